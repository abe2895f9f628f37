#!/usr/bin/python3
"""Re-make docs/asean-india-csp-prezi.pdf from tools/asean-india-csp-prezi.txt.

The file is a Prezi presentation as Prezi's "Export to PDF" writes it (rendered with Chromium,
so the PDF is Skia's): one landscape page (1280 x 720 pt) per step of the path, no page
numbers, the page flipped with "1 0 0 -1 0 720 cm", frames as filled circles and rectangles,
slight rotations of whole frames with "cm", zoomed-in steps that show the parent topic title
as a faded giant (ExtGState /ca) running off the page, text drawn word by word (one
"1 0 0 -1 x y Tm <glyph ids> Tj" per word, no space glyphs) in Type0 / CIDFontType2 fonts with
Identity-H encoding, ToUnicode CMaps and embedded TrueType subsets named AAAAAA+Montserrat-Bold,
BAAAAA+OpenSans-Regular and CAAAAA+OpenSans-SemiBold.  (The real fonts are not on this
machine: the embedded glyph outlines are DejaVu's, kept as pre-reduced copies in tools/fonts/.)
Deterministic.  Usage: make_prezi_pdf.py [output path]
            make_prezi_pdf.py --prepare-fonts   (re-make tools/fonts/ from DejaVu)
"""
import math
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "asean-india-csp-prezi.txt")
OUT = os.path.join(HERE, "..", "docs", "asean-india-csp-prezi.pdf")
FONTDIR = os.path.join(HERE, "fonts")
W, H = 1280, 720
ALPHAS = [0.1, 0.25, 0.35]

FONTS = [  # key, PDF name, family, file in tools/fonts, DejaVu source, flags, stemV
    ("F0", "Montserrat-Bold", "Montserrat", "montserrat-bold.ttf", "DejaVuSans-Bold.ttf", 32, 140),
    ("F1", "OpenSans-Regular", "Open Sans", "opensans-regular.ttf", "DejaVuSans.ttf", 32, 80),
    ("F2", "OpenSans-SemiBold", "Open Sans", "opensans-semibold.ttf", "DejaVuSansCondensed-Bold.ttf", 32, 120),
]
MB, OR, OS = "F0", "F1", "F2"


# ---------------------------------------------------------------- TrueType
def read_ttf(data):
    n = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for i in range(n):
        tag, _cs, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        tables[tag.decode("latin-1")] = data[off:off + ln]
    return tables


def cmap_of(tables):
    cm = tables["cmap"]
    n = struct.unpack(">H", cm[2:4])[0]
    best = None
    for i in range(n):
        pid, eid, off = struct.unpack(">HHI", cm[4 + 8 * i:12 + 8 * i])
        if (pid, eid) in ((3, 1), (0, 3)) and struct.unpack(">H", cm[off:off + 2])[0] == 4:
            best = off
    fmt, ln = struct.unpack(">HH", cm[best:best + 4])
    seg2 = struct.unpack(">H", cm[best + 6:best + 8])[0]
    segs = seg2 // 2
    p = best + 14
    ends = struct.unpack(">%dH" % segs, cm[p:p + seg2]); p += seg2 + 2
    starts = struct.unpack(">%dH" % segs, cm[p:p + seg2]); p += seg2
    deltas = struct.unpack(">%dh" % segs, cm[p:p + seg2]); p += seg2
    ro_pos = p
    ros = struct.unpack(">%dH" % segs, cm[p:p + seg2])
    out = {}
    for s in range(segs):
        for c in range(starts[s], ends[s] + 1):
            if c == 0xFFFF:
                continue
            if ros[s] == 0:
                g = (c + deltas[s]) & 0xFFFF
            else:
                a = ro_pos + 2 * s + ros[s] + 2 * (c - starts[s])
                g = struct.unpack(">H", cm[a:a + 2])[0]
                if g:
                    g = (g + deltas[s]) & 0xFFFF
            if g:
                out[c] = g
    return out


def glyphs_of(tables):
    long_loca = struct.unpack(">h", tables["head"][50:52])[0] == 1
    loca = tables["loca"]
    if long_loca:
        offs = struct.unpack(">%dI" % (len(loca) // 4), loca)
    else:
        offs = [o * 2 for o in struct.unpack(">%dH" % (len(loca) // 2), loca)]
    g = tables["glyf"]
    return [g[offs[i]:offs[i + 1]] for i in range(len(offs) - 1)]


def components(glyph):
    if len(glyph) < 10 or struct.unpack(">h", glyph[:2])[0] >= 0:
        return []
    out, p = [], 10
    while True:
        flags, gid = struct.unpack(">HH", glyph[p:p + 4])
        out.append(gid)
        p += 4 + (4 if flags & 1 else 2)
        if flags & 8:
            p += 2
        elif flags & 0x40:
            p += 4
        elif flags & 0x80:
            p += 8
        if not flags & 0x20:
            return out


def closure(glyphs, gids):
    keep, todo = set(gids) | {0}, list(gids)
    while todo:
        for c in components(glyphs[todo.pop()]):
            if c not in keep:
                keep.add(c)
                todo.append(c)
    return keep


def checksum(b):
    b = b + b"\0" * (-len(b) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


def write_ttf(tables):
    tags = sorted(tables)
    n = len(tags)
    es = 1 << (n.bit_length() - 1)
    head = struct.pack(">IHHHH", 0x00010000, n, es * 16, es.bit_length() - 1, n * 16 - es * 16)
    off = 12 + 16 * n
    dirs, body = b"", b""
    for t in tags:
        d = tables[t]
        if t == "head":
            d = d[:8] + b"\0\0\0\0" + d[12:]
            tables[t] = d
        dirs += struct.pack(">4sIII", t.encode("latin-1"), checksum(d), off + len(body), len(d))
        body += d + b"\0" * (-len(d) % 4)
    font = head + dirs + body
    adj = (0xB1B0AFBA - checksum(font)) & 0xFFFFFFFF
    hoff = 12 + 16 * n + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[:tags.index("head")])
    return font[:hoff + 8] + struct.pack(">I", adj) + font[hoff + 12:]


def subset(tables, keep, names):
    glyphs = glyphs_of(tables)
    glyf, loca = b"", []
    for i, gl in enumerate(glyphs):
        loca.append(len(glyf))
        if i in keep:
            glyf += gl + b"\0" * (-len(gl) % 4)
    loca.append(len(glyf))
    out = {t: tables[t] for t in names if t in tables}
    out["glyf"] = glyf
    out["loca"] = struct.pack(">%dI" % len(loca), *loca)
    h = tables["head"]
    out["head"] = h[:50] + struct.pack(">h", 1) + h[52:]
    return out


def prepare_fonts():
    wanted = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2010, 0x2027)) | \
        set(range(0x2030, 0x203B)) | set(range(0x2190, 0x2194)) | {0x20B9, 0x2022, 0x25CF}
    os.makedirs(FONTDIR, exist_ok=True)
    for _k, _n, _f, fn, src, _fl, _st in FONTS:
        data = open(os.path.join("/usr/share/fonts/truetype/dejavu", src), "rb").read()
        t = read_ttf(data)
        cm = cmap_of(t)
        keep = closure(glyphs_of(t), [cm[c] for c in wanted if c in cm])
        post = struct.pack(">I", 0x00030000) + t["post"][4:32]
        t["post"] = post
        out = subset(t, keep, ["OS/2", "cmap", "cvt ", "fpgm", "gasp", "hhea", "hmtx", "maxp",
                                "name", "post", "prep"])
        open(os.path.join(FONTDIR, fn), "wb").write(write_ttf(out))


class Font:
    def __init__(self, key, name, family, fn, flags, stemv, tag):
        self.key, self.name, self.family, self.flags, self.stemv = key, name, family, flags, stemv
        self.tag = tag
        self.tables = read_ttf(open(os.path.join(FONTDIR, fn), "rb").read())
        self.cmap = cmap_of(self.tables)
        self.upem = struct.unpack(">H", self.tables["head"][18:20])[0]
        nh = struct.unpack(">H", self.tables["hhea"][34:36])[0]
        hm = self.tables["hmtx"]
        self.adv = [struct.unpack(">H", hm[4 * i:4 * i + 2])[0] for i in range(nh)]
        self.used = {}

    def gid(self, ch):
        return self.cmap.get(ord(ch), 0)

    def advance(self, gid):
        return self.adv[gid] if gid < len(self.adv) else self.adv[-1]

    def width(self, text, size):
        return sum(self.advance(self.gid(c)) for c in text) * size / self.upem

    def encode(self, text):
        out = []
        for c in text:
            g = self.gid(c)
            self.used[g] = c
            out.append("%04X" % g)
        return "<" + "".join(out) + ">"


# ---------------------------------------------------------------- page drawing
def num(v):
    s = ("%.4f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def hexcol(h):
    return " ".join(num(int(h[i:i + 2], 16) / 255) for i in (0, 2, 4))


class Page:
    def __init__(self, fonts, bg):
        self.f = fonts
        self.ops = ["1 0 0 -1 0 %d cm" % H, "q", "%s rg" % hexcol(bg), "0 0 %d %d re f" % (W, H), "Q"]
        self.fonts_used, self.gs_used = set(), set()

    def circle(self, cx, cy, r, col, alpha=None):
        k = 0.5522847 * r
        self.ops.append("q")
        if alpha is not None:
            self.ops.append("/G%d gs" % self.gs(alpha))
        self.ops.append("%s rg" % hexcol(col))
        self.ops.append("%s %s m" % (num(cx + r), num(cy)))
        pts = [(cx + r, cy + k, cx + k, cy + r, cx, cy + r), (cx - k, cy + r, cx - r, cy + k, cx - r, cy),
               (cx - r, cy - k, cx - k, cy - r, cx, cy - r), (cx + k, cy - r, cx + r, cy - k, cx + r, cy)]
        for p in pts:
            self.ops.append(" ".join(num(v) for v in p) + " c")
        self.ops.append("h f")
        self.ops.append("Q")

    def rect(self, x, y, w, h, col, alpha=None):
        self.ops.append("q")
        if alpha is not None:
            self.ops.append("/G%d gs" % self.gs(alpha))
        self.ops.append("%s rg" % hexcol(col))
        self.ops.append("%s %s %s %s re f" % (num(x), num(y), num(w), num(h)))
        self.ops.append("Q")

    def line(self, x1, y1, x2, y2, col, wdt):
        self.ops.append("q %s RG %s w %s %s m %s %s l S Q" % (hexcol(col), num(wdt), num(x1), num(y1), num(x2), num(y2)))

    def gs(self, alpha):
        self.gs_used.add(alpha)
        return ALPHAS.index(alpha)

    def push_rot(self, deg, cx, cy):
        if not deg:
            self.ops.append("q")
            return
        t = math.radians(deg)
        c, s = math.cos(t), math.sin(t)
        e = cx - cx * c + cy * s
        f = cy - cx * s - cy * c
        self.ops.append("q")
        self.ops.append("%s %s %s %s %s %s cm" % tuple(num(v) for v in (c, s, -s, c, e, f)))

    def pop(self):
        self.ops.append("Q")

    def words(self, font, size, col, x, y, text, alpha=None):
        """One text line, drawn word by word with its own Tm."""
        fo = self.f[font]
        self.fonts_used.add(font)
        self.ops.append("q")
        if alpha is not None:
            self.ops.append("/G%d gs" % self.gs(alpha))
        self.ops.append("BT")
        self.ops.append("/%s %s Tf" % (font, num(size)))
        self.ops.append("%s rg" % hexcol(col))
        sp = fo.width(" ", size)
        cx = x
        for wd in text.split(" "):
            if wd:
                self.ops.append("1 0 0 -1 %s %s Tm" % (num(cx), num(y)))
                self.ops.append("%s Tj" % fo.encode(wd))
            cx += fo.width(wd, size) + sp
        self.ops.append("ET")
        self.ops.append("Q")

    def wrap(self, font, size, text, width):
        fo = self.f[font]
        lines, cur = [], ""
        for wd in text.split(" "):
            trial = (cur + " " + wd) if cur else wd
            if cur and fo.width(trial, size) > width:
                lines.append(cur)
                cur = wd
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines

    def block(self, font, size, col, x, y, text, width, lead=1.3, align="left", alpha=None):
        ys = y
        for ln in self.wrap(font, size, text, width):
            lx = x
            if align == "center":
                lx = x + (width - self.f[font].width(ln, size)) / 2
            self.words(font, size, col, lx, ys, ln, alpha)
            ys += size * lead
        return ys

    def content(self):
        return "\n".join(self.ops).encode("latin-1") + b"\n"


# ---------------------------------------------------------------- the prezi
BG = "F3EFE6"
INK = "1B2A41"
TOPIC = {"1": "E0603A", "2": "2A8C82", "3": "C9962B", "4": "3466A8", "5": "8A4FA3", "6": "B8434F"}
LIGHT = {"1": "F6C9B8", "2": "BDE3DE", "3": "F0DEB0", "4": "C3D4EC", "5": "DCC6E6", "6": "EDC2C7"}
SAT = {"1": -90, "2": -30, "3": 30, "4": 90, "5": 150, "6": 210}


def parse(path):
    meta, steps = {}, []
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if raw.startswith("#") or (not raw.strip() and not steps):
            continue
        if raw.startswith("@") and not steps:
            k, v = raw[1:].split(" ", 1)
            meta[k] = v
        elif raw.startswith("== "):
            steps.append({"head": [a.strip() for a in raw[3:].split("|")], "lines": []})
        elif raw.strip():
            steps[-1]["lines"].append(raw)
    return meta, steps


def draw_overview(pg, ov):
    title, sub = ov["title"], ov["sub"]
    pg.circle(640, 360, 150, INK)
    pg.block(MB, 40, "FFFFFF", 490, 345, title, 300, align="center")
    pg.block(OR, 13, "E8E4DA", 530, 385, sub, 220, align="center")
    for n, (name, subs) in enumerate(ov["topics"], 1):
        t = str(n)
        a = math.radians(SAT[t])
        cx, cy = 640 + 440 * math.cos(a), 360 + 250 * math.sin(a)
        pg.circle(cx, cy, 92, TOPIC[t])
        y = pg.block(MB, 16, "FFFFFF", cx - 75, cy - 22, name, 150, lead=1.2, align="center")
        for s in subs:
            y = pg.block(OR, 6.5, "FFFFFF", cx - 55, y + 2, s, 110, lead=1.2, align="center")


def draw_topic(pg, ov, t):
    name, subs = ov["topics"][int(t) - 1]
    nxt = ov["topics"][int(t) % 6][0]
    # neighbour satellite running off the right edge, the centre circle off the left
    pg.circle(1390, 110, 210, TOPIC[str(int(t) % 6 + 1)], alpha=0.35)
    pg.words(MB, 40, "FFFFFF", 1215, 120, nxt, alpha=0.35)
    pg.circle(-260, 640, 420, INK, alpha=0.25)
    pg.words(MB, 110, "FFFFFF", -330, 690, ov["title"], alpha=0.25)
    pg.circle(640, 380, 300, TOPIC[t])
    pg.block(MB, 42, "FFFFFF", 410, 210, name, 460, lead=1.15, align="center")
    n = len(subs)
    for i, s in enumerate(subs):
        cx = 640 + (i - (n - 1) / 2) * 190
        pg.circle(cx, 440, 88, LIGHT[t])
        pg.block(OS, 19, INK, cx - 70, 432, s, 140, lead=1.2, align="center")


def ghost(pg, ov, t):
    pg.words(MB, 150, TOPIC[t], -60, 812, ov["topics"][int(t) - 1][0], alpha=0.1)


def frame_title(pg, t, title):
    pg.rect(90, 70, 1100, 580, "FFFFFF")
    pg.rect(90, 70, 1100, 12, TOPIC[t])
    return pg.block(MB, 34, TOPIC[t], 130, 140, title, 1020, lead=1.15) + 6


def bullets(pg, t, y, lines, x=130, width=1010):
    for ln in lines:
        if ln.startswith("- "):
            pg.words(OR, 23, TOPIC[t], x + 5, y, "\u2022")
            y = pg.block(OR, 23, INK, x + 32, y, ln[2:], width - 32, lead=1.4) + 9
        elif ln.startswith("> "):
            rows = pg.wrap(OS, 21, ln[2:], width - 50)
            hgt = len(rows) * 29 + 24
            pg.rect(x, y - 8, width, hgt, LIGHT[t])
            yy = y + 22
            for r in rows:
                pg.words(OS, 21, INK, x + 25, yy, r)
                yy += 29
            y += hgt + 6
    return y


def draw_content(pg, ov, t, title, rot, lines):
    ghost(pg, ov, t)
    pg.push_rot(float(rot), 640, 360)
    y = frame_title(pg, t, title)
    bullets(pg, t, y + 24, lines)
    pg.pop()


def draw_timeline(pg, ov, t, title, lines):
    ghost(pg, ov, t)
    pg.push_rot(0, 640, 360)
    frame_title(pg, t, title)
    rows = [l.split(" | ") for l in lines]
    pg.line(150, 380, 1130, 380, TOPIC[t], 4)
    step = 980 / (len(rows) - 1)
    for i, (yr, lab) in enumerate(rows):
        cx = 150 + i * step
        pg.circle(cx, 380, 14, TOPIC[t])
        pg.block(MB, 24, INK, cx - 60, 345, yr, 120, align="center")
        yy = 430 if i % 2 == 0 else 470
        pg.block(OR, 17, INK, cx - 66, yy, lab, 132, lead=1.25, align="center")
    pg.pop()


def draw_map(pg, ov, t, title, lines):
    ghost(pg, ov, t)
    pg.push_rot(0, 640, 360)
    y = frame_title(pg, t, title)
    places = lines[0].split(" | ")
    n = len(places)
    pts = [(170 + i * (940 / (n - 1)), y + 40 + (28 if i % 2 else 0)) for i in range(n)]
    for a, b in zip(pts, pts[1:]):
        pg.line(a[0], a[1], b[0], b[1], TOPIC[t], 3)
    for (px, py), name in zip(pts, places):
        pg.circle(px, py, 9, TOPIC[t])
        pg.words(OS, 16, INK, px - pg.f[OS].width(name, 16) / 2, py + 30, name)
    bullets(pg, t, y + 140, lines[1:])
    pg.pop()


def draw_bars(pg, ov, t, title, lines):
    ghost(pg, ov, t)
    pg.push_rot(0, 640, 360)
    y = frame_title(pg, t, title) + 30
    rows = [l.split(" | ") for l in lines if " | " in l]
    for lab, val, txt in rows:
        pg.words(MB, 19, INK, 130, y + 6, lab)
        bw = float(val) * 7
        pg.rect(290, y - 16, bw, 30, TOPIC[t])
        pg.words(OR, 20, INK, 290 + bw + 14, y + 6, txt)
        y += 68
    bullets(pg, t, y + 10, [l for l in lines if l.startswith("> ")])
    pg.pop()


def draw_title(pg, lines):
    pg.circle(640, 360, 330, INK)
    pg.block(MB, 72, "FFFFFF", 340, 250, lines[0], 600, align="center")
    pg.block(OR, 24, "E8E4DA", 390, 320, lines[1], 500, align="center")
    pg.block(OS, 17, "F6C9B8", 380, 450, lines[2], 520, align="center")
    pg.block(OR, 15, "E8E4DA", 380, 505, lines[3], 520, align="center")


def draw_end(pg, lines):
    pg.push_rot(-3, 640, 360)
    pg.circle(640, 330, 250, TOPIC["6"])
    pg.block(MB, 64, "FFFFFF", 390, 320, lines[0], 500, align="center")
    pg.block(OS, 30, "FFFFFF", 390, 380, lines[1], 500, align="center")
    pg.pop()
    pg.block(OR, 14, INK, 240, 650, lines[2], 800, align="center")


def build_pages(fonts):
    meta, steps = parse(SRC)
    ov = None
    pages = []
    for st in steps:
        kind = st["head"][0]
        if kind == "overview" and st["lines"]:
            L = st["lines"]
            ov = {"title": L[0], "sub": L[1], "topics": []}
            for l in L[2:]:
                name, subs = l.split(" | ")
                ov["topics"].append((name, [s.strip() for s in subs.split(";")]))
    for st in steps:
        pg = Page(fonts, BG)
        h, L = st["head"], st["lines"]
        kind = h[0]
        if kind == "overview":
            draw_overview(pg, ov)
        elif kind == "title":
            draw_title(pg, L)
        elif kind == "topic":
            draw_topic(pg, ov, h[1])
        elif kind == "content":
            draw_content(pg, ov, h[1], h[2], h[3], L)
        elif kind == "timeline":
            draw_timeline(pg, ov, h[1], h[2], L)
        elif kind == "map":
            draw_map(pg, ov, h[1], h[2], L)
        elif kind == "bars":
            draw_bars(pg, ov, h[1], h[2], L)
        elif kind == "end":
            draw_end(pg, L)
        pages.append(pg)
    return meta, pages


# ---------------------------------------------------------------- PDF objects
def pdf_string_text(s):
    if all(ord(c) < 128 for c in s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + "".join("%04X" % ord(c) for c in s) + ">"


def tounicode(font):
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", "<<  /Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0", ">> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
             "<0000> <FFFF>", "endcodespacerange"]
    items = sorted(font.used.items())
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        lines.append("%d beginbfchar" % len(chunk))
        for g, c in chunk:
            lines.append("<%04X> <%04X>" % (g, ord(c)))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("latin-1")


def build():
    fonts = {}
    for i, (key, name, fam, fn, _src, flags, stemv) in enumerate(FONTS):
        fonts[key] = Font(key, name, fam, fn, flags, stemv, chr(65 + i) + "AAAAA")
    meta, pages = build_pages(fonts)

    objs = {}
    order = []

    def put(num_, body):
        objs[num_] = body
        order.append(num_)

    def stream(d, raw, extra=""):
        comp = zlib.compress(raw, 6)
        return ("<</Filter /FlateDecode%s /Length %d>> stream\n" % (extra, len(comp))).encode("latin-1") + comp + b"\nendstream"

    # numbering: 1 catalog, 2 pages, 3 info, then pages, then fonts
    nxt = [4]

    def alloc():
        n = nxt[0]
        nxt[0] += 1
        return n

    page_ids = []
    alphas = sorted({a for p in pages for a in p.gs_used})
    gs_ids = {a: alloc() for a in alphas}
    font_ids = {k: alloc() for k in sorted(fonts)}
    for pg in pages:
        pid, cid = alloc(), alloc()
        page_ids.append((pid, cid, pg))
    contents = {cid: pg.content() for pid, cid, pg in page_ids}  # encodes glyphs, fills .used

    for a in alphas:
        put(gs_ids[a], ("<</ca %s /CA %s /Type /ExtGState>>" % (num(a), num(a))).encode("latin-1"))
    for pid, cid, pg in page_ids:
        fres = " ".join("/%s %d 0 R" % (k, font_ids[k]) for k in sorted(pg.fonts_used))
        gres = " ".join("/G%d %d 0 R" % (ALPHAS.index(a), gs_ids[a]) for a in sorted(pg.gs_used))
        res = "<</ProcSet [/PDF /Text /ImageB /ImageC /ImageI]"
        if gres:
            res += " /ExtGState <<%s>>" % gres
        if fres:
            res += " /Font <<%s>>" % fres
        res += ">>"
        put(pid, ("<</Type /Page /Resources %s /MediaBox [0 0 %d %d] /Contents %d 0 R /Parent 2 0 R>>"
                  % (res, W, H, cid)).encode("latin-1"))
        put(cid, stream(None, contents[cid]))
    for k in sorted(fonts):
        fo = fonts[k]
        base = "%s+%s" % (fo.tag, fo.name)
        did, desc, ff, tu = alloc(), alloc(), alloc(), alloc()
        put(font_ids[k], ("<</Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>"
                          % (base, did, tu)).encode("latin-1"))
        gids = sorted(fo.used)
        warr = []
        for g in gids:
            warr.append("%d [%s]" % (g, num(fo.advance(g) * 1000 / fo.upem)))
        put(did, ("<</Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor %d 0 R /DW 0 /W [%s] /CIDToGIDMap /Identity>>"
                  % (base, desc, " ".join(warr))).encode("latin-1"))
        t = fo.tables
        upm = fo.upem
        xmin, ymin, xmax, ymax = struct.unpack(">hhhh", t["head"][36:44])
        asc, dsc = struct.unpack(">hh", t["hhea"][4:8])
        cap = struct.unpack(">h", t["OS/2"][88:90])[0] if len(t["OS/2"]) >= 90 else asc
        sc = lambda v: int(round(v * 1000 / upm))
        put(desc, ("<</Type /FontDescriptor /FontName /%s /FontFamily (%s) /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle 0 /Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R>>"
                   % (base, fo.family, fo.flags, sc(xmin), sc(ymin), sc(xmax), sc(ymax), sc(asc), sc(dsc),
                      sc(cap), fo.stemv, ff)).encode("latin-1"))
        keep = closure(glyphs_of(t), list(fo.used))
        sub = write_ttf(subset(t, keep, ["cvt ", "fpgm", "hhea", "hmtx", "maxp", "prep", "OS/2"]))
        put(ff, stream(None, sub, " /Length1 %d" % len(sub)))
        put(tu, stream(None, tounicode(fo)))
    put(1, b"<</Type /Catalog /Pages 2 0 R>>")
    put(2, ("<</Type /Pages /Count %d /Kids [%s]>>" % (len(page_ids), " ".join("%d 0 R" % p for p, _c, _g in page_ids))).encode("latin-1"))
    d = meta["date"]
    dt = "D:%s+05'30'" % d
    put(3, ("<</Title %s /Author %s /Creator (Prezi) /Producer (Skia/PDF m131) /CreationDate (%s) /ModDate (%s)>>"
            % (pdf_string_text(meta["title"]), pdf_string_text(meta["author"]), dt, dt)).encode("latin-1"))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += ("%d 0 obj\n" % n).encode("latin-1") + objs[n] + b"\nendobj\n"
    size = max(objs) + 1
    xref = len(out)
    out += ("xref\n0 %d\n" % size).encode("latin-1")
    out += b"0000000000 65535 f \n"
    for n in range(1, size):
        out += ("%010d 00000 n \n" % offsets[n]).encode("latin-1")
    out += ("trailer\n<</Size %d /Root 1 0 R /Info 3 0 R>>\nstartxref\n%d\n%%%%EOF" % (size, xref)).encode("latin-1")
    return bytes(out)


def main():
    if sys.argv[1:] == ["--prepare-fonts"]:
        prepare_fonts()
        return
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(build())


if __name__ == "__main__":
    main()
