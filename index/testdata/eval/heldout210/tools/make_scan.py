#!/usr/bin/python3
"""Re-make docs/recent-excavations-chapter-scan.pdf from tools/recent-excavations-chapter-scan.txt.

Run from anywhere: /usr/bin/python3 tools/make_scan.py [OUTPUT]
(OUTPUT defaults to the file in docs/). Uses reportlab (invariant=1) and the Pillow that
reportlab depends on, with the Liberation Serif fonts of the system; the same bytes on every run.

The PDF imitates a library scan of a printed textbook, made searchable by an OCR program:
  - each PDF page is one two-page spread of the open book (left page even, right page odd),
    scanned at 150 dpi in greyscale: grey scanner lid round the book, off-white paper with a
    little noise and a few specks, a dark shadow down the gutter, the whole spread turned by a
    fraction of a degree; the image is a JPEG (DCTDecode) drawn over the whole page;
  - the book's pages are set in a Times-like serif, justified, with hyphenation at line ends,
    running heads (even: folio and book title; odd: chapter title and folio), a chapter opener
    with a letter-spaced label, footnotes under a short rule at the foot of the page on which
    their mark falls, a shaded box, lists with hanging labels;
  - over the image lies the OCR text layer: every word drawn as invisible text (text render
    mode 3) in Helvetica, placed where the word sits on the image and stretched (Tz) to its
    width, each line at one height; the OCR text keeps the hyphens at line ends, reads
    superscript footnote marks as plain digits run onto the word, and has the misreadings
    written {shown|ocr} in the source (and in the running heads).
"""
import io
import math
import os
import random
import re
import sys

from PIL import Image, ImageChops, ImageDraw, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
rl_config.useA85 = 0
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "recent-excavations-chapter-scan.txt")
OUT = os.path.join(HERE, "..", "docs", "recent-excavations-chapter-scan.pdf")

DPI = 150
SAVE_DPI = 120
PAGE_W, PAGE_H = 900, 1350            # one book page, px (6 x 9 in)
SPREAD_W, SPREAD_H = 1950, 1440       # the scanned sheet, px (13 x 9.6 in)
ORIGIN = {0: (75, 45), 1: (975, 45)}  # where the left and right book pages sit on the sheet
OUTER, INNER, TOP, BOTTOM = 92, 118, 128, 1222
TEXT_W = PAGE_W - OUTER - INNER
ANGLES = [0.32, -0.21, 0.17]          # degrees, one per spread
INK = 38

FONTDIR = "/usr/share/fonts/truetype/liberation"
FACES = {"r": "LiberationSerif-Regular.ttf", "b": "LiberationSerif-Bold.ttf",
         "i": "LiberationSerif-Italic.ttf", "bi": "LiberationSerif-BoldItalic.ttf"}
_fonts = {}


def font(face, size):
    key = (face, size)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(os.path.join(FONTDIR, FACES[face]), size)
    return _fonts[key]


BODY, LEAD = 22, 29


class Tok:
    """One printed word: shown text, OCR text, face, size, optional footnote mark."""

    def __init__(self, shown, ocr, face, size, mark=None):
        self.shown, self.ocr, self.face, self.size, self.mark = shown, ocr, face, size, mark

    def width(self):
        w = font(self.face, self.size).getlength(self.shown)
        if self.mark:
            w += font("r", max(11, self.size * 6 // 10)).getlength(self.mark)
        return w


def tokens(text, size=BODY, face="r"):
    out, ital = [], False
    for raw in text.split():
        mark = None
        m = re.search(r"\^(\d)$", raw)
        if m:
            mark, raw = m.group(1), raw[:m.start()]
        start = raw.startswith("*")
        raw = raw.lstrip("*")
        end = "*" in raw
        raw = raw.replace("*", "")
        m = re.fullmatch(r"(.*)\{([^|}]*)\|([^}]*)\}(.*)", raw)
        if m:
            shown = m.group(1) + m.group(2) + m.group(4)
            ocr = m.group(1) + m.group(3) + m.group(4)
        else:
            shown = ocr = raw
        f = face
        if ital or start:
            f = "bi" if face == "b" else "i"
        out.append(Tok(shown, ocr, f, size, mark))
        if start:
            ital = True
        if end:
            ital = False
    return out


def hyphen_split(tok, room):
    """Split a word to fill `room` px with 'prefix-': between two consonants before a vowel
    (dis-tin-guished, estab-lish) or after a vowel before a single consonant and a vowel
    (Thoothu-kudi), never inside th/sh/ch/ph/wh/ck/qu and leaving three letters a side."""
    w = tok.shown
    if tok.shown != tok.ocr or tok.mark or not re.fullmatch(r"[A-Za-z]+[,.;:]?", w) or len(w) < 8:
        return None
    core = w.rstrip(",.;:")
    low = core.lower()
    vow = "aeiou"
    best = None
    for i in range(3, len(core) - 2):
        a, b, c = low[i - 1], low[i], low[i + 1]
        if a + b in ("th", "sh", "ch", "ph", "wh", "ck", "qu", "gh"):
            continue
        ok = (a not in vow and b not in vow and c in vow and low[i - 2] in vow) or \
             (a in vow and b not in vow and c in vow)
        if ok and font(tok.face, tok.size).getlength(core[:i] + "-") <= room:
            best = i
    if best is None:
        return None
    a = Tok(core[:best] + "-", core[:best] + "-", tok.face, tok.size)
    b = Tok(w[best:], w[best:], tok.face, tok.size)
    return a, b


def wrap(toks, first_w, rest_w, hyphenate=True):
    lines, cur, curw = [], [], 0.0
    avail = first_w
    queue = list(toks)
    while queue:
        t = queue.pop(0)
        sp = font("r", t.size).getlength(" ")
        need = t.width() + (sp if cur else 0)
        if cur and curw + need > avail:
            room = avail - curw - sp
            split = hyphen_split(t, room) if hyphenate and room > 0.1 * avail else None
            if split:
                cur.append(split[0])
                queue.insert(0, split[1])
            else:
                queue.insert(0, t)
            lines.append(cur)
            cur, curw, avail = [], 0.0, rest_w
            continue
        cur.append(t)
        curw += need
    if cur:
        lines.append(cur)
    return lines


class BookPage:
    def __init__(self, num):
        self.num = num
        self.img = Image.new("L", (PAGE_W, PAGE_H), 247)
        self.draw = ImageDraw.Draw(self.img)
        self.words = []       # (x, baseline, ocr, size) in page px
        self.y = TOP
        self.fns = []
        self.fn_h = 0
        self.opener = False
        self.x0 = INNER if num % 2 else OUTER

    def bottom(self):
        return BOTTOM - self.fn_h


class Book:
    def __init__(self, first):
        self.pages = [BookPage(first)]
        self.fn_text = {}

    @property
    def page(self):
        return self.pages[-1]

    def new_page(self):
        self.pages.append(BookPage(self.page.num + 1))

    def put_word(self, p, x, base, t):
        p.draw.text((x, base), t.shown, font=font(t.face, t.size), fill=INK, anchor="ls")
        w = font(t.face, t.size).getlength(t.shown)
        ocr = t.ocr
        if t.mark:
            small = max(11, t.size * 6 // 10)
            p.draw.text((x + w + 1, base - t.size * 0.38), t.mark, font=font("r", small), fill=INK,
                        anchor="ls")
            ocr += t.mark
        p.words.append((x, base, ocr, t.size, t.width()))

    def set_line(self, p, line, x, width, justify, lead):
        base = p.y + round(lead * 0.76)
        nat = sum(t.width() for t in line)
        sp = font("r", line[0].size).getlength(" ")
        gaps = len(line) - 1
        gap = sp
        if justify and gaps:
            gap = (width - nat) / gaps
        cx = x
        for t in line:
            self.put_word(p, cx, base, t)
            cx += t.width() + gap
        p.y += lead

    def fn_height(self, n):
        lines = wrap(tokens(self.fn_text[n], 17), TEXT_W - 14, TEXT_W, hyphenate=False)
        return len(lines) * 22 + 4

    def flow(self, toks, first_x, first_w, rest_x, rest_w, lead, justify=True, hyph=True):
        lines = wrap(toks, first_w, rest_w, hyph)
        for i, line in enumerate(lines):
            marks = [t.mark for t in line if t.mark]
            extra = 0
            for m in marks:
                extra += self.fn_height(m) + (16 if not self.page.fns else 0)
            if self.page.y + lead > self.page.bottom() - extra:
                self.new_page()
            p = self.page
            for m in marks:
                if not p.fns:
                    p.fn_h += 16
                p.fns.append(m)
                p.fn_h += self.fn_height(m)
            x, w = (first_x, first_w) if i == 0 else (rest_x, rest_w)
            self.set_line(p, line, p.x0 + x, w, justify and i < len(lines) - 1, lead)

    def finish(self, runhead):
        for p in self.pages:
            if p.fns:
                y = BOTTOM - p.fn_h + 8
                p.draw.line((p.x0, y, p.x0 + 150, y), fill=INK, width=1)
                y += 8
                for n in p.fns:
                    toks = tokens(self.fn_text[n], 17)
                    toks[0].ocr = n + toks[0].ocr
                    lab = font("r", 11)
                    p.draw.text((p.x0, y + 10), n, font=lab, fill=INK, anchor="ls")
                    lines = wrap(toks, TEXT_W - 14, TEXT_W, hyphenate=False)
                    for i, line in enumerate(lines):
                        save = p.y
                        p.y = y
                        self.set_line(p, line, p.x0 + (14 if i == 0 else 0),
                                      TEXT_W - (14 if i == 0 else 0), i < len(lines) - 1, 22)
                        p.y = save
                        y += 22
                    y += 4
            f = font("r", 17)
            if p.opener:
                s = str(p.num)
                x = p.x0 + (TEXT_W - f.getlength(s)) / 2
                p.draw.text((x, 1290), s, font=f, fill=INK, anchor="ls")
                p.words.append((x, 1290, s, 17, f.getlength(s)))
                continue
            even = p.num % 2 == 0
            title, ocr = runhead["even" if even else "odd"]
            if even:
                p.draw.text((p.x0, 84), str(p.num), font=font("b", 18), fill=INK, anchor="ls")
                p.words.append((p.x0, 84, str(p.num), 18, font("b", 18).getlength(str(p.num))))
                x = p.x0 + 60
            else:
                x = p.x0 + TEXT_W - 60 - f.getlength(title)
            cx = x
            for wd, wo in zip(title.split(), ocr.split()):
                t = Tok(wd, wo, "r", 16)
                self.put_word(p, cx, 84, t)
                cx += t.width() + f.getlength(" ")
            if not even:
                s = str(p.num)
                xx = p.x0 + TEXT_W - font("b", 18).getlength(s)
                p.draw.text((xx, 84), s, font=font("b", 18), fill=INK, anchor="ls")
                p.words.append((xx, 84, s, 18, font("b", 18).getlength(s)))


def layout(src_lines):
    meta = {}
    book = None
    after_head = True
    for raw in src_lines:
        if not raw.strip() or raw.startswith("%"):
            continue
        key, _, val = raw.partition(" ")
        if key in ("@runhead-even", "@runhead-odd", "@ocr-runhead-even", "@ocr-runhead-odd"):
            meta[key] = val
            continue
        if key == "@firstpage":
            book = Book(int(val))
            fns = {}
            for r2 in src_lines:
                if r2.startswith("@fn "):
                    n, text = r2[4:].split(" ", 1)
                    fns[n] = text
            book.fn_text = fns
            continue
        if key == "@fn":
            continue
        p = book.page
        if key == "@newpage":
            book.new_page()
            after_head = True
        elif key == "@opener":
            label, title, sub = val.split("|")
            p.opener = True
            p.y = 190
            x = p.x0
            for ch in label:
                if ch != " ":
                    p.draw.text((x, p.y), ch, font=font("b", 20), fill=INK, anchor="ls")
                x += font("b", 20).getlength(ch) + 9
            p.words.append((p.x0, p.y, label.split()[0], 20, x - p.x0 - 40))
            p.words.append((x - 22, p.y, label.split()[1], 20, 14))
            p.y += 34
            for line in wrap(tokens(title, 40, "b"), TEXT_W, TEXT_W, hyphenate=False):
                book.set_line(p, line, p.x0, TEXT_W, False, 50)
            p.y += 4
            for line in wrap(tokens(sub, 26, "i"), TEXT_W, TEXT_W, hyphenate=False):
                book.set_line(p, line, p.x0, TEXT_W, False, 34)
            p.y += 10
            p.draw.line((p.x0, p.y, p.x0 + TEXT_W, p.y), fill=INK, width=2)
            p.y += 34
            after_head = True
        elif key in ("P", "PF"):
            indent = 0 if (key == "PF" or after_head) else 30
            book.flow(tokens(val), indent, TEXT_W - indent, 0, TEXT_W, LEAD)
            after_head = False
        elif key == "H":
            if p.y + 32 + 2 * LEAD > p.bottom():
                book.new_page()
                p = book.page
            elif p.y > TOP:
                p.y += 16
            for line in wrap(tokens(val, 24, "b"), TEXT_W, TEXT_W, hyphenate=False):
                book.set_line(p, line, p.x0, TEXT_W, False, 32)
            p.y += 6
            after_head = True
        elif key == "FR":
            if p.y + 32 + 2 * LEAD > p.bottom():
                book.new_page()
                p = book.page
            elif p.y > TOP:
                p.y += 22
            for line in wrap(tokens(val, 22, "b"), TEXT_W, TEXT_W, hyphenate=False):
                book.set_line(p, line, p.x0, TEXT_W, False, 30)
            p.y += 4
            after_head = True
        elif key == "REF":
            book.flow(tokens(val, 19), 0, TEXT_W, 30, TEXT_W - 30, 25, justify=False, hyph=False)
        elif key == "L":
            label, text = val.split("|", 1)
            if p.y + LEAD > p.bottom():
                book.new_page()
                p = book.page
            base = p.y + round(LEAD * 0.76)
            t = tokens(label)[0]
            p.draw.text((p.x0 + 6, base), t.shown, font=font(t.face, t.size), fill=INK, anchor="ls")
            p.words.append((p.x0 + 6, base, t.ocr, t.size, t.width()))
            book.flow(tokens(text), 48, TEXT_W - 48, 48, TEXT_W - 48, LEAD)
            after_head = False
        elif key == "D":
            label, text = val.split("|", 1)
            toks = tokens(label, BODY, "b") + tokens(text)
            toks[len(tokens(label)) - 1].shown += " \u2013"
            toks[len(tokens(label)) - 1].ocr += " -"
            book.flow(toks, 0, TEXT_W, 30, TEXT_W - 30, LEAD)
            book.page.y += 3
            after_head = False
        elif key == "@box":
            title, text = val.split("|", 1)
            paras = text.split("||")
            inner = TEXT_W - 36
            blocks = [wrap(tokens(t, 19), inner, inner) for t in paras]
            h = 18 + 30 + sum(len(b) * 25 for b in blocks) + 8 * (len(blocks) - 1) + 16
            if p.y + 14 + h > p.bottom():
                book.new_page()
                p = book.page
            p.y += 14
            top = p.y
            p.draw.rectangle((p.x0, top, p.x0 + TEXT_W, top + h), fill=226, outline=110, width=2)
            p.y += 18
            for line in wrap(tokens(title, 20, "b"), inner, inner, hyphenate=False):
                book.set_line(p, line, p.x0 + 18, inner, False, 30)
            for bi, b in enumerate(blocks):
                for i, line in enumerate(b):
                    book.set_line(p, line, p.x0 + 18, inner, i < len(b) - 1, 25)
                p.y += 8 if bi < len(blocks) - 1 else 0
            p.y = top + h + 16
            after_head = True
        else:
            raise SystemExit("unknown line: %r" % raw)
    runhead = {"even": (meta["@runhead-even"], meta["@ocr-runhead-even"]),
               "odd": (meta["@runhead-odd"], meta["@ocr-runhead-odd"])}
    book.finish(runhead)
    return book


def spread_image(left, right, idx):
    rnd = random.Random(4100 + idx)
    img = Image.new("L", (SPREAD_W, SPREAD_H), 188)
    d = ImageDraw.Draw(img)
    for side, pg in ((0, left), (1, right)):
        ox, oy = ORIGIN[side]
        img.paste(pg.img, (ox, oy))
    # the scanner lid's edge along the top of the sheet
    for i in range(12):
        d.line((0, i, SPREAD_W, i), fill=150 + 3 * i)
    shade = Image.new("L", (SPREAD_W, SPREAD_H), 255)
    sd = ImageDraw.Draw(shade)
    g = ORIGIN[1][0]
    for x in range(g - 70, g + 70):
        t = 1 - abs(x - g) / 70.0
        sd.line((x, 0, x, SPREAD_H), fill=int(255 - 120 * t ** 2.2))
    for side in (0, 1):
        edge = ORIGIN[0][0] if side == 0 else ORIGIN[1][0] + PAGE_W
        for k in range(18):
            x = edge + (k if side == 0 else -k)
            sd.line((x, 0, x, SPREAD_H), fill=int(255 - 45 * (1 - k / 18.0)))
    img = ImageChops.multiply(img, shade)
    noise = Image.frombytes("L", (SPREAD_W, SPREAD_H), rnd.randbytes(SPREAD_W * SPREAD_H))
    noise = noise.point(lambda v: v * 7 // 256)
    img = ImageChops.add(img, noise, 1.0, -3)
    d = ImageDraw.Draw(img)
    for _ in range(26):
        x, y = rnd.randrange(80, SPREAD_W - 80), rnd.randrange(60, SPREAD_H - 60)
        r = rnd.choice((1, 1, 2, 2, 3))
        d.ellipse((x - r, y - r, x + r, y + r), fill=rnd.randrange(60, 140))
    img = img.rotate(ANGLES[idx], resample=Image.BICUBIC, fillcolor=188)
    return img


def rot(x, y, angle):
    cx, cy = SPREAD_W / 2.0, SPREAD_H / 2.0
    a = math.radians(angle)
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(a) + dy * math.sin(a), cy - dx * math.sin(a) + dy * math.cos(a)


def build(out=OUT):
    with open(SRC, encoding="utf-8") as f:
        src = f.read().split("\n")
    book = layout(src)
    pages = book.pages
    if pages[0].num % 2:
        raise SystemExit("the first page must be a left-hand (even) page")
    while len(pages) % 2:
        pages.append(BookPage(pages[-1].num + 1))
    k = 72.0 / DPI
    W, H = SPREAD_W * k, SPREAD_H * k
    c = canvas.Canvas(out, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle("Scan_20250911_163522")
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("ABBYY FineReader PDF 15")
    c.setProducer("ABBYY FineReader PDF 15")
    for idx in range(len(pages) // 2):
        left, right = pages[2 * idx], pages[2 * idx + 1]
        img = spread_image(left, right, idx)
        # the scanner saved the sheet at 120 dpi (the page was laid out at 150)
        img = img.resize((SPREAD_W * SAVE_DPI // DPI, SPREAD_H * SAVE_DPI // DPI), Image.LANCZOS)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=34, optimize=False, progressive=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        t = c.beginText()
        t.setTextRenderMode(3)
        for side, pg in ((0, left), (1, right)):
            ox, oy = ORIGIN[side]
            lines = {}
            for (x, base, ocr, size, w) in pg.words:
                lines.setdefault(round(base), []).append((x, ocr, size, w))
            for base in sorted(lines):
                ws = sorted(lines[base])
                xs = [x for x, _, _, _ in ws]
                mid = (min(xs) + max(x + w for x, _, _, w in ws)) / 2.0
                _, ry = rot(ox + mid, oy + base, ANGLES[idx])
                for x, ocr, size, w in ws:
                    rx, _ = rot(ox + x, oy + base, ANGLES[idx])
                    fs = size * k
                    nat = stringWidth(ocr, "Helvetica", fs)
                    t.setFont("Helvetica", round(fs, 2))
                    t.setHorizScale(round(100.0 * w * k / nat, 1) if nat else 100)
                    t.setTextOrigin(round(rx * k, 2), round((SPREAD_H - ry) * k, 2))
                    t.textOut(ocr)
        c.drawText(t)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
