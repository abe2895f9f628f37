#!/usr/bin/python3
"""Re-make docs/collegium-system.pdf from tools/collegium-system.txt.

A two-column coaching-magazine feature: masthead and folio on every page, a full-width
title block on the first page, boxes, a pull quote and a two-column table in the text.
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
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "collegium-system.txt")
OUT = os.path.join(HERE, "..", "docs", "collegium-system.pdf")

W, H = A4
LM = RM = 1.5 * cm
TOP = 2.0 * cm
BOT = 1.7 * cm
GUT = 0.7 * cm
COLW = (W - LM - RM - GUT) / 2
TITLE_H = 6.2 * cm

RED = colors.HexColor("#9B1B1B")
BOXBG = colors.HexColor("#F4EBDD")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.5, leading=12, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=10, bulletIndent=1, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=11.5, leading=14, textColor=RED,
                    spaceBefore=8, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=4,
                    spaceAfter=2)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Times-Bold", spaceAfter=1.5)
kicker = ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=9, leading=12,
                        textColor=RED, spaceAfter=6)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=26, spaceAfter=8)
standfirst = ParagraphStyle("standfirst", fontName="Times-Italic", fontSize=12, leading=15,
                            spaceAfter=6)
byline = ParagraphStyle("byline", fontName="Helvetica", fontSize=8.5, leading=11,
                        textColor=colors.HexColor("#555555"))
quote = ParagraphStyle("quote", fontName="Times-BoldItalic", fontSize=13, leading=16,
                       alignment=TA_CENTER, textColor=RED)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=8.5, leading=11,
                      textColor=RED, spaceAfter=3)
boxp = ParagraphStyle("boxp", parent=body, fontSize=9, leading=11.5, spaceAfter=2)
boxb = ParagraphStyle("boxb", parent=boxp, leftIndent=9, bulletIndent=0)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=8.5, leading=10.5)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)

meta = {"masthead": "", "section": "", "firstpage": "1"}


def decorate(canv, doc):
    canv.saveState()
    canv.setFillColor(RED)
    canv.setFont("Helvetica-Bold", 8)
    canv.drawString(LM, H - 1.15 * cm, meta["masthead"])
    canv.drawRightString(W - RM, H - 1.15 * cm, meta["section"])
    canv.setStrokeColor(RED)
    canv.setLineWidth(1.2)
    canv.line(LM, H - 1.35 * cm, W - RM, H - 1.35 * cm)
    canv.setStrokeColor(colors.HexColor("#BBBBBB"))
    canv.setLineWidth(0.4)
    top = H - TOP - (TITLE_H if doc.page == 1 else 0)
    canv.line(W / 2, BOT, W / 2, top)
    canv.line(LM, BOT - 0.3 * cm, W - RM, BOT - 0.3 * cm)
    canv.setFillColor(colors.black)
    canv.setFont("Helvetica-Bold", 9)
    folio = int(meta["firstpage"]) + doc.page - 1
    if folio % 2 == 0:
        canv.drawString(LM, BOT - 0.8 * cm, str(folio))
    else:
        canv.drawRightString(W - RM, BOT - 0.8 * cm, str(folio))
    canv.restoreState()


def box(title_text, lines):
    inner = [Paragraph(escape(title_text), boxh)]
    for s in lines:
        if s.startswith("- "):
            inner.append(Paragraph(escape(s[2:]), boxb, bulletText="\u25aa"))
        else:
            inner.append(Paragraph(escape(s), boxp))
    t = Table([[inner]], colWidths=[COLW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), BOXBG),
        ("LINEABOVE", (0, 0), (-1, 0), 1.5, RED),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 6)]


def table(rows):
    data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[2.9 * cm, COLW - 2.9 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), BOXBG),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, RED),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [Spacer(1, 3), t, Spacer(1, 7)]


def pull_quote(text):
    t = Table([[Paragraph(escape(text), quote)]], colWidths=[COLW])
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 1, RED),
        ("LINEBELOW", (0, 0), (-1, -1), 1, RED),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 8)]


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    head, story, para = [], [], []
    mode, block, block_title = None, [], ""

    def flush():
        if para:
            text = " ".join(para)
            style = faq_q if text.startswith("Q") and text[1:2].isdigit() else body
            story.append(Paragraph(escape(text), style))
            para.clear()

    for line in lines:
        s = line.strip()
        if mode == "table":
            if s == "@endtable":
                story.extend(table(block))
                mode, block = None, []
            elif s:
                block.append(s)
            continue
        if mode == "box":
            if s == "@endbox":
                story.extend(box(block_title, block))
                mode, block = None, []
            elif s:
                block.append(s)
            continue
        if s.startswith("@masthead "):
            meta["masthead"] = s[10:]
        elif s.startswith("@section "):
            meta["section"] = s[9:]
        elif s.startswith("@firstpage "):
            meta["firstpage"] = s[11:]
        elif s.startswith("@kicker "):
            head.append(Paragraph(escape(s[8:]), kicker))
        elif s.startswith("@title "):
            head.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@standfirst "):
            head.append(Paragraph(escape(s[12:]), standfirst))
        elif s.startswith("@byline "):
            head.append(Paragraph(escape(s[8:]), byline))
        elif s == "@table":
            flush()
            mode = "table"
        elif s.startswith("@box "):
            flush()
            mode, block_title = "box", s[5:]
        elif s.startswith("@quote "):
            flush()
            story.extend(pull_quote(s[7:]))
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
        elif s.startswith("Q") and s[1:2].isdigit():
            flush()
            para.append(s)
            flush()
        else:
            para.append(s)
    flush()

    col_h1 = H - TOP - TITLE_H - BOT
    col_h = H - TOP - BOT
    first = PageTemplate(id="first", onPage=decorate, frames=[
        Frame(LM, H - TOP - TITLE_H, W - LM - RM, TITLE_H, id="head", leftPadding=0,
              rightPadding=0, topPadding=4, bottomPadding=4),
        Frame(LM, BOT, COLW, col_h1, id="c1", leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0),
        Frame(LM + COLW + GUT, BOT, COLW, col_h1, id="c2", leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0),
    ])
    later = PageTemplate(id="later", onPage=decorate, frames=[
        Frame(LM, BOT, COLW, col_h, id="l1", leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0),
        Frame(LM + COLW + GUT, BOT, COLW, col_h, id="l2", leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0),
    ])
    doc = BaseDocTemplate(OUT, pagesize=A4, pageTemplates=[first, later],
                          title="Who Appoints the Judges? The Collegium System Explained",
                          author="", subject="", creator="", producer="", invariant=1)
    doc.build(head + [NextPageTemplate("later"), FrameBreak()] + story)


if __name__ == "__main__":
    build()
