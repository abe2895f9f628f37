#!/usr/bin/python3
"""Re-make docs/aplm-2017-vs-apmc.xlsx from tools/aplm-2017-vs-apmc.txt.

The workbook is written the way Google Sheets' File > Download > Microsoft Excel (.xlsx)
writes it: no docProps, attributes in the order Sheets writes them, Arial 10 as the default
font, every text in a shared-strings table (rich-text runs for cells with a bold part),
numbers stored as floats ("45621.0"), a tab colour and outlinePr in each sheetPr, frozen panes,
custom column widths, merged title and note rows, cell notes exported as comments with a VML
drawing (relationship id "anysvml"), dropdowns and checkboxes as list data validations,
checkboxes as boolean cells, "contains text" conditional formatting with Sheets' doubled
parentheses, a basic filter with its hidden _xlnm._FilterDatabase name, HYPERLINK and COUNTIF
formulas with cached values, dates as serial numbers shown "d mmm yyyy"; every zip member
dated 1980-01-01 and [Content_Types].xml written last.
Standard library only. Run from anywhere: /usr/bin/python3 tools/make_xlsx.py
The output is byte-for-byte reproducible.
"""
import datetime
import os
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "aplm-2017-vs-apmc.txt")
OUT = os.path.join(HERE, "..", "docs", "aplm-2017-vs-apmc.xlsx")

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PNS = "http://schemas.openxmlformats.org/package/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# cellXfs indexes (see STYLES)
(S_DEFAULT, S_TITLE, S_NOTE, S_HEADER, S_WRAP, S_NEW, S_DATE, S_NUM, S_LINK, S_CHECK,
 S_LABEL, S_BAND, S_COUNT) = range(13)

FORMULA = re.compile(r"^=(.+?) ~ (.*)$")
NUM = re.compile(r"^-?\d+(\.\d+)?$")
DATE = re.compile(r"^\{date:(\d{4})-(\d\d)-(\d\d)\}$")
NOTE = re.compile(r"\s*\{\{note:(.+?)\}\}\s*$")
BOLD = re.compile(r"\*\*(.+?)\*\*")


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def split_ref(ref):
    m = re.match(r"([A-Z]+)(\d+)$", ref)
    letters, row = m.groups()
    c = 0
    for ch in letters:
        c = c * 26 + ord(ch) - 64
    return c - 1, int(row)


def parse():
    sheets, cur = [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@"):
                tag, _, rest = line.partition(" ")
                if tag == "@sheet":
                    cur = {"name": rest, "rows": [], "widths": [], "freeze": (0, 0),
                           "tab": None, "validations": [], "checkboxes": [], "cf": [],
                           "filter": None}
                    sheets.append(cur)
                elif tag == "@tab":
                    cur["tab"] = rest
                elif tag == "@widths":
                    cur["widths"] = [float(w) for w in rest.split()]
                elif tag == "@freeze":
                    r, c = rest.split()
                    cur["freeze"] = (int(r), int(c))
                elif tag in ("@title", "@noterow", "@band"):
                    cur["rows"].append((tag[1:], [rest]))
                elif tag == "@header":
                    cur["rows"].append(("header", rest.split(" || ")))
                elif tag == "@blank":
                    cur["rows"].append(("blank", []))
                elif tag == "@validation":
                    rng, _, items = rest.partition(" ")
                    cur["validations"].append((rng, items))
                elif tag == "@checkbox":
                    cur["checkboxes"].append(rest)
                elif tag == "@cf":
                    rng, word = rest.split()
                    cur["cf"].append((rng, word))
                elif tag == "@filter":
                    cur["filter"] = rest
                else:
                    raise ValueError("unknown tag %r" % tag)
                continue
            cur["rows"].append(("data", line.split(" || ")))
    return sheets


RUN_PR = '<rPr>%s<sz val="10.0"/><color rgb="FF000000"/><rFont val="Arial"/><family val="2"/></rPr>'


class Strings:
    def __init__(self):
        self.index, self.items, self.count = {}, [], 0

    def get(self, s):
        self.count += 1
        if s not in self.index:
            self.index[s] = len(self.items)
            self.items.append(s)
        return self.index[s]

    @staticmethod
    def t(s):
        sp = ' xml:space="preserve"' if (s != s.strip() or "\n" in s) else ""
        return "<t%s>%s</t>" % (sp, escape(s))

    def xml(self):
        out = [HEAD, '<sst xmlns="%s" count="%d" uniqueCount="%d">' % (NS, self.count, len(self.items))]
        for s in self.items:
            if BOLD.search(s):
                runs, pos = [], 0
                for m in BOLD.finditer(s):
                    if m.start() > pos:
                        runs.append("<r>" + RUN_PR % "" + self.t(s[pos:m.start()]) + "</r>")
                    runs.append("<r>" + RUN_PR % "<b/>" + self.t(m.group(1)) + "</r>")
                    pos = m.end()
                if pos < len(s):
                    runs.append("<r>" + RUN_PR % "" + self.t(s[pos:]) + "</r>")
                out.append("<si>%s</si>" % "".join(runs))
            else:
                out.append("<si>%s</si>" % self.t(s))
        out.append("</sst>")
        return "".join(out)


def fmt_num(v):
    return "%.1f" % v if float(v).is_integer() else repr(float(v))


def serial(y, m, d):
    return (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days


def sheet_xml(sheet, strings, sheet_no):
    rows = sheet["rows"]
    ncols = max([len(c) for k, c in rows if k in ("header", "data")] + [len(sheet["widths"])])
    body, merges, notes = [], [], []
    for ri, (kind, cells) in enumerate(rows, 1):
        out = []
        if kind == "blank":
            body.append('<row r="%d"/>' % ri)
            continue
        if kind in ("title", "noterow", "band"):
            style = {"title": S_TITLE, "noterow": S_NOTE, "band": S_BAND}[kind]
            out.append('<c r="A%d" s="%d" t="s"><v>%d</v></c>' % (ri, style, strings.get(cells[0])))
            merges.append("A%d:%s%d" % (ri, col(ncols - 1), ri))
            extra = ' ht="24.0" customHeight="1"' if kind == "title" else (
                ' ht="30.0" customHeight="1"' if kind == "noterow" else "")
            body.append('<row r="%d"%s>%s</row>' % (ri, extra, "".join(out)))
            continue
        for ci, raw in enumerate(cells):
            ref = "%s%d" % (col(ci), ri)
            text = raw.strip()
            m = NOTE.search(text)
            if m:
                notes.append((ref, m.group(1)))
                text = text[:m.start()]
            text = text.replace("\\n", "\n")
            if not text:
                continue
            if kind == "header":
                out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, S_HEADER, strings.get(text)))
                continue
            fm, dm = FORMULA.match(text), DATE.match(text)
            if fm:
                formula, cached = fm.groups()
                if formula.startswith("HYPERLINK"):
                    out.append('<c r="%s" s="%d" t="str"><f>%s</f><v>%s</v></c>'
                               % (ref, S_LINK, escape(formula), escape(cached)))
                elif NUM.match(cached):
                    out.append('<c r="%s" s="%d"><f>%s</f><v>%s</v></c>'
                               % (ref, S_COUNT, escape(formula), fmt_num(float(cached))))
                else:
                    out.append('<c r="%s" s="%d" t="str"><f>%s</f><v>%s</v></c>'
                               % (ref, S_COUNT, escape(formula), escape(cached)))
            elif dm:
                out.append('<c r="%s" s="%d"><v>%s</v></c>'
                           % (ref, S_DATE, fmt_num(serial(*map(int, dm.groups())))))
            elif text in ("[x]", "[ ]"):
                out.append('<c r="%s" s="%d" t="b"><v>%d</v></c>' % (ref, S_CHECK, text == "[x]"))
            elif NUM.match(text):
                out.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, S_NUM, fmt_num(float(text))))
            elif text.startswith("+"):
                out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, S_NEW, strings.get(text[1:])))
            else:
                style = S_LABEL if (ci == 0 and sheet["name"] == "Start here") else S_WRAP
                out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, style, strings.get(text)))
        body.append('<row r="%d">%s</row>' % (ri, "".join(out)))

    fr, fc = sheet["freeze"]
    tl = "%s%d" % (col(fc), fr + 1)
    if fr and fc:
        pane = ('<pane xSplit="%d.0" ySplit="%d.0" topLeftCell="%s" activePane="bottomRight" '
                'state="frozen"/><selection pane="topRight"/><selection pane="bottomLeft"/>'
                '<selection activeCell="%s" sqref="%s" pane="bottomRight"/>' % (fc, fr, tl, tl, tl))
    else:
        pane = ('<pane ySplit="%d.0" topLeftCell="%s" activePane="bottomLeft" state="frozen"/>'
                '<selection activeCell="%s" sqref="%s" pane="bottomLeft"/>' % (fr, tl, tl, tl))
    grid = ' showGridLines="0"' if sheet["name"] == "Start here" else ""
    colsxml = "".join('<col customWidth="1" min="%d" max="%d" width="%.2f"/>' % (i, i, w)
                      for i, w in enumerate(sheet["widths"], 1))
    x = [HEAD, '<worksheet xmlns="%s" xmlns:r="%s">' % (NS, RNS),
         '<sheetPr>%s<outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>'
         % ('<tabColor rgb="FF%s"/>' % sheet["tab"] if sheet["tab"] else ""),
         '<dimension ref="A1:%s%d"/>' % (col(ncols - 1), len(rows)),
         '<sheetViews><sheetView%s workbookViewId="0">%s</sheetView></sheetViews>' % (grid, pane),
         '<sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/>',
         "<cols>%s</cols>" % colsxml,
         "<sheetData>%s</sheetData>" % "".join(body)]
    if sheet["filter"]:
        x.append('<autoFilter ref="%s"/>' % sheet["filter"])
    if merges:
        x.append('<mergeCells count="%d">%s</mergeCells>'
                 % (len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges)))
    for i, (rng, word) in enumerate(sheet["cf"], 1):
        first = rng.split(":")[0]
        x.append('<conditionalFormatting sqref="%s"><cfRule type="containsText" dxfId="0" '
                 'priority="%d" operator="containsText" text="%s"><formula>NOT(ISERROR(SEARCH(('
                 '"%s"),(%s))))</formula></cfRule></conditionalFormatting>'
                 % (rng, i, word, word, first))
    dvs = ['<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="%s">'
           '<formula1>"%s"</formula1></dataValidation>' % (rng, escape(items))
           for rng, items in sheet["validations"]]
    dvs += ['<dataValidation type="list" allowBlank="1" sqref="%s"><formula1>"TRUE,FALSE"'
            '</formula1></dataValidation>' % rng for rng in sheet["checkboxes"]]
    if dvs:
        x.append('<dataValidations>%s</dataValidations>' % "".join(dvs))
    rels = None
    comments = vml = None
    if notes:
        x.append('<legacyDrawing r:id="anysvml"/>')
        rels = HEAD + ('<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/comments" '
                       'Target="../comments%d.xml"/><Relationship Id="anysvml" Type="%s/vmlDrawing" '
                       'Target="../drawings/commentsDrawing%d.vml"/></Relationships>'
                       % (PNS, RNS, sheet_no, RNS, sheet_no))
        comments = HEAD + ('<comments xmlns="%s"><authors><author></author></authors><commentList>%s'
                           '</commentList></comments>' % (NS, "".join(
                               '<comment authorId="0" ref="%s"><text><t xml:space="preserve">%s</t>'
                               '</text></comment>' % (ref, escape(t)) for ref, t in notes)))
        shapes = []
        for i, (ref, _) in enumerate(notes, 1):
            c, r = split_ref(ref)
            shapes.append(
                '<v:shape id="_x0000_s%d" type="#_x0000_t202" style="position:absolute;margin-left:'
                '59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:%d;visibility:hidden" '
                'fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" '
                'color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox '
                'style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
                '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>'
                '%d, 15, %d, 2, %d, 15, %d, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>%d'
                '</x:Row><x:Column>%d</x:Column></x:ClientData></v:shape>'
                % (1024 + i, i, c + 1, r - 1, c + 3, r + 3, r - 1, c))
        vml = ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
               'office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout '
               'v:ext="edit"><o:idmap v:ext="edit" data="%d"/></o:shapelayout><v:shapetype '
               'id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
               '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>'
               '</v:shapetype>%s</xml>' % (sheet_no, "".join(shapes)))
    x.append("</worksheet>")
    return "".join(x), rels, comments, vml


STYLES = HEAD + (
    '<styleSheet xmlns="%s" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="d mmm yyyy"/></numFmts>'
    '<fonts count="6">'
    '<font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>'
    '<font><b/><sz val="14.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>'
    '<font><i/><sz val="9.0"/><color rgb="FF666666"/><name val="Arial"/><scheme val="minor"/></font>'
    '<font><b/><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>'
    '<font><u/><sz val="10.0"/><color rgb="FF1155CC"/><name val="Arial"/><scheme val="minor"/></font>'
    '<font><i/><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>'
    '</fonts>'
    '<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFEFEFEF"/><bgColor rgb="FFEFEFEF"/></patternFill></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9EAD3"/><bgColor rgb="FFD9EAD3"/></patternFill></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFCFE2F3"/><bgColor rgb="FFCFE2F3"/></patternFill></fill>'
    '</fills>'
    '<borders count="2"><border/><border><bottom style="thin"><color rgb="FF000000"/></bottom></border></borders>'
    '<cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs>'
    '<cellXfs count="13">'
    '<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" shrinkToFit="0" vertical="bottom" wrapText="0"/></xf>'
    '<xf borderId="0" fillId="0" fontId="1" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" vertical="center"/></xf>'
    '<xf borderId="0" fillId="0" fontId="2" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" vertical="top" wrapText="1"/></xf>'
    '<xf borderId="1" fillId="2" fontId="3" numFmtId="0" xfId="0" applyAlignment="1" applyBorder="1" applyFill="1" applyFont="1"><alignment readingOrder="0" vertical="top" wrapText="1"/></xf>'
    '<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" vertical="top" wrapText="1"/></xf>'
    '<xf borderId="0" fillId="3" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFill="1" applyFont="1"><alignment readingOrder="0" vertical="top" wrapText="1"/></xf>'
    '<xf borderId="0" fillId="0" fontId="0" numFmtId="164" xfId="0" applyAlignment="1" applyFont="1" applyNumberFormat="1"><alignment horizontal="left" readingOrder="0" vertical="top"/></xf>'
    '<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment horizontal="center" readingOrder="0" vertical="top"/></xf>'
    '<xf borderId="0" fillId="0" fontId="4" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" vertical="top"/></xf>'
    '<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment horizontal="center" readingOrder="0" vertical="top"/></xf>'
    '<xf borderId="0" fillId="0" fontId="3" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" vertical="top" wrapText="1"/></xf>'
    '<xf borderId="0" fillId="4" fontId="3" numFmtId="0" xfId="0" applyAlignment="1" applyFill="1" applyFont="1"><alignment readingOrder="0" vertical="center"/></xf>'
    '<xf borderId="0" fillId="0" fontId="5" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" vertical="top"/></xf>'
    '</cellXfs>'
    '<cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles>'
    '<dxfs count="1"><dxf><font><color rgb="FFCC0000"/></font><fill><patternFill patternType="solid">'
    '<fgColor rgb="FFF4CCCC"/><bgColor rgb="FFF4CCCC"/></patternFill></fill><border/></dxf></dxfs>'
    '</styleSheet>' % NS)


def build():
    sheets = parse()
    strings = Strings()
    parts, overrides, defined = [], [], []
    has_vml = False
    wb_sheets = []
    wb_rels = ['<Relationship Id="rId1" Type="%s/styles" Target="styles.xml"/>' % RNS,
               '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>' % RNS]
    for i, sh in enumerate(sheets, 1):
        xml, rels, comments, vml = sheet_xml(sh, strings, i)
        parts.append(("xl/worksheets/sheet%d.xml" % i, xml))
        if rels:
            parts.append(("xl/worksheets/_rels/sheet%d.xml.rels" % i, rels))
            parts.append(("xl/comments%d.xml" % i, comments))
            parts.append(("xl/drawings/commentsDrawing%d.vml" % i, vml))
            overrides.append('<Override ContentType="application/vnd.openxmlformats-officedocument.'
                             'spreadsheetml.comments+xml" PartName="/xl/comments%d.xml"/>' % i)
            has_vml = True
        if sh["filter"]:
            a, b = sh["filter"].split(":")
            ca, ra = split_ref(a)
            cb, rb = split_ref(b)
            defined.append('<definedName hidden="1" localSheetId="%d" name="_xlnm._FilterDatabase">'
                           "%s!$%s$%d:$%s$%d</definedName>"
                           % (i - 1, quoteattr(sh["name"]).replace('"', "'"), col(ca), ra, col(cb), rb))
        rid = i + 2
        wb_sheets.append('<sheet state="visible" name=%s sheetId="%d" r:id="rId%d"/>'
                         % (quoteattr(sh["name"]), i, rid))
        wb_rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>'
                       % (rid, RNS, i))
        overrides.append('<Override ContentType="application/vnd.openxmlformats-officedocument.'
                         'spreadsheetml.worksheet+xml" PartName="/xl/worksheets/sheet%d.xml"/>' % i)
    parts.append(("xl/sharedStrings.xml", strings.xml()))
    parts.append(("xl/styles.xml", STYLES))
    parts.append(("xl/workbook.xml", HEAD + '<workbook xmlns="%s" xmlns:r="%s"><workbookPr/><sheets>%s'
                  '</sheets><definedNames>%s</definedNames><calcPr/></workbook>'
                  % (NS, RNS, "".join(wb_sheets), "".join(defined))))
    parts.append(("xl/_rels/workbook.xml.rels",
                  HEAD + '<Relationships xmlns="%s">%s</Relationships>' % (PNS, "".join(wb_rels))))
    parts.append(("_rels/.rels", HEAD + '<Relationships xmlns="%s"><Relationship Id="rId1" '
                  'Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (PNS, RNS)))
    parts.append(("[Content_Types].xml", HEAD +
                  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default ContentType="application/xml" Extension="xml"/>'
                  '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
                  + ('<Default ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing" '
                     'Extension="vml"/>' if has_vml else "")
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
