#!/usr/bin/python3
"""Re-make docs/communal-award-1932.odt from tools/communal-award-1932.txt.

Run from anywhere: /usr/bin/python3 tools/make_odt.py [output-path]
Standard library only. The package is laid out the way LibreOffice Writer 24.2 saves it:
`mimetype` first and stored, then styles.xml, manifest.rdf, content.xml, meta.xml,
settings.xml, Thumbnails/thumbnail.png and META-INF/manifest.xml, all deflated, with fixed
timestamps, so the output is byte-for-byte reproducible.

Source markup (one directive a line):
  #title / #subtitle / #h1 / #h2 / #p TEXT   paragraphs and headings
  #fn TEXT            body of the footnote whose place is marked {fn} in the line before
  #ul / #ol           followed by "- item" / "1. item" lines
  #table              followed by "| a | b |" rows, the first row the header
  #remember ... #end  a frame (text box) holding a 'Remember' box; first line is its title
  #section NAME ... #endsection   a named text:section
  #tl DATE<TAB>EVENT  a timeline line with a tab stop
Inline: **bold**.
"""
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "communal-award-1932.txt")
OUT = os.path.join(HERE, "..", "docs", "communal-award-1932.odt")
STAMP = (2025, 8, 24, 21, 14, 36)

NS = ('xmlns:officeooo="http://openoffice.org/2009/office" '
      'xmlns:css3t="http://www.w3.org/TR/css3-text/" '
      'xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
      'xmlns:xhtml="http://www.w3.org/1999/xhtml" '
      'xmlns:formx="urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xmlns:rpt="http://openoffice.org/2005/report" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:oooc="http://openoffice.org/2004/calc" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:ooow="http://openoffice.org/2004/writer" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:ooo="http://openoffice.org/2004/office" '
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:dr3d="urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
      'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
      'xmlns:math="http://www.w3.org/1998/Math/MathML" '
      'xmlns:dom="http://www.w3.org/2001/xml-events"')

FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
         'style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" '
         'style:font-charset="x-symbol"/>'
         '</office:font-face-decls>')

BOLD = ('fo:font-weight="bold" style:font-weight-asian="bold" '
        'style:font-weight-complex="bold"')


def smart(s):
    """LibreOffice AutoCorrect: straight quotes to typographic ones."""
    s = re.sub(r'(^|[\s(])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    return s.replace("'", "\u2019")


def inline(s):
    out, pos = [], 0
    s = smart(s)
    for m in re.finditer(r"\*\*(.+?)\*\*", s):
        out.append(spaces(escape(s[pos:m.start()])))
        out.append('<text:span text:style-name="T1">%s</text:span>' % spaces(escape(m.group(1))))
        pos = m.end()
    out.append(spaces(escape(s[pos:])))
    return "".join(out)


def spaces(s):
    s = s.replace("\t", "<text:tab/>")
    return re.sub(r"  +", lambda m: " <text:s/>" if len(m.group()) == 2 else
                  ' <text:s text:c="%d"/>' % (len(m.group()) - 1), s)


def parse(lines):
    blocks, i = [], 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        d, _, rest = line.partition(" ")
        if d in ("#title", "#subtitle", "#h1", "#h2", "#p", "#tl", "#section"):
            blocks.append((d, rest))
        elif d == "#fn":
            kind, text = blocks[-1]
            blocks[-1] = (kind, text, rest)
        elif d in ("#ul", "#ol", "#table", "#remember"):
            items = []
            while i < len(lines) and lines[i].strip() and not (lines[i].startswith("#")):
                items.append(lines[i])
                i += 1
            if d == "#remember":
                i += 1  # the #end line
            blocks.append((d, items))
        elif d == "#endsection":
            blocks.append((d, ""))
        else:
            raise SystemExit("bad line: %r" % line)
    return blocks


def content_xml(blocks):
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="Table1" style:family="table">'
        '<style:table-properties style:width="17cm" table:align="margins"/></style:style>'
        '<style:style style:name="Table1.A" style:family="table-column">'
        '<style:table-column-properties style:column-width="2.1cm"/></style:style>'
        '<style:style style:name="Table1.B" style:family="table-column">'
        '<style:table-column-properties style:column-width="3.9cm"/></style:style>'
        '<style:style style:name="Table1.C" style:family="table-column">'
        '<style:table-column-properties style:column-width="5cm"/></style:style>'
        '<style:style style:name="Table1.D" style:family="table-column">'
        '<style:table-column-properties style:column-width="6cm"/></style:style>'
        '<style:style style:name="Table1.A1" style:family="table-cell">'
        '<style:table-cell-properties fo:background-color="#dee6ef" fo:padding="0.097cm" '
        'fo:border="0.5pt solid #000000"><style:background-image/></style:table-cell-properties></style:style>'
        '<style:style style:name="Table1.A2" style:family="table-cell">'
        '<style:table-cell-properties fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L1"><style:paragraph-properties fo:margin-top="0cm" '
        'fo:margin-bottom="0.106cm" style:contextual-spacing="false"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L2"><style:paragraph-properties fo:margin-top="0cm" '
        'fo:margin-bottom="0.106cm" style:contextual-spacing="false"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.071cm" '
        'style:contextual-spacing="false"><style:tab-stops><style:tab-stop style:position="3cm"/>'
        '</style:tab-stops></style:paragraph-properties></style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Standard"/>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Frame_20_contents">'
        '<style:text-properties fo:color="#c9211e" ' + BOLD + '/></style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties ' + BOLD + '/></style:style>'
        '<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame">'
        '<style:graphic-properties fo:margin-left="0cm" fo:margin-right="0cm" fo:margin-top="0.2cm" '
        'fo:margin-bottom="0.2cm" style:wrap="none" style:vertical-pos="top" '
        'style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" '
        'fo:background-color="#fff5ce" draw:fill="solid" draw:fill-color="#fff5ce" '
        'fo:padding="0.2cm" fo:border="1.1pt solid #c9211e"/></style:style>'
        '<style:style style:name="Sect1" style:family="section">'
        '<style:section-properties style:editable="false"><style:columns fo:column-count="1" '
        'fo:column-gap="0cm"/></style:section-properties></style:style>'
        '<text:list-style style:name="L1">'
        '<text:list-level-style-bullet text:level="1" text:style-name="Bullet_20_Symbols" '
        'loext:num-list-format="%1%" style:num-suffix="." text:bullet-char="\u2022">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" '
        'text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/>'
        '</style:list-level-properties></text:list-level-style-bullet></text:list-style>'
        '<text:list-style style:name="L2">'
        '<text:list-level-style-number text:level="1" text:style-name="Numbering_20_Symbols" '
        'loext:num-list-format="%1%." style:num-suffix="." style:num-format="1">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" '
        'text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/>'
        '</style:list-level-properties></text:list-level-style-number></text:list-style>'
        '</office:automatic-styles>')
    body, n_list, n_note, n_frame = [], 0, 0, 0
    for b in blocks:
        kind = b[0]
        if kind == "#title":
            body.append('<text:p text:style-name="Title">%s</text:p>' % inline(b[1]))
        elif kind == "#subtitle":
            body.append('<text:p text:style-name="Subtitle">%s</text:p>' % inline(b[1]))
        elif kind in ("#h1", "#h2"):
            lvl = kind[2]
            body.append('<text:h text:style-name="Heading_20_%s" text:outline-level="%s">%s</text:h>'
                        % (lvl, lvl, inline(b[1])))
        elif kind == "#p":
            text = inline(b[1])
            if "{fn}" in text:
                n_note += 1
                note = ('<text:note text:id="ftn%d" text:note-class="footnote">'
                        '<text:note-citation>%d</text:note-citation><text:note-body>'
                        '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                        % (n_note - 1, n_note, inline(b[2])))
                text = text.replace("{fn}", note)
            body.append('<text:p text:style-name="Text_20_body">%s</text:p>' % text)
        elif kind in ("#ul", "#ol"):
            n_list += 1
            style, pstyle = ("L1", "P1") if kind == "#ul" else ("L2", "P2")
            items = []
            for it in b[1]:
                it = re.sub(r"^(- |\d+\. )", "", it)
                items.append('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                             % (pstyle, inline(it)))
            body.append('<text:list xml:id="list%d" text:style-name="%s">%s</text:list>'
                        % (3870214 + 1117 * n_list, style, "".join(items)))
        elif kind == "#table":
            rows = [[c.strip() for c in r.strip().strip("|").split("|")] for r in b[1]]
            cols = "".join('<table:table-column table:style-name="Table1.%s"/>' % c for c in "ABCD")
            def row(cells, head):
                st, ps = ("Table1.A1", "Table_20_Heading") if head else ("Table1.A2", "Table_20_Contents")
                return "<table:table-row>%s</table:table-row>" % "".join(
                    '<table:table-cell table:style-name="%s" office:value-type="string">'
                    '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                    % (st, ps, inline(c)) for c in cells)
            body.append('<table:table table:name="Table1" table:style-name="Table1">%s'
                        '<table:table-header-rows>%s</table:table-header-rows>%s</table:table>'
                        % (cols, row(rows[0], True), "".join(row(r, False) for r in rows[1:])))
        elif kind == "#remember":
            n_frame += 1
            paras = ['<text:p text:style-name="P5">%s</text:p>' % inline(b[1][0])]
            paras += ['<text:p text:style-name="Frame_20_contents">%s</text:p>' % inline(l)
                      for l in b[1][1:]]
            body.append('<text:p text:style-name="P4"><draw:frame draw:style-name="fr1" '
                        'draw:name="Frame%d" text:anchor-type="paragraph" svg:width="16.2cm" '
                        'draw:z-index="0"><draw:text-box fo:min-height="2.2cm">%s</draw:text-box>'
                        '</draw:frame></text:p>' % (n_frame, "".join(paras)))
        elif kind == "#section":
            body.append('<text:section text:style-name="Sect1" text:name="%s">' % escape(b[1]))
        elif kind == "#endsection":
            body.append("</text:section>")
        elif kind == "#tl":
            body.append('<text:p text:style-name="P3">%s</text:p>' % inline(b[1]))
    seq = ('<text:sequence-decls>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/>'
           '</text:sequence-decls>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content %s office:version="1.3">%s%s'
            '<office:body><office:text>%s%s</office:text></office:body></office:document-content>'
            % (NS, '<office:scripts/>', FONTS + auto, seq, "".join(body)))


def styles_xml():
    def ps(name, display, parent, cls, props="", text=""):
        return ('<style:style style:name="%s" %sstyle:family="paragraph" %sstyle:class="%s">%s%s</style:style>'
                % (name, 'style:display-name="%s" ' % display if display else "",
                   'style:parent-style-name="%s" ' % parent if parent else "", cls, props, text))
    styles = (
        '<office:styles>'
        '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4" '
        'draw:fill-color="#729fcf" fo:wrap-option="no-wrap" draw:shadow-offset-x="0.3cm" '
        'draw:shadow-offset-y="0.3cm" style:flow-with-text="false"/></style:default-style>'
        '<style:default-style style:family="paragraph"><style:paragraph-properties '
        'fo:hyphenation-ladder-count="no-limit" style:text-autospace="ideograph-alpha" '
        'style:punctuation-wrap="hanging" style:line-break="strict" style:tab-stop-distance="1.251cm" '
        'style:writing-mode="page"/><style:text-properties style:use-window-font-color="true" '
        'style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="IN" '
        'style:letter-kerning="true" style:font-name-asian="Noto Sans CJK SC" '
        'style:font-size-asian="10.5pt" style:language-asian="zh" style:country-asian="CN" '
        'fo:hyphenate="false" fo:hyphenation-remain-char-count="2" '
        'fo:hyphenation-push-char-count="2"/></style:default-style>'
        '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/>'
        '</style:default-style>'
        + ps("Standard", "", "", "text")
        + ps("Heading", "", "Standard", "text",
             '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" '
             'style:contextual-spacing="false" fo:keep-with-next="always"/>',
             '<style:text-properties style:font-name="Liberation Sans" fo:font-family="&apos;Liberation Sans&apos;" '
             'style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="14pt"/>')
        + ps("Text_20_body", "Text body", "Standard", "text",
             '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" '
             'style:contextual-spacing="false" fo:line-height="115%"/>')
        + ps("List", "", "Text_20_body", "list")
        + ps("Title", "", "Heading", "chapter",
             '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>',
             '<style:text-properties fo:font-size="28pt" ' + BOLD + '/>')
        + ps("Subtitle", "", "Heading", "chapter",
             '<style:paragraph-properties fo:margin-top="0.106cm" fo:margin-bottom="0.212cm" '
             'style:contextual-spacing="false" fo:text-align="center" style:justify-single-word="false"/>',
             '<style:text-properties fo:font-size="12pt" fo:font-style="italic"/>')
        + ps("Heading_20_1", "Heading 1", "Heading", "text",
             '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" '
             'style:contextual-spacing="false"/>',
             '<style:text-properties fo:color="#1e6a39" fo:font-size="16pt" ' + BOLD + '/>')
        + ps("Heading_20_2", "Heading 2", "Heading", "text",
             '<style:paragraph-properties fo:margin-top="0.353cm" fo:margin-bottom="0.212cm" '
             'style:contextual-spacing="false"/>',
             '<style:text-properties fo:font-size="13pt" ' + BOLD + '/>')
        + ps("Footnote", "", "Standard", "extra",
             '<style:paragraph-properties fo:margin-left="0.599cm" fo:margin-right="0cm" '
             'fo:text-indent="-0.599cm" style:auto-text-indent="false" text:number-lines="false" '
             'text:line-number="0"/>', '<style:text-properties fo:font-size="10pt"/>')
        + ps("Header_20_and_20_Footer", "Header and Footer", "Standard", "extra",
             '<style:paragraph-properties text:number-lines="false" text:line-number="0">'
             '<style:tab-stops><style:tab-stop style:position="8.5cm" style:type="center"/>'
             '<style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>'
             '</style:paragraph-properties>')
        + ps("Header", "", "Header_20_and_20_Footer", "extra", "",
             '<style:text-properties fo:font-size="9pt" fo:font-style="italic"/>')
        + ps("Footer", "", "Header_20_and_20_Footer", "extra",
             '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>',
             '<style:text-properties fo:font-size="9pt"/>')
        + ps("Table_20_Contents", "Table Contents", "Standard", "extra",
             '<style:paragraph-properties fo:orphans="0" fo:widows="0" text:number-lines="false" '
             'text:line-number="0"/>', '<style:text-properties fo:font-size="10pt"/>')
        + ps("Table_20_Heading", "Table Heading", "Table_20_Contents", "extra",
             '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false" '
             'text:number-lines="false" text:line-number="0"/>',
             '<style:text-properties ' + BOLD + '/>')
        + ps("Frame_20_contents", "Frame contents", "Standard", "extra", "",
             '<style:text-properties fo:font-size="11pt"/>')
        + '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" '
        'style:family="text"/>'
        '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" '
        'style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>'
        '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" '
        'style:family="text"><style:text-properties style:font-name="OpenSymbol" '
        'fo:font-family="OpenSymbol" style:font-charset="x-symbol"/></style:style>'
        '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" '
        'style:family="text"/>'
        '<style:style style:name="Frame" style:family="graphic"><style:graphic-properties '
        'text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" fo:margin-left="0.201cm" '
        'fo:margin-right="0.201cm" fo:margin-top="0.201cm" fo:margin-bottom="0.201cm" '
        'style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:wrap-contour="false" '
        'style:vertical-pos="top" style:vertical-rel="paragraph-content" style:horizontal-pos="center" '
        'style:horizontal-rel="paragraph-content" fo:padding="0.15cm" '
        'fo:border="0.06pt solid #000000"/></style:style>'
        '<text:outline-style style:name="Outline">'
        + "".join('<text:outline-level-style text:level="%d" loext:num-list-format="" '
                  'style:num-format=""><style:list-level-properties '
                  'text:list-level-position-and-space-mode="label-alignment">'
                  '<style:list-level-label-alignment text:label-followed-by="listtab"/>'
                  '</style:list-level-properties></text:outline-level-style>' % n for n in range(1, 11))
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
            'fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm" '
            'style:writing-mode="lr-tb" style:footnote-max-height="0cm" loext:margin-gutter="0cm">'
            '<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.101cm" '
            'style:distance-after-sep="0.101cm" style:line-style="solid" style:adjustment="left" '
            'style:rel-width="25%" style:color="#000000"/></style:page-layout-properties>'
            '<style:header-style><style:header-footer-properties fo:min-height="0cm" '
            'fo:margin-bottom="0.499cm"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="0cm" '
            'fo:margin-top="0.499cm"/></style:footer-style></style:page-layout>'
            '</office:automatic-styles>')
    master = ('<office:master-styles><style:master-page style:name="Standard" '
              'style:page-layout-name="pm1"><style:header><text:p text:style-name="Header">'
              'GS I – Modern History<text:tab/><text:tab/>Communal Award &amp; Poona Pact</text:p>'
              '</style:header><style:footer><text:p text:style-name="Footer">Page '
              '<text:page-number text:select-page="current">1</text:page-number> of '
              '<text:page-count>4</text:page-count></text:p></style:footer></style:master-page>'
              '</office:master-styles>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-styles %s office:version="1.3">%s%s%s%s</office:document-styles>'
            % (NS, FONTS, styles, auto, master))


def meta_xml(words, chars, paras):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
            '<meta:creation-date>2025-07-30T19:42:11.381520903</meta:creation-date>'
            '<dc:date>2025-08-24T21:14:35.118402671</dc:date>'
            '<meta:editing-duration>PT3H41M12S</meta:editing-duration>'
            '<meta:editing-cycles>17</meta:editing-cycles>'
            '<meta:generator>LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2</meta:generator>'
            '<dc:title>Communal Award 1932</dc:title>'
            '<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="4" meta:paragraph-count="%d" meta:word-count="%d" meta:character-count="%d" '
            'meta:non-whitespace-character-count="%d"/></office:meta></office:document-meta>'
            % (paras, words, chars, chars - words + 1))


SETTINGS = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-settings xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item config:name="ViewAreaTop" config:type="long">41275</config:config-item>'
            '<config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>'
            '<config:config-item config:name="ViewAreaWidth" config:type="long">38100</config:config-item>'
            '<config:config-item config:name="ViewAreaHeight" config:type="long">19896</config:config-item>'
            '<config:config-item config:name="ShowRedlineChanges" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="InBrowseMode" config:type="boolean">false</config:config-item>'
            '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            '<config:config-item config:name="ViewId" config:type="string">view2</config:config-item>'
            '<config:config-item config:name="ZoomType" config:type="short">0</config:config-item>'
            '<config:config-item config:name="ZoomFactor" config:type="short">110</config:config-item>'
            '</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="PrinterName" config:type="string"/>'
            '<config:config-item config:name="EmbedFonts" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="RsidRoot" config:type="int">1638174</config:config-item>'
            '</config:config-item-set></office:settings></office:document-settings>')

MANIFEST_RDF = ('<?xml version="1.0" encoding="utf-8"?>\n'
                '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                '  <rdf:Description rdf:about="styles.xml">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#StylesFile"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="styles.xml"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="content.xml">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#ContentFile"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="content.xml"/>\n'
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
            ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>\n'
            '</manifest:manifest>\n')


def thumbnail():
    """A 64x90 grey-on-white page preview, as PNG (zlib only)."""
    w, h = 64, 90
    rows = []
    for y in range(h):
        line = bytearray([0])
        for x in range(w):
            text_line = 8 <= y < 84 and y % 4 == 0 and 6 <= x < (58 if y % 12 else 40)
            heading = y in (8, 9, 10) and 6 <= x < 46
            line += bytes([90, 90, 90] if heading else [170, 170, 170] if text_line else [255, 255, 255])
        rows.append(bytes(line))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        blocks = parse(f.read().split("\n"))
    content = content_xml(blocks)
    shown = re.sub(r"<[^>]+>", " ", content.split("<office:body>")[1])
    words = len(shown.split())
    paras = content.count("<text:p ") + content.count("<text:h ")
    members = [
        ("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
        ("styles.xml", styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("manifest.rdf", MANIFEST_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta_xml(words, len(" ".join(shown.split())), paras).encode("utf-8"),
         zipfile.ZIP_DEFLATED),
        ("settings.xml", SETTINGS.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("Thumbnails/thumbnail.png", thumbnail(), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(out, "w") as z:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = method
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data)


if __name__ == "__main__":
    main()
