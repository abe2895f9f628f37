#!/usr/bin/python3
"""Re-make docs/gyanvapi-1991-suit-case-brief.odt from tools/gyanvapi-1991-suit-case-brief.txt.

The file is a case brief typed in Microsoft Word (Microsoft 365) and saved with File > Save As >
OpenDocument Text (*.odt), laid out the way Word's ODF writer lays one out:
  - a zip with "mimetype" first and stored, then content.xml, styles.xml, meta.xml and
    META-INF/manifest.xml (no settings.xml, no thumbnail, no manifest.rdf), deflated, every entry
    stamped 1980-01-01 00:00 as Word's packager does;
  - every XML part opens with a standalone="yes" declaration and a CRLF, then one long line;
  - meta.xml names the generator "MicrosoftOffice/16.0 MicrosoftWord", keeps dates to the
    minute (seconds always :00), an editing-cycles count (Word's revision number), an editing
    duration and document statistics counted from the text;
  - styles.xml holds Word's style names with Word's lower-case display names ("heading 1",
    "footnote text", "annotation text"), font faces with svg:panose-1 numbers (Calibri, Calibri
    Light, Times New Roman, Symbol, Courier New, Wingdings), lengths in inches, an A4 page, a
    header paragraph with a tab and a footer "Page N of M" built from page-number and
    page-count fields;
  - content.xml: Title and Subtitle paragraphs, a grey byline paragraph, a two-column table with
    a repeated shaded header row and 0.5 pt borders (Word's table style flattened into automatic
    cell styles Table1.A1 ...), Heading 1 and Heading 2 as text:h with outline levels (the Roman
    numbers are typed), bullet lists whose bullet is Symbol's private-use U+F0B7 (list style
    LFO1) and numbered lists (LFO2, LFO3, each restarting), bold and italic runs, footnotes
    (text:note with Word's "ftn" ids), one office:annotation comment by a second author, Word's
    run splits at proofing-language changes (Hindi words marked en-IN, the rest en-US), an
    _Hlk bookmark pair and the _GoBack bookmark.
The source markup (one block a line): TITLE:, SUBTITLE:, LINE:, P:, H1:, H2:, B: (bullet),
N: (numbered), and TABLE ... END with "| a | b |" rows; inline **bold**, *italic*,
{fn:footnote text} and {cm:author|date|comment}.
Run from anywhere: /usr/bin/python3 tools/make_odt.py [output path]; standard library only, the
output is the same byte for byte on every run.
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gyanvapi-1991-suit-case-brief.txt")
OUT = os.path.join(HERE, "..", "docs", "gyanvapi-1991-suit-case-brief.odt")
STAMP = (1980, 1, 1, 0, 0, 0)
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "chart": "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
    "dr3d": "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0",
    "math": "http://www.w3.org/1998/Math/MathML",
    "form": "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
    "script": "urn:oasis:names:tc:opendocument:xmlns:script:1.0",
    "ooo": "http://openoffice.org/2004/office",
    "ooow": "http://openoffice.org/2004/writer",
    "oooc": "http://openoffice.org/2004/calc",
    "dom": "http://www.w3.org/2001/xml-events",
    "xforms": "http://www.w3.org/2002/xforms",
    "xsd": "http://www.w3.org/2001/XMLSchema",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
NSDECL = " ".join('xmlns:%s="%s"' % kv for kv in NS.items())

FONTS = (
    '<office:font-face-decls>'
    '<style:font-face style:name="Symbol" svg:font-family="Symbol" style:font-family-generic="roman" '
    'style:font-pitch="variable" style:font-charset="x-symbol" svg:panose-1="5 5 1 2 1 7 6 2 5 7"/>'
    '<style:font-face style:name="Courier New" svg:font-family="Courier New" style:font-family-generic="modern" '
    'style:font-pitch="fixed" svg:panose-1="2 7 3 9 2 2 5 2 4 4"/>'
    '<style:font-face style:name="Wingdings" svg:font-family="Wingdings" style:font-pitch="variable" '
    'style:font-charset="x-symbol" svg:panose-1="5 0 0 0 0 0 0 0 0 0"/>'
    '<style:font-face style:name="Calibri" svg:font-family="Calibri" style:font-family-generic="swiss" '
    'style:font-pitch="variable" svg:panose-1="2 15 5 2 2 2 4 3 2 4"/>'
    '<style:font-face style:name="Times New Roman" svg:font-family="Times New Roman" '
    'style:font-family-generic="roman" style:font-pitch="variable" svg:panose-1="2 2 6 3 5 4 5 2 3 4"/>'
    '<style:font-face style:name="Calibri Light" svg:font-family="Calibri Light" '
    'style:font-family-generic="swiss" style:font-pitch="variable" svg:panose-1="2 15 3 2 2 2 4 3 2 4"/>'
    '</office:font-face-decls>')

# Words Word's proofing tagged as Hindi-in-Latin (en-IN) and split into their own runs.
INDIC = ["swayambhu", "jyotirlingas", "namaz", "puja", "Vyas ji ka tehkhana", "waqf", "linga"]


def level_props(pos, indent="-0.25in"):
    return ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" '
            'text:list-tab-stop-position="%s" fo:text-indent="%s" fo:margin-left="%s"/>'
            '</style:list-level-properties>' % (pos, indent, pos))


def bullet_list_style(name):
    chars = [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings")]
    out = ['<text:list-style style:name="%s">' % name]
    for lvl in range(1, 10):
        ch, font = chars[(lvl - 1) % 3]
        out.append('<text:list-level-style-bullet text:level="%d" text:bullet-char="%s">%s'
                   '<style:text-properties style:font-name="%s"/></text:list-level-style-bullet>'
                   % (lvl, ch, level_props("%.2fin" % (0.5 * lvl)), font))
    out.append('</text:list-style>')
    return "".join(out)


def number_list_style(name):
    fmts = ["1", "a", "i"]
    out = ['<text:list-style style:name="%s">' % name]
    for lvl in range(1, 10):
        fmt = fmts[(lvl - 1) % 3]
        out.append('<text:list-level-style-number text:level="%d" style:num-suffix="." '
                   'style:num-format="%s">%s</text:list-level-style-number>'
                   % (lvl, fmt, level_props("%.2fin" % (0.5 * lvl), "-0.25in" if fmt != "i" else "-0.125in")))
    out.append('</text:list-style>')
    return "".join(out)


AUTO = (
    '<office:automatic-styles>'
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Normal">'
    '<style:paragraph-properties fo:margin-bottom="0.1388in"/>'
    '<style:text-properties fo:font-size="9pt" fo:color="#7F7F7F"/></style:style>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Normal">'
    '<style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0in" fo:line-height="100%"/></style:style>'
    '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Normal">'
    '<style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0in" fo:line-height="100%"/>'
    '<style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>'
    '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="ListParagraph" '
    'style:list-style-name="LFO1"/>'
    '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="ListParagraph" '
    'style:list-style-name="LFO2"/>'
    '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="ListParagraph" '
    'style:list-style-name="LFO3"/>'
    '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Normal">'
    '<style:paragraph-properties fo:text-align="justify"/></style:style>'
    '<style:style style:name="P8" style:family="paragraph" style:parent-style-name="Title" '
    'style:master-page-name="MP0"><style:paragraph-properties style:page-number="auto"/></style:style>'
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
    'style:font-weight-complex="bold"/></style:style>'
    '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic" '
    'style:font-style-complex="italic"/></style:style>'
    '<style:style style:name="T3" style:family="text"><style:text-properties fo:language="en" '
    'fo:country="IN"/></style:style>'
    '<style:style style:name="T4" style:family="text"><style:text-properties fo:language="en" '
    'fo:country="IN" fo:font-style="italic" style:font-style-complex="italic"/></style:style>'
    '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="6.2673in" '
    'fo:margin-left="0in" table:align="left"/></style:style>'
    '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties '
    'style:column-width="1.6541in"/></style:style>'
    '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties '
    'style:column-width="4.6131in"/></style:style>'
    '<style:style style:name="Table1.1" style:family="table-row"><style:table-row-properties '
    'fo:keep-together="always"/></style:style>'
    '<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties '
    'fo:background-color="#D9E2F3" fo:padding-top="0in" fo:padding-left="0.075in" fo:padding-bottom="0in" '
    'fo:padding-right="0.075in" fo:border="0.0069in solid #000000"/></style:style>'
    '<style:style style:name="Table1.A2" style:family="table-cell"><style:table-cell-properties '
    'fo:padding-top="0in" fo:padding-left="0.075in" fo:padding-bottom="0in" fo:padding-right="0.075in" '
    'fo:border="0.0069in solid #000000"/></style:style>'
    + bullet_list_style("LFO1") + number_list_style("LFO2") + number_list_style("LFO3")
    + '</office:automatic-styles>')


def runs(text, base=None):
    """Split plain text into Word's proofing runs: Hindi words in their own en-IN span."""
    pat = re.compile(r"\b(%s)\b" % "|".join(re.escape(w) for w in INDIC))
    out, pos = [], 0
    for m in pat.finditer(text):
        out.append(wrap(text[pos:m.start()], base))
        out.append(wrap(m.group(1), "T4" if base == "T2" else "T3"))
        pos = m.end()
    out.append(wrap(text[pos:], base))
    return "".join(out)


def wrap(text, style):
    if not text:
        return ""
    t = escape(text)
    t = re.sub(r"  +", lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), t)
    return '<text:span text:style-name="%s">%s</text:span>' % (style, t) if style else t


class Doc:
    def __init__(self):
        self.notes = 0
        self.comments = 0

    def inline(self, text):
        out, pos = [], 0
        for m in re.finditer(r"\*\*(.+?)\*\*|\*(.+?)\*|\{fn:(.+?)\}|\{cm:(.+?)\|(.+?)\|(.+?)\}", text):
            out.append(runs(text[pos:m.start()]))
            if m.group(1) is not None:
                out.append(runs(m.group(1), "T1"))
            elif m.group(2) is not None:
                out.append(runs(m.group(2), "T2"))
            elif m.group(3) is not None:
                self.notes += 1
                n = self.notes
                out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                           '<text:note-citation>%d</text:note-citation><text:note-body>'
                           '<text:p text:style-name="FootnoteText">%s</text:p></text:note-body></text:note>'
                           % (n, n, runs(m.group(3))))
            else:
                self.comments += 1
                out.append('<office:annotation><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
                           '<text:p text:style-name="CommentText">%s</text:p></office:annotation>'
                           % (escape(m.group(4)), m.group(5), escape(m.group(6))))
            pos = m.end()
        out.append(runs(text[pos:]))
        return "".join(out)


def body(lines):
    doc, parts = Doc(), []
    lst, items = None, []
    table = None
    hlk_done = False

    def close():
        nonlocal lst, items
        if lst:
            style, pst = {"B": ("LFO1", "P4"), "N1": ("LFO2", "P5"), "N2": ("LFO3", "P6")}[lst]
            parts.append('<text:list text:style-name="%s">%s</text:list>' % (style, "".join(
                '<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                % (pst, doc.inline(t)) for t in items)))
        lst, items = None, []

    numbered_lists = 0
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        if table is not None:
            if line == "END":
                rows = table
                xml = ['<table:table table:name="Table1" table:style-name="Table1">'
                       '<table:table-column table:style-name="Table1.A"/>'
                       '<table:table-column table:style-name="Table1.B"/>']
                for r, row in enumerate(rows):
                    cells = [c.strip() for c in row.strip().strip("|").split("|")]
                    cstyle = "Table1.A1" if r == 0 else "Table1.A2"
                    pstyle = "P3" if r == 0 else "P2"
                    tr = '<table:table-row table:style-name="Table1.1">%s</table:table-row>' % "".join(
                        '<table:table-cell table:style-name="%s">'
                        '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                        % (cstyle, pstyle, doc.inline(c) if r else escape(c)) for c in cells)
                    if r == 0:
                        tr = '<table:table-header-rows>%s</table:table-header-rows>' % tr
                    xml.append(tr)
                xml.append('</table:table>')
                parts.append("".join(xml))
                parts.append('<text:p text:style-name="Normal"/>')
                table = None
            else:
                table.append(line)
            continue
        if line == "TABLE":
            close()
            table = []
            continue
        kind, _, text = line.partition(": ")
        if kind == "N":
            if lst not in ("N1", "N2"):
                close()
                numbered_lists += 1
                lst = "N1" if numbered_lists == 1 else "N2"
            items.append(text)
            continue
        if kind == "B":
            if lst != "B":
                close()
                lst = "B"
            items.append(text)
            continue
        close()
        if kind == "TITLE":
            parts.append('<text:p text:style-name="P8">%s</text:p>' % escape(text))
        elif kind == "SUBTITLE":
            parts.append('<text:p text:style-name="Subtitle">%s</text:p>' % escape(text))
        elif kind == "LINE":
            parts.append('<text:p text:style-name="P1">%s</text:p>' % doc.inline(text))
        elif kind in ("H1", "H2"):
            lvl = 1 if kind == "H1" else 2
            parts.append('<text:h text:style-name="Heading%d" text:outline-level="%d">%s</text:h>'
                         % (lvl, lvl, escape(text)))
        elif kind == "P":
            inner = doc.inline(text)
            if not hlk_done and "Practice question" not in text and text.startswith("*For the ruling"):
                inner = ('<text:bookmark-start text:name="_Hlk186214077"/>%s'
                         '<text:bookmark-end text:name="_Hlk186214077"/>' % inner)
                hlk_done = True
            if "Practice question" in text:
                inner += '<text:bookmark text:name="_GoBack"/>'
            parts.append('<text:p text:style-name="P7">%s</text:p>' % inner)
        else:
            raise SystemExit("unknown line: %r" % line)
    close()
    return "".join(parts), doc


STYLES_BODY = (
    '<office:styles>'
    '<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" '
    'style:text-autospace="ideograph-alpha" style:punctuation-wrap="hanging" style:line-break="strict" '
    'style:writing-mode="page" fo:margin-top="0in" fo:margin-bottom="0.1111in" fo:line-height="107%"/>'
    '<style:text-properties style:font-name="Calibri" fo:font-size="11pt" fo:language="en" fo:country="US" '
    'style:font-name-asian="Calibri" style:font-size-asian="11pt" style:language-asian="en" style:country-asian="US" '
    'style:font-name-complex="Times New Roman" style:font-size-complex="11pt" style:language-complex="ar" '
    'style:country-complex="SA" fo:hyphenate="false"/></style:default-style>'
    '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/>'
    '</style:default-style>'
    '<style:style style:name="Normal" style:display-name="Normal" style:family="paragraph"/>'
    '<style:style style:name="Title" style:display-name="Title" style:family="paragraph" '
    'style:parent-style-name="Normal" style:next-style-name="Normal"><style:paragraph-properties '
    'fo:margin-bottom="0in" fo:line-height="100%" style:contextual-spacing="true"/><style:text-properties '
    'style:font-name="Calibri Light" fo:font-size="28pt" fo:letter-spacing="-0.0069in" style:font-name-asian="Times New Roman" '
    'style:font-size-asian="28pt" style:font-size-complex="28pt"/></style:style>'
    '<style:style style:name="Subtitle" style:display-name="Subtitle" style:family="paragraph" '
    'style:parent-style-name="Normal" style:next-style-name="Normal"><style:paragraph-properties '
    'fo:margin-bottom="0.1111in"/><style:text-properties fo:color="#5A5A5A" fo:letter-spacing="0.0104in" '
    'style:font-name-asian="Calibri"/></style:style>'
    '<style:style style:name="Heading1" style:display-name="heading 1" style:family="paragraph" '
    'style:parent-style-name="Normal" style:next-style-name="Normal" style:default-outline-level="1">'
    '<style:paragraph-properties fo:margin-top="0.1666in" fo:margin-bottom="0in" fo:keep-together="always" '
    'fo:keep-with-next="always"/><style:text-properties style:font-name="Calibri Light" fo:font-size="16pt" '
    'fo:color="#2F5496" style:font-name-asian="Times New Roman" style:font-size-asian="16pt" '
    'style:font-size-complex="16pt"/></style:style>'
    '<style:style style:name="Heading2" style:display-name="heading 2" style:family="paragraph" '
    'style:parent-style-name="Normal" style:next-style-name="Normal" style:default-outline-level="2">'
    '<style:paragraph-properties fo:margin-top="0.0277in" fo:margin-bottom="0in" fo:keep-together="always" '
    'fo:keep-with-next="always"/><style:text-properties style:font-name="Calibri Light" fo:font-size="13pt" '
    'fo:color="#2F5496" style:font-name-asian="Times New Roman" style:font-size-asian="13pt" '
    'style:font-size-complex="13pt"/></style:style>'
    '<style:style style:name="ListParagraph" style:display-name="List Paragraph" style:family="paragraph" '
    'style:parent-style-name="Normal"><style:paragraph-properties fo:margin-left="0.5in" '
    'style:contextual-spacing="true"/></style:style>'
    '<style:style style:name="FootnoteText" style:display-name="footnote text" style:family="paragraph" '
    'style:parent-style-name="Normal"><style:paragraph-properties fo:margin-bottom="0in" fo:line-height="100%"/>'
    '<style:text-properties fo:font-size="10pt" style:font-size-asian="10pt" style:font-size-complex="10pt"/>'
    '</style:style>'
    '<style:style style:name="CommentText" style:display-name="annotation text" style:family="paragraph" '
    'style:parent-style-name="Normal"><style:paragraph-properties fo:line-height="100%"/><style:text-properties '
    'fo:font-size="10pt" style:font-size-asian="10pt" style:font-size-complex="10pt"/></style:style>'
    '<style:style style:name="Header" style:display-name="header" style:family="paragraph" '
    'style:parent-style-name="Normal"><style:paragraph-properties fo:margin-bottom="0in" fo:line-height="100%">'
    '<style:tab-stops><style:tab-stop style:position="3.25in" style:type="center"/><style:tab-stop '
    'style:position="6.5in" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>'
    '<style:style style:name="Footer" style:display-name="footer" style:family="paragraph" '
    'style:parent-style-name="Normal"><style:paragraph-properties fo:margin-bottom="0in" fo:line-height="100%" '
    'fo:text-align="center"/></style:style>'
    '<style:style style:name="FootnoteReference" style:display-name="footnote reference" style:family="text">'
    '<style:text-properties style:text-position="super 58%"/></style:style>'
    '<text:notes-configuration text:note-class="footnote" text:citation-style-name="FootnoteReference" '
    'style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>'
    '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>'
    '</office:styles>')


def styles_xml():
    auto = ('<office:automatic-styles><style:page-layout style:name="PL0"><style:page-layout-properties '
            'fo:page-width="8.268in" fo:page-height="11.693in" style:print-orientation="portrait" '
            'fo:margin-top="0.5in" fo:margin-bottom="0.5in" fo:margin-left="1in" fo:margin-right="1in" '
            'style:num-format="1" style:writing-mode="lr-tb"><style:footnote-sep style:width="0.007in" '
            'style:rel-width="33%" style:color="#000000" style:line-style="solid" style:adjustment="left"/>'
            '</style:page-layout-properties><style:header-style><style:header-footer-properties '
            'fo:min-height="0.5in" fo:margin-bottom="0.0972in" style:dynamic-spacing="true"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="0.5in" fo:margin-top="0.0972in" '
            'style:dynamic-spacing="true"/></style:footer-style></style:page-layout></office:automatic-styles>')
    master = ('<office:master-styles><style:master-page style:name="MP0" style:page-layout-name="PL0">'
              '<style:header><text:p text:style-name="Header">Case brief \u2013 Gyanvapi 1991 suit<text:tab/>'
              '<text:tab/>Law optional / GS-II</text:p></style:header>'
              '<style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1'
              '</text:page-number> of <text:page-count>4</text:page-count></text:p></style:footer>'
              '</style:master-page></office:master-styles>')
    return (DECL + '<office:document-styles %s office:version="1.3">' % NSDECL + FONTS + STYLES_BODY
            + auto + master + '</office:document-styles>')


def text_of(xml_fragment):
    t = re.sub(r"<text:note-citation>.*?</text:note-citation>", "", xml_fragment)
    t = re.sub(r'<text:s text:c="(\d+)"/>', lambda m: " " * int(m.group(1)), t)
    t = re.sub(r"<[^>]+>", " ", t)
    return t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def meta_xml(text_xml):
    words = len(text_of(text_xml).split())
    plain = re.sub(r"\s+", " ", text_of(text_xml)).strip()
    chars = len(plain)
    nonws = len(plain.replace(" ", ""))
    paras = len(re.findall(r"<text:(?:p|h) ", text_xml))
    return (DECL + '<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>MicrosoftOffice/16.0 MicrosoftWord</meta:generator>'
            '<dc:title>Case brief - Gyanvapi 1991 suit (Allahabad HC, 19 Dec 2023)</dc:title>'
            '<meta:keyword>Places of Worship Act</meta:keyword><meta:keyword>Gyanvapi</meta:keyword>'
            '<meta:initial-creator>Riya Sharma</meta:initial-creator><dc:creator>Riya Sharma</dc:creator>'
            '<meta:creation-date>2024-12-28T10:41:00Z</meta:creation-date><dc:date>2025-05-20T17:03:00Z</dc:date>'
            '<meta:editing-cycles>19</meta:editing-cycles><meta:editing-duration>PT5H38M0S</meta:editing-duration>'
            '<meta:document-statistic meta:page-count="4" meta:paragraph-count="%d" meta:word-count="%d" '
            'meta:character-count="%d" meta:non-whitespace-character-count="%d"/>'
            '</office:meta></office:document-meta>' % (NSDECL, paras, words, chars, nonws))


MANIFEST = (DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
            'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    text_xml, _ = body(lines)
    content = (DECL + '<office:document-content %s office:version="1.3">' % NSDECL + FONTS + AUTO
               + '<office:body><office:text>' + text_xml + '</office:text></office:body>'
               + '</office:document-content>')
    members = [("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
               ("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("styles.xml", styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("meta.xml", meta_xml(text_xml).encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(out, "w") as z:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = method
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data, compress_type=method, compresslevel=6 if method else None)


if __name__ == "__main__":
    main()
