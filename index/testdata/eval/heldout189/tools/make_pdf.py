#!/usr/bin/python3
"""Re-make docs/pib-pli-release.pdf from tools/pib-pli-release.txt.

The PDF imitates a PIB press release saved from the browser with "Print > Save as PDF": the
browser's running header (print date and time, page title) and footer (page address, "n/N")
on every page, the PIB header block, ministry line, title, "Posted On" line, highlights,
body paragraphs with bold headings, a ruled data table, and the '***', initials, release ID
and visitor counter at the foot.
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
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pib-pli-release.txt")
OUT = os.path.join(HERE, "..", "docs", "pib-pli-release.pdf")

NAVY = colors.HexColor("#1B2A59")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=15, spaceAfter=7)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6, spaceAfter=3,
                        fontName="Times-Bold")
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=10,
                    spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=11, leading=14,
                    spaceBefore=6, spaceAfter=3)
office = ParagraphStyle("office", fontName="Helvetica-Bold", fontSize=13, leading=16,
                        alignment=TA_CENTER, textColor=NAVY)
office2 = ParagraphStyle("office2", fontName="Helvetica", fontSize=10, leading=13,
                         alignment=TA_CENTER, spaceAfter=10)
ministry = ParagraphStyle("ministry", fontName="Helvetica-Bold", fontSize=12, leading=15,
                          alignment=TA_CENTER, spaceAfter=8)
lang = ParagraphStyle("lang", fontName="Helvetica", fontSize=8, leading=10, alignment=TA_CENTER,
                      textColor=colors.HexColor("#555555"), spaceAfter=8)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19,
                       alignment=TA_CENTER, textColor=NAVY, spaceAfter=6)
posted = ParagraphStyle("posted", fontName="Helvetica-Oblique", fontSize=9, leading=12,
                        alignment=TA_CENTER, spaceAfter=12)
stars = ParagraphStyle("stars", parent=body, alignment=TA_CENTER, spaceBefore=8)
foot = ParagraphStyle("foot", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=2)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=11.5)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=9.5, leading=11.5)
caption = ParagraphStyle("caption", fontName="Helvetica-Bold", fontSize=10, leading=13,
                         spaceBefore=4, spaceAfter=4)

META = {}


class PrintCanvas(pdfcanvas.Canvas):
    """Draws the browser's print header and footer, with 'n/N' page numbers."""

    def __init__(self, *args, **kwargs):
        pdfcanvas.Canvas.__init__(self, *args, **kwargs)
        self._pages = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont("Helvetica", 8)
            self.drawString(1.0 * cm, A4[1] - 0.8 * cm, META["printdate"])
            self.drawCentredString(A4[0] / 2, A4[1] - 0.8 * cm, META["printtitle"])
            self.drawString(1.0 * cm, 0.7 * cm, META["url"])
            self.drawRightString(A4[0] - 1.0 * cm, 0.7 * cm, "%d/%d" % (self._pageNumber, total))
            pdfcanvas.Canvas.showPage(self)
        pdfcanvas.Canvas.save(self)


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para, rows = [], [], []
    in_table, table_caption = False, ""
    offices = []

    def flush():
        if para:
            story.append(Paragraph(escape(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@printdate "):
            META["printdate"] = s[11:]
        elif s.startswith("@printtitle "):
            META["printtitle"] = s[12:]
        elif s.startswith("@url "):
            META["url"] = s[5:]
        elif s.startswith("@office "):
            offices.append(s[8:])
            story.append(Paragraph(escape(s[8:]), office if len(offices) == 1 else office2))
        elif s.startswith("@ministry "):
            story.append(Paragraph(escape(s[10:]), ministry))
        elif s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@posted "):
            story.append(Paragraph(escape(s[8:]), posted))
        elif s.startswith("@lang "):
            story.append(Paragraph(escape(s[6:]), lang))
        elif s == "@highlights":
            flush()
        elif s.startswith("@table "):
            flush()
            in_table, table_caption = True, s[7:]
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[4.4 * cm, 4.2 * cm, 2.0 * cm, 6.0 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE3F0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (2, 1), (2, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Paragraph(escape(table_caption), caption))
            story.append(t)
            story.append(Spacer(1, 10))
            rows = []
        elif in_table:
            if s:
                rows.append(s)
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(escape(s[3:]), h2))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
        elif s == "@stars":
            flush()
            story.append(Paragraph("***", stars))
        elif s.startswith("@initials ") or s.startswith("@release ") or s.startswith("@counter "):
            story.append(Paragraph(escape(s.split(" ", 1)[1]), foot))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.7 * cm,
                            title=META["printtitle"], author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(story, canvasmaker=PrintCanvas)


if __name__ == "__main__":
    build()
