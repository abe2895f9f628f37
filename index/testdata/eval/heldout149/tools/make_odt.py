#!/usr/bin/python3
"""Re-make docs/gramdan-and-jeevandan.odt from tools/gramdan-and-jeevandan.txt.

Run from anywhere: /usr/bin/python3 tools/make_odt.py [OUT]
Writes the package the way LibreOffice Writer 24.2 saves an .odt: `mimetype` first and stored
(uncompressed), then manifest.rdf, meta.xml, settings.xml, content.xml, styles.xml and
META-INF/manifest.xml, deflated, with fixed timestamps, so the output is byte for byte the
same on every run (standard library only).

Source syntax: `@title`, `@subtitle`, `# ` / `## ` headings (text:h outline levels 1 and 2),
`- ` bullet items and `1. ` numbered items (text:list, consecutive items form one list),
`@table` ... `@endtable` (rows of ` | `-separated cells, the first row a header row),
`**bold**` spans, `{{fn:...}}` footnotes; any other line is a Text body paragraph.
Writer's AutoCorrect is applied as it is when typing: straight quotes become curly quotes
and a spaced hyphen becomes an en dash.
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gramdan-and-jeevandan.txt")
OUT = os.path.join(HERE, "..", "docs", "gramdan-and-jeevandan.odt")
STAMP = (2025, 8, 9, 23, 5, 46)
WORDS_PER_PAGE = 470

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
      'xmlns:rpt="http://openoffice.org/2005/report" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:xhtml="http://www.w3.org/1999/xhtml" '
      'xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
      'xmlns:officeooo="http://openoffice.org/2009/office" '
      'xmlns:tableooo="http://openoffice.org/2009/table" '
      'xmlns:drawooo="http://openoffice.org/2010/draw" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" '
      'xmlns:formx="urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0" '
      'xmlns:css3t="http://www.w3.org/TR/css3-text/"')

FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
         'style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Lohit Devanagari" svg:font-family="&apos;Lohit Devanagari&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '</office:font-face-decls>')


def autocorrect(s):
    s = s.replace(" - ", " \u2013 ")
    s = re.sub(r'(^|[\s(])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = s.replace("'", "\u2019")
    return s


def inline(s):
    """Source inline markup -> ODF XML (bold spans, footnotes)."""
    out, pos = [], 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\{\{fn:(.+?)\}\}", s):
        out.append(escape(autocorrect(s[pos:m.start()])))
        if m.group(1) is not None:
            out.append('<text:span text:style-name="T1">%s</text:span>' % escape(autocorrect(m.group(1))))
        else:
            inline.notes += 1
            n = inline.notes
            out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                       '</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s'
                       '</text:p></text:note-body></text:note>' % (n - 1, n, escape(autocorrect(m.group(2)))))
        pos = m.end()
    out.append(escape(autocorrect(s[pos:])))
    return "".join(out)


inline.notes = 0


def plain(s):
    s = re.sub(r"\{\{fn:(.+?)\}\}", "", s)
    return autocorrect(s.replace("**", ""))


def body(lines):
    """Return (xml, shown paragraphs) for the office:text body."""
    inline.notes = 0
    xml, shown, words = [], [], [0]
    list_open, list_n, rows = None, 0, None
    next_break = [WORDS_PER_PAGE]

    def para(tag_xml, text):
        words[0] += len(text.split())
        if words[0] > next_break[0]:
            xml.append("<text:soft-page-break/>")
            next_break[0] += WORDS_PER_PAGE
        xml.append(tag_xml)
        shown.append(text)

    def close_list():
        nonlocal list_open
        if list_open:
            xml.append("</text:list>")
            list_open = None

    for line in lines:
        s = line.rstrip()
        if rows is not None:
            if s == "@endtable":
                xml.append('<table:table table:name="Table1" table:style-name="Table1">'
                           '<table:table-column table:style-name="Table1.A"/>'
                           '<table:table-column table:style-name="Table1.B"/>'
                           '<table:table-header-rows>')
                for r, row in enumerate(rows):
                    cells = [c.strip() for c in row.split(" | ")]
                    xml.append("<table:table-row>")
                    for c, cell in enumerate(cells):
                        edge = "A" if c == 0 else "B"
                        pstyle = "Table_20_Heading" if r == 0 else "Table_20_Contents"
                        xml.append('<table:table-cell table:style-name="Table1.%s%d" office:value-type="string">'
                                   '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                                   % (edge, 1 if r == 0 else 2, pstyle, inline(cell)))
                        shown.append(plain(cell))
                        words[0] += len(cell.split())
                    xml.append("</table:table-row>")
                    if r == 0:
                        xml.append("</table:table-header-rows>")
                xml.append("</table:table>")
                rows = None
            elif s:
                rows.append(s)
            continue
        if not s:
            continue
        m_bul = re.match(r"^- (.*)$", s)
        m_num = re.match(r"^\d+\. (.*)$", s)
        kind = "L1" if m_bul else "L2" if m_num else None
        if kind != list_open:
            close_list()
            if kind:
                list_n += 1
                cont = "" if kind == "L1" else ' text:continue-numbering="false"'
                xml.append('<text:list xml:id="list%d" text:style-name="%s"%s>' % (2731 + 17 * list_n, kind, cont))
                list_open = kind
        if kind:
            text = (m_bul or m_num).group(1)
            para('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                 % ("P2" if kind == "L1" else "P3", inline(text)), plain(text))
        elif s.startswith("@title "):
            para('<text:p text:style-name="Title">%s</text:p>' % inline(s[7:]), plain(s[7:]))
        elif s.startswith("@subtitle "):
            para('<text:p text:style-name="Subtitle">%s</text:p>' % inline(s[10:]), plain(s[10:]))
        elif s == "@table":
            rows = []
        elif s.startswith("## "):
            para('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % inline(s[3:]),
                 plain(s[3:]))
        elif s.startswith("# "):
            para('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % inline(s[2:]),
                 plain(s[2:]))
        else:
            para('<text:p text:style-name="P1">%s</text:p>' % inline(s), plain(s))
    close_list()
    return "".join(xml), shown


def content_xml(body_xml):
    auto = ('<office:automatic-styles>'
            '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="17cm" '
            'table:align="margins"/></style:style>'
            '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties '
            'style:column-width="3.6cm" style:rel-column-width="13877*"/></style:style>'
            '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties '
            'style:column-width="13.4cm" style:rel-column-width="51658*"/></style:style>'
            '<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties '
            'fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" '
            'fo:border-right="none" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000">'
            '<style:background-image/></style:table-cell-properties></style:style>'
            '<style:style style:name="Table1.B1" style:family="table-cell"><style:table-cell-properties '
            'fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border="0.5pt solid #000000">'
            '<style:background-image/></style:table-cell-properties></style:style>'
            '<style:style style:name="Table1.A2" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" fo:border-top="none" '
            'fo:border-bottom="0.5pt solid #000000"/></style:style>'
            '<style:style style:name="Table1.B2" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" '
            'fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
            '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body">'
            '<style:paragraph-properties fo:text-align="justify" style:justify-single-word="false"/>'
            '<style:text-properties officeooo:rsid="0014b3c2" officeooo:paragraph-rsid="0014b3c2"/></style:style>'
            '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="List_20_Bullet" '
            'style:list-style-name="L1"><style:text-properties officeooo:rsid="0014b3c2" '
            'officeooo:paragraph-rsid="0016e0a9"/></style:style>'
            '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="List_20_Number" '
            'style:list-style-name="L2"><style:text-properties officeooo:rsid="0016e0a9" '
            'officeooo:paragraph-rsid="0016e0a9"/></style:style>'
            '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
            'style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
            '<text:list-style style:name="L1">'
            '<text:list-level-style-bullet text:level="1" text:style-name="Bullet_20_Symbols" '
            'loext:num-list-format="%1%" style:num-suffix="." text:bullet-char="\u2022">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" '
            'fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties>'
            '</text:list-level-style-bullet></text:list-style>'
            '<text:list-style style:name="L2">'
            '<text:list-level-style-number text:level="1" text:style-name="Numbering_20_Symbols" '
            'loext:num-list-format="%1%." style:num-suffix="." style:num-format="1">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" '
            'fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties>'
            '</text:list-level-style-number></text:list-style>'
            '</office:automatic-styles>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content %s office:version="1.3"><office:scripts/>%s%s'
            '<office:body><office:text>'
            '<text:sequence-decls>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/>'
            '</text:sequence-decls>%s</office:text></office:body></office:document-content>'
            % (NS, FONTS, auto, body_xml))


def styles_xml():
    def pstyle(name, display, parent, nxt, cls, props):
        return ('<style:style style:name="%s" style:display-name="%s" style:family="paragraph" '
                'style:parent-style-name="%s" style:next-style-name="%s" style:class="%s">%s</style:style>'
                % (name, display, parent, nxt, cls, props))
    office_styles = (
        '<office:styles>'
        '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4" '
        'draw:fill-color="#729fcf" fo:wrap-option="no-wrap" draw:shadow-offset-x="0.3cm" '
        'draw:shadow-offset-y="0.3cm" style:flow-with-text="false"/></style:default-style>'
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" '
        'fo:widows="2" fo:hyphenation-ladder-count="no-limit" style:text-autospace="ideograph-alpha" '
        'style:punctuation-wrap="hanging" style:line-break="strict" style:tab-stop-distance="1.251cm" '
        'style:writing-mode="page"/><style:text-properties style:use-window-font-color="true" '
        'style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="IN" '
        'style:letter-kerning="true" style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="10.5pt" '
        'style:language-asian="zh" style:country-asian="CN" style:font-name-complex="Lohit Devanagari" '
        'style:font-size-complex="12pt" style:language-complex="hi" style:country-complex="IN" '
        'fo:hyphenate="false" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2" '
        'loext:hyphenation-no-caps="false"/></style:default-style>'
        '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/>'
        '</style:default-style>'
        '<style:default-style style:family="table-row"><style:table-row-properties fo:keep-together="auto"/>'
        '</style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        + pstyle("Heading", "Heading", "Standard", "Text_20_body", "text",
                 '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" '
                 'style:contextual-spacing="false" fo:keep-with-next="always"/><style:text-properties '
                 'style:font-name="Liberation Sans" fo:font-family="&apos;Liberation Sans&apos;" '
                 'style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="14pt" '
                 'style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="14pt" '
                 'style:font-name-complex="Lohit Devanagari" style:font-size-complex="14pt"/>')
        + pstyle("Text_20_body", "Text body", "Standard", "Text_20_body", "text",
                 '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" '
                 'style:contextual-spacing="false" fo:line-height="115%"/>')
        + pstyle("List", "List", "Text_20_body", "List", "list", '')
        + pstyle("List_20_Bullet", "List Bullet", "List", "List_20_Bullet", "list", '')
        + pstyle("List_20_Number", "List Number", "List", "List_20_Number", "list", '')
        + pstyle("Title", "Title", "Heading", "Subtitle", "chapter",
                 '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>'
                 '<style:text-properties fo:font-size="28pt" fo:font-weight="bold" '
                 'style:font-size-asian="28pt" style:font-weight-asian="bold" style:font-size-complex="28pt" '
                 'style:font-weight-complex="bold"/>')
        + pstyle("Subtitle", "Subtitle", "Heading", "Text_20_body", "chapter",
                 '<style:paragraph-properties fo:margin-top="0.106cm" fo:margin-bottom="0.212cm" '
                 'style:contextual-spacing="false" fo:text-align="center" style:justify-single-word="false"/>'
                 '<style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" '
                 'style:font-size-complex="14pt"/>')
        + ('<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
           'style:parent-style-name="Heading" style:next-style-name="Text_20_body" '
           'style:default-outline-level="1" style:class="text"><style:paragraph-properties '
           'fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/>'
           '<style:text-properties fo:font-size="130%" fo:font-weight="bold" style:font-size-asian="130%" '
           'style:font-weight-asian="bold" style:font-size-complex="130%" style:font-weight-complex="bold"/>'
           '</style:style>'
           '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
           'style:parent-style-name="Heading" style:next-style-name="Text_20_body" '
           'style:default-outline-level="2" style:class="text"><style:paragraph-properties '
           'fo:margin-top="0.353cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/>'
           '<style:text-properties fo:font-size="115%" fo:font-weight="bold" style:font-size-asian="115%" '
           'style:font-weight-asian="bold" style:font-size-complex="115%" style:font-weight-complex="bold"/>'
           '</style:style>')
        + pstyle("Table_20_Contents", "Table Contents", "Standard", "Table_20_Contents", "extra",
                 '<style:paragraph-properties fo:orphans="0" fo:widows="0" text:number-lines="false" '
                 'text:line-number="0"/>')
        + pstyle("Table_20_Heading", "Table Heading", "Table_20_Contents", "Table_20_Heading", "extra",
                 '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false" '
                 'text:number-lines="false" text:line-number="0"/><style:text-properties fo:font-weight="bold" '
                 'style:font-weight-asian="bold" style:font-weight-complex="bold"/>')
        + pstyle("Footnote", "Footnote", "Standard", "Footnote", "extra",
                 '<style:paragraph-properties fo:margin-left="0.599cm" fo:margin-right="0cm" '
                 'fo:text-indent="-0.599cm" style:auto-text-indent="false" text:number-lines="false" '
                 'text:line-number="0"/><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt" '
                 'style:font-size-complex="10pt"/>')
        + pstyle("Footer", "Footer", "Standard", "Text_20_body", "extra",
                 '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false" '
                 'text:number-lines="false" text:line-number="0"/>')
        + '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text">'
          '<style:text-properties style:font-name="OpenSymbol" fo:font-family="OpenSymbol" '
          'style:font-charset="x-symbol"/></style:style>'
          '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" '
          'style:family="text"/>'
          '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>'
          '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">'
          '<style:text-properties style:text-position="super 58%"/></style:style>'
          '<text:outline-style style:name="Outline">'
        + "".join('<text:outline-level-style text:level="%d" loext:num-list-format="" style:num-format="">'
                  '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                  '<style:list-level-label-alignment text:label-followed-by="listtab"/>'
                  '</style:list-level-properties></text:outline-level-style>' % i for i in range(1, 11))
        + '</text:outline-style>'
          '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
          'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" '
          'text:footnotes-position="page" text:start-numbering-at="document"/>'
          '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>'
          '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" '
          'style:num-format="1" text:number-position="left" text:increment="5"/>'
          '</office:styles>')
    auto = ('<office:automatic-styles>'
            '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" '
            'fo:page-height="29.7cm" style:num-format="1" style:print-orientation="portrait" '
            'fo:margin-top="2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm" '
            'style:writing-mode="lr-tb" style:footnote-max-height="0cm" loext:margin-gutter="0cm">'
            '<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.101cm" '
            'style:distance-after-sep="0.101cm" style:line-style="solid" style:adjustment="left" '
            'style:rel-width="25%" style:color="#000000"/></style:page-layout-properties>'
            '<style:header-style/><style:footer-style><style:header-footer-properties fo:min-height="0cm" '
            'fo:margin-top="0.499cm"/></style:footer-style></style:page-layout>'
            '</office:automatic-styles>')
    master = ('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
              '<style:footer><text:p text:style-name="Footer">Gramdan and Jeevandan notes \u2013 page '
              '<text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>'
              '</style:master-page></office:master-styles>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">%s%s%s%s'
            '</office:document-styles>' % (NS, FONTS, office_styles, auto, master))


def meta_xml(shown):
    text = " ".join(shown)
    words = len(text.split())
    chars = sum(len(s) for s in shown)
    nonws = sum(len(re.sub(r"\s", "", s)) for s in shown)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" '
            'xmlns:grddl="http://www.w3.org/2003/g/data-view#" office:version="1.3"><office:meta>'
            '<meta:creation-date>2025-07-28T19:42:11.384211093</meta:creation-date>'
            '<dc:date>2025-08-09T23:05:46.120557316</dc:date>'
            '<meta:editing-duration>PT4H12M9S</meta:editing-duration>'
            '<meta:editing-cycles>23</meta:editing-cycles>'
            '<meta:generator>LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2</meta:generator>'
            '<dc:title>Gramdan, Jeevandan and the Sarvodaya network</dc:title>'
            '<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="4" meta:paragraph-count="%d" meta:word-count="%d" meta:character-count="%d" '
            'meta:non-whitespace-character-count="%d"/></office:meta></office:document-meta>'
            % (len(shown), words, chars, nonws))


SETTINGS = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item config:name="ViewAreaTop" config:type="long">51371</config:config-item>'
            '<config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>'
            '<config:config-item config:name="ViewAreaWidth" config:type="long">41276</config:config-item>'
            '<config:config-item config:name="ViewAreaHeight" config:type="long">20193</config:config-item>'
            '<config:config-item config:name="ShowRedlineChanges" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="InBrowseMode" config:type="boolean">false</config:config-item>'
            '</config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="PrinterName" config:type="string"/>'
            '<config:config-item config:name="EmbedFonts" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="Rsid" config:type="int">1499305</config:config-item>'
            '<config:config-item config:name="RsidRoot" config:type="int">1356738</config:config-item>'
            '</config:config-item-set></office:settings></office:document-settings>')

MANIFEST_RDF = ('<?xml version="1.0" encoding="utf-8"?>\n'
                '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                '  <rdf:Description rdf:about="content.xml">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#ContentFile"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="styles.xml">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#StylesFile"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" '
                'rdf:resource="content.xml"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" '
                'rdf:resource="styles.xml"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#Document"/>\n'
                '  </rdf:Description>\n'
                '</rdf:RDF>\n')

MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">\n'
            ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
            'manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
            ' <manifest:file-entry manifest:full-path="manifest.rdf" manifest:media-type="application/rdf+xml"/>\n'
            ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
            '</manifest:manifest>')


def build(out_path=OUT):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    body_xml, shown = body(lines)
    members = [
        ("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
        ("manifest.rdf", MANIFEST_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta_xml(shown).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("settings.xml", SETTINGS.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("content.xml", content_xml(body_xml).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("styles.xml", styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(out_path, "w") as z:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = method
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data, compresslevel=6 if method == zipfile.ZIP_DEFLATED else None)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
