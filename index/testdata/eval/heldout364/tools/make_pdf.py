#!/usr/bin/python3
"""Re-make docs/gaganyaan-isro-brochure.pdf byte for byte from tools/gaganyaan-isro-brochure.txt.

A four-page A4 outreach brochure as an InDesign export would leave it: a cover page with a
full-bleed image, then pages laid out in two justified columns with running headers and footers
(agency name, page numbers), numbered section headings, figures with captions, a ruled
specification table and a shaded "Did you know?" box. Standard library only; the raster
illustrations are drawn procedurally and every timestamp and id is fixed.
Usage: make_pdf.py [output.pdf]
"""
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gaganyaan-isro-brochure.txt")
DEFAULT_OUT = os.path.join(HERE, "..", "docs", "gaganyaan-isro-brochure.pdf")

# ---------------------------------------------------------------- font metrics (AFM, 1/1000 em)
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_BOLD = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
         975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
         333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
         611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
_EXTRA = {"\u2019": (222, 278), "\u2018": (222, 278), "\u201c": (333, 500), "\u201d": (333, 500),
          "\u2013": (556, 556), "\u2014": (1000, 1000), "\u2022": (350, 350), "\u00d7": (584, 584),
          "\u00b7": (278, 278)}
FONTS = {"F1": ("Helvetica", _HELV, 0), "F2": ("Helvetica-Bold", _BOLD, 1),
         "F3": ("Helvetica-Oblique", _HELV, 0)}


def width(text, font, size):
    table, bold = FONTS[font][1], FONTS[font][2]
    w = 0
    for ch in text:
        o = ord(ch)
        if 32 <= o <= 126:
            w += table[o - 32]
        else:
            w += _EXTRA[ch][bold]
    return w * size / 1000.0


def pdfstr(text):
    out = []
    for b in text.encode("cp1252"):
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def num(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ---------------------------------------------------------------- raster illustrations
class Canvas:
    def __init__(self, w, h, rgb=(0, 0, 0)):
        self.w, self.h = w, h
        self.px = bytearray(bytes(rgb) * (w * h))

    def put(self, x, y, rgb, a=1.0):
        if 0 <= x < self.w and 0 <= y < self.h:
            i = 3 * (y * self.w + x)
            if a >= 1.0:
                self.px[i:i + 3] = bytes(rgb)
            else:
                for k in range(3):
                    self.px[i + k] = int(self.px[i + k] * (1 - a) + rgb[k] * a)

    def vgrad(self, y0, y1, top, bottom):
        for y in range(max(0, y0), min(self.h, y1)):
            t = (y - y0) / max(1, (y1 - y0 - 1))
            c = tuple(int(top[k] + (bottom[k] - top[k]) * t) for k in range(3))
            row = bytes(c) * self.w
            self.px[3 * y * self.w:3 * (y + 1) * self.w] = row

    def rect(self, x0, y0, x1, y1, rgb, a=1.0):
        for y in range(max(0, int(y0)), min(self.h, int(y1))):
            for x in range(max(0, int(x0)), min(self.w, int(x1))):
                self.put(x, y, rgb, a)

    def circle(self, cx, cy, r, rgb, a=1.0):
        for y in range(int(cy - r), int(cy + r) + 1):
            for x in range(int(cx - r), int(cx + r) + 1):
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    self.put(x, y, rgb, a)

    def poly(self, pts, rgb, a=1.0):
        ys = [p[1] for p in pts]
        for y in range(max(0, int(min(ys))), min(self.h, int(max(ys)) + 1)):
            xs = []
            n = len(pts)
            for i in range(n):
                (xa, ya), (xb, yb) = pts[i], pts[(i + 1) % n]
                if (ya <= y + 0.5 < yb) or (yb <= y + 0.5 < ya):
                    xs.append(xa + (y + 0.5 - ya) * (xb - xa) / (yb - ya))
            xs.sort()
            for i in range(0, len(xs) - 1, 2):
                for x in range(max(0, int(xs[i] + 0.5)), min(self.w, int(xs[i + 1] + 0.5))):
                    self.put(x, y, rgb, a)

    def data(self):
        return bytes(self.px)


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed


def img_cover():
    c = Canvas(480, 330)
    c.vgrad(0, 250, (10, 22, 60), (232, 128, 58))
    c.vgrad(250, 330, (40, 36, 38), (18, 18, 20))
    r = lcg(364)
    for _ in range(90):
        x, y = next(r) % 480, next(r) % 150
        c.put(x, y, (235, 235, 255), 0.4 + (next(r) % 60) / 100.0)
    # service tower
    c.rect(300, 60, 318, 262, (70, 66, 70))
    for y in range(66, 262, 12):
        c.rect(300, y, 318, y + 2, (120, 112, 110))
    c.rect(262, 120, 300, 124, (90, 84, 86))
    # boosters and core
    c.rect(212, 130, 228, 262, (226, 226, 222))
    c.rect(252, 130, 268, 262, (226, 226, 222))
    c.poly([(212, 130), (220, 112), (228, 130)], (214, 214, 210))
    c.poly([(252, 130), (260, 112), (268, 130)], (214, 214, 210))
    c.rect(226, 78, 254, 262, (244, 244, 240))
    c.rect(226, 150, 254, 158, (210, 110, 40))
    c.poly([(226, 78), (240, 52), (254, 78)], (236, 236, 232))
    c.rect(238, 20, 242, 54, (200, 70, 40))
    c.poly([(234, 40), (240, 26), (246, 40)], (210, 90, 50))
    c.rect(150, 262, 330, 270, (60, 58, 60))
    return c


def img_orbital_module():
    c = Canvas(360, 220, (4, 6, 16))
    r = lcg(2018)
    for _ in range(60):
        c.put(next(r) % 360, next(r) % 220, (220, 220, 240), 0.7)
    c.circle(180, 520, 340, (28, 84, 160))
    c.circle(180, 522, 336, (44, 110, 190))
    c.poly([(150, 40), (210, 40), (228, 96), (132, 96)], (200, 200, 196))
    c.rect(160, 44, 200, 48, (120, 120, 120))
    c.rect(134, 96, 226, 150, (222, 186, 96))
    c.rect(134, 110, 226, 114, (170, 140, 70))
    for x0, x1 in ((30, 126), (234, 330)):
        c.rect(x0, 112, x1, 136, (22, 38, 92))
        for x in range(x0, x1, 12):
            c.rect(x, 112, x + 1, 136, (80, 100, 150))
    c.rect(126, 122, 134, 126, (150, 150, 150))
    c.rect(226, 122, 234, 126, (150, 150, 150))
    return c


def img_tv_d1():
    c = Canvas(360, 220)
    c.vgrad(0, 220, (120, 170, 220), (214, 230, 244))
    for i, (x, y, rr) in enumerate(((150, 196, 30), (206, 200, 34), (120, 210, 26), (240, 212, 28),
                                    (178, 206, 36), (90, 214, 20), (270, 216, 22))):
        c.circle(x, y, rr, (236, 232, 226), 0.9)
    c.poly([(172, 150), (188, 150), (194, 186), (166, 186)], (250, 170, 40))
    c.poly([(175, 150), (185, 150), (188, 172), (172, 172)], (255, 236, 150))
    c.rect(168, 70, 192, 150, (238, 238, 236))
    c.rect(168, 120, 192, 124, (40, 70, 140))
    c.poly([(166, 70), (194, 70), (186, 46), (174, 46)], (226, 226, 222))
    c.rect(178, 14, 182, 46, (200, 80, 40))
    c.poly([(173, 32), (180, 18), (187, 32)], (210, 96, 54))
    return c


def img_vyommitra():
    c = Canvas(300, 200)
    c.vgrad(0, 200, (58, 72, 96), (24, 30, 44))
    c.rect(0, 168, 300, 200, (40, 44, 52))
    c.circle(150, 60, 28, (228, 222, 214))
    c.rect(126, 56, 174, 70, (30, 30, 34))
    c.rect(134, 60, 146, 64, (110, 200, 240))
    c.rect(154, 60, 166, 64, (110, 200, 240))
    c.rect(140, 86, 160, 98, (200, 196, 190))
    c.poly([(104, 98), (196, 98), (186, 170), (114, 170)], (236, 232, 226))
    c.poly([(104, 100), (88, 100), (80, 160), (94, 162)], (210, 206, 200))
    c.poly([(196, 100), (212, 100), (220, 160), (206, 162)], (210, 206, 200))
    c.rect(140, 112, 160, 120, (210, 110, 40))
    c.rect(150, 128, 151, 166, (170, 166, 160))
    return c


def img_bas1():
    c = Canvas(360, 200, (6, 8, 20))
    r = lcg(2035)
    for _ in range(50):
        c.put(next(r) % 360, next(r) % 200, (220, 220, 240), 0.6)
    c.circle(60, 420, 300, (30, 90, 170))
    c.rect(120, 80, 250, 122, (214, 214, 210))
    for x in range(130, 250, 20):
        c.rect(x, 80, x + 2, 122, (170, 170, 166))
    c.rect(250, 88, 262, 114, (190, 190, 186))
    c.rect(108, 90, 120, 112, (190, 190, 186))
    for y0, y1 in ((20, 74), (128, 182)):
        c.rect(170, y0, 200, y1, (24, 40, 96))
        for y in range(y0, y1, 9):
            c.rect(170, y, 200, y + 1, (80, 100, 150))
    c.rect(183, 74, 187, 80, (150, 150, 150))
    c.rect(183, 122, 187, 128, (150, 150, 150))
    return c


IMAGES = {"0": img_cover, "1": img_orbital_module, "2": img_tv_d1, "3": img_vyommitra, "4": img_bas1}

# ---------------------------------------------------------------- page geometry and styles
PW, PH = 595.276, 841.89
ML, MR = 48.0, 48.0
GUT = 18.0
COLW = (PW - ML - MR - GUT) / 2
TOP, BOTTOM = 766.0, 66.0
BODY = ("F1", 9.0, 12.3)
BLUE = "0.043 0.239 0.529"
ORANGE = "0.878 0.424 0.118"
INK = "0.12 0.12 0.14"
GREY = "0.38 0.38 0.42"


def wrap(text, font, size, maxw):
    """Greedy line breaking; a '~' inside a word marks an allowed hyphenation point."""
    words = text.split(" ")
    lines, cur = [], []
    i = 0
    while i < len(words):
        w = words[i]
        trial = " ".join(cur + [w]).replace("~", "")
        if width(trial, font, size) <= maxw or not cur:
            cur.append(w)
            i += 1
            continue
        if "~" in w:
            parts = w.split("~")
            done = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                t2 = " ".join(cur + [head]).replace("~", "")
                if width(t2, font, size) <= maxw:
                    cur.append(head)
                    words[i] = "~".join(parts[k:])
                    done = True
                    break
            if done:
                lines.append(cur)
                cur = []
                continue
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)
    return [[x.replace("~", "") for x in ln] for ln in lines]


class Layout:
    def __init__(self):
        self.pages = []  # list of lists of op strings
        self.new_page()

    def new_page(self):
        self.pages.append([])
        self.col = 0
        self.y = TOP

    def x0(self):
        return ML + self.col * (COLW + GUT)

    def next_col(self):
        if self.col == 0:
            self.col = 1
            self.y = TOP
        else:
            self.new_page()

    def room(self):
        return self.y - BOTTOM

    def at_top(self):
        return self.y >= TOP - 0.01

    def ops(self):
        return self.pages[-1]

    def text_line(self, x, y, font, size, text, color=INK, tw=None):
        o = self.ops()
        o.append("BT")
        o.append("/%s %s Tf" % (font, num(size)))
        o.append("%s rg" % color)
        o.append("%s Tw" % (num(tw) if tw else "0"))
        o.append("1 0 0 1 %s %s Tm" % (num(x), num(y)))
        o.append("%s Tj" % pdfstr(text))
        o.append("ET")

    # -- blocks
    def heading(self, text, level):
        size = 12.5 if level == 2 else 9.8
        before = 10.0 if level == 2 else 6.0
        lead = 15.0 if level == 2 else 12.5
        need = lead + 4 + 3 * BODY[2]
        if not self.at_top():
            if self.room() < before + need:
                self.next_col()
            else:
                self.y -= before
        self.y -= size
        self.text_line(self.x0(), self.y, "F2", size, text, BLUE if level == 2 else ORANGE)
        if level == 2:
            self.ops().append("%s RG 0.8 w %s %s m %s %s l S" % (
                ORANGE, num(self.x0()), num(self.y - 4.5), num(self.x0() + COLW), num(self.y - 4.5)))
            self.y -= 10.0
        else:
            self.y -= 5.0

    def paragraph(self, text, indent=0.0, bullet=False, justify=True, after=4.6):
        font, size, lead = BODY
        maxw = COLW - indent
        lines = wrap(text, font, size, maxw)
        for n, words in enumerate(lines):
            if self.room() < lead:
                self.next_col()
            self.y -= lead if not (n == 0 and self.at_top()) else size
            x = self.x0() + indent
            line = " ".join(words)
            tw = None
            last = n == len(lines) - 1
            if justify and not last and len(words) > 1:
                tw = (maxw - width(line, font, size)) / (len(words) - 1)
            if bullet and n == 0:
                self.text_line(self.x0() + 1.5, self.y, "F1", size, "\u2022", ORANGE)
            self.text_line(x, self.y, font, size, line, INK, tw)
        self.y -= after

    def figure(self, key, h, caption):
        cap = wrap(caption, "F3", 7.6, COLW)
        need = h + 6 + len(cap) * 9.6 + 6
        if self.room() < need:
            self.next_col()
        if not self.at_top():
            self.y -= 4
        self.y -= h
        self.ops().append("q %s 0 0 %s %s %s cm /Im%s Do Q" % (num(COLW), num(h), num(self.x0()),
                                                             num(self.y), key))
        self.y -= 3.0
        for words in cap:
            self.y -= 9.6
            self.text_line(self.x0(), self.y, "F3", 7.6, " ".join(words), GREY)
        self.y -= 9.0

    def table(self, title, rows):
        c1 = 92.0
        rowh = 15.0
        need = 22 + rowh * len(rows) + 8
        if self.room() < need:
            self.next_col()
        self.y -= 8
        x = self.x0()
        self.y -= 10
        self.text_line(x, self.y, "F2", 9.6, title, BLUE)
        self.y -= 6
        top = self.y
        o = self.ops()
        for i, (a, b) in enumerate(rows):
            yb = top - rowh * (i + 1)
            if i % 2 == 0:
                o.append("0.906 0.933 0.973 rg %s %s %s %s re f" % (num(x), num(yb), num(COLW),
                                                                   num(rowh)))
        for i, (a, b) in enumerate(rows):
            yb = top - rowh * (i + 1)
            self.text_line(x + 4, yb + 4.6, "F2", 8.0, a, BLUE)
            self.text_line(x + c1 + 4, yb + 4.6, "F1", 8.0, b, INK)
        bottom = top - rowh * len(rows)
        o.append("%s RG 1.2 w %s %s m %s %s l S" % (BLUE, num(x), num(top), num(x + COLW), num(top)))
        o.append("%s RG 1.2 w %s %s m %s %s l S" % (BLUE, num(x), num(bottom), num(x + COLW),
                                                   num(bottom)))
        o.append("0.7 0.74 0.82 RG 0.4 w")
        for i in range(1, len(rows)):
            yy = top - rowh * i
            o.append("%s %s m %s %s l S" % (num(x), num(yy), num(x + COLW), num(yy)))
        o.append("%s %s m %s %s l S" % (num(x + c1), num(top), num(x + c1), num(bottom)))
        self.y = bottom - 8

    def box(self, title, paras):
        pad = 8.0
        inner = COLW - 2 * pad
        size, lead = 8.6, 11.4
        wrapped = [wrap(p, "F1", size, inner) for p in paras]
        h = pad + 12 + 4 + sum(len(w) * lead + 4 for w in wrapped) + pad - 4
        if self.room() < h + 8:
            self.next_col()
        if not self.at_top():
            self.y -= 8
        x = self.x0()
        top = self.y
        o = self.ops()
        o.append("0.996 0.925 0.835 rg %s %s %s %s re f" % (num(x), num(top - h), num(COLW), num(h)))
        o.append("%s rg %s %s 3 %s re f" % (ORANGE, num(x), num(top - h), num(h)))
        y = top - pad - 10.5
        self.text_line(x + pad, y, "F2", 10.5, title, ORANGE)
        y -= 4
        for words_list in wrapped:
            for n, words in enumerate(words_list):
                y -= lead
                line = " ".join(words)
                tw = None
                if n < len(words_list) - 1 and len(words) > 1:
                    tw = (inner - width(line, "F1", size)) / (len(words) - 1)
                self.text_line(x + pad, y, "F1", size, line, INK, tw)
            y -= 4
        self.y = top - h - 8


def parse(path):
    meta, blocks = {}, []
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        if not ln.strip():
            continue
        if ln.startswith("@") and " " in ln and ln.split(" ", 1)[0] in (
                "@title", "@header", "@header-right", "@footer", "@cover-kicker", "@cover-title",
                "@cover-subtitle", "@cover-caption", "@cover-tagline", "@cover-org", "@cover-org2",
                "@cover-edition"):
            k, v = ln.split(" ", 1)
            meta[k[1:]] = v
        elif ln == "@page":
            blocks.append(("page",))
        elif ln == "@col":
            blocks.append(("col",))
        elif ln.startswith("@fig "):
            _, key, h = ln.split()
            blocks.append(("fig", key, float(h), lines[i]))
            i += 1
        elif ln.startswith("@table "):
            rows = []
            while lines[i] != "@end":
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                rows.append(cells)
                i += 1
            i += 1
            blocks.append(("table", ln[7:], rows))
        elif ln.startswith("@box "):
            paras = []
            while lines[i] != "@end":
                paras.append(lines[i])
                i += 1
            i += 1
            blocks.append(("box", ln[5:], paras))
        elif ln.startswith("### "):
            blocks.append(("h", 3, ln[4:]))
        elif ln.startswith("## "):
            blocks.append(("h", 2, ln[3:]))
        elif ln.startswith("- "):
            blocks.append(("li", ln[2:]))
        else:
            blocks.append(("p", ln))
    return meta, blocks


def centered(ops, y, font, size, text, color):
    x = (PW - width(text, font, size)) / 2
    ops.append("BT /%s %s Tf %s rg 0 Tw 1 0 0 1 %s %s Tm %s Tj ET" % (
        font, num(size), color, num(x), num(y), pdfstr(text)))


def cover_ops(meta):
    o = []
    o.append("%s rg 0 %s %s %s re f" % ("0.027 0.118 0.290", num(PH * 0.42), num(PW), num(PH * 0.58)))
    o.append("%s rg 0 %s %s 5 re f" % (ORANGE, num(PH * 0.42 - 5), num(PW)))
    centered(o, 772, "F2", 9.0, meta["cover-kicker"], "0.98 0.74 0.45")
    centered(o, 716, "F2", 46.0, meta["cover-title"], "1 1 1")
    centered(o, 686, "F1", 17.0, meta["cover-subtitle"], "0.86 0.9 0.98")
    iw, ih = 400.0, 275.0
    ix, iy = (PW - iw) / 2, 392.0
    o.append("q %s 0 0 %s %s %s cm /Im0 Do Q" % (num(iw), num(ih), num(ix), num(iy)))
    cap = wrap(meta["cover-caption"], "F3", 8.0, iw)
    y = iy - 13
    for words in cap:
        o.append("BT /F3 8 Tf %s rg 0 Tw 1 0 0 1 %s %s Tm %s Tj ET" % ("0.78 0.82 0.9", num(ix), num(y),
                                                                     pdfstr(" ".join(words))))
        y -= 10
    centered(o, 250, "F2", 15.0, meta["cover-tagline"], BLUE)
    o.append("%s RG 0.8 w %s 230 m %s 230 l S" % (ORANGE, num(PW / 2 - 60), num(PW / 2 + 60)))
    centered(o, 150, "F2", 11.0, meta["cover-org"], BLUE)
    centered(o, 134, "F1", 9.5, meta["cover-org2"], INK)
    centered(o, 70, "F1", 8.0, meta["cover-edition"], GREY)
    return o


def furniture(meta, pageno):
    o = []
    o.append("BT /F2 7.5 Tf %s rg 0 Tw 1 0 0 1 %s 806 Tm %s Tj ET" % (BLUE, num(ML), pdfstr(meta["header"])))
    r = meta["header-right"]
    o.append("BT /F1 7.5 Tf %s rg 0 Tw 1 0 0 1 %s 806 Tm %s Tj ET" % (
        GREY, num(PW - MR - width(r, "F1", 7.5)), pdfstr(r)))
    o.append("%s RG 1 w %s 798 m %s 798 l S" % (ORANGE, num(ML), num(PW - MR)))
    o.append("0.7 0.74 0.82 RG 0.5 w %s 50 m %s 50 l S" % (num(ML), num(PW - MR)))
    o.append("BT /F1 7 Tf %s rg 0 Tw 1 0 0 1 %s 36 Tm %s Tj ET" % (GREY, num(ML), pdfstr(meta["footer"])))
    p = str(pageno)
    o.append("BT /F2 9 Tf %s rg 0 Tw 1 0 0 1 %s 35 Tm %s Tj ET" % (
        BLUE, num(PW - MR - width(p, "F2", 9)), pdfstr(p)))
    return o


def build_pages(meta, blocks):
    lay = Layout()
    first = True
    for b in blocks:
        kind = b[0]
        if kind == "page":
            if not first:
                lay.new_page()
            first = False
            continue
        if kind == "col":
            lay.next_col()
        elif kind == "h":
            lay.heading(b[2], b[1])
        elif kind == "p":
            lay.paragraph(b[1])
        elif kind == "li":
            lay.paragraph(b[1], indent=10.0, bullet=True, justify=False, after=2.6)
        elif kind == "fig":
            lay.figure(b[1], b[2], b[3])
        elif kind == "table":
            lay.table(b[1], b[2])
        elif kind == "box":
            lay.box(b[1], b[2])
    pages = [cover_ops(meta)]
    for n, ops in enumerate(lay.pages, 2):
        pages.append(furniture(meta, n) + ops)
    return pages


def utf16hex(s):
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 9.1-c001 79.675d0f7, 2023/06/11-19:21:16        ">
   <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description rdf:about=""
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
            xmlns:stRef="http://ns.adobe.com/xap/1.0/sType/ResourceRef#"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
         <xmp:CreateDate>2025-09-04T16:42:18+05:30</xmp:CreateDate>
         <xmp:MetadataDate>2025-09-04T16:42:27+05:30</xmp:MetadataDate>
         <xmp:ModifyDate>2025-09-04T16:42:27+05:30</xmp:ModifyDate>
         <xmp:CreatorTool>Adobe InDesign 18.5 (Windows)</xmp:CreatorTool>
         <xmpMM:InstanceID>uuid:4f0c2a7e-9b1d-4c63-8e25-7d3a90b1c6f4</xmpMM:InstanceID>
         <xmpMM:OriginalDocumentID>xmp.did:7c2e91f4-3a5b-2d4e-b1f0-98e6a2c4d571</xmpMM:OriginalDocumentID>
         <xmpMM:DocumentID>xmp.id:0a4b7d19-6e2f-ef4a-9c31-5b8d2e7f1a60</xmpMM:DocumentID>
         <xmpMM:RenditionClass>proof:pdf</xmpMM:RenditionClass>
         <xmpMM:DerivedFrom rdf:parseType="Resource">
            <stRef:instanceID>xmp.iid:f3e1c2d4-8b7a-6c4f-a2e9-1d0b3c5e7f82</stRef:instanceID>
            <stRef:documentID>xmp.did:7c2e91f4-3a5b-2d4e-b1f0-98e6a2c4d571</stRef:documentID>
            <stRef:originalDocumentID>xmp.did:7c2e91f4-3a5b-2d4e-b1f0-98e6a2c4d571</stRef:originalDocumentID>
            <stRef:renditionClass>default</stRef:renditionClass>
         </xmpMM:DerivedFrom>
         <dc:format>application/pdf</dc:format>
         <dc:title>
            <rdf:Alt>
               <rdf:li xml:lang="x-default">%s</rdf:li>
            </rdf:Alt>
         </dc:title>
         <dc:creator>
            <rdf:Seq>
               <rdf:li>Human Space Flight Centre, ISRO</rdf:li>
            </rdf:Seq>
         </dc:creator>
         <pdf:Producer>Adobe PDF Library 17.0</pdf:Producer>
         <pdf:Trapped>False</pdf:Trapped>
      </rdf:Description>
   </rdf:RDF>
</x:xmpmeta>
""" + "\n".join([" " * 99] * 20) + """
<?xpacket end="w"?>"""


def build_pdf(meta, pages):
    objs = {}
    # fixed object numbering in the order an InDesign export tends to use
    n_pages = len(pages)
    CATALOG, PAGES, INFO, META = 1, 2, 3, 4
    FONT = {"F1": 5, "F2": 6, "F3": 7}
    GS = 8
    IMG = {"0": 9, "1": 10, "2": 11, "3": 12, "4": 13}
    first_page = 14
    page_ids = [first_page + 2 * k for k in range(n_pages)]
    content_ids = [first_page + 2 * k + 1 for k in range(n_pages)]

    objs[CATALOG] = ("<</Lang(en-GB)/Metadata %d 0 R/Pages %d 0 R/Type/Catalog/ViewerPreferences"
                     "<</Direction/L2R>>/PageLabels<</Nums[0<</S/D>>]>>>>" % (META, PAGES)).encode()
    objs[PAGES] = ("<</Count %d/Kids[%s]/Type/Pages>>" % (
        n_pages, " ".join("%d 0 R" % p for p in page_ids))).encode()
    title = meta["title"]
    objs[INFO] = ("<</CreationDate(D:20250904164218+05'30')/Creator(Adobe InDesign 18.5 \\(Windows\\))"
                  "/ModDate(D:20250904164227+05'30')/Producer(Adobe PDF Library 17.0)/Title%s"
                  "/Author(Human Space Flight Centre, ISRO)/Trapped/False>>" % utf16hex(title)).encode()
    xmp = (XMP % title).encode("utf-8")
    objs[META] = (b"<</Length %d/Subtype/XML/Type/Metadata>>stream\n" % len(xmp)) + xmp + b"\nendstream"
    for key, (base, _, _) in FONTS.items():
        objs[FONT[key]] = ("<</BaseFont/%s/Encoding/WinAnsiEncoding/Subtype/Type1/Type/Font>>" % base).encode()
    objs[GS] = b"<</AIS false/BM/Normal/CA 1.0/OP false/OPM 1/SA true/SMask/None/Type/ExtGState/ca 1.0/op false>>"
    for key, fn in IMAGES.items():
        cv = fn()
        data = zlib.compress(cv.data(), 9)
        objs[IMG[key]] = (("<</BitsPerComponent 8/ColorSpace/DeviceRGB/Filter/FlateDecode/Height %d"
                           "/Length %d/Subtype/Image/Type/XObject/Width %d>>stream\n")
                          % (cv.h, len(data), cv.w)).encode() + data + b"\nendstream"
    fonts = "/Font<</F1 %d 0 R/F2 %d 0 R/F3 %d 0 R>>" % (FONT["F1"], FONT["F2"], FONT["F3"])
    for k, ops in enumerate(pages):
        used = sorted(set(op.split("/Im")[1].split()[0] for op in ops if "/Im" in op))
        xo = "/XObject<<%s>>" % "".join("/Im%s %d 0 R" % (u, IMG[u]) for u in used) if used else ""
        objs[page_ids[k]] = (("<</ArtBox[0 0 %s %s]/BleedBox[0 0 %s %s]/Contents %d 0 R/CropBox[0 0 %s %s]"
                              "/MediaBox[0 0 %s %s]/Parent %d 0 R/Resources<</ExtGState<</GS0 %d 0 R>>%s"
                              "/ProcSet[/PDF/Text/ImageC]%s>>/Rotate 0/TrimBox[0 0 %s %s]/Type/Page>>")
                             % (num(PW), num(PH), num(PW), num(PH), content_ids[k], num(PW), num(PH),
                                num(PW), num(PH), PAGES, GS, fonts, xo, num(PW), num(PH))).encode()
        stream = ("/GS0 gs\n" + "\n".join(ops) + "\n").encode("latin-1")
        data = zlib.compress(stream, 6)
        objs[content_ids[k]] = (b"<</Filter/FlateDecode/Length %d>>stream\n" % len(data)) + data + b"\nendstream"
    out = bytearray(b"%PDF-1.6\r%\xe2\xe3\xcf\xd3\r\n")
    offsets = {}
    for oid in sorted(objs):
        offsets[oid] = len(out)
        out += b"%d 0 obj\r" % oid + objs[oid] + b"\rendobj\r"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\r\n0 %d\r\n" % size
    out += b"0000000000 65535 f\r\n"
    for oid in range(1, size):
        out += b"%010d 00000 n\r\n" % offsets[oid]
    out += (b"trailer\r\n<</Size %d/Root %d 0 R/Info %d 0 R/ID[<6A2F0C91D4E35B7788C1F2A09E3D4B16>"
            b"<3C7E19A2B5D04F6E8A1B2C3D4E5F6071>]>>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n"
            % (size, CATALOG, INFO, xref))
    return bytes(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    meta, blocks = parse(SRC)
    pages = build_pages(meta, blocks)
    data = build_pdf(meta, pages)
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
