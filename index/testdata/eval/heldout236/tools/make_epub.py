#!/usr/bin/python3
"""Make docs/post-mauryan-sculpture-study-guide.epub from tools/post-mauryan-sculpture-study-guide.txt.

The book is laid out the way LibreOffice Writer's File > Export As > Export as EPUB writes
one (libepubgen; EPUB 3, reflowable, split at headings): a stored `mimetype` first,
META-INF/container.xml, then OEBPS/content.opf (a bare dc:identifier, title, creator,
language and dcterms:modified; the nav document and the NCX in the manifest, only the
sections in the spine), OEBPS/toc.ncx, OEBPS/toc.xhtml (a hidden toc nav of the headings,
linked by their "toc-N" ids), OEBPS/styles/stylesheet.css (one generated class per
distinct paragraph, character, table and cell style: ".para3", ".span7", ".table0",
".cell1" ... with Writer's inch measures, Liberation fonts and the like) and
OEBPS/sections/section0001.xhtml ... (a new file at each Heading 1; the first holds the
Title, Subtitle and byline paragraphs and the opening text). Every XHTML and XML part is
written the libepubgen way: one line after the XML declaration and doctype, no
indentation, <meta http-equiv="content-type">, headings as <h1>/<h2> with a class and a
"toc-N" id, every run of text wrapped in a <span class="spanN"> (bold and italic are span
classes, not <b>/<i>), list items holding a <p>, tables with a <colgroup> of <col> widths and a
<p> in every cell, Writer's footnotes as a <sup><a epub:type="noteref"> call and an
<aside epub:type="footnote"> at the end of the section, and Writer's AutoCorrect
typography (curly quotes and apostrophes, en dashes).

Source markup (a small Markdown subset): a "key: value" header between "---" lines, "# " and
"## " headings, "- " and "1. " lists, pipe tables, "::: {.remember}" (a bordered paragraph)
and "::: {.trap}" (a bold lead paragraph and a numbered list) blocks, **bold**, *italic*,
[^n] footnote calls with "[^n]: text" definitions, "--" for an en dash.

Run: /usr/bin/python3 tools/make_epub.py [OUT]   (byte-for-byte stable output)
"""
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "post-mauryan-sculpture-study-guide.txt")
OUT = os.path.join(HERE, "..", "docs", "post-mauryan-sculpture-study-guide.epub")
STAMP = (2025, 6, 14, 9, 12, 44)

XHTML_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
              '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
              '<head><title>%s</title><meta http-equiv="content-type" content="text/html; charset=UTF-8"/>'
              '%s</head><body>')

# Writer styles as libepubgen turns them into CSS declarations.
PARA = {
    "title": "margin-bottom:0.0835in; margin-top:0.1665in; text-align:center;",
    "subtitle": "margin-bottom:0.0835in; margin-top:0.0417in; text-align:center;",
    "byline": "margin-bottom:0.2in; margin-top:0in; text-align:center;",
    "body": "margin-bottom:0.0972in; margin-top:0in; line-height:115%; text-align:justify;",
    "h1": "margin-bottom:0.0835in; margin-top:0.1665in;",
    "h2": "margin-bottom:0.0835in; margin-top:0.139in;",
    "list": "margin-bottom:0.0417in; margin-top:0in; line-height:115%;",
    "box": "border:0.0104in solid #b47804; padding:0.0555in; margin-bottom:0.0972in; "
           "margin-top:0.0972in; background-color:#fff5ce;",
    "th": "margin-bottom:0in; margin-top:0in; text-align:center;",
    "td": "margin-bottom:0in; margin-top:0in;",
    "note": "margin-left:0.2361in; text-indent:-0.2361in; margin-bottom:0in; margin-top:0in;",
}
SPAN = {
    "title": 'font-family:"Liberation Sans"; font-size:28pt; font-weight:bold;',
    "subtitle": 'font-family:"Liberation Sans"; font-size:18pt;',
    "byline": 'font-family:"Liberation Serif"; font-size:10pt; font-style:italic; color:#666666;',
    "h1": 'font-family:"Liberation Sans"; font-size:18pt; font-weight:bold;',
    "h2": 'font-family:"Liberation Sans"; font-size:14pt; font-weight:bold;',
    "plain": 'font-family:"Liberation Serif"; font-size:12pt;',
    "bold": 'font-family:"Liberation Serif"; font-size:12pt; font-weight:bold;',
    "italic": 'font-family:"Liberation Serif"; font-size:12pt; font-style:italic;',
    "cell": 'font-family:"Liberation Serif"; font-size:10pt;',
    "cellbold": 'font-family:"Liberation Serif"; font-size:10pt; font-weight:bold;',
    "note": 'font-family:"Liberation Serif"; font-size:10pt;',
    "sup": 'font-family:"Liberation Serif"; font-size:12pt; vertical-align:super; font-size:58%;',
}
TABLE = "border-collapse:collapse; width:6.9264in;"
CELL = "border:0.0069in solid #000000; padding:0.0382in;"
CELLHEAD = "border:0.0069in solid #000000; padding:0.0382in; background-color:#dddddd;"
COLS = ["1.2in", "1.9088in", "1.9088in", "1.9088in"]


class Styles:
    """Hand out class names in order of first use, as libepubgen does."""

    def __init__(self):
        self.para, self.span, self.cell = {}, {}, {}

    def p(self, key):
        return self.para.setdefault(PARA[key], "para%d" % len(self.para))

    def s(self, key):
        return self.span.setdefault(SPAN[key], "span%d" % len(self.span))

    def c(self, decl):
        return self.cell.setdefault(decl, "cell%d" % len(self.cell))

    def css(self):
        out = []
        for decl, name in self.para.items():
            out.append(".%s { %s }" % (name, decl))
        for decl, name in self.span.items():
            out.append(".%s { %s }" % (name, decl))
        out.append(".table0 { %s }" % TABLE)
        for decl, name in self.cell.items():
            out.append(".%s { %s }" % (name, decl))
        return "\n".join(out) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def autocorrect(s):
    """Writer's AutoCorrect while typing: curly quotes and apostrophes, -- to an en dash."""
    s = s.replace("--", "\u2013")
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


class Book:
    def __init__(self, defs):
        self.st = Styles()
        self.defs = defs
        self.note_no = 0
        self.pending = []
        self.toc_no = 0

    def runs(self, text, plain="plain", bold="bold", italic="italic"):
        """Split marked-up text into spans; [^n] calls become Writer footnote anchors."""
        out = []
        for tok in re.split(r"(\*\*.+?\*\*|\*.+?\*|\[\^\w+\])", text):
            if not tok:
                continue
            if tok.startswith("[^"):
                self.note_no += 1
                n = self.note_no
                self.pending.append((n, self.defs[tok[2:-1]]))
                out.append('<sup><a epub:type="noteref" href="#F%d" id="called%d">%d</a></sup>'
                           % (n, n, n))
            elif tok.startswith("**"):
                out.append('<span class="%s">%s</span>' % (self.st.s(bold), esc(autocorrect(tok[2:-2]))))
            elif tok.startswith("*"):
                out.append('<span class="%s">%s</span>' % (self.st.s(italic), esc(autocorrect(tok[1:-1]))))
            else:
                out.append('<span class="%s">%s</span>' % (self.st.s(plain), esc(autocorrect(tok))))
        return "".join(out)

    def para(self, key, text, **kw):
        return '<p class="%s">%s</p>' % (self.st.p(key), self.runs(text, **kw))

    def heading(self, level, text, toc):
        self.toc_no += 1
        key = "h%d" % level
        toc.append((level, autocorrect(text), self.toc_no))
        return ('<h%d class="%s" id="toc-%d">%s</h%d>'
                % (level, self.st.p(key), self.toc_no, self.runs(text, plain=key), level))

    def footnotes(self):
        out = []
        for n, text in self.pending:
            out.append('<aside epub:type="footnote" id="F%d"><p class="%s"><sup><a href="#called%d">%d</a>'
                       '</sup><span class="%s">%s</span></p></aside>'
                       % (n, self.st.p("note"), n, n, self.st.s("note"), esc(autocorrect(text))))
        self.pending = []
        return "".join(out)


def parse_source():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    _, head, body = text.split("---\n", 2)
    meta = dict(l.split(": ", 1) for l in head.strip().split("\n"))
    defs, lines = {}, []
    for line in body.strip("\n").split("\n"):
        m = re.match(r"\[\^(\w+)\]: (.*)", line)
        if m:
            defs[m.group(1)] = m.group(2)
        else:
            lines.append(line)
    return meta, lines, defs


def render(book, lines, toc, sections):
    """Write blocks into the current section; a level-1 heading opens a new section."""
    i = 0
    while i < len(lines):
        line = lines[i]
        cur = sections[-1]
        if not line.strip():
            i += 1
        elif line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            if level == 1 and cur:
                if book.pending:
                    cur.append(book.footnotes())
                sections.append([])
                cur = sections[-1]
            cur.append(book.heading(level, line[level + 1:], toc))
            i += 1
        elif line.startswith(":::"):
            cls = re.match(r"::: \{\.(\S+)\}", line).group(1)
            j = i + 1
            while lines[j] != ":::":
                j += 1
            inner = [l for l in lines[i + 1:j] if l.strip()]
            if cls == "remember":
                cur.append(book.para("box", " ".join(inner)))
            else:
                cur.append(book.para("body", inner[0]))
                cur.append("<ol>" + "".join("<li>%s</li>" % book.para("list", l.split(". ", 1)[1])
                                            for l in inner[1:]) + "</ol>")
            i = j + 1
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            rows = [rows[0]] + rows[2:]
            t = ['<table class="table0"><colgroup>']
            t += ['<col style="width: %s"/>' % w for w in COLS[:len(rows[0])]]
            t.append("</colgroup><tbody>")
            for r, row in enumerate(rows):
                t.append("<tr>")
                for c in row:
                    if r == 0:
                        t.append('<td class="%s">%s</td>' % (book.st.c(CELLHEAD),
                                                             book.para("th", c, plain="cellbold")))
                    else:
                        t.append('<td class="%s">%s</td>' % (book.st.c(CELL),
                                                             book.para("td", c, plain="cell", bold="cellbold")))
                t.append("</tr>")
            t.append("</tbody></table>")
            cur.append("".join(t))
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            kind = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(lines) and lines[i].strip():
                l = lines[i]
                items.append(l[2:] if kind == "ul" else l.split(". ", 1)[1])
                i += 1
            cur.append("<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % book.para("list", it)
                                                     for it in items), kind))
        else:
            cur.append(book.para("body", line))
            i += 1
    if book.pending:
        sections[-1].append(book.footnotes())


def nav(meta, toc, where):
    out = []
    for n, (level, text, no) in enumerate(toc):
        nxt = toc[n + 1][0] if n + 1 < len(toc) else 1
        out.append('<li><a href="sections/%s#toc-%d">%s</a>' % (where[no], no, esc(text)))
        if level == 1 and nxt == 2:
            out.append("<ol>")
        else:
            out.append("</li>")
            if level == 2 and nxt == 1:
                out.append("</ol></li>")
    return (XHTML_HEAD % (esc(meta["title"]), "") +
            '<nav epub:type="toc" hidden=""><h1>Table of Contents</h1><ol>%s</ol></nav></body></html>'
            % "".join(out))


def ncx(meta, toc, where):
    out, play = [], 0
    for n, (level, text, no) in enumerate(toc):
        play += 1
        nxt = toc[n + 1][0] if n + 1 < len(toc) else 1
        out.append('<navPoint id="navPoint-%d" playOrder="%d"><navLabel><text>%s</text></navLabel>'
                   '<content src="sections/%s#toc-%d"/>' % (play, play, esc(text), where[no], no))
        if not (level == 1 and nxt == 2):
            out.append("</navPoint>")
        if level == 2 and nxt == 1:
            out.append("</navPoint>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><head>'
            '<meta name="dtb:uid" content="%s"/><meta name="dtb:depth" content="2"/>'
            '<meta name="dtb:totalPageCount" content="0"/><meta name="dtb:maxPageNumber" content="0"/>'
            '</head><docTitle><text>%s</text></docTitle><navMap>%s</navMap></ncx>'
            % (meta["identifier"], esc(meta["title"]), "".join(out)))


def opf(meta, names):
    items = "".join('<item id="section%04d" href="sections/%s" media-type="application/xhtml+xml"/>'
                    % (i, n) for i, n in enumerate(names, 1))
    spine = "".join('<itemref idref="section%04d"/>' % i for i in range(1, len(names) + 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="unique-identifier">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">'
            '<dc:identifier id="unique-identifier">%s</dc:identifier><dc:title>%s</dc:title>'
            "<dc:creator>%s</dc:creator><dc:language>%s</dc:language>"
            '<meta property="dcterms:modified">%s</meta></metadata><manifest>%s'
            '<item id="stylesheet" href="styles/stylesheet.css" media-type="text/css"/>'
            '<item id="toc.ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
            '<item id="toc.xhtml" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
            '</manifest><spine toc="toc.ncx">%s</spine></package>'
            % (meta["identifier"], esc(meta["title"]), esc(meta["author"]), meta["lang"],
               meta["modified"], items, spine))


CONTAINER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">'
             '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
             "</rootfiles></container>")


def build(out_path):
    meta, lines, defs = parse_source()
    book = Book(defs)
    toc = []
    sections = [[book.para("title", meta["title"], plain="title"),
                 book.para("subtitle", meta["subtitle"], plain="subtitle"),
                 book.para("byline", meta["byline"], plain="byline")]]
    render(book, lines, toc, sections)
    names = ["section%04d.xhtml" % i for i in range(1, len(sections) + 1)]
    where = {}
    for name, sec in zip(names, sections):
        for m in re.finditer(r'id="toc-(\d+)"', "".join(sec)):
            where[int(m.group(1))] = name
    link = '<link href="../styles/stylesheet.css" rel="stylesheet" type="text/css"/>'
    files = [("OEBPS/sections/" + n, XHTML_HEAD % (esc(meta["title"]), link) + "".join(sec) + "</body></html>")
             for n, sec in zip(names, sections)]
    members = [("mimetype", "application/epub+zip", zipfile.ZIP_STORED),
               ("META-INF/container.xml", CONTAINER, zipfile.ZIP_DEFLATED),
               ("OEBPS/content.opf", opf(meta, names), zipfile.ZIP_DEFLATED),
               ("OEBPS/toc.ncx", ncx(meta, toc, where), zipfile.ZIP_DEFLATED),
               ("OEBPS/toc.xhtml", nav(meta, toc, where), zipfile.ZIP_DEFLATED),
               ("OEBPS/styles/stylesheet.css", book.st.css(), zipfile.ZIP_DEFLATED)]
    members += [(n, body, zipfile.ZIP_DEFLATED) for n, body in files]
    with zipfile.ZipFile(out_path, "w") as z:
        for name, data, how in members:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = how
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"), compresslevel=6 if how else None)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
