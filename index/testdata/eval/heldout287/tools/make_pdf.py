#!/usr/bin/python3
"""Make docs/chauri-chaura-withdrawal-miro-board.pdf from
tools/chauri-chaura-withdrawal-miro-board.txt.

The PDF imitates a Miro board exported with Export > Save as PDF > Frames: one page per
frame, each page exactly the frame's size (1600 x 1000) with the frame's white background and
nothing of the board outside it, vector shapes and real text. On each frame the students put
a big bold heading and a grey line under it, then the board's widgets:
  - sticky notes in Miro's sticky colours (light_yellow FFF9B1, yellow F5D128, orange FF9D48,
    light_green D5F692, light_pink FFCEE0, pink EA94BB, red F0939D, gray F5F6F8 ...), with
    the small drop shadow Miro draws under a sticky, text centred, tags as rounded pills at the
    foot of the note and, where "show author" was on, the author's name in small grey type;
  - shapes (rounded rectangles with a fill and a slightly darker border, text left-aligned);
  - timeline shapes joined by arrow connectors (each to the next one below it);
  - cards (white, grey border, a coloured strip on the left, a bold title and a body);
  - a mind-map hub (Miro blue with white bold text) joined to its branches by connectors;
  - plain text widgets (bold group titles, a small grey colour key).
Text is set in DejaVu Sans (regular and bold, embedded as subsets) as the stand-in for Miro's
default sans-serif, wrapped to the widget's width as Miro wraps it.

Source mark-up: "@board" (the board's name, the PDF title) and "@size W H" (the frame size);
"=== heading" starts a frame; "sub | text" the grey line under the heading; "col X W" starts a
column of widgets at x = X, W wide, under the heading; then one widget a line:
"sticky COLOUR | text | tags | author", "shape COLOUR | text", "tl COLOUR | text",
"card COLOUR | title | body", "hub | text", "title | text", "text | text", "gap N"; a line may
start with "#id " to name the widget, and "link A B" draws a connector from A to B.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "chauri-chaura-withdrawal-miro-board.txt")
OUT = os.path.join(HERE, "..", "docs", "chauri-chaura-withdrawal-miro-board.pdf")

pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold",
                               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
REG, BOLD = "DejaVuSans", "DejaVuSans-Bold"

STICKY = {"gray": "#F5F6F8", "light_yellow": "#FFF9B1", "yellow": "#F5D128",
          "orange": "#FF9D48", "light_green": "#D5F692", "green": "#C9DF56",
          "dark_green": "#93D275", "cyan": "#67C6C0", "light_pink": "#FFCEE0", "pink": "#EA94BB",
          "violet": "#C6A2D2", "red": "#F0939D", "light_blue": "#A6CCF5", "blue": "#6CD8FA",
          "dark_blue": "#9EA9FF"}
INK = HexColor("#1A1A1A")
GREY = HexColor("#767676")
MIRO_BLUE = HexColor("#4262FF")


def darker(hexcol, f=0.78):
    c = HexColor(hexcol)
    return HexColor("#%02X%02X%02X" % (int(c.red * 255 * f), int(c.green * 255 * f),
                                        int(c.blue * 255 * f)))


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if pdfmetrics.stringWidth(trial, font, size) <= width:
            cur = trial
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Widget:
    def __init__(self, kind, x, y, w, h, **kw):
        self.kind, self.x, self.y, self.w, self.h = kind, x, y, w, h
        self.__dict__.update(kw)


def layout_frame(frame, H):
    """Return a list of widgets with top-left y measured from the page top."""
    widgets, names = [], {}
    x = w = None
    y = 0.0
    prev_tl = None
    for line in frame["lines"]:
        wid = None
        if line.startswith("#"):
            wid, line = line[1:].split(" ", 1)
        if line.startswith("col "):
            _, cx, cw = line.split()
            x, w = float(cx), float(cw)
            y = 150.0
            prev_tl = None
            continue
        if line.startswith("gap "):
            y += float(line.split()[1])
            continue
        if line.startswith("link "):
            continue
        head, _, rest = line.partition("|")
        parts = head.split()
        kind = parts[0]
        colour = parts[1] if len(parts) > 1 else None
        fields = [f.strip() for f in rest.split("|")]
        if kind == "title":
            wd = Widget("title", x, y, w, 30, text=fields[0])
        elif kind == "text":
            lines = wrap(fields[0], REG, 12, w)
            wd = Widget("text", x, y, w, 16 * len(lines) + 6, lines=lines)
        elif kind in ("shape", "tl"):
            lines = wrap(fields[0], REG, 14, w - 32)
            wd = Widget(kind, x, y, w, 19.6 * len(lines) + 28, lines=lines, colour=colour)
        elif kind == "hub":
            lines = wrap(fields[0], BOLD, 18, w - 48)
            wd = Widget("hub", x, y, w, 25 * len(lines) + 48, lines=lines)
        elif kind == "card":
            tl_ = wrap(fields[0], BOLD, 15, w - 40)
            bl = wrap(fields[1], REG, 13, w - 40)
            wd = Widget("card", x, y, w, 21 * len(tl_) + 18.2 * len(bl) + 44, tlines=tl_,
                        blines=bl, colour=colour)
        elif kind == "sticky":
            lines = wrap(fields[0], REG, 15, w - 44)
            tags = [t.strip() for t in fields[1].split(",")] if len(fields) > 1 and fields[1] else []
            author = fields[2] if len(fields) > 2 else ""
            h = 21 * len(lines) + 40 + (30 if tags or author else 0)
            wd = Widget("sticky", x, y, w, max(h, 96), lines=lines, colour=colour, tags=tags,
                        author=author)
        else:
            raise ValueError("unknown widget: %r" % line)
        gap = 40 if kind == "tl" else 18
        if kind == "title":
            gap = 4
        if kind == "tl":
            if prev_tl is not None:
                wd.arrow_from = prev_tl
            prev_tl = wd
        widgets.append(wd)
        if wid:
            names[wid] = wd
        y += wd.h + gap
        if y > H - 20:
            raise ValueError("frame %r overflows at %r" % (frame["heading"], line))
    links = []
    for line in frame["lines"]:
        if line.startswith("link "):
            _, a, b = line.split()
            links.append((names[a], names[b]))
    return widgets, links


def arrow(c, x1, y1, x2, y2):
    import math
    c.setStrokeColor(INK)
    c.setFillColor(INK)
    c.setLineWidth(1.5)
    c.line(x1, y1, x2, y2)
    ang = math.atan2(y2 - y1, x2 - x1)
    L = 10
    p = c.beginPath()
    p.moveTo(x2, y2)
    p.lineTo(x2 - L * math.cos(ang - 0.42), y2 - L * math.sin(ang - 0.42))
    p.lineTo(x2 - L * math.cos(ang + 0.42), y2 - L * math.sin(ang + 0.42))
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def draw(c, wd, H):
    top = H - wd.y
    bottom = top - wd.h
    if wd.kind == "title":
        c.setFillColor(INK)
        c.setFont(BOLD, 17)
        c.drawString(wd.x, top - 20, wd.text)
    elif wd.kind == "text":
        c.setFillColor(GREY)
        c.setFont(REG, 12)
        for i, ln in enumerate(wd.lines):
            c.drawString(wd.x, top - 14 - 16 * i, ln)
    elif wd.kind in ("shape", "tl"):
        fill = STICKY[wd.colour]
        c.setFillColor(HexColor(fill))
        c.setStrokeColor(darker(fill))
        c.setLineWidth(1.5)
        c.roundRect(wd.x, bottom, wd.w, wd.h, 8, stroke=1, fill=1)
        c.setFillColor(INK)
        c.setFont(REG, 14)
        for i, ln in enumerate(wd.lines):
            c.drawString(wd.x + 16, top - 14 - 14 - 19.6 * i + 4, ln)
        if getattr(wd, "arrow_from", None) is not None:
            src = wd.arrow_from
            arrow(c, src.x + src.w / 2, H - (src.y + src.h), wd.x + wd.w / 2, top + 1)
    elif wd.kind == "hub":
        c.setFillColor(MIRO_BLUE)
        c.setStrokeColor(MIRO_BLUE)
        c.roundRect(wd.x, bottom, wd.w, wd.h, 14, stroke=0, fill=1)
        c.setFillColor(HexColor("#FFFFFF"))
        c.setFont(BOLD, 18)
        for i, ln in enumerate(wd.lines):
            c.drawCentredString(wd.x + wd.w / 2, top - 24 - 18 - 25 * i + 6, ln)
    elif wd.kind == "card":
        c.setFillColor(HexColor("#FFFFFF"))
        c.setStrokeColor(HexColor("#D6D6D6"))
        c.setLineWidth(1)
        c.roundRect(wd.x, bottom, wd.w, wd.h, 4, stroke=1, fill=1)
        c.setFillColor(HexColor(STICKY[wd.colour]))
        c.rect(wd.x, bottom, 6, wd.h, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(BOLD, 15)
        yy = top - 18 - 14
        for ln in wd.tlines:
            c.drawString(wd.x + 20, yy, ln)
            yy -= 21
        yy -= 8
        c.setFont(REG, 13)
        for ln in wd.blines:
            c.drawString(wd.x + 20, yy, ln)
            yy -= 18.2
    elif wd.kind == "sticky":
        fill = STICKY[wd.colour]
        c.setFillColor(HexColor("#000000"), alpha=0.12)
        c.rect(wd.x + 3, bottom - 4, wd.w - 2, wd.h - 2, stroke=0, fill=1)
        c.setFillColor(HexColor(fill), alpha=1)
        c.rect(wd.x, bottom, wd.w, wd.h, stroke=0, fill=1)
        extra = 30 if wd.tags or wd.author else 0
        text_h = 21 * len(wd.lines)
        avail = wd.h - extra
        y0 = top - (avail - text_h) / 2 - 15
        c.setFillColor(INK)
        c.setFont(REG, 15)
        for i, ln in enumerate(wd.lines):
            c.drawCentredString(wd.x + wd.w / 2, y0 - 21 * i, ln)
        if wd.author:
            c.setFillColor(HexColor("#595959"))
            c.setFont(REG, 10)
            c.drawString(wd.x + 12, bottom + 12, wd.author)
        if wd.tags:
            tx = wd.x + wd.w - 12
            c.setFont(REG, 10)
            for t in reversed(wd.tags):
                tw = pdfmetrics.stringWidth(t, REG, 10) + 16
                tx -= tw
                c.setFillColor(HexColor("#FFFFFF"), alpha=0.75)
                c.roundRect(tx, bottom + 8, tw, 18, 9, stroke=0, fill=1)
                c.setFillColor(HexColor("#3A3A3A"), alpha=1)
                c.drawString(tx + 8, bottom + 13, t)
                tx -= 6


def parse(path):
    meta, frames = {}, []
    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if not raw.strip():
                continue
            if raw.startswith("@"):
                k, v = raw[1:].split(" ", 1)
                meta[k] = v
            elif raw.startswith("=== "):
                frames.append({"heading": raw[4:], "sub": "", "lines": []})
            elif raw.startswith("sub | "):
                frames[-1]["sub"] = raw[6:]
            else:
                frames[-1]["lines"].append(raw)
    return meta, frames


def main():
    meta, frames = parse(SRC)
    W, H = [float(v) for v in meta["size"].split()]
    c = canvas.Canvas(OUT, pagesize=(W, H), pageCompression=1, initialFontName=REG)
    c.setTitle(meta["board"])
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("Miro")
    for frame in frames:
        widgets, links = layout_frame(frame, H)
        c.setFillColor(HexColor("#FFFFFF"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(BOLD, 30)
        c.drawString(60, H - 76, frame["heading"])
        c.setFillColor(GREY)
        c.setFont(REG, 13)
        c.drawString(62, H - 104, frame["sub"])
        for a, b in links:
            ay = H - (a.y + a.h / 2)
            by = H - (b.y + min(b.h, 30) / 2)
            if b.x > a.x:
                arrow(c, a.x + a.w, ay, b.x - 2, by)
            else:
                arrow(c, a.x, ay, b.x + b.w + 2, by)
        for wd in widgets:
            draw(c, wd, H)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
