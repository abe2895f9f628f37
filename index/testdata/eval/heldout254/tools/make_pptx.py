#!/usr/bin/python3
"""Re-make docs/Lec 6 - Himalayan Arc Earthquakes.pptx from its source text.

Writes the deck the way Apple Keynote's File > Export To > PowerPoint writes a 4:3 deck in the
classic "White" theme: 1024 x 768 pt slides (13004800 x 9753600 EMU, Keynote's points times
12700, not PowerPoint's 9144000 x 6858000), Gill Sans text, one slide master with six layouts,
a notes master and notes slides only for slides that have presenter notes, a skipped slide
written with show="0", dissolve and push transitions, a grouped diagram of text boxes, a table
as a graphicFrame, a PNG picture in ppt/media and an external hyperlink. Keynote's smart quotes
turn straight quotes and apostrophes into curly ones. Standard library only (zipfile, zlib);
every zip entry carries the same fixed time so the file is re-made byte for byte.
Run: /usr/bin/python3 tools/make_pptx.py [OUT]
"""
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "Lec 6 - Himalayan Arc Earthquakes.txt")
OUT = os.path.join(HERE, "..", "docs", "Lec 6 - Himalayan Arc Earthquakes.pptx")
STAMP = (2025, 12, 4, 21, 16, 8)
EMU = 12700
SW, SH = 1024, 768

NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
T_LAYOUT = R_NS + "/slideLayout"
T_MASTER = R_NS + "/slideMaster"
T_NOTES = R_NS + "/notesSlide"
T_NMASTER = R_NS + "/notesMaster"
T_SLIDE = R_NS + "/slide"
T_THEME = R_NS + "/theme"
T_IMAGE = R_NS + "/image"
T_LINK = R_NS + "/hyperlink"
FONT = "Gill Sans"
DARK, GREY, ACCENT = "000000", "6E6E6E", "1F5FA8"


# ---------------------------------------------------------------- source

def parse(path):
    slides = []
    cur = None
    mode = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("#"):
                continue
            if line.startswith("=== "):
                parts = [p.strip() for p in line[4:].split("|")]
                opts = {}
                for o in parts[2:]:
                    k, _, v = o.partition("=")
                    opts[k] = v or True
                cur = {"layout": parts[1], "opts": opts, "title": None, "subtitle": None,
                       "body": None, "bullets": [], "table": [], "group": [], "image": None,
                       "notes": []}
                slides.append(cur)
                mode = None
                continue
            if not line.strip():
                continue
            if line == "notes:":
                mode = "notes"
                continue
            if mode == "notes":
                cur["notes"].append(line)
            elif line.startswith("title: "):
                cur["title"] = line[7:]
            elif line.startswith("subtitle: "):
                cur["subtitle"] = line[10:]
            elif line.startswith("body: "):
                cur["body"] = line[6:]
            elif line.startswith("-- "):
                cur["bullets"].append((1, line[3:]))
            elif line.startswith("- "):
                cur["bullets"].append((0, line[2:]))
            elif line.startswith("| "):
                cur["table"].append([c.strip() for c in line.strip().strip("|").split("|")])
            elif line.startswith("group: "):
                cur["group"].append([c.strip() for c in line[7:].split("|")])
            elif line.startswith("image: "):
                cur["image"] = [c.strip() for c in line[7:].split("|")]
            else:
                raise SystemExit("cannot read line: %r" % line)
    return slides


def smart(s):
    """Keynote's smart quotes."""
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


def shape_name(text):
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", smart(text))
    return text if len(text) <= 30 else text[:29] + "\u2026"


# ---------------------------------------------------------------- text runs

class Links:
    def __init__(self):
        self.urls = []

    def rid(self, url, base):
        if url not in self.urls:
            self.urls.append(url)
        return "rId%d" % (base + self.urls.index(url))


def run(text, size, color=DARK, bold=False, link=None):
    b = ' b="1"' if bold else ""
    fill = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % color
    hl = '<a:hlinkClick r:id="%s"/>' % link if link else ""
    return ('<a:r><a:rPr lang="en-US" sz="%d"%s>%s<a:latin typeface="%s"/><a:ea typeface="%s"/>'
            '<a:cs typeface="%s"/><a:sym typeface="%s"/>%s</a:rPr><a:t>%s</a:t></a:r>'
            % (size, b, fill, FONT, FONT, FONT, FONT, hl, escape(text)))


def runs(text, size, color, links, base):
    out = []
    pos = 0
    for m in re.finditer(r"\[([^\]]+)\]\(([^)]+)\)", text):
        if m.start() > pos:
            out.append(run(smart(text[pos:m.start()]), size, color))
        out.append(run(smart(m.group(1)), size, ACCENT, link=links.rid(m.group(2), base)))
        pos = m.end()
    if pos < len(text):
        out.append(run(smart(text[pos:]), size, color))
    return "".join(out)


def para(text, size, color=DARK, algn=None, lvl=None, bullet=None, links=None, base=0):
    ppr = []
    num = re.match(r"(\d+)\. ", text) if lvl is not None else None
    if num:
        # a numbered list: Keynote writes the number as an auto-number, not as text
        text = text[num.end():]
        ppr.append('<a:pPr marL="457200" indent="-457200"><a:spcBef><a:spcPts val="1200"/>'
                   '</a:spcBef><a:buClr><a:srgbClr val="%s"/></a:buClr><a:buSzPct val="100000"/>'
                   '<a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"/></a:pPr>' % GREY)
    elif lvl is not None:
        mar = 342900 + lvl * 342900
        ppr.append('<a:pPr marL="%d" indent="-342900"%s>' % (mar, ' lvl="%d"' % lvl if lvl else ""))
        ppr.append('<a:spcBef><a:spcPts val="1200"/></a:spcBef>')
        ppr.append('<a:buClr><a:srgbClr val="%s"/></a:buClr><a:buSzPct val="100000"/>'
                   '<a:buFont typeface="%s"/><a:buChar char="%s"/></a:pPr>'
                   % (GREY, FONT, bullet))
    elif algn:
        ppr.append('<a:pPr algn="%s"/>' % algn)
    body = runs(text, size, color, links or Links(), base)
    return '<a:p>%s%s</a:p>' % ("".join(ppr), body)


def xfrm(x, y, w, h, tag="a:xfrm"):
    return ('<%s><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></%s>'
            % (tag, x * EMU, y * EMU, w * EMU, h * EMU, tag))


def body_pr(anchor="t", autofit=""):
    return ('<a:bodyPr lIns="50800" tIns="50800" rIns="50800" bIns="50800" anchor="%s">%s</a:bodyPr>'
            % (anchor, autofit))


def placeholder(sid, name, ph, box, paras, anchor="t", autofit=""):
    x, y, w, h = box
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            '</p:cNvSpPr><p:nvPr>%s</p:nvPr></p:nvSpPr><p:spPr>%s<a:prstGeom prst="rect">'
            '<a:avLst/></a:prstGeom></p:spPr><p:txBody>%s<a:lstStyle/>%s</p:txBody></p:sp>'
            % (sid, escape(name, {'"': "&quot;"}), ph, xfrm(x, y, w, h), body_pr(anchor, autofit),
               "".join(paras)))


def slide_number(sid, n):
    return placeholder(sid, "Slide Number", '<p:ph type="sldNum" sz="quarter" idx="4294967295"/>',
                       (472, 716, 80, 30),
                       ['<a:p><a:pPr algn="ctr"/><a:fld id="{86CB4B4D-7CA3-9044-876B-883B54F8677D}" '
                        'type="slidenum"><a:rPr lang="en-US" sz="1400"><a:solidFill><a:srgbClr '
                        'val="%s"/></a:solidFill><a:latin typeface="%s"/></a:rPr><a:t>%d</a:t>'
                        '</a:fld></a:p>' % (GREY, FONT, n)], anchor="ctr")


# ---------------------------------------------------------------- slide parts

def table_frame(sid, rows, box):
    x, y, w, h = box
    widths = [150, 190, 60, w - 400]
    grid = "".join('<a:gridCol w="%d"/>' % (c * EMU) for c in widths)
    border = "".join('<a:%s w="12700"><a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill>'
                     '<a:miter lim="400000"/></a:%s>' % (t, t) for t in ("lnL", "lnR", "lnT", "lnB"))
    trs = []
    for i, row in enumerate(rows):
        tcs = []
        for cell in row:
            fill = '<a:solidFill><a:srgbClr val="E7ECF3"/></a:solidFill>' if i == 0 else "<a:noFill/>"
            tcs.append('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr marL="63500" '
                       'marR="63500" marT="63500" marB="63500" anchor="ctr">%s%s</a:tcPr></a:tc>'
                       % (para(cell, 1500, DARK if i else ACCENT), border, fill))
        trs.append('<a:tr h="%d">%s</a:tr>' % (62 * EMU, "".join(tcs)))
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="%d" name="Table %d"/>'
            '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
            '</p:nvGraphicFramePr>%s<a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr '
            'firstRow="1"/><a:tblGrid>%s</a:tblGrid>%s</a:tbl></a:graphicData></a:graphic>'
            '</p:graphicFrame>' % (sid, sid, xfrm(x, y, w, h, "p:xfrm"), grid, "".join(trs)))


def group(sid, items):
    xs = [int(i[1]) for i in items]
    ys = [int(i[2]) for i in items]
    x2 = [int(i[1]) + int(i[3]) for i in items]
    y2 = [int(i[2]) + int(i[4]) for i in items]
    gx, gy, gw, gh = min(xs), min(ys), max(x2) - min(xs), max(y2) - min(ys)
    kids = []
    for k, (label, x, y, w, h) in enumerate(items):
        x, y, w, h = int(x), int(y), int(w), int(h)
        last = k == len(items) - 1
        kids.append('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr txBox="1"/><p:nvPr/>'
                    '</p:nvSpPr><p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                    '<a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:ln w="12700"><a:solidFill>'
                    '<a:srgbClr val="%s"/></a:solidFill></a:ln></p:spPr><p:txBody>%s<a:lstStyle/>'
                    '%s</p:txBody></p:sp>'
                    % (sid + 1 + k, escape(shape_name(label), {'"': "&quot;"}), xfrm(x, y, w, h),
                       "FFF4D6" if last else "F2F2F2", ACCENT if last else "A6A6A6",
                       body_pr("ctr", '<a:normAutofit/>'),
                       para(label, 1600 if not last else 1700, DARK, algn="l")))
    return ('<p:grpSp><p:nvGrpSpPr><p:cNvPr id="%d" name="Group %d"/><p:cNvGrpSpPr/><p:nvPr/>'
            '</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/>'
            '<a:chOff x="%d" y="%d"/><a:chExt cx="%d" cy="%d"/></a:xfrm></p:grpSpPr>%s</p:grpSp>'
            % (sid, sid, gx * EMU, gy * EMU, gw * EMU, gh * EMU, gx * EMU, gy * EMU, gw * EMU,
               gh * EMU, "".join(kids)))


def picture(sid, img, rid):
    name, x, y, w, h, descr = img
    x, y, w, h = int(x), int(y), int(w), int(h)
    return ('<p:pic><p:nvPicPr><p:cNvPr id="%d" name="%s" descr="%s"/><p:cNvPicPr><a:picLocks '
            'noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="%s"/>'
            '<a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>%s<a:prstGeom prst="rect">'
            '<a:avLst/></a:prstGeom><a:ln w="12700"><a:solidFill><a:srgbClr val="BFBFBF"/>'
            '</a:solidFill></a:ln></p:spPr></p:pic>'
            % (sid, escape(name), escape(descr, {'"': "&quot;"}), rid, xfrm(x, y, w, h)))


TRANSITIONS = {"dissolve": '<p:transition spd="med"><p:fade/></p:transition>',
               "push": '<p:transition spd="slow"><p:push dir="u"/></p:transition>'}
LAYOUT_OF = {"title": 1, "bullets": 2, "table": 4, "diagram": 4}


def slide_xml(n, s, links, img_rid):
    sid = 2
    shapes = []
    base = 3  # rId1 layout, rId2 notes or image; links after
    if s["layout"] == "title":
        shapes.append(placeholder(sid, shape_name(s["title"]), '<p:ph type="ctrTitle"/>',
                                  (64, 236, 896, 150), [para(s["title"], 6000, DARK, "ctr")], "b"))
        sid += 1
        shapes.append(placeholder(sid, shape_name(s["subtitle"]), '<p:ph type="subTitle" idx="1"/>',
                                  (64, 396, 896, 96), [para(s["subtitle"], 2600, GREY, "ctr")]))
        sid += 1
        if s["body"]:
            shapes.append(placeholder(sid, shape_name(s["body"]), '<p:ph type="body" sz="quarter" idx="13"/>',
                                      (64, 560, 896, 60), [para(s["body"], 1800, GREY, "ctr")]))
            sid += 1
    else:
        shapes.append(placeholder(sid, shape_name(s["title"]), '<p:ph type="title"/>',
                                  (64, 36, 896, 110), [para(s["title"], 4000, DARK)], "b"))
        sid += 1
        if s["bullets"]:
            w = 470 if s["image"] else 896
            autofit = ('<a:normAutofit fontScale="85000" lnSpcReduction="10000"/>'
                       if sum(len(t) for _, t in s["bullets"]) > 520 else '<a:normAutofit/>')
            ps = [para(t, 2400 if lvl == 0 else 2000, DARK, lvl=lvl,
                       bullet="\u2022" if lvl == 0 else "\u2013", links=links, base=base)
                  for lvl, t in s["bullets"]]
            shapes.append(placeholder(sid, shape_name(s["bullets"][0][1]), '<p:ph type="body" idx="1"/>',
                                      (64, 170, w, 530), ps, "t", autofit))
            sid += 1
        if s["table"]:
            shapes.append(table_frame(sid, s["table"], (48, 170, 928, 62 * len(s["table"]))))
            sid += 1
        if s["group"]:
            shapes.append(group(sid, s["group"]))
            sid += 1 + len(s["group"])
        if s["image"]:
            shapes.append(picture(sid, s["image"], img_rid))
            sid += 1
    shapes.append(slide_number(sid, n))
    show = ' show="0"' if s["opts"].get("hidden") else ""
    trans = TRANSITIONS.get(s["opts"].get("transition"), "")
    return (XML + '<p:sld %s%s><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
            '<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>%s</p:spTree></p:cSld>'
            '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>%s</p:sld>'
            % (NS, show, "".join(shapes), trans))


def notes_xml(n, lines):
    img = ('<p:sp><p:nvSpPr><p:cNvPr id="2" name="Shape 1"/><p:cNvSpPr><a:spLocks noGrp="1" '
           'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr>'
           '</p:nvSpPr><p:spPr><a:xfrm><a:off x="1143000" y="685800"/><a:ext cx="4572000" '
           'cy="3429000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:sp>')
    paras = "".join('<a:p>%s</a:p>' % run(smart(l), 1200) for l in lines)
    body = ('<p:sp><p:nvSpPr><p:cNvPr id="3" name="Shape 2"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            '</p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="1"/></p:nvPr></p:nvSpPr>'
            '<p:spPr><a:xfrm><a:off x="914400" y="4343400"/><a:ext cx="5029200" cy="4114800"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody>'
            '<a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>' % paras)
    return (XML + '<p:notes %s><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
            '<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>%s%s</p:spTree>'
            '</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>' % (NS, img, body))


def rels(items):
    out = [XML, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for rid, typ, target, external in items:
        out.append('<Relationship Id="%s" Type="%s" Target="%s"%s/>'
                   % (rid, typ, escape(target, {'"': "&quot;"}),
                      ' TargetMode="External"' if external else ""))
    out.append("</Relationships>")
    return "".join(out)


# ---------------------------------------------------------------- theme, master, layouts

def theme(name):
    colors = [("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "5E5E5E"), ("lt2", "D5D5D5"),
              ("accent1", "1F5FA8"), ("accent2", "C0504D"), ("accent3", "9BBB59"),
              ("accent4", "F79646"), ("accent5", "8064A2"), ("accent6", "4BACC6"),
              ("hlink", "0000FF"), ("folHlink", "FF00FF")]
    scheme = "".join('<a:%s><a:srgbClr val="%s"/></a:%s>' % (k, v, k) for k, v in colors)
    fills = ('<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' * 3)
    lines = "".join('<a:ln w="%d" cap="flat"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
                    '<a:prstDash val="solid"/><a:miter lim="400000"/></a:ln>' % w
                    for w in (12700, 25400, 38100))
    effects = '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3
    return (XML + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="%s">'
            '<a:themeElements><a:clrScheme name="%s">%s</a:clrScheme><a:fontScheme name="%s">'
            '<a:majorFont><a:latin typeface="%s"/><a:ea typeface="%s"/><a:cs typeface="%s"/>'
            '</a:majorFont><a:minorFont><a:latin typeface="%s"/><a:ea typeface="%s"/>'
            '<a:cs typeface="%s"/></a:minorFont></a:fontScheme><a:fmtScheme name="%s">'
            '<a:fillStyleLst>%s</a:fillStyleLst><a:lnStyleLst>%s</a:lnStyleLst>'
            '<a:effectStyleLst>%s</a:effectStyleLst><a:bgFillStyleLst>%s</a:bgFillStyleLst>'
            '</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
            % (name, name, scheme, name, FONT, FONT, FONT, FONT, FONT, FONT, name, fills, lines,
               effects, fills))


def lvl_styles(size, bullets):
    out = []
    for i in range(9):
        mar = 342900 * (i + 1) if bullets else 0
        bu = ('<a:buClr><a:srgbClr val="%s"/></a:buClr><a:buSzPct val="100000"/><a:buFont '
              'typeface="%s"/><a:buChar char="\u2022"/>' % (GREY, FONT)) if bullets else "<a:buNone/>"
        out.append('<a:lvl%dpPr marL="%d" indent="%d" algn="l" defTabSz="584200"><a:spcBef>'
                   '<a:spcPts val="%d"/></a:spcBef>%s<a:defRPr sz="%d"><a:solidFill><a:srgbClr '
                   'val="000000"/></a:solidFill><a:latin typeface="%s"/><a:ea typeface="%s"/>'
                   '<a:cs typeface="%s"/><a:sym typeface="%s"/></a:defRPr></a:lvl%dpPr>'
                   % (i + 1, mar, -342900 if bullets else 0, 1200 if bullets else 0, bu, size,
                      FONT, FONT, FONT, FONT, i + 1))
    return "".join(out)


def master_xml(n_layouts):
    ids = "".join('<p:sldLayoutId id="%d" r:id="rId%d"/>' % (2147483649 + i, i + 1)
                  for i in range(n_layouts))
    shapes = (placeholder(2, "Title Text", '<p:ph type="title"/>', (64, 36, 896, 110),
                          ['<a:p><a:r><a:t>Title Text</a:t></a:r></a:p>'], "b")
              + placeholder(3, "Body Level One\u2026", '<p:ph type="body" idx="1"/>', (64, 170, 896, 530),
                            ['<a:p><a:pPr lvl="%d"/><a:r><a:t>Body Level %s</a:t></a:r></a:p>' % (i, w)
                             for i, w in enumerate(("One", "Two", "Three", "Four", "Five"))])
              + placeholder(4, "Slide Number", '<p:ph type="sldNum" sz="quarter" idx="2"/>',
                            (472, 716, 80, 30), ['<a:p><a:pPr algn="ctr"/><a:fld id="{86CB4B4D-7CA3-9044-876B-883B54F8677D}" '
                                                  'type="slidenum"/></a:p>'], "ctr"))
    return (XML + '<p:sldMaster %s><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
            '<a:effectLst/></p:bgPr></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
            '<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>%s</p:spTree></p:cSld>'
            '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
            'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
            'folHlink="folHlink"/><p:sldLayoutIdLst>%s</p:sldLayoutIdLst><p:transition spd="med"/>'
            '<p:txStyles><p:titleStyle>%s</p:titleStyle><p:bodyStyle>%s</p:bodyStyle><p:otherStyle>%s'
            '</p:otherStyle></p:txStyles></p:sldMaster>'
            % (NS, shapes, ids, lvl_styles(4000, False), lvl_styles(2400, True), lvl_styles(1800, False)))


LAYOUTS = [("Title &amp; Subtitle", "title"), ("Title &amp; Bullets", "tx"), ("Bullets", "obj"),
           ("Title - Top", "titleOnly"), ("Title - Center", "titleOnly"), ("Blank", "blank")]


def layout_xml(name, typ):
    shapes = ""
    if typ == "title":
        shapes = (placeholder(2, "Title Text", '<p:ph type="ctrTitle"/>', (64, 236, 896, 150),
                              ['<a:p><a:r><a:t>Title Text</a:t></a:r></a:p>'], "b")
                  + placeholder(3, "Body Level One\u2026", '<p:ph type="subTitle" idx="1"/>', (64, 396, 896, 96),
                                ['<a:p><a:r><a:t>Body Level One</a:t></a:r></a:p>']))
    elif typ in ("tx", "titleOnly"):
        shapes = placeholder(2, "Title Text", '<p:ph type="title"/>', (64, 36, 896, 110),
                             ['<a:p><a:r><a:t>Title Text</a:t></a:r></a:p>'], "b")
    if typ in ("tx", "obj"):
        shapes += placeholder(3, "Body Level One\u2026", '<p:ph type="body" idx="1"/>', (64, 170, 896, 530),
                              ['<a:p><a:r><a:t>Body Level One</a:t></a:r></a:p>'])
    return (XML + '<p:sldLayout %s type="%s" preserve="1"><p:cSld name="%s"><p:spTree><p:nvGrpSpPr>'
            '<p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
            '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/>'
            '</a:xfrm></p:grpSpPr>%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/>'
            '</p:clrMapOvr></p:sldLayout>' % (NS, typ, name, shapes))


def notes_master_xml():
    return (XML + '<p:notesMaster %s><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/>'
            '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
            '</p:grpSpPr><p:sp><p:nvSpPr><p:cNvPr id="2" name="Shape 1"/><p:cNvSpPr><a:spLocks '
            'noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr>'
            '</p:nvSpPr><p:spPr><a:xfrm><a:off x="1143000" y="685800"/><a:ext cx="4572000" '
            'cy="3429000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:sp>'
            '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Shape 2"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            '</p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="1"/></p:nvPr></p:nvSpPr><p:spPr>'
            '<a:xfrm><a:off x="914400" y="4343400"/><a:ext cx="5029200" cy="4114800"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/>'
            '<a:lstStyle/><a:p/></p:txBody></p:sp></p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" '
            'bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
            'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            '<p:notesStyle>%s</p:notesStyle></p:notesMaster>' % (NS, lvl_styles(1200, False)))


# ---------------------------------------------------------------- picture

def png(width, height):
    """A small sketch map: a grey frame, the arc as a brown band, the two syntaxes as dots."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            c = (255, 255, 255)
            if x in (0, width - 1) or y in (0, height - 1):
                c = (191, 191, 191)
            u = (x - width / 2.0) / (width / 2.4)
            arc = height * 0.28 + (height * 0.38) * u * u
            if abs(y - arc) < 5 and abs(u) < 1.0:
                c = (150, 96, 52)
            for cx in (width / 2.0 - width / 2.4, width / 2.0 + width / 2.4):
                if (x - cx) ** 2 + (y - (height * 0.66)) ** 2 < 36:
                    c = (31, 95, 168)
            row.extend(c)
        rows.append(bytes(row))

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    raw = b"".join(rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- package

def build():
    slides = parse(SRC)
    files = []
    ct = ['<Default Extension="png" ContentType="image/png"/>',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>',
          '<Override PartName="/ppt/presProps.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presProps+xml"/>',
          '<Override PartName="/ppt/viewProps.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml"/>',
          '<Override PartName="/ppt/tableStyles.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml"/>',
          '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
          '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>',
          '<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"/>']
    for i in range(len(LAYOUTS)):
        ct.append('<Override PartName="/ppt/slideLayouts/slideLayout%d.xml" ContentType="application/'
                  'vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>' % (i + 1))
    for n, s in enumerate(slides, 1):
        ct.append('<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/'
                  'vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' % n)
        if s["notes"]:
            ct.append('<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="application/'
                      'vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>' % n)
    files.append(("[Content_Types].xml", XML + '<Types xmlns="http://schemas.openxmlformats.org/'
                  'package/2006/content-types">' + "".join(ct) + "</Types>"))
    files.append(("_rels/.rels", rels([
        ("rId1", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml", False),
        ("rId2", R_NS + "/officeDocument", "ppt/presentation.xml", False)])))
    files.append(("docProps/core.xml", XML +
                  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
                  'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://'
                  'purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://'
                  'www.w3.org/2001/XMLSchema-instance"><dc:title>Lec 6 - Himalayan Arc Earthquakes'
                  '</dc:title><dc:creator>Meera Iyer</dc:creator><cp:lastModifiedBy>Meera Iyer'
                  '</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">'
                  '2025-08-11T06:02:37Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">'
                  '2025-12-04T15:46:08Z</dcterms:modified></cp:coreProperties>'))
    pres_rels = [("rId1", T_MASTER, "slideMasters/slideMaster1.xml", False),
                 ("rId2", T_NMASTER, "notesMasters/notesMaster1.xml", False),
                 ("rId3", T_THEME, "theme/theme1.xml", False)]
    sld_ids = []
    for n in range(1, len(slides) + 1):
        pres_rels.append(("rId%d" % (3 + n), T_SLIDE, "slides/slide%d.xml" % n, False))
        sld_ids.append('<p:sldId id="%d" r:id="rId%d"/>' % (255 + n, 3 + n))
    k = 4 + len(slides)
    pres_rels += [("rId%d" % k, R_NS + "/presProps", "presProps.xml", False),
                  ("rId%d" % (k + 1), R_NS + "/viewProps", "viewProps.xml", False),
                  ("rId%d" % (k + 2), R_NS + "/tableStyles", "tableStyles.xml", False)]
    files.append(("ppt/presentation.xml", XML + '<p:presentation %s><p:sldMasterIdLst><p:sldMasterId '
                  'id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId '
                  'r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="%d" cy="%d"/>'
                  '<p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle>%s</p:defaultTextStyle>'
                  '</p:presentation>' % (NS, "".join(sld_ids), SW * EMU, SH * EMU, lvl_styles(2400, False))))
    files.append(("ppt/_rels/presentation.xml.rels", rels(pres_rels)))
    files.append(("ppt/presProps.xml", XML + '<p:presentationPr %s><p:showPr loop="0" showNarration="1">'
                  '<p:present/><p:sldAll/></p:showPr></p:presentationPr>' % NS))
    files.append(("ppt/viewProps.xml", XML + '<p:viewPr %s><p:gridSpacing cx="25400" cy="25400"/></p:viewPr>' % NS))
    files.append(("ppt/tableStyles.xml", XML + '<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/'
                  'drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>'))
    files.append(("ppt/theme/theme1.xml", theme("White")))
    files.append(("ppt/theme/theme2.xml", theme("Office Theme")))
    files.append(("ppt/slideMasters/slideMaster1.xml", master_xml(len(LAYOUTS))))
    files.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels(
        [("rId%d" % (i + 1), T_LAYOUT, "../slideLayouts/slideLayout%d.xml" % (i + 1), False)
         for i in range(len(LAYOUTS))] +
        [("rId%d" % (len(LAYOUTS) + 1), T_THEME, "../theme/theme1.xml", False)])))
    for i, (name, typ) in enumerate(LAYOUTS, 1):
        files.append(("ppt/slideLayouts/slideLayout%d.xml" % i, layout_xml(name, typ)))
        files.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % i, rels(
            [("rId1", T_MASTER, "../slideMasters/slideMaster1.xml", False)])))
    files.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    files.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels(
        [("rId1", T_THEME, "../theme/theme2.xml", False)])))
    media = []
    for n, s in enumerate(slides, 1):
        links = Links()
        srels = [("rId1", T_LAYOUT, "../slideLayouts/slideLayout%d.xml" % LAYOUT_OF[s["layout"]], False)]
        img_rid = None
        if s["image"]:
            media.append(s["image"][0])
            img_rid = "rId2"
        xml = slide_xml(n, s, links, img_rid)
        if s["image"]:
            srels.append(("rId2", T_IMAGE, "../media/image%d.png" % len(media), False))
        for j, url in enumerate(links.urls):
            srels.append(("rId%d" % (3 + j), T_LINK, url, True))
        if s["notes"]:
            srels.append(("rId%d" % (3 + len(links.urls)), T_NOTES, "../notesSlides/notesSlide%d.xml" % n, False))
        files.append(("ppt/slides/slide%d.xml" % n, xml))
        files.append(("ppt/slides/_rels/slide%d.xml.rels" % n, rels(srels)))
        if s["notes"]:
            files.append(("ppt/notesSlides/notesSlide%d.xml" % n, notes_xml(n, s["notes"])))
            files.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % n, rels(
                [("rId1", T_NMASTER, "../notesMasters/notesMaster1.xml", False),
                 ("rId2", T_SLIDE, "../slides/slide%d.xml" % n, False)])))
    for i, _ in enumerate(media, 1):
        files.append(("ppt/media/image%d.png" % i, png(210, 150)))
    return files


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    files = build()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


if __name__ == "__main__":
    main()
