#!/usr/bin/python3
"""Make docs/fiscal-deficit-tracker.xlsx from tools/fiscal-deficit-tracker.txt.

The workbook is written the way Google Sheets' File > Download > Microsoft Excel (.xlsx) writes
it: no docProps parts; the chart parts first (xl/drawings, xl/charts and the drawing's
relationships), then the chart sheet and the worksheets, each followed by its relationships,
then sharedStrings, styles, workbook and its relationships, the package relationships and
[Content_Types].xml last; every member dated 1980-01-01. Arial 10 is the default font, every
text a shared string, numbers stored as floats ("4.6", "2837409.0"), formulas with cached
values, dates as serial numbers shown "d mmm yyyy". Each worksheet has a tab colour and
outlinePr, custom column widths, merged title rows and frozen rows (a ySplit pane, rows only).
The chart that was moved to its own sheet is exported as a chartsheet whose drawing holds one
absoluteAnchor graphic frame pointing at a line chart (three series, Sheets' colours).

Standard library only. Run from anywhere: /usr/bin/python3 tools/make_xlsx.py [OUT]
The output is byte-for-byte reproducible.
"""
import datetime
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "fiscal-deficit-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "fiscal-deficit-tracker.xlsx")

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PNS = "http://schemas.openxmlformats.org/package/2006/relationships"
CNS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
ANS = "http://schemas.openxmlformats.org/drawingml/2006/main"
XNS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CT = "application/vnd.openxmlformats-officedocument."

# cellXfs indexes (see STYLES)
S_DEFAULT, S_TITLE, S_NOTE, S_HEADER, S_WRAP, S_BAND, S_DATE, S_PCT, S_CRORE, S_TRAP, S_NUM = range(11)

FORMULA = re.compile(r"^=(.+?) ~ (.*)$")
NUM = re.compile(r"^-?\d+(\.\d+)?$")
DATE = re.compile(r"^\{date:(\d{4})-(\d\d)-(\d\d)\}$")
CELLS = re.compile(r"\s*\|\|\s*")


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def cell_rc(ref):
    m = re.match(r"([A-Z]+)(\d+)$", ref)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return c - 1, int(m.group(2))


def in_range(rng, ci, ri):
    a, b = rng.split(":")
    c1, r1 = cell_rc(a)
    c2, r2 = cell_rc(b)
    return c1 <= ci <= c2 and r1 <= ri <= r2


def parse():
    sheets, cur = [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@"):
                tag, _, rest = line.partition(" ")
                if tag in ("@sheet", "@chartsheet"):
                    cur = {"name": rest, "kind": tag[1:], "rows": [], "widths": [], "freeze": 0,
                           "tab": None, "pct": [], "crore": [], "chart": {"series": []}}
                    sheets.append(cur)
                elif tag == "@tab":
                    cur["tab"] = rest
                elif tag == "@widths":
                    cur["widths"] = [float(w) for w in rest.split()]
                elif tag == "@freeze":
                    cur["freeze"] = int(rest)
                elif tag in ("@title", "@noterow", "@band"):
                    cur["rows"].append((tag[1:], [rest]))
                elif tag == "@header":
                    cur["rows"].append(("header", CELLS.split(rest)))
                elif tag == "@blank":
                    cur["rows"].append(("blank", []))
                elif tag == "@pct":
                    cur["pct"].append(rest)
                elif tag == "@crore":
                    cur["crore"].append(rest)
                elif tag == "@chart":
                    key, _, val = rest.partition(" | ")
                    if key == "series":
                        cur["chart"]["series"].append(val.split(" | "))
                    else:
                        cur["chart"][key] = val
                else:
                    raise ValueError("unknown tag %r" % tag)
                continue
            cur["rows"].append(("data", CELLS.split(line.rstrip())))
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
            sp = ' xml:space="preserve"' if (s != s.strip() or "\n" in s) else ""
            out.append("<si><t%s>%s</t></si>" % (sp, escape(s)))
        out.append("</sst>")
        return "".join(out)


def fmt_num(v):
    v = float(v)
    return "%.1f" % v if v.is_integer() else repr(v)


def serial(y, m, d):
    return (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days


def num_style(sheet, ci, ri):
    if any(in_range(r, ci, ri) for r in sheet["pct"]):
        return S_PCT
    if any(in_range(r, ci, ri) for r in sheet["crore"]):
        return S_CRORE
    return S_NUM


def sheet_xml(sheet, strings):
    rows = sheet["rows"]
    ncols = max([len(c) for k, c in rows if k in ("header", "data")] + [len(sheet["widths"])])
    body, merges = [], []
    for ri, (kind, cells) in enumerate(rows, 1):
        if kind == "blank":
            body.append('<row r="%d"/>' % ri)
            continue
        if kind in ("title", "noterow", "band"):
            style = {"title": S_TITLE, "noterow": S_NOTE, "band": S_BAND}[kind]
            merges.append("A%d:%s%d" % (ri, col(ncols - 1), ri))
            extra = ' ht="24.0" customHeight="1"' if kind == "title" else ""
            body.append('<row r="%d"%s><c r="A%d" s="%d" t="s"><v>%d</v></c></row>'
                        % (ri, extra, ri, style, strings.get(cells[0])))
            continue
        out = []
        for ci, raw in enumerate(cells):
            ref = "%s%d" % (col(ci), ri)
            text = raw.strip().replace("\\n", "\n")
            if not text:
                continue
            if kind == "header":
                out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, S_HEADER, strings.get(text)))
                continue
            fm, dm = FORMULA.match(text), DATE.match(text)
            if fm:
                formula, cached = fm.groups()
                out.append('<c r="%s" s="%d"><f>%s</f><v>%s</v></c>'
                           % (ref, num_style(sheet, ci, ri), escape(formula), fmt_num(cached)))
            elif dm:
                out.append('<c r="%s" s="%d"><v>%s</v></c>'
                           % (ref, S_DATE, fmt_num(serial(*map(int, dm.groups())))))
            elif NUM.match(text):
                out.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, num_style(sheet, ci, ri), fmt_num(text)))
            elif text.startswith("!"):
                out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, S_TRAP, strings.get(text[1:])))
            else:
                out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, S_WRAP, strings.get(text)))
        body.append('<row r="%d">%s</row>' % (ri, "".join(out)))

    fr = sheet["freeze"]
    tl = "A%d" % (fr + 1)
    pane = ('<pane ySplit="%d.0" topLeftCell="%s" activePane="bottomLeft" state="frozen"/>'
            '<selection activeCell="%s" sqref="%s" pane="bottomLeft"/>' % (fr, tl, tl, tl))
    colsxml = "".join('<col customWidth="1" min="%d" max="%d" width="%.2f"/>' % (i, i, w)
                      for i, w in enumerate(sheet["widths"], 1))
    x = [HEAD, '<worksheet xmlns="%s" xmlns:r="%s">' % (NS, RNS),
         '<sheetPr><tabColor rgb="FF%s"/><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>'
         % sheet["tab"],
         '<dimension ref="A1:%s%d"/>' % (col(ncols - 1), len(rows)),
         '<sheetViews><sheetView workbookViewId="0">%s</sheetView></sheetViews>' % pane,
         '<sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/>',
         "<cols>%s</cols>" % colsxml,
         "<sheetData>%s</sheetData>" % "".join(body)]
    if merges:
        x.append('<mergeCells count="%d">%s</mergeCells>'
                 % (len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges)))
    x.append('<printOptions gridLines="1"/><pageMargins bottom="0.75" footer="0.0" header="0.0" '
             'left="0.7" right="0.7" top="0.75"/><pageSetup orientation="landscape"/>')
    x.append("</worksheet>")
    return "".join(x)


def rich(text, size, bold):
    return ('<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr lvl="0"><a:defRPr b="%d">'
            '<a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:latin typeface="+mn-lt"/>'
            '</a:defRPr></a:pPr><a:r><a:rPr b="%d" sz="%d"><a:solidFill><a:srgbClr val="000000"/>'
            '</a:solidFill><a:latin typeface="+mn-lt"/></a:rPr><a:t>%s</a:t></a:r></a:p></c:rich>'
            '</c:tx>' % (bold, bold, size, escape(text)))


def axis(tag, ax_id, cross_id, pos, title, extra):
    return ('<c:%s><c:axId val="%d"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
            '<c:delete val="0"/><c:axPos val="%s"/>%s<c:title>%s<c:overlay val="0"/></c:title>'
            '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/>'
            '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln/></c:spPr>'
            '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr lvl="0"><a:defRPr b="0"><a:solidFill>'
            '<a:srgbClr val="000000"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr></a:pPr>'
            '</a:p></c:txPr><c:crossAx val="%d"/>%s</c:%s>'
            % (tag, ax_id, pos, '<c:majorGridlines><c:spPr><a:ln><a:solidFill><a:srgbClr '
               'val="B7B7B7"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' if tag == "valAx"
               else "", rich(title, 1000, 0), cross_id, extra, tag))


def chart_xml(ch):
    sers = []
    for i, (name_ref, val_ref, colour) in enumerate(ch["series"]):
        sers.append(
            '<c:ser><c:idx val="%d"/><c:order val="%d"/><c:tx><c:strRef><c:f>%s</c:f></c:strRef>'
            '</c:tx><c:spPr><a:ln cmpd="sng" w="28575"><a:solidFill><a:srgbClr val="%s"/>'
            '</a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="7"/>'
            '<c:spPr><a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:ln cmpd="sng"><a:solidFill>'
            '<a:srgbClr val="%s"/></a:solidFill></a:ln></c:spPr></c:marker><c:dLbls><c:numFmt '
            'formatCode="0.0" sourceLinked="0"/><c:spPr/><c:dLblPos val="t"/><c:showLegendKey '
            'val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>'
            '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls><c:cat><c:strRef><c:f>%s'
            '</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>%s</c:f></c:numRef></c:val>'
            '<c:smooth val="0"/></c:ser>'
            % (i, i, escape(name_ref), colour, colour, colour, escape(ch["categories"]),
               escape(val_ref)))
    return (HEAD + '<c:chartSpace xmlns:c="%s" xmlns:a="%s" xmlns:r="%s"><c:roundedCorners val="0"/>'
            '<c:chart><c:title>%s<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>'
            '<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors '
            'val="0"/>%s<c:marker val="1"/><c:axId val="1189371605"/><c:axId val="1482004431"/>'
            '</c:lineChart>%s%s</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>'
            '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr lvl="0"><a:defRPr b="0"><a:solidFill>'
            '<a:srgbClr val="1A1A1A"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr>'
            '</a:pPr></a:p></c:txPr></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs '
            'val="zero"/></c:chart><c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
            '</c:spPr></c:chartSpace>'
            % (CNS, ANS, RNS, rich(ch["title"], 1400, 1), "".join(sers),
               axis("catAx", 1189371605, 1482004431, "b", ch["xtitle"], ""),
               axis("valAx", 1482004431, 1189371605, "l", ch["ytitle"],
                    '<c:crosses val="autoZero"/><c:crossBetween val="between"/>')))


DRAWING = HEAD + (
    '<xdr:wsDr xmlns:xdr="%s" xmlns:a="%s" xmlns:c="%s" xmlns:r="%s"><xdr:absoluteAnchor>'
    '<xdr:pos x="0" y="0"/><xdr:ext cx="9296400" cy="6010275"/><xdr:graphicFrame>'
    '<xdr:nvGraphicFramePr><xdr:cNvPr id="1" name="Chart 1" title="Chart"/><xdr:cNvGraphicFramePr/>'
    '</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
    '<a:graphic><a:graphicData uri="%s"><c:chart r:id="rId1"/></a:graphicData></a:graphic>'
    '</xdr:graphicFrame><xdr:clientData fLocksWithSheet="0"/></xdr:absoluteAnchor></xdr:wsDr>'
    % (XNS, ANS, CNS, RNS, CNS))


def chartsheet_xml(sheet):
    return (HEAD + '<chartsheet xmlns="%s" xmlns:r="%s"><sheetPr><tabColor rgb="FF%s"/></sheetPr>'
            '<sheetViews><sheetView workbookViewId="0" zoomToFit="1"/></sheetViews>'
            '<drawing r:id="rId1"/></chartsheet>' % (NS, RNS, sheet["tab"]))


FONT = '<font>%s<sz val="%s"/><color rgb="FF%s"/><name val="Arial"/><scheme val="minor"/></font>'
FILL = '<fill><patternFill patternType="solid"><fgColor rgb="FF%s"/><bgColor rgb="FF%s"/></patternFill></fill>'


def xf(font, fill, border, numfmt, align, extra=""):
    applies = ' applyAlignment="1"'
    if border:
        applies += ' applyBorder="1"'
    if fill:
        applies += ' applyFill="1"'
    applies += ' applyFont="1"'
    if numfmt:
        applies += ' applyNumberFormat="1"'
    return ('<xf borderId="%d" fillId="%d" fontId="%d" numFmtId="%d" xfId="0"%s><alignment %s/></xf>'
            % (border, fill, font, numfmt, applies, align))


STYLES = HEAD + (
    '<styleSheet xmlns="%s" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="d mmm yyyy"/><numFmt numFmtId="165" '
    'formatCode="0.0"/><numFmt numFmtId="166" formatCode="#,##0"/></numFmts>'
    '<fonts count="6">' % NS
    + FONT % ("", "10.0", "000000") + FONT % ("<b/>", "14.0", "000000")
    + FONT % ("<i/>", "9.0", "666666") + FONT % ("<b/>", "10.0", "000000")
    + FONT % ("<b/>", "10.0", "CC0000") + FONT % ("<i/>", "10.0", "000000") + '</fonts>'
    '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill '
    'patternType="lightGray"/></fill>' + FILL % ("EFEFEF", "EFEFEF") + FILL % ("CFE2F3", "CFE2F3")
    + '</fills>'
    '<borders count="2"><border/><border><bottom style="thin"><color rgb="FF000000"/></bottom>'
    '</border></borders>'
    '<cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" '
    'applyFont="1"/></cellStyleXfs>'
    '<cellXfs count="11">'
    + xf(0, 0, 0, 0, 'readingOrder="0" shrinkToFit="0" vertical="bottom" wrapText="0"')
    + xf(1, 0, 0, 0, 'readingOrder="0" vertical="center"')
    + xf(2, 0, 0, 0, 'readingOrder="0" vertical="top" wrapText="1"')
    + xf(3, 2, 1, 0, 'readingOrder="0" vertical="top" wrapText="1"')
    + xf(0, 0, 0, 0, 'readingOrder="0" vertical="top" wrapText="1"')
    + xf(3, 3, 0, 0, 'readingOrder="0" vertical="center"')
    + xf(0, 0, 0, 164, 'horizontal="left" readingOrder="0" vertical="top"')
    + xf(0, 0, 0, 165, 'horizontal="right" readingOrder="0" vertical="top"')
    + xf(0, 0, 0, 166, 'horizontal="right" readingOrder="0" vertical="top"')
    + xf(4, 0, 0, 0, 'readingOrder="0" vertical="top" wrapText="1"')
    + xf(0, 0, 0, 0, 'horizontal="right" readingOrder="0" vertical="top"')
    + '</cellXfs>'
    '<cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles>'
    '<dxfs count="0"/></styleSheet>')


def build(out):
    sheets = parse()
    strings = Strings()
    parts, overrides, wb_sheets = [], [], []
    wb_rels = ['<Relationship Id="rId1" Type="%s/styles" Target="styles.xml"/>' % RNS,
               '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>' % RNS]
    chart_parts, sheet_parts = [], []
    ws_no = cs_no = 0
    for i, sh in enumerate(sheets, 1):
        rid = i + 2
        if sh["kind"] == "chartsheet":
            cs_no += 1
            chart_parts.append(("xl/drawings/drawing%d.xml" % cs_no, DRAWING))
            chart_parts.append(("xl/charts/chart%d.xml" % cs_no, chart_xml(sh["chart"])))
            chart_parts.append(("xl/drawings/_rels/drawing%d.xml.rels" % cs_no,
                                HEAD + '<Relationships xmlns="%s"><Relationship Id="rId1" '
                                'Type="%s/chart" Target="../charts/chart%d.xml"/></Relationships>'
                                % (PNS, RNS, cs_no)))
            sheet_parts.append(("xl/chartsheets/sheet%d.xml" % cs_no, chartsheet_xml(sh)))
            sheet_parts.append(("xl/chartsheets/_rels/sheet%d.xml.rels" % cs_no,
                                HEAD + '<Relationships xmlns="%s"><Relationship Id="rId1" '
                                'Type="%s/drawing" Target="../drawings/drawing%d.xml"/>'
                                '</Relationships>' % (PNS, RNS, cs_no)))
            wb_rels.append('<Relationship Id="rId%d" Type="%s/chartsheet" '
                           'Target="chartsheets/sheet%d.xml"/>' % (rid, RNS, cs_no))
            overrides.append('<Override ContentType="%sdrawing+xml" PartName="/xl/drawings/'
                             'drawing%d.xml"/>' % (CT, cs_no))
            overrides.append('<Override ContentType="%sdrawingml.chart+xml" PartName="/xl/charts/'
                             'chart%d.xml"/>' % (CT, cs_no))
            overrides.append('<Override ContentType="%sspreadsheetml.chartsheet+xml" '
                             'PartName="/xl/chartsheets/sheet%d.xml"/>' % (CT, cs_no))
        else:
            ws_no += 1
            sheet_parts.append(("xl/worksheets/sheet%d.xml" % ws_no, sheet_xml(sh, strings)))
            wb_rels.append('<Relationship Id="rId%d" Type="%s/worksheet" '
                           'Target="worksheets/sheet%d.xml"/>' % (rid, RNS, ws_no))
            overrides.append('<Override ContentType="%sspreadsheetml.worksheet+xml" '
                             'PartName="/xl/worksheets/sheet%d.xml"/>' % (CT, ws_no))
        wb_sheets.append('<sheet state="visible" name=%s sheetId="%d" r:id="rId%d"/>'
                         % (quoteattr(sh["name"]), i, rid))
    parts = chart_parts + sheet_parts
    parts.append(("xl/sharedStrings.xml", strings.xml()))
    parts.append(("xl/styles.xml", STYLES))
    parts.append(("xl/workbook.xml", HEAD + '<workbook xmlns="%s" xmlns:r="%s"><workbookPr/>'
                  '<sheets>%s</sheets><definedNames/><calcPr/></workbook>'
                  % (NS, RNS, "".join(wb_sheets))))
    parts.append(("xl/_rels/workbook.xml.rels",
                  HEAD + '<Relationships xmlns="%s">%s</Relationships>' % (PNS, "".join(wb_rels))))
    parts.append(("_rels/.rels", HEAD + '<Relationships xmlns="%s"><Relationship Id="rId1" '
                  'Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (PNS, RNS)))
    parts.append(("[Content_Types].xml", HEAD +
                  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default ContentType="application/xml" Extension="xml"/>'
                  '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" '
                  'Extension="rels"/>' + "".join(overrides) +
                  '<Override ContentType="%sspreadsheetml.sharedStrings+xml" '
                  'PartName="/xl/sharedStrings.xml"/>'
                  '<Override ContentType="%sspreadsheetml.styles+xml" PartName="/xl/styles.xml"/>'
                  '<Override ContentType="%sspreadsheetml.sheet.main+xml" '
                  'PartName="/xl/workbook.xml"/></Types>' % (CT, CT, CT)))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
