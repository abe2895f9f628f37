#!/usr/bin/python3
"""Re-make docs/ulgulan-cnt-act-epub-chapter.epub from tools/ulgulan-cnt-act-epub-chapter.txt.

The book is shaped as calibre 8 writes an EPUB 3 of one chapter: a stored "mimetype" entry
first, META-INF/container.xml, content.opf at the root (package version 3.0 with the calibre
prefix, dc:identifier uuid_id, refines metas for title-type, role and file-as, the
calibre:timestamp and dcterms:modified metas, a manifest of split XHTML files, stylesheet.css,
page_styles.css, toc.ncx and a nav document), the chapter split into index_split_000.html and
index_split_001.html with calibre's flattened class names (calibre, calibre1, ...),
single-quoted XML declarations, calibre_toc_N heading ids, pagebreak spans carrying the print
book's page numbers, noteref links and the notes as epub:type="footnote" asides at the end of
each file; toc.ncx and nav.xhtml list the chapter and its sections.

Standard library only, deterministic (fixed zip timestamps).  Usage: make_epub.py [output]
"""
import html
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ulgulan-cnt-act-epub-chapter.txt")
OUT = os.path.join(HERE, "..", "docs", "ulgulan-cnt-act-epub-chapter.epub")
STAMP = (2025, 11, 22, 9, 14, 36)


def esc(s):
    return html.escape(s, quote=False)


def read():
    meta, files, notes = {}, [[]], {}
    for ln in open(SRC, encoding="utf-8").read().split("\n"):
        if not ln.strip():
            continue
        if ln.startswith("="):
            k, v = ln[1:].split(" ", 1)
            meta[k] = v
            continue
        m = re.match(r"\[(\w+)\] ?(.*)$", ln)
        tag, rest = m.group(1), m.group(2)
        if tag == "split":
            files.append([])
        elif tag == "note":
            n, text = rest.split("|", 1)
            notes[int(n)] = text
        else:
            files[-1].append((tag, rest))
    return meta, files, notes


def inline(text):
    out = esc(text)
    out = re.sub(r"\*(.+?)\*", r'<i class="calibre6">\1</i>', out)
    out = re.sub(r"\[(\d+)\]", lambda m: '<a id="fnref%s" href="#fn%s" class="calibre7" epub:type="noteref"><sup class="calibre8">%s</sup></a>' % (m.group(1), m.group(1), m.group(1)), out)
    return out


HEAD = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
  <head>
    <title>%s</title>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
  <link href="stylesheet.css" rel="stylesheet" type="text/css"/>
<link href="page_styles.css" rel="stylesheet" type="text/css"/>
</head>
  <body class="calibre">
"""


def xhtml(meta, blocks, notes, toc_start, first):
    out = [HEAD % esc(meta["chaptitle"])]
    out.append('<div class="calibre1" id="%s">\n' % ("chapter04" if first else "calibre_pb_1"))
    toc = []
    n = toc_start
    used = []
    i = 0
    if first:
        pass
    while i < len(blocks):
        tag, text = blocks[i]
        if tag == "page":
            out.append('<span epub:type="pagebreak" id="page_%s" role="doc-pagebreak" aria-label="%s" class="calibre2"></span>' % (text, text))
            if first and text == "101":
                out.append('\n<p class="calibre3">%s</p>\n' % esc(meta["label"]))
                n += 1
                out.append('<h1 class="calibre4" id="calibre_toc_%d">%s</h1>\n' % (n, esc(meta["chaptitle"])))
                toc.append((1, n, meta["chaptitle"]))
            else:
                out.append("\n")
        elif tag == "epigraph":
            lines = []
            while i < len(blocks) and blocks[i][0] in ("epigraph", "epiattr"):
                t, x = blocks[i]
                cls = "calibre10" if t == "epigraph" else "calibre11"
                inner = '<i class="calibre6">%s</i>' % esc(x) if lines == [] else esc(x)
                lines.append('<p class="%s">%s</p>' % (cls, inner))
                i += 1
            out.append('<blockquote class="calibre9">\n' + "\n".join(lines) + "\n</blockquote>\n")
            continue
        elif tag == "h2":
            n += 1
            out.append('<h2 class="calibre12" id="calibre_toc_%d">%s</h2>\n' % (n, esc(text)))
            toc.append((2, n, text))
        elif tag == "p":
            cls = "calibre13" if out[-1].startswith(("<h1", "<h2", "<blockquote")) else "calibre5"
            out.append('<p class="%s">%s</p>\n' % (cls, inline(text)))
        elif tag == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append('<li class="calibre15">%s</li>' % inline(blocks[i][1]))
                i += 1
            out.append('<ul class="calibre14">\n' + "\n".join(items) + "\n</ul>\n")
            continue
        else:
            raise ValueError(tag)
        used += [int(x) for x in re.findall(r"\[(\d+)\]", text)]
        i += 1
    out.append("</div>\n")
    if used:
        out.append('<hr class="calibre16"/>\n<section class="calibre17" epub:type="footnotes">\n')
        for k in used:
            out.append('<aside id="fn%d" class="calibre18" epub:type="footnote">\n<p class="calibre19"><a href="#fnref%d" class="calibre20">%d</a> %s</p>\n</aside>\n'
                       % (k, k, k, inline(notes[k])))
        out.append("</section>\n")
    out.append("</body></html>\n")
    return "".join(out), toc


STYLESHEET = """.calibre {
    display: block;
    font-size: 1em;
    line-height: 1.2;
    padding-left: 0;
    padding-right: 0;
    margin: 0 5pt
    }
.calibre1 {
    display: block
    }
.calibre2 {
    display: inline
    }
.calibre3 {
    display: block;
    font-family: "Gill Sans", sans-serif;
    font-size: 0.83333em;
    letter-spacing: 0.2em;
    text-align: center;
    margin: 3em 0 0.5em
    }
.calibre4 {
    display: block;
    font-size: 1.66667em;
    font-weight: normal;
    line-height: 1.2;
    text-align: center;
    margin: 0 0 2em
    }
.calibre5 {
    display: block;
    text-align: justify;
    text-indent: 1.5em;
    margin: 0
    }
.calibre6 {
    font-style: italic
    }
.calibre7 {
    color: inherit;
    text-decoration: none
    }
.calibre8 {
    font-size: 0.75em;
    line-height: 1.2;
    vertical-align: super
    }
.calibre9 {
    display: block;
    margin: 0 2em 2em 4em
    }
.calibre10 {
    display: block;
    font-size: 0.91667em;
    text-align: right;
    margin: 0
    }
.calibre11 {
    display: block;
    font-size: 0.83333em;
    font-variant: small-caps;
    text-align: right;
    margin: 0.3em 0 0
    }
.calibre12 {
    display: block;
    font-size: 1.16667em;
    font-style: italic;
    font-weight: normal;
    line-height: 1.2;
    margin: 1.5em 0 0.5em
    }
.calibre13 {
    display: block;
    text-align: justify;
    margin: 0
    }
.calibre14 {
    display: block;
    list-style-type: disc;
    margin: 0.5em 0 0.5em 1.5em
    }
.calibre15 {
    display: list-item;
    text-align: left
    }
.calibre16 {
    color: black;
    display: block;
    height: 2px;
    width: 30%;
    margin: 2em auto 1em 0
    }
.calibre17 {
    display: block;
    font-size: 0.83333em
    }
.calibre18 {
    display: block;
    margin: 0 0 0.4em
    }
.calibre19 {
    display: block;
    text-align: left;
    text-indent: -1em;
    margin: 0 0 0 1em
    }
.calibre20 {
    color: inherit;
    font-weight: bold;
    text-decoration: none
    }
"""

PAGE_STYLES = """@page {
    margin-bottom: 5pt;
    margin-top: 5pt
    }
"""

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
   <rootfiles>
      <rootfile full-path="content.opf" media-type="application/oebps-package+xml"/>
   </rootfiles>
</container>
"""


def opf(meta):
    return """<?xml version='1.0' encoding='utf-8'?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uuid_id" prefix="calibre: https://calibre-ebook.com">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:identifier id="uuid_id">urn:uuid:%(uuid)s</dc:identifier>
    <dc:identifier>urn:isbn:%(isbn)s</dc:identifier>
    <dc:title id="id">%(title)s</dc:title>
    <dc:creator id="id-1">%(author)s</dc:creator>
    <dc:contributor id="id-2">calibre (%(calibre)s) [https://calibre-ebook.com]</dc:contributor>
    <dc:date>%(date)s</dc:date>
    <dc:publisher>%(publisher)s</dc:publisher>
    <dc:language>en</dc:language>
    <meta refines="#id" property="title-type">main</meta>
    <meta refines="#id-1" property="role" scheme="marc:relators">aut</meta>
    <meta refines="#id-1" property="file-as">%(fileas)s</meta>
    <meta refines="#id-2" property="role" scheme="marc:relators">bkp</meta>
    <meta property="calibre:timestamp" scheme="dcterms:W3CDTF">%(timestamp)s</meta>
    <meta property="dcterms:modified">%(modified)s</meta>
  </metadata>
  <manifest>
    <item id="id" href="index_split_000.html" media-type="application/xhtml+xml"/>
    <item id="id1" href="index_split_001.html" media-type="application/xhtml+xml"/>
    <item id="page_css" href="page_styles.css" media-type="text/css"/>
    <item id="css" href="stylesheet.css" media-type="text/css"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
  </manifest>
  <spine toc="ncx">
    <itemref idref="id"/>
    <itemref idref="id1"/>
  </spine>
</package>
""" % dict(meta, title=esc(meta["booktitle"]))


def ncx(meta, toc):
    pts = []
    for k, (level, n, text, href) in enumerate(toc, 1):
        pts.append((level, '<navPoint id="num_%d" playOrder="%d">\n      <navLabel>\n        <text>%s</text>\n      </navLabel>\n      <content src="%s#calibre_toc_%d"/>' % (k, k, esc(text), href, n)))
    body = []
    open_top = False
    for level, p in pts:
        if level == 1:
            body.append("    " + p)
            open_top = True
        else:
            body.append("      " + p.replace("\n", "\n  ") + "\n      </navPoint>")
    if open_top:
        body.append("    </navPoint>")
    return """<?xml version='1.0' encoding='utf-8'?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="en">
  <head>
    <meta name="dtb:uid" content="%s"/>
    <meta name="dtb:depth" content="2"/>
    <meta name="dtb:generator" content="calibre (%s)"/>
    <meta name="dtb:totalPageCount" content="0"/>
    <meta name="dtb:maxPageNumber" content="0"/>
  </head>
  <docTitle>
    <text>%s</text>
  </docTitle>
  <navMap>
%s
  </navMap>
</ncx>
""" % (meta["uuid"], meta["calibre"], esc(meta["booktitle"]), "\n".join(body))


def nav(meta, toc):
    top = toc[0]
    subs = "\n".join('          <li>\n            <a href="%s#calibre_toc_%d">%s</a>\n          </li>' % (href, n, esc(t)) for lvl, n, t, href in toc[1:])
    return """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
  <head>
    <title>%s</title>
  </head>
  <body>
    <nav epub:type="toc">
      <h1>Table of Contents</h1>
      <ol>
        <li>
          <a href="%s#calibre_toc_%d">%s</a>
          <ol>
%s
          </ol>
        </li>
      </ol>
    </nav>
    <nav epub:type="landmarks" hidden="">
      <h1>Landmarks</h1>
      <ol>
        <li>
          <a epub:type="toc" href="#">Table of Contents</a>
        </li>
        <li>
          <a epub:type="bodymatter" href="index_split_000.html#chapter04">%s</a>
        </li>
      </ol>
    </nav>
    <nav epub:type="page-list" hidden="">
      <ol>
%s
      </ol>
    </nav>
  </body>
</html>
""" % (esc(meta["booktitle"]), top[3], top[1], esc(top[2]), subs, esc(meta["chaptitle"]),
       "\n".join('        <li><a href="%s#page_%s">%s</a></li>' % (href, p, p) for href, p in meta["_pages"]))


def make(out_path):
    meta, files, notes = read()
    docs, toc, n = [], [], 0
    pages = []
    for k, blocks in enumerate(files):
        name = "index_split_%03d.html" % k
        text, t = xhtml(meta, blocks, notes, n, k == 0)
        n += len(t)
        toc += [(lvl, num, title, name) for lvl, num, title in t]
        pages += [(name, b[1]) for b in blocks if b[0] == "page"]
        docs.append((name, text))
    meta["_pages"] = pages
    entries = [("mimetype", b"application/epub+zip", zipfile.ZIP_STORED),
               ("META-INF/container.xml", CONTAINER.encode("utf-8"), zipfile.ZIP_DEFLATED)]
    for name, text in docs:
        entries.append((name, text.encode("utf-8"), zipfile.ZIP_DEFLATED))
    entries += [("nav.xhtml", nav(meta, toc).encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("page_styles.css", PAGE_STYLES.encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("stylesheet.css", STYLESHEET.encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("toc.ncx", ncx(meta, toc).encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("content.opf", opf(meta).encode("utf-8"), zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(out_path, "w") as z:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = method
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            z.writestr(info, data, compress_type=method, compresslevel=9 if method == zipfile.ZIP_DEFLATED else None)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    make(out)
    print(out)
