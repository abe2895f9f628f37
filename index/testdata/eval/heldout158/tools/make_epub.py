#!/usr/bin/python3
"""Re-make docs/fundamental-duties-chapter.epub from tools/fundamental-duties-chapter.xhtml.

Run from anywhere: /usr/bin/python3 tools/make_epub.py
Standard library only. The output is byte-for-byte reproducible: fixed zip timestamps, fixed
entry order, `mimetype` first and stored (uncompressed), everything else deflated, as Sigil
writes an EPUB 3 book (OEBPS/Text, OEBPS/Styles, content.opf, an EPUB 2 toc.ncx for old
readers and an EPUB 3 nav.xhtml).
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "fundamental-duties-chapter.xhtml")
OUT = os.path.join(HERE, "..", "docs", "fundamental-duties-chapter.epub")

STAMP = (2025, 9, 14, 10, 22, 6)
UUID = "urn:uuid:3f6c2a8e-51a4-4c1d-9b76-1976a42e2002"
BOOK_TITLE = "Polity Ready Reckoner 2025 - Ch. 9: Fundamental Duties"
CHAPTER_FILE = "ch09_fundamental_duties.xhtml"

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
    <rootfiles>
        <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
   </rootfiles>
</container>
"""

CSS = """@charset "utf-8";

body {
  font-family: "Georgia", serif;
  line-height: 1.45;
  margin: 0 4%;
}

p.chapnum {
  text-transform: uppercase;
  letter-spacing: 0.15em;
  text-align: center;
  margin-bottom: 0;
}

h1 {
  text-align: center;
  font-size: 1.9em;
  margin-top: 0.2em;
}

p.chapsub {
  text-align: center;
  font-style: italic;
}

h2 {
  font-family: "Helvetica", sans-serif;
  color: #1f3a93;
  border-bottom: 1px solid #1f3a93;
  page-break-after: avoid;
}

h3 {
  font-family: "Helvetica", sans-serif;
  font-size: 1.05em;
}

p.lead {
  font-size: 1.05em;
}

aside.box {
  border: 1px solid #888;
  background-color: #f3f3ea;
  padding: 0.4em 0.8em;
  margin: 1em 0;
}

aside.trap {
  border-left: 4px solid #c0392b;
}

aside.tip {
  border-left: 4px solid #27ae60;
}

p.box-title {
  font-weight: bold;
  margin: 0.2em 0;
}

ol.duties li {
  margin-bottom: 0.3em;
}

table.compare {
  border-collapse: collapse;
  width: 100%;
}

table.compare th, table.compare td {
  border: 1px solid #666;
  padding: 0.2em 0.4em;
  vertical-align: top;
}

table.compare th {
  background-color: #d9e1f2;
}

dl.faq dt {
  font-weight: bold;
  margin-top: 0.6em;
}

p.answers {
  font-size: 0.9em;
}

section.footnotes {
  font-size: 0.85em;
  border-top: 1px solid #999;
  margin-top: 2em;
}
"""


def chapter_xhtml(body):
    return ("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head>
  <title>Chapter 9: Fundamental Duties</title>
  <link href="../Styles/stylesheet.css" type="text/css" rel="stylesheet"/>
</head>

<body>
""" + body.rstrip("\n") + """
</body>
</html>
""")


def headings(body):
    """(level, id, text) for h1-h3 in the chapter, in order."""
    out = []
    for m in re.finditer(r'<h([123]) id="([^"]+)">(.*?)</h\1>', body):
        text = re.sub(r"<[^>]+>", "", m.group(3))
        out.append((int(m.group(1)), m.group(2), text))
    return out


def nav_xhtml(heads):
    lines = []
    h2_open = False
    for level, hid, text in heads:
        if level == 1:
            continue
        href = "%s#%s" % (CHAPTER_FILE, hid)
        if level == 2:
            if h2_open:
                lines.append("        </li>")
            lines.append('        <li>\n          <a href="%s">%s</a>' % (href, escape(text)))
            h2_open = True
        else:
            lines.append('          <ol>\n            <li>\n              <a href="%s">%s</a>\n            </li>\n          </ol>'
                         % (href, escape(text)))
    if h2_open:
        lines.append("        </li>")
    # merge consecutive sub-lists into one <ol>
    body = "\n".join(lines).replace("\n          </ol>\n          <ol>", "")
    return ("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head>
  <meta charset="utf-8" />
  <title>Contents</title>
</head>
<body epub:type="frontmatter">
  <nav epub:type="toc" id="toc" role="doc-toc">
    <h1>Contents</h1>
    <ol>
      <li>
        <a href="%s">Chapter 9: Fundamental Duties</a>
        <ol>
%s
        </ol>
      </li>
    </ol>
  </nav>
  <nav epub:type="landmarks" id="landmarks" hidden="">
    <h1>Landmarks</h1>
    <ol>
      <li>
        <a epub:type="toc" href="nav.xhtml">Contents</a>
      </li>
      <li>
        <a epub:type="bodymatter" href="%s">Start</a>
      </li>
    </ol>
  </nav>
</body>
</html>
""" % (CHAPTER_FILE, body, CHAPTER_FILE))


def toc_ncx(heads):
    def point(n, text, src, indent, children=""):
        pad = " " * indent
        return ('%s<navPoint id="navPoint-%d" playOrder="%d">\n%s  <navLabel>\n%s    <text>%s</text>\n'
                '%s  </navLabel>\n%s  <content src="Text/%s"/>\n%s%s</navPoint>'
                % (pad, n, n, pad, pad, escape(text), pad, pad, src, children, pad))
    n = 1
    h2s = []  # [n, text, id, [(n, text, id)]]
    for level, hid, text in heads:
        if level == 2:
            n += 1
            h2s.append([n, text, hid, []])
        elif level == 3:
            n += 1
            h2s[-1][3].append((n, text, hid))
    inner = []
    for num, text, hid, subs in h2s:
        kids = "".join(point(sn, st, "%s#%s" % (CHAPTER_FILE, sid), 8) + "\n" for sn, st, sid in subs)
        inner.append(point(num, text, "%s#%s" % (CHAPTER_FILE, hid), 6, kids))
    top = point(1, "Chapter 9: Fundamental Duties", CHAPTER_FILE, 4, "\n".join(inner) + "\n")
    return ("""<?xml version="1.0" encoding="utf-8" ?>
<!DOCTYPE ncx PUBLIC "-//NISO//DTD ncx 2005-1//EN"
   "http://www.daisy.org/z3986/2005/ncx-2005-1.dtd">
<ncx version="2005-1" xmlns="http://www.daisy.org/z3986/2005/ncx/">
  <head>
    <meta name="dtb:uid" content="%s" />
    <meta name="dtb:depth" content="3" />
    <meta name="dtb:totalPageCount" content="0" />
    <meta name="dtb:maxPageNumber" content="0" />
  </head>
  <docTitle>
    <text>%s</text>
  </docTitle>
  <navMap>
%s
  </navMap>
</ncx>
""" % (UUID, escape(BOOK_TITLE), top))


def content_opf():
    return ("""<?xml version="1.0" encoding="utf-8"?>
<package version="3.0" unique-identifier="BookId" xmlns="http://www.idpf.org/2007/opf">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:identifier id="BookId">%s</dc:identifier>
    <dc:language>en</dc:language>
    <dc:title>%s</dc:title>
    <dc:creator id="cre">Polity Study Circle</dc:creator>
    <meta refines="#cre" property="role" scheme="marc:relators">aut</meta>
    <dc:subject>UPSC Civil Services - Indian Polity</dc:subject>
    <dc:date>2025-09-14</dc:date>
    <meta property="dcterms:modified">2025-09-14T10:22:06Z</meta>
    <meta name="Sigil version" content="2.1.0" />
  </metadata>
  <manifest>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="stylesheet.css" href="Styles/stylesheet.css" media-type="text/css"/>
    <item id="nav.xhtml" href="Text/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="%s" href="Text/%s" media-type="application/xhtml+xml"/>
  </manifest>
  <spine toc="ncx">
    <itemref idref="nav.xhtml" linear="no"/>
    <itemref idref="%s"/>
  </spine>
</package>
""" % (UUID, escape(BOOK_TITLE), CHAPTER_FILE, CHAPTER_FILE, CHAPTER_FILE))


def build():
    with open(SRC, encoding="utf-8") as f:
        body = f.read()
    heads = headings(body)
    entries = [
        ("mimetype", "application/epub+zip", zipfile.ZIP_STORED),
        ("META-INF/container.xml", CONTAINER, zipfile.ZIP_DEFLATED),
        ("OEBPS/content.opf", content_opf(), zipfile.ZIP_DEFLATED),
        ("OEBPS/toc.ncx", toc_ncx(heads), zipfile.ZIP_DEFLATED),
        ("OEBPS/Styles/stylesheet.css", CSS, zipfile.ZIP_DEFLATED),
        ("OEBPS/Text/nav.xhtml", nav_xhtml(heads), zipfile.ZIP_DEFLATED),
        ("OEBPS/Text/" + CHAPTER_FILE, chapter_xhtml(body), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, text, method in entries:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, text.encode("utf-8"), compresslevel=6 if method else None)


if __name__ == "__main__":
    build()
