#!/usr/bin/python3
"""Re-make docs/waqf-amendment-bill-2024-prs-summary.pdf from tools/waqf-amendment-bill-2024-prs-summary.txt.

A PRS Legislative Research-style "Bill Summary" laid out on A4 in one column, written the way
Word's "Save as PDF" writes a document that uses Arial without embedding it: one BT/ET block per
line, justified lines set with Tw word spacing, small kerning offsets inside TJ arrays, superscript
footnote markers raised with Ts, footnotes at the foot of the page under a short rule, a page
header from page 2 on and a page number on every page. Standard library only, deterministic.
Usage: make_pdf.py [output path]
"""
import hashlib
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "waqf-amendment-bill-2024-prs-summary.txt")
OUT = os.path.join(HERE, "..", "docs", "waqf-amendment-bill-2024-prs-summary.pdf")

# Advance widths (1/1000 em) of WinAnsi codes 32..255 for Arial (metric-compatible Liberation Sans).
W_REG = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 750, 556, 750, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 750, 611, 750, 750, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 750, 500, 667, 278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 537, 333, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556, 556, 556, 500, 556, 500]
W_BOLD = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 750, 556, 750, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 750, 611, 750, 750, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 750, 500, 667, 278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 556, 333, 333, 333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611, 611, 611, 556, 611, 556]
W_ITAL = W_REG
FONTS = {"R": ("F1", "ArialMT", W_REG, 32), "B": ("F2", "Arial-BoldMT", W_BOLD, 32 + 262144),
         "I": ("F3", "Arial-ItalicMT", W_ITAL, 96)}

PW, PH = 595.32, 841.92
LM, RM = 56.64, 56.64
TW = PW - LM - RM
TOP = 786.0        # first baseline area on pages 2..n (below the running header)
BOTTOM = 62.0      # lowest baseline for body text / footnotes
NAVY = "0.122 0.22 0.392"
RUNHEAD = "Bill Summary: The Waqf (Amendment) Bill, 2024"
DISCLAIMER = ("DISCLAIMER: This document is being furnished to you for your information. You may choose to "
              "reproduce or redistribute this report for non-commercial purposes in part or in full to any "
              "other person with due acknowledgement of PRS Legislative Research (\u201cPRS\u201d). The opinions "
              "expressed herein are entirely those of the author(s). PRS makes every effort to use reliable and "
              "comprehensive information, but PRS does not represent that the contents of the report are "
              "accurate or complete. PRS is an independent, not-for-profit group. This document has been "
              "prepared without regard to the objectives or opinions of those who may receive it.")
ADDRESS = ["PRS Legislative Research \u25aa Institute for Policy Research Studies",
           "3rd Floor, Gandharva Mahavidyalaya \u25aa 212, Deen Dayal Upadhyaya Marg \u25aa New Delhi \u2013 110002",
           "Tel: (011) 43434035, 23234801-02 \u25aa www.prsindia.org"]
AUTHOR = "Ishaan Verma"
DATES = "August 9, 2024 (updated September 19, 2025)"
KERN = {"Wa": -37, "Te": -74, "To": -74, "Ta": -74, "Ty": -37, "Ye": -74, "Av": -37, "r,": -55,
        "r.": -55, "y.": -55, "y,": -55, "P.": -111, "W.": -55, "LT": -74}


def enc(s):
    s = s.replace("\u25aa", "\u2022")  # the square bullet of the address line falls back to a bullet
    return s.encode("cp1252")


def width(s, style, size):
    w = FONTS[style][2]
    return sum(w[b - 32] for b in enc(s)) * size / 1000.0


def pdfstr(b):
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        else:
            out.append(c)
    return bytes(out + b")")


def tj(s, style):
    """A TJ array with Word-like kerning offsets between some letter pairs."""
    b = enc(s)
    parts, cur = [], bytearray()
    txt = s
    for i, ch in enumerate(txt):
        cur += enc(ch)
        if i + 1 < len(txt) and txt[i:i + 2] in KERN and style != "I":
            parts.append((bytes(cur), -KERN[txt[i:i + 2]]))
            cur = bytearray()
    parts.append((bytes(cur), None))
    if len(parts) == 1:
        return pdfstr(parts[0][0]) + b" Tj"
    out = bytearray(b"[")
    for seg, k in parts:
        out += pdfstr(seg)
        if k is not None:
            out += str(k).encode()
    return bytes(out + b"]TJ")


def num(x):
    s = ("%.2f" % x).rstrip("0").rstrip(".")
    return s if s != "-0" else "0"


# ---------------------------------------------------------------- source parsing
def parse():
    lines = open(SRC, encoding="utf-8").read().split("\n")
    blocks, notes = [], {}
    i = 0
    while i < len(lines):
        l = lines[i]
        if not l.strip():
            i += 1
            continue
        if l.startswith("%title "):
            blocks.append(("title", l[7:]))
        elif l.startswith("%meta "):
            k, v = l[6:].split(" | ", 1)
            blocks.append(("meta", (k, v)))
        elif l.startswith("%source "):
            blocks.append(("source", l[8:]))
        elif l.startswith("[box "):
            title = l[5:-1]
            items = []
            i += 1
            while lines[i] != "[/box]":
                items.append(lines[i][2:])
                i += 1
            blocks.append(("box", (title, items)))
        elif l.startswith("[table "):
            cap = l[7:-1]
            rows = []
            i += 1
            while lines[i] != "[/table]":
                rows.append(lines[i].split(" | "))
                i += 1
            blocks.append(("table", (cap, rows)))
        elif l.startswith("[^"):
            n, t = re.match(r"\[\^(\d+)\] (.*)", l).groups()
            notes[n] = t
        elif l.startswith("## "):
            blocks.append(("h2", l[3:]))
        elif l.startswith("# "):
            blocks.append(("h1", l[2:]))
        elif l.startswith("* "):
            blocks.append(("bullet", l[2:]))
        else:
            blocks.append(("p", l))
        i += 1
    return blocks, notes


def words_of(text, style="R"):
    """Split into words; each word is a list of (text, style) runs; ^n becomes a superscript run."""
    out = []
    bold = False
    for w in text.split(" "):
        runs = []
        for part in re.split(r"(\^\d+|\*\*)", w):
            if not part:
                continue
            if part == "**":
                bold = not bold
            elif part.startswith("^"):
                runs.append((part[1:], "S"))
            else:
                runs.append((part, "B" if bold else style))
        out.append(runs)
    return out


def run_w(run, size):
    t, st = run
    if st == "S":
        return width(t, "R", size * 0.65)
    return width(t, st, size)


def wrap(words, size, maxw):
    lines, cur, curw = [], [], 0.0
    sp = width(" ", "R", size)
    for w in words:
        ww = sum(run_w(r, size) for r in w)
        add = ww if not cur else sp + ww
        if cur and curw + add > maxw:
            lines.append((cur, curw))
            cur, curw = [w], ww
        else:
            cur.append(w)
            curw += add
    if cur:
        lines.append((cur, curw))
    return lines


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, n):
        self.n = n
        self.ops = []
        self.notes = []       # footnote numbers placed on this page
        self.y = TOP if n > 1 else None


def line_ops(words, x, y, size, maxw, justify, color="0 g"):
    """One BT/ET for one line of words; runs of several styles share the block."""
    nat = 0.0
    sp = width(" ", "R", size)
    nsp = len(words) - 1
    nat = sum(sum(run_w(r, size) for r in w) for w in words) + sp * nsp
    tw = (maxw - nat) / nsp if justify and nsp else 0.0
    out = [b"BT", ("/F1 %s Tf" % num(size)).encode(), ("1 0 0 1 %s %s Tm" % (num(x), num(y))).encode(),
           color.encode()]
    if tw:
        out.append(("%s Tw" % ("%.3f" % tw)).encode())
    cur_style, cur_size, rise = "R", size, 0
    # merge words into runs of the same style
    runs = []
    for wi, w in enumerate(words):
        for ri, r in enumerate(w):
            runs.append(list(r))
        if wi < len(words) - 1:
            runs.append([" ", w[-1][1] if w[-1][1] != "S" else "R"])
    merged = []
    for t, st in runs:
        if merged and merged[-1][1] == st:
            merged[-1][0] += t
        else:
            merged.append([t, st])
    for t, st in merged:
        if st == "S":
            out.append(("/F1 %s Tf" % num(size * 0.65)).encode())
            out.append(("%s Ts" % num(size * 0.33)).encode())
            out.append(tj(t, "R"))
            out.append(b"0 Ts")
            cur_style, cur_size = "R", size * 0.65
            continue
        if st != cur_style or cur_size != size:
            out.append(("/%s %s Tf" % (FONTS[st][0], num(size))).encode())
            cur_style, cur_size = st, size
        out.append(tj(t, st))
    if tw:
        out.append(b"0 Tw")
    out.append(b"ET")
    return b"\n".join(out)


def simple_text(s, style, size, x, y, color="0 g"):
    return b"\n".join([b"BT", ("/%s %s Tf" % (FONTS[style][0], num(size))).encode(),
                       ("1 0 0 1 %s %s Tm" % (num(x), num(y))).encode(), color.encode(), tj(s, style), b"ET"])


def layout(blocks, notes):
    pages = [Page(1)]
    pg = pages[0]
    note_h = {}
    for n, t in notes.items():
        ls = wrap(words_of("^%s %s" % (n, t)), 8, TW)
        note_h[n] = len(ls) * 10.0
    # ---------- first-page masthead
    pg.ops.append(b"q\n" + NAVY.encode() + b" rg\n56.64 800.5 481.92 3 re\nf\nQ")
    pg.ops.append(simple_text("PRS LEGISLATIVE RESEARCH", "B", 10.5, LM, 808, NAVY + " rg"))
    pg.ops.append(simple_text("Bill Summary", "B", 14, PW - RM - width("Bill Summary", "B", 14), 806, NAVY + " rg"))
    y = 770.0

    def notes_height(p):
        return (sum(note_h[n] for n in p.notes) + 14) if p.notes else 0

    def new_page():
        nonlocal pg, y
        pg = Page(len(pages) + 1)
        pages.append(pg)
        y = TOP

    def need(h, extra_notes=()):
        nonlocal y
        nh = notes_height(pg) + sum(note_h[n] for n in extra_notes if n not in pg.notes)
        if extra_notes and not pg.notes:
            nh += 14
        if y - h < BOTTOM + nh:
            new_page()

    def para(text, size=10, lead=13.0, style="R", indent=0.0, bullet=None, justify=True, gap=6.0,
             color="0 g"):
        nonlocal y
        maxw = TW - indent
        ls = wrap(words_of(text, style), size, maxw)
        for li, (ws_, _) in enumerate(ls):
            refs = [r[0] for w in ws_ for r in w if r[1] == "S"]
            need(lead, refs)
            y -= lead
            if li == 0 and bullet:
                pg.ops.append(simple_text(bullet, "R", size, LM + indent - 11, y))
            last = li == len(ls) - 1
            pg.ops.append(line_ops(ws_, LM + indent, y, size, maxw, justify and not last, color))
            for r in refs:
                if r not in pg.notes:
                    pg.notes.append(r)
        y -= gap

    for kind, val in blocks:
        if kind == "title":
            y -= 6
            pg.ops.append(simple_text(val, "B", 18, LM, y, NAVY + " rg"))
            y -= 22
        elif kind == "meta":
            k, v = val
            y -= 12.5
            pg.ops.append(b"\n".join([b"BT", b"/F2 9.5 Tf", ("1 0 0 1 %s %s Tm" % (num(LM), num(y))).encode(),
                                      b"0 g", tj(k + " ", "B"), b"/F1 9.5 Tf", tj(v, "R"), b"ET"]))
            if blocks[blocks.index((kind, val)) + 1][0] != "meta":
                y -= 6
                pg.ops.append(("q\n0.6 G\n0.75 w\n%s %s m\n%s %s l\nS\nQ" % (num(LM), num(y), num(PW - RM), num(y))).encode())
                y -= 8
        elif kind == "box":
            title, items = val
            pad = 8.0
            inner = TW - 2 * pad - 14
            wrapped = [wrap(words_of(t), 9.5, inner) for t in items]
            h = 2 * pad + 16 + sum(len(w) * 12.2 + 3 for w in wrapped)
            top = y
            pg.ops.append(("q\n0.894 0.918 0.957 rg\n%s %s %s %s re\nf\n%s RG\n1 w\n%s %s %s %s re\nS\nQ" % (
                num(LM), num(top - h), num(TW), num(h), NAVY, num(LM), num(top - h), num(TW), num(h))).encode())
            yy = top - pad - 11
            pg.ops.append(simple_text(title, "B", 11, LM + pad, yy, NAVY + " rg"))
            yy -= 5
            for w in wrapped:
                for li, (ws_, _) in enumerate(w):
                    yy -= 12.2
                    if li == 0:
                        pg.ops.append(simple_text("\u2022", "R", 9.5, LM + pad + 2, yy))
                    pg.ops.append(line_ops(ws_, LM + pad + 14, yy, 9.5, inner, li < len(w) - 1))
                yy -= 3
            y = top - h - 12
        elif kind == "h1":
            need(40)
            y -= 12
            y -= 14
            pg.ops.append(simple_text(val, "B", 13, LM, y, NAVY + " rg"))
            y -= 5
            pg.ops.append(("q\n%s RG\n0.75 w\n%s %s m\n%s %s l\nS\nQ" % (NAVY, num(LM), num(y), num(PW - RM), num(y))).encode())
            y -= 2
        elif kind == "h2":
            need(34)
            y -= 15
            pg.ops.append(simple_text(val, "B", 10.5, LM, y, NAVY + " rg"))
            y -= 1
        elif kind == "p":
            para(val)
        elif kind == "bullet":
            para(val, size=10, indent=18, bullet="\u2022", gap=3.0)
        elif kind == "source":
            para(val, size=8, lead=10, style="I", justify=False, gap=4)
        elif kind == "table":
            cap, rows = val
            cols = [92.0, 112.0, 132.0, TW - 92 - 112 - 132]
            size, lead, pad = 8.5, 10.2, 4.0
            cells = []
            for ri, row in enumerate(rows):
                st = "B" if ri == 0 else "R"
                cells.append([wrap(words_of(c, "B" if (ri == 0 or ci == 0) else "R"), size, cols[ci] - 2 * pad)
                              for ci, c in enumerate(row)])
            heights = [max(len(c) for c in r) * lead + 2 * pad + 1 for r in cells]
            need(24 + heights[0] + heights[1])
            y -= 16
            pg.ops.append(simple_text(cap, "B", 9.5, LM, y, NAVY + " rg"))
            y -= 6
            def draw_row(ri, r, h):
                nonlocal y
                ops = ["q"]
                if ri == 0:
                    ops.append("%s rg\n%s %s %s %s re\nf" % (NAVY, num(LM), num(y - h), num(TW), num(h)))
                elif ri % 2 == 0:
                    ops.append("0.949 0.949 0.949 rg\n%s %s %s %s re\nf" % (num(LM), num(y - h), num(TW), num(h)))
                ops.append("0.6 G\n0.5 w")
                x = LM
                for cw in cols:
                    ops.append("%s %s %s %s re\nS" % (num(x), num(y - h), num(cw), num(h)))
                    x += cw
                ops.append("Q")
                pg.ops.append("\n".join(ops).encode())
                x = LM
                for ci, c in enumerate(r):
                    yy = y - pad
                    for ws_, _ in c:
                        yy -= lead - 1.5
                        pg.ops.append(line_ops(ws_, x + pad, yy, size, cols[ci] - 2 * pad, False,
                                               "1 g" if ri == 0 else "0 g"))
                        yy -= 1.5
                    x += cols[ci]
                y -= h

            for ri, r in enumerate(cells):
                h = heights[ri]
                if y - h < BOTTOM + notes_height(pg):
                    new_page()
                    hdr = True
                else:
                    hdr = False
                todo = [(0, cells[0], heights[0])] if hdr else []
                todo.append((ri, r, h))
                for ri, r, h in todo:
                    draw_row(ri, r, h)

            y -= 4
    # ---------- author line and disclaimer on the last page
            y -= 4
    # ---------- author line and disclaimer on the last page
    dl = wrap(words_of(DISCLAIMER, "I"), 7.5, TW)
    need(len(dl) * 9 + 40)
    y -= 14
    pg.ops.append(("q\n0.6 G\n0.5 w\n%s %s m\n%s %s l\nS\nQ" % (num(LM), num(y + 9), num(PW - RM), num(y + 9))).encode())
    pg.ops.append(b"\n".join([b"BT", b"/F2 8 Tf", ("1 0 0 1 %s %s Tm" % (num(LM), num(y))).encode(), b"0 g",
                              tj(AUTHOR, "B"), b"/F1 8 Tf", tj("    " + DATES, "R"), b"ET"]))
    y -= 4
    for li, (ws_, _) in enumerate(dl):
        y -= 9
        pg.ops.append(line_ops(ws_, LM, y, 7.5, TW, li < len(dl) - 1, "0.3 g"))
    # ---------- footnotes, running heads, page numbers
    for p in pages:
        furn = []
        if p.notes:
            lines = []
            for n in p.notes:
                lines.extend(wrap(words_of("^%s %s" % (n, notes[n])), 8, TW))
            yy = BOTTOM + len(lines) * 10.0 - 2
            furn.append(("q\n0 G\n0.5 w\n%s %s m\n%s %s l\nS\nQ" % (num(LM), num(yy + 8), num(LM + 144), num(yy + 8))).encode())
            for ws_, _ in lines:
                furn.append(line_ops(ws_, LM, yy, 8, TW, False))
                yy -= 10.0
        if p.n > 1:
            furn.append(simple_text(RUNHEAD, "R", 8, LM, 812, "0.35 g"))
            furn.append(simple_text("PRS Legislative Research", "R", 8,
                                    PW - RM - width("PRS Legislative Research", "R", 8), 812, "0.35 g"))
            furn.append(("q\n%s RG\n0.75 w\n%s 806 m\n%s 806 l\nS\nQ" % (NAVY, num(LM), num(PW - RM))).encode())
        else:
            yy = 40.0
            for a in ADDRESS:
                furn.append(simple_text(a, "R", 7, (PW - width(a, "R", 7)) / 2, yy, "0.35 g"))
                yy -= 8.5
        pn = str(p.n)
        furn.append(simple_text(pn, "R", 9, PW - RM - width(pn, "R", 9), 28 if p.n == 1 else 34, "0 g"))
        p.ops = p.ops + furn
    return pages


# ---------------------------------------------------------------- file writer
def build():
    blocks, notes = parse()
    pages = layout(blocks, notes)
    objs = {}
    npages = len(pages)
    # object numbering: 1 catalog, 2 pages, then per page (page, contents), then fonts etc.
    nxt = 3
    page_ids = []
    for p in pages:
        page_ids.append((nxt, nxt + 1))
        nxt += 2
    font_ids = {}
    for st in ("R", "B", "I"):
        font_ids[st] = (nxt, nxt + 1, nxt + 2)   # font, descriptor, widths
        nxt += 3
    gs_id = nxt
    meta_id = nxt + 1
    info_id = nxt + 2
    font_res = " ".join("/%s %d 0 R" % (FONTS[st][0], font_ids[st][0]) for st in ("R", "B", "I"))
    res = "<</Font<<%s>>/ExtGState<</GS7 %d 0 R>>/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>" % (font_res, gs_id)
    for p, (pid, cid) in zip(pages, page_ids):
        content = b"/GS7 gs\n" + b"\n".join(p.ops) + b"\n"
        z = zlib.compress(content, 9)
        objs[cid] = b"<</Filter/FlateDecode/Length %d>>\nstream\n" % len(z) + z + b"\nendstream"
        objs[pid] = ("<</Type/Page/Parent 2 0 R/Resources%s/MediaBox[ 0 0 %s %s] /Contents %d 0 R/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S/StructParents %d>>"
                     % (res, num(PW), num(PH), cid, p.n - 1)).encode()
    objs[1] = ("<</Type/Catalog/Pages 2 0 R/Lang(en-IN) /Metadata %d 0 R/ViewerPreferences %d 0 R>>" % (meta_id, info_id + 1)).encode()
    objs[2] = ("<</Type/Pages/Count %d/Kids[ %s] >>" % (npages, " ".join("%d 0 R" % a for a, _ in page_ids))).encode()
    for st in ("R", "B", "I"):
        fid, did, wid = font_ids[st]
        name, base, w, flags = FONTS[st]
        objs[fid] = ("<</Type/Font/Subtype/TrueType/Name/%s/BaseFont/%s/Encoding/WinAnsiEncoding/FontDescriptor %d 0 R/FirstChar 32/LastChar 255/Widths %d 0 R>>"
                     % (name, base, did, wid)).encode()
        italic = -12 if st == "I" else 0
        objs[did] = ("<</Type/FontDescriptor/FontName/%s/Flags %d/ItalicAngle %d/Ascent 905/Descent -210/CapHeight 728/AvgWidth %d/MaxWidth %d/FontWeight %d/XHeight 250/Leading 33/StemV %d/FontBBox[ -665 -210 2000 728] >>"
                     % (base, flags, italic, 479 if st != "B" else 479, 2000 if st != "B" else 2000,
                        700 if st == "B" else 400, 95 if st == "B" else 44)).encode()
        objs[wid] = ("[ " + " ".join(str(x) for x in w) + "] ").encode()
    objs[gs_id] = b"<</Type/ExtGState/BM/Normal/ca 1>>"
    xmp = ("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\" x:xmptk=\"3.1-701\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\"  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n<pdf:Producer>Microsoft\u00ae Word for Microsoft 365</pdf:Producer></rdf:Description>\n"
           "<rdf:Description rdf:about=\"\"  xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">The Waqf (Amendment) Bill, 2024</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>Ishaan Verma</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n"
           "<rdf:Description rdf:about=\"\"  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n<xmp:CreatorTool>Microsoft\u00ae Word for Microsoft 365</xmp:CreatorTool><xmp:CreateDate>2025-09-19T11:30:42+05:30</xmp:CreateDate><xmp:ModifyDate>2025-09-19T11:30:42+05:30</xmp:ModifyDate></rdf:Description>\n"
           "<rdf:Description rdf:about=\"\"  xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n<xmpMM:DocumentID>uuid:6E1B2C0A-4F7D-4C39-9A0E-2D5B8C41F7A3</xmpMM:DocumentID><xmpMM:InstanceID>uuid:6E1B2C0A-4F7D-4C39-9A0E-2D5B8C41F7A3</xmpMM:InstanceID></rdf:Description>\n"
           "</rdf:RDF></x:xmpmeta>\n" + " " * 100 + "\n<?xpacket end=\"w\"?>").encode("utf-8")
    objs[meta_id] = b"<</Type/Metadata/Subtype/XML/Length %d>>\nstream\n" % len(xmp) + xmp + b"\nendstream"

    def u16(s):
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"
    objs[info_id] = (b"<</Title(The Waqf \\(Amendment\\) Bill, 2024) /Author(Ishaan Verma) /Subject(Bill Summary) /Keywords(Waqf; Minority Affairs; PRS) /Creator"
                     + u16("Microsoft\u00ae Word for Microsoft 365") + b" /CreationDate(D:20250919113042+05'30') /ModDate(D:20250919113042+05'30') /Producer"
                     + u16("Microsoft\u00ae Word for Microsoft 365") + b" >>")
    objs[info_id + 1] = b"<</DisplayDocTitle true>>"
    n = info_id + 2
    out = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offs = {}
    for i in range(1, n):
        offs[i] = len(out)
        out += b"%d 0 obj\r\n" % i + objs[i] + b"\r\nendobj\r\n"
    xref = len(out)
    out += b"xref\r\n0 %d\r\n0000000000 65535 f\r\n" % n
    for i in range(1, n):
        out += b"%010d 00000 n\r\n" % offs[i]
    fid = hashlib.md5(bytes(out[:2048])).hexdigest().upper().encode()
    out += (b"trailer\r\n<</Size %d/Root 1 0 R/Info %d 0 R/ID[<%s><%s>] >>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n"
            % (n, info_id, fid, fid, xref))
    return bytes(out)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(build())
