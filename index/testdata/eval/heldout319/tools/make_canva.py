#!/usr/bin/python3
"""Make docs/mission-life-canva-deck.pdf from tools/mission-life-canva-deck.txt.

The deck imitates a Canva presentation (16:9, 1920 x 1080 px) downloaded as "PDF Standard":
1440 x 810 pt pages, one slide per page, Title / Author / Keywords (Canva's design and brand
ids) set, Creator and Producer "Canva". As in Canva's export, every line of every text box is
its own text object placed at its own position (so a reader gets lines, not paragraphs), and
the decorations are vector shapes: full-bleed colour blocks, translucent circles, leaf shapes
drawn with Bezier curves, a dot grid, rounded cards, pills, a timeline rule with dots, chevrons.
Some slides carry a huge pale number or sign ("2021", "75", "2023", the rupee sign) behind the
text; titles are in a display size (54 pt; 130 pt on the cover); the cover's small tag line is
letter-spaced; content slides have a footer with the deck name and a two-digit page number.

Run from anywhere: /usr/bin/python3 tools/make_canva.py [output path]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mission-life-canva-deck.txt")
OUT = os.path.join(HERE, "..", "docs", "mission-life-canva-deck.pdf")

W, H = 1440.0, 810.0
X0 = 96.0
FONTS = {
    "Display": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "Light": "/usr/share/fonts/truetype/dejavu/DejaVuSans-ExtraLight.ttf",
    "Body": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "BodyBold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "BodyItalic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
}
for name, path in FONTS.items():
    pdfmetrics.registerFont(TTFont(name, path))

GREEN = HexColor("#1F4D3A")
LEAF = HexColor("#4C9A6A")
MINT = HexColor("#DCEFE3")
PALE = HexColor("#D3E8D9")
CREAM = HexColor("#FBF7EF")
EARTH = HexColor("#C8702E")
INK = HexColor("#1E2A24")
GREY = HexColor("#5B6B63")
WHITE = HexColor("#FFFFFF")
FOOTER = "Mission LiFE  |  GS III Environment"


def read_slides():
    slides, cur = [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("%") or not line.strip():
                continue
            if line.startswith("=== "):
                cur = {"layout": line[4:].strip(), "items": []}
                slides.append(cur)
                continue
            key, _, val = line.partition(": ")
            cur["items"].append((key, val))
    return slides


def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        trial = (cur + " " + w) if cur else w
        if pdfmetrics.stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def text_line(c, x, y, s, font, size, color, char_space=0, anchor="left"):
    """One line of a Canva text box: its own text object."""
    if anchor == "right":
        x -= pdfmetrics.stringWidth(s, font, size) + char_space * (len(s) - 1)
    elif anchor == "center":
        x -= (pdfmetrics.stringWidth(s, font, size) + char_space * (len(s) - 1)) / 2.0
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setFillColor(color)
    if char_space:
        t.setCharSpace(char_space)
    t.textOut(s)
    if char_space:
        t.setCharSpace(0)
    c.drawText(t)


def text_box(c, x, y_top, width, text, font, size, color, leading=None, anchor="left"):
    """Wrapped text box; returns the y below its last line."""
    leading = leading or size * 1.32
    y = y_top - size
    for ln in wrap(text, font, size, width):
        text_line(c, x if anchor == "left" else x + width / 2.0, y, ln, font, size, color, anchor=anchor)
        y -= leading
    return y + leading - size * 0.3


def leaf(c, x, y, s, color, alpha, flip=False):
    c.saveState()
    c.setFillColor(color)
    c.setFillAlpha(alpha)
    d = -1 if flip else 1
    p = c.beginPath()
    p.moveTo(x, y)
    p.curveTo(x + d * 0.55 * s, y + 0.15 * s, x + d * 0.85 * s, y + 0.6 * s, x + d * 0.9 * s, y + s)
    p.curveTo(x + d * 0.35 * s, y + 0.95 * s, x + d * 0.02 * s, y + 0.55 * s, x, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(WHITE)
    c.setStrokeAlpha(alpha)
    c.setLineWidth(2)
    q = c.beginPath()
    q.moveTo(x, y)
    q.curveTo(x + d * 0.4 * s, y + 0.3 * s, x + d * 0.7 * s, y + 0.65 * s, x + d * 0.88 * s, y + 0.97 * s)
    c.drawPath(q, stroke=1, fill=0)
    c.restoreState()


def circle(c, x, y, r, color, alpha):
    c.saveState()
    c.setFillColor(color)
    c.setFillAlpha(alpha)
    c.circle(x, y, r, stroke=0, fill=1)
    c.restoreState()


def dots(c, x, y, cols, rows, step, color):
    c.saveState()
    c.setFillColor(color)
    for i in range(cols):
        for j in range(rows):
            c.circle(x + i * step, y + j * step, 2.2, stroke=0, fill=1)
    c.restoreState()


def rrect(c, x, y, w, h, r, fill, stroke=None, alpha=1.0):
    c.saveState()
    c.setFillColor(fill)
    c.setFillAlpha(alpha)
    if stroke is not None:
        c.setStrokeColor(stroke)
        c.setLineWidth(1.5)
    c.roundRect(x, y, w, h, r, stroke=1 if stroke is not None else 0, fill=1)
    c.restoreState()


def background(c, color):
    c.setFillColor(color)
    c.rect(0, 0, W, H, stroke=0, fill=1)


def footer(c, page):
    c.saveState()
    c.setStrokeColor(PALE)
    c.setLineWidth(1.2)
    c.line(X0, 62, W - X0, 62)
    c.restoreState()
    text_line(c, X0, 34, FOOTER, "Body", 15, GREY)
    text_line(c, W - X0, 34, "%02d" % page, "BodyBold", 15, GREEN, anchor="right")


def title(c, s, y=700, color=INK, width=1240):
    lines = wrap(s, "Display", 54, width)
    for ln in lines:
        text_line(c, X0, y, ln, "Display", 54, color)
        y -= 62
    y += 62
    c.saveState()
    c.setFillColor(EARTH)
    c.rect(X0, y - 26, 90, 7, stroke=0, fill=1)
    c.restoreState()
    return y - 60


def big_mark(c, s, size=330):
    text_line(c, W - 60, 250 if s != "₹" else 210, s, "Light", size if s != "₹" else 470, PALE, anchor="right")


def bullets(c, items, x, y, width, size=22, leading=None, gap=10, color=INK, bullet="•"):
    leading = leading or size * 1.36
    for it in items:
        lines = wrap(it, "Body", size, width - 30)
        text_line(c, x, y - size, bullet, "BodyBold", size, LEAF)
        for ln in lines:
            text_line(c, x + 30, y - size, ln, "Body", size, color)
            y -= leading
        y -= gap
    return y


def note(c, s, y=92, width=1240, color=GREY):
    text_box(c, X0, y, width, s, "BodyItalic", 18, color, leading=24)


def bar(c, s):
    rrect(c, X0, 84, W - 2 * X0, 58, 14, GREEN)
    text_line(c, X0 + 28, 105, s, "BodyBold", 23, WHITE)


def group(items):
    """Split a slide's items into the runs the layouts need."""
    out = {}
    for k, v in items:
        out.setdefault(k, []).append(v)
    return out


def s_cover(c, g, page):
    background(c, GREEN)
    circle(c, 1260, 610, 260, LEAF, 0.35)
    circle(c, 1385, 170, 150, MINT, 0.18)
    circle(c, 980, 780, 90, MINT, 0.12)
    leaf(c, 1080, 250, 300, MINT, 0.55)
    leaf(c, 1230, 330, 230, LEAF, 0.9, flip=False)
    leaf(c, 1150, 220, 180, WHITE, 0.25, flip=True)
    dots(c, 90, 90, 8, 4, 22, HexColor("#3C7A5C"))
    text_line(c, X0, 640, g["tag"][0], "BodyBold", 18, MINT, char_space=4)
    text_line(c, X0, 470, g["title"][0], "Display", 130, WHITE)
    text_box(c, X0, 410, 820, g["sub"][0], "Body", 34, MINT, leading=44)
    c.saveState()
    c.setStrokeColor(EARTH)
    c.setLineWidth(4)
    c.line(X0, 262, X0 + 140, 262)
    c.restoreState()
    text_line(c, X0, 222, g["by"][0], "Body", 20, WHITE)


def s_agenda(c, g, page):
    background(c, CREAM)
    dots(c, 1210, 650, 6, 4, 22, PALE)
    title(c, g["title"][0])
    tw, th, gap = 232.0, 200.0, 20.0
    for i, t in enumerate(g["tile"]):
        num, label = [x.strip() for x in t.split("|", 1)]
        col, row = i % 5, i // 5
        x = X0 + col * (tw + gap)
        y = 380 - row * (th + gap)
        rrect(c, x, y, tw, th, 18, WHITE, stroke=PALE)
        text_line(c, x + 22, y + th - 62, num, "Display", 40, EARTH)
        text_box(c, x + 22, y + th - 86, tw - 40, label, "BodyBold", 21, INK, leading=27)
    footer(c, page)


def s_bignum(c, g, items, page):
    background(c, CREAM)
    has_big = "big" in g
    if has_big:
        big_mark(c, g["big"][0])
    leaf(c, 1330, 700, 70, LEAF, 0.5)
    y = title(c, g["title"][0], width=860 if has_big else 1240)
    width = 820 if has_big else 1240
    box = None
    for k, v in items:
        if k == "p":
            y = text_box(c, X0, y, width, v, "Body", 25, INK, leading=34) - 14
        elif k == "b" and box is None:
            y = bullets(c, [v], X0, y, width, size=24, gap=12)
        elif k == "boxtitle":
            box = {"title": v, "items": []}
        elif k == "b":
            box["items"].append(v)
    if box:
        n = sum(len(wrap(it, "Body", 21, width - 70)) for it in box["items"])
        h = 66 + n * 28 + len(box["items"]) * 6
        rrect(c, X0, y - h - 10, width, h, 16, MINT)
        text_line(c, X0 + 24, y - 46, box["title"], "BodyBold", 22, GREEN)
        bullets(c, box["items"], X0 + 24, y - 62, width - 40, size=21, leading=28, gap=6)
        y -= h + 10
    if "note" in g:
        note(c, g["note"][0], y=128 if "bar" not in g else 168, width=width)
    if "bar" in g:
        bar(c, g["bar"][0])
    if y < 150:
        raise SystemExit("slide %d overflows (y=%.0f)" % (page, y))
    footer(c, page)


def s_define(c, g, page):
    background(c, CREAM)
    circle(c, 1380, 760, 130, MINT, 0.8)
    leaf(c, 1300, 640, 90, LEAF, 0.6, flip=True)
    y = title(c, g["title"][0])
    for p in g["p"]:
        y = text_box(c, X0, y, 1180, p, "Body", 25, INK, leading=34) - 14
    cw, gap = 396.0, 26.0
    for i, st in enumerate(g["stat"]):
        fig, cap = [x.strip() for x in st.split("|", 1)]
        x = X0 + i * (cw + gap)
        rrect(c, x, 150, cw, 210, 18, WHITE, stroke=PALE)
        c.saveState()
        c.setFillColor(LEAF)
        c.rect(x, 150 + 210 - 10, cw, 10, stroke=0, fill=1)
        c.restoreState()
        text_line(c, x + 24, 150 + 210 - 76, fig, "Display", 48, GREEN)
        text_box(c, x + 24, 150 + 210 - 96, cw - 44, cap, "Body", 19, INK, leading=25)
    note(c, g["note"][0], y=130)
    footer(c, page)


def s_phases(c, g, page):
    background(c, CREAM)
    y = title(c, g["title"][0])
    cw, gap = 380.0, 50.0
    colors = [LEAF, GREEN, EARTH]
    for i, ph in enumerate(g["phase"]):
        label, name, text = [x.strip() for x in ph.split("|", 2)]
        x = X0 + i * (cw + gap)
        rrect(c, x, 230, cw, 330, 20, WHITE, stroke=PALE)
        rrect(c, x, 440, cw, 120, 20, colors[i])
        text_line(c, x + 24, 522, label.upper(), "BodyBold", 17, WHITE, char_space=2)
        text_line(c, x + 24, 470, name, "Display", 30, WHITE)
        text_box(c, x + 24, 420, cw - 48, text, "Body", 22, INK, leading=30)
        if i < 2:
            cx = x + cw + gap / 2.0
            c.saveState()
            c.setStrokeColor(EARTH)
            c.setLineWidth(5)
            c.line(cx - 10, 410, cx + 6, 395)
            c.line(cx + 6, 395, cx - 10, 380)
            c.restoreState()
    note(c, g["note"][0], y=170)
    footer(c, page)


def s_themes(c, g, page):
    background(c, CREAM)
    big_mark(c, g["big"][0], size=400)
    y = title(c, g["title"][0])
    x, row_y = X0, y - 8
    for chip in g["chip"]:
        w = pdfmetrics.stringWidth(chip, "BodyBold", 18) + 40
        if x + w > X0 + 860:
            x, row_y = X0, row_y - 54
        rrect(c, x, row_y - 42, w, 42, 21, GREEN)
        text_line(c, x + 20, row_y - 28, chip, "BodyBold", 18, WHITE)
        x += w + 12
    y = row_y - 70
    items = g["b"]
    n = sum(len(wrap(it, "Body", 21, 790)) for it in items)
    h = 64 + n * 28 + len(items) * 5
    rrect(c, X0, y - h, 860, h, 16, MINT)
    text_line(c, X0 + 24, y - 40, g["boxtitle"][0], "BodyBold", 22, GREEN)
    bullets(c, items, X0 + 24, y - 56, 820, size=21, leading=28, gap=5)
    note(c, g["note"][0], y=y - h - 16, width=1100)
    footer(c, page)


def s_timeline(c, g, page):
    background(c, CREAM)
    has_big = "big" in g
    if has_big:
        big_mark(c, g["big"][0])
    y = title(c, g["title"][0], width=860 if has_big else 1240)
    width = 500 if has_big else 860
    top = y
    rows = []
    for ev in g["ev"]:
        date, text = [x.strip() for x in ev.split("|", 1)]
        rows.append((date, text, wrap(text, "Body", 21, width)))
    spacing = 16 if not has_big else 12
    c.saveState()
    c.setStrokeColor(LEAF)
    c.setLineWidth(3)
    total = sum(len(r[2]) * 28 + spacing for r in rows)
    c.line(X0 + 10, top - 8, X0 + 10, top - total + 6)
    c.restoreState()
    for date, text, lines in rows:
        circle(c, X0 + 10, y - 15, 9, EARTH, 1)
        text_line(c, X0 + 40, y - 21, date, "BodyBold", 21, GREEN)
        yy = y
        for ln in lines:
            text_line(c, X0 + 300, yy - 21, ln, "Body", 21, INK)
            yy -= 28
        y = yy - spacing
    if "note" in g:
        note(c, g["note"][0], y=112)
    if y < 130:
        raise SystemExit("slide %d overflows (y=%.0f)" % (page, y))
    footer(c, page)


def s_procon(c, g, items, page):
    background(c, CREAM)
    y = title(c, g["title"][0])
    cols, cur = [], None
    for k, v in items:
        if k == "col":
            cur = {"head": v, "items": []}
            cols.append(cur)
        elif k == "b":
            cur["items"].append(v)
    cw, gap = 600.0, 40.0
    for i, col in enumerate(cols):
        x = X0 + i * (cw + gap)
        rrect(c, x, y - 56, cw, 56, 14, LEAF if i == 0 else EARTH)
        text_line(c, x + 24, y - 38, col["head"], "Display", 26, WHITE)
        bullets(c, col["items"], x + 10, y - 80, cw - 20, size=22, leading=30, gap=12)
    bar(c, g["bar"][0])
    footer(c, page)


def s_exam(c, g, page):
    background(c, CREAM)
    dots(c, 1250, 680, 5, 3, 22, PALE)
    y = title(c, g["title"][0])
    items = g["b"]
    n = sum(len(wrap(it, "Body", 21, 560)) for it in items)
    h = 70 + n * 29 + len(items) * 8
    rrect(c, X0, y - h, 600, h, 18, MINT)
    text_line(c, X0 + 24, y - 42, g["boxtitle"][0], "BodyBold", 23, GREEN)
    bullets(c, items, X0 + 24, y - 60, 560, size=21, leading=29, gap=8)
    qx = X0 + 640
    ql = wrap(g["q"][0], "BodyItalic", 23, 560)
    qh = 50 + len(ql) * 32
    rrect(c, qx, y - qh, 600, qh, 18, WHITE, stroke=EARTH)
    yy = y - 25
    for ln in ql:
        text_line(c, qx + 24, yy - 23, ln, "BodyItalic", 23, INK)
        yy -= 32
    text_line(c, qx, y - qh - 44, "Keywords to drop in answers", "BodyBold", 20, GREEN)
    x, ky = qx, y - qh - 62
    for kw in g.get("kw", []):
        w = pdfmetrics.stringWidth(kw, "BodyBold", 17) + 36
        if x + w > qx + 600:
            x, ky = qx, ky - 50
        rrect(c, x, ky - 38, w, 38, 19, GREEN)
        text_line(c, x + 18, ky - 26, kw, "BodyBold", 17, WHITE)
        x += w + 10
    note(c, g["note"][0], y=140)
    footer(c, page)


def s_thanks(c, g, page):
    background(c, GREEN)
    circle(c, 200, 120, 220, LEAF, 0.3)
    circle(c, 1300, 700, 180, MINT, 0.15)
    leaf(c, 1150, 160, 220, MINT, 0.5, flip=True)
    leaf(c, 1190, 190, 160, LEAF, 0.9)
    text_line(c, W / 2.0, 450, g["title"][0], "Display", 110, WHITE, anchor="center")
    y = 360
    for p in g["p"]:
        text_line(c, W / 2.0, y, p, "Body", 28, MINT, anchor="center")
        y -= 46
    text_line(c, W - 40, 30, "%02d" % page, "BodyBold", 15, MINT, anchor="right")


def build(out):
    slides = read_slides()
    c = canvas.Canvas(out, pagesize=(W, H), invariant=1, pageCompression=1, initialFontName="Body", initialFontSize=18)
    c.setTitle("Mission LiFE \u2013 GS III Environment (Batch 2026)")
    c.setAuthor("Team EcoPrep")
    c.setSubject("")
    c.setCreator("Canva")
    c.setKeywords("DAGyT3kQm2E,BAFvL9pWx4c")
    c._doc.info.producer = "Canva"
    for i, s in enumerate(slides, 1):
        g = group(s["items"])
        lay = s["layout"]
        if lay == "cover":
            s_cover(c, g, i)
        elif lay == "agenda":
            s_agenda(c, g, i)
        elif lay == "bignum":
            s_bignum(c, g, s["items"], i)
            if "note" in g and "." in g["note"][0] and "nic.in" in g["note"][0]:
                c.linkURL("https://missionlife-moefcc.nic.in/", (X0, 100, X0 + 260, 130), relative=0)
        elif lay == "define":
            s_define(c, g, i)
        elif lay == "phases":
            s_phases(c, g, i)
        elif lay == "themes":
            s_themes(c, g, i)
        elif lay == "timeline":
            s_timeline(c, g, i)
        elif lay == "procon":
            s_procon(c, g, s["items"], i)
        elif lay == "exam":
            s_exam(c, g, i)
        elif lay == "thanks":
            s_thanks(c, g, i)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
