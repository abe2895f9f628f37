#!/usr/bin/python3
"""Make "docs/Cool Roofs & Passive Cooling 21c8e4a0f6b38052b9d1e7c4a3f5d690.pdf" from the .txt of
the same name in tools/.

The PDF imitates Notion's "Export -> PDF" of one page (US Letter, 100% scale, no header or footer,
document info as a headless-Chrome print: Skia/PDF producer): a gradient cover across the top of
the first page with the page icon overlapping its lower edge; the title in bold; the property
rows (grey type icons and names on the left; Tags as coloured multi-select pills, Created as a
date, Status as a pill with a dot) with a rule under them; then the blocks in Notion's look -
paragraphs in Notion's #37352F ink, callouts on tinted rounded boxes with the emoji at the left,
H1 headings (three opening with an emoji), toggles printed open with a down-pointing triangle and
their children indented, "•" bullets, a simple table (light grid, shaded header row in bold,
cells wrapping), "@Month D, YYYY" date mentions in grey, a divider, a synced block (printed like
any other blocks, as Notion prints it), and to-do checkboxes (ticked ones blue with a white tick
and their text grey and struck through).

Emoji are drawn as little pictures with the character laid over them as invisible text, so that
text extraction gives the emoji; reportlab's ToUnicode map is widened here so that characters
beyond U+FFFF are written as UTF-16 pairs.

Run from anywhere: /usr/bin/python3 tools/make_notion_pdf.py   (reportlab, invariant=1)
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

import reportlab.pdfbase.ttfonts as ttfonts
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Cool Roofs & Passive Cooling 21c8e4a0f6b38052b9d1e7c4a3f5d690"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".pdf")


def _cmap(fontname, subset):
    """reportlab's ToUnicode CMap, writing code points above U+FFFF as UTF-16 surrogate pairs."""
    def hexu(v):
        if v > 0xFFFF:
            v -= 0x10000
            return "%04X%04X" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF))
        return "%04X" % v
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", "<< /Registry (%s)" % fontname, "/Ordering (%s)" % fontname,
             "/Supplement 0", ">> def", "/CMapName /%s def" % fontname, "/CMapType 2 def",
             "1 begincodespacerange", "<00> <%02X>" % (len(subset) - 1), "endcodespacerange",
             "%d beginbfchar" % len(subset)]
    lines += ["<%02X> <%s>" % (i, hexu(v)) for i, v in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _cmap

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
for face, fn in (("N", "Regular"), ("N-B", "Bold"), ("N-I", "Italic"), ("N-BI", "BoldItalic")):
    pdfmetrics.registerFont(TTFont(face, LIB + "LiberationSans-%s.ttf" % fn))
pdfmetrics.registerFontFamily("N", normal="N", bold="N-B", italic="N-I", boldItalic="N-BI")
pdfmetrics.registerFont(TTFont("DV", DJV + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", DJV + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV", boldItalic="DV-B")
HAVE = set(TTFont("probe", LIB + "LiberationSans-Regular.ttf").face.charToGlyph)

PW, PH = letter
LM = RM = 62
TM, BM = 44, 44
TW = PW - LM - RM
COVER_H = 148

INK = colors.Color(55 / 255, 53 / 255, 47 / 255)
GREY = colors.Color(120 / 255, 119 / 255, 116 / 255)
RULE = colors.Color(233 / 255, 233 / 255, 231 / 255)
BLUE = colors.Color(35 / 255, 131 / 255, 226 / 255)
BOX = {"gray": colors.Color(241 / 255, 241 / 255, 239 / 255),
       "yellow": colors.Color(251 / 255, 243 / 255, 219 / 255),
       "red": colors.Color(253 / 255, 235 / 255, 236 / 255)}
PILL = {"green": colors.Color(219 / 255, 237 / 255, 219 / 255),
        "blue": colors.Color(211 / 255, 229 / 255, 239 / 255),
        "orange": colors.Color(250 / 255, 222 / 255, 201 / 255),
        "purple": colors.Color(232 / 255, 222 / 255, 238 / 255)}

body = ParagraphStyle("body", fontName="N", fontSize=11, leading=16.5, textColor=INK)
title_st = ParagraphStyle("title", fontName="N-B", fontSize=30, leading=36, textColor=INK)
h1 = ParagraphStyle("h1", fontName="N-B", fontSize=21, leading=26, textColor=INK)
cell = ParagraphStyle("cell", fontName="N", fontSize=9.5, leading=13, textColor=INK)
cell_head = ParagraphStyle("cellh", parent=cell, fontName="N-B")


def markup(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", s)
    s = re.sub(r"\{@([^}]+)\}", r'<font color="#9B9A97">@</font><font color="#787774">\1</font>', s)
    out, tag = [], False
    for ch in s:
        if ch == "<":
            tag = True
        if not tag and ord(ch) > 127 and ord(ch) not in HAVE:
            out.append('<font name="DV">%s</font>' % ch)
        else:
            out.append(ch)
        if ch == ">":
            tag = False
    return "".join(out)


# ---------------------------------------------------------------- emoji as pictures

def emoji(c, ch, x, y, s):
    """Draw emoji `ch` in the square (x, y, s) and lay the character over it as invisible text."""
    c.saveState()
    k = ch[0]
    if k == "\U0001F3E0":                                   # house
        c.setFillColor(colors.Color(0.96, 0.86, 0.62))
        c.rect(x + 0.18 * s, y + 0.08 * s, 0.64 * s, 0.48 * s, stroke=0, fill=1)
        c.setFillColor(colors.Color(0.86, 0.27, 0.22))
        p = c.beginPath()
        p.moveTo(x + 0.06 * s, y + 0.54 * s)
        p.lineTo(x + 0.5 * s, y + 0.92 * s)
        p.lineTo(x + 0.94 * s, y + 0.54 * s)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.Color(0.55, 0.36, 0.22))
        c.rect(x + 0.42 * s, y + 0.08 * s, 0.16 * s, 0.26 * s, stroke=0, fill=1)
        c.setFillColor(colors.Color(0.55, 0.78, 0.95))
        c.rect(x + 0.24 * s, y + 0.32 * s, 0.12 * s, 0.12 * s, stroke=0, fill=1)
        c.rect(x + 0.64 * s, y + 0.32 * s, 0.12 * s, 0.12 * s, stroke=0, fill=1)
    elif k == "\U0001F4A1":                                 # light bulb
        c.setFillColor(colors.Color(1.0, 0.80, 0.22))
        c.circle(x + 0.5 * s, y + 0.6 * s, 0.3 * s, stroke=0, fill=1)
        c.setFillColor(colors.Color(0.6, 0.6, 0.62))
        c.rect(x + 0.36 * s, y + 0.1 * s, 0.28 * s, 0.22 * s, stroke=0, fill=1)
    elif k == "\u26A0":                                     # warning sign
        c.setFillColor(colors.Color(1.0, 0.78, 0.0))
        p = c.beginPath()
        p.moveTo(x + 0.5 * s, y + 0.92 * s)
        p.lineTo(x + 0.96 * s, y + 0.08 * s)
        p.lineTo(x + 0.04 * s, y + 0.08 * s)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.rect(x + 0.46 * s, y + 0.36 * s, 0.08 * s, 0.34 * s, stroke=0, fill=1)
        c.circle(x + 0.5 * s, y + 0.22 * s, 0.05 * s, stroke=0, fill=1)
    elif k == "\U0001F4CC":                                 # pushpin
        c.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
        c.setLineWidth(0.08 * s)
        c.line(x + 0.3 * s, y + 0.1 * s, x + 0.55 * s, y + 0.5 * s)
        c.setFillColor(colors.Color(0.86, 0.18, 0.22))
        c.circle(x + 0.62 * s, y + 0.64 * s, 0.25 * s, stroke=0, fill=1)
    elif k == "\U0001F501":                                 # repeat button
        c.setFillColor(colors.Color(0.25, 0.55, 0.95))
        c.roundRect(x + 0.05 * s, y + 0.05 * s, 0.9 * s, 0.9 * s, 0.15 * s, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(0.08 * s)
        c.line(x + 0.25 * s, y + 0.62 * s, x + 0.72 * s, y + 0.62 * s)
        c.line(x + 0.28 * s, y + 0.38 * s, x + 0.75 * s, y + 0.38 * s)
        c.setFillColor(colors.white)
        for (ax, ay, d) in ((0.72, 0.62, 1), (0.28, 0.38, -1)):
            p = c.beginPath()
            p.moveTo(x + (ax + 0.1 * d) * s, y + ay * s)
            p.lineTo(x + ax * s, y + (ay + 0.09) * s)
            p.lineTo(x + ax * s, y + (ay - 0.09) * s)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
    elif k == "\U0001F4F0":                                 # newspaper
        c.setFillColor(colors.Color(0.93, 0.93, 0.91))
        c.setStrokeColor(colors.Color(0.55, 0.55, 0.55))
        c.setLineWidth(0.04 * s)
        c.rect(x + 0.08 * s, y + 0.14 * s, 0.84 * s, 0.7 * s, stroke=1, fill=1)
        for i in range(4):
            c.line(x + 0.18 * s, y + (0.68 - 0.13 * i) * s, x + 0.82 * s, y + (0.68 - 0.13 * i) * s)
    elif k == "\u2705":                                     # check mark button
        c.setFillColor(colors.Color(0.35, 0.72, 0.27))
        c.roundRect(x + 0.06 * s, y + 0.06 * s, 0.88 * s, 0.88 * s, 0.16 * s, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(0.12 * s)
        c.setLineCap(1)
        c.setLineJoin(1)
        p = c.beginPath()
        p.moveTo(x + 0.25 * s, y + 0.5 * s)
        p.lineTo(x + 0.43 * s, y + 0.3 * s)
        p.lineTo(x + 0.76 * s, y + 0.7 * s)
        c.drawPath(p, stroke=1, fill=0)
    t = c.beginText(x, y + 0.18 * s)
    t.setFont("DV", s * 0.8)
    t.setTextRenderMode(3)
    t.textOut(ch)
    c.drawText(t)
    c.restoreState()


def lead_emoji(text):
    m = re.match(r"^([\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?) (.*)$", text)
    return (m.group(1), m.group(2)) if m else ("", text)


# ---------------------------------------------------------------- flowables

class Block(Flowable):
    """A paragraph set at `indent`, with an optional marker drawn before it: a bullet, the open
    toggle triangle, a to-do box or a leading emoji."""

    def __init__(self, para, indent=0, marker=None, gap=26, before=0, after=2, keep=False):
        Flowable.__init__(self)
        self.para, self.indent, self.marker, self.gap = para, indent, marker, gap
        self.spaceBefore, self.spaceAfter, self.keepWithNext = before, after, keep

    def wrap(self, aw, ah):
        self.pw, self.ph = self.para.wrap(aw - self.indent - self.gap, ah)
        return aw, self.ph + 2

    def draw(self):
        c, st = self.canv, self.para.style
        x0 = self.indent
        base = 1 + self.ph - st.fontSize          # baseline of the first line
        kind = self.marker[0] if self.marker else None
        if kind == "bullet":
            c.setFillColor(INK)
            c.setFont("N", 13)
            c.drawString(x0 + 8, base - 0.5, "\u2022")
        elif kind == "toggle":
            c.setFillColor(INK)
            cx, cy = x0 + 9, base + st.fontSize * 0.33
            p = c.beginPath()
            p.moveTo(cx - 4.2, cy + 2.6)
            p.lineTo(cx + 4.2, cy + 2.6)
            p.lineTo(cx, cy - 3.6)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        elif kind == "todo":
            bx, by = x0 + 3, base - 2
            if self.marker[1]:
                c.setFillColor(BLUE)
                c.roundRect(bx, by, 12, 12, 2, stroke=0, fill=1)
                c.setStrokeColor(colors.white)
                c.setLineWidth(1.5)
                p = c.beginPath()
                p.moveTo(bx + 2.6, by + 6.2)
                p.lineTo(bx + 5.0, by + 3.4)
                p.lineTo(bx + 9.4, by + 8.8)
                c.drawPath(p, stroke=1, fill=0)
            else:
                c.setStrokeColor(INK)
                c.setLineWidth(1.2)
                c.roundRect(bx, by, 12, 12, 2, stroke=1, fill=0)
        elif kind == "emoji":
            s = st.fontSize * 1.05
            emoji(c, self.marker[1], x0, base - st.fontSize * 0.14, s)
        self.para.drawOn(c, x0 + self.gap, 1)


class Callout(Flowable):
    def __init__(self, icon, color, text):
        Flowable.__init__(self)
        self.icon, self.color = icon, color
        self.para = Paragraph(markup(text), body)
        self.spaceBefore, self.spaceAfter = 6, 8

    def wrap(self, aw, ah):
        self.aw = aw
        self.pw, self.ph = self.para.wrap(aw - 16 - 30 - 14, ah)
        self.h = self.ph + 26
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(BOX[self.color])
        c.roundRect(0, 0, self.aw, self.h, 4, stroke=0, fill=1)
        emoji(c, self.icon, 16, 13 + self.ph - body.fontSize - 2, 15)
        self.para.drawOn(c, 16 + 30, 13)


class Rule(Flowable):
    def __init__(self, before=6, after=6):
        Flowable.__init__(self)
        self.spaceBefore, self.spaceAfter = before, after

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 1

    def draw(self):
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.9)
        self.canv.line(0, 0.5, self.aw, 0.5)


class PageIcon(Flowable):
    """The page icon, large, riding over the lower edge of the cover."""

    def __init__(self, ch):
        Flowable.__init__(self)
        self.ch = ch

    def wrap(self, aw, ah):
        return aw, 46

    def draw(self):
        emoji(self.canv, self.ch, 2, 0, 64)


def prop_icon(c, kind, x, y):
    c.saveState()
    c.setStrokeColor(GREY)
    c.setFillColor(GREY)
    c.setLineWidth(0.9)
    if kind == "multi":
        for i in range(3):
            c.line(x + 4, y + 7 - 3.2 * i, x + 11, y + 7 - 3.2 * i)
            c.circle(x + 1.4, y + 7 - 3.2 * i, 0.9, stroke=0, fill=1)
    elif kind == "date":
        c.circle(x + 5.5, y + 3.8, 4.8, stroke=1, fill=0)
        c.line(x + 5.5, y + 3.8, x + 5.5, y + 6.6)
        c.line(x + 5.5, y + 3.8, x + 7.6, y + 2.6)
    elif kind == "status":
        c.circle(x + 5.5, y + 3.8, 4.8, stroke=1, fill=0)
        c.wedge(x + 1.5, y - 0.2, x + 9.5, y + 7.8, 90, -180, stroke=0, fill=1)
    c.restoreState()


def pill_w(text, size=9.5):
    return pdfmetrics.stringWidth(text, "N", size) + 12


class PropRow(Flowable):
    def __init__(self, name, kind, value):
        Flowable.__init__(self)
        self.name, self.kind, self.value = name, kind, value

    def wrap(self, aw, ah):
        return aw, 25

    def draw(self):
        c, y = self.canv, 8
        prop_icon(c, self.kind, 2, y)
        c.setFillColor(GREY)
        c.setFont("N", 10.5)
        c.drawString(22, y, self.name)
        x = 150
        if self.kind == "multi":
            for part in self.value.split(" ; "):
                text, col = part.rsplit(":", 1)
                w = pill_w(text)
                c.setFillColor(PILL[col])
                c.roundRect(x, y - 4, w, 15.5, 3, stroke=0, fill=1)
                c.setFillColor(INK)
                c.setFont("N", 9.5)
                c.drawString(x + 6, y, text)
                x += w + 6
        elif self.kind == "status":
            text, col = self.value.rsplit(":", 1)
            w = pill_w(text) + 12
            c.setFillColor(PILL[col])
            c.roundRect(x, y - 4, w, 15.5, 7.75, stroke=0, fill=1)
            c.setFillColor(colors.Color(0.16, 0.47, 0.72))
            c.circle(x + 9, y + 3.6, 3, stroke=0, fill=1)
            c.setFillColor(INK)
            c.setFont("N", 9.5)
            c.drawString(x + 17, y, text)
        else:
            c.setFillColor(INK)
            c.setFont("N", 10.5)
            c.drawString(x, y, self.value)


def simple_table(rows):
    widths = [112, 176, TW - 112 - 176]
    data = []
    for r, row in enumerate(rows):
        data.append([Paragraph(markup(x), cell_head if r == 0 else cell) for x in row])
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.8, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(247 / 255, 246 / 255, 243 / 255)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    t.spaceBefore, t.spaceAfter = 6, 6
    return t


# ---------------------------------------------------------------- the page

def build(lines):
    story = []
    i = 0
    while i < len(lines):
        line = lines[i]
        s = line.strip()
        ind = 26 if line.startswith("  ") else 0
        if not s or s.startswith("@synced") or s == "@endsynced" or s == "@cover gradient":
            pass
        elif s.startswith("@icon "):
            story.append(Spacer(1, COVER_H - TM - 22))
            story.append(PageIcon(s[6:]))
        elif s.startswith("@title "):
            story.append(Spacer(1, 8))
            story.append(Paragraph(markup(s[7:]), title_st))
            story.append(Spacer(1, 12))
        elif s.startswith("@prop "):
            name, kind, value = [p.strip() for p in s[6:].split("|", 2)]
            story.append(PropRow(name, kind, value))
            if not lines[i + 1].startswith("@prop"):
                story.append(Rule(8, 12))
        elif s.startswith("!callout "):
            head, text = s[9:].split(" | ", 1)
            icon, color = head.split(" ")
            story.append(Callout(icon, color, text))
        elif s == "!table":
            rows = []
            i += 1
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([x.strip() for x in lines[i].strip().strip("|").split("|")])
                i += 1
            story.append(simple_table(rows))
            continue
        elif s.startswith("# "):
            icon, rest = lead_emoji(s[2:])
            para = Paragraph(markup(rest), h1)
            if icon:
                story.append(Block(para, 0, ("emoji", icon), gap=31, before=22, after=4, keep=True))
            else:
                story.append(Block(para, 0, None, gap=0, before=22, after=4, keep=True))
        elif s.startswith("> "):
            story.append(Block(Paragraph(markup(s[2:]), body), 0, ("toggle",), gap=26,
                               before=3, after=2, keep=True))
        elif s.startswith("- "):
            story.append(Block(Paragraph(markup(s[2:]), body), ind, ("bullet",), gap=24,
                               after=3))
        elif s.startswith("[x] ") or s.startswith("[ ] "):
            done = s[1] == "x"
            text = markup(s[4:])
            if done:
                text = '<font color="#787774"><strike>%s</strike></font>' % text
            story.append(Block(Paragraph(text, body), ind, ("todo", done), gap=26, after=3))
        elif s == "---":
            story.append(Rule(10, 6))
        else:
            story.append(Block(Paragraph(markup(s), body), ind, None, gap=0, before=2, after=4))
        i += 1
    return story


def cover(c, doc):
    c.saveState()
    y0 = PH - COVER_H
    p = c.beginPath()
    p.rect(0, y0, PW, COVER_H)
    c.clipPath(p, stroke=0, fill=0)
    c.linearGradient(0, PH, PW, y0,
                     (colors.Color(0.99, 0.72, 0.45), colors.Color(0.96, 0.45, 0.47),
                      colors.Color(0.62, 0.38, 0.78)), (0, 0.55, 1), extend=False)
    c.restoreState()


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%%")]
    title = [l[7:] for l in lines if l.startswith("@title ")][0]
    doc = BaseDocTemplate(OUT, pagesize=letter, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title=title, author="", subject="",
                          creator="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, "
                                  "like Gecko) HeadlessChrome/136.0.0.0 Safari/537.36",
                          producer="Skia/PDF m136")
    frame = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="page")
    doc.addPageTemplates([PageTemplate(id="first", frames=[frame], onPage=cover,
                                       autoNextPageTemplate="rest"),
                          PageTemplate(id="rest", frames=[frame])])
    doc.build(build(lines))


if __name__ == "__main__":
    main()
