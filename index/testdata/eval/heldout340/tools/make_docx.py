#!/usr/bin/python3
"""Re-make docs/groundwater-governance-cgwb-notes.docx from its source text, byte for byte.

The file is shaped as LibreOffice Writer 7.3 (Ubuntu build) saves "Word 2007-365 (.docx)":
LibreOffice's own style ids (Heading1, TextBody, Contents1, TableContents ...), chapter
numbering linked to the heading styles, lists with w:numPr (one abstractNum per list), a table
with a "Table 1: ..." caption built on a SEQ field, a text frame exported as a wps text box with
its VML fallback, __RefHeading___Toc bookmarks, a TOC field inside a "Table of Contents" w:sdt,
and a footer with PAGE / NUMPAGES fields.  Deterministic: fixed timestamps, no randomness.

Usage: make_docx.py [output path]
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SLUG = "groundwater-governance-cgwb-notes"
SRC = os.path.join(HERE, SLUG + ".txt")
OUT = os.path.join(ROOT, "docs", SLUG + ".docx")
SAVED = (2025, 3, 29, 22, 41, 18)

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_DOC = ('xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 wp14 w15"')
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# ---------------------------------------------------------------- runs and paragraphs
def t(text):
    sp = ' xml:space="preserve"' if (text[:1].isspace() or text[-1:].isspace()) else ""
    return "<w:t%s>%s</w:t>" % (sp, escape(text))


def run(text, rpr=""):
    return "<w:r><w:rPr>%s</w:rPr>%s</w:r>" % (rpr, t(text))


def inline(text, base_rpr=""):
    """**bold**, ^sup^ (AutoCorrect ordinal), {en-US:...} (pasted text keeping its language)."""
    out = []
    for piece in re.split(r"(\*\*.+?\*\*|\^[a-z]+\^|\{en-US:.+?\})", text):
        if not piece:
            continue
        if piece.startswith("**"):
            out.append(run(piece[2:-2], base_rpr + "<w:b/><w:bCs/>"))
        elif piece.startswith("^"):
            out.append(run(piece[1:-1], base_rpr + '<w:vertAlign w:val="superscript"/>'))
        elif piece.startswith("{en-US:"):
            out.append(run(piece[7:-1], base_rpr + '<w:lang w:val="en-US"/>'))
        else:
            out.append(run(piece, base_rpr))
    return "".join(out)


def para(style, body, extra_ppr=""):
    return ('<w:p><w:pPr><w:pStyle w:val="%s"/>%s<w:rPr></w:rPr></w:pPr>%s</w:p>'
            % (style, extra_ppr, body))


def fld(instr, result, rpr=""):
    return ('<w:r><w:rPr>%s</w:rPr><w:fldChar w:fldCharType="begin"></w:fldChar></w:r>'
            '<w:r><w:rPr>%s</w:rPr><w:instrText>%s</w:instrText></w:r>'
            '<w:r><w:rPr>%s</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:rPr>%s</w:rPr><w:t>%s</w:t></w:r>'
            '<w:r><w:rPr>%s</w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
            % (rpr, rpr, escape(instr), rpr, rpr, escape(result), rpr))


# ---------------------------------------------------------------- parse the source
def parse(src):
    blocks = []  # (kind, data)
    box = []
    pending_box = False
    for line in src.split("\n"):
        if not line.strip():
            continue
        if line.startswith("TITLE: "):
            blocks.append(("title", line[7:]))
        elif line.startswith("SUBTITLE: "):
            blocks.append(("subtitle", line[10:]))
        elif line == "[TOC]":
            blocks.append(("toc", None))
        elif line == "[BOX]":
            pending_box = True
        elif line.startswith("> "):
            box.append(line[2:])
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            blocks.append(("ul", line[2:]))
        elif re.match(r"\d+\. ", line):
            blocks.append(("ol", line.split(" ", 1)[1]))
        elif line.startswith("CAPTION: "):
            blocks.append(("caption", line[9:]))
        elif line.startswith("| "):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        else:
            blocks.append(("p", line, pending_box))
            pending_box = False
    return blocks, box


# ---------------------------------------------------------------- numbering
BULLET_LVL = ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="%d"/></w:tabs>'
              '<w:ind w:left="%d" w:hanging="283"/></w:pPr><w:rPr><w:rFonts w:ascii="OpenSymbol" '
              'w:hAnsi="OpenSymbol" w:cs="OpenSymbol" w:hint="default"/></w:rPr></w:lvl>')
DEC_LVL = ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%%d."/>'
           '<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="%d"/></w:tabs>'
           '<w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>')


def outline_abstract():
    lv = []
    for i in range(9):
        text = ".".join("%%%d" % (k + 1) for k in range(i + 1))
        style = '<w:pStyle w:val="Heading%d"/>' % (i + 1) if i < 3 else ""
        lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/>%s'
                  '<w:suff w:val="space"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                  '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>' % (i, style, text))
    return '<w:abstractNum w:abstractNumId="1">%s</w:abstractNum>' % "".join(lv)


def list_abstract(aid, kind):
    lv = []
    for i in range(9):
        pos = 707 + 360 * i
        if kind == "ul":
            lv.append(BULLET_LVL % (i, "•" if i % 3 == 0 else ("◦" if i % 3 == 1 else "▪"), pos, pos))
        else:
            lv.append(DEC_LVL % (i, i + 1, pos, pos))
    return '<w:abstractNum w:abstractNumId="%d">%s</w:abstractNum>' % (aid, "".join(lv))


# ---------------------------------------------------------------- the frame (text box)
def frame(box_lines):
    def content():
        ps = []
        for i, line in enumerate(box_lines):
            rpr = "<w:b/><w:bCs/>" if i == 0 else ""
            ps.append('<w:p><w:pPr><w:pStyle w:val="FrameContents"/><w:rPr>%s</w:rPr></w:pPr>%s</w:p>'
                      % (rpr, run(line, rpr)))
        return "<w:txbxContent>%s</w:txbxContent>" % "".join(ps)
    cx, cy = 2160270, 1440180
    return ('<w:r><w:rPr></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor behindDoc="0" distT="45720" distB="45720" distL="114300" distR="114300" '
            'simplePos="0" locked="0" layoutInCell="0" allowOverlap="1" relativeHeight="2">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:align>right</wp:align>'
            '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>635</wp:posOffset>'
            '</wp:positionV><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:wrapSquare wrapText="largest"/><wp:docPr id="1" name="Frame1"></wp:docPr>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>'
            '</wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/>'
            '</a:xfrm><a:prstGeom prst="rect"/><a:solidFill><a:srgbClr val="FFF5CE"/></a:solidFill>'
            '<a:ln w="9360"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:round/></a:ln></wps:spPr>'
            '<wps:txbx>%s</wps:txbx><wps:bodyPr anchor="t" lIns="71755" tIns="71755" rIns="71755" bIns="71755">'
            '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
            '</mc:Choice><mc:Fallback><w:pict><v:rect style="position:absolute;rotation:0;width:170.1pt;'
            'height:113.4pt;mso-wrap-distance-left:9pt;mso-wrap-distance-right:9pt;mso-wrap-distance-top:3.6pt;'
            'mso-wrap-distance-bottom:3.6pt;margin-top:0.05pt;mso-position-vertical-relative:paragraph;'
            'margin-left:311.8pt;mso-position-horizontal:right;mso-position-horizontal-relative:text">'
            '<v:textbox inset="0.0783in,0.0783in,0.0783in,0.0783in">%s</v:textbox><w10:wrap type="square"/>'
            '<v:fill o:detectmouseclick="t" type="solid" color2="#000a31"/><v:stroke color="black" '
            'weight="9360" joinstyle="round" endcap="flat"/></v:rect></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>' % (cx, cy, cx, cy, content(), content()))


# ---------------------------------------------------------------- document.xml
def build_document(blocks, box):
    body = []
    # headings: numbers, bookmarks, TOC entries
    heads = []
    n1 = n2 = 0
    for b in blocks:
        if b[0] == "h1":
            n1 += 1
            n2 = 0
            heads.append((1, "%d" % n1, b[1]))
        elif b[0] == "h2":
            n2 += 1
            heads.append((2, "%d.%d" % (n1, n2), b[1]))
    # page each heading lands on when laid out in Writer (A4, 2 cm margins, Liberation Serif 12)
    pages = {"1": 1, "2": 2, "2.1": 2, "2.2": 2, "3": 3, "3.1": 3, "3.2": 3, "3.3": 3, "4": 4, "4.1": 4,
             "4.2": 4, "4.3": 5, "5": 5, "5.1": 5, "5.2": 6, "6": 6, "6.1": 6, "6.2": 6, "6.3": 7, "7": 7}
    marks = {}
    for i, (lvl, num, text) in enumerate(heads):
        marks[num] = "__RefHeading___Toc%d_%d" % (1100 + 37 * i, 2749185163 if i % 2 else 1632571840)
    bm_id = [0]

    def bookmark(name, inner):
        i = bm_id[0]
        bm_id[0] += 1
        return ('<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>' % (i, name, inner, i))

    lists = []      # (numId, kind)
    cur_list = None
    hi = 0
    first_after_toc = False
    for b in blocks:
        kind = b[0]
        if kind not in ("ul", "ol"):
            cur_list = None
        if kind == "title":
            body.append(para("Title", run(b[1])))
        elif kind == "subtitle":
            body.append(para("Subtitle", run(b[1])))
        elif kind == "toc":
            toc = ['<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                   '<w:docPartUnique w:val="true"/></w:docPartObj></w:sdtPr><w:sdtContent>']
            toc.append(para("ContentsHeading", run("Table of Contents")))
            for i, (lvl, num, text) in enumerate(heads):
                start = ""
                if i == 0:
                    start = ('<w:r><w:fldChar w:fldCharType="begin"></w:fldChar></w:r><w:r><w:rPr></w:rPr>'
                             '<w:instrText> TOC \\f \\o "1-3" \\h</w:instrText></w:r><w:r><w:rPr>'
                             '</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>')
                entry = ('<w:hyperlink w:anchor="%s"><w:r><w:rPr><w:rStyle w:val="IndexLink"/></w:rPr>'
                         '%s<w:tab/>%s</w:r></w:hyperlink>' % (marks[num], t(num + " " + text),
                                                                t(str(pages[num]))))
                toc.append('<w:p><w:pPr><w:pStyle w:val="Contents%d"/><w:tabs><w:tab w:val="clear" '
                           'w:pos="%d"/><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs>'
                           '<w:rPr></w:rPr></w:pPr>%s%s</w:p>' % (lvl, 9638 - 283 * (lvl - 1), start, entry))
            toc.append('<w:p><w:pPr><w:pStyle w:val="Normal"/><w:rPr></w:rPr></w:pPr><w:r><w:rPr></w:rPr>'
                       '<w:fldChar w:fldCharType="end"/></w:r></w:p>')
            toc.append("</w:sdtContent></w:sdt>")
            body.append("".join(toc))
            first_after_toc = True
        elif kind in ("h1", "h2"):
            lvl, num, text = heads[hi]
            hi += 1
            extra = '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>' % (lvl - 1)
            if first_after_toc:
                extra = '<w:pageBreakBefore/>' + extra
                first_after_toc = False
            body.append(para("Heading%d" % lvl, bookmark(marks[num], run(text)), extra))
        elif kind == "p":
            inner = inline(b[1])
            if b[2]:
                inner = frame(box) + inner
            body.append(para("TextBody", inner))
        elif kind in ("ul", "ol"):
            if cur_list is None or cur_list[1] != kind:
                cur_list = (len(lists) + 2, kind)
                lists.append(cur_list)
            body.append(para("TextBody", inline(b[1]),
                             '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                             '<w:tabs><w:tab w:val="clear" w:pos="707"/><w:tab w:val="left" w:pos="709"/>'
                             '</w:tabs><w:spacing w:before="0" w:after="57"/><w:ind w:left="709" '
                             'w:hanging="283"/>' % cur_list[0]))
        elif kind == "caption":
            label, rest = b[1].split(" 1: ", 1)
            inner = (run(label + " ") + fld(" SEQ Table \\* ARABIC ", "1") + run(": " + rest))
            body.append(para("Caption", bookmark("table1", inner), '<w:keepNext/>'))
        elif kind == "table":
            body.append(table(b[1]))
    # final section properties
    body.append('<w:sectPr><w:footerReference w:type="default" r:id="rId3"/><w:type w:val="nextPage"/>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1134" w:right="1134" w:gutter="0" '
                'w:header="0" w:top="1134" w:footer="1134" w:bottom="1701"/><w:pgNumType w:fmt="decimal"/>'
                '<w:formProt w:val="false"/><w:textDirection w:val="lrTb"/><w:docGrid w:type="default" '
                'w:linePitch="100" w:charSpace="0"/></w:sectPr>')
    doc = DECL + "<w:document %s><w:body>%s</w:body></w:document>" % (NS_DOC, "".join(body))
    return doc, lists


def table(rows):
    widths = [4253, 1795, 1795, 1795]
    border = '<w:%s w:val="single" w:sz="2" w:space="0" w:color="000000"/>'
    out = ['<w:tbl><w:tblPr><w:tblW w:w="9638" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="0" '
           'w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="55" w:type="dxa"/>'
           '<w:left w:w="55" w:type="dxa"/><w:bottom w:w="55" w:type="dxa"/><w:right w:w="55" w:type="dxa"/>'
           '</w:tblCellMar></w:tblPr><w:tblGrid>']
    out += ['<w:gridCol w:w="%d"/>' % w for w in widths]
    out.append("</w:tblGrid>")
    for ri, cells in enumerate(rows):
        out.append("<w:tr><w:trPr>%s</w:trPr>" % ("<w:tblHeader/>" if ri == 0 else ""))
        for ci, c in enumerate(cells):
            sides = ["top", "left", "bottom"] + (["right"] if ci == len(cells) - 1 else [])
            shade = '<w:shd w:fill="DDE8CB" w:val="clear"/>' if ri == 0 else ""
            style = "TableHeading" if ri == 0 else "TableContents"
            jc = '<w:jc w:val="right"/>' if (ri > 0 and ci > 0) else ""
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:tcBorders>%s</w:tcBorders>%s</w:tcPr>'
                       '%s</w:tc>' % (widths[ci], "".join(border % s for s in sides), shade,
                                      para(style, run(c), jc)))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def build_numbering(lists):
    absn = [outline_abstract()]
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>']
    for num_id, kind in lists:
        absn.append(list_abstract(num_id, kind))
        nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (num_id, num_id))
    return DECL + "<w:numbering %s>%s%s</w:numbering>" % (NS_DOC, "".join(absn), "".join(nums))


# ---------------------------------------------------------------- the fixed parts
def styles():
    def ps(sid, name, based=None, nxt=None, ppr="", rpr="", q=True, extra=""):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>%s%s%s%s<w:pPr>%s</w:pPr>'
                '<w:rPr>%s</w:rPr></w:style>' % (sid, name, '<w:basedOn w:val="%s"/>' % based if based else "",
                                                 '<w:next w:val="%s"/>' % nxt if nxt else "",
                                                 "<w:qFormat/>" if q else "", extra, ppr, rpr))

    def cs(sid, name, rpr="", q=True):
        return ('<w:style w:type="character" w:styleId="%s"><w:name w:val="%s"/>%s<w:rPr>%s</w:rPr></w:style>'
                % (sid, name, "<w:qFormat/>" if q else "", rpr))
    sans = ('<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:eastAsia="Noto Sans CJK SC" '
            'w:cs="Lohit Devanagari"/>')
    s = [DECL, '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" '
         'w:hAnsi="Liberation Serif" w:eastAsia="Noto Serif CJK SC" w:cs="Lohit Devanagari"/><w:kern w:val="2"/>'
         '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-IN" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr>'
         '</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/><w:suppressAutoHyphens w:val="true"/></w:pPr>'
         '</w:pPrDefault></w:docDefaults>' % W_NS]
    s.append(ps("Normal", "Normal", ppr='<w:widowControl/><w:bidi w:val="0"/><w:jc w:val="left"/>',
                rpr='<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:eastAsia="Noto Serif CJK SC" '
                    'w:cs="Lohit Devanagari"/><w:color w:val="auto"/><w:kern w:val="2"/><w:sz w:val="24"/>'
                    '<w:szCs w:val="24"/><w:lang w:val="en-IN" w:eastAsia="zh-CN" w:bidi="hi-IN"/>'))
    s.append(ps("Heading1", "Heading 1", "Heading", "TextBody",
                '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" w:after="120"/>'
                '<w:outlineLvl w:val="0"/>', '<w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/>'))
    s.append(ps("Heading2", "Heading 2", "Heading", "TextBody",
                '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="200" w:after="120"/>'
                '<w:outlineLvl w:val="1"/>', '<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>'))
    s.append(ps("Heading3", "Heading 3", "Heading", "TextBody",
                '<w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="140" w:after="120"/>'
                '<w:outlineLvl w:val="2"/>', '<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>'))
    s.append(cs("IndexLink", "Index Link", q=False))
    s.append(cs("InternetLink", "Internet Link", '<w:color w:val="000080"/><w:u w:val="single"/>', q=False))
    s.append(cs("NumberingSymbols", "Numbering Symbols"))
    s.append(cs("Bullets", "Bullets", '<w:rFonts w:ascii="OpenSymbol" w:hAnsi="OpenSymbol" w:eastAsia="OpenSymbol" '
                                      'w:cs="OpenSymbol"/>'))
    s.append(ps("Heading", "Heading", "Normal", "TextBody", '<w:keepNext w:val="true"/><w:spacing w:before="240" '
                'w:after="120"/>', sans + '<w:sz w:val="28"/><w:szCs w:val="28"/>'))
    s.append(ps("TextBody", "Text Body", "Normal", ppr='<w:spacing w:lineRule="auto" w:line="276" w:before="0" '
                'w:after="140"/>', q=False))
    s.append(ps("List", "List", "TextBody", rpr='<w:rFonts w:cs="Lohit Devanagari"/>'))
    s.append(ps("Caption", "Caption", "Normal", ppr='<w:suppressLineNumbers/><w:spacing w:before="120" '
                'w:after="120"/>', rpr='<w:rFonts w:cs="Lohit Devanagari"/><w:i/><w:iCs/><w:sz w:val="24"/>'
                '<w:szCs w:val="24"/>'))
    s.append(ps("Index", "Index", "Normal", ppr="<w:suppressLineNumbers/>",
                rpr='<w:rFonts w:cs="Lohit Devanagari"/>'))
    s.append(ps("Title", "Title", "Heading", "TextBody", '<w:jc w:val="center"/>',
                '<w:b/><w:bCs/><w:sz w:val="56"/><w:szCs w:val="56"/>'))
    s.append(ps("Subtitle", "Subtitle", "Heading", "TextBody", '<w:spacing w:before="60" w:after="120"/>'
                '<w:jc w:val="center"/>', '<w:sz w:val="28"/><w:szCs w:val="28"/>'))
    s.append(ps("ContentsHeading", "Contents Heading", "Heading", ppr='<w:suppressLineNumbers/><w:ind w:hanging="0" '
                'w:left="0"/>', rpr='<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>'))
    s.append(ps("Contents1", "Contents 1", "Index", ppr='<w:tabs><w:tab w:val="clear" w:pos="709"/><w:tab '
                'w:val="right" w:leader="dot" w:pos="9638"/></w:tabs><w:spacing w:before="0" w:after="57"/>'
                '<w:ind w:hanging="0" w:left="0"/>'))
    s.append(ps("Contents2", "Contents 2", "Index", ppr='<w:tabs><w:tab w:val="clear" w:pos="709"/><w:tab '
                'w:val="right" w:leader="dot" w:pos="9355"/></w:tabs><w:ind w:hanging="0" w:left="283"/>'))
    s.append(ps("TableContents", "Table Contents", "Normal", ppr='<w:suppressLineNumbers/>', q=False))
    s.append(ps("TableHeading", "Table Heading", "TableContents", ppr='<w:suppressLineNumbers/><w:jc '
                'w:val="center"/>', rpr='<w:b/><w:bCs/>'))
    s.append(ps("HeaderandFooter", "Header and Footer", "Normal", ppr='<w:suppressLineNumbers/><w:tabs><w:tab '
                'w:val="clear" w:pos="709"/><w:tab w:val="center" w:pos="4819" w:leader="none"/><w:tab '
                'w:val="right" w:pos="9638" w:leader="none"/></w:tabs>', q=False))
    s.append(ps("Footer", "Footer", "HeaderandFooter", ppr='<w:suppressLineNumbers/>',
                rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>'))
    s.append(ps("FrameContents", "Frame Contents", "Normal", q=False))
    s.append("</w:styles>")
    return "".join(s)


def footer():
    return (DECL + '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/><w:rPr></w:rPr></w:pPr>'
            '%s%s%s%s</w:p></w:ftr>' % (NS_DOC, run("Groundwater Governance – Rohan’s notes · Page "),
                                        fld(" PAGE ", "2"), run(" of "), fld(" NUMPAGES ", "7")))


def settings():
    return (DECL + '<w:settings %s><w:zoom w:percent="110"/><w:defaultTabStop w:val="709"/>'
            '<w:autoHyphenation w:val="true"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="en-IN" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:settings>' % W_NS)


def font_table():
    fonts = [("Times New Roman", None, "00", "roman", "variable"), ("Symbol", None, "02", "roman", "variable"),
             ("Arial", None, "00", "swiss", "variable"),
             ("Liberation Serif", "Times New Roman", "01", "roman", "variable"),
             ("Liberation Sans", "Arial", "01", "swiss", "variable"), ("OpenSymbol", None, "02", "auto", "default"),
             ("Noto Serif CJK SC", None, "01", "auto", "variable"), ("Lohit Devanagari", None, "01", "auto",
                                                                    "variable"),
             ("Noto Sans CJK SC", None, "01", "auto", "variable")]
    out = []
    for name, alt, cs_, fam, pitch in fonts:
        out.append('<w:font w:name="%s">%s<w:charset w:val="%s"/><w:family w:val="%s"/><w:pitch w:val="%s"/>'
                   '</w:font>' % (name, '<w:altName w:val="%s"/>' % alt if alt else "", cs_, fam, pitch))
    return (DECL + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">%s</w:fonts>'
            % "".join(out))


def app(words, chars, chars_sp, paras):
    return (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template>'
            '<TotalTime>347</TotalTime><Application>LibreOffice/7.3.7.2$Linux_X86_64 LibreOffice_project/30$Build-2'
            '</Application><AppVersion>15.0000</AppVersion><Pages>7</Pages><Words>%d</Words><Characters>%d'
            '</Characters><CharactersWithSpaces>%d</CharactersWithSpaces><Paragraphs>%d</Paragraphs></Properties>'
            % (words, chars, chars_sp, paras))


def core():
    return (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-18T19:02:44Z</dcterms:created>'
            '<dc:creator>Rohan Mehta</dc:creator><dc:description></dc:description><dc:language>en-IN</dc:language>'
            '<cp:lastModifiedBy>Rohan Mehta</cp:lastModifiedBy><dcterms:modified xsi:type="dcterms:W3CDTF">'
            '2025-03-29T17:11:18Z</dcterms:modified><cp:revision>23</cp:revision><dc:subject></dc:subject>'
            '<dc:title>Groundwater Governance in India</dc:title></cp:coreProperties>')


RELS = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officedocument/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" '
        'Target="docProps/app.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
            'Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId4" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" '
            'Target="fontTable.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>')
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml."
TYPES = ('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
         'content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
         'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="png" '
         'ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override '
         'PartName="/_rels/.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
         'core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/word/_rels/'
         'document.xml.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Override PartName="/word/document.xml" ContentType="' + CT_MAIN + 'document.main+xml"/>'
         '<Override PartName="/word/styles.xml" ContentType="' + CT_MAIN + 'styles+xml"/>'
         '<Override PartName="/word/numbering.xml" ContentType="' + CT_MAIN + 'numbering+xml"/>'
         '<Override PartName="/word/footer1.xml" ContentType="' + CT_MAIN + 'footer+xml"/>'
         '<Override PartName="/word/fontTable.xml" ContentType="' + CT_MAIN + 'fontTable+xml"/>'
         '<Override PartName="/word/settings.xml" ContentType="' + CT_MAIN + 'settings+xml"/></Types>')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    src = open(SRC, encoding="utf-8").read()
    blocks, box = parse(src)
    doc, lists = build_document(blocks, box)
    # Writer's statistics (body text, as its word counter sees it)
    body = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", doc.split("<w:body>", 1)[1])
    plain = re.sub(r"<[^>]+>", " ", body)
    plain = plain.replace("&amp;", "&").replace("&quot;", '"')
    words = len(plain.split())
    chars = len(re.sub(r"\s+", "", plain))
    chars_sp = len(re.sub(r"\s+", " ", plain).strip())
    paras = body.count("<w:p>")
    parts = [("_rels/.rels", RELS), ("docProps/app.xml", app(words, chars, chars_sp, paras)),
             ("docProps/core.xml", core()), ("word/_rels/document.xml.rels", DOC_RELS),
             ("word/document.xml", doc), ("word/styles.xml", styles()),
             ("word/numbering.xml", build_numbering(lists)), ("word/footer1.xml", footer()),
             ("word/fontTable.xml", font_table()), ("word/settings.xml", settings()),
             ("[Content_Types].xml", TYPES)]
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=SAVED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8"), compresslevel=6)


if __name__ == "__main__":
    main()
