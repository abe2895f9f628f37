#!/usr/bin/python3
"""Re-make docs/posh-act-2013.odt from tools/posh-act-2013.txt.

Run from anywhere: /usr/bin/python3 tools/make_odt.py
Standard library only (zipfile, xml.sax.saxutils); the output is byte-for-byte reproducible
(fixed zip timestamps, fixed member order, fixed deflate level).

The package is laid out the way LibreOffice Writer 7.6 saves a text document: `mimetype`
first and stored, then styles.xml, manifest.rdf, content.xml, meta.xml and
META-INF/manifest.xml (Writer's thumbnail, settings.xml and empty Configurations2/ folders are
left out to keep the file small). content.xml is one line after the XML declaration, with
Writer's automatic styles (P1..., T1, L1/L2 list styles, Table1.* table styles), text:h
headings with text:outline-level, text:list/text:list-item lists, a table:table with a
repeated header row, text:s and text:tab for runs of spaces and tabs, a footnote
(text:note) and a margin comment (office:annotation).

Source markup, one paragraph a line:
  @title / @subtitle      Title / Subtitle paragraph styles
  # / ##                  Heading 1 / Heading 2 (text:h, outline levels 1 and 2)
  - item                  bullet list item (L1)
  1. item                 numbered list item (L2; the number is the list label, not text)
  >tip / >trap            shaded "Exam tip" / "Prelims trap" paragraph (P5 / P6)
  @table ... @endtable    rows of cells split on " | "; first row is the header row
  **bold**                bold span (T1)
  [^text]                 footnote;  [#text#]  comment by the author
  anything else           Text body paragraph
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "posh-act-2013.txt")
OUT = os.path.join(HERE, "..", "docs", "posh-act-2013.odt")
STAMP = (2025, 8, 3, 22, 9, 56)
AUTHOR = "Sneha R"

NS = (
    'xmlns:officeooo="http://openoffice.org/2009/office" '
    'xmlns:css3t="http://www.w3.org/TR/css3-text/" '
    'xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
    'xmlns:xforms="http://www.w3.org/2002/xforms" '
    'xmlns:dom="http://www.w3.org/2001/xml-events" '
    'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
    'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
    'xmlns:math="http://www.w3.org/1998/Math/MathML" '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:ooo="http://openoffice.org/2004/office" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:ooow="http://openoffice.org/2004/writer" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:drawooo="http://openoffice.org/2010/draw" '
    'xmlns:oooc="http://openoffice.org/2004/calc" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
    'xmlns:tableooo="http://openoffice.org/2009/table" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:dr3d="urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0" '
    'xmlns:rpt="http://openoffice.org/2005/report" '
    'xmlns:formx="urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0"'
)

FONTS = (
    '<office:font-face-decls>'
    '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
    'style:font-family-generic="swiss" style:font-pitch="variable"/>'
    '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
    'style:font-family-generic="roman" style:font-pitch="variable"/>'
    '<style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" style:font-charset="x-symbol"/>'
    '<style:font-face style:name="Noto Sans Devanagari" svg:font-family="&apos;Noto Sans Devanagari&apos;" '
    'style:font-family-generic="system" style:font-pitch="variable"/>'
    '</office:font-face-decls>'
)

LABEL = ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
         '<style:list-level-label-alignment text:label-followed-by="listtab" '
         'text:list-tab-stop-position="%.2fin" fo:text-indent="-0.25in" fo:margin-left="%.2fin"/>'
         '</style:list-level-properties>')


def list_styles():
    bullets = "".join(
        '<text:list-level-style-bullet text:level="%d" text:style-name="Bullet_20_Symbols" '
        'loext:num-list-format="%%%d%%" style:num-suffix="." text:bullet-char="%s">%s'
        '<style:text-properties style:font-name="OpenSymbol"/></text:list-level-style-bullet>'
        % (lv, lv, "\u2022" if lv % 2 else "\u25e6", LABEL % (0.25 + 0.25 * lv, 0.25 + 0.25 * lv))
        for lv in (1, 2, 3))
    numbers = "".join(
        '<text:list-level-style-number text:level="%d" text:style-name="Numbering_20_Symbols" '
        'loext:num-list-format="%%%d%%." style:num-suffix="." style:num-format="1">%s'
        '</text:list-level-style-number>'
        % (lv, lv, LABEL % (0.25 + 0.25 * lv, 0.25 + 0.25 * lv))
        for lv in (1, 2, 3))
    return ('<text:list-style style:name="L1">%s</text:list-style>'
            '<text:list-style style:name="L2">%s</text:list-style>' % (bullets, numbers))


AUTO = (
    '<office:automatic-styles>'
    '<style:style style:name="Table1" style:family="table"><style:table-properties '
    'style:width="6.6931in" table:align="margins"/></style:style>'
    '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties '
    'style:column-width="1.3in"/></style:style>'
    '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties '
    'style:column-width="2.4in"/></style:style>'
    '<style:style style:name="Table1.C" style:family="table-column"><style:table-column-properties '
    'style:column-width="2.9931in"/></style:style>'
    '<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties '
    'fo:background-color="#dee6ef" fo:padding="0.0382in" fo:border-left="0.5pt solid #000000" '
    'fo:border-right="none" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000">'
    '<style:background-image/></style:table-cell-properties></style:style>'
    '<style:style style:name="Table1.C1" style:family="table-cell"><style:table-cell-properties '
    'fo:background-color="#dee6ef" fo:padding="0.0382in" fo:border="0.5pt solid #000000">'
    '<style:background-image/></style:table-cell-properties></style:style>'
    '<style:style style:name="Table1.A2" style:family="table-cell"><style:table-cell-properties '
    'fo:padding="0.0382in" fo:border-left="0.5pt solid #000000" fo:border-right="none" '
    'fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="Table1.C2" style:family="table-cell"><style:table-cell-properties '
    'fo:padding="0.0382in" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" '
    'fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body" '
    'style:list-style-name="L1"><style:paragraph-properties fo:margin-top="0in" '
    'fo:margin-bottom="0.0417in" style:contextual-spacing="true"/><style:text-properties '
    'officeooo:rsid="0009a1c4" officeooo:paragraph-rsid="0009a1c4"/></style:style>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body" '
    'style:list-style-name="L2"><style:paragraph-properties fo:margin-top="0in" '
    'fo:margin-bottom="0.0417in" style:contextual-spacing="true"/><style:text-properties '
    'officeooo:rsid="000b27e3" officeooo:paragraph-rsid="000b27e3"/></style:style>'
    '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body">'
    '<style:text-properties officeooo:rsid="0007d2a0" officeooo:paragraph-rsid="0007d2a0"/></style:style>'
    '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Text_20_body">'
    '<style:text-properties fo:font-style="italic" fo:color="#2a6099" officeooo:rsid="0007d2a0" '
    'officeooo:paragraph-rsid="0007d2a0"/></style:style>'
    '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Text_20_body">'
    '<style:paragraph-properties fo:background-color="#fff5ce" fo:padding="0.0398in" '
    'fo:border="0.51pt solid #ffbf00"/><style:text-properties officeooo:paragraph-rsid="000c44f1"/></style:style>'
    '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Text_20_body">'
    '<style:paragraph-properties fo:background-color="#ffd7d7" fo:padding="0.0398in" '
    'fo:border="0.51pt solid #c9211e"/><style:text-properties officeooo:paragraph-rsid="000c44f1"/></style:style>'
    '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
    '<style:text-properties officeooo:rsid="000b27e3" officeooo:paragraph-rsid="000b27e3"/></style:style>'
    '<style:style style:name="P8" style:family="paragraph" style:parent-style-name="Table_20_Heading">'
    '<style:paragraph-properties fo:text-align="start" style:justify-single-word="false"/></style:style>'
    '<style:style style:name="P9" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>'
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
    'style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
    '<style:style style:name="T2" style:family="text"><style:text-properties officeooo:rsid="000d1f02"/>'
    '</style:style>'
    + list_styles() +
    '</office:automatic-styles>'
)

SEQ = ('<text:sequence-decls>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/>'
       '</text:sequence-decls>')


class State:
    notes = 0


def spaces(text):
    """Escape text and write runs of spaces and tabs the way Writer does."""
    out = []
    for part in re.split(r"(\t| {2,})", text):
        if part == "\t":
            out.append("<text:tab/>")
        elif part.startswith("  "):
            out.append(' <text:s text:c="%d"/>' % (len(part) - 1) if len(part) > 2
                       else " <text:s/>")
        elif part:
            out.append(escape(part))
    return "".join(out)


def inline(text):
    out = []
    for tok in re.split(r"(\*\*.+?\*\*|\[\^.+?\]|\[#.+?#\])", text):
        if tok.startswith("**"):
            out.append('<text:span text:style-name="T1">%s</text:span>' % spaces(tok[2:-2]))
        elif tok.startswith("[^"):
            State.notes += 1
            n = State.notes
            out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                       '<text:note-citation>%d</text:note-citation><text:note-body>'
                       '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                       % (n, n, spaces(tok[2:-1])))
        elif tok.startswith("[#"):
            out.append('<office:annotation loext:resolved="false"><dc:creator>%s</dc:creator>'
                       '<dc:date>2025-05-22T21:14:03.118000000</dc:date>'
                       '<meta:creator-initials>SR</meta:creator-initials>'
                       '<text:p text:style-name="P9"><text:span text:style-name="T2">%s</text:span>'
                       '</text:p></office:annotation>' % (AUTHOR, spaces(tok[2:-2])))
        elif tok:
            out.append(spaces(tok))
    return "".join(out)


def content(lines):
    body, i, list_no = [], 0, 0
    while i < len(lines):
        s = lines[i]
        if not s.strip():
            i += 1
            continue
        if s.startswith("@title "):
            body.append('<text:p text:style-name="Title">%s</text:p>' % inline(s[7:]))
        elif s.startswith("@subtitle "):
            body.append('<text:p text:style-name="Subtitle">%s</text:p>' % inline(s[10:]))
        elif s.startswith("## "):
            body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>'
                        % inline(s[3:]))
        elif s.startswith("# "):
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>'
                        % inline(s[2:]))
        elif s.startswith(">tip "):
            body.append('<text:p text:style-name="P5">%s</text:p>' % inline(s[5:]))
        elif s.startswith(">trap "):
            body.append('<text:p text:style-name="P6">%s</text:p>' % inline(s[6:]))
        elif s.startswith("- ") or re.match(r"\d+\. ", s):
            numbered = not s.startswith("- ")
            items = []
            while i < len(lines) and (lines[i].startswith("- ") if not numbered
                                      else re.match(r"\d+\. ", lines[i])):
                t = lines[i][2:] if not numbered else lines[i].split(". ", 1)[1]
                items.append('<text:list-item><text:p text:style-name="%s">%s</text:p>'
                             '</text:list-item>' % ("P2" if numbered else "P1", inline(t)))
                i += 1
            list_no += 1
            body.append('<text:list xml:id="list%d" text:style-name="%s">%s</text:list>'
                        % (184302117 + 7919 * list_no, "L2" if numbered else "L1", "".join(items)))
            continue
        elif s == "@table":
            rows = []
            i += 1
            while lines[i] != "@endtable":
                rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            ncol = len(rows[0])

            def row(cells, head):
                out = []
                for k, c in enumerate(cells):
                    style = "Table1.%s%d" % ("C" if k == ncol - 1 else "A", 1 if head else 2)
                    out.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                               '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                               % (style, "P8" if head else "P7", inline(c)))
                return "<table:table-row>%s</table:table-row>" % "".join(out)

            body.append('<table:table table:name="Table1" table:style-name="Table1">'
                        '<table:table-column table:style-name="Table1.A"/>'
                        '<table:table-column table:style-name="Table1.B"/>'
                        '<table:table-column table:style-name="Table1.C"/>'
                        '<table:table-header-rows>%s</table:table-header-rows>%s</table:table>'
                        % (row(rows[0], True), "".join(row(r, False) for r in rows[1:])))
        elif s.startswith("See also:"):
            body.append('<text:p text:style-name="P4">%s</text:p>' % inline(s))
        else:
            body.append('<text:p text:style-name="P3">%s</text:p>' % inline(s))
        i += 1
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
            '<office:scripts/>%s%s<office:body><office:text>%s%s</office:text></office:body>'
            '</office:document-content>' % (NS, FONTS, AUTO, SEQ, "".join(body)))


def styles():
    para = lambda name, display, parent, cls, props: (
        '<style:style style:name="%s"%s style:family="paragraph"%s%s>%s</style:style>'
        % (name, ' style:display-name="%s"' % display if display else "",
           ' style:parent-style-name="%s"' % parent if parent else "",
           ' style:class="%s"' % cls if cls else "", props))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles @@NS@@ office:version="1.3">@@FONTS@@'
        '<office:styles>'
        '<style:default-style style:family="graphic"><style:graphic-properties '
        'svg:stroke-color="#3465a4" draw:fill-color="#729fcf"/></style:default-style>'
        '<style:default-style style:family="paragraph"><style:paragraph-properties '
        'fo:hyphenation-ladder-count="no-limit" style:text-autospace="ideograph-alpha" '
        'style:punctuation-wrap="hanging" style:line-break="strict" style:tab-stop-distance="0.4925in" '
        'style:writing-mode="page"/><style:text-properties style:use-window-font-color="true" '
        'style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="IN" '
        'style:font-name-complex="Noto Sans Devanagari" fo:hyphenate="false"/></style:default-style>'
        '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/>'
        '</style:default-style>'
        + para("Standard", "", "", "text", "")
        + para("Heading", "", "Standard", "text",
               '<style:paragraph-properties fo:margin-top="0.1665in" fo:margin-bottom="0.0835in" '
               'style:contextual-spacing="false" fo:keep-with-next="always"/><style:text-properties '
               'style:font-name="Liberation Sans" fo:font-size="14pt"/>')
        + para("Text_20_body", "Text body", "Standard", "text",
               '<style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0.0972in" '
               'style:contextual-spacing="false" fo:line-height="115%"/>')
        + para("List", "", "Text_20_body", "list", "")
        + para("Heading_20_1", "Heading 1", "Heading", "text",
               '<style:paragraph-properties fo:margin-top="0.1665in" fo:margin-bottom="0.0835in"/>'
               '<style:text-properties fo:font-size="130%" fo:font-weight="bold" fo:color="#1e4e79"/>')
        .replace('style:family="paragraph" style:parent', 'style:family="paragraph" '
                 'style:default-outline-level="1" style:parent', 1)
        + para("Heading_20_2", "Heading 2", "Heading", "text",
               '<style:paragraph-properties fo:margin-top="0.139in" fo:margin-bottom="0.0835in"/>'
               '<style:text-properties fo:font-size="115%" fo:font-weight="bold" fo:color="#2a6099"/>')
        .replace('style:family="paragraph" style:parent', 'style:family="paragraph" '
                 'style:default-outline-level="2" style:parent', 1)
        + para("Title", "", "Heading", "chapter",
               '<style:paragraph-properties fo:text-align="center"/><style:text-properties '
               'fo:font-size="24pt" fo:font-weight="bold"/>')
        + para("Subtitle", "", "Heading", "chapter",
               '<style:paragraph-properties fo:margin-top="0.0417in" fo:margin-bottom="0.0835in" '
               'fo:text-align="center"/><style:text-properties fo:font-size="14pt"/>')
        + para("Table_20_Contents", "Table Contents", "Standard", "extra",
               '<style:paragraph-properties text:number-lines="false" text:line-number="0"/>')
        + para("Table_20_Heading", "Table Heading", "Table_20_Contents", "extra",
               '<style:paragraph-properties fo:text-align="center"/><style:text-properties '
               'fo:font-weight="bold"/>')
        + para("Footnote", "", "Standard", "extra",
               '<style:paragraph-properties fo:margin-left="0.2354in" fo:text-indent="-0.2354in"/>'
               '<style:text-properties fo:font-size="10pt"/>')
        + para("Footer", "", "Standard", "extra",
               '<style:paragraph-properties fo:text-align="center"/>')
        + '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" '
        'style:family="text"><style:text-properties style:font-name="OpenSymbol"/></style:style>'
        '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" '
        'style:family="text"/>'
        '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" '
        'style:family="text"/>'
        '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" '
        'style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>'
        '<text:outline-style style:name="Outline">@@OUTLINE@@</text:outline-style>'
        '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
        'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" '
        'text:footnotes-position="page" text:start-numbering-at="document"/>'
        '<text:linenumbering-configuration text:number-lines="false" text:offset="0.1965in" '
        'style:num-format="1" text:number-position="left" text:increment="5"/>'
        '</office:styles>'
        '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
        'fo:page-width="8.2681in" fo:page-height="11.6929in" style:num-format="1" '
        'style:print-orientation="portrait" fo:margin-top="0.7874in" fo:margin-bottom="0.5in" '
        'fo:margin-left="0.7874in" fo:margin-right="0.7874in" style:writing-mode="lr-tb"/>'
        '<style:header-style/><style:footer-style><style:header-footer-properties '
        'fo:min-height="0in" fo:margin-top="0.1965in"/></style:footer-style></style:page-layout>'
        '</office:automatic-styles>'
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
        '<style:footer><text:p text:style-name="Footer">POSH notes – page <text:page-number '
        'text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page>'
        '</office:master-styles></office:document-styles>'
        ).replace("@@NS@@", NS).replace("@@FONTS@@", FONTS).replace("@@OUTLINE@@", "".join(
            '<text:outline-level-style text:level="%d" loext:num-list-format="" style:num-format="">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab"/>'
            '</style:list-level-properties></text:outline-level-style>' % lv for lv in range(1, 11)))


def meta(words, chars, paras):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
        'xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:ooo="http://openoffice.org/2004/office" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
        '<meta:initial-creator>%s</meta:initial-creator>'
        '<meta:creation-date>2024-11-02T20:41:17.402000000</meta:creation-date>'
        '<dc:date>2025-08-03T22:09:55.871000000</dc:date><dc:creator>%s</dc:creator>'
        '<meta:editing-duration>PT9H12M40S</meta:editing-duration>'
        '<meta:editing-cycles>37</meta:editing-cycles>'
        '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1</meta:generator>'
        '<dc:title>POSH Act 2013 notes</dc:title>'
        '<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" '
        'meta:page-count="5" meta:paragraph-count="%d" meta:word-count="%d" '
        'meta:character-count="%d" meta:non-whitespace-character-count="%d"/>'
        '</office:meta></office:document-meta>'
        % (AUTHOR, AUTHOR, paras, words, chars[0], chars[1]))


MANIFEST_RDF = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="styles.xml">
    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#StylesFile"/>
  </rdf:Description>
  <rdf:Description rdf:about="">
    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="styles.xml"/>
  </rdf:Description>
  <rdf:Description rdf:about="content.xml">
    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#ContentFile"/>
  </rdf:Description>
  <rdf:Description rdf:about="">
    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="content.xml"/>
  </rdf:Description>
  <rdf:Description rdf:about="">
    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#Document"/>
  </rdf:Description>
</rdf:RDF>
"""

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="manifest.rdf" manifest:media-type="application/rdf+xml"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    State.notes = 0
    cx = content(lines)
    plain = re.sub(r"<[^>]+>", " ", cx.split("<office:text>", 1)[1])
    plain = plain.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    words = len(plain.split())
    nonws = len("".join(plain.split()))
    paras = cx.count("<text:p ") + cx.count("<text:h ")
    members = [
        ("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
        ("styles.xml", styles().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("manifest.rdf", MANIFEST_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("content.xml", cx.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta(words, (nonws + words, nonws), paras).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = method
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data, compress_type=method, compresslevel=6 if method else None)


if __name__ == "__main__":
    build()
