#!/usr/bin/python3
"""Re-make docs/kslsa-legal-aid-lok-adalat-pamphlet.pdf from tools/kslsa-legal-aid-lok-adalat-pamphlet.txt.

The pamphlet is laid out the way Word for Microsoft 365 lays out an A4 document with Calibri 11
(1-inch margins, line spacing 1.08, 8 pt after paragraphs, contextual spacing in lists, widow
control, headings kept with the next paragraph) and written the way Word's "Save as PDF" writes
it: PDF 1.7, CRLF object syntax, a tagged structure tree (Document, H1, P, L/LI/Lbl/LBody,
footer artifacts), subset TrueType fonts "BCDEEE+Calibri" and "BCDFEE+Calibri-Bold" with
WinAnsiEncoding (the embedded outlines are metric-compatible stand-ins kept below as base64),
an XMP packet, Info strings in UTF-16, fixed dates and document IDs.
Deterministic: run it twice and the bytes are the same.
Usage: make_pdf.py [output.pdf]   (default: docs/kslsa-legal-aid-lok-adalat-pamphlet.pdf)
"""
import base64
import os
import sys
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SLUG = "kslsa-legal-aid-lok-adalat-pamphlet"
SRC = os.path.join(ROOT, "tools", SLUG + ".txt")
OUT = os.path.join(ROOT, "docs", SLUG + ".pdf")

PW, PH = 595.32, 841.92
LM, RM = 72.024, 595.32 - 72.024
BOTTOM = 72.0
BODY_SIZE = 11.04
BLUE = "0.12157 0.30588 0.47451"
CREATED = "D:20250818114217+05'30'"
XMP_DATE = "2025-08-18T11:42:17+05:30"
DOC_UUID = "6E1B4C0A-7F3D-4A53-9C2E-3B8D1F5A9E27"
INST_UUID = "6E1B4C0A-7F3D-4A53-9C2E-3B8D1F5A9E27"
TITLE = "Free Legal Aid and Lok Adalat \u2013 Your Right to Justice"
AUTHOR = "KSLSA"
APP = "Microsoft\u00ae Word for Microsoft 365"


def _widths():
    reg = dict(zip(" !\"#$%&'()*+,-./", [226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386]))
    for d in "0123456789":
        reg[d] = 507
    reg.update(dict(zip(":;<=>?@", [268, 268, 498, 498, 498, 463, 894])))
    reg.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [579, 544, 533, 615, 488, 459, 631, 623, 252, 319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 642, 567, 890, 519, 487, 468])))
    reg.update(dict(zip("[\\]^_`", [307, 386, 307, 498, 498, 291])))
    reg.update(dict(zip("abcdefghijklmnopqrstuvwxyz", [479, 525, 423, 525, 498, 305, 471, 525, 230, 239, 455, 230, 799, 525, 527, 525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395])))
    reg.update(dict(zip("{|}~", [314, 460, 314, 498])))
    reg.update({"\u2018": 250, "\u2019": 250, "\u201c": 418, "\u201d": 418, "\u2022": 498, "\u2013": 498, "\u2014": 905})
    bold = dict(zip(" !\"#$%&'()*+,-./", [226, 326, 438, 498, 507, 729, 705, 233, 312, 312, 498, 498, 258, 306, 267, 430]))
    for d in "0123456789":
        bold[d] = 507
    bold.update(dict(zip(":;<=>?@", [276, 276, 498, 498, 498, 463, 898])))
    bold.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [606, 561, 529, 630, 488, 459, 637, 631, 267, 331, 547, 423, 874, 659, 676, 532, 686, 563, 473, 495, 653, 591, 906, 551, 520, 478])))
    bold.update(dict(zip("[\\]^_`", [325, 430, 325, 498, 498, 300])))
    bold.update(dict(zip("abcdefghijklmnopqrstuvwxyz", [494, 537, 418, 537, 503, 316, 474, 537, 246, 255, 480, 246, 813, 537, 538, 537, 537, 355, 399, 347, 537, 473, 745, 459, 474, 397])))
    bold.update(dict(zip("{|}~", [344, 475, 344, 498])))
    bold.update({"\u2018": 258, "\u2019": 258, "\u201c": 447, "\u201d": 447, "\u2022": 498, "\u2013": 498, "\u2014": 905})
    return {"F1": reg, "F2": bold}


WIDTHS = _widths()


def tw(text, font, size):
    w = WIDTHS[font]
    return sum(w[c] for c in text) * size / 1000.0


def num(v):
    s = "%.3f" % v
    s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def wrap(text, font, size, width, first_width=None):
    """Greedy line breaking as Word does it: at spaces, and after a hyphen inside a word."""
    tokens = []
    for word in text.split(" "):
        parts, cur = [], ""
        for i, ch in enumerate(word):
            cur += ch
            if ch == "-" and 0 < i < len(word) - 1 and word[i + 1].isalpha() and word[i - 1].isalpha():
                parts.append(cur)
                cur = ""
        parts.append(cur)
        for j, p in enumerate(parts):
            tokens.append((p, j == len(parts) - 1))
    lines, cur = [], ""
    limit = first_width if first_width is not None else width
    for tok, ends_word in tokens:
        piece = tok + (" " if ends_word else "")
        cand = cur + piece
        if cur and tw(cand.rstrip(" "), font, size) > limit:
            lines.append(cur)
            cur = piece
            limit = width
        else:
            cur = cand
    if cur.strip():
        lines.append(cur)
    # Word keeps the space at the end of a wrapped line in the text it writes
    return lines[:-1] + [lines[-1].rstrip(" ")] if lines else []


def parse_source():
    band, footer, blocks = [], [], []
    box = None
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if not raw.strip() or raw.startswith("#"):
                continue
            tag, _, text = raw.partition(" ")
            if tag in ("B1", "B2", "B3"):
                band.append((tag, text))
            elif tag in ("F1", "F2"):
                footer.append(text)
            elif tag == "BOX":
                box = []
            elif tag == "ENDBOX":
                blocks.append(("BOX", box))
                box = None
            elif box is not None:
                box.append((tag, text))
            else:
                blocks.append((tag, text))
    return band, footer, blocks


class Para:
    """One laid-out paragraph: lines of (x, font, size, colour, text), spacing and tag."""

    def __init__(self, tag, lines, lead, before, after, keep_next=False, label=None, kind="P"):
        self.tag, self.lines, self.lead = tag, lines, lead
        self.before, self.after, self.keep_next = before, after, keep_next
        self.label, self.kind = label, kind


def layout_blocks(blocks):
    paras = []
    lead11 = 14.52
    n1 = n2 = 0
    i = 0
    while i < len(blocks):
        tag, text = blocks[i]
        nxt = blocks[i + 1][0] if i + 1 < len(blocks) else None
        if tag == "P":
            n1 = 0
            lines = wrap(text, "F1", BODY_SIZE, RM - LM)
            paras.append(Para("P", [(LM, "F1", BODY_SIZE, "0", l) for l in lines], lead11, 0, 8))
        elif tag == "H":
            n1 = 0
            lines = wrap(text, "F2", 13.92, RM - LM)
            paras.append(Para("H1", [(LM, "F2", 13.92, BLUE, l) for l in lines], 18.36, 12, 4, keep_next=True))
        elif tag == "1":
            n1 += 1
            n2 = 0
            has_kids = nxt == "2"
            font = "F2" if has_kids else "F1"
            lines = wrap(text, font, BODY_SIZE, RM - (LM + 36))
            last = nxt not in ("1", "2")
            paras.append(Para("LI1", [(LM + 36, font, BODY_SIZE, "0", l) for l in lines], lead11, 0,
                              8 if last else 0, keep_next=has_kids,
                              label=(LM + 18, font, BODY_SIZE, "0", "%d." % n1), kind="LI"))
        elif tag == "2":
            n2 += 1
            lines = wrap(text, "F1", BODY_SIZE, RM - (LM + 72))
            last = nxt not in ("1", "2")
            paras.append(Para("LI2", [(LM + 72, "F1", BODY_SIZE, "0", l) for l in lines], lead11, 0,
                              8 if last else 0, label=(LM + 54, "F1", BODY_SIZE, "0", "abcdefghij"[n2 - 1] + ")"),
                              kind="LI"))
        elif tag == "BOX":
            paras.append(layout_box(text))
        i += 1
    return paras


def layout_box(items):
    """The bordered, shaded panel: a one-cell frame Word keeps on one page."""
    inner_l, inner_r = LM + 9, RM - 9
    rows = []
    for tag, text in items:
        if tag == "BT":
            for l in wrap(text, "F2", 12.96, inner_r - inner_l):
                rows.append(("BT", 16.8, [(inner_l, "F2", 12.96, BLUE, l)], None, 4))
        elif tag == "BP":
            ls = wrap(text, "F1", 10.56, inner_r - inner_l)
            for k, l in enumerate(ls):
                rows.append(("BP", 13.92, [(inner_l, "F1", 10.56, "0", l)], None, 6 if k == len(ls) - 1 else 0))
        elif tag == "BI":
            lab, _, body = text.partition("\t")
            ls = wrap(body, "F1", 10.56, inner_r - (inner_l + 27))
            for k, l in enumerate(ls):
                rows.append(("BI", 13.92, [(inner_l + 27, "F1", 10.56, "0", l)],
                             (inner_l + 4, "F1", 10.56, "0", lab) if k == 0 else None,
                             3 if k == len(ls) - 1 else 0))
    p = Para("BOX", rows, 0, 10, 10)
    p.height = 10 + sum(r[1] + r[4] for r in rows) + 4
    return p


def paginate(paras, band_bottom):
    """Places lines on pages; returns pages as lists of (para index, line index, baseline y).

    Widow and orphan control and keep-with-next as Word applies them: a paragraph that cannot
    leave two lines on each side of a page break moves whole to the next page, and so do the
    keep-with-next paragraphs (headings, list labels) just before it."""
    forced = set()
    while True:
        result = _paginate(paras, band_bottom, forced)
        if isinstance(result, list):
            return result
        j = result
        while j - 1 >= 0 and paras[j - 1].keep_next and paras[j - 1].tag != "BOX":
            j -= 1
        forced.add(j)


def _paginate(paras, band_bottom, forced):
    pages = [[]]
    y = band_bottom - 14
    top_of_page = True
    page_top = 841.92 - 72 - 10.5
    i = 0
    while i < len(paras):
        p = paras[i]
        if i in forced and not top_of_page:
            pages.append([])
            y = page_top
            top_of_page = True
        if p.tag == "BOX":
            gap = 0 if top_of_page else p.before
            if y - gap - p.height < BOTTOM:
                pages.append([])
                y = page_top + 10.5
                top_of_page = True
                gap = 0
            top = y - gap
            pages[-1].append((i, "BOX", top))
            y = top - p.height - p.after
            top_of_page = False
            i += 1
            continue
        gap = 0 if top_of_page else p.before
        n = len(p.lines)
        y -= gap
        k = 0
        while k < n:
            if y - p.lead < BOTTOM:
                if k > 0 and (k < 2 or n - k < 2):
                    if k >= 3 and n - k == 1:
                        pages[-1].pop()
                        k -= 1
                    else:
                        return i
                elif k == 0 and p.keep_next is False and i > 0 and paras[i - 1].keep_next:
                    return i
                pages.append([])
                y = page_top
            y -= p.lead
            pages[-1].append((i, k, y + p.lead * 0.25))
            k += 1
        if p.keep_next and i + 1 < len(paras) and paras[i + 1].tag != "BOX":
            q = paras[i + 1]
            if y - p.after - q.before - min(len(q.lines), 2) * q.lead < BOTTOM:
                return i
        y -= p.after
        top_of_page = False
        i += 1
    return pages


def pdf_string(text):
    raw = text.encode("cp1252")
    out = bytearray(b"(")
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        else:
            out.append(b)
    return bytes(out + b")")


def jitter(text):
    """Word's TJ arrays carry small position corrections from its layout grid; fixed pattern here."""
    out = []
    cur = ""
    h = 0
    for ch in text:
        cur += ch
        h = (h * 31 + ord(ch)) % 9973
        if len(cur) >= 2 and h % 7 == 0:
            out.append((cur, (-4, -3, -2, 3, 4)[h % 5]))
            cur = ""
    if cur:
        out.append((cur, None))
    elif out:
        out[-1] = (out[-1][0], None)
    parts = []
    for s, adj in out:
        parts.append(pdf_string(s))
        if adj is not None:
            parts.append(str(adj).encode())
    return b"[" + b"".join(parts) + b"] TJ"


def text_op(x, y, font, size, colour, text):
    col = colour if colour != "0" else "0"
    s = b"BT\n/" + font.encode() + b" " + num(size).encode() + b" Tf\n"
    s += ("1 0 0 1 %s %s Tm\n" % (num(x), num(y))).encode()
    if col == "0":
        s += b"0 g\n0 G\n"
    else:
        s += ("%s rg\n%s RG\n" % (col, col)).encode()
    s += jitter(text) + b"\nET\n"
    return s


CLIP = b"q\n0.000008871 0 595.32 841.92 re\nW* n\n"


def marked(tag, mcid, body):
    return ("/%s <</MCID %d>> BDC " % (tag, mcid)).encode() + CLIP + body + b"Q\nEMC\n"


def build():
    band, footer, blocks = parse_source()
    paras = layout_blocks(blocks)
    band_bottom = 841.92 - 112.3
    pages = paginate(paras, band_bottom)
    npages = len(pages)
    # structure: elements in reading order; each has a list of (page, mcid)
    elems = []          # dicts: kind, para index, kids
    streams = []
    parent_nums = []    # per page: list of element ids by mcid
    para_elem = {}
    band_elems = []
    for pno, items in enumerate(pages):
        body = b""
        mcid = 0
        owners = []
        if pno == 0:
            body += b"/Artifact BMC\nq\n" + ("%s rg\n0 %s 595.32 112.3 re\nf*\n" % (BLUE, num(band_bottom))).encode()
            body += b"1 1 1 rg\n" + ("72.024 %s 451.27 1.5 re\nf*\n" % num(band_bottom + 34.6)).encode() + b"Q\nEMC\n"
            ys = {"B1": 805.2, "B2": 777.6, "B3": 746.6}
            sizes = {"B1": 12.0, "B2": 21.96, "B3": 9.96}
            fonts = {"B1": "F2", "B2": "F2", "B3": "F1"}
            for tag, text in band:
                body += marked("P", mcid, text_op(LM, ys[tag], fonts[tag], sizes[tag], "1 1 1", text))
                e = {"S": "P", "kids": [(0, mcid)]}
                elems.append(e)
                band_elems.append(e)
                owners.append(e)
                mcid += 1
        groups = []
        for it in items:
            if groups and groups[-1][0] == it[0] and it[1] != "BOX":
                groups[-1][1].append(it)
            else:
                groups.append((it[0], [it]))
        for pi, its in groups:
            p = paras[pi]
            if p.tag == "BOX":
                top = its[0][2]
                bot = top - p.height
                body += b"/Artifact BMC\nq\n"
                body += ("0.87059 0.92157 0.96863 rg\n%s %s %s %s re\nf*\n" % (num(LM), num(bot), num(RM - LM), num(p.height))).encode()
                body += ("%s RG\n1.5 w\n%s %s %s %s re\nS\n" % (BLUE, num(LM), num(bot), num(RM - LM), num(p.height))).encode()
                body += b"Q\nEMC\n"
                y = top - 10
                sect = {"S": "Div", "kids": [], "children": []}
                para_elem[pi] = sect
                elems.append(sect)
                cur_list = None
                prev_kind, prev_after = None, 0
                for kind, lead, lines, label, after in p.lines:
                    y -= lead
                    base = y + lead * 0.25
                    if kind == "BI" and label is not None:
                        if cur_list is None:
                            cur_list = {"S": "L", "kids": [], "children": []}
                            sect["children"].append(cur_list)
                        li = {"S": "LI", "kids": [], "children": []}
                        lbl = {"S": "Lbl", "kids": [(pno, mcid)]}
                        body += marked("Lbl", mcid, text_op(label[0], base, label[1], label[2], label[3], label[4]))
                        owners.append(lbl)
                        mcid += 1
                        lb = {"S": "LBody", "kids": []}
                        li["children"] += [lbl, lb]
                        cur_list["children"].append(li)
                        cur = lb
                    elif kind == "BI":
                        cur = cur_list["children"][-1]["children"][1]
                    else:
                        if kind != prev_kind or prev_after:
                            cur = {"S": "H2" if kind == "BT" else "P", "kids": []}
                            sect["children"].append(cur)
                        cur_list = None
                    x, font, size, colour, text = lines[0]
                    body += marked(cur["S"] if cur["S"] != "LBody" else "LBody", mcid, text_op(x, base, font, size, colour, text))
                    cur["kids"].append((pno, mcid))
                    owners.append(cur)
                    mcid += 1
                    y -= after
                    prev_kind, prev_after = kind, after
                continue
            content = b""
            if pi not in para_elem:
                if p.kind == "LI":
                    e = {"S": "LI", "kids": [], "children": [], "level": 1 if p.tag == "LI1" else 2}
                else:
                    e = {"S": p.tag, "kids": []}
                para_elem[pi] = e
                elems.append(e)
            e = para_elem[pi]
            if p.kind == "LI" and its[0][1] == 0:
                lbl = {"S": "Lbl", "kids": [(pno, mcid)]}
                lx, lf, ls, lc, lt = p.label
                body += marked("Lbl", mcid, text_op(lx, its[0][2], lf, ls, lc, lt))
                owners.append(lbl)
                e["children"].append(lbl)
                e["children"].append({"S": "LBody", "kids": []})
                mcid += 1
            target = e["children"][1] if p.kind == "LI" else e
            for _, k, base in its:
                x, font, size, colour, text = p.lines[k]
                content += text_op(x, base, font, size, colour, text)
            body += marked(target["S"], mcid, content)
            target["kids"].append((pno, mcid))
            owners.append(target)
            mcid += 1
        # footer
        fb = b"/Artifact <</Attached [/Bottom]/Type/Pagination/Subtype/Footer>> BDC q\n"
        fb += b"0.5 0.5 0.5 RG\n0.75 w\n" + ("%s 58.2 m\n%s 58.2 l\nS\n" % (num(LM), num(RM))).encode()
        grey = "0.34902 0.34902 0.34902"
        fb += text_op(LM, 46.8, "F1", 9, grey, footer[0])
        fb += text_op(LM, 35.16, "F1", 9, grey, footer[1])
        pieces = [("F1", "Page "), ("F2", str(pno + 1)), ("F1", " of "), ("F2", str(npages))]
        x = RM - sum(tw(t, f, 9) for f, t in pieces)
        for f, t in pieces:
            fb += text_op(x, 35.16, f, 9, grey, t)
            x += tw(t, f, 9)
        fb += b"Q\nEMC\n"
        body += fb
        streams.append(body)
        parent_nums.append(owners)
    # build the element tree in reading order: lists nest level-2 items inside the level-1 LBody
    top = []
    i = 0
    ordered = elems
    cur_l1 = None
    cur_l2 = None
    for e in ordered:
        if e["S"] == "LI" and e.get("level") == 1:
            if cur_l1 is None:
                cur_l1 = {"S": "L", "kids": [], "children": []}
                top.append(cur_l1)
            cur_l1["children"].append(e)
            cur_l2 = None
        elif e["S"] == "LI" and e.get("level") == 2:
            parent_body = cur_l1["children"][-1]["children"][1]
            if cur_l2 is None:
                cur_l2 = {"S": "L", "kids": [], "children": []}
                parent_body.setdefault("children", []).append(cur_l2)
            cur_l2["children"].append(e)
        else:
            cur_l1 = cur_l2 = None
            top.append(e)
    return streams, parent_nums, top, npages


class Writer:
    def __init__(self):
        self.objs = {}

    def add(self, num_, data):
        self.objs[num_] = data


def serialise(streams, parent_nums, top, npages):
    regular = zlib.decompress(base64.b64decode(FONT_REGULAR))
    bold = zlib.decompress(base64.b64decode(FONT_BOLD))
    objs = {}
    # fixed numbers: 1 catalog, 2 pages, 3.. pages/contents, fonts after page 1 as Word does
    page_nums, content_nums = [], []
    n = 3
    page_nums.append(n); content_nums.append(n + 1); n += 2
    F1, F1D, GS7, GS8, F2, F2D = n, n + 1, n + 2, n + 3, n + 4, n + 5
    n += 6
    for _ in range(1, npages):
        page_nums.append(n); content_nums.append(n + 1); n += 2
    # structure elements
    elem_num = {}
    order = []

    def walk(e):
        order.append(e)
        for c in e.get("children", []):
            walk(c)
    doc = {"S": "Document", "kids": [], "children": top}
    walk(doc)
    for e in order:
        elem_num[id(e)] = n
        n += 1
    INFO = n; n += 1
    STR = n; n += 1
    PTREE = n; n += 1
    W1 = n; n += 1
    W2 = n; n += 1
    META = n; n += 1
    VPREF = n; n += 1
    FF1 = n; n += 1
    FF2 = n; n += 1
    total = n

    def ref(k):
        return "%d 0 R" % k
    parent_of = {}
    for e in order:
        for c in e.get("children", []):
            parent_of[id(c)] = e
    out = {}
    out[1] = ("<</Type/Catalog/Pages 2 0 R/Lang(en-IN) /StructTreeRoot %s/MarkInfo<</Marked true>>/Metadata %s/ViewerPreferences %s>>"
              % (ref(STR), ref(META), ref(VPREF))).encode()
    out[2] = ("<</Type/Pages/Count %d/Kids[ %s] >>" % (npages, " ".join(ref(p) for p in page_nums))).encode()
    for k, (pn, cn) in enumerate(zip(page_nums, content_nums)):
        out[pn] = ("<</Type/Page/Parent 2 0 R/Resources<</Font<</F1 %s/F2 %s>>/ExtGState<</GS7 %s/GS8 %s>>/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>/MediaBox[ 0 0 595.32 841.92] /Contents %s/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S/StructParents %d>>"
                   % (ref(F1), ref(F2), ref(GS7), ref(GS8), ref(cn), k)).encode()
        data = zlib.compress(streams[k])
        out[cn] = (("<</Filter/FlateDecode/Length %d>>" % len(data)).encode(), data)
    out[F1] = ("<</Type/Font/Subtype/TrueType/Name/F1/BaseFont/BCDEEE+Calibri/Encoding/WinAnsiEncoding/FontDescriptor %s/FirstChar 32/LastChar 151/Widths %s>>" % (ref(F1D), ref(W1))).encode()
    out[F1D] = ("<</Type/FontDescriptor/FontName/BCDEEE+Calibri/Flags 32/ItalicAngle 0/Ascent 750/Descent -250/CapHeight 750/AvgWidth 521/MaxWidth 1743/FontWeight 400/XHeight 250/StemV 52/FontBBox[ -503 -250 1240 750] /FontFile2 %s>>" % ref(FF1)).encode()
    out[GS7] = b"<</Type/ExtGState/BM/Normal/ca 1>>"
    out[GS8] = b"<</Type/ExtGState/BM/Normal/CA 1>>"
    out[F2] = ("<</Type/Font/Subtype/TrueType/Name/F2/BaseFont/BCDFEE+Calibri-Bold/Encoding/WinAnsiEncoding/FontDescriptor %s/FirstChar 32/LastChar 151/Widths %s>>" % (ref(F2D), ref(W2))).encode()
    out[F2D] = ("<</Type/FontDescriptor/FontName/BCDFEE+Calibri-Bold/Flags 32/ItalicAngle 0/Ascent 750/Descent -250/CapHeight 750/AvgWidth 536/MaxWidth 1781/FontWeight 700/XHeight 250/StemV 53/FontBBox[ -519 -250 1263 750] /FontFile2 %s>>" % ref(FF2)).encode()
    page_of = {}
    for e in order:
        k = elem_num[id(e)]
        parent = parent_of.get(id(e))
        pref = ref(parent and elem_num[id(parent)] or STR)
        kids = []
        first_page = None
        for pno, mcid in e.get("kids", []):
            if first_page is None:
                first_page = pno
            if pno == first_page:
                kids.append(str(mcid))
            else:
                kids.append("<</Type/MCR/Pg %s/MCID %d>>" % (ref(page_nums[pno]), mcid))
        for c in e.get("children", []):
            kids.append(ref(elem_num[id(c)]))
        if e["S"] == "Document":
            out[k] = ("<</Type/StructElem/S/Document/Lang(en-IN)/P %s/K[ %s] >>" % (ref(STR), " ".join(kids))).encode()
        elif first_page is not None:
            out[k] = ("<</Type/StructElem/S/%s/P %s/K[ %s] /Pg %s>>" % (e["S"], pref, " ".join(kids), ref(page_nums[first_page]))).encode()
        else:
            out[k] = ("<</Type/StructElem/S/%s/P %s/K[ %s] >>" % (e["S"], pref, " ".join(kids))).encode()
    def u16(s):
        b = b"\xfe\xff" + s.encode("utf-16-be")
        return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    out[INFO] = (b"<</Title" + u16(TITLE) + b" /Author(" + AUTHOR.encode() + b") /Creator" + u16(APP)
                 + (" /CreationDate(%s) /ModDate(%s) /Producer" % (CREATED, CREATED)).encode() + u16(APP) + b" >>")
    out[STR] = ("<</Type/StructTreeRoot/RoleMap<</Footnote/Note/Endnote/Note/Textbox/Sect/Header/Sect/Footer/Sect/InlineShape/Sect/Annotation/Sect/Artifact/Sect/Workbook/Document/Worksheet/Part/Macrosheet/Part/Chartsheet/Part/Dialogsheet/Part/Slide/Part/Chart/Sect/Diagram/Figure/Title/H1>>/ParentTree %s/K[ %s] /ParentTreeNextKey %d>>"
                % (ref(PTREE), ref(elem_num[id(doc)]), npages)).encode()
    nums = []
    for k, owners in enumerate(parent_nums):
        nums.append("%d [ %s]" % (k, " ".join(ref(elem_num[id(o)]) for o in owners)))
    out[PTREE] = ("<</Nums[ %s] >>" % " ".join(nums)).encode()
    for W, font in ((W1, "F1"), (W2, "F2")):
        ws_ = []
        for code in range(32, 152):
            ch = bytes([code]).decode("cp1252", errors="replace")
            ws_.append(str(WIDTHS[font].get(ch, 0)))
        out[W] = ("[ %s] " % " ".join(ws_)).encode()
    pad = ("".join(" " * 100 + "\n" for _ in range(21)))
    xmp = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="3.1-701">\n'
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
           '<rdf:Description rdf:about=""  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
           '<pdf:Producer>%s</pdf:Producer></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
           '<xmp:CreatorTool>%s</xmp:CreatorTool><xmp:CreateDate>%s</xmp:CreateDate><xmp:ModifyDate>%s</xmp:ModifyDate></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n'
           '<xmpMM:DocumentID>uuid:%s</xmpMM:DocumentID><xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID></rdf:Description>\n'
           % (APP, TITLE, AUTHOR, APP, XMP_DATE, XMP_DATE, DOC_UUID, INST_UUID)
           + pad + '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>').encode("utf-8")
    out[META] = (("<</Type/Metadata/Subtype/XML/Length %d>>" % len(xmp)).encode(), xmp)
    out[VPREF] = b"<</DisplayDocTitle true>>"
    for FF, data in ((FF1, regular), (FF2, bold)):
        z = zlib.compress(data)
        out[FF] = (("<</Filter/FlateDecode/Length %d/Length1 %d>>" % (len(z), len(data))).encode(), z)
    buf = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offsets = {}
    for k in range(1, total):
        offsets[k] = len(buf)
        o = out[k]
        buf += ("%d 0 obj\r\n" % k).encode()
        if isinstance(o, tuple):
            buf += o[0] + b"\r\nstream\r\n" + o[1] + b"\r\nendstream\r\n"
        else:
            buf += o + b"\r\n"
        buf += b"endobj\r\n"
    xref = len(buf)
    buf += ("xref\r\n0 %d\r\n0000000000 65535 f\r\n" % total).encode()
    for k in range(1, total):
        buf += ("%010d 00000 n\r\n" % offsets[k]).encode()
    fid = DOC_UUID.replace("-", "")
    buf += ("trailer\r\n<</Size %d/Root 1 0 R/Info %d 0 R/ID[<%s><%s>] >>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n"
            % (total, INFO, fid, fid, xref)).encode()
    return bytes(buf)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    streams, parent_nums, top, npages = build()
    data = serialise(streams, parent_nums, top, npages)
    with open(out, "wb") as f:
        f.write(data)


FONT_REGULAR = (
    "eNrdfGlgFEW39qnumSSsSSBCIOBMGMKWQJBF2TMQMgTCFkhgAggJBAx7MEFAtqAiISwBZRFBQQUUFJiwRkTFBdzwBRdcURZR"
    "XODFBTfI9LlPVXdW8P3uj+/+uHeGnu6urjp16tRZnlPVgQQR1aA80qntuKkZ2S9evft9lBwh0lPG3Zfr7PdF0nUiWwiRlj8h"
    "+56pCzIOhhIFPEYUuP+eKXMmXPimz0ai2v2JYrdkjc/IrPFnwSKi7pdB484sFNRaQ1OJejTFfdOsqbmzl+Q3OYr7RCKxacr0"
    "cRlU7a10oriLuN8yNWN2tv6JjuueD6G+M3t6Ti4fpXW436ru7x2f7d/dpy/u3wR/8SgT4FuOoCbZdNCkf2EkATSQnBRJTchF"
    "TSmKmlFzakEtqRVFUwy1pjYUS23pDmpH7akDdaQ76S7qRJ2pC3WlbtSdelAcuakn9aJ46k0J5KE+lEh9qR8lUX8aAOqDaDAl"
    "0xAaSimUSsNoOHkpjUbQSBpFd9NoGkPplEFjaRxl0niaQPdQFk2kSTSZpkAa02g6ZdMMupdyKJdm0n00i2bTHLqf5tI8mk8L"
    "nHWdYc5wZwNnI2djZxNmOfb/S+Ph8/+bv+eG4JuIrwffXkr7/g997CfsJ2i+fRHdRnPUb6WPrQuFYXaJpX1X+DWG///lIsg8"
    "7aeXaQ9tqfQonxbg94VKZa/SG/S8utpIK/4D2Rdpp3W1hjbQkn+sN4keBJ2t6L/8k47SOfQYei6mZ+F4moj26HWy9fRLeufW"
    "pMR58Q49Qs+h5iN0CL/wltpc7Vd6RBtC07RP9UX0AC3FGDeLiVSI+um0VYyEzT1gERgNi5tehWgBraJtsK+8CvO2iH+jWiX7"
    "wPlS0FkH+5yBmQwuuZ1/pQ6276iW8TG9qjvA+246oJosKm0bmKhP0g5qmv9R3KyGda+mDPE5+Fyh9/yf1LWARbYsCrO9J3WI"
    "PzIWgvcvMUOHIY2T7j4jR6R5U1OGDkkePGjggP5J/fom9vEk9I7v1dMd16N7t65dOne6686Od7SNbdM6pkXzZlFNXU0iHeFh"
    "oSHBtWvVqF4tKDDAbtM1QTFOn0hP8OlRzlBPhivBlZHYOsaZEJ7Vu3VMgsuT7nNmOH042Zq5EhNVkSvD50x3+prhlFGhON3n"
    "Rs0JVWq6zZruspoixNmNuskuXE7f+71dzmIxItmL6xW9XWlO3xV1PUBd25qpm1q4iYxEC8WV5NaZ4PPcl1WQkA4eRVGN6vGu"
    "+PHVW8dQUfUauKyBK18LV3aRaNFDqAutRUKXIo2CasluMdKEjEzf4GRvQu+IyMi01jF9fbVdvdUjilckfQHxvkBF0jlRsk7L"
    "nEUxRwuWF4fQ2PTompmuzIxRXp+egbYFekJBwRJfaLSvpau3r+X9F8Mx8vG+GFfvBF+0pJo0pKyfpPIuhc8eFeJyFvxOGI7r"
    "yuXKJRlWSUBUyO8kL31avE8M8UbKT4QHsi4o8LicnoL0goxizhvrcoa4Copq1izIToC4abAXJIr58LIIn2d5mi8kPUt0SbOG"
    "7hmS5KubPNLr06I8zqwMlOBfnCuyU0RkaFmdwf/0mCAWCAcSjoyUYlhW7KaxuPHlJXvNeyeNjdhL7tjoNJ+WLp8cLX1yW6p8"
    "klf6pKx5ugtzmzTUW+CzRfXNdCVA4ssyfHljoV2T5MS4Qny1/4iIdBXUCXV2jk1TdZ3gqm/mRKfP3gxCQquKDaA3sklBiLqp"
    "/Yd5uhKBDpqF1nF2doGMpJPgSki3/t2XFQ4CTgg6MdpUhBSvz90bF+4Ma8YSitrGokVGOiZsYm81mb5YV7YvzNWrbHYlWwkT"
    "h3pVE6uZLyzeR+njrFa+2ARlV86EgvTeJguSlivZ+yK153NFHZwR+yRISestK9eLh5Y1SyjwZk7wOdIjMmF3E5zeiEifOw0z"
    "nObyjk+TagcJtTwXoZQjTelKijdpqCspeYS3k8WI+UCSs0UlVCHj8kaYZKCAvqCoIKdXi9DTUDEEBU4PLly9uuHXFxgVhCME"
    "AlelUnF7dXN6RQSV1gYbvpbOhPG9rXryvhJRu1Sn+MRSagHyFnTiEyMi0yLNT+sYDY+dVsdoESSFmlj6CG4KD4Kgn/GJqkjK"
    "MlwqvdPrGu9Kc2U5fe7BXjk2KR4lZUsYSubWXKVUuqsgLIiJIvG49EYK0+eJjqgoXF8fdV92m1jlcd/Sx86CIFfS0AJJ3GUR"
    "JHDe10dShd2dQiOUL5AG7YLvdYbApJVBFxS53dKYs7pIIq6+mQWuod5uqjb8yfyI+2VfdShJJKX0ah0D19aryCXyk4vcIn/o"
    "CO+LSEac+SnevZrQ4tN7pRU1xTPvi04ityrVZKkslDdOeSMpDcFNkKof8aKbKE89takCdT+uWJAqCyotEzSuWDPLQsyOmqmO"
    "3KThic184i6tbUNZkFmWp8rUp4ikyNzV7e4gdzV3Ta2WFlEkZNFelBwGdqwmaF9NUUtEFKHVEFVcLPKKqrkjzBp5qOE2OcxP"
    "Le86dYR3X01CM/WLjnrJD9QlPAuTjbCS4MyUijIvLasgPU0aG9XD1OCf8AlXD0yTqwcYCajpq+4a38tXw9VLlsfJ8jizPECW"
    "B0JFRT2B5nmY+8E+ITVgpDcSJuls+E5EQcgVOVNpcCoFId+2BnPIHe3tgBt1CgSWsT70vm080Y2NyDZIlzWAPK4vxLnjjfrA"
    "lD+gHdCGeL1qO7GNh/JF+o5Ri2SGCGynX1Ntgbb4LrQbqx/XPqraTjvM6fwDnTI8nMHf0yn9OJ69BJSaYJ7RDgBT/80+hyLI"
    "UaG/f/joTfgl+h496lzET9IA4yXej3MSYzz0LiUwaNDvyKHG8l6RgHxqHBcBuZK/gItFb/LoMw0gO14DDrLQ22PlZ+RPJGZY"
    "58cqP1f1C9VzncL4Xv1n+2XkfzHI8qCakKo65LUaAN2qyCwzz+IzYx6y6Y1UH/gOM8BjeDHG8bWCYu9LfklyIvFXc8jt37ya"
    "1+L+GaDNwcg1JdJ38Z34LRRz8fsBb+eFCkUu9cuRtEG+iFnmusgQ6ohUiuKlnM9/ip/BsQeZZBYyzo1A89WA8ojn8588EbN0"
    "Fvh2ItUw4vkTPszPocUeHsmd+HcejWkKR9aagmw2yohBu1ztGh/j3fw2X4Rm/CpBL3Xla/b59hVUg4Ixl81N2VT4Z0nm//XP"
    "Ph88LeBF/CCbmHouLaaH6P6SaH5Q+5YWluwG1p6rZLBIfa1atsEoeZ0P4fuqKolDVu2hXiVHUP4GF0O+R1W5W5X3FHu5JTdQ"
    "JefpK+j0WUUzwp9tWgXVxJ2Tm3BzrqdqfQ9EfJbOlkTRPnpK1R3L/TiVR6qnz2rHyUdPq/IMHgBrMcufw6FTP75sT7EvJRfF"
    "UmelM9ZwKw9e6VLZqayGWaTubW9yEj+EsXTltdyUg5WKjeazfFL19hJyoseV/hAnYHQzUJJDXWktv8pZNBbXieCA+C0Dc8ob"
    "MMtP8uOqZTykvIB6gvKdoF9blW1G/tKXVjPsnBaCwmFVepKKRT1aTz2gnx5kN9tUb1k8jws4EZrYnu+g7XSNT3MgOHxStQnh"
    "OfyjbQ56V1JBz9t4JS+gjrDQESVP0490ljfxXbyEc1T9uzDW2fpxMVD5E1N3OvDdfIk+KfUgSiy5hlcbi9yqtqViFU65qLAV"
    "4niSh3G6qv4kvYApS+FRUOcwESlOkEx32hoxxo/GT0Ybbo06J8T7wmHSrmF4xd+3pC3+RrtRoDQWqe5mNaB0Hibpo0fSQoyz"
    "RgfuiOIPxQeiPr4f0geo08Fob5w3abfS9urSV9a+yeNpiSKZuhjr6QpE6ob5ZdGvxgbqIobxz7TbNoLugaAPcQDcmcYEgf6F"
    "KXqY14qWVpJLqbRf3257EnZYibbWDSzA3o11KJ+EmvPNs5ZupOBKZvGPmGd5z9MUre3GdTECel+tzKVJUiPUkL/mM/wIybpF"
    "MutmL6/je5XtmesCX6J9ijilObTs0jmUtQWELk7JlQQ1LUKuA6g+SuvIdQGflckTR5k+lC/r9TEXpXVI60pn/O/Cqs4hBjlV"
    "HOmLOsfs6zDu+v/sXfRjoNUY3rMJN1F9fEY/0Df0GaehPI+nwBPOU+UPQxqraIn2mrHZWK4Ee68YJyYryZHxiLFB3CHqqOtf"
    "jfeMj40fVZ1G6GMletmHua1eSf6yWPRBdbgZEQvzIdFZdbQBRt2NG2PY3yIwh4ONe8x5hIXqPozn9tJQUu5JS68svyqrwuk/"
    "TGsQTnIpUU3PYgSN9TC7a+ylOnBxRfS61EI8OYLSnvwYzPyiZprnQpoJp7aa5uGbT8NAQzlVuOBCCqUd9La6u4v7wOWPxncY"
    "Pw1BHS7ntQ9kfwS8tqjAo6gYD6swLq906Zhv5zbcncP5R4zfSX+i/5Wqr9HQ/mdwkUZLaK0qWYKAtIbvRzgaaY3nNfpEPZnF"
    "UGVM1haxGLRUeMSzlymUA6ypfAiOz1xi2WQtt9wL1/igav0wr4YZ7oJ05F1XHgzpDOcLXMJXeaDUq2iw+qmazzqVLcq6011o"
    "h3DrB79af7Ucth/zXMQGAvM14xCf5F/EcRFnvIYGcXi6XD9IVALAAiAxi69Dllf8l/mguYQngGUu60fRX6ObZVnWv1JlhDOu"
    "za24P9zsN3C5HehTjNSU1iQo8yu8go/DyKK1L8DdS4Bfk+CtXqHz4j2OZFOjXgCouI1j1fUe6OJi6cHQ/kMGrNP+MGfY6Emm"
    "ydeU8hhjzXU9alI5eIl/MLkjCq70QCCNUP1cpTPChWFmQjJ3cy5PQFlrhM6JmNMPlCHOhvau5HtV7Ucxd/fREvE+RxqGktBY"
    "MURME/nK+M7zeXMB0jhv/IzgMsbkE1qwARKR11N5IXppa40QDKUru1qk/GMpLJPT6MPkj2ZU4VQUn6Lf/Zh+fbDtqnHQKDDW"
    "cHfUq62lisWm0aq4ngxZvAxZNAAajK0Edm66uUkwUjQvKxOI4XYcriiuIqAPmK25HnqGXoQan7HUdJ3CQksV7gvl5Vad+Wqt"
    "/36JneF982CyuUpItaH2D4qlMIhmqt4ndAzo8QgQoQ3obD/NAYYxzbobp8G4+vMPUPkfuY9WCxMky/OBGpewaTYz/SUwl8Wq"
    "fAY/aHylSlcovzscMjgIGdSHDG6lsTf9I6n/0NxI+JAk/pyeoDsAk1YAkuoIKYMQRoZa83UBkP4T+ooHqMHlA2DMUuVL4a/6"
    "YNAe7StjrXG/KluG9hE8WA3eKWoAiDyqrm2wiq/Ir3RkKyfDzyiohH4m8gRJGZ8+5hKvJg1XzLB1qZIzybVnOVPx5lmfLEnw"
    "HSVrzTPa7UWczEG7alSrUqSUH4VoMLDPuUCaET9vLbkekVgKRlA5ap7UNllUpayG0eP6s7adFFBu+cPAQDLsual2RoXB98XT"
    "PAEBabXpizVKFV59u365yhhSzWYle8yz7kWwIJ5ikHn+x760M/6mZhMAyw1iuphGjxujub3ZlwePZqoY1aSiNZWtuFeGTjCy"
    "mejsS0SgvfBOb8I7MYCGBs/fQW2K9YQmKPQFm13Oy+AHrmFU9RCk9yIVOu3/C48AsW1BfAC6sAl0jvEJeDkpygSkNYMB+jvj"
    "6yEvQO+99JCilcsPA8wfp4/VXesb3a2UFR2vNL4NWAZcEQccWjGglsfXUndrPax4CHFzUfmgKWAZetkIDV/FO1gmDDp8/XEk"
    "DJv4PnOuwOEJGPBRIDg7BFjAj/NZSx/70Czqrfidw3BIHG28yAnmhoMIIKRA+F1Bd3CecZrv4RjjdUR5BZngnn6lj0UHesYP"
    "SAIpbuZn0V+RejoUcplGh5CGhGm/scf4SGJhfLz4ehRmUCYOrg7QVtHQ8qD98AO4ZgQA8z7LT1vbHr/CM+8Tt1nxppUxFZg0"
    "zvgcmFh+kuAW5Li3mZtCIoO+E+HiXVJhh5OMg3w7TZAQVKVxDiSh+Txb1f0Q/kAidIn1bJvhpwMppGLcNRGF0H/nXP9HnMMp"
    "4hodEZf9+/kvuK9PeJx4l8fxJUQ7Eoj2RmbpIoftF77Iu3iBAdMSH0Bfhps+fCn60VClFhTt9nLMUinklmqCrKrSws5GG5Q9"
    "LdaoEazk9SCzlp1qNPnGdTwLAJaZi7SKjAsGEnvRhgrhkFdwbzPaqhSTjJ1w2MP4G77MfcR16IOSntFLSSLHz/S3urep+wdM"
    "kxrAl23VVcypGHorqp7Ex33hRN2q2dtIUr7AtOfwUQCtCRBOQ1bBU9SiK5jis9QRsOoMp9vAtvGRcd3wG8fU8yiYaT82mSkS"
    "fQEcksUCNeDBoP4mhvcA5qkQQtmA4VSjuqU+QFSUHJ6ixXTjDx5ixMmVIyDn/lLxuAY3kBm4qAFDfYcmaye5GdR8SAXxbDAO"
    "iABRV17fMFU4X5FG/q8/a8XwiohMliOn8oNLDc7Lj1xC21JKj6EKhsyCADiM28x70EJdfZrivyItUNHgE/x7UQ8xWfsZ4/jW"
    "f01m/Sg9VkYROQ3mY5WF028V/MvEQSr9aQXSr0DwbiQbJ2HZi7iLhb++pjcR/l8nsGggSIiL6GCb8ZeMUoafZ2lvieFitrXw"
    "MITfpdk0TQnpc+Oa8bvxHpk9JJJh2WtD6KXCuOQTSaburMYoptwsN/0tjGk6CMvsHCarrTbPct8RT3LM0foBtLQUc70QtCSL"
    "aeX5udr13V0qa6tOGF/WYnAfUkFLyyTi4kZ8GqOoAb/dHd5fxWIeiicKssC2L8u0ixzwYkrtoGoFeoKJ4ktc3J5vkwQxRFv9"
    "W4xptNGXZ4CM3BeGk9JCyWfEaMDw2nNwHRetMfXQAPz9m0q+UfyCa70lyu1lbC5UqIy0hqUjuxFhzTukERCNkoYW3hFVcgOT"
    "hN1EJ9X4X/yZAfxiLOa3+GsIDTYNNEJCE4sAyprBzQUhClYT91OJ8ksvYJSreABvLHErrL+TpiGjiy9JMdkoiUXsm8MXkHIB"
    "wesfWCJHt8CJtnXKn1Flp6m/7b8bI5MdZ6HmW9oO/kMxp1aAbD6EirQSrzXKRCijV9+kyGo0FDr+N3S8thrtreOdWp6SKyPZ"
    "xm/cl/sY18zFHNFVhNMhOJtCHqF8Z3vAXafq+Bvgu5N0VnuLXcZ+mW0pXR1AXwPhm7Eh1TjMTUSgiFGa/hn0/E9Dbe+L1jJG"
    "wCXqJ1VuFlrF2tRZl0jqTvidVxXGIXGCiukdqRGsGUiKQPYv/XPuxGGSpP/LUr/DTbiDCFVlH1tQRqMUY769FmQQXgHnliPd"
    "W0nDjimA5TZAvM1BJhuL+SX2IdObz15+F7YfpDJXEm7RmA6LOphviB9W0ZZjuZHq9hK9Tx/RBe0t4xMjj7/iB3iVKq8Fl62W"
    "HGB2b2P4B0Q8nf7vSU2OBeZkC7ViHlVR2VK/rU82rhgHTfcnfqN9VoY8i5eI1hKLIHIVKD81Ern0PBlyIK5DZSKM5l4INa34"
    "ov8pgNG5Zv6tEJxKHAQc4GV9MuTZunIQK101v/VqhzINOX9tuJfxBL8N+6wHtzAP5wLV7Wku4jUq9V3KL/GX1jspe+HN9pCL"
    "F/BPABrr4FBMoNMW0/IwOPDSEACgjtS4fAlBTKAoOOel1gLJXACGYdQJhlqPoqgfUs37aRBg0ptWkjkI0C1brrrjbhUM9VV+"
    "HgZ6mn/h8/g9zi/wSvAfJU1ZYZryHZIepj0a0vdslFFGehjbt6abs2LUctjferT7hwirFSBIRFi52k4r1d1KO1SOQTibkDpM"
    "LTEsoJ9puy5dSCHHcSdrTfctHT2VrC5TSiH3ZWyL0GdQBT+ibeDhRjjtFP3li2uin9mZ8kdODqS/9XNU2jYwHMUNTI0qW/63"
    "NMxUMvtqbgks8gPkc4m/5hBuacwGx1epFSysPgD897QLBtARkTUIfscJMKTWffWFCHOfYw4zSyxwV7IIBjWQpgmbDmBd8ijo"
    "TlZGt1rfq/iBxdoCbhEjMoxDho9Hiacg/a3AJS1om7FUrIdEs+ROinZGQxT0f6q1xO9Yf2NFKxIcvFlVLsgmGLmNMRM5UmfR"
    "iTZoif5iEEjUO6NphrbZlEs7tF1RFWvoK0pUzPU/i1+WkVgz3woqtA2ztGDmje2q/VPGcG0c8pWKmd1Tcr8OXbNpK8bwQJlk"
    "QZv+XmGeb14/1e70v0tntK4V1k8F1TGGi4+r0K5j0WSrj+HSjANyzDeW/lpmrpNrT+m/YEzleaMebxQbR4DMH6bPRL72lDbH"
    "vwRDQ1d+5fcFXzQm2kKNn0r5YURjG/yAMVF6dBXsBd1tKxIn7RfLY7GYb0j1OiBzcDyrR43VAtBl+DO5ZnbaNhBz3rYC8Kq4"
    "FlHRW5dtxJU67PHAGubGwyvIEs1V0i28gdfz0/wHj6YWYiD5qMgKBU2pPdQT/hkG/gbvBEi+gczuGFDZPqTZi+XWKp4N50fg"
    "CN5QLYYow3sBofk52g9B2aDcD5Fa3+LdvJ1CRVNry2aQ0QYRYo/5Lhja/6yuJqploYfYfFFuBDKkoZTGJWzwKWSTe/g53mL6"
    "9fmQwwXMYX1IgsoHW5o03WJx7gJkmA9bmgBSAI78N4iOkjIv9SRcAnZjoYU5CAAH1VJMIfxithm6KA+YMo/u1ZpAo0gt2I5D"
    "jfOoIbHFnbTDdgU9pMEfyp2wLHMh0bhsXEDwN31nW74dwaKjav0OeOqHMXTAXDb4D4tpRD/IBAnfITQVyf3jfBXhZjq75eoY"
    "Pu9BR5bTYarPmXwNU/ksL+E1WhNuYS0sZdEUlGeyR6mjQ9QVoea2D6fwRP4VXKp1fuQ+mlrjOwiZVlrvLMcaoiqHeiB/ANIr"
    "uIfKnAmYPZc2QoSaFLDlnu08mv2MhMv/t9rsXQgxqvwOIWoG5yFY7ObHWOXfIkyEa2pYvF1tp80RrwGg1YWGSZGHgHorkc2N"
    "uZui/DESuk9LV+ylTgwE/89DnnUqSbQcwJRe/anS+sWQjYypK3mHcQJ+1GHtkJ5SO0TEafwbIskSuRTHN8Sf7LEkPpoS+SNz"
    "UVncLhqKmuJ2FfBfQyJeAJDyhGqdrBY+BHw5abn2d+U7rRURc4VQIX1XF9mf3Fu1wP+jmG24U6RNn/MBPmIBJNIPlfSVv7iT"
    "6c79tMYS5TWeZb6+yod5K2+We91yn8gYrqfaksBDm4rLszdrWSk/FVYuxSmexAP5Em2A3LNg7d8o8owQNpE3YkbGWoazmzLA"
    "cHN0BzuGm1vNN0znIUM9vMZqsLRMbeoTZYLlRJpO3dWru8tgTg0xvD0mdpYpFTRhvboLEhFQVgVM4ZtkTLkdg4XDBpocVnLM"
    "6KQfh1951YIhndT2dQ+rj5fkCB6GnA5Al8MrL25Ugs4imu5CSnAfbbcmbZj6/Yy3wTPlSzRolZnu4W9mgIlJ0uzVBLfzI5vV"
    "dsO7TZd4Vy0WTPY/IF9nhuEvwNgXSNegqQ2xRBWTKkYcuf0jN5Y85tnulHkWp1w/Z4M23DgOI3oXcSpVtQup8FZBKXAluer7"
    "uiXrhfjuUlYSD8hm2sfrZSRH8D18n5md0TJpi5iFLNu20qXLBWqN4cRN+6iXjH1y7Z3vVm9kkCiio0a2QDPxb35Uojg50JIM"
    "TYL/WP96RUu+O9K3wv5loTk6s+71DqqOFNE3sNOWlVZMqeK7I6LqnprQzllBZC1Uyty0S1G/18GbUKto8uiEHrMwpUspAnd3"
    "0mM0hZ5UXJi7HQQxrYVft950xvQ9QbOtyUv3y3d9hsKjAhcj1H2MBLZIeV9zU+hJpcZTSW2ywzg6WgpQSiGZx4CCkFuK+gGM"
    "r6G1QnzrAeo1LG3bAci82IzKlgZeB9SRQ9LUkLpCR+9FPN1YxvJkDLCDxcTYf2A6m+62Vv87+GPNmCn9+3fgq7rKhW75Xgbp"
    "38nXaRConKwWApBI/kRfy5eOkJFNgU9QL6SoV9Ufpwe1242L1oZwpAjVVMgxrhrn6RypVRq+g5siMzJ37E+puA2fdME2oHQP"
    "RVQK2ZXDS+XAHYbof4NsFaR0A8BfoESW2ZDarIV3eZleUoF7BXK2jbyS3ywL3Qsotyx0y326v3i0AZdrD4DTlRtNJXC2j/MV"
    "5UGU5Ixrxld0wcoFt3NP2FC0FQKOWfLEWA5BnuXxUlTZE6mCQt5BypVUFinXA12ZXtNGzyirNEdmAzB5H7D+uBUjF3KhtYa+"
    "QMZOtVZUT9SzIuUO3qi846MSygCbhd1AuTgkdzeh6NuQdH1EJ1TNDhxZFju/sGxVexb81y0LAZWx41pLGfeq2CJFfB9Urxm+"
    "cmvjNUTGxVae2gPMISvlRJWHLqMJquUfPFK+G4CrOO7vP6FmtDVf1i4hJrW69Vb5P6TC2iW5lg4kId9quYQkuA6QRCaYMX2x"
    "fDVuI0L1Bj6u+NkGk1+O33rQ2Wso3clPWevzzagvBpGNdp3JIaIxp8q0AQZWkAOy3GOtLaaQmwbDgJtQCxpA03C9xrQ/UJyJ"
    "GUi01vAOIn59yG/yJxDIGXj8g2zlP1H8s7bJHkNhpVpeecVMaJukGzLUChhPVOuYcXLRkn7BvXrZiXoAX0cDCATJFX75sp/2"
    "oRX4f5W7iirIkz8VqPw19Vy9vrMANr4PEeQ/+x6kf/LTgoZjpHOtP18x8VoAj0GUN9TXD32aACvy8njzD3H8Q8B1ASt9glo8"
    "qcFrlezieP5EvRgXA6kOUssCz5hL6XRC+8CUB3Im/THwVb0sQVYhphW7jU2I/J8C2rYnB8D8WaTC5h/9kN8N79hV/nGXZsU5"
    "wX7087L6iyCq8GZCuXxtBfA5CZiLv/gL7svtjI+RzxyAjTWlUNA+CnTQGv28Zy7gan7aATA33N/W6jGSv+ch1E8fiesGAMXL"
    "dNMLyv70TFSpGiMPso019ooBxhsItj8ik99tvC6GoNYRozc6iNEwLcZIGTX91/wfKlp2+I1NoFWvzNpE2ZuT5pl28cv8Ec5N"
    "YCiPIdUINuaB439BxjUpATEhDhJ7wVgCzVvPeQpN1aAlpg8BvI22dZRbAvwr4GMT/o2OaUUSUvBQ4LZd5nh6gbfP1D5uxR0n"
    "lIqv5c6BNgVcR4qr5ia03kxZNfGski9U+g9ci/w8AzHdVRFFkrjpvdDSkgu8VGXoUt2fYPlWwQTKtNLM+VDBhcp57eRiq84m"
    "3q228cZZdRJpGAKh+Tdfj9MyMRFqkQNxLIRfyqGZYhKU+DETCqnftbzG2ISkdhb/BEX+iWfzZmMjrzO3ys21AtHbGKhNKscq"
    "ore5IG8MDAQi+usBE79jnOn//XGSF3z2s3geq94Z28NW4IZz2MkyXZHbZfOtOpmUpSDuE2VAbik/JJcyFdKYJMaDSj60T8Ox"
    "hDJEJvDM5PK/pOIszjHkKt9yBLBFOJbzMmM932carKojaKDWUt+tNy+L+lXzIkz3KQj/IX4dmfwB4IcnFJtjANRi0N10QKkJ"
    "8JzT5Z4d/4s3yUUiPGlIao2VP+UPEEpMMPYdvOE1a293FE+GX/zC1LdCvVjMKF0PKo2QJi6DirelfIWtoBF6MT2ClOJRuaGI"
    "2ZPv7Xav0r48wM5Q66AfAdxOknolt4VtP0OaM9QbsPlysVYFa41G68Xa9bK9uwokyq7MlK41daQNLFdYp8GEpqiyWACE9Wp9"
    "NNvibwxiY7x6fecBxR/dgueqfd6iS+264v9tloiVWLr/a0a6es/5X5hBWfaILMOYnuFpfKjs3Yk35D5jhXFaZegkR6zWl+pH"
    "rHd+ymEduOdwOPIx1qtJl2gzAuRP2k5gYXNDfbtaZTBf8hxjRY439Bta//J3EUHnhiyVO8nqBRVVJ7B75TqB3avWIa3BhvCQ"
    "iJpjgrv9Tg7z7yzfdv+tdmO+mtumHjKdgYHd7ZfVH2Fq1uo3fgN7GAMpPrD7je3X768+6aa/er0HQeV9cRLkN9Hnekcaq5dQ"
    "kK02hdmLqat9JvUTx2i2NhXAbyrVwLNWOFKBuLYjbKVoNtqpy78EqE19cazEMRpHHxzROJJwjMGRjiMZx3Ativbj2AsawyQd"
    "dd5PnsDmaPs06bYRtNTWmwbYLkNXL9Fc/QVaYK9JKbYSWo2+ntdWUJitJT2oj6KFAXDe9mhaZ+9PQ20uesAOT2Hz0gK0cevf"
    "UpTdRcttSyko0IHxNKemKIvUX6F22kx6SvKMcx30jzHxRS2F7tZPg9/2NF8fS/1wTsazgdoMcurHMLb29LD4lFaKH/hdfSst"
    "wHVhQCY9gPI8210YG9rJNtp74DuSWiO9iML9Av1JCrAXs1+fRWH6FrLrLamX9iBo7ha91Vn2QVQoD90LXZdHCeXgUBpgfTpZ"
    "R7b5hriArmnSipZD8tBdm9yddOPYhOMvoA/44AD4vwDUDQDMCPgZ1JBdBaJuEKyxWiIOxIjqoFMDuX0NeIya8KC1kA7VwvNa"
    "APy1QKc2AnptPAtGlhGCtqEAPKHwqXVQt84Zorq4r4vrMMT1MFhcGPoMA8y6DXRuw/1toFEPSU898Fd/MFF4IxxbiBqswQG+"
    "GoLnhvAuETVxgJcIlEd8TNQI943QdyPQboQxNULfjaDXja8Bo4NvB/h3wgCceBYJ/pug/yag2wS8uUDTBbm4fERNVxFFgcco"
    "JPDNMP7mkGFzXLdAPy3RR0vA+5ag2wpjbIX60eA7OhdeGfViRsGNOXGgTmvw3wYyaIPYGIt2seA1dp78fxOUNd0DpJJCo4DO"
    "NAqBn5Ovo2zVZEol/48DMyK9LPdZb/70jKRqIg5G35lSRQ/r3Eu4EaccoifODpy7UnvRBeWdcMZzcotAUHao383C5t4pjvrF"
    "Hr8gv6g+6IZw3hC/D27h+NXTwvGLp5XjZ0+0Y8zVhVe14KuDro65Wnh1z1V7jW8v3u745oLHEXxBuC946jnOn/M4Tp47e+7q"
    "Od19rv2dnnOecMe/r7Djivg+9XLiT6k/tqPUH77/PvVSIqV+R+z4qvvZ1LNCT/26u556RmdH8GnHaU39uN8Nj/CcfF28fLSb"
    "47XBzRxHXmnh4BfF4OLs4rxivZiPurm4TjuP41DcoUGHph9aeGjzoT2HAsMPiuy9W/b69urBe8WqA8J3QAQfEEHB++L2Xd2n"
    "5/lW+TSf76jvlE+P3RO3R9uyy7dLO7rr1C4t9oW4F7TNz4ujO0/t1AbtKNyhxe6YvuPVHbzDtmljU8fgjWL6OvHqOrHO09ix"
    "dk19R/Aax5qFawrX8Bp729Xu1VreapFdmFeorSoURwtPFWqDlo9ZPn25/rCHHZsXi4cevMORmxPnyMFApk/r5pjm6ehoKMJT"
    "G7QPTw1sr6cGYOjpeDYGxyjPHY6RIxIdI3Cu265Oqh3isbXTU6fooqbeTe+vT9Hn6faryezOTNbcyR07edzJUS08JweLvh6n"
    "IxGU++DY4xFnPVc9Wp5H1Gt3W2qoCE4NaRecqgnMPwmHIzgueEzwwmBbcHBs8KDg6cGFwWeDOTgwDmVXg/XpJAaRyKsn7KJY"
    "rCpKGRodnVQcyEOSfIGDR/pEvi9qqPx1J4/wBeT7KHXESG+RECvTFq9YQb0aJ/naDfX60hunJfkyceGWF3m4CGlcVI96peXk"
    "5uTOjJYfYV5QbnR0To68EvIu2nymrkR0Dh6jGhrhJhcwMzonV+Tk5FJOLspzxGhc5yBWojxHoAmOnGiLfhkldDAahPCTa3aR"
    "k4N2OaCTY3UXPpr+CzF2KNE=")
FONT_BOLD = (
    "eNrdfHlgTdf2/9rn3JtEDIkhJIJ740qImIfWkMgVyRVDa0oqQSsxNeaQoC1KOiEoStFSdHh9HZQbRWJ4RVVbr7T1VFWLaqk+"
    "qqV9aJF71u+z9zk3U/V9f3/8/vl977XvPntee+211/qsfXaQIKLqNJ90ajd6cnburqsPHkXOXiI9bfTMfOfkkRNfJrKFEmkL"
    "x+U+PPnx7J21iQLWEgVuf3jSo+PqJdleJKrVn6jNHzljs8fUiLiO8oRk9HFPDjJqhdNUpOcg3Sxncv4jy9c1OYv0JiKxftLU"
    "0dlUbVs8USKC2DQ5+5Fc2zx7JyL3adR35k7NyydBJ5EuVenpY3MLX7btIurZCDQtR54A3XIGNcimpyL+FDMJoPvJSVHUlFzU"
    "jKIphppTC4qllhRHrag1taG21I7aUwfqSJ2oM91D91IX6krdqDvFUwL1oERyU09Kol6UTCnkod6USn2oL/Wj/nQfeh9AA2kQ"
    "DaYhlEbp9AANpQzKpGE0nEbQg/QQjaQsyqZRNJrG0FgaRw9TDo2nCTSRJtFkmgKO5NI0mk55lE8zaCbNokfoUXqMZtMcmkuP"
    "O+s66znDnRHORs7GzqbMcu7/m+bD3/3//D03GN9UfD34Jinp+1/0sR+xH6G59gIKo0fVb6WPrRvVw+oSX5Gp8l9jKP/+/5KK"
    "IPUrIkQ03aCfKhQcoOO0m7z0WcXaormIFQGI69AFuk4f/lWv6M8h+qvHb+kYHaIdf1FPozeFj74SEdAmxXiSeYn0jXgQ9LyF"
    "vBm0VJSKR0UUbRKhqrQ9+q4lbHfpK0EwnQN1q+gcrRLJdM6ep0eg4CvtEK3XC7Sj9Alovl9bKlkJXXdEtBMp2Enb6XXVQR7G"
    "W1qxR53oFVpLT5bn2rcYe+0FvnZUm2/STuhuyYF5VIhd6/9cE78I6EstQgQJ/5q+5y8MTNUnaDs1zbcSiRXY3SsoW5xC7aV6"
    "zyrTecuYauQIO60EBd+LQbQMvWwxdhmvQUts1U5Ae/xGr9vCArAr9O8oVLtNIcYX4jL/h0oU7aOpui+Eb5idBRTYZlGY7ZSU"
    "IT5kzANfj9Jv4P4JEeHuPXxYZkZ62pDBgwYOuP++/v369knt7UlJ7pXU053YIyG+e7euXe69p3P7dm3btG7VonlMdDNX0yhH"
    "eL3aoSG1alYPrhYUGGC36ZqgVk6vyErx6tHO2p5sV4orO7V1K2dKeE5y61YpLk+W15nt9CKyxbhSU1WWK9vrzHJ6YxBlV8jO"
    "8rpRc1yVmm6zpruspgh1xlO8HMLl9B5NdjlLxLBBGXhemuzKdHp/Vs/3qWdbjErURCIqCi0UVZJaZ4rXMzOnMCULNIqi6sG9"
    "XL3GBrduRUXB1fFYHU/eFq7cItGih1APWouUbkUaBdWUw2KmKdljvAMHZaQkR0ZFZbZu1cdby5WsiqiX6tIb0MsbqLp0jpek"
    "02JnUav9hUtKQmlUVlyNMa4x2SMyvHo22hbqKYWFC7y147yxrmRv7GMXwjHzsd5WruQUb5zstd/gsnH6lQ8pvPboUJez8AZh"
    "Oq6fr1TOybZyAqJDb5B89Gq9vGJwRpT8RHrA68JCj8vpKcwqzC7h+aNczlBXYVGNGoW5KWA3DcxAFyW8e3Gk17Mk0xualSO6"
    "ZVpT9wzu5607aHiGV4v2OHOykYN/ia6oLpFRtcvqDPyrYgJbwBxwOCpKsmFxiZtGIeGdPyjDTDtpVOQ2creNy/RqWbJkv78k"
    "LF2WzPeXlDXPcmFt+w3JKPTaovuMcaWA44uzvfNHQbomyIVxhXpr3YyMchXWqe3s2jZT1XWCqj5jxju99hgwCa0qNoDcyCaF"
    "oSpR66YZ/RyJAWJq13F2daEb2U+KKyXL+jczJxwdOMHo1DhTENIyvO5kPLizrRVLKWrXFi2ys7Bg45PVYnrbunK99VxJZasr"
    "yUoZPyRDNbGaeev18lLWaKuVt22K2lfOlMKsZJME2ZdrUMYu6sjnijo5I9+VICUzWVau3wtSFpNSmDFmnNeRFTkG+26cMyMy"
    "yuvOxApnujLGZkqxA4diz0Uq4chUspKW0W+Iq9+gYRldLELMAtmdLTqlSjeujEizGwigNyg6yJmhReqZqBiKDKcHD66kePx6"
    "A6ODEELBcJUrBTcp3pkhIslfG2R4Y50pY5OtejJdqVO7FKdeqf7eAmQS/fRKjYzKjDI/rVtpKHZaA6NFkGRqqr8IagoFQZDP"
    "XqkqS/IyXAq9M8M11pXpynF63QMz5NwkexSXLWYonltrlVYpVYFZYBNFodifkMz0euIiKzLX21uly5KpVYr7+IudhUGufkMK"
    "Zecuq0MC5X28JEXY3aV2pNIFckO7oHudodjSakMXFrndcjPndJOduPqMKXQNyYhXtaFP5kY+JseqQ/1Ev7Sk1q2g2pKKXGLh"
    "oCK3WDhkWMYumFznwrSMbZrQemUlZRY1Q1nGLifcBJWryVyZKRNOmZA9DUYiSNWP3OUmmq9KbSpDpUeXCFJ5Qf48QaNLNDMv"
    "1BwoRg3kJg0lNrPE7a9tQ16QmTdf5alPEUmWuYPt7iB3NXcNraYWWSRk1jbk7IaVrCbo3RqipogsQqvBKrtEzC+q5o40a8xH"
    "DbdJ4cL08qHTh2W8W4PQTP1ioCT5gbiE52CxYVZSnGOkoMzJzCnMypSbjepjafBPeIWrB5bJ1QOEBNTwBrvGJnmru5JkfqLM"
    "TzTzA2R+IERU1BdoPh9rP9ArpAQMz4jClnQ2PBxZGPqzXKlMKJXC0B9agzj4jvYOwI06BQL7WB86ahtLdGcdvA3SZY0Cotvz"
    "EHe+0wCY8hLa/QO1z1RtJ97jJvydcBrnkNcQ4S20PynbilrAnL+h3Vz9Cd1WtZ12ie/hH8kwRqi4VH8CZfCiDGHGaOdAT2ft"
    "eRQpn8T/8NHb8PtAnsQuLuZ8SjV+5hKeRb15Bvp6k3pwb8Qn4E0t4mJRF/ES3kHPEfm2835RjxL1h4ztaD0RFDyJ0eaWx/Q8"
    "YolIVyEGV4CBymKehHi7KtcpgnP06/Zr8Pvawr+TTodiLJUFqpBp5Zp5/rT80a+j26bcHL8vIcRzNJ+lS1QbkA9QkX18GWES"
    "T+AtCp99Th/jdzTCI7QR7l8TDuHfuIiLkRNMkaImPe27yA+ouo3heGaI1ujlWz7Aq5HzT7Ge+3FX/p0HIbUZmH4PmNiWl/Ea"
    "vikWYBHsyI+GQ7kO7uPrAK5B9AzaP8Z3wOY8nsun4IiOpOrGJjaQv4lTtAKMP4W/4A/5az5ndIPLmwiWRBkrKEQBYWrJ1+xv"
    "2ldQdWREwk/uaLKl7J/Ftf/pn/1NyX+exrk8RU1vKb0AzLuktBEP1X6jt0tXY32fVd7PJJ7K0/21bMDL/Cl/wO/xpyqnM/zv"
    "eOpUeqgs/6iV3wMlHYWXY7ihyrlAp+EhfKf6bOybbu4SgqrDHmiKWhGq1g+odZ7OlDqwIAtV3Zk8mrN4ripdqO2ll6z8R3kU"
    "vo+a+cptyOAr9nH2RdSM2lE3a6ZlM1bPQpRHFQtFeQ2zcgbCBtrMCtTTPiqi10x3grdzPmdSNpgzFpM8ggk/TWk0jNxyKfif"
    "vJM381DezcO4Ezs4SLuF3J2QmB3stRjzMGVCSrz8EL/AGSpvHk1G+3HYGAvg/g2m1VRA67Hx5HhZPIvf5ad4NVoM4pGg6ih6"
    "b8ApSkrBQO7Ml9VTD+rO89TTCf0l6kqpqv1bvIvfhLy2Rrmn9APaRft5Kz/ML7FiI1ilZj5Rf0LMUHrGlKHhHMs/imC/ZlF1"
    "soyh2lx4zzXLpc2KZvJka4WepJUiEDLzmEo9Tc8bQ+FHvS/CRQNxQK4+NzLijV+Mq0YiN0BjDX067tYnts9qespa6ckiEBrk"
    "CZV6nCehz8tin6gj6opD9L2UJ6OHccW4bPTgRmgZpC3Qb2Eutf6k+bSZohUNNfbTVa4HDiZxbbqO1FDRgS+JuraplMPd+SDH"
    "8QIqZRvNxmok0CFeC8fb4kEfelnfYSvC/qvUt/YQqIANM95Gfjpq7kc8FIq4q5GDp7XIOWfGMs1O1VeBcVCsEO2hasomLj8r"
    "UOEYf8JpdC8l43kR8mtQEi/kVC5Cw95w0ftLl9xPU1/xgtYC/rW1dtQX8VmEF0iqwxqqDhSPWIcm/joyHWZ69qDpM1XHwSf1"
    "wVgLfx2HOChyjRQ+aYc/e7u6sit9+Yp+wL4a84+stHP8UVnQpT2J4iijt6Iyi96H6F6g4wakic9CpIsRiqCe5cdF94PqPjSA"
    "XNoBY50hTz4J3rZPuEnyjozVxvN0kL6CFy5l4GVIZwIncnN+RbUfTV9j0JkY9Wuse3CltZHZoge6OIK4J/0HvzGq0TFJJLem"
    "M1A6dGcgum1r8hM6Tj+IOTaqII0VJdNku1AVoaF30RLs20mKsAzegt123TCoPn0LIfic1ASxB1fwI1wAy3BRS1PtD9KjdJHm"
    "wvKsh0FVeoY38kYoxA9IqVZux8nYpVkQ/0Jezs/yPuRFyPHj+JL+CehrUWHPiIo2s/JGUk/6J2hdF/awPdfgn4SNImg3jaBx"
    "aqSn+Bn+Ox7S1FGnzHmD38bibOBbWK169BPgyz+hlmXJdJ6tzPkmsYC7cQuLk4dgwDur5zHQbw/hV37OW4szAnZutGq9id9A"
    "fzutGXblgTyHH+ALXMo/SyuqSZ7bbGoN61TeYWoRAFUy0Q6i6APHtCYC4Iaw5Qx5EBRIGv+b3ze+FLOEw4CqUaXH9WVEpVPl"
    "6mobAC0epzr8Ma82Qsy17gp5ljLT6C5s848vE/rX6EGDoUrkcL6AjDDw7j6I9XQ1k1WY2fO8lwOplW4DdT/wT/QgLaZiOi1O"
    "sNP43bIjO6gBv26hj2dAy1SoSNn+bxghwpRAYz2sicwLkPxIBn1yrRtgj1Sx9He37GqhGwIXNlY7n+h3iNmrWMDmXAv7biGM"
    "TiFyY2HfRwC0HFb78UW14C+q+hPV+Xi2OArzZUr6g2KoeFShOYLFHcbfYGKk7HZDiO5A9RzKLSHKyvzwIgjO0zBV8rMANKGG"
    "vhc8rmltHgutYTH3YrOMg2gDHRs3lABuoGM+6Hl9ku0VnmBcNM4bx5WR9Io+Il0hyR+Vre8OvpwAXyLAlzaV2XKXRFV7r58A"
    "mbWxmtFcS5H5LIgnXsvzVeocHcHOPacmU8CAsDSHnjW+Qmozvmp16A0agm8T5HXhVyXaxGcUMMEYelAsxc6IVjlfY2csgIao"
    "T3LHeSmP3lGYk6C++vNSHsyXIPuX+T5xU7ZUJYl8j2r7EEDhGZWzhFdijyo4ZsqbRj0x/8NV5EL8N8SnH5YiBckYym4+Sb8C"
    "Jc2H0srDpjmLVf0btmFXNcBl+hI8/s74FfXXAD68zRtUfjakYjBN0k4ai4wlKmcj5CeaJ6vn7+ksIM7b6tkHPX2Wbiu9/TKP"
    "BSZYZ9nxRbyY81Sd2ZjDqyDsOVtwFV8KuXRVLo8Za9ekZ2Rc9IUKbBDjR7R7BXZzpWpXqxzx+rUfdhL9Yqpo/hJ2NAeICxNT"
    "q/hLWWeDy6zpILToLY/O/fZ9Luz7UQooowhZEEfMqpv2IcixiSRovkbGHmMvNzbXIlW49O222CrzSDWbla4yY70vDAIsou+U"
    "XFR2/eVY2oe+bmYTWIfzIlmk0AXjUeM9cyyQqg/HujeUolfZP6qCybC9hmOg97C0H/ERgHMf5MoOQ9sPc+6l+PMmMOW7kPrf"
    "ocfD6AvginfpUx8Wnr6BGtZgj8Zh+Q/zZ7yeP0DuONpEHhjqaZQChGzajkLYrBr0iYRhSMXe6Wm5rqB1krE34IB9C6DtgHIH"
    "rqIZtTTs3eCDqOj1VcEYSokESHyxmDtgITdL9Sm9IzhW/+K+QAe5bL4ZmAUA9yQm5cbEm9FyqGkTb8TBnesLBXy/IjrfuAlD"
    "5DK2SgSHz3MimLaJEBEK6zDW+IrHcoyxk00cc0m8SEzfilTa7HsHbZ8DE9+SEF2VDoNOjad8xO21E9zX+IKHqvzhYHm0UhZr"
    "LGT8CYzgq6KJknbiwfiR2DCA02BEPuUvVZ3FcF2X0Fa4oc+pWm2MfA7mBOMUj1fl62C2X7aMyT4xHrRFin9SqarbDxQ3hXP5"
    "iEo9yZG8AHp2jqqbhp37CdYnDou8GXo5UDqXlSytFJ5iXmMkgN5qYqtoJrb49oO7f8DAzhFDoJBOoxaQrLHWf9phewNq7DS/"
    "ZnRCyfPwyHSagP47KxzeQJ1CVMEn5UkztnWWyJi7+mTfN6EmTZCwltfASC42pAF+Bf3fQWkAtFEGVhX7yJBINw7AZZx4Dpqt"
    "jRKEAtXyPjhMC3k4n+crPEicADeUrTIUz+EGVDPfpBkKugG2SFJ68BVbHeyv8MqiWmmXaR5gtP60F55CGI/gQKkqFVG3YN9/"
    "oDbcE2zKAyKYAu0jP+uxt4DhsZ86mUpWFIhhYrjIt1BQIu8Cs0wDGwS7VNM8w5kFnuzDXKopLEQV2WcyTCLCicZVHmhIRfgP"
    "ca9IM3zI6wAK+irr8zod1D6B+O7htHLGGC8YRcBmV+VzaW+LdnQL0KZLeaji26h8yIqUdw3Q2YeV0HL93cHjImODFS81Y/QF"
    "bur5ivaKfaWgJZSm77w8pkENIALbS0Z/s5XvTlmPglKwDkUWBvd3URGYla3FKqDNIpJOzEVkAGdBRL7mkYAOx6wXl43FGpoC"
    "W38a2mwNzNwAtSbFUA0EPdgJSFxyiny3YY8fV23miofECKEMlbECG2wiqeMPtmG9aysBlPvKtvLPvNLlqRgQikRVkkgtwoI7"
    "pI1AyWvmDH3wt7T25hkh+oKXKzaW+94qHennr1WnDl/RhiBdu6qSV49d4BXn879pK+jppm5J3Gu6I6YXKsVEvct+D4IYBzCx"
    "RrFgJk3RzpuIqjSBm3Ew+oTA2gbfZV59jQKpPThKvVsm8Z2wG13Ez5jHAp7tM6x5FWig1re59LiiGQhQvwf59jJKJSaEG6ZV"
    "98/uzmhrveHxBUxBTgP/5CzLUOFjH275u8FAGmeMG9wMYblEleA3KBEbRDW070BJIlSsV29jH4Ce70anjf/w6lKAAr2OmAX4"
    "vqP0LXP00iu8nXvR93r3Mj5jE9o+trCqf3hTHy7xfU7qXbhEJqKT1oWvKXrUNrIlAENtKj1gzWo3raE5ekfVq0Z9+Iq9MWS5"
    "hqlV/upIDhuDxxs/crJxzlD+oOgtXPj2lhIHX3AojEOyGnI/9vVm2qN9BBZsM+VZLBBpYohQCt6Yj/19QejqmQH5whW4JvP1"
    "vUZAbLZgtcZ1y/VKJU0cLA9QAZAKjEt4qoeSW3AAv+a60kVhyfFbALvj9YNwaluy8gaM0DK924BjTLfXUFIIR1ejvsZke3vw"
    "oD41rbSN//KAsr08ukBHTQBSR8lrP8zwgl+EaU/mD9luqDMv0V80Fy1Ef+lfQeelAU+bL/TfpzexGd7TPoIeWASD+hL8TvkJ"
    "hmN0QT3txP6PxE7v+l+4dt3PNQ0qgGxZSi7CytGatQctrukPsiaBjzzv1KJhIpQV57m8XMQa8pSqs7RhojWcRmhUDZLuu1TG"
    "s+bcmSdxLJ/1efVjsM5kObVEuUpgWgLvLwf/WlY2R35w9Be5OrYVx3AbGMZo/g5LGAajMp5OqyGPAhk+Dp6+wbvAoR8sWHIQ"
    "3soeigQ5v8KCvc5JKj8WEO5RbNK5gLUxYjW3t/yb/ajfFn0ogE97AX7ux1pF49uaEuBI5gNt7jOnA0vZi0+pK1fmSclh3g1k"
    "+Q2f4GJYxkfNSUDC9AsKk5S/7ciT/iX4gcmAN7AYUmvYXlJnyn57MxX24uMK+rGSodSeNW4Z/1YDKM2DiSymZfRCeY5xQupH"
    "0UgE6dOgF17nTB6iau6gN3WghtINxnXjFHqET23bUuGMyfzVzhu/Gx1EbaTDsUR1qDUKQvxKrnQWeHw/uLFdX+Q/s9OIAhP8"
    "+k5UUub+Tu3nDC/3gXd2Cd/znGR4jdeEA3LViiKh5f4u4ultqkftMGRHYEmHWvC2mNtLkLlZpV5r8OncDLP1aZBAXx3eDDc2"
    "ny7qoRYdINKWeRd9n2mcxtcQK41lMik0QcZG8aS0W8p6/aBBwxq1BOTdN8YXqfrCry0EfQVV6EtbiCVCgfEI/SqCAKx/1ZJ8"
    "8GW0JD1RmgrzNEzIY2j9b1Xxgv63UugWLU1aVB27yve2NsM8cJLerLRb3LG0o2qfawzVnrAfqeSBYedodUxnRDklQwPRWgr0"
    "7SCpLlS7KD6pp9mPlp17f2N4RK44yCftN1EvWNUJR98tq/QtNbmUyWvWGEMh5mT/w7x19Mdi1S5G0/QvMady/06vY1w2rnAP"
    "cb+oIwZqmnbNh050mJ5SpQYE/8IBthoAaxY9DKtla6IOg+Cr8DbVb3fbRi3Afrbcroophnzrckk6YbaNop5E9sY5bHgNavOK"
    "jWz3U0yFN0WiiqfoR1RlpwgV3S3xIM/g0daR5S7zXhqcyh28h/fxH0YpOHGMtkOdHrJuUEVjAzSWsgCpPQPQ9RVfhJfydziZ"
    "t3ktDeD58JiK+WtVNxHKojuw/L3WXbu3aR29QV7QbUPeBIXJ5eHpFvgQGyxf6R72GDOhuvaYV6w4B/3eRFB+D/DLWNSJ06qx"
    "waUYv4Q/gItr3oNLpXnwn4GrwRMN61mfoirpzXJ7X8kW2bBXoboG8jpo6FPqVd0f6DtUyoM6XyOMbaMh8OvfpO3qPO1lOMzr"
    "LZT1MLT9IS0K+uOkdUAq3xWcge8mkcOD9KLtBFZrFA9ULySlLjpj3KQS2qZm25P7w6y5/ZftKB52IA7rGf4nz6TsjJrEezDd"
    "91j6fDcUwl4K5zgsQAkWTp0xAT/EwyUNpi/4BnTvKKX8okWAqAFXSg7rBtr4DVNSC288bxSqVmNpDP+HV8DKvux/F3CiIh9F"
    "lReRotL5uXaRfXxTcou98POGcT/rUHQrOl5JzUmTvCXzqDRQHn/yC4qPGy3py1aH7CEwRC3ky13rZmQ1UVNEW4fLIAueO3bf"
    "HSfaPaK50Pc/VFkfwKrlVj/qzAa0fwQ+1qGIyg5pBVwiaa7DLol68PkV6/sviX2hh+T51wTAkmeoGV3ltcb7MJSb2CfmQDJe"
    "UsyMEmFgplOx7xPjS/5DnZ2aZ6IFfMn4Wi9S7zafUu/MnjR1EcZbDH6GVdAzFajBB/jSkByEZ02rVV+rgDT7KYk6he9eVoeL"
    "MPSkzyl9Sv5a9yCngcPm+9xr4Hs19fQRBOJtpRE16mncr2fbBoCGuKoeRmWvS1Q9Vf0MblUKX4YLVYPuox4w8KblxGqi/25w"
    "gh+yRG4jnC4P2dRRvY0+4zvWMV1nlu+pXuO31DkI0Ts0lEYY8mxmDS2Bht7HOy2r/Sx1lUjMcqJhrbH6TvM4Vb1FekTiB17F"
    "00u/4wiup5+lv5PSE8Zaw5SiPaAZTp5+2uJz5Vn6hXYa7Ota6JK19LLqPVj9PgAtZp7EVPPLKd/SR9EchdGIW3EnH2agPSTU"
    "wSAP4lm+f8gbxxh/IryuteCzvP/wiHrHVtGazFOImjjQjG0+qWe5/R3d1g2y/CF4ed4YKp5R7UIrII+yCxFPqUu9ZNwCG/cj"
    "3YaSqL111VeSMtvf5S15el2NPlTqMpFG22ZiAA9P43GmfpkN3pzCOFXfb37OAaCfFPaXr9Dug/9XIrLxdBmYYoI5y9ItAoMb"
    "w3yTVF/lc6WKszTr3u7kHy+gJuQuhirIecVjzaqCKLTDakYToNY3mFhdpe+wj25gKLk0NsCJpdBd5xEHYCmXwuVZbr5IZGG1"
    "3oENqwRQG2kt12Ce6ZN/FpIK8ZsKkEX8Mw/n79Tpv7nAcIQgPOZZQCzf6xtUoXU25/u2mjycJeULcwr/qznJWVy8i0jJWRj0"
    "kzULvbIQVhhLCtZ/p1SKonqf5oGtC4Keq15B2ivdeoB9AxoyDG7MUayEhQzg6st0Ux0lreDV3ETlTgEpP2hNgKRPqGm2grmw"
    "m+bC+Nb4lQ7QFuvApB/3suwVbK0x1KbZBgHnVrS15bahypsZZWt7YinW80ToszvqCo2fObfoGpY2QC2wtLavU7Gytt15g2Vr"
    "x8NGfKg1NX4FVjdfPcLc8fecY0BSbZeB+OU1oF8wJ0ggfWRZ2+vCfHkbDxs/iHuW0d7XGKp/gXWs5z9rp7uiBNPf6qu8oa0w"
    "4QPV7SGdfmH1CkS+rSQbvNctHCmNnrZCvXBbz93UMIdA0kStEYxFc0uRtYGyDlFqLO9OfQzwvnx9wl0scxcC9bhPEf5suUFT"
    "+0jbA1rrV5CzsnN0M2FenyhV+0Sz9kkMdQO98ZA0CTLf58+xK1Zb1/DjKROi3EYxrA9/r949PQi/TvbyK4eZN5IgwZm+n025"
    "78RXtBugocVdX8bdNY+0G+ijNz/EWfI9MBWh177wENOso/kDvJPTeREfUCRtppeoECArjO+Dod0LGFnCu1TJvdQThmcpfKyO"
    "Ip5H833WpabnKRp6Yr9KxZMbcDMBG6EtsE8BjOY68NLUBtP5IjRmT8sv/oCPwTv9BcD1MG9X9y+oIf+ivWPv4t9Ff3oxTWIn"
    "z2PzQBceJAgdoV7qyxeNcdb1nCRqqs6sV0lUTwtokfa4ZZ0lptRM38T3KRdZeLUW9sFZ6dtInAVLUL+SPhEVdaMCyuBMpqmd"
    "ykBUmPxTBKz5p4DJaxFGmn/k4nvZMN/NbwURyVDcJYAia5WJ7Y36T7MpWcfpiGbptEB5WQI0lPu9SotNMb43iqkUGqomdG0Q"
    "dQYNt60/pCHfqxi3C8XSp5r1hxpCbgn7bfVXNlT1fE8lbJeN8zyCr8Pt/YwzjfPGdfLBLagJZfoqTP1GOAIN8V1tGhJtFeSx"
    "iJ2+KeaIpYcgPTM0gB7fU3yEZ9BTWrFJP/x2fROqVLVrr3E7bsPBwmMcBuH7sBp3jMNC3qBZCJeVtLbyrNLYIEahyz98n6q+"
    "akEvvI++wsq3F1U4rZRYEVhmnzLD0fC7ksGWpsZKTGQFJKAT2nWhhRhnJYR7tCHPZ2vSxxIh4hNDGTTeJq8B2IEYHDSSfpL3"
    "r+4sBZ1Z5t0U7TeMXclPlrlilTx918aj5VRhXlv7SHtDuQAEUzVC+spo3xi+7DrYX1flt4d/NlJWzs/YfNMtnGZq2Yllf3Wz"
    "mB6TOh8bZqu1DaVi26LeMI2x6vTGVuuo/GO5J54VqVAi06B+DkKzT6NpSD9nnsOYB03ybY9xHP7TTJg0+WJ8Fr+K9Go26yif"
    "XVQzumofluMKIXkhbxB0DVwJ33uy6Xtjnq9b8/y/mCj43gE2xWNRPUZiWMzqRWtWu/kddd9xC2a82KozSiHR562348R5vBD7"
    "tb7l800QraEBCtWL/7q0iLKQHk855X+XxA/zFKNEXey5wwnAykt4BdJ5PKrM10vRbPpuGPmwytanHIxrJ3k/P4WwFKrwIPzT"
    "j9VNqwU0jGYACKTDp5oOiyivJa7XJO5uia2jLjnxCT4O3aQOX6Ds/sXqdIxGcDR/wafl3TQ9USzzn3OVX7gtsO4MdqK3+EOl"
    "V+Wlq0R1m2kX4D/xNs6UtyaNO+Yc/P1Uq2j6xTJUPM4f81Dwk+R9FBFse48X8P28WV2tWG0dVmu0QE/Uqys6wiqvYPmjpjAC"
    "4G5HegUK+33zkoTPvArZBuv6mpU7zSJ1Du38E6l3n0D5+NWss3L/DMqe9OpqLkd4uPq7wWWyljHfynuQZvjzbAcwv97qEmjZ"
    "/OBmPwlTtqXSnAWNEHP1Dfphpasq3uCQb9mq8RC45uYp5nV6CxJ5EzpsQZnn9Bi+6hYGp6u+uoj9+gfa4jIMDhihw3sFTpd6"
    "obNllvcHJlSoIy1HQtU6pEW80LOR54WRIfE3yGH+/eLHfXLUVbozs2Pj4KF0DUywX5P3L8G3skPpwB7w5HoFJpZG334seOqf"
    "/pr0YcC5o0KeKK6nf+gFNFcvJYetFkXYT1BL+2uUIc4AHs2jLAQNZUEIfbRQKtDyqC/8+2f0aap+X4SZCD0R4hAaIXRFSEYY"
    "iNBdlmmd6VWEV2QfCKkq3k69A9vSJNsptJtLE2zdqYc9mGbpP9IYfTM9bI+gFHsNkmcJT2mvUx1bFuXA5xsZYNByu4fm2nOo"
    "jy2JJtvngoYCmoh1a6nfpLr2rjTVtptqBCaSZsuhEFssRerHqZ32IuWC5ijE4Rg/Ri8FshhH3fXr1NnWH+NmUDzivrYAStUW"
    "UJT+CebUnx4Xf9A8LZjP6ydptnwOKKDZsj6wvUfFaKOhTG9PnbSPqCHSuaAl0H6Tb2MeNdBPLb01eHCAGutHRTXEGBs6RvIS"
    "QV8JWZehlEYgdJESYH26WCFXySmJDKwWJFxfD6P7FQJcSTtAL1ZLgfOA/girELCLAk6TOiYLRN3AC0RBcFSrwX5U+xwYGf1V"
    "hxdYfSFRDYSaaFcT5TXPAfrUM//mvhbGCYGDEwq8XhtxbZTVAVqvg37rAmfWhUatB2GsB01WD/a6HsrDUC8MNIbhuT76r/8B"
    "UQPQ3wAWNhx1IjB+BMCOvJbeMBUBtEQ2QkCbSORHyvR1okbopxHqNgJNjbBvG6OfJqDHASzhgKZ1wqY6Mf8o5DcFrmuKvpti"
    "TBfaucCPZs0Q0C66HcIVmHb03RzjNAcdLYAUWyCORbtY8Kkldn5L9N0SKjUO48WBz60wz1bQy63RvjV41foa1Bnsahv02eYL"
    "+f8RqN30sBgMPT4CrNcoFNodVOn36WmwO/L/DjBtk0En7/Z3wD3TRSK2fFdKFz2sOEm4gc0coidiB+LuANTdkN8FMcrpNfxe"
    "R9BEB0oQ7VHSHi3bIm6HtIxbiVhitIxFfkukWyC/OeLmVjoG6WjE0VbaJZqq+k2tdBzKEdNAEYgZtFW/W4XNPVB87hP7fCLU"
    "J6beEe47Yv6N5Tc23dB/vdbZ0fbaxmvayKui7dWRV6de3Xj126v2ixecjh8uJDi+P9fc8d25BMe3CWfSzybo6XSm3RntjNDT"
    "2/asLpqg71D8OhHcCDrvF03cLSIaeU7rAF/fiK9t8Y4v/tXIcfxfMY6sY8uP7T+my8iLh3PH7CW8/91jEY09iLcfC67pCSkR"
    "9d0hYt97MQ73ntieHveeps09JSLKHbMzwUElYmqJKCkOdlCxoGJnsbs4qzi32C6j5cWfF18rtpcIp7tmKqruyNqhbdrx+Q4N"
    "Pbtr7aheyxOybeQ2rUiPd0iyIygRYQCCTsvwK0B8hLtFTKzHsbXt1sStG7faQrYK99Za9T30Tu4789/Rz71z7R3t7bc6O94a"
    "GOPYJSJFw23xkqKGO0XImyLkDbFXNBB14SI5RJj78YHxjg3rmjteQliPMH+dWOtp4di4ZusabbWnsyNklWOVtnJ5jOO5FTGO"
    "kGWOZVOXzVu2bJn92SUxjgFLRcgS4V5SPcQTssixSHvm6RDHyKfFPU94ntBmYuwZCPkIeQixuSIyV+i54nqu+DL3Yq6Wkysy"
    "c0UJX3PPzQU7p05JdUzxdHA0FOHpER3D0wM76ukBWJdstM0a2cExEvFDw1IdIzzNHcOHPeIY5mnvqNuhTrodq2vroKdP1UUI"
    "zPcAfao+T7ePHCLcQ1q08riHNGmKn7rhnomDZw9ePFgfNKCRYyBCxIDYAVrmgPEDtBJRx93aE+3o44lwpHqiHL0x6T88YIJo"
    "lBqZXr9DWHptEZIe2iEkXROQWGJHiai9LbIaolB3a8SOkMSQkSHzQmwhIW1DBoRMDVkW8m0IhwQmIu9qiA4zOIDE/PrCLkrE"
    "8qK0IXFx/UoCeXA/b+DA4V6x0Bs9RP66Bw3zBiz0Uvqw4RlFQjyb+fTSpZTUuJ+3w5AMb1bjzH7eMXhwy4f5eAhtXFSfkjLz"
    "8vPyZ8RZH5GXLyOSUR4e8vJkkZBZZVVUdl5efn4+mU3y4vIoTv6iQOCX8lRF1JGVZV/WPyF/SQ6nhhGqZl6+rKQaz5C/KiVz"
    "ZUfqgxHyyoZXPZtR+P8Bq14T5A==")

if __name__ == "__main__":
    main()
