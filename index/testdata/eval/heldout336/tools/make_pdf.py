#!/usr/bin/python3
"""Re-make docs/global-plastics-treaty-microplastics-magazine.pdf from
tools/global-plastics-treaty-microplastics-magazine.txt, byte for byte.

The PDF is a chapter extract (pages 57 onwards, "ENVIRONMENT") of a coaching institute's
monthly current-affairs magazine ("Anveshan IAS", in the style of Vision IAS's Mains 365),
laid out in LibreOffice Writer and exported with File > Export as PDF (LibreOffice 7.6):
A4 pages, a coloured header band with the chapter name and the issue, numbered headings,
two-column body text (justified), boxed "Why in News?", "Key facts" and "Way forward" panels,
a flowchart drawn as boxes and arrows, a footer with the site, page number and copyright.
Fonts are embedded as TrueType subsets ("BAAAAA+DejaVuSans", "CAAAAA+DejaVuSans-Bold") whose
codes are glyph numbers in order of first use, so the text only reads through the ToUnicode
CMaps; "fi" and "fl" are drawn as single ligature glyphs that the CMaps map back to two letters.
Content streams are deflated, lengths are indirect objects, bookmarks follow the headings.

The fonts come from tools/fonts/ (Latin-only cuts of DejaVu Sans 2.37 made from the system's
fonts-dejavu-core with `make_pdf.py --fonts`), so the output does not depend on the machine.
Run: /usr/bin/python3 tools/make_pdf.py [output path]
"""
import hashlib
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "global-plastics-treaty-microplastics-magazine.txt")
OUT = os.path.join(HERE, "..", "docs", "global-plastics-treaty-microplastics-magazine.pdf")
FONTDIR = os.path.join(HERE, "fonts")
SYSFONTS = "/usr/share/fonts/truetype/dejavu"

# ---------------------------------------------------------------- TrueType


class TTF:
    def __init__(self, data):
        self.data = data
        n = struct.unpack(">H", data[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.table("head")
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loc_format = struct.unpack(">h", head[50:52])[0]
        hhea = self.table("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        self.n_hmetrics = struct.unpack(">H", hhea[34:36])[0]
        self.num_glyphs = struct.unpack(">H", self.table("maxp")[4:6])[0]
        hmtx = self.table("hmtx")
        self.adv, self.lsb = [], []
        for i in range(self.num_glyphs):
            if i < self.n_hmetrics:
                a, l = struct.unpack(">Hh", hmtx[4 * i:4 * i + 4])
            else:
                a = self.adv[-1]
                j = 4 * self.n_hmetrics + 2 * (i - self.n_hmetrics)
                l = struct.unpack(">h", hmtx[j:j + 2])[0]
            self.adv.append(a)
            self.lsb.append(l)
        loca = self.table("loca")
        if self.loc_format == 0:
            self.loca = [2 * x for x in struct.unpack(">%dH" % (self.num_glyphs + 1), loca[:2 * (self.num_glyphs + 1)])]
        else:
            self.loca = list(struct.unpack(">%dI" % (self.num_glyphs + 1), loca[:4 * (self.num_glyphs + 1)]))
        self.cmap = self._cmap()
        os2 = self.table("OS/2") if "OS/2" in self.tables else b""
        self.cap_height = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else self.ascent

    def table(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        cm = self.table("cmap")
        n = struct.unpack(">H", cm[2:4])[0]
        out = {}
        for i in range(n):
            pid, eid, so = struct.unpack(">HHI", cm[4 + 8 * i:12 + 8 * i])
            if (pid, eid) != (3, 1) or struct.unpack(">H", cm[so:so + 2])[0] != 4:
                continue
            segx2 = struct.unpack(">H", cm[so + 6:so + 8])[0]
            seg = segx2 // 2
            ends = struct.unpack(">%dH" % seg, cm[so + 14:so + 14 + segx2])
            starts = struct.unpack(">%dH" % seg, cm[so + 16 + segx2:so + 16 + 2 * segx2])
            deltas = struct.unpack(">%dh" % seg, cm[so + 16 + 2 * segx2:so + 16 + 3 * segx2])
            ro_pos = so + 16 + 3 * segx2
            ros = struct.unpack(">%dH" % seg, cm[ro_pos:ro_pos + segx2])
            for k in range(seg):
                for c in range(starts[k], ends[k] + 1):
                    if c == 0xFFFF:
                        continue
                    if ros[k] == 0:
                        g = (c + deltas[k]) & 0xFFFF
                    else:
                        p = ro_pos + 2 * k + ros[k] + 2 * (c - starts[k])
                        g = struct.unpack(">H", cm[p:p + 2])[0]
                        if g:
                            g = (g + deltas[k]) & 0xFFFF
                    if g:
                        out[c] = g
        return out

    def glyph(self, gid):
        off = self.tables["glyf"][0]
        return self.data[off + self.loca[gid]:off + self.loca[gid + 1]]

    def components(self, gid):
        g = self.glyph(gid)
        if len(g) < 10 or struct.unpack(">h", g[:2])[0] >= 0:
            return []
        out, p = [], 10
        while True:
            flags, cg = struct.unpack(">HH", g[p:p + 4])
            out.append(cg)
            p += 4 + (4 if flags & 1 else 2)
            if flags & 0x8:
                p += 2
            elif flags & 0x40:
                p += 4
            elif flags & 0x80:
                p += 8
            if not flags & 0x20:
                break
        return out


def _remap_glyph(g, remap):
    if len(g) < 10 or struct.unpack(">h", g[:2])[0] >= 0:
        return g
    b = bytearray(g)
    p = 10
    while True:
        flags, cg = struct.unpack(">HH", b[p:p + 4])
        b[p + 2:p + 4] = struct.pack(">H", remap[cg])
        p += 4 + (4 if flags & 1 else 2)
        if flags & 0x8:
            p += 2
        elif flags & 0x40:
            p += 4
        elif flags & 0x80:
            p += 8
        if not flags & 0x20:
            break
    return bytes(b)


def _checksum(b):
    b = b + b"\0" * (-len(b) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


def _cmap4(mapping):
    """(3,1) format 4 subtable for {codepoint: gid}; one segment per code."""
    codes = sorted(mapping)
    segs = [(c, c, (mapping[c] - c) & 0xFFFF) for c in codes] + [(0xFFFF, 0xFFFF, 1)]
    n = len(segs)
    sr = 2 * (1 << (n.bit_length() - 1))
    es = (n.bit_length() - 1)
    body = struct.pack(">%dH" % n, *[s[1] for s in segs]) + b"\0\0"
    body += struct.pack(">%dH" % n, *[s[0] for s in segs])
    body += struct.pack(">%dH" % n, *[s[2] for s in segs])
    body += struct.pack(">%dH" % n, *([0] * n))
    ln = 14 + len(body)
    return struct.pack(">7H", 4, ln, 0, 2 * n, sr, es, 2 * n - sr) + body


def subset(ttf, gids, cmap_mapping=None, keep=("cvt ", "fpgm", "prep")):
    """A TrueType font holding gids (gids[0] must be 0) renumbered 0..n-1, components added.

    cmap_mapping {codepoint: new gid} makes a (3,1) format 4 cmap; without it the cmap is a
    (1,0) format 0 table mapping code i to glyph i, as PDF subsets of simple fonts carry."""
    order = list(gids)
    i = 0
    while i < len(order):
        for c in ttf.components(order[i]):
            if c not in order:
                order.append(c)
        i += 1
    remap = {g: k for k, g in enumerate(order)}
    n = len(order)
    glyf, loca = b"", []
    for g in order:
        loca.append(len(glyf))
        d = _remap_glyph(ttf.glyph(g), remap)
        glyf += d + b"\0" * (-len(d) % 4)
    loca.append(len(glyf))
    tabs = {}
    head = bytearray(ttf.table("head"))
    head[8:12] = b"\0\0\0\0"
    head[50:52] = struct.pack(">h", 1)
    tabs["head"] = bytes(head)
    hhea = bytearray(ttf.table("hhea"))
    hhea[34:36] = struct.pack(">H", n)
    tabs["hhea"] = bytes(hhea)
    maxp = bytearray(ttf.table("maxp"))
    maxp[4:6] = struct.pack(">H", n)
    tabs["maxp"] = bytes(maxp)
    tabs["hmtx"] = b"".join(struct.pack(">Hh", ttf.adv[g], ttf.lsb[g]) for g in order)
    tabs["loca"] = struct.pack(">%dI" % len(loca), *loca)
    tabs["glyf"] = glyf
    post = bytearray(ttf.table("post")[:32])
    post[0:4] = struct.pack(">I", 0x00030000)
    tabs["post"] = bytes(post)
    if cmap_mapping is None:
        arr = bytes([k if k < n else 0 for k in range(256)])
        sub = struct.pack(">HHH", 0, 262, 0) + arr
        tabs["cmap"] = struct.pack(">HHHHI", 0, 1, 1, 0, 12) + sub
    else:
        sub = _cmap4({c: remap[g] for c, g in cmap_mapping.items()})
        tabs["cmap"] = struct.pack(">HHHHI", 0, 1, 3, 1, 12) + sub
    for t in keep:
        if t in ttf.tables:
            tabs[t] = ttf.table(t)
    tags = sorted(tabs)
    nt = len(tags)
    sr = 16 * (1 << (nt.bit_length() - 1))
    out = struct.pack(">IHHHH", 0x00010000, nt, sr, nt.bit_length() - 1, nt * 16 - sr)
    off = 12 + 16 * nt
    dirs, blob = b"", b""
    for t in tags:
        d = tabs[t]
        dirs += struct.pack(">4sIII", t.encode("latin-1"), _checksum(d), off + len(blob), len(d))
        blob += d + b"\0" * (-len(d) % 4)
    font = bytearray(out + dirs + blob)
    adj = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    hp = None
    for k, t in enumerate(tags):
        if t == "head":
            hp = struct.unpack(">I", font[12 + 16 * k + 8:12 + 16 * k + 12])[0]
    font[hp + 8:hp + 12] = struct.pack(">I", adj)
    return bytes(font)


LATIN = (list(range(0x20, 0x7F)) + list(range(0xA0, 0x100)) + list(range(0x2010, 0x2028))
         + list(range(0x2030, 0x203B)) + [0x2022, 0x2190, 0x2191, 0x2192, 0x2193, 0x20B9, 0x2212,
                                           0xFB01, 0xFB02])


def make_fonts():
    os.makedirs(FONTDIR, exist_ok=True)
    for src, dst in (("DejaVuSans.ttf", "DejaVuSans-Latin.ttf"), ("DejaVuSans-Bold.ttf", "DejaVuSans-Bold-Latin.ttf")):
        ttf = TTF(open(os.path.join(SYSFONTS, src), "rb").read())
        cps = [c for c in LATIN if c in ttf.cmap]
        gids = [0] + sorted({ttf.cmap[c] for c in cps})
        data = subset(ttf, gids, {c: ttf.cmap[c] for c in cps},
                      keep=("cvt ", "fpgm", "prep", "name", "OS/2", "gasp"))
        open(os.path.join(FONTDIR, dst), "wb").write(data)


# ---------------------------------------------------------------- fonts in use

class Face:
    def __init__(self, key, path, base):
        self.key, self.base = key, base
        self.ttf = TTF(open(path, "rb").read())
        self.used = [0]          # glyph ids in order of first use; code = index
        self.uni = {0: ""}

    def gid(self, ch):
        return self.ttf.cmap.get(ord(ch), 0)

    def width(self, text, size):
        return sum(self.ttf.adv[self.gid(c)] for c in text) * size / self.ttf.upem

    def codes(self, text):
        out = []
        for c in text:
            g = self.gid(c)
            if g not in self.used:
                self.used.append(g)
                self.uni[g] = {"\ufb01": "fi", "\ufb02": "fl"}.get(c, c)
            out.append(self.used.index(g))
        return out


LIG = True


def ligate(s):
    return s.replace("fi", "\ufb01").replace("fl", "\ufb02") if LIG else s


# ---------------------------------------------------------------- source parsing

def runs_of(text):
    """'**bold** rest' -> [(text, bold?)]"""
    out = []
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            out.append((part, i % 2 == 1))
    return out


def parse(src):
    meta, blocks = {}, []
    flow = None
    for line in src.split("\n"):
        if not line.strip():
            continue
        if line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
            continue
        tag, _, rest = line.partition(": ")
        if line == "ENDBOX":
            blocks.append(("ENDBOX", None))
        elif line == "ENDFLOW":
            blocks.append(("FLOW", flow))
            flow = None
        elif tag == "FLOW":
            flow = {"title": rest, "rows": []}
        elif tag == "FBOX":
            flow["rows"].append([rest])
        elif tag == "FSPLIT":
            flow["rows"].append([x.strip() for x in rest.split("||")])
        else:
            blocks.append((tag, rest))
    return meta, blocks


# ---------------------------------------------------------------- layout

PW, PH = 595.303937007874, 841.889763779528
ML, MR = 34.0, 34.0
GAP = 17.0
COLW = (PW - ML - MR - GAP) / 2
TOP, BOTTOM = 788.0, 54.0
NAVY = (0.118, 0.302, 0.471)
ORANGE = (0.867, 0.439, 0.110)
BLACK = (0.0, 0.0, 0.0)
BODY, LEAD = 9.3, 12.2


class Line:
    def __init__(self, words, x, width, size, lead, justify=False, color=BLACK, box=None, kind="text",
                 before=0.0, keep=0, bullet=None):
        self.words, self.x, self.width, self.size, self.lead = words, x, width, size, lead
        self.justify, self.color, self.box, self.kind = justify, color, box, kind
        self.before, self.keep, self.bullet = before, keep, bullet


def wrap(words, faces, size, width):
    """words: [(text, bold)] -> list of lines of words (greedy)."""
    lines, cur, curw = [], [], 0.0
    for w in words:
        f = faces[w[1]]
        ww = f.width(w[0], size)
        sp = faces[cur[-1][1]].width(" ", size) if cur else 0.0
        if cur and curw + sp + ww > width:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            cur.append(w)
            curw += sp + ww
    if cur:
        lines.append(cur)
    return lines


def words_of(text):
    out = []
    for t, b in runs_of(text):
        for w in ligate(t).split(" "):
            if w:
                out.append((w, b))
    return out


def para_lines(text, faces, x, width, size=BODY, lead=LEAD, box=None, before=0.0, bullet=False,
               color=BLACK, justify=True):
    ws = words_of(text)
    indent = 11.0 if bullet else 0.0
    ls = wrap(ws, faces, size, width - indent)
    out = []
    for i, l in enumerate(ls):
        out.append(Line(l, x + indent, width - indent, size, lead, justify=justify and i < len(ls) - 1,
                        color=color, box=box, before=before if i == 0 else 0.0,
                        bullet=(x + 2.0) if (bullet and i == 0) else None))
    return out


def flow_height(flow, faces):
    h = 16.0
    for row in flow["rows"]:
        h += row_height(row, faces) + 14.0
    return h - 14.0 + 6.0


def box_lines(text, faces, w):
    return wrap(words_of(text), faces, 8.2, w - 10)


def row_height(row, faces):
    bw = (COLW - 36.0) if len(row) == 1 else (COLW - 36.0 - 10.0) / 2
    return max(len(box_lines(t, faces, bw)) for t in row) * 10.0 + 8.0


def build_items(blocks, faces):
    items = []
    box = None
    nbox = 0
    for tag, rest in blocks:
        if tag == "H1":
            items.append(Line([(w, True) for w, _ in words_of(rest)], 0, COLW, 12.0, 16.0, color=NAVY, kind="h1",
                              before=8.0, keep=3))
        elif tag == "H2":
            for i, l in enumerate(wrap(words_of(rest), faces, 10.3, COLW)):
                items.append(Line([(w, True) for w, _ in l], 0, COLW, 10.3, 13.4, color=NAVY, kind="h2",
                                  before=7.0 if i == 0 else 0.0, keep=2))
        elif tag == "H3":
            items.append(Line([(w, True) for w, _ in words_of(rest)], 0, COLW, 9.6, 12.6, color=ORANGE,
                              kind="h3", before=4.0, keep=2))
        elif tag == "P":
            items += para_lines(rest, faces, 0, COLW, before=3.0)
        elif tag == "B":
            if box is None:
                items += para_lines(rest, faces, 0, COLW, before=2.0, bullet=True)
            else:
                items += para_lines(rest, faces, 7.0, COLW - 14.0, size=8.9, lead=11.6, box=box, before=1.5,
                                    bullet=True)
        elif tag == "NEWS":
            nbox += 1
            b = ("news", nbox)
            items.append(Line([], 0, COLW, BODY, 5.0, box=b, kind="pad", before=5.0, keep=2))
            items += para_lines(rest, faces, 9.0, COLW - 16.0, box=b)
            items.append(Line([], 0, COLW, BODY, 4.0, box=b, kind="pad"))
        elif tag == "BOX":
            nbox += 1
            box = ("panel", nbox)
            items.append(Line([], 0, COLW, BODY, 4.0, box=box, kind="pad", before=8.0, keep=3))
            items.append(Line([(w, True) for w, _ in words_of(rest)], 7.0, COLW, 10.0, 14.0, color=(1, 1, 1),
                              box=box, kind="boxtitle", keep=2))
        elif tag == "ENDBOX":
            items.append(Line([], 0, COLW, BODY, 5.0, box=box, kind="pad"))
            box = None
        elif tag == "FLOW":
            ln = Line([], 0, COLW, BODY, flow_height(rest, faces), kind="flow", before=8.0)
            ln.flow = rest
            items.append(ln)
    return items


def place(items):
    pages = [[]]
    col, y = 0, TOP
    first_in_col = True
    i = 0
    while i < len(items):
        it = items[i]
        before = 0.0 if first_in_col else it.before
        need = before + it.lead
        if it.keep:
            j, extra = i + 1, 0.0
            while j < len(items) and j <= i + it.keep:
                extra += items[j].lead + items[j].before
                j += 1
            need += extra
        if y - need < BOTTOM:
            if col == 0:
                col = 1
            else:
                pages.append([])
                col = 0
            y = TOP
            first_in_col = True
            continue
        y -= before + it.lead
        it.page, it.col, it.top, it.y = len(pages) - 1, col, y + it.lead, y
        pages[-1].append(it)
        first_in_col = False
        i += 1
    return pages


# ---------------------------------------------------------------- drawing


def num(v):
    s = "%.2f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def rgb(c, op):
    return "%s %s %s %s" % (num(c[0]), num(c[1]), num(c[2]), op)


class Canvas:
    def __init__(self, faces):
        self.faces = faces
        self.g = []   # graphics first
        self.t = []   # then text

    def text(self, x, y, s, face, size, color=BLACK, spacing=None):
        """One BT..ET run; spacing = list of extra gaps after each space (justification)."""
        f = self.faces[face]
        parts = s.split(" ")
        arr = []
        cur = []
        for k, p in enumerate(parts):
            cur += f.codes(p)
            if k < len(parts) - 1:
                cur += f.codes(" ")
                extra = spacing[k] if spacing else 0.0
                adj = int(round(-extra * 1000.0 / size))
                if adj:
                    arr.append("<%s>" % "".join("%02X" % c for c in cur))
                    arr.append(str(adj))
                    cur = []
        if cur:
            arr.append("<%s>" % "".join("%02X" % c for c in cur))
        self.t.append("%s\nBT\n%s %s Td /%s %s Tf[%s]TJ\nET\n" % (rgb(color, "rg"), num(x), num(y), f.key, num(size), "".join(arr)))


def draw_line(cv, ln, x0):
    faces = cv.faces
    if ln.bullet is not None:
        cv.text(x0 + ln.bullet, ln.y, "\u2022", "F2" if ln.box and ln.box[0] == "panel" else "F1", ln.size,
                NAVY if ln.box and ln.box[0] == "panel" else BLACK)
    if not ln.words:
        return
    size = ln.size
    x = x0 + ln.x
    fk = {False: "F1", True: "F2"}
    widths = [faces[fk[b]].width(w, size) for w, b in ln.words]
    spaces = [faces[fk[ln.words[k][1]]].width(" ", size) for k in range(len(ln.words) - 1)]
    natural = sum(widths) + sum(spaces)
    extra = 0.0
    if ln.justify and len(ln.words) > 1:
        extra = (ln.width - natural) / (len(ln.words) - 1)
        if extra > 14.0:
            extra = 0.0
    # group into runs of the same face
    k = 0
    pos = x
    while k < len(ln.words):
        b = ln.words[k][1]
        j = k
        while j + 1 < len(ln.words) and ln.words[j + 1][1] == b:
            j += 1
        texts = [w for w, _ in ln.words[k:j + 1]]
        s = " ".join(texts)
        gaps = [extra] * (j - k)
        if j + 1 < len(ln.words):
            s += " "
            gaps.append(0.0)
        cv.text(pos, ln.y, s, fk[b], size, ln.color, gaps)
        for m in range(k, j + 1):
            pos += widths[m]
            if m < len(spaces):
                pos += spaces[m] + extra
        k = j + 1


def draw_flow(cv, ln, x0):
    fl = ln.flow
    faces = cv.faces
    title = ligate(fl["title"])
    tw = faces["F2"].width(title, 8.8)
    cv.text(x0 + (COLW - tw) / 2, ln.top - 10.0, title, "F2", 8.8, NAVY)
    y = ln.top - 18.0
    prev_centres = None
    for r, row in enumerate(fl["rows"]):
        h = row_height(row, faces)
        if len(row) == 1:
            bw = COLW - 36.0
            xs = [x0 + 18.0]
        else:
            bw = (COLW - 36.0 - 10.0) / 2
            xs = [x0 + 18.0, x0 + 18.0 + bw + 10.0]
        centres = [xx + bw / 2 for xx in xs]
        if prev_centres is not None:
            top_prev = y + 14.0
            mid = y + 7.0
            if len(prev_centres) == 1 and len(centres) == 1:
                cv.g.append("%s %s m %s %s l S\n" % (num(centres[0]), num(top_prev), num(centres[0]), num(y + 3.5)))
            else:
                cv.g.append("%s %s m %s %s l S\n" % (num(prev_centres[0] if len(prev_centres) == 1 else (prev_centres[0] + prev_centres[1]) / 2), num(top_prev), num(prev_centres[0] if len(prev_centres) == 1 else (prev_centres[0] + prev_centres[1]) / 2), num(mid)))
                lo, hi = min(prev_centres + centres), max(prev_centres + centres)
                cv.g.append("%s %s m %s %s l S\n" % (num(lo), num(mid), num(hi), num(mid)))
                for pc in prev_centres:
                    if len(prev_centres) > 1:
                        cv.g.append("%s %s m %s %s l S\n" % (num(pc), num(top_prev), num(pc), num(mid)))
                for c in centres:
                    cv.g.append("%s %s m %s %s l S\n" % (num(c), num(mid), num(c), num(y + 3.5)))
            for c in centres:
                cv.g.append("%s %s m %s %s l %s %s l h f\n" % (num(c - 3), num(y + 4), num(c + 3), num(y + 4), num(c), num(y)))
        for xx, t in zip(xs, row):
            cv.g.append("%s\n%s %s %s %s re B\n" % (rgb((1.0, 0.953, 0.902), "rg"), num(xx), num(y - h), num(bw), num(h)))
            ls = box_lines(t, faces, bw)
            ty = y - 4.0 - 8.0
            off = (h - 8.0 - len(ls) * 10.0) / 2
            ty -= off
            for l in ls:
                s = " ".join(w for w, _ in l)
                w = faces["F1"].width(s, 8.2)
                cv.text(xx + (bw - w) / 2, ty, s, "F1", 8.2, BLACK)
                ty -= 10.0
        prev_centres = centres
        y -= h + 14.0


def render_page(faces, meta, items, pno):
    cv = Canvas(faces)
    g = cv.g
    # header band and rule
    g.append("%s\n0 %s %s %s re f\n" % (rgb(NAVY, "rg"), num(PH - 36.0), num(PW), num(36.0)))
    g.append("%s\n0 %s %s 2.4 re f\n" % (rgb(ORANGE, "rg"), num(PH - 38.4), num(PW)))
    # footer rule
    g.append("%s\n0.5 w\n%s 40 m %s 40 l S\n" % (rgb((0.6, 0.6, 0.6), "RG"), num(ML), num(PW - MR)))
    # boxes: one rectangle per (box, column) segment
    segs = {}
    for it in items:
        if it.box is not None:
            k = (it.box, it.col)
            top, bot = segs.get(k, (it.top, it.y))
            segs[k] = (max(top, it.top), min(bot, it.y - (3.0 if it.kind != "pad" else 0.0)))
    for (b, col), (top, bot) in sorted(segs.items(), key=lambda kv: (kv[0][1], -kv[1][0])):
        x0 = ML + col * (COLW + GAP)
        if b[0] == "news":
            g.append("%s\n%s %s %s %s re f\n" % (rgb((0.992, 0.933, 0.871), "rg"), num(x0), num(bot), num(COLW), num(top - bot)))
            g.append("%s\n%s %s 3 %s re f\n" % (rgb(ORANGE, "rg"), num(x0), num(bot), num(top - bot)))
        else:
            g.append("%s\n%s\n0.8 w\n%s %s %s %s re B\n" % (rgb((0.914, 0.945, 0.976), "rg"), rgb(NAVY, "RG"), num(x0), num(bot), num(COLW), num(top - bot)))
    for it in items:
        x0 = ML + it.col * (COLW + GAP)
        if it.kind == "boxtitle":
            g.append("%s\n%s %s %s %s re f\n" % (rgb(NAVY, "rg"), num(x0), num(it.y - 3.6), num(COLW), num(it.lead)))
        if it.kind == "h1":
            g.append("%s\n1.2 w\n%s %s m %s %s l S\n" % (rgb(ORANGE, "RG"), num(x0), num(it.y - 4.0), num(x0 + COLW), num(it.y - 4.0)))
        if it.kind == "flow":
            g.append("%s\n%s\n0.7 w\n" % (rgb(ORANGE, "RG"), rgb(ORANGE, "rg")))
            draw_flow(cv, it, x0)
            g.append("%s\n" % rgb(ORANGE, "rg"))
    # band text
    cv.text(ML, PH - 24.5, "ENVIRONMENT", "F2", 14.0, (1, 1, 1))
    issue = meta["issue"]
    cv.text(PW - MR - faces["F1"].width(issue, 8.0), PH - 23.5, issue, "F1", 8.0, (1, 1, 1))
    # body
    for it in items:
        if it.kind in ("pad", "flow"):
            continue
        x0 = ML + it.col * (COLW + GAP)
        draw_line(cv, it, x0)
    # footer
    grey = (0.35, 0.35, 0.35)
    cv.text(ML, 27.0, "www.anveshanias.in", "F1", 7.5, grey)
    p = str(pno)
    cv.text((PW - faces["F2"].width(p, 9.0)) / 2, 27.0, p, "F2", 9.0, NAVY)
    c = "\u00a9 Anveshan IAS"
    cv.text(PW - MR - faces["F1"].width(c, 7.5), 27.0, c, "F1", 7.5, grey)
    body = "0.1 w\nq 0 0.028 %s %s re\nW* n\n" % (num(PW), num(PH - 0.028)) + "".join(g) + "".join(cv.t) + "Q\n"
    return body


# ---------------------------------------------------------------- PDF writer

def utf16(s):
    return "<FEFF%s>" % "".join("%04X" % ord(c) for c in s)


def tounicode(face):
    lines = ["/CIDInit/ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo<<",
             "/Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0", ">> def", "/CMapName/Adobe-Identity-UCS def",
             "/CMapType 2 def", "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
    entries = [(k, face.uni[g]) for k, g in enumerate(face.used) if k]
    for s in range(0, len(entries), 100):
        chunk = entries[s:s + 100]
        lines.append("%d beginbfchar" % len(chunk))
        for k, u in chunk:
            lines.append("<%02X> <%s>" % (k, "".join("%04X" % ord(c) for c in u)))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines) + "\n").encode("latin-1")


class Writer:
    def __init__(self):
        self.buf = bytearray(b"%PDF-1.6\n%\xc3\xa4\xc3\xbc\xc3\xb6\xc3\x9f\n")
        self.offsets = {}

    def obj(self, n, body):
        self.offsets[n] = len(self.buf)
        self.buf += b"%d 0 obj\n" % n + body + b"\nendobj\n\n"

    def stream(self, n, data, extra=b""):
        comp = zlib.compress(data, 9)
        self.offsets[n] = len(self.buf)
        self.buf += b"%d 0 obj\n<</Length %d 0 R/Filter/FlateDecode%s>>\nstream\n" % (n, n + 1, extra)
        self.buf += comp + b"\nendstream\nendobj\n\n"
        self.obj(n + 1, b"%d" % len(comp))


def build(src):
    meta, blocks = parse(src)
    faces = {"F1": Face("F1", os.path.join(FONTDIR, "DejaVuSans-Latin.ttf"), "BAAAAA+DejaVuSans"),
             "F2": Face("F2", os.path.join(FONTDIR, "DejaVuSans-Bold-Latin.ttf"), "CAAAAA+DejaVuSans-Bold")}
    faces[False], faces[True] = faces["F1"], faces["F2"]
    items = build_items(blocks, faces)
    pages = place(items)
    first = int(meta["first_page"])
    streams = [render_page(faces, meta, its, first + k).encode("latin-1") for k, its in enumerate(pages)]
    w = Writer()
    npages = len(pages)
    # numbering: page contents 2k+2,2k+3 ; page objects later
    n = 2
    content_ids = []
    for s in streams:
        w.stream(n, s)
        content_ids.append(n)
        n += 2
    font_ids = {}
    for key in ("F1", "F2"):
        f = faces[key]
        sub = subset(f.ttf, f.used)
        w.stream(n, sub, b"/Length1 %d" % len(sub))
        ff = n
        n += 2
        t = f.ttf
        sc = 1000.0 / t.upem
        desc = ("<</Type/FontDescriptor/FontName/%s\n/Flags 4/FontBBox[%d %d %d %d]/ItalicAngle 0\n/Ascent %d\n/Descent %d\n"
                "/CapHeight %d\n/StemV 80\n/FontFile2 %d 0 R\n>>" % (f.base, round(t.bbox[0] * sc), round(t.bbox[1] * sc),
                                                                    round(t.bbox[2] * sc), round(t.bbox[3] * sc),
                                                                    round(t.ascent * sc), round(t.descent * sc),
                                                                    round(t.cap_height * sc), ff))
        w.obj(n, desc.encode("latin-1"))
        fd = n
        n += 1
        w.stream(n, tounicode(f))
        tu = n
        n += 2
        widths = [round(t.adv[g] * sc) for g in f.used]
        wl = "".join(("%d" % x) + ("\n" if (k + 1) % 16 == 0 else " ") for k, x in enumerate(widths)).rstrip()
        w.obj(n, ("<</Type/Font/Subtype/TrueType/BaseFont/%s\n/FirstChar 0\n/LastChar %d\n/Widths[%s]\n"
                  "/FontDescriptor %d 0 R\n/ToUnicode %d 0 R\n>>" % (f.base, len(f.used) - 1, wl, fd, tu)).encode("latin-1"))
        font_ids[key] = n
        n += 1
    fontdict = n
    w.obj(n, ("<</F1 %d 0 R/F2 %d 0 R\n>>" % (font_ids["F1"], font_ids["F2"])).encode())
    n += 1
    res = n
    w.obj(n, ("<</Font %d 0 R\n/ProcSet[/PDF/Text]\n>>" % fontdict).encode())
    n += 1
    pages_id = n
    n += 1
    page_ids = [1]
    for k in range(1, npages):
        page_ids.append(n)
        n += 1
    for k in range(npages):
        w.obj(page_ids[k], ("<</Type/Page/Parent %d 0 R/Resources %d 0 R/MediaBox[0 0 %s %s]/Group<</S/Transparency/CS/DeviceRGB/I true>>/Contents %d 0 R>>"
                  % (pages_id, res, repr(PW), repr(PH), content_ids[k])).encode())
    w.obj(pages_id, ("<</Type/Pages\n/Resources %d 0 R\n/MediaBox[ 0 0 %s %s ]\n/Kids[ %s ]\n/Count %d>>"
                     % (res, repr(PW), repr(PH), " ".join("%d 0 R" % p for p in page_ids), npages)).encode())
    # outlines from headings
    heads = []
    for it in items:
        if it.kind in ("h1", "h2") and it.before:
            text = " ".join(wd for wd, _ in it.words).replace("\ufb01", "fi").replace("\ufb02", "fl")
            # full heading text (a wrapped h2 continues on the next item)
            heads.append([it.kind, text, it])
        elif it.kind == "h2" and heads:
            heads[-1][1] += " " + " ".join(wd for wd, _ in it.words).replace("\ufb01", "fi").replace("\ufb02", "fl")
    root = n
    n += 1
    ids = {}
    for h in heads:
        ids[id(h)] = n
        n += 1
    tops = [h for h in heads if h[0] == "h1"]
    children = {}
    parent_of = {}
    cur = None
    for h in heads:
        if h[0] == "h1":
            cur = h
            children[id(h)] = []
        else:
            children[id(cur)].append(h)
            parent_of[id(h)] = cur

    def dest(h):
        it = h[2]
        return "[%d 0 R/XYZ %s %s 0]" % (page_ids[it.page], num(ML + it.col * (COLW + GAP)), num(it.top))
    for i, h in enumerate(tops):
        kids = children[id(h)]
        s = "<</Title%s/Dest%s/Parent %d 0 R" % (utf16(h[1]), dest(h), root)
        if i > 0:
            s += "/Prev %d 0 R" % ids[id(tops[i - 1])]
        if i + 1 < len(tops):
            s += "/Next %d 0 R" % ids[id(tops[i + 1])]
        if kids:
            s += "/First %d 0 R/Last %d 0 R/Count %d" % (ids[id(kids[0])], ids[id(kids[-1])], len(kids))
        w.obj(ids[id(h)], (s + ">>").encode())
        for j, c in enumerate(kids):
            s = "<</Title%s/Dest%s/Parent %d 0 R" % (utf16(c[1]), dest(c), ids[id(h)])
            if j > 0:
                s += "/Prev %d 0 R" % ids[id(kids[j - 1])]
            if j + 1 < len(kids):
                s += "/Next %d 0 R" % ids[id(kids[j + 1])]
            w.obj(ids[id(c)], (s + ">>").encode())
    w.obj(root, ("<</Count %d/First %d 0 R/Last %d 0 R>>" % (len(heads), ids[id(tops[0])], ids[id(tops[-1])])).encode())
    cat = n
    w.obj(n, ("<</Type/Catalog/Pages %d 0 R\n/OpenAction[%d 0 R /XYZ null null 0]\n/PageMode/UseOutlines\n/Outlines %d 0 R\n/Lang(en-IN)\n>>"
              % (pages_id, page_ids[0], root)).encode())
    n += 1
    info = n
    w.obj(n, ("<</Title%s\n/Author%s\n/Creator%s\n/Producer%s\n/CreationDate(D:20250912183415+05'30')>>"
              % (utf16("Monthly Current Affairs August 2025 \u2013 Environment"), utf16("Anveshan IAS"),
                 utf16("Writer"), utf16("LibreOffice 7.6"))).encode())
    n += 1
    xref = len(w.buf)
    out = bytearray(w.buf)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % w.offsets[k]
    digest = hashlib.md5(bytes(w.buf)).hexdigest().upper()
    out += ("trailer\n<</Size %d/Root %d 0 R\n/Info %d 0 R\n/ID [ <%s>\n<%s> ]\n/DocChecksum /%s\n>>\nstartxref\n%d\n%%%%EOF\n"
            % (n, cat, info, digest, digest, digest, xref)).encode()
    return bytes(out)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--fonts":
        make_fonts()
        return
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build(open(SRC, encoding="utf-8").read())
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
