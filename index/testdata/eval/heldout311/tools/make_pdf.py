#!/usr/bin/python3
"""Re-make docs/atal-bhujal-yojana-gdoc.pdf from tools/atal-bhujal-yojana-gdoc.txt.

Imitates a Google Docs document downloaded with File > Download > PDF document (.pdf), in
the shape of a Doc set up with Google's US defaults: US Letter pages (612 x 792 pt) with
1-inch margins; Arial (Liberation Sans, the same metrics) embedded as subsets; the Title
(26 pt) and grey Subtitle (15 pt) styles; headings numbered by hand as typed ("1.", "1.1")
in Google's Heading 1 (20 pt) and Heading 2 (16 pt) sizes; a table of contents in Google's
"Plain text" style (entries in body text, Heading 2 entries indented, page numbers flush
right with no leader dots, each entry a link to its heading) right under the subtitle on
page 1; body text at 11 pt with 1.15 line spacing; "●" and "○" bullets and "1." numbering
with Google's hanging indents; bold run labels, italics; a checklist with drawn boxes (the
done item struck through); a horizontal line; two tables with 1 pt black borders, 5 pt cell
padding and a shaded bold header row; a blue underlined link; a page header (grey, small)
and a page number at the foot of every page; document outline (bookmarks) built from the
headings; the producer string of Google's renderer and the Doc's name as title.
Deterministic (invariant=1). Two passes: the first finds the headings' pages for the TOC.
Run: /usr/bin/python3 tools/make_pdf.py
"""
import os
import re

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "atal-bhujal-yojana-gdoc.txt")
OUT = os.path.join(HERE, "..", "docs", "atal-bhujal-yojana-gdoc.pdf")

FONTDIR = "/usr/share/fonts/truetype/liberation"
for name, fn in (("ArialMT", "LiberationSans-Regular.ttf"),
                 ("Arial-BoldMT", "LiberationSans-Bold.ttf"),
                 ("Arial-ItalicMT", "LiberationSans-Italic.ttf"),
                 ("Arial-BoldItalicMT", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, fn)))

W, H = letter
LM = RM = TM = BM = 72.0
CW = W - LM - RM
BLACK = HexColor("#000000")
GREY = HexColor("#666666")
LIGHT = HexColor("#999999")
LINK = HexColor("#1155cc")
HEADFILL = HexColor("#f3f3f3")
RULE = HexColor("#a0a0a0")

BODY = 11
LEAD = 14.5
PARA_AFTER = 6.0
TBL = 10
TBL_LEAD = 12.5
PAD = 5.0


def font_of(bold, italic):
    return {(False, False): "ArialMT", (True, False): "Arial-BoldMT",
            (False, True): "Arial-ItalicMT", (True, True): "Arial-BoldItalicMT"}[(bold, italic)]


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


TOKEN = re.compile(r"(\*\*|\*|\[[^\]]+\]\([^)]+\))")


def runs_of(text, size=BODY, color=BLACK, bold=False, italic=False):
    runs, b, i, pos = [], bold, italic, 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            runs.append(dict(text=text[pos:m.start()], font=font_of(b, i), size=size,
                             color=color, link=None))
        tok = m.group(1)
        if tok == "**":
            b = not b
        elif tok == "*":
            i = not i
        else:
            label, url = re.match(r"\[([^\]]+)\]\(([^)]+)\)", tok).groups()
            runs.append(dict(text=label, font=font_of(b, i), size=size, color=LINK, link=url))
        pos = m.end()
    if pos < len(text):
        runs.append(dict(text=text[pos:], font=font_of(b, i), size=size, color=color, link=None))
    return runs


def words_of(runs):
    words, cur = [], []
    for r in runs:
        for k, part in enumerate(r["text"].split(" ")):
            if k > 0 and cur:
                words.append(cur)
                cur = []
            if part:
                f = dict(r)
                f["text"] = part
                cur.append(f)
    if cur:
        words.append(cur)
    return words


def wwidth(word):
    return sum(sw(f["text"], f["font"], f["size"]) for f in word)


def wrap(words, maxw):
    lines, cur, curw = [], [], 0.0
    for w in words:
        ww = wwidth(w)
        sp = sw(" ", w[0]["font"], w[0]["size"]) if cur else 0.0
        if cur and curw + sp + ww > maxw:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            cur.append(w)
            curw += sp + ww
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, line, x, y, strike=False):
    x0 = x
    for wi, word in enumerate(line):
        if wi > 0:
            sp = sw(" ", word[0]["font"], word[0]["size"])
            prev = line[wi - 1][-1]
            if prev["link"] and prev["link"] == word[0]["link"]:
                c.setStrokeColor(LINK)
                c.setLineWidth(0.7)
                c.line(x, y - 1.8, x + sp, y - 1.8)
            x += sp
        for f in word:
            fw = sw(f["text"], f["font"], f["size"])
            c.setFillColor(f["color"])
            c.setFont(f["font"], f["size"])
            c.drawString(x, y, f["text"])
            if f["link"]:
                c.setStrokeColor(LINK)
                c.setLineWidth(0.7)
                c.line(x, y - 1.8, x + fw, y - 1.8)
                c.linkURL(f["link"], (x, y - 3, x + fw, y + f["size"]), relative=0,
                          thickness=0)
            x += fw
    if strike:
        c.setStrokeColor(BLACK)
        c.setLineWidth(0.7)
        c.line(x0, y + 3.4, x, y + 3.4)


def parse():
    meta, blocks = {}, []
    table = None
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.startswith("# "):
                continue
            tag, _, rest = line.partition(" ")
            if table is not None:
                if tag == "@row":
                    table["rows"].append([x.strip() for x in rest.split(" | ")])
                    continue
                if tag == "@endtable":
                    blocks.append(table)
                    table = None
                    continue
            if tag == "@meta":
                k, _, v = rest.partition("=")
                meta[k] = v
            elif tag == "@header":
                meta["header"] = rest
            elif tag == "@table":
                table = {"kind": "table", "widths": [float(x) for x in rest.split(",")],
                         "rows": []}
            else:
                blocks.append({"kind": tag[1:], "text": rest})
    return meta, blocks


class Doc:
    def __init__(self, c, meta, toc_pages):
        self.c = c
        self.meta = meta
        self.page = 1
        self.y = H - TM
        self.toc_pages = toc_pages
        self.heads = []
        self.numbers = {}
        self.started = False

    # -- page furniture
    def furniture(self):
        c = self.c
        c.setFillColor(GREY)
        c.setFont("ArialMT", 9)
        c.drawString(LM, H - 36 - 9, self.meta["header"])
        c.setFillColor(BLACK)
        c.setFont("ArialMT", 10)
        num = str(self.page)
        c.drawRightString(W - RM, 36, num)

    def new_page(self):
        self.furniture()
        self.c.showPage()
        self.page += 1
        self.y = H - TM

    def need(self, h):
        if self.y - h < BM:
            self.new_page()

    # -- blocks
    def para(self, runs, indent=0.0, first_indent=None, lead=LEAD, after=PARA_AFTER,
             glyph=None, strike=False, box=None, keep=False):
        words = words_of(runs)
        x = LM + indent
        lines = wrap(words, CW - indent)
        for k, ln in enumerate(lines):
            self.need(lead)
            base = self.y - lead + 3.6
            if k == 0 and glyph:
                gfont, gsize, gx, gtext = glyph
                self.c.setFillColor(BLACK)
                self.c.setFont(gfont, gsize)
                self.c.drawString(LM + gx, base, gtext)
            if k == 0 and box is not None:
                self.checkbox(LM + 18, base, box)
            draw_line(self.c, ln, x, base, strike=strike)
            self.y -= lead
        self.y -= after

    def checkbox(self, x, base, done):
        c = self.c
        c.setStrokeColor(HexColor("#5f6368"))
        c.setLineWidth(1.0)
        if done:
            c.setFillColor(HexColor("#1a73e8"))
            c.roundRect(x, base - 1.5, 10, 10, 1.5, stroke=0, fill=1)
            c.setStrokeColor(HexColor("#ffffff"))
            c.setLineWidth(1.4)
            p = c.beginPath()
            p.moveTo(x + 2.2, base + 3.6)
            p.lineTo(x + 4.3, base + 1.4)
            p.lineTo(x + 8.0, base + 6.4)
            c.drawPath(p, stroke=1, fill=0)
        else:
            c.roundRect(x, base - 1.5, 10, 10, 1.5, stroke=1, fill=0)

    def heading(self, text, level):
        size, before, after = {1: (20, 20, 6), 2: (16, 18, 6)}[level]
        lead = size * 1.15 + 1
        if self.started:
            self.y -= before
        self.need(lead + LEAD * 2)
        key = "h.%d" % len(self.heads)
        base = self.y - lead + size * 0.27
        self.c.bookmarkPage(key, fit="XYZ", left=LM, top=self.y)
        self.c.addOutlineEntry(text, key, level=level - 1, closed=False)
        self.c.setFillColor(BLACK)
        self.c.setFont("ArialMT", size)
        self.c.drawString(LM, base, text)
        self.heads.append((text, level, self.page, key))
        self.y -= lead + after
        self.started = True

    def toc(self, entries):
        # Google's "Plain text" table of contents: body-text entries, page numbers flush right.
        for i, (text, level) in enumerate(entries):
            indent = 0.0 if level == 1 else 18.0
            self.need(LEAD)
            base = self.y - LEAD + 3.6
            self.c.setFillColor(BLACK)
            self.c.setFont("ArialMT", BODY)
            self.c.drawString(LM + indent, base, text)
            num = str(self.toc_pages[i]) if i < len(self.toc_pages) else "0"
            self.c.drawRightString(W - RM, base, num)
            self.c.linkRect("", "h.%d" % i, (LM + indent, base - 3, W - RM, base + BODY),
                            relative=0, thickness=0)
            self.y -= LEAD
        self.y -= PARA_AFTER + 4

    def hr(self):
        self.need(18)
        self.y -= 8
        self.c.setStrokeColor(RULE)
        self.c.setLineWidth(1.0)
        self.c.line(LM, self.y, W - RM, self.y)
        self.y -= 10

    def table(self, t):
        widths = t["widths"]
        scale = CW / sum(widths)
        widths = [w * scale for w in widths]
        self.y -= 4
        for ri, row in enumerate(t["rows"]):
            cells = []
            for ci, cell in enumerate(row):
                runs = runs_of(cell, size=TBL, bold=(ri == 0))
                cells.append(wrap(words_of(runs), widths[ci] - 2 * PAD - 6))
            nlines = max(len(x) for x in cells)
            rh = nlines * TBL_LEAD + 2 * PAD
            if self.y - rh < BM:
                self.new_page()
            top = self.y
            x = LM
            c = self.c
            if ri == 0:
                c.setFillColor(HEADFILL)
                c.rect(LM, top - rh, CW, rh, stroke=0, fill=1)
            for ci, lines in enumerate(cells):
                yy = top - PAD
                for ln in lines:
                    draw_line(c, ln, x + PAD, yy - TBL_LEAD + 3.2)
                    yy -= TBL_LEAD
                x += widths[ci]
            c.setStrokeColor(BLACK)
            c.setLineWidth(1.0)
            c.line(LM, top, LM + CW, top)
            c.line(LM, top - rh, LM + CW, top - rh)
            x = LM
            for w in widths:
                c.line(x, top, x, top - rh)
                x += w
            c.line(x, top, x, top - rh)
            self.y -= rh
        self.y -= PARA_AFTER + 6


def render(meta, blocks, toc_pages, out):
    c = canvas.Canvas(out, pagesize=letter, invariant=1, pageCompression=1,
                      initialFontName="ArialMT", initialFontSize=BODY, initialLeading=LEAD)
    c.setTitle(meta["title"])
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("Skia/PDF m139 Google Docs Renderer")
    c.setSubject("")
    d = Doc(c, meta, toc_pages)
    entries = [(b["text"], 1 if b["kind"] == "h1" else 2) for b in blocks
               if b["kind"] in ("h1", "h2")]
    num = 0
    for i, b in enumerate(blocks):
        k = b.get("kind")
        if k == "title":
            d.para(runs_of(b["text"], size=26), lead=30, after=3)
        elif k == "subtitle":
            d.para(runs_of(b["text"], size=15, color=GREY), lead=17.5, after=16)
        elif k == "toc":
            d.toc(entries)
        elif k in ("h1", "h2"):
            d.heading(b["text"], 1 if k == "h1" else 2)
            num = 0
        elif k == "p":
            nxt = blocks[i + 1]["kind"] if i + 1 < len(blocks) else None
            d.para(runs_of(b["text"]), after=PARA_AFTER if nxt not in ("done", "todo") else 2)
            num = 0
        elif k == "b":
            d.para(runs_of(b["text"]), indent=36, glyph=("ArialMT", 8.5, 20.5, "●"), after=2)
        elif k == "bb":
            d.para(runs_of(b["text"]), indent=72, glyph=("ArialMT", 8.5, 56.5, "○"), after=2)
        elif k == "n":
            num += 1
            d.para(runs_of(b["text"]), indent=36, glyph=("ArialMT", BODY, 18, "%d." % num),
                   after=2)
        elif k in ("done", "todo"):
            d.para(runs_of(b["text"]), indent=36, box=(k == "done"), strike=(k == "done"),
                   after=2)
        elif k == "hr":
            d.hr()
        elif k == "table":
            d.table(b)
        nxt = blocks[i + 1]["kind"] if i + 1 < len(blocks) else None
        if k in ("b", "bb", "n") and nxt not in ("b", "bb", "n"):
            d.y -= PARA_AFTER - 2
        d.started = True
    d.furniture()
    c.showPage()
    c.save()
    return [p for (_, _, p, _) in d.heads]


def main():
    meta, blocks = parse()
    pages = render(meta, blocks, [], OUT)
    pages2 = render(meta, blocks, pages, OUT)
    if pages2 != pages:
        raise SystemExit("TOC page numbers did not settle")


if __name__ == "__main__":
    main()
