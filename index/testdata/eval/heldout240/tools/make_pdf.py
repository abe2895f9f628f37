#!/usr/bin/python3
"""Make docs/glof-keynote-lecture-14.pdf from tools/glof-keynote-lecture-14.txt.

The PDF imitates an Apple Keynote deck in the "Basic Black" theme exported with File > Export
To > PDF ("Slide" layout, no presenter notes, no build stages): 1920 x 1080 pt pages, one slide
a page; black background, white Helvetica-Neue-like text (Liberation Sans stands in and is
embedded as a subset, as Keynote embeds its fonts); the theme's slide number centred at the
foot of every slide but the title slide; titles top left; body text that Keynote's "shrink text
to fit" makes smaller on crowded slides (each slide's body size is the largest that fits);
layouts Title, Agenda, Title & Bullets, Section, Big Fact, Quote, Title Bullets & Photo, and
slides with a Keynote table (grey header row, thin white rules), a bar chart (axis, gridlines,
value labels), a chain of rounded shapes joined by arrows and a callout box; links as
underlined text with URI link annotations. The document info is what Keynote and macOS Quartz
write: Title (the .key file's name), Author, Creator "Keynote", Producer "macOS Version ...
Quartz PDFContext".

Run from anywhere: /usr/bin/python3 tools/make_pdf.py   (byte-for-byte stable: invariant=1)
"""
import os
import re

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "glof-keynote-lecture-14.txt")
OUT = os.path.join(HERE, "..", "docs", "glof-keynote-lecture-14.pdf")

W, H = 1920.0, 1080.0
FONTDIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("HelveticaNeue", os.path.join(FONTDIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("HelveticaNeue-Bold", os.path.join(FONTDIR, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("HelveticaNeue-Italic", os.path.join(FONTDIR, "LiberationSans-Italic.ttf")))
REG, BOLD, ITAL = "HelveticaNeue", "HelveticaNeue-Bold", "HelveticaNeue-Italic"

BG = HexColor("#000000")
FG = HexColor("#FFFFFF")
GREY = HexColor("#A1A1A6")
DIM = HexColor("#636366")
ACCENT = HexColor("#FF9F0A")
BLUE = HexColor("#0A84FF")
CELL = HexColor("#1C1C1E")
HEAD = HexColor("#3A3A3C")
LEFT, RIGHT = 110.0, W - 110.0


# ---------------------------------------------------------------- source
def read_source():
    meta, slides = {}, []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("%") or not line.strip():
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.startswith("=== "):
            slides.append({"kind": line[4:].strip(), "items": [], "rows": [], "boxes": [],
                           "cols": []})
        else:
            s = slides[-1]
            m = re.match(r"([A-Za-z0-9]+): (.*)$", line)
            if line.startswith("| "):
                s["rows"].append([c.strip() for c in line.strip().strip("|").split(" | ")])
            elif line.startswith("  - "):
                s["items"].append((2, None, line[4:]))
            elif line.startswith("- "):
                s["items"].append((1, None, line[2:]))
            elif re.match(r"\d+\. ", line):
                n, t = line.split(". ", 1)
                s["items"].append((1, n + ".", t))
            elif m and m.group(1) in ("H1", "H2"):
                s["cols"].append({"head": m.group(2), "items": []})
                s["items"] = s["cols"][-1]["items"]
            elif m and m.group(1) == "box":
                s["boxes"].append(m.group(2))
            elif m:
                s[m.group(1)] = m.group(2)
            else:
                raise ValueError("bad line: %r" % line)
    return meta, slides


# ---------------------------------------------------------------- text
def runs_of(text):
    """Split '**bold**' markup into (font-kind, text) runs."""
    out = []
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            out.append(("b" if i % 2 else "r", part))
    return out


def font_for(kind, base_bold=False):
    if kind == "b" or base_bold:
        return BOLD
    return REG


def wrap(text, size, width, bold=False):
    """Greedy wrap of rich text; returns lines, each a list of (font, string)."""
    words = []
    for kind, part in runs_of(text):
        for j, w in enumerate(re.split(r"( )", part)):
            if w:
                words.append((font_for(kind, bold), w))
    lines, cur, cur_w = [], [], 0.0
    for font, w in words:
        ww = pdfmetrics.stringWidth(w, font, size)
        if w == " ":
            if cur:
                cur.append((font, w))
                cur_w += ww
            continue
        if cur and cur_w + ww > width:
            while cur and cur[-1][1] == " ":
                cur.pop()
            lines.append(cur)
            cur, cur_w = [], 0.0
        cur.append((font, w))
        cur_w += ww
    while cur and cur[-1][1] == " ":
        cur.pop()
    if cur:
        lines.append(cur)
    merged = []
    for line in lines:
        segs = []
        for font, w in line:
            if segs and segs[-1][0] == font:
                segs[-1] = (font, segs[-1][1] + w)
            else:
                segs.append((font, w))
        merged.append(segs)
    return merged


def draw_line(c, x, y, segs, size, color=FG, align="left"):
    total = sum(pdfmetrics.stringWidth(t, f, size) for f, t in segs)
    if align == "center":
        x -= total / 2
    elif align == "right":
        x -= total
    c.setFillColor(color)
    t = c.beginText(x, y)
    for f, s in segs:
        t.setFont(f, size)
        t.textOut(s)
    c.drawText(t)
    return total


def para(c, text, x, y, width, size, leading=None, color=FG, bold=False, align="left"):
    """Draw wrapped text with its first baseline at y; returns the y below the block."""
    leading = leading or size * 1.2
    for segs in wrap(text, size, width, bold):
        draw_line(c, x, y, segs, size, color, align)
        y -= leading
    return y


def list_height(items, size, width):
    h = 0.0
    for level, label, text in items:
        s = size if level == 1 else size * 0.86
        ind = s * 1.15 if level == 1 else 60 + s * 1.1
        h += len(wrap(text, s, width - ind)) * s * 1.22 + s * 0.55
    return h


def draw_list(c, items, x, top, width, size, color=FG):
    y = top - size
    for level, label, text in items:
        s = size if level == 1 else size * 0.86
        off = 0 if level == 1 else 60
        mark = label or ("\u2022" if level == 1 else "\u2013")
        c.setFillColor(ACCENT if label else color)
        c.setFont(BOLD if label else REG, s)
        c.drawString(x + off, y, mark)
        ind = s * 1.15 if level == 1 else s * 1.1
        if label:
            ind = s * 1.4
        for segs in wrap(text, s, width - off - ind):
            draw_line(c, x + off + ind, y, segs, s, color)
            y -= s * 1.22
        y -= s * 0.55
    return y


def fit_size(items, width, height, start=44, floor=22):
    size = start
    while size > floor and list_height(items, size, width) > height:
        size -= 1
    return size


# ---------------------------------------------------------------- furniture
def background(c):
    c.setFillColor(BG)
    c.rect(0, 0, W, H, stroke=0, fill=1)


def slide_number(c, n):
    c.setFillColor(GREY)
    c.setFont(REG, 24)
    c.drawCentredString(W / 2, 44, str(n))


def title(c, text, size=72):
    y = H - 150
    for segs in wrap(text, size, RIGHT - LEFT, bold=True):
        draw_line(c, LEFT, y, segs, size)
        y -= size * 1.1
    return y + size * 1.1 - 60


def foot(c, text, y=92, size=28, color=GREY):
    para(c, text, LEFT, y, RIGHT - LEFT, size, color=color)


def link(c, spec, y=92, size=28):
    label, url = spec.split("|", 1)
    w = draw_line(c, LEFT, y, [(REG, label)], size, BLUE)
    c.setStrokeColor(BLUE)
    c.setLineWidth(1.5)
    c.line(LEFT, y - 5, LEFT + w, y - 5)
    c.linkURL(url, (LEFT, y - 10, LEFT + w, y + size), relative=0, thickness=0)


# ---------------------------------------------------------------- layouts
def s_title(c, s, n):
    y = 640
    for segs in wrap(s["T"], 112, 1600, bold=True):
        draw_line(c, W / 2, y, segs, 112, FG, "center")
        y -= 124
    para(c, s["S"], W / 2, y - 30, 1500, 46, color=GREY, align="center")
    c.setStrokeColor(ACCENT)
    c.setLineWidth(4)
    c.line(W / 2 - 120, 250, W / 2 + 120, 250)
    para(c, s["B"], W / 2, 180, 1700, 30, color=GREY, align="center")


def s_agenda(c, s, n):
    top = title(c, s["T"])
    size = fit_size(s["items"], 1500, top - 120, start=48)
    draw_list(c, s["items"], LEFT + 40, top, 1500, size)


def s_bullets(c, s, n):
    top = title(c, s["T"])
    bottom = 130
    if s["boxes"]:
        bottom = 290
    if "foot" in s or "link" in s:
        bottom = max(bottom, 170)
    size = fit_size(s["items"], RIGHT - LEFT, top - bottom)
    draw_list(c, s["items"], LEFT, top, RIGHT - LEFT, size)
    for text in s["boxes"]:
        c.setStrokeColor(ACCENT)
        c.setFillColor(CELL)
        c.setLineWidth(3)
        c.roundRect(LEFT, 100, RIGHT - LEFT, 150, 18, stroke=1, fill=1)
        para(c, text, LEFT + 36, 190, RIGHT - LEFT - 72, 34, leading=44)
    if "foot" in s:
        foot(c, s["foot"])
    if "link" in s:
        link(c, s["link"])


def s_twocol(c, s, n):
    top = title(c, s["T"])
    colw = (RIGHT - LEFT - 80) / 2
    size = min(fit_size(col["items"], colw, top - 260, start=40) for col in s["cols"])
    for i, col in enumerate(s["cols"]):
        x = LEFT + i * (colw + 80)
        c.setFillColor(ACCENT)
        c.setFont(BOLD, 42)
        c.drawString(x, top - 42, col["head"])
        c.setStrokeColor(DIM)
        c.setLineWidth(2)
        c.line(x, top - 62, x + colw, top - 62)
        draw_list(c, col["items"], x, top - 90, colw, size)
    foot(c, s["foot"], y=110, size=34, color=FG)


def table_layout(rows, widths, size):
    heights = []
    for r, row in enumerate(rows):
        h = 0
        for i, cell in enumerate(row):
            h = max(h, len(wrap(cell, size, widths[i] - 28, bold=(r == 0))))
        heights.append(h * size * 1.2 + 26)
    return heights


def s_table(c, s, n):
    top = title(c, s["T"])
    rows = s["rows"]
    ncol = len(rows[0])
    total = RIGHT - LEFT
    if ncol == 4:
        widths = [0.19, 0.27, 0.28, 0.26]
    else:
        widths = [0.09, 0.27, 0.64]
    widths = [w * total for w in widths]
    bottom = 150 if "foot" in s else 110
    size = 30
    while size > 16 and sum(table_layout(rows, widths, size)) > top - bottom:
        size -= 1
    heights = table_layout(rows, widths, size)
    y = top
    for r, row in enumerate(rows):
        h = heights[r]
        c.setFillColor(HEAD if r == 0 else (CELL if r % 2 else BG))
        c.rect(LEFT, y - h, total, h, stroke=0, fill=1)
        x = LEFT
        for i, cell in enumerate(row):
            para(c, cell, x + 14, y - 13 - size * 0.9, widths[i] - 28, size,
                 bold=(r == 0), color=FG)
            x += widths[i]
        c.setStrokeColor(DIM)
        c.setLineWidth(1)
        c.line(LEFT, y - h, RIGHT, y - h)
        y -= h
    c.setStrokeColor(FG)
    c.setLineWidth(2)
    c.line(LEFT, top, RIGHT, top)
    c.line(LEFT, y, RIGHT, y)
    if "foot" in s:
        foot(c, s["foot"], y=90, size=26)


def s_chain(c, s, n):
    top = title(c, s["T"])
    bw, bh, gap = 470, 190, 110
    for i, text in enumerate(s["boxes"]):
        row, col = divmod(i, 3)
        x = LEFT + 60 + col * (bw + gap)
        y = top - 40 - row * (bh + 120) - bh
        c.setFillColor(CELL)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(3)
        c.roundRect(x, y, bw, bh, 24, stroke=1, fill=1)
        lines = wrap(text, 36, bw - 50)
        ty = y + bh / 2 + (len(lines) - 1) * 22 - 12
        for segs in lines:
            draw_line(c, x + bw / 2, ty, segs, 36, FG, "center")
            ty -= 44
        c.setStrokeColor(GREY)
        c.setFillColor(GREY)
        if col < 2 and i < len(s["boxes"]) - 1:
            ax = x + bw + 14
            c.line(ax, y + bh / 2, ax + gap - 40, y + bh / 2)
            p = c.beginPath()
            p.moveTo(ax + gap - 28, y + bh / 2)
            p.lineTo(ax + gap - 46, y + bh / 2 + 12)
            p.lineTo(ax + gap - 46, y + bh / 2 - 12)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        elif col == 2 and i < len(s["boxes"]) - 1:
            p = c.beginPath()
            p.moveTo(x + bw / 2, y - 10)
            p.curveTo(x + bw / 2, y - 60, LEFT + 60 + bw / 2, y - 50, LEFT + 60 + bw / 2, y - 100)
            c.drawPath(p, stroke=1, fill=0)
    para(c, s["foot"], LEFT, 170, RIGHT - LEFT, 34, leading=44, color=FG)


def s_bigfact(c, s, n):
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 300)
    c.drawCentredString(W / 2, 560, s["F"])
    para(c, s["C"], W / 2, 420, 1600, 56, color=FG, align="center")
    para(c, s["S"], W / 2, 300, 1600, 38, color=GREY, align="center")


def s_chart(c, s, n):
    top = title(c, s["T"])
    size = fit_size(s["items"], 1000, top - 130, start=40)
    draw_list(c, s["items"], LEFT, top, 1000, size)
    spec = s["chart"].split(" | ")
    ctitle, bars = spec[0], [b.split("=") for b in spec[1:]]
    x0, y0, cw, ch = 1250, 260, 560, 520
    c.setFillColor(FG)
    c.setFont(BOLD, 30)
    c.drawCentredString(x0 + cw / 2, y0 + ch + 60, ctitle)
    c.setLineWidth(1)
    for v in range(0, 81, 20):
        y = y0 + ch * v / 80.0
        c.setStrokeColor(DIM)
        c.line(x0, y, x0 + cw, y)
        c.setFillColor(GREY)
        c.setFont(REG, 22)
        c.drawRightString(x0 - 14, y - 7, str(v))
    bw = cw / (len(bars) * 1.6)
    for i, (label, val) in enumerate(bars):
        x = x0 + (i + 0.3) * cw / len(bars)
        h = ch * int(val) / 80.0
        c.setFillColor([ACCENT, BLUE, HexColor("#30D158")][i % 3])
        c.rect(x, y0, bw, h, stroke=0, fill=1)
        c.setFillColor(FG)
        c.setFont(BOLD, 28)
        c.drawCentredString(x + bw / 2, y0 + h + 14, val)
        c.setFont(REG, 26)
        c.drawCentredString(x + bw / 2, y0 - 40, label)
    c.setStrokeColor(FG)
    c.setLineWidth(2)
    c.line(x0, y0, x0 + cw, y0)


def s_section(c, s, n):
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 44)
    c.drawString(LEFT, 620, s["K"].upper())
    para(c, s["T"], LEFT, 500, RIGHT - LEFT, 120, bold=True)


def s_photo(c, s, n):
    top = title(c, s["T"])
    size = fit_size(s["items"], 980, top - 130, start=40)
    draw_list(c, s["items"], LEFT, top, 980, size)
    x, y, w, h = 1170, 230, 640, top - 260
    c.setFillColor(HexColor("#2C3E50"))
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(HexColor("#5D6D7E"))
    p = c.beginPath()
    p.moveTo(x, y + h * 0.45)
    p.lineTo(x + w * 0.3, y + h * 0.85)
    p.lineTo(x + w * 0.5, y + h * 0.6)
    p.lineTo(x + w * 0.75, y + h * 0.95)
    p.lineTo(x + w, y + h * 0.55)
    p.lineTo(x + w, y)
    p.lineTo(x, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(HexColor("#7FB3D5"))
    c.ellipse(x + w * 0.2, y + h * 0.12, x + w * 0.8, y + h * 0.32, stroke=0, fill=1)
    c.setStrokeColor(HexColor("#D5D8DC"))
    c.setLineWidth(5)
    c.line(x + w * 0.45, y + h * 0.22, x + w * 0.62, y + h * 0.48)
    c.line(x + w * 0.5, y + h * 0.2, x + w * 0.68, y + h * 0.46)
    c.setFillColor(GREY)
    c.setFont(ITAL, 24)
    c.drawString(x, y - 36, s["cap"])


def s_quote(c, s, n):
    y = 700
    for segs in wrap(s["Q"], 68, 1500):
        draw_line(c, W / 2, y, segs, 68, FG, "center")
        y -= 86
    para(c, s["A"], W / 2, y - 40, 1500, 36, color=ACCENT, align="center")


LAYOUTS = {"title": s_title, "agenda": s_agenda, "bullets": s_bullets, "twocol": s_twocol,
           "table": s_table, "chain": s_chain, "bigfact": s_bigfact, "chart": s_chart,
           "section": s_section, "photo": s_photo, "quote": s_quote}


def build():
    meta, slides = read_source()
    c = canvas.Canvas(OUT, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle(meta["title"])
    c.setAuthor(meta["author"])
    c.setCreator(meta["creator"])
    c.setProducer(meta["producer"])
    for n, s in enumerate(slides, 1):
        background(c)
        LAYOUTS[s["kind"]](c, s, n)
        if n > 1:
            slide_number(c, n)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
