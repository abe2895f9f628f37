#!/usr/bin/python3
"""Re-make docs/g20.pdf from tools/g20.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

Source conventions: @title / @header lines; "@page <title>" starts a new sheet (one topic a
page) with a dark banner; "# " sub-headings; "- " bullets; "1. " numbered items;
"@box <title>" ... "@endbox" a bordered box with a shaded title strip; "@table" ... "@endtable"
pipe-separated rows, the first being the header; any other line is a paragraph.
"""
import os
import re
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
SRC = os.path.join(HERE, "g20.txt")
OUT = os.path.join(HERE, "..", "docs", "g20.pdf")

TEAL = colors.HexColor("#0B5563")
PALE = colors.HexColor("#E4F1F3")
BOXBG = colors.HexColor("#FBF7EC")
BOXHEAD = colors.HexColor("#F2E2B6")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=2.5)
number = ParagraphStyle("number", parent=bullet, leftIndent=16, bulletIndent=2)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=TEAL,
                    spaceBefore=7, spaceAfter=3)
banner = ParagraphStyle("banner", fontName="Helvetica-Bold", fontSize=15, leading=19,
                        textColor=colors.white)
doctitle = ParagraphStyle("doctitle", fontName="Helvetica-Bold", fontSize=17, leading=22,
                          alignment=TA_CENTER, textColor=TEAL, spaceAfter=10)
boxtitle = ParagraphStyle("boxtitle", fontName="Helvetica-Bold", fontSize=9.5, leading=12)
boxbody = ParagraphStyle("boxbody", parent=body, spaceAfter=2)
boxbullet = ParagraphStyle("boxbullet", parent=boxbody, leftIndent=12, bulletIndent=2)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5,
                       textColor=colors.white)

WIDTH = A4[0] - 2 * 1.8 * cm
header_text = ""


def decorate(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica-Oblique", 8)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(1.8 * cm, A4[1] - 1.2 * cm, header_text)
    canv.drawRightString(A4[0] - 1.8 * cm, A4[1] - 1.2 * cm, "Sheet %d of 5" % doc.page)
    canv.setStrokeColor(TEAL)
    canv.setLineWidth(0.8)
    canv.line(1.8 * cm, A4[1] - 1.35 * cm, A4[0] - 1.8 * cm, A4[1] - 1.35 * cm)
    canv.setFont("Helvetica", 8)
    canv.drawCentredString(A4[0] / 2, 1.0 * cm, "- %d -" % doc.page)
    canv.restoreState()


def para_for(s, plain, bul, num):
    m = re.match(r"(\d+)\. (.*)", s)
    if s.startswith("- "):
        return Paragraph(escape(s[2:]), bul, bulletText="\u2022")
    if m and num is not None:
        return Paragraph(escape(m.group(2)), num, bulletText=m.group(1) + ".")
    return Paragraph(escape(s), plain)


def make_box(title_text, lines):
    inner = [para_for(s, boxbody, boxbullet, boxbullet) for s in lines]
    t = Table([[Paragraph(escape(title_text), boxtitle)], [inner]], colWidths=[WIDTH])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.0, TEAL),
        ("BACKGROUND", (0, 0), (-1, 0), BOXHEAD),
        ("BACKGROUND", (0, 1), (-1, 1), BOXBG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 7)]


def make_table(rows):
    data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[3.3 * cm, 7.6 * cm, WIDTH - 10.9 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7A9CA3")),
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [Spacer(1, 3), t, Spacer(1, 8)]


def make_banner(text):
    t = Table([[Paragraph(escape(text), banner)]], colWidths=[WIDTH])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return [t, Spacer(1, 8)]


def build():
    global header_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, doc_title = [], ""
    box, box_title, rows, mode = [], "", [], None
    first = True
    for line in lines:
        s = line.strip()
        if mode == "box":
            if s == "@endbox":
                story += make_box(box_title, box)
                box, mode = [], None
            elif s:
                box.append(s)
            continue
        if mode == "table":
            if s == "@endtable":
                story += make_table(rows)
                rows, mode = [], None
            elif s:
                rows.append(s)
            continue
        if s.startswith("@title "):
            doc_title = s[7:]
            story.append(Paragraph(escape(doc_title), doctitle))
        elif s.startswith("@header "):
            header_text = s[8:]
        elif s.startswith("@page "):
            if not first:
                story.append(PageBreak())
            first = False
            story += make_banner(s[6:])
        elif s.startswith("@box "):
            box_title, mode = s[5:], "box"
        elif s == "@table":
            mode = "table"
        elif s.startswith("# "):
            story.append(Paragraph(escape(s[2:]), h2))
        elif s:
            story.append(para_for(s, body, bullet, number))

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=1.9 * cm, bottomMargin=1.7 * cm,
                            title=doc_title, author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


if __name__ == "__main__":
    build()
