#!/usr/bin/python3
"""Make "docs/Wk 9 - Anti-defection law (study circle).pptx" from
"tools/Wk 9 - Anti-defection law (study circle).txt".

The deck imitates what Google Slides writes for File > Download > Microsoft PowerPoint (.pptx)
when the deck was built on an imported template theme ("Polity Circle 2026", Montserrat titles
and Lato body text): no docProps; parts in Google's order (themes, presProps, tableStyles,
the eleven layouts with their rels, the master, the notes master, media, each notes slide and
slide with its rels, the presentation and its rels, then _rels/.rels and [Content_Types].xml);
every entry deflated and dated 1980-01-01; a 16:9 page of 9144000 x 5143500 EMU; layouts named
TITLE ... BLANK with Google's matchingName values; a logo picture on the master; shapes named
"Google Shape;<n>;<page id>"; every paragraph with explicit pPr and every run with explicit
font faces (latin/ea/cs/sym); BIG_NUMBER, MAIN_POINT and SECTION_TITLE_AND_DESCRIPTION slides;
a three-column table as a graphicFrame beside a picture with alt text; a flow diagram drawn as
a group of rounded rectangles joined by arrow connectors; hyperlinks as hlinkClick runs with
external relationships; free text boxes; a skipped slide (show="0"); slide-number fields; and
a notes slide for every slide.

Source markup: "@deck" key lines; "@slide <page id> <LAYOUT> [hidden]" blocks; "title:",
"desc:", "textbox:", "caption:", "box:", "picture: file|alt" lines; "col1:", "col2:", "table:",
"notes:" switches; in a body "- " and "  - " bullets, "1. " auto-numbered items, "**bold**"
runs, "[label](url)" links; "| a | b | c |" table rows (first row is the header).

Run: /usr/bin/python3 tools/make_pptx.py [OUT]   (byte-for-byte stable output)
"""
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "Wk 9 - Anti-defection law (study circle)"
SRC = os.path.join(HERE, STEM + ".txt")
OUT = os.path.join(HERE, "..", "docs", STEM + ".pptx")

NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.presentationml."
FLD_ID = "{00000000-1234-1234-1234-123412341234}"
TABLE_STYLE = "{8F6B1D2C-5E43-4A7B-9C10-3D2E1F0A4B65}"
BODYPR = 'spcFirstLastPara="1" wrap="square" lIns="91425" tIns="91425" rIns="91425" bIns="91425"'
TITLE_FONT, BODY_FONT = "Montserrat", "Lato"

LAYOUTS = [
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
LAYOUT_NO = {n: i + 1 for i, (n, _, _) in enumerate(LAYOUTS)}

TITLE_BOX = (311700, 445025, 8520600, 572700)
BODY_BOX = (311700, 1152475, 8520600, 3416400)
COL1_BOX = (311700, 1152475, 3999900, 3416400)
COL2_BOX = (4832400, 1152475, 3999900, 3416400)
CTR_TITLE_BOX = (311700, 744575, 8520600, 2052600)
SUBTITLE_BOX = (311700, 2834125, 8520600, 792600)
SEC_TITLE_BOX = (311700, 2150850, 8520600, 841800)
STD_TITLE_BOX = (490250, 1136350, 4045200, 1720800)
STD_DESC_BOX = (490250, 2902475, 4045200, 1433700)
BIG_TITLE_BOX = (311700, 1106125, 8520600, 1963500)
BIG_BODY_BOX = (311700, 3152225, 8520600, 1300800)
MAIN_TITLE_BOX = (490250, 458200, 8222100, 3414000)
SLDNUM_BOX = (8472458, 4663217, 548700, 393600)
LOGO_BOX = (8595100, 95250, 457200, 457200)


def xfrm(box, tag="a:xfrm"):
    x, y, cx, cy = box
    return '<%s><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></%s>' % (tag, x, y, cx, cy, tag)


def faces(font):
    return ('<a:latin typeface="%s"/><a:ea typeface="%s"/><a:cs typeface="%s"/>'
            '<a:sym typeface="%s"/>' % (font, font, font, font))


class Links:
    """Hyperlink relationships of one slide (rId1 is the layout, rId2 the notes slide)."""

    def __init__(self, first=3):
        self.items, self.first = [], first

    def add(self, url):
        self.items.append(url)
        return "rId%d" % (self.first + len(self.items) - 1)


def runs(text, size, font=BODY_FONT, bold=False, links=None):
    out = []
    pieces = re.split(r"(\*\*.+?\*\*|\[[^\]]+\]\([^)]+\))", text)
    for piece in pieces:
        if not piece:
            continue
        b, link = bold, None
        if piece.startswith("**"):
            piece, b = piece[2:-2], True
        m = re.match(r"\[([^\]]+)\]\(([^)]+)\)$", piece)
        if m:
            piece, link = m.group(1), m.group(2)
        attrs = ' lang="en" sz="%d"' % size
        if b:
            attrs += ' b="1"'
        if link:
            rid = links.add(link)
            out.append('<a:r><a:rPr%s u="sng"><a:solidFill><a:schemeClr val="hlink"/></a:solidFill>'
                       '%s<a:hlinkClick r:id="%s"/></a:rPr><a:t>%s</a:t></a:r>'
                       % (attrs, faces(font), rid, escape(piece)))
        else:
            out.append('<a:r><a:rPr%s><a:solidFill><a:schemeClr val="dk1"/></a:solidFill>%s'
                       '</a:rPr><a:t>%s</a:t></a:r>' % (attrs, faces(font), escape(piece)))
    return "".join(out)


def ppr(marl=0, lvl=0, indent=0, bullet=None, size=1400, algn="l", spc_bef=0):
    s = ('<a:pPr marL="%d" lvl="%d" indent="%d" algn="%s" rtl="0"><a:spcBef><a:spcPts val="%d"/>'
         '</a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>' % (marl, lvl, indent, algn, spc_bef))
    if bullet is None:
        s += "<a:buNone/>"
    else:
        s += ('<a:buClr><a:schemeClr val="accent1"/></a:buClr><a:buSzPts val="%d"/>'
              '<a:buFont typeface="%s"/>' % (size, BODY_FONT))
        if bullet == "num":
            s += '<a:buAutoNum type="arabicPeriod"/>'
        else:
            s += '<a:buChar char="%s"/>' % bullet
    return s + "</a:pPr>"


def end_rpr(size, font=BODY_FONT):
    return '<a:endParaRPr sz="%d">%s</a:endParaRPr>' % (size, faces(font))


def body_para(line, size, links, last):
    end = end_rpr(size) if last else ""
    if line.startswith("  - "):
        return "<a:p>%s%s%s</a:p>" % (ppr(914400, 1, -317500, "◦", size), runs(line[4:], size,
                                                                             links=links), end)
    if line.startswith("- "):
        return "<a:p>%s%s%s</a:p>" % (ppr(457200, 0, -330200, "▪", size, spc_bef=600),
                                      runs(line[2:], size, links=links), end)
    if line.startswith("1. "):
        return "<a:p>%s%s%s</a:p>" % (ppr(457200, 0, -342900, "num", size, spc_bef=600),
                                      runs(line[3:], size, links=links), end)
    return "<a:p>%s%s%s</a:p>" % (ppr(0, 0, 0, None, size, spc_bef=600),
                                  runs(line, size, links=links), end)


def txbody(paras, anchor="t", autofit="<a:noAutofit/>"):
    return ('<p:txBody><a:bodyPr %s anchor="%s" anchorCtr="0">%s</a:bodyPr><a:lstStyle/>%s'
            '</p:txBody>' % (BODYPR, anchor, autofit, "".join(paras)))


def sp(sid, name, ph, box, body, geom="rect", txbox=True, fill="", line=""):
    nvsp = '<p:cNvSpPr txBox="1"/>' if txbox else "<p:cNvSpPr/>"
    nvpr = "<p:nvPr>%s</p:nvPr>" % ph if ph else "<p:nvPr/>"
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/>%s%s</p:nvSpPr><p:spPr>%s'
            '<a:prstGeom prst="%s"><a:avLst/></a:prstGeom>%s%s</p:spPr>%s</p:sp>'
            % (sid, name, nvsp, nvpr, xfrm(box), geom, fill, line, body))


def tree_open(sid):
    return ('<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name="Shape %d"/><p:cNvGrpSpPr/>'
            '<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' % sid)


TREE_CLOSE = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"


def ln(w, color, tail=None):
    return ('<a:ln w="%d" cap="flat" cmpd="sng"><a:solidFill><a:schemeClr val="%s"/></a:solidFill>'
            '<a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="med" len="med"/>'
            '<a:tailEnd type="%s" w="med" len="med"/></a:ln>' % (w, color, tail or "none"))


def text_size(lines):
    n = sum(len(l) for l in lines)
    for limit, size in ((950, 1100), (700, 1200), (480, 1400), (300, 1600)):
        if n > limit:
            return size
    return 1800


def parse():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    deck, slides, cur, block = {}, [], None, None
    for line in text.rstrip("\n").split("\n"):
        if line == "@deck":
            block = "deck"
        elif line.startswith("@slide "):
            bits = line.split(" ")
            cur = {"id": bits[1], "layout": bits[2], "hidden": "hidden" in bits[3:], "title": "",
                   "sub": [], "desc": [], "body": [], "col1": [], "col2": [], "table": [],
                   "notes": [], "box": [], "textbox": [], "caption": [], "picture": []}
            slides.append(cur)
            block = "body"
        elif block == "deck":
            k, v = line.split(": ", 1)
            deck[k] = v
        elif re.match(r"(title|sub|desc|textbox|caption|box|picture): ", line):
            key, val = line.split(": ", 1)
            if key == "title":
                cur["title"] = val
            else:
                cur[key].append(val)
        elif line in ("col1:", "col2:", "table:", "notes:"):
            block = line[:-1]
        elif line.strip():
            cur[block].append(line)
    return deck, slides


def title_sp(nid, name, ph, box, text, size, anchor="t", algn="l"):
    para = "<a:p>%s%s%s</a:p>" % (ppr(algn=algn, size=size), runs(text, size, TITLE_FONT),
                                  end_rpr(size, TITLE_FONT))
    return sp(nid, name, ph, box, txbody([para], anchor))


def plain_paras(lines, size, algn="l", font=BODY_FONT, italic=False):
    out = []
    for i, t in enumerate(lines):
        r = runs(t, size, font)
        if italic:
            r = r.replace(' lang="en"', ' lang="en" i="1"')
        out.append("<a:p>%s%s%s</a:p>" % (ppr(algn=algn, size=size), r,
                                          end_rpr(size, font) if i == len(lines) - 1 else ""))
    return out


def slide_xml(n, s, links, media):
    pid = s["id"]
    name = lambda i: "Google Shape;%d;%s" % (i, pid)
    base = 54 + (n - 1) * 12
    nid = base + 1
    parts = [DECL, '<p:sld %s%s>' % (NS, ' show="0"' if s["hidden"] else ""), tree_open(base)]
    lay = s["layout"]
    if lay == "TITLE":
        parts.append(title_sp(nid, name(nid), '<p:ph type="ctrTitle"/>', CTR_TITLE_BOX, s["title"],
                              3600, "b"))
        nid += 1
        parts.append(sp(nid, name(nid), '<p:ph idx="1" type="subTitle"/>', SUBTITLE_BOX,
                        txbody(plain_paras(s["sub"], 1600))))
        nid += 1
    elif lay == "SECTION_TITLE_AND_DESCRIPTION":
        parts.append(title_sp(nid, name(nid), '<p:ph type="title"/>', STD_TITLE_BOX, s["title"],
                              3000, "b"))
        nid += 1
        parts.append(sp(nid, name(nid), '<p:ph idx="1" type="subTitle"/>', STD_DESC_BOX,
                        txbody(plain_paras(s["desc"], 1600))))
        nid += 1
    elif lay == "BIG_NUMBER":
        parts.append(title_sp(nid, name(nid), '<p:ph hasCustomPrompt="1" type="title"/>',
                              BIG_TITLE_BOX, s["title"], 12000, "b"))
        nid += 1
    elif lay == "MAIN_POINT":
        parts.append(title_sp(nid, name(nid), '<p:ph type="title"/>', MAIN_TITLE_BOX, s["title"],
                              3200, "ctr"))
        nid += 1
    else:
        parts.append(title_sp(nid, name(nid), '<p:ph type="title"/>', TITLE_BOX, s["title"], 2400))
        nid += 1
    if lay in ("TITLE_AND_BODY", "BIG_NUMBER"):
        size = text_size(s["body"]) if lay == "TITLE_AND_BODY" else 1400
        paras = [body_para(l, size, links, i == len(s["body"]) - 1) for i, l in enumerate(s["body"])]
        box = BIG_BODY_BOX if lay == "BIG_NUMBER" else BODY_BOX
        parts.append(sp(nid, name(nid), '<p:ph idx="1" type="body"/>', box, txbody(paras)))
        nid += 1
    if lay == "TITLE_AND_TWO_COLUMNS":
        size = text_size(s["col1"] + s["col2"])
        for idx, (key, box) in enumerate((("col1", COL1_BOX), ("col2", COL2_BOX)), 1):
            paras = [body_para(l, size, links, i == len(s[key]) - 1) for i, l in enumerate(s[key])]
            parts.append(sp(nid, name(nid), '<p:ph idx="%d" type="body"/>' % idx, box,
                            txbody(paras)))
            nid += 1
    if s["table"]:
        parts.append(table_xml(nid, name(nid), s["table"]))
        nid += 1
    for pic in s["picture"]:
        fn, alt = pic.split("|", 1)
        rid = links.add(("media", fn))
        media.add(fn)
        parts.append('<p:pic><p:nvPicPr><p:cNvPr id="%d" name="%s" descr=%s/><p:cNvPicPr '
                     'preferRelativeResize="0"/><p:nvPr/></p:nvPicPr><p:blipFill rotWithShape="1">'
                     '<a:blip r:embed="%s"><a:alphaModFix/></a:blip><a:srcRect l="0" t="0" r="0" '
                     'b="0"/><a:stretch/></p:blipFill><p:spPr>%s<a:prstGeom prst="rect"><a:avLst/>'
                     '</a:prstGeom><a:noFill/>%s</p:spPr></p:pic>'
                     % (nid, name(nid), quoteattr(alt), rid, xfrm((6705600, 1152475, 2127000, 2836800)),
                        ln(9525, "dk2")))
        nid += 1
    if s["box"]:
        nid = diagram_xml(parts, nid, name, s["box"])
    for t in s["caption"]:
        parts.append(sp(nid, name(nid), "", (311700, 4572000, 8520600, 307800),
                        txbody(plain_paras([t], 1000, "ctr", italic=True), "t", "<a:spAutoFit/>")))
        nid += 1
    for t in s["textbox"]:
        box = (1097275, 3977650, 6949500, 461700) if lay == "MAIN_POINT" else \
            (311700, 4206250, 5638800, 400200)
        parts.append(sp(nid, name(nid), "", box,
                        txbody(plain_paras([t], 1400, "ctr" if lay == "MAIN_POINT" else "l",
                                           italic=lay == "MAIN_POINT"), "t", "<a:spAutoFit/>"),
                        fill='<a:solidFill><a:schemeClr val="lt2"/></a:solidFill>'
                        if lay != "MAIN_POINT" else "<a:noFill/>", line="<a:ln><a:noFill/></a:ln>"))
        nid += 1
    if n > 1:
        fld = ('<a:p>%s<a:fld id="%s" type="slidenum"><a:rPr lang="en" sz="1000">%s</a:rPr>'
               '<a:t>‹#›</a:t></a:fld>%s</a:p>' % (ppr(algn="r", size=1000), FLD_ID,
                                                   faces(BODY_FONT), end_rpr(1000)))
        parts.append(sp(nid, name(nid), '<p:ph idx="12" type="sldNum"/>', SLDNUM_BOX,
                        txbody([fld], "ctr", "<a:normAutofit/>")))
    parts.append(TREE_CLOSE + "</p:sld>")
    return "".join(parts)


def diagram_xml(parts, nid, name, boxes):
    """A group of rounded rectangles stacked top to bottom, joined by arrow connectors."""
    x, w, h, gap, top = 1371600, 6400800, 512100, 140000, 1080000
    gid = nid
    nid += 1
    inner, ids = [], []
    for i, t in enumerate(boxes):
        y = top + i * (h + gap)
        para = "<a:p>%s%s%s</a:p>" % (ppr(algn="ctr", size=1200), runs(t, 1200), end_rpr(1200))
        inner.append(sp(nid, name(nid), "", (x, y, w, h),
                        txbody([para], "ctr", "<a:noAutofit/>"), geom="roundRect", txbox=False,
                        fill='<a:solidFill><a:schemeClr val="%s"/></a:solidFill>'
                        % ("accent4" if i == len(boxes) - 1 else "lt2"), line=ln(12700, "accent1")))
        ids.append((nid, y))
        nid += 1
    for (a, ya), (b, yb) in zip(ids, ids[1:]):
        inner.append('<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="%d" name="%s"/><p:cNvCxnSpPr>'
                     '<a:stCxn id="%d" idx="2"/><a:endCxn id="%d" idx="0"/></p:cNvCxnSpPr><p:nvPr/>'
                     '</p:nvCxnSpPr><p:spPr>%s<a:prstGeom prst="straightConnector1"><a:avLst/>'
                     '</a:prstGeom><a:noFill/>%s</p:spPr></p:cxnSp>'
                     % (nid, name(nid), a, b, xfrm((x + w // 2, ya + h, 0, gap)),
                        ln(19050, "accent1", "triangle")))
        nid += 1
    total = len(boxes) * h + (len(boxes) - 1) * gap
    parts.append('<p:grpSp><p:nvGrpSpPr><p:cNvPr id="%d" name="%s"/><p:cNvGrpSpPr/><p:nvPr/>'
                 '</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/>'
                 '<a:chOff x="%d" y="%d"/><a:chExt cx="%d" cy="%d"/></a:xfrm></p:grpSpPr>%s'
                 '</p:grpSp>' % (gid, name(gid), x, top, w, total, x, top, w, total, "".join(inner)))
    return nid


def border(tag, color="BDBDBD"):
    return ('<a:%s w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
            '<a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" len="sm"/>'
            '<a:tailEnd type="none" w="sm" len="sm"/></a:%s>' % (tag, color, tag))


def table_xml(sid, name, rows):
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    widths = [640000, 3420000, 2140000]
    out = ['<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="%d" name="%s"/><p:cNvGraphicFramePr/>'
           '<p:nvPr/></p:nvGraphicFramePr>%s<a:graphic><a:graphicData uri="http://schemas.'
           'openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr><a:noFill/><a:tableStyleId>%s'
           '</a:tableStyleId></a:tblPr><a:tblGrid>'
           % (sid, name, xfrm((311700, 1152475, sum(widths), 3300000), "p:xfrm"), TABLE_STYLE)]
    out += ['<a:gridCol w="%d"/>' % w for w in widths]
    out.append("</a:tblGrid>")
    for r, row in enumerate(cells):
        out.append('<a:tr h="330000">')
        for c, text in enumerate(row):
            head = r == 0
            fill = ('<a:solidFill><a:schemeClr val="accent1"/></a:solidFill>' if head else
                    '<a:solidFill><a:schemeClr val="lt2"/></a:solidFill>' if r % 2 == 0 else
                    "<a:noFill/>")
            body = runs(text, 1000, bold=head)
            if head:
                body = body.replace('<a:schemeClr val="dk1"/>', '<a:schemeClr val="lt1"/>')
            out.append('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>%s%s%s</a:p></a:txBody>'
                       '<a:tcPr marT="45725" marB="45725" marR="68575" marL="68575" anchor="ctr">'
                       '%s%s%s%s%s</a:tcPr></a:tc>'
                       % (ppr(algn="ctr" if c == 0 else "l", size=1000), body, end_rpr(1000),
                          border("lnL"), border("lnR"), border("lnT"), border("lnB"), fill))
        out.append("</a:tr>")
    out.append("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")
    return "".join(out)


def notes_xml(n, s):
    pid = s["id"] + ":notes"
    name = lambda i: "Google Shape;%d;%s" % (i, pid)
    base = 54 + (n - 1) * 12 + 9
    img = ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" '
           'noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph idx="2" type="sldImg"/></p:nvPr>'
           '</p:nvSpPr><p:spPr>%s<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>'
           '<a:rect l="l" t="t" r="r" b="b"/><a:pathLst><a:path w="120000" h="120000" '
           'extrusionOk="0"><a:moveTo><a:pt x="0" y="0"/></a:moveTo><a:lnTo><a:pt x="120000" '
           'y="0"/></a:lnTo><a:lnTo><a:pt x="120000" y="120000"/></a:lnTo><a:lnTo><a:pt x="0" '
           'y="120000"/></a:lnTo><a:close/></a:path></a:pathLst></a:custGeom></p:spPr></p:sp>'
           % (base + 1, name(base + 1), xfrm((381300, 685800, 6096075, 3429000))))
    if s["notes"]:
        paras = plain_paras(s["notes"], 1100)
    else:
        paras = ["<a:p>%s<a:r><a:t></a:t></a:r>%s</a:p>" % (ppr(size=1100), end_rpr(1100))]
    body = sp(base + 2, name(base + 2), '<p:ph idx="1" type="body"/>',
              (685800, 4343400, 5486400, 4114800), txbody(paras))
    return (DECL + '<p:notes %s showMasterSp="0" showMasterPhAnim="0">' % NS + tree_open(base)
            + img + body + TREE_CLOSE + "</p:notes>")


def rels(items):
    out = [DECL, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, item in enumerate(items, 1):
        typ, target = item[0], item[1]
        mode = ' TargetMode="External"' if typ == "hyperlink" else ""
        out.append('<Relationship Id="rId%d" Type="%s%s" Target="%s"%s/>'
                   % (i, REL, typ, escape(target), mode))
    out.append("</Relationships>")
    return "".join(out)


COLORS = [("dk1", "1F2A44"), ("lt1", "FFFFFF"), ("dk2", "3C4858"), ("lt2", "F4F1EA"),
          ("accent1", "9B2335"), ("accent2", "E67E22"), ("accent3", "2E86AB"),
          ("accent4", "F6C85F"), ("accent5", "6C8EBF"), ("accent6", "7A9E7E"),
          ("hlink", "2E86AB"), ("folHlink", "2E86AB")]


def theme_xml(name):
    clr = "".join('<a:%s><a:srgbClr val="%s"/></a:%s>' % (k, v, k) for k, v in COLORS)
    major = '<a:latin typeface="%s"/><a:ea typeface="%s"/><a:cs typeface="%s"/>' % ((TITLE_FONT,) * 3)
    minor = '<a:latin typeface="%s"/><a:ea typeface="%s"/><a:cs typeface="%s"/>' % ((BODY_FONT,) * 3)
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = ('<a:ln w="9525" cap="flat" cmpd="sng"><a:solidFill><a:schemeClr val="phClr"/>'
            '</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" '
            'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:ln>')
    return (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'name="%s"><a:themeElements><a:clrScheme name="%s">%s</a:clrScheme><a:fontScheme '
            'name="%s"><a:majorFont>%s</a:majorFont><a:minorFont>%s</a:minorFont></a:fontScheme>'
            '<a:fmtScheme name="Office"><a:fillStyleLst>%s%s%s</a:fillStyleLst><a:lnStyleLst>%s%s%s'
            '</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>'
            '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
            '</a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst>'
            '</a:fmtScheme></a:themeElements></a:theme>'
            % (name, name, clr, name, major, minor, fill, fill, fill, line, line, line,
               fill, fill, fill))


def lvl_styles(kind):
    out = []
    for i in range(9):
        if kind == "title":
            out.append('<a:lvl%dpPr lvl="%d" rtl="0"><a:spcBef><a:spcPts val="0"/></a:spcBef>'
                       '<a:spcAft><a:spcPts val="0"/></a:spcAft><a:buClr><a:schemeClr val="dk1"/>'
                       '</a:buClr><a:buSzPts val="2400"/><a:buFont typeface="%s"/><a:buNone/>'
                       '<a:defRPr sz="2400" b="1"><a:solidFill><a:schemeClr val="dk1"/></a:solidFill>'
                       '<a:latin typeface="%s"/><a:ea typeface="%s"/><a:cs typeface="%s"/>'
                       '<a:sym typeface="%s"/></a:defRPr></a:lvl%dpPr>'
                       % (i + 1, i, TITLE_FONT, TITLE_FONT, TITLE_FONT, TITLE_FONT, TITLE_FONT, i + 1))
        else:
            char = "▪◦▪"[i % 3]
            sz = 1600 if i == 0 else 1400
            out.append('<a:lvl%dpPr marL="%d" lvl="%d" indent="-%d" algn="l" rtl="0"><a:lnSpc>'
                       '<a:spcPct val="115000"/></a:lnSpc><a:spcBef><a:spcPts val="%d"/></a:spcBef>'
                       '<a:spcAft><a:spcPts val="0"/></a:spcAft><a:buClr><a:schemeClr val="accent1"/>'
                       '</a:buClr><a:buSzPts val="%d"/><a:buFont typeface="%s"/><a:buChar char="%s"/>'
                       '<a:defRPr sz="%d"><a:solidFill><a:schemeClr val="dk1"/></a:solidFill>'
                       '<a:latin typeface="%s"/><a:ea typeface="%s"/><a:cs typeface="%s"/>'
                       '<a:sym typeface="%s"/></a:defRPr></a:lvl%dpPr>'
                       % (i + 1, 457200 * (i + 1), i, 330200 if i == 0 else 317500,
                          600 if i == 0 else 0, sz, BODY_FONT, char, sz, BODY_FONT, BODY_FONT,
                          BODY_FONT, BODY_FONT, i + 1))
    return "".join(out)


def empty_para():
    return "<a:p>%s%s</a:p>" % (ppr(), end_rpr(1400))


def sldnum_sp(sid, name):
    fld = ('<a:p>%s<a:fld id="%s" type="slidenum"><a:rPr lang="en" sz="1000">%s</a:rPr>'
           '<a:t>‹#›</a:t></a:fld>%s</a:p>' % (ppr(algn="r", size=1000), FLD_ID, faces(BODY_FONT),
                                               end_rpr(1000)))
    return sp(sid, name, '<p:ph idx="12" type="sldNum"/>', SLDNUM_BOX,
              txbody([fld], "ctr", "<a:normAutofit/>"))


def master_xml():
    shapes = [sp(6, "Google Shape;6;p1", '<p:ph type="title"/>', TITLE_BOX, txbody([empty_para()])),
              sp(7, "Google Shape;7;p1", '<p:ph idx="1" type="body"/>', BODY_BOX,
                 txbody([empty_para()])),
              sldnum_sp(8, "Google Shape;8;p1"),
              '<p:pic><p:nvPicPr><p:cNvPr id="9" name="Google Shape;9;p1" descr="Polity Circle logo"/>'
              '<p:cNvPicPr preferRelativeResize="0"/><p:nvPr/></p:nvPicPr><p:blipFill '
              'rotWithShape="1"><a:blip r:embed="rId13"><a:alphaModFix/></a:blip><a:srcRect l="0" '
              't="0" r="0" b="0"/><a:stretch/></p:blipFill><p:spPr>%s<a:prstGeom prst="rect">'
              '<a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></p:spPr></p:pic>'
              % xfrm(LOGO_BOX)]
    lay = "".join('<p:sldLayoutId id="%d" r:id="rId%d"/>' % (2147483649 + i, i + 1)
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
            '</p:sldMaster>' % (NS, "".join(shapes), lay, lvl_styles("title"), lvl_styles("body"),
                                lvl_styles("title")))


def layout_xml(i, name, typ, matching):
    pid = "p%d" % (i + 2)
    base = 10 + i * 4
    nm = lambda k: "Google Shape;%d;%s" % (k, pid)
    e = txbody([empty_para()])
    shapes = []
    boxes = {"TITLE": [('<p:ph type="ctrTitle"/>', CTR_TITLE_BOX),
                       ('<p:ph idx="1" type="subTitle"/>', SUBTITLE_BOX)],
             "SECTION_HEADER": [('<p:ph type="title"/>', SEC_TITLE_BOX)],
             "TITLE_AND_TWO_COLUMNS": [('<p:ph type="title"/>', TITLE_BOX),
                                       ('<p:ph idx="1" type="body"/>', COL1_BOX),
                                       ('<p:ph idx="2" type="body"/>', COL2_BOX)],
             "TITLE_ONLY": [('<p:ph type="title"/>', TITLE_BOX)],
             "MAIN_POINT": [('<p:ph type="title"/>', MAIN_TITLE_BOX)],
             "SECTION_TITLE_AND_DESCRIPTION": [('<p:ph type="title"/>', STD_TITLE_BOX),
                                               ('<p:ph idx="1" type="subTitle"/>', STD_DESC_BOX),
                                               ('<p:ph idx="2" type="body"/>',
                                                (4939500, 724925, 3837000, 3693600))],
             "CAPTION_ONLY": [('<p:ph idx="1" type="body"/>', (311700, 4230575, 8520600, 605100))],
             "BIG_NUMBER": [('<p:ph hasCustomPrompt="1" type="title"/>', BIG_TITLE_BOX),
                            ('<p:ph idx="1" type="body"/>', BIG_BODY_BOX)],
             "BLANK": []}.get(name, [('<p:ph type="title"/>', TITLE_BOX),
                                     ('<p:ph idx="1" type="body"/>', BODY_BOX)])
    k = base + 1
    for ph, box in boxes:
        shapes.append(sp(k, nm(k), ph, box, e))
        k += 1
    shapes.append(sldnum_sp(k, nm(k)))
    return (DECL + '<p:sldLayout %s matchingName="%s" type="%s">' % (NS, matching, typ)
            + '<p:cSld name="%s"><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name="Shape %d"/>'
            '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
            '</p:grpSpPr>%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>'
            '</p:sldLayout>' % (name, base, "".join(shapes)))


def notes_master_xml():
    body = sp(3, "Google Shape;3;n", '<p:ph idx="1" type="body"/>',
              (685800, 4343400, 5486400, 4114800), txbody([empty_para()]))
    return (DECL + '<p:notesMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/>'
            '</p:bgRef></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name="Shape 1"/>'
            '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
            '</p:grpSpPr>%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="dk2" tx2="lt2" '
            'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" '
            'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            '<p:notesStyle>%s</p:notesStyle></p:notesMaster>' % (NS, body, lvl_styles("body")))


def png(width, height, pixel):
    """A small deterministic RGB PNG; pixel(x, y) gives an (r, g, b) tuple."""
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width))
                   for y in range(height))

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def screenshot(x, y):
    if y < 14:
        return (155, 35, 53)
    if x % 40 < 2 or (y - 20) % 12 in (0, 1) and 10 < x < 150:
        return (200, 200, 200)
    return (250, 250, 247)


def logo(x, y):
    d = (x - 31.5) ** 2 + (y - 31.5) ** 2
    if d < 30 ** 2:
        return (155, 35, 53) if d > 22 ** 2 or abs(x - 31.5) < 3 else (244, 241, 234)
    return (255, 255, 255)


MEDIA = {"image1.png": lambda: png(160, 214, screenshot), "image2.png": lambda: png(64, 64, logo)}


def build(out):
    deck, slides = parse()
    files = [("ppt/theme/theme1.xml", theme_xml(deck["theme"])),
             ("ppt/theme/theme2.xml", theme_xml(deck["theme"])),
             ("ppt/presProps.xml", DECL + '<p:presentationPr %s/>' % NS),
             ("ppt/tableStyles.xml", DECL + '<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.'
              'org/drawingml/2006/main" def="%s"><a:tblStyle styleId="%s" styleName="Table_0">'
              '<a:wholeTbl><a:tcTxStyle><a:font><a:latin typeface="%s"/><a:ea typeface="%s"/>'
              '<a:cs typeface="%s"/></a:font><a:srgbClr val="1F2A44"/></a:tcTxStyle></a:wholeTbl>'
              '</a:tblStyle></a:tblStyleLst>' % (TABLE_STYLE, TABLE_STYLE, BODY_FONT, BODY_FONT,
                                                 BODY_FONT))]
    for i, (name, typ, matching) in enumerate(LAYOUTS):
        files.append(("ppt/slideLayouts/slideLayout%d.xml" % (i + 1),
                      layout_xml(i, name, typ, matching)))
        files.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % (i + 1),
                      rels([("slideMaster", "../slideMasters/slideMaster1.xml")])))
    files.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    files.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                  rels([("slideLayout", "../slideLayouts/slideLayout%d.xml" % (i + 1))
                        for i in range(len(LAYOUTS))] + [("theme", "../theme/theme1.xml"),
                                                         ("image", "../media/image2.png")])))
    files.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    files.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels",
                  rels([("theme", "../theme/theme2.xml")])))
    media = set(["image2.png"])
    slide_files = []
    for n, s in enumerate(slides, 1):
        links = Links()
        xml = slide_xml(n, s, links, media)
        items = [("slideLayout", "../slideLayouts/slideLayout%d.xml" % LAYOUT_NO[s["layout"]]),
                 ("notesSlide", "../notesSlides/notesSlide%d.xml" % n)]
        for item in links.items:
            if isinstance(item, tuple):
                items.append(("image", "../media/" + item[1]))
            else:
                items.append(("hyperlink", item))
        slide_files.append(("ppt/notesSlides/notesSlide%d.xml" % n, notes_xml(n, s)))
        slide_files.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % n,
                            rels([("notesMaster", "../notesMasters/notesMaster1.xml"),
                                  ("slide", "../slides/slide%d.xml" % n)])))
        slide_files.append(("ppt/slides/slide%d.xml" % n, xml))
        slide_files.append(("ppt/slides/_rels/slide%d.xml.rels" % n, rels(items)))
    for fn in sorted(media):
        files.append(("ppt/media/" + fn, MEDIA[fn]()))
    files += slide_files
    pres_rels = [("theme", "theme/theme1.xml"), ("presProps", "presProps.xml"),
                 ("tableStyles", "tableStyles.xml"), ("slideMaster", "slideMasters/slideMaster1.xml"),
                 ("notesMaster", "notesMasters/notesMaster1.xml")]
    pres_rels += [("slide", "slides/slide%d.xml" % n) for n in range(1, len(slides) + 1)]
    sld_ids = "".join('<p:sldId id="%d" r:id="rId%d"/>' % (255 + n, 5 + n)
                      for n in range(1, len(slides) + 1))
    files.append(("ppt/presentation.xml",
                  DECL + '<p:presentation %s autoCompressPictures="0" strictFirstAndLastChars="0" '
                  'saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483660" r:id="rId4"/>'
                  '</p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId5"/>'
                  '</p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cy="5143500" '
                  'cx="9144000"/><p:notesSz cx="6858000" cy="9144000"/><p:embeddedFontLst>'
                  '<p:embeddedFont><p:font typeface="Montserrat"/></p:embeddedFont><p:embeddedFont>'
                  '<p:font typeface="Lato"/></p:embeddedFont></p:embeddedFontLst><p:defaultTextStyle>'
                  '<a:defPPr lvl="0" marR="0" rtl="0" algn="l"><a:lnSpc><a:spcPct val="100000"/>'
                  '</a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="0"/>'
                  '</a:spcAft></a:defPPr>%s</p:defaultTextStyle></p:presentation>'
                  % (NS, sld_ids, lvl_styles("title"))))
    files.append(("ppt/_rels/presentation.xml.rels", rels(pres_rels)))
    files.append(("_rels/.rels", rels([("officeDocument", "ppt/presentation.xml")])))
    kinds = {"theme": "application/vnd.openxmlformats-officedocument.theme+xml",
             "presProps": CT + "presProps+xml", "tableStyles": CT + "tableStyles+xml",
             "slideLayout": CT + "slideLayout+xml", "slideMaster": CT + "slideMaster+xml",
             "notesMaster": CT + "notesMaster+xml", "notesSlide": CT + "notesSlide+xml",
             "slide": CT + "slide+xml", "presentation": CT + "presentation.main+xml"}
    ct = [DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default ContentType="application/xml" Extension="xml"/><Default ContentType="image/png" '
          'Extension="png"/><Default ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml" Extension="rels"/>']
    for path, _ in files:
        if path.endswith(".rels") or path.startswith("ppt/media/"):
            continue
        kind = re.sub(r"\d*\.xml$", "", path.rsplit("/", 1)[1])
        ct.append('<Override ContentType="%s" PartName="/%s"/>' % (kinds[kind], path))
    ct.append("</Types>")
    files.append(("[Content_Types].xml", "".join(ct)))
    with zipfile.ZipFile(out, "w") as z:
        for path, data in files:
            info = zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
