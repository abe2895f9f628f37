#!/usr/bin/python3
"""Re-make docs/speaker-office-and-powers.epub from tools/speaker-office-and-powers.txt.

The EPUB is laid out the way Apple Pages (File > Export To > EPUB, reflowable) writes it:
mimetype first and stored, META-INF/container.xml, META-INF/com.apple.ibooks.display-options.xml,
OPS/book.opf (EPUB 3 with the ibooks prefix), OPS/toc.ncx, an EPUB 3 nav document OPS/toc.xhtml,
OPS/css/book.css with Pages' generated paragraph-style-N / character-style-N classes, and one
chapter OPS/chapter-1.xhtml whose text boxes come out as <aside epub:type="sidebar"> blocks.
Pages' smart quotes are applied to the text.

Run from anywhere: /usr/bin/python3 tools/make_epub.py
Standard library only; fixed zip timestamps and member order, so the output is byte for byte
the same on every run.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "speaker-office-and-powers.txt")
OUT = os.path.join(HERE, "..", "docs", "speaker-office-and-powers.epub")
STAMP = (2025, 8, 18, 22, 5, 36)
BOOK_ID = "urn:uuid:6E1F3C2A-8B4D-4F57-9A0C-2D7B5E91C4A8"
AUTHOR = "Ritika Sharma"


def smart(s):
    """Pages' smart quotes: straight quotes become curly ones."""
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(\w)'", "\\1\u2019", s)
    s = re.sub(r"(^|[\s(\[])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


def inline(s):
    out = escape(smart(s))
    out = re.sub(r"\*\*(.+?)\*\*", r'<span class="character-style-2">\1</span>', out)
    return out


def chapter(lines):
    title = subtitle = meta = ""
    body, toc = [], []
    i, hn = 0, 1
    while i < len(lines):
        s = lines[i].rstrip()
        if s.startswith("@title "):
            title = s[7:]
        elif s.startswith("@subtitle "):
            subtitle = s[10:]
        elif s.startswith("@meta "):
            meta = s[6:]
        elif s.startswith("## "):
            hn += 1
            toc.append((2, "toc-%d" % hn, s[3:]))
            body.append('<h2 class="paragraph-style-4" id="toc-%d">%s</h2>' % (hn, inline(s[3:])))
        elif s.startswith("### "):
            hn += 1
            toc.append((3, "toc-%d" % hn, s[4:]))
            body.append('<h3 class="paragraph-style-5" id="toc-%d">%s</h3>' % (hn, inline(s[4:])))
        elif s.startswith("[sidebar "):
            head = s[len("[sidebar "):-1]
            parts = ['<aside class="textbox-1" epub:type="sidebar">',
                     '<p class="paragraph-style-9"><span class="character-style-4">%s</span></p>'
                     % inline(head)]
            i += 1
            while lines[i].strip() != "[/sidebar]":
                parts.append('<p class="paragraph-style-10">%s</p>' % inline(lines[i].strip()))
                i += 1
            parts.append("</aside>")
            body.append("\n".join(parts))
        elif s.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i][2:].split("|")])
                i += 1
            i -= 1
            t = ['<table class="table-style-1">', "<colgroup>",
                 '<col class="column-style-1"/>', '<col class="column-style-2"/>', "</colgroup>"]
            for n, r in enumerate(rows):
                cs, ps = ("cell-style-1", "paragraph-style-7") if n == 0 else ("cell-style-2", "paragraph-style-8")
                t.append("<tr>" + "".join('<td class="%s"><p class="%s">%s</p></td>' % (cs, ps, inline(c))
                                          for c in r) + "</tr>")
            t.append("</table>")
            body.append("\n".join(t))
        elif s.startswith("- ") or re.match(r"\d+\. ", s):
            ordered = not s.startswith("- ")
            items = []
            while i < len(lines) and (lines[i].startswith("- ") if not ordered
                                      else re.match(r"\d+\. ", lines[i])):
                text = lines[i][2:] if not ordered else lines[i].split(". ", 1)[1]
                items.append('<li class="paragraph-style-6">%s</li>' % inline(text))
                i += 1
            i -= 1
            tag, cls = ("ol", "list-style-2") if ordered else ("ul", "list-style-1")
            body.append('<%s class="%s">\n%s\n</%s>' % (tag, cls, "\n".join(items), tag))
        elif s:
            body.append('<p class="paragraph-style-3">%s</p>' % inline(s))
        i += 1
    head = ['<h1 class="paragraph-style-1" id="toc-1"><span class="character-style-1">%s</span></h1>' % inline(title),
            '<p class="paragraph-style-2">%s</p>' % inline(subtitle),
            '<p class="paragraph-style-11"><span class="character-style-3">%s</span></p>' % inline(meta),
            '<p class="paragraph-style-3"><br/></p>']
    xhtml = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
             '<!DOCTYPE html>\n'
             '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
             'xml:lang="en-GB" lang="en-GB">\n'
             "<head>\n"
             '<meta http-equiv="default-style" content="text/html; charset=utf-8"/>\n'
             "<title>%s</title>\n"
             '<link rel="stylesheet" href="css/book.css" type="text/css"/>\n'
             "</head>\n"
             '<body id="chapter-1" class="body-1" epub:type="bodymatter">\n'
             '<div class="body">\n%s\n%s\n</div>\n</body>\n</html>\n'
             % (escape(title), "\n".join(head), "\n".join(body)))
    return title, xhtml, toc


CSS = """@charset "UTF-8";
body.body-1 { margin: 0; padding: 0; }
div.body { margin-left: 5%; margin-right: 5%; }
h1.paragraph-style-1 { font-family: 'Avenir Next', sans-serif; font-size: 2em; font-weight: bold; line-height: 1.2; margin: 0 0 0.3em 0; text-align: left; }
span.character-style-1 { color: #1f4e79; }
p.paragraph-style-2 { font-family: 'Avenir Next', sans-serif; font-size: 1.1em; color: #595959; margin: 0 0 0.4em 0; }
p.paragraph-style-11 { font-family: 'Avenir Next', sans-serif; font-size: 0.8em; margin: 0 0 0.6em 0; }
span.character-style-3 { font-style: italic; color: #7f7f7f; }
p.paragraph-style-3 { font-family: 'Charter', serif; font-size: 1em; line-height: 1.4; margin: 0 0 0.6em 0; text-align: left; }
h2.paragraph-style-4 { font-family: 'Avenir Next', sans-serif; font-size: 1.4em; font-weight: bold; color: #1f4e79; margin: 1.2em 0 0.4em 0; }
h3.paragraph-style-5 { font-family: 'Avenir Next', sans-serif; font-size: 1.15em; font-weight: bold; color: #2e75b6; margin: 0.9em 0 0.3em 0; }
li.paragraph-style-6 { font-family: 'Charter', serif; font-size: 1em; line-height: 1.4; margin: 0 0 0.3em 0; }
ul.list-style-1 { list-style-type: disc; margin: 0 0 0.6em 1.4em; padding: 0; }
ol.list-style-2 { list-style-type: decimal; margin: 0 0 0.6em 1.6em; padding: 0; }
span.character-style-2 { font-weight: bold; }
table.table-style-1 { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em 0; }
col.column-style-1 { width: 28%; }
col.column-style-2 { width: 72%; }
td.cell-style-1 { background-color: #deebf7; border: 1px solid #9dc3e6; padding: 4px; vertical-align: top; }
td.cell-style-2 { border: 1px solid #9dc3e6; padding: 4px; vertical-align: top; }
p.paragraph-style-7 { font-family: 'Avenir Next', sans-serif; font-size: 0.9em; font-weight: bold; margin: 0; }
p.paragraph-style-8 { font-family: 'Charter', serif; font-size: 0.9em; margin: 0; }
aside.textbox-1 { float: right; width: 38%; margin: 0.3em 0 0.8em 1em; padding: 0.6em; background-color: #fff2cc; border: 1px solid #bf9000; }
p.paragraph-style-9 { font-family: 'Avenir Next', sans-serif; font-size: 0.95em; margin: 0 0 0.3em 0; }
span.character-style-4 { font-weight: bold; color: #7f6000; }
p.paragraph-style-10 { font-family: 'Avenir Next', sans-serif; font-size: 0.85em; line-height: 1.35; margin: 0 0 0.3em 0; }
"""


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    title, xhtml, toc = chapter(lines)

    container = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
                 "  <rootfiles>\n"
                 '    <rootfile full-path="OPS/book.opf" media-type="application/oebps-package+xml"/>\n'
                 "  </rootfiles>\n"
                 "</container>\n")
    display = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               "<display_options>\n"
               '  <platform name="*">\n'
               '    <option name="specified-fonts">true</option>\n'
               "  </platform>\n"
               "</display_options>\n")
    opf = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" '
           'prefix="ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/" '
           'xml:lang="en-GB">\n'
           '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '    <dc:identifier id="book-id">%s</dc:identifier>\n'
           "    <dc:title>%s</dc:title>\n"
           "    <dc:creator>%s</dc:creator>\n"
           "    <dc:language>en-GB</dc:language>\n"
           "    <dc:date>2025-08-18</dc:date>\n"
           '    <meta property="dcterms:modified">2025-08-18T16:35:36Z</meta>\n'
           '    <meta property="ibooks:specified-fonts">true</meta>\n'
           '    <meta name="generator" content="Pages 14.4"/>\n'
           "  </metadata>\n"
           "  <manifest>\n"
           '    <item id="toc" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav"/>\n'
           '    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>\n'
           '    <item id="css-book" href="css/book.css" media-type="text/css"/>\n'
           '    <item id="chapter-1" href="chapter-1.xhtml" media-type="application/xhtml+xml"/>\n'
           "  </manifest>\n"
           '  <spine toc="ncx">\n'
           '    <itemref idref="chapter-1"/>\n'
           "  </spine>\n"
           "</package>\n") % (BOOK_ID, escape(title), AUTHOR)
    nav_items = []
    open_sub = False
    for lvl, anchor, text in toc:
        link = '<a href="chapter-1.xhtml#%s">%s</a>' % (anchor, escape(smart(text)))
        if lvl == 2:
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
    nav = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
           "<!DOCTYPE html>\n"
           '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
           'xml:lang="en-GB" lang="en-GB">\n'
           "<head>\n<title>%s</title>\n</head>\n<body>\n"
           '<nav epub:type="toc" id="toc">\n<h1>Table of Contents</h1>\n<ol>\n'
           '<li><a href="chapter-1.xhtml#toc-1">%s</a><ol>\n%s\n</ol></li>\n</ol>\n</nav>\n'
           '<nav epub:type="landmarks" hidden="hidden">\n<ol>\n'
           '<li><a epub:type="bodymatter" href="chapter-1.xhtml">Start</a></li>\n</ol>\n</nav>\n'
           "</body>\n</html>\n") % (escape(title), escape(title),
                                     "\n".join(x + "</li>" for x in nav_items))
    points = ['    <navPoint id="navPoint-1" playOrder="1">\n'
              "      <navLabel><text>%s</text></navLabel>\n"
              '      <content src="chapter-1.xhtml#toc-1"/>\n'
              "    </navPoint>" % escape(title)]
    for n, (lvl, anchor, text) in enumerate(toc, 2):
        points.append('    <navPoint id="navPoint-%d" playOrder="%d">\n'
                      "      <navLabel><text>%s</text></navLabel>\n"
                      '      <content src="chapter-1.xhtml#%s"/>\n'
                      "    </navPoint>" % (n, n, escape(smart(text)), anchor))
    ncx = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="en-GB">\n'
           "  <head>\n"
           '    <meta name="dtb:uid" content="%s"/>\n'
           '    <meta name="dtb:depth" content="2"/>\n'
           '    <meta name="dtb:totalPageCount" content="0"/>\n'
           '    <meta name="dtb:maxPageNumber" content="0"/>\n'
           "  </head>\n"
           "  <docTitle><text>%s</text></docTitle>\n"
           "  <navMap>\n%s\n  </navMap>\n"
           "</ncx>\n") % (BOOK_ID, escape(title), "\n".join(points))

    members = [
        ("mimetype", "application/epub+zip", zipfile.ZIP_STORED),
        ("META-INF/container.xml", container, zipfile.ZIP_DEFLATED),
        ("META-INF/com.apple.ibooks.display-options.xml", display, zipfile.ZIP_DEFLATED),
        ("OPS/book.opf", opf, zipfile.ZIP_DEFLATED),
        ("OPS/toc.ncx", ncx, zipfile.ZIP_DEFLATED),
        ("OPS/toc.xhtml", nav, zipfile.ZIP_DEFLATED),
        ("OPS/css/book.css", CSS, zipfile.ZIP_DEFLATED),
        ("OPS/chapter-1.xhtml", xhtml, zipfile.ZIP_DEFLATED),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data, method in members:
            zi = zipfile.ZipInfo(name, date_time=STAMP)
            zi.compress_type = method
            zi.create_system = 3
            zi.external_attr = 0o100644 << 16
            z.writestr(zi, data.encode("utf-8"))


if __name__ == "__main__":
    main()
