#!/usr/bin/python3
"""Re-make docs/project-tiger-ntca-notes.pdf byte for byte from tools/project-tiger-ntca-notes.txt.

The notes are a Google Doc downloaded as PDF ("File > Download > PDF document"), so the file is
shaped the way Google Docs' Skia renderer writes one: PDF 1.4, an Info dictionary with only Title
and Producer ("Skia/PDF m139 Google Docs Renderer"), one content stream per US Letter page drawn
in CSS pixels under a ".75 0 0 .75 0 0 cm" scale with the y axis flipped, a white page rectangle,
text as Identity-H glyph ids (Type0 / CIDFontType2 fonts, subset TrueType programs kept with
their original glyph ids, "AAAAAA+" / "BAAAAA+" subset tags, ToUnicode CMaps with bfchar and
bfrange), resource names carrying their object numbers (/G3, /F4), a link annotation, and a
classic cross-reference table. The page furniture is Google Docs' own: Title, Subtitle, Heading
1 and Heading 2 paragraph styles, Arial 11 pt body at 1.15 line spacing, bullets "●" (level 1)
and "○" (level 2) with hanging indents, a two-column table with a shaded bold header row, yellow
highlights, and a page number at the foot on the right (no header).

Source marks, one paragraph a line: "TITLE: ", "SUBTITLE: ", "# " / "## " headings, "- " and
"  - " bullets, "| a | b |" table rows, **bold**, ==highlight==, [text](url); an empty line is
an empty paragraph.

Glyph outlines and metrics come from Liberation Sans (Debian's fonts-liberation2, metric
compatible with Arial), embedded under Arial's PostScript names as Google's renderer would.
Run: /usr/bin/python3 tools/make_pdf.py [output.pdf]
"""
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "project-tiger-ntca-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "project-tiger-ntca-notes.pdf")
FONTS = {"R": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "ArialMT"),
         "B": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", "Arial-BoldMT")}
TITLE = "Tiger Conservation in India - GS3 notes"
PRODUCER = "Skia/PDF m139 Google Docs Renderer"

PW, PH = 816, 1056            # US Letter in CSS pixels (96 dpi)
ML, MR, MT, MB = 96, 96, 96, 96
CW = PW - ML - MR
PT = 4.0 / 3.0                # one point in pixels


def num(v):
    """Skia's decimal style: the value as a 32-bit float, written with the fewest digits that
    read back to that float, no exponent, no trailing zeros, no leading zero before the point."""
    f = struct.unpack("<f", struct.pack("<f", v))[0]
    if f == int(f):
        return "%d" % int(f)
    for p in range(1, 10):
        s = "%.*f" % (p, f)
        if struct.unpack("<f", struct.pack("<f", float(s)))[0] == f:
            break
    s = s.rstrip("0").rstrip(".")
    if s.startswith("0."):
        s = s[1:]
    elif s.startswith("-0."):
        s = "-" + s[2:]
    return s


# ---------------------------------------------------------------- TrueType
class TTF:
    def __init__(self, path):
        self.data = d = open(path, "rb").read()
        n = struct.unpack(">H", d[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.table("head")
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loca_long = struct.unpack(">h", head[50:52])[0] == 1
        hhea = self.table("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        self.n_hmetrics = struct.unpack(">H", hhea[34:36])[0]
        self.n_glyphs = struct.unpack(">H", self.table("maxp")[4:6])[0]
        hmtx = self.table("hmtx")
        self.adv = [struct.unpack(">H", hmtx[4 * i:4 * i + 2])[0] for i in range(self.n_hmetrics)]
        self.adv += [self.adv[-1]] * (self.n_glyphs - self.n_hmetrics)
        os2 = self.table("OS/2")
        self.cap = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else 1409
        self.cmap = self._cmap()
        loca = self.table("loca")
        if self.loca_long:
            self.loca = [struct.unpack(">I", loca[4 * i:4 * i + 4])[0] for i in range(self.n_glyphs + 1)]
        else:
            self.loca = [2 * struct.unpack(">H", loca[2 * i:2 * i + 2])[0] for i in range(self.n_glyphs + 1)]

    def table(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        c = self.table("cmap")
        n = struct.unpack(">H", c[2:4])[0]
        sub = None
        for i in range(n):
            p, e, o = struct.unpack(">HHI", c[4 + 8 * i:12 + 8 * i])
            if p == 3 and e == 1:
                sub = o
        fmt, _ln = struct.unpack(">HH", c[sub:sub + 4])
        assert fmt == 4
        seg2 = struct.unpack(">H", c[sub + 6:sub + 8])[0]
        segs = seg2 // 2
        base = sub + 14
        ends = struct.unpack(">%dH" % segs, c[base:base + seg2])
        starts = struct.unpack(">%dH" % segs, c[base + seg2 + 2:base + 2 * seg2 + 2])
        deltas = struct.unpack(">%dh" % segs, c[base + 2 * seg2 + 2:base + 3 * seg2 + 2])
        ro_pos = base + 3 * seg2 + 2
        ranges = struct.unpack(">%dH" % segs, c[ro_pos:ro_pos + seg2])
        out = {}
        for i in range(segs):
            for ch in range(starts[i], ends[i] + 1):
                if ch == 0xFFFF:
                    continue
                if ranges[i] == 0:
                    g = (ch + deltas[i]) & 0xFFFF
                else:
                    p = ro_pos + 2 * i + ranges[i] + 2 * (ch - starts[i])
                    g = struct.unpack(">H", c[p:p + 2])[0]
                    if g:
                        g = (g + deltas[i]) & 0xFFFF
                if g:
                    out[ch] = g
        return out

    def glyph(self, gid):
        off = self.tables["glyf"][0]
        return self.data[off + self.loca[gid]:off + self.loca[gid + 1]]

    def closure(self, gids):
        todo, seen = list(gids), set()
        while todo:
            g = todo.pop()
            if g in seen:
                continue
            seen.add(g)
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
        return seen

    def subset(self, used):
        keep = self.closure(set(used) | {0})
        glyf, loca = b"", []
        for g in range(self.n_glyphs):
            loca.append(len(glyf))
            if g in keep:
                d = self.glyph(g)
                glyf += d + b"\0" * ((-len(d)) % 4)
        loca.append(len(glyf))
        if self.loca_long:
            loca_b = struct.pack(">%dI" % len(loca), *loca)
        else:
            loca_b = struct.pack(">%dH" % len(loca), *[x // 2 for x in loca])
        head = bytearray(self.table("head"))
        head[8:12] = b"\0\0\0\0"
        tables = {"cvt ": self.table("cvt "), "fpgm": self.table("fpgm"), "glyf": glyf,
                  "head": bytes(head), "hhea": self.table("hhea"), "hmtx": self.table("hmtx"),
                  "loca": loca_b, "maxp": self.table("maxp"), "prep": self.table("prep")}
        tags = sorted(tables)
        n = len(tags)
        es = 0
        while (1 << (es + 1)) <= n:
            es += 1
        sr = (1 << es) * 16
        out = struct.pack(">IHHHH", 0x00010000, n, sr, es, n * 16 - sr)
        off = 12 + 16 * n
        dirs, body = b"", b""
        for t in tags:
            d = tables[t]
            dirs += struct.pack(">4sIII", t.encode("latin-1"), checksum(d), off + len(body), len(d))
            body += d + b"\0" * ((-len(d)) % 4)
        font = bytearray(out + dirs + body)
        adj = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
        hoff = 12 + 16 * n + sum(len(tables[t]) + ((-len(tables[t])) % 4) for t in tags[:tags.index("head")])
        font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
        return bytes(font)


def checksum(d):
    d = d + b"\0" * ((-len(d)) % 4)
    return sum(struct.unpack(">%dI" % (len(d) // 4), d)) & 0xFFFFFFFF


# ---------------------------------------------------------------- source
def parse_inline(text):
    """-> list of (text, bold, highlight, url)"""
    out = []
    pos = 0
    pat = re.compile(r"\*\*(.+?)\*\*|==(.+?)==|\[(.+?)\]\((.+?)\)")
    for m in pat.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False, False, None))
        if m.group(1) is not None:
            out.append((m.group(1), True, False, None))
        elif m.group(2) is not None:
            out.append((m.group(2), False, True, None))
        else:
            out.append((m.group(3), False, False, m.group(4)))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False, False, None))
    return out


def read_source():
    blocks = []
    for line in open(SRC, encoding="utf-8").read().split("\n")[:-1]:
        if line.startswith("TITLE: "):
            blocks.append(("title", line[7:]))
        elif line.startswith("SUBTITLE: "):
            blocks.append(("subtitle", line[10:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("  - "):
            blocks.append(("li2", line[4:]))
        elif line.startswith("- "):
            blocks.append(("li1", line[2:]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif line == "":
            blocks.append(("empty", ""))
        else:
            blocks.append(("p", line))
    return blocks


# ---------------------------------------------------------------- layout
STYLE = {  # size px, font, colour, space before, space after
    "title": (26 * PT, "R", (0, 0, 0), 0, 3 * PT),
    "subtitle": (15 * PT, "R", (.4, .4, .4), 0, 16 * PT),
    "h1": (20 * PT, "R", (0, 0, 0), 20 * PT, 6 * PT),
    "h2": (16 * PT, "R", (0, 0, 0), 18 * PT, 6 * PT),
    "p": (11 * PT, "R", (0, 0, 0), 0, 0),
    "li1": (11 * PT, "R", (0, 0, 0), 0, 0),
    "li2": (11 * PT, "R", (0, 0, 0), 0, 0),
    "empty": (11 * PT, "R", (0, 0, 0), 0, 0),
    "cell": (11 * PT, "R", (0, 0, 0), 0, 0),
}
BLACK = (0, 0, 0)
LINK = (17 / 255.0, 85 / 255.0, 204 / 255.0)


class Layout:
    def __init__(self, fonts):
        self.fonts = fonts
        self.pages = []      # each: list of draw ops
        self.annots = []     # (page index, rect px, url)
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = MT

    def width(self, text, fk, size):
        f = self.fonts[fk]
        return sum(f.adv[f.cmap[ord(c)]] for c in text) * size / f.upem

    def line_h(self, size):
        f = self.fonts["R"]
        return size * (f.ascent - f.descent) / f.upem * 1.15

    def baseline(self, top, size):
        f = self.fonts["R"]
        lh = self.line_h(size)
        return top + (lh - size * (f.ascent - f.descent) / f.upem) / 2 + size * f.ascent / f.upem

    def wrap(self, runs, size, width, base_font):
        """runs: (text, bold, hl, url) -> lines of pieces (text, fk, hl, url)"""
        words = []  # (text, fk, hl, url) pieces split at spaces, spaces kept on the left word
        for text, bold, hl, url in runs:
            fk = "B" if bold or base_font == "B" else "R"
            for w in re.findall(r"[^ ]+ *| +", text):
                words.append((w, fk, hl, url))
        lines, cur, cur_w = [], [], 0.0
        # group pieces into breakable tokens: a token ends at a piece that ends with a space
        tokens, tok = [], []
        for p in words:
            tok.append(p)
            if p[0].endswith(" "):
                tokens.append(tok)
                tok = []
        if tok:
            tokens.append(tok)
        for tok in tokens:
            tw = sum(self.width(p[0].rstrip(" "), p[1], size) for p in tok)
            full = sum(self.width(p[0], p[1], size) for p in tok)
            if cur and cur_w + tw > width + 0.01:
                lines.append(cur)
                cur, cur_w = [], 0.0
            cur.extend(tok)
            cur_w += full
        if cur:
            lines.append(cur)
        out = []
        for ln in lines:
            merged = []
            for p in ln:
                if merged and merged[-1][1:] == p[1:]:
                    merged[-1] = (merged[-1][0] + p[0],) + p[1:]
                else:
                    merged.append(p)
            last = merged[-1]
            merged[-1] = (last[0].rstrip(" "),) + last[1:]
            if not merged[-1][0]:
                merged.pop()
            out.append(merged)
        return out

    def draw_line(self, pieces, x, top, size, colour):
        base = self.baseline(top, size)
        lh = self.line_h(size)
        for text, fk, hl, url in pieces:
            w = self.width(text, fk, size)
            if hl:
                self.ops.append(("rect", (1, 1, 0), x, top, w, lh))
            col = LINK if url else colour
            self.ops.append(("text", fk, size, x, base, text, col))
            if url:
                self.ops.append(("rect", LINK, x, base + size * 0.1, w, size / 15.0))
                self.annots.append((len(self.pages) - 1, (x, top, x + w, top + lh), url))
            x += w

    def fits(self, h):
        return self.y + h <= PH - MB + 0.01

    def paragraph(self, kind, text, keep_next=0.0):
        size, fk, colour, before, after = STYLE[kind]
        lh = self.line_h(size)
        if kind == "empty":
            if not self.fits(lh):
                self.new_page()
            self.y += lh
            return
        indent, bullet = 0, None
        if kind == "li1":
            indent, bullet = 48, "\u25cf"
        elif kind == "li2":
            indent, bullet = 96, "\u25cb"
        if self.y > MT:
            self.y += before
        lines = self.wrap(parse_inline(text), size, CW - indent, fk)
        need = lh * min(len(lines), 2) + keep_next
        if not self.fits(need):
            self.new_page()
            if kind in ("h1", "h2"):
                self.y += before
        for i, ln in enumerate(lines):
            if not self.fits(lh):
                self.new_page()
            if i == 0 and bullet:
                self.ops.append(("text", "R", size, ML + indent - 24, self.baseline(self.y, size), bullet, BLACK))
            self.draw_line(ln, ML + indent, self.y, size, colour)
            self.y += lh
        self.y += after

    def table(self, rows):
        size = STYLE["cell"][0]
        lh = self.line_h(size)
        pad = 5 * PT
        colw = CW / 2.0
        bw = 1 * PT
        for r, cells in enumerate(rows):
            wrapped = [self.wrap(parse_inline("**%s**" % c if r == 0 else c), size, colw - 2 * pad, "R")
                       for c in cells]
            h = max(len(w) for w in wrapped) * lh + 2 * pad
            if not self.fits(h):
                self.new_page()
            top = self.y
            if r == 0:
                self.ops.append(("rect", (243 / 255.0, 243 / 255.0, 243 / 255.0), ML, top, CW, h))
            for c, lines in enumerate(wrapped):
                yy = top + pad
                for ln in lines:
                    self.draw_line(ln, ML + c * colw + pad, yy, size, BLACK)
                    yy += lh
            # borders: top, bottom, left, middle, right
            self.ops.append(("line", bw, ML, top, ML + CW, top))
            self.ops.append(("line", bw, ML, top + h, ML + CW, top + h))
            for xx in (ML, ML + colw, ML + CW):
                self.ops.append(("line", bw, xx, top, xx, top + h))
            self.y = top + h


def layout(fonts):
    L = Layout(fonts)
    blocks = read_source()
    for i, (kind, val) in enumerate(blocks):
        if kind == "table":
            L.table(val)
            L.y += L.line_h(STYLE["p"][0]) * 0  # Google Docs puts the next paragraph right below
        else:
            keep = L.line_h(STYLE["p"][0]) if kind in ("h1", "h2") else 0.0
            L.paragraph(kind, val, keep)
    # page numbers in the footer, right-aligned
    for n, ops in enumerate(L.pages, 1):
        size = STYLE["p"][0]
        s = str(n)
        lh = L.line_h(size)
        top = PH - 48 - lh
        ops.append(("text", "R", size, PW - MR - L.width(s, "R", size), L.baseline(top, size), s, BLACK))
    return L


# ---------------------------------------------------------------- PDF writing
def pdf_string(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def colour_ops(c):
    t = " ".join(num(v) for v in c)
    return "%s RG %s rg\n" % (t, t)


def build():
    fonts = {k: TTF(p) for k, (p, _n) in FONTS.items()}
    L = layout(fonts)

    # object numbers, allocated as Skia does while it draws
    nums = {"info": 1}
    nxt = [2]

    def alloc():
        n = nxt[0]
        nxt[0] += 1
        return n

    page_objs = []
    font_obj = {}
    gs_obj = None
    used = {"R": {}, "B": {}}
    contents = []
    annot_objs = {}
    for pi, ops in enumerate(L.pages):
        page_n = alloc()
        if gs_obj is None:
            gs_obj = alloc()
        fonts_here = []
        for op in ops:
            if op[0] == "text" and op[1] not in font_obj:
                font_obj[op[1]] = alloc()
            if op[0] == "text" and op[1] not in fonts_here:
                fonts_here.append(op[1])
        my_annots = []
        for (api, rect, url) in L.annots:
            if api == pi:
                my_annots.append((alloc(), rect, url))
        content_n = alloc()
        # content stream
        out = ["1 0 0 -1 0 792 cm\nq\n.75 0 0 .75 0 0 cm\n1 1 1 RG 1 1 1 rg\n/G%d gs\n0 0 816 1056 re\nf\nQ\n" % gs_obj,
               "q\n.75 0 0 .75 0 0 cm\n"]
        cur = None
        for op in ops:
            if op[0] == "rect":
                _k, col, x, y, w, h = op
                if col != cur:
                    out.append(colour_ops(col))
                    cur = col
                out.append("%s %s %s %s re\nf\n" % (num(x), num(y), num(w), num(h)))
            elif op[0] == "line":
                _k, lw, x1, y1, x2, y2 = op
                if cur != BLACK:
                    out.append(colour_ops(BLACK))
                    cur = BLACK
                out.append("%s w\n0 J\n%s %s m\n%s %s l\nS\n" % (num(lw), num(x1), num(y1), num(x2), num(y2)))
            else:
                _k, fk, size, x, base, text, col = op
                if col != cur:
                    out.append(colour_ops(col))
                    cur = col
                f = fonts[fk]
                hexs = ""
                for ch in text:
                    g = f.cmap[ord(ch)]
                    used[fk].setdefault(g, ch)
                    hexs += "%04X" % g
                out.append("BT\n/F%d %s Tf\n1 0 0 -1 %s %s Tm\n<%s> Tj\nET\n"
                           % (font_obj[fk], num(size), num(x), num(base), hexs))
        out.append("Q\n")
        contents.append((content_n, "".join(out).encode("latin-1")))
        page_objs.append((page_n, content_n, fonts_here, my_annots))
    pages_n = alloc()
    catalog_n = alloc()
    font_parts = {}
    for fk in ("R", "B"):
        if fk in font_obj:
            font_parts[fk] = (alloc(), alloc(), alloc(), alloc())  # cidfont, descriptor, file, tounicode

    objs = {}
    objs[1] = ("<</Title %s\n/Producer %s>>" % (pdf_string(TITLE), pdf_string(PRODUCER))).encode("latin-1")
    objs[gs_obj] = b"<</ca 1\n/BM /Normal>>"
    for (page_n, content_n, fonts_here, my_annots), (_cn, data) in zip(page_objs, contents):
        objs[content_n] = stream(data)
        fdict = "\n".join("/F%d %d 0 R" % (font_obj[k], font_obj[k]) for k in fonts_here)
        d = ("<</Type /Page\n/Resources <</ProcSet [/PDF /Text /ImageB /ImageC /ImageI]\n"
             "/ExtGState <</G%d %d 0 R>>\n/Font <<%s>>>>\n/MediaBox [0 0 612 792]\n/Contents %d 0 R\n"
             % (gs_obj, gs_obj, fdict, content_n))
        if my_annots:
            d += "/Annots [%s]\n" % " ".join("%d 0 R" % a[0] for a in my_annots)
        d += "/Parent %d 0 R>>" % pages_n
        objs[page_n] = d.encode("latin-1")
        for an, (x1, y1, x2, y2), url in my_annots:
            r = [x1 * .75, 792 - y2 * .75, x2 * .75, 792 - y1 * .75]
            objs[an] = ("<</Type /Annot\n/Subtype /Link\n/F 4\n/Border [0 0 0]\n/Rect [%s]\n"
                        "/A <</Type /Action\n/S /URI\n/URI %s>>>>"
                        % (" ".join(num(v) for v in r), pdf_string(url))).encode("latin-1")
    objs[pages_n] = ("<</Type /Pages\n/Count %d\n/Kids [%s]>>"
                     % (len(page_objs), " ".join("%d 0 R" % p[0] for p in page_objs))).encode("latin-1")
    objs[catalog_n] = ("<</Type /Catalog\n/Pages %d 0 R>>" % pages_n).encode("latin-1")
    for i, fk in enumerate(("R", "B")):
        if fk not in font_obj:
            continue
        f = fonts[fk]
        cid_n, desc_n, file_n, tu_n = font_parts[fk]
        name = "%sAAAAA+%s" % ("AB"[i], FONTS[fk][1])
        sc = 1000.0 / f.upem
        objs[font_obj[fk]] = ("<</Type /Font\n/Subtype /Type0\n/BaseFont /%s\n/Encoding /Identity-H\n"
                              "/DescendantFonts [%d 0 R]\n/ToUnicode %d 0 R>>"
                              % (name, cid_n, tu_n)).encode("latin-1")
        gids = sorted(set(used[fk]) | {0})
        warr, run = [], []
        for g in gids:
            if run and g == run[-1] + 1:
                run.append(g)
            else:
                if run:
                    warr.append(run)
                run = [g]
        warr.append(run)
        w = " ".join("%d [%s]" % (r[0], " ".join(num(f.adv[g] * sc) for g in r)) for r in warr)
        objs[cid_n] = ("<</Type /Font\n/Subtype /CIDFontType2\n/BaseFont /%s\n/CIDSystemInfo <</Registry (Adobe)\n"
                       "/Ordering (Identity)\n/Supplement 0>>\n/FontDescriptor %d 0 R\n/DW 0\n/W [%s]\n"
                       "/CIDToGIDMap /Identity>>" % (name, desc_n, w)).encode("latin-1")
        stemv = 45.898438 if fk == "R" else 136.23047
        objs[desc_n] = ("<</Type /FontDescriptor\n/FontName /%s\n/Flags 4\n/Ascent %s\n/Descent %s\n/StemV %s\n"
                        "/CapHeight %s\n/ItalicAngle 0\n/FontBBox [%s]\n/FontFile2 %d 0 R>>"
                        % (name, num(f.ascent * sc), num(f.descent * sc), num(stemv), num(f.cap * sc),
                           " ".join(num(v * sc) for v in f.bbox), file_n)).encode("latin-1")
        prog = f.subset(used[fk])
        comp = zlib.compress(prog)
        objs[file_n] = (("<</Length1 %d\n/Filter /FlateDecode\n/Length %d>> stream\n" % (len(prog), len(comp)))
                        .encode("latin-1") + comp + b"\nendstream")
        objs[tu_n] = stream(tounicode(used[fk]).encode("latin-1"))

    order = [1, gs_obj]
    for page_n, content_n, _fh, my_annots in page_objs:
        order += [a[0] for a in my_annots] + [content_n, page_n]
    for fk in ("R", "B"):
        if fk in font_obj:
            order += [font_obj[fk]] + list(font_parts[fk])
    order += [pages_n, catalog_n]
    assert sorted(order) == list(range(1, len(order) + 1))
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in order:
        offsets[n] = len(buf)
        buf += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref = len(buf)
    total = len(order) + 1
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % total
    for n in range(1, total):
        buf += b"%010d 00000 n \n" % offsets[n]
    buf += (b"trailer\n<</Size %d\n/Root %d 0 R\n/Info 1 0 R>>\nstartxref\n%d\n%%%%EOF"
            % (total, catalog_n, xref))
    return bytes(buf)


def stream(data):
    comp = zlib.compress(data)
    return b"<</Filter /FlateDecode\n/Length %d>> stream\n" % len(comp) + comp + b"\nendstream"


def tounicode(m):
    gids = sorted(m)
    ranges, singles = [], []
    i = 0
    while i < len(gids):
        j = i
        while (j + 1 < len(gids) and gids[j + 1] == gids[j] + 1 and ord(m[gids[j + 1]]) == ord(m[gids[j]]) + 1
               and (gids[j + 1] & 0xFF) != 0):
            j += 1
        if j > i:
            ranges.append((gids[i], gids[j], ord(m[gids[i]])))
        else:
            singles.append((gids[i], ord(m[gids[i]])))
        i = j + 1
    out = ["/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n"
           "<<  /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n"
           "/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"]
    for k in range(0, len(singles), 100):
        chunk = singles[k:k + 100]
        out.append("%d beginbfchar\n" % len(chunk))
        out += ["<%04X> <%04X>\n" % (g, u) for g, u in chunk]
        out.append("endbfchar\n")
    for k in range(0, len(ranges), 100):
        chunk = ranges[k:k + 100]
        out.append("%d beginbfrange\n" % len(chunk))
        out += ["<%04X> <%04X> <%04X>\n" % r for r in chunk]
        out.append("endbfrange\n")
    out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
    return "".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build()
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
