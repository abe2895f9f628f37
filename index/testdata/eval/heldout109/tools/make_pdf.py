#!/usr/bin/python3
"""Re-make docs/pmegp-and-cgtmse.pdf from tools/pmegp-and-cgtmse.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
Page 1 is one column (title block and introduction); every later page has a two-column body.
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pmegp-and-cgtmse.txt")
OUT = os.path.join(HERE, "..", "docs", "pmegp-and-cgtmse.pdf")

MAROON = colors.HexColor("#7B1E1E")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=15.5, textColor=MAROON,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=MAROON,
                    spaceBefore=7, spaceAfter=3)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Times-Bold", spaceAfter=1.5)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=32,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=12)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=14, leading=18,
                          alignment=TA_CENTER, spaceAfter=22)
meta = ParagraphStyle("meta", fontName="Times-Roman", fontSize=12, leading=16, alignment=TA_CENTER)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=8.5, leading=10)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=8.5, leading=10)

LM, RM, TM, BM, GAP = 1.9 * cm, 1.9 * cm, 2.2 * cm, 2.1 * cm, 0.8 * cm
header_text = ""
footer_text = ""


def decorate(canv, doc, running_header):
    canv.saveState()
    if running_header:
        canv.setFont("Times-Italic", 9)
        canv.drawRightString(A4[0] - RM, A4[1] - 1.3 * cm, header_text)
        canv.setLineWidth(0.4)
        canv.line(LM, A4[1] - 1.45 * cm, A4[0] - RM, A4[1] - 1.45 * cm)
    canv.setLineWidth(0.4)
    canv.line(LM, 1.55 * cm, A4[0] - RM, 1.55 * cm)
    canv.setFont("Times-Roman", 8.5)
    canv.drawString(LM, 1.1 * cm, footer_text)
    canv.drawRightString(A4[0] - RM, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def build():
    global header_text, footer_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    table_rows, in_table = [], False

    def flush():
        if para:
            story.append(Paragraph(escape(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@title "):
            story.append(Spacer(1, 3.5 * cm))
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
        elif s.startswith("@header "):
            header_text = s[8:]
        elif s.startswith("@footer "):
            footer_text = s[8:]
        elif s == "@twocol":
            flush()
            story.append(NextPageTemplate("later"))
            story.append(PageBreak())
        elif s == "@table":
            flush()
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 or j == 0 else cell)
                     for j, c in enumerate(r.split("|"))]
                    for i, r in enumerate(table_rows)]
            t = Table(data, colWidths=[1.9 * cm, 3.1 * cm, 3.1 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 6))
            table_rows = []
        elif in_table:
            if s:
                table_rows.append(s)
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(escape(s[3:]), h2))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
        elif not s:
            flush()
        elif s.startswith("Q") and s[1:2].isdigit():
            flush()
            story.append(Paragraph(escape(s), faq_q))
        else:
            para.append(s)
    flush()

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="PMEGP and CGTMSE", author="", subject="",
                          creator="", producer="", invariant=1)
    width, height = A4[0] - LM - RM, A4[1] - TM - BM
    colw = (width - GAP) / 2
    first = PageTemplate(id="first", frames=[Frame(LM, BM, width, height, id="single")],
                         onPage=lambda c, d: decorate(c, d, False))
    later = PageTemplate(id="later",
                         frames=[Frame(LM, BM, colw, height, id="left"),
                                 Frame(LM + colw + GAP, BM, colw, height, id="right")],
                         onPage=lambda c, d: decorate(c, d, True))
    doc.addPageTemplates([first, later])
    doc.build(story)


if __name__ == "__main__":
    build()
