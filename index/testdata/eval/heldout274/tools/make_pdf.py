#!/usr/bin/python3
"""Make docs/rbi-bulletin-core-inflation.pdf from tools/rbi-bulletin-core-inflation.txt.

The PDF imitates an article in the Reserve Bank of India's monthly Bulletin: A4, a running head
("ARTICLE" on the left, the article's short title on the right, a thin rule under it) and a
running foot ("RBI Bulletin September 2025" and the page number, swapping sides on even and odd
pages, numbered from the issue's page 71); a bold sans-serif title, a by-line ending in "^" whose
note (the authors' department and the usual disclaimer) sits at the foot of the first page; an
italic abstract between two rules; Roman-numbered sans-serif section headings; justified serif
text; numbered footnotes set at the foot of the page on which they are called, under a short
rule (space is reserved per page and the document laid out again until stable); a table with a
shaded header row, a bold caption above and Note/Source lines below; a line chart drawn with
reportlab.graphics (title, units, gridlines, y-axis ticks, month labels, legend, source line);
and a reference list with hanging indents.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [output.pdf]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "rbi-bulletin-core-inflation.txt")
OUT = os.path.join(HERE, "..", "docs", "rbi-bulletin-core-inflation.pdf")

PW, PH = A4
LM = RM = 2.3 * cm
TM = 2.6 * cm
BM = 2.5 * cm
TW = PW - LM - RM
RBI_BLUE = colors.HexColor("#1F3F77")
SHADE = colors.HexColor("#DCE6F2")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.6,
                      alignment=TA_JUSTIFY, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                      textColor=RBI_BLUE, spaceBefore=9, spaceAfter=5)
title_st = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19,
                          textColor=RBI_BLUE, alignment=TA_LEFT, spaceAfter=8)
author_st = ParagraphStyle("author", fontName="Helvetica-Oblique", fontSize=10, leading=13,
                           spaceAfter=10)
abs_st = ParagraphStyle("abs", fontName="Times-Italic", fontSize=10.5, leading=13.4,
                        alignment=TA_JUSTIFY)
cap_st = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9, leading=11,
                        alignment=TA_CENTER, spaceAfter=4, textColor=RBI_BLUE)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9, leading=10.8)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)
small = ParagraphStyle("small", fontName="Times-Roman", fontSize=8, leading=10)
fn_st = ParagraphStyle("fn", fontName="Times-Roman", fontSize=8, leading=9.8,
                       alignment=TA_JUSTIFY, leftIndent=8, firstLineIndent=-8)
ref_st = ParagraphStyle("ref", parent=body, fontSize=9.5, leading=12, leftIndent=18,
                        firstLineIndent=-18, alignment=TA_LEFT, spaceAfter=3)

# Monthly y-o-y inflation, January 2023 to September 2025 (per cent), for Chart 1.
HEADLINE = [6.52, 6.44, 5.66, 4.70, 4.31, 4.87, 7.44, 6.83, 5.02, 4.87, 5.55, 5.69,
            5.10, 5.09, 4.85, 4.83, 4.80, 5.08, 3.60, 3.65, 5.49, 6.21, 5.48, 5.22,
            4.26, 3.61, 3.34, 3.16, 2.82, 2.10, 1.61, 2.07, 1.54]
CORE = [6.1, 6.1, 5.8, 5.2, 5.1, 5.1, 4.9, 4.8, 4.5, 4.3, 4.1, 3.9,
        3.6, 3.4, 3.3, 3.2, 3.1, 3.1, 3.4, 3.4, 3.5, 3.7, 3.6, 3.6,
        3.7, 4.1, 4.1, 4.2, 4.2, 4.4, 4.1, 4.2, 4.5]
MONTHS = ["Jan-23", "Jul-23", "Jan-24", "Jul-24", "Jan-25", "Jul-25"]


def tex(s):
    s = escape(s)
    s = s.replace("'", "\u2019")
    s = re.sub(r"\*([^*]+)\*", r"<i>\1</i>", s)
    s = re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", s)
    return s


class State:
    def __init__(self):
        self.page_fns = {}
        self.reserve = {}
        self.fn_text = {}
        self.front = {}


ST = State()


def _frags(frags):
    for f in frags or []:
        if isinstance(f, (list, tuple)):
            yield from _frags(f)
        elif hasattr(f, "words"):
            yield from _frags(f.words)
        elif hasattr(f, "text"):
            yield f


class FnPara(Paragraph):
    """Records, when drawn, the footnotes called in the part of it on this page."""

    def draw(self):
        page = self.canv.getPageNumber()
        for f in _frags(self.frags):
            if getattr(f, "rise", 0) > 0 and f.text.strip().isdigit():
                ST.page_fns.setdefault(page, []).append(f.text.strip())
        Paragraph.draw(self)


def fn_paras(page, nums):
    out = []
    if page == 1:
        out.append(Paragraph(tex(ST.front["@authorfn"]), fn_st))
    for n in nums:
        out.append(Paragraph("<super>%s</super> %s" % (n, tex(ST.fn_text[n])), fn_st))
    return out


def fn_height(page, nums):
    paras = fn_paras(page, nums)
    if not paras:
        return 0
    return sum(p.wrap(TW, PH)[1] + 2 for p in paras) + 12


def on_page(canv, doc):
    page = doc.page
    reserve = ST.reserve.get(page, fn_height(1, []) if page == 1 else 0)
    doc.pageTemplate.frames = [Frame(LM, BM + reserve, TW, PH - TM - BM - reserve,
                                     leftPadding=0, rightPadding=0, topPadding=0,
                                     bottomPadding=0, id="body%d" % page)]


def on_page_end(canv, doc):
    page = doc.page
    number = int(ST.front["@firstpage"]) + page - 1
    canv.saveState()
    canv.setFillColor(RBI_BLUE)
    canv.setFont("Helvetica-Bold", 8.5)
    canv.drawString(LM, PH - TM + 16, "ARTICLE")
    canv.setFont("Helvetica-Oblique", 8.5)
    canv.drawRightString(PW - RM, PH - TM + 16, ST.front["@runtitle"])
    canv.setStrokeColor(RBI_BLUE)
    canv.setLineWidth(0.6)
    canv.line(LM, PH - TM + 11, PW - RM, PH - TM + 11)
    nums = ST.page_fns.get(page, [])
    paras = fn_paras(page, nums)
    if paras:
        y = BM + fn_height(page, nums) - 4
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.4)
        canv.line(LM, y, LM + 4.5 * cm, y)
        y -= 5
        for p in paras:
            w, h = p.wrap(TW, PH)
            p.drawOn(canv, LM, y - h)
            y -= h + 2
    canv.setStrokeColor(RBI_BLUE)
    canv.setLineWidth(0.6)
    canv.line(LM, 1.7 * cm, PW - RM, 1.7 * cm)
    canv.setFillColor(RBI_BLUE)
    canv.setFont("Helvetica", 8.5)
    if number % 2:
        canv.drawString(LM, 1.25 * cm, ST.front["@issue"])
        canv.drawRightString(PW - RM, 1.25 * cm, str(number))
    else:
        canv.drawString(LM, 1.25 * cm, str(number))
        canv.drawRightString(PW - RM, 1.25 * cm, ST.front["@issue"])
    canv.restoreState()


def chart(n, title, units, source):
    d = Drawing(TW, 200)
    lp = LinePlot()
    lp.x, lp.y, lp.width, lp.height = 40, 52, TW - 70, 118
    lp.data = [list(enumerate(HEADLINE)), list(enumerate(CORE))]
    lp.lines[0].strokeColor = RBI_BLUE
    lp.lines[0].strokeWidth = 1.4
    lp.lines[1].strokeColor = colors.HexColor("#C0504D")
    lp.lines[1].strokeWidth = 1.4
    lp.lines[1].strokeDashArray = [3, 2]
    lp.xValueAxis.valueMin, lp.xValueAxis.valueMax = 0, len(HEADLINE) - 1
    lp.xValueAxis.valueSteps = [0, 6, 12, 18, 24, 30]
    lp.xValueAxis.labelTextFormat = lambda v: MONTHS[int(v) // 6]
    lp.xValueAxis.labels.fontName = "Helvetica"
    lp.xValueAxis.labels.fontSize = 7.5
    lp.xValueAxis.labels.dy = -4
    lp.yValueAxis.valueMin, lp.yValueAxis.valueMax = 0, 8
    lp.yValueAxis.valueSteps = [0, 2, 4, 6, 8]
    lp.yValueAxis.labels.fontName = "Helvetica"
    lp.yValueAxis.labels.fontSize = 7.5
    lp.yValueAxis.visibleGrid = 1
    lp.yValueAxis.gridStrokeColor = colors.HexColor("#BFBFBF")
    lp.yValueAxis.gridStrokeWidth = 0.3
    lp.yValueAxis.gridStart, lp.yValueAxis.gridEnd = lp.x, lp.x + lp.width
    d.add(lp)
    d.add(String(TW / 2, 188, "Chart %s: %s" % (n, title), fontName="Helvetica-Bold",
                 fontSize=9, fillColor=RBI_BLUE, textAnchor="middle"))
    d.add(String(TW / 2, 177, units, fontName="Helvetica", fontSize=7.5, textAnchor="middle"))
    # tolerance band lines at 2 and 6 per cent
    for v in (2, 6):
        yy = lp.y + lp.height * v / 8.0
        d.add(Line(lp.x, yy, lp.x + lp.width, yy, strokeColor=colors.HexColor("#7F7F7F"),
                   strokeWidth=0.6, strokeDashArray=[1, 2]))
    lx = 60
    d.add(Line(lx, 22, lx + 18, 22, strokeColor=RBI_BLUE, strokeWidth=1.4))
    d.add(String(lx + 22, 19.5, "CPI headline", fontName="Helvetica", fontSize=7.5))
    lx2 = lx + 120
    d.add(Line(lx2, 22, lx2 + 18, 22, strokeColor=colors.HexColor("#C0504D"), strokeWidth=1.4,
               strokeDashArray=[3, 2]))
    d.add(String(lx2 + 22, 19.5, "CPI excluding food and fuel", fontName="Helvetica",
                 fontSize=7.5))
    lx3 = lx2 + 150
    d.add(Line(lx3, 22, lx3 + 18, 22, strokeColor=colors.HexColor("#7F7F7F"), strokeWidth=0.6,
               strokeDashArray=[1, 2]))
    d.add(String(lx3 + 22, 19.5, "Tolerance band (2-6)", fontName="Helvetica", fontSize=7.5))
    d.add(String(0, 3, source, fontName="Helvetica", fontSize=7))
    box = Table([[d]], colWidths=[TW])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, RBI_BLUE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 4),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [Spacer(1, 4), box, Spacer(1, 10)]


def table(caption, rows, notes):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(tex(c), cellh if i == 0 else cell) for c in r.split(" | ")])
    t = Table(data, colWidths=[5.2 * cm, 5.0 * cm, TW - 10.2 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, RBI_BLUE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RBI_BLUE),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#A6A6A6")),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, RBI_BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    parts = [Paragraph(tex(caption), cap_st), t, Spacer(1, 3)]
    parts += [Paragraph(tex(n), small) for n in notes]
    return [KeepTogether(parts), Spacer(1, 10)]


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    story, para = [], []
    tab = None
    refs = False

    def flush():
        if para:
            text = " ".join(para)
            cls = FnPara if "[^" in text else Paragraph
            story.append(cls(tex(text), ref_st if refs else body))
            para.clear()

    for line in lines:
        s = line.strip()
        if tab is not None:
            if s == "@endtable":
                story.extend(table(tab[0], tab[1], tab[2]))
                tab = None
            elif s.startswith("@note ") or s.startswith("@source "):
                tab[2].append(s.split(" ", 1)[1])
            elif s:
                tab[1].append(s)
            continue
        if refs and s:
            story.append(Paragraph(tex(s), ref_st))
            continue
        if s.startswith("@fn "):
            flush()
            n, text = s[4:].split(" ", 1)
            ST.fn_text[n] = text
        elif s.startswith("@"):
            flush()
            key, _, val = s.partition(" ")
            if key == "@table":
                tab = (val, [], [])
            elif key == "@chart":
                story.extend(chart(*val.split("|")))
            elif key == "@abstract":
                abs_t = Table([[Paragraph(tex(val), abs_st)]], colWidths=[TW])
                abs_t.setStyle(TableStyle([
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, RBI_BLUE),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.8, RBI_BLUE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
                story.extend([abs_t, Spacer(1, 8)])
            elif key == "@refs":
                story.append(Paragraph("References", head))
                refs = True
            else:
                ST.front[key] = val
                if key == "@authors":
                    story.insert(0, Paragraph(tex(ST.front["@title"]), title_st))
                    story.insert(1, Paragraph(tex(val), author_st))
        elif s.startswith("# "):
            flush()
            story.append(KeepTogether([Paragraph(tex(s[2:]), head)]))
        elif s.startswith("- "):
            flush()
            cls = FnPara if "[^" in s else Paragraph
            story.append(cls(tex(s[2:]), bullet, bulletText="\u2022"))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()
    return story


def layout(out):
    ST.page_fns = {}
    ST.front = {}
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM,
                          title="Measuring Underlying Inflation in India: Core Measures under "
                                "Flexible Inflation Targeting",
                          author="Reserve Bank of India", subject="RBI Bulletin September 2025",
                          creator="Adobe InDesign 18.5 (Windows)",
                          producer="Adobe PDF Library 17.0", invariant=1)
    frame = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="main", frames=[frame], onPage=on_page,
                                       onPageEnd=on_page_end)])
    doc.build(story_from(read_source()))
    return {p: list(v) for p, v in ST.page_fns.items()}


def build(out):
    prev = None
    for _ in range(8):
        got = layout(out)
        if got == prev:
            break
        prev = got
        ST.reserve = {p: fn_height(p, v) for p, v in got.items()}
        ST.reserve.setdefault(1, fn_height(1, []))
    layout(out)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
