#!/usr/bin/python3
"""Re-make docs/munda-ulgulan-notes.odt from tools/munda-ulgulan-notes.txt.

The .odt is written the way LibreOffice Writer 7.6 saves a document: mimetype first and stored,
Configurations2/, manifest.rdf, meta.xml, settings.xml, content.xml, Thumbnails/thumbnail.png,
styles.xml and META-INF/manifest.xml, with fixed zip timestamps so that the output is
byte-for-byte the same on every run. Writer's AutoCorrect is applied to the typed text as the
student would have got it ("->" becomes an arrow, " - " an en dash, straight quotes curly).

Source markup: "@title"/"@sub" lines (Title and Subtitle styles), "# " Heading 1, "## " Heading 2,
"- " bullet items, "1. " numbered items, plain lines (Text Body), "@table" ... "@endtable" with
cells split by "|" (first row is the repeated heading row), "[^n]" footnote anchors and "@fnN"
footnote texts.
Run from anywhere: /usr/bin/python3 tools/make_odt.py
"""
import os
import re
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "munda-ulgulan-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "munda-ulgulan-notes.odt")
STAMP = (2025, 8, 14, 21, 37, 12)

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
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:officeooo="http://openoffice.org/2009/office"')

FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
         'style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" style:font-charset="x-symbol"/>'
         '</office:font-face-decls>')


def autocorrect(s):
    s = s.replace("->", "\u2192").replace(" - ", " \u2013 ")
    s = re.sub(r'(^|[\s(])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d").replace("'", "\u2019")
    return s


def inline(s, notes):
    """Escape a line of typed text, add bold lead-ins and footnotes."""
    out = []
    m = re.match(r"(Prelims trap:|[A-Z][A-Za-z ./]{1,30}?(?= = ))", s)
    if m:
        out.append('<text:span text:style-name="T1">%s</text:span>' % escape(autocorrect(m.group(1))))
        s = s[m.end():]
    parts = re.split(r"\[\^(\d+)\]", s)
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(escape(autocorrect(part)))
        else:
            n = part
            out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                       '<text:note-citation>%s</text:note-citation><text:note-body>'
                       '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                       % (int(n) - 1, n, escape(autocorrect(notes[n]))))
    return "".join(out)


def content_xml(lines):
    notes = {}
    for l in lines:
        m = re.match(r"@fn(\d+) (.*)", l)
        if m:
            notes[m.group(1)] = m.group(2)
    body = ['<text:sequence-decls>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/>'
            '</text:sequence-decls>']
    kind, items, rows = None, [], []
    list_ids = iter(["list2386815893", "list1043262718", "list3671098453", "list905718254",
                     "list2719364501", "list1588200437", "list3310927765", "list476119380",
                     "list2093348671", "list1269930582", "list3804451129", "list651772903",
                     "list2957716148", "list1733519066"])
    in_table = False

    def close():
        nonlocal kind, items
        if kind == "bullet":
            body.append('<text:list xml:id="%s" text:style-name="L1">' % next(list_ids)
                        + "".join('<text:list-item><text:p text:style-name="P1">%s</text:p></text:list-item>'
                                  % it for it in items) + "</text:list>")
        elif kind == "number":
            body.append('<text:list xml:id="%s" text:style-name="L2">' % next(list_ids)
                        + "".join('<text:list-item><text:p text:style-name="P2">%s</text:p></text:list-item>'
                                  % it for it in items) + "</text:list>")
        kind, items = None, []

    for l in lines:
        s = l.rstrip()
        if s.startswith("@fn"):
            continue
        if s == "@table":
            close()
            in_table = True
            continue
        if s == "@endtable":
            in_table = False
            cols = "ABCD"
            x = ['<table:table table:name="Table1" table:style-name="Table1">']
            for c in cols:
                x.append('<table:table-column table:style-name="Table1.%s"/>' % c)
            for r, row in enumerate(rows):
                cells = [c.strip() for c in row.split("|")]
                if r == 0:
                    x.append("<table:table-header-rows>")
                x.append("<table:table-row>")
                for ci, c in enumerate(cells):
                    cs = "Table1.%s%d" % ("A" if ci < 3 else "D", 1 if r == 0 else 2)
                    ps = "Table_20_Heading" if r == 0 else "P3"
                    x.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                             '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                             % (cs, ps, escape(autocorrect(c))))
                x.append("</table:table-row>")
                if r == 0:
                    x.append("</table:table-header-rows>")
            x.append("</table:table>")
            body.append("".join(x))
            rows = []
            continue
        if in_table:
            if s:
                rows.append(s)
            continue
        if not s:
            continue
        if s.startswith("@title "):
            body.append('<text:p text:style-name="Title">%s</text:p>' % escape(autocorrect(s[7:])))
        elif s.startswith("@sub "):
            body.append('<text:p text:style-name="Subtitle">%s</text:p>' % escape(autocorrect(s[5:])))
        elif s.startswith("## "):
            close()
            body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>'
                        % escape(autocorrect(s[3:])))
        elif s.startswith("# "):
            close()
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>'
                        % escape(autocorrect(s[2:])))
        elif s.startswith("- "):
            if kind != "bullet":
                close()
                kind = "bullet"
            items.append(inline(s[2:], notes))
        elif re.match(r"\d+\. ", s):
            if kind != "number":
                close()
                kind = "number"
            items.append(inline(s.split(" ", 1)[1], notes))
        else:
            close()
            body.append('<text:p text:style-name="Text_20_body">%s</text:p>' % inline(s, notes))
    close()
    auto = ('<office:automatic-styles>'
            '<style:style style:name="Table1" style:family="table">'
            '<style:table-properties style:width="17cm" table:align="margins"/></style:style>'
            '<style:style style:name="Table1.A" style:family="table-column">'
            '<style:table-column-properties style:column-width="2.9cm"/></style:style>'
            '<style:style style:name="Table1.B" style:family="table-column">'
            '<style:table-column-properties style:column-width="4.1cm"/></style:style>'
            '<style:style style:name="Table1.C" style:family="table-column">'
            '<style:table-column-properties style:column-width="4.2cm"/></style:style>'
            '<style:style style:name="Table1.D" style:family="table-column">'
            '<style:table-column-properties style:column-width="5.8cm"/></style:style>'
            '<style:style style:name="Table1.A1" style:family="table-cell">'
            '<style:table-cell-properties fo:background-color="#dee6ef" fo:padding="0.097cm" '
            'fo:border-left="0.5pt solid #000000" fo:border-right="none" '
            'fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000">'
            '<style:background-image/></style:table-cell-properties></style:style>'
            '<style:style style:name="Table1.D1" style:family="table-cell">'
            '<style:table-cell-properties fo:background-color="#dee6ef" fo:padding="0.097cm" '
            'fo:border="0.5pt solid #000000"><style:background-image/></style:table-cell-properties></style:style>'
            '<style:style style:name="Table1.A2" style:family="table-cell">'
            '<style:table-cell-properties fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" '
            'fo:border-right="none" fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
            '<style:style style:name="Table1.D2" style:family="table-cell">'
            '<style:table-cell-properties fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" '
            'fo:border-right="0.5pt solid #000000" fo:border-top="none" '
            'fo:border-bottom="0.5pt solid #000000"/></style:style>'
            '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard" '
            'style:list-style-name="L1"><style:paragraph-properties fo:margin-bottom="0.106cm"/>'
            '<style:text-properties officeooo:paragraph-rsid="0012a3f1"/></style:style>'
            '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard" '
            'style:list-style-name="L2"><style:paragraph-properties fo:margin-bottom="0.106cm"/>'
            '<style:text-properties officeooo:paragraph-rsid="0014c02e"/></style:style>'
            '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
            '<style:text-properties fo:font-size="10pt" style:font-size-asian="10pt" '
            'style:font-size-complex="10pt"/></style:style>'
            '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
            'style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
            + list_styles() +
            '</office:automatic-styles>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content %s office:version="1.3"><office:scripts/>%s%s'
            '<office:body><office:text>%s</office:text></office:body></office:document-content>'
            % (NS, FONTS, auto, "".join(body)))


def list_styles():
    bullets = "\u2022\u25e6\u25aa\u2022\u25e6\u25aa\u2022\u25e6\u25aa\u2022"
    l1 = ['<text:list-style style:name="L1">']
    l2 = ['<text:list-style style:name="L2">']
    for i in range(1, 11):
        ind = "%.3fcm" % (0.635 * i)
        props = ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                 '<style:list-level-label-alignment text:label-followed-by="listtab" '
                 'text:list-tab-stop-position="%s" fo:text-indent="-0.635cm" fo:margin-left="%s"/>'
                 '</style:list-level-properties>' % (ind, ind))
        l1.append('<text:list-level-style-bullet text:level="%d" text:style-name="Bullet_20_Symbols" '
                  'loext:num-list-format="%%%d%%" style:num-suffix="." text:bullet-char="%s">%s'
                  '<style:text-properties style:font-name="OpenSymbol"/></text:list-level-style-bullet>'
                  % (i, i, bullets[i - 1], props))
        l2.append('<text:list-level-style-number text:level="%d" text:style-name="Numbering_20_Symbols" '
                  'loext:num-list-format="%%%d%%." style:num-suffix="." style:num-format="1">%s'
                  '</text:list-level-style-number>' % (i, i, props))
    return "".join(l1) + "</text:list-style>" + "".join(l2) + "</text:list-style>"


def styles_xml():
    outline = "".join(
        '<text:outline-level-style text:level="%d" loext:num-list-format="" style:num-format="">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab"/>'
        '</style:list-level-properties></text:outline-level-style>' % i for i in range(1, 11))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-styles %s office:version="1.3">%s'
            '<office:styles>'
            '<style:default-style style:family="paragraph">'
            '<style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:text-autospace="ideograph-alpha" '
            'style:punctuation-wrap="hanging" style:line-break="strict" style:tab-stop-distance="1.251cm" '
            'style:writing-mode="page"/>'
            '<style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" '
            'fo:country="IN" style:letter-kerning="true" fo:hyphenate="false"/></style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
            '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" '
            'style:next-style-name="Text_20_body" style:class="text">'
            '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" fo:keep-with-next="always"/>'
            '<style:text-properties style:font-name="Liberation Sans" fo:font-family="&apos;Liberation Sans&apos;" '
            'style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="14pt"/></style:style>'
            '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
            'style:parent-style-name="Standard" style:class="text">'
            '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" style:contextual-spacing="false" '
            'fo:line-height="115%%"/></style:style>'
            '<style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" '
            'style:class="list"/>'
            '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" '
            'style:next-style-name="Subtitle" style:class="chapter">'
            '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>'
            '<style:text-properties fo:font-size="28pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" '
            'style:next-style-name="Text_20_body" style:class="chapter">'
            '<style:paragraph-properties fo:margin-top="0.106cm" fo:margin-bottom="0.212cm" fo:text-align="center" '
            'style:justify-single-word="false"/><style:text-properties fo:font-size="18pt"/></style:style>'
            '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
            'style:parent-style-name="Heading" style:next-style-name="Text_20_body" '
            'style:default-outline-level="1" style:class="text">'
            '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm"/>'
            '<style:text-properties fo:font-size="130%%" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
            'style:parent-style-name="Heading" style:next-style-name="Text_20_body" '
            'style:default-outline-level="2" style:class="text">'
            '<style:paragraph-properties fo:margin-top="0.353cm" fo:margin-bottom="0.212cm"/>'
            '<style:text-properties fo:font-size="115%%" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" '
            'style:parent-style-name="Standard" style:class="extra">'
            '<style:paragraph-properties fo:orphans="0" fo:widows="0" text:number-lines="false" text:line-number="0"/>'
            '</style:style>'
            '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" '
            'style:parent-style-name="Table_20_Contents" style:class="extra">'
            '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>'
            '<style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" '
            'style:class="extra"><style:paragraph-properties fo:margin-left="0.599cm" fo:margin-right="0cm" '
            'fo:text-indent="-0.599cm" style:auto-text-indent="false" text:number-lines="false" text:line-number="0"/>'
            '<style:text-properties fo:font-size="10pt"/></style:style>'
            '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>'
            '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">'
            '<style:text-properties style:text-position="super 58%%"/></style:style>'
            '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text">'
            '<style:text-properties style:font-name="OpenSymbol"/></style:style>'
            '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>'
            '<text:outline-style style:name="Outline">%s</text:outline-style>'
            '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
            'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" '
            'text:footnotes-position="page" text:start-numbering-at="document"/>'
            '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>'
            '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" style:num-format="1" '
            'text:number-position="left" text:increment="5"/>'
            '</office:styles>'
            '<office:automatic-styles><style:page-layout style:name="pm1">'
            '<style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:num-format="1" '
            'style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" '
            'fo:margin-right="2cm" style:writing-mode="lr-tb" style:footnote-max-height="0cm">'
            '<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.101cm" '
            'style:distance-after-sep="0.101cm" style:line-style="solid" style:adjustment="left" '
            'style:rel-width="25%%" style:color="#000000"/></style:page-layout-properties>'
            '<style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
            '</office:master-styles></office:document-styles>' % (NS, FONTS, outline))


def meta_xml(words, chars, paras):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" '
            'xmlns:grddl="http://www.w3.org/2003/g/data-view#" office:version="1.3"><office:meta>'
            '<meta:creation-date>2025-07-29T18:02:41.318000000</meta:creation-date>'
            '<dc:date>2025-08-14T21:37:10.904000000</dc:date>'
            '<meta:editing-duration>PT3H12M47S</meta:editing-duration>'
            '<meta:editing-cycles>14</meta:editing-cycles>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1</meta:generator>'
            '<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="5" meta:paragraph-count="%d" meta:word-count="%d" meta:character-count="%d" '
            'meta:non-whitespace-character-count="%d"/></office:meta></office:document-meta>'
            % (paras, words, chars, chars - words + 1))


SETTINGS = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item config:name="ViewAreaTop" config:type="long">0</config:config-item>'
            '<config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>'
            '<config:config-item config:name="ViewAreaWidth" config:type="long">41539</config:config-item>'
            '<config:config-item config:name="ViewAreaHeight" config:type="long">19262</config:config-item>'
            '<config:config-item config:name="ShowRedlineChanges" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="InBrowseMode" config:type="boolean">false</config:config-item>'
            '</config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="PrinterName" config:type="string"/>'
            '<config:config-item config:name="EmbedFonts" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="Rsid" config:type="int">1623187</config:config-item>'
            '<config:config-item config:name="RsidRoot" config:type="int">1221105</config:config-item>'
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
            ' <manifest:file-entry manifest:full-path="Configurations2/" '
            'manifest:media-type="application/vnd.sun.xml.ui.configuration"/>\n'
            ' <manifest:file-entry manifest:full-path="manifest.rdf" manifest:media-type="application/rdf+xml"/>\n'
            ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>\n'
            ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
            '</manifest:manifest>')


def thumbnail():
    """A 181x256 first-page thumbnail: white page, grey bars for lines of text."""
    w, h = 181, 256
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            ink = False
            if 20 <= y < 26:
                ink = 40 <= x < 141
            elif 32 <= y < 36:
                ink = 30 <= x < 151
            elif 44 <= y < 240 and (y - 44) % 7 < 2:
                ln = (y - 44) // 7
                ink = 16 <= x < (165 - (ln * 37) % 60)
            raw += b"\x90\x90\x90" if ink else b"\xff\xff\xff"

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def shown_stats(content):
    text = re.sub(r"<text:note-citation>[^<]*</text:note-citation>", "", content)
    paras = len(re.findall(r"<text:(?:p|h)\b", text))
    text = re.sub(r"<[^>]+>", " ", text)
    words = len(text.split())
    chars = len(re.sub(r"\s+", " ", text).strip())
    return words, chars, paras


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    content = content_xml(lines)
    words, chars, paras = shown_stats(content)
    members = [
        ("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
        ("Configurations2/", b"", zipfile.ZIP_STORED),
        ("manifest.rdf", MANIFEST_RDF.encode(), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta_xml(words, chars, paras).encode(), zipfile.ZIP_DEFLATED),
        ("settings.xml", SETTINGS.encode(), zipfile.ZIP_DEFLATED),
        ("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("Thumbnails/thumbnail.png", thumbnail(), zipfile.ZIP_DEFLATED),
        ("styles.xml", styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST.encode(), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = method
            info.create_system = 0
            if name.endswith("/"):
                info.external_attr = 0x10
            z.writestr(info, data)


if __name__ == "__main__":
    build()
