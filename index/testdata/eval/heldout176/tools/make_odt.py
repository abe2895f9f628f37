#!/usr/bin/python3
"""Re-make docs/climate-commitments-notes.odt from tools/climate-commitments-notes.txt.

Run from anywhere: /usr/bin/python3 tools/make_odt.py
Standard library only. The package is laid out the way LibreOffice Writer saves one: mimetype
first and stored, then meta.xml, settings.xml, content.xml, styles.xml and META-INF/manifest.xml.
content.xml uses the Heading_20_1/2/3 styles with outline levels, Text_20_body paragraphs,
automatic P/T styles, list styles L1 (bullets) and L2 (numbers), a table with a header row,
a text:note footnote, and a draw:frame text box ("Prelims pointers") anchored to a paragraph.
Fixed zip timestamps and entry order make the output the same byte for byte on every run.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "climate-commitments-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "climate-commitments-notes.odt")
STAMP = (2025, 11, 25, 22, 14, 36)

NSDECL = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
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
    'office:version="1.3"')
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;" style:font-family-generic="system" style:font-pitch="variable"/>'
         '</office:font-face-decls>')


def inline(text, notes):
    """Escape text; turn **bold** into a T1 span and [^...] into a footnote."""
    out, pos = [], 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\[\^(.+?)\]", text):
        out.append(escape(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append('<text:span text:style-name="T1">%s</text:span>' % escape(m.group(1)))
        else:
            notes.append(m.group(2))
            n = len(notes)
            out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                       '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                       % (n, n, escape(m.group(2))))
        pos = m.end()
    out.append(escape(text[pos:]))
    return re.sub(r"  +", lambda m: " <text:s/>" if len(m.group(0)) == 2 else ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), "".join(out))


def body_xml(lines):
    parts, notes = [], []
    list_kind, list_items = None, []
    frame, frame_lines, pending_frame = False, [], None
    table, rows = False, []
    list_ids = iter(range(1001, 2000))
    heading_ids = iter(range(1, 200))

    def close_list():
        nonlocal list_kind, list_items
        if list_kind:
            style, pstyle = ("L1", "P3") if list_kind == "bullet" else ("L2", "P4")
            items = "".join('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                            % (pstyle, inline(t, notes)) for t in list_items)
            parts.append('<text:list xml:id="list%d" text:style-name="%s">%s</text:list>' % (next(list_ids) * 7919, style, items))
        list_kind, list_items = None, []

    for raw in lines:
        line = raw.rstrip()
        if line.startswith("#") or not line.strip():
            continue
        if frame:
            if line == "@endframe":
                frame = False
                title, items = frame_lines[0], frame_lines[1:]
                li = "".join('<text:list-item><text:p text:style-name="P6">%s</text:p></text:list-item>'
                             % escape(t[2:]) for t in items)
                pending_frame = (
                    '<draw:frame draw:style-name="fr1" draw:name="Frame1" text:anchor-type="paragraph" '
                    'svg:width="6.2cm" draw:z-index="0"><draw:text-box fo:min-height="3cm">'
                    '<text:p text:style-name="P5">%s</text:p>'
                    '<text:list xml:id="list4122813" text:style-name="L1">%s</text:list>'
                    '</draw:text-box></draw:frame>' % (escape(title), li))
            else:
                frame_lines.append(line)
            continue
        if table:
            if line == "@endtable":
                table = False
                cols = len(rows[0])
                x = ['<table:table table:name="Table1" table:style-name="Table1">']
                for c in range(cols):
                    x.append('<table:table-column table:style-name="Table1.%s"/>' % "ABC"[c])
                for r, row in enumerate(rows):
                    if r == 0:
                        x.append("<table:table-header-rows>")
                    x.append("<table:table-row>")
                    for c, cell in enumerate(row):
                        cs = "Table1.%s%d" % ("A" if c < cols - 1 else "C", 1 if r == 0 else 2)
                        ps = "Table_20_Heading" if r == 0 else "Table_20_Contents"
                        x.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                                 '<text:p text:style-name="%s">%s</text:p></table:table-cell>' % (cs, ps, escape(cell)))
                    x.append("</table:table-row>")
                    if r == 0:
                        x.append("</table:table-header-rows>")
                x.append("</table:table>")
                parts.append("".join(x))
                rows = []
            else:
                rows.append([c.strip() for c in line.split(" | ")])
            continue
        m = re.match(r"(\d+)\. (.*)", line)
        if line.startswith("- "):
            if list_kind != "bullet":
                close_list()
                list_kind = "bullet"
            list_items.append(line[2:])
            continue
        if m and not line.startswith("Q"):
            if list_kind != "number":
                close_list()
                list_kind = "number"
            list_items.append(m.group(2))
            continue
        close_list()
        if line == "@frame" or line.startswith("@frame "):
            frame, frame_lines = True, [line[7:]]
        elif line == "@table":
            table = True
        elif line.startswith("@h"):
            level = int(line[2])
            parts.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">'
                         '<text:bookmark text:name="__RefHeading___Toc%d_3318"/>%s</text:h>'
                         % (level, level, next(heading_ids) * 101, escape(line[4:])))
        elif line.startswith("@sub "):
            parts.append('<text:p text:style-name="P2">%s</text:p>' % escape(line[5:]))
        else:
            style = "P1" if pending_frame else "Text_20_body"
            parts.append('<text:p text:style-name="%s">%s%s</text:p>' % (style, pending_frame or "", inline(line, notes)))
            pending_frame = None
    close_list()
    return "".join(parts)


AUTO = (
    '<office:automatic-styles>'
    '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>'
    '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties style:column-width="7cm" style:rel-column-width="26987*"/></style:style>'
    '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties style:column-width="4.5cm" style:rel-column-width="17349*"/></style:style>'
    '<style:style style:name="Table1.C" style:family="table-column"><style:table-column-properties style:column-width="5.5cm" style:rel-column-width="21199*"/></style:style>'
    '<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000"><style:background-image/></style:table-cell-properties></style:style>'
    '<style:style style:name="Table1.C1" style:family="table-cell"><style:table-cell-properties fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border="0.5pt solid #000000"><style:background-image/></style:table-cell-properties></style:style>'
    '<style:style style:name="Table1.A2" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="Table1.C2" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body"><loext:graphic-properties draw:fill="none"/></style:style>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.35cm"/><style:text-properties fo:font-style="italic" fo:color="#666666" style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>'
    '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="L1"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/></style:style>'
    '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="L2"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/></style:style>'
    '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Frame_20_contents"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
    '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Frame_20_contents" style:list-style-name="L1"><style:text-properties fo:font-size="9pt"/></style:style>'
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
    '<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:run-through="foreground" style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:background-color="#fff5ce" draw:fill="solid" draw:fill-color="#fff5ce" fo:padding="0.15cm" fo:border="0.06pt solid #b47804"/></style:style>'
    '<text:list-style style:name="L1">%s</text:list-style>'
    '<text:list-style style:name="L2">%s</text:list-style>'
    '</office:automatic-styles>')


def list_levels(numbered):
    out = []
    for lv in range(1, 4):
        indent = 0.635 * (lv + 1)
        props = ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                 '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%.3fcm" '
                 'fo:text-indent="-0.635cm" fo:margin-left="%.3fcm"/></style:list-level-properties>' % (indent, indent))
        if numbered:
            out.append('<text:list-level-style-number text:level="%d" text:style-name="Numbering_20_Symbols" '
                       'style:num-suffix="." style:num-format="1">%s</text:list-level-style-number>' % (lv, props))
        else:
            out.append('<text:list-level-style-bullet text:level="%d" text:style-name="Bullet_20_Symbols" '
                       'text:bullet-char="%s">%s</text:list-level-style-bullet>' % (lv, "\u2022\u25e6\u25aa"[lv - 1], props))
    return "".join(out)


def content(lines):
    return (DECL + '<office:document-content %s><office:scripts/>%s%s<office:body><office:text>'
            '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>'
            '%s</office:text></office:body></office:document-content>'
            % (NSDECL, FONTS, AUTO % (list_levels(False), list_levels(True)), body_xml(lines)))


def heading_style(n, size):
    return ('<style:style style:name="Heading_20_%d" style:display-name="Heading %d" style:family="paragraph" '
            'style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="%d" '
            'style:class="text"><style:paragraph-properties fo:margin-top="%s" fo:margin-bottom="0.212cm"/>'
            '<style:text-properties fo:font-size="%s" fo:font-weight="bold" style:font-size-asian="%s" '
            'style:font-weight-asian="bold" style:font-size-complex="%s" style:font-weight-complex="bold"/></style:style>'
            % (n, n, n, ("0.423cm", "0.353cm", "0.247cm")[n - 1], size, size, size))


STYLES = DECL + (
    '<office:document-styles %s>%s<office:styles>'
    '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4" draw:fill-color="#729fcf" style:flow-with-text="false"/></style:default-style>'
    '<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:text-autospace="ideograph-alpha" style:punctuation-wrap="hanging" style:line-break="strict" style:tab-stop-distance="1.251cm" style:writing-mode="page"/>'
    '<style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="IN" style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="10.5pt" style:font-name-complex="Liberation Serif" style:font-size-complex="12pt" fo:hyphenate="false"/></style:default-style>'
    '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>'
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
    '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="14pt"/></style:style>'
    '<style:style style:name="Text_20_body" style:display-name="Body Text" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" fo:line-height="115%%"/></style:style>'
    '%s%s%s'
    '<style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>'
    '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-left="0.598cm" fo:text-indent="-0.598cm" text:number-lines="false" text:line-number="0"/><style:text-properties fo:font-size="10pt"/></style:style>'
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties text:number-lines="false" text:line-number="0"/><style:text-properties fo:font-size="10pt"/></style:style>'
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
    '<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
    '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>'
    '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text"><style:text-properties style:text-position="super 58%%"/></style:style>'
    '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text"><style:text-properties style:font-name="OpenSymbol"/></style:style>'
    '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>'
    '<style:style style:name="Frame" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" fo:margin-left="0.201cm" fo:margin-right="0.201cm" fo:margin-top="0.201cm" fo:margin-bottom="0.201cm" style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:wrap-contour="false" style:vertical-pos="top" style:vertical-rel="paragraph-content" style:horizontal-pos="center" style:horizontal-rel="paragraph-content" fo:padding="0.15cm" fo:border="0.06pt solid #000000"/></style:style>'
    '<text:outline-style style:name="Outline">%s</text:outline-style>'
    '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>'
    '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>'
    '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" style:num-format="1" text:number-position="left" text:increment="5"/>'
    '</office:styles>'
    '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:num-format="1" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="lr-tb" style:footnote-max-height="0cm"><style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.101cm" style:distance-after-sep="0.101cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%%" style:color="#000000"/></style:page-layout-properties><style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>'
    '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
    '</office:document-styles>') % (
        NSDECL, FONTS, heading_style(1, "130%"), heading_style(2, "115%"), heading_style(3, "101%"),
        "".join('<text:outline-level-style text:level="%d" style:num-format=""><style:list-level-properties '
                'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
                'text:label-followed-by="listtab"/></style:list-level-properties></text:outline-level-style>' % i
                for i in range(1, 11)))

META = DECL + (
    '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:ooo="http://openoffice.org/2004/office" xmlns:grddl="http://www.w3.org/2003/g/data-view#" office:version="1.3">'
    '<office:meta><meta:creation-date>2025-08-16T18:03:27.412000000</meta:creation-date>'
    '<dc:date>2025-11-25T22:14:35.118000000</dc:date><meta:editing-duration>PT7H41M12S</meta:editing-duration>'
    '<meta:editing-cycles>23</meta:editing-cycles>'
    '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1</meta:generator>'
    '<dc:title>India&apos;s Climate Commitments</dc:title>'
    '<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" meta:page-count="5" '
    'meta:paragraph-count="%d" meta:word-count="%d" meta:character-count="%d"/>'
    '</office:meta></office:document-meta>')

SETTINGS = DECL + (
    '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3"><office:settings>'
    '<config:config-item-set config:name="ooo:view-settings">'
    '<config:config-item config:name="ViewAreaTop" config:type="long">0</config:config-item>'
    '<config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>'
    '<config:config-item config:name="ViewAreaWidth" config:type="long">35423</config:config-item>'
    '<config:config-item config:name="ViewAreaHeight" config:type="long">17806</config:config-item>'
    '</config:config-item-set>'
    '<config:config-item-set config:name="ooo:configuration-settings">'
    '<config:config-item config:name="PrinterName" config:type="string"/>'
    '<config:config-item config:name="EmbedFonts" config:type="boolean">false</config:config-item>'
    '</config:config-item-set></office:settings></office:document-settings>')

MANIFEST = DECL + (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\n'
    ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
    ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
    '</manifest:manifest>\n')


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    cx = content(lines)
    plain = re.sub(r"<[^>]+>", " ", cx.split("<office:text>", 1)[1])
    words = len(plain.split())
    paras = cx.count("<text:p ") + cx.count("<text:h ")
    chars = len(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", cx.split("<office:text>", 1)[1])))
    entries = [("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
               ("meta.xml", META % (paras, words, chars), zipfile.ZIP_DEFLATED),
               ("settings.xml", SETTINGS, zipfile.ZIP_DEFLATED),
               ("content.xml", cx, zipfile.ZIP_DEFLATED),
               ("styles.xml", STYLES, zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED)]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data, how in entries:
            zi = zipfile.ZipInfo(name, date_time=STAMP)
            zi.compress_type = how
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))


if __name__ == "__main__":
    build()
