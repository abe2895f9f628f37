#!/usr/bin/python3
"""Re-make docs/fatehpur-sikri-handout.odt from tools/fatehpur-sikri-handout.txt.

The handout is written the way Apache OpenOffice 4.1 Writer saves an .odt on Windows: the zip
holds "mimetype" first and stored, the empty Configurations2/ folders with an empty
accelerator/current.xml, a PNG thumbnail, content.xml, settings.xml, styles.xml, manifest.rdf,
meta.xml (stored, not deflated, as AOO does) and META-INF/manifest.xml (one space before each
entry); the XML parts are ODF 1.2 with OpenOffice's namespace list, one line after the XML
declaration, no rsid attributes. meta.xml names the AOO generator and records that the handout
was printed (printed-by, print-date) with document statistics counted from the text.
styles.xml carries the page header and footer (institute line, "Page n of m" fields) and an
outline style that numbers Heading 1 ("1." ... "10.") without putting the numbers in the text.
content.xml has automatic styles P1-P6, T1, lists L1 (bullets) and L2 (numbers) with AOO's
xml:id="list..." ids, a bordered "Remember" paragraph, a footnote, a caption with a Table
sequence field, a four-column table with a repeated header row, and soft page breaks.

Source markup: "@header"/"@footer" (tab-separated, {page}/{count} fields), "@title",
"@subtitle", "# " Heading 1, "## " Heading 2, "- " bullet, "1. " numbered item, "@box ",
"@caption " then "@table" ... "@endtable" with " | " between cells, "@soft " at the start of an
item for a soft page break, "^[...]" a footnote; other lines are Text body paragraphs.
Run: /usr/bin/python3 tools/make_odt.py [output path]  (byte-for-byte reproducible)
"""
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "fatehpur-sikri-handout.txt")
OUT = os.path.join(HERE, "..", "docs", "fatehpur-sikri-handout.odt")
STAMP = (2025, 8, 20, 23, 7, 52)
PAGES = 4
GENERATOR = "OpenOffice/4.1.15$Win32 OpenOffice.org_project/4115m1$Build-9813"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
      'xmlns:dr3d="urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0" '
      'xmlns:math="http://www.w3.org/1998/Math/MathML" '
      'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
      'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
      'xmlns:ooo="http://openoffice.org/2004/office" xmlns:ooow="http://openoffice.org/2004/writer" '
      'xmlns:oooc="http://openoffice.org/2004/calc" xmlns:dom="http://www.w3.org/2001/xml-events" '
      'xmlns:xforms="http://www.w3.org/2002/xforms" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xmlns:rpt="http://openoffice.org/2005/report" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
      'xmlns:tableooo="http://openoffice.org/2009/table" '
      'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" '
      'xmlns:formx="urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0" '
      'xmlns:css3t="http://www.w3.org/TR/css3-text/"')
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
FONTS = ('<office:font-face-decls><style:font-face style:name="Mangal1" svg:font-family="Mangal"/>'
         '<style:font-face style:name="Wingdings" svg:font-family="Wingdings" '
         'style:font-pitch="variable" style:font-charset="x-symbol"/>'
         '<style:font-face style:name="Calibri" svg:font-family="Calibri" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="Cambria" svg:font-family="Cambria" '
         'style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" '
         'style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Arial" svg:font-family="Arial" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="Mangal" svg:font-family="Mangal" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="SimSun" svg:font-family="SimSun" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="Tahoma" svg:font-family="Tahoma" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '</office:font-face-decls>')


def inline(text, notes):
    """Escape text, make footnotes and bold lead labels."""
    out, pos = [], 0
    for m in re.finditer(r"\^\[(.+?)\]", text):
        out.append(escape(text[pos:m.start()]))
        notes.append(m.group(1))
        n = len(notes)
        out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                   '</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s'
                   '</text:p></text:note-body></text:note>' % (n, n, escape(m.group(1))))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def bold_label(text, notes, always=False):
    m = re.match(r"^([^:.]{1,60}):\s", text)
    if m and (always or len(m.group(1).split()) <= 6):
        return ('<text:span text:style-name="T1">%s:</text:span>%s'
                % (escape(m.group(1)), inline(text[m.end(1) + 1:], notes)))
    return inline(text, notes)


def soft(text):
    if text.startswith("@soft "):
        return "<text:soft-page-break/>", text[6:]
    return "", text


def parse(path):
    doc = {"header": "", "footer": "", "blocks": []}
    blocks = doc["blocks"]
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\n")
        i += 1
        if not line.strip():
            continue
        if line.startswith("@header "):
            doc["header"] = line[8:]
        elif line.startswith("@footer "):
            doc["footer"] = line[8:]
        elif line.startswith("@title "):
            blocks.append(("title", line[7:]))
        elif line.startswith("@subtitle "):
            blocks.append(("subtitle", line[10:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("@box "):
            blocks.append(("box", line[5:]))
        elif line.startswith("@caption "):
            blocks.append(("caption", line[9:]))
        elif line == "@table":
            rows = []
            while lines[i] != "@endtable":
                rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            i += 1
            blocks.append(("table", rows))
        elif line.startswith("- "):
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(line[2:])
            else:
                blocks.append(("ul", [line[2:]]))
        elif re.match(r"^\d+\. ", line):
            item = line.split(". ", 1)[1]
            if blocks and blocks[-1][0] == "ol":
                blocks[-1][1].append(item)
            else:
                blocks.append(("ol", [item]))
        else:
            blocks.append(("p", line))
    return doc


def content_xml(doc, notes):
    body, list_no, h1 = [], 0, 0
    first_body = True
    for kind, val in doc["blocks"]:
        if kind == "title":
            body.append('<text:p text:style-name="Title">%s</text:p>' % escape(val))
        elif kind == "subtitle":
            body.append('<text:p text:style-name="Subtitle">%s</text:p>' % escape(val))
        elif kind == "h1":
            h1 += 1
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>'
                        % escape(val))
        elif kind == "h2":
            body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>'
                        % escape(val))
        elif kind == "p":
            style = "P1" if first_body else "Text_20_body"
            first_body = False
            if val.startswith("Answer key:"):
                body.append('<text:p text:style-name="%s">%s</text:p>'
                            % (style, bold_label(val, notes, always=True)))
            else:
                body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(val, notes)))
        elif kind == "box":
            body.append('<text:p text:style-name="P4">%s</text:p>' % bold_label(val, notes, True))
        elif kind in ("ul", "ol"):
            list_no += 1
            lid = "list%d" % (1046527143 + list_no * 917351)
            pstyle, lstyle = ("P2", "L1") if kind == "ul" else ("P3", "L2")
            items = []
            for it in val:
                brk, it = soft(it)
                content = bold_label(it, notes) if kind == "ul" else inline(it, notes)
                items.append('<text:list-item><text:p text:style-name="%s">%s%s</text:p>'
                             '</text:list-item>' % (pstyle, brk, content))
            body.append('<text:list xml:id="%s" text:style-name="%s">%s</text:list>'
                        % (lid, lstyle, "".join(items)))
        elif kind == "caption":
            body.append('<text:p text:style-name="Table">Table <text:sequence text:ref-name='
                        '"refTable0" text:name="Table" text:formula="ooow:Table+1" '
                        'style:num-format="1">1</text:sequence>: %s</text:p>' % escape(val))
        elif kind == "table":
            cols = "".join('<table:table-column table:style-name="Table1.%s"/>' % c
                           for c in "ABCD")
            head = "".join('<table:table-cell table:style-name="Table1.%s1" office:value-type='
                           '"string"><text:p text:style-name="Table_20_Heading">%s</text:p>'
                           '</table:table-cell>' % ("A" if j == 0 else "B", escape(c))
                           for j, c in enumerate(val[0]))
            rows = []
            for r in val[1:]:
                rows.append("<table:table-row>%s</table:table-row>" % "".join(
                    '<table:table-cell table:style-name="Table1.%s2" office:value-type="string">'
                    '<text:p text:style-name="P%d">%s</text:p></table:table-cell>'
                    % ("A" if j == 0 else "B", 5 if j == 0 else 6, escape(c))
                    for j, c in enumerate(r)))
            body.append('<table:table table:name="Table1" table:style-name="Table1">%s'
                        '<table:table-header-rows><table:table-row>%s</table:table-row>'
                        '</table:table-header-rows>%s</table:table>' % (cols, head, "".join(rows)))
    auto = ('<office:automatic-styles>'
            '<style:style style:name="Table1" style:family="table"><style:table-properties '
            'style:width="17cm" table:align="margins"/></style:style>'
            '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-'
            'properties style:column-width="3.6cm"/></style:style>'
            '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-'
            'properties style:column-width="3.4cm"/></style:style>'
            '<style:style style:name="Table1.C" style:family="table-column"><style:table-column-'
            'properties style:column-width="5cm"/></style:style>'
            '<style:style style:name="Table1.D" style:family="table-column"><style:table-column-'
            'properties style:column-width="5cm"/></style:style>'
            '<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-'
            'properties fo:background-color="#d9d9d9" fo:padding="0.097cm" fo:border-left='
            '"0.002cm solid #000000" fo:border-right="none" fo:border-top="0.002cm solid #000000" '
            'fo:border-bottom="0.002cm solid #000000"><style:background-image/>'
            '</style:table-cell-properties></style:style>'
            '<style:style style:name="Table1.B1" style:family="table-cell"><style:table-cell-'
            'properties fo:background-color="#d9d9d9" fo:padding="0.097cm" fo:border="0.002cm '
            'solid #000000"><style:background-image/></style:table-cell-properties></style:style>'
            '<style:style style:name="Table1.A2" style:family="table-cell"><style:table-cell-'
            'properties fo:padding="0.097cm" fo:border-left="0.002cm solid #000000" '
            'fo:border-right="none" fo:border-top="none" fo:border-bottom="0.002cm solid '
            '#000000"/></style:style>'
            '<style:style style:name="Table1.B2" style:family="table-cell"><style:table-cell-'
            'properties fo:padding="0.097cm" fo:border-left="0.002cm solid #000000" '
            'fo:border-right="0.002cm solid #000000" fo:border-top="none" fo:border-bottom='
            '"0.002cm solid #000000"/></style:style>'
            '<style:style style:name="P1" style:family="paragraph" style:parent-style-name='
            '"Text_20_body"><style:paragraph-properties fo:margin-top="0.212cm" '
            'fo:text-align="justify" style:justify-single-word="false"/></style:style>'
            '<style:style style:name="P2" style:family="paragraph" style:parent-style-name='
            '"Text_20_body" style:list-style-name="L1"><style:paragraph-properties '
            'fo:margin-top="0cm" fo:margin-bottom="0.106cm"/></style:style>'
            '<style:style style:name="P3" style:family="paragraph" style:parent-style-name='
            '"Text_20_body" style:list-style-name="L2"><style:paragraph-properties '
            'fo:margin-top="0cm" fo:margin-bottom="0.106cm"/></style:style>'
            '<style:style style:name="P4" style:family="paragraph" style:parent-style-name='
            '"Text_20_body"><style:paragraph-properties fo:margin-left="0.5cm" '
            'fo:margin-right="0.5cm" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm" '
            'fo:text-indent="0cm" style:auto-text-indent="false" fo:background-color="#f2f2f2" '
            'fo:padding="0.2cm" fo:border="0.06pt solid #808080" style:shadow="none">'
            '<style:background-image/></style:paragraph-properties></style:style>'
            '<style:style style:name="P5" style:family="paragraph" style:parent-style-name='
            '"Table_20_Contents"><style:text-properties fo:font-size="10pt" fo:font-weight="bold" '
            'style:font-size-asian="10pt" style:font-weight-asian="bold" '
            'style:font-size-complex="10pt" style:font-weight-complex="bold"/></style:style>'
            '<style:style style:name="P6" style:family="paragraph" style:parent-style-name='
            '"Table_20_Contents"><style:text-properties fo:font-size="10pt" '
            'style:font-size-asian="10pt" style:font-size-complex="10pt"/></style:style>'
            '<style:style style:name="T1" style:family="text"><style:text-properties '
            'fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>'
            '</style:style>'
            '<text:list-style style:name="L1">%s</text:list-style>'
            '<text:list-style style:name="L2">%s</text:list-style>'
            '</office:automatic-styles>' % (bullet_levels(), number_levels()))
    seq = ('<text:sequence-decls><text:sequence-decl text:display-outline-level="0" '
           'text:name="Illustration"/><text:sequence-decl text:display-outline-level="0" '
           'text:name="Table"/><text:sequence-decl text:display-outline-level="0" '
           'text:name="Text"/><text:sequence-decl text:display-outline-level="0" '
           'text:name="Drawing"/></text:sequence-decls>')
    return (DECL + '<office:document-content %s office:version="1.2"><office:scripts/>%s%s'
            '<office:body><office:text>%s%s</office:text></office:body></office:document-content>'
            % (NS, FONTS, auto, seq, "".join(body)))


def bullet_levels():
    chars = ["•", "◦", "▪"] * 4
    out = []
    for lvl in range(1, 11):
        pos = 0.635 * lvl
        out.append('<text:list-level-style-bullet text:level="%d" text:style-name="Bullet_20_'
                   'Symbols" text:bullet-char="%s"><style:list-level-properties text:list-level-'
                   'position-and-space-mode="label-alignment"><style:list-level-label-alignment '
                   'text:label-followed-by="listtab" text:list-tab-stop-position="%.3fcm" '
                   'fo:text-indent="-0.635cm" fo:margin-left="%.3fcm"/></style:list-level-'
                   'properties></text:list-level-style-bullet>' % (lvl, chars[lvl - 1], pos, pos))
    return "".join(out)


def number_levels():
    out = []
    for lvl in range(1, 11):
        pos = 0.635 * lvl
        out.append('<text:list-level-style-number text:level="%d" text:style-name="Numbering_20_'
                   'Symbols" style:num-suffix="." style:num-format="1"><style:list-level-'
                   'properties text:list-level-position-and-space-mode="label-alignment">'
                   '<style:list-level-label-alignment text:label-followed-by="listtab" '
                   'text:list-tab-stop-position="%.3fcm" fo:text-indent="-0.635cm" '
                   'fo:margin-left="%.3fcm"/></style:list-level-properties>'
                   '</text:list-level-style-number>' % (lvl, pos, pos))
    return "".join(out)


def para_style(name, display, parent, cls, props, next_=None, extra=""):
    d = ' style:display-name="%s"' % display if display != name else ""
    n = ' style:next-style-name="%s"' % next_ if next_ else ""
    return ('<style:style style:name="%s"%s style:family="paragraph" style:parent-style-name='
            '"%s"%s style:class="%s"%s>%s</style:style>' % (name, d, parent, n, cls, extra, props))


def text_props(size, bold=False, italic=False, font="Calibri", color=None):
    b = (' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"'
         if bold else "")
    i = (' fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"'
         if italic else "")
    c = ' fo:color="%s"' % color if color else ""
    return ('<style:text-properties%s style:font-name="%s" fo:font-size="%s"%s%s '
            'style:font-size-asian="%s" style:font-size-complex="%s"/>'
            % (c, font, size, b, i, size, size))


def styles_xml(doc):
    head = doc["header"].split("\t")
    foot = doc["footer"].split("\t")

    def fields(t):
        t = escape(t)
        t = t.replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
        return t.replace("{count}", "<text:page-count>%d</text:page-count>" % PAGES)

    header = '<text:tab/>'.join(escape(h) for h in head)
    footer = '<text:tab/>'.join(fields(f) for f in foot)
    outline = []
    for lvl in range(1, 11):
        fmt = ' style:num-suffix="." style:num-format="1"' if lvl == 1 else ' style:num-format=""'
        outline.append('<text:outline-level-style text:level="%d"%s><style:list-level-properties '
                       'text:list-level-position-and-space-mode="label-alignment">'
                       '<style:list-level-label-alignment text:label-followed-by="listtab" '
                       'text:list-tab-stop-position="%scm" fo:text-indent="-%scm" '
                       'fo:margin-left="%scm"/></style:list-level-properties>'
                       '</text:outline-level-style>'
                       % (lvl, fmt, "0.762" if lvl == 1 else "0", "0.762" if lvl == 1 else "0",
                          "0.762" if lvl == 1 else "0"))
    styles = (
        '<office:styles>'
        '<style:default-style style:family="graphic"><style:graphic-properties '
        'draw:shadow-offset-x="0.3cm" draw:shadow-offset-y="0.3cm" '
        'draw:start-line-spacing-horizontal="0.283cm" draw:start-line-spacing-vertical="0.283cm" '
        'draw:end-line-spacing-horizontal="0.283cm" draw:end-line-spacing-vertical="0.283cm" '
        'style:flow-with-text="false"/><style:paragraph-properties style:text-autospace="ideograph-'
        'alpha" style:line-break="strict" style:writing-mode="lr-tb" style:font-independent-line-'
        'spacing="false"><style:tab-stops/></style:paragraph-properties><style:text-properties '
        'style:use-window-font-color="true" fo:font-size="12pt" fo:language="en" fo:country="IN" '
        'style:letter-kerning="true" style:font-size-asian="10.5pt" style:language-asian="zh" '
        'style:country-asian="CN" style:font-size-complex="12pt" style:language-complex="hi" '
        'style:country-complex="IN"/></style:default-style>'
        '<style:default-style style:family="paragraph"><style:paragraph-properties '
        'fo:hyphenation-ladder-count="no-limit" style:text-autospace="ideograph-alpha" '
        'style:punctuation-wrap="hanging" style:line-break="strict" style:tab-stop-distance='
        '"1.251cm" style:writing-mode="page"/><style:text-properties style:use-window-font-color='
        '"true" style:font-name="Times New Roman" fo:font-size="12pt" fo:language="en" '
        'fo:country="IN" style:letter-kerning="true" style:font-name-asian="SimSun" '
        'style:font-size-asian="10.5pt" style:language-asian="zh" style:country-asian="CN" '
        'style:font-name-complex="Mangal" style:font-size-complex="12pt" style:language-complex='
        '"hi" style:country-complex="IN" fo:hyphenate="false" fo:hyphenation-remain-char-count='
        '"2" fo:hyphenation-push-char-count="2"/></style:default-style>'
        '<style:default-style style:family="table"><style:table-properties '
        'table:border-model="collapsing"/></style:default-style>'
        '<style:default-style style:family="table-row"><style:table-row-properties '
        'fo:keep-together="auto"/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text">'
        + text_props("11pt") + '</style:style>'
        + para_style("Heading", "Heading", "Standard", "text",
                     '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom='
                     '"0.212cm" fo:keep-with-next="always"/>' + text_props("14pt", font="Cambria"),
                     next_="Text_20_body")
        + para_style("Text_20_body", "Text body", "Standard", "text",
                     '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.212cm" '
                     'fo:line-height="115%"/>')
        + para_style("List", "List", "Text_20_body", "list",
                     '<style:text-properties style:font-name-complex="Mangal1"/>')
        + para_style("Caption", "Caption", "Standard", "extra",
                     '<style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom='
                     '"0.212cm" text:number-lines="false" text:line-number="0"/>'
                     + text_props("10pt", italic=True))
        + para_style("Index", "Index", "Standard", "index",
                     '<style:paragraph-properties text:number-lines="false" text:line-number="0"/>')
        + para_style("Title", "Title", "Heading", "chapter",
                     '<style:paragraph-properties fo:text-align="center" style:justify-single-word='
                     '"false"/>' + text_props("20pt", bold=True, font="Cambria", color="#1f3864"),
                     next_="Subtitle")
        + para_style("Subtitle", "Subtitle", "Heading", "chapter",
                     '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.423cm" '
                     'fo:text-align="center" style:justify-single-word="false"/>'
                     + text_props("11pt", italic=True, font="Calibri", color="#595959"),
                     next_="Text_20_body")
        + para_style("Heading_20_1", "Heading 1", "Heading", "text",
                     '<style:paragraph-properties fo:margin-top="0.353cm" fo:margin-bottom='
                     '"0.141cm" fo:border-bottom="0.06pt solid #1f3864" fo:padding="0cm"/>'
                     + text_props("14pt", bold=True, font="Cambria", color="#1f3864"),
                     next_="Text_20_body", extra=' style:default-outline-level="1"')
        + para_style("Heading_20_2", "Heading 2", "Heading", "text",
                     '<style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom='
                     '"0.106cm"/>' + text_props("12pt", bold=True, italic=True, font="Cambria"),
                     next_="Text_20_body", extra=' style:default-outline-level="2"')
        + para_style("Table_20_Contents", "Table Contents", "Standard", "extra",
                     '<style:paragraph-properties text:number-lines="false" text:line-number="0"/>')
        + para_style("Table_20_Heading", "Table Heading", "Table_20_Contents", "extra",
                     '<style:paragraph-properties fo:text-align="center" style:justify-single-word='
                     '"false" text:number-lines="false" text:line-number="0"/>'
                     + text_props("10pt", bold=True))
        + para_style("Table", "Table", "Caption", "extra", "")
        + para_style("Header", "Header", "Standard", "extra",
                     '<style:paragraph-properties text:number-lines="false" text:line-number="0">'
                     '<style:tab-stops><style:tab-stop style:position="8.5cm" style:type="center"/>'
                     '<style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>'
                     '</style:paragraph-properties>' + text_props("9pt", color="#404040"))
        + para_style("Footer", "Footer", "Standard", "extra",
                     '<style:paragraph-properties text:number-lines="false" text:line-number="0">'
                     '<style:tab-stops><style:tab-stop style:position="8.5cm" style:type="center"/>'
                     '<style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>'
                     '</style:paragraph-properties>' + text_props("8pt", color="#404040"))
        + para_style("Footnote", "Footnote", "Standard", "extra",
                     '<style:paragraph-properties fo:margin-left="0.499cm" fo:margin-right="0cm" '
                     'fo:text-indent="-0.499cm" style:auto-text-indent="false" '
                     'text:number-lines="false" text:line-number="0"/>' + text_props("9pt"))
        + '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" '
        'style:family="text"/><style:style style:name="Footnote_20_anchor" style:display-name='
        '"Footnote anchor" style:family="text"><style:text-properties style:text-position="super '
        '58%%"/></style:style><style:style style:name="Bullet_20_Symbols" style:display-name='
        '"Bullet Symbols" style:family="text"><style:text-properties style:font-name="OpenSymbol"/>'
        '</style:style><style:style style:name="Numbering_20_Symbols" style:display-name='
        '"Numbering Symbols" style:family="text"/>'
        '<text:outline-style style:name="Outline">%s</text:outline-style>'
        '<text:notes-configuration text:note-class="footnote" text:citation-style-name='
        '"Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" '
        'style:num-format="1" text:start-value="0" text:footnotes-position="page" '
        'text:start-numbering-at="document"/><text:notes-configuration text:note-class="endnote" '
        'style:num-format="i" text:start-value="0"/><text:linenumbering-configuration '
        'text:number-lines="false" text:offset="0.499cm" style:num-format="1" '
        'text:number-position="left" text:increment="5"/></office:styles>' % "".join(outline))
    auto = ('<office:automatic-styles><style:page-layout style:name="Mpm1"><style:page-layout-'
            'properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:num-format="1" '
            'style:print-orientation="portrait" fo:margin-top="1.27cm" fo:margin-bottom="1.27cm" '
            'fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="lr-tb" '
            'style:footnote-max-height="0cm"><style:footnote-sep style:width="0.018cm" '
            'style:distance-before-sep="0.101cm" style:distance-after-sep="0.101cm" '
            'style:adjustment="left" style:rel-width="25%" style:color="#000000"/>'
            '</style:page-layout-properties><style:header-style><style:header-footer-properties '
            'fo:min-height="0cm" fo:margin-bottom="0.499cm" fo:border-bottom="0.06pt solid '
            '#808080" fo:padding="0.049cm"/></style:header-style><style:footer-style>'
            '<style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.499cm"/>'
            '</style:footer-style></style:page-layout></office:automatic-styles>')
    master = ('<office:master-styles><style:master-page style:name="Standard" '
              'style:page-layout-name="Mpm1"><style:header><text:p text:style-name="Header">%s'
              '</text:p></style:header><style:footer><text:p text:style-name="Footer">%s</text:p>'
              '</style:footer></style:master-page></office:master-styles>' % (header, footer))
    return (DECL + '<office:document-styles %s office:version="1.2">%s%s%s%s'
            '</office:document-styles>' % (NS, FONTS, styles, auto, master))


def shown_text(doc):
    parts = []
    for kind, val in doc["blocks"]:
        if kind == "table":
            parts += [c for r in val for c in r]
        elif kind in ("ul", "ol"):
            parts += [soft(v)[1] for v in val]
        else:
            parts.append(val)
    return re.sub(r"\^\[(.+?)\]", r" \1", " ".join(parts))


def meta_xml(doc):
    text = shown_text(doc)
    words = len(text.split())
    chars = len(text)
    nparas = sum(len(v) if k in ("ul", "ol") else (len(v) * len(v[0]) if k == "table" else 1)
                 for k, v in doc["blocks"])
    return (DECL + '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:'
            '1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/'
            '1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:ooo="http://'
            'openoffice.org/2004/office" xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
            'office:version="1.2"><office:meta><meta:initial-creator>Prayas Academic Cell'
            '</meta:initial-creator><meta:creation-date>2024-07-10T11:26:03.41</meta:creation-date>'
            '<dc:title>Handout 9 - Fatehpur Sikri</dc:title><dc:date>2025-08-20T23:07:51.83'
            '</dc:date><dc:creator>Neha Bhardwaj</dc:creator><meta:printed-by>Neha Bhardwaj'
            '</meta:printed-by><meta:print-date>2025-08-21T08:14:37.06</meta:print-date>'
            '<meta:editing-duration>PT6H41M17S</meta:editing-duration><meta:editing-cycles>23'
            '</meta:editing-cycles><meta:document-statistic meta:table-count="1" '
            'meta:image-count="0" meta:object-count="0" meta:page-count="%d" '
            'meta:paragraph-count="%d" meta:word-count="%d" meta:character-count="%d"/>'
            '<meta:generator>%s</meta:generator></office:meta></office:document-meta>'
            % (PAGES, nparas, words, chars, GENERATOR))


def settings_xml():
    view = [("ViewAreaTop", "long", "9525"), ("ViewAreaLeft", "long", "0"),
            ("ViewAreaWidth", "long", "28043"), ("ViewAreaHeight", "long", "13309"),
            ("ShowRedlineChanges", "boolean", "true"), ("InBrowseMode", "boolean", "false")]
    item = '<config:config-item config:name="%s" config:type="%s">%s</config:config-item>'
    views = ('<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
             + "".join(item % v for v in [("ViewId", "string", "view2"),
                                          ("ViewLeft", "long", "9710"),
                                          ("ViewTop", "long", "21374"),
                                          ("VisibleLeft", "long", "0"),
                                          ("VisibleTop", "long", "9525"),
                                          ("VisibleRight", "long", "28041"),
                                          ("VisibleBottom", "long", "22832"),
                                          ("ZoomType", "short", "0"),
                                          ("ViewLayoutColumns", "short", "0"),
                                          ("ViewLayoutBookMode", "boolean", "false"),
                                          ("ZoomFactor", "short", "100"),
                                          ("IsSelectedFrame", "boolean", "false")])
             + '</config:config-item-map-entry></config:config-item-map-indexed>')
    conf = [("PrintPaperFromSetup", "boolean", "false"), ("AddParaTableSpacing", "boolean", "true"),
            ("PrintReversed", "boolean", "false"), ("LinkUpdateMode", "short", "1"),
            ("PrintEmptyPages", "boolean", "true"), ("IgnoreFirstLineIndentInNumbering", "boolean",
                                                     "false"),
            ("CharacterCompressionType", "short", "0"), ("PrintSingleJobs", "boolean", "false"),
            ("UpdateFromTemplate", "boolean", "true"), ("PrintPageBackground", "boolean", "true"),
            ("PrinterName", "string", "HP LaserJet Pro MFP M126nw"),
            ("PrintProspect", "boolean", "false"), ("PrintLeftPages", "boolean", "true"),
            ("PrintRightPages", "boolean", "true"), ("PrintTables", "boolean", "true"),
            ("PrintControls", "boolean", "true"), ("PrintFaxName", "string", ""),
            ("IsKernAsianPunctuation", "boolean", "false"), ("TabsRelativeToIndent", "boolean",
                                                             "true"),
            ("UseFormerLineSpacing", "boolean", "false"), ("SaveVersionOnClose", "boolean",
                                                           "false"),
            ("UseFormerObjectPositions", "boolean", "false"), ("PrintBlackFonts", "boolean",
                                                               "false"),
            ("IsLabelDocument", "boolean", "false"), ("PrintAnnotationMode", "short", "0"),
            ("PrintGraphics", "boolean", "true"), ("AddExternalLeading", "boolean", "true"),
            ("FieldAutoUpdate", "boolean", "true"), ("ChartAutoUpdate", "boolean", "true"),
            ("MathBaselineAlignment", "boolean", "true"), ("ApplyUserData", "boolean", "true"),
            ("SaveGlobalDocumentLinks", "boolean", "false"), ("CurrentDatabaseDataSource",
                                                              "string", ""),
            ("CurrentDatabaseCommand", "string", ""), ("CurrentDatabaseCommandType", "int", "0")]
    return (DECL + '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
            'office:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:config="urn:oasis:names:'
            'tc:opendocument:xmlns:config:1.0" xmlns:ooo="http://openoffice.org/2004/office" '
            'office:version="1.2"><office:settings><config:config-item-set config:name="ooo:view-'
            'settings">%s%s</config:config-item-set><config:config-item-set config:name="ooo:'
            'configuration-settings">%s</config:config-item-set></office:settings>'
            '</office:document-settings>'
            % ("".join(item % v for v in view), views, "".join(item % v for v in conf)))


MANIFEST_RDF = ('<?xml version="1.0" encoding="utf-8"?>\n'
                '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                '  <rdf:Description rdf:about="styles.xml">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#'
                'StylesFile"/>\n  </rdf:Description>\n  <rdf:Description rdf:about="">\n'
                '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" '
                'rdf:resource="styles.xml"/>\n  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n    <rdf:type rdf:resource="http://docs.oasis-'
                'open.org/ns/office/1.2/meta/pkg#Document"/>\n  </rdf:Description>\n'
                '  <rdf:Description rdf:about="content.xml">\n    <rdf:type rdf:resource="http://'
                'docs.oasis-open.org/ns/office/1.2/meta/odf#ContentFile"/>\n  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n    <ns0:hasPart xmlns:ns0="http://docs.oasis-'
                'open.org/ns/office/1.2/meta/pkg#" rdf:resource="content.xml"/>\n'
                '  </rdf:Description>\n</rdf:RDF>\n')

CONFIG_DIRS = ["Configurations2/images/Bitmaps/", "Configurations2/floater/",
               "Configurations2/progressbar/", "Configurations2/menubar/",
               "Configurations2/popupmenu/", "Configurations2/statusbar/",
               "Configurations2/toolbar/", "Configurations2/toolpanel/"]


def manifest_xml():
    entries = [("application/vnd.oasis.opendocument.text", "/", True),
               ("", "Configurations2/accelerator/current.xml", False),
               ("application/vnd.sun.xml.ui.configuration", "Configurations2/", False),
               ("image/png", "Thumbnails/thumbnail.png", False),
               ("text/xml", "content.xml", False), ("text/xml", "settings.xml", False),
               ("text/xml", "styles.xml", False),
               ("application/rdf+xml", "manifest.rdf", False), ("text/xml", "meta.xml", False)]
    lines = [' <manifest:file-entry manifest:media-type="%s"%s manifest:full-path="%s"/>'
             % (t, ' manifest:version="1.2"' if v else "", p) for t, p, v in entries]
    return (DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0" manifest:version="1.2">\n' + "\n".join(lines)
            + "\n</manifest:manifest>")


def thumbnail(doc):
    """A 181x256 greyscale PNG: white page, grey bars where the lines of text fall."""
    w, h = 181, 256
    rows = []
    bars = []
    y = 14
    for kind, val in doc["blocks"]:
        if y > h - 14:
            break
        if kind in ("title", "h1", "h2"):
            bars.append((y, 60 if kind == "title" else 40, 90))
            y += 9
        elif kind in ("ul", "ol"):
            for _ in val:
                bars.append((y, 150, 170))
                y += 5
        elif kind == "table":
            for _ in val:
                bars.append((y, 160, 150))
                y += 5
        else:
            bars.append((y, 160, 170))
            y += 7
    for r in range(h):
        line = bytearray([255] * w)
        for by, bw, shade in bars:
            if by <= r < by + 2:
                x0 = 14 if bw < 100 else 12
                for x in range(x0, min(w - 10, x0 + bw)):
                    line[x] = shade
        rows.append(b"\x00" + bytes(line))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def main(out):
    doc = parse(SRC)
    notes = []
    content = content_xml(doc, notes)
    members = [("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
               ("Configurations2/accelerator/current.xml", b"", zipfile.ZIP_DEFLATED)]
    members += [(d, b"", zipfile.ZIP_STORED) for d in CONFIG_DIRS]
    members += [("Thumbnails/thumbnail.png", thumbnail(doc), zipfile.ZIP_DEFLATED),
                ("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("settings.xml", settings_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("styles.xml", styles_xml(doc).encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("manifest.rdf", MANIFEST_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("meta.xml", meta_xml(doc).encode("utf-8"), zipfile.ZIP_STORED),
                ("META-INF/manifest.xml", manifest_xml().encode("utf-8"), zipfile.ZIP_DEFLATED)]
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with zipfile.ZipFile(out, "w") as z:
        for name, data, how in members:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = how
            info.create_system = 0
            if name.endswith("/"):
                info.external_attr = 0x10
            z.writestr(info, data)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else OUT)
