#!/usr/bin/python3
"""Re-make docs/dairy-schemes-handout-camscanner.pdf from tools/dairy-schemes-handout-camscanner.txt.

The PDF is a printed coaching handout photographed with CamScanner and saved as a searchable
PDF: every page is one greyscale JPEG (DCTDecode, 1240 x 1754 px, 150 dpi, A4) with the
app's "Scanned with CamScanner" mark burnt into its lower right corner, and over it an
invisible OCR text layer (text render mode 3, Helvetica, WinAnsiEncoding) written line by line:
one BT ... ET object per printed line (per cell in the table), placed on the line's baseline and
stretched with Tz to the printed width. The OCR text carries the reader's small errors, given in
the source as {printed|read} (the rupee sign read as "%", "&" read as "8", ...).

Everything is deterministic: the page images are drawn with glyph bitmaps rasterised once from
the Liberation Serif / Sans fonts and embedded below (ATLAS), the JPEG coder uses integer
arithmetic only, the content streams are compressed with zlib level 6, and the dates and the
document ID are fixed.
Usage: make_scan_pdf.py [output path]
"""
import base64
import hashlib
import json
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "dairy-schemes-handout-camscanner.txt")
OUT = os.path.join(HERE, "..", "docs", "dairy-schemes-handout-camscanner.pdf")

W, H = 1240, 1754           # page image, 150 dpi
PT = 72.0 / 150.0           # points per pixel
LEFT, RIGHT = 118, 1240 - 118
TOP_Y, BOTTOM_Y = 168, 1610  # first baseline, last usable baseline
INK = 28

HEADER_LEFT = "SANKALP IAS ACADEMY"
HEADER_RIGHT = "GS-III · Agriculture · Handout 14"
FOOTER_LEFT = "Sankalp IAS Academy, Mukherjee Nagar, Delhi – for enrolled students only"
MARK = "Scanned with CamScanner"

# Helvetica widths (WinAnsi codes 32-255), per 1000 units of text space
HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
        556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
        722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
        278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0, 556, 0, 222, 556, 333,
        1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 222, 222, 333, 333, 350, 556, 1000, 333,
        1000, 500, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584,
        333, 737, 552, 400, 549, 333, 333, 333, 576, 537, 333, 333, 333, 365, 556, 834, 834, 834, 611, 667,
        667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778,
        778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556,
        556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556, 556, 556,
        500, 556, 500]

# ---------------------------------------------------------------- glyphs


def load_atlas():
    raw = json.loads(zlib.decompress(base64.b64decode("".join(ATLAS))))
    out = {}
    for name, s in raw.items():
        gl = {}
        for ch, (adv, x0, top, w, h, data) in s["glyphs"].items():
            gl[ch] = (adv, x0, top, w, h, bytes(int(c, 16) for c in data))
        out[name] = {"px": s["px"], "asc": s["asc"], "desc": s["desc"], "g": gl}
    return out


FONTS = None


def text_width16(font, text):
    g = FONTS[font]["g"]
    return sum(g[c][0] for c in text)


class Page:
    def __init__(self, number):
        self.number = number
        self.pix = bytearray(b"\xff") * (W * H)
        self.ocr = []   # (text, x, baseline, width_px, font_px)

    def rect(self, x0, y0, x1, y1, value):
        for y in range(max(0, y0), min(H, y1)):
            row = y * W
            for x in range(max(0, x0), min(W, x1)):
                if self.pix[row + x] > value:
                    self.pix[row + x] = value
        return self

    def fill(self, x0, y0, x1, y1, value):
        for y in range(max(0, y0), min(H, y1)):
            self.pix[y * W + x0:y * W + x1] = bytes([value]) * (x1 - x0)

    def draw(self, font, text, x16, baseline, ink=INK):
        """draw text starting at x16 (1/16 px); returns the end position in 1/16 px"""
        g = FONTS[font]["g"]
        pix = self.pix
        for ch in text:
            adv, gx0, top, gw, gh, data = g[ch]
            ox = x16 // 16 + gx0
            oy = baseline - top
            k = 0
            for r in range(gh):
                y = oy + r
                row = y * W
                for c in range(gw):
                    cov = data[k]
                    k += 1
                    if cov:
                        v = 255 - (cov * (255 - ink)) // 15
                        i = row + ox + c
                        if pix[i] > v:
                            pix[i] = v
            x16 += adv
        return x16

    def run_line(self, runs, x, baseline, ocr_text, ocr_font):
        """runs: [(font, text)]; draws and records one OCR line"""
        x16 = x * 16
        for font, text in runs:
            x16 = self.draw(font, text, x16, baseline)
        width = (x16 - x * 16) // 16
        self.ocr.append((ocr_text, x, baseline, width, FONTS[ocr_font]["px"]))
        return width


# ---------------------------------------------------------------- source


TOKEN = re.compile(r"\{([^|{}]*)\|([^{}]*)\}|\*\*|\S+?(?=\{|\*\*|\s|$)|\s+")


def words(text, base="body", boldfont="bold"):
    """split marked text into words: [(runs, ocr)], runs = [(font, printed text)]"""
    out = []
    cur_runs, cur_ocr = [], ""
    bold = False
    pos = 0
    for m in TOKEN.finditer(text):
        tok = m.group(0)
        if tok.isspace():
            if cur_runs:
                out.append((cur_runs, cur_ocr))
            cur_runs, cur_ocr = [], ""
            continue
        if tok == "**":
            bold = not bold
            continue
        font = boldfont if bold else base
        if m.group(1) is not None:
            printed, read = m.group(1), m.group(2)
        else:
            printed, read = tok, tok
        if cur_runs and cur_runs[-1][0] == font:
            cur_runs[-1] = (font, cur_runs[-1][1] + printed)
        else:
            cur_runs.append((font, printed))
        cur_ocr += read
    if cur_runs:
        out.append((cur_runs, cur_ocr))
    return out


def wrap(ws_, width, space_font="body"):
    """greedy wrap of words into lines no wider than width px"""
    space = FONTS[space_font]["g"][" "][0]
    lines, cur, cur_w = [], [], 0
    for runs, ocr in ws_:
        w16 = sum(text_width16(f, t) for f, t in runs)
        add = w16 if not cur else cur_w + space + w16
        if cur and add > width * 16:
            lines.append(cur)
            cur, cur_w = [(runs, ocr)], w16
        else:
            cur.append((runs, ocr))
            cur_w = add
    if cur:
        lines.append(cur)
    return lines


def join_line(line):
    runs, ocr = [], []
    for i, (wr, wo) in enumerate(line):
        if i:
            f = runs[-1][0]
            runs[-1] = (f, runs[-1][1] + " ")
        for f, t in wr:
            if runs and runs[-1][0] == f:
                runs[-1] = (f, runs[-1][1] + t)
            else:
                runs.append((f, t))
        ocr.append(wo)
    return runs, " ".join(ocr)


# ---------------------------------------------------------------- layout


class Layout:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.page = Page(len(self.pages) + 1)
        self.pages.append(self.page)
        self.y = TOP_Y

    def need(self, px):
        if self.y + px > BOTTOM_Y:
            self.new_page()

    def text_lines(self, lines, x, step, ocr_font="body", bullet=None, bullet_ocr=None, bullet_x=None):
        for i, line in enumerate(lines):
            self.need(0)
            runs, ocr = join_line(line)
            if i == 0 and bullet:
                self.page.draw("body", bullet, bullet_x * 16, self.y)
                ocr = bullet_ocr + " " + ocr
                bx = bullet_x
                # the OCR line starts at the bullet
                x16 = x * 16
                for f, t in runs:
                    x16 = self.page.draw(f, t, x16, self.y)
                self.page.ocr.append((ocr, bx, self.y, (x16 // 16) - bx, FONTS[ocr_font]["px"]))
            else:
                self.page.run_line(runs, x, self.y, ocr, ocr_font)
            self.y += step


def render(blocks):
    lay = Layout()
    i = 0
    box = None
    while i < len(blocks):
        kind, arg = blocks[i]
        i += 1
        if kind == "PAGE":
            lay.new_page()
        elif kind == "GAP":
            lay.y += 14
        elif kind == "TITLE":
            runs = [("title", arg)]
            w = text_width16("title", arg) // 16
            x = (W - w) // 2
            lay.page.run_line(runs, x, lay.y + 6, arg, "title")
            lay.y += 42
        elif kind == "SUB":
            w = text_width16("ital", arg) // 16
            x = (W - w) // 2
            lay.page.run_line([("ital", arg)], x, lay.y, arg, "ital")
            lay.page.fill(LEFT, lay.y + 14, RIGHT, lay.y + 16, 90)
            lay.y += 40
        elif kind == "H":
            lay.y += 12
            keep = 58
            if i < len(blocks) and blocks[i][0] == "TABLE":
                # keep a heading with the table under it
                rows = 0
                while i + 1 + rows < len(blocks) and blocks[i + 1 + rows][0] == "ROW":
                    rows += 1
                keep = 36 * rows + 10
            lay.need(36 + keep)
            lay.page.run_line([("head", arg)], LEFT, lay.y, arg, "head")
            lay.page.fill(LEFT, lay.y + 8, LEFT + text_width16("head", arg) // 16, lay.y + 10, 60)
            lay.y += 36
        elif kind == "SH":
            lay.y += 4
            lay.need(31 + 29)
            lay.page.run_line([("sub", arg)], LEFT, lay.y, arg, "sub")
            lay.y += 31
        elif kind == "P":
            lines = wrap(words(arg), RIGHT - LEFT)
            if len(lines) <= 3:
                lay.need(29 * (len(lines) - 1))
            lay.text_lines(lines, LEFT, 29)
            lay.y += 8
        elif kind in ("B", "B~", "B2"):
            lvl2 = kind == "B2"
            bx = LEFT + (52 if lvl2 else 14)
            tx = LEFT + (78 if lvl2 else 42)
            right = RIGHT - (24 if box else 0)
            if box:
                bx += 10
                tx += 10
            lines = wrap(words(arg), right - tx)
            lay.need(29 * min(len(lines) - 1, 2))
            bullet = "–" if lvl2 else "•"
            bullet_ocr = {"B": "•", "B~": "e", "B2": "-"}[kind]
            lay.text_lines(lines, tx, 29, bullet=bullet, bullet_ocr=bullet_ocr, bullet_x=bx)
            lay.y += 3
        elif kind == "TABLE":
            widths = [int(v) for v in arg.split(",")]
            rows = []
            while i < len(blocks) and blocks[i][0] == "ROW":
                rows.append(blocks[i][1].split("|"))
                i += 1
            row_h = 36
            lay.y += 10
            lay.need(row_h * len(rows))
            top = lay.y - 26
            xs = [LEFT]
            for w_ in widths:
                xs.append(xs[-1] + (RIGHT - LEFT) * w_ // 100)
            xs[-1] = RIGHT
            p = lay.page
            p.fill(LEFT, top, RIGHT, top + row_h, 222)
            for r, cells in enumerate(rows):
                base = top + r * row_h + 25
                for c, cell in enumerate(cells):
                    ws_ = words(cell)
                    runs, ocr = join_line(ws_)
                    p.run_line(runs, xs[c] + 12, base, ocr, "body")
            bottom = top + row_h * len(rows)
            for r in range(len(rows) + 1):
                yy = top + r * row_h
                p.fill(LEFT, yy, RIGHT, yy + 2, 40)
            for x_ in xs:
                p.fill(x_, top, x_ + 2, bottom + 2, 40)
            lay.y = bottom + 30
        elif kind == "BOX{":
            # measure the box first so that it is never split across pages
            j = i
            height = 50
            while blocks[j][0] != "BOX}":
                lines = wrap(words(blocks[j][1]), RIGHT - 24 - (LEFT + 52))
                height += 29 * len(lines) + 3
                j += 1
            lay.y += 6
            lay.need(height)
            box = (lay.page, lay.y - 30, arg)
            p = lay.page
            p.fill(LEFT, lay.y - 30, RIGHT, lay.y - 30 + height + 6, 238)
            p.fill(LEFT, lay.y - 30, RIGHT, lay.y + 10, 205)
            p.run_line([("sub", arg)], LEFT + 16, lay.y, arg, "sub")
            lay.y += 40
        elif kind == "BOX}":
            p, top, title = box
            bottom = lay.y - 10
            p.fill(LEFT, top, RIGHT, top + 3, 40)
            p.fill(LEFT, bottom, RIGHT, bottom + 3, 40)
            p.fill(LEFT, top, LEFT + 3, bottom + 3, 40)
            p.fill(RIGHT - 3, top, RIGHT, bottom + 3, 40)
            box = None
            lay.y += 22
        else:
            raise ValueError(kind)
    return lay.pages


def furniture(pages):
    n = len(pages)
    for p in pages:
        furn = []
        # header band
        furn.append(("band", HEADER_LEFT, LEFT, 78))
        w = text_width16("small", HEADER_RIGHT) // 16
        furn.append(("small", HEADER_RIGHT, RIGHT - w, 78))
        p.fill(LEFT, 92, RIGHT, 96, 50)
        # footer
        p.fill(LEFT, 1636, RIGHT, 1638, 110)
        furn.append(("small", FOOTER_LEFT, LEFT, 1664))
        right = "Page %d of %d" % (p.number, n)
        w = text_width16("small", right) // 16
        furn.append(("small", right, RIGHT - w, 1664))
        header = [f for f in furn if f[3] < 100]
        footer = [f for f in furn if f[3] > 100]
        ocr_body = p.ocr
        p.ocr = []
        for font, text, x, base in header:
            p.run_line([(font, text)], x, base, text, font)
        p.ocr += ocr_body
        for font, text, x, base in footer:
            p.run_line([(font, text)], x, base, text, font)
        # the app's mark: a rounded logo square with "CS" and the words, lower right
        tw = text_width16("mark", MARK) // 16
        x0 = W - 40 - tw - 46
        p.fill(x0, 1690, x0 + 36, 1726, 70)
        for (cx, cy) in ((x0, 1690), (x0 + 35, 1690), (x0, 1725), (x0 + 35, 1725)):
            p.fill(cx, cy, cx + 1, cy + 1, 255)
        cs16 = (x0 + 4) * 16
        cs16 = p.draw("mark", "C", cs16, 1716, ink=255) if False else cs16
        # white letters on the dark square
        g = FONTS["mark"]["g"]
        xx = (x0 + 5) * 16
        for ch in "CS":
            adv, gx0, top, gw, gh, data = g[ch]
            ox, oy = xx // 16 + gx0, 1716 - top
            k = 0
            for r in range(gh):
                for c in range(gw):
                    cov = data[k]
                    k += 1
                    if cov:
                        i = (oy + r) * W + ox + c
                        p.pix[i] = max(p.pix[i], 70 + cov * (255 - 70) // 15)
            xx += adv - 16
        p.run_line([("mark", MARK)], x0 + 46, 1716, MARK, "mark")
        # the left edge of the sheet, in the shadow of the phone
        p.fill(0, 0, 16, H, 188)


# ---------------------------------------------------------------- JPEG


A = [[2896, 2896, 2896, 2896, 2896, 2896, 2896, 2896], [4017, 3406, 2276, 799, -799, -2276, -3406, -4017],
     [3784, 1567, -1567, -3784, -3784, -1567, 1567, 3784], [3406, -799, -4017, -2276, 2276, 4017, 799, -3406],
     [2896, -2896, -2896, 2896, 2896, -2896, -2896, 2896], [2276, -4017, 799, 3406, -3406, -799, 4017, -2276],
     [1567, -3784, 3784, -1567, -1567, 3784, -3784, 1567], [799, -2276, 3406, -4017, 4017, -3406, 2276, -799]]
ZIGZAG = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6,
          7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31,
          39, 46, 53, 60, 61, 54, 47, 55, 62, 63]
QBASE = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
         14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
         49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]
QUALITY = 82
DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d]
AC_VALS = [0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
           0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0,
           0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28,
           0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
           0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
           0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
           0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
           0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5,
           0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
           0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
           0xf9, 0xfa]


def huff_codes(bits, vals):
    codes = {}
    code = 0
    k = 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


def qtable():
    scale = 5000 // QUALITY if QUALITY < 50 else 200 - QUALITY * 2
    return [min(255, max(1, (q * scale + 50) // 100)) for q in QBASE]


class BitWriter:
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


def magnitude(v):
    a = -v if v < 0 else v
    size = a.bit_length()
    bits = v if v >= 0 else v + (1 << size) - 1
    return size, bits


def encode_jpeg(pix, w, h):
    q = qtable()
    qz = [q[ZIGZAG[k]] for k in range(64)]  # q in zigzag order, indexed by zigzag position
    dc_codes = huff_codes(DC_BITS, DC_VALS)
    ac_codes = huff_codes(AC_BITS, AC_VALS)
    bw = BitWriter()
    prev_dc = 0
    At = [list(col) for col in zip(*A)]
    for by in range(0, h, 8):
        for bx in range(0, w, 8):
            rows = [pix[(by + r) * w + bx:(by + r) * w + bx + 8] for r in range(8)]
            first = rows[0][0]
            if all(row == bytes([first]) * 8 for row in rows):
                # flat block: only the DC term, 8 * (v - 128) in the standard scaling
                coef = [0] * 64
                dcv = 8 * (first - 128)
                coef[0] = (dcv + q[0] // 2) // q[0] if dcv >= 0 else -((-dcv + q[0] // 2) // q[0])
            else:
                blk = [[v - 128 for v in row] for row in rows]
                # tmp = A . blk  (8192 scale), F = tmp . A^T (8192^2 scale)
                tmp = [[sum(a * b for a, b in zip(A[u], col)) for col in zip(*blk)] for u in range(8)]
                F = [[sum(a * b for a, b in zip(trow, At_col)) for At_col in zip(*At)] for trow in tmp]
                coef = [0] * 64
                den0 = 8192 * 8192
                for k in range(64):
                    idx = ZIGZAG[k]
                    v = F[idx // 8][idx % 8]
                    d = den0 * qz[k]
                    coef[k] = (v + d // 2) // d if v >= 0 else -((-v + d // 2) // d)
            # DC
            diff = coef[0] - prev_dc
            prev_dc = coef[0]
            size, bits = magnitude(diff)
            c, l = dc_codes[size]
            bw.put(c, l)
            if size:
                bw.put(bits, size)
            # AC
            run = 0
            last = 63
            while last > 0 and coef[last] == 0:
                last -= 1
            for k in range(1, last + 1):
                v = coef[k]
                if v == 0:
                    run += 1
                    continue
                while run > 15:
                    c, l = ac_codes[0xF0]
                    bw.put(c, l)
                    run -= 16
                size, bits = magnitude(v)
                c, l = ac_codes[(run << 4) | size]
                bw.put(c, l)
                bw.put(bits, size)
                run = 0
            if last < 63:
                c, l = ac_codes[0x00]
                bw.put(c, l)
    bw.flush()

    def seg(marker, payload):
        return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload

    out = bytearray(b"\xff\xd8")
    out += seg(0xE0, b"JFIF\x00\x01\x01\x01" + (150).to_bytes(2, "big") + (150).to_bytes(2, "big") + b"\x00\x00")
    out += seg(0xDB, b"\x00" + bytes(qz))
    out += seg(0xC0, b"\x08" + h.to_bytes(2, "big") + w.to_bytes(2, "big") + b"\x01\x01\x11\x00")
    out += seg(0xC4, b"\x00" + bytes(DC_BITS) + bytes(DC_VALS))
    out += seg(0xC4, b"\x10" + bytes(AC_BITS) + bytes(AC_VALS))
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    out += bw.out
    out += b"\xff\xd9"
    return bytes(out)


# ---------------------------------------------------------------- PDF


def pdf_string(text):
    raw = text.encode("cp1252")
    out = bytearray(b"(")
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    out += b")"
    return bytes(out)


def num(v):
    s = "%.2f" % v
    s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def content_stream(page):
    parts = [b"q\n%s 0 0 %s 0 0 cm\n/Im0 Do\nQ\n" % (num(W * PT).encode(), num(H * PT).encode())]
    for text, x, base, width, px in page.ocr:
        size = px * PT
        tw = sum(HELV[b - 32] for b in text.encode("cp1252")) * size / 1000.0
        tz = 100.0 * (width * PT) / tw if tw else 100.0
        parts.append(b"BT\n3 Tr\n/F0 %s Tf\n%s Tz\n1 0 0 1 %s %s Tm\n%s Tj\nET\n" % (
            num(size).encode(), num(tz).encode(), num(x * PT).encode(), num((H - base) * PT).encode(),
            pdf_string(text)))
    return b"".join(parts)


def build_pdf(pages):
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then per page: page, contents, image; last: info
    kids = []
    for i, p in enumerate(pages):
        pid, cid, iid = 4 + 3 * i, 5 + 3 * i, 6 + 3 * i
        kids.append(pid)
        jpeg = encode_jpeg(p.pix, W, H)
        objs[iid] = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                     b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (W, H, len(jpeg))
                     + jpeg + b"\nendstream")
        cs = zlib.compress(content_stream(p), 6)
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cs) + cs + b"\nendstream"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] /Resources << /XObject << /Im0 %d 0 R >> "
                     b"/Font << /F0 3 0 R >> /ProcSet [/PDF /Text /ImageB] >> /Contents %d 0 R >>"
                     % (num(W * PT).encode(), num(H * PT).encode(), iid, cid))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), n_pages)
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    info_id = 4 + 3 * n_pages
    objs[info_id] = (b"<< /Producer (intsig.com pdf producer) /Creator (CamScanner) "
                     b"/Title (CamScanner 07-18-2025 19.42) "
                     b"/CreationDate (D:20250718194233+05'30') /ModDate (D:20250718194233+05'30') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    count = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    for k in range(1, count):
        out += b"%010d 00000 n \n" % offsets[k]
    doc_id = hashlib.md5(b"".join(objs[k] for k in sorted(objs) if k != info_id)).hexdigest().upper().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (count, info_id, doc_id, doc_id, xref))
    return bytes(out)


# ---------------------------------------------------------------- main


def parse(src):
    blocks = []
    for line in src.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        if "|" in line and line.split("|", 1)[0] in ("TITLE", "SUB", "H", "SH", "P", "B", "B~", "B2", "TABLE",
                                                        "ROW", "BOX{"):
            kind, arg = line.split("|", 1)
        else:
            kind, arg = line.strip(), ""
        blocks.append((kind, arg))
    return blocks


def main():
    global FONTS
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    FONTS = load_atlas()
    with open(SRC, encoding="utf-8") as fh:
        blocks = parse(fh.read())
    pages = render(blocks)
    furniture(pages)
    data = build_pdf(pages)
    with open(out, "wb") as fh:
        fh.write(data)
    if os.environ.get("SCAN_PGM"):
        for p in pages:
            with open("%s-%d.pgm" % (os.environ["SCAN_PGM"], p.number), "wb") as fh:
                fh.write(b"P5 %d %d 255\n" % (W, H) + bytes(p.pix))


ATLAS = (
    "eNrsvQnD7TpXHvZX2htoEnpIrcGyxJgwhhlSIAxJE1uWgYSxQAil5LfX0holew/vuecOX+iB77629t62hqWlNT7rH77a1j/fv/qx"
    "f/hq/ev81Y9Z/+mrvdSr8OmrP/rTv//LP/7r+tn/8tWP/aEx4dOE//fVV//x01f/a2106ZP5ZNKn5ZM9myf8F4/j8N2fafwT4I9/"
    "8KfAnyx/bIxh4n8+xjg9eDT8q138D1/VPqbl7PLZR2M/JekjPKb1cD+OCNdmynw94bVR1xNdz3Qd2xCn1rmzU7Z7fO3DPzu7YJ35"
    "9KNtnkw/UcO/rQ50ypnuDc4DN8zHev53OZLM9FJ/1/rT/uXWnXJAR3I++5rxvxP0Wf7BL0J7Jjyo/UtH4AfhM137KfezXdpjxwfk"
    "vb2k/TfgOvC/OmvW78fivS9H8B56Vs651s+8DNUf2zjU+qhVhjr8q5P9QzLZ1rTJdg8n++zV0BAPfWfmmI+48IoGGtFm+vuj9bQO"
    "6dhNPMx6tjicbN8eitNQ/86twbmJfnIE/Vp8aJwnvZegzVC/1wItu1Hfqm9tKylj2WCNXUgRGrzsE9Ma5gOX8hyDPRvOdYJVTWoF"
    "56lvoW1ol60cOc7m4RR2DXV9fvhcH7dMbX2mT3auq/RwfZ7+mwtNah2hXM7QR5yInWi0TnUxdUYsTqqT36Y2M0v/oNoU6eNzC+xT"
    "/8HU2NIiD+p+YYGNON2/9nE+ik0H971xuvPenQ/y59+94Cfnfam79nxQso3CMm6W9utszgeZ0BYHWdBJsXVzzUB0tQkHRRusDoQ/"
    "iMJ06sTc/GKGlR/e0R7U6L3vVduah6EeliJP8gfvWTXy8Z/3TCX/W6WSaUKunZ5xzMp9zretmu+uSKeyMOf8l9mvtFGRAmaaf2ny"
    "bVhZb8dlsrvQfBt+Wbut1iahvkEa3E4bxSADwY29wMRG3HS5Ntu2Uz30fG+TtNdPCz66nkHndK4Zu5GZVg/q/oadDrI/6+Xm/ZyB"
    "Q8WkZub8GR8AAS5XY2LhM+GkJJw942BN/vm5JinBkgR1jsb25ut/FyH5enR7xQT+BQoOU11Yc/43jMvrztPE4wbG1QgHUWChuZ+5"
    "aeNlPA48MDwzruXATa/kA/lB5uW+u0r8C/ntzKRlDybywrSVDtoG6uOV32dlA0Tu2Ck+nDNU5+Zf4twAg7xOTsx5u32QIeKkxpU7"
    "7IRn89ypHsmvPU/ox68Cz4rMVMbDpHUrDV/jSfbcPW5a+FtLxKOwTs6P1MkJlkQpVyW6K2PomJswNHuen2dnTfDwgsoNYDY23hTt"
    "e20PLU7xkswTFQNN4AbCYoaZm89O+uVWJPnfq0jiXd05y6dThjbhETNzvhdIFGv9uved2Oev9xlkxCYqZvfl338zL59Yp5hP7cEo"
    "Fl93fwC6iOOfur8WYAwelhduYvfsH2UOcz638quv9DlT/1mag6gu2uhz6Pv5r7p+hne7ST//P/DnsKHTVeCxtKNnIrRIj9iIhRXc"
    "Doa2llffTUSoC3FMT2tO391pV23EoiKtEH/XEKugfTp0JsToaFATitnAwZ9IcVrEbnLxsXthX0qaBOI7kCM64JwGj1niKAm2aFaH"
    "nZUjwjNpr/1tpNulv42XLw+P2voXLdgNZJ1WOpmIVaypEFM3pReXYfhaSCBVqE2p4SmtrG1+KPMsh5JPbFbsqX0kt22E+jbbSW5d"
    "gFXP6tHf/a1DNlT5EAjl/C9fbq8sxSrtb6qM9ol20Sl/vh0BhTQs1ux23hRInCst9IwLTHrfcJ7bXhKYiCDKIKbGfneIjmH2Tr+D"
    "LvS3aepuQ/9bEX5bP5Z+vjvt/NX9daLdByba6Yme+4le+4meh4nGcVgSVTMOOh39yTLcGy2dh7h2M1mfXpZRdI+quzEP0n1bWJT4"
    "jGIeLLjgfe1nVaWaQBFoeBto64YWRuvUBpX7zWkhwMtE+w8Yj3D+honoGtLQ4I++oZJoN5mpmSekoZ07uqFUklcNsZFa1LJn7mTC"
    "HfYIN1RJrB7Ida68N4PxiMyHXYOFI1x+otdpGhfueYOm6rmf7PBosgcu5Ib7Oqk7iBKJ7u1gcxw5+thHu4ogIuMHKlbzsaOUcEQL"
    "iz8DBTl6T5oes128tzHBmyySvabimd4HB9s+dVRckGwjHHXJKO5K+mOd2PABdjHpBUXllB+8dhPRelYyG4IMWuIy8tmA285hX7Zh"
    "/M3s6yKb+OqbQBdII58k690pvoB+YPDe4Hv0cUqaGaszeE87C0WRRjgRJ9qxENTYT576mbZahjh19U6clYle3hAinmgC11vNWUzH"
    "V5Qc089rT+6mdGdIvDzn4YdTz4Xn/p1rv2lK1wXT/9T3r/EPTVBtDuPnChHz3i2O2Fp4N5ZlXmlxV5ymrP4q1wnZblmowMPG8Ejb"
    "kyrxF6v3ClmnxV4LuzTC76sti4h3m0TUdsoiWT9w46Y61KZa6PWzj0Sd6mwLeLZhf7zmCopY00cm2l2kNVIkhB8GOdNAiHCT7C5H"
    "A6a/tBtpoGRN0hoC7mqW7mi3Lvia2LN/+CFKj4Fn1KacV2/7HdXeZ3FWtEFmhQVyuh8lrQdvjvUY7JswAdl1lgQjE/1j4qhrqrbS"
    "YeuKmDt/nQcXm33LFo/fvH2KdOPH+25o3vRtdAMcTpZ21QpLZ7u9/xOjrWZ54Z0IumduVSO2S1E8dEYbUzvJHG7NbaZjqImgVjHo"
    "1Xd80I8MfF/MaO6Wn5iQh0eehzxuRulvY0Xdk03Yj8El5uwtj/xJmae5zdOdly3qfzeux/He63+f4RH6wu+r4/ypd+hhMeMBu82X"
    "AzfJRAJhHHvg3/mbJdw7CQupq18vW/Q9LDreM4lZ/TDoKb3Mqf5po5emm9a759Ne5+mn6zzNHu1Bz9VBzcmX1rEd1UE5QkC+24WT"
    "Z+Sr9QNSb1fiiCgaOL+EwfTP8okWwNdOLja9ttcePqiHqse2U7SbZyO+wZKmITDi7fthnv/1Oc9+CjDP1Xs6v+U9NX6JMVyeG9jw"
    "3bnPqu9qT4v3sbdQBKWnVsV1lXY9JY4m38FQTIDYCF/XaRJrbUCSr2ub2xNCOwDP9ujOHVHqtwIa6EObejrPPQYKmEYAK/ZkQcGm"
    "WYr2RtjkkNibINO8UmvrGFFCopiDCAp9JnEytAfG4QMPj9zrf9sRgvbnKpU1QoR4FXh5tQ1uRz12PM4EWRH3GkCytj9BdaQKcOcM"
    "2yIT7TrqG7REvaBqdVfZ2/7U2nKvaWKgxrDmZsEjYwvmFTVVQvw36KEFVdma53YJ4jLbSIBat9G7tbdXoUCvzWPkIbfHMEF73dt7"
    "r/jCl5be+ga2ZNuzigI/3DVH8PiKRWsnbWec/5LmB/p82cagET3UDX8Nv18uOsuuLPbcPfaJ7WogFnmZ7Xja3g91XLyfedO9zvbW"
    "koksfDccd21iXQVFX2KnSuma8VI1+WvTpp5VyD0l5jY+KfxNv5qhVJ7VlJR6cmjNb4Gn6aYbF858aWojCrpfhSwxfSd22zedW+vJ"
    "mvwsr4mF/38VF+MHvgBK0VGUDJHl5WnSJyzMJZLbyubIQAKEVdoF6U1RnwXLwvaKUUDcbyxsd/b6u7a73969Y9F9iSDWWLW/HCmr"
    "dXsVzwQSZA4Krtt6nat1nFOtwk7KwEZr93Mf20/nq6Mbt5gocD0VafvyZEGQc/1OIZOCptsCXxsJfrkSfBoMIuJqiYr55pc/vHk8"
    "usKeddVtekA3w+bdM+zzx7sJ1uTnq0S6UOBnfLQmA9/4QEu8POfzWrJWWYZ3PW65/upL9ae3/73Tcjv/v8AawRNT+ji2d+7jkxF8"
    "zj3PZBjel+/vx+9/6f7E54LXL1ZeY/3754QbzwkMHhWNz2xqm7mbc+Jgbybuyx33gT4n6k+q6bHjzQ5iQz98TlicY6/avNjYdhXa"
    "wLEb7Hev6jxEdHd9wUg620UG7mKZJ/Nhxh/xHGQl7OhzojrUe+tOSW44JzoD2L/9wDkR1fH3nTWBfAMTcGUPT5pWtKrs32Xvh6b7"
    "/fRLHN1zSWK4Dez51v5IF3+5d0s+Dg0hS3h+6/b7EPHhwEx9UNwo+C9BuJhRaF9xaza2Baqr6czuaG3YRiu4JyN4ncRf0XsPWOf9"
    "HKrpbxxg7dq4SdpaU+p+a3ZRC7FNN2Fb1wRtfROIWfvVewXMxtyco7lv2xq/SrptxcCVMIzXKb7otSujmGFe1o4lq3lJw/xZ4qqj"
    "6PjAplHX6Vc7ueFRvMPloPyn1/CEDd9KjTdz/Wt1T3iUkZ/acLxEmtPOo3c4zVyoMU3Ks0GNhYiicGPGMxvCcbFxOSjC81i40R1o"
    "xDv2yI0QfVKpNKnG1H5/sgOnGlsQZA3dn1RjC3uc657QjWszzrVEHWk8v5UK5ntJIg3pi10jKdRdI4XmdI1TF99IjZuEXTyWA3/9"
    "Izqn7wJP/CGRZrpJ+U+Fgsy1KQ5Ni7LUTLIw69A0i/4wqQS7PDRBsHqfD1hdo6ZvaqEDfRO4uPum5i7vm8gk10Xi5GuTvzbB0j5c"
    "k9/oZHPzRm6TG9Unh9K59v+lwbAl/UXRVEXDwBrObIE0WkInUujE4nBIELzV9tZyEdIzE33uG414ybvG259vHf/HF912qet8oevY"
    "6yGbYjVk1KFoP63ZZHM164TpoV2nLehvftCIsGd083XsN11ZdmfrtBE32mAome+spqolXCwuWaw+TQJvekm5NdtebSsi8Kf56xoR"
    "Pt5yu6F+a9xQ4f/fUF9nQ9lxQ3ke5vxoQ+0f2VBj9MCdkXfaBx+qhK6WLvlCXNUDqUCgk3tGOf/uI+I+b153J16lO9PYIOryFu4o"
    "e8UZ1m3xpi1d27w29sGu3NktduUlgyHZKnHft7RrJkWvw522cTdmVqfU2DoxQGWcbdON0dnfiPvFPFyn/xM5LMaApVdnpundHmbZ"
    "h8gJV44xT3lvlpkYdxaFPI99IXVuETFp2+KsI90Ggj56Iw9lj21RiF9tE4mJdakcl8TUyc5pP47Rtam1JGvVLvaQ87H2TW3mF1HE"
    "DG+oNUYJp++ckbR9LYWTdVuvBmQ5tU6/jWoZ2iAeHoX5GGnznZZHHqF/yi3DRvmdN+V9HUByE4j3P0VTGIx7Rnn81GWhYFy3a6ZX"
    "T3l9qKlNsQvCAjaEZ/bc3xXm9eKU2Qabc+3yrCwzFHo/KTWbff9JfsyOfccbXnn+iw4bcPIUixO1q7ctKJQsqov7xKluwl4gOX3r"
    "SHVpPw3dOb0RootmYTVevcukObs4j16j2FS0PmDB3p37+SZaJFx553Xz/Pu6eZKjhVpeRqtIIrygTOBxsHLYrtjb0kF2CCUuHnrF"
    "eJWSHAC05rRsNepDgiWCilE2oGVvej1Fnc6e5cDCwmbEzE14WVGAGAjaME8t+kgFtCU2idTLVcf8t1hlMMHM9S1JJr1RQmija9mp"
    "WdkbaxzOCs+vWak61iaCLdci8ejYGmUtCsdwNkpsjT36HDigjoUXTYf1RDlNt4ca/Eg0v/f27jYSm90mcaYpE9FxEz7giQdY+fWO"
    "ndTYG+fi2f5YaBrFEJBoEMshXoTpcVvkYVLYkpcv0vkgoDfDfOmSMyAqxHfREsjXtoFhE6cpAoqQhygO5R/MKtoqKmawP16o3+8W"
    "6snZqDmul1wh/Wrb9VAOGjqFVA4nXeoDam7jtV2oW6PtPgTVgumzW7R4aBurMJ/Bwz6PuYm3yvS33zQuyh+8KTD2ykx8t6UL1zUP"
    "j9pp3FfKC9IfNrsZn+pGRXQez534VNc1F80nj09NoybsvlwAxh8+B1kJmaAeok60LJxCIZgXP4hXfeooZpG0sTVYuP/wFJQh5jzT"
    "g1i7zkwqfBJZWtXh24G2v9OwNIa+7YmiIrHBlV6y87eZATDAzUIvSUOXahBQHdV/fAEdk3jJM09LiHH9GqAv35srGVE3Nlny/wsz"
    "OTiR2viHIuA6nDd23GixISusWiwpU+4F56W5jNTZaNpyGuZBAORH+x+ByYxyk3GaH2kBs/7EyGGRIcFNQJbU5cAV/pPEErScFv9O"
    "/oDL3b8EITbyz7VH/2dFfqaS36PcKavCLnfmzWYVXrj0Yn59+qqCIGbMxnnw+HXvTJGs3y2K24dZWDwqWoJRREA8OqnUYjgLNsyl"
    "97gvEirEKb+N+WtEkSjBlJKdzRAdTYoMLfEByYSUUE/vgfTftcnnyGIMBjkYjxO1vZOK43qYmy8SuLa0hM+NY8IxHZa9DflYmy2q"
    "aK/kJn4OzkbtAksl8G4e7v1wvwz3Kz1vxfcZOXHBBYrZq0bcmCQit+c3s6nGa+FE8jrPWVKtZ8yCu6PHlmNDc80JTjuHxeWoY2KT"
    "kCNlNxmAQhuwQ16G1+zTxXlQ8Y3WmSN1adKaI2Dx4RpY47QtRKWLdFm8+/upXyh2jMLZZ93XcJ+STOyjZHelMFfIO9LDA84tmdVZ"
    "HEeHCttV0uCRiff3vBp4zzO8i5efIfroBIkwx4d2QXEae4TgpVkF4XirGWB5k96yYn5Mb6s4XjyFWQVxXpVJ8s0NWwxKOz4ZNkkL"
    "4AdBhQEfGchvCLgj07rNW5Utkc/NNOcjvWEg1yN6O3op59bLbhJhb8AMMIhTiQtNthkIKjTXcftZFNauWqcB5uRbvNR08EcSINWw"
    "5Kx9KwWw7ZfVVMbP3oGaRqz2C7Cidr/gfpkf75fjI/tl/H4enkdumHDc94cO8Z3BaarLcY/mAX+oCY92ML/tOji57b999PVqaA0z"
    "n8Q/W573P/6uztU49ecqJQvTuQp5hCpVYRGLlNfgBX7w/ul7/93c39D3n3BArq0ipJ7mHnBvnOubr3yzcbn/pVMi46BuUfc4vvKu"
    "uzff+3b/WgBRQvI3HPJgZ6D9Os7/2oH9fauUX12pwHzpfu/97KvOQowKqKvdhz4MdxvDUJWc5AfzUts5Vsx2ng2ym+5f5NAJ/GlB"
    "uV9Ps+7/1QjE9PSn71L+dx6R/meI4g3k4F7DZNyTvav6TIVeo7/IF3aEO9/ZxA+rB267KEHgpEZsSLVKm8jI5PZLIL8A5w6j+wFr"
    "fmx7/fNBRHhredqCjEeNGFO6o4aTXRGQ6OlR47+3R81fyDzNz5B5W8qUJNaufaLo2uTKhq+yam9PFpQKq1Tboi2IWcvOD+93fb9p"
    "qNakDNHkd2nObgDHA0fZgKpBoIMK87AaPBQU6V9+jojJG/rGBED0U4702gTgvz8mgKhMACR1ePdlDjgbOyNdnfe/+lqivUfR3t2o"
    "wrlXhbcnon3+oGj/janCSrRv1PnZpoIH91BBps77/42w4jDv5hm/bFTu9jqDjSAVramU0VOJQIoqsvjpQgdf9LInpb9W5tL3zwDi"
    "dRILdoOEu8aQaG9FZE7+KJnm2I6O6D3NZgjoPDceGQdKj1BQk9whIm6EzGyFZbbMe37GoJbZGR8VbnQX/EeBPNnfRPHUifobMSeY"
    "2BY/XSZq155oFcgZ0a0CIZriV6l8SbV2B/YXuVxVNETwylbsxebhtCm7jvRv3zntAsG/o6Eu6iDh7+A+ENdXmaR5NBRUQ19ROSBk"
    "MxdushqvDWtGb5X/9p5nIbHlsk6N1dgsY4wPX1BYEwftUPWDfSiMoKJwAOZmGWJvuhisZmzXDukaQdNFXznQdtIQSjCCQncmZXuF"
    "3el5yt9hND5MVBX7n4TjUwGPDU8lA5OWRQRv3Z952TN5UTAhaps486biixLw+4IT4Fr9ndjmVSE9Lq3Uzlxnk52vCyZ4eVMv2N3a"
    "wplaiYL9/KJ4n+rMt9fXqjxFY/ZEyrdY+ii9A8tjKdghdyjMarVSh+KcA5wQQ168DGf77+9RrCeV3JA1lM56PvPRGzX3enLo8FMj"
    "0JIKZdgvQczHjbCjYwYRCz9oF2tJisnPVIctTzqqsYtML0YFQ7Libcp9gHmdqL8fJ+reORGRRnlry3zsEku66dBJNiEvOhwwTDpY"
    "Eq5UpCQE1IUePTtMaz/Z26Qn10LuY+kCXHK3UecLilYZsbbiGGgywOfqYjLt0Jj7uJo8xoTlccXdHDVwc539/6fO/hTxwPF3VBqy"
    "8iIoYOvIn3WxbX1ITWdJ6aJ8vB7/Z/2obdR0ByV5ubtQ3T9IlZpqMLP3aUtGEL6NMjwtLVnBS+SY9DtPn3kt0Z9W4piiErqigg2G"
    "XB6j+NgyfYE+qPDjrh6B10a3rjqYDVQT6f8dDGN6OlFeEeze7+mf1s86mH98SR2V8Mn7FdXe9qkovmx0dEJS1/Hj17zcXkPEBhUc"
    "apJc75I6qQysLXrsc/ugEMRDp2DS46MC5joVt6DA5f+HYLTaymNuFZ2QciJkQ0PS0LEt3odyUw6pqicW4TGLAjOfbwNrIKbsb89h"
    "TG1xkVKrMvHEGe7qkUbA+2UnVO21MXRTdwzAgnuqv7lDRNtuK5MQ7y6cgnG/ZN9xrxaphmTP6VEThEaIW3Ov8YMHuj5rX96uZtVN"
    "P4VXriuS605aC+Iwd1Af2LAKdbmh9CQ2hD7us4ygyLsuHBClAZ5Mr+X3uoOTIAK9pV0EepELD5ffTkaVRTHNmHDL+PvQqZegU+P3"
    "H728lgrx4I6qsX/p08uV8Q//TcOWeAql/BRX+SOgzjyU2IPy6NpgBAO7kikc1P6dQiIvXpLOzsZvSI/fcLsZbC0FO9F+RODZk45b"
    "mrqG+OU3ZJF+oFTdNf7ZIEwEmk4yIcTWrT5XKtxQFJmo+G1TekKt2JnZKpA1jj1XEaiDDldwYu7e/rp77FF7ftNmplpg8CSKDLJ+"
    "sllXJZoNBBsYX1uLpQIg+rg8ogBbKzkZD8TsH3BSNsW26PqszCCZhSoGIDzkOKYTNSm7U+pgch51a2slC0J4gU7jOiTyecx4hMc3"
    "32IfU56VRDkzsihKxy2aFXI5FaZ0Oq41piSrrJ5uHVTmtUxLOMZo+HlM/5jymJjgL3H4eejHzVfa0ugS3va+kBdM+D9++uovTz3X"
    "hvNi+4v976VC+UQVyuexQnmMNwXK6zFVWfGsTKC+diMCHnTGStMednur39tE/lb7wdN/pEITFCrY638K3EqlcY/G+/QpasI4daPz"
    "ne30Due2bsh0Zwu4Icw5Ea3sbH1Vy4eqrxuorxYRN0sge+4jl2ulCz8Td6nPIkNxAx9Awo4bvQq/4bTpTPwu5zcSRcQ2034gAZVm"
    "pcVH1bBXcE/Hmm+8FWS4DSSbFI9mx8H9PlduXagzreSQuT0MfkiNemmjTvdZx4qolvp6OuVTCSvZE339GmhW+Wi/WfDGygPWU7zK"
    "HYGGPidUdNFdo0znKjNY6Q68NcP/IpARfdJAyqM5bzw8bq0a/c5FyYzftTKfZD5q9WyLeYwNUvOJVd/HRIUJ5kS2qtlnkIAsKcF1"
    "71vQxvJCW7fRfzPI5WlssywP4z5Zq1QopodmTgrnqaCzWtZ4TpWrxo91o1416fIUtNcy+13ZvE7qbB2ahTn6ZjZpm4RBaYvniWUc"
    "BQgVmKm7je6b8REqX1vcF1Swdk3E57i8DIZTUxFqu3jacumpC8XFNfZ1IM6D0M8dT7QoW3ZgbnlSvYVvAXxH6LjrecL2XLpaL2t2"
    "ckvqEPpccWT4nd040Oxp8KUO3u1V7N05owWdBrsTqZfDRzMLA1hiPCvIr0anJu0be9hDZQd7re9XVdKFJ9X2G7sWkw5Ex0EzyxhZ"
    "5MEeQnXUFDs5XOpImwXZQ7r1l5LOl6AvDknVlEQbntISVxpVoEn3NHQziSD24oIrqKxc+kXwMQov+8zaLlHeXIQGpRL0w9EJrMTO"
    "hexLuDw/ixeB/UeFzUJmGOk7FztzDq7wxzOHJEJsccMqZjmRtCFr9yPI2tnnepXvrIjVHh+91BrOZqqCYzrK2VrgXSfZweBPnf1k"
    "NU0NSNmdPNfmtU2WkxgQl93NWVPLNBsocO7bUXNX0mayXYxb/tgNoLhgDlbVh5bdM0jlu09z6YHm9AkkoJNc/KnRdPIHuQh3FBnx"
    "NIBVa+UDMFra0sN+VIgvnrQ3P8G9ipQgdFM3uUlk/lPQD2i8YKGwX2qhUskpIle45bcMy0/nxUonDx2+M0lOK+VcEJUH+mT7wCdc"
    "kWEedAOqgvxaKLMxRTGpRU8MBs6ylcCVIZw3wcZUGxVXC2Mn8kQiC9ckyVwOhT6Z0NS6H+MDkB9YUMkC5gGgq2OvbBEn1uRy/p8R"
    "PUGQVM24c28GzdvEJDpBlp0vPUoXuHLf3uVaE7SGMFyqG6wW0t6MydZwcKz2FUuaA5SsmUCHLW3awSqZ1Gke1fWqjvSi0Q5EpCyr"
    "SJf3lyxoCbOvhCLVRu/rI1PNXlm3mzG2IWItzJOJ1iFGGSLw/eDGYenrjU8zs2ikKO2s2lVJK6vVyr3huNC1BYG56fGsLaxYVXc/"
    "15ESs5xG+fXvqUm1H2GUwliBlpsty03I8rVTBpabkzXwTVxVraBi+MYUJ+9ZDoTzqgsWsrq5dufJjazs/HJlbyoMtOtd7HL6kHl4"
    "vXvOiXA5nboeu40mrK00jQLRhOZrR5RfG7CYffPpowoEkKcnJXNsULey4b2VdbJLq4lwjoUwixuoRFQCCxx2q44N3fvyo7VyFbJu"
    "wP3fYQtzopSRgWaMvVQ3+OiM4Y9JvWEFmMZEqsI56qTMsjzq5dXKerIyWaW/V80IENhjA6iA5ym259W2y8uk1Sxujq+bRajP60ea"
    "e+qNb63sfCpYItQGHzjxdmmEswD/gane9LzjnoMCYwuw0ZN5zOQLcM2f7pSUDMTYHcPdySs3TuRpCmaEwmGJF3ZX1RBU+mh6c9Rc"
    "nPhUxha/4RkCY8sIV7JD15MM12CIdtayg+4nPIh0v1yrKK+0ZW3dd3r/Wh2SEhDHSIkbU/ZKZd1qVVpOmzVdZPGPgYTXHFF91chW"
    "psJSuXc3DSVfr1LV5fv1CVRmVL0jfP47WvHLQCZkiFtqAPV7k2faS2lkPzGqD48z65Uy7DNbU87LcHeZZ2GjilXZtXR4fWvR5ge7"
    "HvHZrX/hhflJGY2to0lPXUnPwUgexodlgSCJio2NffmplzPbR7Z8aCK6W7NKaIhb75fj7vJkFeGdMVOlTDMTR79Y8NxC7qqcF5+a"
    "VyMbMhuhbzSz/0jMc6zCwBo4OqumucwXBVOujBO3pNBZulwZOZP+NYPyQi7Y6wo0MWVh3mgmqq53v2RJrzeZy6l4KVfWVfGGPuxd"
    "ZNOGmgwAlJ4CPqSRtkVJIPMHXyAxo3FJR8YkzIFvbJqu4B3t582qtiZWlJvnujVCmFdmU2Jmc3h7Y4TQz+ZXCFUBiqxHRvCdnufX"
    "sUc6SpvVbc7RmLwJ6ea7mDajKr/Lerkdyc9GVd53Cs3UUPpatO0UGoxx/0ZBNYUWBf0sVtxdvHbrJaHt2I7eSjFvboiVOlXt0nm/"
    "qs69dFFrVS23nQV1h5jvoE4mWP1dCaF9qcVzUWbcGBKbSScZiUFJAqqxSzwiLC56bicQZmx1yuX4YHf/TAsAmF+E3ZM4PlOavs9V"
    "vExcDpSUKicVTCMbgp/ck/sY790mz8Mge9c9f95xUuh5ppC3hKswxu4+9/cG1xDv7QYw07ncYcrqifrZtyZKWGLktJtyaqY+JOxo"
    "4BCPHQsXErk0T08SlcQCGksYTi7/te7zEDAdREGDSJGdaTxSsRissrBHsouUnKoXzeu4DEMT9XNvbs6Rppiq1qywFGSdDjeo74mm"
    "Lio852VoiRyapfJoP6Nl5pwhwcBeL2/3fUsUfC/YHSs6/ZneyuafHL2tJKBhmpvvLVcii3iZxHMaS7/zYn87x4sxhG+t724Xmcxq"
    "tylyW3W2NXZf9vHGzKJvB4PM1m/f4vVuvJHPqFSfSayK+Lt56adlnJV+Uvo5iQPKIRBgd8fLWp+Zurs1338TCOBuah7f1YkoeX1E"
    "Hr/4kWMQmNIsDorGluZUpDgDh7wxjDqxJqQAxZzAFnFhT1eG87TFkzdB3HErFn3PKuA2D6zKS2CnH1oM8S/F2JBhlXXuQ8nUVP7b"
    "DzEtRuezSFlVQLHnjG7ABsfD50u2jKiS3+S7+hagRl9Fv5oo9sg68kvKC3h1iljZkekoQI68eN/4hd2q3XLuO/zLLdiUOnzrH/Bs"
    "jDyXOUvcatSRSt/UZSCumUBWquJsoVNNfB5Wmy1+5aP0PHXnh4fqSPtsu+6sHJ2KLdKALauI+9CyrgNvWzvR+2xZ+2yYCDgKm25J"
    "TbAcLfhBMZbIIDmD4HCyiH1oMRh0APRMqdJ5eUDPv/r+IRw6SUaHvj46DL+1Wzts6f62l3aauqEP4dt5abXYDIf2PEtCtlHHdeJd"
    "nSM5PWo2G6VRatR3HEbitU5s9atAoCuuqJVGizQQ10kakYdV9Vc1zpCxmSfdeIpxAeQQ3bicvQr71DfW4NCmyerG6u3RflBopLjs"
    "rpGCHaDxnPFGjqE9pPr91sei4a9/ZIMb5mEoCuEG8Bl2+hRXTrIh5h8XPP6l5dSttqHFgKtMtdRJtX3L+bt9aDEtHle31D3o+pZz"
    "O++pb6nRon0LGTpVC8tsOKGNDcSHU/kb/VQuz2PUOhCEUyGP1WdBRqFIAtJGWQGFjQWIHJ+E4pemM8xiCMi9tOQxcv0DDTNmnQZh"
    "AFvv6AKJzRQpr7NT6BWiYFAsn0nVbdlCo4ScOPiDqo29J4cveDiBHL7uZBZCBaNX0rhsmopfv70j6wGePWwayDEXyRRbJWLlbcn7"
    "Tg6Pjwjot8a9+KxYw0BBUyg9CTENmY2D2xQRoTNuoKIrGV2p5KMtqPFeaOlKTDfUpMnJiLG60pOO5m4EtfdQ5sAsb5rKkMlklupq"
    "otpZyjbzaAejSriwOZEMDkVKg5Fgo2oQx0kcT5POa+i1OTN+Q+ap0eC86rdUt7EyxbSfzEoQgmcoq2SkNPR5fIsAQ5KJbROiXeBH"
    "d9INVbOqO/ihu/YcV2hzhjrV4uMOzjkYHNQTwOzPYdvMh3JW1Hj7VfrORfwmLEYu+cNa+GuOS1r3dk26aa1h2p5w7hPbiqDXKc2u"
    "98RzJSjzynLndQYEhMxUAaO0HAbySaMasQ/3+VG4w/frfm5RG+vDg/B33pQpWPdlZmbnk9+2GReZQpx/MY7uwO+mZRlakriNOJC8"
    "kIvdMoOF1ErlH2jIWUfvQTNyxnChpTemMohiiQqECxVsCOf5CK73BJA65WnXG944BRl12EU6wag60UsIhFP7QlZyG4nYbapIPViN"
    "l86LVU+H0jtqThLoi4FM8QLPYY5L4sR6IUjToZ20UkjOkp7xHLsvDqcrTup5xiBVOrA4zMfqtB8Gx28ZZMJKvE81IJFUt8C8IsIL"
    "ZYdgNaQdS1ZaNnPZSkmujXnJ3ZF9jrqdrOJvaE85qTa0ss9GGctsKNCnsOl1WzJKPboq7LkuWNq4dDNNSAGlh1lInFs/VPUgUuhX"
    "yw1/uerQO1ZIonXLa1RpfQOVpMySPw6YYE4FOVVUirJ00sCMjlRtNxg8kPvFzefGekLTtg8Uuewmd1yz9sRqQjYFImZkh2wr7pIs"
    "D6GttADnPUrzdDZ8wjw/YMC//yGuYUmksTCTe+NAxpd9Risk9lAoko5WkWVxRmY1dakyQaM3t6nSdMz9yXLMQ4DUdkH2MlfTwRdp"
    "sS0qdrNPXCd/gIf+9I6HAI7yFdHDF4k3iAiNSr7NLvJOscxFm7BsR2RZb7hFE5vpvrdpoptp6Wrci2Hiq6E3q5g0p5fAHn+IttgW"
    "tTHoJS1LG6KyWwCi5/ok39XfUz3wUu3mYVw9hxxQwLyE0E9ybNN+5cD79z5L9Jnjs4zDf1O6fOYnKWTDmS93E+0aFgMv3nf5124N"
    "5oRqzJgwq5i+2xwSoxWvqA957b8Mq4q8PUmV03zq8nBeQvMa43TDPKL8swY5cejcaSsVFgpwuqHw/6SiEus+f1EeRkMTmK5MjCoJ"
    "Qxtm0YAEGArp8UwxO7J4Jgou+lKDpWp3LIaifXXTBxYRKmS8ssluxLKVWjXJtVlajrVn3xe0O6zLImG7EZP+Sx2k4NPliF57q804"
    "2yVpNV4cIAqCrh5iXWmhd28Es/XkqzuXXYwYexwn3XH1AAhBjjo4mW/URBGcHoRVbHKDQf5+32ucpx/Diqg2yqt1A3cllWDNMYET"
    "ZgZIBVAMYfkA8q3cqmFW83nNtTc1W3jUWPLUKqAnC35LKmTyYt243yqCc+3zOV/eVHpdOGwnRwKWoPjdCHKl4RtD4BZRxn5z031t"
    "IrEVjRp1dwVVyvBYWeHyCkqnvLNuVlBITpUvoRkmQDI7vrytxi6ssrU4dbb269ZlgVh1bkOCqQR2sRiF1MYFQfi0qCGV13VzaLWf"
    "4r5AFnyN5AUXyaKqVXoeGIE0lGplGz79Ilfr+eQ+DpeqexARumdEKEEUrVT3utOCnPRUcEWizOfW73N1syBqnSV/v2ej01wjMMgE"
    "pMXTZnqEai6QEcwRd5iNCo/YE0pmLdyS8M2APQVXXdaoY6/nwxYqN/DHr/eh0zvQpQ/uQLqxXsIddsYGAo6/ERxjlF9+0ZtThz5V"
    "sLAfY+gw1cBgge2ityxzF1VltnTvJSR2mL/W34oHp1RiKnzB3RtBFedF23PTetOxcuj3fIE/5wRUJ2GeG2ZA2FbCvP2vPS35u+1k"
    "O1Qlu/RGv69zZ9cjWb4znHZ83hmxIp0MVLnTjryqaNZTV1HU3UwZYg9pSAtZvx0tKrYBodp8HOlOjflTWb4qXXdTYjGQx4byRajn"
    "a1DZnyn8BYsoRY+lUdjMtKXPx1Wx/NiD3tgVlnurS3L+d5YNOav/9nv022iqpvbUGEG6YwcyH3+uaNk+1i6uczBptnYZ9xdma/kJ"
    "W/uLt0ZgOgfjGjcKJ8RML4SDnkTm0enOXVa067OiyyTSCSVCZ5kcSgWcT2laHIidYPuXlxHcu8bofPK1aEmWkq1xPFowK6sTnDz5"
    "Zp2+EYFwOg79gE0/GrWqIilY/jxqmcG9dzpWPNxNhT/91Vujbsrg4r9jwXaTqGP/EWFAj32WqgAoV9omV95Qq6mkeq5yilTlYg8+"
    "e3qoNd3jP3xVpYRkLxvpr1WM3X3XWCue2w5qVMO4Um1BLFBSVCjjaH0wIYttDkDoFj5iqmxpsdJRzhh4oFBz/kYOF18Plx45wlll"
    "tmBj1VKF7KSE44/+XSQWDTc5QUr87ZtMk60ujW/ELKBR/JYvcLPITQsMsasUgz62dCBAl9WxtP+tH4F/NQLAkA4t9jeqmAZE4kKG"
    "UxjWZVaGuyZOyDF87jXlsggnkSdtblXAqKfiod0HtvcLaP/G3ymjvG1Gefdm7aioJISYd/AaQA5XwzRHg9dOQzZccdvWoRSxmtU0"
    "4LBWZrkxVlqZNn9yKnOIjjOXukHY1NYc8C0o0mtvko4oqRMBzisleEFst5VU9v/+QZo89aQj1kJtEVW5WSOVHGZRPcwq0mMbALsl"
    "GiLNvFx+Z6lgMsWyTzG0pDLG1en5z9+/dwzKrtqPKuKGrURmKRQXj1n0FsloETiWRqq85OdxKItzcrUlKVepAkyLWg63egqMNrUG"
    "+nkwMG748RoEYmNWSCGEZ/7aqqWsGq0edCBjJMnqftJSvIYL8UryLzoatx2gIK803X7lrTvZAi5UqD19XSoAI0+I1zvdBlORtGL2"
    "Ha/EJpKP6WNXnJQaC2FD2CT8oHz0eYzQRXg1aMdJgg0OlehqMXPGyKp5rdV+/qX+55IC7348m2KX8Iv4OGUEH7cXWdHhTqJnbLGZ"
    "ZiR89pP3wryUs9j/RwtgmhqJtxP8ZdUgR0a5JnpW2R/qNkyIMuH2DBgcAAlklhhutRuBz/aGMDQHTFqLiIYVTrDxuS1isAmcshlz"
    "PavNYSkesdXiUMP7+tZFYEKnT7N4KUyEMtxklB5/2LCwMTPdIUsYpDCMy6xxJ+jigE6Z2n/Gflv3RVzryhsQDnKL1O+Sj6T9zLRc"
    "AYPOtPVhOcAemxp59nLr2undNyrha0zK7yGn3WzhmXZ+6i7Sj3/4picvvXt/1ACvHYwgoKCuNfERBJ/cjogmBjCw8nQBhF6A9JYO"
    "8MClWQUAuEICHBg/Ic1zftzJPGT8jxao6i2um8PkUxYPVTKuYhZILzUvCPZ41eOXdppUcBEJEe3ftasjqiXfjMANbSxLwkoqdkL8"
    "9TqmREoXRXC1sflGdHV8cTWvFgRgm21Dh6/Acd1QY9ln0tKsVBBZqeIsgVaZDie8h16enkdHV4CvLFhYVR89ZQPlr7Ecw9JwM1uF"
    "rhVdUaeutSq7sg4nMCszALAqiW1g7nP2bF+IJXaMwzz7cPjlepOtKajItqEi/+n+dVCRkdK7acR9V7BmBVcwQi+jkq+CVtFZYaVq"
    "DWj9oDqAWPU98t25yKigAW5ymmEPX7aHrx1qQWcLVGpa0fDdjAtN1gCLEJTCbOAONewvj+T5z97E6nMCMjrXSSgbLRY5MlqYE+mu"
    "zvtyEtgp4DgN810lhioBnES1g/FlaYhmDDqKsA9QJ66GcTcFODS7yX5A7lP7BhcdaxWvVpIZGbS3cjaJ+hhH/S6A8qFdZQcBKJtT"
    "vz/SQWpkPL9mClqgfP3Nhjdx0hWN1kOpbMfBeCxYkoES+Tddfnk6oopaPjCQqkkQB8bRNxiqAzeRr2VKDgzdr/buWgVKAJT7cEuZ"
    "jx/GA+s1frJZEkc+po3ituLOxsgZBeVMjhiGPa2kiUD3WzHSBsMQ0brGobZdr2S8Gq7YcCny3rnbjvOkr0KCjxk3VzPzVgjm+TjF"
    "Bx3ft0MmgVLJI1RJa2W+WW5bcB0DtZmdUx0iLQwmSdZ5Jkc3gcua/cgUg++GMADGT04Oz72n8MkmxLVPR6g5i7H3XzSAgtTFFzbO"
    "FDtGudYJXbtvVe0o3EDan0dtoKOC6wQ2RpOIcdVS1OcBSGEqofpVTGtDbjgB9HErVVIYnOvwRO+F+x55D0jRp/rLcFOtcrVB7RR7"
    "C58MEFe92GNb8J2jSgdWrN2503k/jJ6MAqZD8F+CCSFIWYno5MXIqsrx+xc7Xax0Gs58DpdjjNZWgtx8yOb/CHqy3wXoJXB45jzE"
    "F0rZz0IryvYUxr6Ojy+SmhU3Ts9K46SvpEkdsBiNNN2jJ8tpdgvCFFjZsq755B2CzYaTf6H7p6LYVya/k6p+kNMylQpLfwAo6XYK"
    "R4dHOciHZswMrFTeZXMRqPIplr4AVfZ9ptjHbrJO4Q8tv0RFrb/5tJAfSLUCqjwPWoGB+OCD4OQOAJ46sMARHOArx0JMkkHz5bCV"
    "sVtdoR+PDBtrUraXE0d6G2iZobcTbTWCpnW0ORLN3+tPGI58JQsc0fTMKvD4idEhdZ8DtFwFiiDMicK321b0BwEtt9wMAlo++L+W"
    "byxXIZWy8vxJ95v+pu10dxDQ8lEBJ7mm5Ao5vBw98/lAyzON2NIat0ptCAKXnPLkfPOXBouYMcbsRQq3byykhiGuSZJRQhszvC5w"
    "nGvAd6CfTb1w0VVtNiUiOPWB2dWX1u56UddeXW+CpNvFij8KHNfIy09HHdSoT7m7ZkUhxuYKidoQugUAyIh/A4Gcynu5S8G0WpFJ"
    "K62cJ+paUSCnLXiHjqFsjvNN3ViEGUVLfWxJhZQo2xXz9p+Fxey0sWfvYCjkxmn4on0ToouH4ZvKgvim4gTSzQIF9TCYdRGq3fTp"
    "0R0lDm0Cx2KnK9EPN7LW8xuj9gqOmTFobm709nlys5+kszjZL7tmKF2ZxXZcmWGtJwKJBY7m0Kg74VrXTT3frPXnoDN7wUyqmLMU"
    "IVALMBsCFQhYCDEqarC2kxKRwyw5r55uckIpGhi0g4EibReu/SULB+lMeAPqAU1OTaGmIwJEe1FEzEfQmYNKiWHiWtR1pcokZ2Vy"
    "rOrTEborNUbjx6tm7Qiz0qyyB3Q6e1G0oAuDPSih/B46c9XfAvPU/WReXN+xHXwrrp8T0gLFl9CI4VDecKdv1TjA8j+XSWurtDD0"
    "h5y2yPkzndByg4d74YpvnrtjUl8N7WuhM7u91bPmotGWZH4Yr2fxEIrgHXJ2wQ1Oy8G0GfjG7R14m1+C07uY5rDVqaKxtZy4lc6M"
    "zbDEAwxPfLoXdGa0DNY6oZ2wbrwVY56XfhqRbcfNTkq06X7QWf9+fHhjePbGIA+4faPxNB9WKofT8ZhVgY0Eh5cs90+MaspjR0aQ"
    "vRkKbVRzEjxiLJrI+pOJKmP/UNCt9ZerRmq93naQFkfuYF3fAW/G0dyDN+uknR68ufvkiWtb/6ZDch778lMvZ3btC5e/mBd1O2eN"
    "mVkX3OtvYkL30q2MKqssWAo9BvSzmf3pFxK5EuKqCIeCa/Mw5MbEMkQAKSgLZtNsImqkazH6i1ifPzKXL9YFN9yg901q34v+N8or"
    "KqIR0JyXD6A5Lw3NWc/TOd1VLF51dbxMsyq+E7Org21jeA3X+UBUOFfYSjst4WctctDtewQFoLlJZ6heV5pd0GFjgo8XMrJk8DZ5"
    "RNNFrlvQ1dosogB6NDcOk5sr7GgahCfLGX7TmHZSIU5bZSMnEy/l7OZeEkEdVHCmnIzDlAYc5Q1iiM5s9XyIux12vw15d10IzXF0"
    "MdJ9dCov6MfQnEOM82Vv97gD4VqnNO3HEO/llr7+Z2yh6nrU1Tq/KYM/2PODxipZNxRRkxJXe7UqHI07LVKilCDCC3XJMrYZ7SMG"
    "UqBq9hv9HOyt24Pt/jPvAeGQlBeIaYYqxjdIGmb6GUpqS61VaGgd6BqkinpmhxlDblQH5aDWAcpy/5blUGbGiKf+3jVQ8d7HDbzE"
    "7bXGkX8m8ZLs0TxilD+LRDi9QnduHDPOTowYZY113+vlImOdoJVZFKAEn3AaqAs6ngfKfno/fj8phcOhMkEstAC6NAMrscW/nc6O"
    "sg896pdZUJo4d+kG3Xl5ojd14M4eKGy/UJjdXq+9o/2cudIrbjluoKn4Og0HS17yWjt0LCnCbikghhgObEz/8Cj++bcAxDUMUZB5"
    "gzp83aRMabiPw73pZtVKWCJs2zzuyUlvWr/m/vthuNdESHg6sb/PUT3v/Nfs3bqu9H0Myi+8A7ip58nraSr9Gk6lv839bfB6imw3"
    "oq3jYgx/DjEYWfG4OAmiBt4u4Xaynt3izOwPCegXMb1oen1MmjkyaBdpjsimUm/4PEW2PPYlZtJjbXfYr5fe5Us17ONhi9WGBYib"
    "CfUwqaY0YVxorW5Kke9ahHlxS2tCawgxPmJgZVNHuXJIMtrzO4VyPfXZ8o4ESmtNlZml0O/B8XT8Uk2jXMG7av2m3tg3IXUGyol+"
    "CEr+Sz2a8iViQWZST6C8+du8uhkLA0K/tKX4qMCmfBtL9HcmzG/jBpI2UP6pYupG4iYs2a7U4FXsRzpt41c+vClgLfmU2qGJlpRp"
    "yIjGhE0MnsFNblcG4NbkumWpTXPPWs6mvTN0wj5pakfon9XKorv+jf5QIJMiyrJorc78gdU33wYZYakHjZTKo03xqx85+8XUBbMa"
    "Hp4f3+E9CBdyv+QPnv3L7UT92kfA3mC+TKfUWJw2en5TyDDvP8sSReWcySuLIocKYsxxOyhy0OpmsnaUPOnmFkgGgW1dc2h6Zo2O"
    "6pqbtGmV1RSbqzq1KssqNluC/O+bmzpmrs1OLNi+XxCrmwNG8rQEFnCXFPfMnvTrH4GIdHxFEhqkQtaYNM+hqZ1/qCkIqWuJ5CeR"
    "lqrq1f2sWgxsZ9XSdvjatbRlD11L68PWtbTt3bW03d23VGPL0ELQXEHCozBA7XYqf+N9cc41K51ygNZ91YDzGQ8CctsMuVMNkzQp"
    "MUpEQq10E36KGpcS5yJ7K1625M4kePSCYgaO6g9Vkx66yHBxgb5tEBI3KM5c2Xn9/2UwB+uZ/M0PKAwE/osKQzkohTGjRQ0PCrFl"
    "rFrK71XG4bZ0SumitMeSJToOeaJ9QyX4mgrDbw0U9gSW+geNwtIXp7D+QGr2usHKlo7OJUJNpfciVJloNgJLPb8vUcVZnBheLHKb"
    "HZY/KMslUUSRAeTBjNGbyIYmqyQjoMylKIk4X+swoXSmtfdMeabH0NXKSvPQe39c+5W6A6ktX+PC5SFt98DV7kFN97bhEQyz6r/w"
    "FsTZthhPAYPdIX8Awp9bnMqqys9hgBDlUdDWMxKCqAZKeNaBcaA8OjgxWFkdK2BqNy1CpS7gAlbzchu08NsfM+9yWlJudRWP4yD0"
    "OD4MyTLYNVQnVXBa+bPTqEJ9rxrQwvtAdPk4tDUXeLJatWlyi+13FssS35MWkmRWJkdK7CaHtsq8aAQ+z6qqFzptytJ7qb8GtLWn"
    "WQ348AQtKziG/KEqSHI8FbL2kmS3eTBJCbQydHrbNEnYLpHfAqPReJVgLCmxj1oNPZJt7UCPLRyuleiuzOkKdm2vMSrOaar895KN"
    "WLUd/9LzpbVDBrcOld0geibANmwwuZYnF8X+5aCqbWiSI4FlZ5mWok6OSeWHWDwekTVzDCye6uEANs8hsegkyzs4PFQsUovVPp/R"
    "WKs6QWo+TIJsiSMdw8yvqP4og4AhjT4PZmQSPUPv3ZNY1vFYp6+loZIdrVQX1vs21jXFy7GFpCJ0VJHqbMm4WO2IS3qeQf4811Cr"
    "DXVqzKqhrevgcw9tPR8X8OV8Z60dq0Olo8PIrglknU23Jd04JR1hgeMoZz3VANsPpf64zjhyx5F//2McOShNsrF7ssVGBjedgVSj"
    "TFIBijCKmEIPsbCDcl56hhB9R1NbOzmHnT0yhHSZ7ngxhX9Oy/5MyldY146wrl9WCQW+25wlGcUWL8GcdeCA4+tIBAZbz97tqNjt"
    "O9dLy/1Xl064tr2HIBMhNeeLfDXF7qt75K9a7wOaTZ5XCX0P/BpKsHo+HL/1v4HFy/Aa/NpELvewMuHxIszXzwjQgmmei5EvH/yM"
    "se1p41fO+Db4tU3EH6bv6K+FJFeQ1An82k6zqBD32Nd9qo/XJ0dW55SSIc7p5zLwtTnQR1B3nWR/sNlD1GkBlhXUlLe2QOmK2V8J"
    "fMS+np8HQvUACf7J9tFI2LSqfcqO53wxSrE8KEp67R6zvgUd5DQkdsM2xXHX6VmJJ4RH7o/zeBQNrEV/R+JrLbiJbzLfNIuu3dSZ"
    "VSKfVl7jP22qyNkjRE7XISyH/pzNH7lbBNyzHsQtUst2RqXcR+fYzljlO+PUw7vud/agSl+IbgCaOKj+RRf5/ny87BlsYBMvg6f4"
    "mJb0Nelij9rB21/r70y7Dkar3JPWoNXYkAhUQXrb31hJxbVk42yduunfujMY9EUU0WyN3QRwJPksd13+lsSK39+pb4JVju7mVlJV"
    "v/1ong2qzaZF2rcQtI1MR5VzEEitZYseVG7uoPBFR9de8qpUItp1JYuyG801YcN7WNm5aLHfekb9eQNBu5YtcyiblEI2MjOjd2Tn"
    "9crD1Sqs5ObTr3MVrmWjPoqgjaWRGoJ2hMj0yiZU5JIlpgxB+17YnfSkiWeU+Vlr8ES2ZcV9y4mtXKlTeCuENsR5Jx3BY0pp4Ukt"
    "U2CnCoVZyjpm5DLr7BcqTldRKzOjHv/xGzvTeg177PdOjIwfuzPEy+rAVz4Cq+9NDoXY7dNv4A4dReVGvB8wtS+oxy0/Gokr6kHa"
    "ctxhR4XSDeqz/4ZepSNs7U78G7LyMQucbA00E2a/izCe8rj3vuhfv4KZxh9QZtim3HRxRt4WGpxvt2FPhCMVjsrbZ9yeC7XPcmtI"
    "kASy3XUYPu01vFXB7M1kKRp6G6u8DR5VyCCC70WVDRd4vTWnvoPF7fS0xG/n7w1V/hliecCxZqdXkJXAEYgv1INna3xhXjlQEbhD"
    "9ebNjsxM0IH5fo9/u23ATVxpJ2Z56hj8c0XqzxFarxPyPWSUn4PSfXCOdpejVzDJ75Jf36XUO75xw9cg3Yvkixnz+GfiweV4gtLd"
    "LcgDuyJrB6nCBx07nduAPKO2RZTU2cjeaS93+ckdjit22kEk7WDm+JlDsZBomS92+d39XU1NlYyohmiW1UL+VT8N82OHaf0X4nQV"
    "rod9MojXODR9Oz29tY8f5ZtmJk5vlrJlgU2vHEzPbxftP+XJYWDvd3BcbU3gmTPye0+ekkNdu2n1MlZj5HqaPn4dmpf2tmjDAPlt"
    "bjpt+DQNp3BZMNl9RxckGhW8xami6sG7+Pog1TmTxA9ZGC1YGRKzfP3aQoiBO5cdN6o88N8o+cU3XeJiR1m40Byf2AWvkgTlfhlt"
    "oeVseMPPdthhNyl88PRBdO3qsS+d6SB+0butu6uEPHuO8m45H8q40nkTPw4WvoNy73IjFMOhmDRlVb/IibVMK4WAKvOBlC0OWxHT"
    "V900pfOnKEWtDPBcHcFrbfrzwcJ3ZRcPUFyS4gxbon3G4S2tc+crQZGENOxWPsUd7Ihxtnk/EsOH12Ceatkps/KOuHpOHb3nbFdu"
    "NjBOB+0hajmNRrs+wU/mJDX5o2DhEYS3DEcjhPGkwlBVG4MLmC5lBGwc2q/IM7mJSXPda24ZfJEgNfDAC8Cx85VzfRQsPAHKBK4a"
    "ZlYkckOWiVEmDwAX4HFv06Y8rF7VnFb98h0p7sfxgBBtV++KqDwGSS88lftYZHWzYGB9Dlg4mB1WtNJyCnCGOCJlCrV9UNjgnUWY"
    "zYWQjzEUx5Cr2WAhteMxWLhLYgi6i3EjnIR6BDCmwMWI/+YVSYouk1m6njs7+0t46B9+MqYEw0oVdFI0tPAIPqxZ6dZQxgPMat/U"
    "fxwWxfzHF5PM1pQ2KdvocRfIuPenQsD/DQcRVrgNDNNmBvTm8yyzh0Ucb6BnM4h4dM9BxNFqCvEA60GBhM3TneZWWGSD4Ne2lAWA"
    "N6E8qN9u8OY+DCK+p9JAxKkadmOG9WBo5s3qeFmO4OMHQcQb8vFyN+QVyFqCP5p8pmAvO1xxBE24xxVHoJj2ByGNV0ScO28IybAC"
    "qTDROKU4rBKmUAvx4U37mUM4OzwN6x+inLuBv4Mr3rvGepTxB8/8CK64fvzDNz156d37o4ZIjiMJTWZB4sfgDYrgpXS6ghhKHI3p"
    "nrxrAB7v3jVD/eSDVc4MW3iF9fIN1KKVb1zt4zfkEabohqnPDYoU8M1zxcjZWmGTjZE1W40QBDxphwlKD01T5LiHI04j0uqDTu2X"
    "rLBrr0w8CdylSFBCDemLZWLPaY5NgiNAVltnh0qb7Q1mHzAra7Spvy0Wf9M/RjKH8ztdQFTkEATnasGMEsP+DoYWEEC+sK3u5mWA"
    "bW5fJTS12lT0z0BYVDPiqDi2Fudr1fcLZvJaDKNqFuEYFy1tzf1uWkVprsHLqiR1fV1nx2yCsbloR0Nk2bMvtInTRuA7MRJnS6Of"
    "/3FZFfq5J/TzMKKfn4RxA3/uffXxp8pdFNkFANoM4mDzgsbSuQ1JYc30BzlBVH8CrLnVlQwMICavIGBvQCAUS2qDxkS3foI+3iH4"
    "VNAdX2VO8tF7dM6TMHZQxWZAv4qibmddAjARVsA83YGgEnC6NbBRE8Jm33Nj38AJtyxL3Q66XQK/2nRusvKTlO6ib2Ll3VDhZEoj"
    "8BTtkLPrW4hArvDqS4X3pzpPhorNobgizHmiWoBZgHi754W4n0pdTO2dGCHgCC9KP25hys+TrjLtGwnsxzD48pjN/JBMrDXVTGIf"
    "HnOhDynR0o9Nue7v6Fg1Ley78FXUyLGhhBNl1N9yEr9pt44iIlb15OaykNBeyu31UxeyzxkcUFVb61mlxyTItUKeyoSIjH/mJ0o5"
    "43ie1mcwnma4jbQJczA5ktaQMJwvK/jxvU8qyfHhAlQweO8s7LKT+z5J6IEhVdlZacxKNF8WDsqzwhBLpegsSeBS0wdDZxCbMinu"
    "G/kD9SCEb4sUdeI0f80kYsQhuak0YEWEJJp0dOEGhucGrGRnBjY4aSlX7LJGuzVbaXBaeey2ExhsOnQsjrYHY08o6uYhnhuZANmW"
    "o3qQme5+QRXK2nujCFS8CLXNFB6okUMndeErVgUWkfWfwOpdaHWkUk2UfUULLQBvT4NQ3EJ70zEGqjd7ksCdKJ3f38SsgqqexmZw"
    "ApZRuqobcdmuCAI75b0kjR8NwTxNU2g6lyWdcKOEWE7ughBcMDeqxcAoeGg3mYQNSipo7YIOxQiuBnAk3MUeuKpmc3R22+7ruYax"
    "rGAlod8SXH5lS0H/oLlO7bjf/3kT6fBUDepQ3WrJT/TaQIGBeEgtWYs5i10tuH+BUkTT3qsOH+5QMak3VMzMHaKaJZbXDE2VIFn1"
    "qYA6Q6cDqMgfu1q7hO1peIe8VyPUia1WaZBOqNDmQ4+Xofd9s9reTo6T8jmyMZVdNGmCKHIeRTFVivTpeNNEvlo/d4Lkt4emdze8"
    "l/tidIEH149DxsbjJeT+euo3RvPYQJ9EUV2QHB2gMFdo2oxKTcsoPSKmCrqIx+EGGWZuazl2FFx2rAflzYaWLL+6djycNBhazRED"
    "GC+GNoECtjAPjtCG7+8D1sObewDP3jd1PUm+9m3sgVziFdflC73obgjdPHxCTaMB8o8Gg4Cb/RA9HhjLxhAjsJ0W8MFEMBRlTI9U"
    "/pAflZ2Vqp1pdK3FCzg56grKMyxP+1esHg1FBBzU9d0ErDgKgJGbVRGByk5RMbg3FluWvyQjqEiIvUTWzx/6UArycSlEkbVFB1il"
    "otCTD8UBY7pQ5WnYqrcygambblMA+JEx2BuboKBixLxAYz6iJSIzx4BYRNjLcudhHUVtfv9ul7t5fGbkrG8KMPWc+I34+lxCoOr3"
    "idmio6ptcs7KfBmcL9Ja72WoJfc6ggoK5pNtX3aJ/OXeS0jb9+UGoPSrHtqplDcMwr6mJRO3vJ8COON0NcQANF4dAakGcr4JdqRV"
    "2MzXLg53R5+EpmXItYfkVDET7lBldSuqt1E3Im4aXQDvvJk7uVfjBD+5u8yXez1fLuZceL5qyE5kF1pkcH/IcqDBVQqHKkjmMidb"
    "J1OzfBOOHnBTIo7D1lCqTPeU3Dsy525uo5TGwz0rsGALKrtgwqse6Sqez4S/RKLu5i6hk1RsQVlpniuzW2cFj90SuH5F9u4WMhyl"
    "JMPmD10HxKjb5ey13FqKIiLriwIR5yrerPYSwmtVTLf+UB+w2zA3f4VkUD3VPTL0k1tFdPMbDL/3I/Q0PNytGkq7N3o+vVu9AhtU"
    "FSnqAlAFzQGmy3aruXSUXInOadsr/hjJE7OVy4GQyOd33TZgvZJ3YSC68C7Rmdg42ywLkGLh+lYY95eJ4EDdojBj2EJLYh9Ar+P2"
    "ivMe1kwF8gZgTIh2pM1FLHERd9yueESW2LUsJyV96sQyTJa0pALOIBlK/PMQVqVQAIxXpQaW10QXsi5rqsTc3N2FZu5EgLBjEgwA"
    "CGzAEPepKx0buvztLto9dDaeook0dMtQtPEhdJursxOFx0FAoTNglFuP2SQFKd4hOl+z2DLVnmykv2nIy5kdalMSacxMo7BEQlpU"
    "uDxwfhU6QLfG+JxWSooEi+c5EVrRDG+g5ObCbjMs8cu38eXtBu8nqOfmbTTivUF5SmEzeJ1wlt6exJpXIiXyzgfuKkwVS3h42V8E"
    "G+2uO2eVOaV9FdGYdEjgOY5Nl3BoTibwXEUx+xQliBpDj9JssHYbQWhJHAKID6pFixuEoctjZX6CSB565gfsT1Hij4knqcY4dIGO"
    "yzb30jci+gDyWngRvWYfKWBOK2A/zjao8/1xLO0KPeDM8iz1MLB+1steUEjqapTymm+U1wVjTpXyGq+JWT/xrq2AzozuRnH6uv78"
    "+HrDRvl24+9uWnxYXya0c5lX237XUH+tq3AMj3vU0C/jesfAflLmwbd5uNl6HebQRepxXv17tYDDl4dHJR0acdfbn3pj1ZY++CAf"
    "nZe7ha5+fCb7ht5KbqLCi2k3QX8xvCaHqS8eMsVXRVV+ujum75TbU8hpUo4jh01ENy9iBGHNglb2gFieXSalyYkYo/3rRERGAjFd"
    "zVcQpB9F2rP29djucH+436NKS3bHkCzcZQiL1GlmpfjXGiJ+sug8mev/vxGla5etRS+sobMuNsYSg49rjyKnS7bo4n7roctkeP7N"
    "qhRW/L3BM9jJ1oA5DqB2AV4lYIaB3zyJsONKE1pRPMwTFiPnqiJYVS5TXQ/DSDtgHEgUaQwuspnjCQK5G9gqk+Gx7bs7pd2jlHl+"
    "niaswi4VpNr7CqanYIoaiakr1y6GuNI5QMjFhs49S7LQKaL2FbEaRr5dt1CRQJNapvlOgyK+6m6CuSGxVuz+m/593b9p9j6kfUAE"
    "tGjRzsnenRCXTVprnzhjUayx9qUbr8Xt5vVuGFcZ1Nwi8IRWuXy0+exlOo7RV1crD64XJMQEKU5Hh5oFdefLAKQ4ozmjR8vaGOK9"
    "cwznxvFLh/S0aO5vVGdlgBIvEZUZJ/PEWB0BYFXkhuirEdkyH6jNbFgIYAofFh+hzagFbRVYoNBtXdDp8YKKjrRGolQbIaEld8jW"
    "xNWcMmUyp0uHTmbn5DmNp89t29C2ib0H26yWSn2nqam2iHFcY1+gbOfQNvPKSZs5BI2O2uxN23yobKvxHXaBvszaiib/yuqfHY8/"
    "izsPjsf0fOM5DGSLQQU6H3sCGZ+pC6FkzwPB0nIxCgXBb4hWaqFUabePPFYYOsYD7xJhlt9qWo87gKkxi9L3MW/O4k5W5RsjrkYZ"
    "bECr2q1eGQdLcKfcv4rnOxWyBy5G2xW0Pf7nem5oniyK7J4kkhBvHzBAmXH/ZIX5LgSluMVAoWEUKoQXqsblhkjVlI6N/u1Ge9d4"
    "9/b9rp/L3YhM32iEA9Buim2h5ou7cgvmubz58x3ne7KjQh/eHPTCASZZvAhzN03l2pTCjRTYN9l8aZp78RGKyLxquvnhg8ffdKJR"
    "Xbw0HZcmQLPjpan/Ngy46v7FR4vSaukET4vyEAM6XELO9ZLsVwINNyQ7tthLy2W63NjCZYm8OIMvx1G+HEaXX62XlpAerswbLbAG"
    "KkTHH3clwy8L8IutoAFqYW/Id6eO0ZxEq1JRmzmWDhtdGQ7PG7E1mO40iYobRCWS3XwVS5HenT33x88gZT09hPpzSLkc9FHUCtms"
    "fG6qTH0q5KQOJGn1akpUpLYK3dTx24FPpu4kNpEOp1O3s10EhS4sSqWD6nriEfU87i7IfnKK3eHWqlKfaZX3jjXaC8cTQfO7as7E"
    "j99q/j70G3dps1e0b7RdFIXk/FOOSYvcahgFPsrudq0+vWANschI2wBebYbv6XUr1brYq8dOT8QvvxNQwia5RLIyVsi6Yx7fkztn"
    "tUrE6OdNZsqUAoNR5rMq3pn76G3r+2z2X/lM7kBz6KaOOwDWbVrMSPKuqNK43Oy0Oi3nXmdWoua+lZrToOlD8zqkzEDzdilECpsr"
    "j6TkwaO5H9fEnYNsFPbSQX/oAk2DbrteB7/pokJK6i1iZVDcAcN1veYOUVwo+Rl3+NUPC7phGjSUGO1T8eMHtsm4S1PKl6aSr4Ju"
    "+nqC7q81iy7bXZaXghYuzqLDvJCJ4SIV7d6tOWgyNhZEwjHaZFig2Y/ORCI5dTXzJuuPWjjsilTs+o/YPlADUvqPuDRZDTccPuLN"
    "VabxowkCdBYoOt1/1OQjAHkYP5oA3iZONx9F3sOXjwxv18tHktV7/cgdUu0UPzqJY8Vvz3yArY5fX78/F32e5emFi+TXP2B9DfqI"
    "G7UkCEOu2YZoyvPaUJiPXmcwY2uS3qrWVmiMKgopE0s82EOqDS8Z16BvNQia1bcC+1vHVjBlhLF1Qvf10Gr2Pm45KofMpbXTLKRV"
    "Vf7k9UXXjbJAZHEuPV/Q3+i0LfOKCcxw6iZ1KlWgM8jik/x5QSVfOqPQphQhrmc2i8eB3CI9ctLhtNGGooKWUVTJknGZR+Uq3zWu"
    "l8b17plxZOJEqNoa7/RpGy/qlZRsVgGEBou5NhOyeEW8SnnpFF2d8MJVvD5iqtjIGtuZ/dZeWLoxj3GByM6Gvl2kjHxvPxfDBJFF"
    "Z583yjAh2IGieOzkGfosM8Q3aar4rXHz+H/Kmyd9aPOUu82zvL95pheb5xg3T7yVhtarC4/49Dokg5h0SxLGz/WLVL7sY6cjOLNm"
    "c7HH56Mflp6h/V6WD5fW2LkadGu+bY2X1qImklpb3Nk6XV1eRx+ee4DLa7lsPH+vv6RjjFM/SB2JlxH746ZnqNOYi2WDo6o1ujb4"
    "yh5ucaqZVpP0p+chdKFF9WdQ4CtcxBojAboW1AS9wGfALsTguKRk/nij7+3iRaDUL6/FhoOR/w2RPkMrYWm0pQu6aWHaitdkZUI2"
    "GG8qt6tKiF/IBLmeBOsxgdBvaAncZxWGqFxUv/0Z/l3RAiNYz8iKhsnTzEnYCxBz35YftKH9XCwAtuNMY5d+8NqcH84yFSX9/DT7"
    "nfd9iU6FkzkS883SAAUaTkmV7NGg5fWLs3Ib/kA37mNjd/DyWa1M8IH34az9l0bL9ce+rnsXleK3MUKV45q6wmi/+4GjJ3WxgKSY"
    "wcm5Um9XCqzu+C/HhixquObI0zW6JMixqiop7CrG85AMtCHXYe3jUGjOrH7XpDoXegh37NxerrE9wY0yQOvcegzza4/jWs8UVcYL"
    "vtB8X3iz3NXsrp278QsbXaaOKt15xwua3ohzCjfwV44YqQMzIFpGAX2y+VIi16oSZEWLJL1fFpvBiZeuXjhBN+A07DydLCvMXPxA"
    "9k6g05oto6GvfAfFxwqu/aY2BuLqxCMgCegFwACaU/9e2sr4LqKrHYk1RxR6nsZqeMfeolFa5EI5xnVWYvYAyCBmrv1KJevR1Rbp"
    "KcDx5JsbopNiH+tVVE28H9yVrhTy3LJo4vq9jwTRqbwURV/gwmkmvjmKyV0FL4WhUA8mDeRxl821HoYZ928xeYzOa16SywzY60pw"
    "SM1lo5lbJaADrpBOLOkS+FMhgHqJdIKE/YtUa3APpO7cpVRmoyTjU1DFgsVQFnc2bMaJvS/u8dn9+58RBxR4bVt1EfGqNq7AJauJ"
    "HsOhSilQb1SiEdeAD2PFbcCQM8NCdrhQJO0GMyxaEynSJcjyuOG48W6S/J3U9A00uuUidr0jd0k1whhRy3hcdbyTjRFuYBfXMhSq"
    "WRXL9ioQyEp8ZBZ8rG6yl3EC7SUY9s3fbJcz8/Kb+cFvrBt/0+J+ut8gyr68px3qbRfPp+5Rs0V3yqp5VvNwUmUPW5LPOfNpsOKw"
    "qNS4HZr9PK3v9/9ibyFelGXC5RKfoDqYLMDQh4Tjc8aFrO7Lj63wUuGVwnUlzpiLpX7gY8cfJzbFOKmvyOg044rKknoJRvU/KBch"
    "EewDLCnXZZwNMpBwg8cvR90ysjIz7NXQbcxUSseNz8NqVh9vnUAeAV3J82qVibGVRCPYBIyIvDlTd27gWZHpe/CBwIyYm2h+Lu9I"
    "KY91Ht7IUTE6deoknx5qNg8Is0kKPRIwVOpxgBPicALilrabgG2o9NFj0vdV9d0/WUQXYqph1YZXrKxJZaO2WAwF8ZkoczMPR1NW"
    "5pqF7yFyTiy+6HE8pDQo5aNwmqW+p8ymo/NGzqIAWgh22FTMo+/hkTe0uSG0VKjSzFf3OqwiVbcOQln8AvdztdhHgeeCicHcSsSC"
    "papR9PsZj0y6NyoPNiqTzbP7Mtzr33sUHCO7srlmTbVYL3RMuoSnn1YHOfiGK1ImSxTnH1GcT81zhFuvQc3i2mExncCW6bntd1KB"
    "YN6u5PfirvSCeW8oXocIyRp+jdhdYOzcrNrZNNSd7bhPSEpTlpoztw2iQ/z8+wpdkDikzO1tMtnGvoNsFblAx8G5QF5NRuR8M/Gz"
    "eWULfHQ/fn9V4Tx+uiRwY26yDztLXuAAUb73abBClfdIyixrXrXCmIl/QS4d1iTBtPyF8Xg1wggkjK9qrCLkPSOwHjUn9A4KqDgf"
    "o4I21An2ThXBOZSMARXT7KuqMjsrmQ1YElFw26pmL32zZrTsqusZHCsajChOT77/TVyPeRH3cEh/pA60+dWmaxYwCoeI28l1E22a"
    "Gku3isoNkASGWcHOmZOHXu2sPFjdPSJAsPJQGfgusBGtOGc5tyXn3Ky9JacW//SqpqGA16xm8IepGqYHWxgojNBAdTHLAhcUcPAq"
    "TJvwUDJgeqM3ECCJEBOJSoGqA3N5MNFOonFwoPNxg0v6ZRpq+hfN4AGVjLt49jK3tx9OPyNpvSV3nPNbaTAopRCoEy6lssXckPmf"
    "iDKFSJjj7LuNamgx0Sk/9q4ct+5ivyPYd7t10/fNXNH4yeQ0DvW/vAD9bOIjATWsfHRLCPUs5jQ74k0GrLJOdbT9cHZ+u1cAuGQD"
    "MQ5/tKOpRTPsBXiPXam4LxVD/b7tQpzVrqFQ8Tm2ZO9G/8RICPEBFVQlpPiAGqpH15C1VAaeYCUANXuRVXbUg9Cs6dyl1xK9EBVS"
    "+BDtwun2pJmkxuqzXRh42q2EP/jv5dX8Yhf+GcJYg4xl52faPvEQDwy5enxWwvppLAUZc4qHNoErBp2cXTvI3CySo73wkHgRwL6X"
    "HwyMnvkekRqc6dE9orhuPf5cNj6UIb1fD70OZpz//xkPxr+QTJjHqoBpYG4qoGVF5orlzAxCrPVgqg/hU5ePAKb2oF+ekVkzHl+b"
    "mXkh4qBKO61I/2VPAQ/KZzRW7AS8LgAGSS46uDIpi4IfLAp+sCj4wWLgB4vCs3v9ezc8P6r3n6IuIXaJZFskQDNakYT9TRbLk/vm"
    "kM4iBqTeeU3VbTH8yj8rS1LNNCvmP8AEolodB7U6Dmp1VNGFUaFfaYPQGNhbhvvx+2l4np5WDuKPXuVTglqtDVhkifx8A5ZpgSOb"
    "GyJ2klTHfaGmW/QYmAYiBnhsHRziEQ59V4PCuOhI4xIh9NLfl7vblS/IH8ed95ZI6K9VYqLHGskXVN6aQQzlklzV/zPZGwAaaGIs"
    "f0Oufw67PxTsY9DRd2iNIpUWvcBulSg7AIkChCHfEpMXKMwGvyS8JodB31x4FwTwes6Yvpa8+ECYIvq4PrJmlWY/iNp8cOgSgF/2"
    "8tARG1AX2GTlWAT7LxXqfeMk9XCSimzb8lriCCuh9+Z32dBZH8ChHlWYaoAgT6kUr4pDTlLx97VrIJIC5WF6VrKG+gzEROcKIREw"
    "6jHFSWFdMadRx1oFc6PtPkY8wg3tMIiFtqE47tsQ9eL7QJfyxN908UdNHVr736koB18Nbk9EX54OOX0xqAdz5i2cwc1bs+FyoH9x"
    "oXmC3mG9h33vyHtH8K+g9V1MaFhUQY1zCldIoNiVZ/Q8ko5QrU5WzEtLizhq5/16XEJWytX6bQUEU8yD2yQl6CU2Y4bfpD6GsFfF"
    "qRbxa1rz6Hz0aJ/wEDDfSG3h+Bar6hjBThCwfsg00LDiY6zBPMQR9MWMz1O+dHEF29F8H1IzwOtTA1yPXMquS22/B4r++3EiHgt1"
    "xIwssqDGywtQFgGC0i6yuAMM9RS9C0FP1MaQzbQrrcxUAH2tq+R8lFWHhPU0Yccopm3YdPOg45gBAE3v8Ja6IaYGvxMQO/U+7/rX"
    "rvfScdXkVz4CBsYM2syANTYWjP4AO7nTKY9+hGbKIxRXn6PazWrTeTx91Fgm+UdaUc4DqyzXYgBho8Saewu41Fpe2CphHyQIVQRe"
    "Dpo9dlSHzCDkTF/gemUN2Avj8Ieu+Bj0Lktqvr5uH7TRaO6I2SuR03MN5zRDQI4XM2MN2gBL0Dfzv5ylevNC3sJrWldmp/AUk9pr"
    "qzAsKb70octF53cLZ2oHkcKeZtf8LmlR9mu9OHZVmICZVOca2v6k+igVf6ZSpg7K596dwjYQMkwMJOhgqjIY/FKC3JUFhLfUPKIl"
    "AHrnCrXGNtr2CbNc/LqGB5YYKQ29OIyFaeWph87FQrkq+RTFdlQKF4pMAahF1+LHCqxE6x7gu7rW81ozGlAxskrTuti0h9LRgCPt"
    "Pi03E2ZL84CirQ2jpgk336gH9xWkfYBIF+Ckl1XgMg5SPpoChRGp3YnxIaiaX7UQmAbz7JLkujvXNFf5WWAMeNe9IXdvN7Pu2c2c"
    "YdVpPIHTg2iej0bvPHyXl2j79MlNryOH+jf3/8yjgtXPq1a/Kl3d9zjqGrfxQuZ+XWD7NBMA1m8huP+MxncK+ifnkuOMhS6Qta9j"
    "DWjkCapTdTXfdjSQrZ0Fe2A1GXkk1jSv1ILFahGT1jwcch7rqt16WGwC58yCKnALScuwAVb+L2oaHruVGvjhquwZmdNeE0G6QD5i"
    "k/stIyVDApl7Upt7f6PbazWqmRVMaxBJTnkCDsJaOWmx+Y1nLjetahnWhYy81VzDIz4lclDwW9YgGS4ezLTuNlTHhqBCXz0qFwzz"
    "gOoVZMuqAjYG8T/YOksgxQR6ARAzYApY8pDm3lfMXhY8huOr+IEhELzDwHXeA2DZql330HEdLwRJwitimK3dYzpBqE84CGMSsesh"
    "d2KEMn1DD7dus8NR56dR5SnXsYXrl8ylP71ZvlyyTgKYIvz4peNRNV0qzb2cF3/yN+ufcmnuaoWC0tx+LM0dp5vK3FNdU1ML0t3W"
    "B1gImRb1JgwIB8UZ6xEgpjriy8AsYzxHjxOEGQkIaGAmVX3buMY950/pgQBTA1Nj5U7+fFE88FUtOCjWQzqgfaLD+aR62gZddDPK"
    "SK9I15a6lDQFicrh1FU5X0H4526HbxIKlJBMK8+LY5830MyAtQT4n4oYQuCmtQaTkEx7DnObH3VlfcAofkgNNDTr6v1MziqIbydh"
    "Jh1bwarq6XB2m8AEey7ZHCcQd891izNrcpFj+5yukVvBHNlH7baVjY9hgRjiqrSedB5bAeWK+2IgDXE9B7+jaWAuZT12ymE2iwIp"
    "dyqZ+Ycb5AbSr1keLqxhlDOoThJKxDrstqlaDehzXxsTcjADqN8Qhn+mStkr+smr+OLOn/FibHv7lpR0N1veonHZuC0XFnZcadYD"
    "tiCY8yxcyyQlqeqg6zIYwq4J+OEMPY7thS3DAnbThts0blhqh+Xfrtay9Yl2QHy+A8YSF65sMeu61BBkXna9N+OkMHomrM7emy7K"
    "MYfelgHnfPPytemYy4ZFBEqWWPOtyigz+2AnLIe344nPoc95NyrQvauZuzUWZVapc2RSTdYpsZKrELIWtKiAcYjAl+aBL0WoI2Aw"
    "s71tF/49Vyw+uSvO+oNUe0+EkCguaU+s2fKrrJ75adJZGJJ6cZMC7C/g1vpKZd+KyUoZs1bhNEkV06IB/stugNecWC5r4Jl6lsLW"
    "a3o129aYfPiC05Pp2OV8Rc5OYBsmxfLPHMGHX12QLOgvl63rcFF/BHknsBLzQJoVowMldvkpRVjDU8BLYQV5uoKTwOhP/remDDrz"
    "XPldiP0T7rQuLvQLtT1d4+V3ZYut1Ua659e1LM26AmpR9e6WItbAV78drx8cQJ9AxjjpwX+6sUNAcXrMkW20VbnfeUh0Ucs/KlRV"
    "VXOt+5EX1N9HglCJXenCqDhClXpMqbaqrG5Msk1vmaOX2CXeMv7axElS66UpclmZ49ok32LqZCFSJr6H8p16ucY+4Oriv3JljcgP"
    "mlcJt0qWVEV0NqGiZfl6R9PLSg3ARBwV9fLMVbZDOEz7ukGLjqdXGTwMXclJB3PLwEw/sAcrQqKlIYt33DH/1Tp1FCnwNQHQXpjX"
    "eVb5eGuXy0+FT86gHtvzQDz2LQzEZ99aEeeldlA+dZGkrXLtkaln0/31orwJZVPx7EwcQS7XjS7tzhx8FrtGOhJ75kgctddd5d4Z"
    "mBFdLlZTHgamZMBVbE9d+0lvoib/nAQK55dCAl/IpS8iplxOkMGulorKWy607QyIRPnkwZkf6cYqrm/soc6aaIou0cRS0Bp5NcLG"
    "x5uv1eOxQsF5CqIv0+yeSa5JlLAH494qSea6YwnRW+GU+OnmjEYL6bhi87sDU/490l7iKt5abQLTuq8W/krk/BG7eD/vikK7ilhd"
    "HkiLf52Fuhubw/jW84xID1YsvDkwATaOZSUtZG3QAJvIVNZ3nKEjyHNxqy8oYQLI4rHWl6NUAMcbs5G0Iw7YNlN7Sdn5VQsu37nj"
    "NgaXM6pC5NJJIK8WjKwqqekiUJLX8B7Isk2WTQnysrWFGwjeVB3C/Td29Q01P/HuGyMlxrcWzIjWUXnSDhJjBAv/KnOJefVZnLYY"
    "noz2tyqCgSkr7SkWeEwjKtMkRDrzDvmRvi47nw+YWqtZWSVFCTRM7w6Mrk51Y4UOAZkDzA28x6HLw/DBiUcYhvg6HnCNTvIzRtf5"
    "U8kMOgm4C1UAqBdhGB5qfuKm2/POu9uSkMBlNsEsVGUw06VSgbDqsP5F2d+yAdZCn7C0q0hTXFETVQhTDeeDxGY9qTYOVQM7vf9v"
    "RubDLvVQxArTb5NJlcx8JXVDz5TBg1S4WLBmz93VkLvksy6HeK6j+syuupinXeNTqfsnpc8t9W2Uu7kepVXVJ5+UIn3j+1yn8tlU"
    "dVmX/YCe3EVlmFVABqEQ5tbd1alN2V4/vZ+qn8Yt+1iwJGl5O9YEUH6lWf1XKi4qZ5gSDwk7BoOSQiHmKfOWJfjp2jfBZhD/tVWH"
    "Xq33aJPHsyGNlWevworvs5fCDllrTIqukH8HrUZnixDgBkqstmzb1kOoSlNBBluxvEA1ctIppDVZvqICLAWNngYSXRd8YLFkHW5R"
    "IlWPK3R0NOBrRglsunHbEK38dsZzFmywqQW5nNy9Cs+Ex2rPgZx9yFKcK2/XaREnAJtAbS7VL+6CFuZrjnVmxzbVOTRp/vSjFtMn"
    "n53OZkgdW/tsIFt6HKstbB3GXJminvlzHmatCmTAUu+0UFGGAxa3o/GVJhtk4jx41hPWD6minioErqwnQ8ehQk+NXt7ufWo/QxMD"
    "W8q/Y1yPe8taL1zrZmZnGcWoUYfKofk4CNsbofVlP8eMRuKl5mWuFEoA2bxmpwPeKk8GA39BaB5FbywTY18szQa51LzTs5t7vPWB"
    "/mxjfw635LPiykYV2TiPg1MsoZAvV7AC0goiAOltEbzE7uYoY5IKfeCm791LA3eZ+oAz+nIrnzKz9Fv0ow2JhScz27Z8bPNVoqGa"
    "d9YZIoDlHQLoyOCQnQeUYDfepxSwuAkYCbHcgoS698ZPMXgiJxVYK3Yue2IHpZcpyDotJdrQnkDbbWX8Z9DQMYrCVrtyyfuRlydn"
    "z89/9k7JmQt4gui26snxy3XNYVpmp43AmbEiG1mzsO1Za6CpGO3JQU+CyWoGGktuw4d/893Af6Ef+PwehdDQd84GRXOC6SnjjuKR"
    "KlxvBM+TngA2rsMM+NhPwTza1KeOEiZNB/Sgk2Fsz2DhfhG3yvT6DNE8Y2AazDXMhkkSzDYQt8JpEXVgHCPnGFkHDzhhmV6e2UDq"
    "rdebVYDoaEXwBZZ/uJR93XZdzlQ4CNckUywkvs9CGpns1VJBfxWlyCkqbMQPHHI/epJRyJUe6/kuPIFEOIVZShqIU5hJvnhlVCxh"
    "vnhpUse86o4qTeLcu1jikaB+afQwPZm4U8goAC6qWGJSlbXs9KCfmqky+jRGBMJPzfhT9tOkOgB76fgvt9Al+7Z1CgtJMdWoMAwN"
    "YanlJC1DaflKc4oO4HxTsRgLe1fQCl7de4aW4pQ8C9tVTefz+xWUCj7rNARCZoEDRiDuQKApp7SlOpa5uI7vxb5aVu73+9IiCU3v"
    "k0k6fiYDnofvGUKQqUKyyMqfmNAkYIV4Idq+LI9I91dbYGj8QFBGPRAkPibqs6bDJtULbI59cEnLREQ9Cb6fgJEbtnOd9sOuBl29"
    "723ADfVxuRnor2GMAgzUTh9hbjhslbMVGRqBBHeRlUjIL5k7UpBpx5W3qznQelYsb9xTp4AQjChbeFmbferURoQPpKVZq7JXOy3X"
    "zI0Yst5xDdJlh/BdFrYat42a5zZz1AopIDsxvko6y9w4x53OIRP765+/1TKk9p3HKh0ZGPnCJpl1Adg7tphm32wRRvxKwL89GwEK"
    "GPQ4UGjOQCXsOY+QryovaSL1+VjejwWsfIKUfQz6o997d9A5SeA8LeHxRP1GJ3Y8E7+01cCuxxpZ7j61JSNbyNO2giVnbbNRShBO"
    "Wolpk41abwV5tonfWnFd9W0jZjaL+MbwgxRucmJPszsrt2U/N4E6bmzHm3/z81XVXcs8dmdYEqcEoHIoTRoZD+pWJIDC7xrr8Rtu"
    "0haHkhE1bbBvdsJnL3t2oucTyZMK43Ry52PrkdOmi3M31uTIyNlzO5S33adO7gwUpsscpmgawWEk4Y6IGuC7exnrDOFFRy+xKk5y"
    "GM3NafnhazYrk+FADhXbeTeDLtyLVyaf6236GeF5/HefS0A7l+NoBGRGAkodAa2KgBLlAwD2CvS+2jpOgRrX5ZxYL5NbCciyeNQm"
    "lXagRZyBrAkI9m7CI3u5nthUeOWtSAMVTBglmHCaJJiwjtcNstdU1GHsaoVjXrDM9VQa91NbwBQKJiQ/UYziD103EeTmcmyJXThG"
    "Y0X8Nkoh07sL6qEYEKqlFcbdseu5TiCci/lGBh2klEFj7VICfaey9bjcnajymF3YxEF1dxzhdzqO8PbRaU5qBtzXakv2vTqYhnGR"
    "/VQKSvphdEenWMIRCmPEtZq3YZgUCiMi0TwoBAfDJ5k+xCa2xCC7CgMAF2oyneHcdfP0u7jj39DYO9csaObLTt7h0EUMzch0KG4I"
    "97ph+gAkZ+466FpWosrbjK2x04GsDjo/56db/POwyUMX/fSQ4iaIX771dkk5DA68/ahMG06hpfn6DailyYhiCYltMWoWhTArRql7"
    "Af67anWwwH+tMnqGtdq55lXvwGzrbGatSPi1LpHLesvlmr4U1y6XNje7Y9HqBSIZhctW7qudwGJsnR8PcZ+6kK7f+yxTWWi2dJuo"
    "XAzw/7UbtooJOs8bHQlwHtfFd7QSe3vR2q+d0h7Px6hiAOZ8jBNCaqVpWdwDEE/89pxb+kXa70pFcAWFDzHmClN3ciQfwZyMQgqF"
    "3cMpR5pyOy2jBMFuGMRPjEM5Ztfz6NBG+GIe6JPKMtJbR2Q/wyQ1xpweMeY/6NXit0SM+QA7KcaHI6p3Emvpok8X15XFKFqN3rRM"
    "Of7I6R+FiwRlF/GcYCfoRxDcuLWSYeWuNA+j/lvitNNN6kLFewYsZX69hERFURwkVV/0EDFVSKk1yycq/1RcuysL3VKSW94lDn26"
    "qtbSmcbSIP1jgrF0hwbE6wJDQs0RcVGNqJ+tRMC0RPkSkifWTXNy8AERn09lnH07czj2OIVzjVkcBihxamLWtUMkCU8LkQf7u2f5"
    "EVEDrS6jEsgLZpp5BwEP8FxCzDduVvKle7Xd1dbbdyZov4aoHO60Wytrp5Tp6mozZZJpBaaJgENgGTFk2cB64H2g9STw9iQU1w77"
    "l7h/BILS3TCE/bRAWMLySW95VBUMRhaYS7o1odVTV1oIiLlDPz4PbA/HjdlyQAOHaTlc+ZClh5VrfNwgEhkAZ4VJEq/9JFnaeORY"
    "mzAaqKavc/KF1ZAx22tFwmbFVq06i/r4R6sY0Ml8ZqK6WAr+vnmjyJscOJgkYLHJmbd+Ux4w7BeObdS2Am0QC5bf2rVVFCQdlZiV"
    "QZsW4bICblkQTCLnEFoYNEx/Iz5gJs4pNJIu8DfI+CWAGQFCA7pijlwG+FrCW///2nsT7st14z7wu2h8koz9ZBMLQVCJPSdxMseJ"
    "nTiOl3hJxgOCpORNUmLZ8TL2Zw+BWgHiLv/ufk+yRq2nbhL3XhJLoVDrr95KgCtJj/rY0jKjPuwkHvqiKQpsVETVUFVDVpquGsLC"
    "4eHDZkVaLW21xCXUJYDnr1cBMwRN3mawMNXuesxOMBx2uFFslz+PdQvm5SostAocGalW4ZQ0gzBEJm7NBjtlQJkJ7UupDzcqhVyg"
    "ourF2bHQxSh83ajzL/BP/f38E4vNdtuAcnRGBbHBk6p3+Xdv7CgM2VEkN+B6LDMGx9UkLngDHNFABEA9exbiw1jI2P0N47pkWluU"
    "VVyy85jJ4V0qfcDDgjrfsewdFjopuTGOrQVql3/vDTvIpm0UTQi/islV0tQ1hyYgReZ93snXXx1/GZnrxgsLXBBGABurybsIPE24"
    "wJB5JCAaJU3J3A6QP3kksODJhxYlkVtttaI4MOLB46F/GJkbecSwlgkrjq/aIPunuCPck/w4OXiFNW230C7LSS42KRK/0+lTEtfi"
    "pFRMvHFDWtXIUEwna/hOo3f92Wsvp81K5lYMRfMZtUNhlgnutMw1OmJKn0hvuebdZMan8ew/TAW2ydBjHB8tFeDqFMaOIdJIaX2F"
    "P8J3JnLpjEeEfYBsiKzhUW2BSNZ7vSKwHLgWuBC4ChuVN1lbIL6/UGEDlPH8rbFJ25aD1y4AcXHksB+nL3852mkXA1+Qg9TdVvVY"
    "j6KCx78iIola1AFgBNtJR10WJlU3KMabrfiXQ3zXBTfqfOYx2Nn3X4tzhS0R25iP/HWyDf+YbfzgLbnTc3kkd2zzSnA0iU5bDCCo"
    "IpklB1MkIQB6FKkGiqHu4jfLkAgU3e17kirtVmWU/ZA6amtHxxJQyctiSdIDlRDS9rGw/dbiOROEpGcibCvkDVSLZiA8uAKrUWan"
    "PLwzcRbctec1XOjU7nplhJBwQq/ihAij962jd2ZJdJ4h+BG6FLAIjeG/0Xd1iDSKfoRFcXoR5Iq0VrxbBCdziczq6M37UKJ0jZwf"
    "bcvXGSQXlVtTDQQdqZXVMxXk1h+7O0H5P45sHfSZ7F8vRKBn0lND+3/5qkOTmWPwuBFnoPSa6b+1QTOzKjlxiH8KMjU9J8OvM3Vl"
    "LSSDZO7FO/UjkS9dyaTo9FE0NJJyu54eqxjlpAZJsyPZSu25SacmnVr5xDxmBvP4q/eYF8FoBcQ2d9yJdEpH4MyFzpA7ScildgrP"
    "CgQBpXPRUq3gtcCyUaxKI6X+9StlwWE3XY30rHOXWazInC6LMdRlRtZIBhPPrgxyexQ/sViVFP5e6CzCjK1KwQ2PzzZVrK1eYUSH"
    "Y7/MDIUBLGW+WECQnREupU6qLbNDBtBrSpO/+k9mhvW0udCKwA5cwwnsDwdzvA7BqpOjtHOrvAeEaPpcRatbHqKqQlH6MOyqkIjD"
    "Yj1ncuQVTOIfFEdZSLSPrylHcaZ6BI+dj56oxYlJUEZr5+xD7glTDhH+NgN80i4nQU7MMii2vtDwymgF4qe51BvO+bm6pKZQaQfK"
    "UmyU7ZncXrMTS9ilMnJQmuv8WH/3illZSviZatpcHUtiD4xRNaHZ4cchQBJkVbk+mFoWgNe24Ctd+pmuWJw2qsjFO1SN29bQceCR"
    "SL/frbbM4w2B/Hrx6ivrisrlWZ9oyFEFqTDNLODNIXzMiCghXrSYYpz9Ev9H8+4/vJ6ysAmUwpHetAO42yhFDzFs7uK6M7OyAzxV"
    "ktbua/O6SrLrPyIu5LeBGl1btpNo0rAGOCM6ceVLxc+0J2Ng901QJjM8Mxe3eJQW/UoFNa/bBQ6XOdfps4WdFt9dRflhHKfq6t6T"
    "XyDJfM3Jjt61EOLW+tUsSBRmi5iQaEjWbEEkIaXODkFIIOTD1GOy5rRCstx1bShtLu2cQCfVu69P0fFdvwfX+NssDNre5wyRH/FE"
    "X0aGbqOxFt1D8MQG3dHGGZ5XIWUfgTb1f0ZYjU/Wm3AZxbLe7hgY7powtFF5KzCUM2Z3f+T65JEekcoPlO2R94CmX9lJcoNeZvT6"
    "GQSfGQCSNt2VLqtuc9cDdX/NthlC88791TvLWGQ84TxpTBTZX8YlY8PDrIwvPVh5ADG8SHuCF47QyQrqIhj/wFNIpWkD17PPCgys"
    "hSc0cXlq4140jPX1z15qN0YJYw/yteJRr1hnkAGwC4jKyg6tgk9Ip0oX/csRXpOKCeT3vPvRDQxdUP+m6+Iv0v/8M0H9Wx6j/vkR"
    "6p8ZWvvwxZH+tlR1JZJHZaKYh/5v8nP59gmyTN8SvNLHKH+5Qn1mdbHWixVyyOvsh4slhx7IHFD+VgIyd2Oo/LmcGbRS8QAwQXjx"
    "Rkfg1ccCOpkrNJ5vgf2KOd7QCVgyUWc6BIv2jEdo1iUnQyoQK2cG/+NyAmwcHJsZHgjnddEfjjEr+zk1tlDHFl9GBfisxIL9pDMq"
    "qQItBVbYZ8eF3cz1m2XFIkRJUI02KCjThE1x1kE4NvLpu/LS+YSy43u5cYimf6YllyRSo3oQpG+rG/R6qgX/aAoq1N/Cpvf1ab5l"
    "j6cVuBBM4ljIc07oQuC64CvkvRoJWoGiVSoijZvKzyxJC6ketcfpqdZeAaXezrie4VKuEH2gQMWmst8rtrlsmf20Hug8qFCStslh"
    "WW/1wx29IyvBCFMESi0K3c+A4ao1FQvQTlII9kmEiWtMfmuDTF9TSTYVzVEjtk9dUiLQqYHfz42YNjclvGql82o5Bfa+1opGJfX5"
    "4GOtVOTJXP3Kl1ccpElD+W8pUlH0/gg1vXbPZJsvmU3Kv7dwWgXrb7HAnXqsP6xeFjGFoS7CmpW+/i+Qp3LsRR9iveRMFScibURq"
    "WGk+KUuNK8Bk9fqXF5nW4eAFskTsS/eZ56a19EPQ/GgIsR3CmrlU6tJ0n12x1NmV86spTZv/RdwRhjhHVy8Z+6kC0677vEIzTdsG"
    "Ii0j9hmtD00PCZmOWWdL0BaU295KZUxbIxBL/WcIbceAtOt1HrNolvViSjfB+BdUnJbD/0bo1xpQMmpD4vimyLypIh73R4+rwVOH"
    "iNVvPA2M7358pnxFkkHByRPta81YIYn/xlOtGlSrTiwgfZVYihw3RMw7qUQr/GvIwiB9+EXpg9KQahcyMLtTvvxL8GUmz/adLpO/"
    "/MBJ2JDiSSxGU+yJWbEUm5CboEd0d5mTwIzbr1EwZIiMYDOps/lxbLyMvAI9Zy5OTRUOK2EjCwCOcALCHkpemXdOxmuvrrmd5bWN"
    "nmNgI9X9imljteoNI6YfutKPEXuywYG9h0dVx8U+TYUvX5g+G62iOg+++HVWxV/yuBCMgPStb2PZrVL/bcVyuhbwZk0ho0hC73Tq"
    "WB3WBpwgfSuJPjSXFMA2q7rnFWYecFy8kid9W85cD8x9bGBGDayIcDgwW2lngS27RBhqVIe+x/22nxLad3KajS3gIyLcYHG9DUEA"
    "q8BcXHQeKHRXuAFVAjgZhUYV2vPtwN4C8C5rlTUrEoxOdRPPlLkWX4n8lTrg8ySoC9tEN1AvI9OezRVrpaalMsXVbVvNFddRJgwv"
    "6xXLZx7x5PmjA121blLzUuiAePy6/RIZN07O0FUSaykrismudFJKA+jHnPVMi5ZvivLAq8lz4IS+dJFWGWh4i2mKFdvtLHtaYJqk"
    "SrgSkj8z06SVnG1YiIMngv+vxbwigJVDl6n2I8JX7/ycnSoru6oL4Xu5Zl8tNLNz5QLPkMjLWwNrjsiHG9sok4KKKppFxjbHqWCb"
    "pXaCCqsPSiLPajFVNTelpzfXDWnGDzIX2MxYM+DS8A4yFWQWefVRlcvxhwdZKTuUcTnhOWCp3AufXEimqO7BctgvdBSeE66VgYIn"
    "uUSMH0Pm4mTF1jcHZjXXzKSjFK65A3Xk2pWZJd06Aq+G7aiKEKQ3nily0fcyRkxuMyHOSH7VZ2vUNKUTIwxOKc+3NkUiVLzhd8TM"
    "Y75qHIgPjDTjsOVH5px/2T3ef6HHY5Flh+5WAuV7Q9jWbu66UdhV5bgIn6l1nveazw9lQaTQnxSOuG4O9g6apZ4YUrYO+Am7k0rm"
    "iZKx7Tqwfv6yGgEM4qarNNJ+c2OUef3JH6cN7+89gGD8XkxuX8RDJqqZQpiK81gYW62rfRiOU4rLsZQw18rrJboI9lbietY7wym5"
    "1T127FRQvxhenZpWhu8rYBFodWWmSvHKqldCEg3W2so1g8lpCg5tjULB/j1P9r3q7+CZMozwjUHbF/KDGz1QQAEMb6IA2hDj0kCI"
    "7VC4UdJrE66dS1L/UoDO0QdSLXilmNS6QnpHdaCmcy0wgCsEyRW/6IxayAwG1vLVDXOYDWzr4hzEyI1a02RWjov60GpMLZ43LNEd"
    "qQjHXiKpCvPfV5M4OLjWr617e4ZjbyNoIS+1+rgcXFQaWFp8iPmUvDdTbUV7mp+6EP/1B2xn3Z+ufGroCgBtZ1MGtNgPkyKd62Ax"
    "s0rc2svDhDBt/W1iY1zByqlVjpyIvKcUQSpbC3CMzsaWQ8W/qKsGLoSgU18PmCbm3+DEvJ2uR5LiHhvNDeCMz5M2phJaGpOEgWRP"
    "lHhRNKSnABRC4crXn1LYfZangMCXBZNJ7gq3SrovUDEX+7k+BgF8jyBsU1ZlhiVJHMXSCOJYT6zUJoGS0LSSacf64Ht3dKx3B446"
    "GbrP5feWLI647TcETjvraWg3ooTQ9g8QIUvpcqOldRXm828/kSAQQY8XYXe86OWVuyII2DB0Z9uFrfSRlWWgWfRd7sD7oYiMiMXO"
    "WaqFy9ipn2HMIQrI38WYcNwvFbhGaexvesXrwY34wfPZWkDQ2zl95GnyhPyomi5j+sXwnnEoD5/avvvNa1aRumsqOfnhZ3bjAoi+"
    "8M6GNu2GBlNG9tpJxm4uj2fUglyfRcYF0ore3NBsXjgJyvQk7eBAlzTcbwzFeGJo7qVLGpC1YrOhyfYEG/rUKLjNhv61T9jQqu+f"
    "cZcxu7nZIXgXAfj+M9/wSPMliL3oH/rK9an0+X/zW//Dh8wITAr+ft1iPXz+dciHpeulkKEBF5xRBziYR3g6jVJKf70ho7fwDbJI"
    "KUluE74KbtmxWG/FzZihVKjgQJ6qKjSRk/p096Kw5DIux8Uc4UULCefDbtQalmFqTqVzWFL3Nxr++c458RN2MzC1n4NxVvS72X0M"
    "QCWf4qWhbU/OQLhHJ+F1ytM91GY9MtznGsyzFusu3FcQz/2c6b5EYNuCkoL3xfFT8KH5vv42yL0DVzPfF5l6m9T9iuII3ZOleGxO"
    "+0+fwE6zMPRMG5zvDnW3wXThXQYXKt2ZSrF0B2bDU40qq7vim5W7YqQ75M4xG84kwsqdOcfs9Dc/9Xz1QGYM/c9E59T5WgRmTOVk"
    "YFacir3xR8j5WnUgxfuVGVE+nxi1AsRM4Smw6nWfX+drUSH2tn8UMOHgfH0oMP/nRnD8gAa1uXZHisBsIwuwqDQ+1Kcci9agT0Es"
    "eyPCwGm7eDMQod6/uxHEb90IYv2nSBAscK1cZv0tgmg0qLWLYi5UFfWYQ+/4K/WJgoDTffxkPZUaKjREmg71c5l6RUvfqlO5+Gka"
    "0iHgw6Y4Lnw5knsDf3sg0xf1P0+tujd3J+tQJf9t3EivEHSsMoeiNg6+qhqXVAROktSNdBbNeSjRbE3RaAfbkayfLmkrfRnQsrVM"
    "0VUi8jGrWbHokUWPWjWI7kzVqGTIS72qH/U7rRn0AyzkHAjXvfT3k3XXrPjv/thUk0+9sziiAFZk1yiGWiiFMukC7Wk0GsHvtZT+"
    "1pZPJI8uJ6Qg4x7caQ/ualMX8rMqMs3RJjjICrnr6IAabxZOqVV7vUH5LUsZ39Z8PustXOg8NR3V0FTufHCMMBpd/FSIZRw62bpO"
    "FOYssKSDXQCQp2nRMAheRxCmQnEgVAPsydOSzlSRsTAsrspg+xni9UCasSJdXde2Rt6S07xw/PKYa/QqsCVjDELMpL2Us73CmJG0"
    "Ry4kj7X8nFIMUSA7e2FyP8/t2eH8+59AYfZkGsLkTTo+CBgfqCTy1zejzB9L5Xeu4VFrG/CwdD4zIyt5zDKiyjFWjlcBf/+B6hzC"
    "2M3w8Eh0uT1Q1/7gEyZipjHuvLWtCg2y2lVN3RUud/U0W+XHn9uh1nkJ91l/4EP6nNtmIv7ww4dMGw3f3U33WY96XP5swKDUGE0D"
    "RJj06bBoEnGaxDmoyvvGRnfe7m4D/yOdNNEFx5L9lX58cszhN/Xvod8vEHQPoiXXTMoLRjMyojNbyD1SLgX7UogyYQezN8XpsEkO"
    "o6R4SQqztMUKzRh1j4OMwXmdWVT03+i/a5H6PL+fkemaMgX2Fb07bXxLZ1YFiE/Dp2O8pjQyvATUXEAn3FZ/F2Fe/UTFjjyXKwoS"
    "WGz9INrgj5X18CPIdEHn3DmFTCfrpcmIgQscDdjs57hKWFI9so8jOFR8sA4eixArA8Pf8qZi5fUioopNCRhHnDE0CPyaGJAey42B"
    "ha5rlUuw0R7QOp9NJN7UAGtsrxweq0pFfOp4cCzu19BbNBeeW2KP4zLhAYnKh3Ztja6N8msuxP/qM7cTrVB7eZckbwAQAgPXvV4Z"
    "RWdVWTo4SOPgSI7Kkc1B8VAVIMH73rTe3ODX5ppqNx3qARCDI0EiB8eqghwses/+XvgHRMjcqaa9KQ+mm0KCGdMTljLQjN05cFIB"
    "XKGOYKGwnchPa27wa1E9wBxMkNdAd/XSNEt3FJzU0S7VA5RMtirBnLFOWwDZoaRFnd+j0EjpVY1T1fGHB+je5Du0Wv4C8SltAHpT"
    "poQ00/IuRoWwEl539okx3eLYhIty4M5lUwwRSqZNXeCCj+w0DX3mhdrf31VUBPtgGRbzdY0oSuRR1rCUn1fksX+EPDDSQsjDVUXD"
    "kzniJIdhqNHGmnSRra0ZaZJNGAex5+ray8PSbN/7mrnavu/EgSBoCN3rplWNP/+6G9efKK+dFtYltcR5P/XBAe/+RW/5Uy1jtZZL"
    "nUbjlAnv832Ee00+LPTia9AZA809S9V4exn1tQE0onJ9nZdsE0xip1ulLLOonLnG04mXjGwMNH9G2bo2fu/a23cYZ+7pMn7OX/SW"
    "v8DU0oqKYpZn0aWICITjz1V8MOEkG2gVJa5ZQeWsmMzBNYCKTCbO0B7kGcGLuob8pRpGO//7svMfnyWyq7Pa1fn4Me3qH9x49LDT"
    "qrogOKITZSqeaxLjtiFJyXI0heQCgN1G4i4yR9UbplpLVjR4NHvo4KWrGbi/f9jP+oM6KhQ76k4lIaZGQly+sIR4soQI/NG9yywY"
    "dq5ZmfCB03P5zNPzpXB1KOFqa4SrsRQ4vmEYOhNhAdcBAVpMy5tpEx7EuzczdXaw6eMXetL/8i15UDIXVApECVsg2Q1mMq04d5wv"
    "ChYntD3bdW/qu86QyJFqDHXCjIaDi5RacG4t93SLHyl50JcZ7FAa5sii5tQYJTJZV4pSkBHI8mSb0TsXlsxDgINZlMBT6UOMXveS"
    "LfImyEwon3d9MPnWRUHqDVr0K7S7ElE2esFfv6fCaXMbzsPMMb+Qc27IJrkikUj+UN01GxdJvdgbW9nSeQQ2xpX0FrG4HdpKuQ5t"
    "+Ix255h9LK/x/1Vwm6MwlA3TpBYQRUiPrq3XtaP0RlfsW9e3MVX4OAOiMmAUfAHsuB6cT7cTNPlesD/juVKJSyDFmjrAA4WMW1KW"
    "1hMhzM/5kS31bz64bmBQJv249oUEsIuUsz8FLUJHmy+nqlqyKeNUiWWij0resKEf1bQqjPqOnF1l7yP429sInluDE/uTPEMQZFoF"
    "5UtqPEmV0DYpwb2LF8k3PqQSDZTUqJss1EPbHFi0MNupiteeukQdMy/Gz5stDdQ8XaosZqgVouy5MB7HT2c2YEU9mvTki/6eK5j7"
    "Bfn7BhNhkCEybznzwyYyh8EFw4jk7mLFCxTYa94bRZ1g2ov0Pd1+ri74FTgoScwtViQB05tJ5hdI8JAzcvMv/VeBdGSAvQZQop29"
    "qwdcmVeWSjJk45tXKjk8nWpK2Emc+C3mneeRcBAO2sCR1kWg9uqwqsAywMXKOZUwZCOJY7kGrvnofYXHUEzM+xEvU+B6lqmvJz6U"
    "RIqgWbt37D4AB/eQ6FNRzA8IfCB07jnGh+h64JAp8HrhCXhE87uKsfduMiFMKyIHBdmYmAdToqYMe9Tdqd2unRdANnSqwDaERgT5"
    "xTskMwMmE5YAV3/fhsGgfCsAcFw8aX5WTEJ5tsIYOK8B53OTh+fa5899GIfc/iEP2Ru4fVMH3SfKf0tLthyzS1mEbfd6vdnW0sD1"
    "PXqM+l3FEy35ahWfnbDDO4i+2XJ9qkdRarVqCKZNOcQLjdWzi+oIil+xBp9CPr1vTERTD9L3xlvL0yI/F65sAZtNGKWM0NO2GiQi"
    "mmhtmw/awvRNAcE5e6S2Uk7TkBCUObSNTygSMxDfKw5BJQGvDyvd+frfgNI2phbIYq18V6IAF/aIm7MN/4O+6BpBuky2ynLwoY0z"
    "WdqwsqMxQ4Tbh6mLzRtQMyL2mfW6+Mu/SH/+5wLZNz+E7FvCHbKvtl3Mala51iE7zNCsKKszrML9L6ltKL/g5Si4fOvCwOH6fHDZ"
    "OUgn9h5kNmdA4752um9WteLvzYb4qr0BkNe3l6wBiq+//iXgk9JHQJL0Yfd+qdB7IR9HKcUC/oGCf06BUOVnILiWbnl/gD8/7TFu"
    "GWqilfJpkRQUT1XT4GfnkOn8nBqAf2icCYJNvxxpJjD1/frfARBSy5Q9HGIeCk06cEgmqSs4azy9a0MpxJTs7X6i5a2WVvdQGeq6"
    "rvzOFodbQoe8uXT4XYhZl5NwUuS2Quch5Hb1a5ixQ9htUNuVIaXPxR4A8k+FRQokatlOKwkOUOZ8JgWjYAZe/79+gEa48pN1m7bN"
    "ngkw5Pc0n/N8mnVDEjLrNY0FbqWYs2i3FbRu3eArr49YVbKIXTWdagdw86m+ZIJCSPHBofLPqmrPBOofTINNWZXSPjYvONC1E1nq"
    "RlqBcry+GaM4yq41TCqROgHAAZxcS8VcXrFAcVm23Qq4ZA38QZ52yYG2GAENSU3XQ1mqMV4ProDXzbTEShwCmjvbvybBrFtrRIsv"
    "wL4tlwdZbd2h1DZ46BLQLmxHtMpgUgKMnOJRov4sHTgLVn+V6i/il0x0DEK30h5sO+VIZcBA7gOx4OOk+oOfmrYno388mQSNjG1B"
    "eCyof7PQRP28Og/dXa51G4ekQ1f2639FQTJzPgG4wB5QkLqQMFjgTP2vpdAKKjevqnTCqETYqsK+crxflxiOHU9J34U0jb7fX4dx"
    "UZqv6Ahq6EsdJ8UUWMsIWCsYcbCWy/U/dbwbCMBCHRTv5E2/qN80OOroe78E32NaaQUIJJcdyyN53m5UHHwCDd8BIS4YXYK1A2fe"
    "7wDzWp60qqgQRn6TE88MGEqpckk+521eECUpo3R4dWshgkRyzPmNSyTQupMOADaaJwBscDuXYJTCCNJlg12eEIPk1mPLrJ2jYE6P"
    "e9QaVSH1k68uUXcHOOXcBJvzstrX01qsGImipUpMbfWB5InQ6T2dxMyBRS0ToP/En658JZVleZcdmWoj+PPeY0Fee97loneBSyhe"
    "R38EGx4EvwBECzDaIBI95uVK5fqQ90NDkQTkIwCsgb+tjyzoZRZKEJt8KsSPDlPteZdp05Hth0UULm58SSR4aa83UnYHHezAojHO"
    "ig+fCClGpctQdOJcePcrkXLgDZ5fdjmIapkPyn2ftO9bXUYXoyOdNaPpMC5G1WufdBHh+mOXQZirW+8as4OIt+ryk5qBvN/C61k2"
    "ayZs5v1Ywn4YOojsZifAlaY5iZZQY850nSiViHylflh9dF1ufFnHW1FYqJRrMhdhcHKlAGIxYSyvukw4Q4FjB2WjSWlkK1rVpnD4"
    "/L3Rymwvol5tEup7qNIow1JM8Q2OobZf9DPMMm4/njmoe5EOQ5KASWfG7TefKcZaRARm0kIZN+bJTm+/oyJgP9t+63tdXnCrl/pR"
    "lUmdG1GHA1wz6MbMk4NAd7ViFIyUTLa7KrJlam9nzzJP2dIzKhU65F7hgX6HddDpq1mJJgAQlN0zE9rt7P6X7cPcpz3sJnL8q7ck"
    "qDJDtKsKIBha3FbKxruEbsb38Cr6reBTKXNG0EJ+sSCpCHwT72T6y6pz6D9+UEhjILm9+qO/r5/T9eFXXk6QV9UbLlaxBxUpfOqa"
    "SSHryHouoVZSHiPFneE02kNAwtxiHpn9/q83T36HXoWCvekR9wnsxhY4urB5w2VwzEb2IHdwwXAZgRvSnGr1t/wzhuQCQvZVtV4e"
    "20ttC8AWjppmSMl8Ju+gGFB53cr4HeuFU9zByBTXPO0LyLRFNzUl6D5utcQXCJSlq0UXiaX4FaS5gGp+yaIRap7vUETkUkcqunMt"
    "plgY3fWcwlh8vqTdBMWyDPh7ZhIoKxJ45Y5cXGYDR104BP3xqGMLOg7Ba6Pqv35PG796sraua1Va7AzqPLiOniROvmvZpeBuVVn5"
    "IK+lwRaGRj8quggpkfU8w6KNyBdmFK69Egi4TGC8BbwTHFYZ3PTIFFYFlS1iHiBgmIBwRDZkLiaxZ7526JGVHtffxh3b8Qx1fF3r"
    "MsZT5MV4Yj0Tw3Uc0gAT8FercTa8NJUU92ZiGONjLRsSlesNHRxQZBCttEHqSfJBFBuzfsM2m29OO/vPoG5g0mJwuo7ICp3Oe0t5"
    "cCVegqCpzIrGVBjeQFbPCRN56xTnk+YbyXuRCYdSjnRTqYVu9Py3N83XknpAwIS0Al2Gte3iI8QpApx6TWqYWBMJEsq29UUfX8NP"
    "19v1O7/FQ8gqB9Q9pq8CSQVajTvLp+6v0vvQvOiNS3439cl+7AltjytElLFvbQ5igLA5MBjTM+lGtTkmfyP5djtQ0UtKNqt8sdLm"
    "xHVmsdszPWY9aXM4f53XieSWJql4UskUv9ZsjiE5kZ9Vb4B3r2EtwfMOi3mcn/Icue4W59+/4Sj56F/07ArK5JgrTg84B5opY1J2"
    "40+7MnSFDKKaINJ1EmdyOJGJR9S3X2/4wZi74QI6pnKsmR7BgRiYkNgect0EVZ4mSORJyc1i/a+ILqv6DVaEpBuD9VkjWsJ3M6mj"
    "ahvstd94bq8K+b5bv/wVydLxLpEzxJFdsI9DdhBQkbt0ulVFbtSgpriDnGKrSSRmKG6/1IzOmMFqfkS4q8Cq7rR4V8pFpTzhXbGx"
    "FMQiuLvExyI20t2lQqaJ7yBvk+7AQn/zyBNM0Qt2MPNKULxKmbuIWlW9zjMLN9f78iHXls7EmIF66LqIPXx96eV8fdHXytemrkZs"
    "c011/3+z5dXzIymzkWSQW++MlppIEODTXriPsh16LpBNtoTuVmpiYjn2Y1ICAAHuso2yFIJxPnLkSMWh1ghCpgcQekMQWD0LNeuO"
    "YdO8d0dyoz/5vAUVCg14KHMWHj6b6W2h4GHMx2/dlmr5J75UDbbP3pZ2E1zicWwsLC3h+rwhruastIkIKRk03eY41Nyv59Qdoahd"
    "RERdBr0gMvObOamb6YQpAmofa7LhR2/nIDX5t1u1zw03ZF1iMh2UfLeQCI/EiNLVnP4Xf7PNbB4pCEJ7auM47KZ1eSzWvCqRq1jO"
    "JjNjNjOCsLgui4Exd0J4EvSg4618ldbILP3xHfOlrtV6/O4rBr9mOWrzKc/6UtdJESKKGBZ9GMG7S49DO2xZAdu69ggD55UZgcuu"
    "L9mqgsfVrGyYcwTZ3dQp0LeZFVTXGhkOwKd06HLH7lTA6lPSEcezJr98aKNBGEOwMK7NTJE5Jj46vXCA6NYskQWwUQhtAKDVq8UX"
    "lGK0eZefpZw23lm1jvOxVDfpnmmU7nQlQMESbslSq1geK7vVrq+WuufrDvjwsLIAL8STd2kvUDYpslkGg+dVnCaGtcRHqDSESfOC"
    "gxh0YvoMmLvVUH5Qoa8av2mRMWZVz7p0MakNo+qtr8rudP1g31UcIpvVd7CqOMUld/DNxEnouhvOH7wezoxxPTCs/ZDjGt/tmEE7"
    "pFIkVynu7c9VkeCqx+abcnGfcKOH84cvGSKgfCB/D1UH3GTj6DnikuOlw266+WiVM/dSLXZlJJQi7cLo3aXxEkh0fFxE649YgSx1"
    "8VT8iUOfdek3uhi/1N+1flQotVAYuuVBXAOasTAUIe6TClOYCIMlTSqgwRJCy6J5RCD8Fq+f5xxjtPD7B3OwZlWp5Qv9HSL8HRXs"
    "io2iat9cJZlhnjK618wZAu6N658jkJurNoLZuzSCt9mHbt3/WHwP1TfzBDNFCq2sCj0lMF6Kil/SEYQYjUg+/rvDgYFS0AVCaX0D"
    "jAcjTg32Oxd7g0Xu4GbljLVzETtQ7t8TXlsU1jybGzZsTzWucCbb2UpZOUbb7zfRzH3VzIfRN09CQTBYoKDTQobrkQzU9sgnnbrw"
    "i8K5Zb+otoOkt1yk1crUj7hKyplpUU7QdEMze5tWr4VxqkLrSamovCbE1hPUXEoYcf3ukrsnQInbe1DO3gaemnHlasn5G/bAWDIa"
    "lXIYCyZtOcTmATP7AnoPr/j40sp36xMw57CmB9PbrEhgR0ux46l1emoPRxNjQN6q04We7KWGhKRyuZPh9za1k6cnEIdfNZC3WMPO"
    "ZyFigGljCXpDKbEZjwZWjT/4D0/Od2+T8ySfwgAAOcy7L0WKeOXWD6zcyk9AaJASnLLNPclUoXFD9+CeMNVxsktcSPX83pfc46vs"
    "cYt711Pez6deNXNdMD/CBJ1V6QTOtbYt4iHP/j8JvkeYkHrm5iB0d4sZIH585K9rTkKZdx8Rw/fPkE198oTLlanSUx0QAB5kCGwp"
    "V0mhduDV4VDayplksJxJUci5FcEmQed4MuEf+f+kkDjAlEqFD0a7Bfg69rwyfLcQZvVRElwKmdWTMB+Nfw4Gsk/6NuYvcXs/yb8v"
    "m4fiPb41PHBgBHV77Nep83Vtjx+8w6e5et7KwWHIp63w6cgc+ehDVLnVCE/XTzBNDXk5An/YT9adTaIYGzt5wX+SvHCSvKDkj4x0"
    "NdxSIaip/B9vcHWumVfP4/l2Hq9vn8eGPMKD83iR8/iRVOIlfMcyhMWKU730VFANa3GDymsJNB49FW/8I/P0l63UNT0BT6z4YQnC"
    "AwyolxDg5qAs30op1MUYxyXdSsUGlEXWAy239tjIiomyluVa3T8SccB+1aEMzJiHzCil8UOj3g6DgLKRJpLxJICw4b823OpkefLj"
    "V8dGpuyi8IK0UIgCRQiUggQhwlFCH9BssxCgPc9Uyg9dQkZZwredUzhKlT4KzyzaARWH24OAQEjU6nEDQCDEB4owgeTGQaDeAZV4"
    "DWagpIoQUKKkqjZXQpvmY10xUqqkEK0p7FBX8FqXddqDLWXzQLDbS6bQMaM9051FP07rjo65s8SJXYexI0NUhXo+Htig/ubVfIJR"
    "CWa1HLsYJmSO1QpY86EK0UhKY94JkWEh4xmcxJ6tPtt5Sx3521uPOgU279wvMNuBfbIe9UCyxS8wE75FKI5FII2NVzicy8n2TjHU"
    "JJEM0i7mlsBhgvRNHzUX/bu2y7e9MUnISNEJeI5mmkHLZsKdzFkspKgv7W0V9Z5J/b3W2GOfBkVwihEDISmckOxfD/4NVJF7odhQ"
    "+9bv2EeViOMtaBEpsAiLYWGLemk9+k8/8f8+MvTBo0kgQMmVzNYcs5Uf/UsYKIdt6Due4CnM6fnvsUQZ/ipE5t//KNGr46T3sNX6"
    "CyUc2OfiF6zALUgJIQwgTAS4YFrBC1KSlSRVaath4zlMa6yJoyWu8rpLET67P2uBqSxnq+cOFsKvwB2u+TKAEcyryD3tFkBBl8zK"
    "YOdNuyGQgMSQ+U5QCJICEqiXK6DarA9N6gIoAEJNGBnAdHEIBgm242f5GhVr4Vl2emhMG0EF+P7P9LzfkbWQAnRMSzcHiA4/ceL7"
    "X63DX5X1rMu0Id5D96ss26RkSjcO6s3YGrC7TUt1sWQbwbvu4/mk+/vjR7rsAsry8IjN19Rlc9QOPnpkTd+HzPq172Q4qlBPRQyo"
    "YIAhbHmXkr0/EZL1MWr8gVWfzKCmZoWUGHDKvmaLvalxq0cmExjz6Itg2Nafc5tUr5MdD+2ACGPfetAR6zgKSsFfSgr+X22cgF/A"
    "ZSABf+4T8Fd7T8A3tpZnWu7JsqRNY6lNhOtCwAdEPMIgffgHo1eyDnNFruowlhoPEPDUcc0dyEt0KnP/Ev0KyvdSeMfjetAVzWml"
    "RffUIUCxglpqBwUeo3Eicm/cfZvXbH/EPq0J5aMZuent5ZmLIDTM4v5F31UW/ynNS4jxOApF1QCH9aKPAgpwMXYsSbKorKN67Gap"
    "gjzx5lfFbaqv5dxLkEQCbBmMQrIq4GM7dYA3u3mrMnSuD/jRz6lJiWWn2Gk4KTqD1+6cGYHVfTDL+rA5uh3LdMRyNoJB+YQbG5CB"
    "es7d3XRFYdcE3DoocLRPKjyad18uwJIZT5scAZquZquXfAG4cfhJ1f33kqwfarCL3c6mkPG1k9N9pIRC4EIEWrXmKcEYlShBmJGh"
    "FJ9bSEqeaZDGYGKipWWpuZU71Rln1J1MmHviE1yhMTWexKVI/fVNyqVYAuZq/e2orWDVsOrqsVzmYVeKTg2M2c/FahTJFbR3xKpT"
    "0UaIRcXBBAfYlZpGECFnxLMjUg3YO88lGAw9+9ryBw1LkF6M58iif1ahfhbgaaVqztMt3Cav4Av2UaHa0JYxqwhyphW8K+qYu5VE"
    "3wSOjOf9TF1VNMhttmijCmRjOZn9Ai7A1TWLyLxYtaswvRV2RmL0QiyIi9vF6DZoZJITEDSStco7yoE3a/hjA+FC5zZXfMld5r23"
    "yP3zKnVamP9wY96OSvsulQV4DmjD8Fmnn/Uv9PlUgZu6vO5MYWfwD4HAeVDRUTkkRRA1aK4xiWEkGKgx+Nfq79PvHbGfLPVFPB3S"
    "RMBIAZfsRPAPZRhwrKzdODwF1FmoC67lXonXEHy/QwJt2+p/9SJy/DJd5FtLbH+1Sb2To31XkiE67CGCnUVZpJ9vD81HxUSsUIqh"
    "g7oeD5fcv2HMc4EFPBfMGprTAbXTwTyzynWJe6tVFKC8RbAFheZE1WIufeaI8/ggouMXalwmmvkfV+7Q9uY3bkLE8zfGrtK4qwlK"
    "i0j+bz56mMBHwBVr1UXmr5Zml9nZIf0uImTNSAcQDXnx8ZoNXNOZAvsVvy10Giv+nHYrUpKKJ3sDt+hu/SJJmQVNQ8UJBM+y5Em1"
    "yGYl9P0Scg3aIgOuTWoZ22BWEpDI5PShT5K2aU1KZjtfftJEKE838o+vyD+fh6rlfCByKLIqqp0FGKtYNewgFF2Umz0L5p9y0zwN"
    "gmqxTKXHHpB4eRiuSVP9/MetZh/jbwAaXTW9j2dAYLKhNAfGrDK++Lkx1rgxwrg0E/v6r206kQv7trqnJnL71pJbMSQEFXxcZW9D"
    "IkakmsOG3THNK3Wlba+jqVcV+6tLiBXMXCPKm4itSZUPS+oN6dxAx/WdOWQ6x/ltgg3ycgqcTMGqp6BUW7cUvZwRDL2ObZ37gc76"
    "ZuPO+KSktCL5Z5WBvQgwZZUy1NBXUAoQxAnxjVFeAIZ5MUVDgPrH2dQ3droyqX9fWWxMSrOe0LaidFNK1Z+bqjZ/rFHu1sPInYcK"
    "exG/t6kjfgUfMWWvrr4kk0J6fz7H1c6bDMM4vXWn6GJ+jxs2srXQWHcjdIkwY/ybxzd5Z+w4l4Mv2mdqZtv3pg2+qcYIgrMvpIUA"
    "FHBS1cMyIac42o3R0EV4cwrUieCPk4qdF16RSgQcbmzwCSHlrizzHh2T8JOX+eQKSeUm+EXMYrAbVpgJx5wPpiVy0efAN55qYSy4"
    "X5w5SKEAb6QVImfH9/LWgSAzz6SXVYFlxLqp8Xs5iq0MwgS1qSyfKoYsqWbFOkVPO5pqrap5Vc1WmjfVPI+FsfjekjtRNqsai5y6"
    "Vvd0EjceeHn51F7YTrZz8bdVAMALaRykPcSK+4PwknS4G0orQzLyXB4ydzcTHEZ4vlTAd3tKcV+pXyewtAz98s4U8JosquJa1U4A"
    "ur/209LYhGg938C+bW6QnHETF1iYUv+LRF4sKY/bzrYbH2t7V0Q7Q/WKF5riaje0jGY8QflrroLideXi74i2OvDDQxgAC+URFFbz"
    "0FgUnOod/oDKqXkreDP6jeFz3gh6gwV251AuIwPBWp/iTogyqk+eWW/4V6JMzZjm9hguRDFrCa3wmUGbymXgSwL/nOWyGppUumBs"
    "swcLKdlnt+rgMnF7cjQRug0OzQJM4oO4/xrS2dw8/uNUOUrF/jJlDnR6FfXlV15Os20j93wTiaJvw97c+tzfKqufkWrXaq4rII5h"
    "mTkKprssxhbN9PoPY+Q8PzBEnEZpeoGgeBCma9R3EobhPdKyEbvTqcVD0mpZIvBavWFLTA0VUPOmp3TWQuXaCRK3do5zJIAd59FI"
    "Zu3dsjU2VXaeyamg2JekVZ2T6XZEJbqWhWPSghoQVzXxWkimMiGUXWW8nwuYNtVTiKQCYhWSmvVUHuSKTYgqBNcy3RmfYuk8qVbN"
    "iOakmZSLOlczljtZ8beJwoRV9a2EiZEU+ltPBsRBLEk29YmVUdmdYFgTeP+qekmcpVSqLWzRX/tUOSvS0PNhtH02zGp2AWLChD2r"
    "1YgHrMTmb1SrLcyEEWQxmWgp1Riei8jm7ixez1tB7/M8uzysuQ6+adpKCc7G7FwBDlsjdgmGWRuY8Rqx5BpFxZFVQnyU6fCgXrBg"
    "quDLBZTS0KHLWcxi2Kdgbc50YEuzIPBhtbCqKm3KJbQ8Yi3/puJEzzTdy1s+PeYy1b+0StWSS66YpfOZjWv4/sxSMxuJuSHohsgs"
    "qG7fuIuzqYbp112dmrdMG72XGixB2jHPUfXIGUog6YZA6wNj8VTlb5G12vyjqfxVpFzg0uHZTFpNtT7RCcdZDaF61DEng6k5oShH"
    "GzKuzcfVO9BTde7u9y7/LZ9twFv//eb5QU3ZhNDHQb4QeQ4X6H/mA7AeSdt8Gz9hM6kdH98lQU2EYt6AlQtZdhotbtLVKnn9c3ss"
    "rcqxkfklc9PC9PvhlvY58fau24VvKmx6qIYwTw1J5sU8Fh3+3Wfvb55I7EHBBvDdWX5rSO522jcNp2+Wywfd0BoW8Semb5g4OV+9"
    "xZuuoZtgsofwWHw1JSx9QNJoKv/vmqjAUzm/M5Whfy6/OJ0ddTS37hxMH97aOLXstWGMx6kZZ8zn1HLaZ48aCWn97dKW3LhPU4XK"
    "isQG3zm/tdhmVzQeUdklOPlMLb1AdcHl9Yag37WI6aeWL5FRZLuvbb439RxSM8mVUdXkWUWTruKjYpWawazdJM43NqR4pnq5zMTq"
    "2/nSJep/DWcbiPKlQ39MniuIHHQKq33NUs3X0IYbsGljsLCv8b1vtC1sEzmeyE8MPmY8ea/N0xgXjMg52IOirJI/3ks32tWMf/au"
    "rZJHmG5v+sauo/KQKLNtCW2zBw6wsdOJ2ZGg1L7EftLJqeK4E5src4hdVE9sc4dSPKHNaZMOtM03uS2HzhnFR+nctgXfLjW8I57a"
    "LZTZ2i2KE53Eh44jw3G48y5wwXQYdWiwjXB7uJ9+4/MEFmWZeCx9/AQ1BNsLLL4XWPynCiz/sZpRFqJl/zFabid2bRxSu9CXUXGI"
    "NLxDKau6PfNBms5Vt88nGbdT1O2F/YI+aNv2AKLzsU1tO6gnAXx+qr1uR1PyYbp2W80g4dZeyRQr9DbtdF717eUENaP2QKB45ykC"
    "1IaiaXgJ+E2IfB+wiQyWz5BZgWt4clVfdfi2FX1gvRTMfG0yxDukCWrimqapDjO1TVghrmmqzMQ1TZWXHG0TDKNtqkvUNZGxUzVx"
    "SNqiGM88rBg1KQBBlmBf6KOulV/91pkJEmBYWfbHr3waoEvdCofGSnRR9hWaRrScSvGNcgCcVOY931ru39HPWZvid/guK1Yw+pDt"
    "MYZDc1YZV+zGnvw4zoMQC5USFd4jZVajjmS1/Bj7M3btjEC90u3p6FL3muEm9fv++c265rsd5TPuiZ2Hx0T5Wx1RWvMzolREufRE"
    "uXRj330zP8fZu6vdPZoJamo3hmNT6+YySOPncWXQ7uzU2kKiEs6U7eromua7uunvMthy6pLBxHHTpI0EZf43o5vW8x78selCmNBk"
    "tHFcWXtj19V872pZz8M0qlbDoO8b4Ldr3suMG+BJEIGdGrMj5AlDzDY6bXcxV2Il8smtcD4JQif0Jsi5IieQIZrCd4Kmzpt3Bi0+"
    "EN5cpfGFxp/FqL8XKs3VA2tSPUEXfA/Z1K0OnfmdTxSNc59vl/cabwt1VYtHI0cl2fi+wZyYDsS6ula6Yh+v9ONvCG1Mw4CYfvfz"
    "9+6KEtU+DSX4n+imvbGead4+k2fLkuZn9qxHnuMSD6U8In9NtvPGNpkKv/cZ052UReFARjJrDTRTKBKxSKtPihkPBuV1y42UK06z"
    "IF49Gn3e2m1kdI0r6sfaaOK1Hy15LlXJsJ0DtXdJTul2AFGIW7edl7s/yejp/q+YdoWK3/xpih9N/dGZd1Y8GbEoKwafLZwlgT9Y"
    "SOs4OrcsipCMEkp+Oo+bSXwBOzwrocqRdIjCtQzmRPOETCSs23LWyGmjMcTKVp0q9Of1+vVst3PCqLJdVX5DBy2FSGnRbMMe27Mt"
    "Dk1qqURCqmexF6hdPcbBPLqqMlyOvKlL/vufsZMmNj8q45QVT/Gip9frOkq4FmbKOiaiEMHaQkTBXM03i3pPxPM9bnq72R+Xs4hp"
    "e8Png4jw2P1V7WB43d5udEb4FbaxnBL49dSZ8Qeff04Ui5Ro3kmKpNPCW95jh465x4g035CjaSrjQWmorh7RXhXq1B+PZ0de230F"
    "/J3/fLkmcnIvzwwdf4gSzvQR5dAr2QbElpkcC6cTnxdN6eQSEe/eT1tLx2vDhzV87pTb4S3vfnuxzbcNVPfmb3uKNo91BAFSj5+b"
    "+gjAVmcCat3QoyTkUbj1Ek3+4/pXTxaj3z7Mb2IMTMHnZ5xtAXJmiudT4oOfrQJkRLyeT4PBZ94ybq4kL3ZT73jJ7JM8ym/uX7c3"
    "JESgu9Z40ar8yx1n9R6OirWbM+ngcSPlPmtlNq4ZpgqzYVlkS8ydwdnTIZFNlrG0C5QAhej2wakM6Ith1oDf+HQwAuRbIko1H8lS"
    "T7HGoRLMr85TDc3DxQ4muOGc6dqWhmTMX+ypxSzLe19jUvWkpjMHL2k956RTgVxzV3rPmn8R2vKuCMHzN+Hf8V3NvfFstgYD7MFc"
    "si3fvaFy/izbJ7UnTv70u3UpZVJNY8HY1TdRwswcpL/JXWRYjVd3K6oATXA55L4ElN3DdnQpYE4l/lUA4uBoje1wjUu1cCxtUqxy"
    "ftU92XA0tRghWsGs4uvT4LrJkNsUq3V4rlRycltjcBSAgL1dyae6w3F3OH7KbSmXsXG1jq3MwkK3oVkSSlaj25MX5b1bRRXV2KNu"
    "Xf32zN2o4ITHLnNkGzv28cbaGiFTs5/7LLa8mRJ8T8CXAOjDqwMlFhCzNwgvv19b7S4OmgBCiUmuN4f2bxvPUFqn4mCxQk8NwGPI"
    "Hb7SWVGSXBwix5TeNvTGV65u7wKtEvhq9L3PuWpdkbwW31W8FOqBPMbEATRvqtSHOIVzMbxupC8ciF2hARBOgUUwcldzjqzms+ng"
    "qPKlhF/NfBrq0+rE5V0NT7SYEw8stVQ1MAQnnAHBBr8xnyg2RrAWqw19JDsUEL/3zq4OnYDpP+/2KPSPQXpVtxd/MXzZ0jxKGlNU"
    "t/mL3wYQhdPQ1UJw0k/y7E3Gn/HZ6lmJ8F02h6eSP3ZVX/4SF6EzyjBs9WMQjUplK58CjkRS6LKLLdFE6rqc/tOXvjDtqFxEDIZL"
    "CISkfpfPPdGh9Gc/BvI9cSb0LXrQ4NbsKsypFERWvzW7OKAAzobO7craN7ZN19/aJs2mnv6H2ieUBe1g4d3AdCjg3EK+neM6nJLx"
    "903+25ErQX4XECI4PK15gC9C2yiYUBmJv6Rh2VLATnLmIxopCeZyxxn2mn9H5Sf7sTUiE6pntAvDtZSZ+r4ifIuJbd96Nkft7PxE"
    "M9sftCrQGGWmylAYUHBtqmMmZCjA58ExfjYAyEaZwICiefXb0xYFaYpzWq3KXPhhuzp+VL6w5CzOLAgW9LBzjRseG0gSBxVWpBiE"
    "Te4+9I/63c7PhBLyO1tnGbmtfFNQ12Jjsn5yt2mTKUGj0zS4NwPjq/JURLCNwZQu5hoei/3xM8T+Wd0mhN1vxH7HYn9d7UOVDixi"
    "f/5kNcejekgY7M9VBpQZQvG4VRwzQ36EsqPPLdN1JKADret9+nUY1MWaFJy7506PWPXChRvTuVxLiJgtE8Kr++p7N5Q9TUEoq3Lr"
    "QXFqBwD6FuAUAO30YFx8B+mUxSFAqg3C2jHKO8k/flhNwBwC7whXdvnaVJYy0gV6F4QBgipGEPEv+XrAuudQu73yjqxy1Bp0iq/z"
    "tmYn+JVuayxEVjHEToKNGHj+hWmLoEvg77oOFYMjQy5rpQsrbzcTO1lhawo6+Xly2mQVlIIklxcxqnXpbo01ymubZuOh0ghW/0u5"
    "gGx1AT0QViItFN54yetwS2Utm50UsJSbCLYe2DPAqwcRlC365TfGB79Y11HwLswpUHjHfBQvcTi0VWaphrHGoWfEO4lzVWHg9bbf"
    "EL429F5IMsEzDv6L5YVE/foPqaYF+hFisMzROK2qK1CsGlsjLpjGY1QpT8KldhXckHYjIWvVF01hYtVi6o6RGMIg+s1wxmf4tRMt"
    "rK+HwrBmhmM0kdfaEJV5rscHpGwFxf7q/qIXKrZrJM5k08qFPbVqz9XUjIs3Q8UfP/goirvfxCcVFE6JAPM/t2eRpRy8JjGSWH8q"
    "b19og9vVcXPI7lN0iMP0KL+U5iWyxuP3qELd423t/r4eTrPk3oyCIuMuCJQ6bWH6hEvm74YBSrU72mrY0vPTXqEuo6L92PtTqT4A"
    "VP9evpqVyi/VZL7ev6iKwPM1YFwzWIIo7ftgrl5eHnIZVLye0Nos0UiH7KiPvEJ65rm/veGR1qCWJ1i5LpD/alDB3CbMZkwrhZU4"
    "9HQVYOK5rHPlujW3w1FUGdYfCvGe4NtWMfCI5wslNToQWIrEWqk4TqkqBAECFQ+iHjgHBf4VRgqFX2oVbkxYurSw1Y47sIjr2bRl"
    "FK5fBSUQn6zdzPqInbrKCC9gR7EKJoqTNRrF1GoxUw2gNFTS7rqzO2/GqJn/df4wIyx4gJT1VH+b+JmBnnndoNVvfwbY0hZVgBMl"
    "Dp2QrWuxdTu2LskHb/AS3xW/suG5m9P48R/TvLlN99a90H/sO+OPbTDCjSKhSpYBX7E5dsyAcngerBikAMcF6SU2JTd41/rsXQTC"
    "ST5Tsg8yZiL5Z+Hl/sDEzHk8rtynQo6A3sECU7dtrS5UQ6gqoGQCLx64DxGXYrfwFwhtGGEI0UwYLmeWgpqwbPODyd5vwGKDXrki"
    "vjlPcGr7JbrAFij7Yol4gpkqWW506ECCFSxL7fAMMW8JsGpAe4Z4FvuQGGpdCmNXkivuRX3nDccmGT4S6SIA3cepVw/lPLvEcTGS"
    "WrzCuvAqzWTudlvKEH9dNNpFxXDMYvypetAO4FSUNX3LkDu6iDiFhNgEFlUjnU7tBNtdH7wd+2gn89itfg9KLF9YFcqOHeC24uxh"
    "0Qzrrosf/cmP/vyQshkrlc1Y+rIZxo3qZizXnH9lCySYbUNKmLNlBcciCB2xmbOojbu+ubAj58JBk5a7i0RzFOnC9nBRdjs2zpPb"
    "OXzH0owZPESxznwkXR4qcqzuK1vGC9V8vzWINAlg4EH4uCRR6yf7f2cJNEDtOsM/OwFNQU0YIJFARj20NW+wPaJSYY23o635f1Sd"
    "tnKN0uXbGt06D5slqIC3A6Y3KjJDi9SsaDfCQjklDM4TVjSQsAQro6hbrFQP8AWiMHuvrJYqBi5ALmktLlNqBvPTA5CI1qO89Jd2"
    "kOovEsUOCx/ZELdX+IxiCQGVZ9AJX/JkUgXZOEkxopevLWTGw8kKzycr3CfLSX8fH8Q/hws81ejv5Sv7xCIbe17QNlwnUKm8kqIX"
    "PfWoIKocV7nb6yelzCftSwvP2E9xltaGlaiYGizZm6oE7BtXXlI4zPZsoYaV15yajKS5zDoYueF2ZkFAh0ONNrcM8epHSSCT1Sod"
    "s9CQM08QNpy6IZAsQT8xBMdYGja2Yp8pXAwJ7VyTTwdFAMwqDCOdndx/WygfdUhKKbYyXwtd2ZB9sadZM9lbSCsns1fDuw9tf9nl"
    "5Dop9MFJIKBRwd0cKoVP8vo4nDQmgnpo59Aoi7zfnBCr+Na6eN1J57jFLtpc5MDUbZ6DhmLrN+0tuDiCfwbLh1xCB22FyZWVq9O3"
    "cfqoqnUrr7cYTha6s7m8V+K6ji48OnNaHBjGWiA6nW4eG5nD4iLKh6cOVExT+6Hmg7iIgadzU5ThZTM69lr1lFHC7QoS5i5lhZXe"
    "BNtWYFY79J/rjHFEz6VUzcX/Cw+76Hl5i56L36CcCGkg3lS0w33kb0UpI91TF0hn8INsMvVRfv8jxEZYB6HwFXLAuAaHQ/O/o5m5"
    "JvgcweNiGyUesAJU1WirZys64ZWZPwPtQ0ysAQi50rEMPHJ+DhgwnCjVHAgIn80q6/RUCQ+dIU+x6vnUtXjgo9hEUWe9jHvrX0v6"
    "joIyUDbfFYxUKQAW1/IB5FnuM6G1MgNeDOd6tgr0/Yz952h6qTLU0kh9KOf5VrI7G1luI+ltg+7FXl7jEj9Lyfq2Va50YyRUmzpZ"
    "Q1sozc7rJGlJs5x4kjgXRDfZZG2Uo0emZZbL2F7ucpmHl/vtZ+ph/mxJx926ozppFCksbdb0plwGs7p2ihEJz8j92v6fL+Zdhdmp"
    "faztkYui0tyS6Dz1Ez+tspfC2QQHDSZDSStqn5wtkNb98nx4+Wqht1snj2bBFl4koS7cd052oNZ73QO59edFbnUY6vWwumFWtcet"
    "gZeS8WWKuytMs1pYDZLKXMDtaV+AuWE7K15pLXwdEgdiRqclSMIUskvlPRBnObNrdzs9PQMiSJCBQpjKbrAf6Ngz8LsDLwdjGUzL"
    "L9SAqWLpt9MbWWhrvgXc5DvgydfV5Aea0r0JzZJ7zUFv+OvX3NXB5HSz/RUaNWol27Uv2GUSRztI+TkY08znhhiBZtr7CUXLBZXU"
    "jHjacR+AmX+b+Q8UGg99geobQHpuLtcR0DpVoAKDTejrxM55p9huqI0JjyJUBkMZciYsVpWlAoApWwubPRLRUp47dR8ZyqbkoqC+"
    "Yj7xKxqFQX0lKZlPyXhas/7YV4z6SlCi9yY8zqjDxij6pqpYms09Fm0LhvkuvpeyCDopAU3GAm2Lp6NtQLpmdWiYU+KjamfnU2FG"
    "7/pgpovUNFgkNG7wn9SwNQ1u8FpGjyMoLqe7nugY8mixC8pwyLWNSURQ0HhVrQ1aDahBeSpaYmoAmqmEV1kvoPP58XoV5tDqFZKj"
    "cyipko0V9NnqYhu+/FN9a2PMkKSSpGje+TgKzb63X/xS8uXyxg6J+sBDWecpQ5iXX4xYhA2pKn4CgPOintUreVonNH2Qwtynlqfu"
    "Ebb/wtYFqSzdfegM96EzNoROdQydsus6pdMx4moGCST2x/TrhtF6uffWa47bYL3OZr0CvROx6Q5xnBiIRJk0W7k+kriMZrBL7/VY"
    "u6R40yQX+VCTHcU5c0ORykBZTcaNvaEYVIC73Fsbzm7VIL8ndF3Np/6JhyoPLH+DgWZhyqKpSsEvmWkxHFxlQOo9oezA6+Vbf0B8"
    "aWsxtyIuaz9M328Yc/Qta7/jr9+0z7l+M8emZYWCwdJSDe5Ny14OPN0SKTCaWtjnwC2YryEtUYG0EyphLV1a4bKOGEcugXtLoM0F"
    "g+/qIXfc7tNa9Mab32SUfZBB7BnwOw3+Q36ENxtSFV0bBSxrZFdfc+rAumN7Xrr19r7G2Bp7DkANYbntMyMcG8DvZtl4wCjXlquU"
    "6PvoZ0l3UBvPNnK73njhbUFwmuvZtgZCBtvpbPOisjup71xlIi9Rncr0snBFRzyuoIyuG06P6Wd0UoWU6sqArTAabjiV5S0juAUn"
    "uuQGB1gLkxQovWklijUR3eCpp14X4wzUMGPfk46qpNhRwT2pseQh6nrd6R5p6JsiZst769UEzYSpw/DY+obbN9RJJ0qstiFBvTnX"
    "+AkaNjp3avDRf2HpvtC6JXxvJc9dxIDvwhSabGRaK9N9oS8b3/pa8uAACd0Xjptv5rkqH9/dX24tT9+CUUdTzaE6nGa7M5MTrdtx"
    "KpnSq2iGqBvYOkANO7GsRp9BYCnG2AWqXWat8aUWs8hARpF8YyfwJtwJnBa5oBrFRYUphP9oGkLfEFWEBo1yJfsGKWksyvJYyidH"
    "mDexwRMUp67Hpcp2UZ3EdwURV08KCT6CEsxHpxwnbTwOyHPcqXBegZCZb586LGVrWpKOS8oNi2xbaFGPpiWos4J5M6BsZG4x663w"
    "SnU5xlrivd2E8SaC80sZNIcQ2yYCQxOlw0upe8p1U2DuhEh05qViiZCi4fabLx6WsYkn/w7HAA0LlgfkXQSH5VpLIW0w6M22p3cq"
    "5XXUgb/i5/CTXQNFH1ATcZMqGrkEDqi1txjUmdy//HPX2P1wSUTu/7QB4BJnDB0OLYWdro3ksoKxynVPhc0TO7eJW45b9UGqVYmG"
    "5ooRYad3fK79k0w8+/uGTut9nrt730bB6fvUFt6q91rvcjcESt8R6IQIFR0+gv3ctuzvbTfn3F1Ntg/Oq1/m+Ufo8Qf+vi4ud2Rh"
    "H9jcv9Afl9s/o3fdezgc76809LY+pLfB9vHHzY5fQCfCdCe9W2OJArr9PLzfuA8afb7BHPq+4pDPPd/sG+a+oaoRTxvqsHv0ifvk"
    "vMWBqNqoyEzhwRHsO9uNmNoi3rOAvipxlkzIE584ZLgQAAQt1A3vQ2tSU3Jm1F+fUxMdgM68WdvnmqwG10fF9ptmzU8nDx0ojUYa"
    "u9O6A2/U92bvzncTmviuUhXVrwbWxU3lvw+AujqwuB55vVXpNtXSlSGYsifsgoNEliMTjjYCJekK5yCB7crp0ke4KDSqdM/GY8gd"
    "8Zl1BqaFvmZ4TBmNKl4OR8Q1Vd4wQhsxCkgoAgoqBZxPUtE6MOAXV7ifCCGAUVPE/ljFR6nulrT3D0AE8ECm/MSFaBI8gV7UBfLC"
    "YO3W8gLPifAnCRVYijvKqLXIBJOwT7dPZ5wLcsBhr8CCANYEji+FdovbK4PPO26y9onD1q4xhVvsIg64wFLU7MmlV/SWJ4Q6wGM1"
    "j03gk99TZ0uVc7rUxbbt0VUrlqIZb3CCUCgmOPgHB1FbsZb2Zqla66JBvcWGN4PVMHl++Krj7FMBWv/6QIRI53GO8tSqu7JHDaL5"
    "WqdzgNlb6B9xgrdbLNpOIq/pt+hCHV/6wRDwaTckTMGxdxjeTVfeWNvBKAZ63iLhGrMKD6axw26K2o6GH8u0JsW7W+RaPfdJT2vQ"
    "g3NnE7+09EsLKLTFXr8wnH4E3WqxbEnTHTif2zu4nq+bLRGif06IvjVUiYMgH81MHmFqTX5YpqJPZYn3ecxaJOh0c2zfz7ZmRPN9"
    "f2s3zbJLews9Tf2sQsAxt/3ncGvTtpdYf1iDZO79CTqeULUDEaR7+6x6qtv9B9s1hFLu4rwG17LN7FyP9poogd4qM92ceGef3Dki"
    "rF9FDgfRuO4dBociYk5xtq34SvhENCgIucTC7Atl+EKrztsUK3QDCNrPHTIjXpq16RST1o3l2TEYuB/rTw+alw99+0GzeZCjtfe8"
    "1UbLlNk8lk38+ilRVXs8dFC2FFaVCnqBfwoBElucfUzNE7l0ddk6zbxZHdRFVZ7VCTm/IKCWM6kTt2dNm59uvGnuo8wV80h6E993"
    "UBp8YDVD0x/AcqyDD6JakOaDR1scP3CPPvBf7oOP9Cqq07L5YFNbU39g9Hl445H+wXqgyK64FURZqvIkims/EM06hvXv2pPwOcfy"
    "91znEbE1xZROCl30c9scZbcOm/O4OY6bpzsRS0mItlkbmprzdRoef282P3jI01c+6OCD4SiO1TfHcXMeN9cN1Bx6eO7dz7znNjGq"
    "9+0AUqpQj3lCQHfy8SPiiXfSSbpRtuOg0Y0ap2EjelSGE68aGVi8EbrivdF3jb0smnm699HP3ahx+KKJReGXnf9wo/FAFjnOvtel"
    "XhtIqbK5NyQCvavj2YDBuDHYmy1QBKHURsWgLBR0bbwOStGf58jqpTmMvQ2M9ut6UxR9VMrJiMPah6VS/MP5e/xJfO83Ymteu08s"
    "hhDWGm29vKRsbZ3IpD7ppCZtn9u7jNAmdEjJTo1Nz2nxqbX2WSVB9WFQjtM/z32LbmBv6JKCfg3pEBnT62gtzZ9sc6fPuL3Ak81y"
    "Nz669Lz81HzW45/c+BpCcv80jn30GR2huUredAcp4LGZqPiug6kQ7r/nEo62gvvc6baJmklswl3EHtCYZH4qb/wCk1rtMQ8Do8t8"
    "/of30wi0YAJ2R3rs3Fq5fOP/+ClrcH2DFrxFc0E4QtkdkQ33aPKMJeYmqUe2yLrMuV2zXr/+mYyb1zFMN8YNQHe8V/rNHRpzaPNZ"
    "+1GvtLkHUlXq09z5M5Nv+cv0WYHbMmNJzR0DkzZ85s5RSjSkL5/nCEEbifsYFVVGPm5Gld+yDjC8x6/B+Jb7dpR52W4lKpSuu/f9"
    "UfPp+v7cDIBqCpr1S6rWqWLcVgSZS0SyDauOSqB7blMGwv2NT9SlQyPvErnm5Q0B/mfN7zQvQzXYDrXCi3CHzRtK+zdd2t916V3l"
    "an1El/6P1XcdkYCcexfMYQQ8N2tRlogq9rZTZovEDEzreD9vOm1o/TPNF9bGezYj41Ff8Edr31p72crr6tbXzrO3LxhlZiyphrcv"
    "KD9DhTW6f0GAqiInhDZfAP4ElS/D8AseRwpZjYMvkIJ4UCWm2xcgsAGBkEZfmJA7r9OjL0Tl4xx+wSq+P/yCNjiOv+CEi4+/oGKa"
    "tWmrbIkEJmlM/WzF5ajViGOZbjLzO9bL//RBhzLFW7n2tmxhxLTD0wNud4xbi32ETG71c4Wg2X8iko/6BIA0DnP/BE5x3ADtJ7gh"
    "4+ATPNz84BM8Tc39EySOPPgEXXLr4BPMRpoHn+ApmgafmF46j51RffQJTuHoE9igw0/aTDL9iSJlU2KJs3KYBFV5uCPAdObXhPib"
    "n2L0MnOsx0VvzjA4cFCslZGp4nNnx9yZxegmrcfom71h6kGsPL6TCIX7byPxK4zUBfZ7uP5si3QS3Exb/hbDfPskfMJvbp+EJkS6"
    "B8GCNd07Ix5jFYD0unaxCPbmupmaMkNzY0PLeuaDmrnU9mcGfcSD4bUJxDEhjxx49OrW5lXp8D+31nj7jBAbczz7njt7/H4LFQgP"
    "PICbGr02ig+d8uoQH4cyvGo1Q19cGDkUjbbV0ijicRvFeMS5jfl4JHN+g61iog9++riNHgjlt3qGtf6MYf0TZVjLTyTDulezmqoL"
    "eGSkkOFvI7JLXZzC7aMzrXeHy3w8rlrvvJRy/S+tDPkaQa91Y852pL3fI8K0S3NO/TT08VNpzAGOVkW7xWX4L/jR0YZPqo/6nHXh"
    "tEsfc9n6DRpaIbfBIMgo65TWfcwP95trjj9yNxWiC387zQPnfUuBN7vTMpyoqMhMeLNnkORzj75l0F6Zsl47VH+7AieT/fp5sh/x"
    "Z6TKGpJ0ZFEcLBVps1EqfUn9dor64twAblmZV3NkWLuxOvAENvKdh4Q1u3s8UpBZSZOOo2pVLgmhUss6b3eeQcXbbbSNpaPM/6LZ"
    "xlFaku7sVlp2zUEh7jxJlvvO51BhfyW/xVay33jDL61lmzSMso6/8xlBp6KojoxKsFdSNaRHiZtI0O5777d/3n73lldjb7y3x/5o"
    "jQ882D9rH7f7EPNdlGvT3F/Lcr/7iVYQKr0r1xYrtZ95U1aQbXhWxEf+0p998qFPlumR6WNV/KqpYS7inNGn7a5ZZmO2QKtSBZXP"
    "Led2WmLpxPplv6eiN+yt0z5/74OEGHoPiHA58oKw+2ZnL2zqHUvcb9+JHyrTYG+lqiwTGhqJwGrhoDn0Vy2URb0KzbxZJc+E1nSk"
    "Op7vMBDQcdtveO742mescMfvLkHseLibrrDj+S6eQ8eXQfbLlB56wB5n2dykqa7j4+jUYfYNdTw+ZGem44j/FUHe0ZEyv51o5B8V"
    "8fFMmvPeOk5EHKnCP9Bol8OTsip4tuj5drJDD7m0eg5VMiCxEYX4vugEAUXkKsZQh30pam+KKGzy0/1UWuUxUFBJjjvgh2vvVJqB"
    "/dBbTSuLb4SUeX2RXDVzS/UzdrI4Djxep859jTpmHSbmUh0dUcF+g+mEaXL97oI3ATKMUdeDw3hWOyEMN8ihhdyeYzq9hfYhhl+j"
    "coVBfhia3xu7yX3rOb270jg77mgtAnG4FdRs6hJCZYP9/kcz+YL2dlu9xyTGptTr3WpyLW0to7PkzKHn3TcmxDTms30FEEOrd6tg"
    "QDTnBr4noNh9sBpmHFjB+3LIGO+5eh2R+EfcVGejKPfEPmTOAVHybxYQJ87pbnZwgu/PownuD1g1wWtL0gpXVi+iLTh1G/rjPepN"
    "VVttQPnPtzP5/uCDhNiFXVjtJCcdrkZeICVm7R23/Xx0LlYBnVKuMi6yeHO+c3ytudGNv/2E2EPGpR0cw6HbIsrMUmpWjIktjugt"
    "PUAZZYofkej6KBX3ltP/E/OJm0H/Ojr9qzVcveWK/kPU7qfXjpe7bm8797ea5HhuFCCX5WBhpD2klxlH6TVR4jkRcjMmM+JT82iV"
    "txEfHPPNZfT7/M3/HgGdut/PCkZKfg+zNd8se+7+fqtyY3adIj0NDTLP6OSPpOxbrcDeOV7iKV75ku+wOF0b76f9KumNsPJGCVBB"
    "7r+9AlK3WTkJNCtcm1z288NfWgYHHsQnqQN6UXvq87606kNcbwotr7/xpVJyvszcf2/qdNxoLvNR65Z0/P+G2MD4hdUUV56DQJpe"
    "mbn/pyIvLWh7f1lSwkZ/P0r3gaJ9A3Q9Om5X1rHjdUvF9E2tROBbiwXSQmozv/tyf3QtpX+ZnoSWhCb5eBAdjMJ/lG5HlKd3CP5A"
    "FTYoqUrmEW/8Y8E1rAU85nehe3qsrbzey/bme71e4Cv/b7c72tLUChB7EU27WM0otmmTdVqa5SkPT5x8gFBlDwnI+YJfGOzdCMx1"
    "YKovpXo4SP5DEF0d4GBYIIw3EfFhS+AsEsp6rBw4ptZx5vSvqACob0rS5hcthDfsuxARdARuEixwZoTCJO+xRpQpc7uhY+zb9Sy1"
    "tYrjt6aH4l8nTdtlpF98c22uWW0BBkMHHbYdC9TSpbOpXQ/ftlmN2E/vPVgq75Jrv2DbztJSG7aztm2zyF9SOEDD2BeD77JkpVCh"
    "gH5H3NLm50IMudYypo02P9xopgZGz11CCrivK0V7MwOU8Er7rGbmWrH7sGsa3h904Q45UfPT2707fjtada1ZNnVa1tKpaiXw/Mho"
    "hezDmMgNWWZpF1+yr0iCr1jsQN3z6a4B+q+ryZbjOCgmbFKvIcGyucnLllhJ0fFNQZe1eTwjDUtTVKiv2JQk46yHKn7+rXh/vPDp"
    "tl+pHTbH28ztGC9+jIkzgHq84r5olI5bOtXx5sZwi+JHBF8LhR1qscXKLzfiKA42vZOydFhDLalbDK4/rj5tbfElVYvpEHPMYJ/0"
    "G8O05os+6gtphGesKGsYMIhb/WAUHwoCqrN0ohBQzpK5lKe24fFBzQeRSWp71DcmHVifruWVOPxr4WHh5nva9IM72OzwvrZMLzqO"
    "Ezkq4tvP/IbvHEgSOGUP69fURfiuyH9FVFqfLII+yAXppOqLs08skcUbzlmFo7U2dcUUrQIrV9t555P3XoddamxK06Kxrxdh4AE/"
    "0sb9ra2C4iARL6sIkv3mJbujRS4nVadJcb7F1HDY3H7eqgeZO5zJNV0zVZxjxjYr/w+COir6PHC0i5hjZvo2FxLFuSdoc7UJcR/y"
    "jipk8L235To/sLeY+RjYYPI311YkjNBAJ9nUuNczRssefWy0IWO5a9+xdBHQ3Sn5E94GSV+zqTFnCCbLUld+aGlGYvgTZfSpRUYH"
    "xLCi2oBGMzWjrt3OQPRPkouMlFnUtGX2Ltr8x3CJ02glkvBWj/VP1SH2sBDupa8mhc6XlJwnboaN1dz9Meid5fKKymxZfDxHmzP2"
    "k3l5tpfrNcF8UJcqACtwdw9ZjCVYt4bK7F25+Trxf9ZyLPNErh6xrAc8a8hkvt5GpwDpuDGfI3pc5GTIKjDA9c90t3TtetT2klvd"
    "Y31crtkHsdD7OQhaPjt/Ju7+cE9hpcPQdo1euzx4RJuYVhzxMUSanCfNyKbnmYuFSv78FStTtGHC8eNnOV8zKzPCymI/V3+BZe2/"
    "XUtj2JeWV1J0CzeSA9gLqDLIHXwSkzowK/5+aQtwJNOF7rjVZ3MeHHix0SuXBx/6gSHlp/tDOf4BktSiHFCP7LscEN8Oe/2+MN1C"
    "ItMTErlTxo0gNB38TDR7SzT7QWPbXp7MP5TmMWKub7c91FSrS7FyVxdVhbepaUtVCk/WkKcvU313bRrMoLbuvRZVkkrCmG51q0VF"
    "rEYXQXFtasAPe1J+KD9YRDrzynqM2XfHqVFVILpjncEqljqZZxVSFrmttdjmh1etBfjLtO2Dt6W2zbUW70zHsxLizjVGVUpLx9GT"
    "UR1+a9pi6iM6//Q2AyjyOjpaDBGv+dr/YBvtC1pQ5mwfNgoxbUpjRWFru5+8cnm0JlLJqV1b19Dcmiw714O08eNUW2cnjXq/3p7n"
    "Xr931D+hZN+Nl7xX7KdDc2nn9qkHgx+4ab5wG+5D9z5NFFr4n2i8BcZgwgMe6znXyMesrPY2N8dUV4FrO7uKXMfFUZLcQzGsczSg"
    "b/geyn5nb3vX6MOJ+0sE0cOJe2z2rvuHTOaUM8oUusHRSGwKI7KoD1DWTDm+TBevyZUS2SQ3NwF2rC74/rCt+O54Gln+SX2RpEPX"
    "20yFzxJ0o3gMyVTH7+HEa8X4yjT9SFkMpgo2aEbT5HQ8/KGUHF1npMpHYKz2uxqfb03VjXX4x3LThFZjqFdOSscTNGGwbpSZ+qu3"
    "pU3LVhExJgmUiaIvx4V3lHmpKaz4T6ht79qoKoEeG8Qa7vvJ+h+TaLKNj97Oi+929F8r58DyLBbHi1nKopdYGcwoD88qKCp7qDgK"
    "Qn07lBMeT5pFERPiCxhFRXt9RGo8s1XOtI0zN1//bF1U4yX79lgOWxuxm++JB2EQz3ncQ8vDPWjSDDJznMgrZbr/lwRWF3oPrxRw"
    "nHXb2VKdNpE048vkgQDeu0CktdnU+e9wSCv+a1rRcGar06bcZTRZoTbMU+OEsUQGx6k59SbB2k4WEOugnhvEKKxix6rLvQQs6mT0"
    "SlVVIR9oRr2NmmMHmiWhxA97C6HmqqNbHyVLhbLqNJguUPag5249b7L9apfF/pt395blZbad6fcamARZu0O5vL0m6jYdaAU+oOLQ"
    "EK6iySrCGN3tHgw836OG28h4dwOaNMh9lCB2vb6b+Bq3trQlHrbWqWDR/glhRLtXVqH8zBRYpvtv++l+JOI7z0cIecmySChshVpF"
    "waEEBHsqn+SqGJKDEVu1KKlOVG5EF9MkndKJqQUuYIxBTy4s56ZJGya2VZC2e8i5H9TdOu5y9ZusbLv5Tc09/SHq7eQReEUXnSwP"
    "SW2V86pl5xuBrea1Vvd370nytOIkOPR5CLlCD0i2XuE0k8JErInbqwKuIK6ihpY64brbNvkGoN8sDVOdz0wakGyVmZVB1zN7umEJ"
    "MtnQLlEwQpVDf57Pcn3KxP19leQjhiy5R0hFPkll9AApHcIUjGIkDULfl71ZNel6Ff+gAtxEJE2qXHRTTbrn9lEzv8/u6KJv3M1p"
    "EpSfsFFIZoqX/f+KzmAwg2FWPsbIYII/SX8RHf3DSzoqBJRYSYhHMxvN8uS+hlr8YjcNHflm6yWOjxVxQsKRr10lPXVqsTdNVPGL"
    "9nrRZ4aqiNUghm6kAyuwpLIg/1gWZAEVfS6n4EMIssLvEhs7D5YI8P0JJbq9xglWVfdAfGoLQubuDcQEUXD6KrbSjQS+agyvrFyJ"
    "ws7bJ0z9v/3V9fupjIOg1Ez97+50j5fYgcdE0Yh4vnLp79W5Y5IqizVgP3CZuiiYxLXR4RjgfN5r9zGJ0FXZk70Zg3LcD0exSCn6"
    "+VqJWyX6oKLaVLEvx0cPu9ZNyskMXrEvWMa61rCGQ3C04E42XcJBBZbddpzAMA0u+B4v1T20HI0GZfZOo+ob+p/0D+1fe7uY+65P"
    "oRvceD3sZJySEZ8kQ3xy5sOzd3uBT7je7cK7iRi3ztz+uHvvBoVFbHz1x77THRlQlKQ7V6fzvkVNyFzeD2Jeksr78HyAC/MFa9/C"
    "UG4zi7UKcKG4utZX3Vt199a+d/MO6gWDZhqWlnIDWMq+WKcFY7tD9xLJqcdqX3UodyUzRiytnbZ5W/TsuR3jIxKrgYueS8EckDgL"
    "38xsOTismmBJZcd5NszBabpVLS2Y9cIAN/MhStnfG/kl1ZUA+8K4JcviWnsppIk7T2JnMEFeVTud4XAusdYHH/6Yq5VIkNxxFsk6"
    "cjr5XpmbYv69Ti4UJDeQX+IWpjf/0MitLUQYZ/Tm2vLft+6smbyWRrCL0Glee7QoXWVTNuCsrvV3jBb9na7LbEKM7lFnt7JjnENh"
    "7mm8VaNRkV5lb0wnlTxpLKhIAbUMV+iG+rw7W80IOBOOB5nsndstbESBOVnaUtn7wKbnzztghO+AJxwXbR5gwnYhazYMYTj90N2f"
    "RoAn9hzVyf7AV+Poq2aInEJZ12Hw1cfwEN/67//w1bd++Dff+o5z//AP/xuuWY4c"
)


if __name__ == "__main__":
    main()
