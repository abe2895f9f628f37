#!/usr/bin/python3
"""Re-make docs/ondc-revision-timeline.xlsx byte for byte from tools/ondc-revision-timeline.txt.

The workbook is shaped as Excel for Microsoft 365 (build 16.0, Office 2023 theme with Aptos
Narrow) saves one: every XML part opens with a declaration and CRLF, zip entries deflated and
stamped 1980-01-01 00:00, parts in Excel's order; a shared-strings table (with rich-text runs for
bold "IMP:" labels), styles with two custom date formats, a frozen bold header row, merged year
bands, wrapped text with auto-fitted row heights, print titles and a footer.
Standard library only, deterministic.
Usage: make_xlsx.py [output path]
"""
import datetime
import hashlib
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ondc-revision-timeline.txt")
OUT = os.path.join(HERE, "..", "docs", "ondc-revision-timeline.xlsx")
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def guid(key):
    x = hashlib.md5(key.encode()).hexdigest().upper()
    return "{%s-%s-%s-%s-%s}" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:])


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parse():
    sheets, cur = [], None
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("[sheet "):
            cur = {"name": line[7:-1], "rows": []}
            sheets.append(cur)
        elif line.startswith("== "):
            cur["rows"].append(("band", line[3:]))
        else:
            cur["rows"].append(("row", line.split("\t")))
    return sheets


def serial(d):
    return (d - datetime.date(1899, 12, 30)).days


RUN_PR = '<sz val="11"/><color theme="1"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/>'


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
        out = []
        for s in self.items:
            if s.startswith("**"):
                bold, rest = s[2:].split("**", 1)
                out.append('<si><r><rPr><b/>%s</rPr><t>%s</t></r><r><rPr>%s</rPr><t xml:space="preserve">%s</t></r></si>'
                           % (RUN_PR, esc(bold), RUN_PR, esc(rest)))
            else:
                sp = ' xml:space="preserve"' if s != s.strip() else ""
                out.append("<si><t%s>%s</t></si>" % (sp, esc(s)))
        return (DECL + '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (NS, self.count, len(self.items), "".join(out)))


def col(i):
    return "ABC"[i]


def lines_needed(text, width):
    chars = max(1, int(width * 1.15))
    words, n, cur = text.replace("**", "").split(), 1, 0
    for w in words:
        if cur and cur + 1 + len(w) > chars:
            n += 1
            cur = len(w)
        else:
            cur = cur + 1 + len(w) if cur else len(w)
    return n


def sheet_xml(sheet, idx, sst, widths):
    rows, merges = [], []
    ncol = len(widths)
    last = 0
    for r, (kind, data) in enumerate(sheet["rows"], 1):
        last = r
        if r == 1:
            cells = "".join('<c r="%s%d" s="1" t="s"><v>%d</v></c>' % (col(i), r, sst.add(v)) for i, v in enumerate(data))
            rows.append('<row r="%d" spans="1:%d" s="1" customFormat="1" ht="18" customHeight="1" x14ac:dyDescent="0.3">%s</row>'
                        % (r, ncol, cells))
            continue
        if kind == "band":
            cells = '<c r="A%d" s="5" t="s"><v>%d</v></c>' % (r, sst.add(data)) + "".join(
                '<c r="%s%d" s="5"/>' % (col(i), r) for i in range(1, ncol))
            rows.append('<row r="%d" spans="1:%d" ht="19.8" customHeight="1" x14ac:dyDescent="0.3">%s</row>' % (r, ncol, cells))
            merges.append("A%d:%s%d" % (r, col(ncol - 1), r))
            continue
        cells, height = [], 1
        for i, v in enumerate(data):
            ref = "%s%d" % (col(i), r)
            if idx == 0 and i == 0 and v.startswith("d:"):
                y, m, d = map(int, v[2:].split("-"))
                cells.append('<c r="%s" s="2"><v>%d</v></c>' % (ref, serial(datetime.date(y, m, d))))
            elif idx == 0 and i == 0 and v.startswith("m:"):
                y, m = map(int, v[2:].split("-"))
                cells.append('<c r="%s" s="3"><v>%d</v></c>' % (ref, serial(datetime.date(y, m, 1))))
            else:
                style = 6 if (idx == 0 and i == 0) else 4
                cells.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, style, sst.add(v)))
                height = max(height, lines_needed(v, widths[i]))
        ht = ' ht="%s"' % ("%.1f" % (14.4 * height)).rstrip("0").rstrip(".") if height > 1 else ""
        rows.append('<row r="%d" spans="1:%d"%s x14ac:dyDescent="0.3">%s</row>' % (r, ncol, ht, "".join(cells)))
    cols = "".join('<col min="%d" max="%d" width="%s" style="%d" customWidth="1"/>'
                   % (i + 1, i + 1, w, 4 if i else (2 if idx == 0 else 4)) for i, w in enumerate(widths))
    if idx == 0:
        view = ('<sheetView tabSelected="1" zoomScale="90" zoomScaleNormal="90" workbookViewId="0"><pane ySplit="1" '
                'topLeftCell="A29" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B%d" '
                'sqref="B%d"/></sheetView>' % (last, last))
    else:
        view = ('<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>')
    merge = ('<mergeCells count="%d">%s</mergeCells>' % (len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges))
             if merges else "")
    footer = ("<headerFooter><oddFooter>&amp;L&amp;8ONDC revision timeline&amp;R&amp;8Page &amp;P of &amp;N</oddFooter>"
              "</headerFooter>" if idx == 0 else "")
    return (DECL + '<worksheet xmlns="%s" xmlns:r="%s" xmlns:mc="%s" mc:Ignorable="x14ac xr xr2 xr3" '
            'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
            'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
            'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
            'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="%s">'
            '<dimension ref="A1:%s%d"/><sheetViews>%s</sheetViews><sheetFormatPr defaultRowHeight="14.4" x14ac:dyDescent="0.3"/>'
            '<cols>%s</cols><sheetData>%s</sheetData>%s<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
            'header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="%s"/>%s</worksheet>'
            % (NS, RNS, MC, guid("sheet%d" % idx), col(ncol - 1), last, view, cols, "".join(rows), merge,
               "landscape" if idx == 0 else "portrait", footer))


def styles_xml():
    font = '<font>%s<sz val="11"/><color %s/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font>'
    return (DECL + '<styleSheet xmlns="%s" xmlns:mc="%s" mc:Ignorable="x14ac x16r2 xr" '
            'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
            'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
            'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">'
            '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\-mmm\\-yyyy"/>'
            '<numFmt numFmtId="165" formatCode="[$-409]mmm\\-yyyy;@"/></numFmts>'
            '<fonts count="3" x14ac:knownFonts="1">%s%s%s</fonts>'
            '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
            '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.59999389629810485"/><bgColor indexed="64"/>'
            '</patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/>'
            '</patternFill></fill></fills>'
            '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin">'
            '<color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/>'
            '</top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" '
            'applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" '
            'applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>'
            '<xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" '
            'applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>'
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">'
            '<alignment vertical="top" wrapText="1"/></xf>'
            '<xf numFmtId="0" fontId="2" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" '
            'applyAlignment="1"><alignment horizontal="left" vertical="center"/></xf>'
            '<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" '
            'applyAlignment="1"><alignment horizontal="left" vertical="top" wrapText="1"/></xf></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>'
            '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
            '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/'
            'spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>'
            '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/'
            'spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext>'
            '</extLst></styleSheet>'
            % (NS, MC, font % ("", 'theme="1"'), font % ("<b/>", 'theme="1"'), font % ("<b/>", 'rgb="FF7F6000"')))


def theme_xml():
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
               ("Uigh", "Microsoft Uighur", "Microsoft Uighur"), ("Geor", "Sylfaen", "Sylfaen"), ("Armn", "Arial", "Arial"),
               ("Bugi", "Leelawadee UI", "Leelawadee UI"), ("Bopo", "Microsoft JhengHei", "Microsoft JhengHei"),
               ("Java", "Javanese Text", "Javanese Text"), ("Lisu", "Segoe UI", "Segoe UI"), ("Mymr", "Myanmar Text", "Myanmar Text"),
               ("Nkoo", "Ebrima", "Ebrima"), ("Olck", "Nirmala UI", "Nirmala UI"), ("Osma", "Ebrima", "Ebrima"),
               ("Phag", "Phagspa", "Phagspa"), ("Syrn", "Estrangelo Edessa", "Estrangelo Edessa"),
               ("Syrj", "Estrangelo Edessa", "Estrangelo Edessa"), ("Syre", "Estrangelo Edessa", "Estrangelo Edessa"),
               ("Sora", "Nirmala UI", "Nirmala UI"), ("Tale", "Microsoft Tai Le", "Microsoft Tai Le"),
               ("Talu", "Microsoft New Tai Lue", "Microsoft New Tai Lue"), ("Tfng", "Ebrima", "Ebrima")]
    major = "".join('<a:font script="%s" typeface="%s"/>' % (s, a) for s, a, b in scripts)
    minor = "".join('<a:font script="%s" typeface="%s"/>' % (s, b) for s, a, b in scripts)
    gs = lambda items: "".join('<a:gs pos="%d"><a:schemeClr val="phClr">%s</a:schemeClr></a:gs>' % i for i in items)
    return (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
            '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
            '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E2841"/></a:dk2><a:lt2>'
            '<a:srgbClr val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/></a:accent1><a:accent2><a:srgbClr '
            'val="E97132"/></a:accent2><a:accent3><a:srgbClr val="196B24"/></a:accent3><a:accent4><a:srgbClr val="0F9ED5"/>'
            '</a:accent4><a:accent5><a:srgbClr val="A02B93"/></a:accent5><a:accent6><a:srgbClr val="4EA72E"/></a:accent6>'
            '<a:hlink><a:srgbClr val="467886"/></a:hlink><a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme>'
            '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Aptos Display" panose="02110004020202020204"/>'
            '<a:ea typeface=""/><a:cs typeface=""/>%s</a:majorFont><a:minorFont><a:latin typeface="Aptos Narrow" '
            'panose="02110004020202020204"/><a:ea typeface=""/><a:cs typeface=""/>%s</a:minorFont></a:fontScheme>'
            '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
            '<a:gradFill rotWithShape="1"><a:gsLst>%s</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
            '<a:gradFill rotWithShape="1"><a:gsLst>%s</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill></a:fillStyleLst>'
            '<a:lnStyleLst><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
            '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>'
            '<a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="25400" '
            'cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/>'
            '<a:miter lim="800000"/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>'
            '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" '
            'dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw>'
            '</a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/>'
            '</a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr>'
            '</a:solidFill><a:gradFill rotWithShape="1"><a:gsLst>%s</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
            '</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults><a:lnDef><a:spPr/><a:bodyPr/><a:lstStyle/>'
            '<a:style><a:lnRef idx="2"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="0"><a:schemeClr val="accent1"/>'
            '</a:fillRef><a:effectRef idx="1"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr '
            'val="tx1"/></a:fontRef></a:style></a:lnDef></a:objectDefaults><a:extraClrSchemeLst/><a:extLst><a:ext '
            'uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}"><thm15:themeFamily xmlns:thm15="http://schemas.microsoft.com/office/'
            'thememl/2012/main" name="Office Theme" id="{2E142A2C-CD16-42D6-873A-C26D2A0506FA}" '
            'vid="{1BDDFF52-6CD6-40A5-AB3C-68EB2F1E4D0A}"/></a:ext></a:extLst></a:theme>'
            % (major, minor,
               gs([(0, '<a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/>'),
                   (50000, '<a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/>'),
                   (100000, '<a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/>')]),
               gs([(0, '<a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/>'),
                   (50000, '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/>'),
                   (100000, '<a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/>')]),
               gs([(0, '<a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/>'),
                   (50000, '<a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/><a:lumMod val="103000"/>'),
                   (100000, '<a:shade val="63000"/><a:satMod val="120000"/>')])))


def rels(items):
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
            % "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % i for i in items))


def build(out_path):
    sheets = parse()
    sst = SST()
    widths = [["16.77734375", "58.77734375", "62.77734375"], ["24.77734375", "100.77734375"]]
    wnum = [[16.8, 58.8, 62.8], [24.8, 100.8]]
    sheet_parts = []
    for i, s in enumerate(sheets):
        x = sheet_xml(s, i, sst, wnum[i])
        for a, b in zip(wnum[i], widths[i]):
            x = x.replace('width="%s"' % a, 'width="%s"' % b)
        sheet_parts.append(x)
    n_rows0 = len(sheets[0]["rows"])
    workbook = (DECL + '<workbook xmlns="%s" xmlns:r="%s" xmlns:mc="%s" mc:Ignorable="x15 xr xr6 xr10 xr2" '
                'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
                'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
                'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
                'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
                'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
                '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28526"/>'
                '<workbookPr defaultThemeVersion="202300"/><mc:AlternateContent xmlns:mc="%s"><mc:Choice Requires="x15">'
                '<x15ac:absPath url="C:\\Users\\rohan\\OneDrive\\UPSC\\GS3 Economy\\" '
                'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>'
                '<xr:revisionPtr revIDLastSave="0" documentId="8_{%s}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" '
                'xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/><bookViews><workbookView xWindow="-108" '
                'yWindow="-108" windowWidth="23256" windowHeight="12456" xr2:uid="%s"/></bookViews><sheets>%s</sheets>'
                '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">Timeline!$1:$1</definedName>'
                '</definedNames><calcPr calcId="191029"/><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" '
                'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr '
                'chartTrackingRefBase="1"/></ext><ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" '
                'xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures"><xcalcf:calcFeatures>'
                '<xcalcf:feature name="microsoft.com:RD"/><xcalcf:feature name="microsoft.com:Single"/><xcalcf:feature '
                'name="microsoft.com:FV"/><xcalcf:feature name="microsoft.com:CNMTM"/><xcalcf:feature '
                'name="microsoft.com:LET_WF"/><xcalcf:feature name="microsoft.com:LAMBDA_WF"/><xcalcf:feature '
                'name="microsoft.com:ARRAYTEXT_WF"/></xcalcf:calcFeatures></ext></extLst></workbook>'
                % (NS, RNS, MC, MC, guid("doc")[1:-1], guid("view"),
                   "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (s["name"], i + 1, i + 1)
                           for i, s in enumerate(sheets))))
    ct = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(sheets)))
          + '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    app = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel'
           '</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="4" '
           'baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>%d</vt:i4>'
           '</vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>'
           '</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="%d" baseType="lpstr">%s<vt:lpstr>Timeline!Print_Titles'
           '</vt:lpstr></vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false'
           '</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
           % (len(sheets), len(sheets) + 1, "".join("<vt:lpstr>%s</vt:lpstr>" % s["name"] for s in sheets)))
    core = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Rohan Patil</dc:creator><cp:lastModifiedBy>Rohan Patil</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-02-11T09:22:41Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-05T16:03:27Z</dcterms:modified></cp:coreProperties>')
    parts = [("[Content_Types].xml", ct),
             ("_rels/.rels", rels([("rId3", RT + "extended-properties", "docProps/app.xml"),
                                   ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                                    "docProps/core.xml"),
                                   ("rId1", RT + "officeDocument", "xl/workbook.xml")])),
             ("xl/workbook.xml", workbook),
             ("xl/_rels/workbook.xml.rels", rels([("rId3", RT + "theme", "theme/theme1.xml"),
                                                  ("rId2", RT + "worksheet", "worksheets/sheet2.xml"),
                                                  ("rId1", RT + "worksheet", "worksheets/sheet1.xml"),
                                                  ("rId5", RT + "sharedStrings", "sharedStrings.xml"),
                                                  ("rId4", RT + "styles", "styles.xml")]))]
    for i, x in enumerate(sheet_parts):
        parts.append(("xl/worksheets/sheet%d.xml" % (i + 1), x))
    parts += [("xl/theme/theme1.xml", theme_xml()), ("xl/styles.xml", styles_xml()),
              ("xl/sharedStrings.xml", sst.xml()), ("docProps/core.xml", core), ("docProps/app.xml", app)]
    with zipfile.ZipFile(out_path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"), compresslevel=6)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
