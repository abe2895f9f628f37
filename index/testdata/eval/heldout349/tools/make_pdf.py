#!/usr/bin/python3
"""Re-make docs/bhopal-claims-act-1985-wikipedia.pdf from tools/bhopal-claims-act-1985-wikipedia.txt.

The file imitates Wikipedia's "Download as PDF" (the Proton service: headless Chrome printing
the article, Skia/PDF writing it): A4 pages, Chrome's header (date, title) and footer (URL,
"n/N"), the infobox floated right and painted before the in-flow text, TrueType subsets with
their original glyph ids (Identity-H, CIDToGIDMap /Identity) and ToUnicode CMaps, list bullets
drawn as paths, URI link annotations on wiki links. Fonts come from the system's Liberation 2
and DejaVu packages (their digests are checked so that the output is byte for byte the same).

Usage: make_pdf.py [OUT]   (default: ../docs/bhopal-claims-act-1985-wikipedia.pdf)
Standard library only; deterministic (fixed dates, no randomness).
"""
import hashlib
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "bhopal-claims-act-1985-wikipedia.txt")
OUT = os.path.join(HERE, "..", "docs", "bhopal-claims-act-1985-wikipedia.pdf")

FONTDIR = "/usr/share/fonts/truetype"
FONT_FILES = {
    "sans": ("liberation2/LiberationSans-Regular.ttf", "LiberationSans"),
    "sans-b": ("liberation2/LiberationSans-Bold.ttf", "LiberationSans-Bold"),
    "sans-i": ("liberation2/LiberationSans-Italic.ttf", "LiberationSans-Italic"),
    "sans-bi": ("liberation2/LiberationSans-BoldItalic.ttf", "LiberationSans-BoldItalic"),
    "serif": ("liberation2/LiberationSerif-Regular.ttf", "LiberationSerif"),
    "serif-b": ("liberation2/LiberationSerif-Bold.ttf", "LiberationSerif-Bold"),
    "dejavu": ("dejavu/DejaVuSans.ttf", "DejaVuSans"),
}
# sha256 of the font files this PDF was made with (Debian/Ubuntu fonts-liberation2 2.1.5-1,
# fonts-dejavu-core 2.37-6); other versions give other glyph ids and widths.
FONT_SHA = {
    "sans": "8d91388f1d3604b3b8ae0e3ee2d140e50cd6122f9214514f4aca772540a4076d",
    "sans-b": "ba0e0dc3f7aca5b0afbc31e800531ee43be3aa79ae35b2ef1f6470a9547765c4",
    "sans-i": "01f559e5c501d3d5777647c6a92b3ff37a4523bcf4f3b6e97ae052af567618b1",
    "sans-bi": "15c1068175252e4adee6d3721bf74064ffe437f679d9dbaeacd03fa7711a041b",
    "serif": "29d12439831b7f59194efec85872f24f54eff05738933f9a860220d2abff88ba",
    "serif-b": "446a4421f297698427170fd7db20e59169a4188baaaf940e9bea58af6341a723",
    "dejavu": "abdc775b21b1bc470d50c97e790d276f2054b7504e56e5bd3e64f48d68582322",
}

PAGE_W, PAGE_H = 594.95996, 841.91998
X0, X1 = 42.0, PAGE_W - 42.0
TOP, BOTTOM = 46.0, PAGE_H - 44.0


# ---------------------------------------------------------------- TrueType

class TTF:
    def __init__(self, path, psname):
        self.path, self.psname = path, psname
        d = self.data = open(path, "rb").read()
        n = struct.unpack(">H", d[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.tab("head")
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loca_long = struct.unpack(">h", head[50:52])[0] == 1
        hhea = self.tab("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        nhm = struct.unpack(">H", hhea[34:36])[0]
        self.nglyphs = struct.unpack(">H", self.tab("maxp")[4:6])[0]
        hmtx = self.tab("hmtx")
        adv = [struct.unpack(">H", hmtx[4 * i:4 * i + 2])[0] for i in range(nhm)]
        self.adv = adv + [adv[-1]] * (self.nglyphs - nhm)
        os2 = self.tab("OS/2")
        self.weight = struct.unpack(">H", os2[4:6])[0]
        self.cap = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else self.ascent
        post = self.tab("post")
        self.italic = struct.unpack(">i", post[4:8])[0] / 65536.0
        self.cmap = self._cmap()
        self.used = {0}

    def tab(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        d = self.data
        off = self.tables["cmap"][0]
        nt = struct.unpack(">H", d[off + 2:off + 4])[0]
        so = None
        for i in range(nt):
            p, e, o = struct.unpack(">HHI", d[off + 4 + 8 * i:off + 12 + 8 * i])
            if (p, e) == (3, 1):
                so = off + o
        seg2 = struct.unpack(">H", d[so + 6:so + 8])[0]
        seg = seg2 // 2
        ends = struct.unpack(">%dH" % seg, d[so + 14:so + 14 + seg2])
        starts = struct.unpack(">%dH" % seg, d[so + 16 + seg2:so + 16 + 2 * seg2])
        deltas = struct.unpack(">%dh" % seg, d[so + 16 + 2 * seg2:so + 16 + 3 * seg2])
        rpos = so + 16 + 3 * seg2
        roffs = struct.unpack(">%dH" % seg, d[rpos:rpos + seg2])
        m = {}
        for i in range(seg):
            for c in range(starts[i], ends[i] + 1):
                if c == 0xFFFF:
                    continue
                if roffs[i] == 0:
                    g = (c + deltas[i]) & 0xFFFF
                else:
                    a = rpos + 2 * i + roffs[i] + 2 * (c - starts[i])
                    g = struct.unpack(">H", d[a:a + 2])[0]
                    if g:
                        g = (g + deltas[i]) & 0xFFFF
                if g:
                    m[c] = g
        return m

    def width(self, gid):
        """Advance in 1/1000 em, as written in /W."""
        return int(round(self.adv[gid] * 1000.0 / self.upem))

    def _glyph(self, gid):
        loca = self.tab("loca")
        if self.loca_long:
            a, b = struct.unpack(">II", loca[4 * gid:4 * gid + 8])
        else:
            a, b = struct.unpack(">HH", loca[2 * gid:2 * gid + 4])
            a, b = a * 2, b * 2
        return self.tab("glyf")[a:b]

    def _components(self, g):
        out = []
        if len(g) < 10 or struct.unpack(">h", g[0:2])[0] >= 0:
            return out
        p = 10
        while True:
            flags, gi = struct.unpack(">HH", g[p:p + 4])
            out.append(gi)
            p += 4
            p += 4 if flags & 1 else 2
            if flags & 8:
                p += 2
            elif flags & 0x40:
                p += 4
            elif flags & 0x80:
                p += 8
            if not flags & 0x20:
                break
        return out

    def subset(self):
        """A TrueType subset that keeps the original glyph ids (unused glyphs emptied)."""
        keep = set(self.used)
        todo = list(keep)
        while todo:
            for c in self._components(self._glyph(todo.pop())):
                if c not in keep:
                    keep.add(c)
                    todo.append(c)
        glyf, offs = b"", []
        for gid in range(self.nglyphs):
            offs.append(len(glyf))
            if gid in keep:
                g = self._glyph(gid)
                glyf += g + b"\0" * ((4 - len(g) % 4) % 4)
        offs.append(len(glyf))
        if self.loca_long:
            loca = struct.pack(">%dI" % len(offs), *offs)
        else:
            loca = struct.pack(">%dH" % len(offs), *[o // 2 for o in offs])
        tables = {}
        for tag in ("cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"):
            if tag == "glyf":
                tables[tag] = glyf
            elif tag == "loca":
                tables[tag] = loca
            elif tag in self.tables:
                tables[tag] = self.tab(tag)
        head = bytearray(tables["head"])
        head[8:12] = b"\0\0\0\0"
        tables["head"] = bytes(head)
        tags = sorted(tables)
        n = len(tags)
        es = max(i for i in range(8) if 2 ** i <= n)
        out = struct.pack(">IHHHH", 0x00010000, n, 16 * 2 ** es, es, n * 16 - 16 * 2 ** es)
        off = 12 + 16 * n
        dir_, body = b"", b""
        for t in tags:
            data = tables[t]
            dir_ += struct.pack(">4sIII", t.encode("latin-1"), _checksum(data), off, len(data))
            pad = data + b"\0" * ((4 - len(data) % 4) % 4)
            body += pad
            off += len(pad)
        font = bytearray(out + dir_ + body)
        adj = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
        hpos = 12 + 16 * n + sum(len(tables[t]) + (4 - len(tables[t]) % 4) % 4
                                 for t in tags[:tags.index("head")])
        font[hpos + 8:hpos + 12] = struct.pack(">I", adj)
        return bytes(font)


def _checksum(data):
    data = data + b"\0" * ((4 - len(data) % 4) % 4)
    return sum(struct.unpack(">%dI" % (len(data) // 4), data)) & 0xFFFFFFFF


FONTS = {}


def load_fonts():
    for key, (rel, ps) in FONT_FILES.items():
        path = os.path.join(FONTDIR, rel)
        if not os.path.exists(path):
            sys.exit("make_pdf.py: font %s is missing (install fonts-liberation2 and fonts-dejavu-core)" % path)
        FONTS[key] = TTF(path, ps)


def font_for(key, ch):
    f = FONTS[key]
    if ord(ch) in f.cmap:
        return key
    return "dejavu"


def text_width(key, size, s):
    w = 0
    for ch in s:
        k = font_for(key, ch)
        f = FONTS[k]
        w += f.width(f.cmap.get(ord(ch), 0)) * size / 1000.0
    return w


# ---------------------------------------------------------------- source

def parse_inline(s, base):
    """Wiki marks -> list of (text, fontkey, link, sup). base is 'sans' or 'serif'."""
    out = []
    bold = ital = False
    pos = 0
    tok = re.compile(r"'''|''|\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|\[(\d+)\]")
    for m in tok.finditer(s):
        if m.start() > pos:
            out.append((s[pos:m.start()], style(base, bold, ital), None, False))
        t = m.group(0)
        if t == "'''":
            bold = not bold
        elif t == "''":
            ital = not ital
        elif t.startswith("[["):
            target, label = m.group(1), m.group(2) or m.group(1)
            out.append((label, style(base, bold, ital), target, False))
        else:
            out.append(("[%s]" % m.group(3), "sans", None, True))
        pos = m.end()
    if pos < len(s):
        out.append((s[pos:], style(base, bold, ital), None, False))
    return out


def style(base, bold, ital):
    if base == "serif":
        return "serif-b" if bold else "serif"
    k = "sans"
    if bold and ital:
        return "sans-bi"
    if bold:
        return "sans-b"
    if ital:
        return "sans-i"
    return k


# ---------------------------------------------------------------- layout

class Page:
    def __init__(self):
        self.bg = []      # drawing ops painted first (backgrounds, rules)
        self.floats = []  # float (infobox) ops
        self.fg = []      # in-flow text
        self.links = []   # (rect, uri)


def atoms_of(pieces, size):
    """Split pieces into word atoms: (text, font, link, sup, size). Spaces end atoms."""
    atoms = []
    for text, font, link, sup in pieces:
        for part in re.split(r"( )", text):
            if part == "":
                continue
            atoms.append([part, font, link, sup])
    # merge: a word followed by other-style pieces without space stays one breakable unit
    words, cur = [], []
    for a in atoms:
        cur.append(a)
        if a[0] == " ":
            words.append(cur)
            cur = []
    if cur:
        words.append(cur)
    return words


def piece_size(a, size):
    return size * 0.75 if a[3] else size


def word_width(word, size, with_space=True):
    w = 0
    for a in word:
        if a[0] == " " and not with_space:
            continue
        w += text_width(a[1], piece_size(a, size), a[0])
    return w


def line_width(line, size):
    while line and line[-1][0] == " ":
        line = line[:-1]
    return word_width(line, size)


def split_long(word, size, maxw):
    """Break an over-long word (a URL) at characters, as Chrome's break-all does."""
    out, cur, w = [], [], 0
    for a in word:
        for ch in a[0]:
            cw = text_width(a[1], piece_size(a, size), ch)
            if cur and w + cw > maxw:
                out.append(cur)
                cur, w = [], 0
            if cur and cur[-1][1:] == a[1:]:
                cur[-1] = [cur[-1][0] + ch] + a[1:]
            else:
                cur.append([ch] + a[1:])
            w += cw
    if cur:
        out.append(cur)
    return out


def wrap(words, size, width_at):
    """Greedy line filling. width_at(i) gives the width for line i."""
    lines, cur, w = [], [], 0.0
    queue = list(words)
    while queue:
        word = queue.pop(0)
        maxw = width_at(len(lines))
        ww = word_width(word, size, with_space=False)
        if ww > maxw and not cur:
            parts = split_long(word, size, maxw)
            lines.extend(parts[:-1])
            queue.insert(0, parts[-1])
            continue
        if cur and w + ww > maxw:
            lines.append(cur)
            cur, w = [], 0.0
        cur.extend(word)
        w += word_width(word, size)
    if cur:
        lines.append(cur)
    return lines


class Layout:
    def __init__(self):
        self.pages = [Page()]
        self.y = TOP
        self.float_bottom = 0.0
        self.float_left = X1

    @property
    def page(self):
        return self.pages[-1]

    def new_page(self):
        self.pages.append(Page())
        self.y = TOP
        self.float_bottom = 0.0

    def width_for(self, y, indent):
        right = self.float_left - 12 if y < self.float_bottom and len(self.pages) == 1 else X1
        return right - X0 - indent

    def emit_line(self, line, x, y, size, ops, links=True):
        """Turn a line's atoms into text runs (merging same style), drop trailing spaces."""
        while line and line[-1][0] == " ":
            line = line[:-1]
        runs = []
        for a in line:
            for ch in a[0]:
                k = font_for(a[1], ch)
                key = (k, a[2], a[3])
                if runs and runs[-1][0] == key:
                    runs[-1][1] += ch
                else:
                    runs.append([key, ch])
        cx = x
        for (k, link, sup), s in runs:
            sz = size * 0.75 if sup else size
            yy = y - size * 0.33 if sup else y
            w = text_width(k, sz, s)
            ops.append(("text", k, sz, cx, yy, s, (0, 0, 0)))
            if link and links:
                self.page.links.append(((cx, yy - sz * 0.9, cx + w, yy + sz * 0.25), link))
            cx += w
        return cx

    def para(self, pieces, size=10.0, leading=14.2, indent=0.0, before=0.0, after=7.0,
             keep=1, hang=None):
        words = atoms_of(pieces, size)
        self.y += before
        start_y = self.y
        lines = wrap(words, size, lambda i: self.width_for(start_y + i * leading, indent))
        if self.y + leading * min(keep, len(lines)) > BOTTOM:
            self.new_page()
            start_y = self.y
            lines = wrap(words, size, lambda i: self.width_for(start_y + i * leading, indent))
        first = True
        for line in lines:
            if self.y + leading > BOTTOM:
                self.new_page()
            base = self.y + size
            if first and hang is not None:
                hang(base)
            self.emit_line(line, X0 + indent, base, size, self.page.fg)
            self.y += leading
            first = False
        self.y += after


def bullet_path(cx, cy, r):
    k = 0.5523 * r
    return ("path", "%s %s m\n%s %s %s %s %s %s c\n%s %s %s %s %s %s c\n%s %s %s %s %s %s c\n"
            "%s %s %s %s %s %s c\nh\nf\n" % tuple(num(v) for v in (
                cx + r, cy,
                cx + r, cy + k, cx + k, cy + r, cx, cy + r,
                cx - k, cy + r, cx - r, cy + k, cx - r, cy,
                cx - r, cy - k, cx - k, cy - r, cx, cy - r,
                cx + k, cy - r, cx + r, cy - k, cx + r, cy)))


def num(v):
    s = ("%.5f" % v).rstrip("0").rstrip(".")
    if s.startswith("0."):
        s = s[1:]
    elif s.startswith("-0."):
        s = "-" + s[2:]
    return s if s not in ("", "-") else "0"


def infobox(lay, rows):
    """Lay the infobox out at the right of page 1; returns its bottom."""
    w = 196.0
    left = X1 - w
    top = lay.y
    lab_w, pad = 66.0, 4.0
    size, lead = 8.4, 10.6
    ops = lay.page.floats
    y = top + pad
    bg = []
    for kind, a, b in rows:
        if kind == "head":
            words = atoms_of([(t, "sans-b" if k == "sans" else k, l, sp)
                              for t, k, l, sp in parse_inline(a, "sans")], 10.0)
            lines = wrap(words, 10.0, lambda i: w - 2 * pad)
            h = len(lines) * 12.4 + 6
            bg.append(("fill", left + 2, y - 2, w - 4, h, (0.808, 0.859, 0.949)))
            yy = y + 2
            for line in lines:
                lw = line_width(line, 10.0)
                lay.emit_line(line, left + (w - lw) / 2, yy + 10.0, 10.0, ops)
                yy += 12.4
            y += h + 3
        elif kind == "sub":
            words = atoms_of(parse_inline(a, "sans"), size)
            lines = wrap(words, size, lambda i: w - 2 * pad)
            for line in lines:
                lw = line_width(line, size)
                lay.emit_line(line, left + (w - lw) / 2, y + size, size, ops)
                y += lead
            y += 3
        else:
            lwords = atoms_of([(a, "sans-b", None, False)], size)
            llines = wrap(lwords, size, lambda i: lab_w - pad)
            dwords = atoms_of(parse_inline(b, "sans"), size)
            dx = left + pad + (lab_w if a else 0)
            dw = w - 2 * pad - (lab_w if a else 0)
            dlines = wrap(dwords, size, lambda i: dw - 2)
            n = max(len(llines), len(dlines))
            for i in range(n):
                base = y + size + i * lead
                if i < len(llines):
                    lay.emit_line(llines[i], left + pad, base, size, ops)
                if i < len(dlines):
                    lay.emit_line(dlines[i], dx, base, size, ops)
            y += n * lead + 4
    bottom = y + pad
    lay.page.bg.append(("fill", left, top, w, bottom - top, (0.973, 0.976, 0.98)))
    lay.page.bg.append(("stroke", left, top, w, bottom - top, (0.635, 0.663, 0.694)))
    lay.page.bg.extend(bg)
    lay.float_bottom = bottom + 8
    lay.float_left = left
    return bottom


def build(src):
    meta, ibox, body = {}, [], []
    mode = "body"
    for line in src.split("\n"):
        if line.startswith("@infobox"):
            mode = "ibox"
            continue
        if line.startswith("@endinfobox"):
            mode = "body"
            continue
        if mode == "ibox":
            if line.startswith("!! "):
                ibox.append(("head", line[3:], None))
            elif line.startswith("!sub "):
                ibox.append(("sub", line[5:], None))
            elif "|" in line:
                a, b = line.split("|", 1)
                ibox.append(("row", a.strip(), b.strip()))
            continue
        m = re.match(r"@(\w+) (.*)", line)
        if m:
            meta[m.group(1)] = m.group(2)
            continue
        body.append(line)
    return meta, ibox, body


def layout(meta, ibox, body):
    lay = Layout()
    # title and site sub
    lay.para([(meta["title"], "serif", None, False)], size=21.0, leading=25.0, after=2.0)
    lay.page.bg.append(("fill", X0, lay.y, X1 - X0, 0.75, (0.635, 0.663, 0.694)))
    lay.y += 6.0
    lay.page.fg.append(("text", "sans", 8.4, X0, lay.y + 8.4, "From Wikipedia, the free encyclopedia",
                        (0.329, 0.349, 0.365)))
    lay.y += 20.0
    infobox(lay, ibox)
    paras, buf = [], []
    for line in body:
        if line.strip() == "":
            if buf:
                paras.append(("p", " ".join(buf)))
                buf = []
            continue
        if line.startswith("=="):
            if buf:
                paras.append(("p", " ".join(buf)))
                buf = []
            lvl = 2 if not line.startswith("===") else 3
            paras.append(("h%d" % lvl, line.strip("= ").strip()))
        elif line.startswith("* "):
            if buf:
                paras.append(("p", " ".join(buf)))
                buf = []
            paras.append(("li", line[2:]))
        elif line.startswith("# "):
            if buf:
                paras.append(("p", " ".join(buf)))
                buf = []
            paras.append(("ref", line[2:]))
        else:
            if buf and not line.startswith(" "):
                paras.append(("p", " ".join(buf)))
                buf = []
            buf.append(line)
    if buf:
        paras.append(("p", " ".join(buf)))
    nref = 0
    prev = None
    for kind, text in paras:
        if kind in ("h2", "h3") and lay.y + (35.0 if kind == "h2" else 21.0) + 3 * 14.2 > BOTTOM:
            lay.new_page()
        if kind == "h2":
            lay.para([(text, "serif", None, False)], size=15.5, leading=19.0, before=9.0, after=0.0,
                     keep=4)
            lay.page.bg.append(("fill", X0, lay.y + 1.5, lay.width_for(lay.y, 0.0), 0.75,
                                (0.635, 0.663, 0.694)))
            lay.y += 7.0
        elif kind == "h3":
            lay.para([(text, "sans-b", None, False)], size=11.0, leading=15.0, before=3.0, after=3.0,
                     keep=4)
        elif kind == "li":
            def dot(base, page=lay):
                page.page.bg.append(bullet_path(X0 + 9.0, base - 3.4, 1.6))
            lay.para(parse_inline(text, "sans"), indent=18.0, after=2.5 if prev != "li" else 2.5,
                     hang=dot)
        elif kind == "ref":
            nref += 1
            label = "%d. " % nref

            def mark(base, label=label, page=lay):
                w = text_width("sans", 8.8, label)
                page.page.fg.append(("text", "sans", 8.8, X0 + 22.0 - w, base, label, (0, 0, 0)))
            lay.para(parse_inline(text, "sans"), size=8.8, leading=12.0, indent=24.0, after=1.6,
                     hang=mark)
        else:
            if prev == "li":
                lay.y += 4.0
            lay.para(parse_inline(text, "sans"))
        prev = kind
    # print footer of the article
    lay.y += 8.0
    retrieved = ('Retrieved from "https://en.wikipedia.org/w/index.php?title=%s&oldid=%s"'
                 % (meta["url"].rsplit("/", 1)[1], meta["oldid"]))
    lay.para([(retrieved, "sans", None, False)], size=8.4, leading=11.5, after=6.0)
    cats = meta["categories"].split(" | ")
    pieces = [("Categories: ", "sans", None, False)]
    for i, c in enumerate(cats):
        pieces.append((c, "sans", "Category:" + c, False))
        if i < len(cats) - 1:
            pieces.append((" | ", "sans", None, False))
    top = lay.y
    lay.para(pieces, size=8.4, leading=11.5, indent=5.0, before=4.0, after=4.0)
    lay.page.bg.append(("stroke", X0, top, X1 - X0, lay.y - top, (0.635, 0.663, 0.694)))
    lay.y += 8.0
    lay.para([(meta["edited"], "sans", None, False)], size=8.0, leading=11.0, after=2.0)
    lic = ("Text is available under the [[Creative Commons Attribution-ShareAlike 4.0 License]]; "
           "additional terms may apply. By using this site, you agree to the [[Terms of Use]] and "
           "[[Privacy Policy]]. Wikipedia® is a registered trademark of the [[Wikimedia Foundation|"
           "Wikimedia Foundation, Inc.]], a non-profit organization.")
    lay.para(parse_inline(lic, "sans"), size=8.0, leading=11.0)
    return lay.pages


# ---------------------------------------------------------------- writing

def pdf_string(s):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    if all(ord(c) < 128 for c in s):
        return "(" + s + ")"
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def content(page, n, total, meta):
    out = ["1 0 0 -1 0 %s cm" % num(PAGE_H), "q", "/G3 gs", "1 1 1 rg",
           "0 0 %s %s re" % (num(PAGE_W), num(PAGE_H)), "f"]

    def color(c):
        return "%s %s %s" % tuple(num(v) for v in c)

    cur = {"fc": None}

    def draw(op):
        if op[0] == "fill":
            _, x, y, w, h, c = op
            out.append("%s rg" % color(c))
            out.append("%s %s %s %s re" % (num(x), num(y), num(w), num(h)))
            out.append("f")
            cur["fc"] = None
        elif op[0] == "stroke":
            _, x, y, w, h, c = op
            out.append("%s RG" % color(c))
            out.append(".75 w")
            out.append("%s %s %s %s re" % (num(x), num(y), num(w), num(h)))
            out.append("S")
        elif op[0] == "path":
            out.append("0 0 0 rg")
            out.append(op[1].rstrip("\n"))
            cur["fc"] = None
        else:
            _, k, size, x, y, s, c = op
            f = FONTS[k]
            gids = []
            for ch in s:
                g = f.cmap.get(ord(ch), 0)
                f.used.add(g)
                gids.append(g)
            if cur["fc"] != c:
                out.append("%s rg" % color(c))
                cur["fc"] = c
            out.append("BT")
            out.append("/F%d %s Tf" % (font_index(k), num(size)))
            out.append("1 0 0 -1 %s %s Tm" % (num(x), num(y)))
            out.append("<%s> Tj" % "".join("%04X" % g for g in gids))
            out.append("ET")

    for op in page.bg:
        draw(op)
    for op in page.floats:
        draw(op)
    for op in page.fg:
        draw(op)
    # Chrome's header and footer templates
    grey = (0, 0, 0)
    hdr = [("text", "sans", 8.0, 20.0, 20.0, meta["stamp"], grey)]
    tw = text_width("sans", 8.0, meta["doctitle"])
    hdr.append(("text", "sans", 8.0, (PAGE_W - tw) / 2, 20.0, meta["doctitle"], grey))
    hdr.append(("text", "sans", 8.0, 20.0, PAGE_H - 14.0, meta["url"], grey))
    pn = "%d/%d" % (n, total)
    hdr.append(("text", "sans", 8.0, PAGE_W - 20.0 - text_width("sans", 8.0, pn), PAGE_H - 14.0, pn, grey))
    for op in hdr:
        draw(op)
    out.append("Q")
    return ("\n".join(out) + "\n").encode("latin-1")


ORDER = []


def font_index(k):
    if k not in ORDER:
        ORDER.append(k)
    return ORDER.index(k) + 4


def tounicode(f):
    inv = {}
    for c, g in sorted(f.cmap.items()):
        if g in f.used and g not in inv:
            inv[g] = c
    items = sorted(inv.items())
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", "<<  /Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0",
             ">> def", "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        lines.append("%d beginbfchar" % len(chunk))
        for g, c in chunk:
            lines.append("<%04X> <%04X>" % (g, c))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("latin-1")


def w_array(f):
    gids = sorted(f.used)
    parts, i = [], 0
    while i < len(gids):
        j = i
        while j + 1 < len(gids) and gids[j + 1] == gids[j] + 1:
            j += 1
        parts.append("%d [%s]" % (gids[i], " ".join(str(f.width(g)) for g in gids[i:j + 1])))
        i = j + 1
    return "[" + " ".join(parts) + "]"


def write_pdf(pages, meta, path):
    total = len(pages)
    streams = [content(p, i + 1, total, meta) for i, p in enumerate(pages)]
    objs = {}
    nxt = [1]

    def new():
        n = nxt[0]
        nxt[0] += 1
        return n

    info, catalog, pages_id, gs = new(), new(), new(), new()
    page_ids = []
    for i, p in enumerate(pages):
        pid, cid = new(), new()
        annots = []
        for rect, target in p.links:
            aid = new()
            annots.append(aid)
            uri = "https://en.wikipedia.org/wiki/" + target.replace(" ", "_")
            x0, y0, x1, y1 = rect
            objs[aid] = ("<</Type /Annot\n/Subtype /Link\n/F 4\n/Border [0 0 0]\n/Rect [%s %s %s %s]\n"
                         "/A <</Type /Action\n/S /URI\n/URI %s>>>>"
                         % (num(x0), num(PAGE_H - y1), num(x1), num(PAGE_H - y0),
                            pdf_string(uri))).encode("latin-1")
        page_ids.append((pid, cid, annots))
    font_ids = {}
    for k in ORDER:
        font_ids[k] = (new(), new(), new(), new(), new())
    fontres = " ".join("/F%d %d 0 R" % (i + 4, font_ids[k][0]) for i, k in enumerate(ORDER))
    for i, (pid, cid, annots) in enumerate(page_ids):
        a = "\n/Annots [%s]" % " ".join("%d 0 R" % x for x in annots) if annots else ""
        objs[pid] = ("<</Type /Page\n/Resources <</ProcSet [/PDF /Text /ImageB /ImageC /ImageI]\n"
                     "/ExtGState <</G3 %d 0 R>>\n/Font <<%s>>>>\n/MediaBox [0 0 %s %s]%s\n"
                     "/Contents %d 0 R\n/Parent %d 0 R>>"
                     % (gs, fontres, num(PAGE_W), num(PAGE_H), a, cid, pages_id)).encode("latin-1")
        data = zlib.compress(streams[i], 6)
        objs[cid] = (b"<</Filter /FlateDecode\n/Length %d>> stream\n" % len(data)) + data + b"\nendstream"
    objs[gs] = b"<</ca 1\n/BM /Normal>>"
    for k in ORDER:
        f = FONTS[k]
        t0, cidf, desc, ff, tu = font_ids[k]
        name = "AAAAAA+" + f.psname
        objs[t0] = ("<</Type /Font\n/Subtype /Type0\n/BaseFont /%s\n/Encoding /Identity-H\n"
                    "/DescendantFonts [%d 0 R]\n/ToUnicode %d 0 R>>" % (name, cidf, tu)).encode("latin-1")
        objs[cidf] = ("<</Type /Font\n/FontDescriptor %d 0 R\n/BaseFont /%s\n/Subtype /CIDFontType2\n"
                      "/CIDToGIDMap /Identity\n/CIDSystemInfo <</Registry (Adobe)\n/Ordering (Identity)\n"
                      "/Supplement 0>>\n/W %s\n/DW 0>>" % (desc, name, w_array(f))).encode("latin-1")
        flags = 32 | (64 if f.italic else 0)
        if k.startswith("serif"):
            flags |= 2
        sc = 1000.0 / f.upem
        objs[desc] = ("<</Type /FontDescriptor\n/FontName /%s\n/Flags %d\n/Ascent %s\n/Descent %s\n"
                      "/StemV %s\n/CapHeight %s\n/ItalicAngle %s\n/FontBBox [%s %s %s %s]\n/FontFile2 %d 0 R>>"
                      % (name, flags, num(f.ascent * sc), num(f.descent * sc),
                         num(140 if f.weight >= 600 else 80), num(f.cap * sc), num(f.italic),
                         num(f.bbox[0] * sc), num(f.bbox[1] * sc), num(f.bbox[2] * sc), num(f.bbox[3] * sc),
                         ff)).encode("latin-1")
        sub = f.subset()
        data = zlib.compress(sub, 6)
        objs[ff] = (b"<</Length1 %d\n/Filter /FlateDecode\n/Length %d>> stream\n" % (len(sub), len(data))
                    + data + b"\nendstream")
        cm = zlib.compress(tounicode(f), 6)
        objs[tu] = (b"<</Filter /FlateDecode\n/Length %d>> stream\n" % len(cm)) + cm + b"\nendstream"
    objs[pages_id] = ("<</Type /Pages\n/Count %d\n/Kids [%s]>>"
                      % (total, " ".join("%d 0 R" % p[0] for p in page_ids))).encode("latin-1")
    objs[catalog] = ("<</Type /Catalog\n/Pages %d 0 R\n/ViewerPreferences <</Type /ViewerPreferences\n"
                     "/DisplayDocTitle true>>>>" % pages_id).encode("latin-1")
    objs[info] = ("<</Title %s\n/Creator (Mozilla/5.0 \\(X11; Linux x86_64\\) AppleWebKit/537.36 \\(KHTML, like Gecko\\) "
                  "HeadlessChrome/139.0.0.0 Safari/537.36)\n/Producer (Skia/PDF m139)\n"
                  "/CreationDate (D:%s+00'00')\n/ModDate (D:%s+00'00')>>"
                  % (pdf_string(meta["doctitle"]), meta["printed"], meta["printed"])).encode("latin-1")
    out = bytearray(b"%PDF-1.4\n%\xd3\xeb\xe9\xe1\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += b"%010d 00000 n \n" % offsets[n]
    out += b"trailer\n<</Size %d\n/Root %d 0 R\n/Info %d 0 R>>\nstartxref\n%d\n%%%%EOF" % (size, catalog, info, xref)
    with open(path, "wb") as fh:
        fh.write(bytes(out))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    load_fonts()
    for key, f in FONTS.items():
        want = FONT_SHA.get(key)
        got = hashlib.sha256(f.data).hexdigest()
        if want and want != got:
            sys.exit("make_pdf.py: %s differs from the font the PDF was made with" % f.path)
    src = open(SRC, encoding="utf-8").read()
    meta, ibox, body = build(src)
    meta["doctitle"] = meta["title"] + " - Wikipedia"
    p = meta["printed"]
    hh = int(p[8:10])
    meta["stamp"] = "%d/%d/%s, %d:%s %s" % (int(p[4:6]), int(p[6:8]), p[2:4], hh % 12 or 12, p[10:12],
                                           "AM" if hh < 12 else "PM")
    pages = layout(meta, ibox, body)
    # register fonts in order of first use, as Skia numbers them
    for pg in pages:
        for op in pg.bg + pg.floats + pg.fg:
            if op[0] == "text":
                for ch in op[5]:
                    font_index(op[1])
                    break
    font_index("sans")
    write_pdf(pages, meta, out)


if __name__ == "__main__":
    main()
