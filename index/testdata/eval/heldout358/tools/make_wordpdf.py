#!/usr/bin/python3
"""Re-make docs/pratibimb-ca-march-2025-nuclear-energy.pdf from its source text, byte for byte.

The PDF is shaped as Microsoft Word for Microsoft 365 saves a two-column magazine page with
"Save as PDF" (tagged PDF, "do not embed common system fonts" on): PDF 1.7 with a binary
comment, CRLF object syntax, Flate-compressed content streams, non-embedded TrueType Arial /
Arial,Bold / Arial,Italic with WinAnsiEncoding and width arrays (0 for unused codes), a
structure tree (Document, H1, H2, P, L/LI/Lbl/LBody, Textbox) with marked content (MCIDs),
page header, footer and shading marked as /Artifact, an XMP metadata packet, an Info dictionary
with UTF-16 strings and a classic xref table. Text is laid out here: A4, two justified columns,
shaded boxes, small kerning adjustments inside TJ arrays as Word writes them.

Usage: make_wordpdf.py [output]   (default: ../docs/pratibimb-ca-march-2025-nuclear-energy.pdf)
Deterministic: fixed dates and ids, no randomness.
"""
import hashlib
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pratibimb-ca-march-2025-nuclear-energy.txt")
OUT = os.path.join(HERE, "..", "docs", "pratibimb-ca-march-2025-nuclear-energy.pdf")

# Arial metrics (1/1000 em) for WinAnsi codes 32..255, as in the Arial / Liberation Sans tables.
W_REG = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 750, 556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 537, 333, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556, 556, 556, 500, 556, 500]
W_BOLD = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 750, 556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 556, 333, 333, 333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611, 611, 611, 556, 611, 556]
FONTS = {  # key: (resource name, BaseFont, widths, descriptor extras)
    "R": ("F1", "Arial", W_REG, "/Flags 32/ItalicAngle 0/Ascent 905/Descent -210/CapHeight 728/AvgWidth 441/MaxWidth 2665/FontWeight 400/XHeight 250/Leading 33/StemV 44/FontBBox[ -665 -210 2000 728]"),
    "B": ("F2", "Arial,Bold", W_BOLD, "/Flags 32/ItalicAngle 0/Ascent 905/Descent -210/CapHeight 728/AvgWidth 479/MaxWidth 2628/FontWeight 700/XHeight 250/Leading 33/StemV 47/FontBBox[ -628 -210 2000 728]"),
    "I": ("F3", "Arial,Italic", W_REG, "/Flags 96/ItalicAngle -12/Ascent 905/Descent -210/CapHeight 728/AvgWidth 441/MaxWidth 2131/FontWeight 400/XHeight 250/Leading 33/StemV 44/FontBBox[ -517 -210 1359 728]"),
}

PAGE_W, PAGE_H = 595.32, 841.92
MARGIN = 42.55
GAP = 17.0
COL_W = round((PAGE_W - 2 * MARGIN - GAP) / 2, 2)
COL_X = [MARGIN, round(MARGIN + COL_W + GAP, 2)]
TOP = 781.0
BOTTOM = 62.0

STYLE = {
    "h1": dict(font="B", size=12.0, lead=14.6, before=9.0, after=3.0, color="0.106 0.259 0.467"),
    "h2": dict(font="B", size=10.0, lead=12.6, before=5.5, after=1.2, color="0.6 0.11 0.11"),
    "p": dict(font="R", size=9.5, lead=12.1, before=0.0, after=4.0, color="0"),
    "li": dict(font="R", size=9.5, lead=12.1, before=0.0, after=2.2, color="0"),
    "boxtitle": dict(font="B", size=9.5, lead=13.0, before=0.0, after=3.5, color="1"),
    "boxp": dict(font="R", size=9.0, lead=11.4, before=0.0, after=3.0, color="0"),
    "boxli": dict(font="R", size=9.0, lead=11.4, before=0.0, after=1.8, color="0"),
}
BOX_FILL = {"VALUE ADDITION": ("0.867 0.922 0.969", "0.173 0.353 0.584"),
            "MAINS PRACTICE QUESTION": ("0.992 0.929 0.855", "0.753 0.337 0.059"),
            "PRELIMS PRACTICE QUESTIONS": ("0.890 0.949 0.882", "0.220 0.463 0.114")}


def enc(s):
    return s.encode("cp1252")


def width(text, font, size):
    w = FONTS[font][2]
    return sum(w[b - 32] for b in enc(text)) * size / 1000.0


def num(x):
    s = ("%.2f" % x).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def pdfstr(b):
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        else:
            out.append(c)
    return bytes(out + b")")


# ---------------------------------------------------------------- source
def parse_runs(text, base):
    runs = []
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            runs.append((part, "B" if i % 2 else base))
    return runs


def read_source():
    meta, blocks = {}, []
    box = None
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("%"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            continue
        if not line.strip():
            continue
        if line.startswith("[box "):
            box = line[5:-1]
            blocks.append(("boxtitle", [(box, "B")], box))
            continue
        if line == "[/box]":
            box = None
            continue
        if line.startswith("# "):
            blocks.append(("h1", [(line[2:], "B")], None))
        elif line.startswith("## "):
            blocks.append(("h2", [(line[3:], "B")], None))
        elif line.startswith("- "):
            blocks.append(("boxli" if box else "li", parse_runs(line[2:], "R"), box))
        elif line.startswith("_") and line.endswith("_"):
            blocks.append(("boxp" if box else "p", parse_runs(line[1:-1], "I"), box))
        else:
            blocks.append(("boxp" if box else "p", parse_runs(line, "R"), box))
    return meta, blocks


# ---------------------------------------------------------------- line breaking
def words_of(runs):
    """Split runs into words; each word is a list of (text, font) pieces, spaces dropped."""
    words, cur = [], []
    for text, font in runs:
        parts = text.split(" ")
        for j, part in enumerate(parts):
            if j > 0:
                if cur:
                    words.append(cur)
                cur = []
            if part:
                cur.append((part, font))
    if cur:
        words.append(cur)
    return words


def wrap(runs, size, maxw):
    lines, line, lw = [], [], 0.0
    for wd in words_of(runs):
        ww = sum(width(t, f, size) for t, f in wd)
        sp = width(" ", wd[0][1], size)
        if line and lw + sp + ww > maxw:
            lines.append(line)
            line, lw = [], 0.0
        if line:
            lw += sp
        line.append(wd)
        lw += ww
    if line:
        lines.append(line)
    return lines


def line_runs(line):
    """Merge a line's words back into runs with single spaces between words."""
    runs = []
    for i, wd in enumerate(line):
        for j, (t, f) in enumerate(wd):
            piece = (" " + t) if (i > 0 and j == 0) else t
            if runs and runs[-1][1] == f:
                runs[-1] = (runs[-1][0] + piece, f)
            else:
                if i > 0 and j == 0:
                    # the space belongs to the run before, as Word writes it
                    runs[-1] = (runs[-1][0] + " ", runs[-1][1])
                    piece = t
                runs.append((piece, f))
    return runs


# ---------------------------------------------------------------- kerning noise (deterministic)
def tj_array(data, key):
    """Word writes TJ arrays with small positioning adjustments between glyph groups."""
    h = hashlib.md5(key.encode("utf-8")).digest()
    items, start, k = [], 0, 0
    n = len(data)
    cuts = []
    pos = 3 + h[0] % 5
    while pos < n - 1:
        if data[pos - 1] != 32 and data[pos] != 32:
            cuts.append(pos)
        k += 1
        pos += 4 + h[k % 16] % 7
    adj_total = 0
    for i, c in enumerate(cuts):
        items.append(pdfstr(data[start:c]))
        v = (-3, 2, -2, 4, 3, -4, 5, 2)[h[(i + 7) % 16] % 8]
        items.append(str(v).encode())
        adj_total += v
        start = c
    items.append(pdfstr(data[start:]))
    return b"[" + b"".join(items) + b"] TJ", adj_total


# ---------------------------------------------------------------- layout
class Page:
    def __init__(self, number):
        self.number = number
        self.rects = []      # (x, y, w, h, rgb)
        self.items = []      # text chunks in order: dict(kind, tag, mcid-group...)
        self.lines = []


def layout(blocks):
    pages = [Page(0)]
    state = {"col": 0, "y": TOP}
    paras = []  # struct: list of dicts {type, segments:[(page, col, lines)], box}

    def newcol():
        if state["col"] == 0:
            state["col"] = 1
        else:
            pages.append(Page(len(pages)))
            state["col"] = 0
        state["y"] = TOP

    i = 0
    prev_kind = None
    while i < len(blocks):
        kind, runs, box = blocks[i]
        st = STYLE[kind]
        inbox = kind.startswith("box")
        indent = 0.0
        pad = 7.0 if inbox else 0.0
        if kind in ("li", "boxli"):
            indent = 11.0
        maxw = COL_W - 2 * pad - indent
        lines = wrap(runs, st["size"], maxw)
        before = st["before"] if prev_kind is not None else 0.0
        if kind == "boxtitle":
            before = 6.0
        need = before + st["lead"] * len(lines)
        if kind in ("h1", "h2", "boxtitle"):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            need += STYLE[nxt[0]]["lead"] * 2 + 4 if nxt else 0
            if kind == "h1":
                need += 6
        if state["y"] - need < BOTTOM and state["y"] < TOP:
            newcol()
            before = 0.0
        state["y"] -= before
        para = {"kind": kind, "segments": [], "box": box}
        seg = None
        for li, ln in enumerate(lines):
            lead = st["lead"]
            if state["y"] - lead < BOTTOM:
                newcol()
                seg = None
            if seg is None:
                seg = {"page": len(pages) - 1, "col": state["col"], "lines": []}
                para["segments"].append(seg)
            y_top = state["y"]
            base = y_top - lead + (lead - st["size"]) * 0.5 + st["size"] * 0.21
            x = COL_X[state["col"]] + pad + indent
            last = li == len(lines) - 1
            seg["lines"].append({"x": x, "y": round(base, 2), "words": ln, "last": last,
                                 "maxw": maxw, "top": y_top, "lead": lead, "bullet": kind in ("li", "boxli") and li == 0})
            state["y"] -= lead
        if kind == "h1":
            state["y"] -= 5.0
            seg_last = para["segments"][-1]
            seg_last["rule"] = state["y"] + 2.0
        state["y"] -= st["after"]
        paras.append(para)
        prev_kind = kind
        i += 1
    return pages, paras


def build(meta, blocks):
    pages, paras = layout(blocks)
    first = int(meta["first-page"])
    used = {"R": set(), "B": set(), "I": set()}
    streams = [[] for _ in pages]
    art = [[] for _ in pages]
    mcid_count = [0] * len(pages)
    struct = []  # list of (tag, parent_tag_or_None, [(page, mcid)], group)

    # shading for boxes: one rectangle per (page, col) segment run of the same box
    box_spans = {}
    # assign box ids in order
    bid = -1
    cur_box = None
    for para in paras:
        if para["kind"] == "boxtitle":
            bid += 1
            cur_box = para["box"]
        if para["box"]:
            para["box_id"] = bid
            for seg in para["segments"]:
                k = (bid, seg["page"], seg["col"])
                top = seg["lines"][0]["top"]
                bot = seg["lines"][-1]["top"] - seg["lines"][-1]["lead"] - para_after(para)
                if k in box_spans:
                    box_spans[k][0] = max(box_spans[k][0], top)
                    box_spans[k][1] = min(box_spans[k][1], bot)
                else:
                    box_spans[k] = [top, bot, para["box"]]

    for (bid_, pg, col), (top, bot, name) in sorted(box_spans.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        fill = BOX_FILL[name.split(":")[0]][0]
        x = COL_X[col]
        art[pg].append("q\n%s rg\n%s %s %s %s re\nf*\nQ\n" % (fill, num(x), num(bot - 3.0), num(COL_W), num(top - bot + 3.0)))

    for para in paras:
        kind = para["kind"]
        st = STYLE[kind]
        tag = {"h1": "H1", "h2": "H2", "p": "P", "boxp": "P", "li": "LI", "boxli": "LI", "boxtitle": "P"}[kind]
        refs = []
        lbl_ref = None
        for seg in para["segments"]:
            pg = seg["page"]
            s = streams[pg]
            if kind == "boxtitle":
                band = BOX_FILL[para["box"].split(":")[0]][1]
                ln0 = seg["lines"][0]
                x = COL_X[seg["col"]]
                art[pg].append("q\n%s rg\n%s %s %s %s re\nf*\nQ\n" % (
                    band, num(x), num(ln0["top"] - ln0["lead"] * len(seg["lines"]) - 1.5), num(COL_W),
                    num(ln0["lead"] * len(seg["lines"]) + 1.5)))
                # the band covers the title lines only; the box text starts below it
            for ln in seg["lines"]:
                if ln["bullet"]:
                    m = mcid_count[pg]
                    mcid_count[pg] += 1
                    lbl_ref = (pg, m)
                    bx = ln["x"] - 10.0
                    used["R"].add(0x95)
                    arr, _ = tj_array(enc("\u2022"), "b%d%s" % (pg, ln["y"]))
                    s.append(("/Lbl <</MCID %d>> BDC \nBT\n/F1 %s Tf\n1 0 0 1 %s %s Tm\n0 g\n0 G\n" % (
                        m, num(st["size"]), num(bx), num(ln["y"]))).encode() + arr + b"\nET\nEMC \n")
            m = mcid_count[pg]
            mcid_count[pg] += 1
            refs.append((pg, m))
            out = [("/%s <</MCID %d>> BDC \n" % ("LBody" if tag == "LI" else tag, m)).encode()]
            for ln in seg["lines"]:
                runs = line_runs(ln["words"])
                natural = sum(width(t, f, st["size"]) for t, f in runs)
                spaces = sum(t.count(" ") for t, _ in runs)
                justify = kind in ("p", "li", "boxp", "boxli") and not ln["last"] and spaces
                tw = (ln["maxw"] - natural) / spaces if justify else 0.0
                x = ln["x"]
                for t, f in runs:
                    data = enc(t)
                    for b in data:
                        used[f].add(b)
                    arr, adj = tj_array(data, "%d|%s|%s" % (pg, ln["y"], t))
                    color = st["color"]
                    cmd = "BT\n/%s %s Tf\n1 0 0 1 %s %s Tm\n%s g\n%s G\n" % (
                        FONTS[f][0], num(st["size"]), num(x), num(ln["y"]), color, color)
                    if tw:
                        cmd += "%s Tw\n" % ("%.3f" % tw).rstrip("0").rstrip(".")
                    out.append(cmd.encode() + arr + (b"\n0 Tw\nET\n" if tw else b"\nET\n"))
                    x += width(t, f, st["size"]) + t.count(" ") * tw - adj * st["size"] / 1000.0
            out.append(b"EMC \n")
            s.append(b"".join(out))
            if "rule" in seg:
                art[pg].append("q\n1.5 w\n0.902 0.447 0.098 RG\n%s %s m\n%s %s l\nS\nQ\n" % (
                    num(COL_X[seg["col"]]), num(seg["rule"]), num(COL_X[seg["col"]] + COL_W), num(seg["rule"])))
        struct.append({"tag": tag, "refs": refs, "lbl": lbl_ref, "box": para.get("box_id"), "kind": kind})

    # header / footer (artifacts)
    hf = []
    for pg in range(len(pages)):
        pno = str(first + pg)
        h = []
        left, right = meta["header-left"], meta["header-right"]
        for t, f in ((left, "B"), (right, "B"), (meta["footer-left"], "B"), (meta["footer-mid"], "R"), (pno, "B")):
            for b in enc(t):
                used[f].add(b)
        rw = width(right, "B", 8.0)
        mw = width(meta["footer-mid"], "R", 7.5)
        pw = width(pno, "B", 9.0)
        a1, _ = tj_array(enc(left), "hl%d" % pg)
        a2, _ = tj_array(enc(right), "hr%d" % pg)
        a3, _ = tj_array(enc(meta["footer-left"]), "fl%d" % pg)
        a4, _ = tj_array(enc(meta["footer-mid"]), "fm%d" % pg)
        a5, _ = tj_array(enc(pno), "fp%d" % pg)
        head = (b"/Artifact <</Attached [/Top]/Type /Pagination /Subtype /Header>>BDC \n" +
                ("BT\n/F2 8 Tf\n1 0 0 1 %s 809.5 Tm\n0.106 0.259 0.467 g\n0.106 0.259 0.467 G\n" % num(MARGIN)).encode() + a1 + b"\nET\n" +
                ("BT\n/F2 8 Tf\n1 0 0 1 %s 809.5 Tm\n0.6 0.11 0.11 g\n0.6 0.11 0.11 G\n" % num(PAGE_W - MARGIN - rw)).encode() + a2 + b"\nET\n" +
                ("q\n0.75 w\n0.106 0.259 0.467 RG\n%s 802.3 m\n%s 802.3 l\nS\nQ\n" % (num(MARGIN), num(PAGE_W - MARGIN))).encode() +
                b"EMC \n")
        foot = (b"/Artifact <</Attached [/Bottom]/Type /Pagination /Subtype /Footer>>BDC \n" +
                ("q\n0.75 w\n0.106 0.259 0.467 RG\n%s 50.2 m\n%s 50.2 l\nS\nQ\n" % (num(MARGIN), num(PAGE_W - MARGIN))).encode() +
                ("BT\n/F2 8 Tf\n1 0 0 1 %s 37.8 Tm\n0.106 0.259 0.467 g\n0.106 0.259 0.467 G\n" % num(MARGIN)).encode() + a3 + b"\nET\n" +
                ("BT\n/F1 7.5 Tf\n1 0 0 1 %s 37.8 Tm\n0.3 g\n0.3 G\n" % num((PAGE_W - mw) / 2)).encode() + a4 + b"\nET\n" +
                ("BT\n/F2 9 Tf\n1 0 0 1 %s 37.8 Tm\n0 g\n0 G\n" % num(PAGE_W - MARGIN - pw)).encode() + a5 + b"\nET\n" +
                b"EMC \n")
        hf.append((head, foot))

    contents = []
    for pg in range(len(pages)):
        body = b"".join(streams[pg])
        shade = b"".join(("/Artifact BMC \n" + r + "EMC \n").encode() for r in art[pg])
        contents.append(b"q 0.000008871 0 595.32 841.92 re\nW* n\n/GS7 gs\n" + hf[pg][0] + shade + body + hf[pg][1] + b"Q\n")
    return contents, struct, used, mcid_count


def para_after(para):
    return STYLE[para["kind"]]["after"]


# ---------------------------------------------------------------- objects
def utf16(s):
    if all(ord(c) < 128 for c in s):
        return pdfstr(s.encode("ascii"))
    return pdfstr(b"\xfe\xff" + s.encode("utf-16-be"))


def make(out_path):
    meta, blocks = read_source()
    contents, struct, used, mcid_count = build(meta, blocks)
    npages = len(contents)
    objs = {}

    def put(n, body, stream=None):
        objs[n] = (body, stream)

    # numbering: 1 catalog, 2 pages, then per page (page, contents), fonts after first page
    n = 3
    page_ids, content_ids = [], []
    for pg in range(npages):
        page_ids.append(n)
        content_ids.append(n + 1)
        n += 2
        if pg == 0:
            font_ids = {}
            for key in ("R", "B", "I"):
                font_ids[key] = (n, n + 1)
                n += 2
            gs_ids = (n, n + 1)
            n += 2
    struct_root = n
    n += 1
    rolemap = n
    n += 1
    parent_tree = n
    n += 1
    doc_elem = n
    n += 1
    # structure elements
    elems = []  # (id, dict)
    next_id = [n]

    def new_elem():
        i = next_id[0]
        next_id[0] += 1
        return i

    doc_kids = []
    parent_of_mcid = {}  # (page, mcid) -> elem id
    i = 0
    while i < len(struct):
        s = struct[i]
        if s["box"] is not None and s["kind"] == "boxtitle":
            # Textbox grouping everything of this box
            tb = new_elem()
            tb_kids = []
            bid = s["box"]
            j = i
            elems.append([tb, "Textbox", doc_elem, tb_kids, None])
            doc_kids.append(tb)
            while j < len(struct) and struct[j]["box"] == bid:
                j = emit_elem(struct, j, tb, tb_kids, elems, new_elem, parent_of_mcid)
            i = j
            continue
        i = emit_elem(struct, i, doc_elem, doc_kids, elems, new_elem, parent_of_mcid)
    info_id = next_id[0]
    widths_ids = {}
    k = info_id + 1
    for key in ("R", "B", "I"):
        widths_ids[key] = k
        k += 1
    meta_id = k
    vp_id = k + 1
    total = k + 2

    # pages
    for pg in range(npages):
        res = "<</Font<</F1 %d 0 R/F2 %d 0 R/F3 %d 0 R>>/ExtGState<</GS7 %d 0 R/GS8 %d 0 R>>/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>" % (
            font_ids["R"][0], font_ids["B"][0], font_ids["I"][0], gs_ids[0], gs_ids[1])
        put(page_ids[pg], "<</Type/Page/Parent 2 0 R/Resources%s/MediaBox[ 0 0 595.32 841.92] /Contents %d 0 R/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S/StructParents %d>>" % (
            res, content_ids[pg], pg))
        data = zlib.compress(contents[pg], 6)
        put(content_ids[pg], "<</Filter/FlateDecode/Length %d>>" % len(data), data)
    for key in ("R", "B", "I"):
        name, base, w, desc = FONTS[key]
        last = max(used[key]) if used[key] else 32
        put(font_ids[key][0], "<</Type/Font/Subtype/TrueType/Name/%s/BaseFont/%s/Encoding/WinAnsiEncoding/FontDescriptor %d 0 R/FirstChar 32/LastChar %d/Widths %d 0 R>>" % (
            name, base, font_ids[key][1], last, widths_ids[key]))
        put(font_ids[key][1], "<</Type/FontDescriptor/FontName/%s%s>>" % (base, desc))
        arr = " ".join(str(w[c - 32]) if c in used[key] else "0" for c in range(32, last + 1))
        put(widths_ids[key], "[ %s] " % arr)
    put(gs_ids[0], "<</Type/ExtGState/BM/Normal/ca 1>>")
    put(gs_ids[1], "<</Type/ExtGState/BM/Normal/CA 1>>")

    put(1, "<</Type/Catalog/Pages 2 0 R/Lang(en-IN) /StructTreeRoot %d 0 R/MarkInfo<</Marked true>>/Metadata %d 0 R/ViewerPreferences %d 0 R>>" % (
        struct_root, meta_id, vp_id))
    put(2, "<</Type/Pages/Count %d/Kids[ %s] >>" % (npages, " ".join("%d 0 R" % p for p in page_ids)))
    put(struct_root, "<</Type/StructTreeRoot/RoleMap %d 0 R/ParentTree %d 0 R/K[ %d 0 R] /ParentTreeNextKey %d>>" % (
        rolemap, parent_tree, doc_elem, npages))
    put(rolemap, "<</Footnote/Note/Endnote/Note/Textbox/Sect/Header/Sect/Footer/Sect/InlineShape/Sect/Annotation/Sect/Artifact/Sect/Workbook/Document/Worksheet/Part/Macrosheet/Part/Chartsheet/Part/Dialogsheet/Part/Slide/Part/Chart/Sect/Diagram/Figure/Title/H1>>")
    nums = []
    for pg in range(npages):
        arr = " ".join("%d 0 R" % parent_of_mcid[(pg, m)] for m in range(mcid_count[pg]))
        nums.append("%d[ %s] " % (pg, arr))
    put(parent_tree, "<</Nums[ %s] >>" % " ".join(nums).rstrip())
    put(doc_elem, "<</P %d 0 R/S/Document/Type/StructElem/K[ %s] >>" % (
        struct_root, " ".join("%d 0 R" % c for c in doc_kids)))
    for eid, tag, parent, kids, refs in elems:
        parts = []
        for kd in kids:
            parts.append("%d 0 R" % kd)
        pg_attr = ""
        if refs:
            pages_used = sorted(set(p for p, _ in refs))
            if len(pages_used) == 1:
                parts.extend(str(m) for _, m in refs)
                pg_attr = "/Pg %d 0 R" % page_ids[pages_used[0]]
            else:
                parts.extend("<</Type/MCR/Pg %d 0 R/MCID %d>>" % (page_ids[p], m) for p, m in refs)
                pg_attr = "/Pg %d 0 R" % page_ids[refs[0][0]]
        put(eid, "<</P %d 0 R/S/%s/Type/StructElem%s/K[ %s] >>" % (parent, tag, pg_attr, " ".join(parts)))

    created = "D:20250304191522+05'30'"
    put(info_id, "<</Title%s/Author%s/Subject%s/Creator%s/CreationDate(%s) /ModDate(%s) /Producer%s>>" % (
        utf16(meta["title"]).decode("latin-1"), utf16(meta["author"]).decode("latin-1"),
        utf16(meta["subject"]).decode("latin-1"),
        utf16("Microsoft\u00ae Word for Microsoft 365").decode("latin-1"), created, created,
        utf16("Microsoft\u00ae Word for Microsoft 365").decode("latin-1")))
    doc_uuid = hashlib.md5(b"pratibimb-ca-2025-03-sci-tech").hexdigest().upper()
    u = "%s-%s-%s-%s-%s" % (doc_uuid[:8], doc_uuid[8:12], doc_uuid[12:16], doc_uuid[16:20], doc_uuid[20:])
    xmp = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="3.1-701">\n'
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
           '<rdf:Description rdf:about=""  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
           '<pdf:Producer>Microsoft\u00ae Word for Microsoft 365</pdf:Producer></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator><dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
           '<xmp:CreatorTool>Microsoft\u00ae Word for Microsoft 365</xmp:CreatorTool><xmp:CreateDate>2025-03-04T19:15:22+05:30</xmp:CreateDate><xmp:ModifyDate>2025-03-04T19:15:22+05:30</xmp:ModifyDate></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n'
           '<xmpMM:DocumentID>uuid:%s</xmpMM:DocumentID><xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID></rdf:Description>\n'
           '</rdf:RDF></x:xmpmeta>\n' % (meta["title"].replace("&", "&amp;"), meta["author"],
                                         meta["subject"].replace("&", "&amp;"), u, u))
    xmp += ((" " * 100 + "\n") * 20) + '<?xpacket end="w"?>'
    xb = xmp.encode("utf-8")
    put(meta_id, "<</Type/Metadata/Subtype/XML/Length %d>>" % len(xb), xb)
    put(vp_id, "<</DisplayDocTitle true>>")

    out = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offsets = {}
    for i in range(1, total):
        body, stream = objs[i]
        offsets[i] = len(out)
        out += ("%d 0 obj\r\n" % i).encode() + body.encode("latin-1")
        if stream is not None:
            out += b"\r\nstream\r\n" + stream + b"\r\nendstream"
        out += b"\r\nendobj\r\n"
    xref = len(out)
    out += ("xref\r\n0 %d\r\n" % total).encode()
    out += b"0000000000 65535 f\r\n"
    for i in range(1, total):
        out += ("%010d 00000 n\r\n" % offsets[i]).encode()
    out += ("trailer\r\n<</Size %d/Root 1 0 R/Info %d 0 R/ID[<%s><%s>] >>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n" % (
        total, info_id, doc_uuid, doc_uuid, xref)).encode()
    with open(out_path, "wb") as f:
        f.write(bytes(out))


def emit_elem(struct, i, parent, kids, elems, new_elem, parent_of_mcid):
    s = struct[i]
    if s["tag"] == "LI":
        lst = new_elem()
        lkids = []
        elems.append([lst, "L", parent, lkids, None])
        kids.append(lst)
        j = i
        while j < len(struct) and struct[j]["tag"] == "LI" and struct[j]["box"] == s["box"]:
            li = new_elem()
            lbl = new_elem()
            lbody = new_elem()
            elems.append([li, "LI", lst, [lbl, lbody], None])
            elems.append([lbl, "Lbl", li, [], [struct[j]["lbl"]]])
            elems.append([lbody, "LBody", li, [], struct[j]["refs"]])
            parent_of_mcid[struct[j]["lbl"]] = lbl
            for r in struct[j]["refs"]:
                parent_of_mcid[r] = lbody
            lkids.append(li)
            j += 1
        return j
    e = new_elem()
    elems.append([e, s["tag"], parent, [], s["refs"]])
    kids.append(e)
    for r in s["refs"]:
        parent_of_mcid[r] = e
    return i + 1


if __name__ == "__main__":
    make(sys.argv[1] if len(sys.argv) > 1 else OUT)
