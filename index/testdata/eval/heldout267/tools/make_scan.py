#!/usr/bin/python3
"""Re-make docs/SKM_C30825031410420.pdf from tools/SKM_C30825031410420.txt.

Run from anywhere: /usr/bin/python3 tools/make_scan.py [OUTPUT]
(OUTPUT defaults to the file in docs/). Uses Pillow (installed with reportlab) to draw the page
images with the system's Liberation fonts, reportlab only for the Helvetica widths of the text
layer, and writes the PDF itself with the standard library; the same bytes on every run.

The PDF imitates what an office copier (a Konica Minolta bizhub) mails back from "Scan to
E-mail" in black-and-white mode with its searchable-PDF (OCR) option, after a student laid two
pages of a textbook on the glass one at a time:
  - two A4 pages, each one 1-bit image (BitsPerComponent 1, DeviceGray, FlateDecode) at
    300 dpi, 2480 x 3508 pixels: the book page (about 190 x 250 mm) a little askew on the
    glass, its type thresholded to black and white with ragged edges, the tinted box turned
    into a dot screen, a dark band down the binding edge (on the right of the even page, on
    the left of the odd page), a grey line at the book's outer edge, specks, and pencil marks
    (a margin bracket, a star, an underline) that the OCR leaves out;
  - the book page is set in two justified columns of Liberation Serif with hyphenation at
    line ends, a running head with a rule (folio outside), numbered section headings in bold
    sans capitals, italic side headings, hanging lists, a footnote under a short rule, a
    full-width ruled table at the top of the odd page, a framed and tinted box, exercises;
  - over each image lies the OCR text: one invisible (render mode 3) Helvetica line of text
    for each printed line, in WinAnsi encoding, moved to where the line sits on the tilted
    image and squeezed with Tz to the printed width; the text keeps the hyphens at line ends,
    reads the footnote mark as a digit run onto the word, and has the misreadings written
    {shown|ocr} in the source;
  - the document information is the copier's (title = file name, creator and producer the
    machine), with fixed dates and a fixed file ID.
"""
import math
import os
import random
import re
import sys
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "SKM_C30825031410420.txt")
OUT = os.path.join(HERE, "..", "docs", "SKM_C30825031410420.pdf")

DPI = 300
A4_W, A4_H = 2480, 3508
PT = DPI / 72.0
BOOK_W, BOOK_H = 2244, 2953           # the printed book page, px (190 x 250 mm)
BOOK_AT = {0: (96, 250), 1: (150, 262)}   # where the book page lies on the glass
ANGLE = {0: 0.42, 1: -0.31}           # degrees, counter-clockwise
MARGIN_IN, MARGIN_OUT, TOP, BOTTOM = 212, 177, 236, 2800
TEXT_W = BOOK_W - MARGIN_IN - MARGIN_OUT
GAP = 59
COL_W = (TEXT_W - GAP) // 2
BODY = 39                              # 9.4 pt
LEAD = 47
SMALL = 33
FONTDIR = "/usr/share/fonts/truetype/liberation"
FACES = {"r": "LiberationSerif-Regular.ttf", "b": "LiberationSerif-Bold.ttf",
         "i": "LiberationSerif-Italic.ttf", "bi": "LiberationSerif-BoldItalic.ttf",
         "s": "LiberationSans-Regular.ttf", "sb": "LiberationSans-Bold.ttf"}
_fonts = {}


def font(face, size):
    if (face, size) not in _fonts:
        _fonts[(face, size)] = ImageFont.truetype(os.path.join(FONTDIR, FACES[face]), size)
    return _fonts[(face, size)]


def shown_ocr(s):
    """Split {shown|ocr} markup into the printed text and the OCR text."""
    return (re.sub(r"\{([^|}]*)\|([^}]*)\}", r"\1", s), re.sub(r"\{([^|}]*)\|([^}]*)\}", r"\2", s))


class Word:
    def __init__(self, shown, ocr, face, size, mark=None):
        self.shown, self.ocr, self.face, self.size, self.mark = shown, ocr, face, size, mark

    def width(self):
        w = font(self.face, self.size).getlength(self.shown)
        if self.mark:
            w += font("r", SMALL * 3 // 4).getlength(self.mark)
        return w


def words_of(text, size=BODY, base="r"):
    """Words of a paragraph with **bold**, *italic* and [n] footnote marks."""
    out = []
    bold = ital = False
    for raw in text.split(" "):
        if not raw:
            continue
        w = raw
        opens_b = w.startswith("**")
        if opens_b:
            w = w[2:]
            bold = True
        opens_i = (not opens_b and w.startswith("*")) or (opens_b and w.startswith("*"))
        if opens_i:
            w = w[1:]
            ital = True
        face_b, face_i = bold, ital
        closes_b = "**" in w
        if closes_b:
            w = w.replace("**", "")
        closes_i = "*" in w
        if closes_i:
            w = w.replace("*", "")
        mark = None
        m = re.search(r"\[(\d)\]", w)
        if m:
            mark = m.group(1)
            w = w.replace(m.group(0), "")
        shown, ocr = shown_ocr(w)
        if base == "r":
            face = "bi" if face_b and face_i else "b" if face_b else "i" if face_i else "r"
        else:
            face = base
        out.append(Word(shown, ocr, face, size, mark))
        if closes_b:
            bold = False
        if closes_i:
            ital = False
    return out


SUFFIXES = ("tion", "sion", "ment", "ness", "ance", "ence", "ical", "ally", "ated", "ised",
            "ises", "ity", "ing", "ous", "ful")
HYPH = {"scholars": (5,), "anaemia": (4,), "gradual": (4,), "chariot": (4,), "Kalibangan": (4, 6),
        "settlements": (6,), "civilisation": (5, 7), "archaeological": (7, 10),
        "Harappan": (5,), "Mesopotamia": (4, 6), "continuity": (5,), "population": (3, 6),
        "transformation": (6, 10), "interpretation": (5, 10), "explanations": (7,),
        "Maharashtra": (4,), "settlement": (6,), "monsoon": (3,), "weakening": (4,)}


def hyphen_points(w):
    """Where a word may be broken at a line end: after a hyphen it already has, before a
    common suffix, or at the points listed in HYPH."""
    s = w.shown
    if w.shown != w.ocr:
        return []
    core = re.match(r"^([A-Za-z-]+)(.*)$", s)
    if not core:
        return []
    letters = core.group(1)
    pts = [i + 1 for i, ch in enumerate(letters) if ch == "-" and 2 <= i < len(letters) - 2]
    if "-" not in letters:
        pts += list(HYPH.get(letters, ()))
        for suf in SUFFIXES:
            if letters.endswith(suf) and len(letters) - len(suf) >= 4:
                pts.append(len(letters) - len(suf))
    return sorted(set(pts))


def split_word(w, i):
    dash = "" if w.shown[i - 1] == "-" else "-"
    a = Word(w.shown[:i] + dash, w.ocr[:i] + dash, w.face, w.size)
    b = Word(w.shown[i:], w.ocr[i:], w.face, w.size, w.mark)
    return a, b


def break_lines(words, width, first_indent=0, indent=0):
    """Greedy line breaking with hyphenation; returns lists of words per line and offsets."""
    lines = []
    cur, cur_w = [], 0.0
    space = font("r", BODY).getlength(" ")
    words = list(words)
    k = 0
    while k < len(words):
        w = words[k]
        avail = width - (first_indent if not lines else indent)
        need = w.width() + (space if cur else 0)
        if cur_w + need <= avail:
            cur.append(w)
            cur_w += need
            k += 1
            continue
        done = False
        for i in reversed(hyphen_points(w)):
            a, b = split_word(w, i)
            if cur_w + a.width() + (space if cur else 0) <= avail:
                cur.append(a)
                words[k] = b
                done = True
                break
        lines.append(cur)
        cur, cur_w = [], 0.0
        if not done and not lines[-1]:
            raise SystemExit("word too long: %r" % w.shown)
    if cur:
        lines.append(cur)
    return lines


class Sheet:
    """One scanned page: the book page image, OCR lines and pencil marks."""

    def __init__(self, index):
        self.index = index
        self.img = Image.new("L", (BOOK_W, BOOK_H), 255)
        self.draw = ImageDraw.Draw(self.img)
        self.tint = []        # rectangles drawn as a dot screen
        self.ocr = []         # (x, baseline, width, size_px, text)
        self.left = MARGIN_OUT if index == 0 else MARGIN_IN

    def text(self, x, baseline, s, face, size, ocr=None):
        f = font(face, size)
        self.draw.text((x, baseline), s, font=f, fill=0, anchor="ls")
        w = f.getlength(s)
        self.ocr.append((x, baseline, w, size, s if ocr is None else ocr))
        return w

    def line_of_words(self, ws, x, baseline, width, justify):
        """Draw one line of words; the OCR gets the whole line as one string."""
        space = font("r", BODY).getlength(" ")
        total = sum(w.width() for w in ws)
        gaps = len(ws) - 1
        gap = (width - total) / gaps if (justify and gaps) else space
        if justify and gaps and gap > space * 2.6:
            gap = space * 1.4
        cx = x
        parts = []
        for n, w in enumerate(ws):
            f = font(w.face, w.size)
            self.draw.text((cx, baseline), w.shown, font=f, fill=0, anchor="ls")
            cx += f.getlength(w.shown)
            ocr = w.ocr
            if w.mark:
                mf = font("r", SMALL * 3 // 4)
                self.draw.text((cx, baseline - w.size * 0.38), w.mark, font=mf, fill=0, anchor="ls")
                cx += mf.getlength(w.mark)
                ocr += w.mark
            parts.append(ocr)
            if n < len(ws) - 1:
                cx += gap
        self.ocr.append((x, baseline, cx - x, ws[0].size, " ".join(parts)))


class Layout:
    def __init__(self, blocks, heads):
        self.blocks, self.heads = blocks, heads
        self.sheets = [Sheet(0), Sheet(1)]
        self.page = 0
        self.col = 0
        self.top = {0: TOP, 1: TOP}
        self.y = TOP
        self.floor = {}       # (page, col) -> lowest usable baseline
        self.first_in_col = True
        self.fn_mark_page = None

    @property
    def sheet(self):
        return self.sheets[self.page]

    def col_x(self):
        return self.sheet.left + self.col * (COL_W + GAP)

    def bottom(self):
        return self.floor.get((self.page, self.col), BOTTOM)

    def next_col(self):
        if self.col == 0:
            self.col = 1
        else:
            self.page += 1
            self.col = 0
            if self.page >= len(self.sheets):
                raise SystemExit("text does not fit on two pages")
        self.y = self.top[self.page]
        self.first_in_col = True

    def need(self, h):
        if self.y + h > self.bottom():
            self.next_col()

    def paragraph(self, text, indent=True, label=None, size=BODY):
        ws = words_of(text, size)
        x = self.col_x()
        if label:
            lab = Word(*shown_ocr(label), "r", size)
            hang = int(size * 2.1)
            lines = break_lines(ws, COL_W - hang)
            offs = [hang] * len(lines)
        else:
            first = int(size * 1.5) if indent else 0
            lines = break_lines(ws, COL_W, first_indent=first)
            offs = [first] + [0] * (len(lines) - 1)
        for n, (ln, off) in enumerate(zip(lines, offs)):
            if self.y + LEAD > self.bottom():
                self.next_col()
                x = self.col_x()
            base = self.y + size
            if label and n == 0:
                lf = font("r", size)
                self.sheet.draw.text((x, base), lab.shown, font=lf, fill=0, anchor="ls")
                ln_ws = ln
                self.sheet.line_of_words(ln_ws, x + off, base, COL_W - off, justify=n < len(lines) - 1)
                # the OCR reads the label and the first words as one line
                last = self.sheet.ocr.pop()
                self.sheet.ocr.append((x, base, last[2] + off, size, lab.ocr + " " + last[4]))
            else:
                self.sheet.line_of_words(ln, x + off, base, COL_W - off, justify=n < len(lines) - 1)
            self.y += LEAD
            self.first_in_col = False
            if any(w.mark for w in ln):
                self.fn_mark_page = self.page

    def heading(self, text, kind):
        shown, ocr = shown_ocr(text)
        if kind == "##":
            if not self.first_in_col:
                self.y += int(LEAD * 0.9)
            self.need(LEAD * 4)
            m = re.match(r"^(\d+\.\d+)\s+(.*)$", shown)
            mo = re.match(r"^(\d+\.\d+)\s+(.*)$", ocr)
            f = font("sb", 42)
            x = self.col_x()
            base = self.y + 42
            self.sheet.draw.text((x, base), m.group(1), font=f, fill=0, anchor="ls")
            nx = x + f.getlength(m.group(1)) + 26
            words = m.group(2).split(" ")
            owords = mo.group(2).split(" ")
            # wrap the heading inside the column if needed
            line, oline, lines = [], [], []
            for w, o in zip(words, owords):
                if f.getlength(" ".join(line + [w])) > COL_W - (nx - x):
                    lines.append((line, oline))
                    line, oline = [], []
                line.append(w)
                oline.append(o)
            lines.append((line, oline))
            for n, (ln, ol) in enumerate(lines):
                self.sheet.draw.text((nx, base), " ".join(ln), font=f, fill=0, anchor="ls")
                pre = (mo.group(1) + " ") if n == 0 else ""
                wdt = nx - x + f.getlength(" ".join(ln))
                self.sheet.ocr.append((x if n == 0 else nx, base, wdt if n == 0 else f.getlength(" ".join(ln)),
                                       42, pre + " ".join(ol)))
                base += 50
                self.y += 50
            self.y += int(LEAD * 0.35)
        else:
            if not self.first_in_col:
                self.y += int(LEAD * 0.45)
            self.need(LEAD * 3)
            face = "sb" if shown.isupper() else "bi"
            size = 38 if face == "sb" else BODY
            base = self.y + size
            self.sheet.text(self.col_x(), base, shown, face, size, ocr)
            self.y += LEAD + 4
        self.first_in_col = True
        self.after_heading = True

    def box(self, title, paras):
        pad = 30
        inner = COL_W - 2 * pad
        # measure
        heights = []
        for p in paras:
            heights.append(len(break_lines(words_of(p, SMALL + 3), inner)) * (LEAD - 5))
        h = pad + 50 + sum(heights) + 10 * len(paras) + pad
        if not self.first_in_col:
            self.y += int(LEAD * 0.6)
        self.need(h)
        x0, y0 = self.col_x(), self.y
        self.sheet.tint.append((x0, y0, x0 + COL_W, y0 + h))
        self.sheet.draw.rectangle((x0, y0, x0 + COL_W, y0 + h), outline=0, width=4)
        s, o = shown_ocr(title)
        self.sheet.text(x0 + pad, y0 + pad + 36, s, "sb", 36, o)
        y = y0 + pad + 50 + 14
        for p in paras:
            for ln in break_lines(words_of(p, SMALL + 3), inner):
                self.sheet.line_of_words(ln, x0 + pad, y + SMALL + 3, inner, justify=False)
                y += LEAD - 5
            y += 10
        self.y = y0 + h + int(LEAD * 0.6)
        self.first_in_col = False

    def table(self, caption, rows):
        sheet = self.sheet
        x0 = sheet.left
        y = self.top[self.page]
        cap_s, cap_o = shown_ocr(caption)
        m = re.match(r"^(Table \S+)\s+(.*)$", cap_s)
        f = font("sb", 38)
        sheet.text(x0, y + 38, m.group(1), "sb", 38)
        sheet.text(x0 + f.getlength(m.group(1)) + 24, y + 38, m.group(2), "i", BODY)
        y += 62
        widths = [int(TEXT_W * 0.25), int(TEXT_W * 0.37), TEXT_W - int(TEXT_W * 0.25) - int(TEXT_W * 0.37)]
        sheet.draw.line((x0, y, x0 + TEXT_W, y), fill=0, width=5)
        y += 14
        for r, row in enumerate(rows):
            cx = x0
            cell_lines = []
            for c, cell in enumerate(row):
                ws = words_of(cell, SMALL + 3, "b" if r == 0 else "r")
                cell_lines.append(break_lines(ws, widths[c] - 44))
            nlines = max(len(cl) for cl in cell_lines)
            for c, cl in enumerate(cell_lines):
                yy = y
                for ln in cl:
                    sheet.line_of_words(ln, cx, yy + SMALL + 3, widths[c] - 44, justify=False)
                    yy += LEAD - 6
                cx += widths[c]
            y += nlines * (LEAD - 6) + 10
            if r == 0:
                sheet.draw.line((x0, y, x0 + TEXT_W, y), fill=0, width=3)
                y += 12
        sheet.draw.line((x0, y, x0 + TEXT_W, y), fill=0, width=5)
        y += 60
        self.top[self.page] = y
        self.y = y

    def footnote(self, n, text):
        """Footnote at the foot of the even page's right column, under a short rule."""
        sheet = self.sheets[0]
        ws = words_of(text, SMALL)
        x = sheet.left + COL_W + GAP
        lines = break_lines(ws, COL_W - 30)
        h = 30 + len(lines) * (LEAD - 8)
        ytop = BOTTOM - h
        self.floor[(0, 1)] = ytop - 20
        sheet.draw.line((x, ytop, x + COL_W // 3, ytop), fill=0, width=3)
        y = ytop + 22
        for k, ln in enumerate(lines):
            if k == 0:
                sheet.draw.text((x, y + SMALL - 10), n, font=font("r", SMALL * 3 // 4), fill=0, anchor="ls")
                sheet.line_of_words(ln, x + 30, y + SMALL, COL_W - 30, justify=k < len(lines) - 1)
                last = sheet.ocr.pop()
                sheet.ocr.append((x, y + SMALL, last[2] + 30, SMALL, n + " " + last[4]))
            else:
                sheet.line_of_words(ln, x + 30, y + SMALL, COL_W - 30, justify=k < len(lines) - 1)
            y += LEAD - 8

    def running_heads(self):
        for idx, sheet in enumerate(self.sheets):
            text = self.heads["even" if idx == 0 else "odd"]
            a, b = text.split(" || ")
            y = TOP - 86
            if idx == 0:
                fs, fo = shown_ocr(a)
                ts, to = shown_ocr(b)
                sheet.text(sheet.left, y, fs, "sb", 38, fo)
                f = font("s", 32)
                sheet.text(sheet.left + 110, y, ts, "s", 32, to)
            else:
                ts, to = shown_ocr(a)
                fs, fo = shown_ocr(b)
                f = font("sb", 38)
                fw = f.getlength(fs)
                sheet.text(sheet.left + TEXT_W - fw, y, fs, "sb", 38, fo)
                tw = font("s", 32).getlength(ts)
                sheet.text(sheet.left + TEXT_W - fw - 60 - tw, y, ts, "s", 32, to)
            sheet.draw.line((sheet.left, y + 22, sheet.left + TEXT_W, y + 22), fill=0, width=3)

    def run(self):
        self.running_heads()
        fn = [b for b in self.blocks if b[0] == "fn"]
        for b in fn:
            self.footnote(b[1], b[2])
        after_heading = False
        for b in self.blocks:
            kind = b[0]
            if kind == "fn":
                continue
            if kind in ("##", "###"):
                self.heading(b[1], kind)
                after_heading = True
                continue
            if kind == "pagebreak":
                self.page += 1
                self.col = 0
                self.y = self.top[self.page]
                self.first_in_col = True
                continue
            if kind == "table":
                self.table(b[1], b[2])
                continue
            if kind == "box":
                self.box(b[1], b[2])
                after_heading = False
                continue
            if kind == "cont":
                self.paragraph(b[1], indent=False)
            elif kind == "item":
                self.paragraph(b[2], label=b[1])
            else:
                self.paragraph(b[1], indent=not after_heading)
            after_heading = False
        if self.fn_mark_page not in (None, 0):
            raise SystemExit("footnote mark did not fall on the even page")


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    blocks, heads = [], {}
    i = 0
    while i < len(lines):
        s = lines[i].rstrip()
        i += 1
        if not s or s.startswith("#") and not s.startswith("##"):
            continue
        if s.startswith("@head "):
            side, text = s[6:].split(" ", 1)
            heads[side] = text
        elif s.startswith("## "):
            blocks.append(("##", s[3:]))
        elif s.startswith("### "):
            blocks.append(("###", s[4:]))
        elif s.startswith("@cont "):
            blocks.append(("cont", s[6:]))
        elif s == "@pagebreak":
            blocks.append(("pagebreak",))
        elif s.startswith("@fn "):
            n, text = s[4:].split(" ", 1)
            blocks.append(("fn", n, text))
        elif s.startswith("@table "):
            rows = []
            while lines[i].strip() != "@endtable":
                rows.append([c.strip() for c in lines[i].split("|")])
                i += 1
            i += 1
            blocks.append(("table", s[7:], rows))
        elif s.startswith("@box "):
            paras = []
            while lines[i].strip() != "@endbox":
                paras.append(lines[i].strip())
                i += 1
            i += 1
            blocks.append(("box", s[5:], paras))
        else:
            m = re.match(r"^(\([a-z]+\)|\d+\.)\s+(.*)$", s)
            if m:
                blocks.append(("item", m.group(1), m.group(2)))
            else:
                blocks.append(("p", s))
    return blocks, heads


# -- scanning --------------------------------------------------------------------------------
def pencil(sheet, rnd):
    """Pencil marks: a bracket and a star in the margin, an underline (page 64 only)."""
    d = sheet.draw
    if sheet.index == 0:
        x = MARGIN_OUT - 70
        y0, y1 = 1120, 1530
        pts = [(x + 30 + rnd.randint(-3, 3), y0)]
        for yy in range(y0, y1, 40):
            pts.append((x + rnd.randint(-4, 4), yy))
        pts.append((x + 34, y1))
        d.line(pts, fill=70, width=6)
        cx, cy = MARGIN_OUT - 80, 860
        for k in range(5):
            a1 = math.radians(90 + k * 144)
            a2 = math.radians(90 + (k + 1) * 144)
            d.line((cx + 34 * math.cos(a1), cy - 34 * math.sin(a1),
                    cx + 34 * math.cos(a2), cy - 34 * math.sin(a2)), fill=60, width=5)


def underline(sheet, needle, rnd):
    """A wavy pencil underline under the printed line whose OCR text holds needle."""
    for (x, base, width, size, text) in sheet.ocr:
        if needle in text:
            pts = [(x + k, base + 12 + rnd.randint(-2, 2)) for k in range(0, int(width), 35)]
            sheet.draw.line(pts, fill=80, width=5)
            return
    raise SystemExit("underline: %r not found" % needle)


def screen(img, rects):
    """Turn tinted rectangles into a dot screen as a black-and-white copier does."""
    d = ImageDraw.Draw(img)
    for (x0, y0, x1, y1) in rects:
        for y in range(y0 + 8, y1 - 6, 9):
            off = 0 if (y // 9) % 2 else 4
            for x in range(x0 + 8 + off, x1 - 6, 9):
                if img.getpixel((x, y)) > 200 and img.getpixel((x + 1, y + 1)) > 200:
                    d.rectangle((x, y, x + 1, y + 1), fill=0)


def scan(sheet, rnd):
    pencil(sheet, rnd)
    if sheet.index == 1:
        underline(sheet, "(sample I6113)", rnd)
    book = sheet.img
    a4 = Image.new("L", (A4_W, A4_H), 255)
    bx, by = BOOK_AT[sheet.index]
    a4.paste(book, (bx, by))
    d = ImageDraw.Draw(a4)
    # the book's outer edge shows as a grey line; the binding side goes dark
    if sheet.index == 0:
        d.line((bx, by, bx, by + BOOK_H), fill=120, width=3)
        edge = bx + BOOK_W
        for x in range(edge - 150, A4_W):
            t = (x - (edge - 150)) / 150.0
            v = 255 if t < 0 else int(255 * max(0.0, 1 - t) ** 1.8)
            d.line((x, 0, x, A4_H), fill=min(v, 255))
    else:
        d.line((bx + BOOK_W, by, bx + BOOK_W, by + BOOK_H), fill=120, width=3)
        edge = bx
        for x in range(0, edge + 150):
            t = ((edge + 150) - x) / 150.0
            v = int(255 * max(0.0, 1 - t) ** 1.8)
            d.line((x, 0, x, A4_H), fill=v)
    a4 = a4.rotate(ANGLE[sheet.index], resample=Image.BICUBIC, fillcolor=255)
    a4 = a4.filter(ImageFilter.GaussianBlur(0.9))
    noise = Image.frombytes("L", (A4_W, A4_H), rnd.randbytes(A4_W * A4_H))
    noise = noise.point(lambda v: v // 5)
    a4 = ImageChops.add(a4, noise, scale=1.0, offset=-25)
    bw = a4.point(lambda v: 255 if v > 135 else 0, "1")
    screen_img = bw.convert("L")
    # dot screen for the box tint, placed on the rotated page
    rects = []
    for (x0, y0, x1, y1) in sheet.tint:
        rects.append((x0 + bx, y0 + by, x1 + bx, y1 + by))
    screen(screen_img, rects)
    d = ImageDraw.Draw(screen_img)
    for _ in range(60):
        x, y = rnd.randrange(A4_W), rnd.randrange(A4_H)
        r = rnd.choice([1, 1, 2, 3])
        d.ellipse((x, y, x + r, y + r), fill=0)
    return screen_img.point(lambda v: 255 if v > 127 else 0, "1")


# -- PDF -------------------------------------------------------------------------------------
def pdf_str(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


def content_stream(sheet):
    bx, by = BOOK_AT[sheet.index]
    a = math.radians(ANGLE[sheet.index])
    cx, cy = A4_W / 2.0, A4_H / 2.0
    out = ["q 595.2756 0 0 841.8898 0 0 cm /Im0 Do Q", "BT", "3 Tr"]
    for (x, base, width, size, text) in sheet.ocr:
        if not text.strip():
            continue
        # the line's start, moved with the page's tilt (PIL rotates counter-clockwise, y down)
        px, py = x + bx - cx, base + by - cy
        rx = px * math.cos(a) + py * math.sin(a) + cx
        ry = -px * math.sin(a) + py * math.cos(a) + cy
        fs = size / PT
        hw = stringWidth(text, "Helvetica", fs)
        tz = 100.0 * (width / PT) / hw if hw else 100.0
        out.append("/F1 %.2f Tf %.2f Tz 1 0 0 1 %.2f %.2f Tm %s Tj" %
                   (fs, tz, rx / PT, (A4_H - ry) / PT, pdf_str(text)))
    out.append("ET")
    return "\n".join(out).encode("latin-1")


def write_pdf(pages, out):
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = []
    n = 4
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for img, content in pages:
        page_id, img_id, cont_id = n, n + 1, n + 2
        n += 3
        kids.append(page_id)
        raw = img.tobytes()
        data = zlib.compress(raw, 9)
        objs[img_id] = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace "
                        b"/DeviceGray /BitsPerComponent 1 /Decode [0 1] /Filter /FlateDecode "
                        b"/Length %d >>\nstream\n" % (img.width, img.height, len(data)) + data +
                        b"\nendstream")
        cdata = zlib.compress(content, 9)
        objs[cont_id] = (b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(cdata) + cdata +
                         b"\nendstream")
        objs[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.2756 841.8898] "
                         b"/Resources << /ProcSet [/PDF /Text /ImageB] /XObject << /Im0 %d 0 R >> "
                         b"/Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (img_id, cont_id))
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info_id = n
    objs[info_id] = (b"<< /Title (SKM_C30825031410420) /Creator (KONICA MINOLTA bizhub C308) "
                     b"/Producer (KONICA MINOLTA bizhub C308) /CreationDate "
                     b"(D:20250314104220+05'30') /ModDate (D:20250314104220+05'30') >>")
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(buf)
        buf += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (info_id + 1)
    for k in range(1, info_id + 1):
        buf += b"%010d 00000 n \n" % offsets[k]
    fid = b"8c3f1a5e0b7d4e62a9f1c0d35e7b2a48"
    buf += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (info_id + 1, info_id, fid, fid, xref))
    with open(out, "wb") as f:
        f.write(bytes(buf))


def build(out=OUT):
    blocks, heads = parse()
    lay = Layout(blocks, heads)
    lay.run()
    rnd = random.Random(26765)
    pages = []
    for sheet in lay.sheets:
        img = scan(sheet, rnd)
        pages.append((img, content_stream(sheet)))
    write_pdf(pages, out)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
