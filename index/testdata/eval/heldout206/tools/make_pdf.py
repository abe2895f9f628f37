#!/usr/bin/python3
"""Re-make docs/pathway-nov-2025-monsoon-review.pdf from tools/pathway-nov-2025-monsoon-review.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUTPUT]
(OUTPUT defaults to the file in docs/). The output is byte-for-byte reproducible
(reportlab invariant=1).

The source is one article of a coaching institute's monthly magazine, set like the printed
pages: a masthead block across page 1 (kicker, title, deck, byline, a "Why in news" band), then
two justified columns; section headings without numbers; two pull quotes between coloured rules
that repeat a sentence of the text; a bar chart (Figure 1) with a caption; a table; three boxes
(a dated diary, prelims pointers, a Mains question); and the page furniture of a magazine - a
running head over a rule, a coloured section tab on the outer edge of every page, a footer with
the issue line and the magazine page number on the outer side (the article starts on page
@firstpage), and a full-width advertisement strip across the foot of the last page.
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, FrameBreak,
                                KeepTogether, NextPageTemplate, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pathway-nov-2025-monsoon-review.txt")
OUT = os.path.join(HERE, "..", "docs", "pathway-nov-2025-monsoon-review.pdf")

W, H = A4
MARGIN = 1.75 * cm
TOP = 2.15 * cm
BOTTOM = 1.95 * cm
GUTTER = 0.65 * cm
COL_W = (W - 2 * MARGIN - GUTTER) / 2
FULL_W = W - 2 * MARGIN
AD_H = 16.5 * cm

NAVY = colors.HexColor("#12355B")
SAFFRON = colors.HexColor("#E07A1F")
SHADE = colors.HexColor("#FDF1E4")
GREY = colors.HexColor("#5A5A5A")
BAND = colors.HexColor("#DCE8F2")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.9,
                      alignment=TA_JUSTIFY, firstLineIndent=10, spaceAfter=0)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
bullet = ParagraphStyle("bullet", parent=body0, leftIndent=10, bulletIndent=1, spaceBefore=2,
                        spaceAfter=1)
head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                      textColor=NAVY, spaceBefore=9, spaceAfter=3)
kicker = ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=8.2, leading=10,
                        textColor=SAFFRON, spaceAfter=5)
title = ParagraphStyle("title", fontName="Times-Bold", fontSize=30, leading=34, textColor=NAVY,
                       spaceAfter=7)
deck = ParagraphStyle("deck", fontName="Times-Italic", fontSize=12.5, leading=15.5,
                      alignment=TA_LEFT, spaceAfter=6)
byline = ParagraphStyle("byline", fontName="Helvetica", fontSize=8, leading=10, textColor=GREY,
                        spaceAfter=8)
why = ParagraphStyle("why", fontName="Helvetica", fontSize=8.8, leading=11.4)
pull = ParagraphStyle("pull", fontName="Times-BoldItalic", fontSize=13, leading=16,
                      textColor=SAFFRON, alignment=TA_LEFT)
cap = ParagraphStyle("cap", fontName="Helvetica", fontSize=7.6, leading=9.4, textColor=GREY)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.8, leading=9.4)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=7.8, leading=9.4,
                       textColor=colors.white)
tcap = ParagraphStyle("tcap", fontName="Helvetica-Bold", fontSize=8, leading=10, textColor=NAVY,
                      spaceBefore=4, spaceAfter=3)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=9, leading=11,
                      textColor=colors.white)
boxt = ParagraphStyle("boxt", fontName="Helvetica", fontSize=8.3, leading=10.4)
boxb = ParagraphStyle("boxb", parent=boxt, leftIndent=9, bulletIndent=0, bulletFontSize=6,
                      bulletColor=SAFFRON, spaceBefore=1.5)
date_st = ParagraphStyle("date", fontName="Helvetica-Bold", fontSize=8.3, leading=10.4,
                         textColor=SAFFRON)

meta = {}
STATE = {"ad_page": None, "pages": 0}


def markup(s):
    s = escape(s)
    s = s.replace("'", "\u2019")
    s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"\*([^*]+)\*", r"<i>\1</i>", s)
    s = re.sub(r"(\d)-(\d)", "\\1\u2013\\2", s)
    return s


def page_no(doc):
    return int(meta["firstpage"]) + doc.page - 1


def furniture(canv, doc):
    canv.saveState()
    n = page_no(doc)
    even = n % 2 == 0
    y = H - 1.2 * cm
    canv.setFont("Helvetica-Bold", 7.8)
    canv.setFillColor(NAVY)
    canv.drawString(MARGIN, y, meta["header-left"])
    canv.setFont("Helvetica", 7.8)
    canv.setFillColor(GREY)
    canv.drawRightString(W - MARGIN, y, meta["header-right"])
    canv.setStrokeColor(NAVY)
    canv.setLineWidth(0.7)
    canv.line(MARGIN, y - 5, W - MARGIN, y - 5)
    # section tab on the outer edge
    tab_h, tab_w = 3.4 * cm, 0.55 * cm
    ty = H - 4.2 * cm - tab_h
    tx = 0 if even else W - tab_w
    canv.setFillColor(SAFFRON)
    canv.rect(tx, ty, tab_w, tab_h, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 7.5)
    canv.translate(tx + tab_w / 2 + 2.6, ty + tab_h / 2)
    canv.rotate(90)
    canv.drawCentredString(0, 0, meta["tab"])
    canv.restoreState()
    canv.saveState()
    # footer
    fy = 1.15 * cm
    canv.setStrokeColor(NAVY)
    canv.setLineWidth(0.5)
    canv.line(MARGIN, fy + 10, W - MARGIN, fy + 10)
    canv.setFont("Helvetica-Bold", 9)
    canv.setFillColor(NAVY)
    if even:
        canv.drawString(MARGIN, fy, str(n))
    else:
        canv.drawRightString(W - MARGIN, fy, str(n))
    canv.setFont("Helvetica", 7.2)
    canv.setFillColor(GREY)
    canv.drawCentredString(W / 2, fy, meta["footer"])
    if doc.page == STATE["ad_page"]:
        draw_ad(canv)
    canv.restoreState()


def draw_ad(canv):
    """A half-page advertisement across the foot of the last page."""
    x, y = MARGIN, BOTTOM
    h = AD_H - 0.5 * cm
    brand, head_, line1, line2, cta, where = meta["ad"].split("|")
    canv.setFillColor(NAVY)
    canv.rect(x, y, FULL_W, h, stroke=0, fill=1)
    canv.setFillColor(SAFFRON)
    canv.rect(x, y + h - 0.9 * cm, FULL_W, 0.9 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 10)
    canv.drawString(x + 0.6 * cm, y + h - 0.6 * cm, brand)
    canv.setFont("Helvetica", 6.5)
    canv.drawRightString(x + FULL_W - 0.4 * cm, y + h - 0.6 * cm, "ADVERTISEMENT")
    canv.setFont("Helvetica-Bold", 28)
    canv.drawString(x + 0.6 * cm, y + h - 3.0 * cm, head_)
    canv.setFont("Helvetica", 10)
    canv.drawString(x + 0.6 * cm, y + h - 4.2 * cm, line1.replace("  *  ", "  \u2022  "))
    canv.drawString(x + 0.6 * cm, y + h - 4.9 * cm, line2.replace("  *  ", "  \u2022  "))
    canv.setFillColor(SAFFRON)
    canv.setFont("Helvetica-Bold", 10.5)
    canv.drawString(x + 0.6 * cm, y + 1.6 * cm, cta.replace("  -  ", "  \u2013  "))
    canv.setFillColor(colors.HexColor("#C9D6E3"))
    canv.setFont("Helvetica", 8)
    canv.drawString(x + 0.6 * cm, y + 0.8 * cm, where.replace("  *  ", "  \u00b7  "))
    # a QR-like block
    q = 4.2 * cm
    qx, qy = x + FULL_W - q - 0.7 * cm, y + 0.7 * cm
    canv.setFillColor(colors.white)
    canv.rect(qx - 0.15 * cm, qy - 0.15 * cm, q + 0.3 * cm, q + 0.3 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.black)
    n = 21
    cellsz = q / n
    for i in range(n):
        for j in range(n):
            finder = any(a <= i < a + 7 and b <= j < b + 7 and
                         (i in (a, a + 6) or j in (b, b + 6) or
                          (a + 2 <= i <= a + 4 and b + 2 <= j <= b + 4))
                         for a, b in ((0, 0), (0, 14), (14, 14)))
            inside = any(a <= i < a + 8 and b <= j < b + 8 for a, b in ((0, 0), (0, 13), (13, 13)))
            if finder or (not inside and (i * 7 + j * 3 + i * j) % 5 in (0, 2)):
                canv.rect(qx + i * cellsz, qy + j * cellsz, cellsz, cellsz, stroke=0, fill=1)


class BarChart(Flowable):
    """Figure 1: a column chart drawn with reportlab.graphics."""

    def __init__(self, bars, width):
        Flowable.__init__(self)
        self.bars = bars
        self.width = width
        self.height = 4.6 * cm

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        d = Drawing(self.width, self.height)
        x0, y0 = 26, 16
        pw, ph = self.width - x0 - 6, self.height - y0 - 8
        lo, hi = 80, 115

        def yv(v):
            return y0 + (v - lo) / float(hi - lo) * ph

        d.add(Rect(x0, yv(96), pw, yv(104) - yv(96), fillColor=BAND, strokeColor=None))
        for v in (80, 90, 100, 110):
            d.add(Line(x0, yv(v), x0 + pw, yv(v), strokeColor=colors.HexColor("#BBBBBB"),
                       strokeWidth=0.3))
            d.add(String(x0 - 4, yv(v) - 2.5, str(v), fontName="Helvetica", fontSize=6.5,
                         textAnchor="end", fillColor=GREY))
        step = pw / len(self.bars)
        for i, (yr, v) in enumerate(self.bars):
            bx = x0 + i * step + step * 0.2
            col = SAFFRON if v < 96 else NAVY
            d.add(Rect(bx, y0, step * 0.6, yv(v) - y0, fillColor=col, strokeColor=None))
            d.add(String(bx + step * 0.3, yv(v) + 2, "%d" % v, fontName="Helvetica-Bold",
                         fontSize=6.5, textAnchor="middle", fillColor=colors.black))
            d.add(String(bx + step * 0.3, y0 - 9, yr, fontName="Helvetica", fontSize=6.5,
                         textAnchor="middle", fillColor=colors.black))
        d.add(Line(x0, y0, x0 + pw, y0, strokeColor=colors.black, strokeWidth=0.5))
        d.drawOn(self.canv, 0, 0)


def box(title_text, rows, diary=False):
    data = [[Paragraph(markup(title_text), boxh)] + ([""] if diary else [])]
    for r in rows:
        if diary:
            d, t = [x.strip() for x in r.split("|", 1)]
            data.append([Paragraph(markup(d), date_st), Paragraph(markup(t), boxt)])
        elif r.startswith("- "):
            data.append([Paragraph(markup(r[2:]), boxb, bulletText="\u25aa")])
        else:
            data.append([Paragraph(markup(r), boxt)])
    widths = [1.6 * cm, COL_W - 1.6 * cm] if diary else [COL_W]
    t = Table(data, colWidths=widths)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), SAFFRON),
        ("BACKGROUND", (0, 1), (-1, -1), SHADE),
        ("LINEBELOW", (0, -1), (-1, -1), 1.2, SAFFRON),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if diary:
        style.append(("SPAN", (0, 0), (1, 0)))
        style.append(("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.HexColor("#E9C9A6")))
    t.setStyle(TableStyle(style))
    return [KeepTogether([Spacer(1, 6), t, Spacer(1, 6)])]


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if not l.startswith("%")]


def build_story(lines):
    top, story = [], []
    cur = top
    para, after_head = [], True
    block = None

    def flush():
        nonlocal after_head
        if para:
            cur.append(Paragraph(markup(" ".join(para)), body0 if after_head else body))
            para.clear()
            after_head = False

    for line in lines:
        s = line.strip()
        if block is not None:
            kind = block[0]
            if s in ("@endbox", "@endtable", "@endfigure"):
                if kind == "box":
                    cur.extend(box(block[1], block[2], diary=block[1].endswith("DIARY")))
                elif kind == "table":
                    rows = [r.split(" | ") for r in block[2]]
                    data = [[Paragraph(markup(c), cellh if i == 0 else cell) for c in r]
                            for i, r in enumerate(rows)]
                    t = Table(data, colWidths=[0.95 * cm, 1.6 * cm, 1.65 * cm, 1.45 * cm,
                                               COL_W - 5.65 * cm])
                    t.setStyle(TableStyle([
                        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BAND]),
                        ("LINEBELOW", (0, -1), (-1, -1), 0.8, NAVY),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 3),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ]))
                    cur.append(KeepTogether([Paragraph(markup(block[1]), tcap), t,
                                             Spacer(1, 7)]))
                elif kind == "figure":
                    bars = [tuple(b.split()[1:]) for b in block[2] if b.startswith("@bar ")]
                    bars = [(y, int(v)) for y, v in bars]
                    capt = [b[9:] for b in block[2] if b.startswith("@caption ")][0]
                    cur.append(KeepTogether([Spacer(1, 6), BarChart(bars, COL_W),
                                             Spacer(1, 3), Paragraph(markup(capt), cap),
                                             Spacer(1, 7)]))
                block = None
                after_head = True
            elif s:
                block[2].append(s)
            continue
        if s.startswith("@"):
            flush()
            key, _, val = s.partition(" ")
            key = key[1:]
            if key in ("header-left", "header-right", "footer", "firstpage", "tab",
                       "pdftitle"):
                meta[key] = val
            elif key == "ad":
                meta["ad"] = val
            elif key == "kicker":
                top.append(Paragraph(markup(val), kicker))
            elif key == "title":
                top.append(Paragraph(markup(val), title))
            elif key == "deck":
                top.append(Paragraph(markup(val), deck))
            elif key == "byline":
                top.append(Paragraph(markup(val), byline))
            elif key == "why":
                t = Table([[Paragraph(markup(val), why)]], colWidths=[FULL_W])
                t.setStyle(TableStyle([
                    ("BACKGROUND", (0, 0), (-1, -1), BAND),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, SAFFRON),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]))
                top.append(t)
            elif key == "columns":
                cur = story
                after_head = True
            elif key == "colbreak":
                cur.append(FrameBreak())
            elif key == "pull":
                t = Table([[Paragraph("\u201c" + markup(val) + "\u201d", pull)]],
                          colWidths=[COL_W])
                t.setStyle(TableStyle([
                    ("LINEABOVE", (0, 0), (-1, 0), 1.5, SAFFRON),
                    ("LINEBELOW", (0, -1), (-1, -1), 1.5, SAFFRON),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]))
                cur.extend([Spacer(1, 7), t, Spacer(1, 7)])
                after_head = True
            elif key == "box":
                block = ["box", val, []]
            elif key == "table":
                block = ["table", val, []]
            elif key == "figure":
                block = ["figure", "", []]
        elif s.startswith("# "):
            flush()
            cur.append(CondPageBreak(2.2 * cm))
            cur.append(Paragraph(markup(s[2:]), head))
            after_head = True
        elif s.startswith("- "):
            flush()
            cur.append(Paragraph(markup(s[2:]), bullet, bulletText="\u2022"))
            after_head = True
        elif not s:
            flush()
        else:
            para.append(s)
    flush()
    return top, story


def on_page(canv, doc):
    # the last page loses the height of the advertisement strip at its foot
    if doc.page == STATE["ad_page"]:
        frames = []
        for f in doc.pageTemplate.frames:
            y1 = BOTTOM + AD_H
            frames.append(Frame(f._x1, y1, f._width, f._y2 - y1, leftPadding=0,
                                rightPadding=0, topPadding=0, bottomPadding=0, id=f.id))
        doc.pageTemplate.frames = frames


def block_height(flowables, width):
    h = 0
    for i, f in enumerate(flowables):
        h += f.wrap(width, H)[1]
        if i:
            h += f.getSpaceBefore()
        h += f.getSpaceAfter()
    return h + 0.4 * cm


def make_templates(doc, mast_h):
    def col(x, y, h, ident):
        return Frame(x, y, COL_W, h, leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0, id=ident)

    body_h = H - TOP - BOTTOM
    first = PageTemplate(id="first", frames=[
        Frame(MARGIN, H - TOP - mast_h, FULL_W, mast_h, leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0, id="mast"),
        col(MARGIN, BOTTOM, body_h - mast_h - 0.3 * cm, "c1"),
        col(MARGIN + COL_W + GUTTER, BOTTOM, body_h - mast_h - 0.3 * cm, "c2"),
    ], onPage=on_page, onPageEnd=furniture)
    later = PageTemplate(id="later", frames=[
        col(MARGIN, BOTTOM, body_h, "c1"),
        col(MARGIN + COL_W + GUTTER, BOTTOM, body_h, "c2"),
    ], onPage=on_page, onPageEnd=furniture)
    doc.addPageTemplates([first, later])


class Doc(BaseDocTemplate):
    def handle_pageBegin(self):
        BaseDocTemplate.handle_pageBegin(self)
        STATE["pages"] = self.page


def layout(out):
    meta.clear()
    top, story = build_story(read_source())
    doc = Doc(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
              bottomMargin=BOTTOM, title=meta["pdftitle"], author="Pathway Monthly",
              subject="Geography | GS Paper I", creator="Adobe InDesign 20.2 (Windows)",
              producer="Adobe PDF Library 17.0", invariant=1)
    make_templates(doc, block_height(top, FULL_W))
    doc.build(top + [FrameBreak(), NextPageTemplate("later")] + story)
    return STATE["pages"]


def build(out=OUT):
    STATE["ad_page"] = None
    pages = layout(out)
    for _ in range(4):
        STATE["ad_page"] = pages
        got = layout(out)
        if got == pages:
            break
        pages = got


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
