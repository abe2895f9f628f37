#!/usr/bin/python3
"""Re-make docs/GS2_SJ_Class09_POCSO_final.pdf from tools/GS2_SJ_Class09_POCSO_final.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUTPUT]
reportlab with invariant=1 and the Liberation fonts (registered as Arial, the deck's theme
font); the same bytes on every run.

The PDF imitates PowerPoint 2016's File > Export > Create PDF/XPS with Options > "Publish
what: Notes pages" and "Frame slides" ticked, for a 4:3 deck: one portrait 7.5 x 10 in page per
slide in the default notes master - the slide drawn small near the top inside a thin black
frame, the speaker notes under it in 12 pt, the notes footer bottom left and the page number
bottom right. Hidden slides are left out (the default), so the page numbers, which are the
slide numbers, jump over the hidden slide 9. The slides are drawn as the deck shows them: navy
title and closing slides; content slides with a navy title, an orange rule under it, bullets with
PowerPoint's shrink-on-overflow autofit, the deck's small "ABHYAS" tag bottom left and the slide
number bottom right; a table slide (navy header row, banded rows, cells that wrap), a process
slide (four rounded boxes joined by arrows, bullets below), a two-column slide with shaded
column heads and a practice-question slide. The last page prints an empty notes area.
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "GS2_SJ_Class09_POCSO_final.txt")
OUT = os.path.join(HERE, "..", "docs", "GS2_SJ_Class09_POCSO_final.pdf")

FONTDIR = "/usr/share/fonts/truetype/liberation/"
for _n, _f in (("Arial", "LiberationSans-Regular.ttf"), ("Arial-Bold", "LiberationSans-Bold.ttf"),
               ("Arial-Italic", "LiberationSans-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(_n, os.path.join(FONTDIR, _f)))

PW, PH = 540.0, 720.0            # notes page, 7.5 x 10 in
SW, SH = 720.0, 540.0            # slide, 10 x 7.5 in (4:3)
IMG_W = 396.0
SCALE = IMG_W / SW
IMG_H = SH * SCALE
IMG_X = (PW - IMG_W) / 2
IMG_TOP = 54.0
NOTES_X, NOTES_W = 54.0, 432.0
NOTES_TOP = IMG_TOP + IMG_H + 30.0
NOTES_SIZE, NOTES_LEAD = 12.0, 14.4

NAVY = HexColor("#1F3864")
ORANGE = HexColor("#ED7D31")
INK = HexColor("#262626")
GREY = HexColor("#7F7F7F")
BAND = HexColor("#DCE3F0")
BAND2 = HexColor("#EEF2F8")
PALE = HexColor("#F2F2F2")


def typo(s):
    """PowerPoint AutoCorrect: curly quotes and apostrophes, en dash for a spaced hyphen."""
    s = s.replace(" - ", " \u2013 ")
    s = re.sub(r'(^|[\s(])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


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
    meta, slides, cur, in_notes = {}, [], None, False
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("%"):
            continue
        if line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = typo(v)
            continue
        if line.startswith("=== SLIDE "):
            num, layout = line[10:].split(" ", 1)
            cur = {"num": int(num), "layout": layout.strip(), "title": "", "sub": [], "bul": [],
                   "rows": [], "proc": [], "L": [], "R": [], "Lh": "", "Rh": "", "q": [],
                   "notes": []}
            slides.append(cur)
            in_notes = False
            continue
        if cur is None:
            continue
        if in_notes:
            cur["notes"].append(typo(line))
            continue
        if not line.strip():
            continue
        if line == "NOTES:":
            in_notes = True
        elif line.startswith("TITLE: "):
            cur["title"] = typo(line[7:])
        elif line.startswith("SUB: "):
            cur["sub"].append(typo(line[5:]))
        elif line.startswith("  - "):
            cur["bul"].append((1, typo(line[4:])))
        elif line.startswith("- "):
            cur["bul"].append((0, typo(line[2:])))
        elif line.startswith("T| "):
            cur["rows"].append([typo(c.strip()) for c in line[3:].split(" | ")])
        elif line.startswith("P| "):
            cur["proc"] = [typo(c.strip()) for c in line[3:].split(" | ")]
        elif line[:3] in ("L: ", "R: "):
            cur[line[0] + "h"] = typo(line[3:])
        elif line[:3] in ("L- ", "R- "):
            cur[line[0]].append(typo(line[3:]))
        elif line.startswith("Q| "):
            cur["q"].append(typo(line[3:]))
        else:
            raise SystemExit("bad line: %r" % line)
    for s in slides:
        while s["notes"] and not s["notes"][-1].strip():
            s["notes"].pop()
    return meta, slides


class Slide:
    """Draws in slide coordinates (points, origin top-left, y down) into the frame."""

    def __init__(self, c):
        self.c = c

    def text(self, x, y, s, font, size, color=INK, align="left"):
        c = self.c
        c.setFillColor(color)
        c.setFont(font, size)
        if align == "center":
            c.drawCentredString(x, SH - y, s)
        elif align == "right":
            c.drawRightString(x, SH - y, s)
        else:
            c.drawString(x, SH - y, s)

    def rect(self, x, y, w, h, fill=None, stroke=None, width=1.0, radius=0):
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(width)
        if radius:
            c.roundRect(x, SH - y - h, w, h, radius, fill=int(fill is not None),
                        stroke=int(stroke is not None))
        else:
            c.rect(x, SH - y - h, w, h, fill=int(fill is not None), stroke=int(stroke is not None))

    def line(self, x1, y1, x2, y2, color, width):
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(width)
        c.line(x1, SH - y1, x2, SH - y2)


def draw_title_area(sl, s):
    lines = wrap(s["title"], "Arial-Bold", 32, 620)
    y = 62
    for ln in lines:
        sl.text(50, y, ln, "Arial-Bold", 32, NAVY)
        y += 36
    sl.line(50, y - 20, 670, y - 20, ORANGE, 3)
    return y + 6


def bullets_height(items, size, avail):
    h = 0
    for lvl, t in items:
        sz = size if lvl == 0 else size * 0.85
        h += len(wrap(t, "Arial", sz, avail - 28 - 30 * lvl)) * sz * 1.2 + sz * 0.5
    return h


def draw_bullets(sl, items, x, y, avail, bottom, size=24):
    while size > 12 and bullets_height(items, size, avail) > bottom - y:
        size -= 1                      # PowerPoint's "shrink text on overflow"
    for lvl, t in items:
        sz = size if lvl == 0 else size * 0.85
        bx = x + 30 * lvl
        y += sz
        sl.text(bx, y, "\u2022" if lvl == 0 else "\u2013", "Arial", sz, ORANGE if lvl == 0 else GREY)
        for i, ln in enumerate(wrap(t, "Arial", sz, avail - 28 - 30 * lvl)):
            if i:
                y += sz * 1.2
            sl.text(bx + 28, y, ln, "Arial", sz, INK)
        y += sz * 0.2 + sz * 0.5
    return y


def furniture(sl, s):
    sl.text(50, 518, "ABHYAS", "Arial-Bold", 11, GREY)
    sl.text(670, 518, str(s["num"]), "Arial", 12, GREY, align="right")


def draw_slide(c, s):
    sl = Slide(c)
    lay = s["layout"]
    if lay in ("title", "end"):
        sl.rect(0, 0, SW, SH, fill=NAVY)
        sl.rect(0, 330, SW, 6, fill=ORANGE)
        y = 230 if lay == "title" else 250
        for ln in wrap(s["title"], "Arial-Bold", 44, 620):
            sl.text(SW / 2, y, ln, "Arial-Bold", 44, white, align="center")
            y += 52
        y = 380
        for sub in s["sub"]:
            sl.text(SW / 2, y, sub, "Arial", 20, white, align="center")
            y += 32
        return
    sl.rect(0, 0, SW, SH, fill=white)
    top = draw_title_area(sl, s)
    furniture(sl, s)
    if lay == "bullets":
        draw_bullets(sl, s["bul"], 50, top, 620, 495)
    elif lay == "table":
        rows = s["rows"]
        widths = [250, 110, 260]
        size = 15
        x0, y = 50, top
        for r, row in enumerate(rows):
            font = "Arial-Bold" if r == 0 else "Arial"
            cells = [wrap(t, font, size, w - 12) for t, w in zip(row, widths)]
            h = max(len(cl) for cl in cells) * size * 1.2 + 10
            fill = NAVY if r == 0 else (BAND if r % 2 else BAND2)
            x = x0
            for cl, w in zip(cells, widths):
                sl.rect(x, y, w, h, fill=fill, stroke=white, width=1)
                yy = y + 5 + size
                for ln in cl:
                    sl.text(x + 6, yy, ln, font, size, white if r == 0 else INK)
                    yy += size * 1.2
                x += w
            y += h
    elif lay == "process":
        boxes = s["proc"]
        n = len(boxes)
        gap = 26
        bw = (620 - gap * (n - 1)) / n
        y = top + 4
        for i, t in enumerate(boxes):
            x = 50 + i * (bw + gap)
            sl.rect(x, y, bw, 84, fill=NAVY if i == 0 else BAND, radius=8)
            lines = wrap(t, "Arial-Bold", 15, bw - 12)
            yy = y + 42 - (len(lines) * 18) / 2 + 13
            for ln in lines:
                sl.text(x + bw / 2, yy, ln, "Arial-Bold", 15, white if i == 0 else NAVY,
                        align="center")
                yy += 18
            if i < n - 1:
                ax = x + bw + 4
                sl.line(ax, y + 42, ax + gap - 8, y + 42, ORANGE, 3)
                c.setFillColor(ORANGE)
                p = c.beginPath()
                p.moveTo(ax + gap - 8, SH - y - 36)
                p.lineTo(ax + gap - 2, SH - y - 42)
                p.lineTo(ax + gap - 8, SH - y - 48)
                p.close()
                c.drawPath(p, fill=1, stroke=0)
        draw_bullets(sl, s["bul"], 50, y + 100, 620, 495, size=20)
    elif lay == "twocol":
        for k, x in (("L", 50), ("R", 370)):
            sl.rect(x, top, 300, 36, fill=BAND)
            sl.text(x + 12, top + 25, s[k + "h"], "Arial-Bold", 20, NAVY)
            draw_bullets(sl, [(0, t) for t in s[k]], x, top + 44, 300, 495, size=20)
    elif lay == "question":
        y = top
        for q in s["q"]:
            for ln in wrap(q, "Arial", 18, 620):
                y += 21.6
                sl.text(50, y, ln, "Arial", 18, INK)
            y += 8
    else:
        raise SystemExit("unknown layout %r" % lay)


def draw_notes(c, s):
    y = PH - NOTES_TOP
    paras, cur = [], []
    for line in s["notes"]:
        if line.strip():
            cur.append(line.strip())
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    c.setFillColor(black)
    c.setFont("Arial", NOTES_SIZE)
    for i, para in enumerate(paras):
        if i:
            y -= NOTES_LEAD          # the empty paragraph typed between notes paragraphs
        for ln in wrap(para, "Arial", NOTES_SIZE, NOTES_W):
            y -= NOTES_LEAD
            c.drawString(NOTES_X, y + 3, ln)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, slides = parse(SRC)
    c = canvas.Canvas(out, pagesize=(PW, PH), invariant=1)
    c.setTitle(meta["title"])
    c.setAuthor(meta["author"])
    c.setCreator("Microsoft\u00ae PowerPoint\u00ae 2016")
    c._doc.info.producer = "Microsoft\u00ae PowerPoint\u00ae 2016"
    c.setSubject("")
    for s in slides:
        if s["layout"] == "hidden":
            continue
        c.saveState()
        c.translate(IMG_X, PH - IMG_TOP - IMG_H)
        c.scale(SCALE, SCALE)
        p = c.beginPath()
        p.rect(0, 0, SW, SH)
        c.clipPath(p, stroke=0, fill=0)
        draw_slide(c, s)
        c.restoreState()
        c.setStrokeColor(black)
        c.setLineWidth(0.75)
        c.rect(IMG_X, PH - IMG_TOP - IMG_H, IMG_W, IMG_H, fill=0, stroke=1)
        draw_notes(c, s)
        c.setFillColor(black)
        c.setFont("Arial", 10)
        c.drawString(22, 22, meta["footer"])
        c.setFont("Arial", 12)
        c.drawRightString(PW - 22, 22, str(s["num"]))
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
