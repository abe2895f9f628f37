#!/usr/bin/python3
"""Re-make docs/anti-defection-law-gs2-notes.pdf from tools/anti-defection-law-gs2-notes.txt.

Imitates a Google Docs document downloaded with File > Download > PDF document (.pdf):
A4 pages with Google's 1-inch margins, Arial (Liberation Sans, metric-compatible) embedded
as subsets, the Title and Subtitle styles, Heading 1 / Heading 2 in Google's default sizes,
a "Dotted" table of contents whose entries link to the headings and carry page numbers,
"●" / "○" bullets and "1." numbering with Google's hanging indents, a bordered table with a
shaded header row, yellow highlight, blue underlined links, superscript footnote marks
with the footnotes set at the foot of the page that calls them (under a short rule), a
page number in the footer, document outline (bookmarks) built from the headings, and the
producer string of Google's renderer. Deterministic (invariant=1).

Run: /usr/bin/python3 tools/make_pdf.py
"""
import os
import re

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "anti-defection-law-gs2-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "anti-defection-law-gs2-notes.pdf")

FONTDIR = "/usr/share/fonts/truetype/liberation"
for name, fn in (("Arial", "LiberationSans-Regular.ttf"), ("Arial-Bold", "LiberationSans-Bold.ttf"),
                 ("Arial-Italic", "LiberationSans-Italic.ttf"),
                 ("Arial-BoldItalic", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, fn)))

W, H = A4
LM = RM = TM = BM = 72.0
CW = W - LM - RM
BLACK = HexColor("#000000")
GREY = HexColor("#666666")
LINK = HexColor("#1155cc")
YELLOW = HexColor("#ffff00")
HEADFILL = HexColor("#f3f3f3")

BODY = 11
LEAD = 14.5          # 1.15 line spacing for 11 pt Arial
FN_SIZE = 10
FN_LEAD = 12.5
SUP_SIZE = 7
SUP_RISE = 4


def font_of(bold, italic):
    if bold and italic:
        return "Arial-BoldItalic"
    if bold:
        return "Arial-Bold"
    if italic:
        return "Arial-Italic"
    return "Arial"


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


# ---------------------------------------------------------------- inline markup

TOKEN = re.compile(r"(\*\*|\*|==|\[\^\d+\]|\[[^\]]+\]\([^)]+\))")


def runs_of(text, size=BODY, color=BLACK, bold=False):
    """Split inline markup into runs: dicts with text, font, size, color, rise, link, hl."""
    runs = []
    b, i, hl = bold, False, False
    pos = 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            runs.append(dict(text=text[pos:m.start()], font=font_of(b, i), size=size, color=color,
                             rise=0, link=None, hl=hl))
        tok = m.group(1)
        if tok == "**":
            b = not b
        elif tok == "*":
            i = not i
        elif tok == "==":
            hl = not hl
        elif tok.startswith("[^"):
            runs.append(dict(text=tok[2:-1], font="Arial", size=SUP_SIZE, color=color, rise=SUP_RISE,
                             link=None, hl=hl, fn=int(tok[2:-1])))
        else:
            label, url = re.match(r"\[([^\]]+)\]\(([^)]+)\)", tok).groups()
            runs.append(dict(text=label, font=font_of(b, i), size=size, color=LINK, rise=0,
                             link=url, hl=hl))
        pos = m.end()
    if pos < len(text):
        runs.append(dict(text=text[pos:], font=font_of(b, i), size=size, color=color, rise=0,
                         link=None, hl=hl))
    return runs


def words_of(runs):
    """Words as lists of fragments; a word may mix styles (a link followed by 's, a mark)."""
    words, cur = [], []
    for r in runs:
        parts = r["text"].split(" ")
        for k, part in enumerate(parts):
            if k > 0:
                if cur:
                    words.append(cur)
                cur = []
            if part:
                frag = dict(r)
                frag["text"] = part
                cur.append(frag)
    if cur:
        words.append(cur)
    return words


def word_width(word):
    return sum(sw(f["text"], f["font"], f["size"]) for f in word)


def wrap_words(words, maxw):
    lines, cur, curw = [], [], 0.0
    for w in words:
        ww = word_width(w)
        space = sw(" ", w[0]["font"], w[0]["size"]) if cur else 0.0
        if cur and curw + space + ww > maxw:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            cur.append(w)
            curw += space + ww
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, line, x, y):
    """Draw one line of words at baseline y; returns the footnote numbers it calls."""
    fns = []
    for wi, word in enumerate(line):
        if wi > 0:
            x += sw(" ", word[0]["font"], word[0]["size"])
            prev, nxt = line[wi - 1][-1], word[0]
            if prev.get("link") and prev.get("link") == nxt.get("link"):
                c.setStrokeColor(nxt["color"])
                c.setLineWidth(0.6)
                c.line(x - sw(" ", nxt["font"], nxt["size"]), y - 1.6, x, y - 1.6)
            if prev.get("hl") and nxt.get("hl"):
                c.setFillColor(YELLOW)
                c.rect(x - sw(" ", nxt["font"], nxt["size"]), y - 3.6, sw(" ", nxt["font"], nxt["size"]),
                       LEAD - 0.6, stroke=0, fill=1)
        for f in word:
            fw = sw(f["text"], f["font"], f["size"])
            if f.get("hl"):
                c.setFillColor(YELLOW)
                c.rect(x, y - 3.6, fw, LEAD - 0.6, stroke=0, fill=1)
            c.setFillColor(f["color"])
            c.setFont(f["font"], f["size"])
            c.drawString(x, y + f["rise"], f["text"])
            if f.get("link"):
                c.setStrokeColor(f["color"])
                c.setLineWidth(0.6)
                c.line(x, y - 1.6, x + fw, y - 1.6)
                c.linkURL(f["link"], (x, y - 3, x + fw, y + f["size"]), relative=0, thickness=0)
            if "fn" in f:
                fns.append(f["fn"])
            x += fw
    return fns


# ---------------------------------------------------------------- source

def parse():
    meta, blocks, fns = {}, [], {}
    table = None
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.startswith("# "):
                continue
            if table is not None:
                if line == "@endtable":
                    blocks.append(table)
                    table = None
                else:
                    table["rows"].append([cell.strip() for cell in line.split(" | ")])
                continue
            kind, _, rest = line.partition(" ")
            kind = kind[1:]
            if kind == "meta":
                k, _, v = rest.partition("=")
                meta[k] = v
            elif kind == "fn":
                n, _, t = rest.partition(" ")
                fns[int(n)] = t
            elif kind == "table":
                table = {"kind": "table", "widths": [float(x) for x in rest.split(",")], "rows": []}
            else:
                blocks.append({"kind": kind, "text": rest})
    return meta, blocks, fns


# ---------------------------------------------------------------- items

class Item:
    """A unit the paginator places whole: a line, a gap, a table row, a TOC entry."""

    def __init__(self, height, draw, fns=(), keep_next=False, gap=False, heading=None):
        self.height = height
        self.draw = draw
        self.fns = list(fns)
        self.keep_next = keep_next
        self.gap = gap
        self.heading = heading


def fn_refs(line):
    return [f["fn"] for w in line for f in w if "fn" in f]


def text_lines(text, x0, width, size=BODY, lead=LEAD, color=BLACK, bold=False, first_prefix=None,
               keep_next=False, heading=None):
    words = words_of(runs_of(text, size=size, color=color, bold=bold))
    lines = wrap_words(words, width)
    items = []
    for k, line in enumerate(lines):
        def draw(c, top, line=line, k=k):
            base = top - lead + (lead - size) / 2 + 0.22 * size
            if k == 0 and first_prefix:
                pfx, px, pfont = first_prefix
                c.setFillColor(color)
                c.setFont(pfont, size)
                c.drawString(px, base, pfx)
            draw_words(c, line, x0, base)
        items.append(Item(lead, draw, fn_refs(line), keep_next=keep_next and k == len(lines) - 1,
                          heading=heading if k == 0 else None))
    return items


def gap(h):
    return Item(h, lambda c, top: None, gap=True)


def build(blocks, toc_pages):
    items = []
    ol_n = 0
    headings = []
    prev_kind = None
    for bi, b in enumerate(blocks):
        kind, text = b["kind"], b.get("text", "")
        nxt = blocks[bi + 1]["kind"] if bi + 1 < len(blocks) else None
        if kind != "ol":
            ol_n = 0
        if kind == "title":
            items += text_lines(text, LM, CW, size=26, lead=34)
            items.append(gap(3))
        elif kind == "subtitle":
            items += text_lines(text, LM, CW, size=15, lead=19, color=GREY)
            items.append(gap(16))
        elif kind == "label":
            items += text_lines(text, LM, CW, bold=True, keep_next=True)
            items.append(gap(4))
        elif kind == "toc":
            for hi, (level, htext) in enumerate(toc_pages["entries"]):
                def draw(c, top, hi=hi, level=level, htext=htext):
                    page = toc_pages["pages"].get(hi, 0)
                    base = top - LEAD + (LEAD - BODY) / 2 + 0.22 * BODY
                    x = LM + (18 if level == 2 else 0)
                    c.setFillColor(BLACK)
                    c.setFont("Arial", BODY)
                    c.drawString(x, base, htext)
                    num = str(page)
                    nw = sw(num, "Arial", BODY)
                    c.drawRightString(W - RM, base, num)
                    start = x + sw(htext, "Arial", BODY) + 4
                    end = W - RM - nw - 3
                    dot = sw(".", "Arial", BODY)
                    n = int((end - start) / dot)
                    if n > 0:
                        c.drawRightString(end, base, "." * n)
                    c.linkRect("", "h%d" % hi, (x, base - 3, W - RM, base + BODY), relative=0,
                               thickness=0)
                items.append(Item(LEAD, draw))
            items.append(gap(14))
        elif kind in ("h1", "h2"):
            size, lead, before = (20, 25, 20) if kind == "h1" else (16, 21, 18)
            hi = len(headings)
            headings.append((1 if kind == "h1" else 2, text))
            if prev_kind not in ("toc",):
                items.append(gap(before))
                items[-1].keep_next = True
            items += text_lines(text, LM, CW, size=size, lead=lead, keep_next=True, heading=hi)
            items.append(gap(6))
            items[-1].keep_next = True
        elif kind == "p":
            items += text_lines(text, LM, CW)
            items.append(gap(8))
        elif kind in ("ul", "ul2"):
            bullet = "●" if kind == "ul" else "○"
            bx = LM + (18 if kind == "ul" else 54)
            tx = LM + (36 if kind == "ul" else 72)
            bsize = 7 if kind == "ul" else 8
            lines = text_lines(text, tx, W - RM - tx)
            first = lines[0]
            old = first.draw

            def draw(c, top, old=old, bx=bx, bullet=bullet, bsize=bsize):
                base = top - LEAD + (LEAD - BODY) / 2 + 0.22 * BODY
                c.setFillColor(BLACK)
                c.setFont("Arial", bsize)
                c.drawString(bx, base + 1.5, bullet)
                old(c, top)
            first.draw = draw
            items += lines
            items.append(gap(8 if nxt not in ("ul", "ul2", "ol") else 2))
        elif kind == "ol":
            ol_n += 1
            tx = LM + 36
            lines = text_lines(text, tx, W - RM - tx,
                               first_prefix=("%d." % ol_n, LM + 18, "Arial"))
            items += lines
            items.append(gap(8 if nxt != "ol" else 2))
        elif kind == "table":
            widths = [w * CW for w in b["widths"]]
            for ri, row in enumerate(b["rows"]):
                cells = []
                for ci, cell in enumerate(row):
                    words = words_of(runs_of(cell, bold=(ri == 0)))
                    cells.append(wrap_words(words, widths[ci] - 10))
                nlines = max(len(cl) for cl in cells)
                rh = nlines * LEAD + 10

                def draw(c, top, cells=cells, rh=rh, ri=ri):
                    x = LM
                    if ri == 0:
                        c.setFillColor(HEADFILL)
                        c.rect(LM, top - rh, CW, rh, stroke=0, fill=1)
                    c.setStrokeColor(BLACK)
                    c.setLineWidth(1)
                    for ci, cl in enumerate(cells):
                        y = top - 5
                        for line in cl:
                            base = y - LEAD + (LEAD - BODY) / 2 + 0.22 * BODY
                            draw_words(c, line, x + 5, base)
                            y -= LEAD
                        c.rect(x, top - rh, widths[ci], rh, stroke=1, fill=0)
                        x += widths[ci]
                items.append(Item(rh, draw, keep_next=(ri == 0)))
            items.append(gap(10))
        prev_kind = kind
    return items, headings


# ---------------------------------------------------------------- footnotes

def fn_lines(n, text):
    words = words_of(runs_of(text, size=FN_SIZE))
    return wrap_words(words, CW - 6)


def fn_height(fns, fn_text):
    if not fns:
        return 0.0
    h = sum(len(fn_lines(n, fn_text[n])) * FN_LEAD for n in fns)
    return h + 14.0


def draw_footnotes(c, fns, fn_text):
    if not fns:
        return
    total = fn_height(fns, fn_text)
    top = BM + total
    c.setStrokeColor(BLACK)
    c.setLineWidth(0.5)
    c.line(LM, top - 4, LM + 144, top - 4)
    y = top - 12
    for n in fns:
        for k, line in enumerate(fn_lines(n, fn_text[n])):
            base = y - FN_LEAD + 3.2
            if k == 0:
                c.setFillColor(BLACK)
                c.setFont("Arial", 6)
                c.drawString(LM, base + 3.5, str(n))
            draw_words(c, line, LM + 6, base)
            y -= FN_LEAD


# ---------------------------------------------------------------- pagination

def paginate(items, fn_text):
    pages = [[]]
    y = H - TM
    page_fns = []
    i = 0
    while i < len(items):
        it = items[i]
        if it.gap and not pages[-1]:
            i += 1
            continue
        # keep a heading (and the gap after it) with the first line that follows
        group = [it]
        j = i
        while items[j].keep_next and j + 1 < len(items):
            j += 1
            group.append(items[j])
        need = sum(g.height for g in group)
        new_fns = [n for g in group for n in g.fns if n not in page_fns]
        if pages[-1] and y - need < BM + fn_height(page_fns + new_fns, fn_text):
            pages.append([])
            y = H - TM
            page_fns = []
            continue
        for g in group:
            if g.gap and not pages[-1]:
                continue
            pages[-1].append((g, y))
            y -= g.height
            for n in g.fns:
                if n not in page_fns:
                    page_fns.append(n)
        i = j + 1
    return pages


def main():
    meta, blocks, fn_text = parse()
    entries = [(1 if b["kind"] == "h1" else 2, b["text"]) for b in blocks if b["kind"] in ("h1", "h2")]
    toc = {"entries": entries, "pages": {}}
    items, headings = build(blocks, toc)
    pages = paginate(items, fn_text)
    for pn, page in enumerate(pages, 1):
        for it, y in page:
            if it.heading is not None:
                toc["pages"][it.heading] = pn

    c = canvas.Canvas(OUT, pagesize=A4, invariant=1, pageCompression=1, initialFontName="Arial",
                      initialFontSize=BODY)
    c.setTitle(meta["title"])
    c.setProducer(meta["producer"])
    c.setCreator("")
    c.setAuthor("")
    for pn, page in enumerate(pages, 1):
        fns = []
        for it, y in page:
            if it.heading is not None:
                key = "h%d" % it.heading
                c.bookmarkHorizontalAbsolute(key, y)
                level, htext = headings[it.heading]
                c.addOutlineEntry(htext, key, level=level - 1)
            it.draw(c, y)
            for n in it.fns:
                if n not in fns:
                    fns.append(n)
        draw_footnotes(c, fns, fn_text)
        c.setFillColor(BLACK)
        c.setFont("Arial", BODY)
        c.drawRightString(W - RM, 40, str(pn))
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
