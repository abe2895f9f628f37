#!/usr/bin/python3
"""Make docs/ISM Units Tracker 25c1e0b4a7d280f3a9c6e1d2b4f7a8c3.pdf from the .txt of the same
name in tools/.

The PDF imitates Notion's "Export -> PDF" of one page (A4, 100% scale, no header or footer):
the page icon large at the top left, the title in bold, the property list (grey type icons and
names on the left, values on the right: coloured select / multi-select / status pills, a person
with an initial avatar, dates, plain text) and a rule under it; then the blocks in Notion's
look - paragraphs in #37352F, callouts on tinted rounded boxes with the emoji at the left, a
table-of-contents block in grey, H1-H3 headings (some with an emoji in the text), toggle headings
shown open with a down-pointing triangle and their children indented, bullets, an inline
database in table view (view tabs with icons, the database title, grey header row, select pills,
wrapped cells, light grid, a COUNT / SUM calculation footer), a quote with a bar, a divider, and
to-do checkboxes (ticked ones blue with a white tick, their text grey and struck through).

Emoji are drawn as small pictures, as the export shows them, with the character laid over them
as invisible text, so that text extraction gives the emoji (reportlab's ToUnicode map is
widened here to write characters beyond U+FFFF as UTF-16 pairs).

Run from anywhere: /usr/bin/python3 tools/make_notion_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

import reportlab.pdfbase.ttfonts as ttfonts
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ISM Units Tracker 25c1e0b4a7d280f3a9c6e1d2b4f7a8c3"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".pdf")


def _to_unicode_cmap(fontname, subset):
    """reportlab's makeToUnicodeCMap, but writing code points above U+FFFF as UTF-16 pairs."""
    def u16(v):
        if v > 0xFFFF:
            v -= 0x10000
            return "%04X%04X" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF))
        return "%04X" % v
    cmap = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CIDSystemInfo", "<< /Registry (%s)" % fontname, "/Ordering (%s)" % fontname,
            "/Supplement 0", ">> def", "/CMapName /%s def" % fontname, "/CMapType 2 def",
            "1 begincodespacerange", "<00> <%02X>" % (len(subset) - 1), "endcodespacerange",
            "%d beginbfchar" % len(subset)]
    cmap += ["<%02X> <%s>" % (i, u16(v)) for i, v in enumerate(subset)]
    cmap += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
             "end"]
    return "\n".join(cmap)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Italic", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Sans-BoldItalic", LIB + "LiberationSans-BoldItalic.ttf"))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic",
                              boldItalic="Sans-BoldItalic")
pdfmetrics.registerFont(TTFont("DV", DJV + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-Bold", DJV + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-Bold", italic="DV", boldItalic="DV-Bold")
LIB_CHARS = set(TTFont("probe", LIB + "LiberationSans-Regular.ttf").face.charToGlyph)

PW, PH = A4
LM = RM = 54
TM, BM = 46, 40
TW = PW - LM - RM

INK = colors.Color(55 / 255, 53 / 255, 47 / 255)
GREY = colors.Color(120 / 255, 119 / 255, 116 / 255)
LINE = colors.Color(233 / 255, 233 / 255, 231 / 255)
BLUE = colors.Color(35 / 255, 131 / 255, 226 / 255)
BG = {
    "gray": colors.Color(241 / 255, 241 / 255, 239 / 255),
    "yellow": colors.Color(251 / 255, 243 / 255, 219 / 255),
    "red": colors.Color(253 / 255, 235 / 255, 236 / 255),
}
PILL = {
    "blue": colors.Color(211 / 255, 229 / 255, 239 / 255),
    "orange": colors.Color(250 / 255, 222 / 255, 201 / 255),
    "green": colors.Color(219 / 255, 237 / 255, 219 / 255),
    "purple": colors.Color(232 / 255, 222 / 255, 238 / 255),
    "pink": colors.Color(245 / 255, 224 / 255, 233 / 255),
    "red": colors.Color(255 / 255, 226 / 255, 221 / 255),
    "yellow": colors.Color(253 / 255, 236 / 255, 200 / 255),
    "gray": colors.Color(227 / 255, 226 / 255, 224 / 255),
}

body = ParagraphStyle("body", fontName="Sans", fontSize=10, leading=15, textColor=INK)
grey_st = ParagraphStyle("grey", parent=body, textColor=GREY, fontSize=9.5, leading=14)
title_st = ParagraphStyle("title", fontName="Sans-Bold", fontSize=27, leading=33, textColor=INK)
h1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=18, leading=23, textColor=INK,
                    spaceBefore=20, spaceAfter=3)
h2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=14.5, leading=19, textColor=INK,
                    spaceBefore=14, spaceAfter=2)
h3 = ParagraphStyle("h3", fontName="Sans-Bold", fontSize=12, leading=16, textColor=INK,
                    spaceBefore=8, spaceAfter=1)
cell_st = ParagraphStyle("cell", fontName="Sans", fontSize=8.5, leading=11, textColor=INK)
head_st = ParagraphStyle("head", parent=cell_st, textColor=GREY)
quote_st = ParagraphStyle("quote", parent=body, fontSize=11, leading=16.5)


def markup(s):
    """Source inline markup to reportlab paragraph markup."""
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", s)
    s = re.sub(r"\{@([^}]+)\}", r'<font color="#787774">@\1</font>', s)
    out, intag = [], False
    for ch in s:
        if ch == "<":
            intag = True
        if not intag and ord(ch) > 127 and ord(ch) not in LIB_CHARS:
            out.append('<font name="DV">%s</font>' % ch)
        else:
            out.append(ch)
        if ch == ">":
            intag = False
    return "".join(out)


# ---------------------------------------------------------------- emoji pictures

def draw_emoji(c, ch, x, y, size):
    """Draw emoji `ch` as a little picture in the box (x, y, size) and lay the character over it
    as invisible text."""
    s = size
    c.saveState()
    base = ch[0]
    if base == "\U0001F3ED":            # factory
        c.setFillColor(colors.Color(0.55, 0.58, 0.62))
        c.rect(x + 0.08 * s, y + 0.1 * s, 0.84 * s, 0.42 * s, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(x + 0.08 * s, y + 0.52 * s)
        for i in range(3):
            x0 = x + (0.08 + 0.28 * i) * s
            p.lineTo(x0 + 0.28 * s, y + 0.68 * s)
            p.lineTo(x0 + 0.28 * s, y + 0.52 * s)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.Color(0.78, 0.25, 0.22))
        c.rect(x + 0.7 * s, y + 0.52 * s, 0.12 * s, 0.36 * s, stroke=0, fill=1)
        c.setFillColor(colors.Color(0.85, 0.85, 0.85))
        c.circle(x + 0.8 * s, y + 0.94 * s, 0.06 * s, stroke=0, fill=1)
        c.setFillColor(colors.Color(0.98, 0.82, 0.35))
        for i in range(3):
            c.rect(x + (0.16 + 0.26 * i) * s, y + 0.24 * s, 0.14 * s, 0.12 * s, stroke=0, fill=1)
    elif base == "\U0001F4A1":          # light bulb
        c.setFillColor(colors.Color(1.0, 0.80, 0.20))
        c.circle(x + 0.5 * s, y + 0.6 * s, 0.3 * s, stroke=0, fill=1)
        c.setFillColor(colors.Color(0.6, 0.6, 0.62))
        c.rect(x + 0.36 * s, y + 0.1 * s, 0.28 * s, 0.22 * s, stroke=0, fill=1)
    elif base == "\U0001F4CC":          # pushpin
        c.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
        c.setLineWidth(0.08 * s)
        c.line(x + 0.3 * s, y + 0.1 * s, x + 0.55 * s, y + 0.5 * s)
        c.setFillColor(colors.Color(0.86, 0.18, 0.22))
        c.circle(x + 0.62 * s, y + 0.64 * s, 0.25 * s, stroke=0, fill=1)
    elif base == "\u26A0":              # warning sign
        c.setFillColor(colors.Color(1.0, 0.78, 0.0))
        p = c.beginPath()
        p.moveTo(x + 0.5 * s, y + 0.92 * s)
        p.lineTo(x + 0.96 * s, y + 0.08 * s)
        p.lineTo(x + 0.04 * s, y + 0.08 * s)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.rect(x + 0.46 * s, y + 0.36 * s, 0.08 * s, 0.36 * s, stroke=0, fill=1)
        c.circle(x + 0.5 * s, y + 0.22 * s, 0.05 * s, stroke=0, fill=1)
    elif base == "\U0001F4F0":          # newspaper
        c.setFillColor(colors.Color(0.93, 0.93, 0.91))
        c.setStrokeColor(colors.Color(0.55, 0.55, 0.55))
        c.setLineWidth(0.04 * s)
        c.rect(x + 0.08 * s, y + 0.14 * s, 0.84 * s, 0.7 * s, stroke=1, fill=1)
        for i in range(4):
            c.line(x + 0.18 * s, y + (0.68 - 0.13 * i) * s, x + 0.82 * s, y + (0.68 - 0.13 * i) * s)
    elif base == "\u2705":              # check mark button
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
    t.setFont("DV", size * 0.8)
    t.setTextRenderMode(3)
    t.textOut(ch)
    c.drawText(t)
    c.restoreState()


def split_emoji(text):
    """('emoji', rest) if text opens with one of the drawn emoji, else ('', text)."""
    m = re.match(r"^([\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?) (.*)$", text)
    return (m.group(1), m.group(2)) if m else ("", text)


# ---------------------------------------------------------------- flowables

class Block(Flowable):
    """A paragraph with a left indent and an optional marker drawn in the indent: a bullet, a
    toggle triangle, a to-do box, a leading emoji or a quote bar."""

    def __init__(self, para, indent=0, marker=None, gap=24, space_before=0, space_after=1,
                 keep=False):
        Flowable.__init__(self)
        self.para, self.indent, self.marker, self.gap = para, indent, marker, gap
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.keepWithNext = keep

    def wrap(self, aw, ah):
        self.aw = aw
        self.pw, self.ph = self.para.wrap(aw - self.indent - self.gap, ah)
        return aw, self.ph + 2

    def draw(self):
        c = self.canv
        x0 = self.indent
        st = self.para.style
        base = 1 + self.ph - st.fontSize
        kind = self.marker[0] if self.marker else None
        if kind == "bullet":
            c.setFont("Sans", 10)
            c.setFillColor(INK)
            c.drawString(x0 + 7, base, "\u2022")
        elif kind == "toggle":
            c.setFillColor(INK)
            cx, cy = x0 + 9, base + st.fontSize * 0.36
            p = c.beginPath()
            p.moveTo(cx - 4, cy + 2.5)
            p.lineTo(cx + 4, cy + 2.5)
            p.lineTo(cx, cy - 3.5)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        elif kind == "todo":
            done = self.marker[1]
            bx, by = x0 + 3, base - 1.5
            if done:
                c.setFillColor(BLUE)
                c.roundRect(bx, by, 10.5, 10.5, 1.5, stroke=0, fill=1)
                c.setStrokeColor(colors.white)
                c.setLineWidth(1.4)
                p = c.beginPath()
                p.moveTo(bx + 2.4, by + 5.4)
                p.lineTo(bx + 4.5, by + 3.0)
                p.lineTo(bx + 8.3, by + 7.8)
                c.drawPath(p, stroke=1, fill=0)
            else:
                c.setStrokeColor(INK)
                c.setLineWidth(1.1)
                c.roundRect(bx, by, 10.5, 10.5, 1.5, stroke=1, fill=0)
        elif kind == "emoji":
            size = st.fontSize * 1.05
            draw_emoji(c, self.marker[1], x0, base - st.fontSize * 0.12, size)
        elif kind == "quote":
            c.setFillColor(INK)
            c.rect(x0 + 1, 0, 2.4, self.ph + 2, stroke=0, fill=1)
        self.para.drawOn(c, x0 + self.gap, 1)


class Callout(Flowable):
    def __init__(self, emoji, color, text):
        Flowable.__init__(self)
        self.emoji, self.color = emoji, color
        self.para = Paragraph(markup(text), body)
        self.spaceBefore, self.spaceAfter = 6, 6

    def wrap(self, aw, ah):
        self.aw = aw
        self.pw, self.ph = self.para.wrap(aw - 14 - 30 - 12, ah)
        self.h = self.ph + 24
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(BG[self.color])
        c.roundRect(0, 0, self.aw, self.h, 4, stroke=0, fill=1)
        top_base = 12 + self.ph - body.fontSize
        draw_emoji(c, self.emoji, 14, top_base - 2, 14)
        self.para.drawOn(c, 14 + 30, 12)


class Rule(Flowable):
    def __init__(self, space_before=6, space_after=6):
        Flowable.__init__(self)
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 1

    def draw(self):
        self.canv.setStrokeColor(LINE)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 0.5, self.aw, 0.5)


class PageIcon(Flowable):
    def __init__(self, emoji):
        Flowable.__init__(self)
        self.emoji = emoji

    def wrap(self, aw, ah):
        return aw, 62

    def draw(self):
        draw_emoji(self.canv, self.emoji, 0, 4, 56)


def pill_width(text, size=8.5):
    return pdfmetrics.stringWidth(text, "Sans", size) + 10


def draw_pill(c, x, y, text, color, size=8.5):
    w = pill_width(text, size)
    c.setFillColor(PILL[color])
    c.roundRect(x, y - 3.2, w, size + 5, 2.5, stroke=0, fill=1)
    c.setFillColor(INK)
    c.setFont("Sans", size)
    c.drawString(x + 5, y, text)
    return w


def prop_icon(c, kind, x, y):
    c.saveState()
    c.setStrokeColor(GREY)
    c.setFillColor(GREY)
    c.setLineWidth(0.9)
    if kind == "select":
        c.circle(x + 5, y + 3.5, 4.2, stroke=1, fill=0)
        p = c.beginPath()
        p.moveTo(x + 3, y + 4.4)
        p.lineTo(x + 7, y + 4.4)
        p.lineTo(x + 5, y + 2.2)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "multi":
        for i in range(3):
            c.line(x + 3.5, y + 6.5 - 3 * i, x + 10, y + 6.5 - 3 * i)
            c.circle(x + 1.2, y + 6.5 - 3 * i, 0.8, stroke=0, fill=1)
    elif kind == "status":
        c.circle(x + 5, y + 3.5, 4.2, stroke=1, fill=0)
        c.wedge(x + 0.8, y - 0.7, x + 9.2, y + 7.7, 90, -180, stroke=0, fill=1)
    elif kind == "person":
        c.circle(x + 5, y + 6, 2.2, stroke=1, fill=0)
        c.arc(x + 1, y - 2.5, x + 9, y + 5, 0, 180)
    elif kind == "date":
        c.rect(x + 0.5, y - 0.5, 9, 8.5, stroke=1, fill=0)
        c.line(x + 0.5, y + 5.5, x + 9.5, y + 5.5)
    else:
        for i in range(3):
            c.line(x + 0.5, y + 6.5 - 3 * i, x + (9.5 if i < 2 else 6), y + 6.5 - 3 * i)
    c.restoreState()


class PropRow(Flowable):
    def __init__(self, name, kind, value):
        Flowable.__init__(self)
        self.name, self.kind, self.value = name, kind, value

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 21

    def draw(self):
        c = self.canv
        y = 6.5
        prop_icon(c, self.kind, 2, y)
        c.setFillColor(GREY)
        c.setFont("Sans", 9.5)
        c.drawString(20, y, self.name)
        x = 150
        if self.kind in ("select", "multi", "status"):
            for part in self.value.split(" ; "):
                text, color = part.rsplit(":", 1)
                if self.kind == "status":
                    w = pill_width("\u25cf " + text, 9)
                    c.setFillColor(PILL[color])
                    c.roundRect(x, y - 3.4, w + 2, 14, 7, stroke=0, fill=1)
                    c.setFillColor(colors.Color(0.79, 0.57, 0.16))
                    c.circle(x + 8, y + 3.2, 2.6, stroke=0, fill=1)
                    c.setFillColor(INK)
                    c.setFont("Sans", 9)
                    c.drawString(x + 14, y, text)
                    x += w + 8
                else:
                    x += draw_pill(c, x, y, text, color, 9) + 6
        elif self.kind == "person":
            c.setFillColor(colors.Color(0.89, 0.88, 0.86))
            c.circle(x + 7, y + 3.2, 7, stroke=0, fill=1)
            c.setFillColor(GREY)
            c.setFont("Sans", 8)
            c.drawCentredString(x + 7, y + 0.4, self.value[0])
            c.setFillColor(INK)
            c.setFont("Sans", 9.5)
            c.drawString(x + 19, y, self.value)
        else:
            c.setFillColor(INK)
            c.setFont("Sans", 9.5)
            c.drawString(x, y, self.value)


class Pill(Flowable):
    def __init__(self, text, color):
        Flowable.__init__(self)
        self.text, self.color = text, color

    def wrap(self, aw, ah):
        return min(aw, pill_width(self.text)), 13

    def draw(self):
        draw_pill(self.canv, 0, 3.4, self.text, self.color)


class DbHeader(Flowable):
    """View tabs (icon + name, the first underlined) and the database title."""

    def __init__(self, title, views):
        Flowable.__init__(self)
        self.title, self.views = title, views
        self.spaceBefore = 8
        self.keepWithNext = True

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 50

    def draw(self):
        c = self.canv
        x = 0
        for i, v in enumerate(self.views):
            icon, name = v.split(" ", 1)
            c.setStrokeColor(GREY if i else INK)
            c.setFillColor(GREY if i else INK)
            c.setLineWidth(0.8)
            if icon == "\u25a6":
                c.rect(x + 1, 37, 8, 8, stroke=1, fill=0)
                c.line(x + 1, 41, x + 9, 41)
                c.line(x + 5, 37, x + 5, 45)
            else:
                for k in range(3):
                    c.line(x + 1, 44 - 3 * k, x + 9, 44 - 3 * k)
            c.setFont("Sans", 9)
            c.drawString(x + 13, 38, name)
            w = 13 + pdfmetrics.stringWidth(name, "Sans", 9)
            if i == 0:
                c.setStrokeColor(INK)
                c.setLineWidth(1.6)
                c.line(x, 31, x + w, 31)
            x += w + 16
        c.setStrokeColor(LINE)
        c.setLineWidth(0.8)
        c.line(0, 30.5, self.aw, 30.5)
        c.setFillColor(INK)
        c.setFont("Sans-Bold", 13)
        c.drawString(0, 9, self.title)


def db_table(rows, calc):
    widths = [118, 74, 68, 82, 58, TW - 118 - 74 - 68 - 82 - 58]
    data = []
    for r, row in enumerate(rows):
        out = []
        for k, cell in enumerate(row):
            m = re.match(r"^\{\{(.+):(\w+)\}\}$", cell)
            if r == 0:
                out.append(Paragraph(markup(cell), head_st))
            elif m:
                out.append(Pill(m.group(1), m.group(2)))
            else:
                st = cell_st
                if k == 4:
                    st = ParagraphStyle("num", parent=cell_st, alignment=2)
                out.append(Paragraph(markup(cell), st))
        data.append(out)
    foot = []
    for k, cell in enumerate(calc):
        if cell:
            label, value = cell.split(" ", 1)
            st = ParagraphStyle("calc", parent=cell_st, alignment=2 if k == 4 else 0)
            foot.append(Paragraph('<font size="6.5" color="#787774">%s</font> %s'
                                  % (label, value), st))
        else:
            foot.append("")
    data.append(foot)
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, LINE),
        ("LINEBELOW", (0, 0), (-1, -2), 0.8, LINE),
        ("LINEAFTER", (0, 0), (-2, -2), 0.8, LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


# ---------------------------------------------------------------- the page

def build(lines):
    story, props = [], []
    heads = []          # (level, text) for the table-of-contents block
    for line in lines:
        s = line.strip()
        if s.startswith("# "):
            heads.append((1, s[2:]))
        elif s.startswith("> ### "):
            heads.append((3, s[6:]))
    i = 0
    while i < len(lines):
        line = lines[i]
        s = line.strip()
        indent = 24 if line.startswith("  ") else 0
        if not s:
            pass
        elif s.startswith("@icon "):
            story.append(PageIcon(s[6:]))
        elif s.startswith("@title "):
            story.append(Paragraph(markup(s[7:]), title_st))
            story.append(Spacer(1, 10))
        elif s.startswith("@prop "):
            name, kind, value = [p.strip() for p in s[6:].split("|", 2)]
            story.append(PropRow(name, kind, value))
            if not lines[i + 1].startswith("@prop"):
                story.append(Rule(6, 10))
        elif s.startswith("!callout "):
            head, text = s[9:].split(" | ", 1)
            emoji, color = head.split(" ")
            story.append(Callout(emoji, color, text))
        elif s == "!toc":
            for level, text in heads:
                emoji, rest = split_emoji(text)
                para = Paragraph(markup(rest), grey_st)
                ind = 0 if level == 1 else 18
                if emoji:
                    story.append(Block(para, ind, ("emoji", emoji), gap=16))
                else:
                    story.append(Block(para, ind, None, gap=0))
        elif s.startswith("!db "):
            title, views = s[4:].split(" | ", 1)
            story.append(DbHeader(title, views.split(" ; ")))
            rows = []
            i += 1
            while lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            calc = [c.strip() for c in lines[i][6:].split("|")]
            story.append(db_table(rows, calc))
            story.append(Spacer(1, 4))
        elif s.startswith("# ") or s.startswith("## ") or s.startswith("### "):
            level = len(s.split(" ", 1)[0])
            st = {1: h1, 2: h2, 3: h3}[level]
            emoji, rest = split_emoji(s[level + 1:])
            para = Paragraph(markup(rest), st)
            if emoji:
                story.append(Block(para, 0, ("emoji", emoji), gap=st.fontSize * 1.45,
                                   space_before=st.spaceBefore, space_after=st.spaceAfter,
                                   keep=True))
            else:
                story.append(Block(para, 0, None, gap=0, space_before=st.spaceBefore,
                                   space_after=st.spaceAfter, keep=True))
        elif s.startswith("> ### "):
            para = Paragraph(markup(s[6:]), h3)
            story.append(Block(para, 0, ("toggle",), gap=22, space_before=9, space_after=1,
                               keep=True))
        elif s.startswith("- "):
            story.append(Block(Paragraph(markup(s[2:]), body), indent, ("bullet",), gap=22))
        elif s.startswith("[x] ") or s.startswith("[ ] "):
            done = s[1] == "x"
            text = markup(s[4:])
            if done:
                text = '<font color="#787774"><strike>%s</strike></font>' % text
            story.append(Block(Paragraph(text, body), indent, ("todo", done), gap=22))
        elif s.startswith('" '):
            story.append(Block(Paragraph(markup(s[2:]), quote_st), 0, ("quote",), gap=14,
                               space_before=6, space_after=4))
        elif s == "---":
            story.append(Rule(8, 4))
        else:
            story.append(Block(Paragraph(markup(s), body), indent, None, gap=0,
                               space_after=4))
        i += 1
    return story


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%%")]
    title = [l[7:] for l in lines if l.startswith("@title ")][0]
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title=title, author="", subject="",
                          creator="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, "
                                  "like Gecko) HeadlessChrome/138.0.0.0 Safari/537.36",
                          producer="Skia/PDF m138")
    frame = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="page")
    doc.addPageTemplates([PageTemplate(id="notion", frames=[frame])])
    doc.build(build(lines))


if __name__ == "__main__":
    main()
