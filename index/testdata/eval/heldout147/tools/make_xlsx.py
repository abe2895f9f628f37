#!/usr/bin/python3
"""Re-make docs/capital-adequacy-tracker.xlsx from tools/capital-adequacy-tracker.txt.

Run from anywhere: /usr/bin/python3 tools/make_xlsx.py
Standard library only; laid out the way Excel 2016+ saves a workbook (parts, order,
relationships, shared strings, one-line XML after a CRLF'd declaration). The output is
byte-for-byte reproducible: fixed zip timestamps (1980-01-01, as Excel writes them) and order.

Source: `@sheet <name>` starts a sheet, `@widths` gives column widths, `@title` the merged title
cell in row 1; the next line is the header row; then one data row a line, cells split on " | ".
A cell like `4.5%` becomes the number 0.045 styled 0.00%; a bare integer becomes a number; `\n`
is a line break inside a cell (Alt+Enter).
"""
import os
import re
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "capital-adequacy-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "capital-adequacy-tracker.xlsx")
DATE = (1980, 1, 1, 0, 0, 0)
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NSR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

# cellXfs: 0 default, 1 title, 2 header, 3 wrapped text, 4 percent (0.00%), 5 integer
S_TITLE, S_HEAD, S_TEXT, S_PCT, S_INT = 1, 2, 3, 4, 5


def col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def parse():
    sheets, cur = [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("@sheet "):
                cur = {"name": line[7:], "rows": []}
                sheets.append(cur)
            elif line.startswith("@widths "):
                cur["widths"] = line[8:].split()
            elif line.startswith("@title "):
                cur["title"] = line[7:]
            elif line.strip():
                cur["rows"].append([c.strip().replace("\\n", "\n") for c in line.split(" | ")])
    return sheets


class SST:
    def __init__(self):
        self.index, self.strings, self.count = {}, [], 0

    def add(self, s):
        self.count += 1
        if s not in self.index:
            self.index[s] = len(self.strings)
            self.strings.append(s)
        return self.index[s]

    def xml(self):
        out = [DECL, '<sst xmlns="%s" count="%d" uniqueCount="%d">' % (NS, self.count, len(self.strings))]
        for s in self.strings:
            sp = ' xml:space="preserve"' if s != s.strip() else ""
            out.append("<si><t%s>%s</t></si>" % (sp, escape(s)))
        out.append("</sst>")
        return "".join(out)


def cell_xml(ref, value, sst, header=False):
    if value == "":
        return '<c r="%s" s="%d"/>' % (ref, S_HEAD if header else S_TEXT)
    if header:
        return '<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, S_HEAD, sst.add(value))
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%", value)
    if m:
        v = Decimal(m.group(1)) / 100
        return '<c r="%s" s="%d"><v>%s</v></c>' % (ref, S_PCT, format(v.normalize(), "f"))
    if re.fullmatch(r"\d+", value):
        return '<c r="%s" s="%d"><v>%s</v></c>' % (ref, S_INT, value)
    return '<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, S_TEXT, sst.add(value))


def sheet_xml(sh, sst, selected):
    ncol = len(sh["rows"][0])
    last = col(ncol)
    nrows = len(sh["rows"]) + 1
    rows = []
    title = ['<c r="A1" s="%d" t="s"><v>%d</v></c>' % (S_TITLE, sst.add(sh["title"]))]
    title += ['<c r="%s1" s="%d"/>' % (col(i), S_TITLE) for i in range(2, ncol + 1)]
    rows.append('<row r="1" spans="1:%d" ht="21" customHeight="1">%s</row>' % (ncol, "".join(title)))
    for i, r in enumerate(sh["rows"]):
        rn = i + 2
        r = r + [""] * (ncol - len(r))
        cells = "".join(cell_xml("%s%d" % (col(j + 1), rn), v, sst, header=(i == 0))
                        for j, v in enumerate(r))
        rows.append('<row r="%d" spans="1:%d">%s</row>' % (rn, ncol, cells))
    cols = "".join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w)
                   for i, w in enumerate(sh["widths"]))
    tab = ' tabSelected="1"' if selected else ""
    return (DECL + '<worksheet xmlns="%s" xmlns:r="%s">' % (NS, NSR)
            + '<dimension ref="A1:%s%d"/>' % (last, nrows)
            + '<sheetViews><sheetView%s workbookViewId="0">' % tab
            + '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>'
            + '<selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews>'
            + '<sheetFormatPr defaultRowHeight="15"/>'
            + "<cols>%s</cols>" % cols
            + "<sheetData>%s</sheetData>" % "".join(rows)
            + '<mergeCells count="1"><mergeCell ref="A1:%s1"/></mergeCells>' % last
            + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            + '<pageSetup paperSize="9" orientation="landscape"/>'
            + "</worksheet>")


STYLES = (DECL + '<styleSheet xmlns="%s">' % NS
          + '<fonts count="3">'
          + '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
          + '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
          + '<font><b/><sz val="14"/><color rgb="FF1F3A5F"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
          + "</fonts>"
          + '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
          + '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>'
          + '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
          + '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>'
          + '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>'
          + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          + '<cellXfs count="6">'
          + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          + '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>'
          + '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>'
          + '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
          + '<xf numFmtId="10" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>'
          + '<xf numFmtId="1" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>'
          + "</cellXfs>"
          + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          + '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
          + "</styleSheet>")


def build():
    sheets = parse()
    sst = SST()
    sheet_parts = [sheet_xml(sh, sst, i == 0) for i, sh in enumerate(sheets)]
    n = len(sheets)

    ctypes = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              + '<Default Extension="xml" ContentType="application/xml"/>'
              + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n))
              + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              + "</Types>")
    rels = (DECL + '<Relationships xmlns="%s">' % PKG
            + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            + "</Relationships>")
    workbook = (DECL + '<workbook xmlns="%s" xmlns:r="%s">' % (NS, NSR)
                + '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
                + '<workbookPr/>'
                + '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews>'
                + "<sheets>%s</sheets>" % "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>'
                                                  % (escape(sh["name"]), i + 1, i + 1) for i, sh in enumerate(sheets))
                + '<calcPr calcId="191029"/></workbook>')
    wb_rels = (DECL + '<Relationships xmlns="%s">' % PKG
               + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n))
               + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1)
               + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (n + 2)
               + "</Relationships>")
    core = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + "<dc:title>Capital adequacy tracker</dc:title><dc:creator>Ananya</dc:creator>"
            + "<cp:lastModifiedBy>Ananya</cp:lastModifiedBy>"
            + '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-02T05:41:12Z</dcterms:created>'
            + '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-07-20T16:08:45Z</dcterms:modified>'
            + "</cp:coreProperties>")
    app = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           + "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
           + "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
           + "<vt:variant><vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs>" % n
           + '<TitlesOfParts><vt:vector size="%d" baseType="lpstr">%s</vt:vector></TitlesOfParts>'
           % (n, "".join("<vt:lpstr>%s</vt:lpstr>" % escape(sh["name"]) for sh in sheets))
           + "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
           + "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>")

    members = [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
               ("xl/_rels/workbook.xml.rels", wb_rels)]
    members += [("xl/worksheets/sheet%d.xml" % (i + 1), x) for i, x in enumerate(sheet_parts)]
    members += [("xl/styles.xml", STYLES), ("xl/sharedStrings.xml", sst.xml()),
                ("docProps/core.xml", core), ("docProps/app.xml", app)]
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
