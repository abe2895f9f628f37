#!/usr/bin/python3
"""Make docs/electronics-pli-class-deck.pdf from tools/electronics-pli-class-deck.txt.

The PDF imitates a PowerPoint deck printed with File > Print (or Export > Create PDF) and
"Handouts: 3 Slides" on A4 portrait: three 16:9 slide pictures down the left of each page, each
in a thin grey frame, with eight ruled note lines beside it; the handout master's header
(top left), date (top right), footer (bottom left) and page number (bottom right). The slides
are drawn at full size (960 x 540 pt) and scaled into the frame, so their text stays text: a
title slide in the theme's dark teal with white type, and content slides with a teal title, a
thin accent rule, round "•" bullets and "–" second-level bullets, tables in PowerPoint's
"Medium Style 2" (teal header row, banded rows), a grey source line, and the slide footer and
slide number that PowerPoint adds to every slide but the title. Text that would overflow is
shrunk as "Shrink text on overflow" does. Fonts: Liberation Sans (embedded subsets).

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [output-path]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "electronics-pli-class-deck.txt")
OUT = os.path.join(HERE, "..", "docs", "electronics-pli-class-deck.pdf")

FONTDIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("LiberationSans", os.path.join(FONTDIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LiberationSans-Bold", os.path.join(FONTDIR, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LiberationSans-Italic", os.path.join(FONTDIR, "LiberationSans-Italic.ttf")))
REG, BOLD, ITAL = "LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic"

TEAL = HexColor("#0E5A6B")
ACCENT = HexColor("#F2A33A")
TEXT = HexColor("#262626")
GREY = HexColor("#7F7F7F")
BAND = HexColor("#D3E7EC")
BAND2 = HexColor("#EAF3F5")

SW, SH = 960.0, 540.0          # slide size in points (13.333 x 7.5 in)
PW, PH = A4
FX, FW = 62.0, 250.0           # frame x and width on the handout page
SCALE = FW / SW
FH = SH * SCALE
SLOT_TOPS = [PH - 92.0, PH - 92.0 - 243.0, PH - 92.0 - 486.0]
LINE_X0, LINE_X1 = 340.0, 540.0


def typo(s):
    """PowerPoint's AutoCorrect as typed: -> to an arrow, straight quotes to curly."""
    s = s.replace("->", "\u2192")
    out, open_q = [], True
    for ch in s:
        if ch == '"':
            out.append("\u201c" if open_q else "\u201d")
            open_q = not open_q
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if pdfmetrics.stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def read_slides():
    front, slides, cur = {}, [], None
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if raw.startswith("%") or not raw.strip():
                continue
            if raw.startswith("=== "):
                n, layout = raw[4:].split()
                cur = {"n": int(n), "layout": layout, "title": "", "sub": [], "items": [],
                       "rows": [], "src": ""}
                slides.append(cur)
            elif cur is None:
                k, _, v = raw.partition(" ")
                front[k] = v
            elif raw.startswith("# "):
                cur["title"] = typo(raw[2:])
            elif raw.startswith("@sub ") or raw.startswith("@line "):
                cur["sub"].append((raw.split(" ", 1)[0], typo(raw.split(" ", 1)[1])))
            elif raw.startswith("@src "):
                cur["src"] = typo(raw[5:])
            elif raw.startswith("| "):
                cur["rows"].append([typo(c.strip()) for c in raw.strip().strip("|").split("|")])
            elif raw.startswith("    - "):
                cur["items"].append((2, typo(raw[6:])))
            elif raw.startswith("- "):
                cur["items"].append((1, typo(raw[2:])))
            else:
                raise ValueError("bad line: %r" % raw)
    return front, slides


def draw_title_slide(c, s):
    c.setFillColor(TEAL)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColor(ACCENT)
    c.rect(80, 250, 140, 6, stroke=0, fill=1)
    c.setFillColor(white)
    y = 300
    for line in wrap(s["title"], BOLD, 50, 800):
        c.setFont(BOLD, 50)
        c.drawString(80, y + 40, line)
        y += 0
    y = 212
    for kind, text in s["sub"]:
        size = 24 if kind == "@sub" else 18
        font = REG if kind == "@sub" else ITAL
        for line in wrap(text, font, size, 800):
            c.setFont(font, size)
            c.drawString(80, y, line)
            y -= size * 1.35
        y -= 8


def body_layout(items, size, width):
    """Lines of the bullet body at a given font size: (level, first, text)."""
    out = []
    for level, text in items:
        indent = 34 if level == 1 else 76
        fsize = size if level == 1 else size - 3
        for i, line in enumerate(wrap(text, REG, fsize, width - indent)):
            out.append((level, i == 0, line, fsize))
    return out


def draw_table(c, rows, top, size):
    x0, total = 60.0, 840.0
    n = len(rows[0])
    if n == 3:
        widths = [total * 0.36, total * 0.32, total * 0.32]
    else:
        widths = [total / n] * n
    y = top
    for r, row in enumerate(rows):
        font = BOLD if r == 0 else REG
        cells = [wrap(t, font, size, w - 16) for t, w in zip(row, widths)]
        h = max(len(cl) for cl in cells) * size * 1.2 + 14
        fill = TEAL if r == 0 else (BAND if r % 2 else BAND2)
        c.setFillColor(fill)
        c.setStrokeColor(white)
        c.setLineWidth(1.5)
        x = x0
        for w in widths:
            c.rect(x, y - h, w, h, stroke=1, fill=1)
            x += w
        c.setFillColor(white if r == 0 else TEXT)
        x = x0
        for cl, w in zip(cells, widths):
            ty = y - 7 - size * 0.9
            for line in cl:
                c.setFont(font, size)
                c.drawString(x + 8, ty, line)
                ty -= size * 1.2
            x += w
        y -= h
    return y


def draw_content_slide(c, s, front):
    c.setFillColor(white)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(0, SH - 14, SW, 14, stroke=0, fill=1)
    tsize = 34
    while pdfmetrics.stringWidth(s["title"], BOLD, tsize) > 840:
        tsize -= 1
    c.setFont(BOLD, tsize)
    c.drawString(60, SH - 78, s["title"])
    c.setFillColor(ACCENT)
    c.rect(60, SH - 96, 120, 4, stroke=0, fill=1)
    top = SH - 138
    if s["rows"]:
        top = draw_table(c, s["rows"], SH - 118, 19) - 28
    bottom = 70 if s["src"] else 52
    size = 22
    while True:
        lines = body_layout(s["items"], size, 840)
        need = sum(fs * 1.25 + (7 if first else 0) for _, first, _, fs in lines)
        if top - need >= bottom or size <= 12:
            break
        size -= 1
    y = top
    for level, first, line, fs in lines:
        if first:
            y -= 7
        c.setFillColor(TEXT)
        x = 60 + (34 if level == 1 else 76)
        if first:
            c.setFillColor(TEAL if level == 1 else GREY)
            c.setFont(REG, fs)
            c.drawString(x - (24 if level == 1 else 22), y - fs, "\u2022" if level == 1 else "\u2013")
            c.setFillColor(TEXT)
        c.setFont(REG, fs)
        c.drawString(x, y - fs, line)
        y -= fs * 1.25
    if s["src"]:
        c.setFillColor(GREY)
        c.setFont(ITAL, 13)
        c.drawString(60, 46, s["src"])
    c.setFillColor(GREY)
    c.setFont(REG, 12)
    c.drawString(60, 18, front["@slidefooter"])
    c.drawRightString(SW - 40, 18, str(s["n"]))


def draw_handout_page(c, front, group, page):
    c.setFillColor(TEXT)
    c.setFont(REG, 10)
    c.drawString(36, PH - 36, front["@header"])
    c.drawRightString(PW - 36, PH - 36, front["@date"])
    c.drawString(36, 28, front["@footer"])
    c.drawRightString(PW - 36, 28, str(page))
    for slot, s in enumerate(group):
        top = SLOT_TOPS[slot]
        c.saveState()
        c.translate(FX, top - FH)
        c.scale(SCALE, SCALE)
        p = c.beginPath()
        p.rect(0, 0, SW, SH)
        c.clipPath(p, stroke=0)
        if s["layout"] == "title":
            draw_title_slide(c, s)
        else:
            draw_content_slide(c, s, front)
        c.restoreState()
        c.setStrokeColor(HexColor("#A6A6A6"))
        c.setLineWidth(0.5)
        c.rect(FX, top - FH, FW, FH, stroke=1, fill=0)
        c.setStrokeColor(HexColor("#BFBFBF"))
        c.setLineWidth(0.5)
        step = FH / 8.0
        for k in range(8):
            y = top - step * (k + 1) + 2
            c.line(LINE_X0, y, LINE_X1, y)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    front, slides = read_slides()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle(front["@doctitle"])
    c.setAuthor(front["@author"])
    c.setSubject("")
    c.setCreator("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
    c.setProducer("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
    for i in range(0, len(slides), 3):
        draw_handout_page(c, front, slides[i:i + 3], i // 3 + 1)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
