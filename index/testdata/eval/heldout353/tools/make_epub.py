#!/usr/bin/python3
"""Re-make docs/street-vending-credit-ladder-magazine.epub from
tools/street-vending-credit-ladder-magazine.txt.

The document is the cover story of a monthly current-affairs magazine (Samvad Current Affairs
Monthly, October 2025) as a reflowable EPUB 3 exported from Adobe InDesign: the stored mimetype
first, META-INF/container.xml and Apple's display-options file, an OPF (package 3.0) with Dublin
Core metadata, dcterms:modified, accessibility metadata, manifest and a spine of three content
documents split from one story (InDesign's "<doc>", "<doc>-1", "<doc>-2" naming, each titled with
the file name), an EPUB 2 NCX, a nav document (toc, landmarks and a hidden page-list of the print
pages), InDesign's generated stylesheet and class names, footnotes as links to epub:type="footnote"
asides at the end of each file, boxes as asides, a figure with caption and print page markers.
Deterministic (fixed timestamps, fixed uuid), standard library only.
Run: /usr/bin/python3 tools/make_epub.py [output path]
"""
import os
import re
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "street-vending-credit-ladder-magazine.txt")
OUT = os.path.join(HERE, "..", "docs", "street-vending-credit-ladder-magazine.epub")

UUID = "urn:uuid:6b0e3f52-8d1a-4c7e-9f24-3a5d71c08e96"
TITLE = "Samvad Current Affairs Monthly \u2013 October 2025: Cover Story"
MODIFIED = "2025-09-26T11:20:41Z"
STAMP = (2025, 9, 26, 16, 50, 40)


def x(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xa(text):
    return x(text).replace('"', "&quot;")


def png(width, height):
    rows = []
    for y in range(height):
        row = bytearray()
        for xx in range(width):
            r = 120 + (xx // 8) * 3 % 90
            g = 90 + (y // 8) * 5 % 80
            b = 70 + ((xx + y) // 16) * 4 % 60
            if abs(xx - width * 2 // 3) < width // 8 and abs(y - height // 2) < height // 5:
                r = g = b = 235 if (xx // 4 + y // 4) % 2 else 30
            row += bytes((r, g, b))
        rows.append(bytes(row))
    raw = b"".join(b"\x00" + r for r in rows)

    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def read_source():
    files = []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line or line.startswith("#"):
            continue
        mark, _, rest = line.partition(" ")
        if mark == "@file":
            files.append({"name": rest, "blocks": [], "notes": []})
        elif mark == "@fn":
            n, _, text = rest.partition(" ")
            files[-1]["notes"].append((int(n), text))
        else:
            files[-1]["blocks"].append((mark, rest))
    return files


CSS = """@charset "utf-8";
html, body {
	margin:0;
	padding:0;
}
p.Kicker {
	color:#b5471b;
	font-family:"Source Sans Pro", sans-serif;
	font-size:0.75em;
	font-weight:bold;
	letter-spacing:0.1em;
	line-height:1.2;
	margin:0 0 6px 0;
	text-transform:uppercase;
}
h1.Head-1 {
	color:#1c2a39;
	font-family:"Merriweather", serif;
	font-size:2em;
	font-weight:bold;
	line-height:1.15;
	margin:0 0 10px 0;
}
p.Standfirst {
	color:#3b3b3b;
	font-family:"Merriweather", serif;
	font-size:1.1em;
	font-style:italic;
	line-height:1.4;
	margin:0 0 12px 0;
}
p.Byline {
	font-family:"Source Sans Pro", sans-serif;
	font-size:0.8em;
	font-weight:bold;
	margin:0 0 18px 0;
	text-transform:uppercase;
}
h2.Head-2 {
	color:#b5471b;
	font-family:"Source Sans Pro", sans-serif;
	font-size:1.25em;
	font-weight:bold;
	margin:18px 0 6px 0;
}
p.Body-Text, p.Body-Text-First {
	font-family:"Merriweather", serif;
	font-size:0.95em;
	line-height:1.5;
	margin:0;
	text-align:justify;
	text-indent:1.2em;
}
p.Body-Text-First {
	text-indent:0;
}
li.Bullet-List {
	font-family:"Merriweather", serif;
	font-size:0.95em;
	line-height:1.45;
	margin:0 0 4px 0;
}
ul._idGenBullet-1 {
	list-style:disc;
	margin:6px 0 10px 1.2em;
	padding:0;
}
aside.Box {
	background-color:#f3ece0;
	border-top:3px solid #b5471b;
	margin:14px 0;
	padding:10px 12px;
}
h3.Box-Head {
	font-family:"Source Sans Pro", sans-serif;
	font-size:0.9em;
	font-weight:bold;
	margin:0 0 6px 0;
	text-transform:uppercase;
}
p.Box-Text {
	font-family:"Source Sans Pro", sans-serif;
	font-size:0.85em;
	line-height:1.4;
	margin:0 0 6px 0;
}
p.Caption {
	color:#555555;
	font-family:"Source Sans Pro", sans-serif;
	font-size:0.75em;
	font-style:italic;
	margin:4px 0 12px 0;
}
p.Footnote {
	font-family:"Source Sans Pro", sans-serif;
	font-size:0.75em;
	line-height:1.3;
	margin:0 0 4px 0;
}
p.Credit-Line {
	color:#777777;
	font-family:"Source Sans Pro", sans-serif;
	font-size:0.7em;
	margin:24px 0 0 0;
	text-align:center;
}
a._idFootnoteLink, a._idFootnoteAnchor {
	font-size:0.7em;
	vertical-align:super;
}
._idGenColorInherit {
	color:inherit;
	text-decoration:none;
}
div._idFootnotes {
	border-top:1px solid #999999;
	margin-top:18px;
	padding-top:6px;
}
div._idGenObjectLayout-1 {
	text-align:center;
}
img._idGenObjectAttribute-1 {
	height:auto;
	max-width:100%;
}
span.CharOverride-1 {
	font-style:italic;
}
"""


CASES = ["Bombay Hawkers\u2019 Union v. Bombay Municipal Corporation",
         "Olga Tellis v. Bombay Municipal Corporation",
         "Sodan Singh v. New Delhi Municipal Committee",
         "Maharashtra Ekta Hawkers Union v. Municipal Corporation, Greater Mumbai",
         "Gainda Ram v. MCD"]


def inline(text, fname):
    out = x(text)
    # case names in italics, as the magazine sets them
    for case in CASES:
        out = out.replace(case, '<span class="CharOverride-1">%s</span>' % case)

    def ref(m):
        n = int(m.group(1))
        return ('<a class="_idFootnoteLink _idGenColorInherit" epub:type="noteref" href="%s.xhtml#footnote-%03d" '
                'id="footnote-%03d-backlink">%d</a>' % (fname, n - 1, n - 1, n))
    return re.sub(r"\[\^(\d+)\]", ref, out)


def content_doc(f, anchors, pages):
    name = f["name"]
    body = []
    in_list = False
    in_aside = False
    first_after_head = True
    container = [0]

    for mark, text in f["blocks"]:
        if mark == "@page":
            pages.append((text, name))
            body.append('\t\t\t<span epub:type="pagebreak" id="page_%s" role="doc-pagebreak" aria-label="%s"></span>'
                        % (text, text))
        elif mark == "@kicker":
            body.append('\t\t\t<p class="Kicker">%s</p>' % inline(text, name))
        elif mark in ("@h1", "@h2"):
            k = len(anchors)
            anchors.append((mark, text, name, "_idTextAnchor%03d" % k))
            tag = "h1" if mark == "@h1" else "h2"
            cls = "Head-1" if mark == "@h1" else "Head-2"
            body.append('\t\t\t<%s class="%s" id="_idParaDest-%d"><a id="_idTextAnchor%03d"></a>%s</%s>'
                        % (tag, cls, k + 1, k, x(text), tag))
            first_after_head = True
        elif mark == "@standfirst":
            body.append('\t\t\t<p class="Standfirst">%s</p>' % inline(text, name))
        elif mark == "@byline":
            body.append('\t\t\t<p class="Byline">By %s</p>' % x(text))
        elif mark == "@p":
            if in_aside:
                body.append('\t\t\t\t<p class="Box-Text">%s</p>' % inline(text, name))
            else:
                cls = "Body-Text-First" if first_after_head else "Body-Text"
                body.append('\t\t\t<p class="%s">%s</p>' % (cls, inline(text, name)))
                first_after_head = False
        elif mark == "@ul":
            body.append('\t\t\t<ul class="_idGenBullet-1">')
            in_list = True
        elif mark == "@li":
            body.append('\t\t\t\t<li class="Bullet-List">%s</li>' % inline(text, name))
        elif mark == "@endul":
            body.append("\t\t\t</ul>")
            in_list = False
            first_after_head = False
        elif mark == "@aside":
            container[0] += 1
            body.append('\t\t\t<aside class="Box" id="_idContainer%03d" epub:type="sidebar">'
                        % (container[0] + 10 * len(anchors)))
            body.append('\t\t\t\t<h3 class="Box-Head">%s</h3>' % x(text))
            in_aside = True
        elif mark == "@endaside":
            body.append("\t\t\t</aside>")
            in_aside = False
        elif mark == "@figure":
            img, _, cap = text.partition(" | ")
            body.append('\t\t\t<div class="_idGenObjectLayout-1">\n\t\t\t\t<div id="_idContainer%03d">\n'
                        '\t\t\t\t\t<img class="_idGenObjectAttribute-1" src="image/%s" alt="A street vendor\u2019s stall with a UPI QR code" />\n'
                        '\t\t\t\t</div>\n\t\t\t</div>' % (90 + len(anchors), img))
            body.append('\t\t\t<p class="Caption">%s</p>' % x(cap))
        elif mark == "@end":
            body.append('\t\t\t<p class="Credit-Line">%s</p>' % x(text))
    if f["notes"]:
        body.append('\t\t\t<div class="_idFootnotes">')
        for n, text in f["notes"]:
            body.append('\t\t\t\t<aside class="_idFootnote" epub:type="footnote" id="footnote-%03d">\n'
                        '\t\t\t\t\t<p class="Footnote"><a class="_idFootnoteAnchor _idGenColorInherit" '
                        'href="%s.xhtml#footnote-%03d-backlink">%d</a>\t%s</p>\n\t\t\t\t</aside>'
                        % (n - 1, name, n - 1, n, inline(text, name)))
        body.append("\t\t\t</div>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE html>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en-GB" lang="en-GB">\n'
            '\t<head>\n'
            '\t\t<meta charset="utf-8" />\n'
            '\t\t<title>%s</title>\n'
            '\t\t<link href="css/idGeneratedStyles.css" rel="stylesheet" type="text/css" />\n'
            '\t</head>\n'
            '\t<body id="%s" lang="en-GB" xml:lang="en-GB">\n'
            '\t\t<div class="Basic-Text-Frame">\n'
            '%s\n'
            '\t\t</div>\n'
            '\t</body>\n'
            '</html>\n' % (name, name, "\n".join(body)))


def nav_doc(anchors, pages):
    items = []
    h1 = [a for a in anchors if a[0] == "@h1"][0]
    subs = "".join('\t\t\t\t\t\t<li>\n\t\t\t\t\t\t\t<a href="%s.xhtml#%s">%s</a>\n\t\t\t\t\t\t</li>\n'
                   % (f, a, x(t)) for m, t, f, a in anchors if m == "@h2")
    items.append('\t\t\t\t<li>\n\t\t\t\t\t<a href="%s.xhtml#%s">%s</a>\n\t\t\t\t\t<ol>\n%s\t\t\t\t\t</ol>\n\t\t\t\t</li>\n'
                 % (h1[2], h1[3], x(h1[1]), subs))
    plist = "".join('\t\t\t\t<li><a href="%s.xhtml#page_%s">%s</a></li>\n' % (f, p, p) for p, f in pages)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE html>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en-GB" lang="en-GB">\n'
            '\t<head>\n\t\t<meta charset="utf-8" />\n\t\t<title>%s</title>\n'
            '\t\t<link href="css/idGeneratedStyles.css" rel="stylesheet" type="text/css" />\n\t</head>\n'
            '\t<body>\n'
            '\t\t<nav epub:type="toc" id="toc" role="doc-toc">\n\t\t\t<h1>Contents</h1>\n\t\t\t<ol>\n%s\t\t\t</ol>\n\t\t</nav>\n'
            '\t\t<nav epub:type="landmarks" class="hidden" hidden="hidden">\n\t\t\t<h2>Landmarks</h2>\n\t\t\t<ol>\n'
            '\t\t\t\t<li>\n\t\t\t\t\t<a epub:type="toc" href="toc.xhtml">Table of Contents</a>\n\t\t\t\t</li>\n'
            '\t\t\t\t<li>\n\t\t\t\t\t<a epub:type="bodymatter" href="Samvad_Oct2025_CoverStory.xhtml">Start of Content</a>\n\t\t\t\t</li>\n'
            '\t\t\t</ol>\n\t\t</nav>\n'
            '\t\t<nav epub:type="page-list" class="hidden" hidden="hidden">\n\t\t\t<h2>Print pages</h2>\n\t\t\t<ol>\n%s\t\t\t</ol>\n\t\t</nav>\n'
            '\t</body>\n</html>\n' % (x(TITLE), "".join(items), plist))


def ncx_doc(anchors):
    points = []
    for k, (m, t, f, a) in enumerate(anchors, 1):
        points.append('\t\t<navPoint id="navpoint%d" playOrder="%d">\n\t\t\t<navLabel>\n\t\t\t\t<text>%s</text>\n'
                      '\t\t\t</navLabel>\n\t\t\t<content src="%s.xhtml#%s" />\n\t\t</navPoint>\n' % (k, k, x(t), f, a))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">\n'
            '\t<head>\n\t\t<meta name="dtb:uid" content="%s" />\n\t\t<meta name="dtb:depth" content="1" />\n'
            '\t\t<meta name="dtb:totalPageCount" content="0" />\n\t\t<meta name="dtb:maxPageNumber" content="0" />\n\t</head>\n'
            '\t<docTitle>\n\t\t<text>%s</text>\n\t</docTitle>\n\t<navMap>\n%s\t</navMap>\n</ncx>\n'
            % (UUID, x(TITLE), "".join(points)))


def opf_doc(files):
    manifest = ['\t\t<item id="toc" properties="nav" href="toc.xhtml" media-type="application/xhtml+xml" />',
                '\t\t<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml" />',
                '\t\t<item id="idGeneratedStyles.css" href="css/idGeneratedStyles.css" media-type="text/css" />',
                '\t\t<item id="vendor-upi.png" href="image/vendor-upi.png" media-type="image/png" />']
    for f in files:
        manifest.append('\t\t<item id="%s" href="%s.xhtml" media-type="application/xhtml+xml" />' % (f["name"], f["name"]))
    spine = "".join('\t\t<itemref idref="%s" />\n' % f["name"] for f in files)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<package version="3.0" xml:lang="en-GB" unique-identifier="bookid" prefix="ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/" xmlns="http://www.idpf.org/2007/opf">\n'
            '\t<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            '\t\t<meta name="generator" content="Adobe InDesign 20.4" />\n'
            '\t\t<dc:title>%s</dc:title>\n'
            '\t\t<dc:creator id="creator">Meera Iyer</dc:creator>\n'
            '\t\t<dc:publisher>Samvad Publications Pvt. Ltd.</dc:publisher>\n'
            '\t\t<dc:subject>Street vendors; PM SVANidhi; urban governance; GS Paper II; GS Paper III</dc:subject>\n'
            '\t\t<dc:description>Cover story of the October 2025 issue: the Street Vendors Act, 2014, the courts and PM SVANidhi.</dc:description>\n'
            '\t\t<dc:date>2025-10-01</dc:date>\n'
            '\t\t<dc:rights>\u00a9 2025 Samvad Publications Pvt. Ltd.</dc:rights>\n'
            '\t\t<dc:language>en-GB</dc:language>\n'
            '\t\t<dc:identifier id="bookid">%s</dc:identifier>\n'
            '\t\t<meta property="dcterms:modified">%s</meta>\n'
            '\t\t<meta property="ibooks:specified-fonts">true</meta>\n'
            '\t\t<meta property="schema:accessMode">textual</meta>\n'
            '\t\t<meta property="schema:accessMode">visual</meta>\n'
            '\t\t<meta property="schema:accessibilityFeature">tableOfContents</meta>\n'
            '\t\t<meta property="schema:accessibilityFeature">printPageNumbers</meta>\n'
            '\t\t<meta property="schema:accessibilityHazard">none</meta>\n'
            '\t\t<meta property="schema:accessibilitySummary">Reflowable text with a navigation document, footnotes and print page markers.</meta>\n'
            '\t</metadata>\n'
            '\t<manifest>\n%s\n\t</manifest>\n'
            '\t<spine toc="ncx">\n%s\t</spine>\n'
            '</package>\n' % (x(TITLE), UUID, MODIFIED, "\n".join(manifest), spine))


CONTAINER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
             '\t<rootfiles>\n'
             '\t\t<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml" />\n'
             '\t</rootfiles>\n'
             '</container>\n')

DISPLAY = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<display_options>\n'
           '\t<platform name="*">\n'
           '\t\t<option name="specified-fonts">true</option>\n'
           '\t</platform>\n'
           '</display_options>\n')


def build(path):
    files = read_source()
    anchors, pages = [], []
    docs = [(f["name"], content_doc(f, anchors, pages)) for f in files]
    entries = [("mimetype", b"application/epub+zip", zipfile.ZIP_STORED),
               ("META-INF/container.xml", CONTAINER.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/com.apple.ibooks.display-options.xml", DISPLAY.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("OEBPS/content.opf", opf_doc(files).encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("OEBPS/toc.ncx", ncx_doc(anchors).encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("OEBPS/toc.xhtml", nav_doc(anchors, pages).encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("OEBPS/css/idGeneratedStyles.css", CSS.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("OEBPS/image/vendor-upi.png", png(240, 150), zipfile.ZIP_DEFLATED)]
    for name, text in docs:
        entries.append(("OEBPS/%s.xhtml" % name, text.encode("utf-8"), zipfile.ZIP_DEFLATED))
    with zipfile.ZipFile(path, "w") as z:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = method
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    build(path)


if __name__ == "__main__":
    main()
