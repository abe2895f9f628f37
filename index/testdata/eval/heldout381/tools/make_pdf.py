#!/usr/bin/python3
"""Re-make docs/tribal-revolts-textbook-chapter.pdf from tools/tribal-revolts-textbook-chapter.txt.

The PDF is shaped the way Adobe InDesign 19.4 (Windows) exports a textbook chapter with the
"[High Quality Print]" preset through the Adobe PDF Library 17.0: PDF 1.4, a classic cross
reference table, CMYK colour operators, Flate-compressed content streams, simple Type 1 (CFF)
fonts named MinionPro-* and MyriadPro-* with WinAnsi-based encodings, f_i / f_l ligature codes
and ToUnicode CMaps, an XMP packet, page labels that start at the book's page 49, PieceInfo
with InDesign document ids, and every line set with text matrices and TJ arrays (kerning and
justification as numbers inside the arrays).

Standard library only, deterministic.  Usage: make_pdf.py [output path]
"""
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "tribal-revolts-textbook-chapter.txt")
OUT = os.path.join(HERE, "..", "docs", "tribal-revolts-textbook-chapter.pdf")

# ---------------------------------------------------------------- fonts and metrics
SERIF = {" ": 250, "!": 333, '"': 408, "#": 500, "$": 500, "%": 833, "&": 778, "'": 180, "(": 333,
         ")": 333, "*": 500, "+": 564, ",": 250, "-": 333, ".": 250, "/": 278, ":": 278, ";": 278,
         "?": 444, "@": 921, "_": 500, "[": 333, "]": 333,
         "A": 722, "B": 667, "C": 667, "D": 722, "E": 611, "F": 556, "G": 722, "H": 722, "I": 333,
         "J": 389, "K": 722, "L": 611, "M": 889, "N": 722, "O": 722, "P": 556, "Q": 722, "R": 667,
         "S": 556, "T": 611, "U": 722, "V": 722, "W": 944, "X": 722, "Y": 722, "Z": 611,
         "a": 444, "b": 500, "c": 444, "d": 500, "e": 444, "f": 333, "g": 500, "h": 500, "i": 278,
         "j": 278, "k": 500, "l": 278, "m": 778, "n": 500, "o": 500, "p": 500, "q": 500, "r": 333,
         "s": 389, "t": 278, "u": 500, "v": 500, "w": 722, "x": 500, "y": 500, "z": 444,
         "\u2018": 333, "\u2019": 333, "\u201c": 444, "\u201d": 444, "\u2013": 500, "\u2014": 1000,
         "\u2022": 350, "\x01": 556, "\x02": 556}
SANS = {" ": 278, "!": 278, '"': 355, "#": 556, "$": 556, "%": 889, "&": 667, "'": 191, "(": 333,
        ")": 333, "*": 389, "+": 584, ",": 278, "-": 333, ".": 278, "/": 278, ":": 278, ";": 278,
        "?": 556, "@": 1015, "_": 556, "[": 278, "]": 278,
        "A": 667, "B": 667, "C": 722, "D": 722, "E": 667, "F": 611, "G": 778, "H": 722, "I": 278,
        "J": 500, "K": 667, "L": 556, "M": 833, "N": 722, "O": 778, "P": 667, "Q": 778, "R": 722,
        "S": 667, "T": 611, "U": 722, "V": 667, "W": 944, "X": 667, "Y": 667, "Z": 611,
        "a": 556, "b": 556, "c": 500, "d": 556, "e": 556, "f": 278, "g": 556, "h": 556, "i": 222,
        "j": 222, "k": 500, "l": 222, "m": 833, "n": 556, "o": 556, "p": 556, "q": 556, "r": 333,
        "s": 500, "t": 278, "u": 556, "v": 500, "w": 722, "x": 500, "y": 500, "z": 500,
        "\u2018": 222, "\u2019": 222, "\u201c": 333, "\u201d": 333, "\u2013": 556, "\u2014": 1000,
        "\u2022": 350, "\x01": 500, "\x02": 500}
for d in (SERIF, SANS):
    for c in "0123456789":
        d[c] = 500 if d is SERIF else 556

# resource name, base font, family metrics, scale, ligatures, descriptor values
FONTS = [
    ("T1_0", "MinionPro-Regular", SERIF, 0.98, True, dict(Flags=34, ItalicAngle=0, StemV=80, FontWeight=400, Family="Minion Pro")),
    ("T1_1", "MinionPro-It", SERIF, 0.95, True, dict(Flags=98, ItalicAngle=-12, StemV=76, FontWeight=400, Family="Minion Pro")),
    ("T1_2", "MinionPro-Bold", SERIF, 1.03, True, dict(Flags=262178, ItalicAngle=0, StemV=136, FontWeight=700, Family="Minion Pro")),
    ("T1_3", "MyriadPro-Regular", SANS, 0.90, False, dict(Flags=32, ItalicAngle=0, StemV=88, FontWeight=400, Family="Myriad Pro")),
    ("T1_4", "MyriadPro-Bold", SANS, 0.95, False, dict(Flags=262176, ItalicAngle=0, StemV=152, FontWeight=700, Family="Myriad Pro")),
    ("T1_5", "MyriadPro-It", SANS, 0.87, False, dict(Flags=96, ItalicAngle=-11, StemV=84, FontWeight=400, Family="Myriad Pro")),
]
FONT_BY = {f[0]: f for f in FONTS}
KERN = {("T", "o"): -80, ("T", "a"): -80, ("T", "e"): -70, ("T", "h"): -10, ("A", "v"): -55,
        ("W", "e"): -60, ("W", "a"): -60, ("W", "h"): -10, ("Y", "o"): -80, ("P", "."): -90,
        ("r", "."): -40, ("y", "."): -50, ("v", "e"): -15, ("w", "a"): -10, ("F", "o"): -40,
        ("L", "T"): -90, ("V", "a"): -70, ("r", ","): -40, ("y", ","): -50, ("‘", "O"): -20}

WINANSI = {"\u2018": 0x91, "\u2019": 0x92, "\u201c": 0x93, "\u201d": 0x94, "\u2022": 0x95,
           "\u2013": 0x96, "\u2014": 0x97, "\x01": 0x01, "\x02": 0x02}


def cw(font, ch):
    _, _, table, scale, _, _ = FONT_BY[font]
    return round(table.get(ch, 500) * scale)


def code(ch):
    if ch in WINANSI:
        return WINANSI[ch]
    o = ord(ch)
    if 32 <= o < 127:
        return o
    raise ValueError("no WinAnsi code for %r" % ch)


def ligate(font, s):
    if FONT_BY[font][4]:
        s = s.replace("fi", "\x01").replace("fl", "\x02")
    return s


# ---------------------------------------------------------------- source
def parse_runs(text, base, italic, bold):
    """Split *italic* and **bold** marks into (font, text) runs."""
    runs, pos = [], 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\*(.+?)\*", text):
        if m.start() > pos:
            runs.append((base, text[pos:m.start()]))
        if m.group(1) is not None:
            runs.append((bold, m.group(1)))
        else:
            runs.append((italic, m.group(2)))
        pos = m.end()
    if pos < len(text):
        runs.append((base, text[pos:]))
    return [(f, ligate(f, t)) for f, t in runs if t]


def read_source():
    meta, blocks, box = {}, [], None
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line.strip():
            continue
        if line.startswith("="):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
            continue
        m = re.match(r"\[(/?[a-z0-9-]+)\] ?(.*)$", line)
        tag, rest = m.group(1), m.group(2)
        if tag in ("source", "imagine", "elsewhere"):
            box = {"type": tag, "head": rest.split("|"), "items": []}
        elif tag.startswith("/"):
            blocks.append(box)
            box = None
        elif box is not None:
            box["items"].append((tag, rest))
        else:
            blocks.append({"type": tag, "text": rest})
    return meta, blocks


# ---------------------------------------------------------------- typesetting
def words_of(runs):
    """A list of words; each word is a list of (font, text) pieces; spaces take the font before."""
    words, cur = [], []
    for font, text in runs:
        parts = text.split(" ")
        for i, part in enumerate(parts):
            if i > 0:
                words.append((cur, font))
                cur = []
            if part:
                cur.append((font, part))
    words.append((cur, runs[-1][0]))
    return [(w, f) for w, f in words if w]


def piece_width(font, text, size):
    w, prev = 0, None
    for ch in text:
        w += cw(font, ch)
        if prev is not None:
            w += KERN.get((prev, ch), 0)
        prev = ch
    return w * size / 1000.0


def word_width(word, size):
    return sum(piece_width(f, t, size) for f, t in word)


def hyphen_split(word, room, size):
    """Try to break a one-piece lowercase word so its head (with a hyphen) fits in room."""
    if len(word) != 1:
        return None
    font, text = word[0]
    plain = text.replace("\x01", "fi").replace("\x02", "fl")
    if not re.fullmatch(r"[a-z]{9,}[,.;:]?", plain):
        return None
    best = None
    vowels = "aeiou"
    for i in range(4, len(text) - 4):
        if text[i - 1] in vowels and text[i] not in vowels and text[i + 1] in vowels + "y":
            head = text[:i] + "-"
            if piece_width(font, head, size) <= room:
                best = i
    if best is None:
        return None
    return [(font, text[:best] + "-")], [(font, text[best:])]


def set_lines(runs, width, size, first_indent=0.0, hyphenate=True):
    words = words_of(runs)
    lines, cur, curw = [], [], 0.0
    i = 0
    while i < len(words):
        word, sfont = words[i]
        ww = word_width(word, size)
        sw = cw(sfont, " ") * size / 1000.0
        avail = width - (first_indent if not lines else 0.0)
        add = ww + (sw if cur else 0.0)
        if not cur or curw + add <= avail:
            cur.append((word, sfont))
            curw += add
            i += 1
            continue
        room = avail - curw - sw
        split = hyphen_split(word, room, size) if hyphenate and room > 25 else None
        if split:
            cur.append((split[0], sfont))
            words[i] = (split[1], sfont)
        lines.append(cur)
        cur, curw = [], 0.0
    if cur:
        lines.append(cur)
    return lines


def esc(bs):
    out = []
    for b in bs:
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(chr(b))
    return "".join(out)


def num(v):
    s = "%.3f" % v
    s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


class Used:
    def __init__(self):
        self.codes = {f[0]: set() for f in FONTS}


USED = Used()


def line_ops(line, size, width, justify, cur_font):
    """TJ operators for one line; returns (ops, font in force at the end)."""
    natural = 0.0
    nspaces = 0
    for j, (word, sfont) in enumerate(line):
        natural += word_width(word, size)
        if j:
            natural += cw(line[j - 1][1], " ") * size / 1000.0
            nspaces += 1
    extra = (width - natural) / nspaces if justify and nspaces else 0.0
    adj = -extra * 1000.0 / size
    # flatten to (font, char, after-number)
    seq = []
    for j, (word, sfont) in enumerate(line):
        if j:
            seq.append([line[j - 1][1], " ", adj if justify else 0.0])
        for font, text in word:
            for ch in text:
                if seq and seq[-1][0] == font and seq[-1][1] != " ":
                    k = KERN.get((seq[-1][1], ch), 0)
                    if k:
                        seq[-1][2] += -k
                seq.append([font, ch, 0.0])
    ops, k = [], 0
    while k < len(seq):
        font = seq[k][0]
        group = []
        while k < len(seq) and seq[k][0] == font:
            group.append(seq[k])
            k += 1
        if font != cur_font:
            ops.append("/%s 1 Tf" % font)
            cur_font = font
        parts, buf = [], []
        for f, ch, after in group:
            c = code(ch)
            USED.codes[f].add(c)
            buf.append(c)
            if abs(after) > 0.05:
                parts.append("(%s)" % esc(bytes(buf)))
                parts.append(num(after))
                buf = []
        if buf:
            parts.append("(%s)" % esc(bytes(buf)))
        if len(parts) == 1:
            ops.append("%sTj" % parts[0])
        else:
            ops.append("[%s]TJ" % "".join(parts))
    return ops, cur_font


# ---------------------------------------------------------------- page geometry
PW, PH = 575.433, 779.528
TOP, BOTTOM = 718.0, 86.0
BODY = ("T1_0", "T1_1", "T1_2", 10.5, 14.5)
CMYK_TEXT = "0 0 0 1 k"
CMYK_HEAD = "0 0.86 1 0.12 k"
CMYK_BLUE = "1 0.55 0 0.1 k"


def columns(pageno):
    if pageno % 2:      # recto: margin column on the right
        return (56.693, 391.181), (409.0, 533.0)
    return (184.252, 518.74), (42.433, 166.433)


class Page:
    def __init__(self, number):
        self.number = number
        self.graphics = []      # boxes and rules, drawn first
        self.texts = []         # one entry per frame: list of ops inside BT/ET
        self.margin = []
        self.margin_y = TOP + 12
        self.image = None
        self.items = 0


class Layout:
    def __init__(self, meta):
        self.meta = meta
        self.pages = []
        self.new_page()

    def new_page(self):
        n = int(self.meta["firstpage"]) + len(self.pages)
        self.page = Page(n)
        self.pages.append(self.page)
        self.y = TOP
        self.frame = None
        self.last_top = TOP
        waiting, self.pending = getattr(self, "pending", []), []
        for text in waiting:
            self.margin_note(text)

    @property
    def main(self):
        return columns(self.page.number)[0]

    def frame_ops(self):
        if self.frame is None:
            self.frame = {"ops": [], "font": None, "size": None, "x": None, "y": None, "color": None}
            self.page.texts.append(self.frame)
        return self.frame

    def close_frame(self):
        self.frame = None

    def put_line(self, line, x, y, size, width, justify, color=CMYK_TEXT, frame=None):
        fr = frame or self.frame_ops()
        if fr["color"] != color:
            fr["ops"].append(color)
            fr["color"] = color
        if fr["size"] == size and fr["x"] is not None:
            fr["ops"].append("%s %s TD" % (num((x - fr["x"]) / size), num((y - fr["y"]) / size)))
        else:
            fr["ops"].append("%s 0 0 %s %s %s Tm" % (num(size), num(size), num(x), num(y)))
        fr["size"], fr["x"], fr["y"] = size, x, y
        ops, fr["font"] = line_ops(line, size, width, justify, fr["font"])
        fr["ops"].extend(ops)

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()
            return True
        return False

    # -- blocks
    def opener(self):
        x0, x1 = self.main
        fr = self.frame_ops()
        self.page.graphics.append("%s\n%s %s %s %s re\nf" % (CMYK_HEAD, num(x0), num(TOP - 34), num(46), num(46)))
        fr["ops"].append("0 0 0 0 k")
        fr["color"] = "0 0 0 0 k"
        self.put_line([([("T1_4", self.meta["number"])], "T1_4")], x0 + 12, TOP - 22, 30, 40, False, "0 0 0 0 k")
        title = parse_runs(self.meta["title"], "T1_4", "T1_4", "T1_4")
        lines = set_lines(title, x1 - x0 - 60, 22, hyphenate=False)
        y = TOP - 10
        for ln in lines:
            self.put_line(ln, x0 + 60, y - 12, 22, x1 - x0 - 60, False, CMYK_HEAD)
            y -= 26
        self.close_frame()
        self.y = TOP - 72
        self.page.graphics.append("%s\n0.75 w\n%s %s m\n%s %s l\nS" % (CMYK_HEAD.replace(" k", " K"), num(x0), num(self.y + 8), num(x1), num(self.y + 8)))
        self.y -= 6

    def para(self, text, font=BODY, indent=0.0, hang=None, space_before=0.0):
        base, it, bold, size, lead = font
        runs = parse_runs(text, base, it, bold)
        x0, x1 = self.main
        lines = set_lines(runs, x1 - x0 - indent, size)
        self.y -= space_before
        top = self.y
        page0 = self.page
        for k, ln in enumerate(lines):
            remaining = len(lines) - k
            if self.y - lead < BOTTOM or (k == 0 and self.y - 2 * lead < BOTTOM and remaining > 1):
                self.new_page()
                x0, x1 = self.main
                if k == 0:
                    top = self.y
                    page0 = self.page
            self.y -= lead
            self.put_line(ln, x0 + indent, self.y, size, x1 - x0 - indent, k < len(lines) - 1)
        self.last_top = top if self.page is page0 else TOP
        self.y -= 4.5

    def item(self, text, bullet=True):
        x0, x1 = self.main
        if self.y - 2 * BODY[4] < BOTTOM:
            self.new_page()
            x0, x1 = self.main
        top = self.y
        self.page.graphics.append("%s\n%s %s %s %s re\nf" % (CMYK_HEAD, num(x0 + 3), num(self.y - BODY[4] + 2.2), "3.6", "3.6"))
        self.para(text, indent=12)
        self.last_top = top

    def heading(self, text, level):
        size, lead, sb = (14.5, 18, 12) if level == 1 else (11.5, 15, 6)
        font = "T1_4"
        if self.y - sb - lead - 3 * BODY[4] - 8 < BOTTOM:
            self.new_page()
            sb = 0
        self.y -= sb
        x0, x1 = self.main
        runs = parse_runs(text, font, font, font)
        for ln in set_lines(runs, x1 - x0, size, hyphenate=False):
            self.y -= lead
            self.put_line(ln, x0, self.y, size, x1 - x0, False, CMYK_HEAD if level == 1 else CMYK_BLUE)
        self.last_top = self.y + lead
        self.y -= 3

    def margin_note(self, text):
        mx0, mx1 = columns(self.page.number)[1]
        size, lead = 8.5, 11.2
        runs = parse_runs(text, "T1_5", "T1_5", "T1_4")
        lines = set_lines(runs, mx1 - mx0 - 4, size, hyphenate=False)
        h = len(lines) * lead + 10
        y = min(self.last_top, self.page.margin_y)
        if y - h < BOTTOM:
            y = BOTTOM + h
        if y > self.page.margin_y:
            self.pending.append(text)
            return
        self.page.graphics.append("%s\n0.5 w\n%s %s m\n%s %s l\nS" % (CMYK_HEAD.replace(" k", " K"), num(mx0), num(y), num(mx0 + 30), num(y)))
        fr = {"ops": [], "font": None, "size": None, "x": None, "y": None, "color": None}
        yy = y - 3
        for ln in lines:
            yy -= lead
            self.put_line(ln, mx0, yy, size, mx1 - mx0 - 4, False, CMYK_TEXT, frame=fr)
        self.page.margin.append(fr)
        self.page.margin_y = yy - 14

    def box(self, blk):
        x0, x1 = self.main
        kind = blk["type"]
        pad = 9.0
        inner = x1 - x0 - 2 * pad
        rows = []   # (lines, size, lead, color)
        if kind == "source":
            label, title = blk["head"]
            rows.append((set_lines(parse_runs(label + "  " + title, "T1_4", "T1_4", "T1_4"), inner, 10), 10, 13.5, CMYK_HEAD))
            fill = "0 0.03 0.16 0"
        elif kind == "imagine":
            rows.append((set_lines(parse_runs(blk["head"][0], "T1_4", "T1_4", "T1_4"), inner, 11.5), 11.5, 15, CMYK_BLUE))
            fill = "0.08 0 0.02 0"
        else:
            label, title = blk["head"]
            rows.append((set_lines(parse_runs(label, "T1_4", "T1_4", "T1_4"), inner, 11.5), 11.5, 15, CMYK_BLUE))
            rows.append((set_lines(parse_runs(title, "T1_4", "T1_4", "T1_4"), inner, 10), 10, 13.5, CMYK_TEXT))
            fill = "0.04 0.04 0 0"
        for tag, text in blk["items"]:
            if kind == "source" and tag == "sp":
                rows.append((set_lines(parse_runs(text, "T1_3", "T1_5", "T1_4"), inner, 9.5), 9.5, 13, CMYK_TEXT))
            elif tag == "attr":
                rows.append((set_lines(parse_runs(text, "T1_5", "T1_3", "T1_4"), inner, 8.5, hyphenate=False), 8.5, 12, CMYK_TEXT))
            elif kind == "imagine":
                rows.append((set_lines(parse_runs(text, "T1_1", "T1_0", "T1_2"), inner, 10.5), 10.5, 14.2, CMYK_TEXT))
            else:
                rows.append((set_lines(parse_runs(text, "T1_3", "T1_5", "T1_4"), inner, 9.5), 9.5, 13, CMYK_TEXT))
        h = sum(len(r[0]) * r[2] for r in rows) + 2 * pad + 4
        self.y -= 6
        if self.y - h < BOTTOM:
            self.new_page()
            x0, x1 = self.main
        top = self.y
        stroke = "" if kind == "source" else "\n%s\n0.6 w\n%s %s %s %s re\nS" % (CMYK_BLUE.replace(" k", " K"), num(x0), num(top - h), num(x1 - x0), num(h))
        self.page.graphics.append("%s k\n%s %s %s %s re\nf%s" % (fill, num(x0), num(top - h), num(x1 - x0), num(h), stroke))
        self.close_frame()
        y = top - pad
        for lines, size, lead, color in rows:
            for k, ln in enumerate(lines):
                y -= lead
                last = k == len(lines) - 1
                self.put_line(ln, x0 + pad, y, size, inner, not last and size >= 9.5, color)
        self.close_frame()
        self.last_top = top
        self.y = top - h - 8

    def figure(self, caption):
        x0, x1 = self.main
        w, h = 150.0, 200.0
        size, lead = 8.5, 11.2
        lines = set_lines(parse_runs(caption, "T1_5", "T1_3", "T1_4"), 160, size, hyphenate=False)
        total = h + 8 + len(lines) * lead + 6
        if self.y - total < BOTTOM:
            self.new_page()
            x0, x1 = self.main
        # the picture sits in the margin side of the main column, text runs beside it? keep simple: own band
        self.close_frame()
        left = x0 + (x1 - x0 - w) / 2.0
        self.page.image = (left, self.y - h - 4, w, h)
        y = self.y - h - 10
        fr = self.frame_ops()
        for ln in lines:
            y -= lead
            self.put_line(ln, x0 + (x1 - x0 - 160) / 2.0, y, size, 160, False, CMYK_TEXT)
        self.close_frame()
        self.last_top = self.y
        self.y = y - 10

    def exercise_head(self, text):
        self.close_frame()
        x0, x1 = self.main
        if self.y - 60 < BOTTOM:
            self.new_page()
            x0, x1 = self.main
        self.y -= 10
        self.page.graphics.append("%s\n%s %s %s %s re\nf" % (CMYK_HEAD, num(x0), num(self.y - 20), num(x1 - x0), "20"))
        self.put_line(set_lines(parse_runs(text, "T1_4", "T1_4", "T1_4"), x1 - x0, 12.5)[0], x0 + 8, self.y - 14.5, 12.5, x1 - x0, False, "0 0 0 0 k")
        self.y -= 28
        self.close_frame()


def build(meta, blocks):
    lay = Layout(meta)
    lay.opener()
    for blk in blocks:
        t = blk["type"]
        if t == "p":
            lay.para(blk["text"])
        elif t == "li":
            lay.item(blk["text"])
        elif t == "h1":
            lay.heading(blk["text"], 1)
        elif t == "h2":
            lay.heading(blk["text"], 2)
        elif t == "margin":
            lay.margin_note(blk["text"])
        elif t in ("source", "imagine", "elsewhere"):
            lay.box(blk)
        elif t == "figure":
            lay.figure(blk["text"])
        elif t == "exh":
            lay.exercise_head(blk["text"])
        elif t == "exs":
            lay.heading(blk["text"], 2)
        elif t == "ex":
            lay.para(blk["text"], indent=0)
        else:
            raise ValueError(t)
    return lay.pages


# ---------------------------------------------------------------- picture
def picture():
    """A grey-scale photograph-like picture of a statue on a pedestal (deterministic)."""
    W, H = 150, 200
    rows = []
    for y in range(H):
        row = bytearray()
        for x in range(W):
            v = 200 - y * 0.35 + ((x * 7 + y * 13) % 11) - 5          # sky with grain
            if y > 150:                                                  # ground
                v = 120 + ((x * 3 + y * 5) % 9)
            if 58 <= x <= 92 and 118 <= y <= 175:                        # pedestal
                v = 150 - (x - 58) * 0.8 + ((x + y) % 5)
            cx = 75
            if (x - cx) ** 2 + (y - 34) ** 2 <= 64:                      # head
                v = 55 + (x - cx)
            if 38 <= y <= 118 and abs(x - cx) <= 9 + (y - 38) * 0.08:  # body and dhoti
                v = 48 + abs(x - cx) * 2
            if 44 <= y <= 52 and 84 <= x <= 108 - (y - 44):             # raised arm
                v = 52
            if 20 <= y <= 110 and 106 <= x <= 109 + (y > 60):            # bow
                v = 40
            row.append(max(0, min(255, int(v))))
        rows.append(bytes(row))
    return W, H, b"".join(rows)


# ---------------------------------------------------------------- PDF writing
DOC_ID = "xmp.did:6f3c2a91-8d4e-2b47-9a11-0c5e7d3f4b28"
INST_ID = "uuid:4b1f7c2e-93a5-4d08-b6e1-2f8a0c9d5e73"
DOC_UUID = "xmp.id:a81d3e50-7c2f-1f4b-8e96-3b0d4c7a2e15"
CREATED = "2025-03-12T15:42:10+05:30"
MODIFIED = "2025-03-12T15:42:33+05:30"


def pdfdate(iso):
    d = iso.replace("-", "").replace("T", "").replace(":", "")
    return "D:%s+05'30'" % d[:14]


def xmp(title):
    body = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 9.1-c001 79.a8d4753, 2023/03/23-08:56:37        ">
   <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description rdf:about=""
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
            xmlns:stRef="http://ns.adobe.com/xap/1.0/sType/ResourceRef#"
            xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
         <xmp:CreateDate>%(c)s</xmp:CreateDate>
         <xmp:MetadataDate>%(m)s</xmp:MetadataDate>
         <xmp:ModifyDate>%(m)s</xmp:ModifyDate>
         <xmp:CreatorTool>Adobe InDesign 19.4 (Windows)</xmp:CreatorTool>
         <xmpMM:InstanceID>%(inst)s</xmpMM:InstanceID>
         <xmpMM:OriginalDocumentID>%(did)s</xmpMM:OriginalDocumentID>
         <xmpMM:DocumentID>%(uid)s</xmpMM:DocumentID>
         <xmpMM:RenditionClass>proof:pdf</xmpMM:RenditionClass>
         <xmpMM:DerivedFrom rdf:parseType="Resource">
            <stRef:instanceID>xmp.iid:5c0e8a43-1d9b-6a4f-b27e-e94f1a6d0c37</stRef:instanceID>
            <stRef:documentID>%(uid)s</stRef:documentID>
            <stRef:originalDocumentID>%(did)s</stRef:originalDocumentID>
            <stRef:renditionClass>default</stRef:renditionClass>
         </xmpMM:DerivedFrom>
         <xmpMM:History>
            <rdf:Seq>
               <rdf:li rdf:parseType="Resource">
                  <stEvt:action>converted</stEvt:action>
                  <stEvt:parameters>from application/x-indesign to application/pdf</stEvt:parameters>
                  <stEvt:softwareAgent>Adobe InDesign 19.4 (Windows)</stEvt:softwareAgent>
                  <stEvt:changed>/</stEvt:changed>
                  <stEvt:when>%(c)s</stEvt:when>
               </rdf:li>
            </rdf:Seq>
         </xmpMM:History>
         <dc:format>application/pdf</dc:format>
         <dc:title>
            <rdf:Alt>
               <rdf:li xml:lang="x-default">%(t)s</rdf:li>
            </rdf:Alt>
         </dc:title>
         <pdf:Producer>Adobe PDF Library 17.0</pdf:Producer>
         <pdf:Trapped>False</pdf:Trapped>
      </rdf:Description>
   </rdf:RDF>
</x:xmpmeta>
""" % dict(c=CREATED, m=MODIFIED, inst=INST_ID, did=DOC_ID, uid=DOC_UUID, t=title)
    pad = (" " * 99 + "\n") * 20
    return (body + pad + '<?xpacket end="w"?>').encode("utf-8")


def tounicode(codes, lig):
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", "<< /Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0", ">> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
             "<00> <FF>", "endcodespacerange"]
    rev = {v: k for k, v in WINANSI.items()}
    pairs = []
    for c in sorted(codes):
        ch = rev.get(c, chr(c))
        if ch == "\x01":
            u = "00660069"
        elif ch == "\x02":
            u = "0066006C"
        else:
            u = "%04X" % ord(ch)
        pairs.append("<%02X> <%s>" % (c, u))
    for i in range(0, len(pairs), 100):
        chunk = pairs[i:i + 100]
        lines.append("%d beginbfchar" % len(chunk))
        lines.extend(chunk)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines) + "\n").encode("ascii")


class Writer:
    def __init__(self):
        self.objs = {}
        self.next = 1

    def alloc(self):
        n = self.next
        self.next += 1
        return n

    def put(self, n, body, stream=None):
        self.objs[n] = (body, stream)

    def bytes(self, root, info, fid):
        out = bytearray(b"%PDF-1.4\r%\xe2\xe3\xcf\xd3\r\n")
        offsets = {}
        for n in sorted(self.objs):
            body, stream = self.objs[n]
            offsets[n] = len(out)
            out += ("%d 0 obj\r" % n).encode("latin-1")
            out += body.encode("latin-1")
            if stream is not None:
                out += b"stream\r\n" + stream + b"\r\nendstream"
            out += b"\rendobj\r"
        xref = len(out)
        size = max(self.objs) + 1
        out += ("xref\r\n0 %d\r\n" % size).encode("ascii")
        out += b"0000000000 65535 f\r\n"
        for n in range(1, size):
            out += ("%010d 00000 n\r\n" % offsets[n]).encode("ascii")
        out += ("trailer\r\n<</Size %d/Root %d 0 R/Info %d 0 R/ID[<%s><%s>]>>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n"
                % (size, root, info, fid, fid, xref)).encode("ascii")
        return bytes(out)


def hexstr(s):
    return "<" + s.encode("ascii").hex().upper() + ">"


def page_streams(pages, meta):
    streams = []
    for pg in pages:
        recto = pg.number % 2 == 1
        ops = ["/GS0 gs", "q"]
        for g in pg.graphics:
            ops.append(g)
        if pg.image:
            x, y, w, h = pg.image
            ops.append("q\n%s 0 0 %s %s %s cm\n/Im0 Do\nQ" % (num(w), num(h), num(x), num(y)))
            ops.append("0 0 0 0.5 K\n0.5 w\n%s %s %s %s re\nS" % (num(x), num(y), num(w), num(h)))
        for fr in pg.texts + pg.margin:
            if fr["ops"]:
                ops.append("BT\n0 Tc\n0 Tw\n100 Tz\n" + "\n".join(fr["ops"]) + "\nET")
        # running foot
        main = columns(pg.number)[0]
        foot = meta["foot"] if recto else meta["book"]
        size = 8
        runs = parse_runs(foot.upper(), "T1_3", "T1_3", "T1_4")
        fw = sum(piece_width(f, t, size) for f, t in runs)
        nruns = parse_runs(str(pg.number), "T1_4", "T1_4", "T1_4")
        nw = sum(piece_width(f, t, size + 2) for f, t in nruns)
        fr = {"ops": [], "font": None, "size": None, "x": None, "y": None, "color": None}
        lay = Layout.__new__(Layout)
        if recto:
            lay.put_line([(nruns, "T1_4")], main[1] - nw, 44, size + 2, nw, False, CMYK_HEAD, frame=fr)
            lay.put_line([(runs, "T1_3")], main[1] - nw - 14 - fw, 44, size, fw, False, CMYK_TEXT, frame=fr)
        else:
            lay.put_line([(nruns, "T1_4")], main[0], 44, size + 2, nw, False, CMYK_HEAD, frame=fr)
            lay.put_line([(runs, "T1_3")], main[0] + nw + 14, 44, size, fw, False, CMYK_TEXT, frame=fr)
        ops.append("%s\n0.5 w\n%s 56 m\n%s 56 l\nS" % (CMYK_HEAD.replace(" k", " K"), num(main[0]), num(main[1])))
        ops.append("BT\n" + "\n".join(fr["ops"]) + "\nET")
        # the reprint stamp along the outer edge
        stamp = parse_runs("Reprint 2025–26", "T1_3", "T1_3", "T1_3")
        ex = PW - 18 if recto else 24
        fr = {"ops": [], "font": None, "size": None, "x": None, "y": None, "color": None}
        lay.put_line([(stamp, "T1_3")], 0, 0, 7, 80, False, "0 0 0 0.45 k", frame=fr)
        tm = fr["ops"][1]
        fr["ops"][1] = "0 7 -7 0 %s 360 Tm" % num(ex)
        assert tm.endswith("Tm")
        ops.append("BT\n" + "\n".join(fr["ops"]) + "\nET")
        ops.append("Q")
        streams.append("\n".join(ops).encode("latin-1") + b"\n")
    return streams


def make(out_path):
    meta, blocks = read_source()
    pages = build(meta, blocks)
    streams = page_streams(pages, meta)
    w = Writer()
    catalog, meta_obj, labels, pages_obj = w.alloc(), w.alloc(), w.alloc(), w.alloc()
    page_ids = [w.alloc() for _ in pages]
    content_ids = [w.alloc() for _ in pages]
    gs = w.alloc()
    img = w.alloc()
    font_ids = {}
    for f in FONTS:
        font_ids[f[0]] = (w.alloc(), w.alloc(), w.alloc(), w.alloc())   # font, descriptor, tounicode, encoding
    info = w.alloc()
    title = meta["file"]
    w.put(catalog, "<</Metadata %d 0 R/PageLabels %d 0 R/Pages %d 0 R/Type/Catalog>>" % (meta_obj, labels, pages_obj))
    x = xmp(title)
    w.put(meta_obj, "<</Length %d/Subtype/XML/Type/Metadata>>" % len(x), x)
    w.put(labels, "<</Nums[0 <</S/D/St %s>>]>>" % meta["firstpage"])
    w.put(pages_obj, "<</Count %d/Kids[%s]/Type/Pages>>" % (len(pages), " ".join("%d 0 R" % p for p in page_ids)))
    box = "[0.0 0.0 %s %s]" % (num(PW), num(PH))
    fonts_res = "".join("/%s %d 0 R" % (f[0], font_ids[f[0]][0]) for f in FONTS)
    last = pdfdate(MODIFIED)
    for i, pg in enumerate(pages):
        xo = "/XObject<</Im0 %d 0 R>>" % img if pg.image else ""
        proc = "/ProcSet[/PDF/Text/ImageB]" if pg.image else "/ProcSet[/PDF/Text]"
        piece = ("/PieceInfo<</InDesign<</DocumentID %s/LastModified %s/NumberOfPageItemsInPage %d"
                 "/NumberofPages 1/OriginalDocumentID %s/PageUIDList<</0 %d>>/PageWidthList<</0 %s>>>>>>"
                 % (hexstr(DOC_UUID), hexstr(last), 6 + len(pg.texts) + len(pg.margin), hexstr(DOC_ID),
                    2871 + 37 * i, num(PW)))
        w.put(page_ids[i], "<</ArtBox%s/BleedBox%s/Contents %d 0 R/CropBox%s/LastModified(%s)/MediaBox%s/Parent %d 0 R%s"
              "/Resources<</ExtGState<</GS0 %d 0 R>>/Font<<%s>>%s%s>>/Rotate 0/TrimBox%s/Type/Page>>"
              % (box, box, content_ids[i], box, last, box, pages_obj, piece, gs, fonts_res, proc, xo, box))
        data = zlib.compress(streams[i], 9)
        w.put(content_ids[i], "<</Filter/FlateDecode/Length %d>>" % len(data), data)
    w.put(gs, "<</AIS false/BM/Normal/CA 1.0/OP false/OPM 1/SA true/SMask/None/Type/ExtGState/ca 1.0/op false>>")
    iw, ih, pix = picture()
    data = zlib.compress(pix, 9)
    w.put(img, "<</BitsPerComponent 8/ColorSpace/DeviceGray/Filter/FlateDecode/Height %d/Length %d/Subtype/Image/Type/XObject/Width %d>>"
          % (ih, len(data), iw), data)
    for f in FONTS:
        res, base, table, scale, lig, d = f
        fid, desc, tu, enc = font_ids[res]
        codes = USED.codes[res] or {32}
        first, lastc = min(codes), max(codes)
        rev = {v: k for k, v in WINANSI.items()}
        widths = []
        for c in range(first, lastc + 1):
            widths.append(str(cw(res, rev.get(c, chr(c)))) if c in codes else "0")
        w.put(fid, "<</BaseFont/%s/Encoding %d 0 R/FirstChar %d/FontDescriptor %d 0 R/LastChar %d/Subtype/Type1/ToUnicode %d 0 R/Type/Font/Widths[%s]>>"
              % (base, enc, first, desc, lastc, tu, " ".join(widths)))
        bbox = "[-290 -360 1684 989]" if table is SERIF else "[-157 -250 1126 952]"
        w.put(desc, "<</Ascent %d/CapHeight %d/Descent %d/Flags %d/FontBBox%s/FontFamily(%s)/FontName/%s/FontStretch/Normal/FontWeight %d/ItalicAngle %d/StemV %d/Type/FontDescriptor/XHeight %d>>"
              % (727 if table is SERIF else 750, 650 if table is SERIF else 674, -273 if table is SERIF else -250,
                 d["Flags"], bbox, d["Family"], base, d["FontWeight"], d["ItalicAngle"], d["StemV"],
                 438 if table is SERIF else 484))
        cm = tounicode(codes, lig)
        data = zlib.compress(cm, 9)
        w.put(tu, "<</Filter/FlateDecode/Length %d>>" % len(data), data)
        diffs = "/Differences[1/f_i/f_l]" if lig else ""
        w.put(enc, "<</BaseEncoding/WinAnsiEncoding%s/Type/Encoding>>" % diffs)
    w.put(info, "<</CreationDate(%s)/Creator(Adobe InDesign 19.4 \\(Windows\\))/ModDate(%s)/Producer(Adobe PDF Library 17.0)/Title(%s)/Trapped/False>>"
          % (pdfdate(CREATED), pdfdate(MODIFIED), title))
    fid = "3A1F0C9E5B7D42E8A61C0F4D9B2E7A53"
    with open(out_path, "wb") as fh:
        fh.write(w.bytes(catalog, info, fid))
    return len(pages)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    n = make(out)
    print("%s: %d pages" % (out, n))
