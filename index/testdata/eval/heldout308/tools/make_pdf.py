#!/usr/bin/python3
"""Make docs/landslide-risk-mgmt-handout.pdf from tools/landslide-risk-mgmt-handout.txt.

The PDF imitates a 16:9 PowerPoint deck printed from PowerPoint for Windows with Print Layout
"3 Slides" (Handouts), Color "Grayscale" and "Frame Slides" on, to the "Adobe PDF" printer:
A4 portrait pages; document info as Distiller writes it (Title "Microsoft PowerPoint - <file>",
the Windows user as Author, Creator "PScript5.dll Version 5.2.2", Producer "Acrobat Distiller
24.0 (Windows)"); the handout master's header (deck line top left, date top right) and footer
(academy line bottom left, page number bottom right); three slide pictures down the left of each
page in thin black frames, each with eight grey ruled note lines to its right.

The slides are drawn at full size (960 x 540 pt) and scaled down, so their text is real text in
Arial-metric Liberation Sans (embedded under the Arial names Distiller uses). Grayscale printing
drops the theme's colours: white slides, black text, grey rules and fills. Content slides have a
bold title over a grey rule, "•" bullets and "–" sub-bullets with hanging indents, numbered
items, callout boxes with a bold label, small italic note lines, the slide footer and number;
PowerPoint's shrink-on-overflow autofit steps the body size down until the text fits. The table
slide has a grey header row and black grid lines, cells wrapping.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUT]
Without OUT it writes docs/landslide-risk-mgmt-handout.pdf; the output is byte-for-byte
reproducible (reportlab invariant=1).
"""
import os
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "landslide-risk-mgmt-handout.txt")
OUT = os.path.join(HERE, "..", "docs", "landslide-risk-mgmt-handout.pdf")

LIB = "/usr/share/fonts/truetype/liberation/"
for _name, _file in (("ArialMT", "LiberationSans-Regular.ttf"),
                     ("Arial-BoldMT", "LiberationSans-Bold.ttf"),
                     ("Arial-ItalicMT", "LiberationSans-Italic.ttf")):
    _font = TTFont(_name, LIB + _file)
    # Distiller embeds the Windows Arial faces as subsets named ABCDEF+ArialMT and so on; the
    # Arial-metric Liberation faces are embedded under those PostScript names.
    _font.face.name = type(_font.face.name)(_name.encode("ascii"))
    pdfmetrics.registerFont(_font)
REG, BOLD, ITAL = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"

PW, PH = A4
SW, SH = 960.0, 540.0           # slide size in points (13.333 x 7.5 in)
BOX_W = 236.0                   # slide picture width on the handout page
SCALE = BOX_W / SW
BOX_H = SH * SCALE
BOX_X = 62.0
LINES_X0, LINES_X1 = 330.0, 545.0
TOP, BOTTOM = PH - 62.0, 56.0


def parse(path):
    meta, slides, cur = {}, [], None
    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            line = raw.rstrip()
            if line.startswith("%%") or not line:
                continue
            if line.startswith("# "):
                kind, title = line[2:].split(" | ", 1)
                cur = {"kind": kind, "title": title, "lines": []}
                slides.append(cur)
            elif line.startswith("@") and cur is None:
                k, v = line[1:].split(" ", 1)
                meta[k] = v
            else:
                cur["lines"].append(line)
    return meta, slides


def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if pdfmetrics.stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def layout_body(lines, size):
    """Return (items, height): items are (kind, x, dy, font, size, text) in slide units."""
    items, y = [], 0.0
    lead = 1.18
    left, right = 54.0, SW - 54.0
    for ln in lines:
        if ln.startswith("-- "):
            s = size - 2
            x_b, x_t = 100.0, 124.0
            wl = wrap(ln[3:], REG, s, right - x_t)
            y += s * 0.30
            for i, t in enumerate(wl):
                y += s * lead
                if i == 0:
                    items.append(("text", x_b, y, REG, s, "\u2013"))
                items.append(("text", x_t, y, REG, s, t))
        elif ln.startswith("- "):
            s = size
            x_b, x_t = 60.0, 88.0
            wl = wrap(ln[2:], REG, s, right - x_t)
            y += s * 0.45
            for i, t in enumerate(wl):
                y += s * lead
                if i == 0:
                    items.append(("text", x_b, y, REG, s, "\u2022"))
                items.append(("text", x_t, y, REG, s, t))
        elif ln[:1].isdigit() and ln[1:3] == ". ":
            s = size
            x_b, x_t = 60.0, 92.0
            wl = wrap(ln[3:], REG, s, right - x_t)
            y += s * 0.35
            for i, t in enumerate(wl):
                y += s * lead
                if i == 0:
                    items.append(("text", x_b, y, REG, s, ln[:2]))
                items.append(("text", x_t, y, REG, s, t))
        elif ln.startswith("! "):
            label, text = ln[2:].split(": ", 1)
            s = size - 1
            pad = 10.0
            lw = pdfmetrics.stringWidth(label + ": ", BOLD, s)
            wl = wrap(text, REG, s, right - left - 2 * pad - lw)
            y += s * 0.8
            top = y
            for i, t in enumerate(wl):
                y += s * lead
                if i == 0:
                    items.append(("text", left + pad, y + pad * 0.6, BOLD, s, label + ":"))
                items.append(("text", left + pad + lw, y + pad * 0.6, REG, s, t))
            h = y - top + pad * 2.2
            items.append(("box", left, top, None, s, h))
            y = top + h
        elif ln.startswith("> "):
            s = max(size - 6, 11)
            wl = wrap(ln[2:], ITAL, s, right - left)
            y += s * 0.9
            for t in wl:
                y += s * lead
                items.append(("gray", left, y, ITAL, s, t))
        else:
            s = size
            wl = wrap(ln, REG, s, right - left)
            y += s * 0.45
            for t in wl:
                y += s * lead
                items.append(("text", left, y, REG, s, t))
    return items, y


def draw_text(c, x, y, font, size, text):
    c.setFont(font, size)
    c.drawString(x, y, text)


def slide_footer(c, meta, n):
    c.setFillGray(0.45)
    draw_text(c, 48, 20, REG, 12, meta["slidefooter"])
    c.drawRightString(SW - 48, 20, str(n))
    c.setFillGray(0)


def draw_title_slide(c, meta, sl):
    c.setFillGray(0)
    c.setFont(BOLD, 46)
    c.drawCentredString(SW / 2, 318, sl["title"])
    c.setStrokeGray(0.55)
    c.setLineWidth(3)
    c.line(SW / 2 - 170, 292, SW / 2 + 170, 292)
    y = 250
    for i, ln in enumerate(sl["lines"]):
        t = ln[5:] if ln.startswith("sub: ") else ln
        size = 24 if i == 0 else 20
        c.setFillGray(0 if i == 0 else 0.3)
        c.setFont(REG, size)
        c.drawCentredString(SW / 2, y, t)
        y -= size * 1.7
    c.setFillGray(0)


def draw_title(c, title):
    size = 34
    while pdfmetrics.stringWidth(title, BOLD, size) > SW - 96 and size > 24:
        size -= 1
    c.setFillGray(0)
    draw_text(c, 48, SH - 66, BOLD, size, title)
    c.setStrokeGray(0.6)
    c.setLineWidth(2)
    c.line(48, SH - 84, SW - 48, SH - 84)


def draw_content_slide(c, meta, sl, n):
    draw_title(c, sl["title"])
    top, avail = SH - 104, SH - 104 - 46
    size = 22
    while True:
        items, h = layout_body(sl["lines"], size)
        if h <= avail or size <= 12:
            break
        size -= 1
    for kind, x, dy, font, s, t in items:
        if kind == "box":
            c.setStrokeGray(0)
            c.setLineWidth(1.5)
            c.setFillGray(0.93)
            c.roundRect(x, top - dy - t + s * 0.35, SW - 2 * x, t, 6, stroke=1, fill=1)
            c.setFillGray(0)
    for kind, x, dy, font, s, t in items:
        if kind == "text":
            draw_text(c, x, top - dy, font, s, t)
        elif kind == "gray":
            c.setFillGray(0.35)
            draw_text(c, x, top - dy, font, s, t)
            c.setFillGray(0)
    slide_footer(c, meta, n)


def draw_table_slide(c, meta, sl, n):
    draw_title(c, sl["title"])
    rows = [l.split(" | ") for l in sl["lines"] if not l.startswith("> ")]
    notes = [l[2:] for l in sl["lines"] if l.startswith("> ")]
    widths = [230.0, 380.0, 254.0]
    x0, y = 48.0, SH - 108
    size, pad, lead = 17, 8.0, 1.2
    for r, row in enumerate(rows):
        font = BOLD if r == 0 else REG
        cells = [wrap(t, font, size, widths[i] - 2 * pad) for i, t in enumerate(row)]
        h = max(len(cl) for cl in cells) * size * lead + 2 * pad
        if r == 0:
            c.setFillGray(0.82)
            c.rect(x0, y - h, sum(widths), h, stroke=0, fill=1)
            c.setFillGray(0)
        x = x0
        for i, cl in enumerate(cells):
            ty = y - pad - size * 0.95
            for t in cl:
                draw_text(c, x + pad, ty, font, size, t)
                ty -= size * lead
            x += widths[i]
        c.setStrokeGray(0)
        c.setLineWidth(1)
        c.rect(x0, y - h, sum(widths), h, stroke=1, fill=0)
        x = x0
        for wdt in widths[:-1]:
            x += wdt
            c.line(x, y, x, y - h)
        y -= h
    y -= 30
    for t in notes:
        c.setFillGray(0.35)
        draw_text(c, x0, y, ITAL, 15, t)
        c.setFillGray(0)
        y -= 20
    slide_footer(c, meta, n)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, slides = parse(SRC)
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle(meta["pdftitle"])
    c.setAuthor(meta["author"])
    c.setSubject("")
    c.setCreator("PScript5.dll Version 5.2.2")
    c.setProducer("Acrobat Distiller 24.0 (Windows)")
    pages = (len(slides) + 2) // 3
    slot = (TOP - BOTTOM) / 3
    for p in range(pages):
        c.setFillGray(0)
        c.setFont(REG, 9)
        c.drawString(36, PH - 34, meta["header"])
        c.drawRightString(PW - 36, PH - 34, meta["date"])
        c.drawString(36, 26, meta["footer"])
        c.drawRightString(PW - 36, 26, str(p + 1))
        for k in range(3):
            i = p * 3 + k
            if i >= len(slides):
                break
            sl = slides[i]
            y_box = TOP - slot * k - (slot - BOX_H) / 2 - BOX_H
            c.saveState()
            c.translate(BOX_X, y_box)
            c.scale(SCALE, SCALE)
            if sl["kind"] == "title":
                draw_title_slide(c, meta, sl)
            elif sl["kind"] == "table":
                draw_table_slide(c, meta, sl, i + 1)
            else:
                draw_content_slide(c, meta, sl, i + 1)
            c.restoreState()
            c.setStrokeGray(0)
            c.setLineWidth(0.5)
            c.rect(BOX_X, y_box, BOX_W, BOX_H, stroke=1, fill=0)
            c.setStrokeGray(0.6)
            c.setLineWidth(0.5)
            gap = BOX_H / 8
            for j in range(8):
                ly = y_box + BOX_H - gap * (j + 0.5)
                c.line(LINES_X0, ly, LINES_X1, ly)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
