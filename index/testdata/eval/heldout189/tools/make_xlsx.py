#!/usr/bin/python3
"""Re-make docs/pli-tracker.xlsx from tools/pli-tracker.tsv.

The workbook is written the way Google Sheets' "Download > Microsoft Excel (.xlsx)" writes
it: no docProps, alphabetically ordered attributes, Arial 10 default font, shared strings,
numbers stored as floats ("40951.0"), SUM formulas with their cached values, a merged title
row, a frozen header, cell hyperlinks through the sheet's relationships, and every zip member
dated 1980-01-01 with [Content_Types].xml written last.
Standard library only. Run from anywhere: /usr/bin/python3 tools/make_xlsx.py
The output is byte-for-byte reproducible.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pli-tracker.tsv")
OUT = os.path.join(HERE, "..", "docs", "pli-tracker.xlsx")

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PNS = "http://schemas.openxmlformats.org/package/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# cellXfs indexes
S_DEFAULT, S_TITLE, S_HEADER, S_WRAP, S_NUM, S_LINK, S_TOTAL, S_TOTALNUM, S_SUB = range(9)

LINK = re.compile(r"^\[(.+)\]\((https?://[^)]+)\)$")
NUM = re.compile(r"^-?\d+(\.\d+)?$")


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def parse():
    sheets = []
    cur = None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip():
                continue
            parts = line.split("\t")
            tag = parts[0]
            if tag == "@sheet":
                cur = {"name": parts[1], "rows": [], "widths": []}
                sheets.append(cur)
            elif tag == "@title":
                cur["rows"].append(("title", [parts[1]]))
            elif tag == "@widths":
                cur["widths"] = [float(w) for w in parts[1:]]
            elif tag == "@header":
                cur["rows"].append(("header", parts[1:]))
            elif tag == "@sub":
                cur["rows"].append(("sub", [parts[1]]))
            else:
                kind = "total" if tag.startswith("TOTAL") else "data"
                cur["rows"].append((kind, parts))
    return sheets


class Strings:
    def __init__(self):
        self.index, self.items, self.count = {}, [], 0

    def get(self, s):
        self.count += 1
        if s not in self.index:
            self.index[s] = len(self.items)
            self.items.append(s)
        return self.index[s]

    def xml(self):
        out = [HEAD, '<sst xmlns="%s" count="%d" uniqueCount="%d">' % (NS, self.count, len(self.items))]
        for s in self.items:
            sp = ' xml:space="preserve"' if s != s.strip() else ""
            out.append("<si><t%s>%s</t></si>" % (sp, escape(s)))
        out.append("</sst>")
        return "".join(out)


def fmt_num(v):
    return "%.1f" % v if float(v).is_integer() else repr(float(v))


def sheet_xml(sheet, strings):
    rows = sheet["rows"]
    ncols = max(len(r[1]) for r in rows if r[0] in ("header", "data", "total"))
    values = {}  # (row, col) -> float, for SUM
    body, links, merges = [], [], []
    for ri, (kind, cells) in enumerate(rows, 1):
        out = []
        if kind == "title":
            out.append('<c r="A%d" s="%d" t="s"><v>%d</v></c>' % (ri, S_TITLE, strings.get(cells[0])))
            merges.append("A%d:%s%d" % (ri, col(ncols - 1), ri))
            body.append('<row r="%d" ht="24.0" customHeight="1">%s</row>' % (ri, "".join(out)))
            continue
        if kind == "sub":
            out.append('<c r="A%d" s="%d" t="s"><v>%d</v></c>' % (ri, S_SUB, strings.get(cells[0])))
            body.append('<row r="%d">%s</row>' % (ri, "".join(out)))
            continue
        for ci, raw in enumerate(cells):
            ref = "%s%d" % (col(ci), ri)
            text = raw.strip()
            if not text:
                continue
            if kind == "header":
                out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, S_HEADER, strings.get(text)))
                continue
            m = LINK.match(text)
            if text.startswith("=SUM("):
                c1, r1, _, r2 = re.match(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", text).groups()
                total = sum(v for (r, c), v in values.items() if c == c1 and int(r1) <= r <= int(r2))
                values[(ri, col(ci))] = total
                out.append('<c r="%s" s="%d"><f>%s</f><v>%s</v></c>' % (ref, S_TOTALNUM, text[1:], fmt_num(total)))
            elif NUM.match(text):
                values[(ri, col(ci))] = float(text)
                out.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, S_NUM, fmt_num(float(text))))
            elif m:
                links.append((ref, m.group(2)))
                out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, S_LINK, strings.get(m.group(1))))
            else:
                style = S_TOTAL if kind == "total" else S_WRAP
                out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, style, strings.get(text)))
        body.append('<row r="%d">%s</row>' % (ri, "".join(out)))
    last = "%s%d" % (col(ncols - 1), len(rows))
    colsxml = "".join('<col customWidth="1" min="%d" max="%d" width="%.2f"/>' % (i, i, w)
                      for i, w in enumerate(sheet["widths"], 1))
    x = [HEAD, '<worksheet xmlns="%s" xmlns:r="%s">' % (NS, RNS),
         '<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>',
         '<dimension ref="A1:%s"/>' % last,
         '<sheetViews><sheetView workbookViewId="0"><pane ySplit="2.0" topLeftCell="A3" '
         'activePane="bottomLeft" state="frozen"/><selection activeCell="B3" sqref="B3" '
         'pane="bottomLeft"/></sheetView></sheetViews>',
         '<sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/>',
         "<cols>%s</cols>" % colsxml,
         "<sheetData>%s</sheetData>" % "".join(body),
         '<mergeCells count="%d">%s</mergeCells>' % (len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges))]
    if links:
        x.append("<hyperlinks>%s</hyperlinks>" % "".join(
            '<hyperlink r:id="rId%d" ref="%s"/>' % (i, ref) for i, (ref, _) in enumerate(links, 1)))
    x.append("</worksheet>")
    rels = None
    if links:
        rels = HEAD + '<Relationships xmlns="%s">%s</Relationships>' % (PNS, "".join(
            '<Relationship Id="rId%d" Type="%s/hyperlink" Target=%s TargetMode="External"/>'
            % (i, RNS, quoteattr(url)) for i, (_, url) in enumerate(links, 1)))
    return "".join(x), rels


STYLES = HEAD + (
    '<styleSheet xmlns="%s" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts>'
    '<fonts count="5">'
    '<font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>'
    '<font><b/><sz val="12.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>'
    '<font><b/><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>'
    '<font><u/><sz val="10.0"/><color rgb="FF1155CC"/><name val="Arial"/><scheme val="minor"/></font>'
    '<font><b/><i/><sz val="10.0"/><color rgb="FF38761D"/><name val="Arial"/><scheme val="minor"/></font>'
    '</fonts>'
    '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9EAD3"/><bgColor rgb="FFD9EAD3"/></patternFill></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor rgb="FFFFF2CC"/></patternFill></fill>'
    '</fills>'
    '<borders count="2"><border/><border><top style="thin"><color rgb="FF000000"/></top></border></borders>'
    '<cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs>'
    '<cellXfs count="9">'
    '<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" shrinkToFit="0" vertical="bottom" wrapText="0"/></xf>'
    '<xf borderId="0" fillId="0" fontId="1" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" vertical="center"/></xf>'
    '<xf borderId="0" fillId="2" fontId="2" numFmtId="0" xfId="0" applyAlignment="1" applyFill="1" applyFont="1"><alignment readingOrder="0" vertical="top" wrapText="1"/></xf>'
    '<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" vertical="top" wrapText="1"/></xf>'
    '<xf borderId="0" fillId="0" fontId="0" numFmtId="164" xfId="0" applyAlignment="1" applyFont="1" applyNumberFormat="1"><alignment horizontal="right" readingOrder="0" vertical="top"/></xf>'
    '<xf borderId="0" fillId="0" fontId="3" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" vertical="top"/></xf>'
    '<xf borderId="1" fillId="3" fontId="2" numFmtId="0" xfId="0" applyAlignment="1" applyBorder="1" applyFill="1" applyFont="1"><alignment readingOrder="0" vertical="top" wrapText="1"/></xf>'
    '<xf borderId="1" fillId="3" fontId="2" numFmtId="164" xfId="0" applyAlignment="1" applyBorder="1" applyFill="1" applyFont="1" applyNumberFormat="1"><alignment horizontal="right" readingOrder="0" vertical="top"/></xf>'
    '<xf borderId="0" fillId="0" fontId="4" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0"/></xf>'
    '</cellXfs>'
    '<cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles>'
    '<dxfs count="0"/></styleSheet>' % NS)


def build():
    sheets = parse()
    strings = Strings()
    parts = []
    wb_sheets, wb_rels = [], ['<Relationship Id="rId1" Type="%s/styles" Target="styles.xml"/>' % RNS,
                              '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>' % RNS]
    overrides = []
    for i, sh in enumerate(sheets, 1):
        xml, rels = sheet_xml(sh, strings)
        parts.append(("xl/worksheets/sheet%d.xml" % i, xml))
        if rels:
            parts.append(("xl/worksheets/_rels/sheet%d.xml.rels" % i, rels))
        rid = i + 2
        wb_sheets.append('<sheet state="visible" name=%s sheetId="%d" r:id="rId%d"/>' % (quoteattr(sh["name"]), i, rid))
        wb_rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (rid, RNS, i))
        overrides.append('<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" '
                         'PartName="/xl/worksheets/sheet%d.xml"/>' % i)
    parts.append(("xl/sharedStrings.xml", strings.xml()))
    parts.append(("xl/styles.xml", STYLES))
    parts.append(("xl/workbook.xml", HEAD + '<workbook xmlns="%s" xmlns:r="%s"><workbookPr/><sheets>%s</sheets>'
                  '<definedNames/><calcPr/></workbook>' % (NS, RNS, "".join(wb_sheets))))
    parts.append(("xl/_rels/workbook.xml.rels", HEAD + '<Relationships xmlns="%s">%s</Relationships>' % (PNS, "".join(wb_rels))))
    parts.append(("_rels/.rels", HEAD + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" '
                  'Target="xl/workbook.xml"/></Relationships>' % (PNS, RNS)))
    parts.append(("[Content_Types].xml", HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default ContentType="application/xml" Extension="xml"/>'
                  '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
                  + "".join(overrides) +
                  '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" PartName="/xl/sharedStrings.xml"/>'
                  '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" PartName="/xl/styles.xml"/>'
                  '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" PartName="/xl/workbook.xml"/>'
                  '</Types>'))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))


if __name__ == "__main__":
    build()
