#!/usr/bin/python3
"""Re-make docs/gdocs-clnda-smr-group-notes.zip from its source text, byte for byte.

Shaped as Google Docs' File > Download > "Web page (.html, zipped)": a zip holding
"<title without spaces>.html", an "images/" folder entry and "images/image1.png". The HTML is
one line with no newlines: a head with only the content-type meta and one style block (the
list rules for every list and all nine levels in Google's unordered sequence, "ol{margin:0;
padding:0}table td,table th{padding:0}", the numbered c0..cN classes, then .title, .subtitle,
li, p and h1-h6), a body of class "cNN doc-content"; the Title and Subtitle as p.title /
p.subtitle, headings h1/h2 with "h.xxxxxxxxxxxx" ids, paragraphs and list items made of
class-styled spans (a space opening a span written as &nbsp;), lists as ul/ol with
"lst-kix_<id>-0" classes and li.li-bullet-0, tables preceded by the <a id="t.<sha1>"> and
<a id="t.N"> anchors with no tbody, links through https://www.google.com/url?q=...&sa=D&
source=editors&ust=...&usg=..., the image in an overflow-hidden span, footnote markers
sup > a#ftnt_refN with the notes after an hr, a comment marker sup > a#cmnt_ref1 with the
comment in a bordered div at the very end; curly quotes, dashes and the rupee sign written as
entities (&rsquo; &ndash; &#8377;).

Usage: make_gdocs.py [output]   (default: ../docs/gdocs-clnda-smr-group-notes.zip)
Deterministic: fixed timestamps and ids derived by hashing, no randomness.
"""
import hashlib
import os
import re
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gdocs-clnda-smr-group-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "gdocs-clnda-smr-group-notes.zip")

ENT = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\u2019": "&rsquo;",
       "\u2018": "&lsquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;", "\u2013": "&ndash;",
       "\u2014": "&mdash;", "\u00a0": "&nbsp;", "\u00d7": "&times;"}


def esc(s):
    out = []
    for ch in s:
        if ch in ENT:
            out.append(ENT[ch])
        elif ord(ch) > 126:
            out.append("&#%d;" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def h(key, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    d = hashlib.sha1(key.encode("utf-8")).digest()
    v = int.from_bytes(d, "big")
    out = []
    for _ in range(n):
        v, r = divmod(v, len(alphabet))
        out.append(alphabet[r])
    return "".join(out)


# --------------------------------------------------------------------------- css
CLASSES = {
    "c0": 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal',
    "c1": "margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left",
    "c2": "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left",
    "c3": 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:20pt;font-family:"Arial";font-style:normal',
    "c4": "border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:70.5pt;border-top-color:#000000;border-bottom-style:solid",
    "c5": 'color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal',
    "c6": "padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left",
    "c7": '-webkit-text-decoration-skip:none;color:#1155cc;font-weight:400;text-decoration:underline;vertical-align:baseline;text-decoration-skip-ink:none;font-size:11pt;font-family:"Arial";font-style:normal',
    "c8": 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:26pt;font-family:"Arial";font-style:normal',
    "c9": "height:11pt",
    "c10": "color:inherit;text-decoration:inherit",
    "c11": 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"Arial";font-style:normal',
    "c12": 'color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";font-style:normal',
    "c13": "padding-top:20pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
    "c14": "height:0pt",
    "c15": "border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:190.5pt;border-top-color:#000000;border-bottom-style:solid",
    "c16": 'color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:15pt;font-family:"Arial";font-style:normal',
    "c17": "padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
    "c18": "padding:0;margin:0",
    "c19": "border-spacing:0;border-collapse:collapse;margin-right:auto",
    "c20": "padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
    "c21": "background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt",
    "c22": "padding-top:0pt;padding-bottom:16pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
    "c23": 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";font-style:normal',
    "c24": "padding-top:0pt;padding-bottom:0pt;line-height:1.0;orphans:2;widows:2;text-align:left",
    "c25": "border:1px solid black;margin:5px",
    "c26": "background-color:#cfe2f3;border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:70.5pt;border-top-color:#000000;border-bottom-style:solid",
    "c27": "background-color:#cfe2f3;border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:190.5pt;border-top-color:#000000;border-bottom-style:solid",
    "c28": "border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:110.2pt;border-top-color:#000000;border-bottom-style:solid",
    "c29": "background-color:#cfe2f3;border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:110.2pt;border-top-color:#000000;border-bottom-style:solid",
    "c30": "border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:170.6pt;border-top-color:#000000;border-bottom-style:solid",
    "c31": "background-color:#cfe2f3;border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:170.6pt;border-top-color:#000000;border-bottom-style:solid",
    "c32": 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";font-style:normal',
}
# Google writes the numbered classes in no particular order; this is the order of this save.
CLASS_ORDER = ["c4", "c28", "c15", "c26", "c30", "c27", "c31", "c29", "c1", "c13", "c17", "c22", "c20",
               "c3", "c11", "c8", "c16", "c0", "c5", "c12", "c32", "c23", "c7", "c2", "c24", "c6",
               "c19", "c21", "c18", "c10", "c25", "c14", "c9"]
NAMED = ('.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         '.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
         'h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         'h3{padding-top:16pt;color:#434343;font-size:14pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         'h4{padding-top:14pt;color:#666666;font-size:12pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         'h5{padding-top:12pt;color:#666666;font-size:11pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         'h6{padding-top:12pt;color:#666666;font-size:11pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;font-style:italic;orphans:2;widows:2;text-align:left}')
TABLE_COLS = {0: [("c4", "c26"), ("c15", "c27"), ("c15", "c27")],
              1: [("c28", "c29"), ("c30", "c31"), ("c30", "c31")]}
BULLETS = ['"\\0025cf   "', '"\\0025cb   "', '"\\0025a0   "']
ROMAN = ["decimal", "lower-latin", "lower-roman"]


def list_css(lists):
    rules = []
    for lid, kind in lists:
        for lvl in range(9):
            name = "lst-kix_%s-%d" % (lid, lvl)
            if kind == "ul":
                rules.append("ul.%s{list-style-type:none}" % name)
                rules.append(".%s>li:before{content:%s}" % (name, BULLETS[lvl % 3]))
            else:
                ctn = "lst-ctn-kix_%s-%d" % (lid, lvl)
                rules.append("ol.%s{list-style-type:none}" % name)
                rules.append(".%s>li{counter-increment:%s}" % (name, ctn))
                rules.append('.%s>li:before{content:"" counter(%s,%s) ". "}' % (name, ctn, ROMAN[lvl % 3]))
                rules.append("ol.%s.start{counter-reset:%s 0}" % (name, ctn))
    rules.append("li.li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}")
    rules.sort(key=lambda r: hashlib.md5(r.encode("utf-8")).hexdigest())
    return "".join(rules)


# --------------------------------------------------------------------------- inline
EXPORT_MS = 1760265678000  # 12 Oct 2025 10:41:18 IST, the time of the download


def link(url, text, n):
    ust = (EXPORT_MS + 300000) * 1000 + 123457 + n * 311
    usg = "AOvVaw" + h(url + str(n), 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    href = "https://www.google.com/url?q=%s&amp;sa=D&amp;source=editors&amp;ust=%d&amp;usg=%s" % (esc(url), ust, usg)
    return '<span class="c7"><a class="c10" href="%s">%s</a></span>' % (href, esc(text))


def span(cls, text):
    t = esc(text)
    if t.startswith(" "):
        t = "&nbsp;" + t[1:]
    return '<span class="%s">%s</span>' % (cls, t)


def inline(text, base="c0", bold="c5", counter=[0]):
    out = []
    pos = 0
    pat = re.compile(r"\*\*(.+?)\*\*|\[fn:(\d+)\]|\[cm:(\d+)\]|\[([^\]]+)\]\((https?://[^)]+)\)")
    for m in pat.finditer(text):
        if m.start() > pos:
            out.append(span(base, text[pos:m.start()]))
        if m.group(1) is not None:
            out.append(span(bold, m.group(1)))
        elif m.group(2) is not None:
            n = int(m.group(2))
            out.append('<sup><a href="#ftnt%d" id="ftnt_ref%d">[%d]</a></sup>' % (n, n, n))
        elif m.group(3) is not None:
            n = int(m.group(3))
            out.append('<sup><a href="#cmnt%d" id="cmnt_ref%d">[%s]</a></sup>' % (n, n, "abcdefgh"[n - 1]))
        else:
            counter[0] += 1
            out.append(link(m.group(5), m.group(4), counter[0]))
        pos = m.end()
    if pos < len(text):
        out.append(span(base, text[pos:]))
    if not out:
        out.append(span(base, ""))
    return "".join(out)


# --------------------------------------------------------------------------- png
def png_chart():
    w, hgt = 624, 300
    white, grid, axis = (255, 255, 255), (225, 228, 232), (95, 99, 104)
    blue, orange = (66, 133, 244), (244, 180, 0)
    rows = [[white] * w for _ in range(hgt)]
    for gy in range(40, 261, 44):
        for x in range(60, 600):
            rows[gy][x] = grid
    for y in range(30, 262):
        rows[y][60] = axis
        rows[y][59] = axis
    for x in range(58, 602):
        rows[261][x] = axis
        rows[262][x] = axis
    vals = [(7480, blue), (8180, blue), (8880, blue), (22480, orange)]
    for i, (v, col) in enumerate(vals):
        bh = int(220 * v / 22480)
        x0 = 100 + i * 128
        for y in range(261 - bh, 261):
            for x in range(x0, x0 + 72):
                rows[y][x] = col
    raw = b"".join(b"\x00" + bytes(c for px in r for c in px) for r in rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0)) +
            chunk(b"sRGB", b"\x00") + chunk(b"pHYs", struct.pack(">IIB", 3779, 3779, 1)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- document
def build():
    lines = open(SRC, encoding="utf-8").read().split("\n")
    meta = {}
    body = []
    lists = []
    footnotes, comments = {}, {}
    tables = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("%"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            i += 1
            continue
        tag, _, rest = line.partition(": ")
        if line == "E:":
            body.append('<p class="c2 c9"><span class="c0"></span></p>')
        elif tag == "T":
            body.append('<p class="c20 title" id="h.%s"><span class="c8">%s</span></p>' % (h("T" + rest, 12), esc(rest)))
        elif tag == "ST":
            body.append('<p class="c22 subtitle" id="h.%s"><span class="c16">%s</span></p>' % (h("ST" + rest, 12), esc(rest)))
        elif tag == "H1":
            body.append('<h1 class="c13" id="h.%s"><span class="c3">%s</span></h1>' % (h("H1" + rest, 12), esc(rest)))
        elif tag == "H2":
            body.append('<h2 class="c17" id="h.%s"><span class="c11">%s</span></h2>' % (h("H2" + rest, 12), esc(rest)))
        elif tag == "P":
            body.append('<p class="c2">%s</p>' % inline(rest))
        elif tag.startswith("FN"):
            footnotes[int(tag[2:])] = rest
        elif tag.startswith("CM"):
            comments[int(tag[2:])] = rest
        elif line == "IMG":
            st = "overflow: hidden; display: inline-block; margin: 0.00px 0.00px; border: 0.00px solid #000000; transform: rotate(0.00rad) translateZ(0px); -webkit-transform: rotate(0.00rad) translateZ(0px); width: 601.70px; height: 289.28px;"
            im = "width: 601.70px; height: 289.28px; margin-left: 0.00px; margin-top: 0.00px; transform: rotate(0.00rad) translateZ(0px); -webkit-transform: rotate(0.00rad) translateZ(0px);"
            body.append('<p class="c2"><span style="%s"><img alt="" src="images/image1.png" style="%s" title=""></span></p>' % (st, im))
        elif line == "TABLE":
            rows = []
            i += 1
            while lines[i] != "ENDTABLE":
                rows.append([c.strip() for c in lines[i].split("|")])
                i += 1
            cols = TABLE_COLS[tables]
            sha = hashlib.sha1(("table%d" % tables + rows[0][0]).encode()).hexdigest()
            t = ['<a id="t.%s"></a><a id="t.%d"></a><table class="c19">' % (sha, tables)]
            for r, row in enumerate(rows):
                t.append('<tr class="c14">')
                for c, cell in enumerate(row):
                    cls = cols[c][1] if r == 0 else cols[c][0]
                    t.append('<td class="%s" colspan="1" rowspan="1"><p class="c6">%s</p></td>' % (
                        cls, inline(cell, "c12" if r == 0 else "c32", "c12")))
                t.append("</tr>")
            t.append("</table>")
            body.append("".join(t))
            tables += 1
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            kind = "ul" if line.startswith("- ") else "ol"
            lid = h("list%d" % len(lists), 12)
            lists.append((lid, kind))
            items = []
            while i < len(lines) and (lines[i].startswith("- ") if kind == "ul" else re.match(r"\d+\. ", lines[i])):
                txt = lines[i][2:] if kind == "ul" else lines[i].split(". ", 1)[1]
                items.append('<li class="c1 li-bullet-0">%s</li>' % inline(txt))
                i += 1
            start = ' start="1"' if kind == "ol" else ""
            body.append('<%s class="c18 lst-kix_%s-0 start"%s>%s</%s>' % (kind, lid, start, "".join(items), kind))
            continue
        else:
            raise SystemExit("unknown line: %r" % line)
        i += 1
    tail = ["<hr>"]
    for n in sorted(footnotes):
        tail.append('<div><p class="c24"><a href="#ftnt_ref%d" id="ftnt%d">[%d]</a>%s</p></div>' % (
            n, n, n, span("c23", " " + footnotes[n])))
    for n in sorted(comments):
        tail.append('<div class="c25"><p class="c24"><a href="#cmnt_ref%d" id="cmnt%d">[%s]</a>%s</p></div>' % (
            n, n, "abcdefgh"[n - 1], span("c32", comments[n])))
    css = list_css(lists) + "ol{margin:0;padding:0}table td,table th{padding:0}" + "".join(
        ".%s{%s}" % (c, CLASSES[c]) for c in CLASS_ORDER) + NAMED
    html = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            '<style type="text/css">%s</style></head><body class="c21 doc-content">%s%s</body></html>' % (
                css, "".join(body), "".join(tail)))
    return meta, html


def main(out_path):
    meta, html = build()
    name = meta["drive-title"].replace(" ", "") + ".html"
    y, mo, d = 2025, 10, 12
    stamp = (y, mo, d, 5, 11, 18)  # the zip carries UTC time
    with zipfile.ZipFile(out_path, "w") as z:
        for fname, data, comp in ((name, html.encode("utf-8"), zipfile.ZIP_DEFLATED),
                                  ("images/", b"", zipfile.ZIP_STORED),
                                  ("images/image1.png", png_chart(), zipfile.ZIP_DEFLATED)):
            zi = zipfile.ZipInfo(fname, stamp)
            zi.compress_type = comp
            zi.create_system = 0
            zi.external_attr = 0x10 if fname.endswith("/") else 0
            z.writestr(zi, data)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else OUT)
