#!/usr/bin/python3
"""Re-makes docs/heat-action-plans-ndma-revision.pdf from
tools/heat-action-plans-ndma-revision.txt with reportlab (invariant=1).

A coaching institute's two-column A4 revision sheet: a coloured title banner on
page 1, numbered small-caps section headings, coloured "Prelims facts" and
"Mains angle" boxes, bullet and numbered lists, a table spanning both columns at
the top of the page after the one where it is called (like a LaTeX table*), a
running header and a footer with "Page n of N" on every page.

Source markup: "%KEY value" settings; "= " section; "== " subsection;
"- " bullet; "1. " numbered item; "[PRELIMS] title" / "[MAINS] title" ...
"[/]" boxes; "[TABLE] caption" rows "a|b|c" "[/]"; **bold**; other lines are
paragraphs.
"""
import os
import re

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "heat-action-plans-ndma-revision.txt")
OUT = os.path.join(HERE, "..", "docs", "heat-action-plans-ndma-revision.pdf")

FONTDIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("LSans", os.path.join(FONTDIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LSans-Bold", os.path.join(FONTDIR, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LSans-Italic", os.path.join(FONTDIR, "LiberationSans-Italic.ttf")))
pdfmetrics.registerFont(TTFont("LSans-BoldItalic", os.path.join(FONTDIR, "LiberationSans-BoldItalic.ttf")))
pdfmetrics.registerFontFamily("LSans", normal="LSans", bold="LSans-Bold", italic="LSans-Italic", boldItalic="LSans-BoldItalic")

PAGE_W, PAGE_H = A4
MARGIN_X = 38
TOP = PAGE_H - 58          # below the running header
BOTTOM = 46                # above the footer
GAP = 16
COL_W = (PAGE_W - 2 * MARGIN_X - GAP) / 2
BANNER_H = 112

TEAL = colors.HexColor("#0B5563")
MAROON = colors.HexColor("#8E1B1B")
BLUE_BG = colors.HexColor("#E4F1FA")
BLUE_LINE = colors.HexColor("#2F80B7")
ORANGE_BG = colors.HexColor("#FFF0DB")
ORANGE_LINE = colors.HexColor("#E08A1E")
GREY = colors.HexColor("#555555")

body = ParagraphStyle("body", fontName="LSans", fontSize=9.6, leading=12.3, alignment=TA_JUSTIFY, spaceAfter=4)
bullet = ParagraphStyle("bullet", parent=body, alignment=TA_LEFT, leftIndent=10, bulletIndent=1, spaceAfter=1.5)
number = ParagraphStyle("number", parent=bullet, leftIndent=12, bulletIndent=0)
h1 = ParagraphStyle("h1", fontName="LSans-Bold", fontSize=11.5, leading=14, textColor=MAROON, spaceBefore=7, spaceAfter=3)
h2 = ParagraphStyle("h2", fontName="LSans-BoldItalic", fontSize=9.6, leading=12, textColor=TEAL, spaceBefore=4, spaceAfter=2)
boxtitle = ParagraphStyle("boxtitle", fontName="LSans-Bold", fontSize=9, leading=11.5, spaceAfter=2)
boxtext = ParagraphStyle("boxtext", parent=body, fontSize=9, leading=11.4, alignment=TA_LEFT, spaceAfter=1)
boxbullet = ParagraphStyle("boxbullet", parent=boxtext, leftIndent=9, bulletIndent=0)
cell = ParagraphStyle("cell", fontName="LSans", fontSize=8, leading=9.8)
cellhead = ParagraphStyle("cellhead", parent=cell, fontName="LSans-Bold", textColor=colors.white)
caption = ParagraphStyle("caption", fontName="LSans-Bold", fontSize=9, leading=11, textColor=MAROON, spaceAfter=3)
pointer = ParagraphStyle("pointer", parent=body, fontName="LSans-Italic", textColor=GREY)


def inline(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s


def smallcaps(s, big, small):
    """Fake small caps as coaching notes made in Word get them: capitals at
    full size, lower-case letters as capitals at a smaller size."""
    out = []
    for word in s.split(" "):
        parts = []
        for ch in word:
            if ch.islower():
                parts.append('<font size="%s">%s</font>' % (small, ch.upper()))
            else:
                parts.append('<font size="%s">%s</font>' % (big, inline(ch)))
        out.append("".join(parts))
    return " ".join(out)


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    meta = {}
    items = []
    i = 0
    while i < len(lines):
        l = lines[i]
        i += 1
        if not l.strip():
            continue
        if l.startswith("%"):
            k, v = l[1:].split(" ", 1)
            meta[k] = v
        elif l.startswith("[PRELIMS]") or l.startswith("[MAINS]"):
            kind = "prelims" if l.startswith("[PRELIMS]") else "mains"
            title = l.split("]", 1)[1].strip()
            inner = []
            while lines[i] != "[/]":
                inner.append(lines[i])
                i += 1
            i += 1
            items.append(("box", kind, title, inner))
        elif l.startswith("[TABLE]"):
            cap = l.split("]", 1)[1].strip()
            rows = []
            while lines[i] != "[/]":
                rows.append(lines[i].split("|"))
                i += 1
            i += 1
            items.append(("table", cap, rows))
        elif l.startswith("== "):
            items.append(("h2", l[3:]))
        elif l.startswith("= "):
            items.append(("h1", l[2:]))
        elif l.startswith("- "):
            items.append(("bullet", l[2:]))
        elif re.match(r"\d+\. ", l):
            n, t = l.split(" ", 1)
            items.append(("number", n, t))
        else:
            items.append(("p", l))
    return meta, items


def make_box(kind, title, inner):
    bg, line = (BLUE_BG, BLUE_LINE) if kind == "prelims" else (ORANGE_BG, ORANGE_LINE)
    icon = "\u25A0 " if kind == "prelims" else "\u25BA "
    flow = [Paragraph('<font color="%s">%s</font>%s' % (line.hexval().replace("0x", "#"), icon, inline(title)), boxtitle)]
    for l in inner:
        if l.startswith("- "):
            flow.append(Paragraph(inline(l[2:]), boxbullet, bulletText="\u2022"))
        else:
            flow.append(Paragraph(inline(l), boxtext))
    t = Table([[flow]], colWidths=[COL_W])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LINEBEFORE", (0, 0), (0, -1), 3, line),
        ("BOX", (0, 0), (-1, -1), 0.6, line),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    t.spaceBefore = 4
    t.spaceAfter = 6
    return t


def make_wide_table(cap, rows):
    widths = [0.07, 0.24, 0.24, 0.45]
    total = PAGE_W - 2 * MARGIN_X
    data = [[Paragraph(inline(c), cellhead) for c in rows[0]]]
    for r in rows[1:]:
        data.append([Paragraph(inline(c), cell) for c in r])
    t = Table(data, colWidths=[w * total for w in widths])
    st = [
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9DB8BE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for r in range(2, len(data), 2):
        st.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#EEF5F6")))
    t.setStyle(TableStyle(st))
    return Paragraph(inline(cap), caption), t


class Sheet(BaseDocTemplate):
    def __init__(self, path, meta, wide, total_pages, **kw):
        BaseDocTemplate.__init__(self, path, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                                 topMargin=PAGE_H - TOP, bottomMargin=BOTTOM,
                                 title=meta["TITLE"], author="Pragati IAS Academy",
                                 subject="Disaster Management Revision Series - Sheet 14",
                                 creator="Pragati IAS DTP (Sheet14_HeatWaves_final)", **kw)
        self.meta = meta
        self.wide = wide
        self.total_pages = total_pages
        self.wide_h = 0
        if wide:
            cap, t = wide
            _, ch = cap.wrap(PAGE_W - 2 * MARGIN_X, 100)
            _, th = t.wrap(PAGE_W - 2 * MARGIN_X, 800)
            self.wide_h = ch + 3 + th + 14
        col_h = TOP - BOTTOM
        first_h = col_h - BANNER_H - 10
        wide_h = col_h - self.wide_h

        def cols(h, tag):
            return [Frame(MARGIN_X, BOTTOM, COL_W, h, id=tag + "L", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
                    Frame(MARGIN_X + COL_W + GAP, BOTTOM, COL_W, h, id=tag + "R", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]

        self.addPageTemplates([
            PageTemplate(id="first", frames=cols(first_h, "f"), onPage=self.on_first, autoNextPageTemplate="normal"),
            PageTemplate(id="normal", frames=cols(col_h, "n"), onPage=self.on_page),
            PageTemplate(id="wide", frames=cols(wide_h, "w"), onPage=self.on_wide, autoNextPageTemplate="normal"),
        ])
        self.page_count = 0

    def chrome(self, c, doc):
        self.page_count = doc.page
        c.saveState()
        c.setFont("LSans-Bold", 7.5)
        c.setFillColor(TEAL)
        c.drawString(MARGIN_X, PAGE_H - 34, "PRAGATI IAS")
        c.setFont("LSans", 7.5)
        c.setFillColor(GREY)
        c.drawString(MARGIN_X + 50, PAGE_H - 34, self.meta["HEADER"])
        c.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 34, "pragatiias.in | Telegram: @pragatiias_dm")
        c.setStrokeColor(TEAL)
        c.setLineWidth(1.2)
        c.line(MARGIN_X, PAGE_H - 39, PAGE_W - MARGIN_X, PAGE_H - 39)
        c.setLineWidth(0.5)
        c.line(MARGIN_X, 34, PAGE_W - MARGIN_X, 34)
        c.setFont("LSans", 7)
        c.drawString(MARGIN_X, 24, self.meta["FOOTER"])
        c.setFont("LSans-Bold", 7.5)
        c.drawRightString(PAGE_W - MARGIN_X, 24, "Page %d of %d" % (doc.page, self.total_pages))
        c.restoreState()

    def on_first(self, c, doc):
        self.chrome(c, doc)
        c.saveState()
        y0 = TOP - BANNER_H
        c.setFillColor(TEAL)
        c.roundRect(MARGIN_X, y0, PAGE_W - 2 * MARGIN_X, BANNER_H - 4, 6, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#F2B33D"))
        c.rect(MARGIN_X, y0 + 22, PAGE_W - 2 * MARGIN_X, 2, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LSans-Bold", 10)
        c.drawString(MARGIN_X + 14, TOP - 24, self.meta["INSTITUTE"])
        c.setFont("LSans", 8.5)
        c.drawRightString(PAGE_W - MARGIN_X - 14, TOP - 24, self.meta["SERIES"])
        c.setFont("LSans-Bold", 19)
        c.drawString(MARGIN_X + 14, TOP - 58, self.meta["TITLE"])
        c.setFont("LSans-Italic", 8.5)
        c.drawString(MARGIN_X + 14, TOP - 78, "Quick revision + value addition for Mains. Read with Sheet 13 (Cyclones) and Sheet 15 (Urban Floods).")
        c.setFont("LSans", 8)
        c.drawString(MARGIN_X + 14, y0 + 8, self.meta["SUB"])
        c.restoreState()

    def on_page(self, c, doc):
        self.chrome(c, doc)

    def on_wide(self, c, doc):
        self.chrome(c, doc)
        cap, t = self.wide
        w = PAGE_W - 2 * MARGIN_X
        _, ch = cap.wrap(w, 100)
        _, th = t.wrap(w, 800)
        cap.drawOn(c, MARGIN_X, TOP - ch)
        t.drawOn(c, MARGIN_X, TOP - ch - 3 - th)


def story(items):
    out = []
    sec = 0
    wide = None
    pending_head = []
    for it in items:
        kind = it[0]
        if kind == "h1":
            sec += 1
            head = Paragraph("%d.&nbsp;&nbsp;%s" % (sec, smallcaps(it[1], 11.5, 9)), h1)
            out.append(CondPageBreak(60))
            pending_head = [head]
            continue
        if kind == "h2":
            pending_head.append(Paragraph(inline(it[1]), h2))
            continue
        if kind == "p":
            f = Paragraph(inline(it[1]), body)
        elif kind == "bullet":
            f = Paragraph(inline(it[1]), bullet, bulletText="\u2022")
        elif kind == "number":
            f = Paragraph(inline(it[2]), number, bulletText=it[1])
        elif kind == "box":
            f = make_box(*it[1:])
        elif kind == "table":
            wide = make_wide_table(it[1], it[2])
            out.append(NextPageTemplate("wide"))
            f = Paragraph("\u2192 Table 1 (top of next page): the big heat waves, year by year.", pointer)
        if pending_head:
            out.append(KeepTogether(pending_head + [f]))
            pending_head = []
        else:
            out.append(f)
    return out, wide


def build(total):
    meta, items = parse()
    flow, wide = story(items)
    doc = Sheet(OUT, meta, wide, total)
    doc.build(flow)
    return doc.page_count


if __name__ == "__main__":
    n = build(99)
    n2 = build(n)
    assert n2 == n
    print("wrote", os.path.normpath(OUT), os.path.getsize(OUT), "bytes,", n, "pages")
