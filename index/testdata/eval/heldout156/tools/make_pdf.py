#!/usr/bin/python3
"""Re-make docs/india-ozone-press-release.pdf from tools/india-ozone-press-release.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

Source markup: @ministry, @posted, @title, @running and @highlight lines make the PIB release
header; "# " starts a bold heading; "- " a bullet; @table ... @endtable a ruled table with
cells separated by "|" (first row is the header row); "***" and the closing initials end it.
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "india-ozone-press-release.txt")
OUT = os.path.join(HERE, "..", "docs", "india-ozone-press-release.pdf")

NAVY = colors.HexColor("#1B2A4A")
GREY = colors.HexColor("#555555")
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7,
                      alignment=TA_JUSTIFY)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6, spaceAfter=4)
head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                      textColor=NAVY, spaceBefore=9, spaceAfter=5)
pib1 = ParagraphStyle("pib1", fontName="Helvetica-Bold", fontSize=15, leading=19,
                      alignment=TA_CENTER, textColor=NAVY)
pib2 = ParagraphStyle("pib2", fontName="Helvetica", fontSize=10, leading=13, alignment=TA_CENTER,
                      textColor=GREY, spaceAfter=4)
ministry = ParagraphStyle("ministry", fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                          alignment=TA_CENTER, spaceBefore=8)
posted = ParagraphStyle("posted", fontName="Helvetica", fontSize=9, leading=12,
                        alignment=TA_CENTER, textColor=GREY, spaceAfter=8)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=13.5, leading=18,
                       alignment=TA_CENTER, spaceAfter=8)
highlight = ParagraphStyle("highlight", fontName="Helvetica-Oblique", fontSize=10, leading=13.5,
                           leftIndent=22, bulletIndent=10, spaceAfter=3, textColor=NAVY)
end = ParagraphStyle("end", parent=body, alignment=TA_CENTER, spaceBefore=6)
initials = ParagraphStyle("initials", parent=body, fontSize=9, textColor=GREY)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9, leading=11.5)

running = ""


class NumberedCanvas(canvas.Canvas):
    """Draws "Page N of M" after the whole document is laid out."""

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
            self.draw_page_marks(total)
            canvas.Canvas.showPage(self)
        canvas.Canvas.save(self)

    def draw_page_marks(self, total):
        w, h = A4
        self.saveState()
        if self._pageNumber > 1:
            self.setFont("Helvetica-Oblique", 8)
            self.setFillColor(GREY)
            self.drawString(2 * cm, h - 1.3 * cm, "Press Information Bureau, Government of India")
            self.drawRightString(w - 2 * cm, h - 1.3 * cm, running)
            self.setStrokeColor(GREY)
            self.setLineWidth(0.4)
            self.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
        self.setStrokeColor(GREY)
        self.setLineWidth(0.4)
        self.line(2 * cm, 1.55 * cm, w - 2 * cm, 1.55 * cm)
        self.setFont("Helvetica", 8)
        self.setFillColor(GREY)
        self.drawString(2 * cm, 1.1 * cm, "pib.gov.in | Ministry of Environment, Forest and Climate Change")
        self.drawRightString(w - 2 * cm, 1.1 * cm, "Page %d of %d" % (self._pageNumber, total))
        self.restoreState()


def build():
    global running
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story = [Paragraph("Press Information Bureau", pib1),
             Paragraph("Government of India", pib2),
             HRFlowable(width="100%", thickness=1.2, color=NAVY, spaceBefore=2, spaceAfter=2)]
    rows, in_table = [], False
    for line in lines:
        s = line.strip()
        if s.startswith("@ministry "):
            story.append(Paragraph(escape(s[10:]), ministry))
        elif s.startswith("@posted "):
            story.append(Paragraph(escape(s[8:]), posted))
        elif s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@running "):
            running = s[9:]
        elif s.startswith("@highlight "):
            story.append(Paragraph(escape(s[11:]), highlight, bulletText="\u2022"))
        elif s == "@table":
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[4.0 * cm, 6.9 * cm, 6.1 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, GREY),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE3F0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story += [Spacer(1, 3), t, Spacer(1, 9)]
            rows = []
        elif in_table:
            if s:
                rows.append(s)
        elif s.startswith("# "):
            story.append(Paragraph(escape(s[2:]), head))
        elif s.startswith("- "):
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
        elif s == "***":
            story.append(Paragraph("***", end))
        elif s == "VM/GS":
            story.append(Paragraph(s, initials))
        elif s:
            story.append(Paragraph(escape(s), body))
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.1 * cm, bottomMargin=2.2 * cm,
                            title="India observes 31st World Ozone Day", author="PIB Delhi",
                            subject="", creator="", producer="", invariant=1)
    doc.build(story, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    build()
