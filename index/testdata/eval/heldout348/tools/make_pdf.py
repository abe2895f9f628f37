#!/usr/bin/python3
"""Re-make docs/agnipath-three-years-explainer-print.pdf from tools/agnipath-three-years-explainer-print.txt.

The file is a news site's explainer page printed from Chrome on Windows to the "Microsoft Print to
PDF" printer (A4, default margins, "Headers and footers" on, "Background graphics" off): Chrome's
own header on every page (the date and time at the left, the page title centred and cut short
with an ellipsis) and footer (the URL at the left, "n/N" at the right); the site as it printed
without a print stylesheet: the top strip, the masthead, the section menu, the breadcrumb, the
share bar, the trending list in the right column of page 1, the lazy-loaded lead image left
blank with only its caption, the ads' empty boxes with their "ADVERTISEMENT" labels, the tags,
the newsletter box and the site footer.

As the printer driver writes it: PDF 1.7, an Info dictionary with the page title as /Title and
"Microsoft: Print To PDF" as /Producer; each page's content one Flate stream drawn in 96-dpi
device units under a flipped matrix (0.75 0 0 -0.75 0 841.92 cm), text shown with
"1 0 0 -1 x y Tm" and hex glyph strings; two fonts embedded as Type0 / CIDFontType2 subsets
(Identity-H, CIDToGIDMap /Identity, FontFile2, a ToUnicode CMap), named ArialMT and
Arial-BoldMT with six-letter subset tags. The glyph outlines are Liberation Sans 2 (SIL Open
Font License), metric-compatible with Arial; the master glyph sets are carried below, compressed,
so the script needs nothing but the standard library.

Source marks: "@key value" lines for the page's furniture; "## " a heading; "**text**" bold;
"> " an ALSO READ line; "[ad]" an in-article advertisement box; other lines are paragraphs.
Deterministic: fixed dates, no randomness.
Run: /usr/bin/python3 tools/make_pdf.py [output path]
"""
import base64
import hashlib
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "agnipath-three-years-explainer-print.txt")
OUT = os.path.join(HERE, "..", "docs", "agnipath-three-years-explainer-print.pdf")

PAGE_W, PAGE_H = 793.7, 1122.56          # A4 in 96-dpi units
MEDIA = "[0 0 595.2 841.92]"
MARGIN = 38.0                              # Chrome's default margins, about 1 cm
LEFT, RIGHT = MARGIN, PAGE_W - MARGIN
TOP, BOTTOM = MARGIN + 4, PAGE_H - MARGIN - 6
MAIN_W = 470.0                             # the article column as scaled to the paper
SIDE_X = 548.0


# ---------------------------------------------------------------- TrueType
def ttf_tables(data):
    n = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(n):
        tag, cs, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        out[tag.decode("latin-1")] = data[off:off + ln]
    return out


def ttf_cmap(cmap):
    nsub = struct.unpack(">H", cmap[2:4])[0]
    best = None
    for i in range(nsub):
        pid, eid, off = struct.unpack(">HHI", cmap[4 + 8 * i:12 + 8 * i])
        if (pid, eid) == (3, 1):
            best = off
    seg2 = struct.unpack(">H", cmap[best + 6:best + 8])[0]
    segs = seg2 // 2
    p = best + 14
    ends = struct.unpack(">%dH" % segs, cmap[p:p + seg2]); p += seg2 + 2
    starts = struct.unpack(">%dH" % segs, cmap[p:p + seg2]); p += seg2
    deltas = struct.unpack(">%dh" % segs, cmap[p:p + seg2]); p += seg2
    ro_pos = p
    ros = struct.unpack(">%dH" % segs, cmap[p:p + seg2])
    m = {}
    for s in range(segs):
        for c in range(starts[s], ends[s] + 1):
            if c == 0xFFFF:
                continue
            if ros[s] == 0:
                g = (c + deltas[s]) & 0xFFFF
            else:
                gp = ro_pos + 2 * s + ros[s] + 2 * (c - starts[s])
                g = struct.unpack(">H", cmap[gp:gp + 2])[0]
                g = (g + deltas[s]) & 0xFFFF if g else 0
            if g:
                m[c] = g
    return m


def ttf_offsets(t):
    n = struct.unpack(">H", t["maxp"][4:6])[0]
    if struct.unpack(">h", t["head"][50:52])[0] == 0:
        return [2 * x for x in struct.unpack(">%dH" % (n + 1), t["loca"][:2 * (n + 1)])]
    return list(struct.unpack(">%dI" % (n + 1), t["loca"][:4 * (n + 1)]))


def ttf_components(g):
    if len(g) < 10 or struct.unpack(">h", g[:2])[0] >= 0:
        return []
    out, p = [], 10
    while True:
        flags, gi = struct.unpack(">HH", g[p:p + 4])
        out.append((p + 2, gi))
        p += 4 + (4 if flags & 1 else 2)
        p += 2 if flags & 8 else 4 if flags & 0x40 else 8 if flags & 0x80 else 0
        if not flags & 0x20:
            return out


def ttf_checksum(b):
    b = b + b"\0" * (-len(b) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


def ttf_build(tabs):
    tags = sorted(tabs)
    n = len(tags)
    sr = 16 * (1 << (n.bit_length() - 1))
    hdr = struct.pack(">IHHHH", 0x00010000, n, sr, n.bit_length() - 1, 16 * n - sr)
    off = 12 + 16 * n
    dirs, body, head_at = b"", b"", 0
    for tag in tags:
        d = tabs[tag]
        if tag == "head":
            head_at = off + len(body)
        dirs += struct.pack(">4sIII", tag.encode("latin-1"), ttf_checksum(d), off + len(body), len(d))
        body += d + b"\0" * (-len(d) % 4)
    font = bytearray(hdr + dirs + body)
    font[head_at + 8:head_at + 12] = struct.pack(">I", (0xB1B0AFBA - ttf_checksum(bytes(font))) & 0xFFFFFFFF)
    return bytes(font)


def ttf_subset(data, gids):
    """A TrueType font holding glyphs gids (new id = position), hinting tables kept, no cmap."""
    t = ttf_tables(data)
    offs = ttf_offsets(t)
    glyf = t["glyf"]
    order = list(gids)
    idx = {g: i for i, g in enumerate(order)}
    i = 0
    while i < len(order):
        for _, c in ttf_components(glyf[offs[order[i]]:offs[order[i] + 1]]):
            if c not in idx:
                idx[c] = len(order)
                order.append(c)
        i += 1
    newglyf, loca = b"", []
    for g in order:
        gd = bytearray(glyf[offs[g]:offs[g + 1]])
        for pos, c in ttf_components(bytes(gd)):
            gd[pos:pos + 2] = struct.pack(">H", idx[c])
        loca.append(len(newglyf))
        newglyf += bytes(gd) + b"\0" * (-len(gd) % 4)
    loca.append(len(newglyf))
    nhm = struct.unpack(">H", t["hhea"][34:36])[0]
    hmtx = t["hmtx"]

    def metric(g):
        if g < nhm:
            return hmtx[4 * g:4 * g + 4]
        return hmtx[4 * (nhm - 1):4 * (nhm - 1) + 2] + hmtx[4 * nhm + 2 * (g - nhm):4 * nhm + 2 * (g - nhm) + 2]
    head = bytearray(t["head"])
    head[8:12] = b"\0\0\0\0"
    head[50:52] = struct.pack(">h", 1)
    tabs = {"head": bytes(head), "hhea": t["hhea"][:34] + struct.pack(">H", len(order)),
            "maxp": t["maxp"][:4] + struct.pack(">H", len(order)) + t["maxp"][6:],
            "hmtx": b"".join(metric(g) for g in order),
            "loca": struct.pack(">%dI" % len(loca), *loca), "glyf": newglyf}
    for k in ("cvt ", "fpgm", "prep"):
        if k in t:
            tabs[k] = t[k]
    return ttf_build(tabs)


class Font:
    def __init__(self, blob, name, stemv):
        self.data = zlib.decompress(base64.b64decode("".join(blob)))
        t = ttf_tables(self.data)
        self.cmap = ttf_cmap(t["cmap"])
        self.upem = struct.unpack(">H", t["head"][18:20])[0]
        self.bbox = struct.unpack(">hhhh", t["head"][36:44])
        nhm = struct.unpack(">H", t["hhea"][34:36])[0]
        self.adv = [struct.unpack(">H", t["hmtx"][4 * i:4 * i + 2])[0] for i in range(nhm)]
        os2 = t["OS/2"]
        self.ascent = struct.unpack(">h", os2[68:70])[0]
        self.descent = struct.unpack(">h", os2[70:72])[0]
        self.cap = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else 1409
        self.name, self.stemv = name, stemv
        self.used = set()

    def gid(self, ch):
        return self.cmap.get(ord(ch), 0)

    def width(self, text, size):
        return sum(self.adv[min(self.gid(c), len(self.adv) - 1)] for c in text) * size / self.upem

    def use(self, text):
        self.used.update(text)


# ---------------------------------------------------------------- page model
GREY = (0.4, 0.4, 0.4)
TEXT = (0.133, 0.133, 0.133)
DARK = (0.067, 0.067, 0.067)
BLUE = (0.0, 0.329, 0.659)
RED = (0.769, 0.094, 0.106)
RULE = (0.8, 0.8, 0.8)
LIGHT = (0.867, 0.867, 0.867)


class Doc:
    def __init__(self, fonts):
        self.fonts = fonts
        self.pages = [[]]
        self.y = TOP

    @property
    def ops(self):
        return self.pages[-1]

    def new_page(self):
        self.pages.append([])
        self.y = TOP

    def text(self, x, y, font, size, color, s, ops=None):
        self.fonts[font].use(s)
        (self.ops if ops is None else ops).append(("text", x, y, font, size, color, s))

    def rect(self, x, y, w, h, color, lw=1.0, ops=None):
        (self.ops if ops is None else ops).append(("rect", x, y, w, h, color, lw))

    def line(self, x1, y1, x2, y2, color, lw=1.0, ops=None):
        (self.ops if ops is None else ops).append(("line", x1, y1, x2, y2, color, lw))

    def disc(self, cx, cy, r, color, ops=None):
        (self.ops if ops is None else ops).append(("disc", cx, cy, r, color))

    def poly(self, pts, color, ops=None):
        (self.ops if ops is None else ops).append(("poly", pts, color))

    def width(self, font, size, s):
        return self.fonts[font].width(s, size)

    def ensure(self, h):
        if self.y + h > BOTTOM:
            self.new_page()


def segments(s, font="R", size=11.5, color=TEXT, bold="B"):
    """Split "**bold**" marks into (text, font, size, color) runs."""
    out = []
    for i, part in enumerate(re.split(r"\*\*", s)):
        if part:
            out.append((part, bold if i % 2 else font, size, color))
    return out


def wrap(doc, segs, width):
    words = []
    for text, font, size, color in segs:
        if words and text[:1].isspace() and not words[-1][0][-1:].isspace():
            words[-1] = (words[-1][0] + " ",) + words[-1][1:]
        for m in re.finditer(r"\S+\s*", text):
            words.append((m.group(0), font, size, color))
    lines, cur, w = [], [], 0.0
    for word, font, size, color in words:
        ww = doc.width(font, size, word.rstrip())
        if cur and w + ww > width:
            lines.append(cur)
            cur, w = [], 0.0
        cur.append((word, font, size, color))
        w += doc.width(font, size, word)
    if cur:
        lines.append(cur)
    return lines


def draw_line(doc, words, x, y, ops=None):
    runs = []
    for word, font, size, color in words:
        if runs and runs[-1][1:] == (font, size, color):
            runs[-1][0] += word
        else:
            runs.append([word, font, size, color])
    for text, font, size, color in runs:
        shown = text.rstrip() if (text, font, size, color) == tuple(runs[-1]) else text
        if shown.strip():
            doc.text(x, y, font, size, color, shown.rstrip(), ops)
        x += doc.width(font, size, text)


def flow(doc, segs, lead, x=LEFT, width=MAIN_W, before=0.0, after=10.0, keep=1):
    lines = wrap(doc, segs, width)
    size = max(s for _, _, s, _ in segs)
    doc.y += before
    doc.ensure(lead * keep)
    for i, words in enumerate(lines):
        doc.ensure(lead)
        doc.y += lead
        draw_line(doc, words, x, doc.y - (lead - size) / 2 - 2)
    doc.y += after


def ad_box(doc, w, h, x=None, y=None, ops=None):
    """An ad slot that never loaded: its label and an empty bordered box."""
    x = LEFT + (MAIN_W - w) / 2 if x is None else x
    if y is None:
        doc.ensure(h + 30)
        y = doc.y + 10
        doc.y += h + 30
    lw = doc.width("R", 7, "ADVERTISEMENT")
    doc.text(x + (w - lw) / 2, y, "R", 7, GREY, "ADVERTISEMENT", ops)
    doc.rect(x, y + 5, w, h, LIGHT, 1.0, ops)


def icon_share(doc, x, y):
    for i, col in enumerate(((0.231, 0.349, 0.596), (0.0, 0.0, 0.0), (0.145, 0.827, 0.4), (0.0, 0.467, 0.71))):
        doc.disc(x + 10 + 22 * i, y, 8, col)


# ---------------------------------------------------------------- the page
TRENDING = [
    "Monsoon reaches Mumbai two weeks early; IMD issues orange alert for Konkan",
    "NEET UG 2025 result declared: topper list, cut-off and counselling dates",
    "UPSC Prelims 2025: when the commission will release the answer key",
    "Sensex ends 600 points higher as IT and banking stocks rally",
    "Explained: Why the West Asia conflict matters for India\u2019s oil import bill",
]
LATEST = [
    "Delhi weather: Light rain likely today, humidity to stay high",
    "Explained: What the new rules for online gaming mean for players",
    "CBSE supplementary exam 2025: date sheet released, check schedule",
    "Explained: How the Census 2027 will also count caste",
]
NAV = ["HOME", "INDIA", "WORLD", "CITIES", "EXPLAINED", "OPINION", "BUSINESS", "SPORTS", "ENTERTAINMENT",
       "LIFESTYLE", "TECH", "EDUCATION", "PREMIUM"]


def read_source():
    meta, body = {}, []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                meta[k] = v
            elif line.strip():
                body.append(line)
    return meta, body


def build(fonts):
    meta, body = read_source()
    doc = Doc(fonts)
    # site top strip, masthead, menu, leaderboard
    doc.text(LEFT, 54, "R", 9, GREY, "Tuesday, June 17, 2025")
    strip = "ePaper   |   Sign In   |   Subscribe"
    doc.text(RIGHT - doc.width("B", 9, strip), 54, "B", 9, DARK, strip)
    doc.line(LEFT, 62, RIGHT, 62, RULE)
    logo = "THE BHARAT HERALD"
    doc.text((PAGE_W - doc.width("B", 28, logo)) / 2, 96, "B", 28, DARK, logo)
    tag = "Independent journalism since 1962"
    doc.text((PAGE_W - doc.width("R", 8.5, tag)) / 2, 110, "R", 8.5, GREY, tag)
    doc.line(LEFT, 118, RIGHT, 118, DARK, 2.0)
    x = LEFT + 4
    gap = (RIGHT - LEFT - 8 - sum(doc.width("B", 9.5, n) for n in NAV)) / (len(NAV) - 1)
    for n in NAV:
        doc.text(x, 133, "B", 9.5, BLUE if n == "EXPLAINED" else DARK, n)
        x += doc.width("B", 9.5, n) + gap
    doc.line(LEFT, 141, RIGHT, 141, RULE)
    ad_box(doc, 437, 54, x=(PAGE_W - 437) / 2, y=156)
    doc.text(LEFT, 236, "R", 9, GREY, meta["breadcrumb"])
    doc.y = 244
    flow(doc, segments(meta["h1"], "B", 21, DARK), 26, after=6)
    flow(doc, segments(meta["dek"], "R", 13, (0.27, 0.27, 0.27)), 18.5, after=8)
    flow(doc, segments(meta["byline"], "B", 10, BLUE), 14, after=0)
    flow(doc, segments(meta["dateline"] + "   \u00b7   " + meta["readtime"], "R", 9, GREY), 13, after=8)
    doc.line(LEFT, doc.y, LEFT + MAIN_W, doc.y, RULE)
    y = doc.y + 17
    doc.text(LEFT, y, "R", 9.5, DARK, "Follow Us")
    doc.rect(LEFT + 48, y - 10, 74, 14, RULE)
    doc.text(LEFT + 54, y, "B", 8, DARK, "Google News")
    doc.text(LEFT + 150, y, "R", 9.5, DARK, "Share")
    icon_share(doc, LEFT + 178, y - 4)
    doc.poly([(LEFT + 290, y - 10), (LEFT + 290, y + 1), (LEFT + 299, y - 4.5)], DARK)
    doc.text(LEFT + 304, y, "R", 9.5, DARK, "Listen to this article")
    doc.y = y + 8
    doc.line(LEFT, doc.y, LEFT + MAIN_W, doc.y, RULE)
    doc.y += 12 + 264          # the lead image, lazy-loaded, printed blank
    flow(doc, segments(meta["caption"], "R", 9, GREY), 13, after=12)
    for line in body:
        if line.startswith("## "):
            flow(doc, segments(line[3:], "B", 15, DARK), 20, before=6, after=4, keep=3)
        elif line == "[ad]":
            ad_box(doc, 180, 150)
        elif line.startswith("> "):
            head, _, rest = line[2:].partition(" | ")
            flow(doc, [(head + " | ", "B", 11, RED), (rest, "B", 11, BLUE)], 17, after=12)
        else:
            flow(doc, segments(line), 18.5, after=10)
    # after the article
    doc.y += 4
    doc.ensure(40)
    y = doc.y + 14
    doc.text(LEFT, y, "B", 9.5, DARK, "Tags:")
    x = LEFT + 34
    for t in ("Agnipath Scheme", "Agniveer", "Delhi High Court", "Indian Army", "Operation Sindoor"):
        w = doc.width("R", 9.5, t)
        doc.rect(x - 5, y - 11, w + 10, 15, RULE)
        doc.text(x, y, "R", 9.5, DARK, t)
        x += w + 18
    doc.y = y + 12
    flow(doc, segments("Click here to join our WhatsApp channel and get the latest Explained stories on your phone",
                       "R", 10, BLUE), 15, before=4, after=4)
    flow(doc, segments("\u00a9 The Bharat Herald Pvt Ltd", "R", 9, GREY), 13, after=14)
    doc.ensure(70)
    y0 = doc.y
    doc.rect(LEFT, y0, MAIN_W, 62, RULE)
    doc.text(LEFT + 12, y0 + 20, "B", 11, DARK, "The Explained Newsletter")
    doc.text(LEFT + 12, y0 + 36, "R", 9.5, TEXT, "A clear take on the day\u2019s big story, in your inbox every evening.")
    doc.rect(LEFT + 12, y0 + 43, 150, 13, LIGHT)
    doc.text(LEFT + 18, y0 + 53, "R", 8.5, GREY, "Enter your email")
    doc.rect(LEFT + 170, y0 + 43, 52, 13, DARK)
    doc.text(LEFT + 180, y0 + 53, "B", 8.5, DARK, "Sign Up")
    doc.y = y0 + 62 + 16
    flow(doc, segments("LATEST NEWS", "B", 11, DARK), 16, after=2, keep=4)
    for t in LATEST:
        flow(doc, segments(t, "R", 10, TEXT), 15, after=3)
    doc.y += 10
    doc.ensure(52)
    doc.line(LEFT, doc.y, RIGHT, doc.y, DARK, 2.0)
    links = "About Us     Contact Us     Privacy Policy     Terms of Use     Advertise With Us     Careers     Sitemap"
    doc.text(LEFT, doc.y + 18, "R", 9, DARK, links)
    doc.text(LEFT, doc.y + 34, "R", 8.5, GREY,
             "Copyright \u00a9 2025 The Bharat Herald Pvt Ltd. All Rights Reserved.")
    # the right column of page 1, painted after the article as the DOM has it
    side = doc.pages[0]
    ad_box(doc, 180, 150, x=SIDE_X + 14, y=240, ops=side)
    doc.text(SIDE_X, 424, "B", 11, DARK, "TRENDING", side)
    doc.line(SIDE_X, 430, RIGHT, 430, DARK, 2.0, side)
    y = 432
    for i, t in enumerate(TRENDING, 1):
        y += 6
        for k, words in enumerate(wrap(doc, segments(t, "R", 10, TEXT), RIGHT - SIDE_X - 20)):
            y += 14
            if k == 0:
                doc.text(SIDE_X, y, "B", 12, RED, str(i), side)
            draw_line(doc, words, SIDE_X + 18, y, side)
        y += 6
        doc.line(SIDE_X, y, RIGHT, y, LIGHT, 1.0, side)
    ad_box(doc, 180, 300, x=SIDE_X + 14, y=y + 30, ops=side)
    # Chrome's header and footer on every page
    n = len(doc.pages)
    title = meta["title"]
    if doc.width("R", 10.67, title) > 420:
        while doc.width("R", 10.67, title + "\u2026") > 420:
            title = title[:-1]
        title = title.rstrip() + "\u2026"
    url = meta["url"]
    if doc.width("R", 10.67, url) > 560:
        while doc.width("R", 10.67, url + "\u2026") > 560:
            url = url[:-1]
        url += "\u2026"
    for i, ops in enumerate(doc.pages, 1):
        head = []
        doc.text(LEFT - 12, 24, "R", 10.67, DARK, meta["printed"], head)
        doc.text((PAGE_W - doc.width("R", 10.67, title)) / 2, 24, "R", 10.67, DARK, title, head)
        ops[:0] = head
        doc.text(LEFT - 12, PAGE_H - 14, "R", 10.67, DARK, url, ops)
        pn = "%d/%d" % (i, n)
        doc.text(RIGHT + 12 - doc.width("R", 10.67, pn), PAGE_H - 14, "R", 10.67, DARK, pn, ops)
    return meta, doc


# ---------------------------------------------------------------- PDF
def num(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def pdf_string(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def circle(cx, cy, r):
    k = 0.5523 * r
    return ("%s %s m\n%s %s %s %s %s %s c\n%s %s %s %s %s %s c\n%s %s %s %s %s %s c\n%s %s %s %s %s %s c\n"
            % tuple(num(v) for v in (
                cx + r, cy,
                cx + r, cy + k, cx + k, cy + r, cx, cy + r,
                cx - k, cy + r, cx - r, cy + k, cx - r, cy,
                cx - r, cy - k, cx - k, cy - r, cx, cy - r,
                cx + k, cy - r, cx + r, cy - k, cx + r, cy)))


class Embedded:
    def __init__(self, font, res):
        self.font, self.res = font, res
        self.chars = sorted(font.used)
        gids = [0]
        for c in self.chars:
            gids.append(font.gid(c))
        self.gids = gids
        self.cid = {c: i + 1 for i, c in enumerate(self.chars)}
        tag = hashlib.md5(("%s|%s" % (font.name, "".join(self.chars))).encode("utf-8")).digest()
        self.tag = "".join(chr(65 + b % 26) for b in tag[:6])

    def hex(self, s):
        return "<" + "".join("%04X" % self.cid[c] for c in s) + ">"

    def widths(self):
        f = self.font
        return [round(f.adv[min(g, len(f.adv) - 1)] * 1000 / f.upem) for g in self.gids]

    def tounicode(self):
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 "/CIDSystemInfo", "<< /Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0", ">> def",
                 "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
                 "<0000> <FFFF>", "endcodespacerange"]
        pairs = [(self.cid[c], ord(c)) for c in self.chars]
        for i in range(0, len(pairs), 100):
            chunk = pairs[i:i + 100]
            lines.append("%d beginbfchar" % len(chunk))
            lines += ["<%04X> <%04X>" % p for p in chunk]
            lines.append("endbfchar")
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return ("\n".join(lines) + "\n").encode("ascii")


def content(page, emb):
    out = ["q", "0.75 0 0 -0.75 0 841.92 cm"]
    for op in page:
        kind = op[0]
        if kind == "text":
            _, x, y, font, size, color, s = op
            out.append("BT\n%s %s Tf\n1 0 0 -1 %s %s Tm\n%s %s %s rg\n%s Tj\nET"
                       % (emb[font].res, num(size), num(x), num(y), num(color[0]), num(color[1]), num(color[2]),
                          emb[font].hex(s)))
        elif kind == "rect":
            _, x, y, w, h, color, lw = op
            out.append("%s %s %s RG\n%s w\n%s %s %s %s re\nS" % (num(color[0]), num(color[1]), num(color[2]),
                                                                num(lw), num(x), num(y), num(w), num(h)))
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw = op
            out.append("%s %s %s RG\n%s w\n%s %s m\n%s %s l\nS" % (num(color[0]), num(color[1]), num(color[2]),
                                                                  num(lw), num(x1), num(y1), num(x2), num(y2)))
        elif kind == "disc":
            _, cx, cy, r, color = op
            out.append("%s %s %s rg\n%sf" % (num(color[0]), num(color[1]), num(color[2]), circle(cx, cy, r)))
        elif kind == "poly":
            _, pts, color = op
            path = "%s %s m\n" % (num(pts[0][0]), num(pts[0][1]))
            path += "".join("%s %s l\n" % (num(a), num(b)) for a, b in pts[1:])
            out.append("%s %s %s rg\n%sh\nf" % (num(color[0]), num(color[1]), num(color[2]), path))
    out.append("Q")
    return ("\n".join(out) + "\n").encode("latin-1")


def write_pdf(meta, doc, path):
    emb = {"R": Embedded(doc.fonts["R"], "/F1"), "B": Embedded(doc.fonts["B"], "/F2")}
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    def stream(dict_extra, data):
        comp = zlib.compress(data, 6)
        return b"<<" + dict_extra.encode("ascii") + b"/Filter /FlateDecode /Length %d>>\nstream\n" % len(comp) + \
            comp + b"\nendstream"

    cat = add(None)
    pages = add(None)
    font_refs = {}
    for key in ("R", "B"):
        e = emb[key]
        f = e.font
        sub = ttf_subset(f.data, e.gids)
        ff = add(stream("/Length1 %d " % len(sub), sub))
        scale = 1000.0 / f.upem
        fd = add(("<</Type /FontDescriptor /FontName /%s+%s /Flags 32 /FontBBox [%d %d %d %d] /ItalicAngle 0 "
                  "/Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R>>"
                  % (e.tag, f.name, round(f.bbox[0] * scale), round(f.bbox[1] * scale), round(f.bbox[2] * scale),
                     round(f.bbox[3] * scale), round(f.ascent * scale), round(f.descent * scale),
                     round(f.cap * scale), f.stemv, ff)).encode("ascii"))
        cid = add(("<</Type /Font /Subtype /CIDFontType2 /BaseFont /%s+%s /CIDSystemInfo <</Registry (Adobe) "
                   "/Ordering (Identity) /Supplement 0>> /FontDescriptor %d 0 R /CIDToGIDMap /Identity "
                   "/DW 1000 /W [0 [%s]]>>" % (e.tag, f.name, fd, " ".join(str(w) for w in e.widths())))
                  .encode("ascii"))
        tu = add(stream("", e.tounicode()))
        font_refs[key] = add(("<</Type /Font /Subtype /Type0 /BaseFont /%s+%s /Encoding /Identity-H "
                              "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>" % (e.tag, f.name, cid, tu))
                             .encode("ascii"))
    kids = []
    for page in doc.pages:
        c = add(stream("", content(page, emb)))
        kids.append(add(("<</Type /Page /Parent %d 0 R /MediaBox %s /Resources <</Font <</F1 %d 0 R /F2 %d 0 R>> "
                         "/ProcSet [/PDF /Text]>> /Contents %d 0 R>>"
                         % (pages, MEDIA, font_refs["R"], font_refs["B"], c)).encode("ascii")))
    objs[cat - 1] = ("<</Type /Catalog /Pages %d 0 R>>" % pages).encode("ascii")
    objs[pages - 1] = ("<</Type /Pages /Kids [%s] /Count %d>>"
                       % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode("ascii")
    info = add(("<</Title %s /Producer (Microsoft: Print To PDF) /CreationDate (%s) /ModDate (%s)>>"
                % (pdf_string(meta["title"]), meta["creation"], meta["creation"])).encode("latin-1"))
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<</Size %d /Root %d 0 R /Info %d 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, xref)
    with open(path, "wb") as f:
        f.write(bytes(out))


def main(path):
    fonts = {"R": Font(FONT_REGULAR, "ArialMT", 80), "B": Font(FONT_BOLD, "Arial-BoldMT", 136)}
    meta, doc = build(fonts)
    write_pdf(meta, doc, path)


# Liberation Sans 2 Regular and Bold (SIL Open Font License 1.1), cut down to the Basic Latin
# block and a few typographic characters, zlib-compressed and base64-encoded.
FONT_REGULAR = (
    "eNrdvXl8FEUWOF6vj5nuOTL3kUzCzGSSQJhAQiYhBJA0AjGASIAAGWJIwAABFQIJCqIkHCoEEVAEOQRERECO4RBQVCLigcKC97qu"
    "EhX38IJ1cVeFdH6vq2dCgrq7v9/n9/vj951Q091Vr169eu/Vq/eqqgcChBADaSAskYaPyswm298+jDmnMVXedueEmidaT/QkBDII"
    "YR+67a4635A/Df2FEO4oIcySyTVT7pw/4bCFEK2E6dCUO+ZOHvpkYpCQuMuEjKiunjShSk+W7UdUtyK+nkqGcTX7LT6vxueU6jvr"
    "5nwY6joenxEfvHjHjNsmEIvmcUIm1uFz050T5tSwn7EXCKnKQXhfzYzaOqQTP1Ul9HnWpJqWvTcNxmeEZwcQlnsKVhKeEH49H0IM"
    "HvXKvkMmM1aBZ/QajlE+XDPRtRaTOa2Ixa/g69F/1AAiEV/rVf49eQSEtP3gQCWB4+f/jX3tzS9QWiPIAwLYvsoxjm3A65+Rcxpy"
    "K5b6STIJkBSSStJIZ9KFpJOuJIh1upHuJJNkkR4km4RIDsklPUke6UXySW/Sh/QlN5B+pADb7k9uJAPIQDKIFJKbSBEZTIaQoeRm"
    "MozcQoaTYjKCjCSjSAkZTcaQsaSUhMk4UoYtl5PxpIJUkglkIrmNVJFJZDKZQqrJVDKN3E7uIHeS6WQGqSEzySxSS+rIbHIXuZvM"
    "IXPJPWQeuZfcR+aTLWQn2UuOkI98Np/d5/bF+xJ9Sb5kX5r/kdZW2vf/Y3vX+vn/r/+aWk+0vty6v3VN80j8G9Jc1HwT/ev/2R+p"
    "nv4f++FP86fJfTgyHWQu/e7w4XoTO+oBaf1Webr2LY/9f5cKQb0cIi+Rfahn7T9LUPMI2d0h7zh5lTxL7zaQ5f8B7fNkV/RuNVlH"
    "HvxduGlkEeLZhu1f+1Ri7lzyOLZ8lDyDBisZQtjq7dHST8ip30YFn8Mp8gjZgZCP4Fi5HSkkzDzmB/IIM5JMZz5iF5CFZCn2cTNM"
    "JSsQvpJsgzIcnQujCMbj2JxxHdJGspI8jSOxoZ3cFrT+kxivHkTKlyKeNTiSZ6IkTVc7tf5Acri/EKP8PjnOepH2veQ5WmVBrK62"
    "iJ3GHGaYlkfxYRXagVVkAnyMdC5n+/9/qWuaBVw1sXNvKzrU+p5cj7R/ghJ6AblxVrqpbFy4dHTJqJEjioffMuzmoUMGF91UOGjg"
    "gBv7SwX9bujbp3d+r7yeuT2yMrt3y+jSOS01JZDs97rtFrMpzqjXiYJWw3MsAyTDF4HKQRE21WcpnBAYFJhQ1C3DN8hdPbBbxqBA"
    "YWXEN8EXwQuXFigqolmBCRFfpS+ShpcJ7bIrIxJCTr4OUlIhpTZIMPv6kr5KEwFf5MzAgO8ojBtRivfLBwbCvsh39H4YvefS6IMR"
    "H/x+rEGpUqj1DYoU3lXdOKgSaYT9et2AwIBJum4ZZL9Oj7d6vIt0CdTshy79gN4wXQb13s8Qwag0iz0dNKEqUjyidNBAj98f7pYx"
    "OBIXGEiLyACKMqIZENFSlL6pCulkmW9/RlPjQ0fNZGJl0FAVqJpwa2mEnYB1G9lBjY0PRizBSHpgYCT9ngtu7PmkSEZg4KBIUME6"
    "dGRbO0OvNQkRPtUc8DX+SLA7ge++7ZgzIZqjSTX/SJTbCDMgAiNL/crHU4i8bmwsDPgKGysbJxxtbZgY8JkDjfsNhsaaQchuUlyK"
    "KI62vrDMEyl8KBwxV1ZD73C064Ujh0ZsI8pKI0xqoa96Aubgv4KAv5fHb2mDKf69YoJsQeYgh/1+hQ3LjkpkIj5EGkaUqs8+MtFz"
    "gEiZwXCEqVRKmmIljtFKSUOspK16ZQBlO3RUaWOESx1cFRiEHF82IdIwEbVrmiKYgDkS9y+PP9BotfjyM8MU1odUDa6a6ovwacgk"
    "rNW+AuqNUqXRTB/i/qVevvNgA2kWqy8/gGgUPIMCgyqj/+6qdiMCHzK6KKgqQklpRBqIN9KEqMQG7c/KxBoTKlFgUwdSYUYyAzUR"
    "e+DGNukqZA2aOqqUVolWi9gHRNCjjdaKZA6i48o3qLFyoEqCgiswovR5Empt3p/j8xxU3JnwQAXYOQC1LG1QY2nV5Ii30lOF426y"
    "r9Tjj0hhlHA4UDoprKgdcii92UOVI0x1paR06KjA0BHjSntFCVELFHRc6qDr0ARKPSoaVMCIkCr4ShkPG0ZAM2b4CvEmcGNf/I5o"
    "UwVMZmQ4zVUU98a+vlLwkBg0khFJ9w2aNDAKpzx3QMor6jSgKIZNozwingFFHn/Yr366ZTBY7Is2jDUEhalFsSI0U1ggoH4OKKJZ"
    "Ci/ditL7SgOTAuFAtS8iFZcqfVPYQ7kcZQbleVRWJR2e2jEL2UT8WBx7UJgZKQx62jM3chN9bnssuq54cKzY1ygEho5qVJAHoggJ"
    "Uj44QhQVlnpZPNQWKAM6gLbXZ8YhTQd0435JUgZzdW8FSWBwVWNgVGlfCo325D7PPUpbVjIUhpbc2C0DTduN+wOwZMR+CZaMGlf6"
    "vBk95yUlpQcYYAZU3hjen4Jlpc/7CJFoLqPkKpnKg095UDCNxAeBwnuex6iqgZZyNIM+33YUCM0TYnlAbjvKqHlmtaE02pBEGCzh"
    "1BIpBs1hnqDmNdA8+tlPFJZJOl4SJFEyMEbGsx+UrAOY8wJ6kiKQgwYwgmc/1hpJs49Cw35R8qgQDQghqRQuGX2t6dHjSg8aCFaj"
    "39jQjcoH1cVdjcLGaWWQr0pRlHvD1Y2VYWWwESeKBv9BBAL9UEyBfkiIxhDRBSbdGNEHblTyC5T8AjVfo+RrUUXBCVi9AWVfHAFF"
    "A8pK/TgkfQmnPI3m7xRJhdGoNJq/6obEnUFPJBv9RpZoiVcyMhqe1bCiwLMcZhWcyTxjsUJ+viVkCfXIsvktfpvFbznDTbqy4Wb2"
    "DL/gl3o+94qL+7viHDDorRGoV3HBBamV1WoZjhMFH4AJII4FXuL4jWUcwz4iwmIRZokwUYQSEQaKkC1Csgh2ETgRfhDhCxHeF+Gk"
    "CAdE2CbC6hh8VQw+R4SUGPyUyyI8L8JOEdaJsFSEuSIMFuEGEbqJ4BXBJEKrCBdF+ESEt0U4JsKzIjwhwnIR7hNhhggVIgwVoY8I"
    "QRE8IuhFaBHhOxE+FeFMDH6DCMso/O0ilIkwjOJPFyGewuddEeGbjhXWiVJZlJiptIraBJKUJIICrFJzXIR9ImwWYR5F3UYEEs2c"
    "pcVYtkKEehEqUa9iHdKOL499Kma2+1TM6vi5Bhb9zLzu87/BkoLMIElwm/9QgUCKQlhCVCEgwIbY3JADpqx2n3z9BCxnL/9Sf+qU"
    "ogtj2deZhqheBSQzy2g1jAb1yoejVMOgaoXOlGe30y0FlZKYaQ/bj8pzlzuOsq/DMXkQHFN1S8RYZio/l3iIlzwnVXNA4jk3r+3k"
    "dXIujZCU6ODsoj7OZOVsOpdbw9ttok5nc/NcgsGQ5E3g/D69oOUMxk5JcWD0JpqI2RLvdFgtZiOcM8JwywrLZgtbYBluYYwWo4V3"
    "u+w2VidqeJIZCoUKMFnzcZIun1k+E7seCpnPZOOn/a0VXPkWq4v2hv5Zo8/RhD1k/Q4/G7ApKZAbwuS3hVglhTDfb2MbbgFO/qp0"
    "+hj5sZLpJac+v+UqWMPTS+H20uml77VIxTDtFna2vOIOuRoeV9IdMPMO9U6uvkNeATMJctvZOosbyX9LUkgGCZEPpYdYppvBmpCQ"
    "nh4IpJh69NBqU5yOVK/XkWJg+Jzc+GxTdm34bDo8kQ78knSYo/2jlnkj4aME5nACPJjwTALzUQ/Y3gPu7gHdDD0StOneVIHc51zu"
    "ZBKc4LSaJZuryCyZTCCyJklvLjJ11RBNbTiQvJrdxjI1bAPL8KyDHc1OYjmWkMxs1KvsM0ELCbkzg6hNCWeCoVB5OTKoTZ/Ly5Vi"
    "laGh3/rrkZWawuZ1ApelO5ub0zMPFRAftN2hs6UT67BrtI4A5ChP/QDsChjHaOQxhbviNz+8/8FRqZ+fvffY6a577ffMPri2tPsP"
    "n90LW3ImPrx8bcut2bfNkK/arTA69e45IlzKKCyrHrxhn7hokbh2i3/8VL08oGth6ZwRT7+p38q4+5fkpcoZYh1zuc/IXonwdBwN"
    "6sjg1sua9/nlRE9MqKudUQZjpdxEkqyJMxmMXWzd4+NtRhPyKDfH2eNw2Ow8WmYO4pWLY41W0Xs4zIpHy9hUvNpIQTAYJO6CAuX6"
    "K3agPtk1geQ0ZEAo2wkBCKVmOx2xLMhJCyRrHHZnKLvDveb9rZs2bl63fdvjV/psYNc/ceX85vWbN23avJ4vH1ZWNmJ4WenIK5du"
    "Hje+uPjWsSPgwEd//fzTC+e/aqnhFxiaP/v46799cv781dSDT246/OzTzzCvR7ZuPrjn6R1E0bui1m/5nvxSEiCZJJ/MlgpzhK7G"
    "FFuCx++xJbmZLGdGts4oGHv3cWZ35s2dR4QzdOY8JivJzSUk8CvN0GQGk7nAzIismc8bEeadxFscJk5kArIAU6ZiemZa8zOV4ZSf"
    "jwwhaDrac6VHFp/cOQ4UBphTu4PKGEUdnK6eeS68hLLzHJoYN1z9GDatc5Qt3M79c4c2Tf3oWxjrzzqyY+3zR76YcXhm71UFj1XW"
    "3NS9lzylakxlVf9F8wqGvD732w0P3PSwob5/4dmj4Fzbb1fhmqcfX3zX0XFnzm6/HPz5zxPNDzq5uUVlU8pmLcy9ZdzVrV+frzo1"
    "d3mesmJajSbNR21ivKRnGYaj1lAxhmeiVjVqB3VR84el9XIps4k/TeJIsmTWEr2O5XQ4NZvMOg+Op4KCdizACdpszQtpGIvZ6gqk"
    "MZb6517ce2zfnpf2vnSIsYMfTr99Ts6Qv5a/kbu/dxrOgBfxGxB/8Bp+ltPrCKdT8BPWcz1+MDPaQE+0mkznkNNqYYLYwIt79x1T"
    "GjDL5+Wct9+Fd8CFf+++c1oOyZ/TBRXiZw4wLdjvODJKyjYQViPyOp7Tc5DAdeUYreAUgEefnOEEXZzRyOh0jMl8ngfCX+IZPg7Z"
    "c1qddRTJIyH5aCssISVZqF1NdfEurR4656Xm8ci8N0HoJv/l+bvXbLz7Jflv3UBvWMKNm7J48C9FwLSSop8GP3A7pFO6qsgh7iZu"
    "E47VAVIaTjAaljUadjLAmpgKhjFoGMLx3J6w+KEW8rQPahktfxDnrfLykGKgQqiQFR0mQ0vA4s/1I1V+B7P5UbkUdjwKO5hKuQR2"
    "PwK75ZJHlDaPyr/AAvIJzmfJkoXjicALOj3hd5QJZAOmTDrUY5NiqqK+gZ65gVxYkNZl3vjST3ZMe7j/kvmfqHwtg3PMcKYG9ckr"
    "WVB0yLJj4c1wFphMACA4XanIUDFy/Y4yuAzntmzBejilwnykgSUuSYdahGTAhjK0zsGYFobQph579ZNoO6T1WyYfdYQltiMMT3Du"
    "JTZFNYAS6YAQwIZN8lQ73/yLT5mri1u/5QL8GuSri3SR7FaNgWiIO1401YZFLeuoDbPx0XHd3gEwM4FkRXX92VY2dh/KtnKBn//5"
    "z8vfAfn5uyPLt25f9eiWzauZV+TN8kMwC26D22Ga/Ii8DnqAVf5Bflt+X/4aEpHmjdgtE+qcjgQlOycwjN7Acxyr0QhAoC5M3EiB"
    "Mgvh3J4ZikpR6bffwuemKiLcCFPkEzBsO4xdx/X9ctdXV9zrFF5MQbwG7Fsn0k/yJZI4k+BIcpgI5/UJiXFWq742bNUCSSSJsTbQ"
    "TrlpU9b8DmMplNuPz6XGSNu5H1BTFQda/Od3TAk9unVzw/Alc2sfMx61//vEB18NXf1O7ZJOzPn62QdX3XvvkjF1DffNtOx889Tz"
    "I7du3TV+beE6KqdbkO/xSFsXcpuUr9V4Eh3JBkKSU82JGk1611SL2WKuC1vctoXD8AuGmSxg5i0W1uP1umvDXi0r1oa1imhCqmwU"
    "kqndpfMPud7aqvNP5zynP7sndiQIuSF6075HOBd3Ai7+p7982Op+IQVMSzbsf2byxNVP3b/o7kcNz2HX3v9m7cpNEbj/1Q9fecny"
    "ywOLaxdsXDBr5qJ7ZsTtOfFa5MGdnTjLAer/ZSLf86g8raSnlGDhrQyDZgNsdsJZuNqwYLGAXqMB5HkB0p0ZijoR+erwvDZAFaV1"
    "APIZgxI/O3NXSzVz/0uvyyuZHKO8tqcZfoAC+RUoeIg9fPXmh9m7NeNtLd8OsVP+jkT+JiENiWS8lGu1oZNoJzatxm1DLjttGi6p"
    "UwKqeEICa7e76sJ2jcLQKVpwaqFWuwjNB+UtujhR1UfFyOwwsVPrZlVMmp2orL3GUfQb0UtUpjQuSf73N6/94Duc/+2qbU8/NHh+"
    "QSST9bcs8szee+7f8Pb5VrL7Kcc7+9bdv617HvOvdXL/cZeRf9VR3XCSZFIsBZMsGoPeRYhewwZSLAn2hNlhu50VxbjasMmwwsDo"
    "eAMOVd+1oaqYuzaaO7hnVBXU8UpCPps2Tbml8te28zy4+B8++P4qaJC9o3bnHly/s8eB2le/OrLmgfkbnpy/cDWcOS/LMBFGwnRY"
    "In/u3S1/Ll8qq7j84brtjy546tw+yv+pdOwtQLvSVbILHM8TUSQGIxF1Yl1Yp+EU2V8Tu8LNbKRNxzgCZiugaeYMfzwQfvErMLTo"
    "2ae4i/JhuVFe/SrEMaPh/nVo3cLIowTkUTx6z5lktNQ9qPEaE2ypaO6colGjyerhFJO7JHeZHTYlg02TnMyazYmzw2Yt2212e5tG"
    "osPmt3yUNq8tL7e9j4LDhM3xx5hlUxlnxpHFJfz0ty9aN82rvf8fb5/7xwN1D675TP6l/v6l99XfH9i4fOl6SH90JSx99U8fvtb4"
    "op3zHJr75Jsnn5l7yMU5n2eMF+fcPbd+dsvVRfevuE/+dLkyjiqxj1bsowv7WCJ172RF/UX11VjZ1DSD3+RH+Zu8JiaONZlYh8NT"
    "G3ZQu+DSQlR9r+9jmy60+Qhtumu1Ke4YQ3tpbacM/YCzyv/+8ek3grt7Ht2wi+tyou7lCz99+s0PJzcuWrhmTcMtDwxjPpUfk+9Z"
    "tsETAR/ox90J3Eeftsjb9u06u3/t+oM3LaQ2gc5jXG8aY3aWbKxWyxFOFOgiA84AZWCiIslsP83YcGZj6ez26qvs7WfPXn3s7FkF"
    "F52XEZdIjKS7FG8kRNAJPBtn0us2lulN6gy9UZ2hozOX61eztEWJhdWZ+tWzG+lUfZbZiA0AmUTWc0XcLpwI+0qdWQ0SqhX4Ak29"
    "ZoWG1bBZTA3TwCi7HyaugJvBbebOoutB4jPLQ0qcrIbKLjqRg0MExyT2y6vb2XFMnzOwdT3Of6vWKX2oglLuJvZbyo8CqYuWJRwn"
    "iIoLY+K9/HC+gj/L8zqWBwnInnAxnAPGpDoK5W3hfbCtIb8DMFVhS0nsl2zp6tUyWb2ajsMOfUEvicW+sFlcDdfAsRwUkHqyAmnQ"
    "8CamgJnBbGbOMjzzG33JyxUhV+nLOOzLl+vXwQyYvl4ef4bKtgTHemc6zyaTkVKG3+eOF0QrIaIvngukWBNNYoGIWir6vL6NZV6D"
    "G4ysOzHRURFO5NSZHfuCkidu8+t4Z/n1MIxD+4+zQKCfNjZn9UwJZXM4izm4zhkjy4uLCmEf07nfLcXD+qZueOihbXFHE4D78DyQ"
    "lhWvcsLQu6oG9smpHTiourggP7+wtM+sxQ/dY3j9/feu3HDqFNL/pPyVdjr6TAXkFjJfKvRo03vdZNJKksvl9hPSw23qxQ8v5pI+"
    "CHOcwTDkw7BtwIdhl81k8BoYPWuwGWw5ffumfhjuS5gssHJZOTndPgznkMxYz9QhiGNQGYSWUDAaUf9G1EytM7U5eQE1Osqx4nh0"
    "hfJCLA5HZTTm5jApgWSOcditXCg7BYMlLpCcwuSarcSfjdZC4U8cqKYpr6d2eu2Z+tvuYDU3vjrziT0L/rb8k5GazhvrUkcUP3jL"
    "evmzEz/ID73/BKS/vgq6bslbJe/Z+w957fGf4QWw/gPGP9+ydfH0SU+Mq7jtvnNdXMw/X5Df21ZaWjhv3unntkHC9sNbZM228PjG"
    "Hx49CI7HPpTv/OUV+eNNQ8fWjC07DhP+Am54i7Q+Jx/+YvJ99Z8vmrPk3SduRV5zGHiPxHlBS8ykTOppxKiGYTW8gIrJCVrWajEw"
    "FWGDgS5qWiNWKLbCJSs0WWGlFSqtkGWFTCvE1rxIQXZBKL+NlcoiD8abVsWL9rN+FgNtEbQaLd6mdeZWPNkyf+vrTMHHTM+WMjG+"
    "xyHG9FxiImyUq5S1Ue4fiaMWyj3gnUFjaYyMkTL3NdJpxFm4E6mWeuttgs3j4eIEnIkFjvX69LYEW0JF2JZiY4aZbMD2swGHVzNv"
    "s+F0Z60IYxc8FWHOev1cU1FeMfM3vLSoN8EF/Ba/z4JmqhMoATA+KZNMOihX7mv5+8stJxkClx5q2HFY/n7javk49F+3doS8Vd4I"
    "tfu2wPIX3+EXyLvu25Vkfx5+mTVRvrG2pfVnmVuoxgfoW/Bz6bw5XspnzS6nIIpOM5vgMblwWLpcNhvBPnFEMAuSUCysFLYI54Rm"
    "QTCwmAwalI3N54HyqEeudOfaXcf4M5moTkabhioKqiz9sO6v5atg+it0eWzjWPm1cx/Ip56CO+DGz6H7Tc/1+Jj7RX5P/kVukV+D"
    "1FsOv7wfBn8OI2B+ZE/feQvV9UWUDT8JZSNiaJMhuUy8jvDE7tDEVYQ1LG9Czlt9Dkrj9XGLnVHZS1gzUTlq5Sftkt883fIPeBcm"
    "w/1Nii8j/wN6b/hmPnP2T/Lze5GZ6+TnQAO2K/uXAOWhohsy9W1KpGwe/Rodq0Vvx8gLFeEVPLzAw1x+Kc+YeBBYdHwAuIowsESs"
    "CBOrz9iOsKhClKvBX2yOUiIafzTt4LpdfYTNvvoHdi2/YKPcd73s2NhGwyrKg55SEvC8RmA0rE5PmwJeq0Upalnkg15p7tcerOJh"
    "Ky2gl+2AKaz16vfH2b9zX7Vc3tTyGjak6soU1JUt1K5PlPpoNUZic7s1DiV+cqLxJk5ws06nh/WYK8IeG6urCGdpJS2zUtuM/rOW"
    "5Rp8UOkDn08ZruiNKCHu9T5Xh/WQmH4EVM1B+5WrxOiq+kyBGhj2NaQMP9z3vScuo/9p/aHx4hC5jBldIx97+VO5aSfzBoyFOZv2"
    "9pwzXf5Yviz/KL9dUiRvkRNm3ReBoVGe8T4qt1mSS8uynIBONac3GLVoc4q10IyO09HWz6XutsFztUu1jEkLglYrUlOEcmsyQsQI"
    "W4zQYIQaI1QaodgIijxja/BRc4QCDcbC+WuWHaWJ3EbZYuImtGiOH2d+Oc4sb6nlF7TsZkp+qVd5/hJ+3UvXnR6SJtB4HzXHKvGQ"
    "xYOPR+sChIf8SzxEeNjCQw0PlTwUo5tACzC/KVakZppj+ft4WNkRHtFdv33QcX9BXVJSFxmQ6peOK4YSafS1fstWI41mUih1ZRkx"
    "Lk7PsBarQY/WAX2JirDEAssSm4+abLTgkhV8qtVWeJRZfr1XxvuUNWIlgKKrMnYNnJLXDzhmnV9RPQcH45nP7DDLW7dwRSM7aOPV"
    "wJlvorIsoLLMkTxEL4iKPPWiDqdoo04LDM4mPPpUaHxDGGO6rvcp/KCl0lBmCG5ky5mjKI5nPm/ZweDfQy0XUCb9mBMtG69+GRtr"
    "mdgWT7xSnCITjRaFwirDWR3KUVGrbMJBe5x5k19wxbNRrathsG4CjJQuukmC2RiXEJfoYXVunQl9PzsbZ12ZCIsToSYRqhJhYCLk"
    "JIIvEeyJcDkRziXCyUTYRgHqEqEyEUoogDkRuESYcoEWH0qE1bS4mNZPoWVY+X1atLgdXhWpinEZraKiQ/g8xPV2O1wqIn0M0bEY"
    "oqExRFcS4UIMV0MiMDW0fSkRCij9JLFt46viP6jYbxR02Ny6tqvlUrZ2LO2WCeiYyslDWQQgE7zKikEIOoGrH+RByMKPEXt0llc/"
    "IK/o5We5XVfgbnuqRkBp1/zI7t648uCkqxLbtGv6jJeulvALrmb2ebBTl6cc7DtUv2N2wojRdybR6YxajuONvClODxpWIGhVTdBk"
    "gogJtpigwQQ1Jqg0QbEJML+dMaCbUddbgRihabmKHejdEsfzuz5jfjHs5iITnrlaimpTdLKU3Yh0MGQC2t+P0P7GkQSSJSU4BBMR"
    "iCdRj76FnuPc6FvYGiizy39vrmubd61aJdRT7SrhP9opn/zoY/m17TALhnwEfZ95Vf750g/yT6D/7jLwzBufyocORGDYZxji3/es"
    "/MJnoIUM+Y9oUf8tn4JusTmY+kc6YsHIwmfCGUiPQYbVZsIZyGTCGSguOgPZAP8p/Gg/C+Vf8xOox4PzUDanNStzsg+dnCvN8sTj"
    "zIjvgGuSj8r3wyKQ2I/f/LblE37BZ6fB0vI+pWGCfB/ljxvj4wIpxWuNR9cMBxSfmuZIrAg7uLjkijAbZ9OjSdI3pIEvTeFUJl0i"
    "ud4EYSjMKyYoz0FXytJ+h3Hy+/KP6fdPzutbPnrtq/1elz9f+zsslD+UGwLza4wPOJ99U/ccDPjgP/OSr476mmOlTDAYbKINzVkc"
    "BrhGkWNdbgNjwykKfbOYY0msDW6ocYPPrc6u2QW/veATXalSFC/KZCUABjbmWHIPYUQ6+Diz9ntgjzwJK3965gm5D5xZ+zQzuOUI"
    "v+CDl5/4MLHlSfbbeQtaflqu2MLy1m+5n5Dn3cjDktdAkhIDTg3POxPRQnY3mG3OosGGsGGqgTUZIHC09ZKUj1mFgTGByQHWGAAD"
    "Zwiw8fG+ivCMJAgnwdAkNKRJIPJJ8RyL/lGlBkZqYKAGx5nt2vqbunxfHl2kqaDza3nwV1Ei52+bRnK6M52VDccUf7ZTdSkwfELb"
    "0InnfpLPyt+0tIx83nfu4POnCmZtqnxmTxWGtsBckkMveveu33lg0MIT/RfcNeXmoLLWCZNT6++unzdoTK80Z+qQsnuGP3fy0f3+"
    "mkk1M/qP7hM0eYO9S2YhX7rjeDikxDWQJX2M0w+jZUVB2ZNQxAXWebFDBSkiXImdbVAPKtSLwFSIMFyELHpeYMp5Ec6KEKFnCdQC"
    "zL0kgpqvHkGooUXqGYOLtGhz7HxEAc0kIuRhwTkRVorQQMuKRcikBecolpW0aTUfEflEMNPTF830KMMWCqCeYyigpR2PMpTP/K8G"
    "fWb7goprZddW/lz57TZjHMy5l+VE7gHuqyse7quNUR90E9rAdOSrjQyWMoxmLWdGDY7DqR3dTfQwHNDkgIgDtjigwQE1Dqh0QLED"
    "FPf/miGmOtTONPLJKdT80iCZ3mg45pM9svzw8ZPPv/zey6vkf9vnX9rOLri64pU3z77BVl1d9exPi1R6RByrw5AegfST0rQCOlcs"
    "w/ACqxN9umIdk6Wr1K3UNeku6fhMHWgZlgfVBUF6ZsbOHKgzAUan4MKpio17veWVU/BASQksPoVzke/nn9nmWFvaB7CteLgqtbrj"
    "BWX9x661gGAGixmjZS3oWa1RJ4pGzh7PexKWecDTdG99Ub4Hunog3gM6D/zsga898LEH3vLAUQ8s9azz7PSwczww1QO9PUM84zxs"
    "ugcSPGDwQHWLB771wKceOO2BlzzwrAc2egCx3uuB2z1wqweGeqCvB4IeSPSA3gNXPfCNB/7sgbc98GIMniz3QL0H7vRAhQeGeSDT"
    "U+Bhkjxg8gDiv0jxn6X493ngCQ+sUGDv8zBlFLqPB7phNzxg9ECvKx74zgOfeOCMR5oBxzywxwMbPIANzKMNDPWUeZh8SlA8Jehn"
    "StCnlCC1A0/QDtxHO1BOO3CDB5QKXg8OO0+9Z7PnuOe8p9WjIR4Q3GZOZO1GIwiK1FBOynESGE9P7lT83mGc3zqQ03bI57fBO8Ir"
    "AME27UD7puiIsmcaKlc1hU3rHAfKcobN6epptSmXvH4AIf6vFy67uyektF6QJ7zR0i3NXfCvIz/28omeZBDeYOtLPq7beLUKVWrB"
    "jgPTgWOnXH30o8cCtavYA6ouo83ig4oPDYL0miBqeIYlepbndKJeYzR4jEONzDLjMeM3RpYz2o05xoFGblqJscq42LjaeMh40njB"
    "eNko9DFCihH0RrhshE+McNIIzxphtRHmGaHKCFm0lNDSc7R0Cy2toaWSEXKMYDYCZ4T8ZiO8TyOsbTTCsmNzdUY2xViC7R3Ctnil"
    "6dXYJIfVGGLMMjJ3a2EODgpOp1W8fVZxxzECU86ngGJwZv6+P6lKZHy7QRn1z0QIiEpQoMQFpXJYLn6PccuW92AJ3Pee3InRM9Ut"
    "jzN/Zp5u+YhJb5nYkqTwEWdxaqMEiEitGgCGURaMOQEZqSGswLrZIpY1sCBwOBPcpYOJOijRQaEOeuogRQdOHfYAftABNOvgnA5O"
    "6iCigy06WK2DGh1U6UDSQQ4FteuA6GDqZR1ciIEe0sE2HazUQYMO6nRQqYNiHQzUgY9CI2IERrzvx/Buo3jrKN4SijqLoiYU8iRF"
    "tZgClFA8KTE8+SqWbbS4JlZfpUttBmlqkkKUJBWJWq5Wv0BrH6MIsDZTSRtGI2nSwa+jhPYjZvzvHYn7j2Owol3soOwyKkuv1yYB"
    "xSmi620491Bxs+LLLV+8C3vg2XeZopajTBGb3zKB2UzHSX+c25+iay1DpKDAsFpRyzGcTq9lo/M7I4BQEQZrgx5q9FCph2I9SHqI"
    "BtHq3jU9h9DO4UyHXGWfywF+7qkrm9hxVy+yX1/dzi5dwY3ZuOzKdqXdR+SxTDp/mmhJmmTniQZjTgHV8scwoML9GCaea16/OpPa"
    "MPjE4MLxCKz9+9/lsdrZC35evuDX5wJwUrruXACvnAtYK0/dBBuiJwOUOmZ5LDwTa5/RcqD4NDy2z2Ppb7afG7IEMIA3//3viG3s"
    "Ak3tgp+Wqbh0zJMsOpREA3nSDJ6jBwtZJZxCJiLWeCFdmCqcEj4WNE6NAPMLhTHCdoF9QFgj/EtgNYITnycLh4XXBc0taUJPvFeK"
    "tgsfCn8R8PEu+vgXhNUosEpttfx1AT9HW5sOFg0tUq7SzTcOKuIEuzBQKBG2CYcEzew6YTG9e1+4IGiUIuXhgnBZeSjB28sC179E"
    "WI3ZrJLLKCAlQp3AxSHChoOjSxXEDVK3Pv2KGMEqzBIOCCeEdwVNzY3CSGGh8IiwVeCVgolYxOUToVJgqgCN/PjyWcp2/Xg0U2pq"
    "fz8e9eZMx41bkVE8BtYmvy3/YSvUvA2zmCeZuS0PMs0tqrxaP5enco3yNyhjhySqhz9eQF3BmECVMovq5uV2ylMXLqQymcbtZ6z8"
    "BcKTdMmtODLotWoI81iZiWQSZWvoovJaamZ5+7BShNyQzQGH5MNnP+b2gzNJ/txOz5BiXFDL3UICJAsjgzG+9HSt1hFn6s6yJkcC"
    "l90jyT0inOT0EYs2fURYq7WQgjgwxc2IY/RsXJzFoi8OY4iVohwja8qGLdmwMhsasqEmGyqzoTgbsmhmuyEdO/ZAVxLRiNNdAPX4"
    "Rsd9FcXdU/ZwCyC2d2TFoMBBnb9osBeIg87Z/eAG0MYxDrsTNj217dN//bNmztzp+he7w+LTf+jaJ8E/8KaqMo1m0JFxt60Pv1a/"
    "qLDCvnvNjkMars/iWSPHWSDl2H65e/EIbY15as29Ux4c98SoMMdkVY0orVTXrBfT8winiQs5VC7ldeLj4oxujPhSUnkL43B4isMO"
    "s5HoHIy/OMw4I6lQkAorU6EmFbyp0JoKzanQlAqqCZw1S+1/NKLObxdP00jWr/RJ3edUnFttSNnht7Ltd/iT5FnzngoxArNXc4jj"
    "sp++58wrL8158PFlS9Ytmcskt7wVvs1br+u5k/tODvcvrR4nfyt/8eXJc1988PYp1BuUNfsWyjqeTJYGEaPdptFqbUY2wWN2FYe9"
    "9nr7Cvt5O2e3m80+TY2mQXNO06xB82XWVNLHJszQiqxGo9OxxWGd09txP2GmslTccW0Y1O0sF92ipkeNYlEd2JYsrVxgOuxo3v3l"
    "xUvN2z9JfD5u1tQVDUzyH89V32HY+AJ4wQYW8O5eGzdu2suqLMYg/RdRFsr5ijFSjyQSF2dyaUyalIDVEUfQBRIEX3FYMLMJxWHW"
    "uTIFalLAmwKtKdCcAk0pUSm0W8VHtSvoKITUKKlK/BnqrEjBFeiOFt9+7ZgIm0vZDg/P25bNMIc0u1lty5/mPLiusXHtkrl7q8eB"
    "HdxMz3ET58IrV2w7e5rrukLNlyffP//Rm6ei482NMrCiFO6WCm0WjTaeEINBa2E9CRp0O+JJcdgYj1FxfLxoMjmLwyaziOwWnec8"
    "0OSBLR5Y6YEGD9R4oNIDxR7I8sDM68dXh+MR7sxfhdyqWBi/KhWfxdGZSkUL9vWrZy+P3zRB3nHpypW/w6cvmFY+uGidBv79wlvj"
    "i7q1EugECWCATi2vuBuffWKfeiYKnSmmL/8WcZAVUrXRBhr0pBycg3M5dSZUFEJYDfbApjGBw+vKdA13VbjqXStcm11ak6sAb/e5"
    "jrvOuy66tH0q8I5Ry1gTgu6j+bxLGlNV5JI6ZxT5XFmuShcrudCmBIOq2VX8hNhcjcLMpisnIfVgCroJgdwQPR3hcijSS4KQA6Ye"
    "evzxhQ8MzekWGNTvPfbI1cHskUX3rF5oWCoU3jphkapr8lj2IjeU+NDb3ixV+V2i6OXYLhYL62WzMhNNLp09zp5aHLab44LF4Tgn"
    "0aIl4EDDgZ4jHikLfFlwNgsiWbCS3pMsKD6fBU1ZMDwLtmRBQxZkZoEpCy5lwTl6I4yPOkptLhHdKB0fPcvUTmc7iJNu2aV1VhZQ"
    "fJbcQPuhFsrpmRfSOCxmNie6lEIPhjAp+9/t9Jx1XhUYmdCBu984dupM7c7ujMA9qzlYtGhU4/y7VoxeXCSPXdaQMHQE9NlbPRUE"
    "8CgLoFMndFqt7bnr6mtyL/b1xccnvdn82YmqY1QHHkYpf49j000qpT4Oi8UqaK3a+AQbZlu1DtaII9J8LgGaEiCSAJfod2sCNCdA"
    "W+aWBKhJgDaHcVbMWqK/V9Bx5VE9+IaijXaL7ggoy2M39H7qvsgzz3WtHF2/7tAhLbALpt227w8tmczeWTNyIo+1LORPy/NvWKhD"
    "+S5Fom+gfpWWTJeKWK1WPchh4hxARuHsq66onBehia7pbKarMTWxNZpL7YrUJZfhtKj8Vy5u1OS3O8RKj8cgxUsPHTrE+3bv/qWZ"
    "633ldcK0/gH9NpUmM/m3tFvHchyaOIvVZNLiPKv1qISdtcJxK6ywArHCjItWOEcfCqzQaoV9VthMH2fE9m+y6BbOeStErLCF7sYP"
    "p8CZtP4NWOciLT5LIbC4wQo1VvBawUQxqkXHKWq1MmY201ab2gF39PN/w7e/Pn5rW/qObsPERqzCHItyfqtzrosu8iw9NGfOsOx+"
    "g3qpvBq3rlFcpimq5p5W/dNG9PFZ5JmeLJemoJetE3Uc0SsuPmc0eI0FRkb5qjC2GjmTUb2tN/L5RmnUmKJKY4Nxi7HJeM7In1eC"
    "XfWZI0YzBqlStLDZeMkoahnQ6jjBhL6ZA80czuAFrnwYr6gpdf5Uk5OtxCb5v96oYrPkRxYfOgSfvCcPhj/A93fK9fzpqxMYo5zZ"
    "slbtA/Sjcr9LGsFijKB4+Y5LPDTzcD62M7iZhwa6D+jlwUR3Bs+32zRcycNwHlpplXM0vw3490Rz3S5h4yH+9C85lKdLCNEEcI5K"
    "h/lSqzudEL/o91kF0ScGuyaizUs0uy3E4eAU38dg8ovEURWEoUEoCEIwCN4gmILwTRDOB+FYEJ4NwrIgzAvCjCD0oaX6IEzD4rdp"
    "8T5aXB+EsiAMD4InCFeCcJFWbgNYHQS1gSAF4IJwOQifxFBj3duDkEOLsOH8K7QMa26hNeso6qEx0vS0AbX5bZQutdRDkZ4LAtNE"
    "a64MQqVCEYaDWUHIDAIJqhY6tjX2H9/u+s1o91fxMFr37II2qx5sd5LWmh/bJ0uLGriczqFOjIt6hM7ohWar5SwZU1P7wEHNLmBY"
    "hu295o55KxLZXptnbnvswJiauxYxe5+YE9nSspwd9VJXPiN/eO24ibffWXngbcUyPjFn35Mty2NyZ79HuSeQCVJfqyjqSIIuwZNo"
    "dRInXxx2mo0mHXGcS4SmRIgkwiX63ZoIzXS/U83cQjdEOxrxWB87GHF/O+Pdvm/Yl/yut4YXrjkU7Uy/p+YeeJrZe/tdOQc2XetB"
    "Tfn+0y2Zqk/IJSHNOvQKi6QMC93NcrmFOOoI2hVHcIsbVrpB3XepdEOxG7LccN7dZqt//5y8/3rv+5fvv/sBvvrp65fuf2LT8mWP"
    "bV3GdJIvyF+DHyxMlnxR/rz57bN//vCjc9HYQR6LtA2j50AxdnATr0UQRCKmpVo4B6PGDgaT4GGSaeyQBgVpsDINatLAmwatadCc"
    "Bk1p/y12iBLsT+4ccLYx09EudIidKlNih1/G8NwhzV7geC5r04I3X3/pnvtvn1uwZN0D85Tg4UVhqxzmNc/05HpMtlWVy5flT784"
    "Me74ug/eeq3NJ7qEvFb87wekEpdgsZiTWDObEjB7DGbBxhMePW/eTHxKPCilgC8FzqZAJAVW0nuSgj4Q9cSHp8CWFGhIgcwUMKXA"
    "pRQ4R29+2wf6D/463+asR32dgEU5gmdr/27WhT80obO+pSd6OHu0hzim56Z3G9cunTP3gXWNdnCCk+k5dlKnR/k+317pCUe23V7G"
    "9Hvv9OnzX578U3RMMEuwzzblDUuNDf0Zg91h0ujMnEmdCELtdyhCCvudKvdVf9NheVizS+CCNZNTUlP61tzF9pvVeDR12WTd07pX"
    "DrWcpuMuH+Oaw+hrdiVVUl+tJtmR6DES4nFouGCGMZl1u71oc91mVodOAOs0ZwDJgEsZ0JwBTRlQmQENGVCQAZjfxrzo+wWh/3A8"
    "unNsyy0tE7qr54c7brmx7OG/nnvrE/9m18qGpfWlExdsWDTkvbcOvpe41bRo+j11WePXrpg/uAsE122/f7l37IiSEqk4IbnLsOnF"
    "qzfMX2YvGjZkaPe+XVNTbhgyQemjt/USgyOX2MkgKcVot+tNJpHjnI44XkDbojeJYGBFSTAxVmUsNDhjp60Szijr6rET56qXQA8E"
    "Yx9yFd8+L+QIOQLqsgDTNVz+x/sW5855881QQcpAwf0j8+6iH35Y1DL6loI41V+4H3n9DdcbbVyF1McqCHqI18cneqw8NXFOo0Mk"
    "pv+HJo6EOrqpFnv0bIwaRTKdo2dDLdD71xaO690ykto4pvbqnms2jnkHadaiXf4ZadbBrdJPQDSijmUYjY7VG0TGpAHHBgMsNkCl"
    "AUoMMNAAPgPYDcAZoNkA7xvgpAG2GGB1RxgVYIparJa1L/iE5qt4y2i+p2P+Mpo/lObrDZCHBW93LCj43whpg/k1AFNsgEwDmA1A"
    "DNEtzIr/ML3+/smU3z6YEiq47g0Lv7pRUwC2EDPpA/nupu+NvQKd/3UcRSN1eW32XcwJAq0tyq9BKb/4BHulViAWrcZgimNtooG1"
    "sHZBa8fYWhBALzjYOBsrmMBgYbWOu5ww2QklTih0Qk8npKDRcQLnhMtO+IsTTjrhgBO2OWGNEx6IQQ6kkHYnaJww9V9O+MIJ7zvh"
    "dSccpnCLnVBHQdtj1MQwHqboVlN0U50wJoYOAS444UPaJMJsd8JSJ8xyAlTSNlMoUb0u06ZOUhwNtJ2hTsiixUjPFVq0RUGPUe48"
    "J1RR7DlO8DjhEm3gbSccos0vpqUFTmDMTiBOat4rfncjuuOOc/nvbhiM/80dO3rSyKU43MqOQbmyPUQPFredOQqw1zbj8mwhm/LF"
    "rXnnpRQx7flz8jsHjmhTLF+88lJ375kI07Kz286WLBS83713CFvWEv/yMjaB2g8XjsWvUf56KJG2KOfXdBxolR04lteKet5oWGyE"
    "u4ww0KjserE96Taak26U/csIF4zwId1MO0x3y+4yPmBcY2SrjKAxOo1pxkLjGCM/RUOvSsnrxg+NfzEK64wfGxkEGqOghfYoleJ/"
    "GdmTCoI0Y0+syOVNNm43Hqb5vFFZOO95w41F+UZINgIogQ1zWTkQeQ7DGvaQsl+3EoMcto6eiiyJbez5jECrJlvdRVvonp3ZWGys"
    "MSrQGoyDgNOyjKAxEcbRdkxP2W2tKA+2k1nFrFnBWePbD8df+cfX9vBCv7GPx/rlT+VPTsACedUbEAeGU/IqeABelAcyGUycXAZP"
    "t1xueVeRCY9+yVWUiVP5RQybYLJYdaLImqyc2yXYTDaXRTQRtO7E84gbFrqhzg1VbhjphhvdkOOGFDdY3cC44bIbLrjhXTeccMMh"
    "N2xzQ3v4Me3gnRR+ilrhw3YV1vzHCu3hIeIGdExXu2FxzDEtccNA6pv63GB3A+eGS25odsP7bjjp/p/g85rd0rgofBtwG2QbWBvO"
    "9jBMcQwXcUNTzGXGzEw3mGlm2ymS39sg/4+/hFHxX7fTr/89DPX4R/TwYDs7bUvunIuzfQHgUMa4AYcxxDHHh2Sndd8x0SKParrA"
    "x93MFn73slw5oG65PFb/oObfQS63ZVdc58+MrzH7r7y+Z+coOpbxm12vvI8EE6WrjEYLwGoETq/TsBxbHOZMoFVW9YjjfT2c1MMh"
    "PWzTw2o9LNZDnR6q0ALQ3cIcPfj0YNcD2oTLemjWA8I3/Q78QAqfogdODxdiaLdQsIbfArNTyLzLFFqlYxvFWEWBONpkW1H7JlUA"
    "tSWkiTlHiYrQ1lbS/c5iSjhS3f6XTv5r6Pobv3DSUabtN07bn46PbZs6RjHlLa+x5patTO1SNm3Z0qt/iu41JstjmSX8aRJA36y3"
    "s1MnPWtJZrVcSmq8oBW0P4ZNwnCByRSOC2cF1iRk4tNFFBcrCCZismIxIf4Ou5vRRfCZs9q/tBF9yQHdsJy0zrn9AK89+4CDuurq"
    "S4LKHhPmMFC/dOr0O6fdv+jBgrJh00rDU4eVFchj1y+DqbNr+XqudjZMW/74gtvvkDeOX4rh3JIJ8oZpdy7AfhyRb4FyZT0H+kt/"
    "U06CE7KYhzp6hLuEh4E85PCQQtdq3ufhJA+HeNjGgwpTRQ9423mM0aD6Mg8XaHENLWirrK77YJ3VsWp9eAjGTo0zl9qtA9XzMCN2"
    "crz9WfReZzueRffGDpw3tzuFrla4SNeaEP547Di6uriEAJmx9Sjt+N9QkN/SnoqZM/8H/4xk0kBP2RoPWY5sl2/Rzv9pYUxHHozp"
    "iN7p5JISkgJm1BFtfEJ8AipB/PB4JjP+ePzZeNYUn4lPF+NRR+LjLcnJgR/DyR6L+cewhfwPOmJTXPfoO6SW6LvXdP/R5YhTdESD"
    "OePLhleHx9w+vKzv4kX3T5tRM3Vp/WL5j3dOg0kTl9gZ+4MToOqO2xc8vlxeU1fH1XN1s+W1jRsWKP24lUnnitnOGEvPkETB5nIT"
    "y56wstN9KK1vkUCUrW9XYhG9xtnpVcoQDUVEsknpfYtsej2/J+zVD9dv1rMz9PV42ac/q7+ob9Vr9ZJoLNKTzCB9b8N8MpjwaTAY"
    "PBmM/U6BsltAN1RzacinHp5Fz+jmQasGLygdUNd/xuM59Qu9c7otnNV7NpOekdAtPXNFSUJ3g//Wx7qmEfobvfRj1hD1vZp69igU"
    "0XMWAcmqIYTDsEonaDeWCexOTMqPrLT/DYfYm5whKFJf4+QuTV0hLbn3tV/h4kURYx+9jiAunuws46/HZctVw/6Qoz41OLcizB59"
    "ZMKjA5be9ypdrxjKHmUqou8bDZHSTDabjlcQihadqHPYtRadZWMZITqTbmcZZ2L3OWCzg57JDsVe9SMdz4FHA7u2Rv1td7A2pes9"
    "40tbfoiRUfHYgCXzX41R8ytazDqdVSMio8Q4q2hVaLEiLSxrtBqRZdb/nZY2ZvJtd0xFcre540tPyM/F2Fv+yGAkZpXC5fmvRs+V"
    "wKvcLOZmwpIeUjJhFCP1QtgEXiiA4cBl4mUG7IPzgKM8LVgEqjpFNciCdpybBa8uXdqGSyAxXAxdvv6/hUsgMVwsOAnRfE1/N0NL"
    "9KS75FR+U0p5d0NgDUYeREHcUMYRQfnNqI4nc6j3mKvIRE2aLieuHmm6+tyrn9CPorf/hJfhMLPeoiHTe6FaHSEVZAapJ2x5rtqP"
    "EbCKuZd9Edv1SQhkMK5ggbBZGKKbRBBJZvmZ6G+kdPxhIObep+6a+eTWmrqnmV0zd2yvrd38JMUHW0mVZjwzUDktIJn0hBcZhjfy"
    "cSbBwBqxA2ey2x1rUnCmdQ6hcVHEmOfP5evz+xXVr1hRX9Qv/2oA6gcsfGxwyuDHFg4YQ99z9LZe4l/j1xAT8ZI8Ui8Vu30ZPdIy"
    "0gQzMqdXfmp6euBUODP3VDg705Ren86Y0r14WZG+Ob01XUMyUQjmzJrMhsyVmZcyNSKbnpmeyRkM9jfDBo5LfDPM2Tosu9FXYOkP"
    "cwXbKWJ0syO73UsLOVblBV+rtuPbrtZUujzjir4bq2zGqitN/GuvyPteeU3ec+wEFL9yAkY03bpD/mTXDvnPO3ZC8s6dkLbj6tKH"
    "79s0tLbfztkvnnvzpcuVs3x1N9c/yLyqVDwFw156BYpPvCofOLET/Lt2yn9+BtOOHZDy7IZnNwbmVn9x+u1P3/EPGogS4TrwrBvp"
    "SRZJQ8yke3q6r5s/IyPULRQIpLgFIaUb4Xrl+XwpGcmh5FPh1OxTYVOKN4U5nwok1ZzKiGxKKDU1lML+Hr9cCr9UhqncCnXcgbfG"
    "1m07vO7xO5zj2QA9/09/wcDGKvMQcrzn/8A4eeQbT9ZD6OG11aM/3VwxYtfh4pL/yrWfoViOsAXzZ0yeZ5O3MsWDiuT3Rkf3dz/n"
    "vFwtjo2AZOZ0GoFBwymwRgPRopscnzmz40uBIuSJ4BJBK8LDMFHeUg3jYfxUeStUTpY3yxthCEyEyinyZqiYKm+Tt0yFCfITtJ1j"
    "OEbnM+tRwwOSXX2PjmygxoQByZSmWo+239Cx0V8ZgJf//GdqhwgTv27VyZy3Kkx9fyRe9fey35R+Xq9cP53X3Xlle8ujumnaj+iP"
    "aTPR3yzHb20/+RYyQHfoyvZf7tFN+9Vvmc/AOe0Mk4/o88nzzEdkLPJBxOTUJpHB/BhSBA+SamYXqcdkYJOIn9tNqhD2KD6X4fWY"
    "UhfhizFtxDQF0y2YMjGNxFSNaSqmMKbKKPxRxDFJwUOvtaRE8JInsS0O0w7+DVKNaYdyz31JdmjyyRTlGeu9xBHio/m1mL+Lwirl"
    "E5Q8elXrlWO97ni/Ce9F7XIi4rU7pm6Y3x/xPBLtr5l9hei42tbPsS/TEKfS98XYhnIdozwjTFL0/mF4gyyFN1r/gOWNeN+I7S/B"
    "/CXR8sXKlVHyCMnHeoo+3Y/3Wv6N1ha8upSXzDGNYnaTZMZOjihX7P+tCi2Ir15JWH+okrAu/UV0nDyc+PxP5gwZgfdb+a+IV0lY"
    "72GFl1EZ3qwmphTTDjSg57CpYpxrirD5OzBtiWKrwnQVXYQaTC9iuoxqnoKpBNMfcdLIwnSaEAPiMGZg+hshcbsJMRkwXUKfCOtY"
    "EJGlGhPCWXMwPU6IDdu1nyTEgW05B2JXEca1hBDld0Hc2Fa8hOkCIQmY58E8zxxMhwhJQjxJiLfTQ4R4zZiQBt9iDHQ2EpKMtAXw"
    "PoDladiXzthOOtZLx+eufTEh3q5IT4YPE5ZnYJ1u+Nwd28jEfmdhO1nNhPTAdrKx7dBqQnK6EJJ7KyE9sU7PCCG9sJ/5+Jz/EyG9"
    "3ySkD9bvi2U3oJhuQJr6Id0F2M/+mAZUEjIIabgJcdyENAxGfiu/6jMEeT0E2xmK/BqK9N2MdW/Gtm7GvGGYNwzpGYbtDMM2bkE+"
    "D8fnYuTViAzl//Wgo3EGjCQl5FaiwVFrJpl4R5htDIc2HdT/o+P3P/39GN8X4GycT0ZDv+j1RpCInXihP169eO1DQtAb83vhFcuJ"
    "hDYNMF/53gyctAuaWmBfC5AW0A2/Ar4r8GNxF+8PhV28/yjs6r1UGPRWXKy/yJguDr9YcXHFxX0Xef1XFzp5v/yi0Gv6AqQvCp3e"
    "z5sLvWebzzdfbGal5lDPwuZCt/f771q938HfRn9b9M3or7PJ6L//7W+j/1pERv+FtHo/veH86PPAjv7sBnb0n9lWr+kD7wcM/ZLe"
    "cnsKz56Al5r6el8pTvO++HIXb+vzUHy05mjDUVaJFFqPWrMLvUcKjgw/MuNI/ZHNR/Yd0boPQ82BLQciB1jTAVj5HESeA9NzIJgO"
    "Fhy8eJBtiKyMMJFIU+RchM3cV7CP2bInsodp2nNuD5O5u2A3s/lZaNp1bhczfOeKnUzmzhk7j+9s3clt3JDiLd4AM9bA8TWwpjDJ"
    "+9hql9e02ru6fvWK1a2r+axV0iqmYRXUrGhYwaxcAU0rzq1ghj9U8dCMh9gHClu9m++HxYt6eOtqC7y12JEZ0/t6pxfmehPAPTo+"
    "5B6tDbGjNdj1SiyrwHRrYQ9v2bgi7zi82rKto3lkD5fNjr6DBQPbl72ZvYO9l+UvjmiVqkYw0ojcXoXSiNQuhWeLYXChz1uEmG/C"
    "tK8QzhdeLGQaCsGZ7RhtAdNoc7ZpNAMofwJer6nAVGGqN3EmU6ZpuGmGaYXpvKnVpC3AvIsmdgaB4URZFufhKKzcXzIqGBx6VNs6"
    "cmhEW1wWgSWR1FHKtzRiXESzJEJGjysr3Q/wcPj+5cvJjUlDI9mjSiOVSeGhkSq8kZSbBrwxJ+13khvDtXW1dbODygfUG1IXDNbW"
    "KnegPAXVMnoHwVosRjCshA91s0ltsLYOamvrSG0d5tfCeLyvrSW1mF8LWAVTbTCKvw0TNjAeEeFXndpEbS3Wq0U8tdHm3OPJ/wVs"
    "y/UJ")

FONT_BOLD = (
    "eNrdfGtgVEWycNd5zPPM+5XJQGYmk6chJGQyhPDKAZIQQE0IATKEkCCIgCKBBBAVCYryEkEXXV2eq1wvKo8BEfFJEFF3kRVEFhWV"
    "KCjr6gq7C64LyclX3TOTBNS998f35/sm6elzuqurq6urq6rr9BkChBCJNBOeyOVjcvLgw/dPYMn7mOqnzJrcsLHjrb6EQC9C+Ien"
    "zG/yzaq7/feECPsJ4ZZPa7ht1n2T91kIUcuY9t52x8Jp55qmv0WI8RIhN26dfuvkqfrVlzMJqXkS8fWdjgXGBP5LvD+G9ynTZzXd"
    "9VeSZsJ7hIf9d8yeMplYyqYTUrsd71+fNfmuBuEhMZ+QOiwjvobZjU1IJ37qlrP7ubc2rPy98Areb0Oa1hJeaOVeJyIh4u/EIGLw"
    "RHP+OJnGWTUip1cLHP0IrUTXUUHu6kAsfoqvz5Axw4iP+DraxBPKaAiqB8OeegIHzvwL8fYXl9DeCPKAAPYf5ZjAN2P+GXJORSZi"
    "rZ8kkwBJIakkjaSTDJJJbiBZ2Cab9CY5JJf0IXkkSPJJiPQlBaQfKST9yQAykAwig0kRkckQMpQMI8WkhJSS4aSMjCAjyShyI7mJ"
    "3EzKSQUZTSrJGFJFxpJxZDypJmEygdRgz7VkEqkj9WQyuYVMIVPJrWQauY1MJzPITHI7uYPMIneS2aSBzCFzSSNpIvPIfLKA3EUW"
    "krvJPeResojcR7aQ58hO8jI55bP57L4En9vXw9fTl+xL8z/W0cHG/v/t6Dq+/H/6r6XjrY43O3Z3PNFaiX8jW8tah7O/IV98zOT0"
    "/9uP+L74PlmEK9NBFrLvaz5Cf2JHOSAd39O7rm9lfMe//m9SoWHf4IZUcpl8163iIDlBXiUR8kF3aEiHTFBhbiXnyCXyzq9hRXxe"
    "uJFdniHHyWHy0q/AceQ5aCcfgxu10Mt4RcuKyGmoRXqex7J5ZDW0wULwky1gZrV9ELcRhF/ANQg6SCtSt460knVQTFrFRt6NFR9z"
    "h8kGfgl3lBxBmm/mVlNWklPkfciFElxze8mzDEEj9re6O0ZU1E+TJ8kDXaXiTuV1cUl7LrF0/Ej2kdcZBxaTlbi+45+L8AOsRdvi"
    "Bg3E5/TNeKW6jJ/J7eO49t/gzaOoBx4lk+EThF7ND7luOM8rs5XpIJLfIAVfwWiyBrHsVF5RtqI+2cWdRD3zD/Ks4FDhGkF7ZOau"
    "EJPyEfy1459kP6N9CtG3mzouR5GplggLiEP4hMpQx2FlMfL1KPkHcv8kuOXhNRPC1WOrxlSOrii/+aYbR40cUTa8tKR42NAhctHg"
    "QQMH9C/sV9A31Cc3p3d2r4z0tNSUQLLfm2C3mE1Gg16n1ahVosBzQHr5IlBfEuFTfZbSyYGSwOSy7F6+koTpxdm9SgKl9RHfZF8E"
    "MyEtUFbGigKTI756XyQNs8ndiusjMkJOuw5SjkLKnZBg9g0kA2kXAV/kaHHAtx8mjK7G69XFgbAv8jd2fRO7FtLYjQFv/H5swaii"
    "1PpKIqXzp68sqUcaYbdeNyww7FZddi+yW6fHSz1eRTICDbshYzCwCy6jpP9ujmgMtFscacnkqZGK0dUlxR6/P5zda0TEGChmVWQY"
    "QxlRDYuoGUrfDEo6WeXb3atl5cP7zeSW+ixpamDq5InVEX4ytl3Jl6xcuSxiyYpkBoojmXefS8CR3xrpFSguiWRRrKMqO/sZ1dUl"
    "RMRUc8C38jLB4QT+9v21JZNjJapU82VCLyPcsAhUVvvpx1OKvF65sjTgK11Zv3Ly/o7mWwI+c2Dlbkla2VCC7CYV1Yhif8erqzyR"
    "0ofDEXP9dOgfjg29tHJUxDa6pjrCpZb6pk/GEvwvCvj7efyWTpiKX6smyBZkDnLY76dsWLVfJrfgTaR5dHX03kdu8ewhck5WOMLV"
    "05qWeI1jLK1pjtd0Nq8P4NyOGlO9MiKkjpgaKEGOr5ocab4FpWsmnZiAOWL80eMPrLRafIU5YQbrQ6pGTJ3hi4hpyCRs1b0Byg1t"
    "stLMbow/RrO/ebCDNIvVVxhANBRPSaCkPvY/f3oCIvAho8uyooJQVR2Ri/FCnhybsZLduTnYYnI9TtiMYjaZkZxAQ8QeGNo5u5Ss"
    "khljqlmTWLOIfVgEPdpYq0hOCVtXvpKV9cVREiiuwOjqV0iwo3V3vs/zInVnwsUU2DkMpSytZGX11GkRb71nKq67ab5qjz8ih3GG"
    "w4HqW8NU7JBDma0eJhxhJitV1aPGBEaNnlDdL0ZItIKiE1JLrkMTqPZE0aAARjSpGl815+HDCGjGAl8pXgSGDsTviDpVg8mMDGel"
    "VHCHDvRVg4fEoZGMSKav5NbiGBy9vwapSMVpWFkcm4reIp5hZR5/2B/9ZPfisNoX6xhbaChTy+JVqKawQoPyOayMFVFeJlCh91UH"
    "bg2EA9N9Ebmimo6NsodxOcYMxvPYXFVdc9eNWcgm4sfq+A1lZqQ0y9OduZHh7L7ztuy66hHxat9KTWDUmJUUeSCGkCDlIyKEirDc"
    "z+JhuoAu6ADqXp8ZlzRb0Ct3yzJdzNP7UySBEVNXBsZUD2TQqE8Wee6mfVnJKBhVNTS7F6q2obsDsHz0bhmWj5lQ/QqaXN/yquo9"
    "HHDD6oeGd6dgXfUrPkJkVsrRUlpIb3z0hmKqxBsNg/e8gruqZlYrsAJ2P2U/EFamiZcBmbKfi5aZox2lsY5kwmGNEK2R49AClmmi"
    "Zc2sjH12E8oyWSfKGlkrS5yB8+wGWrQHS15FK6kF8qIEBvDsxlaVrHg/NO/Wyp4oRDNCyFEKl4/t6nrshOoXJYLN2Dd2NJR+UFwS"
    "puNko1kp8U2lgnJvePrK+jBdbMSJU4P/EIHAYJymwGAkRCVFdIFbh0b0gaG0vIiWF0XLVbRcjSIKTsDmzTj3FRGgElBT7ccl6Uv8"
    "g2el+W90psKoVFaav85G4o6iN5KHfiNP1MQrG1ScyHO8ViPyAhYVHc05arFCYaElaAn2ybX5LX6bxW85Ktx6df2N/FFxyZXFYuiq"
    "S/iWOgcc+noEzkdxQavcwavVnCBoNQAixwvixhrhfi00aWGqFqq0UKqFPC0ka8GpBUELl7RwTgsfaeFtLezVwlYtrNPCUi3MjcMX"
    "M/gULdi1wGlherTBh1p4Rwv7tPCsFh7Twv3XNuirBR9roNLCj1r46pc6mK+FaVoYx4CRGjDjBGvhYpyclm7QDVqo10IFzq8WcuO0"
    "IO39orQcY9CROLQcXtptuFE6umN+uxvOKLn53XBGqYyS2BQHQNo4RKGeVFtXG/vM6f6Ze81nUu21nzlz6v4D9M/hu3CTnCySUGQt"
    "zKHCYAkyYYAA7wcUBnj3Gx+kKZ+CD57nT11ZDEblHygLy/j7+eKYXGXLTp5Tq4gKtCKn0moErH+uRsWhgAWzLCTIRKxuUq2lCzEm"
    "Pv20B2xKIX5b+PuhQwHoiMpZAPc1lWIj8RAveU2eLwBxCwmiOsnrFFwqTc8eDsGu1RtNVsGmcyWoRLtNq9PZEkQhUZJ6ehMFv09Q"
    "a/SCZJB2hsHYM0kwEFMPr2C2mHeGrQ6nW7CYDLsM3AeGDgNnspRbdln4DyxgsBgsot2VwNt2q7Q6XiQ5rmCRK2gtRONdO6d2jsVF"
    "x+IKduZWcBVarC62dtifNXYfSzhSPugI8AGbH1MgFGQpyPsxBR1+zPnVJad+rNxQoRyteKp8/eulH/xQ9VQlBKs2VG1tn10GoVJ+"
    "krL3ceUBWETT43DjOliiLKZpnbKX7Zt44umYLowTL5IMkkP6ktVypScQEgR3jkHMJTptlsPn9TpELRH7FYQMKkNTmOjMulydrGvW"
    "rdWptLxOx6uM+Sk5gcyEzHnhnj7Q+8Dn8+TnqEwJkCDrzWUJKpKTk1WLfAgGc2pr2Xyyv2BCDs5pbH67sSEYDLIvHL9dpXYEQr0h"
    "PTUJXJbeEOjNhfL7FoSCjiTOJWK5xZUnOEHlsGM95NOCvsK4f/4w69TFNCC2OTP4BOHp/5rw9elZD+y63a/8ZBpfoe8J6Y+173nV"
    "O6AeRqaUNH0OG156V7tru+a1gzlzZuhgGSem3rq+4dl9moceEkesfiB9fJ1e2cLVv8YtMT7Wq3+aT+mfV5ThVx41sY0aOkEXVefF"
    "R4memFDe0kmQ08odPUiyymiSDBm23m63zWBC0Q7lO/vsC5udL9eYszBXG1Va774wr325hk/F3G1IWBeCB0LQFIKpIagKQUkI+oYg"
    "LQSuEFwKwdkQkGMheCsEe0OwNQSPhWBpCOaHoD4ElSGQQ5AbguQQ2EMghOC2H0PwTQj+HIKWEOwJwZZ4g7kM/bgQ5DFoK4P+Rwi+"
    "CsFHIXgnBPu6oZ4WgooQDA1BPiOEY5DnGNp34nQ8EYKHQnALI7k0RrK8gJKhCkHBh90oRsiFDOcIhjAlTiuS+kkIXgnB0yFY163r"
    "whD4GIVAQnAxBK2MxNdC8EIINoeggQ0d6SsOgScEphCoubprVNQ16uw/K77/oPauA67rrvaKirKyqOaj2XVCbInKbyA5DSU2mOeE"
    "AART85yOeBHkpwWSUXCdwbxrrlXn9+6M7Nn+6t7nrw75E//k8asnX9zxUmTnnu1in0EjKwbJo0bIbSa8Gjxk1MgiiHz6zbnPWr88"
    "2z5XXGL+6otPz3/92dnP27ybl6/cuOWB5dzrG5cv27Rp2XJc5xM6vheXiStICskl/cmt8iCbPVWfJYZQhvV2TzZvClqcvj6GgQOC"
    "Jj5b0CT0S+5XHvb1cVqEZJPNa+OMvM2m6Zns1GRUhlFBF9Fho3KjSxh1FV3FTG114wH6A7hWY8N32I2gdrr6FrhUahxmgYOyIZ1+"
    "xQfvGszxWBLlwoSnIyPffmnboZvXvDDl0el9jxcvGjdxSH7BjeN2DH/++HmFl24cctPovjNq+lQ+O3P7/Q1DZsCSZScqn1iy4bkt"
    "K266d2bFrt9vOlr67WsjzEecgwcsOclvLCwbN3z8zOzBpW1vv9Iy+qkpd+WiNzgLzcYiZoNQU/EcJ4jU7lCzkxU1ZDFjc8vpRDBT"
    "E4NtpinjuW3i+8RAkmUzMajUOt6g5nmTUUVw/RcVxVjQJ5eyANI4i9la4FfRzAVrNj788EZwb1rzyGZl/FfwFiSg1jr45TlloPKD"
    "ckEp+hbxc4i/OI7fQNQqXkdUup/hjzG4r9Vi5tL9TpqpuS2r11L0q1ZtUsb/FQ6AFWxw+KuzymDle+WvyuBzNCqv4pbxHhyzkYyX"
    "e0uEV2lFnYj2TtDojAYDp9NxJrOg4bWcDvR6nValEQ1qIoIoGqg1zqkNXmOxqOtnpfdRF9DCrFaBS+1Sp6vTC9ILXHwQvv+u+Mqr"
    "+x97/NU3rxRfsJ4SZk8/POjkwra2e04MOjwdrEjTOPJ7ISzsRh2aKlu0hKh43iARQRR2hLXinm5OQNy1sAQs/pAf+/M7uHe/UubA"
    "mq/gMa5QmQ5PtsKTyvRWFqgjq5RD6AT3ITrkpYUXdDhISa/Rrq/RCNtqNOi0ZHVzXlPR2AQGQwhRQyRY+MqAkUvAP/Su/eXDn78R"
    "cVB8FfAUV82tRnlxyjqCLiuQV8PwekxccOi2kN9RwWngqUuXWP/4tR3b8sQl63h0SkQC62sIdhwXLxyBZRX4oY/yAcLbO05xqTj3"
    "PLHu40Qi0Lh0TpEFGH0uCIIdAj8oX2WKl6/oqZ8zuuN7wSs+gXzzkAzZbhclNEg9e2jNjWGtmk9oRLMSXajdxwlmLuCz5FtxVVqp"
    "yQwkG4Haz2DeYBC8ly8rPWZ+tPPKX5Rv0qoqxo5PTR87umJ8OndQWa+s5U62g/yk8oTy+KGPJ9WdOnTwk0lTPkW6l8Se/ehIlmwX"
    "NBynl0RB5lUqDRBAlyGBcogEUWEkHs2LzSOOHWdQDKXinsGxBGqVnTAZdDDsOH/wxOdfX604jniHI14/jq8HGSR7E4lkUNt62AxE"
    "SOqpJmZJMpu1jWhJSWJjtAs2UOwmh4pk92USDA2GApzafFQ06tTBENVHgtrvGF5w5HfrFrwyoc6ofJ1w+cS5Szff/fjDjT24Rw4t"
    "/GbRXRtG7Z882fz2n469PmXLsvkNc4ecj8pVTse3QibSlUEel+vVKk8PR7JESHKquYdKlXlDqgU9xcbwqxZ4ygLLLVBqgYEWSLSA"
    "1gKSxcJ7TZ46D2fgPR6vF+fIq+ZxGD51vbpBHVG3qMVctaxuVq9VH1OLajWdQVx1c7oGR/1g1Ltxs4RTS67Xu2AXAskp6alUk4by"
    "07IgFL1gw++bwoaPnlUSCJlK28WzyiUXJHnev7Vh+UO3TFx49+Ta8bdrlPNO4I59/u/1jz29C5a98/Hxw+4jU2+bNPXslInjp9RX"
    "2/f96d3I0ud7CLZdKIdenKfpbP6tpL/cwyKqrByuAhFsdiJYhKawRrRYwKhSAU4TsxrBLr+erenYskZZCAGuaweg5VCpwc9vVy61"
    "L+bGQP/XlX5qLrFYeQU2gFf5Erwn+DVts49zm/reZ+03UzHReSnC9UDlsAdplIdZbQkuu53Y1KoEG86O06YSeibZEhNxakyJ3sS6"
    "RNxBJCbydrurKWxHLdsYLlKvUZ9R8xfUIKuhk/Vx3iObf9FhZerPSvWenVCblkqXUpTbar/Nj446tX9Cf+Xbf37UkQRuZ8PYGYvm"
    "z5w3UvmhD1/eHnFNe+oPf4eTrcq/DrzkmlD50H2zH6zh3ceVDROu0DU+CsdEZc2Fu5qb5Mwkq8ogJRAiqfjUFIenCTckDi2vNeES"
    "MICRNxhw4fu7Fn4wSjGjPdjdRWFSwgWSicVMkDyXyIwwWxpiN29EyGz74t/KZTC1vfhBlvKvtKVzlmRvufWNz5RvZk+ubZhXVzcT"
    "jn6JZrEWxsNCWLTp2dRVX30zquLin+9avOCWe36/LLpeqlE+3DgvBnKDbNeJKhXRo7tsJHpJ3xiWVCKVii55oAzNQ/JUOs7hz08E"
    "G6p6wV333H0jlNMTd37dXswfFJ5+QvlGOauc2BaBETAWbjzP9jJDkFf5yCs38qo35VamymtItKUQYnNqDSpVbo5T60/zp80L+/28"
    "2dxzHmoPvte87mqSMoplv7ym2O6jN8R9GraImAPjsCO3bPldjMtXrvzz78q/Njww9+HLrV9fXjVv+Xrl9Ym1+/ZPrPF/Nm3WHbNn"
    "3Qar3zn96eFlrzgFd6Rxx3uH9jbudAnOF+HHqbUH/zhJIZ83zbp37lyUgeE4rvSYDIyReydZUaZRpFVWlAGTvyksmUxeE6flTSYH"
    "7/A0hh1MpZAuIb5OhDslIT42c1RyKeEFRmAOKmoJ6zWSkK780PbqiV6gSV89fzGXtmPqq6cBvmv/l3Kqsa729pl1ExZwp5QVysOb"
    "t6f+5qsvRo1t//iLK8rv1z+wftmCeavvYfvywygMXws6Fv8ZKp/n1WqB0PgP2VBjghwoh9mwBkSJB9mZXAaCuKFGWBMPqXi1YNJC"
    "hxYuxAMpWFWnhXIWaiFamP6BFg5oYZcW1mqhmQVOiuJtWrWwWAuzWYNcFmtBLGcY/BYGn8M6QCz9LjJoxLKZ9bC4W//RNi2sQbTn"
    "IoYrGhGKdr853nc0CmRiwZifbTN+vrm4rmLStXsTFl/JyYqu5a5wG42uYDoMPqUVfNxFSFS+aTeDWzkfjYMcQv/nPOO3EUbIf+ON"
    "RolIGt5s+hWOS4YNNZJmW420xgz1Zqgwg9cMJjN0mOGCGY6ZocUMWFVnhnIz5JqBmJHrZjhghl1mWGuGZjM0mKEo3qbVDIvNMJs1"
    "QGgfw3KGwW9h8DmsA8TS7yKDRiybWQ+Lu/UfbdPCGkR7LmK4zKxltPvN8b6xicy6/7/E9e5sd3Wx3Q1dzuK74AsW7pdLlnTOQCU6"
    "jaP/azi4CfNtF6Fve5SoSL7cg1ehwKtR4AWBE4tUoOLrOGwGJg44gqamljnYhYPQPrIOaWfg0IJjnMC3HeCHcAIMhWXnlNeU18/i"
    "/I6FgFAtZLIY2kR5sJpHvBoteut6lSDuCJ8RwCR4hTUCr+UF2e4uE0wEq4DsCOdCA3A+kKEeL7ZAC2Ap8zJwrNERR6/jVKBfC5jG"
    "CvzVdoHnR5450/7J559fO7482aPi0CtWa1Qix/F1AvgoASBAET1hkVObx0bYfXQFIS2EwDKOl9taBH7RWSiGknPKQuXNqPxOQrsx"
    "C/VeIkkiI2VfksfuUGuMhGg8DsHnNSZoND0SPD021ngcdntCgmU/OPaEE4SYs5kTV3jWn6tylQlwO+qPeYVdfpFAl5Mwa/yCG4uH"
    "8cpl1W1Tb69unHnrCkk564GE1r+BqX0E+AVu8u/GFvSZOnDaltKRc0qqp82fLB356tTVISy0iXTPU15XjxN3EpmUk2XyjT00WYVl"
    "Zs2QIW53QoCQPLe5UBxd0adPyOAdZRh1MiwY7MUnwwl2l91sb7Efs7faBZPBa+D0vMFusIcGDUo/GR70aSjnZDh0upuhwqFRZV5r"
    "CZrfpiOOWtBC6v5eF4mIDpqLRh4KAjENT3cArmBBkI9qeMoJLiWQLHAOu1UI+lJdKmrxuJDZmuLPE6LGgG4VKCynHre49f6JU1Sq"
    "vMO3bdyx5OtHDpWo0jfMS83xVjw29iml9cBF5bHjm8H3FqRB+uBtyoHnvlee+kM7vAn2f8LU19oXLpg06fExk6cOXXRLiDu5T/no"
    "uZrRqUkzHjqy7xlIembnk4pqe3HeDau+fXgXGB77UGn68ZDyyW/X311XeQBmfAse+GPbS8q+L+ruWvT1wrlLqzYfYfISJER8FP0M"
    "NTFxarnDAETiNLg4eEEl4t5PzZstaomrCxs0ooRuBy8Q60MWaLLAVAuMscAwC+RbINUCTgtwFvinBc5Z4CMLHLbAPgs8Y4HfWGCp"
    "BeZZYJoFqixQwuBTcIVaQLDA9MsW+Dre4EULkC0WeIy1wB5usUCFBYZaII+1iPZw0QJfsQZvW2CPBbZaYK0F7o/DV1qg2AJ9GbyZ"
    "wV9iFP05Dv+0BdZZAEcwn40gCo8UpVnAbgGVPNsC/f4Rb/KWBfZa4FlGTxS+im1NENhqASAMO+KNWGALwxtlS0UcqZ0hepthWcew"
    "NDCA4ihx2F7T7alD95Da3Lr/5VOEn8ff6v6n5w5FeUXBQlzhQaqouzs1uBAKLXRL7kc33w9+tMNGoM8MhFmL2s8vUj7hOJjIkfZK"
    "la7HJnh8VRZMV56kz6uEbc6UiUo+PL48ejRnBcrUTBYvceE+50F5tGTT2jwewaRFL1wr8H6fZPfYPXVhk91r5+yi3SmNsNsFUbTV"
    "hVHCetSFBesWP6z1Q7MfGvxQ74cKP8h+yGX/Pj90jedaLzTuuV+7nKM7DSETNZVPoB5o1AHFnRP1P2lxXl9xptLaQdqLuAeBA+2D"
    "y194UXlo4QIlApWL5lQq55SVsOSRB+Cxlg/FJS/uuuu/etp3wcm6CuWZ8Yr2HeWO25jPXtXxvbgGdW8CqZTznFqzicNdBs8nuiUc"
    "mNksCYQzcxzhZK6Za+GOcSINoKFnXxdW2XIToZZ0bVfnoAeadc2GPNVnE1G7+OjuA3ULDeUzR9PKe0A/HWCMcqBV2a6shmlQ9RP0"
    "K1La/AcfeO+Dkx+BNPn9d2EJTIAaaHr34PCZi3668M8OuvbpPM3BedLiHjRf7mkSdUQkdpvKiATxogknw9psh1w7+OyU478QF7Fz"
    "AmWjjwDdMluo/zvnBeXdP7a/AwpMhYeUU9+fPn7lzVbuyKfKa9vFJcpTyu6zF9qGs4NqrH8V9q8nTfJIUavFC7S1Ol5NBMkgalA+"
    "xMXiZpE3IVc7MONFp2OESQS7KKLEiCIBEOrCwBNtXZhYZQPkGsBnQFJrfy4VzDwzhnY+FKOhMH8srRCq2k5wF9vN/DhxyTll0zll"
    "9TkSo1F4kvGoTL4BRFGl4XDjq6cdmwD06AUa+pQBiGo1TqOaF625evDpgZJwnVR2OkMQ7RO/IcIdb89RPhFMwkblxnPtV7HvmBy9"
    "ymI4I+XMRKPdJqiNNlEtJPVUiTg1Kr3F4qoL2+0WQY+d6m25SeBLgviogzlde7Lu8oP7lBCNAHYKEQpUpwylNX48QNnGTWtQnjqs"
    "bFMegSbcn15cplzs9friYx+fOTEs/9Cn7Vca74dFMAkmQqPyaOXtd7Z9d0G5GpvHQWweZ8mlap4XNIToBb1kUHP1YbXPcf9N+AU3"
    "vaqGJ9XQn26xtMyQ1BugwoAMhGYDNBigxQBbus1hLVNrMXVFozbdQo/RITEmxv4EZ/vvlE8gnZuGaWL7VnFJ+wdcnyuLY3MIERaz"
    "niaXsJgiyoy1VcRC2CLCWhGaRagQQRYBHcGLIrTEqxpEqBfBKwICH4uXI/AvecLRQHNniHIFpFPdSPv3dnzP02f4FtJXThJ4vdFo"
    "4Hmb1SChWUVTi+pOILYGG+TagOnnnPg6i0uM2BUjYUFcu4qTTn+XDqnWW8ZV1yjnuaIr9jc/ypo1Y/6d3NnzbYM++zEuu+JeNi9B"
    "2UPnRQfo6ur1WhDoAkMexJl9bZA8xl1QM85SQyBUK6qdjL33QHX7s9wqbtmD7QryeAm3uH172wnSuVaQ8ahEArKF8lmlRkbzdHFW"
    "qCEmnrE5jDIJFx7ivCQuuTrlXCcOlR9xuGCW3OEgLrPB6DK6EwSd2uaypdt4jS5Bl6HjtTqbw8QbNcS6yg23u2GUGwa4weOGq264"
    "4Ia33fCCGza7AWub3FDjhnI35LtB74bbOtxwzg1H3PCaG3a5YZ0b7nHDbDcUuyHLDV4GdMkNp93wAYP5eQdHGPZVrGENK89xg+CG"
    "gu9Y3V43rGfdYpsUhg7bfBTvbylDV+cGTnZDEevwohtaWW9b3LCYkYrlPje8SNzdNmVU3ur+8+7rPz20ixt/upwKmQvcLZRI11J+"
    "3wJOzQf04HTQmbF5oQD8FtED2uHJyofK7ZJyBVa1OXOLgIcV/Lie/T9T/jmz7QfeCgv+MqrteXFJ2/c3vvEVP6BzzTGdYCAVcg7R"
    "6QxqQRANoskIGj0aF1z8JqgwgWyCZhM0mKDFBFtMkGsCn+n6xV94/bKPUQhpuBos/Nn231mRtNHcbCuohEGb6tsOojy9+tt7+SAl"
    "Be0c1adnUZ9KaJnL5F42tQHdXXeizlwX1gmCE9efbUsiNCdCQyLUJ4KcCGiNLyaCL7HT0fgV2xdTpGj+uEAy3QRQC3h2p/L6x8pe"
    "ZRncBeX4t1A58fGhdz7+/MA7p7h3P1P27IZlUAVj4F6lWdl9Dnil45u/KJfZuemoTTazNWtDWjNNKpVaQmoddhGppeZHg3ZZw6us"
    "zQ5ocEC9A3Id4HVA58PVLt1fWNi1kcH9C9OTeYIYd3jM957frDyNXt3CdrAop5QrygdQePdS/tDyP89TkIRvP/1CKVjI+KfMYvxz"
    "kmQSlvv2tLhwP8kbLWIgxZ6IhkjQq9AMoVrz1YV53mhrToGGFKhPATkFclPgYgr4UqBTAql9ol7O9UoOzERNdVyBmj3nTPlF1irf"
    "/Sv5ntkDBnL3NT3z5yHKWeXwtUz+rIUyWflGWZE3pVr3xx77TnjQZBVez+1LIMR4vZHJqIPUykGQJKvWimrSqCUGA/qpLqdk5Thr"
    "XRidNlG0MOeUWBtcsMUFuS7wuaikMoe6exT0et8zKrIx7lPvUwuxKRBGK68oz+IMtLSBddsaWKQ8qrQpD8H99zZzrvZvxSWfHFl3"
    "Krk9wh8/otQ3RPXjAJRlFc7FDehj5kikZ49kp1qlcvYgQq8sKZl3u3EOevZ0C7wOXU61T52r5unDEU6t5m1dj0WCvxqw9ftSmKnx"
    "hejRkN5CKD8FnWbmbfrYkZEkXlQpR1Fe/q683wt69tz2OISGL3l5071TS9PBC7gGQZ2mfOVcdp9yqbDhhSO7pvWFJz443XIop+HW"
    "1wfenJ+amj1oXNOoA0e2vpFeM3FbQWmf1KwRk5fRsaFYCUfpXhSK5b8AJ6A60mroM03KebBGw4PRA12dp9s6z5KtYiHE6MGwAXGY"
    "6VcZ0JF4zHJpt2NhURSnWe1e1r5JCzXxxmgkse13LHD6thbWs1YeVl5wibV5jZVis3tYmHQUa5nF8CLSF1hVDSvXs4Aqd4YFPNcw"
    "OqMRVdIt1FlX+zP9/Z/icdfu8LpWf+eDlvizIb+DF5VPlEJhn7Dx6hRh47moX3sPytFI5pOMkHsZjKJgFNAjEaK+tK3eBhU2kG3Q"
    "bAN0TFpssIW5Jz5bd+XMJKmbShR9aLDQO3FGHRVcv9wJ5XPlCKRv/t2m5yFdeckOPUDDz2l79r93vPQcX9G2SbmkfMLoMeJaLGPP"
    "w/rJXq0OiIrujXS8pG+RYLME9RLkSKDleBVYUY6LgoyQ+Fkw1n0mAJoGVxFm/FDlZPu/IB+SPTmOIH1YjOZpQfWecXv5FdF1xBGi"
    "XsX8DFn+2ukCYjObBI1a0mm1kmBzie6EqJXOZ0a/0x/Yy+y+4E5xF7unuoWZnZZ9bdyyV8Q9CXQIvmOeyCr3C27O7s53V7mb3EJ3"
    "X6DT9+jeqHCv+yP3JTcf9yFq3Fxu3JFAT4HrdBXK3bPda9y8mRWfcUOEeTwNbjC5y911bl7jNAla3ialSiCho0RtP1r9omAwCJO6"
    "iU3dnF/xFn4ma7SwG8e7+M6npdNIAfhtrsFg89uctiLMVF7l6QOBhISkd9DMPA5Z7/fuEdoBI/c48tyh5yGLz1m78YEVbeiYt839"
    "bFU791W7tUr5uOkb3kznx4ryUMzsYKbsIHqO12hVIi9q9YJOZZCo73q9z4paVgud/4JR2YR/78FflCHQDy1AIfRVquAk1wf3BV9z"
    "GxQj/KN9aruH9hXAvkLYlwb6yZ+oADhOUGtEQSPotLg753nQCGqw5usgRQfoQ1/Swds62KqDpTpo0kGxDrDKzqruOKeDj3Swl1Wv"
    "0kGDDrh6HeSiPOvgog5adRDRwWYdNLM6OV5+RgctOljLyhHYzMr7d7AGx3SwRQeLdVChA58OTN0QrWFYsINy1szLqlq6dVDH+oh2"
    "/+uu4s/0TGcY6VoHs/NBdE7noqfmjYVXYhsFP1+kfKroIASVMA5C3ND2N7mhfFH7dq4quu4GoY7fxvbTd8qlGo5Xa9UCJ+j06pia"
    "5zSAG3+wrtEDR/RwUQ+tejimhxY9RPSwRQ9r9dCshwY91OuhQg+yHq47vxY/OHHNQ2cqpSGg2hD8wrarj3NX2iv5H9tVfOA4/4fz"
    "R9voC72kURnPPSq+j+5WmmwXCY9zr0FJuhwGFJDLYXqWqLvTwh5rsOhBI5ekfA92Zbx63ptXNAcoLkfHKS5NPMrOpfAiXHsuRYQg"
    "QFD56gcIZIo/XtEhvBv7Loj3zakFoLZPxL5FxPaLfYeYdre4wan8Ffsff0D86c2f6PEZko0CvBh5rCKpslkUAFS8iteocUcGAj2R"
    "FMzJ63psjKi0XABVJP875VXl9bPonA6FFRzHgiGL25YQ6Pi+QyU82FGFY3HLUvSQzWthAgAkZ25WbEhqZK1deOrKzTdH53mosJkr"
    "Er/AvWAf2UsEnlpz5OfDNSYCJpJDikgdWUw2kws4YvYYpZsd0ULIb3PAE8p24K4Km8GepbR6UWMP7PheaBZuJmkkSGbJRSnp6Wq1"
    "w2jqxfMmBx/KV2VUhnG9ho0zjFw26iOT0WvktILRatWPDlvN7hySUx5O8RPngRCUh4B5bnldslLHYrHW6wInnRvwUH7fos4HH9Hz"
    "MMzSFTiMPPVXAyqb2sjFHwvAio2R08e+HVl18witctrz3ZGjX2Tm+pLcGRnZSTNv1anmh9feUpk1fMDQWYPtL6zfFuGEgpm3Da80"
    "bnrmj68q82tKVE+qdCph+q0nOS1uM8oG3jSqbPFw6osvQx6sQTlxEj8ZKPt6qkwmgws92ECyPbE8bLGbjUTv4H3lYRXvbAgA9bfZ"
    "acuiYPctQexMEyUbHVI/s9bqYPR4U+fza2HNqfcat2VzWlG5oAG3INRdbTmqnL5jztwF8+ae4fxou09NnRS421L7O+GkckvkGNr6"
    "H/fvObB3e0tUBiqQ1gKcrwQyVE6xO3Q0GKp18IlulaE8rNOpzMReb+cMvN1OiKU8jGPqCoD+LP4pdp27oFEri5k+eBeNHFf5I7rz"
    "xp8OXPEpX0v11Z98XnGHARJNSz60Qyo6oxJktTxnHDNFeVxZeetUw+yddfE9oTAxxsfBss/FW622nlqbNjlgJRJy0iSZVd7yMK9y"
    "EkeUj1FGBrvFMGKc9PeGUAD3LPTAIqUvmI7ctLtinKR08jcKeqGm440/ffJu43/j6gS3Rjk7b+6cOz+ffbdpYcbbkA5aMEBqfd0e"
    "WHXVN3U5F9j1xsuvK2sPMVopH7ORj1biJrPlYS6d2eLU63neouM9iU59ZdjpN1vKTE4wik4nUalsuA7MxDg6vJg98jWbiXOzB2Z7"
    "oM4D5R7I8URVJo001dZed1In6zqbGme71eLwM3EXOcAVgGPmRl7Cbbfu0rc/to+cd8fjOIRGZcuU23nYqrnTjvrEgaz3KUeUP2s2"
    "/X6JS/mU373y3gceiNlbbify3kGGySkGG04SxzkEh+By6kyjwzoaoBPKwzbRBI4DLmh2saUaPdEY24PnRVVX9NALcjsQCrLzJS4H"
    "5XlPCDrgE+UvmzZt2Fw+JTOzbMBJ/t62pfy9b875zSPml7SFZWPfjO5rbxYmCOUoAVlkstw/IVmn8wp8utXKe/nsXh6TI7U87HKY"
    "TZnlYcnkIOrR4XHCNGG+wCcLeQInIsWcQDwN2VQ68mqjrLxGSLoYSRdcZxBvEBR0yYsrmN+3wK9CZSLwVGKYYHNV7/y9B7hNUyrm"
    "3cFxtR1vHPvz+9/XiFoRdCrlimnBnV+eaVig3Pzbh/1DRq59pPD2d6lfjTLkOxS4y3bHI21fnv+e/+K/X1OeVDa/Fl2La5CrUxnP"
    "K+Qcq8lk1qjNapfTQsxqh4Pn9RVh3ozb2rUuuOiCCNvi4jXudS9Q9kedgs4jiUXXRhdi2hAdfirwLGhoV8PWwu0Ltu9X/nJw2iLl"
    "PEo8f8u9DR+9317JTYKeu1a0vyG+r9w+azqdB6QNtrEznGoyTu7Lq9XsobxoEhxAxqD1je78ImwXFz1d4u12qCXCzo90OTDxrUlR"
    "t+Ov7Gk80rWGnvRAXdb+wQdXeaH/1Xew/45WZTw8x/o3k3fl5WreYCCSZLFKuCOoCAueKBEtVohYYZcVmq1QYQXZCmYrHLPCWivU"
    "s5ILVojCrGUwDd3AiBX6dVjhjBU+sMIW1uCAFTZbYbEViqxgskIrw7WF3XpZibq7k369g97NfYs5BjG1FF8VbMDJ6SFXdCtmV63F"
    "kX85tTRYFgL3o3T8/56gfUcomiLMv1q65nedMjIP+aAnBbKHgE6j1er0ejUvCAYJ1BoTWn7iyDHQSG5eUVE0Lof95VmjspB3bcwY"
    "92BnFlJmw/3QW1kKT8Ffq5SZ4vttO6FFmdB+R6dcxua+VM5GD0WknpIjGoyPxuAXx2PwF34tBv+z2DvOsvj+lXyKfxkhqk24xtPI"
    "b+RJrjRCvBpvklmtSdJkpCfzdr4ibHYl8nazZPJqiONcBnyUAUszoCoDBmTA6Qx4LQPWx29zMoDzZgDJgNYMOJYBkQzYnAHNGVDP"
    "6q5/JSw2O3nIK9d1ZzfjnlfXkslPS/cngSNI15IreM2KUlt4aevY25XzIg8SrxPy19/xU0hV8LsFm55Vvt1aOUPk6qDnzpXtr/Nl"
    "42f3sv2X996G7++789Qf2kfTis0Pt++K8kGYinxIIOVyDkkwq9UaTUKi22ynLKDDx9FvSYS1LPAZSYTodUMiXEjstv7zuh867HwK"
    "80tjQOr5G9nSj1HNtAElCNd+N0pRI4yO27jfoI3To4bKlRMtKgndV5dTayoPa828HS2xE5VRvQt+MRZrJv7kznhhWsBHPTOf8Bvl"
    "M0Vpp+e8gEfliDbovrs6yKL5wKO//G/lJPRC0yNClnJG+fvBncqjL70RPUOzTBkvrBFGE1fUx0og1p5arZ7oA8kO9AysDrPRpPP8"
    "Dz5W57lx6mOxqcyPMoc5WeYuH+uTd+Y+l61SKec1YBHV6GO9cUw5jdoddTyXrPxd+WRKbdKTymThr0/VW2fmv4s+1iW44+3IrgNR"
    "WquQVmrD7CSJ0io6DAYpkUjE57X2QC/G6jR40O1KKMetlbnB9x/8QRszRjFb5LeghfInc9BpkapOv/t9jV4Ao0r5VuRqlbY3/sR9"
    "1zTnyzN3LuR6oKVPP9R7jumO1Ved8Nb699CfMe04oDzCHBgme5yCNDrR00rVoItCTAkug7UirDGYRRNxbE6AxQlwLAF2JUBdAuQk"
    "xIJM5Foy6druFDEubuwdljUxCcuUq4f29Rfnz5jHDwwv6G19OWlubbbpO9Pz/93+N6ZryujZf6Qjg8yVS9Qqv92TaCAk0a4SMm/w"
    "G1y8K2l0+C0P1Htw7+Dxejid4PG4zLxudNiuTmEhVGfFDRC5AXJvAPkGyLmBBbXnsrBq58nhutj58l88DJuWXhA/6pzO3suj/qI6"
    "9hTW6UriBa/ScfbM39L/5bitef4d46f/8Oz4C6cPftfz39KkaVOn3lSz+PCC4TBw44urH0+9SR4o5w9y5IxeMmn9jiceSRw6JDgw"
    "p8CaWHDjArqf7PgB97L9cDUNkHvaJEln0BgEwekyiCoRnW+VRqMydTrdjHbLta+MdO57qHNVEHQEHYHYfkcFW+99aMVvqyNHjw4s"
    "8g+abl22grvvTUV5s/1P5aOMO5MZrxdT/1roj+hR3xhR2xCnxpngws0Y6hurU3KoiWlLAqxNgIsJEEmA6HVDAlxI+B/0DTB5ZEbN"
    "5U8LxY5mWeDJlmmLqGN9SRL77UBdI/Rv/71ydtcKrrht/8rpa4ff03DifW4XpU2DunAm0qaDMXIH/XkUlRZ3Ixyvl9ZJ0CzBLdJc"
    "iauSYKgE+RKkSWCVQJDgkgTfSPChBNAiwVZpr8Q1S2slbqrUJHGyVCFxCGxmkLch6DGpVeL2Sm9L3BYJliJmrl6CYqlK4nwS2CX4"
    "SDoncUckWCttkbilNMDZIHGx+lyJQ4iLMaCIBLSPddJWSZAlSJHyJY5IUMA1SM1SRGqRLkpinQREMkuyxB+TYBfFCrMlqKBB0yKJ"
    "WyytkQ5IF6QOScQik+TFQl6t5UwqiDii0dRJneEfGvyZ9POA0HXxoLrugaSfhWFtThYI5E4rEWURZL5h6qcb/C6k4ZQ8k/de5p84"
    "+ps80HEFbfMg+mtK8KrcAcRiNAhqlU4nWHiNzW53ajUaxxonLHTC7U6odUK5EwY4IdsJHicYnPBvJ3znhM+d8IETnnO+4uTWO2G1"
    "ExbHwUc5YRCFzXJyCD29wwmfOL91ckec8IYTXnDCRiescMI9TphFYWucHEJnOcHtBL0TUI/9zQmnnXDUCa8w8KecsIrCLnJyNU4Y"
    "QWEHOLmeTgDceL3mPO38zsnvon2vcnLlzjonl08ReZxcP6TyjBOw371OWE8JXOPkpjL6ithYsK9zTrmIQhxwwjrnVieHVM2mPYxy"
    "clh7wQlci/OYk1vj3OXkGpzglHWGMuIEjc0gaEwWnU6N6xwdjc7obta1b13+PJJb979/x71rlmO6zOrq1BDx6K+aBX+LWOzXVWDz"
    "i37l1HYpkL9TOaX8BTR7jO7nIftZo6fHBhC4ddm7W9vvFPq3HR45j7u3fWn+qqXcy7FnAOij9EcfQJZTiF6j1QmgVokcz4tqrV40"
    "SNRYXDRAqwE2G6DcEHv81n2nFT+e79ezaKSHOaLBNgWN/cPKMsg5/w30wXwNLFfu4nI4vbIJbmn/qf1PTGeZ0ZZOx/4dVB71OpvW"
    "aLFajWhZnC6LzmQzaolYESaeJ1zwkAsaXTDFhVsTFwx1QZ4LUlyAe36VC/7hglYXHHPBWy7Y64KtLsAG97ugibkvlQw+3wVpLrC6"
    "QHChsnDBVy740AVvswZPu2CdC5a6YL4LprmgygXFrIPkeAc/uuAjF7zDtmkI/Fg3YPmXIJGOPS6I7eiWMiqiSKPPMO2MigKk4gjr"
    "v4ndywOw4Bwre80FLzCasGYAGyhxAXeRDTO6P0fPrIKhM7O6bmcW6q4TsknXvBX8P7xG/GunGOs6n8jnBINFXUHeqHnATQ+LwRUw"
    "NURlEowAnltvDPUaWF6UrlRB5vMZg9xDtkCaUjXuFWW84T1NWvUMIUcRZ31Z9x10XF19bAuTh0pC+H0oD1pSLKdzKjUAr9IIep2K"
    "F9CICSZQEzUKhEOOR6gX6yHqEPxiBDoYD0A7KqFd6cXrFBWX9S637cgf2icepf35lfHcP3AvFCDD5IAzKUnPW5J5tZCSmqhRa9SX"
    "wxqNyW+yXg6bCPFfExK+/tlzjBFoFdHPCA0GzPsOAAfzlqIv4NDYJZZw2Q/9/s4FC+/YuPJw/5rRjRPrGkbX9FfGb3wEyubO4Q6J"
    "c+ZA2WNPvTl9hnKibqVNcK6oVU7MvO0A0rpBKYSn2b4tJPvpiSpCopu2XBF8PztW1Tl5NAaOxjz6IsYGUCmF6t/8NAvxZeHYlfjY"
    "JadTSEpMClhw7JpET6Lncjgx0Yp1l8MBj9VyOWwl/3nsLuYhxF48ssRe52MBW5fDSAevyoKswtryOZNqmsprCw+v3HjnwoV3bll2"
    "+K+3zYTsiSudgm1FPWTPmP7mU48p+xvmioe4ptnK/tWbmFyM5gShji9DnZsm2zU2l9Oq14s7wkS/q4aYd4TRvcjJo6fVYo5LNPTD"
    "AschGqNihxyQDL5q1KOjlo0bvmDInE0zViydmv3QXHkeJ9yQmJOVfbIqp3fCxNO9Ugj7jUz2MavYry4CWcUXwU72DCVVtqHJJESt"
    "pk9QttVo1JtqNPRd7Njbsp2H99WBvuwt3Z19Bu57YDF4hTcX7qna9gQ9dNKFT0cCslXU6ejxPUmj21QjaLbVCN3QxUIpyNcgcjFo"
    "WZXf7+XBJYv5okMLX7np5v8uU66yPclv+SI++m6jg5TIKQyj2eGw4RbKrOf0op7gNOhoBzYN7cIkxH+15NpfLgl2LequPv1dl9yw"
    "voX7sP/2YCcd9+6L0tGNoC56tMRGRshpgkal1WqMVrPNZiVWsxUp0ljZy63IQYua8tCq+WWKrvulghhXxc4rfnqw//4Hkb9KZd6A"
    "KKMPLnylgjK6ZdGLlYzhQAZDi5DPrYq9E83RxfPKz96JHsz/CC1HjtD5IdCiIf8J3oLwGhIFR6gvUSAS2DvUarSlvWUnj8aUvjem"
    "4SWDFkRBXF+jIQKJvVIavCbO3v1QpfgT+NqqIaltDG6h+ygfxBPStJqzwQ6+mP4aimxgcRsC61EzsbdWOt/Vpqt8NfgQlraiYxkC"
    "i7hV/B/o+aZ9RGWQtFoe6ciJL5Ruv/7Ardq5cMH2F+66ewe3deHOHXff/cILBOBpMlU1iSsmBuKTDXoiajlONIj0h0NIt99VsjJk"
    "aelBFDQ6NwX+kLi4cHDZ4jVrFpcNLmwLwOJh9z8+ImXE4/cPG8d45uu4KL4jPkFMxEsKcX9YnKDxZacHzYQEszVC/wH5aQWBGwJ/"
    "DOcW/DFsusF7AyfnginXm8t15ALJNedyWv6G3BtyBUmyvxeWBKHHe2HB9gtvnsyZy2Lsv7Q/5KLvjuRb6Vs1VnX3N0vyUqyp7FhF"
    "gSv2Jkq3naP4zkFl18HDyo7X3oKKg2/B6JaGrcq5ZzYqf3nhGXBv3Qo9nmn74/yZQ6f12NJ/570HT7x/4P5duRsSJ5fMms0dok3/"
    "ADe9cRAq3jqk7HmLttigfP3cM8o52vK/lq0bWZKzqOGLPx75qGFe5qDih1FuuvMqm/Ql98ujEjT+Xr0yg4FAii87u3cmsi0zRSMU"
    "9POl9AomB5P/EE7N+0OYpJhTOFOqN5VL4lNlV2JZSjA1NZjC/xrTXJRp7Ph0jGeWa2x9/Pnz/4Z7Ih+gP4AQfQHVxlOL4EB2/i9Y"
    "p5TsmbcHRj71ZP3NJ0+PKnlw7dBh/yPX/gWFyrt8zpI5k+a7lQg3oHDgj8PZe1/bhHHC8yj7w+UMAffgHCE6DW+Q1GaIv1i2FlrQ"
    "rcBb+obZRRBhf0fLXoO5DPYQd1FW7ZxrF6tNCwVacGlBrYVxMFXZsgmR1G9StrAvZQOUwjSo36A8Te83KU9vgVuUaKyX/gzqUyfe"
    "e3FXnWngZeKN/tbseyOmp9H883sys9pS29p1szXFbL/MxX7vF7/Vg5WbyTDd822pV+7Wzf7Z7wDfidboKFeI6J8nB/kjZJnQSAKY"
    "POqeJCi+SybAeTIL66Zh4vieRCVsJ+MQfhXeV7C8kNgRfjSmJZiGY8rB5MVUhGkUpmpMQ2gdtjmM6RDFgWksy8+SSeqjZB72Rftb"
    "gamK5ePICqxboSqM3mM/Kyhees3Kn2ew0fpxXXB4PQDrXXh9D14b1asJh7kVUwDLB2H/jYjLgbkb+88WGju+x+uhiHsg1tPxV2Be"
    "RXMsD7Drs2QNtsHU0Yrl7Br5s4zBn2XwNK/ie7L2ZQz3WbIYrzWqwo4rmBsxmdF6VyKMnxtENmCehf2PZryP8nEV1v+WpUYyWBP9"
    "ReEvEddq7igZgvbiafFr4qOJ8i02fzdGE1eNaS8qxlZU7T6c9few9WeEaHFlaxswHUPRnYrpdeorYBqI6Q5MGwiRUjDdS4jBTogR"
    "r43bCTE1o/9SjAmvLUsJsWIfNmzrkDFhGyf24cQ2rnxCErbTn23B9BMhPbYR0jMD0/uEJCFs0kVCvGsJ8bGfP8SEMH7sO4DDDGB5"
    "Cl6nIG2p2C5tIiHp/QjJ2IraCPFmYp6FNGRFCMnugWk/Ib2xXW+s64309cZ2OXifg2PPxbZ9kF19sE1eBRoBpC+IOPPXERLKxYQ4"
    "+mL7gl6YHiakH5YXIp7CFkL6Ix8GIH0DniRkII51EOIchDuKIhzHEKRnCLYbhvwsxuvic4SUYLsS5HMp9lNajwlxD8fxD8fxlGG/"
    "ZVhehvSVIewIpHsE0jYC52Yktrkxgf4WPluFd0IlqSITiQpXq5nk4BXhb+KriMB+V/4/foaMpe+bQiEZC4Nj+VCQiZ14YQjmXswH"
    "kCD0x/J+mGM92YrflzBxkEcGoa8xFhNADua5eE/zXpBJOrBlJpbfgPcZWJ6OeXrsPg3vUzFPjd0HIJnBJ8fus7Aec1JB9SHJYd+7"
    "QJAr4Fg7HGgHczvMvgryVWi+vPbylsv83y+GvDkXN1/k6i5AzoW6C7MvbL5w5oL4zTmf9+tzg7xftaZ7v2wd5D0z6POxXwzix5LP"
    "cz/nPgd+bM4QPSTR3T9++zDJmPiOFkiSM9w9Sj/jO7zkNHwqDPR+9GEP74kP07z1x9cebznO0yyCF63HRdTRLx539yyluvq4zlBq"
    "2g9O2QQH3kzzyq9lDimVX0tOL90Pfjlt3yAv2Q+z98P+l3Ve8jKQl30vyy/Xv9zwskiztS8fe/niy+J+QOemDEFfqn+J2/LSsZc4"
    "xCwbX9IbS0176vZwu/mBXkq2mxRhKsfEkzX4DUi8W85Iyyz17srZVbRr8y7BtAvkXUZnKdnRsKN5B9+64+IO7oXnQ97nK9K8r4AH"
    "EvcMpBQl7gPTc2DaBq+DC2xkIM6DQ76vYqB30/p070ZMGzA1r4cnSzO8m3+767fcE6Uhr2mddx33m7Vp3sceTfOa1njXzF6DDtYa"
    "8ZGH07zlq8H0MMgP602lphXeFdxDD5q8dQ9C3/tL7+fmY9/zMDVhasSU2QCeBuAb4FID/LnhmwZuegOEG9DyXZQXNSA7Z99Z5r2z"
    "NM+bCAlj3cGEseogP1aF8zIZ29bX5XnrMJ80ocw7sTTdWzPhLu+E0j5eW551rIizK+TxY2fzYMItQDk/m1/Mi3VjQB6T0atUHpOU"
    "jF+2hNLbK++pXFXJjy7v4a3A5C7PLOfC5TPKuf1glbNLU70jSt3eslK/dzgO+qdSZAL0KPOMdeY5xlrANNacZxrLAUos6fDuB8se"
    "jxYzs5yNuddUZKozLTYJJlOOqdw027TGdMbUYVIXYdkFE4/ms5xAs5OaeVi7u2pMVtao/eqOylERdUVNBJZHUsfQb3n0hIhqeYSM"
    "nVBTvRvgkfCDq1eToT1HRfLGVEfqe4ZHRabihUwvmvHC3HO3kwwNNzY1Ns3Lin2gsYlmhGaNeNHYSKuAFnWCsOLGxqamJhJt0pjV"
    "SLLoN1YAfpNGBogwFJjiiv0D/Sa0O9YNMMjGJgrEGs+j3+yOllJE7IM9NHZ2zzBHs4T/A+lF1sQ=")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else OUT)
