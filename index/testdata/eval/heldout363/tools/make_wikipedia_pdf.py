#!/usr/bin/python3
"""Re-make docs/project-cheetah-wikipedia.pdf from tools/project-cheetah-wikipedia.txt.

The file imitates what Wikipedia's "Download as PDF" (the Proton service: headless Chrome printing
the article, Skia's PDF backend) gives for an article: A4 pages, one column; the title in a serif
face over a rule, "From Wikipedia, the free encyclopedia", an italic hatnote, the infobox floated
right as a bordered table with the lead wrapping beside it, serif h2 headings over a rule, bold
sans h3 headings, bullet lists whose discs are drawn as paths (not text), a wikitable with a
shaded header row, blue wiki links and bracketed superscript reference marks carrying URI link
annotations, the numbered reference list with "^" back-links, the categories box, "Retrieved
from", the last-edited line and the licence line, and on every page a footer with the article's
URL on the left and "n/N" on the right.  Fonts are subsets of the system's Liberation fonts
(Liberation Serif for the title and h2, Liberation Sans for the rest) embedded as Type0 /
CIDFontType2 fonts with Identity-H encoding, a /W array and a ToUnicode CMap, as Skia embeds them.
Everything is deterministic (fixed dates, no randomness), so the output is byte for byte the same.

Usage: make_wikipedia_pdf.py [output path]   (default: docs/project-cheetah-wikipedia.pdf)
"""
import hashlib
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "project-cheetah-wikipedia.txt")
OUT = os.path.join(ROOT, "docs", "project-cheetah-wikipedia.pdf")
FONTDIR = "/usr/share/fonts/truetype/liberation2"
FONTFILES = {
    "sans": "LiberationSans-Regular.ttf",
    "sansB": "LiberationSans-Bold.ttf",
    "sansI": "LiberationSans-Italic.ttf",
    "serif": "LiberationSerif-Regular.ttf",
    "fallback": "../dejavu/DejaVuSans.ttf",
}
PAGE_W, PAGE_H = 595.92, 842.88
LEFT, RIGHT = 45.0, 550.92
TOP, BOTTOM = 806.0, 62.0
LINK = (0.2, 0.4, 0.8)          # #3366cc
GREY_TEXT = (0.329, 0.349, 0.365)
RULE = (0.635, 0.663, 0.694)    # #a2a9b1
BOX_BG = (0.973, 0.976, 0.98)   # #f8f9fa
HEAD_BG = (0.918, 0.925, 0.941)  # #eaecf0


# ---------------------------------------------------------------- TrueType fonts
class TTF:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        d = self.data
        n = struct.unpack(">H", d[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.tab("head")
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loca_fmt = struct.unpack(">h", head[50:52])[0]
        hhea = self.tab("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        self.nhm = struct.unpack(">H", hhea[34:36])[0]
        self.nglyphs = struct.unpack(">H", self.tab("maxp")[4:6])[0]
        hm = self.tab("hmtx")
        self.adv = [struct.unpack(">H", hm[4 * i:4 * i + 2])[0] for i in range(self.nhm)]
        loca = self.tab("loca")
        if self.loca_fmt == 0:
            self.loca = [2 * x for x in struct.unpack(">%dH" % (self.nglyphs + 1), loca[:2 * (self.nglyphs + 1)])]
        else:
            self.loca = list(struct.unpack(">%dI" % (self.nglyphs + 1), loca[:4 * (self.nglyphs + 1)]))
        self.cmap = self._cmap()
        self.used = {0}

    def tab(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        c = self.tab("cmap")
        nt = struct.unpack(">H", c[2:4])[0]
        sub = None
        for i in range(nt):
            pid, eid, off = struct.unpack(">HHI", c[4 + 8 * i:12 + 8 * i])
            if pid == 3 and eid == 1:
                sub = off
        fmt = struct.unpack(">H", c[sub:sub + 2])[0]
        assert fmt == 4
        seg = struct.unpack(">H", c[sub + 6:sub + 8])[0] // 2
        ends = struct.unpack(">%dH" % seg, c[sub + 14:sub + 14 + 2 * seg])
        starts = struct.unpack(">%dH" % seg, c[sub + 16 + 2 * seg:sub + 16 + 4 * seg])
        deltas = struct.unpack(">%dh" % seg, c[sub + 16 + 4 * seg:sub + 16 + 6 * seg])
        ro = sub + 16 + 6 * seg
        ranges = struct.unpack(">%dH" % seg, c[ro:ro + 2 * seg])
        m = {}
        for i in range(seg):
            for ch in range(starts[i], ends[i] + 1):
                if ch == 0xFFFF:
                    continue
                if ranges[i] == 0:
                    g = (ch + deltas[i]) & 0xFFFF
                else:
                    a = ro + 2 * i + ranges[i] + 2 * (ch - starts[i])
                    g = struct.unpack(">H", c[a:a + 2])[0]
                    if g:
                        g = (g + deltas[i]) & 0xFFFF
                if g:
                    m[ch] = g
        return m

    def gid(self, ch):
        g = self.cmap.get(ord(ch), 0)
        if not g:
            raise ValueError("no glyph for %r" % ch)
        return g

    def advance(self, g):
        return self.adv[min(g, self.nhm - 1)]

    def width(self, s, size):
        return sum(self.advance(self.gid(ch)) for ch in s) * size / self.upem

    def _glyph(self, g):
        glyf = self.tab("glyf")
        return glyf[self.loca[g]:self.loca[g + 1]]

    def _components(self, g):
        data = self._glyph(g)
        if len(data) < 10 or struct.unpack(">h", data[:2])[0] >= 0:
            return []
        out, p = [], 10
        while True:
            flags, comp = struct.unpack(">HH", data[p:p + 4])
            out.append(comp)
            p += 4 + (4 if flags & 1 else 2)
            if flags & 8:
                p += 2
            elif flags & 0x40:
                p += 4
            elif flags & 0x80:
                p += 8
            if not flags & 0x20:
                return out

    def subset(self):
        keep = set(self.used)
        todo = list(keep)
        while todo:
            for c in self._components(todo.pop()):
                if c not in keep:
                    keep.add(c)
                    todo.append(c)
        glyf, loca = b"", []
        for g in range(self.nglyphs):
            loca.append(len(glyf))
            if g in keep:
                gd = self._glyph(g)
                glyf += gd + b"\0" * ((4 - len(gd) % 4) % 4)
        loca.append(len(glyf))
        head = bytearray(self.tab("head"))
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        tables = {"glyf": glyf, "loca": struct.pack(">%dI" % len(loca), *loca), "head": bytes(head)}
        for t in ("cvt ", "fpgm", "hhea", "hmtx", "maxp", "prep"):
            if t in self.tables:
                tables[t] = self.tab(t)
        tags = sorted(tables)
        n = len(tags)
        es = 1
        while 2 ** (es + 1) <= n:
            es += 1
        sr = 16 * 2 ** es
        out = struct.pack(">IHHHH", 0x00010000, n, sr, es, n * 16 - sr)
        off = 12 + 16 * n
        dirs, body = b"", b""
        for t in tags:
            data = tables[t]
            dirs += struct.pack(">4sIII", t.encode("latin-1"), checksum(data), off + len(body), len(data))
            body += data + b"\0" * ((4 - len(data) % 4) % 4)
        font = bytearray(out + dirs + body)
        adj = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
        hoff = 12 + 16 * n + sum(len(tables[t]) + (4 - len(tables[t]) % 4) % 4 for t in tags[:tags.index("head")])
        font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
        return bytes(font)


def checksum(data):
    data = data + b"\0" * ((4 - len(data) % 4) % 4)
    return sum(struct.unpack(">%dI" % (len(data) // 4), data)) & 0xFFFFFFFF


FONTS = {k: TTF(os.path.join(FONTDIR, v)) for k, v in FONTFILES.items()}


def pieces(font, s):
    """Split s into runs drawable in font, falling back to DejaVu Sans for missing glyphs (the rupee
    sign), as Chrome falls back to another system font."""
    out = []
    for ch in s:
        f = font if ord(ch) in FONTS[font].cmap else "fallback"
        if out and out[-1][0] == f:
            out[-1][1] += ch
        else:
            out.append([f, ch])
    return out


def width(font, size, s):
    return sum(FONTS[f].width(t, size) for f, t in pieces(font, s))


# ---------------------------------------------------------------- inline markup
INLINE = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]([a-z]*)|\*\*(.+?)\*\*|//(.+?)//|\{(\d+)\}")


def inline(text, base="sans", color=(0, 0, 0)):
    """Return a list of segments: dict(t=text, f=font, c=colour, uri=None|str, sup=bool)."""
    segs, pos = [], 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            segs.append(dict(t=text[pos:m.start()], f=base, c=color, uri=None, sup=False))
        if m.group(1):
            label = (m.group(2) or m.group(1)) + m.group(3)   # MediaWiki's link trail
            target = m.group(1)
            segs.append(dict(t=label, f=base, c=LINK, uri="https://en.wikipedia.org/wiki/" + target.replace(" ", "_"),
                             sup=False))
        elif m.group(4):
            segs.append(dict(t=m.group(4), f="sansB", c=color, uri=None, sup=False))
        elif m.group(5):
            segs.append(dict(t=m.group(5), f="sansI", c=color, uri=None, sup=False))
        else:
            n = m.group(6)
            segs.append(dict(t="[%s]" % n, f="sans", c=LINK,
                             uri="https://en.wikipedia.org/wiki/Project_Cheetah#cite_note-%s" % n, sup=True))
        pos = m.end()
    if pos < len(text):
        segs.append(dict(t=text[pos:], f=base, c=color, uri=None, sup=False))
    return segs


def words_of(segs):
    """Split segments into words; each word is a list of segments (no spaces inside)."""
    words, cur = [], []
    for s in segs:
        for p in re.split(r"( +)", s["t"]):
            if not p:
                continue
            if p.startswith(" "):
                if cur:
                    words.append(cur)
                    cur = []
                continue
            cur.append(dict(s, t=p))
    if cur:
        words.append(cur)
    return words


def seg_w(seg, size):
    sz = size * 0.75 if seg["sup"] else size
    return width(seg["f"], sz, seg["t"])


def word_w(word, size):
    return sum(seg_w(s, size) for s in word)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.ops = []      # drawing operations
        self.links = []    # (x0, y0, x1, y1, uri)


class Layout:
    def __init__(self):
        self.pages = [Page()]
        self.y = TOP
        self.float_bottom = None   # y below which the float (infobox) ends
        self.float_left = None

    @property
    def page(self):
        return self.pages[-1]

    def new_page(self):
        self.pages.append(Page())
        self.y = TOP
        self.float_bottom = None

    def ensure(self, need):
        if self.y - need < BOTTOM:
            self.new_page()

    def right_edge(self, y_top, height):
        if self.float_bottom is not None and y_top > self.float_bottom:
            return self.float_left - 14
        return RIGHT

    def clear_float(self):
        if self.float_bottom is not None and self.y > self.float_bottom:
            self.y = self.float_bottom - 4
        self.float_bottom = None

    # --- drawing primitives
    def text(self, x, y, font, size, s, color=(0, 0, 0), uri=None):
        cx = x
        for f, t in pieces(font, s):
            self.page.ops.append(("text", cx, y, f, size, t, color))
            for ch in t:
                FONTS[f].used.add(FONTS[f].gid(ch))
            cx += FONTS[f].width(t, size)
        if uri:
            w = width(font, size, s)
            self.page.links.append((x, y - size * 0.22, x + w, y + size * 0.9, uri))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.75):
        self.page.ops.append(("rect", x, y, w, h, fill, stroke, lw))

    def line(self, x0, y0, x1, y1, color=RULE, lw=0.75):
        self.page.ops.append(("line", x0, y0, x1, y1, color, lw))

    def disc(self, cx, cy, r):
        self.page.ops.append(("disc", cx, cy, r))

    # --- lines of words
    def draw_line(self, words, x, base, size):
        """Draw one line of words starting at x on baseline base; merge same-style runs."""
        toks = []
        for i, word in enumerate(words):
            if i > 0:
                prev, nxt = toks[-1], word[0]
                if not prev["sup"] and not prev["uri"]:
                    sp = dict(prev)
                elif not nxt["sup"] and not nxt["uri"]:
                    sp = dict(nxt)
                elif prev["uri"] == nxt["uri"] and prev["sup"] == nxt["sup"]:
                    sp = dict(prev)
                else:
                    sp = dict(f="sans", c=(0, 0, 0), uri=None, sup=False)
                sp["t"] = " "
                toks.append(sp)
            toks.extend(dict(s) for s in word)
        runs = []
        for t in toks:
            if runs and all(runs[-1][k] == t[k] for k in ("f", "c", "uri", "sup")):
                runs[-1]["t"] += t["t"]
            else:
                runs.append(dict(t))
        cx = x
        for r in runs:
            sz = size * 0.75 if r["sup"] else size
            yy = base + (size * 0.38 if r["sup"] else 0)
            # Skia draws the spaces too: they are glyphs of the run
            self.text(cx, yy, r["f"], sz, r["t"], r["c"], r["uri"] if r["t"].strip() else None)
            cx += width(r["f"], sz, r["t"])

    def flow(self, segs, size=10.0, leading=14.4, indent=0.0, hang=0.0, before=0.0, after=7.0, x_right=None,
             first_prefix=None):
        """Flow a paragraph; first_prefix is a callable(base) drawing a marker on the first line."""
        words = words_of(segs)
        self.y -= before
        first = True
        space = width("sans", size, " ")
        while words:
            self.ensure(leading)
            x0 = LEFT + indent + (0 if first else hang)
            xr = x_right if x_right is not None else self.right_edge(self.y, leading)
            avail = xr - x0
            line, w = [], 0.0
            while words:
                ww = word_w(words[0], size)
                add = ww + (space if line else 0)
                if line and w + add > avail:
                    break
                line.append(words.pop(0))
                w += add
            base = self.y - leading * 0.74
            if first and first_prefix:
                first_prefix(base)
            self.draw_line(line, x0, base, size)
            self.y -= leading
            first = False
        self.y -= after


# ---------------------------------------------------------------- document build
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
        ln = lines[i]
        if ln.startswith("@meta "):
            k, v = ln[6:].split("=", 1)
            meta[k] = v
        elif ln.startswith("= "):
            flush()
            blocks.append(("title", ln[2:]))
        elif ln.startswith("@sub "):
            blocks.append(("sub", ln[5:]))
        elif ln.startswith("@hat "):
            blocks.append(("hat", ln[5:]))
        elif ln.startswith("@infobox "):
            rows = []
            i += 1
            while lines[i] != "@end":
                a, b = lines[i].split(" | ", 1)
                rows.append((a, b))
                i += 1
            blocks.append(("infobox", ln[9:], rows))
        elif ln.startswith("@table "):
            flush()
            rows = []
            i += 1
            while lines[i] != "@end":
                rows.append(lines[i].split(" | "))
                i += 1
            blocks.append(("table", ln[7:], rows))
        elif ln.startswith("@refs"):
            flush()
            refs = []
            i += 1
            while lines[i] != "@end":
                refs.append(lines[i])
                i += 1
            blocks.append(("refs", refs))
        elif ln.startswith("@cats "):
            blocks.append(("cats", ln[6:].split(" | ")))
        elif ln.startswith("@edited "):
            blocks.append(("edited", ln[8:]))
        elif ln.startswith("=== "):
            flush()
            blocks.append(("h3", ln[4:]))
        elif ln.startswith("== "):
            flush()
            blocks.append(("h2", ln[3:]))
        elif ln.startswith("* "):
            flush()
            blocks.append(("li", ln[2:]))
        elif not ln.strip():
            flush()
        else:
            # a paragraph is one source line
            para.append(ln)
            flush()
        i += 1
    flush()
    return meta, blocks


def infobox(lay, title, rows):
    w = 206.0
    x0 = RIGHT - w
    lab_w = 62.0
    size, lead = 8.6, 11.2
    pad = 4.0
    # measure
    laid = []
    for lab, val in rows:
        vw = words_of(inline(val))
        vlines, cur, cw = [], [], 0.0
        sp = width("sans", size, " ")
        for word in vw:
            ww = word_w(word, size)
            add = ww + (sp if cur else 0)
            if cur and cw + add > w - lab_w - 2 * pad - 4:
                vlines.append(cur)
                cur, cw = [], 0.0
                add = ww
            cur.append(word)
            cw += add
        if cur:
            vlines.append(cur)
        laid.append((lab, vlines))
    title_h = 20.0
    h = title_h + sum(max(1, len(v)) * lead + 5 for _, v in laid) + 4
    top = lay.y
    lay.rect(x0, top - h, w, h, fill=BOX_BG, stroke=RULE, lw=0.75)
    tw = width("sansB", 11.0, title)
    lay.text(x0 + (w - tw) / 2, top - 14.5, "sansB", 11.0, title)
    y = top - title_h - 2
    for lab, vlines in laid:
        base = y - lead * 0.78
        lay.text(x0 + pad, base, "sansB", size, lab)
        for k, vl in enumerate(vlines):
            lay.draw_line(vl, x0 + lab_w, base - k * lead, size)
        y -= max(1, len(vlines)) * lead + 5
    lay.float_left = x0
    lay.float_bottom = top - h - 6
    lay.y_float_top = top


def table(lay, caption, rows):
    size, lead = 9.2, 15.0
    pad = 5.0
    ncol = len(rows[0])
    colw = []
    for c in range(ncol):
        m = 0.0
        for r, row in enumerate(rows):
            m = max(m, width("sansB" if r == 0 else "sans", size, row[c]))
        colw.append(m + 2 * pad)
    tot = sum(colw)
    lay.ensure(lead * 3 + 16)
    lay.y -= 4
    cw = width("sansB", size, caption)
    lay.text(LEFT + (tot - cw) / 2, lay.y - 10, "sansB", size, caption)
    lay.y -= 16
    for r, row in enumerate(rows):
        lay.ensure(lead)
        top = lay.y
        x = LEFT
        for c, cell in enumerate(row):
            lay.rect(x, top - lead, colw[c], lead, fill=HEAD_BG if r == 0 else BOX_BG, stroke=RULE, lw=0.6)
            lay.text(x + pad, top - lead + 4.4, "sansB" if r == 0 else "sans", size, cell)
            x += colw[c]
        lay.y -= lead
    lay.y -= 10


def heading2(lay, text):
    lay.clear_float()
    lay.ensure(22 + 3 * 14.4)
    lay.y -= 12
    lay.text(LEFT, lay.y - 16, "serif", 17.0, text)
    lay.y -= 22
    lay.line(LEFT, lay.y, RIGHT, lay.y, RULE, 0.6)
    lay.y -= 6


def heading3(lay, text):
    lay.ensure(18 + 3 * 14.4)
    lay.y -= 6
    lay.text(LEFT, lay.y - 12, "sansB", 11.2, text)
    lay.y -= 18


def refs(lay, items):
    size, lead = 8.8, 12.6
    for n, item in enumerate(items, 1):
        lab = "%d." % n
        segs = []
        if item.startswith("^a b "):
            rest = item[5:]
            segs = [dict(t="^", f="sansB", c=LINK, uri="https://en.wikipedia.org/wiki/Project_Cheetah#cite_ref-%d" % n, sup=False),
                    dict(t=" ", f="sans", c=(0, 0, 0), uri=None, sup=False),
                    dict(t="a", f="sansI", c=LINK, uri="https://en.wikipedia.org/wiki/Project_Cheetah#cite_ref-%d-0" % n, sup=True),
                    dict(t=" ", f="sans", c=(0, 0, 0), uri=None, sup=False),
                    dict(t="b", f="sansI", c=LINK, uri="https://en.wikipedia.org/wiki/Project_Cheetah#cite_ref-%d-1" % n, sup=True),
                    dict(t=" ", f="sans", c=(0, 0, 0), uri=None, sup=False)] + inline(rest)
        else:
            segs = [dict(t="^", f="sansB", c=LINK, uri="https://en.wikipedia.org/wiki/Project_Cheetah#cite_ref-%d" % n, sup=False),
                    dict(t=" ", f="sans", c=(0, 0, 0), uri=None, sup=False)] + inline(item)

        def marker(base, lab=lab):
            lay.text(LEFT + 20 - width("sans", size, lab), base, "sans", size, lab)
        lay.flow(segs, size=size, leading=lead, indent=24, after=2.5, first_prefix=marker)


def build(meta, blocks):
    lay = Layout()
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lay.text(LEFT, lay.y - 22, "serif", 26.0, b[1])
            lay.y -= 31
            lay.line(LEFT, lay.y, RIGHT, lay.y, RULE, 0.6)
            lay.y -= 4
        elif kind == "sub":
            lay.text(LEFT, lay.y - 10, "sans", 8.8, b[1], GREY_TEXT)
            lay.y -= 20
        elif kind == "hat":
            lay.flow(inline(b[1], base="sansI"), size=9.4, leading=13.0, indent=18, after=8)
        elif kind == "infobox":
            infobox(lay, b[1], b[2])
        elif kind == "p":
            lay.flow(inline(b[1]), size=10.0, leading=14.4, after=7.5)
        elif kind == "li":
            def dot(base):
                lay.disc(LEFT + 10, base + 3.0, 1.6)
            lay.flow(inline(b[1]), size=10.0, leading=14.4, indent=20, after=1.5, first_prefix=dot)
        elif kind == "h2":
            heading2(lay, b[1])
        elif kind == "h3":
            heading3(lay, b[1])
        elif kind == "table":
            table(lay, b[1], b[2])
        elif kind == "refs":
            heading2(lay, "References")
            refs(lay, b[1])
        elif kind == "cats":
            lay.y -= 12
            segs = [dict(t="Categories:", f="sans", c=LINK, uri="https://en.wikipedia.org/wiki/Help:Category", sup=False)]
            for k, c in enumerate(b[1]):
                segs.append(dict(t=" " if k == 0 else " | ", f="sans", c=(0, 0, 0), uri=None, sup=False))
                segs.append(dict(t=c, f="sans", c=LINK, uri="https://en.wikipedia.org/wiki/Category:" + c.replace(" ", "_"), sup=False))
            lay.ensure(30)
            top = lay.y
            start = len(lay.page.ops)
            lay.flow(segs, size=8.8, leading=12.6, indent=6, before=5, after=5, x_right=RIGHT - 6)
            # the box is drawn behind its text
            lay.page.ops.insert(start, ("rect", LEFT, lay.y, RIGHT - LEFT, top - lay.y, BOX_BG, RULE, 0.6))
            lay.y -= 8
            url = "https://en.wikipedia.org/w/index.php?title=Project_Cheetah&oldid=%s" % meta["oldid"]
            lay.flow([dict(t="Retrieved from \u201c", f="sans", c=GREY_TEXT, uri=None, sup=False),
                      dict(t=url, f="sans", c=LINK, uri=url, sup=False),
                      dict(t="\u201d", f="sans", c=GREY_TEXT, uri=None, sup=False)], size=8.8, leading=12.6, after=6)
        elif kind == "edited":
            lay.ensure(60)
            lay.line(LEFT, lay.y, RIGHT, lay.y, RULE, 0.5)
            lay.y -= 6
            lay.flow(inline(b[1], color=GREY_TEXT), size=8.4, leading=12.0, after=3)
            lic = [dict(t="Text is available under the ", f="sans", c=GREY_TEXT, uri=None, sup=False),
                   dict(t="Creative Commons Attribution-ShareAlike 4.0 License", f="sans", c=LINK,
                        uri="https://creativecommons.org/licenses/by-sa/4.0/", sup=False),
                   dict(t="; additional terms may apply. By using this site, you agree to the ", f="sans", c=GREY_TEXT,
                        uri=None, sup=False),
                   dict(t="Terms of Use", f="sans", c=LINK, uri="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use", sup=False),
                   dict(t=" and ", f="sans", c=GREY_TEXT, uri=None, sup=False),
                   dict(t="Privacy Policy", f="sans", c=LINK, uri="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy", sup=False),
                   dict(t=". Wikipedia\u00ae is a registered trademark of the ", f="sans", c=GREY_TEXT, uri=None, sup=False),
                   dict(t="Wikimedia Foundation, Inc.", f="sans", c=LINK, uri="https://wikimediafoundation.org/", sup=False),
                   dict(t=", a non-profit organization.", f="sans", c=GREY_TEXT, uri=None, sup=False)]
            lay.flow(lic, size=8.4, leading=12.0, after=3)
    return lay


# ---------------------------------------------------------------- PDF writing
def num(v):
    s = ("%.4f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def hexstr(font, s):
    f = FONTS[font]
    return "<" + "".join("%04X" % f.gid(ch) for ch in s) + ">"


FONT_RES = {"sans": "F4", "sansB": "F5", "sansI": "F6", "serif": "F7", "fallback": "F8"}


def content(page, n, total, url):
    out = []
    out.append("/G3 gs")
    for op in page.ops:
        if op[0] == "rect":
            _, x, y, w, h, fill, stroke, lw = op
            if fill:
                out.append("%s %s %s rg" % tuple(num(c) for c in fill))
                out.append("%s %s %s %s re f" % (num(x), num(y), num(w), num(h)))
            if stroke:
                out.append("%s %s %s RG" % tuple(num(c) for c in stroke))
                out.append("%s w" % num(lw))
                out.append("%s %s %s %s re S" % (num(x), num(y), num(w), num(h)))
        elif op[0] == "line":
            _, x0, y0, x1, y1, color, lw = op
            out.append("%s %s %s RG" % tuple(num(c) for c in color))
            out.append("%s w" % num(lw))
            out.append("%s %s m %s %s l S" % (num(x0), num(y0), num(x1), num(y1)))
        elif op[0] == "disc":
            _, cx, cy, r = op
            k = r * 0.5523
            out.append("0 0 0 rg")
            out.append("%s %s m" % (num(cx + r), num(cy)))
            out.append("%s %s %s %s %s %s c" % (num(cx + r), num(cy + k), num(cx + k), num(cy + r), num(cx), num(cy + r)))
            out.append("%s %s %s %s %s %s c" % (num(cx - k), num(cy + r), num(cx - r), num(cy + k), num(cx - r), num(cy)))
            out.append("%s %s %s %s %s %s c" % (num(cx - r), num(cy - k), num(cx - k), num(cy - r), num(cx), num(cy - r)))
            out.append("%s %s %s %s %s %s c" % (num(cx + k), num(cy - r), num(cx + r), num(cy - k), num(cx + r), num(cy)))
            out.append("h f")
        elif op[0] == "text":
            _, x, y, font, size, s, color = op
            out.append("%s %s %s rg" % tuple(num(c) for c in color))
            out.append("BT")
            out.append("/%s %s Tf" % (FONT_RES[font], num(size)))
            out.append("1 0 0 1 %s %s Tm" % (num(x), num(y)))
            out.append("%s Tj" % hexstr(font, s))
            out.append("ET")
    # footer
    foot = [(LEFT, url, "sans")]
    pg = "%d/%d" % (n, total)
    for x, s, f in foot + [(RIGHT - width("sans", 8.0, pg), pg, "sans")]:
        out.append("0 0 0 rg")
        out.append("BT")
        out.append("/%s 8 Tf" % FONT_RES[f])
        out.append("1 0 0 1 %s %s Tm" % (num(x), num(28.0)))
        out.append("%s Tj" % hexstr(f, s))
        out.append("ET")
    return ("\n".join(out) + "\n").encode("latin-1")


def tounicode(f):
    rev = {}
    for ch, g in sorted(f.cmap.items()):
        if g in f.used and g not in rev:
            rev[g] = ch
    items = sorted(rev.items())
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", "<<  /Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0", ">> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange", "<0000> <FFFF>",
             "endcodespacerange"]
    for k in range(0, len(items), 100):
        chunk = items[k:k + 100]
        lines.append("%d beginbfchar" % len(chunk))
        for g, ch in chunk:
            lines.append("<%04X> <%04X>" % (g, ch))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines) + "\n").encode("latin-1")


def w_array(f):
    parts = []
    for g in sorted(f.used):
        parts.append("%d [%s]" % (g, num(f.advance(g) * 1000.0 / f.upem)))
    return "[" + " ".join(parts) + "]"


def stream(dict_body, data, compress=True):
    if compress:
        data = zlib.compress(data, 9)
        return ("<<%s /Filter /FlateDecode /Length %d>> stream\n" % (dict_body, len(data))).encode("latin-1") + data + b"\nendstream"
    return ("<<%s /Length %d>> stream\n" % (dict_body, len(data))).encode("latin-1") + data + b"\nendstream"


def pdfstr(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def write_pdf(lay, meta, path):
    objs = {}
    order = []

    def new():
        n = len(order) + 1
        order.append(n)
        return n

    info, catalog, pages_id = new(), new(), new()
    gs = new()
    font_ids = {}
    for key in FONT_RES:
        font_ids[key] = (new(), new(), new(), new(), new())  # type0, cidfont, descriptor, fontfile, tounicode
    page_ids = []
    total = len(lay.pages)
    annot_ids = []
    for n, page in enumerate(lay.pages, 1):
        pid, cid = new(), new()
        aids = [new() for _ in page.links]
        page_ids.append((pid, cid, aids))
    objs[info] = ("<</Title %s\n/Creator (Mozilla/5.0 \\(X11; Linux x86_64\\) AppleWebKit/537.36 \\(KHTML, like Gecko\\) "
                  "HeadlessChrome/142.0.7444.59 Safari/537.36)\n/Producer (Skia/PDF m142)\n/CreationDate (%s)\n/ModDate (%s)>>"
                  % (pdfstr(meta["title"]), meta["date"], meta["date"])).encode("latin-1")
    objs[catalog] = ("<</Type /Catalog\n/Pages %d 0 R>>" % pages_id).encode("latin-1")
    objs[pages_id] = ("<</Type /Pages\n/Count %d\n/Kids [%s]>>" % (
        total, " ".join("%d 0 R" % p[0] for p in page_ids))).encode("latin-1")
    objs[gs] = b"<</ca 1\n/BM /Normal>>"
    fres = " ".join("/%s %d 0 R" % (FONT_RES[k], font_ids[k][0]) for k in FONT_RES)
    for n, (page, (pid, cid, aids)) in enumerate(zip(lay.pages, page_ids), 1):
        annots = ("\n/Annots [%s]" % " ".join("%d 0 R" % a for a in aids)) if aids else ""
        objs[pid] = ("<</Type /Page\n/Resources <</ProcSet [/PDF /Text /ImageB /ImageC /ImageI]\n/ExtGState <</G3 %d 0 R>>\n"
                     "/Font <<%s>>>>\n/MediaBox [0 0 %s %s]%s\n/Contents %d 0 R\n/Parent %d 0 R\n"
                     "/Tabs /S>>" % (gs, fres, num(PAGE_W), num(PAGE_H), annots, cid, pages_id)).encode("latin-1")
        objs[cid] = stream("", content(page, n, total, meta["url"]))
        for a, (x0, y0, x1, y1, uri) in zip(aids, page.links):
            objs[a] = ("<</Type /Annot\n/Subtype /Link\n/F 4\n/Border [0 0 0]\n/Rect [%s %s %s %s]\n/A <</Type /Action\n"
                       "/S /URI\n/URI %s>>>>" % (num(x0), num(y0), num(x1), num(y1), pdfstr(uri))).encode("latin-1")
    for key, (t0, cidf, desc, ff, tu) in font_ids.items():
        f = FONTS[key]
        base = os.path.splitext(os.path.basename(FONTFILES[key]))[0].replace("-Regular", "")
        tag = "".join(chr(65 + b % 26) for b in hashlib.md5(base.encode()).digest()[:6])
        name = "%s+%s" % (tag, base)
        sc = 1000.0 / f.upem
        objs[t0] = ("<</Type /Font\n/Subtype /Type0\n/BaseFont /%s\n/Encoding /Identity-H\n/DescendantFonts [%d 0 R]\n"
                    "/ToUnicode %d 0 R>>" % (name, cidf, tu)).encode("latin-1")
        objs[cidf] = ("<</Type /Font\n/FontDescriptor %d 0 R\n/BaseFont /%s\n/Subtype /CIDFontType2\n"
                      "/CIDToGIDMap /Identity\n/CIDSystemInfo <</Registry (Adobe)\n/Ordering (Identity)\n/Supplement 0>>\n"
                      "/W %s\n/DW 0>>" % (desc, name, w_array(f))).encode("latin-1")
        flags = 6 if key == "serif" else (4 + 64 if key == "sansI" else 4)
        objs[desc] = ("<</Type /FontDescriptor\n/FontName /%s\n/Flags %d\n/Ascent %s\n/Descent %s\n/StemV %s\n"
                      "/CapHeight %s\n/ItalicAngle %s\n/FontBBox [%s %s %s %s]\n/FontFile2 %d 0 R>>" % (
                          name, flags, num(f.ascent * sc), num(f.descent * sc), "120" if key == "sansB" else "80",
                          num((1409 if f.upem == 2048 and key != "fallback" else 1493) * sc), "-12" if key == "sansI" else "0",
                          num(f.bbox[0] * sc), num(f.bbox[1] * sc), num(f.bbox[2] * sc), num(f.bbox[3] * sc), ff)).encode("latin-1")
        data = f.subset()
        objs[ff] = stream(" /Length1 %d" % len(data), data)
        objs[tu] = stream("", tounicode(f))
    out = bytearray(b"%PDF-1.4\n%\xd3\xf4\xcc\xe1\n")
    offs = {}
    for n in order:
        offs[n] = len(out)
        out += ("%d 0 obj\n" % n).encode("latin-1") + objs[n] + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(order) + 1)).encode("latin-1")
    for n in order:
        out += ("%010d 00000 n \n" % offs[n]).encode("latin-1")
    out += ("trailer\n<</Size %d\n/Root %d 0 R\n/Info %d 0 R>>\nstartxref\n%d\n%%%%EOF" % (
        len(order) + 1, catalog, info, xref)).encode("latin-1")
    with open(path, "wb") as fh:
        fh.write(bytes(out))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks = parse(open(SRC, encoding="utf-8").read())
    lay = build(meta, blocks)
    # every glyph drawn in the footer must be in the subset before the fonts are written
    for s in [meta["url"]] + ["%d/%d" % (n, len(lay.pages)) for n in range(1, len(lay.pages) + 1)]:
        for ch in s:
            FONTS["sans"].used.add(FONTS["sans"].gid(ch))
    write_pdf(lay, meta, out)


if __name__ == "__main__":
    main()
