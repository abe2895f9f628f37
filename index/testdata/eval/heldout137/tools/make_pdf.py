#!/usr/bin/python3
"""Re-make docs/money-bill-judicial-review.pdf from tools/money-bill-judicial-review.txt.

A coaching handout in two columns: the first page has a full-width title block over the two
columns; every page has a running header (institute | handout | topic) over a rule and a
"Page n" footer with a "For private circulation" note. Source markup: @title, @subtitle,
@meta, @header; "# " and "## " headings; "- " bullets; "1. " numbered points; a
"@box <title>" ... "@endbox" shaded box; "@table" ... "@endtable" rows split on "|";
"Q1." question lines in bold; anything else is a justified body paragraph.
Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "money-bill-judicial-review.txt")
OUT = os.path.join(HERE, "..", "docs", "money-bill-judicial-review.pdf")

MAROON = colors.HexColor("#7B1E1E")
PAGE_W, PAGE_H = A4
LM = RM = 1.8 * cm
TM, BM = 2.3 * cm, 2.1 * cm
GUTTER = 0.7 * cm
COL_W = (PAGE_W - LM - RM - GUTTER) / 2
TITLE_H = 4.6 * cm

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.6,
                      alignment=TA_JUSTIFY, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                    textColor=MAROON, spaceBefore=9, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10, leading=12.5,
                    textColor=colors.black, spaceBefore=6, spaceAfter=3)
question = ParagraphStyle("question", parent=body, fontName="Times-Bold", spaceAfter=2)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=6)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=12, leading=15,
                          alignment=TA_CENTER, spaceAfter=6)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=8.5, leading=11,
                      alignment=TA_CENTER, textColor=colors.HexColor("#444444"))
box_title = ParagraphStyle("boxt", fontName="Helvetica-Bold", fontSize=10, leading=12.5,
                           textColor=MAROON, spaceAfter=3)
box_body = ParagraphStyle("boxb", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=8.5, leading=10)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=8.5, leading=10)

header_text = ""


def decorate(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(LM, PAGE_H - 1.35 * cm, header_text)
    canv.setStrokeColor(MAROON)
    canv.setLineWidth(0.8)
    canv.line(LM, PAGE_H - 1.55 * cm, PAGE_W - RM, PAGE_H - 1.55 * cm)
    canv.setLineWidth(0.4)
    canv.line(LM, 1.55 * cm, PAGE_W - RM, 1.55 * cm)
    canv.setFont("Helvetica", 7.5)
    canv.drawString(LM, 1.1 * cm, "For private circulation among enrolled students")
    canv.setFont("Helvetica-Bold", 9)
    canv.drawRightString(PAGE_W - RM, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def inline(text):
    return escape(text)


def build():
    global header_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    front, story, para = [], [], []
    rows, in_table = [], False
    box, in_box = [], False

    def flush():
        if para:
            story.append(Paragraph(inline(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if in_box:
            if s == "@endbox":
                in_box = False
                content = [Paragraph(inline(box[0]), box_title)]
                content += [Paragraph(inline(t), box_body) for t in box[1:]]
                t = Table([[content]], colWidths=[COL_W])
                t.setStyle(TableStyle([
                    ("BOX", (0, 0), (-1, -1), 1, MAROON),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF4D6")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]))
                story.extend([Spacer(1, 4), t, Spacer(1, 8)])
                box = []
            elif s:
                box.append(s)
            continue
        if in_table:
            if s == "@endtable":
                in_table = False
                data = [[Paragraph(inline(c.strip()), cellh if i == 0 else cell)
                         for c in r.split("|")] for i, r in enumerate(rows)]
                t = Table(data, colWidths=[COL_W * 0.34, COL_W * 0.26, COL_W * 0.40],
                          repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F1DEDE")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]))
                story.extend([Spacer(1, 3), t, Spacer(1, 7)])
                rows = []
            elif s:
                rows.append(s)
            continue
        if s.startswith("@title "):
            front.append(Paragraph(inline(s[7:]), title))
        elif s.startswith("@subtitle "):
            front.append(Paragraph(inline(s[10:]), subtitle))
        elif s.startswith("@meta "):
            front.append(Paragraph(inline(s[6:]), meta))
        elif s.startswith("@header "):
            header_text = s[8:]
        elif s.startswith("@box"):
            flush()
            in_box = True
            box = [s[5:].strip()]
        elif s == "@table":
            flush()
            in_table = True
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(inline(s[3:]), h2))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(inline(s[2:]), h1))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(inline(s[2:]), bullet, bulletText="\u2022"))
        elif re.match(r"^\d+\. ", s):
            flush()
            num, rest = s.split(" ", 1)
            story.append(Paragraph(inline(rest), bullet, bulletText=num))
        elif re.match(r"^Q\d+\. ", s):
            flush()
            story.append(Paragraph(inline(s), question))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()

    content_h = PAGE_H - TM - BM
    title_frame = Frame(LM, PAGE_H - TM - TITLE_H, PAGE_W - LM - RM, TITLE_H, id="title",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    first_h = content_h - TITLE_H - 0.3 * cm
    first_cols = [Frame(LM + i * (COL_W + GUTTER), BM, COL_W, first_h, id="f%d" % i,
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                  for i in range(2)]
    later_cols = [Frame(LM + i * (COL_W + GUTTER), BM, COL_W, content_h, id="c%d" % i,
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                  for i in range(2)]
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="Money Bills and the Speaker's Certificate",
                          author="", subject="", creator="", producer="", invariant=1)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[title_frame] + first_cols, onPage=decorate,
                     autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=later_cols, onPage=decorate),
    ])
    doc.build(front + [FrameBreak()] + story)


if __name__ == "__main__":
    build()
