#!/usr/bin/python3
"""Make docs/sickle-cell-science-onenote.pdf from tools/sickle-cell-science-onenote.txt.

The PDF imitates a OneNote 2016 page printed with File > Print > Microsoft Print to PDF in
landscape (A4, 842 x 595 pt) without "scale content to paper width": the page title in
large type with OneNote's thin rule under it and the date and time stamp in grey, on the
first sheet only; note containers placed freely on the wide page canvas (side by side, level
with one another or a little higher or lower, indented by odd amounts), which the print job
cuts into sheets between lines and table rows, never through one, so containers run on
across sheets; no header, footer or page number. OneNote tags are drawn as icons in the
container's gutter (the To Do box, empty or with a green tick; the Important star), so their
names do not appear in the text. Pasted web text keeps the source's serif font and US
spelling, with OneNote's small grey "Pasted from <url>" line under it. Tables have thin grey
borders and a bold header row.

Source markup: see the comment lines at the top of the source file.
Run from anywhere: /usr/bin/python3 tools/make_pdf.py (reportlab invariant=1, so the output
is byte-for-byte reproducible).
"""
import math
import os
import re

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sickle-cell-science-onenote.txt")
OUT = os.path.join(HERE, "..", "docs", "sickle-cell-science-onenote.pdf")

PW, PH = landscape(A4)
LM, TM, BM = 36.0, 34.0, 32.0
AREA = PH - TM - BM
OVERHANG = BM - 10.0
GUTTER = 16.0          # room left of a container's text for tag icons

STY = {
    "P": dict(font="Helvetica", size=10, lead=12.4, color="#000000", before=0, indent=0),
    "B": dict(font="Helvetica", size=10, lead=12.4, color="#000000", before=1, indent=13),
    "B2": dict(font="Helvetica", size=10, lead=12.4, color="#000000", before=0, indent=26),
    "H1": dict(font="Helvetica", size=14, lead=17.5, color="#1E4E79", before=2, indent=0),
    "H2": dict(font="Helvetica-Bold", size=11, lead=14, color="#2E75B5", before=2, indent=0),
    "CLIP": dict(font="Times-Roman", size=10.5, lead=12.8, color="#222222", before=0, indent=0),
    "SRC": dict(font="Helvetica", size=8, lead=11, color="#595959", before=2, indent=0),
    "CELL": dict(font="Helvetica", size=9.5, lead=11.4, color="#000000", before=0, indent=0),
}
BULLET = {"B": ("\u2022", 3), "B2": ("\u2013", 16)}


def bold_of(font):
    return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(font, font)


def runs(text, font):
    out = []
    for i, part in enumerate(text.split("**")):
        if part:
            out.append((part, bold_of(font) if i % 2 else font))
    return out


def wrap(text, font, size, width):
    """Greedy word wrap of '**bold**' runs; a line is a list of (text, font)."""
    words = []
    for t, f in runs(text, font):
        for m in re.finditer(r"\S+|\s+", t):
            words.append((m.group(0), f))
    lines, cur, w = [], [], 0.0
    for tok, f in words:
        if tok.isspace():
            if cur:
                cur.append((" ", f))
                w += stringWidth(" ", f, size)
            continue
        tw = stringWidth(tok, f, size)
        if cur:
            trail = stringWidth(" ", cur[-1][1], size) if cur[-1][0] == " " else 0.0
            if w - trail + tw > width:
                while cur and cur[-1][0] == " ":
                    cur.pop()
                lines.append(cur)
                cur, w = [], 0.0
        cur.append((tok, f))
        w += tw
    while cur and cur[-1][0] == " ":
        cur.pop()
    if cur:
        lines.append(cur)
    merged = []
    for line in lines:
        m = []
        for t, f in line:
            if m and m[-1][1] == f:
                m[-1] = (m[-1][0] + t, f)
            else:
                m.append((t, f))
        merged.append(m)
    return merged


class Unit:
    """One thing the print job will not cut: a line of text or a table row."""

    def __init__(self, top, height):
        self.top, self.height, self.ops = top, height, []

    @property
    def bottom(self):
        return self.top + self.height


def parse():
    meta, conts = {}, []
    for raw in open(SRC, encoding="utf-8").read().split("\n"):
        if not raw.strip() or raw.startswith("% "):
            continue
        if raw.startswith("%title "):
            meta["title"] = raw[7:]
        elif raw.startswith("%stamp "):
            meta["stamp"] = raw[7:].split("|")
        elif raw.startswith("%container "):
            parts = raw.split()
            opts = dict(p.split("=", 1) for p in parts[2:])
            conts.append(dict(id=parts[1], opts=opts, items=[]))
        else:
            conts[-1]["items"].append(raw)
    return meta, conts


def draw_text_line(unit, x, base, line, size, color):
    def op(c, dy):
        c.setFillColor(HexColor(color))
        xx = x
        for t, f in line:
            c.setFont(f, size)
            c.drawString(xx, dy - base, t)
            xx += stringWidth(t, f, size)
    unit.ops.append(op)


def tag_icon(unit, x, base, kind):
    def op(c, dy):
        y = dy - base
        c.saveState()
        if kind in ("TODO", "DONE"):
            c.setStrokeColor(HexColor("#3B6BB5"))
            c.setLineWidth(0.8)
            c.setFillColor(HexColor("#FFFFFF"))
            c.rect(x, y - 1, 8.5, 8.5, stroke=1, fill=1)
            if kind == "DONE":
                c.setStrokeColor(HexColor("#2E8B2E"))
                c.setLineWidth(1.4)
                p = c.beginPath()
                p.moveTo(x + 1.6, y + 3.4)
                p.lineTo(x + 3.6, y + 1.0)
                p.lineTo(x + 7.6, y + 7.2)
                c.drawPath(p, stroke=1, fill=0)
        else:
            cx, cy, r1, r2 = x + 4.5, y + 3.6, 5.0, 2.1
            p = c.beginPath()
            for i in range(10):
                a = math.pi / 2 + i * math.pi / 5
                r = r1 if i % 2 == 0 else r2
                px, py = cx + r * math.cos(a), cy + r * math.sin(a)
                if i == 0:
                    p.moveTo(px, py)
                else:
                    p.lineTo(px, py)
            p.close()
            c.setFillColor(HexColor("#FFC000"))
            c.setStrokeColor(HexColor("#BF8F00"))
            c.setLineWidth(0.5)
            c.drawPath(p, stroke=1, fill=1)
        c.restoreState()
    unit.ops.append(op)


def layout_container(cont, top):
    opts = cont["opts"]
    x0 = LM + float(opts["x"]) + GUTTER
    width = float(opts["w"]) - GUTTER
    units, y = [], top
    table = None

    def flush_table():
        nonlocal y, table
        if not table:
            return
        widths, rows = table
        for bold, cells in rows:
            st = STY["CELL"]
            font = "Helvetica-Bold" if bold else st["font"]
            wrapped = [wrap(c, font, st["size"], w - 8) for c, w in zip(cells, widths)]
            h = max(len(w) for w in wrapped) * st["lead"] + 5
            u = Unit(y, h)
            xx = x0
            for cell_lines, w in zip(wrapped, widths):
                for i, line in enumerate(cell_lines):
                    draw_text_line(u, xx + 4, 2.5 + st["size"] + i * st["lead"] - 1.2, line,
                                   st["size"], st["color"])
                cx, cw = xx, w

                def grid(c, dy, cx=cx, cw=cw, h=h):
                    c.saveState()
                    c.setStrokeColor(HexColor("#A6A6A6"))
                    c.setLineWidth(0.5)
                    c.rect(cx, dy - h, cw, h, stroke=1, fill=0)
                    c.restoreState()
                u.ops.append(grid)
                xx += w
            units.append(u)
            y += h
        y += 4
        table = None

    for item in cont["items"]:
        kind, _, text = item.partition(" ")
        if kind == "TABLE":
            flush_table()
            table = ([float(v) for v in text.split("|")], [])
            continue
        if kind in ("HROW", "ROW"):
            table[1].append((kind == "HROW", text.split("|")))
            continue
        flush_table()
        tag = None
        if kind in ("TODO", "DONE", "IMP"):
            tag, kind = kind, "P"
        if kind == "SRC":
            text = "Pasted from <%s>" % text
        st = STY[kind]
        y += st["before"]
        indent = st["indent"]
        lines = wrap(text, st["font"], st["size"], width - indent)
        for i, line in enumerate(lines):
            u = Unit(y, st["lead"])
            base = st["size"] + (st["lead"] - st["size"]) / 2 - 1
            if i == 0 and kind in BULLET:
                sym, bx = BULLET[kind]
                draw_text_line(u, x0 + bx, base, [(sym, "Helvetica")], st["size"], st["color"])
            if i == 0 and tag:
                tag_icon(u, x0 - GUTTER + 3, base, tag)
            draw_text_line(u, x0 + indent, base, line, st["size"], st["color"])
            units.append(u)
            y += st["lead"]
        if kind == "CLIP":
            y += 2
    flush_table()
    return units, y


def layout(meta, conts):
    units = []
    t = Unit(0, 62)

    def title_op(c, dy):
        c.setFillColor(HexColor("#000000"))
        c.setFont("Helvetica", 20)
        c.drawString(LM, dy - 22, meta["title"])
        c.setStrokeColor(HexColor("#A0A0A0"))
        c.setLineWidth(0.6)
        c.line(LM, dy - 30, LM + 470, dy - 30)
        c.setFillColor(HexColor("#767676"))
        c.setFont("Helvetica", 9.5)
        c.drawString(LM, dy - 44, meta["stamp"][0])
        c.drawString(LM + 150, dy - 44, meta["stamp"][1])
    t.ops.append(title_op)
    units.append(t)
    tops, bottoms = {}, {}
    for cont in conts:
        o = cont["opts"]
        if "after" in o:
            top = max(bottoms[i] for i in o["after"].split(",")) + float(o.get("gap", 0))
        else:
            m = re.fullmatch(r"(\w+)([+-]\d+(?:\.\d+)?)", o["top"])
            top = tops[m.group(1)] + float(m.group(2)) if m else float(o["top"])
        us, bottom = layout_container(cont, top)
        tops[cont["id"]], bottoms[cont["id"]] = top, bottom
        units.extend(us)
    return units


def paginate(units):
    """Cut the canvas into sheets. A line or row whose top lies above the cut is printed
    whole on the sheet, running into the bottom margin if it must; only a unit that would run
    too far (OVERHANG) pushes the cut up to its top."""
    pages, start = [], 0.0
    end = max(u.top for u in units)
    while start <= end:
        cut = start + AREA
        moved = True
        while moved:
            moved = False
            for u in units:
                if start <= u.top < cut and u.bottom > cut + OVERHANG:
                    cut = u.top
                    moved = True
        pages.append((start, [u for u in units if start <= u.top < cut]))
        start = cut
    return pages


def build():
    meta, conts = parse()
    units = layout(meta, conts)
    pages = paginate(units)
    c = canvas.Canvas(OUT, pagesize=(PW, PH), invariant=1, pageCompression=1)
    c.setTitle(meta["title"])
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("Microsoft\u00ae OneNote\u00ae 2016")
    c.setProducer("Microsoft: Print To PDF")
    for offset, page in pages:
        for u in page:
            for op in u.ops:
                op(c, PH - TM - (u.top - offset))
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
