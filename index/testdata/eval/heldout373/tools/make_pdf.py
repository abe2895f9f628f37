#!/usr/bin/python3
"""Re-make docs/nscaem-study-circle-deck.pdf from tools/nscaem-study-circle-deck.txt.

The file is shaped like PowerPoint for Microsoft 365's File > Save as > PDF of a 16:9 deck
(960 x 540 pt pages, one slide a page): PDF 1.7 with CRLF object syntax, a tagged structure
tree (Slide/H1/P/L/LI/Lbl/LBody/Figure with Office's RoleMap), marked content with MCIDs,
footer and slide numbers as artifacts, TrueType subsets named BCDEEE+ArialMT and
BCDFEE+Arial-BoldMT with WinAnsiEncoding (the glyphs come from the metric-compatible
Liberation Sans in /usr/share/fonts), Flate-compressed content streams, an XMP packet and an
Info dictionary whose Creator and Producer are UTF-16 strings. Text is written line by line in
BT/ET blocks with TJ arrays carrying small kerning adjustments, as Office does.
Deterministic: fixed dates, ids derived from the source text.
Usage: make_pdf.py [output-path]
"""
import hashlib
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "nscaem-study-circle-deck.txt")
OUT = os.path.join(ROOT, "docs", "nscaem-study-circle-deck.pdf")
FONTS = {"F1": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "BCDEEE+ArialMT"),
         "F2": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", "BCDFEE+Arial-BoldMT")}
W, H = 960, 540
CREATOR = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"


# ---------------------------------------------------------------- TrueType
class TTF:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        d = self.data
        n = struct.unpack(">H", d[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        self.upem = struct.unpack(">H", self.t("head")[18:20])[0]
        self.loc_fmt = struct.unpack(">h", self.t("head")[50:52])[0]
        self.nglyphs = struct.unpack(">H", self.t("maxp")[4:6])[0]
        nhm = struct.unpack(">H", self.t("hhea")[34:36])[0]
        hm = self.t("hmtx")
        self.adv = [struct.unpack(">H", hm[4 * i:4 * i + 2])[0] for i in range(nhm)]
        self.adv += [self.adv[-1]] * (self.nglyphs - nhm)
        self.cmap = self._cmap()
        lo = self.t("loca")
        if self.loc_fmt == 0:
            self.loca = [2 * struct.unpack(">H", lo[2 * i:2 * i + 2])[0] for i in range(self.nglyphs + 1)]
        else:
            self.loca = [struct.unpack(">I", lo[4 * i:4 * i + 4])[0] for i in range(self.nglyphs + 1)]

    def t(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        c = self.t("cmap")
        n = struct.unpack(">H", c[2:4])[0]
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", c[4 + 8 * i:12 + 8 * i])
            if (pid, eid) == (3, 1):
                sub = c[off:]
                segx2 = struct.unpack(">H", sub[6:8])[0]
                seg = segx2 // 2
                ends = struct.unpack(">%dH" % seg, sub[14:14 + segx2])
                starts = struct.unpack(">%dH" % seg, sub[16 + segx2:16 + 2 * segx2])
                deltas = struct.unpack(">%dh" % seg, sub[16 + 2 * segx2:16 + 3 * segx2])
                roff_at = 16 + 3 * segx2
                roffs = struct.unpack(">%dH" % seg, sub[roff_at:roff_at + segx2])
                m = {}
                for s in range(seg):
                    for ch in range(starts[s], ends[s] + 1):
                        if ch == 0xFFFF:
                            continue
                        if roffs[s] == 0:
                            g = (ch + deltas[s]) & 0xFFFF
                        else:
                            p = roff_at + 2 * s + roffs[s] + 2 * (ch - starts[s])
                            g = struct.unpack(">H", sub[p:p + 2])[0]
                            if g:
                                g = (g + deltas[s]) & 0xFFFF
                        if g:
                            m[ch] = g
                return m
        raise ValueError("no (3,1) cmap")

    def glyph(self, g):
        return self.t("glyf")[self.loca[g]:self.loca[g + 1]]

    def width(self, ch):
        g = self.cmap.get(ord(ch), 0)
        return self.adv[g] * 1000.0 / self.upem

    def subset(self, chars):
        keep = {0}
        for ch in chars:
            keep.add(self.cmap.get(ord(ch), 0))
        todo = list(keep)
        while todo:  # composite glyph components
            g = todo.pop()
            gd = self.glyph(g)
            if len(gd) >= 10 and struct.unpack(">h", gd[0:2])[0] < 0:
                p = 10
                while True:
                    flags, comp = struct.unpack(">HH", gd[p:p + 4])
                    if comp not in keep:
                        keep.add(comp)
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
                gd = self.glyph(g)
                gd += b"\0" * (-len(gd) % 4)
                glyf += gd
            loca.append(len(glyf))
        head = bytearray(self.t("head"))
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        # format 4 cmap of the used characters only
        pairs = sorted((ord(ch), self.cmap.get(ord(ch), 0)) for ch in set(chars))
        segs = [(c, c, g) for c, g in pairs] + [(0xFFFF, 0xFFFF, 0)]
        seg = len(segs)
        sr = 2 * 2 ** (seg.bit_length() - 1)
        body = struct.pack(">HHHH", seg * 2, sr, sr.bit_length() - 2, seg * 2 - sr)
        body += b"".join(struct.pack(">H", e) for _s, e, _g in segs) + b"\0\0"
        body += b"".join(struct.pack(">H", s) for s, _e, _g in segs)
        body += b"".join(struct.pack(">h", ((g - s) + 0x8000) % 0x10000 - 0x8000 if g else 1)
                         for s, _e, g in segs)
        body += b"\0\0" * seg
        sub = struct.pack(">HHH", 4, 6 + len(body), 0) + body
        cmap = struct.pack(">HHHHI", 0, 1, 3, 1, 12) + sub
        tables = {"cmap": cmap, "glyf": glyf, "head": bytes(head),
                  "loca": b"".join(struct.pack(">I", x) for x in loca)}
        for tag in ("cvt ", "fpgm", "hhea", "hmtx", "maxp", "prep"):
            if tag in self.tables:
                tables[tag] = self.t(tag)
        tags = sorted(tables)
        n = len(tags)
        es = 2 ** (n.bit_length() - 1)
        out = struct.pack(">IHHHH", 0x00010000, n, es * 16, es.bit_length() - 1, n * 16 - es * 16)
        off = 12 + 16 * n
        dirs, blobs = b"", b""
        for tag in tags:
            data = tables[tag]
            dirs += struct.pack(">4sIII", tag.encode("latin-1"), cksum(data), off, len(data))
            pad = data + b"\0" * (-len(data) % 4)
            blobs += pad
            off += len(pad)
        font = bytearray(out + dirs + blobs)
        adj = (0xB1B0AFBA - cksum(bytes(font))) & 0xFFFFFFFF
        hoff = 12 + 16 * n + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[:tags.index("head")])
        font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
        return bytes(font)


def cksum(data):
    data = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(">%dI" % (len(data) // 4), data)) & 0xFFFFFFFF


# ---------------------------------------------------------------- source
def parse(path):
    meta, slides, cur = {}, [], None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("@"):
            k, v = line[1:].split(":", 1)
            meta[k.strip()] = v.strip()
        elif line.startswith("== "):
            parts = line[3:].split()
            cur = {"kind": parts[1] if len(parts) > 1 else "body", "items": []}
            slides.append(cur)
        else:
            m = re.match(r"^(--|-|[TSLNCABF]:)\s*(.*)$", line)
            cur["items"].append((m.group(1).rstrip(":"), m.group(2)))
    return meta, slides


def fmt(x):
    s = "%.3f" % x
    s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def pdfstr(text):
    out = []
    for b in text.encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- layout
class Slide:
    def __init__(self, deck, number):
        self.deck, self.number = deck, number
        self.ops, self.mcid = [], 0
        self.elems = []          # struct elements: dicts
        self.parent_of = {}      # mcid -> element index

    def elem(self, tag, parent=None, **kw):
        e = {"S": tag, "parent": parent, "kids": [], "mcids": []}
        e.update(kw)
        self.elems.append(e)
        idx = len(self.elems) - 1
        if parent is not None:
            self.elems[parent]["kids"].append(idx)
        return idx

    def new_mcid(self, elem):
        m = self.mcid
        self.mcid += 1
        self.elems[elem]["mcids"].append(m)
        self.elems[elem]["kids"].append(("mc", m))
        self.parent_of[m] = elem
        return m

    def tj(self, text, font, size, x, y, rgb, matrix=None):
        """One line as a BT/ET block with a TJ array of small kerning adjustments."""
        h = hashlib.md5(("%s|%s|%s" % (text, font, size)).encode("utf-8")).digest()
        parts, cur, k = [], "", 0
        for i, ch in enumerate(text):
            cur += ch
            step = 3 + h[k % 16] % 6
            if len(cur) >= step and i < len(text) - 1:
                adj = (h[(k + 5) % 16] % 7) - 3 or 2
                parts.append("(%s)%d" % (pdfstr(cur), adj))
                cur, k = "", k + 1
        parts.append("(%s)" % pdfstr(cur))
        m = matrix or (1, 0, 0, 1, x, y)
        self.ops.append("BT\n/%s %s Tf\n%s Tm\n/GS7 gs\n%s rg\n/GS8 gs\n%s RG\n[%s] TJ\nET"
                        % (font, fmt(size), " ".join(fmt(v) for v in m), rgb, rgb, "".join(parts)))
        self.deck.used[font].update(text)

    def marked(self, elem, fn):
        m = self.new_mcid(elem)
        self.ops.append("/%s <</MCID %d>> BDC " % (self.elems[elem]["S"], m))
        fn()
        self.ops.append("EMC ")

    def artifact(self, fn):
        self.ops.append("/Artifact BMC ")
        fn()
        self.ops.append("EMC ")


def width(deck, font, text, size):
    f = deck.ttf[font]
    return sum(f.width(c) for c in text) * size / 1000.0


def wrap(deck, font, text, size, maxw):
    words, lines, cur = text.split(" "), [], ""
    for w_ in words:
        trial = (cur + " " + w_) if cur else w_
        if cur and width(deck, font, trial, size) > maxw:
            lines.append(cur + " ")
            cur = w_
        else:
            cur = trial
    lines.append(cur)
    return lines


TEXT = "0.149 0.149 0.149"
TITLE = "0.122 0.306 0.475"
ACCENT = "0.929 0.490 0.192"
GREY = "0.498 0.498 0.498"
WHITE = "1 1 1"
PALE = "0.859 0.898 0.945"
BAR = "0.267 0.447 0.769"


class Deck:
    def __init__(self, meta, slides):
        self.meta, self.src = meta, slides
        self.ttf = {k: TTF(v[0]) for k, v in FONTS.items()}
        self.used = {k: set() for k in FONTS}
        self.slides = []

    def build(self):
        for n, s in enumerate(self.src, 1):
            sl = Slide(self, n)
            root = sl.elem("Slide")
            sl.ops.append("q\n0.000008871 0 %d %d re\nW* n" % (W, H))
            if s["kind"] in ("title", "end"):
                self.cover(sl, root, s)
            else:
                self.plain(sl, root, s)
            sl.ops.append("Q")
            self.slides.append(sl)

    # title and closing slides: dark background, centred block
    def cover(self, sl, root, s):
        sl.artifact(lambda: sl.ops.append("q\n%s rg\n0 0 %d %d re\nf*\n%s rg\n58 300 96 5 re\nf*\nQ"
                                          % (TITLE, W, H, ACCENT)))
        y = 400 if s["kind"] == "title" else 350
        for kind, text in s["items"]:
            if kind == "T":
                size = 40.08 if s["kind"] == "title" else 48
                e = sl.elem("H1", root)
                for ln in wrap(self, "F2", text, size, 840):
                    sl.marked(e, lambda ln=ln, y=y: sl.tj(ln, "F2", size, 58.08, y, WHITE))
                    y -= size * 1.05
                y -= 6
            elif kind == "S":
                y = min(y, 322) - 50 if s["kind"] == "title" else y - 40
                e = sl.elem("P", root)
                sl.marked(e, lambda y=y: sl.tj(text, "F1", 24, 58.08, y, PALE))
                y -= 52
            elif kind == "L":
                e = sl.elem("P", root)
                sl.marked(e, lambda text=text, y=y: sl.tj(text, "F1", 15.96, 58.08, y, WHITE))
                y -= 24

    def furniture(self, sl):
        foot = self.meta["footer"]
        num = str(sl.number)

        def draw():
            sl.tj(foot, "F1", 11.04, 58.08, 18.6, GREY)
            sl.tj(num, "F1", 11.04, 901.92 - width(self, "F1", num, 11.04), 18.6, GREY)
        sl.artifact(draw)

    def title(self, sl, root, text):
        sl.artifact(lambda: sl.ops.append("q\n%s rg\n0 531 %d 9 re\nf*\n%s rg\n58.08 432.5 110 3.5 re\nf*\nQ"
                                          % (TITLE, W, ACCENT)))
        e = sl.elem("H1", root)
        sl.marked(e, lambda: sl.tj(text, "F2", 36, 58.08, 452.3, TITLE))

    def plain(self, sl, root, s):
        items = s["items"]
        self.title(sl, root, [t for k, t in items if k == "T"][0])
        if s["kind"] == "chart":
            self.chart(sl, root, items)
        elif s["kind"] == "agenda":
            self.agenda(sl, root, items)
        else:
            self.bullets(sl, root, [(k, t) for k, t in items if k in ("-", "--")], 58.08, 902, 404)
        self.furniture(sl)

    def agenda(self, sl, root, items):
        lst = sl.elem("L", root)
        y, n = 396, 0
        for kind, text in items:
            if kind != "N":
                continue
            n += 1
            li = sl.elem("LI", lst)
            lbl, body = sl.elem("Lbl", li), sl.elem("LBody", li)
            sl.marked(lbl, lambda y=y, n=n: sl.tj("%d." % n, "F2", 21.96, 76.08, y, ACCENT))
            sl.marked(body, lambda y=y, text=text: sl.tj(text, "F1", 21.96, 112.08, y, TEXT))
            y -= 39.6

    def bullets(self, sl, root, items, x0, right, ytop, max_bottom=58):
        for scale, spacing in ((1.0, 1.0), (0.925, 0.9), (0.85, 0.9), (0.775, 0.8), (0.7, 0.8)):
            plan, y = [], ytop
            for kind, text in items:
                lvl = 1 if kind == "-" else 2
                size = round((17.04 if lvl == 1 else 15) * scale, 2)
                bx = x0 if lvl == 1 else x0 + 30
                tx = bx + (20 if lvl == 1 else 18)
                lines = wrap(self, "F1", text, size, right - tx)
                ys = []
                for i in range(len(lines)):
                    if not plan and not i:
                        y -= size
                    else:
                        y -= size * 1.2 * spacing + (0 if i else (8 if lvl == 1 else 3) * spacing)
                    ys.append(y)
                plan.append((lvl, size, bx, tx, lines, ys))
            if y >= max_bottom:
                break
        lst = sl.elem("L", root)
        cur_li = None
        sub = None
        for lvl, size, bx, tx, lines, ys in plan:
            if lvl == 1:
                cur_li = sl.elem("LI", lst)
                sub = None
                parent = cur_li
                glyph, col = "\u2022", ACCENT
            else:
                if sub is None:
                    sub = sl.elem("L", cur_li)
                parent = sl.elem("LI", sub)
                glyph, col = "\u2013", TITLE
            lbl, body = sl.elem("Lbl", parent), sl.elem("LBody", parent)
            sl.marked(lbl, lambda bx=bx, y=ys[0], size=size, glyph=glyph, col=col:
                      sl.tj(glyph, "F1", size, bx, y, col))
            for ln, y in zip(lines, ys):
                sl.marked(body, lambda ln=ln, y=y, size=size, tx=tx: sl.tj(ln, "F1", size, tx, y, TEXT))

    def chart(self, sl, root, items):
        get = lambda k: [t for kk, t in items if kk == k]
        bars = [tuple(x.strip() for x in b.split("|")) for b in get("B")]
        fig = sl.elem("Figure", root, alt="Column chart: " + "; ".join("%s, %s crore" % b for b in bars))
        px0, px1, py0, py1, top = 118, 590, 104, 356, 8

        def draw():
            ops = ["q", "1 1 1 rg", "58.08 70 548 354 re", "f*", "0.851 0.851 0.851 RG", "0.75 w"]
            for v in range(0, top + 1):
                yy = py0 + (py1 - py0) * v / top
                ops += ["%s %s m" % (fmt(px0), fmt(yy)), "%s %s l" % (fmt(px1), fmt(yy)), "S"]
            ops.append("Q")
            sl.ops.append("\n".join(ops))
            slot = (px1 - px0) / len(bars)
            for i, (lab, val) in enumerate(bars):
                v = float(val)
                bx = px0 + slot * i + slot * 0.22
                bw = slot * 0.56
                bh = (py1 - py0) * v / top
                sl.ops.append("q\n%s rg\n%s %s %s %s re\nf*\nQ" % (ACCENT if lab.startswith("Target") else BAR,
                                                                     fmt(bx), fmt(py0), fmt(bw), fmt(bh)))
                sl.tj(val, "F2", 12, bx + bw / 2 - width(self, "F2", val, 12) / 2, py0 + bh + 6, TEXT)
                sl.tj(lab, "F1", 12, bx + bw / 2 - width(self, "F1", lab, 12) / 2, py0 - 18, TEXT)
            for v in range(0, top + 1):
                yy = py0 + (py1 - py0) * v / top
                lab = str(v)
                sl.tj(lab, "F1", 12, px0 - 8 - width(self, "F1", lab, 12), yy - 4, GREY)
            ct = get("C")[0]
            sl.tj(ct, "F2", 14.04, 58.08 + 274 - width(self, "F2", ct, 14.04) / 2, 400, TEXT)
            at = get("A")[0]
            sl.tj(at, "F1", 12, 0, 0, GREY, matrix=(0, 1, -1, 0, 84, 230 - width(self, "F1", at, 12) / 2))
        sl.marked(fig, draw)
        self.bullets(sl, root, [(k, t) for k, t in items if k in ("-", "--")], 624.08, 902, 404)
        e = sl.elem("P", root)
        sl.marked(e, lambda: sl.tj(get("F")[0], "F1", 9.96, 58.08, 50, GREY))


# ---------------------------------------------------------------- writer
def make(out_path):
    meta, slides = parse(SRC)
    deck = Deck(meta, slides)
    deck.build()
    seed = hashlib.md5(open(SRC, "rb").read()).hexdigest().upper()
    objs = {}
    n_pages = len(deck.slides)
    # numbering: 1 catalog, 2 pages, then page/content pairs, then the rest
    nxt = [3]

    def alloc():
        nxt[0] += 1
        return nxt[0] - 1
    page_ids = []
    for _ in deck.slides:
        page_ids.append((alloc(), alloc()))
    font_ids = {k: (alloc(), alloc(), alloc(), alloc()) for k in FONTS}  # font, descriptor, widths, file
    gs7, gs8 = alloc(), alloc()
    info = alloc()
    str_root, role_map, parent_tree, doc_elem = alloc(), alloc(), alloc(), alloc()
    elem_ids = []
    for sl in deck.slides:
        elem_ids.append([alloc() for _ in sl.elems])
    meta_id = alloc()

    for i, sl in enumerate(deck.slides):
        pid, cid = page_ids[i]
        stream = zlib.compress(("\n".join(sl.ops) + "\n").encode("latin-1"), 6)
        objs[pid] = ("<</Type/Page/Parent 2 0 R/Resources<</Font<</F1 %d 0 R/F2 %d 0 R>>/ExtGState<</GS7 %d 0 R"
                     "/GS8 %d 0 R>>/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>/MediaBox[ 0 0 %d %d] /Contents %d 0 R"
                     "/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S/StructParents %d>>"
                     % (font_ids["F1"][0], font_ids["F2"][0], gs7, gs8, W, H, cid, i)).encode("latin-1")
        objs[cid] = b"<</Filter/FlateDecode/Length %d>>\r\nstream\r\n" % len(stream) + stream + b"\r\nendstream"
    objs[1] = ("<</Type/Catalog/Pages 2 0 R/Lang(en-IN) /StructTreeRoot %d 0 R/MarkInfo<</Marked true>>/Metadata %d 0 R"
               "/ViewerPreferences<</DisplayDocTitle true>> >>" % (str_root, meta_id)).encode("latin-1")
    objs[2] = ("<</Type/Pages/Count %d/Kids[ %s] >>" % (n_pages, " ".join("%d 0 R" % p for p, _c in page_ids))
               ).encode("latin-1")
    objs[gs7] = b"<</Type/ExtGState/BM/Normal/ca 1>>"
    objs[gs8] = b"<</Type/ExtGState/BM/Normal/CA 1>>"
    desc = {"F1": "/Flags 32/ItalicAngle 0/Ascent 905/Descent -210/CapHeight 716/AvgWidth 441/MaxWidth 2665"
                  "/FontWeight 400/XHeight 250/Leading 33/StemV 44/FontBBox[ -665 -210 2000 728]",
            "F2": "/Flags 32/ItalicAngle 0/Ascent 905/Descent -210/CapHeight 716/AvgWidth 479/MaxWidth 2628"
                  "/FontWeight 700/XHeight 250/Leading 33/StemV 47/FontBBox[ -628 -210 2000 728]"}
    for k, (fid, did, wid, ffid) in font_ids.items():
        f = deck.ttf[k]
        chars = deck.used[k] | {" "}
        codes = sorted(c.encode("cp1252")[0] for c in chars)
        first, last = codes[0], codes[-1]
        widths = []
        for code in range(first, last + 1):
            ch = bytes([code]).decode("cp1252", errors="replace")
            widths.append(str(int(round(f.width(ch)))) if ch in chars else "0")
        name = FONTS[k][1]
        objs[fid] = ("<</Type/Font/Subtype/TrueType/Name/%s/BaseFont/%s/Encoding/WinAnsiEncoding/FontDescriptor %d 0 R"
                     "/FirstChar %d/LastChar %d/Widths %d 0 R>>" % (k, name, did, first, last, wid)).encode("latin-1")
        objs[did] = ("<</Type/FontDescriptor/FontName/%s%s/FontFile2 %d 0 R>>" % (name, desc[k], ffid)).encode("latin-1")
        objs[wid] = ("[ %s] " % " ".join(widths)).encode("latin-1")
        sub = f.subset(chars)
        z = zlib.compress(sub, 6)
        objs[ffid] = b"<</Filter/FlateDecode/Length %d/Length1 %d>>\r\nstream\r\n" % (len(z), len(sub)) + z + b"\r\nendstream"
    created = meta["created"]
    pdfdate = "D:" + created[:19].replace("-", "").replace("T", "").replace(":", "") + "+05'30'"
    u16 = lambda s: b"(\xfe\xff" + s.encode("utf-16-be").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    title = u16(meta["title"]) if not meta["title"].isascii() else b"(" + meta["title"].encode("latin-1") + b")"
    objs[info] = (b"<</Title" + title + b" /Author(" + meta["author"].encode("latin-1")
                  + b") /Creator" + u16(CREATOR) + b" /CreationDate(" + pdfdate.encode() + b") /ModDate("
                  + pdfdate.encode() + b") /Producer" + u16(CREATOR) + b" >>")
    objs[role_map] = (b"<</Footnote/Note/Endnote/Note/Textbox/Sect/Header/Sect/Footer/Sect/InlineShape/Sect/Annotation/Sect"
                      b"/Artifact/Sect/Workbook/Document/Worksheet/Part/Macrosheet/Part/Chartsheet/Part/Dialogsheet/Part"
                      b"/Slide/Part/Chart/Sect/Diagram/Figure/Title/H1>>")
    nums = []
    for i, sl in enumerate(deck.slides):
        refs = " ".join("%d 0 R" % elem_ids[i][sl.parent_of[m]] for m in range(sl.mcid))
        nums.append("%d[ %s] " % (i, refs))
    objs[parent_tree] = ("<</Nums[ %s] >>" % " ".join(nums)).encode("latin-1")
    objs[str_root] = ("<</Type/StructTreeRoot/RoleMap %d 0 R/ParentTree %d 0 R/K[ %d 0 R] /ParentTreeNextKey %d>>"
                      % (role_map, parent_tree, doc_elem, n_pages)).encode("latin-1")
    slide_roots = [elem_ids[i][0] for i in range(n_pages)]
    objs[doc_elem] = ("<</P %d 0 R/S/Document/Type/StructElem/K[ %s] >>"
                      % (str_root, " ".join("%d 0 R" % r for r in slide_roots))).encode("latin-1")
    for i, sl in enumerate(deck.slides):
        pid = page_ids[i][0]
        for j, e in enumerate(sl.elems):
            parent = doc_elem if e["parent"] is None else elem_ids[i][e["parent"]]
            kids = []
            for k in e["kids"]:
                if isinstance(k, tuple):
                    kids.append("%d" % k[1])
                else:
                    kids.append("%d 0 R" % elem_ids[i][k])
            alt = ("/Alt(%s) " % pdfstr(e["alt"])) if "alt" in e else ""
            objs[elem_ids[i][j]] = ("<</P %d 0 R/S/%s/Type/StructElem/%sPg %d 0 R/K[ %s] >>"
                                    % (parent, e["S"], alt, pid, " ".join(kids))).encode("latin-1")
    uuid = "%s-%s-%s-%s-%s" % (seed[0:8], seed[8:12], seed[12:16], seed[16:20], seed[20:32])
    xmp = ("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\" x:xmptk=\"3.1-701\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\"  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
           "<pdf:Producer>%s</pdf:Producer></rdf:Description>\n"
           "<rdf:Description rdf:about=\"\"  xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>"
           "<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n"
           "<rdf:Description rdf:about=\"\"  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
           "<xmp:CreatorTool>%s</xmp:CreatorTool><xmp:CreateDate>%s</xmp:CreateDate><xmp:ModifyDate>%s</xmp:ModifyDate>"
           "</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\"  xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n"
           "<xmpMM:DocumentID>uuid:%s</xmpMM:DocumentID><xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID></rdf:Description>\n"
           "</rdf:RDF></x:xmpmeta>\n" % (CREATOR, meta["title"], meta["author"], CREATOR, created, created, uuid, uuid))
    xmp += ("                                                                                                    \n" * 20)
    xmp += "<?xpacket end=\"w\"?>"
    xb = xmp.encode("utf-8")
    objs[meta_id] = b"<</Type/Metadata/Subtype/XML/Length %d>>\r\nstream\r\n" % len(xb) + xb + b"\r\nendstream"

    out = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offsets = {}
    for num in range(1, nxt[0]):
        offsets[num] = len(out)
        out += b"%d 0 obj\r\n" % num + objs[num] + b"\r\nendobj\r\n"
    xref = len(out)
    out += b"xref\r\n0 %d\r\n0000000000 65535 f\r\n" % nxt[0]
    for num in range(1, nxt[0]):
        out += b"%010d 00000 n\r\n" % offsets[num]
    out += (b"trailer\r\n<</Size %d/Root 1 0 R/Info %d 0 R/ID[<%s><%s>] >>\r\nstartxref\r\n%d\r\n%%%%EOF"
            % (nxt[0], info, seed.encode(), seed.encode(), xref))
    with open(out_path, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    make(sys.argv[1] if len(sys.argv) > 1 else OUT)
