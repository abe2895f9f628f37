#!/usr/bin/python3
"""Make docs/mnre-sight-mode1-guidelines.pdf from tools/mnre-sight-mode1-guidelines.txt.

The PDF imitates a Government of India scheme-guidelines circular as a ministry saves it from
MS Word: a covering Office Memorandum on page 1 (file number top left, the centred ministry
block, the address and date on the right, an underlined "OFFICE MEMORANDUM", a bold subject with
a hanging "Subject:" label, numbered paragraphs, a boxed digital-signature stamp, the signature
block, "To," and "Copy to:" lists), then the guidelines in numbered clauses (1.1, 2.3.1, lettered
items) with bold upper-case clause headings and hanging numbers in Times New Roman, a small grey
running head from page 2, "Page x of y" at the foot of every page, an end mark, and two annexures
each on its own page with a full-grid Word table whose header row is shaded.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [--out PATH]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mnre-sight-mode1-guidelines.txt")
OUT = os.path.join(HERE, "..", "docs", "mnre-sight-mode1-guidelines.pdf")

PW, PH = A4
LM = RM = 2.54 * cm
TM = 2.3 * cm
BM = 2.3 * cm
TW = PW - LM - RM

F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
body = ParagraphStyle("body", fontName=F, fontSize=12, leading=15.5, alignment=TA_JUSTIFY,
                      firstLineIndent=36, spaceAfter=8, bulletFontName=F, bulletFontSize=12)
left = ParagraphStyle("left", parent=body, alignment=TA_LEFT, firstLineIndent=0, spaceAfter=2)
center = ParagraphStyle("center", parent=left, alignment=TA_CENTER, spaceAfter=1)
centerb = ParagraphStyle("centerb", parent=center, fontName=FB, fontSize=13, leading=16)
right = ParagraphStyle("right", parent=left, alignment=TA_RIGHT, spaceAfter=0)
om = ParagraphStyle("om", parent=center, fontName=FB, fontSize=13, spaceBefore=14, spaceAfter=12)
subj = ParagraphStyle("subj", parent=body, fontName=FB, firstLineIndent=0, leftIndent=58,
                      bulletIndent=0, bulletFontName=FB, spaceAfter=12)
pnum = ParagraphStyle("pnum", parent=body, firstLineIndent=0, leftIndent=36, bulletIndent=0)
small = ParagraphStyle("small", fontName="Helvetica", fontSize=7.5, leading=9.5)
gtitle = ParagraphStyle("gtitle", parent=center, fontName=FB, fontSize=12.5, leading=16,
                        spaceAfter=4)
gsub = ParagraphStyle("gsub", parent=center, fontName=FI, spaceAfter=14)
head = ParagraphStyle("head", parent=left, fontName=FB, leftIndent=36, bulletIndent=0,
                      bulletFontName=FB, spaceBefore=8, spaceAfter=6, keepWithNext=1)
clause = ParagraphStyle("clause", parent=body, firstLineIndent=0, leftIndent=36, bulletIndent=0,
                        spaceAfter=6)
clause3 = ParagraphStyle("clause3", parent=clause, leftIndent=80, bulletIndent=36)
item = ParagraphStyle("item", parent=clause, leftIndent=66, bulletIndent=40, spaceAfter=4)
listitem = ParagraphStyle("listitem", parent=left, leftIndent=36, bulletIndent=14, spaceAfter=3)
listlab = ParagraphStyle("listlab", parent=left, spaceBefore=10, spaceAfter=4)
annexlab = ParagraphStyle("annexlab", parent=right, fontName=FB, spaceAfter=10)
annexcap = ParagraphStyle("annexcap", parent=center, fontName=FB, spaceAfter=12)
cell = ParagraphStyle("cell", fontName=F, fontSize=11, leading=13.5)
cellh = ParagraphStyle("cellh", parent=cell, fontName=FB)

STATE = {"fileno": "", "runhead": ""}


def tx(s):
    s = escape(s).replace("--", "\u2013")
    s = s.replace("'", "\u2019")
    s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
    return s


class SigBox(Flowable):
    """The appearance of a PDF digital signature as pasted on scanned-and-signed circulars."""

    def __init__(self, lines):
        Flowable.__init__(self)
        self.lines = lines
        self.w, self.h = 6.2 * cm, 1.25 * cm

    def wrap(self, aw, ah):
        return aw, self.h + 4

    def draw(self):
        c = self.canv
        x = TW - self.w
        c.saveState()
        c.setStrokeColor(colors.HexColor("#3A7D44"))
        c.setLineWidth(0.8)
        c.rect(x, 0, self.w, self.h)
        c.setFillColor(colors.HexColor("#1F1F1F"))
        c.setFont("Helvetica", 7.5)
        y = self.h - 12
        for line in self.lines:
            c.drawString(x + 6, y, line)
            y -= 10
        c.restoreState()


def numbered_canvas(runhead, fileno):
    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *a, **k):
            pdfcanvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(n)
                pdfcanvas.Canvas.showPage(self)
            pdfcanvas.Canvas.save(self)

        def _decorate(self, total):
            page = self._pageNumber
            self.saveState()
            if page > 1:
                self.setFont("Times-Italic", 8.5)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(LM, PH - 1.4 * cm, fileno)
                self.drawRightString(PW - RM, PH - 1.4 * cm, runhead)
            self.setFillColor(colors.black)
            self.setFont(F, 10)
            self.drawCentredString(PW / 2, 1.3 * cm, "Page %d of %d" % (page, total))
            self.restoreState()

    return NumberedCanvas


def table_for(rows):
    data = []
    for i, r in enumerate(rows):
        cells = [c.strip() for c in r.split("|")]
        data.append([Paragraph(tx(c), cellh if i == 0 else cell) for c in cells])
    if len(rows[0].split("|")) == 3 and rows[0].startswith("S. No."):
        widths = [1.5 * cm, TW - 1.5 * cm - 3.4 * cm, 3.4 * cm]
    else:
        widths = [5.0 * cm, 4.0 * cm, TW - 9.0 * cm]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def story_from(lines):
    story = []
    annex = None
    for raw in lines:
        s = raw.rstrip()
        if not s.strip() or s.startswith("%"):
            continue
        if annex is not None:
            if s == "@endannex":
                label, caption, rows = annex
                story.extend([PageBreak(), Paragraph(tx(label), annexlab),
                              Paragraph(tx(caption), annexcap), table_for(rows)])
                annex = None
            else:
                annex[2].append(s)
            continue
        key, _, val = s.partition(" ")
        if key == "@fileno":
            STATE["fileno"] = val
            story.append(Paragraph(tx(val), left))
            story.append(Spacer(1, 6))
        elif key == "@date":
            STATE["date"] = val
        elif key == "@runhead":
            STATE["runhead"] = val.replace("--", "\u2013")
        elif key == "@center":
            story.append(Paragraph(tx(val), center))
        elif key == "@centerb":
            story.append(Paragraph(tx(val), centerb))
        elif key == "@right":
            story.append(Paragraph(tx(val), right))
        elif key == "@om":
            story.append(Paragraph("<u>%s</u>" % tx(val), om))
        elif key == "@subject":
            story.append(Paragraph(tx(val), subj, bulletText="Subject:"))
        elif key == "@p":
            story.append(Paragraph(tx(val), body))
        elif key == "@pn":
            n, text = val.split("|", 1)
            story.append(Paragraph(tx(text), pnum, bulletText=n))
        elif key == "@encl":
            story.append(Paragraph(tx(val), left))
            story.append(Spacer(1, 14))
        elif key == "@sigbox":
            story.append(SigBox(val.split("|")))
        elif key == "@sig":
            block = [Paragraph(tx(l), right) for l in val.split("|")]
            story.append(KeepTogether(block))
        elif key == "@list":
            story.append(Paragraph(tx(val), listlab))
        elif key == "-":
            n, text = val.split(" ", 1)
            story.append(Paragraph(tx(text), listitem, bulletText=n))
        elif key == "@pagebreak":
            story.append(PageBreak())
        elif key == "@gtitle":
            story.append(Paragraph(tx(val), gtitle))
        elif key == "@gsub":
            story.append(Paragraph(tx(val), gsub))
        elif key == "#":
            n, text = val.split(" ", 1)
            story.append(Paragraph(tx(text), head, bulletText=n))
        elif re.match(r"^\d+\.\d+\.\d+$", key):
            story.append(Paragraph(tx(val), clause3, bulletText=key))
        elif re.match(r"^\d+\.\d+$", key):
            story.append(Paragraph(tx(val), clause, bulletText=key))
        elif re.match(r"^\([a-z]\)$", key):
            story.append(Paragraph(tx(val), item, bulletText=key))
        elif key == "@end":
            story.append(Spacer(1, 10))
            story.append(Paragraph("*****", center))
        elif key == "@annex":
            label, caption = val.split("|", 1)
            annex = (label, caption, [])
        else:
            raise ValueError("unknown line: %r" % s)
    return story


def build(out):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story = story_from(lines)
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM,
                          title="Scheme Guidelines SIGHT Component II Mode 1 consolidated",
                          author="MNRE", subject="", creator="Microsoft\u00ae Word 2016",
                          producer="Microsoft\u00ae Word 2016", invariant=1)
    frame = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="main", frames=[frame])])
    doc.build(story, canvasmaker=numbered_canvas(STATE["runhead"], STATE["fileno"]))


if __name__ == "__main__":
    out = OUT
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out = sys.argv[2]
    build(out)
