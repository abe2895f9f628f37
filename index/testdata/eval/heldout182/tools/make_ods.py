#!/usr/bin/python3
"""Re-make docs/islands-fact-sheet.ods from tools/islands-fact-sheet.txt.

Run from anywhere: /usr/bin/python3 tools/make_ods.py
Standard library only. The package is written the way LibreOffice Calc saves an .ods: `mimetype`
first and stored, then manifest.rdf, meta.xml, settings.xml, content.xml, styles.xml and
META-INF/manifest.xml, deflated, with fixed timestamps, so the output is byte-for-byte the same.
"""
import math
import os
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "islands-fact-sheet.txt")
OUT = os.path.join(HERE, "..", "docs", "islands-fact-sheet.ods")
STAMP = (2025, 8, 2, 21, 5, 36)
GENERATOR = "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1"

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
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
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
         '<style:font-face style:name="DejaVu Sans" svg:font-family="&apos;DejaVu Sans&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '</office:font-face-decls>')

BORDER = 'fo:border="0.06pt solid #000000"'
CELL_STYLES = {
    "T": ('ce1', '<style:table-cell-properties style:vertical-align="middle"/>'
                 '<style:text-properties fo:font-size="14pt" fo:font-weight="bold" '
                 'style:font-size-asian="14pt" style:font-weight-asian="bold" '
                 'style:font-size-complex="14pt" style:font-weight-complex="bold"/>'),
    "I": ('ce2', '<style:text-properties fo:color="#666666" fo:font-size="9pt" fo:font-style="italic" '
                 'style:font-size-asian="9pt" style:font-style-asian="italic" '
                 'style:font-size-complex="9pt" style:font-style-complex="italic"/>'),
    "H": ('ce3', '<style:table-cell-properties fo:background-color="#dee6ef" ' + BORDER +
                 ' fo:wrap-option="wrap" style:vertical-align="middle"/>'
                 '<style:paragraph-properties fo:text-align="center" fo:margin-left="0cm"/>'
                 '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" '
                 'style:font-weight-complex="bold"/>'),
    "G": ('ce4', '<style:table-cell-properties fo:background-color="#ffffa6" ' + BORDER + '/>'
                 '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" '
                 'style:font-weight-complex="bold"/>'),
    "B": ('ce5', '<style:table-cell-properties fo:background-color="#ffd8ce"/>'
                 '<style:text-properties fo:font-size="11pt" fo:font-weight="bold" '
                 'style:font-size-asian="11pt" style:font-weight-asian="bold" '
                 'style:font-size-complex="11pt" style:font-weight-complex="bold"/>'),
    "R": ('ce6', '<style:table-cell-properties ' + BORDER + ' fo:wrap-option="wrap" '
                 'style:vertical-align="top"/>'),
}
NUM_RE = re.compile(r"^\d+$")
SPAN_RE = re.compile(r"\{(\d+)\}$")


def parse():
    sheets = []
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            line = raw.rstrip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@sheet "):
                sheets.append({"name": line[7:], "cols": [], "rows": []})
            elif line.startswith("@cols "):
                sheets[-1]["cols"] = [float(w) for w in line[6:].split(",")]
            elif line == "-":
                sheets[-1]["rows"].append(("-", []))
            else:
                kind, rest = line[0], line[3:]
                cells = []
                for c in rest.split(" | "):
                    m = SPAN_RE.search(c)
                    span = int(m.group(1)) if m else 1
                    text = c[:m.start()] if m else c
                    cells.append((text.strip(), span))
                sheets[-1]["rows"].append((kind, cells))
    return sheets


def row_height(kind, cells, widths):
    """Optimal row height the way Calc would store it: lines of 10pt text times 0.452 cm."""
    if kind in ("-", "T", "I", "G", "B"):
        return 0.452 if kind != "T" else 0.706
    lines, col = 1, 0
    for text, span in cells:
        w = sum(widths[col:col + span])
        col += span
        n = 0
        for para in text.split(" // "):
            n += max(1, math.ceil(len(para) * 0.19 / max(w - 0.2, 0.5)))
        lines = max(lines, n)
    return round(0.452 * lines, 3)


def text_ps(text):
    out = []
    for para in text.split(" // "):
        out.append("<text:p>%s</text:p>" % escape(para))
    return "".join(out)


def build_content(sheets):
    col_styles, row_styles = {}, {}
    body = []
    for sh in sheets:
        widths = sh["cols"]
        ncols = len(widths)
        parts = ['<table:table table:name=%s table:style-name="ta1">' % quoteattr(sh["name"])]
        for w in widths:
            key = "%.3fcm" % w
            if key not in col_styles:
                col_styles[key] = "co%d" % (len(col_styles) + 1)
            parts.append('<table:table-column table:style-name="%s" '
                         'table:default-cell-style-name="Default"/>' % col_styles[key])
        for kind, cells in sh["rows"]:
            h = "%.3fcm" % row_height(kind, cells, widths)
            if h not in row_styles:
                row_styles[h] = "ro%d" % (len(row_styles) + 1)
            parts.append('<table:table-row table:style-name="%s">' % row_styles[h])
            if kind == "-":
                parts.append('<table:table-cell table:number-columns-repeated="%d"/>' % ncols)
                parts.append("</table:table-row>")
                continue
            style = CELL_STYLES[kind][0]
            used = 0
            for text, span in cells:
                attrs = ' table:style-name="%s"' % style
                if NUM_RE.match(text):
                    attrs += ' office:value-type="float" office:value="%s" calcext:value-type="float"' % text
                else:
                    attrs += ' office:value-type="string" calcext:value-type="string"'
                if span > 1:
                    attrs += (' table:number-columns-spanned="%d" table:number-rows-spanned="1"' % span)
                parts.append("<table:table-cell%s>%s</table:table-cell>" % (attrs, text_ps(text)))
                if span == 2:
                    parts.append("<table:covered-table-cell/>")
                elif span > 2:
                    parts.append('<table:covered-table-cell table:number-columns-repeated="%d"/>'
                                 % (span - 1))
                used += span
            if used < ncols:
                rest = ncols - used
                parts.append('<table:table-cell table:number-columns-repeated="%d"/>' % rest
                             if rest > 1 else "<table:table-cell/>")
            parts.append("</table:table-row>")
        parts.append("</table:table>")
        body.append("".join(parts))
    auto = []
    for key, name in col_styles.items():
        auto.append('<style:style style:name="%s" style:family="table-column">'
                    '<style:table-column-properties fo:break-before="auto" style:column-width="%s"/>'
                    '</style:style>' % (name, key))
    for key, name in row_styles.items():
        auto.append('<style:style style:name="%s" style:family="table-row">'
                    '<style:table-row-properties style:row-height="%s" fo:break-before="auto" '
                    'style:use-optimal-row-height="true"/></style:style>' % (name, key))
    auto.append('<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
                '<style:table-properties table:display="true" style:writing-mode="lr-tb"/>'
                '</style:style>')
    for kind in "TIHGBR":
        name, props = CELL_STYLES[kind]
        auto.append('<style:style style:name="%s" style:family="table-cell" '
                    'style:parent-style-name="Default">%s</style:style>' % (name, props))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content %s office:version="1.3"><office:scripts/>%s'
            '<office:automatic-styles>%s</office:automatic-styles>'
            '<office:body><office:spreadsheet><table:calculation-settings '
            'table:automatic-find-labels="false" table:use-regular-expressions="false" '
            'table:use-wildcards="true"/>%s<table:named-expressions/></office:spreadsheet>'
            '</office:body></office:document-content>'
            % (NS, FONTS, "".join(auto), "".join(body)))


def build_styles():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-styles %s office:version="1.3">%s'
            '<office:styles>'
            '<style:default-style style:family="table-cell">'
            '<style:paragraph-properties style:tab-stop-distance="1.25cm"/>'
            '<style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" '
            'fo:language="en" fo:country="IN" style:font-name-asian="Noto Sans CJK SC" '
            'style:font-size-asian="10pt" style:language-asian="zh" style:country-asian="CN" '
            'style:font-name-complex="DejaVu Sans" style:font-size-complex="10pt" '
            'style:language-complex="hi" style:country-complex="IN"/></style:default-style>'
            '<number:number-style style:name="N0"><number:number number:min-integer-digits="1"/>'
            '</number:number-style>'
            '<style:style style:name="Default" style:family="table-cell">'
            '<style:text-properties style:font-name-asian="Noto Sans CJK SC" '
            'style:font-family-generic-asian="system" style:font-pitch-asian="variable" '
            'style:font-name-complex="DejaVu Sans" style:font-family-generic-complex="system" '
            'style:font-pitch-complex="variable"/></style:style>'
            '<style:style style:name="Heading" style:family="table-cell" style:parent-style-name="Default">'
            '<style:text-properties fo:color="#000000" fo:font-size="24pt" fo:font-style="normal" '
            'fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
            'style:family="table-cell" style:parent-style-name="Heading">'
            '<style:text-properties fo:font-size="18pt"/></style:style>'
            '<style:style style:name="Note" style:family="table-cell" style:parent-style-name="Text">'
            '<style:table-cell-properties fo:background-color="#ffffc0" fo:border="0.74pt solid #808080"/>'
            '</style:style>'
            '<style:style style:name="Text" style:family="table-cell" style:parent-style-name="Default"/>'
            '</office:styles>'
            '<office:automatic-styles>'
            '<style:page-layout style:name="pm1"><style:page-layout-properties '
            'style:writing-mode="lr-tb" style:print-orientation="landscape" fo:page-width="29.7cm" '
            'fo:page-height="21.001cm"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0.75cm" '
            'fo:margin-left="0cm" fo:margin-right="0cm" fo:margin-bottom="0.25cm"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="0.75cm" '
            'fo:margin-left="0cm" fo:margin-right="0cm" fo:margin-top="0.25cm"/></style:footer-style>'
            '</style:page-layout>'
            '</office:automatic-styles>'
            '<office:master-styles>'
            '<style:master-page style:name="Default" style:page-layout-name="pm1">'
            '<style:header><text:p><text:sheet-name>???</text:sheet-name></text:p></style:header>'
            '<style:header-left style:display="false"/>'
            '<style:header-first style:display="false"/>'
            '<style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer>'
            '<style:footer-left style:display="false"/>'
            '<style:footer-first style:display="false"/>'
            '</style:master-page>'
            '</office:master-styles></office:document-styles>' % (NS, FONTS))


def build_meta(sheets):
    cells = sum(len(c) for sh in sheets for k, c in sh["rows"])
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" '
            'xmlns:grddl="http://www.w3.org/2003/g/data-view#" office:version="1.3"><office:meta>'
            '<meta:creation-date>2024-11-18T10:42:11.372914000</meta:creation-date>'
            '<dc:date>2025-08-02T21:05:36.118204000</dc:date>'
            '<meta:editing-duration>PT7H58M40S</meta:editing-duration>'
            '<meta:editing-cycles>31</meta:editing-cycles>'
            '<meta:generator>%s</meta:generator>'
            '<dc:title>Island territories master sheet</dc:title>'
            '<meta:document-statistic meta:table-count="%d" meta:cell-count="%d" meta:object-count="0"/>'
            '</office:meta></office:document-meta>' % (GENERATOR, len(sheets), cells))


def build_settings(sheets):
    tables = "".join(
        '<config:config-item-map-entry config:name=%s>'
        '<config:config-item config:name="CursorPositionX" config:type="int">6</config:config-item>'
        '<config:config-item config:name="CursorPositionY" config:type="int">%d</config:config-item>'
        '<config:config-item config:name="HorizontalSplitMode" config:type="short">0</config:config-item>'
        '<config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>'
        '<config:config-item config:name="VerticalSplitPosition" config:type="int">%d</config:config-item>'
        '<config:config-item config:name="ActiveSplitRange" config:type="short">2</config:config-item>'
        '<config:config-item config:name="PositionBottom" config:type="int">%d</config:config-item>'
        '<config:config-item config:name="ZoomType" config:type="short">0</config:config-item>'
        '<config:config-item config:name="ZoomValue" config:type="int">100</config:config-item>'
        '</config:config-item-map-entry>' % (quoteattr(sh["name"]), 4 + i, 6 if i == 0 else 3,
                                             6 if i == 0 else 3)
        for i, sh in enumerate(sheets))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
            '<config:config-item-map-named config:name="Tables">%s</config:config-item-map-named>'
            '<config:config-item config:name="ActiveTable" config:type="string">%s</config:config-item>'
            '<config:config-item config:name="ShowGrid" config:type="boolean">true</config:config-item>'
            '</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="PrinterName" config:type="string"/>'
            '<config:config-item config:name="IsKernAsianPunctuation" config:type="boolean">false</config:config-item>'
            '</config:config-item-set></office:settings></office:document-settings>'
            % (tables, escape(sheets[0]["name"])))


MANIFEST_RDF = '''<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="content.xml">
    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#ContentFile"/>
  </rdf:Description>
  <rdf:Description rdf:about="">
    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="content.xml"/>
  </rdf:Description>
  <rdf:Description rdf:about="styles.xml">
    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#StylesFile"/>
  </rdf:Description>
  <rdf:Description rdf:about="">
    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="styles.xml"/>
  </rdf:Description>
  <rdf:Description rdf:about="">
    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#Document"/>
  </rdf:Description>
</rdf:RDF>
'''

MANIFEST = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="manifest.rdf" manifest:media-type="application/rdf+xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
'''


def add(z, name, data, stored=False):
    info = zipfile.ZipInfo(name, date_time=STAMP)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.create_system = 0
    info.external_attr = 0
    z.writestr(info, data.encode("utf-8"))


def build():
    sheets = parse()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w") as z:
        add(z, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", stored=True)
        add(z, "manifest.rdf", MANIFEST_RDF)
        add(z, "meta.xml", build_meta(sheets))
        add(z, "settings.xml", build_settings(sheets))
        add(z, "content.xml", build_content(sheets))
        add(z, "styles.xml", build_styles())
        add(z, "META-INF/manifest.xml", MANIFEST)


if __name__ == "__main__":
    build()
