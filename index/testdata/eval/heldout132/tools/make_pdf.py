#!/usr/bin/python3
"""Re-make docs/india-and-the-nuclear-order.pdf from tools/india-and-the-nuclear-order.txt.

The article is laid out as a coaching magazine prints it: a running header (magazine name and
issue on the left, paper and subject on the right, over a rule) and a footer (institute line on
the left, the magazine's page number on the right) on every page; the opening page in one
column with a kicker, title, standfirst, byline, a shaded 'Key terms' box and the institute's
own advertisement; the body, the 'In news' part and the practice questions in two columns
from the second page.
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
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "india-and-the-nuclear-order.txt")
OUT = os.path.join(HERE, "..", "docs", "india-and-the-nuclear-order.pdf")

MAROON = colors.HexColor("#8B1E2D")
GREY = colors.HexColor("#555555")
BOXBG = colors.HexColor("#F3E9D2")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14.0,
                      spaceAfter=5, alignment=4)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2,
                        alignment=0)
numbered = ParagraphStyle("numbered", parent=body, leftIndent=16, bulletIndent=2, spaceAfter=3,
                          alignment=0)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                    textColor=MAROON, spaceBefore=8, spaceAfter=4)
kicker = ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=9, leading=12,
                        textColor=MAROON, spaceAfter=4)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=21, leading=25,
                       spaceAfter=8)
standfirst = ParagraphStyle("standfirst", fontName="Times-Italic", fontSize=12.5, leading=16,
                            textColor=GREY, spaceAfter=6)
byline = ParagraphStyle("byline", fontName="Helvetica", fontSize=8.5, leading=11,
                        textColor=GREY, spaceAfter=12)
faq_q = ParagraphStyle("faqq", parent=body, alignment=0)
boxhead = ParagraphStyle("boxhead", fontName="Helvetica-Bold", fontSize=10, leading=12,
                         textColor=MAROON)
cellterm = ParagraphStyle("cellterm", fontName="Helvetica-Bold", fontSize=9, leading=11)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=11.5)

ADBG = colors.HexColor("#E8EEF7")
adlabel = ParagraphStyle("adlabel", fontName="Helvetica", fontSize=6.5, leading=8,
                         textColor=GREY, alignment=1)
adhead = ParagraphStyle("adhead", fontName="Helvetica-Bold", fontSize=14, leading=18,
                        textColor=colors.HexColor("#1F3A93"), alignment=1)
adline = ParagraphStyle("adline", fontName="Helvetica", fontSize=10, leading=13, alignment=1)

MARGIN_X = 1.8 * cm
TOP = 2.3 * cm
BOTTOM = 2.0 * cm
GUTTER = 1.0 * cm
meta = {"header": "", "header-right": "", "footer": "", "firstpage": "1"}


def decorate(canv, doc):
    w, h = A4
    canv.saveState()
    canv.setFont("Helvetica-Bold", 8.5)
    canv.setFillColor(MAROON)
    canv.drawString(MARGIN_X, h - 1.35 * cm, meta["header"])
    canv.setFont("Helvetica", 8.5)
    canv.setFillColor(GREY)
    canv.drawRightString(w - MARGIN_X, h - 1.35 * cm, meta["header-right"])
    canv.setStrokeColor(MAROON)
    canv.setLineWidth(0.8)
    canv.line(MARGIN_X, h - 1.55 * cm, w - MARGIN_X, h - 1.55 * cm)
    canv.setLineWidth(0.4)
    canv.line(MARGIN_X, 1.45 * cm, w - MARGIN_X, 1.45 * cm)
    canv.setFont("Helvetica", 7.5)
    canv.drawString(MARGIN_X, 1.05 * cm, meta["footer"])
    canv.setFont("Helvetica-Bold", 9)
    canv.setFillColor(colors.black)
    canv.drawRightString(w - MARGIN_X, 1.05 * cm, str(int(meta["firstpage"]) + doc.page - 1))
    canv.restoreState()


def templates():
    w, h = A4
    fw = w - 2 * MARGIN_X
    fh = h - TOP - BOTTOM
    one = Frame(MARGIN_X, BOTTOM, fw, fh, id="one", leftPadding=0, rightPadding=0,
                topPadding=0, bottomPadding=0)
    cw = (fw - GUTTER) / 2
    left = Frame(MARGIN_X, BOTTOM, cw, fh, id="left", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    right = Frame(MARGIN_X + cw + GUTTER, BOTTOM, cw, fh, id="right", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate(id="onecol", frames=[one], onPage=decorate),
            PageTemplate(id="twocol", frames=[left, right], onPage=decorate)]


def key_terms(head, rows):
    fw = A4[0] - 2 * MARGIN_X
    data = [[Paragraph(escape(head.upper()), boxhead), ""]]
    for r in rows:
        term, text = [c.strip() for c in r.split("|", 1)]
        data.append([Paragraph(escape(term), cellterm), Paragraph(escape(text), cell)])
    t = Table(data, colWidths=[4.4 * cm, fw - 4.4 * cm])
    t.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (-1, -1), BOXBG),
        ("BOX", (0, 0), (-1, -1), 1.0, MAROON),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, MAROON),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def advert(text):
    parts = [p.strip() for p in text.split("|")]
    fw = A4[0] - 2 * MARGIN_X
    data = [[Paragraph(escape(parts[0]), adlabel)], [Paragraph(escape(parts[1]), adhead)]]
    data += [[Paragraph(escape(p), adline)] for p in parts[2:]]
    t = Table(data, colWidths=[fw * 0.7])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), ADBG),
        ("BOX", (0, 0), (-1, -1), 0.5, GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    box_rows, box_head, in_box = [], "", False

    def flush():
        if para:
            text = " ".join(para)
            story.append(Paragraph(escape(text), body))
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
        elif key == "standfirst":
            story.append(Paragraph(escape(s[12:]), standfirst))
        elif key == "byline":
            story.append(Paragraph(escape(s[8:]), byline))
        elif key == "box":
            flush()
            in_box, box_head = True, s[5:]
        elif key == "endbox":
            in_box = False
            story.append(Spacer(1, 4))
            story.append(key_terms(box_head, box_rows))
            story.append(Spacer(1, 6))
            box_rows = []
        elif in_box:
            if s:
                box_rows.append(s)
        elif key == "ad":
            flush()
            story.append(Spacer(1, 1.2 * cm))
            story.append(advert(s[4:]))
        elif key == "twocol":
            flush()
            story.append(NextPageTemplate("twocol"))
            story.append(PageBreak())
        elif key == "onecol":
            flush()
            story.append(NextPageTemplate("onecol"))
            story.append(PageBreak())
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
        elif s[:1].isdigit() and s[1:3] == ". ":
            flush()
            story.append(Paragraph(escape(s[3:]), numbered, bulletText=s[:2]))
        elif s.startswith("Q") and s[1:2].isdigit():
            flush()
            q, rest = s.split(" ", 1)
            story.append(Paragraph("<b>%s</b> %s" % (escape(q), escape(rest)), faq_q))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=TOP, bottomMargin=BOTTOM,
                          title="Holding the Line: India in a Fraying Nuclear Order",
                          author="", subject="", creator="", producer="", invariant=1)
    doc.addPageTemplates(templates())
    doc.build(story)


if __name__ == "__main__":
    build()
