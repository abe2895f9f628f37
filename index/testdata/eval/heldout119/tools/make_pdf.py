#!/usr/bin/python3
"""Re-make docs/dpdp-act-and-rules.pdf from tools/dpdp-act-and-rules.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
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
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "dpdp-act-and-rules.txt")
OUT = os.path.join(HERE, "..", "docs", "dpdp-act-and-rules.pdf")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=5)
clause1 = ParagraphStyle("clause1", parent=body, leftIndent=28, firstLineIndent=-28)
clause2 = ParagraphStyle("clause2", parent=body, leftIndent=64, firstLineIndent=-36)
h1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=13, leading=17,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Times-BoldItalic", fontSize=11.5, leading=15,
                    spaceBefore=6, spaceAfter=4)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Times-Bold", spaceAfter=2)
top = ParagraphStyle("top", fontName="Times-Bold", fontSize=13, leading=18, alignment=TA_CENTER)
title = ParagraphStyle("title", fontName="Times-Bold", fontSize=20, leading=26,
                       alignment=TA_CENTER, spaceBefore=60, spaceAfter=16)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=16, leading=20,
                          alignment=TA_CENTER, spaceAfter=50)
meta = ParagraphStyle("meta", fontName="Times-Roman", fontSize=12, leading=16, alignment=TA_CENTER)
disclaimer = ParagraphStyle("disclaimer", fontName="Times-Italic", fontSize=9.5, leading=12,
                            alignment=TA_CENTER, spaceBefore=150, leftIndent=40, rightIndent=40)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=10, leading=12)

CLAUSE2 = re.compile(r"^(\d+\.\d+\.\d+) (.*)$")
CLAUSE1 = re.compile(r"^(\d+\.\d+) (.*)$")

header_text = ""


class NumberedCanvas(pdfcanvas.Canvas):
    """Draws the running header and 'Page X of Y' once the page count is known."""

    def __init__(self, *args, **kwargs):
        pdfcanvas.Canvas.__init__(self, *args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.draw_furniture(total)
            pdfcanvas.Canvas.showPage(self)
        pdfcanvas.Canvas.save(self)

    def draw_furniture(self, total):
        n = self._pageNumber
        self.saveState()
        if n > 1:
            self.setFont("Times-Roman", 8.5)
            self.drawString(2.2 * cm, A4[1] - 1.3 * cm, header_text)
            self.setLineWidth(0.5)
            self.line(2.2 * cm, A4[1] - 1.45 * cm, A4[0] - 2.2 * cm, A4[1] - 1.45 * cm)
        self.setFont("Times-Roman", 9.5)
        self.drawCentredString(A4[0] / 2, 1.2 * cm, "Page %d of %d" % (n, total))
        self.restoreState()


def para(text, style, num=None):
    if num:
        return Paragraph("%s&nbsp;&nbsp;%s" % (escape(num), escape(text)), style)
    return Paragraph(escape(text), style)


def build():
    global header_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, front = [], []
    table_rows, in_table = [], False
    for line in lines:
        s = line.strip()
        if s.startswith("@header "):
            header_text = s[8:]
        elif s.startswith("@top "):
            front.append(para(s[5:], top))
        elif s.startswith("@title "):
            front.append(para(s[7:], title))
        elif s.startswith("@subtitle "):
            front.append(para(s[10:], subtitle))
        elif s.startswith("@meta "):
            front.append(para(s[6:], meta))
        elif s.startswith("@disclaimer "):
            front.append(para(s[12:], disclaimer))
        elif s == "@table":
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(table_rows)]
            t = Table(data, colWidths=[1.4 * cm, 10.2 * cm, 4.4 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 8))
            table_rows = []
        elif in_table:
            if s:
                table_rows.append(s)
        elif s.startswith("## "):
            story.append(para(s[3:], h2))
        elif s.startswith("# "):
            story.append(para(s[2:], h1))
        elif not s:
            continue
        elif s.startswith("Q") and s[1:2].isdigit():
            story.append(para(s, faq_q))
        elif CLAUSE2.match(s):
            m = CLAUSE2.match(s)
            story.append(para(m.group(2), clause2, m.group(1)))
        elif CLAUSE1.match(s):
            m = CLAUSE1.match(s)
            story.append(para(m.group(2), clause1, m.group(1)))
        else:
            story.append(para(s, body))

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm,
                            title="DPDP Act, 2023 and DPDP Rules, 2025 - Explanatory Note",
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(front + [PageBreak()] + story, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    build()
