#!/usr/bin/python3
"""Make docs/lec11-spv-iccc-keynote.pdf from tools/lec11-spv-iccc-keynote.txt.

The PDF imitates a Keynote deck exported with File > Export To > PDF, "Slide" layout, with
"Include each stage of builds" ticked and no presenter notes: 1920 x 1080 pt pages (a 16:9
slide of 1920 x 1080 px, one point a pixel), one slide a page, except that the slide with a
build ("B:" in the source) is exported once per stage (the first stage shows only the first
bullets; both pages carry the same slide number). The theme is a coaching institute's custom
master on Keynote's "White" theme: white slides with a teal bar down the left edge, titles top
left in dark navy, teal "•" bullets and "–" second-level bullets, a brand tab top right, a
thin rule and a footer line with the slide number at the foot of content slides; section
dividers (one before each part) are full teal with a "PART n" kicker; "Big Fact" slides carry
one huge number with a caption. Body text is shrunk to fit the way Keynote's "shrink text to
fit" does it (each slide uses the largest size from 48 pt down that fits its text box). Tables
have a teal header row and banded rows; timelines are a row of dots with a date above and text
below each. Text is set in DejaVu Sans standing in for Avenir Next (embedded as subsets, as
Keynote embeds fonts); curly quotes, en dashes, "₹" and "·" are kept as typed. The document
information is what Keynote and macOS Quartz write: Title the .key file's name, Author,
Creator "Keynote", Producer "macOS Version ... Quartz PDFContext"; the creation date is the
export time, fixed through SOURCE_DATE_EPOCH.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [output path]
(byte-for-byte stable: reportlab invariant=1)
"""
import os
import re
import sys

# the export time (16 Jun 2025, 03:42:10 UTC) as the fixed creation date
os.environ["SOURCE_DATE_EPOCH"] = "1750045330"
from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "lec11-spv-iccc-keynote.txt")
OUT = os.path.join(HERE, "..", "docs", "lec11-spv-iccc-keynote.pdf")

FONTDIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("AvenirNext-Regular", os.path.join(FONTDIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("AvenirNext-DemiBold", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("AvenirNext-Italic", os.path.join(FONTDIR, "DejaVuSans-Oblique.ttf")))
REG, BOLD, ITAL = "AvenirNext-Regular", "AvenirNext-DemiBold", "AvenirNext-Italic"

W, H = 1920.0, 1080.0
TEAL = HexColor("#0B7A75")
TEAL_LIGHT = HexColor("#E3F1F0")
NAVY = HexColor("#1B2A41")
INK = HexColor("#2B2B2B")
GREY = HexColor("#6B7280")
RULE = HexColor("#C9CED6")
BAND = HexColor("#F3F5F7")
WHITE = HexColor("#FFFFFF")
LEFT, RIGHT = 150.0, 1780.0
BODY_TOP, BODY_BOTTOM = 800.0, 140.0


# ---------------------------------------------------------------- source
def read_source():
    meta, slides = {}, []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("%") or not line.strip():
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            continue
        if line.startswith("=== "):
            slides.append({"kind": line[4:].strip(), "items": [], "rows": [], "cols": [],
                           "nodes": [], "links": []})
            continue
        s = slides[-1]
        if line.startswith("| "):
            s["rows"].append([c.strip() for c in line.strip().strip("|").split(" | ")])
        elif line.startswith("  - "):
            s["items"].append((2, None, line[4:]))
        elif line.startswith("- "):
            s["items"].append((1, None, line[2:]))
        elif re.match(r"\d+\. ", line):
            n, t = line.split(". ", 1)
            s["items"].append((1, n + ".", t))
        elif line.startswith("* "):
            d, _, t = line[2:].partition(" | ")
            s["nodes"].append((d, t))
        elif line[:3] in ("H1:", "H2:"):
            s["cols"].append({"head": line[4:], "items": []})
            s["items"] = s["cols"][-1]["items"]
        elif line.startswith("U: "):
            label, _, url = line[3:].partition(" | ")
            s["links"].append((label, url))
        else:
            m = re.match(r"([A-Z]): (.*)$", line)
            if not m:
                raise ValueError("bad line: %r" % line)
            s[m.group(1)] = m.group(2)
    return meta, slides


# ---------------------------------------------------------------- text
def runs_of(text, bold=False):
    out = []
    for i, part in enumerate(text.split("**")):
        if part:
            out.append((BOLD if (i % 2 or bold) else REG, part))
    return out


def wrap(text, size, width, bold=False, font=None):
    """Greedy wrap of rich text; returns lines, each a list of (font, string)."""
    words = []
    for f, part in runs_of(text, bold):
        if font:
            f = font
        for w in re.split(r"( )", part):
            if w:
                words.append((f, w))
    lines, cur, cur_w = [], [], 0.0
    for f, w in words:
        ww = pdfmetrics.stringWidth(w, f, size)
        if w == " ":
            if cur:
                cur.append((f, w))
                cur_w += ww
            continue
        if cur and cur_w + ww > width:
            while cur and cur[-1][1] == " ":
                cur_w -= pdfmetrics.stringWidth(" ", cur[-1][0], size)
                cur.pop()
            lines.append(cur)
            cur, cur_w = [], 0.0
        cur.append((f, w))
        cur_w += ww
    while cur and cur[-1][1] == " ":
        cur.pop()
    if cur:
        lines.append(cur)
    return lines


def merge(segs):
    out = []
    for f, w in segs:
        if out and out[-1][0] == f:
            out[-1] = (f, out[-1][1] + w)
        else:
            out.append((f, w))
    return out


def line_width(segs, size):
    return sum(pdfmetrics.stringWidth(w, f, size) for f, w in segs)


def draw_line(c, x, y, segs, size, color, align="left"):
    segs = merge(segs)
    if align == "center":
        x -= line_width(segs, size) / 2.0
    t = c.beginText(x, y)
    t.setFillColor(color)
    for f, w in segs:
        t.setFont(f, size)
        t.textOut(w)
    c.drawText(t)


def para(c, text, x, y, width, size, color=INK, bold=False, align="left", lead=1.25,
         font=None):
    for segs in wrap(text, size, width, bold, font):
        draw_line(c, x, y, segs, size, color, align)
        y -= size * lead
    return y


# ---------------------------------------------------------------- chrome
def background(c, color=WHITE):
    c.setFillColor(color)
    c.rect(0, 0, W, H, stroke=0, fill=1)


def chrome(c, meta, n):
    c.setFillColor(TEAL)
    c.rect(0, 0, 28, H, stroke=0, fill=1)
    # brand tab, top right
    c.setFillColor(TEAL)
    c.rect(RIGHT - 230, H - 78, 230, 46, stroke=0, fill=1)
    c.setFillColor(WHITE)
    c.setFont(BOLD, 22)
    c.drawCentredString(RIGHT - 115, H - 63, meta["brand"])
    c.setStrokeColor(RULE)
    c.setLineWidth(1.5)
    c.line(LEFT, 92, RIGHT, 92)
    c.setFillColor(GREY)
    c.setFont(REG, 24)
    c.drawString(LEFT, 56, meta["footer"])
    c.drawRightString(RIGHT, 56, str(n))


def title(c, text):
    y = 935.0
    for segs in wrap(text, 70, RIGHT - LEFT - 260, bold=True):
        draw_line(c, LEFT, y, segs, 70, NAVY)
        y -= 84
    c.setFillColor(TEAL)
    c.rect(LEFT, y + 40, 120, 8, stroke=0, fill=1)
    return y


def item_lines(items, size, width):
    out = []
    for level, num, text in items:
        indent = 60 if level == 1 else 130
        out.append((level, num, indent, wrap(text, size if level == 1 else size * 0.9,
                                             width - indent)))
    return out


def list_height(items, size, width):
    h = 0.0
    for level, num, indent, lines in item_lines(items, size, width):
        s = size if level == 1 else size * 0.9
        h += len(lines) * s * 1.22 + s * 0.55
    return h


def fit_size(items, width, height, start=48, floor=26):
    size = start
    while size > floor and list_height(items, size, width) > height:
        size -= 2
    return size


def draw_list(c, items, x, top, width, size):
    y = top - size
    for level, num, indent, lines in item_lines(items, size, width):
        s = size if level == 1 else size * 0.9
        if num:
            c.setFillColor(TEAL)
            c.setFont(BOLD, s)
            c.drawString(x, y, num)
        else:
            c.setFillColor(TEAL)
            c.setFont(BOLD, s)
            c.drawString(x + indent - 42, y, "\u2022" if level == 1 else "\u2013")
        for segs in lines:
            draw_line(c, x + indent, y, segs, s, INK)
            y -= s * 1.22
        y -= s * 0.55
    return y


# ---------------------------------------------------------------- layouts
def s_title(c, s, meta, n):
    background(c)
    c.setFillColor(TEAL)
    c.rect(0, 0, 120, H, stroke=0, fill=1)
    c.setFillColor(TEAL_LIGHT)
    c.rect(120, 0, 14, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(RIGHT - 300, H - 120, 300, 60, stroke=0, fill=1)
    c.setFillColor(WHITE)
    c.setFont(BOLD, 28)
    c.drawCentredString(RIGHT - 150, H - 100, meta["brand"])
    y = para(c, s["T"], 260, 640, 1560, 112, color=NAVY, bold=True, lead=1.1)
    y = para(c, s["S"], 260, y - 30, 1400, 50, color=TEAL, lead=1.25)
    c.setStrokeColor(RULE)
    c.setLineWidth(2)
    c.line(260, 250, 1660, 250)
    para(c, s["C"], 260, 195, 1500, 34, color=GREY)
    para(c, s["D"], 260, 145, 1500, 30, color=GREY)


def s_agenda(c, s, meta, n):
    background(c)
    chrome(c, meta, n)
    top = title(c, s["T"])
    size = fit_size(s["items"], RIGHT - LEFT - 100, top - BODY_BOTTOM - 40, start=52)
    draw_list(c, s["items"], LEFT, top - 20, RIGHT - LEFT - 100, size)


def s_section(c, s, meta, n):
    background(c, TEAL)
    c.setFillColor(WHITE)
    c.setFont(BOLD, 44)
    kicker = s["K"].upper()
    t = c.beginText(LEFT + 40, 720)
    t.setFont(BOLD, 44)
    t.setCharSpace(6)
    t.setFillColor(HexColor("#BFE3E0"))
    t.textOut(kicker)
    t.setCharSpace(0)
    c.drawText(t)
    c.setFillColor(WHITE)
    c.rect(LEFT + 40, 690, 160, 6, stroke=0, fill=1)
    y = para(c, s["T"], LEFT + 40, 560, 1600, 116, color=WHITE, bold=True, lead=1.1)
    para(c, s["S"], LEFT + 40, y - 20, 1500, 44, color=HexColor("#DDF0EE"))
    c.setFillColor(HexColor("#BFE3E0"))
    c.setFont(REG, 24)
    c.drawRightString(RIGHT, 56, str(n))


def s_bullets(c, s, meta, n, upto=None):
    background(c)
    chrome(c, meta, n)
    top = title(c, s["T"])
    items = s["items"] if upto is None else s["items"][:upto]
    width = RIGHT - LEFT - 40
    size = fit_size(s["items"], width, top - BODY_BOTTOM - 30)
    draw_list(c, items, LEFT, top - 20, width, size)


def s_bigfact(c, s, meta, n):
    background(c)
    chrome(c, meta, n)
    c.setFillColor(TEAL)
    c.setFont(BOLD, 260)
    c.drawCentredString(W / 2, 560, s["N"])
    y = para(c, s["C"], W / 2, 430, 1400, 54, color=NAVY, align="center", lead=1.2)
    if "F" in s:
        para(c, s["F"], W / 2, min(y - 40, 200), 1500, 30, color=GREY, align="center",
             font=ITAL)


def s_table(c, s, meta, n):
    background(c)
    chrome(c, meta, n)
    top = title(c, s["T"]) - 10
    rows = s["rows"]
    widths = [340.0, 640.0, 650.0]
    size = 32
    pad = 18
    y = top
    for r, row in enumerate(rows):
        cells = [wrap(cell, size, widths[i] - 2 * pad, bold=(r == 0 or i == 0))
                 for i, cell in enumerate(row)]
        h = max(len(cl) for cl in cells) * size * 1.2 + 2 * pad
        if r == 0:
            c.setFillColor(TEAL)
        elif r % 2 == 0:
            c.setFillColor(BAND)
        else:
            c.setFillColor(WHITE)
        c.rect(LEFT, y - h, sum(widths), h, stroke=0, fill=1)
        x = LEFT
        for i, cl in enumerate(cells):
            ty = y - pad - size * 0.95
            for segs in cl:
                draw_line(c, x + pad, ty, segs, size, WHITE if r == 0 else INK)
                ty -= size * 1.2
            x += widths[i]
        c.setStrokeColor(RULE)
        c.setLineWidth(1)
        c.line(LEFT, y - h, LEFT + sum(widths), y - h)
        y -= h


def s_twocol(c, s, meta, n):
    background(c)
    chrome(c, meta, n)
    top = title(c, s["T"])
    colw = (RIGHT - LEFT - 80) / 2.0
    size = min(fit_size(col["items"], colw, top - BODY_BOTTOM - 110) for col in s["cols"])
    for i, col in enumerate(s["cols"]):
        x = LEFT + i * (colw + 80)
        c.setFillColor(TEAL_LIGHT)
        c.rect(x, top - 90, colw, 72, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.setFont(BOLD, 40)
        c.drawString(x + 24, top - 68, col["head"])
        draw_list(c, col["items"], x, top - 120, colw, size)


def s_timeline(c, s, meta, n):
    background(c)
    chrome(c, meta, n)
    title(c, s["T"])
    nodes = s["nodes"]
    span = (RIGHT - LEFT) / len(nodes)
    ly = 560.0
    c.setStrokeColor(TEAL)
    c.setLineWidth(6)
    c.line(LEFT + span / 2 - 60, ly, RIGHT - span / 2 + 60, ly)
    for i, (date, text) in enumerate(nodes):
        cx = LEFT + span * (i + 0.5)
        c.setFillColor(WHITE)
        c.setStrokeColor(TEAL)
        c.setLineWidth(6)
        c.circle(cx, ly, 22, stroke=1, fill=1)
        c.setFillColor(TEAL)
        c.circle(cx, ly, 10, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.setFont(BOLD, 40)
        c.drawCentredString(cx, ly + 60, date)
        para(c, text, cx, ly - 80, span - 70, 32, color=INK, align="center", lead=1.25)


def s_end(c, s, meta, n):
    background(c, NAVY)
    c.setFillColor(TEAL)
    c.rect(0, 0, 28, H, stroke=0, fill=1)
    y = para(c, s["T"], LEFT, 640, 1500, 84, color=WHITE, bold=True, lead=1.15)
    y = para(c, s["S"], LEFT, y - 30, 1500, 40, color=HexColor("#BFE3E0"))
    if "C" in s:
        para(c, s["C"], LEFT, 200, 1500, 30, color=HexColor("#9AA7B8"), font=ITAL)
    c.setFillColor(HexColor("#9AA7B8"))
    c.setFont(REG, 24)
    c.drawRightString(RIGHT, 56, str(n))


LAYOUTS = {"title": s_title, "agenda": s_agenda, "section": s_section, "bullets": s_bullets,
           "bigfact": s_bigfact, "table": s_table, "twocol": s_twocol,
           "timeline": s_timeline, "end": s_end}


def build(out=OUT):
    meta, slides = read_source()
    c = canvas.Canvas(out, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle(meta["title"])
    c.setAuthor(meta["author"])
    c.setCreator(meta["creator"])
    c.setProducer(meta["producer"])
    for n, s in enumerate(slides, 1):
        if "B" in s:
            s_bullets(c, s, meta, n, upto=int(s["B"]))
            c.showPage()
        LAYOUTS[s["kind"]](c, s, meta, n)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
