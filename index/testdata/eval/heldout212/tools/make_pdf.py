#!/usr/bin/python3
"""Make docs/reefs-tipping-point-news.pdf from tools/reefs-tipping-point-news.txt.

The PDF is a news site's "Explained" article printed from Chrome (Ctrl+P, "Save as PDF", A4,
default margins, "Headers and footers" and "Background graphics" on). On every page Chrome's
header line (the print date and time at the left, the tab's title centred and cut with "…") and
footer line (the page's address at the left, cut with "…", and "N/M" at the right), and the
site's sticky "open the app" bar, which is position:fixed and so printed again on every page.
The page itself in the site's narrow print layout: a grey top bar, the masthead with a
Subscribe button and Sign In, the menu bar, a breadcrumb, a red kicker, the headline, the
standfirst, byline, dateline and read time, a share row, the "Listen to this article" player, a
"Key takeaways" box, a lead photo (a placeholder block, as the image is not kept) with its
caption, body paragraphs with h2 sub-heads, two "Also Read" links, two empty advertisement slots
("ADVERTISEMENT" / "Story continues below this ad"), a pull quote, a timeline box, a WhatsApp
line, tags as pills, the "First uploaded on" line, the author card, a "Trending" list and the
site footer. Text is set in Liberation Serif and Liberation Sans (metric twins of the fonts the
site asks for); characters they lack (the subscript two of CO₂) come from DejaVu as Chrome's
font fallback does. Links are real link annotations.

Source markup, one item a line: "@key value" (see the source file); "%" lines are comments.
Run from anywhere: /usr/bin/python3 tools/make_pdf.py  (an output path may be given as
the only argument; output is byte-for-byte stable,
reportlab with invariant=1)
"""
import os
import sys

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFString
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "reefs-tipping-point-news.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else \
    os.path.join(HERE, "..", "docs", "reefs-tipping-point-news.pdf")
LIB = "/usr/share/fonts/truetype/liberation"
DJV = "/usr/share/fonts/truetype/dejavu"

FONTS = {
    "Serif": (LIB, "LiberationSerif-Regular.ttf"),
    "Serif-Bold": (LIB, "LiberationSerif-Bold.ttf"),
    "Serif-Italic": (LIB, "LiberationSerif-Italic.ttf"),
    "Sans": (LIB, "LiberationSans-Regular.ttf"),
    "Sans-Bold": (LIB, "LiberationSans-Bold.ttf"),
    "Sans-Italic": (LIB, "LiberationSans-Italic.ttf"),
    "FallbackSerif": (DJV, "DejaVuSerif.ttf"),
    "FallbackSans": (DJV, "DejaVuSans.ttf"),
}
for _name, (_dir, _file) in FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, os.path.join(_dir, _file)))

PAGE_W, PAGE_H = A4
MARGIN = 28.35                      # Chrome's default 1 cm margins
X0 = MARGIN + 12                    # the site's own padding inside the printable width
WIDTH = PAGE_W - 2 * X0
STICKY_H = 26
TOP = PAGE_H - MARGIN - 4
BOTTOM = MARGIN + STICKY_H + 8

INK = HexColor("#1d1d1d")
GREY = HexColor("#6b6b6b")
LIGHT = HexColor("#dddddd")
RED = HexColor("#c4161c")
BLUE = HexColor("#0b58a6")
UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/141.0.0.0 Safari/537.36")


# ---------------------------------------------------------------- text helpers
def runs(text, font):
    """Split text into runs of the font and of Chrome's fallback font for missing glyphs."""
    face = pdfmetrics.getFont(font).face.charToGlyph
    fb = "FallbackSerif" if font.startswith("Serif") else "FallbackSans"
    out = []
    for ch in text:
        f = font if (ord(ch) in face or ch == " ") else fb
        if out and out[-1][1] == f:
            out[-1][0] += ch
        else:
            out.append([ch, f])
    return out


def width(text, font, size):
    return sum(pdfmetrics.stringWidth(t, f, size) for t, f in runs(text, font))


def draw(c, x, y, text, font, size, color=INK):
    c.setFillColor(color)
    for t, f in runs(text, font):
        c.setFont(f, size)
        c.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, f, size)
    return x


def wrap(text, font, size, maxw):
    lines, cur = [], ""
    for word in text.split(" "):
        trial = word if not cur else cur + " " + word
        if cur and width(trial, font, size) > maxw:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def fit(text, font, size, maxw):
    """Cut text with an ellipsis to fit maxw, as Chrome does in its header and footer."""
    if width(text, font, size) <= maxw:
        return text
    while text and width(text + "…", font, size) > maxw:
        text = text[:-1]
    return text.rstrip() + "…"


# ---------------------------------------------------------------- layout items
class Item:
    """A slice of the page flow: height h, drawn with its top at y; keep = the height of what
    must follow on the same page; space = vertical gap dropped at the top of a page."""

    def __init__(self, h, fn=None, keep=0.0, space=False):
        self.h, self.fn, self.keep, self.space = h, fn, keep, space


def gap(h):
    return Item(h, space=True)


def text_lines(text, font, size, leading, color=INK, indent=0, maxw=None, first=None):
    items = []
    maxw = maxw or WIDTH - indent
    for i, line in enumerate(wrap(text, font, size, maxw)):
        def fn(c, y, line=line, i=i):
            if i == 0 and first:
                first(c, y)
            draw(c, X0 + indent, y - leading + (leading - size) / 2 + 2, line, font, size, color)
        items.append(Item(leading, fn))
    return items


def topbar(v):
    parts = v.split("|")

    def fn(c, y):
        c.setFillColor(HexColor("#f2f2f2"))
        c.rect(MARGIN, y - 16, PAGE_W - 2 * MARGIN, 16, stroke=0, fill=1)
        x = X0
        for i, p in enumerate(parts):
            if i:
                x = draw(c, x + 5, y - 11, "|", "Sans", 7.5, LIGHT) + 5
            x = draw(c, x, y - 11, p, "Sans-Bold" if i else "Sans", 7.5, GREY)
    return [Item(22, fn)]


def masthead(logo, tagline, account):
    sub, sign = account.split("|")

    def fn(c, y):
        # hamburger icon
        c.setStrokeColor(INK)
        c.setLineWidth(1.6)
        for k in range(3):
            c.line(X0, y - 14 - 5 * k, X0 + 15, y - 14 - 5 * k)
        w = width(logo, "Serif-Bold", 25)
        draw(c, (PAGE_W - w) / 2, y - 26, logo, "Serif-Bold", 25)
        w2 = width(tagline, "Sans", 6.5)
        draw(c, (PAGE_W - w2) / 2, y - 37, tagline, "Sans", 6.5, GREY)
        bw = width(sub, "Sans-Bold", 8) + 16
        bx = X0 + WIDTH - bw - width(sign, "Sans-Bold", 8) - 12
        c.setFillColor(RED)
        c.roundRect(bx, y - 25, bw, 16, 3, stroke=0, fill=1)
        draw(c, bx + 8, y - 20, sub, "Sans-Bold", 8, HexColor("#ffffff"))
        draw(c, bx + bw + 12, y - 20, sign, "Sans-Bold", 8, INK)
    return [Item(44, fn)]


def navbar(v):
    parts = v.split("|")

    def fn(c, y):
        c.setStrokeColor(INK)
        c.setLineWidth(1.2)
        c.line(MARGIN, y, PAGE_W - MARGIN, y)
        c.setStrokeColor(LIGHT)
        c.setLineWidth(0.6)
        c.line(MARGIN, y - 20, PAGE_W - MARGIN, y - 20)
        x = X0
        for p in parts:
            col = RED if p == "Explained" else INK
            x = draw(c, x, y - 13.5, p.upper(), "Sans-Bold", 7.8, col) + 13
    return [Item(26, fn)]


def crumb(v):
    return text_lines("  ›  ".join(v.split("|")), "Sans", 8, 14, GREY) + [gap(4)]


def kicker(v):
    def fn(c, y):
        c.setFillColor(RED)
        c.rect(X0, y - 11, 3, 9, stroke=0, fill=1)
        draw(c, X0 + 7, y - 10, v, "Sans-Bold", 8, RED)
    return [Item(16, fn)]


def byline(name, dateline, readtime):
    def fn(c, y):
        c.setFillColor(HexColor("#d9d4cc"))
        c.circle(X0 + 11, y - 14, 11, stroke=0, fill=1)
        x = draw(c, X0 + 28, y - 11, "Written by ", "Sans", 9, GREY)
        draw(c, x, y - 11, name.replace("Written by ", ""), "Sans-Bold", 9, BLUE)
        draw(c, X0 + 28, y - 23, dateline, "Sans", 8.2, GREY)
        w = width(readtime, "Sans", 8.2)
        draw(c, X0 + WIDTH - w, y - 23, readtime, "Sans", 8.2, GREY)
    return [gap(6), Item(32, fn)]


def share_row(v):
    share, follow, pill = v.split("|")

    def fn(c, y):
        x = draw(c, X0, y - 13, share, "Sans-Bold", 8.2, INK) + 8
        for col in ("#3b5998", "#111111", "#25d366", "#0a66c2"):
            c.setFillColor(HexColor(col))
            c.circle(x + 8, y - 10, 8, stroke=0, fill=1)
            x += 21
        x = draw(c, x + 10, y - 13, follow, "Sans-Bold", 8.2, INK) + 8
        pw = width(pill, "Sans", 7.8) + 16
        c.setStrokeColor(HexColor("#bbbbbb"))
        c.setLineWidth(0.7)
        c.roundRect(x, y - 18, pw, 16, 8, stroke=1, fill=0)
        draw(c, x + 8, y - 13, pill, "Sans", 7.8, INK)
    return [gap(4), Item(26, fn)]


def listen(v):
    label, clock, speed = v.split("|")

    def fn(c, y):
        c.setFillColor(HexColor("#f4f4f4"))
        c.setStrokeColor(LIGHT)
        c.roundRect(X0, y - 30, WIDTH, 26, 13, stroke=1, fill=1)
        c.setFillColor(RED)
        c.circle(X0 + 17, y - 17, 8, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        p = c.beginPath()
        p.moveTo(X0 + 14.5, y - 21)
        p.lineTo(X0 + 14.5, y - 13)
        p.lineTo(X0 + 21, y - 17)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        draw(c, X0 + 32, y - 20, label, "Sans-Bold", 8.5, INK)
        c.setStrokeColor(HexColor("#bdbdbd"))
        c.setLineWidth(2)
        c.line(X0 + 150, y - 17, X0 + WIDTH - 110, y - 17)
        draw(c, X0 + WIDTH - 98, y - 20, clock, "Sans", 8, GREY)
        draw(c, X0 + WIDTH - 24, y - 20, speed, "Sans-Bold", 8, INK)
    return [gap(2), Item(36, fn)]


def takeaways(title, points):
    body = []
    for p in points:
        body.append(wrap(p, "Sans", 9.8, WIDTH - 40))
    h = 30 + sum(len(b) for b in body) * 14 + 4 * len(body) + 6

    def fn(c, y):
        c.setFillColor(HexColor("#fff8e6"))
        c.setStrokeColor(HexColor("#f0c36d"))
        c.setLineWidth(0.8)
        c.rect(X0, y - h + 4, WIDTH, h - 8, stroke=1, fill=1)
        draw(c, X0 + 12, y - 20, title, "Sans-Bold", 10.5, INK)
        yy = y - 38
        for lines in body:
            draw(c, X0 + 16, yy, "•", "Sans-Bold", 9.8, RED)
            for ln in lines:
                draw(c, X0 + 28, yy, ln, "Sans", 9.8, INK)
                yy -= 14
            yy -= 4
    return [gap(4), Item(h, fn), gap(6)]


def image(caption):
    lines = wrap(caption, "Sans-Italic", 8, WIDTH)
    ih = 210
    h = ih + 6 + 11 * len(lines) + 4

    def fn(c, y):
        # the photo was not kept: Chrome prints the lazy-loaded image's placeholder block
        steps = 30
        for k in range(steps):
            shade = 0.93 - 0.012 * k
            c.setFillColorRGB(shade - 0.14, shade - 0.04, shade)
            c.rect(X0, y - ih + k * ih / steps, WIDTH, ih / steps + 0.5, stroke=0, fill=1)
        yy = y - ih - 12
        for ln in lines:
            draw(c, X0, yy, ln, "Sans-Italic", 8, GREY)
            yy -= 11
    return [gap(4), Item(h, fn), gap(8)]


def para(v):
    return text_lines(v, "Serif", 11.5, 17.2) + [gap(9)]


def h2(v):
    items = text_lines(v, "Sans-Bold", 14.5, 19)
    items[0:0] = [gap(8)]
    items[-1].keep = 17.2 * 3
    return items + [gap(4)]


def also(v):
    label, url = v.rsplit("|", 1)
    head, tail = label.split(" | ", 1)
    lines = wrap(tail, "Sans-Bold", 10, WIDTH - 20 - width(head + " | ", "Sans-Bold", 10))
    h = 16 + 14 * len(lines)

    def fn(c, y):
        c.setFillColor(RED)
        c.rect(X0, y - h + 6, 2.5, h - 10, stroke=0, fill=1)
        x = draw(c, X0 + 10, y - 15, head + " | ", "Sans-Bold", 10, RED)
        yy = y - 15
        for ln in lines:
            x2 = draw(c, x, yy, ln, "Sans-Bold", 10, BLUE)
            c.linkURL(url, (x, yy - 3, x2, yy + 10), relative=0, thickness=0)
            yy -= 14
    return [Item(h, fn), gap(8)]


def advert():
    def fn(c, y):
        w = width("ADVERTISEMENT", "Sans", 6.5)
        draw(c, (PAGE_W - w) / 2, y - 9, "ADVERTISEMENT", "Sans", 6.5, HexColor("#9a9a9a"))
        c.setFillColor(HexColor("#f7f7f7"))
        c.setStrokeColor(HexColor("#e6e6e6"))
        c.rect((PAGE_W - 300) / 2, y - 118, 300, 104, stroke=1, fill=1)
        t = "Story continues below this ad"
        w = width(t, "Sans", 7.5)
        draw(c, (PAGE_W - w) / 2, y - 130, t, "Sans", 7.5, HexColor("#9a9a9a"))
    return [gap(2), Item(140, fn), gap(6)]


def quote(v):
    lines = wrap("“" + v + "”", "Serif-Italic", 15, WIDTH - 40)
    h = 12 + 21 * len(lines) + 8

    def fn(c, y):
        c.setFillColor(RED)
        c.rect(X0 + 8, y - h + 6, 3.5, h - 10, stroke=0, fill=1)
        yy = y - 22
        for ln in lines:
            draw(c, X0 + 24, yy, ln, "Serif-Italic", 15, HexColor("#333333"))
            yy -= 21
    return [gap(4), Item(h, fn), gap(10)]


def timeline(title, rows):
    body = [(d, wrap(t, "Sans", 9.5, WIDTH - 120)) for d, t in rows]
    h = 34 + sum(13.5 * len(b) + 6 for _, b in body) + 6

    def fn(c, y):
        c.setStrokeColor(INK)
        c.setLineWidth(0.9)
        c.rect(X0, y - h + 4, WIDTH, h - 4, stroke=1, fill=0)
        c.setFillColor(INK)
        c.rect(X0, y - 24, WIDTH, 20, stroke=0, fill=1)
        draw(c, X0 + 10, y - 18, title, "Sans-Bold", 10.5, HexColor("#ffffff"))
        yy = y - 42
        for d, lines in body:
            draw(c, X0 + 12, yy, d, "Sans-Bold", 9.5, RED)
            for ln in lines:
                draw(c, X0 + 104, yy, ln, "Sans", 9.5, INK)
                yy -= 13.5
            yy -= 6
    return [gap(6), Item(h, fn), gap(12)]


def whatsapp(v):
    lines = wrap(v, "Sans-Bold", 9.5, WIDTH - 46)
    h = 14 + 13.5 * len(lines) + 4

    def fn(c, y):
        c.setStrokeColor(HexColor("#25d366"))
        c.setLineWidth(1)
        c.roundRect(X0, y - h + 2, WIDTH, h - 2, 4, stroke=1, fill=0)
        c.setFillColor(HexColor("#25d366"))
        c.circle(X0 + 16, y - h / 2 + 1, 8, stroke=0, fill=1)
        yy = y - 15
        for ln in lines:
            draw(c, X0 + 32, yy, ln, "Sans-Bold", 9.5, HexColor("#128c4a"))
            yy -= 13.5
    return [Item(h, fn), gap(10)]


def tags(v):
    parts = v.split("|")

    def fn(c, y):
        x = draw(c, X0, y - 13, "Tags:", "Sans-Bold", 8.5, INK) + 8
        for p in parts:
            pw = width(p, "Sans", 8) + 14
            c.setStrokeColor(HexColor("#bbbbbb"))
            c.setLineWidth(0.7)
            c.roundRect(x, y - 18, pw, 15, 7, stroke=1, fill=0)
            draw(c, x + 7, y - 13.5, p, "Sans", 8, INK)
            x += pw + 6
    return [Item(24, fn)]


def author(v):
    name, bio = v.split("|")
    lines = wrap(bio, "Sans", 8.8, WIDTH - 70)
    h = 32 + 12.5 * len(lines) + 8

    def fn(c, y):
        c.setFillColor(HexColor("#f6f6f6"))
        c.rect(X0, y - h + 4, WIDTH, h - 4, stroke=0, fill=1)
        c.setFillColor(HexColor("#d9d4cc"))
        c.circle(X0 + 28, y - 28, 17, stroke=0, fill=1)
        draw(c, X0 + 56, y - 20, name, "Sans-Bold", 10, INK)
        yy = y - 35
        for ln in lines:
            draw(c, X0 + 56, yy, ln, "Sans", 8.8, HexColor("#444444"))
            yy -= 12.5
    return [gap(6), Item(h, fn), gap(10)]


def trending(title, rows):
    items = []

    def head(c, y):
        draw(c, X0, y - 14, title.upper(), "Sans-Bold", 11, INK)
        c.setStrokeColor(RED)
        c.setLineWidth(2)
        c.line(X0, y - 19, X0 + 60, y - 19)
    items.append(Item(26, head, keep=40))
    for i, r in enumerate(rows, 1):
        def fn(c, y, i=i, r=r):
            draw(c, X0, y - 13, "%d" % i, "Serif-Bold", 14, HexColor("#b0b0b0"))
            draw(c, X0 + 20, y - 13, r, "Sans-Bold", 9.5, INK)
            c.setStrokeColor(HexColor("#eeeeee"))
            c.setLineWidth(0.6)
            c.line(X0, y - 20, X0 + WIDTH, y - 20)
        items.append(Item(24, fn))
    return [gap(4)] + items + [gap(10)]


def sitefooter(links, copyright):
    parts = links.split("|")

    def fn(c, y):
        c.setFillColor(HexColor("#111111"))
        c.rect(MARGIN, y - 52, PAGE_W - 2 * MARGIN, 52, stroke=0, fill=1)
        draw(c, X0, y - 18, "DECCAN MERIDIAN", "Serif-Bold", 12, HexColor("#ffffff"))
        x = X0
        for i, p in enumerate(parts):
            if i:
                x = draw(c, x + 4, y - 33, "|", "Sans", 7.5, GREY) + 4
            x = draw(c, x, y - 33, p.upper(), "Sans", 7.5, HexColor("#dddddd"))
        draw(c, X0, y - 45, copyright, "Sans", 7, HexColor("#aaaaaa"))
    return [gap(6), Item(56, fn)]


# ---------------------------------------------------------------- build
class ChromeInfo(PDFInfo):
    """The document information Chrome's PDF backend writes: no Author, Subject or Keywords,
    and creation and modification dates at the moment of printing (UTC)."""

    def format(self, document):
        stamp = PDFDate(dateFormatter=lambda *a: "D:20251014031224+00'00'")
        return PDFDictionary({"Title": PDFString(self.title), "Creator": PDFString(self.creator),
                              "Producer": PDFString(self.producer), "CreationDate": stamp,
                              "ModDate": stamp}).format(document)


def parse(path):
    meta, flow = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith("%"):
                continue
            key, _, val = line.partition(" ")
            flow.append((key[1:], val))
            meta.setdefault(key[1:], val)
    return meta, flow


def build_items(meta, flow):
    items = []
    i = 0
    while i < len(flow):
        k, v = flow[i]
        if k == "topbar":
            items += topbar(v)
        elif k == "logo":
            items += masthead(v, meta["tagline"], meta["account"])
        elif k == "nav":
            items += navbar(v)
        elif k == "crumb":
            items += [gap(6)] + crumb(v)
        elif k == "kicker":
            items += kicker(v)
        elif k == "title":
            items += text_lines(v, "Serif-Bold", 24, 29.5) + [gap(6)]
        elif k == "dek":
            items += text_lines(v, "Sans", 11.5, 16.5, HexColor("#4a4a4a"))
        elif k == "byline":
            items += byline(v, meta["dateline"], meta["readtime"])
        elif k == "share":
            items += share_row(v)
        elif k == "listen":
            items += listen(v)
        elif k == "takeaways":
            pts = []
            while i + 1 < len(flow) and flow[i + 1][0] == "li":
                i += 1
                pts.append(flow[i][1])
            items += takeaways(v, pts)
        elif k == "image":
            items += image(v)
        elif k == "p":
            items += para(v)
        elif k == "h2":
            items += h2(v)
        elif k == "also":
            items += also(v)
        elif k == "ad":
            items += advert()
        elif k == "quote":
            items += quote(v)
        elif k == "box":
            rows = []
            while i + 1 < len(flow) and flow[i + 1][0] == "tl":
                i += 1
                d, t = flow[i][1].split("|")
                rows.append((d, t))
            items += timeline(v, rows)
        elif k == "whatsapp":
            items += whatsapp(v)
        elif k == "tags":
            items += tags(v)
        elif k == "uploaded":
            items += text_lines(v, "Sans", 8, 14, GREY) + [gap(4)]
        elif k == "author":
            items += author(v)
        elif k == "trending":
            rows = []
            while i + 1 < len(flow) and flow[i + 1][0] == "tr":
                i += 1
                rows.append(flow[i][1])
            items += trending(v, rows)
        elif k == "footer":
            items += sitefooter(v, meta["copyright"])
        elif k in ("printed", "tabtitle", "url", "sticky", "tagline", "account", "dateline",
                   "readtime", "copyright"):
            pass
        else:
            raise ValueError("unknown item @%s" % k)
        i += 1
    return items


def paginate(items):
    pages, cur, y = [], [], TOP
    for idx, it in enumerate(items):
        if it.space and not cur:
            continue
        need = it.h + (it.keep if it.keep else 0)
        if not it.space and y - need < BOTTOM and cur:
            pages.append(cur)
            cur, y = [], TOP
        if it.space and y - it.h < BOTTOM:
            continue
        cur.append((it, y))
        y -= it.h
    if cur:
        pages.append(cur)
    return pages


def chrome_frame(c, meta, n, total):
    hs = 8
    draw(c, 20, PAGE_H - 17, meta["printed"], "Sans", hs)
    title = fit(meta["tabtitle"], "Sans", hs, 300)
    draw(c, (PAGE_W - width(title, "Sans", hs)) / 2, PAGE_H - 17, title, "Sans", hs)
    num = "%d/%d" % (n, total)
    draw(c, PAGE_W - 20 - width(num, "Sans", hs), 11, num, "Sans", hs)
    url = fit(meta["url"], "Sans", hs, 470)
    draw(c, 20, 11, url, "Sans", hs)
    # the site's fixed "open the app" bar, printed on every page
    text, button = meta["sticky"].split("|")
    c.setFillColor(HexColor("#1f1f1f"))
    c.rect(MARGIN, MARGIN, PAGE_W - 2 * MARGIN, STICKY_H, stroke=0, fill=1)
    draw(c, X0, MARGIN + 9.5, text, "Sans-Bold", 8.5, HexColor("#ffffff"))
    bw = width(button, "Sans-Bold", 8) + 18
    c.setFillColor(RED)
    c.roundRect(X0 + WIDTH - bw, MARGIN + 5, bw, 16, 3, stroke=0, fill=1)
    draw(c, X0 + WIDTH - bw + 9, MARGIN + 10, button, "Sans-Bold", 8, HexColor("#ffffff"))


def main():
    meta, flow = parse(SRC)
    pages = paginate(build_items(meta, flow))
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1, pageCompression=1)
    c._doc.info = ChromeInfo()
    c.setTitle(meta["tabtitle"])
    c.setCreator(UA)
    c.setProducer("Skia/PDF m141")
    for n, page in enumerate(pages, 1):
        chrome_frame(c, meta, n, len(pages))
        for it, y in page:
            if it.fn:
                it.fn(c, y)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
