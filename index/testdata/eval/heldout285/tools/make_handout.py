#!/usr/bin/python3
"""Make docs/anglo-sikh-wars-handout.pdf from tools/anglo-sikh-wars-handout.txt.

The PDF imitates an older 4:3 PowerPoint deck sent to "Microsoft Print to PDF" with the print
setting "Handouts (3 slides per page)" and "Frame slides" ticked, on A4 portrait: three slide
pictures down the left of each page, each with a thin black frame, and seven ruled note lines
beside each one; the handout master's header at top left, the date at top right and the page
number at bottom right (no handout footer). The print job's name is the document title
("Microsoft PowerPoint - <file name>.pptx") and the producer is "Microsoft: Print To PDF".

The slides are drawn at full size (720 x 540 pt, 10 x 7.5 in) and scaled into the frame, so
their text stays text: the title slide in the theme's maroon with a saffron band and white
type; two "Section Header" slides ("Part A", "Part B"); content slides on an ivory ground with
a maroon strip down the left edge, a serif title in maroon, a short saffron rule, saffron "▪"
bullets and grey "–" second-level bullets (text shrunk on overflow, long bullets wrapped with
a hanging indent); two tables with a maroon header row and banded rows; a two-column
"Comparison" slide; a "Vertical Chevron List" SmartArt slide (a chevron with a name, a bold
date and a caption beside it); small italic note lines; the slide footer centred and the slide
number at the right foot of every slide but the title and section headers. AutoCorrect's
"→" arrows, en dashes and curly quotes are in the text. Fonts: Liberation Serif Bold (titles)
and Liberation Sans (body), embedded as subsets.

Run from anywhere: /usr/bin/python3 tools/make_handout.py [output-path]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "anglo-sikh-wars-handout.txt")
OUT = os.path.join(HERE, "..", "docs", "anglo-sikh-wars-handout.pdf")

LIB = "/usr/share/fonts/truetype/liberation"
for name, fn in (("LSans", "LiberationSans-Regular.ttf"), ("LSans-Bold", "LiberationSans-Bold.ttf"),
                 ("LSans-Italic", "LiberationSans-Italic.ttf"), ("LSerif-Bold", "LiberationSerif-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, os.path.join(LIB, fn)))
REG, BOLD, ITAL, SERIFB = "LSans", "LSans-Bold", "LSans-Italic", "LSerif-Bold"

MAROON = HexColor("#6E1B1B")
SAFFRON = HexColor("#E58A1F")
IVORY = HexColor("#FFFCF5")
TEXT = HexColor("#2B2B2B")
GREY = HexColor("#767171")
BAND1 = HexColor("#F3E3D3")
BAND2 = HexColor("#FAF1E8")

SW, SH = 720.0, 540.0                 # slide, 10 x 7.5 in
PW, PH = A4
FX, FW = 58.0, 216.0                  # frame on the page (3 in wide)
SCALE = FW / SW
FH = SH * SCALE
SLOT = 252.0
SLOT_TOPS = [PH - 84.0 - (SLOT - FH) / 2 - i * SLOT for i in range(3)]
LINE_X0, LINE_X1 = 318.0, 540.0


def typo(s):
    """AutoCorrect as typed: -> to an arrow, -- to an en dash, straight quotes to curly."""
    s = s.replace("->", "\u2192").replace("--", "\u2013")
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else " "
        if ch == '"':
            out.append("\u201c" if prev in " (\u2013" else "\u201d")
        elif ch == "'":
            out.append("\u2018" if prev in " (" else "\u2019")
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
                       "rows": [], "note": "", "cols": [], "chev": []}
                slides.append(cur)
            elif cur is None:
                k, _, v = raw.partition(" ")
                front[k[1:]] = v
            elif raw.startswith("# "):
                cur["title"] = typo(raw[2:])
            elif raw.startswith("@sub ") or raw.startswith("@line "):
                k, _, v = raw.partition(" ")
                cur["sub"].append((k[1:], typo(v)))
            elif raw.startswith("@note "):
                cur["note"] = typo(raw[6:])
            elif raw.startswith("@left ") or raw.startswith("@right "):
                cur["cols"].append({"head": typo(raw.split(" ", 1)[1]), "items": []})
            elif raw.startswith("| "):
                cur["rows"].append([typo(c.strip()) for c in raw.strip().strip("|").split("|")])
            elif raw.startswith("> "):
                cur["chev"].append([typo(c.strip()) for c in raw[2:].split("|")])
            elif raw.startswith("    - ") or raw.startswith("- "):
                level = 2 if raw.startswith("    ") else 1
                item = (level, typo(raw.strip()[2:]))
                (cur["cols"][-1]["items"] if cur["cols"] else cur["items"]).append(item)
            else:
                raise ValueError("bad line: %r" % raw)
    return front, slides


def ground(c, color):
    c.setFillColor(color)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)


def draw_title_slide(c, s):
    ground(c, MAROON)
    c.setFillColor(SAFFRON)
    c.rect(0, 150, SW, 10, stroke=0, fill=1)
    c.setFillColor(white)
    lines = wrap(s["title"], SERIFB, 38, 620)
    y = 400 if len(lines) < 3 else 430
    for line in lines:
        c.setFont(SERIFB, 38)
        c.drawCentredString(SW / 2, y, line)
        y -= 46
    y = 118
    for kind, text in s["sub"]:
        font, size = (REG, 18) if kind == "sub" else (ITAL, 15)
        c.setFont(font, size)
        c.drawCentredString(SW / 2, y, text)
        y -= size * 1.6


def draw_section_slide(c, s):
    ground(c, IVORY)
    c.setFillColor(MAROON)
    c.rect(0, 0, 16, SH, stroke=0, fill=1)
    c.setFont(SERIFB, 54)
    c.drawString(70, 300, s["title"])
    c.setFillColor(SAFFRON)
    c.rect(72, 280, 200, 5, stroke=0, fill=1)
    c.setFillColor(TEXT)
    for kind, text in s["sub"]:
        c.setFont(REG, 26)
        c.drawString(72, 236, text)


def content_frame(c, s, front):
    ground(c, IVORY)
    c.setFillColor(MAROON)
    c.rect(0, 0, 16, SH, stroke=0, fill=1)
    size = 30
    lines = wrap(s["title"], SERIFB, size, 630)
    while len(lines) > 2 or (len(lines) == 2 and size > 26):
        size -= 1
        lines = wrap(s["title"], SERIFB, size, 630)
        if len(lines) == 1:
            break
    c.setFillColor(MAROON)
    y = SH - 58
    for line in lines:
        c.setFont(SERIFB, size)
        c.drawString(50, y, line)
        y -= size * 1.1
    y += size * 1.1 - 16
    c.setFillColor(SAFFRON)
    c.rect(50, y, 90, 4, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 10)
    c.drawCentredString(SW / 2, 16, front["slidefooter"])
    c.drawRightString(SW - 26, 16, str(s["n"]))
    return y - 14


def bullet_lines(items, size, width):
    out = []
    for level, text in items:
        indent = 26 if level == 1 else 58
        fsize = size if level == 1 else size - 3
        for i, line in enumerate(wrap(text, REG, fsize, width - indent)):
            out.append((level, i == 0, line, fsize))
    return out


def draw_bullets(c, items, x0, top, bottom, width, start=21):
    size = start
    while True:
        lines = bullet_lines(items, size, width)
        need = sum(fs * 1.18 + (size * 0.42 if first else 0) for _, first, _, fs in lines)
        if top - need >= bottom or size <= 11:
            break
        size -= 1
    y = top
    for level, first, line, fs in lines:
        if first:
            y -= size * 0.42
        x = x0 + (26 if level == 1 else 58)
        if first:
            c.setFillColor(SAFFRON if level == 1 else GREY)
            c.setFont(REG, fs)
            c.drawString(x - (20 if level == 1 else 18), y - fs, "\u25aa" if level == 1 else "\u2013")
        c.setFillColor(TEXT)
        c.setFont(REG, fs)
        c.drawString(x, y - fs, line)
        y -= fs * 1.18
    return y


def draw_note(c, s):
    if s["note"]:
        c.setFillColor(GREY)
        c.setFont(ITAL, 12)
        c.drawString(50, 40, s["note"])


def draw_table(c, rows, top):
    x0, total = 50.0, 630.0
    n = len(rows[0])
    widths = [total * 0.18, total * 0.2, total * 0.62] if n == 3 and rows[0][0] == "Battle" \
        else [total * 0.24, total * 0.38, total * 0.38]
    size = 14
    y = top
    for r, row in enumerate(rows):
        font = BOLD if r == 0 else REG
        cells = [wrap(t, font, size, w - 14) for t, w in zip(row, widths)]
        h = max(len(cl) for cl in cells) * size * 1.2 + 12
        c.setFillColor(MAROON if r == 0 else (BAND1 if r % 2 else BAND2))
        c.setStrokeColor(white)
        c.setLineWidth(1.2)
        x = x0
        for w in widths:
            c.rect(x, y - h, w, h, stroke=1, fill=1)
            x += w
        c.setFillColor(white if r == 0 else TEXT)
        x = x0
        for cl, w in zip(cells, widths):
            ty = y - 6 - size * 0.92
            for line in cl:
                c.setFont(font, size)
                c.drawString(x + 7, ty, line)
                ty -= size * 1.2
            x += w
        y -= h
    return y


def draw_twocol(c, s, top):
    for i, col in enumerate(s["cols"]):
        x = 50 + i * 325
        c.setFillColor(MAROON)
        c.setFont(BOLD, 18)
        c.drawString(x, top - 18, col["head"])
        c.setStrokeColor(SAFFRON)
        c.setLineWidth(1.5)
        c.line(x, top - 26, x + 290, top - 26)
        draw_bullets(c, col["items"], x - 4, top - 34, 60, 300, start=17)


def draw_chevrons(c, s, top):
    n = len(s["chev"])
    step = (top - 66) / n
    for i, (name, date, cap) in enumerate(s["chev"]):
        y1 = top - i * step - 4
        y0 = y1 - step + 10
        x0, x1 = 50, 190
        tip = 14
        c.setFillColor(MAROON if i % 2 == 0 else SAFFRON)
        p = c.beginPath()
        p.moveTo(x0, y0 + tip)
        p.lineTo(x0, y1)
        p.lineTo((x0 + x1) / 2, y1 - tip)
        p.lineTo(x1, y1)
        p.lineTo(x1, y0 + tip)
        p.lineTo((x0 + x1) / 2, y0)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(BOLD, 15)
        c.drawCentredString((x0 + x1) / 2, (y0 + y1) / 2 - 5, name)
        c.setStrokeColor(MAROON if i % 2 == 0 else SAFFRON)
        c.setLineWidth(1)
        c.line(214, y0 + 4, 670, y0 + 4)
        c.setFillColor(TEXT)
        c.setFont(BOLD, 16)
        c.drawString(222, (y0 + y1) / 2 + 4, date)
        c.setFont(REG, 15)
        c.drawString(222, (y0 + y1) / 2 - 15, cap)


def draw_slide(c, s, front):
    if s["layout"] == "title":
        draw_title_slide(c, s)
        return
    if s["layout"] == "section":
        draw_section_slide(c, s)
        return
    top = content_frame(c, s, front)
    bottom = 60 if s["note"] else 40
    if s["layout"] == "table":
        y = draw_table(c, s["rows"], top - 6)
        if s["items"]:
            draw_bullets(c, s["items"], 50, y - 8, bottom, 630)
    elif s["layout"] == "twocol":
        draw_twocol(c, s, top)
    elif s["layout"] == "chevron":
        draw_chevrons(c, s, top)
    else:
        draw_bullets(c, s["items"], 50, top, bottom, 630)
    draw_note(c, s)


def draw_page(c, front, group, page):
    c.setFillColor(HexColor("#000000"))
    c.setFont(REG, 10)
    c.drawString(54, PH - 44, front["header"])
    c.drawRightString(PW - 54, PH - 44, front["date"])
    c.drawRightString(PW - 54, 34, str(page))
    for slot, s in enumerate(group):
        top = SLOT_TOPS[slot]
        c.saveState()
        c.translate(FX, top - FH)
        c.scale(SCALE, SCALE)
        p = c.beginPath()
        p.rect(0, 0, SW, SH)
        c.clipPath(p, stroke=0)
        draw_slide(c, s, front)
        c.restoreState()
        c.setStrokeColor(HexColor("#000000"))
        c.setLineWidth(0.5)
        c.rect(FX, top - FH, FW, FH, stroke=1, fill=0)
        c.setStrokeColor(HexColor("#8C8C8C"))
        c.setLineWidth(0.4)
        step = FH / 7.0
        for k in range(7):
            y = top - step * (k + 1) + 4
            c.line(LINE_X0, y, LINE_X1, y)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    front, slides = read_slides()
    c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(front["doctitle"])
    c.setAuthor(front["author"])
    c.setSubject("")
    c.setCreator("")
    c.setProducer("Microsoft: Print To PDF")
    for i in range(0, len(slides), 3):
        draw_page(c, front, slides[i:i + 3], i // 3 + 1)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
