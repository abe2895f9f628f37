#!/usr/bin/python3
"""Re-make docs/mpc-revision-tracker.xlsx from tools/mpc-revision-tracker.txt.

Run from anywhere: /usr/bin/python3 tools/make_xlsx.py
Standard library only. The workbook is laid out the way Excel 365 saves it (shared strings,
styles, theme, docProps, zip entries in Excel's order, every entry dated 1980-01-01 00:00:00),
so the output is byte-for-byte reproducible.
"""
import datetime
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mpc-revision-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "mpc-revision-tracker.xlsx")

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS_X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"
NS_XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

# cellXfs indices (see STYLES below)
S_TITLE, S_NOTE, S_HEAD, S_BODY, S_SUB, S_DATE, S_NUM, S_INT, S_HL, S_HLDATE, S_HLNUM = range(1, 12)


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def parse():
    sheets = []
    cur = None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#") or not line.strip() and cur is None:
                continue
            m = re.match(r"^\[(.+)\]$", line)
            if m:
                cur = {"name": m.group(1), "cols": [], "merge": [], "freeze": None,
                       "filter": None, "rows": []}
                sheets.append(cur)
                continue
            if not line.strip():
                continue
            if line.startswith("@"):
                key, _, val = line[1:].partition(" ")
                if key == "cols":
                    cur["cols"] = [float(x) for x in val.split()]
                elif key == "merge":
                    cur["merge"].append(val)
                elif key == "freeze":
                    cur["freeze"] = int(val)
                elif key == "filter":
                    cur["filter"] = val
                continue
            parts = line.split("\t")
            cur["rows"].append((parts[0], parts[1:]))
    return sheets


class Strings:
    def __init__(self):
        self.items, self.index, self.count = [], {}, 0

    def add(self, text):
        self.count += 1
        if text not in self.index:
            self.index[text] = len(self.items)
            self.items.append(text)
        return self.index[text]

    def xml(self):
        out = [DECL, '<sst xmlns="%s" count="%d" uniqueCount="%d">' % (NS_MAIN, self.count, len(self.items))]
        for s in self.items:
            out.append("<si>%s</si>" % si_body(s))
        out.append("</sst>")
        return "".join(out)


def t_el(text):
    sp = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    return "<t%s>%s</t>" % (sp, escape(text))


def si_body(s):
    if "**" not in s:
        return t_el(s)
    runs = []
    for i, piece in enumerate(s.split("**")):
        if not piece:
            continue
        if i % 2:
            runs.append('<r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/>'
                        '<family val="2"/><scheme val="minor"/></rPr>%s</r>' % t_el(piece))
        else:
            runs.append('<r><rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/>'
                        '<family val="2"/><scheme val="minor"/></rPr>%s</r>' % t_el(piece))
    return "".join(runs)


def excel_date(iso):
    d = datetime.date.fromisoformat(iso)
    return (d - datetime.date(1899, 12, 30)).days


def fmt_num(v):
    s = repr(v)
    return s[:-2] if s.endswith(".0") else s


def sheet_xml(sh, strings):
    rows_out = []
    max_col = 0
    nrows = len(sh["rows"])
    for r, (kind, cells) in enumerate(sh["rows"], 1):
        cells_out = []
        hl = kind == "hl"
        for c, raw in enumerate(cells):
            if raw == "":
                continue
            ref = "%s%d" % (col_name(c), r)
            max_col = max(max_col, c + 1)
            if raw.startswith("d:"):
                st = S_HLDATE if hl else S_DATE
                cells_out.append('<c r="%s" s="%d"><v>%d</v></c>' % (ref, st, excel_date(raw[2:])))
            elif raw.startswith("n:"):
                v = float(raw[2:])
                st = S_HLNUM if hl else S_NUM
                cells_out.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, st, fmt_num(v)))
            elif raw.startswith("i:"):
                cells_out.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, S_HL if hl else S_INT, raw[2:]))
            elif raw == "f:chg":
                # C holds the repo rate; the change is (this - previous) x 100
                cur_v = float([x for x in cells if x.startswith("n:")][0][2:])
                prev_v = float([x for x in sh["rows"][r - 2][1] if x.startswith("n:")][0][2:])
                val = round((cur_v - prev_v) * 100)
                cells_out.append('<c r="%s" s="%d"><f>ROUND((C%d-C%d)*100,0)</f><v>%d</v></c>'
                                 % (ref, S_HL if hl else S_INT, r, r - 1, val))
            else:
                text = raw.replace("\\n", "\n")
                st = {"title": S_TITLE, "note": S_NOTE, "head": S_HEAD, "sub": S_SUB,
                      "hl": S_HL}.get(kind, S_BODY)
                idx = strings.add(text)
                cells_out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, st, idx))
        if kind == "blank":
            continue
        attrs = ' r="%d"' % r
        if cells_out:
            first = re.search(r'r="([A-Z]+)', cells_out[0]).group(1)
            last = re.search(r'r="([A-Z]+)', cells_out[-1]).group(1)
            span_lo = ord(first) - 64
            span_hi = ord(last) - 64
            attrs += ' spans="%d:%d"' % (span_lo, span_hi)
        if kind == "title":
            attrs += ' ht="18.75" customHeight="1"'
        attrs += ' x14ac:dyDescent="0.25"'
        rows_out.append("<row%s>%s</row>" % (attrs, "".join(cells_out)))
    ncols = max(max_col, len(sh["cols"]))
    dim = "A1:%s%d" % (col_name(ncols - 1), nrows)
    out = [DECL,
           '<worksheet xmlns="%s" xmlns:r="%s" xmlns:mc="%s" mc:Ignorable="x14ac xr xr2 xr3" '
           'xmlns:x14ac="%s" xmlns:xr="%s" '
           'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
           'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
           'xr:uid="{%s}">' % (NS_MAIN, NS_R, NS_MC, NS_X14AC, NS_XR, sh["uid"])]
    out.append('<dimension ref="%s"/>' % dim)
    sel = ' tabSelected="1"' if sh["index"] == 0 else ""
    out.append('<sheetViews><sheetView%s workbookViewId="0">' % sel)
    if sh["freeze"]:
        fr = sh["freeze"]
        out.append('<pane ySplit="%d" topLeftCell="A%d" activePane="bottomLeft" state="frozen"/>'
                   '<selection pane="bottomLeft" activeCell="A%d" sqref="A%d"/>' % (fr - 1, fr, fr, fr))
    out.append("</sheetView></sheetViews>")
    out.append('<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>')
    if sh["cols"]:
        out.append("<cols>")
        for i, w in enumerate(sh["cols"], 1):
            out.append('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i, i, fmt_num(w + 0.7109375)))
        out.append("</cols>")
    out.append("<sheetData>%s</sheetData>" % "".join(rows_out))
    if sh["filter"]:
        out.append('<autoFilter ref="%s" xr:uid="{%s}"/>' % (sh["filter"], sh["uid"][:-4] + "F11E"))
    if sh["merge"]:
        out.append('<mergeCells count="%d">%s</mergeCells>' % (
            len(sh["merge"]), "".join('<mergeCell ref="%s"/>' % m for m in sh["merge"])))
    out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
    out.append('<pageSetup paperSize="9" orientation="landscape"/>')
    out.append("</worksheet>")
    return "".join(out)


STYLES = DECL + (
    '<styleSheet xmlns="%s" xmlns:mc="%s" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="%s" '
    'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="%s">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mmm\\-yyyy"/></numFmts>'
    '<fonts count="5" x14ac:knownFonts="1">'
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><b/><sz val="14"/><color theme="4" tint="-0.249977111117893"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><i/><sz val="10"/><color rgb="FF7F7F7F"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><b/><sz val="11"/><color rgb="FFC00000"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '</fonts>'
    '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill>'
    '</fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>'
    '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>'
    '</borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="12">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="3" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>'
    '<xf numFmtId="2" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>'
    '<xf numFmtId="2" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>'
    '</cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
    '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    '<x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>'
    '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
    '<x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst>'
    '</styleSheet>') % (NS_MAIN, NS_MC, NS_X14AC, NS_XR)


def theme():
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    clr = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
           ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
           ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
           ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
           ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
           ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
           ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>')]
    solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = ('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
          '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>')
    return DECL + (
        '<a:theme xmlns:a="%s" name="Office Theme"><a:themeElements>'
        '<a:clrScheme name="Office">%s</a:clrScheme>'
        '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
        '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont>'
        '<a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/>'
        '</a:minorFont></a:fontScheme>'
        '<a:fmtScheme name="Office"><a:fillStyleLst>%s%s%s</a:fillStyleLst>'
        '<a:lnStyleLst>%s%s%s</a:lnStyleLst>'
        '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
        '</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
        '<a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
        '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>') % (
        a, "".join("<a:%s>%s</a:%s>" % (n, v, n) for n, v in clr),
        solid, solid, solid, ln % 6350, ln % 12700, ln % 19050, solid, solid, solid)


def build():
    sheets = parse()
    uids = ["7A1C3E55-2F1B-4C8E-9D3A-51E0B6C2A001", "7A1C3E55-2F1B-4C8E-9D3A-51E0B6C2A002",
            "7A1C3E55-2F1B-4C8E-9D3A-51E0B6C2A003", "7A1C3E55-2F1B-4C8E-9D3A-51E0B6C2A004",
            "7A1C3E55-2F1B-4C8E-9D3A-51E0B6C2A005", "7A1C3E55-2F1B-4C8E-9D3A-51E0B6C2A006",
            "7A1C3E55-2F1B-4C8E-9D3A-51E0B6C2A007"]
    strings = Strings()
    parts = []
    for i, sh in enumerate(sheets):
        sh["index"], sh["uid"] = i, uids[i]
        parts.append(("xl/worksheets/sheet%d.xml" % (i + 1), sheet_xml(sh, strings)))
    n = len(sheets)
    ct = DECL + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n))
        + '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        '</Types>')
    rels = DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
    defined = ""
    for sh in sheets:
        if sh["filter"]:
            a, b = sh["filter"].split(":")
            ca, ra = re.match(r"([A-Z]+)(\d+)", a).groups()
            cb, rb = re.match(r"([A-Z]+)(\d+)", b).groups()
            defined = ('<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="%d" '
                       'hidden="1">%s!$%s$%s:$%s$%s</definedName></definedNames>'
                       % (sh["index"], "'%s'" % sh["name"] if " " in sh["name"] else sh["name"],
                          ca, ra, cb, rb))
    wb = DECL + (
        '<workbook xmlns="%s" xmlns:r="%s" xmlns:mc="%s" mc:Ignorable="x15 xr xr6 xr10 xr2" '
        'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="%s" '
        'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
        'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
        'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
        '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28429"/>'
        '<workbookPr defaultThemeVersion="202300"/>'
        '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" activeTab="0"/></bookViews>'
        '<sheets>%s</sheets>%s<calcPr calcId="191029"/></workbook>') % (
        NS_MAIN, NS_R, NS_MC, NS_XR,
        "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(sh["name"]), i + 1, i + 1)
                for i, sh in enumerate(sheets)), defined)
    wbrels = DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n))
        + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>' % (n + 1)
        + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 2)
        + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (n + 3)
        + '</Relationships>')
    core = DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>Ananya</dc:creator><cp:lastModifiedBy>Ananya</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-08T16:02:11Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-12T15:44:37Z</dcterms:modified>'
        '</cp:coreProperties>')
    app = DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
        '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>'
        '<vt:variant><vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs>'
        '<TitlesOfParts><vt:vector size="%d" baseType="lpstr">%s</vt:vector></TitlesOfParts>'
        '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
        '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>') % (
        n, n, "".join("<vt:lpstr>%s</vt:lpstr>" % escape(sh["name"]) for sh in sheets))
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbrels)] + parts + [
        ("xl/theme/theme1.xml", theme()), ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", strings.xml()), ("docProps/core.xml", core), ("docProps/app.xml", app)]
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))


if __name__ == "__main__":
    build()
