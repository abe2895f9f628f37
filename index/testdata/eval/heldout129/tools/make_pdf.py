#!/usr/bin/python3
"""Re-make docs/central-asian-contacts.pdf from tools/central-asian-contacts.txt.

The PDF imitates a chapter copied out of a printed textbook: a chapter opener with no running
header, then book-style running headers (book title on even pages, chapter title on odd pages,
the page number at the outer edge, a rule below), numbered sub-headings 4.1-4.9, a shaded
'Box' aside and end-of-chapter exercises.
Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "central-asian-contacts.txt")
OUT = os.path.join(HERE, "..", "docs", "central-asian-contacts.pdf")

PAGE = (17.5 * cm, 24.5 * cm)  # a textbook's trimmed page, not A4
MAROON = colors.HexColor("#7A1F1F")
BOXFILL = colors.HexColor("#F3EBD8")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.6,
                      alignment=TA_JUSTIFY, firstLineIndent=12, spaceAfter=3)
body_first = ParagraphStyle("body_first", parent=body, firstLineIndent=0)
bullet = ParagraphStyle("bullet", parent=body, firstLineIndent=0, leftIndent=14,
                        bulletIndent=3, spaceAfter=2)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12, leading=15,
                    textColor=MAROON, spaceBefore=10, spaceAfter=4, alignment=TA_LEFT)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                    spaceBefore=6, spaceAfter=3)
chap = ParagraphStyle("chap", fontName="Helvetica", fontSize=11, leading=14,
                      textColor=MAROON, spaceAfter=4)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22,
                       textColor=MAROON, spaceAfter=8)
box_title = ParagraphStyle("box_title", fontName="Helvetica-Bold", fontSize=10, leading=13,
                           textColor=MAROON, spaceAfter=4)
box_item = ParagraphStyle("box_item", fontName="Times-Roman", fontSize=9.8, leading=12.4,
                          leftIndent=12, bulletIndent=2, spaceAfter=2)
exercise = ParagraphStyle("exercise", parent=body, firstLineIndent=0, leftIndent=16,
                          bulletIndent=0, spaceAfter=2)

meta = {}


def running_header(canv, doc):
    """Book style: even pages carry the book title at the right of the page number on the
    left; odd pages carry the chapter title with the page number on the right."""
    n = doc.page + meta["first"] - 1
    w, h = PAGE
    canv.saveState()
    canv.setFont("Helvetica", 8)
    y = h - 1.3 * cm
    if n % 2 == 0:
        canv.setFont("Helvetica-Bold", 9)
        canv.drawString(1.8 * cm, y, str(n))
        canv.setFont("Helvetica", 8)
        canv.drawString(1.8 * cm + 24, y, meta["even"])
    else:
        canv.drawRightString(w - 1.8 * cm - 24, y, meta["odd"])
        canv.setFont("Helvetica-Bold", 9)
        canv.drawRightString(w - 1.8 * cm, y, str(n))
    canv.setLineWidth(0.5)
    canv.line(1.8 * cm, y - 5, w - 1.8 * cm, y - 5)
    canv.restoreState()


def opener_page(canv, doc):
    """The chapter's first page has no running header, only a folio at the foot."""
    canv.saveState()
    canv.setFont("Helvetica", 9)
    canv.drawCentredString(PAGE[0] / 2, 1.1 * cm, str(meta["first"]))
    canv.restoreState()


def make_box(title_text, items):
    cell = [Paragraph(escape(title_text), box_title)]
    cell += [Paragraph(escape(t), box_item, bulletText="\u25aa") for t in items]
    t = Table([[cell]], colWidths=[PAGE[0] - 2 * 2.1 * cm - 8])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, MAROON),
        ("BACKGROUND", (0, 0), (-1, -1), BOXFILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story = []
    box_title_text, box_items, in_box = "", [], False
    after_heading = True

    for line in lines:
        s = line.strip()
        if s.startswith("@chapter "):
            story.append(Spacer(1, 1.2 * cm))
            story.append(Paragraph(escape(s[9:]), chap))
        elif s.startswith("@title "):
            meta["title"] = s[7:]
            story.append(Paragraph(escape(s[7:]), title))
            story.append(HRFlowable(width="100%", thickness=1.2, color=MAROON,
                                    spaceBefore=2, spaceAfter=12))
        elif s.startswith("@firstpage "):
            meta["first"] = int(s[11:])
        elif s.startswith("@header-even "):
            meta["even"] = s[13:]
        elif s.startswith("@header-odd "):
            meta["odd"] = s[12:]
        elif s.startswith("@box "):
            box_title_text, box_items, in_box = s[5:], [], True
        elif s == "@endbox":
            in_box = False
            story.append(Spacer(1, 4))
            story.append(make_box(box_title_text, box_items))
            story.append(Spacer(1, 8))
            after_heading = True
        elif in_box:
            if s.startswith("- "):
                box_items.append(s[2:])
        elif s.startswith("## "):
            story.append(Paragraph(escape(s[3:]), h2))
            after_heading = True
        elif s.startswith("# "):
            story.append(Paragraph(escape(s[2:]), h1))
            after_heading = True
        elif s.startswith("- "):
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
        elif s[:1].isdigit() and ". " in s[:4]:
            num, rest = s.split(". ", 1)
            story.append(Paragraph(escape(rest), exercise, bulletText=num + "."))
        elif s:
            story.append(Paragraph(escape(s), body_first if after_heading else body))
            after_heading = False

    doc = SimpleDocTemplate(OUT, pagesize=PAGE, leftMargin=2.1 * cm, rightMargin=2.1 * cm,
                            topMargin=2.0 * cm, bottomMargin=1.8 * cm,
                            title=meta["title"], author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=opener_page, onLaterPages=running_header)


if __name__ == "__main__":
    build()
