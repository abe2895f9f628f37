#!/usr/bin/python3
"""Re-make docs/nagara-temples.pdf from tools/nagara-temples.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

Source markup: @title/@subtitle/@meta lines make the first page, @header the running header of
the later pages, @columns ends the one-column first page (the rest is set in two columns),
"# " and "## " are numbered headings, "### " a small bold label, "- " a bullet, @box ... @endbox
a boxed note (its label up to the first colon in bold), @table ... @endtable a ruled table with
"|" between cells (first row = header).
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
SRC = os.path.join(HERE, "nagara-temples.txt")
OUT = os.path.join(HERE, "..", "docs", "nagara-temples.pdf")

MAROON = colors.HexColor("#7B1E1E")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=13, bulletIndent=3, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=16, textColor=MAROON,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=MAROON,
                    spaceBefore=7, spaceAfter=4)
h3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=4,
                    spaceAfter=3)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=30,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=12)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=14, leading=18,
                          alignment=TA_CENTER, spaceAfter=22)
meta = ParagraphStyle("meta", fontName="Times-Roman", fontSize=12, leading=16, alignment=TA_CENTER)
boxtext = ParagraphStyle("box", fontName="Times-Roman", fontSize=10, leading=12.5)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=8.5, leading=10.5)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=8.5, leading=10.5)

LEFT, RIGHT, TOP, BOTTOM, GAP = 1.9 * cm, 1.9 * cm, 2.2 * cm, 2.0 * cm, 0.7 * cm
COLW = (A4[0] - LEFT - RIGHT - GAP) / 2
header_text = ""


def later_pages(canv, doc):
    canv.saveState()
    canv.setFont("Times-Italic", 9)
    canv.drawRightString(A4[0] - RIGHT, A4[1] - 1.3 * cm, header_text)
    canv.setLineWidth(0.4)
    canv.line(LEFT, A4[1] - 1.45 * cm, A4[0] - RIGHT, A4[1] - 1.45 * cm)
    canv.setFont("Times-Roman", 10)
    canv.drawCentredString(A4[0] / 2, 1.2 * cm, "Page %d" % doc.page)
    canv.restoreState()


def first_page(canv, doc):
    pass


def box(text):
    label, _, rest = text.partition(":")
    p = Paragraph("<b>%s:</b>%s" % (escape(label), escape(rest)), boxtext)
    t = Table([[p]], colWidths=[COLW - 4])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, MAROON),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBF1DC")),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [Spacer(1, 3), t, Spacer(1, 7)]


def table(rows):
    data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[1.75 * cm, (COLW - 1.75 * cm) / 2, (COLW - 1.75 * cm) / 2],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EBD9C6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [Spacer(1, 3), t, Spacer(1, 8)]


def build():
    global header_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para, rows, boxlines = [Spacer(1, 2.5 * cm)], [], [], []
    mode = None

    def flush():
        if para:
            story.append(Paragraph(escape(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if mode == "table":
            if s == "@endtable":
                story.extend(table(rows))
                rows, mode = [], None
            elif s:
                rows.append(s)
            continue
        if mode == "box":
            if s == "@endbox":
                story.extend(box(" ".join(boxlines)))
                boxlines, mode = [], None
            elif s:
                boxlines.append(s)
            continue
        if s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
        elif s.startswith("@header "):
            header_text = s[8:]
            story.append(Spacer(1, 1.6 * cm))
        elif s == "@columns":
            flush()
            story.append(NextPageTemplate("later"))
            story.append(PageBreak())
        elif s == "@table":
            flush()
            mode = "table"
        elif s == "@box":
            flush()
            mode = "box"
        elif s.startswith("### "):
            flush()
            story.append(Paragraph(escape(s[4:]), h3))
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

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                          topMargin=TOP, bottomMargin=BOTTOM,
                          title="Nagara Style of Temple Architecture", author="", subject="",
                          creator="", producer="", invariant=1)
    height = A4[1] - TOP - BOTTOM
    one = Frame(LEFT, BOTTOM, A4[0] - LEFT - RIGHT, height, id="one")
    left = Frame(LEFT, BOTTOM, COLW, height, id="left")
    right = Frame(LEFT + COLW + GAP, BOTTOM, COLW, height, id="right")
    doc.addPageTemplates([PageTemplate(id="first", frames=[one], onPage=first_page),
                          PageTemplate(id="later", frames=[left, right], onPage=later_pages)])
    doc.build(story)


if __name__ == "__main__":
    build()
