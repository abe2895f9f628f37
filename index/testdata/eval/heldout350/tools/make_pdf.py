#!/usr/bin/python3
"""Re-make docs/prs-policy-brief-inter-state-migrants.pdf from its source text.

The PDF is laid out the way Microsoft Word for Microsoft 365 exports a PRS-style policy brief
("Save as PDF", tagged, fonts not embedded): A4 pages, a masthead and a shaded summary box on
page 1, two-column body regions (balanced where a one-column table follows), ruled tables with a
shaded header row, superscript footnote markers with the footnotes at the foot of the page they
are cited on, a running header from page 2, a footer with the date and "- n -", and the PRS
disclaimer at the end.  Standard library only; deterministic (fixed dates and IDs).

Usage: make_pdf.py [OUT]   (default: docs/prs-policy-brief-inter-state-migrants.pdf)
"""
import hashlib
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SLUG = "prs-policy-brief-inter-state-migrants"
SRC = os.path.join(HERE, SLUG + ".txt")
OUT = os.path.join(ROOT, "docs", SLUG + ".pdf")

PAGE_W, PAGE_H = 595.32, 841.92
ML, MR = 56.7, 56.7
TOP = 782.0          # top of the text area under the running header
FIRST_TOP = 806.0    # page 1: the masthead starts higher
BOTTOM = 62.0        # lowest text position above the footer
GUTTER = 19.85
CONTENT_W = PAGE_W - ML - MR
COL_W = (CONTENT_W - GUTTER) / 2
BLUE = "0.122 0.286 0.49"
PRODUCER = "Microsoft\u00ae Word for Microsoft 365"

# Arial (metric-compatible with Helvetica) advance widths, codes 32..126
_R = ("278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 "
      "556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 "
      "833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 "
      "556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500 "
      "334 260 334 584")
_B = ("278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 "
      "556 556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 "
      "833 722 778 667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 "
      "611 556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 333 611 556 778 556 556 500 "
      "389 280 389 584")
_HI_R = {128: 556, 130: 222, 131: 556, 132: 333, 133: 1000, 134: 556, 135: 556, 136: 333, 137: 1000,
         138: 667, 139: 333, 140: 1000, 142: 611, 145: 222, 146: 222, 147: 333, 148: 333, 149: 350,
         150: 556, 151: 1000}
_HI_B = dict(_HI_R)
_HI_B.update({130: 278, 132: 500, 145: 278, 146: 278, 147: 500, 148: 500})


def _table(low, hi):
    w = {32 + i: int(v) for i, v in enumerate(low.split())}
    w.update(hi)
    return w


WIDTHS = {"R": _table(_R, _HI_R), "I": _table(_R, _HI_R), "B": _table(_B, _HI_B)}
FONTS = {"R": ("F1", "ArialMT"), "B": ("F2", "Arial-BoldMT"), "I": ("F3", "Arial-ItalicMT")}


def enc(s):
    return s.encode("cp1252")


def width(text, style, size):
    w = WIDTHS["B" if style == "B" else "R"]
    return sum(w.get(b, 0) for b in enc(text)) * size / 1000.0


def pdfstr(b):
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        else:
            out.append(c)
    return bytes(out + b")")


def num(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ---------------------------------------------------------------- source text
def parse_runs(text, base="R"):
    """'**bold**' and '[^n]' markers -> list of (text, style) runs; style SUP for markers."""
    runs = []
    for part in re.split(r"(\*\*.+?\*\*|\[\^\d+\])", text):
        if not part:
            continue
        if part.startswith("**"):
            runs.append((part[2:-2], "B"))
        elif part.startswith("[^"):
            runs.append((part[2:-1], "SUP"))
        else:
            runs.append((part, base))
    return runs


def atoms_of(runs):
    """Split runs into words (lists of (text, style)) at spaces."""
    atoms, cur = [], []
    for text, style in runs:
        pieces = text.split(" ")
        for i, p in enumerate(pieces):
            if i > 0:
                if cur:
                    atoms.append(cur)
                cur = []
            if p:
                cur.append((p, style))
    if cur:
        atoms.append(cur)
    return atoms


def seg_w(seg, size):
    text, style = seg
    if style == "SUP":
        return width(text, "R", size * 0.65)
    return width(text, style, size)


def wrap(runs, maxw, size, first_indent=0.0):
    atoms = atoms_of(runs)
    lines, cur, curw = [], [], 0.0
    space = width(" ", "R", size)
    for a in atoms:
        aw = sum(seg_w(s, size) for s in a)
        limit = maxw - (first_indent if not lines else 0.0)
        if cur and curw + space + aw > limit:
            lines.append(cur)
            cur, curw = [], 0.0
        if cur:
            curw += space
        cur.append(a)
        curw += aw
    if cur:
        lines.append(cur)
    return lines


def parse_source(path):
    meta, regions, footnotes, disclaimer = {}, [], {}, ""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    region = None
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        if line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        elif line.startswith("::region"):
            region = {"cols": int(line.split()[1]), "blocks": []}
            regions.append(region)
        elif line == "::masthead":
            region["blocks"].append(("masthead",))
        elif line.startswith("::summary"):
            title = line.split(" ", 1)[1]
            items = []
            while lines[i] != "::end":
                items.append(lines[i][2:])
                i += 1
            i += 1
            region["blocks"].append(("summary", title, items))
        elif line.startswith("::table"):
            spec, caption = line[len("::table "):].split(" | ", 1)
            widths = [float(x) for x in spec.split(",")]
            rows, source = [], ""
            while lines[i] != "::end":
                if lines[i].startswith("::source "):
                    source = lines[i][len("::source "):]
                else:
                    rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            i += 1
            region["blocks"].append(("table", caption, widths, rows, source))
        elif line == "::footnotes":
            while i < len(lines) and lines[i].strip():
                n, t = lines[i].split(" ", 1)
                footnotes[n] = t
                i += 1
        elif line == "::disclaimer":
            disclaimer = lines[i]
            i += 1
        elif line.startswith("## "):
            region["blocks"].append(("h", line[3:]))
        elif line.startswith("- "):
            region["blocks"].append(("li", "\u2022", line[2:]))
        elif re.match(r"\d+\. ", line):
            region["blocks"].append(("ol", line.split(" ", 1)[1]))
        else:
            region["blocks"].append(("p", line))
    return meta, regions, footnotes, disclaimer


# ---------------------------------------------------------------- layout items
class Item:
    """One unbreakable box in the flow: a text line, a heading line, a table row, a box."""

    def __init__(self, height, space_before=0.0, keep=False, draw=None, sid=None, notes=()):
        self.height = height
        self.space_before = space_before
        self.keep = keep          # keep with next item
        self.draw = draw          # draw(page, x, ytop, width) -> None
        self.notes = tuple(notes)


class Page:
    def __init__(self, index):
        self.index = index
        self.ops = []
        self.mcid = 0
        self.owners = []       # struct element id per MCID

    def mark(self, sid, tag):
        m = self.mcid
        self.mcid += 1
        self.owners.append(sid)
        STRUCT[sid]["k"].append((self.index, m))
        self.ops.append("/%s <</MCID %d>> BDC " % (tag, m))
        return m


STRUCT = []   # struct elements: {"s": type, "parent": id or None, "k": [(page, mcid)], "kids": []}


def new_struct(s, parent=None):
    STRUCT.append({"s": s, "parent": parent, "k": [], "kids": []})
    sid = len(STRUCT) - 1
    if parent is not None:
        STRUCT[parent]["kids"].append(sid)
    return sid


def text_line(page, x, y, segs, size, tw=0.0, color=None, label=None, label_gap=0.0):
    """segs: list of (text, style); SUP style is drawn raised and smaller.  A list label is drawn
    first at x, and the text moved label_gap to the right with Td, in the same text object."""
    ops = ["BT"]
    cur = None
    if label:
        segs = [(label, "R"), None] + list(segs)
    for seg in segs:
        if seg is None:
            ops.append("%s 0 Td" % num(label_gap))
            continue
        text, style = seg
        if style == "SUP":
            key = ("F1", size * 0.65, size * 0.35)
        else:
            key = (FONTS[style][0], size, 0.0)
        if key != cur:
            ops.append("/%s %s Tf" % (key[0], num(key[1])))
            if cur is None:
                ops.append("1 0 0 1 %s %s Tm" % (num(x), num(y)))
                ops.append(("%s rg" % color) if color else "0 g")
                ops.append("0 G")
                ops.append("%s Tw" % num(tw))
            if (cur is None and key[2]) or (cur is not None and cur[2] != key[2]):
                ops.append("%s Ts" % num(key[2]))
            cur = key
        ops.append(("[" + pdfstr(enc(text)).decode("latin-1") + "] TJ"))
    if cur and cur[2]:
        ops.append("0 Ts")
    ops.append("ET")
    page.ops.append("\n".join(ops) + "\n")


def line_segs(line):
    """A wrapped line (list of atoms) -> segments with single spaces between atoms."""
    segs = []
    for j, atom in enumerate(line):
        for k, (t, s) in enumerate(atom):
            if j > 0 and k == 0:
                sp_style = s if s != "SUP" else "R"
                if segs and segs[-1][1] == sp_style:
                    segs[-1] = (segs[-1][0] + " ", sp_style)
                else:
                    segs.append((" ", sp_style))
            if segs and segs[-1][1] == s:
                segs[-1] = (segs[-1][0] + t, s)
            else:
                segs.append((t, s))
    return segs


def line_width(line, size):
    return sum(seg_w(s, size) for a in line for s in a) + width(" ", "R", size) * (len(line) - 1)


def para_items(runs, sid, tag, maxw, size=9.5, lead=12.2, indent=0.0, label=None, justify=True,
               before=5.0, color=None, keep=False):
    lines = wrap(runs, maxw - indent, size)
    items = []
    for n, line in enumerate(lines):
        last = n == len(lines) - 1
        notes = [t for a in line for (t, s) in a if s == "SUP"]

        def draw(page, x, ytop, w, line=line, n=n, last=last):
            page.mark(sid, tag)
            segs = line_segs(line)
            lw = line_width(line, size)
            spaces = sum(t.count(" ") for t, s in segs)
            tw = 0.0
            if justify and not last and spaces:
                tw = (w - indent - lw) / spaces
            base = ytop - size * 0.93
            if n == 0 and label:
                lx = x + indent - (11.5 if label == "\u2022" else 14.2)
                text_line(page, lx, base, segs, size, tw, color, label=label, label_gap=x + indent - lx)
            else:
                text_line(page, x + indent, base, segs, size, tw, color)
            page.ops.append("EMC \n")

        items.append(Item(lead, before if n == 0 else 0.0, keep=keep, draw=draw, notes=notes))
    if len(lines) > 1:
        items[0].keep = True          # no orphan: first two lines together
        items[-2].keep = True         # no widow: last two lines together
    return items


# ---------------------------------------------------------------- document build
def build_items(meta, region, doc_sid):
    cols = region["cols"]
    maxw = COL_W if cols == 2 else CONTENT_W
    items = []
    olnum = 0
    list_sid = None
    for blk in region["blocks"]:
        kind = blk[0]
        if kind not in ("li", "ol"):
            list_sid = None
        if kind != "ol":
            olnum = 0 if kind != "li" else olnum
        if kind == "masthead":
            items.extend(masthead_items(meta, doc_sid))
        elif kind == "h":
            sid = new_struct("H2", doc_sid)
            its = para_items([(blk[1], "B")], sid, "H2", maxw, size=11, lead=14, justify=False,
                             before=10.0, color=BLUE)
            for it in its:
                it.keep = True
            items.extend(its)
        elif kind == "p":
            sid = new_struct("P", doc_sid)
            items.extend(para_items(parse_runs(blk[1]), sid, "P", maxw))
        elif kind in ("li", "ol"):
            if list_sid is None:
                list_sid = new_struct("L", doc_sid)
            sid = new_struct("LI", list_sid)
            if kind == "ol":
                olnum += 1
                label = "%d." % olnum
            else:
                label = blk[1]
            text = blk[2] if kind == "li" else blk[1]
            items.extend(para_items(parse_runs(text), sid, "LI", maxw, indent=14.2, label=label,
                                    before=2.5))
        elif kind == "summary":
            items.append(summary_item(blk[1], blk[2], doc_sid))
        elif kind == "table":
            items.extend(table_items(blk[1], blk[2], blk[3], blk[4], doc_sid))
    return items


def masthead_items(meta, doc_sid):
    items = []

    def draw_top(page, x, ytop, w):
        text_line(page, x, ytop - 12, [("PRS LEGISLATIVE RESEARCH", "B")], 12, 0.0, BLUE)
        ptw = width("Policy Brief", "I", 12)
        text_line(page, x + w - ptw, ytop - 12, [("Policy Brief", "I")], 12, 0.0, BLUE)
        page.ops.append("q\n%s RG\n1.5 w\n%s %s m\n%s %s l\nS\nQ\n"
                        % (BLUE, num(x), num(ytop - 19), num(x + w), num(ytop - 19)))
    items.append(Item(24, 0, keep=True, draw=draw_top))
    sid = new_struct("H1", doc_sid)
    for it in para_items([(meta["title"], "B")], sid, "H1", CONTENT_W, size=17, lead=21,
                         justify=False, before=10.0):
        it.keep = True
        items.append(it)
    sid = new_struct("P", doc_sid)
    for it in para_items([(meta["subtitle"], "I")], sid, "P", CONTENT_W, size=11, lead=14,
                         justify=False, before=3.0):
        it.keep = True
        items.append(it)
    sid = new_struct("P", doc_sid)
    for it in para_items([(meta["author"] + "   |   " + meta["date"], "R")], sid, "P", CONTENT_W,
                         size=9, lead=12, justify=False, before=4.0):
        it.keep = True
        items.append(it)
    return items


def summary_item(title, bullets, doc_sid):
    div = new_struct("Div", doc_sid)
    pad = 8.0
    inner = CONTENT_W - 2 * pad
    hsid = new_struct("H2", div)
    parts = [("h", para_items([(title, "B")], hsid, "H2", inner, size=11, lead=14, justify=False,
                               before=0.0, color=BLUE))]
    lsid = new_struct("L", div)
    for b in bullets:
        sid = new_struct("LI", lsid)
        parts.append(("li", para_items(parse_runs(b), sid, "LI", inner, size=9.5, lead=12,
                                       indent=12.0, label="\u2022", before=3.0)))
    flat = [it for _, its in parts for it in its]
    height = 2 * pad + sum(it.height for it in flat) + sum(it.space_before for it in flat[1:])

    def draw(page, x, ytop, w):
        page.ops.append("/Artifact BMC \nq\n0.929 0.945 0.965 rg\n%s RG\n0.75 w\n%s %s %s %s re\nB\nQ\nEMC \n"
                        % (BLUE, num(x), num(ytop - height), num(w), num(height)))
        y = ytop - pad
        first = True
        for _, its in parts:
            for k, it in enumerate(its):
                if k == 0 and not first:
                    y -= it.space_before
                first = False
                it.draw(page, x + pad, y, inner)
                y -= it.height
    return Item(height, 8.0, draw=draw)


def table_items(caption, widths, rows, source, doc_sid):
    items = []
    csid = new_struct("Caption", doc_sid)
    cap = para_items([(caption, "B")], csid, "Caption", CONTENT_W, size=9.5, lead=12, justify=False,
                     before=10.0)
    for it in cap:
        it.keep = True
    items.extend(cap)
    tsid = new_struct("Table", doc_sid)
    size, lead, pad = 9.0, 11.0, 3.5
    colw = [CONTENT_W * f for f in widths]
    for r, row in enumerate(rows):
        trsid = new_struct("TR", tsid)
        cells = []
        for c, text in enumerate(row):
            tag = "TH" if r == 0 else "TD"
            sid = new_struct(tag, trsid)
            style = "B" if (r == 0 or c == 0) else "R"
            lines = wrap([(text, style)], colw[c] - 2 * pad, size)
            cells.append((sid, tag, lines))
        nlines = max(len(l) for _, _, l in cells)
        h = nlines * lead + 2 * pad

        def draw(page, x, ytop, w, cells=cells, h=h, r=r):
            ops = ["/Artifact BMC \nq"]
            if r == 0:
                ops.append("0.851 0.886 0.933 rg\n%s %s %s %s re\nf" % (num(x), num(ytop - h), num(w), num(h)))
            ops.append("0.5 w\n0 G")
            ops.append("%s %s m\n%s %s l\nS" % (num(x), num(ytop), num(x + w), num(ytop)))
            ops.append("%s %s m\n%s %s l\nS" % (num(x), num(ytop - h), num(x + w), num(ytop - h)))
            cx = x
            for cw in colw:
                ops.append("%s %s m\n%s %s l\nS" % (num(cx), num(ytop), num(cx), num(ytop - h)))
                cx += cw
            ops.append("%s %s m\n%s %s l\nS" % (num(cx), num(ytop), num(cx), num(ytop - h)))
            ops.append("Q\nEMC \n")
            page.ops.append("\n".join(ops))
            cx = x
            for (sid, tag, lines), cw in zip(cells, colw):
                y = ytop - pad
                for line in lines:
                    page.mark(sid, tag)
                    text_line(page, cx + pad, y - size * 0.93, line_segs(line), size)
                    page.ops.append("EMC \n")
                    y -= lead
                cx += cw
        items.append(Item(h, 4.0 if r == 0 else 0.0, keep=(r == 0), draw=draw))
    ssid = new_struct("P", doc_sid)
    items.extend(para_items([(source, "I")], ssid, "P", CONTENT_W, size=7.5, lead=9.5, justify=False,
                            before=2.5))
    return items


# ---------------------------------------------------------------- flow
def fits(items, start, avail):
    """How many items from start fit into avail height (first one's space_before dropped)."""
    used, n = 0.0, start
    while n < len(items):
        it = items[n]
        h = it.height + (it.space_before if n > start else 0.0)
        if used + h > avail + 0.01:
            break
        used += h
        n += 1
    # do not leave a kept item as the last one in the column
    while n > start and n < len(items) and items[n - 1].keep:
        n -= 1
    return n


def place(page, items, start, end, x, ytop, w):
    y = ytop
    for n in range(start, end):
        it = items[n]
        if n > start:
            y -= it.space_before
        it.draw(page, x, y, w)
        y -= it.height
    return y


def layout(regions_items, reserve):
    """Flow the regions onto pages.  reserve[page] = height kept for footnotes."""
    pages = [Page(0)]
    y = FIRST_TOP     # page 1 has no running header: the masthead sits higher
    notes_at = {}
    for cols, items in regions_items:
        start = 0
        if y < TOP:
            y -= items[0].space_before
        while start < len(items):
            page = pages[-1]
            bottom = BOTTOM + reserve.get(page.index, 0.0)
            avail = y - bottom
            if cols == 1:
                end = fits(items, start, avail)
                if end == start and y >= TOP:
                    end = start + 1
                if end == start:
                    pages.append(Page(len(pages)))
                    y = TOP
                    continue
                y_end = place(page, items, start, end, ML, y, CONTENT_W)
            else:
                if fits_two(items, start, avail) == len(items):
                    h = balance(items, start, avail)
                else:
                    h = avail
                mid = fits(items, start, h)
                if mid == start:
                    pages.append(Page(len(pages)))
                    y = TOP
                    continue
                end = fits(items, mid, h) if mid < len(items) else mid
                y1 = place(page, items, start, mid, ML, y, COL_W)
                y2 = place(page, items, mid, end, ML + COL_W + GUTTER, y, COL_W) if end > mid else y
                y_end = min(y1, y2)
            for n in range(start, end):
                for t in items[n].notes:
                    notes_at[t] = page.index
            start = end
            if start < len(items):
                pages.append(Page(len(pages)))
                y = TOP
            else:
                y = y_end
    return pages, notes_at


def fits_two(items, start, avail):
    mid = fits(items, start, avail)
    if mid >= len(items):
        return mid
    return fits(items, mid, avail)


def balance(items, start, avail):
    h = 10.0
    while h < avail:
        mid = fits(items, start, h)
        if mid > start and (mid >= len(items) or fits(items, mid, h) == len(items)):
            return h
        h += 1.0
    return avail


# ---------------------------------------------------------------- page furniture
def furniture(page, meta, npages):
    ops = []
    if page.index > 0:
        ops.append("/Artifact <</Type/Pagination/Subtype/Header>> BDC \n")
        hp = Page(-1)
        text_line(hp, ML, 806, [(meta["runhead"], "I")], 8.5, 0.0, BLUE)
        rw = width("PRS Legislative Research", "B", 8.5)
        text_line(hp, PAGE_W - MR - rw, 806, [("PRS Legislative Research", "B")], 8.5, 0.0, BLUE)
        ops.extend(hp.ops)
        ops.append("q\n%s RG\n0.75 w\n%s 800 m\n%s 800 l\nS\nQ\nEMC \n" % (BLUE, num(ML), num(PAGE_W - MR)))
    ops.append("/Artifact <</Type/Pagination/Subtype/Footer>> BDC \n")
    fp = Page(-1)
    if page.index == 0:
        line = ("PRS Legislative Research \u2022 Institute for Policy Research Studies \u2022 3rd Floor, "
                "Gandharva Mahavidyalaya \u2022 212, Deen Dayal Upadhyaya Marg \u2022 New Delhi \u2013 110002 "
                "\u2022 www.prsindia.org")
        fw = width(line, "R", 7)
        text_line(fp, (PAGE_W - fw) / 2, 44, [(line, "R")], 7, 0.0, BLUE)
    text_line(fp, ML, 28, [(meta["date"], "R")], 8)
    pn = "- %d -" % (page.index + 1)
    text_line(fp, (PAGE_W - width(pn, "R", 8)) / 2, 28, [(pn, "R")], 8)
    ops.extend(fp.ops)
    ops.append("EMC \n")
    return ops


def footnote_block(page, texts, doc_sid):
    """Footnotes at the foot of the page, above the footer."""
    size, lead = 7.5, 9.2
    blocks = []
    for n, t in texts:
        sid = new_struct("Note", doc_sid)
        lines = wrap([(n, "SUP"), (" " + t, "R")], CONTENT_W, size)
        blocks.append((sid, lines))
    y = BOTTOM - 4 + sum(len(l) for _, l in blocks) * lead
    page.ops.append("/Artifact BMC \nq\n0 G\n0.5 w\n%s %s m\n%s %s l\nS\nQ\nEMC \n"
                    % (num(ML), num(y + 6), num(ML + 144), num(y + 6)))
    for sid, lines in blocks:
        for line in lines:
            page.mark(sid, "Note")
            text_line(page, ML, y - size * 0.93, line_segs(line), size)
            page.ops.append("EMC \n")
            y -= lead


def note_height(texts):
    size, lead = 7.5, 9.2
    n = sum(len(wrap([(k, "SUP"), (" " + t, "R")], CONTENT_W, size)) for k, t in texts)
    return n * lead + 12 if n else 0.0


def disclaimer_item(text, doc_sid):
    size, lead, pad = 7, 8.6, 5
    sid = new_struct("P", doc_sid)
    lines = wrap([(text, "R")], CONTENT_W - 2 * pad, size)
    h = len(lines) * lead + 2 * pad

    def draw(page, x, y, w):
        page.ops.append("/Artifact BMC \nq\n0.5 w\n0.5 G\n%s %s %s %s re\nS\nQ\nEMC \n"
                        % (num(x), num(y - h), num(w), num(h)))
        yy = y - pad
        for n, line in enumerate(lines):
            page.mark(sid, "P")
            segs = line_segs(line)
            spaces = sum(t.count(" ") for t, s in segs)
            tw = 0.0
            if n < len(lines) - 1 and spaces:
                tw = (w - 2 * pad - line_width(line, size)) / spaces
            text_line(page, x + pad, yy - size * 0.93, segs, size, tw)
            page.ops.append("EMC \n")
            yy -= lead
    return Item(h, 16.0, draw=draw)


# ---------------------------------------------------------------- PDF objects
def pdf_text_string(s):
    try:
        b = s.encode("ascii")
        return pdfstr(b)
    except UnicodeEncodeError:
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def build(out_path):
    global STRUCT
    STRUCT = []
    meta, regions, footnotes, disclaimer = parse_source(SRC)
    # iterate the footnote reservation until the pages where notes land are stable
    reserve = {}
    for _ in range(8):
        STRUCT = []
        doc_sid = new_struct("Document")
        regions_items = [(r["cols"], build_items(meta, r, doc_sid)) for r in regions]
        regions_items[-1][1].append(disclaimer_item(disclaimer, doc_sid))
        pages, notes_at = layout(regions_items, reserve)
        new = {}
        for pg in range(len(pages)):
            texts = [(k, footnotes[k]) for k in sorted(notes_at, key=int) if notes_at[k] == pg]
            h = note_height(texts)
            if h:
                new[pg] = h
        if new == reserve:
            break
        reserve = new
    else:
        raise SystemExit("footnote layout did not settle")
    # footnotes, disclaimer
    for pg, page in enumerate(pages):
        texts = [(k, footnotes[k]) for k in sorted(notes_at, key=int) if notes_at[k] == pg]
        if texts:
            footnote_block(page, texts, doc_sid)
    npages = len(pages)

    objs = {}
    # fixed object numbers, Word-like order: catalog, pages, then page / content pairs
    n_catalog, n_pages = 1, 2
    page_nums = []
    nxt = 3
    for _ in pages:
        page_nums.append((nxt, nxt + 1))
        nxt += 2
    font_nums = {}
    for key in ("R", "B", "I"):
        font_nums[key] = (nxt, nxt + 1, nxt + 2)   # font, descriptor, widths
        nxt += 3
    n_gs = nxt
    nxt += 1
    struct_base = nxt
    nxt += len(STRUCT)
    n_struct_root, n_parent_tree, n_rolemap = nxt, nxt + 1, nxt + 2
    nxt += 3
    n_info, n_meta, n_viewer = nxt, nxt + 1, nxt + 2
    nxt += 3

    def sref(i):
        return "%d 0 R" % (struct_base + i)

    objs[n_catalog] = ("<</Type/Catalog/Pages %d 0 R/Lang(en-IN) /StructTreeRoot %d 0 R/MarkInfo<</Marked true>>"
                       "/Metadata %d 0 R/ViewerPreferences %d 0 R>>" % (n_pages, n_struct_root, n_meta, n_viewer)).encode()
    objs[n_pages] = ("<</Type/Pages/Count %d/Kids[ %s] >>"
                     % (npages, " ".join("%d 0 R" % p for p, _ in page_nums))).encode()
    fontres = "/Font<<%s>>" % "".join("/%s %d 0 R" % (FONTS[k][0], font_nums[k][0]) for k in ("R", "B", "I"))
    for page, (pn, cn) in zip(pages, page_nums):
        content = "".join(furniture(page, meta, npages)) + "".join(page.ops)
        data = zlib.compress(content.encode("latin-1"), 9)
        objs[pn] = ("<</Type/Page/Parent %d 0 R/Resources<<%s/ExtGState<</GS%d %d 0 R>>/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>"
                    "/MediaBox[ 0 0 595.32 841.92] /Contents %d 0 R/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>"
                    "/Tabs/S/StructParents %d>>" % (n_pages, fontres, n_gs, n_gs, cn, page.index)).encode()
        objs[cn] = (b"<</Filter/FlateDecode/Length %d>>\r\nstream\r\n" % len(data)) + data + b"\r\nendstream"
    descr = {"R": (32, 0, 441, 2665, 400, 44, "-665 -210 2000 728"),
             "B": (32, 0, 479, 2628, 700, 42, "-628 -210 2000 728"),
             "I": (96, -12, 441, 2000, 400, 44, "-517 -210 1359 728")}
    for key in ("R", "B", "I"):
        fn, dn, wn = font_nums[key]
        name = FONTS[key][1]
        objs[fn] = ("<</Type/Font/Subtype/TrueType/Name/%s/BaseFont/%s/Encoding/WinAnsiEncoding/FontDescriptor %d 0 R"
                    "/FirstChar 32/LastChar 151/Widths %d 0 R>>" % (FONTS[key][0], name, dn, wn)).encode()
        fl, ia, aw, mw, fw, sv, bb = descr[key]
        objs[dn] = ("<</Type/FontDescriptor/FontName/%s/Flags %d/ItalicAngle %d/Ascent 905/Descent -210/CapHeight 728"
                    "/AvgWidth %d/MaxWidth %d/FontWeight %d/XHeight 250/Leading 33/StemV %d/FontBBox[ %s] >>"
                    % (name, fl, ia, aw, mw, fw, sv, bb)).encode()
        wt = WIDTHS[key]
        objs[wn] = ("[ " + " ".join(str(wt.get(c, 0)) for c in range(32, 152)) + "] ").encode()
    objs[n_gs] = b"<</Type/ExtGState/BM/Normal/ca 1>>"
    for i, el in enumerate(STRUCT):
        parent = sref(el["parent"]) if el["parent"] is not None else "%d 0 R" % n_struct_root
        kids = []
        for k in el["kids"]:
            kids.append(sref(k))
        first_pg = None
        for pg, m in el["k"]:
            if first_pg is None:
                first_pg = pg
            if pg == first_pg:
                kids.append("%d" % m)
            else:
                kids.append("<</Type/MCR/Pg %d 0 R/MCID %d>>" % (page_nums[pg][0], m))
        pgpart = "/Pg %d 0 R" % page_nums[first_pg][0] if first_pg is not None else ""
        objs[struct_base + i] = ("<</Type/StructElem/S/%s/P %s%s/K[ %s] >>"
                                 % (el["s"], parent, pgpart, " ".join(kids))).encode()
    nums = []
    for page in pages:
        nums.append("%d[ %s] " % (page.index, " ".join(sref(s) for s in page.owners)))
    objs[n_parent_tree] = ("<</Nums[ %s] >>" % "".join(nums)).encode()
    objs[n_struct_root] = ("<</Type/StructTreeRoot/RoleMap %d 0 R/ParentTree %d 0 R/K[ %s] /ParentTreeNextKey %d>>"
                           % (n_rolemap, n_parent_tree, sref(0), npages)).encode()
    objs[n_rolemap] = b"<</Footnote/Note/Endnote/Note/Textbox/Sect/Header/Sect/Footer/Sect/InlineShape/Sect/Annotation/Sect/Artifact/Sect/Workbook/Document/Worksheet/Part/Macrosheet/Part/Chartsheet/Part/Dialogsheet/Part/Slide/Part/Chart/Sect/Diagram/Figure/Title/H1>>"
    cdate = "D:%s+05'30'" % meta["created"]
    mdate = "D:%s+05'30'" % meta["modified"]
    objs[n_info] = (b"<</Title" + pdf_text_string(meta["title"]) + b"/Author" + pdf_text_string(meta["author"])
                    + b"/Creator" + pdf_text_string(PRODUCER) + b"/CreationDate(" + cdate.encode()
                    + b")/ModDate(" + mdate.encode() + b")/Producer" + pdf_text_string(PRODUCER) + b">>")
    c = meta["created"]
    iso = "%s-%s-%sT%s:%s:%s+05:30" % (c[0:4], c[4:6], c[6:8], c[8:10], c[10:12], c[12:14])
    uuid = meta["uuid"]
    xmp = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="3.1-701">\n'
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
           '<rdf:Description rdf:about=""  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
           '<pdf:Producer>%s</pdf:Producer></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>'
           '<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
           '<xmp:CreatorTool>%s</xmp:CreatorTool><xmp:CreateDate>%s</xmp:CreateDate><xmp:ModifyDate>%s</xmp:ModifyDate></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n'
           '<xmpMM:DocumentID>uuid:%s</xmpMM:DocumentID><xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID></rdf:Description>\n'
           '</rdf:RDF></x:xmpmeta>\n' % (PRODUCER, meta["title"], meta["author"], PRODUCER, iso, iso, uuid, uuid))
    xmp += ("                                                                                                    \n" * 20)
    xmp += '<?xpacket end="w"?>'
    xb = xmp.encode("utf-8")
    objs[n_meta] = (b"<</Type/Metadata/Subtype/XML/Length %d>>\r\nstream\r\n" % len(xb)) + xb + b"\r\nendstream"
    objs[n_viewer] = b"<</DisplayDocTitle true>>"

    out = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\r\n" % n + objs[n] + b"\r\nendobj\r\n"
    size = max(objs) + 1
    xref = len(out)
    out += b"xref\r\n0 %d\r\n0000000000 65535 f\r\n" % size
    for n in range(1, size):
        out += b"%010d 00000 n\r\n" % offsets[n]
    fid = hashlib.md5(("%s|%s" % (uuid, meta["created"])).encode()).hexdigest().upper()
    out += (b"trailer\r\n<</Size %d/Root 1 0 R/Info %d 0 R/ID[<%s><%s>] >>\r\nstartxref\r\n%d\r\n%%%%EOF"
            % (size, n_info, fid.encode(), fid.encode(), xref))
    with open(out_path, "wb") as f:
        f.write(bytes(out))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
