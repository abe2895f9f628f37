#!/usr/bin/python3
"""Re-make docs/national-tb-elimination-programme.pdf from tools/national-tb-elimination-programme.txt.

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
from reportlab.platypus import (HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "national-tb-elimination-programme.txt")
OUT = os.path.join(HERE, "..", "docs", "national-tb-elimination-programme.pdf")

MAROON = colors.HexColor("#7B1E1E")
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=17, textColor=MAROON,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=11, leading=14,
                    textColor=MAROON, spaceBefore=6, spaceAfter=3)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Helvetica-Bold", spaceAfter=2)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=6)
subtitle = ParagraphStyle("subtitle", fontName="Helvetica-Oblique", fontSize=12, leading=15,
                          alignment=TA_CENTER, spaceAfter=8)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=9, leading=12, alignment=TA_CENTER)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9, leading=11,
                       textColor=colors.white)

header_text = ""


def footer(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.drawString(2 * cm, 1.2 * cm, "For classroom use only")
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
    canv.restoreState()


def later_pages(canv, doc):
    footer(canv, doc)
    canv.saveState()
    canv.setFont("Helvetica-Oblique", 8)
    canv.drawString(2 * cm, A4[1] - 1.3 * cm, header_text)
    canv.setStrokeColor(MAROON)
    canv.setLineWidth(0.5)
    canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    canv.restoreState()


def build():
    global header_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, front, para = [], [], []
    table_rows, in_table = [], False

    def is_q(text):
        return text.startswith("Q") and text[1:2].isdigit()

    def flush():
        if para:
            text = " ".join(para)
            story.append(Paragraph(escape(text), faq_q if is_q(text) else body))
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@title "):
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
            t = Table(data, colWidths=[4.0 * cm, 2.6 * cm, 10.4 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 0.8, MAROON),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), MAROON),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F6ECEC")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 8))
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
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u25aa"))
        elif not s:
            flush()
        elif is_q(s):
            flush()
            para.append(s)
            flush()
        else:
            para.append(s)
    flush()

    front.append(Spacer(1, 4))
    front.append(HRFlowable(width="100%", thickness=1.2, color=MAROON, spaceAfter=6))
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="National TB Elimination Programme (NTEP)", author="",
                            subject="", creator="", producer="", invariant=1)
    doc.build(front + story, onFirstPage=footer, onLaterPages=later_pages)


if __name__ == "__main__":
    build()
