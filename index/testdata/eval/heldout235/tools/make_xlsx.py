#!/usr/bin/python3
"""Make docs/fc-devolution-tracker.xlsx from tools/fc-devolution-tracker.txt.

The workbook imitates a spreadsheet kept in Apple Numbers and sent with File > Export To >
Excel: an "Export Summary" worksheet first (Numbers' note that every table became a worksheet,
then a list of Numbers sheet, Numbers table and Excel worksheet, the worksheet names linked
with R1C1 locations), then one worksheet per Numbers table named "<sheet> - <table>".
Numbers' marks are kept: Helvetica Neue 10 throughout, no gridlines, defaultColWidth 16.3333
and defaultRowHeight 19.9, a frozen header row and header column, a grey header row and a
footer row with a heavier rule, thin grey cell borders, odd column widths, fit-to-page setup
and a page-number footer in Helvetica Neue; formulas carry the value Numbers worked out (float
noise and all); dates are serial numbers shown "d mmm yyyy"; amounts typed with Indian digit
grouping stay text; every text cell is a shared string (uniqueCount only, no count).

Source markup: see the comment block at the top of tools/fc-devolution-tracker.txt.

Run from anywhere: /usr/bin/python3 tools/make_xlsx.py [OUTPUT]
Standard library only; fixed zip timestamps and member order, so the output is byte for byte
the same on every run.
"""
import datetime
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "fc-devolution-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "fc-devolution-tracker.xlsx")
STAMP = (2025, 12, 3, 21, 14, 6)
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SUMMARY = ("This document was exported from Numbers.  Each table was converted to an Excel "
           "worksheet. All other objects on each Numbers sheet were placed on separate "
           "worksheets. Please be aware that formula calculations may differ in Excel.")

# cellXfs indexes (see STYLES below)
X_SUM_TEXT, X_SUM_HEAD, X_SUM_LINK, X_SUM_CELL = 1, 2, 3, 4
X_HEAD, X_BODY, X_FIRST = 5, 6, 7
X_NUM = {"n": 8, "p": 9, "c": 10, "d": 11}
X_FOOT, X_FOOT_NUM = 12, {"n": 13, "p": 14, "c": 15, "d": 13}


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def parse(path):
    tables, sheet, cur = [], None, None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if raw.startswith("#") or not raw.strip():
            continue
        if raw.startswith("@sheet "):
            sheet = raw[7:].strip()
        elif raw.startswith("@table "):
            cur = {"sheet": sheet, "table": raw[7:].strip(), "rows": [], "footer": None}
            tables.append(cur)
        elif raw.startswith("@cols "):
            cur["cols"] = [float(w) for w in raw[6:].split(" | ")]
        elif raw.startswith("@kinds "):
            cur["kinds"] = [k.strip() for k in raw[7:].split(" | ")]
        elif raw.startswith("@header "):
            cur["header"] = raw[8:].split(" | ")
        elif raw.startswith("@footer "):
            cur["footer"] = raw[8:].split(" | ")
        elif raw.startswith("@endtable"):
            cur = None
        else:
            line = raw.rstrip()
            if line.endswith(" |"):
                line = line[:-2]
            cur["rows"].append(line.split(" | "))
    return tables


def num_text(v):
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def evaluate(expr, values):
    def rng(m):
        c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        total = 0.0
        for c in range(ord(c1), ord(c2) + 1):
            for r in range(r1, r2 + 1):
                total += values.get("%s%d" % (chr(c), r), 0.0)
        return repr(total)
    e = re.sub(r"SUM\(([A-Z])(\d+):([A-Z])(\d+)\)", rng, expr)
    e = re.sub(r"\b([A-Z])(\d+)\b", lambda m: repr(values.get(m.group(0), 0.0)), e)
    return eval(e, {"__builtins__": {}})


class Strings:
    def __init__(self):
        self.index, self.items = {}, []

    def get(self, s):
        if s not in self.index:
            self.index[s] = len(self.items)
            self.items.append(s)
        return self.index[s]

    def xml(self):
        out = [DECL, '<sst xmlns="%s" uniqueCount="%d">' % (NS, len(self.items))]
        for s in self.items:
            if s != s.strip() or "\n" in s:
                out.append('<si><t xml:space="preserve">%s</t></si>' % escape(s))
            else:
                out.append("<si><t>%s</t></si>" % escape(s))
        out.append("</sst>")
        return "".join(out)


def date_serial(s):
    d = datetime.date(*[int(x) for x in s.split("-")])
    return (d - datetime.date(1899, 12, 30)).days


def cell_xml(ref, value, kind, style, strings, values):
    """One <c>; value is the source text of the cell."""
    if value.startswith("="):
        v = evaluate(value[1:], values)
        values[ref] = v
        return '<c r="%s" s="%d"><f>%s</f><v>%s</v></c>' % (ref, style, escape(value[1:]),
                                                            num_text(v))
    if kind == "d" and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return '<c r="%s" s="%d"><v>%d</v></c>' % (ref, style, date_serial(value))
    if kind in ("n", "p", "c") and re.fullmatch(r"-?\d+(\.\d+)?", value):
        values[ref] = float(value)
        return '<c r="%s" s="%d"><v>%s</v></c>' % (ref, style, num_text(float(value)))
    text = value.replace("\\n", "\n")
    return '<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, style, strings.get(text))


def row_height(cells, widths):
    lines = 1
    for c, w in zip(cells, widths):
        n = 0
        for part in c.replace("\\n", "\n").split("\n"):
            n += max(1, -(-len(part) * 1.0 // max(1.0, w * 1.05)))
        lines = max(lines, n)
    return 20.05 if lines == 1 else round(6.2 + 13.85 * lines, 2)


def sheet_xml(t, strings):
    widths, kinds = t["cols"], t["kinds"]
    ncol = len(widths)
    rows = [("h", t["header"])] + [("b", r) for r in t["rows"]]
    if t["footer"]:
        rows.append(("f", t["footer"]))
    values, out_rows = {}, []
    for i, (what, cells) in enumerate(rows, 1):  # literal numbers first, as a formula may
        for j, val in enumerate(cells):           # point below itself (the totals row)
            if kinds[j] in ("n", "p", "c") and re.fullmatch(r"-?\d+(\.\d+)?", val):
                values["%s%d" % (col_letter(j), i)] = float(val)
    for i, (what, cells) in enumerate(rows, 1):
        cx = []
        for j, val in enumerate(cells):
            if not val.strip():
                continue
            ref = "%s%d" % (col_letter(j), i)
            k = kinds[j]
            if what == "h":
                st = X_HEAD
            elif what == "f":
                st = X_FOOT if k == "t" or not (val.startswith("=") or re.fullmatch(
                    r"-?\d+(\.\d+)?", val)) else X_FOOT_NUM[k]
            elif k == "t" or (k != "d" and not (val.startswith("=") or re.fullmatch(
                    r"-?\d+(\.\d+)?", val))) or (k == "d" and not re.fullmatch(
                    r"\d{4}-\d\d-\d\d", val)):
                st = X_FIRST if j == 0 else X_BODY
            else:
                st = X_NUM[k]
            cx.append(cell_xml(ref, val, k, st, strings, values))
        ht = row_height(cells, widths)
        out_rows.append('<row r="%d" s="0" customFormat="0" ht="%s" hidden="0" customHeight="1" '
                        'outlineLevel="0" collapsed="0">%s</row>' % (i, ht, "".join(cx)))
    last = "%s%d" % (col_letter(ncol - 1), len(rows))
    cols = "".join('<col min="%d" max="%d" width="%s" style="0" customWidth="1"/>'
                   % (j + 1, j + 1, w) for j, w in enumerate(widths))
    return "".join([
        DECL, '<worksheet xmlns="%s" xmlns:r="%s">' % (NS, RNS),
        '<sheetPr filterMode="0"><pageSetUpPr fitToPage="1"/></sheetPr>',
        '<dimension ref="A1:%s"/>' % last,
        '<sheetViews><sheetView workbookViewId="0" showGridLines="0" defaultGridColor="1">',
        '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>',
        '</sheetView></sheetViews>',
        '<sheetFormatPr defaultColWidth="16.3333" defaultRowHeight="19.9" customHeight="1" '
        'outlineLevelRow="0" outlineLevelCol="0"/>',
        "<cols>%s</cols>" % cols,
        "<sheetData>%s</sheetData>" % "".join(out_rows),
        '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.25" '
        'footer="0.25"/>',
        '<pageSetup firstPageNumber="1" fitToHeight="1" fitToWidth="1" scale="100" '
        'useFirstPageNumber="0" orientation="portrait" pageOrder="downThenOver"/>',
        '<headerFooter><oddFooter>&amp;C&amp;"Helvetica Neue,Regular"&amp;12&amp;K000000&amp;P'
        '</oddFooter></headerFooter>',
        "</worksheet>"])


def summary_xml(tables, names, strings):
    rows = ['<row r="1" s="0" customFormat="0" ht="60.05" hidden="0" customHeight="1" '
            'outlineLevel="0" collapsed="0"><c r="A1" s="%d" t="s"><v>%d</v></c></row>'
            % (X_SUM_TEXT, strings.get(SUMMARY))]
    heads = ["Numbers Sheet Name", "Numbers Table Name", "Excel Worksheet Name"]
    rows.append('<row r="3" s="0" customFormat="0" ht="20.05" hidden="0" customHeight="1" '
                'outlineLevel="0" collapsed="0">%s</row>' % "".join(
                    '<c r="%s3" s="%d" t="s"><v>%d</v></c>' % (col_letter(j), X_SUM_HEAD,
                                                              strings.get(h))
                    for j, h in enumerate(heads)))
    links, prev = [], None
    for i, (t, name) in enumerate(zip(tables, names), 4):
        cells = []
        if t["sheet"] != prev:
            cells.append('<c r="A%d" s="%d" t="s"><v>%d</v></c>'
                         % (i, X_SUM_CELL, strings.get(t["sheet"])))
        prev = t["sheet"]
        cells.append('<c r="B%d" s="%d" t="s"><v>%d</v></c>' % (i, X_SUM_CELL,
                                                               strings.get(t["table"])))
        cells.append('<c r="C%d" s="%d" t="s"><v>%d</v></c>' % (i, X_SUM_LINK, strings.get(name)))
        rows.append('<row r="%d" s="0" customFormat="0" ht="20.05" hidden="0" customHeight="1" '
                    'outlineLevel="0" collapsed="0">%s</row>' % (i, "".join(cells)))
        links.append('<hyperlink ref="C%d" location=%s display=%s/>'
                     % (i, quoteattr("'%s'!R1C1" % name), quoteattr(name)))
    return "".join([
        DECL, '<worksheet xmlns="%s" xmlns:r="%s">' % (NS, RNS),
        '<sheetPr filterMode="0"><pageSetUpPr fitToPage="1"/></sheetPr>',
        '<dimension ref="A1:C%d"/>' % (3 + len(tables)),
        '<sheetViews><sheetView workbookViewId="0" showGridLines="0" defaultGridColor="1"/>'
        '</sheetViews>',
        '<sheetFormatPr defaultColWidth="10" defaultRowHeight="12" customHeight="1" '
        'outlineLevelRow="0" outlineLevelCol="0"/>',
        '<cols><col min="1" max="1" width="22.1719" style="0" customWidth="1"/>'
        '<col min="2" max="2" width="22.1719" style="0" customWidth="1"/>'
        '<col min="3" max="3" width="33.8516" style="0" customWidth="1"/></cols>',
        "<sheetData>%s</sheetData>" % "".join(rows),
        '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>',
        "<hyperlinks>%s</hyperlinks>" % "".join(links),
        '<pageMargins left="1" right="1" top="1" bottom="1" header="0.25" footer="0.25"/>',
        "</worksheet>"])


STYLES = "".join([
    DECL, '<styleSheet xmlns="%s">' % NS,
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/>'
    '<numFmt numFmtId="165" formatCode="d mmm yyyy"/></numFmts>',
    '<fonts count="5">',
    '<font><sz val="10"/><color indexed="8"/><name val="Helvetica Neue"/></font>',
    '<font><sz val="12"/><color indexed="8"/><name val="Helvetica Neue"/></font>',
    '<font><b val="1"/><sz val="10"/><color indexed="8"/><name val="Helvetica Neue"/></font>',
    '<font><u val="single"/><sz val="12"/><color indexed="11"/><name val="Helvetica Neue"/></font>',
    '<font><b val="1"/><sz val="10"/><color indexed="8"/><name val="Helvetica Neue"/></font>',
    '</fonts>',
    '<fills count="5"><fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
    '<fill><patternFill patternType="solid"><fgColor indexed="10"/><bgColor auto="1"/>'
    '</patternFill></fill>',
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDBDBDB"/><bgColor auto="1"/>'
    '</patternFill></fill>',
    '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor auto="1"/>'
    '</patternFill></fill>',
    '</fills>',
    '<borders count="4"><border><left/><right/><top/><bottom/><diagonal/></border>',
    '<border><left style="thin"><color indexed="12"/></left><right style="thin">'
    '<color indexed="12"/></right><top style="thin"><color indexed="12"/></top>'
    '<bottom style="thin"><color indexed="12"/></bottom><diagonal/></border>',
    '<border><left style="thin"><color indexed="12"/></left><right style="thin">'
    '<color indexed="12"/></right><top style="thin"><color indexed="12"/></top>'
    '<bottom style="medium"><color indexed="8"/></bottom><diagonal/></border>',
    '<border><left style="thin"><color indexed="12"/></left><right style="thin">'
    '<color indexed="12"/></right><top style="medium"><color indexed="8"/></top>'
    '<bottom style="thin"><color indexed="12"/></bottom><diagonal/></border>',
    '</borders>',
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" applyNumberFormat="0" applyFont="1" '
    'applyFill="0" applyBorder="0" applyAlignment="1" applyProtection="0">'
    '<alignment vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>'
    '</cellStyleXfs>',
    '<cellXfs count="16">',
    # 0 default
    '<xf numFmtId="0" fontId="0" applyNumberFormat="0" applyFont="1" applyFill="0" '
    'applyBorder="0" applyAlignment="1" applyProtection="0"><alignment vertical="top" '
    'wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    # 1 summary text
    '<xf numFmtId="0" fontId="1" applyNumberFormat="0" applyFont="1" applyFill="0" '
    'applyBorder="0" applyAlignment="1" applyProtection="0"><alignment horizontal="left" '
    'vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    # 2 summary header
    '<xf numFmtId="0" fontId="2" applyNumberFormat="0" applyFont="1" applyFill="1" '
    'applyBorder="0" applyAlignment="1" applyProtection="0"><alignment horizontal="left" '
    'vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    # 3 summary link
    '<xf numFmtId="0" fontId="3" applyNumberFormat="0" applyFont="1" applyFill="0" '
    'applyBorder="0" applyAlignment="1" applyProtection="0"><alignment horizontal="left" '
    'vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    # 4 summary cell
    '<xf numFmtId="0" fontId="1" applyNumberFormat="0" applyFont="1" applyFill="0" '
    'applyBorder="0" applyAlignment="1" applyProtection="0"><alignment horizontal="left" '
    'vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    # 5 header row
    '<xf numFmtId="0" fontId="2" fillId="3" borderId="2" applyNumberFormat="0" applyFont="1" '
    'applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="0"><alignment '
    'vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    # 6 body text
    '<xf numFmtId="0" fontId="0" borderId="1" applyNumberFormat="0" applyFont="1" '
    'applyFill="0" applyBorder="1" applyAlignment="1" applyProtection="0"><alignment '
    'vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    # 7 body first column (Numbers' header column)
    '<xf numFmtId="0" fontId="4" borderId="1" applyNumberFormat="0" applyFont="1" '
    'applyFill="0" applyBorder="1" applyAlignment="1" applyProtection="0"><alignment '
    'vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    # 8 number general, 9 0.000, 10 #,##0, 11 date
    '<xf numFmtId="0" fontId="0" borderId="1" applyNumberFormat="0" applyFont="1" '
    'applyFill="0" applyBorder="1" applyAlignment="1" applyProtection="0"><alignment '
    'horizontal="right" vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    '<xf numFmtId="164" fontId="0" borderId="1" applyNumberFormat="1" applyFont="1" '
    'applyFill="0" applyBorder="1" applyAlignment="1" applyProtection="0"><alignment '
    'horizontal="right" vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    '<xf numFmtId="3" fontId="0" borderId="1" applyNumberFormat="1" applyFont="1" '
    'applyFill="0" applyBorder="1" applyAlignment="1" applyProtection="0"><alignment '
    'horizontal="right" vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    '<xf numFmtId="165" fontId="0" borderId="1" applyNumberFormat="1" applyFont="1" '
    'applyFill="0" applyBorder="1" applyAlignment="1" applyProtection="0"><alignment '
    'horizontal="left" vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    # 12 footer text, 13 footer general, 14 footer 0.000, 15 footer #,##0
    '<xf numFmtId="0" fontId="4" fillId="4" borderId="3" applyNumberFormat="0" applyFont="1" '
    'applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="0"><alignment '
    'vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    '<xf numFmtId="0" fontId="4" fillId="4" borderId="3" applyNumberFormat="0" applyFont="1" '
    'applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="0"><alignment '
    'horizontal="right" vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    '<xf numFmtId="164" fontId="4" fillId="4" borderId="3" applyNumberFormat="1" applyFont="1" '
    'applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="0"><alignment '
    'horizontal="right" vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    '<xf numFmtId="3" fontId="4" fillId="4" borderId="3" applyNumberFormat="1" applyFont="1" '
    'applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="0"><alignment '
    'horizontal="right" vertical="top" wrapText="1"/><protection hidden="0" locked="1"/></xf>',
    '</cellXfs>',
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    '<dxfs count="0"/><tableStyles count="0"/>',
    '<colors><indexedColors><rgbColor rgb="ff000000"/><rgbColor rgb="ffffffff"/>'
    '<rgbColor rgb="ffff0000"/><rgbColor rgb="ff00ff00"/><rgbColor rgb="ff0000ff"/>'
    '<rgbColor rgb="ffffff00"/><rgbColor rgb="ffff00ff"/><rgbColor rgb="ff00ffff"/>'
    '<rgbColor rgb="ff000000"/><rgbColor rgb="ffffffff"/><rgbColor rgb="ffdbdbdb"/>'
    '<rgbColor rgb="ff0000ff"/><rgbColor rgb="ffaaaaaa"/></indexedColors></colors>',
    '</styleSheet>'])

THEME = "".join([
    DECL, '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'name="Blank"><a:themeElements><a:clrScheme name="Blank">',
    '<a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>',
    '<a:dk2><a:srgbClr val="434343"/></a:dk2><a:lt2><a:srgbClr val="EFEFEF"/></a:lt2>',
    '<a:accent1><a:srgbClr val="00A2FF"/></a:accent1><a:accent2><a:srgbClr val="16E7CF"/>'
    '</a:accent2><a:accent3><a:srgbClr val="61D836"/></a:accent3><a:accent4>'
    '<a:srgbClr val="FAE232"/></a:accent4><a:accent5><a:srgbClr val="FF644E"/></a:accent5>'
    '<a:accent6><a:srgbClr val="EF5FA7"/></a:accent6>',
    '<a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="FF00FF"/>'
    '</a:folHlink></a:clrScheme>',
    '<a:fontScheme name="Blank"><a:majorFont><a:latin typeface="Helvetica Neue"/>'
    '<a:ea typeface="Helvetica Neue"/><a:cs typeface="Helvetica Neue"/></a:majorFont>'
    '<a:minorFont><a:latin typeface="Helvetica Neue"/><a:ea typeface="Helvetica Neue"/>'
    '<a:cs typeface="Helvetica Neue"/></a:minorFont></a:fontScheme>',
    '<a:fmtScheme name="Blank"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/>'
    '</a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill>'
    '<a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst>'
    '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    '<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    '</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>'
    '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
    '</a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill>'
    '<a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/>'
    '</a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>'
    '</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'])


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    tables = parse(SRC)
    names = ["%s - %s" % (t["sheet"], t["table"]) for t in tables]
    strings = Strings()
    sheets = [summary_xml(tables, names, strings)]
    for t in tables:
        sheets.append(sheet_xml(t, strings))
    all_names = ["Export Summary"] + names
    n = len(sheets)
    ct = [DECL, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(1, n + 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                  'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    ct += ['<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.'
           'openxmlformats-officedocument.theme+xml"/>',
           '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
           'officedocument.spreadsheetml.styles+xml"/>',
           '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
           'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
           '<Override PartName="/docProps/core.xml" ContentType="application/vnd.'
           'openxmlformats-package.core-properties+xml"/>',
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.'
           'openxmlformats-officedocument.extended-properties+xml"/>', "</Types>"]
    rels = "".join([
        DECL, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships">',
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/>',
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>',
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/extended-properties" Target="docProps/app.xml"/>',
        "</Relationships>"])
    wb = [DECL, '<workbook xmlns="%s" xmlns:r="%s">' % (NS, RNS),
          '<workbookPr date1904="0"/><bookViews><workbookView activeTab="0"/></bookViews>'
          '<sheets>']
    for i, name in enumerate(all_names, 1):
        wb.append('<sheet name=%s sheetId="%d" r:id="rId%d"/>' % (quoteattr(name), i, i))
    wb.append("</sheets></workbook>")
    wbrels = [DECL, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
              'relationships">']
    for i in range(1, n + 1):
        wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/'
                      'officeDocument/2006/relationships/worksheet" Target="worksheets/'
                      'sheet%d.xml"/>' % (i, i))
    wbrels += ['<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/'
               '2006/relationships/theme" Target="theme/theme1.xml"/>' % (n + 1),
               '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/'
               '2006/relationships/styles" Target="styles.xml"/>' % (n + 2),
               '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/'
               '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (n + 3),
               "</Relationships>"]
    core = "".join([
        DECL, '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        "<dc:creator>Ishaan Verma</dc:creator><cp:lastModifiedBy>Ishaan Verma</cp:lastModifiedBy>",
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-09T16:02:41Z</dcterms:created>',
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-03T15:44:06Z</dcterms:modified>',
        "</cp:coreProperties>"])
    app = "".join([
        DECL, '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Application>Microsoft Macintosh Excel</Application>'
        "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>",
        "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>"
        "Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>%d</vt:i4></vt:variant>"
        "</vt:vector></HeadingPairs>" % n,
        '<TitlesOfParts><vt:vector size="%d" baseType="lpstr">%s</vt:vector></TitlesOfParts>'
        % (n, "".join("<vt:lpstr>%s</vt:lpstr>" % escape(x) for x in all_names)),
        "<AppVersion>16.0300</AppVersion></Properties>"])
    members = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels),
               ("docProps/core.xml", core), ("docProps/app.xml", app),
               ("xl/workbook.xml", "".join(wb)), ("xl/_rels/workbook.xml.rels", "".join(wbrels)),
               ("xl/styles.xml", STYLES), ("xl/theme/theme1.xml", THEME),
               ("xl/sharedStrings.xml", strings.xml())]
    members += [("xl/worksheets/sheet%d.xml" % i, s) for i, s in enumerate(sheets, 1)]
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main()
