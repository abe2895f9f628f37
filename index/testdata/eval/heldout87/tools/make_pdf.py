#!/usr/bin/python3
"""Re-make docs/naval-exercises-iora-csc.pdf from tools/naval-exercises-iora-csc.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "naval-exercises-iora-csc.txt")
OUT = os.path.join(HERE, "..", "docs", "naval-exercises-iora-csc.pdf")

MAROON = colors.HexColor("#7B1E1E")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, textColor=MAROON,
                    spaceBefore=12, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=11.5, leading=14,
                    textColor=MAROON, spaceBefore=7, spaceAfter=3)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Times-Bold", spaceAfter=2)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25,
                       alignment=TA_CENTER, textColor=MAROON, spaceBefore=4, spaceAfter=6)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=12.5, leading=16,
                          alignment=TA_CENTER, spaceAfter=4)
meta = ParagraphStyle("meta", fontName="Times-Roman", fontSize=10, leading=13, alignment=TA_CENTER,
                      spaceAfter=10)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=11.5)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=9.5, leading=11.5)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceAfter=3)
boxb = ParagraphStyle("boxb", fontName="Times-Roman", fontSize=10.5, leading=13.5, leftIndent=12,
                      bulletIndent=2, spaceAfter=2)

inst_text = ""
header_text = ""


def footer(canv, doc):
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.grey)
    canv.drawString(2 * cm, 1.2 * cm, "For classroom use only. Not for sale.")
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)


def first_page(canv, doc):
    canv.saveState()
    canv.setFillColor(MAROON)
    canv.rect(0, A4[1] - 1.6 * cm, A4[0], 1.6 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 12)
    canv.drawCentredString(A4[0] / 2, A4[1] - 1.0 * cm, inst_text)
    footer(canv, doc)
    canv.restoreState()


def later_pages(canv, doc):
    canv.saveState()
    canv.setFont("Times-Italic", 9)
    canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, header_text)
    canv.setLineWidth(0.5)
    canv.setStrokeColor(MAROON)
    canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    footer(canv, doc)
    canv.restoreState()


def build():
    global inst_text, header_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    table_rows, in_table = [], False
    box_title, box_items, in_box = "", [], False

    def flush():
        if para:
            text = " ".join(para)
            story.append(Paragraph(escape(text), faq_q if text.startswith("Q") and text[1:2].isdigit() else body))
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@inst "):
            inst_text = s[6:]
        elif s.startswith("@title "):
            story.append(Spacer(1, 0.4 * cm))
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
        elif s.startswith("@header "):
            header_text = s[8:]
        elif s == "@table":
            flush()
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(table_rows)]
            t = Table(data, colWidths=[2.0 * cm, 2.7 * cm, 4.8 * cm, 1.4 * cm, 4.5 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 8))
            table_rows = []
        elif in_table:
            if s:
                table_rows.append(s)
        elif s.startswith("@box "):
            flush()
            in_box, box_title, box_items = True, s[5:], []
        elif s == "@endbox":
            in_box = False
            content = [Paragraph(escape(box_title), boxh)]
            content += [Paragraph(escape(it), boxb, bulletText="\u2013") for it in box_items]
            t = Table([[content]], colWidths=[15.4 * cm])
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 0.8, MAROON),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF6E5")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 8))
        elif in_box:
            if s.startswith("- "):
                box_items.append(s[2:])
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
            para.append(s)
            flush()
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm,
                            title="Naval Diplomacy in the Indian Ocean", author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)


if __name__ == "__main__":
    build()
