#!/usr/bin/python3
"""Re-make docs/ilr-lecture-14-npp-to-ken-betwa.pdf from tools/ilr-lecture-14-npp-to-ken-betwa.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUTPUT]
reportlab with invariant=1 and the Liberation fonts (registered as Arial, the deck's theme
font); the same bytes on every run.

The PDF imitates a PowerPoint deck printed with "Print > Notes Pages" to "Save as PDF": one
portrait 7.5 x 10 in page per slide, in PowerPoint's default notes-master layout - the notes
header (top left) and date (top right), the slide drawn small inside a thin black frame, the
speaker notes underneath in 12 pt, the notes footer (bottom left) and the page number (bottom
right). The slides themselves are drawn as the deck shows them: a teal title band with the
title, bullets (with PowerPoint's shrink-on-overflow autofit: the body text is set smaller
until it fits), two-column and table layouts, a schematic map with labels, the slide footer
and slide number; the title and end slides are full teal. A slide without notes prints an
empty notes area.
"""
import os
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ilr-lecture-14-npp-to-ken-betwa.txt")
OUT = os.path.join(HERE, "..", "docs", "ilr-lecture-14-npp-to-ken-betwa.pdf")

FONTDIR = "/usr/share/fonts/truetype/liberation/"
for _n, _f in (("Arial", "LiberationSans-Regular.ttf"), ("Arial-Bold", "LiberationSans-Bold.ttf"),
               ("Arial-Italic", "LiberationSans-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(_n, os.path.join(FONTDIR, _f)))

PW, PH = 540.0, 720.0            # notes page, 7.5 x 10 in
SW, SH = 960.0, 540.0            # slide, 13.333 x 7.5 in
IMG_X, IMG_W = 45.0, 450.0
IMG_H = IMG_W * SH / SW
IMG_TOP = 54.0
NOTES_X, NOTES_W = 54.0, 432.0
NOTES_TOP = IMG_TOP + IMG_H + 36.0
NOTES_BOTTOM = 668.0

TEAL = HexColor("#12515C")
TEAL2 = HexColor("#1B7A87")
INK = HexColor("#262626")
GREY = HexColor("#7F7F7F")
BAND = HexColor("#E8F1F2")
RIVER = HexColor("#2E75B6")


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text, font, size, avail):
    lines, cur = [], ""
    for w in text.split(" "):
        t = (cur + " " + w) if cur else w
        if cur and sw(t, font, size) > avail:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def parse(path):
    meta, slides = {}, []
    cur = None
    in_notes = False
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("%"):
                continue
            if line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
                continue
            if line.startswith("=== SLIDE "):
                cur = {"layout": line[10:].strip(), "title": "", "sub": [], "bul": [], "L": [],
                       "R": [], "Lh": "", "Rh": "", "rows": [], "map": [], "cap": "",
                       "notes": []}
                slides.append(cur)
                in_notes = False
                continue
            if cur is None:
                continue
            if in_notes:
                cur["notes"].append(line)
                continue
            if not line.strip():
                continue
            if line == "NOTES:":
                in_notes = True
            elif line.startswith("TITLE: "):
                cur["title"] = line[7:]
            elif line.startswith("SUB: "):
                cur["sub"].append(line[5:])
            elif line.startswith("  - "):
                cur["bul"].append((1, line[4:]))
            elif line.startswith("- "):
                cur["bul"].append((0, line[2:]))
            elif line[:3] in ("L: ", "R: "):
                cur[line[0] + "h"] = line[3:]
            elif line[:3] in ("L- ", "R- "):
                cur[line[0]].append(line[3:])
            elif line.startswith("T| "):
                cur["rows"].append([c.strip() for c in line[3:].split(" | ")])
            elif line.startswith("M: "):
                x, y, label = line[3:].split(" ", 2)
                cur["map"].append((float(x), float(y), label))
            elif line.startswith("CAP: "):
                cur["cap"] = line[5:]
            else:
                raise SystemExit("bad line: %r" % line)
    for s in slides:
        while s["notes"] and not s["notes"][-1].strip():
            s["notes"].pop()
    return meta, slides


# ------------------------------------------------------------------ slide drawing
# The slide is drawn in its own coordinates (points, origin top-left, y down) through a
# transform that maps it into the frame on the notes page.

class Slide:
    def __init__(self, c):
        self.c = c

    def text(self, x, y, s, font, size, color=INK, align="left"):
        c = self.c
        c.setFillColor(color)
        c.setFont(font, size)
        if align == "center":
            c.drawCentredString(x, -y, s)
        elif align == "right":
            c.drawRightString(x, -y, s)
        else:
            c.drawString(x, -y, s)

    def rect(self, x, y, w, h, fill):
        self.c.setFillColor(fill)
        self.c.rect(x, -(y + h), w, h, stroke=0, fill=1)


def bullets_fit(items, x, w, top, bottom, size0, lead_k=1.18, gap_k=0.45):
    """Shrink the font until the bullets fit (PowerPoint's normAutofit)."""
    size = size0
    while True:
        y = top
        laid = []
        for lvl, t in items:
            fs = size if lvl == 0 else size * 0.88
            ind = 0.0 if lvl == 0 else 36.0
            lines = wrap(t, "Arial", fs, w - ind - 22)
            laid.append((lvl, fs, ind, lines, y))
            y += len(lines) * fs * lead_k + fs * gap_k
        if y <= bottom or size < 9:
            return laid, size
        size = round(size * 0.9, 1)


def draw_bullets(sl, laid, x):
    for lvl, fs, ind, lines, y in laid:
        mark = "\u2022" if lvl == 0 else "\u2013"
        sl.text(x + ind, y + fs, mark, "Arial", fs, TEAL2 if lvl == 0 else INK)
        for k, ln in enumerate(lines):
            sl.text(x + ind + 22, y + fs + k * fs * 1.18, ln, "Arial", fs)


def title_band(sl, title):
    sl.rect(0, 0, SW, 92, TEAL)
    sl.rect(0, 92, SW, 5, TEAL2)
    size = 32
    while sw(title, "Arial-Bold", size) > SW - 96 and size > 20:
        size -= 1
    sl.text(48, 60, title, "Arial-Bold", size, white)


def slide_footer(sl, meta, n):
    sl.text(48, SH - 18, meta["slidefooter"], "Arial", 11, GREY)
    sl.text(SW - 40, SH - 18, str(n), "Arial", 11, GREY, "right")


def draw_slide(c, meta, s, n):
    sl = Slide(c)
    lay = s["layout"]
    if lay in ("title", "end"):
        sl.rect(0, 0, SW, SH, TEAL)
        sl.rect(0, SH - 60, SW, 60, TEAL2)
        size = 40 if lay == "title" else 54
        lines = wrap(s["title"], "Arial-Bold", size, SW - 140)
        y = 190 if lay == "title" else 220
        for ln in lines:
            sl.text(SW / 2, y, ln, "Arial-Bold", size, white, "center")
            y += size * 1.15
        y += 18
        for sub in s["sub"]:
            sl.text(SW / 2, y, sub, "Arial", 20, HexColor("#D9ECEE"), "center")
            y += 30
        return
    title_band(sl, s["title"])
    top, bottom = 128, SH - 44
    if lay == "content":
        laid, _ = bullets_fit(s["bul"], 56, SW - 110, top, bottom, 24)
        draw_bullets(sl, laid, 56)
    elif lay == "two":
        colw = (SW - 130) / 2
        for k, side in enumerate("LR"):
            x = 56 + k * (colw + 18)
            sl.rect(x, top - 8, colw, 34, BAND)
            sl.text(x + 10, top + 16, s[side + "h"], "Arial-Bold", 19, TEAL)
            laid, _ = bullets_fit([(0, t) for t in s[side]], x, colw, top + 44, bottom, 19)
            draw_bullets(sl, laid, x + 6)
    elif lay == "table":
        rows = s["rows"]
        widths = [230.0, 260.0, SW - 112 - 490.0]
        y = top - 6
        for r, row in enumerate(rows):
            font = "Arial-Bold" if r == 0 else "Arial"
            fs = 16
            cells = [wrap(t, font, fs, w - 16) for t, w in zip(row, widths)]
            h = max(len(cl) for cl in cells) * fs * 1.2 + 14
            fill = TEAL if r == 0 else (BAND if r % 2 == 1 else white)
            sl.rect(56, y, sum(widths), h, fill)
            x = 56
            for cl, w in zip(cells, widths):
                for k, ln in enumerate(cl):
                    sl.text(x + 8, y + 7 + fs + k * fs * 1.2 - 2, ln, font, fs,
                            white if r == 0 else INK)
                x += w
            y += h
        c.setStrokeColor(TEAL)
        c.setLineWidth(1)
        c.line(56, -y, 56 + sum(widths), -y)
    elif lay == "map":
        laid, _ = bullets_fit(s["bul"], 40, 470, top, bottom, 20)
        draw_bullets(sl, laid, 40)
        mx, my, mw, mh = 540, 118, 390, 360
        sl.rect(mx, my, mw, mh, HexColor("#F4F7F2"))
        c.setStrokeColor(HexColor("#BFBFBF"))
        c.setLineWidth(0.8)
        c.rect(mx, -(my + mh), mw, mh, stroke=1, fill=0)

        def pt(fx, fy):
            return mx + fx * mw, -(my + fy * mh)

        c.setStrokeColor(RIVER)
        c.setLineWidth(3)
        for path in ([(0.03, 0.14), (0.4, 0.1), (0.7, 0.14), (0.97, 0.08)],      # Yamuna
                     [(0.12, 0.97), (0.2, 0.7), (0.28, 0.45), (0.3, 0.25), (0.36, 0.11)],
                     [(0.88, 0.97), (0.8, 0.75), (0.74, 0.5), (0.7, 0.3), (0.72, 0.13)]):
            p = c.beginPath()
            p.moveTo(*pt(*path[0]))
            for q in path[1:]:
                p.lineTo(*pt(*q))
            c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(HexColor("#C55A11"))
        c.setLineWidth(2.2)
        c.setDash(6, 4)
        p = c.beginPath()
        p.moveTo(*pt(0.77, 0.62))
        p.lineTo(*pt(0.55, 0.5))
        p.lineTo(*pt(0.285, 0.43))
        c.drawPath(p, stroke=1, fill=0)
        c.setDash()
        c.setFillColor(HexColor("#C00000"))
        x0, y0 = pt(0.77, 0.62)
        c.rect(x0 - 6, y0 - 6, 12, 12, stroke=0, fill=1)
        c.setStrokeColor(HexColor("#548235"))
        c.setLineWidth(1.2)
        c.setDash(2, 2)
        c.circle(*pt(0.8, 0.66), 58, stroke=1, fill=0)
        c.setDash()
        for fx, fy, label in s["map"]:
            sl.text(mx + fx * mw - sw(label, "Arial", 13) / 2, my + fy * mh, label, "Arial", 13,
                    INK)
        sl.text(mx + mw - 14, my + 24, "N \u2191", "Arial-Bold", 14, INK, "right")
        sl.text(mx + 6, my + mh + 16, s["cap"], "Arial-Italic", 11, GREY)
    slide_footer(sl, meta, n)


# ------------------------------------------------------------------ notes page

def notes_page(c, meta, s, n):
    c.setFont("Arial", 12)
    c.setFillColor(black)
    c.drawString(28, PH - 26, meta["header"])
    c.drawRightString(PW - 28, PH - 26, meta["date"])
    # slide image
    c.saveState()
    c.translate(IMG_X, PH - IMG_TOP)
    c.scale(IMG_W / SW, IMG_W / SW)
    p = c.beginPath()
    p.rect(0, -SH, SW, SH)
    c.clipPath(p, stroke=0)
    c.setFillColor(white)
    c.rect(0, -SH, SW, SH, stroke=0, fill=1)
    draw_slide(c, meta, s, n)
    c.restoreState()
    c.setStrokeColor(black)
    c.setLineWidth(0.75)
    c.rect(IMG_X, PH - IMG_TOP - IMG_H, IMG_W, IMG_H, stroke=1, fill=0)
    # notes
    y = NOTES_TOP
    c.setFillColor(black)
    for para in s["notes"]:
        if not para.strip():
            y += 14.4
            continue
        for ln in wrap(para, "Arial", 12, NOTES_W):
            if y + 14.4 > NOTES_BOTTOM:
                raise SystemExit("notes of slide %d overflow" % n)
            c.setFont("Arial", 12)
            c.drawString(NOTES_X, PH - y - 11, ln)
            y += 14.4
        y += 6
    c.setFont("Arial", 12)
    c.drawString(28, 22, meta["footer"])
    c.drawRightString(PW - 28, 22, str(n))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, slides = parse(SRC)
    c = canvas.Canvas(out, pagesize=(PW, PH), invariant=1, pageCompression=1)
    c.setTitle(meta["title"])
    c.setAuthor(meta["author"])
    c.setCreator("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
    c.setProducer("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
    for n, s in enumerate(slides, 1):
        notes_page(c, meta, s, n)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
