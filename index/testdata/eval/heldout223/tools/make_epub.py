#!/usr/bin/python3
"""Make docs/megasthenes-indica-pataliputra.epub from tools/megasthenes-indica-pataliputra.txt.

The book is written the way Adobe InDesign's File > Export > EPUB (Reflowable) writes a
chapter: the mimetype member first and stored, META-INF/container.xml and Apple's
com.apple.ibooks.display-options.xml, OEBPS/content.opf (EPUB 3, xml:lang en-GB, the ibooks
prefix, "bookid" urn:uuid identifier, an "Adobe InDesign 19.5" generator meta and
ibooks:specified-fonts), toc.ncx and toc.xhtml (nav with a hidden landmarks list), the
chapter split into two XHTML files by the "Head-A" export tag (Ch12_Megasthenes.xhtml and
Ch12_Megasthenes-1.xhtml), css/idGeneratedStyles.css with the generated classes, and
image/Fig12-1.png. The XHTML is indented with tabs; every text frame is a
<div id="_idContainerNNN">; paragraphs carry their paragraph-style names as classes
(Chapter-Number, Chapter-Title, Body-Text-First, Body-Text, Head-A as h2, Box-Head,
Figure-Caption, Table-Head, Table-Body, Footnote) with "ParaOverride-n" overrides; headings
start with an empty <a id="_idTextAnchorNNN"> anchor; bullets and numbers are mapped to
<ul>/<ol> of <li class="Bullet-List"> / <li class="Numbered-List">; character styles are
<span class="Italic"> / <span class="Bold">; the table has a colgroup, thead and tbody with
_idGenTableRowColumn and CellOverride classes; footnote marks are _idFootnoteLink links and
the footnotes themselves <aside epub:type="footnote"> blocks at the end of the file they
belong to, each starting with its number and a tab.

Source markup: "@book" key: value lines, "@file <name>" starts a spine file; line codes CN
(chapter number), CT (chapter title), H1 (Head-A), P1 / P (body first / body), "* " bullet,
"# " numbered item, "| a | b |" table rows (first row the header), BOX <class> ... ENDBOX for a
sidebar frame with BH (box head), FIG <file>|<caption>, FN <n> <text>; inline *italic*,
**bold** and [^n] footnote marks.

Run: /usr/bin/python3 tools/make_epub.py [OUT]   (output is byte-for-byte stable)
"""
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "megasthenes-indica-pataliputra.txt")
OUT = os.path.join(HERE, "..", "docs", "megasthenes-indica-pataliputra.epub")
STAMP = (2025, 8, 14, 15, 52, 40)
T = "\t"


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    meta, files, cur = {}, [], None
    for line in lines:
        if line == "@book":
            continue
        if line.startswith("@file "):
            cur = {"name": line[6:], "lines": []}
            files.append(cur)
        elif cur is None:
            k, v = line.split(": ", 1)
            meta[k] = v
        elif line.strip():
            cur["lines"].append(line)
    return meta, files


class Counter:
    def __init__(self):
        self.container = 0
        self.anchor = 0
        self.table = 0

    def cont(self):
        s = "_idContainer%03d" % self.container
        self.container += 1
        return s

    def anch(self):
        s = "_idTextAnchor%03d" % self.anchor
        self.anchor += 1
        return s


def inline(s, fname, fnmap):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r'<span class="Bold">\1</span>', s)
    s = re.sub(r"\*(.+?)\*", r'<span class="Italic">\1</span>', s)

    def fn(m):
        fid = fnmap[m.group(1)]
        return ('<span id="%s-backlink"><a class="_idFootnoteLink _idGenColorHyperlink" '
                'href="%s.xhtml#%s">%s</a></span>' % (fid, fname, fid, m.group(1)))
    return re.sub(r"\[\^(\d+)\]", fn, s)


def build_file(f, meta, cnt, toc, fn_counter):
    name = f["name"]
    fnmap, notes = {}, []
    for line in f["lines"]:
        if line.startswith("FN "):
            num, text = line[3:].split(" ", 1)
            fid = "footnote-%03d" % fn_counter[0]
            fn_counter[0] += 1
            fnmap[num] = fid
            notes.append((num, fid, text))
    body = []
    ind = 3
    open_list = None
    in_box = False
    frame = cnt.cont()
    body.append(T * 2 + '<div id="%s" class="Basic-Text-Frame">' % frame)

    def close_list():
        nonlocal open_list
        if open_list:
            body.append(T * ind + "</%s>" % open_list)
            open_list = None

    rows = []

    def flush_table():
        if not rows:
            return
        cnt.table += 1
        cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
        b = [T * ind + '<table id="table%03d" class="Basic-Table _idGenTablePara-1">' % cnt.table,
             T * (ind + 1) + "<colgroup>",
             T * (ind + 2) + '<col class="_idGenTableRowColumn-1" />',
             T * (ind + 2) + '<col class="_idGenTableRowColumn-2" />',
             T * (ind + 1) + "</colgroup>"]
        for r, row in enumerate(cells):
            if r == 0:
                b.append(T * (ind + 1) + "<thead>")
            if r == 1:
                b.append(T * (ind + 1) + "<tbody>")
            b.append(T * (ind + 2) + '<tr class="Basic-Table _idGenTableRowColumn-%d">'
                     % (3 if r == 0 else 4))
            for c, text in enumerate(row):
                tag = "th" if r == 0 else "td"
                b.append(T * (ind + 3) + '<%s class="Basic-Table CellOverride-%d">'
                         % (tag, 1 if r == 0 else (2 if c == 0 else 3)))
                b.append(T * (ind + 4) + '<p class="%s">%s</p>'
                         % ("Table-Head" if r == 0 else "Table-Body", inline(text, name, fnmap)))
                b.append(T * (ind + 3) + "</%s>" % tag)
            b.append(T * (ind + 2) + "</tr>")
            if r == 0:
                b.append(T * (ind + 1) + "</thead>")
        b.append(T * (ind + 1) + "</tbody>")
        b.append(T * ind + "</table>")
        body.extend(b)
        rows.clear()

    for line in f["lines"]:
        if line.startswith("FN "):
            continue
        if not line.startswith("| "):
            flush_table()
        code, _, rest = line.partition(" ")
        if line.startswith("* ") or line.startswith("# "):
            kind = "ul" if line[0] == "*" else "ol"
            if open_list != kind:
                close_list()
                body.append(T * ind + "<%s>" % kind)
                open_list = kind
            cls = "Bullet-List" if kind == "ul" else "Numbered-List"
            if in_box:
                cls += " ParaOverride-1"
            body.append(T * (ind + 1) + '<li class="%s">%s</li>' % (cls, inline(line[2:], name, fnmap)))
            continue
        close_list()
        if line.startswith("| "):
            rows.append(line)
        elif code == "CN":
            body.append(T * ind + '<p class="Chapter-Number">%s</p>' % escape(rest))
        elif code == "CT":
            a = cnt.anch()
            toc.append((0, name, a, rest))
            body.append(T * ind + '<h1 class="Chapter-Title"><a id="%s"></a>%s</h1>' % (a, escape(rest)))
        elif code == "H1":
            a = cnt.anch()
            toc.append((1, name, a, rest))
            body.append(T * ind + '<h2 class="Head-A"><a id="%s"></a>%s</h2>' % (a, escape(rest)))
        elif code == "P1":
            body.append(T * ind + '<p class="Body-Text-First">%s</p>' % inline(rest, name, fnmap))
        elif code == "P":
            cls = "Body-Text ParaOverride-2" if in_box else "Body-Text"
            body.append(T * ind + '<p class="%s">%s</p>' % (cls, inline(rest, name, fnmap)))
        elif code == "BOX":
            body.append(T * ind + '<div id="%s" class="%s">' % (cnt.cont(), rest))
            ind += 1
            in_box = True
        elif code == "ENDBOX":
            ind -= 1
            body.append(T * ind + "</div>")
            in_box = False
        elif code == "BH":
            body.append(T * ind + '<p class="Box-Head">%s</p>' % escape(rest))
        elif code == "FIG":
            img, cap = rest.split("|", 1)
            body.append(T * ind + '<div class="_idGenObjectLayout-1">')
            body.append(T * (ind + 1) + '<div id="%s" class="_idGenObjectStyleOverride-1">' % cnt.cont())
            body.append(T * (ind + 2) + '<img class="_idGenObjectAttribute-1" src="image/%s" alt="" />' % img)
            body.append(T * (ind + 1) + "</div>")
            body.append(T * ind + "</div>")
            body.append(T * ind + '<p class="Figure-Caption">%s</p>' % inline(cap, name, fnmap))
        else:
            raise ValueError("unknown line: %r" % line)
    flush_table()
    close_list()
    body.append(T * 2 + "</div>")
    if notes:
        body.append(T * 2 + '<div class="_idFootnotes">')
        for num, fid, text in notes:
            body.append(T * 3 + '<aside class="_idFootnote" epub:type="footnote" id="%s">' % fid)
            body.append(T * 4 + '<p class="Footnote"><span class="_idFootnoteAnchor _idGenColorHyperlink">'
                        '<a href="%s.xhtml#%s-backlink">%s</a></span>\t%s</p>'
                        % (name, fid, num, inline(text, name, fnmap)))
            body.append(T * 3 + "</aside>")
        body.append(T * 2 + "</div>")
    head = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>', "<!DOCTYPE html>",
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">',
            T + "<head>", T * 2 + '<meta charset="utf-8" />', T * 2 + "<title>%s</title>" % name,
            T * 2 + '<link href="css/idGeneratedStyles.css" rel="stylesheet" type="text/css" />',
            T + "</head>", T + '<body id="%s" lang="en-GB" xml:lang="en-GB">' % name]
    return "\n".join(head + body + [T + "</body>", "</html>"]) + "\n"


CSS = """@font-face {
	font-family:"Minion Pro";
	font-style:normal;
	font-weight:normal;
	src : local("MinionPro-Regular");
}
body, div, dl, dt, dd, h1, h2, h3, h4, h5, h6, p, pre, code, blockquote {
	margin:0;
	padding:0;
	border-width:0;
}
body {
	-epub-hyphens:auto;
}
p.Body-Text {
	color:#000000;
	font-family:"Minion Pro", serif;
	font-size:11px;
	font-style:normal;
	font-weight:normal;
	line-height:1.3;
	margin-bottom:0;
	margin-left:0;
	margin-right:0;
	margin-top:0;
	orphans:1;
	text-align:justify;
	text-decoration:none;
	text-indent:14px;
	text-transform:none;
	widows:1;
}
p.Body-Text-First {
	color:#000000;
	font-family:"Minion Pro", serif;
	font-size:11px;
	font-style:normal;
	font-weight:normal;
	line-height:1.3;
	margin-top:6px;
	text-align:justify;
	text-indent:0px;
}
p.Chapter-Number {
	color:#8a1c1c;
	font-family:"Myriad Pro", sans-serif;
	font-size:12px;
	font-weight:bold;
	letter-spacing:0.2em;
	margin-top:24px;
	text-align:left;
}
h1.Chapter-Title {
	color:#8a1c1c;
	font-family:"Myriad Pro", sans-serif;
	font-size:26px;
	font-style:normal;
	font-weight:bold;
	line-height:1.15;
	margin-bottom:18px;
	margin-top:6px;
	text-align:left;
}
h2.Head-A {
	color:#8a1c1c;
	font-family:"Myriad Pro", sans-serif;
	font-size:16px;
	font-weight:bold;
	margin-bottom:4px;
	margin-top:18px;
	page-break-after:avoid;
}
p.Box-Head {
	color:#ffffff;
	font-family:"Myriad Pro", sans-serif;
	font-size:12px;
	font-weight:bold;
	background-color:#8a1c1c;
	padding:3px 6px;
}
li.Bullet-List, li.Numbered-List {
	color:#000000;
	font-family:"Minion Pro", serif;
	font-size:11px;
	line-height:1.3;
	margin-left:18px;
	text-align:left;
}
p.Figure-Caption {
	font-family:"Myriad Pro", sans-serif;
	font-size:9px;
	font-style:italic;
	margin-top:4px;
	text-align:center;
}
p.Table-Head {
	font-family:"Myriad Pro", sans-serif;
	font-size:10px;
	font-weight:bold;
	color:#ffffff;
}
p.Table-Body {
	font-family:"Minion Pro", serif;
	font-size:10px;
}
p.Footnote {
	font-family:"Minion Pro", serif;
	font-size:9px;
	line-height:1.2;
}
span.Italic {
	font-style:italic;
	font-weight:normal;
}
span.Bold {
	font-style:normal;
	font-weight:bold;
}
div.Objectives-Frame, div.Sidebar-Frame, div.Pointers-Frame {
	background-color:#f6ece1;
	border:1px solid #8a1c1c;
	margin:9px 0;
	padding:6px;
}
li.ParaOverride-1 {
	font-size:10px;
}
p.ParaOverride-2 {
	text-indent:0px;
}
table.Basic-Table {
	border-collapse:collapse;
	border-color:#000000;
	border-style:solid;
	border-width:1px;
	margin-bottom:-4px;
	margin-top:4px;
}
table._idGenTablePara-1 {
	width:100%;
}
col._idGenTableRowColumn-1 {
	width:14%;
}
col._idGenTableRowColumn-2 {
	width:86%;
}
tr._idGenTableRowColumn-3 {
	background-color:#8a1c1c;
	min-height:18px;
}
tr._idGenTableRowColumn-4 {
	min-height:18px;
}
th.CellOverride-1, td.CellOverride-2, td.CellOverride-3 {
	border:0.5px solid #8a1c1c;
	padding:3px 5px;
	vertical-align:top;
}
a._idFootnoteLink, span._idFootnoteAnchor {
	vertical-align:super;
	font-size:0.7em;
}
div._idGenObjectLayout-1 {
	text-align:center;
}
div._idGenObjectStyleOverride-1 {
	border-width:0px;
}
img._idGenObjectAttribute-1 {
	height:100%;
	min-width:100%;
	object-fit:contain;
	width:100%;
}
"""


def png():
    """A small greyscale plan: the river band at the top, the city as a long framed strip."""
    w, h = 480, 160
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            v = 255
            if y < 26 + int(6 * ((x // 40) % 2)):
                v = 170  # the Ganga
            elif 40 <= y <= 132 and 20 <= x <= 460:
                if y in (40, 41, 131, 132) or x in (20, 21, 459, 460):
                    v = 60  # timber wall
                elif 44 <= y <= 128 and 24 <= x <= 456:
                    v = 235
                else:
                    v = 200  # ditch
            if 40 <= y <= 132 and x % 48 == 20 and (y == 40 or y == 132):
                v = 0
            row.append(v)
        rows.append(b"\x00" + bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def build(out):
    meta, files = parse()
    cnt, toc, fn_counter = Counter(), [], [0]
    xhtml = [(f["name"], build_file(f, meta, cnt, toc, fn_counter)) for f in files]
    title = escape(meta["title"])
    opf = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
           '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" xml:lang="en-GB" '
           'unique-identifier="bookid" prefix="ibooks: http://vocabulary.itunes.apple.com/rdf/'
           'ibooks/vocabulary-extensions-1.0/">',
           T + '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
           T * 2 + '<meta property="dcterms:modified">%s</meta>' % meta["modified"],
           T * 2 + "<dc:title>%s</dc:title>" % title,
           T * 2 + "<dc:creator>%s</dc:creator>" % escape(meta["creator"]),
           T * 2 + "<dc:publisher>%s</dc:publisher>" % escape(meta["publisher"]),
           T * 2 + "<dc:date>%s</dc:date>" % meta["date"],
           T * 2 + "<dc:language>en-GB</dc:language>",
           T * 2 + '<dc:identifier id="bookid">urn:uuid:%s</dc:identifier>' % meta["uuid"],
           T * 2 + '<meta name="generator" content="Adobe InDesign 19.5" />',
           T * 2 + '<meta property="ibooks:specified-fonts">true</meta>',
           T + "</metadata>", T + "<manifest>",
           T * 2 + '<item id="idGeneratedStyles.css" href="css/idGeneratedStyles.css" '
           'media-type="text/css" />',
           T * 2 + '<item id="Fig12-1.png" href="image/Fig12-1.png" media-type="image/png" />',
           T * 2 + '<item id="toc" href="toc.xhtml" media-type="application/xhtml+xml" '
           'properties="nav" />']
    for name, _ in xhtml:
        opf.append(T * 2 + '<item id="%s" href="%s.xhtml" media-type="application/xhtml+xml" />'
                   % (name, name))
    opf += [T * 2 + '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml" />',
            T + "</manifest>", T + '<spine toc="ncx">']
    opf += [T * 2 + '<itemref idref="%s" />' % name for name, _ in xhtml]
    opf += [T + "</spine>", "</package>"]

    nav = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>', "<!DOCTYPE html>",
           '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">',
           T + "<head>", T * 2 + '<meta charset="utf-8" />', T * 2 + "<title>%s</title>" % title,
           T + "</head>", T + "<body>", T * 2 + '<nav epub:type="toc" id="toc">', T * 3 + "<ol>"]
    ncx = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
           '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">',
           T + "<head>", T * 2 + '<meta name="dtb:uid" content="urn:uuid:%s" />' % meta["uuid"],
           T * 2 + '<meta name="dtb:depth" content="2" />',
           T * 2 + '<meta name="dtb:totalPageCount" content="0" />',
           T * 2 + '<meta name="dtb:maxPageNumber" content="0" />', T + "</head>",
           T + "<docTitle>", T * 2 + "<text>%s</text>" % title, T + "</docTitle>", T + "<navMap>"]
    top = toc[0]
    nav.append(T * 4 + "<li>")
    nav.append(T * 5 + '<a href="%s.xhtml#%s">%s</a>' % (top[1], top[2], escape(top[3])))
    nav.append(T * 5 + "<ol>")
    ncx += [T * 2 + '<navPoint id="navPoint-1" playOrder="1">',
            T * 3 + "<navLabel>", T * 4 + "<text>%s</text>" % escape(top[3]), T * 3 + "</navLabel>",
            T * 3 + '<content src="%s.xhtml#%s" />' % (top[1], top[2])]
    for i, (lvl, fname, a, text) in enumerate(toc[1:], 2):
        nav.append(T * 6 + '<li><a href="%s.xhtml#%s">%s</a></li>' % (fname, a, escape(text)))
        ncx += [T * 3 + '<navPoint id="navPoint-%d" playOrder="%d">' % (i, i),
                T * 4 + "<navLabel>", T * 5 + "<text>%s</text>" % escape(text),
                T * 4 + "</navLabel>", T * 4 + '<content src="%s.xhtml#%s" />' % (fname, a),
                T * 3 + "</navPoint>"]
    nav += [T * 5 + "</ol>", T * 4 + "</li>", T * 3 + "</ol>", T * 2 + "</nav>",
            T * 2 + '<nav epub:type="landmarks" class="hidden" hidden="hidden">',
            T * 3 + "<h2>Guide</h2>", T * 3 + "<ol>",
            T * 4 + '<li><a epub:type="toc" href="#toc">Table of Contents</a></li>',
            T * 4 + '<li><a epub:type="bodymatter" href="%s.xhtml">Start of Content</a></li>'
            % xhtml[0][0], T * 3 + "</ol>", T * 2 + "</nav>", T + "</body>", "</html>"]
    ncx += [T * 2 + "</navPoint>", T + "</navMap>", "</ncx>"]

    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
                 '\t<rootfiles>\n\t\t<rootfile full-path="OEBPS/content.opf" '
                 'media-type="application/oebps-package+xml" />\n\t</rootfiles>\n</container>\n')
    ibooks = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<display_options>\n'
              '\t<platform name="*">\n\t\t<option name="specified-fonts">true</option>\n'
              '\t</platform>\n</display_options>\n')
    members = [("mimetype", b"application/epub+zip"),
               ("META-INF/container.xml", container.encode("utf-8")),
               ("META-INF/com.apple.ibooks.display-options.xml", ibooks.encode("utf-8")),
               ("OEBPS/content.opf", ("\n".join(opf) + "\n").encode("utf-8")),
               ("OEBPS/toc.ncx", ("\n".join(ncx) + "\n").encode("utf-8")),
               ("OEBPS/toc.xhtml", ("\n".join(nav) + "\n").encode("utf-8"))]
    members += [("OEBPS/%s.xhtml" % name, text.encode("utf-8")) for name, text in xhtml]
    members += [("OEBPS/css/idGeneratedStyles.css", CSS.encode("utf-8")),
                ("OEBPS/image/Fig12-1.png", png())]
    with zipfile.ZipFile(out, "w") as z:
        for path, data in members:
            info = zipfile.ZipInfo(path, date_time=STAMP)
            info.compress_type = zipfile.ZIP_STORED if path == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
