#!/usr/bin/python3
"""Re-make docs/maratha-state-sahyadri-ias-notes.pdf byte for byte from
tools/maratha-state-sahyadri-ias-notes.txt.

The file imitates what Microsoft Word for Microsoft 365 writes with File > Save As > PDF
("Best for electronic distribution", document structure tags on): PDF 1.7, CRLF line ends,
Flate-compressed page streams, TrueType subset fonts (ArialMT, Arial-BoldMT, Arial-ItalicMT)
with WinAnsiEncoding and full Widths arrays, a tagged structure tree (Document, H1, H2, P, L/LI/
Lbl/LBody, Table/TR/TH/TD) with a ParentTree, the header, footer and watermark marked as
/Artifact (Pagination Header/Footer, Watermark), an XMP packet and an Info dictionary whose
Creator and Producer are UTF-16BE strings. Glyph outlines come from the Liberation Sans fonts
(metric-compatible with Arial) found on the system; the subsets keep the original glyph ids.
Deterministic: fixed dates and ids, no randomness.
Usage: /usr/bin/python3 tools/make_pdf.py [output.pdf]
"""
import hashlib
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "maratha-state-sahyadri-ias-notes.txt")
OUT = os.path.join(ROOT, "docs", "maratha-state-sahyadri-ias-notes.pdf")
FONTDIR = "/usr/share/fonts/truetype/liberation2"

PAGE_W, PAGE_H = 595.32, 841.92
LEFT, RIGHT, TOP, BOTTOM = 72.024, 72.024, 72.0, 72.0
TEXT_W = PAGE_W - LEFT - RIGHT
WIN_ASC, WIN_DESC = 1854 / 2048.0, 434 / 2048.0

INSTITUTE = "Sahyadri IAS Academy"
HEADER_L = "GS Paper I – Medieval & Modern History  |  The Marathas"
HEADER_R = "Sahyadri IAS Academy, Pune"
FOOTER_L = "Sahyadri IAS Academy · Class notes for enrolled students only"
WATERMARK = "SAHYADRI IAS ACADEMY"
CREATED = "D:20250820113205+05'30'"
XMP_DATE = "2025-08-20T11:32:05+05:30"
DOC_UUID = "5D7B3C1E-9A42-4F0B-8E61-2C9D0A7F4B18"


# ---------------------------------------------------------------- TrueType
class TTF:
    def __init__(self, path):
        data = open(path, "rb").read()
        n = struct.unpack(">H", data[4:6])[0]
        self.t = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            self.t[tag.decode("latin-1")] = data[off:off + ln]
        head = self.t["head"]
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.loca_long = struct.unpack(">h", head[50:52])[0] == 1
        self.num_glyphs = struct.unpack(">H", self.t["maxp"][4:6])[0]
        nhm = struct.unpack(">H", self.t["hhea"][34:36])[0]
        hm = self.t["hmtx"]
        self.adv = []
        for g in range(self.num_glyphs):
            i = min(g, nhm - 1)
            self.adv.append(struct.unpack(">H", hm[4 * i:4 * i + 2])[0])
        loca = self.t["loca"]
        if self.loca_long:
            self.loca = list(struct.unpack(">%dI" % (self.num_glyphs + 1), loca[:4 * (self.num_glyphs + 1)]))
        else:
            self.loca = [2 * x for x in struct.unpack(">%dH" % (self.num_glyphs + 1), loca[:2 * (self.num_glyphs + 1)])]
        self.cmap = self._cmap()

    def _cmap(self):
        c = self.t["cmap"]
        n = struct.unpack(">H", c[2:4])[0]
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", c[4 + 8 * i:12 + 8 * i])
            if pid == 3 and eid == 1:
                break
        sub = c[off:]
        assert struct.unpack(">H", sub[:2])[0] == 4
        segx2 = struct.unpack(">H", sub[6:8])[0]
        seg = segx2 // 2
        ends = struct.unpack(">%dH" % seg, sub[14:14 + segx2])
        starts = struct.unpack(">%dH" % seg, sub[16 + segx2:16 + 2 * segx2])
        deltas = struct.unpack(">%dh" % seg, sub[16 + 2 * segx2:16 + 3 * segx2])
        ro_off = 16 + 3 * segx2
        ros = struct.unpack(">%dH" % seg, sub[ro_off:ro_off + segx2])
        m = {}
        for s in range(seg):
            for ch in range(starts[s], ends[s] + 1):
                if ch == 0xFFFF:
                    continue
                if ros[s] == 0:
                    g = (ch + deltas[s]) & 0xFFFF
                else:
                    a = ro_off + 2 * s + ros[s] + 2 * (ch - starts[s])
                    g = struct.unpack(">H", sub[a:a + 2])[0]
                    if g:
                        g = (g + deltas[s]) & 0xFFFF
                if g:
                    m[ch] = g
        return m

    def width(self, ch):
        """Advance width of a Unicode character in 1/1000 em."""
        g = self.cmap.get(ord(ch), 0)
        return self.adv[g] * 1000.0 / self.upem

    def glyph(self, g):
        return self.t["glyf"][self.loca[g]:self.loca[g + 1]]

    def subset(self, chars):
        keep = {0}
        todo = [self.cmap[ord(c)] for c in chars if ord(c) in self.cmap]
        while todo:
            g = todo.pop()
            if g in keep:
                continue
            keep.add(g)
            d = self.glyph(g)
            if len(d) >= 10 and struct.unpack(">h", d[:2])[0] < 0:
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
        glyf, loca = b"", []
        for g in range(self.num_glyphs):
            loca.append(len(glyf))
            if g in keep:
                d = self.glyph(g)
                glyf += d + b"\0" * ((4 - len(d) % 4) % 4)
        loca.append(len(glyf))
        head = bytearray(self.t["head"])
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        tables = {"cmap": self.t["cmap"], "cvt ": self.t["cvt "], "fpgm": self.t["fpgm"],
                  "glyf": glyf, "head": bytes(head), "hhea": self.t["hhea"],
                  "hmtx": self.t["hmtx"], "loca": struct.pack(">%dI" % len(loca), *loca),
                  "maxp": self.t["maxp"], "prep": self.t["prep"]}
        tags = sorted(tables)
        n = len(tags)
        es = 0
        while (1 << (es + 1)) <= n:
            es += 1
        sr = (1 << es) * 16
        out = struct.pack(">IHHHH", 0x00010000, n, sr, es, n * 16 - sr)
        off = 12 + 16 * n
        dirs, body = b"", b""
        for tag in tags:
            d = tables[tag]
            dirs += struct.pack(">4sIII", tag.encode("latin-1"), checksum(d), off + len(body), len(d))
            body += d + b"\0" * ((4 - len(d) % 4) % 4)
        font = bytearray(out + dirs + body)
        adj = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
        hp = 12 + 16 * n + body.index(tables["head"])  # head is unique in the body
        font[hp + 8:hp + 12] = struct.pack(">I", adj)
        return bytes(font)


def checksum(d):
    d = d + b"\0" * ((4 - len(d) % 4) % 4)
    return sum(struct.unpack(">%dI" % (len(d) // 4), d)) & 0xFFFFFFFF


FONTS = {
    "R": ("F1", "BCDEEE+ArialMT", "LiberationSans-Regular.ttf",
          "/Flags 32/ItalicAngle 0/Ascent 905/Descent -210/CapHeight 728/AvgWidth 441/MaxWidth 2665/FontWeight 400/XHeight 250/Leading 33/StemV 44/FontBBox[ -665 -210 2000 728]"),
    "B": ("F2", "BCDFEE+Arial-BoldMT", "LiberationSans-Bold.ttf",
          "/Flags 32/ItalicAngle 0/Ascent 905/Descent -210/CapHeight 728/AvgWidth 479/MaxWidth 2628/FontWeight 700/XHeight 250/Leading 33/StemV 47/FontBBox[ -628 -210 2000 728]"),
    "I": ("F3", "BCDGEE+Arial-ItalicMT", "LiberationSans-Italic.ttf",
          "/Flags 96/ItalicAngle -12/Ascent 905/Descent -208/CapHeight 728/AvgWidth 441/MaxWidth 1875/FontWeight 400/XHeight 250/Leading 33/StemV 44/FontBBox[ -517 -208 1359 728]"),
}
TTFS = {k: TTF(os.path.join(FONTDIR, v[2])) for k, v in FONTS.items()}
USED = {k: set() for k in FONTS}


def fmt(v):
    s = "%.3f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def word_size(pt):
    """Word writes 11 pt as 11.04, 9 pt as 9, 10 pt as 9.96 and so on."""
    return {11: 11.04, 10: 9.96, 9: 9, 18: 18, 14: 14.04, 12: 12, 8: 8.04, 10.5: 10.56, 54: 54}.get(pt, pt)


def adv_grid(font, ch, size):
    size = word_size(size)
    return round(TTFS[font].width(ch) * size / 1000.0 * 20) / 20.0


def text_width(font, s, size):
    return sum(adv_grid(font, c, size) for c in s)


def pdf_str(s):
    b = s.encode("cp1252")
    out = b""
    for ch in b:
        c = bytes([ch])
        if c in (b"(", b")", b"\\"):
            out += b"\\" + c
        else:
            out += c
    return out


def tj(font, s, size):
    """A TJ array as Word writes it: glyphs sit on a 1/20 pt grid, so the text is cut where
    the rounding error adds up, with small kerning-like adjustments between the pieces."""
    USED[font].update(s)
    parts, cur, acc = [], "", 0.0
    for i, ch in enumerate(s):
        cur += ch
        exact = TTFS[font].width(ch) * size / 1000.0
        acc += adv_grid(font, ch, size) - exact
        adj = -acc * 1000.0 / size
        if abs(adj) >= 2.5 and i < len(s) - 1:
            n = int(round(adj))
            parts.append((cur, n))
            acc += n * size / 1000.0
            cur = ""
    parts.append((cur, None))
    out = b"["
    for t, n in parts:
        out += b"(" + pdf_str(t) + b")"
        if n is not None:
            out += str(n).encode()
    return out + b"]TJ"


# ---------------------------------------------------------------- source
def runs_of(text, base="R", boldf="B"):
    runs = []
    for i, piece in enumerate(text.split("**")):
        if piece:
            runs.append((piece, boldf if i % 2 else base))
    return runs


def parse(path):
    items, table, bullets = [], None, None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        tag, _, rest = line.partition(" ")
        if tag in ("TITLE:", "SUBTITLE:", "META:"):
            items.append(("para", tag[:-1].lower(), runs_of(rest)))
        elif tag in ("H1", "H2"):
            num, _, txt = rest.partition("|")
            items.append(("head", tag, num, txt))
        elif tag == "TABLE":
            table = {"widths": [float(x) for x in rest.split("|")], "rows": []}
        elif tag in ("TH", "TR"):
            table["rows"].append((tag == "TH", rest.split("|")))
        elif tag == "END":
            items.append(("table", table))
            table = None
        elif tag == "B":
            items.append(("para", "bullet", runs_of(rest)))
        else:
            style = {"P": "body", "TIP": "tip", "CAP": "caption", "Q": "body", "OPT": "opt", "ANS": "ans"}[tag]
            items.append(("para", style, runs_of(rest, "I" if style == "caption" else "R",
                                               "B")))
    return items


# ---------------------------------------------------------------- layout
STYLES = {
    # size, line factor, space before, space after, indent (first line x offset), colour, align
    "title": dict(size=18, lf=1.0, before=0, after=4, ind=0, col="0.122 0.22 0.392", align="c", font="B"),
    "subtitle": dict(size=10.5, lf=1.15, before=0, after=2, ind=0, col="0.251 0.251 0.251", align="c"),
    "meta": dict(size=9, lf=1.15, before=0, after=14, ind=0, col="0.349 0.349 0.349", align="c", font="I"),
    "body": dict(size=11, lf=1.15, before=0, after=6, ind=0, col="0", align="l"),
    "bullet": dict(size=11, lf=1.15, before=0, after=3, ind=18, col="0", align="l"),
    "opt": dict(size=11, lf=1.15, before=0, after=2, ind=18, col="0", align="l"),
    "ans": dict(size=11, lf=1.15, before=4, after=6, ind=0, col="0", align="l"),
    "tip": dict(size=10, lf=1.15, before=2, after=10, ind=6, col="0", align="l"),
    "caption": dict(size=9, lf=1.0, before=6, after=3, ind=0, col="0.267 0.329 0.416", align="l"),
    "H1": dict(size=14, lf=1.0, before=14, after=6, ind=0, col="0.122 0.22 0.392", align="l", font="B"),
    "H2": dict(size=12, lf=1.0, before=10, after=4, ind=0, col="0.18 0.455 0.71", align="l", font="B"),
}
CELL_SIZE, CELL_PAD = 10, 5.4


def wrap(runs, size, width):
    """Greedy line breaking on spaces; each line is a list of (text, font) pieces, the
    space that ends a line stays at the end of it as Word keeps it."""
    tokens = []
    for text, font in runs:
        for m in re.finditer(r"\S+\s*|\s+", text):
            tokens.append((m.group(0), font))
    lines, cur, w = [], [], 0.0
    for tok, font in tokens:
        word = tok.rstrip(" ")
        ww = text_width(font, word, size)
        if cur and w + ww > width + 0.01:
            lines.append(cur)
            cur, w = [], 0.0
        cur.append((tok, font))
        w += text_width(font, tok, size)
    if cur:
        lines.append(cur)
    merged = []
    for line in lines:
        m = []
        for tok, font in line:
            if m and m[-1][1] == font:
                m[-1] = (m[-1][0] + tok, font)
            else:
                m.append((tok, font))
        merged.append(m)
    return merged


class Doc:
    def __init__(self):
        self.pages = []  # each: list of drawing ops (bytes) with MCID bookkeeping
        self.struct = []  # top-level structure elements
        self.new_page()

    def new_page(self):
        self.pages.append({"ops": [], "mcid": 0, "owners": []})
        self.y = PAGE_H - TOP

    @property
    def page(self):
        return self.pages[-1]

    def mcid(self, elem):
        p = self.page
        n = p["mcid"]
        p["mcid"] += 1
        p["owners"].append(elem)
        elem.setdefault("kids", []).append((len(self.pages) - 1, n))
        return n

    def text_ops(self, pieces, x, y, size, col):
        out = b""
        for text, font in pieces:
            if not text:
                continue
            out += b"BT\r\n/" + FONTS[font][0].encode() + b" " + fmt(word_size(size)).encode() + b" Tf\r\n"
            out += ("1 0 0 1 %s %s Tm\r\n" % (fmt(x), fmt(y))).encode()
            out += b"/GS7 gs\r\n"
            if col == "0":
                out += b"0 g\r\n0 G\r\n"
            else:
                out += (col + " rg\r\n" + col + " RG\r\n").encode()
            out += tj(font, text, word_size(size)) + b"\r\nET\r\n"
            x += text_width(font, text, size)
        return out


def layout(items):
    d = Doc()
    doc_elem = {"S": "Document", "children": []}
    cur_list = None
    for it in items:
        kind = it[0]
        if kind != "para" or it[1] != "bullet":
            cur_list = None
        if kind == "head":
            _, lvl, num, txt = it
            st = STYLES[lvl]
            size = st["size"]
            lh = size * (WIN_ASC + WIN_DESC) * st["lf"]
            tab = 21.6 if lvl == "H1" else 28.8
            lines = wrap([(txt, "B")], size, TEXT_W - tab)
            need = st["before"] + lh * len(lines) + st["after"] + 3 * 14.13
            if d.y - need < BOTTOM:
                d.new_page()
            elif d.y < PAGE_H - TOP - 1:
                d.y -= st["before"]
            elem = {"S": lvl}
            doc_elem["children"].append(elem)
            n = d.mcid(elem)
            ops = ("/%s <</MCID %d>> BDC \r\n" % (lvl, n)).encode()
            for i, line in enumerate(lines):
                base = d.y - size * WIN_ASC
                if i == 0:
                    ops += d.text_ops([(num, "B")], LEFT, base, size, st["col"])
                ops += d.text_ops(line, LEFT + tab, base, size, st["col"])
                d.y -= lh
            ops += b"EMC \r\n"
            d.page["ops"].append(ops)
            d.y -= st["after"]
        elif kind == "para":
            _, style, runs = it
            st = STYLES[style]
            size = st["size"]
            base_font = st.get("font")
            if base_font:
                runs = [(t, base_font if f == "R" else f) for t, f in runs]
            lh = size * (WIN_ASC + WIN_DESC) * st["lf"]
            left = LEFT
            width = TEXT_W
            if style == "bullet":
                left, width = LEFT + 36, TEXT_W - 36
            elif style == "opt":
                left, width = LEFT + 18, TEXT_W - 18
            elif style == "tip":
                left, width = LEFT + 8, TEXT_W - 16
            lines = wrap(runs, size, width)
            if style == "caption" and d.y - (st["before"] + lh + st["after"] + 3 * CELL_SIZE * 1.2) < BOTTOM:
                d.new_page()  # a caption keeps with the table below it
            d.y -= st["before"] if d.y < PAGE_H - TOP - 1 else 0
            if style == "bullet":
                if cur_list is None:
                    cur_list = {"S": "L", "children": []}
                    doc_elem["children"].append(cur_list)
                li = {"S": "LI", "children": []}
                cur_list["children"].append(li)
                lbl = {"S": "Lbl"}
                body = {"S": "LBody"}
                li["children"] += [lbl, body]
                elem = body
            else:
                elem = {"S": "P"}
                doc_elem["children"].append(elem)
            i = 0
            while i < len(lines):
                room = int((d.y - BOTTOM) // lh)
                left_lines = len(lines) - i
                if room <= 0 or (room == 1 and left_lines > 1):
                    d.new_page()
                    continue
                take = min(room, left_lines)
                if take < left_lines and left_lines - take == 1 and take > 1:
                    take -= 1  # widow control: never leave one line alone on the next page
                chunk = lines[i:i + take]
                ops = b""
                if style == "tip":
                    top = d.y + 2
                    h = lh * len(chunk) + 4
                    ops += ("q\r\n0.886 0.937 0.855 rg\r\n%s %s %s %s re\r\nf*\r\nQ\r\n" % (
                        fmt(LEFT), fmt(top - h), fmt(TEXT_W), fmt(h))).encode()
                    ops += ("q\r\n0.329 0.51 0.208 rg\r\n%s %s 2.25 %s re\r\nf*\r\nQ\r\n" % (
                        fmt(LEFT), fmt(top - h), fmt(h))).encode()
                if style == "bullet" and i == 0:
                    n = d.mcid(lbl)
                    ops += ("/Lbl <</MCID %d>> BDC \r\n" % n).encode()
                    ops += d.text_ops([("•", "R")], LEFT + 18, d.y - size * WIN_ASC, size, "0")
                    ops += b"EMC \r\n"
                n = d.mcid(elem)
                ops += ("/%s <</MCID %d>> BDC \r\n" % ("LBody" if style == "bullet" else "P", n)).encode()
                for line in chunk:
                    base = d.y - size * WIN_ASC
                    x = left
                    if st["align"] == "c":
                        lw = sum(text_width(f, t.rstrip(" "), size) for t, f in line)
                        x = LEFT + (TEXT_W - lw) / 2
                    ops += d.text_ops(line, x, base, size, st["col"])
                    d.y -= lh
                ops += b"EMC \r\n"
                d.page["ops"].append(ops)
                i += take
            d.y -= st["after"]
        elif kind == "table":
            tbl = it[1]
            widths = tbl["widths"]
            x0 = LEFT - CELL_PAD
            lh = CELL_SIZE * (WIN_ASC + WIN_DESC)
            telem = {"S": "Table", "children": []}
            doc_elem["children"].append(telem)
            for is_head, cells in tbl["rows"]:
                font = "B" if is_head else "R"
                wrapped = [wrap([(c, font)], CELL_SIZE, w - 2 * CELL_PAD) for c, w in zip(cells, widths)]
                rows_n = max(len(w) for w in wrapped)
                h = rows_n * lh + 3.0
                if d.y - h < BOTTOM:
                    d.new_page()
                tr = {"S": "TR", "children": []}
                telem["children"].append(tr)
                ops = b""
                top = d.y
                if is_head:
                    ops += ("q\r\n0.851 0.886 0.953 rg\r\n%s %s %s %s re\r\nf*\r\nQ\r\n" % (
                        fmt(x0), fmt(top - h), fmt(sum(widths)), fmt(h))).encode()
                cx = x0
                for lines, w in zip(wrapped, widths):
                    cell = {"S": "TH" if is_head else "TD", "children": []}
                    tr["children"].append(cell)
                    p = {"S": "P"}
                    cell["children"].append(p)
                    n = d.mcid(p)
                    ops += ("/P <</MCID %d>> BDC \r\n" % n).encode()
                    yy = top - 1.5
                    for line in lines:
                        ops += d.text_ops(line, cx + CELL_PAD, yy - CELL_SIZE * WIN_ASC, CELL_SIZE, "0")
                        yy -= lh
                    ops += b"EMC \r\n"
                    cx += w
                # borders as thin filled rectangles, as Word draws them
                ops += b"0 g\r\n"
                cx = x0
                for w in widths:
                    ops += ("%s %s 0.48 %s re\r\nf*\r\n" % (fmt(cx - 0.24), fmt(top - h), fmt(h))).encode()
                    cx += w
                ops += ("%s %s 0.48 %s re\r\nf*\r\n" % (fmt(cx - 0.24), fmt(top - h), fmt(h))).encode()
                ops += ("%s %s %s 0.48 re\r\nf*\r\n" % (fmt(x0 - 0.24), fmt(top - 0.24), fmt(sum(widths) + 0.48))).encode()
                ops += ("%s %s %s 0.48 re\r\nf*\r\n" % (fmt(x0 - 0.24), fmt(top - h - 0.24), fmt(sum(widths) + 0.48))).encode()
                d.page["ops"].append(ops)
                d.y -= h
            d.y -= 8
    return d, doc_elem


def furniture(page_no, total):
    """Watermark, header and footer of one page, all marked as artifacts."""
    out = b""
    # watermark: WordArt in the header story, rotated 315 degrees, silver, semitransparent
    size = 54
    w = text_width("B", WATERMARK, size)
    import math
    c = math.cos(math.radians(45))
    cx, cy = PAGE_W / 2, PAGE_H / 2
    x = cx - (w / 2) * c + (size * 0.35) * c
    y = cy - (w / 2) * c - (size * 0.35) * c
    out += b"/Artifact <</Type/Pagination/Subtype/Watermark >>BDC \r\nq\r\n/GS10 gs\r\n"
    out += b"BT\r\n/F2 54 Tf\r\n"
    out += ("%s %s %s %s %s %s Tm\r\n" % (fmt(c), fmt(c), fmt(-c), fmt(c), fmt(x), fmt(y))).encode()
    out += b"0.753 0.753 0.753 rg\r\n0.753 0.753 0.753 RG\r\n" + tj("B", WATERMARK, size) + b"\r\nET\r\nQ\r\nEMC \r\n"
    # header
    hy = PAGE_H - 36 - 9 * WIN_ASC
    out += b"/Artifact <</Attached [/Top]/Type/Pagination/Subtype/Header >>BDC \r\n"
    out += Doc.text_ops(None, [(HEADER_L, "R")], LEFT, hy, 9, "0.349 0.349 0.349")
    rx = PAGE_W - RIGHT - text_width("B", HEADER_R, 9)
    out += Doc.text_ops(None, [(HEADER_R, "B")], rx, hy, 9, "0.122 0.22 0.392")
    out += ("0.122 0.22 0.392 rg\r\n%s %s %s 0.72 re\r\nf*\r\n" % (fmt(LEFT), fmt(hy - 5), fmt(TEXT_W))).encode()
    out += b"EMC \r\n"
    # footer
    fy = 36.0
    out += b"/Artifact <</Attached [/Bottom]/Type/Pagination/Subtype/Footer >>BDC \r\n"
    out += ("0.749 0.749 0.749 rg\r\n%s %s %s 0.48 re\r\nf*\r\n" % (fmt(LEFT), fmt(fy + 12), fmt(TEXT_W))).encode()
    out += Doc.text_ops(None, [(FOOTER_L, "I")], LEFT, fy, 8, "0.349 0.349 0.349")
    label = "Page %d of %d" % (page_no, total)
    pieces = [("Page ", "R"), (str(page_no), "B"), (" of ", "R"), (str(total), "B")]
    rx = PAGE_W - RIGHT - sum(text_width(f, t, 9) for t, f in pieces)
    assert label == "".join(t for t, _ in pieces)
    out += Doc.text_ops(None, pieces, rx, fy, 9, "0")
    out += b"EMC \r\n"
    return out


# ---------------------------------------------------------------- writing
def utf16(s):
    b = b"\xfe\xff" + s.encode("utf-16-be")
    out = b""
    for ch in b:
        c = bytes([ch])
        out += b"\\" + c if c in (b"(", b")", b"\\") else c
    return b"(" + out + b")"


def build():
    items = parse(SRC)
    d, doc_elem = layout(items)
    total = len(d.pages)
    objs = {}

    def put(n, body):
        objs[n] = body

    # object numbers: 1 catalog, 2 pages, then per page (page, contents), fonts, struct tree...
    nxt = [3]

    def alloc():
        n = nxt[0]
        nxt[0] += 1
        return n

    page_nums, content_nums = [], []
    for _ in d.pages:
        page_nums.append(alloc())
        content_nums.append(alloc())
    gs7, gs8, gs10 = alloc(), alloc(), alloc()
    font_objs = {}
    for k in ("R", "B", "I"):
        font_objs[k] = (alloc(), alloc(), alloc(), alloc())  # font, descriptor, widths, file
    info = alloc()
    struct_root = alloc()
    parent_tree = alloc()
    role_map = alloc()
    # structure elements
    elems = []

    def number(e, parent):
        e["num"] = alloc()
        e["parent"] = parent
        elems.append(e)
        for c in e.get("children", []):
            number(c, e["num"])

    number(doc_elem, struct_root)
    meta = alloc()
    viewer = alloc()

    # page contents
    for i, p in enumerate(d.pages):
        stream = furniture(i + 1, total) + b"".join(p["ops"])
        comp = zlib.compress(stream, 6)
        put(content_nums[i], b"<</Filter/FlateDecode/Length %d>>\r\nstream\r\n" % len(comp) + comp + b"\r\nendstream")
        res = ("<</ExtGState<</GS7 %d 0 R/GS8 %d 0 R/GS10 %d 0 R>>/Font<</F1 %d 0 R/F2 %d 0 R/F3 %d 0 R>>"
               "/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>" % (
                   gs7, gs8, gs10, font_objs["R"][0], font_objs["B"][0], font_objs["I"][0]))
        put(page_nums[i], ("<</Type/Page/Parent 2 0 R/Resources%s/MediaBox[ 0 0 595.32 841.92] /Contents %d 0 R/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S/StructParents %d>>" % (
            res, content_nums[i], i)).encode())
    put(gs7, b"<</Type/ExtGState/BM/Normal/ca 1>>")
    put(gs8, b"<</Type/ExtGState/BM/Normal/CA 1>>")
    put(gs10, b"<</Type/ExtGState/BM/Normal/ca 0.5/CA 0.5>>")
    for k, (fo, fd, fw, ff) in font_objs.items():
        name, base, _file, desc = FONTS[k]
        used = USED[k] | {" "}
        codes = sorted(c.encode("cp1252")[0] for c in used)
        first, last = 32, max(codes)
        widths = []
        for code in range(first, last + 1):
            try:
                ch = bytes([code]).decode("cp1252")
            except UnicodeDecodeError:
                widths.append(0)
                continue
            widths.append(int(round(TTFS[k].width(ch))) if ord(ch) in TTFS[k].cmap else 0)
        put(fo, ("<</Type/Font/Subtype/TrueType/Name/%s/BaseFont/%s/Encoding/WinAnsiEncoding/FontDescriptor %d 0 R/FirstChar %d/LastChar %d/Widths %d 0 R>>" % (
            name, base, fd, first, last, fw)).encode())
        put(fd, ("<</Type/FontDescriptor/FontName/%s%s/FontFile2 %d 0 R>>" % (base, desc, ff)).encode())
        put(fw, ("[ " + " ".join(str(w) for w in widths) + "] ").encode())
        prog = TTFS[k].subset(used)
        comp = zlib.compress(prog, 6)
        put(ff, b"<</Filter/FlateDecode/Length %d/Length1 %d>>\r\nstream\r\n" % (len(comp), len(prog)) + comp + b"\r\nendstream")
    title = "The Marathas – Shivaji to the Peshwas (Handout 14)"
    put(info, b"<</Title" + utf16(title) + b"/Author(Sahyadri IAS Academy) /Subject(GS Paper I - Medieval and Modern History) /Keywords(Marathas; Shivaji; Ashtapradhan; Peshwas; Panipat) /Creator"
        + utf16("Microsoft® Word for Microsoft 365") + ("/CreationDate(%s) /ModDate(%s) /Producer" % (CREATED, CREATED)).encode()
        + utf16("Microsoft® Word for Microsoft 365") + b">>")
    # structure tree
    nums = []
    for i, p in enumerate(d.pages):
        nums.append("%d [ %s]" % (i, " ".join("%d 0 R" % o["num"] for o in p["owners"])))
    put(parent_tree, ("<</Nums[ %s] >>" % " ".join(nums)).encode())
    put(role_map, b"<</Footnote/Note/Endnote/Note/Textbox/Sect/Header/Sect/Footer/Sect/InlineShape/Sect/Annotation/Sect/Artifact/Sect/Workbook/Document/Worksheet/Part/Macrosheet/Part/Chartsheet/Part/Dialogsheet/Part/Slide/Part/Chart/Sect/Diagram/Figure/Title/H1>>")
    put(struct_root, ("<</Type/StructTreeRoot/RoleMap %d 0 R/ParentTree %d 0 R/K[ %d 0 R] /ParentTreeNextKey %d>>" % (
        role_map, parent_tree, doc_elem["num"], total)).encode())
    for e in elems:
        if "children" in e:
            k = " ".join("%d 0 R" % c["num"] for c in e["children"])
            body = "<</Type/StructElem/S/%s/P %d 0 R/K[ %s] >>" % (e["S"], e["parent"], k)
        else:
            parts = []
            pages = {pg for pg, _ in e["kids"]}
            if len(pages) == 1:
                pg = page_nums[e["kids"][0][0]]
                parts = " ".join(str(m) for _, m in e["kids"])
                body = "<</Type/StructElem/S/%s/P %d 0 R/K[ %s] /Pg %d 0 R>>" % (e["S"], e["parent"], parts, pg)
            else:
                first_pg = page_nums[e["kids"][0][0]]
                ks = []
                for pg, m in e["kids"]:
                    if page_nums[pg] == first_pg:
                        ks.append(str(m))
                    else:
                        ks.append("<</Type/MCR/Pg %d 0 R/MCID %d>>" % (page_nums[pg], m))
                body = "<</Type/StructElem/S/%s/P %d 0 R/K[ %s] /Pg %d 0 R>>" % (e["S"], e["parent"], " ".join(ks), first_pg)
        put(e["num"], body.encode())
    xmp = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="3.1-701">\n'
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
           '<rdf:Description rdf:about=""  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
           '<pdf:Producer>Microsoft® Word for Microsoft 365</pdf:Producer><pdf:Keywords>Marathas; Shivaji; Ashtapradhan; Peshwas; Panipat</pdf:Keywords></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>Sahyadri IAS Academy</rdf:li></rdf:Seq></dc:creator><dc:description><rdf:Alt><rdf:li xml:lang="x-default">GS Paper I - Medieval and Modern History</rdf:li></rdf:Alt></dc:description></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
           '<xmp:CreatorTool>Microsoft® Word for Microsoft 365</xmp:CreatorTool><xmp:CreateDate>%s</xmp:CreateDate><xmp:ModifyDate>%s</xmp:ModifyDate></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n'
           '<xmpMM:DocumentID>uuid:%s</xmpMM:DocumentID><xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID></rdf:Description>\n'
           '</rdf:RDF></x:xmpmeta>\n' % (title, XMP_DATE, XMP_DATE, DOC_UUID, DOC_UUID))
    xmp += (" " * 99 + "\n") * 20 + '<?xpacket end="w"?>'
    xb = xmp.encode("utf-8")
    put(meta, b"<</Type/Metadata/Subtype/XML/Length %d>>\r\nstream\r\n" % len(xb) + xb + b"\r\nendstream")
    put(viewer, b"<</DisplayDocTitle true>>")
    put(1, ("<</Type/Catalog/Pages 2 0 R/Lang(en-IN) /StructTreeRoot %d 0 R/MarkInfo<</Marked true>>/Metadata %d 0 R/ViewerPreferences %d 0 R>>" % (
        struct_root, meta, viewer)).encode())
    put(2, ("<</Type/Pages/Count %d/Kids[ %s] >>" % (total, " ".join("%d 0 R" % n for n in page_nums))).encode())

    out = b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n"
    offsets = {}
    size = max(objs) + 1
    for n in range(1, size):
        offsets[n] = len(out)
        out += b"%d 0 obj\r\n" % n + objs[n] + b"\r\nendobj\r\n"
    xref = len(out)
    out += b"xref\r\n0 %d\r\n" % size
    out += b"0000000000 65535 f\r\n"
    for n in range(1, size):
        out += b"%010d 00000 n\r\n" % offsets[n]
    fid = hashlib.md5(out).hexdigest().upper()
    out += ("trailer\r\n<</Size %d/Root 1 0 R/Info %d 0 R/ID[<%s><%s>] >>\r\nstartxref\r\n%d\r\n%%%%EOF" % (
        size, info, fid, fid, xref)).encode()
    return out


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build()
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
