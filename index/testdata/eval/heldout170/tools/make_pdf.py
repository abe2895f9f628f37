#!/usr/bin/python3
"""Re-make docs/glaciers-cover-story.pdf from tools/glaciers-cover-story.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

The source is a magazine cover story: page 1 has a full-width masthead block (kicker, title,
deck, byline, "Why in news" box) over two columns; the following pages are two-column; the
"Practice Corner" after @onecol is set in a single column on a page of its own. Every page has
the magazine's running header over a rule and a footer with the magazine page number (the story
starts on page @firstpage of the issue) on the outer side.
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "glaciers-cover-story.txt")
OUT = os.path.join(HERE, "..", "docs", "glaciers-cover-story.pdf")

W, H = A4
MARGIN = 1.8 * cm
TOP = 2.1 * cm
BOTTOM = 1.9 * cm
GUTTER = 0.7 * cm
COL_W = (W - 2 * MARGIN - GUTTER) / 2
TOP_BLOCK_H = 9.6 * cm

TEAL = colors.HexColor("#0B5563")
RED = colors.HexColor("#B22222")
SHADE = colors.HexColor("#E6F2F4")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.6,
                      alignment=TA_JUSTIFY, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=11, bulletIndent=2, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=15, textColor=TEAL,
                    spaceBefore=9, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=RED,
                    spaceBefore=5, spaceAfter=3)
kicker = ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=8.5, leading=11,
                        textColor=RED, spaceAfter=6)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=32, leading=36,
                       textColor=TEAL, spaceAfter=8)
deck = ParagraphStyle("deck", fontName="Times-Italic", fontSize=13, leading=16.5, spaceAfter=6,
                      alignment=TA_LEFT)
byline = ParagraphStyle("byline", fontName="Helvetica", fontSize=8.5, leading=11, spaceAfter=8,
                        textColor=colors.HexColor("#555555"))
why = ParagraphStyle("why", fontName="Times-Roman", fontSize=10, leading=12.8)
term = ParagraphStyle("term", fontName="Helvetica", fontSize=8.3, leading=10.2)
termh = ParagraphStyle("termh", fontName="Helvetica-Bold", fontSize=9.5, leading=11,
                       textColor=colors.white)
qstyle = ParagraphStyle("q", parent=body, spaceAfter=2)
ans = ParagraphStyle("ans", parent=body, fontName="Times-Italic", spaceAfter=8)

meta = {"header-left": "", "header-right": "", "footer": "", "firstpage": "1"}


def decorate(canv, doc):
    canv.saveState()
    y = H - 1.25 * cm
    canv.setFont("Helvetica-Bold", 8)
    canv.setFillColor(TEAL)
    canv.drawString(MARGIN, y, meta["header-left"])
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.black)
    canv.drawRightString(W - MARGIN, y, meta["header-right"])
    canv.setStrokeColor(TEAL)
    canv.setLineWidth(0.8)
    canv.line(MARGIN, y - 5, W - MARGIN, y - 5)
    canv.setLineWidth(0.4)
    canv.line(MARGIN, 1.45 * cm, W - MARGIN, 1.45 * cm)
    num = str(int(meta["firstpage"]) + doc.page - 1)
    canv.setFont("Helvetica", 7.5)
    if int(num) % 2 == 0:
        canv.setFont("Helvetica-Bold", 9)
        canv.drawString(MARGIN, 1.0 * cm, num)
        canv.setFont("Helvetica", 7.5)
        canv.drawRightString(W - MARGIN, 1.0 * cm, meta["footer"])
    else:
        canv.drawString(MARGIN, 1.0 * cm, meta["footer"])
        canv.setFont("Helvetica-Bold", 9)
        canv.drawRightString(W - MARGIN, 1.0 * cm, num)
    canv.restoreState()


def inline(text):
    """Escape text and bold the lead-in labels the magazine sets in bold."""
    t = escape(text)
    t = re.sub(r"^(Why in news:|Prelims trap:|Answer:)", r"<b>\1</b>", t)
    t = re.sub(r"(Lesson:)", r"<b>\1</b>", t)
    t = re.sub(r"^(Q\d\.)", r"<b>\1</b>", t)
    t = re.sub(r"^([A-Z][A-Za-z ]{1,12}):", r"<b>\1:</b>", t) if t.startswith(("NMSHE", "NMHS", "Himansh", "CWC")) else t
    return t


def keyterms_table(lines):
    rows = [[Paragraph(escape(lines[0]), termh)]]
    for l in lines[1:]:
        name, _, rest = l.partition(":")
        rows.append([Paragraph("<b>%s:</b>%s" % (escape(name), escape(rest)), term)])
    t = Table(rows, colWidths=[COL_W])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("BACKGROUND", (0, 1), (-1, -1), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.8, TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return t


def why_box(text):
    t = Table([[Paragraph(inline(text), why)]], colWidths=[W - 2 * MARGIN])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LINEBEFORE", (0, 0), (0, -1), 3, RED),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story = [NextPageTemplate("twocol")]
    para, terms, in_terms = [], [], False

    def flush():
        if para:
            text = " ".join(para)
            style = ans if text.startswith("Answer:") else (qstyle if re.match(r"Q\d\.", text) else body)
            story.append(Paragraph(inline(text), style))
            para.clear()

    for line in lines:
        s = line.strip()
        key = s.split(" ", 1)[0][1:] if s.startswith("@") else ""
        if key in meta:
            meta[key] = s.split(" ", 1)[1]
        elif key == "kicker":
            story.append(Paragraph(escape(s[8:]), kicker))
        elif key == "title":
            story.append(Paragraph(escape(s[7:]), title))
        elif key == "deck":
            story.append(Paragraph(escape(s[6:]), deck))
        elif key == "byline":
            story.append(Paragraph(escape(s[8:]), byline))
        elif key == "why":
            story.append(why_box(s[5:]))
        elif key == "columns":
            story.append(FrameBreak())
        elif key == "keyterms":
            flush()
            in_terms, terms = True, []
        elif key == "endkeyterms":
            in_terms = False
            story.append(Spacer(1, 3))
            story.append(KeepTogether([keyterms_table(terms)]))
            story.append(Spacer(1, 6))
        elif key == "onecol":
            flush()
            story.append(NextPageTemplate("onecol"))
            story.append(PageBreak())
        elif in_terms:
            if s:
                terms.append(s)
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(escape(s[3:]), h2))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(inline(s[2:]), bullet, bulletText="\u2022"))
        elif not s:
            flush()
        elif re.match(r"Q\d\.", s) or s.startswith("Answer:"):
            flush()
            para.append(s)
            flush()
        else:
            para.append(s)
    flush()

    body_h = H - TOP - BOTTOM
    col_h1 = body_h - TOP_BLOCK_H
    first = PageTemplate(id="first", onPage=decorate, frames=[
        Frame(MARGIN, BOTTOM + col_h1, W - 2 * MARGIN, TOP_BLOCK_H, id="top",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(MARGIN, BOTTOM, COL_W, col_h1, id="left1",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(MARGIN + COL_W + GUTTER, BOTTOM, COL_W, col_h1, id="right1",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
    ])
    twocol = PageTemplate(id="twocol", onPage=decorate, frames=[
        Frame(MARGIN, BOTTOM, COL_W, body_h, id="left",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(MARGIN + COL_W + GUTTER, BOTTOM, COL_W, body_h, id="right",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
    ])
    onecol = PageTemplate(id="onecol", onPage=decorate, frames=[
        Frame(MARGIN, BOTTOM, W - 2 * MARGIN, body_h, id="single",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
    ])
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=TOP, bottomMargin=BOTTOM,
                          title="When the Ice Lets Go", author="", subject="",
                          creator="", producer="", invariant=1,
                          pageTemplates=[first, twocol, onecol])
    doc.build(story)


if __name__ == "__main__":
    build()
