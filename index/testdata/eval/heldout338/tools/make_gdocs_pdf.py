#!/usr/bin/python3
"""Re-make docs/deepfakes-it-rules-eu-ai-act-handout.pdf byte for byte from its source text.

The source (tools/deepfakes-it-rules-eu-ai-act-handout.txt) is the handout's content with light
marks: "@title" (the Google Docs file name), TITLE, SUBTITLE, "# " headings, "* " bullets,
"1. " numbered items, TABLE w1,w2,… / | cells | / ENDTABLE, **bold** and [text](url) links;
any other line is a paragraph. Google Docs' smart quotes are applied while laying it out.

The file is written the way Google Docs' "File > Download > PDF Document" writes one (the Skia
PDF backend, "Skia/PDF m141 Google Docs Renderer"): PDF 1.4, an Info dictionary with the
document name, resources named after their object numbers (/G3, /F4, /F5), objects numbered
when first referenced and written out of order, FlateDecode streams, a content stream per page
that flips the page (1 0 0 -1 0 842 cm), scales CSS pixels to points (.75) and draws every
run of text as BT … [<glyph ids>] TJ … ET with 2-byte glyph ids, kerning as TJ adjustments;
fonts are Type0 / CIDFontType2 with Identity-H, /W widths, a ToUnicode CMap and a TrueType
subset (glyph ids retained) named AAAAAA+ArialMT and BAAAAA+Arial-BoldMT. A4 page, 1-inch
margins, Arial 11 pt at 1.15 line spacing; headings bold and dark blue; bullets (●) and list
numbers drawn as their own runs at the list indent; links blue with an underline drawn as a
filled rectangle and a /Link annotation; the table's borders as stroked lines and its header
row shaded; the footer holds the page number only, right-aligned.

The glyph outlines and metrics come from Liberation Sans 2.1 (metric-compatible with Arial,
SIL Open Font License), shipped in tools/fonts. Deterministic: no clock, no randomness.
Usage: make_gdocs_pdf.py [OUT]   (default: docs/deepfakes-it-rules-eu-ai-act-handout.pdf)
"""
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "deepfakes-it-rules-eu-ai-act-handout.txt")
OUT = os.path.join(ROOT, "docs", "deepfakes-it-rules-eu-ai-act-handout.pdf")
FONTS = {"R": os.path.join(HERE, "fonts", "LiberationSans-Regular.ttf"),
         "B": os.path.join(HERE, "fonts", "LiberationSans-Bold.ttf")}
PDF_NAMES = {"R": "AAAAAA+ArialMT", "B": "BAAAAA+Arial-BoldMT"}
PRODUCER = "Skia/PDF m141 Google Docs Renderer"

PAGE_W_PT, PAGE_H_PT = 596, 842
PX = 0.75
PAGE_W = PAGE_W_PT / PX
PAGE_H = PAGE_H_PT / PX
MARGIN = 96.0
CONTENT_W = PAGE_W - 2 * MARGIN
BOTTOM = PAGE_H - MARGIN
LINE_SPACING = 1.15

BLACK = (0, 0, 0)
HEAD_BLUE = (28, 69, 135)     # "dark blue 2"
GREY = (102, 102, 102)
LINK_BLUE = (17, 85, 204)
SHADE = (201, 218, 248)       # "light cornflower blue 3"


def fmt(x):
    """Skia's scalar formatting: shortest form, no leading zero, no trailing zeros."""
    if abs(x - round(x)) < 1e-6:
        return "%d" % round(x)
    s = ("%.8g" % x)
    if "e" in s:
        s = "%.8f" % x
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s.startswith("0."):
        s = s[1:]
    elif s.startswith("-0."):
        s = "-" + s[2:]
    return s


def color(c):
    return " ".join(fmt(v / 255.0) for v in c)


# ---------------------------------------------------------------- TrueType
class TTF:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        d = self.data
        n = struct.unpack(">H", d[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.table("head")
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loc_fmt = struct.unpack(">h", head[50:52])[0]
        hhea = self.table("hhea")
        self.ascent, self.descent, self.gap = struct.unpack(">hhh", hhea[4:10])
        self.n_hm = struct.unpack(">H", hhea[34:36])[0]
        self.num_glyphs = struct.unpack(">H", self.table("maxp")[4:6])[0]
        hmtx = self.table("hmtx")
        self.adv, self.lsb = [], []
        for g in range(self.num_glyphs):
            if g < self.n_hm:
                a, l = struct.unpack(">Hh", hmtx[4 * g:4 * g + 4])
            else:
                a = self.adv[-1]
                p = 4 * self.n_hm + 2 * (g - self.n_hm)
                l = struct.unpack(">h", hmtx[p:p + 2])[0]
            self.adv.append(a)
            self.lsb.append(l)
        os2 = self.table("OS/2")
        self.cap_height = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else self.ascent
        self.cmap = self._cmap()
        self.kern = self._kern()
        loca = self.table("loca")
        if self.loc_fmt == 1:
            self.loca = list(struct.unpack(">%dI" % (self.num_glyphs + 1), loca[:4 * (self.num_glyphs + 1)]))
        else:
            self.loca = [2 * x for x in struct.unpack(">%dH" % (self.num_glyphs + 1), loca[:2 * (self.num_glyphs + 1)])]

    def table(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        d = self.data
        off = self.tables["cmap"][0]
        nt = struct.unpack(">H", d[off + 2:off + 4])[0]
        base = None
        for i in range(nt):
            pid, eid, so = struct.unpack(">HHI", d[off + 4 + 8 * i:off + 12 + 8 * i])
            if pid == 3 and eid == 1:
                base = off + so
        segx2 = struct.unpack(">H", d[base + 6:base + 8])[0]
        s = segx2 // 2
        ends = struct.unpack(">%dH" % s, d[base + 14:base + 14 + segx2])
        starts = struct.unpack(">%dH" % s, d[base + 16 + segx2:base + 16 + 2 * segx2])
        deltas = struct.unpack(">%dh" % s, d[base + 16 + 2 * segx2:base + 16 + 3 * segx2])
        rpos = base + 16 + 3 * segx2
        roffs = struct.unpack(">%dH" % s, d[rpos:rpos + segx2])
        m = {}
        for k in range(s):
            for c in range(starts[k], ends[k] + 1):
                if c == 0xFFFF:
                    continue
                if roffs[k] == 0:
                    g = (c + deltas[k]) & 0xFFFF
                else:
                    a = rpos + 2 * k + roffs[k] + 2 * (c - starts[k])
                    g = struct.unpack(">H", d[a:a + 2])[0]
                    if g:
                        g = (g + deltas[k]) & 0xFFFF
                if g:
                    m[c] = g
        return m

    def _kern(self):
        if "kern" not in self.tables:
            return {}
        k = self.table("kern")
        n_sub = struct.unpack(">H", k[2:4])[0]
        pos = 4
        pairs = {}
        for _ in range(n_sub):
            _, length, coverage = struct.unpack(">HHH", k[pos:pos + 6])
            if coverage >> 8 == 0:
                n_pairs = struct.unpack(">H", k[pos + 6:pos + 8])[0]
                for i in range(n_pairs):
                    l, r, v = struct.unpack(">HHh", k[pos + 14 + 6 * i:pos + 20 + 6 * i])
                    pairs[(l, r)] = v
            pos += length
        return pairs

    def glyph(self, g):
        return self.table("glyf")[self.loca[g]:self.loca[g + 1]]

    def components(self, g):
        data = self.glyph(g)
        out = []
        if len(data) >= 10 and struct.unpack(">h", data[:2])[0] < 0:
            p = 10
            while True:
                flags, cg = struct.unpack(">HH", data[p:p + 4])
                out.append(cg)
                p += 4 + (4 if flags & 1 else 2)
                if flags & 8:
                    p += 2
                elif flags & 0x40:
                    p += 4
                elif flags & 0x80:
                    p += 8
                if not flags & 0x20:
                    break
        return out

    def subset(self, used, cmap_used):
        """A TrueType subset keeping glyph ids (unused glyphs emptied), as Skia's subsetter does."""
        keep = set(used) | {0}
        todo = list(keep)
        while todo:
            for c in self.components(todo.pop()):
                if c not in keep:
                    keep.add(c)
                    todo.append(c)
        n = max(keep) + 1
        glyf = bytearray()
        loca = [0]
        for g in range(n):
            if g in keep:
                data = self.glyph(g)
                glyf += data
                while len(glyf) % 4:
                    glyf += b"\0"
            loca.append(len(glyf))
        hmtx = b"".join(struct.pack(">Hh", self.adv[g], self.lsb[g]) for g in range(n))
        head = bytearray(self.table("head"))
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        hhea = bytearray(self.table("hhea"))
        hhea[34:36] = struct.pack(">H", n)
        maxp = bytearray(self.table("maxp"))
        maxp[4:6] = struct.pack(">H", n)
        post = bytearray(self.table("post")[:32])
        post[0:4] = struct.pack(">I", 0x00030000)
        # cmap: one (3,1) format 4 subtable, one segment per code point
        codes = sorted(cmap_used)
        segs = [(c, c, (cmap_used[c] - c) & 0xFFFF) for c in codes] + [(0xFFFF, 0xFFFF, 1)]
        sc = len(segs)
        import math
        sr = 2 * (2 ** int(math.log2(sc)))
        sub = struct.pack(">HHHHHHH", 4, 0, 0, 2 * sc, sr, int(math.log2(sr // 2)), 2 * sc - sr)
        sub += b"".join(struct.pack(">H", e) for _, e, _ in segs) + b"\0\0"
        sub += b"".join(struct.pack(">H", s) for s, _, _ in segs)
        sub += b"".join(struct.pack(">H", d) for _, _, d in segs)
        sub += b"".join(struct.pack(">H", 0) for _ in segs)
        sub = sub[:2] + struct.pack(">H", len(sub)) + sub[4:]
        cmap = struct.pack(">HHHHI", 0, 1, 3, 1, 12) + sub
        tables = {"OS/2": self.table("OS/2"), "cmap": cmap, "cvt ": self.table("cvt "),
                  "fpgm": self.table("fpgm"), "gasp": self.table("gasp"), "glyf": bytes(glyf),
                  "head": bytes(head), "hhea": bytes(hhea), "hmtx": hmtx,
                  "loca": struct.pack(">%dI" % len(loca), *loca), "maxp": bytes(maxp),
                  "name": self.table("name"), "post": bytes(post), "prep": self.table("prep")}
        return build_sfnt(tables)


def checksum(b):
    b = b + b"\0" * ((4 - len(b) % 4) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


def build_sfnt(tables):
    import math
    tags = sorted(tables)
    n = len(tags)
    es = int(math.log2(n))
    sr = 16 * 2 ** es
    out = struct.pack(">IHHHH", 0x00010000, n, sr, es, 16 * n - sr)
    off = 12 + 16 * n
    dir_, body = b"", b""
    for t in tags:
        data = tables[t]
        dir_ += struct.pack(">4sIII", t.encode("latin-1"), checksum(data), off + len(body), len(data))
        body += data + b"\0" * ((4 - len(data) % 4) % 4)
    font = bytearray(out + dir_ + body)
    adj = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
    hoff = 12 + 16 * n + sum(len(tables[t]) + (4 - len(tables[t]) % 4) % 4 for t in tags[:tags.index("head")])
    font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
    return bytes(font)


# ---------------------------------------------------------------- text
def smart(s):
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else " "
        if ch == '"':
            out.append("\u201c" if (prev.isspace() or prev in "([") else "\u201d")
        elif ch == "'":
            out.append("\u2018" if (prev.isspace() or prev in "([") else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def spans(text, base="R", col=BLACK):
    """Split **bold** and [text](url) marks into (text, font, colour, url) spans."""
    out = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\[(.+?)\]\((\S+?)\)", text):
        if m.start() > pos:
            out.append((text[pos:m.start()], base, col, None))
        if m.group(1):
            out.append((m.group(1), "B", col, None))
        else:
            out.append((m.group(2), base, LINK_BLUE, m.group(3)))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], base, col, None))
    return [(smart(t), f, c, u) for t, f, c, u in out]


class Layout:
    def __init__(self, fonts):
        self.fonts = fonts
        self.pages = [[]]
        self.y = MARGIN
        self.used = {k: {} for k in fonts}  # font -> {gid: char}

    def glyphs(self, font, text):
        f = self.fonts[font]
        out = []
        for ch in text:
            g = f.cmap.get(ord(ch), 0)
            out.append(g)
            self.used[font].setdefault(g, ch)
        return out

    def width(self, font, size, text):
        f = self.fonts[font]
        gs = [f.cmap.get(ord(ch), 0) for ch in text]
        w = sum(f.adv[g] for g in gs)
        for a, b in zip(gs, gs[1:]):
            w += f.kern.get((a, b), 0)
        return w * size / f.upem

    def line_height(self, size):
        f = self.fonts["R"]
        return size * (f.ascent - f.descent + f.gap) / f.upem * LINE_SPACING

    def new_page(self):
        self.pages.append([])
        self.y = MARGIN

    def wrap(self, sp, size, width):
        """Greedy word wrap of spans into lines of (text, font, colour, url) pieces."""
        words = []  # (text, font, colour, url, trailing_space)
        for text, font, col, url in sp:
            for tok in re.findall(r"\S+|\s+", text):
                if tok.isspace():
                    if words:
                        words[-1][4] += tok
                    continue
                words.append([tok, font, col, url, ""])
        lines, cur, curw = [], [], 0.0
        for w in words:
            ww = self.width(w[1], size, w[0])
            if cur and curw + ww > width:
                lines.append(cur)
                cur, curw = [], 0.0
            cur.append(w)
            curw += ww + self.width(w[1], size, w[4])
        if cur:
            lines.append(cur)
        out = []
        for ln in lines:
            pieces = []
            for i, (tok, font, col, url, sp_) in enumerate(ln):
                text = tok + (sp_ if i < len(ln) - 1 else "")
                if pieces and pieces[-1][1:] == (font, col, url):
                    pieces[-1] = (pieces[-1][0] + text, font, col, url)
                else:
                    pieces.append((text, font, col, url))
            out.append(pieces)
        return out

    def emit_line(self, pieces, x, size, lh):
        f = self.fonts["R"]
        base = self.y + (lh - size * (f.ascent - f.descent) / f.upem) / 2 + size * f.ascent / f.upem
        for text, font, col, url in pieces:
            draw = text.rstrip(" ") if url else text
            self.pages[-1].append(("text", font, size, col, x, base, text, url, self.width(font, size, draw)))
            x += self.width(font, size, text)
        return base

    def paragraph(self, sp, size=14.666667, x=MARGIN, width=CONTENT_W, before=0.0, after=0.0,
                  marker=None, keep_next=False):
        lh = self.line_height(size)
        lines = self.wrap(sp, size, width - (x - MARGIN))
        if self.y > MARGIN:
            self.y += before
        need = lh * (len(lines) if keep_next else 1) + (lh * 2 if keep_next else 0)
        if self.y + need > BOTTOM:
            self.new_page()
        for i, ln in enumerate(lines):
            if self.y + lh > BOTTOM:
                self.new_page()
            base = self.emit_line(ln, x, size, lh)
            if i == 0 and marker:
                mtext, mfont, mx = marker
                self.pages[-1].append(("text", mfont, size, BLACK, mx, base, mtext, None,
                                       self.width(mfont, size, mtext)))
            self.y += lh
        self.y += after

    def table(self, widths, rows):
        size = 13.333333
        lh = self.line_height(size)
        pad = 6.6666667
        self.y += 4
        for r, row in enumerate(rows):
            cells = []
            for c, text in enumerate(row):
                sp = spans(text, "B" if r == 0 else "R")
                cells.append(self.wrap(sp, size, widths[c] - 2 * pad))
            h = max(len(c) for c in cells) * lh + 2 * pad
            if self.y + h > BOTTOM:
                self.new_page()
            top = self.y
            x = MARGIN
            if r == 0:
                self.pages[-1].append(("fill", SHADE, MARGIN, top, sum(widths), h))
            for c, lines in enumerate(cells):
                self.y = top + pad
                for ln in lines:
                    self.emit_line(ln, x + pad, size, lh)
                    self.y += lh
                x += widths[c]
            self.pages[-1].append(("hline", MARGIN, MARGIN + sum(widths), top))
            self.pages[-1].append(("hline", MARGIN, MARGIN + sum(widths), top + h))
            x = MARGIN
            for w in [0] + widths:
                x += w
                self.pages[-1].append(("vline", x, top, top + h))
            self.y = top + h
        self.y += 12


def layout(src, fonts):
    L = Layout(fonts)
    lines = src.split("\n")
    title = None
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not line.strip():
            i += 1
            continue
        if line.startswith("@title "):
            title = line[7:]
        elif line.startswith("TITLE "):
            L.paragraph(spans(line[6:], "B", HEAD_BLUE), size=26.666667, after=4)
        elif line.startswith("SUBTITLE "):
            L.paragraph(spans(line[9:], "R", GREY), after=10.666667)
        elif line.startswith("# "):
            L.paragraph(spans(line[2:], "B", HEAD_BLUE), size=18.666667, before=18.666667,
                        after=8, keep_next=True)
        elif line.startswith("* "):
            last = not nxt.startswith("* ")
            L.paragraph(spans(line[2:]), x=MARGIN + 48, before=0, after=10.666667 if last else 2.6666667,
                        marker=("\u25cf", "R", MARGIN + 24))
        elif re.match(r"^\d+\. ", line):
            num, rest = line.split(" ", 1)
            last = not re.match(r"^\d+\. ", nxt)
            first_font = "B" if rest.startswith("**") else "R"
            L.paragraph(spans(rest), x=MARGIN + 48, after=10.666667 if last else 2.6666667,
                        marker=(num, first_font, MARGIN + 24))
        elif line.startswith("TABLE "):
            widths = [float(w) for w in line[6:].split(",")]
            rows = []
            i += 1
            while lines[i] != "ENDTABLE":
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            L.table(widths, rows)
        else:
            L.paragraph(spans(line), after=10.666667)
        i += 1
    return L, title


# ---------------------------------------------------------------- PDF
def hexglyphs(gs):
    return "<" + "".join("%04X" % g for g in gs) + ">"


def tj(L, font, text):
    f = L.fonts[font]
    gs = L.glyphs(font, text)
    parts, cur = [], [gs[0]] if gs else []
    for a, b in zip(gs, gs[1:]):
        k = f.kern.get((a, b), 0)
        if k:
            parts.append(hexglyphs(cur))
            parts.append(fmt(-k * 1000.0 / f.upem))
            cur = [b]
        else:
            cur.append(b)
    parts.append(hexglyphs(cur))
    return "[" + " ".join(parts) + "] TJ"


def page_content(L, items, number, resname):
    out = ["1 0 0 -1 0 %d cm" % PAGE_H_PT, "q", ".75 0 0 .75 0 0 cm", "1 1 1 RG 1 1 1 rg", "/G3 gs",
           "0 0 %s %s re" % (fmt(PAGE_W), fmt(PAGE_H)), "f", "Q"]
    annots = []
    for it in items:
        if it[0] == "text":
            _, font, size, col, x, base, text, url, w = it
            out += ["q", ".75 0 0 .75 0 0 cm", "%s rg" % color(col), "/G3 gs", "BT",
                    "/%s %s Tf" % (resname[font], fmt(size)),
                    "1 0 0 -1 %s %s Tm" % (fmt(x), fmt(base)), tj(L, font, text), "ET", "Q"]
            if url:
                out += ["q", ".75 0 0 .75 0 0 cm", "%s rg" % color(col), "/G3 gs",
                        "%s %s %s %s re" % (fmt(x), fmt(base + 1.6666666), fmt(w), fmt(1.0666667)), "f", "Q"]
                fR = L.fonts[font]
                top = base - size * fR.ascent / fR.upem
                bot = base - size * fR.descent / fR.upem
                annots.append((x * PX, PAGE_H_PT - bot * PX, (x + w) * PX, PAGE_H_PT - top * PX, url))
        elif it[0] == "fill":
            _, col, x, y, w, h = it
            out += ["q", ".75 0 0 .75 0 0 cm", "%s rg" % color(col), "/G3 gs",
                    "%s %s %s %s re" % (fmt(x), fmt(y), fmt(w), fmt(h)), "f", "Q"]
        elif it[0] in ("hline", "vline"):
            if it[0] == "hline":
                _, x1, x2, y = it
                a, b = (x1, y), (x2, y)
            else:
                _, x, y1, y2 = it
                a, b = (x, y1), (x, y2)
            out += ["q", ".75 0 0 .75 0 0 cm", "0 0 0 RG", "/G3 gs", "1.3333334 w", "0 J",
                    "%s %s m" % (fmt(a[0]), fmt(a[1])), "%s %s l" % (fmt(b[0]), fmt(b[1])), "S", "Q"]
    # footer: the page number only, right-aligned
    size = 14.666667
    s = "%d" % number
    w = L.width("R", size, s)
    fR = L.fonts["R"]
    base = PAGE_H - 48 + size * fR.descent / fR.upem
    out += ["q", ".75 0 0 .75 0 0 cm", "0 0 0 rg", "/G3 gs", "BT", "/%s %s Tf" % (resname["R"], fmt(size)),
            "1 0 0 -1 %s %s Tm" % (fmt(PAGE_W - MARGIN - w), fmt(base)), tj(L, "R", s), "ET", "Q"]
    return ("\n".join(out) + "\n").encode("latin-1"), annots


def pdf_string(s):
    if all(ord(c) < 128 for c in s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def tounicode(used):
    """ToUnicode CMap in the shape Skia writes: bfrange for runs, bfchar for the rest, 100 a block."""
    items = sorted((g, ord(ch)) for g, ch in used.items() if g)
    ranges, singles = [], []
    i = 0
    while i < len(items):
        j = i
        while (j + 1 < len(items) and items[j + 1][0] == items[j][0] + 1
               and items[j + 1][1] == items[j][1] + 1 and (items[j + 1][0] >> 8) == (items[i][0] >> 8)):
            j += 1
        if j > i:
            ranges.append((items[i][0], items[j][0], items[i][1]))
        else:
            singles.append(items[i])
        i = j + 1
    out = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
           "<<  /Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0", ">> def",
           "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
           "<0000> <FFFF>", "endcodespacerange"]
    for k in range(0, len(singles), 100):
        blk = singles[k:k + 100]
        out.append("%d beginbfchar" % len(blk))
        out += ["<%04X> <%04X>" % (g, u) for g, u in blk]
        out.append("endbfchar")
    for k in range(0, len(ranges), 100):
        blk = ranges[k:k + 100]
        out.append("%d beginbfrange" % len(blk))
        out += ["<%04X> <%04X> <%04X>" % r for r in blk]
        out.append("endbfrange")
    out += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(out).encode("latin-1")


def widths_array(font, used):
    gs = sorted(g for g in used)
    parts, i = [], 0
    while i < len(gs):
        j = i
        while j + 1 < len(gs) and gs[j + 1] == gs[j] + 1:
            j += 1
        parts.append("%d [%s]" % (gs[i], " ".join(fmt(font.adv[g] * 1000.0 / font.upem) for g in gs[i:j + 1])))
        i = j + 1
    return "[" + " ".join(parts) + "]"


def stream(dict_entries, data):
    comp = zlib.compress(data, 6)
    d = dict_entries + ["/Filter /FlateDecode", "/Length %d" % len(comp)]
    return ("<<" + "\n".join(d) + ">> stream\n").encode("latin-1") + comp + b"\nendstream"


def build(src):
    fonts = {k: TTF(p) for k, p in FONTS.items()}
    L, title = layout(src, fonts)
    # numbering: 1 Info, 2 Pages, 3 ExtGState, 4/5 the two Type0 fonts, then page by page
    resname = {"R": "F4", "B": "F5"}
    objs = {}
    order = []

    def put(num, body):
        objs[num] = body
        order.append(num)

    put(1, ("<</Title %s\n/Producer %s>>" % (pdf_string(title), pdf_string(PRODUCER))).encode("latin-1"))
    put(3, b"<</ca 1\n/BM /Normal>>")
    nxt = 6
    page_nums = []
    contents = []
    for n, items in enumerate(L.pages, 1):
        data, annots = page_content(L, items, n, resname)
        contents.append((data, annots))
    for data, annots in contents:
        page_num, content_num = nxt, nxt + 1
        nxt += 2
        annot_nums = []
        for (x1, y1, x2, y2, url) in annots:
            put(nxt, ("<</Type /Annot\n/Subtype /Link\n/F 4\n/Rect [%s %s %s %s]\n/Border [0 0 0]\n"
                      "/A <</Type /Action\n/S /URI\n/URI %s>>>>"
                      % (fmt(x1), fmt(y1), fmt(x2), fmt(y2), pdf_string(url))).encode("latin-1"))
            annot_nums.append(nxt)
            nxt += 1
        put(content_num, stream([], data))
        res = ("<</ProcSet [/PDF /Text /ImageB /ImageC /ImageI]\n/ExtGState <</G3 3 0 R>>\n"
               "/Font <</F4 4 0 R\n/F5 5 0 R>>>>")
        entries = ["/Type /Page", "/Resources " + res, "/MediaBox [0 0 %d %d]" % (PAGE_W_PT, PAGE_H_PT)]
        if annot_nums:
            entries.append("/Annots [%s]" % " ".join("%d 0 R" % a for a in annot_nums))
        entries += ["/Contents %d 0 R" % content_num, "/Parent 2 0 R"]
        put(page_num, ("<<" + "\n".join(entries) + ">>").encode("latin-1"))
        page_nums.append(page_num)
    put(2, ("<</Type /Pages\n/Count %d\n/Kids [%s]>>"
            % (len(page_nums), " ".join("%d 0 R" % p for p in page_nums))).encode("latin-1"))
    for key, t0 in (("R", 4), ("B", 5)):
        f = fonts[key]
        used = L.used[key]
        cid, desc, ff, tu = nxt, nxt + 1, nxt + 2, nxt + 3
        nxt += 4
        name = PDF_NAMES[key]
        put(t0, ("<</Type /Font\n/Subtype /Type0\n/BaseFont /%s\n/Encoding /Identity-H\n"
                 "/DescendantFonts [%d 0 R]\n/ToUnicode %d 0 R>>" % (name, cid, tu)).encode("latin-1"))
        sc = 1000.0 / f.upem
        put(cid, ("<</Type /Font\n/FontDescriptor %d 0 R\n/BaseFont /%s\n/Subtype /CIDFontType2\n"
                  "/CIDToGIDMap /Identity\n/CIDSystemInfo <</Registry (Adobe)\n/Ordering (Identity)\n"
                  "/Supplement 0>>\n/W %s\n/DW 0>>" % (desc, name, widths_array(f, used))).encode("latin-1"))
        put(desc, ("<</Type /FontDescriptor\n/FontName /%s\n/Flags 4\n/Ascent %s\n/Descent %s\n"
                   "/StemV %s\n/CapHeight %s\n/ItalicAngle 0\n/FontBBox [%s]\n/FontFile2 %d 0 R>>"
                   % (name, fmt(f.ascent * sc), fmt(f.descent * sc), "69.824219" if key == "B" else "45.898438",
                      fmt(f.cap_height * sc), " ".join(fmt(v * sc) for v in f.bbox), ff)).encode("latin-1"))
        cmap_used = {ord(ch): g for g, ch in used.items() if g}
        prog = f.subset(set(used), cmap_used)
        put(ff, stream(["/Length1 %d" % len(prog)], prog))
        put(tu, stream([], tounicode(used)))
    catalog = nxt
    put(catalog, b"<</Type /Catalog\n/Pages 2 0 R>>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in order:
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += b"trailer\n<</Size %d\n/Root %d 0 R\n/Info 1 0 R>>\nstartxref\n%d\n%%%%EOF" % (size, catalog, xref)
    return bytes(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    src = open(SRC, encoding="utf-8").read()
    data = build(src)
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
