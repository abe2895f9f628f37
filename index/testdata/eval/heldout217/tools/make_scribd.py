#!/usr/bin/python3
"""Re-make docs/ken-betwa-cover-story-scribd.html from tools/ken-betwa-cover-story-scribd.txt.

Run from anywhere: /usr/bin/python3 tools/make_scribd.py [OUTPUT]
(OUTPUT defaults to the file in docs/). Standard library plus reportlab's TrueType metrics
(Liberation fonts, used only to measure text widths); the same bytes on every run.

The file is a Scribd document page saved with the SingleFile browser extension: one HTML file,
compressed the way SingleFile writes it (unquoted attributes where possible, scripts and hidden
elements dropped, images and the favicon inlined as data: URIs, SingleFile's header comment and
content-security-policy meta). The uploaded PDF - the cover story of a coaching institute's
monthly magazine, set in two columns - is shown by a pdf.js-style viewer: each page is a
div.page holding a canvas (its pixels kept by SingleFile as a data: URI background image, here a
low-resolution greyscale rendering) and a div.textLayer in which every run of text is an
absolutely positioned span (left/top in per cent of the page, font size as
calc(var(--scale-factor)*Npx), a scaleX transform where the line is justified), each line ending
in <br role=presentation>. Bold run-in labels, bullets, table cells and options are spans of
their own; words hyphenated at a line end keep their hyphen; the magazine's running head,
page footer and printed page numbers (24-26) are in the text layer too.
"""
import base64
import html
import os
import struct
import sys
import zlib

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ken-betwa-cover-story-scribd.txt")
OUT = os.path.join(HERE, "..", "docs", "ken-betwa-cover-story-scribd.html")

FONTDIR = "/usr/share/fonts/truetype/liberation/"
for _n, _f in (("TR", "LiberationSerif-Regular.ttf"), ("TB", "LiberationSerif-Bold.ttf"),
               ("TI", "LiberationSerif-Italic.ttf"), ("HR", "LiberationSans-Regular.ttf"),
               ("HB", "LiberationSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(_n, os.path.join(FONTDIR, _f)))

PW, PH = 595.28, 841.89
SCALE = 1.5
LM, RM = 42.0, 42.0
GUT = 16.0
COLW = (PW - LM - RM - GUT) / 2
TOP, BOTTOM = 62.0, 798.0
BODY, LEAD = 10.0, 12.5
ASC = 0.89


def width(text, font, size):
    return pdfmetrics.stringWidth(text.replace("\u20b9", "R"), font, size)


class Page:
    def __init__(self, n):
        self.n = n
        self.lines = []      # list of lists of (x, baseline, font, size, text, scalex)
        self.rects = []      # (x, y, w, h, grey)

    def line(self, runs):
        self.lines.append(runs)


class Flow:
    """Two-column flow over pages."""

    def __init__(self, meta):
        self.meta = meta
        self.pages = []
        self.new_page()

    def new_page(self):
        self.page = Page(len(self.pages) + 1)
        self.pages.append(self.page)
        self.col = 0
        self.top = TOP
        self.y = TOP

    def x0(self):
        return LM + self.col * (COLW + GUT)

    def next_col(self):
        if self.col == 0:
            self.col = 1
            self.y = self.top
        else:
            self.new_page()

    def need(self, h):
        if self.y + h > BOTTOM:
            self.next_col()

    def put(self, runs, size=BODY, lead=LEAD):
        """runs: list of (dx, font, size, text, scalex) relative to column; baseline at y+asc."""
        self.need(lead)
        base = self.y + ASC * size
        self.page.line([(self.x0() + dx, base, f, s, t, sx) for dx, f, s, t, sx in runs])
        self.y += lead


def tokens(text, font, bold):
    """Split marked-up text into words, each a list of (font, piece) runs; ~ = hyphen point."""
    out = []
    cur_bold = False
    word = []
    i = 0
    buf = ""

    def flush_piece():
        nonlocal buf
        if buf:
            word.append((bold if cur_bold else font, buf))
            buf = ""

    while i < len(text):
        if text.startswith("**", i):
            flush_piece()
            cur_bold = not cur_bold
            i += 2
            continue
        c = text[i]
        if c == " ":
            flush_piece()
            if word:
                out.append(word)
            word = []
        else:
            buf += c
        i += 1
    flush_piece()
    if word:
        out.append(word)
    return out


def word_text(word):
    return "".join(p for _, p in word).replace("~", "")


def word_width(word, size):
    return sum(width(p.replace("~", ""), f, size) for f, p in word)


def split_word(word, size, avail):
    """Hyphenate a word at its last ~ point that fits in avail; return (head, tail) or None."""
    font = word[0][0]
    full = "".join(p for _, p in word)
    parts = full.split("~")
    for k in range(len(parts) - 1, 0, -1):
        head = "".join(parts[:k]) + "-"
        if width(head, font, size) <= avail:
            return [(font, head)], [(font, "~".join(parts[k:]))]
    return None


def wrap(words, size, first_avail, avail):
    lines, cur, cur_w, lim = [], [], 0.0, first_avail
    space = width(" ", "TR", size)
    queue = list(words)
    while queue:
        w = queue.pop(0)
        ww = word_width(w, size)
        add = ww + (space if cur else 0)
        if cur and cur_w + add > lim:
            sp = split_word(w, size, lim - cur_w - space) if "~" in "".join(p for _, p in w) else None
            if sp:
                cur.append(sp[0])
                queue.insert(0, sp[1])
            else:
                queue.insert(0, w)
            lines.append(cur)
            cur, cur_w, lim = [], 0.0, avail
            continue
        cur.append(w)
        cur_w += add
    if cur:
        lines.append(cur)
    return lines


def line_runs(words, size, x, avail, justify):
    """Lay out one line of words as runs (one per font change), justified if asked.

    Returns (x, font, size, text, scalex) tuples; a space at a font change belongs to neither
    run, spaces inside a run are widened by the run's scaleX as pdf.js does."""
    space = width(" ", "TR", size)
    natural = sum(word_width(w, size) for w in words) + space * (len(words) - 1)
    extra = (avail - natural) / (len(words) - 1) if justify and len(words) > 1 else 0.0
    runs = []            # [x, font, text, n_spaces]
    cx = x
    for i, w in enumerate(words):
        for j, (f, p) in enumerate(w):
            p = p.replace("~", "")
            gap = i > 0 and j == 0
            if runs and runs[-1][1] == f:
                if gap:
                    runs[-1][2] += " "
                    runs[-1][3] += 1
                    cx += space + extra
                runs[-1][2] += p
            else:
                if gap:
                    cx += space + extra
                runs.append([cx, f, p, 0])
            cx += width(p, f, size)
    out = []
    for rx, f, t, nsp in runs:
        nat = width(t, f, size)
        sx = (nat + nsp * extra) / nat if nat else 1.0
        out.append((rx, f, size, t, sx))
    return out


def set_par(flow, text, font="TR", bold="TB", size=BODY, lead=LEAD, indent=0.0, first=None,
            justify=True, hang=None):
    words = tokens(text, font, bold)
    avail = COLW - indent
    fx = indent if first is None else first
    lines = wrap(words, size, COLW - fx, avail)
    for i, ln in enumerate(lines):
        x = fx if i == 0 else indent
        av = (COLW - fx) if i == 0 else avail
        just = justify and i < len(lines) - 1
        runs = line_runs(ln, size, x, av, just)
        runs = [(rx, f, s, t, sx) for rx, f, s, t, sx in runs]
        if i == 0 and hang:
            runs = hang + runs
        flow.put(runs, size, lead)


def build(lines):
    meta, related, body = {}, [], []
    for raw in lines:
        if raw.startswith("%") or not raw.strip():
            continue
        if raw.startswith("@related "):
            related.append(raw[9:].split("|"))
        elif raw.startswith("@"):
            k, v = raw[1:].split(" ", 1)
            meta[k] = v
        else:
            body.append(raw)
    flow = Flow(meta)
    page = flow.page
    # full-width title block on page 1
    y = TOP + 6
    head = {}
    i = 0
    while body[i][:2] in ("K ", "T ", "D ", "Y "):
        head[body[i][0]] = body[i][2:]
        i += 1
    full = PW - LM - RM
    page.line([(LM, y + ASC * 8, "HB", 8.0, head["K"], 1.0)])
    y += 16
    for ln in wrap(tokens(head["T"], "HB", "HB"), 22, full, full):
        page.line([(LM, y + ASC * 22, "HB", 22.0, " ".join(word_text(w) for w in ln), 1.0)])
        y += 26
    y += 4
    dl = wrap(tokens(head["D"], "TI", "TI"), 11, full, full)
    for k, ln in enumerate(dl):
        runs = line_runs(ln, 11, LM, full, k < len(dl) - 1)
        page.line([(rx, y + ASC * 11, "TI", 11.0, t, sx) for rx, f, s, t, sx in runs])
        y += 14
    y += 3
    page.line([(LM, y + ASC * 8, "HR", 8.0, head["Y"], 1.0)])
    y += 12
    page.rects.append((LM, y, full, 0.8, 0))
    y += 10
    flow.top = flow.y = y
    box = None
    table = []
    for raw in body[i:]:
        tag, _, text = raw.partition(" ")
        if tag in ("H", "S", "BOX", "TC"):
            text = text.replace("~", "")
        if box is not None:
            if tag == "ENDBOX":
                set_box(flow, box)
                box = None
            else:
                box["items"].append(text)
            continue
        if tag in ("TH", "TR"):
            table.append((tag, text.split(" | ")))
            continue
        if tag == "TC":
            set_table(flow, table, text)
            table = []
            continue
        if tag == "H":
            flow.y += 6
            flow.need(14 + 3 * LEAD)
            flow.put([(0.0, "HB", 11.0, text, 1.0)], 11.0, 15.0)
            flow.page.rects.append((flow.x0(), flow.y - 2.5, 28, 1.6, 60))
            flow.y += 2
        elif tag == "S":
            flow.y += 2
            flow.need(12 + 2 * LEAD)
            flow.put([(0.0, "HB", 9.5, text, 1.0)], 9.5, 12.5)
        elif tag == "P":
            set_par(flow, text)
            flow.y += 3.5
        elif tag == "B":
            set_par(flow, text, indent=10.0, hang=[(2.0, "TR", BODY, "\u2022", 1.0)])
            flow.y += 2
        elif tag == "N":
            num, t = text.split(" | ", 1)
            set_par(flow, t, indent=14.0, hang=[(2.0, "TR", BODY, num, 1.0)])
        elif tag == "O":
            opts = text.split(" | ")
            for k in range(0, len(opts), 2):
                pair = opts[k:k + 2]
                runs = [(14.0 + 112.0 * m, "TR", BODY, o, 1.0) for m, o in enumerate(pair)]
                flow.put(runs)
            flow.y += 2
        elif tag == "A":
            set_par(flow, text)
            flow.y += 5
        elif tag == "BOX":
            box = {"title": text, "items": []}
        else:
            raise SystemExit("unknown line: %r" % raw)
    return flow.pages, meta, related


def set_table(flow, rows, caption):
    w1 = 78.0
    widths = [w1, COLW - w1]
    flow.y += 3
    for r, (tag, cells) in enumerate(rows):
        font = "HB" if tag == "TH" else "TR"
        size = 8.5
        wrapped = [wrap(tokens(c, font, "HB"), size, w - 8, w - 8) for c, w in zip(cells, widths)]
        n = max(len(c) for c in wrapped)
        h = n * 10.6 + 5
        flow.need(h + (14 if r == 0 else 0))
        x0 = flow.x0()
        if r == 0:
            flow.page.rects.append((x0, flow.y, COLW, h, 215))
        top = flow.y
        for k in range(n):
            runs = []
            cx = 0.0
            for c, w in zip(wrapped, widths):
                if k < len(c):
                    runs.append((cx + 4, font, size, " ".join(word_text(wd) for wd in c[k]), 1.0))
                cx += w
            base = top + 3 + k * 10.6 + ASC * size
            flow.page.line([(x0 + dx, base, f, s, t, sx) for dx, f, s, t, sx in runs])
        flow.y = top + h
        flow.page.rects.append((x0, flow.y, COLW, 0.5, 90))
    flow.y += 2
    flow.put([(0.0, "TI", 7.5, caption, 1.0)], 7.5, 10.0)
    flow.y += 6


def set_box(flow, box):
    # measure first
    size = 9.0
    lines = []
    for it in box["items"]:
        lines.append(wrap(tokens(it, "TR", "TB"), size, COLW - 24, COLW - 24))
    h = 8 + 14 + sum(len(l) for l in lines) * 11.0 + 4 * len(lines) + 6
    flow.y += 4
    flow.need(h)
    x0 = flow.x0()
    flow.page.rects.append((x0, flow.y, COLW, h, 232))
    flow.y += 8
    flow.put([(8.0, "HB", 10.0, box["title"].upper(), 1.0)], 10.0, 14.0)
    for ln in lines:
        for k, wl in enumerate(ln):
            runs = line_runs(wl, size, 18.0, COLW - 24, k < len(ln) - 1)
            if k == 0:
                runs = [(9.0, "TR", size, "\u25aa", 1.0)] + runs
            flow.put(runs, size, 11.0)
        flow.y += 4
    flow.y += 10


def furniture(pages, meta):
    first = int(meta["firstpage"])
    for p in pages:
        num = str(first + p.n - 1)
        left = (first + p.n - 1) % 2 == 0
        p.line([(LM, 30 + ASC * 7.5, "HB", 7.5, meta["issue"], 1.0),
                (PW - RM - width(meta["section"], "HR", 7.5), 30 + ASC * 7.5, "HR", 7.5,
                 meta["section"], 1.0)])
        p.rects.append((LM, 42, PW - LM - RM, 0.6, 0))
        fy = 812 + ASC * 7
        if left:
            p.line([(LM, fy - 0.5, "HB", 8.5, num, 1.0),
                    (PW - RM - width(meta["footer"], "HR", 7), fy, "HR", 7.0, meta["footer"], 1.0)])
        else:
            p.line([(LM, fy, "HR", 7.0, meta["footer"], 1.0),
                    (PW - RM - width(num, "HB", 8.5), fy - 0.5, "HB", 8.5, num, 1.0)])
        p.rects.append((LM, 806, PW - LM - RM, 0.4, 120))
        # running head first so that the text layer starts with it, as pdf.js reads the
        # content stream (the head and foot are drawn first on every page of the magazine)
        p.lines = p.lines[-2:] + p.lines[:-2]


# ---------------------------------------------------------------- canvas image (PNG)

def png(pg):
    w, h = int(PW / 2), int(PH / 2)
    buf = bytearray([255]) * (w * h)

    def fill(x, y, rw, rh, g):
        x0, y0 = max(0, int(x / 2)), max(0, int(y / 2))
        x1, y1 = min(w, int((x + rw) / 2 + 0.999)), min(h, int((y + rh) / 2 + 0.999))
        for yy in range(y0, y1):
            row = yy * w
            for xx in range(x0, x1):
                if buf[row + xx] > g:
                    buf[row + xx] = g

    for x, y, rw, rh, g in pg.rects:
        fill(x, y, rw, rh, g)
    for runs in pg.lines:
        for x, base, f, s, t, sx in runs:
            tw = width(t, f, s) * sx
            g = 70 if f in ("HB", "TB") else 140
            fill(x, base - 0.62 * s, tw, 0.62 * s, g)
    raw = b"".join(b"\x00" + bytes(buf[r * w:(r + 1) * w]) for r in range(h))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    return base64.b64encode(data).decode("ascii")


# ---------------------------------------------------------------- HTML

def num(v, nd=2):
    s = ("%." + str(nd) + "f") % v
    s = s.rstrip("0").rstrip(".")
    return s or "0"


def esc(s):
    return html.escape(s, quote=False)


def attr(v):
    """SingleFile drops quotes around attribute values that do not need them."""
    if v and all(c.isalnum() or c in "-_.:/#%" for c in v) and not v.endswith("/"):
        return v
    return '"' + v.replace("&", "&amp;").replace('"', "&quot;") + '"'


def tag(name, **attrs):
    parts = [name]
    for k, v in attrs.items():
        k = k.rstrip("_").replace("_", "-")
        if v is True:
            parts.append(k)
        else:
            parts.append("%s=%s" % (k, attr(v)))
    return "<" + " ".join(parts) + ">"


def text_layer(pg):
    out = []
    for runs in pg.lines:
        for k, (x, base, f, s, t, sx) in enumerate(runs):
            top = base - ASC * s
            fam = "serif" if f.startswith("T") else "sans-serif"
            style = "left:%s%%;top:%s%%;font-size:calc(var(--scale-factor)*%spx);font-family:%s" % (
                num(x / PW * 100), num(top / PH * 100), num(s), fam)
            if abs(sx - 1.0) > 0.0005:
                style += ";transform:scaleX(%s)" % num(sx, 4)
            out.append('<span style="%s" role=presentation dir=ltr>%s</span>' % (style, esc(t)))
        out.append("<br role=presentation>")
    return "".join(out)


CSS = (
    ":root{--scale-factor:1.5;--brand:#1e7b85;--ink:#1c1c1c;--muted:#57617a}"
    "html{-webkit-text-size-adjust:100%}body{margin:0;font-family:\"Source Sans Pro\",Helvetica,Arial,sans-serif;color:var(--ink);background:#f8f9fa}"
    "a{color:inherit;text-decoration:none}.skip_link{position:absolute;left:-9999px}"
    ".header_wrapper{background:#fff;border-bottom:1px solid #e9edf8;position:sticky;top:0;z-index:30}"
    ".header{display:flex;align-items:center;gap:16px;height:64px;padding:0 24px}"
    ".header .logo svg{height:26px;width:104px;fill:var(--brand)}"
    ".search{flex:1;max-width:560px}.search input{width:100%;height:40px;border:1px solid #caced9;border-radius:20px;padding:0 16px;font-size:16px}"
    ".header_nav{display:flex;gap:14px;align-items:center}.header_nav .cta{background:var(--brand);color:#fff;border-radius:4px;padding:8px 14px;font-weight:600}"
    ".breadcrumbs{font-size:14px;color:var(--muted);padding:16px 24px 0}.breadcrumbs ol{list-style:none;display:flex;gap:6px;margin:0;padding:0}"
    ".breadcrumbs li+li:before{content:\"/\";margin-right:6px}"
    ".doc_header{max-width:902px;margin:0 auto;padding:12px 24px}.doc_header h1{font-size:28px;line-height:1.25;margin:8px 0}"
    ".ai_label{display:inline-block;font-size:12px;color:var(--muted);border:1px solid #caced9;border-radius:12px;padding:1px 8px}"
    ".meta_row{display:flex;flex-wrap:wrap;gap:14px;font-size:14px;color:var(--muted)}"
    ".doc_info dl{display:grid;grid-template-columns:160px 1fr;gap:4px 12px;font-size:14px}.doc_info dt{font-weight:600}"
    ".actions{display:flex;gap:10px;margin:14px 0}.actions .btn{border:1px solid #caced9;border-radius:4px;padding:8px 14px;background:#fff;font-size:14px}"
    ".actions .btn.primary{background:var(--brand);border-color:var(--brand);color:#fff}"
    ".toolbar{display:flex;align-items:center;justify-content:space-between;max-width:902px;margin:0 auto;padding:8px 24px;background:#fff;border:1px solid #e9edf8;font-size:14px}"
    ".pdfViewer{padding:16px 0}.pdfViewer .page{position:relative;margin:0 auto 16px;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.18);overflow:hidden}"
    ".canvasWrapper{position:absolute;inset:0}.canvasWrapper canvas{display:block;width:100%;height:100%;background-size:100% 100%}"
    ".textLayer{position:absolute;inset:0;overflow:hidden;line-height:1;text-align:initial;opacity:1;text-size-adjust:none;forced-color-adjust:none;transform-origin:0 0;z-index:2}"
    ".textLayer span,.textLayer br{color:transparent;position:absolute;white-space:pre;cursor:text;transform-origin:0% 0%}"
    ".textLayer ::selection{background:rgba(0,0,255,.25)}"
    ".after_doc{max-width:902px;margin:0 auto;padding:8px 24px 24px}.after_doc h2{font-size:20px}"
    ".rating{display:flex;gap:12px;font-size:14px}.share_opts{display:flex;gap:10px;flex-wrap:wrap;font-size:14px}"
    ".related{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}.card{background:#fff;border:1px solid #e9edf8;border-radius:6px;padding:12px;font-size:14px}"
    ".card .thumb{display:block;width:100%;height:120px;background:#eceff4;margin-bottom:8px}.card .title{font-weight:600;display:block}"
    ".site_footer{background:#fff;border-top:1px solid #e9edf8;padding:24px;font-size:14px;color:var(--muted)}"
    ".site_footer .cols{display:grid;grid-template-columns:repeat(4,1fr);gap:16px}.site_footer h3{font-size:14px;color:var(--ink);margin:0 0 8px}"
    ".site_footer ul{list-style:none;margin:0;padding:0}.site_footer li{margin:4px 0}"
)

LOGO = ('<svg viewBox="0 0 104 26" role=img aria-label=Scribd><title>Scribd</title>'
        '<path d="M9.3 11.2c-2.6-.9-3.5-1.5-3.5-2.6 0-1 .9-1.8 2.5-1.8 1.5 0 2.9.6 4.1 1.5l1.9-2.6C12.7 4.4 10.8 3.7 8.4 3.7 4.6 3.7 2 6 2 9c0 3.2 2.2 4.4 5.5 5.5 2.7.9 3.5 1.6 3.5 2.7 0 1.2-1 2-2.8 2-2 0-3.7-.8-5.2-2.1L.9 19.7c1.9 1.7 4.4 2.6 7.2 2.6 4 0 6.7-2.2 6.7-5.5 0-3-1.8-4.4-5.5-5.6z"/>'
        '<path d="M27.2 18.9c-2.6 0-4.4-2-4.4-4.9s1.8-4.9 4.4-4.9c1.3 0 2.5.5 3.4 1.4l2.1-2.2C31.4 7 29.5 6.2 27.2 6.2c-4.6 0-7.9 3.3-7.9 7.8s3.3 7.8 7.9 7.8c2.4 0 4.3-.8 5.6-2.2l-2.1-2.2c-.9.9-2.1 1.5-3.5 1.5z"/></svg>')


def favicon():
    # a 16x16 teal square with a white "S"-ish bar, as SingleFile inlines the site icon
    w = h = 16
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            inside = 3 <= x <= 12 and y in (4, 5, 7, 8, 10, 11)
            row += bytes((255, 255, 255)) if inside else bytes((30, 123, 133))
        rows.append(b"\x00" + bytes(row))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))
    return base64.b64encode(data).decode("ascii")


def page_html(meta, pages, related):
    url = meta["url"]
    n = len(pages)
    o = []
    o.append("<!DOCTYPE html> <html lang=en dir=ltr><!--\n Page saved with SingleFile \n url: %s \n"
             " saved date: %s\n-->" % (url, meta["saved"]))
    o.append('<meta charset=utf-8>\n<title>%s</title>\n' % esc(meta["pagetitle"]))
    o.append('<meta name=viewport content="width=device-width, initial-scale=1">\n')
    o.append("<meta name=description content=%s>\n" % attr(meta["description"]))
    o.append("<meta property=og:title content=%s>\n" % attr(meta["doctitle"]))
    o.append("<meta property=og:type content=article>\n<meta property=og:site_name content=Scribd>\n")
    o.append("<meta property=og:url content=%s>\n" % attr(url))
    o.append("<meta property=og:description content=%s>\n" % attr(meta["description"]))
    o.append("<meta name=twitter:card content=summary_large_image>\n<meta name=twitter:site content=@scribd>\n")
    o.append("<meta name=robots content=max-image-preview:large>\n<link rel=canonical href=%s>\n" % attr(url))
    o.append("<style>%s</style>\n" % CSS)
    o.append("<meta http-equiv=content-security-policy content=\"default-src 'none'; font-src 'self' data:; "
             "img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self' data:; script-src "
             "'unsafe-inline' data:; object-src 'self' data:; frame-src 'self' data:;\">"
             "<style>img[src=\"data:,\"],source[src=\"data:,\"]{display:none!important}</style>\n")
    o.append("<link rel=icon type=image/png href=\"data:image/png;base64,%s\">\n" % favicon())
    o.append("<body class=\"scribd_document_page logged_out\">\n")
    o.append("<a class=skip_link href=#main>Skip to main content</a>\n")
    o.append("<header class=header_wrapper><div class=header><a href=https://www.scribd.com/ class=logo "
             "aria-label=\"Scribd home\">%s</a>" % LOGO)
    o.append("<form class=search role=search action=https://www.scribd.com/search><input type=search "
             "name=query placeholder=\"What is Scribd?\" aria-label=\"Search for documents\" value=\"\"></form>")
    o.append("<nav class=header_nav aria-label=\"User menu\"><a href=https://www.scribd.com/upload-document>"
             "Upload</a><button class=lang_picker type=button aria-label=\"Choose a language\">EN"
             "</button><a href=https://www.scribd.com/login class=signin>Sign in</a>"
             "<a href=https://www.scribd.com/subscribe class=cta>Read free for 30 days</a></nav></div></header>\n")
    o.append("<nav class=breadcrumbs aria-label=Breadcrumbs><ol><li><a href=https://www.scribd.com/docs>"
             "Documents</a><li><a href=https://www.scribd.com/docs/Science-Mathematics>Science &amp; "
             "Mathematics</a><li><a href=https://www.scribd.com/docs/Science-Mathematics/Earth-Sciences>"
             "Earth Sciences</a></ol></nav>\n")
    o.append("<main id=main><section class=doc_header><span class=ai_label>AI-enhanced title and "
             "description</span><h1 class=doc_title>%s</h1>" % esc(meta["doctitle"]))
    o.append("<div class=meta_row><span>Uploaded by <a href=https://www.scribd.com/user/618043217/%s>%s</a>"
             "</span><span>on %s</span></div>" % (meta["uploader"], meta["uploader"], meta["uploaded"]))
    o.append("<div class=meta_row><span>0 ratings</span><span>0%% found this document useful (0 votes)"
             "</span><span>%s views</span><span>%d pages</span></div>" % (meta["views"], n))
    o.append("<div class=doc_info><h2>Document Information</h2><p class=description>%s</p><dl><dt>"
             "Original Title<dd>%s<dt>Copyright<dd>© All Rights Reserved<dt>Available Formats<dd>"
             "PDF, TXT or read online from Scribd</dl></div>" % (esc(meta["description"]),
                                                               esc(meta["doctitle"])))
    o.append("<div class=actions><a class=\"btn primary\" href=https://www.scribd.com/download>"
             "Download now</a><button class=btn type=button>Save</button><button class=btn "
             "type=button>Share</button><button class=btn type=button>Embed</button><button "
             "class=btn type=button>Print</button><button class=btn type=button>Report</button>"
             "</div></section>\n")
    o.append("<div class=toolbar role=toolbar><span>Jump to Page</span><span>You are on page 1/%d"
             "</span><span>Search inside document</span><span>Fullscreen</span></div>\n" % n)
    pw, ph = num(PW * SCALE), num(PH * SCALE)
    o.append("<div id=viewer class=\"pdfViewer removePageBorders\" style=--scale-factor:1.5>\n")
    for pg in pages:
        o.append("<div class=page data-page-number=%d role=region aria-label=\"Page %d\" "
                 "data-loaded=true style=width:%spx;height:%spx>" % (pg.n, pg.n, pw, ph))
        o.append("<div class=canvasWrapper><canvas role=presentation width=%d height=%d "
                 "style=\"background-image:url(data:image/png;base64,%s)\"></canvas></div>"
                 % (int(PW * SCALE), int(PH * SCALE), png(pg)))
        o.append("<div class=textLayer style=\"width:calc(var(--scale-factor)*%spx);height:"
                 "calc(var(--scale-factor)*%spx)\">" % (num(PW), num(PH)))
        o.append(text_layer(pg))
        o.append("</div></div>\n")
    o.append("</div>\n")
    o.append("<section class=after_doc><h2>Share this document</h2><div class=share_opts>"
             "<span>Share or Embed Document</span><span>Sharing Options</span><a>Share on Facebook, "
             "opens a new window</a><a>Share on X, opens a new window</a><a>Share on LinkedIn, opens "
             "a new window</a><a>Share with Email, opens mail client</a><a>Copy link</a></div>")
    o.append("<h2>Did you find this document useful?</h2><div class=rating><button type=button "
             "aria-label=\"Mark this document as useful\">0%0% found this document useful, Mark this "
             "document as useful</button><button type=button aria-label=\"Mark this document as not "
             "useful\">0%0% found this document not useful, Mark this document as not useful</button>"
             "</div><p>Is this content inappropriate?</p><a>Report this Document</a>"
             "<a class=\"btn primary\">Download now</a></section>\n")
    o.append("<section class=after_doc><h2>Documents similar to this one</h2><div class=related>")
    for title, user, pages_, views in related:
        o.append("<div class=card><span class=thumb></span><a class=title>%s</a><span>Uploaded by "
                 "%s</span><span>%s</span><span>%s</span><span>0%% found this document useful "
                 "(0 votes)</span><button type=button>Save</button></div>" % (esc(title), esc(user),
                                                                              pages_, views))
    o.append("</div><button type=button aria-label=\"Carousel Previous\">Carousel Previous</button>"
             "<button type=button aria-label=\"Carousel Next\">Carousel Next</button></section></main>\n")
    o.append("<footer class=site_footer><div class=cols><div><h3>About</h3><ul><li>About Scribd<li>"
             "Everand: Ebooks &amp; Audiobooks<li>SlideShare<li>Join our team!<li>Contact us<li>"
             "Invite friends<li>Scribd for enterprise</ul></div><div><h3>Support</h3><ul><li>Help / "
             "FAQ<li>Accessibility<li>Purchase help<li>AdChoices</ul></div><div><h3>Legal</h3><ul>"
             "<li>Terms<li>Privacy<li>Copyright<li>Cookie Preferences<li>Do not sell or share my "
             "personal information</ul></div><div><h3>Social</h3><ul><li>Instagram<li>Twitter<li>"
             "Facebook<li>Pinterest</ul></div></div><p>Get our free apps</p><p>Documents</p><p>"
             "Language: English</p><p>Copyright © 2025 Scribd Inc.</p></footer>\n")
    return "".join(o)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    pages, meta, related = build(lines)
    furniture(pages, meta)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(page_html(meta, pages, related))


if __name__ == "__main__":
    main()
