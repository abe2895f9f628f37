#!/usr/bin/python3
"""Re-make docs/governor-mains-answers.pdf from tools/governor-mains-answers.txt.

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
SRC = os.path.join(HERE, "governor-mains-answers.txt")
OUT = os.path.join(HERE, "..", "docs", "governor-mains-answers.pdf")

MAROON = colors.HexColor("#7B1E1E")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=MAROON,
                    spaceBefore=12, spaceAfter=6)
label = ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                       textColor=colors.HexColor("#333333"), spaceBefore=4, spaceAfter=3)
question = ParagraphStyle("question", parent=body, fontName="Times-Bold", spaceAfter=8)
note = ParagraphStyle("note", parent=body, fontName="Times-Italic", fontSize=10, leading=13)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=6)
subtitle = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=13, leading=17,
                          alignment=TA_CENTER, spaceAfter=8)
meta = ParagraphStyle("meta", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_CENTER)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceAfter=4)
boxb = ParagraphStyle("boxb", fontName="Times-Roman", fontSize=10.5, leading=13.5, leftIndent=12,
                      bulletIndent=2, spaceAfter=2)

header_text = ""


def every_page(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8.5)
    canv.setFillColor(MAROON)
    canv.drawString(2 * cm, A4[1] - 1.3 * cm, header_text)
    canv.setStrokeColor(MAROON)
    canv.setLineWidth(0.6)
    canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    canv.setFillColor(colors.black)
    canv.setFont("Times-Italic", 9)
    canv.drawString(2 * cm, 1.2 * cm, "For private circulation only")
    canv.setFont("Times-Roman", 10)
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
    canv.restoreState()


def value_box(head, items):
    cellflow = [Paragraph(escape(head), boxh)]
    cellflow += [Paragraph(escape(i), boxb, bulletText="\u25aa") for i in items]
    t = Table([[cellflow]], colWidths=[16.4 * cm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, MAROON),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBF1E6")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def build():
    global header_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, box_head, box_items, in_box = [], "", [], False
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
        elif s.startswith("@box "):
            in_box, box_head, box_items = True, s[5:], []
        elif s == "@endbox":
            in_box = False
            story.append(Spacer(1, 4))
            story.append(value_box(box_head, box_items))
            story.append(Spacer(1, 10))
        elif in_box:
            if s.startswith("- "):
                box_items.append(s[2:])
        elif not s:
            continue
        elif s.startswith("## "):
            story.append(Paragraph(escape(s[3:]), label))
        elif s.startswith("# "):
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
        elif s.startswith("Q") and s[1:2].isdigit():
            story.append(Paragraph(escape(s), question))
        elif s.startswith("Examiner's note:"):
            story.append(Paragraph(escape(s), note))
        else:
            story.append(Paragraph(escape(s), body))

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm,
                            title="Mains Answer Writing Booklet 7: The Governor",
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=every_page, onLaterPages=every_page)


if __name__ == "__main__":
    build()
