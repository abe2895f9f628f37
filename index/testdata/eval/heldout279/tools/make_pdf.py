#!/usr/bin/python3
"""Re-make docs/mgnrega-social-audit-slides.pdf from tools/mgnrega-social-audit-slides.txt.

The output stands for a 20-slide Google Slides deck (16:9, 720 x 405 pt) printed from Slides
with "Print settings and preview > Handout - 6 slides per page" and saved with Chrome's
"Save as PDF": A4 portrait pages, six slides a page in two columns and three rows, read left
to right then down, each slide scaled to about 35% inside a thin grey frame, no page header,
footer or page number of its own (the slide numbers are those drawn on the slides). The
slides use a teal custom theme: a full-bleed teal title slide and end slide, white content
slides with a teal bold title, an orange rule, "●" bullets and "○" sub-bullets with hanging
indents, auto-numbered lists, body text shrunk in half-point steps until it fits (Slides'
"shrink text on overflow"), a table slide with a teal header row, a master footer
("Pragati IAS · GS-II Governance") and the slide number on every slide but the first.
Text stays real text (Liberation Sans standing in for Arial, subset-embedded). Document info
as Chrome writes it (the tab title, Chrome's user agent as Creator, "Skia/PDF m142").
reportlab with invariant=1, so the file is the same byte for byte every run.
Run: /usr/bin/python3 tools/make_pdf.py
"""
import os

from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mgnrega-social-audit-slides.txt")
OUT = os.path.join(HERE, "..", "docs", "mgnrega-social-audit-slides.pdf")
FONTDIR = "/usr/share/fonts/truetype/liberation"
EMOJI = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

pdfmetrics.registerFont(TTFont("Arial", os.path.join(FONTDIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Arial-Bold", os.path.join(FONTDIR, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Arial-Italic", os.path.join(FONTDIR, "LiberationSans-Italic.ttf")))
pdfmetrics.registerFont(TTFont("Symbols", EMOJI))

SW, SH = 720.0, 405.0                      # slide size in points (Google Slides 16:9)
PW, PH = 595.2756, 841.8898                # A4 portrait
MARGIN, GUTTER = 36.0, 18.0
SCALE = (PW - 2 * MARGIN - GUTTER) / 2 / SW
TEAL = HexColor("#0B5563")
ORANGE = HexColor("#E07A2F")
GREY = HexColor("#666666")
LIGHT = HexColor("#BDBDBD")
TEXT = HexColor("#263238")
BAND = HexColor("#EEF5F6")


def parse():
    slides, cur = [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("=== "):
                n, kind = line[4:].split()
                cur = {"n": int(n), "kind": kind, "title": "", "sub": [], "items": [], "rows": [],
                       "notes": []}
                slides.append(cur)
            elif line.startswith("T: "):
                cur["title"] = line[3:]
            elif line.startswith("S: "):
                cur["sub"].append(line[3:])
            elif line.startswith("N: "):
                cur["notes"].append(line[3:])
            elif line.startswith("* "):
                cur["items"].append((0, "bullet", line[2:]))
            elif line.startswith("  - "):
                cur["items"].append((1, "bullet", line[4:]))
            elif line.startswith("1. "):
                cur["items"].append((0, "num", line[3:]))
            elif line.startswith("| "):
                cur["rows"].append([c.strip() for c in line[2:].split(" | ")])
            else:
                raise SystemExit("unparsed: %r" % line)
    return slides


def runs(text, font):
    """Split text into (string, font) runs; the emoji goes to a font that has it."""
    out = []
    for ch in text:
        f = "Symbols" if ch in "📰→" else font
        if out and out[-1][1] == f:
            out[-1][0] += ch
        else:
            out.append([ch, f])
    return out


def width(text, font, size):
    return sum(pdfmetrics.stringWidth(s, f, size) for s, f in runs(text, font))


def newspaper(c, x, y, size):
    """The colour emoji as Skia prints it: a picture, not text (so no text is extracted)."""
    w, h = size * 1.05, size * 0.85
    c.saveState()
    c.setFillColor(HexColor("#F5F5F5"))
    c.setStrokeColor(HexColor("#8D8D8D"))
    c.setLineWidth(size * 0.05)
    c.roundRect(x, y - size * 0.08, w, h, size * 0.1, stroke=1, fill=1)
    c.setFillColor(HexColor("#5F6368"))
    c.rect(x + w * 0.12, y + h * 0.55, w * 0.35, h * 0.25, stroke=0, fill=1)
    for k in range(4):
        yy = y + h * (0.62 - 0.17 * k)
        x1 = x + w * (0.55 if k == 0 else 0.12)
        c.rect(x1, yy, x + w * 0.88 - x1, size * 0.06, stroke=0, fill=1)
    c.restoreState()
    return w + size * 0.3


def draw_text(c, x, y, text, font, size):
    for s, f in runs(text, font):
        if f == "Symbols" and s == "📰":
            x += newspaper(c, x, y, size)
            continue
        c.setFont(f, size)
        c.drawString(x, y, s)
        x += pdfmetrics.stringWidth(s, f, size)


def wrap(text, font, size, maxw):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if width(t, font, size) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def frame(c, n):
    """Slide n (1-based) is placed in its handout cell; returns after transforming c."""
    i = (n - 1) % 6
    col, row = i % 2, i // 2
    pitch = (PH - 2 * MARGIN) / 3
    w, h = SW * SCALE, SH * SCALE
    x = MARGIN + col * (w + GUTTER)
    y = PH - MARGIN - row * pitch - (pitch - h) / 2 - h
    c.saveState()
    c.translate(x, y)
    c.scale(SCALE, SCALE)
    p = c.beginPath()
    p.rect(0, 0, SW, SH)
    c.clipPath(p, stroke=0, fill=0)


def unframe(c):
    c.restoreState()


def border(c, n):
    i = (n - 1) % 6
    col, row = i % 2, i // 2
    pitch = (PH - 2 * MARGIN) / 3
    w, h = SW * SCALE, SH * SCALE
    x = MARGIN + col * (w + GUTTER)
    y = PH - MARGIN - row * pitch - (pitch - h) / 2 - h
    c.setStrokeColor(LIGHT)
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=0)


def master(c, n):
    c.setFillColor(GREY)
    c.setFont("Arial", 9)
    c.drawString(36, 14, "Pragati IAS · GS-II Governance")
    c.drawRightString(SW - 24, 14, str(n))


def title_slide(c, s):
    c.setFillColor(TEAL)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(60, 196, 120, 5, stroke=0, fill=1)
    c.setFillColor(white)
    y = 300
    for line in wrap(s["title"], "Arial-Bold", 38, SW - 120):
        draw_text(c, 60, y, line, "Arial-Bold", 38)
        y -= 44
    y = 170
    for k, sub in enumerate(s["sub"]):
        size = 16 if k == 0 else 13
        font = "Arial-Italic" if k == 0 else "Arial"
        for line in wrap(sub, font, size, SW - 120):
            c.setFillColor(white if k < 2 else HexColor("#CFE3E6"))
            draw_text(c, 60, y, line, font, size)
            y -= size * 1.35
        y -= 4


def heading(c, s):
    c.setFillColor(TEAL)
    lines = wrap(s["title"], "Arial-Bold", 26, SW - 72)
    y = SH - 52
    for line in lines:
        draw_text(c, 36, y, line, "Arial-Bold", 26)
        y -= 30
    c.setFillColor(ORANGE)
    c.rect(36, y + 16, 64, 3, stroke=0, fill=1)
    return y + 4


def layout(items, size, maxw):
    out, num = [], 0
    for level, kind, text in items:
        indent = 22 if level == 0 else 52
        if kind == "num":
            num += 1
            mark = "%d." % num
        else:
            mark = "●" if level == 0 else "○"
        sz = size if level == 0 else size - 1.5
        lines = wrap(text, "Arial", sz, maxw - indent)
        out.append((indent, mark, sz, lines))
    return out


def body_slide(c, s):
    top = heading(c, s) - 14
    bottom = 34
    maxw = SW - 72
    size = 18.0
    while True:
        lay = layout(s["items"], size, maxw)
        h = sum(len(l) * sz * 1.18 + sz * 0.45 for _, _, sz, l in lay)
        if h <= top - bottom or size <= 9:
            break
        size -= 0.5
    y = top - size
    for indent, mark, sz, lines in lay:
        c.setFillColor(TEAL if mark in "●○" or mark[0].isdigit() else TEXT)
        mx = 36 + indent - (16 if mark in "●○" else 20)
        font = "Arial-Bold" if mark[0].isdigit() else "Symbols"
        c.setFont(font, sz * (0.7 if mark in "●○" else 1))
        c.drawString(mx, y + (sz * 0.1 if mark in "●○" else 0), mark)
        c.setFillColor(TEXT)
        for line in lines:
            draw_text(c, 36 + indent, y, line, "Arial", sz)
            y -= sz * 1.18
        y -= sz * 0.45


def table_slide(c, s):
    top = heading(c, s) - 12
    rows = s["rows"]
    widths = [190, 300, 158]
    x0, size, pad = 36, 12.5, 6
    y = top
    for r, row in enumerate(rows):
        font = "Arial-Bold" if r == 0 else "Arial"
        cells = [wrap(t, font, size, w - 2 * pad) for t, w in zip(row, widths)]
        h = max(len(cl) for cl in cells) * size * 1.2 + 2 * pad
        if r == 0:
            c.setFillColor(TEAL)
            c.rect(x0, y - h, sum(widths), h, stroke=0, fill=1)
        elif r % 2 == 0:
            c.setFillColor(BAND)
            c.rect(x0, y - h, sum(widths), h, stroke=0, fill=1)
        x = x0
        for cl, w in zip(cells, widths):
            ty = y - pad - size * 0.9
            for line in cl:
                c.setFillColor(white if r == 0 else TEXT)
                draw_text(c, x + pad, ty, line, font, size)
                ty -= size * 1.2
            x += w
        c.setStrokeColor(HexColor("#9E9E9E"))
        c.setLineWidth(0.75)
        x = x0
        for w in widths:
            c.rect(x, y - h, w, h, stroke=1, fill=0)
            x += w
        y -= h


def end_slide(c, s):
    c.setFillColor(TEAL)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColor(white)
    draw_text(c, 48, SH - 70, s["title"], "Arial-Bold", 28)
    c.setFillColor(ORANGE)
    c.rect(48, SH - 86, 64, 3, stroke=0, fill=1)
    y = SH - 122
    for k, note in enumerate(s["notes"]):
        font, size = ("Arial-Italic", 17) if k == 0 else ("Arial", 12) if k == 1 else ("Arial-Bold", 20)
        if k == 2:
            y -= 26
        for line in wrap(note, font, size, SW - 96):
            c.setFillColor(white if k != 1 else HexColor("#CFE3E6"))
            draw_text(c, 48, y, line, font, size)
            y -= size * 1.3
        y -= 12


def build():
    slides = parse()
    c = canvas.Canvas(OUT, pagesize=(PW, PH), invariant=1, pageCompression=1,
                      initialFontName="Arial", initialFontSize=12)
    c.setTitle("Social Audits & Reforms in MGNREGA (Lec 14) - Google Slides")
    c.setCreator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                 "(KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36")
    c.setProducer("Skia/PDF m142")
    c.setAuthor("")
    for s in slides:
        n = s["n"]
        frame(c, n)
        c.setFillColor(white)
        c.rect(0, 0, SW, SH, stroke=0, fill=1)
        if s["kind"] == "title":
            title_slide(c, s)
        elif s["kind"] == "table":
            table_slide(c, s)
            master(c, n)
        elif s["kind"] == "end":
            end_slide(c, s)
            c.setFillColor(HexColor("#CFE3E6"))
            c.setFont("Arial", 9)
            c.drawRightString(SW - 24, 14, str(n))
        else:
            body_slide(c, s)
            master(c, n)
        unframe(c)
        border(c, n)
        if n % 6 == 0 or n == len(slides):
            c.showPage()
    c.save()


if __name__ == "__main__":
    build()
