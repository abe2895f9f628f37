#!/usr/bin/python3
"""Re-make docs/ramsar-convention-montreux-notes.odt from tools/ramsar-convention-montreux-notes.txt.

The document is laid out as Google Docs writes it with File > Download > OpenDocument Format
(.odt): a zip with the stored "mimetype" first, then content.xml, styles.xml, meta.xml and
META-INF/manifest.xml (no settings.xml, no thumbnail); ODF 1.2; every run of text in its own
span with a generated text style (T1, T2, ...), generated paragraph styles (P1, P2, ...) that
carry Google's spacing and fonts, Google's heading bookmarks (h.gjdgxs, h.30j0zll, ...) inside
each heading, a "blue links" table of contents (text:table-of-content whose entries link to
those bookmarks, no page numbers), bullet and numbered lists whose glyphs and numbers come
from list styles (L1, L2, ...), a bordered table, footnotes as text:note and a reviewer's
comment as office:annotation. Google Docs' smart quotes turn ' and " into curly ones.

Source markup (one element a line): "= " title, "~ " subtitle, "P " paragraph, "# " / "## "
headings, "- " bullet, "N. " numbered item, "| a | b |" table rows (first row = header),
"{{author|date|text}}" comment on the table cell above (row 2, column 2), "@toc" contents.
Inline: **bold**, *italic*, [label](url), ^[footnote text].

Run: /usr/bin/python3 tools/make_odt.py [OUT]
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ramsar-convention-montreux-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "ramsar-convention-montreux-notes.odt")
STAMP = (2025, 10, 18, 17, 5, 22)
BOOKMARKS = ["h.gjdgxs", "h.30j0zll", "h.1fob9te", "h.3znysh7", "h.2et92p0", "h.tyjcwt",
             "h.3dy6vkm", "h.1t3h5sf", "h.4d34og8", "h.2s8eyo1", "h.17dp8vu", "h.3rdcrjn",
             "h.26in1rg", "h.lnxbz9", "h.35nkun2", "h.1ksv4uv"]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
      'xmlns:dr3d="urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0" '
      'xmlns:math="http://www.w3.org/1998/Math/MathML" '
      'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
      'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
      'xmlns:ooo="http://openoffice.org/2004/office" '
      'xmlns:ooow="http://openoffice.org/2004/writer" '
      'xmlns:oooc="http://openoffice.org/2004/calc" '
      'xmlns:dom="http://www.w3.org/2001/xml-events" '
      'xmlns:xforms="http://www.w3.org/2002/xforms" '
      'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" '
      'xmlns:formx="urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0"')


def smart(s):
    """Google Docs' automatic smart quotes."""
    s = re.sub(r'(^|[\s(\[–])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[–])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


class Doc:
    def __init__(self):
        self.tstyles = {}      # props -> name
        self.pstyles = {}      # (parent, props) -> name
        self.body = []
        self.notes = 0
        self.bm = iter(BOOKMARKS)
        self.headings = []     # (level, text, bookmark)
        self.lists = 0
        self.list_kinds = {}

    def t(self, props):
        if props not in self.tstyles:
            self.tstyles[props] = "T%d" % (len(self.tstyles) + 1)
        return self.tstyles[props]

    def p(self, parent, props):
        key = (parent, props)
        if key not in self.pstyles:
            self.pstyles[key] = "P%d" % (len(self.pstyles) + 1)
        return self.pstyles[key]

    def runs(self, text, base=""):
        """Inline markup -> XML of spans, links and footnotes."""
        out = []
        pos = 0
        pat = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\((https?://[^)]+)\)|\^\[([^\]]+)\]")
        for m in pat.finditer(text):
            if m.start() > pos:
                out.append(self.span(text[pos:m.start()], base))
            if m.group(1) is not None:
                out.append(self.span(m.group(1), base + "b"))
            elif m.group(2) is not None:
                out.append(self.span(m.group(2), base + "i"))
            elif m.group(3) is not None:
                out.append('<text:a xlink:type="simple" xlink:href="%s" office:target-frame-name="_top" '
                           'xlink:show="replace">%s</text:a>'
                           % (escape(m.group(4)), self.span(m.group(3), base + "u")))
            else:
                self.notes += 1
                n = self.notes
                body = '<text:p text:style-name="%s">%s</text:p>' % (
                    self.p("Standard", "note"), self.span(m.group(5), "s"))
                out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                           '<text:note-citation>%d</text:note-citation>'
                           '<text:note-body>%s</text:note-body></text:note>' % (n, n, body))
            pos = m.end()
        if pos < len(text):
            out.append(self.span(text[pos:], base))
        return "".join(out)

    def span(self, s, props):
        return '<text:span text:style-name="%s">%s</text:span>' % (self.t(props or "n"), escape(smart(s)))


def text_props(props):
    """Generated text style properties for a props code."""
    a = ['style:font-name="Arial"', 'fo:font-size="11pt"', 'style:font-size-asian="11pt"',
         'style:font-size-complex="11pt"', 'fo:color="#000000"']
    if "b" in props:
        a.append('fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"')
    if "i" in props:
        a.append('fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"')
    if "u" in props:
        a[4] = 'fo:color="#1155cc"'
        a.append('style:text-underline-type="single" style:text-underline-style="solid" '
                 'style:text-underline-width="auto" style:text-underline-mode="continuous" '
                 'style:text-underline-color="font-color"')
    if "s" in props:
        a[1:4] = ['fo:font-size="10pt"', 'style:font-size-asian="10pt"', 'style:font-size-complex="10pt"']
    if props == "title":
        a = ['style:font-name="Arial"', 'fo:font-size="26pt"', 'style:font-size-asian="26pt"',
             'style:font-size-complex="26pt"', 'fo:color="#000000"']
    if props == "subtitle":
        a = ['style:font-name="Arial"', 'fo:font-size="15pt"', 'style:font-size-asian="15pt"',
             'style:font-size-complex="15pt"', 'fo:color="#666666"']
    if props.startswith("h"):
        size = {"h1": "20pt", "h2": "16pt"}[props]
        a = ['style:font-name="Arial"', 'fo:font-size="%s"' % size, 'style:font-size-asian="%s"' % size,
             'style:font-size-complex="%s"' % size, 'fo:color="#000000"']
    return " ".join(a)


PARA_PROPS = {
    "body": 'fo:line-height="115%" fo:margin-top="0in" fo:margin-bottom="0in"',
    "title": 'fo:line-height="115%" fo:margin-top="0in" fo:margin-bottom="0.0417in" fo:break-before="auto"',
    "subtitle": 'fo:line-height="115%" fo:margin-top="0in" fo:margin-bottom="0.2222in"',
    "h1": 'fo:line-height="115%" fo:margin-top="0.2778in" fo:margin-bottom="0.0833in" fo:keep-with-next="always"',
    "h2": 'fo:line-height="115%" fo:margin-top="0.25in" fo:margin-bottom="0.0833in" fo:keep-with-next="always"',
    "li": 'fo:line-height="115%" fo:margin-left="0.5in" fo:margin-top="0in" fo:margin-bottom="0in" fo:text-indent="-0.25in"',
    "cell": 'fo:line-height="100%" fo:margin-top="0in" fo:margin-bottom="0in"',
    "toc": 'fo:line-height="115%" fo:margin-top="0in" fo:margin-bottom="0in"',
    "toc2": 'fo:line-height="115%" fo:margin-left="0.25in" fo:margin-top="0in" fo:margin-bottom="0in"',
    "note": 'fo:line-height="100%" fo:margin-top="0in" fo:margin-bottom="0in"',
}


def build(doc, lines):
    i = 0
    body = doc.body
    toc_at = None
    last_table_cell = None
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("= "):
            body.append('<text:p text:style-name="%s">%s</text:p>'
                        % (doc.p("Title", "title"), doc.span(ln[2:], "title")))
        elif ln.startswith("~ "):
            body.append('<text:p text:style-name="%s">%s</text:p>'
                        % (doc.p("Subtitle", "subtitle"), doc.span(ln[2:], "subtitle")))
        elif ln.startswith("P "):
            body.append('<text:p text:style-name="%s">%s</text:p>'
                        % (doc.p("Standard", "body"), doc.runs(ln[2:])))
            body.append('<text:p text:style-name="%s"/>' % doc.p("Standard", "body"))
        elif ln == "@toc":
            toc_at = len(body)
            body.append(None)
        elif ln.startswith("#"):
            level = 2 if ln.startswith("## ") else 1
            text = ln[level + 1:]
            bm = next(doc.bm)
            doc.headings.append((level, text, bm))
            style = doc.p("Heading_20_%d" % level, "h%d" % level)
            body.append('<text:h text:style-name="%s" text:outline-level="%d">'
                        '<text:bookmark text:name="%s"/>%s</text:h>'
                        % (style, level, bm, doc.span(text, "h%d" % level)))
        elif ln.startswith("- ") or re.match(r"\d+\. ", ln):
            numbered = not ln.startswith("- ")
            doc.lists += 1
            lname = "L%d" % doc.lists
            items = []
            while i < len(lines) and (lines[i].startswith("- ") if not numbered
                                      else re.match(r"\d+\. ", lines[i])):
                txt = lines[i][2:] if not numbered else re.sub(r"^\d+\. ", "", lines[i])
                items.append('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                             % (doc.p("Standard", "li:" + lname), doc.runs(txt)))
                i += 1
            body.append('<text:list xml:id="list%d" text:style-name="%s">%s</text:list>'
                        % (2071583000 + doc.lists * 7919, lname, "".join(items)))
            doc.list_kinds[lname] = numbered
            body.append('<text:p text:style-name="%s"/>' % doc.p("Standard", "body"))
            continue
        elif ln.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split(" | ")])
                i += 1
            ncol = len(rows[0])
            xml = ['<table:table table:name="Table1" table:style-name="Table1">']
            for c in range(ncol):
                xml.append('<table:table-column table:style-name="Table1.%s"/>' % "ABCD"[c])
            for r, row in enumerate(rows):
                tr = ['<table:table-row table:style-name="Table1.1">' if r == 0 else
                      '<table:table-row>']
                for c, cell in enumerate(row):
                    props = "b" if r == 0 else ""
                    para = ('<text:p text:style-name="%s">%s</text:p>'
                            % (doc.p("Standard", "cell"), doc.runs(cell, props)))
                    tr.append('<table:table-cell table:style-name="Table1.%s%d" office:value-type="string">'
                              % ("ABCD"[c], 1 if r == 0 else 2))
                    tr.append(para)
                    tr.append('</table:table-cell>')
                tr.append('</table:table-row>')
                xml.append(tr)
            body.append(["TABLE", xml])
            last_table_cell = len(body) - 1
            body.append('<text:p text:style-name="%s"/>' % doc.p("Standard", "body"))
            continue
        elif ln.startswith("{{"):
            author, date, text = ln.strip("{}").split("|")
            ann = ('<office:annotation office:name="__Annotation__0_3178604417"><dc:creator>%s</dc:creator>'
                   '<dc:date>%s</dc:date><text:p text:style-name="%s">%s</text:p></office:annotation>'
                   % (escape(author), date, doc.p("Standard", "note"), doc.span(text, "s")))
            table = body[last_table_cell][1]
            row = table[ncol + 2]          # second row (first data row)
            para = row[5]                   # second cell's paragraph
            para = para.replace("<text:span", ann + "<text:span", 1)
            k = para.rfind("</text:p>")
            para = para[:k] + '<office:annotation-end office:name="__Annotation__0_3178604417"/>' + para[k:]
            row[5] = para
        else:
            raise SystemExit("bad line: %r" % ln)
        i += 1
    # table of contents (Google Docs "blue links" style: no page numbers)
    toc = ['<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Table of Contents1">'
           '<text:table-of-content-source text:outline-level="2" text:use-index-marks="false">'
           '<text:index-title-template/>'
           '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1">'
           '<text:index-entry-link-start/><text:index-entry-text/><text:index-entry-link-end/>'
           '</text:table-of-content-entry-template>'
           '<text:table-of-content-entry-template text:outline-level="2" text:style-name="Contents_20_2">'
           '<text:index-entry-link-start/><text:index-entry-text/><text:index-entry-link-end/>'
           '</text:table-of-content-entry-template></text:table-of-content-source><text:index-body>']
    for level, text, bm in doc.headings:
        toc.append('<text:p text:style-name="%s"><text:a xlink:type="simple" xlink:href="#%s">%s</text:a></text:p>'
                   % (doc.p("Contents_20_%d" % level, "toc" if level == 1 else "toc2"), bm,
                      doc.span(text, "u")))
    toc.append('</text:index-body></text:table-of-content>')
    body[toc_at] = "".join(toc)
    out = []
    for b in body:
        if isinstance(b, list):
            out.append("".join("".join(x) if isinstance(x, list) else x for x in b[1]) + "</table:table>")
        else:
            out.append(b)
    return "".join(out)


def automatic_styles(doc):
    a = ['<office:automatic-styles>']
    a.append('<style:style style:name="Table1" style:family="table"><style:table-properties '
             'style:width="6.5in" fo:margin-left="0in" table:align="left"/></style:style>')
    for c, w in zip("ABCD", ("1.35in", "0.95in", "2.1in", "2.1in")):
        a.append('<style:style style:name="Table1.%s" style:family="table-column">'
                 '<style:table-column-properties style:column-width="%s"/></style:style>' % (c, w))
    a.append('<style:style style:name="Table1.1" style:family="table-row"><style:table-row-properties '
             'style:min-row-height="0in" style:use-optimal-row-height="true"/></style:style>')
    for c in "ABCD":
        for r, bg in ((1, "#d9ead3"), (2, "transparent")):
            a.append('<style:style style:name="Table1.%s%d" style:family="table-cell">'
                     '<style:table-cell-properties fo:background-color="%s" fo:padding-top="0.0694in" '
                     'fo:padding-bottom="0.0694in" fo:padding-left="0.0694in" fo:padding-right="0.0694in" '
                     'style:vertical-align="top" fo:border="0.0069in solid #000000"/></style:style>'
                     % (c, r, bg))
    for (parent, props), name in sorted(doc.pstyles.items(), key=lambda kv: int(kv[1][1:])):
        base = props.split(":")[0]
        lst = ' style:list-style-name="%s"' % props.split(":")[1] if ":" in props else ""
        a.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s"%s>'
                 '<style:paragraph-properties %s/></style:style>'
                 % (name, parent, lst, PARA_PROPS[base]))
    for props, name in sorted(doc.tstyles.items(), key=lambda kv: int(kv[1][1:])):
        a.append('<style:style style:name="%s" style:family="text"><style:text-properties %s/></style:style>'
                 % (name, text_props(props)))
    bullets = ["\u25cf", "\u25cb", "\u25a0"]
    for lname, numbered in sorted(doc.list_kinds.items(), key=lambda kv: int(kv[0][1:])):
        a.append('<text:list-style style:name="%s">' % lname)
        for lvl in range(1, 10):
            indent = 0.5 * lvl
            if numbered:
                fmt = "1" if lvl % 3 == 1 else ("a" if lvl % 3 == 2 else "i")
                a.append('<text:list-level-style-number text:level="%d" style:num-suffix="." style:num-format="%s">'
                         '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                         '<style:list-level-label-alignment text:label-followed-by="listtab" '
                         'fo:text-indent="-0.25in" fo:margin-left="%.2fin"/></style:list-level-properties>'
                         '</text:list-level-style-number>' % (lvl, fmt, indent))
            else:
                a.append('<text:list-level-style-bullet text:level="%d" text:bullet-char="%s">'
                         '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                         '<style:list-level-label-alignment text:label-followed-by="listtab" '
                         'fo:text-indent="-0.25in" fo:margin-left="%.2fin"/></style:list-level-properties>'
                         '<style:text-properties style:font-name="Arial"/></text:list-level-style-bullet>'
                         % (lvl, bullets[(lvl - 1) % 3], indent))
        a.append('</text:list-style>')
    a.append('<style:style style:name="Sect1" style:family="section"><style:section-properties '
             'style:editable="false"><style:columns fo:column-count="1" fo:column-gap="0in"/>'
             '</style:section-properties></style:style>')
    a.append('</office:automatic-styles>')
    return "".join(a)


FONTS = ('<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="Calibri" svg:font-family="Calibri"/>'
         '<style:font-face style:name="Cambria" svg:font-family="Cambria"/>'
         '<style:font-face style:name="Georgia" svg:font-family="Georgia"/>'
         '<style:font-face style:name="Times New Roman" svg:font-family="Times New Roman"/>'
         '</office:font-face-decls>')


def styles_xml():
    def ps(name, display, props, tprops, cls="text", extra=""):
        return ('<style:style style:name="%s" style:display-name="%s" style:family="paragraph" '
                'style:parent-style-name="Standard" style:next-style-name="Standard" '
                'style:class="%s"%s><style:paragraph-properties %s/><style:text-properties %s/>'
                '</style:style>' % (name, display, cls, extra, props, tprops))
    s = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
         '<office:document-styles %s office:version="1.2">' % NS, FONTS, '<office:styles>',
         '<style:default-style style:family="paragraph"><style:paragraph-properties '
         'fo:margin-top="0in" fo:margin-bottom="0in" fo:line-height="115%"/>'
         '<style:text-properties style:font-name="Arial" fo:font-size="11pt" fo:language="en" '
         'fo:country="IN" style:font-size-asian="11pt" style:font-size-complex="11pt"/>'
         '</style:default-style>',
         '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
         ps("Heading_20_1", "Heading 1", 'fo:margin-top="0.2778in" fo:margin-bottom="0.0833in" fo:keep-with-next="always"',
            'fo:font-size="20pt"', "text", ' style:default-outline-level="1"'),
         ps("Heading_20_2", "Heading 2", 'fo:margin-top="0.25in" fo:margin-bottom="0.0833in" fo:keep-with-next="always"',
            'fo:font-size="16pt"', "text", ' style:default-outline-level="2"'),
         ps("Heading_20_3", "Heading 3", 'fo:margin-top="0.2222in" fo:margin-bottom="0.0556in" fo:keep-with-next="always"',
            'fo:font-size="14pt" fo:color="#434343"', "text", ' style:default-outline-level="3"'),
         ps("Title", "Title", 'fo:margin-bottom="0.0417in"', 'fo:font-size="26pt"', "chapter"),
         ps("Subtitle", "Subtitle", 'fo:margin-bottom="0.2222in"', 'fo:font-size="15pt" fo:color="#666666"', "chapter"),
         ps("Contents_20_1", "Contents 1", 'fo:margin-left="0in"', 'fo:font-size="11pt"', "index"),
         ps("Contents_20_2", "Contents 2", 'fo:margin-left="0.25in"', 'fo:font-size="11pt"', "index"),
         '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" '
         'style:class="extra"><style:text-properties fo:font-size="10pt"/></style:style>',
         '<text:outline-style style:name="Outline">']
    for lvl in range(1, 11):
        s.append('<text:outline-level-style text:level="%d" style:num-format=""/>' % lvl)
    s += ['</text:outline-style>',
          '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
          'style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>',
          '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>',
          '<text:linenumbering-configuration text:number-lines="false" text:offset="0.1965in" '
          'style:num-format="1" text:number-position="left" text:increment="5"/>',
          '</office:styles><office:automatic-styles>',
          '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.2681in" '
          'fo:page-height="11.6929in" style:print-orientation="portrait" fo:margin-top="1in" '
          'fo:margin-bottom="1in" fo:margin-left="1in" fo:margin-right="1in" style:writing-mode="lr-tb"/>'
          '<style:header-style/><style:footer-style/></style:page-layout>',
          '</office:automatic-styles><office:master-styles>'
          '<style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
          '</office:master-styles></office:document-styles>']
    return "".join(s)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    lines = [l for l in open(SRC, encoding="utf-8").read().split("\n") if l.strip()]
    doc = Doc()
    body = build(doc, lines)
    content = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<office:document-content %s office:version="1.2">%s%s<office:body><office:text>'
               '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
               '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
               '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
               '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/></text:sequence-decls>'
               '%s</office:text></office:body></office:document-content>'
               % (NS, FONTS, automatic_styles(doc), body))
    meta = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<office:document-meta %s office:version="1.2"><office:meta>'
            '<dc:title>Ramsar Convention &amp; Montreux Record - notes</dc:title>'
            '</office:meta></office:document-meta>' % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    parts = [("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
             ("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED),
             ("styles.xml", styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
             ("meta.xml", meta.encode("utf-8"), zipfile.ZIP_DEFLATED),
             ("META-INF/manifest.xml", manifest.encode("utf-8"), zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(out, "w") as z:
        for name, data, comp in parts:
            zi = zipfile.ZipInfo(name, date_time=STAMP)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)


if __name__ == "__main__":
    main()
