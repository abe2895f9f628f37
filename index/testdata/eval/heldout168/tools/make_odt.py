#!/usr/bin/python3
"""Re-make docs/alauddin-khalji-reforms.odt from tools/alauddin-khalji-reforms.txt.

Run from anywhere: /usr/bin/python3 tools/make_odt.py
Standard library only. The output is byte-for-byte reproducible: fixed zip timestamps, fixed
entry order (mimetype first and stored, the rest deflated, in the order LibreOffice writes them).

The package is laid out the way LibreOffice Writer 24.2 saves a text document: mimetype,
manifest.rdf, meta.xml, settings.xml, content.xml, styles.xml, META-INF/manifest.xml; the XML is
written on one line as LibreOffice does (the manifest is indented). Writer's AutoCorrect is
imitated in the shown text: straight quotes become typographic quotes and " - " becomes an en
dash.

Source mark-up (one paragraph a line):
  @title / @subtitle      Title and Subtitle paragraphs
  # text / ## text        Heading 1 / Heading 2 (text:h with outline levels 1 and 2)
  - text                  bulleted list item (list style L1)
  1. text                 numbered list item (list style L2; the number is the list's, not text)
  **text**                bold span (automatic style T1)
  [^text]                 footnote (text:note, class footnote) at that point
  @box ... @endbox        a text frame ("Remember" box) anchored to the next paragraph
  @table ... @endtable    a table, cells split on |, first row the repeated heading row
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "alauddin-khalji-reforms.txt")
OUT = os.path.join(HERE, "..", "docs", "alauddin-khalji-reforms.odt")
DATE = (2025, 7, 19, 22, 14, 36)

NS = ('xmlns:officeooo="http://openoffice.org/2009/office" '
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
      'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')

XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'

FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
         'style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Lohit Devanagari1" svg:font-family="&apos;Lohit Devanagari&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" style:font-charset="x-symbol"/>'
         '</office:font-face-decls>')


def autocorrect(s):
    """Writer's AutoCorrect while typing: typographic quotes and en dashes."""
    s = s.replace(" - ", " \u2013 ")
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else " "
        if ch == '"':
            out.append("\u201c" if prev in " (\u2013" else "\u201d")
        elif ch == "'":
            out.append("\u2018" if prev in " (" else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def inline(s):
    """Shown text with bold spans and footnotes, as content.xml inline XML."""
    global note_no
    parts = re.split(r"(\*\*.+?\*\*|\[\^.+?\])", s)
    out = []
    for p in parts:
        if not p:
            continue
        if p.startswith("**"):
            out.append('<text:span text:style-name="T1">%s</text:span>' % spaced(autocorrect(p[2:-2])))
        elif p.startswith("[^"):
            note_no += 1
            out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                       '<text:note-citation>%d</text:note-citation><text:note-body>'
                       '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                       % (note_no, note_no, spaced(autocorrect(p[2:-1]))))
        else:
            out.append(spaced(autocorrect(p)))
    return "".join(out)


def spaced(s):
    """Escape text; runs of spaces become text:s as Writer stores them."""
    s = escape(s)
    return re.sub(r"  +", lambda m: " <text:s/>" if len(m.group()) == 2 else
                  ' <text:s text:c="%d"/>' % (len(m.group()) - 1), s)


note_no = 0
list_no = 0


def list_xml(items, style, para_style, continue_numbering=False):
    global list_no
    list_no += 1
    attrs = ' xml:id="list%d" text:style-name="%s"' % (318204752 + list_no * 7919, style)
    if continue_numbering:
        attrs += ' text:continue-numbering="true"'
    body = "".join('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                   % (para_style, inline(it)) for it in items)
    return "<text:list%s>%s</text:list>" % (attrs, body)


def table_xml(rows):
    cols = "".join('<table:table-column table:style-name="Table1.%s"/>' % c for c in "ABC")
    out = ['<table:table table:name="Table1" table:style-name="Table1">', cols]
    for r, row in enumerate(rows):
        cells = [c.strip() for c in row.split("|")]
        rowx = ["<table:table-row>"]
        for c, text in enumerate(cells):
            cell_style = "Table1.%s%d" % ("C" if c == 2 else "A", 1 if r == 0 else 2)
            p_style = "Table_20_Heading" if r == 0 else "P3"
            rowx.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                        '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                        % (cell_style, p_style, inline(text)))
        rowx.append("</table:table-row>")
        if r == 0:
            out.append("<table:table-header-rows>%s</table:table-header-rows>" % "".join(rowx))
        else:
            out.append("".join(rowx))
    out.append("</table:table>")
    return "".join(out)


def frame_xml(lines):
    head, items = lines[0], [l[2:] for l in lines[1:] if l.startswith("- ")]
    box = ['<text:p text:style-name="P5">%s</text:p>' % inline(head)]
    box.append(list_xml(items, "L1", "P6"))
    return ('<draw:frame draw:style-name="fr1" draw:name="Frame1" text:anchor-type="paragraph" '
            'svg:x="10.2cm" svg:y="0.2cm" svg:width="6.8cm" draw:z-index="0">'
            '<draw:text-box fo:min-height="3.2cm">%s</draw:text-box></draw:frame>' % "".join(box))


def body_xml(lines):
    out = []
    i = 0
    pending_frame = ""
    numbered_lists = 0
    while i < len(lines):
        s = lines[i].rstrip()
        if not s:
            i += 1
            continue
        if s.startswith("@title "):
            out.append('<text:p text:style-name="Title">%s</text:p>' % inline(s[7:]))
        elif s.startswith("@subtitle "):
            out.append('<text:p text:style-name="Subtitle">%s</text:p>' % inline(s[10:]))
        elif s.startswith("## "):
            out.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>'
                       % inline(s[3:]))
        elif s.startswith("# "):
            out.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>'
                       % inline(s[2:]))
        elif s.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append(lines[i][2:].rstrip())
                i += 1
            out.append(list_xml(items, "L1", "P1"))
            continue
        elif re.match(r"\d+\. ", s):
            items = []
            while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                items.append(lines[i].split(". ", 1)[1].rstrip())
                i += 1
            numbered_lists += 1
            out.append(list_xml(items, "L2", "P2"))
            continue
        elif s == "@box":
            box = []
            i += 1
            while lines[i].rstrip() != "@endbox":
                box.append(lines[i].rstrip())
                i += 1
            pending_frame = frame_xml(box)
        elif s == "@table":
            rows = []
            i += 1
            while lines[i].rstrip() != "@endtable":
                if lines[i].strip():
                    rows.append(lines[i].rstrip())
                i += 1
            out.append(table_xml(rows))
        else:
            style = "P4" if s.startswith("**") else "Text_20_body"
            out.append('<text:p text:style-name="%s">%s%s</text:p>' % (style, pending_frame, inline(s)))
            pending_frame = ""
        i += 1
    return "".join(out)


AUTO_STYLES = (
    '<office:automatic-styles>'
    '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="17cm" '
    'table:align="margins"/></style:style>'
    '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties '
    'style:column-width="3.1cm" style:rel-column-width="11968*"/></style:style>'
    '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties '
    'style:column-width="6.95cm" style:rel-column-width="26783*"/></style:style>'
    '<style:style style:name="Table1.C" style:family="table-column"><style:table-column-properties '
    'style:column-width="6.95cm" style:rel-column-width="26784*"/></style:style>'
    '<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties '
    'fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" '
    'fo:border-right="none" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000">'
    '<style:background-image/></style:table-cell-properties></style:style>'
    '<style:style style:name="Table1.C1" style:family="table-cell"><style:table-cell-properties '
    'fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border="0.5pt solid #000000">'
    '<style:background-image/></style:table-cell-properties></style:style>'
    '<style:style style:name="Table1.A2" style:family="table-cell"><style:table-cell-properties '
    'fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" '
    'fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="Table1.C2" style:family="table-cell"><style:table-cell-properties '
    'fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" '
    'fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body" '
    'style:list-style-name="L1"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm" '
    'style:contextual-spacing="false"/><style:text-properties officeooo:paragraph-rsid="0004e1a7"/></style:style>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body" '
    'style:list-style-name="L2"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm" '
    'style:contextual-spacing="false"/><style:text-properties officeooo:paragraph-rsid="0006b3c2"/></style:style>'
    '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
    '<style:text-properties fo:font-size="10pt" officeooo:paragraph-rsid="0007f2d9" '
    'style:font-size-asian="10pt" style:font-size-complex="10pt"/></style:style>'
    '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Text_20_body">'
    '<style:paragraph-properties fo:margin-left="0.5cm" fo:margin-right="0cm" fo:text-indent="0cm" '
    'style:auto-text-indent="false" fo:background-color="#fff5ce" fo:padding="0.1cm" '
    'fo:border-left="2.26pt solid #ffbf00" fo:border-right="none" fo:border-top="none" '
    'fo:border-bottom="none" style:shadow="none"><style:background-image/></style:paragraph-properties>'
    '</style:style>'
    '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Frame_20_contents">'
    '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>'
    '<style:text-properties fo:font-size="12pt" fo:font-weight="bold" style:font-size-asian="12pt" '
    'style:font-weight-asian="bold" style:font-size-complex="12pt" style:font-weight-complex="bold"/></style:style>'
    '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Frame_20_contents" '
    'style:list-style-name="L1"><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt" '
    'style:font-size-complex="10pt"/></style:style>'
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
    'style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
    '<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame">'
    '<style:graphic-properties fo:margin-left="0.2cm" fo:margin-right="0cm" fo:margin-top="0.2cm" '
    'fo:margin-bottom="0.2cm" style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" '
    'style:wrap-contour="false" style:vertical-pos="from-top" style:vertical-rel="paragraph" '
    'style:horizontal-pos="from-left" style:horizontal-rel="paragraph" fo:background-color="#e8f2a1" '
    'draw:fill="solid" draw:fill-color="#e8f2a1" fo:padding="0.15cm" fo:border="1.1pt solid #3465a4" '
    'style:shadow="none" draw:shadow-opacity="100%"/></style:style>'
    '<text:list-style style:name="L1">' + "".join(
        '<text:list-level-style-bullet text:level="%d" text:style-name="Bullet_20_Symbols" '
        'text:bullet-char="%s"><style:list-level-properties '
        'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
        'text:label-followed-by="listtab" text:list-tab-stop-position="%.3fcm" fo:text-indent="-0.635cm" '
        'fo:margin-left="%.3fcm"/></style:list-level-properties></text:list-level-style-bullet>'
        % (lv, "\u2022\u25e6\u25aa"[(lv - 1) % 3], 0.635 * (lv + 1), 0.635 * (lv + 1))
        for lv in range(1, 11)) + '</text:list-style>'
    '<text:list-style style:name="L2">' + "".join(
        '<text:list-level-style-number text:level="%d" text:style-name="Numbering_20_Symbols" '
        'style:num-suffix="." style:num-format="1"><style:list-level-properties '
        'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
        'text:label-followed-by="listtab" text:list-tab-stop-position="%.3fcm" fo:text-indent="-0.635cm" '
        'fo:margin-left="%.3fcm"/></style:list-level-properties></text:list-level-style-number>'
        % (lv, 0.635 * (lv + 1), 0.635 * (lv + 1)) for lv in range(1, 11)) + '</text:list-style>'
    '</office:automatic-styles>')

SEQ = ('<text:sequence-decls>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/>'
       '</text:sequence-decls>')


def para_style(name, display, parent=None, next_=None, klass="text", extra=""):
    a = '<style:style style:name="%s"' % name
    if display:
        a += ' style:display-name="%s"' % display
    a += ' style:family="paragraph"'
    if parent:
        a += ' style:parent-style-name="%s"' % parent
    if next_:
        a += ' style:next-style-name="%s"' % next_
    return a + ' style:class="%s"%s</style:style>' % (klass, extra if extra.startswith(">") else ">" + extra)


STYLES_XML = (
    XML_HEAD + '<office:document-styles ' + NS + ' office:version="1.3">' + FONTS +
    '<office:styles>'
    '<draw:gradient draw:name="gradient" draw:style="linear" draw:start-color="#000000" '
    'draw:end-color="#ffffff" draw:start-intensity="100%" draw:end-intensity="100%" draw:angle="0deg" '
    'draw:border="0%"/>'
    '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4" '
    'draw:fill-color="#729fcf" fo:wrap-option="no-wrap" draw:shadow-offset-x="0.3cm" '
    'draw:shadow-offset-y="0.3cm" draw:start-line-spacing-horizontal="0.283cm" '
    'draw:start-line-spacing-vertical="0.283cm" draw:end-line-spacing-horizontal="0.283cm" '
    'draw:end-line-spacing-vertical="0.283cm" style:flow-with-text="false"/><style:paragraph-properties '
    'style:text-autospace="ideograph-alpha" style:line-break="strict" loext:tab-stop-distance="0cm" '
    'style:writing-mode="lr-tb" style:font-independent-line-spacing="false"><style:tab-stops/>'
    '</style:paragraph-properties><style:text-properties style:use-window-font-color="true" '
    'loext:opacity="0%" style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" '
    'fo:country="IN" style:letter-kerning="true" style:font-name-asian="Noto Sans CJK SC" '
    'style:font-size-asian="10.5pt" style:language-asian="zh" style:country-asian="CN" '
    'style:font-name-complex="Lohit Devanagari1" style:font-size-complex="12pt" '
    'style:language-complex="hi" style:country-complex="IN"/></style:default-style>'
    '<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" '
    'fo:widows="2" fo:hyphenation-ladder-count="no-limit" fo:hyphenation-keep="auto" '
    'loext:hyphenation-keep-type="column" style:text-autospace="ideograph-alpha" '
    'style:punctuation-wrap="hanging" style:line-break="strict" style:tab-stop-distance="1.251cm" '
    'style:writing-mode="page"/><style:text-properties style:use-window-font-color="true" '
    'style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="IN" '
    'style:letter-kerning="true" style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="10.5pt" '
    'style:language-asian="zh" style:country-asian="CN" style:font-name-complex="Lohit Devanagari1" '
    'style:font-size-complex="12pt" style:language-complex="hi" style:country-complex="IN" '
    'fo:hyphenate="false" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2" '
    'loext:hyphenation-no-caps="false" loext:hyphenation-no-last-word="false" '
    'loext:hyphenation-word-char-count="5" loext:hyphenation-zone="no-limit"/></style:default-style>'
    '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/>'
    '</style:default-style>'
    '<style:default-style style:family="table-row"><style:table-row-properties fo:keep-together="auto"/>'
    '</style:default-style>'
    + para_style("Standard", None)
    + para_style("Heading", None, "Standard", "Text_20_body", extra=
                 '><style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" '
                 'style:contextual-spacing="false" fo:keep-with-next="always"/><style:text-properties '
                 'style:font-name="Liberation Sans" fo:font-family="&apos;Liberation Sans&apos;" '
                 'style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="14pt" '
                 'style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="14pt" '
                 'style:font-name-complex="Lohit Devanagari1" style:font-size-complex="14pt"/>')
    + para_style("Text_20_body", "Body Text", "Standard", extra=
                 '><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" '
                 'style:contextual-spacing="false" fo:line-height="115%"/>')
    + para_style("List", None, "Text_20_body", klass="list", extra=
                 '><style:text-properties style:font-size-asian="12pt" '
                 'style:font-name-complex="Lohit Devanagari1"/>')
    + para_style("Caption", None, "Standard", klass="extra", extra=
                 '><style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0.212cm" '
                 'style:contextual-spacing="false" text:number-lines="false" text:line-number="0"/>'
                 '<style:text-properties fo:font-size="12pt" fo:font-style="italic" '
                 'style:font-size-asian="12pt" style:font-style-asian="italic" '
                 'style:font-size-complex="12pt" style:font-style-complex="italic"/>')
    + para_style("Index", None, "Standard", klass="index", extra=
                 '><style:paragraph-properties text:number-lines="false" text:line-number="0"/>')
    + para_style("Title", None, "Heading", "Subtitle", klass="chapter", extra=
                 '><style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>'
                 '<style:text-properties fo:font-size="28pt" fo:font-weight="bold" '
                 'style:font-size-asian="28pt" style:font-weight-asian="bold" style:font-size-complex="28pt" '
                 'style:font-weight-complex="bold"/>')
    + para_style("Subtitle", None, "Heading", "Text_20_body", klass="chapter", extra=
                 '><style:paragraph-properties fo:margin-top="0.106cm" fo:margin-bottom="0.212cm" '
                 'style:contextual-spacing="false" fo:text-align="center" style:justify-single-word="false"/>'
                 '<style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" '
                 'style:font-size-complex="18pt"/>')
    + '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
      'style:parent-style-name="Heading" style:next-style-name="Text_20_body" '
      'style:default-outline-level="1" style:class="text"><style:paragraph-properties '
      'fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/>'
      '<style:text-properties fo:font-size="130%" fo:font-weight="bold" style:font-size-asian="130%" '
      'style:font-weight-asian="bold" style:font-size-complex="130%" style:font-weight-complex="bold"/>'
      '</style:style>'
    + '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
      'style:parent-style-name="Heading" style:next-style-name="Text_20_body" '
      'style:default-outline-level="2" style:class="text"><style:paragraph-properties '
      'fo:margin-top="0.353cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/>'
      '<style:text-properties fo:font-size="115%" fo:font-weight="bold" style:font-size-asian="115%" '
      'style:font-weight-asian="bold" style:font-size-complex="115%" style:font-weight-complex="bold"/>'
      '</style:style>'
    + para_style("Table_20_Contents", "Table Contents", "Standard", klass="extra", extra=
                 '><style:paragraph-properties fo:orphans="0" fo:widows="0" text:number-lines="false" '
                 'text:line-number="0"/>')
    + para_style("Table_20_Heading", "Table Heading", "Table_20_Contents", klass="extra", extra=
                 '><style:paragraph-properties fo:text-align="center" style:justify-single-word="false" '
                 'text:number-lines="false" text:line-number="0"/><style:text-properties '
                 'fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>')
    + para_style("Footnote", None, "Standard", klass="extra", extra=
                 '><style:paragraph-properties fo:margin-left="0.599cm" fo:margin-right="0cm" '
                 'fo:text-indent="-0.599cm" style:auto-text-indent="false" text:number-lines="false" '
                 'text:line-number="0"/><style:text-properties fo:font-size="10pt" '
                 'style:font-size-asian="10pt" style:font-size-complex="10pt"/>')
    + para_style("Frame_20_contents", "Frame contents", "Standard", klass="extra")
    + '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" '
      'style:family="text"/>'
      '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" '
      'style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>'
      '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text">'
      '<style:text-properties style:font-name="OpenSymbol" fo:font-family="OpenSymbol" '
      'style:font-charset="x-symbol" style:font-name-asian="OpenSymbol" '
      'style:font-family-asian="OpenSymbol" style:font-charset-asian="x-symbol" '
      'style:font-name-complex="OpenSymbol" style:font-family-complex="OpenSymbol" '
      'style:font-charset-complex="x-symbol"/></style:style>'
      '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" '
      'style:family="text"/>'
      '<style:style style:name="Frame" style:family="graphic"><style:graphic-properties '
      'svg:x="0cm" svg:y="0cm" fo:margin-left="0.201cm" fo:margin-right="0.201cm" '
      'fo:margin-top="0.201cm" fo:margin-bottom="0.201cm" style:wrap="parallel" '
      'style:number-wrapped-paragraphs="no-limit" style:wrap-contour="false" style:vertical-pos="top" '
      'style:vertical-rel="paragraph-content" style:horizontal-pos="center" '
      'style:horizontal-rel="paragraph-content" fo:padding="0.15cm" fo:border="0.06pt solid #000000"/>'
      '</style:style>'
    + '<text:outline-style style:name="Outline">' + "".join(
        '<text:outline-level-style text:level="%d" style:num-format=""><style:list-level-properties '
        'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
        'text:label-followed-by="listtab"/></style:list-level-properties></text:outline-level-style>' % lv
        for lv in range(1, 11)) + '</text:outline-style>'
    '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
    'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" '
    'text:footnotes-position="page" text:start-numbering-at="document"/>'
    '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>'
    '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" '
    'style:num-format="1" text:number-position="left" text:increment="5"/>'
    '</office:styles>'
    '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
    'fo:page-width="21.001cm" fo:page-height="29.7cm" style:num-format="1" '
    'style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" '
    'fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="lr-tb" '
    'style:footnote-max-height="0cm" loext:margin-gutter="0cm"><style:footnote-sep '
    'style:width="0.018cm" style:distance-before-sep="0.101cm" style:distance-after-sep="0.101cm" '
    'style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>'
    '</style:page-layout-properties><style:header-style/><style:footer-style/></style:page-layout>'
    '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties '
    'draw:background-size="full"/></style:style></office:automatic-styles>'
    '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1" '
    'draw:style-name="dp1"/></office:master-styles></office:document-styles>')

MANIFEST_RDF = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
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

MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.3" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">\n'
    ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
    ' <manifest:file-entry manifest:full-path="manifest.rdf" manifest:media-type="application/rdf+xml"/>\n'
    ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
    '</manifest:manifest>\n')

SETTINGS = (
    XML_HEAD + '<office:document-settings xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:settings>'
    '<config:config-item-set config:name="ooo:view-settings">'
    '<config:config-item config:name="ViewAreaTop" config:type="long">52917</config:config-item>'
    '<config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>'
    '<config:config-item config:name="ViewAreaWidth" config:type="long">38311</config:config-item>'
    '<config:config-item config:name="ViewAreaHeight" config:type="long">18363</config:config-item>'
    '<config:config-item config:name="ShowRedlineChanges" config:type="boolean">true</config:config-item>'
    '<config:config-item config:name="InBrowseMode" config:type="boolean">false</config:config-item>'
    '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
    '<config:config-item config:name="ViewId" config:type="string">view2</config:config-item>'
    '<config:config-item config:name="ViewLeft" config:type="long">9437</config:config-item>'
    '<config:config-item config:name="ViewTop" config:type="long">61420</config:config-item>'
    '<config:config-item config:name="VisibleLeft" config:type="long">0</config:config-item>'
    '<config:config-item config:name="VisibleTop" config:type="long">52917</config:config-item>'
    '<config:config-item config:name="ZoomType" config:type="short">0</config:config-item>'
    '<config:config-item config:name="ZoomFactor" config:type="short">110</config:config-item>'
    '<config:config-item config:name="IsSelectedFrame" config:type="boolean">false</config:config-item>'
    '</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>'
    '<config:config-item-set config:name="ooo:configuration-settings">'
    '<config:config-item config:name="PrinterName" config:type="string"/>'
    '<config:config-item config:name="EmbedFonts" config:type="boolean">false</config:config-item>'
    '<config:config-item config:name="AddParaTableSpacing" config:type="boolean">true</config:config-item>'
    '<config:config-item config:name="TabsRelativeToIndent" config:type="boolean">true</config:config-item>'
    '<config:config-item config:name="Rsid" config:type="int">557274</config:config-item>'
    '<config:config-item config:name="RsidRoot" config:type="int">320935</config:config-item>'
    '</config:config-item-set></office:settings></office:document-settings>')


def shown_words(content):
    """Rough word count of the shown text (for meta.xml's document-statistic)."""
    text = re.sub(r"<text:note-citation>[^<]*</text:note-citation>", "", content)
    text = re.sub(r"<[^>]+>", " ", text)
    return len(text.split()), len(re.findall(r"<text:(?:p|h) ", content))


def meta_xml(words, paras):
    return (XML_HEAD + '<office:document-meta xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
            '<meta:creation-date>2025-06-28T17:42:09.318224011</meta:creation-date>'
            '<dc:date>2025-07-19T22:14:31.406551882</dc:date>'
            '<meta:editing-duration>PT4H51M17S</meta:editing-duration>'
            '<meta:editing-cycles>23</meta:editing-cycles>'
            '<meta:generator>LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2</meta:generator>'
            '<dc:title>Alauddin Khalji reforms</dc:title>'
            '<meta:initial-creator>Kavya Menon</meta:initial-creator><dc:creator>Kavya Menon</dc:creator>'
            '<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="5" meta:paragraph-count="%d" meta:word-count="%d" '
            'meta:character-count="%d" meta:non-whitespace-character-count="%d"/>'
            '</office:meta></office:document-meta>' % (paras, words, words * 6, words * 5))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    body = body_xml(lines)
    content = (XML_HEAD + '<office:document-content ' + NS + ' office:version="1.3">'
               '<office:scripts/>' + FONTS + AUTO_STYLES +
               '<office:body><office:text>' + SEQ + body + '</office:text></office:body>'
               '</office:document-content>')
    words, paras = shown_words(content)
    entries = [
        ("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
        ("manifest.rdf", MANIFEST_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta_xml(words, paras).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("settings.xml", SETTINGS.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("styles.xml", STYLES_XML.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = method
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data)


if __name__ == "__main__":
    build()
