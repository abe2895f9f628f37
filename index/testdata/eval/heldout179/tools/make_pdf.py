#!/usr/bin/python3
"""Re-make docs/msp-handout.pdf from tools/msp-handout.txt.

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
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "msp-handout.txt")
OUT = os.path.join(HERE, "..", "docs", "msp-handout.pdf")

GREEN = colors.HexColor("#1B5E20")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=GREEN,
                    spaceBefore=12, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=GREEN,
                    spaceBefore=8, spaceAfter=4)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=30,
                       alignment=TA_CENTER, textColor=GREEN, spaceAfter=14)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=14, leading=18,
                          alignment=TA_CENTER, spaceAfter=30)
meta = ParagraphStyle("meta", fontName="Times-Roman", fontSize=12, leading=16, alignment=TA_CENTER)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=10, leading=12)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=11.5, leading=14, textColor=GREEN,
                      spaceAfter=4)
boxb = ParagraphStyle("boxb", fontName="Times-Roman", fontSize=10.5, leading=13.5, leftIndent=14,
                      bulletIndent=2, bulletFontName="ZapfDingbats", bulletFontSize=9,
                      spaceAfter=2)

header_text = ""


def later_pages(canv, doc):
    canv.saveState()
    canv.setFont("Times-Italic", 9)
    canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, header_text)
    canv.setLineWidth(0.4)
    canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    canv.setFont("Times-Roman", 10)
    canv.drawCentredString(A4[0] / 2, 1.2 * cm, "Page %d" % doc.page)
    canv.restoreState()


def first_page(canv, doc):
    pass


def build():
    global header_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, front, para = [], [], []
    table_rows, in_table = [], False
    box_title, box_lines, in_box = "", [], False

    def flush():
        if para:
            story.append(Paragraph(escape(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@title "):
            front.append(Spacer(1, 6 * cm))
            front.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            front.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            front.append(Paragraph(escape(s[6:]), meta))
        elif s.startswith("@header "):
            header_text = s[8:]
        elif s == "@table":
            flush()
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(table_rows)]
            t = Table(data, colWidths=[2.1 * cm, 8.6 * cm, 5.9 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCEDC8")),
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
            in_box, box_title, box_lines = True, s[5:], []
        elif s == "@endbox":
            in_box = False
            inner = [Paragraph(escape(box_title), boxh)]
            inner += [Paragraph(escape(b[2:]), boxb, bulletText="n") for b in box_lines]
            t = Table([[inner]], colWidths=[16.6 * cm])
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 1.2, GREEN),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F1F8E9")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            story.append(Spacer(1, 8))
            story.append(t)
            story.append(Spacer(1, 6))
        elif in_box:
            if s:
                box_lines.append(s)
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
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm,
                            title="Minimum Support Price and Agricultural Pricing", author="",
                            subject="", creator="", producer="", invariant=1)
    doc.build(front + [PageBreak()] + story, onFirstPage=first_page, onLaterPages=later_pages)


if __name__ == "__main__":
    build()
