#!/usr/bin/python3
"""Re-make docs/ndma-thunderstorm-lightning-guidelines.pdf from its source text, byte for byte.

The file is shaped as Microsoft Word for Microsoft 365 writes a tagged PDF ("Save as PDF",
"Create bookmarks using: Headings", "Document structure tags for accessibility" on) when the
Arial faces are not embedded: PDF 1.7 with CRLF line ends and the %\xb5\xb5\xb5\xb5 comment, a
catalog with /Lang en-IN, /MarkInfo, /StructTreeRoot (Word's RoleMap), /Outlines and an XMP
packet; TrueType fonts ArialMT, Arial-BoldMT, Arial-ItalicMT with WinAnsiEncoding, /Widths and
FontDescriptors but no FontFile2, and SymbolMT for the list bullets (its ToUnicode maps the
bullet to U+F0B7 as Word's does); one FlateDecode content stream a page with marked content
(/P, /H1, /H2, /LI, /Lbl, /TD ... <</MCID n>> BDC) and the running header, footer, rules, box
shading and table borders as pagination or layout artifacts; justified body text (Tw), TJ
arrays with a few kerning pairs; the Contents page's entries as Link annotations; a classic
cross-reference table and a trailer with /ID.
Run: /usr/bin/python3 tools/make_pdf.py [output path]
"""
import hashlib
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "ndma-thunderstorm-lightning-guidelines.txt")
OUT = os.path.join(ROOT, "docs", "ndma-thunderstorm-lightning-guidelines.pdf")

PAGE_W, PAGE_H = 595.32, 841.92
LM = 72.024
RM = PAGE_W - 72.024
TEXT_W = RM - LM
TOP_Y = 752.0
BOTTOM_Y = 78.0
BODY = 10.56
LEAD = 14.4

# ---- metrics (Arial = Helvetica metrics, per 1000 em) -------------------------------------
_R = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
      556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
      1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
      667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
      333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
      556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_B = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
      556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
      975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
      667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
      333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
      611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
_SPEC_R = {"\u2018": 222, "\u2019": 222, "\u201c": 333, "\u201d": 333, "\u2022": 350,
           "\u2013": 556, "\u2014": 1000, "\u00b0": 400, "\u00d7": 584, "\u00a9": 737,
           "\u00b7": 278, "\u2026": 1000, "\u00a0": 278}
_SPEC_B = dict(_SPEC_R, **{"\u2018": 278, "\u2019": 278, "\u201c": 500, "\u201d": 500})
WID = {"R": {}, "B": {}, "I": {}}
for i in range(95):
    WID["R"][chr(32 + i)] = _R[i]
    WID["I"][chr(32 + i)] = _R[i]
    WID["B"][chr(32 + i)] = _B[i]
WID["R"].update(_SPEC_R)
WID["I"].update(_SPEC_R)
WID["B"].update(_SPEC_B)
KERN = {"Te": 37, "To": 37, "Ta": 55, "Tr": 18, "Wa": 37, "Yo": 55, "Av": 18, "LT": 74,
        "P.": 110, "r.": 55, "y.": 55, "y,": 55, "Ye": 55}
FONTS = {"R": ("F1", "ArialMT"), "B": ("F2", "Arial-BoldMT"), "I": ("F3", "Arial-ItalicMT"),
         "S": ("F4", "SymbolMT")}


def width(text, font, size):
    if font == "S":
        return 460 * size / 1000.0
    w = 0
    tab = WID[font]
    for i, ch in enumerate(text):
        w += tab.get(ch, 556)
        if i + 1 < len(text) and font != "I":
            w -= KERN.get(ch + text[i + 1], 0)
    return w * size / 1000.0


def num(v):
    s = "%.3f" % v
    s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def pdfstr(b):
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c == 0x0D:
            out += b"\\r"
        else:
            out.append(c)
    out += b")"
    return bytes(out)


def tj(text, font):
    if font == "S":
        return b"[" + pdfstr(text.encode("latin-1")) + b"] TJ"
    pieces, cur = [], ""
    for i, ch in enumerate(text):
        cur += ch
        if i + 1 < len(text) and font != "I":
            k = KERN.get(ch + text[i + 1], 0)
            if k:
                pieces.append((cur, k))
                cur = ""
    pieces.append((cur, 0))
    arr = b""
    for s, k in pieces:
        arr += pdfstr(s.encode("cp1252"))
        if k:
            arr += str(k).encode()
    return b"[" + arr + b"] TJ"


# ---- document model --------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.pages = []
        self.elems = []          # dicts: S, parent, kids, pg
        self.annots = []         # dicts: page, rect, dest(elem index of heading)
        self.outline = []        # (level, title, page, y)
        self.heads = []          # (level, num, text, page, y, elem)
        root = self.elem("Document", None)
        self.root = root

    def elem(self, s, parent):
        self.elems.append({"S": s, "parent": parent, "kids": [], "pg": None})
        idx = len(self.elems) - 1
        if parent is not None:
            self.elems[parent]["kids"].append(("elem", idx))
        return idx

    def new_page(self, label):
        self.pages.append({"ops": [], "mcids": [], "label": label, "annots": [], "tw": 0.0})
        return len(self.pages) - 1


class Layout:
    def __init__(self, doc):
        self.doc = doc
        self.page = None
        self.y = TOP_Y
        self.numbering = None
        self.counters = {"roman": 0, "arabic": 0}

    # -- page handling
    def start_page(self, numbering):
        self.numbering = numbering
        label = None
        if numbering:
            self.counters[numbering] += 1
            n = self.counters[numbering]
            label = roman(n) if numbering == "roman" else str(n)
        self.page = self.doc.new_page(label)
        self.y = TOP_Y
        if numbering:
            self.furniture()

    def furniture(self):
        p = self.doc.pages[self.page]
        ops = p["ops"]
        ops.append(b"/Artifact <</Attached [/Top]/Type/Pagination/Subtype/Header >>BDC ")
        ops.append(self.text_ops([("I", 8.04, "NDMA Guidelines: Thunderstorm & Lightning")], LM, 800.5))
        w = width("Reprint 2025", "B", 8.04)
        ops.append(self.text_ops([("B", 8.04, "Reprint 2025")], RM - w, 800.5))
        ops.append(b"EMC ")
        ops.append(b"/Artifact <</Type/Layout >>BDC ")
        ops.append(("0.122 0.267 0.475 rg\r\n%s %s %s 0.72 re\r\nf*\r\n" % (num(LM), num(795.1), num(TEXT_W))).encode())
        ops.append(b"EMC ")
        ops.append(b"/Artifact <</Attached [/Bottom]/Type/Pagination/Subtype/Footer >>BDC ")
        lab = p["label"]
        w = width(lab, "R", 9.96)
        ops.append(self.text_ops([("R", 9.96, lab)], (PAGE_W - w) / 2.0, 40.2))
        ops.append(b"EMC ")

    def need(self, h, numbering="arabic"):
        if self.y - h < BOTTOM_Y:
            self.start_page(self.numbering or numbering)

    # -- low-level text
    def text_ops(self, segs, x, y, tw=None, color=b"0 g\r\n0 G\r\n"):
        out = b""
        for font, size, text in segs:
            if not text:
                continue
            fname = FONTS[font][0]
            out += b"BT\r\n/" + fname.encode() + b" " + num(size).encode() + b" Tf\r\n"
            out += ("1 0 0 1 %s %s Tm\r\n" % (num(x), num(y))).encode()
            if tw is not None and font != "S":
                p = self.doc.pages[self.page]
                if abs(p["tw"] - tw) > 1e-6:
                    out += ("%s Tw\r\n" % num(tw)).encode()
                    p["tw"] = tw
            out += color
            out += tj(text, font) + b"\r\nET\r\n"
            x += width(text, font, size) + (text.count(" ") * tw if tw and font != "S" else 0)
        return out

    def mark(self, tag, elem):
        p = self.doc.pages[self.page]
        mcid = len(p["mcids"])
        p["mcids"].append(elem)
        self.doc.elems[elem]["kids"].append(("mcid", self.page, mcid))
        if self.doc.elems[elem]["pg"] is None:
            self.doc.elems[elem]["pg"] = self.page
        p["ops"].append(("/%s <</MCID %d>> BDC \r\n" % (tag, mcid)).encode())

    def endmark(self):
        self.doc.pages[self.page]["ops"].append(b"EMC \r\n")

    # -- rich text helpers
    @staticmethod
    def runs(text, base="R"):
        out = []
        parts = re.split(r"(\*\*.*?\*\*)", text)
        for part in parts:
            if not part:
                continue
            if part.startswith("**"):
                out.append(("B", part[2:-2]))
            else:
                out.append((base, part))
        return out

    @staticmethod
    def wrap(runs, size, maxw):
        """Greedy line breaking; returns lines as lists of (font, text)."""
        tokens = []
        for font, text in runs:
            for m in re.finditer(r"\S+\s*|\s+", text):
                tokens.append((font, m.group(0)))
        lines, cur, curw = [], [], 0.0
        for font, tok in tokens:
            word = tok.rstrip(" ")
            w_word = width(word, font, size)
            if cur and curw + w_word > maxw and word:
                lines.append(cur)
                cur, curw = [], 0.0
                tok = tok.lstrip(" ")
                if not tok:
                    continue
            if not cur:
                tok = tok.lstrip(" ")
                if not tok:
                    continue
            if cur and cur[-1][0] == font:
                cur[-1] = (font, cur[-1][1] + tok)
            else:
                cur.append((font, tok))
            curw += width(tok, font, size)
        if cur:
            lines.append(cur)
        out = []
        for i, ln in enumerate(lines):
            ln = list(ln)
            if i == len(lines) - 1:
                f, t = ln[-1]
                ln[-1] = (f, t.rstrip(" "))
            out.append([x for x in ln if x[1]])
        return out

    def para_lines(self, lines, x, size, maxw, tag, elem, justify=True, lead=LEAD, after=6.0):
        """Lay out wrapped lines, breaking pages; one marked-content item per page."""
        opened = False
        for i, ln in enumerate(lines):
            if self.y - lead < BOTTOM_Y or not opened:
                if self.y - lead < BOTTOM_Y:
                    if opened:
                        self.endmark()
                    self.start_page(self.numbering)
                self.mark(tag, elem)
                opened = True
            self.y -= lead
            trail = len(ln[-1][1]) - len(ln[-1][1].rstrip(" "))
            natural = sum(width(t, f, size) for f, t in ln) - width(" " * trail, ln[-1][0], size)
            spaces = sum(t.count(" ") for f, t in ln) - trail
            tw = 0.0
            if justify and i < len(lines) - 1 and spaces:
                tw = (maxw - natural) / spaces
            segs = [(f, size, t) for f, t in ln]
            self.doc.pages[self.page]["ops"].append(self.text_ops(segs, x, self.y, tw=tw))
        if opened:
            self.endmark()
        self.y -= after

    # -- blocks
    def heading(self, level, number, text):
        size = 15.96 if level == 1 else 12.0
        before = 0 if level == 1 and self.y >= TOP_Y - 1 else (18 if level == 1 else 10)
        self.need(before + size * 1.3 + 3 * LEAD)
        self.y -= before
        tag = "H1" if level == 1 else "H2"
        e = self.doc.elem(tag, self.doc.root)
        self.mark(tag, e)
        self.y -= size * 1.25
        segs = []
        x = LM
        if number:
            segs.append(("B", size, number))
            ops = self.text_ops([("B", size, number)], x, self.y, tw=0.0)
            self.doc.pages[self.page]["ops"].append(ops)
            x = LM + (36.0 if level == 2 else 25.0)
        self.doc.pages[self.page]["ops"].append(self.text_ops([("B", size, text)], x, self.y, tw=0.0))
        self.endmark()
        full = (number + " " + text) if number else text
        self.doc.heads.append((level, number, text, self.page, self.y + size, e))
        self.doc.outline.append((level, full, self.page, self.y + size))
        self.y -= 6.0 if level == 1 else 3.0

    def paragraph(self, text, parent=None, x=LM, maxw=TEXT_W, tag="P", justify=True):
        e = self.doc.elem(tag, parent if parent is not None else self.doc.root)
        lines = self.wrap(self.runs(text), BODY, maxw)
        self.para_lines(lines, x, BODY, maxw, tag, e, justify=justify)
        return e

    def bullet(self, text, lst, x0=LM + 18.0, x1=LM + 36.0, maxw=None):
        maxw = maxw if maxw is not None else RM - x1
        li = self.doc.elem("LI", lst)
        lines = self.wrap(self.runs(text), BODY, maxw)
        if self.y - LEAD < BOTTOM_Y:
            self.start_page(self.numbering)
        lbl = self.doc.elem("Lbl", li)
        self.mark("Lbl", lbl)
        self.doc.pages[self.page]["ops"].append(
            self.text_ops([("S", BODY, "\xb7")], x0, self.y - LEAD, tw=None))
        self.endmark()
        body = self.doc.elem("LBody", li)
        self.para_lines(lines, x1, BODY, maxw, "LBody", body, justify=True, after=3.0)

    def box(self, title, items):
        """items: list of ('p'|'li', text). Drawn with shading and a border, never split."""
        inner_x = LM + 9.0
        inner_w = TEXT_W - 18.0
        heights = LEAD + 4
        wrapped = []
        for kind, text in items:
            if kind == "p":
                ls = self.wrap(self.runs(text), BODY, inner_w)
                heights += len(ls) * LEAD + 4
            else:
                ls = self.wrap(self.runs(text), BODY, inner_w - 18.0)
                heights += len(ls) * LEAD + 3
            wrapped.append((kind, ls))
        h = heights + 12
        self.y -= 4
        self.need(h)
        top = self.y
        p = self.doc.pages[self.page]
        p["ops"].append(b"/Artifact <</Type/Layout >>BDC ")
        p["ops"].append(("0.886 0.933 0.98 rg\r\n%s %s %s %s re\r\nf*\r\n" % (
            num(LM), num(top - h), num(TEXT_W), num(h))).encode())
        p["ops"].append(("0.122 0.267 0.475 RG\r\n0.75 w\r\n%s %s %s %s re\r\nS\r\n" % (
            num(LM), num(top - h), num(TEXT_W), num(h))).encode())
        p["ops"].append(b"EMC ")
        sect = self.doc.elem("Div", self.doc.root)
        self.y -= 4
        t = self.doc.elem("P", sect)
        self.para_lines([[("B", title)]], inner_x, BODY, inner_w, "P", t, justify=False, after=4)
        lst = None
        for kind, ls in wrapped:
            if kind == "p":
                e = self.doc.elem("P", sect)
                self.para_lines(ls, inner_x, BODY, inner_w, "P", e, justify=True, after=4)
            else:
                if lst is None:
                    lst = self.doc.elem("L", sect)
                li = self.doc.elem("LI", lst)
                lbl = self.doc.elem("Lbl", li)
                self.mark("Lbl", lbl)
                p["ops"].append(self.text_ops([("S", BODY, "\xb7")], inner_x + 4, self.y - LEAD))
                self.endmark()
                body = self.doc.elem("LBody", li)
                self.para_lines(ls, inner_x + 18, BODY, inner_w - 18, "LBody", body, justify=True, after=3)
        self.y = top - h - 10

    def table(self, caption, cols, rows):
        size = 9.96
        lead = 12.6
        cap = self.doc.elem("Caption", self.doc.root)
        self.need(LEAD + 2 * (lead * 2 + 8))
        self.para_lines([[("B", caption)]], LM, BODY, TEXT_W, "Caption", cap, justify=False, after=3)
        tbl = self.doc.elem("Table", self.doc.root)
        for r, row in enumerate(rows):
            font = "B" if r == 0 else "R"
            cells = [self.wrap([(font, c)], size, w - 10.8) for c, w in zip(row, cols)]
            nlines = max(len(c) for c in cells)
            h = nlines * lead + 7.0
            if self.y - h < BOTTOM_Y:
                self.start_page(self.numbering)
            top = self.y
            p = self.doc.pages[self.page]
            p["ops"].append(b"/Artifact <</Type/Layout >>BDC ")
            if r == 0:
                p["ops"].append(("0.851 0.886 0.953 rg\r\n%s %s %s %s re\r\nf*\r\n" % (
                    num(LM), num(top - h), num(sum(cols)), num(h))).encode())
            x = LM
            ops = "0 g\r\n"
            for w in cols:
                ops += "%s %s 0.48 %s re\r\nf*\r\n" % (num(x), num(top - h), num(h))
                x += w
            ops += "%s %s 0.48 %s re\r\nf*\r\n" % (num(x - 0.48), num(top - h), num(h))
            ops += "%s %s %s 0.48 re\r\nf*\r\n" % (num(LM), num(top - 0.48), num(sum(cols)))
            ops += "%s %s %s 0.48 re\r\nf*\r\n" % (num(LM), num(top - h), num(sum(cols)))
            p["ops"].append(ops.encode())
            p["ops"].append(b"EMC ")
            tr = self.doc.elem("TR", tbl)
            x = LM
            for c, w in zip(cells, cols):
                cell = self.doc.elem("TH" if r == 0 else "TD", tr)
                if c:
                    self.mark("TH" if r == 0 else "TD", cell)
                    yy = top - 3.0
                    for ln in c:
                        yy -= lead
                        p["ops"].append(self.text_ops([(f, size, t) for f, t in ln], x + 5.4, yy, tw=0.0))
                    self.endmark()
                x += w
            self.y = top - h
        self.y -= 6

    def note(self, text):
        e = self.doc.elem("P", self.doc.root)
        lines = self.wrap([("I", text)], 8.52, TEXT_W)
        self.para_lines(lines, LM, 8.52, TEXT_W, "P", e, justify=False, lead=11.0, after=8)


def roman(n):
    return ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii"][n]


# ---- source parsing --------------------------------------------------------------------------
def parse(path):
    blocks = []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    i = 0
    while i < len(lines):
        l = lines[i]
        i += 1
        if not l.strip() or l.startswith("%%"):
            continue
        if l == "@cover":
            items = []
            while lines[i] != "@endcover":
                items.append(lines[i])
                i += 1
            i += 1
            blocks.append(("cover", items))
        elif l.startswith("@page "):
            blocks.append(("page", l[6:].strip()))
        elif l.startswith("@title "):
            blocks.append(("title", l[7:]))
        elif l.startswith("@h1 ") or l.startswith("@h2 "):
            n, t = l[4:].split("|", 1)
            blocks.append(("h", int(l[2]), n, t))
        elif l.startswith("@p "):
            blocks.append(("p", l[3:]))
        elif l.startswith("@li "):
            blocks.append(("li", l[4:]))
        elif l.startswith("@box "):
            title = l[5:]
            items = []
            while lines[i] != "@endbox":
                k, t = lines[i].split(" ", 1)
                items.append((k[1:], t))
                i += 1
            i += 1
            blocks.append(("box", title, items))
        elif l.startswith("@table "):
            cap = l[7:]
            cols = [float(x) for x in lines[i][6:].split(",")]
            i += 1
            rows = []
            while lines[i] != "@endtable":
                rows.append(lines[i][4:].split("|"))
                i += 1
            i += 1
            blocks.append(("table", cap, cols, rows))
        elif l.startswith("@note "):
            blocks.append(("note", l[6:]))
        elif l == "@sig":
            items = []
            while lines[i] != "@endsig":
                items.append(lines[i].split("|"))
                i += 1
            i += 1
            blocks.append(("sig", items))
        elif l == "@toc":
            blocks.append(("toc",))
        elif l.startswith("@gl "):
            blocks.append(("gl",) + tuple(l[4:].split("|", 1)))
        else:
            raise SystemExit("bad line: %r" % l)
    return blocks


def layout(blocks):
    doc = Doc()
    lay = Layout(doc)
    toc_page = None
    lst = None
    for b in blocks:
        kind = b[0]
        if kind != "li":
            lst = None
        if kind == "cover":
            lay.start_page(None)
            p = doc.pages[lay.page]
            p["ops"].append(b"/Artifact <</Type/Layout >>BDC ")
            p["ops"].append(("0.122 0.267 0.475 rg\r\n0 %s %s 64.8 re\r\nf*\r\n" % (
                num(PAGE_H - 64.8), num(PAGE_W))).encode())
            p["ops"].append(("0.122 0.267 0.475 rg\r\n0 0 %s 36 re\r\nf*\r\n" % num(PAGE_W)).encode())
            p["ops"].append(("0.929 0.49 0.192 rg\r\n%s 560 %s 2.16 re\r\nf*\r\n" % (
                num(LM + 60), num(TEXT_W - 120))).encode())
            p["ops"].append(b"EMC ")
            y = PAGE_H - 120.0
            for item in b[1]:
                if item.startswith("gap "):
                    y -= float(item[4:])
                    continue
                size, font, text = item.split("|", 2)
                size = float(size)
                y -= size * 1.35
                w = width(text, font, size)
                tag = "Title" if size >= 20 else "P"
                e = doc.elem(tag, doc.root)
                lay.mark(tag, e)
                p["ops"].append(lay.text_ops([(font, size, text)], (PAGE_W - w) / 2.0, y, tw=0.0))
                lay.endmark()
        elif kind == "page":
            lay.start_page(b[1])
        elif kind == "title":
            lay.y -= 4
            e = doc.elem("H1", doc.root)
            lay.mark("H1", e)
            lay.y -= 15.96 * 1.25
            p = doc.pages[lay.page]
            p["ops"].append(lay.text_ops([("B", 15.96, b[1])], LM, lay.y, tw=0.0))
            lay.endmark()
            doc.outline.append((1, b[1], lay.page, lay.y + 15.96))
            doc.heads.append((0, "", b[1], lay.page, lay.y + 15.96, e))
            lay.y -= 12
        elif kind == "h":
            lay.heading(b[1], b[2], b[3])
        elif kind == "p":
            lay.paragraph(b[1])
        elif kind == "li":
            if lst is None:
                lst = doc.elem("L", doc.root)
            lay.bullet(b[1], lst)
        elif kind == "box":
            lay.box(b[1], b[2])
        elif kind == "table":
            lay.table(b[1], b[2], b[3])
        elif kind == "note":
            lay.note(b[1])
        elif kind == "sig":
            lay.y -= 30
            for left, right in b[1]:
                lay.y -= LEAD
                p = doc.pages[lay.page]
                if left:
                    e = doc.elem("P", doc.root)
                    lay.mark("P", e)
                    p["ops"].append(lay.text_ops([("R", BODY, left)], LM, lay.y, tw=0.0))
                    lay.endmark()
                if right:
                    e = doc.elem("P", doc.root)
                    lay.mark("P", e)
                    font = "B" if right.startswith("(") else "R"
                    p["ops"].append(lay.text_ops([(font, BODY, right)], LM + 240, lay.y, tw=0.0))
                    lay.endmark()
        elif kind == "toc":
            toc_page = (lay.page, lay.y)
            lay.y -= 400  # reserved; filled after the body is laid out
        elif kind == "gl":
            term, text = b[1], b[2]
            lines = lay.wrap([("R", text)], BODY, TEXT_W - 110)
            if lay.y - LEAD * len(lines) < BOTTOM_Y:
                lay.start_page(lay.numbering)
            e = doc.elem("P", doc.root)
            lay.mark("P", e)
            p = doc.pages[lay.page]
            y0 = lay.y - LEAD
            p["ops"].append(lay.text_ops([("B", BODY, term)], LM, y0, tw=0.0))
            for ln in lines:
                lay.y -= LEAD
                p["ops"].append(lay.text_ops([(f, BODY, t) for f, t in ln], LM + 110, lay.y, tw=0.0))
            lay.endmark()
            lay.y -= 5
    # Contents page
    if toc_page:
        pg, y = toc_page
        lay.page = pg
        lay.y = y
        toc = doc.elem("TOC", doc.root)
        for level, number, text, hpage, hy, helem in doc.heads:
            if level == 0:
                continue
            label = doc.pages[hpage]["label"]
            x0 = LM if level == 1 else LM + 11.04
            font = "B" if level == 1 else "R"
            lay.y -= 6 if level == 1 else 0
            lay.y -= LEAD + (2 if level == 1 else 0)
            toci = doc.elem("TOCI", toc)
            link = doc.elem("Link", toci)
            lay.mark("Link", link)
            segs = []
            x = x0
            ops = b""
            if number:
                ops += lay.text_ops([(font, BODY, number)], x, lay.y, tw=0.0)
                x = x0 + (25.0 if level == 1 else 33.0)
            ops += lay.text_ops([(font, BODY, text)], x, lay.y, tw=0.0)
            x_end = x + width(text, font, BODY) + 3
            wnum = width(label, font, BODY)
            x_num = RM - wnum
            dot = width(".", "R", BODY)
            ndots = int((x_num - 3 - x_end) / dot)
            ops += lay.text_ops([("R", BODY, "." * ndots)], x_num - 3 - ndots * dot, lay.y, tw=0.0)
            ops += lay.text_ops([(font, BODY, label)], x_num, lay.y, tw=0.0)
            doc.pages[pg]["ops"].append(ops)
            lay.endmark()
            annot = {"page": pg, "rect": (x0, lay.y - 3.2, RM, lay.y + 10.2), "dest": (hpage, hy),
                     "elem": link}
            doc.annots.append(annot)
            doc.pages[pg]["annots"].append(len(doc.annots) - 1)
    return doc


# ---- serialisation ---------------------------------------------------------------------------
class Writer:
    def __init__(self):
        self.objs = {}

    def put(self, n, body):
        self.objs[n] = body


def build(doc):
    w = Writer()
    npages = len(doc.pages)
    # object numbers
    nxt = [1]

    def alloc():
        nxt[0] += 1
        return nxt[0] - 1
    o_cat = alloc()
    o_pages = alloc()
    page_objs = []
    content_objs = []
    for i in range(npages):
        page_objs.append(alloc())
        content_objs.append(alloc())
    o_font = {}
    for key in ("R", "B", "I", "S"):
        o_font[key] = (alloc(), alloc(), alloc())  # font, descriptor, widths
    o_tounicode = alloc()
    o_gs = alloc()
    o_info = alloc()
    o_str = alloc()
    o_ptree = alloc()
    elem_objs = [alloc() for _ in doc.elems]
    annot_objs = [alloc() for _ in doc.annots]
    o_outl = alloc()
    out_objs = [alloc() for _ in doc.outline]
    o_meta = alloc()
    o_vp = alloc()

    title = "Guidelines for Preparation of Action Plan \u2013 Thunderstorm & Lightning / Squall / Dust / Hailstorm and Strong Winds"
    w.put(o_cat, b"<</Type/Catalog/Pages %d 0 R/Lang(en-IN) /StructTreeRoot %d 0 R/MarkInfo<</Marked true>>/Metadata %d 0 R/ViewerPreferences %d 0 R/Outlines %d 0 R/PageMode/UseOutlines>>" % (
        o_pages, o_str, o_meta, o_vp, o_outl))
    w.put(o_pages, ("<</Type/Pages/Count %d/Kids[ %s] >>" % (
        npages, " ".join("%d 0 R" % p for p in page_objs))).encode())
    fontres = "".join("/%s %d 0 R" % (FONTS[k][0], o_font[k][0]) for k in ("R", "B", "I", "S"))
    for i, p in enumerate(doc.pages):
        annots = ""
        if p["annots"]:
            annots = "/Annots[ %s] " % " ".join("%d 0 R" % annot_objs[a] for a in p["annots"])
        w.put(page_objs[i], ("<</Type/Page/Parent %d 0 R/Resources<</Font<<%s>>/ExtGState<</GS7 %d 0 R>>/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>/MediaBox[ 0 0 %s %s] /Contents %d 0 R/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S/StructParents %d%s>>" % (
            o_pages, fontres, o_gs, num(PAGE_W), num(PAGE_H), content_objs[i], i,
            ("/" + annots.strip()[1:]) if annots else "")).encode())
        raw = b"/GS7 gs\r\n" + b"".join(p["ops"])
        comp = zlib.compress(raw, 6)
        w.put(content_objs[i], b"<</Filter/FlateDecode/Length %d>>\r\nstream\r\n" % len(comp) + comp + b"\r\nendstream")
    # fonts
    used = {"R": set(), "B": set(), "I": set()}
    for p in doc.pages:
        pass
    desc = {"R": ("ArialMT", 32, 400, 0), "B": ("Arial-BoldMT", 262176, 700, 0),
            "I": ("Arial-ItalicMT", 96, 400, -12)}
    for key in ("R", "B", "I"):
        fo, fd, fw = o_font[key]
        name = FONTS[key][1]
        lastchar = 255
        widths = []
        for code in range(32, lastchar + 1):
            try:
                ch = bytes([code]).decode("cp1252")
            except UnicodeDecodeError:
                widths.append(0)
                continue
            widths.append(WID[key].get(ch, 0 if code >= 128 else 556))
        w.put(fo, ("<</Type/Font/Subtype/TrueType/Name/%s/BaseFont/%s/Encoding/WinAnsiEncoding/FontDescriptor %d 0 R/FirstChar 32/LastChar %d/Widths %d 0 R>>" % (
            FONTS[key][0], name, fd, lastchar, fw)).encode())
        fname, flags, weight, ital = desc[key]
        w.put(fd, ("<</Type/FontDescriptor/FontName/%s/Flags %d/ItalicAngle %d/Ascent 905/Descent -210/CapHeight 728/AvgWidth %d/MaxWidth %d/FontWeight %d/XHeight 250/Leading 33/StemV %d/FontBBox[ %s] >>" % (
            fname, flags, ital, 441 if key != "B" else 479, 2000 if key != "B" else 2000, weight,
            44 if key != "B" else 47, "-665 -210 2000 728" if key == "R" else ("-628 -210 2000 728" if key == "B" else "-517 -210 1359 728"))).encode())
        w.put(fw, ("[ %s] " % " ".join(str(x) for x in widths)).encode())
    fo, fd, fw = o_font["S"]
    w.put(fo, ("<</Type/Font/Subtype/TrueType/Name/F4/BaseFont/SymbolMT/Encoding/WinAnsiEncoding/FontDescriptor %d 0 R/FirstChar 32/LastChar 183/Widths %d 0 R/ToUnicode %d 0 R>>" % (
        fd, fw, o_tounicode)).encode())
    w.put(fd, b"<</Type/FontDescriptor/FontName/SymbolMT/Flags 32/ItalicAngle 0/Ascent 1005/Descent -219/CapHeight 693/AvgWidth 601/MaxWidth 1042/FontWeight 400/XHeight 250/StemV 60/FontBBox[ 0 -220 1113 1005] >>")
    w.put(fw, ("[ %s] " % " ".join("250" if c == 32 else ("460" if c == 183 else "0") for c in range(32, 184))).encode())
    cmap = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <<\n"
            b"/Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n"
            b"/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n2 beginbfchar\n"
            b"<20> <0020>\n<B7> <F0B7>\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
    comp = zlib.compress(cmap, 6)
    w.put(o_tounicode, b"<</Filter/FlateDecode/Length %d>>\r\nstream\r\n" % len(comp) + comp + b"\r\nendstream")
    w.put(o_gs, b"<</Type/ExtGState/BM/Normal/ca 1>>")
    # info
    def u16(s):
        return pdfstr(b"\xfe\xff" + s.encode("utf-16-be"))
    created = "D:20251014114233+05'30'"
    w.put(o_info, b"<</Title" + u16(title) + b" /Author(NDMA) /Subject(Thunderstorm and Lightning Action Plan Guidelines) /Keywords(lightning; thunderstorm; TLSD/HSW; action plan) /Creator(Microsoft\xae Word for Microsoft 365) /CreationDate(" + created.encode() + b") /ModDate(" + created.encode() + b") /Producer(Microsoft\xae Word for Microsoft 365) >>")
    # structure
    rolemap = "/RoleMap<</Footnote/Note/Endnote/Note/Textbox/Sect/Header/Sect/Footer/Sect/InlineShape/Sect/Annotation/Sect/Artifact/Sect/Workbook/Document/Worksheet/Part/Macrosheet/Part/Chartsheet/Part/Dialogsheet/Part/Slide/Part/Chart/Sect/Diagram/Figure/Title/H1>>"
    nkeys = npages + len(doc.annots)
    w.put(o_str, ("<</Type/StructTreeRoot%s/ParentTree %d 0 R/K[ %d 0 R] /ParentTreeNextKey %d>>" % (
        rolemap, o_ptree, elem_objs[0], nkeys)).encode())
    nums = []
    for i, p in enumerate(doc.pages):
        nums.append("%d[ %s] " % (i, " ".join("%d 0 R" % elem_objs[e] for e in p["mcids"])))
    for j, a in enumerate(doc.annots):
        nums.append("%d %d 0 R " % (npages + j, elem_objs[a["elem"]]))
    w.put(o_ptree, ("<</Nums[ %s] >>" % "".join(nums)).encode())
    annot_of_elem = {a["elem"]: j for j, a in enumerate(doc.annots)}
    for idx, e in enumerate(doc.elems):
        parent = o_str if e["parent"] is None else elem_objs[e["parent"]]
        kids = []
        pg = e["pg"]
        for k in e["kids"]:
            if k[0] == "elem":
                kids.append("%d 0 R" % elem_objs[k[1]])
            elif k[0] == "mcid":
                if k[1] == pg:
                    kids.append("%d" % k[2])
                else:
                    kids.append("<</Type/MCR/Pg %d 0 R/MCID %d>>" % (page_objs[k[1]], k[2]))
        if idx in annot_of_elem:
            j = annot_of_elem[idx]
            kids.append("<</Type/OBJR/Pg %d 0 R/Obj %d 0 R>>" % (page_objs[doc.annots[j]["page"]], annot_objs[j]))
        pgs = "/Pg %d 0 R" % page_objs[pg] if pg is not None else ""
        w.put(elem_objs[idx], ("<</P %d 0 R/S/%s/Type/StructElem%s/K[ %s] >>" % (
            parent, e["S"], pgs, " ".join(kids))).encode())
    for j, a in enumerate(doc.annots):
        x1, y1, x2, y2 = a["rect"]
        hp, hy = a["dest"]
        w.put(annot_objs[j], ("<</Subtype/Link/Rect[ %s %s %s %s] /BS<</W 0>>/F 4/Dest[ %d 0 R/XYZ %s %s 0] /StructParent %d>>" % (
            num(x1), num(y1), num(x2), num(y2), page_objs[hp], num(LM), num(hy + 2), npages + j)).encode())
    # outlines: level-1 items, level-2 items nested under the preceding level-1 item
    items = [{"level": l, "title": t, "page": pg, "y": y, "kids": []} for l, t, pg, y in doc.outline]
    top, last1 = [], None
    for it in items:
        if it["level"] == 1 or last1 is None:
            top.append(it)
            last1 = it
        else:
            last1["kids"].append(it)
    for it, o in zip(items, out_objs):
        it["obj"] = o

    def emit(lst, parent):
        for i, it in enumerate(lst):
            parts = ["/Title" + u16(it["title"]).decode("latin-1"), "/Parent %d 0 R" % parent,
                     "/Dest[ %d 0 R/XYZ %s %s 0] " % (page_objs[it["page"]], num(LM), num(it["y"] + 2))]
            if i > 0:
                parts.append("/Prev %d 0 R" % lst[i - 1]["obj"])
            if i + 1 < len(lst):
                parts.append("/Next %d 0 R" % lst[i + 1]["obj"])
            if it["kids"]:
                parts.append("/First %d 0 R/Last %d 0 R/Count %d" % (
                    it["kids"][0]["obj"], it["kids"][-1]["obj"], len(it["kids"])))
                emit(it["kids"], it["obj"])
            w.put(it["obj"], ("<<" + "".join(parts) + ">>").encode("latin-1"))
    emit(top, o_outl)
    w.put(o_outl, ("<</Type/Outlines/First %d 0 R/Last %d 0 R/Count %d>>" % (
        top[0]["obj"], top[-1]["obj"], len(items))).encode())
    # XMP
    docid = "uuid:5C0E2D7B-91A4-4F3E-8B2A-6D17E0A4C913"
    xmp = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="3.1-701">\n'
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
           '<rdf:Description rdf:about=""  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
           '<pdf:Producer>Microsoft\u00ae Word for Microsoft 365</pdf:Producer><pdf:Keywords>lightning; thunderstorm; TLSD/HSW; action plan</pdf:Keywords></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">' + title.replace("&", "&amp;") + '</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>NDMA</rdf:li></rdf:Seq></dc:creator><dc:description><rdf:Alt><rdf:li xml:lang="x-default">Thunderstorm and Lightning Action Plan Guidelines</rdf:li></rdf:Alt></dc:description></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
           '<xmp:CreatorTool>Microsoft\u00ae Word for Microsoft 365</xmp:CreatorTool><xmp:CreateDate>2025-10-14T11:42:33+05:30</xmp:CreateDate><xmp:ModifyDate>2025-10-14T11:42:33+05:30</xmp:ModifyDate></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n'
           '<xmpMM:DocumentID>' + docid + '</xmpMM:DocumentID><xmpMM:InstanceID>' + docid + '</xmpMM:InstanceID></rdf:Description>\n'
           '</rdf:RDF></x:xmpmeta>\n' + (" " * 99 + "\n") * 20 + '<?xpacket end="w"?>').encode("utf-8")
    w.put(o_meta, b"<</Type/Metadata/Subtype/XML/Length %d>>\r\nstream\r\n" % len(xmp) + xmp + b"\r\nendstream")
    w.put(o_vp, b"<</DisplayDocTitle true>>")
    # file
    out = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offsets = {}
    for n in range(1, nxt[0]):
        offsets[n] = len(out)
        out += b"%d 0 obj\r\n" % n + w.objs[n] + b"\r\nendobj\r\n"
    xref = len(out)
    out += b"xref\r\n0 %d\r\n0000000000 65535 f\r\n" % nxt[0]
    for n in range(1, nxt[0]):
        out += b"%010d 00000 n\r\n" % offsets[n]
    fid = hashlib.md5(bytes(out[:4096])).hexdigest().upper()
    out += b"trailer\r\n<</Size %d/Root %d 0 R/Info %d 0 R/ID[<%s><%s>] >>\r\nstartxref\r\n%d\r\n%%%%EOF" % (
        nxt[0], o_cat, o_info, fid.encode(), fid.encode(), xref)
    return bytes(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    doc = layout(parse(SRC))
    data = build(doc)
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
