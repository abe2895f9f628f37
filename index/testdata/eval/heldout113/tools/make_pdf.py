#!/usr/bin/python3
"""Re-make docs/prime-minister.pdf from tools/prime-minister.txt.

Lecture slides printed to PDF: landscape A4, one slide per page, a slide title at the top of
each page, a running header over a rule, and a course footer with the slide number.
Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "prime-minister.txt")
OUT = os.path.join(HERE, "..", "docs", "prime-minister.pdf")
PAGE = landscape(A4)

MAROON = colors.HexColor("#7B1E3A")
GREY = colors.HexColor("#555555")
slide_title = ParagraphStyle("slidetitle", fontName="Helvetica-Bold", fontSize=28, leading=33,
                             textColor=MAROON, spaceAfter=12)
sub = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=19, leading=23,
                     textColor=MAROON, spaceBefore=6, spaceAfter=4)
bullet = ParagraphStyle("bullet", fontName="Helvetica", fontSize=20, leading=25,
                        leftIndent=26, bulletIndent=6, spaceAfter=6)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=34, leading=40,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=14)
subtitle = ParagraphStyle("subtitle", fontName="Helvetica-Oblique", fontSize=18, leading=23,
                          alignment=TA_CENTER, spaceAfter=28)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=14, leading=19, alignment=TA_CENTER,
                      textColor=GREY)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=16, leading=20)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=16, leading=20,
                       textColor=colors.white)

header_text = ""
footer_text = ""
n_slides = 0


def footer(canv, doc):
    canv.setFont("Helvetica", 10)
    canv.setFillColor(GREY)
    canv.drawString(1.6 * cm, 1.0 * cm, footer_text)
    canv.drawRightString(PAGE[0] - 1.6 * cm, 1.0 * cm, "Slide %d / %d" % (doc.page, n_slides))
    canv.setStrokeColor(MAROON)
    canv.setLineWidth(1.2)
    canv.line(1.6 * cm, 1.5 * cm, PAGE[0] - 1.6 * cm, 1.5 * cm)


def first_page(canv, doc):
    canv.saveState()
    footer(canv, doc)
    canv.restoreState()


def later_pages(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica-Oblique", 10)
    canv.setFillColor(GREY)
    canv.drawRightString(PAGE[0] - 1.6 * cm, PAGE[1] - 1.0 * cm, header_text)
    canv.setStrokeColor(MAROON)
    canv.setLineWidth(0.6)
    canv.line(1.6 * cm, PAGE[1] - 1.2 * cm, PAGE[0] - 1.6 * cm, PAGE[1] - 1.2 * cm)
    footer(canv, doc)
    canv.restoreState()


def build():
    global header_text, footer_text, n_slides
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    n_slides = 1 + sum(1 for l in lines if l.startswith("@slide "))
    story, front = [], []
    table_rows, in_table = [], False

    for line in lines:
        s = line.strip()
        if s.startswith("@title "):
            front.append(Spacer(1, 3.5 * cm))
            front.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            front.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            front.append(Paragraph(escape(s[6:]), meta))
        elif s.startswith("@header "):
            header_text = s[8:]
        elif s.startswith("@footer "):
            footer_text = s[8:]
        elif s.startswith("@slide "):
            story.append(PageBreak())
            story.append(Paragraph(escape(s[7:]), slide_title))
        elif s == "@table":
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(table_rows)]
            t = Table(data, colWidths=[4.6 * cm, 10.4 * cm, 10.4 * cm])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, GREY),
                ("BACKGROUND", (0, 0), (-1, 0), MAROON),
                ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#F3E6EA")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, 12))
            table_rows = []
        elif in_table:
            if s:
                table_rows.append(s)
        elif s.startswith("## "):
            story.append(Paragraph(escape(s[3:]), sub))
        elif s.startswith("- "):
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u25aa"))
        elif s:
            raise ValueError("unknown line: %r" % s)

    doc = SimpleDocTemplate(OUT, pagesize=PAGE, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=1.7 * cm, bottomMargin=1.9 * cm,
                            title="The Prime Minister of India", author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(front + story, onFirstPage=first_page, onLaterPages=later_pages)
    if doc.page != n_slides:
        raise SystemExit("slides overflowed: %d pages for %d slides" % (doc.page, n_slides))


if __name__ == "__main__":
    build()
