#!/usr/bin/python3
"""Make docs/khilafat-noncooperation-play-books-notes.docx from
tools/khilafat-noncooperation-play-books-notes.txt.

The file imitates the Google Doc that Google Play Books keeps in the "Play Books Notes" folder
of Google Drive for one book ("Notes from "<title>""), downloaded from Drive as Microsoft Word.
The document is Google's: every paragraph carries all-zero rsids and a w14:paraId counter and
spells out its borders, shading and run properties; every run has an rtl-off property.
The page is laid out with tables the way Play Books writes it:
  - an empty first paragraph, then a borderless two-cell table: the cover image (a JPEG) on the
    left, and on the right the book title (Heading 1, Droid Serif italic), the author and the
    publisher (Roboto, grey);
  - a red-bordered one-cell table with the two red warning lines ("This document is overwritten
    when you make changes in Play Books." / "You should make a copy of this document before you
    edit it.");
  - "N notes/highlights" (Heading 1, centred) and "Created by <name> – Last synced <date>" in
    three runs (the name italic, a lone space run, then the rest);
  - each chapter of the book as a Heading 2 with its title as the book's contents give it;
  - each highlight as a grey-bordered one-cell table holding an empty Droid Serif paragraph and
    a borderless three-cell table: a small coloured icon (a PNG of its own per highlight), then
    the highlighted text in Droid Serif italic 13 pt shaded with the highlight colour (yellow
    fde096, green c5e1a5, blue 93e3ed, orange ffb8a1), an empty shaded paragraph, the reader's
    note (if any) in grey Roboto followed by an empty paragraph, the date ("April 2, 2025") in
    lighter grey, and in the last cell the page number as a blue underlined HYPERLINK field into
    play.google.com (source=books-notes-export&pg=GBS.PA<n>...). As in Google's export, the
    field's end mark is not in that paragraph: it opens the next text run in the document (the
    next highlight, the next chapter heading or the last paragraph).
The zip is written as Google's Java exporter writes it: deflated entries with data
descriptors (flag 0x0808), the parts in Google's order ([Content_Types].xml last), every entry
stamped with the export time; word/ holds document.xml, styles.xml (docDefaults, headings,
Title, Subtitle and one TableN style per table), an empty numbering.xml, settings.xml,
fontTable.xml (Arial, Georgia, Roboto, Droid Serif; the Roboto files Google embeds are left
out), theme/theme1.xml, the rels and the media.

Source mark-up: "@key value" header lines (title, author, publisher, bookid, created, synced);
"== " a chapter; "* colour | page | position | date" opens a highlight whose text is the next
line; "note: " lines are the reader's note on it.

Run from anywhere: /usr/bin/python3 tools/make_docx.py
Standard library only (zlib for the zip, the PNG icons and a small baseline JPEG encoder for the
cover); the output is byte for byte the same on every run.
"""
import binascii
import hashlib
import math
import os
import struct
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "khilafat-noncooperation-play-books-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "khilafat-noncooperation-play-books-notes.docx")
EXPORT_TIME = (2025, 9, 14, 13, 12, 46)

NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
      'xmlns:lc="http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas" '
      'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

COLOURS = {  # highlight shading, icon colour
    "yellow": ("fde096", (0xfb, 0xc0, 0x2d)),
    "green": ("c5e1a5", (0x8b, 0xc3, 0x4a)),
    "blue": ("93e3ed", (0x26, 0xc6, 0xda)),
    "orange": ("ffb8a1", (0xff, 0x70, 0x43)),
}

PBDR = ('<w:pBdr><w:top w:space="0" w:sz="0" w:val="nil"/><w:left w:space="0" w:sz="0" '
        'w:val="nil"/><w:bottom w:space="0" w:sz="0" w:val="nil"/><w:right w:space="0" '
        'w:sz="0" w:val="nil"/><w:between w:space="0" w:sz="0" w:val="nil"/></w:pBdr>')
SHD = '<w:shd w:fill="auto" w:val="clear"/>'
CTX = '<w:contextualSpacing w:val="0"/>'
RESET = ('<w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:widowControl w:val="0"/>' + PBDR
         + SHD + '<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/>'
         '<w:ind w:left="0" w:right="0" w:firstLine="0"/>' + CTX + '<w:jc w:val="left"/>')
R_OPEN = '<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000">'
EMPTY_RUN = R_OPEN + '<w:rPr><w:rtl w:val="0"/></w:rPr></w:r>'
END_RUN = R_OPEN + '<w:fldChar w:fldCharType="end"/></w:r>'


def fonts(name):
    return '<w:rFonts w:ascii="%s" w:cs="%s" w:eastAsia="%s" w:hAnsi="%s"/>' % ((name,) * 4)


ARIAL = (fonts("Arial") + '<w:b w:val="0"/><w:i w:val="0"/><w:smallCaps w:val="0"/>'
         '<w:strike w:val="0"/><w:color w:val="000000"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
         '<w:u w:val="none"/>' + SHD + '<w:vertAlign w:val="baseline"/>')
SERIF42 = fonts("Droid Serif") + '<w:b w:val="0"/><w:i w:val="1"/><w:sz w:val="42"/><w:szCs w:val="42"/>'
SERIF32 = fonts("Droid Serif") + '<w:b w:val="0"/><w:i w:val="1"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
BASE = '<w:vertAlign w:val="baseline"/>'


def roboto(colour, size):
    return fonts("Roboto") + '<w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (
        colour, size, size)


def hl(fill):
    return (fonts("Droid Serif") + '<w:i w:val="1"/><w:sz w:val="26"/><w:szCs w:val="26"/>'
            '<w:shd w:fill="%s" w:val="clear"/>' % fill + BASE)


LINK = '<w:color w:val="1565c0"/><w:u w:val="single"/>' + BASE


class Doc:
    def __init__(self):
        self.n = 0
        self.out = []
        self.pending_end = False

    def p(self, ppr, rpr, runs=""):
        """A paragraph: ppr without its rPr, rpr the paragraph mark's run properties."""
        pid = "%08X" % self.n
        self.n += 1
        self.out.append('<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" '
                        'w:rsidRDefault="00000000" w:rsidRPr="00000000" w14:paraId="%s">'
                        '<w:pPr>%s<w:rPr>%s</w:rPr></w:pPr>%s</w:p>'
                        % (pid, ppr, rpr, runs if runs else EMPTY_RUN))

    def text(self, ppr, rpr, text):
        runs = ""
        if self.pending_end:
            runs = END_RUN
            self.pending_end = False
        runs += (R_OPEN + '<w:rPr>%s<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">%s</w:t>'
                 '</w:r>' % (rpr, escape(text)))
        self.p(ppr, rpr, runs)

    def raw(self, s):
        self.out.append(s)


def tc_nil(mar, body):
    return ('<w:tc><w:tcPr><w:tcBorders><w:top w:color="000000" w:space="0" w:sz="0" w:val="nil"/>'
            '<w:left w:color="000000" w:space="0" w:sz="0" w:val="nil"/><w:bottom w:color="000000" '
            'w:space="0" w:sz="0" w:val="nil"/><w:right w:color="000000" w:space="0" w:sz="0" '
            'w:val="nil"/></w:tcBorders>' + SHD + '<w:tcMar><w:top w:w="%s" w:type="dxa"/>'
            '<w:left w:w="%s" w:type="dxa"/><w:bottom w:w="%s" w:type="dxa"/><w:right w:w="%s" '
            'w:type="dxa"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>' % ((mar,) * 4))


def borders(colour):
    return "<w:tblBorders>%s</w:tblBorders>" % "".join(
        '<w:%s w:color="%s" w:space="0" w:sz="6" w:val="single"/>' % (side, colour)
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"))


def tbl_open(style, width, cols, ind=None, bdr=""):
    grid = "".join('<w:gridCol w:w="%d"/>' % c for c in cols)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="%s"/><w:tblW w:w="%s" w:type="dxa"/>'
            '<w:jc w:val="left"/>%s%s<w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/>'
            '</w:tblPr><w:tblGrid>%s<w:tblGridChange w:id="0"><w:tblGrid>%s</w:tblGrid>'
            '</w:tblGridChange></w:tblGrid><w:tr>'
            % (style, width, '<w:tblInd w:w="%s" w:type="pct"/>' % ind if ind else "", bdr,
               grid, grid))


def drawing(rid, docpr_id, name, cx, cy, descr=None):
    d = ' descr="%s"' % descr if descr else ""
    return ('<w:drawing><wp:inline distB="19050" distT="19050" distL="19050" distR="19050">'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent b="0" l="0" r="0" t="0"/>'
            '<wp:docPr%s id="%d" name="%s"/><a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            '<pic:nvPicPr><pic:cNvPr%s id="0" name="%s"/><pic:cNvPicPr preferRelativeResize="0"/>'
            '</pic:nvPicPr><pic:blipFill><a:blip r:embed="%s"/><a:srcRect b="0" l="0" r="0" '
            't="0"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>'
            '<a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"/>'
            '<a:ln/></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>'
            % (cx, cy, d, docpr_id, name, d, name, rid, cx, cy))


# ---------------------------------------------------------------- images

def png(width, height, rows):
    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", binascii.crc32(t + data) & 0xffffffff)
    raw = b"".join(b"\x00" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def icon(rgb):
    """72x54 RGBA: a rounded speech-bubble mark in the highlight colour on transparency."""
    w, h = 72, 54
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            a = 0
            # rounded rectangle body
            if 18 <= x <= 53 and 12 <= y <= 35:
                cx = min(max(x, 22), 49)
                cy = min(max(y, 16), 31)
                d = math.hypot(x - cx, y - cy)
                a = 255 if d <= 3.5 else (128 if d <= 4.5 else 0)
            # tail
            if 24 <= x <= 33 and 36 <= y <= 42 and (x - 24) >= (y - 36) * 1.2:
                a = 255 if (x - 24) >= (y - 36) * 1.2 + 1 else 128
            row += bytes(rgb) + bytes([a]) if a else bytes([0xff, 0xff, 0xff, 0])
        rows.append(bytes(row))
    return png(w, h, rows)


ZIGZAG = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34,
          27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37,
          44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63]
QL = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69,
      56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81,
      104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]
QC = [17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99,
      99, 47, 66, 99, 99, 99, 99, 99, 99] + [99] * 32
DC_L = ([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], list(range(12)))
DC_C = ([0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], list(range(12)))
def _tail(first_rows):
    """The 0xN2..0xNA style runs that close both standard AC tables."""
    out = []
    for hi, lo in first_rows:
        out += [hi * 16 + k for k in range(lo, 11)]
    return out


AC_L = ([0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d], bytes(
    [0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61,
     0x07, 0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52,
     0xd1, 0xf0, 0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25,
     0x26, 0x27, 0x28, 0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a]
    + _tail([(4, 3), (5, 3), (6, 3), (7, 3), (8, 3), (9, 2), (10, 2), (11, 2), (12, 2), (13, 2),
             (14, 1), (15, 1)])))
AC_C = ([0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77], bytes(
    [0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61,
     0x71, 0x13, 0x22, 0x32, 0x81, 0x08, 0x14, 0x42, 0x91, 0xa1, 0xb1, 0xc1, 0x09, 0x23, 0x33,
     0x52, 0xf0, 0x15, 0x62, 0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18,
     0x19, 0x1a, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a]
    + _tail([(4, 3), (5, 3), (6, 3), (7, 3), (8, 2), (9, 2), (10, 2), (11, 2), (12, 2), (13, 2),
             (14, 2), (15, 2)])))
assert sum(AC_L[0]) == len(AC_L[1]) == 162 and sum(AC_C[0]) == len(AC_C[1]) == 162


def huff_codes(spec):
    counts, symbols = spec
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(counts[length - 1]):
            codes[symbols[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


def jpeg(width, height, pixel, quality=80):
    """A baseline JPEG (JFIF, 4:4:4) of pixel(x, y) -> (r, g, b); width, height multiples of 8."""
    scale = 5000 / quality if quality < 50 else 200 - 2 * quality
    ql = [max(1, min(255, int((q * scale + 50) // 100))) for q in QL]
    qc = [max(1, min(255, int((q * scale + 50) // 100))) for q in QC]
    cos = [[math.cos((2 * x + 1) * u * math.pi / 16) for x in range(8)] for u in range(8)]
    tables = [(huff_codes(DC_L), huff_codes(AC_L), ql), (huff_codes(DC_C), huff_codes(AC_C), qc),
              (huff_codes(DC_C), huff_codes(AC_C), qc)]
    bits = []

    def put(code, length):
        for i in range(length - 1, -1, -1):
            bits.append((code >> i) & 1)

    def mag(v):
        n = abs(v).bit_length()
        return n, (v if v >= 0 else v + (1 << n) - 1)

    pred = [0, 0, 0]
    for by in range(0, height, 8):
        for bx in range(0, width, 8):
            blocks = [[0.0] * 64 for _ in range(3)]
            for y in range(8):
                for x in range(8):
                    r, g, b = pixel(bx + x, by + y)
                    blocks[0][y * 8 + x] = 0.299 * r + 0.587 * g + 0.114 * b - 128
                    blocks[1][y * 8 + x] = -0.168736 * r - 0.331264 * g + 0.5 * b
                    blocks[2][y * 8 + x] = 0.5 * r - 0.418688 * g - 0.081312 * b
            for c in range(3):
                dc_t, ac_t, q = tables[c]
                blk = blocks[c]
                coef = [0] * 64
                for v in range(8):
                    for u in range(8):
                        s = 0.0
                        for y in range(8):
                            cy = cos[v][y]
                            row = y * 8
                            for x in range(8):
                                s += blk[row + x] * cos[u][x] * cy
                        cu = 1 / math.sqrt(2) if u == 0 else 1
                        cv = 1 / math.sqrt(2) if v == 0 else 1
                        coef[v * 8 + u] = 0.25 * cu * cv * s
                zz = [int(round(coef[ZIGZAG[i]] / q[ZIGZAG[i]])) for i in range(64)]
                diff = zz[0] - pred[c]
                pred[c] = zz[0]
                n, m = mag(diff)
                put(*dc_t[n])
                if n:
                    put(m, n)
                run = 0
                for i in range(1, 64):
                    if zz[i] == 0:
                        run += 1
                        continue
                    while run > 15:
                        put(*ac_t[0xf0])
                        run -= 16
                    n, m = mag(zz[i])
                    put(*ac_t[(run << 4) | n])
                    put(m, n)
                    run = 0
                if run:
                    put(*ac_t[0x00])
    while len(bits) % 8:
        bits.append(1)
    data = bytearray()
    for i in range(0, len(bits), 8):
        byte = 0
        for b in bits[i:i + 8]:
            byte = (byte << 1) | b
        data.append(byte)
        if byte == 0xff:
            data.append(0)

    def seg(marker, payload):
        return struct.pack(">BBH", 0xff, marker, len(payload) + 2) + payload

    out = b"\xff\xd8" + seg(0xe0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += seg(0xdb, b"\x00" + bytes(ql[ZIGZAG[i]] for i in range(64))
               + b"\x01" + bytes(qc[ZIGZAG[i]] for i in range(64)))
    out += seg(0xc0, struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x11\x00\x02\x11\x01\x03\x11\x01")
    for cls_id, spec in ((0x00, DC_L), (0x10, AC_L), (0x01, DC_C), (0x11, AC_C)):
        out += seg(0xc4, bytes([cls_id]) + bytes(spec[0]) + bytes(spec[1]))
    out += seg(0xda, b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00") + bytes(data) + b"\xff\xd9"
    return out


def cover_pixel(x, y):
    """A plain printed-cover look: maroon ground, saffron band, a white title panel, a charkha
    wheel drawn as rings and spokes, a green foot band."""
    maroon, saffron, cream, green = (112, 28, 36), (232, 140, 38), (246, 238, 222), (38, 96, 64)
    if y >= 168:
        return green
    if 20 <= y < 26:
        return saffron
    if 34 <= y < 78 and 12 <= x < 116:
        if 42 <= y < 47 and 20 <= x < 108:
            return (60, 40, 40)
        if 53 <= y < 57 and 20 <= x < 96:
            return (60, 40, 40)
        if 63 <= y < 66 and 20 <= x < 80:
            return (120, 90, 80)
        return cream
    d = math.hypot(x - 64, y - 122)
    if 30 <= d <= 34 or d <= 5:
        return saffron
    if d < 30:
        ang = math.atan2(y - 122, x - 64)
        for k in range(8):
            if abs(((ang - k * math.pi / 4) + math.pi) % (2 * math.pi) - math.pi) < 0.06:
                return saffron
    return maroon


# ---------------------------------------------------------------- theme and fixed parts

THEME = ('<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
         '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" '
         'lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
         '<a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>'
         '<a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/>'
         '</a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr '
         'val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6>'
         '<a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink>'
         '<a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme><a:fontScheme '
         'name="Office"><a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs '
         'typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/>'
         '<a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:gradFill rotWithShape="1">'
         '<a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="50000"/><a:satMod '
         'val="300000"/></a:schemeClr></a:gs><a:gs pos="35000"><a:schemeClr val="phClr"><a:tint '
         'val="37000"/><a:satMod val="300000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr '
         'val="phClr"><a:tint val="15000"/><a:satMod val="350000"/></a:schemeClr></a:gs></a:gsLst>'
         '<a:lin ang="16200000" scaled="1"/></a:gradFill><a:gradFill rotWithShape="1"><a:gsLst>'
         '<a:gs pos="0"><a:schemeClr val="phClr"><a:shade val="51000"/><a:satMod val="130000"/>'
         '</a:schemeClr></a:gs><a:gs pos="80000"><a:schemeClr val="phClr"><a:shade val="93000"/>'
         '<a:satMod val="130000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr '
         'val="phClr"><a:shade val="94000"/><a:satMod val="135000"/></a:schemeClr></a:gs>'
         '</a:gsLst><a:lin ang="16200000" scaled="0"/></a:gradFill></a:fillStyleLst><a:lnStyleLst>'
         '<a:ln w="9525" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr">'
         '<a:shade val="95000"/><a:satMod val="105000"/></a:schemeClr></a:solidFill><a:prstDash '
         'val="solid"/></a:ln><a:ln w="25400" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>'
         '<a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/></a:ln><a:ln w="38100" '
         'cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:prstDash val="solid"/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle>'
         '<a:effectLst><a:outerShdw blurRad="40000" dist="20000" dir="5400000" rotWithShape="0">'
         '<a:srgbClr val="000000"><a:alpha val="38000"/></a:srgbClr></a:outerShdw></a:effectLst>'
         '</a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="40000" dist="23000" '
         'dir="5400000" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="35000"/></a:srgbClr>'
         '</a:outerShdw></a:effectLst></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw '
         'blurRad="40000" dist="23000" dir="5400000" rotWithShape="0"><a:srgbClr val="000000">'
         '<a:alpha val="35000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle>'
         '</a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint '
         'val="40000"/><a:satMod val="350000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr '
         'val="phClr"><a:shade val="20000"/><a:satMod val="255000"/></a:schemeClr></a:gs></a:gsLst>'
         '<a:path path="circle"><a:fillToRect l="50000" t="-80000" r="50000" b="180000"/></a:path>'
         '</a:gradFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr">'
         '<a:tint val="80000"/><a:satMod val="300000"/></a:schemeClr></a:gs><a:gs pos="100000">'
         '<a:schemeClr val="phClr"><a:shade val="30000"/><a:satMod val="200000"/></a:schemeClr>'
         '</a:gs></a:gsLst><a:path path="circle"><a:fillToRect l="50000" t="50000" r="50000" '
         'b="50000"/></a:path></a:gradFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
         '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')


def styles(n_tables):
    heads = [("Heading1", "heading 1", 240, 48), ("Heading2", "heading 2", 225, 36),
             ("Heading3", "heading 3", 240, 28), ("Heading4", "heading 4", 255, 24),
             ("Heading5", "heading 5", 255, 18), ("Heading6", "heading 6", 360, 16)]
    s = ['<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>%s<w:sz w:val="22"/><w:szCs w:val="22"/>'
         '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/>'
         '<w:contextualSpacing w:val="1"/></w:pPr></w:pPrDefault></w:docDefaults>'
         '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="normal"/>'
         '</w:style><w:style w:type="table" w:styleId="TableNormal" w:default="1"><w:name '
         'w:val="Table Normal"/></w:style>' % (NS, fonts("Arial"))]
    for sid, name, sp, sz in heads:
        s.append('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn '
                 'w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="%d" '
                 'w:before="%d" w:lineRule="auto"/></w:pPr><w:rPr><w:b w:val="1"/><w:i w:val="0"/>'
                 '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>' % (sid, name, sp, sp, sz, sz))
    s.append('<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn '
             'w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines '
             'w:val="1"/><w:spacing w:after="120" w:before="480" w:lineRule="auto"/></w:pPr><w:rPr>'
             '<w:b w:val="1"/><w:sz w:val="72"/><w:szCs w:val="72"/></w:rPr></w:style>'
             '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn '
             'w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines '
             'w:val="1"/><w:spacing w:after="80" w:before="360" w:lineRule="auto"/></w:pPr><w:rPr>'
             '%s<w:i w:val="1"/><w:color w:val="666666"/><w:sz w:val="48"/><w:szCs w:val="48"/>'
             '</w:rPr></w:style>' % fonts("Georgia"))
    for i in range(1, n_tables + 1):
        s.append('<w:style w:type="table" w:styleId="Table%d"><w:basedOn w:val="TableNormal"/>'
                 '<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/>'
                 '<w:tblCellMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/>'
                 '<w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/>'
                 '</w:tblCellMar></w:tblPr></w:style>' % i)
    s.append("</w:styles>")
    return DECL.rstrip("\n") + "".join(s)


def parse(path):
    head, chapters = {}, []
    cur = None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            head[k] = v
        elif line.startswith("== "):
            chapters.append((line[3:], []))
        elif line.startswith("* "):
            colour, page, pos, date = [x.strip() for x in line[2:].split("|")]
            text = lines[i + 1]
            i += 1
            notes = []
            while i + 1 < len(lines) and lines[i + 1].startswith("note: "):
                notes.append(lines[i + 1][6:])
                i += 1
            chapters[-1][1].append(dict(colour=colour, page=int(page), pos=int(pos), date=date,
                                        text=text, note=" ".join(notes)))
        i += 1
    return head, chapters


def build():
    head, chapters = parse(SRC)
    notes = [h for _, hs in chapters for h in hs]
    n = len(notes)
    # image names and rIds: Google numbers its media in no visible order
    nums = sorted(range(5, 5 + n + 1), key=lambda k: hashlib.md5(b"img%d" % k).hexdigest())
    cover_name = "image%d.jpg" % nums[0]
    icon_names = ["image%d.png" % k for k in nums[1:]]
    docpr = sorted(range(1, n + 2), key=lambda k: hashlib.md5(b"pr%d" % k).hexdigest())
    media = {cover_name: jpeg(128, 184, cover_pixel)}

    d = Doc()
    d.p(RESET, ARIAL)
    # cover table
    d.raw(tbl_open("Table1", "9360.0", [2400, 6960], ind="150.0"))
    d.raw(tc_nil("150.0", ""))
    d.p(RESET, ARIAL, R_OPEN + "<w:rPr>%s</w:rPr>%s</w:r>" % (ARIAL, drawing(
        "rId6", docpr[0], cover_name, 1219200, 1752600, "Cover Image")) + EMPTY_RUN)
    d.raw("</w:tc>" + tc_nil("150.0", ""))
    d.text('<w:pStyle w:val="Heading1"/>' + PBDR + SHD + CTX, SERIF42 + BASE, head["title"])
    d.text(PBDR + SHD + '<w:spacing w:line="328.8" w:lineRule="auto"/>' + CTX,
           roboto("424242", 24) + BASE, head["author"])
    d.text(PBDR + SHD + '<w:spacing w:line="328.8" w:lineRule="auto"/>' + CTX,
           roboto("424242", 24) + BASE, head["publisher"])
    d.raw("</w:tc></w:tr></w:tbl>")
    d.p(PBDR + SHD + CTX, roboto("424242", 24) + BASE)
    # warning box
    d.raw(tbl_open("Table2", "9360.0", [9360], ind="150.0", bdr=borders("d32f2f")))
    d.raw('<w:tc><w:tcPr>' + SHD + '<w:tcMar><w:top w:w="150.0" w:type="dxa"/><w:left w:w="150.0" '
          'w:type="dxa"/><w:bottom w:w="150.0" w:type="dxa"/><w:right w:w="150.0" w:type="dxa"/>'
          '</w:tcMar><w:vAlign w:val="top"/></w:tcPr>')
    red = roboto("d32f2f", 22)
    d.text(PBDR + SHD + CTX + '<w:jc w:val="center"/>', red,
           "This document is overwritten when you make changes in Play Books.")
    d.text(PBDR + SHD + CTX + '<w:jc w:val="center"/>', red,
           "You should make a copy of this document before you edit it.")
    d.raw("</w:tc></w:tr></w:tbl>")
    d.p(PBDR + SHD + CTX, red)
    d.p(PBDR + SHD + '<w:spacing w:after="240" w:lineRule="auto"/>' + CTX, red)
    d.text('<w:pStyle w:val="Heading1"/>' + PBDR + SHD + CTX + '<w:jc w:val="center"/>', SERIF42,
           "%d notes/highlights" % n)
    grey = roboto("757575", 22)
    d.p(PBDR + SHD + CTX + '<w:jc w:val="center"/>', grey,
        R_OPEN + '<w:rPr>%s<w:i w:val="1"/><w:color w:val="757575"/><w:sz w:val="22"/>'
        '<w:szCs w:val="22"/><w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">Created by %s '
        '</w:t></w:r>' % (fonts("Roboto"), escape(head["created"]))
        + R_OPEN + '<w:rPr><w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r>'
        + R_OPEN + '<w:rPr>%s<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve"> \u2013 Last synced '
        '%s</w:t></w:r>' % (grey, escape(head["synced"])))
    d.p(PBDR + SHD + CTX, grey)
    d.p(PBDR + SHD + '<w:spacing w:after="225" w:lineRule="auto"/>' + CTX, grey)

    table_no = 3
    k = 0
    rels = []
    for ci, (chapter, hs) in enumerate(chapters):
        if ci:
            d.p(PBDR + SHD + '<w:spacing w:after="225" w:lineRule="auto"/>' + CTX, LINK)
        d.text('<w:pStyle w:val="Heading2"/>' + PBDR + SHD + CTX, SERIF32, chapter)
        d.p(PBDR + SHD + CTX, SERIF32)
        for hi, h in enumerate(hs):
            if hi:
                d.p(PBDR + SHD + CTX, LINK)
                d.p(PBDR + SHD + CTX, LINK)
            fill, rgb = COLOURS[h["colour"]]
            name = icon_names[k]
            media[name] = icon(rgb)
            rid = "rId%d" % (7 + k)
            d.raw(tbl_open("Table%d" % table_no, "9360.0", [9360], ind="0.0", bdr=borders("bdbdbd")))
            d.raw('<w:tc><w:tcPr>' + SHD + '<w:tcMar><w:top w:w="0.0" w:type="dxa"/><w:left '
                  'w:w="0.0" w:type="dxa"/><w:bottom w:w="0.0" w:type="dxa"/><w:right w:w="0.0" '
                  'w:type="dxa"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>')
            d.p(RESET, fonts("Droid Serif") + '<w:b w:val="0"/><w:i w:val="1"/><w:sz w:val="32"/>'
                '<w:szCs w:val="32"/>')
            d.raw(tbl_open("Table%d" % (table_no + 1), "9330.0", [1080, 7170, 1080]))
            d.raw(tc_nil("0.0", ""))
            d.p(PBDR + SHD + CTX + '<w:jc w:val="center"/>', SERIF32,
                R_OPEN + "<w:rPr>%s</w:rPr>%s</w:r>" % (SERIF32, drawing(
                    rid, docpr[k + 1], name, 304800, 228600)) + EMPTY_RUN)
            d.raw("</w:tc>" + tc_nil("0.0", ""))
            d.text(PBDR + SHD + CTX, hl(fill), h["text"])
            d.p(PBDR + SHD + CTX, hl(fill))
            if h["note"]:
                d.text(PBDR + SHD + CTX, roboto("424242", 22) + BASE, h["note"])
                d.p(PBDR + SHD + CTX, roboto("424242", 22) + BASE)
            d.text(PBDR + SHD + CTX, roboto("757575", 22) + BASE, h["date"])
            d.raw("</w:tc>" + tc_nil("0.0", ""))
            pg = "GBS.PA%d" % h["page"] + (".w.0.0.0.%d" % h["pos"] if h["pos"] else "")
            url = ("http://play.google.com/books/reader?printsec=frontcover&output=reader&id=%s"
                   "&source=books-notes-export&pg=%s" % (head["bookid"], pg))
            d.p(PBDR + SHD + CTX + '<w:jc w:val="center"/>', LINK,
                R_OPEN + '<w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve"> '
                'HYPERLINK &quot;%s&quot; </w:instrText><w:fldChar w:fldCharType="separate"/></w:r>'
                % escape(url) + R_OPEN + '<w:rPr>%s<w:rtl w:val="0"/></w:rPr><w:t '
                'xml:space="preserve">%d</w:t></w:r>' % (LINK, h["page"]))
            d.pending_end = True
            d.raw("</w:tc></w:tr></w:tbl>")
            d.p(RESET, LINK)
            d.raw("</w:tc></w:tr></w:tbl>")
            rels.append((rid, name))
            table_no += 2
            k += 1
        if ci < len(chapters) - 1:
            d.p(PBDR + SHD + CTX, LINK)
            d.p(PBDR + SHD + CTX, LINK)
    d.p(RESET, LINK, END_RUN + EMPTY_RUN)
    body = "".join(d.out)
    document = (DECL + '<w:document %s><w:body>%s<w:sectPr><w:pgSz w:h="15840" w:w="12240"/>'
                '<w:pgMar w:bottom="1440" w:top="1440" w:left="1440" w:right="1440" w:header="0" '
                'w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr></w:body></w:document>'
                % (NS, body))

    base_rels = [("rId1", "theme", "theme/theme1.xml"), ("rId2", "settings", "settings.xml"),
                 ("rId3", "fontTable", "fontTable.xml"), ("rId4", "numbering", "numbering.xml"),
                 ("rId5", "styles", "styles.xml"), ("rId6", "image", "media/" + cover_name)]
    base_rels += [(rid, "image", "media/" + name) for rid, name in rels]
    base_rels.sort(key=lambda r: hashlib.md5(r[0].encode()).hexdigest())
    doc_rels = (DECL.rstrip("\n") + '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                '2006/relationships">' + "".join(
                    '<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/'
                    '2006/relationships/%s" Target="%s"/>' % r for r in base_rels)
                + "</Relationships>")
    ct = (DECL.rstrip("\n") + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default ContentType="image/jpeg" Extension="jpg"/><Default '
          'ContentType="application/xml" Extension="xml"/><Default ContentType="image/png" '
          'Extension="png"/><Default ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml" Extension="rels"/>' + "".join(
              '<Override ContentType="application/vnd.openxmlformats-officedocument.%s" '
              'PartName="/word/%s"/>' % x for x in (
                  ("wordprocessingml.settings+xml", "settings.xml"),
                  ("wordprocessingml.styles+xml", "styles.xml"),
                  ("wordprocessingml.fontTable+xml", "fontTable.xml"),
                  ("wordprocessingml.numbering+xml", "numbering.xml"),
                  ("wordprocessingml.document.main+xml", "document.xml"),
                  ("theme+xml", "theme/theme1.xml"))) + "</Types>")
    root_rels = (DECL.rstrip("\n") + '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                 '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '</Relationships>')
    numbering = DECL.rstrip("\n") + "<w:numbering %s/>" % NS
    settings = (DECL.rstrip("\n") + '<w:settings %s><w:defaultTabStop w:val="720"/><w:compat>'
                '<w:compatSetting w:val="14" w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word"/></w:compat><w:clrSchemeMapping '
                'w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
                'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" '
                'w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
                '</w:settings>' % NS)
    font_table = (DECL.rstrip("\n") + '<w:fonts %s><w:font w:name="Arial"/><w:font w:name="Georgia"/>'
                  '<w:font w:name="Roboto"/><w:font w:name="Droid Serif"/></w:fonts>' % NS)
    parts = [("word/numbering.xml", numbering), ("word/settings.xml", settings),
             ("word/fontTable.xml", font_table), ("word/styles.xml", styles(table_no - 1)),
             ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
             ("_rels/.rels", root_rels)]
    files = [(name, data.encode("utf-8")) for name, data in parts]
    tail = [("word/theme/theme1.xml", (DECL + THEME).encode("utf-8"))]
    tail += [("word/media/" + name, data) for name, data in media.items()]
    tail.sort(key=lambda f: hashlib.md5(f[0].encode()).hexdigest())
    files += tail
    files.append(("[Content_Types].xml", ct.encode("utf-8")))
    return files


def dos_time(t):
    y, mo, d, h, mi, s = t
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def write_zip(path, files):
    """Java ZipOutputStream style: deflate, data descriptors, flags 0x0808, version 20."""
    tm, dt = dos_time(EXPORT_TIME)
    out = bytearray()
    central = bytearray()
    for name, data in files:
        fn = name.encode("utf-8")
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        crc = binascii.crc32(data) & 0xffffffff
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0x0808, 8, tm, dt, 0, 0, 0, len(fn), 0)
        out += fn + comp
        out += struct.pack("<IIII", 0x08074b50, crc, len(comp), len(data))
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 0x0808, 8, tm, dt, crc,
                               len(comp), len(data), len(fn), 0, 0, 0, 0, 0, offset) + fn
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    with open(path, "wb") as f:
        f.write(bytes(out))


def main():
    files = build()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    write_zip(OUT, files)


if __name__ == "__main__":
    main()
