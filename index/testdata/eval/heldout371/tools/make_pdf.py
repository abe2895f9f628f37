#!/usr/bin/python3
"""Re-make docs/lakshya-monthly-may-2025-inland-waterways.pdf byte for byte.

Two facing pages (38-39) of a coaching institute's monthly magazine as Adobe InDesign 2024
(19.2, Windows) exports them with the "[High Quality Print]" preset through the Adobe PDF
Library: PDF 1.4, an xref table, sorted dictionary keys, an XMP packet with InDesign's
document/instance ids and history, CMYK colour with the k/K operators, a GS0 graphics state,
fonts embedded as Type0 / CIDFontType2 subsets (Identity-H, CIDs = glyph ids, /W widths,
CIDSet, ToUnicode CMap), text set with "size 0 0 size x y Tm" and a font of size 1, justified
lines written as TJ arrays whose numbers widen the spaces, and InDesign's hyphenation.

The layout is made here: a running header with the month and the page number, an article
title in a display face across both columns, a deck and byline, a three-line drop cap, two
justified text columns with subheads, a pull quote between rules in a text wrap, an end mark
and a shaded "Prelims Pointers" box with two inner columns of bullets.

Source text: tools/lakshya-monthly-may-2025-inland-waterways.txt (%-lines set the furniture,
"# " the title, "## " subheads, *...* bold lead-ins, %pullquote, %mains, %box with "- " items).
Fonts: tools/fonts/*.ttf, glyph subsets of Liberation Serif / Sans and DejaVu Sans Condensed
Bold made once with --refresh-fonts from the system copies (glyph ids kept).

Usage: make_pdf.py [OUT.pdf]        (default: docs/lakshya-monthly-may-2025-inland-waterways.pdf)
       make_pdf.py --refresh-fonts  (rebuild tools/fonts from /usr/share/fonts)
       make_pdf.py --lines          (print the laid-out lines, for choosing answer strings)
"""
import hashlib
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "lakshya-monthly-may-2025-inland-waterways.txt")
OUT = os.path.join(ROOT, "docs", "lakshya-monthly-may-2025-inland-waterways.pdf")
FONTDIR = os.path.join(HERE, "fonts")

FONTS = {  # key: (asset file, system file, PostScript name, family, flags, weight, stemV, italic angle)
    "serif": ("LiberationSerif-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
              "LiberationSerif", "Liberation Serif", 6, 400, 80, 0),
    "serif-b": ("LiberationSerif-Bold.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
                "LiberationSerif-Bold", "Liberation Serif", 262150, 700, 136, 0),
    "serif-i": ("LiberationSerif-Italic.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
                "LiberationSerif-Italic", "Liberation Serif", 70, 400, 76, -16),
    "sans": ("LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
             "LiberationSans", "Liberation Sans", 4, 400, 88, 0),
    "sans-b": ("LiberationSans-Bold.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
               "LiberationSans-Bold", "Liberation Sans", 262148, 700, 140, 0),
    "display": ("DejaVuSansCondensed-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
                "DejaVuSansCondensed-Bold", "DejaVu Sans Condensed", 262148, 700, 156, 0),
}
FONT_ORDER = ["serif", "serif-b", "serif-i", "display", "sans-b", "sans"]


# ----------------------------------------------------------------------------- TrueType
class TTF:
    def __init__(self, data):
        self.data = data
        n = struct.unpack(">H", data[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.t("head")
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loca_long = struct.unpack(">h", head[50:52])[0] == 1
        hhea = self.t("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        nh = struct.unpack(">H", hhea[34:36])[0]
        self.nglyphs = struct.unpack(">H", self.t("maxp")[4:6])[0]
        hmtx = self.t("hmtx")
        self.adv = []
        for g in range(self.nglyphs):
            i = min(g, nh - 1)
            self.adv.append(struct.unpack(">H", hmtx[4 * i:4 * i + 2])[0])
        os2 = self.t("OS/2")
        ver = struct.unpack(">H", os2[0:2])[0]
        self.xheight, self.capheight = (struct.unpack(">hh", os2[86:90]) if ver >= 2 else (0, 0))
        self.cmap = self._cmap()
        loca = self.t("loca")
        if self.loca_long:
            self.loca = list(struct.unpack(">%dI" % (self.nglyphs + 1), loca[:4 * (self.nglyphs + 1)]))
        else:
            self.loca = [2 * x for x in struct.unpack(">%dH" % (self.nglyphs + 1), loca[:2 * (self.nglyphs + 1)])]

    def t(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        cm = self.t("cmap")
        n = struct.unpack(">H", cm[2:4])[0]
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", cm[4 + 8 * i:12 + 8 * i])
            fmt = struct.unpack(">H", cm[off:off + 2])[0]
            if pid == 3 and eid in (1, 10) and fmt in (4, 12):
                if best is None or fmt == 12:
                    best = (off, fmt)
        off, fmt = best
        out = {}
        if fmt == 4:
            segx2 = struct.unpack(">H", cm[off + 6:off + 8])[0]
            segs = segx2 // 2
            p = off + 14
            ends = struct.unpack(">%dH" % segs, cm[p:p + segx2])
            p += segx2 + 2
            starts = struct.unpack(">%dH" % segs, cm[p:p + segx2])
            p += segx2
            deltas = struct.unpack(">%dh" % segs, cm[p:p + segx2])
            p += segx2
            roff_pos = p
            roffs = struct.unpack(">%dH" % segs, cm[p:p + segx2])
            for s in range(segs):
                for c in range(starts[s], ends[s] + 1):
                    if c == 0xFFFF:
                        continue
                    if roffs[s] == 0:
                        g = (c + deltas[s]) & 0xFFFF
                    else:
                        gp = roff_pos + 2 * s + roffs[s] + 2 * (c - starts[s])
                        g = struct.unpack(">H", cm[gp:gp + 2])[0]
                        if g:
                            g = (g + deltas[s]) & 0xFFFF
                    if g:
                        out[c] = g
        else:
            ng = struct.unpack(">I", cm[off + 12:off + 16])[0]
            for k in range(ng):
                a, b, g = struct.unpack(">III", cm[off + 16 + 12 * k:off + 28 + 12 * k])
                for c in range(a, b + 1):
                    out[c] = g + c - a
        return out

    def glyph(self, g):
        glyf = self.t("glyf")
        return glyf[self.loca[g]:self.loca[g + 1]]

    def closure(self, gids):
        todo, seen = list(gids), set()
        while todo:
            g = todo.pop()
            if g in seen:
                continue
            seen.add(g)
            d = self.glyph(g)
            if len(d) >= 10 and struct.unpack(">h", d[0:2])[0] < 0:
                p = 10
                while True:
                    flags, comp = struct.unpack(">HH", d[p:p + 4])
                    todo.append(comp)
                    p += 4 + (4 if flags & 1 else 2)
                    if flags & 8:
                        p += 2
                    elif flags & 0x40:
                        p += 4
                    elif flags & 0x80:
                        p += 8
                    if not flags & 0x20:
                        break
        return seen


def checksum(b):
    b = b + b"\0" * (-len(b) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


def build_sfnt(tables):
    tags = sorted(tables)
    n = len(tags)
    es = 1
    while es * 2 <= n:
        es *= 2
    hdr = struct.pack(">IHHHH", 0x00010000, n, es * 16, es.bit_length() - 1, n * 16 - es * 16)
    off = 12 + 16 * n
    dirs, body = b"", b""
    for tag in tags:
        d = tables[tag]
        dirs += struct.pack(">4sIII", tag.encode("latin-1"), checksum(d), off + len(body), len(d))
        body += d + b"\0" * (-len(d) % 4)
    font = hdr + dirs + body
    if "head" in tables:
        adj = (0xB1B0AFBA - checksum(font)) & 0xFFFFFFFF
        hoff = off + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[:tags.index("head")])
        font = font[:hoff + 8] + struct.pack(">I", adj) + font[hoff + 12:]
    return font


def subset_tables(ttf, gids, keep):
    """Tables of a subset keeping glyph ids: unused glyphs become empty, loca is long."""
    gids = ttf.closure(set(gids) | {0})
    glyf, loca = b"", []
    for g in range(ttf.nglyphs):
        loca.append(len(glyf))
        if g in gids:
            d = ttf.glyph(g)
            glyf += d + b"\0" * (-len(d) % 4)
    loca.append(len(glyf))
    head = bytearray(ttf.t("head"))
    head[8:12] = b"\0\0\0\0"
    head[50:52] = struct.pack(">h", 1)
    out = {"glyf": glyf, "loca": struct.pack(">%dI" % len(loca), *loca), "head": bytes(head)}
    for tag in keep:
        if tag in ttf.tables and tag not in out:
            out[tag] = ttf.t(tag)
    return out


def cmap4(mapping):
    """A (3,1) format-4 cmap for the given {codepoint: gid} (BMP only)."""
    cps = sorted(c for c in mapping if c < 0xFFFF)
    segs = []
    for c in cps:
        if segs and c == segs[-1][1] + 1 and mapping[c] - c == segs[-1][2]:
            segs[-1][1] = c
        else:
            segs.append([c, c, mapping[c] - c])
    segs.append([0xFFFF, 0xFFFF, 1])
    n = len(segs)
    es = 1
    while es * 2 <= n:
        es *= 2
    body = struct.pack(">HHHH", 2 * n, 2 * es, es.bit_length() - 1, 2 * n - 2 * es)
    body += struct.pack(">%dH" % n, *[s[1] for s in segs]) + b"\0\0"
    body += struct.pack(">%dH" % n, *[s[0] for s in segs])
    body += struct.pack(">%dh" % n, *[((s[2] + 0x8000) & 0xFFFF) - 0x8000 for s in segs])
    body += struct.pack(">%dH" % n, *([0] * n))
    sub = struct.pack(">HHH", 4, 6 + len(body), 0) + body
    return struct.pack(">HHHHI", 0, 1, 3, 1, 12) + sub


def refresh_fonts(chars):
    os.makedirs(FONTDIR, exist_ok=True)
    for key, spec in FONTS.items():
        ttf = TTF(open(spec[1], "rb").read())
        mapping = {ord(c): ttf.cmap[ord(c)] for c in chars if ord(c) in ttf.cmap}
        tabs = subset_tables(ttf, mapping.values(), ["hhea", "hmtx", "maxp", "cvt ", "fpgm", "prep", "OS/2"])
        tabs["cmap"] = cmap4(mapping)
        post = bytearray(ttf.t("post")[:32])
        post[0:4] = struct.pack(">I", 0x00030000)
        tabs["post"] = bytes(post)
        with open(os.path.join(FONTDIR, spec[0]), "wb") as f:
            f.write(build_sfnt(tabs))
        missing = sorted(set(c for c in chars if ord(c) not in ttf.cmap))
        print("%s: %d chars, missing %r" % (spec[0], len(mapping), "".join(missing)))


# ----------------------------------------------------------------------------- source
def read_source():
    meta, blocks = {}, []
    para = []
    box = None
    brief = None
    lines = open(SRC, encoding="utf-8").read().split("\n")

    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    for line in lines:
        if not line.strip():
            flush()
            continue
        if line.startswith("%box "):
            flush()
            box = {"title": line[5:].strip(), "items": []}
            continue
        if line.startswith("%brief "):
            flush()
            brief = {"title": line[7:].strip(), "items": []}
            continue
        if brief is not None and line.startswith("+ "):
            brief["items"].append(line[2:].strip())
            continue
        if box is not None and line.startswith("- "):
            box["items"].append(line[2:].strip())
            continue
        m = re.match(r"%(\w+) (.*)$", line)
        if m:
            flush()
            k, v = m.group(1), m.group(2).strip()
            if k in ("pullquote", "mains"):
                blocks.append((k, v))
            elif k == "chart":
                t, rows, src = [x.strip() for x in v.split("|")]
                meta["chart"] = (t, [(a.strip(), float(b)) for a, b in
                                     (r.split("=") for r in rows.split(";"))], src)
            else:
                meta[k] = v
            continue
        if line.startswith("## "):
            flush()
            blocks.append(("h", line[3:].strip()))
            continue
        if line.startswith("# "):
            flush()
            meta["title"] = line[2:].strip()
            continue
        para.append(line.strip())
    flush()
    meta["brief"] = brief
    return meta, blocks, box


# ----------------------------------------------------------------------------- layout
PAGE_W, PAGE_H = 595.276, 841.89
LEFT, RIGHT = 42.52, 552.756
GUTTER = 14.173
COL_W = (RIGHT - LEFT - GUTTER) / 2
BODY, LEAD = 9.8, 12.6
BLACK = (0, 0, 0, 1)
ACCENT = (1, 0.55, 0, 0.25)      # the magazine's navy
ORANGE = (0, 0.62, 1, 0)
TINT = (0.1, 0.03, 0, 0)          # box fill
GREY = (0, 0, 0, 0.6)
VOWELS = set("aeiouy")
NOBREAK = {"ch", "sh", "th", "ph", "wh", "ck", "gh", "qu", "ng"}


class Fonts:
    def __init__(self):
        self.f = {k: TTF(open(os.path.join(FONTDIR, FONTS[k][0]), "rb").read()) for k in FONTS}
        self.used = {k: set() for k in FONTS}

    def gid(self, key, ch):
        g = self.f[key].cmap.get(ord(ch))
        if g is None:
            raise SystemExit("no glyph for %r in %s (run --refresh-fonts)" % (ch, key))
        return g

    def width(self, key, text, size):
        t = self.f[key]
        return sum(t.adv[self.gid(key, c)] for c in text) * size / t.upem


SUFFIXES = ("tions", "tion", "sions", "sion", "ments", "ment", "ance", "ence", "ness", "ities", "ity",
            "ically", "ical", "ally", "able", "ible", "ways", "ward", "ship", "ings", "ing", "ised", "ized",
            "ous", "ive", "ture", "logy", "graphic")
EXCEPTIONS = {"offices": [2], "clearance": [5], "composition": [3, 6], "navigational": [4, 7],
              "environmental": [3, 7, 10], "infrastructure": [2, 5, 10], "hydrographic": [5],
              "intermodal": [5], "multimodal": [5], "neighbourhood": [9], "coordination": [2, 5, 8]}


def hyphen_points(word):
    """Break points in the manner of a dictionary hyphenator (at least 2 letters before, 3 after)."""
    if not re.fullmatch(r"[a-z]{7,}", word):
        return []
    if word in EXCEPTIONS:
        return EXCEPTIONS[word]
    pts = set()
    for suf in SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            pts.add(len(word) - len(suf))
            break
    for i in range(2, len(word) - 2):
        a, b, c = word[i - 1], word[i], word[i + 1]
        if a not in VOWELS and b not in VOWELS and (a + b) not in NOBREAK and c in VOWELS and \
                (word[i - 2] in VOWELS) and len(word) - i >= 3:
            pts.add(i)
    return sorted(p for p in pts if 2 <= p <= len(word) - 3)


def runs_of(text, base):
    """'*bold* rest' -> [(text, font)]"""
    out = []
    for i, part in enumerate(re.split(r"\*", text)):
        if part:
            out.append((part, "serif-b" if i % 2 else base))
    return out


def words_of(runs):
    """Split runs into words; a word is a list of (text, font) pieces; spaces belong between."""
    words, cur = [], []
    for text, font in runs:
        for j, chunk in enumerate(text.split(" ")):
            if j > 0:
                if cur:
                    words.append(cur)
                cur = []
            if chunk:
                cur.append((chunk, font))
    if cur:
        words.append(cur)
    return words


class Line:
    def __init__(self, pieces, x, width, justify, size, space_font):
        self.pieces = pieces      # list of words (each list of (text,font)); already with '-' if hyphenated
        self.x = x
        self.width = width
        self.justify = justify
        self.size = size
        self.space_font = space_font
        self.y = None


def word_text(w):
    return "".join(t for t, _ in w)


def break_paragraph(fonts, runs, width, size, first_indent=0.0, first_lines=(0, 0.0), justify=True,
                    hyphenate=True):
    """Greedy line breaking with hyphenation. first_lines=(n, indent) indents the first n lines."""
    words = words_of(runs)
    sw = {}

    def wlen(w):
        return sum(fonts.width(f, t, size) for t, f in w)

    def space(f):
        if f not in sw:
            sw[f] = fonts.width(f, " ", size)
        return sw[f]

    lines, cur, curw = [], [], 0.0
    i = 0
    words = [list(w) for w in words]

    def avail(n):
        a = width
        if n < first_lines[0]:
            a -= first_lines[1]
        if n == 0:
            a -= first_indent
        return a

    def indent(n):
        x = 0.0
        if n < first_lines[0]:
            x += first_lines[1]
        if n == 0:
            x += first_indent
        return x

    while i < len(words):
        w = words[i]
        lw = wlen(w)
        sp = space(cur[-1][-1][1]) if cur else 0.0
        room = avail(len(lines))
        if curw + sp + lw <= room + 0.01:
            cur.append(w)
            curw += sp + lw
            i += 1
            continue
        # try to break inside the word: after a hyphen/en dash, or by hyphenation
        placed = False
        text = word_text(w)
        cands = []
        for m in re.finditer(r"[-\u2013]", text):
            if 2 <= m.end() < len(text) - 1:
                cands.append((m.end(), ""))
        if hyphenate and len(w) == 1:
            core = re.match(r"^([a-z]+)([,.;:)]*)$", text)
            if core:
                for p in hyphen_points(core.group(1)):
                    cands.append((p, "-"))
        nspaces = max(len(cur) - 1, 1)
        loose = (room - curw) / nspaces if cur else 99
        if cands and (loose > space(w[-1][1]) * 0.9 or not cur):
            for pos, hy in sorted(cands, reverse=True):
                head = split_word(w, pos, hy)
                hw = wlen(head)
                if curw + sp + hw <= room + 0.01:
                    cur.append(head)
                    tail = split_word(w, pos, None, tail=True)
                    words[i] = tail
                    lines.append((cur, indent(len(lines)), room, True))
                    cur, curw = [], 0.0
                    placed = True
                    break
        if placed:
            continue
        if not cur:
            cur.append(w)
            i += 1
        lines.append((cur, indent(len(lines)), room, True))
        cur, curw = [], 0.0
    if cur:
        lines.append((cur, indent(len(lines)), avail(len(lines)), False))
    out = []
    for ws, x, room, just in lines:
        out.append(Line(ws, x, room, justify and just, size, None))
    return out


def split_word(w, pos, hy, tail=False):
    """Split a word (list of pieces) at character pos; head gets hy appended."""
    out, n = [], 0
    for t, f in w:
        a, b = n, n + len(t)
        if not tail:
            if a < pos:
                out.append((t[:pos - a], f))
        else:
            if b > pos:
                out.append((t[max(pos - a, 0):], f))
        n = b
    if not tail and hy:
        out[-1] = (out[-1][0] + hy, out[-1][1])
    return out


# ----------------------------------------------------------------------------- PDF content
def fmt(v):
    s = ("%.4f" % v).rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    if s.startswith("0."):
        s = s[1:]
    elif s.startswith("-0."):
        s = "-" + s[2:]
    return s


def colour(c, stroke=False):
    return "%s %s" % (" ".join(fmt(x) for x in c), "K" if stroke else "k")


class Writer:
    """Content stream writer that sets lines of text the way InDesign does."""

    def __init__(self, fonts, resnames):
        self.fonts = fonts
        self.res = resnames
        self.ops = []

    def text_line(self, line, y, base_x, col_w, colr=BLACK):
        """One line: font size 1, 'size 0 0 size x y Tm', TJ arrays with space adjustments."""
        size = line.size
        x0 = base_x + line.x
        words = line.pieces
        # natural width and number of spaces
        natural = 0.0
        spaces = 0
        for k, w in enumerate(words):
            if k:
                natural += self.fonts.width(words[k - 1][-1][1], " ", size)
                spaces += 1
            natural += sum(self.fonts.width(f, t, size) for t, f in w)
        extra = 0.0
        if line.justify and spaces:
            extra = (line.width - natural) / spaces
        self.ops.append("BT")
        self.ops.append(colour(colr))
        cur_font = None
        parts = []   # (font, [items])
        for k, w in enumerate(words):
            if k:
                sfont = words[k - 1][-1][1]
                parts.append((sfont, [" "]))
                if extra > 0.005:
                    parts.append((sfont, [-(extra / size) * 1000]))
            for t, f in w:
                parts.append((f, [t]))
        # merge by font
        merged = []
        for f, items in parts:
            if merged and merged[-1][0] == f:
                merged[-1][1].extend(items)
            else:
                merged.append((f, list(items)))
        first = True
        for f, items in merged:
            if f != cur_font:
                self.ops.append("/%s 1 Tf" % self.res[f])
                cur_font = f
            if first:
                self.ops.append("0 Tc 0 Tw 0 Ts 100 Tz 0 Tr %s 0 0 %s %s %s Tm" % (fmt(size), fmt(size), fmt(x0), fmt(y)))
                first = False
            arr = []
            for it in items:
                if isinstance(it, str):
                    hexs = "".join("%04X" % self.fonts.gid(f, c) for c in it)
                    for c in it:
                        self.fonts.used[f].add((self.fonts.gid(f, c), c))
                    if arr and isinstance(arr[-1], str):
                        arr[-1] = arr[-1] + hexs
                    else:
                        arr.append(hexs)
                else:
                    arr.append(it)
            self.ops.append("[" + "".join("<%s>" % a if isinstance(a, str) else fmt(a) for a in arr) + "]TJ")
        self.ops.append("ET")

    def simple(self, text, font, size, x, y, colr=BLACK, tracking=0):
        self.ops.append("BT")
        self.ops.append(colour(colr))
        self.ops.append("/%s 1 Tf" % self.res[font])
        self.ops.append("%s Tc 0 Tw 0 Ts 100 Tz 0 Tr %s 0 0 %s %s %s Tm" % (fmt(tracking / 1000.0), fmt(size), fmt(size), fmt(x), fmt(y)))
        hexs = "".join("%04X" % self.fonts.gid(font, c) for c in text)
        for c in text:
            self.fonts.used[font].add((self.fonts.gid(font, c), c))
        self.ops.append("[<%s>]TJ" % hexs)
        self.ops.append("ET")

    def rect(self, x, y, w, h, colr):
        self.ops.append("q %s %s %s %s %s re f Q" % (colour(colr), fmt(x), fmt(y), fmt(w), fmt(h)))

    def rule(self, x1, y1, x2, y2, wdt, colr):
        self.ops.append("q %s %s w 0 J 0 j []0 d %s %s m %s %s l S Q" % (colour(colr, True), fmt(wdt), fmt(x1), fmt(y1), fmt(x2), fmt(y2)))


def layout(fonts, resnames, meta, blocks, box, dump=None):
    pages = [Writer(fonts, resnames), Writer(fonts, resnames)]
    pnums = meta["pages"].split()
    for pw in pages:
        pw.ops.append("/GS0 gs")
    # ---- running heads and feet
    issue, section, footer = meta["issue"], meta["section"], meta["footer"]
    for n, pw in enumerate(pages):
        left, right = (issue, section) if n == 0 else (section, issue)
        pw.simple(left, "sans-b", 7.2, LEFT, 808.5, GREY, tracking=40)
        pw.simple(right, "sans", 7.2, RIGHT - fonts.width("sans", right, 7.2) - 7.2 * 0.04 * len(right), 808.5, GREY, tracking=40)
        pw.rule(LEFT, 802.5, RIGHT, 802.5, 0.5, GREY)
        pw.rule(LEFT, 40.5, RIGHT, 40.5, 0.5, GREY)
        num = pnums[n]
        if n == 0:
            pw.simple(num, "sans-b", 9, LEFT, 27, ACCENT)
            pw.simple(footer, "sans", 7, LEFT + 22, 27.8, GREY)
        else:
            pw.simple(footer, "sans", 7, RIGHT - 22 - fonts.width("sans", footer, 7), 27.8, GREY)
            pw.simple(num, "sans-b", 9, RIGHT - fonts.width("sans-b", num, 9), 27, ACCENT)
    p0 = pages[0]
    # ---- kicker, title, deck, byline across both columns
    p0.simple(meta["kicker"], "sans-b", 8, LEFT, 778, ORANGE, tracking=80)
    tl = break_paragraph(fonts, [(meta["title"], "display")], RIGHT - LEFT, 25, justify=False, hyphenate=False)
    y = 748
    for ln in tl:
        p0.text_line(ln, y, LEFT, RIGHT - LEFT, ACCENT)
        y -= 28
    y -= 2
    dl = break_paragraph(fonts, [(meta["deck"], "serif-i")], RIGHT - LEFT, 12, justify=False, hyphenate=False)
    for ln in dl:
        p0.text_line(ln, y, LEFT, RIGHT - LEFT, BLACK)
        y -= 15
    y -= 3
    p0.simple(meta["byline"], "sans", 7.5, LEFT, y, GREY)
    y -= 9
    p0.rule(LEFT, y, RIGHT, y, 1.2, ACCENT)
    col_top0 = y - 14
    # ---- frames: (page, x, top, bottom); pull quote wrap on page 0 column 2
    col2 = LEFT + COL_W + GUTTER
    pq_top, pq_bottom = PQ_TOP, PQ_TOP - 86
    frames = [(0, LEFT, col_top0, 50), (0, col2, col_top0, pq_top + 6),
              (0, col2, pq_bottom - 8, 50), (1, LEFT, 790, 50)]
    # ---- flow the story
    story = []
    first_para = True
    after_head = True
    for kind, text in blocks:
        if kind == "h":
            story.append(("h", text))
            after_head = True
        elif kind == "p":
            story.append(("p", text, first_para, after_head))
            first_para = False
            after_head = False
        elif kind == "pullquote":
            pullquote = text
        elif kind == "mains":
            story.append(("mains", text))
    fi = 0
    frame = frames[fi]
    cy = frame[2] - BODY * 0.8

    def next_frame():
        nonlocal fi, frame, cy
        fi += 1
        if fi >= len(frames):
            raise SystemExit("story overflows the frames")
        frame = frames[fi]
        cy = frame[2] - BODY * 0.8

    laid = []
    for item in story:
        if item[0] == "h":
            if cy < frame[2] - BODY:   # not at top of frame: space before
                cy -= 6
            if cy - LEAD * 2.5 < frame[3]:
                next_frame()
            hl = break_paragraph(fonts, [(item[1], "display")], COL_W, 11, justify=False, hyphenate=False)
            for ln in hl:
                pages[frame[0]].text_line(ln, cy, frame[1], COL_W, ACCENT)
                laid.append((frame[0], ln, cy))
                cy -= 13
            cy -= 1.5
            continue
        if item[0] == "mains":
            cy -= 5
            if cy - LEAD * 3 < frame[3]:
                next_frame()
            label, rest = item[1].split(":", 1)
            runs = [(label + ":", "sans-b"), (rest, "serif-i")]
            lines = break_paragraph(fonts, runs, COL_W, BODY, justify=True)
            for ln in lines:
                if cy < frame[3]:
                    next_frame()
                pages[frame[0]].text_line(ln, cy, frame[1], COL_W, BLACK)
                laid.append((frame[0], ln, cy))
                cy -= LEAD
            # end mark
            last = lines[-1]
            endx = frame[1] + last.x + sum(fonts.width(f, t, BODY) for w in last.pieces for t, f in w) + \
                fonts.width("serif", " ", BODY) * (len(last.pieces) - 1) + 4
            pages[frame[0]].simple("\u25a0", "display", 7, endx, cy + LEAD, ACCENT)
            continue
        _, text, is_first, after_h = item
        runs = runs_of(text, "serif")
        drop = None
        if is_first:
            drop = runs[0][0][0]
            runs[0] = (runs[0][0][1:], runs[0][1])
            dsize = 44
            dw = fonts.width("serif-b", drop, dsize) + 3
            lines = break_paragraph(fonts, runs, COL_W, BODY, first_lines=(3, dw))
        else:
            lines = break_paragraph(fonts, runs, COL_W, BODY, first_indent=0 if after_h else 10)
        for k, ln in enumerate(lines):
            if cy < frame[3]:
                next_frame()
            if drop and k == 2:
                pages[frame[0]].simple(drop, "serif-b", dsize, frame[1] - 1, cy, ACCENT)
            pages[frame[0]].text_line(ln, cy, frame[1], COL_W, BLACK)
            laid.append((frame[0], ln, cy))
            cy -= LEAD
    # ---- pull quote (its own frame, drawn after the story)
    px = LEFT + COL_W + GUTTER
    p0.rule(px, pq_top, px + COL_W, pq_top, 1.5, ACCENT)
    ql = break_paragraph(fonts, [(pullquote, "serif-i")], COL_W - 16, 13.5, justify=False, hyphenate=False)
    qy = pq_top - 21
    for ln in ql:
        wdt = sum(fonts.width(f, t, 13.5) for w in ln.pieces for t, f in w) + fonts.width("serif-i", " ", 13.5) * (len(ln.pieces) - 1)
        ln.x = (COL_W - wdt) / 2
        p0.text_line(ln, qy, px, COL_W, ACCENT)
        qy -= 17
    p0.rule(px, pq_bottom, px + COL_W, pq_bottom, 1.5, ACCENT)
    # ---- page 39, column 2: the news briefs from the top, the box at the foot
    by = draw_brief(fonts, pages[1], meta["brief"], col2, 790)
    btop = 50 + box_height(fonts, box)
    draw_chart(fonts, pages[1], meta["chart"], col2, by - 10, btop + 16)
    draw_box(fonts, pages[1], box, col2, btop)
    if dump is not None:
        dump.append("frames used: %d of %d, last y %.1f (bottom %.1f)" % (fi + 1, len(frames), cy, frame[3]))
        for pg, ln, yy in laid:
            dump.append("%d %6.1f | %s" % (pg, yy, " ".join(word_text(w) for w in ln.pieces)))
    return pages


BOX_FS, BOX_LEAD = 8.2, 10.3
PQ_TOP = 420


def item_runs(it, base, bold):
    m = re.match(r"([^:]+:)(.*)$", it)
    return [(m.group(1), bold), (m.group(2), base)]


def box_layout(fonts, box):
    inner = COL_W - 20
    return inner, [break_paragraph(fonts, item_runs(it, "sans", "sans-b"), inner - 9, BOX_FS, justify=False,
                                   hyphenate=False) for it in box["items"]]


def box_height(fonts, box):
    inner, items = box_layout(fonts, box)
    return sum(len(x) * BOX_LEAD + 2.5 for x in items) + 36


def draw_box(fonts, pw, box, x0, top):
    inner, items = box_layout(fonts, box)
    h = box_height(fonts, box)
    pw.rect(x0, top - h, COL_W, h, TINT)
    pw.rect(x0, top - 3, COL_W, 3, ACCENT)
    pw.simple(box["title"], "display", 11, x0 + 10, top - 19, ACCENT, tracking=60)
    y = top - 35
    for lines in items:
        pw.simple("\u2022", "sans-b", BOX_FS, x0 + 10, y, ACCENT)
        for ln in lines:
            pw.text_line(ln, y, x0 + 19, inner - 9, BLACK)
            y -= BOX_LEAD
        y -= 2.5


def draw_chart(fonts, pw, chart, x0, top, bottom):
    """A bar chart drawn as InDesign vector art: heading, one bar per year, value labels, source."""
    title, rows, source = chart
    pw.simple(title, "sans-b", 8.5, x0, top - 9, ACCENT)
    n = len(rows)
    avail = (top - 22) - (bottom + 14)
    step = avail / n
    bar_h = min(step * 0.62, 16)
    label_w = 38
    maxv = max(v for _, v in rows)
    span = COL_W - label_w - 34
    y = top - 22
    for year, v in rows:
        cy = y - step / 2
        pw.simple(year, "sans", 7.5, x0, cy - 2.6, GREY)
        w = span * v / maxv
        pw.rect(x0 + label_w, cy - bar_h / 2, w, bar_h, ACCENT if year == rows[-1][0] else (0.45, 0.2, 0, 0.1))
        val = ("%.1f" % v)
        pw.simple(val, "sans-b", 7.5, x0 + label_w + w + 4, cy - 2.6, BLACK)
        y -= step
    pw.rule(x0 + label_w, top - 22, x0 + label_w, bottom + 14, 0.5, GREY)
    pw.simple(source, "sans", 6.5, x0, bottom + 3, GREY)


def draw_brief(fonts, pw, brief, x0, top):
    pw.rect(x0, top - 4, COL_W, 16, ACCENT)
    pw.simple(brief["title"], "display", 10, x0 + 6, top + 0.5, (0, 0, 0, 0), tracking=60)
    y = top - 18
    for it in brief["items"]:
        lines = break_paragraph(fonts, item_runs(it, "serif", "sans-b"), COL_W, BODY, justify=True)
        for ln in lines:
            pw.text_line(ln, y, x0, COL_W, BLACK)
            y -= LEAD
        y -= 4
    pw.rule(x0, y + 4, x0 + COL_W, y + 4, 0.5, GREY)
    return y


# ----------------------------------------------------------------------------- PDF objects
def pdfstr(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def dict_(d):
    return "<<" + "".join("/%s%s" % (k, v if v[:1] in "/[<(" else " " + v) for k, v in sorted(d.items())) + ">>"


XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 9.1-c002 79.a6a6396, 2024/03/12-07:48:23        ">
   <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description rdf:about=""
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
            xmlns:stRef="http://ns.adobe.com/xap/1.0/sType/ResourceRef#"
            xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#"
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
         <xmp:CreateDate>2025-04-30T18:35:12+05:30</xmp:CreateDate>
         <xmp:MetadataDate>2025-04-30T18:35:16+05:30</xmp:MetadataDate>
         <xmp:ModifyDate>2025-04-30T18:35:16+05:30</xmp:ModifyDate>
         <xmp:CreatorTool>Adobe InDesign 19.2 (Windows)</xmp:CreatorTool>
         <xmpMM:InstanceID>uuid:5d0c3a2e-1f8b-4b7e-9a53-0c2e6f4d81a7</xmpMM:InstanceID>
         <xmpMM:OriginalDocumentID>xmp.did:8f2d6c41-93a7-4e0b-b1f5-6a9c02d7e3b4</xmpMM:OriginalDocumentID>
         <xmpMM:DocumentID>xmp.id:3b91e7d0-4c5a-4f26-8e1d-7a0b5c9f2e68</xmpMM:DocumentID>
         <xmpMM:RenditionClass>proof:pdf</xmpMM:RenditionClass>
         <xmpMM:DerivedFrom rdf:parseType="Resource">
            <stRef:instanceID>xmp.iid:c41e0b7a-2d93-4f18-a6e5-91b3f0d8c257</stRef:instanceID>
            <stRef:documentID>xmp.did:8f2d6c41-93a7-4e0b-b1f5-6a9c02d7e3b4</stRef:documentID>
            <stRef:originalDocumentID>xmp.did:8f2d6c41-93a7-4e0b-b1f5-6a9c02d7e3b4</stRef:originalDocumentID>
            <stRef:renditionClass>default</stRef:renditionClass>
         </xmpMM:DerivedFrom>
         <xmpMM:History>
            <rdf:Seq>
               <rdf:li rdf:parseType="Resource">
                  <stEvt:action>converted</stEvt:action>
                  <stEvt:parameters>from application/x-indesign to application/pdf</stEvt:parameters>
                  <stEvt:softwareAgent>Adobe InDesign 19.2 (Windows)</stEvt:softwareAgent>
                  <stEvt:changed>/</stEvt:changed>
                  <stEvt:when>2025-04-30T18:35:12+05:30</stEvt:when>
               </rdf:li>
            </rdf:Seq>
         </xmpMM:History>
         <dc:format>application/pdf</dc:format>
         <pdf:Producer>Adobe PDF Library 17.0</pdf:Producer>
         <pdf:Trapped>False</pdf:Trapped>
      </rdf:Description>
   </rdf:RDF>
</x:xmpmeta>
""" + "\n".join([" " * 100] * 20) + "\n" + """<?xpacket end="w"?>"""


def tounicode(pairs):
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", "<< /Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0", ">> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
             "<0000> <FFFF>", "endcodespacerange"]
    pairs = sorted(pairs)
    for k in range(0, len(pairs), 100):
        chunk = pairs[k:k + 100]
        lines.append("%d beginbfchar" % len(chunk))
        for g, c in chunk:
            lines.append("<%04X> <%s>" % (g, "".join("%04X" % u for u in struct.unpack(">%dH" % (len(c.encode('utf-16-be')) // 2), c.encode("utf-16-be")))))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines) + "\n").encode("ascii")


def tag_for(name, gids):
    h = hashlib.md5((name + ",".join(map(str, sorted(gids)))).encode()).digest()
    return "".join(chr(65 + b % 26) for b in h[:6])


def build_pdf(pages, fonts, resnames):
    objs = {}
    nxt = [1]

    def new():
        n = nxt[0]
        nxt[0] += 1
        return n

    def stream(d, data, compress=True):
        if compress:
            data = zlib.compress(data, 9)
            d = dict(d, Filter="/FlateDecode")
        d = dict(d, Length=str(len(data)))
        return dict_(d).encode("latin-1") + b"stream\r\n" + data + b"\r\nendstream"

    # fixed numbering in the Adobe PDF Library style: pages first, then their contents and resources
    page_ids = [new() for _ in pages]
    content_ids = [new() for _ in pages]
    catalog, pages_id, meta_id, info_id, gs_id = new(), new(), new(), new(), new()
    font_ids = {}
    for k in FONT_ORDER:
        if fonts.used[k]:
            font_ids[k] = (new(), new(), new(), new(), new(), new())  # type0, cid, desc, file, tounicode, cidset
    font_res = "<<" + "".join("/%s %d 0 R" % (resnames[k], font_ids[k][0]) for k in FONT_ORDER if k in font_ids) + ">>"
    for n, pw in enumerate(pages):
        body = ("\n".join(pw.ops) + "\n").encode("latin-1")
        objs[content_ids[n]] = stream({}, body)
        box = "[0.0 0.0 %s %s]" % ("595.276", "841.89")
        objs[page_ids[n]] = dict_({
            "ArtBox": box, "BleedBox": box, "Contents": "%d 0 R" % content_ids[n], "CropBox": box,
            "MediaBox": box, "Parent": "%d 0 R" % pages_id, "Rotate": "0", "TrimBox": box,
            "Resources": dict_({"ExtGState": "<</GS0 %d 0 R>>" % gs_id, "Font": font_res,
                                "ProcSet": "[/PDF/Text]"}),
            "Type": "/Page"}).encode("latin-1")
    objs[catalog] = dict_({"Metadata": "%d 0 R" % meta_id, "Pages": "%d 0 R" % pages_id, "Type": "/Catalog"}).encode()
    objs[pages_id] = dict_({"Count": str(len(pages)), "Kids": "[" + " ".join("%d 0 R" % p for p in page_ids) + "]",
                            "Type": "/Pages"}).encode()
    objs[meta_id] = stream({"Subtype": "/XML", "Type": "/Metadata"}, XMP.encode("utf-8"), compress=False)
    objs[info_id] = dict_({"CreationDate": "(D:20250430183512+05'30')", "Creator": "(Adobe InDesign 19.2 \\(Windows\\))",
                           "ModDate": "(D:20250430183516+05'30')", "Producer": "(Adobe PDF Library 17.0)",
                           "Trapped": "/False"}).encode()
    objs[gs_id] = dict_({"AIS": "false", "BM": "/Normal", "CA": "1.0", "OP": "false", "OPM": "1", "SA": "true",
                         "SMask": "/None", "Type": "/ExtGState", "ca": "1.0", "op": "false"}).encode()
    for k in FONT_ORDER:
        if k not in font_ids:
            continue
        t0, cid, desc, ff, tu, cs = font_ids[k]
        ttf = fonts.f[k]
        spec = FONTS[k]
        pairs = sorted(fonts.used[k])
        gids = sorted(set(g for g, _ in pairs))
        name = tag_for(spec[2], gids) + "+" + spec[2]
        sub = subset_tables(ttf, gids, ["hhea", "hmtx", "maxp", "cvt ", "fpgm", "prep"])
        fontfile = build_sfnt(sub)
        scale = 1000.0 / ttf.upem
        w = []
        run = []
        for g in gids:
            if run and g == run[-1][0] + 1:
                run.append((g, ttf.adv[g]))
            else:
                if run:
                    w.append(run)
                run = [(g, ttf.adv[g])]
        if run:
            w.append(run)
        wtxt = "[" + "".join("%d[%s]" % (r[0][0], " ".join(str(int(round(a * scale))) for _, a in r)) for r in w) + "]"
        objs[t0] = dict_({"BaseFont": "/" + name, "DescendantFonts": "[%d 0 R]" % cid, "Encoding": "/Identity-H",
                          "Subtype": "/Type0", "ToUnicode": "%d 0 R" % tu, "Type": "/Font"}).encode()
        objs[cid] = dict_({"BaseFont": "/" + name, "CIDSystemInfo": "<</Ordering(Identity)/Registry(Adobe)/Supplement 0>>",
                           "CIDToGIDMap": "/Identity", "DW": "1000", "FontDescriptor": "%d 0 R" % desc,
                           "Subtype": "/CIDFontType2", "Type": "/Font", "W": wtxt}).encode()
        bb = "[%s]" % " ".join(str(int(round(v * scale))) for v in ttf.bbox)
        objs[desc] = dict_({"Ascent": str(int(round(ttf.ascent * scale))), "CIDSet": "%d 0 R" % cs,
                            "CapHeight": str(int(round(ttf.capheight * scale))),
                            "Descent": str(int(round(ttf.descent * scale))), "Flags": str(spec[4]), "FontBBox": bb,
                            "FontFamily": pdfstr(spec[3]), "FontFile2": "%d 0 R" % ff, "FontName": "/" + name,
                            "FontStretch": "/Condensed" if k == "display" else "/Normal", "FontWeight": str(spec[5]),
                            "ItalicAngle": str(spec[7]), "StemV": str(spec[6]), "Type": "/FontDescriptor",
                            "XHeight": str(int(round(ttf.xheight * scale)))}).encode()
        objs[ff] = stream({"Length1": str(len(fontfile))}, fontfile)
        objs[tu] = stream({}, tounicode(pairs))
        bits = bytearray((gids[-1] // 8) + 1)
        for g in gids:
            bits[g // 8] |= 0x80 >> (g % 8)
        objs[cs] = stream({}, bytes(bits))
    out = bytearray(b"%PDF-1.4\r%\xe2\xe3\xcf\xd3\r\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\r" % n + objs[n] + b"\rendobj\r"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\r\n0 %d\r\n0000000000 65535 f\r\n" % size
    for n in range(1, size):
        out += b"%010d 00000 n\r\n" % offsets[n]
    docid = hashlib.md5(b"lakshya-ca-may-2025-p38-39").hexdigest().upper()
    out += ("trailer\r\n<</Size %d/Root %d 0 R/Info %d 0 R/ID[<%s><%s>]>>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n"
            % (size, catalog, info_id, docid, docid, xref)).encode()
    return bytes(out)


def main():
    args = sys.argv[1:]
    meta, blocks, box = read_source()
    if args and args[0] == "--refresh-fonts":
        chars = set(open(SRC, encoding="utf-8").read()) | set(" -\u2022\u25a0\u2009") | set("0123456789")
        chars.discard("\n")
        refresh_fonts("".join(sorted(chars)))
        return
    fonts = Fonts()
    resnames = {k: "C2_%d" % i for i, k in enumerate(FONT_ORDER)}
    dump = [] if args and args[0] == "--lines" else None
    pages = layout(fonts, resnames, meta, blocks, box, dump)
    if dump is not None:
        print("\n".join(dump))
        return
    data = build_pdf(pages, fonts, resnames)
    out = args[0] if args else OUT
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
