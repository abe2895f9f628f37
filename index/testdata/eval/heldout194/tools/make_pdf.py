#!/usr/bin/python3
"""Re-make docs/solar-parks-gs3-slides.pdf from tools/solar-parks-gs3-slides.txt.

Imitates a Google Slides deck downloaded with File > Download > PDF document:
16:9 pages of 720 x 405 pt, one slide a page, Arial-like text (Liberation Sans,
metric-compatible with Arial), a big title on each slide, filled-circle bullets
with hollow-circle sub-bullets, text shrunk on overflow, a slide number at the
bottom-right corner, a table on one slide. Deterministic (invariant=1).
"""
import os
import re

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "solar-parks-gs3-slides.txt")
OUT = os.path.join(HERE, "..", "docs", "solar-parks-gs3-slides.pdf")

FONTDIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Arial", os.path.join(FONTDIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Arial-Bold", os.path.join(FONTDIR, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Arial-Italic", os.path.join(FONTDIR, "LiberationSans-Italic.ttf")))

W, H = 720, 405
NAVY = HexColor("#1B2A49")
SUN = HexColor("#F6A609")
INK = HexColor("#263238")
GREY = HexColor("#757575")
LIGHT = HexColor("#FFF4DC")
RULE = HexColor("#B0BEC5")


def width(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text, font, size, maxw):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if width(t, font, size) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def parse():
    slides, meta = [], {}
    cur = None
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("# "):
                continue
            if line.startswith("@meta "):
                k, _, v = line[6:].partition("=")
                meta[k] = v
                continue
            if line.startswith("@title") or line.startswith("@slide") or line.startswith("@end"):
                kind = line.split(" ", 1)[0][1:]
                cur = {"kind": kind, "title": line[len(kind) + 2:], "items": []}
                slides.append(cur)
                continue
            if not line.strip():
                continue
            if line.startswith("@table "):
                cur["table_widths"] = [float(x) for x in line[7:].split(",")]
                cur["table"] = []
                continue
            if line.startswith("@note "):
                cur["note"] = line[6:]
                continue
            if "table" in cur and " | " in line:
                cur["table"].append(line.split(" | "))
                continue
            cur["items"].append(line)
    return meta, slides


def slide_number(c, n):
    c.setFont("Arial", 9)
    c.setFillColor(GREY)
    c.drawRightString(W - 18, 12, str(n))


def draw_title_slide(c, s):
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    # a sun in the corner
    c.setFillColor(SUN)
    c.circle(W - 70, H - 60, 120, stroke=0, fill=1)
    c.setFillColor(HexColor("#FFC94D"))
    c.circle(W - 70, H - 60, 80, stroke=0, fill=1)
    lines = s["items"]
    c.setFillColor(HexColor("#FFFFFF"))
    y = 250
    for tl in wrap(lines[0], "Arial-Bold", 34, 500):
        c.setFont("Arial-Bold", 34)
        c.drawString(48, y, tl)
        y -= 40
    c.setFillColor(SUN)
    c.rect(48, y + 14, 90, 4, stroke=0, fill=1)
    y -= 14
    c.setFillColor(HexColor("#FFFFFF"))
    c.setFont("Arial", 16)
    c.drawString(48, y, lines[1])
    y -= 36
    c.setFillColor(HexColor("#CFD8DC"))
    c.setFont("Arial", 12)
    for extra in lines[2:]:
        c.drawString(48, y, extra)
        y -= 18


def draw_end_slide(c, s, n):
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(SUN)
    c.circle(W / 2, -40, 110, stroke=0, fill=1)
    items = s["items"]
    c.setFillColor(HexColor("#FFFFFF"))
    c.setFont("Arial-Bold", 44)
    c.drawCentredString(W / 2, 255, items[0])
    c.setFont("Arial", 26)
    c.setFillColor(SUN)
    c.drawCentredString(W / 2, 215, items[1])
    c.setFillColor(HexColor("#CFD8DC"))
    c.setFont("Arial", 10)
    y = 175
    for extra in items[2:]:
        c.drawCentredString(W / 2, y, extra)
        y -= 15
    slide_number(c, n)


def draw_header(c, title):
    c.setFillColor(SUN)
    c.rect(0, H - 8, W, 8, stroke=0, fill=1)
    size = 26
    while width(title, "Arial-Bold", size) > W - 80:
        size -= 1
    c.setFillColor(NAVY)
    c.setFont("Arial-Bold", size)
    c.drawString(40, H - 52, title)
    c.setFillColor(RULE)
    c.rect(40, H - 64, 60, 2.5, stroke=0, fill=1)


def layout_body(items, size):
    """Return drawing ops for the body at a given base size, and the height used."""
    ops = []
    y = 0.0
    left = 44
    maxright = W - 40
    for it in items:
        m_sub = re.match(r"^  - (.*)", it)
        m_num = re.match(r"^(\d+)\. (.*)", it)
        if m_sub:
            fs = size - 2
            marker, mx, tx, text = "\u25cb", left + 30, left + 44, m_sub.group(1)
            gap = fs * 0.25
        elif m_num:
            fs = size
            marker, mx, tx, text = m_num.group(1) + ".", left + 4, left + 30, m_num.group(2)
            gap = fs * 0.45
        elif it.startswith("- "):
            fs = size
            marker, mx, tx, text = "\u25cf", left + 4, left + 20, it[2:]
            gap = fs * 0.45
        else:
            fs = size
            marker, mx, tx, text = "", left, left, it
            gap = fs * 0.45
        lead = fs * 1.18
        y += gap
        lines = wrap(text, "Arial", fs, maxright - tx)
        for k, ln in enumerate(lines):
            y += lead
            ops.append((k == 0 and marker, mx, tx, y, ln, fs))
    return ops, y


def draw_body(c, items, top=H - 78, bottom=26):
    avail = top - bottom
    size = 16.0
    while True:
        ops, used = layout_body(items, size)
        if used <= avail or size <= 9:
            break
        size -= 0.5
    for marker, mx, tx, y, ln, fs in ops:
        yy = top - y + fs * 0.2
        c.setFillColor(INK)
        if marker:
            if marker in ("\u25cf", "\u25cb"):
                c.setFillColor(SUN if marker == "\u25cf" else GREY)
                c.setFont("Arial", fs * 0.62)
                c.drawString(mx, yy + fs * 0.12, marker)
                c.setFillColor(INK)
            else:
                c.setFont("Arial-Bold", fs)
                c.drawString(mx, yy, marker)
        if ln.startswith("@"):
            # a teammate's reminder left in the deck, in red italics
            c.setFillColor(HexColor("#C62828"))
            c.setFont("Arial-Italic", fs)
        else:
            c.setFont("Arial", fs)
        c.drawString(tx, yy, ln)


def draw_table(c, s):
    widths = s["table_widths"]
    rows = s["table"]
    x0 = (W - sum(widths)) / 2
    y = H - 80
    fs = 10.5
    pad = 5
    for r, row in enumerate(rows):
        font = "Arial-Bold" if r == 0 else "Arial"
        cells = [wrap(t, font, fs, widths[i] - 2 * pad) for i, t in enumerate(row)]
        nlines = max(len(cl) for cl in cells)
        rh = nlines * fs * 1.2 + 2 * pad
        if r == 0:
            c.setFillColor(NAVY)
            c.rect(x0, y - rh, sum(widths), rh, stroke=0, fill=1)
        elif r % 2 == 0:
            c.setFillColor(LIGHT)
            c.rect(x0, y - rh, sum(widths), rh, stroke=0, fill=1)
        x = x0
        for i, cl in enumerate(cells):
            c.setFillColor(HexColor("#FFFFFF") if r == 0 else INK)
            c.setFont(font, fs)
            for k, ln in enumerate(cl):
                c.drawString(x + pad, y - pad - fs * 0.9 - k * fs * 1.2, ln)
            x += widths[i]
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(x0, y - rh, x0 + sum(widths), y - rh)
        y -= rh
    if s.get("note"):
        c.setFillColor(GREY)
        c.setFont("Arial-Italic", 9)
        c.drawString(x0, y - 16, s["note"])


def build():
    meta, slides = parse()
    c = canvas.Canvas(OUT, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle(meta.get("title", ""))
    c.setAuthor(meta.get("author", ""))
    c.setProducer("Skia/PDF m138 Google Docs Renderer")
    c.setCreator("")
    c.setSubject("")
    for n, s in enumerate(slides, 1):
        c.setFillColor(HexColor("#FFFFFF"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        if s["kind"] == "title":
            draw_title_slide(c, s)
        elif s["kind"] == "end":
            draw_end_slide(c, s, n)
        else:
            draw_header(c, s["title"])
            if "table" in s:
                draw_table(c, s)
            else:
                draw_body(c, s["items"])
            slide_number(c, n)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
