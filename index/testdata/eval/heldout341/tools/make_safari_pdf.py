#!/usr/bin/python3
"""Re-make docs/global-tb-report-2025-india-safari.pdf from its source text, byte for byte.

The output is what Safari's File > Export as PDF… writes for a news explainer page: a Quartz
PDFContext file (PDF-1.3 with Quartz's binary comment line, indirect stream lengths, object 1
the Info dictionary written last), US Letter pages (612 x 792) with the page laid out at its
screen width and scaled to fit, no header or footer lines and no page numbers; the text drawn run
by run (each run its own BT/ET under a flipped CTM, font size 1 scaled by the text matrix);
fonts embedded as subset TrueType simple fonts named AAAAAB+… whose character codes are handed
out from 33 in order of first use (so the content strings are not ASCII and the text can only be
read through each font's ToUnicode CMap); the ICC-based colour space Quartz writes (/Cs1);
photographs as Flate-compressed images with no alt text anywhere; links drawn as plain text with
/Link annotations carrying the URIs; the site's masthead, nav bar, breadcrumbs, byline,
"Listen to this article", an "ADVERTISEMENT" label, a boxed fact list, a "RELATED STORIES" rail
in the right-hand column beside the last part of the article, tags, newsletter box and footer.

Glyph outlines and metrics come from the Liberation 2 fonts installed at
/usr/share/fonts/truetype/liberation2 (metric-compatible stand-ins, embedded under the names of
the fonts the page asked for). Everything else is fixed: no clock, no randomness.
Usage: make_safari_pdf.py [OUTPUT]
"""
import hashlib
import math
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "global-tb-report-2025-india-safari.txt")
DEFAULT_OUT = os.path.join(ROOT, "docs", "global-tb-report-2025-india-safari.pdf")
FONTDIR = "/usr/share/fonts/truetype/liberation2"

PAGE_W, PAGE_H = 612, 792
S = 0.6                     # CSS px -> pt (the 960 px layout scaled onto the Letter page)
MARGIN_PX = 30              # top and bottom of each page, in px
PAGE_PX = PAGE_H / S        # 1320 px of layout per page
MAIN_X, MAIN_W = 40, 620
RAIL_X, RAIL_W = 696, 244

PRODUCER = "macOS Version 15.6.1 (Build 24G90) Quartz PDFContext"


# ---------------------------------------------------------------- TrueType
def u16(b, o):
    return struct.unpack(">H", b[o:o + 2])[0]


def s16(b, o):
    return struct.unpack(">h", b[o:o + 2])[0]


def u32(b, o):
    return struct.unpack(">I", b[o:o + 4])[0]


class TTF:
    def __init__(self, path):
        b = open(path, "rb").read()
        self.b = b
        self.tables = {}
        for i in range(u16(b, 4)):
            tag, _, off, ln = struct.unpack(">4sIII", b[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.t("head")
        self.upem = u16(head, 18)
        self.bbox = [s16(head, 36), s16(head, 38), s16(head, 40), s16(head, 42)]
        self.long_loca = s16(head, 50) == 1
        hhea = self.t("hhea")
        self.ascent, self.descent = s16(hhea, 4), s16(hhea, 6)
        self.max_adv = u16(hhea, 10)
        self.nhm = u16(hhea, 34)
        self.nglyphs = u16(self.t("maxp"), 4)
        hmtx = self.t("hmtx")
        self.hm = []
        for g in range(self.nglyphs):
            if g < self.nhm:
                self.hm.append((u16(hmtx, 4 * g), s16(hmtx, 4 * g + 2)))
            else:
                self.hm.append((self.hm[self.nhm - 1][0], s16(hmtx, 4 * self.nhm + 2 * (g - self.nhm))))
        loca = self.t("loca")
        if self.long_loca:
            self.loca = [u32(loca, 4 * i) for i in range(self.nglyphs + 1)]
        else:
            self.loca = [2 * u16(loca, 2 * i) for i in range(self.nglyphs + 1)]
        post = self.t("post")
        self.italic = s16(post, 4) + u16(post, 6) / 65536.0
        os2 = self.t("OS/2")
        self.avg = s16(os2, 2)
        if len(os2) >= 90:
            self.xheight, self.capheight = s16(os2, 86), s16(os2, 88)
        else:
            self.xheight, self.capheight = int(self.ascent * 0.56), int(self.ascent * 0.76)
        self.cmap = self._cmap()

    def t(self, tag):
        off, ln = self.tables[tag]
        return self.b[off:off + ln]

    def _cmap(self):
        c = self.t("cmap")
        for i in range(u16(c, 2)):
            pid, eid, off = u16(c, 4 + 8 * i), u16(c, 6 + 8 * i), u32(c, 8 + 8 * i)
            if pid == 3 and eid == 1 and u16(c, off) == 4:
                break
        n = u16(c, off + 6) // 2
        ends = off + 14
        starts = ends + 2 * n + 2
        deltas = starts + 2 * n
        ranges = deltas + 2 * n
        m = {}
        for k in range(n):
            e, s, d, r = u16(c, ends + 2 * k), u16(c, starts + 2 * k), s16(c, deltas + 2 * k), u16(c, ranges + 2 * k)
            for ch in range(s, e + 1):
                if ch == 0xFFFF:
                    continue
                if r == 0:
                    g = (ch + d) & 0xFFFF
                else:
                    g = u16(c, ranges + 2 * k + r + 2 * (ch - s))
                    if g:
                        g = (g + d) & 0xFFFF
                if g:
                    m[ch] = g
        return m

    def adv(self, ch):
        return self.hm[self.cmap.get(ord(ch), 0)][0]

    def glyph(self, g):
        return self.b[self.tables["glyf"][0] + self.loca[g]:self.tables["glyf"][0] + self.loca[g + 1]]


def checksum(data):
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(">%dI" % (len(data) // 4), data)) & 0xFFFFFFFF


def subset(ttf, gids):
    """A TrueType subset: glyph 0, then gids in order (composite parts appended), renumbered."""
    order = [0] + [g for g in gids if g]
    newid = {g: i for i, g in enumerate(order)}
    glyfs = []
    i = 0
    while i < len(order):
        data = bytearray(ttf.glyph(order[i]))
        if len(data) >= 10 and s16(data, 0) < 0:
            p = 10
            while True:
                flags, comp = u16(data, p), u16(data, p + 2)
                if comp not in newid:
                    newid[comp] = len(order)
                    order.append(comp)
                struct.pack_into(">H", data, p + 2, newid[comp])
                p += 4 + (4 if flags & 1 else 2)
                p += 2 if flags & 8 else 4 if flags & 0x40 else 8 if flags & 0x80 else 0
                if not flags & 0x20:
                    break
        data += b"\0" * (-len(data) % 4)
        glyfs.append(bytes(data))
        i += 1
    n = len(order)
    glyf = b"".join(glyfs)
    loca, off = [], 0
    for g in glyfs:
        loca.append(off)
        off += len(g)
    loca.append(off)
    head = bytearray(ttf.t("head"))
    struct.pack_into(">I", head, 8, 0)
    struct.pack_into(">h", head, 50, 1)
    hhea = bytearray(ttf.t("hhea"))
    struct.pack_into(">H", hhea, 34, n)
    maxp = bytearray(ttf.t("maxp"))
    struct.pack_into(">H", maxp, 4, n)
    hmtx = b"".join(struct.pack(">Hh", *ttf.hm[g]) for g in order)
    post = ttf.t("post")
    post3 = struct.pack(">I", 0x00030000) + post[4:32]
    tables = {
        "cvt ": ttf.t("cvt "), "fpgm": ttf.t("fpgm"), "prep": ttf.t("prep"),
        "glyf": glyf, "head": bytes(head), "hhea": bytes(hhea), "hmtx": hmtx,
        "loca": struct.pack(">%dI" % len(loca), *loca), "maxp": bytes(maxp), "post": post3,
    }
    return tables, newid


def build_font(tables, cmap0):
    """Assemble the sfnt with a (1,0) format 0 cmap mapping character codes to new glyph ids."""
    arr = bytes(cmap0.get(c, 0) for c in range(256))
    tables = dict(tables)
    tables["cmap"] = struct.pack(">HHHHIHHH", 0, 1, 1, 0, 12, 0, 262, 0) + arr
    tags = sorted(tables)
    nt = len(tags)
    es = int(math.log(nt, 2))
    sr = (2 ** es) * 16
    out = struct.pack(">IHHHH", 0x00010000, nt, sr, es, nt * 16 - sr)
    off = 12 + 16 * nt
    dirs, body = b"", b""
    for tag in tags:
        data = tables[tag]
        dirs += struct.pack(">4sIII", tag.encode("latin-1"), checksum(data), off + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    font = bytearray(out + dirs + body)
    adj = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
    hoff = 12 + 16 * nt + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[:tags.index("head")])
    struct.pack_into(">I", font, hoff + 8, adj)
    return bytes(font)


class Font:
    """One embedded font as Quartz writes it: codes from 33 up, in order of first use."""
    def __init__(self, res, file, base, subset_tag):
        self.res = res
        self.ttf = TTF(os.path.join(FONTDIR, file))
        self.base = subset_tag + "+" + base
        self.codes = {}
        self.fallback = None

    def width(self, text, size):
        total = 0.0
        for ch in text:
            if ord(ch) in self.ttf.cmap or self.fallback is None:
                total += self.ttf.adv(ch) / float(self.ttf.upem)
            else:
                total += self.fallback.ttf.adv(ch) / float(self.fallback.ttf.upem)
        return total * size

    def encode(self, text):
        out = bytearray()
        for ch in text:
            if ch not in self.codes:
                if ord(ch) not in self.ttf.cmap:
                    raise SystemExit("no glyph for %r in %s" % (ch, self.base))
                self.codes[ch] = 33 + len(self.codes)
                if self.codes[ch] > 255:
                    raise SystemExit("font %s needs a second subset" % self.base)
            out.append(self.codes[ch])
        return bytes(out)


# ---------------------------------------------------------------- page model
class Doc:
    def __init__(self):
        self.pages = []          # each: {"ops": [...], "annots": [...]}
        self.new_page()
        self.images = []

    def new_page(self):
        self.pages.append({"ops": [], "annots": []})
        self.y = MARGIN_PX

    def ensure(self, h):
        if self.y + h > PAGE_PX - MARGIN_PX:
            self.new_page()


def pdf_str(b):
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    return bytes(out + b")")


def num(v):
    s = "%.4f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def wrap(words, font_of, width, size):
    """Greedy line breaking; words are (text, style, link) with spaces kept after each word."""
    lines, cur, w = [], [], 0.0
    for word in words:
        ww = font_of(word[1]).width(word[0].rstrip(" "), size)
        if cur and w + ww > width:
            lines.append(cur)
            cur, w = [], 0.0
        cur.append(word)
        w += font_of(word[1]).width(word[0], size)
    if cur:
        lines.append(cur)
    return lines


def tokens(text):
    """Split inline text into words carrying a style and link: [label](url) marks links."""
    out = []
    pos = 0
    for m in re.finditer(r"\[([^\]]+)\]\(([^)]+)\)", text):
        for w in re.findall(r"\S+\s*", text[pos:m.start()]):
            out.append((w, None))
        for w in re.findall(r"\S+\s*", m.group(1) + text[m.end():m.end() + 1].replace(" ", " ")):
            out.append((w, m.group(2)))
        pos = m.end() + 1 if text[m.end():m.end() + 1] == " " else m.end()
    for w in re.findall(r"\S+\s*", text[pos:]):
        out.append((w, None))
    return out


# ---------------------------------------------------------------- images
def make_image(w, h, seed):
    """A deterministic photograph-like RGB picture (soft sky, ground, figures)."""
    rows = bytearray()
    hs = int(hashlib.md5(seed.encode()).hexdigest()[:6], 16)
    cx, cy = (hs % 97) / 97.0, ((hs >> 8) % 89) / 89.0
    for y in range(h):
        rows.append(0)
        fy = y / float(h)
        for x in range(w):
            fx = x / float(w)
            if fy < 0.55:
                r, g, b = 150 + 60 * fy, 175 + 40 * fy, 205 - 20 * fy
            else:
                r, g, b = 120 - 40 * (fy - 0.55), 105 - 30 * (fy - 0.55), 80 - 20 * (fy - 0.55)
            d = ((fx - cx) ** 2 * 4 + (fy - 0.35 - cy * 0.2) ** 2 * 9)
            if d < 0.04:
                r, g, b = 70 + 200 * d, 60 + 180 * d, 55 + 150 * d
            stripe = math.sin(fx * 37.0 + fy * 11.0 + cx * 5) * 6
            rows += bytes((max(0, min(255, int(r + stripe))), max(0, min(255, int(g + stripe))),
                           max(0, min(255, int(b + stripe)))))
    return rows


def icc_profile():
    """A small sRGB ICC v2 display profile, as Quartz attaches for its /Cs1 colour space."""
    def xyz(x, y, z):
        return b"XYZ " + b"\0" * 4 + struct.pack(">iii", int(x * 65536), int(y * 65536), int(z * 65536))

    def curve(gamma):
        return b"curv" + b"\0" * 4 + struct.pack(">IH", 1, int(gamma * 256)) + b"\0\0"

    def desc(text):
        t = text.encode("ascii") + b"\0"
        return (b"desc" + b"\0" * 4 + struct.pack(">I", len(t)) + t + b"\0" * 8 + b"\0" * 3 + b"\0" * 67)

    tags = [(b"desc", desc("sRGB IEC61966-2.1")),
            (b"cprt", b"text" + b"\0" * 4 + b"Copyright Apple Inc., 2025\0"),
            (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
            (b"rXYZ", xyz(0.4361, 0.2225, 0.0139)),
            (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)),
            (b"bXYZ", xyz(0.1431, 0.0606, 0.7141)),
            (b"rTRC", curve(2.2)), (b"gTRC", curve(2.2)), (b"bTRC", curve(2.2))]
    table = struct.pack(">I", len(tags))
    off = 128 + 4 + 12 * len(tags)
    data = b""
    for sig, body in tags:
        body += b"\0" * (-len(body) % 4)
        table += struct.pack(">4sII", sig, off + len(data), len(body))
        data += body
    size = off + len(data)
    header = struct.pack(">I4sI4s4s4s6H4s4sI4s4sII", size, b"appl", 0x02100000, b"mntr", b"RGB ", b"XYZ ",
                         2025, 11, 14, 4, 45, 12, b"acsp", b"APPL", 0, b"APPL", b"\0\0\0\0", 0, 0)
    header += struct.pack(">I", 0) + struct.pack(">iii", int(0.9642 * 65536), 65536, int(0.8249 * 65536))
    header += b"appl" + b"\0" * (128 - len(header) - 4)
    return header + table + data


# ---------------------------------------------------------------- layout
class Layout:
    def __init__(self, fonts):
        self.f = fonts
        self.doc = Doc()

    def run(self, font, size, x_px, base_px, text, color=(0, 0, 0), link=None):
        """Draw one run; characters the font lacks go to the system fallback font, as CoreText does."""
        page = self.doc.pages[-1]
        sz = size * S
        x, y = x_px * S, base_px * S
        segs = []
        for ch in text:
            f = font if ord(ch) in font.ttf.cmap else self.f["fallback"]
            if segs and segs[-1][0] is f:
                segs[-1][1] += ch
            else:
                segs.append([f, ch])
        adv = 0.0
        for f, seg in segs:
            page["ops"].append(("text", f, sz, x + adv * S, y, seg, color))
            adv += f.width(seg, size)
        if link:
            w = adv * S - font.width(" ", sz) * (len(text) - len(text.rstrip(" ")))
            page["annots"].append((x, PAGE_H - y - sz * 0.25, x + w, PAGE_H - y + sz * 0.9, link))
        return adv

    def para(self, text, style="serif", size=18, lh=30, x=MAIN_X, width=MAIN_W, color=(0.1, 0.1, 0.1),
             gap=20, bullet=None):
        font = self.f[style]
        words = [(w, style, link) for w, link in tokens(text)]
        indent = 22 if bullet else 0
        lines = wrap(words, lambda s: self.f[s], width - indent, size)
        for i, line in enumerate(lines):
            self.doc.ensure(lh)
            base = self.doc.y + (lh + size * 0.7) / 2
            cx = x + indent
            if bullet and i == 0:
                self.run(self.f[bullet[0]], size, x + 4, base, bullet[1], color)
            # group consecutive words of one style and link into runs
            runs = []
            for w, st, link in line:
                if runs and runs[-1][1] == st and runs[-1][2] == link:
                    runs[-1][0] += w
                else:
                    runs.append([w, st, link])
            runs[-1][0] = runs[-1][0].rstrip(" ")
            for text_, st, link in runs:
                cx += self.run(self.f[st], size, cx, base, text_, color, link)
            self.doc.y += lh
        self.doc.y += gap

    def rule(self, x, width, color=(0.85, 0.85, 0.85), weight=1):
        self.doc.pages[-1]["ops"].append(("rect", x * S, self.doc.y * S, width * S, weight * S, color))

    def image(self, name, w_px, h_px, pix_w, pix_h, x=MAIN_X):
        self.doc.ensure(h_px)
        self.doc.images.append((name, pix_w, pix_h))
        self.doc.pages[-1]["ops"].append(("image", name, x * S, self.doc.y * S, w_px * S, h_px * S))
        self.doc.y += h_px


def build(src):
    meta = {}
    body = []
    for line in src.split("\n"):
        m = re.match(r"@(\w+) (.*)$", line)
        if m and m.group(1) in ("title", "url", "saved"):
            meta[m.group(1)] = m.group(2)
        elif line.strip():
            body.append(line)
    fonts = {
        "serif": Font("TT1", "LiberationSerif-Regular.ttf", "Georgia", "AAAAAB"),
        "serif-bold": Font("TT2", "LiberationSerif-Bold.ttf", "Georgia-Bold", "AAAAAC"),
        "serif-italic": Font("TT3", "LiberationSerif-Italic.ttf", "Georgia-Italic", "AAAAAD"),
        "sans": Font("TT4", "LiberationSans-Regular.ttf", "HelveticaNeue", "AAAAAE"),
        "sans-bold": Font("TT5", "LiberationSans-Bold.ttf", "HelveticaNeue-Bold", "AAAAAF"),
        "fallback": Font("TT6", "../dejavu/DejaVuSans.ttf", ".SFNS-Regular", "AAAAAG"),
    }
    for k in fonts:
        if k != "fallback":
            fonts[k].fallback = fonts["fallback"]
    L = Layout(fonts)
    grey, dark, red = (0.42, 0.42, 0.42), (0.1, 0.1, 0.1), (0.72, 0.11, 0.11)
    i = 0
    rail = None
    while i < len(body):
        line = body[i]
        i += 1
        m = re.match(r"@(\w+) ?(.*)$", line)
        tag, arg = (m.group(1), m.group(2)) if m else (None, line)
        if tag == "topbar":
            L.doc.y += 4
            parts = arg.split(" | ")
            L.run(fonts["sans"], 13, MAIN_X, L.doc.y + 14, parts[0], grey)
            L.run(fonts["sans-bold"], 13, 780, L.doc.y + 14, parts[1], red)
            L.run(fonts["sans"], 13, 860, L.doc.y + 14, parts[2], dark)
            L.doc.y += 30
        elif tag == "masthead":
            L.run(fonts["serif-bold"], 40, MAIN_X, L.doc.y + 40, arg, dark)
            L.doc.y += 58
        elif tag == "nav":
            L.rule(MAIN_X, 880, dark, 2)
            L.doc.y += 8
            L.run(fonts["sans-bold"], 14, MAIN_X, L.doc.y + 16, arg, dark)
            L.doc.y += 28
            L.rule(MAIN_X, 880, (0.8, 0.8, 0.8), 1)
            L.doc.y += 22
        elif tag == "crumbs":
            L.run(fonts["sans"], 13, MAIN_X, L.doc.y + 13, arg, grey)
            L.doc.y += 30
        elif tag == "kicker":
            L.run(fonts["sans-bold"], 13, MAIN_X, L.doc.y + 13, arg, red)
            L.doc.y += 24
        elif tag is None and line.startswith("# "):
            L.para(line[2:], "serif-bold", 38, 46, gap=14, color=dark)
        elif tag == "standfirst":
            L.para(arg, "serif-italic", 20, 30, color=(0.25, 0.25, 0.25), gap=18)
        elif tag == "byline":
            L.run(fonts["sans-bold"], 14, MAIN_X, L.doc.y + 14, arg, dark)
            L.doc.y += 22
        elif tag == "dateline":
            L.run(fonts["sans"], 13, MAIN_X, L.doc.y + 13, arg, grey)
            L.doc.y += 26
        elif tag == "listen":
            L.rule(MAIN_X, MAIN_W)
            L.doc.y += 10
            L.doc.pages[-1]["ops"].append(("rect", MAIN_X * S, (L.doc.y + 2) * S, 18 * S, 18 * S, red))
            L.run(fonts["sans"], 13, MAIN_X + 28, L.doc.y + 14, arg, dark)
            L.doc.y += 26
            L.rule(MAIN_X, MAIN_W)
            L.doc.y += 18
        elif tag == "image":
            name, size = arg.split()
            w, h = [int(v) for v in size.split("x")]
            L.image("Im1", w, h, 496, 279)
            L.doc.y += 8
        elif tag == "caption":
            L.para(arg, "sans", 13, 19, color=grey, gap=24)
        elif tag is None and line.startswith("## "):
            L.doc.y += 8
            L.doc.ensure(34 + 60)
            L.para(line[3:], "serif-bold", 25, 34, gap=12, color=dark)
        elif tag == "ad":
            L.doc.ensure(140)
            L.run(fonts["sans"], 10, MAIN_X + 270, L.doc.y + 10, "ADVERTISEMENT", (0.6, 0.6, 0.6))
            L.doc.y += 130
        elif tag == "box":
            items = []
            while body[i] != "@endbox":
                items.append(body[i][2:])
                i += 1
            i += 1
            L.doc.ensure(40 + 34 * len(items))
            L.rule(MAIN_X, MAIN_W, red, 3)
            L.doc.y += 14
            L.run(fonts["sans-bold"], 15, MAIN_X + 16, L.doc.y + 15, arg, red)
            L.doc.y += 30
            for it in items:
                L.para(it, "sans", 16, 24, x=MAIN_X + 16, width=MAIN_W - 32, color=dark, gap=6,
                       bullet=("sans-bold", "•"))
            L.doc.y += 6
            L.rule(MAIN_X, MAIN_W, (0.8, 0.8, 0.8), 1)
            L.doc.y += 26
        elif tag == "rail":
            items = []
            while body[i] != "@endrail":
                items.append(body[i][2:].split(" | "))
                i += 1
            i += 1
            rail = (len(L.doc.pages) - 1, L.doc.y, arg, items)
        elif tag == "tags":
            L.doc.y += 10
            L.rule(MAIN_X, MAIN_W)
            L.doc.y += 16
            x = MAIN_X
            x += L.run(fonts["sans-bold"], 13, x, L.doc.y + 13, "TAGS:  ", dark)
            for t in arg.split(" | "):
                x += L.run(fonts["sans"], 13, x, L.doc.y + 13, t, (0.1, 0.3, 0.6),
                           link="https://www.thecivicpost.in/about/%s/" % re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-"))
                x += fonts["sans"].width("     ", 13)
            L.doc.y += 40
        elif tag == "newsletter":
            L.doc.ensure(110)
            L.rule(MAIN_X, 880, (0.93, 0.93, 0.93), 90)
            L.doc.y += 24
            text, cta = arg.rsplit(". ", 1)
            L.run(fonts["serif-bold"], 17, MAIN_X + 20, L.doc.y + 17, text + ".", dark)
            L.run(fonts["sans-bold"], 14, 820, L.doc.y + 17, cta, red, link="https://www.thecivicpost.in/newsletters/")
            L.doc.y += 96
        elif tag == "footer":
            if not L.doc.pages[-1].get("footer"):
                L.doc.pages[-1]["footer"] = True
                L.rule(MAIN_X, 880, dark, 2)
                L.doc.y += 18
            L.run(fonts["sans"], 12, MAIN_X, L.doc.y + 12, arg, grey)
            L.doc.y += 24
        else:
            L.para(line, "serif", 18, 30, color=dark)
    if rail:
        draw_rail(L, fonts, rail, red, dark, grey)
    return meta, fonts, L.doc


def draw_rail(L, fonts, rail, red, dark, grey):
    """The related-stories rail, drawn in the right column beside the article from where it
    sits in the page's flow; an item that does not fit goes to the top of the next page."""
    pno, y, label, items = rail
    page = L.doc.pages[pno]
    ops = page["ops"]
    y -= 4
    ops.append(("rect", RAIL_X * S, y * S, RAIL_W * S, 3 * S, red))
    y += 14
    ops.append(("text", fonts["sans-bold"], 14 * S, RAIL_X * S, (y + 14) * S, label, red))
    y += 30
    tx = RAIL_X + 76
    for n, (head, date) in enumerate(items):
        words = [(w, "sans-bold", None) for w, _ in tokens(head)]
        lines = wrap(words, lambda s: fonts[s], RAIL_W - 76, 15)
        height = max(20 * len(lines) + 22, 50)
        if y + height > PAGE_PX - MARGIN_PX:
            pno += 1
            page = L.doc.pages[pno]
            ops = page["ops"]
            y = MARGIN_PX
        ops.append(("image", "Im%d" % (n + 2), RAIL_X * S, y * S, 64 * S, 48 * S))
        L.doc.images.append(("Im%d" % (n + 2), 96, 72))
        ty = y
        for ln in lines:
            text = "".join(w for w, _, _ in ln).rstrip(" ")
            ops.append(("text", fonts["sans-bold"], 15 * S, tx * S, (ty + 15) * S, text, dark))
            ty += 20
        ops.append(("text", fonts["sans"], 12 * S, tx * S, (ty + 13) * S, date, grey))
        ty += 22
        slug = re.sub(r"[^a-z0-9]+", "-", head.lower()).strip("-")
        page["annots"].append((tx * S, PAGE_H - (ty - 4) * S, (RAIL_X + RAIL_W) * S,
                               PAGE_H - y * S, "https://www.thecivicpost.in/explained/%s/" % slug))
        y = max(ty, y + 48) + 18
        ops.append(("rect", RAIL_X * S, (y - 9) * S, RAIL_W * S, 1 * S, (0.85, 0.85, 0.85)))


# ---------------------------------------------------------------- PDF writing
def content_stream(page):
    out = ["q Q q 0 0 612 792 re W n"]
    last_color = None
    for op in page["ops"]:
        if op[0] == "text":
            _, font, sz, x, y, text, color = op
            if color != last_color:
                out.append("/Cs1 cs %s %s %s sc" % tuple(num(c) for c in color))
                last_color = color
            out.append("q 1 0 0 -1 0 792 cm BT %s 0 0 -%s %s %s Tm /%s 1 Tf %s Tj ET Q"
                       % (num(sz), num(sz), num(x), num(y), font.res, pdf_str(font.encode(text)).decode("latin-1")))
        elif op[0] == "rect":
            _, x, y, w, h, color = op
            out.append("/Cs1 cs %s %s %s sc" % tuple(num(c) for c in color))
            last_color = color
            out.append("%s %s %s %s re f" % (num(x), num(PAGE_H - y - h), num(w), num(h)))
        elif op[0] == "image":
            _, name, x, y, w, h = op
            out.append("q %s 0 0 %s %s %s cm /%s Do Q" % (num(w), num(h), num(x), num(PAGE_H - y - h), name))
    out.append("Q")
    return ("\n".join(out) + "\n").encode("latin-1")


def to_unicode(font):
    pairs = sorted((c, ch) for ch, c in font.codes.items())
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
             "<00> <FF>", "endcodespacerange"]
    for k in range(0, len(pairs), 100):
        chunk = pairs[k:k + 100]
        lines.append("%d beginbfchar" % len(chunk))
        for c, ch in chunk:
            lines.append("<%02X> <%s>" % (c, ch.encode("utf-16-be").hex().upper()))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines) + "\n").encode("ascii")


def pdf_text(s):
    if all(ord(c) < 128 for c in s):
        return pdf_str(s.encode("ascii")).decode("ascii")
    return "<FEFF%s>" % s.encode("utf-16-be").hex().upper()


def write_pdf(meta, fonts, doc, out):
    objs = {}
    order = []
    nxt = [3]

    def alloc():
        n = nxt[0]
        nxt[0] += 1
        return n

    def put(n, data):
        objs[n] = data
        order.append(n)

    def stream(n, dict_extra, raw, compress=True):
        data = zlib.compress(raw, 6) if compress else raw
        ln = alloc()
        put(n, b"<< /Length %d 0 R%s >>\nstream\n" % (ln, dict_extra.encode("latin-1")) + data + b"\nendstream")
        put(ln, b"%d" % len(data))

    cs_obj = None
    font_objs = {k: None for k in fonts}
    image_objs = {}
    page_ids = []
    # pages first, as Quartz writes them: content stream, its length, page, resources
    res_placeholders = []
    cs_obj = 10000  # fixed later
    contents = [content_stream(p) for p in doc.pages]
    for p, raw in zip(doc.pages, contents):
        c = alloc()
        stream(c, " /Filter /FlateDecode", raw)
        pg = alloc()
        res = alloc()
        annots = []
        for (x1, y1, x2, y2, uri) in p["annots"]:
            annots.append((alloc(), x1, y1, x2, y2, uri))
        page_ids.append(pg)
        res_placeholders.append((pg, c, res, annots, p))
    # shared resources
    icc = alloc()
    cs = alloc()
    for name, w, h in doc.images:
        if name not in image_objs:
            image_objs[name] = (alloc(), w, h)
    for k in fonts:
        font_objs[k] = alloc()
    for pg, c, res, annots, p in res_placeholders:
        used_fonts = sorted({op[1].res for op in p["ops"] if op[0] == "text"})
        used_imgs = sorted({op[1] for op in p["ops"] if op[0] == "image"}, key=lambda s: int(s[2:]))
        annot_ref = ""
        if annots:
            annot_ref = " /Annots [ %s ]" % " ".join("%d 0 R" % a[0] for a in annots)
        put(pg, ("<< /Type /Page /Parent 2 0 R /Resources %d 0 R /Contents %d 0 R%s /MediaBox [0 0 612 792]\n>>"
                 % (res, c, annot_ref)).encode())
        fdict = " ".join("/%s %d 0 R" % (r, font_objs[k]) for r in used_fonts for k in fonts if fonts[k].res == r)
        parts = ["<< /ProcSet [ /PDF /Text /ImageB /ImageC /ImageI ] /ColorSpace << /Cs1 %d 0 R >>" % cs]
        parts.append(" /Font << %s >>" % fdict)
        if used_imgs:
            parts.append(" /XObject << %s >>" % " ".join("/%s %d 0 R" % (n, image_objs[n][0]) for n in used_imgs))
        put(res, ("".join(parts) + " >>").encode())
        for a, x1, y1, x2, y2, uri in annots:
            put(a, ("<< /Type /Annot /Subtype /Link /Rect [ %s %s %s %s ] /Border [ 0 0 0 ] /A << /Type /Action\n"
                    "/S /URI /URI %s >> >>" % (num(x1), num(y1), num(x2), num(y2), pdf_str(uri.encode()).decode()))
                .encode())
    # images
    for name, (n, w, h) in sorted(image_objs.items(), key=lambda kv: kv[1][0]):
        raw = make_image(w, h, name)
        # rows carry a PNG "None" filter byte; strip it for a plain image stream
        plain = b"".join(raw[r * (3 * w + 1) + 1:(r + 1) * (3 * w + 1)] for r in range(h))
        stream(n, " /Type /XObject /Subtype /Image /Width %d /Height %d /Interpolate true /ColorSpace %d 0 R\n"
                  "/Intent /Perceptual /BitsPerComponent 8 /Filter /FlateDecode" % (w, h, cs), plain)
    stream(icc, " /N 3 /Alternate /DeviceRGB /Filter /FlateDecode", icc_profile())
    put(cs, b"[ /ICCBased %d 0 R ]" % icc)
    # fonts
    for k, font in fonts.items():
        n = font_objs[k]
        t = font.ttf
        chars = sorted(font.codes, key=lambda ch: font.codes[ch])
        gids = [t.cmap[ord(ch)] for ch in chars]
        tables, newid = subset(t, gids)
        cmap0 = {font.codes[ch]: newid[t.cmap[ord(ch)]] for ch in chars}
        ff = build_font(tables, cmap0)
        first, last = 33, 32 + len(chars)
        widths = " ".join("%d" % round(t.adv(ch) * 1000.0 / t.upem) for ch in chars)
        desc, tu, ffo = alloc(), alloc(), alloc()
        sc = 1000.0 / t.upem
        put(n, ("<< /Type /Font /Subtype /TrueType /BaseFont /%s /FontDescriptor %d 0 R /ToUnicode %d 0 R\n"
                "/FirstChar %d /LastChar %d /Widths [ %s ] >>" % (font.base, desc, tu, first, last, widths)).encode())
        stream(tu, " /Filter /FlateDecode", to_unicode(font))
        put(desc, ("<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [%d %d %d %d] /ItalicAngle %s\n"
                   "/Ascent %d /Descent %d /CapHeight %d /StemV 0 /XHeight %d /AvgWidth %d /MaxWidth %d /FontFile2 %d 0 R\n>>"
                   % (font.base, round(t.bbox[0] * sc), round(t.bbox[1] * sc), round(t.bbox[2] * sc),
                      round(t.bbox[3] * sc), num(t.italic), round(t.ascent * sc), round(t.descent * sc),
                      round(t.capheight * sc), round(t.xheight * sc), round(t.avg * sc), round(t.max_adv * sc),
                      ffo)).encode())
        stream(ffo, " /Length1 %d /Filter /FlateDecode" % len(ff), ff)
    put(2, ("<< /Type /Pages /MediaBox [0 0 612 792] /Count %d /Kids [ %s ] >>"
            % (len(page_ids), " ".join("%d 0 R" % p for p in page_ids))).encode())
    cat = alloc()
    put(cat, b"<< /Type /Catalog /Pages 2 0 R >>")
    d = meta["saved"]                       # "2025-11-14 10:15:12 +0530" -> UTC
    hh, mm = int(d[11:13]) * 60 + int(d[14:16]) - 330, int(d[17:19])
    stamp = "D:%s%s%s%02d%02d%02dZ00'00'" % (d[0:4], d[5:7], d[8:10], hh // 60, hh % 60, mm)
    put(1, ("<< /Title %s /Producer %s /Creator (Safari) /CreationDate (%s)\n/ModDate (%s) >>"
            % (pdf_text(meta["title"]), pdf_text(PRODUCER), stamp, stamp)).encode())

    buf = bytearray(b"%PDF-1.3\n%\xc4\xe5\xf2\xe5\xeb\xa7\xf3\xa0\xd0\xc4\xc6\n")
    offsets = {}
    for n in order:
        offsets[n] = len(buf)
        buf += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    size = max(objs) + 1
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        buf += b"%010d 00000 n \n" % offsets[n]
    fid = hashlib.md5(meta["url"].encode() + meta["saved"].encode()).hexdigest()
    buf += (b"trailer\n<< /Size %d /Root %d 0 R /Info 1 0 R /ID [ <%s>\n<%s> ] >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, cat, fid.encode(), fid.encode(), xref))
    with open(out, "wb") as f:
        f.write(bytes(buf))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    meta, fonts, doc = build(open(SRC, encoding="utf-8").read())
    write_pdf(meta, fonts, doc, out)


if __name__ == "__main__":
    main()
