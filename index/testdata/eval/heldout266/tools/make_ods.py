#!/usr/bin/python3
"""Make docs/gst-council-tracker.ods from tools/gst-council-tracker.txt.

The file is what LibreOffice Calc 7.3 (the Ubuntu 22.04 build) saves for a three-sheet
tracker, written with the standard library only: a zip whose first entry is "mimetype",
stored, then the empty Configurations2/ folder, manifest.rdf, meta.xml, settings.xml,
content.xml, Thumbnails/thumbnail.png, styles.xml and META-INF/manifest.xml, all with the
same date.

content.xml (one line after the XML declaration, LibreOffice's namespace list, office:version
1.3) holds font-face declarations; automatic styles (one column style per width, row styles
with optimal height, a table style, a DD/MM/YYYY date style, a boolean style, an Indian-rupee
currency style with Indian digit grouping and a red negative part, cell styles for the merged
title band, the grey italic info line, the header row, bold first column, wrapped bordered
text, dates, currency, booleans, year bands, totals and a hidden source column, a bold text
span and the comment's graphic and paragraph styles); three table:table sheets, each with a
print range, merged cells followed by table:covered-table-cell, strings, dates, currency,
booleans and formulas typed with office:value-type and calcext:value-type, cells of several
paragraphs (Ctrl+Enter), hyperlinks (text:a), one comment (office:annotation), row groups
(table:table-row-group; the first one collapsed, its rows table:visibility="collapse"), a
hidden column, repeated empty cells, and the rest of the 1024 x 1048576 grid as repeated
columns and rows. settings.xml freezes the header rows (and the first column of "Meetings")
and makes "Meetings" the active sheet.

Run from anywhere: /usr/bin/python3 tools/make_ods.py [output path]   (byte-for-byte stable)
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
SRC = os.path.join(HERE, "gst-council-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "gst-council-tracker.ods")
DATE = (2025, 9, 28, 22, 19, 30)
MAXCOL, MAXROW = 1024, 1048576
GENERATOR = "LibreOffice/7.3.7.2$Linux_X86_64 LibreOffice_project/30$Build-2"
XMLDECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
ACTIVE = "Meetings"

NS = [
    ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
    ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
    ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
    ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
    ("draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"),
    ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
    ("xlink", "http://www.w3.org/1999/xlink"),
    ("dc", "http://purl.org/dc/elements/1.1/"),
    ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
    ("number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"),
    ("presentation", "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"),
    ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
    ("chart", "urn:oasis:names:tc:opendocument:xmlns:chart:1.0"),
    ("dr3d", "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0"),
    ("math", "http://www.w3.org/1998/Math/MathML"),
    ("form", "urn:oasis:names:tc:opendocument:xmlns:form:1.0"),
    ("script", "urn:oasis:names:tc:opendocument:xmlns:script:1.0"),
    ("ooo", "http://openoffice.org/2004/office"),
    ("ooow", "http://openoffice.org/2004/writer"),
    ("oooc", "http://openoffice.org/2004/calc"),
    ("dom", "http://www.w3.org/2001/xml-events"),
    ("xforms", "http://www.w3.org/2002/xforms"),
    ("xsd", "http://www.w3.org/2001/XMLSchema"),
    ("xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ("rpt", "http://openoffice.org/2005/report"),
    ("of", "urn:oasis:names:tc:opendocument:xmlns:of:1.2"),
    ("xhtml", "http://www.w3.org/1999/xhtml"),
    ("grddl", "http://www.w3.org/2003/g/data-view#"),
    ("tableooo", "http://openoffice.org/2009/table"),
    ("drawooo", "http://openoffice.org/2010/draw"),
    ("calcext", "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"),
    ("loext", "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"),
    ("field", "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0"),
    ("formx", "urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0"),
    ("css3t", "http://www.w3.org/TR/css3-text/"),
]
NSD = dict(NS)


def nsdecl(names=None):
    return " ".join('xmlns:%s="%s"' % (n, u) for n, u in NS if names is None or n in names)


def attr(s):
    return escape(s, {'"': "&quot;", "'": "&apos;"})


def sheet_ref(name):
    if re.search(r"[^A-Za-z0-9_]", name):
        return "&apos;%s&apos;" % attr(name)
    return attr(name)


def rng(name, r):
    a, b = r.split(":")
    return "%s.%s:%s.%s" % (sheet_ref(name), a, sheet_ref(name), b)


# ------------------------------------------------------------------ source


def parse():
    sheets, sh = [], None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if not line.strip() or line.startswith("# "):
            continue
        if line.startswith("@sheet "):
            sh = {"name": line[7:], "widths": [], "freeze": (0, 0), "hide": None,
                  "print": None, "rows": []}
            sheets.append(sh)
        elif line.startswith("@widths "):
            sh["widths"] = line[8:].split()
        elif line.startswith("@freeze "):
            r, c = line[8:].split()
            sh["freeze"] = (int(r), int(c))
        elif line.startswith("@hidecol "):
            sh["hide"] = int(line[9:]) - 1
        elif line.startswith("@print "):
            sh["print"] = line[7:]
        elif line in ("group+", "group", "end", "--"):
            sh["rows"].append((line, []))
        else:
            kind, rest = line.split(" | ", 1)
            sh["rows"].append((kind, [c.strip() for c in rest.split("||")]))
    return sheets


# ------------------------------------------------------------------ cells


def spaces(s):
    s = escape(s)
    return re.sub(r"  +", lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1)
                  if len(m.group(0)) > 2 else " <text:s/>", s)


def inline(s):
    out = []
    for piece in re.split(r"(\*\*.+?\*\*)", s):
        if piece.startswith("**") and piece.endswith("**") and len(piece) > 4:
            out.append('<text:span text:style-name="T1">%s</text:span>' % spaces(piece[2:-2]))
        elif piece:
            out.append(spaces(piece))
    return "".join(out)


def plain(s):
    return s.replace("**", "")


def indian(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups) + "," + tail


class Count:
    def __init__(self):
        self.cells = 0
        self.notes = 0


def annotation(author, when, text, n):
    return ('<office:annotation draw:style-name="gr1" draw:text-style-name="P1" '
            'svg:width="57.2mm" svg:height="15.9mm" svg:x="%.2fmm" svg:y="%.2fmm" '
            'draw:caption-point-x="-6.1mm" draw:caption-point-y="-2.3mm">'
            '<dc:creator>%s</dc:creator><dc:date>%s.%09d</dc:date>'
            '<text:p text:style-name="P1">%s</text:p></office:annotation>'
            % (203.41 + 4 * n, 31.87 + 9 * n, escape(author), when, 371000000 + n,
               spaces(text)))


def cell(raw, style, cnt, first=False):
    """One table:table-cell for a source cell string; style is the text style to use."""
    notes = re.findall(r"\[\[(.+?)\|(.+?)\|(.+?)\]\]", raw)
    text = re.sub(r"\[\[.+?\]\]", "", raw).strip()
    ann = ""
    for a, w, t in notes:
        ann += annotation(a, w, t, cnt.notes)
        cnt.notes += 1
    if not text:
        return '<table:table-cell table:style-name="%s"/>' % style
    cnt.cells += 1
    if re.fullmatch(r"#\d{4}-\d\d-\d\d", text):
        d = datetime.date.fromisoformat(text[1:])
        return ('<table:table-cell table:style-name="ce9" office:value-type="date" '
                'office:date-value="%s" calcext:value-type="date">%s<text:p>%02d/%02d/%d'
                '</text:p></table:table-cell>' % (d.isoformat(), ann, d.day, d.month, d.year))
    if text.startswith("Rs:"):
        v = int(text[3:])
        return ('<table:table-cell table:style-name="ce13" office:value-type="currency" '
                'office:currency="INR" office:value="%d" calcext:value-type="currency">%s'
                '<text:p>₹%s</text:p></table:table-cell>' % (v, ann, indian(v)))
    if text in ("@T", "@F"):
        b = "true" if text == "@T" else "false"
        return ('<table:table-cell table:style-name="ce14" office:value-type="boolean" '
                'office:boolean-value="%s" calcext:value-type="boolean">%s<text:p>%s</text:p>'
                '</table:table-cell>' % (b, ann, b.upper()))
    if text.startswith("="):
        formula, val = text[1:].split("|")
        return ('<table:table-cell table:style-name="ce12" table:formula="%s" '
                'office:value-type="float" office:value="%s" calcext:value-type="float">%s'
                '<text:p>%s</text:p></table:table-cell>' % (attr(formula), val, ann, val))
    m = re.fullmatch(r"<<(.+?)\|(.+?)>>", text)
    if m:
        return ('<table:table-cell table:style-name="ce8" office:value-type="string" '
                'calcext:value-type="string">%s<text:p><text:a xlink:href="%s" '
                'xlink:type="simple">%s</text:a></text:p></table:table-cell>'
                % (ann, attr(m.group(1)), escape(m.group(2))))
    paras = "".join("<text:p>%s</text:p>" % inline(p) for p in text.split(" // "))
    return ('<table:table-cell table:style-name="%s" office:value-type="string" '
            'calcext:value-type="string">%s%s</table:table-cell>'
            % ("ce4" if first else style, ann, paras))


def merged(text, style, span, cnt):
    cnt.cells += 1
    return ('<table:table-cell table:style-name="%s" office:value-type="string" '
            'calcext:value-type="string" table:number-columns-spanned="%d" '
            'table:number-rows-spanned="1"><text:p>%s</text:p></table:table-cell>'
            '<table:covered-table-cell table:number-columns-repeated="%d"/>'
            % (style, span, inline(text), span - 1))


def squash(cells):
    """Runs of identical empty cells become one cell with number-columns-repeated."""
    out = []
    for c in cells:
        if out and c.endswith("/>") and "covered" not in c:
            prev = out[-1]
            m = re.fullmatch(r'<table:table-cell table:style-name="(\w+)"'
                             r'(?: table:number-columns-repeated="(\d+)")?/>', prev)
            if m and c == '<table:table-cell table:style-name="%s"/>' % m.group(1):
                n = int(m.group(2) or 1) + 1
                out[-1] = ('<table:table-cell table:style-name="%s" '
                           'table:number-columns-repeated="%d"/>' % (m.group(1), n))
                continue
        out.append(c)
    return "".join(out)


def table_xml(sh, colstyle, cnt):
    name, ncols = sh["name"], len(sh["widths"])
    out = ['<table:table table:name="%s" table:style-name="ta1" table:print-ranges="%s">'
           % (attr(name), rng(name, sh["print"]))]
    for i, w in enumerate(sh["widths"]):
        vis = ' table:visibility="collapse"' if sh["hide"] == i else ""
        out.append('<table:table-column table:style-name="%s"%s '
                   'table:default-cell-style-name="Default"/>' % (colstyle[w], vis))
    out.append('<table:table-column table:style-name="%s" table:number-columns-repeated="%d" '
               'table:default-cell-style-name="Default"/>' % (colstyle["2.258cm"],
                                                              MAXCOL - ncols))
    nrow, hidden = 0, False
    for kind, cells in sh["rows"]:
        if kind in ("group+", "group"):
            hidden = kind == "group+"
            out.append('<table:table-row-group table:display="false">' if hidden
                       else "<table:table-row-group>")
            continue
        if kind == "end":
            out.append("</table:table-row-group>")
            hidden = False
            continue
        nrow += 1
        vis = ' table:visibility="collapse"' if hidden else ""
        if kind == "title":
            body = merged(cells[0], "ce1", ncols - (1 if sh["hide"] is not None else 0), cnt)
            style = "ro2"
        elif kind == "info":
            body = merged(cells[0], "ce2", ncols - (1 if sh["hide"] is not None else 0), cnt)
            style = "ro1"
        elif kind == "band":
            body = merged(" | ".join(cells), "ce10",
                          ncols - (1 if sh["hide"] is not None else 0), cnt)
            style = "ro1"
        elif kind == "--":
            body = '<table:table-cell table:number-columns-repeated="%d"/>' % ncols
            style = "ro1"
        elif kind == "head":
            body = "".join('<table:table-cell table:style-name="ce3" office:value-type="string" '
                           'calcext:value-type="string"><text:p>%s</text:p></table:table-cell>'
                           % escape(c) for c in cells)
            cnt.cells += len(cells)
            style = "ro3"
        elif kind == "total":
            parts = []
            for c in cells:
                if c.startswith("="):
                    parts.append(cell(c, "ce12", cnt))
                elif c:
                    parts.append(cell(c, "ce11", cnt).replace('"ce4"', '"ce11"'))
                else:
                    parts.append('<table:table-cell table:style-name="ce11"/>')
            body = squash(parts)
            style = "ro1"
        else:
            parts = []
            for ci, c in enumerate(cells):
                st = "ce7" if sh["hide"] == ci else "ce6"
                parts.append(cell(c, st, cnt, first=(ci == 0 and not c.startswith("#"))))
            body = squash(parts)
            style = "ro4"
        out.append('<table:table-row table:style-name="%s"%s>%s</table:table-row>'
                   % (style, vis, body))
    out.append('<table:table-row table:style-name="ro1" table:number-rows-repeated="%d">'
               '<table:table-cell table:number-columns-repeated="%d"/></table:table-row>'
               % (MAXROW - nrow, MAXCOL))
    out.append("</table:table>")
    return "".join(out)


BORDER = 'fo:border="0.06pt solid #a6a6a6"'
WRAP = 'fo:wrap-option="wrap"'
BOLD = ('fo:font-weight="bold" style:font-weight-asian="bold" '
        'style:font-weight-complex="bold"')


def content(sheets):
    widths = []
    for sh in sheets:
        for w in sh["widths"]:
            if w not in widths:
                widths.append(w)
    widths.append("2.258cm")
    colstyle = {w: "co%d" % (i + 1) for i, w in enumerate(widths)}
    cnt = Count()
    st = []
    for w in widths:
        st.append('<style:style style:name="%s" style:family="table-column">'
                  '<style:table-column-properties fo:break-before="auto" '
                  'style:column-width="%s"/></style:style>' % (colstyle[w], w))
    for name, h, opt in (("ro1", "0.452cm", "true"), ("ro2", "0.706cm", "false"),
                         ("ro3", "0.889cm", "false"), ("ro4", "1.235cm", "true")):
        st.append('<style:style style:name="%s" style:family="table-row">'
                  '<style:table-row-properties style:row-height="%s" fo:break-before="auto" '
                  'style:use-optimal-row-height="%s"/></style:style>' % (name, h, opt))
    st.append('<style:style style:name="ta1" style:family="table" '
              'style:master-page-name="Default"><style:table-properties table:display="true" '
              'style:writing-mode="lr-tb"/></style:style>')
    st.append('<number:date-style style:name="N37" number:automatic-order="true">'
              '<number:day number:style="long"/><number:text>/</number:text>'
              '<number:month number:style="long"/><number:text>/</number:text>'
              '<number:year number:style="long"/></number:date-style>')
    st.append('<number:boolean-style style:name="N99"><number:boolean/></number:boolean-style>')
    sym = ('<number:currency-symbol number:language="hi" number:country="IN">₹'
           '</number:currency-symbol>')
    num = ('<number:number number:decimal-places="0" number:min-decimal-places="0" '
           'number:min-integer-digits="1" number:grouping="true"/>')
    st.append('<number:currency-style style:name="N105P0" style:volatile="true">%s%s'
              '</number:currency-style>' % (sym, num))
    st.append('<number:currency-style style:name="N105"><style:text-properties '
              'fo:color="#ff0000"/><number:text>-</number:text>%s%s<style:map '
              'style:condition="value()&gt;=0" style:apply-style-name="N105P0"/>'
              '</number:currency-style>' % (sym, num))
    cells = [
        ("ce1", "", '<style:table-cell-properties style:text-align-source="fix" '
         'style:repeat-content="false" fo:background-color="#2a6099" '
         'style:vertical-align="middle"/><style:paragraph-properties fo:text-align="start" '
         'fo:margin-left="0cm"/><style:text-properties fo:color="#ffffff" fo:font-size="13pt" '
         '%s style:font-size-asian="13pt" style:font-size-complex="13pt"/>' % BOLD),
        ("ce2", "", '<style:text-properties fo:color="#808080" fo:font-size="9pt" '
         'fo:font-style="italic" style:font-size-asian="9pt" style:font-style-asian="italic" '
         'style:font-size-complex="9pt" style:font-style-complex="italic"/>'),
        ("ce3", "", '<style:table-cell-properties fo:background-color="#dee6ef" %s %s '
         'style:vertical-align="middle"/><style:text-properties %s/>' % (BORDER, WRAP, BOLD)),
        ("ce4", "", '<style:table-cell-properties %s %s style:vertical-align="top"/>'
         '<style:text-properties %s/>' % (BORDER, WRAP, BOLD)),
        ("ce6", "", '<style:table-cell-properties %s %s style:vertical-align="top"/>'
         % (BORDER, WRAP)),
        ("ce7", "", '<style:table-cell-properties %s style:vertical-align="top"/>'
         '<style:text-properties fo:color="#666666" fo:font-size="8pt" '
         'style:font-size-asian="8pt" style:font-size-complex="8pt"/>' % BORDER),
        ("ce8", "", '<style:table-cell-properties %s style:vertical-align="top"/>' % BORDER),
        ("ce9", ' style:data-style-name="N37"', '<style:table-cell-properties %s '
         'style:vertical-align="top"/><style:paragraph-properties fo:text-align="center" '
         'fo:margin-left="0cm"/>' % BORDER),
        ("ce10", "", '<style:table-cell-properties fo:background-color="#ffffa6" '
         'style:vertical-align="middle"/><style:text-properties fo:font-style="italic" %s '
         'style:font-style-asian="italic" style:font-style-complex="italic"/>' % BOLD),
        ("ce11", "", '<style:table-cell-properties fo:border-bottom="none" '
         'fo:border-left="none" fo:border-right="none" fo:border-top="1.1pt double #000000"/>'
         '<style:text-properties %s/>' % BOLD),
        ("ce12", "", '<style:table-cell-properties fo:border-bottom="none" '
         'fo:border-left="none" fo:border-right="none" fo:border-top="1.1pt double #000000"/>'
         '<style:paragraph-properties fo:text-align="center" fo:margin-left="0cm"/>'
         '<style:text-properties %s/>' % BOLD),
        ("ce13", ' style:data-style-name="N105"', '<style:table-cell-properties %s '
         'style:vertical-align="top"/>' % BORDER),
        ("ce14", ' style:data-style-name="N99"', '<style:table-cell-properties %s '
         'style:vertical-align="top"/><style:paragraph-properties fo:text-align="center" '
         'fo:margin-left="0cm"/>' % BORDER),
    ]
    for name, ds, props in cells:
        st.append('<style:style style:name="%s" style:family="table-cell" '
                  'style:parent-style-name="Default"%s>%s</style:style>' % (name, ds, props))
    st.append('<style:style style:name="gr1" style:family="graphic"><style:graphic-properties '
              'draw:stroke="solid" svg:stroke-color="#000000" draw:fill="solid" '
              'draw:fill-color="#ffffc0" draw:auto-grow-height="true" '
              'draw:auto-grow-width="false" fo:padding-top="0.1cm" fo:padding-bottom="0.1cm" '
              'fo:padding-left="0.1cm" fo:padding-right="0.1cm" draw:shadow="visible" '
              'draw:shadow-offset-x="0.1cm" draw:shadow-offset-y="0.1cm"/></style:style>')
    st.append('<style:style style:name="P1" style:family="paragraph">'
              '<style:paragraph-properties fo:margin-left="0cm" fo:margin-right="0cm" '
              'fo:text-indent="0cm" style:writing-mode="lr-tb"/><style:text-properties '
              'fo:font-size="9pt" style:font-size-asian="9pt" style:font-size-complex="9pt"/>'
              '</style:style>')
    st.append('<style:style style:name="T1" style:family="text"><style:text-properties %s/>'
              '</style:style>' % BOLD)
    tables = "".join(table_xml(sh, colstyle, cnt) for sh in sheets)
    fonts = ('<office:font-face-decls><style:font-face style:name="Liberation Sans" '
             'svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" '
             'style:font-pitch="variable"/><style:font-face style:name="DejaVu Sans" '
             'svg:font-family="&apos;DejaVu Sans&apos;" style:font-family-generic="system" '
             'style:font-pitch="variable"/><style:font-face style:name="Lohit Devanagari" '
             'svg:font-family="&apos;Lohit Devanagari&apos;" '
             'style:font-family-generic="system" style:font-pitch="variable"/>'
             '<style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans '
             'CJK SC&apos;" style:font-family-generic="system" style:font-pitch="variable"/>'
             '</office:font-face-decls>')
    doc = ('<office:document-content %s office:version="1.3"><office:scripts/>%s'
           '<office:automatic-styles>%s</office:automatic-styles><office:body>'
           '<office:spreadsheet><table:calculation-settings table:automatic-find-labels="false" '
           'table:use-regular-expressions="false" table:use-wildcards="true"/>%s'
           '<table:named-expressions/></office:spreadsheet></office:body>'
           '</office:document-content>' % (nsdecl(), fonts, "".join(st), tables))
    return XMLDECL + doc, cnt


# ------------------------------------------------------------------ other parts


def styles_xml():
    named = [
        ("Default", None, ""),
        ("Heading", "Default", '<style:text-properties fo:color="#000000" fo:font-size="24pt" '
         'fo:font-style="normal" fo:font-weight="bold" style:font-size-asian="24pt" '
         'style:font-style-asian="normal" style:font-weight-asian="bold" '
         'style:font-size-complex="24pt" style:font-style-complex="normal" '
         'style:font-weight-complex="bold"/>'),
        ("Heading_20_1", "Heading", '<style:text-properties fo:font-size="18pt" '
         'style:font-size-asian="18pt" style:font-size-complex="18pt"/>'),
        ("Heading_20_2", "Heading", '<style:text-properties fo:font-size="12pt" '
         'style:font-size-asian="12pt" style:font-size-complex="12pt"/>'),
        ("Text", "Default", ""),
        ("Note", "Text", '<style:table-cell-properties fo:background-color="#ffffcc" '
         'style:diagonal-bl-tr="none" style:diagonal-tl-br="none" '
         'fo:border="0.74pt solid #808080"/><style:text-properties fo:color="#333333"/>'),
        ("Footnote", "Text", '<style:text-properties fo:color="#808080" fo:font-size="10pt" '
         'fo:font-style="italic" fo:font-weight="normal"/>'),
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
        ("Accent_20_1", "Accent", '<style:table-cell-properties fo:background-color="#000000"/>'
         '<style:text-properties fo:color="#ffffff"/>'),
        ("Accent_20_2", "Accent", '<style:table-cell-properties fo:background-color="#808080"/>'
         '<style:text-properties fo:color="#ffffff"/>'),
        ("Accent_20_3", "Accent", '<style:table-cell-properties '
         'fo:background-color="#dddddd"/>'),
        ("Result", "Default", '<style:text-properties fo:font-style="italic" '
         'style:text-underline-style="solid" style:text-underline-width="auto" '
         'style:text-underline-color="font-color" fo:font-weight="bold"/>'),
    ]
    st = []
    for n, parent, props in named:
        disp = n.replace("_20_", " ")
        dn = ' style:display-name="%s"' % disp if disp != n else ""
        par = ' style:parent-style-name="%s"' % parent if parent else ""
        st.append('<style:style style:name="%s"%s style:family="table-cell"%s>%s</style:style>'
                  % (n, dn, par, props))
    hf = ('<style:header-style><style:header-footer-properties fo:min-height="0.75cm" '
          'fo:margin-left="0cm" fo:margin-right="0cm" fo:margin-bottom="0.25cm"/>'
          '</style:header-style><style:footer-style><style:header-footer-properties '
          'fo:min-height="0.75cm" fo:margin-left="0cm" fo:margin-right="0cm" '
          'fo:margin-top="0.25cm"/></style:footer-style>')
    names = ["office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta",
             "number", "presentation", "svg", "chart", "dr3d", "math", "form", "script", "ooo",
             "ooow", "oooc", "dom", "rpt", "of", "xhtml", "grddl", "tableooo", "drawooo",
             "calcext", "loext", "field", "css3t"]
    doc = ('<office:document-styles %s office:version="1.3"><office:font-face-decls>'
           '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation '
           'Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
           '<style:font-face style:name="DejaVu Sans" svg:font-family="&apos;DejaVu '
           'Sans&apos;" style:font-family-generic="system" style:font-pitch="variable"/>'
           '</office:font-face-decls><office:styles><style:default-style '
           'style:family="table-cell"><style:paragraph-properties '
           'style:tab-stop-distance="1.25cm"/><style:text-properties '
           'style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="en" '
           'fo:country="IN" style:font-name-asian="DejaVu Sans" style:font-size-asian="10pt" '
           'style:language-asian="zh" style:country-asian="CN" '
           'style:font-name-complex="DejaVu Sans" style:font-size-complex="10pt" '
           'style:language-complex="hi" style:country-complex="IN"/></style:default-style>'
           '<number:number-style style:name="N0"><number:number '
           'number:min-integer-digits="1"/></number:number-style>%s</office:styles>'
           '<office:automatic-styles><style:page-layout style:name="Mpm1">'
           '<style:page-layout-properties style:writing-mode="lr-tb" fo:page-width="29.7cm" '
           'fo:page-height="21.001cm" style:print-orientation="landscape" '
           'style:print-page-order="ttb" style:scale-to-X="1" style:scale-to-Y="0"/>%s'
           '</style:page-layout></office:automatic-styles><office:master-styles>'
           '<style:master-page style:name="Default" style:page-layout-name="Mpm1">'
           '<style:header><text:p><text:sheet-name>???</text:sheet-name></text:p>'
           '</style:header><style:header-left style:display="false"/>'
           '<style:header-first style:display="false"/><style:footer><text:p>Page '
           '<text:page-number>1</text:page-number></text:p></style:footer>'
           '<style:footer-left style:display="false"/><style:footer-first '
           'style:display="false"/></style:master-page></office:master-styles>'
           '</office:document-styles>' % (nsdecl(names), "".join(st), hf))
    return XMLDECL + doc


def meta_xml(cnt, ntables):
    return XMLDECL + (
        '<office:document-meta %s office:version="1.3"><office:meta>'
        '<meta:creation-date>2025-07-02T19:41:17.448000000</meta:creation-date>'
        '<dc:date>2025-09-28T22:19:29.604000000</dc:date>'
        '<meta:editing-duration>PT9H12M40S</meta:editing-duration>'
        '<meta:editing-cycles>41</meta:editing-cycles><meta:generator>%s</meta:generator>'
        '<dc:creator>Aditi R</dc:creator><meta:initial-creator>Aditi R</meta:initial-creator>'
        '<meta:document-statistic meta:table-count="%d" meta:cell-count="%d" '
        'meta:object-count="0"/></office:meta></office:document-meta>'
        % (nsdecl(["office", "xlink", "dc", "meta", "ooo", "grddl"]), GENERATOR, ntables,
           cnt.cells))


def settings_xml(sheets):
    def item(name, typ, val):
        return ('<config:config-item config:name="%s" config:type="%s">%s'
                '</config:config-item>' % (name, typ, val))
    tabs = []
    for sh in sheets:
        r, c = sh["freeze"]
        tabs.append(
            '<config:config-item-map-entry config:name="%s">' % attr(sh["name"]) +
            item("CursorPositionX", "int", c) + item("CursorPositionY", "int", r) +
            item("HorizontalSplitMode", "short", 2 if c else 0) +
            item("VerticalSplitMode", "short", 2 if r else 0) +
            item("HorizontalSplitPosition", "int", c) +
            item("VerticalSplitPosition", "int", r) +
            item("ActiveSplitRange", "short", 3 if c else 2) +
            item("PositionLeft", "int", 0) + item("PositionRight", "int", c) +
            item("PositionTop", "int", 0) + item("PositionBottom", "int", r) +
            item("ZoomType", "short", 0) + item("ZoomValue", "int", 100) +
            item("PageViewZoomValue", "int", 60) + item("ShowGrid", "boolean", "true") +
            item("AnchoredTextOverflowLegacy", "boolean", "false") +
            "</config:config-item-map-entry>")
    view = ('<config:config-item-map-indexed config:name="Views">'
            '<config:config-item-map-entry>' + item("ViewId", "string", "view1") +
            '<config:config-item-map-named config:name="Tables">' + "".join(tabs) +
            "</config:config-item-map-named>" + item("ActiveTable", "string", ACTIVE) +
            item("HorizontalScrollbarWidth", "int", 1270) + item("ZoomType", "short", 0) +
            item("ZoomValue", "int", 100) + item("PageViewZoomValue", "int", 60) +
            item("ShowPageBreakPreview", "boolean", "false") +
            item("ShowZeroValues", "boolean", "true") + item("ShowNotes", "boolean", "true") +
            item("ShowGrid", "boolean", "true") + item("GridColor", "int", 12632256) +
            item("ShowPageBreaks", "boolean", "true") +
            item("HasColumnRowHeaders", "boolean", "true") +
            item("HasSheetTabs", "boolean", "true") +
            item("IsOutlineSymbolsSet", "boolean", "true") +
            item("IsValueHighlightingEnabled", "boolean", "false") +
            item("IsSnapToRaster", "boolean", "false") +
            item("RasterIsVisible", "boolean", "false") +
            item("RasterResolutionX", "int", 1000) + item("RasterResolutionY", "int", 1000) +
            item("RasterSubdivisionX", "int", 1) + item("RasterSubdivisionY", "int", 1) +
            item("IsRasterAxisSynchronized", "boolean", "true") +
            item("AnchoredTextOverflowLegacy", "boolean", "false") +
            "</config:config-item-map-entry></config:config-item-map-indexed>")
    conf = (item("AllowPrintJobCancel", "boolean", "true") +
            item("ApplyUserData", "boolean", "true") + item("AutoCalculate", "boolean", "true") +
            item("CharacterCompressionType", "short", 0) +
            item("EmbedAsianScriptFonts", "boolean", "true") +
            item("EmbedComplexScriptFonts", "boolean", "true") +
            item("EmbedFonts", "boolean", "false") +
            item("EmbedLatinScriptFonts", "boolean", "true") +
            item("EmbedOnlyUsedFonts", "boolean", "false") +
            item("GridColor", "int", 12632256) +
            item("HasColumnRowHeaders", "boolean", "true") +
            item("HasSheetTabs", "boolean", "true") +
            item("IsDocumentShared", "boolean", "false") +
            item("IsKernAsianPunctuation", "boolean", "false") +
            item("IsOutlineSymbolsSet", "boolean", "true") +
            item("IsRasterAxisSynchronized", "boolean", "true") +
            item("IsSnapToRaster", "boolean", "false") +
            item("LinkUpdateMode", "short", 3) +
            item("LoadReadonly", "boolean", "false") +
            item("PrinterName", "string", "Generic Printer") +
            item("RasterIsVisible", "boolean", "false") +
            item("SaveThumbnail", "boolean", "true") +
            item("SaveVersionOnClose", "boolean", "false") +
            item("ShowGrid", "boolean", "true") + item("ShowNotes", "boolean", "true") +
            item("ShowPageBreaks", "boolean", "true") +
            item("ShowZeroValues", "boolean", "true") +
            item("SyntaxStringRef", "short", 7) +
            item("UpdateFromTemplate", "boolean", "true"))
    return XMLDECL + (
        '<office:document-settings xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:settings>'
        '<config:config-item-set config:name="ooo:view-settings">' +
        item("VisibleAreaTop", "int", 0) + item("VisibleAreaLeft", "int", 0) +
        item("VisibleAreaWidth", "int", 26246) + item("VisibleAreaHeight", "int", 12170) +
        view + '</config:config-item-set><config:config-item-set '
        'config:name="ooo:configuration-settings">' + conf +
        "</config:config-item-set></office:settings></office:document-settings>")


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
    """A 256x181 picture of the first page: a blue title band, a header row, ruled rows."""
    w, h = 256, 181
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if 4 <= y < 14 and 4 <= x < 230:
                px = (42, 96, 153)
            elif 18 <= y < 21 and 4 <= x < 150:
                px = (170, 170, 170)
            elif 24 <= y < 33 and 4 <= x < 230:
                px = (222, 230, 239)
            elif y >= 24 and 4 <= x < 230 and (y % 11 == 2 or x in (4, 19, 37, 56, 168, 229)):
                px = (166, 166, 166)
            elif y >= 36 and 60 <= x < 165 and (x * 7 + y * 3) % 13 < 7 and y % 11 < 8:
                px = (110, 110, 110)
            else:
                px = (255, 255, 255)
            raw += bytes(px)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


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
