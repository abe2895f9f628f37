#!/usr/bin/python3
"""Re-make docs/cabinet-mission-plan-1946.odt from tools/cabinet-mission-plan-1946.txt.

The file is laid out the way Google Docs writes File > Download > OpenDocument Format (.odt):
a zip with the stored "mimetype" entry first, then content.xml, styles.xml, meta.xml and
META-INF/manifest.xml (no settings.xml, no thumbnail), every entry at one fixed timestamp.
The XML is ODF 1.2 on one line after the declaration. content.xml carries every run of text
in its own span with a generated text style (T1, T2, ...), generated paragraph styles (P1,
P2, ...) with Docs' 115% line height, one automatic list style per list (L1, L2, ...: the
"●○■" bullets, "%1." numbers, and a checklist whose glyphs are "☐" and, for ticked items,
"☑" with struck-through text), a Title and a Subtitle paragraph, text:h headings at outline
levels 1-3, a paragraph with a bottom border standing in for Docs' horizontal line, a yellow
highlight, a link, a bordered table with a grey bold header row, a footnote (text:note) and a
reviewer's comment (office:annotation ... office:annotation-end). styles.xml holds the named
styles and the master page with the running header and a page-number footer. Docs' smart
quotes turn ' and " into curly ones.

Source markup (one element a line): "@doctitle", "@header"; "= " title, "~ " subtitle,
"P " paragraph, "---" horizontal line, "# " / "## " / "### " headings, "- " bullet,
"N. " numbered item, "[x] " / "[ ] " checklist item, "| a | b |" table rows (first row is the
header). Inline: **bold**, *italic*, ==highlight==, [label](url), ^[footnote],
{{author|date|comment}}anchored text{{/}}.

Run: /usr/bin/python3 tools/make_odt.py [OUT]   (byte-for-byte stable)
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cabinet-mission-plan-1946.txt")
OUT = os.path.join(HERE, "..", "docs", "cabinet-mission-plan-1946.odt")
STAMP = (2025, 9, 12, 6, 41, 18)

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
FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="Calibri" svg:font-family="Calibri"/>'
         '<style:font-face style:name="Cambria" svg:font-family="Cambria"/>'
         '<style:font-face style:name="Georgia" svg:font-family="Georgia"/>'
         '<style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Trebuchet MS" svg:font-family="&apos;Trebuchet MS&apos;"/>'
         '<style:font-face style:name="Verdana" svg:font-family="Verdana"/>'
         '</office:font-face-decls>')


def smart(s):
    """Google Docs' automatic smart quotes."""
    s = re.sub(r'(^|[\s(\[–])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[–])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


def text_props(props):
    size, color, extra = "11pt", "#000000", []
    if props == "title":
        size = "26pt"
    elif props == "subtitle":
        size, color = "15pt", "#666666"
    elif props == "h1":
        size = "20pt"
    elif props == "h2":
        size = "16pt"
    elif props == "h3":
        size, color = "14pt", "#434343"
    if "s" in props.split("+"):
        size = "10pt"
    flags = props.split("+")
    if "u" in flags:
        color = "#1155cc"
        extra.append('style:text-underline-type="single" style:text-underline-style="solid" '
                     'style:text-underline-width="auto" style:text-underline-mode="continuous" '
                     'style:text-underline-color="font-color"')
    if "b" in flags or props == "th":
        extra.append('fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"')
    if "i" in flags:
        extra.append('fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"')
    if "x" in flags:
        extra.append('style:text-line-through-style="solid" style:text-line-through-type="single"')
    if "hl" in flags:
        extra.append('fo:background-color="#ffff00"')
    a = ['style:font-name="Arial"', 'fo:font-size="%s"' % size, 'style:font-size-asian="%s"' % size,
         'style:font-size-complex="%s"' % size, 'fo:color="%s"' % color] + extra
    return " ".join(a)


PARA_PROPS = {
    "body": 'fo:line-height="115%" fo:margin-top="0in" fo:margin-bottom="0in"',
    "title": 'fo:line-height="115%" fo:margin-top="0in" fo:margin-bottom="0.0417in" fo:break-before="auto"',
    "subtitle": 'fo:line-height="115%" fo:margin-top="0in" fo:margin-bottom="0.2222in"',
    "h1": 'fo:line-height="115%" fo:margin-top="0.2778in" fo:margin-bottom="0.0833in" fo:keep-with-next="always"',
    "h2": 'fo:line-height="115%" fo:margin-top="0.25in" fo:margin-bottom="0.0833in" fo:keep-with-next="always"',
    "h3": 'fo:line-height="115%" fo:margin-top="0.2222in" fo:margin-bottom="0.0556in" fo:keep-with-next="always"',
    "li": 'fo:line-height="115%" fo:margin-left="0.5in" fo:margin-top="0in" fo:margin-bottom="0in" fo:text-indent="-0.25in"',
    "cell": 'fo:line-height="100%" fo:margin-top="0in" fo:margin-bottom="0in"',
    "note": 'fo:line-height="100%" fo:margin-top="0in" fo:margin-bottom="0in"',
    "hr": 'fo:line-height="115%" fo:margin-top="0in" fo:margin-bottom="0.1389in" fo:border-top="none" '
          'fo:border-left="none" fo:border-right="none" fo:border-bottom="0.0104in solid #888888" '
          'fo:padding-bottom="0.0139in"',
    "comment": 'fo:line-height="100%" fo:margin-top="0in" fo:margin-bottom="0in"',
}


class Doc:
    def __init__(self):
        self.tstyles = {}
        self.pstyles = {}
        self.lstyles = []
        self.body = []
        self.notes = 0
        self.comments = 0
        self.tables = 0

    def t(self, props):
        if props not in self.tstyles:
            self.tstyles[props] = "T%d" % (len(self.tstyles) + 1)
        return self.tstyles[props]

    def p(self, parent, props):
        key = (parent, props)
        if key not in self.pstyles:
            self.pstyles[key] = "P%d" % (len(self.pstyles) + 1)
        return self.pstyles[key]

    def span(self, s, props):
        return '<text:span text:style-name="%s">%s</text:span>' % (self.t(props), escape(smart(s)))

    def runs(self, text, base="n"):
        out = []
        pos = 0
        pat = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|==(.+?)==|\[([^\]]+)\]\((https?://[^)]+)\)"
                         r"|\^\[([^\]]+)\]|\{\{/\}\}|\{\{([^|}]+)\|([^|}]+)\|([^}]+)\}\}")
        for m in pat.finditer(text):
            if m.start() > pos:
                out.append(self.span(text[pos:m.start()], base))
            if m.group(1) is not None:
                out.append(self.span(m.group(1), base + "+b"))
            elif m.group(2) is not None:
                out.append(self.span(m.group(2), base + "+i"))
            elif m.group(3) is not None:
                out.append(self.span(m.group(3), base + "+hl"))
            elif m.group(4) is not None:
                out.append('<text:a xlink:type="simple" xlink:href="%s" office:target-frame-name="_top" '
                           'xlink:show="replace">%s</text:a>'
                           % (escape(m.group(5)), self.span(m.group(4), base + "+u")))
            elif m.group(6) is not None:
                self.notes += 1
                n = self.notes
                body = '<text:p text:style-name="%s">%s</text:p>' % (
                    self.p("Standard", "note"), self.span(m.group(6), "n+s"))
                out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                           '<text:note-citation>%d</text:note-citation>'
                           '<text:note-body>%s</text:note-body></text:note>' % (n, n, body))
            elif m.group(0) == "{{/}}":
                out.append('<office:annotation-end office:name="__Annotation__%d_1812446389"/>'
                           % (self.comments - 1))
            else:
                name = "__Annotation__%d_1812446389" % self.comments
                self.comments += 1
                out.append('<office:annotation office:name="%s"><dc:creator>%s</dc:creator>'
                           '<dc:date>%s</dc:date><text:p text:style-name="%s">%s</text:p>'
                           '</office:annotation>'
                           % (name, escape(m.group(7)), m.group(8).rstrip("Z"),
                              self.p("Standard", "comment"), self.span(m.group(9), "n+s")))
            pos = m.end()
        if pos < len(text):
            out.append(self.span(text[pos:], base))
        return "".join(out)

    def new_list(self, kind):
        self.lstyles.append(kind)
        return "L%d" % len(self.lstyles)


def list_style(name, kind):
    levels = []
    for lvl in range(1, 10):
        indent = 0.5 * lvl
        props = ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                 '<style:list-level-label-alignment text:label-followed-by="listtab" '
                 'fo:text-indent="-0.25in" fo:margin-left="%gin"/></style:list-level-properties>' % indent)
        if kind == "num":
            fmt = ["1", "a", "i"][(lvl - 1) % 3]
            levels.append('<text:list-level-style-number text:level="%d" style:num-suffix="." '
                          'style:num-format="%s">%s</text:list-level-style-number>' % (lvl, fmt, props))
        else:
            if kind == "todo":
                char = "☐"
            elif kind == "done":
                char = "☑"
            else:
                char = "●○■"[(lvl - 1) % 3]
            levels.append('<text:list-level-style-bullet text:level="%d" text:bullet-char="%s">%s'
                          '</text:list-level-style-bullet>' % (lvl, char, props))
    return '<text:list-style style:name="%s">%s</text:list-style>' % (name, "".join(levels))


def build(doc, lines):
    body = doc.body
    i = 0
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
        elif ln == "---":
            body.append('<text:p text:style-name="%s"/>' % doc.p("Standard", "hr"))
        elif ln.startswith("#"):
            level = len(ln.split(" ", 1)[0])
            text = ln[level + 1:]
            body.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                        % (doc.p("Heading_20_%d" % level, "h%d" % level), level,
                           doc.span(text, "h%d" % level)))
        elif ln.startswith("- ") or re.match(r"\d+\. ", ln) or ln[:4] in ("[x] ", "[ ] "):
            if ln.startswith("- "):
                kind = "bullet"
            elif ln[:4] in ("[x] ", "[ ] "):
                kind = "done" if ln[1] == "x" else "todo"
            else:
                kind = "num"

            def same(l):
                if kind == "bullet":
                    return l.startswith("- ")
                if kind == "num":
                    return re.match(r"\d+\. ", l)
                return l[:4] == ("[x] " if kind == "done" else "[ ] ")
            name = doc.new_list(kind)
            items = []
            while i < len(lines) and same(lines[i]):
                l = lines[i]
                text = l[2:] if kind == "bullet" else (l[4:] if kind in ("todo", "done")
                                                       else l.split(". ", 1)[1])
                base = "n+x" if kind == "done" else "n"
                items.append('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                             % (doc.p("Standard", "li"), doc.runs(text, base)))
                i += 1
            body.append('<text:list xml:id="list%d" text:style-name="%s">%s</text:list>'
                        % (3141592 + 7 * len(doc.lstyles), name, "".join(items)))
            continue
        elif ln.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            doc.tables += 1
            tn = "Table%d" % doc.tables
            ncol = len(rows[0])
            t = ['<table:table table:name="%s" table:style-name="%s">' % (tn, tn)]
            for c in range(ncol):
                t.append('<table:table-column table:style-name="%s.%s"/>' % (tn, "ABC"[c]))
            for r, row in enumerate(rows):
                t.append('<table:table-row>')
                for c, cell in enumerate(row):
                    style = "%s.%s%d" % (tn, "ABC"[c], 1 if r == 0 else 2)
                    props = "th" if r == 0 else "n"
                    t.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                             '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                             % (style, doc.p("Standard", "cell"), doc.runs(cell, props)))
                t.append('</table:table-row>')
            t.append('</table:table>')
            body.append("".join(t))
            continue
        else:
            raise ValueError("bad line: %r" % ln)
        i += 1


def table_styles(doc):
    out = []
    widths = {"A": "0.8in", "B": "3.4in", "C": "2.3in"}
    for n in range(1, doc.tables + 1):
        tn = "Table%d" % n
        out.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                   'style:width="6.5in" fo:margin-left="0in" table:align="left"/></style:style>' % tn)
        for c in "ABC":
            out.append('<style:style style:name="%s.%s" style:family="table-column">'
                       '<style:table-column-properties style:column-width="%s"/></style:style>'
                       % (tn, c, widths[c]))
        for c in "ABC":
            for r in (1, 2):
                bg = ' fo:background-color="#d9d9d9"' if r == 1 else ""
                out.append('<style:style style:name="%s.%s%d" style:family="table-cell">'
                           '<style:table-cell-properties%s fo:padding="0.0694in" '
                           'fo:border="0.0069in solid #000000"/></style:style>' % (tn, c, r, bg))
    return "".join(out)


def content_xml(doc):
    auto = []
    auto.append(table_styles(doc))
    for (parent, props), name in sorted(doc.pstyles.items(), key=lambda kv: int(kv[1][1:])):
        auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s">'
                    '<style:paragraph-properties %s/></style:style>' % (name, parent, PARA_PROPS[props]))
    for props, name in sorted(doc.tstyles.items(), key=lambda kv: int(kv[1][1:])):
        auto.append('<style:style style:name="%s" style:family="text"><style:text-properties %s/>'
                    '</style:style>' % (name, text_props(props)))
    for n, kind in enumerate(doc.lstyles, 1):
        auto.append(list_style("L%d" % n, kind))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<office:document-content %s office:version="1.2">%s'
            '<office:automatic-styles>%s</office:automatic-styles>'
            '<office:body><office:text><text:sequence-decls>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
            '</text:sequence-decls>%s</office:text></office:body></office:document-content>'
            % (NS, FONTS, "".join(auto), "".join(doc.body)))


def styles_xml(header):
    def heading(level, size, top, bottom, color="#000000"):
        return ('<style:style style:name="Heading_20_%d" style:display-name="Heading %d" '
                'style:family="paragraph" style:parent-style-name="Standard" '
                'style:next-style-name="Standard" style:default-outline-level="%d">'
                '<style:paragraph-properties fo:margin-top="%s" fo:margin-bottom="%s" '
                'fo:line-height="115%%" fo:keep-together="always" fo:keep-with-next="always"/>'
                '<style:text-properties fo:font-size="%s" style:font-size-asian="%s" '
                'style:font-size-complex="%s" fo:color="%s"/></style:style>'
                % (level, level, level, top, bottom, size, size, size, color))
    named = ('<office:styles>'
             '<style:default-style style:family="paragraph"><style:paragraph-properties '
             'fo:margin-top="0in" fo:margin-bottom="0in" fo:line-height="115%"/>'
             '<style:text-properties style:font-name="Arial" fo:font-size="11pt" '
             'style:font-size-asian="11pt" style:font-size-complex="11pt" fo:color="#000000" '
             'fo:language="en" fo:country="US"/></style:default-style>'
             '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/>'
             '</style:default-style>'
             '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
             + heading(1, "20pt", "0.2778in", "0.0833in")
             + heading(2, "16pt", "0.25in", "0.0833in")
             + heading(3, "14pt", "0.2222in", "0.0556in", "#434343")
             + '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" '
             'style:next-style-name="Standard"><style:paragraph-properties fo:margin-top="0in" '
             'fo:margin-bottom="0.0417in" fo:line-height="115%" fo:keep-together="always" '
             'fo:keep-with-next="always"/><style:text-properties fo:font-size="26pt" '
             'style:font-size-asian="26pt" style:font-size-complex="26pt"/></style:style>'
             '<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" '
             'style:next-style-name="Standard"><style:paragraph-properties fo:margin-top="0in" '
             'fo:margin-bottom="0.2222in" fo:line-height="115%" fo:keep-together="always" '
             'fo:keep-with-next="always"/><style:text-properties fo:color="#666666" fo:font-size="15pt" '
             'style:font-size-asian="15pt" style:font-size-complex="15pt"/></style:style>'
             '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"/>'
             '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"/>'
             '</office:styles>')
    auto = ('<office:automatic-styles>'
            '<style:style style:name="MP1" style:family="paragraph" style:parent-style-name="Header">'
            '<style:paragraph-properties fo:text-align="end"/><style:text-properties fo:color="#999999" '
            'fo:font-size="9pt" style:font-size-asian="9pt" style:font-size-complex="9pt"/></style:style>'
            '<style:style style:name="MP2" style:family="paragraph" style:parent-style-name="Footer">'
            '<style:paragraph-properties fo:text-align="end"/></style:style>'
            '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.5in" '
            'fo:page-height="11in" style:print-orientation="portrait" fo:margin-top="0.5in" '
            'fo:margin-bottom="0.5in" fo:margin-left="1in" fo:margin-right="1in"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0.5in" '
            'fo:margin-bottom="0.1in"/></style:header-style><style:footer-style>'
            '<style:header-footer-properties fo:min-height="0.5in" fo:margin-top="0.1in"/>'
            '</style:footer-style></style:page-layout></office:automatic-styles>')
    master = ('<office:master-styles><style:master-page style:name="Standard" '
              'style:page-layout-name="pm1"><style:header><text:p text:style-name="MP1">%s</text:p>'
              '</style:header><style:footer><text:p text:style-name="MP2">'
              '<text:page-number text:select-page="current">1</text:page-number></text:p>'
              '</style:footer></style:master-page></office:master-styles>' % escape(smart(header)))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<office:document-styles %s office:version="1.2">%s%s%s%s</office:document-styles>'
            % (NS, FONTS, named, auto, master))


def meta_xml(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" '
            'xmlns:grddl="http://www.w3.org/2003/g/data-view#" office:version="1.2">'
            '<office:meta><dc:title>%s</dc:title></office:meta></office:document-meta>' % escape(title))


MANIFEST = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
            'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        raw = [l.rstrip("\n") for l in f if l.strip()]
    meta = {l.split(" ", 1)[0][1:]: l.split(" ", 1)[1] for l in raw if l.startswith("@")}
    lines = [l for l in raw if not l.startswith("@")]
    doc = Doc()
    build(doc, lines)
    parts = [("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
             ("content.xml", content_xml(doc).encode("utf-8"), zipfile.ZIP_DEFLATED),
             ("styles.xml", styles_xml(meta["header"]).encode("utf-8"), zipfile.ZIP_DEFLATED),
             ("meta.xml", meta_xml(meta["doctitle"]).encode("utf-8"), zipfile.ZIP_DEFLATED),
             ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(out, "w") as z:
        for name, data, method in parts:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = method
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data, compress_type=method, compresslevel=6 if method else None)


if __name__ == "__main__":
    main()
