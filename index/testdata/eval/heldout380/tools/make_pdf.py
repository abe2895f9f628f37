#!/usr/bin/python3
"""Re-make docs/new-criminal-laws-legislative-brief.pdf byte for byte from its source text.

The file is shaped as Microsoft Word for Microsoft 365 writes a document with File > Save As > PDF
(tagged, "Document structure tags for accessibility" on): a PDF-1.7 header with the binary comment,
CRLF after every object, a catalog with /Lang, /MarkInfo, /StructTreeRoot, /Metadata and
/ViewerPreferences, one FlateDecode content stream per page with each paragraph in a marked-content
sequence (/P, /H1.., /TH, /TD, /Lbl, /LBody, /Footnote with an /MCID) and page furniture, table rules
and shading as /Artifact, each line drawn as its own BT ... ET with a Tm and a TJ array, subset
TrueType fonts with WinAnsiEncoding (BCDEEE+ArialMT, BCDFEE+Arial-BoldMT, BCDGEE+Arial-ItalicMT)
whose FontFile2 programs are cut from the metric-compatible Liberation Sans faces, a structure tree
with a ParentTree and RoleMap, an Info dictionary with Word's UTF-16 Creator/Producer, an XMP packet,
and a classic cross-reference table with a trailer /ID. Timestamps are fixed; nothing is random.

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
SRC = os.path.join(HERE, "new-criminal-laws-legislative-brief.txt")
OUT = os.path.join(ROOT, "docs", "new-criminal-laws-legislative-brief.pdf")
FONTDIR = "/usr/share/fonts/truetype/liberation2"
FACES = {  # style -> (ttf, PostScript name Word uses, subset tag)
    "R": ("LiberationSans-Regular.ttf", "ArialMT", "BCDEEE"),
    "B": ("LiberationSans-Bold.ttf", "Arial-BoldMT", "BCDFEE"),
    "I": ("LiberationSans-Italic.ttf", "Arial-ItalicMT", "BCDGEE"),
}
PAGE_W, PAGE_H = 595.32, 841.92
ML, MR, MT, MB = 56.7, 56.7, 56.7, 62.35
TW = PAGE_W - ML - MR
BLUE = "0.122 0.22 0.392"
SHADE = "0.871 0.918 0.965"
GREY = "0.949 0.949 0.949"


# ----------------------------------------------------------------------------- TrueType

class TTF:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        n = struct.unpack(">H", self.data[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", self.data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = self.data[off:off + ln]
        head = self.tables["head"]
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.locfmt = struct.unpack(">h", head[50:52])[0]
        hhea = self.tables["hhea"]
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        nh = struct.unpack(">H", hhea[34:36])[0]
        self.nglyphs = struct.unpack(">H", self.tables["maxp"][4:6])[0]
        hm = self.tables["hmtx"]
        self.adv = [struct.unpack(">H", hm[4 * i:4 * i + 2])[0] for i in range(nh)]
        self.adv += [self.adv[-1]] * (self.nglyphs - nh)
        loca = self.tables["loca"]
        if self.locfmt == 0:
            self.loca = [2 * struct.unpack(">H", loca[2 * i:2 * i + 2])[0] for i in range(self.nglyphs + 1)]
        else:
            self.loca = [struct.unpack(">I", loca[4 * i:4 * i + 4])[0] for i in range(self.nglyphs + 1)]
        self.cmap = self._cmap()
        os2 = self.tables["OS/2"]
        self.weight = struct.unpack(">H", os2[4:6])[0]
        self.xheight = struct.unpack(">h", os2[86:88])[0] if len(os2) >= 88 else 0
        self.capheight = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else 0
        self.avgw = struct.unpack(">h", os2[2:4])[0]
        self.italic = struct.unpack(">i", self.tables["post"][4:8])[0] / 65536.0

    def _cmap(self):
        t = self.tables["cmap"]
        n = struct.unpack(">H", t[2:4])[0]
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", t[4 + 8 * i:12 + 8 * i])
            if (pid, eid) == (3, 1) and struct.unpack(">H", t[off:off + 2])[0] == 4:
                segx2 = struct.unpack(">H", t[off + 6:off + 8])[0]
                seg = segx2 // 2
                ends = struct.unpack(">%dH" % seg, t[off + 14:off + 14 + segx2])
                p = off + 16 + segx2
                starts = struct.unpack(">%dH" % seg, t[p:p + segx2])
                deltas = struct.unpack(">%dh" % seg, t[p + segx2:p + 2 * segx2])
                roff_at = p + 2 * segx2
                roffs = struct.unpack(">%dH" % seg, t[roff_at:roff_at + segx2])
                m = {}
                for k in range(seg):
                    for c in range(starts[k], ends[k] + 1):
                        if c == 0xFFFF:
                            continue
                        if roffs[k] == 0:
                            g = (c + deltas[k]) & 0xFFFF
                        else:
                            a = roff_at + 2 * k + roffs[k] + 2 * (c - starts[k])
                            g = struct.unpack(">H", t[a:a + 2])[0]
                            if g:
                                g = (g + deltas[k]) & 0xFFFF
                        if g:
                            m[c] = g
                return m
        raise ValueError("no (3,1) cmap")

    def glyph(self, gid):
        return self.tables["glyf"][self.loca[gid]:self.loca[gid + 1]]

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
        glyf, loca = b"", [0]
        for g in range(self.nglyphs):
            if g in keep:
                d = self.glyph(g)
                glyf += d + b"\0" * (-len(d) % 4)
            loca.append(len(glyf))
        tables = {}
        for tag in ("OS/2", "cmap", "cvt ", "fpgm", "hhea", "hmtx", "maxp", "name", "prep"):
            if tag in self.tables:
                tables[tag] = self.tables[tag]
        tables["glyf"] = glyf
        tables["loca"] = b"".join(struct.pack(">I", x) for x in loca)
        head = bytearray(self.tables["head"])
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        tables["head"] = bytes(head)
        tables["post"] = struct.pack(">I", 0x00030000) + self.tables["post"][4:32]
        return build_sfnt(tables)


def checksum(b):
    b = b + b"\0" * (-len(b) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


def build_sfnt(tables):
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
        body += d + b"\0" * (-len(d) % 4)
    font = bytearray(out + dirs + body)
    adj = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
    hoff = 12 + 16 * n + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[:tags.index("head")])
    font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
    return bytes(font)


FONTS = {k: TTF(os.path.join(FONTDIR, v[0])) for k, v in FACES.items()}


def width(text, style, size):
    f = FONTS[style]
    return sum(f.adv[f.cmap.get(ord(c), 0)] for c in text) * size / f.upem


def num(x):
    s = ("%.3f" % x).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def pdfstr(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


# ----------------------------------------------------------------------------- source

def parse_runs(text, base="R"):
    """-> list of (text, style, sup) pieces; **bold** and [^n] footnote references."""
    out = []
    for part in re.split(r"(\*\*.+?\*\*|\[\^\d+\])", text):
        if not part:
            continue
        if part.startswith("**"):
            out.append((part[2:-2], "B", False))
        elif part.startswith("[^"):
            out.append((part[2:-1], base, True))
        else:
            out.append((part, base, False))
    return out


def read_source():
    meta, blocks, notes = {}, [], {}
    lines = open(SRC, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        if not ln.strip():
            continue
        if ln.startswith("@meta "):
            k, v = ln[6:].split(": ", 1)
            meta[k] = v
        elif ln.startswith("@box "):
            items = []
            while not lines[i].startswith("@endbox"):
                items.append(lines[i][2:])
                i += 1
            i += 1
            blocks.append(("box", ln[5:], items))
        elif ln.startswith("@table "):
            cap, cols = ln[7:].split(" | ")
            rows = []
            while not lines[i].startswith("@endtable"):
                rows.append([c.strip() for c in lines[i][2:].split(" | ")])
                i += 1
            i += 1
            blocks.append(("table", cap, [float(c) for c in cols.split()], rows))
        elif ln.startswith("@"):
            k, v = ln[1:].split(" ", 1)
            blocks.append((k, v))
        elif ln.startswith("[^"):
            m = re.match(r"\[\^(\d+)\]: (.*)", ln)
            notes[m.group(1)] = m.group(2)
        elif ln.startswith("### "):
            blocks.append(("h3", ln[4:]))
        elif ln.startswith("## "):
            blocks.append(("h2", ln[3:]))
        elif ln.startswith("# "):
            blocks.append(("h1", ln[2:]))
        elif ln.startswith("- "):
            blocks.append(("li", ln[2:]))
        else:
            blocks.append(("p", ln))
    return meta, blocks, notes


# ----------------------------------------------------------------------------- layout

class Line:
    def __init__(self, pieces, size, lead, x, color="0"):
        self.pieces, self.size, self.lead, self.x, self.color = pieces, size, lead, x, color
        self.refs = [t for t, s, sup in pieces if sup]


def wrap(pieces, size, maxw):
    """Greedy line breaking of (text, style, sup) pieces; -> list of piece lists."""
    tokens, cur = [], []
    for text, style, sup in pieces:
        for part in re.split(r"( )", text):
            if part == "":
                continue
            if part == " ":
                cur.append((" ", style, sup))
                tokens.append(cur)
                cur = []
            else:
                cur.append((part, style, sup))
    if cur:
        tokens.append(cur)

    def tw(tok, drop_space=False):
        w = 0.0
        for t, s, sup in tok:
            if drop_space and t == " ":
                continue
            w += width(t, s, size * 0.65 if sup else size)
        return w

    lines, line, lw = [], [], 0.0
    for tok in tokens:
        if line and lw + tw(tok, True) > maxw:
            lines.append(line)
            line, lw = [], 0.0
        line.append(tok)
        lw += tw(tok)
    if line:
        lines.append(line)
    out = []
    for ln in lines:
        ps = [p for tok in ln for p in tok]
        while ps and ps[-1][0] == " ":
            ps.pop()
        merged = []
        for t, s, sup in ps:
            if merged and merged[-1][1] == s and merged[-1][2] == sup:
                merged[-1] = (merged[-1][0] + t, s, sup)
            else:
                merged.append((t, s, sup))
        out.append(merged)
    return out


class Elem:
    def __init__(self, tag, parent=None):
        self.tag, self.parent, self.kids, self.obj = tag, parent, [], None
        if parent is not None:
            parent.kids.append(self)


class Page:
    def __init__(self, no):
        self.no = no
        self.ops = []
        self.mcid = 0
        self.parents = []       # struct elem per MCID
        self.fonts = set()
        self.notes = []         # footnote labels placed on this page
        self.cur = PAGE_H - MT

    def new_mcid(self, elem):
        m = self.mcid
        self.mcid += 1
        self.parents.append(elem)
        elem.kids.append((self, m))
        return m


USED = {"R": set(), "B": set(), "I": set()}


def text_ops(page, pieces, x, base, size, color="0"):
    ops = []
    for t, s, sup in pieces:
        USED[s].update(t)
        sz = size * 0.65 if sup else size
        y = base + (size * 0.35 if sup else 0)
        page.fonts.add(s)
        ops.append("BT\n/F%d %s Tf\n1 0 0 1 %s %s Tm\n%s\n%s\n[(%s)] TJ\nET"
                   % (" RBI".index(s), num(sz), num(x), num(y),
                      "0 g" if color == "0" else color + " rg",
                      "0 G" if color == "0" else color + " RG",
                      pdfstr(t).decode("latin-1")))
        x += width(t, s, sz)
    return ops


class Doc:
    def __init__(self, meta, notes):
        self.meta, self.notes = meta, notes
        self.pages = []
        self.root = Elem("Document")
        self.note_elems = []
        self.placed_notes = set()
        self.new_page()

    def new_page(self):
        self.page = Page(len(self.pages) + 1)
        self.pages.append(self.page)

    def note_pieces(self, lab):
        return [(lab, "R", True), (" " + self.notes[lab], "R", False)]

    def note_height(self, labels):
        h = 0.0
        for lab in labels:
            n = len(wrap(self.note_pieces(lab), 8, TW))
            h += n * 8 * 1.117 + 1.5
        return h

    def bottom(self, extra_notes=()):
        labels = self.page.notes + [l for l in extra_notes if l not in self.placed_notes
                                    and l not in self.page.notes]
        if not labels:
            return MB
        return MB + self.note_height(labels) + 12

    def fits(self, h, refs=()):
        return self.page.cur - h >= self.bottom(refs)

    def place_lines(self, elem, lines, space_before=0.0, space_after=0.0, keep=0.0, bullet=None):
        """Place a paragraph's lines, breaking pages (widow/orphan control, keep-with-next)."""
        page = self.page
        if page.cur < PAGE_H - MT - 1:
            page.cur -= space_before
        i = 0
        first = True
        while i < len(lines):
            ln = lines[i]
            h = ln.lead
            need = h + (keep if i == len(lines) - 1 else 0)
            if first and len(lines) > 1:
                need = h * 2
            if not self.fits(need, ln.refs):
                if page.cur < PAGE_H - MT - 1:
                    if not first and len(lines) - i == 1 and i >= 2:
                        pass
                    self.new_page()
                    page = self.page
            first = False
            base = page.cur - ln.size * 0.905
            ops = []
            if bullet is not None and i == 0:
                lbl = Elem("Lbl")
                lbl.parent = bullet
                bullet.kids.insert(0, lbl)
                m = page.new_mcid(lbl)
                ops.append("/Lbl <</MCID %d>> BDC" % m)
                ops += text_ops(page, [("\u2022", "R", False)], ln.x - 14.2, base, ln.size, ln.color)
                ops.append("EMC")
            m = page.new_mcid(elem)
            ops.append("/%s <</MCID %d>> BDC" % (elem.tag, m))
            ops += text_ops(page, ln.pieces, ln.x, base, ln.size, ln.color)
            ops.append("EMC")
            page.ops += ops
            page.cur -= h
            for r in ln.refs:
                if r not in self.placed_notes and r not in page.notes:
                    page.notes.append(r)
                    self.placed_notes.add(r)
            i += 1
        page.cur -= space_after

    def para(self, tag, pieces, size, x=ML, w=TW, before=0, after=6, color="0", keep=0.0, parent=None,
             bullet=None):
        elem = Elem(tag, parent or self.root)
        lines = [Line(p, size, size * 1.117, x, color) for p in wrap(pieces, size, w)]
        self.place_lines(elem, lines, before, after, keep, bullet)
        return elem

    def rule(self, x, y, w, h, color="0"):
        self.page.ops.append("/Artifact BMC\nq\n%s\n%s %s %s %s re\nf*\nQ\nEMC"
                             % ("0 g" if color == "0" else color + " rg", num(x), num(y), num(w), num(h)))

    def box(self, title, items):
        size = 9.5
        pad = 7.0
        x0 = ML + pad
        inner = TW - 2 * pad
        blocks = [wrap([(title, "B", False)], 11, inner)]
        for it in items:
            blocks.append(wrap(parse_runs(it), size, inner - 14.2))
        h = pad + 11 * 1.117 + 3
        for b in blocks[1:]:
            h += len(b) * size * 1.117 + 3
        h += pad - 3
        if not self.fits(h + 8):
            self.new_page()
        page = self.page
        top = page.cur
        page.ops.append("/Artifact BMC\nq\n%s rg\n%s %s %s %s re\nf*\nQ\nEMC"
                        % (GREY, num(ML), num(top - h), num(TW), num(h)))
        for (x, y, w, hh) in ((ML, top - 0.75, TW, 0.75), (ML, top - h, TW, 0.75),
                              (ML, top - h, 0.75, h), (ML + TW - 0.75, top - h, 0.75, h)):
            self.rule(x, y, w, hh, BLUE)
        page.cur = top - pad
        sect = Elem("Sect", self.root)
        self.para("P", [(title, "B", False)], 11, x=x0, w=inner, after=3, color=BLUE, parent=sect)
        lst = Elem("L", sect)
        for it in items:
            li = Elem("LI", lst)
            body = Elem("LBody", li)
            lines = [Line(p, size, size * 1.117, x0 + 14.2) for p in wrap(parse_runs(it), size, inner - 14.2)]
            self.place_lines(body, lines, 0, 3, bullet=li)
        page.cur = top - h - 10

    def table(self, cap, cols, rows):
        size = 9.5
        pad = 5.4
        scale = TW / sum(cols)
        cols = [c * scale for c in cols]
        self.para("P", [(cap, "B", False)], 9, before=4, after=3, color=BLUE, keep=40)
        tbl = Elem("Table", self.root)

        def cell_lines(r, header):
            style = "B" if header else "R"
            out = []
            for c, txt in zip(cols, r):
                pieces = [(txt, "B", False)] if header else parse_runs(txt, style)
                out.append(wrap(pieces, size, c - 2 * pad))
            hgt = max(len(c) for c in out) * size * 1.117 + 6
            return out, hgt

        head_cells, head_h = cell_lines(rows[0], True)

        def draw_row(cells, hgt, header, tr):
            page = self.page
            top = page.cur
            if header:
                page.ops.append("/Artifact BMC\nq\n%s rg\n%s %s %s %s re\nf*\nQ\nEMC"
                                % (SHADE, num(ML), num(top - hgt), num(TW), num(hgt)))
            x = ML
            for ci, (c, lines) in enumerate(zip(cols, cells)):
                el = Elem("TH" if header else "TD", tr)
                p = Elem("P", el)
                m = page.new_mcid(p)
                ops = ["/P <</MCID %d>> BDC" % m]
                y = top - 3
                for pieces in lines:
                    ops += text_ops(page, pieces, x + pad, y - size * 0.905, size)
                    y -= size * 1.117
                ops.append("EMC")
                page.ops += ops
                x += c
            # borders
            self.rule(ML, top - 0.5, TW, 0.5)
            self.rule(ML, top - hgt - 0.5, TW, 0.5)
            x = ML
            for c in cols + [0]:
                self.rule(x - (0.5 if c == 0 else 0), top - hgt - 0.5, 0.5, hgt + 0.5)
                x += c
            page.cur = top - hgt

        first = True
        for ri, r in enumerate(rows[1:]):
            cells, hgt = cell_lines(r, False)
            if first or not self.fits(hgt):
                if not self.fits(hgt + (head_h if first else 0)):
                    self.new_page()
                tr = Elem("TR", tbl)
                draw_row(head_cells, head_h, True, tr)
                first = False
            tr = Elem("TR", tbl)
            draw_row(cells, hgt, False, tr)
        self.page.cur -= 10

    def finish_page_furniture(self, total):
        for page in self.pages:
            ops = []
            # footnotes
            if page.notes:
                y = MB + self.note_height(page.notes)
                ops.append("/Artifact BMC\nq\n0 g\n%s %s 144 0.5 re\nf*\nQ\nEMC" % (num(ML), num(y + 5)))
                for lab in page.notes:
                    el = Elem("Footnote", self.root)
                    lines = wrap(self.note_pieces(lab), 8, TW)
                    m = page.new_mcid(el)
                    ops.append("/Footnote <</MCID %d>> BDC" % m)
                    for pieces in lines:
                        ops += text_ops(page, pieces, ML, y - 8 * 0.905, 8)
                        y -= 8 * 1.117
                    ops.append("EMC")
                    y -= 1.5
            # header (pages after the first) and footer
            if page.no > 1:
                ops.append("/Artifact <</Attached [/Top]/Type/Pagination/Subtype/Header>> BDC")
                ops += text_ops(page, [(self.meta["title"], "I", False)], ML, PAGE_H - 34, 8, "0.4 0.4 0.4")
                ops.append("EMC")
                ops.append("/Artifact BMC\nq\n%s rg\n%s %s %s 0.5 re\nf*\nQ\nEMC"
                           % (BLUE, num(ML), num(PAGE_H - 38), num(TW)))
            ops.append("/Artifact <</Attached [/Bottom]/Type/Pagination/Subtype/Footer>> BDC")
            ops.append("q\n%s rg\n%s 44 %s 0.5 re\nf*\nQ" % (BLUE, num(ML), num(TW)))
            ops += text_ops(page, [(self.meta["footer"], "R", False)], ML, 32, 8, "0.4 0.4 0.4")
            pn = "Page %d of %d" % (page.no, total)
            ops += text_ops(page, [(pn, "R", False)], PAGE_W - MR - width(pn, "R", 8), 32, 8, "0.4 0.4 0.4")
            ops.append("EMC")
            page.ops += ops


def layout():
    meta, blocks, notes = read_source()
    d = Doc(meta, notes)
    for b in blocks:
        kind = b[0]
        if kind == "org":
            d.para("P", [(b[1], "B", False)], 9, after=2, color=BLUE)
            d.rule(ML, d.page.cur, TW, 1.5, BLUE)
            d.page.cur -= 10
        elif kind == "kicker":
            d.para("P", [(b[1], "I", False)], 12, after=2, color=BLUE)
        elif kind == "title":
            d.para("H1", [(b[1], "B", False)], 20, after=4, color=BLUE)
        elif kind == "subtitle":
            d.para("P", [(b[1], "R", False)], 9.5, after=2)
        elif kind == "byline":
            d.para("P", [(b[1], "I", False)], 8.5, after=10, color="0.4 0.4 0.4")
        elif kind == "info":
            d.para("P", parse_runs(b[1]), 10, after=10)
        elif kind == "box":
            d.box(b[1], b[2])
        elif kind == "h1":
            d.para("H1", [(b[1], "B", False)], 12, before=10, after=6, color=BLUE, keep=62)
        elif kind == "h2":
            d.para("H2", [(b[1], "B", False)], 10.5, before=6, after=4, color=BLUE, keep=62)
        elif kind == "h3":
            d.para("H3", [(b[1], "B", False)], 10, before=4, after=4, keep=40)
        elif kind == "p":
            d.para("P", parse_runs(b[1]), 10, after=6)
        elif kind == "li":
            lst = d.root.kids[-1] if d.root.kids and d.root.kids[-1].tag == "L" else Elem("L", d.root)
            li = Elem("LI", lst)
            body = Elem("LBody", li)
            lines = [Line(p, 10, 11.17, ML + 14.2) for p in wrap(parse_runs(b[1]), 10, TW - 14.2)]
            d.place_lines(body, lines, 0, 4, bullet=li)
        elif kind == "table":
            d.table(b[1], b[2], b[3])
        elif kind == "disclaimer":
            if not d.fits(60):
                d.new_page()
            d.page.cur -= 8
            d.rule(ML, d.page.cur, TW, 0.5)
            d.page.cur -= 4
            d.para("P", [(b[1], "R", False)], 7, after=0, color="0.35 0.35 0.35")
    d.finish_page_furniture(len(d.pages))
    return d


# ----------------------------------------------------------------------------- writer

def utf16(s):
    b = b"\xfe\xff" + s.encode("utf-16-be")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def build(d):
    meta = d.meta
    objs = {}
    counter = [0]

    def alloc():
        counter[0] += 1
        return counter[0]

    cat, pages_obj = alloc(), alloc()
    font_objs = {}
    page_objs = []
    for page in d.pages:
        po, co = alloc(), alloc()
        page.obj = po
        page_objs.append(po)
        for s in "RBI":
            if s in page.fonts and s not in font_objs:
                font_objs[s] = (alloc(), alloc())
        stream = zlib.compress(("\n".join(page.ops) + "\n").encode("latin-1"), 9)
        objs[co] = b"<</Filter/FlateDecode/Length %d>>\r\nstream\r\n" % len(stream) + stream + b"\r\nendstream"
        page.content = co
    info = alloc()
    st_root, rolemap, ptree = alloc(), alloc(), alloc()

    def number(e):
        e.obj = alloc()
        for k in e.kids:
            if isinstance(k, Elem):
                number(k)

    number(d.root)
    xmp_obj, vp_obj = alloc(), alloc()
    widths_objs = {s: alloc() for s in font_objs}
    file_objs = {s: alloc() for s in font_objs}

    for page in d.pages:
        fonts = "".join("/F%d %d 0 R" % (" RBI".index(s), font_objs[s][0]) for s in "RBI" if s in page.fonts)
        objs[page.obj] = (("<</Type/Page/Parent %d 0 R/Resources<</Font<<%s>>/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>"
                           "/MediaBox[ 0 0 %s %s] /Contents %d 0 R/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>"
                           "/Tabs/S/StructParents %d>>")
                          % (pages_obj, fonts, num(PAGE_W), num(PAGE_H), page.content, page.no - 1)).encode()
    objs[pages_obj] = ("<</Type/Pages/Count %d/Kids[ %s] >>"
                       % (len(d.pages), " ".join("%d 0 R" % p for p in page_objs))).encode()
    objs[cat] = ("<</Type/Catalog/Pages %d 0 R/Lang(en-IN) /StructTreeRoot %d 0 R/MarkInfo<</Marked true>>"
                 "/Metadata %d 0 R/ViewerPreferences %d 0 R>>" % (pages_obj, st_root, xmp_obj, vp_obj)).encode()

    # fonts: collect characters used per style
    used = USED
    for s, (fo, fdo) in font_objs.items():
        ttf = FONTS[s]
        _, psname, tag = FACES[s]
        codes = sorted(c.encode("cp1252")[0] for c in used[s])
        first, last = 32, max(codes)
        ws = []
        for code in range(first, last + 1):
            ch = bytes([code]).decode("cp1252", errors="replace")
            if ch in used[s] or code == 32:
                ws.append(str(round(ttf.adv[ttf.cmap.get(ord(ch), 0)] * 1000 / ttf.upem)))
            else:
                ws.append("0")
        objs[widths_objs[s]] = ("[ %s] " % " ".join(ws)).encode()
        objs[fo] = ("<</Type/Font/Subtype/TrueType/Name/F%d/BaseFont/%s+%s/Encoding/WinAnsiEncoding"
                    "/FontDescriptor %d 0 R/FirstChar %d/LastChar %d/Widths %d 0 R>>"
                    % (" RBI".index(s), tag, psname, fdo, first, last, widths_objs[s])).encode()
        k = 1000.0 / ttf.upem
        bb = [round(v * k) for v in ttf.bbox]
        objs[fdo] = (("<</Type/FontDescriptor/FontName/%s+%s/Flags 32/ItalicAngle %s/Ascent %d/Descent %d"
                      "/CapHeight %d/AvgWidth %d/MaxWidth %d/FontWeight %d/XHeight 250/Leading 33/StemV %d"
                      "/FontBBox[ %d %d %d %d] /FontFile2 %d 0 R>>")
                     % (tag, psname, num(ttf.italic), round(ttf.ascent * k), round(ttf.descent * k),
                        bb[3], round(ttf.avgw * k), max(ttf.adv) * 1000 // ttf.upem, ttf.weight,
                        47 if s == "B" else 44, bb[0], bb[1], bb[2], bb[3], file_objs[s])).encode()
        sub = ttf.subset(used[s] | {" "})
        comp = zlib.compress(sub, 9)
        objs[file_objs[s]] = (b"<</Filter/FlateDecode/Length %d/Length1 %d>>\r\nstream\r\n" % (len(comp), len(sub))
                              + comp + b"\r\nendstream")

    creator = "Microsoft\u00ae Word for Microsoft 365"
    cdate = meta["created"]
    pdfdate = "D:" + re.sub(r"[-:T]", "", cdate[:19]) + cdate[19:22] + "'" + cdate[23:25] + "'"
    objs[info] = (b"<</Title(" + pdfstr(meta["title"]) + b") /Author(" + pdfstr(meta["author"])
                  + b") /Creator(" + utf16(creator) + b") /CreationDate(" + pdfstr(pdfdate)
                  + b") /ModDate(" + pdfstr(pdfdate) + b") /Producer(" + utf16(creator) + b") >>")
    objs[vp_obj] = b"<</DisplayDocTitle true>>"

    # structure tree
    def elem_obj(e):
        kids = []
        pg = None
        for k in e.kids:
            if isinstance(k, Elem):
                kids.append("%d 0 R" % k.obj)
            else:
                page, m = k
                if pg is None:
                    pg = page
                if page is pg:
                    kids.append("%d" % m)
                else:
                    kids.append("<</Type/MCR/Pg %d 0 R/MCID %d>> " % (page.obj, m))
        parent = e.parent.obj if e.parent is not None else st_root
        s = "<</Type/StructElem/S/%s/P %d 0 R/K[ %s] " % (e.tag, parent, " ".join(kids))
        if pg is not None:
            s += "/Pg %d 0 R" % pg.obj
        objs[e.obj] = (s + ">>").encode()
        for k in e.kids:
            if isinstance(k, Elem):
                elem_obj(k)

    elem_obj(d.root)
    objs[st_root] = ("<</Type/StructTreeRoot/RoleMap %d 0 R/ParentTree %d 0 R/K[ %d 0 R] /ParentTreeNextKey %d>>"
                     % (rolemap, ptree, d.root.obj, len(d.pages))).encode()
    objs[rolemap] = (b"<</Footnote/Note/Endnote/Note/Textbox/Sect/Header/Sect/Footer/Sect/InlineShape/Sect"
                     b"/Annotation/Sect/Artifact/Sect/Workbook/Document/Worksheet/Part/Macrosheet/Part"
                     b"/Chartsheet/Part/Dialogsheet/Part/Slide/Part/Chart/Sect/Diagram/Figure/Title/H1>>")
    objs[ptree] = ("<</Nums[ %s] >>" % " ".join(
        "%d[ %s] " % (p.no - 1, " ".join("%d 0 R" % e.obj for e in p.parents)) for p in d.pages)).encode()

    # XMP
    h = hashlib.md5(open(SRC, "rb").read()).hexdigest().upper()
    uuid = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    xmp = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="3.1-701">\n'
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
           '<rdf:Description rdf:about=""  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
           '<pdf:Producer>%s</pdf:Producer></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>'
           '<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
           '<xmp:CreatorTool>%s</xmp:CreatorTool><xmp:CreateDate>%s</xmp:CreateDate>'
           '<xmp:ModifyDate>%s</xmp:ModifyDate></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n'
           '<xmpMM:DocumentID>uuid:%s</xmpMM:DocumentID><xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID></rdf:Description>\n'
           '</rdf:RDF></x:xmpmeta>\n' % (creator, meta["title"], meta["author"], creator, cdate, cdate, uuid, uuid))
    xmp += ("                                                                                                    \n" * 20)
    xmp += '<?xpacket end="w"?>'
    xb = xmp.encode("utf-8")
    objs[xmp_obj] = b"<</Type/Metadata/Subtype/XML/Length %d>>\r\nstream\r\n" % len(xb) + xb + b"\r\nendstream"

    out = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\r\n" % n + objs[n] + b"\r\nendobj\r\n"
    size = counter[0] + 1
    xref = len(out)
    out += b"xref\r\n0 %d\r\n0000000000 65535 f\r\n" % size
    for n in range(1, size):
        out += b"%010d 00000 n\r\n" % offsets[n]
    out += (b"trailer\r\n<</Size %d/Root %d 0 R/Info %d 0 R/ID[<%s><%s>] >>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n"
            % (size, cat, info, h.encode(), h.encode(), xref))
    return bytes(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build(layout())
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
