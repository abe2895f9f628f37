#!/usr/bin/python3
"""Re-make docs/gst-study-group.xlsx from tools/gst-study-group.txt.

Run from anywhere: /usr/bin/python3 tools/make_xlsx.py
Standard library only. The workbook is written the way Excel 2016+ writes one: parts in Excel's
order, a shared-strings table, a theme, styles with a custom date format, frozen header rows,
an autofilter on 'Basics', formulas with cached values on 'Rate slabs' and date serials on
'Council timeline'. Zip timestamps are fixed (1980-01-01) so the output is byte for byte the same.
"""
import datetime
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gst-study-group.txt")
OUT = os.path.join(HERE, "..", "docs", "gst-study-group.xlsx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS_X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"

# cellXfs indexes (see STYLES)
S_HEAD, S_WRAP, S_DATE, S_NUM = 1, 2, 3, 4


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def t_elem(text):
    if text != text.strip() or "\n" in text:
        return '<t xml:space="preserve">%s</t>' % esc(text)
    return "<t>%s</t>" % esc(text)


RPR = '<sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/>'


def si_xml(text):
    if text.startswith("**") and "**" in text[2:]:
        end = text.index("**", 2)
        bold, rest = text[2:end], text[end + 2:]
        return ("<si><r><rPr><b/>%s</rPr>%s</r><r><rPr>%s</rPr>%s</r></si>"
                % (RPR, t_elem(bold), RPR, t_elem(rest)))
    return "<si>%s</si>" % t_elem(text)


def fmt_num(v):
    if float(v).is_integer():
        return str(int(v))
    return repr(float(v))


def parse():
    sheets, cur = [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("# ") or not line.strip():
                continue
            if line.startswith("@sheet "):
                cur = {"name": line[7:], "cols": [], "filter": False, "rows": []}
                sheets.append(cur)
            elif line.startswith("@cols "):
                cur["cols"] = [float(w) for w in line[6:].split("|")]
            elif line == "@filter":
                cur["filter"] = True
            else:
                cur["rows"].append([c.replace("\\n", "\n") for c in line.split("\t")])
    return sheets


def build():
    sheets = parse()
    strings, index = [], {}

    def sst(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    n_refs = 0
    sheet_xml = []
    epoch = datetime.date(1899, 12, 30)
    for si, sh in enumerate(sheets):
        ncols = max(len(r) for r in sh["rows"])
        last = "%s%d" % (col_letter(ncols - 1), len(sh["rows"]))
        rows_xml = []
        for ri, row in enumerate(sh["rows"], 1):
            cells = []
            values = {}
            for ci, text in enumerate(row):
                ref = "%s%d" % (col_letter(ci), ri)
                if text == "":
                    continue
                if ri == 1:
                    cells.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, S_HEAD, sst(text)))
                    n_refs += 1
                elif text.startswith("#date "):
                    d = datetime.date.fromisoformat(text[6:])
                    cells.append('<c r="%s" s="%d"><v>%d</v></c>' % (ref, S_DATE, (d - epoch).days))
                elif text.startswith("="):
                    formula = text[1:]
                    src = values[formula.split("/")[0]]
                    val = src / 2 if "/2" in formula else src
                    cells.append('<c r="%s" s="%d"><f>%s</f><v>%s</v></c>'
                                 % (ref, S_NUM, esc(formula), fmt_num(val)))
                else:
                    try:
                        num = float(text)
                    except ValueError:
                        num = None
                    if num is not None:
                        values[ref] = num
                        cells.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, S_NUM, fmt_num(num)))
                    else:
                        cells.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, S_WRAP, sst(text)))
                        n_refs += 1
            rows_xml.append('<row r="%d" spans="1:%d" x14ac:dyDescent="0.3">%s</row>'
                            % (ri, ncols, "".join(cells)))
        cols = "".join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, repr(w + 0.7109375))
                       for i, w in enumerate(sh["cols"]))
        view = ('<sheetViews><sheetView %sworkbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
                'sqref="A2"/></sheetView></sheetViews>' % ('tabSelected="1" ' if si == 0 else ""))
        xml = (DECL + '<worksheet xmlns="%s" xmlns:r="%s" xmlns:mc="%s" mc:Ignorable="x14ac" xmlns:x14ac="%s">'
               '<dimension ref="A1:%s"/>%s<sheetFormatPr defaultRowHeight="14.4" x14ac:dyDescent="0.3"/>'
               '<cols>%s</cols><sheetData>%s</sheetData>%s'
               '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
               '<pageSetup paperSize="9" orientation="landscape"/></worksheet>'
               % (NS_MAIN, NS_R, NS_MC, NS_X14AC, last, view, cols, "".join(rows_xml),
                  '<autoFilter ref="A1:%s"/>' % last if sh["filter"] else ""))
        sheet_xml.append((xml, last))

    shared = (DECL + '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
              % (NS_MAIN, n_refs, len(strings), "".join(si_xml(s) for s in strings)))

    names = [sh["name"] for sh in sheets]
    defined = "".join('<definedName name="_xlnm._FilterDatabase" localSheetId="%d" hidden="1">%s!$A$1:$%s</definedName>'
                      % (i, qname(sh["name"]), "$".join(split_ref(sheet_xml[i][1])))
                      for i, sh in enumerate(sheets) if sh["filter"])
    workbook = (DECL + '<workbook xmlns="%s" xmlns:r="%s" xmlns:mc="%s" mc:Ignorable="x15" '
                'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
                '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
                '<workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-108" '
                'yWindow="-108" windowWidth="23256" windowHeight="12456"/></bookViews><sheets>%s</sheets>'
                '<definedNames>%s</definedNames><calcPr calcId="191029"/></workbook>'
                % (NS_MAIN, NS_R, NS_MC,
                   "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (esc(n), i + 1, i + 1)
                           for i, n in enumerate(names)), defined))
    n = len(sheets)
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    wb_rels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join('<Relationship Id="rId%d" Type="%sworksheet" Target="worksheets/sheet%d.xml"/>'
                         % (i + 1, rel, i + 1) for i in range(n))
               + '<Relationship Id="rId%d" Type="%stheme" Target="theme/theme1.xml"/>' % (n + 1, rel)
               + '<Relationship Id="rId%d" Type="%sstyles" Target="styles.xml"/>' % (n + 2, rel)
               + '<Relationship Id="rId%d" Type="%ssharedStrings" Target="sharedStrings.xml"/>' % (n + 3, rel)
               + "</Relationships>")
    root_rels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                 'metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId1" Type="%sofficeDocument" Target="xl/workbook.xml"/></Relationships>'
                 % (rel, rel))
    ct = "application/vnd.openxmlformats-officedocument."
    content_types = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" ContentType="%sspreadsheetml.sheet.main+xml"/>' % ct
                     + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="%sspreadsheetml.worksheet+xml"/>'
                               % (i + 1, ct) for i in range(n))
                     + '<Override PartName="/xl/theme/theme1.xml" ContentType="%stheme+xml"/>' % ct
                     + '<Override PartName="/xl/styles.xml" ContentType="%sspreadsheetml.styles+xml"/>' % ct
                     + '<Override PartName="/xl/sharedStrings.xml" ContentType="%sspreadsheetml.sharedStrings+xml"/>' % ct
                     + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                     + '<Override PartName="/docProps/app.xml" ContentType="%sextended-properties+xml"/>' % ct
                     + "</Types>")
    core = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Riya Sharma</dc:creator><cp:lastModifiedBy>Kabir</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-14T10:22:31Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-09-27T16:48:05Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
           '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr>'
           '</vt:variant><vt:variant><vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs>'
           '<TitlesOfParts><vt:vector size="%d" baseType="lpstr">%s</vt:vector></TitlesOfParts>'
           '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
           '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
           % (n, n, "".join("<vt:lpstr>%s</vt:lpstr>" % esc(x) for x in names)))

    parts = [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
             ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", wb_rels)]
    parts += [("xl/worksheets/sheet%d.xml" % (i + 1), x) for i, (x, _) in enumerate(sheet_xml)]
    parts += [("xl/theme/theme1.xml", THEME), ("xl/styles.xml", STYLES),
              ("xl/sharedStrings.xml", shared), ("docProps/core.xml", core), ("docProps/app.xml", app)]
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


def qname(name):
    return "'%s'" % name if " " in name else name


def split_ref(ref):
    col = "".join(ch for ch in ref if ch.isalpha())
    return [col, ref[len(col):]]


STYLES = (DECL + '<styleSheet xmlns="%s" xmlns:mc="%s" mc:Ignorable="x14ac x16r2 xr" '
          'xmlns:x14ac="%s" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
          'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mmm\\-yyyy"/></numFmts>'
          '<fonts count="2" x14ac:knownFonts="1">'
          '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
          '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
          '</fonts><fills count="3"><fill><patternFill patternType="none"/></fill>'
          '<fill><patternFill patternType="gray125"/></fill>'
          '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/>'
          '<bgColor indexed="64"/></patternFill></fill></fills>'
          '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
          '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>'
          '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom>'
          '<diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" '
          'applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">'
          '<alignment vertical="top" wrapText="1"/></xf>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" '
          'applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">'
          '<alignment horizontal="center" vertical="top"/></xf></cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" '
          'defaultPivotStyle="PivotStyleLight16"/></styleSheet>' % (NS_MAIN, NS_MC, NS_X14AC))

THEME = (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
         '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
         '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>'
         '<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>'
         '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>'
         '<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>'
         '<a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>'
         '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
         '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
         '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont>'
         '<a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/>'
         '</a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/>'
         '<a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="50000">'
         '<a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/>'
         '</a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/>'
         '<a:satMod val="109000"/><a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst>'
         '<a:lin ang="5400000" scaled="0"/></a:gradFill>'
         '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:satMod val="103000"/>'
         '<a:lumMod val="102000"/><a:tint val="94000"/></a:schemeClr></a:gs><a:gs pos="50000">'
         '<a:schemeClr val="phClr"><a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/>'
         '</a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="99000"/>'
         '<a:satMod val="120000"/><a:shade val="78000"/></a:schemeClr></a:gs></a:gsLst>'
         '<a:lin ang="5400000" scaled="0"/></a:gradFill></a:fillStyleLst><a:lnStyleLst>'
         '<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
         '<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
         '<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst><a:effectStyleLst>'
         '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
         '<a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" '
         'rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw>'
         '</a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr">'
         '<a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill>'
         '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="93000"/>'
         '<a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/></a:schemeClr></a:gs>'
         '<a:gs pos="50000"><a:schemeClr val="phClr"><a:tint val="98000"/><a:satMod val="130000"/>'
         '<a:shade val="90000"/><a:lumMod val="103000"/></a:schemeClr></a:gs><a:gs pos="100000">'
         '<a:schemeClr val="phClr"><a:shade val="63000"/><a:satMod val="120000"/></a:schemeClr></a:gs>'
         '</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill></a:bgFillStyleLst></a:fmtScheme>'
         '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')


if __name__ == "__main__":
    build()
