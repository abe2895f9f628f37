#!/usr/bin/python3
"""Make docs/panchayat-finances-pesa-class-notes.pdf from tools/panchayat-finances-pesa-class-notes.txt.

The PDF imitates a student's typed class notes (written in Word and saved as PDF, Arial-like
Liberation Sans) on a template with a ruled, narrow right-hand column headed "Teacher's remarks",
in which the teacher's comments are set in a narrow italic dark-red face beside the block they
belong to, with a red bar at their left. A note that would overlap the one above it is pushed
down. Every page has a running head (course line left, "Class notes - Session 14 (typed)" right,
rule below) and a foot line (student's name and "Page n of N"); page 1 has the title block, a
grey meta line and a red "CHECKED" stamp in the margin column.

"Page n of N" is filled in by laying the document out twice.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import io
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "panchayat-finances-pesa-class-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "panchayat-finances-pesa-class-notes.pdf")
FONTS = "/usr/share/fonts/truetype/liberation"

pdfmetrics.registerFont(TTFont("Arial", os.path.join(FONTS, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Arial-Bold", os.path.join(FONTS, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Arial-Italic", os.path.join(FONTS, "LiberationSans-Italic.ttf")))
pdfmetrics.registerFont(TTFont("Arial-BoldItalic", os.path.join(FONTS, "LiberationSans-BoldItalic.ttf")))
pdfmetrics.registerFont(TTFont("ArialNarrow-Italic", os.path.join(FONTS, "LiberationSansNarrow-Italic.ttf")))
pdfmetrics.registerFont(TTFont("ArialNarrow-Bold", os.path.join(FONTS, "LiberationSansNarrow-Bold.ttf")))
addMapping("Arial", 0, 0, "Arial")
addMapping("Arial", 1, 0, "Arial-Bold")
addMapping("Arial", 0, 1, "Arial-Italic")
addMapping("Arial", 1, 1, "Arial-BoldItalic")

PW, PH = A4
LM = 2.0 * cm           # left margin
BW = 12.3 * cm          # body column
GAP = 0.55 * cm         # body to rule, and rule to margin column
MX = LM + BW + 2 * GAP  # margin column x
MW = 3.9 * cm           # margin column width
RULE_X = LM + BW + GAP
TM = 2.5 * cm
BM = 2.2 * cm
RED = colors.HexColor("#B0122B")
BLUE = colors.HexColor("#1F3864")
GREY = colors.HexColor("#595959")

body = ParagraphStyle("body", fontName="Arial", fontSize=10.5, leading=14, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
sub_bullet = ParagraphStyle("subbullet", parent=bullet, leftIndent=30, bulletIndent=18)
lettered = ParagraphStyle("lettered", parent=body, leftIndent=22, bulletIndent=2, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Arial-Bold", fontSize=12.5, leading=16, textColor=BLUE,
                    spaceBefore=10, spaceAfter=5, keepWithNext=1)
h2 = ParagraphStyle("h2", fontName="Arial-BoldItalic", fontSize=11, leading=14, textColor=BLUE,
                    spaceBefore=6, spaceAfter=4, keepWithNext=1)
title_st = ParagraphStyle("title", fontName="Arial-Bold", fontSize=15, leading=19, spaceAfter=4)
meta_st = ParagraphStyle("meta", fontName="Arial", fontSize=9, leading=12, textColor=GREY,
                         spaceAfter=8)
note_st = ParagraphStyle("note", fontName="ArialNarrow-Italic", fontSize=9, leading=11.2,
                         textColor=RED)
box_st = ParagraphStyle("box", fontName="Arial-Italic", fontSize=10.5, leading=14)
cap_st = ParagraphStyle("cap", fontName="Arial-Bold", fontSize=9.5, leading=12, spaceBefore=4,
                        spaceAfter=3, keepWithNext=1)
cell = ParagraphStyle("cell", fontName="Arial", fontSize=9, leading=11.2)
cellh = ParagraphStyle("cellh", fontName="Arial-Bold", fontSize=9, leading=11.2)


class State:
    total = 0
    front = {}
    note_floor = {}     # page -> lowest y reached by a margin note on that page


ST = State()


def md(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<i>\1</i>", s)
    return s


class WithNote(Flowable):
    """A body flowable with the teacher's note set beside its top in the margin column."""

    def __init__(self, inner, note):
        Flowable.__init__(self)
        self.inner = inner
        self.note = note
        self.keepWithNext = inner.getKeepWithNext()

    def wrap(self, aw, ah):
        self.width, self.height = self.inner.wrapOn(self.canv, aw, ah)
        return self.width, self.height

    def split(self, aw, ah):
        parts = self.inner.split(aw, ah)
        if not parts:
            return []
        return [WithNote(parts[0], self.note)] + list(parts[1:])

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def drawOn(self, canv, x, y, _sW=0):
        self.inner.drawOn(canv, x, y, _sW)
        page = canv.getPageNumber()
        p = Paragraph(md(self.note), note_st)
        w, h = p.wrap(MW - 6, PH)
        top = y + self.height - 1
        floor = ST.note_floor.get(page, PH)
        if top > floor - 6:
            top = floor - 6
        canv.saveState()
        canv.setStrokeColor(RED)
        canv.setLineWidth(1.2)
        canv.line(MX, top - h + 1, MX, top + 1)
        canv.restoreState()
        p.drawOn(canv, MX + 6, top - h)
        ST.note_floor[page] = top - h


def on_page(canv, doc):
    page = doc.page
    canv.saveState()
    # running head
    canv.setFont("Arial", 8.5)
    canv.setFillColor(GREY)
    canv.drawString(LM, PH - 1.5 * cm, ST.front["@header"])
    canv.drawRightString(MX + MW, PH - 1.5 * cm, ST.front["@header-right"])
    canv.setStrokeColor(GREY)
    canv.setLineWidth(0.5)
    canv.line(LM, PH - 1.62 * cm, MX + MW, PH - 1.62 * cm)
    # margin column: rule and heading
    canv.setStrokeColor(colors.HexColor("#BFBFBF"))
    canv.setLineWidth(0.6)
    canv.line(RULE_X, BM - 0.2 * cm, RULE_X, PH - TM + 0.3 * cm)
    canv.setFont("ArialNarrow-Bold", 8)
    canv.setFillColor(GREY)
    canv.drawString(MX, PH - TM + 0.05 * cm, "TEACHER'S REMARKS")
    if page == 1:
        canv.setStrokeColor(RED)
        canv.setFillColor(RED)
        canv.setLineWidth(1.3)
        canv.roundRect(MX, PH - TM - 2.35 * cm, 3.2 * cm, 0.9 * cm, 4, stroke=1, fill=0)
        canv.setFont("ArialNarrow-Bold", 10)
        canv.drawCentredString(MX + 1.6 * cm, PH - TM - 1.8 * cm, ST.front["@stamp"])
        ST.note_floor[page] = PH - TM - 2.55 * cm
    # foot
    canv.setStrokeColor(GREY)
    canv.setLineWidth(0.5)
    canv.line(LM, 1.45 * cm, MX + MW, 1.45 * cm)
    canv.setFont("Arial", 8.5)
    canv.setFillColor(GREY)
    canv.drawString(LM, 1.05 * cm, "Kavya S. - Session 14 notes - GS-II Local Government")
    canv.drawRightString(MX + MW, 1.05 * cm, "Page %d of %d" % (page, ST.total or 0))
    canv.restoreState()


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    story = []
    para = []
    table, caption = None, ""
    anchor = [None]     # where a following @note attaches (the caption of a table)

    def flush():
        if para:
            story.append(Paragraph(md(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.rstrip()
        if table is not None:
            if s.strip() == "@endtable":
                rows = [r.split(" | ") for r in table]
                data = [[Paragraph(md(c), cellh if i == 0 else cell) for c in r]
                        for i, r in enumerate(rows)]
                n = len(rows[0])
                widths = ([2.9 * cm, 5.0 * cm, BW - 7.9 * cm] if n == 3 else
                          [1.1 * cm, 1.9 * cm, 2.9 * cm, BW - 5.9 * cm])
                t = Table(data, colWidths=widths, repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]))
                story.extend([Paragraph(md(caption), cap_st), t, Spacer(1, 8)])
                anchor[0] = len(story) - 3
                table = None
            elif s.strip():
                table.append(s.strip())
            continue
        st = s.strip()
        if not st.startswith("@note ") and st:
            anchor[0] = None
        if st.startswith("@note "):
            flush()
            i = anchor[0] if anchor[0] is not None else len(story) - 1
            story[i] = WithNote(story[i], st[6:])
            anchor[0] = None
            continue
        elif st.startswith("@table "):
            flush()
            table, caption = [], st[7:]
        elif st.startswith("@box "):
            flush()
            b = Table([[Paragraph(md(st[5:]), box_st)]], colWidths=[BW])
            b.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F2F2")),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, BLUE),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            story.extend([Spacer(1, 3), b, Spacer(1, 8)])
        elif st.startswith("@"):
            flush()
            key, _, val = st.partition(" ")
            ST.front[key] = val
        elif st.startswith("## "):
            flush()
            story.append(Paragraph(md(st[3:]), h2))
        elif st.startswith("# "):
            flush()
            story.append(Paragraph(md(st[2:]), h1))
        elif s.startswith("  - "):
            flush()
            story.append(Paragraph(md(st[2:]), sub_bullet, bulletText="\u2013"))
        elif st.startswith("- "):
            flush()
            story.append(Paragraph(md(st[2:]), bullet, bulletText="\u2022"))
        elif re.match(r"\([a-z]\) ", st):
            flush()
            story.append(Paragraph(md(st[4:]), lettered, bulletText=st[:3]))
        elif not st:
            flush()
        else:
            para.append(st)
    flush()
    head = [Paragraph(md(ST.front["@title"]), title_st),
            Paragraph(md(ST.front["@meta"]), meta_st)]
    return head + story


def layout(out):
    ST.note_floor = {}
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=PW - LM - BW,
                          topMargin=TM, bottomMargin=BM,
                          title="Session 14 - Panchayat finances, 3Fs and PESA",
                          author="Kavya S", subject="GS-II Local Government",
                          creator="Microsoft\u00ae Word for Microsoft 365",
                          producer="Microsoft\u00ae Word for Microsoft 365", invariant=1)
    frame = Frame(LM, BM, BW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="notes", frames=[frame], onPage=on_page)])
    doc.build(story_from(read_source()))
    return doc.page


def build():
    ST.total = 0
    ST.total = layout(io.BytesIO())
    layout(OUT)


if __name__ == "__main__":
    build()
