#!/usr/bin/python3
"""Re-make docs/coral-reef-status-report-2025-chapter-2.pdf from its source text.

The source (tools/coral-reef-status-report-2025-chapter-2.txt) has "@" lines for the document
properties, header, footer and special blocks (table, figure, captions, note), "## " and "### "
for the numbered headings, "- " for bullets, "# " for numbered items and //…// for italics.
The output imitates a chapter exported from Microsoft Word for Microsoft 365 with "Save as PDF"
(A4, tagged PDF): one BT/ET per line and run, TJ arrays with Word's small positioning numbers and
justification put into the gaps after spaces, header and footer as pagination artifacts, table
borders and shading drawn as thin filled rectangles, the chart as vector paths, TrueType subsets
(WinAnsiEncoding) embedded as FontFile2, a structure tree with a ParentTree, XMP metadata, an
Info dictionary with UTF-16 strings and a classic cross-reference table, CRLF after every token
line.  The font programs are subset from the Liberation fonts (metric twins of Times New Roman and
Arial) in /usr/share/fonts/truetype/liberation2 and named as Word names Times New Roman and Arial.
Deterministic: fixed dates and IDs, no randomness.
Usage: make_pdf.py [output path]
"""
import hashlib
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "coral-reef-status-report-2025-chapter-2.txt")
OUT = os.path.join(HERE, "..", "docs", "coral-reef-status-report-2025-chapter-2.pdf")
FONTDIR = "/usr/share/fonts/truetype/liberation2/"
FONTS = {  # key: (file, PostScript name Word writes, subset tag, flags)
    "R": ("LiberationSerif-Regular.ttf", "TimesNewRomanPSMT", "BCDEEE", 34),
    "B": ("LiberationSerif-Bold.ttf", "TimesNewRomanPS-BoldMT", "BCDFEE", 34),
    "I": ("LiberationSerif-Italic.ttf", "TimesNewRomanPS-ItalicMT", "BCDGEE", 98),
    "A": ("LiberationSans-Regular.ttf", "ArialMT", "BCDHEE", 32),
}
FONT_ORDER = ["R", "B", "I", "A"]
PW, PH = 595.32, 841.92
ML, MR, MT, MB = 72.024, 72.024, 72.024, 72.024
TW = PW - ML - MR
BLUE = "0.122 0.286 0.49"
SIZE_MAP = {9: 9, 10: 9.96, 11: 11.04, 12: 12, 13: 12.96, 14: 14.04, 18: 18}


def num(v):
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ---------------------------------------------------------------- TrueType
class TTF:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        n = struct.unpack(">H", self.data[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _, off, ln = struct.unpack(">4sIII", self.data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = self.data[off:off + ln]
        head = self.tables["head"]
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.locfmt = struct.unpack(">h", head[50:52])[0]
        hhea = self.tables["hhea"]
        self.ascender, self.descender = struct.unpack(">hh", hhea[4:8])
        self.advmax = struct.unpack(">H", hhea[10:12])[0]
        self.nhm = struct.unpack(">H", hhea[34:36])[0]
        os2 = self.tables["OS/2"]
        self.avg = struct.unpack(">h", os2[2:4])[0]
        self.weight = struct.unpack(">H", os2[4:6])[0]
        self.capheight = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else self.ascender
        self.xheight = struct.unpack(">h", os2[86:88])[0] if len(os2) >= 90 else self.ascender // 2
        post = self.tables["post"]
        ia = struct.unpack(">i", post[4:8])[0]
        self.italic = ia / 65536.0
        self.cmap = self._cmap()
        nglyphs = struct.unpack(">H", self.tables["maxp"][4:6])[0]
        loca = self.tables["loca"]
        if self.locfmt == 0:
            self.loca = [2 * x for x in struct.unpack(">%dH" % (nglyphs + 1), loca[:2 * (nglyphs + 1)])]
        else:
            self.loca = list(struct.unpack(">%dI" % (nglyphs + 1), loca[:4 * (nglyphs + 1)]))
        self.nglyphs = nglyphs

    def _cmap(self):
        cm = self.tables["cmap"]
        n = struct.unpack(">H", cm[2:4])[0]
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", cm[4 + 8 * i:12 + 8 * i])
            if pid == 3 and eid == 1 and struct.unpack(">H", cm[off:off + 2])[0] == 4:
                t = cm[off:]
                segx2 = struct.unpack(">H", t[6:8])[0]
                seg = segx2 // 2
                ends = struct.unpack(">%dH" % seg, t[14:14 + segx2])
                starts = struct.unpack(">%dH" % seg, t[16 + segx2:16 + 2 * segx2])
                deltas = struct.unpack(">%dh" % seg, t[16 + 2 * segx2:16 + 3 * segx2])
                ro_pos = 16 + 3 * segx2
                ros = struct.unpack(">%dH" % seg, t[ro_pos:ro_pos + segx2])
                m = {}
                for k in range(seg):
                    for c in range(starts[k], ends[k] + 1):
                        if c == 0xFFFF:
                            continue
                        if ros[k] == 0:
                            g = (c + deltas[k]) & 0xFFFF
                        else:
                            p = ro_pos + 2 * k + ros[k] + 2 * (c - starts[k])
                            g = struct.unpack(">H", t[p:p + 2])[0]
                            if g:
                                g = (g + deltas[k]) & 0xFFFF
                        if g:
                            m[c] = g
                return m
        raise ValueError("no (3,1) format 4 cmap")

    def advance(self, gid):
        h = self.tables["hmtx"]
        i = gid if gid < self.nhm else self.nhm - 1
        return struct.unpack(">H", h[4 * i:4 * i + 2])[0]

    def width1000(self, ch):
        g = self.cmap.get(ord(ch), 0)
        return int(round(self.advance(g) * 1000.0 / self.upem))

    def scale(self, v):
        return int(round(v * 1000.0 / self.upem))

    def subset(self, chars):
        glyf = self.tables["glyf"]
        keep = {0}
        todo = [self.cmap.get(ord(c), 0) for c in chars]
        while todo:
            g = todo.pop()
            if g in keep and g != 0:
                continue
            keep.add(g)
            d = glyf[self.loca[g]:self.loca[g + 1]]
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
        out, loca = [], [0]
        pos = 0
        for g in range(self.nglyphs):
            d = glyf[self.loca[g]:self.loca[g + 1]] if g in keep else b""
            d += b"\0" * ((4 - len(d) % 4) % 4)
            out.append(d)
            pos += len(d)
            loca.append(pos)
        tables = {}
        for tag in ("cvt ", "fpgm", "hhea", "hmtx", "maxp", "prep", "cmap"):
            if tag in self.tables:
                tables[tag] = self.tables[tag]
        tables["glyf"] = b"".join(out)
        tables["loca"] = struct.pack(">%dI" % len(loca), *loca)
        head = bytearray(self.tables["head"])
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        tables["head"] = bytes(head)
        font = build_sfnt(tables)
        adj = (0xB1B0AFBA - checksum(font)) & 0xFFFFFFFF
        hoff = 0
        tags = sorted(tables)
        for i, tag in enumerate(tags):
            if tag == "head":
                hoff = struct.unpack(">I", font[12 + 16 * i + 8:12 + 16 * i + 12])[0]
        font = font[:hoff + 8] + struct.pack(">I", adj) + font[hoff + 12:]
        return font


def checksum(b):
    b += b"\0" * ((4 - len(b) % 4) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


def build_sfnt(tables):
    tags = sorted(tables)
    n = len(tags)
    es = 0
    while (1 << (es + 1)) <= n:
        es += 1
    sr = (1 << es) * 16
    head = struct.pack(">IHHHH", 0x00010000, n, sr, es, n * 16 - sr)
    off = 12 + 16 * n
    dirs, body = [], []
    for tag in tags:
        d = tables[tag]
        dirs.append(struct.pack(">4sIII", tag.encode("latin-1"), checksum(d), off, len(d)))
        pad = d + b"\0" * ((4 - len(d) % 4) % 4)
        body.append(pad)
        off += len(pad)
    return head + b"".join(dirs) + b"".join(body)


# ---------------------------------------------------------------- source
def read_source():
    meta, blocks = {}, []
    lines = open(SRC, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        if line.startswith("@table "):
            widths = [float(x) for x in line[7:].split()]
            rows = []
            while lines[i] != "@endtable":
                rows.append([c.strip() for c in lines[i].split("|")])
                i += 1
            i += 1
            blocks.append(("table", widths, rows))
        elif line.startswith("@figure "):
            bars = [(a.split("=")[0].strip(), float(a.split("=")[1])) for a in line[8:].split("|")]
            blocks.append(("figure", bars))
        elif line.startswith("@caption "):
            blocks.append(("caption", line[9:]))
        elif line.startswith("@note "):
            blocks.append(("note", line[6:]))
        elif line.startswith("@chapter "):
            blocks.append(("chapter", line[9:]))
        elif line.startswith("@chaptertitle "):
            blocks.append(("chaptertitle", line[14:]))
        elif line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        elif line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("- "):
            blocks.append(("bullet", line[2:]))
        elif line.startswith("# "):
            blocks.append(("number", line[2:]))
        else:
            blocks.append(("p", line))
    return meta, blocks


def runs_of(text, base="R"):
    parts = text.split("//")
    out = []
    for k, p in enumerate(parts):
        if p:
            out.append((p, "I" if k % 2 and base == "R" else base))
    return out


# ---------------------------------------------------------------- layout
class Doc:
    def __init__(self, fonts):
        self.fonts = fonts
        self.pages = []      # each: list of items
        self.used = {k: set() for k in FONTS}
        self.structs = []    # (type, [(page, mcid)], parent index or None)
        self.rng = 12345
        self.titles = {}
        self.dests = {}      # heading struct index -> (page, top y) for the bookmarks

    def w(self, text, f, size):
        return sum(self.fonts[f].width1000(c) for c in text) * size / 1000.0

    def note(self, text, f):
        self.used[f].update(text)

    def kern(self):
        self.rng = (self.rng * 1103515245 + 12345) & 0x7FFFFFFF
        return self.rng


def tj_array(doc, text, f, size, extra=0.0):
    """Word-like TJ array: small positioning numbers inside, justification after spaces."""
    enc = text.encode("cp1252")
    items, cur = [], bytearray()
    for k, b in enumerate(enc):
        cur.append(b)
        if b == 0x20 and extra > 0.005:
            items.append(bytes(cur))
            items.append(-extra * 1000.0 / size)
            cur = bytearray()
        elif k < len(enc) - 1 and doc.kern() % 9 == 0:
            items.append(bytes(cur))
            items.append(float((doc.kern() % 7) - 3) or 2.0)
            cur = bytearray()
    if cur:
        items.append(bytes(cur))
    out = []
    for it in items:
        if isinstance(it, bytes):
            out.append(b"(" + it.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")")
        else:
            out.append(num(it).encode())
    return b"[" + b"".join(out) + b"]TJ"


def text_op(doc, x, y, text, f, size, color="0"):
    doc.note(text, f)
    fs = SIZE_MAP.get(size, size)
    col = (color + " rg\r\n" + color + " RG") if " " in color else (color + " g\r\n" + color + " G")
    return (b"BT\r\n/F%d %s Tf\r\n1 0 0 1 %s %s Tm\r\n%s\r\n" % (FONT_ORDER.index(f) + 1, num(fs).encode(),
            num(x).encode(), num(y).encode(), col.encode()), (text, f, size))


def wrap(doc, runs, width, size, first_indent=0.0):
    """Greedy line breaking over styled words; returns lines of [(word, font)] with trailing-space flags."""
    words = []
    for text, f in runs:
        toks = re.split(r"( )", text)
        for t in toks:
            if t == " ":
                if words:
                    words[-1][2] = True
            elif t:
                if words and not words[-1][2]:
                    words[-1][0].append((t, f))
                else:
                    words.append([[(t, f)], 0, False])
    lines, cur, curw = [], [], 0.0
    space = lambda f: doc.w(" ", f, size)
    for wd in words:
        ww = sum(doc.w(t, f, size) for t, f in wd[0])
        avail = width - (first_indent if not lines else 0)
        add = ww + (space(cur[-1][0][-1][1]) if cur else 0)
        if cur and curw + add > avail + 0.01:
            lines.append(cur)
            cur, curw = [wd], ww
        else:
            cur.append(wd)
            curw += add
    if cur:
        lines.append(cur)
    return lines


def line_segments(doc, line, size, x0, width, justify):
    """Split a line into same-font segments with x positions; justify by extra space after spaces."""
    segs = []
    for k, wd in enumerate(line):
        for j, (t, f) in enumerate(wd[0]):
            sp = " " if (j == len(wd[0]) - 1 and k < len(line) - 1) else ""
            if segs and segs[-1][1] == f:
                segs[-1][0] += t + sp
            else:
                segs.append([t + sp, f])
    natural = sum(doc.w(s, f, size) for s, f in segs)
    nspace = sum(s.count(" ") for s, f in segs)
    extra = (width - natural) / nspace if (justify and nspace) else 0.0
    out, x = [], x0
    for s, f in segs:
        out.append((x, s, f, extra))
        x += doc.w(s, f, size) + extra * s.count(" ")
    return out


class Page:
    def __init__(self, number):
        self.number = number
        self.ops = []        # bytes
        self.mcid = 0
        self.cursor = PH - MT


def build(doc, meta, blocks):
    first = int(meta["firstpage"])
    pages = []

    def new_page():
        p = Page(first + len(pages))
        pages.append(p)
        furniture(doc, p, meta)
        return p

    page = new_page()

    def need(h):
        nonlocal page
        if page.cursor - h < MB:
            page = new_page()

    def struct_new(kind, parent=None):
        doc.structs.append([kind, [], parent])
        return len(doc.structs) - 1

    def emit_lines(sidx, lines_ops, tag):
        """lines_ops: list of (height, [ops]) placed from the cursor; one BDC per page portion."""
        nonlocal page
        i = 0
        while i < len(lines_ops):
            # widow/orphan control: keep at least two lines together at a break
            n_fit, h = 0, 0.0
            for hh, _ in lines_ops[i:]:
                if page.cursor - (h + hh) < MB:
                    break
                h += hh
                n_fit += 1
            rest = len(lines_ops) - i
            if n_fit < rest and rest >= 4:
                if n_fit == 1:
                    n_fit = 0
                elif rest - n_fit == 1:
                    n_fit -= 1
            elif n_fit < rest:
                n_fit = 0
            if n_fit == 0:
                page = new_page()
                continue
            mc = page.mcid
            page.mcid += 1
            doc.structs[sidx][1].append((page, mc))
            if tag in ("H1", "H2", "H3") and sidx not in doc.dests:
                doc.dests[sidx] = (page, page.cursor)
            body = [b"/%s <</MCID %d>> BDC \r\n" % (tag.encode(), mc)]
            for hh, ops in lines_ops[i:i + n_fit]:
                y = page.cursor - hh
                for op in ops:
                    body.append(op(y))
                page.cursor -= hh
            body.append(b"EMC \r\n")
            page.ops.append(b"".join(body))
            i += n_fit

    def para(kind, runs, size, lead, before, after, x0=ML, width=TW, justify=True, color="0",
             label=None, hang=0.0, tag="P", keep=False):
        nonlocal page
        page.cursor -= before if page.cursor < PH - MT - 1 else 0
        lines = wrap(doc, runs, width - hang, size)
        if keep:
            need(lead * (len(lines) + 2) + after)
        sidx = struct_new(tag)
        doc.titles[sidx] = "".join(t for t, f in runs)
        ops_lines = []
        for n, line in enumerate(lines):
            last = n == len(lines) - 1
            segs = line_segments(doc, line, size, x0 + hang, width - hang, justify and not last)
            ops = []
            if label and n == 0:
                ops.append(make_text(doc, x0, label, "R", size, color, 0.0))
            for x, s, f, extra in segs:
                ops.append(make_text(doc, x, s, f, size, color, extra))
            ops_lines.append((lead, ops))
        emit_lines(sidx, ops_lines, tag)
        page.cursor -= after
        return sidx

    def new_page_set():
        nonlocal page
        page = new_page()
        return page

    numbering = 0
    i = 0
    while i < len(blocks):
        b = blocks[i]
        kind = b[0]
        if kind == "chapter":
            para(kind, [(b[1], "B")], 14, 18, 0, 2, color=BLUE, justify=False, tag="H1")
        elif kind == "chaptertitle":
            para(kind, [(b[1], "B")], 18, 22, 0, 6, color=BLUE, justify=False, tag="H1")
            page.ops.append(b"/Artifact BMC \r\n%s rg\r\n%s %s %s 1.44 re\r\nf*\r\nEMC \r\n"
                            % (BLUE.encode(), num(ML).encode(), num(page.cursor).encode(), num(TW).encode()))
            page.cursor -= 14
        elif kind == "h2":
            para(kind, [(b[1], "B")], 13, 16, 10, 5, color=BLUE, justify=False, tag="H2", keep=True)
            numbering = 0
        elif kind == "h3":
            para(kind, [(b[1], "B")], 11, 14.5, 6, 3, justify=False, tag="H3", keep=True)
        elif kind == "p":
            para(kind, runs_of(b[1]), 11, 14.55, 0, 6)
        elif kind in ("bullet", "number"):
            numbering += 1
            lab = "\u2022" if kind == "bullet" else "%d." % numbering
            nxt = blocks[i + 1][0] if i + 1 < len(blocks) else None
            para(kind, runs_of(b[1]), 11, 14.55, 0, 6 if nxt != kind else 2, x0=ML + 18,
                 width=TW - 18, justify=False, label=lab, hang=18, tag="LI")
        elif kind == "caption":
            size = 9
            if i + 1 < len(blocks) and blocks[i + 1][0] == "table":
                need(16 + 13 * 4)
            para(kind, [(b[1], "I")], size, 12, 4, 4, justify=False, color="0.267 0.329 0.416",
                 tag="Caption")
        elif kind == "note":
            para(kind, [(b[1], "I")], 9, 11, 0, 8, justify=False, tag="P")
        elif kind == "table":
            table(doc, b[1], b[2], lambda: page, new_page_set, struct_new)
        elif kind == "figure":
            need(210 + 24)
            figure(doc, page, b[1], struct_new)
        i += 1

    return pages


def make_text(doc, x, s, f, size, color, extra):
    def op(y):
        head, (text, ff, sz) = text_op(doc, x, y, s, f, size, color)
        return head + tj_array(doc, text, ff, sz, extra) + b"\r\nET\r\n"
    return op


def furniture(doc, page, meta):
    size = 9
    hy = PH - 36 - 8
    ops = [b"/Artifact <</Attached [/Top]/Type/Pagination/Subtype/Header>> BDC \r\n"]
    ops.append(make_text(doc, ML, meta["header"], "I", size, "0.349", 0.0)(hy))
    rw = doc.w(meta["header-right"], "I", size)
    ops.append(make_text(doc, PW - MR - rw, meta["header-right"], "I", size, "0.349", 0.0)(hy))
    ops.append(b"0.749 0.749 0.749 rg\r\n%s %s %s 0.48 re\r\nf*\r\n" % (num(ML).encode(), num(hy - 4).encode(),
                                                                      num(TW).encode()))
    ops.append(b"EMC \r\n")
    fy = 36
    ops.append(b"/Artifact <</Attached [/Bottom]/Type/Pagination/Subtype/Footer>> BDC \r\n")
    ops.append(make_text(doc, ML, meta["footer"], "R", size, "0.349", 0.0)(fy))
    pn = str(page.number)
    ops.append(make_text(doc, PW - MR - doc.w(pn, "B", 10), pn, "B", 10, "0", 0.0)(fy))
    ops.append(b"EMC \r\n")
    page.ops.append(b"".join(ops))


def rect(x, y, w, h):
    return b"%s %s %s %s re\r\nf*\r\n" % (num(x).encode(), num(y).encode(), num(w).encode(), num(h).encode())


def table(doc, widths, rows, get_page, new_page, struct_new):
    size, lead, pad = 10, 11.5, 5.4
    tidx = struct_new("Table")
    x0 = ML
    page = get_page()
    page.cursor -= 2
    for r, row in enumerate(rows):
        head = r == 0
        total = r == len(rows) - 1 and row[0] == "Total"
        f = "B" if head or total else "R"
        cells = [wrap(doc, [(c, f)] if c else [], w - 2 * pad, size) for c, w in zip(row, widths)]
        nl = max(1, max(len(c) for c in cells))
        h = nl * lead + 4
        if page.cursor - h < MB:
            page = new_page()
        top = page.cursor
        ridx = struct_new("TR", tidx)
        draw = [b"/Artifact BMC \r\n"]
        if head:
            draw.append(b"0.851 0.918 0.965 rg\r\n" + rect(x0, top - h, sum(widths), h))
        draw.append(b"0 g\r\n")
        x = x0
        for w in widths:
            draw.append(rect(x, top - 0.48, w, 0.48))           # top border
            draw.append(rect(x, top - h, 0.48, h))              # left border
            x += w
        draw.append(rect(x - 0.48, top - h, 0.48, h))           # right border
        draw.append(rect(x0, top - h, sum(widths), 0.48))       # bottom border
        draw.append(b"EMC \r\n")
        page.ops.append(b"".join(draw))
        x = x0
        for c, (lines, w) in enumerate(zip(cells, widths)):
            cidx = struct_new("TH" if head else "TD", ridx)
            if not lines:
                x += w
                continue
            mc = page.mcid
            page.mcid += 1
            doc.structs[cidx][1].append((page, mc))
            body = [b"/P <</MCID %d>> BDC \r\n" % mc]
            for n, line in enumerate(lines):
                y = top - 2 - lead * (n + 1) + 2.6
                for sx, s, ff, extra in line_segments(doc, line, size, x + pad, w - 2 * pad, False):
                    body.append(make_text(doc, sx, s, ff, size, "0", 0.0)(y))
            body.append(b"EMC \r\n")
            page.ops.append(b"".join(body))
            x += w
        page.cursor = top - h
    page.cursor -= 4


def figure(doc, page, bars, struct_new):
    fidx = struct_new("Figure")
    mc = page.mcid
    page.mcid += 1
    doc.structs[fidx][1].append((page, mc))
    fw, fh = 400.0, 200.0
    fx = ML + (TW - fw) / 2
    top = page.cursor - 6
    by = top - fh
    ox, oy = fx + 40, by + 36          # plot origin
    pw, ph = fw - 40 - 78, fh - 64     # plot size, room for the alert labels on the right
    ymax = 14.0
    ops = [b"/Figure <</MCID %d>> BDC \r\nq\r\n" % mc]
    ops.append(b"0.851 0.851 0.851 RG\r\n0.75 w\r\n%s %s %s %s re\r\nS\r\n" % (num(fx).encode(), num(by).encode(),
                                                                           num(fw).encode(), num(fh).encode()))
    for t in range(0, 15, 2):
        y = oy + ph * t / ymax
        ops.append(b"0.851 0.851 0.851 RG\r\n0.5 w\r\n%s %s m\r\n%s %s l\r\nS\r\n"
                   % (num(ox).encode(), num(y).encode(), num(ox + pw).encode(), num(y).encode()))
        lab = str(t)
        ops.append(make_text(doc, ox - 6 - doc.w(lab, "A", 9), lab, "A", 9, "0.349", 0.0)(y - 3))
    n = len(bars)
    slot = pw / n
    bw = slot * 0.5
    for k, (name, v) in enumerate(bars):
        x = ox + slot * k + (slot - bw) / 2
        h = ph * v / ymax
        ops.append(b"0.267 0.447 0.769 rg\r\n" + rect(x, oy, bw, h))
        val = "%.1f" % v
        ops.append(make_text(doc, x + (bw - doc.w(val, "A", 9)) / 2, val, "A", 9, "0.251", 0.0)(oy + h + 4))
        ops.append(make_text(doc, ox + slot * k + (slot - doc.w(name, "A", 9)) / 2, name, "A", 9, "0.349",
                             0.0)(oy - 13))
    for lvl, lab, col in ((4, "Alert Level 1", b"0.929 0.49 0.192"), (8, "Alert Level 2", b"0.753 0 0")):
        y = oy + ph * lvl / ymax
        ops.append(b"%s RG\r\n1 w\r\n[3 2] 0 d\r\n%s %s m\r\n%s %s l\r\nS\r\n[] 0 d\r\n"
                   % (col, num(ox).encode(), num(y).encode(), num(ox + pw).encode(), num(y).encode()))
        ops.append(make_text(doc, ox + pw + 6, lab, "A", 8, col.decode(), 0.0)(y - 3))
    ttl = "Peak DHW (\u00b0C-weeks)"
    ops.append(make_text(doc, fx + 8, ttl, "A", 9, "0.349", 0.0)(top - 16))
    ops.append(b"Q\r\nEMC \r\n")
    page.ops.append(b"".join(ops))
    page.cursor = by - 2


# ---------------------------------------------------------------- PDF writing
def pdf_string_utf16(s):
    b = b"\xfe\xff" + s.encode("utf-16-be")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_string(s):
    return b"(" + s.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_pdf(doc, meta, pages, fonts):
    objs = {}
    order = []

    def new():
        n = len(order) + 1
        order.append(n)
        return n

    cat, pages_obj = new(), new()
    page_ids, content_ids = [], []
    font_ids = {}
    gs = None
    for p in pages:
        page_ids.append(new())
        content_ids.append(new())
        if gs is None:
            gs = new()
            for f in FONT_ORDER:
                font_ids[f] = (new(), new(), new())   # font, descriptor, widths
    struct_root, parent_tree, rolemap = new(), new(), new()
    doc_elem = new()
    elem_ids = [new() for _ in doc.structs]
    info, metadata, viewer = new(), new(), new()
    heads = [k for k in sorted(doc.dests) if doc.structs[k][0] != "H1" or k == max(
        j for j in doc.dests if doc.structs[j][0] == "H1")]
    outlines = new()
    out_ids = {k: new() for k in heads}
    fontfiles = {f: new() for f in FONT_ORDER}

    creator = "Microsoft\u00ae Word for Microsoft 365"
    created = meta["created"]
    docid = hashlib.md5(("ncscm-coral-2025-ch2").encode()).hexdigest().upper()
    uuid = "%s-%s-%s-%s-%s" % (docid[:8], docid[8:12], docid[12:16], docid[16:20], docid[20:32])

    objs[cat] = (b"<</Type/Catalog/Pages %d 0 R/Lang(en-IN) /StructTreeRoot %d 0 R/MarkInfo<</Marked true>>"
                 b"/Outlines %d 0 R/Metadata %d 0 R/ViewerPreferences %d 0 R>>"
                 % (pages_obj, struct_root, outlines, metadata, viewer))
    objs[pages_obj] = (b"<</Type/Pages/Count %d/Kids[ %s] >>"
                       % (len(pages), b" ".join(b"%d 0 R" % i for i in page_ids)))
    fontres = b"".join(b"/F%d %d 0 R" % (k + 1, font_ids[f][0]) for k, f in enumerate(FONT_ORDER))
    for k, p in enumerate(pages):
        objs[page_ids[k]] = (b"<</Type/Page/Parent %d 0 R/Resources<</ExtGState<</GS7 %d 0 R>>/Font<<%s>>"
                             b"/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>/MediaBox[ 0 0 %s %s] /Contents %d 0 R"
                             b"/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S/StructParents %d>>"
                             % (pages_obj, gs, fontres, num(PW).encode(), num(PH).encode(), content_ids[k], k))
        raw = b"/GS7 gs\r\n" + b"".join(p.ops)
        z = zlib.compress(raw, 6)
        objs[content_ids[k]] = (b"<</Filter/FlateDecode/Length %d>>" % len(z), z)
    objs[gs] = b"<</Type/ExtGState/BM/Normal/ca 1>>"
    for f in FONT_ORDER:
        fid, did, wid = font_ids[f]
        t = fonts[f]
        _, psname, tag, flags = FONTS[f]
        codes = sorted(set(c.encode("cp1252")[0] for c in doc.used[f])) or [32]
        fc, lc = min(codes), max(codes)
        ws = []
        for c in range(fc, lc + 1):
            ch = bytes([c]).decode("cp1252", errors="replace")
            ws.append(t.width1000(ch) if c in codes else 0)
        name = ("%s+%s" % (tag, psname)).encode()
        objs[fid] = (b"<</Type/Font/Subtype/TrueType/Name/F%d/BaseFont/%s/Encoding/WinAnsiEncoding/FontDescriptor"
                     b" %d 0 R/FirstChar %d/LastChar %d/Widths %d 0 R>>"
                     % (FONT_ORDER.index(f) + 1, name, did, fc, lc, wid))
        bb = [t.scale(v) for v in t.bbox]
        objs[did] = (b"<</Type/FontDescriptor/FontName/%s/Flags %d/ItalicAngle %s/Ascent %d/Descent %d/CapHeight %d"
                     b"/AvgWidth %d/MaxWidth %d/FontWeight %d/XHeight %d/Leading %d/StemV %d/FontBBox[ %d %d %d %d] "
                     b"/FontFile2 %d 0 R>>"
                     % (name, flags, num(t.italic).encode(), t.scale(t.ascender), t.scale(t.descender),
                        t.scale(t.capheight), t.scale(t.avg), t.scale(t.advmax), t.weight, t.scale(t.xheight),
                        42, 44 if t.weight < 600 else 136, bb[0], bb[1], bb[2], bb[3], fontfiles[f]))
        objs[wid] = b"[ " + b" ".join(str(v).encode() for v in ws) + b"] "
        prog = t.subset("".join(sorted(doc.used[f])))
        z = zlib.compress(prog, 6)
        objs[fontfiles[f]] = (b"<</Filter/FlateDecode/Length %d/Length1 %d>>" % (len(z), len(prog)), z)
    # structure tree
    kids_of = {None: []}
    for k, (kind, marks, parent) in enumerate(doc.structs):
        kids_of.setdefault(parent, []).append(k)
    parents = {}
    for k, (kind, marks, parent) in enumerate(doc.structs):
        pref = doc_elem if parent is None else elem_ids[parent]
        for pg, mc in marks:
            parents.setdefault(pages.index(pg), {})[mc] = elem_ids[k]
        pg = marks[0][0] if marks else None
        pgref = b"/Pg %d 0 R" % page_ids[pages.index(pg)] if pg is not None else b""
        if len(set(pages.index(m[0]) for m in marks)) > 1:
            ks = [b"<</Type/MCR/Pg %d 0 R/MCID %d>>" % (page_ids[pages.index(p2)], mc) for p2, mc in marks]
        else:
            ks = [b"%d" % mc for _, mc in marks]
        ks += [b"%d 0 R" % elem_ids[c] for c in kids_of.get(k, [])]
        objs[elem_ids[k]] = (b"<</P %d 0 R/S/%s/Type/StructElem/K[ %s] %s>>"
                             % (pref, kind.encode(), b" ".join(ks), pgref))
    objs[doc_elem] = (b"<</P %d 0 R/S/Document/Type/StructElem/K[ %s] >>"
                      % (struct_root, b" ".join(b"%d 0 R" % elem_ids[c] for c in kids_of[None])))
    nums = []
    for k in range(len(pages)):
        m = parents.get(k, {})
        arr = b" ".join(b"%d 0 R" % m[i] for i in sorted(m))
        nums.append(b"%d[ %s]" % (k, arr))
    objs[parent_tree] = b"<</Nums[ " + b" ".join(nums) + b"] >>"
    objs[rolemap] = b"<</Footnote/Note/Endnote/Note/Textbox/Sect/Header/Sect/Footer/Sect/InlineShape/Sect/Annotation/Sect/Artifact/Sect/Workbook/Document/Worksheet/Part/Macrosheet/Part/Chartsheet/Part/Dialogsheet/Part/Slide/Part/Chart/Sect/Diagram/Figure/Title/H1>>"
    objs[struct_root] = (b"<</Type/StructTreeRoot/RoleMap %d 0 R/ParentTree %d 0 R/K[ %d 0 R] /ParentTreeNextKey %d>>"
                         % (rolemap, parent_tree, doc_elem, len(pages)))
    objs[info] = (b"<</Title%s /Author%s /Subject%s /Keywords%s /Creator%s /CreationDate%s /ModDate%s /Producer%s>>"
                  % (pdf_string_utf16(meta["title"]), pdf_string(meta["author"]), pdf_string(meta["subject"]),
                     pdf_string(meta["keywords"]), pdf_string_utf16(creator), pdf_string(created),
                     pdf_string(created), pdf_string_utf16(creator)))
    iso = "2025-07-18T11:30:52+05:30"
    xmp = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" '
           'x:xmptk="3.1-701">\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
           '<rdf:Description rdf:about=""  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n<pdf:Producer>%s</pdf:Producer>'
           '<pdf:Keywords>%s</pdf:Keywords></rdf:Description>\n<rdf:Description rdf:about=""  xmlns:dc="http://purl.'
           'org/dc/elements/1.1/">\n<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>'
           '<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator><dc:description><rdf:Alt><rdf:li '
           'xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description></rdf:Description>\n<rdf:Description '
           'rdf:about=""  xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n<xmp:CreatorTool>%s</xmp:CreatorTool>'
           '<xmp:CreateDate>%s</xmp:CreateDate><xmp:ModifyDate>%s</xmp:ModifyDate></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n<xmpMM:DocumentID>'
           'uuid:%s</xmpMM:DocumentID><xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID></rdf:Description>\n\n'
           '</rdf:RDF></x:xmpmeta>\n' % (creator, meta["keywords"], meta["title"], meta["author"], meta["subject"],
                                        creator, iso, iso, uuid, uuid))
    xmp += (" " * 99 + "\n") * 20 + '<?xpacket end="w"?>'
    xb = xmp.encode("utf-8")
    objs[metadata] = (b"<</Type/Metadata/Subtype/XML/Length %d>>" % len(xb), xb)
    objs[viewer] = b"<</DisplayDocTitle true>>"
    # bookmarks from the headings, as Word's "Create bookmarks using: Headings" makes them
    level = {"H1": 1, "H2": 2, "H3": 3}
    tree = {None: []}
    stack = []
    for k in heads:
        lv = level[doc.structs[k][0]]
        while stack and level[doc.structs[stack[-1]][0]] >= lv:
            stack.pop()
        parent = stack[-1] if stack else None
        tree.setdefault(parent, []).append(k)
        stack.append(k)

    def count(k):
        return sum(1 + count(c) for c in tree.get(k, []))

    for parent, kids in tree.items():
        for n, k in enumerate(kids):
            pg, y = doc.dests[k]
            d = [b"/Title%s" % pdf_string_utf16(doc.titles[k]),
                 b"/Parent %d 0 R" % (outlines if parent is None else out_ids[parent]),
                 b"/Dest[ %d 0 R/XYZ %s %s 0] " % (page_ids[pages.index(pg)], num(ML).encode(), num(y).encode())]
            if n > 0:
                d.append(b"/Prev %d 0 R" % out_ids[kids[n - 1]])
            if n < len(kids) - 1:
                d.append(b"/Next %d 0 R" % out_ids[kids[n + 1]])
            if tree.get(k):
                d.append(b"/First %d 0 R/Last %d 0 R/Count %d" % (out_ids[tree[k][0]], out_ids[tree[k][-1]],
                                                                 count(k)))
            objs[out_ids[k]] = b"<<" + b"".join(d) + b">>"
    top = tree[None]
    objs[outlines] = b"<</Type/Outlines/First %d 0 R/Last %d 0 R/Count %d>>" % (out_ids[top[0]], out_ids[top[-1]],
                                                                              count(None))

    out = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offsets = {}
    for n in order:
        offsets[n] = len(out)
        o = objs[n]
        out += b"%d 0 obj\r\n" % n
        if isinstance(o, tuple):
            out += o[0] + b"\r\nstream\r\n" + o[1] + b"\r\nendstream\r\n"
        else:
            out += o + b"\r\n"
        out += b"endobj\r\n"
    xref = len(out)
    out += b"xref\r\n0 %d\r\n0000000000 65535 f\r\n" % (len(order) + 1)
    for n in order:
        out += b"%010d 00000 n\r\n" % offsets[n]
    out += (b"trailer\r\n<</Size %d/Root %d 0 R/Info %d 0 R/ID[<%s><%s>] >>\r\nstartxref\r\n%d\r\n%%%%EOF"
            % (len(order) + 1, cat, info, docid.encode(), docid.encode(), xref))
    return bytes(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks = read_source()
    fonts = {k: TTF(os.path.join(FONTDIR, v[0])) for k, v in FONTS.items()}
    doc = Doc(fonts)
    pages = build(doc, meta, blocks)
    data = write_pdf(doc, meta, pages, fonts)
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
