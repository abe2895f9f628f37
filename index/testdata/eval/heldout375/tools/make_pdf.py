#!/usr/bin/python3
"""Re-make docs/committee-scrutiny-vital-stats.pdf from tools/committee-scrutiny-vital-stats.txt.

The PDF is shaped as Microsoft Word for Microsoft 365 saves a report with File > Save As > PDF
(tagged, "Best for printing"): PDF 1.7 with CRLF line ends and a binary comment, A4 pages of
595.32 x 841.92, FlateDecode content streams in which every run of text is its own BT ... ET with
a Tm, a /GS7 gs and small TJ kerning numbers, Word's sizes (9.96 for 10 pt, 11.04 for 11 pt),
marked content (/P <</MCID n>> BDC) tied to a structure tree whose elements sit in an object
stream, headers, footers and page numbers as /Artifact, TrueType fonts (BCDEEE+ArialMT and its
bold and italic) with WinAnsiEncoding, /Widths and an embedded FontFile2 subset, an Info
dictionary whose Creator and Producer are UTF-16 (for the (R) sign), XMP metadata, and Word's
hybrid cross-reference: a classic xref table, then an "xref 0 0" section whose trailer points
to an XRef stream (/XRefStm) for the compressed objects.

Deterministic: fixed dates, IDs from an MD5 of the source, no randomness.
Run: /usr/bin/python3 tools/make_pdf.py [out.pdf]
"""
import base64
import hashlib
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "committee-scrutiny-vital-stats.txt")
OUT = os.path.join(ROOT, "docs", "committee-scrutiny-vital-stats.pdf")

PW, PH = 595.32, 841.92
ML, MR = 50.4, 50.4
CW = PW - ML - MR
GAP = 21.6
BODY_BOTTOM = 66.0
BLUE = (0.122, 0.306, 0.475)      # 1F4E79
BAR = (0.267, 0.447, 0.769)       # 4472C4
GREY = (0.349, 0.349, 0.349)

WINANSI = {"\u2018": 0x91, "\u2019": 0x92, "\u201c": 0x93, "\u201d": 0x94, "\u2022": 0x95,
           "\u2013": 0x96, "\u2014": 0x97, "\u00a9": 0xA9, "\u00a0": 0xA0}


def wsz(pt):
    """Word writes font sizes rounded to 0.12 pt (10 pt -> 9.96, 11 pt -> 11.04)."""
    return round(pt / 0.12) * 0.12


def num(v):
    s = "%.3f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def enc(text):
    out = bytearray()
    for ch in text:
        o = ord(ch)
        if ch in WINANSI:
            out.append(WINANSI[ch])
        elif 32 <= o < 127:
            if ch in "()\\":
                out += b"\\"
            out.append(o)
        else:
            raise ValueError("not in WinAnsi: %r" % ch)
    return bytes(out)


class Font:
    def __init__(self, key, tag, name, base, widths, desc, data):
        self.key, self.tag, self.name, self.base = key, tag, name, base
        self.w = {int(k): v for k, v in widths.items()}
        self.desc, self.data = desc, data
        self.used = set()

    def code(self, ch):
        return WINANSI.get(ch, ord(ch))

    def width(self, text, size):
        tot = 0
        for ch in text:
            tot += self.w[ord(ch)]
        return tot * wsz(size) / 1000.0


def load_fonts():
    F = {}
    specs = [("R", "F1", "BCDEEE+ArialMT",
              "/Flags 32/ItalicAngle 0/Ascent 905/Descent -210/CapHeight 728/AvgWidth 441/MaxWidth 2665/FontWeight 400/XHeight 250/Leading 33/StemV 44/FontBBox[ -665 -210 2000 728]"),
             ("B", "F2", "BCDFEE+Arial-BoldMT",
              "/Flags 32/ItalicAngle 0/Ascent 905/Descent -210/CapHeight 728/AvgWidth 479/MaxWidth 2628/FontWeight 700/XHeight 250/Leading 33/StemV 47/FontBBox[ -628 -210 2000 728]"),
             ("I", "F3", "BCDGEE+Arial-ItalicMT",
              "/Flags 32/ItalicAngle -12/Ascent 905/Descent -210/CapHeight 728/AvgWidth 441/MaxWidth 1994/FontWeight 400/XHeight 250/Leading 33/StemV 44/FontBBox[ -517 -210 1359 728]")]
    for key, tag, base, desc in specs:
        d = FONTDATA[key]
        F[key] = Font(key, tag, base, base, d["widths"], desc, d)
    return F


# ---------------------------------------------------------------- source

def parse(path):
    meta, blocks, notes = {}, [], {}
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("@meta "):
            k, v = line[6:].split("=", 1)
            meta[k] = v
        elif line.startswith("[^"):
            m = re.match(r"\[\^(\d+)\]: (.*)", line)
            notes[m.group(1)] = m.group(2)
        elif line.startswith("@"):
            cmd, _, rest = line[1:].partition(" ")
            blocks.append((cmd, rest))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        elif line.startswith("| "):
            blocks.append(("row", [c.strip() for c in line.strip("|").split("|")]))
        else:
            blocks.append(("p", line))
    return meta, blocks, notes


def tokens(text, base):
    """Split inline text into words; each word is a list of (text, style) pieces.
    **bold** switches to bold, [^n] is a superscript note reference glued to the word."""
    words, cur, style = [], [], base
    parts = re.split(r"(\*\*|\[\^\d+\]| )", text)
    for part in parts:
        if part == "**":
            style = "B" if style != "B" else base
        elif part == " ":
            if cur:
                words.append(cur)
            cur = []
        elif part and part.startswith("[^"):
            cur.append((part[2:-1], "sup"))
        elif part:
            cur.append((part, style))
    if cur:
        words.append(cur)
    return words


# ---------------------------------------------------------------- layout

class Page:
    def __init__(self, n):
        self.n = n
        self.ops = []          # list of (kind, data)
        self.notes = []
        self.mcid = 0

    def new_mcid(self):
        self.mcid += 1
        return self.mcid - 1


class Doc:
    def __init__(self, fonts):
        self.F = fonts
        self.pages = []
        self.struct = []       # top-level struct elements: dict(S, kids=[...])
        self.kern_seed = 0

    # text drawing ---------------------------------------------------
    def piece_w(self, text, style, size):
        if style == "sup":
            return self.F["R"].width(text, size * 0.65)
        return self.F[style].width(text, size)

    def word_w(self, word, size):
        return sum(self.piece_w(t, s, size) for t, s in word)

    def wrap(self, words, size, width, first_indent=0.0):
        lines, cur, w = [], [], 0.0
        space = self.F["R"].width(" ", size)
        avail = width - first_indent
        for word in words:
            ww = self.word_w(word, size)
            if cur and w + space + ww > avail:
                lines.append(cur)
                cur, w = [], 0.0
                avail = width
            if cur:
                w += space
            cur.append(word)
            w += ww
        if cur:
            lines.append(cur)
        return lines

    def runs_of_line(self, line):
        """Merge a wrapped line's words into runs of one style; spaces go with the run before."""
        runs = []
        for i, word in enumerate(line):
            for j, (t, s) in enumerate(word):
                if runs and runs[-1][1] == s:
                    runs[-1][0] += t
                else:
                    runs.append([t, s])
            if i < len(line) - 1:
                s = runs[-1][1] if runs[-1][1] != "sup" else "R"
                if runs[-1][1] == s:
                    runs[-1][0] += " "
                else:
                    runs.append([" ", s])
        return runs

    def tj(self, text):
        """A TJ array with Word-like small kerning numbers between some glyphs."""
        out, chunk = [], ""
        for ch in text:
            chunk += ch
            self.kern_seed = (self.kern_seed * 1103515245 + 12345) & 0x7FFFFFFF
            if ch != " " and self.kern_seed % 9 == 0 and len(chunk) > 1:
                out.append(b"(" + enc(chunk) + b")")
                out.append(str((self.kern_seed >> 8) % 9 - 4).encode())
                chunk = ""
        if chunk:
            out.append(b"(" + enc(chunk) + b")")
        return b"[" + b"".join(out) + b"] TJ"

    def text_op(self, page, x, y, text, style, size, color=(0, 0, 0)):
        font = self.F["R" if style == "sup" else style]
        if style == "sup":
            size, y = size * 0.65, y + size * 0.33
        for ch in text:
            font.used.add(ch)
        col = b"0 g\r\n0 G" if color == (0, 0, 0) else (
            ("%s %s %s rg\r\n%s %s %s RG" % tuple(num(c) for c in color + color)).encode())
        op = (b"BT\r\n/" + font.tag.encode() + b" " + num(wsz(size)).encode() + b" Tf\r\n1 0 0 1 "
              + num(x).encode() + b" " + num(y).encode() + b" Tm\r\n/GS7 gs\r\n" + col + b"\r\n"
              + self.tj(text) + b"\r\nET\r\n")
        page.ops.append(op)
        return self.piece_w(text, style, size if style != "sup" else size / 0.65)

    def draw_line(self, page, x, y, line, size, color=(0, 0, 0), wrapped=False):
        runs = self.runs_of_line(line)
        if wrapped:
            # Word keeps the space at a soft line break at the end of the line's text
            if runs[-1][1] == "sup":
                runs.append([" ", "R"])
            else:
                runs[-1][0] += " "
        for t, s in runs:
            w = self.text_op(page, x, y, t, s, size, color)
            x += w

    def begin(self, page, tag, mcid):
        page.ops.append(b"/" + tag.encode() + b" <</MCID " + str(mcid).encode() + b">> BDC\r\n")

    def end(self, page):
        page.ops.append(b"EMC\r\n")

    def rect(self, page, x, y, w, h, color, stroke=False, lw=0.5):
        c = " ".join(num(v) for v in color)
        if stroke:
            page.ops.append(("%s RG\r\n%s w\r\n%s %s %s %s re\r\nS\r\n" % (c, num(lw), num(x), num(y), num(w), num(h))).encode())
        else:
            page.ops.append(("%s rg\r\n%s %s %s %s re\r\nf*\r\n" % (c, num(x), num(y), num(w), num(h))).encode())

    def hline(self, page, x1, x2, y, color, lw=0.5):
        c = " ".join(num(v) for v in color)
        page.ops.append(("%s RG\r\n%s w\r\n%s %s m\r\n%s %s l\r\nS\r\n" % (c, num(lw), num(x1), num(y), num(x2), num(y))).encode())

    def artifact(self, page, fn):
        page.ops.append(b"/Artifact BMC\r\nq\r\n")
        fn()
        page.ops.append(b"Q\r\nEMC\r\n")


def build(meta, blocks, notes, fonts, preset=None):
    """Lay the document out; preset gives the notes each page ended up with in a first pass, so
    that both columns of a page keep clear of its footnote area from the start."""
    preset = preset or {}
    D = Doc(fonts)
    note_lines = {}
    size = 10.0
    lead = 11.5

    def new_page():
        p = Page(len(D.pages) + 1)
        p.notes = list(preset.get(p.n, []))
        D.pages.append(p)
        return p

    def reserve_of(p):
        if not p.notes:
            return 0.0
        return 10.0 + sum(len(note_lines[r]) * 9.6 + 2 for r in p.notes)

    # note heights (8 pt, hanging number)
    def note_layout(n):
        words = tokens(notes[n], "R")
        return D.wrap(words, 8.0, CW - 12)

    for n in notes:
        note_lines[n] = note_layout(n)

    state = {"page": None, "cols": 1, "col": 0, "y": 0.0, "top": 0.0, "reserve": 0.0}

    def col_x():
        if state["cols"] == 2:
            w = (CW - GAP) / 2
            return ML + state["col"] * (w + GAP), w
        return ML, CW

    def bottom():
        return BODY_BOTTOM + state["reserve"]

    def next_area():
        if state["cols"] == 2 and state["col"] == 0:
            state["col"] = 1
            state["y"] = state["top"]
            return
        page = new_page()
        state.update(page=page, col=0, y=PH - 72.0, top=PH - 72.0, reserve=reserve_of(page))

    def note_height(refs):
        h = 0.0
        for r in refs:
            if r not in state["page"].notes:
                h += len(note_lines[r]) * 9.6 + 2
        if h and not state["page"].notes:
            h += 10
        return h

    def place_lines(elem, tag, lines, size, lead, x_off=0.0, label=None, color=(0, 0, 0), after=6.0):
        """Flow lines into the current area; each page/column segment gets its own MCID."""
        seg = None
        for i, line in enumerate(lines):
            refs = [t for w in line for t, s in w if s == "sup"]
            need = lead + note_height(refs)
            if state["y"] - need < bottom():
                if seg is not None:
                    D.end(seg)
                    seg = None
                next_area()
            if seg is None:
                seg = state["page"]
                mc = seg.new_mcid()
                if label is not None and i == 0:
                    lmc = mc
                    D.begin(seg, "Lbl", lmc)
                    x, _ = col_x()
                    D.text_op(seg, x + x_off - 10.0, state["y"] - size, label, "R", size, color)
                    D.end(seg)
                    elem.setdefault("lbl", []).append((seg.n, lmc))
                    mc = seg.new_mcid()
                elem["kids"].append((seg.n, mc))
                D.begin(seg, tag, mc)
            for r in refs:
                if r not in state["page"].notes:
                    if not state["page"].notes:
                        state["reserve"] += 10
                    state["page"].notes.append(r)
                    state["reserve"] += len(note_lines[r]) * 9.6 + 2
            x, _ = col_x()
            state["y"] -= lead
            D.draw_line(state["page"], x + x_off, state["y"] + (lead - size) - 1.2, line, size, color,
                        wrapped=i < len(lines) - 1)
        if seg is not None:
            D.end(seg)
        state["y"] -= after

    def new_elem(S):
        e = {"S": S, "kids": []}
        D.struct.append(e)
        return e

    i = 0
    rows = []
    while i < len(blocks):
        kind, data = blocks[i]
        if kind == "band":
            page = new_page()
            state.update(page=page, y=PH - 36.0, reserve=reserve_of(page))
            left, right = data.split("|")

            def band():
                D.rect(page, ML, PH - 78.0, CW, 42.0, BLUE)
            page.ops.append(b"q\r\n")
            band()
            page.ops.append(b"Q\r\n")
            e = new_elem("H1")
            mc = page.new_mcid()
            e["kids"].append((1, mc))
            D.begin(page, "H1", mc)
            D.text_op(page, ML + 10.8, PH - 63.0, left, "B", 20.0, (1, 1, 1))
            D.end(page)
            e2 = new_elem("P")
            mc = page.new_mcid()
            e2["kids"].append((1, mc))
            D.begin(page, "P", mc)
            rw = fonts["B"].width(right, 11.0)
            D.text_op(page, ML + CW - 10.8 - rw, PH - 61.0, right, "B", 11.0, (1, 1, 1))
            D.end(page)
            state["y"] = PH - 84.0
        elif kind == "title":
            e = new_elem("Title")
            lines = D.wrap(tokens(data, "B"), 13.0, CW)
            place_lines(e, "Title", lines, 13.0, 18.0, color=BLUE, after=2.0)
        elif kind == "date":
            e = new_elem("P")
            place_lines(e, "P", [tokens(data, "I")], 9.0, 12.0, color=GREY, after=4.0)
            D.hline(state["page"], ML, ML + CW, state["y"] + 1.0, BLUE, 1.0)
            state["y"] -= 6.0
        elif kind == "cols":
            state["cols"] = int(data)
            state["col"] = 0
            state["top"] = state["y"]
        elif kind == "page":
            state["cols"] = 1
            page = new_page()
            state.update(page=page, col=0, y=PH - 72.0, top=PH - 72.0, reserve=reserve_of(page))
        elif kind in ("h1", "h2"):
            _, w = col_x()
            hs = 11.0 if kind == "h1" else 10.0
            lines = D.wrap(tokens(data, "B"), hs, w)
            if state["y"] - (len(lines) * 13.5 + 6 + 3 * lead) < bottom():
                next_area()
            state["y"] -= 6.0 if kind == "h1" else 2.0
            e = new_elem("H2" if kind == "h1" else "H3")
            place_lines(e, e["S"], lines, hs, 13.5, color=BLUE if kind == "h1" else (0, 0, 0), after=2.0)
        elif kind == "p":
            _, w = col_x()
            e = new_elem("P")
            place_lines(e, "P", D.wrap(tokens(data, "R"), size, w), size, lead)
        elif kind == "li":
            _, w = col_x()
            lst = new_elem("L")
            while i < len(blocks) and blocks[i][0] == "li":
                li = {"S": "LI", "kids": []}
                lst.setdefault("items", []).append(li)
                place_lines(li, "LBody", D.wrap(tokens(blocks[i][1], "R"), size, w - 14.2), size, lead,
                            x_off=14.2, label="\u2022", after=3.0)
                i += 1
            state["y"] -= 3.0
            continue
        elif kind == "figure":
            caption, cats, vals, source = data.split("|")
            cats = cats.split(",")
            vals = [int(v) for v in vals.split(",")]
            height = 14 + 190 + 14
            if state["y"] - height < bottom():
                next_area()
            page = state["page"]
            e = new_elem("Caption")
            place_lines(e, "Caption", [tokens(caption, "B")], 9.0, 12.0, after=2.0)
            fig = new_elem("Figure")
            mc = page.new_mcid()
            fig["kids"].append((page.n, mc))
            fig["alt"] = "Bar chart: " + "; ".join("%s %d%%" % (c, v) for c, v in zip(cats, vals))
            D.begin(page, "Figure", mc)
            top = state["y"] - 4.0
            x0, x1 = ML + 36.0, ML + CW - 10.0
            y0, y1 = top - 162.0, top - 12.0
            page.ops.append(b"q\r\n")
            for k in range(0, 81, 20):
                gy = y0 + (y1 - y0) * k / 80.0
                D.hline(page, x0, x1, gy, (0.851, 0.851, 0.851), 0.75)
                lab = str(k)
                D.text_op(page, x0 - 6.0 - fonts["R"].width(lab, 9.0), gy - 3.0, lab, "R", 9.0, GREY)
            slot = (x1 - x0) / len(vals)
            bw = slot * 0.45
            for k, (c, v) in enumerate(zip(cats, vals)):
                bx = x0 + slot * k + (slot - bw) / 2
                bh = (y1 - y0) * v / 80.0
                D.rect(page, bx, y0, bw, bh, BAR)
                lab = str(v)
                D.text_op(page, bx + (bw - fonts["B"].width(lab, 9.0)) / 2, y0 + bh + 4.0, lab, "B", 9.0)
                cw = fonts["R"].width(c, 8.0)
                D.text_op(page, x0 + slot * k + (slot - cw) / 2, y0 - 13.0, c, "R", 8.0, GREY)
            page.ops.append(b"Q\r\n")
            D.end(page)
            state["y"] = y0 - 20.0
            e = new_elem("P")
            place_lines(e, "P", [tokens(source, "I")], 8.0, 10.0, color=GREY, after=10.0)
        elif kind == "table":
            caption = data
            rows = []
            i += 1
            while i < len(blocks) and blocks[i][0] == "row":
                rows.append(blocks[i][1])
                i += 1
            ncol = len(rows[0])
            weights = {4: [0.29, 0.27, 0.14, 0.30]}[ncol] if caption.startswith("Table 2") else [0.34, 0.12, 0.2, 0.34]
            widths = [CW * wt for wt in weights]
            pad = 5.4
            ts = 9.0
            cell_lines = []
            heights = []
            for r, row in enumerate(rows):
                cl = [D.wrap(tokens(c, "B" if r == 0 else "R"), ts, widths[k] - 2 * pad) for k, c in enumerate(row)]
                cell_lines.append(cl)
                heights.append(max(len(x) for x in cl) * 11.0 + 6.0)
            total = sum(heights) + 16
            if state["y"] - total < bottom():
                next_area()
            page = state["page"]
            e = new_elem("Caption")
            place_lines(e, "Caption", [tokens(caption, "B")], 9.0, 12.0, after=3.0)
            tbl = new_elem("Table")
            tbl["rows"] = []
            y = state["y"]
            for r, row in enumerate(rows):
                h = heights[r]
                tr = []
                x = ML
                if r == 0:
                    D.rect(page, ML, y - h, CW, h, BLUE)
                for k, lines in enumerate(cell_lines[r]):
                    mc = page.new_mcid()
                    tr.append((page.n, mc))
                    D.begin(page, "TH" if r == 0 else "TD", mc)
                    ly = y - 3.0
                    for n, line in enumerate(lines):
                        ly -= 11.0
                        D.draw_line(page, x + pad, ly + 2.2, line, ts, (1, 1, 1) if r == 0 else (0, 0, 0),
                                    wrapped=n < len(lines) - 1)
                    D.end(page)
                    x += widths[k]
                tbl["rows"].append(tr)
                y -= h
            # borders last, as Word draws them after the cell text
            page.ops.append(b"/Artifact BMC\r\n")
            yy = state["y"]
            for r in range(len(rows) + 1):
                D.hline(page, ML, ML + CW, yy, (0.749, 0.749, 0.749), 0.5)
                if r < len(rows):
                    yy -= heights[r]
            x = ML
            for k in range(ncol + 1):
                page.ops.append(("0.749 0.749 0.749 RG\r\n0.5 w\r\n%s %s m\r\n%s %s l\r\nS\r\n" % (
                    num(x), num(state["y"]), num(x), num(y))).encode())
                if k < ncol:
                    x += widths[k]
            page.ops.append(b"EMC\r\n")
            state["y"] = y - 4.0
            continue
        elif kind == "source":
            e = new_elem("P")
            place_lines(e, "P", [tokens(data, "I")], 8.0, 10.0, color=GREY, after=10.0)
        elif kind == "disclaimer":
            _, w = col_x()
            e = new_elem("P")
            state["y"] -= 4.0
            place_lines(e, "P", D.wrap(tokens(data, "I"), 7.5, w), 7.5, 9.0, color=GREY, after=4.0)
        elif kind == "footer":
            D.footer = data
        i += 1

    # footnotes, headers, footers
    npages = len(D.pages)
    for page in D.pages:
        if page.notes:
            y = BODY_BOTTOM + sum(len(note_lines[r]) * 9.6 + 2 for r in page.notes)
            D.hline(page, ML, ML + 144.0, y + 6.0, (0, 0, 0), 0.5)
            for r in page.notes:
                e = new_elem("Note")
                mc = page.new_mcid()
                e["kids"].append((page.n, mc))
                D.begin(page, "P", mc)
                D.text_op(page, ML, y - 9.6 + 1.6 + 3.0, r, "R", 5.2)
                for n, line in enumerate(note_lines[r]):
                    y -= 9.6
                    D.draw_line(page, ML + 6.0, y + 1.6, line, 8.0, wrapped=n < len(note_lines[r]) - 1)
                y -= 2
                D.end(page)

        def furniture(page=page):
            D.hline(page, ML, ML + CW, 44.0, BLUE, 0.75)
            D.text_op(page, ML, 32.0, D.footer, "R", 8.0, GREY)
            lab = str(page.n)
            D.text_op(page, ML + CW - fonts["B"].width(lab, 9.0), 32.0, lab, "B", 9.0, BLUE)
            if page.n > 1:
                hdr = "Vital Stats: Parliamentary Committees"
                D.text_op(page, ML + CW - fonts["I"].width(hdr, 8.0), PH - 40.0, hdr, "I", 8.0, GREY)
                D.hline(page, ML, ML + CW, PH - 46.0, (0.749, 0.749, 0.749), 0.5)
        D.artifact(page, furniture)
    return D


# ---------------------------------------------------------------- serialise

def utf16(s):
    return b"(" + b"\xfe\xff" + s.encode("utf-16-be").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def serialise(D, meta):
    objs = {}            # num -> bytes (body without "n 0 obj")
    compressed = {}      # num -> bytes (objects in the object stream)
    F = D.F
    npages = len(D.pages)
    # numbering, in the order Word writes them
    nxt = [1]

    def alloc():
        nxt[0] += 1
        return nxt[0] - 1
    cat, pages_n = alloc(), alloc()
    page_nums, cont_nums = [], []
    font_nums = {}
    gs7 = None
    for p in D.pages:
        page_nums.append(alloc())
        cont_nums.append(alloc())
        if gs7 is None:
            for key in ("R", "B", "I"):
                font_nums[key] = (alloc(), alloc())   # font, descriptor
            gs7, gs8 = alloc(), alloc()
    info = alloc()
    tree = alloc()
    rolemap = alloc()
    parent_tree = alloc()
    doc_elem = alloc()
    # struct elements (compressed)
    elems = []

    def add_elem(S, parent, kids_pages=None, extra=b""):
        n = alloc()
        elems.append(n)
        return n
    parent_arrays = {p.n: {} for p in D.pages}
    elem_bodies = []
    top_kids = []
    for e in D.struct:
        if e["S"] == "L":
            ln = alloc()
            top_kids.append(ln)
            item_nums = []
            for li in e["items"]:
                lin, lbl, lbody = alloc(), alloc(), alloc()
                item_nums.append(lin)
                elem_bodies.append((lin, b"<</Type/StructElem/S/LI/P " + str(ln).encode() + b" 0 R/K[ "
                                    + str(lbl).encode() + b" 0 R " + str(lbody).encode() + b" 0 R] >>"))
                pg, mc = li["lbl"][0]
                parent_arrays[pg][mc] = lbl
                elem_bodies.append((lbl, b"<</Type/StructElem/S/Lbl/P " + str(lin).encode() + b" 0 R/K[ "
                                    + str(mc).encode() + b"] /Pg " + str(page_nums[pg - 1]).encode() + b" 0 R>>"))
                kids = []
                for pg, mc in li["kids"]:
                    parent_arrays[pg][mc] = lbody
                    kids.append(b"<</Type/MCR/Pg " + str(page_nums[pg - 1]).encode() + b" 0 R/MCID "
                                + str(mc).encode() + b">>")
                elem_bodies.append((lbody, b"<</Type/StructElem/S/LBody/P " + str(lin).encode() + b" 0 R/K[ "
                                    + b" ".join(kids) + b"] >>"))
            elem_bodies.append((ln, b"<</Type/StructElem/S/L/P " + str(doc_elem).encode() + b" 0 R/K[ "
                                + b" ".join(str(x).encode() + b" 0 R" for x in item_nums) + b"] >>"))
        elif e["S"] == "Table":
            tn = alloc()
            top_kids.append(tn)
            trs = []
            for r, row in enumerate(e["rows"]):
                trn = alloc()
                trs.append(trn)
                cells = []
                for pg, mc in row:
                    cn = alloc()
                    cells.append(cn)
                    parent_arrays[pg][mc] = cn
                    elem_bodies.append((cn, b"<</Type/StructElem/S/" + (b"TH" if r == 0 else b"TD") + b"/P "
                                        + str(trn).encode() + b" 0 R/K[ " + str(mc).encode() + b"] /Pg "
                                        + str(page_nums[pg - 1]).encode() + b" 0 R>>"))
                elem_bodies.append((trn, b"<</Type/StructElem/S/TR/P " + str(tn).encode() + b" 0 R/K[ "
                                    + b" ".join(str(x).encode() + b" 0 R" for x in cells) + b"] >>"))
            elem_bodies.append((tn, b"<</Type/StructElem/S/Table/P " + str(doc_elem).encode() + b" 0 R/K[ "
                                + b" ".join(str(x).encode() + b" 0 R" for x in trs) + b"] >>"))
        else:
            n = alloc()
            top_kids.append(n)
            S = {"Note": "Footnote"}.get(e["S"], e["S"])
            kids = []
            for pg, mc in e["kids"]:
                parent_arrays[pg][mc] = n
                kids.append(b"<</Type/MCR/Pg " + str(page_nums[pg - 1]).encode() + b" 0 R/MCID "
                            + str(mc).encode() + b">>")
            extra = b""
            if "alt" in e:
                extra = b"/Alt" + utf16(e["alt"])
            elem_bodies.append((n, b"<</Type/StructElem/S/" + S.encode() + b"/P " + str(doc_elem).encode()
                                + b" 0 R" + extra + b"/K[ " + b" ".join(kids) + b"] >>"))
    for n, body in elem_bodies:
        compressed[n] = body
    compressed[doc_elem] = (b"<</Type/StructElem/S/Document/Lang(en-IN)/P " + str(tree).encode() + b" 0 R/K[ "
                            + b" ".join(str(x).encode() + b" 0 R" for x in top_kids) + b"] >>")
    widths_nums = {}
    file_nums = {}
    for key in ("R", "B", "I"):
        widths_nums[key] = alloc()
    for key in ("R", "B", "I"):
        file_nums[key] = alloc()
    meta_n = alloc()
    vp = alloc()
    objstm = alloc()
    xrefstm = alloc()
    size = nxt[0]

    # pages and content
    kids = b" ".join(str(n).encode() + b" 0 R" for n in page_nums)
    objs[cat] = (b"<</Type/Catalog/Pages " + str(pages_n).encode() + b" 0 R/Lang(en-IN) /StructTreeRoot "
                 + str(tree).encode() + b" 0 R/MarkInfo<</Marked true>>/Metadata " + str(meta_n).encode()
                 + b" 0 R/ViewerPreferences " + str(vp).encode() + b" 0 R>>")
    objs[pages_n] = b"<</Type/Pages/Count " + str(npages).encode() + b"/Kids[ " + kids + b"] >>"
    fonts_res = b"/Font<<" + b"".join(b"/" + F[k].tag.encode() + b" " + str(font_nums[k][0]).encode() + b" 0 R"
                                       for k in ("R", "B", "I")) + b">>"
    for idx, p in enumerate(D.pages):
        objs[page_nums[idx]] = (b"<</Type/Page/Parent " + str(pages_n).encode() + b" 0 R/Resources<<" + fonts_res
                                + b"/ExtGState<</GS7 " + str(gs7).encode() + b" 0 R/GS8 " + str(gs8).encode()
                                + b" 0 R>>/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>/MediaBox[ 0 0 595.32 841.92] /Contents "
                                + str(cont_nums[idx]).encode() + b" 0 R/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S/StructParents "
                                + str(idx).encode() + b">>")
        raw = b"q\r\n0 0 595.32 841.92 re\r\nW* n\r\n" + b"".join(p.ops) + b"Q\r\n"
        z = zlib.compress(raw, 6)
        objs[cont_nums[idx]] = (b"<</Filter/FlateDecode/Length " + str(len(z)).encode() + b">>\r\nstream\r\n"
                                + z + b"\r\nendstream")
    for key in ("R", "B", "I"):
        f = F[key]
        codes = sorted(f.code(ch) for ch in f.used)
        first, last = 32, max(codes)
        wl = []
        for c in range(first, last + 1):
            ch = next((k for k, v in WINANSI.items() if v == c), chr(c))
            wl.append(str(f.w[ord(ch)] if ch in f.used else 0).encode())
        fn, dn = font_nums[key]
        objs[fn] = (b"<</Type/Font/Subtype/TrueType/Name/" + f.tag.encode() + b"/BaseFont/" + f.base.encode()
                    + b"/Encoding/WinAnsiEncoding/FontDescriptor " + str(dn).encode() + b" 0 R/FirstChar "
                    + str(first).encode() + b"/LastChar " + str(last).encode() + b"/Widths "
                    + str(widths_nums[key]).encode() + b" 0 R>>")
        objs[dn] = (b"<</Type/FontDescriptor/FontName/" + f.base.encode() + f.desc.encode() + b"/FontFile2 "
                    + str(file_nums[key]).encode() + b" 0 R>>")
        objs[widths_nums[key]] = b"[ " + b" ".join(wl) + b"] "
        data = base64.b64decode(f.data["b64"])
        objs[file_nums[key]] = (b"<</Filter/FlateDecode/Length " + str(len(data)).encode() + b"/Length1 "
                                + str(f.data["len1"]).encode() + b">>\r\nstream\r\n" + data + b"\r\nendstream")
    objs[gs7] = b"<</Type/ExtGState/BM/Normal/ca 1>>"
    objs[gs8] = b"<</Type/ExtGState/BM/Normal/CA 1>>"
    creator = "Microsoft\u00ae Word for Microsoft 365"
    cdate = meta["created"]
    pdfdate = "D:" + re.sub(r"[-:T]", "", cdate[:19]) + cdate[19:22] + "'" + cdate[23:25] + "'"
    objs[info] = (b"<</Title" + utf16(meta["title"]) + b"/Author(" + meta["author"].encode() + b") /Creator"
                  + utf16(creator) + b"/CreationDate(" + pdfdate.encode() + b") /ModDate(" + pdfdate.encode()
                  + b") /Producer" + utf16(creator) + b">>")
    objs[tree] = (b"<</Type/StructTreeRoot/RoleMap " + str(rolemap).encode() + b" 0 R/ParentTree "
                  + str(parent_tree).encode() + b" 0 R/K[ " + str(doc_elem).encode() + b" 0 R] /ParentTreeNextKey "
                  + str(npages).encode() + b">>")
    objs[rolemap] = (b"<</Footnote/Note/Endnote/Note/Textbox/Sect/Header/Sect/Footer/Sect/InlineShape/Sect"
                     b"/Annotations/Sect/Artifact/Sect/Workbook/Document/Worksheet/Part/Macrosheet/Part"
                     b"/Chartsheet/Part/Dialogsheet/Part/Slide/Part/Chart/Sect/Diagram/Figure/Title/H1>>")
    nums = []
    for idx, p in enumerate(D.pages):
        arr = parent_arrays[p.n]
        nums.append(str(idx).encode() + b" [ " + b" ".join(str(arr[m]).encode() + b" 0 R" for m in sorted(arr)) + b"]")
    objs[parent_tree] = b"<</Nums[ " + b" ".join(nums) + b"] >>"
    uid = hashlib.md5(open(SRC, "rb").read()).hexdigest()
    docid = "%s-%s-%s-%s-%s" % (uid[:8], uid[8:12], uid[12:16], uid[16:20], uid[20:32])
    xmp = ("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\" x:xmptk=\"3.1-701\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\"  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
           "<pdf:Producer>%s</pdf:Producer></rdf:Description>\n"
           "<rdf:Description rdf:about=\"\"  xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n"
           "<rdf:Description rdf:about=\"\"  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
           "<xmp:CreatorTool>%s</xmp:CreatorTool><xmp:CreateDate>%s</xmp:CreateDate><xmp:ModifyDate>%s</xmp:ModifyDate></rdf:Description>\n"
           "<rdf:Description rdf:about=\"\"  xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n"
           "<xmpMM:DocumentID>uuid:%s</xmpMM:DocumentID><xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID></rdf:Description>\n"
           "</rdf:RDF></x:xmpmeta>\n" % (creator, meta["title"], meta["author"], creator, cdate, cdate,
                                          docid.upper(), docid.upper()))
    xmp += ("                                                                                                    \n" * 20)
    xmp += "<?xpacket end=\"w\"?>"
    xb = xmp.encode("utf-8")
    objs[meta_n] = (b"<</Type/Metadata/Subtype/XML/Length " + str(len(xb)).encode() + b">>\r\nstream\r\n" + xb
                    + b"\r\nendstream")
    objs[vp] = b"<</DisplayDocTitle true>>"

    # object stream with the structure elements
    order = sorted(compressed)
    head, body = [], b""
    for n in order:
        head.append("%d %d" % (n, len(body)))
        body += compressed[n] + b"\r\n"
    head_b = " ".join(head).encode() + b" "
    raw = head_b + body
    z = zlib.compress(raw, 6)
    objs[objstm] = (b"<</Type/ObjStm/N " + str(len(order)).encode() + b"/First " + str(len(head_b)).encode()
                    + b"/Filter/FlateDecode/Length " + str(len(z)).encode() + b">>\r\nstream\r\n" + z + b"\r\nendstream")

    idhex = hashlib.md5(("slr-vital-stats" + uid).encode()).hexdigest().upper()
    idarr = b"[<" + idhex.encode() + b"><" + idhex.encode() + b">]"
    out = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offsets = {}
    for n in range(1, size):
        if n in objs:
            offsets[n] = len(out)
            out += str(n).encode() + b" 0 obj\r\n" + objs[n] + b"\r\nendobj\r\n"
        elif n == xrefstm:
            continue
    # the XRef stream for the hybrid section
    offsets[xrefstm] = len(out)
    rows = b""
    for n in range(0, size):
        if n == 0:
            rows += bytes([0]) + (0).to_bytes(4, "big") + (65535).to_bytes(2, "big")
        elif n in compressed:
            rows += bytes([2]) + objstm.to_bytes(4, "big") + order.index(n).to_bytes(2, "big")
        else:
            rows += bytes([1]) + offsets[n].to_bytes(4, "big") + (0).to_bytes(2, "big")
    z = zlib.compress(rows, 6)
    out += (str(xrefstm).encode() + b" 0 obj\r\n<</Type/XRef/Size " + str(size).encode() + b"/Root "
            + str(cat).encode() + b" 0 R/Info " + str(info).encode() + b" 0 R/ID" + idarr
            + b" /Filter/FlateDecode/Length " + str(len(z)).encode() + b"/W[ 1 4 2] /Index[ 0 "
            + str(size).encode() + b"] >>\r\nstream\r\n" + z + b"\r\nendstream\r\nendobj\r\n")
    # classic table: compressed objects appear as free entries linked together
    free = sorted(compressed)
    xref_at = len(out)
    out += b"xref\r\n0 " + str(size).encode() + b"\r\n"
    chain = [0] + free
    nextfree = {chain[k]: (chain[k + 1] if k + 1 < len(chain) else 0) for k in range(len(chain))}
    for n in range(size):
        if n == 0 or n in compressed:
            out += b"%010d 65535 f\r\n" % nextfree[n]
        else:
            out += b"%010d 00000 n\r\n" % offsets[n]
    trailer = (b"<</Size " + str(size).encode() + b"/Root " + str(cat).encode() + b" 0 R/Info " + str(info).encode()
               + b" 0 R/ID" + idarr + b" >>")
    out += b"trailer\r\n" + trailer + b"\r\nstartxref\r\n" + str(xref_at).encode() + b"\r\n%%EOF\r\n"
    second = len(out)
    out += (b"xref\r\n0 0\r\ntrailer\r\n<</Size " + str(size).encode() + b"/Root " + str(cat).encode() + b" 0 R/Info "
            + str(info).encode() + b" 0 R/ID" + idarr + b" /Prev " + str(xref_at).encode() + b"/XRefStm "
            + str(offsets[xrefstm]).encode() + b">>\r\nstartxref\r\n" + str(second).encode() + b"\r\n%%EOF")
    return bytes(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks, notes = parse(SRC)
    fonts = load_fonts()
    first = build(meta, blocks, notes, load_fonts())
    D = build(meta, blocks, notes, fonts, {p.n: p.notes for p in first.pages})
    data = serialise(D, meta)
    with open(out, "wb") as f:
        f.write(data)



# Embedded TrueType subsets (Liberation Sans, metric-compatible with Arial) as Word embeds them:
# FlateDecode-compressed font programs (base64 here), their uncompressed length and the advance
# widths (1/1000 em) of the characters they hold.
FONTDATA = {
    'R': {"len1": 27960, "widths": {32: 278, 33: 278, 34: 355, 35: 556, 36: 556, 37: 889, 38: 667, 39: 191, 40: 333, 41: 333, 42: 389, 43: 584, 44: 278, 45: 333, 46: 278, 47: 278, 48: 556, 49: 556, 50: 556, 51: 556, 52: 556, 53: 556, 54: 556, 55: 556, 56: 556, 57: 556, 58: 278, 59: 278, 60: 584, 61: 584, 62: 584, 63: 556, 64: 1015, 65: 667, 66: 667, 67: 722, 68: 722, 69: 667, 70: 611, 71: 778, 72: 722, 73: 278, 74: 500, 75: 667, 76: 556, 77: 833, 78: 722, 79: 778, 80: 667, 81: 778, 82: 722, 83: 667, 84: 611, 85: 722, 86: 667, 87: 944, 88: 667, 89: 667, 90: 611, 91: 278, 92: 278, 93: 278, 94: 469, 95: 556, 96: 333, 97: 556, 98: 556, 99: 500, 100: 556, 101: 556, 102: 278, 103: 556, 104: 556, 105: 222, 106: 222, 107: 500, 108: 222, 109: 833, 110: 556, 111: 556, 112: 556, 113: 556, 114: 333, 115: 500, 116: 278, 117: 556, 118: 500, 119: 722, 120: 500, 121: 500, 122: 500, 123: 334, 124: 260, 125: 334, 126: 584, 8216: 222, 8217: 222, 8220: 333, 8221: 333, 8211: 556, 8212: 1000, 8226: 350, 169: 737, 160: 278},
        "b64": (
            "eNq1vQl8VEXyON71jpn35sjck0kmMJNMEggTkpBJgACS4YpBQAIEyBAhCSSQIJCQBAQPEg6RQwQVRQQBFRHwYEAEPImKByss"
            "eK/rKlFxv7tesH7RVSEvv+p+MyFBdPf3+/z/E3peH9XV1dXV1VXdPQ8ChBAjaSY8KRo7ITOb7Hr7EOb8DUP5jLkVdUPjhl4k"
            "BAZh+oYZCxu91/111K+YfoAQbtXMullzl1QcshAieAnRHpw1Z/HMAv+dWwjRv0/I9eHqqopKPVm7n5ApK7B+32rMMG7k/47p"
            "FzGdXD23cdGhoymjMN2KOHfOqZ1RQUy9s7AphIfdcysW1fF/4c8SMi0d4b3zKuZWfZJd347p0djGqrrahsb2FnI/ITXv0/K6"
            "+qq6tqevHYnpC4TwwwgvPAobiEiI+KAYQIxu9cm/Q2ZyVknk9BqBox+hlejai8gixEwSMZA+QyYMI0Hibb8kvqeMg4B2MBwo"
            "J3D0zL+xrwPEpbQ1QmkC5BvloIEIpAifZvzj8bmE7CB7vHZvnLebN6m9ncHTHJvX5U2gOe2ft7e0H2kd2zq69brWAoajy0c8"
            "IZ4gt2FLDrKYfXf5CAOIndxESPu3NHX5W5lM/j/9SOrjIHmJ7EP6O39WYR8JebJL3lHyGnmCxbaQdX+A9jmyNxLbSDaTO34X"
            "bjZZjnh2YvuXP+WYu5g8gC0fIY/jACRBAFu9MVL6CTl+dVTwORwn95DdCHkPOYzfKKXcLdwP5B5uPJnHfcQvJcvIauzjdqgh"
            "6xG+nOyEUjINc9XPNFJFaq9AuoZsII+Rm3H2XB63pe3/S4yXnkHKVyOe+0kNmY8jabrUvf0HkiP8nRiV98lR3oO0P02eZVWW"
            "RutqC/nZ3CGOa7sXE3eTWRgq4GOkcx0/hPz/+NEsFaqJXXibylD7e0oT0v4JjtDzyI1TwWtLp4RKJhZPGD+uaOz1Y0aPum5k"
            "4bUFI4YPGzokmD/4mkEDB+T179c3t09WZkbv9J49UlOSfUmJHpfdYjbFGPU6WdJqRIHngKR7w1A+IsyneC0FFb4RvorC3une"
            "Ea7q4b3TR/gKysPeCm8YH0Kqr7CQZfkqwt5ybzgVHxWdssvDQYSceQVkUIUMdkCC2TuIDKJN+Lzhk8N93iMwZVwJxtcN94W8"
            "4e9YfAyLC6ksYcREYiLWYFRRar0jwgULq9eMKEcaYb9eN8w3rErXO53s1+kxqsdYuKevbj/0HAwswvUcMWA/RyQjbRZ7OqKi"
            "Mlw0rmTEcHdiYqh3+shwjG84KyLDGMqwZlhYy1B6ayjpZK13f3rLmjuPmMn0cr+h0ldZcUNJmK/Aumv4EWvW3BG2+MNpvuHh"
            "tJvPurDnVeF03/ARYT/FOmp8RzujLjcJYTHF7POu+ZFgd3zffds1pyKSo0kx/0hoNMwNC8P4kkT6cRcgr9esKfB5C9aUr6k4"
            "0t483ec1+9bsNxjW1I1AdpOiEkRxpP35te5wwZ2hsLm8GgaEIl0vGD8qbBtXWhLmUgq81RWYg//yfYn93YmWDpii3ysmyBZk"
            "DnI4MZGyYe2RIJmOiXDzuBI17SXT3QdIMNMfCnPltKQlWuKYSEuaoyUd1ct9OLajJpSsCQspIyt9I5DjayvCzdNRumbTgfGZ"
            "wzE/uRN9a6wWb15miMF6kaqRlTXesJiKTMJanSug3NAqa8wsEfOT+vjOjQ2kWqzePB+ioXhG+EaUR/4trHYhAi8yutCvCkJx"
            "STg4HCPBisiIjdiflYk1KspxwGqGs8EMZ/rqwnbf0I7RpWSNqJlQwqpEqoXtw8K4YkdqhTNHsHnlHbGmfLhKAsXlG1fyHAm0"
            "t+7P8bqfCZAcEhpOgZ3DUMpSR6wpqZwZ9pS7K3HezfSWuBPDwRCOcMhXUhWiYoccSmt1M+EIMVkpLhk1wTdq3JSS/hFC1AKK"
            "TkgZcQUaX4lbRYMCGJZSJG8J5+ZDCGjGDG8BRnxDB+F3WJsiYTAjw1kuFdyhg7wl4CZRaCQjnOYdUTU8AkfTXZCKVJyGFUax"
            "aWgS8QwrdCeGEtVP73QOi72RhrGGRJlaGC1CNYUFEsrnsEKWRXnpokLvLfFV+UK+am84WFRC+0bZw7gcYQbjeWSsirukOjEL"
            "2UQSsTiaoMwMF/jdnZkbvpalO5KFVxSPjBZ710i+URPWUOS+CEKClI8MEyrCwf4WN9MFdEL7UPd6zTil2YResz8YpJO5egBF"
            "4htZucY3oWQQg0Z9cpv7ZtqWlYyCUcVDe6ejahu63werxu0PwqoJU0qeM6NVs6q45AAH3LDyoaH9yVhW8hyagkGWy9FcmkkT"
            "XpqgmMZjQmLw7ueChDSzUoFlsPSMI0BYnhTNAzLjCKfmmdWGUllDQcJhiaCWBKPQAuZJal4zy2Of/YSyLKgTg1JQDho4I+fe"
            "DzTrAOY8j9aXDOQZAxjBvR9rjWfZR6B5vxx0qxDNCBFUKVw18XLTE6eUPGMgWI19Y0ND6QfFxVWNg43LyghvJRWUW0PVa8pD"
            "dLIRJw4N/oMw+AbjMPkGIyEaQ1jnqxoa1vuG0vx8mp+v5mtovhZFFJyA1Ztx7IvCQCWgtCQRp6Q3/rh7jfk7OlIhVCprzF/1"
            "RuJOoiWSjXYjT7TEEzRyGpHX8LIk8gJm5Z/MPGmxQl6eJWAJ9MmyJVoSbZZEy0mh6uKW0fxJcemvTWLuxVjhn9Q44NBaI9Ck"
            "4oKzwXZeq+UEQZa8ACaAGB7EoCBuLRU4/h4ZVshQL8N0GYplGC5DtgxJMthlEGT4QYYvZHhfhmMyHJBhpwwbo/CVUfgcGZKj"
            "8LMuyPCcDHtk2CzDahkWyzBShmtk6C2DRwaTDO0ynJPhExneluEFGZ6Q4SEZ1slwmwy1MpTJMEqGgTL4ZXDLoJehTYbvZPhU"
            "hpNR+C0yrGXwN8pQKsMYhj9NhjgG3++iDN90rbBZDpZGiKlhVdQmkKRuMlBglZqjMuyTYbsMtzDUHUQg0dwpVoxl62VokqEc"
            "5SraIe20qdFP2fxOn7L6rp/LYJHP/Cs+/x0syc/0k3iX+c9lCEQFwhJgAgE+PsDnBhwwa6Pr2Buvwjr+wq9Nx49TWZjMv8E1"
            "R+TKFzTznFbDaVCuvDhLNRyKVuDk1OxOskVR0cDNvst+RFm8znGEfwNeUEbAC6psyejL1IiLiZt4yLPBagFInOAStd09TiFW"
            "I3VLcAh2WR9jsgo2XaxLI9ptsk5nc4lCvMHQzRMvJHr1klYwGLt3iwGjJ8FEzJY4p8NqMRvhtBHGWtZbtlv4fMtYC2e0GC2i"
            "K9Zu43WyRiSZgUAgH4M1DxfpqfOnzseuBwLmk9n46Ry1QmyexRrLesP+rJF0JGAP+URHIu+z0eDLDWBItAV4GgKYn2jjm68H"
            "QfmqZN4k5b7iecXHP7/+ElhD80rgxpJ5Je+1BYtg9vX8AmX9HKUaHqBhDsyfo8aU6jnKepiPDitxttcL48VvSTJ6nQHyYfBO"
            "nuttsMbHp6X5fMmmPn202mSnI8XjcSQbODEnNy7blN0QOpUGD6WBuCoNFmn/ouXejP8onjsUD3fEPx7PfdQHdvWBm/pAb0Of"
            "eG2aJ0UitznXObl4Jzit5qAtttAcNJlA5k1BvbnQ1EtDNA0hX9JGfifP1fHNPCfyDn4iX8UL6O5mZqNcZZ/0W0jAlelHaYo/"
            "6Q8Epk5FBnXI89SptFhlaOBqf32yUpL5ft0h1pLB5+b07YcCiAltBvSwdOcddo3W4YMcmhoMYKdgAqdRJhXsjdt+1/47JqR8"
            "furWF070etp+84JnNpVk/PDZrbAjZ/pd6za13ZA9o1a5ZLfCxJSbFslwPr2gtHrkln3y8uXyph2J02r0yrBeBSWLxj32lv4R"
            "zjWkuF+Kki43chcGju+fAI/FMKeOjGy/oHlfXEf0xISy2gPHYHIwN4EkaWJMBmNPW0ZcnM1oQh7l5jj7HAqZnUdKzX58CjG8"
            "0Sp7DoV4+Ugpn4JPG8n3+/3ElZ9Pn79hB8qTXeNLSkUGBLKd4INASrbTEc2CnFRfksZhdwayu8Q17z+ybev2zbt2PnBx4Bb+"
            "wYcuntn+4PZt27Y/KE4dU1o6bmxpyfiL50dPmVZUdMPkcXDgo//5/NOzZ75qqxOXGlo/+/jrf3xy5syllGce3nboicce594I"
            "P7L9mace202o3BW2fyv2FVcTH8kkeWRBsCBH6mVMtsW7E922bi4uy5merTNKxgEDndk9RHOPcaF0nbkfl9XNJcTHixvM0GIG"
            "kznfzMm8Wew3LiQ6iacoRJzIBGQBhkyqeuZb8zLpdMrLQ4YQVB2dudInS0zqEQOUAeaUDFAZQ8XBGdu3Xyw+Atn9HJooN2IH"
            "c3xqjwhbhD37F49qqfnoW5icmHV496bnDn9Re2j+gLvz7yuvuzajvzKrclJ55ZDlt+Rf98bib7esvPYuQ9OQglNHwLlp8N6C"
            "+x97YMXCI1NOntp1wf/L36ab73AKiwtLZ5XWL8u9fsqlR74+U3l88bp+dAeoGlWal+nEuKCe5ziBaUOqDE9GtGpED+oi6g9L"
            "m5QSbpt4gsSQpKBZS/Q6XtDh0mwy69w4n/LzO7EAF2iztV9Aw1nM1lhfKmdpevbFp1/Y99RLT790kLNDIpx4+7SSrnytfKNk"
            "vHcCToIH8RsQv/8yfl7Q64igo/gJ774SP5g5ra8vak2uR8BptXB+bODFp/e9QBswK2eUnLffhXcgFv/efeeEElA+ZxsqJJE7"
            "wLVhv2PIhGC2gfAaWdSJgl6AeKGXwGklpwQi2uScIOlijEZOp+NM5jMiEPG8yIkxyJ4T6qpDRx4JyUNdYQnQYGF6NSVWjNXq"
            "oUe/lH4iMu8tkHorf3/upvu33vSS8o/eoDesEqbMWjHy10Lg2knhzyNX3ghpjK5KclC4VtiGc3VYMBUXGA3PGw17OOBNXBnH"
            "GTQcEUThqZD8oRb6ae/QclrxGVy3pk4NUAUVQIEs67IYWnyWxNxEpCrRwW2/VymB3ffCbq5cKYYn74EnleJ7aJtHlF9hKfkE"
            "17OkoEUQiSRKOj0Rd5dKZAuGTDbVo4tiChVfX99cXy4sTe15y7SST3bPvmvIqiWfqHwthdPcWK4O5ckTtODQIcteCG2HU8Bl"
            "AgDB5UpFhoKRm+gohQtwescOrIdLKixBGngSG9ShFCEZsKUUtbM/KoUB1KkvvPZJpB3S/i2XhzLCE9thTiS49hIbFQ1gRDog"
            "ALBlm1JjF1t/9dK1uqj9W8En3o98jSU9g3arxkA0xBUnmxpCspZ3NIT4uMi87mwAmDlfEhXdxGwrH40Hsq2C75f//d8L3wH5"
            "5bvD6x7Zdfe9O7Zv5F5Rtit3Qj3MgBthtnKPshn6gFX5QXlbeV/5GhKQ5q3YLRPKnI74g3ZB4ji9QRQEXqORgEBjiLiQAroK"
            "4dqeGYiMIu13okXMTaFDuBVmKa/CmF0webMw6Mu9X110baa8mIV4Ddi37mRw0JtAYkySo5vDRASPV0qIsVr1DSGrFkgCSYi2"
            "gXrKxZqy5nWZS4HcwWIuU0baHoOBqaoY0OK/RMeswL2PbG8eu2pxw33GI/Z/v/rBV6M2vtOwqjt3pmnBM3ffeuuqSY3Nt823"
            "7Hnr+HPjH3lk77RNBZvZOF2PfI9D2nqSGcE8rcad4EgyEJKUYk7QaNJ6pVjMFnNjyOKyLRuDXzDGZAGzaLHwbo/H1RDyaHm5"
            "IaSlQxNQx4aSzPQuW3/IldpWXX969HMmZvfFjvghN8AinXuEa3F3EOJ+/vuH7a7nk8G0asv+x2dO3/jo7ctvutfwLHbt/W82"
            "bdgWhttf+/CVlyy/rlzRsHTr0vr5y2+ujXnq1dfDd+zpLlgOMPsvE/nej42nlfQNxltEK8eh2gCbnQgWoSEkWSyg12gAeZ6P"
            "dGcGIkZEnjo9L09QKrQOQD6jU5LIz9/bVs3d/tIbygYux6hs6muGHyBfeQXy7+QPXRp9F3+TZpqt7dvr7Iy/45G/3ZCGBDIt"
            "mGu1oZFoJzatxmVDLjttGqFb93gU8fh43m6PbQzZNZShs7Tg1EKDdjmqD8ZbNHEioo+CkdllYWfazUpVmp2orL3MUbQb0Uqk"
            "S5rQTfn3N6//4D2U9+3dOx+7c+SS/HAmn9i23L3g6dP/hrfPtJMnH3W8s2/z7Tsz+nE/bVaGTLmA/KuOyIaTJJGioL+bRWPQ"
            "xxKi1/C+ZEu8PX5ByG7nZTmmIWQyrDdwOtGAU9V7eapSdddBcxfzjImCOl9JwGvTptIoG39tJ8tDiPvhg+8vgQbZO+HJ3Gce"
            "3NPnQMNrXx2+f+WSLQ8vWbYRTp5RFJgO42EerFI+9zypfK6cLy278OHmXfcuffT0Psb/Gjb3lqJe6RW0S4IoElkmBiORdXJj"
            "SKcR6NhfHnbKzWykTcc5fGYroGoWDH85EHrxKzC06flHhXPKIWWNsvE1iOEmwu2bUbuFkEfxyKM4tJ4zycRghl/jMcbbUlDd"
            "OWWjRpPVxykn9UzquSBkSgKbJimJN5sTFoTMWr73gs46jUSmzdVslA6rrV9uZxsFpwmfkxhllk1lnBlnlhD/8z++aN92S8Pt"
            "/3r79L9WNt5x/2fKr023r76t6Xbf1nWrH4S0ezfA6tf++uHra160C+6Dix9+69jjiw/GCs7nOOO5RTctblrQdmn57etvUz5d"
            "R+dROfbRin2MxT4WBzO6W1F+UXw1Vj4l1ZBoSsTxN3lMXAxvMvEOh7sh5GB6IVYLEfG9so8dstBhI3TIrtVGzTGO9dLaSRgG"
            "g2BV/v3jY2/6n+x7ZMteoeerjS+f/fnTb344tnX5svvvb75+5RjuU+U+5ea1W9xh8IJ+ylwQPvq0Tdm5b++p/ZsefObaZUwn"
            "sHVMGMB8zB5BG6/VCkSQJbbJgCtAKZjYkGR2XmZsuLLxbHV77TX+xlOnLt136hTFxdZlxCUTI8kIxhkJkXSSyMeY9LqtpXqT"
            "ukJvVVfoyMoV+5tV2kJ9YXWlfu3UVrZUn+K2YgNAqsiDQqGwFxfCQcEevAYJ1UpivqZJs17Da/gsro5r5ujph0nIF2qF7cIp"
            "ND1IXObUAPWTVVc5li3k4JDBUcV/eWkXP4UbeBIeeRDXv7s30z5UQolwLf8t40d+sKeWJ4IgydSEMYkecaxYJp4SRR0vQhDI"
            "U6EiOA2cSTUUpna49/6OhhIdgKESW+rGf8mXbNyokI0b2Tzs0he0knjsC58l1AnNAi9APmki65EGjWji8rlabjt3ihO5q/Sl"
            "X64MubQvU7AvXz64GWph3oPKtJNsbItxrvdg62wSGR9MT/S64iTZSojsjRN8ydYEk5wvo5TKXo93a6nH4AIj70pIcJSFEgR1"
            "Zce+4MgTl/kNjFl+Ow1jUP/jKuAbrI2uWX2TA9kCrmIOoUf6+KlFhQWwj+sx+PqiMYNSttx5586YI/EgfHgGSNv61wRp1MLK"
            "4QNzGoaPqC7Kz8srKBlYv+LOmw1vvP/exWuOH0f6H1a+0s5DmymfXE+WBAvc2rT+15q0wWBsrCuRkD4uU39xbJHQ7YOQIBgM"
            "130Ysg37MBRrMxk8Bk7PG2wGW86gQSkfhgYRLgusQlZOTu8PQzkkM9ozdQriHKST0BLwRzzqq3jNTDszndPPp3pHOVacj7GB"
            "fgEepyOdjbk5XLIvSeAcdqsQyE5GZ0nwJSVzuWYrScxGbUH5EwOqaurXVzuv4WTTjDm8Zuhr8x96auk/1n0yXtNja2PKuKI7"
            "rn9Q+ezVH5Q7338I0t64G3rt6He38tTT/1I2Hf0Fngfrv2Dac22PrJhX9dCUshm3ne4Zy/3v88p7O0tKCm655cSzOyF+16Ed"
            "imZnaNqaH+59Bhz3fajM/fUV5eNtoybXTS49ChV/Bxf8ibQ/qxz6YuZtTZ8vX7Tq3YduQF4L6HiPx3VBS8ykNNjXiF4Nx2tE"
            "CQVTkLS81WLgykIGA9vUtIatUGSF81ZoscIGK5RbIcsKmVaI7nmR/Oz8QF4HK+kmD/qbVmpFJ/KJPDraMmg1Woym9hDWP9y2"
            "5JE3uPyPub5tpXJcn4Oc6dmEBNiqVNK9UeFfCROWKX3gnRGTmY+MnrLwNdJpxFW4O6kODtDbJJvbLcRIuBJLAu/x6m3xtviy"
            "kC3Zxo0x2YAfbAMBn2bRZsPlzloWwi64y0KC9cq1pmxq2fyrWGkRa0LwJVoSvRZUU92BOsCYootMGtCn8LXy/YW2YxyB83c2"
            "7z6kfL91o3IUhmzeNE55RNkKDft2wLoX3xGXKntv29vN/hz8Wj9dGdrQ1v6LIixT/QO0LcTFbN2cFszjzbFOSZadZj7ebYrF"
            "aRkba7MR7JNAJLMUlIqkDdIO6bTUKkkGHoNBg2Nj87phasQip925HOvqfyYR1cjokFAqoHTrh3d9rVwC0/9Az/u2TlZeP/2B"
            "cvxRmANDP4eMa5/t87Hwq/Ke8qvSprwOKdcfenk/jPwcxsGS8FODblmm7i/i2IhVODYyujbpwViTqCMisTs0MWUhDS+akPNW"
            "r4PReKXfYudU9hLeTFSOWsWqvcpbJ9r+Be/CTLi9hdoyyr9gwJZvlnCn/qo89zQyc7PyLGjAdnH/KmA8pLKhMNumOJgtol2j"
            "47Vo7RhFqSy0XoTnRVgsrhY5kwgSj4YPgFAWAp7IZSFi9Ro7ERYRiKmq8xddo6hHkxgJu4Xel+7hsy/9md8kLt2qDHpQcWzt"
            "oOFuxoO+wW4gihqJ0/A6PWsKRK0WR1HLIx/0tLnfWrDUwqYtoJXtgFm89dL3R/l/Cl+1XdjW9jo2pMrKLJSVHUyvTw8O1GqM"
            "xOZyaRzUf3Ki8iZOcPFOp5t3m8tCbhuvKwtlaYNaboO2Fe1nLS80e6HcC14vna5ojVAX90qbq8t+SFQ+fKrkoP7KpT66Kj6z"
            "oA7GfA3JYw8Neu+hC2h/Wn9Yc+46pZSbWKe88PKnSsse7k2YDIu2Pd130TzlY+WC8qPydnGhskOJr78tDKMiPBO9bNzqg7Fa"
            "nhckNKoFvcGoRZ1TpIVWNJyOtH8ezLCNXKxdreVMWpC0WpmpIhy3FiOEjbDDCM1GqDNCuRGKjEDHM7oHH1FHOKD+qDt/WbPj"
            "aCK3cWwxCBVtmqNHuV+PcuvaGsSlbU9yxb82qTx/Cb9uZftOdwYrmL+PkmMNipAlgldE7QJEhLzzIoRF2CFCnQjlIhShmcAK"
            "ML8lWqRmmqP5+0TY0BUe0V15fND1fEHdUlI3GZDql45SRYk0etu/5auRRjMpCPbiOTkmRs/xFqtBj9oBbYmyUJAHnic2L1PZ"
            "qMGDVvCqWpvyKHPqlVaZ6KV7xNSBYrsydg0cVx4c9oJ1SVn1IpyMJz+zQ72ncdn6NfyIrZd8J7+JjGU+G8ucoJvoJZmOp17W"
            "4RJt1GmBw9VERJsKlW8AfczYK22KRNCy0aArhDC+7eQRHI7HP2/bzeHfnW1ncUwGc6+2bb30ZXSuZWJbIvEEY+iYaLQ4KDyd"
            "zupUjgy1yiactEe5t8SlF91b1boaDuvGw/jgOReJNxtj4mMS3LzOpTOh7WfnY6wbEmBFAtQlQGUCDE+AnATwJoA9AS4kwOkE"
            "OJYAOxlAYwKUJ0AxAzAngJAAs86y4oMJsJEVF7H6yawMK7/PilZ0wqsiVTGuZVVUdAjfD3G93QmXikgfRfRCFNGoKKKLCXA2"
            "iqs5Abg61n4wAfIZ/SSh4+Cr7A9E7CoFXQ63Lp9qxdKjHUunbQI2p3L64Vj4IBM8dMcgAN0hdjD0g4BFnCT36aFsXKms75/I"
            "C3svwk32FI2Eo133I//k1g3PVF0K8i1759W+dKlYXHopc+Ad3Xs+6uDfYfId1RNG9L4ziU5n1AqCaBRNMXrQ8BJBrWqCFhOE"
            "TbDDBM0mqDNBuQmKTID5nZQBO4y6UgtECU3NpXpgQFuMKO79jPvV8KQQrnj8UgmKTeGxEn4r0sGRCtS/H6H+jSHxJCsY75BM"
            "RCLuBD3aFnpBcKFtYWtmzJ76e2tdx7pr1VJXT9WrRPxoj3Lso4+V13dBPVz3EQx6/DXll/M/KD+D/rsLIHJvfqocPBCGMZ+h"
            "i3/bE8rzn4EW0pW/oEb9t3IcekfXYGYf6YgFPQuvCVcgPToZVpsJVyCTCVegmMgKZAP8R/nReRXKu2wnMIsH16FsQWuma7IX"
            "jZyLrcr0o9y470BoUY4ot8NyCPIfv/Vt2yfi0s9OgKXtfUZDhXIb448L/eP8YLLHGoemGU4oMSXVkVAWcggxSWUhPsamR5Wk"
            "b04FbyrlVCbbIrlSBaErLFIV1M/BdspSf4dxyvvKj2m3z+w3aOrETa8NfkP5fNPvsFD5UGn2LakzrnQ+8ZbuWRj2wR/zUqyO"
            "2JqTg5lgMNhkG6qzGHRwjbLAx7oMnA2XKLTNooYlsTa7oM4FXpe6umbnX33DJ7JTRQUvwmTqAAMfNSyFO9EjHXmU2/Q98Icf"
            "hg0/P/6QMhBObnqMG9l2WFz6wcsPfZjQ9jD/7S1L235eR3Xh1PZvhZ+R573JXUGPgXRL8Dk1ouhMQA2ZYTDbnIUjDSFDjYE3"
            "GcB3pP18MA+zCnyTfDN9vNEHBsHg4+PivGWh2m4Q6gajuqEi7Qay2C1O4NE+KtfAeA0M1+A8s13ef1O376dGNmnK2Po61f8b"
            "L1FI7FhGcjK4HvTAMTkx26maFOg+oW7oLgo/K6eUb9raxj/nPf3Mc8fz67eVP/5UJbq2wJ1XAi96nn5wz4ERy14dsnThrNF+"
            "utcJM1Oabmq6ZcSk/qnOlOtKbx777LF79yfWVdXVDpk40G/y+AcU1yNfMnA+HKR+DWQFP8blh9PyskTPJOhwgfWW6KWCZBku"
            "Ru82qBcVmmTgymQYK0MWuy8w64wMp2QIs7sEagHmnpdBzVevINSxIvWOwTlWtD16PyKfZRIZ+mHBaRk2yNDMyopkyGQFpxmW"
            "DaxpNR8ReWUws9sXrewqww4GoN5jyGelXa8yTJ3/HxX6/M4FZZfLLu/8xeZ1OoxxcKdfVhKElcJXF93CV1sjNug21IFpyFcb"
            "GRlMN5q1ghklOAaXdjQ30cJwQIsDwg7Y4YBmB9Q5oNwBRQ6g5v9lRcxkqJNqFJOSmfplTjKLaATuk6cU5a6jx557+b2X71b+"
            "bV9yfhe/9NL6V9469SZfeenuJ35ertIj41wdg/RIZHAwVSuhccVznCjxOtmrK9JxWbpy3QZdi+68TszUgZbjRVBNEKRnfvTO"
            "gboSoHcKsbhU8TFvtL1yHFYWF8OK47gWeX/5hW+NtqVdiW3FwaVguytOovs/dq0FJDNYzOgta0HPa406WTYK9jjRHb/WDe6W"
            "W5sK89zQyw1xbtC54Rc3fO2Gj93wJzccccNq92b3Hje/yA01bhjgvs49xc2nuSHeDQY3VLe54Vs3fOqGE254yQ1PuGGrGxDr"
            "rW640Q03uGGUGwa5we+GBDfo3XDJDd+44W9ueNsNL0bhyTo3NLlhrhvK3DDGDZnufDfXzQ0mNyD+cwz/KYZ/nxsecsN6Cnub"
            "mytl0APd0Bu74QajG/pfdMN3bvjEDSfdwVp4wQ1PuWGLG7CBW1gDo9ylbi6PERTHCPqFEfQpI0jtwEOsA7exDkxlHbjGDbSC"
            "x43Tzt3k3u4+6j7jbndriBskl1mQebvRCBIdNRwnep0EprGbO2W/dxnnahdyOi75XB28KzwF8HdIB+o3KiP0zDQwVZUUPrVH"
            "DNDtDJsztq/VRh/9BgMExP85e8GVEZ/cflapeLOtd6or/6fDP/b3yu4kkN7km4o/btx6qRJFaunuA/NA4Gdduvej+3wNd/MH"
            "VFlGnSX6qQ0NUvB1SdaIHE/0vCjoZL3GaHAbRxm5tcYXjN8YecFoN+YYhxuF2cXGSuMK40bjQeMx41njBaM00AjJRtAb4YIR"
            "PjHCMSM8YYSNRrjFCJVGyGKlhJWeZqU7WGkdKw0aIccIZiMIRshrNcL7zMPayTwsOzbXaOSTjcXY3kFsS6RNb8QmBazGEWOW"
            "kbtJC4twUgg6LbX2eWqOowdG76cAVTjzf9+eVEdkWqdJGbHPZPDJ1CmgfkGJElKK3uNciuU9WAW3vad05/RcddsD3N+4x9o+"
            "4tLaprd1o3zEVZzpKAnCwXYNAMfRDWNBQkZqCC/xLr6Q5w08SAKuBAt1MF0HxToo0EFfHSTrwKnDHsAPOoBWHZzWwTEdhHWw"
            "QwcbdVCng0odBHWQw0DtOiA6qLmgg7NR0IM62KmDDTpo1kGjDsp1UKSD4TrwMmhEjMCI9/0o3p0MbyPDW8xQZzHUhEEeY6hW"
            "MIBihic5iidPxbKTFddF66t0qc0gTS3BACNJRaKWq9XPstovMARYmytnDaOSNOngt15C5xkz7feuxP3hHCzr5DvQU0a69Xp5"
            "EaBGEdtvw7WHDTcvv9z2xbvwFDzxLlfYdoQr5PPaKrjtbJ4MwbX9UbbXcl3QL3G8VtYKnKDTa/nI+s5JIJWFwNqshzo9lOuh"
            "SA9BPUScaPXsmt1D6GRwpkEuPedyQKLw6MVt/JRL5/ivL+3iV68XJm1de3EXbfceZTKXJp4gWpIatItEgz6nhGL5YwhQ4H4M"
            "Efdlq19dSW3ofKJz4bgHNv3zn8pk7YKlv6xb+tt7AbgoXXEvQKT3AjYpNdtgS+RmAK1jVibD49H2Oa0A1KYRsX0RS6/afm7A"
            "4kMH3vzPfyK2yUs1DUt/Xqvi0nEP82hQEg30C9aKArtYyFN3CpmIWOOkNKlGOi59LGmcGgmWFEiTpF0Sv1K6X/pJ4jWSE9Mz"
            "pUPSG5Lm+lSpL8Zp0S7pQ+nvEiYXsuTfEVZDYWlttfwNCT9H2lueKRxVSJ/B0UNHFAqSXRouFUs7pYOSZkGjtILF3pfOShpa"
            "RBNnpQs0UYzRC5IwpFjaiNk8zeUoSLHUKAkxiLD5mYklFHFzsPfAwYWcZJXqpQPSq9K7kqZuqDReWibdIz0iibRgOhYJeUQq"
            "l7hKQCU/bWo9Pa6fhmpKDZ3j01BuTnY9uJU5ajHwNuVt5c+PQN3bUM89zC1uu4NrbVPHq/1zpUZYo3yDY+wIyurlj+dRVtAn"
            "UEeZR3HzCHuUmmXL2JjMFvZzVvEsEUla0EUNGbRaNYS7r9REMgk9GjpHf2aXObWzWylDbsDmgIPKoVMfC/vB2U353M7ukKJf"
            "0CBcT3wkCz2DSd60NK3WEWPK4HmTI17I7tPNNS7UzeklFm3auJBWayH5MWCKqY3h9HxMjMWiLwqhi5VMr5G1ZMOObNiQDc3Z"
            "UJcN5dlQlA1ZLLPTlI5ee2A7iajE2SmAen2j67kKNffoGW4+RM+OrOgUOJjxF3H2fDHQI3swXAPaGM5hd8K2R3d++tP/1i1a"
            "PE//YgasOPHnXgPjE4dfW1mq0Yw4PGXGg6HXm5YXlNmfvH/3QY0wcEX9+CkWSH5hv5JRNE5bZ66pu3XWHVMemhASuKzKcSXl"
            "6p71CnYf4QSJRQ5NDfbrLsbEGF3o8SWniBbO4XAXhRxmI9E5uMSiEOcMp0B+CmxIgboU8KRAewq0pkBLCqgqsL5e7X/Eo87r"
            "5E8zTzaR9kk956TGrTZAT/itfOcT/m5K/S2PBjiJe1pzUBCyH7v55CsvLbrjgbWrNq9azCW1/Sk0w9Ok67tH+E4JDSmpnqJ8"
            "q3zx5bHTX3zw9nGUGxxr/k841nFkZnAEMdptGq3WZuTj3ebYopDH3mRfbz9jF+x2s9mrqdM0a05rWjWovsyacpZswQytzGs0"
            "Oh1fFNI5PV3PE+bTreKue8OgHmfFsiNqdtUo6tWBbdXq8qWmQ47WJ788d7511ycJz8XU16xv5pL+crp6jmHr8+ABG1jA8+Sm"
            "mCmzX1bHYhLSfw7Hgt6vmBTs043ExJhiNSZNss/qiCFoAkmStygkmfn4ohDv3JAMdcngSYb2ZGhNhpbkyCh02sVHscvvOggp"
            "EVKp/xnoQUch1peBGt9++ZoIn8vYDnfdsjOb4w5qnuS1bX9ddMfmNWs2rVr8dPUUsIOL6ztl+mJ45aJtT19zYy+o+/LY+2c+"
            "eut4ZL65cAysOAo3BQtsFo02jhCDQWvh3fEaNDviSFHIGIdecVycbDI5i0Ims4zslp2n3dDihh1u2OCGZjfUuaHcDUVuyHLD"
            "/CvnV5frEa7M37jc6rBwieqoeC2OHmxUtGB/cOOCdXHbKpTd5y9e/Cd8+rxpwx3LN2vg38//aVph73YC3SEeDNC97RXXmice"
            "2qfeiUJjihsk/ok4yPpgtdEGGrSkHIJDiHXqTCgohPAa7IFNYwKHJzYzdmxsWWxT7PrY7bFaU2w+RvfFHo09E3suVjuwDGOc"
            "WsabEHQfyxdjg5MqC2ODPdILvbFZseWxfDAWdYrfr6pdaidE12oczGy2cxJQL6agmeDLDbDbEbEOOnrdIOCAmoMPPLBs5aic"
            "3r4Rg9/jD18ayR9efvPGZYbVUsENFctVWVMm8+eEUcSL1vb2YGVirCx7BL6nxcJ7+KzMBFOszh5jTykK2c0x/qJQjJNoURMI"
            "oBFALxB3MAu8WXAqC8JZsIHFSRYUncmCliwYmwU7sqA5CzKzwJQF57PgNItI0yKGUodJxA5Kp0XuMnWS2S7DyY7sUnvQDRSv"
            "JdfXeaoFcvr2C2gcFjOfE9lKYRdDuOT973Z/1npLJRi5wIGb3nzh+MmGPRmcJDyheaZw+YQ1Sxaun7iiUJm8tjl+1DgY+HR1"
            "DUjgphugNRXdN2r77r30utKff2PF0aq3Wj97tfIFJgN34Sh/j3PTRcqDAx0Wi1XSWrVx8TbMtmodvBFnpPl0PLTEQzgezrPv"
            "9nhojYeOzB3xUBcPHQZjfVRbor2X33XnUb34hkMb6RY7EaDbY9cMePS28OPP9iqf2LT54EEt8Etnz9j357ZM7un62pzwfW3L"
            "xBPKkmuW6XB8VyPR1zC7SkvmBQt5rVa9yGESHEAm4Oqr7qickaGF7elsZ7sxddE9mvOditQtl7GsaOpvTNyIyu90iZVdj0GK"
            "Vx88eFD0Pvnkr63CgItvEK79z2i3qTSZyb+DT+p4QUAVZ7GaTFpcZ7VulbBTVjhqhfVWIFaoPWeF0yyRb4V2K+yzwnaWrI2e"
            "32SxI5wzVghbYQc7jR/LgDNZ/WuwzjlWfIpBYHGzFeqs4LGCiWFUi44y1GplzGxlrbZ0Au5q51/Ftr/Sf+vY+o4cw0RnLGWO"
            "hd7f6pEbyzZ5Vh9ctGhM9uAR/VVeTdm8Rl6rKawWHlPt0zVo4/PIMz1ZF5yFVrZO1glET018wWjwGPONHP0qM7YbBZNRjTYZ"
            "xTxjcMKkwnJjs3GHscV42iieoc6umhaI0YxOajBS2Go8b5S1HGh1gmRC28yBag5X8PzYPJhGxZQZf6rKyaa+Sd5vD6r4LOWe"
            "FQcPwifvKSPhz/D9XKVJPHGpgjMqmW2b1D7AYDbuC4PjePQRqJXvOC9CqwhnoieD20VoZueAHhFM7GTwTKdDww0ijBWhnVU5"
            "zfI7gH9vaK44JVxzUDzxaw7j6SpCND5co9JgSbDdlUZIopzotUqyV/b3SkCdl2B2WYjDIVDbx2BKlImj0g+j/JDvB78fPH4w"
            "+eEbP5zxwwt+eMIPa/1wix9q/TCQler9MBuL32bF+1hxkx9K/TDWD24/XPTDOVa5A2CjH9QG/AxA8MMFP3wSRY11b/RDDivC"
            "hvMusjKsuYPVbGSoR0VJ07MG1OZ3MrrUUjdDetoPXAurucEP5ZQidAez/JDpB+JXNXT0aOwPf911VW/3N/4wavfs/A6t7u90"
            "k9aaFz0nS40ouJwege5cLLMInZEHy1bLeTKprmHlM5q9wPEcP+D+ObesT+D7b5+/874Dk+oWLueefmhReEfbOn7CS73E9Lyx"
            "DVOm3zi3/MDbVDM+tGjfw23rouPOf4/jHk8qgoOssqwj8bp4d4LVSZxiUchpNpp0xHE6AVoSIJwA59l3ewK0svNONXMHOxDt"
            "qsSjfeyixBM7Ke/OfcO+5PW6IbTs/oORzgx+dPGBx7inb1yYc2Db5R7UTd1/oi1TtQmFbkizDq3CwmC6hZ1mxbqkGGYI2qkh"
            "uMMFG1ygnruUu6DIBVkuOOPq0NW/f08+8Urr+9fvv/sBvvr565duf2jburX3PbKW666cVb6GRLBwWco55fPWt0/97cOPTkd8"
            "B2Uy0jaG3QNF38FFPBZJkomcmmIRHJzqOxhMkptLYr5DKuSnwoZUqEsFTyq0p0JrKrSk/iffIUJwYlIPn7ODmY5OrkP0Vhn1"
            "HX6dJAoHNU+DIApZ25a+9cZLN99+4+L8VZtX3kKdhxelR5SQqHm8r9Bnpq1yqnJB+fSLV6cc3fzBn17vsInOI6+p/b0yWBwr"
            "WSzmbryZT/aZ3QazZBOJiJa3aCZe6g8Gk8GbDKeSIZwMG1icJKMNxCzxscmwIxmakyEzGUzJcD4ZTrPI1W2gP7DXxQ5jPWLr"
            "+Cz0Cp6t82+zzv65BY31HX3RwnlKe1Dg+m57d82m1YsWr9y8xg5OcHJ9J1d1v1cc+O3FvnB4542l3OD3Tpw48+Wxv0bmBLcK"
            "+2yjv7DU2NCeMdgdJo3OLJjUhSDQ+YQiQNnvVLmv2psOy12avZLgr5uZnJI8qG4hP7h+zZGUtTN1j+leOdh2gs27PPRrDqGt"
            "2YtUBgdpNUmOBLeRELdDI/jTjUm8y+VBnesy8zo0AninOR1IOpxPh9Z0aEmH8nRoTof8dMD8DuZFfl8Q+IPr0T2iR26pmZCh"
            "3h/ueuTG84f+5/SfPkncHruheXVTyfSlW5Zf996fnnkv4RHT8nk3N2ZN27R+ycie4N+86/Z1nsnjiouDRfFJPcfMK9q4Zcla"
            "e+GY60ZlDOqVknzNdRW0j5728xzOXGInI4LJRrtdbzLJguB0xIgS6ha9SQYDLwclE2elc6HZGb1tFX+S7qtHb5yrVgK7EIx9"
            "yKW2fb+AI+DwqdsCXK/Q1L/ctiJ30VtvBfKTh0uuH7l3l//ww/K2idfnx6j2wu3I62+EAajjyoIDrZKkhzh9XILbKjIV5zQ6"
            "ZGL6f1RxJNDVTLXYI3djVC+S6xG5G2qBAb/VcMKAtvFMx3ENl566rOO4d5BmLerlX5BmHdwQ/BmIRtbxHKfR8XqDzJk04Nhi"
            "gBUGKDdAsQGGG8BrALsBBAO0GuB9AxwzwA4DbOwKowLMUovVss4Fn7B8FW8py3d3zV/L8kexfL0B+mHB210L8v87QjpgfgvA"
            "FRkg0wBmAxBD5Aiz7A+W19+/mXL1iymB/Ct+YZGoHtTkgy3AVX2g3NTyvbG/r8dPR3Fogj1fX7CQe5VAext9GxR94xM8HWwH"
            "YtFqDKYY3iYbeAtvl7R29K0lCfSSg4+x8ZIJDBZe61johJlOKHZCgRP6OiEZlY4TBCdccMLfnXDMCQecsNMJ9zthZRRyOIO0"
            "O0HjhJqfnPCFE953whtOOMTgVjihkYF2xqiJYjzE0G1k6GqcMCmKDgHOOuFD1iTC7HLCaifUOwHKWZvJjKj+F1hTxxiOZtbO"
            "KCdksWKk5yIr2kHRo5d7ixMqGfYcJ7idcJ418LYTDrLmV7DSfCdwZicQJ1PvZb97EN31xHnq7x4YTLvqiR27aRRLDW56YjCV"
            "Hg+xi8Udd458/OXDuH62gI1+Cfe/81KynPrcaeWdA4e1yZYvXnkpw3MyzLXt6b2nLQsHPtH19HV8aVvcy2v5eKY/YnEufo3j"
            "r4fi4A56f00ngJaewPGiVtaLRsMKIyw0wnAjPfXi+7JjNCc7KPvJCGeN8CE7TDvETssWGlca7zfylUbQGJ3GVGOBcZJRnKVh"
            "T1ryhvFD49+N0mbjx0YOgSZRtNAZJS3+ycgfowhSjX2xotBvpnGX8RDLF41047zvNUML84yQZASgjg13gV6IPI1uDX+Qntdt"
            "QCeHb2S3IoujB3teI7CqSVZX4Q52Zmc2FhnrjBRag34QCFqekzQmwjk6runR09ayqf5OY1ZWX++vn9Z5Ov7GPr58hhe4yjke"
            "n6h8qnzyKixV7n4TYsBwXLkbVsKLynAunYtRSuGxtgtt79IxEdEuuYRj4qRvxLBJJotVJ8u8ySq4YiWbyRZrkU0EtTtx3+OC"
            "ZS5odEGlC8a7YKgLclyQ7AKrCzgXXHDBWRe864JXXXDQBTtd0Bl+Uid4J4OfpVb4sFOF+/+wQmd4CLsADdONLlgRNUyLXTCc"
            "2aZeF9hdILjgvAtaXfC+C465/iv4fq2u4JQIfAdwB2QHWAfOzjBcURQXcUFL1GTGzEwXmFlmxy2S3zsg/8M3YZT9x+P0K9+H"
            "oV7/iFwe7KSnbUk9cnG1zwecyug34DSGGO7oddmpGbunW5QJLWfFmNF8wXcvK+XDGtcpk/V3aP7tF3Lb9sb0+Mz4Orf/4htP"
            "7ZnA5jJ+8w/S3yPB9OAlTqMF4DWSoNdpeIEvCgkm0NJdPeJ4Xw/H9HBQDzv1sFEPK/TQqIdK1ADstDBHD1492PWAOuGCHlr1"
            "gPAtvwM/nMEn60HQw9ko2h0MrPlqYHYG2e8Cg1bp2MkwVjIggTXZUdS5SRVAbQlp4k4zosKstQ3svLOIEY5Ud37TyX90Xa/y"
            "hpOuY9r54LTz7fjosaljAje17XXe3PYI17CaT127+tJfI2eNScpkbpV4gvjQNhvg7N5dz1uSeK2QnBInaSXtjyGTNFbiMqWj"
            "0imJN0mZmDqHw8VLkomYrFhMSGKX083IJvj8+s4/2oj8yAHNsJzUHrmDAZ99B4KDmerqjwTpGRPmcNC0umbe3Nm3L78jv3TM"
            "7JJQzZjSfGXyg2uhZkGD2CQ0LIDZ6x5YeuMcZeu01ejOrapQtsyeuxT7cVi5HqbS/RwYEvwHvQlOyAoRGtkV7mIRhouQI0Iy"
            "26t5X4RjIhwUYacIKkwlu+BtF9FHg+oLIpxlxXWsoKOyuu+DdTZGqw0UwR+9Nc6d77QP1CRCbfTmeOe76P1Pdb2L7oleOG/t"
            "dAtdrXCO7TUh/NHodXR1cwkBMqP7UdppVxGQq0lP2fz5/4V9RjKZo0ePxgOWw7uU67VLfl4WlZE7ojKidzqFbvHdfGaUEW1c"
            "fFw8CkHc2DguM+5o3Kk43hSXialzcSgjcXGWpCTfj6Ekt8X8Y8hC/gsZsVHTPfIbUkvkt9fs/DHWEUNlRIM500rHVocm3Ti2"
            "dNCK5bfPrq2rWd20QvnL3NlQNX2VnbPfUQGVc25c+sA65f7GRqFJaFygbFqzZSntxw1cmlDE90BfujYoS7ZYF7E8FaIn3QdT"
            "BxVKhB59xyYUsmeMnT2D6bKhkARtwbRBhTa9Xnwq5NGP1W/X87X6Jnzs05/Sn9O367X6oGws1JNMP/vdhvmYP/5Tv99/zB99"
            "TwE9LWAHqrnM5VMvz6JlNHrE3SOXlgxrHFL7QE7TMs+i3svqByzg0tLje6dlri+OzzAk3nBfr1TC3p/KPmYNe1MqT3078XXx"
            "fmIiHtKPNAWLXN70PqnpqZKZSKR/Xkpamu94KDP3eCg705TWlMaZ0jz4WJ+2Pa09TUMygWSaM+symzM3ZJ7P1Mh8WmZapmAw"
            "2N8KGQQh4a2QYOuyBcB+jsdeEuTv5HNFNl6zO12gzrHSHxtatV1/eWdNYa5ibOR3evRgSPV6xddfUfa98rry1AuvQtErr8K4"
            "lht2K5/s3a38bfceSNqzB1J3X1p9123bRjUM3rPgxdNvvXShvN7bOLrpDu41WvE4jHnpFSh69TXlwKt7IHHvHuVvj2PYvRuS"
            "n9jyxFbf4uovTrz96TuJI4Y/zO51wGtCPTcaudcnmEQ4qiSeD5nAA/kwFoRMfNTCPjgDOMtS/YWgDmdkBC2oR4V6eG316sgd"
            "EXhNIlFcHNs+/r/CJZHLuJr4I1DI7sz4glZRltH31OuIdmupSPaUijx9YU6Xowx12yXgaErxLy4L8Ufuqbh32OrbXvstLg0h"
            "ArrbOglxSfweDFfggugvfANQqP68Vzhfsz646tbX6d7TKP4IVxb57dh1wVSTzaYTKXGyRSfrHHatRWfZWkqIzqTbUyqY+H0O"
            "2O5g9+sD0Z9tkq53+iNOekcHEjtisCm5183TStp+iHap7L5hq5a8Fu3Zb2gx63RWjYydk2OsspXSYkVaeN5oNWI3rf89LR0M"
            "EDtiXFlS78XTSl5Vno2yZOo9I5GYuylnlrymjtk4uJu7lX+R6Ik3aNEQg3E9D4TP4jneJINMMqeejLzbpesLjbhbH104/+FH"
            "6hof4/bO372roWH7wxF5Ilzc5trs+jfLTIN+JB71vcNvBX95kD4/vSXDeXFX27262dqP2EuJucj7kvFbO1i5ngzTHby469eb"
            "dbN/8x7lGpSBk1weos8jz3EfkclCA5ExOLXdyEhxEimEO0g1t5c0YTDw3Uii8CSpRNgjmC7F5wu0LsIXYdiKYRaG6zFkYhiP"
            "oRpDDYYQhvII/BHEUUXxsGcDKZY85GFsS8CwW3yTVGPYTePCl2S3Jo/Momms95JAiJflN2D+XgZLyytoHnuq9aZivQyMb8O4"
            "rF1HZHxmYOiN+UMQzz2R/pr5V4hOaGj/HPsyG3HSvq/ANuhzEk0jTLdI/C54k6yGN9v/jOVrML4G21+F+asi5Svok6N5hORh"
            "PQ+mb8e4VnyzvQ2fsfTHuhgmcE+SJM5ODtMn9v8GSov4FYNnb5NG3E00IK5RLJwk4yJjNVoNXAmG3ajkT2PNIkI0hdjMHAw7"
            "VAxSJYZLOA3rMLyI4QLOwWQMxRj+grojC8MJQgyIw5iO4R+ExDxJiMmA4TyuIVjHgogs1RgQzpqD4QFCbNiu/RghDmzLORy7"
            "hDCxqwih71FwYVtxQQxnCYnHPDfmuRdhOEhIN8TTDfF2v5MQjxkD0uBdgYbhVkKSkDYfxn1Ynop96YHtpGG9NEz3GoQB8fZC"
            "etK9GLA8Hev0xnQGtpGJ/c7CdrJaCemD7WRj24GNhOT0JCT3BkL6Yp2+YUL6Yz/zMJ33MyED3iJkINYfhGXX4HBcgzQNRrrz"
            "sZ9DMAwrJ2QE0nAt4rgWaRiJ/KZvQbkOeX0dtjMa46MRZjTyazTiG4N8GINl15fT97mz2VUD40kxuYFocBaaSSbGCLeTE4jA"
            "SrvDvI45OJmEO+apCXpG4hzRQmEkzpN4WBmJCwjzSiQuEiN8F4lrSAwXF4lryc1890hcInb+tUhcJjH8T5G4Dmo0H0fiepIg"
            "3RaJG0iG9HMkbiS58r2ReAyJl9vpW9wFGVNPM6poHLAvUiTOkRjoH4nzJAeKInEBYR6OxEXsyzuRuIYkwMVIXEsucD0jcYn0"
            "5DdH4jJJ4P8Sieu4dwUxEteT/tKwSNxAbpAejMSNZLbcIxKPITnycTKc1JBZGBox3EyqSCXxYqjAdAXGZpBaUkcWk3oGVY25"
            "XvoGIZKGz2ySRfpg8JJrEaoWy+dgfS8ZhvF6rEW/KxjeWjKPZGCJjpX9Mb5sjI2P0FHI6qdjbCRimEHvjw+vmVXTWHNzVaW3"
            "sqKxwjujtm5xfc2s6kZvzxlp3uysPlnea2trZ82p8g6rra+rra9orKmdl+HVDbsSLts7HnEUVjSme0fOm5FBdUYNmY7tdqbZ"
            "i552BT5R64yumV6lYvNOqJiHGZTGWWQB9rkC65DxVbMWzKnAyBCEnoFl87AHFJuX9MbwH7APaZhRNa+yqt7b2/ubhv5vCZvE"
            "YBs6ILORbX0w5GJRVX0DBczO6JORe3XMV8H7R2TUIKiXSUojK6F9nss4ciPm1ZKZfziaXoSrYtLXgCVVLFXJsFLcExFiAoMq"
            "YjUpTxtZa/MYVPFVWhyLLc7E+jOYJEYhZzDcVKJVzLUYr46Mzmwcw3pGQSWrF+1bA5W2TsytafBWeBvrKyqr5lbU3+itndlV"
            "gLz1VbNqGhqr6jGzZp53YsaEDG9RRWPVvEZvxbxKb3FHxbEzZ9bMqGKZM6rqGysQuLaxGod+9oL6mobKmhm0tYaMqwnS1SfW"
            "ZeHpJPK4hjKOLWR8GMPAabpBrTKhsWphlXdMRWNjVQMFHooADRHmqwM7hDFlLqbogN2E7KLMqWbxCjbolQwdncbzIjWn48T2"
            "/mHD3kjdiojwzMO/WoRVe0PrpEeEYib7bmDtzsM2vBhXJdPLKKXUzbyCCi8b1gomJKpgzsXSRgY7A/Pn4N/iiFKbi3xUW50e"
            "UVs3MSVY3dF3hE9MYuJ3mReqSM+MzDAvy63DeC2jPcq93mzkKP1VjCoaq2BKdTrWmMPaUemoZoJbwcSuKiKGjYzahk7iqwqr"
            "l1FMsY9gIksVaVWEk5NRBY++KkaVW52nDR2JOYzehk645zFqK1lebQdnKdScSEtqj+cwVX9jx6jMZNKocq+SYev9O/ydyXjT"
            "GGm1llFUiX/qOKsSVYt1F7BRU6e6KuuNv+FcBeNvbaReHVPCjRFa5qpTd2hFA05FnLhD6mvm1qZ7b6qumVHtvamiwVtZ1VAz"
            "ax4WTl/s7ToRvFhagVN93rzahTiNFlal47SeWV/VUF0zb5a3AfWgt6GqvmZmBIW3sbqikSqGuVWN9TUzKubMWYwL0tw6rDod"
            "V6CbahqraesVc/ZmqFSg1piJKthbM7euvnYhI693w4z6qqp52E5FZcX0mjk1jYijuqK+YgbqElQoNTMamK5AFeGtq5jXe8SC"
            "+tq6KiRy8rWjLwMiWaqeaaids7CqgUHPq6qqbKB6qhK7OAcrYcNzamtvpF2ZWVuP5FU2VvfuRO/M2nmNWLXWW1FZiX1GRtXO"
            "WDCXajDUKo1R4ipm1NdiWd2cikbEMpdqqmo2x+vIADTkMlES6F8Gm+md9deMiPbKiMhHJlZsbKwbkJl50003ZVRElNgM1GEZ"
            "SFTm/ztaKiJ1TJg7K6h6JhYU51wUlz9sunFxXVVESOobMqob585Rlz+12aieXNBJM0dn0QRc2kazZaguMvcLIlLvvQID1XNX"
            "rtR92EqNiw7SQ4V3AdPqdCwnjBztHVuHYlKAY+SNAKR7o+t5n4w+V7JL1UA1mG5kHW9g8yeDMWsWlo9FykZ3sAGFsKausSGj"
            "oWZORm39rMyxBaMJ+x+I6P8I9BL9v5F++xmSSGTIJwB5ZCIMjjyHQpDYiQeG4NODz4EkAAMwvz8+sZwEQUvvVLDv7SAE90JL"
            "G+xrA9IGurEXwXsRfizq6fmhoKfnXwW9POcL/J6yc03nONO5sefKzq0/t++cqP/qbHfPl18UeExfQPCLAqfn89YCz6nWM63n"
            "Wvlga6BvQWuBy/P9d+2e7+AfE78t/Gbi19lk4j//8Y+J/1NIJv6dtHs+vebMxDPAT/zsGn7i3/h2j+kDzwcc+wr+yeUuOPUq"
            "vNQyyPNKUarnxZd7etqfg6IjdUeaj/B0J7P9iDW7wHM4//DYw7WHmw5vP7zvsNZ1COoO7DgQPsCbDsCGZyH8LJieBcn0TP4z"
            "557hm8Mbwlw43BI+HeYz9+Xv43Y8FX6Ka3nq9FNc5pP5T3Lbn4CWvaf3cmP3rN/DZe6p3XN0T/seYeuWZE/RFqi9H47eD/cX"
            "dPPctzHWY9ro2di0cf3G9o1i1t3Bu7nmu6FuffN6bsN6aFl/ej039s6yO2vv5FcWtHu23w4rlvfxNDbkexqwI7XzBnnmFeR6"
            "4sE1MS7gmqgN8BM12PVyLCvDcENBH0/plELPFHzasq0TRWSPkM1PnMODgR/Ej+bn8Lfy4rlx7cHKcVxwXG7/guC4lJ4Fp4pg"
            "ZIHXU4iYr8WwrwDOFJwr4JoLwJntmGgB00RztmkiBzj+BDweU76pzNRkEkymTNNYU61pvemMqd2kzce8cya+lsBYQo/tRTgC"
            "G/YXT/D7Rx3Rto8fFdYWlYZhVThlAv0OjpsS1qwKk4lTSkv2A9wVun3dOjK026hw9oSScHm30KhwJUaCNNKMEXO3/U4yNNTQ"
            "2NC4wE8/oEZIo9/f0EBjQFN+tYzFwN+AxQiGlTDRuIA0+BsaoaEBJ1Ij5jfANIw34NKD+Q2AVTA0+CP4OzBhA9MQEX41qk00"
            "NGC9BsTTEGnONY38H/Yuypg="
        )},
    'B': {"len1": 27092, "widths": {32: 278, 33: 333, 34: 474, 35: 556, 36: 556, 37: 889, 38: 722, 39: 238, 40: 333, 41: 333, 42: 389, 43: 584, 44: 278, 45: 333, 46: 278, 47: 278, 48: 556, 49: 556, 50: 556, 51: 556, 52: 556, 53: 556, 54: 556, 55: 556, 56: 556, 57: 556, 58: 333, 59: 333, 60: 584, 61: 584, 62: 584, 63: 611, 64: 975, 65: 722, 66: 722, 67: 722, 68: 722, 69: 667, 70: 611, 71: 778, 72: 722, 73: 278, 74: 556, 75: 722, 76: 611, 77: 833, 78: 722, 79: 778, 80: 667, 81: 778, 82: 722, 83: 667, 84: 611, 85: 722, 86: 667, 87: 944, 88: 667, 89: 667, 90: 611, 91: 333, 92: 278, 93: 333, 94: 584, 95: 556, 96: 333, 97: 556, 98: 611, 99: 556, 100: 611, 101: 556, 102: 333, 103: 611, 104: 611, 105: 278, 106: 278, 107: 556, 108: 278, 109: 889, 110: 611, 111: 611, 112: 611, 113: 611, 114: 389, 115: 556, 116: 333, 117: 611, 118: 556, 119: 778, 120: 556, 121: 556, 122: 500, 123: 389, 124: 280, 125: 389, 126: 584, 8216: 278, 8217: 278, 8220: 500, 8221: 500, 8211: 556, 8212: 1000, 8226: 350, 169: 737, 160: 278},
        "b64": (
            "eNqtfQl4VEUScNc75p7MPZPJADOTyWkICZkMIVx5QBKCoAkhQIYASUgCCQIJSQBREVBWLhF01VVBYJV1UTkGRMSTKKLuIise"
            "rAcqUVDW1RV2F1wXkpe/umcmCYfu//3fP6Hf69ddXVVdXV1V3a9nIEAI0ZPlhCclxRMzsuCDdz/Eks8xVdXMq24a5Rx1mRAY"
            "hs/Taha1euZV3vJ7fH6EEG71rKbZ8+6sPmAiRPAQotw/e+6SWetfW3WSEO1HhIz9ob6uula7/mIqIZPasP2geiyIieUR96Sf"
            "8Tmhfl7rre8eiV9DyOQ+iHP73MaaamL4K9KagvCwY171rU3CCjGbkGA9wnvmV8+r++cTT8Ti82qk8VhTY0srAfIxIXUJtL6p"
            "ua5p7e+FF/E5H3naSHihnXuFiISIj4l+xOgK3/n3ySzOrBI5rVLg6EdoJ5quEnJrF2LxYiIDR04cTTzE09UhfihPAL9yBOyr"
            "InDo1H8Q7xBxBaVG+uMVUG5UgjoikBK8G/GPx/udZBt52mP1OD19PfFdXQyellg8sZ4+tKTrq662roPtxe3j229sL2Q4rviI"
            "74rvkqVIyUaWsOsVH2EIsZLFhHT9QJ96rvKUrv+Q/48fFbuCExLJRfJ9r4rXyYfkJRIi7/WGhmRIBQXezeQMuUDe+iWsiM8N"
            "41n2FHmfHCHP/wIcR56GTvIJOFE/X8AcLcsjJ2E68vMMli0k66EDloCXbAMjqx2IuGNAuA6u4dBF2pG7B0k7eRDySbvYwjux"
            "4hPuCNnMr+COkaPI883ceipK1Kl3IRMKSAvZT55iCFqQ3vreGHGYnyCPkLt7SsXd8iviis5MYur6iRwgrzAJLCNrSVV3o/Pw"
            "I2zEueMEFUTH9LVopbKIn8Md4LjO3+LD/WQ2pmr4FKHX8yOv6s4zcqNcDyL5LXLwNUwgGxDLbvlFeTuZQfZwJ8gk8i/ylGBT"
            "oF7xXxEjd4kY5I/g713/JgcZ7zVE22nouhhGplghLCY24VOqQ11H5GUo12PkXyj9E+CUxlRMDZZPKptYOqGk+Oabxo+7cWzR"
            "mMKC/NGjRkp5I4YPGzokd3DOoMDAzIwB6f1TkpMSE3zxXnes1WQ0xOi1GrVKqRAFngPS3xOCqoIQn+gxFVb7CnzVRen9PQWx"
            "9fnp/Qt8hVUhT7UnhDchyVdUxIp81SFPlSeUhLfqXsVVIQkhZ10FKYUhpW5IMHqGkWGUhM8TOpbv8xyEqRPKMb8+3xf0hP7B"
            "8jexvJDEHvT44PViC8YV5dZTECpcVL+2oAp5hL1azWjf6DpNen+yV6PFrBZzoRRf015IGQEsw6UUDNnLEZWeksWeFlTXhkom"
            "lBfku7zeYHr/saEYXz6rIqMZypBidEjJUHoaKOtknWdv/7a19x40kplVabpaX231tPIQX41t1/IFa9euCpnSQqm+/FDqbWdi"
            "sed1of6+/IJQGsU6rrSbzrgekhASE40+z9qLBLvj+8cPV5ZUR0oUicaLhGZD3OgQlJZ76cdViLJeu7bQ5ylcW7W2+mDX8pk+"
            "j9G3dq9Ot7apAMVNSsoRxcGul9a5QoX3BkPGqnoYEox0vbB0XMgyoaI8xCUWeuqrsQT/5fm8g11eUzdMyS9VExQLCgcl7PVS"
            "Maw7KJGZ+BBaPqE8/OwhM137iJSRFgxxVbSmLVpjm0RrlkdruptX+XBsx00sXxsSEsfW+gpQ4uuqQ8tnonbNoQPjM4ZifnJ5"
            "fWvNJk9uRpDBepCrsbUNnpCYhELCVr0boN7QJmuN7CHmp/DtHy4kkGQye3J9iIbiKfAVVEX+LaqPRQQeFHRRWlgRyspDUj5m"
            "pOrIiBXszczAFtVVOGAN+WwwQxm+ppDVN6p7dClbBQ0Ty1mTSLOQdXQIPXakVSijgM0rT8HaqvwwCxSXb0L5i8Tf1b432+N6"
            "zk+ySTCfAttHo5YlFawtr50Vcle5anHezfKUu7whKYgjHPSV1wWp2qGEUttdTDmCTFfKysdN9I2bMLV8cISRcAVFJyQWXIXG"
            "V+4Ko0EFDKkSVZ5yzsUHEdCIBZ5CzPhGDcNrSJmowmREgbNSqrijhnnKwUWi0MhGKNVTUJcfgaPPVyAVqTqNLopiU9BHxDO6"
            "yOUNesOf9P4cVnsihLGFigq1KFqFZgorVKifo4tYEZVlLFV6T7mvzhf01XtCUkk57RsVD5NyRBhM5pGxKrviqZewUEzEi9XR"
            "ByrMUGGaq7dwQ2PYc/dj0VXVY6PVnrUq37iJaylyXwQhQc7HhghVYWmwycVsAZ3QPrS9HiNOaTah1+6VJDqZ64dQJL6xtWt9"
            "E8uHMWi0J0tdt1FaZjIOxpWNSu+Ppm3UXh+snrBXgtUTp5a/iC7Xs7qsfB8H3OiqUcG9CVhX/iKGghIr5WgpLaQPHvpAMZXi"
            "g4rBu16UCFnOagVWwJ5rDgJhZapoGZCag1y4zBgmlMQISYTDGiFcI0WhBSxThcuWszL22UuoyCSNKKkktaTj9JxrL9CifVjy"
            "EnpJNZDndKAH115sVcqKD8LyvWrJFYZYjhBSmMPVk3pIT5pa/pyOYDN2RUKj6AfVJbYeBxvdSoGnlirKHcH6tVVBOtmIHYcG"
            "/0EIfCNwmHwjkBGFLqTx1Y0KaX2jaHkeLc8LlytouRJVFOyAzZfj2JeEgGpARbkXp6Qn7k+utcZ/0JEKolFZa/wmHZk7htFI"
            "FsaNPFESt6RXcCLP8WqVyAtYlHcs45jJDLm5Jr/JPzDT4jV5LSav6ZhQd3nTeP6YuOLSMjFw2SF8R4MDDmM9AmfDuKBd6uKV"
            "Sk4Q1CoAkeMF8fEK4S41tKqhVg1laihUQ5Ya4tVgV4OghgtqOKOGj9Twphr2q2G7Gh5Uw0o1NEfh8xl8ghqsauDUUB9u8IEa"
            "3lLDATU8pYYH1HDXlQ0GqcHDGijU8JMavr4egUVqmKWGyQwYuQEjDrAazkfZaesF3aSGKjWU4PiqITPKC/I+OMzLcQYdikJL"
            "wZW9uhvmozfmN3vhDLOb3QtnmMswi61RAOSNQxTKGdMrp0c+C3p/mq/4zJh+5WfBgspfgb4Wvgc3yUgjsXnm3AyqDCY/Uwbw"
            "8V5AZYC3v/VAkvwZeOAZ/uNLyyBG/hfqwir+Lj4/olfpkp3nlAqiALXIKdQqAeufrlBwqGD+NBPxMxWrnDHd1IMYE5980gUW"
            "ORevJv4u6JIBusJ65sN1TanYQlzETV6WFglAnEKsqOzntgsOhapvH5tgVWtjDGbBonHEKkSrRa3RWGJFIU6n6+uOE7weQanS"
            "Cjq9bncQYvr2E/TE0MctGE3G3UGzze4UTAb9Hj33nr5LzxlMxaY9Jv49E+hNepNodcTylr0KtYYXSYbDn+fwm3PReU9fMH2B"
            "yUH74vB3383gyDWZHWzusD9z5DmSsKe83+bjfRYvJl/Az5Kf92Ly27x459cXfPxT6eYS+VjJo8WbXil878eyR0vBX7a5bHtn"
            "YxEECvkZ8v6H5LthKU0PwfgHYYW8jKYH5f1s3cQTV1e9MFk8T1JIBhlE1kulLl9AEJwZejGTaNRpNo/bbRPVRBycE9Ar9K1B"
            "ojFqMjWSZrlmo0ah5jUaXhGTnZDhS41NXRjs6wGtBzweV3aGwhALsZLWWBSrIBkZadNRDn5/xvTpbDzZnz82A8c0Mr69xOD3"
            "+9kF+29VKG2+wABITuwHDtMA8A3gAtmDcgJ+Wz/OIWK5yZEl2EFhs2I9ZNOCQcLkf/847+PzSUAsCxr4WOGJP0z95uS8u/fc"
            "4pV/Nkwp0faF5Ac6973kHloFNyYUtH4Bm59/W71np+rl1zMWNGhgFScm1m1qeuqA6p57xLHr706eUqmVt3FVL3MrYh7oPyTJ"
            "Iw/Jykvxyvcb2EINg6DzirPi/URLDKhvycTPqaWuPiReEWPQ6VMsA5xOi96Aqh3Itg88EDTaX6gwpuFdGaNQuw8EefULFXwi"
            "3p362AcDcHcAWgNQG4CyABQEYFAAkgLgCMCFAJwOADkegDcCsD8A2wPwQABWBmBRAKoCUBoAKQCZAYgPgDUAQgBm/xSAbwPw"
            "1wC0BWBfALZFGzQz9JMDkMWgzQz6XwH4OgAfBeCtABzohXpWAEoCMCoA2YwRjkGeYWjfivLxcADuCcBMxnJhhGVpMWVDEYCc"
            "D3pxjJBLGM6xDGFClFdk9dMAvBiAJwLwYC/SuQHwMA6BBOB8ANoZiy8H4NkAbA1AE+s68pcfAFcADAFQcpVXmKgrzNmvG75f"
            "MXtXAVf2Nnt5eWlp1PLR21VKbArrry8+CTXWn2UHH/gTs+y2aBFkJ/niUXHt/qwr8oqz+3eH9u18af8zl0f+hX/k/csnntv1"
            "fGj3vp3iwOE3lgyXxo2VOgyYGzFy3I15EPrs2zOft391urNZXGH8+svPzn7z+ekvOtxbV699fNvdq7lXHl+9asuWVatxnk/t"
            "+kFcJa4hCSSTDCF10nCLNVGbJgZQh7VWVzpv8JvsnoH6YUP9Bj5dUMUOjh9cHPQMtJuEeIPFbeFieItF1TferkopDaKBzqPd"
            "RuNGpzDaKjqLmdnqJQOMB3CuRrpvs8aA0u4YlONQKLGbOTYqhmR6iXbeMYLjsSQshalPhG588/kdh2/e8GzN/fWD3s9fOnna"
            "yOyc8ZN3jXnm/bMyrxs/8qYJgxoqBpY+NWfnXU0jG2DFqg9LH16x+elta266Y07Jnt9vOVb43ctjjUftI4auOME/nls0ecyU"
            "OekjCjvefLFtwqM1t2ZiNDgP3cZS5oPQUvEcJ4jU71C3kxZ2ZBFnM/NkHBipi8E2s+Qp3A7xXaIn8ZKR6BVKDa9X8rwhRkFw"
            "/uflRUQwMJOKAJI4k9Gc41XQmwM2PH7vvY+Dc8uG+7bKU76GNyAWrdbrX52Rh8k/yufkvO8QP4f486P49USp4DVEobkGf0TA"
            "g8wmI5fstdObktu2fiNFv27dFnnK3+EQmMECR74+LY+Qf5D/Lo84Q3cZFdwq3oV9jiFTpAE6wivUokZEfyeoNDF6PafRcAaj"
            "oOLVnAa0Wo1aoRL1SiKCKOqpN86Y7r/CY9HQz0yfwyGgiXmtHIfSoUxWJuck5zh4P/zwff6llw4+8NBLr13KP2f+WGisPzL8"
            "xJKOjts/HH6kHszI02TyeyEo7EUbmiiZ1IQoeF6vI4Io7AqqxX29goBoaGHymbwBL9Lz2ri3v5YXwIav4QEuV66HR9rhEbm+"
            "nW3UkXXyYQyCBxINytLECxrspE6rUm+qUAk7KlQYtKT1Cl4T0dn4RkAAUUPIn/vi0BtXgHfUrQeLxzwzHnFQfCXwKFfOrUd9"
            "sUsagiErkJeC8EpEXbDrloDXVsKp4NELFxh9vOzEtjxxSBoegxKRwKYKgoSj6oU9MK0DLwyU30N4a9fHXCKOPU/MBziRCHQv"
            "NyPPBIw/B/jBCr4f5a9TxYuXtDTOmdD1g+AWH0a5uUiKZLWKOnRIffuojS1BtZKPbUG3Ep6ovfsJRs7nMWWbcVaaqcv0xccA"
            "9Z/+rBEguC9elPvM+Wj3pb/J3yaVlUyakpg8aULJlGTudXmTvJE70QnSI/LD8kOHP5lR+fHh1z+dUfMZ8r0ispetIWmSVVBx"
            "nFYnChKvUKiAAIYMsVRCxI8GI+5YVmQcse84gmIgEdcMthUwXd4N1aCB0e/zr3/4xTeXS95HvGMQrxf714cMl9xxRKdXWvpY"
            "9ETo11dJjDqd0ahuQU9K4lrCJFhHkUwGVcne08QfGAE5OLTZaGiUiSMgbI8Epdc2JufoYw8ufnFqZYz8TezFD89cuPm2h+5t"
            "6cPdd3jJt0tv3TzuYHW18c2/HH+lZtuqRU3NI8+G9Sqj6zshFflKIQ9JVUqFq48tXkdIfKKxj0KRekOiCSPFluBLJnjUBKtN"
            "UGiCYSaIM4HaBDqTiXcbXJUuTs+7XG43jpFbyWM3PMoqZZMypGxTiplKSblcuVF5XCkqlXQEcdYt6OkcjYPR7kbdEg4tudru"
            "glXwxSckJ1JLGshOSoNAOMO6PyiBdR8jq34gpMod50/LFxzQz/VuXdPqe2ZOW3Jb9fQpt6jks3bgjn/x300PPLEHVr31yftH"
            "nEdrZ8+oPV0zbUpNVbn1wF/eDq18po9g2YN66MZxqmfjbyZDpD4mUWHmcBaIYLESwSS0BlWiyQQxCgXgMDGv4e+J69mcjkxr"
            "1IUA4Ly2AXoOhRK8/E75QucybiIMeUUerOTi8uUXYTO45a/A/SG/oaPxfW7LoDvNg+fIBjoueTgfqB72IS3SaLMl1mG1EotS"
            "EWvB0bFbFELffpa4OBwaQ5w7rjIOVxBxcbzV6mgNWtHKtgTzlBuUp5T8OSVISugWfVT2KObrBqzM/Jmp3bMS6tMS6VQKS1vp"
            "tXgxUKf+Txgif/fvj7r6gdPeNKlh6aI5C2+UfxzIF3eGHLMe/dM/4US7/J9Dzzumlt5zZ+NvKnjn+/LmqZfoHB+HfaK65sBV"
            "zU1Saj+zQq+LJUSn4BMTbK5WXJDY1LzagFNADzG8Xo8T39sz8f1hjhnv/t4hCtMSzhdPTEaC7DlE5oTZ1BB7RSNCaseX/5Uv"
            "gqHjuffS5P8krVywIn1b3aufy982Vk9vWlhZOQeOfYVucTpMgSWwdMtTieu+/nZcyfm/3rps8czbf78qPF/KUT+cOC56coNk"
            "1YgKBdFiuBxDtDptS1CnEKlW9OgDFWgWsqfQcDZvdhxY0NQLzsqn7xwrn5y2+5vOfP514YmH5W/l0/KHO0IwFibB+LNsLTMS"
            "ZZWNsnKirAZQaaUq3Po4SwIhFrtar1BkZtjV3iRv0sKg18sbjX0XovXg+y/sbSapoNjt+nOKrT4GQDSmYZOIBTA2K0rLkt0j"
            "uGz50r//Kf9n893N915s/+biuoWrN8mvTJt+4OC0Cu/ns+bNbZw3G9a/dfKzI6tetAvOUMuudw7vb9ntEOzPwU+101//8wyZ"
            "fNE6747mZtSBMdiv5IgOTJQG9DOjTqNKK8yoAwZva1BnMLgNnJo3GGy8zdUStDGTQnqU+CoV7taEaN+MYc2ljOfEAAtQ0UqY"
            "r9CEZPnHjpc+7A+q5PWLlnFJu2pfOgnwfed/5I9bKqffMqdy6mLuY3mNfO/WnYm//frLcZM6P/nykvz7TXdvWrV44frb2br8"
            "CCrDN4KG7f+Mks7ySqVA6P4P2VxhgAwohkbYAKKOB8keXwSCuLlC2BDdUnGrwaCGLjWci26kYFWlGorZVgtRQ/17ajikhj1q"
            "2KiG5WzjJC/apl0Ny9TQyBpksr0WxHKKwW9j8BmMAGIZfJ5BI5atjMKyXvTDbdpYgzDlPIYrvCMUJr81Sju8C2RgmzHXLDOu"
            "XVxcVTHjyrUJ21/JSAvP5Z7tNrq7gukIeOR28HDnIU7+ttMITvlseB/kMMY/Z5m8Y2Cs9A8+JkZHdCreaPgFiev0myt0qh0V"
            "ug1GqDJCiRHcRjAYocsI54xw3AhtRsCqSiMUGyHTCMSIUjfCISPsMcJGIyw3QpMR8qJt2o2wzAiNrAFCexiWUwx+G4PPYAQQ"
            "y+DzDBqxbGUUlvWiH27TxhqEKecxXEbWMkx+a5Q2NpEY+f9PUu8tdkeP2J3QEyy+DR5/7kGpYEX3CJRi0DjhD2PASVhsuxRj"
            "22NEQbKlPrwCFV6JCi8InJinAAVfyWEzMHDAEXQ101mAnTsc/SMjSImBTQ22yQLfcYgfyQkwCladkV+WXzmN4zsJfEK5kMr2"
            "0KZJI5Q84lWpMVrXKgRxV/CUAAbBLWwQeDUvSFZnkWAgWAVkVzATmoDzgARVmNkGbYClLMrAvoZ7HM5HucC4FjBNEvjLnQLP"
            "33jqVOenX3xxZf+yJJeCw6hYqVKIHMdXCuChDIAAefRUQsb0LNbD3r3LCaghAKbJvNTRJvBLT0M+FJyRl8ivhfV3BvqNeWj3"
            "4kg/cqPk6eey2pSqGEJULpvgccfEqlR9Yl19Hq9w2azW2FjTQbDtC8YKkWAzI2rwzNeacoUBcDnqjUSFPXGRQKeTMG/K4vH5"
            "o3n5omJ27S3lLXPq1ujk0y6Ibf8HGDrHglfgqh+blDOwdtisbYU3Ligon7WoWnf0648vj2Rbm8j3QvkV5WRxN5FIMVklje+j"
            "SsstMqpGjnQ6Y32EZDmNueKEkoEDA3r3OP24E0FBb80/EYy1OqxGa5v1uLXdKhj0bj2n5fVWvTUwfHjyieDwzwIZJ4KBk70c"
            "FXaNGvPpJr/xTdrjsAfNpeHvVTsR4U5z4Z2HHF/EwtMVgMOf4+fDFp5KgkvwxQuczWoW/J5Eh4J6PC5gNCd4s4SwM6BLBQrL"
            "KScva79rWo1CkXVk9uO7Vnxz3+ECRfLmhYkZ7pIHJj0qtx86Lz/w/lbwvAFJkDxih3zo6R/kR//UCa+B9d9Q+3LnksUzZjw0"
            "sbp21NKZAe7EAfmjpysmJPZruOfogSeh35O7H5EVO/Ozblj33b17QP/AB3LrT4flT3+36bbK0kPQ8B244M8dz8sHvqy8dek3"
            "S5pXlm09yvTFT4h4P8YZSmLglFKXHoiOU+Hk4AWFiGs/JW80KXVcZVCvEnUYdvACMd9jglYT1JpgoglGmyDbBIkmsJuAM8G/"
            "TXDGBB+Z4IgJDpjgSRP81gQrTbDQBLNMUGaCAgafgDPUBIIJ6i+a4Jtog+dMQLaZ4AHWAinMNEGJCUaZIIu1CFM4b4KvWYM3"
            "TbDPBNtNsNEEd0XhS02Qb4JBDN7I4C8wjv4ahX/CBA+aAHuwiPUgDI8cJZnAagKF1GiCwf+KNnnDBPtN8BTjJwxfxpYmCGw2"
            "ARCGHfGGTLCN4Q2LpSSK1MoQvcmwPMiwNDGA/DBz2F7V661D7y215sr/y7cI1+6/Vf6v9w55WXn+XJzhfmqoewc1OBFyTXRJ"
            "7sUw3wte9MMxQN8ZCPOWdp5dKn/KcTCNI52lCk2fLfDQujSolx+h76uEHfaEaXI2PLQ6fDRnDerUHLZf4sB1zm+kCTqL2uJy"
            "CQY1RuFqgfd6dFaX1VUZNFjdVs4qWu26sVarIIqWyiBqWJ/KoGDe5oWNXljuhSYvVHmhxAuSFzLZP48XevpzZRQajdyvnM7h"
            "lYaQipbKI9AINByA4sqJxp+0OGuQOEdu7yKdedxvgAP1b1Y/+5x8z5LFcghKly4olc/Ia2HFfXfDA20fiCue23PrH/pa98CJ"
            "yhL5ySmy+i157mwWs5d1/SBuQNsbS0qlLLvaaOBwlcHzcU4ddsxo1AmEM3Ic4SRuOdfGHedEuoGGkX1lUGHJjIPppGe5ugAj"
            "0LQrFuSJHouI1sVDVx9oW+hWPgs0zbwLtPUAE+VD7fJOeT3MgrKfYXCe3OF9/e533jvxEeiq330bVsBUqIDWt18fM2fpz+f+"
            "3UXnPh2nBThOalyDZkt9DaKGiMRqUcQgQ7xowMEwL7dCphU8Virx6+yLWDmBitFDgC6ZTTT+XfCs/PafO98CGWrhHvnjH06+"
            "f+m1du7oZ/LLO8UV8qPy3tPnOsawg2qMvgLpa0mrdKOoVmMGfa2GVxJBpxdVqB/iMnGryBtQql1440W7baxBBKsoosaIIgEQ"
            "KoPAE3VlkJglPWTqwaNHVqdfqxXMPTOBdr8Uo1th3khaI5R1fMid7zTyk8UVZ+QtZ+T1Z0iER+ERJqMi6QYQRYWKw4WvlhI2"
            "AGgxCtQPLAIQlUocRiUvmjO14NECZeEqrewOhiBME68Q4t7vzJA/FQzC4/L4M52XkXZEj15iezg3SqlxMVaLoIyxiEqhX1+F"
            "iEOj0JpMjsqg1WoStEhUa8nsB55+EO21P6NnTdZbf3CdEqA7gN1KhArVrUNJLZ8MlXdws5rkR4/IO+T7oBXXp+dXyef7v7Ls"
            "+CenPhydffizzkstd8FSmAHToEW+v/SW+R3fn5MvR8ZxOBvHeVKhkucFFSFaQavTK7mqoNJju+smvMBNLynhESUMoUssNXMk"
            "VXoo0aMAYbkemvTQpodtvcZwOjNrEXNFd216bT2Gu8SEGPkT7J2PyZ9CMjcL07TO7eKKzve4gZeWRcYQQmzPepZUwPYUUWfM"
            "7SIWwjYRNoqwXIQSESQRMBA8L0JbtKpJhCoR3CIg8PFoOQJfLxIObzR3b1GugWRqGyl9d9cPPH2HbyKDpH4Cr42J0fO8xazX"
            "oVtFV4vmTiCWJgtkWoDZ54zoPItqjNizR8I2ca0KTnfy+2RINM+cXF4hn+XyLllf+yhtXsOi+dzpsx3DP/8pqrvifjYufslF"
            "x0UDGOpqtWoQ6ARDGUSFfeUmeUS6oGSSpY5AKJcVu5l4b4fyzqe4ddyq33TKKOMV3LLOnR0fku65goJHI+KTTFTOCiUKmqeT"
            "s0QJEfWMjGFYSDjxEOcFccXlmjPdOBRexOGAeVKXjTiM+hhHjDNW0CgtDkuyhVdpYjUpGl6tsdgMfIyKmNc54RYnjHPCUCe4"
            "nHDZCeec8KYTnnXCVidgbasTKpxQ7IRsJ2idMLvLCWeccNQJLzthjxMedMLtTmh0Qr4T0pzgZkAXnHDSCe8xmGsJHGXY17GG"
            "Faw8wwmCE3K+Z3X7nbCJkcU2CQwdtvkoSm8lQ1fpBE5yQh4jeN4J7YzaNicsY6xiuccJzxFnr0UZ1bfKX199/dpLu6jzp9Mp"
            "l4XAvbYS6VzKHpTDKXmfFuw2OjIWN+SA1yS6QD0mXv5AvkUnX4J1HfbMPOBhDT+575DP5X/P6fiRN8Piv43reEZc0fHD+Fe/"
            "5od2zzlmE/SkRMogGo1eKQiiXjTEgEqLzgUnvwFKDCAZYLkBmgzQZoBtBsg0gMdw9eTPvXraRziEJJwNJv5052NmZG0C12gG"
            "hTB8S1XH66hPL/3uDt5PWUE/R+3pabSnOvTMRVJ/i1KP4a4zTmOsDGoEwY7zz7ItDpbHQVMcVMWBFAfojc/HgSeuO9D4Bd8X"
            "MaTo/jhfPF0EUA94erf8yifyfnkV3ArF+LdE/vCTw2998sWhtz7m3v5c3rcXVkEZTIQ75OXy3jPAy13f/k2+yM5Nh32ykc1Z"
            "C/KaalAolDrk1mYVkVvqflTol1W8wrzcBk02qLJBpg3cNuh+udpj+3NzexYyuH5hdjJLEKMBj/GOs1vlJzCqW9IJJvlj+ZL8"
            "HuTetpI/vPqvC2Vk4bvPvpRzljD5yfOY/OwkngSlQX1NDlxP8jEm0ZdgjUNHJGgV6IbQrHkqgzwfY1meAE0JUJUAUgJkJsD5"
            "BPAkQLcGUv9Eo5yrjRwYiZLauBwle8+ZcF3Ryt//J/72xqHDuDtbn/zrSPm0fORKIX/eRoUsfyuvyaop1/y5z4EPXeiycq+W"
            "9gUQIrJ+nOmojUyX/KDTmdVmNJMxaqLXY5zqsOvMHGeuDGLQJoomFpwSc5MDtjkg0wEeB9VUFlD33gW9OvYMq2xE+jT6VENk"
            "CIQJ8ovyUzgCbR1g3rEBlsr3yx3yPXDXHcs5R+d34opPjz74cXxniH//qFzVFLaPQ1GXFTgWN2CMmaEjffvE25UKhb0PEfqn"
            "6eJ5pxPHoG9fp8BrMORUepSZSp6+HOGUSt7S81rE/4sbtl5PAnM1ngA9GjJACGQnYNDMok0POzLSjxcV8jHUl3/K7/aHvn13"
            "PASBMSte2HJHbWEyuAHnICiT5K/tq+6UL+Q2PXt0z6xB8PB7J9sOZzTVvTLs5uzExPThk1vHHTq6/dXkimk7cgoHJqaNrV5F"
            "+4ZqJRyja1HIl/4GnIDmSK2i7zSp5MEc3h4MH+jqPt3WfZZsHdtCDB8MGxqFqb/MgI5G9yxX9joWFkZxktXuZ+1b1VARbYxO"
            "Ett+zzZO31TDJtbKxcpzLrA2L7NSbHY72yYdx1qmMbyI9FlWVcHKtWxDlTvFNjw3MD7DO6qk11Zn5fRr7Pev7cdducLrmf3d"
            "L1qi74a8Nl6UP5VzhQPC45drhMfPhOPa21GPbmQxyVipvz5GFGIEjEiEcCxtqbJAiQUkCyy3AAYmbRbYxsITj6W3cWaa1Msk"
            "ih50WBid2MOBCs5f7kP5C/koJG99bMszkCw/b4U+oOIXdDz1x13PP82XdGyRL8ifMn5icC4WsfdhgyW3WgNEQddGGl6nbdPB"
            "Vh1U6SBDB2qOV4AZ9TjPzxiJngVj5FMB0DU48vDGj5JPdP4HsiHelWHz05fF6J4Wl++bvJ9fE55HHCHKdSzOkKRv7A4gFqNB"
            "UCl1GrVaJ1gcojM27KWzmdPvjgf2M78vOBOc+c5apzCn27NvjHr2kmgkgQHB9ywSWed81slZndnOMmerU+gdC3THHr0b5e53"
            "fuS84OSjMUSFk8uMBhIYKXDdoUKxs9G5wckbWfEpJ4RYxNPkBIOz2Fnp5FV2g6DmLbpEHegwUKK+H71+nt/vhxm91KZywS9E"
            "C9foGi3sJfEeufNJyXSnALwWxwiweC12Sx7eFG75iUO+2Nh+b6GbeQjS3h3QJ7ALbtxny3IGnoE0PmPj43ev6cDAvKP583Wd"
            "3Ned5jL5k9ZveSMdHzPqQz7zg6mSjWg5XqVWiLyo1goahV5HY9erY1a0smro/ifEyFvw7x34mzwSBqMHyIVBchmc4AbiuuAb"
            "brMcA//qrO10UVo+pBVAWioYLH2qAOA4QakSBZWgUePqnOdBJSjBnK2BBA1gDH1BA29qYLsGVmqgVQP5GsAqK6uae0YDH2lg"
            "P6tep4EmDXBVGshEfdbAeQ20ayCkga0aWM7qpGj5KQ20aWAjK0dgIysf0sUaHNfANg0s00CJBjwaMPRCtIFhQQLFrJmbVbX1"
            "IlDJaITJ/3KoeI2d6d5GujLA7H4RndE96al7Y9srkYWCl8+TP5M1EIBSmAwBblTna9woPq9zJ1cWnnfD0cbvYOvp+VKhiuOV"
            "aqXACRqtMmLmORXgwh/MG7TAES2c10K7Fo5roU0LIS1s08JGLSzXQpMWqrRQogVJC1edX4senLjipTPV0gBQawheYcflh7hL"
            "naX8T50K3vc+/6ezxzroFxRJizyFu198F8OtJMkqEh7HXoWadDEIqCAXg/QsUe+ghb3WYLsHLVw/+QewylOUC1+7pDpEcdm6"
            "PuaSxGPsXAovwpXnUkTwA/jlr38EX6r40yUNwjuRdk6UNqcUgPo+EWmLiO26tAPMupucYJf/jvSnHBJ/fu1nenyGpKMCL0MZ"
            "K0iiZBQFAAWv4FVKXJGBQE8k+TOyel4bIyo150MTyT8mvyS/chqD01GwhuPYZsiyjhUEun7oUgi/6SrDvjglXfiQzctBAgAk"
            "ozkt0iUlitYqPHrp5pvD4zxK2MrliV/iWnCg5CYCT705yvPeCgMBA8kgeaSSLCNbyTnsMXuN0suPqCHgtdjgYXkncJeFrWBN"
            "k9vdaLGHdf0gLBduJknET+ZJeQnJyUqlLcbQn+cNNj6QrUgpDeJ8DcY0xHDpaI8MMe4YTi3EmM3aCUGz0ZlBMoqDCV5iPxSA"
            "4gCwyC2rR1cq2V6s+aqNk+4FeCB7UF73i4/weRjm6XJsMTyNV30KizKGi74WgDWPh04e/+7GspvHquWTru+PHvsyNdPTz5mS"
            "kt5vTp1GsSi4cWZp2piho+aNsD67aUeIE3LmzB5TGrPlyT+/JC+qKFA8otAohPq6E5walxlFw24aV7RsDI3FV6EMNqCe2ImX"
            "DJM8fRUGg96BEawv3hpXHDRZjTFEa+M9xUEFb2/yAY232WnLPH/vJUHkTBNlGwNSL/PWSn/4eFP3+2thw8fvtOxI59SifE4F"
            "TkGovNx2TD45d0Hz4oXNpzgv+u6Pa2f4bjNNf0w4Ic8MHUdf/9PBfYf272wL60AJ8pqD4xVLRkkJVpuGboaqbXycU6EvDmo0"
            "CiOxVlk5PW+1EmIqDmKfejZAr9n/FHvOXdBdK5ORvngXYziu9CcM52N+PnTJI3+jqyr/9IuSuXqIM6z4wAqJGIzqIK3t6ZiJ"
            "NfJD8tq6Wn3j7sromlCYFpHjCMnj4M1mS1+1RR3vMxMdStKgMyrcxUFeYSe2sBzDgvT32sOISNI7AAI+XLPQA4uUP38yStPq"
            "iEiS8smPF7RCRderf/n07ZY/4uwEp0o+vbB5wfwvGm8zLEl5E5JBDXpIrKrcB+sue2pXc749r77wirzxMOOVyjEd5WgmTtIo"
            "jXZojCa7VsvzJg3virNrS4N2r9FUZLBDjGi3E4XCgvPASGImBJexV75GI7FvdUGjCypdUOyCDFfYZNKdpunTrzqpk3aVT42K"
            "3WyyeZm6ixzgDMA+czdewGW35sJ3P3XeuHDuQ9iFFnlbzS08bFfNt6I9saHoPfJR+a+qLb9f4ZA/4/euvePuuyP+ltuNsreR"
            "0VKC3oKDxHE2wSY47BrDhKCGbtAJxUGLaADbIQcsd7CpGj7RGFmDZ4VNV/jQC0rbF/Cz8yUOG5V5X/Db4FP5b1u2bN5aXJOa"
            "WjT0BH9Hx0r+jtcW/PY+4/Pq3KJJr4XXtTcLU4Vi1IA0Ui0NiY3XaNwCn2w2824+vb/LYEssDjpsRkNqcVBnsBHlhOBkYZaw"
            "SODjhSyBE5FjTiCupnSqHVnTw6K8Qkl6BEknXPcm3nDI6dEXhz97UI5XgcZE4KnGMMXmyt76Zx9wGmpKFs7luOldrx7/67s/"
            "VIhqETQK+ZJh8fyvTjUtlm/+3b3ekTduvC/3lrdpXI065Dnsu9Uy976Or87+wH/5x5flR+StL4fn4gaUai2TeYmUYTYYjCql"
            "Uemwm4hRabPxvLYkyBtxWbvRAecdEGJLXMzjWvccFX84KOg+kph35e5CxBpiwE8Vnm0aWpWwPXfn4p0H5b+9PmupfBY1np95"
            "R9NH73aWcjOg7541na+K78q3zKun47CB/t4AO8OpJJOlQbxSyV7KiwbBBmQiet/wyi/EVnHh0yXuXodaQuz8SE8AE12a5PU6"
            "/srexiNfG+hJD7Rlne+9d5kXhlx+C+l3tctT4GlG30jellYreb2e6HQmsw5XBCVBwRVmos0MITPsMcNyM5SYQTKD0QzHzbDR"
            "DFWs5JwZwjAbGUxTLzBihsFdZjhlhvfMsI01OGSGrWZYZoY8MxjM0M5wbWOPblai7B2kXx2g9wrfIoFBxCxFZwXrcHxywBFe"
            "ilkVG7HnX9UW+osC4Lyf9v+/U9VvCXk1wqLLhRse69aRhSgHLcmRXAQ0KrVao9UqeUHQ60CpMqDnJ7YMPd3JzcrLC+/LIb0s"
            "c1gXsq7cM8Y12KklVNhwFwyQV8Kj8PcyeY74bsduaJOnds7t1svI2BdK6RihiDRSsoU348N78Muie/DnfmkP/pq9dxxl8d1L"
            "2RT/KkIUW3COJ5HfSjMcSYS4Ve5+RqWqnyolOZ638iVBoyOOtxp1BreK2M6kwEcpsDIFylJgaAqcTIGXU2BT9DEjBTh3CpAU"
            "aE+B4ykQSoGtKbA8BapY3dVfCYuMThbKynHV2c1o5NUzZbKTkr39wOanc8nhv2JGKU28bvukW+SzIg86XiNkb5r7c0CR89ji"
            "LU/J320vbRC5Sui7e23nK3zRlMb+lj+472j64c75H/+pcwKt2Hpv556wHIRalEMsKZYySKxRqVSpYuOcRisVAe0+9n5bHGxk"
            "G5+hOAjnm+LgXFyv+Z/V+9Bh91uY6/UBuefHs6kf4ZpZA8oQzv1enKJFmBD1cb9FH6dFC5UpxZkUOgxfHXa1oTioNvJW9MR2"
            "NEZVDrjuXqyReOO79wuTfB4amXmE38qfy3InPecFPBpH9EF33tpFli4CHuPl/8onoD+6HhHS5FPyP1/fLd///KvhMzSr5CnC"
            "BmECcYRjrFhi7qtWa4nWF2/DyMBsM8YYNK7/EWN1nxunMRYbyuywcFiQZeyJsT59q/npdIVCPqsCk6jEGOvV4/JJtO5o47l4"
            "+Z/ypzXT+z0iVwt/f7TKPCf7bYyxLsDcN0N7DoV5LUNeqQ+zkn6UV9Gm1+viiI543OY+GMWY7XoXhl2xxbi0MjZ5fiUetDBn"
            "FPFFXhN6KG88B90eqezk2z9UaAWIUcjfidx0uePVv3Dfty746tT8JVwf9PTJhwcsMMxdf9kOb2x6B+MZw65D8n0sgGG6x8nI"
            "ox0jrUQVhijEEOvQm0uCKr1RNBDb1lhYFgvHY2FPLFTGQkZsZJOJXMkmndvdKsZFnb3NtCGiYalS+ahB3vzshoX8sODiAeYX"
            "+jVPTzd8b3jmj53/YLamiJ79Rz5SSLNUoFR4ra44PSFxVoWQeoNX7+Ad/SYE33BBlQvXDi63i9MILpfDyGsmBK3KBLaFai+5"
            "AUI3QOYNIN0AGTewTe1mtq3afXK4MnK+/LqHYZOSc6JHnZPZ9/JovKiMvIW1O/rxglvuOn3qH8n/sc1evmjulPofn5py7uTr"
            "3/f9r27GrNramyqWHVk8BoY9/tz6hxJvkoZJ2cNtGRNWzNi06+H74kaN9A/LyDHH5YxfTNeTXT/iWnYwzqahUl+LTqfRq/SC"
            "YHfoRYWIwbdCpVIYuoNuxrvpyq+MdK97aHCV47f5bb7IekcB2++4Z83vykPHjg3L8w6vN69aw935miy/1vmX4nExu+OZrJfR"
            "+FoYgujR3sSgtSF2lT3WgYsxtDdmu86mJIZtsbAxFs7HQigWwvmmWDgX+z/sDTB9ZE7N4U0KRI5mmeCRtllLaWB9QScO3oW2"
            "RhjS+Xv59J41XH7HwbX1G8fc3vThu9weypsKbeEc5E0DE6Uu+vMoCjWuRjheq3tQB8t1MFPXrOPKdDBKB9k6SNKBWQeCDi7o"
            "4FsdfKADaNPBdt1+Hbdct1HH1epadZykK9FxCGxkkLMR9LiuXcft172p47bpYCVi5qp0kK8r03EeHVh18JHujI47qoONum06"
            "biXd4GzScZH6TB2HEOcjQCEdUBoP6rbrBEkHCbpsHUd0kMM16ZbrQro23XmdWKkDojPqJB1/XAd7KFZo1EEJ3TTN03HLdBt0"
            "h3TndF06EYsMOjcW8ko1Z1BAyBbeTZ3Rvf1DN39mXLshdNV+UGXvjaRrtmEtdrYRyJ2UQ/JSSH3VMFgz4m1IwiF5Muud1L9w"
            "9Dd5oOsS+ubh9NeU4CWpC4gpRi8oFRqNYOJVFqvVrlapbBvssMQOt9hhuh2K7TDUDul2cNlBb4f/2uF7O3xhh/fs8LT9RTu3"
            "yQ7r7bAsCj7ODsMpbJqdQ+j6Ljt8av/Ozh21w6t2eNYOj9thjR1ut8M8Clth5xA6zQ5OO2jtgHbsH3Y4aYdjdniRgT9qh3UU"
            "dqmdq7DDWAo71M71tQPgwutl+0n793Z+D6W9zs4V2yvtXDZF5LJzg5HLU3ZAuvvtsIkyuMHO1TL+8lhfkNYZu5RHIQ7Z4UH7"
            "djuHXDVSCuPsHNaeswPXZj9u5zbY99i5JjvYJY2+iNhBZdELKoNJo1HiPMdAo3t3N+3Kb11eu5Nb+X//HfeeUY7YMrOj20JE"
            "d3+VbPM3j+39OnIsXtErf7xT58veLX8s/w1U+2Kcz0D6UzGuPptB4B5M39veOV8Y0nHkxoXcHZ0rs9et5F6IvAPAGGUIxgCS"
            "lEC0KrVGAKVC5HheVKq1ol5HncV5PbTrYaseivWR12+9V1rR4/leLduNdLFA1N8ho7O/V14FGWe/hYF43wCr5Vu5DE4rb4GZ"
            "nT93/oXZLCP60nqkb6P6qNVY1DEmszkGPYvdYdIYLDFqIpYEiethB9zjgBYH1DhwaeKAUQ7IckCCA3DNr3DAvxzQ7oDjDnjD"
            "AfsdsN0B2OAuB7Sy8KWUwWc7IMkBZgcIDjQWDvjaAR844E3W4AkHPOiAlQ5Y5IBZDihzQD4jEB8l8JMDPnLAW2yZhsAP9AKW"
            "rgeJfOxzQGRFt5JxEUYafodpZVzkIBdHGf1W9iwNxYIzrOxlBzzLeMKaoayjxAHcedbN8PocI7MShs7I6nqdWai8SslmXPGt"
            "4P/xNeJfOsVY2f1GPsPvz+vZ5A27B1z0sD24HGaGqE5CDICrbnyg/7DivGS5DFKfSRnuHLkNkuSyyS/KU/TvqJLKG4QMWZz3"
            "VeX30HV5/fFtTB9KCeEPoD6oSb6UzCmUALxCJWg1Cl5AJyYYQEmUqBA2KbpDvUwL4YDgujvQ/ugGtK0UOuX+vEZWcGlvczuO"
            "/qlz2jFKzytP4f6FayEfGS357P36aXlTPK8UEhLjVEqV8mJQpTJ4DeaLQQMh3iu2hK9+9xwRBHpFjDMCIwDvg4aCjUVL4S/g"
            "0L1LLOHS7/n9/MVL5j6+9siQigkt0yqbJlQMkac8fh8UNS/gDosLFkDRA4++Vt8gf1i51iLY10yXP5wz+xDyulnOhSfYui0g"
            "eemJKkLCi7ZMETzXHKvqHjy6B47OPPxFjM2gkHOVv/15HuJLw77L0b7r7HahX1w/nwn7ropzxbkuBuPizFh3MehzmU0Xg2by"
            "6313sAgh8sUjU+TrfGzD1mGLoZ1XpEFa7vTiBTMqWoun5x5Z+/j8JUvmb1t15O+z50D6tLV2wbKmCtIb6l979AH5YFOzeJhr"
            "bZQPrt/C9GICJwiVfBHa3CTJqrI47GatVtwVJNo9FcS4K4jhRUYWPa0WCVzCWz9s4zhA96jYIQdkgy8bd/+4VZPHLB65YEvD"
            "mpW16fc0Sws54Ya4jLT0E2UZA2KnneyfQNjvF7KPUcF+qZAnnq7z4lviw8RA3CQXY9n8WJUnPdlvJMSfrhKGDM1OyvHd4Ptz"
            "MDPnz0HDDe4bOCkTDJnuTK4rE0imMZNT8zdk3pAp6HTWd4I6QejzTlCwXOeU/IJmth94vViWC59zzzbTbwCYlb1PwWclmBPZ"
            "K+AcR+TUfK8oV3zrdXnP60fkXS+/ASWvvwET2pq2y2eefFz+27NPgnP7dujzZMefF80ZNavPtiG773j9w3cP3bUnc3NcdcG8"
            "Ru4wbfonuOnV16HkjcPyvjdoi83yN08/KZ+hLf+w6sEbCzKWNn3556MfNS1MHZ5/L8prBLQJ2dy6yPePOaqoL17z/eMR/E/Q"
            "dvQoHVsCbSrya/AmhFeRMDj9vjKfB7vZe2ufZBY1Gnr0UafSbKkQVDsq6NuWtLQrtqFQJ/2ogX7TuuzBL4woWMbnHV7y4k03"
            "/7FIvnwFPjVJlCwYDhGiVNK3YzsqVMotFapeCLu/mKH0DWLfwN49cNiBu5eBW3htyb6yHQ/TA0Uc+R2fx4e/Z2ojBVIC49Bo"
            "s1lwOWvUclpRS3BKaCjDFhVl2SBEf0Hmyl+R8fcY2J4+eHuy3OhBuQewP53+7n7dcSDcr14d7OFHTSxkrJQkqBRqtSrGbLRY"
            "zMRsNCNHKjP7ojH22KSkfTarrs/RVb8aEZGC2J3j6/1DDv4G5SGXZg0NC+b1JS+WUMG0LX2ulAkIyEhYyq3j/0TPWx0gCr1O"
            "reZJRuQF55W/RsGt271k8c5nb71tF7d9ye5dt9327LNsPnLOR73t9bdWGoZdJO7wb3a+M7Y+id6/uD01rSOxo1PTqMpn6w4u"
            "8lujeFWOkG8mozXPdCReuk3TeM1vkDbgyB/jchH9M+R1/ihZJbQQHyaXsi/xi2+TqXCWzMO6WZg4vi9RCDvJZIRfh88l7J5L"
            "rAg/AdMKTGMwZWByY8rDNA5TOaaRtA7bHMF0mOLANIndT5MZymNkIdKi9NZgKmP3yWQN1q1R5Iafkc4aipfmWfkzDDZcP7kH"
            "DvNDsd6B+dsxH6NcTzi8mzH5sHw40m9BXDa8O5F+utDS9QPmRyHuYVhP+1+C9zJ6x3Ify58mG7ANpq52LGd5lM8qBn+awdN7"
            "Gd+XtS9iuE+TZZhXKXK7LuE9BpMRZ0opwni54WQz3tOQ/gQqe/Eb4sH6EXRUIzJdh7C/o4k7RqK/Czo+nLhyTPvRQLdjS/qb"
            "vO8QovqcEDUaZnUTpuOEaGoxvUJtBKZhmOZi2kyILgHTHYTorYTEYD5mJyGG5Wjz8zFh3rSSEDPSsGBbm4QJ29iRhh3bOLIJ"
            "id1Jf+oC08+E9NlBSN8UTO8S0g9h+50nxL2REA/7yThMCONF2j7shg/LEzCfgLwlYrukaYQkDyYkZTshqYg3Fe9pyENaiJD0"
            "PpgOEjIA2w3AugHI3wBsl4HPGdj3TGw7EEU1ENtklaAzQv78iDP7QUICmZgQxyBsn9Mf072EDMbyXMST20bIEJTDUORv6COE"
            "DMO+DkecwzEKy8N+jER+RmK70SjPfMznnyGkANsVoJwLkU4hribHIL4xKJsxPxBShP0pwuexyO/YnfS3kNnsaoBSUkamEQXO"
            "QiPJwBzhb+LLiMBq+8H87jk4mezunqcGSIzkORL5Vh7zwXFwWyQv4Pr1UCQvEj2cj+QVxMIlRfJKchufGcmriJU/EcmrUf9U"
            "kbwGGhTfR/Ja0ke1IZLXkQFqTSSvJwH1HyL5GBKnMdFfQBbU+LSTcUXzgH0RI3mOqCAQyfMkG/IjeYGkwEORvIh9+SiSV5Ak"
            "kCN5JbnADYnkVSSFfzaSV5M+/N8jeQ33geCI5LVksGpSJK8j01Q7I3k9maPOjeRjSLb6JMknDWQ2plZMt5E6Uks8mKrxuRpz"
            "NaSRNJElpJlB1WOph6RgaSres0gmGYjJQ8YgVCPWz8X2HjIa883Yil6rGd5GMp8MQK83+n9iy8JcaYSLIta6P+bGYvsaxEDy"
            "G2Y3tDbcVlfrqa1urfbUNDYtaW6YXd/qSalJ9WRlDsz0jGlsnD23zjO6sbmpsbm6taFx/gDN6KvBsjyliKKourW/Z+z8mgHU"
            "YDSQmUi2N8MeMhGf5pMWrG6YWRdG5plYPR8LRiHEXGSSjGqci9eRCFSDzedjEUXiIemY/gfSkS01dfNr65o96Z5r8P96U08P"
            "/ataesL8TGZNW7obZqHsBmIKYFVdcwuFzhowcEDg+oSiZNKvR4ZSSQ9TuT6TDYxBqjutrIZKZB7em8ktWNZIZv3qCHsQro7p"
            "YwvW1LGnWoaV4p6EEBMZVAlrSSXeyqjNZ1Bl16FYjBRnYfsapptRyBqGm+p4GHMj5usjYzeHLGQa2oKQtF20by1UA3sJvKHF"
            "U+1pba6urZtX3XyLp3HWlVrlaa6b3dDSWteMhQ3zPZMGTBzgKalurZvf6qmeX+sp625YPGtWQ00dK6ypa26tRuDG1npUjDkL"
            "mxtaahtqKLWWAddTs+tPtR7V6jUNCEqOSmwRk8NNDJw+t4SbTGytW1Tnuam6tbWuhQKPQoCWiPDDAzuSCWUePtEBW4ziosKp"
            "Z/lqNui1DB2d2vMjLWfiZPf8KmFPpG11RHnm418jwoZ7Q9v0jyjFLHZtYXTnIw0P5qPzoYXJo4EpV28uPGxYq5mShBVzHta2"
            "MtgaLJ+Lf0siZm4eyjFMdWbEkC1mZrG+u+8I741n6tcji7BKz4pMOA8rbcJ8I+M9Kr10NnKU/zrGFc1VMzM7E1vMZXTCfNQz"
            "xa1malcXUcNWxm1LL/UNK6uHcUyxFzCVpca1LiLJKWiUx18XY1havadNC5vmi5jcenDPZ9zWsrLGbslSqLkRSuEez2XG/5bu"
            "UZnFtDEsvVqGLf0X5DuLyaY1QrWRcVSLf+FxDmtUI7ZdyEYtPNXDut56jeSqmXwbI+2asIbSCvMyLzx1R1W34FTEiTuyuWFe"
            "Y3/P4vqGmnrP4uoWT21dS8Ps+Vg5c4nnyongwdpqnOrz5zcuwmm0qK4/TutZzXUt9Q3zZ3taqMltqWtumBVB4Wmtr26lhmFe"
            "XWtzQ0313LlL0EnNa8KmM9ErLW5orafUq+c+MyDMBVqNWWiRPQ3zmpobFzH20ltqmuvq5iOd6trqmQ1zG1oRR311c3UN2hI0"
            "KA01LcxWoInwNFXPTy9Y2NzYVIdMThkzvgcQ2QrbmZbGuYvqWhj0/Lq62hZqp2qxi3OxERKe29h4C+3KrMZmZK+2tT69F7+z"
            "Gue3YtNGT3VtLfYZBdVYs3AetWBoVVqjzFXXNDdiXdPc6lbEMo9aqno2x5vIEAztMlAT6N8ANtN726+aiPUaENGPDGzY2to0"
            "JCNj8eLFA6ojRqwGbdgAZCrj/x0tVZEmpsy9DVQzUwuKcx6qy6+Sbl3SVBdRkuaWAfWt8+aG3V+YbNROLuxlmaOzaCK6tvHM"
            "DTVF5n5hROs9V2Ggdu5qxz2QOW50OsgPVd6FzKrTsZw4drynuAnVpBDHyBMB6O+JuveBAwZeLa6wBWrA51bW8RY2fwYwYc3G"
            "+mLkbHy3GFAJG5paWwa0NMwd0Ng8O6O4cHzkv3pg/8OGTP+vkWs/IyfRqBxyySQYEbmPAolYiRtG4t2N96HED0OwfDDesZ5s"
            "x+sFTBxkkeEwEGsGYssMvGfiM733h1TShS1TsfwGfE7B8mS8J0eek/A5Ee+JkWcfxDP4+MhzGtbjnZSAkv72GbvuAUEqgeOd"
            "cKgTjJ3QeBmky7D84saL2y7y/zwfcGec33qeqzwHGecqzzWe23ru1Dnx2zMe9zdnhru/bk92f9U+3H1q+BeTvhzOTyJfZH7B"
            "fQH8pIyRWuhH31zg1YNJwsR3tUE/KcXZp/BzvstNTsJnwjD3Rx/0cX/4QZK76v2N77e9z9NbCDPt74sHu9qee9/ZtxDv+9/X"
            "6AsNB8EuGeDQa0lu6eXUkYXSy/HJhQfBKyUdGO4mB6HxIBx8QeMmLwB5wfOC9ELVC00viPS28YXjL5x/QTwIHklfhKDPVz3P"
            "bXv++PMcYpZintfGFBr2Ve7j9vLD3JRtJ8nDVIyJJxvwCsi8U0pJSi1078nYk7dn6x7BsAekPTH2QrKradfyXXz7rvO7uGef"
            "CbifKUlyvwguiNs3jHIUdwAMT4NhB7wCDrCQYTgONunOkmHuLZuS3Y9j2oxp+SZ4pDDFvfV3e37HPVwYcBsedD/I/XZjkvuB"
            "+5Pchg3uDY0blm3YsEG8794kd/F6MNwL0r1aQ6FhjXsNd89vDO7K38Cguwrv4hYh7YWYWjG1YEptAlcT8E1woQn+2vRtE1ff"
            "BMEmONh1XlrahOJsnF/knl+Y5Y6D2ElOf+wkpZ+fpMBxqca2VZVZ7kq8z5ha5J5WmOyumHqre2rhQLclyzxJxNEVsvhJjTwY"
            "+Dy+mG/kl/Fi5USQJqb0L5Qm9ovHiyW28JbS20vXlfITivu4SzA5i1OLuWBxQzF3EMxSemGie2yh011U6HWPwU7/XIhCgD5F"
            "rkn2LNskExgmGbMMkzhAjSVd7oNg2udS480opePdbcgzVBqWGQSDIcNQbGg0bDCcMnQZlHlYds7ANxIoJrDcDiIchI17yyam"
            "pY07qOwqHRdSllSEYHUocSK9ShOmhhSrQ2TS1IryvQD3BX+zfj0Z1XdcKGtieaiqb3BcqBYzEs0sx4yx7147GRVsaW1pXZgW"
            "+UBLK70RemvBTEsLrQJa1A3CiltaWltbSbhJS1oLSaNXrAC8khYGiDAUmOKK/AN6JZQcIwMMsqWVArHGC+mVPdFSioh9kEJL"
            "N3mGOXyL/T9ZRLNI"
        )},
    'I': {"len1": 25604, "widths": {32: 278, 33: 278, 34: 355, 35: 556, 36: 556, 37: 889, 38: 667, 39: 191, 40: 333, 41: 333, 42: 389, 43: 584, 44: 278, 45: 333, 46: 278, 47: 278, 48: 556, 49: 556, 50: 556, 51: 556, 52: 556, 53: 556, 54: 556, 55: 556, 56: 556, 57: 556, 58: 278, 59: 278, 60: 584, 61: 584, 62: 584, 63: 556, 64: 1015, 65: 667, 66: 667, 67: 722, 68: 722, 69: 667, 70: 611, 71: 778, 72: 722, 73: 278, 74: 500, 75: 667, 76: 556, 77: 833, 78: 722, 79: 778, 80: 667, 81: 778, 82: 722, 83: 667, 84: 611, 85: 722, 86: 667, 87: 944, 88: 667, 89: 667, 90: 611, 91: 278, 92: 278, 93: 278, 94: 469, 95: 556, 96: 333, 97: 556, 98: 556, 99: 500, 100: 556, 101: 556, 102: 278, 103: 556, 104: 556, 105: 222, 106: 222, 107: 500, 108: 222, 109: 833, 110: 556, 111: 556, 112: 556, 113: 556, 114: 333, 115: 500, 116: 278, 117: 556, 118: 500, 119: 722, 120: 500, 121: 500, 122: 500, 123: 334, 124: 260, 125: 334, 126: 584, 8216: 222, 8217: 222, 8220: 333, 8221: 333, 8211: 556, 8212: 1000, 8226: 350, 169: 737, 160: 278},
        "b64": (
            "eNqtvAlA1NX2OH6Xz2e2z2zMBsMA8xlGEBxgkFEQNfm40ZgLuDMaAgoqpYAMalomZJmR5potWmqrmua4lLSq2eYr08p69ew9"
            "rWx7z772etq3Uj78zv3MgOjrvf86eudzP3c599xzzj3n3HPvgDBCyICaEUWlJeP9eeiZ936Hki8gVc6YW9UwxDnkMkJ4ILzf"
            "PGNBkzjvpRlueH8YIbJiZsOsuXdWvRiHECcipD4wa86imXfSg68hJJxCaFjC7Jqqat16ywMIlZyH/vmzocCQxbkQKu0B7z1m"
            "z2267cUT8Y/CexBgPjWnfkYV0n/5KkJjoT3ePrfqtgZuF78eofEboL1YVzW3ZoLxhkJ4PwBj7GqoDzd1HEAbEaqoZPUNjTUN"
            "lcfPEHhvBpyWIcptw2sQjxD/KB9AKdilPKfQD9FMYtHwRFBxhBAt4c4iXUcpuq0DoHggod6Dxw9FGIkdV/iP5ck4oB6E91Ui"
            "fOjM/wLc/nwLGw1lwTcGujEK6hGHSuFphn8UnneirWiHaBOdYrKY2tGhtGclVjFBTGIlHV92HO5oO1tydtTZm84WKzCu+fDv"
            "839DS2AkO1qkfF/z4fojG1qIUAeja7dveTL6//WjiT4OoNfQHsD/U7QXPYa2A8XvRSuUOe66ii8W0SF0FD0HL6+iTWgV2vlH"
            "EPkWbEEvAbRGtA/tQBvQIyB7/6ndLWgteh5Gn4pGoSZUjT/HLVDWBqM+iFpxDfoFa3AqDqAf0Q8w8tOA02l0Ah2DfCHyAXbd"
            "PvhLfAytA9xvhe+D8L2JlZKfUStZh+rIp7QFxrgP+kyD4j8rXZ7CU+HtLhiZfaahGlR/HZIrYJZPo8VXZyB/w7d0/AsZruxH"
            "y5TajagWzePfR6YrKR0/oz7ct8ggn0KHqBvmjtALSqeWzt7qIL2FvEhIO0g8zHwWpCr8OWC5ig6GGYzHw/FD6Gu0iPuQfqju"
            "KV9AY2CMyaga7Qb+HKA3IyOI8M/oYVTx/4zLqhZuNrJx7zEZ6vhYXgq4/xW49zJQ44R049QpobKJE8aPG1taMmb0qJE3jQje"
            "WDx82NAhg6WiQTcMHNC/sF9Bft/euf6c7KyMnulpPbypHneCLc5sMhoEnVajVvEcJRhliRFcOTxC08S44irvcG9VMDtLHJ4w"
            "e1h21nBvcWVErBIj8ODSvcGgUuStioiVYiQdHlXdiisjErSceV1LKdpS6mqJzeJANJAN4RUjx4d5xTY8ZWwZ5FcN84bEyI9K"
            "frSS59KVFwO8eDzQQ8GKYSsOjxQvmN06vBJwxHsF3VDv0BpddhbaqxMgK0AukuFt2IszBmElQzKG999LkMbAhoWZDq+qjpSO"
            "LRs+zOXxhLKzRkSM3mFKFRqqgIyohkbUCkixlqGO7hf3Zh1uXdlmRtMrffpqb3XVzWURWgV9W+nw1tZ7I3G+SKZ3WCRz8bkE"
            "mHlNJMs7bHjEx6COHNc1zsirQ+IIn2b2iq2XEEzH++P5a0uqYiWqNPMlxLIRMjSCx5V52MdVDLRubS32isWtla1VbR3N072i"
            "2du6V69vbRgO5EalZQCirePl+12R4pWhiLlyNu4fik29eNzIiHXs1LIISSsWZ1dBCfwv8nr6uTxxXW1K/1M1ArIAcYDCHg8j"
            "w/1tEpoOL5HmsWXRdxFNd+1Dkt8XipBKVnO4s8Y+kdU0d9Z0da/0Am9Hji9rjXBpI6q9w4Hi91dFmqeDdN3CGOM1R4y/uDze"
            "VkucWOgPKW1FwGpEda0Y4dOBSNCreweQG9al1ay8GH+JPn50wQDpcRax0AtgGJzh3uGVsf8LZicAABEIHfRFBWFCWUQaBhmp"
            "Ksax4Xtz/dCjqhIYVjtMYWbE722I2LxDurjL0BpeO75M6RLrFrENjYDFjvWK+Icr60oc3lo5LIoCg+UdW/YSCnSc3dtHdO0P"
            "oD4oNIw1dgwFKUsf3lpWPTPirnRVw7qbKZa5PBEpBBwOectqQkzsgEKZZ12KcIQUWZlQNnK8d+TYKWX9YohEKxg4Lm34dWC8"
            "Za4oGBDAiCZNI5YRFw1BQzMUiMWQ8Q4ZCN8RdZoGkhkIrpQywR0yUCzDLtTZGtCIZIrDa4bF2rH3a4DyTJyGBjuhqdgrwBka"
            "dHlCnugnO4tAtRgbGHpoGFGDnVWgpqBCA/I5NKgUMVomMKEXy7w13pB3thiRSsvY3Bh5FCrHiKHQPMarCde8dSMWkAl5oLrz"
            "hREzUuxzdSdu5Eblves1eF31iM5qsVXjHTm+lQH3xgAiwHxEBDERlvrFuRRdwBa0F3SvaIYlrSzo1r2SxBbz7P4MiHdEdat3"
            "fNlApTXokyWuxWwsCxqJR04Ykp0Fqm3IXi9eMXavhFeMn1L2khm8mhUTyvYRTIZWDgnt7QF1ZS+BKygppYSVskL2IrIXBmkc"
            "vGiU9q6XJISalVpOKVDeZ7RhpJRpOsswmtFGomXm6EDpykASIlDDRWukztYclGmiZc1KmfLZixjJJB0vaSStpCcG4tqLWdE+"
            "KHkZvC8tRvv12IBde6HXOKW4DTfv1UquaItmaCFFMVwx8erQE6eU7dcj6KZ8w0BD2AfEJWE2MBvMynCxmgnKHaHZrZUhttiQ"
            "A1gD/3EEewcBm7yDABGVPqLz1gyJCN4hrLyIlRdFy1WsXA0iih0YujcD70sjmEnA1DIPLEkx8Zir1fwj41QIlEqr+ZtsQG40"
            "eA1p4DdSpEa9JBvmOI0WYWymmJc4/rGpHKGoyO9DiQnmDyqmlcdZcGFcoHcu9loDuCCgxiM27HpTzsh4IwOvohd/X3rsGMB8"
            "hb5NvTGYHsnI8Rhca42WR80qBi2QeDyPwQFAXaAgkZcekNrktFVFbfRt/Io8HL8CqKGe4MPeyy9CLuRGn0p3OR3IjVM4tTrF"
            "7eBUCfHxvMpuSTIlGzWCYDRZOJ3NatXqVDqPqFFzglHYE0pJxkZ3EjJZTHtCTofd4jZWGInJyB71Rk5vspRYSP8zlgsW4rcU"
            "wctqyxkLzzJ7LNQi5QaCRovRwifE26wqnVbFJwD+gQBLlkJQ277yeY3TyqeVz4uDEl8cgu9uuegkocQSr0w2+u/adyAA9dg9"
            "1Gtlyds3AMljDVCWAlDusdLHx2BO/qasbpL84IS6Cce+HHMFW0J1ZfjWsrqyj9ulUnzLGDpfXj1Hno0fZmkOnjcnmpNnz5FX"
            "43mIdlzsaOLW8edRKspAfnRQqs209DSkG8Usd7bT4cjOMhp4Rk4VRymvQl6vykK1yUlJvbW57mxHdjiULhqzmrLuziKZliwR"
            "eVUqhym5PploaXKy0xEf75C05qCjp0FlCIeQrlRXqaM6nYrnqUohmD8u4C9nREnw+9hLwK/IUnxhOSMBq4jDCjVihInR5hqy"
            "KaSycbzaW5CDexak4HhrDunbZxAugm0XvKnTe9IUrO4Djx7Y5oi3GjGXK/8od7gbxWMfu550rl1e+eDaUXf9sN7Z6Nr8UuLm"
            "7COT3nz5pZqlU/Cg9otTWsau3YR3vPSxZtuTxgNb0sILdPjHzKkt0xqeDuFl91k33p79rEu+sW/b2jE1GXLvOCoNnZSBt/CN"
            "INrrOi6q3uJXgbxbQEpz0AA0WeqbYEI4Rd3HR2h/r5f61NikGniD6H8xlCG2Tc3Ih6dTn/hiiNO3TeWs8FQTFQJaFRX5fD6U"
            "wL5BfK6fv8eLA2l5DrvNSLyp6X37WPLjU43Ebgvk5Vv69sH/uWbH09wTz14+tWR5ft3a0B0ryiMtQydJvjsn1g2kmX9QyLfo"
            "H994y3fPTnz64fU4ecOcQfd8Ovr15VhT+aI84T9UwOw9Hee57/n7UBrKRTegedJgmy8gZuhTiSYtJyeut6NfUhpCSY44blCR"
            "6EvNIHy6LeBMS0t3OgeMDR12YpOzyAkS5dTz6cb0sSGd0QGyoyylBCYv84AiqDDBDwuPCcY11IECkA4CchDIK1CrvKk9VQoZ"
            "8gvYV4ARRmXCjvhBuADnMfkxYrvNYbXFD6J9+6R7U1Xc2fsfzqjJGdjHMHDwg4v3ffPaX17+V9LnL7bufvKjJaMeGNg4pn32"
            "k60jlmdtX3bfFWtJ66wBU0c0LCa75Le2pWea73UsvuvYzseOly+s331yzYKmXePzzh4d9ur29pU1Uy41D1lbV383fWJMdXIf"
            "aVz/wePvZdGAP4GSO6LoyHiJKVwOtCNTjonHr1Gxk2PqUIkgVMpldDLsEXUIlhtRqwU9C5GAzHR1QXFmq5fEmVEandz++onn"
            "P8VZOJl/X6btBfLt8p9xBt6Im8jML5SNbkehXEZyr4WHQNFehUcBHg1YAB7/DhkC4ORT8tdyGW4nx/A9OFP+TL5FXtn+6BeA"
            "221kH50A8zGiwVK6zkSImWqRHuu1KioI6hK+gl/Kr+Y5XnI4g4jH/GGDMtlyX3leoT++MMpF0AEWxse0eD5eLcAiTyvgaYC4"
            "sSZb/valhRs3L3xN/j4bC/oV3JRZd4/4PYhJBwr+OmL5rTgTcLgLHeBquMeRgIZK6VqVClFq0O8gmJpIBSF6FUEcz+0OaT9V"
            "4wL1vWqi5veDgJWXR2UMJKwiZt+iuibOG+fp6wG0PHby2nqY9vb1eDuplCfgXevwLnnCOsaTNPl3PBKdRlrUQ7KoKI8wjwUd"
            "j7ZP5fhNUznkV9Zx1NYBUKs3v8ALdtOIt95+m7Os11HRMkT+/b4lp7dXbFR4XItPkjtIA8iFW4qjiOcweiW0BZ/AxI8xRn5l"
            "FQA8AFXgUde68UU3Prl1q9K3FL4GAS5MpnQUQWeEN01FgEMnQwMwdKnvqO/0acb/lR3nyQ/Af2DzixTBSMjBmA9LqHeuGgdA"
            "Ug493j7Mxp/9XWQhEBSC9T2d3wg8TkIZki1Rp0u2UpqiNoVDaidygOZXoyJFeSna3BKVSVh7ZsJ5U0FXJ+J8qugjtuJAOTnI"
            "FwdPbJa/ev+FD0Jb/jH2oUONC+ewL37jL190INnzGyZfH8BN2Lzq9x9O4UOvbNp8Sh4M3zDXvgjRt0HedKiPlKQhRNBriI40"
            "hXQJ/BYOZ3KFHOE4NQUhYLbaD0wuUsxMFyE8Vr4gDcysum8KnnVSfsiLFz1zEU9OeYTLOXPgm8sJj0TXyEXwPybCnEU0SspM"
            "Qbp4c1xcvJumIuQxmbHJ7DYTIzWbbTYwfDY1TkEpTSGmxxVjF/1WdJci250Kq3eut2CQOkoGdc9BWNFPRgxSofao9QkFKzY8"
            "snrJtPwlt8x9Im1n/q+vvPj1zOMfrH8hh/w5eWn5uoXTp06ZuWjU9EULF6bt3P/m5lve2HdX+cPBRxQZyAUeVQG+PtQslabH"
            "a3Wi263rZY3nswDLbKuvl69XU8jncxlcXuAXePiSWCpyLCNCZqsYEX8S1QZRdDlNWmzSurUwPa3WYFCFQwY16jahooD/qkpW"
            "HlGmX50jzsvvnGJ+j04VnILZTL2pURMeUJr4cAHJP/jCopqFz6Xu64+FV1757MgevGzdom8eaX6zxflUSuT2VVs2ttyRQl3r"
            "VpbPWVxvfPmFtq2PHInnEh+7fcnRW8u2zc1tWvXgnQ23b1bk1AA8S1dkw4BKpZ56ziCAdlOpiAZj2EEYTSDseg4mpOEFlV6P"
            "WRVmfkoRyCyYl04HrmvhRk1MYVSemadWgME5U1PsoWMGHRjUHnbRwDttryadbN+BP8ZF8hFctJK+eGXUA7S4PajIEcoBvtwG"
            "OCWhaVKeA1Ynl2Q2mZKQjsPJOCUpSa12hsEJUBuQwQqMMZujcmVwIgoCpYquK8VtipE8EGXFNXKl4OdRe2hMpJBHpF1U9qaq"
            "vXgy9SS3L2vMWzO+7Sv5rCzLq8qedD8+/5kDrU1PLozwLY/Ig3vlfnLgF/l7PMLXWP/KrsVrahSahgH/MMhVInjkJVIvT7wr"
            "jsbTDEGny7T1CIfiTIJbANttE2wCUquNoBHUKAUm4uzUCIA0YM0mEOhUD52alme6wcJEJF6dA7JBOvEnKnDkOrE3YuI48tWz"
            "OPW1jUe8zzgbxz71bZ+BB+ftOnXPP+RFKxrvb1vYUP7YzTas/+yf+M/y6hU9xpbJX8i/TKn4aPvDcsca/NKyp7/cFb534maF"
            "H6dARvYp9gp2PWB/VSZeozFrVWpVU0itwmwJ5xV1OaYx3nu8+YkYe0DxAnPw/lczn/0NJ175PZkeSTqzc8UtJe/jBnwLHvLI"
            "Ovn3L05+8j2oKJQPdJvFPwh0SEO90QQpK5n6dd74TLM53qbS8XnJlAZUVmtiemJ6OJSYCOzPAsF0IrG7Nu22xgLXrrJODdu5"
            "tLiY19M3B/ft08PauQJB1cYr31FiksOHvt+9HtfNl8/99skPL+6ZWo25fcsfXLb0no33JW9+bsPdGw4+wj94cNPKNx2c59G6"
            "kxf/tG/jiZ5c+kOz9r7bvnH1PdPnLl86a+H9z2xsWLprff0SJh/FMM8RIB8u2F+MlbKSkCFV5bDbVQbaK5OkwWQIcpgdICEO"
            "4iBWnRWk3erUucMhnfrfJYRtCa66d2yKKqYxmLMflQtwcmOSbbF2TjCQNwjTu5YfX3Bg+t0XNrx5euSdW1+ukt8f+XjCgqmP"
            "nxnfOndD251zpj09iex6b1bbvIfb18inN8l7ft92E7ZnT7wZe8jURes+e23x8pk72XzGgpB8x/VX9rA9JSs8OMRpNRy/eSoY"
            "ys1TsUlB2+/rtpO1sg0xpMuZRzPl9fBFbz1x4sqDJ04AvHTwEy4CPC3opHwp2aBjroIKHCEdNRkF3eapgukapyFKEdydz1d9"
            "BzbQNuY/ZBxNsQzpnXE0g/kQJzZXbOSyYTQm38vQo9xMbifTHFJPWEeIU3EadZFqqWq1iqpySQMBd5NgZOKKuHpuC3cCXCPk"
            "9JcHAsfLj5df3bnCsH2xXYvty+jXV56hU8iA4/iJR+V18tpHFL1wFy7jauh5hU7DpEyqRpwa6MT8LBPv5pnjd4KHSfJYwmh3"
            "qBSfxMQU9WTKu6IK1xCxr8eOId0F4yXTr2nZhg0y2rDh3+ak4gkH47Njg1yugWvmKFeElqLVgImJFJF6soWcIDxhc2Iz6qbN"
            "YZCCvlrcl81pCszp60cfwfW47lF52nHlqAdtAd0wF2Q5GXnQJCnXRgW9J8WVoqewumzIpMdxVO+WUtyPTU0xJboT/YkViZyB"
            "JiYiFL8thLhuVrJb4KT7hiW2Zo2EWXzvIFIwiFy1lBSYS1576x83VC0auHS6cY+huHb5LTfnrGta+WL600U47s2eR3vyG999"
            "rOq+mpu8wYZhpQunjRo4vrpo+m0rF2ccfeX3W5QYzBvyN+rV4NsNQqPRUSk5s6DYpHa5iuITPAjlJpgK+DEl5hJMUAmeUdLW"
            "cXj/5JuDyvOm0uhz4NDo01+gPKUbUnsFTSXukhMlZ0o4K00eoR/xaUjD6RPi463WIZ+G7FaT3q0nAvXrrVa9nwYGDEj7NDQA"
            "BbI/DQVOX13i8WyJd65xRiXGEJbDTA7YJ+qGx+IA3Xb+RNnRFXiZ96BscAN58eDPUhXb5A4C5UB6eFM58CotXEBMi1cBs3qQ"
            "vmYL8uRxFj5qQaJqgqhXh48vrbmFqoYcnffY7pbvV50ep+q5uSltbOm9Yx6V//bGz/LKU4/hzLdxIU4tWCvvfv4n+ZE3fsMv"
            "Y8s/8bSX2p+4u67msSkVM0rX1Q0k/3pZ/vipqROLb7/9/ReewonPvLhVVj0Vmtb68/r92P7gp/Lc34/Inz/+RMPkqa/j6d/i"
            "BPwn1PGC/OJXM5csPdd824qyTW8xmevYBDL3PdgjNegHSRIFPfjvarXJSDkODJ9AKkJ6QdCoeErBq0UWVBSfB45tob9b8IT5"
            "28xLATtFPdSLA1psBGtFubSR7S0/naSln+Me8iRDrvw8Mc3Em+VqvuX3pdw/Eye1R0gms1VFsGUwAw4GZAPZL5V8xji7UxvH"
            "2Q0GTqXl3CmqZKMxuSJkTLaOMBrBVNkrQgYLslWEWOfupipqq7qpL2Vb52FbAV4xU5mAmBjXJxNTT9RGeXAplj/8p7y79WH5"
            "Xfkf7bvxzXgkniFflF/4M2746OiWB+V1fMvuB+WvB8Q/ueCTr2gvTF69vHf9A7c2KPpuXsd5/iNYs0koKGUZHWqkTkkWLBUh"
            "t8lvIiaTwKEkc5KYVJq0JmlrkkpPk5IodVaEqLXbai1SglRRNZHHjE5UhBTXhIu6Jky+QIR6wPq5Uz586gX50v0f4fnffo59"
            "uQd6nHioTf5+41+ObMBoOh776o61WB/5BT/w+QtPFTTcvVc+9NG7361fA2uT0fkeoLMWWdk+ykR1Gqqx27TWipCWanQVIY2l"
            "i5xXw6QiirPBPsrDSNbDorjN5HvcD9d8IC+5JCMc1xcnHcW9tlz5+me+RT4onzkvP36Mb7mcsAl73zh9EWjExq2FcQV0o5RB"
            "tAgZ9LymIvQyj+/j8W08NvFYQ3meRSMqQpgiLTDWcg1jgUjwiW0ngUQBxduMJlBNnDPlyjNlNCXlylcVdFkK37JZHviobN8c"
            "G3uoMueglIkJz6tUGp1GYCOZcBEuwVSgWIpLDmLMg+tYEYK9G29hPnmnTCl2AsfEnEk5Vgb2Agr4nzNpkvvKubpDoJr/lcJ9"
            "037x8fa3YPio710DsvElyIYbLFQPZ5KFUl1iEucRk0AAkpKYu1oREgQw8CDPCcnJwJWiPFBPisN91fmKCTO4q8CJP5CJ/CLm"
            "GVIVR76VT8iRj3DLr3/DSQVH0t548LB85tHzf269Uh6Qp4pkYvVK+agNOOf8Dd/35+1P5YfDu+SjJz/+rmS0vFWOu60Oxeh1"
            "TOHVZClejbVUq9OBLjDodVqKiRr0gUbd1vGl5LCOWKS+T01MaqyBPQ7TD0KXfiiELVq5L6poi2J737wuJWFVlAQLNGPavrQd"
            "Lz2ELYeaSEfTy/L/kFXtYb6lfReZ8PtShYbgD5FUJV5VIGkRz0X4wzzhmYVI7xVkT8mU4A0W8djMY4KpggJggGF8X7my/AM4"
            "gMfCCPL/ML3D9taXwWdk+iYODZZS9VQwWjlKLSYj0glqowB6BpyKipDElbK9vMIVWJ+dwsjkIBozzosrZHuI9NiGssDK2ACa"
            "b8mWY4nb4xuqa+9KeUz+awr+8ojvnO3lvZ75d6zdSrM3X0k/ezoqH4zW2wAPPfjnvQpgkygIME+9moCnxPMU9ooGoL6RYLXA"
            "sTMAoDGnVyaY51eOAuILr9nRRLeKcdH4Byr3YLVC6AKmkaksZ7x+C8jpoRUrySOX2i0kmzzR0n4GiD26heS1t1651IkTPQc4"
            "8cgjmVgsR6UGsiJ6dUl2OjQKZaPr79C/yLuw6i67NnfCUO0EGPHYK2Wi+HiHWmW1WzFVW7HearbbHWadwWAyGhOow+FscOIJ"
            "zmoncTKeLrojyJ7S0KaFwTVObHMOc05wNjnvdvLIiWt/cuIezj5O1rzJ+abznFN9Cr5IxImJ5Cx1VjrXOLc6+TXOiPOkkypw"
            "xgdHBiuc9U5wx0Sn5KSFAGKPE+dC2wZns5Pb6jzsPOukRc7VTmJ24gtOfNiJlzq3OEkuNCewkQAlqTObqFUFqzUeNJfRopwr"
            "gDT7leMYJgh+Jm7l5fPmzWtsbGSSXz6vguWZ0vL55s2LiwWlAp1cUlyNQGds3ZpfoFJjL03vacSMYVZHfAH2YO7HAz2Sp+a3"
            "f3HHSyqvttf+nTju/GuahNkkEyP5At36Uvi1qVdG0QPJlwd2XKnnW674ez7zCT0WWzdMtt5VbGo/KRGBAAkcz+uNehOYczVW"
            "UYMGDD8fm0yeEqsKdGq5vNhCxSpFgDCINizV0+0/OmwvABaniCPR+sIu+QL38nOVV8YC3we/VkGfZAMTVN9xXoVA5xnYjkyy"
            "OalFR3XJSWpQcWorAoWn+Kl/YGN0mPNGFVx8l7Vj1obuxHY8mP9UXnlePie//TFe/M278g8bPnnvLWx/5HN+o/y2/L9grRed"
            "wgOw4wJe+/mj++THX/jw9G485ciJvyl+NaPFCCUuYwFqJAlGjUZrpFpqtalhtavVGp0OLLaOajXXKP6rYRjFi8jjFP8BKGJl"
            "LgS4DnTCd9gIOvdXuYytrHy8DN/5+KPyk3zLyRe+uNx+GtbWAFyw8E6GQ428hP8F6JKA0kGTpfSgyXa7Ra2nfEZPiwhIWKwm"
            "XWXIhJxdFPIri627AWBkUhHu6mFDes/0P6LYVoVi++S3PoirntF/sGVU+UNPxLfL5/6QdhflNWddi+oNyx273o7D+Vj9n2m4"
            "QpEnBxovZTriKDJgvUGfAEopTstp4xP0hDgqQoQgngdmK8rK0KWsumiKAt3JepW8UdfRo4QU1NpYCA98SNe/5BvnAXFJ9afy"
            "Zx9jvdzwQtuDG+SJNWRE+0G+5f1nXv0iuf0Zcvah+xpua/81qlf7g92VgNYZaLpU6EzQpadYmIJPT+B6ZUop2JaChRRcqMMm"
            "HTZwKTo7sidVhpxOO/fHaj9mjAujTkj5dbtjPrVHV0QxB/dkR4M9PDETLdphrPgU4A1HZv8m/5i61/Xyi6f/1H/lc8/tmAwL"
            "S/UF1qXu9jy3Rl4RmP/80eemyn+y7X0hraVp2b1Dxw7O9c9YOf3FEw+vC9RWnx84qtCfX7269oO/RefYBvy4WfHb2ek54QhY"
            "YS1lBw2M9gTHJJlFE/F1MUSPmk65+PpFOSmFWw4+y2UX983mzQzmI0C3D5W7nH2lRIAnUOqIs1jiQZELNC4O/H+2fq2dMUGs"
            "7Ka6VJtCChYDsip7I0dAdIF9IIg88IN80aTZeOiJuD2P4ebR21/fmS9HbP/8KOv2NKq68sLkfisexhtp9ZW18gX5HwyPvTC3"
            "S4CHBjSIBSOYDk+0ao1Gpyawn1dm1i08pmys2QGlFdRmgDz9tvzRG2977yHDToJOFH/7jZ6NwdTkAEwnLpTOslt/hjgzh5HN"
            "BjaWS0xwOl2LXNjVfNvS4A8ufNqFj7vwKy68w4U3QbFUNy84wDXSRTLhxYUNLlyL/+G67CJnXPg9F97jOuQiLunm6UG/Cwsu"
            "l4tcduELV6sAxGoXvp0BGjEq2MGeQ4uDW1jR/S5Sr8A0uXCh4Drt+oeL3u96zvWKkuVdUnYguNSFSZGrxFXhon7lUe9a7Trh"
            "6nCpkQs7ExJgp2Q2g3tmM4BSx1itiWp1RT6VTKeJAqvkm9cYlWJfORgm5dPY6AOz1RhzscujtfO6jsEDnf8ZkSnpqZgqZqMG"
            "4aipYk/+zjM3GsmoAXL5mQfeKtFzJbPwioMjjdScOxAfPUaXYmvvd5ZcaQGGtGw69Oo5Wnhl/aMfecOt9CXmj30O/N6o+Jw3"
            "SRkqHgmCTo05XkU1Wq2hw4AJpXqtRoN1nJoDLwhehateUHxhzHIFyrsd3QOyWuzVMs+HOT/fyR+2X/yYPCDvegf2pqc/bt+O"
            "G8i09ifI38lD7Z+Tnu03t3uj6+oTwOVDRfYKJRdH2bEapVqw/jq1ChDiCcGgSzBC/jwlah8lbvfgKKOTVRkYk62vh+XmN3Ee"
            "yf20XSJBWtg+jTxx5R2Y82cwTpKyLymAcQBFlUoAD1AH2w/wtVSUaDBskZiwXz3Rifmditz3zs3EBUpIGHu4/pcfd3Ep7TSF"
            "/t11+Ss6fzU3afP9l59RaCtPJl/x74OeyJIcKsQRouVhKWDuUgizZRZiB69Xz86i0HvnUtjdwJJS98SN+CHnD/KhH5zyZPX8"
            "lt9WtUTptK7jPP5MOcNjZ7jsHLnzGC920sWDkGDp+Q37Os/xcMdkwKVSwQU8Ax7BlLVIoyaXQmqXil4KqdC1mCh4FASwt8CD"
            "dzi/x4N/cOKH5FXy5BZVuOXX+6N4ZJBt9BOgowoFpESeA1kBPxPBJi8VY4qtWGEXZezysyPX69SGljD/hvaW35M/eAI3vIcb"
            "yTayqP1ecrZdjJ7DVXao6O8d46JnmwSkAZTGS0A6v6/z1Fjd12Pfyj36+6hRDJ+7uL34f/lziv9sw0ilRvTBqSbkRyxIeIFd"
            "9e/c68PouCBgVePN8rf8iW0UOjqS5S9t0VggO7fJ5sagTFSAKqU+uUJ8Qi8TJ/YUEwSuX6HRNzbEaYxGl6Y0HpuYeo6Pd7ls"
            "pSGXuWdaQBMoDSHN1UsMVyMNbEfktxR2OhWBLhvWLcDVI60g/7ojQnU02AU+B1UbaSzmXUC3lE/kVeP33blyD9bi1O+tt0xb"
            "uNi1L/vMq8+9Y71JGOvyGIcceGfhipG+qtFVm2eadaNHSXfWbL/rpdc5Oj156uSJk5PX37P1XqlcXp6bMULdYCapHE0rnDxo"
            "5LTxy0cDDZKBBn1AXhKBCrdK1p40XtRRo81mtRpNJo3OEKRtHb9KmSxj8vUy+dw+vw+28zYrMhntOosYDwZd7S0NqR3IBRQx"
            "XxMNZEZEsWAgDT5fzDOP7zo6job9enqVQClWbJo6MAhHL7c4ordb0sn3j+25/czu2x8VqTqV7OaTTZcOjNckciOeGDpj1fR+"
            "S+fdsWbcNG7Ma0+/Jy9rmz0trZWalt/E/SiHcqZVTLp/7JOXqpbc/xAecfvtdyiyPLTjPP0BeJ6AglJGvAb0nNmkMTkT9dbS"
            "kNuMzWa9GREzqSTUSAnheVQa4h3/IY4U42xaXkE88XTGLWPnXCpiN+NPjk/YvEhuO/zB2gvP73hLt1c1Z+qdmyct/ra3/Npf"
            "3noXlz25c4OzqvZe+S+r5UvAi+Ed/+B2AC/iwX8dI2X2oLZk4IXFaDDEWailZ4Ylzm40IFaoRmoRaG5GCUBzx7/RvBt+MXLz"
            "V9ELRAnt7cOksWdeZ3iakRyvjdJ6k8gnjTtwKVm7y86PeGJIlM6LH5g0zQ5kxkuAzE/gJy9bV40LzO2i8Vr5YItCYzaP81xP"
            "hcYiCkk5ohMhk9MBhsZhcnhSNRrEi0BWg5gsEhsninqrNbk0ZDXr+dKQ3nF9TCqWu/68loXw1IqQFMR3Ro2jB9HqngXRlQWa"
            "gd6zvOrxrNYRX249duYBTLYdP5ewhWtZtPxgGv5f75h7HqgcX7TstjN/OoaL9n7wam11a/COu597TJGT4TCRvwMvHCxia1Nh"
            "oiKGeEOC2iqoBHNpSIAtvIqODdlUJoLtirfUaUOYG9vlD3Z6hN6CQMEgEsiLV/txqsoEWh/ve+nASw8nPhwfP/KOqpvyErNz"
            "iobarB8n0oNXRtCDyxY31Bfq71ORwTOqljGacvJkroobjbwoD9bpAEp6xCWnpPg0Hk8coYE+qE+kD4mjokdDUUqySetzUofR"
            "kVMacpgpNSJjz9KQ0Y6AwFdNkULWq1IDgoJjF/euic2LPQuiATBv5+0zRWHFw0ItCJgwC8Z0rVXlIBevknfnP+l954HNYioZ"
            "VLFw9COvjLzr5aWLnk0g6h78c9aUbbm/yptrZ86JVDU3TLltXD958pVej63f/nxoTK9jz9yD+7xf1Tgl7X7tuAeuvPXzpzRl"
            "0dLHsGXDkvtvelz+LWqPUmFbbQfeONFwyWtQIYvD5rDbrTaVzZXosCOLoHFyoKF0Wjs1lYZoTCexa53xhdcujpjL3qWCvVZQ"
            "y0x2lKAOiNDS8c+GNzxoX/rCnZb9dx4WF+zH4oGRlmTaEg6ta5Wq28PknrJBzx5+qv0J/n35zuroeboHkLyk2G01eFsCYvdu"
            "G7SHtUTL4iUef79gUfT+xWrtFu0e7QWtSkdVvEnN2TEaz1yGKL5R3QnuZCzapNzJhbWL3akHUuUxHx34mBd37fr9LLgmbyvn"
            "DC55Mv4leucHPKtkpNfDjtcKhsvE6bVGg4nTloY4V/cxlHEshZYY668OkxrlOlMV7JzBc8DT/k6/EfF93AMGxn134Ef3Sjb0"
            "bwXGFZoJN3NPX5YevyfGl0kwvh4tlkb3I0FCCvCNeDKm/YSgUCbQQjKCkP74JjwFU8Lu77AAHBYAT4GjShiuyFhirADFy6Jx"
            "Wp0J/FQlHGfvdESZK4rLr7k+GuiMeSLwqcEBvyYiRz6UL24PMqbtfx/X/q39f3Ap/uUOeTn//pVbX8fDZX/7Q4D3VX71kVIp"
            "i9lU8riZP8mTEh67eT+/hd/DH+I7eBX7pR9DpgiXg1MfIxgLfnpgCPkM//7vfaJ0UI2EtZqNK6XLFq1JZzIadUKWk9JslO52"
            "I4Hm+Nf5MW724wn+Jj8R/dgWzd7tf8p/wH/Kf9Gv9vkH+Anym/1k1kU/PuvHp/w44sfDoNUGaMWZ/ZhjhRf95BU/bvLjqX6c"
            "68c9/OA3Yehx0o/f9OPnlKpKP+7jn+Angh8XQNVpP97gx7f6cSlrP0wpnwBjs5HPAUCV4Pf5yWU/PufHm/zv+UkUeh8/NvtF"
            "PwGsgMZJmaWhJLPTos3CPTx6C9h/h4qpG6Mp1evVCUJ2J9cY42JqJo4pSKxcxot+lGheYzSi11kS2zB1FbPXinlxV28Pd2e6"
            "x9rpR7G1WxCwKR4E00/XruloE7LhDueoSU27XQv2P2Oz7rSr6Yj1Mxc9YBy/bfa9a+1L9ym1u5IWkMVLeo8seXtr+1N0fMUK"
            "4Z7MxikL5901M7bilcqjW9u3deoiB/DahW6U0mhCnMaoA3ut1SXokpM0OFGI4+3IDnrXboYF6NJpo1TJi4XAlKuu12kjz1Ud"
            "dM2M2FzI8ZgeOhDDP6aeurRQDN9O7RT1c8Hn4fIAR3a3L09ymZBdgzQpySjFnELcVB8HZtfMJ8QcHRRjUTf7ZSNRC5uvOBBq"
            "c8xbYKetXF7pg5+1vnmOW/nrwY/+9vKv9z45pXnxrCXTBpDn7pK/O1p1/r338cAnTr+DU+6Xv717w6bh688pOHUcB3vWG3wE"
            "J8pAQ6Ue6Q5Hr0y120Q1mkwKDyuyJio+gWBSa1wo9aqbE7hKOjCy8Z2heHZG4LWp/o1mREWvdSd7Me8mbtr+3+L1zxo4cCMX"
            "Mp8n/aovaZs9TZgjJ/Gq+jpXfXzFpKhnSf98nSvJ/ByYQw3QNQH1RBWSOY1aLRZTis1oNFFTRmYmC7ZnB4LsKbnik4JWi8tk"
            "NNlTFPfNo7hvzj903zA7Yy3sfln+WgeOWV5FPP6rByeIqt3xvf7nwETxqq98jQ+X3yyM+fxyPj647t+cOEWuyQXgjwXdILn1"
            "vKAWdDrYoVusFhuv0VOzykxKQ2azzqRWKe5PN55YCrstUNy5ONlNfoUp8eSDrJzaHSl1B55wWnZ6uSHNE3J6052GL55tf58O"
            "am386z1zjFE7z4Ov/ik3Eqg7RuqlVok2A0p0OpFNxWVkGkTYjiWPDaHEhkQi0MTEeDPVjQ2p1ZTtyfzX3qgrvC6eiG3KxqPr"
            "+pwSUcwPiDHXPRZRpPf/+vfnj2eu99w/f/WGmU83Nw/7/mM8PetJx+JZd9zTq2T10pYgvuGJPfPv7FdWWlU+aHygV+mtN659"
            "rMNZUlwS7NU/OztjXPT8urzjPGnms9i9M8mj12otlDoTUaI5kdioSaVVjQ3pwfhpTcjWTcz9cV1XJ+K6Rf9ACgoUbxKoqfZ2"
            "7RmxdWKV6c4liUtrb/O/m/juEv2UXv2tM2wzJxSMJKuX/fzzsvbbB3rLjPckMHwmdfzI3cT1B511g5RCEzRxWmNMZyUlx8XU"
            "lcNo12qRiQVoizoP5f7Nb4oOn9+5ocjv2t8WWPGWP9ZUXP/22xVdRaZd2d1NV5FVUZ4DxbjpgJseDZREdolJTdQGQa83ikbJ"
            "WGpsNnLK4QolJhTzuy2FSuQt7pprhx4lfubGBfngB+DLn7z4So1WxyVm5+LmNwEFaVhT377TysgbypgzwV73Zb+mx72lfCvC"
            "cUYDzEfQajQacJ40cZzNrrZhA7U5VA6Ho9ixwLHcsdGh+taBX3Icc5BqB3awNd6zdk5Q68CzHNL0muACBw45sApak4sOnO+Y"
            "CT0+dXA9Ym0HDw8GH3HsgO50uQMPYy3THfkOWrDD8YODbHTgQscIR8ixyME5HPg3B/7U8a2D1ML7fQ6az4AqUPT2hOA6BzgS"
            "DhwtcAvGoMlR5CBq2MBrgKmaOIEKaq3GxK5Bqu3RoGVRZ3TGH41awiqpAJPs6zS80Shl9MU3TYlXzosLdP9VT+x/nkLonuAh"
            "MnKz0LDVYc/HAS7rwzRVSq4cOXnzvgz1WDzxSJbKg++OkJfPj5zX7gAGeN5+nXzX7pwzroROUmJAzwPfBwIPBDRD8miQoOJZ"
            "RJLnsFonqLRUazAbRAORDKWGswZqYHN1ZA8IAot4HYfZZXDepMQs7VdjlrFjQx9Dvvs9WoY1VQKXSgiRvPGhfPc7+Lz862tH"
            "8LQPZB924lflYSSLGOWp+On2i+0fsfv0oOtnAX7xqFjqYbFpTYLOpLMmWJ3s1BMUEFP9Wiizaa/ZZnXJZzSO36nVAQVraufG"
            "CkgH+oaFeLGRmIMD3dlixdpi1+cHG0yJWCfiF95pf6D+3vXyZONyTfNiP5fTvrP0BZdDouLlt49sGt11l52eY3cQ8QJJJDyv"
            "AWKoEdI1CXioMF6YIdA+AvYKGHZHWGjrQJIuvCi4TsDNyqskOeY2BEUhVyBQjwRc+7OAz8aqzDNmBjcI+C4BA7DKzsKp04I2"
            "ARMBXxTwV0phs2QbPyl4l7BOINBwuoCHCRMEEm09YlQw2u6UgA/HQKQPHhaMNpwg4CECtgk9hD4CBZCFXwk/CwSavhEDnObv"
            "E5wk4D7CMIGkChgwNAuEiIIkVApbhcPCWeEnsFDM4NqdQUExuCZLsEiZipaqCA/GijdhsLvAGnv3eC9jDDtArmisaIxG6WOu"
            "qK9zEcAGrDN+74udN7OKClbVtRNht/5jkWK1Pp582/4nJzUntCeSuc77aPr99135SyyWapcn08Gw18hG1VJ+BnWas8zJVOBz"
            "bDa/p2eWM9GenKzXUCFbL1wKmU16yTIoqNfbsrKzLoWyXTb7pZANXXsdq7AwZuLYrYlCSyz20HWcGdXGipErYDG2QXgAVism"
            "2YjVdnZfK5qzOaAc19Uv0/XTlk901jXHFyc99MC9zqJQVcJw67Ly4WNVN/BqPHx0rlOefM/8QQXYneUZP4JbyoXn41tWb2yZ"
            "tkjeXHGvg8RVj3GJ8pGEsXGqfsNbovF+uT++Xdlf2Q4q2yv2h078XVFsK6D6yTNyf/W6X+sUWa6SJ5NVnTQyO1VeIdnr5Gx+"
            "W05PT1YyI0WiM9meLJhNNr2gvxSimmyBEUoQ7NlIoVFs9VkK/T5LJ4EsCoG6xWe6aNQVfnXEs0ubQA8feFjMrgHFlNvW0Zzy"
            "awbc5/8Ojfj3GY3kL32pMRrJGxUa4eoYjZLcuKg7jRaTTK6O9gThnClpLZp4BzLvDmlAkg+kDwxqEBNtcCHZU8rS2oJIskiZ"
            "A4MWQeB3h9xCibBFoPXCUnjsEU4IF4QOWA6S1hAUEPsZK9DC/KYv8a8+35u+zsA4ZifbTBD6ssuWynG33YjpLcPXjmgpG9o0"
            "uP7hmfesn9zjrsaBYZKZlZid6V89ISdgu/nBXulI+Vs2ysesUv5qDUVFHT/x3/AbwWNwo35om5ScoPF7++bnZ2aYEcrwarjC"
            "/qb+eDTtL5VUB/uyaRTrTcG+fUUx71goPetYqCSzIrM+k2ZmpptEbBLdYodIRQlWMUo3pzekN6evSee1VEwX0zlYEO+G9ByX"
            "9G6Is/77DXNF4fthUUd/k4p9XWGtuGvunHa/AWhRd79imtfDoiwcRplOl7Az1Mh/c0Tec+Qtefcrb+DSI2/gsYdv3iGf3rFd"
            "/mL7Dpy6YydO296+4dWT7752sbJRbBq19N4HlowJZ4QH7SBHWcdjeDSYmdI3jsr73tiOvTt2yF88u0Pp65Xbv3r/vb9+6Bk+"
            "bNvjm54bOda7aHZUt/8LH+WWklFA5d5SKuHZr7leDpmwW7lbx/nhUY/34DOYx1K6L4ijLFdOYdjhjkdtSOQaXfjoffdFYWkM"
            "/59gaVAMFnqHtuEf2PkaVu9HsOVnmtp0R3PwWwG/KZwSyL6o9n6xaWFwekyRW+sbgw4BcwKee064KJCPYuVxM2uDC4TlApkg"
            "VAtkSKw0qbwSgP0ikAMCA0ifEfDdwgaBNIIJYA32l4xXtP3+kWOCSgf7kJuCipFgBkIU6A1EUkAd3l84MNoyt2/UPvRIzQjW"
            "C5iZPEmgSFgDdoRZEV5NtZrHp3LaHVM5dvFV2QuDDfD5GqOWwqco/nm+LnPgU0yFT4lJWwuie7OA+p0ky9B+ixY5Q+m0bV3l"
            "uuH3Lj2qrPPDQLOvFJr59nOCTjGERqAZm985gf4ByUZdJZliFmO0eELAaxSjzCjWJNAhzDyCPbYIqQJVaPupgPcJbwjkKQE3"
            "Csws0yhAPVCNE2wCuRgbwTJ0ZLAHs9WKWb3h7ijJJEefgcGGKHwYlIGka2JVrmRPMJfhxGw2vVuIYs81MASUrrC22a+G/ALV"
            "Up57fCqPdkzlu+gJ7mZ5l12NXuaKkbWx8WrkRyFslK646+cReMDtCxPL0o8mWYbQthV3vLW24kFlL76BtlEcu3frl9gPtM08"
            "0tltcRrGTquWMdTIOKrsqrruyAAyLOLZyTVPVw6fTbIM7rf4NmdZevvP3XlZvnHYfUuOXmUpjH0fbSO/RMfGNZKjnJvL/ci1"
            "c7DHwnoOdhBGzm6zM0bfvKQ5OMyO0+35dsLZ8c92fMp+zk7esOMN9qfsB+x0uR1X25vsZIh9nJ30YS2xzY6JHc9mDS/a6Yv2"
            "t+3kKTteZ8cN9uZow+l2Ck3tjO7eyVOCX9nxAfub9lN2+gyDi++y4wl2BpXm24vtxM44Hr7xpuBGAPWp/Vs712TH0+24j32Y"
            "fYIdrKDDnm6n/T6347cZIMwK8u2T7MvtG+3P2NXFkGWZF+2/2FV5doxFO2bTI1sBT8nOkFpj50x2ZkY5xnkBMd6b+O6kV5yu"
            "ivJ50St8nS5X52UJ3/UxwWgQUImJKDcoussD35UjYxYxbr2RZCmSb2c/oIkJCXBrbfm6EeyhyApGVXgtWUlfhb3GR9IWFdIb"
            "RhjwLwb8VwO+z4BnGhYYiMvgMwwwwK4Dz/7WgO83bDKQJQY81XCrgZQYcLoB/2bApw3/MJDXDMcN5DkDXmV4zEAw26NIBnrW"
            "gA8ZMDJUGtYYthq4fhHYs/xkoKsNOBfKGgy0AYojBgqgRAP+SWkdqzEZsHo1xYjmUkJNWqxF7Ccu5XjaNZcfy+d1Xy0xOs2L"
            "BVxssV/HB/IcZOWzjfVPPtEQfobsnP/UU/PDW7YgxV4T5yO/Hc8oqjANvITc0b/v9u6YFuUvkf319qx1v0fa1+u+1iSz3+BA"
            "iv5dOvhWD5LHoKG6nb9Hfp+k+xpVX/cX6WpVDHShkkaTP6NXuDDqyYU7LqqT0Tp+EvLge9GfyE5USXZ2FNJkdBu3C90FbdOg"
            "rBaepaSwYyX0CUHqy/rBMxeSAVIOpDCkU5DyIRVD+7GQ0gHGMgZHeYbRFo0bvcFP6tgE4xXx76B5kIpYnvsaFakKUQ17Z305"
            "1HFZKQ9D+U6lLauvZ2Wd7SDfH/q1Qf4RyO9Vr0J7AfbnkP+E+7rjM8D3c4C1Dp6T6RGUATjD3ACXKL7JHEJD4TmcJWjHnhyk"
            "VPwO0OKdDhfUK3kYP5WVQ4L2HceV9qwMIR76lcP7JMg3AB4zAe/nIa2EdJHsQnZiQ5+QXR1VMP/FjPb8N2xOHf/SILD176B3"
            "IB0GWBsg3UeOo6rr/uzbBEhbgbnsB43DwDcfBRBug7QL0hWEVEFI7wPnJUhrILE8lGuyILUhpBUhnYR95imEBHBX9BmQfkUg"
            "+wgZoa8pARKUmz4DXxFgmAFuHGxh4uDdugIhmx7SuwjZmyCdR8gBbR3nEIp/GKEEgJVwB0JOmLoT3p1fIOQCuC7omzQH0k8I"
            "JUcQSrkZITfAdm9ASExifwISyApwU6EPu3HkBZjew5Bgj9wDcOqxHRLASAPc03sg1BPw6QlwMmDemQMhwRx7Qb0P3n0wRhbA"
            "ywZcsuHdX41QLiyY3M0I9QZc8qB9HsAOwFz6wFz7HECoL7TNh3kWAC0LYE6FgFd/qO8P9BoA5QMB34GA/w0w70Ew9iCAUwRt"
            "JGg7GHAdmsD+bqay6mrxOOBQDVLBKjQjP4Ke9Da6E3FKbQqu6/qbkZPQ813r1ITTYnmCVHhoLE9RIm6O5TnkwMdieR4Z8JVY"
            "XgXylB/Lq9FiOiSW1yAb/S6W1yIjlxjL63Ctqj2WF1CSZlssr0c52qRY3oD6ag/G8kaUqPOyv5bJaeFtl4IVy2OYCx/LE6TH"
            "fWN5ivrgm2J5DmXhTbE8D3M5G8urUC+ii+XV6KLi27K8BmXQ12J5LUqiV2J5HfmIy4zlBdRPMyuW16ObNa/H8gZ0i3ZkLG9E"
            "fbQ/omGoFs2C1ARpMXCkGomQquC9CnIzUD1qQItQo9JqNpSKKANKM+GZh3JRb0giuhFa1UP9HOgvoqGQb4Re7LtKgVuP6lAO"
            "0ik1/x1aHuTGxbAIKr2zIDcC+s8ACGhY7azaptrFNdVidVVTlTijvmFRY+2s2U1ixoxMMS+3d654Y339rDk14tD6xob6xqqm"
            "2vq6HN3Q65vlieMARLCqKUscUTcD4I4ChKbDsN0RFtF4eKtDYaiunV4TBSaOr6qDghEKeeZAyxnw0lQ1pxaeg6HpDABSB9gz"
            "UCLs88X/K9CDwzNq6qprGsVs8d9G+e9dxWuxuK632InVJAVAuKt7HtCxN6S+UFXTGGbt83J65/T94+E6B8v+T4OxsbI7x/pj"
            "hGsVZJk0NSk1jDpz4dmIboWyejTzv/JchHY1ioSGoaZGeatWoDLYE6HFeKVVqdKTUb9JGa1OaTXhD0YsgRFnKvOo6dZyhgKb"
            "zTEKuR7ys2N8vAXNV2Q2DC1Zv865hZlMdiN8bVisEpsaq6pr5lY13irWz7xWzsTGmlm14aaaRiisrRMn5ozPEUurmmrqmsSq"
            "umpxQlfHkpkza2fUKIUzahqbqqBxfdNsEJJb5jfWhqtrZ7DRwjl/JHJ/vPiuilm3hYGAcoxiCxQ6jFaas/dwtMv4ppoFNeLo"
            "qqammjBrPAQahGPEjzJ2sEKUufDGGLYQyMWIM1vJVylMr1bAscVeF+s5HZa/+F8HFmN9q2LCUwf/6qFtdDasT1ZMKGYq32Fl"
            "3DoYQ4R859oIK/SoVYSrOxaiwtYqRUiigjkXapuUtjMUAZ+jYMgU31ygY3TU6THVtlBRlLO75g7tPamK+F2lRVSkZ8aWnaiU"
            "NkC+XsG9k3rZCucY/jUKVixXpSje6dBjjjJOFI/ZiuBWKWJXExPDJgXbcDfxjQqrqGDMoA9XRJap25oYJSeDmh71hxCj1Oq+"
            "bBgn5ij4hrvBrlOwrVbK6rsoy1rNiY0UnfEcxRzc2sWVmYo0RqlXrUDL/g/0nanQpik2ar2CUTX8i/I5KlH10He+wrXoUo/K"
            "etO/Ua5KoW99rF8D1LCxorjMjS7dIVVhWIqwcAc31s6tzxIXzq6dMVtcWBUWq2vCtbPqoHL6IvHahSBCbRUs9bq6+gWwjBbU"
            "ZMGyntlYE55dWzdLDDPVG65prJ0ZAyE2za5qYophbk1TY+2MqjlzFoHZmtsAXaeDnVpY2zSbjV41Z2dOFAvQGjNBL4u1cxsa"
            "6xco6GWHZzTW1NTBOFXVVdNr59Q2AYzZVY1VM0CXgEKpnRFWdAWoCLGhqi57+PzG+oYaQHLyjaOuNgS0onomXD9nQU1YaV1X"
            "U1MdZnqqGqY4BzrBwHPq629lU5lZ3wjoVTfNzu6G78z6uiboWi9WVVfDnIFQ9TPmz2UaDLRKUydyVTMa66GuYU5VE0CZyzTV"
            "bGWNN6D+4Oz5QRLYvxxlpXfXXzNi2isnJh9+6NjU1NDf71+4cGFOVUyJzQAdlgNI+f/fg2Ui0qAIc3cF1aiIBYM5F8Tlvw7d"
            "tKihJiYkjeGc2U1z50TNX3TYTj05v5tm7lxF48G0jVLMUENs7RfHpF68DgLTc9eb796K+QajA/gw4Z2vaHXGy/EjRoklDSAm"
            "xcAjMdYgS+w08r1zel9PrqgGqoX3JmXiYWX95CjEmgX1JYDZqC4ygBDWNjSFc8K1c3LqG2f5S4pHMS8XsRO6jtfY36n/98/g"
            "fkiLixDGhWgiHhR7DsESsiE3HgxPNzwHoADuD+X94An1qBmbwG/+Sfkuge89kAi6oLxH64qUb6R8S1gN327lewvmpHH4cDve"
            "045RO9aVXMbiZXypNMP9c3GG+6din7viwtILxHSh5ELFhdUX9lzghW/Opbi//qrYbfoKS18VO9xfni12Hzp74uyZs1Q6G8gv"
            "Pluc4H4dJ6EbsAtQTISnUyqb+D8/drh/JN9PPB/8x8S/56GJP3z//cTvMZr4XRBN/BZ1uP96w5mJZzCd+Lcb6MQvaIfb9Ak2"
            "fdLxCen4BG85hT/+aKD70Bv4SGm6u/L1htebX6dSW2VbQxtlka5QmyWv2HSw6CAx7S/af2E/1VZGGiJkTWRrJBKhzbvX7CZb"
            "d0d2k6XP4a07IzuJf0f9DmLaUbJjy44zOzhh6xafW9qijStG28zbSH9pW+k2Etl2eNvJbQp0cZvYo/jxTT3cj0HaDKl0E354"
            "StD90MYe7pMbz24k7GBmoyGu2NSGddIkbHpw6YOkYkP9hhMbzmzgTBvcG5ZuWL2hYwO/ft1At7QuPrlYWqfVF5vW4oq1W9bu"
            "WXto7YW1HWtV0tqktOKtqyOryeHVJ1efXU0fWFXszl0lrSLNq3D961gPzDrLvjsOY730qDGuWGzNbSX33F3sbpnb4W4Gkp2Y"
            "f2b+hfn0wnzcFC5yh4FWjcV93fMgSQ3pWcViQ24DqYe3OkiJOGGiM5AwUR2gE1XQ99m5OHMungO5qgq/u7JiiLsC+k+bkue+"
            "ubi3eyrMdwo8rXmWiTwwicujE+spNtEiWkLr6VLKbwzhyLjD406OYzTbPy67TzGj3aZxQLsLYzvGEmls337F0ti0jOITpVgc"
            "k+kv1oxxpxZrRztHk+DostGfjf5+9K+j+YdH44RRPbKLE0Yli8UPj9o+iowsLnCPKBbdQUD6Rkh7ivGZ4gvFpLkYO/LsE+Ow"
            "aaI5zzSRgChhhN1uU5GpwrTUxJlMflOJqd602nTG1GFSF0HZBROtR7gEsTsSPG7Da/ZOGO/zjWxTd4wbGVGXTo3gFZG08exb"
            "GjsloloRQROnTC3bi/EDoXtWrUJDkkdG8saXRSqTQyMj1ZCRWKYZMubkvQ40JBRuCjfNV/62CY5mkC/s8ynZJp+SxWBZWQVW"
            "KtknHPZF35uiBeEm9haGJ4Js9D8rDYdZqQ8pzcPzp8GrD00LN+EwgIRxpwEgBt7H2qFOPLo+ygC+aWEYhHVSUAtDH+jCAMCn"
            "qbNLwjT0fwC2f9u4"
        )},
}


if __name__ == "__main__":
    main()
