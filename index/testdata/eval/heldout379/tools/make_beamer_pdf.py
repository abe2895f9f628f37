#!/usr/bin/python3
"""Re-make docs/enso-iod-monsoon-lecture-slides.pdf from tools/enso-iod-monsoon-lecture-slides.txt.

The PDF is shaped as pdfTeX 1.40.25 (TeX Live 2023) writes a LaTeX Beamer deck with the Warsaw
theme on 4:3 paper (128 mm x 96 mm), T1 Latin Modern Sans via lmodern, textcomp and hyperref:
PDF-1.5 with compressed object streams and a cross-reference stream, Flate-compressed page
content streams, Type 1 font subsets (six-letter tags) whose /Encoding is a /Differences array
naming the full T1 vector (the math symbol font keeps its built-in encoding), hyperref's
bookmarks, named destinations and link annotations, beamer's navigation symbols, and an info
dictionary with pdfTeX's PTEX.Fullbanner.  The subsets' charstrings are plain boxes with the
real advance widths (the Latin Modern outlines are not reproduced), so the pages render as
blocks of glyph boxes while every text-extraction path (encodings, widths, TJ spacing) is as
pdfTeX writes it.  Frames whose body overflows are set in \small, as a lecturer would do;
a frame that overflows even then stops the build (set BEAMER_DRAFT=1 to only warn).
Deterministic: fixed dates, no randomness.
Run: /usr/bin/python3 tools/make_beamer_pdf.py [output.pdf]
"""
import hashlib
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "enso-iod-monsoon-lecture-slides.txt")
OUT = os.path.join(HERE, "..", "docs", "enso-iod-monsoon-lecture-slides.pdf")

PW, PH = 362.835, 272.126          # 128 mm x 96 mm in bp
MARGIN = 28.346                    # 1 cm
TEXTW = PW - 2 * MARGIN
S_NORMAL, S_SMALL, S_TINY, S_SCRIPT, S_LARGE = 10.9091, 9.9626, 5.9776, 7.9701, 14.3462
HEAD_H, TITLE_H, FOOT_H = 10.959, 24.0, 9.963

# ---------------------------------------------------------------- encodings
T1 = ("grave acute circumflex tilde dieresis hungarumlaut ring caron breve macron dotaccent "
      "cedilla ogonek quotesinglbase guilsinglleft guilsinglright quotedblleft quotedblright "
      "quotedblbase guillemotleft guillemotright endash emdash cwm perthousandzero dotlessi "
      "dotlessj ff fi fl ffi ffl visiblespace exclam quotedbl numbersign dollar percent ampersand "
      "quoteright parenleft parenright asterisk plus comma hyphen period slash zero one two three "
      "four five six seven eight nine colon semicolon less equal greater question at A B C D E F "
      "G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum "
      "underscore quoteleft a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar "
      "braceright asciitilde hyphen.alt Abreve Aogonek Cacute Ccaron Dcaron Ecaron Eogonek Gbreve "
      "Lacute Lcaron Lslash Nacute Ncaron Eng Ohungarumlaut Racute Rcaron Sacute Scaron Scedilla "
      "Tcaron Tcommaaccent Uhungarumlaut Uring Ydieresis Zacute Zcaron Zdotaccent IJ Idotaccent "
      "dcroat section abreve aogonek cacute ccaron dcaron ecaron eogonek gbreve lacute lcaron "
      "lslash nacute ncaron eng ohungarumlaut racute rcaron sacute scaron scedilla tcaron "
      "tcommaaccent uhungarumlaut uring ydieresis zacute zcaron zdotaccent ij exclamdown "
      "questiondown sterling Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave "
      "Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis Eth Ntilde Ograve Oacute "
      "Ocircumflex Otilde Odieresis OE Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn "
      "SS agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex "
      "edieresis igrave iacute icircumflex idieresis eth ntilde ograve oacute ocircumflex otilde "
      "odieresis oe oslash ugrave uacute ucircumflex udieresis yacute thorn germandbls").split()
assert len(T1) == 256, len(T1)
TS1_DIFF = ("0/grave/acute/circumflex/tilde/dieresis/hungarumlaut/ring/caron/breve/macron/dotaccent"
            "/cedilla/ogonek 13/quotesinglbase 18/quotedblbase 21/twelveudash/threequartersemdash"
            " 23/capitalcompwordmark/arrowleft/arrowright/tieaccentlowercase/tieaccentcapital"
            "/tieaccentlowercase.new/tieaccentcapital.new 31/ascendercompwordmark/blank.visible"
            " 36/dollar 39/quotesingle 42/asterisk 44/comma/hyphen.alt/period 47/fraction"
            "/zero.oldstyle/one.oldstyle/two.oldstyle/three.oldstyle/four.oldstyle/five.oldstyle"
            "/six.oldstyle/seven.oldstyle/eight.oldstyle/nine.oldstyle 60/angleleft/minus/angleright"
            " 77/mho 79/circle 87/Omega 91/openbracketleft 93/openbracketright 95/arrowup/arrowdown"
            " 96/grave.cap 98/born 99/divorced 100/died 108/leaf 109/married 110/musicalnote"
            " 126/tildelow 127/hungarumlaut.cap 128/breve.cap/caron.cap/circumflex.cap/dagger"
            "/daggerdbl/dblverticalbar/perthousand/bullet/centigrade/dollaroldstyle/centoldstyle"
            "/florin/colonmonetary/won/naira/guarani/peso/lira/recipe/interrobang/interrobangdown"
            "/dong/trademark/pertenthousand/pilcrow/baht/numero/discount/estimated/openbullet"
            "/servicemark/quillbracketleft/quillbracketright 162/cent/sterling/currency/yen/brokenbar"
            "/section/dieresis/copyright/ordfeminine/copyleft/logicalnot/published/registered"
            "/macron/degree/plusminus/twosuperior/threesuperior/acute/mu/paragraph/periodcentered"
            "/referencemark/onesuperior/ordmasculine/radical/onequarter/onehalf/threequarters/Euro"
            " 214/multiply 246/divide")
SY_NAMES = {0: "minus", 1: "periodcentered", 6: "plusminus", 20: "lessequal", 21: "greaterequal",
            33: "arrowright"}

# glyph widths of Latin Modern Sans 10 (per 1000 em), as the .tfm gives them, rounded
W10 = dict(zip("abcdefghijklmnopqrstuvwxyz",
               [481, 517, 444, 517, 444, 306, 500, 517, 239, 267, 489, 239, 794, 517, 500, 517,
                517, 342, 383, 361, 517, 461, 683, 461, 461, 435]))
W10.update(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               [667, 667, 639, 722, 597, 569, 667, 708, 278, 472, 694, 542, 875, 708, 736, 639,
                736, 646, 556, 681, 688, 667, 944, 667, 667, 611]))
W10.update({c: 500 for c in "0123456789"})
W10.update({".": 278, ",": 278, ":": 278, ";": 278, "-": 333, "(": 389, ")": 389, "'": 278,
            "`": 278, "%": 833, "&": 667, "+": 778, "=": 778, "/": 500, "?": 472, "!": 319,
            "[": 289, "]": 289, "\x10": 500, "\x11": 500, "\x15": 500, "\x16": 1000,
            "\x1b": 583, "\x1c": 536, "\x1d": 536, "\x1e": 814, "\x1f": 814, "\xf1": 517})
KERNS = {("T", "a"): 83, ("T", "e"): 83, ("T", "o"): 83, ("T", "r"): 83, ("T", "h"): 0,
         ("T", "u"): 83, ("T", "y"): 83, ("T", "."): 83, ("T", ","): 83, ("A", "T"): 83,
         ("A", "V"): 83, ("A", "W"): 83, ("A", "Y"): 83, ("V", "a"): 83, ("V", "e"): 83,
         ("W", "a"): 83, ("W", "e"): 83, ("W", "o"): 83, ("P", "."): 83, ("P", ","): 83,
         ("F", "o"): 83, ("L", "T"): 83, ("L", "Y"): 83, ("k", "e"): 28, ("k", "o"): 28,
         ("o", "x"): -28, ("o", "w"): -28, ("o", "v"): -28, ("y", "."): 83, ("y", ","): 83,
         ("r", "."): 56, ("r", ","): 56, ("v", "."): 56, ("D", "A"): -28, ("O", "A"): -28}
KERNS = {k: v for k, v in KERNS.items() if v}

# fonts: key -> (resource, base name, design width factor, kind)
FONTS = {
    "r10": ("F15", "LMSans10-Regular", 1.0, "t1"),
    "r8": ("F16", "LMSans8-Regular", 1.063, "t1"),
    "r12": ("F17", "LMSans12-Regular", 0.972, "t1"),
    "b10": ("F20", "LMSans10-Bold", 1.094, "t1"),
    "sy": ("F27", "LMMathSymbols10-Regular", 1.0, "sy"),
    "ts": ("F30", "LMSans10-Regular", 1.0, "ts1"),
}
SY_W = {0: 778, 1: 278, 6: 778, 20: 778, 21: 778, 33: 1000}
TS_W = {176: 400}


def fmt(v):
    s = ("%.4f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def fmt3(v):
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ---------------------------------------------------------------- text -> glyph runs
LIGS = [("ffi", "\x1e"), ("ffl", "\x1f"), ("ff", "\x1b"), ("fi", "\x1c"), ("fl", "\x1d")]
T1MAP = {"\u2019": "'", "\u2018": "`", "\u201c": "\x10", "\u201d": "\x11", "\u2013": "\x15",
         "\u2014": "\x16", "\u00f1": "\xf1"}
SYMAP = {"\u2212": 0, "\u00b7": 1, "\u00b1": 6, "\u2264": 20, "\u2265": 21, "\u2192": 33}
USED = {}        # font key -> set of codes


def runs_of(text, fontkey):
    """Split text into (fontkey, codes) runs, applying T1 mapping and ligatures."""
    out = []
    buf = ""
    for ch in text:
        if ch in SYMAP:
            if buf:
                out.append((fontkey, buf))
                buf = ""
            out.append(("sy", chr(SYMAP[ch])))
        elif ch == "\u00b0":
            if buf:
                out.append((fontkey, buf))
                buf = ""
            out.append(("ts", chr(176)))
        else:
            buf += T1MAP.get(ch, ch)
    if buf:
        out.append((fontkey, buf))
    res = []
    for fk, s in out:
        if FONTS[fk][3] == "t1":
            for a, b in LIGS:
                s = s.replace(a, b)
        res.append((fk, s))
    return res


def cwidth(fk, code):
    kind = FONTS[fk][3]
    if kind == "sy":
        return SY_W[ord(code)]
    if kind == "ts1":
        return TS_W[ord(code)]
    if code not in W10:
        raise KeyError("no width for %r" % code)
    return round(W10[code] * FONTS[fk][2])


def run_width(fk, s, size):
    w = 0.0
    for i, c in enumerate(s):
        w += cwidth(fk, c)
        if i + 1 < len(s) and FONTS[fk][3] == "t1":
            w -= KERNS.get((c, s[i + 1]), 0)
    return w * size / 1000.0


def esc(s):
    out = []
    for c in s:
        o = ord(c)
        if c in "()\\":
            out.append("\\" + c)
        elif o < 32 or o > 126:
            out.append("\\%03o" % o)
        else:
            out.append(c)
    return "".join(out)


def tj_items(fk, s):
    """TJ array body for one run without spaces: strings split at kerns."""
    parts, cur = [], ""
    for i, c in enumerate(s):
        cur += c
        USED.setdefault(fk, set()).add(ord(c))
        if i + 1 < len(s) and FONTS[fk][3] == "t1":
            k = KERNS.get((c, s[i + 1]), 0)
            if k:
                parts.append("(%s)%d" % (esc(cur), k))
                cur = ""
    parts.append("(%s)" % esc(cur))
    return "".join(parts)


# ---------------------------------------------------------------- line layout
def words_of(text, base):
    """text with **bold** marks -> list of words; a word is a list of (fontkey, str) runs."""
    words = []
    bold = False
    for piece in re.split(r"(\*\*)", text):
        if piece == "**":
            bold = not bold
            continue
        fk = "b10" if bold else base
        for i, w in enumerate(piece.split(" ")):
            if w == "":
                if i > 0:
                    words.append(None)
                continue
            if i > 0 or not words or words[-1] is None:
                words.append(runs_of(w, fk))
            else:
                words[-1] = words[-1] + runs_of(w, fk)
    ws = []
    for w in words:
        if w is None:
            continue
        ws.append(w)
    return ws


def fixed_words(text, base):
    # words_of splits at spaces; a bold run glued to text keeps to the same word
    toks = re.split(r"(\s+)", text)
    words, cur, bold = [], [], False
    for tok in toks:
        if tok.strip() == "" and tok:
            if cur:
                words.append(cur)
            cur = []
            continue
        for piece in re.split(r"(\*\*)", tok):
            if piece == "**":
                bold = not bold
                continue
            if piece:
                cur += runs_of(piece, "b10" if bold else base)
    if cur:
        words.append(cur)
    return words


def word_width(word, size):
    return sum(run_width(fk, s, size) for fk, s in word)


def space_of(fk, size):
    return (333 if fk != "b10" else 367) * size / 1000.0


def break_lines(text, base, size, width):
    words = fixed_words(text, base)
    lines, cur, cw = [], [], 0.0
    for w in words:
        ww = word_width(w, size)
        sp = space_of(cur[-1][-1][0], size) if cur else 0.0
        if cur and cw + sp + ww > width:
            lines.append(cur)
            cur, cw = [w], ww
        else:
            cur.append(w)
            cw += sp + ww
    if cur:
        lines.append(cur)
    return lines


def line_width(line, size):
    w = 0.0
    for i, word in enumerate(line):
        if i:
            w += space_of(line[i - 1][-1][0], size)
        w += word_width(word, size)
    return w


class Text:
    """Accumulates pdfTeX-like text operators inside one BT ... ET."""

    def __init__(self):
        self.ops = []
        self.x = self.y = 0.0
        self.font = None
        self.color = None

    def color_(self, rgb):
        if rgb != self.color:
            c = " ".join(fmt3(v) for v in rgb)
            self.ops.append("%s rg %s RG" % (c, c))
            self.color = rgb

    def line(self, words, x, y, size, rgb=(0, 0, 0)):
        """Place a line of words; font changes restart the TJ with a relative Td."""
        self.color_(rgb)
        segs = []    # (fk, x, body)
        cx = x
        for i, word in enumerate(words):
            if i:
                cx += space_of(words[i - 1][-1][0], size)
            for fk, s in word:
                if segs and segs[-1][0] == fk and segs[-1][3] is not None:
                    gap = cx - segs[-1][3]
                    if abs(gap) < 0.01:
                        segs[-1][2].append(tj_items(fk, s))
                    else:
                        segs[-1][2].append("%d" % round(-gap * 1000.0 / size))
                        segs[-1][2].append(tj_items(fk, s))
                else:
                    segs.append([fk, cx, [tj_items(fk, s)], None])
                cx += run_width(fk, s, size)
                segs[-1][3] = cx
        for fk, sx, body, _ in segs:
            if self.font != (fk, size):
                self.ops.append("/%s %s Tf" % (FONTS[fk][0], fmt(size)))
                self.font = (fk, size)
            self.ops.append("%s %s Td[%s]TJ" % (fmt3(sx - self.x), fmt3(y - self.y),
                                               "".join(body)))
            self.x, self.y = sx, y
        return cx

    def out(self):
        return "BT\n" + "\n".join(self.ops) + "\nET"


# ---------------------------------------------------------------- source parsing
def parse(src):
    meta, frames = {}, []
    sections = []
    cur_sec = cur_sub = None
    frame = None
    for raw in src.split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("%"):
            continue
        if line.startswith("@") and frame is None:
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            continue
        if line.startswith("# "):
            short, _, long_ = line[2:].partition(" | ")
            sections.append({"short": short, "long": long_, "subs": []})
            cur_sec, cur_sub = len(sections) - 1, None
            continue
        if line.startswith("## "):
            sections[cur_sec]["subs"].append(line[3:])
            cur_sub = len(sections[cur_sec]["subs"]) - 1
            continue
        if line.startswith("=== "):
            frame = {"title": line[4:], "sec": cur_sec, "sub": cur_sub, "els": []}
            frames.append(frame)
            continue
        els = frame["els"]
        if line.startswith("@toc"):
            els.append(("toc",))
        elif line.startswith("@thanks "):
            els.append(("thanks", line[8:]))
        elif line.startswith("-- "):
            els.append(("item", 2, line[3:]))
        elif line.startswith("- "):
            els.append(("item", 1, line[2:]))
        elif line.startswith(">> "):
            els[-1][2].append(line[3:])
        elif line.startswith("> "):
            els.append(("block", line[2:], [], False))
        elif line.startswith("!! "):
            els[-1][2].append(line[3:])
        elif line.startswith("! "):
            els.append(("block", line[2:], [], True))
        elif line.startswith("| "):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if els and els[-1][0] == "table":
                els[-1][1].append(cells)
            else:
                els.append(("table", [cells]))
        elif line.startswith(". "):
            els.append(("para", line[2:]))
        elif line == "~":
            els.append(("pause",))
        else:
            raise ValueError("unparsed line: %r" % line)
    return meta, sections, frames


# ---------------------------------------------------------------- colours (whale + orchid)
PRIMARY = (0.2, 0.2, 0.7)
SECONDARY = (0.15, 0.15, 0.525)
TERTIARY = (0.1, 0.1, 0.35)
FADED = (0.55, 0.55, 0.675)
BLOCK_BODY = (0.92, 0.92, 0.97)
ALERT_TITLE = (0.8, 0.0, 0.0)
ALERT_BODY = (0.98, 0.92, 0.92)
WHITE, BLACK = (1, 1, 1), (0, 0, 0)


def rect(x, y, w, h, rgb):
    c = " ".join(fmt3(v) for v in rgb)
    return "q %s rg %s RG %s %s %s %s re f Q" % (c, c, fmt3(x), fmt3(y), fmt3(w), fmt3(h))


def rounded(x, y, w, h, r, rgb, top=True, bottom=True):
    c = " ".join(fmt3(v) for v in rgb)
    k = 0.5523 * r
    rt = r if top else 0
    rb = r if bottom else 0
    p = ["q %s rg %s RG" % (c, c)]
    p.append("%s %s m" % (fmt3(x + rb), fmt3(y)))
    p.append("%s %s l" % (fmt3(x + w - rb), fmt3(y)))
    if rb:
        p.append("%s %s %s %s %s %s c" % (fmt3(x + w - rb + k), fmt3(y), fmt3(x + w), fmt3(y + rb - k),
                                          fmt3(x + w), fmt3(y + rb)))
    p.append("%s %s l" % (fmt3(x + w), fmt3(y + h - rt)))
    if rt:
        p.append("%s %s %s %s %s %s c" % (fmt3(x + w), fmt3(y + h - rt + k), fmt3(x + w - rt + k),
                                          fmt3(y + h), fmt3(x + w - rt), fmt3(y + h)))
    p.append("%s %s l" % (fmt3(x + rt), fmt3(y + h)))
    if rt:
        p.append("%s %s %s %s %s %s c" % (fmt3(x + rt - k), fmt3(y + h), fmt3(x), fmt3(y + h - rt + k),
                                          fmt3(x), fmt3(y + h - rt)))
    p.append("%s %s l" % (fmt3(x), fmt3(y + rb)))
    if rb:
        p.append("%s %s %s %s %s %s c" % (fmt3(x), fmt3(y + rb - k), fmt3(x + rb - k), fmt3(y),
                                          fmt3(x + rb), fmt3(y)))
    p.append("h f Q")
    return "\n".join(p)


def triangle(x, y, size, rgb):
    # beamer's [triangle] item: a small filled triangle raised above the baseline
    c = " ".join(fmt3(v) for v in rgb)
    h = size * 0.42
    return ("q %s rg %s RG 1 0 0 1 %s %s cm 0 0 m %s %s l 0 %s l h f Q"
            % (c, c, fmt3(x), fmt3(y + size * 0.12), fmt3(h * 0.87), fmt3(h / 2), fmt3(h)))


# ---------------------------------------------------------------- frame rendering
class Page:
    def __init__(self):
        self.g = []        # content pieces in order
        self.annots = []   # (rect, action)
        self.xobj = False


def layout_body(els, size, upto_pause):
    """Return (height, draw(y_top) -> (graphics, texts)) for the body elements."""
    big = size
    small = S_SMALL if size == S_NORMAL else S_SMALL
    bskip = 13.549 if size == S_NORMAL else 11.955
    bskip2 = 11.955
    items = []
    shown = True
    for el in els:
        if el[0] == "pause":
            if upto_pause:
                shown = False
            continue
        items.append((el, shown))
    boxes = []
    prev = None
    for el, shown in items:
        kind = el[0]
        if kind == "item":
            lvl = el[1]
            fs = big if lvl == 1 else small
            bs = bskip if lvl == 1 else bskip2
            indent = 16.364 if lvl == 1 else 16.364 + 14.8
            lines = break_lines(el[2], "r10", fs, TEXTW - indent)
            top = 4.0 if prev != "item" else 2.7
            boxes.append(dict(kind="item", lvl=lvl, lines=lines, fs=fs, bs=bs, indent=indent,
                              top=top, h=top + len(lines) * bs, shown=shown))
        elif kind == "para":
            lines = break_lines(el[1], "r10", big, TEXTW)
            boxes.append(dict(kind="para", lines=lines, fs=big, bs=bskip, top=5.5,
                              h=5.5 + len(lines) * bskip, shown=shown))
        elif kind == "block":
            tl = break_lines(el[1], "r10", big, TEXTW - 8)
            body = []
            for b in el[2]:
                body += break_lines(b, "r10", big, TEXTW - 8)
            h = 7.0 + 13.0 * len(tl) + 4.0 + len(body) * bskip + 3.0
            boxes.append(dict(kind="block", title=tl, body=body, alert=el[3], fs=big, bs=bskip,
                              top=7.0, h=h, shown=shown))
        elif kind == "table":
            fs = S_SMALL
            rows = []
            for ri, row in enumerate(el[1]):
                rows.append([fixed_words(c, "b10" if ri == 0 else "r10") for c in row])
            ncol = len(rows[0])
            colw = [max(line_width(r[c], fs) for r in rows) + 11.955 for c in range(ncol)]
            boxes.append(dict(kind="table", rows=rows, colw=colw, fs=fs, bs=12.2, top=6.0,
                              h=6.0 + len(rows) * 12.2 + 3.0, shown=shown))
        prev = kind
    total = sum(b["h"] for b in boxes)
    return total, boxes


def draw_body(pg, txt, boxes, ytop):
    y = ytop
    for b in boxes:
        y -= b["top"]
        if b["kind"] in ("item", "para"):
            first = True
            for ln in b["lines"]:
                y -= b["bs"] if not first or b["kind"] == "para" else b["bs"] * 0.78
                if b["shown"]:
                    if b["kind"] == "item" and first:
                        tx = MARGIN + b["indent"] - (12.0 if b["lvl"] == 1 else 11.0)
                        pg.g.append(("gfx", triangle(tx, y, b["fs"], PRIMARY)))
                    x = MARGIN + (b["indent"] if b["kind"] == "item" else 0)
                    pg.g.append(("txt", (ln, x, y, b["fs"], BLACK)))
                first = False
            if b["kind"] == "item":
                y -= b["bs"] * 0.22
        elif b["kind"] == "block":
            h = b["h"] - b["top"]
            tbg = ALERT_TITLE if b["alert"] else PRIMARY
            bbg = ALERT_BODY if b["alert"] else BLOCK_BODY
            if b["shown"]:
                pg.g.append(("gfx", rounded(MARGIN + 1.2, y - h - 1.2, TEXTW, h, 4.0, (0.78, 0.78, 0.8))))
                th = 13.0 * len(b["title"]) + 2.0
                pg.g.append(("gfx", rounded(MARGIN, y - th, TEXTW, th, 4.0, tbg, bottom=False)))
                pg.g.append(("gfx", rounded(MARGIN, y - h, TEXTW, h - th, 4.0, bbg, top=False)))
            yy = y
            for ln in b["title"]:
                yy -= 13.0
                if b["shown"]:
                    pg.g.append(("txt", (ln, MARGIN + 4.0, yy + 3.4, b["fs"], WHITE)))
            yy -= 4.0
            for ln in b["body"]:
                yy -= b["bs"]
                if b["shown"]:
                    pg.g.append(("txt", (ln, MARGIN + 4.0, yy + 2.0, b["fs"], BLACK)))
            y -= h
        elif b["kind"] == "table":
            tw = sum(b["colw"])
            x0 = (PW - tw) / 2.0
            if b["shown"]:
                pg.g.append(("gfx", rect(x0, y - 0.4, tw, 0.4, BLACK)))
            for ri, row in enumerate(b["rows"]):
                y -= b["bs"]
                x = x0
                for ci, cell in enumerate(row):
                    if b["shown"] and cell:
                        pg.g.append(("txt", (cell, x + 5.978, y + 3.2, b["fs"], BLACK)))
                    x += b["colw"][ci]
                if b["shown"] and ri == 0:
                    pg.g.append(("gfx", rect(x0, y - 0.2, tw, 0.4, BLACK)))
            if b["shown"]:
                pg.g.append(("gfx", rect(x0, y - 0.4, tw, 0.4, BLACK)))
            y -= 3.0
    return y


def header_footer(pg, meta, sections, fr, frameno, nframes, sec_first_page, sub_first_page):
    # headline: split theme, sections (left, right-aligned) | subsections (right half)
    half = PW / 2.0
    pg.g.append(("gfx", rect(0, PH - HEAD_H, half, HEAD_H, TERTIARY)))
    pg.g.append(("gfx", rect(half, PH - HEAD_H, half, HEAD_H, SECONDARY)))
    pg.g.append(("shade", None))
    base = PH - HEAD_H + 3.6
    names = [fixed_words(s["short"], "r8") for s in sections]
    gap = 5.978
    widths = [line_width(n, S_TINY) for n in names]
    x = half - 3.0 - (sum(widths) + gap * (len(names) - 1))
    for i, n in enumerate(names):
        col = WHITE if fr["sec"] == i else FADED
        pg.g.append(("txt", (n, x, base, S_TINY, col)))
        pg.annots.append(((x, base - 1.6, x + widths[i], base + 4.4),
                          "/S/GoTo/D(Navigation%d)" % sec_first_page[i]))
        x += widths[i] + gap
    if fr["sec"] is not None:
        x = half + 3.0
        for j, s in enumerate(sections[fr["sec"]]["subs"]):
            n = fixed_words(s, "r8")
            w = line_width(n, S_TINY)
            col = WHITE if fr["sub"] == j else FADED
            pg.g.append(("txt", (n, x, base, S_TINY, col)))
            pg.annots.append(((x, base - 1.6, x + w, base + 4.4),
                              "/S/GoTo/D(Navigation%d)" % sub_first_page[(fr["sec"], j)]))
            x += w + gap
    # footline: author | title + frame number
    pg.g.append(("gfx", rect(0, 0, half, FOOT_H, TERTIARY)))
    pg.g.append(("gfx", rect(half, 0, half, FOOT_H, SECONDARY)))
    a = fixed_words(meta["shortauthor"], "r8")
    aw = line_width(a, S_TINY)
    pg.g.append(("txt", (a, (half - aw) / 2.0, 3.32, S_TINY, WHITE)))
    t = fixed_words(meta["shorttitle"], "r8")
    tw = line_width(t, S_TINY)
    pg.g.append(("txt", (t, half + (half - tw) / 2.0, 3.32, S_TINY, WHITE)))
    n = fixed_words("%d / %d" % (frameno, nframes), "r8")
    nw = line_width(n, S_TINY)
    pg.g.append(("txt", (n, PW - 5.978 - nw, 3.32, S_TINY, WHITE)))


NAV_GFX = """q 0.75 0.75 0.85 rg 0.75 0.75 0.85 RG
1 0 0 1 227.195 14.104 cm 0 1.992 m 2.989 0 l 2.989 3.985 l h f
1 0 0 1 3.985 0 cm 0 0 m 2.989 1.992 l 0 3.985 l h f
1 0 0 1 9.963 0 cm 0 0 3.985 3.985 re S 0.5 0.5 2.989 2.989 re f
1 0 0 1 11.955 0 cm 0.4 w 0 0 3.985 3.985 re S 0 1.2 3.985 0.4 re f
1 0 0 1 11.955 0 cm 0 0 3.985 3.985 re S 0 0.8 m 3.985 0.8 l 0 2.4 m 3.985 2.4 l S
1 0 0 1 11.955 0 cm 0 0 5.978 3.985 re S
1 0 0 1 13.948 0 cm 0.797 1.992 m 1.992 3.188 l 1.992 0.797 l h f 3.985 1.992 1.196 0 360 re n
Q"""
NAV_LINKS = [((226.699, 12.617, 231.68, 19.591), "prev"), ((230.684, 12.617, 235.665, 19.591), "next"),
             ((240.647, 12.617, 246.625, 19.591), "frame"), ((252.602, 12.617, 258.58, 19.591), "sub"),
             ((264.557, 12.617, 270.535, 19.591), "sec"), ((276.512, 12.617, 284.482, 19.591), "doc"),
             ((289.465, 12.617, 293.45, 19.591), "/S/Named/N/GoBack"),
             ((293.45, 12.617, 299.428, 19.591), "/S/Named/N/Find"),
             ((299.428, 12.617, 303.413, 19.591), "/S/Named/N/GoForward")]


def build_pages(meta, sections, frames):
    # page plan: each frame is one page, frames with a pause are shipped twice
    plan = []
    for fi, fr in enumerate(frames):
        steps = 2 if any(e[0] == "pause" for e in fr["els"]) else 1
        for st in range(steps):
            plan.append((fi, st, steps))
    plan.insert(0, (-1, 0, 1))          # the title page is frame 1
    nframes = len(frames) + 1
    sec_first_page, sub_first_page = {}, {}
    for pi, (fi, st, steps) in enumerate(plan, 1):
        if fi >= 0:
            fr = frames[fi]
            if fr["sec"] is not None:
                sec_first_page.setdefault(fr["sec"], pi)
                if fr["sub"] is not None:
                    sub_first_page.setdefault((fr["sec"], fr["sub"]), pi)
    pages = []
    for pi, (fi, st, steps) in enumerate(plan, 1):
        pg = Page()
        pg.no = pi
        if fi < 0:
            fr = {"title": None, "sec": None, "sub": None, "els": []}
            frameno = 1
        else:
            fr = frames[fi]
            frameno = fi + 2
        pg.frame = fr
        pg.frameno = frameno
        header_footer(pg, meta, sections, fr, frameno, nframes, sec_first_page, sub_first_page)
        if fi < 0:
            title_page(pg, meta)
        else:
            # frame title band with shadow
            pg.g.append(("gfx", rect(0, PH - HEAD_H - TITLE_H, PW, TITLE_H, PRIMARY)))
            pg.g.append(("gfx", rect(0, PH - HEAD_H - TITLE_H - 1.5, PW, 1.5, (0.7, 0.7, 0.78))))
            tw = fixed_words(fr["title"], "r12")
            pg.g.append(("txt", (tw, 8.504, PH - HEAD_H - TITLE_H + 8.1, S_LARGE, WHITE)))
            if fr["els"] and fr["els"][0][0] == "toc":
                toc_body(pg, sections)
            elif fr["els"] and fr["els"][0][0] == "thanks":
                ln = fixed_words(fr["els"][0][1], "r10")
                w = line_width(ln, S_NORMAL)
                pg.g.append(("txt", (ln, (PW - w) / 2.0, 128.0, S_NORMAL, BLACK)))
                big = fixed_words("Thank you!", "r12")
                bw = line_width(big, S_LARGE)
                pg.g.append(("txt", (big, (PW - bw) / 2.0, 150.0, S_LARGE, PRIMARY)))
            else:
                upto = steps == 2 and st == 0
                avail_top = PH - HEAD_H - TITLE_H - 1.5
                avail_bot = FOOT_H + 12.0
                for size in (S_NORMAL, S_SMALL):
                    h, boxes = layout_body(fr["els"], size, upto)
                    if h <= avail_top - avail_bot:
                        break
                else:
                    msg = "frame %r overflows (%.1f > %.1f)" % (fr["title"], h, avail_top - avail_bot)
                    if os.environ.get("BEAMER_DRAFT"):
                        sys.stderr.write(msg + "\n")
                    else:
                        raise SystemExit(msg)
                if upto:
                    h = layout_body(fr["els"], size, False)[0]
                ytop = avail_top - (avail_top - avail_bot - h) / 2.0
                draw_body(pg, None, boxes, ytop)
        pg.g.append(("gfx", NAV_GFX))
        prevp = max(1, pi - 1)
        nextp = min(len(plan), pi + 1)
        for r, what in NAV_LINKS:
            if what == "prev":
                act = "/S/GoTo/D(Navigation%d)" % prevp
            elif what == "next":
                act = "/S/GoTo/D(Navigation%d)" % nextp
            elif what == "frame":
                act = "/S/GoTo/D(Navigation%d)" % pi
            elif what == "sub":
                act = "/S/GoTo/D(Navigation%d)" % (sub_first_page.get((fr["sec"], fr["sub"]), pi))
            elif what == "sec":
                act = "/S/GoTo/D(Navigation%d)" % (sec_first_page.get(fr["sec"], pi))
            elif what == "doc":
                act = "/S/GoTo/D(Navigation1)"
            else:
                act = what
            pg.annots.append((r, act))
        pages.append(pg)
    return pages, sec_first_page, sub_first_page


def title_page(pg, meta):
    tl = break_lines(meta["title"], "r12", S_LARGE, TEXTW - 12)
    sl = break_lines(meta["subtitle"], "r10", S_SMALL, TEXTW - 12)
    box_h = len(tl) * 17.2 + len(sl) * 12.0 + 12.0
    top = 205.0
    pg.g.append(("gfx", rounded(MARGIN + 1.2, top - box_h - 1.2, TEXTW, box_h, 4.0, (0.78, 0.78, 0.8))))
    pg.g.append(("gfx", rounded(MARGIN, top - box_h, TEXTW, box_h, 4.0, PRIMARY)))
    y = top - 4.0
    for ln in tl:
        y -= 17.2
        w = line_width(ln, S_LARGE)
        pg.g.append(("txt", (ln, (PW - w) / 2.0, y + 3.0, S_LARGE, WHITE)))
    for ln in sl:
        y -= 12.0
        w = line_width(ln, S_SMALL)
        pg.g.append(("txt", (ln, (PW - w) / 2.0, y + 1.0, S_SMALL, WHITE)))
    y = top - box_h - 26.0
    for key, fk, size, col in (("author", "r10", S_NORMAL, BLACK), ("institute", "r8", S_SCRIPT, BLACK),
                               ("date", "r10", S_NORMAL, BLACK)):
        ln = fixed_words(meta[key], fk)
        w = line_width(ln, size)
        pg.g.append(("txt", (ln, (PW - w) / 2.0, y, size, col)))
        y -= 22.0 if key != "institute" else 24.0


def toc_body(pg, sections):
    n = len(sections)
    step = 21.0
    y = 150.0 + (n * step) / 2.0
    for i, s in enumerate(sections):
        y -= step
        c = " ".join(fmt3(v) for v in PRIMARY)
        pg.g.append(("gfx", "q %s rg %s RG 1 0 0 1 %s %s cm 4.8 0 m 4.8 2.651 2.651 4.8 0 4.8 c "
                            "-2.651 4.8 -4.8 2.651 -4.8 0 c -4.8 -2.651 -2.651 -4.8 0 -4.8 c 2.651 -4.8 "
                            "4.8 -2.651 4.8 0 c f Q" % (c, c, fmt3(MARGIN + 6.0), fmt3(y + 3.3))))
        num = fixed_words(str(i + 1), "r8")
        nw = line_width(num, S_SCRIPT)
        pg.g.append(("txt", (num, MARGIN + 6.0 - nw / 2.0, y + 0.6, S_SCRIPT, WHITE)))
        ln = fixed_words(s["long"], "r10")
        pg.g.append(("txt", (ln, MARGIN + 17.0, y, S_NORMAL, PRIMARY)))


def content_stream(pg):
    out = []
    txt = None
    for kind, data in pg.g:
        if kind == "txt":
            if txt is None:
                txt = Text()
            ln, x, y, size, col = data
            txt.line(ln, x, y, size, col)
        else:
            if txt is not None:
                out.append(txt.out())
                out.append("0 g 0 G")
                txt = None
            if kind == "shade":
                out.append("q 1 0 0 1 0 %s cm /pgfshade2 Do Q" % fmt3(PH - HEAD_H - 3.0))
                pg.xobj = True
            else:
                out.append(data)
    if txt is not None:
        out.append(txt.out())
        out.append("0 g 0 G")
    return ("\n".join(out) + "\n").encode("latin-1")


# ---------------------------------------------------------------- Type 1 font subsets
def cs_num(v):
    v = int(round(v))
    if -107 <= v <= 107:
        return bytes([v + 139])
    if 108 <= v <= 1131:
        v -= 108
        return bytes([(v >> 8) + 247, v & 0xFF])
    if -1131 <= v <= -108:
        v = -v - 108
        return bytes([(v >> 8) + 251, v & 0xFF])
    return bytes([255]) + (v & 0xFFFFFFFF).to_bytes(4, "big")


def encrypt(data, r, skip):
    out = bytearray()
    for b in bytes(skip) + data:
        c = b ^ (r >> 8)
        r = ((c + r) * 52845 + 22719) & 0xFFFF
        out.append(c)
    return bytes(out)


def charstring(name, width):
    # a plain box the size of the glyph's ink area: enough for a subset that renders as blocks
    if name == ".notdef":
        body = cs_num(0) + cs_num(0) + b"\x0d" + b"\x0e"
        return encrypt(body, 4330, 4)
    asc = name[:1].isupper() or name in ("b", "d", "f", "h", "k", "l", "t", "ff", "fi", "fl", "ffi",
                                          "ffl", "degree") or name.startswith(("zero", "one", "two",
                                          "three", "four", "five", "six", "seven", "eight", "nine"))
    desc = name in ("g", "j", "p", "q", "y", "parenleft", "parenright", "comma", "semicolon",
                    "quoteright")
    y0 = -194 if desc else 0
    y1 = 694 if asc else 444
    if name in ("period", "comma", "colon", "semicolon"):
        y1 = 106
    if name in ("hyphen", "endash", "emdash", "minus"):
        y0, y1 = 220, 280
    if name.startswith("quote"):
        y0, y1 = 450, 694
    sb = 50 if width > 200 else 30
    w = max(20, width - 2 * sb)
    h = y1 - y0
    body = (cs_num(sb) + cs_num(width) + b"\x0d" + cs_num(0) + cs_num(y0) + b"\x15"
            + cs_num(w) + cs_num(0) + b"\x05" + cs_num(0) + cs_num(h) + b"\x05"
            + cs_num(-w) + cs_num(0) + b"\x05" + b"\x09")
    body += b"\x0e"
    return encrypt(body, 4330, 4)


SUBRS = [bytes([139 + 3, 139 + 0, 12, 16, 12, 17, 12, 17, 12, 33, 11]),
         bytes([139 + 0, 139 + 1, 12, 16, 11]), bytes([139 + 0, 139 + 2, 12, 16, 11]), bytes([11])]


def type1_program(fontname, family, weight, glyphs, builtin):
    """glyphs: sorted list of (code, name, width). Returns (data, len1, len2)."""
    clear = []
    clear.append("%%!PS-AdobeFont-1.0: %s 2.004" % fontname.split("+")[1])
    clear.append("%%CreationDate: 7th October 2009")
    clear.append("% Generated by MetaType1 (a MetaPost-based engine)")
    clear.append("% Copyright 2003--2009 by B. Jackowski and J.M. Nowacki (on behalf of TeX USERS GROUPS).")
    clear.append("% Supported by CSTUG, DANTE eV, GUST, GUTenberg, NTG, and TUG.")
    clear.append("% METATYPE1/Type 1 version by B. Jackowski & J. M. Nowacki")
    clear.append("% from GUST (http://www.gust.org.pl).")
    clear.append("% This work is released under the GUST Font License.")
    clear.append("% For the most recent version of this license see")
    clear.append("% This work has the LPPL maintenance status `maintained'.")
    clear.append("% ADL: 694 194 0")
    clear.append("%%EndComments")
    clear.append("FontDirectory/%s known{/%s findfont dup/UniqueID known{dup"
                 % (fontname.split("+")[1], fontname.split("+")[1]))
    clear.append("/UniqueID get 0 eq exch/FontType get 1 eq and}{pop false}ifelse")
    clear.append("{save true}{false}ifelse}{false}ifelse")
    clear.append("11 dict begin")
    clear.append("/FontInfo 7 dict dup begin")
    clear.append("/version(2.004)readonly def")
    clear.append("/FullName(%s)readonly def" % fontname.split("+")[1])
    clear.append("/FamilyName(%s)readonly def" % family)
    clear.append("/Weight(%s)readonly def" % weight)
    clear.append("/ItalicAngle 0 def")
    clear.append("/isFixedPitch false def")
    clear.append("/UnderlinePosition -146 def")
    clear.append("/UnderlineThickness 40 def")
    clear.append("end readonly def")
    clear.append("/FontName /%s def" % fontname)
    if builtin:
        clear.append("/Encoding 256 array")
        clear.append("0 1 255 {1 index exch /.notdef put} for")
        for code, name, _ in glyphs:
            clear.append("dup %d /%s put" % (code, name))
        clear.append("readonly def")
    else:
        clear.append("/Encoding StandardEncoding def")
    clear.append("/PaintType 0 def")
    clear.append("/FontType 1 def")
    clear.append("/FontMatrix [0.001 0 0 0.001 0 0]readonly def")
    clear.append("/FontBBox{-420 -309 1431 1154}readonly def")
    clear.append("currentdict end")
    clear.append("currentfile eexec")
    cleartext = ("\n".join(clear) + "\n").encode("latin-1")
    priv = bytearray()
    priv += (b"dup/Private 8 dict dup begin\n/RD{string currentfile exch readstring pop}executeonly def\n"
             b"/ND{noaccess def}executeonly def\n/NP{noaccess put}executeonly def\n"
             b"/BlueValues[-22 0 683 705 431 448 666 677]def\n/OtherBlues[-206 -194]def\n"
             b"/StdHW[67]def\n/StdVW[78]def\n/StemSnapH[67 78]def\n/StemSnapV[78 94]def\n"
             b"/password 5839 def\n/MinFeature{16 16}def\n/Subrs 4 array\n")
    for i, s in enumerate(SUBRS):
        enc = encrypt(s, 4330, 4)
        priv += b"dup %d %d RD " % (i, len(enc)) + enc + b" NP\n"
    priv += b"ND\n2 index/CharStrings %d dict dup begin\n" % (len(glyphs) + 1)
    names = [(".notdef", 0)] + sorted({(n, w) for _, n, w in glyphs})
    for name, w in names:
        enc = charstring(name, w)
        priv += b"/%s %d RD " % (name.encode(), len(enc)) + enc + b" ND\n"
    priv += b"end\nend\nreadonly put\nnoaccess put\ndup/FontName get exch definefont pop\nmark currentfile closefile\n"
    binary = encrypt(bytes(priv), 55665, 4)
    return cleartext + binary, len(cleartext), len(binary)


def glyph_name(fk, code):
    kind = FONTS[fk][3]
    if kind == "t1":
        return T1[code]
    if kind == "sy":
        return SY_NAMES[code]
    return {176: "degree"}[code]


# ---------------------------------------------------------------- PDF objects
class PDF:
    def __init__(self):
        self.objs = {}      # num -> ("stream", dict_str, data) | ("obj", str)
        self.n = 0

    def alloc(self):
        self.n += 1
        return self.n

    def put(self, num, body):
        self.objs[num] = ("obj", body)

    def stream(self, num, dict_str, data, compress=True):
        if compress:
            data = zlib.compress(data, 9)
            d = "<<\n/Length %d      \n/Filter /FlateDecode\n%s>>" % (len(data), dict_str)
        else:
            d = "<<\n/Length %d      \n%s>>" % (len(data), dict_str)
        self.objs[num] = ("stream", d, data)


def pdfstring(s):
    """hyperref's PDF strings: ASCII as is, else UTF-16BE with BOM, octal escaped."""
    if all(ord(c) < 128 for c in s):
        return "(" + esc(s) + ")"
    b = "\ufeff".encode("utf-16-be") + s.encode("utf-16-be")
    out = []
    for x in b:
        c = chr(x)
        if c in "()\\":
            out.append("\\" + c)
        elif x < 32 or x > 126:
            out.append("\\%03o" % x)
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


def tag_for(name, used):
    h = hashlib.md5((name + ",".join(str(c) for c in sorted(used))).encode()).digest()
    return "".join(chr(65 + b % 26) for b in h[:6])


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    src = open(SRC, encoding="utf-8").read()
    meta, sections, frames = parse(src)
    pages, sec_first, sub_first = build_pages(meta, sections, frames)
    streams = [content_stream(pg) for pg in pages]

    pdf = PDF()
    page_nums, content_nums, annot_nums = [], [], []
    for pg, data in zip(pages, streams):
        cnum = pdf.alloc()
        pdf.stream(cnum, "", data)
        anums = []
        for r, act in pg.annots:
            an = pdf.alloc()
            pdf.put(an, "<<\n/Type /Annot\n/Subtype /Link\n/Border[0 0 0]/H/I/C[1 0 0]\n/Rect [%s]\n"
                        "/A << %s >>\n>>" % (" ".join(fmt3(v) for v in r), act))
            anums.append(an)
        pnum = pdf.alloc()
        content_nums.append(cnum)
        page_nums.append(pnum)
        annot_nums.append(anums)
    # shading form xobject (the shadow under the headline)
    shade_num = pdf.alloc()
    pdf.stream(shade_num, "/Type /XObject\n/Subtype /Form\n/BBox [0 0 362.835 3]\n/FormType 1\n"
                          "/Matrix [1 0 0 1 0 0]\n/Resources << /Shading << /Sh << /ShadingType 2 "
                          "/ColorSpace /DeviceRGB /Domain [0 1] /Coords [0 0 0 3] /Function "
                          "<< /FunctionType 2 /Domain [0 1] /C0 [1 1 1] /C1 [0.6 0.6 0.65] /N 1 >> "
                          "/Extend [false false] >> >>/ProcSet [ /PDF ] >>\n",
               b"/Sh sh\n")
    # fonts
    font_nums = {}
    for fk in ("r10", "r8", "r12", "b10", "sy", "ts"):
        if fk not in USED:
            continue
        res, base, _, kind = FONTS[fk]
        codes = sorted(USED[fk])
        glyphs = [(c, glyph_name(fk, c), cwidth(fk, chr(c))) for c in codes]
        fname = tag_for(base + kind, codes) + "+" + base
        family = re.sub(r"-.*", "", base)
        weight = "Bold" if "Bold" in base else "Normal"
        data, l1, l2 = type1_program(fname, family, weight, glyphs, kind == "sy")
        ff = pdf.alloc()
        pdf.stream(ff, "/Length1 %d\n/Length2 %d\n/Length3 0\n" % (l1, l2), data)
        fd = pdf.alloc()
        charset = "".join("/" + n for n in sorted({g[1] for g in glyphs}))
        stemv = 136 if "Bold" in base else 78
        pdf.put(fd, "<<\n/Type /FontDescriptor\n/FontName /%s\n/Flags 4\n/FontBBox [-420 -309 1431 1154]\n"
                    "/Ascent 694\n/CapHeight 694\n/Descent -194\n/ItalicAngle 0\n/StemV %d\n/XHeight 444\n"
                    "/CharSet (%s)\n/FontFile %d 0 R\n>>" % (fname, stemv, charset, ff))
        wnum = pdf.alloc()
        first, last = codes[0], codes[-1]
        ws = []
        for c in range(first, last + 1):
            try:
                ws.append(str(cwidth(fk, chr(c))))     # pdfTeX gives the .tfm width of every slot
            except KeyError:
                ws.append("0")
        lines = [" ".join(ws[i:i + 16]) for i in range(0, len(ws), 16)]
        pdf.put(wnum, "[" + " ".join(lines) + "]")
        enc = None
        if kind == "t1":
            enc = pdf.alloc()
            diff = "0" + "".join("/" + n for n in T1)
            pdf.put(enc, "<<\n/Type /Encoding\n/Differences [ %s]\n>>" % diff)
        elif kind == "ts1":
            enc = pdf.alloc()
            pdf.put(enc, "<<\n/Type /Encoding\n/Differences [ %s]\n>>" % TS1_DIFF)
        fnum = pdf.alloc()
        pdf.put(fnum, "<<\n/Type /Font\n/Subtype /Type1\n/BaseFont /%s\n/FirstChar %d\n/LastChar %d\n"
                      "/Widths %d 0 R\n/FontDescriptor %d 0 R\n%s>>"
                % (fname, first, last, wnum, fd, ("/Encoding %d 0 R\n" % enc) if enc else ""))
        font_nums[fk] = fnum
    pages_num = pdf.alloc()
    fontres = "".join("/%s %d 0 R" % (FONTS[fk][0], n) for fk, n in sorted(font_nums.items(),
                                                                            key=lambda kv: FONTS[kv[0]][0]))
    for i, pg in enumerate(pages):
        used_fonts = set()
        for kind, data in pg.g:
            if kind == "txt":
                for word in data[0]:
                    for fk, _ in word:
                        used_fonts.add(fk)
        fr_ = "".join("/%s %d 0 R" % (FONTS[fk][0], font_nums[fk])
                      for fk in sorted(used_fonts, key=lambda k: FONTS[k][0]))
        xo = "\n/XObject << /pgfshade2 %d 0 R >>" % shade_num if pg.xobj else ""
        annots = ("/Annots [" + " ".join("%d 0 R" % a for a in annot_nums[i]) + "]\n") if annot_nums[i] else ""
        pdf.put(page_nums[i], "<<\n/Type /Page\n/Contents %d 0 R\n/Resources << /Font << %s >>%s\n"
                              "/ProcSet [ /PDF /Text ] >>\n/MediaBox [0 0 362.835 272.126]\n/Parent %d 0 R\n%s>>"
                % (content_nums[i], fr_, xo, pages_num, annots))
    # page tree (pdfTeX groups kids by six)
    kids_groups = [page_nums[i:i + 6] for i in range(0, len(page_nums), 6)]
    group_nums = []
    for grp in kids_groups:
        g = pdf.alloc()
        group_nums.append(g)
    for g, grp in zip(group_nums, kids_groups):
        pdf.put(g, "<<\n/Type /Pages\n/Count %d\n/Parent %d 0 R\n/Kids [%s]\n>>"
                % (len(grp), pages_num, " ".join("%d 0 R" % k for k in grp)))
        for k in grp:
            body = pdf.objs[k][1].replace("/Parent %d 0 R" % pages_num, "/Parent %d 0 R" % g)
            pdf.objs[k] = ("obj", body)
    pdf.put(pages_num, "<<\n/Type /Pages\n/Count %d\n/Kids [%s]\n>>"
            % (len(page_nums), " ".join("%d 0 R" % g for g in group_nums)))
    # named destinations
    dests = {}
    for i, pg in enumerate(pages, 1):
        dests["page.%d" % i] = "[%d 0 R /XYZ 0 272.126 null]" % page_nums[i - 1]
        dests["Navigation%d" % i] = "[%d 0 R /XYZ 0 272.126 null]" % page_nums[i - 1]
    dests["Doc-Start"] = "[%d 0 R /XYZ 0 272.126 null]" % page_nums[0]
    for si, pno in sec_first.items():
        dests["section.%d" % (si + 1)] = "[%d 0 R /XYZ 0 272.126 null]" % page_nums[pno - 1]
    for (si, sj), pno in sub_first.items():
        dests["subsection.%d.%d" % (si + 1, sj + 1)] = "[%d 0 R /XYZ 0 272.126 null]" % page_nums[pno - 1]
    dest_nums = {}
    for k in sorted(dests):
        dn = pdf.alloc()
        pdf.put(dn, "<<\n/D %s\n>>" % dests[k])
        dest_nums[k] = dn
    keys = sorted(dests)
    leaves = [keys[i:i + 8] for i in range(0, len(keys), 8)]
    leaf_nums = []
    for lv in leaves:
        ln = pdf.alloc()
        pdf.put(ln, "<<\n/Names [%s]\n/Limits [(%s) (%s)]\n>>"
                % (" ".join("(%s) %d 0 R" % (k, dest_nums[k]) for k in lv), lv[0], lv[-1]))
        leaf_nums.append(ln)
    dest_root = pdf.alloc()
    pdf.put(dest_root, "<<\n/Kids [%s]\n/Limits [(%s) (%s)]\n>>"
            % (" ".join("%d 0 R" % n for n in leaf_nums), keys[0], keys[-1]))
    names_num = pdf.alloc()
    pdf.put(names_num, "<<\n/Dests %d 0 R\n>>" % dest_root)
    # outlines: sections with their subsections
    out_root = pdf.alloc()
    sec_nums = [pdf.alloc() for _ in sections]
    sub_nums = [[pdf.alloc() for _ in s["subs"]] for s in sections]
    for si, s in enumerate(sections):
        subs = sub_nums[si]
        parts = ["/Title %s" % pdfstring(s["long"]),
                 "/A << /S /GoTo /D (section.%d) >>" % (si + 1), "/Parent %d 0 R" % out_root]
        if si > 0:
            parts.append("/Prev %d 0 R" % sec_nums[si - 1])
        if si + 1 < len(sections):
            parts.append("/Next %d 0 R" % sec_nums[si + 1])
        if subs:
            parts += ["/First %d 0 R" % subs[0], "/Last %d 0 R" % subs[-1], "/Count -%d" % len(subs)]
        pdf.put(sec_nums[si], "<<\n" + "\n".join(parts) + "\n>>")
        for sj, t in enumerate(s["subs"]):
            p = ["/Title %s" % pdfstring(t), "/A << /S /GoTo /D (subsection.%d.%d) >>" % (si + 1, sj + 1),
                 "/Parent %d 0 R" % sec_nums[si]]
            if sj > 0:
                p.append("/Prev %d 0 R" % subs[sj - 1])
            if sj + 1 < len(subs):
                p.append("/Next %d 0 R" % subs[sj + 1])
            pdf.put(subs[sj], "<<\n" + "\n".join(p) + "\n>>")
    pdf.put(out_root, "<<\n/Type /Outlines\n/First %d 0 R\n/Last %d 0 R\n/Count %d\n>>"
            % (sec_nums[0], sec_nums[-1], len(sections)))
    info = pdf.alloc()
    cd = meta["creationdate"]
    pdf.put(info, "<<\n/Author%s/Title%s/Subject()/Creator(LaTeX with Beamer class)/Producer(pdfTeX-1.40.25)"
                  "/Keywords%s\n/CreationDate (%s)\n/ModDate (%s)\n/Trapped /False\n"
                  "/PTEX.Fullbanner (This is pdfTeX, Version 3.141592653-2.6-1.40.25 (TeX Live 2023) "
                  "kpathsea version 6.3.5)\n>>"
            % (pdfstring(meta["author"]), pdfstring(meta["title"]), pdfstring(meta["keywords"]),
               cd, cd))
    catalog = pdf.alloc()
    pdf.put(catalog, "<<\n/Type /Catalog\n/Pages %d 0 R\n/Outlines %d 0 R\n/Names %d 0 R\n"
                     "/PageMode/UseOutlines/PageLabels<</Nums[0<</S/D>>]>>\n/OpenAction %d 0 R\n>>"
            % (pages_num, out_root, names_num, dest_nums["Doc-Start"]))

    # ---- write: header, stream objects top level, others packed into object streams
    out = bytearray(b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n")
    offsets = {}       # num -> ("off", offset) | ("in", stmnum, index)
    plain = [n for n in sorted(pdf.objs) if pdf.objs[n][0] == "obj"]
    order = sorted(pdf.objs)
    stm_groups = [plain[i:i + 100] for i in range(0, len(plain), 100)]
    stm_of = {}
    for gi, grp in enumerate(stm_groups):
        for idx, n in enumerate(grp):
            stm_of[n] = (gi, idx)
    stm_nums = []
    next_num = pdf.n
    for _ in stm_groups:
        next_num += 1
        stm_nums.append(next_num)
    for n in order:
        kind = pdf.objs[n][0]
        if kind == "stream":
            offsets[n] = ("off", len(out))
            _, d, data = pdf.objs[n]
            out += b"%d 0 obj\n" % n + d.encode("latin-1") + b"\nstream\n" + data + b"\nendstream\nendobj\n"
    for gi, grp in enumerate(stm_groups):
        header, body = [], bytearray()
        for n in grp:
            header.append("%d %d" % (n, len(body)))
            body += pdf.objs[n][1].encode("latin-1") + b"\n"
        hdr = (" ".join(header) + "\n").encode("latin-1")
        data = zlib.compress(hdr + bytes(body), 9)
        sn = stm_nums[gi]
        offsets[sn] = ("off", len(out))
        out += (b"%d 0 obj\n<<\n/Type /ObjStm\n/N %d\n/First %d\n/Length %d      \n/Filter /FlateDecode\n>>\n"
                % (sn, len(grp), len(hdr), len(data))) + b"stream\n" + data + b"\nendstream\nendobj\n"
        for idx, n in enumerate(grp):
            offsets[n] = ("in", sn, idx)
    xref_num = next_num + 1
    offsets[xref_num] = ("off", len(out))
    size = xref_num + 1
    rows = bytearray(b"\x00\x00\x00\x00\xff")
    for n in range(1, size):
        o = offsets[n]
        if o[0] == "off":
            rows += b"\x01" + o[1].to_bytes(3, "big") + b"\x00"
        else:
            rows += b"\x02" + o[1].to_bytes(3, "big") + bytes([o[2]])
    ident = hashlib.md5(bytes(out) + meta["creationdate"].encode()).hexdigest().upper()
    data = zlib.compress(bytes(rows), 9)
    out += (b"%d 0 obj\n<<\n/Type /XRef\n/Index [0 %d]\n/Size %d\n/W [1 3 1]\n/Root %d 0 R\n/Info %d 0 R\n"
            b"/ID [<%s> <%s>]\n/Length %d      \n/Filter /FlateDecode\n>>\nstream\n"
            % (xref_num, size, size, catalog, info, ident.encode(), ident.encode(), len(data)))
    out += data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % offsets[xref_num][1]
    with open(out_path, "wb") as f:
        f.write(bytes(out))


if __name__ == "__main__":
    main()
