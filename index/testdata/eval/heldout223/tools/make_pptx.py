#!/usr/bin/python3
"""Make docs/arthashastra-officials-revenue.pptx from tools/arthashastra-officials-revenue.txt.

The deck is written the way Google Slides writes File > Download > Microsoft PowerPoint
(.pptx): no docProps, the parts in Google's order with _rels/.rels and [Content_Types].xml
last, every entry dated 1980-01-01 and deflated; a 16:9 (9144000 x 5143500 EMU) presentation
on the "Simple Light" theme (Arial, Google's accent colours) with its eleven layouts named
TITLE, SECTION_HEADER, TITLE_AND_BODY, TITLE_AND_TWO_COLUMNS, TITLE_ONLY, ONE_COLUMN_TEXT,
MAIN_POINT, SECTION_TITLE_AND_DESCRIPTION, CAPTION_ONLY, BIG_NUMBER and BLANK (each with a
matchingName); shapes named "Google Shape;<n>;<page id>" (page ids p13... for the first
slides and g<hex>_0_<n> for slides added later), group shapes "Shape <n>"; explicit
paragraph properties on every paragraph (marL/indent, spcBef/spcAft 0, buSzPts and the
"●"/"○" bullet characters, buAutoNum for numbered lists, buNone otherwise), runs with
lang="en" and a font size fixed per slide; a slide-number field with Google's all-1234 id and
the "‹#›" text on every slide but the first; a table as a graphicFrame with grey cell borders
and a style named "Table_0"; a free text box on the last slide; and a notes slide for every
slide (slide image plus body placeholder; an empty <a:t/> run where a slide has no notes).

Source markup: "@deck" header lines, then "@slide <page id> <LAYOUT>" blocks with "title:",
"sub:" lines and "col1:", "col2:", "table:", "notes:" switches; in a body "- " and "  - "
bullets, "1. " numbered items, "| a | b |" table rows (first row header), **bold** runs,
other lines plain paragraphs.

Run: /usr/bin/python3 tools/make_pptx.py [OUT]   (output is byte-for-byte stable)
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "arthashastra-officials-revenue.txt")
OUT = os.path.join(HERE, "..", "docs", "arthashastra-officials-revenue.pptx")

NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.presentationml."
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"
FLD_ID = "{00000000-1234-1234-1234-123412341234}"
SIMPLE_BODY = ('spcFirstLastPara="1" wrap="square" lIns="91425" tIns="91425" rIns="91425" '
               'bIns="91425"')

LAYOUTS = [  # name, type, matchingName
    ("TITLE", "title", "Title slide"),
    ("SECTION_HEADER", "secHead", "Section header"),
    ("TITLE_AND_BODY", "tx", "Title and body"),
    ("TITLE_AND_TWO_COLUMNS", "twoColTx", "Title and two columns"),
    ("TITLE_ONLY", "titleOnly", "Title only"),
    ("ONE_COLUMN_TEXT", "tx", "One column text"),
    ("MAIN_POINT", "tx", "Main point"),
    ("SECTION_TITLE_AND_DESCRIPTION", "tx", "Section title and description"),
    ("CAPTION_ONLY", "tx", "Caption"),
    ("BIG_NUMBER", "tx", "Big number"),
    ("BLANK", "blank", "Blank"),
]
LAYOUT_NO = {name: i + 1 for i, (name, _, _) in enumerate(LAYOUTS)}

# placeholder frames (x, y, cx, cy) of the Simple Light theme
TITLE_BOX = (311700, 445025, 8520600, 572700)
BODY_BOX = (311700, 1152475, 8520600, 3416400)
COL1_BOX = (311700, 1152475, 3999900, 3416400)
COL2_BOX = (4832400, 1152475, 3999900, 3416400)
CTR_TITLE_BOX = (311708, 744575, 8520600, 2052600)
SUBTITLE_BOX = (311700, 2834125, 8520600, 792600)
SEC_TITLE_BOX = (311700, 2150850, 8520600, 841800)
SLDNUM_BOX = (8472458, 4663217, 548700, 393600)


def xfrm(box, tag="a:xfrm"):
    x, y, cx, cy = box
    return '<%s><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></%s>' % (tag, x, y, cx, cy, tag)


def runs(text, size=None, bold=False):
    out = []
    for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
        if not part:
            continue
        attrs = ' lang="en"'
        if size:
            attrs += ' sz="%d"' % size
        if bold or i % 2 == 1:
            attrs += ' b="1"'
        out.append('<a:r><a:rPr%s/><a:t>%s</a:t></a:r>' % (attrs, escape(part)))
    return "".join(out)


def ppr(marl=0, lvl=0, indent=0, bullet=None, size=None, algn="l"):
    s = '<a:pPr marL="%d" lvl="%d" indent="%d" algn="%s" rtl="0">' % (marl, lvl, indent, algn)
    s += '<a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>'
    if bullet is None:
        s += "<a:buNone/>"
    else:
        s += '<a:buSzPts val="%d"/>' % (size // 100 * 100 if size else 1800)
        if bullet == "num":
            s += '<a:buAutoNum type="arabicPeriod"/>'
        else:
            s += '<a:buChar char="%s"/>' % bullet
    return s + "</a:pPr>"


def para_xml(line, size, last):
    """One body paragraph from a source line."""
    end = "<a:endParaRPr/>" if last else ""
    if line.startswith("  - "):
        return "<a:p>%s%s%s</a:p>" % (ppr(914400, 1, -317500, "○", size), runs(line[4:], size), end)
    if line.startswith("- "):
        return "<a:p>%s%s%s</a:p>" % (ppr(457200, 0, -342900, "●", size), runs(line[2:], size), end)
    if re.match(r"1\. ", line):
        return "<a:p>%s%s%s</a:p>" % (ppr(457200, 0, -342900, "num", size), runs(line[3:], size), end)
    return "<a:p>%s%s%s</a:p>" % (ppr(0, 0, 0, None, size), runs(line, size), end)


def txbody(paras_xml, anchor="t", autofit="<a:noAutofit/>"):
    return ('<p:txBody><a:bodyPr %s anchor="%s" anchorCtr="0">%s</a:bodyPr><a:lstStyle/>%s'
            '</p:txBody>' % (SIMPLE_BODY, anchor, autofit, "".join(paras_xml)))


def sp(sid, name, ph, box, body, txbox=True):
    nvsp = '<p:cNvSpPr txBox="1"/>' if txbox else "<p:cNvSpPr/>"
    nvpr = "<p:nvPr>%s</p:nvPr>" % ph if ph else "<p:nvPr/>"
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/>%s%s</p:nvSpPr>'
            '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>%s</p:sp>'
            % (sid, name, nvsp, nvpr, xfrm(box), body))


def group_open(sid):
    return ('<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name="Shape %d"/><p:cNvGrpSpPr/>'
            '<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' % sid)


GROUP_CLOSE = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"


def text_size(lines):
    n = sum(len(l) for l in lines)
    if n > 900:
        return 1100
    if n > 650:
        return 1200
    if n > 450:
        return 1400
    return 1800


def parse():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    deck, slides, cur, block = {}, [], None, None
    for line in text.rstrip("\n").split("\n"):
        if line == "@deck":
            block = "deck"
        elif line.startswith("@slide "):
            _, pid, layout = line.split(" ")
            cur = {"id": pid, "layout": layout, "title": "", "sub": [], "body": [],
                   "col1": [], "col2": [], "table": [], "notes": []}
            slides.append(cur)
            block = "body"
        elif block == "deck":
            k, v = line.split(": ", 1)
            deck[k] = v
        elif line.startswith("title: "):
            cur["title"] = line[7:]
        elif line.startswith("sub: "):
            cur["sub"].append(line[5:])
        elif line in ("col1:", "col2:", "table:", "notes:"):
            block = line[:-1]
        elif line.strip():
            cur[block].append(line)
    return deck, slides


def slide_xml(n, s, ids):
    pid, layout = s["id"], s["layout"]
    name = lambda i: "Google Shape;%d;%s" % (i, pid)
    parts = [DECL, '<p:sld %s>' % NS, group_open(ids[0])]
    nid = ids[0] + 1
    if layout == "TITLE":
        parts.append(sp(nid, name(nid), '<p:ph type="ctrTitle"/>', CTR_TITLE_BOX,
                        txbody(["<a:p>%s%s<a:endParaRPr/></a:p>" % (ppr(algn="l"),
                                                                    runs(s["title"]))], "b")))
        nid += 1
        subs = [("<a:p>%s%s%s</a:p>" % (ppr(), runs(t), "<a:endParaRPr/>" if i == len(s["sub"]) - 1
                                         else "")) for i, t in enumerate(s["sub"])]
        parts.append(sp(nid, name(nid), '<p:ph idx="1" type="subTitle"/>', SUBTITLE_BOX,
                        txbody(subs)))
        nid += 1
    elif layout == "SECTION_HEADER":
        parts.append(sp(nid, name(nid), '<p:ph type="title"/>', SEC_TITLE_BOX,
                        txbody(["<a:p>%s%s<a:endParaRPr/></a:p>" % (ppr(), runs(s["title"]))],
                               "ctr")))
        nid += 1
    else:
        parts.append(sp(nid, name(nid), '<p:ph type="title"/>', TITLE_BOX,
                        txbody(["<a:p>%s%s<a:endParaRPr/></a:p>" % (ppr(), runs(s["title"]))])))
        nid += 1
    if layout == "TITLE_AND_BODY":
        size = text_size(s["body"])
        paras = [para_xml(l, size, i == len(s["body"]) - 1) for i, l in enumerate(s["body"])]
        parts.append(sp(nid, name(nid), '<p:ph idx="1" type="body"/>', BODY_BOX, txbody(paras)))
        nid += 1
    if layout == "TITLE_AND_TWO_COLUMNS":
        size = text_size(s["col1"] + s["col2"])
        for idx, (key, box) in enumerate((("col1", COL1_BOX), ("col2", COL2_BOX)), 1):
            paras = [para_xml(l, size, i == len(s[key]) - 1) for i, l in enumerate(s[key])]
            parts.append(sp(nid, name(nid), '<p:ph idx="%d" type="body"/>' % idx, box,
                            txbody(paras)))
            nid += 1
    if s["table"]:
        parts.append(table_xml(nid, name(nid), s["table"]))
        nid += 1
    if s["sub"] and layout == "SECTION_HEADER":
        paras = ["<a:p>%s%s<a:endParaRPr/></a:p>" % (ppr(algn="ctr"), runs(t, 1400))
                 for t in s["sub"]]
        parts.append(sp(nid, name(nid), "", (311700, 3152100, 8520600, 600000),
                        txbody(paras, "t", '<a:spAutoFit/>')))
        nid += 1
    if n > 1:
        fld = ('<a:p>%s<a:fld id="%s" type="slidenum"><a:rPr lang="en"/><a:t>‹#›</a:t></a:fld>'
               '<a:endParaRPr/></a:p>' % (ppr(algn="r"), FLD_ID))
        parts.append(sp(nid, name(nid), '<p:ph idx="12" type="sldNum"/>', SLDNUM_BOX,
                        txbody([fld], "ctr", "<a:normAutofit/>")))
    parts.append(GROUP_CLOSE + "</p:sld>")
    return "".join(parts)


def border(tag):
    return ('<a:%s w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="9E9E9E"/>'
            '</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" '
            'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:%s>' % (tag, tag))


def table_xml(sid, name, rows):
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    widths = [2286000, 6234600]
    out = ['<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="%d" name="%s"/><p:cNvGraphicFramePr/>'
           '<p:nvPr/></p:nvGraphicFramePr>%s<a:graphic><a:graphicData '
           'uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr><a:noFill/>'
           '<a:tableStyleId>%s</a:tableStyleId></a:tblPr><a:tblGrid>'
           % (sid, name, xfrm((311700, 1017725, 8520600, 3657600), "p:xfrm"), TABLE_STYLE)]
    out += ['<a:gridCol w="%d"/>' % w for w in widths]
    out.append("</a:tblGrid>")
    for r, row in enumerate(cells):
        out.append('<a:tr h="304800">')
        for text in row:
            out.append('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>%s%s<a:endParaRPr sz="1100"%s/>'
                       '</a:p></a:txBody><a:tcPr marT="45725" marB="45725" marR="91425" '
                       'marL="91425">%s%s%s%s%s</a:tcPr></a:tc>'
                       % (ppr(), runs(text, 1100, r == 0), ' b="1"' if r == 0 else "",
                          border("lnL"), border("lnR"), border("lnT"), border("lnB"),
                          '<a:solidFill><a:srgbClr val="CFE2F3"/></a:solidFill>' if r == 0
                          else "<a:noFill/>"))
        out.append("</a:tr>")
    out.append("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")
    return "".join(out)


def notes_xml(s, ids):
    pid = s["id"] + ":notes"
    name = lambda i: "Google Shape;%d;%s" % (i, pid)
    img = ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" '
           'noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph idx="2" type="sldImg"/></p:nvPr>'
           '</p:nvSpPr><p:spPr>%s<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>'
           '<a:rect l="l" t="t" r="r" b="b"/><a:pathLst><a:path w="120000" h="120000" extrusionOk="0">'
           '<a:moveTo><a:pt x="0" y="0"/></a:moveTo><a:lnTo><a:pt x="120000" y="0"/></a:lnTo>'
           '<a:lnTo><a:pt x="120000" y="120000"/></a:lnTo><a:lnTo><a:pt x="0" y="120000"/></a:lnTo>'
           '<a:close/></a:path></a:pathLst></a:custGeom></p:spPr></p:sp>'
           % (ids[0] + 1, name(ids[0] + 1), xfrm((381300, 685800, 6096075, 3429000))))
    if s["notes"]:
        paras = ["<a:p>%s%s%s</a:p>" % (ppr(), runs(t), "<a:endParaRPr/>" if i == len(s["notes"]) - 1
                                         else "") for i, t in enumerate(s["notes"])]
    else:
        paras = ["<a:p>%s<a:r><a:t/></a:r><a:endParaRPr/></a:p>" % ppr()]
    body = sp(ids[0] + 2, name(ids[0] + 2), '<p:ph idx="1" type="body"/>',
              (685800, 4343400, 5486400, 4114800), txbody(paras), txbox=True)
    return (DECL + '<p:notes %s showMasterSp="0" showMasterPhAnim="0">' % NS + group_open(ids[0])
            + img + body + GROUP_CLOSE + "</p:notes>")


def rels(items):
    out = [DECL, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, (typ, target) in enumerate(items, 1):
        out.append('<Relationship Id="rId%d" Type="%s%s" Target="%s"/>' % (i, REL, typ, target))
    out.append("</Relationships>")
    return "".join(out)


def theme_xml(name):
    colors = [("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "595959"), ("lt2", "EEEEEE"),
              ("accent1", "4285F4"), ("accent2", "212121"), ("accent3", "78909C"),
              ("accent4", "FFAB40"), ("accent5", "0097A7"), ("accent6", "EEFF41"),
              ("hlink", "0097A7"), ("folHlink", "0097A7")]
    clr = "".join('<a:%s><a:srgbClr val="%s"/></a:%s>' % (k, v, k) for k, v in colors)
    font = ('<a:latin typeface="Arial"/><a:ea typeface="Arial"/><a:cs typeface="Arial"/>')
    fill = ('<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>')
    ln = ('<a:ln w="9525" cap="flat" cmpd="sng"><a:solidFill><a:schemeClr val="phClr"/>'
          '</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" '
          'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:ln>')
    return (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'name="%s"><a:themeElements><a:clrScheme name="Simple Light">%s</a:clrScheme>'
            '<a:fontScheme name="Simple Light"><a:majorFont>%s</a:majorFont><a:minorFont>%s'
            '</a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>%s%s%s'
            '</a:fillStyleLst><a:lnStyleLst>%s%s%s</a:lnStyleLst><a:effectStyleLst>'
            '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
            '</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
            '<a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
            '</a:theme>' % (name, clr, font, font, fill, fill, fill, ln, ln, ln, fill, fill, fill))


def lvl_styles(kind):
    out = []
    for i in range(9):
        if kind == "title":
            out.append('<a:lvl%dpPr lvl="%d" rtl="0"><a:spcBef><a:spcPts val="0"/></a:spcBef>'
                       '<a:spcAft><a:spcPts val="0"/></a:spcAft><a:buClr><a:schemeClr val="dk1"/>'
                       '</a:buClr><a:buSzPts val="2800"/><a:buNone/><a:defRPr sz="2800">'
                       '<a:solidFill><a:schemeClr val="dk1"/></a:solidFill></a:defRPr></a:lvl%dpPr>'
                       % (i + 1, i, i + 1))
        else:
            char = "●○■"[i % 3]
            sz = 1800 if i == 0 else 1400
            out.append('<a:lvl%dpPr marL="%d" lvl="%d" indent="-%d" algn="l" rtl="0"><a:lnSpc>'
                       '<a:spcPct val="115000"/></a:lnSpc><a:spcBef><a:spcPts val="%d"/>'
                       '</a:spcBef><a:spcAft><a:spcPts val="%d"/></a:spcAft><a:buClr><a:schemeClr '
                       'val="dk2"/></a:buClr><a:buSzPts val="%d"/><a:buChar char="%s"/><a:defRPr '
                       'sz="%d"><a:solidFill><a:schemeClr val="dk2"/></a:solidFill></a:defRPr>'
                       '</a:lvl%dpPr>' % (i + 1, 457200 * (i + 1), i, 342900 if i == 0 else 317500,
                                          0 if i == 0 else 1600, 0 if i == 8 else 0, sz, char, sz,
                                          i + 1))
    return "".join(out)


def master_xml():
    ph = [sp(6, "Google Shape;6;p1", '<p:ph type="title"/>', TITLE_BOX,
             txbody(["<a:p>%s<a:endParaRPr/></a:p>" % ppr()])),
          sp(7, "Google Shape;7;p1", '<p:ph idx="1" type="body"/>', BODY_BOX,
             txbody(["<a:p>%s<a:endParaRPr/></a:p>" % ppr()])),
          sp(8, "Google Shape;8;p1", '<p:ph idx="12" type="sldNum"/>', SLDNUM_BOX,
             txbody(['<a:p>%s<a:fld id="%s" type="slidenum"><a:rPr lang="en"/><a:t>‹#›</a:t>'
                     '</a:fld><a:endParaRPr/></a:p>' % (ppr(algn="r"), FLD_ID)], "ctr",
                    "<a:normAutofit/>"))]
    lay = "".join('<p:sldLayoutId id="%d" r:id="rId%d"/>' % (2147483648 + i, i + 1)
                  for i in range(len(LAYOUTS)))
    return (DECL + '<p:sldMaster %s><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val="lt1"/>'
            '</a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" '
            'name="Shape 5"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" '
            'y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
            '</p:grpSpPr>%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="dk2" tx2="lt2" '
            'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" '
            'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            '<p:sldLayoutIdLst>%s</p:sldLayoutIdLst><p:txStyles><p:titleStyle>%s</p:titleStyle>'
            '<p:bodyStyle>%s</p:bodyStyle><p:otherStyle>%s</p:otherStyle></p:txStyles>'
            '</p:sldMaster>' % (NS, "".join(ph), lay, lvl_styles("title"), lvl_styles("body"),
                                lvl_styles("title")))


def layout_xml(i, name, typ, matching):
    pid = "p%d" % (i + 2)
    base = 9 + i * 4
    shapes = []
    nm = lambda k: "Google Shape;%d;%s" % (k, pid)
    empty = ["<a:p>%s<a:endParaRPr/></a:p>" % ppr()]
    if name == "TITLE":
        shapes.append(sp(base + 1, nm(base + 1), '<p:ph type="ctrTitle"/>', CTR_TITLE_BOX,
                         txbody(empty, "b")))
        shapes.append(sp(base + 2, nm(base + 2), '<p:ph idx="1" type="subTitle"/>', SUBTITLE_BOX,
                         txbody(empty)))
    elif name == "SECTION_HEADER":
        shapes.append(sp(base + 1, nm(base + 1), '<p:ph type="title"/>', SEC_TITLE_BOX,
                         txbody(empty, "ctr")))
    elif name == "BLANK":
        pass
    else:
        shapes.append(sp(base + 1, nm(base + 1), '<p:ph type="title"/>', TITLE_BOX, txbody(empty)))
        if name == "TITLE_AND_TWO_COLUMNS":
            shapes.append(sp(base + 2, nm(base + 2), '<p:ph idx="1" type="body"/>', COL1_BOX,
                             txbody(empty)))
            shapes.append(sp(base + 3, nm(base + 3), '<p:ph idx="2" type="body"/>', COL2_BOX,
                             txbody(empty)))
        elif name != "TITLE_ONLY":
            shapes.append(sp(base + 2, nm(base + 2), '<p:ph idx="1" type="body"/>', BODY_BOX,
                             txbody(empty)))
    shapes.append(sp(base + 4 if name != "BLANK" else base + 1,
                     nm(base + 4 if name != "BLANK" else base + 1),
                     '<p:ph idx="12" type="sldNum"/>', SLDNUM_BOX,
                     txbody(['<a:p>%s<a:fld id="%s" type="slidenum"><a:rPr lang="en"/><a:t>‹#›</a:t>'
                             '</a:fld><a:endParaRPr/></a:p>' % (ppr(algn="r"), FLD_ID)], "ctr",
                            "<a:normAutofit/>")))
    return (DECL + '<p:sldLayout %s matchingName="%s" type="%s">' % (NS, matching, typ)
            + '<p:cSld name="%s"><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name="Shape %d"/>'
            '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
            '</p:grpSpPr>%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>'
            '</p:sldLayout>' % (name, base, "".join(shapes)))


def notes_master_xml():
    body = sp(3, "Google Shape;3;n", '<p:ph idx="1" type="body"/>', (685800, 4343400, 5486400, 4114800),
              txbody(["<a:p>%s<a:endParaRPr/></a:p>" % ppr()]))
    return (DECL + '<p:notesMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/>'
            '</p:bgRef></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name="Shape 1"/>'
            '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
            '</p:grpSpPr>%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="dk2" tx2="lt2" '
            'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" '
            'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            '<p:notesStyle>%s</p:notesStyle></p:notesMaster>' % (NS, body, lvl_styles("body")))


def build(out):
    deck, slides = parse()
    files = []
    files.append(("ppt/theme/theme1.xml", theme_xml("Simple Light")))
    files.append(("ppt/theme/theme2.xml", theme_xml("Simple Light")))
    files.append(("ppt/presProps.xml", DECL + '<p:presentationPr %s/>' % NS))
    files.append(("ppt/tableStyles.xml", DECL + '<a:tblStyleLst xmlns:a="http://schemas.'
                  'openxmlformats.org/drawingml/2006/main" def="%s"><a:tblStyle styleId="%s" '
                  'styleName="Table_0"><a:wholeTbl><a:tcTxStyle><a:font><a:latin typeface="Arial"/>'
                  '<a:ea typeface="Arial"/><a:cs typeface="Arial"/></a:font><a:srgbClr val="000000"/>'
                  '</a:tcTxStyle></a:wholeTbl></a:tblStyle></a:tblStyleLst>'
                  % (TABLE_STYLE, TABLE_STYLE)))
    for i, (name, typ, matching) in enumerate(LAYOUTS):
        files.append(("ppt/slideLayouts/slideLayout%d.xml" % (i + 1),
                      layout_xml(i, name, typ, matching)))
        files.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % (i + 1),
                      rels([("slideMaster", "../slideMasters/slideMaster1.xml")])))
    files.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    files.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                  rels([("slideLayout", "../slideLayouts/slideLayout%d.xml" % (i + 1))
                        for i in range(len(LAYOUTS))] + [("theme", "../theme/theme1.xml")])))
    files.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    files.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels",
                  rels([("theme", "../theme/theme2.xml")])))
    sid = 50
    for n, s in enumerate(slides, 1):
        nids = (sid, sid + 1, sid + 2)
        sids = (sid + 3,)
        sid += 10
        files.append(("ppt/notesSlides/notesSlide%d.xml" % n, notes_xml(s, nids)))
        files.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % n,
                      rels([("notesMaster", "../notesMasters/notesMaster1.xml"),
                            ("slide", "../slides/slide%d.xml" % n)])))
        files.append(("ppt/slides/slide%d.xml" % n, slide_xml(n, s, sids)))
        files.append(("ppt/slides/_rels/slide%d.xml.rels" % n,
                      rels([("slideLayout", "../slideLayouts/slideLayout%d.xml"
                             % LAYOUT_NO[s["layout"]]),
                            ("notesSlide", "../notesSlides/notesSlide%d.xml" % n)])))
    pres_rels = [("theme", "theme/theme1.xml"), ("presProps", "presProps.xml"),
                 ("tableStyles", "tableStyles.xml"), ("slideMaster", "slideMasters/slideMaster1.xml"),
                 ("notesMaster", "notesMasters/notesMaster1.xml")]
    pres_rels += [("slide", "slides/slide%d.xml" % n) for n in range(1, len(slides) + 1)]
    sld_ids = "".join('<p:sldId id="%d" r:id="rId%d"/>' % (255 + n, 5 + n)
                      for n in range(1, len(slides) + 1))
    files.append(("ppt/presentation.xml",
                  DECL + '<p:presentation %s autoCompressPictures="0" strictFirstAndLastChars="0" '
                  'saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483659" r:id="rId4"/>'
                  '</p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId5"/>'
                  '</p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cy="5143500" '
                  'cx="9144000"/><p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle>'
                  '<a:defPPr lvl="0"><a:defRPr lang="en"/></a:defPPr>%s</p:defaultTextStyle>'
                  '</p:presentation>' % (NS, sld_ids, lvl_styles("title"))))
    files.append(("ppt/_rels/presentation.xml.rels", rels(pres_rels)))
    files.append(("_rels/.rels", rels([("officeDocument", "ppt/presentation.xml")])))
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
          'openxmlformats.org/package/2006/content-types"><Default ContentType="application/xml" '
          'Extension="xml"/><Default ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml" Extension="rels"/>']
    kinds = {"theme": "application/vnd.openxmlformats-officedocument.theme+xml",
             "presProps": CT + "presProps+xml", "tableStyles": CT + "tableStyles+xml",
             "slideLayout": CT + "slideLayout+xml", "slideMaster": CT + "slideMaster+xml",
             "notesMaster": CT + "notesMaster+xml", "notesSlide": CT + "notesSlide+xml",
             "slide": CT + "slide+xml", "presentation": CT + "presentation.main+xml"}
    for path, _ in files:
        if path.endswith(".rels"):
            continue
        base = re.sub(r"\d*\.xml$", "", path.rsplit("/", 1)[1])
        ct.append('<Override ContentType="%s" PartName="/%s"/>' % (kinds[base], path))
    ct.append("</Types>")
    files.append(("[Content_Types].xml", "".join(ct)))
    with zipfile.ZipFile(out, "w") as z:
        for path, data in files:
            info = zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
