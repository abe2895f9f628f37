#!/usr/bin/python3
"""Re-make docs/harappan-cities-ncert-chapter.pdf from tools/harappan-cities-ncert-chapter.txt.

The chapter is laid out as an NCERT-style textbook page would come out of InDesign through the
Adobe PDF Library: single justified column, outer margin for "Let's recall" notes, running heads
with the book name on even pages and the chapter title on odd pages, "Reprint 2025-26" at the foot,
'Box' panels, vector figures with captions, exercises and a glossary. Fonts are non-embedded
TrueType (Times New Roman, Arial) with WinAnsiEncoding; their /Widths are the metric-compatible
Liberation widths written out below. Content streams are Flate-compressed; everything is fixed,
so the output is byte for byte the same on every run.
Usage: /usr/bin/python3 tools/make_pdf.py [OUT.pdf]
"""
import hashlib
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SLUG = "harappan-cities-ncert-chapter"

# Advance widths (1/1000 em) for WinAnsi codes 32..255.
TR = [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 778,
    500, 0, 333, 500, 444, 1000, 500, 500, 333, 1000, 556, 333, 889, 0, 611, 0,
    0, 333, 333, 444, 444, 350, 500, 1000, 333, 980, 389, 333, 722, 0, 444, 722,
    250, 333, 500, 500, 500, 500, 200, 500, 333, 760, 276, 500, 564, 333, 760, 500,
    400, 549, 300, 300, 333, 576, 453, 333, 333, 300, 310, 500, 750, 750, 750, 444,
    722, 722, 722, 722, 722, 722, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333,
    722, 722, 722, 722, 722, 722, 722, 564, 722, 722, 722, 722, 722, 722, 556, 500,
    444, 444, 444, 444, 444, 444, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278,
    500, 500, 500, 500, 500, 500, 500, 549, 500, 500, 500, 500, 500, 500, 500, 500,
]
TB = [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
    930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
    611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
    333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
    556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, 778,
    500, 0, 333, 500, 500, 1000, 500, 500, 333, 1000, 556, 333, 1000, 0, 667, 0,
    0, 333, 333, 500, 500, 350, 500, 1000, 333, 1000, 389, 333, 722, 0, 444, 722,
    250, 333, 500, 500, 500, 500, 220, 500, 333, 747, 300, 500, 570, 333, 747, 500,
    400, 549, 300, 300, 333, 576, 540, 333, 333, 300, 330, 500, 750, 750, 750, 500,
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 389, 389, 389, 389,
    722, 722, 778, 778, 778, 778, 778, 570, 778, 722, 722, 722, 722, 722, 611, 556,
    500, 500, 500, 500, 500, 500, 722, 444, 444, 444, 444, 444, 278, 278, 278, 278,
    500, 556, 500, 500, 500, 500, 500, 549, 500, 556, 556, 556, 556, 500, 556, 500,
]
TI = [
    250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 675, 675, 675, 500,
    920, 611, 611, 667, 722, 611, 611, 722, 722, 333, 444, 667, 556, 833, 667, 722,
    611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389, 278, 389, 422, 500,
    333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500,
    500, 500, 389, 389, 278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541, 778,
    500, 0, 333, 500, 556, 889, 500, 500, 333, 1000, 500, 333, 944, 0, 556, 0,
    0, 333, 333, 556, 556, 350, 500, 889, 333, 980, 389, 333, 667, 0, 389, 556,
    250, 389, 500, 500, 500, 500, 275, 500, 333, 760, 276, 500, 675, 333, 760, 500,
    400, 549, 300, 300, 333, 576, 523, 250, 333, 300, 310, 500, 750, 750, 750, 500,
    611, 611, 611, 611, 611, 611, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333,
    722, 667, 722, 722, 722, 722, 722, 675, 722, 722, 722, 722, 722, 556, 611, 500,
    500, 500, 500, 500, 500, 500, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278,
    500, 500, 500, 500, 500, 500, 500, 549, 500, 500, 500, 500, 500, 444, 500, 444,
]
AR = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 750,
    556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 552,
    400, 549, 333, 333, 333, 576, 537, 333, 333, 333, 365, 556, 834, 834, 834, 611,
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556, 556, 556, 500, 556, 500,
]
AB = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 750,
    556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 552,
    400, 549, 333, 333, 333, 576, 556, 333, 333, 333, 365, 556, 834, 834, 834, 611,
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
    611, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611, 611, 611, 556, 611, 556,
]
AI = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 750,
    556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 552,
    400, 549, 333, 333, 333, 576, 537, 333, 333, 333, 365, 556, 834, 834, 834, 611,
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556, 556, 556, 500, 556, 500,
]

FONTS = {  # resource name: (width table, BaseFont, kind)
    "TT0": (TR, "TimesNewRomanPSMT", "serif"),
    "TT1": (TB, "TimesNewRomanPS-BoldMT", "serifbold"),
    "TT2": (TI, "TimesNewRomanPS-ItalicMT", "serifitalic"),
    "TT3": (AB, "Arial-BoldMT", "sansbold"),
    "TT4": (AR, "ArialMT", "sans"),
    "TT5": (AI, "Arial-ItalicMT", "sansitalic"),
}
KERN = {("T", "o"): 80, ("T", "a"): 80, ("T", "e"): 70, ("W", "a"): 80, ("W", "e"): 80,
        ("W", "o"): 80, ("Y", "o"): 100, ("A", "v"): 74, ("A", "w"): 92, ("y", "."): 65,
        ("r", ","): 40, ("r", "."): 55, ("V", "a"): 111}
KERNED = {"TT0", "TT2"}

PW, PH = 575.433, 773.858          # 20.3 cm x 27.3 cm trim
COLW = 356.0
TOP, BOTTOM = 708.0, 56.0


def enc(s):
    return s.encode("cp1252")


def width(font, text, size):
    tab = FONTS[font][0]
    w = 0
    prev = None
    for ch in text:
        w += tab[enc(ch)[0] - 32]
        if font in KERNED and prev and (prev, ch) in KERN:
            w -= KERN[(prev, ch)]
        prev = ch
    return w * size / 1000.0


def pstr(b):
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def tj(font, text):
    """A TJ array for text in font, with pair kerning as the PDF Library writes it."""
    parts, cur, prev = [], "", None
    for ch in text:
        if font in KERNED and prev and (prev, ch) in KERN:
            parts.append(pstr(enc(cur)))
            parts.append(str(KERN[(prev, ch)]).encode())
            cur = ""
        cur += ch
        prev = ch
    parts.append(pstr(enc(cur)))
    return b"[" + b"".join(parts) + b"]TJ"


def num(v):
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


class Page:
    def __init__(self, no):
        self.no = no
        self.ops = []        # body drawing, in order
        self.margin = []     # margin notes, drawn last
        self.margin_y = TOP + 4

    @property
    def odd(self):
        return self.no % 2 == 1

    @property
    def x0(self):
        return 62.0 if self.odd else 157.0

    @property
    def mx(self):
        return 438.0 if self.odd else 22.0


def words_of(text, font, bold, italic):
    """Split marked-up text (*italic*, **bold**) into words, each a list of (font, chars)."""
    words, segs, cur = [], [], ""
    state = {"b": False, "i": False}

    def fnt():
        if font == "serif":
            if state["b"]:
                return "TT1"
            return "TT2" if state["i"] else "TT0"
        if state["b"]:
            return "TT3"
        return "TT5" if state["i"] else "TT4"

    if bold:
        state["b"] = True
    if italic:
        state["i"] = True
    i = 0
    while i < len(text):
        if text.startswith("**", i):
            if cur:
                segs.append((fnt(), cur))
                cur = ""
            state["b"] = not state["b"]
            i += 2
            continue
        if text[i] == "*":
            if cur:
                segs.append((fnt(), cur))
                cur = ""
            state["i"] = not state["i"]
            i += 1
            continue
        if text[i] == " ":
            if cur:
                segs.append((fnt(), cur))
                cur = ""
            if segs:
                words.append(segs)
            segs = []
            i += 1
            continue
        cur += text[i]
        i += 1
    if cur:
        segs.append((fnt(), cur))
    if segs:
        words.append(segs)
    return words


def word_w(word, size):
    return sum(width(f, t, size) for f, t in word)


def clean(word):
    return [(f, t.replace("~", "")) for f, t in word]


def split_soft(word):
    """Options for breaking a word at a '~' mark: (head with hyphen, tail)."""
    out = []
    for si, (f, t) in enumerate(word):
        for m in re.finditer("~", t):
            head = clean(word[:si]) + [(f, t[:m.start()].replace("~", "") + "-")]
            tail = [(f, t[m.end():].replace("~", ""))] + clean(word[si + 1:])
            out.append((head, tail))
    return out


def break_lines(words, size, first_w, rest_w):
    lines, cur, curw = [], [], 0.0
    space = lambda w: width(w[-1][0], " ", size)
    words = list(words)
    while words:
        w = words.pop(0)
        avail = first_w if not lines else rest_w
        ww = word_w(clean(w), size)
        add = ww if not cur else space(cur[-1]) + ww
        if curw + add <= avail + 0.01 or not cur:
            cur.append(clean(w))
            curw += add
            continue
        done = False
        for head, tail in reversed(split_soft(w)):
            hw = space(cur[-1]) + word_w(head, size)
            if curw + hw <= avail + 0.01:
                cur.append(head)
                lines.append(cur)
                cur, curw = [], 0.0
                words.insert(0, tail)
                done = True
                break
        if done:
            continue
        lines.append(cur)
        cur, curw = [clean(w)], ww
    if cur:
        lines.append(cur)
    return lines


def line_ops(line, x, y, size, avail, justify):
    """Text-showing operators for one line (inside BT/ET)."""
    segs = []
    for wi, word in enumerate(line):
        for si, (f, t) in enumerate(word):
            if wi > 0 and si == 0:
                if segs and segs[-1][0] == f:
                    segs[-1][1] += " "
                else:
                    segs.append([f, " "])
            if segs and segs[-1][0] == f:
                segs[-1][1] += t
            else:
                segs.append([f, t])
    natural = sum(width(f, t, size) for f, t in segs)
    nsp = sum(t.count(" ") for f, t in segs)
    tw = (avail - natural) / nsp / size if justify and nsp else 0.0
    out = [("%s 0 0 %s %s %s Tm" % (num(size), num(size), num(x), num(y))).encode(),
           ("%s Tw" % num(tw)).encode()]
    for f, t in segs:
        out.append(("/%s 1 Tf" % f).encode())
        out.append(tj(f, t))
    return out


class Layout:
    def __init__(self, meta):
        self.meta = meta
        self.pages = []
        self.new_page()

    def new_page(self):
        no = int(self.meta["firstpage"]) + len(self.pages)
        self.page = Page(no)
        self.pages.append(self.page)
        self.y = TOP

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    def text_block(self, lines_spec):
        """lines_spec: list of (line, x, size, avail, justify); draws one BT..ET block."""
        ops = [b"BT"]
        for line, x, size, lead, avail, justify in lines_spec:
            if self.y - lead < BOTTOM:
                ops.append(b"ET")
                self.page.ops.extend(ops)
                self.new_page()
                ops = [b"BT"]
            self.y -= lead
            ops.extend(line_ops(line, x, self.y, size, avail, justify))
        ops.append(b"ET")
        self.page.ops.extend(ops)

    def paragraph(self, text, font="serif", size=10.5, lead=13.6, indent=0.0, hang=0.0,
                  bold=False, italic=False, justify=True, space_after=5.0, x_off=0.0, w=COLW):
        words = words_of(text, font, bold, italic)
        lines = break_lines(words, size, w - indent, w - hang)
        spec = []
        for i, ln in enumerate(lines):
            off = indent if i == 0 else hang
            spec.append((ln, None, size, lead, w - off, justify and i < len(lines) - 1))
        ops_lines = []
        for i, (ln, _, sz, ld, av, js) in enumerate(spec):
            off = indent if i == 0 else hang
            ops_lines.append((ln, off, sz, ld, av, js))
        # resolve x per page at draw time
        block = [b"BT"]
        for ln, off, sz, ld, av, js in ops_lines:
            if self.y - ld < BOTTOM:
                block.append(b"ET")
                self.page.ops.extend(block)
                self.new_page()
                block = [b"BT"]
            self.y -= ld
            block.extend(line_ops(ln, self.page.x0 + x_off + off, self.y, sz, av, js))
        block.append(b"ET")
        self.page.ops.extend(block)
        self.y -= space_after

    def heading(self, text, size=12.5, before=9.0, after=4.0):
        self.need(before + size * 1.3 + 3 * 13.6)
        self.y -= before
        self.paragraph(text, font="sans", size=size, lead=size * 1.25, bold=True, justify=False,
                       space_after=after)

    def recall(self, text):
        p = self.page
        y = min(self.y + 10, p.margin_y)
        words = words_of(text, "sans", False, True)
        lines = break_lines(words, 8.5, 118, 118)
        h = 11 + 10.5 * len(lines) + 14
        if y - h < BOTTOM:
            y = BOTTOM + h
        ops = [b"BT", b"0.0 0.318 0.584 rg"]
        y -= 10
        ops.extend(line_ops(words_of("Let\u2019s recall", "sans", True, False), p.mx, y, 8.5, 118,
                            False))
        ops.append(b"0 0 0 rg")
        for ln in lines:
            y -= 10.5
            ops.extend(line_ops(ln, p.mx, y, 8.5, 118, False))
        ops.append(b"ET")
        rule = ("0.0 0.318 0.584 RG 0.6 w %s %s m %s %s l S" %
                (num(p.mx), num(y - 5), num(p.mx + 40), num(y - 5))).encode()
        p.margin.extend(ops + [rule])
        p.margin_y = y - 14

    def box(self, title, label, body):
        inner = COLW - 22
        items = []
        for para in body:
            m = re.match(r"\((\w)\) (.*)", para)
            if m:
                lines = break_lines(words_of(m.group(2), "sans", False, False), 9.5, inner - 16,
                                    inner - 16)
                items.append((("(%s)" % m.group(1)), lines))
            else:
                items.append((None, break_lines(words_of(para, "sans", False, False), 9.5,
                                                inner, inner)))
        h = 10 + 14 + sum(12.5 * len(l) + 3 for _, l in items) + 8
        self.need(h + 10)
        p = self.page
        self.y -= 6
        top = self.y
        ops = [b"q", b"0.878 0.933 0.969 rg", b"0.0 0.318 0.584 RG 0.75 w",
               ("%s %s %s %s re B" % (num(p.x0), num(top - h), num(COLW), num(h))).encode(), b"Q"]
        y = top - 10
        ops.append(b"BT")
        y -= 11
        head = words_of("**%s**  %s" % (title, label), "sans", False, False)
        ops.extend(line_ops(head, p.x0 + 11, y, 10, inner, False))
        y -= 3
        for lab, lines in items:
            for i, ln in enumerate(lines):
                y -= 12.5
                if lab and i == 0:
                    ops.extend(line_ops([[("TT4", lab)]], p.x0 + 11, y, 9.5, 16, False))
                x = p.x0 + 11 + (16 if lab else 0)
                ops.extend(line_ops(ln, x, y, 9.5, inner - (16 if lab else 0), i < len(lines) - 1))
            y -= 3
        ops.append(b"ET")
        p.ops.extend(ops)
        self.y = top - h - 8

    def figure(self, name, h, caption):
        self.need(h + 30)
        p = self.page
        self.y -= 4
        top = self.y
        ops = [b"q", b"0.965 0.957 0.925 rg",
               ("%s %s %s %s re f" % (num(p.x0), num(top - h), num(COLW), num(h))).encode(), b"Q"]
        ops.extend(DRAW[name](p.x0, top - h, COLW, h))
        p.ops.extend(ops)
        self.y = top - h - 2
        self.paragraph(caption, font="serif", size=9.5, lead=12, italic=True, justify=False,
                       space_after=8)

    def opener(self, no, title, sub):
        p = self.page
        x = p.x0
        ops = [b"q", b"0.0 0.318 0.584 rg",
               ("%s %s %s %s re f" % (num(x), num(700), num(46), num(46))).encode(), b"Q",
               b"BT", b"1 1 1 rg"]
        ops.extend(line_ops([[("TT3", no)]], x + 11, 710, 34, 46, False))
        ops.append(b"0.0 0.318 0.584 rg")
        ops.extend(line_ops([[("TT3", "CHAPTER")]], x + 56, 735, 9, 120, False))
        ops.append(b"0 0 0 rg")
        ops.extend(line_ops(words_of(title, "sans", True, False), x, 668, 20, COLW, False))
        ops.extend(line_ops(words_of(sub, "serif", False, True), x, 646, 13, COLW, False))
        ops.append(b"ET")
        ops.append(("0.0 0.318 0.584 RG 1.5 w %s 634 m %s 634 l S" % (num(x), num(x + COLW))).encode())
        p.ops.extend(ops)
        self.y = 622

    def glossary(self, term, text):
        self.paragraph("**%s** %s" % (term, text), size=10, lead=13, hang=10, space_after=3)


def label(x, y, text, size=6.8, font="TT4"):
    return [b"BT", ("%s 0 0 %s %s %s Tm" % (num(size), num(size), num(x), num(y))).encode(),
            ("/%s 1 Tf" % font).encode(), tj(font, text), b"ET"]


def draw_sitemap(x, y, w, h):
    ops = [b"q", b"0.45 0.45 0.45 RG 0.6 w"]
    coast = [(0.05, 0.62), (0.12, 0.55), (0.22, 0.50), (0.30, 0.44), (0.36, 0.36), (0.42, 0.30),
             (0.47, 0.22), (0.52, 0.14), (0.56, 0.05)]
    pts = " ".join("%s %s %s" % (num(x + a * w), num(y + b * h), "m" if i == 0 else "l")
                   for i, (a, b) in enumerate(coast))
    ops.append((pts + " S").encode())
    sites = [("Harappa", 0.40, 0.86), ("Mohenjodaro", 0.22, 0.66), ("Ganweriwala", 0.32, 0.78),
             ("Rakhigarhi", 0.56, 0.80), ("Kalibangan", 0.47, 0.76), ("Banawali", 0.54, 0.86),
             ("Dholavira", 0.30, 0.50), ("Lothal", 0.42, 0.38), ("Sutkagendor", 0.06, 0.70),
             ("Alamgirpur", 0.66, 0.74), ("Manda", 0.50, 0.94), ("Daimabad", 0.58, 0.16)]
    ops.append(b"0.62 0.16 0.12 rg")
    for name, a, b in sites:
        ops.append(("%s %s 2.6 2.6 re f" % (num(x + a * w - 1.3), num(y + b * h - 1.3))).encode())
    ops.append(b"0 0 0 rg")
    for name, a, b in sites:
        ops.extend(label(x + a * w + 3.5, y + b * h - 2.2, name))
    ops.extend(label(x + 0.10 * w, y + 0.22 * h, "ARABIAN SEA", 7.5, "TT5"))
    ops.extend(label(x + 0.88 * w, y + 0.88 * h, "N", 9, "TT3"))
    ops.append(("%s %s m %s %s l S" % (num(x + 0.885 * w + 3), num(y + 0.70 * h),
                                       num(x + 0.885 * w + 3), num(y + 0.85 * h))).encode())
    ops.extend(label(x + 0.70 * w, y + 0.05 * h, "Map not to scale", 6.5, "TT5"))
    ops.append(b"Q")
    return ops


def draw_lowertown(x, y, w, h):
    ops = [b"q", b"0.35 0.35 0.35 RG 0.5 w", b"0.86 0.80 0.70 rg"]
    for col in range(6):
        for row in range(3):
            bx = x + 20 + col * 55 + (22 if col >= 3 else 0)
            by = y + 12 + row * 34
            if col >= 3:
                bx -= 22
            ops.append(("%s %s 44 26 re B" % (num(bx), num(by))).encode())
    ops.append(b"0.2 0.45 0.7 RG 1.2 w")
    ops.append(("%s %s m %s %s l S" % (num(x + 8), num(y + h / 2 + 8), num(x + w - 8),
                                       num(y + h / 2 + 8))).encode())
    ops.append(b"0 0 0 rg")
    ops.extend(label(x + w - 64, y + h / 2 + 11, "Main street"))
    ops.extend(label(x + 70, y + h - 12, "Lane"))
    ops.extend(label(x + w - 40, y + 4, "Drain"))
    ops.extend(label(x + 130, y + h - 12, "Well"))
    ops.append(b"Q")
    return ops


def draw_dholavira(x, y, w, h):
    ops = [b"q", b"0.3 0.3 0.3 RG 0.8 w"]
    ops.append(("%s %s %s %s re S" % (num(x + 30), num(y + 14), num(w - 60), num(h - 30))).encode())
    ops.append(b"0.80 0.72 0.60 rg")
    ops.append(("%s %s 72 24 re B" % (num(x + w / 2 - 80), num(y + h - 42))).encode())
    ops.append(("%s %s 56 24 re B" % (num(x + w / 2 - 4), num(y + h - 42))).encode())
    ops.append(b"0.92 0.90 0.80 rg")
    ops.append(("%s %s %s 11 re B" % (num(x + 50), num(y + h - 58), num(w - 100))).encode())
    ops.append(("%s %s 130 20 re B" % (num(x + w / 2 - 65), num(y + 44))).encode())
    ops.append(("%s %s %s 22 re B" % (num(x + 40), num(y + 18), num(w - 80))).encode())
    ops.append(b"0.55 0.75 0.90 rg")
    ops.append(("%s %s 16 44 re f" % (num(x + w - 50), num(y + 30))).encode())
    ops.append(("%s %s 14 26 re f" % (num(x + 36), num(y + 60))).encode())
    ops.append(b"0 0 0 rg")
    ops.extend(label(x + w / 2 - 70, y + h - 33, "Castle"))
    ops.extend(label(x + w / 2 + 6, y + h - 33, "Bailey"))
    ops.extend(label(x + w / 2 - 14, y + h - 55, "Ground"))
    ops.extend(label(x + w / 2 - 20, y + 51, "Middle Town"))
    ops.extend(label(x + w / 2 - 18, y + 26, "Lower Town"))
    ops.extend(label(x + w - 84, y + 78, "Reservoir"))
    ops.extend(label(x + w / 2 - 12, y + h - 12, "Mansar", 7, "TT5"))
    ops.extend(label(x + w / 2 - 12, y + 4, "Manhar", 7, "TT5"))
    ops.append(b"Q")
    return ops


DRAW = {"sitemap": draw_sitemap, "lowertown": draw_lowertown, "dholavira": draw_dholavira}


def parse(src):
    meta, blocks = {}, []
    lines = src.split("\n")
    i = 0
    para = []

    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    while i < len(lines):
        ln = lines[i].rstrip()
        if ln.startswith("@"):
            k, v = ln[1:].split(" ", 1)
            meta[k] = v
        elif not ln:
            flush()
        elif ln.startswith("[opener "):
            flush()
            blocks.append(("opener",) + tuple(s.strip() for s in ln[8:-1].split("|")))
        elif ln.startswith("[fig "):
            flush()
            name, h = [s.strip() for s in ln[5:-1].split("|")]
            i += 1
            blocks.append(("fig", name, float(h), lines[i].strip()))
        elif ln.startswith("[recall] "):
            flush()
            blocks.append(("recall", ln[9:]))
        elif ln.startswith("[box "):
            flush()
            title, lab = [s.strip() for s in ln[5:-1].split("|")]
            body = []
            i += 1
            while lines[i] != "[/box]":
                body.append(lines[i])
                i += 1
            blocks.append(("box", title, lab, body))
        elif ln.startswith("## ") or ln.startswith("### "):
            flush()
            blocks.append(("h", ln.split(" ", 1)[1]))
        elif re.match(r"\d+\. ", ln):
            flush()
            blocks.append(("item", ln))
        elif ln.startswith("**") and ":**" in ln:
            flush()
            m = re.match(r"\*\*(.+?)\*\* (.*)", ln)
            blocks.append(("gloss", m.group(1), m.group(2)))
        else:
            para.append(ln)
        i += 1
    flush()
    return meta, blocks


def lay_out(meta, blocks):
    L = Layout(meta)
    for b in blocks:
        kind = b[0]
        if kind == "opener":
            L.opener(*b[1:])
        elif kind == "p":
            L.paragraph(b[1])
        elif kind == "h":
            L.heading(b[1])
        elif kind == "recall":
            L.recall(b[1])
        elif kind == "box":
            L.box(*b[1:])
        elif kind == "fig":
            L.figure(*b[1:])
        elif kind == "item":
            no, text = b[1].split(" ", 1)
            L.need(14)
            pg = L.page
            pg.ops.extend([b"BT"] + line_ops([[("TT0", no)]], pg.x0, L.y - 13.6, 10.5, 16,
                                             False) + [b"ET"])
            L.paragraph(text, indent=16, hang=16, space_after=3)
        elif kind == "gloss":
            L.glossary(b[1], b[2])
    return L.pages


def furniture(page, meta):
    ops = [b"BT", b"0.35 0.35 0.35 rg"]
    if page.no != int(meta["firstpage"]):
        if page.odd:
            head = meta["running"]
            hw = width("TT3", head, 8)
            ops.extend(line_ops([[("TT3", head)]], PW - 62 - hw, 742, 8, hw, False))
            ops.extend(line_ops([[("TT3", str(page.no))]], PW - 44, 742, 9, 20, False))
        else:
            ops.extend(line_ops([[("TT3", str(page.no))]], 36, 742, 9, 20, False))
            ops.extend(line_ops([[("TT3", meta["book"])]], 62, 742, 8, 200, False))
    fw = width("TT4", meta["footer"], 7)
    ops.extend(line_ops([[("TT4", meta["footer"])]], (PW - fw) / 2, 24, 7, fw, False))
    ops.append(b"0 0 0 rg")
    ops.append(b"ET")
    rule_x = (62, PW - 36) if page.odd else (36, PW - 62)
    if page.no != int(meta["firstpage"]):
        ops.append(("0.6 0.6 0.6 RG 0.4 w %s 736 m %s 736 l S" % (num(rule_x[0]), num(rule_x[1])))
                   .encode())
    return ops


XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 7.1-c000 79.eda2b3fac, 2021/11/17-17:23:19        ">
   <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description rdf:about=""
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
            xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#"
            xmlns:stRef="http://ns.adobe.com/xap/1.0/sType/ResourceRef#"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
         <xmp:CreateDate>2025-02-14T10:35:12+05:30</xmp:CreateDate>
         <xmp:MetadataDate>2025-02-14T10:35:47+05:30</xmp:MetadataDate>
         <xmp:ModifyDate>2025-02-14T10:35:47+05:30</xmp:ModifyDate>
         <xmp:CreatorTool>Adobe InDesign 17.4 (Windows)</xmp:CreatorTool>
         <dc:format>application/pdf</dc:format>
         <dc:title>
            <rdf:Alt>
               <rdf:li xml:lang="x-default">{title}</rdf:li>
            </rdf:Alt>
         </dc:title>
         <xmpMM:InstanceID>uuid:5b0f3c2e-9a41-4e2d-8c1d-7f3b2a6e91c4</xmpMM:InstanceID>
         <xmpMM:OriginalDocumentID>xmp.did:8d2a6f1c-3b7e-e446-a2f9-41c0d7e5b813</xmpMM:OriginalDocumentID>
         <xmpMM:DocumentID>xmp.id:c41e07a9-5d32-b24f-9e16-0a8b3f2d6c57</xmpMM:DocumentID>
         <xmpMM:RenditionClass>proof:pdf</xmpMM:RenditionClass>
         <xmpMM:DerivedFrom rdf:parseType="Resource">
            <stRef:instanceID>xmp.iid:7e93b1d4-0c6a-2f4b-b8e5-d21a9f0c3e77</stRef:instanceID>
            <stRef:documentID>xmp.did:8d2a6f1c-3b7e-e446-a2f9-41c0d7e5b813</stRef:documentID>
            <stRef:originalDocumentID>xmp.did:8d2a6f1c-3b7e-e446-a2f9-41c0d7e5b813</stRef:originalDocumentID>
            <stRef:renditionClass>default</stRef:renditionClass>
         </xmpMM:DerivedFrom>
         <xmpMM:History>
            <rdf:Seq>
               <rdf:li rdf:parseType="Resource">
                  <stEvt:action>converted</stEvt:action>
                  <stEvt:parameters>from application/x-indesign to application/pdf</stEvt:parameters>
                  <stEvt:softwareAgent>Adobe InDesign 17.4 (Windows)</stEvt:softwareAgent>
                  <stEvt:changed>/</stEvt:changed>
                  <stEvt:when>2025-02-14T10:35:12+05:30</stEvt:when>
               </rdf:li>
            </rdf:Seq>
         </xmpMM:History>
         <pdf:Producer>Adobe PDF Library 16.0.7</pdf:Producer>
         <pdf:Trapped>False</pdf:Trapped>
      </rdf:Description>
   </rdf:RDF>
</x:xmpmeta>
""" + "\n".join([" " * 100] * 20) + """
<?xpacket end="w"?>"""

DESCRIPTORS = {
    "serif": "/Flags 34/FontBBox[-568 -216 2046 891]/ItalicAngle 0/Ascent 891/Descent -216"
             "/CapHeight 662/StemV 82/XHeight 448",
    "serifbold": "/Flags 262178/FontBBox[-558 -216 2000 891]/ItalicAngle 0/Ascent 891"
                 "/Descent -216/CapHeight 662/StemV 136/XHeight 457",
    "serifitalic": "/Flags 98/FontBBox[-498 -216 1333 891]/ItalicAngle -16.333/Ascent 891"
                   "/Descent -216/CapHeight 662/StemV 76/XHeight 441",
    "sansbold": "/Flags 262176/FontBBox[-628 -210 2000 728]/ItalicAngle 0/Ascent 905"
                "/Descent -212/CapHeight 716/StemV 138/XHeight 519",
    "sans": "/Flags 32/FontBBox[-665 -210 2000 728]/ItalicAngle 0/Ascent 905/Descent -212"
            "/CapHeight 716/StemV 88/XHeight 519",
    "sansitalic": "/Flags 96/FontBBox[-517 -212 1359 728]/ItalicAngle -12/Ascent 905"
                  "/Descent -212/CapHeight 716/StemV 88/XHeight 519",
}


def build(src):
    meta, blocks = parse(src)
    pages = lay_out(meta, blocks)
    objs = {}

    def put(n, body, stream=None):
        objs[n] = (body, stream)

    nfonts = len(FONTS)
    # 1 catalog, 2 pages tree, 3 metadata, 4 info; fonts from 5; then pages
    fn = {}
    k = 5
    for name, (tab, base, kind) in FONTS.items():
        fn[name] = k
        wid = " ".join(str(v) for v in tab)
        put(k, ("<</BaseFont/%s/Encoding/WinAnsiEncoding/FirstChar 32/FontDescriptor %d 0 R"
                "/LastChar 255/Subtype/TrueType/Type/Font/Widths[%s]>>" % (base, k + 1, wid)).encode())
        put(k + 1, ("<</FontName/%s/Type/FontDescriptor%s>>" % (base, DESCRIPTORS[kind])).encode())
        k += 2
    res_font = "".join("/%s %d 0 R" % (n, fn[n]) for n in FONTS)
    kids = []
    for pg in pages:
        pno, cno = k, k + 1
        k += 2
        kids.append(pno)
        content = b"\n".join(furniture(pg, meta) + pg.ops + pg.margin) + b"\n"
        data = zlib.compress(content, 9)
        put(cno, ("<</Filter/FlateDecode/Length %d>>" % len(data)).encode(), data)
        box = "[0.0 0.0 %s %s]" % (num(PW), num(PH))
        put(pno, ("<</ArtBox%s/BleedBox%s/Contents %d 0 R/CropBox%s/MediaBox%s/Parent 2 0 R"
                  "/Resources<</ExtGState<</GS0 %d 0 R>>/Font<<%s>>/ProcSet[/PDF/Text]>>"
                  "/Rotate 0/TrimBox%s/Type/Page>>" % (box, box, cno, box, box, k, res_font, box)
                  ).encode())
    gs = k
    put(gs, b"<</AIS false/BM/Normal/CA 1.0/OP false/OPM 1/SA true/SMask/None/Type/ExtGState/ca 1.0/op false>>")
    put(1, b"<</Metadata 3 0 R/PageLabels<</Nums[0<</S/D/St %d>>]>>/Pages 2 0 R/Type/Catalog>>"
        % int(meta["firstpage"]))
    put(2, ("<</Count %d/Kids[%s]/Type/Pages>>" % (len(kids), " ".join("%d 0 R" % n for n in kids))
            ).encode())
    xmp = XMP.replace("{title}", meta["title"]).encode("utf-8")
    put(3, ("<</Length %d/Subtype/XML/Type/Metadata>>" % len(xmp)).encode(), xmp)
    put(4, ("<</CreationDate(D:20250214103512+05'30')/Creator(Adobe InDesign 17.4 \\(Windows\\))"
            "/ModDate(D:20250214103547+05'30')/Producer(Adobe PDF Library 16.0.7)/Title(%s)"
            "/Trapped/False>>" % meta["title"]).encode())
    out = bytearray(b"%PDF-1.4\r%\xe2\xe3\xcf\xd3\r\n")
    offsets = {}
    for n in sorted(objs):
        body, stream = objs[n]
        offsets[n] = len(out)
        out += b"%d 0 obj\r" % n + body
        if stream is not None:
            out += b"stream\r\n" + stream + b"\r\nendstream"
        out += b"\rendobj\r"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\r\n0 %d\r\n0000000000 65535 f\r\n" % size
    for n in range(1, size):
        out += b"%010d 00000 n\r\n" % offsets[n]
    fid = hashlib.md5(bytes(out[:2000])).hexdigest().upper()
    out += (b"trailer\r\n<</Size %d/Root 1 0 R/Info 4 0 R/ID[<%s><%s>]>>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n"
            % (size, fid.encode(), fid.encode(), xref))
    return bytes(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs", SLUG + ".pdf")
    src = open(os.path.join(HERE, SLUG + ".txt"), encoding="utf-8").read()
    data = build(src)
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
