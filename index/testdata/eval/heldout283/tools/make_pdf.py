#!/usr/bin/python3
"""Make docs/informal-sector-class22-handout.pdf from tools/informal-sector-class22-handout.txt.

The PDF imitates a 4:3 PowerPoint deck printed from PowerPoint for Mac with File > Print >
Layout "Handouts (3 slides per page)", "Frame slides" ticked, and saved with the macOS print
dialog's "Save as PDF": A4 portrait pages, three slides down the left half of each page in thin
grey frames, each with eight ruled note lines beside it, the handout master's header (top left)
and date (top right), its footer (bottom left) and page number (bottom right); document info as
Quartz writes it (Creator "Microsoft PowerPoint", Producer "macOS Version 15.1.1 (Build 24B91)
Quartz PDFContext", the deck's title and author).

The slides are drawn in the deck's own design: a navy title slide with an orange rule, content
slides with a navy title band and orange accent line, "•" bullets and "–" sub-bullets with
hanging indents, PowerPoint's shrink-text-on-overflow autofit (the body size is stepped down
until everything fits), a table with a navy header row and banded rows, yellow callout boxes
with a bold label, small italic source lines, a slide footer and slide number on every content
slide; AutoCorrect's curly quotes and apostrophes. Liberation Sans stands in for Arial.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUTPUT]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "informal-sector-class22-handout.txt")
OUT = os.path.join(HERE, "..", "docs", "informal-sector-class22-handout.pdf")

LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Arial", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Italic", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Arial-BoldItalic", LIB + "LiberationSans-BoldItalic.ttf"))
pdfmetrics.registerFontFamily("Arial", normal="Arial", bold="Arial-Bold", italic="Arial-Italic",
                              boldItalic="Arial-BoldItalic")

PW, PH = A4
SW, SH = 720.0, 540.0            # slide size in points (10 x 7.5 in, 4:3)
SCALE = 232.0 / SW               # slide picture width on the handout
NAVY = colors.HexColor("#1B2A49")
ORANGE = colors.HexColor("#E07B24")
INK = colors.HexColor("#262626")
GREY = colors.HexColor("#7F7F7F")
BAND = colors.HexColor("#E9EDF4")
YELLOW = colors.HexColor("#FFF4CC")


def smart(s):
    """PowerPoint AutoCorrect: straight quotes to curly ones."""
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    return s


def mk(s):
    return escape(smart(s))


def read():
    meta, slides, cur, table = {}, [], None, None
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("%%%")]
    for line in lines:
        if table is not None:
            if line == "@endtable":
                cur["items"].append(("table", table))
                table = None
            elif line.strip():
                table.append([c.strip() for c in line.split(" | ")])
            continue
        if not line.strip():
            continue
        if line.startswith("=== "):
            cur = {"kind": line[4:], "title": "", "items": []}
            slides.append(cur)
        elif cur is None and line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.startswith("# "):
            cur["title"] = line[2:]
        elif line.startswith("T ") or line.startswith("S "):
            cur["items"].append((line[0], line[2:]))
        elif line == "@table":
            table = []
        elif line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            cur["items"].append((k, v))
        elif line.startswith("-- "):
            cur["items"].append(("subbullet", line[3:]))
        elif line.startswith("- "):
            cur["items"].append(("bullet", line[2:]))
        elif re.match(r"\d+\. ", line):
            n, _, t = line.partition(" ")
            cur["items"].append(("num", (n, t)))
        else:
            raise ValueError(line)
    return meta, slides


def body_flowables(items, size):
    lead = size * 1.18
    bullet = ParagraphStyle("b", fontName="Arial", fontSize=size, leading=lead, textColor=INK,
                            leftIndent=size * 1.25, bulletIndent=0, bulletFontName="Arial",
                            bulletColor=NAVY, bulletFontSize=size)
    sub = ParagraphStyle("s", parent=bullet, fontSize=size * 0.88, leading=lead * 0.88,
                         leftIndent=size * 2.5, bulletIndent=size * 1.25)
    plain = ParagraphStyle("p", parent=bullet, leftIndent=0)
    subhead = ParagraphStyle("h", parent=plain, fontName="Arial-Bold", textColor=NAVY)
    src = ParagraphStyle("src", fontName="Arial-Italic", fontSize=11, leading=13, textColor=GREY)
    out = []
    for kind, val in items:
        if kind == "bullet":
            out.append((Paragraph(mk(val), bullet, bulletText="\u2022"), size * 0.42))
        elif kind == "subbullet":
            out.append((Paragraph(mk(val), sub, bulletText="\u2013"), size * 0.3))
        elif kind == "num":
            out.append((Paragraph(mk(val[1]), bullet, bulletText=val[0]), size * 0.42))
        elif kind == "plain":
            out.append((Paragraph(mk(val), plain), size * 0.42))
        elif kind == "sub":
            out.append((Paragraph(mk(val), subhead), size * 0.42))
        elif kind == "box":
            label, text = val.split("|", 1)
            st = ParagraphStyle("x", parent=plain, fontSize=size * 0.95, leading=lead * 0.95)
            p = Paragraph("<b>%s</b> %s" % (mk(label), mk(text)), st)
            t = Table([[p]], colWidths=[SW - 100])
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), YELLOW),
                ("BOX", (0, 0), (-1, -1), 1.5, ORANGE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]))
            out.append((t, size * 0.6))
        elif kind == "table":
            cs = size * 0.72
            cell = ParagraphStyle("c", fontName="Arial", fontSize=cs, leading=cs * 1.15,
                                  textColor=INK)
            head = ParagraphStyle("ch", parent=cell, fontName="Arial-Bold",
                                  textColor=colors.white)
            data = [[Paragraph(mk(c), head if i == 0 else cell) for c in row]
                    for i, row in enumerate(val)]
            t = Table(data, colWidths=[120, 210, 310])
            style = [("BACKGROUND", (0, 0), (-1, 0), NAVY),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.white),
                     ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                     ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9)]
            for r in range(1, len(val)):
                style.append(("BACKGROUND", (0, r), (-1, r), BAND if r % 2 else
                              colors.HexColor("#D5DCE8")))
            t.setStyle(TableStyle(style))
            out.append((t, size * 0.5))
        elif kind == "src":
            out.append((Paragraph(mk(val), src), 0))
        else:
            raise ValueError(kind)
    return out


def draw_content(c, slide, number, meta):
    c.setFillColor(colors.white)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.rect(0, SH - 92, SW, 92, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(0, SH - 97, SW, 5, stroke=0, fill=1)
    tsize = 30
    while pdfmetrics.stringWidth(smart(slide["title"]), "Arial-Bold", tsize) > SW - 72:
        tsize -= 1
    c.setFillColor(colors.white)
    c.setFont("Arial-Bold", tsize)
    c.drawString(36, SH - 58, smart(slide["title"]))
    # body, with PowerPoint's shrink-on-overflow
    top, bottom, width = SH - 122, 46, SW - 80
    size = 22
    while True:
        fl = body_flowables(slide["items"], size)
        total = 0
        for f, space in fl:
            total += f.wrap(width, SH)[1] + space
        if total <= top - bottom or size <= 11:
            break
        size -= 0.5
    y = top
    for f, space in fl:
        w, h = f.wrap(width, SH)
        f.drawOn(c, 40, y - h)
        y -= h + space
    c.setFont("Arial", 10)
    c.setFillColor(GREY)
    c.drawString(36, 16, meta["slidefooter"])
    c.drawRightString(SW - 30, 16, str(number))


def draw_title(c, slide):
    c.setFillColor(NAVY)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    t = [v for k, v in slide["items"] if k == "T"][0]
    subs = [v for k, v in slide["items"] if k == "S"]
    st = ParagraphStyle("t", fontName="Arial-Bold", fontSize=38, leading=44, alignment=TA_CENTER,
                        textColor=colors.white)
    p = Paragraph(mk(t), st)
    w, h = p.wrap(SW - 120, SH)
    p.drawOn(c, 60, 330)
    c.setFillColor(ORANGE)
    c.rect(SW / 2 - 90, 312, 180, 5, stroke=0, fill=1)
    y = 272
    for i, s in enumerate(subs):
        c.setFillColor(colors.HexColor("#F2F2F2") if i == 0 else colors.HexColor("#BFC8D9"))
        c.setFont("Arial" if i else "Arial-Italic", 20 if i == 0 else 17)
        c.drawCentredString(SW / 2, y, smart(s))
        y -= 34


def draw_page(c, page, slides, meta, first_number):
    c.setFont("Arial", 9)
    c.setFillColor(colors.black)
    c.drawString(36, PH - 34, meta["header"])
    c.drawRightString(PW - 36, PH - 34, meta["date"])
    slot_top, slot_h = PH - 62, 246
    for i, (num, slide) in enumerate(slides):
        x = 60
        y = slot_top - slot_h * i - (slot_h - SH * SCALE) / 2 - SH * SCALE
        c.saveState()
        c.translate(x, y)
        c.scale(SCALE, SCALE)
        p = c.beginPath()
        p.rect(0, 0, SW, SH)
        c.clipPath(p, stroke=0, fill=0)
        if slide["kind"] == "title":
            draw_title(c, slide)
        else:
            draw_content(c, slide, num, meta)
        c.restoreState()
        c.setStrokeColor(colors.HexColor("#A6A6A6"))
        c.setLineWidth(0.5)
        c.rect(x, y, SW * SCALE, SH * SCALE, stroke=1, fill=0)
        c.setStrokeColor(colors.HexColor("#BFBFBF"))
        c.setLineWidth(0.4)
        step = SH * SCALE / 8
        for k in range(8):
            ly = y + SH * SCALE - step * (k + 0.75)
            c.line(326, ly, PW - 46, ly)
    c.setFont("Arial", 9)
    c.setFillColor(colors.black)
    c.drawString(36, 26, meta["footer"])
    c.drawRightString(PW - 36, 26, str(page))


def build(out=OUT):
    meta, slides = read()
    c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(meta["title"])
    c.setAuthor(meta["author"])
    c.setCreator("Microsoft PowerPoint")
    c.setProducer("macOS Version 15.1.1 (Build 24B91) Quartz PDFContext")
    numbered = list(enumerate(slides, 1))
    for page in range(0, len(numbered), 3):
        draw_page(c, page // 3 + 1, numbered[page:page + 3], meta, page + 1)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
