#!/usr/bin/python3
"""Re-make docs/antarctic-treaty-system-india.epub from tools/antarctic-treaty-system-india.txt.

The EPUB is laid out the way Apple Pages writes a word-processing document with
File > Export To > EPUB... and "Fixed layout" chosen (not the reflowable default): a
pre-paginated EPUB 3 in which every page of the A4 document is its own XHTML file
(OPS/page-1.xhtml ...) with a 595 x 842 viewport, and every paragraph, list item, heading,
table, image and text box on the page is an absolutely positioned block at the place Pages
drew it. Page headers and page numbers are repeated on each page; a paragraph or list item that
runs over a page break is cut in two, the first lines ending one page file and the rest starting
the next; a table that runs over repeats its header row; the three floating text boxes are
divs of their own. The package has the mimetype first and stored, META-INF/container.xml,
META-INF/com.apple.ibooks.display-options.xml (fixed-layout and specified-fonts), OPS/book.opf
(rendition:layout pre-paginated, a cover image, the "Pages" generator meta), an EPUB 2 NCX, an
EPUB 3 nav document with a toc and a page-list, OPS/css/book.css and two PNG images (the cover,
which Pages renders from page 1, and the claims map), all in a fixed member order.

Pagination is worked out here from estimated line lengths, so the page breaks are the script's,
but they are fixed: the same input gives the same pages and bytes on every run.

Run: /usr/bin/python3 tools/make_epub.py [output-dir]
Standard library only.
"""
import math
import os
import re
import struct
import sys
import textwrap
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "antarctic-treaty-system-india.txt")
NAME = "antarctic-treaty-system-india.epub"
STAMP = (2025, 8, 9, 18, 52, 14)
BOOK_ID = "urn:uuid:3B9D7E21-5C4A-4F8E-A1D6-0E7C2B94F5A3"
AUTHOR = "Meera Iyer"

PAGE_W, PAGE_H = 595.28, 841.89
LEFT, WIDTH = 56.69, 481.89
TOP, BOTTOM = 70.87, 785.2


def smart(s):
    """Pages' smart quotes and apostrophes."""
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(\w)'", "\\1\u2019", s)
    s = re.sub(r"(^|[\s(\[])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


def inline(s):
    out = escape(smart(s))
    return re.sub(r"\*\*(.+?)\*\*", r'<span class="character-style-2">\1</span>', out)


def plain(s):
    return smart(s).replace("**", "")


# ---------------------------------------------------------------- blocks from the source

def parse(lines):
    meta, blocks = {}, []
    i = 0
    while i < len(lines):
        s = lines[i].rstrip()
        if s.startswith("@"):
            k, v = s[1:].split(" ", 1)
            meta[k] = v
        elif s.startswith("## "):
            blocks.append(("h2", s[3:]))
        elif s.startswith("### "):
            blocks.append(("h3", s[4:]))
        elif s.startswith("[box "):
            title = s[5:-1]
            body = []
            i += 1
            while lines[i].strip() != "[/box]":
                body.append(lines[i].strip())
                i += 1
            blocks.append(("box", title, body))
        elif s.startswith("[image "):
            fn, alt, cap = s[7:-1].split("|")
            blocks.append(("image", fn, alt, cap))
        elif s.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i][2:].split("|")])
                i += 1
            i -= 1
            blocks.append(("table", rows))
        elif s.startswith("- "):
            blocks.append(("bullet", s[2:]))
        elif re.match(r"\d+\. ", s):
            n, text = s.split(". ", 1)
            blocks.append(("number", n, text))
        elif s:
            blocks.append(("p", s))
        i += 1
    return meta, blocks


# ---------------------------------------------------------------- layout

LINE = {"p": 14.6, "bullet": 14.6, "number": 14.6}
CPL = {"p": 92, "bullet": 86, "number": 86}


def wrap(text, width):
    return textwrap.wrap(plain(text), width) or [""]


def cut_markup(text, nchars_plain):
    """Cut source text (with ** markers) after about nchars_plain shown characters, at a space."""
    shown = 0
    i = 0
    last_space = None
    while i < len(text):
        if text.startswith("**", i):
            i += 2
            continue
        if text[i] == " ":
            last_space = i
            if shown >= nchars_plain:
                break
        shown += 1
        i += 1
    first, rest = text[:last_space], text[last_space + 1:]
    if first.count("**") % 2:  # keep bold runs balanced on both sides of the cut
        first += "**"
        rest = "**" + rest
    return first, rest


class Page:
    def __init__(self, number):
        self.number = number
        self.items = []  # (kind, top, height, payload)
        self.y = TOP if number > 1 else 56.69


def layout(meta, blocks):
    pages = [Page(1)]
    anchors = []

    def page():
        return pages[-1]

    def new_page():
        pages.append(Page(len(pages) + 1))

    def room():
        return BOTTOM - page().y

    # title block on page 1
    for kind, text, size, lh, after in (("title", meta["title"], 26, 32, 6),
                                        ("subtitle", meta["subtitle"], 13, 18, 4),
                                        ("meta", meta["meta"], 10, 14, 10)):
        lines = textwrap.wrap(plain(text), int(WIDTH / (size * 0.5)))
        h = len(lines) * lh
        page().items.append((kind, page().y, h, text))
        page().y += h + after
    hn = 0
    for idx, b in enumerate(blocks):
        kind = b[0]
        if kind in ("h2", "h3"):
            hn += 1
            lh, before, after = (20, 12, 5) if kind == "h2" else (17, 8, 4)
            nxt = blocks[idx + 1] if idx + 1 < len(blocks) else None
            need = before + lh + after + (2 * 14.6 if nxt and nxt[0] in LINE else 60)
            if room() < need:
                new_page()
                before = 0
            page().y += before
            anchor = "toc-%d" % (hn + 1)
            page().items.append((kind, page().y, lh, (b[1], anchor)))
            anchors.append((kind, b[1], page().number, anchor))
            page().y += lh + after
        elif kind in LINE:
            text = b[-1]
            label = b[1] if kind == "number" else None
            first = True
            while True:
                lines = wrap(text, CPL[kind])
                h = len(lines) * LINE[kind]
                if h <= room():
                    page().items.append((kind, page().y, h, (label if first else None, text, first)))
                    page().y += h + (7 if kind == "p" else 2)
                    break
                fit = int(room() // LINE[kind])
                if fit < 2 or len(lines) - fit < 2:
                    if fit >= 2 and len(lines) - fit == 1 and fit >= 3:
                        fit -= 1
                    else:
                        new_page()
                        continue
                nshown = sum(len(l) + 1 for l in lines[:fit]) - 1
                head, text_rest = cut_markup(text, nshown - 1)
                hh = fit * LINE[kind]
                page().items.append((kind, page().y, hh, (label if first else None, head, first)))
                new_page()
                text = text_rest
                first = False
        elif kind == "table":
            rows = b[1]
            widths = (0.2, 0.8)
            heights = []
            for r in rows:
                n = max(len(textwrap.wrap(plain(c), int(WIDTH * w / 4.9))) for c, w in zip(r, widths))
                heights.append(n * 13.2 + 8)
            header, body = rows[0], list(zip(rows[1:], heights[1:]))
            while body:
                take, h = [], heights[0]
                for r, rh in body:
                    if h + rh > room():
                        break
                    take.append(r)
                    h += rh
                if not take:
                    new_page()
                    continue
                page().items.append(("table", page().y, h, [header] + take))
                page().y += h + 10
                body = body[len(take):]
                if body:
                    new_page()
        elif kind == "box":
            title, body = b[1], b[2]
            n = sum(len(textwrap.wrap(plain(t), 88)) for t in body)
            h = 22 + n * 13.4 + 6 * len(body) + 14
            if h > room():
                new_page()
            page().items.append(("box", page().y, h, (title, body)))
            page().y += h + 12
        elif kind == "image":
            h = 200 + 24
            if h > room():
                new_page()
            page().items.append(("image", page().y, 200, b[1:]))
            page().items.append(("caption", page().y + 204, 14, b[3]))
            page().y += h + 8
    return pages, anchors


# ---------------------------------------------------------------- XHTML

def pos(top, height, left=LEFT, width=WIDTH):
    return "position:absolute;left:%.2fpx;top:%.2fpx;width:%.2fpx;height:%.2fpx;" % (left, top, width, height)


def render_page(pg, meta, npages):
    out = []
    if pg.number > 1:
        out.append('<div class="s2" style="%s"><p class="paragraph-style-13">%s</p></div>'
                   % (pos(28.35, 13), escape(smart(meta["header"]))))
        out.append('<div class="s3" style="%s"></div>' % pos(43.5, 0.75))
    for kind, top, h, payload in pg.items:
        if kind == "title":
            out.append('<div class="s1" style="%s"><h1 class="paragraph-style-1" id="toc-1">'
                       '<span class="character-style-1">%s</span></h1></div>' % (pos(top, h), inline(payload)))
        elif kind == "subtitle":
            out.append('<div class="s1" style="%s"><p class="paragraph-style-2">%s</p></div>'
                       % (pos(top, h), inline(payload)))
        elif kind == "meta":
            out.append('<div class="s1" style="%s"><p class="paragraph-style-11"><span class="character-style-3">%s</span></p></div>'
                       % (pos(top, h), inline(payload)))
        elif kind in ("h2", "h3"):
            text, anchor = payload
            cls = "paragraph-style-4" if kind == "h2" else "paragraph-style-5"
            out.append('<div class="s1" style="%s"><%s class="%s" id="%s">%s</%s></div>'
                       % (pos(top, h), kind, cls, anchor, inline(text), kind))
        elif kind == "p":
            _, text, first = payload
            cls = "paragraph-style-3" if first else "paragraph-style-3 paragraph-continued"
            out.append('<div class="s1" style="%s"><p class="%s">%s</p></div>' % (pos(top, h), cls, inline(text)))
        elif kind in ("bullet", "number"):
            label, text, first = payload
            if first:
                mark = "\u2022" if kind == "bullet" else label + "."
                out.append('<div class="s1" style="%s"><p class="paragraph-style-6"><span class="character-style-4">%s</span>'
                           '<span class="tab">\t</span>%s</p></div>' % (pos(top, h, LEFT + 10, WIDTH - 10), mark, inline(text)))
            else:
                out.append('<div class="s1" style="%s"><p class="paragraph-style-6 paragraph-continued">%s</p></div>'
                           % (pos(top, h, LEFT + 28, WIDTH - 28), inline(text)))
        elif kind == "table":
            rows = []
            for n, r in enumerate(payload):
                cs, ps = ("cell-style-1", "paragraph-style-7") if n == 0 else ("cell-style-2", "paragraph-style-8")
                rows.append("<tr>" + "".join('<td class="%s"><p class="%s">%s</p></td>' % (cs, ps, inline(c)) for c in r) + "</tr>")
            out.append('<div class="s4" style="%s"><table class="table-style-1"><colgroup><col class="column-style-1"/>'
                       '<col class="column-style-2"/></colgroup><tbody>%s</tbody></table></div>'
                       % (pos(top, h), "".join(rows)))
        elif kind == "box":
            title, body = payload
            paras = "".join('<p class="paragraph-style-10">%s</p>' % inline(t) for t in body)
            out.append('<div class="textbox-1" style="%s"><p class="paragraph-style-9"><span class="character-style-5">%s</span></p>%s</div>'
                       % (pos(top, h, LEFT + 24, WIDTH - 48), inline(title), paras))
        elif kind == "image":
            fn, alt, cap = payload
            out.append('<div class="s5" style="%s"><img src="images/%s" alt="%s" style="width:300.00px;height:200.00px;"/></div>'
                       % (pos(top, h, LEFT + (WIDTH - 300) / 2, 300), fn, escape(smart(alt), {'"': "&quot;"})))
        elif kind == "caption":
            out.append('<div class="s1" style="%s"><p class="paragraph-style-12">%s</p></div>' % (pos(top, h), inline(payload)))
    out.append('<div class="s2" style="%s"><p class="paragraph-style-14">%d</p></div>' % (pos(805.0, 13), pg.number))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            "<!DOCTYPE html>\n"
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en-GB" lang="en-GB">\n'
            "<head>\n"
            '<meta http-equiv="default-style" content="text/html; charset=utf-8"/>\n'
            '<meta name="viewport" content="width=595, height=842"/>\n'
            "<title>%s</title>\n"
            '<link rel="stylesheet" href="css/book.css" type="text/css"/>\n'
            "</head>\n"
            '<body id="page-%d" class="body-1">\n'
            '<div class="page" style="position:relative;width:595.28px;height:841.89px;overflow:hidden;">\n%s\n</div>\n'
            "</body>\n</html>\n") % (escape(meta["title"]), pg.number, "\n".join(out))


CSS = """@charset "UTF-8";
html, body { margin: 0; padding: 0; }
body.body-1 { width: 595px; height: 842px; background-color: #ffffff; }
div.page { background-color: #ffffff; }
div.s1, div.s2, div.s4, div.s5 { overflow: visible; }
div.s3 { border-top: 0.75px solid #a6a6a6; }
h1.paragraph-style-1 { font-family: 'AvenirNext-DemiBold', 'Avenir Next', sans-serif; font-size: 26px; line-height: 32px; margin: 0; color: #0b3d5c; }
span.character-style-1 { letter-spacing: -0.2px; }
p.paragraph-style-2 { font-family: 'AvenirNext-Regular', 'Avenir Next', sans-serif; font-size: 13px; line-height: 18px; margin: 0; color: #5a6b78; }
p.paragraph-style-11 { font-family: 'AvenirNext-Regular', 'Avenir Next', sans-serif; font-size: 10px; line-height: 14px; margin: 0; }
span.character-style-3 { font-style: italic; color: #7f7f7f; }
p.paragraph-style-3 { font-family: 'Charter-Roman', 'Charter', serif; font-size: 10.5px; line-height: 14.6px; margin: 0; text-align: justify; }
h2.paragraph-style-4 { font-family: 'AvenirNext-Bold', 'Avenir Next', sans-serif; font-size: 15px; line-height: 20px; margin: 0; color: #0b3d5c; }
h3.paragraph-style-5 { font-family: 'AvenirNext-DemiBold', 'Avenir Next', sans-serif; font-size: 12.5px; line-height: 17px; margin: 0; color: #2f7fb5; }
p.paragraph-style-6 { font-family: 'Charter-Roman', 'Charter', serif; font-size: 10.5px; line-height: 14.6px; margin: 0; padding-left: 18px; text-indent: -18px; }
p.paragraph-continued { padding-left: 0; text-indent: 0; }
span.tab { display: inline-block; width: 12px; }
span.character-style-2 { font-family: 'Charter-Bold', 'Charter', serif; font-weight: bold; }
span.character-style-4 { color: #2f7fb5; }
table.table-style-1 { border-collapse: collapse; width: 481.89px; }
col.column-style-1 { width: 96.38px; }
col.column-style-2 { width: 385.51px; }
td.cell-style-1 { background-color: #dbe8f2; border: 0.5px solid #9fbcd3; padding: 4px 5px; vertical-align: top; }
td.cell-style-2 { border: 0.5px solid #9fbcd3; padding: 4px 5px; vertical-align: top; }
p.paragraph-style-7 { font-family: 'AvenirNext-DemiBold', 'Avenir Next', sans-serif; font-size: 9.5px; line-height: 13.2px; margin: 0; }
p.paragraph-style-8 { font-family: 'Charter-Roman', 'Charter', serif; font-size: 9.5px; line-height: 13.2px; margin: 0; }
div.textbox-1 { background-color: #fff4d6; border: 1px solid #d9a521; border-radius: 6px; padding: 7px 10px; box-sizing: border-box; }
p.paragraph-style-9 { font-family: 'AvenirNext-Bold', 'Avenir Next', sans-serif; font-size: 11px; line-height: 16px; margin: 0 0 4px 0; }
span.character-style-5 { color: #8a5a00; }
p.paragraph-style-10 { font-family: 'AvenirNext-Regular', 'Avenir Next', sans-serif; font-size: 9.5px; line-height: 13.4px; margin: 0 0 6px 0; }
p.paragraph-style-12 { font-family: 'AvenirNext-Italic', 'Avenir Next', sans-serif; font-size: 9px; font-style: italic; line-height: 13px; margin: 0; text-align: center; color: #5a6b78; }
p.paragraph-style-13 { font-family: 'AvenirNext-Regular', 'Avenir Next', sans-serif; font-size: 8.5px; line-height: 12px; margin: 0; color: #7f7f7f; text-transform: uppercase; letter-spacing: 0.6px; }
p.paragraph-style-14 { font-family: 'AvenirNext-Regular', 'Avenir Next', sans-serif; font-size: 9px; line-height: 12px; margin: 0; text-align: center; color: #7f7f7f; }
"""


# ---------------------------------------------------------------- images (stdlib PNG)

def png(width, height, pixel):
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


CLAIMS = [  # (start, end) bearings in degrees east, colour
    (-25, 45, (214, 96, 77)),     # Norway (Dronning Maud Land, open-ended in the south)
    (45, 136, (244, 165, 130)),   # Australia (west part)
    (136, 142, (146, 197, 222)),  # France (Adelie Land)
    (142, 160, (244, 165, 130)),  # Australia (east part)
    (160, 210, (67, 147, 195)),   # New Zealand (Ross Dependency)
    (286, 335, (253, 219, 199)),  # Chile / Argentina / UK overlap
]


def claims_pixel(x, y):
    cx, cy, r = 150, 100, 88
    dx, dy = x - cx, y - cy
    d = math.hypot(dx, dy)
    if d > r:
        return (233, 242, 248)
    ang = (math.degrees(math.atan2(dx, -dy)) + 360) % 360
    for a, b, col in CLAIMS:
        a, b = a % 360, b % 360
        if (a <= ang < b) if a < b else (ang >= a or ang < b):
            return col
    return (250, 250, 250)


def cover_pixel(x, y):
    if y < 60:
        return (11, 61, 92)
    if 90 <= y < 96 and 20 <= x < 200:
        return (47, 127, 181)
    if y >= 110 and (y // 9) % 2 == 0 and 20 <= x < 278 - (y * 7) % 60 and y < 380:
        return (205, 212, 218)
    return (255, 255, 255)


# ---------------------------------------------------------------- package

def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta, blocks = parse(lines)
    pages, anchors = layout(meta, blocks)
    title = meta["title"]
    n = len(pages)

    container = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
                 "  <rootfiles>\n"
                 '    <rootfile full-path="OPS/book.opf" media-type="application/oebps-package+xml"/>\n'
                 "  </rootfiles>\n"
                 "</container>\n")
    display = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               "<display_options>\n"
               '  <platform name="*">\n'
               '    <option name="fixed-layout">true</option>\n'
               '    <option name="specified-fonts">true</option>\n'
               "  </platform>\n"
               "</display_options>\n")
    items = ['    <item id="toc" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
             '    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
             '    <item id="css-book" href="css/book.css" media-type="text/css"/>',
             '    <item id="cover-image" href="images/cover.png" media-type="image/png" properties="cover-image"/>',
             '    <item id="image-1" href="images/antarctica-claims.png" media-type="image/png"/>']
    items += ['    <item id="page-%d" href="page-%d.xhtml" media-type="application/xhtml+xml"/>' % (k, k)
              for k in range(1, n + 1)]
    spine = ['    <itemref idref="page-%d"/>' % k for k in range(1, n + 1)]
    opf = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" '
           'prefix="rendition: http://www.idpf.org/vocab/rendition/# '
           'ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/" xml:lang="en-GB">\n'
           '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '    <dc:identifier id="book-id">%s</dc:identifier>\n'
           "    <dc:title>%s</dc:title>\n"
           "    <dc:creator>%s</dc:creator>\n"
           "    <dc:language>en-GB</dc:language>\n"
           "    <dc:date>2025-08-09</dc:date>\n"
           '    <meta property="dcterms:modified">2025-08-09T13:22:14Z</meta>\n'
           '    <meta property="rendition:layout">pre-paginated</meta>\n'
           '    <meta property="rendition:orientation">portrait</meta>\n'
           '    <meta property="rendition:spread">none</meta>\n'
           '    <meta property="ibooks:specified-fonts">true</meta>\n'
           '    <meta name="cover" content="cover-image"/>\n'
           '    <meta name="generator" content="Pages 14.4"/>\n'
           "  </metadata>\n"
           "  <manifest>\n%s\n  </manifest>\n"
           '  <spine toc="ncx">\n%s\n  </spine>\n'
           "</package>\n") % (BOOK_ID, escape(title), AUTHOR, "\n".join(items), "\n".join(spine))

    nav_items, open_sub = [], False
    for kind, text, pno, anchor in anchors:
        link = '<a href="page-%d.xhtml#%s">%s</a>' % (pno, anchor, escape(smart(text)))
        if kind == "h2":
            if open_sub:
                nav_items[-1] += "</ol>"
                open_sub = False
            nav_items.append("<li>" + link)
        else:
            if not open_sub:
                nav_items[-1] += "<ol>"
                open_sub = True
            nav_items[-1] += "<li>" + link + "</li>"
    if open_sub:
        nav_items[-1] += "</ol>"
    pagelist = "\n".join('<li><a href="page-%d.xhtml">%d</a></li>' % (k, k) for k in range(1, n + 1))
    nav = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
           "<!DOCTYPE html>\n"
           '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en-GB" lang="en-GB">\n'
           "<head>\n<title>%s</title>\n</head>\n<body>\n"
           '<nav epub:type="toc" id="toc">\n<h1>Table of Contents</h1>\n<ol>\n'
           '<li><a href="page-1.xhtml#toc-1">%s</a><ol>\n%s\n</ol></li>\n</ol>\n</nav>\n'
           '<nav epub:type="page-list" hidden="hidden">\n<ol>\n%s\n</ol>\n</nav>\n'
           '<nav epub:type="landmarks" hidden="hidden">\n<ol>\n'
           '<li><a epub:type="bodymatter" href="page-1.xhtml">Start</a></li>\n</ol>\n</nav>\n'
           "</body>\n</html>\n") % (escape(title), escape(title), "\n".join(x + "</li>" for x in nav_items), pagelist)
    points = ['    <navPoint id="navPoint-1" playOrder="1">\n'
              "      <navLabel><text>%s</text></navLabel>\n"
              '      <content src="page-1.xhtml#toc-1"/>\n'
              "    </navPoint>" % escape(title)]
    for k, (kind, text, pno, anchor) in enumerate(anchors, 2):
        points.append('    <navPoint id="navPoint-%d" playOrder="%d">\n'
                      "      <navLabel><text>%s</text></navLabel>\n"
                      '      <content src="page-%d.xhtml#%s"/>\n'
                      "    </navPoint>" % (k, k, escape(smart(text)), pno, anchor))
    ncx = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="en-GB">\n'
           "  <head>\n"
           '    <meta name="dtb:uid" content="%s"/>\n'
           '    <meta name="dtb:depth" content="2"/>\n'
           '    <meta name="dtb:totalPageCount" content="%d"/>\n'
           '    <meta name="dtb:maxPageNumber" content="%d"/>\n'
           "  </head>\n"
           "  <docTitle><text>%s</text></docTitle>\n"
           "  <navMap>\n%s\n  </navMap>\n"
           "</ncx>\n") % (BOOK_ID, n, n, escape(title), "\n".join(points))

    members = [
        ("mimetype", b"application/epub+zip", zipfile.ZIP_STORED),
        ("META-INF/container.xml", container, zipfile.ZIP_DEFLATED),
        ("META-INF/com.apple.ibooks.display-options.xml", display, zipfile.ZIP_DEFLATED),
        ("OPS/book.opf", opf, zipfile.ZIP_DEFLATED),
        ("OPS/toc.ncx", ncx, zipfile.ZIP_DEFLATED),
        ("OPS/toc.xhtml", nav, zipfile.ZIP_DEFLATED),
        ("OPS/css/book.css", CSS, zipfile.ZIP_DEFLATED),
        ("OPS/images/cover.png", png(298, 421, cover_pixel), zipfile.ZIP_STORED),
        ("OPS/images/antarctica-claims.png", png(300, 200, claims_pixel), zipfile.ZIP_STORED),
    ]
    for pg in pages:
        members.append(("OPS/page-%d.xhtml" % pg.number, render_page(pg, meta, n), zipfile.ZIP_DEFLATED))
    with zipfile.ZipFile(out_path, "w") as z:
        for name, data, method in members:
            zi = zipfile.ZipInfo(name, date_time=STAMP)
            zi.compress_type = method
            zi.create_system = 3
            zi.external_attr = 0o100644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs")
    os.makedirs(out_dir, exist_ok=True)
    build(os.path.join(out_dir, NAME))


if __name__ == "__main__":
    main()
