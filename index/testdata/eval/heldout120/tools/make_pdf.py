#!/usr/bin/python3
"""Re-make docs/fifth-and-sixth-schedules.pdf from tools/fifth-and-sixth-schedules.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

Source markup: @title/@subtitle/@meta (title block on page 1), @header (running header on
pages after the first), @footer (running footer on every page, with the page number),
"# " and "## " headings, "- " bullets, @table ... @endtable (rows of cells split on "|", first
row the header), @pyq <box title> ... @endpyq (a shaded "Previous year question" box); blank
lines end paragraphs.
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
SRC = os.path.join(HERE, "fifth-and-sixth-schedules.txt")
OUT = os.path.join(HERE, "..", "docs", "fifth-and-sixth-schedules.pdf")

MAROON = colors.HexColor("#7B1E1E")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=MAROON,
                    spaceBefore=12, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=MAROON,
                    spaceBefore=8, spaceAfter=4)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=27,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=6)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=13, leading=17,
                          alignment=TA_CENTER, spaceAfter=6)
meta = ParagraphStyle("meta", fontName="Times-Roman", fontSize=10.5, leading=13.5,
                      alignment=TA_CENTER)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=10, leading=12)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=10, leading=13)
boxt = ParagraphStyle("boxt", fontName="Times-Roman", fontSize=10.5, leading=13.5)

header_text = ""
footer_text = ""


def draw_footer(canv, doc):
    canv.setLineWidth(0.4)
    canv.line(2.2 * cm, 1.55 * cm, A4[0] - 2.2 * cm, 1.55 * cm)
    canv.setFont("Times-Italic", 8.5)
    canv.drawString(2.2 * cm, 1.1 * cm, footer_text)
    canv.setFont("Times-Roman", 9)
    canv.drawRightString(A4[0] - 2.2 * cm, 1.1 * cm, "Page %d" % doc.page)


def first_page(canv, doc):
    canv.saveState()
    draw_footer(canv, doc)
    canv.restoreState()


def later_pages(canv, doc):
    canv.saveState()
    canv.setFont("Times-Italic", 9)
    canv.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.3 * cm, header_text)
    canv.setLineWidth(0.4)
    canv.line(2.2 * cm, A4[1] - 1.45 * cm, A4[0] - 2.2 * cm, A4[1] - 1.45 * cm)
    draw_footer(canv, doc)
    canv.restoreState()


def build():
    global header_text, footer_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    table_rows, in_table = [], False
    box_title, box_lines, in_box = "", [], False

    def flush():
        if para:
            story.append(Paragraph(escape(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
        elif s.startswith("@header "):
            header_text = s[8:]
            story.append(Spacer(1, 10))
        elif s.startswith("@footer "):
            footer_text = s[8:]
        elif s == "@table":
            flush()
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(table_rows)]
            t = Table(data, colWidths=[3.3 * cm, 6.6 * cm, 6.7 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
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
        elif s.startswith("@pyq "):
            flush()
            in_box, box_title, box_lines = True, s[5:], []
        elif s == "@endpyq":
            in_box = False
            t = Table([[Paragraph(escape(box_title), boxh)],
                       [Paragraph(escape(" ".join(box_lines)), boxt)]],
                      colWidths=[16.6 * cm])
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 1.0, MAROON),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
                ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#FBF3F2")),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 8))
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
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            title="Fifth and Sixth Schedules", author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)


if __name__ == "__main__":
    build()
