#!/usr/bin/python3
"""Re-make docs/ramsar-tracker.ods from tools/ramsar-tracker.txt.

Run from anywhere: /usr/bin/python3 tools/make_ods.py
Standard library only; the output is byte-for-byte reproducible (fixed zip timestamps, fixed
member order, mimetype first and stored).

Source format: "@sheet NAME" starts a sheet, "@cols a,b,c" gives column widths in cm, every
other line is one row with cells separated by "|" (an empty line is an empty row). A cell that is
a plain number becomes a float cell, one starting with "=" a formula (A1-style, "=C3-B3" only),
and a literal "\\n" inside a cell starts a new paragraph (a line break inside the cell, as
LibreOffice stores it).
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ramsar-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "ramsar-tracker.ods")
STAMP = (2025, 10, 4, 21, 47, 12)
MIME = "application/vnd.oasis.opendocument.spreadsheet"

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
         '</office:font-face-decls>')

NUM_RE = re.compile(r"^-?\d+(\.\d+)?$")
REF_RE = re.compile(r"^=([A-Z])(\d+)-([A-Z])(\d+)$")


def parse():
    sheets = []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("@sheet "):
                sheets.append({"name": line[7:].strip(), "cols": [], "rows": []})
            elif line.startswith("@cols "):
                sheets[-1]["cols"] = [float(x) for x in line[6:].split(",")]
            else:
                sheets[-1]["rows"].append(line.split("|") if line else [])
    for s in sheets:
        while s["rows"] and not s["rows"][-1]:
            s["rows"].pop()
    return sheets


def fmt(v):
    v = round(v, 10)
    return ("%d" % v) if v == int(v) else ("%.10f" % v).rstrip("0").rstrip(".")


def cell_xml(text, rows, style):
    st = ' table:style-name="%s"' % style if style else ""
    m = REF_RE.match(text)
    if m:
        def val(col, row):
            return float(rows[int(row) - 1][ord(col) - 65])
        v = val(m.group(1), m.group(2)) - val(m.group(3), m.group(4))
        formula = "of:=[.%s%s]-[.%s%s]" % m.groups()
        return ('<table:table-cell%s table:formula="%s" office:value-type="float" '
                'office:value="%s" calcext:value-type="float"><text:p>%s</text:p>'
                '</table:table-cell>' % (st, formula, fmt(v), fmt(v)))
    if NUM_RE.match(text):
        return ('<table:table-cell%s office:value-type="float" office:value="%s" '
                'calcext:value-type="float"><text:p>%s</text:p></table:table-cell>'
                % (st, text, text))
    paras = "".join("<text:p>%s</text:p>" % escape(p) for p in text.split("\\n"))
    return ('<table:table-cell%s office:value-type="string" calcext:value-type="string">%s'
            '</table:table-cell>' % (st, paras))


def table_xml(sheet, ti):
    ncols = len(sheet["cols"])
    out = ['<table:table table:name="%s" table:style-name="ta1">' % escape(sheet["name"])]
    for i in range(ncols):
        cs = "ce2" if i == ncols - 1 else "Default"
        out.append('<table:table-column table:style-name="co%d_%d" '
                   'table:default-cell-style-name="%s"/>' % (ti, i + 1, cs))
    rows = sheet["rows"]
    for ri, row in enumerate(rows):
        out.append('<table:table-row table:style-name="ro1">')
        if not row:
            out.append('<table:table-cell table:number-columns-repeated="%d"/>' % ncols)
        else:
            label_row = not row[0] and len(row) == 2
            blanks = 0
            for ci, text in enumerate(row):
                if not text:
                    blanks += 1
                    continue
                if blanks:
                    out.append('<table:table-cell table:number-columns-repeated="%d"/>' % blanks
                               if blanks > 1 else '<table:table-cell/>')
                    blanks = 0
                style = "ce1" if ri == 0 or label_row else ("ce3" if not row[0] and ci == 1 else "")
                if not style and ci == ncols - 1:
                    style = "ce2"
                out.append(cell_xml(text, rows, style))
            if blanks:
                out.append('<table:table-cell table:number-columns-repeated="%d"/>' % blanks
                           if blanks > 1 else '<table:table-cell/>')
        out.append('</table:table-row>')
    out.append('</table:table>')
    return "".join(out)


def content_xml(sheets):
    auto = []
    for ti, s in enumerate(sheets, 1):
        for i, w in enumerate(s["cols"], 1):
            auto.append('<style:style style:name="co%d_%d" style:family="table-column">'
                        '<style:table-column-properties fo:break-before="auto" '
                        'style:column-width="%.3fcm"/></style:style>' % (ti, i, w))
    auto.append('<style:style style:name="ro1" style:family="table-row">'
                '<style:table-row-properties style:row-height="0.452cm" fo:break-before="auto" '
                'style:use-optimal-row-height="true"/></style:style>')
    auto.append('<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
                '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>')
    auto.append('<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default">'
                '<style:table-cell-properties fo:background-color="#dee6ef" fo:wrap-option="wrap"/>'
                '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" '
                'style:font-weight-complex="bold"/></style:style>')
    auto.append('<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default">'
                '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>'
                '</style:style>')
    auto.append('<style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default">'
                '<style:text-properties fo:font-style="italic" style:font-style-asian="italic" '
                'style:font-style-complex="italic"/></style:style>')
    body = "".join(table_xml(s, ti) for ti, s in enumerate(sheets, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content %s office:version="1.3"><office:scripts/>%s'
            '<office:automatic-styles>%s</office:automatic-styles>'
            '<office:body><office:spreadsheet><table:calculation-settings '
            'table:automatic-find-labels="false" table:use-regular-expressions="false" '
            'table:use-wildcards="true"/>%s<table:named-expressions/></office:spreadsheet>'
            '</office:body></office:document-content>' % (NS, FONTS, "".join(auto), body))


def styles_xml():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-styles %s office:version="1.3">%s'
            '<office:styles>'
            '<style:default-style style:family="table-cell">'
            '<style:paragraph-properties style:tab-stop-distance="1.25cm"/>'
            '<style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" '
            'fo:language="en" fo:country="IN" style:font-name-asian="DejaVu Sans" '
            'style:font-name-complex="DejaVu Sans"/></style:default-style>'
            '<number:number-style style:name="N0"><number:number number:min-integer-digits="1"/>'
            '</number:number-style>'
            '<style:style style:name="Default" style:family="table-cell"/>'
            '<style:style style:name="Heading" style:family="table-cell" style:parent-style-name="Default">'
            '<style:text-properties fo:font-size="24pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
            'style:family="table-cell" style:parent-style-name="Heading">'
            '<style:text-properties fo:font-size="18pt"/></style:style>'
            '<style:style style:name="Text" style:family="table-cell" style:parent-style-name="Default"/>'
            '<style:style style:name="Note" style:family="table-cell" style:parent-style-name="Text">'
            '<style:table-cell-properties fo:background-color="#ffffc0" fo:border="0.74pt solid #808080"/>'
            '</style:style>'
            '</office:styles>'
            '<office:automatic-styles>'
            '<style:page-layout style:name="Mpm1"><style:page-layout-properties '
            'style:writing-mode="lr-tb"/><style:header-style><style:header-footer-properties '
            'fo:min-height="0.75cm" fo:margin-left="0cm" fo:margin-right="0cm" '
            'fo:margin-bottom="0.25cm"/></style:header-style><style:footer-style>'
            '<style:header-footer-properties fo:min-height="0.75cm" fo:margin-left="0cm" '
            'fo:margin-right="0cm" fo:margin-top="0.25cm"/></style:footer-style>'
            '</style:page-layout>'
            '</office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Default" '
            'style:page-layout-name="Mpm1"><style:header><text:p><text:sheet-name>???'
            '</text:sheet-name></text:p></style:header><style:header-left style:display="false"/>'
            '<style:header-first style:display="false"/><style:footer><text:p>Page '
            '<text:page-number>1</text:page-number></text:p></style:footer>'
            '<style:footer-left style:display="false"/><style:footer-first style:display="false"/>'
            '</style:master-page></office:master-styles></office:document-styles>' % (NS, FONTS))


def meta_xml(sheets):
    cells = sum(1 for s in sheets for r in s["rows"] for c in r if c)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:meta>'
            '<meta:creation-date>2025-06-08T19:02:41.118000000</meta:creation-date>'
            '<dc:date>2025-10-04T21:47:12.604000000</dc:date>'
            '<meta:editing-duration>PT7H41M9S</meta:editing-duration>'
            '<meta:editing-cycles>23</meta:editing-cycles>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1'
            '</meta:generator>'
            '<dc:title>Ramsar + mangrove tracker</dc:title>'
            '<meta:document-statistic meta:table-count="%d" meta:cell-count="%d" '
            'meta:object-count="0"/></office:meta></office:document-meta>' % (len(sheets), cells))


def settings_xml(sheets):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
            '<config:config-item config:name="ActiveTable" config:type="string">%s</config:config-item>'
            '<config:config-item config:name="ShowGrid" config:type="boolean">true</config:config-item>'
            '</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="IsDocumentShared" config:type="boolean">false'
            '</config:config-item></config:config-item-set></office:settings>'
            '</office:document-settings>' % escape(sheets[0]["name"]))


MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3">\n'
            ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
            'manifest:media-type="%s"/>\n'
            ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
            '</manifest:manifest>\n' % MIME)


def build():
    sheets = parse()
    members = [
        ("mimetype", MIME, zipfile.ZIP_STORED),
        ("settings.xml", settings_xml(sheets), zipfile.ZIP_DEFLATED),
        ("content.xml", content_xml(sheets), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta_xml(sheets), zipfile.ZIP_DEFLATED),
        ("styles.xml", styles_xml(), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data, comp in members:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = comp
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"), compresslevel=6 if comp else None)


if __name__ == "__main__":
    build()
