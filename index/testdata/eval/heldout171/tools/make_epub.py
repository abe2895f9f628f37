#!/usr/bin/python3
"""Re-make docs/electing-the-president.epub from tools/electing-the-president.txt.

Run from anywhere: /usr/bin/python3 tools/make_epub.py
Standard library only. The output is byte-for-byte reproducible: fixed zip timestamps, fixed
member order, `mimetype` first and stored (uncompressed), everything else deflated.

Source mark-up: `# ` chapter title (h1), `## ` section (h2), `### ` subsection (h3), `- ` bullet,
`1. ` numbered item, `@aside Title` ... `@endaside` (a boxed aside), `@table Caption` ...
`@endtable` (first row is the header, cells split on `|`), `[^n]` a note reference and
`[^n]: text` the note itself (written out as endnotes with back-links). Straight quotes become
typographic quotes and a spaced hyphen becomes an en dash, as the e-book tool did.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "electing-the-president.txt")
OUT = os.path.join(HERE, "..", "docs", "electing-the-president.epub")

BOOK_ID = "urn:uuid:6f1c2a94-3b7e-4d58-9a21-c0e5b7d41f83"
BOOK_TITLE = "Polity Capsules for Civil Services: The President \u2013 Election and Removal"
MODIFIED = "2025-06-28T09:30:00Z"
DATE_TIME = (2025, 6, 28, 9, 30, 0)
CHAPTER = "chapter06.xhtml"

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""

CSS = """body { font-family: serif; line-height: 1.45; margin: 0 4%; }
h1 { font-family: sans-serif; font-size: 1.6em; color: #7a1f1f; margin: 1.5em 0 0.8em; }
h2 { font-family: sans-serif; font-size: 1.25em; color: #7a1f1f; margin: 1.4em 0 0.5em;
     border-bottom: 1px solid #c9a9a9; }
h3 { font-family: sans-serif; font-size: 1.05em; margin: 1em 0 0.4em; }
p { margin: 0 0 0.6em; text-align: justify; }
aside.box { border: 2px solid #7a1f1f; background: #fbf3e8; padding: 0.4em 0.8em;
            margin: 1em 0; }
aside.box p.box-title { font-family: sans-serif; font-weight: bold; color: #7a1f1f;
                        text-transform: uppercase; margin-bottom: 0.3em; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-size: 0.9em; }
caption { font-weight: bold; text-align: left; padding-bottom: 0.3em; }
th, td { border: 1px solid #888; padding: 0.2em 0.4em; vertical-align: top; }
th { background: #eadbd0; }
td.num { text-align: right; }
sup a { text-decoration: none; }
section.endnotes { font-size: 0.9em; margin-top: 2em; border-top: 1px solid #888; }
"""


def smart(text):
    """Typographic quotes and dashes, as the e-book tool writes them."""
    text = text.replace(" - ", " \u2013 ")
    out, open_q = [], True
    for i, ch in enumerate(text):
        if ch == '"':
            out.append("\u201c" if open_q else "\u201d")
            open_q = not open_q
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


def inline(text):
    text = escape(smart(text))
    return re.sub(r"\[\^(\d+)\]",
                  lambda m: ('<sup><a epub:type="noteref" role="doc-noteref" href="#fn%s" '
                             'id="fnref%s">%s</a></sup>' % (m.group(1), m.group(1), m.group(1))),
                  text)


def numeric(cell):
    return bool(re.fullmatch(r"[\d,]+", cell))


def chapter_body(lines):
    out, para, notes, toc = [], [], [], []
    lst = None          # "ul" or "ol" while a list is open
    aside = False
    table = None        # (caption, rows) while a table is being read
    n_h2 = 0

    def flush_para():
        if para:
            out.append("<p>%s</p>" % inline(" ".join(para)))
            para.clear()

    def close_list():
        nonlocal lst
        if lst:
            out.append("</%s>" % lst)
            lst = None

    for line in lines:
        s = line.strip()
        if table is not None:
            if s == "@endtable":
                cap, rows = table
                out.append('<table>')
                out.append("<caption>%s</caption>" % inline(cap))
                out.append("<thead>")
                out.append("<tr>%s</tr>" % "".join("<th>%s</th>" % inline(c.strip())
                                                   for c in rows[0].split("|")))
                out.append("</thead>")
                out.append("<tbody>")
                for r in rows[1:]:
                    cells = [c.strip() for c in r.split("|")]
                    out.append("<tr>%s</tr>" % "".join(
                        ('<td class="num">%s</td>' if numeric(c) else "<td>%s</td>") % inline(c)
                        for c in cells))
                out.append("</tbody>")
                out.append("</table>")
                table = None
            elif s:
                table[1].append(s)
            continue
        m = re.match(r"\[\^(\d+)\]: (.*)", s)
        if m:
            flush_para()
            close_list()
            notes.append((m.group(1), m.group(2)))
            continue
        if s.startswith("@aside "):
            flush_para()
            close_list()
            out.append('<aside class="box">')
            out.append('<p class="box-title">%s</p>' % inline(s[7:]))
            aside = True
        elif s == "@endaside":
            flush_para()
            out.append("</aside>")
            aside = False
        elif s.startswith("@table "):
            flush_para()
            close_list()
            table = (s[7:], [])
        elif s.startswith("### "):
            flush_para()
            close_list()
            out.append("<h3>%s</h3>" % inline(s[4:]))
        elif s.startswith("## "):
            flush_para()
            close_list()
            n_h2 += 1
            sid = "sec6-%d" % n_h2
            toc.append((sid, s[3:]))
            out.append('<h2 id="%s">%s</h2>' % (sid, inline(s[3:])))
        elif s.startswith("# "):
            flush_para()
            close_list()
            out.append('<h1 id="ch06-title">%s</h1>' % inline(s[2:]))
        elif s.startswith("- "):
            flush_para()
            if lst != "ul":
                close_list()
                out.append("<ul>")
                lst = "ul"
            out.append("<li>%s</li>" % inline(s[2:]))
        elif re.match(r"\d+\. ", s):
            flush_para()
            if lst != "ol":
                close_list()
                out.append("<ol>")
                lst = "ol"
            out.append("<li>%s</li>" % inline(s.split(" ", 1)[1]))
        elif not s:
            flush_para()
            close_list()
        else:
            para.append(s)
    flush_para()
    close_list()
    return out, notes, toc


def chapter_xhtml(lines):
    body, notes, toc = chapter_body(lines)
    title = smart(lines[0][2:].strip())
    parts = ['<?xml version="1.0" encoding="utf-8"?>',
             "<!DOCTYPE html>",
             '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
             ' xml:lang="en" lang="en">',
             "<head>",
             "  <title>%s</title>" % escape(title),
             '  <link href="../Styles/stylesheet.css" rel="stylesheet" type="text/css"/>',
             "</head>",
             '<body epub:type="bodymatter">',
             '<section epub:type="chapter" role="doc-chapter" id="ch06">']
    parts += body
    parts.append("</section>")
    parts.append('<section class="endnotes" epub:type="endnotes" role="doc-endnotes">')
    parts.append('<h2 id="notes">Notes</h2>')
    parts.append("<ol>")
    for n, text in notes:
        parts.append('<li id="fn%s" epub:type="endnote" role="doc-endnote"><p>%s '
                     '<a href="#fnref%s" role="doc-backlink">\u21a9</a></p></li>'
                     % (n, inline(text), n))
    parts.append("</ol>")
    parts.append("</section>")
    parts.append("</body>")
    parts.append("</html>")
    return "\n".join(parts) + "\n", title, toc


def nav_xhtml(title, toc):
    items = "\n".join('      <li><a href="%s#%s">%s</a></li>' % (CHAPTER, sid, inline(t))
                      for sid, t in toc)
    return """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
<head>
  <title>Contents</title>
</head>
<body>
  <nav epub:type="toc" id="toc" role="doc-toc">
    <h1>Contents</h1>
    <ol>
      <li><a href="%s">%s</a>
        <ol>
%s
        </ol>
      </li>
    </ol>
  </nav>
  <nav epub:type="landmarks" id="landmarks" hidden="">
    <ol>
      <li><a epub:type="bodymatter" href="%s">Start of content</a></li>
    </ol>
  </nav>
</body>
</html>
""" % (CHAPTER, escape(title), "\n".join("  " + l for l in items.split("\n")), CHAPTER)


def toc_ncx(title, toc):
    points = ['    <navPoint id="navPoint-1" playOrder="1">',
              "      <navLabel><text>%s</text></navLabel>" % escape(title),
              '      <content src="Text/%s"/>' % CHAPTER]
    for i, (sid, t) in enumerate(toc, 2):
        points += ['      <navPoint id="navPoint-%d" playOrder="%d">' % (i, i),
                   "        <navLabel><text>%s</text></navLabel>" % escape(smart(t)),
                   '        <content src="Text/%s#%s"/>' % (CHAPTER, sid),
                   "      </navPoint>"]
    points.append("    </navPoint>")
    return """<?xml version="1.0" encoding="utf-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
  <head>
    <meta name="dtb:uid" content="%s"/>
    <meta name="dtb:depth" content="2"/>
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
""" % (BOOK_ID, escape(BOOK_TITLE), "\n".join(points))


def content_opf():
    return """<?xml version="1.0" encoding="utf-8"?>
<package version="3.0" unique-identifier="BookId" xmlns="http://www.idpf.org/2007/opf">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:identifier id="BookId">%s</dc:identifier>
    <dc:title>%s</dc:title>
    <dc:creator id="cre">Polity Capsules Editorial Team</dc:creator>
    <meta refines="#cre" property="role" scheme="marc:relators">aut</meta>
    <dc:language>en-IN</dc:language>
    <dc:subject>Indian Polity</dc:subject>
    <dc:subject>UPSC Civil Services</dc:subject>
    <dc:date>2025-06-28</dc:date>
    <meta property="dcterms:modified">%s</meta>
    <meta name="Sigil version" content="2.1.0"/>
  </metadata>
  <manifest>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="nav" href="Text/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="chapter06" href="Text/%s" media-type="application/xhtml+xml"/>
    <item id="css" href="Styles/stylesheet.css" media-type="text/css"/>
  </manifest>
  <spine toc="ncx">
    <itemref idref="nav" linear="no"/>
    <itemref idref="chapter06"/>
  </spine>
</package>
""" % (BOOK_ID, escape(BOOK_TITLE), MODIFIED, CHAPTER)


def members():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    chapter, title, toc = chapter_xhtml(lines)
    return [
        ("mimetype", "application/epub+zip"),
        ("META-INF/container.xml", CONTAINER),
        ("OEBPS/content.opf", content_opf()),
        ("OEBPS/toc.ncx", toc_ncx(title, toc)),
        ("OEBPS/Text/nav.xhtml", nav_xhtml(title, toc)),
        ("OEBPS/Text/%s" % CHAPTER, chapter),
        ("OEBPS/Styles/stylesheet.css", CSS),
    ]


def build(path=OUT):
    with zipfile.ZipFile(path, "w") as z:
        for name, text in members():
            info = zipfile.ZipInfo(name, date_time=DATE_TIME)
            info.external_attr = 0o644 << 16
            info.create_system = 3
            if name == "mimetype":
                info.compress_type = zipfile.ZIP_STORED
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    build()
