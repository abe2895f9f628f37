#!/usr/bin/python3
"""Re-make docs/inflation-india-revision-table.xlsx from tools/inflation-india-revision-table.txt.

Writes the workbook as Microsoft Excel for Microsoft 365 (Windows, build 16.0) saves one, with the
standard library only: a zip whose entries are deflated and stamped 1980-01-01 00:00 (as Excel
stamps them), in Excel's order ([Content_Types].xml, _rels, workbook, its rels, the two sheets,
theme, styles, sharedStrings, calcChain, core and app properties); every XML part starts with the
declaration with standalone="yes" and a CRLF.  Text cells go through the shared-strings table
(bold runs become rich-text runs, Alt+Enter breaks stay as line feeds); dates are serial numbers
with a dd-mmm-yyyy number format; month-year labels typed as text carry quotePrefix; the title
and group rows are merged cells; panes are frozen under the header row (and after column A on
'Concepts'), which also has an AutoFilter and print titles.  Usage: make_xlsx.py [output path]
"""
import datetime
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "inflation-india-revision-table.txt")
OUT = os.path.join(HERE, "..", "docs", "inflation-india-revision-table.xlsx")
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HIGHLIGHT = {"Base effect", "WPI", "Core inflation", "Target: 4% ± 2%", "Failure to meet target", "MPC"}
WIDTHS = {"Concepts": [26.33203125, 62.77734375, 58.5546875], "Timeline": [13.5546875, 70.109375, 46.0]}

# cellXfs indexes
S_TITLE, S_NOTE, S_HEAD, S_GROUP, S_BODY, S_TERM, S_TERM_HI, S_NUM, S_DATE, S_TOTAL, S_TEXTDATE = range(1, 12)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parse(text):
    sheets = []
    for line in text.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@sheet "):
            sheets.append({"name": line[7:].strip(), "rows": []})
            continue
        sh = sheets[-1]
        if line.startswith("@title "):
            sh["rows"].append(("title", [line[7:]]))
        elif line.startswith("@note "):
            sh["rows"].append(("note", [line[6:]]))
        elif line.startswith("@header "):
            sh["rows"].append(("header", [c.strip() for c in line[8:].split("|")]))
        elif line.startswith("== "):
            sh["rows"].append(("group", [line[3:]]))
        else:
            cells = [c.strip() for c in line.split("|")]
            kind = "sub" if cells[0] == "Group" else "row"
            sh["rows"].append((kind, cells))
    return sheets


class SST:
    def __init__(self):
        self.items, self.index, self.count = [], {}, 0

    def add(self, s):
        self.count += 1
        if s not in self.index:
            self.index[s] = len(self.items)
            self.items.append(s)
        return self.index[s]

    def xml(self):
        out = [DECL, '<sst xmlns="%s" count="%d" uniqueCount="%d">' % (NS, self.count, len(self.items))]
        rpr = '<sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/>'
        for s in self.items:
            s = s.replace("\\n", "\n")
            if "**" in s:
                parts = re.split(r"(\*\*.+?\*\*)", s)
                runs, first = [], True
                for p in parts:
                    if not p:
                        continue
                    bold = p.startswith("**")
                    t = p[2:-2] if bold else p
                    sp = ' xml:space="preserve"' if t != t.strip() else ""
                    if first and not bold:
                        runs.append("<r><t%s>%s</t></r>" % (sp, esc(t)))
                    else:
                        runs.append("<r><rPr>%s%s</rPr><t%s>%s</t></r>" % ("<b/>" if bold else "", rpr, sp, esc(t)))
                    first = False
                out.append("<si>%s</si>" % "".join(runs))
            else:
                sp = ' xml:space="preserve"' if s != s.strip() else ""
                out.append("<si><t%s>%s</t></si>" % (sp, esc(s)))
        out.append("</sst>")
        return "".join(out)


def col(i):
    return "ABC"[i]


def serial(iso):
    d = datetime.date(*map(int, iso.split("-")))
    return (d - datetime.date(1899, 12, 30)).days


def row_height(cells, widths):
    lines = 1
    for i, c in enumerate(cells):
        if i >= len(widths) or not c:
            continue
        n = 0
        for part in c.replace("**", "").split("\\n"):
            n += max(1, math.ceil(len(part) / (widths[i] * 1.12)))
        lines = max(lines, n)
    return lines


def fmt_ht(h):
    s = ("%.1f" % h).rstrip("0").rstrip(".")
    return s


def sheet_xml(idx, sh, sst, calc):
    name, rows = sh["name"], sh["rows"]
    widths = WIDTHS[name]
    out_rows, merges = [], []
    header_row = 0
    first_data = None
    for r, (kind, cells) in enumerate(rows, 1):
        cs = []
        if kind in ("title", "note", "group"):
            st = {"title": S_TITLE, "note": S_NOTE, "group": S_GROUP}[kind]
            cs.append('<c r="A%d" s="%d" t="s"><v>%d</v></c>' % (r, st, sst.add(cells[0])))
            cs.append('<c r="B%d" s="%d"/>' % (r, st))
            cs.append('<c r="C%d" s="%d"/>' % (r, st))
            merges.append("A%d:C%d" % (r, r))
            ht = {"title": "21", "note": "28.8", "group": "15.6"}[kind]
            extra = ' ht="%s" customHeight="1"' % ht if kind != "group" else ' ht="%s"' % ht
            dy = ' x14ac:dyDescent="0.4"' if kind == "title" else ' x14ac:dyDescent="0.3"'
            out_rows.append('<row r="%d" spans="1:3"%s%s>%s</row>' % (r, extra, dy, "".join(cs)))
            continue
        if kind == "header":
            header_row = r
            for i, c in enumerate(cells):
                cs.append('<c r="%s%d" s="%d" t="s"><v>%d</v></c>' % (col(i), r, S_HEAD, sst.add(c)))
            out_rows.append('<row r="%d" spans="1:3" ht="18" customHeight="1" x14ac:dyDescent="0.3">%s</row>'
                            % (r, "".join(cs)))
            continue
        if first_data is None:
            first_data = r
        for i, c in enumerate(cells):
            if i == 0:
                if kind == "sub":
                    st = S_HEAD
                elif name == "Concepts":
                    st = S_TERM_HI if c in HIGHLIGHT else S_TERM
                elif re.match(r"^[A-Z][a-z]{2}-\d{4}$", c):
                    st = S_TEXTDATE
                else:
                    st = S_BODY
            else:
                st = S_HEAD if kind == "sub" else S_BODY
            ref = "%s%d" % (col(i), r)
            if not c:
                cs.append('<c r="%s" s="%d"/>' % (ref, st))
            elif c.startswith("d:"):
                cs.append('<c r="%s" s="%d"><v>%d</v></c>' % (ref, S_DATE, serial(c[2:])))
            elif c.startswith("n:"):
                cs.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, S_NUM, c[2:]))
            elif c.startswith("f:"):
                f, v = c[2:].split("=")
                cs.append('<c r="%s" s="%d"><f>%s</f><v>%s</v></c>' % (ref, S_TOTAL, esc(f), v))
                calc.append((ref, idx))
            else:
                cs.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, st, sst.add(c)))
        for i in range(len(cells), 3):
            cs.append('<c r="%s%d" s="%d"/>' % (col(i), r, S_BODY))
        n = row_height(cells, widths)
        ht = ' ht="%s"' % fmt_ht(14.4 * n) if n > 1 else ""
        out_rows.append('<row r="%d" spans="1:3"%s x14ac:dyDescent="0.3">%s</row>' % (r, ht, "".join(cs)))
    last = len(rows)
    if name == "Concepts":
        pane = ('<pane xSplit="1" ySplit="%d" topLeftCell="B%d" activePane="bottomRight" state="frozen"/>'
                '<selection pane="topRight" activeCell="B1" sqref="B1"/>'
                '<selection pane="bottomLeft" activeCell="A4" sqref="A4"/>'
                '<selection pane="bottomRight" activeCell="C31" sqref="C31"/>' % (header_row, header_row + 1))
        view = '<sheetView tabSelected="1" zoomScale="90" zoomScaleNormal="90" workbookViewId="0">'
        uid = "{6F2C1B0A-9D3E-4C71-8E25-3A4B5C6D7E81}"
        sheetpr = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        autof = '<autoFilter ref="A%d:C%d" xr:uid="{0B7E3C44-51A2-4F0D-9C6B-2E8D7A1F3C55}"/>' % (header_row, last)
        head = '&amp;L&amp;"-,Bold"Inflation – revision table&amp;RGS3 Economy'
    else:
        pane = ('<pane ySplit="%d" topLeftCell="A%d" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="B29" sqref="B29"/>' % (header_row, header_row + 1))
        view = '<sheetView zoomScale="90" zoomScaleNormal="90" workbookViewId="0">'
        uid = "{A4D19E37-2B6C-4E8F-B1D0-7C3E5F9A2B64}"
        sheetpr = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        autof = ""
        head = '&amp;L&amp;"-,Bold"Inflation – timeline&amp;RGS3 Economy'
    cols = "".join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, repr(w))
                   for i, w in enumerate(widths))
    merge = '<mergeCells count="%d">%s</mergeCells>' % (len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges))
    return (DECL +
            '<worksheet xmlns="%s" xmlns:r="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
            'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
            'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
            'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="%s">' % (NS, R, uid) +
            sheetpr + '<dimension ref="A1:C%d"/><sheetViews>%s%s</sheetView></sheetViews>' % (last, view, pane) +
            '<sheetFormatPr defaultRowHeight="14.4" x14ac:dyDescent="0.3"/><cols>%s</cols>' % cols +
            "<sheetData>%s</sheetData>" % "".join(out_rows) + autof + merge +
            '<pageMargins left="0.51181102362204722" right="0.51181102362204722" top="0.74803149606299213" '
            'bottom="0.74803149606299213" header="0.31496062992125984" footer="0.31496062992125984"/>'
            '<pageSetup paperSize="9" scale="84" fitToHeight="0" orientation="landscape" verticalDpi="300"/>'
            '<headerFooter><oddHeader>%s</oddHeader><oddFooter>&amp;LIshita V.&amp;CPage &amp;P of &amp;N&amp;R&amp;D</oddFooter></headerFooter>'
            % head + "</worksheet>"), last, header_row


STYLES = (DECL +
    '<styleSheet xmlns="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
    'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
    'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">' % NS +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mmm\\-yyyy"/></numFmts>'
    '<fonts count="5" x14ac:knownFonts="1">'
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><b/><sz val="16"/><color theme="4" tint="-0.499984740745262"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><i/><sz val="9"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><b/><sz val="11"/><color theme="0"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '</fonts>'
    '<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor theme="4" tint="-0.249977111117893"/><bgColor indexed="64"/></patternFill></fill>'
    '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill>'
    '</fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>'
    '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="12">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="center"/></xf>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="3" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="4" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="4" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="4" fillId="4" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="2" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>'
    '<xf numFmtId="2" fontId="4" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" quotePrefix="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top" wrapText="1"/></xf>'
    '</cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
    '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    '<x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>'
    '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
    '<x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>')


def theme():
    A = "http://schemas.openxmlformats.org/drawingml/2006/main"
    scripts = [("Jpan", "游ゴシック Light", "游ゴシック"), ("Hang", "맑은 고딕", "맑은 고딕"), ("Hans", "等线 Light", "等线"),
               ("Hant", "新細明體", "新細明體"), ("Arab", "Times New Roman", "Arial"), ("Hebr", "Times New Roman", "Arial"),
               ("Thai", "Tahoma", "Tahoma"), ("Ethi", "Nyala", "Nyala"), ("Beng", "Vrinda", "Vrinda"),
               ("Gujr", "Shruti", "Shruti"), ("Khmr", "MoolBoran", "DaunPenh"), ("Knda", "Tunga", "Tunga"),
               ("Guru", "Raavi", "Raavi"), ("Cans", "Euphemia", "Euphemia"), ("Cher", "Plantagenet Cherokee", "Plantagenet Cherokee"),
               ("Yiii", "Microsoft Yi Baiti", "Microsoft Yi Baiti"), ("Tibt", "Microsoft Himalaya", "Microsoft Himalaya"),
               ("Thaa", "MV Boli", "MV Boli"), ("Deva", "Mangal", "Mangal"), ("Telu", "Gautami", "Gautami"),
               ("Taml", "Latha", "Latha"), ("Syrc", "Estrangelo Edessa", "Estrangelo Edessa"), ("Orya", "Kalinga", "Kalinga"),
               ("Mlym", "Kartika", "Kartika"), ("Laoo", "DokChampa", "DokChampa"), ("Sinh", "Iskoola Pota", "Iskoola Pota"),
               ("Mong", "Mongolian Baiti", "Mongolian Baiti"), ("Viet", "Times New Roman", "Arial"),
               ("Uigh", "Microsoft Uighur", "Microsoft Uighur"), ("Geor", "Sylfaen", "Sylfaen"),
               ("Armn", "Arial", "Arial"), ("Bugi", "Leelawadee UI", "Leelawadee UI"), ("Bopo", "Microsoft JhengHei", "Microsoft JhengHei"),
               ("Java", "Javanese Text", "Javanese Text"), ("Lisu", "Segoe UI", "Segoe UI"), ("Mymr", "Myanmar Text", "Myanmar Text"),
               ("Nkoo", "Ebrima", "Ebrima"), ("Olck", "Nirmala UI", "Nirmala UI"), ("Osma", "Ebrima", "Ebrima"),
               ("Phag", "Phagspa", "Phagspa"), ("Syrn", "Estrangelo Edessa", "Estrangelo Edessa"),
               ("Syrj", "Estrangelo Edessa", "Estrangelo Edessa"), ("Syre", "Estrangelo Edessa", "Estrangelo Edessa"),
               ("Sora", "Nirmala UI", "Nirmala UI"), ("Tale", "Microsoft Tai Le", "Microsoft Tai Le"),
               ("Talu", "Microsoft New Tai Lue", "Microsoft New Tai Lue"), ("Tfng", "Ebrima", "Ebrima")]
    major = "".join('<a:font script="%s" typeface="%s"/>' % (s, m) for s, m, _ in scripts)
    minor = "".join('<a:font script="%s" typeface="%s"/>' % (s, n) for s, _, n in scripts)
    clr = ('<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
           '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>'
           '<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>'
           '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>'
           '<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>'
           '<a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>'
           '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>')
    fonts = ('<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
             '<a:ea typeface=""/><a:cs typeface=""/>%s</a:majorFont><a:minorFont>'
             '<a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/>%s'
             '</a:minorFont></a:fontScheme>' % (major, minor))
    grad = ('<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/>'
            '<a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr">'
            '<a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/></a:schemeClr></a:gs><a:gs pos="100000">'
            '<a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/></a:schemeClr>'
            '</a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>')
    grad2 = ('<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:satMod val="103000"/>'
             '<a:lumMod val="102000"/><a:tint val="94000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr">'
             '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/></a:schemeClr></a:gs><a:gs pos="100000">'
             '<a:schemeClr val="phClr"><a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/></a:schemeClr>'
             '</a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>')
    grad3 = ('<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="93000"/>'
             '<a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/></a:schemeClr></a:gs><a:gs pos="50000">'
             '<a:schemeClr val="phClr"><a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/>'
             '<a:lumMod val="103000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:shade val="63000"/>'
             '<a:satMod val="120000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>')
    ln = "".join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
                 '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' % w for w in (6350, 12700, 19050))
    eff = ('<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
           '<a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0">'
           '<a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle>'
           '</a:effectStyleLst>')
    fmt = ('<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>%s%s'
           '</a:fillStyleLst><a:lnStyleLst>%s</a:lnStyleLst>%s<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/>'
           '</a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr>'
           '</a:solidFill>%s</a:bgFillStyleLst></a:fmtScheme>' % (grad, grad2, ln, eff, grad3))
    return (DECL + '<a:theme xmlns:a="%s" name="Office Theme"><a:themeElements>%s%s%s</a:themeElements>'
            '<a:objectDefaults/><a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}">'
            '<thm15:themeFamily xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
            'id="{62F939B6-93AF-4DB8-9C6B-D6C7DFDC589F}" vid="{4A3C46E8-61CC-4603-A589-7422A47A8E4A}"/></a:ext></a:extLst>'
            '</a:theme>' % (A, clr, fonts, fmt))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    sheets = parse(open(SRC, encoding="utf-8").read())
    sst, calc = SST(), []
    parts_sheets, info = [], []
    for i, sh in enumerate(sheets, 1):
        xml, last, head = sheet_xml(i, sh, sst, calc)
        parts_sheets.append(xml)
        info.append((sh["name"], last, head))
    ct = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    (n1, last1, h1), (n2, last2, h2) = info
    wb = (DECL + '<workbook xmlns="%s" xmlns:r="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
          'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
          'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
          'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
          'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">' % (NS, R) +
          '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28526"/>'
          '<workbookPr defaultThemeVersion="166925"/>'
          '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15">'
          '<x15ac:absPath url="C:\\Users\\Ishita\\OneDrive\\Documents\\UPSC 2026\\Economy\\" '
          'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>'
          '<xr:revisionPtr revIDLastSave="412" documentId="8_{2E5B7A19-4C3D-4B8E-9F61-0D7C2A5E8B13}" '
          'xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{C1F0A2B3-7D64-4E59-8A2C-5B9E3D1F6A07}"/>'
          '<bookViews><workbookView xWindow="-108" yWindow="-108" windowWidth="23256" windowHeight="12456" '
          'xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/><sheet name="%s" sheetId="2" r:id="rId2"/></sheets>' % (n1, n2) +
          '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">%s!$A$%d:$C$%d</definedName>'
          '<definedName name="_xlnm.Print_Titles" localSheetId="0">%s!$%d:$%d</definedName>'
          '<definedName name="_xlnm.Print_Titles" localSheetId="1">%s!$%d:$%d</definedName></definedNames>'
          % (n1, h1, last1, n1, h1, h1, n2, h2, h2) +
          '<calcPr calcId="191029"/><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" '
          'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext>'
          '<ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures">'
          '<xcalcf:calcFeatures><xcalcf:feature name="microsoft.com:RD"/><xcalcf:feature name="microsoft.com:Single"/>'
          '<xcalcf:feature name="microsoft.com:FV"/><xcalcf:feature name="microsoft.com:CNMTM"/>'
          '<xcalcf:feature name="microsoft.com:LET_WF"/><xcalcf:feature name="microsoft.com:LAMBDA_WF"/>'
          '<xcalcf:feature name="microsoft.com:ARRAYTEXT_WF"/></xcalcf:calcFeatures></ext></extLst></workbook>')
    wbrels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>'
              '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>')
    calcchain = (DECL + '<calcChain xmlns="%s">%s</calcChain>'
                 % (NS, "".join('<c r="%s" i="%d" l="1"/>' % (ref, i) for ref, i in calc)))
    core = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Ishita Verma</dc:creator><cp:lastModifiedBy>Ishita Verma</cp:lastModifiedBy>'
            '<cp:lastPrinted>2025-08-10T05:21:37Z</cp:lastPrinted>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-21T09:12:44Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-11-16T17:48:03Z</dcterms:modified></cp:coreProperties>')
    app = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>'
           '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="4" baseType="variant">'
           '<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>'
           '<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector>'
           '</HeadingPairs><TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>%s</vt:lpstr><vt:lpstr>%s</vt:lpstr>'
           '<vt:lpstr>%s!Print_Titles</vt:lpstr><vt:lpstr>%s!Print_Titles</vt:lpstr></vt:vector></TitlesOfParts>'
           '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
           '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>' % (n1, n2, n1, n2))
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", parts_sheets[0]),
             ("xl/worksheets/sheet2.xml", parts_sheets[1]), ("xl/theme/theme1.xml", theme()),
             ("xl/styles.xml", STYLES), ("xl/sharedStrings.xml", sst.xml()), ("xl/calcChain.xml", calcchain),
             ("docProps/core.xml", core), ("docProps/app.xml", app)]
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"), compresslevel=6)


if __name__ == "__main__":
    main()
