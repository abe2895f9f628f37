#!/usr/bin/python3
"""Re-make docs/pvtg-tribal-welfare-lecture-deck.pptx from tools/pvtg-tribal-welfare-lecture-deck.txt.

The deck is a PowerPoint for Microsoft 365 (16.0) widescreen presentation on the 2023 "Office
Theme" (Aptos / Aptos Display): every part opens with an XML declaration and CRLF and holds its
markup on one line; zip entries are deflated and stamped 1980-01-01 00:00 as Office writes them;
eleven slide layouts, a slide master, a notes master with its own theme, notes slides for the
slides with "N:" lines, docProps/thumbnail.jpeg (a 256x144 baseline JPEG written by the small
encoder below), app and core properties.  Slide text is split into runs the way PowerPoint leaves
it after the spell-checker has flagged proper nouns (err="1"); footers and slide numbers
(a:fld type="slidenum") are on every slide but the title slide; tables are graphicFrames in the
content placeholder with the Medium Style 2 - Accent 1 table style.

Source marks: "@key value" properties; "=== Layout" starts a slide (Title Slide, Title and
Content, Table, Closing); "T: " title; "S: " subtitle line; "- ", "-- " bullets at level 1 and 2;
"| " table row; "N: " a paragraph of speaker notes.  Deterministic: no clock, no randomness.
Usage: make_pptx.py [OUTPUT]   (default: ../docs/<slug>.pptx)
"""
"""A small baseline JPEG encoder (standard library only, integer arithmetic so that the
bytes are the same on every machine), used by make_pptx.py for docProps/thumbnail.jpeg."""
import math
import struct

ZIGZAG = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27,
          20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
          58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63]
Q_LUM = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
         14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
         49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]
Q_CHR = [17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99,
         47, 66, 99, 99, 99, 99, 99, 99] + [99] * 32
DC_LUM = ([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], list(range(12)))
DC_CHR = ([0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], list(range(12)))
AC_LUM = ([0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d], bytes.fromhex(
    "01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728"
    "292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a83848586878889"
    "8a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2"
    "e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9fa"))
AC_CHR = ([0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77], bytes.fromhex(
    "000102031104052131061241510761711322328108144291a1b1c109233352f0156272d10a162434e125f11718191a26"
    "2728292a35363738393a434445464748494a535455565758595a636465666768696a737475767778797a828384858687"
    "88898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9da"
    "e2e3e4e5e6e7e8e9eaf2f3f4f5f6f7f8f9fa"))
SCALE = 14
COS = [[int(round((1 << SCALE) * (math.sqrt(0.5) if u == 0 else 1.0) * 0.5 *
                  math.cos((2 * x + 1) * u * math.pi / 16))) for x in range(8)] for u in range(8)]


def qtable(base, quality):
    s = 5000 // quality if quality < 50 else 200 - 2 * quality
    return [min(255, max(1, (b * s + 50) // 100)) for b in base]


def huff_codes(spec):
    bits, vals = spec
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


class Bits:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def put(self, code, length):
        self.acc = (self.acc << length) | code
        self.n += length
        while self.n >= 8:
            self.n -= 8
            b = (self.acc >> self.n) & 0xFF
            self.out.append(b)
            if b == 0xFF:
                self.out.append(0)
        self.acc &= (1 << self.n) - 1

    def flush(self):
        if self.n:
            self.put((1 << (8 - self.n)) - 1, 8 - self.n)


def fdct(block):
    tmp = [[sum(COS[u][x] * block[y * 8 + x] for x in range(8)) for u in range(8)] for y in range(8)]
    out = [0] * 64
    for v in range(8):
        for u in range(8):
            out[v * 8 + u] = sum(COS[v][y] * tmp[y][u] for y in range(8))
    return out


def category(v):
    v = abs(v)
    n = 0
    while v:
        n += 1
        v >>= 1
    return n


def encode(width, height, pixel, quality=80):
    """pixel(x, y) -> (r, g, b). Returns JPEG bytes (baseline, 4:4:4, JFIF)."""
    qs = [qtable(Q_LUM, quality), qtable(Q_CHR, quality)]
    dc = [huff_codes(DC_LUM), huff_codes(DC_CHR)]
    ac = [huff_codes(AC_LUM), huff_codes(AC_CHR)]
    bits = Bits()
    pred = [0, 0, 0]
    for by in range(0, height, 8):
        for bx in range(0, width, 8):
            comps = [[0] * 64, [0] * 64, [0] * 64]
            for j in range(8):
                for i in range(8):
                    r, g, b = pixel(min(bx + i, width - 1), min(by + j, height - 1))
                    y = (19595 * r + 38470 * g + 7471 * b + 32768) >> 16
                    cb = ((-11059 * r - 21709 * g + 32768 * b + 32768) >> 16) + 128
                    cr = ((32768 * r - 27439 * g - 5329 * b + 32768) >> 16) + 128
                    comps[0][j * 8 + i] = y - 128
                    comps[1][j * 8 + i] = cb - 128
                    comps[2][j * 8 + i] = cr - 128
            for c in range(3):
                t = 0 if c == 0 else 1
                coef = fdct(comps[c])
                q = qs[t]
                zz = []
                for k in range(64):
                    idx = ZIGZAG[k]
                    val = coef[idx]
                    d = q[idx] << (2 * SCALE)
                    zz.append((val + d // 2) // d if val >= 0 else -((-val + d // 2) // d))
                diff = zz[0] - pred[c]
                pred[c] = zz[0]
                n = category(diff)
                code, ln = dc[t][n]
                bits.put(code, ln)
                if n:
                    bits.put(diff if diff > 0 else diff + (1 << n) - 1, n)
                run = 0
                for k in range(1, 64):
                    v = zz[k]
                    if v == 0:
                        run += 1
                        continue
                    while run > 15:
                        code, ln = ac[t][0xF0]
                        bits.put(code, ln)
                        run -= 16
                    n = category(v)
                    code, ln = ac[t][(run << 4) | n]
                    bits.put(code, ln)
                    bits.put(v if v > 0 else v + (1 << n) - 1, n)
                    run = 0
                if run:
                    code, ln = ac[t][0x00]
                    bits.put(code, ln)
    bits.flush()

    def seg(marker, payload):
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    out = bytearray(b"\xff\xd8")
    out += seg(0xE0, b"JFIF\x00\x01\x01\x01\x00\x60\x00\x60\x00\x00")
    for t in range(2):
        out += seg(0xDB, bytes([t]) + bytes(qs[t][ZIGZAG[k]] for k in range(64)))
    out += seg(0xC0, struct.pack(">BHHB", 8, height, width, 3) + bytes([1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]))
    for cls, tid, spec in ((0, 0, DC_LUM), (1, 0, AC_LUM), (0, 1, DC_CHR), (1, 1, AC_CHR)):
        out += seg(0xC4, bytes([(cls << 4) | tid]) + bytes(spec[0]) + bytes(spec[1]))
    out += seg(0xDA, bytes([3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]))
    out += bits.out
    out += b"\xff\xd9"
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# The deck
# ---------------------------------------------------------------------------------------------
import hashlib
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "pvtg-tribal-welfare-lecture-deck"
SRC = os.path.join(HERE, SLUG + ".txt")
OUT = os.path.join(HERE, "..", "docs", SLUG + ".pptx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = 'xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"' % (NS_A, NS_R, NS_P)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.presentationml."
A16 = "http://schemas.microsoft.com/office/drawing/2014/main"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
LANG = "en-IN"

# words PowerPoint's en-IN speller does not know: they get runs of their own with err="1"
UNKNOWN = {"PVTGs", "PVTG", "Dhebar", "Sabars", "Baigas", "Jarawas", "Shompens", "Janjatiya", "Abhiyan",
           "Divas", "Gaurav", "Utkarsh", "Aaba", "Dharti", "Janjati", "Adivasi", "Nyaya", "Khunti",
           "Hazaribagh", "Ulihatu", "Ulgulan", "Birsa", "Munda", "Jamui", "Savar", "Sabar", "Kheria",
           "Purulia", "Budhan", "Mahasweta", "Dindori", "Mandla", "Balaghat", "bewar", "Chak", "godna",
           "Singhbhum", "Dalma", "Shompen", "Jarawa", "Galathea", "Lokur", "Bijapur", "Kendra", "Kendras",
           "Vikas", "Dhan", "Van", "Unnat", "Gram", "Varsh", "Janbhagidari", "Shahdol", "Ayushman",
           "Anganwadi", "Bondo", "Kondh", "Juang", "Lanjia", "Saora", "Mankidia", "Chenchu", "Gadaba",
           "Kolam", "Kondareddi", "Asur", "Birhor", "Paharia", "Baiga", "Abujh", "Maria", "Bharia",
           "Saharia", "Kamar", "Toda", "Kurumba", "Irula", "Paniyan", "Kathodi", "Kotwalia", "Kolgha",
           "Siddi", "Padhar", "Cholanaickan", "Kadar", "Kattunayakan", "Koraga", "Andamanese", "Onge",
           "Onges", "Sentinelese", "Katkari", "Gond", "Lodha", "Toto", "Dongria", "Reangs", "Marram",
           "Nagas", "Antyodaya", "Chau", "Telangana", "Chhattisgarh", "Uttarakhand", "Manipur",
           "Tripura", "Jharkhand", "Odisha", "MoTA", "NESTS", "EMRS", "DAJGUA", "PMJVM", "VDVKs",
           "VDVK", "TRIFED", "PESA", "Ranjan", "Alok", "Sentinelese", "HHs", "Bru", "Sept"}


def guid(*parts):
    h = hashlib.md5("|".join(str(p) for p in parts).encode()).hexdigest().upper()
    return "{%s-%s-%s-%s-%s}" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def num(*parts):
    return int(hashlib.md5("|".join(str(p) for p in parts).encode()).hexdigest()[:8], 16) % 4000000000


# ---------------------------------------------------------------------------------------------
def parse(text):
    meta, slides, cur = {}, [], None
    for line in text.split("\n"):
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.startswith("=== "):
            cur = {"layout": line[4:], "title": "", "sub": [], "body": [], "table": [], "notes": []}
            slides.append(cur)
        elif not line.strip():
            continue
        elif line.startswith("T: "):
            cur["title"] = line[3:]
        elif line.startswith("S: "):
            cur["sub"].append(line[3:])
        elif line.startswith("N: "):
            cur["notes"].append(line[3:])
        elif line.startswith("| "):
            cur["table"].append([c.strip() for c in line[2:].split(" | ")])
        elif line.startswith("-"):
            m = re.match(r"(-+) (.*)", line)
            cur["body"].append((len(m.group(1)) - 1, m.group(2)))
        else:
            raise ValueError("unmarked line: %r" % line)
    return meta, slides


def runs(text, rpr_extra=""):
    """Split text into <a:r> runs the way PowerPoint leaves them after spell-check."""
    out = []
    tokens = re.split(r"(\w[\w’]*)", text)
    buf = ""

    def flush_plain():
        if buf:
            out.append('<a:r><a:rPr lang="%s"%s dirty="0"/><a:t>%s</a:t></a:r>' % (LANG, rpr_extra, escape(buf)))

    for tok in tokens:
        if tok and tok in UNKNOWN:
            flush_plain()
            buf = ""
            out.append('<a:r><a:rPr lang="%s"%s dirty="0" err="1"/><a:t>%s</a:t></a:r>' % (LANG, rpr_extra, escape(tok)))
        else:
            buf += tok
    flush_plain()
    return "".join(out)


def para(text, lvl=0, rpr_extra=""):
    ppr = '<a:pPr lvl="%d"/>' % lvl if lvl else ""
    return '<a:p>%s%s<a:endParaRPr lang="%s"%s dirty="0"/></a:p>' % (ppr, runs(text, rpr_extra), LANG, rpr_extra)


def nv(id_, name, ph, slide_no, locks='<a:spLocks noGrp="1"/>'):
    return ('<p:nvSpPr><p:cNvPr id="%d" name="%s"><a:extLst><a:ext uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}">'
            '<a16:creationId xmlns:a16="%s" id="%s"/></a:ext></a:extLst></p:cNvPr><p:cNvSpPr>%s</p:cNvSpPr>'
            '<p:nvPr>%s</p:nvPr></p:nvSpPr>' % (id_, name, A16, guid("shape", slide_no, name), locks, ph))


GRP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
       '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def footer_shapes(n, start_id, footer):
    f = ('<p:sp>%s<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>'
         % (nv(start_id, "Footer Placeholder %d" % (start_id - 1), '<p:ph type="ftr" sz="quarter" idx="11"/>', n),
            para(footer)))
    s = ('<p:sp>%s<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" '
         'type="slidenum"><a:rPr lang="%s"/><a:t>%d</a:t></a:fld><a:endParaRPr lang="%s"/></a:p></p:txBody></p:sp>'
         % (nv(start_id + 1, "Slide Number Placeholder %d" % start_id, '<p:ph type="sldNum" sz="quarter" idx="12"/>', n),
            LANG, n, LANG))
    return f + s


def table_frame(n, rows):
    ncol = len(rows[0])
    widths = {2: [3657600, 6858000], 3: [3429000, 1143000, 5943600]}.get(ncol)
    if n and rows[0][0] == "Feature":
        widths = [2743200, 3337560, 4434840]
    grid = "".join('<a:gridCol w="%d"><a:extLst><a:ext uri="{9D8B030D-6E8A-4147-A177-3AD203B41FA5}">'
                   '<a16:colId xmlns:a16="%s" val="%d"/></a:ext></a:extLst></a:gridCol>'
                   % (w, A16, num("col", n, i)) for i, w in enumerate(widths))
    sz = ' sz="1400"' if len(rows) > 8 else ' sz="1600"'
    trs = []
    for r, cells in enumerate(rows):
        tcs = []
        for c, cell in enumerate(cells):
            extra = sz + (' b="1"' if (r == len(rows) - 1 and cell.startswith(("Total", "75", "18 States"))) else "")
            tcs.append('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr/></a:tc>' % para(cell, 0, extra))
        trs.append('<a:tr h="%d">%s<a:extLst><a:ext uri="{0D108BD9-81ED-4DB2-BD59-A6C34878D82A}"><a16:rowId '
                   'xmlns:a16="%s" val="%d"/></a:ext></a:extLst></a:tr>'
                   % (340360 if len(rows) > 8 else 457200, "".join(tcs), A16, num("row", n, r)))
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Content Placeholder 3"><a:extLst><a:ext '
            'uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}"><a16:creationId xmlns:a16="%s" id="%s"/></a:ext></a:extLst>'
            '</p:cNvPr><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr>'
            '<p:ph idx="1"/><p:extLst><p:ext uri="{D42A27DB-BD31-4B8C-83A1-F6EECF244321}"><p14:modId xmlns:p14="%s" '
            'val="%d"/></p:ext></p:extLst></p:nvPr></p:nvGraphicFramePr><p:xfrm><a:off x="838200" y="1463040"/>'
            '<a:ext cx="10515600" cy="%d"/></p:xfrm><a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1">'
            '<a:tableStyleId>{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}</a:tableStyleId></a:tblPr><a:tblGrid>%s</a:tblGrid>'
            '%s</a:tbl></a:graphicData></a:graphic></p:graphicFrame>'
            % (A16, guid("tbl", n), P14, num("mod", n), (340360 if len(rows) > 8 else 457200) * len(rows), grid,
               "".join(trs)))


def slide_xml(n, s, footer):
    sp = []
    lay = s["layout"]
    if lay == "Title Slide":
        sp.append('<p:sp>%s<p:spPr/><p:txBody><a:bodyPr><a:normAutofit fontScale="90000"/></a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>'
                  % (nv(2, "Title 1", '<p:ph type="ctrTitle"/>', n), para(s["title"])))
        sp.append('<p:sp>%s<p:spPr/><p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>'
                  % (nv(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>', n),
                     "".join(para(t, 0, ' sz="2000"' if i else "") for i, t in enumerate(s["sub"]))))
    elif lay == "Closing":
        sp.append('<p:sp>%s<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>'
                  % (nv(2, "Title 1", '<p:ph type="title"/>', n), para(s["title"])))
        sp.append('<p:sp>%s<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>'
                  % (nv(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', n), "".join(para(t) for t in s["sub"])))
        sp.append(footer_shapes(n, 4, footer))
    else:
        sp.append('<p:sp>%s<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>'
                  % (nv(2, "Title 1", '<p:ph type="title"/>', n), para(s["title"])))
        if lay == "Table":
            sp.append(table_frame(n, s["table"]))
            sp.append(footer_shapes(n, 5, footer))
        else:
            long_ = sum(len(t) for _, t in s["body"]) > 520
            body = ('<a:bodyPr><a:normAutofit fontScale="%s" lnSpcReduction="10000"/></a:bodyPr>' % ("85000" if long_ else "92500")
                    if long_ or len(s["body"]) > 7 else "<a:bodyPr/>")
            sp.append('<p:sp>%s<p:spPr/><p:txBody>%s<a:lstStyle/>%s</p:txBody></p:sp>'
                      % (nv(3, "Content Placeholder 2", '<p:ph idx="1"/>', n), body,
                         "".join(para(t, lvl) for lvl, t in s["body"])))
            sp.append(footer_shapes(n, 4, footer))
    return (DECL + '<p:sld %s><p:cSld><p:spTree>%s%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/>'
            '</p:clrMapOvr><p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId '
            'xmlns:p14="%s" val="%d"/></p:ext></p:extLst></p:sld>' % (NSDECL, GRP, "".join(sp), P14, num("sld", n)))


def notes_xml(n, s):
    body = "".join(para(t) for t in s["notes"])
    return (DECL + '<p:notes %s><p:cSld><p:spTree>%s'
            '<p:sp>%s<p:spPr/></p:sp>'
            '<p:sp>%s<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>'
            '<p:sp>%s<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{46EE9E8F-7D5B-4CC1-9C43-51C2F87B8F52}" '
            'type="slidenum"><a:rPr lang="%s"/><a:t>%d</a:t></a:fld><a:endParaRPr lang="%s"/></a:p></p:txBody></p:sp>'
            '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr><p:extLst><p:ext '
            'uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId xmlns:p14="%s" val="%d"/></p:ext></p:extLst>'
            '</p:notes>'
            % (NSDECL, GRP,
               nv(2, "Slide Image Placeholder 1", '<p:ph type="sldImg"/>', "n%d" % n,
                  '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/>'),
               nv(3, "Notes Placeholder 2", '<p:ph type="body" idx="1"/>', "n%d" % n), body,
               nv(4, "Slide Number Placeholder 3", '<p:ph type="sldNum" sz="quarter" idx="5"/>', "n%d" % n),
               LANG, n, LANG, P14, num("notes", n)))


# ---------------------------------------------------------------------------------------------
# Theme, master, layouts, notes master
# ---------------------------------------------------------------------------------------------
SCRIPT_FONTS_MAJOR = [("Jpan", "游ゴシック Light"), ("Hang", "맑은 고딕"), ("Hans", "等线 Light"), ("Hant", "新細明體"),
                      ("Arab", "Times New Roman"), ("Hebr", "Times New Roman"), ("Thai", "Angsana New"),
                      ("Ethi", "Nyala"), ("Beng", "Vrinda"), ("Gujr", "Shruti"), ("Khmr", "MoolBoran"),
                      ("Knda", "Tunga"), ("Guru", "Raavi"), ("Cans", "Euphemia"), ("Cher", "Plantagenet Cherokee"),
                      ("Yiii", "Microsoft Yi Baiti"), ("Tibt", "Microsoft Himalaya"), ("Thaa", "MV Boli"),
                      ("Deva", "Mangal"), ("Telu", "Gautami"), ("Taml", "Latha"), ("Syrc", "Estrangelo Edessa"),
                      ("Orya", "Kalinga"), ("Mlym", "Kartika"), ("Laoo", "DokChampa"), ("Sinh", "Iskoola Pota"),
                      ("Mong", "Mongolian Baiti"), ("Viet", "Times New Roman"), ("Uigh", "Microsoft Uighur"),
                      ("Geor", "Sylfaen"), ("Armn", "Arial"), ("Bugi", "Leelawadee UI"), ("Bopo", "Microsoft JhengHei"),
                      ("Java", "Javanese Text"), ("Lisu", "Segoe UI"), ("Mymr", "Myanmar Text"), ("Nkoo", "Ebrima"),
                      ("Olck", "Nirmala UI"), ("Osma", "Ebrima"), ("Phag", "Phagspa"), ("Syrn", "Estrangelo Edessa"),
                      ("Syrj", "Estrangelo Edessa"), ("Syre", "Estrangelo Edessa"), ("Sora", "Nirmala UI"),
                      ("Tale", "Microsoft Tai Le"), ("Talu", "Microsoft New Tai Lue"), ("Tfng", "Ebrima")]


def font_block(tag, latin, panose, major):
    fonts = []
    for script, face in SCRIPT_FONTS_MAJOR:
        if not major:
            face = {"Jpan": "游ゴシック", "Hans": "等线", "Thai": "Cordia New", "Arab": "Arial", "Hebr": "Arial",
                    "Viet": "Arial", "Yiii": "Microsoft Yi Baiti"}.get(script, face)
        fonts.append('<a:font script="%s" typeface="%s"/>' % (script, face))
    return ('<a:%s><a:latin typeface="%s" panose="%s"/><a:ea typeface=""/><a:cs typeface=""/>%s</a:%s>'
            % (tag, latin, panose, "".join(fonts), tag))


def theme_xml(name):
    grad = ('<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/>'
            '<a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr">'
            '<a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/></a:schemeClr></a:gs><a:gs pos="100000">'
            '<a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/></a:schemeClr>'
            '</a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>')
    grad2 = ('<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:satMod val="103000"/>'
             '<a:lumMod val="102000"/><a:tint val="94000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr">'
             '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/></a:schemeClr></a:gs><a:gs pos="100000">'
             '<a:schemeClr val="phClr"><a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/></a:schemeClr>'
             '</a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>')
    ln = ''.join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
                 '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' % w for w in (12700, 19050, 25400))
    return (DECL + '<a:theme xmlns:a="%s" name="%s"><a:themeElements><a:clrScheme name="Office">'
            '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
            '<a:dk2><a:srgbClr val="0E2841"/></a:dk2><a:lt2><a:srgbClr val="E8E8E8"/></a:lt2>'
            '<a:accent1><a:srgbClr val="156082"/></a:accent1><a:accent2><a:srgbClr val="E97132"/></a:accent2>'
            '<a:accent3><a:srgbClr val="196B24"/></a:accent3><a:accent4><a:srgbClr val="0F9ED5"/></a:accent4>'
            '<a:accent5><a:srgbClr val="A02B93"/></a:accent5><a:accent6><a:srgbClr val="4EA72E"/></a:accent6>'
            '<a:hlink><a:srgbClr val="467886"/></a:hlink><a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme>'
            '<a:fontScheme name="Office">%s%s</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill>'
            '<a:schemeClr val="phClr"/></a:solidFill>%s%s</a:fillStyleLst><a:lnStyleLst>%s</a:lnStyleLst><a:effectStyleLst>'
            '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle>'
            '<a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0">'
            '<a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle>'
            '</a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill>'
            '<a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill>%s'
            '</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults><a:lnDef><a:spPr/><a:bodyPr/>'
            '<a:lstStyle/><a:style><a:lnRef idx="2"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="0">'
            '<a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="1"><a:schemeClr val="accent1"/></a:effectRef>'
            '<a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef></a:style></a:lnDef></a:objectDefaults>'
            '<a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}"><thm15:themeFamily '
            'xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
            'id="{2E142A2C-CD16-42D6-873A-C26D2A0506FA}" vid="{1BDDFF52-6CD6-40A5-AB3C-68EB2F1E4D0A}"/></a:ext>'
            '</a:extLst></a:theme>'
            % (NS_A, name, font_block("majorFont", "Aptos Display", "02110004020202020204", True),
               font_block("minorFont", "Aptos", "02110004020202020204", False), grad, grad2, ln, grad2))


def lvl_styles(sizes, bullets, base_mar=228600, step=457200):
    out = []
    for i in range(9):
        sz = sizes[min(i, len(sizes) - 1)]
        if bullets:
            out.append('<a:lvl%dpPr marL="%d" indent="-228600" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" '
                       'latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef>'
                       '<a:spcPts val="%d"/></a:spcBef><a:buFont typeface="Arial" panose="020B0604020202020204" '
                       'pitchFamily="34" charset="0"/><a:buChar char="•"/><a:defRPr sz="%d" kern="1200"><a:solidFill>'
                       '<a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/>'
                       '<a:cs typeface="+mn-cs"/></a:defRPr></a:lvl%dpPr>'
                       % (i + 1, base_mar + step * i, 1000 if i == 0 else 500, sz, i + 1))
        else:
            out.append('<a:lvl%dpPr marL="%d" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" '
                       'hangingPunct="1"><a:defRPr sz="%d" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>'
                       '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl%dpPr>'
                       % (i + 1, 457200 * i, sz, i + 1))
    return "".join(out)


def ph_sp(id_, name, ph, off, ext, body="", anchor="", bodypr=None):
    if bodypr is None:
        bodypr = "<a:bodyPr%s/>" % anchor
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>%s</p:nvPr>'
            '</p:nvSpPr><p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm></p:spPr><p:txBody>'
            '%s<a:lstStyle/>%s</p:txBody></p:sp>'
            % (id_, name, ph, off[0], off[1], ext[0], ext[1], bodypr,
               body or '<a:p><a:endParaRPr lang="%s"/></a:p>' % LANG))


def master_xml():
    title = ph_sp(2, "Title Placeholder 1", '<p:ph type="title"/>', (838200, 365125), (10515600, 1325563),
                  '<a:p><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master title style</a:t></a:r><a:endParaRPr lang="%s"/></a:p>' % LANG,
                  bodypr='<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" anchor="ctr"><a:normAutofit/></a:bodyPr>')
    levels = "".join('<a:p><a:pPr lvl="%d"/><a:r><a:rPr lang="en-US"/><a:t>%s</a:t></a:r></a:p>' % (i, t) if i else
                     '<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>%s</a:t></a:r></a:p>' % t
                     for i, t in enumerate(["Click to edit Master text styles", "Second level", "Third level",
                                            "Fourth level", "Fifth level"]))
    body = ph_sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', (838200, 1825625), (10515600, 4351338), levels,
                 bodypr='<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"><a:normAutofit/></a:bodyPr>')
    dt = ph_sp(4, "Date Placeholder 3", '<p:ph type="dt" sz="half" idx="2"/>', (838200, 6356350), (2743200, 365125),
               '<a:p><a:fld id="{8F3B1D0A-5B2E-4C1F-9A77-2D6E0F1C4B11}" type="datetimeFigureOut"><a:rPr lang="%s"/><a:t>11-07-2025</a:t></a:fld><a:endParaRPr lang="%s"/></a:p>' % (LANG, LANG))
    ft = ph_sp(5, "Footer Placeholder 4", '<p:ph type="ftr" sz="quarter" idx="3"/>', (4038600, 6356350), (4114800, 365125))
    sn = ph_sp(6, "Slide Number Placeholder 5", '<p:ph type="sldNum" sz="quarter" idx="4"/>', (8610600, 6356350), (2743200, 365125),
               '<a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr lang="%s"/><a:t>‹#›</a:t></a:fld><a:endParaRPr lang="%s"/></a:p>' % (LANG, LANG))
    ids = "".join('<p:sldLayoutId id="%d" r:id="rId%d"/>' % (2147483649 + i, i + 1) for i in range(11))
    return (DECL + '<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>%s%s%s%s%s%s'
            '</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
            'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            '<p:sldLayoutIdLst>%s</p:sldLayoutIdLst><p:txStyles><p:titleStyle><a:lvl1pPr algn="l" defTabSz="914400" rtl="0" '
            'eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/>'
            '</a:spcBef><a:buNone/><a:defRPr sz="4400" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>'
            '<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr></p:titleStyle>'
            '<p:bodyStyle>%s</p:bodyStyle><p:otherStyle><a:defPPr><a:defRPr lang="%s"/></a:defPPr>%s</p:otherStyle></p:txStyles>'
            '<p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId xmlns:p14="%s" val="1766409021"/></p:ext>'
            '</p:extLst></p:sldMaster>'
            % (NSDECL, GRP, title, body, dt, ft, sn, ids, lvl_styles([2800, 2400, 2000, 1800, 1800], True), LANG,
               lvl_styles([1800], False), P14))


LAYOUTS = [("title", "Title Slide"), ("obj", "Title and Content"), ("secHead", "Section Header"),
           ("twoObj", "Two Content"), ("twoTxTwoObj", "Comparison"), ("titleOnly", "Title Only"), ("blank", "Blank"),
           ("objTx", "Content with Caption"), ("picTx", "Picture with Caption"), ("vertTx", "Title and Vertical Text"),
           ("vertTitleAndTx", "Vertical Title and Text")]


def layout_xml(i):
    typ, name = LAYOUTS[i]
    shapes = []
    sid = [2]

    def add(nm, ph, off, ext, text="Click to edit Master text styles", anchor=""):
        body = '<a:p><a:r><a:rPr lang="en-US"/><a:t>%s</a:t></a:r><a:endParaRPr lang="%s"/></a:p>' % (text, LANG)
        shapes.append(ph_sp(sid[0], "%s %d" % (nm, sid[0] - 1), ph, off, ext, body, anchor))
        sid[0] += 1

    if typ == "title":
        add("Title", '<p:ph type="ctrTitle"/>', (1524000, 1122363), (9144000, 2387600), "Click to edit Master title style", ' anchor="b"')
        add("Subtitle", '<p:ph type="subTitle" idx="1"/>', (1524000, 3602038), (9144000, 1655762), "Click to edit Master subtitle style")
    elif typ == "secHead":
        add("Title", '<p:ph type="title"/>', (831850, 1709738), (10515600, 2852737), "Click to edit Master title style", ' anchor="b"')
        add("Text Placeholder", '<p:ph type="body" idx="1"/>', (831850, 4589463), (10515600, 1500187))
    elif typ == "blank":
        pass
    elif typ in ("vertTitleAndTx",):
        add("Vertical Title", '<p:ph type="title" orient="vert"/>', (8724900, 365125), (2628900, 5811838), "Click to edit Master title style", ' vert="eaVert"')
        add("Vertical Text Placeholder", '<p:ph type="body" orient="vert" idx="1"/>', (838200, 365125), (7734300, 5811838), anchor=' vert="eaVert"')
    else:
        add("Title", '<p:ph type="title"/>', (838200, 365125), (10515600, 1325563), "Click to edit Master title style")
        if typ == "obj":
            add("Content Placeholder", '<p:ph idx="1"/>', (838200, 1825625), (10515600, 4351338))
        elif typ == "twoObj":
            add("Content Placeholder", '<p:ph sz="half" idx="1"/>', (838200, 1825625), (5181600, 4351338))
            add("Content Placeholder", '<p:ph sz="half" idx="2"/>', (6172200, 1825625), (5181600, 4351338))
        elif typ == "twoTxTwoObj":
            add("Text Placeholder", '<p:ph type="body" idx="1"/>', (839788, 1681163), (5157787, 823912))
            add("Content Placeholder", '<p:ph sz="half" idx="2"/>', (839788, 2505075), (5157787, 3684588))
            add("Text Placeholder", '<p:ph type="body" sz="quarter" idx="3"/>', (6172200, 1681163), (5183188, 823912))
            add("Content Placeholder", '<p:ph sz="quarter" idx="4"/>', (6172200, 2505075), (5183188, 3684588))
        elif typ in ("objTx", "picTx"):
            add("Content Placeholder" if typ == "objTx" else "Picture Placeholder",
                '<p:ph idx="1"/>' if typ == "objTx" else '<p:ph type="pic" idx="1"/>', (5183188, 987425), (6172200, 4873625))
            add("Text Placeholder", '<p:ph type="body" sz="half" idx="2"/>', (839788, 2057400), (3932237, 3811588))
        elif typ == "vertTx":
            add("Vertical Text Placeholder", '<p:ph type="body" orient="vert" idx="1"/>', (838200, 1825625), (10515600, 4351338), anchor=' vert="eaVert"')
    add("Date Placeholder", '<p:ph type="dt" sz="half" idx="10"/>', (838200, 6356350), (2743200, 365125), "11-07-2025")
    add("Footer Placeholder", '<p:ph type="ftr" sz="quarter" idx="11"/>', (4038600, 6356350), (4114800, 365125), "")
    add("Slide Number Placeholder", '<p:ph type="sldNum" sz="quarter" idx="12"/>', (8610600, 6356350), (2743200, 365125), "‹#›")
    preserve = ' preserve="1"' if typ in ("titleOnly", "blank", "objTx", "picTx") else ""
    return (DECL + '<p:sldLayout %s type="%s"%s><p:cSld name="%s"><p:spTree>%s%s</p:spTree></p:cSld><p:clrMapOvr>'
            '<a:masterClrMapping/></p:clrMapOvr><p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}">'
            '<p14:creationId xmlns:p14="%s" val="%d"/></p:ext></p:extLst></p:sldLayout>'
            % (NSDECL, typ, preserve, name, GRP, "".join(shapes), P14, num("layout", i)))


def notes_master_xml():
    sp = [ph_sp(2, "Header Placeholder 1", '<p:ph type="hdr" sz="quarter"/>', (0, 0), (2971800, 458788)),
          ph_sp(3, "Date Placeholder 2", '<p:ph type="dt" idx="1"/>', (3884613, 0), (2971800, 458788)),
          '<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Image Placeholder 3"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" '
          'noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>'
          '<a:off x="685800" y="1143000"/><a:ext cx="5486400" cy="3086100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
          '</a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr>'
          '<p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" anchor="ctr"/>'
          '<a:lstStyle/><a:p><a:endParaRPr lang="%s"/></a:p></p:txBody></p:sp>' % LANG,
          ph_sp(5, "Notes Placeholder 4", '<p:ph type="body" sz="quarter" idx="3"/>', (685800, 4400550), (5486400, 3600450),
                '<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text styles</a:t></a:r></a:p>'),
          ph_sp(6, "Footer Placeholder 5", '<p:ph type="ftr" sz="quarter" idx="4"/>', (0, 8685213), (2971800, 458787)),
          ph_sp(7, "Slide Number Placeholder 6", '<p:ph type="sldNum" sz="quarter" idx="5"/>', (3884613, 8685213), (2971800, 458787),
                '<a:p><a:fld id="{46EE9E8F-7D5B-4CC1-9C43-51C2F87B8F52}" type="slidenum"><a:rPr lang="%s"/><a:t>‹#›</a:t></a:fld>'
                '<a:endParaRPr lang="%s"/></a:p>' % (LANG, LANG))]
    return (DECL + '<p:notesMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>'
            '%s%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
            'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            '<p:notesStyle>%s</p:notesStyle><p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId '
            'xmlns:p14="%s" val="3112541386"/></p:ext></p:extLst></p:notesMaster>'
            % (NSDECL, GRP, "".join(sp), lvl_styles([1200], False), P14))


def rels(items):
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
            % "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % it for it in items))


# ---------------------------------------------------------------------------------------------
def thumbnail():
    w, h = 256, 144

    def px(x, y):
        # the title slide: two lines of a dark title, three lines of a smaller subtitle
        if 34 <= y < 46 and 40 <= x < 216:
            return (28, 28, 28)
        if 50 <= y < 62 and 86 <= x < 170:
            return (28, 28, 28)
        if 78 <= y < 84 and 64 <= x < 192:
            return (90, 90, 90)
        if 88 <= y < 93 and 70 <= x < 186:
            return (110, 110, 110)
        if 97 <= y < 102 and 108 <= x < 148:
            return (110, 110, 110)
        return (255, 255, 255)
    return encode(w, h, px, 80)


def count_words(slides):
    words = paras = 0
    for s in slides:
        texts = [s["title"]] + s["sub"] + [t for _, t in s["body"]] + [c for r in s["table"] for c in r] + s["notes"]
        for t in texts:
            words += len(t.split())
            paras += 1
    return words, paras


def build(meta, slides):
    parts = []
    n = len(slides)
    layout_of = {"Title Slide": 1, "Title and Content": 2, "Table": 2, "Closing": 3}
    noted = [i + 1 for i, s in enumerate(slides) if s["notes"]]
    ct = ['<Default Extension="jpeg" ContentType="image/jpeg"/>',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/ppt/presentation.xml" ContentType="%spresentation.main+xml"/>' % CT,
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="%sslideMaster+xml"/>' % CT]
    ct += ['<Override PartName="/ppt/slides/slide%d.xml" ContentType="%sslide+xml"/>' % (i + 1, CT) for i in range(n)]
    ct += ['<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="%snotesMaster+xml"/>' % CT,
           '<Override PartName="/ppt/presProps.xml" ContentType="%spresProps+xml"/>' % CT,
           '<Override PartName="/ppt/viewProps.xml" ContentType="%sviewProps+xml"/>' % CT,
           '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
           '<Override PartName="/ppt/tableStyles.xml" ContentType="%stableStyles+xml"/>' % CT]
    ct += ['<Override PartName="/ppt/slideLayouts/slideLayout%d.xml" ContentType="%sslideLayout+xml"/>' % (i + 1, CT)
           for i in range(11)]
    ct += ['<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>']
    ct += ['<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="%snotesSlide+xml"/>' % (k + 1, CT)
           for k in range(len(noted))]
    ct += ['<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    parts.append(("[Content_Types].xml", DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">%s</Types>' % "".join(ct)))
    parts.append(("_rels/.rels", rels([
        ("rId3", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail", "docProps/thumbnail.jpeg"),
        ("rId1", REL + "officeDocument", "ppt/presentation.xml"),
        ("rId4", REL + "extended-properties", "docProps/app.xml")])))
    # presentation
    sld_ids = "".join('<p:sldId id="%d" r:id="rId%d"/>' % (256 + i, i + 2) for i in range(n))
    deftext = "".join('<a:lvl%dpPr marL="%d" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">'
                      '<a:defRPr sz="1800" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/>'
                      '<a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl%dpPr>' % (i + 1, 457200 * i, i + 1)
                      for i in range(9))
    parts.append(("ppt/presentation.xml", DECL + (
        '<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/>'
        '</p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId%d"/></p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst>'
        '<p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle><a:defPPr>'
        '<a:defRPr lang="%s"/></a:defPPr>%s</p:defaultTextStyle><p:extLst><p:ext uri="{EFAFB233-063F-42B5-8137-9DF3F51BA10A}">'
        '<p15:sldGuideLst xmlns:p15="http://schemas.microsoft.com/office/powerpoint/2012/main"/></p:ext></p:extLst></p:presentation>'
        % (NSDECL, n + 2, sld_ids, LANG, deftext))))
    prels = [("rId1", REL + "slideMaster", "slideMasters/slideMaster1.xml")]
    prels += [("rId%d" % (i + 2), REL + "slide", "slides/slide%d.xml" % (i + 1)) for i in range(n)]
    prels += [("rId%d" % (n + 2), REL + "notesMaster", "notesMasters/notesMaster1.xml"),
              ("rId%d" % (n + 3), REL + "presProps", "presProps.xml"),
              ("rId%d" % (n + 4), REL + "viewProps", "viewProps.xml"),
              ("rId%d" % (n + 5), REL + "theme", "theme/theme1.xml"),
              ("rId%d" % (n + 6), REL + "tableStyles", "tableStyles.xml")]
    parts.append(("ppt/_rels/presentation.xml.rels", rels(prels)))
    for i, s in enumerate(slides):
        k = i + 1
        parts.append(("ppt/slides/slide%d.xml" % k, slide_xml(k, s, meta["footer"])))
        srels = [("rId1", REL + "slideLayout", "../slideLayouts/slideLayout%d.xml" % layout_of[s["layout"]])]
        if s["notes"]:
            srels.insert(0, ("rId2", REL + "notesSlide", "../notesSlides/notesSlide%d.xml" % (noted.index(k) + 1)))
        parts.append(("ppt/slides/_rels/slide%d.xml.rels" % k, rels(srels)))
    for j, k in enumerate(noted):
        parts.append(("ppt/notesSlides/notesSlide%d.xml" % (j + 1), notes_xml(k, slides[k - 1])))
        parts.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % (j + 1), rels([
            ("rId2", REL + "slide", "../slides/slide%d.xml" % k),
            ("rId1", REL + "notesMaster", "../notesMasters/notesMaster1.xml")])))
    parts.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    parts.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels(
        [("rId%d" % (i + 1), REL + "slideLayout", "../slideLayouts/slideLayout%d.xml" % (i + 1)) for i in range(11)] +
        [("rId12", REL + "theme", "../theme/theme1.xml")])))
    for i in range(11):
        parts.append(("ppt/slideLayouts/slideLayout%d.xml" % (i + 1), layout_xml(i)))
        parts.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % (i + 1), rels(
            [("rId1", REL + "slideMaster", "../slideMasters/slideMaster1.xml")])))
    parts.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    parts.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels([("rId1", REL + "theme", "../theme/theme2.xml")])))
    parts.append(("ppt/theme/theme1.xml", theme_xml("Office Theme")))
    parts.append(("ppt/theme/theme2.xml", theme_xml("Office Theme")))
    parts.append(("ppt/tableStyles.xml", DECL + '<a:tblStyleLst xmlns:a="%s" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>' % NS_A))
    parts.append(("ppt/presProps.xml", DECL + (
        '<p:presentationPr %s><p:showPr showNarration="1"><p:present/><p:sldAll/><p:penClr><a:prstClr val="red"/></p:penClr>'
        '<p:extLst><p:ext uri="{EC167BDD-8182-4AB7-AECC-EB403E3ABB37}"><p14:laserClr xmlns:p14="%s"><a:srgbClr val="FF0000"/>'
        '</p14:laserClr></p:ext><p:ext uri="{2FDB2607-1784-4EEB-B798-7EB5836EED8A}"><p14:showMediaCtrls xmlns:p14="%s" val="1"/>'
        '</p:ext></p:extLst></p:showPr><p:extLst><p:ext uri="{E76CE94A-603C-4142-B9EB-6D1370010A27}"><p14:discardImageEditData '
        'xmlns:p14="%s" val="0"/></p:ext><p:ext uri="{D31A062A-798A-4329-ABDD-BBA856620510}"><p14:defaultImageDpi xmlns:p14="%s" '
        'val="220"/></p:ext><p:ext uri="{FD5EFAAD-0ECE-453E-9831-46B23BE46B34}"><p15:chartTrackingRefBased '
        'xmlns:p15="http://schemas.microsoft.com/office/powerpoint/2012/main"/></p:ext></p:extLst></p:presentationPr>'
        % (NSDECL, P14, P14, P14, P14))))
    parts.append(("ppt/viewProps.xml", DECL + (
        '<p:viewPr %s lastView="sldSorterView"><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="88212" '
        'autoAdjust="0"/></p:normalViewPr><p:slideViewPr><p:cSldViewPr snapToGrid="0"><p:cViewPr varScale="1"><p:scale>'
        '<a:sx n="98" d="100"/><a:sy n="98" d="100"/></p:scale><p:origin x="96" y="282"/></p:cViewPr><p:guideLst/>'
        '</p:cSldViewPr></p:slideViewPr><p:notesTextViewPr><p:cViewPr><p:scale><a:sx n="1" d="1"/><a:sy n="1" d="1"/>'
        '</p:scale><p:origin x="0" y="0"/></p:cViewPr></p:notesTextViewPr><p:sorterViewPr><p:cViewPr><p:scale>'
        '<a:sx n="100" d="100"/><a:sy n="100" d="100"/></p:scale><p:origin x="0" y="0"/></p:cViewPr></p:sorterViewPr>'
        '<p:gridSpacing cx="72008" cy="72008"/></p:viewPr>' % NSDECL)))
    parts.append(("docProps/thumbnail.jpeg", thumbnail()))
    parts.append(("docProps/core.xml", DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%s</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s'
        '</dcterms:modified></cp:coreProperties>'
        % (escape(meta["title"]), meta["author"], meta["lastmodifiedby"], meta["revision"], meta["created"], meta["modified"]))))
    words, paras = count_words(slides)
    titles = [s["title"] for s in slides]
    parts.append(("docProps/app.xml", DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><TotalTime>%s</TotalTime>'
        '<Words>%d</Words><Application>Microsoft Office PowerPoint</Application><PresentationFormat>Widescreen</PresentationFormat>'
        '<Paragraphs>%d</Paragraphs><Slides>%d</Slides><Notes>%d</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips>'
        '<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used'
        '</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant>'
        '<vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant>'
        '<vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="%d" baseType="lpstr">'
        '<vt:lpstr>Aptos</vt:lpstr><vt:lpstr>Aptos Display</vt:lpstr><vt:lpstr>Arial</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr>'
        '%s</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
        '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
        % (meta["totaltime"], words, paras, n, len(noted), n, n + 4, "".join("<vt:lpstr>%s</vt:lpstr>" % escape(t) for t in titles)))))
    return parts


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, slides = parse(open(SRC, encoding="utf-8").read())
    write_zip(out, build(meta, slides))


if __name__ == "__main__":
    main()
