#!/usr/bin/python3
"""Make docs/councils-and-sects-lec14.pptx from tools/councils-and-sects-lec14.txt.

The deck is written the way Google Slides writes File > Download > Microsoft PowerPoint (.pptx)
for a deck set up as "Standard 4:3" on the built-in "Simple Dark" theme: no docProps; the parts
in Google's order (two copies of the theme, presProps, tableStyles, the eleven layouts with their
rels, the master and its rels, the notes master and its rels, the media, then each notes slide
and slide with its rels, presentation.xml and its rels, and _rels/.rels and [Content_Types].xml
last), every entry deflated and dated 1980-01-01; a 9144000 x 6858000 EMU page; Google's eleven
layouts (TITLE ... BLANK with matchingName values); shapes named "Google Shape;<n>;<page id>";
explicit paragraph properties on every paragraph and lang="en" runs with a size fixed per slide;
agenda lines linked to their slides (hlinkClick with action ppaction://hlinksldjump and a slide
relationship) and one external link; tables as graphicFrames whose last row is merged across
every column (gridSpan on the first cell, hMerge on the rest); a picture (ppt/media/image1.png,
a small PNG made here) with alt text; a sect tree drawn as rounded rectangles joined by
bentConnector3 elbow connectors bound to them (stCxn / endCxn); free text boxes (spAutoFit); a
slide-number field with Google's all-1234 id on every slide but the first; and a notes slide
for every slide (an empty run where a slide has no notes).

Run: /usr/bin/python3 tools/make_pptx.py [OUT]   (output is byte-for-byte stable)
"""
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "councils-and-sects-lec14.txt")
OUT = os.path.join(HERE, "..", "docs", "councils-and-sects-lec14.pptx")

NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.presentationml."
TABLE_STYLE = "{B1F4E2C7-3D5A-4E8B-9C21-6A7F0D3E5B48}"
FLD_ID = "{00000000-1234-1234-1234-123412341234}"
BODYPR = 'spcFirstLastPara="1" wrap="square" lIns="91425" tIns="91425" rIns="91425" bIns="91425"'
SLD_W, SLD_H = 9144000, 6858000

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

# placeholder frames (x, y, cx, cy) of the theme on a 4:3 page
TITLE_BOX = (311700, 593367, 8520600, 763600)
BODY_BOX = (311700, 1536633, 8520600, 4555200)
COL1_BOX = (311700, 1536633, 3999900, 4555200)
COL2_BOX = (4832400, 1536633, 3999900, 4555200)
CTR_TITLE_BOX = (311700, 992767, 8520600, 2736800)
SUBTITLE_BOX = (311700, 3778833, 8520600, 1056800)
SEC_TITLE_BOX = (311700, 2867800, 8520600, 1122400)
SLDNUM_BOX = (8472458, 6217622, 548700, 524800)
TABLE_TOP = 1536625


def xfrm(box, tag="a:xfrm", extra=""):
    x, y, cx, cy = box
    return ('<%s%s><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></%s>'
            % (tag, extra, x, y, cx, cy, tag))


class Links:
    """Relationships a slide's runs need (slide jumps and external links)."""

    def __init__(self, first_id):
        self.items, self.next = [], first_id

    def add(self, typ, target, external=False):
        rid = "rId%d" % self.next
        self.next += 1
        self.items.append((rid, typ, target, external))
        return rid


def runs(text, size=None, bold=False, links=None):
    out = []
    pat = re.compile(r"\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)]+)\)")
    pos = 0
    pieces = []
    for m in pat.finditer(text):
        if m.start() > pos:
            pieces.append(("plain", text[pos:m.start()], None))
        if m.group(1) is not None:
            pieces.append(("bold", m.group(1), None))
        else:
            pieces.append(("link", m.group(2), m.group(3)))
        pos = m.end()
    if pos < len(text):
        pieces.append(("plain", text[pos:], None))
    for kind, part, target in pieces:
        attrs = ' lang="en"'
        if size:
            attrs += ' sz="%d"' % size
        if bold or kind == "bold":
            attrs += ' b="1"'
        if kind == "link":
            if target.startswith("#"):
                rid = links.add("slide", "../slides/slide%d.xml" % int(target[1:]))
                click = '<a:hlinkClick r:id="%s" action="ppaction://hlinksldjump"/>' % rid
            else:
                rid = links.add("hyperlink", target, external=True)
                click = '<a:hlinkClick r:id="%s"/>' % rid
            out.append('<a:r><a:rPr%s u="sng"><a:solidFill><a:schemeClr val="hlink"/></a:solidFill>'
                       '%s</a:rPr><a:t>%s</a:t></a:r>' % (attrs, click, escape(part)))
        else:
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


def para_xml(line, size, last, links):
    end = '<a:endParaRPr sz="%d"/>' % size if last else ""
    if line.startswith("  - "):
        return "<a:p>%s%s%s</a:p>" % (ppr(914400, 1, -330200, "○", size),
                                      runs(line[4:], size, links=links), end)
    if line.startswith("- "):
        return "<a:p>%s%s%s</a:p>" % (ppr(457200, 0, -355600, "●", size),
                                      runs(line[2:], size, links=links), end)
    if line.startswith("1. "):
        return "<a:p>%s%s%s</a:p>" % (ppr(457200, 0, -355600, "num", size),
                                      runs(line[3:], size, links=links), end)
    return "<a:p>%s%s%s</a:p>" % (ppr(0, 0, 0, None, size), runs(line, size, links=links), end)


def txbody(paras_xml, anchor="t", autofit="<a:noAutofit/>"):
    return ('<p:txBody><a:bodyPr %s anchor="%s" anchorCtr="0">%s</a:bodyPr><a:lstStyle/>%s'
            '</p:txBody>' % (BODYPR, anchor, autofit, "".join(paras_xml)))


def sp(sid, name, ph, box, body, txbox=True, geom="rect", fill=""):
    nvsp = '<p:cNvSpPr txBox="1"/>' if txbox else "<p:cNvSpPr/>"
    nvpr = "<p:nvPr>%s</p:nvPr>" % ph if ph else "<p:nvPr/>"
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/>%s%s</p:nvSpPr>'
            '<p:spPr>%s<a:prstGeom prst="%s"><a:avLst/></a:prstGeom>%s</p:spPr>%s</p:sp>'
            % (sid, name, nvsp, nvpr, xfrm(box), geom, fill, body))


def group_open(sid):
    return ('<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name="Shape %d"/><p:cNvGrpSpPr/>'
            '<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' % sid)


GROUP_CLOSE = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"


def text_size(lines):
    n = sum(len(l) for l in lines)
    if n > 900:
        return 1400
    if n > 650:
        return 1500
    if n > 450:
        return 1600
    return 1800


def parse():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    deck, slides, cur, block = {}, [], None, None
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("#") and block is None:
            continue
        if line == "@deck":
            block = "deck"
        elif line.startswith("@slide "):
            _, pid, layout = line.split(" ")
            cur = {"id": pid, "layout": layout, "title": "", "sub": [], "body": [], "col1": [],
                   "col2": [], "table": [], "tree": [], "pic": None, "box": [], "notes": []}
            slides.append(cur)
            block = None
        elif block == "deck":
            k, v = line.split(": ", 1)
            deck[k] = v
        elif line.startswith("title: "):
            cur["title"] = line[7:]
        elif line.startswith("sub: "):
            cur["sub"].append(line[5:])
        elif line.startswith("pic: "):
            cur["pic"] = line[5:]
        elif line.startswith("box: "):
            cur["box"].append(line[5:])
            block = "box"
        elif line in ("body:", "col1:", "col2:", "table:", "tree:", "notes:"):
            block = line[:-1]
        elif line.strip():
            cur[block].append(line)
    return deck, slides


def border(tag, color="5F6368"):
    return ('<a:%s w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="%s"/>'
            '</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" '
            'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:%s>' % (tag, color, tag))


def cell(text, size, header=False, span=0, hmerge=False):
    attrs = ""
    if span:
        attrs = ' gridSpan="%d"' % span
    if hmerge:
        attrs = ' hMerge="1"'
    body = ("<a:p>%s%s<a:endParaRPr sz=\"%d\"%s/></a:p>"
            % (ppr(), runs(text, size, header), size, ' b="1"' if header else "")) if text else \
        '<a:p>%s<a:endParaRPr sz="%d"/></a:p>' % (ppr(), size)
    fill = ('<a:solidFill><a:srgbClr val="3C4043"/></a:solidFill>' if header else
            "<a:noFill/>")
    return ('<a:tc%s><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr marT="45725" '
            'marB="45725" marR="91425" marL="91425">%s%s%s%s%s</a:tcPr></a:tc>'
            % (attrs, body, border("lnL"), border("lnR"), border("lnT"), border("lnB"), fill))


def table_xml(sid, name, rows):
    ncol = len(rows[0].strip().strip("|").split("|"))
    widths = {5: [868680, 2057400, 1737360, 1737360, 2120400],
              3: [2743200, 2888700, 2888700]}[ncol]
    size = 1200 if ncol == 5 else 1300
    out = ['<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="%d" name="%s"/><p:cNvGraphicFramePr/>'
           '<p:nvPr/></p:nvGraphicFramePr>%s<a:graphic><a:graphicData '
           'uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr><a:noFill/>'
           '<a:tableStyleId>%s</a:tableStyleId></a:tblPr><a:tblGrid>'
           % (sid, name, xfrm((311700, TABLE_TOP, sum(widths), 457200 * len(rows)), "p:xfrm"),
              TABLE_STYLE)]
    out += ['<a:gridCol w="%d"/>' % w for w in widths]
    out.append("</a:tblGrid>")
    for r, row in enumerate(rows):
        out.append('<a:tr h="457200">')
        if row.startswith("||"):
            text = row.strip().strip("|").strip()
            out.append(cell(text, size, span=ncol))
            for _ in range(ncol - 1):
                out.append(cell("", size, hmerge=True))
        else:
            for text in [c.strip() for c in row.strip().strip("|").split("|")]:
                out.append(cell(text, size, header=(r == 0)))
        out.append("</a:tr>")
    out.append("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")
    return "".join(out)


def tree_xml(nid, name, lines):
    """Rounded boxes and elbow connectors; returns (xml, next id)."""
    nodes, order, out = {}, [], []
    for l in lines:
        if l.startswith("node "):
            head, text = l[5:].split(" | ", 1)
            key, x, y, w, h = head.split()
            nodes[key] = (nid, int(x), int(y), int(w), int(h))
            order.append((key, text))
            nid += 1
    for key, text in order:
        sid, x, y, w, h = nodes[key]
        para = ('<a:p>%s%s<a:endParaRPr sz="1400"/></a:p>'
                % (ppr(algn="ctr"), runs(text, 1400, key == "n1")))
        fill = ('<a:solidFill><a:srgbClr val="3C4043"/></a:solidFill><a:ln w="19050" cap="flat" '
                'cmpd="sng"><a:solidFill><a:schemeClr val="accent1"/></a:solidFill>'
                '<a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" len="sm"/>'
                '<a:tailEnd type="none" w="sm" len="sm"/></a:ln>')
        out.append(sp(sid, name(sid), "", (x, y, w, h),
                      txbody([para], "ctr", "<a:noAutofit/>"), txbox=False, geom="roundRect",
                      fill=fill))
    for l in lines:
        if not l.startswith("edge "):
            continue
        a, b = l[5:].split()
        ia, ax, ay, aw, ah = nodes[a]
        ib, bx, by, bw, bh = nodes[b]
        sx, sy = ax + aw // 2, ay + ah
        ex, ey = bx + bw // 2, by
        dx, dy = ex - sx, ey - sy
        cx, cy = dy, abs(dx)
        mx, my = (sx + ex) // 2, (sy + ey) // 2
        extra = ' rot="5400000"' + (' flipV="1"' if dx > 0 else "")
        box = (mx - cx // 2, my - cy // 2, cx, cy)
        out.append('<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="%d" name="%s"/><p:cNvCxnSpPr>'
                   '<a:stCxn id="%d" idx="2"/><a:endCxn id="%d" idx="0"/></p:cNvCxnSpPr><p:nvPr/>'
                   '</p:nvCxnSpPr><p:spPr>%s<a:prstGeom prst="bentConnector3"><a:avLst>'
                   '<a:gd name="adj1" fmla="val 50000"/></a:avLst></a:prstGeom><a:noFill/>'
                   '<a:ln w="19050" cap="flat" cmpd="sng"><a:solidFill><a:schemeClr val="lt2"/>'
                   '</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd type="none" '
                   'w="med" len="med"/><a:tailEnd type="triangle" w="med" len="med"/></a:ln>'
                   '</p:spPr></p:cxnSp>' % (nid, name(nid), ia, ib, xfrm(box, extra=extra)))
        nid += 1
    return "".join(out), nid


def free_box(sid, name, box_line, text_lines, links, size=1400, italic=True):
    x, y, w, h = [int(v) for v in box_line.split()]
    paras = []
    for i, t in enumerate(text_lines):
        r = runs(t, size, links=links)
        if italic:
            r = r.replace('<a:rPr lang="en"', '<a:rPr lang="en" i="1"')
        paras.append("<a:p>%s%s%s</a:p>" % (ppr(), r, '<a:endParaRPr sz="%d"/>' % size
                                            if i == len(text_lines) - 1 else ""))
    return sp(sid, name(sid), "", (x, y, w, h), txbody(paras, "t", "<a:spAutoFit/>"))


def pic_xml(sid, name, spec):
    head, alt = spec.split(" | ", 1)
    _, x, y, w, h = head.split()
    return ('<p:pic><p:nvPicPr><p:cNvPr id="%d" name="%s" descr=%s/><p:cNvPicPr '
            'preferRelativeResize="0"/><p:nvPr/></p:nvPicPr><p:blipFill rotWithShape="1"><a:blip '
            'r:embed="rId3"><a:alphaModFix/></a:blip><a:srcRect/><a:stretch/></p:blipFill>'
            '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln>'
            '<a:noFill/></a:ln></p:spPr></p:pic>'
            % (sid, name(sid), quoteattr(alt), xfrm((int(x), int(y), int(w), int(h)))))


def slide_xml(n, s, first_id):
    pid, layout = s["id"], s["layout"]
    name = lambda i: "Google Shape;%d;%s" % (i, pid)
    links = Links(4 if s["pic"] else 3)
    parts = [DECL, '<p:sld %s>' % NS, group_open(first_id)]
    nid = first_id + 1
    if layout == "TITLE":
        parts.append(sp(nid, name(nid), '<p:ph type="ctrTitle"/>', CTR_TITLE_BOX,
                        txbody(["<a:p>%s%s<a:endParaRPr/></a:p>" % (ppr(), runs(s["title"]))],
                               "b")))
        nid += 1
        subs = ["<a:p>%s%s%s</a:p>" % (ppr(), runs(t), "<a:endParaRPr/>"
                                       if i == len(s["sub"]) - 1 else "")
                for i, t in enumerate(s["sub"])]
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
        box = BODY_BOX if not s["pic"] else (311700, 1536633, 5562600, 4555200)
        paras = [para_xml(l, size, i == len(s["body"]) - 1, links)
                 for i, l in enumerate(s["body"])]
        parts.append(sp(nid, name(nid), '<p:ph idx="1" type="body"/>', box, txbody(paras)))
        nid += 1
    if layout == "TITLE_AND_TWO_COLUMNS":
        size = text_size(s["col1"] + s["col2"])
        for idx, (key, box) in enumerate((("col1", COL1_BOX), ("col2", COL2_BOX)), 1):
            paras = [para_xml(l, size, i == len(s[key]) - 1, links) for i, l in enumerate(s[key])]
            parts.append(sp(nid, name(nid), '<p:ph idx="%d" type="body"/>' % idx, box,
                            txbody(paras)))
            nid += 1
    if s["table"]:
        parts.append(table_xml(nid, name(nid), s["table"]))
        nid += 1
    if s["tree"]:
        xml, nid = tree_xml(nid, name, [l for l in s["tree"]])
        parts.append(xml)
    if s["pic"]:
        parts.append(pic_xml(nid, name, s["pic"]))
        nid += 1
    if s["box"]:
        parts.append(free_box(nid, name, s["box"][0], s["box"][1:], links))
        nid += 1
    if n > 1:
        fld = ('<a:p>%s<a:fld id="%s" type="slidenum"><a:rPr lang="en"/><a:t>‹#›</a:t></a:fld>'
               '<a:endParaRPr/></a:p>' % (ppr(algn="r"), FLD_ID))
        parts.append(sp(nid, name(nid), '<p:ph idx="12" type="sldNum"/>', SLDNUM_BOX,
                        txbody([fld], "ctr", "<a:normAutofit/>")))
    parts.append(GROUP_CLOSE + "</p:sld>")
    return "".join(parts), links


def notes_xml(s, first_id):
    pid = s["id"]
    name = lambda i: "Google Shape;%d;%s:notes" % (i, pid)
    img = ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" '
           'noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph idx="2" type="sldImg"/></p:nvPr>'
           '</p:nvSpPr><p:spPr>%s<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>'
           '<a:rect l="l" t="t" r="r" b="b"/><a:pathLst><a:path w="120000" h="120000" extrusionOk="0">'
           '<a:moveTo><a:pt x="0" y="0"/></a:moveTo><a:lnTo><a:pt x="120000" y="0"/></a:lnTo>'
           '<a:lnTo><a:pt x="120000" y="120000"/></a:lnTo><a:lnTo><a:pt x="0" y="120000"/></a:lnTo>'
           '<a:close/></a:path></a:pathLst></a:custGeom></p:spPr></p:sp>'
           % (first_id + 1, name(first_id + 1), xfrm((1143225, 685800, 4572225, 3429000))))
    if s["notes"]:
        paras = ["<a:p>%s%s%s</a:p>" % (ppr(), runs(t), "<a:endParaRPr/>" if i == len(s["notes"]) - 1
                                         else "") for i, t in enumerate(s["notes"])]
    else:
        paras = ["<a:p>%s<a:r><a:t/></a:r><a:endParaRPr/></a:p>" % ppr()]
    body = sp(first_id + 2, name(first_id + 2), '<p:ph idx="1" type="body"/>',
              (685800, 4343400, 5486400, 4114800), txbody(paras), txbox=True)
    return (DECL + '<p:notes %s showMasterSp="0" showMasterPhAnim="0">' % NS + group_open(first_id)
            + img + body + GROUP_CLOSE + "</p:notes>")


def rels(items):
    out = [DECL, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for item in items:
        rid, typ, target, external = item
        out.append('<Relationship Id="%s" Type="%s%s" Target=%s%s/>'
                   % (rid, REL, typ, quoteattr(target), ' TargetMode="External"' if external else ""))
    out.append("</Relationships>")
    return "".join(out)


def numbered(pairs):
    return [("rId%d" % i, t, g, False) for i, (t, g) in enumerate(pairs, 1)]


COLORS = [("dk1", "212121"), ("lt1", "FFFFFF"), ("dk2", "3C4043"), ("lt2", "E8EAED"),
          ("accent1", "8AB4F8"), ("accent2", "F28B82"), ("accent3", "FDD663"),
          ("accent4", "81C995"), ("accent5", "FF8BCB"), ("accent6", "C58AF9"),
          ("hlink", "8AB4F8"), ("folHlink", "8AB4F8")]


def theme_xml(name):
    clr = "".join('<a:%s><a:srgbClr val="%s"/></a:%s>' % (k, v, k) for k, v in COLORS)
    font = '<a:latin typeface="Arial"/><a:ea typeface="Arial"/><a:cs typeface="Arial"/>'
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = ('<a:ln w="9525" cap="flat" cmpd="sng"><a:solidFill><a:schemeClr val="phClr"/>'
          '</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" '
          'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:ln>')
    return (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'name="%s"><a:themeElements><a:clrScheme name="Simple Dark">%s</a:clrScheme>'
            '<a:fontScheme name="Simple Dark"><a:majorFont>%s</a:majorFont><a:minorFont>%s'
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
                       '<a:spcAft><a:spcPts val="0"/></a:spcAft><a:buClr><a:schemeClr val="lt1"/>'
                       '</a:buClr><a:buSzPts val="2800"/><a:buNone/><a:defRPr sz="2800">'
                       '<a:solidFill><a:schemeClr val="lt1"/></a:solidFill></a:defRPr></a:lvl%dpPr>'
                       % (i + 1, i, i + 1))
        else:
            char = "●○■"[i % 3]
            sz = 1800 if i == 0 else 1400
            out.append('<a:lvl%dpPr marL="%d" lvl="%d" indent="-%d" algn="l" rtl="0"><a:lnSpc>'
                       '<a:spcPct val="115000"/></a:lnSpc><a:spcBef><a:spcPts val="%d"/>'
                       '</a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft><a:buClr><a:schemeClr '
                       'val="lt2"/></a:buClr><a:buSzPts val="%d"/><a:buChar char="%s"/><a:defRPr '
                       'sz="%d"><a:solidFill><a:schemeClr val="lt2"/></a:solidFill></a:defRPr>'
                       '</a:lvl%dpPr>' % (i + 1, 457200 * (i + 1), i, 342900 if i == 0 else 317500,
                                          0 if i == 0 else 1600, sz, char, sz, i + 1))
    return "".join(out)


CLRMAP = ('<p:clrMap bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2" accent1="accent1" '
          'accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" '
          'accent6="accent6" hlink="hlink" folHlink="folHlink"/>')
SLDNUM_PARA = ('<a:p>%s<a:fld id="%s" type="slidenum"><a:rPr lang="en"/><a:t>‹#›</a:t>'
               '</a:fld><a:endParaRPr/></a:p>')


def master_xml():
    ph = [sp(6, "Google Shape;6;p1", '<p:ph type="title"/>', TITLE_BOX,
             txbody(["<a:p>%s<a:endParaRPr/></a:p>" % ppr()])),
          sp(7, "Google Shape;7;p1", '<p:ph idx="1" type="body"/>', BODY_BOX,
             txbody(["<a:p>%s<a:endParaRPr/></a:p>" % ppr()])),
          sp(8, "Google Shape;8;p1", '<p:ph idx="12" type="sldNum"/>', SLDNUM_BOX,
             txbody([SLDNUM_PARA % (ppr(algn="r"), FLD_ID)], "ctr", "<a:normAutofit/>"))]
    lay = "".join('<p:sldLayoutId id="%d" r:id="rId%d"/>' % (2147483648 + i, i + 1)
                  for i in range(len(LAYOUTS)))
    return (DECL + '<p:sldMaster %s><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val="dk1"/>'
            '</a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" '
            'name="Shape 5"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" '
            'y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
            '</p:grpSpPr>%s</p:spTree></p:cSld>%s<p:sldLayoutIdLst>%s</p:sldLayoutIdLst>'
            '<p:txStyles><p:titleStyle>%s</p:titleStyle><p:bodyStyle>%s</p:bodyStyle>'
            '<p:otherStyle>%s</p:otherStyle></p:txStyles></p:sldMaster>'
            % (NS, "".join(ph), CLRMAP, lay, lvl_styles("title"), lvl_styles("body"),
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
    elif name != "BLANK":
        shapes.append(sp(base + 1, nm(base + 1), '<p:ph type="title"/>', TITLE_BOX, txbody(empty)))
        if name == "TITLE_AND_TWO_COLUMNS":
            shapes.append(sp(base + 2, nm(base + 2), '<p:ph idx="1" type="body"/>', COL1_BOX,
                             txbody(empty)))
            shapes.append(sp(base + 3, nm(base + 3), '<p:ph idx="2" type="body"/>', COL2_BOX,
                             txbody(empty)))
        elif name != "TITLE_ONLY":
            shapes.append(sp(base + 2, nm(base + 2), '<p:ph idx="1" type="body"/>', BODY_BOX,
                             txbody(empty)))
    k = base + 4 if name != "BLANK" else base + 1
    shapes.append(sp(k, nm(k), '<p:ph idx="12" type="sldNum"/>', SLDNUM_BOX,
                     txbody([SLDNUM_PARA % (ppr(algn="r"), FLD_ID)], "ctr", "<a:normAutofit/>")))
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


def png(width, height):
    """A small photo stand-in: a sandstone-coloured gradient with a dark cave mouth."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            cx, cy = (x - width / 2) / (width * 0.22), (y - height * 0.62) / (height * 0.30)
            if cx * cx + cy * cy < 1 and y > height * 0.35:
                r, g, b = 40, 34, 30
            else:
                shade = 150 + (x * 37 + y * 53) % 23 - y * 40 // height
                r, g, b = shade + 40, shade + 10, shade - 30
            row += bytes((r, g, b))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def build(out):
    deck, slides = parse()
    files = []
    files.append(("ppt/theme/theme1.xml", theme_xml("Simple Dark")))
    files.append(("ppt/theme/theme2.xml", theme_xml("Simple Dark")))
    files.append(("ppt/presProps.xml", DECL + '<p:presentationPr %s/>' % NS))
    files.append(("ppt/tableStyles.xml", DECL + '<a:tblStyleLst xmlns:a="http://schemas.'
                  'openxmlformats.org/drawingml/2006/main" def="%s"><a:tblStyle styleId="%s" '
                  'styleName="Table_0"><a:wholeTbl><a:tcTxStyle><a:font><a:latin typeface="Arial"/>'
                  '<a:ea typeface="Arial"/><a:cs typeface="Arial"/></a:font><a:srgbClr val="FFFFFF"/>'
                  '</a:tcTxStyle></a:wholeTbl></a:tblStyle></a:tblStyleLst>'
                  % (TABLE_STYLE, TABLE_STYLE)))
    for i, (name, typ, matching) in enumerate(LAYOUTS):
        files.append(("ppt/slideLayouts/slideLayout%d.xml" % (i + 1),
                      layout_xml(i, name, typ, matching)))
        files.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % (i + 1),
                      rels(numbered([("slideMaster", "../slideMasters/slideMaster1.xml")]))))
    files.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    files.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                  rels(numbered([("slideLayout", "../slideLayouts/slideLayout%d.xml" % (i + 1))
                                 for i in range(len(LAYOUTS))] + [("theme", "../theme/theme1.xml")]))))
    files.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    files.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels",
                  rels(numbered([("theme", "../theme/theme2.xml")]))))
    files.append(("ppt/media/image1.png", png(240, 160)))
    sid = 50
    for n, s in enumerate(slides, 1):
        nfirst, sfirst = sid, sid + 3
        sid += 30
        files.append(("ppt/notesSlides/notesSlide%d.xml" % n, notes_xml(s, nfirst)))
        files.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % n,
                      rels(numbered([("notesMaster", "../notesMasters/notesMaster1.xml"),
                                     ("slide", "../slides/slide%d.xml" % n)]))))
        xml, links = slide_xml(n, s, sfirst)
        files.append(("ppt/slides/slide%d.xml" % n, xml))
        srels = numbered([("slideLayout", "../slideLayouts/slideLayout%d.xml" % LAYOUT_NO[s["layout"]]),
                          ("notesSlide", "../notesSlides/notesSlide%d.xml" % n)])
        if s["pic"]:
            srels.append(("rId3", "image", "../media/" + s["pic"].split()[0], False))
        files.append(("ppt/slides/_rels/slide%d.xml.rels" % n, rels(srels + links.items)))
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
                  '</p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cy="%d" cx="%d"/>'
                  '<p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle><a:defPPr lvl="0">'
                  '<a:defRPr lang="en"/></a:defPPr>%s</p:defaultTextStyle></p:presentation>'
                  % (NS, sld_ids, SLD_H, SLD_W, lvl_styles("title"))))
    files.append(("ppt/_rels/presentation.xml.rels", rels(numbered(pres_rels))))
    files.append(("_rels/.rels", rels(numbered([("officeDocument", "ppt/presentation.xml")]))))
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
          'openxmlformats.org/package/2006/content-types"><Default ContentType="application/xml" '
          'Extension="xml"/><Default ContentType="image/png" Extension="png"/><Default '
          'ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>']
    kinds = {"theme": "application/vnd.openxmlformats-officedocument.theme+xml",
             "presProps": CT + "presProps+xml", "tableStyles": CT + "tableStyles+xml",
             "slideLayout": CT + "slideLayout+xml", "slideMaster": CT + "slideMaster+xml",
             "notesMaster": CT + "notesMaster+xml", "notesSlide": CT + "notesSlide+xml",
             "slide": CT + "slide+xml", "presentation": CT + "presentation.main+xml"}
    for path, _ in files:
        if path.endswith((".rels", ".png")):
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
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
