#!/usr/bin/python3
"""Re-make docs/electoral-reforms.pdf from tools/electoral-reforms.txt.

A newspaper explainer laid out in two text columns: a masthead, headline, standfirst and byline
across the top of page one, bold subheads, a shaded "What the law says" side box, a running
header on later pages and a footer with the page number on every page.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "electoral-reforms.txt")
OUT = os.path.join(HERE, "..", "docs", "electoral-reforms.pdf")

W, H = A4
LM = RM = 1.6 * cm
TM, BM = 2.0 * cm, 1.9 * cm
GUTTER = 0.8 * cm
COLW = (W - LM - RM - GUTTER) / 2
TOPBAND = 6.4 * cm          # height of the headline frame on page one
MAST = 2.3 * cm             # masthead drawn on the canvas above it

RED = colors.HexColor("#B3261E")
INK = colors.HexColor("#1A1A1A")
BOXBG = colors.HexColor("#EFEBE3")

kicker = ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=9, leading=11,
                        textColor=RED, spaceAfter=4)
headline = ParagraphStyle("headline", fontName="Times-Bold", fontSize=25, leading=29,
                          textColor=INK, spaceAfter=8)
standfirst = ParagraphStyle("standfirst", fontName="Times-Italic", fontSize=12.5, leading=16,
                            textColor=colors.HexColor("#333333"), spaceAfter=8)
byline = ParagraphStyle("byline", fontName="Helvetica", fontSize=8.5, leading=10,
                        textColor=colors.HexColor("#555555"))
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13,
                      alignment=TA_JUSTIFY, spaceAfter=5, firstLineIndent=10)
lede = ParagraphStyle("lede", parent=body, firstLineIndent=0)
subhead = ParagraphStyle("subhead", fontName="Times-Bold", fontSize=11.5, leading=14,
                         textColor=INK, spaceBefore=7, spaceAfter=3, alignment=TA_LEFT)
bullet = ParagraphStyle("bullet", parent=body, firstLineIndent=0, leftIndent=10,
                        bulletIndent=0, spaceAfter=3)
boxhead = ParagraphStyle("boxhead", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                         textColor=colors.white)
boxline = ParagraphStyle("boxline", fontName="Helvetica", fontSize=8.3, leading=10.4,
                         alignment=TA_LEFT)

meta = {}


def first_page(canv, doc):
    canv.saveState()
    top = H - 1.2 * cm
    canv.setFont("Times-Bold", 26)
    canv.setFillColor(INK)
    canv.drawCentredString(W / 2, top - 0.6 * cm, meta["masthead"])
    canv.setLineWidth(1.4)
    canv.line(LM, top - 1.0 * cm, W - RM, top - 1.0 * cm)
    canv.setFont("Helvetica", 8)
    canv.drawString(LM, top - 1.4 * cm, meta["dateline"])
    canv.drawRightString(W - RM, top - 1.4 * cm, "thecivicchronicle.in/explained")
    canv.setLineWidth(0.5)
    canv.line(LM, top - 1.6 * cm, W - RM, top - 1.6 * cm)
    footer(canv, doc)
    canv.restoreState()


def later_pages(canv, doc):
    canv.saveState()
    canv.setFont("Times-Italic", 8.5)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawString(LM, H - 1.25 * cm, meta["header"])
    canv.setLineWidth(0.5)
    canv.line(LM, H - 1.4 * cm, W - RM, H - 1.4 * cm)
    footer(canv, doc)
    canv.restoreState()


def footer(canv, doc):
    canv.setLineWidth(0.4)
    canv.setStrokeColor(colors.HexColor("#888888"))
    canv.line(LM, 1.45 * cm, W - RM, 1.45 * cm)
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawString(LM, 1.05 * cm, meta["footer"])
    canv.setFont("Helvetica-Bold", 8.5)
    canv.drawRightString(W - RM, 1.05 * cm, "Page %d" % doc.page)


def law_box(title, lines):
    rows = [[Paragraph(escape(title), boxhead)]]
    for l in lines:
        label, _, rest = l.partition(":")
        rows.append([Paragraph("<b>%s:</b>%s" % (escape(label), escape(rest)), boxline)])
    t = Table(rows, colWidths=[COLW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), RED),
        ("BACKGROUND", (0, 1), (-1, -1), BOXBG),
        ("BOX", (0, 0), (-1, -1), 0.8, RED),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
    ]))
    return t


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    top, story, para = [], [], []
    box_title, box_lines, in_box = "", [], False
    first_para = [True]

    def flush():
        if para:
            text = " ".join(para)
            story.append(Paragraph(escape(text), lede if first_para[0] else body))
            first_para[0] = False
            para.clear()

    for line in lines:
        s = line.strip()
        if in_box:
            if s == "@endbox":
                in_box = False
                story.append(Spacer(1, 4))
                story.append(law_box(box_title, box_lines))
                story.append(Spacer(1, 8))
            elif s:
                box_lines.append(s)
            continue
        if s.startswith("@") and " " in s:
            key, val = s[1:].split(" ", 1)
            if key in ("masthead", "dateline", "header", "footer"):
                meta[key] = val
            elif key == "kicker":
                top.append(Paragraph(escape(val), kicker))
            elif key == "headline":
                top.append(Paragraph(escape(val), headline))
            elif key == "standfirst":
                top.append(Paragraph(escape(val), standfirst))
            elif key == "byline":
                top.append(Paragraph("By <b>%s</b> | New Delhi | Updated %s" % (
                    escape(val), "11 Aug 2025, 6:05 am IST"), byline))
            elif key == "box":
                flush()
                in_box, box_title, box_lines = True, val, []
            continue
        if s.startswith("## "):
            flush()
            story.append(Paragraph(escape(s[3:]), subhead))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()

    band_y = H - 1.2 * cm - MAST - TOPBAND
    head_frame = Frame(LM, band_y, W - LM - RM, TOPBAND, id="head",
                       leftPadding=0, rightPadding=0, topPadding=4, bottomPadding=6)
    col_h1 = band_y - BM
    c1 = Frame(LM, BM, COLW, col_h1, id="c1", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    c2 = Frame(LM + COLW + GUTTER, BM, COLW, col_h1, id="c2", leftPadding=0,
               rightPadding=0, topPadding=0, bottomPadding=0)
    col_h = H - TM - BM
    l1 = Frame(LM, BM, COLW, col_h, id="l1", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    l2 = Frame(LM + COLW + GUTTER, BM, COLW, col_h, id="l2", leftPadding=0,
               rightPadding=0, topPadding=0, bottomPadding=0)

    doc = BaseDocTemplate(OUT, pagesize=A4, title="Bonds gone, one poll pending",
                          author="", subject="", creator="", producer="", invariant=1)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[head_frame, c1, c2], onPage=first_page),
        PageTemplate(id="later", frames=[l1, l2], onPage=later_pages),
    ])
    doc.build(top + [FrameBreak(), NextPageTemplate("later")] + story)


if __name__ == "__main__":
    build()
