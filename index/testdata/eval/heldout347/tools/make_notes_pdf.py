#!/usr/bin/python3
"""Re-make docs/rohini-commission-subcategorisation-notes.pdf from tools/rohini-commission-subcategorisation-notes.txt.

The output imitates an Apple Notes note exported with File > Export as PDF on macOS 15 (Quartz
PDFContext): PDF 1.3 with Quartz's binary comment line, every stream's /Length an indirect object
written after the stream, A4 pages with no header, footer or page number, a /Cs1 ICCBased colour
space, text drawn line by line with "size 0 0 size x y Tm" and "/TTn 1 Tf" and TJ arrays, the
system font embedded as subset TrueType fonts (".SFNS-Regular", ".SFNS-Bold", ".SFNS-Semibold"
with AAAAAB+ style prefixes) whose one-byte codes are handed out from 0x21 in order of first use,
so the strings in the content streams are not readable text and only the /ToUnicode CMaps map
them back; bullets, dashes and numbers of Notes' lists are drawn as text, checklist circles and
ticks and table rules as paths. Notes' Title, Heading and Subheading styles, body text, lists,
checklists and a table. The glyph outlines are taken from DejaVu Sans (the fonts on this machine;
/usr/share/fonts/truetype/dejavu), subset here. Deterministic: fixed dates, fixed /ID.

Source marks: "TITLE: " title, "H: " heading, "S: " subheading, "- " bullet, "-- " dashed item,
"1. " numbered item, "[x] " / "[ ] " checklist item, "| a | b" table row; any other non-empty line
is a body paragraph.
Usage: make_notes_pdf.py [output path]
"""
import hashlib
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "rohini-commission-subcategorisation-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "rohini-commission-subcategorisation-notes.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"
PAGE_W, PAGE_H = 595.28, 841.89
LEFT, RIGHT, TOP, BOTTOM = 54.0, 54.0, 54.0, 54.0
WIDTH = PAGE_W - LEFT - RIGHT
DATE = "D:20250824163207Z00'00'"
PRODUCER = "macOS Version 15.5 (Build 24F74) Quartz PDFContext"


# ---------------------------------------------------------------- TrueType reading and subsetting
class TTF:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        n = struct.unpack(">H", self.data[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _, off, ln = struct.unpack(">4sIII", self.data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.t("head")
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loca_long = struct.unpack(">h", head[50:52])[0] == 1
        self.num_glyphs = struct.unpack(">H", self.t("maxp")[4:6])[0]
        hhea = self.t("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        self.n_hmetrics = struct.unpack(">H", hhea[34:36])[0]
        os2 = self.t("OS/2")
        self.cap_height = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else 700
        self.x_height = struct.unpack(">h", os2[86:88])[0] if len(os2) >= 88 else 500
        hmtx = self.t("hmtx")
        self.adv = []
        for g in range(self.num_glyphs):
            k = min(g, self.n_hmetrics - 1)
            self.adv.append(struct.unpack(">Hh", hmtx[4 * k:4 * k + 4])[0])
        self.lsb = []
        for g in range(self.num_glyphs):
            if g < self.n_hmetrics:
                self.lsb.append(struct.unpack(">h", hmtx[4 * g + 2:4 * g + 4])[0])
            else:
                o = 4 * self.n_hmetrics + 2 * (g - self.n_hmetrics)
                self.lsb.append(struct.unpack(">h", hmtx[o:o + 2])[0])
        loca = self.t("loca")
        if self.loca_long:
            self.loca = list(struct.unpack(">%dI" % (self.num_glyphs + 1), loca[:4 * (self.num_glyphs + 1)]))
        else:
            self.loca = [2 * x for x in struct.unpack(">%dH" % (self.num_glyphs + 1), loca[:2 * (self.num_glyphs + 1)])]
        self.cmap = self._cmap()

    def t(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        cm = self.t("cmap")
        nt = struct.unpack(">H", cm[2:4])[0]
        for i in range(nt):
            p, e, o = struct.unpack(">HHI", cm[4 + 8 * i:12 + 8 * i])
            if (p, e) == (3, 1):
                seg = struct.unpack(">H", cm[o + 6:o + 8])[0] // 2
                ends = struct.unpack(">%dH" % seg, cm[o + 14:o + 14 + 2 * seg])
                b = o + 16 + 2 * seg
                starts = struct.unpack(">%dH" % seg, cm[b:b + 2 * seg])
                deltas = struct.unpack(">%dh" % seg, cm[b + 2 * seg:b + 4 * seg])
                ro_off = b + 4 * seg
                ros = struct.unpack(">%dH" % seg, cm[ro_off:ro_off + 2 * seg])
                out = {}
                for k in range(seg):
                    for c in range(starts[k], ends[k] + 1):
                        if c == 0xFFFF:
                            continue
                        if ros[k] == 0:
                            g = (c + deltas[k]) & 0xFFFF
                        else:
                            a = ro_off + 2 * k + ros[k] + 2 * (c - starts[k])
                            g = struct.unpack(">H", cm[a:a + 2])[0]
                            if g:
                                g = (g + deltas[k]) & 0xFFFF
                        if g:
                            out[c] = g
                return out
        raise ValueError("no (3,1) cmap")

    def glyph(self, g):
        off = self.tables["glyf"][0]
        return self.data[off + self.loca[g]:off + self.loca[g + 1]]

    def components(self, data):
        """Offsets (of the glyph index field) and glyph ids of a composite glyph's components."""
        out = []
        if len(data) < 10 or struct.unpack(">h", data[:2])[0] >= 0:
            return out
        pos = 10
        while True:
            flags, gi = struct.unpack(">HH", data[pos:pos + 4])
            out.append((pos + 2, gi))
            pos += 4 + (4 if flags & 1 else 2)
            if flags & 8:
                pos += 2
            elif flags & 0x40:
                pos += 4
            elif flags & 0x80:
                pos += 8
            if not flags & 0x20:
                break
        return out


def checksum(b):
    b = b + b"\0" * (-len(b) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


def subset(font, codes):
    """codes: list of (code, unicode char) in code order. Returns TrueType bytes, widths by code."""
    order = [0]
    code_gid = {}
    for code, ch in codes:
        g = font.cmap.get(ord(ch), 0)
        order.append(g)
        code_gid[code] = len(order) - 1
    # component closure
    i = 0
    while i < len(order):
        for _, gi in font.components(font.glyph(order[i])):
            if gi not in order:
                order.append(gi)
        i += 1
    new_id = {}
    for n, g in enumerate(order):
        new_id.setdefault(g, n)
    glyf = b""
    loca = []
    for g in order:
        d = bytearray(font.glyph(g))
        for pos, gi in font.components(bytes(d)):
            d[pos:pos + 2] = struct.pack(">H", new_id[gi])
        loca.append(len(glyf))
        glyf += bytes(d) + b"\0" * (-len(d) % 4)
    loca.append(len(glyf))
    n = len(order)
    head = bytearray(font.t("head"))
    head[8:12] = b"\0\0\0\0"
    head[50:52] = struct.pack(">h", 1)
    hhea = bytearray(font.t("hhea"))
    hhea[34:36] = struct.pack(">H", n)
    maxp = bytearray(font.t("maxp"))
    maxp[4:6] = struct.pack(">H", n)
    hmtx = b"".join(struct.pack(">Hh", font.adv[g], font.lsb[g]) for g in order)
    post = bytearray(font.t("post")[:32])
    post[0:4] = struct.pack(">I", 0x00030000)
    # cmap: (1,0) format 0 and (3,0) format 4 at 0xF000 + code
    f0 = [0] * 256
    for code in code_gid:
        f0[code] = code_gid[code]
    sub0 = struct.pack(">HHH", 0, 262, 0) + bytes(f0)
    lo, hi = min(code_gid), max(code_gid)
    seg_start = [0xF000 + lo, 0xFFFF]
    seg_end = [0xF000 + hi, 0xFFFF]
    glyph_ids = [code_gid.get(c, 0) for c in range(lo, hi + 1)]
    segx2 = 4
    length = 16 + 4 * segx2 + 2 * len(glyph_ids)
    sub4 = struct.pack(">HHHHHHH", 4, length, 0, segx2, 4, 1, 0)
    sub4 += struct.pack(">HH", *seg_end) + b"\0\0" + struct.pack(">HH", *seg_start)
    sub4 += struct.pack(">hh", 0, 1) + struct.pack(">HH", 4, 0)
    sub4 += struct.pack(">%dH" % len(glyph_ids), *glyph_ids)
    cmap = struct.pack(">HH", 0, 2) + struct.pack(">HHI", 1, 0, 20) + struct.pack(">HHI", 3, 0, 20 + len(sub0)) + sub0 + sub4
    tables = {"cmap": cmap, "cvt ": font.t("cvt "), "fpgm": font.t("fpgm"), "glyf": glyf, "head": bytes(head),
              "hhea": bytes(hhea), "hmtx": hmtx, "loca": struct.pack(">%dI" % len(loca), *loca),
              "maxp": bytes(maxp), "post": bytes(post), "prep": font.t("prep")}
    tags = sorted(tables)
    nt = len(tags)
    es = max(k for k in range(16) if 2 ** k <= nt)
    out = struct.pack(">IHHHH", 0x00010000, nt, 16 * 2 ** es, es, 16 * nt - 16 * 2 ** es)
    off = 12 + 16 * nt
    dirs, body = b"", b""
    for tag in tags:
        d = tables[tag]
        dirs += struct.pack(">4sIII", tag.encode("latin-1"), checksum(d), off + len(body), len(d))
        body += d + b"\0" * (-len(d) % 4)
    ttf = bytearray(out + dirs + body)
    adj = (0xB1B0AFBA - checksum(bytes(ttf))) & 0xFFFFFFFF
    hoff = off + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[:tags.index("head")])
    ttf[hoff + 8:hoff + 12] = struct.pack(">I", adj)
    widths = {code: font.adv[order[code_gid[code]]] * 1000.0 / font.upem for code in code_gid}
    return bytes(ttf), widths


# ---------------------------------------------------------------- fonts used by the note
class PdfFont:
    def __init__(self, res, base, path):
        self.res, self.base, self.ttf = res, base, TTF(path)
        self.codes = {}

    def width(self, s, size):
        return sum(self.ttf.adv[self.ttf.cmap.get(ord(c), 0)] for c in s) * size / self.ttf.upem

    def encode(self, s):
        out = []
        for c in s:
            if c not in self.codes:
                self.codes[c] = 0x21 + len(self.codes)
            out.append(self.codes[c])
        return bytes(out)


def pdf_str(b):
    out = []
    for x in b:
        ch = chr(x)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= x < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % x)
    return "(" + "".join(out) + ")"


def fmt(x):
    s = ("%.4f" % x).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ---------------------------------------------------------------- layout
STYLES = {"title": ("bold", 24.0, 29.0), "h": ("bold", 18.0, 22.5), "s": ("semi", 15.0, 19.0), "body": ("reg", 12.0, 14.6)}


def wrap(font, text, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if font.width(cand, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


class Layout:
    def __init__(self, fonts):
        self.fonts = fonts
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = PAGE_H - TOP

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    def text(self, font_key, size, x, baseline, s):
        f = self.fonts[font_key]
        self.ops.append("BT\n%s 0 0 %s %s %s Tm\n/%s 1 Tf\n[ %s ] TJ\nET"
                        % (fmt(size), fmt(size), fmt(x), fmt(baseline), f.res, pdf_str(f.encode(s))))

    def para(self, kind, text, indent=0.0, marker=None, check=None):
        font_key, size, lh = STYLES[kind]
        f = self.fonts[font_key]
        x = LEFT + indent
        lines = wrap(f, text, size, WIDTH - indent) if text else [""]
        for i, line in enumerate(lines):
            h = lh + (3.0 if check is not None else 0.0)
            self.need(h)
            baseline = self.y - size * 0.93 - (1.5 if check is not None else 0.0)
            if i == 0 and marker:
                mx = LEFT + indent - (14.0 if marker in ("\u2022", "\u2013") else 18.0)
                self.text("reg", size, mx, baseline, marker)
            if i == 0 and check is not None:
                self.checkbox(LEFT + 8.0, baseline + size * 0.33, check)
            if line:
                self.text(font_key, size, x, baseline, line)
            self.y -= h

    def checkbox(self, cx, cy, checked):
        r = 7.5
        k = 0.5523 * r
        path = ("%s %s m %s %s %s %s %s %s c %s %s %s %s %s %s c %s %s %s %s %s %s c %s %s %s %s %s %s c h"
                % tuple(fmt(v) for v in (cx + r, cy,
                                         cx + r, cy + k, cx + k, cy + r, cx, cy + r,
                                         cx - k, cy + r, cx - r, cy + k, cx - r, cy,
                                         cx - r, cy - k, cx - k, cy - r, cx, cy - r,
                                         cx + k, cy - r, cx + r, cy - k, cx + r, cy)))
        if checked:
            self.ops.append("q /Cs1 cs 0.9098 0.698 0.2275 sc %s f Q" % path)
            self.ops.append("q /Cs1 CS 1 1 1 SC 1.6 w 1 J 1 j %s %s m %s %s l %s %s l S Q"
                            % (fmt(cx - 3.6), fmt(cy + 0.2), fmt(cx - 1.0), fmt(cy - 2.6), fmt(cx + 3.8), fmt(cy + 3.0)))
        else:
            self.ops.append("q /Cs1 CS 0.6745 0.6745 0.6745 SC 1 w %s S Q" % path)

    def table(self, rows):
        f = self.fonts["reg"]
        size, lh, pad = 12.0, 14.6, 6.0
        ncol = len(rows[0])
        natural = [max(f.width(r[c], size) for r in rows) + 2 * pad for c in range(ncol)]
        widths = [max(w, 60.0) for w in natural]
        if sum(widths) > WIDTH:
            scale = WIDTH / sum(widths)
            widths = [w * scale for w in widths]
        self.y -= 4.0
        for ri, row in enumerate(rows):
            cell_lines = [wrap(f, row[c], size, widths[c] - 2 * pad) for c in range(ncol)]
            h = max(len(c) for c in cell_lines) * lh + 2 * pad
            pages_before = len(self.pages)
            self.need(h)
            top_of_page = len(self.pages) != pages_before
            top = self.y
            x = LEFT
            for c in range(ncol):
                for li, line in enumerate(cell_lines[c]):
                    self.text("reg", size, x + pad, top - pad - size * 0.93 - li * lh, line)
                x += widths[c]
            self.rule_row(top, h, widths, ri == 0 or top_of_page)
            self.y -= h
        self.y -= 4.0

    def rule_row(self, top, h, widths, first):
        ops = ["q /Cs1 CS 0.7843 0.7843 0.7843 SC 0.5 w"]
        right = LEFT + sum(widths)
        if first:
            ops.append("%s %s m %s %s l S" % (fmt(LEFT), fmt(top), fmt(right), fmt(top)))
        ops.append("%s %s m %s %s l S" % (fmt(LEFT), fmt(top - h), fmt(right), fmt(top - h)))
        x = LEFT
        for w in [0.0] + widths:
            x += w
            ops.append("%s %s m %s %s l S" % (fmt(x), fmt(top), fmt(x), fmt(top - h)))
        ops.append("Q")
        self.ops.append(" ".join(ops))


def build(lines, fonts):
    lay = Layout(fonts)
    i = 0
    num = 0
    prev = None
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("TITLE: "):
            lay.para("title", line[7:])
            lay.y -= 2.0
        elif line.startswith("H: "):
            if prev != "title":
                lay.para("body", "")
            lay.para("h", line[3:])
            num = 0
        elif line.startswith("S: "):
            lay.para("body", "")
            lay.para("s", line[3:])
            num = 0
        elif line.startswith("-- "):
            lay.para("body", line[3:], 22.0, "\u2013")
        elif line.startswith("- "):
            lay.para("body", line[2:], 22.0, "\u2022")
        elif re.match(r"\d+\. ", line):
            num += 1
            lay.para("body", line.split(" ", 1)[1], 22.0, "%d." % num)
        elif line.startswith("[x] ") or line.startswith("[ ] "):
            lay.para("body", line[4:], 24.0, None, line[1] == "x")
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i][2:].split(" | ")])
                i += 1
            lay.table(rows)
            prev = "table"
            continue
        else:
            lay.para("body", line)
        prev = "title" if line.startswith("TITLE: ") else "other"
        i += 1
    return lay.pages


# ---------------------------------------------------------------- ICC profile (sRGB-like, v2)
def icc_profile():
    def s15(x):
        return struct.pack(">i", int(round(x * 65536)))

    def xyz(x, y, z):
        return b"XYZ " + b"\0" * 4 + s15(x) + s15(y) + s15(z)

    desc_txt = b"sRGB IEC61966-2.1\0"
    desc = b"desc" + b"\0" * 4 + struct.pack(">I", len(desc_txt)) + desc_txt + b"\0" * 4 + b"\0" * 4 + b"\0" * 4 + b"\0" * 67
    cprt = b"text" + b"\0" * 4 + b"Copyright Apple Inc., 2025\0"
    curv = b"curv" + b"\0" * 4 + struct.pack(">I", 1) + struct.pack(">H", 0x0233) + b"\0\0"
    tags = [(b"desc", desc), (b"wtpt", xyz(0.9505, 1.0, 1.0891)), (b"rXYZ", xyz(0.4361, 0.2225, 0.0139)),
            (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)), (b"bXYZ", xyz(0.1431, 0.0606, 0.7141)),
            (b"rTRC", curv), (b"gTRC", curv), (b"bTRC", curv), (b"cprt", cprt)]
    off = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for sig, d in tags:
        d = d + b"\0" * (-len(d) % 4)
        table += struct.pack(">4sII", sig, off + len(data), len(d))
        data += d
    size = off + len(data)
    header = (struct.pack(">I", size) + b"appl" + struct.pack(">I", 0x02100000) + b"mntr" + b"RGB " + b"XYZ "
              + struct.pack(">HHHHHH", 2025, 1, 1, 0, 0, 0) + b"acsp" + b"APPL" + struct.pack(">I", 0) + b"\0" * 8
              + struct.pack(">II", 0, 0) + struct.pack(">I", 0) + s15(0.9642) + s15(1.0) + s15(0.8249) + b"appl")
    header += b"\0" * (128 - len(header))
    return header + struct.pack(">I", len(tags)) + table + data


# ---------------------------------------------------------------- PDF writer
class Writer:
    def __init__(self):
        self.objs = {}

    def put(self, n, body):
        self.objs[n] = body

    def out(self, root, info, file_id):
        b = bytearray(b"%PDF-1.3\n%\xc4\xe5\xf2\xe5\xeb\xa7\xf3\xa0\xd0\xc4\xc6\n")
        offs = {}
        for n in sorted(self.objs):
            offs[n] = len(b)
            b += ("%d 0 obj\n" % n).encode("latin-1") + self.objs[n] + b"\nendobj\n"
        xref = len(b)
        size = max(self.objs) + 1
        b += ("xref\n0 %d\n0000000000 65535 f \n" % size).encode("latin-1")
        for n in range(1, size):
            b += ("%010d 00000 n \n" % offs[n]).encode("latin-1")
        b += ("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [ <%s>\n<%s> ] >>\nstartxref\n%d\n%%%%EOF\n"
              % (size, root, info, file_id, file_id, xref)).encode("latin-1")
        return bytes(b)


def stream_obj(w, n, data, extra=""):
    """Quartz style: /Length as an indirect object written right after the stream."""
    comp = zlib.compress(data, 6)
    w.put(n, ("<< /Length %d 0 R %s/Filter /FlateDecode >>\nstream\n" % (n + 1, extra)).encode("latin-1") + comp + b"\nendstream")
    w.put(n + 1, str(len(comp)).encode("latin-1"))


def tounicode(font):
    items = sorted((code, ch) for ch, code in font.codes.items())
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", "<< /Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0", ">> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange", "<00> <FF>",
             "endcodespacerange"]
    for k in range(0, len(items), 100):
        chunk = items[k:k + 100]
        lines.append("%d beginbfchar" % len(chunk))
        for code, ch in chunk:
            lines.append("<%02X> <%s>" % (code, ch.encode("utf-16-be").hex().upper()))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines) + "\n").encode("latin-1")


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    lines = open(SRC, encoding="utf-8").read().split("\n")
    title = lines[0][7:]
    fonts = {"reg": PdfFont("TT1", "AAAAAB+.SFNS-Regular", os.path.join(FONTDIR, "DejaVuSans.ttf")),
             "bold": PdfFont("TT2", "AAAAAC+.SFNS-Bold", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf")),
             "semi": PdfFont("TT3", "AAAAAD+.SFNS-Semibold", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf"))}
    pages = build(lines, fonts)
    w = Writer()
    n = 1
    page_objs = []
    npages = len(pages)
    pages_obj = 3 * npages + 1
    res_obj = pages_obj + 1
    for ops in pages:
        content = ("q Q q 0 0 %s %s re W n /Cs1 cs 0 0 0 sc\n" % (fmt(PAGE_W), fmt(PAGE_H))) + "\n".join(ops) + "\nQ\n"
        stream_obj(w, n, content.encode("latin-1"))
        w.put(n + 2, ("<< /Type /Page /Parent %d 0 R /Resources %d 0 R /Contents %d 0 R /MediaBox [0 0 %s %s]\n>>"
                      % (pages_obj, res_obj, n, fmt(PAGE_W), fmt(PAGE_H))).encode("latin-1"))
        page_objs.append(n + 2)
        n += 3
    w.put(pages_obj, ("<< /Type /Pages /MediaBox [0 0 %s %s] /Count %d /Kids [ %s ] >>"
                      % (fmt(PAGE_W), fmt(PAGE_H), npages, " ".join("%d 0 R" % p for p in page_objs))).encode("latin-1"))
    n = res_obj + 1
    cs_obj = n
    font_objs = {}
    w.put(cs_obj, ("[ /ICCBased %d 0 R ]" % (cs_obj + 1)).encode("latin-1"))
    stream_obj(w, cs_obj + 1, icc_profile(), "/N 3 /Alternate /DeviceRGB ")
    n = cs_obj + 3
    for key in ("reg", "bold", "semi"):
        f = fonts[key]
        codes = sorted((code, ch) for ch, code in f.codes.items())
        ttf, widths = subset(f.ttf, codes)
        first, last = codes[0][0], codes[-1][0]
        wlist = " ".join(str(int(round(widths.get(c, 0)))) for c in range(first, last + 1))
        upem = f.ttf.upem

        def sc(v):
            return int(round(v * 1000.0 / upem))
        font_obj, desc_obj, file_obj, tu_obj = n, n + 1, n + 2, n + 4
        w.put(font_obj, ("<< /Type /Font /Subtype /TrueType /BaseFont /%s /FontDescriptor %d 0 R /ToUnicode %d 0 R\n"
                         "/FirstChar %d /LastChar %d /Widths [ %s ] >>" % (f.base, desc_obj, tu_obj, first, last, wlist)).encode("latin-1"))
        bbox = " ".join(str(sc(v)) for v in f.ttf.bbox)
        avg = int(round(sum(widths.values()) / len(widths)))
        w.put(desc_obj, ("<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [%s] /ItalicAngle 0\n"
                         "/Ascent %d /Descent %d /CapHeight %d /StemV 0 /XHeight %d /AvgWidth %d /MaxWidth %d /FontFile2 %d 0 R >>"
                         % (f.base, bbox, sc(f.ttf.ascent), sc(f.ttf.descent), sc(f.ttf.cap_height), sc(f.ttf.x_height),
                            avg, int(max(widths.values())), file_obj)).encode("latin-1"))
        stream_obj(w, file_obj, ttf, "/Length1 %d " % len(ttf))
        stream_obj(w, tu_obj, tounicode(f))
        font_objs[key] = font_obj
        n += 6
    w.put(res_obj, ("<< /ProcSet [ /PDF /Text ] /ColorSpace << /Cs1 %d 0 R >> /Font << /TT1 %d 0 R /TT2 %d 0 R /TT3 %d 0 R\n>> >>"
                    % (cs_obj, font_objs["reg"], font_objs["bold"], font_objs["semi"])).encode("latin-1"))
    info_obj = n
    root_obj = n + 1
    w.put(info_obj, ("<< /Title (%s) /Producer (%s) /Creator (Notes) /CreationDate (%s) /ModDate (%s) >>"
                     % (title.replace("(", "\\(").replace(")", "\\)"), PRODUCER.replace("(", "\\(").replace(")", "\\)"),
                        DATE, DATE)).encode("latin-1"))
    w.put(root_obj, ("<< /Type /Catalog /Pages %d 0 R >>" % pages_obj).encode("latin-1"))
    file_id = hashlib.md5(("\n".join(lines) + DATE).encode("utf-8")).hexdigest()
    data = w.out(root_obj, info_obj, file_id)
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "wb") as fh:
        fh.write(data)


if __name__ == "__main__":
    main()
