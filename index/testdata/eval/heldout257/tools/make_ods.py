#!/usr/bin/python3
"""Make docs/land-revenue-systems-comparison.ods from tools/land-revenue-systems-comparison.txt.

The file is what LibreOffice Calc 24.8 (Windows) saves for a three-sheet workbook, written with
the standard library: a zip with "mimetype" first and stored, then the empty Configurations2/
folder, manifest.rdf, meta.xml, settings.xml, content.xml, Thumbnails/thumbnail.png, styles.xml
and META-INF/manifest.xml, every entry with the same date.

content.xml (one line after the XML declaration, LibreOffice's full namespace list,
office:version 1.3) holds: font-face declarations; automatic styles (one per column width, row
styles with optimal height, table styles with a tab colour on the news sheet, a percentage and a
DD-MMM-YYYY date data style, cell styles for the merged title, the grey italic info line, the
shaded header, bold labels, wrapped body cells, percentage and date cells, pink block headings
and trap rows, a bold text style and the comment's graphic and paragraph styles); a
content-validation (the Status drop-down list with its help message); three table:table sheets
with table:table-header-rows around the header row (repeated on print), merged cells followed
by table:covered-table-cell, strings, percentages and dates typed with office:value-type and
calcext:value-type, a formula with its cached value, cells of several paragraphs (Ctrl+Enter),
two comments (office:annotation with creator and date), repeated empty cells and rows up to
LibreOffice's 16384 x 1048576 grid, conditional formatting on the Status column
(calcext:conditional-formats applying the "Good" and "Bad" cell styles); a named range and an
anonymous database range holding the autofilter. settings.xml freezes the header rows of
every sheet and makes "Compare" the active sheet.
Run from anywhere: /usr/bin/python3 tools/make_ods.py [output path]
"""
import datetime
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "land-revenue-systems-comparison.txt")
OUT = os.path.join(HERE, "..", "docs", "land-revenue-systems-comparison.ods")
DATE = (2025, 6, 12, 22, 47, 10)
MAXCOL, MAXROW = 16384, 1048576

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "chart": "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
    "dr3d": "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0",
    "math": "http://www.w3.org/1998/Math/MathML",
    "form": "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
    "script": "urn:oasis:names:tc:opendocument:xmlns:script:1.0",
    "ooo": "http://openoffice.org/2004/office",
    "ooow": "http://openoffice.org/2004/writer",
    "oooc": "http://openoffice.org/2004/calc",
    "dom": "http://www.w3.org/2001/xml-events",
    "xforms": "http://www.w3.org/2002/xforms",
    "xsd": "http://www.w3.org/2001/XMLSchema",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "rpt": "http://openoffice.org/2005/report",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "xhtml": "http://www.w3.org/1999/xhtml",
    "grddl": "http://www.w3.org/2003/g/data-view#",
    "tableooo": "http://openoffice.org/2009/table",
    "drawooo": "http://openoffice.org/2010/draw",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
    "field": "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0",
    "formx": "urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0",
    "css3t": "http://www.w3.org/TR/css3-text/",
}
XMLDECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
GENERATOR = ("LibreOffice/24.8.4.2$Windows_X86_64 "
             "LibreOffice_project/bb3cfa12c7b1bf994ecc5649a80400d06cd71002")
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def nsdecl(names):
    return " ".join('xmlns:%s="%s"' % (n, NS[n]) for n in names)


def attr(s):
    return escape(s, {'"': "&quot;", "'": "&apos;"})


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def cell_ref(sheet, ref):
    return "&apos;%s&apos;.%s" % (attr(sheet).replace("&apos;", "&apos;&apos;"), ref) \
        if re.search(r"[^A-Za-z0-9_]", sheet) else "%s.%s" % (sheet, ref)


# ---------------------------------------------------------------- source


def parse():
    sheets = []
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    sh = None
    for line in lines:
        if not line.strip() or line.startswith("# ") or line == "#":
            continue
        if line.startswith("@sheet "):
            sh = {"name": line[7:], "widths": [], "freeze": 0, "repeat": 0, "filter": None,
                  "validate": None, "named": None, "rows": []}
            sheets.append(sh)
        elif line.startswith("@widths "):
            sh["widths"] = line[8:].split()
        elif line.startswith("@freeze "):
            sh["freeze"] = int(line[8:])
        elif line.startswith("@repeat "):
            sh["repeat"] = int(line[8:])
        elif line.startswith("@filter "):
            sh["filter"] = line[8:]
        elif line.startswith("@validate "):
            sh["validate"] = line[10:]
        elif line.startswith("@named "):
            sh["named"] = line[7:].split()
        elif line == "--":
            sh["rows"].append(("empty", 0, []))
        else:
            m = re.match(r"\{(\w+)(?::(\d+))?\} (.*)$", line)
            if m:
                kind, span, rest = m.group(1), int(m.group(2) or 0), m.group(3)
            else:
                kind, span, rest = "body", 0, line
            cells = [c.strip() for c in rest.split("||")]
            sh["rows"].append((kind, span, cells))
    return sheets


# ---------------------------------------------------------------- content.xml pieces


def inline(s):
    out = []
    for piece in re.split(r"(\*\*.+?\*\*)", s):
        if not piece:
            continue
        if piece.startswith("**"):
            out.append('<text:span text:style-name="T1">%s</text:span>' % spaces(piece[2:-2]))
        else:
            out.append(spaces(piece))
    return "".join(out)


def spaces(s):
    s = escape(s)
    return re.sub(r"  +", lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1)
                  if len(m.group(0)) > 2 else ' <text:s/>', s)


def annotation(author, when, text, n):
    return ('<office:annotation draw:style-name="gr1" draw:text-style-name="P1" '
            'svg:width="62.1mm" svg:height="19.4mm" svg:x="%.1fmm" svg:y="%.1fmm" '
            'draw:caption-point-x="-6.1mm" draw:caption-point-y="-1.2mm">'
            '<dc:creator>%s</dc:creator><dc:date>%s.%09d</dc:date>'
            '<text:p text:style-name="P1">%s</text:p></office:annotation>'
            % (231.6 + 8 * n, 42.3 + 21 * n, escape(author), when, 118000000 + 7340000 * n,
               spaces(text)))


class Counter:
    def __init__(self):
        self.cells = 0
        self.notes = 0


def cell_xml(raw, style, cnt, extra=""):
    """One table:table-cell from a source cell string."""
    notes = re.findall(r"\[\[(.+?)\|(.+?)\|(.+?)\]\]", raw)
    text = re.sub(r"\s*\[\[.+?\]\]", "", raw).strip()
    ann = ""
    for a, w, t in notes:
        ann += annotation(a, w, t, cnt.notes)
        cnt.notes += 1
    if not text and not ann:
        return '<table:table-cell table:style-name="%s"%s/>' % (style, extra)
    cnt.cells += 1
    if text.startswith("%"):
        v = float(text[1:])
        return ('<table:table-cell table:style-name="ce8"%s office:value-type="percentage" '
                'office:value="%s" calcext:value-type="percentage">%s<text:p>%d%%</text:p>'
                '</table:table-cell>' % (extra, repr(v).rstrip("0").rstrip("."), ann,
                                         round(v * 100)))
    if text.startswith("="):
        formula, val = text[1:].split("|")
        v = float(val)
        return ('<table:table-cell table:style-name="ce8"%s table:formula="%s" '
                'office:value-type="percentage" office:value="%s" '
                'calcext:value-type="percentage">%s<text:p>%d%%</text:p></table:table-cell>'
                % (extra, attr(formula), val, ann, round(v * 100)))
    if text.startswith("#"):
        d = datetime.date.fromisoformat(text[1:])
        shown = "%02d-%s-%d" % (d.day, MONTHS[d.month - 1], d.year)
        return ('<table:table-cell table:style-name="ce9"%s office:value-type="date" '
                'office:date-value="%s" calcext:value-type="date">%s<text:p>%s</text:p>'
                '</table:table-cell>' % (extra, d.isoformat(), ann, shown))
    paras = "".join("<text:p>%s</text:p>" % inline(p) for p in text.split(" // "))
    return ('<table:table-cell table:style-name="%s"%s office:value-type="string" '
            'calcext:value-type="string">%s%s</table:table-cell>' % (style, extra, ann, paras))


def merged(text, style, span, cnt):
    cnt.cells += 1
    return ('<table:table-cell table:style-name="%s" office:value-type="string" '
            'calcext:value-type="string" table:number-columns-spanned="%d" '
            'table:number-rows-spanned="1"><text:p>%s</text:p></table:table-cell>'
            '<table:covered-table-cell table:number-columns-repeated="%d"/>'
            % (style, span, inline(text), span - 1))


def table_xml(si, sh, colstyle, cnt):
    name = sh["name"]
    ncols = len(sh["widths"])
    out = ['<table:table table:name="%s" table:style-name="%s">'
           % (attr(name), "ta2" if sh["filter"] else "ta1")]
    if si == 0:
        out.append("<office:forms form:automatic-focus=\"false\" "
                   "form:apply-design-mode=\"false\"/>")
    for i, w in enumerate(sh["widths"]):
        out.append('<table:table-column table:style-name="%s" '
                   'table:default-cell-style-name="Default"/>' % colstyle[w])
    out.append('<table:table-column table:style-name="%s" table:number-columns-repeated="%d" '
               'table:default-cell-style-name="Default"/>' % (colstyle["2.258cm"],
                                                              MAXCOL - ncols))
    valcol = None
    if sh["validate"]:
        valcol = ord(sh["validate"]) - 65
    nrow = 0
    for kind, span, cells in sh["rows"]:
        nrow += 1
        if kind == "title":
            row = ('<table:table-row table:style-name="ro2">%s</table:table-row>'
                   % merged(cells[0], "ce1", span, cnt))
        elif kind == "info":
            row = ('<table:table-row table:style-name="ro1">%s</table:table-row>'
                   % merged(cells[0], "ce2", span, cnt))
        elif kind == "block":
            row = ('<table:table-row table:style-name="ro2">%s</table:table-row>'
                   % merged(cells[0], "ce10", span, cnt))
        elif kind == "trap":
            row = ('<table:table-row table:style-name="ro1">%s</table:table-row>'
                   % merged(cells[0], "ce11", span, cnt))
        elif kind == "empty":
            row = ('<table:table-row table:style-name="ro1"><table:table-cell '
                   'table:number-columns-repeated="%d"/></table:table-row>' % ncols)
        elif kind == "head":
            row = ('<table:table-row table:style-name="ro3">%s</table:table-row>'
                   % "".join(cell_xml(c, "ce3", cnt) if c else
                             '<table:table-cell table:style-name="ce3"/>' for c in cells))
        else:
            parts = []
            for ci, c in enumerate(cells):
                style = "ce4" if ci == 0 else ("ce6" if ci < 4 or ncols == 4 else "ce7")
                extra = ""
                if valcol is not None and ci == valcol:
                    extra = ' table:content-validation-name="val1"'
                    style = "ce12"
                parts.append(cell_xml(c, style, cnt, extra))
            row = '<table:table-row table:style-name="ro4">%s</table:table-row>' % "".join(parts)
        if sh["repeat"] and nrow == sh["repeat"]:
            row = "<table:table-header-rows>%s</table:table-header-rows>" % row
        out.append(row)
    out.append('<table:table-row table:style-name="ro1" table:number-rows-repeated="%d">'
               '<table:table-cell table:number-columns-repeated="%d"/></table:table-row>'
               % (MAXROW - nrow, MAXCOL))
    if sh["filter"]:
        a, b = sh["filter"].split(":")
        col = sh["validate"]
        first = int(a[1:]) + 1
        rng = "%s:%s" % (cell_ref(name, "%s%d" % (col, first)), cell_ref(name, col + b[1:]))
        base = cell_ref(name, "%s%d" % (col, first))
        out.append('<calcext:conditional-formats><calcext:conditional-format '
                   'calcext:target-range-address="%s"><calcext:condition '
                   'calcext:apply-style-name="Bad" calcext:value="=&quot;to revise&quot;" '
                   'calcext:base-cell-address="%s"/><calcext:condition '
                   'calcext:apply-style-name="Good" calcext:value="=&quot;done&quot;" '
                   'calcext:base-cell-address="%s"/></calcext:conditional-format>'
                   '</calcext:conditional-formats>' % (rng, base, base))
    out.append("</table:table>")
    return "".join(out)


def content(sheets):
    widths = []
    for sh in sheets:
        for w in sh["widths"]:
            if w not in widths:
                widths.append(w)
    widths.append("2.258cm")
    colstyle = {w: "co%d" % (i + 1) for i, w in enumerate(widths)}
    cnt = Counter()
    styles = []
    for w in widths:
        styles.append('<style:style style:name="%s" style:family="table-column">'
                      '<style:table-column-properties fo:break-before="auto" '
                      'style:column-width="%s"/></style:style>' % (colstyle[w], w))
    for name, h, opt in (("ro1", "0.452cm", "true"), ("ro2", "0.741cm", "true"),
                         ("ro3", "0.889cm", "false"), ("ro4", "1.503cm", "true")):
        styles.append('<style:style style:name="%s" style:family="table-row">'
                      '<style:table-row-properties style:row-height="%s" '
                      'fo:break-before="auto" style:use-optimal-row-height="%s"/>'
                      '</style:style>' % (name, h, opt))
    styles.append('<style:style style:name="ta1" style:family="table" '
                  'style:master-page-name="Default"><style:table-properties table:display="true" '
                  'style:writing-mode="lr-tb"/></style:style>')
    styles.append('<style:style style:name="ta2" style:family="table" '
                  'style:master-page-name="Default"><style:table-properties table:display="true" '
                  'style:writing-mode="lr-tb" tableooo:tab-color="#ffbf00"/></style:style>')
    styles.append('<number:percentage-style style:name="N11"><number:number '
                  'number:decimal-places="0" number:min-decimal-places="0" '
                  'number:min-integer-digits="1"/><number:text>%</number:text>'
                  '</number:percentage-style>')
    styles.append('<number:date-style style:name="N37"><number:day number:style="long"/>'
                  '<number:text>-</number:text><number:month number:textual="true"/>'
                  '<number:text>-</number:text><number:year number:style="long"/>'
                  '</number:date-style>')
    border = 'fo:border="0.06pt solid #808080"'
    wrap = 'fo:wrap-option="wrap"'
    cell_styles = [
        ("ce1", "", '<style:table-cell-properties style:text-align-source="fix" '
         'style:repeat-content="false" fo:background-color="#dee6ef"/>'
         '<style:paragraph-properties fo:text-align="center" fo:margin-left="0cm"/>'
         '<style:text-properties fo:font-size="14pt" fo:font-weight="bold" '
         'style:font-size-asian="14pt" style:font-weight-asian="bold" '
         'style:font-size-complex="14pt" style:font-weight-complex="bold"/>'),
        ("ce2", "", '<style:text-properties fo:color="#666666" fo:font-size="9pt" '
         'fo:font-style="italic" style:font-size-asian="9pt" style:font-style-asian="italic" '
         'style:font-size-complex="9pt" style:font-style-complex="italic"/>'),
        ("ce3", "", '<style:table-cell-properties fo:background-color="#b4c7dc" %s %s '
         'style:vertical-align="middle"/><style:text-properties fo:font-weight="bold" '
         'style:font-weight-asian="bold" style:font-weight-complex="bold"/>' % (border, wrap)),
        ("ce4", "", '<style:table-cell-properties %s %s style:vertical-align="top"/>'
         '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" '
         'style:font-weight-complex="bold"/>' % (border, wrap)),
        ("ce6", "", '<style:table-cell-properties %s %s style:vertical-align="top"/>'
         % (border, wrap)),
        ("ce7", "", '<style:table-cell-properties %s style:vertical-align="top"/>'
         '<style:text-properties fo:color="#2a6099"/>' % border),
        ("ce8", ' style:data-style-name="N11"', '<style:table-cell-properties %s '
         'style:vertical-align="top"/><style:paragraph-properties fo:text-align="center" '
         'fo:margin-left="0cm"/>' % border),
        ("ce9", ' style:data-style-name="N37"', '<style:table-cell-properties %s '
         'style:vertical-align="top"/>' % border),
        ("ce10", "", '<style:table-cell-properties fo:background-color="#ffd7d7"/>'
         '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" '
         'style:font-weight-complex="bold"/>'),
        ("ce11", "", '<style:table-cell-properties fo:background-color="#fff5ce" %s/>' % wrap),
        ("ce12", "", '<style:table-cell-properties %s style:vertical-align="top"/>'
         '<style:paragraph-properties fo:text-align="center" fo:margin-left="0cm"/>' % border),
    ]
    for name, ds, props in cell_styles:
        styles.append('<style:style style:name="%s" style:family="table-cell" '
                      'style:parent-style-name="Default"%s>%s</style:style>' % (name, ds, props))
    styles.append('<style:style style:name="gr1" style:family="graphic">'
                  '<style:graphic-properties draw:stroke="solid" svg:stroke-color="#000000" '
                  'draw:fill="solid" draw:fill-color="#ffffc0" draw:auto-grow-height="true" '
                  'draw:auto-grow-width="false" fo:padding-top="0.1cm" '
                  'fo:padding-bottom="0.1cm" fo:padding-left="0.1cm" fo:padding-right="0.1cm" '
                  'draw:shadow="visible" draw:shadow-offset-x="0.1cm" '
                  'draw:shadow-offset-y="0.1cm"/></style:style>')
    styles.append('<style:style style:name="P1" style:family="paragraph">'
                  '<style:paragraph-properties fo:margin-left="0cm" fo:margin-right="0cm" '
                  'fo:text-indent="0cm" style:writing-mode="lr-tb"/><style:text-properties '
                  'fo:font-size="9pt" style:font-size-asian="9pt" style:font-size-complex="9pt"/>'
                  '</style:style>')
    styles.append('<style:style style:name="T1" style:family="text"><style:text-properties '
                  'fo:font-weight="bold" style:font-weight-asian="bold" '
                  'style:font-weight-complex="bold"/></style:style>')

    tables = [table_xml(si, sh, colstyle, cnt) for si, sh in enumerate(sheets)]
    validations = ""
    dbranges = ""
    named = ""
    for si, sh in enumerate(sheets):
        if sh["validate"]:
            a, b = sh["filter"].split(":")
            base = cell_ref(sh["name"], "%s%d" % (sh["validate"], int(a[1:]) + 1))
            validations = (
                '<table:content-validations><table:content-validation table:name="val1" '
                'table:condition="of:cell-content-is-in-list(&quot;done&quot;;&quot;to '
                'revise&quot;;&quot;in notes&quot;)" table:allow-empty-cell="true" '
                'table:base-cell-address="%s" table:display-list="unsorted">'
                '<table:help-message table:title="Status" table:display="true">'
                '<text:p>Pick one: done / to revise / in notes</text:p></table:help-message>'
                '<table:error-message table:message-type="stop" table:display="true"/>'
                '</table:content-validation></table:content-validations>' % base)
            dbranges = ('<table:database-ranges><table:database-range '
                        'table:name="__Anonymous_Sheet_DB__%d" '
                        'table:target-range-address="%s:%s" '
                        'table:display-filter-buttons="true"/></table:database-ranges>'
                        % (si, cell_ref(sh["name"], a), cell_ref(sh["name"], b)))
        if sh["named"]:
            nm, rng = sh["named"]
            a, b = rng.split(":")
            ca = re.match(r"([A-Z]+)(\d+)", a)
            cb = re.match(r"([A-Z]+)(\d+)", b)
            named = ('<table:named-expressions><table:named-range table:name="%s" '
                     'table:base-cell-address="$%s.$%s$%s" '
                     'table:cell-range-address="$%s.$%s$%s:.$%s$%s"/></table:named-expressions>'
                     % (nm, sh["name"], ca.group(1), ca.group(2), sh["name"], ca.group(1),
                        ca.group(2), cb.group(1), cb.group(2)))
    fonts = ('<office:font-face-decls><style:font-face style:name="Liberation Sans" '
             'svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" '
             'style:font-pitch="variable"/><style:font-face style:name="Segoe UI" '
             'svg:font-family="&apos;Segoe UI&apos;" style:font-family-generic="system" '
             'style:font-pitch="variable"/><style:font-face style:name="Tahoma" '
             'svg:font-family="Tahoma" style:font-family-generic="system" '
             'style:font-pitch="variable"/></office:font-face-decls>')
    doc = ('<office:document-content %s office:version="1.3"><office:scripts/>%s'
           '<office:automatic-styles>%s</office:automatic-styles><office:body>'
           '<office:spreadsheet><table:calculation-settings table:automatic-find-labels="false" '
           'table:use-regular-expressions="false" table:use-wildcards="true"/>%s%s%s%s'
           '</office:spreadsheet></office:body></office:document-content>'
           % (nsdecl(NS), fonts, "".join(styles), validations, "".join(tables), named,
              dbranges))
    return XMLDECL + doc, cnt


# ---------------------------------------------------------------- other parts


def styles_xml():
    names = ["office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number",
             "presentation", "svg", "chart", "dr3d", "math", "form", "script", "ooo", "ooow",
             "oooc", "dom", "rpt", "of", "xhtml", "grddl", "tableooo", "drawooo", "calcext",
             "loext", "field", "css3t"]
    named = [("Default", None, ""),
             ("Heading", "Default", '<style:text-properties fo:color="#000000" '
              'fo:font-size="24pt" fo:font-style="normal" fo:font-weight="bold" '
              'style:font-size-asian="24pt" style:font-style-asian="normal" '
              'style:font-weight-asian="bold" style:font-size-complex="24pt" '
              'style:font-style-complex="normal" style:font-weight-complex="bold"/>'),
             ("Heading_20_1", "Heading", '<style:text-properties fo:font-size="18pt" '
              'style:font-size-asian="18pt" style:font-size-complex="18pt"/>'),
             ("Heading_20_2", "Heading", '<style:text-properties fo:font-size="12pt" '
              'style:font-size-asian="12pt" style:font-size-complex="12pt"/>'),
             ("Text", "Default", ""),
             ("Note", "Text", '<style:table-cell-properties fo:background-color="#ffffcc" '
              'style:diagonal-bl-tr="none" style:diagonal-tl-br="none" '
              'fo:border="0.74pt solid #808080"/><style:text-properties fo:color="#333333"/>'),
             ("Footnote", "Text", '<style:text-properties fo:color="#808080" '
              'fo:font-size="10pt" fo:font-style="italic"/>'),
             ("Hyperlink", "Text", '<style:text-properties fo:color="#000080" '
              'style:text-underline-style="solid" style:text-underline-width="auto" '
              'style:text-underline-color="#000080"/>'),
             ("Status", "Default", ""),
             ("Good", "Status", '<style:table-cell-properties fo:background-color="#ccffcc"/>'
              '<style:text-properties fo:color="#006600"/>'),
             ("Neutral", "Status", '<style:table-cell-properties fo:background-color="#ffffcc"/>'
              '<style:text-properties fo:color="#996600"/>'),
             ("Bad", "Status", '<style:table-cell-properties fo:background-color="#ffcccc"/>'
              '<style:text-properties fo:color="#cc0000"/>'),
             ("Warning", "Status", '<style:text-properties fo:color="#cc0000"/>'),
             ("Error", "Status", '<style:table-cell-properties fo:background-color="#cc0000"/>'
              '<style:text-properties fo:color="#ffffff" fo:font-weight="bold"/>'),
             ("Accent", "Default", '<style:text-properties fo:font-weight="bold"/>'),
             ("Accent_20_1", "Accent", '<style:table-cell-properties '
              'fo:background-color="#000000"/><style:text-properties fo:color="#ffffff"/>'),
             ("Accent_20_2", "Accent", '<style:table-cell-properties '
              'fo:background-color="#808080"/><style:text-properties fo:color="#ffffff"/>'),
             ("Accent_20_3", "Accent", '<style:table-cell-properties '
              'fo:background-color="#dddddd"/>'),
             ("Result", "Default", '<style:text-properties fo:font-style="italic" '
              'style:text-underline-style="solid" style:text-underline-width="auto" '
              'style:text-underline-color="font-color" fo:font-weight="bold"/>')]
    st = []
    for n, parent, props in named:
        disp = n.replace("_20_", " ")
        dn = ' style:display-name="%s"' % disp if disp != n else ""
        par = ' style:parent-style-name="%s"' % parent if parent else ""
        st.append('<style:style style:name="%s"%s style:family="table-cell"%s>%s</style:style>'
                  % (n, dn, par, props))
    header = ('<style:header-style><style:header-footer-properties fo:min-height="0.75cm" '
              'fo:margin-left="0cm" fo:margin-right="0cm" fo:margin-bottom="0.25cm"/>'
              '</style:header-style><style:footer-style><style:header-footer-properties '
              'fo:min-height="0.75cm" fo:margin-left="0cm" fo:margin-right="0cm" '
              'fo:margin-top="0.25cm"/></style:footer-style>')
    doc = ('<office:document-styles %s office:version="1.3"><office:font-face-decls>'
           '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation '
           'Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
           '</office:font-face-decls><office:styles><style:default-style '
           'style:family="table-cell"><style:paragraph-properties '
           'style:tab-stop-distance="1.25cm"/><style:text-properties '
           'style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="en" '
           'fo:country="IN" style:font-size-asian="10pt" style:font-size-complex="10pt"/>'
           '</style:default-style><number:number-style style:name="N0"><number:number '
           'number:min-integer-digits="1"/></number:number-style>%s</office:styles>'
           '<office:automatic-styles><style:page-layout style:name="pm1">'
           '<style:page-layout-properties style:writing-mode="lr-tb" '
           'fo:page-width="29.7cm" fo:page-height="21.001cm" style:print-orientation="landscape" '
           'style:print-page-order="ttb" style:scale-to-X="1" style:scale-to-Y="0"/>%s'
           '</style:page-layout></office:automatic-styles><office:master-styles>'
           '<style:master-page style:name="Default" style:page-layout-name="pm1">'
           '<style:header><text:p><text:sheet-name>???</text:sheet-name></text:p></style:header>'
           '<style:header-left style:display="false"/><style:header-first style:display="false"/>'
           '<style:footer><text:p>Page <text:page-number>1</text:page-number></text:p>'
           '</style:footer><style:footer-left style:display="false"/><style:footer-first '
           'style:display="false"/></style:master-page></office:master-styles>'
           '</office:document-styles>' % (nsdecl(names), "".join(st), header))
    return XMLDECL + doc


def meta_xml(cnt, ntables):
    return XMLDECL + (
        '<office:document-meta %s office:version="1.3"><office:meta>'
        '<meta:creation-date>2025-01-26T21:03:44.512000000</meta:creation-date>'
        '<dc:date>2025-06-12T22:47:09.139000000</dc:date>'
        '<meta:editing-duration>PT6H41M12S</meta:editing-duration>'
        '<meta:editing-cycles>23</meta:editing-cycles><meta:generator>%s</meta:generator>'
        '<dc:creator>Riya Sen</dc:creator><meta:initial-creator>Riya Sen</meta:initial-creator>'
        '<meta:document-statistic meta:table-count="%d" meta:cell-count="%d" '
        'meta:object-count="0"/></office:meta></office:document-meta>'
        % (nsdecl(["office", "xlink", "dc", "meta", "ooo", "grddl"]), GENERATOR, ntables,
           cnt.cells))


def settings_xml(sheets):
    def item(name, typ, val):
        return '<config:config-item config:name="%s" config:type="%s">%s</config:config-item>' \
            % (name, typ, val)
    tabs = []
    for sh in sheets:
        fr = sh["freeze"]
        tabs.append(
            '<config:config-item-map-entry config:name="%s">' % attr(sh["name"]) +
            item("CursorPositionX", "int", 1) + item("CursorPositionY", "int", fr) +
            item("ActiveSplitRange", "short", 2) + item("PositionLeft", "int", 0) +
            item("PositionRight", "int", 0) + item("PositionTop", "int", 0) +
            item("PositionBottom", "int", fr) + item("HorizontalSplitMode", "short", 0) +
            item("VerticalSplitMode", "short", 2) + item("HorizontalSplitPosition", "int", 0) +
            item("VerticalSplitPosition", "int", fr) + item("ZoomType", "short", 0) +
            item("ZoomValue", "int", 100) + item("PageViewZoomValue", "int", 60) +
            item("ShowGrid", "boolean", "true") + item("AnchoredTextOverflowLegacy", "boolean",
                                                       "false") +
            item("LegacySingleLineFontwork", "boolean", "false") +
            "</config:config-item-map-entry>")
    view = ('<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            + item("ViewId", "string", "view1") +
            '<config:config-item-map-named config:name="Tables">' + "".join(tabs) +
            "</config:config-item-map-named>" + item("ActiveTable", "string",
                                                     attr(sheets[0]["name"])) +
            item("HorizontalScrollbarWidth", "int", 1187) + item("ZoomType", "short", 0) +
            item("ZoomValue", "int", 100) + item("PageViewZoomValue", "int", 60) +
            item("ShowPageBreakPreview", "boolean", "false") +
            item("ShowZeroValues", "boolean", "true") + item("ShowNotes", "boolean", "true") +
            item("ShowGrid", "boolean", "true") + item("GridColor", "int", 12632256) +
            item("ShowPageBreaks", "boolean", "true") + item("HasColumnRowHeaders", "boolean",
                                                             "true") +
            item("HasSheetTabs", "boolean", "true") + item("IsOutlineSymbolsSet", "boolean",
                                                           "true") +
            item("IsValueHighlightingEnabled", "boolean", "false") +
            item("IsSnapToRaster", "boolean", "false") + item("RasterIsVisible", "boolean",
                                                              "false") +
            "</config:config-item-map-entry></config:config-item-map-indexed>")
    conf = (item("AllowPrintJobCancel", "boolean", "true") +
            item("ApplyUserData", "boolean", "true") + item("AutoCalculate", "boolean", "true") +
            item("CharacterCompressionType", "short", 0) +
            item("EmbedComplexScriptFonts", "boolean", "true") +
            item("EmbedFonts", "boolean", "false") + item("GridColor", "int", 12632256) +
            item("HasColumnRowHeaders", "boolean", "true") +
            item("HasSheetTabs", "boolean", "true") +
            item("IsDocumentShared", "boolean", "false") +
            item("IsKernAsianPunctuation", "boolean", "false") +
            item("LinkUpdateMode", "short", 3) +
            item("PrinterName", "string", "Microsoft Print to PDF") +
            item("SaveVersionOnClose", "boolean", "false") +
            item("ShowGrid", "boolean", "true") + item("ShowNotes", "boolean", "true") +
            item("ShowZeroValues", "boolean", "true") +
            item("SyntaxStringRef", "short", 7) + item("UpdateFromTemplate", "boolean", "true"))
    return XMLDECL + (
        '<office:document-settings %s office:version="1.3"><office:settings>'
        '<config:config-item-set config:name="ooo:view-settings">'
        + item("VisibleAreaTop", "int", 0) + item("VisibleAreaLeft", "int", 0) +
        item("VisibleAreaWidth", "int", 23839) + item("VisibleAreaHeight", "int", 11289) +
        view + '</config:config-item-set><config:config-item-set '
        'config:name="ooo:configuration-settings">' + conf +
        "</config:config-item-set></office:settings></office:document-settings>"
    ) % ('xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
         'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:ooo="http://openoffice.org/2004/office"')


MANIFEST_RDF = XMLDECL + (
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
    '  <rdf:Description rdf:about="content.xml">\n'
    '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#ContentFile"/>\n'
    '  </rdf:Description>\n'
    '  <rdf:Description rdf:about="">\n'
    '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" '
    'rdf:resource="content.xml"/>\n'
    '  </rdf:Description>\n'
    '  <rdf:Description rdf:about="">\n'
    '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#Document"/>\n'
    '  </rdf:Description>\n'
    '</rdf:RDF>\n')

MANIFEST = XMLDECL + (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'manifest:version="1.3">\n'
    ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\n'
    ' <manifest:file-entry manifest:full-path="Configurations2/" '
    'manifest:media-type="application/vnd.sun.xml.ui.configuration"/>\n'
    ' <manifest:file-entry manifest:full-path="manifest.rdf" '
    'manifest:media-type="application/rdf+xml"/>\n'
    ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" '
    'manifest:media-type="image/png"/>\n'
    ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
    '</manifest:manifest>\n')


def thumbnail():
    """A 256x181 picture of the grid: title band, blue header row, ruled rows."""
    w, h = 181, 256
    rows = []
    for y in range(w):
        row = bytearray([0])
        for x in range(h):
            if y < 12:
                px = (222, 230, 239) if 6 < x < 250 else (255, 255, 255)
            elif 18 <= y < 28:
                px = (180, 199, 220)
            elif y >= 28 and (y % 9 == 0 or x in (6, 40, 110, 180, 250)):
                px = (160, 160, 160)
            elif y >= 28 and (x + 3 * y) % 11 < 6 and x % 70 > 10:
                px = (90, 90, 90)
            else:
                px = (255, 255, 255)
            row += bytes(px)
        rows.append(bytes(row))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", h, w, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def build(out):
    sheets = parse()
    body, cnt = content(sheets)
    entries = [
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
        ("Configurations2/", b"", zipfile.ZIP_STORED),
        ("manifest.rdf", MANIFEST_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta_xml(cnt, len(sheets)).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("settings.xml", settings_xml(sheets).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("content.xml", body.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("Thumbnails/thumbnail.png", thumbnail(), zipfile.ZIP_DEFLATED),
        ("styles.xml", styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(out, "w") as z:
        for name, data, how in entries:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = how
            info.create_system = 0
            info.external_attr = 0x10 if name.endswith("/") else 0
            z.writestr(info, data)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
