#!/usr/bin/python3
"""Make docs/niti-aayog-onenote.pdf from tools/niti-aayog-onenote.txt.

The PDF imitates a OneNote 2016 page sent through File > Export > Page > PDF: the page title
in large type at the top of the first printed page only, OneNote's thin rule under it and the
date and time stamp in grey; note containers placed freely on one long canvas (some side by
side, so a printed line can hold two containers' text), which the export then cuts into A4
pages between lines (never through a line or a table row) with no running head or page number;
OneNote tags drawn as icons (Important star, Question mark, To Do boxes with a green tick) or
as highlighting (Remember for later in yellow, Definition in green); pasted web text kept in
the source page's font with a small grey "Pasted from <url>" line under it; a screen clipping
with its "Screen clipping taken:" line; a bordered table; and a Tags Summary container copied
from the Tags pane, which repeats the tagged paragraphs.

Source markup (one item a line): "%title", "%stamp date|time", "%container x= w= gap=|beside",
"H1 ", "H2 ", "P " paragraph, "S " small grey note, "B1 "/"B2 " bullets, "N1 " numbered item,
"T:tag|text" tagged paragraph, "TS:tag|text" summary item, "Q " pasted text, "SRC url",
"TABLE w1|w2|..." then "ROW a|b|...", "CLIP w|h|caption"; "**bold**" inside text.
Run from anywhere: /usr/bin/python3 tools/make_pdf.py (reportlab invariant=1, so the output
is byte-for-byte reproducible).
"""
import os
import re

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "niti-aayog-onenote.txt")
OUT = os.path.join(HERE, "..", "docs", "niti-aayog-onenote.pdf")

PW, PH = A4
LM, TM, BM = 40.0, 38.0, 40.0
TITLE_BLOCK = 66.0

BODY = ("Helvetica", 10.5)
STY = {
    "P": dict(font="Helvetica", size=10.5, lead=13.2, color="#000000", before=0),
    "S": dict(font="Helvetica-Oblique", size=8.5, lead=11, color="#595959", before=0),
    "H1": dict(font="Helvetica", size=15.5, lead=19, color="#1F4E79", before=4),
    "H2": dict(font="Helvetica-Bold", size=11.5, lead=15, color="#2E75B6", before=5),
    "Q": dict(font="Times-Roman", size=10.5, lead=13, color="#202122", before=0),
    "SRC": dict(font="Helvetica", size=8, lead=11, color="#595959", before=1),
    "CELL": dict(font="Helvetica", size=9.5, lead=11.6, color="#000000", before=0),
}


def bold_font(font):
    return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(font, font)


def runs_of(text, font):
    """Split '**bold**' markup into (text, font) runs."""
    out = []
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            out.append((part, bold_font(font) if i % 2 else font))
    return out


def wrap(text, font, size, width):
    """Greedy word wrap of mixed-font runs; returns lines as lists of (text, font)."""
    words = []
    for t, f in runs_of(text, font):
        for m in re.finditer(r"\S+|\s+", t):
            words.append((m.group(0), f))
    lines, cur, cur_w = [], [], 0.0
    for w, f in words:
        if w.isspace():
            if cur:
                cur.append((" ", f))
                cur_w += stringWidth(" ", f, size)
            continue
        ww = stringWidth(w, f, size)
        trail = stringWidth(" ", cur[-1][1], size) if cur and cur[-1][0] == " " else 0
        if cur and cur_w - trail + ww > width and cur_w > 0:
            while cur and cur[-1][0] == " ":
                cur.pop()
            lines.append(cur)
            cur, cur_w = [], 0.0
        cur.append((w, f))
        cur_w += ww
    while cur and cur[-1][0] == " ":
        cur.pop()
    if cur:
        lines.append(cur)
    # merge neighbouring runs of one font
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
    """Something the export will not cut: a line, a table row, a picture."""

    def __init__(self, top, height):
        self.top, self.height, self.ops = top, height, []

    @property
    def bottom(self):
        return self.top + self.height


def parse(path):
    meta, containers = {}, []
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if not raw.strip():
            continue
        if raw.startswith("%title "):
            meta["title"] = raw[7:]
        elif raw.startswith("%stamp "):
            meta["stamp"] = raw[7:].split("|")
        elif raw.startswith("%container"):
            opts = dict(kv.split("=") for kv in raw.split()[1:] if "=" in kv)
            containers.append(dict(x=float(opts["x"]), w=float(opts["w"]),
                                   gap=float(opts.get("gap", 0)), beside="beside" in raw,
                                   items=[]))
        else:
            containers[-1]["items"].append(raw)
    return meta, containers


def layout_container(c, top):
    """Lay out one container from virtual y `top`; returns its units and its bottom."""
    units, y = [], top
    x0, width = LM + c["x"], c["w"]
    num = 0
    table = None
    prev_kind = None
    for item in c["items"]:
        kind, _, text = item.partition(" ")
        tag = None
        if kind.startswith("T:") or kind.startswith("TS:"):
            kind, _, rest = item.partition(":")
            tag, _, text = rest.partition("|")
            kind = "P"
        if kind != "N1":
            num = 0
        if kind == "TABLE":
            table = [float(v) for v in text.split("|")]
            y += 4
            continue
        if kind == "ROW":
            cells = text.split("|")
            header = prev_kind != "ROW"
            st = STY["CELL"]
            font = "Helvetica-Bold" if header else st["font"]
            wrapped = [wrap(t, font, st["size"], w - 8) for t, w in zip(cells, table)]
            h = max(len(l) for l in wrapped) * st["lead"] + 7
            u = Unit(y, h)
            cx = x0
            for lines, w in zip(wrapped, table):
                u.ops.append(("rect", cx, 0, w, h))
                for i, line in enumerate(lines):
                    u.ops.append(("text", cx + 4, 4 + st["size"] + i * st["lead"] - 1.5, line,
                                  st["size"], st["color"]))
                cx += w
            units.append(u)
            y += h
            prev_kind = "ROW"
            continue
        if prev_kind == "ROW":
            y += 6
        if kind == "CLIP":
            w, h, caption = text.split("|")
            w, h = float(w), float(h)
            u = Unit(y, h + 14)
            u.ops.append(("picture", x0, 0, w, h))
            u.ops.append(("text", x0, h + 10, [(caption, "Helvetica")], 8, "#595959"))
            units.append(u)
            y += h + 16
            prev_kind = kind
            continue
        if kind == "SRC":
            text = "Pasted from <%s>" % text
        key = {"B1": "P", "B2": "P", "N1": "P"}.get(kind, kind)
        st = STY[key]
        indent = {"B1": 14, "B2": 30, "N1": 16}.get(kind, 0)
        if kind in ("H1", "H2") and prev_kind is not None:
            y += st["before"]
        if kind == "SRC":
            y += st["before"]
        lines = wrap(text, st["font"], st["size"], width - indent)
        for i, line in enumerate(lines):
            u = Unit(y, st["lead"])
            base = st["size"] * 0.93
            if tag in ("remember", "definition") and line:
                lw = sum(stringWidth(t, f, st["size"]) for t, f in line)
                u.ops.append(("mark", x0 + indent - 1, -0.5, lw + 2, st["lead"] + 0.5,
                              "#FFF200" if tag == "remember" else "#B5E6A2"))
            if i == 0:
                if kind == "B1":
                    u.ops.append(("text", x0 + 3, base, [("\u2022", "Helvetica")], st["size"],
                                  "#000000"))
                elif kind == "B2":
                    u.ops.append(("circle", x0 + 20.5, base - 3.2, 2.0))
                elif kind == "N1":
                    num += 1
                    u.ops.append(("text", x0, base, [("%d." % num, "Helvetica")], st["size"],
                                  "#000000"))
                if tag in ("important", "question", "todo", "done"):
                    u.ops.append(("icon", tag, x0 - 15, base - 4))
            if kind == "SRC":
                u.ops.append(("link", x0, base, text[len("Pasted from <"):-1], st["size"]))
            else:
                u.ops.append(("text", x0 + indent, base, line, st["size"], st["color"]))
            units.append(u)
            y += st["lead"]
        prev_kind = kind
    return units, y


def layout(containers):
    units, bottoms, prev_top = [], [0.0], 0.0
    for c in containers:
        top = prev_top if c["beside"] else max(bottoms) + c["gap"]
        u, bottom = layout_container(c, top)
        units.extend(u)
        bottoms.append(bottom)
        prev_top = top
    return units


def paginate(units):
    pages, start = [], 0.0
    caps = [PH - TM - BM - TITLE_BLOCK] + [PH - TM - BM] * 100
    remaining = sorted(units, key=lambda u: (u.top, u.ops and u.ops[0][1] or 0))
    while remaining:
        end = start + caps[len(pages)]
        while True:
            cut = [u.top for u in remaining if u.top < end < u.bottom]
            if not cut:
                break
            end = min(cut)
        page = [u for u in remaining if u.top < end]
        remaining = [u for u in remaining if u.top >= end]
        pages.append((start, page))
        start = end
    return pages


def star(c, x, y):
    import math
    p = c.beginPath()
    for i in range(10):
        r = 5.2 if i % 2 == 0 else 2.3
        a = math.pi / 2 + i * math.pi / 5
        px, py = x + 5 + r * math.cos(a), y + 4.6 + r * math.sin(a)
        if i == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    p.close()
    c.setFillColor(HexColor("#FFC000"))
    c.setStrokeColor(HexColor("#BF8F00"))
    c.setLineWidth(0.5)
    c.drawPath(p, fill=1, stroke=1)


def question(c, x, y):
    c.setFillColor(HexColor("#7030A0"))
    c.circle(x + 5, y + 4.5, 5, stroke=0, fill=1)
    c.setStrokeColor(HexColor("#FFFFFF"))
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x + 3.0, y + 6.0)
    p.curveTo(x + 3.2, y + 8.3, x + 7.0, y + 8.3, x + 7.0, y + 6.2)
    p.curveTo(x + 7.0, y + 4.8, x + 5.0, y + 4.7, x + 5.0, y + 3.2)
    c.drawPath(p, stroke=1, fill=0)
    c.setFillColor(HexColor("#FFFFFF"))
    c.circle(x + 5, y + 1.6, 0.6, stroke=0, fill=1)


def checkbox(c, x, y, done):
    c.setStrokeColor(HexColor("#404040"))
    c.setLineWidth(0.7)
    c.rect(x + 1, y + 0.5, 8, 8, stroke=1, fill=0)
    if done:
        c.setStrokeColor(HexColor("#00A651"))
        c.setLineWidth(1.4)
        p = c.beginPath()
        p.moveTo(x + 2.2, y + 4.6)
        p.lineTo(x + 4.4, y + 2.0)
        p.lineTo(x + 9.6, y + 9.8)
        c.drawPath(p, stroke=1, fill=0)


def picture(c, x, y, w, h):
    """A screen clipping: a photo-like block of flat colours (no text in it)."""
    c.setFillColor(HexColor("#D9D2C3"))
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(HexColor("#8C6E4F"))
    c.rect(x, y, w, h * 0.28, stroke=0, fill=1)
    c.setFillColor(HexColor("#F2EFE8"))
    c.rect(x + 8, y + h * 0.62, w - 16, h * 0.3, stroke=0, fill=1)
    for i in range(9):
        cx = x + 12 + i * (w - 24) / 8.0
        c.setFillColor(HexColor("#3B3B3B" if i % 3 else "#FFFFFF"))
        c.circle(cx, y + h * 0.44, 5.5, stroke=0, fill=1)
        c.rect(cx - 6, y + h * 0.2, 12, h * 0.2, stroke=0, fill=1)
    c.setStrokeColor(HexColor("#A6A6A6"))
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=0)


def draw_runs(c, x, y, runs, size, color):
    c.setFillColor(HexColor(color))
    t = c.beginText(x, y)
    for text, font in runs:
        t.setFont(font, size)
        t.textOut(text)
    c.drawText(t)


def main():
    meta, containers = parse(SRC)
    pages = paginate(layout(containers))
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(meta["title"])
    c.setAuthor("Ritika Sharma")
    c.setCreator("Microsoft\u00ae OneNote\u00ae 2016")
    c.setProducer("Microsoft\u00ae OneNote\u00ae 2016")
    for n, (start, units) in enumerate(pages):
        top = PH - TM
        if n == 0:
            c.setFillColor(HexColor("#000000"))
            c.setFont("Helvetica", 20)
            c.drawString(LM, top - 20, meta["title"])
            c.setStrokeColor(HexColor("#A6A6A6"))
            c.setLineWidth(0.6)
            c.line(LM, top - 28, LM + 330, top - 28)
            c.setFillColor(HexColor("#767676"))
            c.setFont("Helvetica", 9)
            c.drawString(LM, top - 42, meta["stamp"][0])
            c.drawString(LM + 142, top - 42, meta["stamp"][1])
            top -= TITLE_BLOCK
        for u in units:
            uy = top - (u.top - start)   # PDF y of the unit's top edge
            for op in u.ops:
                kind = op[0]
                if kind == "text":
                    draw_runs(c, op[1], uy - op[2], op[3], op[4], op[5])
                elif kind == "mark":
                    c.setFillColor(HexColor(op[5]))
                    c.rect(op[1], uy - op[2] - op[4], op[3], op[4], stroke=0, fill=1)
                elif kind == "circle":
                    c.setStrokeColor(HexColor("#000000"))
                    c.setLineWidth(0.6)
                    c.circle(op[1], uy - op[2], op[3], stroke=1, fill=0)
                elif kind == "icon":
                    x, y = op[2], uy - op[3] - 4.5
                    if op[1] == "important":
                        star(c, x, y)
                    elif op[1] == "question":
                        question(c, x, y)
                    else:
                        checkbox(c, x, y, op[1] == "done")
                elif kind == "rect":
                    c.setStrokeColor(HexColor("#7F7F7F"))
                    c.setLineWidth(0.5)
                    c.rect(op[1], uy - op[2] - op[4], op[3], op[4], stroke=1, fill=0)
                elif kind == "picture":
                    picture(c, op[1], uy - op[2] - op[4], op[3], op[4])
                elif kind == "link":
                    x0, base, url, size = op[1], op[2], op[3], op[4]
                    draw_runs(c, x0, uy - base, [("Pasted from <", "Helvetica")], size,
                              "#595959")
                    x = x0 + stringWidth("Pasted from <", "Helvetica", size)
                    w = stringWidth(url, "Helvetica", size)
                    draw_runs(c, x, uy - base, [(url, "Helvetica")], size, "#0563C1")
                    c.setStrokeColor(HexColor("#0563C1"))
                    c.setLineWidth(0.4)
                    c.line(x, uy - base - 1.2, x + w, uy - base - 1.2)
                    c.linkURL(url, (x, uy - base - 2, x + w, uy - base + size), relative=0)
                    draw_runs(c, x + w, uy - base, [(">", "Helvetica")], size, "#595959")
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
