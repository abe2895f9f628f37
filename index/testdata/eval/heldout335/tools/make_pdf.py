#!/usr/bin/python3
"""Re-make docs/classical-dance-forms-handout-7.pdf from its source text.

The file is what Microsoft Word (Microsoft 365, Windows) writes with File > Save as > PDF for
a two-column coaching handout on A4: a tagged PDF 1.7 (StructTreeRoot with a Document element,
P / H1 / L-LI-Lbl-LBody / Table-TR-TH-TD elements, a ParentTree, Word's RoleMap, /Lang en-IN,
MarkInfo), every page's content stream Flate-compressed, headers and footers marked as
pagination artifacts, shading and borders drawn as artifacts, one BT ... ET text object per
line of text with Calibri font names (Tf sizes as Word rounds them: 11.04, 9.96, 14.04 ...)
and real spaces between the words; justified lines widen their spaces with TJ adjustments.
Fonts are TrueType with WinAnsiEncoding and a Widths array that carries only the glyphs used
(zeros elsewhere), as in Word's subsets; the font programs themselves are not embedded (the
set cannot carry Calibri), so a viewer substitutes a metric-compatible face. The Info
dictionary has Author, Title (UTF-16BE), Creator and Producer "Microsoft® Word for Microsoft
365" (UTF-16BE), CreationDate and ModDate; an XMP packet repeats them. The cross-reference is
Word's hybrid one: a classic table (with a chain of free entries) and trailer, then an XRef
stream and a second trailer pointing at both.

Layout: Word's defaults (A4, 1-inch margins, Normal style Calibri 11 at multiple 1.08 with
8 pt after, two columns 0.5 inch apart); the masthead spans the page on page 1, then text runs
in two columns, balanced above the full-width table and on the last page (as Word balances a
section that ends in a continuous section break); bold
headings keep with the next paragraph; widow/orphan control; a boxed "Prelims Facts"
single-cell table sits in a column; the table of the eight forms spans both columns with a
shaded header row; a running header from page 2 and a "Page N of M" footer on every page.
Deterministic: fixed dates, ids and zlib level.
Usage: make_pdf.py [OUTPUT]
"""
import hashlib
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "classical-dance-forms-handout-7.txt")
OUT = os.path.join(HERE, "..", "docs", "classical-dance-forms-handout-7.pdf")

PW, PH = 595.32, 841.92
ML, MR, MT, MB = 72.0, 72.0, 72.0, 72.0
HDR_TOP, FTR_BOT = 36.0, 36.0
GAP = 36.0
BODY_W = PW - ML - MR
COL_W = (BODY_W - GAP) / 2

BODY_SZ, SMALL_SZ, HEAD_SZ = 11.04, 9.96, 12.0
LINE = 1.2207          # Calibri line height in em (winAscent + winDescent)
ASC = 0.9521
MULT = 1.08            # Word's Normal style: multiple 1.08, 8 pt after
SA = 8.0

CAL_R = [226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, 507, 507,
         507, 507, 507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463, 894, 579, 544, 533,
         615, 488, 459, 631, 623, 252, 319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 642,
         567, 890, 519, 487, 468, 307, 386, 307, 498, 498, 291, 479, 525, 423, 525, 498, 305, 471,
         525, 230, 239, 455, 230, 799, 525, 527, 525, 525, 349, 391, 335, 525, 452, 715, 433, 453,
         395, 314, 460, 314, 498]
CAL_B = [226, 326, 438, 498, 507, 729, 705, 233, 312, 312, 498, 498, 258, 306, 267, 430, 507, 507,
         507, 507, 507, 507, 507, 507, 507, 507, 276, 276, 498, 498, 498, 463, 898, 606, 561, 529,
         630, 488, 459, 637, 631, 267, 331, 547, 423, 874, 659, 676, 532, 686, 563, 473, 495, 653,
         591, 906, 551, 520, 478, 325, 430, 325, 498, 498, 300, 494, 537, 418, 537, 503, 316, 474,
         537, 246, 255, 480, 246, 813, 537, 538, 537, 537, 355, 399, 347, 537, 473, 745, 459, 474,
         397, 344, 475, 344, 498]
SPECIAL_R = {0x85: 690, 0x91: 250, 0x92: 250, 0x93: 418, 0x94: 418, 0x95: 498, 0x96: 498, 0x97: 905,
             0xA0: 226, 0xB7: 252}
SPECIAL_B = {0x85: 705, 0x91: 258, 0x92: 258, 0x93: 447, 0x94: 447, 0x95: 498, 0x96: 498, 0x97: 905,
             0xA0: 226, 0xB7: 267}
WIDTHS = {"F1": dict(SPECIAL_R), "F2": dict(SPECIAL_B)}
for _i, _w in enumerate(CAL_R):
    WIDTHS["F1"][32 + _i] = _w
for _i, _w in enumerate(CAL_B):
    WIDTHS["F2"][32 + _i] = _w
USED = {"F1": set(), "F2": set()}

BLUE = "0.184 0.329 0.588"
NAVY = "0.122 0.22 0.392"
GREY = "0.349 0.349 0.349"


def fmt(v):
    s = "%.3f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def enc(text):
    return text.encode("cp1252")


def width(text, font, size):
    return sum(WIDTHS[font].get(b, 500) for b in enc(text)) * size / 1000.0


def pdfstr(bs):
    out = bytearray(b"(")
    for b in bs:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        else:
            out.append(b)
    out += b")"
    return bytes(out)


# ---------------------------------------------------------------- source

def runs_of(text, bold=False):
    runs = []
    for k, part in enumerate(re.split(r"\*\*", text)):
        if part:
            runs.append((part, "F2" if (bold or k % 2 == 1) else "F1"))
    return runs


def tokens(runs):
    """Split runs into words, each word a list of (text, font) with its trailing space."""
    toks, cur = [], []
    for text, font in runs:
        for piece in re.split(r"( )", text):
            if piece == "":
                continue
            if piece == " ":
                cur.append((" ", font))
                toks.append(cur)
                cur = []
            else:
                cur.append((piece, font))
    if cur:
        toks.append(cur)
    return toks


def tok_w(tok, size, strip=False):
    w = 0.0
    for i, (t, f) in enumerate(tok):
        if strip and i == len(tok) - 1 and t == " ":
            continue
        w += width(t, f, size)
    return w


def wrap(runs, size, avail):
    toks = tokens(runs)
    lines, cur, cw = [], [], 0.0
    for tok in toks:
        w_full = tok_w(tok, size)
        w_strip = tok_w(tok, size, strip=True)
        if cur and cw + w_strip > avail:
            lines.append(cur)
            cur, cw = [], 0.0
        cur.append(tok)
        cw += w_full
    if cur:
        lines.append(cur)
    return lines


class Para:
    """A block of text lines placed in one column (or across the page)."""

    def __init__(self, kind, lines, size, lh, sb, sa, x_off, avail, justify, color=None,
                 keep_next=False, struct="P", label=None, label_x=0.0, center=False, group=None):
        self.kind, self.lines, self.size, self.lh = kind, lines, size, lh
        self.sb, self.sa, self.x_off, self.avail = sb, sa, x_off, avail
        self.justify, self.color, self.keep_next, self.struct = justify, color, keep_next, struct
        self.label, self.label_x, self.center, self.group = label, label_x, center, group
        self.first = True
        self.shared = {}

    def height(self, n=None, at_top=False):
        n = len(self.lines) if n is None else n
        return (0 if (at_top or not self.first) else self.sb) + n * self.lh

    def split(self, k):
        rest = Para(self.kind, self.lines[k:], self.size, self.lh, self.sb, self.sa, self.x_off,
                    self.avail, self.justify, self.color, self.keep_next, self.struct, None,
                    self.label_x, self.center, self.group)
        rest.first = False
        rest.shared = self.shared
        head = Para(self.kind, self.lines[:k], self.size, self.lh, self.sb, 0.0, self.x_off,
                    self.avail, self.justify, self.color, self.keep_next, self.struct, self.label,
                    self.label_x, self.center, self.group)
        head.first = self.first
        head.shared = self.shared
        head.partial = True
        return head, rest


class Box:
    def __init__(self, title, items):
        self.title, self.items = title, items
        self.pad, self.size = 5.4, SMALL_SZ
        self.lh = self.size * LINE
        inner = COL_W - 2 * self.pad
        self.title_lines = wrap(runs_of(title, bold=True), 11.04, inner)
        self.item_lines = [wrap(runs_of(t), self.size, inner - 11.0) for t in items]
        self.h = (4 + len(self.title_lines) * 11.04 * LINE + 4 + 3 +
                  sum(len(l) * self.lh + 2 for l in self.item_lines) + 4)
        self.first = True
        self.sb = 6.0
        self.sa = 10.0
        self.keep_next = False

    def height(self, n=None, at_top=False):
        return (0 if at_top else self.sb) + self.h


class Table:
    def __init__(self, rows):
        self.rows = rows
        self.widths = [72.0, 58.0, 138.0, 98.0]
        self.widths.append(BODY_W - sum(self.widths))
        self.size = SMALL_SZ
        self.lh = self.size * LINE
        self.pad = 5.4
        self.cells = []
        for r, row in enumerate(rows):
            cl = []
            for c, text in enumerate(row):
                bold = r == 0 or c == 0
                cl.append(wrap(runs_of(text, bold=bold), self.size, self.widths[c] - 2 * self.pad))
            self.cells.append(cl)
        self.heights = [max(len(x) for x in cl) * self.lh + 3.0 for cl in self.cells]


def parse_source():
    lines = open(SRC, encoding="utf-8").read().split("\n")
    meta, mast, header, flow = {}, [], "", []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == "@meta":
            i += 1
            while lines[i] != "@end":
                k, v = lines[i].split(": ", 1)
                meta[k] = v
                i += 1
        elif line == "@masthead":
            i += 1
            while lines[i] != "@end":
                mast.append(lines[i])
                i += 1
        elif line.startswith("@header "):
            header = line[8:]
        elif line.startswith("@box "):
            title, items = line[5:], []
            i += 1
            while lines[i] != "@end":
                items.append(lines[i][2:])
                i += 1
            flow.append(("box", title, items))
        elif line == "@table":
            rows = []
            i += 1
            while lines[i] != "@end":
                rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            flow.append(("table", rows))
        elif line.startswith("## "):
            flow.append(("h", line[3:]))
        elif line.startswith("- "):
            flow.append(("li", line[2:]))
        elif line.strip():
            flow.append(("p", line))
        i += 1
    return meta, mast, header, flow


def build_flow(flow):
    items = []
    lh = BODY_SZ * LINE * MULT
    prev = None
    for entry in flow:
        kind = entry[0]
        if kind == "h":
            ls = wrap(runs_of(entry[1], bold=True), HEAD_SZ, COL_W)
            items.append(Para("h", ls, HEAD_SZ, HEAD_SZ * LINE * MULT, 10.0, 3.0, 0.0, COL_W, False,
                              color=BLUE, keep_next=True, struct="H1"))
        elif kind == "p":
            ls = wrap(runs_of(entry[1]), BODY_SZ, COL_W)
            items.append(Para("p", ls, BODY_SZ, lh, 0.0, SA, 0.0, COL_W, True))
        elif kind == "li":
            ind = 18.0
            ls = wrap(runs_of(entry[1]), BODY_SZ, COL_W - ind)
            group = items[-1].group if (prev == "li") else object()
            items.append(Para("li", ls, BODY_SZ, lh, 0.0, 2.0, ind, COL_W - ind, True,
                              label="\xb7", label_x=4.0, struct="LI", group=group))
        elif kind == "box":
            items.append(Box(entry[1], entry[2]))
        elif kind == "table":
            items.append(Table(entry[1]))
        prev = kind
    # the last item of a list keeps the paragraph spacing
    for a, b in zip(items, items[1:] + [None]):
        if isinstance(a, Para) and a.kind == "li" and not (isinstance(b, Para) and b.kind == "li"):
            a.sa = SA
    return items


# ---------------------------------------------------------------- pagination

def fill(items, top, bottom):
    """Fill two columns from y=top down to y=bottom. Returns (placements, rest)."""
    placements = []
    col, y = 0, top
    queue = list(items)
    while queue:
        it = queue[0]
        at_top = (y == top)
        avail = y - bottom
        if isinstance(it, Box):
            h = it.height(at_top=at_top)
            if h > avail and not at_top:
                if col == 1:
                    return placements, queue
                col, y = 1, top
                continue
            placements.append((col, y - (0 if at_top else it.sb), it))
            y -= h + it.sa
            queue.pop(0)
            continue
        n = len(it.lines)
        need = it.height(n, at_top)
        if it.keep_next and len(queue) > 1:
            nxt = queue[1]
            if isinstance(nxt, Box):
                need += nxt.sb + nxt.h
            else:
                need += it.sa + nxt.height(min(2, len(nxt.lines)))
        ytext = y - (0 if (at_top or not it.first) else it.sb)
        if need <= avail + 0.01:
            placements.append((col, ytext, it))
            y -= it.height(n, at_top) + it.sa
            queue.pop(0)
            continue
        if it.keep_next:
            k = 0
        else:
            k = int((avail - (0 if (at_top or not it.first) else it.sb) + 0.01) // it.lh)
            k = max(0, min(k, n))
            if k >= n:
                placements.append((col, ytext, it))
                y -= it.height(n, at_top) + it.sa
                queue.pop(0)
                continue
            if n - k == 1:
                k -= 1
            if k < 2 and n >= 2:
                k = 0
            if n == 1:
                k = 0
        if k == 0:
            if at_top:  # cannot fit at all: place anyway (should not happen)
                placements.append((col, ytext, it))
                y -= it.height(n, at_top) + it.sa
                queue.pop(0)
                continue
            if col == 1:
                return placements, queue
            col, y = 1, top
            continue
        head, rest = it.split(k)
        placements.append((col, ytext, head))
        queue[0] = rest
        if col == 1:
            return placements, queue
        col, y = 1, top
    return placements, []


def col_bottom(placements, top):
    lows = [top, top]
    for col, y, it in placements:
        if isinstance(it, Box):
            lows[col] = min(lows[col], y - it.h)
        else:
            lows[col] = min(lows[col], y - len(it.lines) * it.lh)
    return min(lows)


def paginate(items, first_top):
    pages = []  # each: list of ("cols", placements) / ("table", y, rows)
    page, top = [], first_top
    bottom = MB
    queue = list(items)
    while queue:
        seg = []
        while queue and not isinstance(queue[0], Table):
            seg.append(queue.pop(0))
        if seg:
            placements, rest = fill(seg, PH - top, bottom)
            if rest:
                page.append(("cols", placements))
                pages.append(page)
                page, top = [], MT
                queue = rest + queue
                continue
            # a full-width table follows, or the text ends with the continuous section break the
            # author put after the last line: Word balances the columns above either
            lo, hi = bottom, PH - top
            best = placements
            for _ in range(40):
                mid = (lo + hi) / 2
                pl, rs = fill(seg, PH - top, mid)
                if rs:
                    hi = mid
                else:
                    lo = mid
                    best = pl
            placements = best
            page.append(("cols", placements))
            y_end = col_bottom(placements, PH - top)
            top = PH - y_end + 6.0
        if queue:
            table = queue.pop(0)
            rows = list(range(len(table.rows)))
            body_rows = rows[1:]
            y = PH - top
            while body_rows:
                avail = y - bottom
                placed = [0]
                h = table.heights[0]
                while body_rows and h + table.heights[body_rows[0]] <= avail:
                    h += table.heights[body_rows[0]]
                    placed.append(body_rows.pop(0))
                if len(placed) == 1:
                    pages.append(page)
                    page, y = [], PH - MT
                    continue
                page.append(("table", y, table, placed))
                y -= h
                if body_rows:
                    pages.append(page)
                    page, y = [], PH - MT
            top = PH - y + 12.0
    pages.append(page)
    return pages


# ---------------------------------------------------------------- drawing

class Doc:
    def __init__(self):
        self.elems = []       # struct elements: dict(S, parent, kids(list of elem idx or (page, mcid)))
        self.page_mcids = []  # per page: list of elem index per MCID

    def elem(self, s, parent):
        self.elems.append({"S": s, "P": parent, "K": []})
        idx = len(self.elems) - 1
        if parent is not None:
            self.elems[parent]["K"].append(("E", idx))
        return idx

    def mcid(self, page, elem):
        m = len(self.page_mcids[page])
        self.page_mcids[page].append(elem)
        self.elems[elem]["K"].append(("M", page, m))
        return m


def text_ops(x, y, segs, size, color=None, extra=0.0):
    """One BT/ET text object for a line; segs = list of (text, font)."""
    out = ["BT"]
    cur = None
    first = True
    arr = []

    def flush():
        if arr:
            out.append("[" + "".join(arr) + "] TJ")
            arr.clear()

    for text, font in segs:
        for b in enc(text):
            USED[font].add(b)
        if font != cur:
            flush()
            out.append("/%s %s Tf" % (font, fmt(size)))
            if first:
                out.append("1 0 0 1 %s %s Tm" % (fmt(x), fmt(y)))
                if color:
                    out.append("%s rg" % color)
                    out.append("%s RG" % color)
                else:
                    out.append("0 g")
                    out.append("0 G")
                first = False
            cur = font
        if extra and text.endswith(" "):
            arr.append(pdfstr(enc(text)).decode("latin-1"))
            arr.append("-%d" % round(extra * 1000.0 / size))
        else:
            arr.append(pdfstr(enc(text)).decode("latin-1"))
    flush()
    out.append("ET")
    return out


def line_segs(line):
    segs = []
    for tok in line:
        for t, f in tok:
            if segs and segs[-1][1] == f:
                segs[-1] = (segs[-1][0] + t, f)
            else:
                segs.append((t, f))
    if segs and segs[-1][0].endswith(" "):
        segs[-1] = (segs[-1][0][:-1], segs[-1][1])
    # split segments at spaces so that justification can widen each one
    out = []
    for t, f in segs:
        parts = re.findall(r"[^ ]* ?", t)
        out.extend((p, f) for p in parts if p)
    return out


def merge_segs(segs):
    out = []
    for t, f in segs:
        if out and out[-1][1] == f:
            out[-1] = (out[-1][0] + t, f)
        else:
            out.append((t, f))
    return out


def draw_para(ops, doc, page, x0, y, it, list_parent, parent):
    at = y
    lh = it.lh
    sh = it.shared
    if it.kind == "li":
        if "li" not in sh:
            sh["li"] = doc.elem("LI", list_parent)
        if it.label:
            lbl = doc.elem("Lbl", sh["li"])
            m = doc.mcid(page, lbl)
            ops.append("/Lbl <</MCID %d>> BDC" % m)
            ops += sym_ops(x0 + it.label_x, at - ASC * it.size, it.size)
            ops.append("EMC")
        if "body" not in sh:
            sh["body"] = doc.elem("LBody", sh["li"])
        target = sh["body"]
    else:
        if "elem" not in sh:
            sh["elem"] = doc.elem(it.struct, parent)
        target = sh["elem"]
    m = doc.mcid(page, target)
    ops.append("/%s <</MCID %d>> BDC" % ("P" if it.kind == "li" else it.struct, m))
    ops.append("q")
    ops.append("0.000008871 0 %s %s re" % (fmt(PW), fmt(PH)))
    ops.append("W* n")
    total = len(it.lines)
    for k, line in enumerate(it.lines):
        base = at - ASC * it.size - k * lh
        segs = line_segs(line)
        extra = 0.0
        last_of_para = (k == total - 1) and not getattr(it, "partial", False)
        if it.justify and not last_of_para:
            nat = sum(width(t, f, it.size) for t, f in segs)
            spaces = sum(1 for t, f in segs if t.endswith(" "))
            if spaces:
                extra = (it.avail - nat) / spaces
        x = x0 + it.x_off
        if it.center:
            x = x0 + (it.avail - sum(width(t, f, it.size) for t, f in segs)) / 2
        if extra > 0.01:
            ops += text_ops(x, base, segs, it.size, it.color, extra)
        else:
            ops += text_ops(x, base, merge_segs(segs), it.size, it.color)
    ops.append("Q")
    ops.append("EMC")


def sym_ops(x, y, size):
    USED.setdefault("F3", set()).add(0xB7)
    return ["BT", "/F3 %s Tf" % fmt(size), "1 0 0 1 %s %s Tm" % (fmt(x), fmt(y)), "0 g", "0 G",
            "[(\xb7)] TJ", "ET"]


def rect_fill(ops, x, y, w, h, color):
    ops.append("/Artifact BMC")
    ops.append("q")
    ops.append("%s rg" % color)
    ops.append("%s %s %s %s re" % (fmt(x), fmt(y), fmt(w), fmt(h)))
    ops.append("f*")
    ops.append("Q")
    ops.append("EMC")


def draw_box(ops, doc, page, x0, y, box, parent):
    tbl = doc.elem("Table", parent)
    tr = doc.elem("TR", tbl)
    td = doc.elem("TD", tr)
    top = y
    title_h = 4 + len(box.title_lines) * 11.04 * LINE + 4
    rect_fill(ops, x0, top - title_h, COL_W, title_h, "0.957 0.69 0.518")
    rect_fill(ops, x0, top - box.h, COL_W, box.h - title_h, "0.984 0.894 0.839")
    # borders (0.75 pt, drawn as thin filled rectangles the way Word does)
    for (bx, by, bw, bh) in ((x0, top - 0.75, COL_W, 0.75), (x0, top - box.h, COL_W, 0.75),
                             (x0, top - box.h, 0.75, box.h), (x0 + COL_W - 0.75, top - box.h, 0.75, box.h)):
        rect_fill(ops, bx, by, bw, bh, "0.773 0.353 0.067")
    p = doc.elem("P", td)
    m = doc.mcid(page, p)
    ops.append("/P <</MCID %d>> BDC" % m)
    yy = top - 4
    for line in box.title_lines:
        segs = merge_segs(line_segs(line))
        w = sum(width(t, f, 11.04) for t, f in segs)
        ops += text_ops(x0 + (COL_W - w) / 2, yy - ASC * 11.04, segs, 11.04)
        yy -= 11.04 * LINE
    ops.append("EMC")
    yy -= 4 + 3
    lst = doc.elem("L", td)
    for lines in box.item_lines:
        li = doc.elem("LI", lst)
        lbl = doc.elem("Lbl", li)
        m = doc.mcid(page, lbl)
        ops.append("/Lbl <</MCID %d>> BDC" % m)
        ops += sym_ops(x0 + box.pad + 1.0, yy - ASC * box.size, box.size)
        ops.append("EMC")
        body = doc.elem("LBody", li)
        m = doc.mcid(page, body)
        ops.append("/P <</MCID %d>> BDC" % m)
        for line in lines:
            ops += text_ops(x0 + box.pad + 11.0, yy - ASC * box.size, merge_segs(line_segs(line)), box.size)
            yy -= box.lh
        ops.append("EMC")
        yy -= 2


def draw_table(ops, doc, page, y, table, rows, parent, state):
    if state.get("elem") is None:
        state["elem"] = doc.elem("Table", parent)
    tbl = state["elem"]
    x0 = ML
    yy = y
    for r in rows:
        h = table.heights[r]
        if r == 0:
            rect_fill(ops, x0, yy - h, BODY_W, h, "0.851 0.886 0.953")
        tr = doc.elem("TR", tbl)
        cx = x0
        for c, lines in enumerate(table.cells[r]):
            cell = doc.elem("TH" if r == 0 else "TD", tr)
            p = doc.elem("P", cell)
            m = doc.mcid(page, p)
            ops.append("/P <</MCID %d>> BDC" % m)
            ly = yy - 1.5
            for line in lines:
                ops += text_ops(cx + table.pad, ly - ASC * table.size, merge_segs(line_segs(line)), table.size)
                ly -= table.lh
            ops.append("EMC")
            cx += table.widths[c]
        # borders: top of the row, and the verticals
        rect_fill(ops, x0, yy - 0.5, BODY_W, 0.5, "0")
        cx = x0
        for c in range(len(table.widths) + 1):
            rect_fill(ops, cx - (0.5 if c == len(table.widths) else 0), yy - h, 0.5, h, "0")
            if c < len(table.widths):
                cx += table.widths[c]
        yy -= h
    rect_fill(ops, x0, yy, BODY_W, 0.5, "0")


def header_ops(text, page_no):
    ops = ["/Artifact <</Attached [/Top]/Type /Pagination /Subtype /Header >>BDC"]
    y = PH - HDR_TOP - ASC * SMALL_SZ
    ops += text_ops(ML, y, merge_segs(line_segs(tokens(runs_of(text)))), SMALL_SZ, GREY)
    ops.append("EMC")
    ops.append("/Artifact BMC")
    ops.append("q")
    ops.append("%s rg" % GREY)
    ops.append("%s %s %s 0.5 re" % (fmt(ML), fmt(y - 4.0), fmt(BODY_W)))
    ops.append("f*")
    ops.append("Q")
    ops.append("EMC")
    return ops


def footer_ops(page_no, n_pages):
    text = "Page %d of %d" % (page_no, n_pages)
    ops = ["/Artifact <</Attached [/Bottom]/Type /Pagination /Subtype /Footer >>BDC"]
    w = width(text, "F1", SMALL_SZ)
    y = FTR_BOT + (1 - ASC) * SMALL_SZ
    ops += text_ops((PW - w) / 2, y, [(text, "F1")], SMALL_SZ)
    ops.append("EMC")
    return ops


def masthead_ops(doc, page, lines, parent):
    ops = []
    band_top = PH - MT + 20.0
    band_h = 58.0
    rect_fill(ops, ML, band_top - band_h, BODY_W, band_h, NAVY)
    y = band_top - 8.0
    specs = [(lines[0], "F2", 20.04, "1 1 1", 20.04 * LINE),
             (lines[1], "F2", 12.0, "0.988 0.835 0.365", 12.0 * LINE)]
    for text, font, size, color, adv in specs:
        w = width(text, font, size)
        el = doc.elem("P", parent)
        m = doc.mcid(page, el)
        ops.append("/P <</MCID %d>> BDC" % m)
        ops += text_ops(ML + (BODY_W - w) / 2, y - ASC * size, [(text, font)], size, color)
        ops.append("EMC")
        y -= adv
    y = band_top - band_h - 8.0
    el = doc.elem("H1", parent)
    m = doc.mcid(page, el)
    ops.append("/H1 <</MCID %d>> BDC" % m)
    tl = wrap(runs_of(lines[2], bold=True), 15.96, BODY_W)
    for line in tl:
        segs = merge_segs(line_segs(line))
        w = sum(width(t, f, 15.96) for t, f in segs)
        ops += text_ops(ML + (BODY_W - w) / 2, y - ASC * 15.96, segs, 15.96, NAVY)
        y -= 15.96 * LINE
    ops.append("EMC")
    y -= 2.0
    el = doc.elem("P", parent)
    m = doc.mcid(page, el)
    ops.append("/P <</MCID %d>> BDC" % m)
    w = width(lines[3], "F1", SMALL_SZ)
    ops += text_ops(ML + (BODY_W - w) / 2, y - ASC * SMALL_SZ, [(lines[3], "F1")], SMALL_SZ, GREY)
    ops.append("EMC")
    y -= SMALL_SZ * LINE + 5.0
    ops.append("/Artifact BMC")
    ops.append("q")
    ops.append("%s rg" % NAVY)
    ops.append("%s %s %s 1.5 re" % (fmt(ML), fmt(y), fmt(BODY_W)))
    ops.append("f*")
    ops.append("Q")
    ops.append("EMC")
    return ops, PH - y + 10.0


# ---------------------------------------------------------------- PDF objects

def u16(s):
    return b"\xfe\xff" + s.encode("utf-16-be")


def build():
    meta, mast, header, flow = parse_source()
    items = build_flow(flow)
    doc = Doc()
    doc.elems.append({"S": "Document", "P": None, "K": []})
    root_elem = 0

    # masthead first, to know where the columns start on page 1
    doc.page_mcids.append([])
    mast_ops, first_top = masthead_ops(doc, 0, mast, root_elem)
    pages = paginate(items, first_top)
    n_pages = len(pages)
    while len(doc.page_mcids) < n_pages:
        doc.page_mcids.append([])

    streams = []
    list_elem = {}
    table_state = {}
    for p, content in enumerate(pages):
        ops = []
        if p > 0:
            ops += header_ops(header, p + 1)
        else:
            ops += mast_ops
        for entry in content:
            if entry[0] == "cols":
                for col, y, it in entry[1]:
                    x0 = ML + col * (COL_W + GAP)
                    if isinstance(it, Box):
                        draw_box(ops, doc, p, x0, y, it, root_elem)
                        continue
                    lp = None
                    if it.kind == "li":
                        key = id(it.group)
                        if key not in list_elem:
                            list_elem[key] = doc.elem("L", root_elem)
                        lp = list_elem[key]
                    draw_para(ops, doc, p, x0, y, it, lp, root_elem)
            else:
                _, y, table, rows = entry
                draw_table(ops, doc, p, y, table, rows, root_elem, table_state)
        ops += footer_ops(p + 1, n_pages)
        streams.append(("\n".join(ops) + "\n").encode("latin-1"))

    # ---- object numbering (Word's order: catalog, pages, then each page with its resources)
    objs = {}
    num = [0]

    def new():
        num[0] += 1
        return num[0]

    CATALOG, PAGES = new(), new()
    page_nums, content_nums = [], []
    font_nums = {}
    gs_nums = []
    for p in range(n_pages):
        page_nums.append(new())
        content_nums.append(new())
        if p == 0:
            font_nums["F1"] = (new(), new())
            gs_nums = [new(), new()]
            font_nums["F2"] = (new(), new())
            font_nums["F3"] = (new(), new())
    INFO = new()
    free = [new() for _ in range(19)]
    STRUCT_ROOT = new()
    elem_nums = [new() for _ in doc.elems]
    PARENT_TREE = new()
    ROLEMAP = new()
    widths_nums = {f: new() for f in ("F1", "F2")}
    METADATA = new()
    XREF_STM = new()

    tree_num = lambda i: elem_nums[i]
    date = meta["date"]
    docid = hashlib.md5(("aarohan-handout-7" + date).encode()).hexdigest().upper()
    uuid = "%s-%s-%s-%s-%s" % (docid[0:8], docid[8:12], docid[12:16], docid[16:20], docid[20:32])

    objs[CATALOG] = ("<</Type/Catalog/Pages %d 0 R/Lang(en-IN) /StructTreeRoot %d 0 R/MarkInfo<</Marked true>>"
                     "/Metadata %d 0 R>>" % (PAGES, STRUCT_ROOT, METADATA)).encode()
    objs[PAGES] = ("<</Type/Pages/Count %d/Kids[ %s] >>"
                   % (n_pages, " ".join("%d 0 R" % n for n in page_nums))).encode()
    for p in range(n_pages):
        res = ("<</Font<</F1 %d 0 R/F2 %d 0 R/F3 %d 0 R>>/ExtGState<</GS7 %d 0 R/GS8 %d 0 R>>"
               "/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>"
               % (font_nums["F1"][0], font_nums["F2"][0], font_nums["F3"][0], gs_nums[0], gs_nums[1]))
        objs[page_nums[p]] = ("<</Type/Page/Parent %d 0 R/Resources%s/MediaBox[ 0 0 %s %s] /Contents %d 0 R"
                              "/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S/StructParents %d>>"
                              % (PAGES, res, fmt(PW), fmt(PH), content_nums[p], p)).encode()
        data = zlib.compress(streams[p], 6)
        objs[content_nums[p]] = (b"<</Filter/FlateDecode/Length %d>>" % len(data), data)
    objs[gs_nums[0]] = b"<</Type/ExtGState/BM/Normal/ca 1>>"
    objs[gs_nums[1]] = b"<</Type/ExtGState/BM/Normal/CA 1>>"
    for f, base, weight, flags in (("F1", "Calibri", 400, 32), ("F2", "Calibri,Bold", 700, 32)):
        used = USED[f]
        first, last = 32, max(used)
        ws = [WIDTHS[f].get(c, 0) if c in used else 0 for c in range(first, last + 1)]
        fnum, dnum = font_nums[f]
        objs[fnum] = ("<</Type/Font/Subtype/TrueType/Name/%s/BaseFont/%s/Encoding/WinAnsiEncoding"
                      "/FontDescriptor %d 0 R/FirstChar %d/LastChar %d/Widths %d 0 R>>"
                      % (f, base, dnum, first, last, widths_nums[f])).encode()
        objs[dnum] = ("<</Type/FontDescriptor/FontName/%s/Flags %d/ItalicAngle 0/Ascent 750/Descent -250"
                      "/CapHeight 750/AvgWidth %d/MaxWidth %d/FontWeight %d/XHeight 250/StemV %d"
                      "/FontBBox[ %s] >>" % (base, flags, 521 if f == "F1" else 536,
                                             1743 if f == "F1" else 1781, weight, 52 if f == "F1" else 53,
                                             "-503 -250 1240 750" if f == "F1" else "-519 -250 1263 750")).encode()
        objs[widths_nums[f]] = ("[ %s] " % " ".join(str(w) for w in ws)).encode()
    fnum, dnum = font_nums["F3"]
    objs[fnum] = ("<</Type/Font/Subtype/TrueType/Name/F3/BaseFont/Symbol/Encoding/WinAnsiEncoding"
                  "/FontDescriptor %d 0 R/FirstChar 183/LastChar 183/Widths[ 460] >>" % dnum).encode()
    objs[dnum] = (b"<</Type/FontDescriptor/FontName/Symbol/Flags 32/ItalicAngle 0/Ascent 1005/Descent -216"
                  b"/CapHeight 693/AvgWidth 441/MaxWidth 1042/FontWeight 400/XHeight 250/StemV 44"
                  b"/FontBBox[ 0 -216 1000 1005] >>")
    title = meta["title"]
    objs[INFO] = (b"<</Author" + pdfstr(meta["author"].encode("latin-1")) + b" /Creator" +
                  pdfstr(u16("Microsoft® Word for Microsoft 365")) + b" /CreationDate(D:" + date.encode() +
                  b") /ModDate(D:" + date.encode() + b") /Producer" +
                  pdfstr(u16("Microsoft® Word for Microsoft 365")) + b" /Title" + pdfstr(u16(title)) + b">>")
    # struct tree
    objs[STRUCT_ROOT] = ("<</Type/StructTreeRoot/RoleMap %d 0 R/ParentTree %d 0 R/K[ %d 0 R] "
                         "/ParentTreeNextKey %d>>" % (ROLEMAP, PARENT_TREE, elem_nums[0], n_pages)).encode()
    for i, e in enumerate(doc.elems):
        parent = STRUCT_ROOT if e["P"] is None else elem_nums[e["P"]]
        kids = []
        pg = None
        for k in e["K"]:
            if k[0] == "M" and pg is None:
                pg = k[1]
        for k in e["K"]:
            if k[0] == "E":
                kids.append("%d 0 R" % elem_nums[k[1]])
            elif k[1] == pg:
                kids.append("%d" % k[2])
            else:
                kids.append("<</Type/MCR/Pg %d 0 R/MCID %d>>" % (page_nums[k[1]], k[2]))
        s = "<</Type/StructElem/S/%s/P %d 0 R" % (e["S"], parent)
        if pg is not None:
            s += "/Pg %d 0 R" % page_nums[pg]
        s += "/K[ %s] >>" % " ".join(kids)
        objs[elem_nums[i]] = s.encode()
    nums = []
    for p in range(n_pages):
        nums.append("%d[ %s]" % (p, " ".join("%d 0 R" % elem_nums[e] for e in doc.page_mcids[p])))
    objs[PARENT_TREE] = ("<</Nums[ %s] >>" % " ".join(nums)).encode()
    objs[ROLEMAP] = (b"<</Footnote/Note/Endnote/Note/Textbox/Sect/Header/Sect/Footer/Sect/InlineShape/Sect"
                     b"/Annotation/Sect/Artifact/Sect/Workbook/Document/Worksheet/Part/Macrosheet/Part"
                     b"/Chartsheet/Part/Dialogsheet/Part/Slide/Part/Chart/Sect/Diagram/Figure/Title/H1>>")
    iso = "%s-%s-%sT%s:%s:%s+05:30" % (date[0:4], date[4:6], date[6:8], date[8:10], date[10:12], date[12:14])
    xmp = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" '
           'x:xmptk="3.1-701">\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
           '<rdf:Description rdf:about=""  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
           '<pdf:Producer>Microsoft® Word for Microsoft 365</pdf:Producer></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>'
           '<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
           '<xmp:CreatorTool>Microsoft® Word for Microsoft 365</xmp:CreatorTool>'
           '<xmp:CreateDate>%s</xmp:CreateDate><xmp:ModifyDate>%s</xmp:ModifyDate></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n'
           '<xmpMM:DocumentID>uuid:%s</xmpMM:DocumentID><xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID>'
           '</rdf:Description>\n' % (title, meta["author"], iso, iso, uuid, uuid))
    xmp += ("                                                                                                    \n" * 20)
    xmp += "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"
    xmp_b = xmp.encode("utf-8")
    objs[METADATA] = (b"<</Type/Metadata/Subtype/XML/Length %d>>" % len(xmp_b), xmp_b)

    # ---- serialise
    out = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offsets = {}
    for n in range(1, XREF_STM):
        if n in free:
            continue
        offsets[n] = len(out)
        body = objs[n]
        out += b"%d 0 obj\r\n" % n
        if isinstance(body, tuple):
            out += body[0] + b"\r\nstream\r\n" + body[1] + b"\r\nendstream\r\nendobj\r\n"
        else:
            out += body + b"\r\nendobj\r\n"
    idhex = docid
    size = XREF_STM
    xref_at = len(out)
    out += b"xref\r\n0 %d\r\n" % size
    chain = free + [0]
    out += b"%010d 65535 f\r\n" % free[0]
    for n in range(1, size):
        if n in free:
            out += b"%010d 65535 f\r\n" % chain[free.index(n) + 1]
        else:
            out += b"%010d 00000 n\r\n" % offsets[n]
    trailer = "/Size %d/Root %d 0 R/Info %d 0 R/ID[<%s><%s>] " % (size, CATALOG, INFO, idhex, idhex)
    out += b"trailer\r\n<<" + trailer.encode() + b">>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n" % xref_at
    # XRef stream (hybrid-reference file)
    rows = bytearray()
    rows += bytes([0]) + free[0].to_bytes(4, "big") + (65535).to_bytes(2, "big")
    for n in range(1, size + 1):
        if n in free:
            rows += bytes([0]) + chain[free.index(n) + 1].to_bytes(4, "big") + (65535).to_bytes(2, "big")
        elif n == XREF_STM:
            rows += bytes([1]) + len(out).to_bytes(4, "big") + (0).to_bytes(2, "big")
        else:
            rows += bytes([1]) + offsets[n].to_bytes(4, "big") + (0).to_bytes(2, "big")
    data = zlib.compress(bytes(rows), 6)
    stm_at = len(out)
    out += b"%d 0 obj\r\n" % XREF_STM
    out += (("<</Type/XRef/Size %d/W[ 1 4 2] /Root %d 0 R/Info %d 0 R/ID[<%s><%s>] /Filter/FlateDecode"
             "/Length %d>>" % (size + 1, CATALOG, INFO, idhex, idhex, len(data))).encode())
    out += b"\r\nstream\r\n" + data + b"\r\nendstream\r\nendobj\r\n"
    x2 = len(out)
    out += b"xref\r\n0 0\r\ntrailer\r\n<<" + ("/Size %d/Root %d 0 R/Info %d 0 R/ID[<%s><%s>] /Prev %d/XRefStm %d"
                                                 % (size + 1, CATALOG, INFO, idhex, idhex, xref_at, stm_at)).encode()
    out += b">>\r\nstartxref\r\n%d\r\n%%%%EOF" % x2
    return bytes(out), pages


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    out = args[0] if args else OUT
    data, pages = build()
    with open(out, "wb") as f:
        f.write(data)
    if "-v" in sys.argv:
        print("pages:", len(pages), file=sys.stderr)


if __name__ == "__main__":
    main()
