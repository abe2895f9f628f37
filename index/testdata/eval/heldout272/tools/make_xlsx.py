#!/usr/bin/python3
"""Re-make docs/string-of-pearls-tracker.xlsx from tools/string-of-pearls-tracker.txt.

Run: /usr/bin/python3 tools/make_xlsx.py [output path]   (standard library only)

The workbook is laid out the way Excel for Mac (Microsoft 365, "Microsoft Macintosh Excel",
AppVersion 16.0300) saves one that has threaded comments in it:
  - [Content_Types].xml, _rels/.rels, xl/workbook.xml (fileVersion, the Mac absPath of the
    OneDrive folder the file was saved in, a revisionPtr, one bookView, two sheets, calcPr),
    xl/_rels/workbook.xml.rels (sheets, theme, styles, sharedStrings and the person list),
    xl/worksheets/sheet1.xml and sheet2.xml, xl/theme/theme1.xml (Office 2023 theme, Aptos),
    xl/styles.xml, xl/sharedStrings.xml (every text cell is a shared string; two rich-text
    items with a bold or bold-red run), docProps/core.xml and docProps/app.xml;
  - per sheet with comments: xl/threadedComments/threadedCommentN.xml (the comments Excel 365
    shows, with replies pointing at their parentId), xl/commentsN.xml (the legacy fallback
    Excel writes beside them: author "tc={id}" and the "[Threaded comment] Your version of
    Excel allows you to read this threaded comment..." text), xl/drawings/vmlDrawingN.vml
    (hidden note shapes) and xl/worksheets/_rels/sheetN.xml.rels; xl/persons/person.xml lists
    the two people (Windows Live accounts);
  - on the sheets: a merged title row and a merged italic note row; label/definition rows whose
    text is merged across B:G; a two-row header with horizontal merges ("Chinese pearl" over
    three columns, "India's counter" over two) and vertical ones ("Country", "Exam notes");
    country and year groups as cells merged down the rows of the group; a merged band row;
    wrapped, bordered, top-aligned cells; Alt+Enter line breaks inside cells; a list data
    validation on the timeline's "Pearl or counter?" column; a frozen header on the timeline.
Every zip entry is dated 1980-01-01 00:00:00 as Excel writes them and the order is fixed, so
the output is the same byte for byte on every run.
"""
import hashlib
import math
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "string-of-pearls-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "string-of-pearls-tracker.xlsx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NSR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSPR = "http://schemas.openxmlformats.org/package/2006/relationships"
NSMC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NSX14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"
NSXR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision"
NSXR2 = "http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"
NSXR3 = "http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"
NSTC = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

# cellXfs indexes (see styles())
S_TITLE, S_NOTE, S_LABEL, S_DEF, S_HEAD, S_GROUP, S_BODY, S_BAND, S_SUBHEAD = range(1, 10)
PEOPLE = {"Ishaan Verma": "0c3f5e7a91b24d68", "Meenal Rao": "7d21a4c09be3f516"}


def guid(*parts):
    h = hashlib.md5("|".join(parts).encode("utf-8")).hexdigest().upper()
    return "{%s-%s-%s-%s-%s}" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def ref_rc(ref):
    m = re.match(r"([A-Z]+)(\d+)$", ref)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, c - 1


def cell_text(s):
    return s.replace("\\n", "\n")


def parse():
    sheets, cur = [], None
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            line = raw.rstrip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@sheet "):
                cur = {"name": line[7:], "cols": [], "items": [], "comments": []}
                sheets.append(cur)
                continue
            kind, _, rest = line[1:].partition(" ") if line.startswith("@") else ("row", "", line)
            if kind == "cols":
                cur["cols"] = [float(x) for x in rest.split("|")]
            elif kind == "comment":
                ref, author, stamp, text = rest.split(" | ", 3)
                cur["comments"].append({"ref": ref, "author": author, "dT": stamp, "text": text,
                                        "replies": []})
            elif kind == "reply":
                author, stamp, text = rest.split(" | ", 2)
                cur["comments"][-1]["replies"].append({"author": author, "dT": stamp, "text": text})
            else:
                cur["items"].append((kind, rest))
    return sheets


class SST:
    def __init__(self):
        self.index, self.items, self.count = {}, [], 0

    def add(self, text):
        self.count += 1
        if text not in self.index:
            self.index[text] = len(self.items)
            self.items.append(text)
        return self.index[text]

    def xml(self):
        out = [DECL, '<sst xmlns="%s" count="%d" uniqueCount="%d">' % (NS, self.count, len(self.items))]
        for text in self.items:
            out.append("<si>%s</si>" % si_body(text))
        out.append("</sst>")
        return "".join(out)


def t_el(s):
    sp = ' xml:space="preserve"' if (s != s.strip() or "\n" in s) else ""
    return "<t%s>%s</t>" % (sp, escape(s))


RUN_FONT = '<rPr><sz val="12"/><color theme="1"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></rPr>'
BOLD_FONT = '<rPr><b/><sz val="12"/><color theme="1"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></rPr>'
RED_FONT = '<rPr><b/><sz val="12"/><color rgb="FFC00000"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></rPr>'


def si_body(text):
    if "**" not in text and "!!" not in text:
        return t_el(text)
    out = []
    for piece in re.split(r"(\*\*[^*]+\*\*|!![^!]+!!)", text):
        if not piece:
            continue
        if piece.startswith("**"):
            out.append("<r>%s%s</r>" % (BOLD_FONT, t_el(piece[2:-2])))
        elif piece.startswith("!!"):
            out.append("<r>%s%s</r>" % (RED_FONT, t_el(piece[2:-2])))
        else:
            out.append("<r>%s%s</r>" % (RUN_FONT, t_el(piece)))
    return "".join(out)


def plain(text):
    return text.replace("**", "").replace("!!", "")


def layout(sheet):
    """Turn the items of a sheet into a grid of (style, text) cells, merges and row kinds."""
    ncol = len(sheet["cols"])
    has_head2 = any(k == "head2" for k, _ in sheet["items"])
    grid, merges, kinds = [], [], []
    group = {"start": None, "label": ""}

    def close_group():
        if group["start"] is not None and len(grid) - 1 > group["start"]:
            merges.append("A%d:A%d" % (group["start"] + 1, len(grid)))
        group["start"] = None

    def whole_row(style, text):
        merges.append("A%d:%s%d" % (len(grid) + 1, col_name(ncol - 1), len(grid) + 1))
        return [(style, text)] + [(style, "")] * (ncol - 1)

    for kind, rest in sheet["items"]:
        if kind == "group":
            close_group()
            group["start"], group["label"] = len(grid), cell_text(rest)
            continue
        if kind != "row":
            close_group()
        if kind == "title":
            row = whole_row(S_TITLE, cell_text(rest))
        elif kind == "note":
            row = whole_row(S_NOTE, cell_text(rest))
        elif kind == "band":
            row = whole_row(S_BAND, cell_text(rest))
        elif kind == "def":
            label, text = [c.strip() for c in rest.split("|", 1)]
            merges.append("B%d:%s%d" % (len(grid) + 1, col_name(ncol - 1), len(grid) + 1))
            row = [(S_LABEL, cell_text(label)), (S_DEF, cell_text(text))] + [(S_DEF, "")] * (ncol - 2)
        elif kind == "head2":
            # "Country" and "Exam notes" run down both header rows; the pearl and the counter
            # headings run across their columns.
            r = len(grid) + 1
            merges.extend(["A%d:A%d" % (r, r + 1), "B%d:D%d" % (r, r), "E%d:F%d" % (r, r),
                           "G%d:G%d" % (r, r + 1)])
            row = [(S_HEAD, c.strip()) for c in rest.split("|")]
        elif kind == "head":
            style = S_HEAD if (not has_head2 or (kinds and kinds[-1] == "head2")) else S_SUBHEAD
            cells = [c.strip() for c in rest.split("|")]
            row = [(style, c) for c in cells] + [(style, "")] * (ncol - len(cells))
        elif kind == "row":
            cells = [cell_text(c.strip()) for c in rest.split("|")]
            if group["start"] is not None:
                label = group["label"] if group["start"] == len(grid) else ""
                row = [(S_GROUP, label)] + [(S_BODY, c) for c in cells]
            else:
                row = [(S_BODY, c) for c in cells]
            row += [(S_BODY, "")] * (ncol - len(row))
        else:  # blank
            row = [(0, "")] * ncol
        grid.append(row)
        kinds.append(kind)
    close_group()
    return grid, merges, kinds


CHAR_W = {S_TITLE: 1.25, S_NOTE: 0.85, S_LABEL: 1.08, S_HEAD: 1.08, S_SUBHEAD: 1.08, S_GROUP: 1.08,
          S_BAND: 1.08}


def row_height(row, widths, merges_here):
    lines = 1
    for i, (style, text) in enumerate(row):
        if not text:
            continue
        width = widths[i] + sum(widths[j] for j in merges_here.get(i, []))
        need = 0
        for part in plain(text).split("\n"):
            need += max(1, math.ceil(len(part) * CHAR_W.get(style, 1.0) / max(width - 1.5, 1)))
        lines = max(lines, need)
    return lines


def sheet_xml(idx, sheet, sst, has_comments):
    ncol = len(sheet["cols"])
    grid, merges, kinds = layout(sheet)
    # which columns each row's merge swallows, for row-height estimates
    span = {}
    for m in merges:
        a, b = m.split(":")
        r1, c1 = ref_rc(a)
        r2, c2 = ref_rc(b)
        if r1 == r2:
            span.setdefault(r1, {})[c1] = list(range(c1 + 1, c2 + 1))
    out = [DECL, '<worksheet xmlns="%s" xmlns:r="%s" xmlns:mc="%s" mc:Ignorable="x14ac xr xr2 xr3" '
           'xmlns:x14ac="%s" xmlns:xr="%s" xmlns:xr2="%s" xmlns:xr3="%s" xr:uid="%s">'
           % (NS, NSR, NSMC, NSX14AC, NSXR, NSXR2, NSXR3, guid("sheet", sheet["name"]))]
    out.append('<sheetPr><tabColor rgb="%s"/></sheetPr>' % ("FF1F4E79" if idx == 1 else "FFC55A11"))
    out.append('<dimension ref="A1:%s%d"/>' % (col_name(ncol - 1), len(grid)))
    if idx == 1:
        out.append('<sheetViews><sheetView tabSelected="1" zoomScale="120" zoomScaleNormal="120" '
                   'workbookViewId="0"><selection activeCell="D10" sqref="D10"/></sheetView></sheetViews>')
    else:
        out.append('<sheetViews><sheetView zoomScale="120" zoomScaleNormal="120" workbookViewId="0">'
                   '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>'
                   '<selection pane="bottomLeft" activeCell="C21" sqref="C21"/></sheetView></sheetViews>')
    out.append('<sheetFormatPr baseColWidth="10" defaultRowHeight="16" x14ac:dyDescent="0.2"/>')
    out.append("<cols>")
    for i, w in enumerate(sheet["cols"]):
        out.append('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, ("%g" % w)))
    out.append("</cols><sheetData>")
    for r, row in enumerate(grid):
        kind = kinds[r]
        if kind == "blank":
            out.append('<row r="%d" spans="1:%d" x14ac:dyDescent="0.2"/>' % (r + 1, ncol))
            continue
        lines = row_height(row, sheet["cols"], span.get(r, {}))
        if kind == "title":
            attrs = ' ht="21" customHeight="1" x14ac:dyDescent="0.25"'
        else:
            ht = 17 * lines if lines > 1 else 0
            attrs = (' ht="%d"' % ht if ht else "") + ' x14ac:dyDescent="0.2"'
        out.append('<row r="%d" spans="1:%d"%s>' % (r + 1, ncol, attrs))
        for c, (style, text) in enumerate(row):
            ref = "%s%d" % (col_name(c), r + 1)
            s_attr = ' s="%d"' % style if style else ""
            if text:
                out.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, s_attr, sst.add(text)))
            elif style:
                out.append('<c r="%s"%s/>' % (ref, s_attr))
        out.append("</row>")
    out.append("</sheetData>")
    out.append('<mergeCells count="%d">' % len(merges))
    out.extend('<mergeCell ref="%s"/>' % m for m in merges)
    out.append("</mergeCells>")
    if idx == 2:
        first = kinds.index("row") + 1
        out.append('<dataValidations count="1"><dataValidation type="list" allowBlank="1" '
                   'showInputMessage="1" showErrorMessage="1" sqref="D%d:D%d" xr:uid="%s">'
                   '<formula1>"Pearl,Counter,Setback"</formula1></dataValidation></dataValidations>'
                   % (first, len(grid) + 10, guid("dv", sheet["name"])))
    out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
    out.append('<pageSetup paperSize="9" orientation="landscape" horizontalDpi="0" verticalDpi="0"/>')
    if has_comments:
        out.append('<legacyDrawing r:id="rId1"/>')
    out.append("</worksheet>")
    return "".join(out)


def threaded_xml(sheet):
    out = [DECL, '<ThreadedComments xmlns="%s" xmlns:x="%s">' % (NSTC, NS)]
    for c in sheet["comments"]:
        cid = guid("tc", sheet["name"], c["ref"], c["dT"])
        out.append('<threadedComment ref="%s" dT="%s" personId="%s" id="%s"><text>%s</text>'
                   '</threadedComment>' % (c["ref"], c["dT"], guid("person", c["author"]), cid,
                                           escape(c["text"])))
        for rep in c["replies"]:
            out.append('<threadedComment ref="%s" dT="%s" personId="%s" id="%s" parentId="%s">'
                       '<text>%s</text></threadedComment>'
                       % (c["ref"], rep["dT"], guid("person", rep["author"]),
                          guid("tc", sheet["name"], c["ref"], rep["dT"]), cid, escape(rep["text"])))
    out.append("</ThreadedComments>")
    return "".join(out)


LEGACY_HEAD = ("[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; "
               "however, any edits to it will get removed if the file is opened in a newer version of "
               "Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ")


def legacy_xml(sheet):
    authors = ["tc=" + guid("tc", sheet["name"], c["ref"], c["dT"]) for c in sheet["comments"]]
    out = [DECL, '<comments xmlns="%s" xmlns:mc="%s" mc:Ignorable="xr" xmlns:xr="%s"><authors>'
           % (NS, NSMC, NSXR)]
    out.extend("<author>%s</author>" % a for a in authors)
    out.append("</authors><commentList>")
    for i, c in enumerate(sheet["comments"]):
        body = LEGACY_HEAD + c["text"]
        for rep in c["replies"]:
            body += "\nReply:\n    " + rep["text"]
        out.append('<comment ref="%s" authorId="%d" shapeId="0" xr:uid="%s"><text><t>%s</t></text>'
                   '</comment>' % (c["ref"], i, guid("uid", authors[i]), escape(body)))
    out.append("</commentList></comments>")
    return "".join(out)


def vml(idx, sheet):
    lines = ['<xml xmlns:v="urn:schemas-microsoft-com:vml"',
             ' xmlns:o="urn:schemas-microsoft-com:office:office"',
             ' xmlns:x="urn:schemas-microsoft-com:office:excel">',
             ' <o:shapelayout v:ext="edit">',
             '  <o:idmap v:ext="edit" data="%d"/>' % idx,
             ' </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"',
             '  path="m,l,21600r21600,l21600,xe">',
             '  <v:stroke joinstyle="miter"/>',
             '  <v:path gradientshapeok="t" o:connecttype="rect"/>',
             ' </v:shapetype>']
    for n, c in enumerate(sheet["comments"]):
        r, col = ref_rc(c["ref"])
        sid = 1024 * idx + 1 + n
        lines[-1] += ('<v:shape id="_x0000_s%d" type="#_x0000_t202" style=\'position:absolute;' % sid)
        lines += ['  margin-left:%.1fpt;margin-top:%.1fpt;width:144pt;height:79pt;z-index:%d;'
                  % (60 + 70 * col, 20 + 17 * r, n + 1),
                  "  visibility:hidden' fillcolor=\"infoBackground [80]\" o:insetmode=\"auto\">",
                  '  <v:fill color2="infoBackground [80]"/>',
                  '  <v:shadow color="none [81]" obscured="t"/>',
                  '  <v:path o:connecttype="none"/>',
                  "  <v:textbox style='mso-direction-alt:auto'>",
                  "   <div style='text-align:left'></div>",
                  "  </v:textbox>",
                  '  <x:ClientData ObjectType="Note">',
                  "   <x:MoveWithCells/>",
                  "   <x:SizeWithCells/>",
                  "   <x:Anchor>",
                  "    %d, 15, %d, 2, %d, 15, %d, 12</x:Anchor>" % (col + 1, r, col + 3, r + 5),
                  "   <x:AutoFill>False</x:AutoFill>",
                  "   <x:Row>%d</x:Row>" % r,
                  "   <x:Column>%d</x:Column>" % col,
                  "  </x:ClientData>",
                  " </v:shape>"]
    lines[-1] += "</xml>"
    return "\r\n".join(lines) + "\r\n"


def persons_xml():
    out = [DECL, '<personList xmlns="%s" xmlns:x="%s">' % (NSTC, NS)]
    for name, uid in PEOPLE.items():
        out.append('<person displayName="%s" id="%s" userId="%s" providerId="Windows Live"/>'
                   % (name, guid("person", name), uid))
    out.append("</personList>")
    return "".join(out)


def styles():
    font = '<font>%s<sz val="%s"/><color %s/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font>'
    fonts = [font % ("", "12", 'theme="1"'), font % ("<b/>", "14", 'theme="1"'),
             font % ("<i/>", "10", 'rgb="FF595959"'), font % ("<b/>", "12", 'theme="1"'),
             font % ("<b/>", "12", 'theme="0"')]
    fills = ['<fill><patternFill patternType="none"/></fill>',
             '<fill><patternFill patternType="gray125"/></fill>',
             '<fill><patternFill patternType="solid"><fgColor rgb="FF1F4E79"/><bgColor indexed="64"/></patternFill></fill>',
             '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>',
             '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>',
             '<fill><patternFill patternType="solid"><fgColor rgb="FFE2EFDA"/><bgColor indexed="64"/></patternFill></fill>',
             '<fill><patternFill patternType="solid"><fgColor rgb="FF2E75B6"/><bgColor indexed="64"/></patternFill></fill>']
    thin = '<%s style="thin"><color auto="1"/></%s>'
    borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>',
               "<border>%s%s%s%s<diagonal/></border>" % tuple(thin % (s, s) for s in ("left", "right", "top", "bottom"))]
    xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
           '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="center"/></xf>',
           '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
           '<xf numFmtId="0" fontId="3" fillId="4" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
           '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
           '<xf numFmtId="0" fontId="4" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>',
           '<xf numFmtId="0" fontId="3" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>',
           '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
           '<xf numFmtId="0" fontId="3" fillId="5" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf>',
           '<xf numFmtId="0" fontId="4" fillId="6" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>']
    return (DECL + '<styleSheet xmlns="%s" xmlns:mc="%s" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="%s" '
            'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="%s">'
            % (NS, NSMC, NSX14AC, NSXR)
            + '<fonts count="%d" x14ac:knownFonts="1">%s</fonts>' % (len(fonts), "".join(fonts))
            + '<fills count="%d">%s</fills>' % (len(fills), "".join(fills))
            + '<borders count="%d">%s</borders>' % (len(borders), "".join(borders))
            + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            + '<cellXfs count="%d">%s</cellXfs>' % (len(xfs), "".join(xfs))
            + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            + '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" '
            'defaultPivotStyle="PivotStyleLight16"/><extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" '
            'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles '
            'defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" '
            'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles '
            'defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>')


def theme():
    clr = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
           ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
           ("dk2", '<a:srgbClr val="0E2841"/>'), ("lt2", '<a:srgbClr val="E8E8E8"/>'),
           ("accent1", '<a:srgbClr val="156082"/>'), ("accent2", '<a:srgbClr val="E97132"/>'),
           ("accent3", '<a:srgbClr val="196B24"/>'), ("accent4", '<a:srgbClr val="0F9ED5"/>'),
           ("accent5", '<a:srgbClr val="A02B93"/>'), ("accent6", '<a:srgbClr val="4EA72E"/>'),
           ("hlink", '<a:srgbClr val="467886"/>'), ("folHlink", '<a:srgbClr val="96607D"/>')]
    fill = ('<a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:gradFill rotWithShape="1">'
            '<a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/><a:satMod val="105000"/>'
            '<a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:lumMod '
            'val="105000"/><a:satMod val="103000"/><a:tint val="73000"/></a:schemeClr></a:gs><a:gs pos="100000">'
            '<a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/>'
            '</a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill><a:gradFill '
            'rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:satMod val="103000"/><a:lumMod '
            'val="102000"/><a:tint val="94000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr">'
            '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/></a:schemeClr></a:gs><a:gs '
            'pos="100000"><a:schemeClr val="phClr"><a:lumMod val="99000"/><a:satMod val="120000"/><a:shade '
            'val="78000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
            '</a:fillStyleLst>')
    line = ('<a:lnStyleLst>' + "".join(
        '<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
        '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' % w for w in (12700, 19050, 25400))
        + '</a:lnStyleLst>')
    effect = ('<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
              '</a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" '
              'dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/>'
              '</a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst>')
    bg = ('<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr '
          'val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill><a:gradFill '
          'rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="93000"/><a:satMod '
          'val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/></a:schemeClr></a:gs><a:gs pos="50000">'
          '<a:schemeClr val="phClr"><a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/><a:lumMod '
          'val="103000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:shade val="63000"/>'
          '<a:satMod val="120000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
          '</a:bgFillStyleLst>')
    font = ('<a:%s><a:latin typeface="%s" panose="%s"/><a:ea typeface=""/><a:cs typeface=""/>'
            '<a:font script="Jpan" typeface="游ゴシック"/><a:font script="Hang" typeface="맑은 고딕"/>'
            '<a:font script="Hans" typeface="等线"/><a:font script="Hant" typeface="新細明體"/>'
            '<a:font script="Arab" typeface="Times New Roman"/><a:font script="Hebr" typeface="Times New Roman"/>'
            '<a:font script="Thai" typeface="Tahoma"/><a:font script="Deva" typeface="Mangal"/></a:%s>')
    return (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
            '<a:themeElements><a:clrScheme name="Office">'
            + "".join("<a:%s>%s</a:%s>" % (k, v, k) for k, v in clr)
            + '</a:clrScheme><a:fontScheme name="Office">'
            + font % ("majorFont", "Aptos Display", "02110004020202020204", "majorFont")
            + font % ("minorFont", "Aptos Narrow", "02110004020202020204", "minorFont")
            + '</a:fontScheme><a:fmtScheme name="Office">' + fill + line + effect + bg
            + '</a:fmtScheme></a:themeElements><a:objectDefaults><a:lnDef><a:spPr/><a:bodyPr/><a:lstStyle/>'
            '<a:style><a:lnRef idx="2"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="0"><a:schemeClr '
            'val="accent1"/></a:fillRef><a:effectRef idx="1"><a:schemeClr val="accent1"/></a:effectRef>'
            '<a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef></a:style></a:lnDef></a:objectDefaults>'
            '<a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}"><thm15:themeFamily '
            'xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
            'id="{2E142A2C-CD16-42D6-873A-C26D2A0506FA}" vid="{1BDDFF52-6CD6-40A5-AB3C-68EB2F1E4D0A}"/></a:ext>'
            '</a:extLst></a:theme>')


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    sheets = parse()
    sst = SST()
    parts = []
    sheet_parts = []
    for i, sh in enumerate(sheets, 1):
        sheet_parts.append(("xl/worksheets/sheet%d.xml" % i, sheet_xml(i, sh, sst, bool(sh["comments"]))))
    names = [sh["name"] for sh in sheets]
    ct = [DECL, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(1, len(sheets) + 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    ct.append('<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    for i, sh in enumerate(sheets, 1):
        if sh["comments"]:
            ct.append('<Override PartName="/xl/comments%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' % i)
            ct.append('<Override PartName="/xl/threadedComments/threadedComment%d.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' % i)
    ct.append('<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    parts.append(("[Content_Types].xml", "".join(ct)))
    parts.append(("_rels/.rels", DECL + '<Relationships xmlns="%s"><Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                  '<Relationship Id="rId1" Type="%sofficeDocument" Target="xl/workbook.xml"/></Relationships>' % (NSPR, RT, RT)))
    wb = [DECL, '<workbook xmlns="%s" xmlns:r="%s" xmlns:mc="%s" mc:Ignorable="x15 xr xr6 xr10 xr2" '
          'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="%s" '
          'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
          'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="%s">'
          % (NS, NSR, NSMC, NSXR, NSXR2),
          '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="10227"/>'
          '<workbookPr defaultThemeVersion="202300"/>'
          '<mc:AlternateContent xmlns:mc="%s"><mc:Choice Requires="x15"><x15ac:absPath '
          'url="/Users/ishaanverma/Library/CloudStorage/OneDrive-Personal/UPSC/GS2 IR/" '
          'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice>'
          '</mc:AlternateContent>' % NSMC,
          '<xr:revisionPtr revIDLastSave="38" documentId="8_{%s}" xr6:coauthVersionLast="47" '
          'xr6:coauthVersionMax="47" xr10:uidLastSave="%s"/>'
          % (guid("doc")[1:-1], guid("save", "38")),
          '<bookViews><workbookView xWindow="780" yWindow="1000" windowWidth="28040" windowHeight="16140" '
          'xr2:uid="{A1E6C3B2-5F4D-8E47-9C0B-2D7F31A8E6C4}"/></bookViews><sheets>']
    for i, n in enumerate(names, 1):
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n), i, i))
    wb.append('</sheets><calcPr calcId="191029"/><extLst><ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" '
              'xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures">'
              '<xcalcf:calcFeatures><xcalcf:feature name="microsoft.com:RD"/><xcalcf:feature '
              'name="microsoft.com:Single"/><xcalcf:feature name="microsoft.com:FV"/><xcalcf:feature '
              'name="microsoft.com:CNMTM"/><xcalcf:feature name="microsoft.com:LET_WF"/><xcalcf:feature '
              'name="microsoft.com:LAMBDA_WF"/><xcalcf:feature name="microsoft.com:ARRAYTEXT_WF"/>'
              '</xcalcf:calcFeatures></ext></extLst></workbook>')
    parts.append(("xl/workbook.xml", "".join(wb)))
    n = len(sheets)
    rels = [DECL, '<Relationships xmlns="%s">' % NSPR]
    rels.append('<Relationship Id="rId%d" Type="%ssharedStrings" Target="sharedStrings.xml"/>' % (n + 3, RT))
    rels.append('<Relationship Id="rId%d" Type="%sstyles" Target="styles.xml"/>' % (n + 2, RT))
    rels.append('<Relationship Id="rId%d" Type="%stheme" Target="theme/theme1.xml"/>' % (n + 1, RT))
    for i in range(n, 0, -1):
        rels.append('<Relationship Id="rId%d" Type="%sworksheet" Target="worksheets/sheet%d.xml"/>' % (i, RT, i))
    rels.append('<Relationship Id="rId%d" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" '
                'Target="persons/person.xml"/></Relationships>' % (n + 4))
    parts.append(("xl/_rels/workbook.xml.rels", "".join(rels)))
    parts.extend(sheet_parts)
    parts.append(("xl/theme/theme1.xml", theme()))
    parts.append(("xl/styles.xml", styles()))
    parts.append(("xl/sharedStrings.xml", sst.xml()))
    for i, sh in enumerate(sheets, 1):
        if not sh["comments"]:
            continue
        parts.append(("xl/worksheets/_rels/sheet%d.xml.rels" % i,
                      DECL + '<Relationships xmlns="%s"><Relationship Id="rId3" '
                      'Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" '
                      'Target="../threadedComments/threadedComment%d.xml"/><Relationship Id="rId2" '
                      'Type="%scomments" Target="../comments%d.xml"/><Relationship Id="rId1" '
                      'Type="%svmlDrawing" Target="../drawings/vmlDrawing%d.vml"/></Relationships>'
                      % (NSPR, i, RT, i, RT, i)))
    for i, sh in enumerate(sheets, 1):
        if sh["comments"]:
            parts.append(("xl/threadedComments/threadedComment%d.xml" % i, threaded_xml(sh)))
    for i, sh in enumerate(sheets, 1):
        if sh["comments"]:
            parts.append(("xl/comments%d.xml" % i, legacy_xml(sh)))
    for i, sh in enumerate(sheets, 1):
        if sh["comments"]:
            parts.append(("xl/drawings/vmlDrawing%d.vml" % i, vml(i, sh)))
    parts.append(("xl/persons/person.xml", persons_xml()))
    parts.append(("docProps/core.xml", DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                  '<dc:creator>Ishaan Verma</dc:creator><cp:lastModifiedBy>Ishaan Verma</cp:lastModifiedBy>'
                  '<dcterms:created xsi:type="dcterms:W3CDTF">2025-07-02T09:14:22Z</dcterms:created>'
                  '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-04T15:37:48Z</dcterms:modified>'
                  '</cp:coreProperties>'))
    titles = "".join("<vt:lpstr>%s</vt:lpstr>" % escape(x) for x in names)
    parts.append(("docProps/app.xml", DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                  '<Application>Microsoft Macintosh Excel</Application><DocSecurity>0</DocSecurity>'
                  '<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant>'
                  '<vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>%d</vt:i4></vt:variant>'
                  '</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="%d" baseType="lpstr">%s'
                  '</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
                  '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
                  % (n, n, titles)))
    with zipfile.ZipFile(out_path, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))


if __name__ == "__main__":
    main()
