#!/usr/bin/python3
"""Re-make docs/startup-ecosystem-funding-slides.pdf, a Google Slides deck downloaded as PDF
(File > Download > PDF document), from tools/startup-ecosystem-funding-slides.txt.

The PDF is written the way Google's Skia-based renderer writes one: PDF 1.4 with the binary
comment line, an Info dictionary holding only Title and Producer, 720 x 405 pt pages whose content
streams flip and scale a 960 x 540 px canvas (".75 0 0 -.75 0 405 cm"), Flate-compressed content,
text drawn glyph by glyph as hex glyph ids through Type0 / CIDFontType2 fonts (Identity-H,
CIDToGIDMap Identity) with a ToUnicode CMap, a /W width array and an embedded TrueType subset
(tags AAAAAA+ and BAAAAA+), the catalog written last, a classic xref table.

The glyphs come from tools/fonts/LiberationSans-*-base.ttf (Liberation Sans, SIL Open Font
License, metric-compatible with Arial, cut down to the characters a deck needs); the script
subsets them again to the glyphs the deck uses. "make_slides.py --base" rebuilds those two base
files from the system's /usr/share/fonts/truetype/liberation2 copies.

Source marks: "@title", "@producer"; "=== kind" starts a slide (title, bullets, two, ladder,
chart, end); "# " the slide title, "## " a subtitle, "- " and "  - " bullets, "[left]" /
"[right]" column headings, "box a | b | c", "bar label | value | shown", "axis", "side", "note";
other lines are plain paragraphs.
Usage: make_slides.py [OUT]
"""
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "startup-ecosystem-funding-slides.txt")
OUT = os.path.join(HERE, "..", "docs", "startup-ecosystem-funding-slides.pdf")
FONTS = {"R": ("LiberationSans-Regular", "ArialMT", "AAAAAA"),
         "B": ("LiberationSans-Bold", "Arial-BoldMT", "BAAAAA")}
BASE_CHARS = "".join(chr(c) for c in range(0x20, 0x7F)) + "’‘“”–—•●○■·…×→"

W, H = 960, 540
DARK = (0.12941177, 0.12941177, 0.12941177)
BODY = (0.25882354, 0.25882354, 0.25882354)
GREY = (0.45882353, 0.45882353, 0.45882353)
ACCENT = (0.10196079, 0.45098040, 0.90980393)
ACCENT2 = (0.20392157, 0.65882355, 0.32549021)
PALE = (0.90980393, 0.94117647, 0.99607843)
GRID = (0.85098040, 0.85098040, 0.85098040)


# ---------------------------------------------------------------- TrueType
def read_tables(data):
    n = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for i in range(n):
        tag, _, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        tables[tag.decode("latin-1")] = data[off:off + ln]
    return tables


def checksum(b):
    b = b + b"\0" * (-len(b) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


def write_font(tables):
    tags = sorted(tables)
    n = len(tags)
    es = max(i for i in range(16) if 2 ** i <= n)
    head = struct.pack(">IHHHH", 0x00010000, n, 16 * 2 ** es, es, 16 * n - 16 * 2 ** es)
    offset = 12 + 16 * n
    dirs, blobs = [], []
    for t in tags:
        b = tables[t]
        dirs.append(struct.pack(">4sIII", t.encode("latin-1"), checksum(b), offset, len(b)))
        pad = b + b"\0" * (-len(b) % 4)
        blobs.append(pad)
        offset += len(pad)
    font = bytearray(head + b"".join(dirs) + b"".join(blobs))
    # checkSumAdjustment
    hoff = 12 + 16 * n + sum(len(x) for x, t in zip(blobs, tags) if t < "head")
    adj = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
    font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
    return bytes(font)


class Font:
    def __init__(self, data):
        self.data = data
        self.t = read_tables(data)
        self.upem = struct.unpack(">H", self.t["head"][18:20])[0]
        self.nglyphs = struct.unpack(">H", self.t["maxp"][4:6])[0]
        nhm = struct.unpack(">H", self.t["hhea"][34:36])[0]
        hm = self.t["hmtx"]
        self.adv = [struct.unpack(">H", hm[4 * i:4 * i + 2])[0] for i in range(nhm)]
        self.adv += [self.adv[-1]] * (self.nglyphs - nhm)
        loca = self.t["loca"]
        if struct.unpack(">h", self.t["head"][50:52])[0]:
            self.loca = list(struct.unpack(">%dI" % (self.nglyphs + 1), loca[:4 * (self.nglyphs + 1)]))
        else:
            self.loca = [2 * x for x in struct.unpack(">%dH" % (self.nglyphs + 1), loca[:2 * (self.nglyphs + 1)])]
        self.cmap = self._cmap()

    def _cmap(self):
        c = self.t["cmap"]
        n = struct.unpack(">H", c[2:4])[0]
        sub = None
        for i in range(n):
            p, e, o = struct.unpack(">HHI", c[4 + 8 * i:12 + 8 * i])
            if (p, e) == (3, 1):
                sub = o
        seg = struct.unpack(">H", c[sub + 6:sub + 8])[0] // 2
        ends = struct.unpack(">%dH" % seg, c[sub + 14:sub + 14 + 2 * seg])
        starts = struct.unpack(">%dH" % seg, c[sub + 16 + 2 * seg:sub + 16 + 4 * seg])
        deltas = struct.unpack(">%dh" % seg, c[sub + 16 + 4 * seg:sub + 16 + 6 * seg])
        roff = sub + 16 + 6 * seg
        ros = struct.unpack(">%dH" % seg, c[roff:roff + 2 * seg])
        m = {}
        for i in range(seg):
            for ch in range(starts[i], min(ends[i], 0xFFFE) + 1):
                if ros[i] == 0:
                    g = (ch + deltas[i]) & 0xFFFF
                else:
                    a = roff + 2 * i + ros[i] + 2 * (ch - starts[i])
                    g = struct.unpack(">H", c[a:a + 2])[0]
                    g = (g + deltas[i]) & 0xFFFF if g else 0
                if g:
                    m[ch] = g
        return m

    def glyph(self, g):
        return self.t["glyf"][self.loca[g]:self.loca[g + 1]]

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

    def subset(self, gids, keep=("cvt ", "fpgm", "prep", "hhea", "hmtx", "maxp")):
        gids = self.closure(set(gids) | {0})
        glyf, loca = bytearray(), []
        for g in range(self.nglyphs):
            loca.append(len(glyf))
            if g in gids:
                d = self.glyph(g)
                glyf += d + b"\0" * (-len(d) % 4)
        loca.append(len(glyf))
        tables = {t: self.t[t] for t in keep if t in self.t}
        head = bytearray(self.t["head"])
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        tables["head"] = bytes(head)
        tables["glyf"] = bytes(glyf)
        tables["loca"] = struct.pack(">%dI" % len(loca), *loca)
        return write_font(tables)


def build_base():
    os.makedirs(os.path.join(HERE, "fonts"), exist_ok=True)
    for key, (name, _, _) in FONTS.items():
        f = Font(open("/usr/share/fonts/truetype/liberation2/%s.ttf" % name, "rb").read())
        gids = {f.cmap[ord(c)] for c in BASE_CHARS if ord(c) in f.cmap}
        data = f.subset(gids, keep=("cvt ", "fpgm", "prep", "hhea", "hmtx", "maxp", "cmap", "OS/2"))
        open(os.path.join(HERE, "fonts", name + "-base.ttf"), "wb").write(data)


# ---------------------------------------------------------------- numbers, canvas
def num(x):
    if abs(x - round(x)) < 1e-6:
        return "%d" % round(x)
    s = ("%.6f" % x).rstrip("0").rstrip(".")
    if s.startswith("0."):
        s = s[1:]
    elif s.startswith("-0."):
        s = "-" + s[2:]
    return s


def rgb(c):
    return " ".join(num(v) for v in c)


class Canvas:
    def __init__(self, fonts):
        self.fonts, self.ops = fonts, []

    def width(self, fk, size, s):
        f = self.fonts[fk]["font"]
        return sum(f.adv[f.cmap.get(ord(ch), 0)] for ch in s) * size / f.upem

    def rect(self, x, y, w, h, color):
        self.ops.append("%s rg\n%s %s %s %s re\nf" % (rgb(color), num(x), num(y), num(w), num(h)))

    def text(self, fk, size, x, y, s, color):
        fd = self.fonts[fk]
        f = fd["font"]
        gids = [f.cmap.get(ord(ch), 0) for ch in s]
        for g, ch in zip(gids, s):
            fd["used"].setdefault(g, ch)
        hexs = "".join("%04X" % g for g in gids)
        self.ops.append("%s rg\nBT\n/F%d %s Tf\n1 0 0 -1 %s %s Tm\n<%s> Tj\nET"
                        % (rgb(color), fd["obj"], num(size), num(x), num(y), hexs))

    def wrap(self, fk, size, s, maxw):
        words, lines, cur = s.split(" "), [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if cur and self.width(fk, size, t) > maxw:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines


# ---------------------------------------------------------------- slide layouts
def parse(src):
    meta, slides = {}, []
    for line in src.split("\n"):
        if line.startswith("@") and not slides:
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.startswith("=== "):
            slides.append({"kind": line[4:], "lines": []})
        elif line.strip() and slides:
            slides[-1]["lines"].append(line)
    return meta, slides


def title_of(sl):
    return next(l[2:] for l in sl["lines"] if l.startswith("# "))


def draw_title_bar(c, sl):
    c.text("B", 29.333334, 48, 66, title_of(sl), DARK)
    c.rect(48, 84, 96, 4, ACCENT)


def bullet_block(c, items, x0, y0, maxw, size, ybottom):
    """items: (level, text, kind); returns the y reached, or None when it overflows."""
    y = y0
    ops = []
    for level, text, kind in items:
        s = size if level == 1 else size * 0.875
        if kind == "bullet":
            bx = x0 + (4 if level == 1 else 30)
            tx = bx + 20
            lines = c.wrap("R", s, text, maxw - (tx - x0))
            ops.append(("R", s, bx, y, "●" if level == 1 else "○", ACCENT if level == 1 else GREY))
        else:
            tx = x0
            lines = c.wrap("R", s, text, maxw)
        for ln in lines:
            ops.append(("R", s, tx, y, ln, BODY))
            y += s * 1.32
        y += s * 0.38
    if y - size > ybottom:
        return None
    for op in ops:
        c.text(*op)
    return y


def items_of(lines):
    items = []
    for l in lines:
        if l.startswith("  - "):
            items.append((2, l[4:], "bullet"))
        elif l.startswith("- "):
            items.append((1, l[2:], "bullet"))
        else:
            items.append((1, l, "para"))
    return items


def fit(c, items, x0, y0, maxw, size, ybottom):
    while True:
        y = bullet_block(Canvas(c.fonts), items, x0, y0, maxw, size, ybottom)
        if y is not None:
            return bullet_block(c, items, x0, y0, maxw, size, ybottom), size
        size -= 0.666667  # Google Slides "shrink text on overflow", half a point at a time


def slide_title(c, sl):
    c.rect(0, 0, 24, H, ACCENT)
    c.rect(24, 452, W - 24, 88, PALE)
    lines = sl["lines"]
    y = 196
    for ln in c.wrap("B", 48, title_of(sl), 800):
        c.text("B", 48, 72, y, ln, DARK)
        y += 56
    sub = next(l[3:] for l in lines if l.startswith("## "))
    y += 6
    for ln in c.wrap("R", 22.666666, sub, 800):
        c.text("R", 22.666666, 72, y, ln, ACCENT)
        y += 30
    rest = [l for l in lines if not l.startswith("#")]
    for ln in rest:
        c.text("R", 17.333334, 72, 500, ln, BODY)


def slide_bullets(c, sl):
    draw_title_bar(c, sl)
    items = items_of([l for l in sl["lines"] if not l.startswith("# ")])
    fit(c, items, 48, 132, 864, 18.666666, 500)


def slide_two(c, sl):
    draw_title_bar(c, sl)
    cols, cur = [], None
    for l in sl["lines"]:
        if l.startswith("[left] ") or l.startswith("[right] "):
            cur = {"head": l.split("] ", 1)[1], "lines": []}
            cols.append(cur)
        elif not l.startswith("# "):
            cur["lines"].append(l)
    size = 17.333334
    while True:
        probe = Canvas(c.fonts)
        if all(bullet_block(probe, items_of(col["lines"]), x0, 170, 404, size, 505) is not None
               for col, x0 in zip(cols, (48, 508))):
            break
        size -= 0.666667
    for col, x0 in zip(cols, (48, 508)):
        c.rect(x0, 118, 404, 34, PALE)
        c.text("B", 16, x0 + 10, 141, col["head"], ACCENT)
        bullet_block(c, items_of(col["lines"]), x0, 178, 404, size, 505)


def slide_ladder(c, sl):
    draw_title_bar(c, sl)
    boxes = [l[4:].split(" | ") for l in sl["lines"] if l.startswith("box ")]
    bw, gap, x = 198, 24, 48
    for k, (a, b, d) in enumerate(boxes):
        c.rect(x, 128, bw, 150, PALE)
        c.rect(x, 128, bw, 6, ACCENT if k < 3 else ACCENT2)
        y = 170
        for fk, size, s, col in (("B", 16, a, DARK), ("R", 16, b, BODY), ("R", 14.666667, d, GREY)):
            for ln in c.wrap(fk, size, s, bw - 20):
                c.text(fk, size, x + (bw - c.width(fk, size, ln)) / 2, y, ln, col)
                y += size * 1.3
            y += 6
        if k < len(boxes) - 1:
            c.text("B", 20, x + bw + 2, 210, "→", GREY)
        x += bw + gap
    items = items_of([l for l in sl["lines"] if l.startswith("- ")])
    fit(c, items, 48, 330, 864, 18.666666, 505)


def slide_chart(c, sl):
    draw_title_bar(c, sl)
    bars = [l[4:].split(" | ") for l in sl["lines"] if l.startswith("bar ")]
    axis = [a for a in next(l for l in sl["lines"] if l.startswith("axis ")).split(" ", 1)[1].split(" | ")]
    top = float(axis[-1])
    x0, x1, y0, y1 = 110, 520, 150, 440
    for a in axis:
        y = y1 - (y1 - y0) * float(a) / top
        c.rect(x0, y, x1 - x0, 1, GRID)
        c.text("R", 13.333333, x0 - 10 - c.width("R", 13.333333, a), y + 4.5, a, GREY)
    slot = (x1 - x0) / len(bars)
    for k, (lab, val, shown) in enumerate(bars):
        h = (y1 - y0) * float(val) / top
        bx = x0 + slot * k + slot * 0.22
        bw = slot * 0.56
        c.rect(bx, y1 - h, bw, h, ACCENT)
        c.text("B", 14.666667, bx + (bw - c.width("B", 14.666667, shown)) / 2, y1 - h - 8, shown, DARK)
        c.text("R", 14.666667, bx + (bw - c.width("R", 14.666667, lab)) / 2, y1 + 22, lab, BODY)
    side = items_of(["- " + l[5:] for l in sl["lines"] if l.startswith("side ")])
    fit(c, side, 560, 170, 352, 16, 440)
    note = next(l[5:] for l in sl["lines"] if l.startswith("note "))
    c.text("R", 12, 48, 500, note, GREY)


def slide_end(c, sl):
    c.rect(0, 0, W, 8, ACCENT)
    t = title_of(sl)
    c.text("B", 40, (W - c.width("B", 40, t)) / 2, 230, t, DARK)
    y = 290
    for l in sl["lines"]:
        if l.startswith("# "):
            continue
        for ln in c.wrap("R", 17.333334, l, 760):
            c.text("R", 17.333334, (W - c.width("R", 17.333334, ln)) / 2, y, ln, BODY)
            y += 24
        y += 10


LAYOUTS = {"title": slide_title, "bullets": slide_bullets, "two": slide_two,
           "ladder": slide_ladder, "chart": slide_chart, "end": slide_end}


# ---------------------------------------------------------------- PDF objects
def pdf_string_text(s):
    try:
        s.encode("ascii")
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    except UnicodeEncodeError:
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def stream_obj(dict_entries, data):
    body = zlib.compress(data)
    head = "<<" + "\n".join(dict_entries + ["/Filter /FlateDecode", "/Length %d>> stream\n" % len(body)])
    return head.encode("latin-1") + body + b"\nendstream"


def tounicode(used):
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", "<<  /Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0", ">> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
             "<0000> <FFFF>", "endcodespacerange"]
    items = sorted(used.items())
    for k in range(0, len(items), 100):
        chunk = items[k:k + 100]
        lines.append("%d beginbfchar" % len(chunk))
        for g, ch in chunk:
            lines.append("<%04X> <%s>" % (g, ch.encode("utf-16-be").hex().upper()))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines)).encode("ascii")


def warray(font, used):
    gids = sorted(used)
    parts, k = [], 0
    while k < len(gids):
        start = k
        while k + 1 < len(gids) and gids[k + 1] == gids[k] + 1:
            k += 1
        ws = " ".join(num(font.adv[g] * 1000 / font.upem) for g in gids[start:k + 1])
        parts.append("%d [%s]" % (gids[start], ws))
        k += 1
    return "[" + " ".join(parts) + "]"


def build(src):
    meta, slides = parse(src)
    npages = len(slides)
    first_font = 4 + 2 * npages
    fonts = {}
    for k, (key, (fname, psname, tag)) in enumerate(sorted(FONTS.items(), key=lambda x: x[1][2])):
        data = open(os.path.join(HERE, "fonts", fname + "-base.ttf"), "rb").read()
        fonts[key] = {"font": Font(data), "ps": psname, "tag": tag, "obj": first_font + 5 * k, "used": {}}
    contents = []
    for n, sl in enumerate(slides, 1):
        c = Canvas(fonts)
        c.ops.append("q\n.75 0 0 -.75 0 405 cm\nq\n1 1 1 rg\n0 0 960 540 re\nf\nQ\n/G3 gs")
        LAYOUTS[sl["kind"]](c, sl)
        if sl["kind"] != "title":
            s = str(n)
            c.text("R", 12, 912 - c.width("R", 12, s), 522, s, GREY)
        c.ops.append("Q")
        contents.append("\n".join(c.ops) + "\n")
    objs = {}
    objs[1] = ("<<" + "\n".join(["/Title " + pdf_string_text(meta["title"]),
                                 "/Producer (%s)>>" % meta["producer"]])).encode("latin-1")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(npages))
    objs[2] = ("<</Type /Pages\n/Count %d\n/Kids [%s]>>" % (npages, kids)).encode("latin-1")
    objs[3] = b"<</ca 1\n/BM /Normal>>"
    font_res = "\n".join("/F%d %d 0 R" % (fd["obj"], fd["obj"]) for fd in
                         sorted(fonts.values(), key=lambda d: d["obj"]))
    for i, data in enumerate(contents):
        page, cont = 4 + 2 * i, 5 + 2 * i
        objs[page] = ("<</Type /Page\n/Resources <</ProcSet [/PDF /Text /ImageB /ImageC /ImageI]\n"
                      "/ExtGState <</G3 3 0 R>>\n/Font <<%s>>>>\n/MediaBox [0 0 720 405]\n"
                      "/Contents %d 0 R\n/Parent 2 0 R>>"
                      % (font_res, cont)).encode("latin-1")
        objs[cont] = stream_obj([], data.encode("latin-1"))
    for fd in sorted(fonts.values(), key=lambda d: d["obj"]):
        f, o = fd["font"], fd["obj"]
        name = "%s+%s" % (fd["tag"], fd["ps"])
        sub = f.subset(set(fd["used"]))
        hh = f.t["hhea"]
        asc, desc = struct.unpack(">hh", hh[4:8])
        bbox = struct.unpack(">hhhh", f.t["head"][36:44])
        cap = struct.unpack(">h", f.t["OS/2"][88:90])[0]
        sc = 1000 / f.upem
        objs[o] = ("<<" + "\n".join(["/Type /Font", "/Subtype /Type0", "/BaseFont /" + name,
                                     "/Encoding /Identity-H", "/DescendantFonts [%d 0 R]" % (o + 1),
                                     "/ToUnicode %d 0 R>>" % (o + 4)])).encode("latin-1")
        objs[o + 1] = ("<<" + "\n".join(["/Type /Font", "/Subtype /CIDFontType2", "/BaseFont /" + name,
                                         "/CIDSystemInfo <</Registry (Adobe)\n/Ordering (Identity)\n/Supplement 0>>",
                                         "/FontDescriptor %d 0 R" % (o + 2), "/DW 0",
                                         "/CIDToGIDMap /Identity",
                                         "/W " + warray(f, fd["used"]) + ">>"])).encode("latin-1")
        objs[o + 2] = ("<<" + "\n".join(["/Type /FontDescriptor", "/FontName /" + name, "/Flags 4",
                                         "/Ascent %s" % num(asc * sc), "/Descent %s" % num(desc * sc),
                                         "/StemV %s" % num(80 if fd["tag"] == "BAAAAA" else 45),
                                         "/CapHeight %s" % num(cap * sc), "/ItalicAngle 0",
                                         "/FontBBox [%s]" % " ".join(num(v * sc) for v in bbox),
                                         "/FontFile2 %d 0 R>>" % (o + 3)])).encode("latin-1")
        objs[o + 3] = stream_obj(["/Length1 %d" % len(sub)], sub)
        objs[o + 4] = stream_obj([], tounicode(fd["used"]))
    cat = first_font + 5 * len(fonts)
    objs[cat] = b"<</Type /Catalog\n/Pages 2 0 R>>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (cat + 1)
    for k in range(1, cat + 1):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<</Size %d\n/Root %d 0 R\n/Info 1 0 R>>\nstartxref\n%d\n%%%%EOF" % (cat + 1, cat, xref)
    return bytes(out)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--base":
        build_base()
        return
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build(open(SRC, encoding="utf-8").read())
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
