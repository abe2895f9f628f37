#!/usr/bin/python3
"""Re-make docs/pallava-architecture-goodnotes.pdf from tools/pallava-architecture-goodnotes.txt.

The PDF imitates a Goodnotes notebook exported to PDF: a cover page, then A4 pages on a dotted
paper template, typed text boxes (Liberation Sans, embedded as a TrueType subset) placed in one
column or two side by side, and handwriting on top of them: margin notes, underlines, circles,
stars, a tick, a highlighter and a small sketch. Handwriting is ink, that is filled vector paths
with no text behind them, as Goodnotes writes it, so a PDF reader extracts only the typed text.
The pen shapes are the outlines of the URW base-35 font Z003 (read from the fonts-urw-base35
package's Type 1 file) with a seeded wobble, so every run draws the same strokes.

Run: /usr/bin/python3 tools/make_pdf.py [OUTPUT]   (default: the file in docs/; reportlab with
invariant=1, so every run gives the same bytes)

Source syntax (one directive a line, text lines belong to the last %box):
  %notebook NAME             document title (PDF /Title)
  %page [cover]              new page; "cover" gives the notebook cover
  %outline TITLE             PDF outline (bookmark) entry for the current page
  %cover TEXT                a typed line on the cover's label
  %box full|left|right       a typed text box; left starts a row, right shares its top
  # TEXT / ## TEXT           page title / box title (bold)
  - TEXT, 1. TEXT, TEXT      bullet, numbered item, paragraph
  %hl S / %ul S / %circle S  highlighter / ink underline / ink circle on the words S
  %note DX DY SIZE COLOUR | A / B    handwritten margin note (lines split at " / ")
  %star, %sketch rathas      ink star before the box title / a sketch under the box
  %ink X Y SIZE COLOUR | T, %tick X Y   handwriting / a tick anywhere on the page
  %arrow X0 Y0 X1 Y1 COLOUR  an ink arrow anywhere on the page
"""
import math
import os
import random
import re
import sys

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pallava-architecture-goodnotes.txt")
OUT = os.path.join(HERE, "..", "docs", "pallava-architecture-goodnotes.pdf")
PEN_FONT = "/usr/share/fonts/type1/urw-base35/Z003-MediumItalic.t1"
TTF_DIR = "/usr/share/fonts/truetype/liberation"

W, H = 595.28, 841.89
TOP = H - 46
COLS = {"full": (36.0, 444.0), "left": (36.0, 208.0), "right": (268.0, 212.0)}
BODY, LEAD = 9.6, 12.7
INK = {"blue": (0.09, 0.22, 0.62), "red": (0.80, 0.12, 0.12), "black": (0.1, 0.1, 0.1),
       "green": (0.1, 0.5, 0.25), "white": (0.97, 0.97, 0.95), "yellow": (0.98, 0.84, 0.25)}
TITLE_RGB = (0.05, 0.30, 0.60)
STYLE = {"h1": ("LS-Bold", 19.0, (0.1, 0.1, 0.1), 0, 25, None),
         "h2": ("LS-Bold", 12.5, TITLE_RGB, 0, 17, None),
         "bullet": ("LS", BODY, (0.08, 0.08, 0.08), 11, LEAD, "\u2022"),
         "para": ("LS", BODY, (0.08, 0.08, 0.08), 0, LEAD, None)}


# ---------------------------------------------------------------- Type 1 pen outlines
def _decrypt(data, r, skip):
    out = bytearray()
    for b in data:
        out.append(b ^ (r >> 8))
        r = ((b + r) * 52845 + 22719) & 0xFFFF
    return bytes(out[skip:])


def load_pen(path):
    d = open(path, "rb").read()
    i = d.find(b"eexec") + 5
    while d[i] in b"\r\n \t":
        i += 1
    priv = _decrypt(d[i:], 55665, 4)
    m = re.search(rb"/lenIV\s+(\d+)", priv)
    leniv = int(m.group(1)) if m else 4
    cs_pos = priv.find(b"/CharStrings")
    subrs, glyphs = {}, {}
    pat = re.compile(rb"dup\s+(\d+)\s+(\d+)\s+(?:RD|-\|)\s")
    j = priv.find(b"/Subrs")
    while True:
        m = pat.search(priv, j, cs_pos)
        if not m:
            break
        s, n = m.end(), int(m.group(2))
        subrs[int(m.group(1))] = _decrypt(priv[s:s + n], 4330, leniv)
        j = s + n
    pat = re.compile(rb"/([A-Za-z0-9_.]+)\s+(\d+)\s+(?:RD|-\|)\s")
    j = cs_pos
    while True:
        m = pat.search(priv, j)
        if not m:
            break
        s, n = m.end(), int(m.group(2))
        glyphs[m.group(1).decode()] = _decrypt(priv[s:s + n], 4330, leniv)
        j = s + n
    return subrs, glyphs


def outline(cs, subrs):
    """Run a Type 1 charstring; return (advance width, contours)."""
    st, ps, contours, cur = [], [], [], []
    g = {"x": 0, "y": 0, "w": 0, "flex": None}

    def close():
        if cur:
            contours.append(list(cur))
            cur.clear()

    def moveto(x, y):
        g["x"], g["y"] = x, y
        if g["flex"] is None:
            close()
            cur.append(("M", x, y))

    def lineto(x, y):
        g["x"], g["y"] = x, y
        cur.append(("L", x, y))

    def curveto(*p):
        g["x"], g["y"] = p[4], p[5]
        cur.append(("C",) + tuple(p))

    def ex(code):
        i = 0
        while i < len(code):
            v = code[i]
            i += 1
            if v >= 32:
                if v <= 246:
                    st.append(v - 139)
                elif v <= 250:
                    st.append((v - 247) * 256 + code[i] + 108)
                    i += 1
                elif v <= 254:
                    st.append(-(v - 251) * 256 - code[i] - 108)
                    i += 1
                else:
                    st.append(int.from_bytes(code[i:i + 4], "big", signed=True))
                    i += 4
                continue
            x, y = g["x"], g["y"]
            if v == 12:
                v2 = code[i]
                i += 1
                if v2 == 12:
                    b = st.pop()
                    st.append(st.pop() / b)
                    continue
                if v2 == 16:
                    oth, n = st.pop(), st.pop()
                    args = [st.pop() for _ in range(n)][::-1]
                    if oth == 1:
                        g["flex"] = []
                    elif oth == 2:
                        g["flex"].append((g["x"], g["y"]))
                    elif oth == 0:
                        p = g["flex"]
                        g["flex"] = None
                        curveto(*p[1], *p[2], *p[3])
                        curveto(*p[4], *p[5], *p[6])
                        ps[:] = [args[2], args[1]]
                    else:
                        ps[:] = args[::-1]
                    continue
                if v2 == 17:
                    st.append(ps.pop())
                    continue
                if v2 == 33:
                    b = st.pop()
                    g["x"], g["y"] = st.pop(), b
                elif v2 == 7:
                    g["x"], g["y"], g["w"] = st[0], st[1], st[2]
                st.clear()
                continue
            if v == 10:
                if ex(subrs[st.pop()]) == "end":
                    return "end"
                continue
            if v == 11:
                return None
            if v == 13:
                g["x"], g["y"], g["w"] = st[0], 0, st[1]
            elif v == 21:
                moveto(x + st[-2], y + st[-1])
            elif v == 22:
                moveto(x + st[-1], y)
            elif v == 4:
                moveto(x, y + st[-1])
            elif v == 5:
                lineto(x + st[0], y + st[1])
            elif v == 6:
                lineto(x + st[0], y)
            elif v == 7:
                lineto(x, y + st[0])
            elif v == 8:
                a, b = x + st[0], y + st[1]
                c, d = a + st[2], b + st[3]
                curveto(a, b, c, d, c + st[4], d + st[5])
            elif v == 30:
                a, b = x, y + st[0]
                c, d = a + st[1], b + st[2]
                curveto(a, b, c, d, c + st[3], d)
            elif v == 31:
                a, b = x + st[0], y
                c, d = a + st[1], b + st[2]
                curveto(a, b, c, d, c, d + st[3])
            elif v == 9:
                close()
            elif v == 14:
                close()
                return "end"
            st.clear()
        return None

    ex(cs)
    close()
    return g["w"], contours


GLYPH_NAMES = {" ": "space", "!": "exclam", ".": "period", ",": "comma", "?": "question",
               "-": "hyphen", "(": "parenleft", ")": "parenright", ":": "colon", "+": "plus",
               "&": "ampersand", "/": "slash", "'": "quoteright", "=": "equal", "→": "arrowright",
               "↑": "arrowup", "–": "endash"}
for _d, _n in zip("0123456789", ["zero", "one", "two", "three", "four", "five", "six", "seven",
                                 "eight", "nine"]):
    GLYPH_NAMES[_d] = _n


class Pen:
    def __init__(self):
        self.subrs, self.glyphs = load_pen(PEN_FONT)
        self.cache = {}

    def glyph(self, ch):
        name = GLYPH_NAMES.get(ch, ch)
        if name not in self.cache:
            self.cache[name] = outline(self.glyphs[name], self.subrs)
        return self.cache[name]

    def width(self, text, size):
        return sum(self.glyph(ch)[0] for ch in text) * size / 1000.0

    def write(self, c, x, y, text, size, rgb, rnd):
        c.saveState()
        c.setFillColorRGB(*rgb)
        pen = x
        for ch in text:
            w, contours = self.glyph(ch)
            sc = size / 1000.0 * (1 + rnd.uniform(-0.05, 0.05))
            rot = math.radians(rnd.uniform(-4, 4))
            dy = rnd.uniform(-0.7, 0.7)
            if contours:
                cr, sr = math.cos(rot), math.sin(rot)

                def T(px, py, pen=pen, sc=sc, cr=cr, sr=sr, dy=dy):
                    return (round(pen + (px * cr - py * sr) * sc, 2),
                            round(y + dy + (px * sr + py * cr) * sc, 2))
                p = c.beginPath()
                for con in contours:
                    for op in con:
                        if op[0] == "M":
                            p.moveTo(*T(op[1], op[2]))
                        elif op[0] == "L":
                            p.lineTo(*T(op[1], op[2]))
                        else:
                            p.curveTo(*T(op[1], op[2]), *T(op[3], op[4]), *T(op[5], op[6]))
                    p.close()
                c.drawPath(p, stroke=0, fill=1)
            pen += w * sc * rnd.uniform(0.97, 1.05)
        c.restoreState()
        return pen


# ---------------------------------------------------------------- ink strokes
def stroke(c, pts, rgb, width, rnd, alpha=None, cap=1, jitter=0.6):
    c.saveState()
    c.setStrokeColorRGB(*rgb)
    if alpha is not None:
        c.setStrokeAlpha(alpha)
    c.setLineWidth(width)
    c.setLineCap(cap)
    c.setLineJoin(1)
    p = c.beginPath()
    for k, (x, y) in enumerate(pts):
        x = round(x + rnd.uniform(-jitter, jitter), 2)
        y = round(y + rnd.uniform(-jitter, jitter), 2)
        if k == 0:
            p.moveTo(x, y)
        else:
            p.lineTo(x, y)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def line_pts(x0, y0, x1, y1, n=12):
    return [(x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n) for k in range(n + 1)]


def ellipse_pts(cx, cy, rx, ry, n=40, turns=1.08, start=0.3):
    return [(cx + rx * math.cos(start + 2 * math.pi * turns * k / n),
             cy + ry * math.sin(start + 2 * math.pi * turns * k / n)) for k in range(n + 1)]


def star_pts(cx, cy, r):
    pts = []
    for k in range(6):
        a = math.pi / 2 + k * 4 * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


# ---------------------------------------------------------------- typed text
def smart(text):
    """iPadOS smart punctuation, as typed into a Goodnotes text box."""
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201c", text)
    return text.replace('"', "\u201d").replace("'", "\u2019")


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur, start, pos = [], "", 0, 0
    for w in words:
        trial = w if not cur else cur + " " + w
        if cur and pdfmetrics.stringWidth(trial, font, size) > width:
            lines.append((cur, start))
            start = pos
            cur = w
        else:
            cur = trial
        pos += len(w) + 1
    if cur:
        lines.append((cur, start))
    return lines


class Box:
    def __init__(self, pos):
        self.pos, self.lines, self.marks = pos, [], []


def parse(path):
    meta, pages = {}, []
    box = None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if not raw.strip():
            continue
        if raw.startswith("%"):
            word, _, rest = raw[1:].partition(" ")
            if word == "notebook":
                meta["title"] = rest
            elif word == "page":
                pages.append({"cover": rest == "cover", "items": [], "outline": None})
                box = None
            elif word == "outline":
                pages[-1]["outline"] = rest
            elif word in ("cover", "ink", "tick", "arrow"):
                pages[-1]["items"].append((word, smart(rest) if word == "cover" else rest))
            elif word == "box":
                box = Box(rest.strip())
                pages[-1]["items"].append(("box", box))
            else:
                box.marks.append((word, smart(rest) if word in ("hl", "ul", "circle") else rest))
        else:
            box.lines.append(smart(raw))
    return meta, pages


def layout_box(box, x, width):
    """Return drawing ops for the box's typed text, in box-relative y (0 = top, down negative)."""
    ops, y = [], 0.0
    ink = (0.08, 0.08, 0.08)
    for ln in box.lines:
        # font, size, colour, indent, leading, label
        if ln.startswith("# "):
            text, (font, size, rgb, indent, lead, lab) = ln[2:], STYLE["h1"]
        elif ln.startswith("## "):
            text, (font, size, rgb, indent, lead, lab) = ln[3:], STYLE["h2"]
        elif ln.startswith("- "):
            text, (font, size, rgb, indent, lead, lab) = ln[2:], STYLE["bullet"]
        elif re.match(r"\d+\. ", ln):
            lab, _, text = ln.partition(" ")
            font, size, rgb, indent, lead = "LS", BODY, ink, 13, LEAD
        else:
            text, (font, size, rgb, indent, lead, lab) = ln, STYLE["para"]
        wrapped = wrap(text, font, size, width - indent)
        for k, (t, start) in enumerate(wrapped):
            y -= lead
            ops.append({"x": x + indent, "y": y, "text": t, "font": font, "size": size,
                        "rgb": rgb, "para": text, "start": start,
                        "label": lab if k == 0 else None, "lx": x + 1})
        y -= 3.0
    return ops, y


def find_span(ops, needle):
    """(op, x0, x1) pieces of the lines that hold needle."""
    for op in ops:
        i = op["para"].find(needle)
        if i < 0:
            continue
        a, b = i, i + len(needle)
        out = []
        for o in ops:
            if o["para"] is not op["para"] and o["para"] != op["para"]:
                continue
            s, e = o["start"], o["start"] + len(o["text"])
            lo, hi = max(a, s), min(b, e)
            if lo < hi:
                x0 = o["x"] + pdfmetrics.stringWidth(o["text"][:lo - s], o["font"], o["size"])
                x1 = o["x"] + pdfmetrics.stringWidth(o["text"][:hi - s], o["font"], o["size"])
                out.append((o, x0, x1))
        return out
    raise ValueError("mark not found: %r" % needle)


def draw_rathas(c, pen, x, top, rnd):
    """A quick sketch of the five ratha roofs with labels in ink."""
    blue = INK["blue"]
    base = top - 78
    xs = [x + 10, x + 100, x + 190, x + 280, x + 370]
    def rect(x0, y0, w, h, closed=True):
        pts = [(x0, y0), (x0, y0 + h), (x0 + w, y0 + h), (x0 + w, y0)]
        stroke(c, pts + [(x0, y0)] if closed else pts, blue, 1.2, rnd)

    def dome(cx, cy, rx, ry):
        stroke(c, ellipse_pts(cx, cy, rx, ry, turns=0.5, start=0), blue, 1.2, rnd)

    # Draupadi: hut roof
    x0 = xs[0]
    stroke(c, [(x0, base), (x0, base + 30), (x0 + 8, base + 44), (x0 + 22, base + 52),
               (x0 + 36, base + 44), (x0 + 44, base + 30), (x0 + 44, base), (x0, base)],
           blue, 1.2, rnd)
    # Arjuna: two tiers + cupola
    x0 = xs[1]
    rect(x0, base, 50, 22)
    stroke(c, [(x0 + 8, base + 22), (x0 + 8, base + 36), (x0 + 42, base + 36),
               (x0 + 42, base + 22)], blue, 1.2, rnd)
    dome(x0 + 25, base + 43, 10, 7)
    # Bhima: wagon vault
    x0 = xs[2]
    rect(x0, base, 62, 24)
    dome(x0 + 31, base + 24, 31, 14)
    # Dharmaraja: three tiers
    x0 = xs[3]
    for k, (a, b) in enumerate([(0, 56), (7, 49), (14, 42)]):
        rect(x0 + a, base + 16 * k, b - a, 16, closed=False)
    dome(x0 + 28, base + 52, 8, 6)
    # Nakula-Sahadeva: apsidal
    x0 = xs[4]
    stroke(c, [(x0, base), (x0, base + 26), (x0 + 30, base + 26)], blue, 1.2, rnd)
    stroke(c, ellipse_pts(x0 + 30, base + 13, 14, 13, n=20, turns=0.5, start=-math.pi / 2),
           blue, 1.2, rnd)
    stroke(c, [(x0, base), (x0 + 30, base)], blue, 1.2, rnd)
    labels = ["hut", "2 tiers", "wagon", "3 tiers", "apse"]
    for x0, lab in zip(xs, labels):
        pen.write(c, x0 + 2, base - 14, lab, 11, INK["red"], rnd)
    stroke(c, line_pts(x + 2, top - 6, x + 150, top - 6), INK["red"], 0.9, rnd, jitter=0.3)


def dotted(c):
    c.saveState()
    c.setStrokeGray(0.72)
    c.setLineWidth(1.15)
    c.setLineCap(1)
    p = c.beginPath()
    step = 17.0
    y = 22.0
    while y < H - 10:
        x = 20.0
        while x < W - 10:
            p.moveTo(round(x, 2), round(y, 2))
            p.lineTo(round(x, 2), round(y, 2))
            x += step
        y += step
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def cover(c, lines, rnd):
    c.saveState()
    c.setFillColorRGB(0.13, 0.33, 0.36)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0.10, 0.27, 0.30)
    c.rect(0, 0, 34, H, stroke=0, fill=1)
    c.setFillColorRGB(0.97, 0.95, 0.89)
    c.roundRect(110, 470, 400, 190, 12, stroke=0, fill=1)
    c.setStrokeColorRGB(0.75, 0.68, 0.52)
    c.setLineWidth(1.2)
    c.roundRect(118, 478, 384, 174, 9, stroke=1, fill=0)
    y = 620
    for k, t in enumerate(lines):
        font, size = ("LS-Bold", 22) if k == 0 else ("LS", 13 if k == 1 else 10.5)
        c.setFillColorRGB(0.12, 0.12, 0.12)
        c.setFont(font, size)
        c.drawCentredString(310, y, t)
        y -= 34 if k == 0 else 24
    c.restoreState()


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    pdfmetrics.registerFont(TTFont("LS", os.path.join(TTF_DIR, "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LS-Bold", os.path.join(TTF_DIR, "LiberationSans-Bold.ttf")))
    meta, pages = parse(SRC)
    pen = Pen()
    rnd = random.Random(284)
    c = canvas.Canvas(out_path, pagesize=(W, H), invariant=1, pageCompression=1,
                      initialFontName="LS", initialFontSize=BODY)
    c.setTitle(meta["title"])
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("Goodnotes")
    c.setProducer("iOS Version 17.5.1 (Build 21F90) Quartz PDFContext")
    for pno, page in enumerate(pages):
        key = "p%d" % pno
        if page["cover"]:
            cover(c, [r for w, r in page["items"] if w == "cover"], rnd)
        else:
            dotted(c)
        c.bookmarkPage(key)
        if page["outline"]:
            c.addOutlineEntry(page["outline"], key, level=0)
        y_row, row_bottom = TOP, TOP
        for word, item in page["items"]:
            if word == "ink":
                head, _, text = item.partition("|")
                x, y, size, col = head.split()
                pen.write(c, float(x), float(y), text.strip(), float(size), INK[col], rnd)
                continue
            if word == "arrow":
                x0, y0, x1, y1, col = item.split()
                x0, y0, x1, y1 = float(x0), float(y0), float(x1), float(y1)
                stroke(c, line_pts(x0, y0, x1, y1), INK[col], 1.2, rnd, jitter=0.4)
                a = math.atan2(y1 - y0, x1 - x0)
                for da in (2.6, -2.6):
                    stroke(c, [(x1 + 7 * math.cos(a + da), y1 + 7 * math.sin(a + da)), (x1, y1)],
                           INK[col], 1.2, rnd, jitter=0.3)
                continue
            if word == "tick":
                x, y = (float(v) for v in item.split())
                stroke(c, [(x, y + 6), (x + 5, y), (x + 16, y + 16)], INK["red"], 1.8, rnd,
                       jitter=0.3)
                continue
            if word != "box":
                continue
            box = item
            if box.pos in ("full", "left"):
                y_row = row_bottom
            x, width = COLS[box.pos]
            ops, h = layout_box(box, x, width)
            extra = 96 if ("sketch", "rathas") in box.marks else 0
            top = y_row
            for op in ops:
                c.setFont(op["font"], op["size"])
                c.setFillColorRGB(*op["rgb"])
                if op["label"]:
                    c.drawString(op["lx"], top + op["y"], op["label"])
                c.drawString(op["x"], top + op["y"], op["text"])
            for mark, arg in box.marks:
                if mark == "hl":
                    for o, x0, x1 in find_span(ops, arg):
                        yy = top + o["y"] + 3.2
                        stroke(c, line_pts(x0 - 1, yy, x1 + 1, yy, 6), (1.0, 0.89, 0.2), 11.5,
                               rnd, alpha=0.42, cap=0, jitter=0.25)
                elif mark == "ul":
                    for o, x0, x1 in find_span(ops, arg):
                        yy = top + o["y"] - 2.4
                        stroke(c, line_pts(x0, yy, x1, yy), INK["red"], 1.1, rnd, jitter=0.45)
                elif mark == "circle":
                    o, x0, x1 = find_span(ops, arg)[0]
                    cx, rx = (x0 + x1) / 2, (x1 - x0) / 2 + 5
                    stroke(c, ellipse_pts(cx, top + o["y"] + 3.3, rx, 7.5), INK["red"], 1.1, rnd)
                elif mark == "star":
                    stroke(c, star_pts(22, top - 10, 7.5), INK["red"], 1.2, rnd, jitter=0.4)
                elif mark == "note":
                    head, _, text = arg.partition("|")
                    dx, dy, size, col = head.split()
                    yy = top + float(dy) - 12
                    for part in text.strip().split(" / "):
                        sz = float(size)
                        while pen.width(part, sz) > 100 and sz > 8:
                            sz -= 0.5
                        pen.write(c, 486 + float(dx), yy, part, sz, INK[col], rnd)
                        yy -= sz + 3
                elif mark == "sketch":
                    draw_rathas(c, pen, x, top + h - 4, rnd)
            bottom = top + h - extra - 12
            row_bottom = min(row_bottom, bottom) if box.pos == "right" else bottom
            if box.pos == "left":
                row_bottom = bottom
            if bottom < 30:
                raise SystemExit("page %d overflows (%.1f)" % (pno + 1, bottom))
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
