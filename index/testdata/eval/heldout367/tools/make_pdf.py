#!/usr/bin/python3
"""Re-make docs/law-commission-report-279-sedition.pdf byte for byte from its source text.

The PDF imitates what Microsoft Word 2016's "Save as PDF" writes for a Law Commission report:
A4 pages (595.32 x 841.92), Times New Roman (TrueType, WinAnsiEncoding, widths listed), one BT/ET
per line placed with Tm, TJ arrays carrying Word's pair kerning and the justification gaps as
numbers after the spaces, superscript footnote markers raised with their own Tm, marked content
(/P <</MCID n>> BDC, /Artifact for the running header and the page number), a footnote area with
a separator rule on each page that needs one, FlateDecode content streams, an XMP packet, an Info
dictionary and a classic xref table. Fixed dates and IDs: no randomness.

Usage: make_pdf.py [output path]   (default: ../docs/law-commission-report-279-sedition.pdf)
"""
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "law-commission-report-279-sedition.txt")
OUT = os.path.join(HERE, "..", "docs", "law-commission-report-279-sedition.pdf")

# Advance widths (1/1000 em) of cp1252 codes 32..255: Times New Roman metrics.
W_REG = [250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 778, 500, 0, 333, 500, 444, 1000, 500, 500, 333, 1000, 556, 333, 889, 0, 611, 0, 0, 333, 333, 444, 444, 350, 500, 1000, 333, 980, 389, 333, 722, 0, 444, 722, 250, 333, 500, 500, 500, 500, 200, 500, 333, 760, 276, 500, 564, 333, 760, 500, 400, 549, 300, 300, 333, 576, 453, 333, 333, 300, 310, 500, 750, 750, 750, 444, 722, 722, 722, 722, 722, 722, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333, 722, 722, 722, 722, 722, 722, 722, 564, 722, 722, 722, 722, 722, 722, 556, 500, 444, 444, 444, 444, 444, 444, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278, 500, 500, 500, 500, 500, 500, 500, 549, 500, 500, 500, 500, 500, 500, 500, 500]
W_BOLD = [250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, 778, 500, 0, 333, 500, 500, 1000, 500, 500, 333, 1000, 556, 333, 1000, 0, 667, 0, 0, 333, 333, 500, 500, 350, 500, 1000, 333, 1000, 389, 333, 722, 0, 444, 722, 250, 333, 500, 500, 500, 500, 220, 500, 333, 747, 300, 500, 570, 333, 747, 500, 400, 549, 300, 300, 333, 576, 540, 333, 333, 300, 330, 500, 750, 750, 750, 500, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 389, 389, 389, 389, 722, 722, 778, 778, 778, 778, 778, 570, 778, 722, 722, 722, 722, 722, 611, 556, 500, 500, 500, 500, 500, 500, 722, 444, 444, 444, 444, 444, 278, 278, 278, 278, 500, 556, 500, 500, 500, 500, 500, 549, 500, 556, 556, 556, 556, 500, 556, 500]
W_ITAL = [250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 675, 675, 675, 500, 920, 611, 611, 667, 722, 611, 611, 722, 722, 333, 444, 667, 556, 833, 667, 722, 611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389, 278, 389, 422, 500, 333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500, 500, 500, 389, 389, 278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541, 778, 500, 0, 333, 500, 556, 889, 500, 500, 333, 1000, 500, 333, 944, 0, 556, 0, 0, 333, 333, 556, 556, 350, 500, 889, 333, 980, 389, 333, 667, 0, 389, 556, 250, 389, 500, 500, 500, 500, 275, 500, 333, 760, 276, 500, 675, 333, 760, 500, 400, 549, 300, 300, 333, 576, 523, 250, 333, 300, 310, 500, 750, 750, 750, 500, 611, 611, 611, 611, 611, 611, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333, 722, 667, 722, 722, 722, 722, 722, 675, 722, 722, 722, 722, 722, 556, 611, 500, 500, 500, 500, 500, 500, 500, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278, 500, 500, 500, 500, 500, 500, 500, 549, 500, 500, 500, 500, 500, 444, 500, 444]

FONTS = {  # resource name: (BaseFont, widths, flags, italic angle, stem)
    "F1": ("TimesNewRomanPSMT", W_REG, 34, 0, 82),
    "F2": ("TimesNewRomanPS-BoldMT", W_BOLD, 262178, 0, 136),
    "F3": ("TimesNewRomanPS-ItalicMT", W_ITAL, 98, -16.4, 83),
}
WIDTHS = {k: v[1] for k, v in FONTS.items()}
# A few of Word's kerning pairs (1/1000 em, written as positive TJ numbers).
KERN = {("T", "o"): 80, ("T", "a"): 80, ("T", "e"): 70, ("W", "o"): 80, ("W", "e"): 80,
        ("W", "a"): 80, ("Y", "o"): 100, ("A", "v"): 74, ("P", "."): 111, ("y", "."): 65,
        ("v", "."): 65, ("r", ","): 40, ("f", "."): 20, ("L", "T"): 92}

PAGE_W, PAGE_H = 595.32, 841.92
LEFT, RIGHT = 72.0, 523.32
TOP = 756.0           # first body baseline
BOTTOM = 72.0         # lowest point of the body / footnote area
BODY, LEAD = 12.0, 18.0
FN_SIZE, FN_LEAD = 10.0, 11.5


def enc(s):
    return s.encode("cp1252")


def width(font, text, size):
    w = WIDTHS[font]
    total = 0
    prev = None
    for ch in text:
        total += w[enc(ch)[0] - 32]
        if prev is not None and (prev, ch) in KERN:
            total -= KERN[(prev, ch)]
        prev = ch
    return total * size / 1000.0


def pdfstr(b):
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "(" + "".join(out) + ")"


def tj_items(text, gap):
    """TJ array items for text: kerning numbers inside, the justification gap after each space."""
    items, cur, prev = [], "", None
    for ch in text:
        if prev is not None and (prev, ch) in KERN:
            items.append(pdfstr(enc(cur)))
            items.append(str(KERN[(prev, ch)]))
            cur = ""
        cur += ch
        if ch == " " and gap:
            items.append(pdfstr(enc(cur)))
            items.append(fmt(-gap))
            cur = ""
        prev = ch
    if cur:
        items.append(pdfstr(enc(cur)))
    return items


def fmt(x):
    s = ("%.3f" % x).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ---------------------------------------------------------------- parsing the source

def parse():
    pages, fns = [], {}
    cur = None
    for raw in open(SRC, encoding="utf-8").read().split("\n"):
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("=FRONT ") or raw.startswith("=CHAPTER "):
            kind, num = raw[1:].split(" ", 1)
            cur = {"kind": kind, "num": num, "blocks": []}
            pages.append(cur)
            continue
        tag, _, rest = raw.partition(" ")
        if tag == "@fn":
            n, _, t = rest.partition(" ")
            fns[n] = t
        else:
            cur["blocks"].append((tag[1:], rest))
    return pages, fns


def words_of(text, base):
    """Split a paragraph into words; each word is a list of (font, text, kind) pieces."""
    other = {"F1": "F3", "F2": "F2", "F3": "F1"}
    pieces = []
    font = base
    for tok in re.split(r"(\*[^*]+\*|\[\^\d+\])", text):
        if not tok:
            continue
        if tok.startswith("[^"):
            pieces.append(("sup", tok[2:-1]))
        elif tok.startswith("*"):
            pieces.append((other[base], tok[1:-1]))
        else:
            pieces.append((font, tok))
    words, cur = [], []
    for f, t in pieces:
        if f == "sup":
            cur.append(("sup", t))
            continue
        parts = t.split(" ")
        for i, part in enumerate(parts):
            if i > 0:
                if cur:
                    words.append(cur)
                cur = []
            if part:
                cur.append((f, part))
    if cur:
        words.append(cur)
    return words


def word_width(word, size):
    w = 0.0
    for f, t in word:
        if f == "sup":
            w += width("F1", t, size * 0.65)
        else:
            w += width(f, t, size)
    return w


def break_lines(words, first_x, rest_x, right, size, space_font):
    lines, cur, x0 = [], [], first_x
    sw = width(space_font, " ", size)
    for wd in words:
        trial = sum(word_width(w, size) for w in cur + [wd]) + sw * len(cur)
        if cur and x0 + trial > right + 0.01:
            lines.append((x0, cur))
            cur, x0 = [], rest_x
        cur.append(wd)
    if cur:
        lines.append((x0, cur))
    return lines


# ---------------------------------------------------------------- line objects

class Line:
    def __init__(self, height, draw, fns=(), para=None, keep=0):
        self.height, self.draw, self.fns, self.para, self.keep = height, draw, list(fns), para, keep


def text_line(x0, words, size, right, justify, base):
    """Returns (draw function, footnote numbers) for a line of words."""
    sw = width(base, " ", size)
    natural = sum(word_width(w, size) for w in words) + sw * (len(words) - 1)
    gaps = len(words) - 1
    extra = (right - x0 - natural) if (justify and gaps) else 0.0
    gap_units = extra / gaps * 1000.0 / size if gaps else 0.0
    fns = [t for w in words for f, t in w if f == "sup"]

    def draw(y):
        ops = []
        # runs: consecutive pieces of one font; spaces take the font of the run they end
        runs = []
        for i, w in enumerate(words):
            for j, (f, t) in enumerate(w):
                txt = t
                if j == len(w) - 1 and i < len(words) - 1:
                    txt = t + " "
                if runs and runs[-1][0] == f:
                    runs[-1][1] += txt
                else:
                    runs.append([f, txt])
        x = x0
        for f, t in runs:
            if f == "sup":
                s = size * 0.65
                ops.append("BT\n/F1 %s Tf\n1 0 0 1 %s %s Tm\n[%s] TJ\nET" % (
                    fmt(s), fmt(x), fmt(y + size * 0.38), " ".join(tj_items(t.rstrip(" "), 0))))
                x += width("F1", t.rstrip(" "), s)
                if t.endswith(" "):
                    # a space after a superscript marker is set in the body font
                    ops.append("BT\n/F1 %s Tf\n1 0 0 1 %s %s Tm\n[%s %s] TJ\nET" % (
                        fmt(size), fmt(x), fmt(y), pdfstr(b" "), fmt(-gap_units)))
                    x += sw + extra / gaps if gaps else sw
                continue
            ops.append("BT\n/%s %s Tf\n1 0 0 1 %s %s Tm\n0 g\n0 G\n[%s] TJ\nET" % (
                f, fmt(size), fmt(x), fmt(y), " ".join(tj_items(t, gap_units))))
            n_sp = t.count(" ")
            x += width(f, t, size) + n_sp * (gap_units * size / 1000.0)
        return ops
    return draw, fns


def simple(font, size, x, text):
    def draw(y):
        return ["BT\n/%s %s Tf\n1 0 0 1 %s %s Tm\n0 g\n0 G\n[%s] TJ\nET" % (
            font, fmt(size), fmt(x), fmt(y), " ".join(tj_items(text, 0)))]
    return draw


def build_lines(blocks):
    out = []
    para_no = 0
    for kind, text in blocks:
        para_no += 1
        if kind == "ctitle":
            w = width("F2", text, 14)
            out.append(Line(24, simple("F2", 14, (PAGE_W - w) / 2, text), para=para_no, keep=1))
        elif kind == "abbr":
            a, b = [s.strip() for s in text.split("|")]
            d1, d2 = simple("F2", BODY, 108, a), simple("F1", BODY, 216, b)
            out.append(Line(21, lambda y, d1=d1, d2=d2: d1(y) + d2(y), para=para_no))
        elif kind == "h":
            out.append(Line(6, None))
            out.append(Line(LEAD + 4, simple("F2", BODY, LEFT, text), para=para_no, keep=2))
        elif kind in ("p", "bq", "bqi"):
            base = "F1" if kind == "p" else "F2"
            num = None
            m = re.match(r"(\d+\.\d+) (.*)$", text) if kind == "p" else None
            if m:
                num, text = m.group(1), m.group(2)
            words = words_of(text, base)
            if kind == "p":
                fx, rx = (108.0 if num else LEFT + 36), LEFT
            elif kind == "bq":
                fx, rx = 108.0, 108.0
            else:
                fx, rx = 144.0, 144.0
            lead = LEAD if kind != "bqi" else 16.0
            lines = break_lines(words, fx, rx, RIGHT, BODY, base)
            for i, (x0, ws) in enumerate(lines):
                last = i == len(lines) - 1
                draw, fns = text_line(x0, ws, BODY, RIGHT, not last, base)
                if i == 0 and num:
                    nd = simple("F1", BODY, LEFT, num)
                    draw = (lambda y, a=nd, b=draw: a(y) + b(y))
                out.append(Line(lead, draw, fns, para=para_no))
            out.append(Line(8 if kind != "bqi" else 4, None))
        elif kind == "sig":
            w = width("F2", text, BODY)
            out.append(Line(LEAD, simple("F2", BODY, RIGHT - w, text), para=para_no))
        elif kind == "place":
            out.append(Line(LEAD, simple("F1", BODY, LEFT, text), para=para_no))
    return out


def fn_lines(n, text):
    """Footnote n as lines: (draw functions, height)."""
    words = words_of(text, "F1")
    mark_w = width("F1", n, FN_SIZE * 0.65) + width("F1", " ", FN_SIZE)
    lines = break_lines(words, LEFT + mark_w, LEFT, RIGHT, FN_SIZE, "F1")
    draws = []
    for i, (x0, ws) in enumerate(lines):
        d, _ = text_line(x0, ws, FN_SIZE, RIGHT, False, "F1")
        if i == 0:
            md = (lambda y, n=n: ["BT\n/F1 %s Tf\n1 0 0 1 %s %s Tm\n[%s] TJ\nET" % (
                fmt(FN_SIZE * 0.65), fmt(LEFT), fmt(y + 3.6), pdfstr(enc(n)))])
            d = (lambda y, a=md, b=d: a(y) + b(y))
        draws.append(d)
    return draws


# ---------------------------------------------------------------- pagination

def paginate(pages_src, fns):
    pages = []
    for sect in pages_src:
        lines = build_lines(sect["blocks"])
        num = sect["num"]
        roman = sect["kind"] == "FRONT"
        page = {"num": num, "items": [], "fns": []}
        y = TOP + LEAD
        i = 0

        def fn_height(ns):
            if not ns:
                return 0.0
            return 14.0 + sum(len(fn_lines(n, fns[n])) * FN_LEAD + 1.5 for n in ns)

        while i < len(lines):
            ln = lines[i]
            group = [ln]
            if ln.keep:
                k, j = 0, i + 1
                while j < len(lines) and k < ln.keep + 1:
                    group.append(lines[j])
                    if lines[j].draw:
                        k += 1
                    j += 1
            need = sum(g.height for g in group)
            new_fns = page["fns"] + [n for g in group for n in g.fns if n not in page["fns"]]
            if y - need < BOTTOM + fn_height(new_fns) and page["items"]:
                pages.append(page)
                num = str(int(num) + 1) if not roman else num
                page = {"num": num, "items": [], "fns": []}
                y = TOP + LEAD
                if ln.draw is None:
                    i += 1
                    continue
            y -= ln.height
            if ln.draw:
                page["items"].append((ln, y))
            for n in ln.fns:
                if n not in page["fns"]:
                    page["fns"].append(n)
            i += 1
        pages.append(page)
    return pages


def page_stream(page, fns):
    ops = []
    # running header
    ops.append("/Artifact <</Attached [/Top]/Type /Pagination >>BDC")
    ops.append("BT\n/F3 10 Tf\n1 0 0 1 72 800.5 Tm\n0 g\n0 G\n[%s] TJ\nET" % " ".join(
        tj_items("Law Commission of India", 0)))
    t = "Report No. 279 – Usage of the Law of Sedition"
    ops.append("BT\n/F3 10 Tf\n1 0 0 1 %s 800.5 Tm\n0 g\n0 G\n[%s] TJ\nET" % (
        fmt(RIGHT - width("F3", t, 10)), " ".join(tj_items(t, 0))))
    ops.append("0.5 w\n72 795.1 m\n523.32 795.1 l\nS")
    ops.append("EMC")
    mcid = 0
    cur_para = None
    for ln, y in page["items"]:
        if ln.para != cur_para:
            if cur_para is not None:
                ops.append("EMC")
            ops.append("/P <</MCID %d>> BDC" % mcid)
            mcid += 1
            cur_para = ln.para
        ops.extend(ln.draw(y))
    if cur_para is not None:
        ops.append("EMC")
    if page["fns"]:
        blocks = [fn_lines(n, fns[n]) for n in page["fns"]]
        total = sum(len(b) * FN_LEAD + 1.5 for b in blocks)
        y = BOTTOM + total - FN_LEAD + 2.0
        ops.append("/Artifact BMC\n0.5 w\n72 %s m\n216 %s l\nS\nEMC" % (fmt(y + FN_LEAD + 2), fmt(y + FN_LEAD + 2)))
        for b in blocks:
            ops.append("/Note <</MCID %d>> BDC" % mcid)
            mcid += 1
            for d in b:
                ops.extend(d(y))
                y -= FN_LEAD
            y -= 1.5
            ops.append("EMC")
    # page number
    ops.append("/Artifact <</Attached [/Bottom]/Type /Pagination >>BDC")
    w = width("F1", page["num"], 11)
    ops.append("BT\n/F1 11 Tf\n1 0 0 1 %s 40.2 Tm\n0 g\n0 G\n[%s] TJ\nET" % (
        fmt((PAGE_W - w) / 2), pdfstr(enc(page["num"]))))
    ops.append("EMC")
    return ("\n".join(ops) + "\n").encode("latin-1")


# ---------------------------------------------------------------- writing the file

XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="3.1-701">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>Microsoft® Word 2016</pdf:Producer></rdf:Description>
<rdf:Description rdf:about=""  xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Report No. 279 - Usage of the Law of Sedition</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>LCI</rdf:li></rdf:Seq></dc:creator></rdf:Description>
<rdf:Description rdf:about=""  xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>Microsoft® Word 2016</xmp:CreatorTool><xmp:CreateDate>2023-04-24T17:41:08+05:30</xmp:CreateDate><xmp:ModifyDate>2023-04-24T17:41:08+05:30</xmp:ModifyDate></rdf:Description>
<rdf:Description rdf:about=""  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
<xmpMM:DocumentID>uuid:6C1E3B4A-2F71-4D8E-9A0B-51D2C7E84F19</xmpMM:DocumentID><xmpMM:InstanceID>uuid:6C1E3B4A-2F71-4D8E-9A0B-51D2C7E84F19</xmpMM:InstanceID></rdf:Description>
</rdf:RDF></x:xmpmeta>
""" + (" " * 99 + "\n") * 20 + """<?xpacket end="w"?>"""


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    pages_src, fns = parse()
    pages = paginate(pages_src, fns)
    objs = {}
    # 1 catalog, 2 pages, 3 info(at end), fonts 4.., then pages
    font_ids = {}
    nxt = 4
    for name in ("F1", "F2", "F3"):
        font_ids[name] = (nxt, nxt + 1)
        nxt += 2
    xmp_id = nxt
    nxt += 1
    page_ids = []
    for p in pages:
        page_ids.append((nxt, nxt + 1))
        nxt += 2
    info_id = 3
    res = "<</Font<<%s>>/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>" % "".join(
        "/%s %d 0 R" % (k, v[0]) for k, v in font_ids.items())
    objs[1] = ("<</Type/Catalog/Pages 2 0 R/Lang(en-IN) /Metadata %d 0 R/MarkInfo<</Marked true>>"
               "/ViewerPreferences %d 0 R>>" % (xmp_id, nxt)).encode()
    objs[nxt] = b"<</DisplayDocTitle true>>"
    objs[2] = ("<</Type/Pages/Count %d/Kids[ %s] >>" % (
        len(pages), " ".join("%d 0 R" % a for a, _ in page_ids))).encode()
    for name, (fid, did) in font_ids.items():
        base, ws, flags, ang, stem = FONTS[name]
        first, last = 32, 252
        objs[fid] = ("<</Type/Font/Subtype/TrueType/Name/%s/BaseFont/%s/Encoding/WinAnsiEncoding"
                     "/FontDescriptor %d 0 R/FirstChar %d/LastChar %d/Widths[ %s] >>" % (
                         name, base, did, first, last, " ".join(str(w) for w in ws[:last - 31]))).encode()
        objs[did] = ("<</Type/FontDescriptor/FontName/%s/Flags %d/ItalicAngle %s/Ascent 891/Descent -216"
                     "/CapHeight 662/AvgWidth 401/MaxWidth 2568/FontWeight %d/XHeight 250/Leading 42"
                     "/StemV %d/FontBBox[ -568 -216 2046 693] >>" % (
                         base, flags, fmt(ang), 700 if "Bold" in base else 400, stem)).encode()
    x = XMP.encode("utf-8")
    objs[xmp_id] = b"<</Type/Metadata/Subtype/XML/Length %d>>\r\nstream\r\n" % len(x) + x + b"\r\nendstream"
    for p, (pid, cid) in zip(pages, page_ids):
        data = zlib.compress(page_stream(p, fns), 9)
        objs[pid] = ("<</Type/Page/Parent 2 0 R/Resources %s/MediaBox[ 0 0 595.32 841.92] /Contents %d 0 R"
                     "/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S>>" % (res, cid)).encode()
        objs[cid] = b"<</Filter/FlateDecode/Length %d>>\r\nstream\r\n" % len(data) + data + b"\r\nendstream"
    # Word writes Creator and Producer as UTF-16BE strings with a byte-order mark
    word = pdfstr(b"\xfe\xff" + "Microsoft® Word 2016".encode("utf-16-be")).encode("latin-1")
    objs[info_id] = (b"<</Title(Report No. 279 - Usage of the Law of Sedition) /Author(LCI) /Creator"
                     + word + b" /CreationDate(D:20230424174108+05'30') /ModDate(D:20230424174108+05'30') "
                     b"/Producer" + word + b">>")
    n_obj = max(objs) + 1
    buf = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offsets = {}
    for i in range(1, n_obj):
        offsets[i] = len(buf)
        buf += b"%d 0 obj\r\n" % i + objs[i] + b"\r\nendobj\r\n"
    xref = len(buf)
    buf += b"xref\r\n0 %d\r\n" % n_obj
    buf += b"0000000000 65535 f\r\n"
    for i in range(1, n_obj):
        buf += b"%010d 00000 n\r\n" % offsets[i]
    fid = b"<8F3C9A61D2E04B7A95C1E6F0A2B4D913>"
    buf += (b"trailer\r\n<</Size %d/Root 1 0 R/Info %d 0 R/ID[%s%s] >>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n"
            % (n_obj, info_id, fid, fid, xref))
    with open(out_path, "wb") as f:
        f.write(bytes(buf))


if __name__ == "__main__":
    main()
