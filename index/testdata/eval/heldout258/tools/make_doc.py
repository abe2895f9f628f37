#!/usr/bin/python3
"""Make docs/gs2-handout-17-river-water-disputes.doc from tools/gs2-handout-17-river-water-disputes.txt.

The output is a Word 97-2003 binary document as Word 2010 writes one when a handout is saved with
"Save As > Word 97-2003 Document" (base nFib 0x00C1, nFibNew 0x0112, the 2007 FIB with 183 fc/lcb
pairs), written with the standard library only:

- a Compound File (CFB v3, 512-byte sectors, a mini stream of 64-byte sectors for streams under
  4,096 bytes, one FAT sector, a directory whose entries hang in a balanced binary tree ordered as
  CFB orders names, under a Root Entry with Word's CLSID) holding WordDocument, 1Table, \\x01CompObj, \\x05SummaryInformation and
  \\x05DocumentSummaryInformation;
- WordDocument: the FIB (FibBase with cQuickSaves 0xF, FibRgW97, FibRgLw97 with ccpText, ccpFtn
  and ccpHdd, FibRgFcLcb2007, FibRgCswNew with nFibNew 0x0112 and theme languages), the text from
  0x800 as ONE UNCOMPRESSED (UTF-16LE) piece, because the handout has a Devanagari line and so
  cannot be stored as cp1252; the SEPX (A4, 0.75-inch side margins); CHPX and PAPX pages;
- 1Table: the stylesheet (Normal in Calibri 11, Heading 1-2 in Cambria, Title, Subtitle, Header,
  Footer, Footnote Text, Footnote Reference, Page Number, Hyperlink, List Paragraph, Table Grid),
  the footnote PLCs (PlcffndRef with FRDs, PlcffndTxt), PlcfSed, PlcfHdd (footnote separator
  stories and the section's header and footer), the bin tables, the font table (Times New Roman,
  Symbol, Arial, Calibri, Mangal, Cambria, Courier New, Wingdings), the field PLCs (a HYPERLINK in
  the main text; PAGE and NUMPAGES in the footer), the _GoBack bookmark Word 2010 leaves at the
  last edit, the Dop, the Clx, the list tables (PlfLst with LVLs, PlfLfo): an outline list for
  the headings (so "1." ... "11." and "6.1" are list numbers, not text), a bullet list and a
  decimal list, and the undefined PlcfTch cache;
- tables stored as Word stores them (cell marks 0x07, a TTP row mark with the row's TAP sprms,
  the header row shaded grey), footnotes as 0x02 reference characters.

Run from anywhere: /usr/bin/python3 tools/make_doc.py  (byte-for-byte stable; an optional
argument writes the file elsewhere, as tools/check.py does)
"""
import datetime
import os
import re
import struct
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gs2-handout-17-river-water-disputes.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, "..", "docs", "gs2-handout-17-river-water-disputes.doc")

FC_MIN = 0x800
PAGE_W, PAGE_H, MARGIN = 11906, 16838, 1080
TEXT_WIDTH = PAGE_W - 2 * MARGIN
CREATED = (2024, 8, 9, 16, 42)
SAVED = (2025, 8, 18, 21, 7)
REVISION, EDIT_MIN = 23, 412


def b1(v):
    return struct.pack("<B", v)


def s2(v):
    return struct.pack("<h", v)


def u2(v):
    return struct.pack("<H", v)


def u4(v):
    return struct.pack("<I", v)


def sprm(code, operand):
    return u2(code) + operand


# font indexes in the font table
F_TNR, F_SYMBOL, F_ARIAL, F_CALIBRI, F_MANGAL, F_CAMBRIA, F_COURIER, F_WINGDINGS = range(8)

# style indexes (istd) in the stylesheet
ISTD = {"Normal": 0, "Heading 1": 1, "Heading 2": 2, "Default Paragraph Font": 10,
        "Normal Table": 11, "No List": 12, "Footnote Text": 13, "Footnote Reference": 14,
        "Header": 15, "Footer": 16, "Page Number": 17, "Hyperlink": 18, "Title": 19,
        "Subtitle": 20, "List Paragraph": 21, "Table Grid": 22}

BOLD = sprm(0x0835, b1(1))
ITALIC = sprm(0x0836, b1(1))
ULINE = sprm(0x2A3E, b1(1))
SPEC = sprm(0x0855, b1(1))
LID_IN = sprm(0x486D, u2(0x4009)) + sprm(0x486E, u2(0x4009))
HINDI = (sprm(0x4A5E, u2(F_MANGAL)) + sprm(0x485F, u2(0x0439)) + sprm(0x0882, b1(1)) +
         sprm(0x4A61, u2(24)))
BRC80 = bytes([4, 1, 0, 0])          # single line, 1/2 pt, auto colour
GREY = u2(16 << 5)                   # Shd80: light grey background, clear pattern
LFO_OUTLINE, LFO_BULLET, LFO_DECIMAL = 1, 2, 3


def ilist(lfo, lvl):
    return sprm(0x460B, u2(lfo)) + sprm(0x260A, b1(lvl))


def indent(left, first):
    return sprm(0x840F, s2(left)) + sprm(0x8411, s2(first))


def space(before, after):
    return sprm(0xA413, s2(before)) + sprm(0xA414, s2(after))


def tabs(*stops):
    add = b1(len(stops)) + b"".join(s2(p) for p, _ in stops) + b"".join(b1(j) for _, j in stops)
    body = b1(0) + add
    return sprm(0xC60D, b1(len(body)) + body)


BOX_PAPX = (sprm(0x6424, BRC80[:3] + b1(1)) + sprm(0x6425, BRC80[:3] + b1(4)) +
            sprm(0x6426, BRC80[:3] + b1(1)) + sprm(0x6427, BRC80[:3] + b1(4)) +
            sprm(0x442D, GREY) + space(120, 120))
PARA = {
    "TITLE": ("Title", b""),
    "SUBTITLE": ("Subtitle", b""),
    "HINDI": ("Normal", sprm(0x2403, b1(1)) + space(0, 60)),
    "META": ("Normal", sprm(0x2403, b1(1)) + space(0, 120)),
    "H1": ("Heading 1", ilist(LFO_OUTLINE, 0)),
    "H2": ("Heading 2", ilist(LFO_OUTLINE, 1)),
    "P": ("Normal", sprm(0x2403, b1(3))),
    "BUL": ("List Paragraph", ilist(LFO_BULLET, 0) + indent(720, -360)),
    "BUL2": ("List Paragraph", ilist(LFO_BULLET, 1) + indent(1440, -360)),
    "NUM": ("List Paragraph", ilist(LFO_DECIMAL, 0) + indent(720, -360)),
    "BOX": ("Normal", BOX_PAPX),
    "BLANK": ("Normal", b""),
    "END": ("Normal", sprm(0x2403, b1(2))),
}
RUN_BASE = {"META": sprm(0x4A43, u2(18)) + sprm(0x6870, u4(0x00595959)),
            "HINDI": HINDI, "END": ITALIC}


class Part:
    """One document part (main text, footnotes or headers) being built up."""

    def __init__(self):
        self.text, self.n = [], 0
        self.runs = []      # (cp_start, cp_end, chpx grpprl)
        self.paras = []     # (cp_start, cp_end, istd, papx grpprl)
        self.fields = []    # (cp, two-byte FLD)

    def add(self, s, chpx=b""):
        if s:
            self.text.append(s)
            self.runs.append((self.n, self.n + len(s), chpx))
            self.n += len(s)

    def end_para(self, istd, grpprl, mark="\r", chpx=b""):
        start = self.paras[-1][1] if self.paras else 0
        self.add(mark, chpx)
        self.paras.append((start, self.n, istd, grpprl))

    def field(self, flt, code, result, base, result_chpx=b""):
        self.fields.append((self.n, bytes([0x13, flt])))
        self.add("\x13", base + SPEC)
        self.add(code, base)
        self.fields.append((self.n, b"\x14\xff"))
        self.add("\x14", base + SPEC)
        self.add(result, base + result_chpx)
        self.fields.append((self.n, b"\x15\x80"))
        self.add("\x15", base + SPEC)


FN_REF = sprm(0x4A30, u2(ISTD["Footnote Reference"])) + SPEC


def props(state):
    return (BOLD if state["b"] else b"") + (ITALIC if state["i"] else b"") + \
        (ULINE if state["u"] else b"")


def inline(part, s, base=b"", notes=None):
    """Add one paragraph's text: {b}{i}{u} runs, {fn ...} footnotes, fields."""
    state = {"b": False, "i": False, "u": False}
    pos = 0
    s = s.replace("\\t", "\t")
    for m in re.finditer(r"\{(/?)([biu])\}|\{fn ([^}]+)\}|\{link ([^|}]+)\|([^}]+)\}|"
                         r"\{(page|numpages)\}", s):
        part.add(s[pos:m.start()], base + props(state))
        if m.group(2):
            state[m.group(2)] = not m.group(1)
        elif m.group(3):
            notes.append((part.n, m.group(3)))
            part.add("\x02", FN_REF)
        elif m.group(4):
            part.field(0x58, ' HYPERLINK "%s" ' % m.group(4), m.group(5), base,
                       sprm(0x4A30, u2(ISTD["Hyperlink"])))
        else:
            name = m.group(6).upper()
            part.field(0x21 if name == "PAGE" else 0x1A, " %s " % name, "1" if name == "PAGE"
                       else "5", base, sprm(0x4A30, u2(ISTD["Page Number"])))
        pos = m.end()
    part.add(s[pos:], base + props(state))


def tap(widths, header):
    n = len(widths)
    edges = [-108]
    for w in widths:
        edges.append(edges[-1] + w)
    tc = b"".join(u2(0) + u2(0) + BRC80 * 4 for _ in widths)
    body = b1(n) + b"".join(s2(x) for x in edges) + tc
    out = (sprm(0x2416, b1(1)) + sprm(0x2417, b1(1)) + sprm(0x9602, s2(108)) +
           sprm(0xD605, b1(24) + BRC80 * 6) + sprm(0xD608, u2(len(body) + 1) + body))
    if header:
        shd = GREY * n
        out += sprm(0xD609, b1(len(shd)) + shd) + sprm(0x3404, b1(1))
    return out


WIDTHS = {2: [1800, TEXT_WIDTH - 1800], 4: [2500, 800, 2700, TEXT_WIDTH - 6000]}


def build(lines):
    main, ftn, hdr = Part(), Part(), Part()
    notes = []
    header = footer = None
    i = 0
    while i < len(lines):
        kind, text = lines[i]
        if kind == "HEADER":
            header = text
        elif kind == "FOOTER":
            footer = text
        elif kind == "ROW":
            rows = []
            while i < len(lines) and lines[i][0] == "ROW":
                rows.append([c.strip() for c in lines[i][1].split(" | ")])
                i += 1
            widths = WIDTHS[len(rows[0])]
            for r, cells in enumerate(rows):
                for c in cells:
                    inline(main, c, (BOLD if r == 0 else b"") + sprm(0x4A43, u2(20)), notes)
                    main.end_para(ISTD["Normal"], sprm(0x2416, b1(1)) + space(0, 0), "\x07")
                main.end_para(ISTD["Normal"], tap(widths, r == 0), "\x07")
            continue
        else:
            style, grpprl = PARA[kind]
            base = RUN_BASE.get(kind, b"")
            inline(main, text, base, notes)
            main.end_para(ISTD[style], grpprl, chpx=base)
        i += 1
    # footnote document: each note is "<ref> text" in Footnote Text, then one closing mark
    ref_cps, txt_cps = [], []
    for cp, note in notes:
        ref_cps.append(cp)
        txt_cps.append(ftn.n)
        ftn.add("\x02", FN_REF)
        inline(ftn, " " + note)
        ftn.end_para(ISTD["Footnote Text"], b"")
    ftn.end_para(ISTD["Normal"], b"")
    # header document: footnote separator, continuation separator, continuation notice,
    # three endnote stories (empty), then the section's six header/footer stories
    starts = []
    for story in range(12):
        starts.append(hdr.n)
        if story == 0:
            hdr.add("\x03")
            hdr.end_para(ISTD["Normal"], space(0, 0))
            hdr.end_para(ISTD["Normal"], b"")
        elif story == 1:
            hdr.add("\x04")
            hdr.end_para(ISTD["Normal"], space(0, 0))
            hdr.end_para(ISTD["Normal"], b"")
        elif story in (7, 9):
            style = "Header" if story == 7 else "Footer"
            inline(hdr, header if story == 7 else footer, sprm(0x4A43, u2(18)))
            grp = tabs((TEXT_WIDTH, 2))
            if story == 7:
                grp += sprm(0x6426, BRC80[:3] + b1(1))
            hdr.end_para(ISTD[style], grp)
            hdr.end_para(ISTD[style], b"")
    starts.append(hdr.n)
    hdr.end_para(ISTD["Normal"], b"")
    starts.append(hdr.n)
    return main, ftn, hdr, ref_cps, txt_cps, starts


def parse(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if not raw or raw.startswith("@"):
                continue
            kind, _, text = raw.partition(":")
            out.append((kind, text[1:] if text.startswith(" ") else text))
    return out


# ---------------------------------------------------------------- formatting pages (FKPs)

def chpx_fkps(runs, fc_of):
    pages, i = [], 0
    while i < len(runs):
        page = bytearray(512)
        rgfc, rgb, offsets, top = [], [], {}, 511
        while i < len(runs):
            start, end, grpprl = runs[i]
            need = 4 + 1 + (0 if not grpprl or grpprl in offsets else 2 + len(grpprl))
            if 4 * (len(rgfc) + 2) + len(rgb) + 1 + (511 - top) + need > 511:
                break
            if grpprl and grpprl not in offsets:
                top -= 1 + len(grpprl)
                top -= top % 2
                page[top] = len(grpprl)
                page[top + 1:top + 1 + len(grpprl)] = grpprl
                offsets[grpprl] = top // 2
            rgfc.append(fc_of(start))
            rgb.append(offsets.get(grpprl, 0) if grpprl else 0)
            last_end = end
            i += 1
        rgfc.append(fc_of(last_end))
        for k, fc in enumerate(rgfc):
            struct.pack_into("<I", page, 4 * k, fc)
        for k, b in enumerate(rgb):
            page[4 * len(rgfc) + k] = b
        page[511] = len(rgb)
        pages.append((rgfc[0], rgfc[-1], bytes(page)))
    return pages


def papx_fkps(paras, fc_of):
    pages, i = [], 0
    while i < len(paras):
        page = bytearray(512)
        rgfc, rgbx, offsets, top = [], [], {}, 511
        while i < len(paras):
            start, end, istd, grpprl = paras[i]
            data = u2(istd) + grpprl
            size = 0
            if data not in offsets:
                size = (1 if len(data) % 2 else 2) + len(data)
                size += size % 2
            if 4 * (len(rgfc) + 2) + 13 * (len(rgbx) + 1) + 1 + (511 - top) + size > 511:
                break
            if data not in offsets:
                if len(data) % 2:
                    blob = b1((len(data) + 1) // 2) + data
                else:
                    blob = b1(0) + b1(len(data) // 2) + data
                top -= len(blob)
                top -= top % 2
                page[top:top + len(blob)] = blob
                offsets[data] = top // 2
            rgfc.append(fc_of(start))
            rgbx.append(offsets[data])
            last_end = end
            i += 1
        rgfc.append(fc_of(last_end))
        for k, fc in enumerate(rgfc):
            struct.pack_into("<I", page, 4 * k, fc)
        for k, off in enumerate(rgbx):
            page[4 * len(rgfc) + 13 * k] = off
        page[511] = len(rgbx)
        pages.append((rgfc[0], rgfc[-1], bytes(page)))
    return pages


def merge_runs(runs):
    out = []
    for r in runs:
        if out and out[-1][2] == r[2] and out[-1][1] == r[0]:
            out[-1] = (out[-1][0], r[1], r[2])
        else:
            out.append(r)
    return out


# ---------------------------------------------------------------- stylesheet

def xstz(name):
    return u2(len(name)) + name.encode("utf-16-le") + b"\0\0"


def lpupx(data):
    out = u2(len(data)) + data
    return out + (b"\0" if len(data) % 2 else b"")


def std(sti, stk, base, nxt, name, upxs, link=0, priority=99, qformat=False, unhide=False):
    tail = xstz(name) + b"".join(lpupx(u) for u in upxs)
    grf = (0x1000 if qformat else 0) | (0x0900 if unhide else 0)
    stdf = (u2(sti & 0x0FFF) + u2((stk & 0xF) | (base << 4)) + u2((len(upxs) & 0xF) | (nxt << 4)) +
            u2(18 + len(tail)) + u2(grf))
    post = u2(link) + u4(0) + u2(priority << 4)
    return stdf + post + tail


def stylesheet():
    nil = 0x0FFF
    ftc = lambda f: sprm(0x4A4F, u2(f)) + sprm(0x4A50, u2(f)) + sprm(0x4A51, u2(f))
    hps = lambda h: sprm(0x4A43, u2(h)) + sprm(0x4A61, u2(h))
    col = lambda rgb: sprm(0x6870, u4(rgb))
    keep = sprm(0x2405, b1(1)) + sprm(0x2406, b1(1))
    styles = [None] * 23
    styles[0] = std(0, 1, nil, 0, "Normal",
                    [u2(0) + space(0, 200) + sprm(0x6412, u4(0x00010114)),
                     ftc(F_CALIBRI) + hps(22) + LID_IN + sprm(0x485F, u2(0x0439))],
                    priority=0, qformat=True)
    styles[1] = std(1, 1, 0, 0, "Heading 1",
                    [u2(1) + keep + space(360, 0) + sprm(0x2640, b1(0)),
                     BOLD + ftc(F_CAMBRIA) + hps(28) + col(0x00365F91)],
                    link=0, priority=9, qformat=True)
    styles[2] = std(2, 1, 0, 0, "Heading 2",
                    [u2(2) + keep + space(200, 0) + sprm(0x2640, b1(1)),
                     BOLD + ftc(F_CAMBRIA) + hps(26) + col(0x004F81BD)],
                    priority=9, qformat=True, unhide=True)
    styles[10] = std(65, 2, nil, 10, "Default Paragraph Font", [b""], priority=1, unhide=True)
    styles[11] = std(105, 3, nil, 11, "Normal Table",
                     [b"", u2(11) + space(0, 0), b""], priority=99, unhide=True)
    styles[12] = std(107, 4, nil, 12, "No List", [u2(12)], priority=99, unhide=True)
    styles[13] = std(29, 1, 0, 13, "Footnote Text",
                     [u2(13) + space(0, 0), hps(20)], priority=99, unhide=True)
    styles[14] = std(38, 2, 10, 14, "Footnote Reference",
                     [sprm(0x2A48, b1(1))], priority=99, unhide=True)
    hf = tabs((TEXT_WIDTH // 2, 1), (TEXT_WIDTH, 2)) + space(0, 0)
    styles[15] = std(31, 1, 0, 15, "Header", [u2(15) + hf, b""], priority=99, unhide=True)
    styles[16] = std(32, 1, 0, 16, "Footer", [u2(16) + hf, b""], priority=99, unhide=True)
    styles[17] = std(40, 2, 10, 17, "Page Number", [b""], priority=99, unhide=True)
    styles[18] = std(85, 2, 10, 18, "Hyperlink",
                     [ULINE + sprm(0x2A42, b1(2))], priority=99, unhide=True)
    styles[19] = std(62, 1, 0, 0, "Title",
                     [u2(19) + sprm(0x2403, b1(1)) + space(0, 120) +
                      sprm(0x6426, BRC80[:3] + b1(1)),
                      BOLD + ftc(F_CAMBRIA) + hps(40) + col(0x0017365D)],
                     priority=10, qformat=True)
    styles[20] = std(74, 1, 0, 0, "Subtitle",
                     [u2(20) + sprm(0x2403, b1(1)) + space(0, 60),
                      ITALIC + ftc(F_CAMBRIA) + hps(24) + col(0x004F81BD)],
                     priority=11, qformat=True)
    styles[21] = std(0x0FFE, 1, 0, 21, "List Paragraph",
                     [u2(21) + indent(720, 0) + space(0, 60)], priority=34, qformat=True)
    styles[22] = std(0x0FFE, 3, 11, 22, "Table Grid",
                     [b"", u2(22) + space(0, 0), b""], priority=59)
    stshif = (u2(len(styles)) + u2(0x0012) + u2(1) + u2(0x0176) + u2(15) + u2(0) +
              u2(F_CALIBRI) + u2(F_CALIBRI) + u2(F_CALIBRI))
    stshi = stshif + u2(F_MANGAL)
    out = u2(len(stshi)) + stshi
    for s in styles:
        out += u2(0) if s is None else u2(len(s)) + s
    return out


def font_table():
    sig = struct.pack("<6I", 0xE0002EFF, 0xC000785B, 9, 0, 0x1FF, 0)
    fonts = [
        (0x16, 0, bytes([2, 2, 6, 3, 5, 4, 5, 2, 3, 4]), sig, "Times New Roman", ""),
        (0x16, 2, bytes([5, 5, 1, 2, 1, 7, 6, 2, 5, 7]), struct.pack("<6I", 0, 0, 0, 0, 0x80000000, 0),
         "Symbol", ""),
        (0x26, 0, bytes([2, 11, 6, 4, 2, 2, 2, 2, 2, 4]), sig, "Arial", ""),
        (0x26, 0, bytes([2, 15, 5, 2, 2, 2, 4, 3, 2, 4]),
         struct.pack("<6I", 0xE00002FF, 0x4000ACFF, 1, 0, 0x19F, 0), "Calibri", ""),
        (0x26, 0, bytes([2, 4, 5, 3, 5, 2, 3, 3, 2, 2]),
         struct.pack("<6I", 0x00008003, 0, 0, 0, 0x1, 0), "Mangal", ""),
        (0x16, 0, bytes([2, 4, 5, 3, 5, 4, 6, 3, 2, 4]),
         struct.pack("<6I", 0xE00002FF, 0x400004FF, 0, 0, 0x19F, 0), "Cambria", ""),
        (0x31, 0, bytes([2, 7, 3, 9, 2, 2, 5, 2, 4, 4]), sig, "Courier New", ""),
        (0x02, 2, bytes([5, 0, 0, 0, 0, 0, 0, 0, 0, 0]), struct.pack("<6I", 0, 0, 0, 0, 0x80000000, 0),
         "Wingdings", ""),
    ]
    out = u2(len(fonts)) + u2(0)
    for ffid, chs, panose, fs, name, alt in fonts:
        ffn = (b1(ffid) + s2(400) + b1(chs) + b1(0) + panose + fs + name.encode("utf-16-le") +
               b"\0\0")
        out += b1(len(ffn)) + ffn
    return out


# ---------------------------------------------------------------- lists (PlfLst, LVLs, PlfLfo)

def lvl(nfc, xst, nums, left, chpx=b"", start=1, tentative=False):
    papx = indent(left, -360) + tabs((left, 0))
    flags = 0x80 if tentative else 0
    rgbxch = bytes(nums) + bytes(9 - len(nums))
    lvlf = (struct.pack("<i", start) + b1(nfc) + b1(flags) + rgbxch + b1(0) +
            struct.pack("<i", 0) + u4(0) + b1(len(chpx)) + b1(len(papx)) + b1(0) + b1(0))
    return lvlf + papx + chpx + u2(len(xst)) + xst.encode("utf-16-le")


def list_tables():
    sym = sprm(0x4A4F, u2(F_SYMBOL)) + sprm(0x4A50, u2(F_SYMBOL)) + sprm(0x4A51, u2(F_SYMBOL))
    cour = sprm(0x4A4F, u2(F_COURIER)) + sprm(0x4A50, u2(F_COURIER)) + sprm(0x4A51, u2(F_COURIER))
    wing = sprm(0x4A4F, u2(F_WINGDINGS)) + sprm(0x4A50, u2(F_WINGDINGS)) + \
        sprm(0x4A51, u2(F_WINGDINGS))
    outline = [lvl(0, "\x00.", [1], 360, BOLD),
               lvl(0, "\x00.\x01", [1, 3], 576, BOLD)]
    for k in range(2, 9):
        xs = "".join(chr(j) + "." for j in range(k + 1))[:-1]
        outline.append(lvl(0, xs, [2 * j + 1 for j in range(k + 1)], 360 + 216 * k,
                           tentative=True))
    bullets = []
    for k in range(9):
        ch, font = [("\uf0b7", sym), ("o", cour), ("\uf0a7", wing)][k % 3]
        bullets.append(lvl(0x17, ch, [], 720 * (k + 1), font, tentative=k > 0))
    decimal = []
    for k in range(9):
        nfc = [0, 4, 2][k % 3]
        decimal.append(lvl(nfc, chr(k) + ".", [1], 720 * (k + 1), tentative=k > 0))
    lists = [(0x5A1C3E20, 0x0409001F, outline), (0x2B7F6D11, 0x04090001, bullets),
             (0x1E4A7B93, 0x0409000F, decimal)]
    plf = u2(len(lists))
    levels = b""
    for lsid, tplc, lvls in lists:
        plf += (struct.pack("<i", lsid) + u4(tplc) + u2(0x0FFF) * 9 +
                b1(0 if lvls is outline else 0x10) + b1(0))
        levels += b"".join(lvls)
    lfo = u4(len(lists))
    for lsid, _, _ in lists:
        lfo += struct.pack("<i", lsid) + u4(0) + u4(0) + b1(0) + b1(0) + b1(0) + b1(0)
    lfo += u4(0xFFFFFFFF) * len(lists)
    return plf, levels, lfo


# ---------------------------------------------------------------- properties and streams

def filetime(y, mo, d, h, mi):
    dt = datetime.datetime(y, mo, d, h, mi) - datetime.timedelta(hours=5, minutes=30)
    delta = dt - datetime.datetime(1601, 1, 1)
    return (delta.days * 86400 + delta.seconds) * 10000000


def dttm(y, mo, d, h, mi):
    wd = (datetime.date(y, mo, d).weekday() + 1) % 7
    return mi | (h << 6) | (d << 11) | (mo << 16) | ((y - 1900) << 20) | (wd << 29)


def dop(counts):
    words, chars, pages, paras, lines_, chars_ws = counts
    d = bytearray(674)
    d[0] = 0x02
    struct.pack_into("<H", d, 2, 1 << 2)
    struct.pack_into("<H", d, 10, 720)
    struct.pack_into("<H", d, 14, 360)
    struct.pack_into("<I", d, 20, dttm(*CREATED))
    struct.pack_into("<I", d, 24, dttm(*SAVED))
    struct.pack_into("<H", d, 32, REVISION)
    struct.pack_into("<I", d, 34, EDIT_MIN)
    struct.pack_into("<I", d, 38, words)
    struct.pack_into("<I", d, 42, chars)
    struct.pack_into("<H", d, 46, pages)
    struct.pack_into("<I", d, 48, paras)
    struct.pack_into("<I", d, 52, (1 << 2) | (3 << 16))
    struct.pack_into("<I", d, 56, lines_)
    struct.pack_into("<I", d, 60, words)
    struct.pack_into("<I", d, 64, chars)
    struct.pack_into("<H", d, 68, pages)
    struct.pack_into("<I", d, 70, paras)
    struct.pack_into("<I", d, 74, lines_)
    struct.pack_into("<H", d, 82, 0x0004)
    struct.pack_into("<H", d, 404, 220)
    struct.pack_into("<H", d, 406, 220)
    struct.pack_into("<I", d, 424, chars_ws)
    struct.pack_into("<I", d, 428, chars_ws)
    return bytes(d)


def lpstr(s):
    data = s.encode("cp1252") + b"\0"
    data += b"\0" * (-len(data) % 4)
    return u2(0x1E) + u2(0) + u4(len(s) + 1) + data


def bare_lpstr(s):
    data = s.encode("cp1252") + b"\0"
    data += b"\0" * (-len(data) % 4)
    return u4(len(s) + 1) + data


def prop_set(fmtid, props):
    head = 8 + 8 * len(props)
    offs, body = [], b""
    for pid, val in props:
        offs.append((pid, head + len(body)))
        body += val
    pset = u4(head + len(body)) + u4(len(props)) + b"".join(u4(p) + u4(o) for p, o in offs) + body
    return u2(0xFFFE) + u2(0) + u4(0x00020106) + b"\0" * 16 + u4(1) + fmtid + u4(48) + pset


def guid(s):
    return uuid.UUID(s).bytes_le


def summary_info(counts):
    words, chars, pages, paras, lines_, chars_ws = counts
    i2 = lambda v: u2(2) + u2(0) + s2(v) + u2(0)
    i4 = lambda v: u2(3) + u2(0) + u4(v)
    ft = lambda v: u2(0x40) + u2(0) + struct.pack("<Q", v)
    props = [
        (1, i2(1252)), (2, lpstr("Inter-State River Water Disputes")),
        (3, lpstr("GS Paper II - Polity")), (4, lpstr("Pragati IAS")),
        (5, lpstr("ISRWD Act; Article 262; Handout 17")), (6, lpstr("")),
        (7, lpstr("Normal.dotm")), (8, lpstr("Ravi Mishra")), (9, lpstr(str(REVISION))),
        (10, ft(EDIT_MIN * 60 * 10000000)), (12, ft(filetime(*CREATED))),
        (13, ft(filetime(*SAVED))), (14, i4(pages)), (15, i4(words)), (16, i4(chars)),
        (18, lpstr("Microsoft Office Word")), (19, i4(0)),
    ]
    return prop_set(guid("F29F85E0-4FF9-1068-AB91-08002B27B3D9"), props)


def doc_summary_info(counts):
    words, chars, pages, paras, lines_, chars_ws = counts
    i2 = lambda v: u2(2) + u2(0) + s2(v) + u2(0)
    i4 = lambda v: u2(3) + u2(0) + u4(v)
    bl = lambda v: u2(0x0B) + u2(0) + u2(0xFFFF if v else 0) + u2(0)
    heading_pairs = (u2(0x100C) + u2(0) + u4(2) + u2(0x1E) + u2(0) + bare_lpstr("Title") +
                     u2(3) + u2(0) + u4(1))
    parts = u2(0x101E) + u2(0) + u4(1) + bare_lpstr("Inter-State River Water Disputes")
    props = [
        (1, i2(1252)), (0x0F, lpstr("Pragati IAS Academy")), (5, i4(lines_)), (6, i4(paras)),
        (0x0B, bl(False)), (0x10, bl(False)), (0x0C, heading_pairs), (0x0D, parts),
        (0x11, i4(chars_ws)), (0x13, bl(False)), (0x16, bl(False)), (0x17, i4(0x000E0000)),
    ]
    return prop_set(guid("D5CDD502-2E9C-101B-9397-08002B2CF9AE"), props)


def comp_obj():
    out = bytes.fromhex("0100feff030a0000ffffffff") + guid("00020906-0000-0000-C000-000000000046")
    for s in ("Microsoft Word 97-2003 Document", "MSWordDoc", "Word.Document.8"):
        out += u4(len(s) + 1) + s.encode("ascii") + b"\0"
    out += u4(0x71B239F4) + u4(0) + u4(0) + u4(0)
    return out


# ---------------------------------------------------------------- compound file

ENDOFCHAIN, FREESECT, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def cfb(streams, root_clsid, root_mtime):
    big = [(n, d) for n, d in streams if len(d) >= 4096]
    small = [(n, d) for n, d in streams if len(d) < 4096]
    mini, minifat, start_of = bytearray(), [], {}
    for n, d in small:
        k = (len(d) + 63) // 64
        first = len(minifat)
        start_of[n] = first if d else ENDOFCHAIN
        for j in range(k):
            minifat.append(first + j + 1 if j < k - 1 else ENDOFCHAIN)
        mini += d + b"\0" * (k * 64 - len(d))
    sectors, fat = [], []

    def put(data, marker=None):
        k = max(1, (len(data) + 511) // 512)
        first = len(sectors)
        for j in range(k):
            chunk = data[j * 512:(j + 1) * 512]
            sectors.append(chunk + b"\0" * (512 - len(chunk)))
            fat.append(marker if marker is not None else
                       (first + j + 1 if j < k - 1 else ENDOFCHAIN))
        return first

    for n, d in big:
        start_of[n] = put(d)
    mini_start = put(bytes(mini)) if mini else ENDOFCHAIN
    mfat = b"".join(u4(x) for x in minifat)
    mfat += u4(FREESECT) * (-len(minifat) % 128)
    mfat_start = put(mfat)
    n_mfat = len(mfat) // 512
    names = [n for n, _ in streams]
    sizes = {n: len(d) for n, d in streams}
    order = sorted(names, key=lambda n: (len(n), n.upper()))
    left, right = {}, {}

    def tree(lo, hi):
        if lo > hi:
            return None
        mid = (lo + hi) // 2
        left[order[mid]] = tree(lo, mid - 1)
        right[order[mid]] = tree(mid + 1, hi)
        return order[mid]

    root_child = tree(0, len(order) - 1)
    ids = {n: i + 1 for i, n in enumerate(names)}

    def entry(name, typ, lft, rgt, child, clsid, mtime, start, size):
        nm = name.encode("utf-16-le") + b"\0\0"
        return (nm + b"\0" * (64 - len(nm)) + u2(len(nm)) + b1(typ) + b1(1) + u4(lft) + u4(rgt) +
                u4(child) + clsid + u4(0) + struct.pack("<QQ", 0, mtime) + u4(start) + u4(size) +
                u4(0))

    dirs = entry("Root Entry", 5, NOSTREAM, NOSTREAM, ids[root_child], root_clsid, root_mtime,
                 mini_start, len(mini))
    for n in names:
        dirs += entry(n, 2, ids[left[n]] if left[n] else NOSTREAM,
                      ids[right[n]] if right[n] else NOSTREAM, NOSTREAM, b"\0" * 16, 0,
                      start_of[n], sizes[n])
    while len(dirs) % 512:
        dirs += (b"\0" * 64 + u2(0) + b1(0) + b1(0) + u4(NOSTREAM) * 3 + b"\0" * 16 + u4(0) +
                 b"\0" * 16 + u4(0) + u4(0) + u4(0))
    dir_start = put(dirs)
    n_fat = 1
    while len(sectors) + n_fat > n_fat * 128:
        n_fat += 1
    fat_start = len(sectors)
    for _ in range(n_fat):
        sectors.append(b"")
        fat.append(FATSECT)
    fat += [FREESECT] * (n_fat * 128 - len(fat))
    fat_bytes = b"".join(u4(x) for x in fat)
    for j in range(n_fat):
        sectors[fat_start + j] = fat_bytes[j * 512:(j + 1) * 512]
    difat = [fat_start + j for j in range(n_fat)] + [FREESECT] * (109 - n_fat)
    header = (bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 16 + u2(0x003E) + u2(0x0003) +
              u2(0xFFFE) + u2(9) + u2(6) + b"\0" * 6 + u4(0) + u4(n_fat) + u4(dir_start) + u4(0) +
              u4(4096) + u4(mfat_start if n_mfat else ENDOFCHAIN) + u4(n_mfat) + u4(ENDOFCHAIN) +
              u4(0) + b"".join(u4(x) for x in difat))
    return header + b"".join(sectors)


# ---------------------------------------------------------------- main

def main():
    lines = parse(SRC)
    main_p, ftn, hdr, ref_cps, txt_cps, hdd = build(lines)
    main_text, ftn_text, hdr_text = "".join(main_p.text), "".join(ftn.text), "".join(hdr.text)
    ccp_text, ccp_ftn, ccp_hdd = len(main_text), len(ftn_text), len(hdr_text)
    full = main_text + ftn_text + hdr_text
    raw = full.encode("utf-16-le")
    fc_of = lambda cp: FC_MIN + 2 * cp

    visible = re.sub(r"\x13[^\x14]*\x14", "", main_text + ftn_text)
    visible = re.sub(r"[\x02\x07\x15]", " ", visible)
    words = len(visible.split())
    chars = len(re.sub(r"\s", "", visible))
    counts = (words, chars, 5, len(main_p.paras), 214, len(visible.replace("\r", "")))

    runs = merge_runs(main_p.runs +
                      [(a + ccp_text, b + ccp_text, g) for a, b, g in ftn.runs] +
                      [(a + ccp_text + ccp_ftn, b + ccp_text + ccp_ftn, g) for a, b, g in hdr.runs])
    paras = (main_p.paras + [(a + ccp_text, b + ccp_text, s, g) for a, b, s, g in ftn.paras] +
             [(a + ccp_text + ccp_ftn, b + ccp_text + ccp_ftn, s, g) for a, b, s, g in hdr.paras])

    word = bytearray(FC_MIN)
    word += raw
    sepx = (sprm(0x3009, b1(2)) + sprm(0xB01F, u2(PAGE_W)) + sprm(0xB020, u2(PAGE_H)) +
            sprm(0xB021, u2(MARGIN)) + sprm(0xB022, u2(MARGIN)) + sprm(0x9023, s2(1080)) +
            sprm(0x9024, s2(1080)) + sprm(0xB017, u2(567)) + sprm(0xB018, u2(567)) +
            sprm(0x900C, s2(708)) + sprm(0x5032, u2(0)) + sprm(0x9031, u2(360)))
    fc_sepx = len(word)
    word += u2(len(sepx)) + sepx
    word += b"\0" * (-len(word) % 512)
    bte_chpx, bte_papx = [], []
    for first, last, page in chpx_fkps(runs, fc_of):
        bte_chpx.append((first, last, len(word) // 512))
        word += page
    for first, last, page in papx_fkps(paras, fc_of):
        bte_papx.append((first, last, len(word) // 512))
        word += page

    table = bytearray()
    fclcb = {}

    def put(idx, data):
        fclcb[idx] = (len(table), len(data))
        table.extend(data)

    stsh = stylesheet()
    fclcb[0] = (0, len(stsh))
    put(1, stsh)
    put(2, b"".join(u4(c) for c in ref_cps) + u4(ccp_text) + u2(1) * len(ref_cps))
    put(3, b"".join(u4(c) for c in txt_cps) + u4(ccp_ftn - 1) + u4(ccp_ftn))
    put(6, u4(0) + u4(ccp_text) + u2(0) + u4(fc_sepx) + u2(0) + u4(0xFFFFFFFF))
    put(11, b"".join(u4(c) for c in hdd))
    put(12, b"".join(u4(f) for f, _, _ in bte_chpx) + u4(bte_chpx[-1][1]) +
        b"".join(u4(p) for _, _, p in bte_chpx))
    put(13, b"".join(u4(f) for f, _, _ in bte_papx) + u4(bte_papx[-1][1]) +
        b"".join(u4(p) for _, _, p in bte_papx))
    put(15, font_table())
    put(16, b"".join(u4(cp) for cp, _ in main_p.fields) + u4(ccp_text) +
        b"".join(f for _, f in main_p.fields))
    put(17, b"".join(u4(cp) for cp, _ in hdr.fields) + u4(ccp_hdd) +
        b"".join(f for _, f in hdr.fields))
    go_back = main_text.index("Official sources:")
    put(21, u2(0xFFFF) + u2(1) + u2(0) + u2(len("_GoBack")) + "_GoBack".encode("utf-16-le"))
    put(22, u4(go_back) + u4(ccp_text + 1) + u2(0) + u2(0))
    put(23, u4(go_back) + u4(ccp_text + 1))
    put(31, dop(counts))
    pcd = u2(0) + u4(FC_MIN) + u2(0)
    plcpcd = u4(0) + u4(len(full)) + pcd
    put(33, b"\x02" + u4(len(plcpcd)) + plcpcd)
    plf, levels, lfo = list_tables()
    put(73, plf)
    table.extend(levels)
    put(74, lfo)
    put(93, u4(0) + u4(ccp_text) + u4(ccp_text + 2) + u4(0) + u4(1))

    fib = bytearray()
    flags = 0x00F0 | 0x0200 | 0x1000        # cQuickSaves 0xF, fWhichTblStm, fExtChar
    fib += (u2(0xA5EC) + u2(0x00C1) + u2(0) + u2(0x0409) + u2(0) + u2(flags) + u2(0x00BF) +
            u4(0) + b1(0) + b1(0) + u2(0) + u2(0) + u4(FC_MIN) + u4(FC_MIN + len(raw)))
    rgw = [0] * 14
    rgw[13] = 0x0409
    fib += u2(14) + b"".join(u2(x) for x in rgw)
    rglw = [0] * 22
    rglw[0] = len(word)
    rglw[3], rglw[4], rglw[5] = ccp_text, ccp_ftn, ccp_hdd
    fib += u2(22) + b"".join(u4(x) for x in rglw)
    n_pairs = 0xB7
    pairs = [(0, 0)] * n_pairs
    for idx, v in fclcb.items():
        pairs[idx] = v
    ft = filetime(*SAVED)
    pairs[87] = (ft & 0xFFFFFFFF, ft >> 32)
    fib += u2(n_pairs) + b"".join(u4(a) + u4(b) for a, b in pairs)
    fib += u2(5) + u2(0x0112) + u2(0) + u2(0x4009) + u2(0x0000) + u2(0x0439)
    assert len(fib) <= FC_MIN
    word[0:len(fib)] = fib

    streams = [
        ("WordDocument", bytes(word)),
        ("1Table", bytes(table)),
        ("\x05SummaryInformation", summary_info(counts)),
        ("\x05DocumentSummaryInformation", doc_summary_info(counts)),
        ("\x01CompObj", comp_obj()),
    ]
    data = cfb(streams, guid("00020906-0000-0000-C000-000000000046"), filetime(*SAVED))
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
