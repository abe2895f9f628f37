#!/usr/bin/python3
"""Re-make docs/parliamentary-committees-group-notes.docx from
tools/parliamentary-committees-group-notes.txt.

The file is shaped as Google Docs writes File > Download > Microsoft Word (.docx): no docProps
parts (only the officeDocument relationship in _rels/.rels), zip entries deflated and stamped
1980-01-01 00:00 with the content-types part last, XML parts opening with a declaration and a
newline; document.xml with Google's namespace list, every paragraph and run carrying rsid
attributes of "00000000" and a sequential w14:paraId, w:rtl w:val="0" in every run, booleans
written w:val="1", headings with "_heading=h.…" bookmarks, styles named the Google way ("normal",
"heading 1", "Title", "Subtitle", "Table1" with 100-twip cell margins), a "Table of Contents"
sdt holding a TOC field with "With blue links" entries (hyperlinks to the bookmarks, 1155cc and
underlined, no page numbers), Google's nine-level list definitions (decimal "%1." and the
●/○/■ bullets), a table with fractional twip widths ("9025.511811023624") and per-cell borders,
a suggestion kept as a tracked change (w:del / w:ins by its author, with a date), and an A4
section of 11909 x 16834 twips.

Deterministic. Run: /usr/bin/python3 tools/make_gdocx.py [out.docx]
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "parliamentary-committees-group-notes.txt")
OUT = os.path.join(ROOT, "docs", "parliamentary-committees-group-notes.docx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
      'xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" '
      'xmlns:cx2="http://schemas.microsoft.com/office/drawing/2015/10/21/chartex" '
      'xmlns:cx3="http://schemas.microsoft.com/office/drawing/2016/5/9/chartex" '
      'xmlns:cx4="http://schemas.microsoft.com/office/drawing/2016/5/10/chartex" '
      'xmlns:cx5="http://schemas.microsoft.com/office/drawing/2016/5/11/chartex" '
      'xmlns:cx6="http://schemas.microsoft.com/office/drawing/2016/5/12/chartex" '
      'xmlns:cx7="http://schemas.microsoft.com/office/drawing/2016/5/13/chartex" '
      'xmlns:cx8="http://schemas.microsoft.com/office/drawing/2016/5/14/chartex" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
      'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
      'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
      'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
      'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
      'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh wp14"')
# the names Google Docs gives heading bookmarks, in the order it hands them out
BOOKMARKS = ["gjdgxs", "30j0zll", "1fob9te", "3znysh7", "2et92p0", "tyjcwt", "3dy6vkm", "1t3h5sf",
             "4d34og8", "2s8eyo1", "17dp8vu", "3rdcrjn", "26in1rg", "lnxbz9", "35nkun2", "1ksv4uv",
             "44sinio", "2jxsxqh", "z337ya", "3j2qqm3"]
RSID = 'w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" w:rsidRPr="00000000"'
RRSID = 'w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"'


class Writer:
    def __init__(self, meta):
        self.meta = meta
        self.para = 0
        self.bm = 0
        self.rev = 0

    def pid(self):
        self.para += 1
        return "%08X" % self.para

    def run(self, text, bold=False, extra=""):
        rpr = ("<w:b w:val=\"1\"/>" if bold else "") + extra + '<w:rtl w:val="0"/>'
        return ('<w:r %s><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                % (RRSID, rpr, escape(text)))

    def runs(self, text, base_bold=False):
        """Inline text: **bold**, and {~~old~>new~~} kept as a suggestion (w:del + w:ins)."""
        out = []
        for part in re.split(r"(\*\*.+?\*\*|\{~~.+?~>.+?~~\})", text):
            if not part:
                continue
            if part.startswith("**"):
                out.append(self.run(part[2:-2], True))
            elif part.startswith("{~~"):
                old, new = part[3:-3].split("~>")
                a, d = self.meta["suggestion"]
                out.append('<w:del w:id="%d" w:author="%s" w:date="%s"><w:r %s><w:rPr><w:rtl w:val="0"/></w:rPr>'
                           '<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                           % (self.rev, escape(a), d, RRSID, escape(old)))
                out.append('<w:ins w:id="%d" w:author="%s" w:date="%s"><w:r %s><w:rPr><w:rtl w:val="0"/></w:rPr>'
                           '<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                           % (self.rev + 1, escape(a), d, RRSID, escape(new)))
                self.rev += 2
            else:
                out.append(self.run(part, base_bold))
        return "".join(out)

    def p(self, ppr, body):
        return '<w:p %s w14:paraId="%s"><w:pPr>%s<w:rPr/></w:pPr>%s</w:p>' % (RSID, self.pid(), ppr, body)


def parse(path):
    meta, blocks = {}, []
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("@suggestion "):
            m = re.match(r"author=(.+) date=(\S+)", line[12:])
            meta["suggestion"] = (m.group(1), m.group(2))
        elif line.startswith("@title ") or line.startswith("@subtitle "):
            k, v = line[1:].split(" ", 1)
            blocks.append((k, v))
        elif line == "@toc":
            blocks.append(("toc", None))
        elif line == "@table":
            blocks.append(("table", []))
        elif line.startswith("| "):
            blocks[-1][1].append([c.strip() for c in line.strip("|").split("|")])
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            blocks.append(("bullet", line[2:]))
        elif re.match(r"\d+\. ", line):
            blocks.append(("number", line.split(" ", 1)[1]))
        else:
            blocks.append(("p", line))
    return meta, blocks


def document(meta, blocks):
    w = Writer(meta)
    headings = [(k, v) for k, v in blocks if k in ("h1", "h2")]
    marks = {}
    for i, (k, v) in enumerate(headings):
        marks[(k, v)] = "_heading=h." + BOOKMARKS[i]
    body = []
    # list ids: Google gives every separate list its own w:num
    num_ids = {}
    prev = None
    next_num = [1]

    def list_num(kind, idx):
        key = (kind, idx)
        if key not in num_ids:
            num_ids[key] = next_num[0]
            next_num[0] += 1
        return num_ids[key]
    list_counter = 0
    nums_kinds = []
    section = None
    for idx, (k, v) in enumerate(blocks):
        if k in ("bullet", "number") and (prev is None or prev[0] != k):
            list_counter += 1
            nums_kinds.append((list_counter, k))
        if k == "title":
            body.append(w.p('<w:pStyle w:val="Title"/>', w.runs(v)))
        elif k == "subtitle":
            body.append(w.p('<w:pStyle w:val="Subtitle"/>', w.runs(v)))
        elif k == "toc":
            entries = []
            for i, (hk, hv) in enumerate(headings):
                ind = '<w:ind w:left="0" w:firstLine="0"/>' if hk == "h1" else '<w:ind w:left="360" w:firstLine="0"/>'
                ppr = ('<w:spacing w:before="%s" w:line="240" w:lineRule="auto"/>%s'
                       % ("80" if hk == "h1" else "0", ind))
                link = ('<w:hyperlink w:anchor="%s"><w:r %s><w:rPr><w:color w:val="1155cc"/><w:u w:val="single"/>'
                        '<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:hyperlink>'
                        % (marks[(hk, hv)], RRSID, escape(hv)))
                if i == 0:
                    link = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                            'TOC \\h \\u \\z \\t "Heading 1,1,Heading 2,2,Heading 3,3,Heading 4,4,Heading 5,5,Heading 6,6,"'
                            '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + link)
                entries.append(w.p(ppr, link))
            entries.append(w.p('<w:spacing w:before="200" w:line="240" w:lineRule="auto"/>',
                               '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
            body.append('<w:sdt><w:sdtPr><w:id w:val="-1736812934"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                        '<w:docPartUnique w:val="1"/></w:docPartObj></w:sdtPr><w:sdtContent>' + "".join(entries)
                        + "</w:sdtContent></w:sdt>")
        elif k in ("h1", "h2"):
            if k == "h1":
                section = v
            style = "Heading1" if k == "h1" else "Heading2"
            w.bm += 1
            bm = ('<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="%s" w:id="%d"/><w:bookmarkEnd w:id="%d"/>'
                  % (marks[(k, v)], w.bm - 1, w.bm - 1))
            body.append(w.p('<w:pStyle w:val="%s"/>' % style, bm + w.runs(v)))
        elif k == "p":
            body.append(w.p('<w:spacing w:after="120" w:lineRule="auto"/>', w.runs(v)))
        elif k in ("bullet", "number"):
            nid = list_num(k, list_counter)
            last = idx + 1 == len(blocks) or blocks[idx + 1][0] != k
            first = prev is None or prev[0] != k
            sp = ""
            if first and last:
                sp = '<w:spacing w:before="0" w:after="120" w:lineRule="auto"/>'
            elif last:
                sp = '<w:spacing w:after="120" w:lineRule="auto"/>'
            ppr = ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>%s<w:ind w:left="720" w:hanging="360"/>'
                   % (nid, sp))
            m = re.match(r"(\d{1,2} \w{3} \d{4}|\w+ \d{4}) – (.*)", v)
            if m and k == "bullet" and section == "Recent developments":
                # the dates were bolded by hand, the dash and the rest left plain
                body.append(w.p(ppr, w.run(m.group(1), True) + w.runs(" – " + m.group(2))))
            else:
                body.append(w.p(ppr, w.runs(v)))
        elif k == "table":
            body.append(table(w, v))
        prev = (k, v)
    sect = ('<w:sectPr><w:pgSz w:h="16834" w:w="11909" w:orient="portrait"/>'
            '<w:pgMar w:bottom="1440" w:top="1440" w:left="1440" w:right="1440" w:header="720" w:footer="720"/>'
            '<w:pgNumType w:start="1"/></w:sectPr>')
    xml = DECL + "<w:document %s><w:body>%s%s</w:body></w:document>" % (NS, "".join(body), sect)
    return xml, nums_kinds


def table(w, rows):
    total = 9025.511811023624
    fr = [0.19, 0.27, 0.27, 0.27]
    cols = [total * f for f in fr]
    grid = "".join('<w:gridCol w:w="%s"/>' % repr(c) for c in cols)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="%s" w:type="dxa"/><w:jc w:val="left"/>'
           '<w:tblInd w:w="0.0" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/></w:tblPr>'
           '<w:tblGrid>%s</w:tblGrid>' % (repr(total), grid)]
    border = ('<w:tcBorders><w:top w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
              '<w:left w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
              '<w:bottom w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
              '<w:right w:color="000000" w:space="0" w:sz="8" w:val="single"/></w:tcBorders>')
    mar = ('<w:tcMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/>'
           '<w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tcMar>')
    for r, row in enumerate(rows):
        out.append('<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>')
        for c, cell in enumerate(row):
            fill = "cfe2f3" if r == 0 else ("f3f3f3" if c == 0 else "auto")
            out.append('<w:tc><w:tcPr>%s<w:shd w:fill="%s" w:val="clear"/>%s<w:vAlign w:val="top"/></w:tcPr>'
                       % (border, fill, mar))
            ppr = ('<w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:widowControl w:val="0"/>'
                   '<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/>')
            out.append(w.p(ppr, w.runs(cell, base_bold=(r == 0 or c == 0))))
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def numbering(nums_kinds):
    def lvls(kind):
        out = []
        bullets = ["\u25cf", "\u25cb", "\u25a0"]
        fmts = [("decimal", "%d."), ("lowerLetter", "%d."), ("lowerRoman", "%d.")]
        for i in range(9):
            left = 720 * (i + 1)
            if kind == "bullet":
                out.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/>'
                           '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>'
                           '<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>' % (i, bullets[i % 3], left))
            else:
                fmt, txt = fmts[i % 3]
                jc, hang = ("right", 180) if fmt == "lowerRoman" else ("left", 360)
                out.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                           '<w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>'
                           '<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>' % (i, fmt, txt % (i + 1), jc, left, hang))
        return "".join(out)
    abstract = []
    nums = []
    for n, kind in nums_kinds:
        abstract.append('<w:abstractNum w:abstractNumId="%d">%s</w:abstractNum>' % (n, lvls(kind)))
        nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (n, n))
    return DECL + "<w:numbering %s>%s%s</w:numbering>" % (NS, "".join(abstract), "".join(nums))


def styles():
    def pstyle(sid, name, ppr, rpr, extra=""):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>'
                '<w:next w:val="Normal"/>%s<w:pPr>%s<w:rPr/></w:pPr><w:rPr>%s</w:rPr></w:style>'
                % (sid, name, extra, ppr, rpr))
    keep = '<w:keepNext w:val="1"/><w:keepLines w:val="1"/>'
    s = [DECL, "<w:styles %s>" % NS,
         '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
         '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault>'
         '<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat w:val="1"/></w:style>',
         pstyle("Heading1", "heading 1", keep + '<w:spacing w:after="120" w:before="400" w:lineRule="auto"/>',
                '<w:sz w:val="40"/><w:szCs w:val="40"/>'),
         pstyle("Heading2", "heading 2", keep + '<w:spacing w:after="120" w:before="360" w:lineRule="auto"/>',
                '<w:b w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/>'),
         pstyle("Heading3", "heading 3", keep + '<w:spacing w:after="80" w:before="320" w:lineRule="auto"/>',
                '<w:color w:val="434343"/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
         pstyle("Heading4", "heading 4", keep + '<w:spacing w:after="80" w:before="280" w:lineRule="auto"/>',
                '<w:color w:val="666666"/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
         pstyle("Heading5", "heading 5", keep + '<w:spacing w:after="80" w:before="240" w:lineRule="auto"/>',
                '<w:color w:val="666666"/>'),
         pstyle("Heading6", "heading 6", keep + '<w:spacing w:after="80" w:before="240" w:lineRule="auto"/>',
                '<w:i w:val="1"/><w:color w:val="666666"/>'),
         '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
         '<w:uiPriority w:val="99"/><w:semiHidden w:val="1"/><w:unhideWhenUsed w:val="1"/><w:tblPr>'
         '<w:tblInd w:w="0.0" w:type="dxa"/><w:tblCellMar><w:top w:w="0.0" w:type="dxa"/><w:left w:w="108.0" w:type="dxa"/>'
         '<w:bottom w:w="0.0" w:type="dxa"/><w:right w:w="108.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
         pstyle("Title", "Title", keep + '<w:spacing w:after="60" w:lineRule="auto"/>',
                '<w:sz w:val="52"/><w:szCs w:val="52"/>'),
         pstyle("Subtitle", "Subtitle", keep + '<w:spacing w:after="320" w:before="0" w:lineRule="auto"/>',
                '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:color w:val="666666"/>'
                '<w:sz w:val="30"/><w:szCs w:val="30"/>'),
         '<w:style w:type="table" w:styleId="Table1"><w:basedOn w:val="TableNormal"/><w:tblPr>'
         '<w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblCellMar>'
         '<w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/>'
         '<w:right w:w="100.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
         "</w:styles>"]
    return "".join(s)


def settings():
    return (DECL + "<w:settings %s><w:displayBackgroundShape w:val=\"1\"/><w:embedSystemFonts w:val=\"1\"/>"
            "<w:bordersDoNotSurroundHeader w:val=\"1\"/><w:bordersDoNotSurroundFooter w:val=\"1\"/>"
            "<w:defaultTabStop w:val=\"720\"/><w:compat><w:doNotWrapTextWithPunct w:val=\"1\"/>"
            "<w:doNotUseEastAsianBreakRules w:val=\"1\"/><w:compatSetting w:val=\"15\" w:name=\"compatibilityMode\" "
            "w:uri=\"http://schemas.microsoft.com/office/word\"/><w:compatSetting w:val=\"1\" "
            "w:name=\"overrideTableStyleFontSizeAndJustification\" w:uri=\"http://schemas.microsoft.com/office/word\"/>"
            "<w:compatSetting w:val=\"1\" w:name=\"enableOpenTypeFeatures\" w:uri=\"http://schemas.microsoft.com/office/word\"/>"
            "<w:compatSetting w:val=\"1\" w:name=\"doNotFlipMirrorIndents\" w:uri=\"http://schemas.microsoft.com/office/word\"/>"
            "</w:compat><w:themeFontLang w:val=\"en\"/></w:settings>" % NS)


def font_table():
    return (DECL + "<w:fonts %s><w:font w:name=\"Arial\"/></w:fonts>" % NS)


def theme():
    colors = [("dk1", '<a:srgbClr val="000000"/>'), ("lt1", '<a:srgbClr val="FFFFFF"/>'),
              ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
              ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
              ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
              ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
              ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>')]
    clr = "".join("<a:%s>%s</a:%s>" % (n, v, n) for n, v in colors)
    font = ('<a:latin typeface="Arial"/><a:ea typeface="Arial"/><a:cs typeface="Arial"/>')
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = '<a:ln w="9525" cap="flat" cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/></a:ln>' % fill
    return (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="Google Docs">'
            '<a:themeElements><a:clrScheme name="Google Docs">%s</a:clrScheme>'
            '<a:fontScheme name="Google Docs"><a:majorFont>%s</a:majorFont><a:minorFont>%s</a:minorFont></a:fontScheme>'
            '<a:fmtScheme name="Office"><a:fillStyleLst>%s%s%s</a:fillStyleLst><a:lnStyleLst>%s%s%s</a:lnStyleLst>'
            '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
            '<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
            '<a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>'
            % (clr, font, font, fill, fill, fill, ln, ln, ln, fill, fill, fill))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks = parse(SRC)
    doc, nums_kinds = document(meta, blocks)
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    parts = [
        ("word/theme/theme1.xml", theme()),
        ("word/settings.xml", settings()),
        ("word/fontTable.xml", font_table()),
        ("word/numbering.xml", numbering(nums_kinds)),
        ("word/styles.xml", styles()),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels",
         DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%stheme" Target="theme/theme1.xml"/>'
         '<Relationship Id="rId2" Type="%ssettings" Target="settings.xml"/>'
         '<Relationship Id="rId3" Type="%sfontTable" Target="fontTable.xml"/>'
         '<Relationship Id="rId4" Type="%snumbering" Target="numbering.xml"/>'
         '<Relationship Id="rId5" Type="%sstyles" Target="styles.xml"/>'
         '</Relationships>' % (rel, rel, rel, rel, rel)),
        ("_rels/.rels",
         DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/></Relationships>' % rel),
        ("[Content_Types].xml",
         DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default ContentType="application/xml" Extension="xml"/>'
         '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
         '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/>'
         '<Override ContentType="application/vnd.openxmlformats-officedocument.theme+xml" PartName="/word/theme/theme1.xml"/>'
         '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/>'
         '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/>'
         '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/>'
         '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/>'
         '</Types>'),
    ]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.create_version = 20
            zi.extract_version = 20
            z.writestr(zi, text.encode("utf-8"), compresslevel=6)


if __name__ == "__main__":
    main()
