#!/usr/bin/python3
"""Re-make docs/shree-anna-millets-brochure.pdf from tools/shree-anna-millets-brochure.txt.

The file is shaped like a PDF that Canva exports ("PDF Standard") for a US Letter landscape
tri-fold brochure: PDF 1.4, an Info dictionary with Canva as Creator and Producer, the design
title, the author and the design / brand ids as Keywords; a y-flipped page space
("1 0 0 -1 0 612 cm"); every text box drawn in layer order with one BT/ET and one Tm per line,
glyph ids shown through Type0 / CIDFontType2 fonts (Identity-H, CIDToGIDMap Identity) whose
TrueType programs are subset with their glyph ids kept, kerning and letter spacing written as
TJ offsets, ToUnicode CMaps; icons as FlateDecode RGB images with an SMask; shapes as filled
paths (rounded boxes with Bezier corners, an ExtGState for opacity); a link annotation; no
page numbers. Standard library only; deterministic.

Run: /usr/bin/python3 tools/make_pdf.py [output.pdf]
     /usr/bin/python3 tools/make_pdf.py --cut-base   (re-cuts tools/fonts from the system's
                                                      Liberation 2 fonts; not needed normally)
"""
import math
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "shree-anna-millets-brochure.txt")
OUT = os.path.join(ROOT, "docs", "shree-anna-millets-brochure.pdf")
PAGE_W, PAGE_H = 792, 612

# font key -> (file in tools/fonts, PDF base name, family, flags, system file to cut from).
# tools/fonts holds the Liberation 2 fonts cut to the characters used (see tools/fonts/README.txt);
# Arimo and Tinos share Liberation Sans and Liberation Serif's outlines and metrics.
FONTS = {
    "R": ("sans-regular.ttf", "Arimo", "Arimo", 32, "LiberationSans-Regular.ttf"),
    "B": ("sans-bold.ttf", "Arimo-Bold", "Arimo", 32, "LiberationSans-Bold.ttf"),
    "I": ("sans-italic.ttf", "Arimo-Italic", "Arimo", 96, "LiberationSans-Italic.ttf"),
    "D": ("serif-bold.ttf", "Tinos-Bold", "Tinos", 34, "LiberationSerif-Bold.ttf"),
}
KEEP_TABLES = [b"OS/2", b"cmap", b"cvt ", b"fpgm", b"glyf", b"head", b"hhea", b"hmtx", b"kern",
               b"loca", b"maxp", b"prep"]


# ---------------------------------------------------------------- TrueType reading / subsetting
class TTF:
    def __init__(self, data):
        self.data = data
        n = struct.unpack(">H", data[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            self.tables[tag] = data[off:off + ln]
        head = self.tables[b"head"]
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loca_long = struct.unpack(">h", head[50:52])[0] == 1
        self.num_glyphs = struct.unpack(">H", self.tables[b"maxp"][4:6])[0]
        hhea = self.tables[b"hhea"]
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        self.num_hmetrics = struct.unpack(">H", hhea[34:36])[0]
        hm = self.tables[b"hmtx"]
        self.adv = []
        for g in range(self.num_glyphs):
            i = min(g, self.num_hmetrics - 1)
            self.adv.append(struct.unpack(">H", hm[4 * i:4 * i + 2])[0])
        loca = self.tables[b"loca"]
        if self.loca_long:
            self.loca = list(struct.unpack(">%dI" % (self.num_glyphs + 1), loca[:4 * (self.num_glyphs + 1)]))
        else:
            self.loca = [2 * v for v in struct.unpack(">%dH" % (self.num_glyphs + 1), loca[:2 * (self.num_glyphs + 1)])]
        self.cmap = self._cmap()
        self.kern = self._kern()
        os2 = self.tables.get(b"OS/2", b"")
        self.cap_height = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else self.ascent

    def _cmap(self):
        t = self.tables[b"cmap"]
        n = struct.unpack(">H", t[2:4])[0]
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", t[4 + 8 * i:12 + 8 * i])
            if struct.unpack(">H", t[off:off + 2])[0] == 4 and (pid, eid) in ((3, 1), (0, 3), (0, 4)):
                best = off
        out = {}
        off = best
        segx2 = struct.unpack(">H", t[off + 6:off + 8])[0]
        seg = segx2 // 2
        ends = struct.unpack(">%dH" % seg, t[off + 14:off + 14 + segx2])
        starts = struct.unpack(">%dH" % seg, t[off + 16 + segx2:off + 16 + 2 * segx2])
        deltas = struct.unpack(">%dh" % seg, t[off + 16 + 2 * segx2:off + 16 + 3 * segx2])
        ro_pos = off + 16 + 3 * segx2
        ros = struct.unpack(">%dH" % seg, t[ro_pos:ro_pos + segx2])
        for i in range(seg):
            for c in range(starts[i], ends[i] + 1):
                if c == 0xFFFF:
                    continue
                if ros[i] == 0:
                    g = (c + deltas[i]) & 0xFFFF
                else:
                    p = ro_pos + 2 * i + ros[i] + 2 * (c - starts[i])
                    g = struct.unpack(">H", t[p:p + 2])[0]
                    if g:
                        g = (g + deltas[i]) & 0xFFFF
                if g:
                    out[c] = g
        return out

    def _kern(self):
        t = self.tables.get(b"kern")
        pairs = {}
        if not t:
            return pairs
        n = struct.unpack(">H", t[2:4])[0]
        off = 4
        for _ in range(n):
            _ver, length, cov = struct.unpack(">HHH", t[off:off + 6])
            if cov >> 8 == 0:
                npairs = struct.unpack(">H", t[off + 6:off + 8])[0]
                p = off + 14
                for _k in range(npairs):
                    l, r, v = struct.unpack(">HHh", t[p:p + 6])
                    pairs[(l, r)] = v
                    p += 6
            off += length
        return pairs

    def glyph(self, g):
        return self.tables[b"glyf"][self.loca[g]:self.loca[g + 1]]

    def components(self, g):
        d = self.glyph(g)
        if len(d) < 10 or struct.unpack(">h", d[:2])[0] >= 0:
            return []
        out, p = [], 10
        while True:
            flags, gi = struct.unpack(">HH", d[p:p + 4])
            out.append(gi)
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

    def closure(self, gids):
        keep, todo = set(gids) | {0}, list(gids)
        while todo:
            for c in self.components(todo.pop()):
                if c not in keep:
                    keep.add(c)
                    todo.append(c)
        return keep

    def subset(self, gids, chars=None, tables=KEEP_TABLES):
        """Keep the outlines of gids (and their components) at their own ids; empty the rest."""
        keep = self.closure(gids)
        glyf, offs = bytearray(), []
        for g in range(self.num_glyphs):
            offs.append(len(glyf))
            if g in keep:
                glyf += self.glyph(g)
                while len(glyf) % 4:
                    glyf.append(0)
        offs.append(len(glyf))
        new = dict(self.tables)
        new[b"glyf"] = bytes(glyf)
        new[b"loca"] = struct.pack(">%dI" % len(offs), *offs)
        head = bytearray(self.tables[b"head"])
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        new[b"head"] = bytes(head)
        if chars is not None and b"cmap" in tables:
            new[b"cmap"] = cmap4({c: self.cmap[c] for c in chars if c in self.cmap})
        if b"kern" in tables and self.kern:
            kp = sorted((l, r, v) for (l, r), v in self.kern.items() if l in keep and r in keep)
            body = b"".join(struct.pack(">HHh", *k) for k in kp)
            n = len(kp)
            es = int(math.log2(n)) if n else 0
            sr = 6 * (2 ** es) if n else 0
            sub = struct.pack(">HHHHHHH", 0, 14 + len(body), 1, n, sr, es, 6 * n - sr) + body
            new[b"kern"] = struct.pack(">HH", 0, 1) + sub
        return build_sfnt({t: new[t] for t in tables if t in new})


def cmap4(m):
    codes = sorted(m)
    segs = []
    for c in codes:
        if segs and c == segs[-1][1] + 1 and m[c] == m[segs[-1][1]] + 1:
            segs[-1][1] = c
        else:
            segs.append([c, c])
    segs.append([0xFFFF, 0xFFFF])
    n = len(segs)
    ends = [s[1] for s in segs]
    starts = [s[0] for s in segs]
    deltas = [((m[s[0]] - s[0]) & 0xFFFF) if s[0] != 0xFFFF else 1 for s in segs]
    es = int(math.log2(n))
    sr = 2 * (2 ** es)
    sub = struct.pack(">HHHHHHH", 4, 0, 0, 2 * n, sr, es, 2 * n - sr)
    sub += struct.pack(">%dH" % n, *ends) + b"\0\0" + struct.pack(">%dH" % n, *starts)
    sub += struct.pack(">%dH" % n, *deltas) + struct.pack(">%dH" % n, *([0] * n))
    sub = sub[:2] + struct.pack(">H", len(sub)) + sub[4:]
    return struct.pack(">HHHHI", 0, 1, 3, 1, 12) + sub


def checksum(b):
    b = b + b"\0" * ((4 - len(b) % 4) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


def build_sfnt(tables):
    tags = sorted(tables)
    n = len(tags)
    es = int(math.log2(n))
    sr = 16 * (2 ** es)
    out = bytearray(struct.pack(">IHHHH", 0x00010000, n, sr, es, 16 * n - sr))
    off = 12 + 16 * n
    body = bytearray()
    for t in tags:
        d = tables[t]
        out += struct.pack(">4sIII", t, checksum(d), off + len(body), len(d))
        body += d + b"\0" * ((4 - len(d) % 4) % 4)
    font = out + body
    if b"head" in tables:
        adj = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
        hp = off + sum(len(tables[t]) + (4 - len(tables[t]) % 4) % 4 for t in tags[:tags.index(b"head")])
        font[hp + 8:hp + 12] = struct.pack(">I", adj)
    return bytes(font)


def cut_base():
    chars = set(range(0x20, 0x7F)) | {0xA0, 0xB7, 0xD7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C,
                                      0x201D, 0x2022, 0x2026, 0x20B9, 0x2192}
    for key, (fn, _b, _f, _fl, sysname) in FONTS.items():
        f = TTF(open(os.path.join("/usr/share/fonts/truetype/liberation2", sysname), "rb").read())
        gids = [f.cmap[c] for c in chars if c in f.cmap]
        open(os.path.join(HERE, "fonts", fn), "wb").write(f.subset(gids, chars))


# ---------------------------------------------------------------- source parsing and layout
def read_source():
    meta, pages = {}, []
    el = None
    for raw in open(SRC, encoding="utf-8").read().split("\n"):
        if raw.startswith("#") and el is None:
            continue
        if raw.startswith("@"):
            k, _, v = raw[1:].partition(" ")
            meta[k] = v
            continue
        m = re.match(r"^=== page (\d+) ===$", raw)
        if m:
            pages.append([])
            el = None
            continue
        m = re.match(r"^--- (\w+)(.*) ---$", raw)
        if m:
            kind, rest = m.group(1), m.group(2).split()
            el = {"kind": kind, "lines": []}
            for tok in rest:
                if "=" in tok:
                    k, v = tok.split("=", 1)
                    el[k] = v
                else:
                    el["name"] = tok
            pages[-1].append(el)
            continue
        if el is not None:
            el["lines"].append(raw)
    for page in pages:
        for el in page:
            while el["lines"] and not el["lines"][-1].strip():
                el["lines"].pop()
    return meta, pages


def num(s):
    return float(s)


def fmt(v):
    s = ("%.4f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def hexcolor(h, op="rg"):
    r, g, b = (int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return "%s %s %s %s" % (fmt(r), fmt(g), fmt(b), op)


class Fonts:
    def __init__(self):
        self.f = {k: TTF(open(os.path.join(HERE, "fonts", v[0]), "rb").read()) for k, v in FONTS.items()}
        self.used = {k: {} for k in FONTS}  # gid -> char

    def gid(self, key, ch):
        g = self.f[key].cmap.get(ord(ch), 0)
        self.used[key][g] = ch
        return g

    def width(self, key, text, size, track=0):
        f = self.f[key]
        w, prev = 0.0, None
        for ch in text:
            g = f.cmap.get(ord(ch), 0)
            w += f.adv[g] * 1000 / f.upem + track
            if prev is not None:
                w += f.kern.get((prev, g), 0) * 1000 / f.upem
            prev = g
        return w * size / 1000


def parse_runs(line, base):
    """'**bold** rest' -> [(font, text)]"""
    out = []
    parts = re.split(r"(\*\*.+?\*\*)", line)
    for p in parts:
        if not p:
            continue
        if p.startswith("**") and p.endswith("**"):
            out.append(("B", p[2:-2]))
        else:
            out.append((base, p))
    return out


def wrap(fonts, runs, width, size, track, first_indent=0):
    """Greedy wrap of [(font, text)] into lines of [(font, text)]."""
    words = []  # (font, word, space_before)
    for font, text in runs:
        for i, piece in enumerate(re.split(r"( )", text)):
            if piece == " ":
                words.append((font, " ", None))
            elif piece:
                words.append((font, piece, None))
    lines, cur, curw = [], [], 0.0
    avail = width - first_indent
    pending_space = None
    for font, w, _ in words:
        if w == " ":
            pending_space = font
            continue
        ww = fonts.width(font, w, size, track)
        sw = fonts.width(pending_space, " ", size, track) if (pending_space and cur) else 0
        if cur and curw + sw + ww > avail:
            lines.append(cur)
            cur, curw = [], 0.0
            avail = width
            sw = 0
        if cur and pending_space:
            cur.append((pending_space, " "))
            curw += sw
        cur.append((font, w))
        curw += ww
        pending_space = None
    if cur:
        lines.append(cur)
    merged = []
    for line in lines:
        m = []
        for font, t in line:
            if m and m[-1][0] == font:
                m[-1] = (font, m[-1][1] + t)
            else:
                m.append((font, t))
        merged.append(m)
    return merged


def tj_array(fonts, key, text, track):
    f = fonts.f[key]
    parts, buf, prev = [], "", None
    for ch in text:
        g = fonts.gid(key, ch)
        k = f.kern.get((prev, g), 0) if prev is not None else 0
        if k:
            kv = -k * 1000 / f.upem
            parts.append("<%s>" % buf)
            parts.append(fmt(kv))
            buf = ""
        buf += "%04X" % g
        if track:
            parts.append("<%s>" % buf)
            parts.append(fmt(-track))
            buf = ""
        prev = g
    if buf:
        parts.append("<%s>" % buf)
    if len(parts) == 1:
        return parts[0] + " Tj"
    return "[" + " ".join(parts) + "] TJ"


def layout_text(fonts, el, fontnames, report):
    x, y, w = num(el["x"]), num(el["y"]), num(el["w"])
    base = el.get("font", "R")
    size = num(el.get("size", "9"))
    lead = num(el.get("lead", str(size * 1.3)))
    track = num(el.get("track", "0"))
    color = el.get("color", "000000")
    ops = ["BT", hexcolor(color)]
    baseline = y + size * 0.93
    bullet_indent = size * 1.1
    cur_font = None
    lines_out = []
    first = True
    for para in el["lines"]:
        if not para.strip():
            baseline += lead * 0.55
            continue
        bullet = para.startswith("* ")
        text = para[2:] if bullet else para
        runs = parse_runs(text, base)
        ind = bullet_indent if bullet else 0
        wrapped = wrap(fonts, runs, w - ind, size, track)
        if bullet and not first:
            baseline += lead * 0.22
        for i, line in enumerate(wrapped):
            if bullet and i == 0:
                if cur_font != base:
                    ops.append("/%s %s Tf" % (fontnames[base], fmt(size)))
                    cur_font = base
                ops.append("1 0 0 -1 %s %s Tm" % (fmt(x), fmt(baseline)))
                ops.append(tj_array(fonts, base, "\u2022", 0))
            ops.append("1 0 0 -1 %s %s Tm" % (fmt(x + ind), fmt(baseline)))
            for font, t in line:
                if font != cur_font:
                    ops.append("/%s %s Tf" % (fontnames[font], fmt(size)))
                    cur_font = font
                ops.append(tj_array(fonts, font, t, track))
            lw = sum(fonts.width(f_, t_, size, track) for f_, t_ in line)
            lines_out.append(("".join(t for _f, t in line), x + ind, baseline, lw, size))
            baseline += lead
        first = False
    ops.append("ET")
    report.append("%-6s y=%-6s bottom=%.1f  %s" % (el.get("font"), el["y"], baseline - lead + size * 0.25,
                                                   (el["lines"][0] if el["lines"] else "")[:50]))
    return ops, lines_out


# ---------------------------------------------------------------- icons (procedural images)
def icon_pixels(name, n=96):
    """RGB bytes and alpha bytes for a small flat icon, 4x4 supersampled."""
    rgb, alpha = bytearray(), bytearray()
    ss = 4
    for py in range(n):
        for px in range(n):
            acc = [0.0, 0.0, 0.0]
            cov = 0.0
            for sy in range(ss):
                for sx in range(ss):
                    u = (px + (sx + 0.5) / ss) / n
                    v = (py + (sy + 0.5) / ss) / n
                    c = shade(name, u, v)
                    if c:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        cov += 1
            a = cov / (ss * ss)
            if cov:
                rgb += bytes(int(round(acc[i] / cov)) for i in range(3))
            else:
                rgb += b"\xff\xff\xff"
            alpha.append(int(round(a * 255)))
    return bytes(rgb), bytes(alpha)


AMBER, GREEN, CREAM, BROWN, BLUE = (242, 193, 78), (62, 95, 42), (246, 239, 220), (122, 83, 40), (74, 144, 181)


def ellipse(u, v, cx, cy, rx, ry, ang=0.0):
    du, dv = u - cx, v - cy
    ca, sa = math.cos(ang), math.sin(ang)
    a, b = du * ca + dv * sa, -du * sa + dv * ca
    return (a / rx) ** 2 + (b / ry) ** 2 <= 1


def shade(name, u, v):
    if name == "grain":
        # a millet ear on a stalk with two leaves, inside a cream ring
        r = math.hypot(u - 0.5, v - 0.5)
        if 0.455 < r < 0.49:
            return CREAM
        if abs(u - 0.5) < 0.018 and 0.42 < v < 0.9:
            return CREAM
        if ellipse(u, v, 0.36, 0.66, 0.15, 0.04, -0.6) or ellipse(u, v, 0.64, 0.74, 0.15, 0.04, 0.6):
            return CREAM
        for i in range(7):
            cy = 0.16 + i * 0.045
            for side in (-1, 1):
                if ellipse(u, v, 0.5 + side * 0.05, cy, 0.045, 0.028, side * 0.5):
                    return AMBER
            if ellipse(u, v, 0.5, cy - 0.02, 0.03, 0.026):
                return AMBER
        return None
    if name == "drop":
        if v > 0.45 and math.hypot(u - 0.5, v - 0.62) < 0.3:
            return BLUE if not ellipse(u, v, 0.4, 0.66, 0.05, 0.1, 0.3) else (220, 238, 246)
        if v <= 0.45 and v > 0.05 and abs(u - 0.5) < (v - 0.05) * 0.75:
            return BLUE
        return None
    if name == "ear":
        if abs(u - 0.5) < 0.03 and 0.55 < v < 0.95:
            return GREEN
        for i in range(5):
            cy = 0.12 + i * 0.09
            rx = 0.12 + 0.02 * min(i, 4 - i)
            if ellipse(u, v, 0.5, cy, rx, 0.06):
                return (196, 122, 31)
        return None
    if name == "bowl":
        if 0.5 < v < 0.82 and math.hypot((u - 0.5) / 0.42, (v - 0.5) / 0.32) < 1:
            return (196, 122, 31)
        for i, (cx, cy) in enumerate(((0.3, 0.45), (0.4, 0.4), (0.5, 0.38), (0.6, 0.41), (0.7, 0.46),
                                      (0.35, 0.5), (0.45, 0.47), (0.55, 0.46), (0.65, 0.5))):
            if math.hypot(u - cx, v - cy) < 0.06:
                return AMBER if i % 2 else (230, 170, 60)
        if 0.85 < v < 0.9 and abs(u - 0.5) < 0.22:
            return BROWN
        return None
    if name == "flask":
        if 0.08 < v < 0.4 and abs(u - 0.5) < 0.08:
            return GREEN if v > 0.12 else BROWN
        if 0.4 <= v < 0.92:
            half = 0.08 + (v - 0.4) * 0.7
            if abs(u - 0.5) < half:
                return AMBER if v > 0.62 else GREEN
        return None
    return None


# ---------------------------------------------------------------- PDF writing
class PDF:
    def __init__(self):
        self.objs = {}

    def add(self, num_, body):
        self.objs[num_] = body

    def stream(self, num_, dict_items, data, compress=True):
        if compress:
            data = zlib.compress(data, 9)
            dict_items = dict_items + [("/Filter", "/FlateDecode")]
        dict_items = dict_items + [("/Length", str(len(data)))]
        d = "<<" + "\n".join("%s %s" % kv for kv in dict_items) + ">>"
        self.objs[num_] = d.encode("latin-1") + b" stream\n" + data + b"\nendstream"

    def write(self, root, info):
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for n in sorted(self.objs):
            offsets[n] = len(out)
            body = self.objs[n]
            if isinstance(body, str):
                body = body.encode("latin-1")
            out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
        xref = len(out)
        size = max(self.objs) + 1
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for n in range(1, size):
            out += b"%010d 00000 n \n" % offsets[n]
        out += b"trailer\n<</Size %d\n/Root %d 0 R\n/Info %d 0 R>>\nstartxref\n%d\n%%%%EOF" % (size, root, info, xref)
        return bytes(out)


def pdf_string(s):
    try:
        b = s.encode("ascii")
        return "(" + b.decode("ascii").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    except UnicodeEncodeError:
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def tounicode(used):
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", "<<  /Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0", ">> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
             "<0000> <FFFF>", "endcodespacerange"]
    items = sorted(used.items())
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        lines.append("%d beginbfchar" % len(chunk))
        for g, ch in chunk:
            lines.append("<%04X> <%s>" % (g, ch.encode("utf-16-be").hex().upper()))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def widths_array(f, gids):
    out, run, last = [], [], None
    for g in sorted(gids):
        w = fmt(f.adv[g] * 1000 / f.upem)
        if last is not None and g == last + 1:
            run.append(w)
        else:
            if run:
                out.append("%d [%s]" % (start, " ".join(run)))
            start, run = g, [w]
        last = g
    if run:
        out.append("%d [%s]" % (start, " ".join(run)))
    return "[" + " ".join(out) + "]"


def rounded_rect(x, y, w, h, r):
    k = 0.5523 * r
    p = ["%s %s m" % (fmt(x + r), fmt(y)), "%s %s l" % (fmt(x + w - r), fmt(y)),
         "%s %s %s %s %s %s c" % (fmt(x + w - r + k), fmt(y), fmt(x + w), fmt(y + r - k), fmt(x + w), fmt(y + r)),
         "%s %s l" % (fmt(x + w), fmt(y + h - r)),
         "%s %s %s %s %s %s c" % (fmt(x + w), fmt(y + h - r + k), fmt(x + w - r + k), fmt(y + h), fmt(x + w - r), fmt(y + h)),
         "%s %s l" % (fmt(x + r), fmt(y + h)),
         "%s %s %s %s %s %s c" % (fmt(x + r - k), fmt(y + h), fmt(x), fmt(y + h - r + k), fmt(x), fmt(y + h - r)),
         "%s %s l" % (fmt(x), fmt(y + r)),
         "%s %s %s %s %s %s c" % (fmt(x), fmt(y + r - k), fmt(x + r - k), fmt(y), fmt(x + r), fmt(y)), "h"]
    return p


def build(report=None):
    meta, pages = read_source()
    fonts = Fonts()
    report = report if report is not None else []
    # object numbers: 1 Info, 2 Pages, then per page resources allocated in order
    next_num = [3]

    def alloc():
        n = next_num[0]
        next_num[0] += 1
        return n

    pdf = PDF()
    gs_normal = alloc()
    pdf.add(gs_normal, "<</ca 1\n/BM /Normal>>")
    gs_alpha = {}
    font_objs = {k: alloc() for k in ("D", "R", "B", "I")}
    fontnames = {k: "F%d" % n for k, n in font_objs.items()}
    image_objs = {}
    page_nums = []
    contents = []
    link_rects = []
    for pi, page in enumerate(pages):
        ops = ["/G%d gs" % gs_normal, "1 0 0 -1 0 %d cm" % PAGE_H]
        res_x, res_g = {}, {"G%d" % gs_normal: gs_normal}
        page_fonts = set()
        for el in page:
            if el["kind"] == "rect":
                x, y, w, h = (num(el[k]) for k in ("x", "y", "w", "h"))
                ops.append("q")
                if "opacity" in el:
                    op = el["opacity"]
                    if op not in gs_alpha:
                        gs_alpha[op] = alloc()
                        pdf.add(gs_alpha[op], "<</ca %s\n/BM /Normal>>" % op)
                    ops.append("/G%d gs" % gs_alpha[op])
                    res_g["G%d" % gs_alpha[op]] = gs_alpha[op]
                ops.append(hexcolor(el["fill"]))
                if "radius" in el:
                    ops += rounded_rect(x, y, w, h, num(el["radius"]))
                else:
                    ops.append("%s %s %s %s re" % (fmt(x), fmt(y), fmt(w), fmt(h)))
                ops.append("f")
                ops.append("Q")
            elif el["kind"] == "image":
                name = el["name"]
                if name not in image_objs:
                    image_objs[name] = (alloc(), alloc())
                img, _sm = image_objs[name]
                x, y, w, h = (num(el[k]) for k in ("x", "y", "w", "h"))
                ops.append("q")
                ops.append("%s 0 0 %s %s %s cm" % (fmt(w), fmt(-h), fmt(x), fmt(y + h)))
                ops.append("/X%d Do" % img)
                ops.append("Q")
                res_x["X%d" % img] = img
            elif el["kind"] == "text":
                t_ops, lines = layout_text(fonts, el, fontnames, report)
                ops += t_ops
                for line in el["lines"]:
                    for f_, _t in parse_runs(line.lstrip("* "), el.get("font", "R")):
                        page_fonts.add(f_)
                page_fonts.add(el.get("font", "R"))
                for text, lx, ly, lw, sz in lines:
                    if meta.get("link") and "t.me/" in text:
                        link_rects.append((pi, lx, ly, lw, sz))
        contents.append((ops, res_g, res_x, page_fonts))
        page_nums.append(None)
    content_nums = []
    for pi in range(len(pages)):
        content_nums.append(alloc())
        page_nums[pi] = alloc()
    annot_nums = {}
    for (pi, lx, ly, lw, sz) in link_rects:
        annot_nums.setdefault(pi, []).append((alloc(), lx, ly, lw, sz))
    # fonts: Type0, CIDFont, descriptor, font file, ToUnicode
    font_parts = {k: (alloc(), alloc(), alloc(), alloc()) for k in font_objs}
    for key, n in font_objs.items():
        fn, base, family, flags, _s = FONTS[key]
        f = fonts.f[key]
        used = fonts.used[key]
        cid, desc, ffile, tu = font_parts[key]
        name = "/AAAAAA+" + base
        pdf.add(n, "<</Type /Font\n/Subtype /Type0\n/BaseFont %s\n/Encoding /Identity-H\n"
                   "/DescendantFonts [%d 0 R]\n/ToUnicode %d 0 R>>" % (name, cid, tu))
        pdf.add(cid, "<</Type /Font\n/Subtype /CIDFontType2\n/BaseFont %s\n/CIDSystemInfo <</Registry (Adobe)\n"
                     "/Ordering (Identity)\n/Supplement 0>>\n/FontDescriptor %d 0 R\n/DW 0\n/W %s\n"
                     "/CIDToGIDMap /Identity>>" % (name, desc, widths_array(f, used)))
        sc = 1000 / f.upem
        bbox = " ".join(fmt(round(v * sc, 3)) for v in f.bbox)
        pdf.add(desc, "<</Type /FontDescriptor\n/FontName %s\n/FontFamily (%s)\n/Flags %d\n/FontBBox [%s]\n"
                      "/ItalicAngle %s\n/Ascent %s\n/Descent %s\n/CapHeight %s\n/StemV 0\n/FontFile2 %d 0 R>>"
                 % (name, family, flags, bbox, "-12" if key == "I" else "0", fmt(round(f.ascent * sc, 3)),
                    fmt(round(f.descent * sc, 3)), fmt(round(f.cap_height * sc, 3)), ffile))
        prog = f.subset(list(used), None, [t for t in KEEP_TABLES if t not in (b"cmap", b"kern")])
        pdf.stream(ffile, [("/Length1", str(len(prog)))], prog)
        pdf.stream(tu, [], tounicode(used))
    for name, (img, sm) in sorted(image_objs.items(), key=lambda kv: kv[1]):
        rgb, alpha = icon_pixels(name)
        pdf.stream(img, [("/Type", "/XObject"), ("/Subtype", "/Image"), ("/Width", "96"), ("/Height", "96"),
                         ("/ColorSpace", "/DeviceRGB"), ("/SMask", "%d 0 R" % sm), ("/BitsPerComponent", "8")], rgb)
        pdf.stream(sm, [("/Type", "/XObject"), ("/Subtype", "/Image"), ("/Width", "96"), ("/Height", "96"),
                        ("/ColorSpace", "/DeviceGray"), ("/BitsPerComponent", "8")], alpha)
    for pi, (ops, res_g, res_x, page_fonts) in enumerate(contents):
        pdf.stream(content_nums[pi], [], ("\n".join(ops) + "\n").encode("latin-1"))
        fdict = " ".join("/%s %d 0 R" % (fontnames[k], font_objs[k]) for k in ("D", "R", "B", "I") if k in page_fonts)
        gdict = " ".join("/%s %d 0 R" % (k, v) for k, v in sorted(res_g.items(), key=lambda kv: kv[1]))
        xdict = " ".join("/%s %d 0 R" % (k, v) for k, v in sorted(res_x.items(), key=lambda kv: kv[1]))
        res = "<</ProcSet [/PDF /Text /ImageB /ImageC /ImageI]\n/ExtGState <<%s>>\n/Font <<%s>>" % (gdict, fdict)
        if xdict:
            res += "\n/XObject <<%s>>" % xdict
        res += ">>"
        annots = ""
        if pi in annot_nums:
            annots = "\n/Annots [%s]" % " ".join("%d 0 R" % a[0] for a in annot_nums[pi])
            for a, lx, ly, lw, sz in annot_nums[pi]:
                rect = (lx, PAGE_H - ly - sz * 0.25, lx + lw, PAGE_H - ly + sz * 0.95)
                pdf.add(a, "<</Type /Annot\n/Subtype /Link\n/F 4\n/Border [0 0 0]\n/Rect [%s]\n/A <</Type /Action\n"
                           "/S /URI\n/URI (%s)>>>>" % (" ".join(fmt(round(v, 3)) for v in rect), meta["link"]))
        pdf.add(page_nums[pi], "<</Type /Page\n/Resources %s\n/MediaBox [0 0 %d %d]\n/Contents %d 0 R%s\n/Parent 2 0 R>>"
                 % (res, PAGE_W, PAGE_H, content_nums[pi], annots))
    pdf.add(2, "<</Type /Pages\n/Count %d\n/Kids [%s]>>" % (len(pages), " ".join("%d 0 R" % n for n in page_nums)))
    catalog = alloc()
    pdf.add(catalog, "<</Type /Catalog\n/Pages 2 0 R>>")
    d = meta["date"]
    pdfdate = "D:%s%s%s%s%s%s+00'00'" % (d[0:4], d[5:7], d[8:10], d[11:13], d[14:16], d[17:19])
    pdf.add(1, "<</Title %s\n/Author %s\n/Keywords %s\n/Creator (Canva)\n/Producer (Canva)\n/CreationDate (%s)\n"
               "/ModDate (%s)>>" % (pdf_string(meta["title"]), pdf_string(meta["author"]),
                                    pdf_string(meta["keywords"]), pdfdate, pdfdate))
    return pdf.write(catalog, 1)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--cut-base":
        cut_base()
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--report":
        rep = []
        build(rep)
        print("\n".join(rep))
        return
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build()
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
