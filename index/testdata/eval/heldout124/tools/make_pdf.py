#!/usr/bin/python3
"""Re-make docs/constitution-part-ii.pdf from tools/constitution-part-ii.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUTPUT]
The output is byte-for-byte reproducible (reportlab invariant=1).

The PDF imitates a browser print of a legal website's page: every page has the print date/time
and the page title as a running header and the page address and "Page X of Y" as a footer. The
site's masthead, menu, breadcrumb and cookie banner come before the article and its previous/
next links, related links, disclaimer and copyright line after it.

Source markup: "@key value" settings; "@site", "@nav", "@cookie", "@meta" site chrome; "# " and
"## " headings; "@center" centred bold lines; "@art NUMBER. Marginal heading.|text" a provision
opening with its marginal heading in bold; "@cl (a)|text" and "@cl2 (ii)|text" clauses with
hanging numbers; "@tail" the words closing a provision; "@prov" a proviso; "@sub" a sub-section;
"[^n]" a footnote reference (superscript); "@ad" an empty advertisement slot; "@rule" a short rule; "@fn" a footnote; "- " bullet;
"@table" ... "@endtable" a table (first row is the header); "Q. "/"A. " FAQ lines.
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "constitution-part-ii.txt")
OUT = os.path.join(HERE, "..", "docs", "constitution-part-ii.pdf")

GREY = colors.HexColor("#555555")
NAVY = colors.HexColor("#0B3C5D")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2, spaceAfter=6)
art = ParagraphStyle("art", parent=body, spaceBefore=4, firstLineIndent=14)
cl = ParagraphStyle("cl", parent=body, leftIndent=44, firstLineIndent=-20, spaceAfter=3)
cl2 = ParagraphStyle("cl2", parent=body, leftIndent=64, firstLineIndent=-20, spaceAfter=3)
tail = ParagraphStyle("tail", parent=body)
prov = ParagraphStyle("prov", parent=body, firstLineIndent=24)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=NAVY,
                    spaceBefore=12, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=NAVY,
                    spaceBefore=8, spaceAfter=4)
center = ParagraphStyle("center", fontName="Times-Bold", fontSize=12, leading=15,
                        alignment=TA_CENTER, spaceAfter=2)
site = ParagraphStyle("site", fontName="Helvetica-Bold", fontSize=18, leading=22, textColor=NAVY)
nav = ParagraphStyle("nav", fontName="Helvetica", fontSize=8.5, leading=11, textColor=GREY,
                     spaceAfter=3)
meta = ParagraphStyle("meta", parent=nav, fontName="Helvetica-Oblique", spaceAfter=8)
cookie = ParagraphStyle("cookie", parent=nav, backColor=colors.HexColor("#EEEEEE"), borderPadding=4,
                        spaceBefore=4, spaceAfter=10)
fn = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9, leading=11, spaceAfter=2)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Times-Bold", spaceAfter=2)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=10, leading=12)

settings = {}


class NumberedCanvas(canvas.Canvas):
    """Draws the running header and the 'Page X of Y' footer once the page count is known."""

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
        self.saveState()
        self.setFont("Helvetica", 8)
        self.setFillColor(colors.black)
        self.drawString(1.2 * cm, A4[1] - 0.8 * cm, settings["header-left"])
        self.drawRightString(A4[0] - 1.2 * cm, A4[1] - 0.8 * cm, settings["header-right"])
        self.drawString(1.2 * cm, 0.7 * cm, settings["footer-url"])
        self.drawRightString(A4[0] - 1.2 * cm, 0.7 * cm, "Page %d of %d" % (self._pageNumber, total))
        self.restoreState()


def fmt(s):
    s = escape(s)
    return re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", s)


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, rows, in_table = [], [], False
    for line in lines:
        s = line.strip()
        key, _, val = s.partition(" ")
        if key in ("@pdftitle", "@header-left", "@header-right", "@footer-url"):
            settings[key[1:]] = val
        elif s == "@table":
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(fmt(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[3.2 * cm, 2.6 * cm, 11.0 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3ECF3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story += [Spacer(1, 3), t, Spacer(1, 8)]
            rows = []
        elif in_table:
            if s:
                rows.append(s)
        elif key == "@site":
            story.append(Paragraph(fmt(val), site))
        elif key == "@nav":
            story.append(Paragraph(fmt(val), nav))
        elif key == "@cookie":
            story.append(Paragraph(fmt(val), cookie))
        elif key == "@meta":
            story.append(Paragraph(fmt(val), meta))
        elif key == "@center":
            story.append(Paragraph(fmt(val), center))
        elif key == "@art":
            head, _, rest = val.partition("|")
            story.append(Paragraph("<b>%s</b>%s" % (fmt(head), fmt(rest)), art))
        elif key in ("@cl", "@cl2"):
            num, _, rest = val.partition("|")
            story.append(Paragraph("%s&nbsp;&nbsp;%s" % (fmt(num), fmt(rest)),
                                   cl if key == "@cl" else cl2))
        elif key == "@tail":
            story.append(Paragraph(fmt(val), tail))
        elif key == "@prov":
            story.append(Paragraph(fmt(val), prov))
        elif key == "@sub":
            story.append(Paragraph(fmt(val), art))
        elif s == "@ad":
            ad = Table([[Paragraph("ADVERTISEMENT", nav)]], colWidths=[16.8 * cm], rowHeights=[1.5 * cm])
            ad.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
                                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F4F4"))]))
            story += [ad, Spacer(1, 8)]
        elif key == "@rule":
            story.append(HRFlowable(width="30%", thickness=0.5, color=colors.black, hAlign="LEFT",
                                    spaceBefore=4, spaceAfter=4))
        elif key == "@fn":
            story.append(Paragraph(fmt(val), fn))
        elif s.startswith("## "):
            story.append(Paragraph(fmt(s[3:]), h2))
        elif s.startswith("# "):
            story.append(Paragraph(fmt(s[2:]), h1))
        elif s.startswith("- "):
            story.append(Paragraph(fmt(s[2:]), bullet, bulletText="\u2022"))
        elif s.startswith("Q. "):
            story.append(Paragraph(fmt(s), faq_q))
        elif s:
            story.append(Paragraph(fmt(s), body))

    doc = SimpleDocTemplate(out_path, pagesize=A4, leftMargin=2.0 * cm, rightMargin=2.0 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.7 * cm,
                            title=settings["pdftitle"], author="", subject="", creator="",
                            producer="", invariant=1)
    doc.build(story, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
