#!/usr/bin/python3
"""Re-make docs/soil-health-policy.pdf from tools/soil-health-policy.txt.

Lecture slides printed to PDF: landscape A4, one slide title per page (a slide that runs
over carries its title with "(contd.)"), a running header, and a footer with the teacher's
name and the slide number.
Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "soil-health-policy.txt")
OUT = os.path.join(HERE, "..", "docs", "soil-health-policy.pdf")

W, H = landscape(A4)
GREEN = colors.HexColor("#1B5E20")
GREY = colors.HexColor("#555555")
BAND = colors.HexColor("#E8F5E9")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=16, leading=21)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=22, bulletIndent=4, spaceAfter=6)
sub = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=17, leading=22, textColor=GREEN,
                     spaceBefore=30, spaceAfter=4)
colhead = ParagraphStyle("colhead", fontName="Helvetica-Bold", fontSize=17, leading=22,
                         textColor=GREEN, spaceAfter=6)
colbullet = ParagraphStyle("colbullet", parent=bullet, fontSize=15, leading=19)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=34, leading=42,
                       alignment=TA_CENTER, textColor=GREEN, spaceAfter=16)
subtitle = ParagraphStyle("subtitle", fontName="Helvetica-Oblique", fontSize=18, leading=24,
                          alignment=TA_CENTER, spaceAfter=36)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=15, leading=22, alignment=TA_CENTER)

state = {"header": "", "footer": "", "last": "", "page_title": {}}


class SlideTitle(Flowable):
    """Zero-size marker: the slide whose title is drawn in the band of this page."""

    def __init__(self, text):
        super().__init__()
        self.text = text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        state["page_title"][self.canv.getPageNumber()] = self.text


def page_end(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    if n > 1:
        canv.setFont("Helvetica-Oblique", 10)
        canv.setFillColor(GREY)
        canv.drawRightString(W - 40, H - 28, state["header"])
        t = state["page_title"].get(n)
        if t is None:
            t = state["last"] + " (contd.)"
        else:
            state["last"] = t
        canv.setFillColor(BAND)
        canv.rect(0, H - 100, W, 58, stroke=0, fill=1)
        canv.setFillColor(GREEN)
        canv.setFont("Helvetica-Bold", 26)
        canv.drawString(50, H - 80, t)
    canv.setStrokeColor(GREEN)
    canv.setLineWidth(1)
    canv.line(40, 46, W - 40, 46)
    canv.setFillColor(GREY)
    canv.setFont("Helvetica", 10)
    canv.drawString(50, 30, state["footer"])
    canv.drawRightString(W - 50, 30, "Slide %d" % n)
    canv.restoreState()


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, cols, in_cols = [], [], False
    first = True
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if s.startswith("@title "):
            story.append(Spacer(1, 80))
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
        elif s.startswith("@header "):
            state["header"] = s[8:]
        elif s.startswith("@footer "):
            state["footer"] = s[8:]
        elif s.startswith("@slide "):
            story.append(PageBreak())
            story.append(SlideTitle(s[7:]))
            first = False
        elif s.startswith("@sub "):
            story.append(Paragraph(escape(s[5:]), sub))
        elif s == "@cols":
            in_cols, cols = True, []
        elif s.startswith("@col "):
            cols.append([Paragraph(escape(s[5:]), colhead)])
        elif s == "@endcols":
            in_cols = False
            t = Table([cols], colWidths=[(W - 110) / 2.0] * 2)
            t.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEAFTER", (0, 0), (0, 0), 1, GREEN),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 14),
            ]))
            story.append(t)
        elif s.startswith("- "):
            p = Paragraph(escape(s[2:]), colbullet if in_cols else bullet, bulletText="\u2022")
            if in_cols:
                cols[-1].append(p)
            else:
                story.append(p)
        else:
            story.append(Paragraph(escape(s), body))

    doc = BaseDocTemplate(OUT, pagesize=(W, H), leftMargin=50, rightMargin=50,
                          topMargin=112, bottomMargin=58,
                          title="Soil Health and Fertiliser Policy", author="", subject="",
                          creator="", producer="", invariant=1)
    frame = Frame(50, 58, W - 100, H - 112 - 58, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="slide", frames=[frame], onPageEnd=page_end)])
    doc.build(story)


if __name__ == "__main__":
    build()
