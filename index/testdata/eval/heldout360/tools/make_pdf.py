#!/usr/bin/python3
"""Re-make docs/electoral-bonds-case-report-courtscribe.pdf byte for byte.

The document is a CourtScribe case report as Chrome (134, Linux) prints a web page to PDF
("Save as PDF", A4, default margins, "Headers and footers" ticked, background graphics off):
Skia/PDF m134 output, PDF 1.4, tagged (StructTreeRoot, marked content with MCIDs, the header
and footer as /Artifact), every font a subset embedded as a Type0 / CIDFontType2 font with
Identity-H encoding, original glyph ids kept, a /W array and a ToUnicode CMap; the "fi" and "fl"
ligatures Chrome shapes come out as single glyphs mapped to two characters. Every line of text
is its own BT/ET run (a bold date or label and the rest of its line are two runs on one
baseline); link annotations carry the URIs. Chrome's header is the print date and time (left)
and the page title cut short with an ellipsis (centre); its footer the URL, also cut short, and
"n/m" (right).

The fonts are the Liberation 2.1 faces of the machine (Chrome's fallback for the site's Georgia
and Helvetica on Linux), read from /usr/share/fonts/truetype/liberation2 and pinned by hash;
Liberation has no rupee sign, so each "₹" is a run of its own in DejaVu Serif, as Chrome's font
fallback draws it.

Source: tools/electoral-bonds-case-report-courtscribe.txt
Run: /usr/bin/python3 tools/make_pdf.py [output path]
"""
import hashlib
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "electoral-bonds-case-report-courtscribe.txt")
OUT = os.path.join(ROOT, "docs", "electoral-bonds-case-report-courtscribe.pdf")
FONTDIR = "/usr/share/fonts/truetype/liberation2"
FONTS = [  # resource name, file, PostScript name
    ("F4", "LiberationSans-Bold.ttf", "LiberationSans-Bold"),
    ("F5", "LiberationSans-Regular.ttf", "LiberationSans"),
    ("F6", "LiberationSerif-Regular.ttf", "LiberationSerif"),
    ("F7", "LiberationSerif-Bold.ttf", "LiberationSerif-Bold"),
    ("F8", "LiberationSerif-Italic.ttf", "LiberationSerif-Italic"),
    ("F9", "../dejavu/DejaVuSerif.ttf", "DejaVuSerif"),  # Chrome's fallback for the rupee sign
]
PAGE_W, PAGE_H = 594.96, 841.92
LEFT, WIDTH = 62.0, 470.0
TOP, BOTTOM = 46.0, PAGE_H - 50.0
CREATED = "D:20250312141536+00'00'"
CREATOR = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/134.0.0.0 Safari/537.36")


def num(v):
    """Skia writes reals with up to 8 significant digits and no trailing zeros."""
    if abs(v - round(v)) < 1e-6:
        return "%d" % round(v)
    s = ("%.8g" % v)
    if "e" in s:
        s = "%.6f" % v
    s = s.rstrip("0").rstrip(".")
    if s.startswith("0."):
        s = s[1:]
    elif s.startswith("-0."):
        s = "-" + s[2:]
    return s


# ---------------------------------------------------------------- TrueType
class TTF:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        d = self.data
        n = struct.unpack(">H", d[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.table("head")
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loc_long = struct.unpack(">h", head[50:52])[0] == 1
        self.nglyphs = struct.unpack(">H", self.table("maxp")[4:6])[0]
        hhea = self.table("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        nh = struct.unpack(">H", hhea[34:36])[0]
        hm = self.table("hmtx")
        self.adv = []
        for g in range(self.nglyphs):
            i = min(g, nh - 1)
            self.adv.append(struct.unpack(">H", hm[4 * i:4 * i + 2])[0])
        loca = self.table("loca")
        if self.loc_long:
            self.loca = list(struct.unpack(">%dI" % (self.nglyphs + 1), loca[:4 * (self.nglyphs + 1)]))
        else:
            self.loca = [2 * x for x in struct.unpack(">%dH" % (self.nglyphs + 1), loca[:2 * (self.nglyphs + 1)])]
        self.cmap = self._cmap()
        post = self.table("post")
        self.italic_angle = struct.unpack(">i", post[4:8])[0] / 65536.0
        os2 = self.table("OS/2")
        self.cap_height = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else self.ascent

    def table(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        c = self.table("cmap")
        n = struct.unpack(">H", c[2:4])[0]
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", c[4 + 8 * i:12 + 8 * i])
            fmt = struct.unpack(">H", c[off:off + 2])[0]
            if pid == 3 and eid == 10 and fmt == 12:
                best = (fmt, off)
            elif pid == 3 and eid == 1 and fmt == 4 and best is None:
                best = (fmt, off)
        fmt, off = best
        out = {}
        if fmt == 4:
            segx2 = struct.unpack(">H", c[off + 6:off + 8])[0]
            seg = segx2 // 2
            ends = struct.unpack(">%dH" % seg, c[off + 14:off + 14 + segx2])
            p = off + 16 + segx2
            starts = struct.unpack(">%dH" % seg, c[p:p + segx2])
            deltas = struct.unpack(">%dh" % seg, c[p + segx2:p + 2 * segx2])
            ro_off = p + 2 * segx2
            ranges = struct.unpack(">%dH" % seg, c[ro_off:ro_off + segx2])
            for i in range(seg):
                for ch in range(starts[i], ends[i] + 1):
                    if ch == 0xFFFF:
                        continue
                    if ranges[i] == 0:
                        g = (ch + deltas[i]) & 0xFFFF
                    else:
                        a = ro_off + 2 * i + ranges[i] + 2 * (ch - starts[i])
                        g = struct.unpack(">H", c[a:a + 2])[0]
                        if g:
                            g = (g + deltas[i]) & 0xFFFF
                    if g:
                        out[ch] = g
        else:
            ngroups = struct.unpack(">I", c[off + 12:off + 16])[0]
            for i in range(ngroups):
                s, e, g = struct.unpack(">III", c[off + 16 + 12 * i:off + 28 + 12 * i])
                for ch in range(s, e + 1):
                    out[ch] = g + ch - s
        return out

    def glyph(self, g):
        off = self.tables["glyf"][0]
        return self.data[off + self.loca[g]:off + self.loca[g + 1]]

    def components(self, g):
        d = self.glyph(g)
        if len(d) < 10 or struct.unpack(">h", d[:2])[0] >= 0:
            return []
        out, p = [], 10
        while True:
            flags, gi = struct.unpack(">HH", d[p:p + 4])
            out.append(gi)
            p += 4 + (4 if flags & 1 else 2)
            if flags & 8:
                p += 2
            elif flags & 0x40:
                p += 4
            elif flags & 0x80:
                p += 8
            if not flags & 0x20:
                return out

    def subset(self, used):
        keep = {0} | set(used)
        todo = list(keep)
        while todo:
            for c in self.components(todo.pop()):
                if c not in keep:
                    keep.add(c)
                    todo.append(c)
        glyf, loca = b"", [0]
        for g in range(self.nglyphs):
            if g in keep:
                d = self.glyph(g)
                d += b"\0" * (-len(d) % 4)
                glyf += d
            loca.append(len(glyf))
        head = bytearray(self.table("head"))
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        tables = {"cvt ": self.table("cvt "), "fpgm": self.table("fpgm"), "glyf": glyf,
                  "head": bytes(head), "hhea": self.table("hhea"), "hmtx": self.table("hmtx"),
                  "loca": struct.pack(">%dI" % len(loca), *loca), "maxp": self.table("maxp"),
                  "prep": self.table("prep")}
        tags = sorted(tables)
        n = len(tags)
        es = 0
        while (1 << (es + 1)) <= n:
            es += 1
        hdr = struct.pack(">IHHHH", 0x00010000, n, 16 << es, es, n * 16 - (16 << es))
        off = 12 + 16 * n
        dirs, body = b"", b""
        for t in tags:
            d = tables[t]
            pad = d + b"\0" * (-len(d) % 4)
            dirs += struct.pack(">4sIII", t.encode("latin-1"), checksum(pad), off, len(d))
            body += pad
            off += len(pad)
        font = bytearray(hdr + dirs + body)
        adj = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
        hoff = 12 + 16 * n + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[:tags.index("head")])
        font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
        return bytes(font)


def checksum(b):
    b = b + b"\0" * (-len(b) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


class Font:
    def __init__(self, res, fname, psname, tag):
        path = os.path.join(FONTDIR, fname)
        self.res, self.psname, self.tag = res, psname, tag
        self.ttf = TTF(path)
        self.used = {}  # gid -> unicode text
        self.fallback = None

    def segments(self, text):
        """Split text where the face lacks a character and Chrome falls back to another font."""
        out = []
        for ch in text:
            f = self if (self.fallback is None or ord(ch) in self.ttf.cmap) else self.fallback
            if out and out[-1][0] is f:
                out[-1][1] += ch
            else:
                out.append([f, ch])
        return out

    def shape(self, text):
        """Characters to glyph ids, with the fi / fl ligatures Chrome's shaper applies."""
        out, i = [], 0
        cm = self.ttf.cmap
        while i < len(text):
            two = text[i:i + 2]
            if two == "fi" and 0xFB01 in cm:
                out.append((cm[0xFB01], "fi"))
                i += 2
                continue
            if two == "fl" and 0xFB02 in cm:
                out.append((cm[0xFB02], "fl"))
                i += 2
                continue
            ch = text[i]
            out.append((cm.get(ord(ch), 0), ch))
            i += 1
        return out

    def width(self, text, size):
        if self.fallback is not None:
            return sum(f.width1(t, size) for f, t in self.segments(text))
        return self.width1(text, size)

    def width1(self, text, size):
        return sum(self.ttf.adv[g] for g, _ in self.shape(text)) * size / self.ttf.upem

    def encode(self, text):
        hexs = []
        for g, u in self.shape(text):
            self.used[g] = u
            hexs.append("%04X" % g)
        return "<" + "".join(hexs) + ">"


# ---------------------------------------------------------------- layout
GRAY = "0.33333334 0.33333334 0.33333334"
INK = "0.12941177 0.12941177 0.12941177"
RED = "0.7607843 0.09411765 0.10588235"
BLUE = "0.078431375 0.3529412 0.7137255"
STYLES = {  # font, size, leading, colour, space before, space after
    "logo": ("F4", 24, 28, RED, 0, 0),
    "tagline": ("F5", 8.5, 12, GRAY, 0, 8),
    "nav": ("F5", 9, 13, INK, 0, 6),
    "crumb": ("F5", 8, 12, GRAY, 4, 8),
    "kicker": ("F4", 8, 12, RED, 0, 4),
    "h1": ("F7", 20, 25, INK, 0, 8),
    "dek": ("F8", 11.5, 16, "0.26666668 0.26666668 0.26666668", 0, 8),
    "byline": ("F4", 9, 13, INK, 0, 0),
    "date": ("F5", 8.5, 12.5, GRAY, 0, 0),
    "share": ("F5", 8.5, 12.5, GRAY, 4, 12),
    "p": ("F6", 10.5, 15.5, INK, 0, 7.5),
    "h2": ("F4", 13, 17, INK, 9, 5),
    "h3": ("F4", 11, 15, INK, 4, 3),
    "quote": ("F8", 10.5, 15.5, "0.2 0.2 0.2", 0, 7.5),
    "li": ("F6", 10.5, 15.5, INK, 0, 3.5),
    "label": ("F6", 10, 14.5, INK, 0, 1),
    "link": ("F6", 10, 14.5, BLUE, 0, 2),
    "also": ("F4", 10, 14.5, INK, 8, 2),
    "tags": ("F5", 9, 13, GRAY, 8, 6),
    "next": ("F4", 10, 14, INK, 4, 14),
    "footer": ("F5", 8, 12, GRAY, 0, 2),
}
TAGS = {"logo": "P", "tagline": "P", "nav": "P", "crumb": "P", "kicker": "P", "h1": "H1",
        "dek": "P", "byline": "P", "date": "P", "share": "P", "p": "P", "h2": "H2", "h3": "H3",
        "quote": "BlockQuote", "li": "LI", "label": "P", "link": "Link", "also": "P",
        "tags": "P", "next": "P", "footer": "P"}
DATE_LABEL = re.compile(r"^((?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December) (?:\d+(?: and \d+)?, )?2024:)\s")


def read_source():
    meta, blocks = {}, []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line.strip():
            continue
        if line.startswith("@"):
            key, _, rest = line[1:].partition(" ")
            if key in ("url", "title", "printed"):
                meta[key] = rest
            elif key in ("label", "link"):
                a, _, b = rest.partition(" | ")
                blocks.append((key, a, b))
            else:
                blocks.append((key, rest, None))
        elif line.startswith("### "):
            blocks.append(("h3", line[4:], None))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:], None))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:], None))
        elif line.startswith("> "):
            blocks.append(("quote", line[2:], None))
        elif line.startswith("- "):
            blocks.append(("li", line[2:], None))
        else:
            blocks.append(("p", line, None))
    return meta, blocks


def wrap(font, size, text, width, first_width=None):
    words = text.split(" ")
    lines, cur = [], ""
    limit = first_width if first_width is not None else width
    for w in words:
        cand = w if not cur else cur + " " + w
        if cur and font.width(cand, size) > limit:
            lines.append(cur)
            cur = w
            limit = width
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, fonts):
        self.fonts = fonts
        self.pages = []  # each: list of ops (kind, ...)
        self.new_page()
        self.elems = []  # (tag, [(page, mcid)])

    def new_page(self):
        self.pages.append({"items": [], "links": [], "mcid": 0})
        self.y = TOP

    def need(self, h):
        if self.y + h > BOTTOM:
            self.new_page()

    def mark(self, elem):
        page = self.pages[-1]
        m = page["mcid"]
        page["mcid"] += 1
        elem[1].append((len(self.pages) - 1, m))
        return m

    def text_line(self, elem, runs, baseline, extra=None):
        """runs: list of (font res, size, colour, x, text)."""
        m = self.mark(elem)
        self.pages[-1]["items"].append(("text", elem[0], m, runs, baseline, extra))


def layout(meta, blocks, fonts):
    doc = Doc(fonts)
    in_updates = False
    prev_kind = None
    for kind, text, extra in blocks:
        fname, size, lead, colour, before, after = STYLES[kind]
        font = fonts[fname]
        if kind == "h2":
            in_updates = text.startswith("After the judgment")
        if kind == "h3" and prev_kind == "h2":
            before = 0
        elem = (TAGS[kind], [])
        doc.elems.append(elem)
        doc.y += before
        x = LEFT
        width = WIDTH
        if kind == "quote":
            x, width = LEFT + 18, WIDTH - 30
        if kind == "li":
            x, width = LEFT + 20, WIDTH - 20
        if kind == "logo":
            doc.need(lead)
            base = doc.y + size * 0.8
            doc.text_line(elem, [(fname, size, colour, x, text)], base)
            doc.y += lead
            prev_kind = kind
            continue
        if "  " in text and kind in ("nav", "date", "share", "tags", "footer"):
            # separate inline elements spaced by CSS margins: one run each, no space glyphs
            doc.need(lead)
            base = doc.y + size * 0.8
            runs, xx = [], x
            for part in re.split(r" {2,}", text):
                if part == "|":
                    runs.append((fname, size, "0.8 0.8 0.8", xx, part))
                else:
                    runs.append((fname, size, colour, xx, part))
                xx += font.width(part, size) + (8 if kind == "date" else 14)
            doc.text_line(elem, runs, base)
            doc.y += lead + after
            prev_kind = kind
            continue
        if kind == "label":
            bold = fonts["F4"]
            lw = bold.width(text + " ", 10)
            lines = wrap(font, size, extra, width, width - lw)
            for i, ln in enumerate(lines):
                doc.need(lead)
                base = doc.y + size * 0.8
                runs = []
                if i == 0:
                    runs.append(("F4", 10, INK, x, text + " "))
                    runs.append((fname, size, colour, x + lw, ln))
                else:
                    runs.append((fname, size, colour, x, ln))
                doc.text_line(elem, runs, base)
                doc.y += lead
            doc.y += after
            prev_kind = kind
            continue
        head = None
        body = text
        if kind == "p" and in_updates:
            mm = DATE_LABEL.match(text)
            if mm:
                head = mm.group(1) + " "
                body = text[len(head):]
        hw = fonts["F7"].width(head, size) if head else 0
        lines = wrap(font, size, body, width, width - hw if head else None)
        # keep a heading with the first line of what follows
        if kind in ("h2", "h3", "also"):
            doc.need(lead * len(lines) + 24)
        quote_top = None
        for i, ln in enumerate(lines):
            if doc.y + lead > BOTTOM:
                if quote_top is not None:
                    doc.pages[-1]["items"].insert(0, ("bar", quote_top, doc.y))
                doc.new_page()
                quote_top = doc.y if kind == "quote" else None
            if kind == "quote" and quote_top is None:
                quote_top = doc.y
            base = doc.y + size * 0.8
            runs = []
            if i == 0 and head:
                runs.append(("F7", size, colour, x, head))
                runs.append((fname, size, colour, x + hw, ln))
            else:
                runs.append((fname, size, colour, x, ln))
            link = None
            if kind == "link":
                link = (extra, x, x + font.width(ln, size), base - size * 0.8, base + size * 0.2)
            if kind == "li" and i == 0:
                runs.insert(0, (fname, size, colour, LEFT + 7, "•"))
            doc.text_line(elem, runs, base, link)
            doc.y += lead
        if quote_top is not None:
            doc.pages[-1]["items"].insert(0, ("bar", quote_top, doc.y - (lead - size) + 1))
        doc.y += after
        prev_kind = kind
    return doc


def truncate(font, size, text, width):
    if font.width(text, size) <= width:
        return text
    while text and font.width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


# ---------------------------------------------------------------- PDF writing
def pdf_str(s):
    if all(32 <= ord(c) < 127 for c in s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def content_stream(doc, pi, page, fonts, meta):
    out = ["1 0 0 -1 0 %s cm" % num(PAGE_H), "q", "/G3 gs"]
    npages = len(doc.pages)
    sans = fonts["F5"]
    # Chrome's header and footer, drawn first, as artifacts
    hdr_left = meta["printed"]
    title = truncate(sans, 8, meta["title"], 300)
    url = truncate(sans, 8, meta["url"], 430)
    pn = "%d/%d" % (pi + 1, npages)
    art = [(28.35, 19.5, hdr_left), ((PAGE_W - sans.width(title, 8)) / 2, 19.5, title),
           (28.35, PAGE_H - 14.5, url), (PAGE_W - 28.35 - sans.width(pn, 8), PAGE_H - 14.5, pn)]
    out.append("/Artifact <</Type /Pagination>> BDC")
    out.append("0 0 0 rg")
    for x, y, t in art:
        out.append("BT")
        out.append("/F5 8 Tf")
        out.append("1 0 0 -1 %s %s Tm" % (num(x), num(y)))
        out.append("%s Tj" % sans.encode(t))
        out.append("ET")
    out.append("EMC")
    for item in page["items"]:
        if item[0] == "bar":
            _, top, bot = item
            out.append("/Artifact BMC")
            out.append("0.7607843 0.09411765 0.10588235 rg")
            out.append("%s %s 3 %s re f" % (num(LEFT + 4), num(top + 2), num(bot - top - 2)))
            out.append("EMC")
            continue
        _, tag, mcid, runs, base, link = item
        out.append("/%s <</MCID %d>> BDC" % (tag, mcid))
        for fname, size, colour, x, text in runs:
            out.append("%s rg" % colour)
            for f, seg in fonts[fname].segments(text):
                out.append("BT")
                out.append("/%s %s Tf" % (f.res, num(size)))
                out.append("1 0 0 -1 %s %s Tm" % (num(x), num(base)))
                out.append("%s Tj" % f.encode(seg))
                out.append("ET")
                x += f.width1(seg, size)
        if link:
            uri, x1, x2, _t, _b = link
            out.append("%s rg" % BLUE)
            out.append("%s %s %s .75 re f" % (num(x1), num(base + 1.5), num(x2 - x1)))
        out.append("EMC")
    out.append("Q")
    return ("\n".join(out) + "\n").encode("latin-1")


def tounicode(font):
    items = sorted(font.used.items())
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", "<<  /Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0",
             ">> def", "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        lines.append("%d beginbfchar" % len(chunk))
        for g, u in chunk:
            lines.append("<%04X> <%s>" % (g, u.encode("utf-16-be").hex().upper()))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines) + "\n").encode("latin-1")


def widths(font):
    gids = sorted(font.used)
    parts, i = [], 0
    while i < len(gids):
        j = i
        while j + 1 < len(gids) and gids[j + 1] == gids[j] + 1:
            j += 1
        ws = " ".join(num(font.ttf.adv[g] * 1000 / font.ttf.upem) for g in gids[i:j + 1])
        parts.append("%d [%s]" % (gids[i], ws))
        i = j + 1
    return "[" + " ".join(parts) + "]"


def build(doc, fonts, meta):
    objs = {}
    nxt = [1]

    def alloc():
        n = nxt[0]
        nxt[0] += 1
        return n

    info = alloc()
    catalog = alloc()
    pages_id = alloc()
    gs = alloc()
    struct_root = alloc()
    font_ids = {f: alloc() for f in fonts}
    page_ids = [alloc() for _ in doc.pages]
    content_ids = [alloc() for _ in doc.pages]
    streams = [content_stream(doc, i, p, fonts, meta) for i, p in enumerate(doc.pages)]
    objs[info] = ("<</Title %s\n/Creator %s\n/Producer (Skia/PDF m134)\n/CreationDate (%s)\n"
                  "/ModDate (%s)>>" % (pdf_str(meta["title"]), pdf_str(CREATOR), CREATED, CREATED)).encode("latin-1")
    objs[gs] = b"<</Type /ExtGState\n/ca 1\n/CA 1\n/LC 0\n/LJ 0\n/LW 0\n/ML 4\n/SA true\n/BM /Normal>>"
    # annotations
    annot_ids = {}
    for pi, page in enumerate(doc.pages):
        for item in page["items"]:
            if item[0] == "text" and item[5]:
                uri, x1, x2, t, b = item[5]
                aid = alloc()
                annot_ids.setdefault(pi, []).append(aid)
                objs[aid] = ("<</Type /Annot\n/Subtype /Link\n/F 4\n/Border [0 0 0]\n/Rect [%s %s %s %s]\n"
                             "/A <</Type /Action\n/S /URI\n/URI %s>>>>"
                             % (num(x1), num(PAGE_H - b), num(x2), num(PAGE_H - t), pdf_str(uri))).encode("latin-1")
    # structure tree
    doc_elem = alloc()
    elem_ids = [alloc() for _ in doc.elems]
    parent_tree = {}
    for eid, (tag, marks) in zip(elem_ids, doc.elems):
        kids = " ".join("<</Type /MCR\n/Pg %d 0 R\n/MCID %d>>" % (page_ids[p], m) for p, m in marks)
        objs[eid] = ("<</Type /StructElem\n/S /%s\n/P %d 0 R\n/K [%s]>>" % (tag, doc_elem, kids)).encode("latin-1")
        for p, m in marks:
            parent_tree.setdefault(p, {})[m] = eid
    objs[doc_elem] = ("<</Type /StructElem\n/S /Document\n/P %d 0 R\n/K [%s]>>"
                      % (struct_root, " ".join("%d 0 R" % e for e in elem_ids))).encode("latin-1")
    nums = []
    for p in range(len(doc.pages)):
        refs = parent_tree.get(p, {})
        nums.append("%d [%s]" % (p, " ".join("%d 0 R" % refs[m] for m in sorted(refs))))
    objs[struct_root] = ("<</Type /StructTreeRoot\n/K %d 0 R\n/ParentTreeNextKey %d\n/ParentTree <</Nums [%s]>>>>"
                         % (doc_elem, len(doc.pages), " ".join(nums))).encode("latin-1")
    for i, (pid, cid) in enumerate(zip(page_ids, content_ids)):
        fr = " ".join("/%s %d 0 R" % (f, font_ids[f]) for f in sorted(fonts))
        annots = ""
        if i in annot_ids:
            annots = "\n/Annots [%s]" % " ".join("%d 0 R" % a for a in annot_ids[i])
        objs[pid] = ("<</Type /Page\n/Resources <</ProcSet [/PDF /Text /ImageB /ImageC /ImageI]\n"
                     "/ExtGState <</G3 %d 0 R>>\n/Font <<%s>>>>\n/MediaBox [0 0 %s %s]\n/Contents %d 0 R\n"
                     "/StructParents %d\n/Parent %d 0 R\n/Tabs /S%s>>"
                     % (gs, fr, num(PAGE_W), num(PAGE_H), cid, i, pages_id, annots)).encode("latin-1")
        z = zlib.compress(streams[i], 9)
        objs[cid] = b"<</Filter /FlateDecode\n/Length %d>> stream\n" % len(z) + z + b"\nendstream"
    objs[pages_id] = ("<</Type /Pages\n/Count %d\n/Kids [%s]>>"
                      % (len(page_ids), " ".join("%d 0 R" % p for p in page_ids))).encode("latin-1")
    objs[catalog] = ("<</Type /Catalog\n/Pages %d 0 R\n/MarkInfo <</Type /MarkInfo\n/Marked true>>\n"
                     "/StructTreeRoot %d 0 R\n/ViewerPreferences <</Type /ViewerPreferences\n"
                     "/DisplayDocTitle true>>\n/Lang (en)>>" % (pages_id, struct_root)).encode("latin-1")
    # fonts, written after the pages so that every used glyph is known
    for f, fid in font_ids.items():
        font = fonts[f]
        desc_id, cid_id, file_id, tu_id = alloc(), alloc(), alloc(), alloc()
        base = "%s+%s" % (font.tag, font.psname)
        t = font.ttf
        sc = 1000.0 / t.upem
        objs[fid] = ("<</Type /Font\n/Subtype /Type0\n/BaseFont /%s\n/Encoding /Identity-H\n"
                     "/DescendantFonts [%d 0 R]\n/ToUnicode %d 0 R>>" % (base, cid_id, tu_id)).encode("latin-1")
        objs[cid_id] = ("<</Type /Font\n/Subtype /CIDFontType2\n/BaseFont /%s\n/CIDSystemInfo <</Registry (Adobe)\n"
                        "/Ordering (Identity)\n/Supplement 0>>\n/FontDescriptor %d 0 R\n/DW 0\n/CIDToGIDMap /Identity\n/W %s>>"
                        % (base, desc_id, widths(font))).encode("latin-1")
        flags = 34 if "Serif" in font.psname else 32
        if "Italic" in font.psname:
            flags += 64
        objs[desc_id] = ("<</Type /FontDescriptor\n/FontName /%s\n/FontFile2 %d 0 R\n/FontBBox [%s]\n/Flags %d\n"
                         "/StemV 0\n/ItalicAngle %s\n/Ascent %s\n/Descent %s\n/CapHeight %s>>"
                         % (base, file_id, " ".join(num(v * sc) for v in t.bbox), flags, num(t.italic_angle),
                            num(t.ascent * sc), num(t.descent * sc), num(t.cap_height * sc))).encode("latin-1")
        sub = t.subset(font.used)
        z = zlib.compress(sub, 9)
        objs[file_id] = b"<</Length1 %d\n/Filter /FlateDecode\n/Length %d>> stream\n" % (len(sub), len(z)) + z + b"\nendstream"
        tu = zlib.compress(tounicode(font), 9)
        objs[tu_id] = b"<</Filter /FlateDecode\n/Length %d>> stream\n" % len(tu) + tu + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref = len(out)
    total = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % total
    for n in range(1, total):
        out += b"%010d 00000 n \n" % offsets[n]
    out += (b"trailer\n<</Size %d\n/Root %d 0 R\n/Info %d 0 R>>\nstartxref\n%d\n%%%%EOF"
            % (total, catalog, info, xref))
    return bytes(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    for res, fname, _ps in FONTS:
        p = os.path.join(FONTDIR, fname)
        if not os.path.exists(p):
            sys.exit("make_pdf.py: %s is missing (the Liberation 2.1 fonts are needed)" % p)
        h = hashlib.sha256(open(p, "rb").read()).hexdigest()
        want = FONT_SHA256.get(fname)
        if want and h != want:
            sys.exit("make_pdf.py: %s is not the pinned version (sha256 %s)" % (p, h))
    tags = ["AAAAAA", "BAAAAA", "CAAAAA", "DAAAAA", "EAAAAA", "FAAAAA"]
    fonts = {res: Font(res, fname, ps, tag) for (res, fname, ps), tag in zip(FONTS, tags)}
    for res in ("F6", "F7", "F8"):
        fonts[res].fallback = fonts["F9"]
    meta, blocks = read_source()
    doc = layout(meta, blocks, fonts)
    data = build(doc, fonts, meta)
    with open(out, "wb") as f:
        f.write(data)


FONT_SHA256 = {
    "LiberationSans-Bold.ttf": "ba0e0dc3f7aca5b0afbc31e800531ee43be3aa79ae35b2ef1f6470a9547765c4",
    "LiberationSans-Regular.ttf": "8d91388f1d3604b3b8ae0e3ee2d140e50cd6122f9214514f4aca772540a4076d",
    "LiberationSerif-Regular.ttf": "29d12439831b7f59194efec85872f24f54eff05738933f9a860220d2abff88ba",
    "LiberationSerif-Bold.ttf": "446a4421f297698427170fd7db20e59169a4188baaaf940e9bea58af6341a723",
    "LiberationSerif-Italic.ttf": "c1830c433ab41379f1139fac388989d37c9f08c81e1bd643efdcc7946db30753",
    "../dejavu/DejaVuSerif.ttf": "13e61509f5c81d7c3132810f4f903e3523df89c802bf6e0674621e8f659cdfe1",
}

if __name__ == "__main__":
    main()
