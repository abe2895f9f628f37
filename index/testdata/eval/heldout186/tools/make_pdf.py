#!/usr/bin/python3
"""Re-make docs/cropping-patterns.pdf from tools/cropping-patterns.txt.

The PDF imitates a OneNote page printed to PDF: the page title with its date and time stamp
under it, note containers placed at different x positions (one beside another), typed
bullets, a hand-drawn (ink) bullet list, OneNote tags (Important star, To Do boxes), tables
with light borders, a running header after the first sheet and "Page N of M" at every foot.
Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

Source markup: @title, @stamp date|time, @section, @container x= w= gap= [beside],
"# " Heading 1, "## " Heading 2, "- " typed bullet, "~ " ink bullet, "1. " numbered,
"* " Important tag, "[x] "/"[ ] " To Do tag, @table widths ... @endtable (cells split on " | ").
"""
import math
import os
import random

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cropping-patterns.txt")
OUT = os.path.join(HERE, "..", "docs", "cropping-patterns.pdf")

W, H = A4
LEFT = 52
TOP = 58          # depth where content starts on sheets after the first
BOTTOM = H - 60   # deepest depth a line may reach
BODY = ("Helvetica", 10.5, 13.6)
H1 = ("Helvetica", 15, 20)
H2 = ("Helvetica-Bold", 12, 16)
GREY = colors.HexColor("#767676")
H1C = colors.HexColor("#1E4E79")
H2C = colors.HexColor("#2E75B5")
INK = colors.HexColor("#1A3C9E")
TEXT = colors.HexColor("#000000")


class Layout:
    def __init__(self):
        self.pages = [[]]
        self.d = 0.0

    def op(self, *a):
        self.pages[-1].append(a)

    def need(self, h):
        if self.d + h > BOTTOM:
            self.pages.append([])
            self.d = TOP

    @property
    def page(self):
        return len(self.pages) - 1


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def lay_container(L, c):
    x0 = LEFT + c["x"]
    w = c["w"]
    for kind, payload in c["items"]:
        if kind == "h1":
            f, s, lh = H1
            for ln in wrap(payload, f, s, w):
                L.need(lh)
                L.op("text", x0, L.d + s, f, s, H1C, ln)
                L.d += lh
            if c.get("ink_underline"):
                L.op("inkline", x0, L.d - 2, min(w, 9 + 8.2 * len(payload)))
            L.d += 2
        elif kind == "h2":
            f, s, lh = H2
            L.d += 3
            for ln in wrap(payload, f, s, w):
                L.need(lh)
                L.op("text", x0, L.d + s, f, s, H2C, ln)
                L.d += lh
            L.d += 1
        elif kind in ("bullet", "ink", "num", "star", "todo"):
            f, s, lh = BODY
            if kind == "num":
                mark, text = payload.split(" ", 1)
                ind = 16
            elif kind == "todo":
                done, text = payload
                ind = 18
            else:
                text = payload
                ind = 18 if kind == "ink" else 14
            lines = wrap(text, f, s, w - ind)
            for i, ln in enumerate(lines):
                L.need(lh)
                if i == 0:
                    if kind == "bullet":
                        L.op("text", x0 + 3, L.d + s, f, s, TEXT, "\u2022")
                    elif kind == "num":
                        L.op("text", x0, L.d + s, f, s, TEXT, mark)
                    elif kind == "ink":
                        L.op("inkdot", x0 + 6, L.d + s - 3.6)
                    elif kind == "star":
                        L.op("star", x0 + 6, L.d + s - 3.8)
                    elif kind == "todo":
                        L.op("todo", x0 + 1, L.d + s - 8.5, done)
                L.op("text", x0 + ind, L.d + s, f, s, TEXT, ln)
                L.d += lh
            L.d += 2.5 if kind == "ink" else 1
        elif kind == "para":
            f, s, lh = BODY
            for ln in wrap(payload, f, s, w):
                L.need(lh)
                L.op("text", x0, L.d + s, f, s, TEXT, ln)
                L.d += lh
            L.d += 4
        elif kind == "table":
            widths, rows = payload
            f, s, lh = "Helvetica", 9.5, 12
            L.d += 2
            for r, row in enumerate(rows):
                font = "Helvetica-Bold" if r == 0 else f
                cells = [wrap(t, font, s, cw - 8) for t, cw in zip(row, widths)]
                rh = max(len(cl) for cl in cells) * lh + 6
                L.need(rh)
                cx = x0
                for cl, cw in zip(cells, widths):
                    L.op("rect", cx, L.d, cw, rh, r == 0)
                    for k, ln in enumerate(cl):
                        L.op("text", cx + 4, L.d + 3 + s + k * lh, font, s, TEXT, ln)
                    cx += cw
                L.d += rh
            L.d += 6


def parse():
    meta, conts, cur, table = {}, [], None, None
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            line = raw.rstrip()
            if table is not None:
                if line == "@endtable":
                    cur["items"].append(("table", table))
                    table = None
                elif line:
                    table[1].append([c.strip() for c in line.split(" | ")])
                continue
            if not line:
                continue
            if line.startswith("@title "):
                meta["title"] = line[7:]
            elif line.startswith("@stamp "):
                meta["stamp"] = line[7:].split("|")
            elif line.startswith("@section "):
                meta["section"] = line[9:]
            elif line.startswith("@container"):
                opts = dict(p.split("=") for p in line.split()[1:] if "=" in p)
                cur = {"x": float(opts["x"]), "w": float(opts["w"]), "gap": float(opts.get("gap", 0)),
                       "beside": "beside" in line.split(), "items": []}
                conts.append(cur)
            elif line.startswith("@table "):
                table = ([float(x) for x in line[7:].split(",")], [])
            elif line.startswith("## "):
                cur["items"].append(("h2", line[3:]))
            elif line.startswith("# "):
                cur["items"].append(("h1", line[2:]))
            elif line.startswith("- "):
                cur["items"].append(("bullet", line[2:]))
            elif line.startswith("~ "):
                cur["items"].append(("ink", line[2:]))
            elif line.startswith("* "):
                cur["items"].append(("star", line[2:]))
            elif line.startswith("[x] ") or line.startswith("[ ] "):
                cur["items"].append(("todo", (line[1] == "x", line[4:])))
            elif line[:1].isdigit() and line[1:3] == ". ":
                cur["items"].append(("num", line))
            else:
                cur["items"].append(("para", line))
    return meta, conts


def layout(meta, conts):
    L = Layout()
    L.d = 118  # below the title block on the first sheet
    prev_start = prev_end = None
    for c in conts:
        if c["beside"]:
            page0, d0 = prev_start
            assert page0 == L.page, "beside container must start on the current sheet"
            saved_end = (L.page, L.d)
            L.d = d0
            start = (L.page, L.d)
            lay_container(L, c)
            assert L.page == page0, "beside container must fit on its sheet"
            L.op("inkbox", LEFT + c["x"] - 6, d0 - 4, c["w"] + 10, L.d - d0 + 6)
            L.d = max(L.d, saved_end[1])
            prev_start, prev_end = start, (L.page, L.d)
            continue
        L.d += c["gap"]
        if c["items"] and c["items"][0][0] == "h1":
            c["ink_underline"] = c["items"][0][1].startswith("Types")
        L.need(BODY[2])
        start = (L.page, L.d)
        lay_container(L, c)
        prev_start, prev_end = start, (L.page, L.d)
    return L


def wobble_circle(cv, cx, cy, r, rnd):
    pts = []
    for k in range(13):
        a = 2 * math.pi * k / 12 + 0.4
        rr = r * (1 + rnd.uniform(-0.18, 0.18))
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a) * 0.9))
    p = cv.beginPath()
    p.moveTo(*pts[0])
    for a, b in zip(pts[1::2], pts[2::2]):
        p.curveTo(a[0], a[1], a[0], a[1], b[0], b[1])
    cv.drawPath(p, stroke=1, fill=1)


def draw(meta, L):
    cv = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    cv.setTitle(meta["title"])
    cv.setAuthor("")
    cv.setSubject(meta["section"])
    cv.setCreator("Microsoft OneNote")
    total = len(L.pages)
    rnd = random.Random(186)
    for n, ops in enumerate(L.pages, 1):
        if n == 1:
            cv.setFont("Helvetica", 20)
            cv.setFillColor(TEXT)
            cv.drawString(LEFT, H - 62, meta["title"])
            cv.setStrokeColor(colors.HexColor("#A6A6A6"))
            cv.setLineWidth(0.6)
            cv.line(LEFT, H - 70, LEFT + 330, H - 70)
            cv.setFont("Helvetica", 9)
            cv.setFillColor(GREY)
            cv.drawString(LEFT, H - 84, meta["stamp"][0])
            cv.drawString(LEFT + 130, H - 84, meta["stamp"][1])
        else:
            cv.setFont("Helvetica", 8)
            cv.setFillColor(GREY)
            cv.drawString(LEFT, H - 32, meta["title"])
            cv.drawRightString(W - LEFT, H - 32, meta["section"])
            cv.setStrokeColor(colors.HexColor("#BFBFBF"))
            cv.setLineWidth(0.4)
            cv.line(LEFT, H - 37, W - LEFT, H - 37)
        cv.setFont("Helvetica", 8)
        cv.setFillColor(GREY)
        cv.drawCentredString(W / 2, 30, "Page %d of %d" % (n, total))
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, d, f, s, col, t = op
                cv.setFont(f, s)
                cv.setFillColor(col)
                cv.drawString(x, H - d, t)
            elif kind == "rect":
                _, x, d, w, h, head = op
                cv.setStrokeColor(colors.HexColor("#A3A3A3"))
                cv.setLineWidth(0.5)
                if head:
                    cv.setFillColor(colors.HexColor("#EDEDED"))
                    cv.rect(x, H - d - h, w, h, stroke=1, fill=1)
                else:
                    cv.rect(x, H - d - h, w, h, stroke=1, fill=0)
            elif kind == "inkdot":
                _, x, d = op
                cv.setStrokeColor(INK)
                cv.setFillColor(INK)
                cv.setLineWidth(1.1)
                cv.setLineCap(1)
                wobble_circle(cv, x, H - d, 2.4, rnd)
            elif kind == "inkline":
                _, x, d, w = op
                cv.setStrokeColor(INK)
                cv.setLineWidth(1.4)
                cv.setLineCap(1)
                p = cv.beginPath()
                p.moveTo(x - 2, H - d)
                steps = 6
                for k in range(1, steps + 1):
                    xx = x - 2 + w * k / steps
                    p.curveTo(xx - w / steps / 2, H - d + rnd.uniform(-1.6, 1.6),
                              xx - w / steps / 4, H - d + rnd.uniform(-1.6, 1.6), xx, H - d + rnd.uniform(-0.8, 0.8))
                cv.drawPath(p, stroke=1, fill=0)
            elif kind == "inkbox":
                _, x, d, w, h = op
                cv.setStrokeColor(INK)
                cv.setLineWidth(1.2)
                cv.setLineCap(1)
                cv.setLineJoin(1)
                corners = [(x, H - d), (x + w, H - d), (x + w, H - d - h), (x, H - d - h), (x, H - d)]
                p = cv.beginPath()
                p.moveTo(corners[0][0] + rnd.uniform(-2, 2), corners[0][1] + rnd.uniform(-2, 2))
                for (ax, ay), (bx, by) in zip(corners, corners[1:]):
                    p.curveTo(ax + (bx - ax) / 3 + rnd.uniform(-2, 2), ay + (by - ay) / 3 + rnd.uniform(-2, 2),
                              ax + 2 * (bx - ax) / 3 + rnd.uniform(-2, 2), ay + 2 * (by - ay) / 3 + rnd.uniform(-2, 2),
                              bx + rnd.uniform(-2, 2), by + rnd.uniform(-2, 2))
                cv.drawPath(p, stroke=1, fill=0)
            elif kind == "star":
                _, x, d = op
                cy = H - d
                p = cv.beginPath()
                for k in range(10):
                    r = 5 if k % 2 == 0 else 2.2
                    a = math.pi / 2 + k * math.pi / 5
                    px, py = x + r * math.cos(a), cy + r * math.sin(a)
                    if k == 0:
                        p.moveTo(px, py)
                    else:
                        p.lineTo(px, py)
                p.close()
                cv.setStrokeColor(colors.HexColor("#BF8F00"))
                cv.setFillColor(colors.HexColor("#FFD966"))
                cv.setLineWidth(0.6)
                cv.drawPath(p, stroke=1, fill=1)
            elif kind == "todo":
                _, x, d, done = op
                cv.setStrokeColor(colors.HexColor("#404040"))
                cv.setLineWidth(0.7)
                cv.rect(x, H - d - 9, 9, 9, stroke=1, fill=0)
                if done:
                    cv.setStrokeColor(colors.HexColor("#2E7D32"))
                    cv.setLineWidth(1.3)
                    p = cv.beginPath()
                    p.moveTo(x + 1.8, H - d - 4.6)
                    p.lineTo(x + 3.8, H - d - 7.2)
                    p.lineTo(x + 7.6, H - d - 1.6)
                    cv.drawPath(p, stroke=1, fill=0)
        cv.showPage()
    cv.save()


def build():
    meta, conts = parse()
    draw(meta, layout(meta, conts))


if __name__ == "__main__":
    build()
