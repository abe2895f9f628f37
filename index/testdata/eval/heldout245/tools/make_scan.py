#!/usr/bin/python3
"""Make "docs/CamScanner 03-24-2025 21.14.pdf" from "tools/CamScanner 03-24-2025 21.14.txt".

Run from anywhere: /usr/bin/python3 tools/make_scan.py [OUTPUT]
(OUTPUT defaults to the file in docs/). Uses reportlab (invariant=1) and the Pillow it depends
on, with the Liberation Serif and URW Z003 fonts of the system; the same bytes on every run.

The PDF imitates typed notes (a Word document in Times New Roman 12, printed on A4) that the
student marked up with a highlighter and a blue pen, photographed with the CamScanner phone app
and exported as a searchable PDF:
  - one A4 page per sheet, each a single colour JPEG (DCTDecode, 150 dpi) of the cropped and
    "enhanced" photo: white paper, a soft shadow where the phone's edge fell across one corner,
    the sheet turned by a fraction of a degree, light noise and softness, two punched holes in
    the left margin and a staple on page 1;
  - the printout: a running header (course line left, author and revision date right, rule
    below), a bold underlined title and an italic grey subtitle, bold numbered headings, Word's
    "•" bullets with hanging indents, smart quotes, bold and italic runs, an indented italic
    quotation, a ruled four-row table, a boxed "PRELIMS POINTERS" list and "Page n of N" at
    the foot;
  - the student's marks, which the OCR ignores: yellow highlighter strokes over some phrases
    and short notes in blue pen in the right margin;
  - CamScanner's "Scanned with CamScanner" watermark (logo and two lines) stamped on the foot
    of every page after the OCR, so it is not in the text layer;
  - over each image the OCR text layer: every word drawn as invisible text (text render mode
    3) in Helvetica, stretched (Tz) to the word's width, each line at one height; the words the
    OCR misread are written {shown|ocr} in the source and only the misreading is in the layer.
The metadata are CamScanner's: title as the file name, creator "CamScanner", producer
"intsig.com pdf producer".
"""
import io
import math
import os
import random
import re
import sys

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
rl_config.useA85 = 0
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "CamScanner 03-24-2025 21.14"
SRC = os.path.join(HERE, STEM + ".txt")
OUT = os.path.join(HERE, "..", "docs", STEM + ".pdf")

DPI = 150
PW, PH = 1240, 1754                 # A4 at 150 dpi
LM, RM = 150, 150
TW = PW - LM - RM
TOP, BOTTOM = 214, 1596
FOOT = 1680
BODY, LEAD = 25, 29                 # 12 pt Times at 150 dpi, single spacing
INK = (32, 32, 36)
GREY = (96, 96, 100)
PEN = (24, 52, 168)
HIGHLIGHT = (255, 238, 112)
ANGLES = [0.31, -0.22, 0.18, -0.27, 0.24]
SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-%s.ttf"
FACES = {"r": SERIF % "Regular", "b": SERIF % "Bold", "i": SERIF % "Italic",
         "bi": SERIF % "BoldItalic", "h": "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
         "s": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
         "sb": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"}
_fonts = {}


def font(face, size):
    key = (face, size)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(FACES[face], size)
    return _fonts[key]


def smart(text):
    """Word's AutoFormat: straight quotes to curly ones."""
    text = re.sub(r'(^|[\s(\[*])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[*])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


def runs_of(text, base="r"):
    """Words of a paragraph, each a list of runs (shown, ocr, face, highlighted)."""
    words, cur = [], []
    bold = italic = hl = False
    i = 0
    text = smart(text)

    def face():
        if base == "i":
            return "bi" if bold else "i"
        if base == "b":
            return "b"
        return "bi" if bold and italic else "b" if bold else "i" if italic else "r"

    def put(shown, ocr):
        if cur and cur[-1][2] == face() and cur[-1][3] == hl:
            s0, o0, f0, h0 = cur[-1]
            cur[-1] = (s0 + shown, o0 + ocr, f0, h0)
        else:
            cur.append((shown, ocr, face(), hl))

    while i < len(text):
        if text.startswith("**", i):
            bold = not bold
            i += 2
        elif text.startswith("[[", i):
            hl = True
            i += 2
        elif text.startswith("]]", i):
            hl = False
            i += 2
        elif text[i] == "*":
            italic = not italic
            i += 1
        elif text[i] == "{":
            j = text.index("}", i)
            shown, ocr = text[i + 1:j].split("|")
            put(shown, ocr)
            i = j + 1
        elif text[i] == " ":
            if cur:
                words.append(cur)
                cur = []
            i += 1
        else:
            put(text[i], text[i])
            i += 1
    if cur:
        words.append(cur)
    return words


def word_width(word, size):
    return sum(font(f, size).getlength(s) for s, _, f, _ in word)


class Page:
    def __init__(self, num):
        self.num = num
        self.img = Image.new("RGB", (PW, PH), (255, 255, 255))
        self.hl = Image.new("RGB", (PW, PH), (255, 255, 255))
        self.draw = ImageDraw.Draw(self.img)
        self.hdraw = ImageDraw.Draw(self.hl)
        self.words = []         # (x, baseline, ocr, size, width) for the text layer
        self.rnd = random.Random(2450 + num)

    def text(self, x, base, shown, face="r", size=BODY, fill=INK, ocr=None):
        f = font(face, size)
        self.draw.text((x, base), shown, font=f, fill=fill, anchor="ls")
        w = f.getlength(shown)
        if ocr is not False:
            self.words.append((x, base, shown if ocr is None else ocr, size, w))
        return w

    def word(self, x, base, word, size=BODY, fill=INK):
        cx = x
        for shown, ocr, face, hl in word:
            w = font(face, size).getlength(shown)
            if hl:
                self.hdraw.rectangle([cx - 2, base - size + 2, cx + w + 2, base + 7], fill=HIGHLIGHT)
            self.draw.text((cx, base), shown, font=font(face, size), fill=fill, anchor="ls")
            cx += w
        self.words.append((x, base, "".join(o for _, o, _, _ in word), size, cx - x))
        return cx - x

    def pen(self, x, base, text, size=34):
        """A short note in blue pen, every word on its own slant (not in the text layer)."""
        f = font("h", size)
        cx = x
        for wd in text.split():
            w = f.getlength(wd)
            pad = 10
            asc, desc = f.getmetrics()
            mask = Image.new("L", (int(w) + 2 * pad, asc + desc + 2 * pad), 0)
            ImageDraw.Draw(mask).text((pad, pad + asc), wd, font=f, fill=255, anchor="ls")
            mask = mask.rotate(self.rnd.uniform(-4, 4), resample=Image.BICUBIC)
            mask = mask.point(lambda v: v * 225 // 255)
            self.img.paste(Image.new("RGB", mask.size, PEN),
                           (int(cx) - pad, int(base + self.rnd.uniform(-2, 2)) - asc - pad), mask)
            cx += w + f.getlength(" ") * 1.2
        return cx - x


class Layout:
    def __init__(self, front, total=None):
        self.front = front
        self.total = total
        self.pages = []
        self.y = 0
        self.note = None
        self.new_page()

    def new_page(self):
        p = Page(len(self.pages) + 1)
        self.pages.append(p)
        left, right = self.front["header"]
        p.text(LM, 118, left, "i", 20, GREY)
        w = font("i", 20).getlength(right)
        p.text(PW - RM - w, 118, right, "i", 20, GREY)
        p.draw.line([(LM, 130), (PW - RM, 130)], fill=GREY, width=2)
        foot = "Page %d of %s" % (p.num, self.total or "?")
        w = font("r", 21).getlength(foot)
        p.text((PW - w) / 2, FOOT, foot, "r", 21, GREY)
        self.y = TOP
        return p

    @property
    def page(self):
        return self.pages[-1]

    def need(self, h):
        if self.y + h > BOTTOM:
            self.new_page()

    def margin_note(self, base):
        if self.note:
            lines, cur = [], []
            for wd in self.note.split():
                if cur and font("h", 34).getlength(" ".join(cur + [wd])) > RM - 22:
                    lines.append(" ".join(cur))
                    cur = []
                cur.append(wd)
            lines.append(" ".join(cur))
            for k, ln in enumerate(lines):
                self.page.pen(PW - RM + 14, base + k * 34, ln)
            self.note = None

    def lines_of(self, words, width, size=BODY):
        lines, cur, w = [], [], 0
        sp = font("r", size).getlength(" ")
        for wd in words:
            ww = word_width(wd, size)
            if cur and w + sp + ww > width:
                lines.append(cur)
                cur, w = [], 0
            w += (sp if cur else 0) + ww
            cur.append(wd)
        if cur:
            lines.append(cur)
        return lines

    def flow(self, words, x, width, size=BODY, after=10, first_x=None, bullet=None):
        lines = self.lines_of(words, width, size)
        sp = font("r", size).getlength(" ")
        for k, ln in enumerate(lines):
            self.need(LEAD)
            base = self.y + 22
            if k == 0:
                self.margin_note(base)
                if bullet:
                    self.page.text(LM + 22, base, bullet, "r", size)
            cx = x
            for wd in ln:
                cx += self.page.word(cx, base, wd, size) + sp
            self.y += LEAD
        self.y += after

    # -- blocks ---------------------------------------------------------------------------
    def title(self, text, sub):
        p = self.page
        f = font("b", 33)
        w = f.getlength(text)
        x = (PW - w) / 2
        p.text(x, self.y + 30, text, "b", 33)
        p.draw.line([(x, self.y + 35), (x + w, self.y + 35)], fill=INK, width=2)
        self.y += 52
        words = runs_of(sub, "i")
        lines = self.lines_of(words, TW - 120, 23)
        for ln in lines:
            lw = sum(word_width(wd, 23) for wd in ln) + font("i", 23).getlength(" ") * (len(ln) - 1)
            cx = (PW - lw) / 2
            for wd in ln:
                cx += self.page.word(cx, self.y + 22, wd, 23, GREY) + font("i", 23).getlength(" ")
            self.y += 27
        self.y += 18

    def heading(self, text):
        self.need(14 + 34 + LEAD * 2)
        self.y += 14
        base = self.y + 26
        self.margin_note(base)
        cx = LM
        for wd in runs_of(text, "b"):
            cx += self.page.word(cx, base, wd, 27) + font("b", 27).getlength(" ")
        self.y += 40

    def paragraph(self, text):
        self.flow(runs_of(text), LM, TW)

    def bullet(self, text):
        self.flow(runs_of(text), LM + 48, TW - 48, after=4, bullet="\u2022")

    def quote(self, text):
        self.flow(runs_of(text, "i"), LM + 60, TW - 120, after=12)

    def table(self, rows):
        widths = [190, 440, 310]
        cells = []
        for r, row in enumerate(rows):
            base = "b" if r == 0 else "r"
            cells.append([self.lines_of(runs_of(c, base), w - 22) for c, w in zip(row, widths)])
        height = sum(12 + LEAD * max(len(c) for c in row) for row in cells)
        self.need(height + 20)
        p = self.page
        y0 = self.y + 6
        y = y0
        sp = font("r", BODY).getlength(" ")
        for row in cells:
            h = 12 + LEAD * max(len(c) for c in row)
            x = LM
            for lines, w in zip(row, widths):
                for k, ln in enumerate(lines):
                    cx = x + 11
                    for wd in ln:
                        cx += p.word(cx, y + 28 + k * LEAD, wd) + sp
                x += w
            p.draw.line([(LM, y), (LM + TW, y)], fill=INK, width=2)
            y += h
        p.draw.line([(LM, y), (LM + TW, y)], fill=INK, width=2)
        x = LM
        for w in [0] + widths:
            x += w
            p.draw.line([(x, y0), (x, y)], fill=INK, width=2)
        self.y = y + 18

    def box(self, title, items):
        lines = [self.lines_of(runs_of(t), TW - 90) for t in items]
        height = 56 + sum(LEAD * len(l) + 4 for l in lines) + 14
        self.need(height + 10)
        p = self.page
        y0 = self.y + 4
        p.draw.rectangle([(LM, y0), (LM + TW, y0 + height)], outline=INK, width=3)
        base = y0 + 38
        cx = LM + 20
        for wd in runs_of(title, "b"):
            cx += p.word(cx, base, wd) + font("b", BODY).getlength(" ")
        y = y0 + 56
        sp = font("r", BODY).getlength(" ")
        for ls in lines:
            for k, ln in enumerate(ls):
                b = y + 22
                if k == 0:
                    p.text(LM + 30, b, "\u2022")
                cx = LM + 62
                for wd in ln:
                    cx += p.word(cx, b, wd) + sp
                y += LEAD
            y += 4
        self.y = y0 + height + 16


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith("%")]


def layout(lines, total=None):
    front = {}
    for ln in lines:
        if ln.startswith("@header "):
            front["header"] = ln[8:].split("|", 1)
        elif ln.startswith("@title "):
            front["title"] = ln[7:]
        elif ln.startswith("@sub "):
            front["sub"] = ln[5:]
    lay = Layout(front, total)
    lay.title(front["title"], front["sub"])
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        i += 1
        if not s or s.startswith("@header ") or s.startswith("@title ") or s.startswith("@sub "):
            continue
        if s.startswith("# "):
            lay.heading(s[2:])
        elif s.startswith("- "):
            lay.bullet(s[2:])
        elif s.startswith("> "):
            lay.quote(s[2:])
        elif s.startswith("@note "):
            lay.note = s[6:]
        elif s == "@pagebreak":
            lay.new_page()
        elif s == "@table":
            rows = []
            while lines[i].strip() != "@endtable":
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            i += 1
            lay.table(rows)
        elif s.startswith("@box "):
            items = []
            while lines[i].strip() != "@endbox":
                items.append(lines[i].strip()[2:])
                i += 1
            i += 1
            lay.box(s[5:], items)
        else:
            lay.paragraph(s)
    return lay


def scan(p, idx):
    """The phone photo as CamScanner's enhanced scan leaves it."""
    rnd = random.Random(9450 + idx)
    img = ImageChops.multiply(p.img, p.hl)
    d = ImageDraw.Draw(img)
    # punched holes in the left margin, and the staple on the first sheet
    for cy in (PH // 2 - 212, PH // 2 + 212):
        d.ellipse([(44, cy - 27), (98, cy + 27)], fill=(214, 214, 210))
        d.ellipse([(48, cy - 23), (94, cy + 23)], fill=(188, 188, 184))
    if idx == 0:
        d.line([(64, 62), (128, 48)], fill=(132, 132, 138), width=6)
        d.line([(64, 66), (128, 52)], fill=(206, 206, 210), width=2)
    # a soft shadow of the phone across the top right corner
    shade = Image.new("L", (PW, PH), 255)
    sd = ImageDraw.Draw(shade)
    for k in range(60):
        sd.line([(PW - 420 + k * 7, 0), (PW, 420 - k * 7)], fill=236 + k * 19 // 60, width=8)
    img = ImageChops.multiply(img, Image.merge("RGB", (shade, shade, shade)))
    noise = Image.frombytes("L", (PW, PH), rnd.randbytes(PW * PH)).point(lambda v: v * 7 // 256)
    img = ImageChops.subtract(img, Image.merge("RGB", (noise, noise, noise)))
    for _ in range(14):
        x, y = rnd.randrange(30, PW - 30), rnd.randrange(30, PH - 30)
        g = rnd.randrange(120, 190)
        d2 = ImageDraw.Draw(img)
        d2.ellipse((x - 1, y - 1, x + 1, y + 1), fill=(g, g, g))
    img = img.rotate(ANGLES[idx], resample=Image.BICUBIC, fillcolor=(250, 250, 248))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    watermark(img)
    return img


def watermark(img):
    d = ImageDraw.Draw(img)
    x0, y0 = PW - 330, PH - 92
    d.rounded_rectangle([(x0, y0), (x0 + 56, y0 + 56)], radius=10, fill=(21, 178, 150))
    f = font("sb", 27)
    w = f.getlength("CS")
    d.text((x0 + 28 - w / 2, y0 + 39), "CS", font=f, fill=(255, 255, 255), anchor="ls")
    d.text((x0 + 70, y0 + 22), "Scanned with", font=font("s", 19), fill=(70, 70, 74), anchor="ls")
    d.text((x0 + 70, y0 + 50), "CamScanner", font=font("sb", 27), fill=(40, 40, 44), anchor="ls")


def rot(x, y, angle):
    cx, cy = PW / 2.0, PH / 2.0
    a = math.radians(angle)
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(a) + dy * math.sin(a), cy - dx * math.sin(a) + dy * math.cos(a)


def build(out=OUT):
    src = read_source()
    total = len(layout(src).pages)
    lay = layout(src, total)
    k = 72.0 / DPI
    c = canvas.Canvas(out, pagesize=(PW * k, PH * k), invariant=1, pageCompression=1)
    c.setTitle(STEM)
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("CamScanner")
    c.setProducer("intsig.com pdf producer")
    for idx, p in enumerate(lay.pages):
        img = scan(p, idx)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=55, optimize=False, progressive=False, subsampling=2)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, PW * k, PH * k)
        t = c.beginText()
        t.setTextRenderMode(3)
        rows = {}
        for (x, base, o, size, w) in p.words:
            rows.setdefault(round(base), []).append((x, o, size, w))
        for base in sorted(rows):
            ws = sorted(rows[base])
            mid = (min(x for x, _, _, _ in ws) + max(x + w for x, _, _, w in ws)) / 2.0
            _, ry = rot(mid, base, ANGLES[idx])
            for x, o, size, w in ws:
                rx, _ = rot(x, base, ANGLES[idx])
                fs = size * k * 0.8
                nat = stringWidth(o, "Helvetica", fs)
                t.setFont("Helvetica", round(fs, 2))
                t.setHorizScale(round(100.0 * w * k / nat, 1) if nat else 100)
                t.setTextOrigin(round(rx * k, 2), round((PH - ry) * k, 2))
                t.textOut(o)
        c.drawText(t)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
