#!/usr/bin/python3
"""Make docs/whiteboard-vice-president-2025.pdf from tools/whiteboard-vice-president-2025.txt.

The output imitates a Microsoft Whiteboard board exported as PDF: one large page cut to the
board's content (3130 x 2060 pt) on the board's light canvas colour with its faint dot grid;
a KWL chart template (three rounded columns with coloured header bars); sticky notes as
coloured squares or oblongs with a soft drop shadow and centred text that shrinks to fit the note; a
note grid; plain text boxes with bullets; connector arrows; a drawn timeline; pen strokes
(ink, exported as plain vector paths with round caps, no text); reaction stickers; an inserted
screenshot (an image with no text layer). Text is real text in embedded subsets of DejaVu
Sans, so pdftotext reads it note by note. Creator and Producer are "Microsoft Whiteboard";
the creation date is the export time, fixed through SOURCE_DATE_EPOCH.

Run: /usr/bin/python3 tools/make_whiteboard.py [output path]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys
import zlib

# the export time (14 Sep 2025, 17:48:06 UTC) as the fixed creation date
os.environ["SOURCE_DATE_EPOCH"] = "1757872086"
from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor, Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "whiteboard-vice-president-2025.txt")
OUT = os.path.join(HERE, "..", "docs", "whiteboard-vice-president-2025.pdf")
FONTS = "/usr/share/fonts/truetype/dejavu"

pdfmetrics.registerFont(TTFont("DejaVuSans", os.path.join(FONTS, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", os.path.join(FONTS, "DejaVuSans-Bold.ttf")))
REG, BOLD = "DejaVuSans", "DejaVuSans-Bold"


def runs(text):
    """Split '**bold** plain' into [(word, bold)] keeping spaces as separators."""
    out = []
    for i, part in enumerate(re.split(r"\*\*", text)):
        for w in part.split(" "):
            if w:
                out.append((w, i % 2 == 1))
    return out


def wrap(text, size, width):
    """Greedy word wrap; returns lines as lists of (word, bold)."""
    lines = []
    for para in text.split(" ¶ "):
        cur, cur_w = [], 0.0
        space = pdfmetrics.stringWidth(" ", REG, size)
        for w, b in runs(para):
            ww = pdfmetrics.stringWidth(w, BOLD if b else REG, size)
            if cur and cur_w + space + ww > width:
                lines.append(cur)
                cur, cur_w = [], 0.0
            cur_w += (space if cur else 0) + ww
            cur.append((w, b))
        if cur:
            lines.append(cur)
    return lines


def line_width(line, size):
    space = pdfmetrics.stringWidth(" ", REG, size)
    return sum(pdfmetrics.stringWidth(w, BOLD if b else REG, size) for w, b in line) + space * (len(line) - 1)


def draw_line(c, line, x, y, size, colour):
    t = c.beginText(x, y)
    t.setFillColor(colour)
    cur = None
    for i, (w, b) in enumerate(line):
        f = BOLD if b else REG
        if f != cur:
            t.setFont(f, size)
            cur = f
        t.textOut(("" if i == 0 else " ") + w)
    c.drawText(t)


class Board:
    def __init__(self, c, h):
        self.c, self.h = c, h

    def Y(self, y):
        return self.h - y

    def box(self, x, y, w, h, fill, stroke, r):
        c = self.c
        c.setFillColor(HexColor(fill))
        c.setStrokeColor(HexColor(stroke))
        c.setLineWidth(1.5)
        c.roundRect(x, self.Y(y + h), w, h, r, stroke=1, fill=1)

    def note(self, x, y, w, h, colour, text):
        c = self.c
        pad = 16 if h == 0 else min(16, h * 0.18)
        if h == 0:
            size = 14
            lines = wrap(text, size, w - 2 * pad)
            h = max(90, len(lines) * size * 1.3 + 2 * pad)
        else:
            for size in (15, 14, 13, 12, 11, 10, 9):
                lines = wrap(text, size, w - 2 * pad)
                if len(lines) * size * 1.3 <= h - 2 * pad + 4:
                    break
        c.setFillColor(Color(0, 0, 0, alpha=0.10))
        c.rect(x + 2, self.Y(y + h) - 3, w, h, stroke=0, fill=1)
        c.setFillColor(HexColor(colour))
        c.rect(x, self.Y(y + h), w, h, stroke=0, fill=1)
        lead = size * 1.3
        top = y + (h - len(lines) * lead) / 2 + size
        for i, ln in enumerate(lines):
            lw = line_width(ln, size)
            draw_line(c, ln, x + (w - lw) / 2, self.Y(top + i * lead), size, HexColor("#201f1e"))
        return h

    def text(self, x, y, w, size, colour, text):
        lines = wrap(text, size, w)
        lead = size * 1.38
        for i, ln in enumerate(lines):
            draw_line(self.c, ln, x, self.Y(y + size + i * lead), size, HexColor(colour))

    def head(self, x, y, size, colour, text):
        c = self.c
        c.setFont(BOLD, size)
        c.setFillColor(HexColor(colour))
        c.drawString(x, self.Y(y + size), text)

    def line(self, x1, y1, x2, y2, colour, width, arrow):
        c = self.c
        c.setStrokeColor(HexColor(colour))
        c.setLineWidth(width)
        c.setLineCap(1)
        c.line(x1, self.Y(y1), x2, self.Y(y2))
        if arrow:
            p = c.beginPath()
            p.moveTo(x2, self.Y(y2))
            p.lineTo(x2 - 10, self.Y(y2) + 5)
            p.lineTo(x2 - 10, self.Y(y2) - 5)
            p.close()
            c.setFillColor(HexColor(colour))
            c.drawPath(p, stroke=0, fill=1)

    def dot(self, x, y, r, colour):
        self.c.setFillColor(HexColor(colour))
        self.c.circle(x, self.Y(y), r, stroke=0, fill=1)

    def ink(self, colour, width, strokes):
        c = self.c
        c.setStrokeColor(HexColor(colour))
        c.setLineWidth(width)
        c.setLineCap(1)
        c.setLineJoin(1)
        for stroke in strokes:
            pts = [tuple(float(v) for v in p.split(",")) for p in stroke.split()]
            path = c.beginPath()
            path.moveTo(pts[0][0], self.Y(pts[0][1]))
            if len(pts) == 2:
                path.lineTo(pts[1][0], self.Y(pts[1][1]))
            for i in range(1, len(pts) - 1):
                (x0, y0), (x1, y1), (x2, y2) = pts[i - 1], pts[i], pts[i + 1]
                mx, my = (x1 + x2) / 2, (y1 + y2) / 2
                path.curveTo(x1, self.Y(y1), x1, self.Y(y1), mx, self.Y(my))
            if len(pts) > 2:
                path.lineTo(pts[-1][0], self.Y(pts[-1][1]))
            c.drawPath(path, stroke=1, fill=0)

    def react(self, x, y, kind):
        c = self.c
        c.setFillColor(HexColor("#ffffff"))
        c.setStrokeColor(HexColor("#d5d2cc"))
        c.setLineWidth(1)
        c.circle(x, self.Y(y), 16, stroke=1, fill=1)
        cx, cy = x, self.Y(y)
        p = c.beginPath()
        if kind == "heart":
            p.moveTo(cx, cy - 8)
            p.curveTo(cx - 14, cy + 2, cx - 6, cy + 12, cx, cy + 4)
            p.curveTo(cx + 6, cy + 12, cx + 14, cy + 2, cx, cy - 8)
            c.setFillColor(HexColor("#e8414e"))
        elif kind == "like":
            p.rect(cx - 8, cy - 8, 4, 9)
            p.moveTo(cx - 3, cy - 8)
            p.lineTo(cx + 7, cy - 8)
            p.lineTo(cx + 9, cy + 1)
            p.lineTo(cx + 2, cy + 1)
            p.lineTo(cx + 3, cy + 9)
            p.lineTo(cx - 1, cy + 9)
            p.lineTo(cx - 3, cy + 1)
            p.close()
            c.setFillColor(HexColor("#f4b400"))
        else:
            import math
            for i in range(10):
                r = 10 if i % 2 == 0 else 4.2
                a = math.pi / 2 + i * math.pi / 5
                (p.moveTo if i == 0 else p.lineTo)(cx + r * math.cos(a), cy + r * math.sin(a))
            p.close()
            c.setFillColor(HexColor("#f7b500"))
        c.drawPath(p, stroke=0, fill=1)

    def image(self, x, y, w, h):
        """A screenshot of a press note: grey title band and lines of 'text' as pixels."""
        iw, ih = 190, 105
        rows = []
        for yy in range(ih):
            row = bytearray([0])
            for xx in range(iw):
                v = 255
                if 6 <= yy <= 12 and 40 <= xx <= 150:
                    v = 90
                elif yy > 20 and yy % 6 in (0, 1) and 12 <= xx <= 178 - (yy * 7) % 40:
                    v = 150
                row += bytes([v, v, v])
            rows.append(bytes(row))
        import io
        import struct

        def chunk(kind, data):
            out = struct.pack(">I", len(data)) + kind + data
            return out + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

        png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", iw, ih, 8, 2, 0, 0, 0))
               + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))
        self.c.setFillColor(Color(0, 0, 0, alpha=0.12))
        self.c.rect(x + 3, self.Y(y + h) - 4, w, h, stroke=0, fill=1)
        self.c.drawImage(ImageReader(io.BytesIO(png)), x, self.Y(y + h), w, h)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip() and not l.startswith("#")]
    head, _, _ = lines[0].partition("|")
    _, pw, ph = head.split()
    pw, ph = float(pw), float(ph)
    c = canvas.Canvas(out, pagesize=(pw, ph), pageCompression=1, initialFontName=REG, initialFontSize=12)
    c.setTitle("Vice-President – election, removal & 2025 poll")
    c.setAuthor("GS2 Polity circle")
    c.setCreator("Microsoft Whiteboard")
    c.setProducer("Microsoft Whiteboard")
    c.setSubject("")
    b = Board(c, ph)
    for line in lines[1:]:
        spec, _, text = line.partition(" | ")
        a = spec.split()
        kind = a[0]
        if kind == "BG":
            c.setFillColor(HexColor(a[1]))
            c.rect(0, 0, pw, ph, stroke=0, fill=1)
            c.setFillColor(HexColor("#dcd9d4"))
            for gx in range(20, int(pw), 40):
                for gy in range(20, int(ph), 40):
                    c.circle(gx, gy, 0.9, stroke=0, fill=1)
        elif kind == "BOX":
            b.box(float(a[1]), float(a[2]), float(a[3]), float(a[4]), a[5], a[6], float(a[7]))
        elif kind == "HEAD":
            b.head(float(a[1]), float(a[2]), float(a[3]), a[4], text)
        elif kind == "TEXT":
            b.text(float(a[1]), float(a[2]), float(a[3]), float(a[4]), a[5], text)
        elif kind == "NOTE":
            b.note(float(a[1]), float(a[2]), float(a[3]), float(a[4]), a[5], text)
        elif kind == "LINE":
            b.line(float(a[1]), float(a[2]), float(a[3]), float(a[4]), a[5], float(a[6]),
                   len(a) > 7 and a[7] == "arrow")
        elif kind == "DOT":
            b.dot(float(a[1]), float(a[2]), float(a[3]), a[4])
        elif kind == "INK":
            b.ink(a[1], float(a[2]), text.split(" ¶ "))
        elif kind == "REACT":
            b.react(float(a[1]), float(a[2]), a[3])
        elif kind == "IMG":
            b.image(float(a[1]), float(a[2]), float(a[3]), float(a[4]))
        else:
            raise SystemExit("unknown line: %r" % line)
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
