#!/usr/bin/python3
"""Re-make docs/smart-cities-mission-review-handout.pdf from tools/smart-cities-mission-review-handout.txt.

The output imitates what PowerPoint for Microsoft 365 (Windows) writes when a deck is saved as PDF
with "Publish what: Handouts, 3 slides per page" on A4 portrait: PDF 1.7 with the "%µµµµ" binary
comment and CRLF after every keyword, a tagged structure (StructTreeRoot, ParentTree, MarkInfo,
/Lang en-IN), Office's compact dictionaries ("<</Type/Page/Parent 2 0 R/Resources<<...>>"),
TrueType fonts named Calibri, Calibri-Bold, Calibri-Light and ArialMT (bullet glyphs) with
WinAnsiEncoding and a Widths array object of their own, Flate-compressed content streams, an Info
dictionary whose Creator and Producer are UTF-16BE, an XMP packet and a classic xref table.
Each page carries the handout master: the header "Smart Cities Mission – Review" (top left), the
date "22-07-2025" (bottom left) and the page number (bottom right), drawn as pagination artifacts;
three slide frames down the left, each slide drawn as vectors and text scaled to 25 % (title in
Calibri Light on a dark blue band, bullets in Calibri with Arial "•" and "–" glyphs, tables as filled
rectangles with cell text, a small "UDHD-MP" tag and slide number at the foot of each slide);
eight grey ruled note lines to the right of each slide. Text is written line by line with TJ arrays
carrying small kerning adjustments, as Office does; long bullets wrap inside the slide's text box,
and a slide whose bullets overflow is shrunk the way "Shrink text on overflow" does.
The fonts are referenced but not embedded (no FontFile2), so a viewer substitutes its own.
Usage: make_handout.py [output path]
"""
import hashlib
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "smart-cities-mission-review-handout.txt")
OUT = os.path.join(HERE, "..", "docs", "smart-cities-mission-review-handout.pdf")

PAGE_W, PAGE_H = 595.32, 841.92
SLIDE_W, SLIDE_H = 960.0, 540.0
SCALE = 0.25
SLOT_X = 61.2
SLOT_TOPS = [771.48, 529.56, 287.64]
LINES_X0, LINES_X1 = 331.2, 540.0

# Calibri advance widths (1/1000 em), WinAnsi codes 32..150.
CAL = {" ": 226, "!": 326, '"': 401, "#": 498, "$": 507, "%": 715, "&": 682, "'": 221, "(": 303,
       ")": 303, "*": 498, "+": 498, ",": 250, "-": 306, ".": 252, "/": 386, ":": 268, ";": 268,
       "<": 498, "=": 498, ">": 498, "?": 463, "@": 894, "A": 579, "B": 544, "C": 533, "D": 615,
       "E": 488, "F": 459, "G": 631, "H": 623, "I": 252, "J": 319, "K": 520, "L": 420, "M": 855,
       "N": 646, "O": 662, "P": 517, "Q": 673, "R": 543, "S": 459, "T": 487, "U": 642, "V": 567,
       "W": 890, "X": 519, "Y": 487, "Z": 468, "[": 307, "\\": 386, "]": 307, "^": 498, "_": 498,
       "`": 291, "a": 479, "b": 525, "c": 423, "d": 525, "e": 498, "f": 305, "g": 471, "h": 525,
       "i": 230, "j": 239, "k": 455, "l": 230, "m": 799, "n": 525, "o": 527, "p": 525, "q": 525,
       "r": 349, "s": 391, "t": 335, "u": 525, "v": 452, "w": 715, "x": 433, "y": 453, "z": 395,
       "{": 314, "|": 460, "}": 314, "~": 498, "\u2018": 250, "\u2019": 250, "\u201c": 418,
       "\u201d": 418, "\u2022": 498, "\u2013": 498, "\u2014": 905}
for _d in "0123456789":
    CAL[_d] = 507
FONTS = {"F1": ("Calibri", 1.0), "F2": ("Calibri-Bold", 1.035), "F3": ("Calibri-Light", 0.985),
         "F4": ("ArialMT", None)}
ARIAL = {"\u2022": 350, "\u2013": 556, " ": 278}
KERN_PAIRS = {"Te": 18, "To": 18, "Ta": 18, "Va": 11, "Yo": 14, "We": 9, "r,": 12, "r.": 12,
              "y.": 9, "f ": -4, "LT": 40, "P.": 16, "ov": 4, "rt": 3}

DARK_BLUE = "0.122 0.306 0.475"
ACCENT = "0.929 0.490 0.192"
BODY_GREY = "0.251 0.251 0.251"


def width(text, font, size):
    name, factor = FONTS[font]
    if factor is None:
        return sum(ARIAL.get(c, 556) for c in text) * size / 1000.0
    return sum(CAL.get(c, 500) for c in text) * factor * size / 1000.0


def num(v):
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def pdf_str(text):
    raw = text.encode("cp1252")
    out = bytearray()
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return "(" + out.decode("latin-1") + ")"


def tj(text):
    """Office-style TJ array: split at kerning pairs with small adjustments."""
    parts, start = [], 0
    for i in range(len(text) - 1):
        k = KERN_PAIRS.get(text[i:i + 2])
        if k:
            parts.append(pdf_str(text[start:i + 1]))
            parts.append(str(k))
            start = i + 1
    parts.append(pdf_str(text[start:]))
    return "[" + "".join(parts) + "]TJ"


def wrap(text, font, size, maxw):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if width(trial, font, size) <= maxw or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def parse():
    meta, slides = {}, []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.startswith("=== "):
            slides.append({"kind": line[4:].strip(), "title": None, "items": []})
        elif not line.strip():
            continue
        elif slides[-1]["kind"] in ("title", "end") and slides[-1]["title"] is None:
            slides[-1]["title"] = line
        elif line.startswith("# "):
            slides[-1]["title"] = line[2:]
        elif line.startswith("sub: "):
            slides[-1]["items"].append(("sub", line[5:]))
        elif line.startswith("-- "):
            slides[-1]["items"].append(("b2", line[3:]))
        elif line.startswith("- "):
            slides[-1]["items"].append(("b1", line[2:]))
        elif line.startswith("table: "):
            slides[-1]["items"].append(("row", [c.strip() for c in line[7:].split("|")]))
        elif line.startswith("note: "):
            slides[-1]["items"].append(("note", line[6:]))
        else:
            raise SystemExit("unparsed line: %r" % line)
    return meta, slides


class Stream:
    def __init__(self):
        self.ops = []
        self.mcid = 0
        self.tags = []

    def add(self, s):
        self.ops.append(s)

    def text(self, x, y, size, font, text, color, tag="P"):
        self.add("/%s <</MCID %d>> BDC " % (tag, self.mcid))
        self.tags.append(tag)
        self.mcid += 1
        self.add("BT")
        self.add("/%s %s Tf" % (font, num(size)))
        self.add("1 0 0 1 %s %s Tm" % (num(x), num(y)))
        self.add("%s rg" % color)
        self.add(tj(text))
        self.add("ET")
        self.add("EMC ")

    def glyph(self, x, y, size, text, color):
        self.add("/Artifact BMC ")
        self.add("BT")
        self.add("/F4 %s Tf" % num(size))
        self.add("1 0 0 1 %s %s Tm" % (num(x), num(y)))
        self.add("%s rg" % color)
        self.add(pdf_str(text) + "Tj")
        self.add("ET")
        self.add("EMC ")

    def rect(self, x, y, w, h, color):
        self.add("%s rg" % color)
        self.add("%s %s %s %s re" % (num(x), num(y), num(w), num(h)))
        self.add("f*")


def draw_body(st, slide, n):
    items = slide["items"]
    rows = [it[1] for it in items if it[0] == "row"]
    top = 418.0
    if rows:
        ncol = len(rows[0])
        total = 880.0
        if ncol == 2:
            colw = [200.0, 680.0]
        else:
            colw = [150.0, 190.0, 150.0, 390.0]
        x0, size = 40.0, 20.0
        y = top
        st.add("/Artifact BMC ")
        st.add("q")
        # row backgrounds first, like PowerPoint's table rendering
        heights = []
        for ri, row in enumerate(rows):
            nl = max(len(wrap(c, "F2" if ri == 0 else "F1", size, colw[ci] - 14)) for ci, c in enumerate(row))
            heights.append(nl * size * 1.2 + 14)
        yy = y
        for ri, h in enumerate(heights):
            fill = "0.267 0.447 0.769" if ri == 0 else ("0.812 0.835 0.918" if ri % 2 else "0.914 0.922 0.961")
            st.rect(x0, yy - h, total, h, fill)
            yy -= h
        st.add("1 1 1 RG")
        st.add("1.5 w")
        yy = y
        for h in heights[:-1]:
            yy -= h
            st.add("%s %s m %s %s l S" % (num(x0), num(yy), num(x0 + total), num(yy)))
        st.add("Q")
        st.add("EMC ")
        yy = y
        for ri, row in enumerate(rows):
            h = heights[ri]
            cx = x0
            for ci, cell in enumerate(row):
                font = "F2" if ri == 0 else "F1"
                color = "1 1 1" if ri == 0 else "0 0 0"
                ly = yy - 7 - size * 0.95
                for ln in wrap(cell, font, size, colw[ci] - 14):
                    st.text(cx + 7, ly, size, font, ln, color)
                    ly -= size * 1.2
                cx += colw[ci]
            yy -= h
        y = yy - 30
        for kind, text in items:
            if kind == "note":
                st.text(40, y, 16, "F1", text, BODY_GREY)
                y -= 20
        return
    # bullets: shrink on overflow
    size = 24.0
    while True:
        lines = []
        for kind, text in items:
            if kind == "b1":
                for i, ln in enumerate(wrap(text, "F1", size, 960 - 66 - 40)):
                    lines.append(("b1", ln, i == 0))
            elif kind == "b2":
                for i, ln in enumerate(wrap(text, "F1", size - 2, 960 - 104 - 40)):
                    lines.append(("b2", ln, i == 0))
        need = sum(size * 1.15 + (size * 0.45 if first else 0) for _, _, first in lines)
        if need <= top - 48 or size <= 14:
            break
        size -= 1.0
    y = top
    for kind, ln, first in lines:
        if first:
            y -= size * 0.45
        y -= size * 1.15
        if kind == "b1":
            if first:
                st.glyph(40, y, size, "\u2022", DARK_BLUE)
            st.text(66, y, size, "F1", ln, BODY_GREY)
        else:
            if first:
                st.glyph(80, y, size - 2, "\u2013", DARK_BLUE)
            st.text(104, y, size - 2, "F1", ln, BODY_GREY)


def draw_slide(st, slide, n, bottom):
    st.add("q")
    st.add("%s 0 0 %s %s %s cm" % (num(SCALE), num(SCALE), num(SLOT_X), num(bottom)))
    st.add("0 0 %s %s re" % (num(SLIDE_W), num(SLIDE_H)))
    st.add("W n")
    st.add("/Artifact BMC ")
    st.rect(0, 0, SLIDE_W, SLIDE_H, "1 1 1")
    if slide["kind"] in ("title", "end"):
        st.rect(0, 0, SLIDE_W, SLIDE_H, DARK_BLUE)
        st.rect(0, 250, SLIDE_W, 5, ACCENT)
    else:
        st.rect(0, 450, SLIDE_W, 90, DARK_BLUE)
        st.rect(0, 445, SLIDE_W, 5, ACCENT)
    st.add("EMC ")
    if slide["kind"] in ("title", "end"):
        tsize = 44 if slide["kind"] == "title" else 54
        tw = width(slide["title"], "F3", tsize)
        st.text((SLIDE_W - tw) / 2, 300, tsize, "F3", slide["title"], "1 1 1", "H1")
        y = 215
        for i, (_, sub) in enumerate(slide["items"]):
            ssize = 22 if i == 0 else 18
            for ln in wrap(sub, "F1", ssize, 800):
                sw = width(ln, "F1", ssize)
                st.text((SLIDE_W - sw) / 2, y, ssize, "F1", ln, "1 1 1")
                y -= ssize * 1.25
            y -= 10
    else:
        tsize = 34.0
        while width(slide["title"], "F3", tsize) > 880:
            tsize -= 1
        st.text(40, 482, tsize, "F3", slide["title"], "1 1 1", "H1")
        draw_body(st, slide, n)
        st.text(40, 14, 12, "F1", "UDHD-MP", "0.5 0.5 0.5")
        st.text(900, 14, 12, "F1", str(n), "0.5 0.5 0.5")
    st.add("Q")
    st.add("/Artifact BMC ")
    st.add("0.5 0.5 0.5 RG")
    st.add("0.72 w")
    st.add("%s %s %s %s re" % (num(SLOT_X), num(bottom), num(SLIDE_W * SCALE), num(SLIDE_H * SCALE)))
    st.add("S")
    gap = SLIDE_H * SCALE / 8.0
    st.add("0.651 0.651 0.651 RG")
    st.add("0.5 w")
    for k in range(8):
        yy = bottom + SLIDE_H * SCALE - gap * (k + 1) + gap * 0.35
        st.add("%s %s m" % (num(LINES_X0), num(yy)))
        st.add("%s %s l" % (num(LINES_X1), num(yy)))
        st.add("S")
    st.add("EMC ")


def page_stream(meta, slides, first_no, page_no):
    st = Stream()
    st.add("/Artifact <</Type/Pagination/Subtype/Header>> BDC ")
    st.add("BT")
    st.add("/F1 12 Tf")
    st.add("1 0 0 1 54 %s Tm" % num(PAGE_H - 38.64))
    st.add("0 g")
    st.add(tj(meta["header"]))
    st.add("ET")
    st.add("EMC ")
    for i, slide in enumerate(slides):
        bottom = SLOT_TOPS[i] - SLIDE_H * SCALE
        draw_slide(st, slide, first_no + i, bottom)
    st.add("/Artifact <</Type/Pagination/Subtype/Footer>> BDC ")
    st.add("BT")
    st.add("/F1 12 Tf")
    st.add("1 0 0 1 54 28.08 Tm")
    st.add("0 g")
    st.add(tj(meta["footer"]))
    st.add("ET")
    pn = str(page_no)
    st.add("BT")
    st.add("/F1 12 Tf")
    st.add("1 0 0 1 %s 28.08 Tm" % num(541.32 - width(pn, "F1", 12)))
    st.add(tj(pn))
    st.add("ET")
    st.add("EMC ")
    return st


def utf16(s):
    raw = b"\xfe\xff" + s.encode("utf-16-be")
    out = bytearray()
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return "(" + out.decode("latin-1") + ")"


def build():
    meta, slides = parse()
    pages = [slides[i:i + 3] for i in range(0, len(slides), 3)]
    npages = len(pages)
    objs = {}
    # numbering: 1 catalog, 2 pages, then per page (page, content), fonts, struct, info, xmp
    nums = iter(range(3, 10000))
    page_ids = []
    content_ids = []
    for _ in pages:
        page_ids.append(next(nums))
        content_ids.append(next(nums))
    font_ids, desc_ids, width_ids = {}, {}, {}
    for f in FONTS:
        font_ids[f] = next(nums)
        desc_ids[f] = next(nums)
        width_ids[f] = next(nums)
    gs_id = next(nums)
    struct_root = next(nums)
    doc_elem = next(nums)
    parent_tree = next(nums)
    streams = []
    n = 1
    for pi, pg in enumerate(pages):
        st = page_stream(meta, pg, n, pi + 1)
        n += len(pg)
        streams.append(st)
    elem_ids = []  # per page: list of element ids, in MCID order
    for st in streams:
        ids = []
        for _ in st.tags:
            ids.append(next(nums))
        elem_ids.append(ids)
    info_id = next(nums)
    xmp_id = next(nums)
    vp_id = next(nums)

    all_kids = []
    for pi, st in enumerate(streams):
        for mi, tag in enumerate(st.tags):
            eid = elem_ids[pi][mi]
            objs[eid] = "<</Type/StructElem/S/%s/P %d 0 R/Pg %d 0 R/K %d>>" % (tag, doc_elem, page_ids[pi], mi)
            all_kids.append(eid)
    objs[1] = ("<</Type/Catalog/Pages 2 0 R/Lang(en-IN) /StructTreeRoot %d 0 R/MarkInfo<</Marked true>>"
               "/Metadata %d 0 R/ViewerPreferences %d 0 R>>" % (struct_root, xmp_id, vp_id))
    objs[2] = "<</Type/Pages/Count %d/Kids[ %s] >>" % (npages, " ".join("%d 0 R" % p for p in page_ids))
    font_res = "".join("/%s %d 0 R" % (f, font_ids[f]) for f in FONTS)
    for pi in range(npages):
        objs[page_ids[pi]] = ("<</Type/Page/Parent 2 0 R/Resources<</Font<<%s>>/ExtGState<</GS%d %d 0 R>>"
                              "/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>/MediaBox[ 0 0 %s %s] /Contents %d 0 R"
                              "/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S/StructParents %d>>"
                              % (font_res, gs_id, gs_id, num(PAGE_W), num(PAGE_H), content_ids[pi], pi))
    for f, (name, factor) in FONTS.items():
        if factor is None:
            objs[font_ids[f]] = ("<</Type/Font/Subtype/TrueType/Name/%s/BaseFont/%s/Encoding/WinAnsiEncoding"
                                 "/FontDescriptor %d 0 R/FirstChar 32/LastChar 150/Widths %d 0 R>>"
                                 % (f, name, desc_ids[f], width_ids[f]))
            ws = []
            for code in range(32, 151):
                ch = bytes([code]).decode("cp1252", errors="replace")
                ws.append(str(ARIAL[ch]) if ch in ARIAL else "0")
            objs[width_ids[f]] = "[ " + " ".join(ws) + "] "
            objs[desc_ids[f]] = ("<</Type/FontDescriptor/FontName/%s/Flags 32/ItalicAngle 0/Ascent 905/Descent -210"
                                 "/CapHeight 728/AvgWidth 441/MaxWidth 2665/FontWeight 400/XHeight 250/Leading 33"
                                 "/StemV 44/FontBBox[ -665 -210 2000 728] >>" % name)
            continue
        objs[font_ids[f]] = ("<</Type/Font/Subtype/TrueType/Name/%s/BaseFont/%s/Encoding/WinAnsiEncoding"
                             "/FontDescriptor %d 0 R/FirstChar 32/LastChar 150/Widths %d 0 R>>"
                             % (f, name, desc_ids[f], width_ids[f]))
        ws = []
        for code in range(32, 151):
            ch = bytes([code]).decode("cp1252", errors="replace")
            ws.append(str(round(CAL[ch] * factor)) if ch in CAL else "0")
        objs[width_ids[f]] = "[ " + " ".join(ws) + "] "
        weight = 700 if f == "F2" else (300 if f == "F3" else 400)
        objs[desc_ids[f]] = ("<</Type/FontDescriptor/FontName/%s/Flags 32/ItalicAngle 0/Ascent 750/Descent -250"
                             "/CapHeight 750/AvgWidth 521/MaxWidth 1743/FontWeight %d/XHeight 250/StemV 52"
                             "/FontBBox[ -503 -250 1240 750] >>" % (name, weight))
    objs[gs_id] = "<</Type/ExtGState/BM/Normal/ca 1>>"
    objs[struct_root] = "<</Type/StructTreeRoot/RoleMap<</Footnote/Note/Endnote/Note/Textbox/Sect/Header/Sect/Footer/Sect/InlineShape/Sect/Annotation/Sect/Artifact/Sect/Workbook/Document/Worksheet/Part/Macrosheet/Part/Chartsheet/Part/Dialogsheet/Part/Slide/Part/Chart/Sect/Diagram/Figure/Title/H1>>/ParentTree %d 0 R/K[ %d 0 R] /ParentTreeNextKey %d>>" % (parent_tree, doc_elem, npages)
    objs[doc_elem] = "<</Type/StructElem/S/Document/P %d 0 R/K[ %s] >>" % (struct_root, " ".join("%d 0 R" % k for k in all_kids))
    nums_arr = " ".join("%d[ %s] " % (pi, " ".join("%d 0 R" % e for e in elem_ids[pi])) for pi in range(npages))
    objs[parent_tree] = "<</Nums[ %s] >>" % nums_arr
    objs[vp_id] = "<</DisplayDocTitle true>>"
    producer = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
    objs[info_id] = ("<</Title%s /Author(%s) /Creator%s /CreationDate(%s) /ModDate(%s) /Producer%s >>"
                     % (utf16(meta["title"]), meta["author"], utf16(producer), meta["created"], meta["created"],
                        utf16(producer)))
    iso = "2025-07-22T10:39:14+05:30"
    xmp = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" '
           'x:xmptk="3.1-701">\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
           '<rdf:Description rdf:about=""  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
           '<pdf:Producer>%s</pdf:Producer></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>'
           '<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
           '<xmp:CreatorTool>%s</xmp:CreatorTool><xmp:CreateDate>%s</xmp:CreateDate>'
           '<xmp:ModifyDate>%s</xmp:ModifyDate></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n'
           '<xmpMM:DocumentID>uuid:6F1C2B7A-4E0D-4C39-9B8E-2A51D0E3C7F4</xmpMM:DocumentID>'
           '<xmpMM:InstanceID>uuid:6F1C2B7A-4E0D-4C39-9B8E-2A51D0E3C7F4</xmpMM:InstanceID></rdf:Description>\n'
           '\n</rdf:RDF></x:xmpmeta>\n' % (producer, meta["title"], meta["author"], producer, iso, iso))
    xmp += (" " * 99 + "\n") * 20 + '<?xpacket end="w"?>'
    xmp_bytes = xmp.encode("utf-8")

    out = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offsets = {}
    max_id = max(list(objs) + content_ids + [xmp_id])

    def emit(oid, body_bytes):
        offsets[oid] = len(out)
        out.extend(b"%d 0 obj\r\n" % oid)
        out.extend(body_bytes)
        out.extend(b"\r\nendobj\r\n")

    content_data = {}
    for pi, st in enumerate(streams):
        raw = ("\n".join(st.ops) + "\n").encode("latin-1")
        comp = zlib.compress(raw, 6)
        content_data[content_ids[pi]] = comp
    for oid in range(1, max_id + 1):
        if oid in content_data:
            comp = content_data[oid]
            emit(oid, b"<</Filter/FlateDecode/Length %d>>\r\nstream\r\n" % len(comp) + comp + b"\r\nendstream")
        elif oid == xmp_id:
            emit(oid, b"<</Type/Metadata/Subtype/XML/Length %d>>\r\nstream\r\n" % len(xmp_bytes)
                 + xmp_bytes + b"\r\nendstream")
        else:
            emit(oid, objs[oid].encode("latin-1"))
    xref_at = len(out)
    out.extend(b"xref\r\n0 %d\r\n" % (max_id + 1))
    out.extend(b"0000000000 65535 f\r\n")
    for oid in range(1, max_id + 1):
        out.extend(b"%010d 00000 n\r\n" % offsets[oid])
    docid = hashlib.md5(b"smart-cities-mission-review-22-07-2025").hexdigest().upper()
    out.extend(b"trailer\r\n<</Size %d/Root 1 0 R/Info %d 0 R/ID[<%s><%s>] >>\r\n"
               % (max_id + 1, info_id, docid.encode(), docid.encode()))
    out.extend(b"startxref\r\n%d\r\n%%%%EOF" % xref_at)
    return bytes(out)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "wb") as f:
        f.write(build())


if __name__ == "__main__":
    main()
