#!/usr/bin/python3
"""Re-make docs/his-c102-handout-early-vedic.pdf from tools/his-c102-handout-early-vedic.txt.

Deterministic: reportlab with invariant=1, fixed document dates, no randomness.
Run: /usr/bin/python3 tools/make_pdf.py
"""
import os
import re

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "his-c102-handout-early-vedic.txt")
OUT = os.path.join(HERE, "..", "docs", "his-c102-handout-early-vedic.pdf")

PAGE_W, PAGE_H = A4
LM, RM, TM, BM = 2.2 * cm, 2.2 * cm, 2.4 * cm, 2.2 * cm
NUMCOL = 1.15 * cm

SERIF, SERIF_B, SERIF_I = "Times-Roman", "Times-Bold", "Times-Italic"
SANS, SANS_B = "Helvetica", "Helvetica-Bold"

st_univ = ParagraphStyle("univ", fontName=SANS, fontSize=9, leading=11,
                         alignment=TA_CENTER, textColor=colors.HexColor("#444444"))
st_course = ParagraphStyle("course", fontName=SANS_B, fontSize=10.5, leading=13,
                           alignment=TA_CENTER, spaceBefore=2)
st_title = ParagraphStyle("title", fontName=SERIF_B, fontSize=15, leading=19,
                          alignment=TA_CENTER, spaceBefore=8, spaceAfter=4)
st_byline = ParagraphStyle("byline", fontName=SERIF_I, fontSize=10, leading=12,
                           alignment=TA_CENTER, spaceAfter=6)
st_blurb = ParagraphStyle("blurb", fontName=SERIF, fontSize=9.5, leading=12,
                          alignment=TA_JUSTIFY, leftIndent=NUMCOL, spaceAfter=8)
st_h1 = ParagraphStyle("h1", fontName=SANS_B, fontSize=11.5, leading=14,
                       spaceBefore=10, spaceAfter=4, keepWithNext=1)
st_para = ParagraphStyle("para", fontName=SERIF, fontSize=10.5, leading=13.2,
                         alignment=TA_JUSTIFY, leftIndent=NUMCOL, bulletIndent=0,
                         bulletFontName=SANS_B, bulletFontSize=8.5, spaceAfter=5)
st_text = ParagraphStyle("text", parent=st_para, spaceAfter=6)
st_q = ParagraphStyle("q", parent=st_para, bulletFontName=SERIF, bulletFontSize=10.5,
                      spaceAfter=3)
st_cell = ParagraphStyle("cell", fontName=SERIF, fontSize=9, leading=10.8, alignment=TA_LEFT)
st_cellh = ParagraphStyle("cellh", fontName=SANS_B, fontSize=8.8, leading=10.8)
st_boxh = ParagraphStyle("boxh", fontName=SANS_B, fontSize=10, leading=12)
st_term = ParagraphStyle("term", fontName=SERIF_B, fontSize=9.5, leading=11.5)
st_def = ParagraphStyle("def", fontName=SERIF, fontSize=9.5, leading=11.5)
st_caption = ParagraphStyle("caption", fontName=SERIF_I, fontSize=9.5, leading=12,
                            leftIndent=NUMCOL, spaceBefore=2, spaceAfter=4)
st_noteh = ParagraphStyle("noteh", parent=st_h1, fontSize=10.5)
st_note = ParagraphStyle("note", fontName=SERIF, fontSize=9, leading=11,
                         leftIndent=NUMCOL, bulletIndent=0, bulletFontName=SERIF,
                         bulletFontSize=9, spaceAfter=2, alignment=TA_LEFT)

CONTENT_W = PAGE_W - LM - RM


def inline(s):
    s = s.replace("&", "&amp;") if "&amp;" not in s else s
    s = re.sub(r"\[(\d)\]", r"<super>[\1]</super>", s)
    return s


def parse(path):
    meta, items = {}, []
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not ln.strip():
            i += 1
            continue
        if ln.startswith("@"):
            k, v = ln[1:].split(":", 1)
            meta[k.strip()] = v.strip()
        elif ln.startswith("# "):
            num, head = ln[2:].split(" | ", 1)
            items.append(("h1", num, head))
        elif ln.startswith("P "):
            num, body = ln[2:].split(" | ", 1)
            items.append(("p", num, body))
        elif ln.startswith("TEXT | "):
            items.append(("text", None, ln[7:]))
        elif ln.startswith("Q "):
            num, body = ln[2:].split(" | ", 1)
            items.append(("q", num, body))
        elif ln.startswith("BOX "):
            title = ln[4:]
            rows = []
            i += 1
            while lines[i] != "ENDBOX":
                t, d = lines[i].split(" :: ", 1)
                rows.append((t, d))
                i += 1
            items.append(("box", title, rows))
        elif ln.startswith("TABLE "):
            cap = ln[6:]
            rows = []
            i += 1
            while lines[i] != "ENDTABLE":
                rows.append(lines[i].split(" | "))
                i += 1
            items.append(("table", cap, rows))
        elif ln == "NOTES":
            items.append(("notes", None, None))
        elif ln.startswith("["):
            num, body = ln.split(" | ", 1)
            items.append(("note", num, body))
        else:
            raise SystemExit("unparsed line: %r" % ln)
        i += 1
    return meta, items


class NumberedCanvas(rl_canvas.Canvas):
    """Canvas that knows the page count, for 'Page x of y'."""
    meta = {}

    def __init__(self, *a, **k):
        rl_canvas.Canvas.__init__(self, *a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.draw_furniture(n)
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)

    def draw_furniture(self, total):
        m = self.meta
        pg = self._pageNumber
        self.saveState()
        if pg > 1:
            self.setFont(SANS, 8)
            self.setFillColor(colors.HexColor("#333333"))
            self.drawString(LM, PAGE_H - 1.45 * cm, m["runhead"])
            self.drawRightString(PAGE_W - RM, PAGE_H - 1.45 * cm, "The Early Vedic Age")
            self.setLineWidth(0.5)
            self.line(LM, PAGE_H - 1.6 * cm, PAGE_W - RM, PAGE_H - 1.6 * cm)
        self.setFont(SANS, 7.5)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(LM, 1.2 * cm, m["footer"])
        self.drawRightString(PAGE_W - RM, 1.2 * cm, "Page %d of %d" % (pg, total))
        self.restoreState()


def build():
    meta, items = parse(SRC)
    story = []
    story.append(Paragraph(meta["university"], st_univ))
    story.append(Paragraph("%s &nbsp; %s" % (meta["course"], meta["coursetitle"]), st_course))
    story.append(Paragraph(meta["title"], st_title))
    story.append(Paragraph(meta["byline"], st_byline))
    story.append(Paragraph(meta["blurb"], st_blurb))

    for kind, a, b in items:
        if kind == "h1":
            story.append(Paragraph("%s.&nbsp;&nbsp;%s" % (a, inline(b)), st_h1))
        elif kind == "p":
            story.append(Paragraph(inline(b), st_para, bulletText=a))
        elif kind == "text":
            story.append(Paragraph(inline(b), st_text))
        elif kind == "q":
            story.append(Paragraph(inline(b), st_q, bulletText=a + "."))
        elif kind == "box":
            data = [[Paragraph(a, st_boxh), ""]]
            for t, d in b:
                data.append([Paragraph(t, st_term), Paragraph(d, st_def)])
            w = CONTENT_W - NUMCOL
            t = Table(data, colWidths=[2.6 * cm, w - 2.6 * cm], hAlign="RIGHT")
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F1F1F1")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]))
            story.append(Spacer(1, 4))
            story.append(KeepTogether([t]))
            story.append(Spacer(1, 8))
        elif kind == "table":
            data = []
            for r, row in enumerate(b):
                sty = st_cellh if r == 0 else st_cell
                data.append([Paragraph(c, sty) for c in row])
            w = CONTENT_W - NUMCOL
            t = Table(data, colWidths=[2.3 * cm, (w - 2.3 * cm) / 2, (w - 2.3 * cm) / 2],
                      hAlign="RIGHT", repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Paragraph(a, st_caption))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "notes":
            story.append(Spacer(1, 6))
            story.append(Paragraph("Notes", st_noteh))
        elif kind == "note":
            story.append(Paragraph(inline(b), st_note, bulletText=a))

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=TM, bottomMargin=BM,
                          title=meta["title"], author="Dr. S. Menon",
                          subject=meta["course"] + " " + meta["coursetitle"],
                          creator="HIS-C102 handouts", invariant=1)
    frame = Frame(LM, BM, CONTENT_W, PAGE_H - TM - BM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    NumberedCanvas.meta = meta
    doc.build(story, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    build()
