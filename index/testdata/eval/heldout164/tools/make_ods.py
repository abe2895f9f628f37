#!/usr/bin/python3
"""Re-make docs/biosphere-reserves-tracker.ods from tools/biosphere-reserves-tracker.txt.

Run from anywhere: /usr/bin/python3 tools/make_ods.py
Standard library only. The package is laid out the way LibreOffice Calc saves an .ods
(mimetype first and stored, Configurations2/, manifest.rdf, meta.xml, settings.xml,
content.xml, a thumbnail, styles.xml, META-INF/manifest.xml) with fixed timestamps and a
fixed order, so the output is byte-for-byte reproducible.
"""
import os
import re
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "biosphere-reserves-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "biosphere-reserves-tracker.ods")
STAMP = (2025, 9, 28, 21, 40, 12)
AUTHOR = "Ananya S"

NS_CONTENT = (
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:css3t="http://www.w3.org/TR/css3-text/" xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xforms="http://www.w3.org/2002/xforms" '
    'xmlns:dom="http://www.w3.org/2001/xml-events" '
    'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
    'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
    'xmlns:math="http://www.w3.org/1998/Math/MathML" '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:ooo="http://openoffice.org/2004/office" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:ooow="http://openoffice.org/2004/writer" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:drawooo="http://openoffice.org/2010/draw" xmlns:oooc="http://openoffice.org/2004/calc" '
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
    'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0"')

FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="DejaVu Sans" svg:font-family="&apos;DejaVu Sans&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="Lohit Devanagari" svg:font-family="&apos;Lohit Devanagari&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '</office:font-face-decls>')

CELL_PROPS = {
    "t": '<style:text-properties fo:font-size="13pt" fo:font-weight="bold" '
         'style:font-size-asian="13pt" style:font-weight-asian="bold" '
         'style:font-size-complex="13pt" style:font-weight-complex="bold"/>',
    "h": '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" '
         'style:font-weight-complex="bold"/>',
    "b": '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" '
         'style:font-weight-complex="bold"/>',
}


def cell_style_xml(name, flags, datestyle):
    """One automatic table-cell style for a combination of flags."""
    attrs = ' style:parent-style-name="Default"'
    if "d" in flags:
        attrs += ' style:data-style-name="%s"' % datestyle
    props = []
    if "h" in flags:
        props.append('fo:background-color="#dddddd" fo:border="0.06pt solid #000000" '
                     'fo:wrap-option="wrap" style:vertical-align="middle"')
    elif "y" in flags:
        props.append('fo:background-color="#ffff00" fo:wrap-option="wrap" style:vertical-align="top"')
    elif "w" in flags:
        props.append('fo:wrap-option="wrap" style:vertical-align="top"')
    out = '<style:style style:name="%s" style:family="table-cell"%s>' % (name, attrs)
    if props:
        out += '<style:table-cell-properties %s/>' % props[0]
    for k in ("t", "h", "b"):
        if k in flags:
            out += CELL_PROPS[k]
            break
    return out + '</style:style>'


PREFIX = re.compile(r"^\{(t|h|b|y|w|span=\d+|note=[^}]*|a=[^}]*|d=[^}]*|f=[^}]*)\}")


def parse_cell(raw):
    cell = {"flags": set(), "span": 1, "note": None, "href": None, "date": None,
            "formula": None}
    s = raw.strip()
    while True:
        m = PREFIX.match(s)
        if not m:
            break
        tok = m.group(1)
        s = s[m.end():]
        if tok.startswith("span="):
            cell["span"] = int(tok[5:])
        elif tok.startswith("note="):
            cell["note"] = tok[5:]
        elif tok.startswith("a="):
            cell["href"] = tok[2:]
        elif tok.startswith("d="):
            cell["date"] = tok[2:]
            cell["flags"].add("d")
        elif tok.startswith("f="):
            cell["formula"] = tok[2:]
        else:
            cell["flags"].add(tok)
    cell["text"] = s
    return cell


def read_source():
    sheets = []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("%%"):
                continue
            if line.startswith("@sheet "):
                sheets.append({"name": line[7:].strip(), "cols": [], "rows": []})
            elif line.startswith("@cols "):
                sheets[-1]["cols"] = [float(w) for w in line[6:].split()]
            elif sheets:
                if not line.strip():
                    sheets[-1]["rows"].append([])
                else:
                    sheets[-1]["rows"].append([parse_cell(c) for c in line.split("||")])
    for sh in sheets:
        while sh["rows"] and not sh["rows"][-1]:
            sh["rows"].pop()
    return sheets


def para_xml(text, href=None):
    """One <text:p>, with runs of spaces written as <text:s/> like LibreOffice does."""
    def spaces(t):
        out = escape(t)
        return re.sub(r"  +", lambda m: " " + ('<text:s/>' if len(m.group(0)) == 2 else
                                              '<text:s text:c="%d"/>' % (len(m.group(0)) - 1)), out)
    body = spaces(text)
    if href:
        body = '<text:a xlink:href=%s xlink:type="simple">%s</text:a>' % (quoteattr(href), body)
    return '<text:p>%s</text:p>' % body


def number_text(s):
    return re.fullmatch(r"-?\d+(\.\d+)?", s) is not None


def build_content(sheets):
    styles, style_names = [], {}
    col_styles, col_names = [], {}
    datestyle = "N37"
    body = []
    n_cells = 0

    def cstyle(flags):
        key = "".join(sorted(flags))
        if not key:
            return None
        if key not in style_names:
            name = "ce%d" % (len(style_names) + 1)
            style_names[key] = name
            styles.append(cell_style_xml(name, flags, datestyle))
        return style_names[key]

    def colstyle(w):
        if w not in col_names:
            name = "co%d" % (len(col_names) + 1)
            col_names[w] = name
            col_styles.append('<style:style style:name="%s" style:family="table-column">'
                              '<style:table-column-properties fo:break-before="auto" '
                              'style:column-width="%.3fcm"/></style:style>' % (name, w))
        return col_names[w]

    note_no = 0
    for sh in sheets:
        ncols = len(sh["cols"])
        t = ['<table:table table:name=%s table:style-name="ta1">' % quoteattr(sh["name"])]
        t.append('<office:forms form:automatic-focus="false" form:apply-design-mode="false"/>')
        i = 0
        while i < ncols:
            j = i
            while j + 1 < ncols and sh["cols"][j + 1] == sh["cols"][i]:
                j += 1
            rep = ' table:number-columns-repeated="%d"' % (j - i + 1) if j > i else ""
            t.append('<table:table-column table:style-name="%s"%s '
                     'table:default-cell-style-name="Default"/>' % (colstyle(sh["cols"][i]), rep))
            i = j + 1
        for row in sh["rows"]:
            cells_xml = []
            pending_empty = 0
            col = 0
            for c in row:
                empty = not c["text"] and not c["flags"] and not c["formula"]
                if empty:
                    pending_empty += 1
                    col += 1
                    continue
                if pending_empty:
                    cells_xml.append('<table:table-cell table:number-columns-repeated="%d"/>'
                                     % pending_empty if pending_empty > 1 else '<table:table-cell/>')
                    pending_empty = 0
                n_cells += 1
                attrs = ""
                st = cstyle(c["flags"])
                if st:
                    attrs += ' table:style-name="%s"' % st
                if c["formula"]:
                    attrs += ' table:formula=%s' % quoteattr(c["formula"])
                if c["date"]:
                    attrs += (' office:value-type="date" office:date-value="%s" '
                              'calcext:value-type="date"' % c["date"])
                elif number_text(c["text"]):
                    attrs += (' office:value-type="float" office:value="%s" '
                              'calcext:value-type="float"' % c["text"])
                else:
                    attrs += ' office:value-type="string" calcext:value-type="string"'
                if c["span"] > 1:
                    attrs += (' table:number-columns-spanned="%d" table:number-rows-spanned="1"'
                              % c["span"])
                inner = ""
                if c["note"]:
                    note_no += 1
                    inner += ('<office:annotation draw:style-name="gr1" draw:text-style-name="P1" '
                              'svg:width="5.2cm" svg:height="1.3cm" svg:x="%.2fcm" svg:y="%.2fcm" '
                              'draw:caption-point-x="-0.61cm" draw:caption-point-y="-0.35cm">'
                              '<dc:creator>%s</dc:creator><dc:date>2025-07-14T22:18:40.512000000'
                              '</dc:date><text:p text:style-name="P1">%s</text:p>'
                              '</office:annotation>'
                              % (18.4 + note_no, 0.9 + note_no, AUTHOR, escape(c["note"])))
                for k, p in enumerate(c["text"].split(" // ")):
                    inner += para_xml(p, c["href"])
                cells_xml.append('<table:table-cell%s>%s</table:table-cell>' % (attrs, inner))
                if c["span"] > 1:
                    cells_xml.append('<table:covered-table-cell table:number-columns-repeated="%d"/>'
                                     % (c["span"] - 1) if c["span"] > 2
                                     else '<table:covered-table-cell/>')
                    col += c["span"]
                else:
                    col += 1
            if not cells_xml:
                cells_xml.append('<table:table-cell table:number-columns-repeated="%d"/>' % ncols)
            t.append('<table:table-row table:style-name="ro1">%s</table:table-row>'
                     % "".join(cells_xml))
        t.append('</table:table>')
        body.append("".join(t))

    auto = ['<office:automatic-styles>']
    auto += col_styles
    auto.append('<style:style style:name="ro1" style:family="table-row">'
                '<style:table-row-properties style:row-height="0.452cm" fo:break-before="auto" '
                'style:use-optimal-row-height="true"/></style:style>')
    auto.append('<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
                '<style:table-properties table:display="true" style:writing-mode="lr-tb"/>'
                '</style:style>')
    auto.append('<number:date-style style:name="N37" number:automatic-order="true">'
                '<number:day number:style="long"/><number:text>-</number:text>'
                '<number:month number:textual="true"/><number:text>-</number:text>'
                '<number:year/></number:date-style>')
    auto += styles
    auto.append('<style:style style:name="gr1" style:family="graphic"><style:graphic-properties '
                'draw:stroke="solid" svg:stroke-color="#000000" draw:fill="solid" '
                'draw:fill-color="#ffffc0" draw:auto-grow-height="true" draw:auto-grow-width="false" '
                'fo:padding-top="0.1cm" fo:padding-bottom="0.1cm" fo:padding-left="0.1cm" '
                'fo:padding-right="0.1cm" draw:shadow="visible" draw:shadow-offset-x="0.1cm" '
                'draw:shadow-offset-y="0.1cm"/></style:style>')
    auto.append('<style:style style:name="P1" style:family="paragraph">'
                '<loext:graphic-properties draw:fill="solid" draw:fill-color="#ffffc0"/>'
                '<style:paragraph-properties fo:margin-left="0cm" fo:margin-right="0cm" '
                'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-indent="0cm"/>'
                '<style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/>'
                '</style:style>')
    auto.append('</office:automatic-styles>')

    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document-content %s office:version="1.3">' % NS_CONTENT
           + '<office:scripts/>' + FONTS + "".join(auto)
           + '<office:body><office:spreadsheet>'
           '<table:calculation-settings table:automatic-find-labels="false" '
           'table:use-regular-expressions="false" table:use-wildcards="true"/>'
           + "".join(body) + '<table:named-expressions/></office:spreadsheet></office:body>'
           '</office:document-content>')
    return xml, n_cells


def build_styles():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-styles %s office:version="1.3">' % NS_CONTENT + FONTS +
            '<office:styles>'
            '<style:default-style style:family="table-cell">'
            '<style:paragraph-properties style:tab-stop-distance="1.25cm"/>'
            '<style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" '
            'fo:language="en" fo:country="IN" style:font-name-asian="DejaVu Sans" '
            'style:font-size-asian="10pt" style:font-name-complex="Lohit Devanagari" '
            'style:font-size-complex="10pt"/></style:default-style>'
            '<style:default-style style:family="graphic"><style:graphic-properties '
            'svg:stroke-color="#3465a4" draw:fill-color="#729fcf" fo:wrap-option="no-wrap" '
            'draw:shadow-offset-x="0.3cm" draw:shadow-offset-y="0.3cm"/></style:default-style>'
            '<number:number-style style:name="N0"><number:number number:min-integer-digits="1"/>'
            '</number:number-style>'
            '<style:style style:name="Default" style:family="table-cell"/>'
            '<style:style style:name="Heading" style:family="table-cell" '
            'style:parent-style-name="Default"><style:text-properties fo:color="#000000" '
            'fo:font-size="24pt" fo:font-style="normal" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
            'style:family="table-cell" style:parent-style-name="Heading">'
            '<style:text-properties fo:font-size="18pt"/></style:style>'
            '<style:style style:name="Heading_20_2" style:display-name="Heading 2" '
            'style:family="table-cell" style:parent-style-name="Heading">'
            '<style:text-properties fo:font-size="12pt"/></style:style>'
            '<style:style style:name="Text" style:family="table-cell" style:parent-style-name="Default"/>'
            '<style:style style:name="Note" style:family="table-cell" style:parent-style-name="Text">'
            '<style:table-cell-properties fo:background-color="#ffffcc" style:diagonal-bl-tr="none" '
            'style:diagonal-tl-br="none" fo:border="0.74pt solid #808080"/>'
            '<style:text-properties fo:color="#333333"/></style:style>'
            '<style:style style:name="Hyperlink" style:family="table-cell" style:parent-style-name="Text">'
            '<style:text-properties fo:color="#000080" style:text-underline-style="solid" '
            'style:text-underline-width="auto" style:text-underline-color="#000080"/></style:style>'
            '<style:style style:name="Accent" style:family="table-cell" style:parent-style-name="Default">'
            '<style:text-properties fo:font-weight="bold"/></style:style>'
            '</office:styles>'
            '<office:automatic-styles>'
            '<style:page-layout style:name="pm1"><style:page-layout-properties '
            'style:writing-mode="lr-tb"/><style:header-style><style:header-footer-properties '
            'fo:min-height="0.75cm" fo:margin-left="0cm" fo:margin-right="0cm" '
            'fo:margin-bottom="0.25cm"/></style:header-style><style:footer-style>'
            '<style:header-footer-properties fo:min-height="0.75cm" fo:margin-left="0cm" '
            'fo:margin-right="0cm" fo:margin-top="0.25cm"/></style:footer-style></style:page-layout>'
            '</office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Default" '
            'style:page-layout-name="pm1"><style:header><text:p><text:sheet-name>???</text:sheet-name>'
            '</text:p></style:header><style:header-left style:display="false"/>'
            '<style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer>'
            '<style:footer-left style:display="false"/></style:master-page></office:master-styles>'
            '</office:document-styles>')


def build_meta(n_tables, n_cells):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" '
            'xmlns:grddl="http://www.w3.org/2003/g/data-view#" office:version="1.3"><office:meta>'
            '<meta:creation-date>2025-07-12T18:40:22.318000000</meta:creation-date>'
            '<dc:date>2025-09-28T21:40:12.774000000</dc:date>'
            '<meta:editing-duration>PT6H52M31S</meta:editing-duration>'
            '<meta:editing-cycles>41</meta:editing-cycles>'
            '<meta:generator>LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2'
            '</meta:generator><dc:creator>%s</dc:creator>'
            '<meta:document-statistic meta:table-count="%d" meta:cell-count="%d" '
            'meta:object-count="0"/></office:meta></office:document-meta>'
            % (AUTHOR, n_tables, n_cells))


def build_settings(sheets, active):
    def item(name, typ, val):
        return ('<config:config-item config:name="%s" config:type="%s">%s</config:config-item>'
                % (name, typ, val))
    tables = "".join(
        '<config:config-item-map-entry config:name=%s>' % quoteattr(sh["name"])
        + item("CursorPositionX", "int", 1) + item("CursorPositionY", "int", 2)
        + item("HorizontalSplitMode", "short", 0) + item("VerticalSplitMode", "short", 2 if sh["name"] == "18 BRs" else 0)
        + item("VerticalSplitPosition", "int", 2 if sh["name"] == "18 BRs" else 0)
        + item("ActiveSplitRange", "short", 2) + item("PositionLeft", "int", 0)
        + item("PositionRight", "int", 0) + item("PositionTop", "int", 0)
        + item("PositionBottom", "int", 2 if sh["name"] == "18 BRs" else 0)
        + item("ZoomType", "short", 0) + item("ZoomValue", "int", 100)
        + item("PageViewZoomValue", "int", 60) + item("ShowGrid", "boolean", "true")
        + '</config:config-item-map-entry>' for sh in sheets)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3">'
            '<office:settings><config:config-item-set config:name="ooo:view-settings">'
            + item("VisibleAreaTop", "int", 0) + item("VisibleAreaLeft", "int", 0)
            + item("VisibleAreaWidth", "int", 33867) + item("VisibleAreaHeight", "int", 9031)
            + '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            + item("ViewId", "string", "view1")
            + '<config:config-item-map-named config:name="Tables">' + tables
            + '</config:config-item-map-named>'
            + item("ActiveTable", "string", escape(active))
            + item("HorizontalScrollbarWidth", "int", 1508) + item("ZoomType", "short", 0)
            + item("ZoomValue", "int", 100) + item("PageViewZoomValue", "int", 60)
            + item("ShowPageBreakPreview", "boolean", "false") + item("ShowZeroValues", "boolean", "true")
            + item("ShowNotes", "boolean", "true") + item("ShowGrid", "boolean", "true")
            + item("GridColor", "int", 12632256) + item("HasColumnRowHeaders", "boolean", "true")
            + item("HasSheetTabs", "boolean", "true") + item("IsOutlineSymbolsSet", "boolean", "true")
            + '</config:config-item-map-entry></config:config-item-map-indexed>'
            '</config:config-item-set><config:config-item-set config:name="ooo:configuration-settings">'
            + item("ShowZeroValues", "boolean", "true") + item("ShowNotes", "boolean", "true")
            + item("ShowGrid", "boolean", "true") + item("GridColor", "int", 12632256)
            + item("LinkUpdateMode", "short", 3) + item("HasColumnRowHeaders", "boolean", "true")
            + item("HasSheetTabs", "boolean", "true") + item("IsDocumentShared", "boolean", "false")
            + item("PrinterName", "string", "") + item("ApplyUserData", "boolean", "true")
            + item("SaveThumbnail", "boolean", "true")
            + '</config:config-item-set></office:settings></office:document-settings>')


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
    'manifest:version="1.3" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">\n'
    ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\n'
    ' <manifest:file-entry manifest:full-path="Configurations2/" '
    'manifest:media-type="application/vnd.sun.xml.ui.configuration"/>\n'
    ' <manifest:file-entry manifest:full-path="manifest.rdf" manifest:media-type="application/rdf+xml"/>\n'
    ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>\n'
    ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
    '</manifest:manifest>\n')


def thumbnail():
    """A small white page with grey grid lines, as a PNG (zlib + struct only)."""
    w, h = 256, 181
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            line = (y % 12 == 0 and y > 10) or (x % 48 == 0 and x > 0)
            row += bytes((208, 208, 208) if line else (255, 255, 255))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def main():
    sheets = read_source()
    content, n_cells = build_content(sheets)
    entries = [
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
        ("Configurations2/", b"", zipfile.ZIP_STORED),
        ("manifest.rdf", MANIFEST_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", build_meta(len(sheets), n_cells).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("settings.xml", build_settings(sheets, "18 BRs").encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("Thumbnails/thumbnail.png", thumbnail(), zipfile.ZIP_DEFLATED),
        ("styles.xml", build_styles().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = method
            info.create_system = 0
            info.external_attr = 0o40755 << 16 | 0x10 if name.endswith("/") else 0
            z.writestr(info, data)


if __name__ == "__main__":
    main()
