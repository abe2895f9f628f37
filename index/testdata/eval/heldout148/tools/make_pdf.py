#!/usr/bin/python3
"""Re-make docs/india-biodiversity-magazine.pdf from tools/india-biodiversity-magazine.txt.

A coaching institute's monthly magazine article printed to PDF: a masthead band on the first
page, a running header (magazine name, issue, section) over a rule on every page, page numbers
that continue the magazine's own numbering (the article starts on page 42), two heading levels
by font size, a ruled table, a shaded "Prelims Facts" box and a closing "Mains Question".
Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "india-biodiversity-magazine.txt")
OUT = os.path.join(HERE, "..", "docs", "india-biodiversity-magazine.pdf")

FIRST_PAGE_NO = 42
GREEN = colors.HexColor("#1B5E20")
LIGHT = colors.HexColor("#E8F5E9")
BOXBG = colors.HexColor("#FFF8E1")
BOXLINE = colors.HexColor("#F9A825")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.8, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=GREEN,
                    spaceBefore=11, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14.5,
                    textColor=colors.HexColor("#2E7D32"), spaceBefore=7, spaceAfter=3)
kicker = ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=9, leading=12,
                        textColor=colors.HexColor("#C62828"), spaceAfter=4)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=27,
                       textColor=colors.black, spaceAfter=8)
standfirst = ParagraphStyle("standfirst", fontName="Times-Italic", fontSize=12.5, leading=16,
                            textColor=colors.HexColor("#37474F"), spaceAfter=6)
byline = ParagraphStyle("byline", fontName="Helvetica", fontSize=9, leading=12,
                        textColor=colors.HexColor("#616161"), spaceAfter=8)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=11.5)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9, leading=11,
                       textColor=colors.white)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=12, leading=15,
                      textColor=colors.HexColor("#E65100"), spaceAfter=4)
boxb = ParagraphStyle("boxb", parent=body, fontSize=10, leading=13, leftIndent=12,
                      bulletIndent=2, spaceAfter=2)


def running_header(canv, doc):
    w, h = A4
    canv.setFont("Helvetica-Bold", 8.5)
    canv.setFillColor(GREEN)
    canv.drawString(2 * cm, h - 1.25 * cm, "CIVILS COMPASS MONTHLY  |  September 2025")
    canv.setFont("Helvetica", 8.5)
    canv.drawRightString(w - 2 * cm, h - 1.25 * cm, "Environment & Ecology")
    canv.setStrokeColor(GREEN)
    canv.setLineWidth(0.8)
    canv.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)


def footer(canv, doc):
    w, h = A4
    n = FIRST_PAGE_NO + doc.page - 1
    canv.setStrokeColor(colors.HexColor("#9E9E9E"))
    canv.setLineWidth(0.4)
    canv.line(2 * cm, 1.55 * cm, w - 2 * cm, 1.55 * cm)
    canv.setFillColor(colors.black)
    canv.setFont("Helvetica-Bold", 9)
    if n % 2 == 0:
        canv.drawString(2 * cm, 1.1 * cm, str(n))
        canv.setFont("Helvetica", 8)
        canv.drawRightString(w - 2 * cm, 1.1 * cm, "Civils Compass Monthly")
    else:
        canv.drawRightString(w - 2 * cm, 1.1 * cm, str(n))
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.1 * cm, "Civils Compass Monthly")


def first_page(canv, doc):
    w, h = A4
    canv.saveState()
    canv.setFillColor(GREEN)
    canv.rect(0, h - 3.2 * cm, w, 3.2 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 26)
    canv.drawString(2 * cm, h - 1.9 * cm, "CIVILS COMPASS")
    canv.setFont("Helvetica", 10)
    canv.drawString(2 * cm, h - 2.6 * cm, "Monthly Current Affairs for UPSC Civil Services")
    canv.drawRightString(w - 2 * cm, h - 1.9 * cm, "September 2025")
    canv.drawRightString(w - 2 * cm, h - 2.6 * cm, "Vol. 6, Issue 9")
    footer(canv, doc)
    canv.restoreState()


def later_pages(canv, doc):
    canv.saveState()
    running_header(canv, doc)
    footer(canv, doc)
    canv.restoreState()


def make_table(rows):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")])
    t = Table(data, colWidths=[3.0 * cm, 4.6 * cm, 4.4 * cm, 5.0 * cm], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#757575")),
        ("BACKGROUND", (0, 0), (-1, 0), GREEN),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in range(2, len(data), 2):
        style.append(("BACKGROUND", (0, i), (-1, i), LIGHT))
    t.setStyle(TableStyle(style))
    return t


def make_box(head, items):
    inner = [Paragraph(escape(head), boxh)]
    for it in items:
        inner.append(Paragraph(escape(it), boxb, bulletText="\u25a0"))
    t = Table([[inner]], colWidths=[17.0 * cm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, BOXLINE),
        ("BACKGROUND", (0, 0), (-1, -1), BOXBG),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story = []
    rows, box_items, mode, box_head = [], [], None, ""
    for line in lines:
        s = line.strip()
        if mode == "table":
            if s == "@endtable":
                story += [Spacer(1, 3), make_table(rows), Spacer(1, 7)]
                rows, mode = [], None
            elif s:
                rows.append(s)
            continue
        if mode == "box":
            if s == "@endbox":
                story += [Spacer(1, 8), make_box(box_head, box_items), Spacer(1, 6)]
                box_items, mode = [], None
            elif s.startswith("- "):
                box_items.append(s[2:])
            continue
        if not s:
            continue
        if s.startswith("@kicker "):
            story.append(Paragraph(escape(s[8:]), kicker))
        elif s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@standfirst "):
            story.append(Paragraph(escape(s[12:]), standfirst))
        elif s.startswith("@byline "):
            story.append(Paragraph(escape(s[8:]), byline))
        elif s == "@table":
            mode = "table"
        elif s.startswith("@box "):
            mode, box_head = "box", s[5:]
        elif s.startswith("## "):
            story.append(Paragraph(escape(s[3:]), h2))
        elif s.startswith("# "):
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
        else:
            story.append(Paragraph(escape(s), body))

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.1 * cm, bottomMargin=2.1 * cm,
                            title="Hotspots Under Pressure: India's Biodiversity after Kunming-Montreal",
                            author="Civils Compass", subject="", creator="", producer="",
                            invariant=1)
    # the first page's frame starts below the masthead band
    first_top = 3.7 * cm

    def first_with_gap(canv, d):
        first_page(canv, d)

    story.insert(0, Spacer(1, first_top - doc.topMargin))
    doc.build(story, onFirstPage=first_with_gap, onLaterPages=later_pages)


if __name__ == "__main__":
    build()
