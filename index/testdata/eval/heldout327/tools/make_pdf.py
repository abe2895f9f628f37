#!/usr/bin/python3
"""Re-make docs/cag-report-ch3-natural-resources.pdf from tools/cag-report-ch3-natural-resources.txt.

The chapter imitates a CAG audit report printed from Word to PDF: A4, Times New Roman-like body
(Liberation Serif, embedded) with the rupee sign taken from a fallback font (DejaVu Sans) as Word
does when the body font lacks it; a chapter opening page with "Chapter 3", the title and an
italic summary between rules and no running head; numbered paragraph headings ("3.1", "3.1.1")
set in a hanging column with bold titles; justified paragraphs; tables with a caption above,
a shaded bold header row, grid lines and an italic "Source:" line below; boxed, shaded
"Recommendation" panels; superscript footnote calls with the notes set at the foot of the
page on which they are called, under a short rule (space is reserved on that page and the
chapter is laid out again until the pages stop changing); a running head from the second page
(chapter name, right, italic, with a rule) and a footer on every page (report name left, page
number right, rule above). Pages are numbered from 41, as in the middle of a report.

Source markup: "@report", "@running", "@firstpage", "@chapter", "@title", "@intro" (page
furniture and chapter opening); "@h2 N | T" and "@h3 N | T" numbered headings; "@table
Caption" then "! a | b" header and "| a | b" rows, then "@source T"; "@box Label | T" a
recommendation box; "@fn N | T" footnote texts; "[^N]" footnote calls; other lines are body
paragraphs.
Run: /usr/bin/python3 tools/make_pdf.py [OUT]   (byte-for-byte reproducible, invariant=1)
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
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "cag-report-ch3-natural-resources"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".pdf")

LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("TNR", LIB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("TNR-B", LIB + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("TNR-I", LIB + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("TNR-BI", LIB + "LiberationSerif-BoldItalic.ttf"))
pdfmetrics.registerFont(TTFont("RupeeFallback", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFontFamily("TNR", normal="TNR", bold="TNR-B", italic="TNR-I", boldItalic="TNR-BI")

PW, PH = A4
LM, RM, TM, BM = 2.54 * cm, 2.54 * cm, 2.7 * cm, 2.6 * cm
TW = PW - LM - RM
FH = PH - TM - BM
NUMW = 1.25 * cm

body = ParagraphStyle("body", fontName="TNR", fontSize=11.5, leading=15.2, alignment=TA_JUSTIFY,
                      leftIndent=NUMW, spaceAfter=7)
intro = ParagraphStyle("intro", parent=body, fontName="TNR-I", fontSize=11, leading=14.5,
                       leftIndent=0, spaceAfter=0)
chap = ParagraphStyle("chap", fontName="TNR-B", fontSize=18, leading=22, alignment=TA_CENTER,
                      spaceAfter=6)
title = ParagraphStyle("title", fontName="TNR-B", fontSize=14, leading=18, alignment=TA_CENTER,
                       spaceAfter=10)
h2num = ParagraphStyle("h2num", fontName="TNR-B", fontSize=12.5, leading=15.5)
h3num = ParagraphStyle("h3num", fontName="TNR-B", fontSize=11.5, leading=14.5)
cap = ParagraphStyle("cap", fontName="TNR-B", fontSize=10.5, leading=13, alignment=TA_CENTER,
                     spaceBefore=4, spaceAfter=4)
cell = ParagraphStyle("cell", fontName="TNR", fontSize=10.5, leading=13)
cellr = ParagraphStyle("cellr", parent=cell, alignment=TA_RIGHT)
cellh = ParagraphStyle("cellh", fontName="TNR-B", fontSize=10.5, leading=13)
source = ParagraphStyle("source", fontName="TNR-I", fontSize=9.5, leading=12, leftIndent=NUMW,
                        spaceBefore=3, spaceAfter=9)
boxlab = ParagraphStyle("boxlab", fontName="TNR-B", fontSize=11.5, leading=14.5, spaceAfter=3)
boxtxt = ParagraphStyle("boxtxt", fontName="TNR-I", fontSize=11.5, leading=14.5, alignment=TA_JUSTIFY)
fnst = ParagraphStyle("fn", fontName="TNR", fontSize=9, leading=11, alignment=TA_JUSTIFY,
                      leftIndent=9, firstLineIndent=-9)
FN_RULE_GAP = 10

PAGES = {}  # footnote number -> page of its call, filled while drawing


class RecordingCanvas(rl_canvas.Canvas):
    """Notes on which page each footnote call (an <a name="fnN"/> anchor) is drawn."""

    def bookmarkHorizontal(self, key, relativeX, relativeY, **kw):
        if key.startswith("fn"):
            PAGES[int(key[2:])] = self.getPageNumber()
        return rl_canvas.Canvas.bookmarkHorizontal(self, key, relativeX, relativeY, **kw)


def mk(s):
    """Source text to reportlab markup: escape, rupee fallback font, footnote calls."""
    s = escape(s)
    s = s.replace("₹ ", "₹\u00a0").replace("₹", '<font name="RupeeFallback">₹</font>')
    s = re.sub(r"\[\^(\d+)\]", r'<a name="fn\1"/><super>\1</super>', s)
    return s


class Doc(BaseDocTemplate):
    def __init__(self, out, meta, notes, reserve, **kw):
        super().__init__(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                         bottomMargin=BM, title=meta["chapter"] + " - " + meta["title"],
                         author="Comptroller and Auditor General of India",
                         subject=meta["report"], creator="Microsoft\u00ae Word 2019",
                         producer="Microsoft\u00ae Word 2019", **kw)
        self.meta, self.notes, self.reserve = meta, notes, reserve
        frame = Frame(LM, BM, TW, FH, id="body", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.furniture)])

    def handle_pageBegin(self):
        page = self.page + 1
        fr = self.pageTemplate.frames[0]
        res = self.reserve.get(page, 0)
        fr._y1 = BM + res
        fr._height = FH - res
        fr._geom()
        super().handle_pageBegin()

    def furniture(self, canv, doc):
        page = canv.getPageNumber()
        shown = int(self.meta["firstpage"]) + page - 1
        canv.saveState()
        if page > 1:
            canv.setFont("TNR-I", 9.5)
            canv.drawRightString(PW - RM, PH - TM + 16, self.meta["running"])
            canv.setLineWidth(0.5)
            canv.line(LM, PH - TM + 11, PW - RM, PH - TM + 11)
        canv.setLineWidth(0.5)
        canv.line(LM, BM - 14, PW - RM, BM - 14)
        canv.setFont("TNR", 8.5)
        canv.drawString(LM, BM - 26, self.meta["report"])
        canv.setFont("TNR-B", 10)
        canv.drawRightString(PW - RM, BM - 26, str(shown))
        notes = [n for n in sorted(self.notes) if self.pages_of.get(n) == page]
        if notes:
            paras = [Paragraph('<super>%d</super> %s' % (n, mk(self.notes[n])), fnst) for n in notes]
            heights = [p.wrap(TW, PH)[1] for p in paras]
            y = BM + sum(heights) + 2 * (len(paras) - 1)
            canv.setLineWidth(0.5)
            canv.line(LM, y + 5, LM + 5 * cm, y + 5)
            for p, h in zip(paras, heights):
                p.drawOn(canv, LM, y - h)
                y -= h + 2
        canv.restoreState()


def heading(num, text, style):
    t = Table([[Paragraph(num, style), Paragraph(mk(text), style)]], colWidths=[NUMW, TW - NUMW])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def story_from(lines):
    meta, notes, story = {}, {}, []
    table, table_cap = None, None
    pending = []  # flowables kept with the next one (headings, captions)

    def add(fl, keep=False):
        pending.append(fl)
        if not keep:
            story.append(KeepTogether(pending[:]) if len(pending) > 1 else pending[0])
            pending.clear()

    def flush_table():
        nonlocal table, table_cap
        rows = []
        for i, r in enumerate(table):
            st = cellh if i == 0 else cell
            rows.append([Paragraph(mk(r[0]), st), Paragraph(mk(r[1]), st if i == 0 else cellr)])
        t = Table(rows, colWidths=[(TW - NUMW) * 0.66, (TW - NUMW) * 0.34], hAlign="RIGHT",
                  repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
        add(Paragraph(mk(table_cap), cap), keep=True)
        add(t, keep=True)
        table, table_cap = None, None

    for line in lines:
        if not line.strip():
            continue
        m = re.match(r"@(report|running|firstpage|chapter|title) (.*)", line)
        if m:
            meta[m.group(1)] = m.group(2)
            if m.group(1) == "chapter":
                story.append(Spacer(1, 30))
                story.append(Paragraph(mk(m.group(2)), chap))
            if m.group(1) == "title":
                story.append(Paragraph(mk(m.group(2)), title))
            continue
        if line.startswith("@intro "):
            t = Table([[Paragraph(mk(line[7:]), intro)]], colWidths=[TW])
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor("#1F3864")),
                                   ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.HexColor("#1F3864")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            story.append(t)
            story.append(Spacer(1, 14))
            continue
        if table is not None and not (line.startswith("| ") or line.startswith("! ")):
            flush_table()
        m = re.match(r"@(h2|h3) ([\d.]+) \| (.*)", line)
        if m:
            lvl, num, text = m.groups()
            add(Spacer(1, 10 if lvl == "h2" else 5), keep=True)
            add(heading(num, text, h2num if lvl == "h2" else h3num), keep=True)
            add(Spacer(1, 5 if lvl == "h2" else 4), keep=lvl == "h2" or True)
            continue
        if line.startswith("@table "):
            table, table_cap = [], line[7:]
            continue
        if line.startswith("! ") or line.startswith("| "):
            table.append([c.strip() for c in line[2:].split(" | ")])
            continue
        if line.startswith("@source "):
            add(Paragraph(mk(line[8:]), source))
            continue
        if line.startswith("@box "):
            lab, text = line[5:].split(" | ", 1)
            inner = [Paragraph(mk(lab), boxlab), Paragraph(mk(text), boxtxt)]
            t = Table([[inner]], colWidths=[TW - NUMW], hAlign="RIGHT")
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1F3864")),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EAF1DD")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            add(t, keep=True)
            add(Spacer(1, 10))
            continue
        m = re.match(r"@fn (\d+) \| (.*)", line)
        if m:
            notes[int(m.group(1))] = m.group(2)
            continue
        add(Paragraph(mk(line), body))
    if table is not None:
        flush_table()
    if pending:
        story.extend(pending)
    return meta, notes, story


def reserve_for(notes, pages):
    res = {}
    for n, pg in pages.items():
        h = Paragraph('<super>%d</super> %s' % (n, mk(notes[n])), fnst).wrap(TW, PH)[1]
        res[pg] = res.get(pg, FN_RULE_GAP) + h + 2
    return res


def build(out):
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    pages_prev = None
    reserve = {}
    for _ in range(8):
        PAGES.clear()
        meta, notes, story = story_from(lines)
        doc = Doc(out, meta, notes, reserve)
        doc.pages_of = dict(pages_prev or {})
        doc.build(story, canvasmaker=RecordingCanvas)
        found = dict(PAGES)
        if found == pages_prev:
            return
        pages_prev = found
        reserve = reserve_for(notes, found)
    raise SystemExit("footnote layout did not settle")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
