#!/usr/bin/python3
"""Make docs/sangam-economy-samsung-notes.pdf from tools/sangam-economy-samsung-notes.txt.

The PDF imitates a typed Samsung Notes note exported with Share > PDF file: A4 pages with no
header, footer or page numbers, the note's title on page 1 in large type over a thin grey
divider, then the body as typed on the phone and set in one sans font (DejaVu Sans here,
embedded) -- bigger bold blue headings the user made by hand ("1. Basics" ...), paragraphs,
"•" bullets with "◦" sub-bullets on deeper indents, numbered items, text coloured red, text
with a yellow background colour, an underlined paragraph, bold runs; two tables with thin
grey grid lines (a bold first row the user typed that way); a pasted screenshot (a map with
no text in it, drawn here with PIL) with a red caption line under it; a checklist whose
boxes are drawn (ticked ones filled blue, their text greyed and struck through); and pen
strokes drawn over the text with the S Pen -- a star, a circle round a line, an arrow in the
margin with a scribble, a yellow highlighter stroke and a wavy underline -- which carry no
text. Pages break wherever the text runs out of room, mid-list or mid-table.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [output.pdf]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import math
import os
import random
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from PIL import Image, ImageDraw
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sangam-economy-samsung-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "sangam-economy-samsung-notes.pdf")
FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVuSans", FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FONTS + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", FONTS + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-BoldOblique", FONTS + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                              italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-BoldOblique")

PW, PH = A4
LM, RM, TM, BM = 36, 40, 42, 38
TW = PW - LM - RM
INK = colors.HexColor("#1F5FD1")
INK_RED = colors.HexColor("#E0312B")
HEAD = colors.HexColor("#2B6CD4")
RED = "#E53935"

body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=11, leading=16.5,
                      textColor=colors.HexColor("#202124"), spaceAfter=1.5,
                      bulletFontName="DejaVuSans")
head = ParagraphStyle("head", parent=body, fontName="DejaVuSans-Bold", fontSize=15,
                      leading=21, textColor=HEAD, spaceBefore=9, spaceAfter=3)
title_st = ParagraphStyle("title", parent=body, fontSize=21, leading=27,
                          textColor=colors.HexColor("#111111"), spaceAfter=6)
bullet1 = ParagraphStyle("b1", parent=body, leftIndent=22, bulletIndent=8)
bullet2 = ParagraphStyle("b2", parent=body, leftIndent=44, bulletIndent=30)
num_st = ParagraphStyle("num", parent=body, leftIndent=24, bulletIndent=6)
check_st = ParagraphStyle("check", parent=body, leftIndent=24)
cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="DejaVuSans-Bold")


def markup(s):
    s = escape(s)
    s = s.replace("-&gt;", "\u2192").replace("&lt;-", "\u2190")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"__(.+?)__", r"<u>\1</u>", s)
    s = re.sub(r"==(.+?)==", r'<span backColor="#FFF176">\1</span>', s)
    s = re.sub(r"\{r\}(.+?)\{/\}", r'<font color="%s">\1</font>' % RED, s)
    return s


class Checkbox(Flowable):
    """A checklist line: the drawn box and the item's text (greyed and struck when ticked)."""

    def __init__(self, text, done):
        Flowable.__init__(self)
        self.done = done
        t = markup(text)
        if done:
            t = '<font color="#9AA0A6"><strike>%s</strike></font>' % t
        self.para = Paragraph(t, check_st)

    def wrap(self, aw, ah):
        self.w, self.h = self.para.wrap(aw, ah)
        return self.w, self.h

    def draw(self):
        c = self.canv
        self.para.drawOn(c, 0, 0)
        y = self.h - 14.5
        c.saveState()
        c.setLineWidth(1.2)
        if self.done:
            c.setFillColor(HEAD)
            c.setStrokeColor(HEAD)
            c.roundRect(4, y, 11, 11, 2.2, stroke=1, fill=1)
            c.setStrokeColor(colors.white)
            c.setLineWidth(1.6)
            c.setLineCap(1)
            c.setLineJoin(1)
            p = c.beginPath()
            p.moveTo(6.6, y + 5.6)
            p.lineTo(8.9, y + 3.2)
            p.lineTo(13.0, y + 8.2)
            c.drawPath(p, stroke=1, fill=0)
        else:
            c.setStrokeColor(colors.HexColor("#80868B"))
            c.roundRect(4, y, 11, 11, 2.2, stroke=1, fill=0)
        c.restoreState()


def stroke(c, pts, width=1.7, color=INK, alpha=1.0):
    """A pen stroke through the points (Catmull-Rom turned into Bezier segments)."""
    c.saveState()
    c.setStrokeColor(color)
    c.setStrokeAlpha(alpha)
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)
    p = c.beginPath()
    p.moveTo(*pts[0])
    for i in range(len(pts) - 1):
        p0 = pts[i - 1] if i else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < len(pts) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6.0, p1[1] + (p2[1] - p0[1]) / 6.0)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6.0, p2[1] - (p3[1] - p1[1]) / 6.0)
        p.curveTo(c1[0], c1[1], c2[0], c2[1], p2[0], p2[1])
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def first_line_width(flow):
    if isinstance(flow, Paragraph) and getattr(flow, "blPara", None):
        line = flow.blPara.lines[0]
        extra = line[0] if isinstance(line, tuple) else line.extraSpace
        return flow.width - flow.style.leftIndent - extra, flow.style.leftIndent
    return flow.width if hasattr(flow, "width") else TW, 0


class Inked(Flowable):
    """A block with S Pen strokes drawn over it (no text in them)."""

    def __init__(self, inner, kind, seed):
        Flowable.__init__(self)
        self.inner, self.kind, self.rng = inner, kind, random.Random(seed)

    def wrap(self, aw, ah):
        self.w, self.h = self.inner.wrap(aw, ah)
        self.inner.width = aw
        return self.w, self.h

    def split(self, aw, ah):
        parts = self.inner.split(aw, ah)
        if not parts:
            return []
        return [Inked(parts[0], self.kind, 7)] + parts[1:]

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def j(self, v, amt=1.2):
        return v + self.rng.uniform(-amt, amt)

    def draw(self):
        c = self.canv
        self.inner.drawOn(c, 0, 0)
        h, k = self.h, self.kind
        top = h - 12
        if k == "star":
            cx, cy, r = TW + 16, top - 2, 9
            pts = []
            for i in range(11):
                a = math.pi / 2 + i * 4 * math.pi / 5
                pts.append((self.j(cx + r * math.cos(a)), self.j(cy + r * math.sin(a))))
            stroke(c, pts, 1.5, INK_RED)
        elif k == "circle":
            lw, li = first_line_width(self.inner)
            cx, cy = li + lw / 2.0, top + 3
            rx, ry = lw / 2.0 + 10, 11.5
            pts = [(self.j(cx + rx * math.cos(t / 24.0 * 2 * math.pi + 0.3), 0.8),
                    self.j(cy + ry * math.sin(t / 24.0 * 2 * math.pi + 0.3), 0.8))
                   for t in range(27)]
            stroke(c, pts, 1.6, INK_RED)
        elif k == "arrow":
            x0, y0 = TW + 8, top - 26
            pts = [(x0 + 10, y0 - 14), (x0 + 4, y0 - 4), (x0 - 2, y0 + 8), (x0 - 12, y0 + 20)]
            stroke(c, [(self.j(x), self.j(y)) for x, y in pts], 1.7)
            stroke(c, [(x0 - 12, y0 + 20), (x0 - 11, y0 + 11)], 1.7)
            stroke(c, [(x0 - 12, y0 + 20), (x0 - 4, y0 + 17)], 1.7)
            # a scribbled word under the arrow ("imp!!" in handwriting: strokes only)
            x, y = x0 - 6, y0 - 30
            for dx in range(0, 22, 5):
                stroke(c, [(x + dx, y), (x + dx + 1.5, y + 5), (x + dx + 3, y - 1),
                           (x + dx + 4.5, y + 4)], 1.2)
            stroke(c, [(x + 27, y + 9), (x + 26.5, y + 1)], 1.3)
            stroke(c, [(x + 31, y + 9), (x + 30.5, y + 1)], 1.3)
        elif k == "hilite":
            y = self.h - 9
            stroke(c, [(2, y), (TW * 0.5, y + 0.8), (TW - 4, y - 0.4)], 11,
                   colors.HexColor("#FFE066"), 0.45)
        elif k == "underline":
            lw, li = first_line_width(self.inner)
            y = top - 5
            pts = [(li + x, y + (1.6 if (x // 9) % 2 else -1.6)) for x in range(0, 200, 9)]
            stroke(c, [(self.j(a, 0.5), self.j(b, 0.5)) for a, b in pts], 1.3, INK_RED)


def map_image():
    """The pasted screenshot: a rough map of the peninsula's tip with port dots, no text."""
    W, H = 600, 356
    im = Image.new("RGB", (W, H), (176, 208, 236))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 18], fill=(32, 33, 36))
    for i, x in enumerate((520, 540, 560)):
        d.rectangle([x, 6, x + 12, 12], fill=(220, 220, 220))
    d.ellipse([14, 6, 20, 12], fill=(220, 220, 220))
    land = [(90, 18), (520, 18), (505, 60), (470, 120), (452, 180), (430, 226), (398, 262),
            (350, 300), (318, 336), (300, 346), (282, 330), (262, 290), (232, 246),
            (200, 196), (168, 140), (132, 86)]
    d.polygon(land, fill=(236, 228, 204), outline=(120, 110, 90))
    lanka = [(420, 300), (446, 296), (462, 330), (446, 352), (424, 346), (414, 322)]
    d.polygon(lanka, fill=(236, 228, 204), outline=(120, 110, 90))
    d.line([(420, 60), (380, 120), (440, 160)], fill=(90, 140, 200), width=3)
    d.line([(300, 150), (340, 210), (372, 236)], fill=(90, 140, 200), width=3)
    for x, y in ((170, 150), (150, 112), (196, 198), (356, 296), (452, 168), (462, 118),
                 (404, 254)):
        d.ellipse([x - 6, y - 6, x + 6, y + 6], fill=(214, 48, 39), outline=(120, 20, 20))
    d.line([(372, 236), (452, 168)], fill=(214, 48, 39), width=2)
    return im


class Picture(Flowable):
    def __init__(self, im, w, h):
        Flowable.__init__(self)
        self.im, self.iw, self.ih = im, w, h
        self.spaceBefore, self.spaceAfter = 4, 2

    def wrap(self, aw, ah):
        return self.iw, self.ih

    def draw(self):
        self.canv.drawImage(ImageReader(self.im), 0, 0, self.iw, self.ih)


def build_story():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("## ")]
    story, table, seed = [], None, 11
    title = None
    for line in lines:
        if table is not None:
            if line == "@endtable":
                data = [[Paragraph(markup(c), cellb if i == 0 else cell) for c in r.split(" | ")]
                        for i, r in enumerate(table)]
                n = len(table[0].split(" | "))
                widths = [TW * f for f in ((0.22, 0.17, 0.28, 0.33) if n == 4 else (0.5, 0.5))]
                t = Table(data, colWidths=widths, repeatRows=0)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#B0B4BA")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ]))
                t.spaceBefore, t.spaceAfter = 4, 6
                story.append(t)
                table = None
            else:
                table.append(line)
            continue
        if line.startswith("@title "):
            title = line[7:]
            story.append(Paragraph(markup(title), title_st))
            story.append(Rule())
        elif line == "@table":
            table = []
        elif line.startswith("@image "):
            name, w, h = line[7:].split("|")
            story.append(Picture(map_image(), float(w), float(h)))
        elif line.startswith("@gap "):
            story.append(Spacer(1, float(line[5:])))
        elif line.startswith("@ink "):
            seed += 1
            story[-1] = Inked(story[-1], line[5:].strip(), seed)
        elif line.startswith("# "):
            story.append(Paragraph(markup(line[2:]), head))
        elif line.startswith("  - "):
            story.append(Paragraph(markup(line[4:]), bullet2, bulletText="\u25e6"))
        elif line.startswith("- "):
            story.append(Paragraph(markup(line[2:]), bullet1, bulletText="\u2022"))
        elif re.match(r"^\d+\. ", line):
            n, rest = line.split(" ", 1)
            story.append(Paragraph(markup(rest), num_st, bulletText=n))
        elif line.startswith("[ ] ") or line.startswith("[x] "):
            story.append(Checkbox(line[4:], line[1] == "x"))
        elif not line.strip():
            story.append(Spacer(1, 5))
        else:
            story.append(Paragraph(markup(line), body))
    return title, story


class Rule(Flowable):
    def wrap(self, aw, ah):
        self.w = aw
        return aw, 10

    def draw(self):
        self.canv.setStrokeColor(colors.HexColor("#DADCE0"))
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 6, self.w, 6)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    title, story = build_story()
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title=title, author="", subject="",
                          creator="Samsung Notes", producer="Samsung Notes", invariant=1)
    frame = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="note")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story)


if __name__ == "__main__":
    main()
