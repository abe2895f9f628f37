#!/usr/bin/python3
"""Re-make docs/education-commissions-1882-1944.pdf from tools/education-commissions-1882-1944.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

The PDF imitates a word-processor document: a title block at the top of page one, bold
numbered headings, Calibri-like (Helvetica) body text, a running header, footnotes set at the
foot of the page on which they are referenced, and "Page n" in the footer.
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
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "education-commissions-1882-1944.txt")
OUT = os.path.join(HERE, "..", "docs", "education-commissions-1882-1944.pdf")

LEFT, RIGHT, TOP, BOTTOM = 2.54 * cm, 2.54 * cm, 2.54 * cm, 3.6 * cm

body = ParagraphStyle("Normal", fontName="Helvetica", fontSize=10.5, leading=13.5, spaceAfter=6)
bullet = ParagraphStyle("ListBullet", parent=body, leftIndent=18, bulletIndent=6, spaceAfter=2)
numbered = ParagraphStyle("ListNumber", parent=body, leftIndent=18, bulletIndent=2, spaceAfter=2)
h1 = ParagraphStyle("Heading1", fontName="Helvetica-Bold", fontSize=13, leading=16,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("Heading2", fontName="Helvetica-Bold", fontSize=11, leading=14,
                    spaceBefore=6, spaceAfter=3)
title = ParagraphStyle("Title", fontName="Helvetica-Bold", fontSize=19, leading=24,
                       alignment=TA_CENTER, spaceAfter=6)
subtitle = ParagraphStyle("Subtitle", fontName="Helvetica-Oblique", fontSize=11.5, leading=15,
                          alignment=TA_CENTER, textColor=colors.HexColor("#404040"), spaceAfter=4)
meta = ParagraphStyle("Meta", fontName="Helvetica", fontSize=9.5, leading=12, alignment=TA_CENTER,
                      spaceAfter=4)
cell = ParagraphStyle("TableText", fontName="Helvetica", fontSize=9.5, leading=12)
cellh = ParagraphStyle("TableHead", fontName="Helvetica-Bold", fontSize=9.5, leading=12)
fnstyle = ParagraphStyle("FootnoteText", fontName="Helvetica", fontSize=8, leading=10)

header_left = ""
header_right = ""
footnotes = {}


class FootnoteAnchor(Flowable):
    """Zero-size flowable: when drawn, queues its footnote for the current page's foot."""

    def __init__(self, num):
        Flowable.__init__(self)
        self.num = num
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv._doctemplate.page_notes.append(self.num)


class Doc(BaseDocTemplate):
    def __init__(self, *a, **k):
        BaseDocTemplate.__init__(self, *a, **k)
        self.page_notes = []
        frame = Frame(LEFT, BOTTOM, A4[0] - LEFT - RIGHT, A4[1] - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.start_page,
                                            onPageEnd=self.end_page)])

    def start_page(self, canv, doc):
        canv._doctemplate = self
        self.page_notes = []
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor(colors.HexColor("#595959"))
        canv.drawString(LEFT, A4[1] - 1.5 * cm, header_left)
        canv.drawRightString(A4[0] - RIGHT, A4[1] - 1.5 * cm, header_right)
        canv.restoreState()

    def end_page(self, canv, doc):
        canv.saveState()
        if self.page_notes:
            y = BOTTOM - 0.45 * cm
            canv.setLineWidth(0.5)
            canv.line(LEFT, y, LEFT + 5 * cm, y)
            y -= 0.1 * cm
            for n in self.page_notes:
                p = Paragraph("<super>%d</super> %s" % (n, escape(footnotes[n])), fnstyle)
                w, h = p.wrap(A4[0] - LEFT - RIGHT, 2 * cm)
                y -= h
                p.drawOn(canv, LEFT, y)
                y -= 0.05 * cm
        canv.setFont("Helvetica", 9)
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, "Page %d" % doc.page)
        canv.restoreState()
        self.page_notes = []


def inline(text):
    """Escape text and turn [^n] markers into superscript footnote numbers."""
    return re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", escape(text))


def notes_in(text):
    return [int(n) for n in re.findall(r"\[\^(\d+)\]", text)]


def build():
    global header_left, header_right
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        m = re.match(r"@fn (\d+) (.*)", line.strip())
        if m:
            footnotes[int(m.group(1))] = m.group(2)
    story, para = [], []
    table_rows, in_table = [], False

    def add(text, style, **kw):
        story.append(Paragraph(inline(text), style, **kw))
        for n in notes_in(text):
            story.append(FootnoteAnchor(n))

    def flush():
        if para:
            add(" ".join(para), body)
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@fn "):
            continue
        if s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
            story.append(HRFlowable(width="100%", thickness=0.8, color=colors.black,
                                    spaceBefore=4, spaceAfter=8))
        elif s.startswith("@header "):
            header_left = s[8:]
        elif s.startswith("@headerright "):
            header_right = s[13:]
        elif s == "@table":
            flush()
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(table_rows)]
            t = Table(data, colWidths=[6.2 * cm, 9.7 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 2))
            story.append(t)
            story.append(Spacer(1, 8))
            table_rows = []
        elif in_table:
            if s:
                table_rows.append(s)
        elif s.startswith("## "):
            flush()
            add(s[3:], h2)
        elif s.startswith("# "):
            flush()
            add(s[2:], h1)
        elif s.startswith("- "):
            flush()
            add(s[2:], bullet, bulletText="\u2022")
        elif re.match(r"\d+\. ", s):
            flush()
            n, rest = s.split(" ", 1)
            add(rest, numbered, bulletText=n)
        elif not s:
            flush()
        else:
            para.append(s)
    flush()

    doc = Doc(OUT, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
              bottomMargin=BOTTOM, title="Education Commissions and Policy in British India, 1882-1944",
              author="", subject="", creator="", producer="", invariant=1)
    doc.build(story)


if __name__ == "__main__":
    build()
