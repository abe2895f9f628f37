#!/usr/bin/python3
"""Re-make docs/climate-commitments-tracker.xlsx from tools/climate-commitments-tracker.txt.

Run from anywhere: /usr/bin/python3 tools/make_xlsx.py
Standard library only. The workbook is laid out the way Excel 365 saves one: [Content_Types].xml,
_rels/.rels, xl/workbook.xml and its rels, one xl/worksheets/sheetN.xml per sheet (merged title
cells, a frozen header pane, wrapped text, column widths), xl/theme/theme1.xml, xl/styles.xml (a
dd-mmm-yyyy date format, id 164), xl/sharedStrings.xml, the cell comment as xl/comments1.xml with
its legacy VML shape in xl/drawings/vmlDrawing1.vml, and docProps/core.xml and app.xml. Every zip
entry carries Excel's fixed 1980-01-01 timestamp and the order is fixed, so the output is the
same byte for byte on every run.
"""
import datetime
import math
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "climate-commitments-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "climate-commitments-tracker.xlsx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NSR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSPR = "http://schemas.openxmlformats.org/package/2006/relationships"

# cellXfs indexes (see STYLES)
S_TITLE, S_SUB, S_HEAD, S_BODY, S_DATE, S_BAND, S_NOTE = 1, 2, 3, 4, 5, 6, 7


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def serial(iso):
    d = datetime.date.fromisoformat(iso)
    return (d - datetime.date(1899, 12, 30)).days


def parse():
    sheets, cur = [], None
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            line = raw.rstrip()
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@sheet "):
                cur = {"name": line[7:], "rows": [], "cols": [], "freeze": 0, "comments": []}
                sheets.append(cur)
            elif line.startswith("@cols "):
                cur["cols"] = [float(x) for x in line[6:].split(" | ")]
            elif line.startswith("@freeze "):
                cur["freeze"] = int(line[8:])
            elif line.startswith("@comment "):
                ref_author, text = line[9:].split(" | ", 1)
                ref, author = ref_author.split(" ", 1)
                cur["comments"].append((ref, author, text))
            else:
                for tag, kind in (("@title ", "title"), ("@sub ", "sub"), ("@band ", "band"),
                                  ("@note ", "note")):
                    if line.startswith(tag):
                        cur["rows"].append((kind, [line[len(tag):]]))
                        break
                else:
                    if line.startswith("@header "):
                        cur["rows"].append(("header", line[8:].split(" | ")))
                    else:
                        cur["rows"].append(("row", [c.strip() for c in line.split(" | ")]))
    return sheets


class SST:
    def __init__(self):
        self.index, self.items, self.count = {}, [], 0

    def add(self, s):
        self.count += 1
        if s not in self.index:
            self.index[s] = len(self.items)
            self.items.append(s)
        return self.index[s]

    def xml(self):
        out = [DECL, '<sst xmlns="%s" count="%d" uniqueCount="%d">' % (NS, self.count, len(self.items))]
        for s in self.items:
            sp = ' xml:space="preserve"' if s != s.strip() or "\n" in s else ""
            out.append("<si><t%s>%s</t></si>" % (sp, escape(s)))
        out.append("</sst>")
        return "".join(out)


def row_height(cells, widths):
    lines = 1
    for i, (text, style) in enumerate(cells):
        if style in (S_BODY, S_HEAD, S_BAND, S_NOTE, S_SUB) and text:
            w = sum(widths) if style in (S_BAND, S_NOTE, S_SUB) else widths[i]
            lines = max(lines, math.ceil(len(text) / max(w * 1.05, 1)))
    return lines


def sheet_xml(sh, sst, tab_selected):
    widths = sh["cols"]
    ncols = len(widths)
    last = col_name(ncols - 1)
    rows_xml, merges = [], []
    for r, (kind, cells) in enumerate(sh["rows"], 1):
        laid = []
        if kind in ("title", "sub", "band", "note"):
            style = {"title": S_TITLE, "sub": S_SUB, "band": S_BAND, "note": S_NOTE}[kind]
            laid = [(cells[0], style)] + [("", style)] * (ncols - 1)
            merges.append("A%d:%s%d" % (r, last, r))
        else:
            style = S_HEAD if kind == "header" else S_BODY
            for i in range(ncols):
                laid.append((cells[i] if i < len(cells) else "", style))
        cx = []
        for i, (text, style) in enumerate(laid):
            ref = "%s%d" % (col_name(i), r)
            if text.startswith("=date "):
                cx.append('<c r="%s" s="%d"><v>%d</v></c>' % (ref, S_DATE, serial(text[6:])))
            elif text and text.isdigit() and kind == "row":
                cx.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, style, text))
            elif text:
                cx.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, style, sst.add(text)))
            else:
                cx.append('<c r="%s" s="%d"/>' % (ref, style))
        if kind == "title":
            ht = 21
        else:
            ht = 15 * row_height(laid, widths)
        attrs = ' ht="%g"' % ht if ht != 15 else ""
        if kind == "title":
            attrs += ' customHeight="1"'
        rows_xml.append('<row r="%d" spans="1:%d"%s x14ac:dyDescent="0.25">%s</row>'
                        % (r, ncols, attrs, "".join(cx)))
    n = len(sh["rows"])
    fz = sh["freeze"]
    sel = ("" if not tab_selected else ' tabSelected="1"')
    view = ('<sheetViews><sheetView%s workbookViewId="0"><pane ySplit="%d" topLeftCell="A%d" '
            'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A%d" '
            'sqref="A%d"/></sheetView></sheetViews>' % (sel, fz, fz + 1, fz + 1, fz + 1))
    cols = "".join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, repr(w + 0.7109375))
                   for i, w in enumerate(widths))
    out = [DECL,
           '<worksheet xmlns="%s" xmlns:r="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">' % (NS, NSR),
           '<dimension ref="A1:%s%d"/>' % (last, n), view,
           '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>',
           "<cols>%s</cols>" % cols,
           "<sheetData>%s</sheetData>" % "".join(rows_xml),
           '<mergeCells count="%d">%s</mergeCells>' % (len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges)),
           '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
           '<pageSetup paperSize="9" orientation="landscape"/>']
    if sh["comments"]:
        out.append('<legacyDrawing r:id="rId1"/>')
    out.append("</worksheet>")
    return "".join(out)


STYLES = DECL + (
    '<styleSheet xmlns="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mmm\\-yyyy"/></numFmts>'
    '<fonts count="5" x14ac:knownFonts="1">'
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><b/><sz val="11"/><color theme="0"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><i/><sz val="9"/><color theme="1" tint="0.34998626667073579"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '</fonts>'
    '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor theme="4"/><bgColor indexed="64"/></patternFill></fill>'
    '<fill><patternFill patternType="solid"><fgColor theme="9" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill>'
    '</fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>'
    '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>'
    '</borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="8">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>'
    '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="left" vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>'
    '<xf numFmtId="0" fontId="4" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '</cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
    '</styleSheet>' % NS)

THEME = DECL + (
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>'
    '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
    '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>'
    '<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>'
    '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>'
    '<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>'
    '<a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>'
    '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
    '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
    '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont>'
    '<a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/>'
    '</a:minorFont></a:fontScheme>'
    '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:tint val="50000"/></a:schemeClr></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:shade val="80000"/></a:schemeClr></a:solidFill></a:fillStyleLst>'
    '<a:lnStyleLst><a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr">'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    '<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst>'
    '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
    '<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
    '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/></a:schemeClr></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:shade val="90000"/></a:schemeClr></a:solidFill></a:bgFillStyleLst>'
    '</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')


def comments_xml(comments):
    authors = []
    for _, a, _ in comments:
        if a not in authors:
            authors.append(a)
    rpr = '<rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr>'
    rprb = '<rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr>'
    items = "".join(
        '<comment ref="%s" authorId="%d"><text><r>%s<t>%s:</t></r><r>%s<t xml:space="preserve">\n%s</t></r></text></comment>'
        % (ref, authors.index(a), rprb, escape(a), rpr, escape(t)) for ref, a, t in comments)
    return DECL + ('<comments xmlns="%s"><authors>%s</authors><commentList>%s</commentList></comments>'
                   % (NS, "".join("<author>%s</author>" % escape(a) for a in authors), items))


def ref_rc(ref):
    letters = "".join(ch for ch in ref if ch.isalpha())
    row = int(ref[len(letters):])
    col = 0
    for ch in letters:
        col = col * 26 + ord(ch) - 64
    return row - 1, col - 1


def vml(comments):
    shapes = []
    for i, (ref, _, _) in enumerate(comments):
        r, c = ref_rc(ref)
        shapes.append(
            '<v:shape id="_x0000_s%d" type="#_x0000_t202" style=\'position:absolute;\r\n'
            '  margin-left:468pt;margin-top:36pt;width:180pt;height:96pt;z-index:%d;\r\n'
            '  visibility:hidden\' fillcolor="#ffffe1" o:insetmode="auto">\r\n'
            '  <v:fill color2="#ffffe1"/>\r\n  <v:shadow on="t" color="black" obscured="t"/>\r\n'
            '  <v:path o:connecttype="none"/>\r\n  <v:textbox style=\'mso-direction-alt:auto\'>\r\n'
            '   <div style=\'text-align:left\'></div>\r\n  </v:textbox>\r\n'
            '  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n'
            '   <x:Anchor>\r\n    %d, 15, %d, 2, %d, 15, %d, 8</x:Anchor>\r\n'
            '   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>%d</x:Row>\r\n   <x:Column>%d</x:Column>\r\n'
            '  </x:ClientData>\r\n </v:shape>' % (1025 + i, i + 1, c + 1, r, c + 3, r + 6, r, c))
    return ('<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n'
            ' xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n <o:shapelayout v:ext="edit">\r\n'
            '  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n'
            '  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n'
            '  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>'
            + "".join(shapes) + "</xml>")


def build():
    sheets = parse()
    sst = SST()
    sheet_xmls = [sheet_xml(sh, sst, i == 0) for i, sh in enumerate(sheets)]
    n = len(sheets)
    with_comments = [i for i, sh in enumerate(sheets) if sh["comments"]]
    assert len(with_comments) == 1
    ci = with_comments[0]

    ct = [DECL, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(n):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct += ['<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
           '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
           '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
           '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>',
           '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
           "</Types>"]
    rels = DECL + ('<Relationships xmlns="%s">'
                   '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>' % NSPR)
    wb = DECL + ('<workbook xmlns="%s" xmlns:r="%s">'
                 '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
                 '<workbookPr defaultThemeVersion="166925"/>'
                 '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="0"/></bookViews>'
                 '<sheets>%s</sheets><calcPr calcId="191029"/></workbook>'
                 % (NS, NSR, "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(sh["name"]), i + 1, i + 1)
                                     for i, sh in enumerate(sheets))))
    wbrels = [DECL, '<Relationships xmlns="%s">' % NSPR]
    for i in range(n):
        wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
    wbrels += ['<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>' % (n + 1),
               '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 2),
               '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (n + 3),
               "</Relationships>"]
    sheetrels = DECL + ('<Relationships xmlns="%s">'
                        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>'
                        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>'
                        '</Relationships>' % NSPR)
    core = DECL + ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                   'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                   'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                   '<dc:creator>Ananya</dc:creator><cp:lastModifiedBy>Ananya</cp:lastModifiedBy>'
                   '<dcterms:created xsi:type="dcterms:W3CDTF">2025-08-17T14:52:09Z</dcterms:created>'
                   '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-11-25T17:06:41Z</dcterms:modified>'
                   '</cp:coreProperties>')
    app = DECL + ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                  '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
                  '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>'
                  '<vt:variant><vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs>'
                  '<TitlesOfParts><vt:vector size="%d" baseType="lpstr">%s</vt:vector></TitlesOfParts>'
                  '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
                  '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
                  % (n, n, "".join("<vt:lpstr>%s</vt:lpstr>" % escape(sh["name"]) for sh in sheets)))

    entries = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", "".join(wbrels))]
    for i, x in enumerate(sheet_xmls):
        entries.append(("xl/worksheets/sheet%d.xml" % (i + 1), x))
    entries += [("xl/theme/theme1.xml", THEME), ("xl/styles.xml", STYLES), ("xl/sharedStrings.xml", sst.xml()),
                ("xl/drawings/vmlDrawing1.vml", vml(sheets[ci]["comments"])),
                ("xl/comments1.xml", comments_xml(sheets[ci]["comments"])),
                ("xl/worksheets/_rels/sheet%d.xml.rels" % (ci + 1), sheetrels),
                ("docProps/core.xml", core), ("docProps/app.xml", app)]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))


if __name__ == "__main__":
    build()
