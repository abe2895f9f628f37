#!/usr/bin/python3
"""Make docs/amrit-dharohar-onenote.pdf from tools/amrit-dharohar-onenote.txt.

The PDF imitates a OneNote page sent to the "Microsoft Print to PDF" printer (File > Print,
A4 portrait, footer "page title and page number"): the page title, a grey rule and the page's
creation date and time on the first sheet only; college-ruled rule lines printed behind the
text on every sheet; note containers placed freely on one long page (one narrow container beside
another at the same height), cut into sheets between lines and table rows; OneNote Heading 1 and
Heading 2 in blue, typed bullets and numbers with hanging indents, tags drawn as icons in the
left gutter (Critical, Idea, To Do boxes) or as highlighting behind the text (Definition in
green, Remember for later in yellow), pasted web text in a serif face with OneNote's grey
"Pasted from <...>" line, an audio-recording object and an attached-file icon with their
captions, a bordered table, red pen ink circling words, and the footer on every sheet.
Liberation Sans and Liberation Serif (embedded subsets) stand in for Calibri and Times New Roman.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "amrit-dharohar-onenote.txt")
OUT = os.path.join(HERE, "..", "docs", "amrit-dharohar-onenote.pdf")
FONTS = "/usr/share/fonts/truetype/liberation"
for name, fn in (("Sans", "LiberationSans-Regular.ttf"), ("Sans-Bold", "LiberationSans-Bold.ttf"),
                 ("Sans-Italic", "LiberationSans-Italic.ttf"),
                 ("Serif", "LiberationSerif-Regular.ttf"), ("Serif-Bold", "LiberationSerif-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONTS, fn)))

PW, PH = A4
LM, TOP, BOT = 40.0, 38.0, 46.0
BODY_H = PH - TOP - BOT
SIZE, LEAD = 10.5, 13.2
H1_SIZE, H2_SIZE = 15.0, 12.5
BLUE1, BLUE2 = HexColor("#1E4E79"), HexColor("#2E75B5")
GREY = HexColor("#767676")
RULE = HexColor("#C5DDF2")


class Item:
    """Something placed on the long OneNote page: y is its top, h its height."""

    def __init__(self, x, y, h, draw):
        self.x, self.y, self.h, self.draw = x, y, h, draw


def runs_of(text, font, bold):
    out = []
    for k, part in enumerate(re.split(r"\*\*", text)):
        if part:
            out.append((part, bold if k % 2 else font))
    return out


def wrap(runs, width, size):
    """Greedy word wrap of styled runs -> list of lines, each a list of (text, font)."""
    words = []
    for text, font in runs:
        for k, w in enumerate(re.split(r"( )", text)):
            if w:
                words.append((w, font))
    lines, cur, cur_w = [], [], 0.0
    for w, font in words:
        ww = pdfmetrics.stringWidth(w, font, size)
        if w == " ":
            if cur:
                cur.append((w, font))
                cur_w += ww
            continue
        if cur and cur_w + ww > width:
            while cur and cur[-1][0] == " ":
                cur_w -= pdfmetrics.stringWidth(" ", cur[-1][1], size)
                cur.pop()
            lines.append(cur)
            cur, cur_w = [], 0.0
        cur.append((w, font))
        cur_w += ww
    if cur:
        lines.append(cur)
    merged = []
    for line in lines:
        m = []
        for w, font in line:
            if m and m[-1][1] == font:
                m[-1] = (m[-1][0] + w, font)
            else:
                m.append((w, font))
        merged.append(m)
    return merged


def draw_runs(c, x, y, runs, size, color):
    c.setFillColor(color)
    for text, font in runs:
        c.setFont(font, size)
        c.drawString(x, y, text)
        x += pdfmetrics.stringWidth(text, font, size)


def runs_width(runs, size):
    return sum(pdfmetrics.stringWidth(t, f, size) for t, f in runs)


# ------------------------------------------------------------------ tag icons and objects

def icon_critical(c, x, y):
    c.setFillColor(HexColor("#D13438"))
    c.circle(x + 5, y + 3.5, 5, stroke=0, fill=1)
    c.setFillColor(HexColor("#FFFFFF"))
    c.rect(x + 4.2, y + 3.2, 1.6, 4.4, stroke=0, fill=1)
    c.rect(x + 4.2, y + 0.6, 1.6, 1.5, stroke=0, fill=1)


def icon_idea(c, x, y):
    c.setFillColor(HexColor("#F2C811"))
    c.setStrokeColor(HexColor("#A98700"))
    c.setLineWidth(0.5)
    c.circle(x + 5, y + 5, 4, stroke=1, fill=1)
    c.setFillColor(HexColor("#8A8A8A"))
    c.rect(x + 3.2, y - 1.5, 3.6, 2.4, stroke=0, fill=1)


def icon_todo(c, x, y, done):
    c.setStrokeColor(HexColor("#5B5B5B"))
    c.setLineWidth(0.7)
    c.setFillColor(HexColor("#FFFFFF"))
    c.rect(x + 0.5, y - 0.5, 8.5, 8.5, stroke=1, fill=1)
    if done:
        c.setStrokeColor(HexColor("#2E8B2E"))
        c.setLineWidth(1.4)
        p = c.beginPath()
        p.moveTo(x + 2, y + 3.5)
        p.lineTo(x + 4.2, y + 1)
        p.lineTo(x + 8.5, y + 8.5)
        c.drawPath(p, stroke=1, fill=0)


def icon_audio(c, x, y):
    c.setFillColor(HexColor("#E8E8E8"))
    c.setStrokeColor(HexColor("#9A9A9A"))
    c.setLineWidth(0.6)
    c.roundRect(x, y - 4, 22, 22, 3, stroke=1, fill=1)
    c.setFillColor(HexColor("#3C3C3C"))
    p = c.beginPath()
    p.moveTo(x + 5, y + 4)
    p.lineTo(x + 9, y + 4)
    p.lineTo(x + 14, y)
    p.lineTo(x + 14, y + 14)
    p.lineTo(x + 9, y + 10)
    p.lineTo(x + 5, y + 10)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(HexColor("#3C3C3C"))
    c.arc(x + 12, y + 2, 20, y + 12, -60, 120)


def icon_file(c, x, y):
    c.setFillColor(HexColor("#FFFFFF"))
    c.setStrokeColor(HexColor("#8C8C8C"))
    c.setLineWidth(0.7)
    p = c.beginPath()
    p.moveTo(x, y)
    p.lineTo(x + 22, y)
    p.lineTo(x + 22, y + 22)
    p.lineTo(x + 16, y + 28)
    p.lineTo(x, y + 28)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(HexColor("#C4262E"))
    c.rect(x - 3, y + 4, 20, 8, stroke=0, fill=1)


# ------------------------------------------------------------------ layout

class Page:
    def __init__(self):
        self.items = []
        self.y = 0.0
        self.last_container = None


def parse():
    head, containers = {}, []
    cur = None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("%"):
                continue
            if line.startswith("@container ") or line.startswith("@side "):
                parts = line.split()
                cur = {"side": line.startswith("@side"), "x": float(parts[1]),
                       "w": float(parts[2]), "serif": "serif" in parts[3:], "lines": []}
                containers.append(cur)
            elif cur is None:
                if line.startswith("@"):
                    k, _, v = line.partition(" ")
                    head[k[1:]] = v
            else:
                cur["lines"].append(line)
    for cont in containers:
        while cont["lines"] and not cont["lines"][-1].strip():
            cont["lines"].pop()
    return head, containers


def layout_container(cont, x0, y0):
    """Lay one container out from (x0, y0) on the long page; return items and the bottom y."""
    items = []
    y = y0
    w = cont["w"]
    font = "Serif" if cont["serif"] else "Sans"
    bold = "Serif-Bold" if cont["serif"] else "Sans-Bold"
    lines = cont["lines"]
    last_text_item = [None]

    def text_block(text, indent, first_prefix=None, color=None, size=SIZE, lead=LEAD, f=font,
                   b=bold, highlight=None, gutter=None, space_before=0.0):
        nonlocal y
        y += space_before
        avail = w - indent
        wrapped = wrap(runs_of(text, f, b), avail, size)
        made = []
        for k, runs in enumerate(wrapped):
            def draw(c, bx, by, runs=runs, k=k):
                top = by
                base = top - lead + (lead - size) / 2 + 2.2
                if highlight is not None:
                    c.setFillColor(highlight)
                    c.rect(bx + indent - 1, top - lead + 1, runs_width(runs, size) + 2, lead - 1,
                           stroke=0, fill=1)
                if k == 0 and first_prefix:
                    c.setFillColor(color or HexColor("#000000"))
                    c.setFont(f, size)
                    c.drawString(bx + indent - first_prefix[1], base, first_prefix[0])
                if k == 0 and gutter:
                    gutter(c, bx - 16, base - 1)
                draw_runs(c, bx + indent, base, runs, size, color or HexColor("#000000"))
            it = Item(x0, y, lead, draw)
            it.runs, it.indent, it.size, it.lead = runs, indent, size, lead
            items.append(it)
            made.append(it)
            y += lead
        last_text_item[0] = made[0] if made else None
        return made

    i = 0
    number = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            y += LEAD * 0.6
            number = 0
            i += 1
        elif line.startswith("# "):
            text_block(line[2:], 0, color=BLUE1, size=H1_SIZE, lead=H1_SIZE * 1.3, space_before=4)
            y += 2
            number = 0
            i += 1
        elif line.startswith("## "):
            text_block(line[3:], 0, color=BLUE2, size=H2_SIZE, lead=H2_SIZE * 1.3, f="Sans-Bold",
                       space_before=3)
            y += 1
            i += 1
        elif line.startswith("- "):
            text_block(line[2:], 14, first_prefix=("\u2022", 10))
            i += 1
        elif line.startswith("  - "):
            text_block(line[4:], 28, first_prefix=("\u25e6", 10))
            i += 1
        elif re.match(r"\d+\. ", line):
            number += 1
            text_block(line.split(". ", 1)[1], 16, first_prefix=("%d." % number, 14))
            i += 1
        elif line.startswith("["):
            tag, text = line[1:].split("] ", 1)
            if tag == "def":
                text_block(text, 0, highlight=HexColor("#C6EFCE"))
            elif tag == "rem":
                text_block(text, 0, highlight=HexColor("#FFF2AB"))
            elif tag == "crit":
                text_block(text, 0, gutter=icon_critical)
            elif tag == "idea":
                text_block(text, 0, gutter=icon_idea)
            else:
                done = tag == "done"
                text_block(text, 0, gutter=lambda c, gx, gy, d=done: icon_todo(c, gx, gy, d))
            i += 1
        elif line.startswith("@pastedfrom "):
            url = line.split(" ", 1)[1]
            y += 3

            def draw(c, bx, by, url=url):
                base = by - 9
                c.setFont("Sans", 8)
                c.setFillColor(GREY)
                c.drawString(bx, base, "Pasted from <")
                x1 = bx + pdfmetrics.stringWidth("Pasted from <", "Sans", 8)
                c.setFillColor(HexColor("#0563C1"))
                c.drawString(x1, base, url)
                uw = pdfmetrics.stringWidth(url, "Sans", 8)
                c.setStrokeColor(HexColor("#0563C1"))
                c.setLineWidth(0.4)
                c.line(x1, base - 1.2, x1 + uw, base - 1.2)
                c.setFillColor(GREY)
                c.drawString(x1 + uw, base, ">")
                c.linkURL(url, (x1, base - 2, x1 + uw, base + 8), relative=0)
            items.append(Item(x0, y, 12, draw))
            y += 12
            i += 1
        elif line.startswith("@audio "):
            text = line.split(" ", 1)[1]
            y += 4

            def draw(c, bx, by, text=text):
                icon_audio(c, bx, by - 22)
                c.setFont("Sans", 8)
                c.setFillColor(HexColor("#000000"))
                c.drawString(bx + 28, by - 15, text)
            items.append(Item(x0, y, 28, draw))
            y += 30
            i += 1
        elif line.startswith("@file "):
            name = line.split(" ", 1)[1]
            y += 4

            def draw(c, bx, by, name=name):
                icon_file(c, bx + 8, by - 30)
                c.setFont("Sans", 8)
                c.setFillColor(HexColor("#000000"))
                c.drawString(bx, by - 41, name)
            items.append(Item(x0, y, 46, draw))
            y += 48
            i += 1
        elif line.startswith("@ink"):
            target = last_text_item[0]
            old = target.draw

            def draw(c, bx, by, old=old, t=target):
                old(c, bx, by)
                bold_w = pdfmetrics.stringWidth(t.runs[0][0], t.runs[0][1], t.size)
                x1 = bx + t.indent - 20
                x2 = bx + t.indent + bold_w + 6
                yc = by - t.lead / 2
                c.setStrokeColor(HexColor("#E3242B"))
                c.setLineWidth(1.3)
                c.setLineCap(1)
                p = c.beginPath()
                p.moveTo(x2 - 6, yc + 9)
                p.curveTo(x2 + 10, yc + 6, x2 + 9, yc - 8, x2 - 8, yc - 9)
                p.curveTo(x1 + 20, yc - 11, x1 - 4, yc - 7, x1 - 2, yc + 1)
                p.curveTo(x1, yc + 9, x1 + 30, yc + 11, x2 + 2, yc + 8)
                c.drawPath(p, stroke=1, fill=0)
                p = c.beginPath()
                p.moveTo(x2 + 4, yc + 12)
                p.curveTo(x2 + 30, yc + 26, x2 + 60, yc + 24, x2 + 78, yc + 14)
                p.moveTo(x2 + 70, yc + 19)
                p.lineTo(x2 + 79, yc + 13.5)
                p.lineTo(x2 + 69, yc + 11)
                c.drawPath(p, stroke=1, fill=0)
            target.draw = draw
            i += 1
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            widths = [96, 150, w - 246]
            for r, row in enumerate(rows):
                cells = [wrap(runs_of(("**%s**" % t) if r == 0 else t, font, bold), widths[k] - 8,
                              SIZE) for k, t in enumerate(row)]
                nlines = max(len(cl) for cl in cells)
                h = nlines * LEAD + 6

                def draw(c, bx, by, cells=cells, h=h):
                    c.setStrokeColor(HexColor("#A3A3A3"))
                    c.setLineWidth(0.5)
                    xx = bx
                    for k, cl in enumerate(cells):
                        c.rect(xx, by - h, widths[k], h, stroke=1, fill=0)
                        for j, runs in enumerate(cl):
                            draw_runs(c, xx + 4, by - 3 - (j + 1) * LEAD + 3.4, runs, SIZE,
                                      HexColor("#000000"))
                        xx += widths[k]
                items.append(Item(x0, y, h, draw))
                y += h
            y += 4
        else:
            text_block(line, 0)
            i += 1
    return items, y


def build():
    head, containers = parse()
    # page header block on the long page (first sheet only)
    items = []

    def title_draw(c, bx, by):
        c.setFont("Sans", 20)
        c.setFillColor(HexColor("#000000"))
        c.drawString(bx, by - 21, head["title"])
        c.setStrokeColor(HexColor("#BFBFBF"))
        c.setLineWidth(0.6)
        c.line(bx, by - 29, bx + 300, by - 29)
        c.setFont("Sans", 8.5)
        c.setFillColor(GREY)
        c.drawString(bx, by - 42, head["created"])
        c.drawString(bx + 130, by - 42, head["time"])
    items.append(Item(LM, 0, 50, title_draw))
    y = 64.0
    prev_top, bottom = y, y
    for cont in containers:
        if cont["side"]:
            start = prev_top
        else:
            start = bottom + 8
            prev_top = start
        its, end = layout_container(cont, LM + 6 + cont["x"], start)
        items.extend(its)
        bottom = max(bottom, end)
        if not cont["side"]:
            prev_top = start
    # cut the long page into sheets between items
    items.sort(key=lambda it: (it.y, it.x))
    sheets = [[]]
    page_top = 0.0
    for it in items:
        if it.y + it.h - page_top > BODY_H:
            sheets.append([])
            page_top = it.y
        sheets[-1].append((it, it.y - page_top))
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Amrit Dharohar Scheme - OneNote")
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("Microsoft: Print To PDF")
    c.setProducer("Microsoft: Print To PDF")
    for n, sheet in enumerate(sheets, 1):
        # rule lines behind the page (college ruled), below the title area on sheet 1
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        yy = PH - TOP - (60 if n == 1 else 0) - 19.8
        while yy > BOT:
            c.line(0, yy, PW, yy)
            yy -= 19.8
        for it, rel in sheet:
            it.draw(c, it.x, PH - TOP - rel)
        c.setFont("Sans", 8)
        c.setFillColor(HexColor("#000000"))
        c.drawString(LM, 22, head["title"])
        c.drawRightString(PW - LM, 22, "Page %d" % n)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
