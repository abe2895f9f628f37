#!/usr/bin/python3
"""Re-make docs/biosphere-reserves-class-notes.pdf from tools/biosphere-reserves-class-notes.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
Markup of the source: @title/@meta (top of page 1), @header (left|right running header),
@footer (left footer text), "# " and "## " headings, "- " bullets, "-- " sub-bullets,
"1. " numbered items, "@box" one-line shaded box, "@table" ... "@endtable" (cells split by
" | ", first row is the header), "Q1." FAQ questions, **bold**.
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "biosphere-reserves-class-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "biosphere-reserves-class-notes.pdf")

GREEN = colors.HexColor("#1B5E20")
GREEN2 = colors.HexColor("#2E7D32")
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=5, spaceAfter=2.5)
sub = ParagraphStyle("sub", parent=body, leftIndent=32, bulletIndent=20, spaceAfter=2)
num = ParagraphStyle("num", parent=body, leftIndent=18, bulletIndent=2, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, textColor=GREEN,
                    spaceBefore=11, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14.5, textColor=GREEN2,
                    spaceBefore=7, spaceAfter=3)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Helvetica-Bold", spaceAfter=1.5)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=GREEN,
                       spaceAfter=4)
meta = ParagraphStyle("meta", fontName="Helvetica-Oblique", fontSize=9.5, leading=12,
                      textColor=colors.HexColor("#555555"), spaceAfter=4)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=11.5)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9.5, leading=11.5)
boxst = ParagraphStyle("box", parent=body, fontSize=10, leading=13.5, spaceAfter=0)

HEADER = ["", ""]
FOOTER = [""]


class NumberedCanvas(canvas.Canvas):
    """Draws the running header and the 'Page n of N' footer once the page count is known."""

    def __init__(self, *args, **kwargs):
        canvas.Canvas.__init__(self, *args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.decorate(total)
            canvas.Canvas.showPage(self)
        canvas.Canvas.save(self)

    def decorate(self, total):
        w, h = A4
        self.saveState()
        if self._pageNumber > 1:
            self.setFont("Helvetica", 8.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(2 * cm, h - 1.3 * cm, HEADER[0])
            self.drawRightString(w - 2 * cm, h - 1.3 * cm, HEADER[1])
            self.setStrokeColor(GREEN)
            self.setLineWidth(0.5)
            self.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
        self.setStrokeColor(colors.HexColor("#999999"))
        self.setLineWidth(0.3)
        self.line(2 * cm, 1.55 * cm, w - 2 * cm, 1.55 * cm)
        self.setFont("Helvetica-Oblique", 8)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(2 * cm, 1.1 * cm, FOOTER[0])
        self.setFont("Helvetica", 8.5)
        self.drawRightString(w - 2 * cm, 1.1 * cm, "Page %d of %d" % (self._pageNumber, total))
        self.restoreState()


def mark(text):
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escape(text))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    table_rows, in_table = [], False

    def flush():
        if para:
            text = " ".join(para)
            story.append(Paragraph(mark(text), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@title "):
            story.append(Paragraph(mark(s[7:]), title))
        elif s.startswith("@meta "):
            story.append(Paragraph(mark(s[6:]), meta))
            story.append(HRFlowable(width="100%", thickness=0.8, color=GREEN, spaceBefore=2,
                                    spaceAfter=4))
        elif s.startswith("@header "):
            HEADER[0], HEADER[1] = s[8:].split("|")
        elif s.startswith("@footer "):
            FOOTER[0] = s[8:]
        elif s.startswith("@box "):
            flush()
            text = s[5:]
            label, rest = text.split(":", 1)
            t = Table([[Paragraph("<b>%s:</b>%s" % (escape(label), mark(rest)), boxst)]],
                      colWidths=[A4[0] - 4.4 * cm - 4])
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF3CD")),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#C9A227")),
                ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 6))
        elif s == "@table":
            flush()
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(mark(c.strip()), cellh if i == 0 else cell) for c in r.split(" | ")]
                    for i, r in enumerate(table_rows)]
            width = A4[0] - 4.4 * cm
            if len(data[0]) == 3 and table_rows[0].startswith("Zone"):
                cw = [2.2 * cm, 6.6 * cm, width - 8.8 * cm]
            else:
                cw = [2.6 * cm, 5.4 * cm, width - 8.0 * cm]
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#C8E6C9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 7))
            table_rows = []
        elif in_table:
            if s:
                table_rows.append(s)
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(mark(s[3:]), h2))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(mark(s[2:]), h1))
        elif s.startswith("-- "):
            flush()
            story.append(Paragraph(mark(s[3:]), sub, bulletText="\u2013"))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(mark(s[2:]), bullet, bulletText="\u2022"))
        elif re.match(r"^\d+\. ", s) and not para:
            flush()
            n, rest = s.split(" ", 1)
            story.append(Paragraph(mark(rest), num, bulletText=n))
        elif not s:
            flush()
        elif re.match(r"^Q\d+\. ", s):
            flush()
            story.append(Paragraph(mark(s), faq_q))
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.1 * cm,
                            title="Biosphere Reserves & MAB - class notes", author="",
                            subject="", creator="", producer="", invariant=1)
    doc.build(story, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    build()
