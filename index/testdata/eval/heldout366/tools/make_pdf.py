#!/usr/bin/python3
"""Re-make docs/pib-pm-vishwakarma-two-years.pdf from tools/pib-pm-vishwakarma-two-years.txt.

The output is a Press Information Bureau release page (pib.gov.in/PressReleasePage.aspx) as
Chrome 140 on Linux prints it with "Save as PDF" (A4, default margins, headers and footers on):
PDF 1.4 written the way Skia/PDF writes it - an Info dictionary naming Chrome's user agent as
Creator and "Skia/PDF m140" as Producer, the print time as CreationDate, pages whose content
streams start by flipping the y axis ("1 0 0 -1 0 841.91998 cm"), text drawn glyph by glyph as
two-byte glyph ids of embedded TrueType subsets (Type0 / CIDFontType2, Identity-H, original glyph
ids kept, a W array and a ToUnicode CMap), marked content (MCIDs) with a structure tree (Document,
H1, P, L/LI, Table/TR/TH/TD) and Artifact marks around the browser's header and footer, the site
logo as a Flate image, link annotations on the "Read this release in" languages, a classic xref
table and a trailer with an ID.  Chrome's header (print date and time at the left, the page title
in the middle) and footer (the URL at the left, "page/pages" at the right) are on every page.
The fonts are subsets of Liberation Sans and Liberation Serif (SIL Open Font License) kept below
as base64 zlib data, so the script needs nothing but the standard library.
Source marks: "@key value" lines for the page furniture, "=" headings, "* " bullets, "|" table
rows (the first is the header row), other lines are paragraphs (numbered as typed).
Run: /usr/bin/python3 tools/make_pdf.py [output path]
"""
import base64
import hashlib
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pib-pm-vishwakarma-two-years.txt")
OUT = os.path.join(HERE, "..", "docs", "pib-pm-vishwakarma-two-years.pdf")

PW, PH = 594.95996, 841.91998
LEFT, RIGHT = 54.0, PW - 54.0
TOP, BOTTOM = 44.0, PH - 46.0
CREATOR = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/140.0.0.0 Safari/537.36")
PRODUCER = "Skia/PDF m140"
STAMP = "D:20250918051744+00'00'"


def num(v):
    if abs(v - round(v)) < 1e-6:
        return "%d" % round(v)
    s = ("%.5f" % v).rstrip("0").rstrip(".")
    return s


class Font:
    def __init__(self, key, psname, family, tag, resname):
        self.key, self.psname, self.family, self.tag, self.res = key, psname, family, tag, resname
        self.stream = base64.b64decode("".join(FONTDATA[key]))
        self.data = zlib.decompress(self.stream)
        self.tables = {}
        n = struct.unpack(">H", self.data[4:6])[0]
        for i in range(n):
            tg, _, off, ln = struct.unpack(">4sIII", self.data[12 + 16 * i:28 + 16 * i])
            self.tables[tg] = self.data[off:off + ln]
        head = self.tables[b"head"]
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        hhea = self.tables[b"hhea"]
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        nhm = struct.unpack(">H", hhea[34:36])[0]
        hmtx = self.tables[b"hmtx"]
        self.adv = [struct.unpack(">H", hmtx[4 * i:4 * i + 2])[0] for i in range(nhm)]
        os2 = self.tables[b"OS/2"]
        self.cap = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else self.ascent
        self.cmap = self._cmap()
        self.used = set()

    def _cmap(self):
        cm = self.tables[b"cmap"]
        n = struct.unpack(">H", cm[2:4])[0]
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", cm[4 + 8 * i:12 + 8 * i])
            if (pid, eid) != (3, 1):
                continue
            st = cm[off:]
            seg = struct.unpack(">H", st[6:8])[0] // 2
            ends = struct.unpack(">%dH" % seg, st[14:14 + 2 * seg])
            starts = struct.unpack(">%dH" % seg, st[16 + 2 * seg:16 + 4 * seg])
            deltas = struct.unpack(">%dh" % seg, st[16 + 4 * seg:16 + 6 * seg])
            rpos = 16 + 6 * seg
            roffs = struct.unpack(">%dH" % seg, st[rpos:rpos + 2 * seg])
            m = {}
            for s in range(seg):
                for c in range(starts[s], ends[s] + 1):
                    if c == 0xFFFF:
                        continue
                    if roffs[s] == 0:
                        g = (c + deltas[s]) & 0xFFFF
                    else:
                        p = rpos + 2 * s + roffs[s] + 2 * (c - starts[s])
                        g = struct.unpack(">H", st[p:p + 2])[0]
                        if g:
                            g = (g + deltas[s]) & 0xFFFF
                    m[c] = g
            return m
        raise ValueError("no unicode cmap")

    def gid(self, ch):
        return self.cmap.get(ord(ch), self.cmap.get(0x20))

    def advance(self, g):
        return self.adv[g] if g < len(self.adv) else self.adv[-1]

    def width(self, text, size):
        return sum(self.advance(self.gid(c)) for c in text) * size / self.upem

    def encode(self, text):
        out = []
        for c in text:
            g = self.gid(c)
            self.used.add((g, " " if c == "\u00a0" else c))
            out.append("%04X" % g)
        return "<" + "".join(out) + ">"


FONTS = {}


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if font.width(trial, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, meta):
        self.meta = meta
        self.pages = []       # each: dict(ops=[], mcid=0, annots=[])
        self.struct = []      # (type, parent_index or None, [(page, mcid)])
        self.y = 0
        self.new_page()

    def new_page(self):
        self.pages.append({"ops": [], "mcid": 0, "annots": []})
        self.y = TOP

    @property
    def page(self):
        return self.pages[-1]

    def elem(self, typ, parent=None):
        self.struct.append([typ, parent, []])
        return len(self.struct) - 1

    def text(self, el, font, size, x, y, s):
        p = self.page
        mc = p["mcid"]
        p["mcid"] += 1
        self.struct[el][2].append((len(self.pages) - 1, mc))
        p["ops"].append("/P <</MCID %d >>BDC\nBT\n/%s %s Tf\n1 0 0 -1 %s %s Tm\n%s Tj\nET\nEMC"
                        % (mc, font.res, num(size), num(x), num(y), font.encode(s)))

    def raw(self, op):
        self.page["ops"].append(op)

    def need(self, h):
        if self.y + h > BOTTOM:
            self.new_page()


def parse(src):
    meta, blocks = {}, []
    for line in open(src, encoding="utf-8").read().split("\n"):
        if not line.strip():
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            if k in ("end",):
                blocks.append(("end", v))
            elif k in ("release", "counter", "langs"):
                blocks.append((k, v))
            else:
                meta[k] = v
        elif line.startswith("="):
            blocks.append(("h", line[1:]))
        elif line.startswith("* "):
            blocks.append(("li", line[2:]))
        elif line.startswith("|"):
            cells = line[1:].split("|")
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        else:
            blocks.append(("p", line))
    return meta, blocks


def layout(meta, blocks):
    sans, serif, bold = FONTS["sans"], FONTS["serif"], FONTS["serifbold"]
    d = Doc(meta)
    root = d.elem("Document")
    # site header: logo, site name, a rule
    d.raw("q\n46 0 0 -46 %s 82 cm\n/X9 Do\nQ" % num(LEFT))
    el = d.elem("P", root)
    d.text(el, sans, 17, LEFT + 56, 58, "Press Information Bureau")
    el = d.elem("P", root)
    d.text(el, sans, 10.5, LEFT + 56, 74, "Government of India")
    d.raw("q\n0.83529 0.83529 0.83529 rg\n%s 92 %s 1.2 re\nf\nQ" % (num(LEFT), num(RIGHT - LEFT)))
    d.y = 118
    el = d.elem("P", root)
    w = serif.width(meta["ministry"], 11.5)
    d.text(el, serif, 11.5, (PW - w) / 2, d.y, meta["ministry"])
    d.y += 26
    el = d.elem("H1", root)
    for line in wrap(meta["title"], bold, 14.5, 430):
        w = bold.width(line, 14.5)
        d.text(el, bold, 14.5, (PW - w) / 2, d.y, line)
        d.y += 19
    d.y += 6
    el = d.elem("P", root)
    w = serif.width(meta["posted"], 10.5)
    d.text(el, serif, 10.5, (PW - w) / 2, d.y, meta["posted"])
    d.y += 28
    lst = None
    size, lead = 10.5, 15.2
    for kind, val in blocks:
        if kind != "li":
            if lst is not None:
                d.y += 5
            lst = None
        if kind == "h":
            d.y += 5
            d.need(lead * 2)
            el = d.elem("P", root)
            d.text(el, bold, size, LEFT, d.y, val)
            d.y += lead + 3
        elif kind == "li":
            if lst is None:
                lst = d.elem("L", root)
            li = d.elem("LI", lst)
            lines = wrap(val, serif, size, RIGHT - LEFT - 26)
            for i, line in enumerate(lines):
                d.need(lead)
                if i == 0:
                    d.text(li, serif, size, LEFT + 12, d.y, "\u2022")
                d.text(li, serif, size, LEFT + 26, d.y, line)
                d.y += lead
            d.y += 2
            if lst is not None:
                pass
        elif kind == "p":
            el = d.elem("P", root)
            for line in wrap(val, serif, size, RIGHT - LEFT):
                d.need(lead)
                d.text(el, serif, size, LEFT, d.y, line)
                d.y += lead
            d.y += 7
        elif kind == "table":
            tbl = d.elem("Table", root)
            cols = [40.0, 116.0, RIGHT - LEFT - 156.0]
            csize, clead, pad = 10.0, 13.4, 5.0
            for r, row in enumerate(val):
                font = bold if r == 0 else serif
                tr = d.elem("TR", tbl)
                wrapped = [wrap(c, font, csize, cols[i] - 2 * pad) for i, c in enumerate(row)]
                h = max(len(x) for x in wrapped) * clead + 2 * pad + 1
                if d.y + h > BOTTOM:
                    d.new_page()
                top = d.y
                if r == 0:
                    d.raw("q\n0.93333 0.93333 0.93333 rg\n%s %s %s %s re\nf\nQ"
                          % (num(LEFT), num(top), num(RIGHT - LEFT), num(h)))
                x = LEFT
                for i, lines in enumerate(wrapped):
                    cell = d.elem("TH" if r == 0 else "TD", tr)
                    yy = top + pad + csize
                    for line in lines:
                        d.text(cell, font, csize, x + pad, yy, line)
                        yy += clead
                    x += cols[i]
                # borders of this row
                segs = ["%s %s m\n%s %s l" % (num(LEFT), num(top), num(RIGHT), num(top)),
                        "%s %s m\n%s %s l" % (num(LEFT), num(top + h), num(RIGHT), num(top + h))]
                x = LEFT
                for cw in cols + [0]:
                    segs.append("%s %s m\n%s %s l" % (num(x), num(top), num(x), num(top + h)))
                    x += cw
                d.raw("q\n0.50196 0.50196 0.50196 RG\n0.75 w\n0 J\n%s\nS\nQ" % "\n".join(segs))
                d.y = top + h
            d.y += 12
        elif kind == "end":
            el = d.elem("P", root)
            d.need(lead)
            if val == "***":
                w = serif.width(val, size)
                d.text(el, serif, size, (PW - w) / 2, d.y, val)
                d.y += lead + 4
            else:
                d.text(el, serif, size, LEFT, d.y, val)
                d.y += lead + 6
        elif kind in ("release", "counter"):
            el = d.elem("P", root)
            d.need(lead)
            d.text(el, serif, size, LEFT, d.y, val)
            d.y += lead + 4
        elif kind == "langs":
            el = d.elem("P", root)
            d.need(lead)
            head, _, rest = val.partition(": ")
            d.text(el, bold, size, LEFT, d.y, head + ":")
            x = LEFT + bold.width(head + ": ", size)
            d.text(el, serif, size, x, d.y, rest)
            links = {"Hindi": 2167412, "Marathi": 2167455, "Tamil": 2167468, "Kannada": 2167480,
                     "Gujarati": 2167502}
            pos = 0
            for name in [s.strip() for s in rest.split(",")]:
                i = rest.index(name, pos)
                x0 = x + serif.width(rest[:i], size)
                x1 = x0 + serif.width(name, size)
                pos = i + len(name)
                d.page["annots"].append(((x0, d.y - 9.5, x1, d.y + 2.5),
                                         "https://www.pib.gov.in/PressReleasePage.aspx?PRID=%d" % links[name]))
            d.y += lead
    return d


def furniture(d):
    sans = FONTS["sans"]
    n = len(d.pages)
    for i, p in enumerate(d.pages):
        ops = []
        left = d.meta["printed"]
        ops.append("/Artifact <</Type /Pagination /Subtype /Header >>BDC\nBT\n/%s 8 Tf\n1 0 0 -1 %s 21.5 Tm\n%s Tj\nET"
                   % (sans.res, num(22.5), sans.encode(left)))
        t = d.meta["pagetitle"]
        w = sans.width(t, 8)
        ops.append("BT\n/%s 8 Tf\n1 0 0 -1 %s 21.5 Tm\n%s Tj\nET\nEMC" % (sans.res, num((PW - w) / 2), sans.encode(t)))
        u = d.meta["url"]
        ops.append("/Artifact <</Type /Pagination /Subtype /Footer >>BDC\nBT\n/%s 8 Tf\n1 0 0 -1 %s %s Tm\n%s Tj\nET"
                   % (sans.res, num(22.5), num(PH - 14.5), sans.encode(u)))
        pg = "%d/%d" % (i + 1, n)
        w = sans.width(pg, 8)
        ops.append("BT\n/%s 8 Tf\n1 0 0 -1 %s %s Tm\n%s Tj\nET\nEMC" % (sans.res, num(PW - 22.5 - w), num(PH - 14.5), sans.encode(pg)))
        p["ops"] = p["ops"] + ops


def logo():
    # a 64x64 RGB picture standing for the PIB emblem: navy disc, white ring, saffron dot
    w = h = 64
    rows = []
    for yy in range(h):
        row = bytearray()
        for xx in range(w):
            dx, dy = xx - 31.5, yy - 31.5
            r2 = dx * dx + dy * dy
            if r2 < 9 * 9:
                c = (0xF0, 0x8A, 0x24)
            elif r2 < 22 * 22:
                c = (0xFF, 0xFF, 0xFF) if r2 > 19 * 19 else (0x1C, 0x3F, 0x7A)
            elif r2 < 31 * 31:
                c = (0x1C, 0x3F, 0x7A)
            else:
                c = (0xFF, 0xFF, 0xFF)
            row += bytes(c)
        rows.append(bytes(row))
    return zlib.compress(b"".join(rows)), w, h


class Writer:
    def __init__(self):
        self.objs = {}

    def put(self, n, body):
        self.objs[n] = body

    def stream(self, n, dict_extra, data):
        self.objs[n] = ("<<%s/Length %d>> stream\n" % (dict_extra, len(data))).encode("latin-1") + data + b"\nendstream"

    def render(self, root, info):
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offs = {}
        for n in sorted(self.objs):
            offs[n] = len(out)
            body = self.objs[n]
            if isinstance(body, str):
                body = body.encode("latin-1")
            out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
        xref = len(out)
        size = max(self.objs) + 1
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for n in range(1, size):
            out += b"%010d 00000 n \n" % offs[n]
        fid = hashlib.md5(bytes(out)).hexdigest().upper()
        out += ("trailer\n<</Size %d\n/Root %d 0 R\n/Info %d 0 R\n/ID [<%s> <%s>]>>\nstartxref\n%d\n%%%%EOF"
                % (size, root, info, fid, fid, xref)).encode("latin-1")
        return bytes(out)


def pdfstr(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def tounicode(font):
    pairs = sorted(set(font.used))
    seen, rows = set(), []
    for g, c in pairs:
        if g in seen:
            continue
        seen.add(g)
        rows.append("<%04X> <%s>" % (g, "".join("%04X" % ord(x) for x in c)))
    chunks = []
    for i in range(0, len(rows), 100):
        part = rows[i:i + 100]
        chunks.append("%d beginbfchar\n%s\nendbfchar" % (len(part), "\n".join(part)))
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n"
            "<<  /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n"
            "/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n%s\nendcmap\n"
            "CMapName currentdict /CMap defineresource pop\nend\nend" % "\n".join(chunks)).encode("latin-1")


def build(src):
    FONTS.clear()
    FONTS["sans"] = Font("sans", "LiberationSans", "Liberation Sans", "AAAAAA", "F4")
    FONTS["serif"] = Font("serif", "LiberationSerif", "Liberation Serif", "BAAAAA", "F5")
    FONTS["serifbold"] = Font("serifbold", "LiberationSerif-Bold", "Liberation Serif", "CAAAAA", "F6")
    meta, blocks = parse(src)
    d = layout(meta, blocks)
    furniture(d)
    w = Writer()
    info = 1
    w.put(1, "<</Title %s\n/Creator %s\n/Producer %s\n/CreationDate %s\n/ModDate %s>>"
          % (pdfstr(meta["pagetitle"]), pdfstr(CREATOR), pdfstr(PRODUCER), pdfstr(STAMP), pdfstr(STAMP)))
    w.put(3, "<</ca 1\n/BM /Normal>>")
    n = 4
    font_refs = {}
    order = ["sans", "serif", "serifbold"]
    font_objs = {}
    for k in order:
        font_objs[k] = n
        n += 5
    img = n
    n += 1
    page_objs = []
    for p in d.pages:
        page_objs.append(n)
        n += 2 + len(p["annots"])
    struct_root = n
    n += 1
    parent_tree = n
    n += 1
    elem_base = n
    n += len(d.struct)
    catalog = n
    # fonts (after layout, so the used glyphs are known)
    for k in order:
        f = FONTS[k]
        o = font_objs[k]
        name = "%s+%s" % (f.tag, f.psname)
        font_refs[f.res] = o
        w.put(o, "<</Type /Font\n/Subtype /Type0\n/BaseFont /%s\n/Encoding /Identity-H\n/DescendantFonts [%d 0 R]\n/ToUnicode %d 0 R>>"
              % (name, o + 1, o + 4))
        gids = sorted(set(g for g, _ in f.used))
        warr, run = [], []
        prev = None
        for g in gids:
            wd = num(f.advance(g) * 1000.0 / f.upem)
            if prev is not None and g == prev + 1:
                run[1].append(wd)
            else:
                run = [g, [wd]]
                warr.append(run)
            prev = g
        wtxt = " ".join("%d [%s]" % (a, " ".join(b)) for a, b in warr)
        w.put(o + 1, "<</Type /Font\n/Subtype /CIDFontType2\n/BaseFont /%s\n/CIDSystemInfo <</Registry (Adobe)\n/Ordering (Identity)\n/Supplement 0>>\n/FontDescriptor %d 0 R\n/DW 0\n/CIDToGIDMap /Identity\n/W [%s]>>"
              % (name, o + 2, wtxt))
        sc = 1000.0 / f.upem
        bb = " ".join(num(v * sc) for v in f.bbox)
        w.put(o + 2, "<</Type /FontDescriptor\n/FontName /%s\n/FontFamily %s\n/Flags %d\n/FontBBox [%s]\n/ItalicAngle 0\n/Ascent %s\n/Descent %s\n/CapHeight %s\n/StemV 0\n/FontFile2 %d 0 R>>"
              % (name, pdfstr(f.family), 32 if k == "sans" else 34, bb, num(f.ascent * sc), num(f.descent * sc), num(f.cap * sc), o + 3))
        w.stream(o + 3, "/Filter /FlateDecode\n/Length1 %d\n" % len(f.data), f.stream)
        w.stream(o + 4, "/Filter /FlateDecode\n", zlib.compress(tounicode(f)))
    data, iw, ih = logo()
    w.stream(img, "/Type /XObject\n/Subtype /Image\n/Width %d\n/Height %d\n/ColorSpace /DeviceRGB\n/BitsPerComponent 8\n/Filter /FlateDecode\n" % (iw, ih), data)
    fonts_res = "".join("/%s %d 0 R" % (r, o) for r, o in sorted(font_refs.items()))
    for i, p in enumerate(d.pages):
        po = page_objs[i]
        content = "1 0 0 -1 0 %s cm\nq\n/G3 gs\n%s\nQ" % (num(PH), "\n".join(p["ops"]))
        annots = ""
        if p["annots"]:
            annots = "\n/Annots [%s]" % " ".join("%d 0 R" % (po + 2 + j) for j in range(len(p["annots"])))
        xobj = "\n/XObject <</X9 %d 0 R>>" % img if i == 0 else ""
        w.put(po, "<</Type /Page\n/Resources <</ProcSet [/PDF /Text /ImageB /ImageC /ImageI]\n/ExtGState <</G3 3 0 R>>\n/Font <<%s>>%s>>\n/MediaBox [0 0 %s %s]\n/Contents %d 0 R\n/StructParents %d%s\n/Parent 2 0 R\n/Tabs /S>>"
              % (fonts_res, xobj, num(PW), num(PH), po + 1, i, annots))
        w.stream(po + 1, "/Filter /FlateDecode\n", zlib.compress(content.encode("latin-1")))
        for j, (rect, uri) in enumerate(p["annots"]):
            x0, y0, x1, y1 = rect
            w.put(po + 2 + j, "<</Type /Annot\n/Subtype /Link\n/F 4\n/Rect [%s %s %s %s]\n/Border [0 0 0]\n/A <</Type /Action\n/S /URI\n/URI %s>>>>"
                  % (num(x0), num(PH - y1), num(x1), num(PH - y0), pdfstr(uri)))
    w.put(2, "<</Type /Pages\n/Count %d\n/Kids [%s]>>" % (len(d.pages), " ".join("%d 0 R" % o for o in page_objs)))
    # structure tree
    kids = {}
    for idx, (typ, parent, mcids) in enumerate(d.struct):
        if parent is not None:
            kids.setdefault(parent, []).append(idx)
    per_page = {}
    for idx, (typ, parent, mcids) in enumerate(d.struct):
        o = elem_base + idx
        par = struct_root if parent is None else elem_base + parent
        k = ["%d 0 R" % (elem_base + c) for c in kids.get(idx, [])]
        for pg, mc in mcids:
            k.append("<</Type /MCR\n/Pg %d 0 R\n/MCID %d>>" % (page_objs[pg], mc))
            per_page.setdefault(pg, {})[mc] = o
        w.put(o, "<</Type /StructElem\n/S /%s\n/P %d 0 R\n/K [%s]>>" % (typ, par, " ".join(k)))
    nums = []
    for pg in range(len(d.pages)):
        m = per_page.get(pg, {})
        nums.append("%d [%s]" % (pg, " ".join("%d 0 R" % m[i] for i in sorted(m))))
    w.put(parent_tree, "<</Nums [%s]>>" % " ".join(nums))
    w.put(struct_root, "<</Type /StructTreeRoot\n/K %d 0 R\n/ParentTree %d 0 R\n/ParentTreeNextKey %d>>"
          % (elem_base, parent_tree, len(d.pages)))
    w.put(catalog, "<</Type /Catalog\n/Pages 2 0 R\n/MarkInfo <</Type /MarkInfo\n/Marked true>>\n/StructTreeRoot %d 0 R\n/ViewerPreferences <</Type /ViewerPreferences\n/DisplayDocTitle true>>\n/Lang (en)>>" % struct_root)
    return w.render(catalog, info)


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build(SRC)
    with open(dest, "wb") as f:
        f.write(data)


FONTDATA = {}
FONTDATA['sans'] = (
    "eNrkvXl8U8UWOD7nLrn3Zmn2NG1akjRtoQZoaShQQBplsYhIgQoNFdpikUWFsqjgQssiS1lVlMciVEUERCmLiKKCgigKghs+HyoI"
    "SJ8rPB76VOjN78zcpLS4vPf7fX7fv76R07l3ljMz55w5y8wkEiCEmEgN4UnRgMHZuWT9ezsx53OE8tvuqqjKDVueIQS6E6LLvO2e"
    "Kb4b/9HvN0KkSkK4ebdXjb5resVOKyHK95i3Y/Sd025/r/W4PEKsdYQU9RozqqLSQBZsJaTiDOLrNAYzTMsMRwkZmYLv6WPumjL1"
    "hdvXT8X3MCH+m+6ccFsFN/HBvYTMWojvRXdVTK0yvMlj23V0PL7xFXeNOp47KYrvlwkxzKuaMHlKdC95nJD62bS8atKoqsYXbuiL"
    "7+sI4XsSXngalhKREHGlGMJZeLSU/4DcztlkkTPoBI5+hJNEHy0iUxEz8SOQDtcN7knCxBe9LH6kDoSQ1AO2lRPYc+I/hAhdxRm0"
    "N9IW//IxSCGUjkRIwTdg74JAMy4jZXXkATKdn8DfzU/na/mF/JP8+6JdTBXfFr8VL6a+22pVqzWtfvU6vane3t7+3qHeiLfUO9z7"
    "oHeHd7/3I+9x7znvRa/qs/jSfJm+HF9HX1dfd18PXy/fCN8E3zTffN8y34u+Pb7zftFv9yf60/yZ/vb+m/3F/hH+2f7H/Bv8H6dx"
    "abo0c5otzZmWnOZNy0oLphWmjUwbFeACloA/g2RwGcYMS4Yjw52RkpGe0TajY0b3jDszajJmZ8zLWJjxaMaTGZsztmW8kvFqxv6M"
    "QxmfZZzN7J55Q2Z55m2Zt2femTmh7V1t722f+Kz/2YWXuEudLnW/1OPSdZd6XRqgBqKXo1FGqzp+Cn8fPxtnv5h/mj8qJosPi0fF"
    "86kkVcXZ13mJ1+31eQu9RbHZl3lrvDu9B7zHvF94L3h/9hGfDWd/jS/Xl980+3G+Kb5q31JfXdPsXbHZ9/cP9pfi7Jc2m70VZ5+U"
    "1io2+/K0SjZ735/Mvqhp9ksz6jI2Nc3+3YwjOPuumQVs9qMyx+Lsy9tOxNknPjvvElxKvdQFZx++1PNSH9VHZx89HX0z+nr0leiL"
    "0R3R7dFt0a3R56JdojnR4D99DT80fNfwbcOZhlMNJxu+bPi84XjDPxo+a/h7w7GGTxo+bviw4YOGIw3vNxxuONRwsOFAw1sNbzTs"
    "bdjT8ErDkw2PNzzSsKhhbsMDDZMbejZkN6Q1+BpcDfYG49kfz3579szZPWd3nH3q7L1nbzx7w9mCsz3Odj+bf7bT2XZn2561fP3r"
    "1798fevXA74Onx55uuJ0yelbTg86PeD0Tad7n+5xuvPpnNOpp/WnpdPCaTilnrpw6ttTX5/68tQXp46d+uDUkVP7TlWdGn9qyKni"
    "U4NPDTw14POyz2/9x2sVr1eUmM6Y3jUdNL1jett0wPSW/iclVVsR/9d+dJyeJkB+RwcgXOyJ+y84tJY8EVCH6YhEZKIQPTEQI2rs"
    "BGImFmIlNmInDuIkLpJI3CSJJBMPap9U0op4cd35SRoJkHSSQTJJa9KGZJFrSBA1VzvSnmSTHNKB5JIQ6UjySCfSmXQh+aQr6Ua6"
    "k2tJD1KAGvA6cj3pSXqR3qQPuYEUkr7kRtKP3ET6k5vJAFJEBpJBZDApJreQIWQoKSERMoyUklvJcDKClJFyUoHjn0PmkvlkAXmU"
    "/I2sIU+Tp8g6sp48Q54lG8lzZBPZTJ4nW8gLpJ5sJdvJi2QH2Ul2kZfIq2Q3eY28Ln1PJpFKMoqMlX4kU8mTpIrcIXch95BxcoTM"
    "IyvlYjJZvlUeTkaTe+Wb5AHyzfwkeSi5kzzAl5IN5BUyg9xGxsuDoVgukfuTu8iD0jkykswkD5Hl4ACndEI6Kf1T+kY6I31NXpZX"
    "kTegq6TKbaTfpEvy1/JZ6QcyTTorfSv9TGaThWQWWURqyRKylDxMFpPHqPUhy8hq8gRZRf7NzePWkIncSm4Vt5rcx63lnuDmo/U5"
    "JB4iD6LVcJJp7G+Lj9AV+XcvIdHv6duVv+rQ/38FUtaSHUjTLaSuRdE8Mh3/bm6Rt4fsQ+7Qzyqc8Z9/XkYOap9lZAVy+s8+4xjl"
    "1mH/Vz7lmDsNpWIz8vtZFPc0CGGvd8RKj5ODf7IsvoKD5BHk7R349yX8uwqX0v3cBfIIN4iM5z7lZyB35+Mc18JY5BSBcrIOSlEi"
    "Z8YQjEBpmnAV0lrk6DPkPrTXTR9xRvTfxHR5O458PuJ5nIwlE5GT5sutohdIR+EsMakfkz28F8f+Asot/cyIt5UK+XHcTo5rfBRf"
    "HkbZfJhUwGc4zkX8df9H1c4MYQxxCO9RGYp+pFbj2I8jh15BahwJ31A6LFJyS/HgQQOLBtzc/6Z+N/YtvKFP7149r78uXNDj2u7d"
    "uuZ36dwpr0NOdvt2bdu0zsxID6T5vW6H1WJOMBn0iizpRIHngLT11UN573o+w2ftUxHoHagobNfW19s9ple7tr0DfcrrfRW+ekyE"
    "zEBhIcsKVNT7yn31mZhUNMsurw9jzduvqhnWaoabaoLF1510p10EfPWHewV8u2DYwBJ8XtQrEPHV/8Ce+7NnIZO9mPDF78cWbFR0"
    "tL7e9X3uGVPbuxzHCFsN+p6BnqP07dqSrXoDPhrwqb5NoGortOkB7IFr07vrVo7IJtotzrR3RWV90cCS3r08fn+kXdu+9QmBXqyI"
    "9GQo63U96yWG0jeWDp0s8G1tu7d24S4LGVkeNFYGKituLannK7BtLd+7tnZuvTVYnxXoVZ913xk3znxUfdtAr971QYq136Cmfvpd"
    "6RLqxQx0WGp/IjidwA/ft8ypiOXoMiw/EfpYz/Wsh0Elfvrx9EFa19b2Cfj61JbXVuyK1owM+CyB2q1GY21VbyQ3KSpBFLuiryzw"
    "1PdZGKm3lI+BrpHY1PsM6ldvH1haUs9l9PGNqcAc/FcQ8Hfx+K1NdYr+rJggWZA4SGG/n5Jhwa4wGYkv9TUDS7R3Hxnp2UbC2cFI"
    "PVdOS/bGS5y30JKaeElT8/IA8rbf4JLaeiGjb2WgN1J8QUV9zUiUrnGUMQFLfcLPHn+g1mb15WdHWF0fjqpv5VhfvZiJRMJWzRug"
    "3NAmtRb2kvCzlvzgwQ4yrTZffgDRUDy9A73LY//uGeNGBD4kdGFQE4TikvpwL3wIV8Q41ntrTja2qChHho3txZhZnx2oqncErm/i"
    "Lh1W77GDS1iTWLN6R896jL5ireqze7N15etdW95LGwLFFRhY8jIJRU9u7ejzbKcmPNKLVnb1RCnL7F1bUnl7vbfcU4nr7nZficdf"
    "H44ghyOBklERKnZIoayTHiYcESYrxSX9Bgf6DRxW0iU2EK2AohMyel+FJlDi0dCgANbLGbKvhPPwEaxowQxfH3wIXN8d/9ZLGTKC"
    "BQnOcqngXt/dVwIeEq+Nw6jP8vUe1StWj763QCpScepZGMemo6+Ip2ehxx/xa592bTks9sU6xhYyJWphvAjVFBbIKJ89C1kWpaWb"
    "Cr2vJDAqEAmM8dWHi0ro3Ch5GJVjxGA0j/GquMVbM2IhmYgfi+MvlJj1fYKe5sStv4G9N70WXlXcN17sq5UD/QbXUuSBGEKCI+9b"
    "T6gIh7tYPUwX0AUdQN2LYWEfbUHXbg2H6WIe05UiCfStrA0MLunOaqM+edBzH+3LRvpBv+Lr27VF1Xb91gDMG7g1DPMGDyt52YJR"
    "2rzikm0ccD3Lr49sTceykpd9hIRZLkdzaSZ98dEXimkQvsisvudljOBrWKnAMtj7bbuAsDw5ngfktl2clmfROspkHYXRF75tl6CV"
    "hOO1BcyTtbwalsc+WwklWVgvhuWwEjZyJs6zFWjWNsx5BX1mBch2I5jAsxVbDWLZu6BmqxL2aDVqsEZYG+G8W650fcuwku3oWYOH"
    "/cWOrqcfFBf3GGQ2mpXevkoqKA9ExtSWR+hiIy5kDf6Degj0QDYFeuBAdMZ6fWDU9fWGwPU0v4DmF2j5OpovoYiCC7B5DfK+qB6o"
    "BJSW+HFJ+pIPemotP1BORVCp1Fq+boeDO4yeSC76jTxGAN6widOJvI5XZJEXMKvgcPZhqw3y860ha6hDjt1v9dutfuthYdSlVTfx"
    "h8UZv1WLeZcShW+0eONl9IaqNVxwJhzlJYkTBEX2AZgBEngQw4K4ulTg+EcUmK3AJAVGKlCsQC8FchVIU8ChgKDABQVOKfCxAvsV"
    "2KbAOgWWxetXxut3VCA9Xn/0RQVeVmCjAisUmK/ANAX6KnCtAu0U8CpgViCqwDkFjivwngK7FXhOgScUWKTAgwpMUKBMgX4KdFMg"
    "qIBHAYMCjQr8oMAXChyO11+lwAJW/w4FShXoz/BnKZDE6ne+pMB3LRusUMKlscGMZU20LnBIqQrQytpo9iiwRYG1CtzPUDcNAgfN"
    "HWHFWLZEgWoFylGu4hOSRgyPf8omNvuUTWr5uVIt9pl41ed/q0sKsoMk2W15vwwrUYGwhphAQIAP8XkhJ4xe5t5/4E1YxF/8rfrg"
    "QSoLQ/kDXE1MrgJhC89JOk6HcuXDVarjULRCh4fnNpMtiooCN26xY5c6bZFzF38Adqu9YbcmWwrGMmPFaRh/esmL4TECkCTBLUqt"
    "vC4hUSenpjgFh2JIMNsEuz7RrRMddkWvt7tFIdloTPUmC36fQZYEo6lVagKYvCkY3VqTXE6b1WKCoyYYYF1iXWvlC6wDrJzJarKK"
    "7kSHndcrOpFkh0KhAgRbPhrp4ROHT8Sph0KWw7n4af5og8R8qy2RzYb9Z4u9xwBnyPudfj5gpxDICyH47SGeQgjz/Xa+5mYQ1K9L"
    "xg9RHyseX3zwq5svgy0yvgTuKBlf8lFjuAjG3czfrS65Ux0Df6NwJ0y8U3tSx9ypLoGJNJp3RScJg8TvMSpvi7H3sfBCnmtntCUn"
    "Z2UFAunmDh0kKd3lzPB6nelGTuyYl5Rrzp0cOZIFT2SBOC8Lpkp/l7i3kz9N5nYmw9zkZ5O5TzvA+g5wbwdoZ+yQLGV5M2TyoGuR"
    "i0t2gctmCdsTCy1hsxkU3hw2WArN1+iIbnIkkLaMX8dzVXwNz4m8k7+FH8ULPCHZuShXuYeDVhJyZwdRmpIPB0Oh4cORQE3yPHw4"
    "LdYIGvqj/zrkZKTznVtBorU9n9exU2cUQHyR2kNrayve6dBJzgB0pG89ABy0msDp1CF9NiWtXbx17uCMr448sPvQNS847rt7+/KS"
    "9he+fADqOo5cvGh54625t01QLztscEvGvVMVON+2T+mYvqu2KLNmKcvr/CPGGtSe1/QpmTrwmXcMT3Hu64o7Z6htlSncxW6DuqTA"
    "MwksqCN9oxd1H4uLiIGYUVZbIw+GhvNSSJouwWw0tbG3T0qym8xIo7yOrg47IxbXrlJLEFMhgTfZFO/OCK/sKuUzMLWTgmAwSNwF"
    "BTT9HTlQnhy6QFomEiCU64IAhDJyXc54FnTMDKTpnA5XKLfFs+7jp9asXrti/bq/Xeq2il/5xKUTa1euXbNm7UpxeP/S0oEDSksG"
    "XTp/07ARRUW3Dh0I2z5t+OqLMye+bqwSZxhPfvnZt/88fuLE5YztT67Z+dwzz3IH6p9au/35ZzawXaTC6PdiJ3E+CZBskk/uDvfp"
    "KF9jSrcne/wee6qby3G1zdWbZFPXbq7c1qKl9cBIW72lM5eT6haSk8WlFthrAbOlwMIpvEXsPDAiuoi3KEJcSAQkAUI2VT0TbfnZ"
    "dDnl5yNBCKqO5lTpkCOmtU4ASgBLRnvQCEPFwZXYqXMiJqHczk5dnBqJPTg+s3WMLMLGrdP67R376fcw1J/z0oblL790asLOiV0f"
    "LnisvOqG9l3U0ZVDyiuvm3V/wY0Hpn2/as4Ni43V1/U5sgtcy3ts6vP4M3+bfc+uYYePrL8Y/PXzkZa5LmFaYeno0kkz824edvmp"
    "b09UHpy2qDPdbxuDKs3HdGJS2MBznMC0IVWGh2NaNaYH9TH1h6XVagm3RjxEEkha2CIRg54X9GiazRa9B9dTQUEzEqCBttg6h3Sc"
    "1WJLDGRy1uoXX31h95bnX3vhtR2cA/xw6L2jalv1W/U7tf1Hh+AweBG/EfEHr+DnBYOeCHqKn/Ceq/GDhZMCnVBrcq1DLpuVC2IH"
    "r76wZTftwKKeUDu+9yF8AIn434cfHFJD6lfaPqOf28Y14rwTyOBwrpHwOkXUi4JBgGThGoGTZJcMIvrknCDrE0wmTq/nzJYTIhDx"
    "vMiJCUieQ5rVoZzHgeSjrrCGKFiZXs1IFBMlA7TunNFZROK9A3I79ezL9z6++t7X1H+2A4NxnjBs9Oy+vxUCFyWFv/SdcwdksXFV"
    "kh3CDcIaXKs9w5loYHQ8bzJu5IA3c2UcZ9RxRBCF5yPKMQk6S3MlThK3o90aPjxEFVQIBbKshTG0Bqz+PD+Oyu/k1j6qlsCGR2ED"
    "V64Ww+ZHYLNa/Ajtc5f6G8wgx9GepYWtgkhkUdYbiLihVCarELLZUo8bxQwqvoFOeYE8mJHZ5v4RJcc3jFt83bzpxzW6lsJRbgBX"
    "hfLkDVuRdUiy3ZG1cAS4bAAgaK40ZCgYeX5nKVyEo3V12A5NKkzHMfAkMaxHKcJhwKpS1M7BuBSGUKfu3nc81g+Jfs/lo4zwxP4S"
    "JxK0vcRORQPYIJ0QAli1Rh3rEE/+5qO2uij6vRAQH0e6JpI2YYdNZyQ64k5SzJMjisQ7J0f4pNi6bu4AWLhAGhVdf66Njz+Hcm1C"
    "4Nd///viD0B+/eGlRU+tf/jRurXLuDfUtepCmAS3wR0wTn1EXQEdwKZeUN9TP1a/BXpethqnZUaZ05Ng2CHIHGcwioLA63QyEJgS"
    "IW4cAbVCaNuzQzEu0nn7rWJeBmXhahitvgn918PQFUL305u+vuReQWkxGvEacW6tSI+wL4UkmGVnqtNMBK9PTkmw2QyTIzYJSApJ"
    "ifeBesrNurLlt1hLobweYh5TRlLrHsBUVQJI+M/vHB169Km1NQPmTZv8mGmX4z9vfvJ1v2UfTJ7XijtRfff2hx94YN6QKTUPTrRu"
    "fOfgy4OeemrTiOV9VjA+3Yx0T8KxtSG3hfMlnSfFmWYkJC3DkqLTZV2TYbVYLVMiVrd9Zn/8A/3NVrCIVivv8XrdkyNeiVcmRyTK"
    "mpDGGzpkpneZ/SFXa1vN/rTu7PLndsKJBCEvxB6azwhtcSsQkn45eyzqfiUdzPNWbX329pHLnn5o1r2PGl/EqX383fKla+rhoX3H"
    "3njN+tuc2ZNnrJ4xaeKs+yYkPP/mW/VzN7YSrNuY/5eNdO/M+GkjncLJVtHGcag2wO4gglWYHJGtVjDodIA0L8BxZ4diTkS+tjyv"
    "LFAqtE5AOmNQ4ucnbmocwz302gF1KdfRpC7vZIELUKC+AQUL+Z2Xb1rM36sbYW/8/kYHo+8gpG8qjiGFjAjn2ezoJDqIXdK57Uhl"
    "l10npLZKRhFPTuYdjsQpEYeOEnS0BC4JJkuzUH0w2qKLExN9FIzsFoadaTcbVWkOopH2CkXRb0QvkZo0IVX9z3dvXfDtzP/+4XXP"
    "LOw7vaA+m/c3zvLc/cLR/8B7J6Jk89POD7aseGhd+87czyvU64ZdRPqNicmGi6SRonAw1aozGhIJMej4QLo12ZF8d8Th4BUlYXLE"
    "bFxi5PSiEZeq78pSpequacwt3DMmCtp6JSGfXcqkj4z/UjPPQ0i68MmPl0GH5B28OW/7yo0dtk3e9/VLj8+ZvurJ6TOXweETqgoj"
    "YRCMh3nqV97N6lfq+dKyi8dWrH90xtNHtzD6j2VrbwbqlWvCDlkQRaIoxGgiil6ZEtHrBMr7K2yn1MzFsek5Z8BiA1TNgvHv2yKv"
    "fg3GRgP/tHBO3anWqsv2QQJ3Czy0ArVbBGmUjDRKQu85m9wSbh/UeU3J9gxUdy7FpNPldHApaW3S2twdMaeBXZeWxlssKXdHLBLf"
    "7u7mOo3Els0f+ShNXlvnvOY+Ci4TvqM/Tiy7RjgLriwh+Zd/noquuX/yQ/967+i/5kyZ+/iX6m/VD81/sPqhwOpF81dC1qNLYf6+"
    "fxx7q/ZVh+DZMe3Jd/Y/O21HouB6mTOdm3rvtOq7Gy/PemjJg+oXi+g6Ksc52nCOiTjH4nD7VjaUXxRfnY3PyDT6zX7kv9lr5hJ4"
    "s5l3Oj2TI06mFxIliInv1XNskoUmH6FJdm126o5xbJa2ZsLQAwSb+p+fnnk7uLnTrlWbhDZvTnn9zC9ffHdh/+pZMx9/vObmOf25"
    "L9TH1PsWrPLUgw8Mw+4C4dMvGtV1WzYd2bp85fYbZjKdwOyY0JXFmK3Ddl6SBCIoMttkQAtQCmbGkuzmZsaOlo1n1m3fPv6OI0cu"
    "P3bkCMXF7DLiUoiJtA8nmQiR9bLIJ5gN+tWlBrNmoVdrFjpmuRJ/Z6WtNBbWLPW+I6uZqT7CrcYOgIwiK4VCYRMawu7h1rwOByrJ"
    "YoGuWrdEx+v4HK6Kq+Ho6YdZKBAmCGuFI+h6kKTs4SEaJ2uhciIz5OBUwDmKP315PT+M63YYnlqJ9u/hFXQOlVAi3MB/z+hREG4j"
    "8UQQZIW6MGbRKw4Qy8QjoqjnRQgDeT5SBEeBM2uOwvCm8D7Y1JHfCQiV2FMqf5ovWbZMJcuWsXXYYi7oJfE4Fz5HqBJqBF6AAlJN"
    "luAYdKKZK+AmcGu5I5zI/cFcOucpkEfnMgzncnrlCpgA41eqIw4z3hbjWm/N7GwaGRRu6/e5k2TFRojiSxIC6bYUs1KgoJQqPq9v"
    "danX6AYT705JcZZFUgTNsuNckPPEbTmAT9bfL8ME1P9oBQI9pLjN6pQeyhXQijmF1m0HDS8q7ANbuNY9bi7q3z1j1cKF6xJ2JYNw"
    "7ASQxiX7BLnfPZW9unWc3Kv3mKKC/Pw+Jd0mzV54n/HAxx9duvbgQRz/k+rX0nj0mQrIzWR6uI9Hyupyg1kKhxMT3X5COrjNXcQB"
    "RULqJxFBMBpvPBax9zwWSbSbjV4jZ+CNdqO9Y/fuGcci3QmXAzYhp2PHdsciHUl2fGbaEsQ1SBehNRSMRdR/EDUz7cx0TueAFh11"
    "tOF6TAx1DvG4HOlqzOvIpQfSBM7psAmh3HQMloRAWjqXZ7ERfy5qC0qfBNBUU+dO0vjJh6tvu5PXXb9v4hPPz/jnouODdK1XT8kY"
    "WDT35pXql29eUBd+/ARkHXgYrqnr/LD6/Av/Upfv+RVeAdu/YMTLjU/NHj/qiWFltz14tE0i9+9X1I/WlZT0uf/+Qy+ug+T1O+tU"
    "3brIiNoLj24H52PH1Lt+e0P9bE2/oVVDS/dAxVlww7sk+qK689TtD1Z/NWvqvA+fuBVpLWDgPQjtgkQspDTcyYRRDcfrRBkFU5Al"
    "3mY1cmURo5FtatrqbVBkg/M22GuDpTYot0GODbJtEN/zIgW5BaH8JlLSTR6MN23Ui/bzfh4DbQUknYSPma2FJU82Tn/qAFfwGdep"
    "sVRJ6rCDM7+YkgKr1Uq6Nyr8K2XwTLUDfNB7KIuRMVIWvsVxmtAKtyJjwl0Ndtnu8QgJMlpiWeC9PoM92Z5cFrGn27n+ZjvwPewg"
    "YGoR7XY0d7ayCE7BUxYRbFfbmrLhZRP/wEuLeRNCwG/1+6yoploBDYDxjRqZLKCp8K3648XG/RyB8wtrNuxUf1y9TN0D161YPlB9"
    "Sl0Nk7fUwaJXPxBnqJse3JTqeBl+mzRSvX5yY/RXVZipxQfoW4jTmN0cEc7nLYkuWVFcFj7ZY07EZZmYaLcTnJNAZIsclovkpXKd"
    "fFQ+KctGHsGoQ97YfR4YHvPI6XSuPLWMP9OI5mQ0SSgVULr1w7u/VS+DuQHaPLZ6qPrW0U/Ug0/DnXD9V9D+hhc7fCb8pn6k/qY2"
    "qm9Bxs07X98Kfb+CgTC9/vnu98/U9heRN+Io5I2CoU3bcKJZ1BOROJy6hLKIjhfNSHmbz8nGeHXc4uA08hLeQjSK2sRRm9R3DjX+"
    "Cz6E2+GhvdSXUf8FXVd9N5078g/15ReQmCvUF0EH9ktb5wGjIZUNlfk2xeFcEf0aPS+ht2MS5bLIEhFeEWGaOF/kzCLIPDo+AEJZ"
    "BHiilEWIzWdqNrCYQAzXgr+4jaIRjT8GG4R2lx/hcy+/zy8XZ6xWu69UnaubxvAwo0GncCqIok7mdLzewLoCUZKQixKPdDDQ7n7v"
    "wVIPm/aAXrYTRvO2yz/u4b8Rvm68uKbxLexIk5XRKCt1TK+PDHeTdCZid7t1Tho/uVB5Exe4eZfLw3ssZRGPndeXRXKksMQtlU6i"
    "/yzxQo0Pyn3g89Hlit4IDXGv9rla7IfE5SOgSQ7qrzwao2viMxqqoP+3kD5gZ/ePnriI/qftQu25G9VS7pYqdffrX6h7N3Jvw1CY"
    "uuaFTlPHq5+pF9Wf1PeKC9U6NXnSg/XQL0Yz0cf4NimcKPG8IKNTLRiMJgl1TpEEJ9Fx2hX9Ktze3neaNF/izBLIkqQwVYR822uC"
    "ehPUmaDGBFUmKDdBkQkoP+N78DF1hAwNxsP5K5oduYnURt4iCBWNuj17uN/2cIsaJ4szGjdzxb9VazR/Df88wPadFoYrWLyPkmML"
    "i5Ajgk9E7QJEhPzzItSLUCdClQjlIhShm8AKMH9vvEjLtMTzt4iwtGV9RHf18UHL8wVtS0nbZMBRv7aHKkocoy/6PT8Gx2ghfcLX"
    "8JySkGDgeKvNaEDtgL5EWSTMA88Tu4+pbNTgYRv4NK1NaZQ9/GqvTPTRPWIaQLFdGYcODqore+62TS8bMxUX4+EvHTDJO2Xmklq+"
    "9+rLgcPfxXhZwHjZMewhBlmh/DQoejTRJr0EHFoTEX0qVL4hjDETr/Yp/CAxblALIQxqPLwL2fHsV40bOPxvYeMZ5EkP7s3G1ZdP"
    "x9daNvYlEm84gfJEJyFTeLqctaUcY7VGJly0e7h3xBmXPKu1tjoO2ybDoPA5N0m2mBKSE1I8vN6tN6Pv5+ATbEtTYHYKVKVAZQr0"
    "SoGOKeBLAUcKXEyBoymwPwXWsQpTUqA8BYpZBUsKCCkw+gwr3pECy1hxEWufzsqw8cesaHYzvBpSDeMC1kRDh/U7I673muHSEBni"
    "iHbHEfWLI7qUAmfiuGpSgKti/YdToICNn6Q0HXyV/YWI/UFBi8OtK6daifRox9psm4CtqY6dkRcByAYv3TEIQStI7AGdIWQVhygd"
    "WqvL5qhLuvh5YdMluNeRoZOR21U/8ZtXL90+6nKY37tp/ITXLheLMy5nd5vbqs3TTv4DJt9xPWHC6Dub6PUmSRBEk2hOMICOlwlq"
    "VTPsNUO9GerMUGOGKjOUm6HIDJjfTBmww6irtUB8oJl5VA90bUwQxU1fcr8ZNwv1Fc9eLkGxKdxfwq/GcXCkAvXvp6h/E0gyyQkn"
    "O2UzkYknxYC+hUEQ3Ohb2GsYsYf/ma1rsrs2iYZ6ml4l4qcb1f2ffqa+tR4mwY2fQvdn96m/nr+g/gKGHy6CyL39hbpjWz30/xJD"
    "/AefU1/5EiRoq/4dNep/1IPQLm6DmX+kJ1aMLHxmtEAGDDJsdjNaILMZLVBCzALZAf9RejS3QvlX/ATm8aAdyhUkC7XJPnRyLp1U"
    "R+7hBv4Awl51l/oQzIIw/9k73zceF2d8eQisjR+zMVSoDzL6uDE+Lgine21J6JrhghIzMp0pZRGnkJBWFuET7AZUSYaaTPBlUkpl"
    "sy2Sq1UQhsIiVUGdnWynLPNPCKd+rP6U9dDtnbsPv2X5vh4H1K+W/wkJ1WNqTWB6lWmO67l39C9Cz0/+mpbimJivOTScDUajXbGj"
    "OkvAANekCHyi28jZ0UShbxZ3LImtxg1VbvC5NeuaW/DHGz6xnSoqeDEi0wAY+LhjKSzEiLTvHm75j8C/9CQs/eXZJ9RucHj5M1zf"
    "xpfEGZ+8/sSxlMYn+e/vn9H4yyKqC4dHvxd+QZq3I4vDXiNJTQm4dKLoSkEN2d5osbsK+xojxrFG3myEwK7o+XA+ZvUJDAncHuBN"
    "ATAKxgCflOQri0xIhUgq9EtFRZoKipiaJPDoH5XrYJAOeulwndmv7L9p2/fDY5s0Zcy+Dg/+LkoU/E1mpGN7rjU9cEz357o0lwLD"
    "J9QNrUThF/WI+l1j46CXfUe3v3ywYNKa8mefr8TQFrjzauhV7wsrN27rPfPN62bcM/qmIN3rhNszqu+tvr/3kC6ZrowbS+8b8OL+"
    "R7f6q0ZVTbjulm5BszfYtXgS0qU9rocdNK6BnPBnaH44iVdkeiZB2QW2++OXCtIVuBS/26BdVKhWgCtTYIACOey+wOgTChxRoJ7d"
    "JdAKMPe8Alq+dgWhihVpdwzOsaK18fsRBSyTKNAZC44qsFSBGlZWpEA2KzjKsCxlXWv5iMingIXdvjjJrjLUsQraPYYCVtryKsPw"
    "if9VoU9sXlB2pezKzl9ifrPDGCd39HU1RZgjfH3JI3y9OuaDrkEdmIV0tZO+4bYmiyRYUIIT0LSju4kehhP2OqHeCXVOqHFClRPK"
    "nVDkBOr+X1HETIaaqUYxLZ2pXxYkswedwB1/XlUX79n/8usfvf6w+h/H9PPr+RmXl7zxzpG3+crLDz/3yyxtPAqu1f44Hpn0CGdK"
    "MjpXPMeJMq9XfPoiPZejL9cv1e/Vn9eL2XqQOF4EzQXB8UyM3znQLAFGp5CIpopPOND4xkGYU1wMsw+iLfL9+it/Mt6XNAf7SoLL"
    "4ag7Sab7Pw7JCrIFrBaMliUw8JJJrygmwZEkepIXeMCz94HqwnwPXOOBJA/oPfCrB771wGceeNcDuzww37PCs9HDT/XAWA909dzo"
    "GebhszyQ7AGjB8Y0euB7D3zhgUMeeM0Dz3lgtQcQ6wMeuMMDt3qgnwe6eyDogRQPGDxw2QPfeeBzD7zngVfj9ckiD1R74C4PlHmg"
    "vweyPQUeLtUDZg8g/nMM/xGGf4sHnvDAElr3QQ9Xymp380A7nIYHTB7ocskDP3jguAcOe8ITYLcHnvfAKg9gB/ezDvp5Sj1cPhtQ"
    "EhvQr2xAX7ABaRN4gk3gQTaB4WwC13qANvB6cNl5qj1rPXs8JzxRj454QHZbBIV3mEwgU64hn+h1EhjBbu6U/dllnD+6kNN0yeeP"
    "q7esTysEm6QD9RuVEXpmGhquSQqf2ToB6HaG3ZXYyWanSeceACGx4cxFd/vk9OgZteLtxnaZ7oKfX/qpi0/xpIH8Nl9d/NmU1Zcr"
    "UaRmbNg2HgR+9OVHP30sMPlhfpsmy6izxCD1oUEOvyUrOpHjiYEXBb1i0JmMHlM/E7fAtNv0nYkXTA5TR1MvkzCu2FRpmm1aZtph"
    "2m86Y7pokruZIN0EBhNcNMFxE+w3wXMmWGaC+01QaYIcVkpY6VFWWsdKq1hp2AQdTWAxgWCC/JMm+JhFWOtYhOXA7qaY+HRTMfa3"
    "A/sSadfLsEsBm3HElGPi7pVgKi4KQS9Rb5+n7jhGYPR+ClCFM/HP/UmNIyOaLcqYf6ZAQKFBAY0LStSIWvQR51atH8E8ePAjtRVn"
    "4MY0/o37nHum8VMuq3FkYyqlI1pxpqNkqA9HdQAcRzeMBRkJqSO8zLv5Qp438iALaAnu0cNIPRTroY8eOukhXQ8uPc4ALugBTurh"
    "qB7266FeD3V6WKaHKj1U6iGsh46sqkMPRA9jL+rhTLzqDj2s08NSPdToYYoeyvVQpIdeevCx2ogYKyPej+N41zG8UxjeYoY6h6Em"
    "rOZ+hmo2q1DM8KTH8eRrWNax4qp4e21cWjc4pr3hEBuShkQr15qfYa13MwTYmitnHaOSNOvh91FC8xUz4s+uxP3lGixrFjvQU0a6"
    "9XrFCFCniO23oe1h7OaV1xtPfQjPw3MfcoWNu7hCPr+xglvL1sl1aNufZnstN4aDMsdLiiRwgt4g8TH7zskgl0XAVmOAKgOUG6DI"
    "AGEDxIJo7eya3UNo5nBmQR4953KCX3j60hp+2OVz/LeX1/PzlwhDVi+4tJ72+4g6lMsSDxGJZIYdItFhzCmjWP4UARS4nyLEc8Xr"
    "1yypHYNPDC6cj8Dyb75Rh0p3z/h10Yzf3wtAo3TVvQCR3gtYro5dA6tiNwNoG4s6FJ6N989JAlCfRsT+RSz9w/7zQtYABvCWb75B"
    "bENn6CbP+GWBhkvPPcmjQ0l00Dk8QRTYxUKehlNIRMSaJGfJY+WD8meyzqWTYXofeYi8XubnyI/LP8u8Tnbh++3yTvmArLs5U+6E"
    "z7RovXxMPivj6z3s9SzW1dG6tLVWfkDGz67o3u2F/QppGr7p+t6FguyQe8nF8jp5h6y7e4o8mz19LJ+RdbSIvpyRL9KXYny8KAvX"
    "FcvLMJunuRytUixPkYUERFiz/ZYSirgm3K5bj0JOtsmT5G3ym/KHsq7qenmQPFN+RH5KFmnBSCwS8olcLnOVgEp+xPBJ9Lh+BKop"
    "DZo/j0C5Odzy4FbhqMfA29X31Pefgqr3YBL3JDetcS53slHjV/QrdaxQq36HPHaGFe3yxysoKxgTaFzmUdy8wkZ17MyZjCfjhK2c"
    "TTxDRJIVdlNHBr1WHeEeKzWTbEKPhs7Rr0xnD28eViqQF7I7YYe688hnwlZwpapfOdgdUowLJgs3kwDJwchgiC8rS5KcCeb2PG92"
    "Jgu5HVLdAyOpLh+xSlkDI5JkJQUJYE6YkMAZ+IQEq9VQFMEQK51eI9ubC3W5sDQXanKhKhfKc6EoF3JYZrMlHb/2wHYSUYmzUwDt"
    "+kbLcxXq7tEz3AKInx3ZMChwMucvFuwFEqB1bg+4FqQEzulwwZqn133x87+rpk4bb3i1Pcw+9P413ZL9vW6oLNXper807LaVkbeq"
    "Z/Upc2x+fMMOndBt9qRBw6yQvnur2r5ooFRlGVv1wOi5w54YHBG4nMqBJeXanvVsdh/hEElECg0Pd24lJiSY3BjxpWeIVs7p9BRF"
    "nBYT0Ts5f1GEc9VnQEEGLM2AqgzwZkA0A05mwN4M0FTgpEna/GMRdX6zeJpFsn46J+2ckzq3Uoie8Nv45if8qeqk+58OcTL3gm6H"
    "IOQ+c9/hN16bOvdvC+atmDeNS2t8N3Kbt1rfaaPwgxq5rmTMMPV79dTp/UdPffLeQZQb5DX/LvI6idwe7k1MDrtOkuwmPtljSSyK"
    "eB3VjiWOEw7B4bBYfLoqXY3uqO6kDtWXRVfOXvdihqTwOp1ezxdF9C5vy/OEiXSruOXeMGjHWYnsiJpdNYpHdWCfN798hnmn8+Tm"
    "0+fOn1x/POXlhEljl9RwaX8/OuZO4+pXwAt2sIJ38/KEYeNe13gxBMd/DnlB71cMCXdIJQkJ5kSdWZcesDkTCLpAsuwrisgWPrko"
    "wruWpkNVOnjTIZoOJ9Nhb3qMC8128VHsCloyISM2VBp/hlpTLiQG2qPGd1y5JsLnMbLD4vvX5XLcDt1mXmr8x9S5K2prl8+b9sKY"
    "YeAAN9dp2Mhp8MYl+8ZOlinXQNXp/R+f+PSdg7H15kYe2JAL94b72K06KYkQo1Gy8p5kHbodSaQoYkrCqDgpSTGbXUURs0VBciuu"
    "ox7Y64E6Dyz1QI0HqjxQ7oEiD+R4YOLV66vF9Qh39u9Cbo0tnF/jis/qbM24IoFj5bK7FyWtqVA3nL906Rv44hXz0rmzVujgP6+8"
    "O6KwXZRAK0gGI7RqfMNd+9wTW7Q7UehMcd3Fd4mTLAmPMdlBh56UU3AKiS69GQWFEF6HM7DrzOD0JmYnDkgsS6xOXJK4NlEyJxbg"
    "45bEPYknEs8lSt3K8InTyngzVt3C8sXE8JDKwsRw67aFvsScxPJEPpyIOiUY1NQu9RPithqZmct2TkLaxRR0EwJ5IXY7ItFJuZcK"
    "ISeM3fG3v82c069ju0DvHh/xL13uy780675lM43z5T63VszSZE0dyp8T+hEfettrw5X+REXxCnwbq5X38jnZKeZEvSPBkVEUcVgS"
    "gkWRBBeRUBMIoBPAIBBPOAd8OXAkB+pzYCl7JjlQdCIH9ubAgByoy4GaHMjOAXMOnM+Bo+xBHhFzlJpcInZQOiJ2l6mZzLZgJzuy"
    "y2xNN1B81rxA86UW6tipc0jntFr4jrGtFHYxhEvf+mGrF233V4KJC2279+3dBw9P3tiek4XndNsLZw2unX7PkltmF6pDF9Qk9xsI"
    "3V4YMxZk8NAN0LEVrZZJnTZdfkvtwh+YvWfUOye/fLNyN5OBxcjlH3Ftukl5uJvTarXJkk1KSrZjtk1y8iZckZajybA3GeqT4Tz7"
    "G02Gk8nQlFmXDFXJ0OQwToprS/T3ClruPGoX35C1sWmxEwG6PXZt16cfrH/2xWvKb6lesWOHBPyMcbdteb8xm3th0oSO9Y81zhQP"
    "qdOvnalH/s7HQV/L/CqJjA8X8pKkXeQwC04gg9H6ajsqJxTYy/Z01rLdmKr4Hs35ZkXalssAVjT8dy5uTOU3u8TKrsfgiOfv2LFD"
    "9G3e/NtJoeulA4SLvo9+mzYmC/lPeLOeFwRUcVab2SyhnZU82sCO2GCPDZbYgNhgwjkbHGUvBTaI2mCLDday1wnx85scdoRzwgb1"
    "Nqhjp/EDWOVs1v5abHOOFR9hNbC4xgZVNvDawMwwakV7GGqtMWaeZL3ubVa5pZ//B7791fFb09Z37BgmvmIpcaz0/lbrvES2yTN/"
    "x9Sp/XN79O6i0WrYilplga5wjPCM5p/Woo/PI80MZFF4NHrZekUvEAN18QWT0WsqMHH0T5kpahLMJu2x2iTmm8KDhxSWm2pMdaa9"
    "pqMm8QQNdrV3gZgsGKSGY4UnTedNisSBpBdkM/pmTlRzaMELEvNhBBVT5vxpKieXxib5vz+o4nPUR2bv2AHHP1L7wvvw411qtXjo"
    "cgVnUrMbl2tzgB6M7/eEB/IYI1Av33lehJMinIifDK4VoYadA3pFMLOTwRPNDg2XijBAhChrcpTlN1X+M9ZcdUpYu0M89FtHRtN5"
    "hOgCaKOyYHo46s4ixK/4fTZZ8SnBa1JQ56VY3FbidArU9zGa/QpxVgahXxAKghAMgjcI5iB8F4QTQdgdhOeCsCAI9wdhQhC6sVJD"
    "EMZh8XuseAsrrg5CaRAGBMEThEtBOMcaN1VYFgStgyCrIAThYhCOx1Fj2zuC0JEVYcf5l1gZtqxjLacw1P3iQzOwDrTu17FxaaUe"
    "hvRoELi9rOXSIJTTEWE4mBOE7CCQoKah40djf/ntrj+Mdn8XD6N2zy1o0urBZjdpbfnxc7LMmILr2DrUiktkHqErlrBsrZwnQ6om"
    "z9mu2wQcz/FdH7/z/iUpfJe1E9c9tm1I1T2zuBeemFpf17iIH/zaNWLb/AGTh428467ybe9RzfjE1C1PNi6K853/EfmeTCrC3W2K"
    "oifJ+mRPis1FXGJRxGUxmfXEeTQF9qZAfQqcZ3+jKXCSnXdqmXXsQLSlEo/PsYUS9zdT3s3nhnPJv+bWyMzHd8Qm0+Ppadue4V64"
    "456O29ZcmUHV8K2HGrM1n1BIxTHr0SssDLe1stOsRLecwBxBB3UE69yw1A3auUu5G4rckOOGE+4mXf3n9+T9V3vfv/34wwX4+pdv"
    "X3voiTWLFjz21AKulXpG/Rb8YOVy1HPqVyffO/L5sU+PxmIHdSiOrT+7B4qxg5t4rbKsECUzwyo4OS12MJplD5fGYodMKMiEpZlQ"
    "lQneTIhmwslM2Jv532KH2ID9aa0DriZiOpuFDvFbZTR2+G2IKOzQvQCCKOSsmfHOgdfue+iOaQXzVsy5nwYPr8pPqRFR92wnocPt"
    "9srh6kX1i1NvDtuz4pN332ryic4jran/PSdcnChbrZZU3sKnByweo0W2i0REz1u0EB+NB8Pp4EuHI+lQnw5L2TNJRx+IeeID0qEu"
    "HWrSITsdzOlwPh2Osoc/9oH+wl8Xm5z1mK8TsNIrePbm38068/5edNbrOqGH87y0Q+A6rfmwdvn8qdPmrKh1gAtcXKeho1o9Knb7"
    "/lIneGndHaVcj48OHTpxev8/YmuCm4dzttNvWOrs6M8YHU6zTm8RzJohCDU/oQhR8rs06mv+ptO6WLdJFoJVt6dnpHevuofvMal2"
    "V8aC2/XP6N/Y0XiIrbt8jGt2oq95DakMd5d0ac4Uj4kQj1MnBNua0ni324s6123h9egE8C5LWyBt4XxbONkW9raF8rZQ0xYK2gLm"
    "NxEv9v2C0F9cj24dP3LLzIb22v3hlkduPL+z4ei7x/1rE5fWzK8uGTlj1awbP3p3+0cpT5lnjb9vSs6I5Uum920DwRXrH1rkHTqw"
    "uDhclJzWpv/4omWrpi9wFPa/sV/77tdkpF97YwWdozd6nsOVSxykdzjd5HAYzGZFEFzOBFFG3WIwK2DklbBs5mx0LdS44retkg/T"
    "ffX4jXPNS2AXgnEOedS37xxyhpwBbVuAuyYy/O8Pzs6b+s47oYL0XrL7J+7DWRcuzGq85eaCBM1feAhp/Z3QFXVcWbibTZYNkGRI"
    "SvHYRKbiXCanQsz/H1UcCbV0U62O2N0YLYrkWsfuhlqh6+81nNC1cRDTcdzky89f0XHcBzhmCfXyrzhmPdwa/gWITtHzHKfT8waj"
    "wpl14FxlhNlGKDdCsRF6GcFnBIcRBCOcNMLHRthvhDojLGtZR6swWivWypoXHGf5Gt5Slu9pmb+A5fdj+QYjdMaC91oWFPxvA2mq"
    "8/sKXJERso1gMQIxxo4wy/7CvP75zZQ/vpgSKrjqGxZ+7aCmAOwhbtQn6r17fzR1CbT+eQ+yJtzmrbvv4d4kEG2kvwZFf/EJXghH"
    "gVglndGcwNsVI2/lHbLkwNhalsEgO/kEOy+bwWjlJec9LrjdBcUu6OOCTi5IR6XjAsEFF11w1gX7XbDNBetc8LgL5sRr9mI1HS7Q"
    "uWDszy445YKPXXDABTtZvdkumMKqNseoi2PcydAtY+jGumBIHB1WOOOCY6xLrLPeBfNdMMkFUM76TGeD6nKRdbWf4ahh/fRzQQ4r"
    "xvFcYkV1FD1Gufe7oJJh7+gCjwvOsw7ec8EO1v1sVlrgAs7iAuJi6r3sTw+iW544D//TA4MRf3hix24aJVKHm54YDKfHQ+xicdOd"
    "owB/5TCusz1kp3+Exz94LV3JfPmo+sG2l6R066k3XmvvPVzPNW5st7ExBxnvd79wI1/amPT6Aj6Z6Y9EXIvfIv8NUByuo/fX9AJI"
    "9ASOFyXFIJqMs01wjwl6meipF9+JHaO52EHZzyY4Y4Jj7DBtJzstu8c0x/S4ia80gc7kMmWa+piGmMTROpbSkgOmY6azJnmF6TMT"
    "h5WGULTQHCUt/tnE76cIMk2dsKHQ+XbTetNOli+a6MZ5p2uvL8w3QZoJgAY23EV6IfIohjX8DnpetxSDHH4KuxVZHD/Y85mANU2z"
    "uQvr2JmdxVRkqjLR2jqMg0CQeE7WmQnnbLqmR09by4YHm/GsbNKk4KQRzZfj7/zjK2d4oT84x+P96hfq8Tdhhvrw25AAxoPqwzAH"
    "XlV7cW25BLUUnmm82Pgh5YmIfsll5ImL/iKGXTZbbXpF4c02wZ0o2832RKtiJqjdiecRN8x0wxQ3VLphkBuud0NHN6S7weYGzg0X"
    "3XDGDR+64U037HDDOjc0rz+kWX0Xqz9aa3CsWYPH/7JB8/pQ7wZ0TJe5YXbcMS12Qy/mm/rc4HCD4Ibzbjjpho/dsN/9P9XvfNId"
    "Hhar31S5qWZTtSaczetwRXFcxA174y4zZma7wcIym26R/NkB+V/+EkbZfz1Ov/r3MLTrH7HLg830tD2tdR5a+wLApYxxAy5jSOD2"
    "3Jib2X7DSKs6eO8ZMeEmvs8Pr6vlPacsUoca5ur+ExTyGjcltP7S9Ba39dKB5zcOZmsZ//Ir6feRYGT4MqeTAHidLBj0Ol7giyKC"
    "GSS6q0ecHxtgvwF2GGCdAZYZYLYBphigEjUAOy3saACfARwGQJ1w0QAnDYD19/5J/V6sfroBBAOciaOtY9Vq/qiag9XsfJHV1sax"
    "jmGsZJUE1mVTUfMutQpaTzgm7igbVD3rbSk77yxiA8dRN/+lk/8auv7BL5y05Gnzg9Pmt+Pjx6bOwdzwxrd4S+NT3OT5fOaC+Zf/"
    "ETtrTFOHcvPEQySAvllXV6tWBt6axktCekaSLMnSTxGzPEDmsuU98hGZN8vZ+HYO2cXLspmYbVhMiL/F6WZsE3zipOZf2oh9yQHd"
    "sI6ZrfN6AKaduoGTueralwTpGRPmcFA9f+z4u8Y9NGtuQWn/cSWRsf1LC9ShKxfA2Lsni9XC5Lth3KK/zbjjTnX1iPkYzs2rUFeN"
    "u2sGzuMl9WYYTvdz4LrwP+lNcEJmizCFXeEuFqGXCB1FSGd7NR+LsF+EHSKsE0GrU8kueDtEjNFgzEURzrDiKlbQ1Fjb98E2y+LN"
    "uokQjN8a58432weqFmFC/OZ487voXY60vIvujV84P9nsFrrW4Bzba8L6e+LX0bXNJayQHd+Pkkb8gYD8kfSUTZz4P/hnJJsFevRo"
    "PGR9ab16szT9l5lxGZkblxGDyyWkJqcGLCgjUlJyUjIKQdKAJC47aU/SkSTenJSNb+eSUEaSkqxpaYGfImkeq+WniJX8DzJip657"
    "7Duk1th3r9n5Y6IzgcqIDnNGlA4YExlyx4DS7rNnPTRuQtXY+dWz1b/fNQ5GjZzn4BxzK6Dyzjtm/G2R+viUKUK1MOVudXntqhl0"
    "HrdyWUIR3xpj6QlhRbYnuon1+Qg96d6R2b1QJvToOzGlkKUJDpaG2yrGQhK2h7O6F9oNBvH5iNcwwLDWwE8wVGOyxXDEcM4QNUiG"
    "sGIqNJDsIPvehmV/MPmLYDC4Pxj/nQJ6WsAOVPNYyKddnkXP6KbeD/edUdJzynUT/taxeqZ3aruZk7rezWW1TW6Xlb2kOLm90X/r"
    "Y9dkEvZ70Oxj0cV+PRtjO/Et8XFiJl7SmVSHi9y+th0y22bKFiKTLvkZWVmBg5HsvIOR3GxzVnUWZ87yYrIka21WNEtHsoFkW7Kr"
    "smuyl2afz9YpfFZ2VrZgNDreiRgFIeWdiGBvsQXAvo7HfiQo2Czmim285ja7QN3RRr9saJNafvPOlsFCxcTY9/TowZAW9YpvvaFu"
    "eeMt9fndb0LRG2/CwL23blCPb9qgfr5hI6Rt3AiZGy7PX/zgmn6Te2y8+9Wj77x2sXySb8pN1XO5fbThQej/2htQ9OY+ddubG8G/"
    "aaP6+bMIGzZA+nOrnlsdmDbm1KH3vvjA37vXk5T/hcJWXGz0DN8fdvDkL87v6Z64PeSEws+OqDuFrQ7wpqrfEsqHf8PrsJNbadXJ"
    "g7oQYniJlJEJ2JofnkdiZzJfCV5hMjHQvQtBr5M5QvQybzISCU1bUvbEll/kUaCzAokKSAoshpFq3RgYASPGqk9B+e3qWnU13Agj"
    "oXy0uhbKxqrr1LqxUKE+wcbBzjTFM7ZMUkgwIiL3QBX27wgbuWRrJpdcnJxqtGYErXkkmBf7QeV9wiTuJpScDuE0wlEF+UrEDF4o"
    "gAEgZGMyAbbACUANkxksBE2UY7Swog0RJsG++fPjP868TyZxXBzbOv9/hUsmV3BV87ugkN0XCoRtoqJg3G3QE2l1qUg2loo8/bGg"
    "Fsc42pZTyFmdEZxWFuF3PVLxaM/5D+77PS4dIYIsG/Qy4pL5jQhX4YL4t5tDUKh9tVk4P3ZJeN4Db9F9t378Lq4s9r25G8OZZrtd"
    "L9LBKVa9onc6JKveuroUWWvWbywVzPwWJ6x1su8WhOJfWSUtv88Q26BomoC/6QmWp19z34iSxgvxKZU91nPe9H3xmf1uLBa93qZT"
    "cHJKgk2x0bHYcCw8b7KZcJq2/30sTQQQm564srR200aUvKm+GCfJ8Ef64mAeppSZvk/j2UB4mHuAfxVl3Be26ojRtIQHwufwHG9W"
    "QMFFdDj2uzYtf8yJe+DpeyY++VTVlGe4TRM3rJ88ee2T7Je6wUWI7lv2uy0S4mwfdtHfNKPfHZJ5o0kERVZWlQqo1rJDoZY3w1j0"
    "kkdpqYGuzZuXX9p7+cV9x9mHjnU3rtfp3ErEHaBrnnkGq5iwchA2Z2rS2fT7MHb2DXp4/fPPtd8R55JWzOB3/afM3P0n4tV+C/qd"
    "8K8rafrF/e1dl9Y3PqofJ33Kfiiai/3yOP6Veqg3k576HZfW/3afftzVv2UuD0bZPMy2q/Ob4GXuUzIU9YaC4JJSSV9xCCmEuWQM"
    "t4lUIxj5VOIXNpNKrLsL30sx3U3bYv0ihNUIoxFuRshGGIQwBmEsQgShPFZ/F+IYRfGwdDIplr3kSexLQNggvk3GIGygz8JpskGX"
    "T0bTd2z3mkCIj+VPxvxNrC4tr6B5LNXaDcd27fF5DT4r0iKiYNoeoR3mX4d4HonN18K/QfTC5OhXOJdxiJPOfTb2QdMh9B3rpMae"
    "F8PbZD68HX0fy2vxuRb7n4f582Lls2nK0TxC8rEd1b8P4bMkvh1txDSRfpEaYTC3maRxDvISTXH+t7KxbCIXsP5chK4IE3FMKq2D"
    "z5OxrJ34NfFyP5NkfB/M6I+0p3nCHdFzfIjcJ1TivDaRLAQPQqGwmiwUbiJF+PxvhHsRirjviYe2120mXWLQF+kxK0b33wFKmpvx"
    "YojGizjgeBWExVx+9ENMcX4kIc6HqwHHuhjTGxgvmgPyIsbfxTG6/w5Q/q6P8aIFYJ96hLnY/0eYyjH6L4ylLQHpgn20xecFLYDy"
    "YjKppSmdK8X7uxTnTvv/i3SD8B0ZQudP+4rJ5dD/llJ5pvX/LGV4Ud5ieHGu0V0aEKMGlO6M9reiHHrpukB4U/yKbOIXkfl0jaCc"
    "rmD9ETbHWrpesG5pLJ1OU+4WLR/lkKYOzLfE+l54dSp8ElXFg+QZ+sz4qo23RYryUoFrjY2froNYOiOWdmHrEtfGn6V0zbJ1gynq"
    "SG/8ncoLXUv/a8rWO645tt41/rJ1T9fe1Sldx9RP0lmJQwyzuc7GVE/pjvhKm/E6QXcfqzOQ6bUpjN8RnUhGCJ+QEuF09ADm72U8"
    "VIleMjJ9UYvjbxXnA747ME2QfHQNRI9S3cHWyeeotwqQjhcwHYqpgvVQNmPrbSS2GSBcIHfyBtIzRh9HnE66TxBXKc79EhvjGl17"
    "bc5Y1gPTbEzp3PsItyKNb2V6eRjVxfxzSOOvSTrtB/VMPX8z2Y5rdRK1AXrUqwryTK5EnlZrepZfTWppnrQY34PI29gaQTk8hrI2"
    "Py4D/yuPYuulxXqj+oau+d+thxj9rpY3NrdbSS/s/5HmY463k/tguwuajaC0/oN+bqC64Q/Wf4v1inMci0D1jozpb1ePQ5Pv6J6Y"
    "nN8Zm+PYpjlfLd+3kjA/nfib1vl6sk5EeRKOYb05pCwmmx2uHs+frbumccTknXsvulG8j8zjzkdfovZKcpPBFJhe1+SZyncyHQ8+"
    "30D7Ep4hIb4O5XsIG1eWWMJsJu23V0yfvC+ebZovtVeOeH+YBzF9Oz1mP69F6N9MDzO9LX5DhqLcFSLkiSaSJ5hJv2b6e4gwFdcS"
    "RyThHHFRusQB140bYQj3GenFrcG+xxMzvs8RHiWzUDbnxwDtcPRJZo/vZO2G6AYjFGDftzO7HGwG82KwGMEn3IL1KSCPcJ64HqL7"
    "MJ3Jvcd8BG/MlicLC0mxUB636USHqVlogzaV0q8YAWUR4U7Ga4K6Vks1voURvxntLZ3jHWQO3x5phl4a3w3nQedO1yquc+klMkQK"
    "o+wakM7bSRY/AXmxl3h1KSRVvBF1gpnU8qdIktCF3CZWk9YUeCupoAB9ot/Ad2Q0QhsEF/ctqeQ/i17gHo7+xHw49O2QbtUI9zDd"
    "tIn8jPAb9y7piBCK+WRNgGVEA0jBNITwNsJjsfeeMb/ia6TPVgZxfJvIk80gFdfGF5iujuFAnyT6DaYuTM9iynPLohfgevRpdpG2"
    "XB0R6Fh4C6m7GrDuyBgQDS/zb2bE4J0YLNKA4o42sL6oz7mJzbcJkP6tEBLxuSshjZcJUR9DeBGj2m8w/QHznsMUHfDoekxpXiI+"
    "Y7CtVsfqHUSIxN4/j9VddRVgbBYdgFCAMALr0P/HSg8NZ/QmhP4I/TCf4rJqfvnlqNYf7Su6AuHGWN3XtPY08lZf1sYQ71dd2WzM"
    "B2PvGNY0Po8p4lTPYvuntfbRXpg+hWkGwnKssxnft2MlG6brMG81pogn+kqsPxM+34CAEbyK41HXxuCcNrdGjJuiU2L4P4/hnaKB"
    "+k9MESf5CdPr8H1PbF6DNWh8BuHwlXcK6m4E7Du6PzbPfyBgHfUdBIxx1CQsuw1hKD6jJKg7kYe/ItyNcB7XUA/mM2Iai1EOU1lB"
    "uypQOdD1if6k2xG9wNui/9TlRnfr/k6u04nR3bje6+PxhzAGbUYJuTbmn14X922pn8VscgnRx2MPMUSGNYs7qL25k8UeqBt1I8nd"
    "NO7QbSEPU/vMfGWqM+vIEP5htMmTyTgaUzCdgnnCSqaDJOpb0HJ+LtOL45rqab5cAvr2NCX8Y5reFB9C/2ARmc0fx/fz2DYLYxbE"
    "KeaQW4QQcYo7yFzUg+jrRA+zvqi+wZTmYZ+T8VlBvyFf2kRSaCrcT4qwbJBwhPRqZuMmYZ/DaDyGOmueEEX91Z3k6kxoQ54gt6FP"
    "sx5pMlschTEdtWmVZB21Mzjf8RSEkzivt4gLY5YKYTzpy+8kDv4G0ob2ITzGfJyh1MbQ/vj5pIhCzP7UUpvF6F2D9Fl0xS9jKeXH"
    "UOTPdziOW/B5L4tXhsd8YonaLvluYpOdWOcTrLOR1dkgOklnllKeh2O8o+3vIGb6LN1GUtCv68nqILB2YWJrEXPuJevj8SrjOeLU"
    "Ock9LNb8DvNvIXUS4pRqsP4tpL3kZDgovrF0PNiunNnGx8hUah+473B+zzHfb6g4jEhoJzugvVhMga9Bnj9HDIwGd2j2jdmsWLzK"
    "byIBaot1jzFbkog4FwtBcp8O62LeYpFgvLWX5S0W6DgJs3nWZnGVnvXvZGsnn8ob+jq/MP8hjP5xDetLz8Yxlcnp/9PetQZHcV3p"
    "093zEmBGvGwBhmnjYIQeoweP8IzEaxBGWBJieBvRmhlJY2amZ6dbYLA3EC8GbwUicDDl2HFwUq6NwRjGYALZwoucbGVD4pTZdVhn"
    "axPAXtvxc+WNWZdtDL3fvX1HDEI8vJuqzY+R6tO5fZ/nnnvuuefcVs04GR99XoReXCIv5DHE8Uca4v4e9sgR+FpL+bcoutx+OuHc"
    "QVtcP6T1zgdogydOL7k+hv6cptWYn+pqgowfuqxnrjj8jn7kzlDP44gpSigIuU90vEPFeVsp5jpFSzLjCn+m3sHubLhdu3QctmGP"
    "jYuvwZ7CHn25hq8h+Ib8HZDBYKFbm5X3oM93M1lYFuY/2Hkv/Rgx43a2/mwNmA7wdcD687lfpg7QPs4uGuuYR4Xcl4M83HlY1zL6"
    "Tl4B1vxT+Pcu2KNiujMTR/DYhq2VwWMBd4YynWHr5m6F37eV7mK6g3ZzBN0AupftK9dbGHMR7I+gTM8zvLJ9ANu1nekp1xXBUzcV"
    "fWX2EvMBruWDd/ucLL7JolfJ5TT8PPg93fIV9Jo+KnSf6R/bKzw260kFj2wvMn3ke6aze30oI6duWo3YC/26T9AKtwL6d7TatYWC"
    "zgXYW4Mo6P45DXTPpb4sFnC7OV+tzAdzfo492oh1OE0LMY95GZll+MzEkPZ5ScWgcf7tY+ybz8i6B2iDrp0GjtnntjX28t0ay7v4"
    "qchfafdh1dg+gHWfXW4122WXBovyVXYd9nNxn92flUY5dPjSn2ywZ2u6wEqBtMBAQU/CV3qYlTm+JZ3PlENP/j6TVjzE7g4nOF00"
    "03ES82+mKgfzMwfS44gFD8i7aZxzNh1wTqZn2LMjQGNwjtQ7plPAGUf+Rvo6y1dGUA3i1nGOZ7EHvsS58gZ1ODyILVYCx+gB1s75"
    "OvrainhgIPoRUAbT647X6HXlM5xNF2gov+ephk/L9keUtgKkfEBbmX4xO6RoVM7OPmUi5XP7d7+wfyzOOIP9dQbx0hkqw5otUZ6l"
    "Wd3xRLGwcQDfc+zs+wV09QzNAa3KuptrZGMpa9DPv9NYbgfZ3gza9hLn5zeZbihPW18660AbaILSYP1eeZwqlRq0qyEVcylXEuSX"
    "FlNI3ozxWqhCPoWzfgiNV/4Ke16HvhZQseLF8zIqRTxdqqylIuSPcVwgSf6CpspfWB8qDprqeAVlTloOTJU/F9hGk4ByVg5feZX8"
    "E+zHx+he9Hcvr3cacRUoh4uWSz8DT15aocykYlZPftT6RFFhs4bQavlRklFnqvIwTZFPkAP9RVjcgPqreb0h8LEZzaNpmTru2cxv"
    "sB7ld5yTrZdc+6x/wvNhYDd87B8wOMj6HGWHeDxkYP364lw3aYFrHhVhHYcxIH8k1mEkYqk+3Xemk+GfvcjXk92ReLPuVTczX5+d"
    "R0qB9WO+JvY9aoU4s7rjS7aHeVw5npYKX2k6zq6d/K4B9glyWwIZVcsnEYN8SZWQ5RgJ/gBQwmSK+Gk15DCAxSECA+QiywJdAijy"
    "ONiZ7yKmAxSv9TJk1aT0B5w0RSHsh2NUJs20DkLuo1A2SBlGkyDjFfJvMS5kKZ+haYAfGC2fB32fpmFPs/29GXsS+/XSXuAXwG+z"
    "aLMNS8/40z3uBDZfRbPvJi/fJV6b3uSdJfP72Dr1ckfZkzKZxzLP0IcjWIcHmS8h/F9+l9OTinvJv7Upvxtj9DVBn2BnFtOLnrT7"
    "buca9CbuTHrKL/vuMkNNQRfd6A6zt7vMXqjnpu80F1Oe8A84zZxLN6JXnZOLu+8Fe70HtdeK+QzcHrI7nSXcP9hj+8i93o/btOIG"
    "5TdDb0YHK65VDr4bwCvzhY4zHbrBmo++ZnnmHvYGtOcaZe5gb0SvuI/uhfIY8DrIvJdxPURFPVDFwGPGXuAaCZs6kjzuGHy7LGRi"
    "y2vB1YF2HeTx+KgAKBIUsL5gsN+H8Xdih22QYsPaxqBI5AU8jp0Y6wpYX3D09r6GrcNTGPcpjFuKsQD3SRv8/L4OIAOP+wDaDET9"
    "A1YXi2+viyaM04Q2XajP8O0MrPcYMnLPyDErFs8XtmpxJpbOxNM8pv4/ruNXXJcsWH9g+HPN+3q8Z8N+xygNtim/2xvQK98P0Shg"
    "pusT0E8QY9g2tciG1QWd2Q28CpwEfgmsA36Es+NX7L2XEoFPE8F+z2pzlR5sh0/BIJ7Fe8ZS1zs0312A2Af7AO3et0G/7k0+7git"
    "dD0FWYwBbaIyfndjv0f90CG+jTlD5efsrwKXgvwdOH+PLjHv+rlMLGD9K6AC7O6qlr23ZfUYPKIP/u5ljfWGuJvN4JuoOz8LNfx9"
    "Jc40+TfU4CH2/wq8zwXC9+dgY6PPr0ubKAh/B7CeQdulwDLw/FPMu1NafIm/h89qly8wgD0rSXoQPm5MmU8PyG/Dd1pNW5Q4fRt+"
    "cURZSGvlw3SPMpxa4Fu2KLPhN8InUKaQKXfCn22gDUoJtcCfnQ6/dSL3TdmdLtLgvb+4t2H/E8Bs/xRxhg/1dNIP8uoRo22nQa5f"
    "04uO4cTu8vOxdvzMxJzGwhdntnIo/3+AxVyGPP53fki7IIcnESvOQewyyPMYHWfvxtHmuGs0xRy/oaXQbw9iitWu/VQPjBJ0OrAL"
    "2AfZTIVMf+QgKb8nzaSV8zTJ8Tb27W76AP7qE+yO/LIs+U/tlZCXAs9ihU/BvNcTuRDfwfKS+2mx+mHgS6K8JHAcQLzW52vAIuB3"
    "RH3LgVeI+qGPW0qAd4n67yfy9gM+JspHmwHoaABi0QGoN3A88DjRIIw7+B+JhmCsWxFb3oY6tz2C0B7tCjDW0GrgLaJhyBuOvOH3"
    "Ay8SjUA/I9DvyG1EPuiDDzyo8E/v+D7RKPB2J9J3ovwuzGUMxhmLdmPxXARftgj9FoGfEuh6CcpL0KYUz36MUYZ5l2Oc8nNw3TFO"
    "JcYehzUbX4gwFDHsRLSZCF94EuY5Gc+TPyOa8kssCdpPU+3XSdPB0zfAdxXmOQOYhTh8DniYiz7mgod5kDf7Jpm7Ieu7z90YtYO/"
    "ApZm4f7/Z5z782BBfg455JBDDjnkkEMOOeSQQw455JBDDjnkkEMOOeSQQw455JDDXyhWAs/2wHmie6qz8ApR3cpesJ+o3pPDXwxm"
    "s0+r8DRKC2kRrSQXyZRPZUiR/IzsIAf/LIuRUqL7My2WULr7cy+8UqFIy+SWakRaoWHSFpF2oM7LIu2kW6SPRNpF/eWhIu2mDcpI"
    "kfbQYOXnIp1H/ZVPRbqPFHX9m0j3pds9fy3S/cjv+Uykb6EJed8V6f40LM8CJ5IjD08HOFcsLWEuHpGWqb80SaQVGi/Vi7QDdX4o"
    "0k7M5Z9F2kW3SxdE2k3n5UKR9lCh8j2RzqPbld+JdB/5XxxOke5LkzyzRLofrfQ8IdK30H15Y0S6P43PO0mzKUqtgAlsoAiFSQU0"
    "PGtIhUinJK2nFK/VhlyVCpE7FrSSyqkCUGkuaukoj6G9SrOQTqEV+6vxfnVKkB8lfXjZ9furRGqh4KOGty9Bah56CLHvyJsdbY2a"
    "0Q2RsBrWTE0N6cn1qWhrm6kWhsaqleUV5epcXW+NRdRZeiqppzQzqif8ap9ZPetVqgvRR41mlqjzEiE/+5+eKDVj3GyeVWrEU4IM"
    "FEebI3ZvaqOWQAbjsZXaMWcNbWhhpLU9piExA7VDKEtgBqw3lUqBG/Q+wwhFEuFISi1VrxroqzK2mNc1umtWQmwVwAQURVIGq1jp"
    "r/BP6L3nXvq9HhtRVFW5ppi8hM05ziWyBnk6tVx3NVXUi3DtM1AS4U9h3ivrO4gajbxWPW/JZGry0RK81qJeRqzDiC1oH+KamKkZ"
    "4n0zjbZ71pFuE6tzH9YwxTkI83aZuRlM27KEGzVUTTVTWjgS11JrVL3lSgVSU5HWqGFGUsiMJtSgv9Gv1mtmJGGqWiKsLupuWNfS"
    "Eg1FeGYokjI1VNbNNiz9fe2pqBGOhthohr83Rep9Y11WniyVJ0iOSWwtl8MCXp09G3aTRjOyNqIu0EwzYrDKM1HBEMK3F3YGF0oc"
    "T2zB1kFcTDhtPK3xRQ/z7tg2ToiWzdjY6nUHVkVbTShPAr866tqzYW1KhFK08L8GHzeBMVSkbc1UOaeMu5YeXKh8WTWuJLZixlFq"
    "8roh5Mfwu14YtTjkaI/aLMzWOm4E27rnjvp3jOLqd1kWtkq3iB2m8twk0jrnPSO9Ur5yjP8I54qlNG5Um9Eixsex+WjjiqtxtYsI"
    "NTQ5t0aW+trKqnKOWe9zuMoyQxoRklwCE1zba4+2tLK3DVuJGOfXyOo7wbkN8zy9W7KsVkyMZM84xk39mu5VaeHaaEsvzHsrvYZ8"
    "W7hsTDGqzjkK49deZ1ujdLRt56tmb3Vb182rJKdx+eqiXZIbYVPwEre37kzNwFbExp2Risb1EnVdWzTUpq7TDDUcMaKtCRQ2r1ev"
    "3AgqSjVs9URCX4tttDZSgm3dkooYbdFEq2rADqpGJBVtEV2oZptmMsMQj5ipaEiLxdbjQIon0bQZJ9C6qNnGRtdi+/w2F7AaLTDB"
    "ajSeTOlrOXulRigViSQwjhbWmqOxqIk+2rSUFoItgUGJhgxuK2Ai1KSWKJ3TntKTETC5ZG7t5Ypgy7Yzhh5bGzF47UQkEjaYnQpj"
    "ijE0wsAxXV/DptKip8Be2GwrzeK3RU+YaKqrWjiMOUNQeqg9ziwYrIqZYU4LpXSUJWOaiV7izFK18T2epClw5MqgCezXz3d6tv0K"
    "CevlF/pRhoammZxSVrZu3Tq/JoxYCDbMD6bK/vfdMhVJcmXONlAprhaszzjU5bpDm+uTEaEkKcPfZsZj9vFnD5uxk+1Zljmzixpx"
    "tNXyYygp9n5AaL3aowdm53qe1BX8pMahA36Y8rZzq87WsnFerVqXhJoEsEaqqFCiZs7zCn9FT3HZFiiKZ5NP3OD7x8+F1YryOnBW"
    "2y0GKGE0aRp+Ixrz66nWsrpALfHPASX+6RS7qZefGXdQnlRFkjSZgtI3BJ0pVdNg8kkzQH2gU2mcNAX5k0BRTtWSm31vBP+7R3JU"
    "75M6L0oHL0p0UepTd0FSL0j/XV/o+1Og0PdfgSLfx4FiX1PXxi7Z21XX1dTV0XWwy9n37bdG+v7jzYDP+6ZU/WbgVt8b5wK+V8+d"
    "Pdd1Tqk+N25i4FygwPefH1m+j6R3gx/WfBB8v5KC7737bvCPNRR8hyzfH6afDZ6VlOCZ6Urw94rl8572nZb5n+pfFQwPvPoz6aXO"
    "ab6X6+/yHf+HQp/1U6n+WPLYpmMK+7RW69jAyoDvaNXRuqP60Y1H9xw9eNRd8BMpeejpQ+lDiveQtOOIlD4ieY9IHu/hqsNdh5VN"
    "6R1pOZ3uTJ9KK2UHqw7KTz+ffl7ufP7U83LZ/qr98p7npM59p/bJdXs79sple/W9J/Zaex3ff/JrvvonJX23dGK3tDswwvfYrtt8"
    "3l2+XRt3deyydjnLd1bvlDftlJIdmzrkHR1SZ8epDrluW9M2fZuyJWD59jwsbf6bCp9pVPkMTERPTPMlAhN8w6SC4NBxBUH3OCXo"
    "wtRXo6wJWBmo8K1YXuNbDjqocmDQCfE4KpVgTJH6KdOUWiWmPKg4uxqs6nCDXN0wYVKgumF0YeDVemleQPXVoOe5wMGAdDbQFZA3"
    "BaRbK4cEB0jeYH6lNyhLWH+SfD5vlbfJu9Hr8HrLvHVe3dvhPeu1vO4q5HV5FZ2kOmJfTeCUjkk7XljUWFw8/5jbWjg/7a5fkZYe"
    "SY9uZH+rG5anXY+kKbh8xdIXJOk7yx7evp1mjpifrmxcml49Ytn8dBiJapbYhET+iBdupZnLDNMw24vZj2QnyCwuNgyWkthTsV3G"
    "U1KxgWJUQyM8mO1kFBumZBjYSCbyDWkV0gaOHuQbEpoARrHov7snDLAKHeGPaQ9hGGhnoB9DDFewiv4HzcxRSQ==")
FONTDATA['serif'] = (
    "eNrkvXl8VEXWMFznLn2709u9vXc6vXfCEkJCOgHClktIQmRtIGIaJGkwsihIWF2RqCACMkRBRdyiRkTEsdGIiI7GEZ1xHAZ8BDd0"
    "zLBlFgczDjKOkJuvbt3uTifgPM/7fu8f7+/3tnb6VtWpulXnnDpL1akCAUJIjxoRjSJTZ+QX0vd90IxzvsLf2HVL5jYEXhr/HEIw"
    "CiHV0OtWr/TVuqYPQYhbiRD1X/MbFiy5c+5+AaGMKpzXumDxrfOP3z0mByHhEkILChZeP7c+49jzEYRuHYTbG7oQZ+hna9/B6Xqc"
    "Di1csvKWMeuP3IHT9yHkbVu89Lq51F8/L0DoUdye99CSubc0aNewxxF6Q4fhfTfNXXL93kOrn8Jp3J62uWHpipXd9yHc1qHfy+UN"
    "y69vgAUPqXD6W4ToJkQz9dCEWITYnWwYjyJb+aWbUT20AEtRKpplWIpm2lFGdwTd0o1b8eMvGjJ2xjgkIl/3JfZ+qRLCnB/ejCF4"
    "55t/4dp72dHy25AB/6UT3ywk4xExg3AKSJphePxGOcHh9J30UnoVfSe9ib6ffpr+A2tm3exv2L+y592/8zzmedLzb6/V6/ZWeCd7"
    "r/FGvbO9c7xrvK3eQ95PvCe833nPeyUf7wv4cnwFviLfCN8o3xhfua/Wt9R3q2+jb7vvNd87vk4/6zf77f6AP8c/2D/FX+2v9a/z"
    "P+Tf7T8WoAKqgDFgClgDmQFvYEAgN1AVmBe4PkgF+aA/G2VT2bpsPtuS7cjOyg5lD8ouyh6VvTi7MXtd9n3Z92dvy346e2/2K9kH"
    "s9/KPpT9++wvss/mjMoRc8pyYjnX5czPWZyzdNCSQTcPtj/vf/7+TuYidXHoxVEXx1wce7H84lQp2H2pu5vgq5leSd9Gr8MY+AX9"
    "LH2UzWQfYI+ynW7kljAGmr3I6/D6vFXeSAIDdd5G737vB95PvV97v/de8CGfCWNgoK/QV5LCwA2+lb61viZfcwoDtgQGJvtn+Gdj"
    "DDSlYUDAGHAGPAkMxAL1BAO+n8FAJIWBpuzm7D0pDPwu+wjGwIgUBq7PWYQxEBu0DGPA/vx9GANw0X1xOMaAeHHcxUrJJ2Og+1T3"
    "r7vf7j7Y/Vp3a/er3a907+t+sXt4d0F37p99HX/v+FvHXztOd5zsaO/4Y8dXHSc6vuz4ouPzjk87jncc6/ivjo87jnT8oeNwx+87"
    "Puz4oOP9jnc72jre6TjY8XTHwx0Pdmzp2NBxR8eKjnEd+R2BDl+HrcPcoTt77uxfz54++87Z1rPPnL357ISz48+Wnh1zdtTZkrND"
    "z+adHXSWP/PvMz+eufbM1DPiqXmn5p6qOXX1qemnpp6adKri1JhTw04VnHKfyjjFnWJOwUnp5Pcn/3ryzMk/nvz65KcnPz555OR7"
    "JxtOLjm5+OTUk5NPTjo54WTVVzVfXf3l/rmvz53m+FL/R/0h/Xv6X+vf1bfp38n4TmNXZsf/0x8VlSH/ALoMF4CoxBP137Sh1KQR"
    "g2WaCssVNdKgDKRFOizBDciIeCQgEzIjC7IiG7IjB3KiTOTC0siNPMiL56AfBVAQhVA2ykH9UH80AA1EuWgQykODUT4qQENQIQqj"
    "IlSMhqJhaDgqQSPQSDQKjUZjUCmWiGNRGRqHylEFqkTjURW6Ck1AE9EkNBlNQVNRBE1D09EMVI2uRjPRNagGRdEsNBtdi+agWlSH"
    "Ymgu7v+9aAPaiDajbWgHehI9i55BLWgXeg49j15AL6I9aC96Cb2MfoniaB96Fb2GWtF+dAC9jt5Cb6Jfobe5b9FyLPOvR4u4c+gW"
    "9DRqQDeqh6PV6AZ1FN2Hdqqr0Qr1teo5aAG6WT1JPVU9hV6uvgYtRnfQs9FudBDdha5DN6lnQLW6Rj0ZLUFruO/QPHQ3Wo8eAQtY"
    "uW+4du7P3F+409wZ9Ib6MfQujOAkdX/uJ+6i+ht1O/d3dCt3lvsrdwGtQ/eje9AWtAltRU3oAfQL9BB6GI9wO3ocPYEeQ/+k7qOe"
    "RMuondRj1OPoNuop6glqI9ZGWzB9qrAWMaIG8rfXh96LqfYoQt3fyqmev9Kk7p/+TzKkWvnZgXHfisfwBaaR8qnEdFyEVuGc9M+7"
    "6GOcK38imKZ78Jiv/NmLaTUrARfDeHn0Z+Ai6BFM3d/0eksEU+N23JfX0BcwBH2IGX4p+h7UmGLv41a/x3mTr9QUJWvi+eRxflru"
    "CfQYtRlNoE7jxKNyCZVP8egQehxqccsr8Ti3pEY86rJGN6A1+O8MtBBz1gYlix196Uuk6f4nHtUazPd349mwOK3GW/AUjec4XY2e"
    "wjh9l+TlJwu5KvoGaj9FdW3DiQcwbz6A5gIeO7WFHvt/iqL01UgPA+hsLBWuhKUiZJR+ogq7z9MhLDWu7u5M5nVP7P4nPVe6ialj"
    "stjRzEf/UYw9wCzBtVH3Gel2qZ6dwu7C1NqNkDh+9qxozdXVM6ZPi0ydMnnSxAlXVY2vrCgfVzZWLB0zetTIESXDhw0tHlKQPzhv"
    "UP9+OdmhYMDvdVgE3mjQazM0ak7FMjQFaJAvDrGKOJ3tEyrnBiuCc6vyBvkqHAvL8wZVBCtjcd9cXxz/MDnBqiqSFZwb98V88Rz8"
    "MzctOxYXMeT8PpCiAimmIIH3jUKj5FcEffHD5UHfAZg1rQY/bykPRn3xv5PnyeSZySEJPU74/bgG6ZXcW19FvHL1wk0VMdxH2KfN"
    "GBccd31G3iC0L0OLH7X4Kd4/2LAP+o8B8kD1rxixj0JqvfxaPNKKufXxyLSainKX3x/NG3RV3BAsJ0VoHGkyrhoX50iTvkVy19Fm"
    "375BbZvuP8CjebFcXX2wfu61NXF6Lq67ia7YtGlDXMiNDwiWxwfcdtqBR359fFCwvCKeK7c6cXrqPRN7XglxNhsbQpt+QHg4wb9/"
    "2ztnbiJHlc3/gOTHODUuDtNr/PLHVYlxvWlTZdBXuSm2ae6B7sZ5QR8f3LRPp9vUUIHRjSI1uIkD3Qc3u+KV90fjfGwhjIgmhl45"
    "fWLcPG12TZzKrvQtnItz8P+lQf9wl19IwUR+rhhhtGDkYAz7/TIaNh8Q0TyciDdOq1HSPjTP9QoS83OjcSoml7QlS6xXyyWNyZJU"
    "9VgQ03bijJpNcSb7qvpgBcb45rnxxnmYu26QCRPk44YLLn9wk0nwleRHCawP9+qq+kW+OJuDkYRrpVfAfCNX2cSThOGC8vN3F35B"
    "jmDylQRxM3I7FcGKWOL/1QsduAEfRnRVrsII1TVxsRw/iHMTFKvYV5CPa8yNYYItKifEjOcHG+KWYFmKunK3KhbNqCFVEtXilnFx"
    "7NklasXzK8i88lVsipUrXZDbCk6reQOFu9v3Fflcr8rmQLRcBraNw1yWU7Gppn5+3Btz1eN5N99X4/LHxSimcDRYc31UZjuMoQHt"
    "LsIcUcIr1TUTZwQnTptVMzzREaVAbo7JrujTTLDGpTSDGTCuzlb7aigXHcWAPM7wVeKHYNko/DfOZavxl8cIJ7ky45aN8tWACyWh"
    "cTfiA3wV15cn4OR0r0ZZmZ3GVSVbU8lJ3M64Kpc/6lc+eYMoXOxLvBjXUMtIrUoWYTGFC9SYP8dVkSwZlw6Z6X01weuD0eBCX1yM"
    "1Mhjk9FDsJxABsF5glbVvVJpyMJoQn5cnEzIyIxX5rrSkRsfT9KpZFWf4quSxb5N6uDEGZvkxoOJBhHu+VVxJLOwOFxwEVkgT+gg"
    "lr3Y5axUJvSmfaIoT+aFI+RGglfVbwrOqBlFoLE8WeO6TX6XCU2EidVleYOwaCvbF4T7pu0T4b4Zs2rewI6w777qmlcooMbFyqL7"
    "Qris5g0fVhokl5Jz5Uw54ZMTckvTcUJN4F1viAg1klKGZJD0dQcAkTx1Mg/QdQcoJY9XXpRDXiRiu/q6A4xSIiahGZynVvIaSR75"
    "7EMyysQMVlSLGlFH6SnXPpCzXsE5B7H9rQH0qg704NqHa00n2QegcZ9GdCkQjRhCVHp439U9r756Vs2r2EoHF/mLX1QmfzC7OBZi"
    "YmO1UuGrlxnljujCTbGoPNmQDZMG/w9xCI7BZAqOwR1R6eIZwevL4tpgmZxfKueXKvkqOZ/DLAo2wNUbMe0jcZA5YHaNH09JX+aH"
    "rk3832VKRbFQ2cSfycOdO9F9Cg5jG1SLjMCJryO9XqXT8YKeNhpARxtokdY8Nps2fyrABwJUCjBUgP0C7BIgRwCbAEo+zmkRYLsA"
    "dwsADQLEBIgIUC5AkQAhAXgBkAAlnQKcFuCYAG0CtCZrNAqJCtXJCowAGLJdgKMCHEpC1hMAUQCqQAAfafIoaShOmpiDP8uWLatb"
    "lvws7/WpnZP41Ck/SQhUmosyHfzv62rnlAomKBHCYSE8pCDbogoGcoqLhoYLbXSYDsLhiqKiispwuPLsl2Nqrx1SVTUkXFnJ/PJS"
    "leKzraWvpd7HOKSxR9YtvsoygJlLreFUFGRQDKL3a2CXBhZpIKqBiRpgNHBBA2c18KkGXtDAoxrYqIFbNTBUAzkasGngLxr4QAMr"
    "NTBfA9M1AKIGCjTg04CFVB7RpoFWDbRooFEDDRqo10C1BkKYMTVwXgOnNXCMlG4nRbhyESnFlQ8lq1AxDUQ0MFUD+aRaCjnLLsdg"
    "bRrm+haj0sLDtXMKZdxh5Mm4Axlf+Euh98dMkMrwH3a05IU/SV4FV9nYSj2BceXC3ugj4tVmb5aK4Uy8Xqdh1II900UxtM3icbMM"
    "Y7XaGNokcGq1QNsYyIAMvw/70NqMl6JZLq0302A0vBS1m41GLRiNoNYatUbaKtBq2oRKw6VhUwnWqrjvmKa5ApIJm/glfTXZSX/J"
    "f/Jz2hePweqng2b5GywO46/fHKblb9gapAcALjghXZqycIr0u8mLpuxtG/ET6CYtnAjFkxZOatlfIs2D4hLpI0o3X5oFu+TvfAgv"
    "gEekRfJ3gXQY5AVIVNNdT7/LfoQ98HzsZz8sRgsYmzeP7mcu6kdr+vfnBwxwBvng8JJij82zIjogOCjDW8QXqG0IZYKGzsy0imYb"
    "l6dBmhXR/iiHZZEzVgIFJeArAVQC7SXQXAI4RyxJzg2ZVvmF/GEZCY7ScObhcD5me3nAck6CgvgX/7WHBXu4sHBIATsY+uGkB+zC"
    "YAbPh2HFYavNLgT7yfk422pRcdYgFOX0E8YAWGQ4A8CfbuwYVhbwvhS9OTZpmPvwnumP7hzr9tw6pu65TZ+9Ph2Gzr3nptVdF/tN"
    "qK2/0UINcoL4zoCrWGrogPwRU64f07TfcNdaVbb0l5asgYwUDIx+9d6XP9PfD2drbyvsOieso6tHzhjdD97U30AcMlTZfUZVz07H"
    "GNVjrzmECtC14lCKRpDrNTAM0F5Gk51p0WRqCoeo7PujWtXrs7UC/mUoJtB/fzQr8PrsrMH4NwuZZQTl5uYiR2kp/knxdBqrYIxg"
    "5gbej6UD7y+0cUU5wYDKarGFC4cquURm9Mo+cBPdurSrXtr/dDOMf+q5x2fMvmZqZOasaiZfev3pp5/Z9VTLY8ksCztfekC6/+39"
    "sPTA6zu2rG9u2bBVMkub3379lV+lMvBIp3R/q7LgMYdQHhoOQ8Tfm/v1dzNek8nAMgXMYGMRGuzVcRzy0s4MY67T6BxRouM0XCSq"
    "0ZjM/QwsBi5QB2yBoZFogLFlR6I2m8kYiZqsnSOgfQTER0DzCGgYAZERII6AghHgGwH8CEA4ExcfHQFNvctwAa7ZRmpG0iq0k4ZS"
    "kEoTYvobfARIaRHXN44Ada3Creliu49ESklz/JEluEP5CiaEKVXiyE/j53Tq4adwYn5bDMDB0GH9iv1WjuK8eL73MwAR+WNgWIKI"
    "UDgMDJjDbbTFPoYqLsIUpb8ed9tW2DVX9Qv4cPOkm08/J+1+ceGpDT/+u+qOex9p2//LA9KaLx6V9ItqX9DsnHt17v5F1zIjpyy/"
    "ZrjU+MFzruJil/Sv+FFn8WNzpr/7+tz7rws/+NrWh35x8c5H4cO8nTc98DiDnl0Zqqif0BaT1/lm0teCS9YpUCx+jc0OliHaBNG3"
    "snAVCyUsPMrCRhZmsjCABScLGhYWXmDhUxY+YGE/C7tYKGdhKAshFiwsMCycZ+F0b4CHWVjNwnzSSiUBPstCCwsPsnA3izU5CzEW"
    "IiyILBSkNTRcaekoC4dYaCU1trOwjoVOFtpJPtXGYv8RmlloYqGRlVtKNeNjgWfhHRZeZsHIEoKn6RWiw6+st9OAll2m23EeKj0s"
    "CzRZjQ8pwOI6ODOhfWR8zpImUQvZLUhAWaIOaQyMhjGZ9Yh1odLSdPXFm2x262DABDcNHWY1AAWuyoeXffDNooV//O1tTePgnHRJ"
    "+ujY2OpF/4Zp352DqT/eUF15QvqKrM2W4XdEku/QINaADCZzBkJ93mEuHgMmgady+hV7wGS1UKqyZQ9Xjmu67bd/XLjwj9Kk6rHH"
    "oRhoUEHoRGX1jf+S9p07J738o7L+W09NoZ/EfCFAtpjD6xhGT6u1rIESVEjDcTSiTWZjBq/RGgQ1xXJIBQbdge42cbdGV6Vj6JAZ"
    "bGagzHDeDKfN8KkZPjBDixkeNsO9ZlhthvlmEM1QaIaAGSxmYMxwwQwnzXDMDIfMsN8MuwjYPDNAhIAWmQE3ypsBmaFEabWVNNlo"
    "hpVmqDf3glMAlFKqwQwxM/jM0GaGuBmaSTLdkrvcgqub01sk9HADKv19rqy/QZ7vZNJjXGMVZh7GYhMu264HLtscNLP9sutFGJn7"
    "eD6MFqVWmCRK7+U/niu9L0IVM2Drr2G89MbbW+bN3fKW9CZUvbf1Ohnn89FHjJdZj23kbFHA9piKonR6xLDMS1EN+yq2NpISJ2E/"
    "ghAU/MV+TG2/lVq1QKqB3QtgD7VKmgl75sMeaeZ8hZZTpPdhLfoE8WiQ6FAhxGi1golmnoga6N2zVYajJoiZMEJQflhRRz3mKVc8"
    "tBhr3aSoWvvUg3FPdnl5sTh1yMY3Bk4e3mDxmYPi0JJryXsmwcNUjMrHmmOnuJhGsn36RhTeKrhMNhxLTmc8l1cS+bGdTF+qjyTA"
    "UxhhGYSne1tyxqcmvDLbMdxaFub0EKi2Zyanz2FUqihaeVb4rZMoCzz86KNynzdgv+RWdBzj3CFqkUql0yuOSKJCXzMdbk2a6Enz"
    "XN4r6f6WKmEr8bgDookGFut8rOVZGNVMhrNsWe2c5MwcUmDHmr2+Hj6bZ2FnYTsV61j6FaxjM5ANiWKOwGqxsWF3qA0romqOsqyI"
    "Uk7RAcgB7Q5odkDMATipcCZK6qM0qeIPUAJvCheaaJ4Kpp5fkaqOff75V8e+OnDbvXcvX9m47g6qpasK6qEaJsNc6VnpZSiDLOm8"
    "9Etpr/Q3COIxtWLjcT1bhfs1UczjEMtqdYjjOR9Ha2hOzFAhlmZXRGmHqAOkg3YdNOsgpgOcTHWOGICZh+uSwlJGJWv1F2cLbHF2"
    "mFoBpq58MEv/gA1FEVltMZVzi/9IZCh+91Z2EspCMXGYi6eyOCtldXs4kwsZeAOloQ0GkyljRdSkolzgWh0Fh+gB5IF2DzR7IOYB"
    "nOzdC/JXsUNLUiao3KEBUDxM1rqyIWWEoCDT2CqrbRXnp7de+ujgq7uvWn1vcUNusGz/2q++vqb1aLSeemXbC0/8+g/r777P7WgB"
    "Kvf15xt+8/6+SbPJHJiH6RnHfR+I7hOn9TdlZ9vtJi+tMhiQCuUO6m82mU0rovlmMJuDNPLwHjwajycYzFwRDXK0dkW0gWvkKCMH"
    "WMY6xUGABkH7IGgeBLFBgJPJUYXz58xRiN8zrvw5smmSHF7C8zARMwTzbz9atq+xoYjHmi8PGnoGPQbCPgFPdg/Q8R9Pvb1HW5bX"
    "b+uYJx7e9MDWrcsWr2osXjkoWHZd03j45aP3798LS177fS5kvmXzNe1et5FTT9eoGu/ecDvBRaYg7d/8nMX6PPHB+mM6trPlmIcM"
    "aLqYr2fUoDIATTGUkVezBtqwKopoGrScClOQB8RDOw/NPMR4wMnkWGUXKz/dp7InbGRF/AF+tkIQ/PTAvV17qK0r9ktPspIPzkA/"
    "6Qvot57ecWn5Vrqwa44iC28m9BmNPGi5WOF2ODQCTbs0tNdntyLriqgRu4uUjkZI5XRmrY46VSo8ERsyGjMoI3YMM1RO0QfIB+0+"
    "aPZBzAc4eTlNMBUIURLiOmkZ4h7LzNWbGIOxPcjhcVj9wlA48+dTF868/RDG/6Dbhz/5kHj/6tnXxKjdXa8spvm33/vdFzLaHZ6H"
    "9t2xdpSDevRRqdpB8FyDx/Qe5jnZL7lFHG8NBFRuPea37Bz86LP7VkaNdq8dD8tupzMyMP/J08hnoOWJlMHRmPcwr+UAyoH2HGjO"
    "gVgO4GS6kAkrw+k1sB5fThmbPDBKwOZMuNBulV03nKQVC3co4TWON9HvffKbk9/deeqhBx8oC/ob8h58Vv1sy76D0rxbFy9o2Lhz"
    "EzR/fApiMOFzGNES7NhocklnpM6Zv+n65onXWh4slI5IJ4jMxnwlr4Oo0TQxn1WpgKOB1mSwDoZSU+rV0a2JzW9KJWYAyoD2DGjO"
    "gFgG4GQvapEBJU0mk2LPybSQ2enDMnpM1567qIldrzIIRk++yDMtik9E5LUNBdBgtEAc6R4gBHF/DAKjtau0qvwC2jAocxDG6aBB"
    "PoslZ0XUwml8K6Iap1gAqADaC6C5AGIFgJN9xDgiPgX+Sc7hhE9RSJDLETc46BOwezwYEotGaQ5gr+eNN85evubTk1J145JrlnzU"
    "dvDw5jUb1q1cfff6tQMWL7lhQf2ShkX0hZse7T/w1ca32+DO9S8P6L9j6a79r1063Ny08fkX7t1MF2y6+85fbL71dpm/yvCY92L+"
    "cuAxY/5yaREemQqpgiGLz+exeVZGkY23Yf6y2WiNRsCzSO/V52NFSuv1GiftxPzFiSFAIWgPQXMIYiHAyf8pfwmKpDbLI8bmLMLT"
    "p1iZPiazrJghIMiDHsZTZSf/cOa4dO7HZ+8bG/QtHta8V7PjiX0fwSs/3XLnXffcSrf87o/SfqlZell6LPDnJqMDnCBc/QlllVoe"
    "fRCLEfDKY30G2wPb6HexPWBHcfFWHUImlcrhtBofm23lFdPgmBMOOaHVCS1OWOeElU6od4LohAInhJxgcQLjxCYqAWpMFlc7odwJ"
    "R9Nq+pxA8U5ATuh0QrMTmpzQ4ISYEyKksZT9WZfuh6S7pHPS9P8VFhSFdKtlW0VYtloKKysLw5UVReGKhPVSQR3AJkwYJ+Sx34Dt"
    "xMfJ2LPQQnGsSaezY4vIaLe7PUb+iWimcfdsU6aGfmy2hm8kCre0yQP46agH4kT1tpPnNpJsVHTwnIRVRtZAHb0szDS5kein+TKL"
    "c1uyw5qntu3zhcorisQIXZXo86UDihFq9ZkCY4eWzFZs6IPYhn4YS78hoovBIgCpODV2aVE+A0amlFnKHGG6sUmNnPlzloXDhw/3"
    "cpjAqgHrfPqNS5/RA6ithXB8gXSrdOsCjJv5sJvx0rvJ2qsohlQUizPVGpp6CeswwEqEEznVS1EvB7LyFnV8FYfyc+csIwu/f1C4"
    "u8dOw1aQ/GW8l8bjl42nDPPnw87583H/F+L++y/rP+5vPgVGqpRaSh2huimWIv0/fDgcTmt2WLEGO3TWhfQA3P83Di6ADbBhgZRb"
    "SGjbfYouwXMYyy14Wey2U0C7VSa9yU2HgpTtiShF8Undlylm+h6bnWnW6Xhe80SUZ24PwY0hqAvB1BCMDEF+CFwh0IbgYgi+C8GJ"
    "EBwJwZsheDEET4Vgawgw/OwQTAxBaRrwQgz9tzTox0KwOQRrQ7CUNJpL4IxJmI8IzMukLeXdE9PeejoER0NwKAStIWgKwboQNBCp"
    "Uh2C8hAUhSAUAksImBAMV+DiIaCaCWwjgRWHYAHkCwGflEptBAaXREg+zvyGgOPue0lSXXulJaK6vnOyt8t45c2BPnAJGzW/Z49A"
    "KJH1gGI32GV2CdJJew2ba8VDibVmBHP6DD8Qydw6c8oN9zZMD5Y9uRF2P72zZHJy0kMtTHEL99+77dYhLVKutPfZD3z6rp8SEgDz"
    "xhLpdtX3bDUag65Cn4kbh3HIVlBgKM/KHlB61QDalmXjDJxhwkTToM+iJqez8vNoQPw0anTWOZc6aa0x4A1QPO0MOAO0Vhs+HtUy"
    "Y2h65PEobZwI3ROhfSIcnQhtEyE+EZonQmcyh58IaCKIOEucCA0TIZaEaJoI3omAK6dQnsRdAqkoP2nUy7rSkS9rDDy/5MzEJDOl"
    "rERBWWkeUsCqmGAgRBXzJuT3IcFC4WRx0bDkchw9EgrtNFmHw/rTVFyE/AGGEiwmBieHQb+AirJa5Ef2lS3Sn3b9SXrhzYvwJhgg"
    "Ast+Le1/daz6mt3jqqaOXvp8892hnILlamN29sq2Bum30rm/SJs/ewxyfrv93+ulk0PufnlRZPi20QduqvsV1HwJWfB7oKS3pT++"
    "Le37Xbhw4jXRJbNvPhW/PU/VdS643JntfBYCOy+B45Q0Q7r4nnT0xcl19F4mKv340ENjiuR5bUGIPYD9NCMyQZ34vWAwGhmTntfp"
    "OI5naLNFbxAMsahJEIDHUkTHMUYw1kUzwHTeAqctcMwChyzQaoEWC2y3wDoLrLRAvQWqLVBugSILhCxgsQBjgf9V+JL/UCEdmiEw"
    "bRag4hZotkCTBRot0GCBiAVECxRYwGcB3gLtBKgPwFQLXD7t6n52W+7KqzrEHCT+hbxhoXgbaHDKcjcR8Sq77tlYZA/DhoJd/qX9"
    "2Oj0w2Fp/A748G04safrw9b1XZ0bYPNZ+KRYdmd/vKiW3Vq4R1rDLOxapURUjuz+ifme2K4mlIO+FrdpAiiLNRisVm9WgOnfL5uP"
    "RbNNXlbH6mJRIwtammUdZoetLupgYlEHbbbWRc2m5v7Q1B8a+0NDf4j1B7E/tPeHp0gOTkZIjq8/fNMf2khOAUmi/jDiCCnm+0Mn"
    "aQKRmkf7QzNpS6k5p0dxpy17pu/GEcMj3V4jhnRumrND1FxRTi5g+3WomTzIM4stHib0K/b7ZD+IWLSMP5t+e+dLR0488+j1bx3p"
    "3PT4i3suOfbupa5H3d8+cM9rH0g/dCOpmv7x9gaJbZRsW+7p+r3qgTMYu09mFj/SsnpXlvml+979jYr4dtXd3zJnsI5zoTGiX6Bl"
    "0zPLrTLURbEPoMGej4pxOhGy4LRZdMOclOBNWp8pRcpiCcEjf6HdTPwYn7KOMrQUwrSKVkkHpe1YpNZ83Kkq81S+EZO6v/3Xt8t/"
    "NzJ7rOorC1wHIsyC68LSiV/m5kv/Jb0nfSX9ftjg30rvl8rzdWT3JXYVpr8G25eTsPdiQXqL3uG0Y7LaMYHtNI/7x3OxKBZUTigV"
    "iaHYTizEBmIVLlsuryblJimQtvaD/EEZxyZQep8dJLhmWqSPpY7WW5678JeuH2EFzJeel16QAnsxjndjCzhw8XY1BOj3pdekViku"
    "7WIU1BJ8jkSIWUP2UG8SK3V4Wjux1mGy3DpzLFqnW6qj8nRAIx2vozSsTse4XJZY1AV1UZeJ0caiDFUXZeh2NzS7ocENETfISE8Y"
    "rn0YqI44YwnmGVJQCjKTCMF+Mtv4h4Xxk1/w+2T8+0fu3UufK/M1HDsBN3hF0Ss9DGqgIiVl5osfK32X3vnC0HW+Wap/putr/kfp"
    "ydRYBuCx2NF5cZfNZLIIACqVRUs7HQLCwxGWClSegIcj8AIejiCoNBo8FTVcXVRDg4pR4cGYFMt9e5pdzxDz/bQTjpH8lcSCv9zY"
    "357mKVQnnQVfurNwOgmH023YNYg7AQuyK4mvPsZFaonrZ7CZXCshQusytMLub7refSqF0c3e0aO91KyuC2Q9LonLj2VcKvOL3YDn"
    "lw+1iWstqkwdtlL9AZ/L7aqLut2y64eRxdD2uihtXh2A+QGoDEBOAC4E4L8CAG0BaA1ASwC2B2BdACIBKA9AUQBCAWACUIK/5wNw"
    "OgCHCNz2tGI+AFR7ABoCEAuAGABfIBFJ0GNppSEpsfTbx69O23uWPSWs+JOTXOg1yQmOrBzLrPypicz0uXD1+VPjXBXv3tiN/n7+"
    "u+oDBXvhu3sqc4ogBuPwd84oqX3XkGLpiPSB9IV0pH8WrMkcOjRT4Tl2M5k/L4s3ZdhsgsbppATKnaVxYNmuKdVM1dBajDbE8lo1"
    "zdJ1UT1LO20ChfDUsSBTkRtCbrC4gXHDiENuqHdDeTJ93g2nSVIBwtOMOpo21RQ89PBJrTLvClNqTnnAys3RW/gp7BIuTqBB8Cd+"
    "Ffbx4188ASnnXurmvRSW011/3tu1ca/CK8WZXf+gjPLvxXky/1DFXR+5ijEeJmDBN0+O/QGt+CtWr9Oq1Hg6qWl5DRnziqlJD416"
    "aNBDvR6q9VCuB58eeD0weujUQ7sejunhkB5ak6VFegjp4XRafoseticbiSXBCgiYhbQzMgW9Tg8ryZuUhhjygqN6oNr0ENdDM2kg"
    "QmorvcBlShFuPn3+1V0Wu3IFAyMFkb4SLSMbs2BqRlo52C9jUsZoJDnzijOJ3Mrt/paS7QULiou3WHQqlc2aYcLcY/AaqAx5/c4s"
    "O6J1UYreaoO1NphqA68NjDbotsERG7xsg6dsoBTlk6Jv0jLzCeSo72zwjg2W2qCU1MHPzaSCzwZ1NkA2mNPDSbVXEELJsfXoUVOJ"
    "vGilcI5FtrGTSzbFsHMvxeyY/vyCxqllHnPlwPuZc/JYL/363g9Xec5vtme+jZLymn0Fj9uJfhRfsGVkGO3Y6aXVRjbTZbdSvInH"
    "osamphm900RnMEY9Nmo5vanFBU0uWOeCehdUu2CkCxgXdLrgtAtaXfCYC1aSonIXFLngqAsOuQBX2Z6EV/J9LrCQiiW4QHQBcgGF"
    "22h3QZsL4i5odEEDKSggsO2kpWYXRFy9+GNZX+fwMsGtTEKMt0RwTLjParGV08i2JnBCGqsIGK3sVY9JQ6nRD0gHuv75WlvXJ8qM"
    "vHs9O7o4UxK7Aq5iatcD0sgeVuq6j7pFVuqKHlwonwWB4eKXFKfVCjzoDLq6qIHWaLFlxIGB5jiNhsa6z5SKnlsnwEoB5gswkwTn"
    "KTF5KgHOC3CWhNp9kAzXW03AqpNgn6bF1intpADKBSjEStgngEWJ2zufjNvbTuLwipIFVCpMr40E8YkCpILz2tPi85pJaYQAXDYR"
    "69Knat1/666jnq2V5D4LWbcqkemCpWLhMDlWS6EJdfMRUB+vHzPWdPEMpsQoVp15caEF7NLa3raU6k8Y7w50l2gy2O0mQHodTavV"
    "ehOd6dQf6P5RHKrRV+m1Koeg0WowPSg1TlNa2m6i1So1Jg2AVWVqz4SjmdCWCfFMaM6E0kxILgbKiq1HvCc3TErSLYEEY/mDaeaA"
    "BnrEO10blKyt0rC9e+FhaIWvoBFL+PZW5q6LR5K8dImhLyUFPDOkZ67uwGMzo2vEAjOnMmk0BpXBamGRUcDzUk1hW9ygw3a4mdOZ"
    "kBVbtVbwWaHdCs1WSFq0Stico7RX+Fxy8TchStL7Dcw9rfDh3rmX3k90mHpFESUXTcz+iztT/U3EA8q2ywpsu2iRDQ0VPUinEnSC"
    "3WHBStdiNsj4ZpAD98wBPkdix/by3VUTWYGWN1Zp3q+YDz4E2Z+fPfPlF2c7PvuY2grlMAmb0W3Su1KcapZ+Jf0RAthKGAvyTsY7"
    "1F7pOellaY/0DPY+KDIX/cQXdGCLqhFZWSznrMZMp0aFZ59GbzLhWShLOiziiITTm7ZmwtpMWJoJ+ZlgzIRvMuGdTHiK5Ewl3IDz"
    "u0n+EZJZR8CGK3DvkMpKzZdJtbWkjpfkqGvTg1av4Pf1tTTTjYY0Z4/toZG8ThWkZ+3cP2/hC09LU453ffTUXvgJvv33X+j4c7/o"
    "Wr/zvFSWsjRX/eFTmU5SK9tC6BRCM8V8ZPbpnDKpsnPsW7MAZWFHLivgMwcCmHCBJOFyMOFywJfTi3CyaOUP4QmcihuVYzULr0hH"
    "VlZOchhOMDAY+qmCSaqeOH32c5mqZTBFeqKw5o5R0+1r88ff1HBPqEB6R3qFehJTuB08UIFp7JJOYQr/ElP4Jcn64JibapmyDFf+"
    "gl0M1Cm0ZmdgWluRB3tTY6w879K7sAti01sEk6BXMV4fjw1F7EC5NIzGmfQ8BMX1sDAm3gdHfdCQ3HJMUx+5vW3c9IjTkj62P9l/"
    "5GSloknRC3Z/1HX8qb3UuEudD94FNz6AB7YBMh5688V9rz5CTZKYJIH2vHXvezldf8a6ZRKsefSurvfWy3N/Y/e39HlMrzwUFYvs"
    "6n4eJPQT8gd71JaBA7FxBwPNFuwdOCxMZz6058PRfGjLh07ytyAffPmKykyoQ0QM07QdsMTWT89uqYosd8omu7Lb5VGRDdWcfpvH"
    "BrNfq7n/idHX3bn+zutGdx5/5u2xwfkP3/vI6OvWrl973ehz7Yu/vBoWvZZftfXOqtqxeYOHz1w7p3l/rvSXlglLYmNnjh6UP3L2"
    "PbFfH8/xE5mWjefmu7LdBaPEr02UllLTVpsOqTH/qdUaLNBkBUmbiKmOTKXEkGontpNibNURa8pH8m/sJHZVMylrSLPRlPx40hxb"
    "SqqJNiggAIgYa7i0keQXkJyR3eQ9SrWtpGAqKesk+fHkO5QKPlKnkzTURl7TSEpLk9YgMe5+1mqt/VkVWdtTp5dlq6jMJBtiVYP5"
    "jqxaC37iZuXKzAgjj4e75rjGMY+Xuzy/u2XIccxgj1g+hpHS+x9z2os3uopR0vZlHyc6c5sYM+scKp3KmWlikd6oxwavkdZYMQ3M"
    "DJZh9ZlQnQnlmVCUCaFMsGRCaya0ZML2TFiXCSuT+XwmYOjzmYC1KHU0qUMbMiGSCX2jhpYlB5rYoUwZaCl1kDBvmaAvVJywzXg/"
    "5lJmg6yYpH9dkn6Q/iXb9HBd2+GEmfvNPzr/8TVdRJ5PSNv2vyqP0979J1aOSTCg34ubdRRDazNYVotlk1GXQbEcnkYGDjuK5joe"
    "vDx8x8PLPKzlYSoPpTwYeejm4Rse4jw0kMAJxMPINpJWYikiJLeAhyYeGnnw8dBJIi2OJmGU/IY0SB9ppa9LcyWuIBM3DTuK9Ena"
    "rxBUsKSRjdb4tq4z4a5vHqE8rdi8eCguW6s//ZPVE2Rk0ycyZV+R6v4Tt5HMu6miz2jJYC2szUqpM7AppNPp9RZjBkGIwNEGrVa2"
    "mg7hIi0NiDHX22CmDWw2LFThLzY4YYMPbLDLBg/bYD4pqrTBUBvkEIBFF2xw1gaf2uANG9xtA3lW4AZO2+CYDV60wWM22GxLZFaT"
    "SVlkg5ANLATgkA1abdBCYCKklFKmZ0ln0oVqsgFPso6SqRcnjfFkkqZypianYfoETCG57gqr1cqW0+V+hWw/yZZTihR4Iobzw70W"
    "NYOaHnKENcoTW1sstUiPFUvlqyj0PpTCojy4Fgo+hrdWeenHL9UnqDOVfuZSLb2PeKWAZT1inyHrGi3iYtaa5TYb5LjvuqhLZdEz"
    "NK+hM62Kb++gTXVu8LrhOze87Ia1bpjqhlI3GN3Q7YZv3BAnCxaiG5AbRuKfJjc0usFHFjSOuqEtuaQRIxBprHg5E6Zs33RvqiTl"
    "aGt6ONGfcKyKhwGM3iVN2A6/lW5/hBqwB2wwbBe8vh0rwMM7uj7bIzUTd5yqpUR56NI8IN6UlNFVQ/LVipyyY3xsIz76UrECcRxW"
    "ska9OgPb7Bwy0IyQkVpAxOxQqvBLJCmc24liUMRyJCn90+dc7ZyUf91rZOmqvdfY6MrjXQ8dlwY8Qg1rhbvgpj3Quo3iJZFsRhyk"
    "ThOH8CHqxtQawzys61bg/pvAJ/4ONBnYVdHwjMWMMkwZdVGjyaQBNcSirJpO38dpuNLGT/qmT0tyrwdPZqqT7OAcJZs4l2/0KLs8"
    "GK6knRSkdn1QcuMnTvIbyJ5QqujyRpXmSknpzyq23qs1dVd0/5LeSC+jakjBMEhoMytgUU+cwHlU50//muOtoB/o0kJg5XdDRla6"
    "LmXUMhstn8DomReX2LSApM0ynndI56gYuwVx6Ffi3RzFAAUaNUX/EKUwxn+IopEayNXACQ28qIF15AiXkuMix7EWndfAmxqYTQo+"
    "0sBjGtisgRtJTgrOqIFuDVDfaeAbDbysgafI+SucW4Kz2zRwlBzU+oacz0rfWk0uFvZZ5iH6Pb+vI2TGw2cF1roDz5vPYIB0TvVU"
    "/oCfhAH5vWJhfxTj8jF7CrEMZUaMErW7PRnzW03CfotIULASEdwnxr+exAErMCESyo9bSkT+p4KA+8QL8+nxwo1pZcpZgMvDh2PJ"
    "MOM4qfnzJlACGXXLrng4oHfcvRCG4Dz4rJ6t/GkXmV8TMN1NhO5vincxiOI4pFGzzA9RFpdiuisUwdSJE7pMJUflFnVq4B0NNGug"
    "SQN1JJcnBUc0sJTklJJTdd4k0dNp3pgiO2419h/I/nOHXq5E9eJsIbvYL0zAFP8MU/5c/gD2uwH5/55LxuiG9fQuLENU6Coxl1Vh"
    "fUxTFKOi5eAbBnODGqb41NCphnY1xNXQjAWKGiLq5F6jLOQK8/saEBiRss76cAjsXSA9Iz0znx19qUqObiFyt7tT+pHhu2tx61ZR"
    "Q2FWAnQwCnJ4AJD6NJaGPOOTfpw/X4n9ZOoonpXv6fqb+DxWUBRLcSpEPThbjnzJR7QatXEQ56CZg0YOGjiIcRDhQOTAxwHPAeKg"
    "k4P2JEwTAVMACgiMUnqUgzZSqrRQkKw7XKmmVFBAlSaUyko1pU5+so6699mkPhx55aWr/N6bmRooDput8IX05PFDTB3osqVOv7Im"
    "UoV9t2X0u1iPZ6MlYqmgzs5mfDqdk6H75WQHMgLTog6rIGRFokbBK1A6WhCQOsPGMZEoZ0XWSBTxjf2grh+I/QA/zFmW2hmW7WVT"
    "SWpnuI9jmgiElVUXdrUDQtEYbHf0RLcAJ4dhkLCLj3c+sEqSzMv3/eOq5h1bxk+onxEY/gyge+6t21p+XSH97p13d6135tUuB0ft"
    "7WNpZtvca/NXHQ5KHoatvSnudZB7jki85hakRW7UKE4zcZwb2d12jzdTE4lm2lQmk8VCT4tasK2Nx4lELzR6AXmhpMkLvBfavdDm"
    "hbgXmkhBzAsiyVGefV7oNYVq58xZ3rP8IITTJ1BijQR7rRzZCZd1tWDhlIBzSnZhKanx3pErM6tXbbqja/NGyFfV72g7/KfjM49M"
    "gc4DrVZdl53/nBnsyJPiQ5um/OXbLunfOV7lfAce4xT6fWRDMXGUwGptrM3uUBsjUZ2at1loy7QobUMOGCM6oICsb/EO6HTAUXKi"
    "oJGcKHjZAXWO3uv8KasjnZnIvpnQ44P7lNhLesqQvbOkYX/5YkPzsNwZK6Xzz7744OKS0AD4x9+6vNJPu/Klhcde88v0mID72oHp"
    "YSb0mGphtMjp5Bne4zXzkajZqpCBw0zH8U5cgbJPi1I2TJDxEYL7AoJ1lCTClamxPH0EhAw9h/cSQ1FGQ+JpTXgwOaMJPeTVdjIg"
    "AQ+N+mTZI9LaL48tXqp6EspXSj9K3sZ1y2ZFl0uXKmfBn/4FYPevP+/I++kNZx4cfvvNflSHQOZVBI+xEtPDirLQFnGWE8CYqbYa"
    "rW6PE+HROb1OPJmcTp3JZItETbyOnRbV2dqSQZRKTGUDOcgQIWGWYyLkSEOBB3we4D3QSeAwUN8DjGkxoaj3xl5qS8FCVlKUpa4c"
    "mZA+wQoBldVflAPM6LULhm4vKHhu5omP/vAOLJIeWbgUHrwWvjBtejRi0g73Dv4W2AvfS/Onw+O7W14l52fkoIY97DPIBUPFz002"
    "G+1y2c0ZjDvL5nK6IlGnFVnMlkiUNhs5QySq5cCV3L580w3r3LCSbGvmuhP5N552wzE3HHJDqxu2EwhcPDGtzoskfzapo2yFfpTM"
    "x21Vp22RjvgbaaiFeBWpV6U2VbHKojqTjkYz8TsUVwR7H3zSM+FTfsflOwnLL9eiy5ZfcYEknFpBSG0l2JM70eZg8TBlUcuqLGq5"
    "IWwNKnb9n5555rmHJpcNyQsUlBb99NNHErOZrhnSr+xou/nw7daGnY9XX7rgz8vzy+e8pUr6C8aF+qEiJMKTYveg/Hy7RZU5xj0c"
    "9dfrUU6QdbkzLZqxZXRxJGrPzc1gXTlBhs6gM3yCb2Qk6uOFwkhUyGotg+Yy2F4GjWWwsgzqy6C6DMrLoKgMQmVgKQOmDNrL4FgZ"
    "tJUBBm4hwOt6AyuQqAzOl8FpAnyoN3D9ZW2WpIO2JIHS381cBpB6pUhgfGVA8eS1nWViQO7lUdLLOBlSExlSQxnEyqCAAPde3qj7"
    "mcDN2v8UO7a8954RSotKVNRd70CMpGFDDoFweCr6leNGShynHNefPBZsH2bnSHy/PxmUmDxGIcf40/N/vX96ZSldNRRsO7atOvl0"
    "24dVsZIpTz753sHsld6vg5vHDagcL20fWHxH4/OvSa8umV27cNG8GHXPM7uM9wiedSsXPX716iXFCyrM1xa/MuGLnbuNGUtzmyZe"
    "WlwihpYWzJx4B7Vqzdr1y5avW3eLPMctCNFnsMx2o4PirchiceoNBo1T4/G6MyNRN7LghN2JtY3daqYolhWmR1m+Oak7eUWdthMV"
    "2kAEdbok95JiRbs2JBXs0aTWbU7Lv3yNJEWdZT2SPrUM0DekASzcGAgn7A7sMhcFA2n7qlDJVb1eetsdy6Ub1+yqvWetVH/z/VBI"
    "X1g4eMCoX2zoetiZl+ekave6u8zyE0s55DtNcrHsM5G9Cit6QpyPdDqVINhttGaGHBPO07RVtJoiUazTBKOABb/VYgfGjjndDk12"
    "oBrsELNDxA6iHdrsELdDM0n67MDbAdmhk+Rg0HTIy832OoKF1DJsr4DzdIZL3jTSM+jbxbxBojgoT8x4WnI2r4dc5hslLV4cIY+T"
    "9jnxOLvflybBRjJON/qL+CQep6ByOj3enoG6RcIKRqOs0Iyui1540wvrvKD1whKc+JsXJnphpBdyveAiuY95YbMXbvfCbFJURGBO"
    "kGovknwMMxJTn2pMYxpfGmek7IB4GoDR2ztOOxGjXdvXhO4JiAkrlkEflF2OMzJhi8N2eSKSxV7YSPCE8ZfxyINjZuS7/IUjR22B"
    "cAqDPx1+73em3yzJuvN+ug1jUZ5H/ZB8oeYW5ESHxMkGjlMZEc9bQaVXq1VWOtMlumIuqlkOOPDh54irzdXuUo3mXXEXxbsKcEbM"
    "ddTV6VIh/NjgasL5bTiDU9OuA91tr0bnVJHfyVcrv8Ul5FcM5A6pcmK6OBGvV1vNVtm+MnAMrTVbVUAD1s3GyxeYMFIgF38wUuS1"
    "tmXL028ySRyV6rOUlj6bauCueTBplXQeauZLa2dK0u310tqbN8MQeB+ecuXl2aVzXefsmMPgoQ3S96kphXE0AM8pHuNIg54RG1ht"
    "hkYViWqQvJqIO2o9poVDWmjVQosWtmthnRZWaqFeCyEtWLTAaPHcIhBNWjy9tBDTQkQLohbatBDXQjNJ8lpAWugkSQyXDnaZr1V3"
    "+TUQydDz3iE8sFSeQc1QWZkaDMjyQeXEduAQeEXsFnSqrCw/6t8f62sdHS4cMjgSHWLs788SdHm5eZGo15hrdapUGo1lelTDY1ah"
    "6ezpUZpfHYaZYRgahlAYbGFQheFCGE6H4VgYPghDSxgeDsO8MEAkDOVhKCBwljAwYVjYmQRsDcPKMIhhKCLFuOx8GE6EoS0McdLG"
    "ujDUhxNNKDB8EuxoGA6F4cUwNBGwG8MwMgy+5DuGKy9oDkMsDNXJd1hIzdOk5vYwNOLXi7lp5S5S9zTpABUnAA3k9fitxnDK6a37"
    "z1tPfZXxzx3iTz9mIfRsVCUjDVLaIl1N4+lPtIVd/uuElMowUFyPBsnpo0Im7hYrVrknHynvvFW6+v7mzIqKUquwRSrbfPXVNfds"
    "kWbefDOY6VjuiKKS3DLpbwmlUrNXnaFnho5NJmdE3V3OlPAlciMfM8OfMB9loTZxDTKbHVqdjnNwbk8W1rpZRjNO2ByRaIbNapLZ"
    "hpfZpsUDpz1wyCPflsN4oAQntntgpQfqPVDtgXIPFHkg5AEXKcaeB5Xud4hpB7ma0/LTMVr3v6WFe+vgPhgsn/zLEYoOnnb1LKyE"
    "b1i2DHR0bFBJSgXXzKhL6GBFNynnMTFu5PPzB8W7es7PR6JqnsKeB2XzJc/PR4j/qzi/7cT/bXNAnHjBTcQRbkgesFeqjHyKZEVI"
    "VspzRr3rKy60Ug3/nfMfFxDnJHcrrnRy/wq3+iRP7n/6Zeud996z6ua71jXCCUmQ/nHu0r/++fmvD7af+tUhZS3HL02i4xgPduRH"
    "68VpHiNjMtkdGfaMQNBusmArxOLS+yJRvc3t4lzTogzH00gW/WIQGoOAglBSEIT2ILSRdCwIYtpzabDHBUpb5Eh6NGkBUsklHtmx"
    "wRS1K+SW1zf62dwJRaFQHQ9vx42gpgZuuar1/c8+WjZf1SKJN1P1a9aumhK94RI935k3LDTop79+J/1kqxogYYPaQU9pe9PfJQhk"
    "HQGP9wT9BTIjD7pFvMpiyDRzHGWgvD7BHYmCwGdmZOh0dtmzpjiWi0RZl+iDRnJ6uyRCjm83Jk9wtyWffb7UOJPDTN/aTl8KSSxQ"
    "Jhl5WGolgawfDCULCHRe5UJp2V0ZNz4trf3i44alUu7a9SNXuOUFBPqLnw7KQwJ2buUM6PgHgF3KfqfNoqf+LqCkHtyB6WlB08Q8"
    "geNAp7PaVAIJTzewAk1ZeF4fifJGTpehw3PfWkc2EkUbLEuL1JGJFA7LR8rCibBMZRUg2E9ehkpNPJlM1I7cEYUbC5+WyrCYMmlG"
    "HR5Fvy/d5LJ1lSVn26rCa1HynAX1Ce5bfznmw89ZMvW4mwMG6v203e6JRF12ntZGohxtaxwIDQMhNhAiA8E3EF4eCHUDYepASPLS"
    "f4j5UKyvhMlVXJQPg6leXjKeH3YPTX2y76XKFwryhky85dePRq+/tvCFpgWP5Q8sXj7t6slTts3CfKu+v8lt6rinfNdtRW5/+XWV"
    "d2z1Hl6SHykvmZJZOHjcTDIeCx5PHnMXliDjxX4ZBgNnpmm7g9FpMWI1nNaI/R9hWhTZniLSotQB+Y5ECE56yFoCwQTDLJ7MQrC4"
    "FLvysjNPlpSsBoApsbrb11xf+tlnIwtGzAiusyxfQG3L63f8eHXX2rFl/FiHsp7nwjLta3ov7s9DYh0y6RlGY9LYHazZZsZotRkZ"
    "iqemR/W8TafBXpe1mUijtqRwKmlPk1eIdDkl1+JJeaXk+BzQ+6LCHkHeM73Dfea2TBt5hSyxXkZutHLKpiCUNN+x+BcQvlk6px5/"
    "sLTzFvCAbq+X6nDmXdrpzJvUrwQs1PyELYy6v2XkG8gNsFTs5iiNgTIYeYOGoxgqEtUyRk4NejUC20oe6nmo5qGchyIeQjxYeGB4"
    "OM/DaR6O8XCIh1YeWnjYzsM6Hv4DfPv/CnzJ/88XNF8JXoms4An8IdJmI48N1VYSptH3YsQrXTD5PzjLlraFGa6dc4W4FTbYa7eY"
    "ypsgrYnB/ofABKqH4NpZFvo2PONdXTdTm/GvlcRkfMu+jWllQf8UPRms0cJarDYlJiMZkRGJCpwxEZFxTzIiw1Ztg3ISNcHbgLHB"
    "eRI10WyD7TZYZ4OVpLSAALSQTCXWQg6jOE9CMapToRW+ZDRFow1iaRvlPhJN8U7aHnodybyiJd/rGGlPVOMVIid6x01ok3ETLgi7"
    "lCfGNeXPZyZIby6Fdx7/5lT1yeM7Yf5CC7W4a3sCe+up67seoe4iGJT5XbbMOjAOXeiYeL1Ka9Lr2Eyzxcm4XE4rbWYFTq/NyHK7"
    "xbn1VYzb4qZC7iJ3ubvevc7d4j7kPuY+7dbI+SGcKWe14szT7vPujBIG58lg23GuKkSg5QLWLfuAbn+V/CsONNqrRDdQyF3gpjS0"
    "02LSG7H2YHWZZkZjMxpdKkarwTKb0livGEkB5FRRbq7iC+b2utZSWUmXVYkW0iMtXEk2ozukmWu+kO6SfrkEiqXOpbBnzWtH74Lp"
    "i6UfoTgPO4MwWdpnzcvjYQc8ICNP+h54GXHSHmmwjDunVEn/iHGXBadkP8rs0Dk8TsoEesakdTvMgs6ABbXVYETctCiNsrCRO98D"
    "M7FJ64HviRl8zAMfeGC/BzYSE1hZWC/zQCExgbGFrPLAwgse+NQDv/bAKx7A1vODHlhHoOcTg7mSQAc8YCIG83kPnCXw2MJu9cCu"
    "JPxyD8zzwPSkgZ3jAVsSPtWP1t7t94FXejP8AoFO9WZ7snXxmvT+hEh/5D2CzuTtC0qHtidbrydjVVo/TwAoxaxPmftTPWD09Gw0"
    "1vUJOKr735Q/P796Kh9DSouoI/ZJOG2fObnQMgaG9eIkMFC/mTIp3+8dVlRz1TBpZwxat0sXtkHtPOmBsbGVUqXpo5h91OoddAOZ"
    "gUupbTITXZr9XNMExW4ZJv+bCZiPzGi32EBpdQBqrYmxWrRUBlY6XIYRdAhzkglZt1pBiVFHVjhqhbgVvrFCkxUarBBJ5o/aSn7a"
    "SXETee4kyTaSbExCTyVF6to+PkBqUSpxv+2V403CxaBc0lSsRJzIRyCHUczXwxdavPnU/q5LYC65MzOc78yj8838hp+GXDrusrwv"
    "vUXGe1A6R7vZLSiAJoj9+IDVzWU43AwdoENBh5pTcz9E1WqjP+D/IRow8j9EjaghBMoOUn76dTR9bl2STZsibJkNxT9DR2JbEhtj"
    "8u1RVg/gXxvOoR6+c8Oimz67+54NY2ZPXlgTXTB59hjp3M77od+qVUwe82fI2bIjf8kN0v66jWbaumGu9MoNS+TYkZ1SJcjrYzQ0"
    "it00IhfIoaz0ayNzWLhALo/8lFwqee9l90oqF81RLCz6noWTLPSK+WhKBp/UJ+NCipKhISjtUskU/Pa0MJHq3tdKorSr7A4R+JbL"
    "rq7jSXBLyXnSrgKnNFefFv4SSru9Mv36O1m99e46btfLQi8H/EpXF/6PpmXdFcETYSxKiE9Y2DlfquTG//hGH14aL4Y0Dhft9epZ"
    "rNTYYCgj05Xp+iGamQlms+mHqFkJakkFkPThI+I72Uk8CVlLlW/7HQwyS+VCMVkbsNixqSyzVPAg5p/5s2oWYv657+67P1t844Y1"
    "0jnMOTBl7gasNTfVwgTMOTu2SF/+GfPVytXSF5sfQ/K9xBcYJz0FOVGRmKWxZbqQ6SXcIXVMTalptWjV6diXoroCF2Z23EnecSjz"
    "KyyCDiVvCIQAubxKxQWVJSBlxzRsoGjdDZsnzM2ZPEV/vWn96uE3T5w5I1gxxbxAEG+AC7eWlixZ9+YTI0qrhizaePemSeTfIiMf"
    "XpX419tqZDuKnY7kcJPhaIk4esCwguCwIHI41DxSoxElxT5f4YfRnLwPowNzjD6vL99Hq1EOn4NVti/Hl6NjdJbfRnVmJuu3UYbp"
    "s91ELsEQwrm9rXVTSqoWmULhQka+BpRchDGMXG0RMhUXUaFggKEgsfzghYR/xfsLsbDhVDVvwuiDb4L4xmvSO28flNoOVD4P3l3P"
    "g2/3Hunk889L7c9Ra977+pMjKx5lhpinr97WCPotE2xDmDuoJ38FY/cfkN791RvSe28dAPHg89I3zz2HK+6GQAt+7nr7+LsfH/O8"
    "uSi85y3p2VE3/6Yfpt3jTB1VLMfowDaxm6JZjDklRkeDyTlAjtGZz8FMDoZykMMBw8F5Ds5y8CkHH3Cwi4OHOVjNAYapJDAqDhae"
    "5uAYKd5PIFaT+rjYRjJbk9XuTWv3AgdKrUOkVgsHD3JwNwfLOZjHQa+Yn0Rsz3lSQ4nhUeJ8tnOwrncUUREHod6BRMobWskbFPhq"
    "DsqTTYtBKgXcJ6jo8gChvluYP+c51P3sgcQrLK2mYomSm9XF5rAVHj90XHqSqfMDny2dxzT7isqDP9Be+c4sMYPcoUkuiUL5qSs0"
    "0/dS4A/y9ZnyNZrUruTlU4CeATV9ipmA2+gnmhlKhdQZGQjPOH0+DU000OS+o17HI7GZqQFsbNo1wFFl0vPjoUbaPQFmwqzx0m6o"
    "GU/FpN1VMAtmTpCTVdJuaZd8jz6elyQ+g20y5SCcIXBoNTqJC7T7qbVun9GSDbnK+YPu72EPY6B4PHNtYgawFENTB6P0r2S3H1L3"
    "ODGGi6cpXr67SYZX/7fwasO/EvDofboSq7NqxKO4eBuj0mJeNwkqA23YPVu+nZVmfCb4zgRHTdBmgq3kllZkgoUNJig1AW+Cb0wQ"
    "N8FaE0TSIPJJEYYbfsQEzb2BvCboNME7JmgicF4Cl37uq/fBr/RwwNKUYFGENxbbVrIIo9xomPP+4w/FPTnjyotHT6c7NryRN2V4"
    "g9VtCY4dOvwaoj9a6XI4g2Ufj14Wb5UFolZrEnruoP2/aqi9r8GFyy4lO5O8Bnf0dCbe6x7ca8ha7Dy6kh5G6OqHmPhvQlmrPYsW"
    "kBAIWqxPRC0W2u71plN6ZBBCQbAE4W9BOBGEI0GIB6ElCNuDsC4Is4NQHgRXELRBuOFiEE4H4VgQWoOwMgj1QRhJypggnA/CR0F4"
    "kVTD+UWk0YvJRg+RKrjoxiBUp7U44hgpS71qImkx1Z2PSDXcl9vTampJu0o/XiTLxKmu5AbBGwRjEKi6/3gi/gr7OD9XluA+2TMX"
    "wslzh/bE5Vh9OTG7bwalSvBmkRiRru157sOnsyt7J5V19Zl0OZ1L+NaPpooDVViPa+2CYMnSZgWCmIiGBD3TWBkjo0FeMFcYST5F"
    "fPl9mVfmLPYyVtvQw2rQ0nP7cl+2m9jnNmZAK+AVaha9E8vTc+ILWCbrdbRRAzoNrweUvFYhda1BQ/LSAzF57wGGWZwOkV7QSW5J"
    "UKqJlzUXSwLj/P+vvWsPj7K88ue7zOQikBAQ5Jb5IqQhBHIhooQQCAhJCCGJ5CIihUwyEzKSzKQzA1m0FnpBcBVErNYLqzyudX2g"
    "Vizult0Hla2XtttS3ce2FisVHu3abqUg26rlkm9/53zvJMMQor08z+4fAX5z3u+9nPe855z3vJdhZkqPx74+YedwLSQF6ZLeLL0V"
    "SKXXYz2nx32/wsD/v2rg/5Qtq9SRgZYafeWOdv+OHf72HfqT7Tt2tAO8Dztqv5uUI9/5PJYm03Xlk8g9LOOqzMwMtzElO+vKFP6a"
    "xwlpxqjybM3KdgzZ96Hk/vUn/ssWXZdJaz+KfV20/u1LU7GvkC5OoM7vb+rjHrp/6tmDa9Lm/pE8zm8o/mDR6z9heuy28JfOPXnh"
    "vtQ5SW/JDyzq6hc7+UeAs3oX042pe889efad1DmJvwGadNpd0v8ToIK99EtjEW0yibKBFe69VIE6tdoXqBllK4GFyPeZX6V21K/F"
    "cw3oVr2E/zcD1QLPASuBVmAq0MN8gK2qfCHqPg7cwjwUOoztdEvSaupyfZ9Gu5qpFGhEutR8F4jg+fvOM/qrNiZRXqwsaZKUSXlf"
    "vWZpcyfKs/HMdccmbScddAankd8KPg+yzMLv32mSSfZppHsgR5XJ2/PtIms1aD3y56sxjEabPL3EfgXpHKRzoZs8pAvU2LK4Dern"
    "QsZGlI/G8wTmh3510AxgHHheZ7xJ/6Y9TA8zNRupJKZ7lLPuNwItgM51QB9nGdyjaYU+iybjeb3oH7rnPMh+yiiGvn3UpLfTIiAP"
    "ZbvN3bTQ2EPJSL8N3IP8hfptYtfliFwLFXiMjaL3AQD9sj0axQ5xAL9rWXdABsuGurNidkgEZH1cpfMSMBZ2Yn2PZr0PBPTNtJbt"
    "EA/odoyyxS+As0r/MTtcDOgFtELZIh7jgBFMeazSXyLF2Ln/y1Ie83Sq5vGz7Vk3LN+nUdELfGoQWsp6iVHRc4n9FugE0PdE/yW2"
    "LTYoEXsLde2DDOsoj+cI+6lqnyNgu8Fn46lRTpXyfFie89hnVZuCRGr+DHPoH9Dmj5LHctYmUvgL25n1wz6Sm0AzeF7y3FC0OuGZ"
    "/Sxb5g2osc6hSiaeZxM+K1XzXRcfc+wr857nXiIF/yLMoXOYS9nmgzLWO0GnyLxtpi/E2XqWewvs/CBdj7JFxiuIC+9Su4xdp8+b"
    "EZtj3UvK18e6c2G3JLsX456sdMh6zzJO0LXubSyT3aH068yTUuivHb60DX0VU5nEk4jEsi9CNwvMp+D3h8lU+kmO6ck9C2NuxtjP"
    "0C08fvd8Z8x946xHeT3NR7pCfNCJz9OMu+kao4XyMfY/Ic7s1ufTNq2XhnMcSt1LpSmNiK/bqRqrTWnSRMgRptzk96iUnxH3CmJz"
    "RPnmsThf+Ew2QtvKxPmm4k2V4kUJ8yEn0d94bGiXxb4eL3OsXdJDaHcbXR3nywP1U6Hyc2LlifNV32sfQR+b1bw7fYn/i3/bX+/z"
    "94SxXuLfX6alRi4t65vnxUKrzZ9KPKyN2S5RnsvNuzgqtpf5jfHqd9Io1o27iKrd+aIXJ57zOvOuzPlslkv8ZDE9auTLXL1W4vMR"
    "8S/pty+ePCptq+PGOVataRPNAshfIPLfief5ai2tVutopdjbBK9VVAeUms+B911Yr/baW/vq7RE98PpLKkbzOHIxnrF6Ds0AbQZk"
    "fDLGx2QNthSga/tuHrdxlkaJPlJpsWsRLTW7ZK+SEYdchQnAHON96OF9RxeQ5zjDuF3oa2yvvrXcRyuM7/Wt6RgOpRsfklvW9I8B"
    "+CKQAfiARYqKfYzvgz/GK2OsYj+wn0D7FKNb1uTqWBv3Otjqe8Ab0MkW2P/bsFkRjXYvQ7zZijHfCkxCP0dprmmT1zxJXn0XfQ4o"
    "1ubZH2vPgz5Poxn6TajXhRjUQm7tMPn1DyiE8b4CPKfohwztPFlAJtbqNt6PAQ2Mfn1pmUpXu3mfFPfcIyihpwWKn+IfA9ebBfwO"
    "uBO43eFpfwL83hgBP11BLq2RxmsHaLxej30PZDHS6YFEoF2rwkjmC33xvvRehV8q/L0jl33Y6YPj00XyCODrn2MgPZrowkmi3iqA"
    "3y3JAH0Veb2gJ4jsr4P+NzAW6Vmg/+jUs38INCP9L049qbuzH/Ib6tcoLHfQew/oaeARYE0/uL/eD1Sb+5D+ndOXfQdQDpQ4/XH7"
    "3l1O/wLVr6SVzCJ33HOvBbzm9Nl7N2gT6DdAJwP3qzprnb5lXJC99x3Qrzj9cTmPU+Q81A9+W8a+AeUe0C2K/wnFd4uD3qedfLLx"
    "r9CR3Z4H/CgB31W0ARgOTAKCqH8eOI70eEcn/KMPvayLxUqeIwDvi94E3gCOqNhTzvOOzxmqrJhjH563urbbB9099kGj2j6INfhl"
    "91b7edcZ+2U9x/44dv4wMUdd2RKHeb/bGtvb8j5L0kdkb+ycPbIpGDufyHr9lKwbfPYY6zpK8+Tc8T65eX1We+WxZhH2tIiDiJcW"
    "xzXjI+Iv0Ko1M+hrxp32BewtlkmcrKebuI7xM2rhemYy5fD+waymJ41HyWXcK2t5rZlKE41etM1DrKsH7+sUz0fBY7vd69KxFi3C"
    "OpZjfyj5aMOU86TPj5y1KslDmqxZ10rcJKydk+LWuEbItJTHaNxHHvMRtNuNPcdblGrCUu49NI7jMOJRhZmH9tVUAxu4sDe5EXjZ"
    "VY5905O0wPUgyjPQ/xHM8TE0nvvAc4tjL9mzNhplKC+DHM75YAT3LfpOR2zvpdTYvoxp7EziNhFH2W5Vzn5SnU/m89rlxnoAlLp+"
    "D7s0K7vthSyOXUfzvq/P7utxJuCzZR7Gr5NX1ZFyVxeNij9zxmyuzkjZzNO9nBrUWbMU6/qVyRnYMwGuJ6mMZZC+qugLySXSLlnW"
    "SR4/rw9YF8wMWf/qXVvtT7BHmMNrBcPgtboX/gkdSB7b3aFZckbahPjNe90C2IjPmlzmJg/2oZMZ5mSa4moBjyeBEOxzlqZgbXH3"
    "nauOYa2pkrJadX7l80CK2OQ/0e8Ppa/RLIfqdxzolBQvtbhGonw1XWWuoPFJL2COrKM5oteDNDL5eqxl36I50GeRayvNTMEZJek2"
    "jEsnDeMj1/v2b+CfI2J+5v4K5gciaowmvwTbpyJ/PPS0lSpSnqNt7mZa3Nevsz+v0L9FiBm9+4GH+2PwhSeIzsOS5wvFVlXOHt94"
    "CXMpInuNLONh7GVeg6/B9jx+13Dkeyib7c82YB9gO7D9eeyJ1L0EPB+gzBh/909Az1N28kL4ZD3NRb3lkK84do6QPdcmqT9W7SNi"
    "dAbbzd1C08w34D/wHbZfHJW9YlISpZtrKDlG2c9jsooPQ3b2U/EVJVMfVbxic4n3UJfbg8fvOdVeXWiiXkA5P+uSvi63R4Xvi/9h"
    "roi/JlIlY8weMm9bnLltOHxFTzEKey7i/ZM7iL3TNNB11OX6JrWb36Cg8Ri1Jy3A3DehN5wFsIe6WsaxB3LcC56vY87g7IZxLI7T"
    "mexxY2dI+BEiIX9+w+4CXQ20IF0LdMDXfgYcVOt2bv/dGuf15iDB69gqh4eN/YWN9vYtTrnd6pRxPSlf7dThPxf2Il0GsD+/AZxx"
    "wM+SX6b4rlJ5jAxFf4i9Eq+/q8wva3+IlfO9W1/6YfoqOpllHkHc+SX2Z09gH3sU8/lhateHYX9dSj3mIboLZ/5mfRwVG7/HHv+3"
    "NMl4wf6D2Ut7zBeoRE+lMvBJN7dTK+ZlsZlNzVjDyhD7Q6BF8IEebge71poncE5jHp+A12+xPz2KGIM5bbqg41wy5J7nIObFGziP"
    "zoRdAGMHAP+SOLQG/dyA53toYnz8Q/25ZhPNM5fBD5tk7ao1voSzjLr7kVjHMY7B8bGGSrBWZrvKMPYU4SF3c7J/R1/YD5aZdTir"
    "OPxJ4i54mHPQHr5htNi2WYv1+SqaDmRi7z5N/wjyfURlxgasuXfQNO0hytP+hL3pXuR/gn6WU65xgBYYW3HmXkFX6/spXf8npCvR"
    "9r+g9z0Yc9D+o16IvSjjq1jjPZSp30oe/XbK0YfTFIZ2iiYCWXoH5Wh1lKTfAdl+S0X6AirWa3GeGIa9RC1NFtxOM7RtoI+hfVhs"
    "N11faZ/Vt4MuRH0PXaHnge/TqLOQMsBvvPZz5D9G+ah3DnmzUGe4vhryPI16CzGHxvC+wd7n3HHafHfMZ6yRyHsKz9j7Y081CXKX"
    "2N+U8yRRjf4A7P0K1r0s7NfZjjlyHs4SO/hojOjYuTOdb74qd6yJ96pZsftUw28fV/UzxF68bhb0nS/7zpUco7gvWRO/hr2Jc9cw"
    "B3otgY48wAR9GXmgS4+2j6Zq++yjehZNxPnpauhhuLYeNryBrgUytbtoDPLGsX70aTTZuJ+KoMtp+mP2r6Cr2fp9sCfr+17Y5wBN"
    "0P7VvgC9Z6JsBs7e0zE/svUG1GfdF4EWoU0QsHCencrfK9j7XQf2s866JeeAASBnANlPx91Nlqo7qkTadzcpZ/VPoZ/1zpLXS7V/"
    "HfCO8nIUbcbAJ446d5S2HXeXcxG9+H7Sfl3R9xT9Ba9Z7BeJ9HL3lXF00DuT2D4gRi9zdzlF0cmX3FlejsbdZfZT+7x6dv8Zd5oX"
    "7RNi69Kn0cR1MnZXc7l7UPX+hlu9VzFO7vZKsGf7Z+By9+NC7VODl386/Ww+KLobsPySe/DBbX71oOWln4leZKPYHeyn0Yvuoweg"
    "cgYcBLH3ZdyNpA0EFQMvges81kYgae7F4LPlYHAfB18g2RoYcicnsP/DgeQB9msM7LM1hssYGAO+X8NnADWepE8UCh3wOXUwiKzT"
    "+sHn28Hg3oR+gKRzCqGLEdN7TI8xvcTG3bfPUP3H+P61dvxr7fK3GvdgsscD8+7XfPeiKN/NjRxIbvZB9yjgBPCx7Nc4pi5QGAmf"
    "OQ38HDircETg3B9OMF6GD7wF/4prc4kf8D1Ir3Onoe41xsp7wCkYWzH6vFvaFyu8MaB+jkC+AuA9YCbanOm7R/q1KW+yyz5EqL7P"
    "ee9ca3LyJI2VnPbFzgL2zwELeBPrdw2/b4s90xlGsgK/96Leg47dzX6H04htHJubFfg9dX4ver5+hCLo+ygN+EfDWULvJjL+DhId"
    "xsrxHFaNByHtb4hSagCcAa6YAnwReI9oGMqGvU00/CoAZSOmA6ibhrND+jZs8XDGyEC7jB8QjTqEZeIpoitxrh6D888Y8B87FdiM"
    "8LUboXAFjjwQLdNH8h8VPOjbQlnWywi74Df5PFH2bKLPFWLJB28+MuWi72mokzeaaDp48YfCZvyCKB+yFF5DVDSRaCbyi39MdA3q"
    "zkI/vFxdBxlng1/JcaI5jcDXiEq/TjQX4y6DzPPQ/7wPoC7wWoAz2/WQfdFPiRaDVqJ9FXhWQaalc7FVhdzLUKe2nqgOstWhr3r0"
    "cwN0sTydqAFtYGBqRt0V6OemKNFK6PBmjH9VJwA+nzc/HaunfnasebsfLdb/Me7+G+G5IQxhCEMYwhCGMIQhDGEIQxjCEIYwhCEM"
    "YQhDGMIQhjCEIQxhCEP4f4r3iLyjL0YrAR/0w3eQyN99KdrvJlpbKJ/TP60tp0a6i9ykUzoV0Coi/SXjVTLkM/uZWrDvs/vN9O2+"
    "z/enazkqrVOSVqXSBk3Qtqm0iTqvqrSLhmv/o9JuStOzVDqJbjVifJJptPFjlU6hEYat0qla0P2BSl9BE5PvV+lhlJ+SrtLDaVbK"
    "PpUeQeNTx7L0ZgqeviVScZq/cdml0jqN0GartEHXavUqbaLOEyrtovHamyrtpkxdU+kk+oNepNLJNNV4XKVTaKJxQqVT9bfNESp9"
    "Bc1Ovlmlh9Gq5O+o9HC6JWW+So+ga1JO0CIK0FogCtxKfvKRBXjx7EWqjULUTRspLLU6kGvRVOTmgs6kQioCLKpErRDKO9HeouuR"
    "DqMVv3qFb4iClE+pUjI4t5lILVdSVEnr6UgtQfs2cKBFgbWBaOBWv8/yeaNeqy3UvTEcWNsRtaa25VozC4sKrcpQaG2n37o+FO4O"
    "hb3RQCiYn3p9YrWZ1nKwqPJGp1tLgm3gWwOBWtFtvMAWNUhOgNpRIdDqd9hZDf5wADks5VpajzF7UYmW+9eu7/QisYAikNUPBj5p"
    "btEM4FM7WBBp8wd9/rA1w7q0r79AvGYpjPRVngn1FQGzUOQPR7jmzPyi/FkDMx+Q9aDCBNCXJS4TlRIefJeoZh3yQuA0mGEt1POL"
    "G0ZQ4pcnn3Bl3k2o0SC16qUlKzcqvQWlVuMAPdahx3a0bxOXjNVsE97s2g7nENIdyky3wJhhkcAn7WJji7DjxSk4ELG8VjTs9fm7"
    "vOF1Vqj9Ymeywv61gUjUH0ZmIGg15TfkW/XeqD8YtbxBn9XY17CuvT3Q5pfMNn846kXlULQDHnDL+nAg4gu0cW+R/IE8auAZ1u9D"
    "cd5P0BxrbIPoYZlU5+eI06Qh6t/gt5Z5o1F/hCsvRIWIUr5j2EZRVQi5bLAeqIuV0yFprxjdJ+x4RgdVy1bMcWvQji3V1qucJyh9"
    "bFCj4TbTlVO0y2tE+g2iD0vkc5zz4r4tMaZXXMNxxy6URqVuG/I78Xejimld0J7TV6uKWj0SAzvUiLuEr0W1oD3iuiFxrmDW1eKI"
    "/VpxnLtdTTdL2nYjHZJRxPQ4Q2zII/GLpJzySpxtRYtO6duRrUNc2CsO6FcOGZURROIc2XFbS0bB3BeL83J09Sud3oioXDMgR0eD"
    "8ROIbdIp8kbieAdFWl/fGB1tc61O1ZMz4k6J/uv67NMufulo1CfcZlxG5+2im6jqNSQS+fDXsbjjWyG0XS/2cCa94/XRSzTnFf2G"
    "VLtuictRJUuXM4kXeiOYlJjCjYFgKDLd6ukItHVYPd6I5fNHAmuDKGzdaF08JSyUejHpg8HQBkyoDf7pmODtYX+kIxBca0U4JKrW"
    "VrTDG+Xo0OWPhgNt3s7OjVigurrRqhUrUk8g2oGOu/wRq9bfYy0PdXmDe/MdURBE2hGUrUBXdzi0QWScEWkL+/1BdOb1eVsDnYEo"
    "uHV4w942hBbEl0BbREIHIobV7Q3OWLw+HOr2Q9IbK2v6K0JAJ+xEQp0b0DPXDvr9Pu4RYm/wd6IROu4MhdbxeNpDYQjqi3bMiJO8"
    "PRSMomnI8vp8GDi0FWpb38UBDUEmGhPO2xYOoay70xsFly4OXB0y5btpDjZ4BXAH/psvEz8+nLWpYJavnKQADaPR7jkFBT09Pfle"
    "FdPaENLyIVTBX86W/aRbPDo+XoXFN5hnF3xm0K6jG7v9ylPCkfyOaFensxo63cbC5vq4QB2bSg1Y6WpkVepWAaBCub6VwIHDXuLa"
    "XSRrN9YgyMMevF6CPNuyYUmNVdcNN6mAjSxVYboVW+GL8osS1eWEoQCeozLwiEyifFHWWpTXQbKaPjXACQPd0Uh+JNCZHwqvLair"
    "qCH5PleST+f4BvrfuM+m1C9o1fykaR3aWhpFHq2FarU11KQtoDKtHLQcZQtBr8cz03ytjDajXhny5+F5LvJLsep78DofqAPuAUzA"
    "qVGIGgWgBep5Bp6no8VreNUEnDsfuUyr8VwFWqloBfIXgy5Wz0vwDEotWhL/qKe8vqiZ5Qe04xe01y5o1gVt0zmt/py2+czOM/qH"
    "p3M9z5x+8bRed2rNqWdOGYWntLRTWjKdTD9Zf7LlZPfJPSfdqWkfaMPod9rId4/P9rxTdqzpV2VvN9ExjOxY4bH6Y5uP7T/mOqYZ"
    "TW8bYzzph63DhYe7D28+/Prh44dPH07e/MLOF/TnDxV40g55DumeA3UHNh0wWp7S0p7yPKXXP9LyiL5zt5a227O7YLfx8EP5nocq"
    "Mz3feCDHc/yB0w/o/MX3DwwfWXFIq9NqqAw6rD1g2J5nFlypLcOw0jT+JNgyKgDqgBBwD4DzEap7gAKtpny2seZ+7YpdE3bl7bpt"
    "1127XN13bL5j5x3G5i07t+jPbHhxgx6pz/WEgnmeYOU0z7jiq5qSio0mN7rhr9tf0po9taJlTblnDSrdvLLQs7Iy1zOqOKPJhQGb"
    "qJhmeIz5Rp0RMu4xXjSSkpfXZ3puAI7Xn67Xy+tThlWk1XnqCuqMg/bxcv/SLHCr7q7eXG0sqcj1VFXO9qRVeioLKl+rfKfyVKV7"
    "TaX2GP5VPFPxYoVRXpFbUFFekZlVMbFqQtOY4iubRmppTenFaU04STVpxdRUkGan6Wlpa9I2pfFPv5G+eYzm0g5qO59tbMjLW3ow"
    "yV6+dH9y/c37tW37sxv4tfyGlfvd2/ZT08qbVzyraTtu2rJ9Oy2ctHT/zIYV+1sm3bR0vw+Jck5sRiJ90rNjaOFNkUg0T/5oeXlI"
    "r8cr5a3PQ+bqiJNLfeWUF9EiWLci0kjL4wrOs4bXPC5DBrfT0Hp1hPiFC/OcRtw6othJY+dFElet/l/cbL5V")
FONTDATA['serifbold'] = (
    "eNrkvXl4VEXWMF7nLr13+va+p7vT6SQQICErkSWXkIQEEAIESBMgQUMEAQm7ggrOMC6gAiOuoIAiLqAERMQVVMZxl5lxGcQFAck4"
    "LjAOOmrI7d+p6u7QQZz3/T3P9zzfH1+gUreqTm3nnDpLVd0bAoQQI1lJeFI3ZnxegZp7/TnM+QRD8+Vzp7dlPDH8YUJgECGqksuX"
    "LAo2XzfmakLUiwjh/t7adsXc66fvMxOiG4V5e6+Yc01ruGXVU4RYsHqDPHPG9BausM9WQq6UMaNkJmYYjxsKMI1tkMyZcxddPZB7"
    "JgvTmwgJHJwz7/Lp3KoSAyGrp2D60NzpV7fpM4W+hDweRPjgVdPnzri9tWU2prE9/dNt8xYuinWQVwl5+ida3rZgRpvz0YISQva5"
    "COFrCS9s4l4gIiHifWIhziISj/ktpJWzgMhxGl4tihwvHCO6WB25OoathDCQ/kPHDyNBEoydE2cr1VCoDsHzzQQOfP4frL1THEx7"
    "I2n4m08EH6F4JEIfTAFLC4KEPdKEGtPX8/P4xfz1/Gr+Vn4r/65oFf3in8V/imf9b6ZvTH8g/eeAPeAPVAUuDUwKRAONgamB6wJ7"
    "A4cCfwscDZwOnA0oQSmYEcwK5geLgpcEBwWHBCuD04LzgtcEbwluCD4dPBA8ExJD1pAzlBHKCvULjQ7Vh6aFVoXuDD0aej+Dy1Bl"
    "mDIsGfYMT0Ygo1dGbkZNxmUZM8JcWAqHIiTCRQwRKWKLuCK+SGakT6QoMigyJ7Iysipyc+TWyB2RrZGdkT2R5yIvRA5F3o4ciZzK"
    "GpQlZ1VkNWddntWaNSdrXp+5fZb2cz4SeuTWM0In11nSOahzSOfQzsrOMUo4di4WY/jawi/il/GrEAO38w/xh0WPuF48LJ7xE7+C"
    "GNgSIAFXIBioCdQlMNAUWBnYF3gt8GHg08D3gR+RHBbEQO9gQbCsGwNXBhcFVwTXBbd0Y8CRwMClofGhRsTAuhQMmBED7oz0BAaa"
    "M1oYBoK/gYG6bgysi2yJPN6NgTcj7yEGLunGwIysWYiB5j7zEQPOR25GDECnv3MAYkDuHNZZrQQpBmInYq/EXoo9F3s6tjf2VGxP"
    "bHdsR2xALD+W+49gx7cdX3f8s+Nkx/GOYx2fdXzScbTj444jHX/v+LDjg473O/7a8ZeO9zre7Xin4+2ONzpe6/hTx8sdBzsOdDzX"
    "sbXjro4/dtzWcVPHtR0LO4Z15HVkdAQ7HB3WDsOp707989TJUwdO7T314Kmlp0acGn6q/NSQU4NOlZ0qOdX3VJ9T0pc/f/nTl1O+"
    "HPOlfOKyE9NPNJyYcGLciTEnRp2oOjHkROmJ/BP+E7oT6hPCCTiuHP/++D+Pf3n8s+OfHv/w+F+Ov3f81eNtx+cen3N8zPFLj486"
    "PuJ4zScNn0z4eN/0Z6aPdX1s/Mx4yPiq8RXjy8aDxgO601pnfHX8P/2j4nQ0AvIrXADhEk/c/9BGvCZPBJRpKpQrGqIlOqInBpTg"
    "acREJGJG0WslNmInDuIkLuImHuJFaeQn6SSAazBEMkiYZJIIySLZJIf0Ir1JLulD+pJ+JI/kk/6kgBSSIlJMSkgpGUDKyCVkIBlE"
    "BpMhpJzIZCipIMNIJaki1WQ4qSG1ZAQZSUaRS8loMobUkbFkHBlP6skEMpFMIg0kSiaTRjKFTCXTSBNpJtNx/DeSm8gtZA25g9xD"
    "HiAPkQfJNrKdPEweIY+RHeRxspM8QXaRJ0k72U2eIk+TvWQf2U+eIS+Q58mL5CX1N2QBaSEzyCz1d+RqspW0kdmaAWQJuVITJTeT"
    "+zT1ZKFmimYquYIs1YzSjNGM5hdoJpE55Fq+kTxKniM3kMvJVZrxUK9p0FxK5pLr1KfJZeR35A/kbrCBXf25+pj6H+qv1CfVX5Jn"
    "NRvJy3CJWtHkqH9Rd2o+1xxTf0uuUZ9S/1P9I1lFbiW/J7eR1WQtWUfWk9vJneQunOEGsoncTzaSf3M3cw+Q+dx93EZuE1nGbebu"
    "525BbXQb0mceahFT4nePH34nUm0PIbFvaOr8b2VU7Jf/kwypibOUBULkT+RnKASOXAtWpFcLmUeuJauhsAfrDYRRWHYdWgYt5Cpy"
    "G6iRdhdj0RBkgRFbmMzgriPvkOMX7X4+eYmc6dkH5t2FvLCT5kM1trUBXoVR0IJt0JbRxkBOusgPdyX+Wovhavw9l0usL+40eZv8"
    "nUzhXuJOInWeTIwvjXwDlRiPxBE+k2hgJPLshT/7cRQ65KFrkF/XxbPEwec+JtrYv7GtEeRlzKgly5H6yZ+fgPXB60isO29S8kFd"
    "w1/J7eO4rjswsR7bXU+mwxEc5W380P9TFOUnECP04iMoFS6GpSJiUn7hCmKn+UyUGhNiZ5J5sZGxf/PT/5dibL0wF2uT2JfKcqVF"
    "zBMN4IVspPg/yVF5eOPkaMOE+vHjxtaNGX3pqJEjamuGV1dVDqsYKpcPGTxo4CVlA0pLivvn5/Xr2ycnOyuSGc4IBVw2s2RKM+p1"
    "Wo1aJQo80q9PsB2aq9r5SNBcPT1cFZ5e07dPsMo1s7Jvn6pwdXN7cHqwHSMhK1xTw7LC09uDzcH2LIymp2Q3t8sI2XoBpByHlLsh"
    "QQoOIoNoF+Fg+zuV4eB+mDy2AZ9vqwxHg+3fsudL2bOQxRJGTIRCWIONio42WNVevWTm6qpmHCPs1uuGhYfN0PXtQ3br9Piox6f2"
    "nHDbbsgZAuyBy6m6ZDdHNEbaLc60anpLe93YhqpKbygU7duntj0tXMmKyDDWZLtqWLuaNRmcRYdO1gR39zm4+tb9ErmsOdfQEm6Z"
    "PqWhnZ+OdVfzVatX39Ruzm3vFa5s77XspAtnPqO9T7iyqj2XtjpyXHc/I893Ce1iBI2h1T8QnE7422965kxP5Kgi0g+EPrZzw9ph"
    "XEOI/nirEderV1eHg9Wrm1dP3x9beVk4KIVX7zYYVrdVIbpJXQM2sT/23Bpve/Wt0XapeSZcEk1MvXrcyHbr2MaGdi5SHZw5HXPw"
    "f3k4NMAbMnfD1P1WMUG0IHIQw6EQRcOa/TK5DBPtK8c2xNNBcpl3D5HzcqPtXDMtOZgssU+gJSuTJd3Vm8NI25HjG1a3C5HalnAV"
    "YnzN9PaVlyF3XUkJE5ba0370hsKrLeZgWV6UwQZxVLUts4LtYhYiCWulVkC+oVVWSyyR9mM8+taLHWSZLcGyMDZD26kKVzUn/i+Z"
    "6cIGgojomtw4I9Q3tMuV+CBPT1Csand+HtaY3owEm1XJiNmeF25rt4UruqlLh1U1a3wDq5Ko1m4b1o7eXaJWe14VW1fBqtXNlfEh"
    "0LbCYxueJYWxY7uLgt6nqEkQraTAjmHIZVlVqxtaWtsDzd4WXHetwQZvqF2OIoWj4YYZUcp2iKFex7yMOaKMV+obRo4Pjxw7uWFA"
    "YiDxAtqcEKm6oJlwgzfeDDJguyaiCTZwXj6KgBJmBKvxIVwxCH+3qyMaDBIinOVSxq0YFGwAL0lC4zDaewWrZlQm4Gi6R6MiZadh"
    "NcnWVDSJ7Qyr8YaiofhP3z4cFgcTHWMNDUVqTbIIxRQWaJA/h9WwLIpLF2X6YEN4Rjganhlsl+sa6NwoehiWE8hgOE/Qqr5HKgVZ"
    "iCYSwuJkgiKzvTrXm4rc9uEs3Z2suaC4NlkcXK0Jjxy/mjYeTjRIcOS17YSysDzA7GWygC7oMMpedDur4wt69W5Zpot55iW0kXBt"
    "y+rw+IZBDBrlyXXeZbQvCxkJI+sr+vZB0VaxOww3j90tw83jJzc8i85w8Ob6hj0ccMOaK6K7M7Gs4Vl062WWy9FcmkkTQZqgLY3D"
    "hIbBe59Fj38lKxVYBktfvh8Iy9Mk84Bcvp+L50nxjrJYRzLa1pfvF+IlchJawDxNPG8ly2M/uwlFmawTZY2slQ2ckfPuBpq1B3Oe"
    "Q+tCC+QpAxjBuxtrjWPZ+2Hlbq3sjUOsRAg5PsKbJ5zvesLkhqfQUgcv+40dVdAfZBfXTCQ2qpWqYAtllGujM1c3R+liIw4kDf6H"
    "dggPQTKFh+BAVIZ2XXhGRbs+XEHzy2l+eTxfRfPVyKLgAKy+Emlf1w6UAxobQrgkg543vKulbymloihUVktf9sXBPRk7Ab+gHcqj"
    "Jfpn+WbeaOTUaslMdLKg29goWHn+jBnWmaHZDMQMs7eYQTbDMTPsYrkrzTDGDPlmCJrhtBkOm+GgGdYy6DxWYeAZBh0vaDdDGyur"
    "YxWw+AzL3JLsAesEWL5m2tTEz/zun2k9cxYsYBmkvDyXeFzSu2YLlJkLC82F/fMhzIf4jKziopLCAofdpoLbFk6B3DtRVlZjgG38"
    "vb9sZ48YqN91gp/Cr2U4UJOwLIkCIHNotGoJ+VXA3PKCd6YW0PaxA9Z+iA/TwN0G3OiZio7+FgcrAfhCCdD2vGiNfYntedHrukwe"
    "qPH6A0IoSJvUPBH1u7U+l8FoeCJqNxt3GcFkHGM8bYwZhXJ82EwftEatEawmXlQBySssLC+0lKGCmDp/AU4v10zoHBOxBZxlOBw+"
    "bMXRWMPFhRhC1kKehkJ7GAPgM/flqLWjlO9H/HHU/fuKvwaudt0ISBuxdsSmPYVfdrUXQ1oJbFRmxMNyCCyH25SFNCxXvlgO9ylf"
    "QABxUBtr4V8T30KvMR89w+XyyP5Cms3fj8/WmouzhZxeznA4J40vu6TEZ/M1RfunFft1fcO9NMRlsgaseVY+ETl4q2y2Cf20RNsU"
    "PZwDOVkiuqzlBYhhOiVXeaHnnaZpU+cXWpxlNINNkZLVyf4XIvbFfpBtLnSmg9Pcj0MalxYX2h1Oczib5qcLSG+1PQxFNDUEwEbh"
    "0gD+OrujdGpm+mNDH71x5Ls7Wu/e2Bj0t5Rc11p3SeijZ1ohPbNqTLRJKU8fVDum3sb1cYP8XC+Zg39UzN60dN2+tBtWqCLKV2v9"
    "fUVlekHpsIYlo3Z9ZLwVTvWvLvArg6UV/Jh+Q/PSYanhcvTO/xr7Ui2L4xBrRvTmMkk+nJBjHE8AeK0nTbBpcwMRjxDQeoSC/irn"
    "vqhetb9Rb8ZYzwkZOfuivoz9jb5+GPuI9boCmFgA1QVQVADaAugsgFMF8GEBvFEAOwpgYwGsKYAlBdCcBCspADeDnNnFQBFuewHc"
    "WwC3FMA1BdCShCsrgNwC8BbAzwXwdQG8z8AQZnkBzE32l5Xs8tsCOFQA+1g72MjsAqgvgErWk74ABpxNDgqB9rKG4kCNrKFeBeAo"
    "AHlSvCns62gBvJZsrbtHaEIY1quNNdqZHNZB1ua2AtjA2kQwDuHyCyBQAKaChKRomtpDXjR1C40FqT/dQqWHXPltmCQY8mdebm4u"
    "Qe6kcYInE/8sSakghtFxlUIod6RQgUNdlBXOUNltjsKCknguk0ap2dzKu/i9d3flKPu2boHhmx/+e+nAAQWFpZcMEJ5Xntm69cHt"
    "m7d9lMyyia3KeuXWl/bBvP3P/HHFsrs3Xvs7xaCseemZPS92Z9DdoSWxb1TVyHuZpC+u06vl4blukyj0F/pJ/YqILTvHLwSsVsks"
    "GdQk4FaXXWJQa9Wjo1qtlfQHk2jLNokI0l+T4cgoGRPNEByRuqjDIVntpLywnGIAZ0+cZbhEzWWuvJQVarbQ3wXxCGWSLQ3UUFKa"
    "XRyym0ClDoA9lK0KBTOLi4ZAaQIZUFAKaYDIsNocziFQXISoEayD5i+Baws18+DTq7yDo58sUlYubVd+UL5VfqhevvT6Q0/vel65"
    "4fDvlXDloNstufKoAW2VA4X+o9om5CmP/b7dI8uexndvfM1dftXvXnihee0Veet3r9m0ofOeq+GFfqsvX7ua/1qeV93rqmlPTIrv"
    "qW3ip8ADTPa7ZT2qd0GkUh9Q6L8zNa5S+udT6bopKeSxzmRlFDdTvI2YiU82pAkC0WotViMRvaiMUtWQzeJw2vsBCilLSak9DZud"
    "XTiv8bXPZ836/LXGq4rgu2+Vzz6pWjDrZxh75juo+2nmgqqPlc/i46rAPupYH+myUQuQliaKFiv63uc7ibOdtXgIWIqLuKzs4nSw"
    "2G2cqqJxXmHRVY2vfzZz5ufKqAXVn0Dkq28h4+/VC2b/R9n97Wll18/xPiZww/gd4nDsY5ico9YD6DgTMfBaTqUWpTQxzWI9AO8B"
    "txJgHgCBIE5Aj4h5my6MhDq0xKVzYQFO1xq2itl9oVTkC/mI0whqrk/tV9XKF9OgUHlnGgSqv6qFYJPyOgxo4lcoh0D+5oOGyR98"
    "BYOVV0/8pWHi39iY5pC3hEzhD0RPhsqZOi2oROA5zmjQQ1pUo0sjGlnDaXmNTtDr9E9ERd1TyJhMc0ivIVOyxVmW1BRgDptDxSHE"
    "U8jOrV2rzIENa+FOrlmZDXeuhbuUK9fG8eBVXoU90JdYSB/ZqaFi22iz8sL9UYl/tFEjWaWNjRJhzJ5oP07fCGqa4iFI3azsJEPv"
    "Ofzn8sn90/uOmlw1oe3KTR8VTbEOGZnhCLpz6odWzqV9jYQ1XBNXhp3YZS3hBRHIc1GgrVOEUnKG7CM5G6x58kk2tslon22HPMSH"
    "S9Zred5oIKqNjVRn5ibZU0w1dUjCyvF3GzgQ+yb2DTdarMI+kV+pHuJFENCysVJWgsIkJzlRgF1zG3x4q02Msv3o0bFv+D0oS3TE"
    "QXJkm1nUo3JzujRpC6MaNWdbGOXcJCkUzhtHKOw4s2QpLLCAxIWTz/wepeb9v//9k/c/UY5WjxxRLteOGM5t66qBFqiHS2G68pCy"
    "CwaAWflJOaA8p3wP9jhttqFQu0uswTGUyj41EUWDXqXVELWkRjZQq7UqIvLioijvoghhBkQe8gGaTAlCIZmc9lBxqVldHCnknviq"
    "K+0fHbDs9qtcEye6+H+PmvAZ9jER+3hUHEXSkeeCJolInMbp55xcMKDxm2w2/cKoTc2BH/xLo8D6sZAyF+su3g2bOdMD/fN7QXFJ"
    "KWMKFGYmCKMNwiiD4lClDvGPnntyYu2WDVVXNgwZEcidVHfv5E+/rr77i4kt3B9fnFL7wNOvXDv3Ro/nFehvce97dNaOB5+pjsbx"
    "cCnS4jkcYw6ZKPfJtjgy/enplkxeZSRqlYr06p1tMVvMi6MWC+/PyHAvjGaoed3CqJp30/VBkqOlIhsHf37QzsTYqbQSwhnZfKGT"
    "qiYcfh4Ul1KZnDKPoBk5XuCfU3756rn9hilFk5quuXnuskVt0QkzppZU4XRaN9TAq+tuhHEw95k3c6Dqo/4b11xzg0Z9jUa19Oq2"
    "lSErTsxjVvbd/KitF/KXD/H+sViJtDUh5jO0GlCZjMiZHMo6syRq0ngTb1oSJTzPqYxqFYe4Ly/EwebRFe8sjFM4ZbWHcLVTdrZD"
    "USna5/XKv7s+4KZ8cqMyV6fMhz+AVvkPaB/i7zn3x3e4yW0tXZsRr+MQr0+j/PeTcXKuz+n08DqtxGv59IDDSqwLoya04TkDT4hL"
    "5fIujbpUKuR+neo8WikvUJZL6MIezABsTcbRmo58YKbYpMgM2UPmEjj2XUfnPxkmsxf0O7V45fCBgRbuha6nlvHuQ6+9eYQi0OGF"
    "oi1rPUau/XNlixdxVo3jPYR84CJhMlbOTTMaVcSW4SMZyAWZEUdgcdTkCDhwxA4Hr9OZF0bTdMgEC6N8YqkWpo44OVxmxsRVloqu"
    "WNRXhQXUpMbhcuq4qi5hrKC2S/yhj9849cMN/7h70/pJuVXjWq7Tz539zJ+VaO2A0ZeOuBS2/O0LmAaj/g6XbMtV3nulKEZO5b3b"
    "deaBB267xyl2PU95eTHS/V3EuYYUyi5RpQK1gLaxoNWpXAJ68xpcZpyKJIdanoJVpvAo+gAdsLcn8dGu/5zmirtO8y/BijGdFmEa"
    "OyGrRBy9gHLLQTJIP1Iv907jzWHSy2wmKr/eqdKr8vL5tD6ePp5F0T59tDZbFl3g2uDCqPa8PCPJtXLBCmcRQ5Q6HShxg2Z0QfpB"
    "XALzKeZdj+f751y2cNnRDmXEtVdNv/LIa68c6aqbOK6mduzEukDFMHnwoKFVMv/vqzaGc/de/9JBuH7l3l6R+9q27X/+3N/uu/Xm"
    "BzZev4pP//3SJatubluIPDAA57cPecDdzQNEZU9PV3kIUWVGnL7FUeKUnMgDTqeO11koD7j5DOQB9f+GB6x0JhYzGhLIuOY445aU"
    "YiIrIhUWlBZToT7gn4e/PrLiu0e2IwuEp/edc41u5hVP/wWyNo0aUTXpLn7b258o+5Qtx5U3H8iF/q+4fT/8I/L3A8pxSxqEIJPp"
    "lkdRr/2bP4h6zUnyZY9dqzXxvNtlMWxstEhxFbfFDevcQF38bh2T0LypGq+Ho39pdVMT03vVTVNrhjdRLVjdTLUgt54+Ta9CfciR"
    "K5VXOY71nU4q5CybweBGzWpyu4MBk3R/1Gd6tNHmC/g2NqoIBmlLENYF4+O4wAZIaLyUEVh/bROMSYxl7uHXyxv7B/teOmnk+AXc"
    "ouR4un7c9GExmgmjQo6QK6d+UO1cJu9byXYhXXiMqHCNpAsE14NKrRFUuxoFblcjEJNQLswTNgvvCaJA3HlTCxPDKksahWDXgr2V"
    "398FXIxbPhneX6vcrty2luG+Fe4Q0vkX2H7HADldxYlo2Wm0PPcEylrw8rxaVqueiJrUm9WcmuRNjW+w9OAWnDVqVRqE9HM1/P5z"
    "NVx43Tq4d+1aHPtMHHuQjb1EDiTHrhI5TtjVyJFdjSaunJvHbebe40SODj43uZuRbLu0WAvY+EyedBF+//a1sBAWrFX6TMaxXxs7"
    "wd+IvK/HtT1BztXyGQZDmpE3prvclvR0I+8WwpkZclqaweXz2cdEfYJBJXdbTGwe3arQ8063J8eWdoKcPZgrzCeVIBXbJUwFmgBe"
    "TPCZ64qyppnjm9vqh+ZGtz8Ar228fVI3y8FDUOb23nDVLct7vwLZucr961/PcTH8z1aWq1ViPbmEDCeL5WHWiqEVTl410NBXhYom"
    "UpROikhNreD5KCpotUP+HjVXfhg1mQNmzqQNaDlUTmatOX/AgNAH0QFCn/z8Xh9E89F+JC7pUFxw4dTo0o6jNfcCXe9MuCYc1fZq"
    "uqrRI+NQ2vPME8Oljs4ECWcInNlmEQoLMkudKgTN5IolkhkKEmAwpVbECDVpXlH2PHutUNSydGJL69PHdk9qvkabZg5N29SonPjl"
    "uLLxnT+C+dk7gLu5z+3Kh+0nlUefRU57CSSYAEs6P8v1ZUQDV5v7tM4ZwZ15Qdn99nW5425dcsMPuyfru05EWmzO0BZw3fNvMH6h"
    "NCnKi8qRh+qa5AWtL8CkTyAd3lWUA129akbm+Lj+4iwF8WojRNyPtqIJLflb5PFGi8GAeDanSSaTIEhq3mY1ppnTmqMWsxkkUVAb"
    "TLwAQlNUB5Z2G6yzwUob1NlAtkHQBpINjtngsA22sPw2G+TboMfeQdzzcFKbM2GTnHeGy8oKCjCmqiJCzU+Ue8wM5UM88CHYqcxs"
    "gU8hA462du3YuLKraznc8Cnsra2t9QonO31ejKFReVjwdO3CVZoR+0X0M31pIVnglV/VZhCfmJZmtwd8GUJOdkA0iIbmqCi6rC5H"
    "U9TFN2OwSk1Rqx2DZVcOrM2BFTkwJgfyciCQA6YcOJ0D7+XAgRzA0s0MYF4ONOVAeQ7EcuBzVrqZ1erOj1ccEC+O11yb0mh3i91t"
    "xYvi8PG2ulvRXLCbO/8i+y8XbtBQ+UsVQap27rEXg3xdlJUL6I2WWNkDZVURbf/s4lCQLmemsoVQhL9qxqI1d8xunfGHu59YN37x"
    "/HNjnniCWwN65a7rnz+oHFP+rQzgv188U+nbpnj/8LuuY6rbf0TCLPHUrt1y9ZNe68O3v/qmCuVcS+wbMRdlkZdMkUslNBy1Thfv"
    "8vlVxqboRB3oVMJ2J9zthCon8MSZ7+SMopMQa1MUhZEf2vyQ50eOmh/3XHDF0l0sZKZuMZsUSEFilkiowGmNG2TMoSoph0JeJfB5"
    "yi7lRpgF07/6RTXZt2rXPz489uH8x/KDjarJCvJvKwyGBpgxTHnplcnK58phpUP5eFCvT5Sd4f7xO0eZsXPi5chbOrQoC2QfSRPt"
    "aXaPm/GRwPiI8pC6GfkoBf8p3h4Xx/MQgPgwI2GGcMH5/ukRzaN/d3e1shqHF0V7YI9SfmrnTu4BZHtT50OattP8IuVZpV15RNkl"
    "xNGLOA0TInzL9s5vlce73GpVmtksGWw2AEnlFvy+NKvB2hw19zUgSg2SgdOqDAbB7fXamqNeaIp6LYK+OaoWBK4pKvAb/LDID/V+"
    "kP3A5fshSPHdFD82YMIxPp24OmAE6LGKC88zVjlQJqIWMU43VFqITyFzYZASIRTeuVNY0hhse/8wNAWi0YCyFZVuXVmjtbM2Pi1l"
    "x5E0xbZBabmnq1P6SVlNEvO8AefpgsHyhxYAlc3pdBj0eoeKd3tsuNCbo84myzwL19eCM7VIFk4rWixaQWtujpoMYOINBq1W3RTV"
    "8qASVDhZyxYPrPTAGA/kecDkgZgHTntglwdWeKDZA7IHiAfOeOCYBw56YK0H5nmgicGXM/hL4hXeY3XWsTp1Hsj3gMTa+twDB1hR"
    "U7LCaZaJ8O0MHltsY1WwpyDr7Ne7rRfZZU0tSbrw7HfCOiVJylyUNNTri7v3cer0g27ycLrPu4Zv3ilMmxbsf3zowzCckoYbpOR4"
    "k1S5+1u1uuvo48qgnfG1rAJcyxlku5zuVEsmdE5Naj6cKWe2ZR7M5E2ZIGUGM5sz+cz9sYPy2LGTanZlwrpMaMoEkpmPYPyA9sxj"
    "mWcy+fcyY5m4sOoyV2auyxQ2Z0IdVmujTQQyOQ2f4Q/4m6KBAJrmtqaopBN4T1OUt/Y0zelcgSpxRFAcW7mII7PF2b3vF+lWy6EC"
    "esZBJ58UDgwddrV4/bXK/t8fVZ7dDTfAjElrr90+2TXmpRlfffDFB4tm7eSu/H11r/5boOAvMBbmpLnylLefLBmkfIZC4kvl0zCs"
    "8owY4SEJXlU52ZpcKA/VORxmrdvNmTm/T+tCZtSCntdqiSjpNbzIN0WNIu92mDmCKxD5uNkPKOva/bDFD3VsIcapTsoLmNVX6Irv"
    "31H77yIuCU60sDgxHfTv43Gc4iGMcelxd+zkMndydz7xRNfsnV2f7BzhERZTEisSnKFx5xo6D87Z9ZVnBM6lit5dx7noSaNcRreT"
    "jHqVBtePhqcbSUgIyzEjHDRCmxFkI+QbIciS7UZYaYSmZGYK7/bg2uSWXKSbKe1qrs/OrrlsnC10JPHRMbw2oh/3Oo7FTnrLdoPK"
    "bnc4tZbmaJrWKqJkbopyfPemVm73dhbEcUAd9axu96wYftjJrbjnzGcj1+dG063VvasahY89tbWecx8e+dqMQ37K6WmelqRlL+zT"
    "TX6RH9PwasHJOXQ6NJB4TvB67E6OlyxoOWi0Dt7otvA6wWQ0NUXVRsteL4z0gtcLei90euF5L6zxQq4XbF4QvHDWC4fQZGEwRQym"
    "DIG+9sJbDHQjg17uhYGsjp49z05WGJhs9yiDb/cCt8ULK71Q5wXZC0FvHN9NFxEkSUlyPjuxH8ysMnaG6LyI0LCrtdQeA7U5hVBm"
    "RK344jaliht9nTJC0S96uasB6bbhCe7y5eLgWo9yTZfZW8vd2KJUJGVIrafrMy4DFVdynYiE3ekcLudwepVar5bMYEgzNEXTeK2+"
    "KarSarnmqNayhR2Ey+zk/AJtlLqLhANFpi8opSe68UFyR94D8wct4yZnddbu3ME9LZz1dKLd6lRmJxRochzqcUy3pMsvAzEaNR4D"
    "z2vSnE6LxuL2EKNk5CQBGd+s1WuRzQxpLkHP8xYnr1Fp0DoBO6+y5HrA6wG9Bzo98LUHjnrgLQ88z1TAZibtuXKmaiSmAw4kc1ek"
    "KJYA0xNlsZRKpiT0rhToMUyZHGaKqT2ZWZfUWRdVFT3NxKYUS5GUO5NmuTOhMthxVapQYTsdiN5QOEV9aOG8bOEXlCrmvQoVLyZY"
    "ATdxnp07u2bsFeZ2/idJ+nO38wtqPZ2rWVrL8J6N9Kfvh1iR/pkWVM+YRjPdZheJyYKrSMNZeG2aIY0aVAZLnR2Q8PGjfFf5+SP9"
    "MgsbZ4H5/GJPHSYIv98Ln+5cfO5PbHzwFrc+vtQ7s4SSc/26h/dI3L6jNuoHzF920H0WYlCZDWany4aC2mZNQ+qnCeUuyHP13Gfp"
    "tu7o1r2ZbeODFIobeOgDtu966cVdu158aZeyl3sW7ctmZZOyU3lCuY/borysnAYLDEG7U6f8qLzK7VQeRhN1h7IVptHxULvnMebL"
    "uMiP8mMiyh7iMDncHq0KV4bWYrSg1UklEMoeJnqM//cMm26T5jwX/v80ZM67Kt3cl+KkiOepGhTsUoi/YuldY8avuV7Z9nlX9ead"
    "3Bjwg0dx8O1bVnQ9cesvysQkcQ+8rUyhtFX2ip8jbZ2I1ePy3ajwXSTdiCIoM6IjEmh5yS7bvSi97VYuhOtceD4COyKwMQJrIrA8"
    "At4I6CNwNgInI7CX5QxkOZ0R+DoCRyPwVgRmR6AxApURKIqAEIEBb7HKmDWSQeeyVrDdDRGoZ8+p+aYIaLimad34+Q2knffvmAVE"
    "d2noJZCC824Q23O1xjlQpCcU9Dg1nNGPy84kqUzakmDH1QV3zCpKt987pHb+9KlXKk8pW2BUkme5LQmeNK0dvF8zURfwlk29iYPp"
    "MLYn78bXD5XpR5BfbcRPrpBLbSaTx240IutYJVCppPSAzUQ8aKx7PGibu5GFmU0uxY1yq2A5HID8AFtcSbWUm2LiFaYwBl32iV34"
    "nnwhUlWl7eYaTr+z6xrkjhsgBzKV76F1vTIafSz1tQ/fuv6+33EDlD5JNtn3snJsnCKhzhoAt961uOujlXH9MDf2jeBjZ0nL5ZFA"
    "iM/ksNvVYVO4V2+vOlfNEV++T/a1+wSjoPZFLBE0i8YBVALYAegtFoMKIlaLuyk6yQEOizCmN5T3hrzewDQZuq+Uigl3Nr4hRVkg"
    "1aeN71Ey2yVIt0r78WzHLXHiQPfMnemcnd6ayJ7b0Lf3440QmLt4590zh/zrH4++He3bevPyVVct/nLHZEW78PRE2PhR/4pvRrTm"
    "lA1vvqVl97O5ysv7RzROG9YUGTlv2zxlQnaQzhl/iaVMNs+VK9DPMqs1GjPH2ez0sKc5atBo+bjNSiyyHfLtINmB2OGMHQ7aYZ0d"
    "VtqhzQ4os7E0aIdUBu420grPm4DdpgalY+LMJ+E9Ou1Q8kHhl1O9jaJzinf8D/0/QGrNs/0MS5VbfrZ03uGtpeMtjH0rbmB22nC5"
    "l1PidZLOg3rGwZutZjQkrLyRTI8arWgntSXtpPyEndTtSSTOyBLCPIJmYsLQsQnhYGZ3wsFX37VtL7x+j3L2Z+Xfyhf3cCt2PrTs"
    "0Yd4O7Mg//2Pnzq/5UX2/O1W6is5Y1+I7Ti2NPDJh3hBrxcNnE7kRMnE6Qy8qEZ+SVPz+XoI6cGmB14PabyeF6yZEtgkOCvB+xK0"
    "S7BNglUSLJKgRYJKCYokECSYi2WHJNggwUAJsMJbEuyVYKMEjRLksvoIdJLBbGNgWL+eQWL+YMxaw1rCOusk4FZKUCeBLEFQAkmC"
    "YxIclmCLBJjfJkGzBPkSoKS88PJQqoz6TauD6u64bLsQ1wnrAq1MCMc1uJaalu0run75Q9fnV3HD18A10HwT2pTeTo3wE12u59bz"
    "87x0/8Mf+0J9jMobus9nsulEm+iwr0yDlXowcMSIQt1oVNt0pjiaLWY1Pc7Xp4mCtcgBmQ4464BtDljkgHoHDGQ5egfMft8Bz7MC"
    "zPraATscsBxzHYB1bA4QHHDSAXsdsNEBqxzQwvK9LH8gQr/PQHMZBBbXOUBmSaxJHMCdccAxBxx0QLsD1jlgpQPaHNDsgHwH5DlS"
    "NgGaUjB5MexOS8GsszC+muhuNXMKCwunTk3hZTGsPY/aQrDG3d1Plyt7lKeXK5WLucn3Qzpcch0M/PYx2LM4wA889yfhZ8bCX/DS"
    "ue95P32m6ywL5cIu6tuCRa722NOsNqPKa6AXDdTg1RvdJqtd5/cVsb0jwW/zc2doXOSv9Nf7hTnb/O/7z/p5mmzxL/Jv8O/1q/z7"
    "YwefWrishsVTL2ex7GlorAmer7nIv8qvGngI63KseELVqJrZbKdqoB+e97/l/9rf6Rdof0XYsIB9csQv+fP9sr/Nv9K/xd/uP+g/"
    "5tdpeKNXyxvSrLyaKh5JyxO7h2eOrIu3pGxQJxi0rAyYYGYYz0WUz8/NzWUbDEiE87sL3XsMTA9p44i2JvHNMgFGbFdKNsAuZeXd"
    "3G2P/xP82+GtDcod8Mw9XQsfVz5roVzNZXLjKKKVu+BKFvfvirK97QNMD2Ui7rcw3fqsfC1Rq+0Oo8nGa3TUB1GDSVSTNF4w67p3"
    "uBoZV3bz70jG3rYk8yLPV8Z5FoGOMqDZjOGPMRbey/h/A2NhZFCumbFxPuPh1CuEjB2n9bBOugW8hd18S7l8cF5Xn1/nGPFrP+jy"
    "fKDMvJvbsxcKIGcbvH47Jyn1bO7bucPMcXyXK2BMCOQytIm/QzxY4A05ZpJEFdpuKh3REptVIjqLDte5RUtUYFSpQAPNUQ1fb4NK"
    "GxTZINMGNhsINjhrg1M2+NAGr9lgrw3ussEqGyyywWU2QODqnsBX/miDkwz6kA222+BGGyyxQSuDK7FBVkqjx23wPgPbYwN6FLIu"
    "eRrSws5KUkdxljUah8YhbGAwqSPFFi9BiIOseBuDWMWAilg1HG2zTa5IHMHksypSchypLcerrmQ1ursI2oBDaBSc9Gyh6de3OH/j"
    "lCH1KmjT/3gfdGry6CexZZ/Y9yk8b90klk4pJG96QIiel6ELfxl36syJqYGoYOiyg2vBp/0HTvZ2rl0gTLf9DcZe2XmnQw9EWYr8"
    "cI/yHdcs3kbUJCDT6/giIRqtAPRbBnnvlL+TchBuNcd91nvg9bfeUr5TbR7W65eyXsN63PnyyHqe40QgAmclQvzKV0F8kHwhhG23"
    "woe3iVW/PBK3DUdg35Zk3wJawGq1RsupeRUh5e/k9eg7ses64q234HXlu2G9xD/3GvbzdGxjGfxB6IP8rCJh2SQKACpexWvUIPA8"
    "zqCgPIGthJrUcvTiLH+/sk/ZtxZ2Toad8Afu5y41PVRmY4qdUU4IUmxh/M4cLxJExbPxO3MQnwauOUkIKifWrWNzaBCmcR5xLeIr"
    "LFt4jqBpolITbn0ju8xD6Il2ii7RQnHIaodDygbwPyxMA0NEOR1ktn9F7Bv+C/5l4iURcotc53S5DGZ1JMIHDbwhO8vpJGazb3TU"
    "bCY6XXhsVK1zqPjRUZWd2EZHiUSyYWRdNhzLhpXZ0JwN+CxnA0km8fm8hJmW9L177ACzKMVBSHoHQTcVwdnoAAXNRUOgnF2cRV4r"
    "HgJWdeIUt5TLgOnTlO2O0dfLyqcTH3xy2Zr6mVkVd9++un76yEH5lXX8y8q5rvtdFTXF2eC6csVggb/l8aLFJ5wGxckL02ZNqAvH"
    "/R8P+gpB5Ac9+j9tcrWkVvuJy+9KD3i1Y6Jeh8Vu5+uidinNMDqaRkgAggGQAoAPA9HzqQvAwQC0B2BLANpYUk64Q+wnvrrmJ/cd"
    "4puoF3jK6A6o2TkelaxmmzpxnQ6dvQjX2Tgza7Jfnnp5c9eKZrhBl3N3zdsv/Ovog8rr8K9nd5rNXf2ll4WAc6jyyNTmUN9jP3yv"
    "fEdf/iXVsW/5yfyfkK5D5AyHKs1o9Kq8Pr/OMiZq1ElennePjfKO0354zw+7/NC9QZfchz2/B0+dUHqADnHnhe7AJwnAT+67ub7z"
    "5/l/XXPrwzW9MypKBjYXX3fz6svKMnO+/3njp4vDyj8fdtum7Vj6xk4/4nk84nkK4tlBQuRa+VKnOo34fFa1NSPssI6OOuxmE3Ia"
    "0QXGRA06SfDURYngIGEIhkEKAz4MPByGujAcDEN7GLaEoY0l5TDkh3+F7sKEn+26YMMnMScunLgB4cwazLBOd0rZnMyUHNynAwaN"
    "6nf47aOH585TIdqvUO5SbpzWUDdxdN3kluJMZ9rpn84q3tCy71wVv7zjqoCjz/8plztk/1OcnyjuG/hXiR35abp8iVsUrR6DYBXS"
    "Ax5hDHrRRJJ0Y6OSgzjG4CI6HYD3AnAgALsCsCIA8wLQFIDyAOQFzhuWF17ZSj06hQKHH0J2G90kj28Z0Jk50cUsLOoH8N2BHYo1"
    "f860hhtLd43v+PRvbw4a+LEll3/17Y/GSXdeX+G/NJT7r64fv5/xu4dvnFsUl48mnMRL4oPEAwPlIxa7XmfW4RLweHxeu8flGR11"
    "4fI328ZEebNJnVYX1athtg/0Puj0wVEfbPTBSB/k+iDAMmed9cHzPtjBCtb4YLkPGhnEQB/ksTpfs2pvMbA4zOwkTLkPOJMPYj44"
    "7YPPffCeD3b5YIUP5vmgifWApWVYdtgHB3ywzgd1PpB9kO+DoA8Iq4l1trA6Z3yw0gfNyWoX7tj0dH2aLvryRKr9Xpj0QHucixQm"
    "9nLoHb7i0jiL2ZnL74dCezhuSd1/++2Hnrl8mOx3ZbccOHBv17FWvrIqe8bBd6zH5rpit8zscrgqKlzsnl+JMoj/RvCiDd+fDCZL"
    "5XKdkVgsA4uNAznOmMUHs93h3r379Am6g+VDLESvEURJKhgTDfdChxr/iX5/Xl3U7xMHjImKUrAc5qewEr1EQ3ko/r5Dj91jywWH"
    "CYnrQs5Spzpx3VOdDgMhaLYlGY7eD4SicCj5PkjiMiVNAuz5+K3cmwJfhBcM+ejdMSNcXHXhUZi0tGPn28dqZw0czz2zQnm1Yfns"
    "9fcrn46oGDqyqnwINI78eNNjJt283AdH/W7zDsMof6Hy09z7Gxa39q0f7FxQrrzYJI+V5WnchoULF86di7/ofgLamPUoX/xkszyT"
    "2Gxuo0bjTg/4kWX9RGO08W6ne3TUadfbRfO4KPrymQFoDIAtAEIAyt4PwKEArArAIibFubgYPxOAY0y8N7PcQE9pn1yjST5p6uaS"
    "JIOUJ7yTC4S+TV1aUhhXcmhisFunKdvfe1VVt88HYZrSt354xahRE5W+U1AI8T9WTA7XKF93PU65g8urn5bRNZQ+CkdcFVTu9MVf"
    "Xpy/FiVPkzxI0unQxXM4g/Rahuxc6Vzn5GNOWOfc4jzo5E3OgHOek9fzVuP4qFUra1Wjo1oTPSAcHeXt3bu77DpZbuKYdkHcnul5"
    "+gfJi2TIB7D3CsXSimNVPmgsl6MNQ+XJk9lgf0IhWTO0ISqXN7J797HTyiiuV0LnTpALicpgVvFupBavHR/l0Qf0jIn6TSZHXdRi"
    "8hJGBET8Sob1OCkSKzF5STk+0O5XIxL3fBN8yzOWLU5c/GanTL2isjw5OrR8suat56Pj5VyXu6R8O/xZOBvPjf7y8At/sXyxwPqH"
    "ZfzajAomFyl/teGY3bBHjqnT0tQmlYnQLVKjRrJr7F6P2zE66iaSUWO32tE+Mgl6NLrQsRsdFUyzvDDRC5VeKPGCwwunvPAhO0/c"
    "44VtXrjLC0u80MJgqr2Q5QW3F7RemPUjg1vFiltZQfdhZLyJ7azyIlaKNTNZ6yovfOWFI154I9nBBtbIomQfFV6ge2nBZHNl2N5J"
    "L7zvhYNe2MtqLPdCsxfqk4eZZxjAYTZmbEzus4ptyyEIF9+ay2MwCLDCC/O80OSFctYB8fZ81bXpIu+kXfCC20VfXZt2sZfWkk5r"
    "WVnypL2HqjezI/cyurMed1tNkLijpranLDeY1wKtc47BsHplUOkLC6cqvaLIw/AqrpWKCsc3Xd9THobaup/PrzbKDznIyA623lrl"
    "YbjUdHoNklpDkouoXQ9b9LBOTze26vQg6yGe06yHgB6O6eEgy1mrh3I95OlTTtwXXHBX5FdH7rArsdAmdw8JSCkhqpvQ5usL++SY"
    "6HL5/b1MJh3JzOyl65XXr0/v0dE+pky/y6Trld1rdNRjzLarreOiolriQ+OihJeW5MFleVCfB9V5UJIHWXmgz4OzeXAyDz7Mg9fy"
    "YHse3JsHN+bBojxoSUK680DIg5nfp8BtYECteVDGWlEli/ayJlblwRJWf2IeFOVBZh448uBUHrySBLglD67Jg1kMoJINBfvQ5sEA"
    "bOWveQAHGeC2PFiTB81sGJWsme7RHs4DOe9QHrTnwY48aGOdVbJhvp9Ha3NYsJIV1OVBeR66Wd0s2pTKe9382fSb7vT833KjUy5Q"
    "Ji3RxPnnBWyaOKplIquUmgsYeigGNIwvrib2VN4679EB79ymUEUxtGLERF38oWIC1RhTYC6P+mLZslSN0bt36flEdld1Ujgzfi6l"
    "+pP5DJvlK/QqtDOcKqff53Ehs5gsepXT7hwdtdu1dt7E+CXTD41+sNEtP1Sffjjkh1XsNlqdH9WnH/L9cMYPx9jVmGaWG/DDweRN"
    "meTdwP9Rff4KX3FE/ab2RLS09VSeCVRcRHUm5p54DwznTu/qr5IbDMSiIiq3S2saE9VKvB2NXUemG066ocUNlW4ocgMmbW4Q3Dh1"
    "NxxKSZ91wzE3cIfdcNANzW6Q3YAqYzN76LH/nmJPXuRcOkV9iamvWew58vnf3//o08//ohwdWnfpoMGjxqD/0fX9D7/8/K+f//XJ"
    "Yw+e6Nj2RMKvVUYJQZyTgwTISnmMjxiNFqdoEYMhO/pbdpPFaDKOjpq8mvS6qE7j4NzocXESCUEwBFII8GHg4RDUheBgCNpDsCUE"
    "bSwphyA/9N88rl+5uXQ+JUmnNhv9lfPUkijxcGJw7+x7Dx347PCVc1Sru063XgHXQcuTU0ePbWjnr6099dOPSqe3Ytw7TNrtdFUo"
    "RbAkq2ugnc2zHufZzB9B2gXpaV+6ymw2ELfbEMoI+Hzowvskm8PB05d8DWaTmc6YZEAwA6QMwIeBhzOgLgMOZkB7BmzJgDaWlDMg"
    "P+PXTvz5u3s9r7HEpxi/N848yPgMi4tKu6noLC2Ea6bOzprgr6xvvYy7obXr9GrdZXf85Y0vPql5b2kjHNy7227m3ja/ec5CZ/nR"
    "1ObR//nPv35x5ibXJj+df5PYyDxZInq9pBJFEYy8JNodDrq9Xti/qIYeVRCH5Mh31DmaHW2OdscxxxmH1sTbcNY2k15Kk0ZH0+w6"
    "oo6pQS1I9CQTR56cENs3n59LNSa9TZJca0PQ0EfHn25SnCfbO3N2DC8ZMLB8y+C7u95dtgzWcF9dPUt57PrSSNefzi8sIENi33Bf"
    "Iw/mkIVytUattvu8XhMJ2032gD3PzhMiIdF4o4rYe/cKm1y8Kzg66nNJvAEVKe8w9YZdvWFFb5jXG5p6w5jkEWwPjjv/BhM7gy1M"
    "fW3lgitk9BwWup0yupURP4gF7uuX9496Jq8iK7xg4KQJ41avv+alu654siLon5VXUzXxxj8ug973bw1ZgKwK5428pLQit++mBSvv"
    "8f/rKn9kYGFxZU7fO3CuIZzrVuEGXG9lsk+H9iHPW50uwagzohCR1TqTjRDz2CiWl3d/CCKFi7rfzDCHi8vRWaTuoi1xDwD23XTH"
    "8vWL73rttZI+xZemr7ctW8jNHpr9wQczux4ZWiFNsGdg/4FYhzCI34kS7AH5Cp1ITCabaHO5nTbq9EgqauFbkBmMVHhTadZ4gQRb"
    "5YZFbqhD2YWSKt8NkhvOMFnWzuQYFgSYTMPkFje0uSHP3VN+X0SAF15szyuiVoVRfLPdLkfiKiflLe5lFN3KuWmwgkluWDpFuWNc"
    "uAbs3ERXRddSlNrcAVfFuScT+orEvhHo1wTTyEH592pOm8almaQ0tZbnBG50VC+YNAQcGyVYzk5WK5MnqN0nq6uSx7Lx/IEnWW4L"
    "O4E9yU5wD7FT1nhmPQM9y4qOJuvLEnD57Og1fsTa9Osb/9Mu3Fannzu58OBaTJz0eeMRV3mNsrQCvmj715GroLDSxrfimvJ0/YPz"
    "YGyjc1fFvhFfwLnb6HkKp7YY1Ua7Q0eITbIFbbyWt9lMmMszCS+YTKDR6q2iwRFlR0oDHdDLAW52btrJTpuOOOAtBzzrgMfYCeka"
    "B1zjgMYkcC47lNI64Mo49Kfo0r/Fjlt3MNj4QWscNo/Bdjd81JGA3JgCmdpwwAGmXwHvSIGflwKfxw6/LjmbcuC1yAFydQs75cpk"
    "B10nHXAoeQ62kp301rNTs/jZscTy13Sfj9VdcESWegPztzaHLjQBL3Bmmv7LkYqzm/bJM99UlZ+gPoT10M0P/JVH9l0F/WuUQ9d8"
    "9OE1ylPV8Je2Nz/mR3d9xXkpM5y7izN1/SvBIB0c/RIteiD8D8gbXhKTqy1Gld4geqyC1+bWWEEtgs7ttVvNvKjWG3V+X9Bf5+dM"
    "fliCptpa/2b/Lj8v06zP/af97ECWngazA1xrdErNvDgEzQ/6+QrMXyn7Bg+tCfpppZX+df6DfpXMjm/p4a3IDojLBsUPivuXxA+K"
    "e/XqVxNgd6a1vNHi5m0OlFBWj0EUkDx2QaXnveBF+Q+m1NePEhddIf7aV+7U+bn0YWryJgM92U2I//P7VvRLA2pnaeqhbrY6ceAb"
    "gB9n3fL0NJDHKz9B78mKbta2j6cpB+uhj/I9P3voUO/fPnAPHWpX3lRK7EOHOrti+FuCZtjKZI9Nqea/QRz7oVz+RK1JU2Omxuiw"
    "21VghABRp/HpFrSnHBafSmPkgQdchjo9z5vK2SZSLACfs03fzWzTtykAY5KbvlhqCsBshDjNgLo3h7tBf6uJeD49l4jvWjUnt68O"
    "p+xareu5iyKz4wySAraFATSzIhKAi/P7r2+4XezzMyn3VONxysY120mi+6RiD8kHdGs+sVMzhIN3lZupGPz0T1QMKrfJzYtHjq0f"
    "lOvvm3VJYT8/P49x/U+cjq2EeQ/dUWv9/npnZuXlSf+cb0YaWeEWOWa2mLgAx1k4vVoTf6vGoAGiBxOAXtSD3abXcTpUG6imgRgI"
    "2h9qC+h5C7F77dBph6/t8JYd9tphmx1a7FBvh0o7CHa46izL3WKHDXZYlVJmswMWvZ/Mb2SZXtbKDjusYTkj7VDE7lrZWFsDTrIK"
    "h5L9bOjZ1Rk7HLPDYXZdqz0JsIpd2oqDYVuZ7EoXdnyS9bTODhy71iWbYYwdylln8Wtf3ZsyTRcl73+9/HlBCSkv6H6TJWGQpdhj"
    "hXFbkpqa9E0HSHxsIWSHxCteOdA+e8BMW6CG+1ipu6vsek9xjbcvH7FKG8HV/9znXtsR5YH492K+4z4SbyNh0igXux1+td7PC+aw"
    "EM6MuDVqjfqHqEkT0DRp5mnWajZrdmnQEtBoTMRkxgJCMn6IEvYOaY8PGqR8KSL5jQVqgaGhWDwEMC4ZCHZqJdLPQtjTAWMH5nB1"
    "d229oq11/qaNNw2pGnjVlGlzBlYNUb6771bIvnKOMIG/fAFk3XbPpIZJyr5pq628/cbLlD0To5NwDvcp1UD3PXnIkv/G02/x0MuJ"
    "sgi4DoIi2ETAnLMinBRhjQiLRGgWoU6EShGKRMhMAsw+KsJbIuwVYZsI60SksQhtSdiYCMdEOCzCQRHaRdjCIOIAAexNhDMMoLto"
    "TLJziZWWdTeEozotwq6U+phv+lW75SLksaaxSHNRfpn2mzsnTRf/aFX393/o8X+h+b61SrV6+E/PIv7qkAe+TPKAhRi1ossn8kES"
    "zIzovD6vD0ntDXibvPO8a72bvbu8yANer43YLD9E0W7i/jsPOLvvbRazfWL64bV+lAuycqGYuq9IfSda45QbwnVI+TnTplyFlL9p"
    "46b5rfNbH7xT+W5SdCKMvuxGO2+9aTqMQA645zbl4wWX8xOEubOUI7feR/lYgi8EH38Z6ud82anVOV06l89PbE9EiS5NdqalqZ6I"
    "psW/xUNvCRf02BXIyIq7LeowfaPZkfhyQWEax/1ctmzExPGh4UONt5kqFk8ZsHTC6ImBigrTOlvlQvhi4JCa/vN+f+c99SVVVQUL"
    "V9x9N/0gdKz7O86SKvGXHhrQrnxJHEdMpDe5BH3NISGrO8eaQ0o1eWhXDBroSH89StxgULkdOZKUiQn0NzmTFJA4LY+PkmAwFL4R"
    "NViF3DeignDBaRPT3dTjKezxElT398WsRZbMwgKBfuKJvfmVfE89AOe9tcIClBlqFZ8hcPb469v001CZDc/D4OeeB/nZp5UDLz2n"
    "HNzPffDnE5++t+Quocraa1zZ79pm37Cs1lEtrDiwVfnn1q1gf3ALOB/aonzNPfAiDN23X3n5xWeVV1/YD/Kpz144fCT9vVluzz0v"
    "PfzIwKVHswXyoHJq20PKl1jP9+CD4H6Y6Zf1wjSuPnkHg+N5kZCL3cHo5ikrirz128Gv3CFMC4EUUc7G95F3QQw6+ZF070nWse8f"
    "sY8yJD6YdOHnF2BC8iOPsfPfPyL3EIX/VqjHNiKypBE4FSFUnxmMh7WgpR8gOH8fhX3JSgvZWkAryKkFNVehPD8DKpUXZkIFVM9Q"
    "XoDKGZj3QitUQ8VMmmxVXlCea6X8ws62xbWWLFKDzqyaLCEf4Byssp5LN2dxV6eHrHwEcosJ/mf3Wr6Hu4Q0LhK/1wIiJ/Dcs1H+"
    "/L0W9nmFtM6TXGTt2gS85n+C16T9JwlPtnIdXBnyq4V+vYk3GtH2tdo0Ei892ki/bsULiS9apBKiiH6pjKOOf+LYauu7b5ZHCwP9"
    "Lo3WTmjjH914pGSKddClYWfA1Wv84Fr2TasV2I+T9RORrdTA7vn9LIFaqrk9Pox24UcyOCf7OEZW1qhJtfXzhbX3f1g8lX4Sw5Vp"
    "zZo4uGZOfM/ucq6DfzHeD/1SkyMY9FrZtKwkO8sbDsen5hRo1w5eSFy5T3wy89f3z3811civci5PnTy88t9RUf9r3HDkUhzztsSY"
    "h8khhh2v1eoIGoNszFJyuCm4SgzafLFR/xp34q9y+G1vv1E+uX8kGwdaf5Ui/+W17lSbsHbThyVT6VfJXGFb9oQhw+dO3HikKDVj"
    "Hlt3Y2E9t5x/Ho3AafK5xHfHlhihxQgTjVBihCwjOIygMsL3RoCTRng/+ZrkFiOsM8IqIyxiL0sWGSHTCJIRiBFmnjUmQA8ZYa8R"
    "NjA4bLLOCJUMNGgEmxGEJNg29h4m18wgul/HxMbOGCH+muZKBtGcLI33M+BwchgrWVldyluc8fx4HZMRPjfCLiNsNsIKI8xjL3iO"
    "MUK5EfLQUWEAmmm/+RrzrzR3069uD17g6zZ1n3wkb9JdIL5aFzz00AIMsH7rokVbaaB65/HYCfVk9g04+qZPf9lpN5m8qLtDfCgz"
    "kk434zc2ugzx76j2fKvE8qsPxIV+4xnqEpKTm3PhQ/en5C4M8b9JwrnvtZ8cmdVkGvQDCcT/rsQB7/QzNP50eevSzu1dd+he1kjM"
    "9+YSf8WE/mGkkFJFJun9ndt/+Vz38oV/F0V9RlV2/s+isPA4eVKYT04IhHgx1GJPf1U9TpZwZWQTlk3GUIH5E4S1ZA7CezE9EuPJ"
    "XBndCSOjMWzDMBHDpRh8GMZhqMawGEMlhgFY51EMV2IbrYkwE/OvVc8ns8U/E5s4kWRg3IIhE5/DwgkSxnG2YAjzflKFsI30mZap"
    "0Q5DuGxanoTDdFhYSOZieRCfCzE4cR5+jLMSbV6G/d9Dx4zxCGE7WSaQ2Bl8bsC2K7Cuh78Nx7yQjKcx5pswvwTThYiHvtzjsdOJ"
    "5xzETSk+l7K5Yz0M9VinFMc5BOuFMB0Q6N+1+DNRYazBYMPyHD6bVMCr5D6M64ReROrGPSHRBM7q6b1QCoPx77CsWPyFNHCtDKcM"
    "dxT3NA/HfpovJJcJLWQilg/AgGNE22AT4mEcmc7tILswvRzzR3HbSBkdKyrniRjGYGimuGd4v0hAvKUxWkyM4zsZKB1SQwLP2Qk6"
    "9Qg41nsSdCm8IGQizXIRR7kM7xcJCFNBaXBhQNqdZbQoi31Cv/OYwH9pggd7hhbGj9WMFqkBaYFxGo3pXBP9XRi30P7+S5wpfkbG"
    "0/lQfmG4ofn/Q8zwgjz1X2LKw4WJmEMcD8K5vkNxjfHJRHw2HpO+yVh1J66P2aQvXSOUT5Pt0ED7pjybGvMHE3FvkpvIp7jIprj8"
    "VfwBMaqySQ59Toxz9IUx8st8hM+na5Cugwtjui7p2vitmK5Zum5oLOTGY5aO4zfwv40T613FeCxOX7bu6dq7MMY5q7GOUaXDdTqC"
    "4WtZIqbrdlMKrQtVNzOYCZTWQjYZhG3MEr8ig4QylCMnYlR+bEjwulM1FGXEItKP0iZBh0uwLyf/HbGobyRu8c+xy5O4ZPi7CvG3"
    "kIxQ9SajxdvRMV+IMvgEqzcJ2ygQB5Jhgof0S+CHJPGkmoZzfocEVDPJVLEUxzg+MefE/IRHSB8MtfwOUslvYTJ4oqAlvXgb4bAN"
    "vfAnMhzlzHruHjKXG0SMVA7p/SRTW08yEY/jtcgXGFM5nKNFXtDMJ9lqP6MpWyMJXjyR5IH/LY0SOO2x3hLypiLRFrnIeujBb3Ru"
    "OK8Q5fXUMSfrqV9FedU7riMSvHyxfpLj8HWPJ75OheR65f2xXTjH/om5fp2op02ZM8LFPkrh9x5zvZC/kdZDOYWUJeclfs7i8eIs"
    "XL88tpfk0Z7jqf6tdZcyDkZ75DMNnS93gjiYHLgT+exOMiAh1ylsNCHLg3RcjE8qyL38c2Qw5rFxiy8QQ7LfbnlyL6nFdvNS5sn6"
    "wxAQ7sU1cS/pR9cPlhViGMrWSVyPFtMgCmQ4Pxv7m00yhJdIBv8oqcR2A8IshKPheTKf0l3IRJ6N443pV5wP4ZajvL+UPsfeYeky"
    "7OtoXAcng7Aw9jtWJx9xTPFiRZwcYfJ5JPbfNyWUslBM8jFcj+Muo4Hp7dmxP+KY9nLvxX7kbldeovTq1uVnUN/mM92hSeh0u1AZ"
    "1+mCF/U68iIGis/a7tCZoNs4xAHOl81xEynBPq7A8f4ipKHsiNsNmTSoTiD//kLGoz00XszDfkfiOn+MhFRvoR3yM/ZzCIMbcXcE"
    "5c8EUkQDdx/aEPcRCyyIdXBaYsFg4EIY3iBWfjERuBai52RyE/8TeRvnsvX/a+9ao+OqrvO+985DkjESfoHwY65fYCxpJFkYA8ax"
    "ELYkbNkylsRDdi2PZkaasaWZ6dwrqeZRQ6gTaMA2JIAXuMQFsurysh2gdpsEE0ihacJqWSYUCq4hARKgwZBQFxZYt9/e98xoLMuP"
    "Nl2r/TH2+rTPPfecvfc5Z5999j6jB7AR+DbwqcCgyYxsPLYFPnmLxDBjXGhTQDneu4vjpJznTsEl9IQgw+9R+nOF+1S784EfAbcC"
    "ScCD8f+Kbco4kyr1KMLV9TRV+xHsdQnmHboYJXTvcGTluXpxjLoM9E8V/knhZreN8xjwE1eWxEDfy4URpEkMlMcRHX2DaLAG+CGb"
    "H+iLqBsEPUDkdIG+DZyNcgXoZred81MAnngw6raTth1DkL8rF1CoczF4A+hh4AFgrkKdK2/wsOqj5LEs4RUEznPlcf/Bu135AiV3"
    "8MkhnUXvnOdBE/iBK1PkzwO9D3Q6cLNq8zVXNvdjmYMPg3a77fk9j1P6PZmDj1FXjfc8vg2K/wHF93oXPFdcTx+AzsYz5DkzgJ8N"
    "wz5FW/SrqVQfQxPZHnTYPuz6LH0sbGg76mHnxmGx7zHa91GHmYe9/CfW8F1lWz9QvobjxLmcZwCfww4+Z9/HduCLOE/4650nPBXO"
    "Xt8lzg2+j5wXfDFntX6D83o2/zibZsJXTVI+spP9NO/hzFnOvjGTe3jXU0id4bP4vOZzWuUeM3wPUTPnHb4F5OfzWcXKMzwD8Efr"
    "6WLPtygAvxZALDGF6zzzyDaedf4Dz/LeWI4zDm08FdTG/g+52UzED+d4bkeO8m3nqHEX+vA52IncoxF+dy01edppubEbujDPQfif"
    "7ztfeG+hKewHMcavpJ77nO/WsUzPz2gixyz+MGlM0W8F3pHnYZqUc7ZEwH+pxCQdiM9foATkLPcZVORJ4qw+gvgfPtj7MvV7IN/7"
    "Ec3HGvAP1N3l2UM7vTZywtepw/tznCcmVcEf1hn3UyPLAP8Vbq4lMWvEWEOVwESVH/BZbct8W8jDGiU/3MF1QlVO4uvCnPO69UJf"
    "97xdnMkXC3zkRfKFNs770G+6rOEhuhR0mqz5EuHhrvst7rnn/4A8iOvWqLWfzv28R8jLemTsIbvmbo5kCs9Das05xj5EpQU/RfwE"
    "+AKIm95EW5bVS5sLdelnqFxnhZwPD2F8Z1CpxEYvk8eYR6V8ViiUe25C3GipZ17D7ZKXSr4KuyiVuO92apBck9/dSlN8P0b8BHiQ"
    "x/oWgs6ni3Am1Pgmo9xK4zM5lacJecZD8q5ezkHJr8iQNVlApb61IksXPVz545gWaZjv35PXN4lmIw4tLSiGjTdLbHAG64GxL/ZV"
    "0TzMZxBjOrPoHVrsP4ozGvm3Mc/5JXgT5pyyscw3YH//gmdFC6dQu381LfLdRzM9u2hq4bt0o6+fVmbkZuJz/WkaC//yIHD/kA8+"
    "ivJXZUCVxFrQF/M/A3MwXcXW5yL/nonxlvPa8/i9L0LOXyB2xPrzGrAN8Drw+vPYh1PfX2LdR2F+FH9/h9jSRQUfITZ5DvxeowWe"
    "xZITRVQOaPJaqdiJcuh5PF++T+gazyGxz1JevxxawbGifxRigltpaoayjWd09b4PHfZDJuyUbSWjU3bsildmL0keeIIYPJuzIr+R"
    "2E3R4fMCupLjnuGyThijwvbZ/niviL0eT93xqvXgPcN2m10fNU9ZuoRWcozpewXxfC2VwU4XQUaV53n42100338jbPMyKuVcwHcd"
    "jYceYcRg/d6/Q475qei/BOOYkzNn7D9aMzmke8bx97Q4raDLgYUow2qdJbC1vwd2un8/1ikZulvjukH05djCWeTycBqBJqBT9Wl1"
    "MahkyLtGt//R29X5/6Cy6d8B8MjODmCywmrFY4cLOXu5vA+x0iZ+77lF+1XmPdZ6Q7Z8P5exptOxhm/iHH0E5+obmIv7qUuH/9Hn"
    "0zrPD+lbnl/Q1XopYnnYq/EBYrJnnX/H2bADsXulXoTzFTGn507q9HwTec5M+PJ22HoZ+lZTNfz0H4udPwo/9Q5siXl8jnbgp71B"
    "C4witD2PSrw7xPbr2P8htl7heRAUMH4BwL6g9xSjEmflb/B8CDrn+r8q6sBaLVMo4bsH5E+Lsnc/83F+wMeJn2P/2IG93UxLvc/g"
    "DGyWvEbu5uRO7o+QFzxDKYyhSfzgezgrt4u/LMP5SGwbxjrUvegcMcpogiAFBBT+FnaEs1N7j2bqm9H2FdRV0ATPPRj7N5AjvIpx"
    "bKd2YwaN139NZxqbgfFExtfB+3nnY4l7GE9Bl3aahny8SGIexEJAQPciVvWi7xr+G3Eo74Ef4VjIRluOkzhGWkIXCB5Q8RHHTjdh"
    "3Q7TWImVvkOzIWOWXuv8Xl8FHm+Cf70be0vewO25XabNUrRXbXw652POPt5rOBM+wVk/BmXA2c+5MvIoD3xRAd69J/kQSbw1CXHG"
    "ct8L5EfuVioxDPtc+EjkUpPVnWmL3LEeyt6xDt2rumeb3Kcaf+3c7XGD8wLFv05yTnVPm8krJe67RHK8Gv199OG7hsdwlj1FU2SO"
    "xtI5GNc0nkttq/MlQ6+jQo4tMQ9F2gMUAD0PGKO95hwGnSnzE4P9HabZMpf3O8+i/Wz9XuRNmHtjFZnIXbAuzkuY97Eyj/9KQdBx"
    "+gbMc5S8+gLkQIw7gK/RdL2df1/S4L0unEdAt+bE9cPgVLox9uDmnDuBaTw/x9Gcu0m5UzgVPc07Sz4veZ1OcEd5Qoq1uxQ5+wF1"
    "R2mcqN2x95POK4p+qOhHEnfBLobTE95XKnqqO5NsHKDoie4uT/cOc6S7zBHp6d9pnq38lNDMuXQqetw5+dKx94LDqew9Vy+futOp"
    "47tRX4nEqSe6Hwd1Pj35+9Ogp2WDzqsnen/cPfhJ19z57KTvE6emw9coewd7Cpp7Hz0SlRzwJMh8LuPrdn7L8H6BfO0L0Jc4b3MO"
    "Ss44Anxx0hj+D4+F5JYngb/J+dDfRFrByyND7uQEzgEX8HcC51OGp8r5EGe05t0zMkb8vAbwa85hvwZbvglyAP+vXUjuehL4Pkb7"
    "VUOQu7+TwH82+AIF2xQmHIvMvGfmMTMvmXFndVbyM3z/0HX8Q9flNMdNpxr3yXTPBfzGP/Ldi6J83+YZSW/kQ5rvVch+GPgxypfI"
    "mTJOwYM5ZZtiOtaF8xEjm8t/E7p9D21y+hxnB410vSCzJvzZD+DvhcwBzM0R7u987oL+ZsT56YZutzi/9d8Luh2I0WpuC7yifDBl"
    "qP6Y+9m51ubWSRlZJz2WyQWc1wCc9Q6y2cEm/twWPuh3jAIF/uxFfQaduZvt4/tZ8Aurz9LnKzqXob9MV0H2ozTiP95WGvICnb//"
    "GNT7z0R+/rz/QmAb8BU0R6xRyB9hpABE4MiqqWgSgPIo1I9CfnLGjUSj0W/0bqSENvAqUfHTRCV/AnxGdBZ4nQU6BjLGoM1YtBn3"
    "c6LxiGXOvoyIf4HEOZBTivYToe6kGcAnOJ7AdzJoAPlOADyngk59m2gadJmOWGcm5mom+J73G6LzIWMW9L4AfPgH0crRt+LPiCq/"
    "A7xOVIWcqwryqyCzCryqMYY56D8H/WtuI7oQPOdWIVwB33ngdzFwCfpeijzrsmsBPC/EPNVCt9rPiS6HHnU/IboCchbFALxfDDn1"
    "4N0InZdA1lK0W/YP2PZ3EDVjvCug21WQe1X5qbHy2v8GduTg3f9btDT9L+HGPPLII4888sgjjzzyyCOPPPLII4888sgjjzzyyCOP"
    "PPLII4//p3gceOtYtC4CHh9C21qiq885Htc8QnRtrfyc/ifaSmqlreQjnUqoklYT6ev0UjLkZ/anaInsz+5fTU9mf76/RDtflXXy"
    "aHWqbNBEbaMqe2i89pIqe2m09oUq+2icXq3KfrreuEyVC2ic8Y4qF9KZnnGqXKQl/Joqj6JJBY+q8hkULJypyqNpbuFzqnwmnVtU"
    "ztrLX+19XLTiskam5lVlnQq0i1XZoIu0BlX20GztAVX20rnaQVX20Szdr8p++kyvV+UCmmXsVeVCmmQcUeUi/S3PdFUeRRcXpFT5"
    "DFpd8JIqj6Z1ha2qfCZdWHiEFlGcugEbuJ6iFCETCOE5hFKYkpSiDZSWVjHUmjQLtReAzqEqqgZMakCrJN73oL9JV6CcRi/+GhK+"
    "SUpQkIrkzcm5zUFppdKiUXqXo3Ql+ofBgRbFu+N2/PpoxIyE7JAZTqY2pOPdMducFb7AnFNVXWU2JJPdPVHzimQ6lUyH7HgyESy6"
    "YnizOeZKsGgM2eXmlYkw+DZBoU6IzVXYpBapiVMXGsQ7oy47syWajqOmDo16oCfVJXvw9XKyoGIU/SLSy6QK4JR8L7fC0UQkmjYr"
    "zONFnKq3OaTE8M6mq9XV0tbK9p2DSawG5uJVNG1x8znB6uDckWUNSaoYSZIIqnAFjaxqHKJNsSNb3vDU9IKmaT3qkjKEE6+2iXZR"
    "sU0Lb6LyFBGuzLsNLVqk1QrpyVNvi7SEtGodQWIzJHahf1jsNNMyLLzZ3l3OSZRjahHXUZ9MgYWW3C8zNoutMWfS45YZMu10KBLt"
    "DaXXm8muYy3MTEe745YdTaMynjDbgi1Bc0XIjiZsM5SImK3Zjs1dXfFwVCrD0bQdQuOkHYN9rOtLx61IPMzSrOBI9jbythuysJwt"
    "AbctM9Yv87BMmvOz5XZpsaP9UXNZyLajFjeuQwNLTb67sK0yVUnU8oINYLp4cmJSDsmiR4Qdb/OE6tmJjW+eVLCp+oaU8SRERr8a"
    "DfcpV0bRJV8tkZuADFP0y+yKXNmmLGZITMM1x168taVtGPU9+L9BObpezJ4rq1O5sgFxjDE14l7ha9Jy0AEx3aQYV2LqNDHEoVlx"
    "jbtL7T5T+qZQTsooMvNYIWvII4mKplwKifPtRI8eke3qFhMTDokBRpVB2jICK8eQXbM1ZRTMfbEYL7vcqJrTa+Cqm0bk6M5g7gay"
    "ZMf3qzFneCdE20h2jO5sc6seJckdcY8cCeuz69MldunOaES4VZxgzrtkbmwlNSkaRfDfXXHXtpLo2yfr4W561+rt42YuJPObVP1S"
    "eMOyXF163U1cF7KwKbGFW+OJpFVuDsTi4Zg5ELLMSNSKdyfwsnODeeyWMPE2hE2fSCT7saH6o+XY4F3pqBWLJ7pNSxyw29u0YyGb"
    "vUNv1E7Hw6Geng04tXpT6NWJY2ogbscguDdqmcujA+bKZG8o8WjQVQVOpAs+2oz3ptLJftGxwgqno9EEhIUioc54T9wGt1goHQrD"
    "tcC/xMOWuA54DDMVSlQs7ksnU1Foek1D01BDKOi6HSvZ0w/J3DoRjUZYItTuj/agEwT3JJPreTxdyTQUjdixihzNu5IJG12TZigS"
    "wcAxW8lwXy87NDgZO6NcKJxO4l2qJ2SDSy87rphs+RRdiqivEubA/4Oy8XPdWVg5s6Aykkp0tO3UpZWVAwMDwZDyaWG4tCCUqvyf"
    "s2U7SYlF5/qrtNgG8+yFzZxUtL0hFVWWkraCMbu3xz0NXbEZt9mX46gzW6kFJ12TnEop5QDqlembwziw2xt+lFfLUY4zCPqwBfeJ"
    "k+e1bLmyyWxOwUzqsUamalBuZg786mD18Oly3VAcz7YM3JJNFJTJ6sb7ZmjWlJ0GGGE8ZVtBK94TTKa7K5vrm1Qc7n7377v0wkjf"
    "pXt5jAJalDYCuwBDi2nddC7q1tJyrYPatMtpgVYLigwBsX2bdgWemQa1BXQz2i1A/dfwfBnq5+P8L8bXSmAhsBHwUCG+um2q0KYS"
    "tFI9V+C5HH124asm4NqFqGW6BM+NoA2K1qN+Mehi9XwlnkGpVvPzb/2Xr9/VPLWN2nNHtV1HNTqqFVV+qdGX2uhfvj03cKjmYNu/"
    "1bzVRgeh68GqgysO3nxw90HvQc1oe8uYEEge0DoOHD6gNx/QFj6vBZ4/9LzOv6R7+3NFo+tX7F+7P7XfeLZhdoD2aZV7O/Zu2btr"
    "76G93uQzWvHTgaf15NNa4Knmp5ynjCcfrwsU79y4U9+1U0vt1Bbu1Eq2mduqthmpbdp9904KVN6z8B594t3aXZsigV2btTuaAwHa"
    "tHaTvnWTFtikbb1V+zpqYv1aSZ/Zp9trnYDV4QRSEJwEEg1OoLTmnDZ/jdHmM5wAK/hX4WBN/XOd2tshbW3HhYEOZrhGq11TOLp+"
    "4+otq7+72ljVXhaobNeofW27vrX9k3Y90K6NrRnT5sXIPeBUbASMhUazkTS2GPsNf0HLkqmBFWCTXL5x+ZblxrKG6YElDWaguFGr"
    "bRxVXF8PRYobAg36pMaJbRNqxredpRW3ldQUt+kaFqWG2iqLnWK9uLijeGOxUUwLSd86QfNq+7Ste1pbysqW7vM7K5fu9q9YtVu7"
    "bffMFv5ae1X7bt9tu6mtfdW1ezRt83Wb7ryT6iYv3T2n5drdaydft3R3BIVaLtyMQsnkPROo7jrLssvkn2aVldllBJStseTZsvvw"
    "ZFNZmWVJCwAPtqWhwkK9BYoyNhZzsTTLxmFka2VkMWw893FnZoeKNRZK6MB/X88VWSZsRZr7yN9l/l/Gy/rj")


if __name__ == "__main__":
    main()
