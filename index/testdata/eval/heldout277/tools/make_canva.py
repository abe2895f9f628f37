#!/usr/bin/python3
"""Make "docs/The Indian Plate & the Himalaya - GS1 Geography.pdf" from the .txt of that name.

The PDF imitates a Canva presentation (16:9, 1920 x 1080 px) downloaded as "PDF Standard":
1440 x 810 pt pages, one per slide, Creator and Producer "Canva", the design's name as Title,
the owner as Author and Canva's design and brand ids as Keywords. Every text box is drawn line
by line at absolute positions with embedded subset TrueType fonts (Liberation Sans and DejaVu
Sans stand in for Canva Sans and Montserrat), so boxes placed side by side share printed lines
when the text is extracted. Shapes are vector paths; the cover photo is a JPEG (drawn here with
Pillow) placed as an image.

Run from anywhere: /usr/bin/python3 tools/make_canva.py [output path]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import io
import os
import random
import sys

from reportlab import rl_config
rl_config.invariant = 1

from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.colors import HexColor, white
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "The Indian Plate & the Himalaya - GS1 Geography"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".pdf")

W, H = 1440, 810
FONTS = {
    "Body": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "BodyBold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "BodyItalic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "Head": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}
for k, v in FONTS.items():
    pdfmetrics.registerFont(TTFont(k, v))

NAVY = HexColor("#14213D")
ORANGE = HexColor("#F28C28")
CREAM = HexColor("#FAF6EE")
INK = HexColor("#2B2B2B")
GREY = HexColor("#6B6B6B")
TEAL = HexColor("#1F7A72")
SAND = HexColor("#F1E3C8")
PALE = HexColor("#E7EEF6")


def read_source():
    front, slides, cur = {}, [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("%"):
                continue
            s = line.rstrip()
            if s.startswith("--- "):
                cur = {"layout": s[4:], "bullets": [], "left": [], "right": [], "items": [],
                       "boxes": [], "fields": {}}
                cur["target"] = cur["bullets"]
                slides.append(cur)
            elif cur is None:
                if s.startswith("@"):
                    k, _, v = s[1:].partition(" ")
                    front[k] = v
            elif s in ("left:", "right:"):
                cur["target"] = cur[s[:-1]]
            elif s.startswith("- "):
                cur["target"].append(s[2:])
            elif s.startswith("item: "):
                cur["items"].append([x.strip() for x in s[6:].split(" | ")])
            elif s.startswith("box: "):
                cur["boxes"].append([x.strip() for x in s[5:].split(" | ", 1)])
            elif ": " in s:
                k, _, v = s.partition(": ")
                cur["fields"][k] = v
    return front, slides


def text_lines(c, lines, x, y, font, size, color, leading=None, char_space=0):
    c.setFillColor(color)
    for ln in lines:
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setCharSpace(char_space)
        t.textOut(ln)
        c.drawText(t)
        y -= leading or size * 1.25
    return y


def para(c, text, x, y, width, font="Body", size=24, color=INK, leading=None):
    lines = simpleSplit(text, font, size, width)
    return text_lines(c, lines, x, y, font, size, color, leading or size * 1.32)


def bullets(c, items, x, y, width, size=24, gap=14, color=INK, mark="\u2022"):
    for it in items:
        c.setFillColor(ORANGE)
        c.setFont("BodyBold", size)
        c.drawString(x, y, mark)
        y = para(c, it, x + 30, y, width - 30, size=size, color=color) - gap
    return y


def label_lines(c, text, x, y, width, size=24):
    """A bullet whose lead words up to ': ' are bold, as typed in Canva with bold applied."""
    head, sep, rest = text.partition(": ")
    if not sep:
        return para(c, text, x, y, width, size=size)
    words = (head + ":").split(" ") + rest.split(" ")
    nbold = len((head + ":").split(" "))
    lines, cur = [], []
    for i, w in enumerate(words):
        trial = cur + [(w, i < nbold)]
        wd = sum(pdfmetrics.stringWidth(a + " ", "BodyBold" if b else "Body", size)
                 for a, b in trial)
        if cur and wd > width:
            lines.append(cur)
            cur = [(w, i < nbold)]
        else:
            cur = trial
    lines.append(cur)
    for ln in lines:
        xx = x
        for j, (w, b) in enumerate(ln):
            f = "BodyBold" if b else "Body"
            c.setFont(f, size)
            c.setFillColor(INK)
            s = w if j == len(ln) - 1 else w + " "
            c.drawString(xx, y, s)
            xx += pdfmetrics.stringWidth(s, f, size)
        y -= size * 1.32
    return y


def card(c, x, y, w, h, fill, radius=18, stroke=None):
    c.setFillColor(fill)
    if stroke:
        c.setStrokeColor(stroke)
        c.setLineWidth(2)
    c.roundRect(x, y, w, h, radius, stroke=1 if stroke else 0, fill=1)


def side_box(c, boxes, x, y, w):
    for label, text in boxes:
        lines = simpleSplit(text, "Body", 22, w - 48)
        h = 70 + len(lines) * 29
        card(c, x, y - h, w, h, SAND)
        c.setFillColor(ORANGE)
        c.rect(x, y - h, 8, h, stroke=0, fill=1)
        text_lines(c, [label.upper()], x + 26, y - 38, "BodyBold", 18, TEAL, char_space=1.5)
        text_lines(c, lines, x + 26, y - 70, "Body", 22, INK, 29)
        y -= h + 26
    return y


def frame(c, n, title, front, dark=False):
    c.setFillColor(NAVY if dark else CREAM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    if dark:
        return
    c.setFillColor(ORANGE)
    c.rect(80, H - 62, 90, 8, stroke=0, fill=1)
    c.setFillColor(PALE)
    c.circle(W - 40, H + 10, 150, stroke=0, fill=1)
    lines = simpleSplit(title, "Head", 46, W - 300)
    text_lines(c, lines, 80, H - 120, "Head", 46, NAVY, 54)
    c.setStrokeColor(HexColor("#D9CFBF"))
    c.setLineWidth(1)
    c.line(80, 58, W - 80, 58)
    text_lines(c, [front["footer"]], 80, 30, "Body", 14, GREY)
    c.setFont("BodyBold", 14)
    c.setFillColor(GREY)
    c.drawRightString(W - 80, 30, "%02d" % n)


def cover_photo():
    """A made-up mountain photo: a sky gradient, three ranges of peaks and snow, as a JPEG."""
    rnd = random.Random(277)
    im = Image.new("RGB", (960, 1080))
    d = ImageDraw.Draw(im)
    for yy in range(1080):
        t = yy / 1080
        d.line([(0, yy), (960, yy)], fill=(int(70 + 120 * t), int(110 + 90 * t), int(170 + 60 * t)))
    for band, (base, col) in enumerate([(560, (96, 110, 140)), (700, (60, 72, 98)),
                                        (860, (34, 42, 60))]):
        pts, xx = [(0, 1080), (0, base)], 0
        while xx < 960:
            xx += rnd.randint(60, 140)
            peak = base - rnd.randint(80, 300 - band * 60)
            pts += [(xx - 40, peak), (xx, base - rnd.randint(0, 60))]
            if band == 0:
                d.polygon([(xx - 70, peak + 60), (xx - 40, peak), (xx - 12, peak + 55)],
                          fill=(240, 244, 250))
        pts += [(960, base), (960, 1080)]
        d.polygon(pts, fill=col)
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=82)
    buf.seek(0)
    return ImageReader(buf)


def slide_cover(c, s, front, n):
    f = s["fields"]
    frame(c, n, "", front, dark=True)
    c.drawImage(cover_photo(), 780, 0, 660, H)
    c.setFillColor(NAVY)
    p = c.beginPath()
    p.moveTo(700, 0)
    p.lineTo(860, H)
    p.lineTo(700, H)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.rect(0, 0, 720, H, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.circle(705, 120, 46, stroke=0, fill=1)
    text_lines(c, [f["kicker"]], 80, 690, "BodyBold", 20, ORANGE, char_space=3)
    y = text_lines(c, simpleSplit(f["title"], "Head", 60, 640), 80, 610, "Head", 60, white, 70)
    y = para(c, f["sub"], 80, y - 10, 620, font="BodyItalic", size=28, color=SAND)
    c.setFillColor(ORANGE)
    c.rect(80, y - 4, 120, 6, stroke=0, fill=1)
    y = para(c, f["body"], 80, y - 50, 600, size=22, color=white)
    text_lines(c, [f["foot"]], 80, 60, "Body", 16, SAND)


def slide_agenda(c, s, front, n):
    frame(c, n, s["fields"]["title"], front)
    items = s["bullets"]
    half = (len(items) + 1) // 2
    for col, chunk in enumerate([items[:half], items[half:]]):
        x, y = 80 + col * 640, H - 230
        for i, it in enumerate(chunk):
            num = i + 1 + col * half
            c.setFillColor(TEAL)
            c.circle(x + 24, y + 9, 24, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("BodyBold", 20)
            c.drawCentredString(x + 24, y + 2, "%02d" % num)
            text_lines(c, [it], x + 70, y, "Body", 26, INK)
            y -= 84


def slide_bullets(c, s, front, n):
    frame(c, n, s["fields"]["title"], front)
    width = 860 if s["boxes"] else W - 160
    y = H - 240 if len(simpleSplit(s["fields"]["title"], "Head", 46, W - 300)) < 2 else H - 290
    bullets(c, s["bullets"], 80, y, width, size=25)
    if s["boxes"]:
        side_box(c, s["boxes"], 1000, H - 220, 360)


def slide_twocol(c, s, front, n):
    frame(c, n, s["fields"]["title"], front)
    y0 = H - 240
    if s["right"]:
        for x, items in ((80, s["left"]), (760, s["right"])):
            y = y0
            for it in items:
                c.setFillColor(ORANGE)
                c.rect(x, y - 4, 6, 26, stroke=0, fill=1)
                y = label_lines(c, it, x + 22, y, 580, size=24) - 22
    else:
        bullets(c, s["left"], 80, y0, 860, size=24)
        side_box(c, s["boxes"], 1000, H - 220, 360)


def slide_timeline(c, s, front, n):
    frame(c, n, s["fields"]["title"], front)
    c.setStrokeColor(ORANGE)
    c.setLineWidth(4)
    for row in range(2):
        ytop = H - 200 - row * 230
        c.line(80, ytop - 20, W - 80, ytop - 20)
        for col in range(3):
            when, what = s["items"][row * 3 + col]
            x = 80 + col * 440
            c.setFillColor(ORANGE)
            c.circle(x + 12, ytop - 20, 12, stroke=0, fill=1)
            text_lines(c, [when], x, ytop - 70, "Head", 28, NAVY)
            para(c, what, x, ytop - 106, 390, size=22)
    para(c, s["fields"]["note"], 80, 110, W - 160, font="BodyItalic", size=20, color=GREY)


def slide_steps(c, s, front, n):
    frame(c, n, s["fields"]["title"], front)
    y = H - 230
    for it in s["bullets"]:
        num, text = it.split(" | ", 1)
        c.setFillColor(NAVY)
        c.circle(104, y + 8, 24, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Head", 22)
        c.drawCentredString(104, y, num)
        y = para(c, text, 150, y, 780, size=23) - 18
    side_box(c, s["boxes"], 1000, H - 220, 360)
    para(c, s["fields"]["note"], 80, 130, W - 160, font="BodyItalic", size=19, color=GREY)


def slide_faults(c, s, front, n):
    frame(c, n, s["fields"]["title"], front)
    cols = [(80, 170), (270, 380), (680, 680)]
    y = H - 215
    card(c, 70, y - 14, W - 140, 44, NAVY, radius=8)
    for (x, w), head in zip(cols, ["Fault", "Full name", "What it does"]):
        text_lines(c, [head], x + 8, y, "BodyBold", 20, white)
    y -= 56
    for i, (abbr, name, what) in enumerate(s["items"]):
        cells = [simpleSplit(abbr, "Head", 22, cols[0][1] - 16),
                 simpleSplit(name, "BodyBold", 21, cols[1][1] - 16),
                 simpleSplit(what, "Body", 21, cols[2][1] - 16)]
        rows = max(len(x) for x in cells)
        h = rows * 27 + 20
        if i % 2 == 0:
            card(c, 70, y - h + 27, W - 140, h, PALE, radius=6)
        for (x, w), lines, font in zip(cols, cells, ["Head", "BodyBold", "Body"]):
            text_lines(c, lines, x + 8, y, font, 22 if font == "Head" else 21,
                       NAVY if font == "Head" else INK, 27)
        y -= h + 4
    para(c, s["fields"]["note"], 80, y - 30, W - 160, font="BodyItalic", size=20, color=GREY)


def slide_news(c, s, front, n):
    frame(c, n, s["fields"]["title"], front)
    for i, (when, what) in enumerate(s["items"]):
        col, row = i % 2, i // 2
        x, ytop = 80 + col * 650, H - 190 - row * 275
        card(c, x, ytop - 255, 620, 255, white, stroke=HexColor("#E2D6C2"))
        card(c, x + 24, ytop - 52, 170, 36, ORANGE, radius=10)
        text_lines(c, [when], x + 38, ytop - 42, "BodyBold", 19, white)
        para(c, what, x + 24, ytop - 92, 572, size=21, leading=27)


def slide_stats(c, s, front, n):
    frame(c, n, s["fields"]["title"], front)
    for i, (big, cap) in enumerate(s["items"]):
        col, row = i % 3, i // 3
        x, ytop = 80 + col * 440, H - 200 - row * 250
        card(c, x, ytop - 220, 410, 220, NAVY if (i % 2) == 0 else TEAL)
        text_lines(c, [big], x + 28, ytop - 80, "Head", 44, white)
        para(c, cap, x + 28, ytop - 130, 350, size=22, color=SAND)


def slide_closing(c, s, front, n):
    f = s["fields"]
    frame(c, n, "", front, dark=True)
    c.setFillColor(ORANGE)
    c.circle(W - 220, 200, 120, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.circle(W - 330, 140, 60, stroke=0, fill=1)
    text_lines(c, [f["title"]], 80, 520, "Head", 80, white)
    para(c, f["body"], 80, 420, 900, size=30, color=SAND)
    para(c, f["note"], 80, 120, 900, font="BodyItalic", size=18, color=HexColor("#C9C9C9"))


LAYOUTS = {"cover": slide_cover, "agenda": slide_agenda, "bullets": slide_bullets,
           "twocol": slide_twocol, "timeline": slide_timeline, "steps": slide_steps,
           "faults": slide_faults, "news": slide_news, "stats": slide_stats, "closing": slide_closing}


def build(out):
    front, slides = read_source()
    c = canvas.Canvas(out, pagesize=(W, H), invariant=1, pageCompression=1,
                      initialFontName="Body", initialFontSize=24)
    c.setTitle(front["title"])
    c.setAuthor(front["author"])
    c.setKeywords(front["keywords"])
    c.setCreator("Canva")
    c.setProducer("Canva")
    for n, s in enumerate(slides, 1):
        LAYOUTS[s["layout"]](c, s, front, n)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
