#!/usr/bin/python3
"""Make docs/swadeshi-boycott-class-notes.doc from tools/swadeshi-boycott-class-notes.txt.

The output is a Word 97-2003 binary document as Word 2003 saves it (nFib 0x00C1 in the base FIB,
nFibNew 0x010C), written with the standard library only:

- a Compound File (CFB v3, 512-byte sectors, 64-byte mini sectors below 4,096 bytes) holding the
  streams WordDocument, 1Table, \\x01CompObj, \\x05SummaryInformation and
  \\x05DocumentSummaryInformation under a Root Entry with Word's CLSID;
- WordDocument: the FIB (FibBase, FibRgW97, FibRgLw97 with ccpText and ccpHdd, FibRgFcLcb2003,
  FibRgCswNew), the text from 0x600 as one compressed (cp1252) piece, the section's SEPX (A4,
  margins, header distance) and the CHPX and PAPX FKP pages;
- 1Table: the stylesheet (Normal, Heading 1-3, Default Paragraph Font, Normal Table, No List,
  Title, Subtitle, Header, Footer, Page Number, Hyperlink), PlcfSed, PlcfHdd (header and footer
  stories after the main text), PlcBteChpx / PlcBtePapx, the font table (Times New Roman, Symbol,
  Arial), PlcfFldMom (a HYPERLINK field) and PlcfFldHdr (a PAGE field in the footer), the Dop,
  the Clx piece table and SttbSavedBy (the last authors and paths);
- a table stored as Word stores one: cell paragraphs ending in 0x07 with sprmPFInTable, and a
  row-end mark carrying sprmPFTtp, sprmTDxaGapHalf, sprmTTableBorders80 and sprmTDefTable;
- summary properties (title, author, template Normal.dot, revision, edit time, dates, counts).

Run from anywhere: /usr/bin/python3 tools/make_doc.py  (output is byte-for-byte stable;
an optional argument writes the file elsewhere, as tools/check.py does)
"""
import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "swadeshi-boycott-class-notes.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs", "swadeshi-boycott-class-notes.doc")

FC_MIN = 0x600
ISTD = {"Normal": 0, "Heading 1": 1, "Heading 2": 2, "Heading 3": 3, "Default Paragraph Font": 10,
        "Normal Table": 11, "No List": 12, "Title": 15, "Subtitle": 16, "Header": 17,
        "Footer": 18, "Page Number": 19, "Hyperlink": 20}
TEXT_WIDTH = 11906 - 1800 - 1800


def sprm(code, operand):
    return struct.pack("<H", code) + operand


def b1(v):
    return struct.pack("<B", v)


def s2(v):
    return struct.pack("<h", v)


def u2(v):
    return struct.pack("<H", v)


def u4(v):
    return struct.pack("<I", v)


BOLD = sprm(0x0835, b1(1))
ITALIC = sprm(0x0836, b1(1))
ULINE = sprm(0x2A3E, b1(1))
SPEC = sprm(0x0855, b1(1))
BRC = bytes([4, 1, 0, 0])


def tabs(*stops):
    add = b1(len(stops)) + b"".join(s2(p) for p, _ in stops) + b"".join(b1(j) for _, j in stops)
    body = b1(0) + add
    return sprm(0xC60D, b1(len(body)) + body)


PARA = {
    "TITLE": ("Title", b""),
    "SUBTITLE": ("Subtitle", b""),
    "META": ("Normal", sprm(0xA414, s2(120))),
    "H1": ("Heading 1", b""),
    "H2": ("Heading 2", b""),
    "P": ("Normal", sprm(0x2403, b1(3)) + sprm(0xA414, s2(120))),
    "BUL": ("Normal", sprm(0x840F, s2(360)) + sprm(0x8411, s2(-360)) + sprm(0xA414, s2(60))),
    "SUB": ("Normal", sprm(0x840F, s2(720)) + sprm(0x8411, s2(-360)) + sprm(0xA414, s2(60))),
    "NUM": ("Normal", sprm(0x840F, s2(360)) + sprm(0x8411, s2(-360)) + sprm(0xA414, s2(60))),
    "TRAP": ("Normal", sprm(0x6424, BRC[:3] + b1(1)) + sprm(0x6425, BRC[:3] + b1(4)) +
             sprm(0x6426, BRC[:3] + b1(1)) + sprm(0x6427, BRC[:3] + b1(4)) +
             sprm(0x442D, u2(16 << 5)) + sprm(0xA413, s2(60)) + sprm(0xA414, s2(120))),
    "BLANK": ("Normal", b""),
    "HEADER": ("Header", b""),
    "FOOTER": ("Footer", b""),
}
RUN_BASE = {"META": ITALIC + sprm(0x4A43, u2(20))}


class Part:
    """A run of document text (the main document or the header document) being built."""

    def __init__(self):
        self.text = []
        self.n = 0
        self.runs = []      # (cp_start, cp_end, chpx grpprl)
        self.paras = []     # (cp_start, cp_end, istd, papx grpprl)
        self.fields = []    # (cp, fld bytes)

    def add(self, s, chpx=b""):
        if not s:
            return
        self.text.append(s)
        self.runs.append((self.n, self.n + len(s), chpx))
        self.n += len(s)

    def end_para(self, istd, grpprl, mark="\r", chpx=b""):
        start = self.paras[-1][1] if self.paras else 0
        self.add(mark, chpx)
        self.paras.append((start, self.n, istd, grpprl))


def inline_runs(part, s, base=b""):
    """Add the text of one paragraph with {b}{i}{u} runs and {link}/{page} fields."""
    state = {"b": False, "i": False, "u": False}
    pos = 0
    s = s.replace("\\t", "\t")
    for m in re.finditer(r"\{(/?)([biu])\}|\{link ([^}]+)\}|\{page\}", s):
        part.add(s[pos:m.start()], base + props(state))
        if m.group(2):
            state[m.group(2)] = not m.group(1)
        elif m.group(3):
            url = m.group(3)
            part.fields.append((part.n, b"\x13\x58"))
            part.add("\x13", SPEC)
            part.add(' HYPERLINK "%s" ' % url, base)
            part.fields.append((part.n, b"\x14\xff"))
            part.add("\x14", SPEC)
            part.add(url, base + sprm(0x4A30, u2(ISTD["Hyperlink"])))
            part.fields.append((part.n, b"\x15\x80"))
            part.add("\x15", SPEC)
        else:
            part.fields.append((part.n, b"\x13\x21"))
            part.add("\x13", SPEC)
            part.add(" PAGE ", base)
            part.fields.append((part.n, b"\x14\xff"))
            part.add("\x14", SPEC)
            part.add("1", base + sprm(0x4A30, u2(ISTD["Page Number"])))
            part.fields.append((part.n, b"\x15\x80"))
            part.add("\x15", SPEC)
        pos = m.end()
    part.add(s[pos:], base + props(state))


def props(state):
    return (BOLD if state["b"] else b"") + (ITALIC if state["i"] else b"") + \
        (ULINE if state["u"] else b"")


def table_row_props(widths):
    n = len(widths)
    centers = [-108]
    for w in widths:
        centers.append(centers[-1] + w)
    tc = b""
    for _ in widths:
        tc += u2(0) + u2(0) + BRC * 4
    body = b1(n) + b"".join(s2(c) for c in centers) + tc
    tdef = sprm(0xD608, u2(len(body) + 1) + body)
    borders = sprm(0xD605, b1(24) + BRC * 6)
    return sprm(0x2416, b1(1)) + sprm(0x2417, b1(1)) + sprm(0x9602, s2(108)) + borders + tdef


def build_text(lines):
    main, hdr = Part(), Part()
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
                rows.append([c.strip() for c in lines[i][1].split("|")])
                i += 1
            widths = [1900, 2500, TEXT_WIDTH - 1900 - 2500]
            for r, cells in enumerate(rows):
                for c in cells:
                    inline_runs(main, c, BOLD if r == 0 else b"")
                    main.end_para(0, sprm(0x2416, b1(1)), "\x07")
                main.end_para(0, table_row_props(widths), "\x07")
            continue
        else:
            style, grpprl = PARA[kind]
            base = RUN_BASE.get(kind, b"")
            inline_runs(main, text, base)
            main.end_para(ISTD[style], grpprl, chpx=base)
        i += 1
    # header document: six empty separator stories, then the section's six stories
    starts = [0] * 6
    for story, text, style in (("even header", None, None), ("odd header", header, "Header"),
                               ("even footer", None, None), ("odd footer", footer, "Footer"),
                               ("first header", None, None), ("first footer", None, None)):
        starts.append(hdr.n)
        if text:
            inline_runs(hdr, text)
            hdr.end_para(ISTD[style], PARA[style.upper()][1])
            hdr.end_para(ISTD[style], b"")          # guard paragraph mark
    starts.append(hdr.n)
    hdr.end_para(0, b"")                            # the final paragraph mark
    starts.append(hdr.n)
    return main, hdr, starts


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
    pages = []
    i = 0
    while i < len(runs):
        page = bytearray(512)
        rgfc, rgb, blobs = [], [], []
        top = 511
        offsets = {}
        while i < len(runs):
            start, end, grpprl = runs[i]
            need = 4 + 1 + (0 if not grpprl or grpprl in offsets else 1 + len(grpprl) + 1)
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
        base = 4 * len(rgfc)
        for k, b in enumerate(rgb):
            page[base + k] = b
        page[511] = len(rgb)
        pages.append((rgfc[0], rgfc[-1], bytes(page)))
    return pages


def papx_fkps(paras, fc_of):
    pages = []
    i = 0
    while i < len(paras):
        page = bytearray(512)
        rgfc, rgbx = [], []
        top = 511
        offsets = {}
        while i < len(paras):
            start, end, istd, grpprl = paras[i]
            data = u2(istd) + grpprl
            key = data
            size = 0
            if key not in offsets:
                size = (1 if len(data) % 2 else 2) + len(data)
                size += size % 2
            if 4 * (len(rgfc) + 2) + 13 * (len(rgbx) + 1) + 1 + (511 - top) + size > 511:
                break
            if key not in offsets:
                if len(data) % 2:
                    blob = b1((len(data) + 1) // 2) + data
                else:
                    blob = b1(0) + b1(len(data) // 2) + data
                top -= len(blob)
                top -= top % 2
                page[top:top + len(blob)] = blob
                offsets[key] = top // 2
            rgfc.append(fc_of(start))
            rgbx.append(offsets[key])
            last_end = end
            i += 1
        rgfc.append(fc_of(last_end))
        for k, fc in enumerate(rgfc):
            struct.pack_into("<I", page, 4 * k, fc)
        base = 4 * len(rgfc)
        for k, off in enumerate(rgbx):
            page[base + 13 * k] = off
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


def std(sti, stk, base, nxt, name, upxs, istd_link=0, priority=0):
    body_tail = xstz(name) + b"".join(lpupx(u) for u in upxs)
    cb = 10 + 8 + len(body_tail)
    stdf = u2(sti & 0x0FFF) + u2((stk & 0xF) | (base << 4)) + u2((len(upxs) & 0xF) | (nxt << 4)) + \
        u2(cb) + u2(0)
    post = u2(istd_link) + u4(0) + u2(priority << 4)
    return stdf + post + body_tail


def stylesheet():
    nil = 0x0FFF
    ftc = lambda f: sprm(0x4A4F, u2(f))
    hps = lambda h: sprm(0x4A43, u2(h))
    lid = sprm(0x486D, u2(0x0409)) + sprm(0x486E, u2(0x0409))
    keep = sprm(0x2406, b1(1)) + sprm(0xA413, s2(240)) + sprm(0xA414, s2(60))
    styles = [None] * 21
    styles[0] = std(0, 1, nil, 0, "Normal", [u2(0), ftc(0) + hps(24) + lid])
    styles[1] = std(1, 1, 0, 0, "Heading 1", [u2(1) + keep + sprm(0x2640, b1(0)),
                                              BOLD + ftc(2) + hps(32) + sprm(0x4A48, u2(32))])
    styles[2] = std(2, 1, 0, 0, "Heading 2", [u2(2) + keep + sprm(0x2640, b1(1)),
                                              BOLD + ITALIC + ftc(2) + hps(28)])
    styles[3] = std(3, 1, 0, 0, "Heading 3", [u2(3) + keep + sprm(0x2640, b1(2)),
                                              BOLD + ftc(2) + hps(26)])
    styles[10] = std(65, 2, nil, 10, "Default Paragraph Font", [b""], priority=1)
    styles[11] = std(105, 3, nil, 11, "Normal Table",
                     [b"", u2(11), b""])
    styles[12] = std(107, 4, nil, 12, "No List", [u2(12)])
    styles[15] = std(62, 1, 0, 15, "Title", [u2(15) + sprm(0x2403, b1(1)) + sprm(0xA413, s2(240)) +
                                             sprm(0xA414, s2(60)) + sprm(0x2640, b1(0)),
                                             BOLD + ftc(2) + hps(32) + sprm(0x4A48, u2(32))])
    styles[16] = std(74, 1, 0, 16, "Subtitle", [u2(16) + sprm(0x2403, b1(1)) + sprm(0xA414, s2(60))
                                                + sprm(0x2640, b1(1)), ftc(2) + hps(24)])
    hf_tabs = tabs((TEXT_WIDTH // 2, 1), (TEXT_WIDTH, 2))
    styles[17] = std(31, 1, 0, 17, "Header", [u2(17) + hf_tabs, b""])
    styles[18] = std(32, 1, 0, 18, "Footer", [u2(18) + hf_tabs, b""])
    styles[19] = std(40, 2, 10, 19, "Page Number", [b""])
    styles[20] = std(85, 2, 10, 20, "Hyperlink", [ULINE + sprm(0x2A42, b1(2))])
    stshif = u2(len(styles)) + u2(0x0012) + u2(1) + u2(0x009B) + u2(15) + u2(0) + \
        u2(0) + u2(0) + u2(0)
    stshi = stshif + u2(0)   # ftcBi
    out = u2(len(stshi)) + stshi
    for s in styles:
        if s is None:
            out += u2(0)
        else:
            out += u2(len(s)) + s
    return out


def font_table():
    fonts = [
        (0x16, 0, bytes([2, 2, 6, 3, 5, 4, 5, 2, 3, 4]),
         struct.pack("<6I", 0xE0002EFF, 0xC000785B, 9, 0, 0x1FF, 0), "Times New Roman"),
        (0x16, 2, bytes([5, 5, 1, 2, 1, 7, 6, 2, 5, 7]),
         struct.pack("<6I", 0, 0, 0, 0, 0x80000000, 0), "Symbol"),
        (0x26, 0, bytes([2, 11, 6, 4, 2, 2, 2, 2, 2, 4]),
         struct.pack("<6I", 0xE0002EFF, 0xC000785B, 9, 0, 0x1FF, 0), "Arial"),
    ]
    out = u2(len(fonts)) + u2(0)
    for ffid, chs, panose, fs, name in fonts:
        ffn = b1(ffid) + s2(400) + b1(chs) + b1(0) + panose + fs + name.encode("utf-16-le") + b"\0\0"
        out += b1(len(ffn)) + ffn
    return out


# ---------------------------------------------------------------- document properties

def dttm(y, mo, d, h, mi, wd):
    return mi | (h << 6) | (d << 11) | (mo << 16) | ((y - 1900) << 20) | (wd << 29)


def filetime(y, mo, d, h, mi):
    import datetime
    dt = datetime.datetime(y, mo, d, h, mi) - datetime.timedelta(hours=5, minutes=30)
    delta = dt - datetime.datetime(1601, 1, 1)
    return (delta.days * 86400 + delta.seconds) * 10000000


CREATED = (2024, 8, 12, 18, 4, 1)
SAVED = (2025, 9, 27, 23, 12, 6)


def dop(counts):
    words, chars, pages, paras, lines_, chars_ws = counts
    d = bytearray(616)
    d[0] = 0x02                     # widow control
    struct.pack_into("<H", d, 2, 1 << 2)    # nFtn = 1
    struct.pack_into("<H", d, 10, 720)      # dxaTab
    struct.pack_into("<H", d, 12, 0)
    struct.pack_into("<H", d, 14, 360)      # dxaHotZ
    struct.pack_into("<I", d, 20, dttm(*CREATED))
    struct.pack_into("<I", d, 24, dttm(*SAVED))
    struct.pack_into("<H", d, 32, 12)       # nRevision
    struct.pack_into("<I", d, 34, 243)      # tmEdited (minutes)
    struct.pack_into("<I", d, 38, words)
    struct.pack_into("<I", d, 42, chars)
    struct.pack_into("<H", d, 46, pages)
    struct.pack_into("<I", d, 48, paras)
    struct.pack_into("<I", d, 52, (1 << 2) | (3 << 16))   # nEdn = 1, epc = 3
    struct.pack_into("<I", d, 56, lines_)
    struct.pack_into("<I", d, 60, words)
    struct.pack_into("<I", d, 64, chars)
    struct.pack_into("<H", d, 68, pages)
    struct.pack_into("<I", d, 70, paras)
    struct.pack_into("<I", d, 74, lines_)
    struct.pack_into("<H", d, 82, 0x0004)
    struct.pack_into("<H", d, 404, 180)     # dogrid: dxaGrid
    struct.pack_into("<H", d, 406, 180)     # dyaGrid
    struct.pack_into("<I", d, 424, chars_ws)    # cChWS
    struct.pack_into("<I", d, 428, chars_ws)    # cChWSWithSubdocs
    return bytes(d)


def lpstr(s):
    data = s.encode("cp1252") + b"\0"
    data += b"\0" * (-len(data) % 4)
    return u2(0x1E) + u2(0) + u4(len(s) + 1) + data


def prop_set(fmtid, props):
    """props: list of (pid, bytes of TypedPropertyValue)."""
    n = len(props)
    head = 8 + 8 * n
    offs, body = [], b""
    for pid, val in props:
        offs.append((pid, head + len(body)))
        body += val
    pset = u4(head + len(body)) + u4(n) + b"".join(u4(p) + u4(o) for p, o in offs) + body
    stream = u2(0xFFFE) + u2(0) + u4(0x00020105) + b"\0" * 16 + u4(1) + fmtid + u4(48)
    return stream + pset


def guid(s):
    import uuid
    return uuid.UUID(s).bytes_le


def summary_info(counts):
    words, chars, pages, paras, lines_, chars_ws = counts
    i2 = lambda v: u2(2) + u2(0) + s2(v) + u2(0)
    i4 = lambda v: u2(3) + u2(0) + u4(v)
    ft = lambda v: u2(0x40) + u2(0) + struct.pack("<Q", v)
    props = [
        (1, i2(1252)), (2, lpstr("MODERN INDIA")), (3, lpstr("")), (4, lpstr("Ankit")),
        (5, lpstr("")), (6, lpstr("")), (7, lpstr("Normal.dot")), (8, lpstr("Ankit")),
        (9, lpstr("12")), (10, ft(243 * 60 * 10000000)), (12, ft(filetime(*CREATED[:5]))),
        (13, ft(filetime(*SAVED[:5]))), (14, i4(pages)), (15, i4(words)), (16, i4(chars)),
        (18, lpstr("Microsoft Office Word")), (19, i4(0)),
    ]
    return prop_set(guid("F29F85E0-4FF9-1068-AB91-08002B27B3D9"), props)


def doc_summary_info(counts):
    words, chars, pages, paras, lines_, chars_ws = counts
    i2 = lambda v: u2(2) + u2(0) + s2(v) + u2(0)
    i4 = lambda v: u2(3) + u2(0) + u4(v)
    bl = lambda v: u2(0x0B) + u2(0) + u2(0xFFFF if v else 0) + u2(0)
    props = [
        (1, i2(1252)), (0x0F, lpstr("Home")), (5, i4(lines_)), (6, i4(paras)), (0x0B, bl(False)),
        (0x10, bl(False)), (0x11, i4(chars_ws)), (0x13, bl(False)), (0x16, bl(False)),
        (0x17, i4(0x000B0000)),
    ]
    return prop_set(guid("D5CDD502-2E9C-101B-9397-08002B2CF9AE"), props)


def comp_obj():
    out = bytes.fromhex("0100feff030a0000ffffffff") + guid("00020906-0000-0000-C000-000000000046")
    for s in ("Microsoft Word Document", "MSWordDoc", "Word.Document.8"):
        out += u4(len(s) + 1) + s.encode("ascii") + b"\0"
    out += u4(0x71B239F4) + u4(0) + u4(0) + u4(0)
    return out


def saved_by():
    names = ["Ankit", r"C:\Documents and Settings\Ankit\My Documents\UPSC\Modern India\Class 9 - Swadeshi.doc",
             "Ankit", r"C:\Documents and Settings\Ankit\Desktop\Class 9 - Swadeshi.doc",
             "Ankit", r"E:\UPSC notes\Modern India\Class 9 - Swadeshi.doc"]
    out = u2(0xFFFF) + u2(len(names)) + u2(0)
    for n in names:
        out += u2(len(n)) + n.encode("utf-16-le")
    return out


# ---------------------------------------------------------------- compound file

ENDOFCHAIN, FREESECT, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def cfb(streams, root_clsid, root_mtime):
    """streams: list of (name, bytes). Writes a CFB v3 file."""
    big = [(n, d) for n, d in streams if len(d) >= 4096]
    small = [(n, d) for n, d in streams if len(d) < 4096]
    mini = bytearray()
    minifat = []
    start_of = {}
    for n, d in small:
        k = (len(d) + 63) // 64
        first = len(minifat)
        start_of[n] = first if d else ENDOFCHAIN
        for j in range(k):
            minifat.append(first + j + 1 if j < k - 1 else ENDOFCHAIN)
        mini += d + b"\0" * (k * 64 - len(d))
    sectors = []     # list of 512-byte blobs
    fat = []

    def put(data, marker=None):
        k = max(1, (len(data) + 511) // 512)
        first = len(sectors)
        for j in range(k):
            chunk = data[j * 512:(j + 1) * 512]
            sectors.append(chunk + b"\0" * (512 - len(chunk)))
            fat.append(marker if marker is not None else (first + j + 1 if j < k - 1 else ENDOFCHAIN))
        return first

    for n, d in big:
        start_of[n] = put(d)
    mini_start = put(bytes(mini)) if mini else ENDOFCHAIN
    mfat_bytes = b"".join(u4(x) for x in minifat)
    mfat_bytes += u4(FREESECT) * (-len(minifat) % 128)
    mfat_start = put(mfat_bytes)
    n_mfat = len(mfat_bytes) // 512
    # directory: root + streams, 4 entries a sector
    names = [n for n, _ in streams]
    sizes = {n: len(d) for n, d in streams}

    def key(n):
        return (len(n), n.upper())

    order = sorted(names, key=key)
    left, right = {}, {}

    def build(lo, hi):
        if lo > hi:
            return None
        mid = (lo + hi) // 2
        left[order[mid]] = build(lo, mid - 1)
        right[order[mid]] = build(mid + 1, hi)
        return order[mid]

    root_child = build(0, len(order) - 1)
    ids = {n: i + 1 for i, n in enumerate(names)}

    def entry(name, typ, lft, rgt, child, clsid, mtime, start, size):
        nm = name.encode("utf-16-le") + b"\0\0"
        return nm + b"\0" * (64 - len(nm)) + u2(len(nm)) + b1(typ) + b1(1) + u4(lft) + u4(rgt) + \
            u4(child) + clsid + u4(0) + struct.pack("<QQ", 0, mtime) + u4(start) + u4(size) + u4(0)

    dirs = entry("Root Entry", 5, NOSTREAM, NOSTREAM, ids[root_child], root_clsid, root_mtime,
                 mini_start, len(mini))
    for n in names:
        dirs += entry(n, 2, ids[left[n]] if left[n] else NOSTREAM,
                      ids[right[n]] if right[n] else NOSTREAM, NOSTREAM, b"\0" * 16, 0,
                      start_of[n], sizes[n])
    while len(dirs) % 512:
        dirs += b"\0" * 64 + u2(0) + b1(0) + b1(0) + u4(NOSTREAM) * 3 + b"\0" * 16 + u4(0) + \
            b"\0" * 16 + u4(0) + u4(0) + u4(0)
    dir_start = put(dirs)
    # FAT sectors
    n_fat = 1
    while (len(sectors) + n_fat) > n_fat * 128:
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
    header = bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 16 + u2(0x003E) + u2(0x0003) + \
        u2(0xFFFE) + u2(9) + u2(6) + b"\0" * 6 + u4(0) + u4(n_fat) + u4(dir_start) + u4(0) + \
        u4(4096) + u4(mfat_start if n_mfat else ENDOFCHAIN) + u4(n_mfat) + u4(ENDOFCHAIN) + \
        u4(0) + b"".join(u4(x) for x in difat)
    return header + b"".join(sectors)


# ---------------------------------------------------------------- main

def main():
    lines = parse(SRC)
    main_part, hdr, hdd_starts = build_text(lines)
    main_text = "".join(main_part.text)
    hdr_text = "".join(hdr.text)
    ccp_text, ccp_hdd = len(main_text), len(hdr_text)
    full = main_text + hdr_text
    raw = full.encode("cp1252")
    fc_of = lambda cp: FC_MIN + cp

    # counts as Word keeps them (roughly: words, characters, pages, paragraphs, lines)
    visible = re.sub(r"\x13[^\x14]*\x14", "", main_text)
    visible = re.sub(r"[\x07\x15]", " ", visible)
    words = len(visible.split())
    chars = len(re.sub(r"\s", "", visible))
    paras = len(main_part.paras)
    counts = (words, chars, 4, paras, 171, len(visible.replace("\r", "")))

    runs = merge_runs(main_part.runs + [(a + ccp_text, b + ccp_text, g) for a, b, g in hdr.runs])
    paras_all = main_part.paras + [(a + ccp_text, b + ccp_text, s, g) for a, b, s, g in hdr.paras]

    # WordDocument stream layout: FIB | text | SEPX | CHPX FKPs | PAPX FKPs
    word = bytearray(FC_MIN)
    word += raw
    sepx_grpprl = (sprm(0x3009, b1(2)) + sprm(0xB01F, u2(11906)) + sprm(0xB020, u2(16838)) +
                   sprm(0xB021, u2(1800)) + sprm(0xB022, u2(1800)) + sprm(0x9023, s2(1440)) +
                   sprm(0x9024, s2(1440)) + sprm(0xB017, u2(720)) + sprm(0xB018, u2(720)) +
                   sprm(0x900C, s2(720)))
    while len(word) % 2:
        word += b"\0"
    fc_sepx = len(word)
    word += u2(len(sepx_grpprl)) + sepx_grpprl
    word += b"\0" * (-len(word) % 512)
    bte_chpx, bte_papx = [], []
    for first, last, page in chpx_fkps(runs, fc_of):
        bte_chpx.append((first, last, len(word) // 512))
        word += page
    for first, last, page in papx_fkps(paras_all, fc_of):
        bte_papx.append((first, last, len(word) // 512))
        word += page

    # 1Table stream
    table = bytearray()
    fclcb = {}

    def put(idx, data):
        fclcb[idx] = (len(table), len(data))
        table.extend(data)

    stsh = stylesheet()
    fclcb[0] = (0, len(stsh))
    put(1, stsh)
    put(6, u4(0) + u4(ccp_text) + u2(0) + u4(fc_sepx) + u2(0) + u4(0xFFFFFFFF))
    put(11, b"".join(u4(c) for c in hdd_starts))
    put(12, b"".join(u4(f) for f, _, _ in bte_chpx) + u4(bte_chpx[-1][1]) +
        b"".join(u4(p) for _, _, p in bte_chpx))
    put(13, b"".join(u4(f) for f, _, _ in bte_papx) + u4(bte_papx[-1][1]) +
        b"".join(u4(p) for _, _, p in bte_papx))
    put(15, font_table())
    put(16, b"".join(u4(cp) for cp, _ in main_part.fields) + u4(ccp_text) +
        b"".join(f for _, f in main_part.fields))
    put(17, b"".join(u4(cp) for cp, _ in hdr.fields) + u4(ccp_hdd) +
        b"".join(f for _, f in hdr.fields))
    put(31, dop(counts))
    pcd = u2(0) + u4((FC_MIN * 2) | 0x40000000) + u2(0)
    plcpcd = u4(0) + u4(len(full)) + pcd
    put(33, b"\x02" + u4(len(plcpcd)) + plcpcd)
    put(71, saved_by())

    # FIB
    fib = bytearray()
    flags = 0x0200 | 0x1000   # fWhichTblStm, fExtChar
    fib += u2(0xA5EC) + u2(0x00C1) + u2(0) + u2(0x0409) + u2(0) + u2(flags) + u2(0x00BF) + \
        u4(0) + b1(0) + b1(0) + u2(0) + u2(0) + u4(FC_MIN) + u4(FC_MIN + len(raw))
    rgw = [0] * 14
    rgw[0], rgw[1] = 0x6A62, 0x6A62
    rgw[13] = 0x0409
    fib += u2(14) + b"".join(u2(x) for x in rgw)
    rglw = [0] * 22
    rglw[0] = len(word)          # cbMac
    rglw[3] = ccp_text
    rglw[5] = ccp_hdd
    fib += u2(22) + b"".join(u4(x) for x in rglw)
    n_pairs = 0xA4
    pairs = [(0, 0)] * n_pairs
    for idx, v in fclcb.items():
        pairs[idx] = v
    ft = filetime(*SAVED[:5])
    pairs[87] = (ft & 0xFFFFFFFF, ft >> 32)
    fib += u2(n_pairs) + b"".join(u4(a) + u4(b) for a, b in pairs)
    fib += u2(2) + u2(0x010C) + u2(0)
    assert len(fib) <= FC_MIN
    word[0:len(fib)] = fib

    streams = [
        ("WordDocument", bytes(word)),
        ("1Table", bytes(table)),
        ("\x05SummaryInformation", summary_info(counts)),
        ("\x05DocumentSummaryInformation", doc_summary_info(counts)),
        ("\x01CompObj", comp_obj()),
    ]
    data = cfb(streams, guid("00020906-0000-0000-C000-000000000046"), filetime(*SAVED[:5]))
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
