#!/usr/bin/python3
"""Re-make docs/indus-waters-treaty-deck.pptx from tools/indus-waters-treaty-deck.txt.

Run from anywhere: /usr/bin/python3 tools/make_pptx.py
Standard library only. The package is laid out the way PowerPoint 2016+ saves a deck
(presentation.xml, one slide master with three layouts, an Office theme, a notes master with
its own theme, notesSlides for the slides that have speaker notes, docProps) and the zip has
fixed timestamps and a fixed member order, so the output is the same byte for byte every time.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "indus-waters-treaty-deck.txt")
OUT = os.path.join(HERE, "..", "docs", "indus-waters-treaty-deck.pptx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSS = 'xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"' % (NS_A, NS_R, NS_P)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
LANG = "en-IN"
FLD = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
TBL_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"
SLIDE_W, SLIDE_H = 12192000, 6858000

GRP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
       '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
       '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def run(text, extra=""):
    return '<a:r><a:rPr lang="%s"%s dirty="0"/><a:t>%s</a:t></a:r>' % (LANG, extra, escape(text))


def para(text, lvl=0, extra="", ppr=""):
    p = '<a:pPr lvl="%d"/>' % lvl if lvl else ppr
    return '<a:p>%s%s<a:endParaRPr lang="%s"%s dirty="0"/></a:p>' % (p, run(text, extra), LANG, extra)


def rels(items):
    out = ['<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, (typ, target) in enumerate(items, 1):
        out.append('<Relationship Id="rId%d" Type="%s%s" Target="%s"/>' % (i, REL, typ, target))
    out.append("</Relationships>")
    return DECL + "".join(out)


def xfrm(x, y, cx, cy):
    return '<a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>' % (x, y, cx, cy)


def ph_sp(sid, name, ph, body="", spPr="<p:spPr/>", bodyPr="<a:bodyPr/>"):
    sp = ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
          '<p:nvPr>%s</p:nvPr></p:nvSpPr>%s' % (sid, name, ph, spPr))
    if body is not None:
        sp += "<p:txBody>%s<a:lstStyle/>%s</p:txBody>" % (bodyPr, body)
    return sp + "</p:sp>"


def slidenum_field(n):
    return ('<a:p><a:fld id="%s" type="slidenum"><a:rPr lang="%s"/><a:t>%s</a:t></a:fld>'
            '<a:endParaRPr lang="%s"/></a:p>' % (FLD, LANG, n, LANG))


# ---------------------------------------------------------------- source
def parse():
    meta, slides, cur = {}, [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
            elif line.startswith("--- "):
                cur = {"layout": line[4:].strip(), "title": "", "sub": [], "bullets": [],
                       "rows": [], "boxes": [], "caption": "", "notes": []}
                slides.append(cur)
            elif line.startswith("T: "):
                cur["title"] = line[3:]
            elif line.startswith("S: "):
                cur["sub"].append(line[3:])
            elif line.startswith("N: "):
                cur["notes"].append(line[3:])
            elif line.startswith("B: "):
                cur["boxes"].append([c.strip() for c in line[3:].split("|")])
            elif line.startswith("C: "):
                cur["caption"] = line[3:]
            elif line.startswith("| "):
                cur["rows"].append([c.strip() for c in line[2:].split("|")])
            elif line.lstrip().startswith("- "):
                lvl = (len(line) - len(line.lstrip())) // 2
                cur["bullets"].append((lvl, line.lstrip()[2:]))
            else:
                raise SystemExit("cannot parse: %r" % line)
    return meta, slides


# ---------------------------------------------------------------- slides
def slide_xml(n, s):
    shapes = []
    if s["layout"] == "title":
        shapes.append(ph_sp(2, "Title 1", '<p:ph type="ctrTitle"/>', para(s["title"])))
        shapes.append(ph_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>',
                            "".join(para(t) for t in s["sub"])))
    else:
        shapes.append(ph_sp(2, "Title 1", '<p:ph type="title"/>', para(s["title"])))
        nid = 3
        if s["layout"] == "content":
            body = "".join(para(t, lvl) for lvl, t in s["bullets"])
            shapes.append(ph_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', body,
                                bodyPr="<a:bodyPr><a:normAutofit fontScale=\"92500\" lnSpcReduction=\"10000\"/></a:bodyPr>"))
            nid = 4
        elif s["layout"] == "table":
            widths = [1600000, 3300000, 2200000, 3415600]
            rows_h = 520000
            grid = "".join('<a:gridCol w="%d"/>' % w for w in widths)
            trs = []
            for i, row in enumerate(s["rows"]):
                tcs = "".join('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr/></a:tc>'
                              % para(c, extra=' sz="1600"' + (' b="1"' if i == 0 else "")) for c in row)
                trs.append('<a:tr h="%d">%s</a:tr>' % (rows_h, tcs))
            shapes.append(
                '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="3" name="Table 2"/><p:cNvGraphicFramePr>'
                '<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
                '<p:xfrm><a:off x="838200" y="1690688"/><a:ext cx="%d" cy="%d"/></p:xfrm><a:graphic>'
                '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
                '<a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>%s</a:tableStyleId></a:tblPr>'
                '<a:tblGrid>%s</a:tblGrid>%s</a:tbl></a:graphicData></a:graphic></p:graphicFrame>'
                % (sum(widths), rows_h * len(s["rows"]), TBL_STYLE, grid, "".join(trs)))
            nid = 4
        elif s["layout"] == "diagram":
            box_w, arr_w, x0, y0, box_h = 3100000, 607800, 838200, 2000000, 2600000
            kids, cid = [], 4
            style = ('<p:style><a:lnRef idx="2"><a:schemeClr val="accent1"><a:shade val="50000"/>'
                     '</a:schemeClr></a:lnRef><a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef>'
                     '<a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor">'
                     '<a:schemeClr val="lt1"/></a:fontRef></p:style>')
            for i, (head, text) in enumerate(s["boxes"]):
                x = x0 + i * (box_w + arr_w)
                kids.append(
                    '<p:sp><p:nvSpPr><p:cNvPr id="%d" name="Rectangle: Rounded Corners %d"/><p:cNvSpPr/><p:nvPr/>'
                    '</p:nvSpPr><p:spPr>%s<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom></p:spPr>%s'
                    '<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/>%s%s</p:txBody></p:sp>'
                    % (cid, cid - 1, xfrm(x, y0, box_w, box_h), style,
                       para(head, extra=' sz="2400" b="1"', ppr='<a:pPr algn="ctr"/>'),
                       para(text, extra=' sz="1600"', ppr='<a:pPr algn="ctr"/>')))
                cid += 1
                if i < len(s["boxes"]) - 1:
                    kids.append(
                        '<p:sp><p:nvSpPr><p:cNvPr id="%d" name="Arrow: Right %d"/><p:cNvSpPr/><p:nvPr/>'
                        '</p:nvSpPr><p:spPr>%s<a:prstGeom prst="rightArrow"><a:avLst/></a:prstGeom>'
                        '</p:spPr>%s<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/>'
                        '<a:p><a:pPr algn="ctr"/><a:endParaRPr lang="%s" dirty="0"/></a:p></p:txBody></p:sp>'
                        % (cid, cid - 1, xfrm(x + box_w + 60000, y0 + 1000000, arr_w - 120000, 600000),
                           style, LANG))
                    cid += 1
            total_w = len(s["boxes"]) * box_w + (len(s["boxes"]) - 1) * arr_w
            shapes.append(
                '<p:grpSp><p:nvGrpSpPr><p:cNvPr id="3" name="Group 2"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
                '<p:grpSpPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/><a:chOff x="%d" y="%d"/>'
                '<a:chExt cx="%d" cy="%d"/></a:xfrm></p:grpSpPr>%s</p:grpSp>'
                % (x0, y0, total_w, box_h, x0, y0, total_w, box_h, "".join(kids)))
            shapes.append(
                '<p:sp><p:nvSpPr><p:cNvPr id="%d" name="TextBox %d"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
                '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody>'
                '<a:bodyPr wrap="square" rtlCol="0"><a:spAutoFit/></a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>'
                % (cid, cid - 1, xfrm(x0, 4850000, total_w, 400110),
                   para(s["caption"], extra=' sz="1800" i="1"', ppr='<a:pPr algn="ctr"/>')))
            nid = cid + 1
        shapes.append(ph_sp(nid, "Slide Number Placeholder %d" % (nid - 1),
                            '<p:ph type="sldNum" sz="quarter" idx="12"/>', slidenum_field(n)))
    return (DECL + '<p:sld %s><p:cSld><p:spTree>%s%s</p:spTree></p:cSld>'
            '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>' % (NSS, GRP, "".join(shapes)))


def notes_xml(n, s):
    body = "".join(para(t) for t in s["notes"])
    return (DECL + '<p:notes %s><p:cSld><p:spTree>%s' % (NSS, GRP)
            + '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr>'
              '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/>'
              '</p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
            + ph_sp(3, "Notes Placeholder 2", '<p:ph type="body" idx="1"/>', body)
            + ph_sp(4, "Slide Number Placeholder 3", '<p:ph type="sldNum" sz="quarter" idx="5"/>',
                    slidenum_field(n))
            + '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>')


# ---------------------------------------------------------------- master, layouts, theme
def lvl_styles(sizes, bullet=True, indent=228600):
    out = []
    for i, sz in enumerate(sizes, 1):
        mar = indent * (2 * i - 1) if bullet else (i - 1) * 457200
        bu = ('<a:buFont typeface="Arial" panose="020B0604020202020204"/><a:buChar char="&#8226;"/>'
              if bullet else "<a:buNone/>")
        out.append('<a:lvl%dpPr marL="%d" indent="%d" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" '
                   'latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc>'
                   '<a:spcBef><a:spcPts val="%d"/></a:spcBef>%s<a:defRPr sz="%d" kern="1200">'
                   '<a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/>'
                   '<a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl%dpPr>'
                   % (i, mar, -indent if bullet else 0, 1000 if i == 1 else 500, bu, sz, i))
    return "".join(out)


def master_xml():
    ph = [
        ph_sp(2, "Title Placeholder 1", '<p:ph type="title"/>', para("Click to edit Master title style"),
              '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
              % xfrm(838200, 365125, 10515600, 1325563),
              '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" '
              'anchor="ctr"><a:normAutofit/></a:bodyPr>'),
        ph_sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>',
              para("Click to edit Master text styles") + para("Second level", 1) + para("Third level", 2),
              '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
              % xfrm(838200, 1825625, 10515600, 4351338),
              '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0">'
              '<a:normAutofit/></a:bodyPr>'),
        ph_sp(4, "Date Placeholder 3", '<p:ph type="dt" sz="half" idx="2"/>',
              '<a:p><a:endParaRPr lang="%s"/></a:p>' % LANG,
              '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
              % xfrm(838200, 6356350, 2743200, 365125)),
        ph_sp(5, "Footer Placeholder 4", '<p:ph type="ftr" sz="quarter" idx="3"/>',
              '<a:p><a:endParaRPr lang="%s"/></a:p>' % LANG,
              '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
              % xfrm(4038600, 6356350, 4114800, 365125)),
        ph_sp(6, "Slide Number Placeholder 5", '<p:ph type="sldNum" sz="quarter" idx="4"/>',
              slidenum_field("&#8249;#&#8250;").replace("&amp;", "&"),
              '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
              % xfrm(8610600, 6356350, 2743200, 365125),
              '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" '
              'anchor="ctr"/>'),
    ]
    title_style = ('<p:titleStyle><a:lvl1pPr algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" '
                   'hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/>'
                   '</a:spcBef><a:buNone/><a:defRPr sz="4400" kern="1200"><a:solidFill><a:schemeClr val="tx1"/>'
                   '</a:solidFill><a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/>'
                   '</a:defRPr></a:lvl1pPr></p:titleStyle>')
    return (DECL + '<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef>'
            '</p:bg><p:spTree>%s%s</p:spTree></p:cSld>' % (NSS, GRP, "".join(ph))
            + '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
              'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
              'folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/>'
              '<p:sldLayoutId id="2147483650" r:id="rId2"/><p:sldLayoutId id="2147483651" r:id="rId3"/>'
              '</p:sldLayoutIdLst><p:hf hdr="0" ftr="0" dt="0"/><p:txStyles>' + title_style
            + '<p:bodyStyle>%s</p:bodyStyle><p:otherStyle>%s</p:otherStyle></p:txStyles></p:sldMaster>'
            % (lvl_styles([2800, 2400, 2000]), lvl_styles([1800, 1800, 1800], bullet=False)))


def footer_phs(start):
    return (ph_sp(start, "Date Placeholder %d" % (start - 1), '<p:ph type="dt" sz="half" idx="10"/>',
                  '<a:p><a:endParaRPr lang="%s"/></a:p>' % LANG)
            + ph_sp(start + 1, "Footer Placeholder %d" % start, '<p:ph type="ftr" sz="quarter" idx="11"/>',
                    '<a:p><a:endParaRPr lang="%s"/></a:p>' % LANG)
            + ph_sp(start + 2, "Slide Number Placeholder %d" % (start + 1),
                    '<p:ph type="sldNum" sz="quarter" idx="12"/>', slidenum_field("&#8249;#&#8250;")
                    .replace("&amp;", "&")))


def layout_xml(kind):
    if kind == "title":
        head = '<p:sldLayout %s type="title" preserve="1"><p:cSld name="Title Slide">' % NSS
        sps = (ph_sp(2, "Title 1", '<p:ph type="ctrTitle"/>', para("Click to edit Master title style"),
                     '<p:spPr>%s</p:spPr>' % xfrm(1524000, 1122363, 9144000, 2387600),
                     '<a:bodyPr anchor="b"/>')
               + ph_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>',
                       para("Click to edit Master subtitle style"),
                       '<p:spPr>%s</p:spPr>' % xfrm(1524000, 3602038, 9144000, 1655762))
               + footer_phs(4))
    elif kind == "obj":
        head = '<p:sldLayout %s type="obj" preserve="1"><p:cSld name="Title and Content">' % NSS
        sps = (ph_sp(2, "Title 1", '<p:ph type="title"/>', para("Click to edit Master title style"))
               + ph_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>',
                       para("Click to edit Master text styles") + para("Second level", 1)
                       + para("Third level", 2))
               + footer_phs(4))
    else:
        head = '<p:sldLayout %s type="titleOnly" preserve="1"><p:cSld name="Title Only">' % NSS
        sps = ph_sp(2, "Title 1", '<p:ph type="title"/>', para("Click to edit Master title style")) + footer_phs(3)
    return (DECL + head + "<p:spTree>" + GRP + sps + "</p:spTree></p:cSld>"
            "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>")


def theme_xml(name):
    clr = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
           ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
           ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
           ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
           ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
           ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
           ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>')]
    clr_s = "".join("<a:%s>%s</a:%s>" % (k, v, k) for k, v in clr)
    font = ('<a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/><a:ea typeface=""/>'
            '<a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri" '
            'panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>')
    ph = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    grad = ('<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/>'
            '<a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="100000">'
            '<a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/>'
            '</a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>')
    ln = ''.join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/><a:miter lim="800000"/>'
                 '</a:ln>' % (w, ph) for w in (6350, 12700, 19050))
    eff = "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
    fmt = ('<a:fmtScheme name="Office"><a:fillStyleLst>%s%s%s</a:fillStyleLst><a:lnStyleLst>%s</a:lnStyleLst>'
           '<a:effectStyleLst>%s</a:effectStyleLst><a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst></a:fmtScheme>'
           % (ph, grad, grad, ln, eff, ph, '<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/>'
              '<a:satMod val="170000"/></a:schemeClr></a:solidFill>', grad))
    return (DECL + '<a:theme xmlns:a="%s" name="%s"><a:themeElements><a:clrScheme name="Office">%s</a:clrScheme>'
            '<a:fontScheme name="Office">%s</a:fontScheme>%s</a:themeElements><a:objectDefaults/>'
            '<a:extraClrSchemeLst/></a:theme>' % (NS_A, name, clr_s, font, fmt))


def notes_master_xml():
    def box(sid, name, ph, x, y, cx, cy, body):
        return ph_sp(sid, name, ph, body,
                     '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>' % xfrm(x, y, cx, cy),
                     '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/>')
    empty = '<a:p><a:endParaRPr lang="%s"/></a:p>' % LANG
    sps = (box(2, "Header Placeholder 1", '<p:ph type="hdr" sz="quarter"/>', 0, 0, 2971800, 458788, empty)
           + box(3, "Date Placeholder 2", '<p:ph type="dt" idx="1"/>', 3884613, 0, 2971800, 458788, empty)
           + '<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Image Placeholder 3"/><p:cNvSpPr><a:spLocks noGrp="1" '
             'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr>'
             '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700">'
             '<a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr></p:sp>'
             % xfrm(685800, 1143000, 5486400, 3086100)
           + box(5, "Notes Placeholder 4", '<p:ph type="body" sz="quarter" idx="3"/>', 685800, 4400550, 5486400,
                 3600450, para("Click to edit Master text styles"))
           + box(6, "Footer Placeholder 5", '<p:ph type="ftr" sz="quarter" idx="4"/>', 0, 8685213, 2971800,
                 458787, empty)
           + box(7, "Slide Number Placeholder 6", '<p:ph type="sldNum" sz="quarter" idx="5"/>', 3884613, 8685213,
                 2971800, 458787, slidenum_field("&#8249;#&#8250;").replace("&amp;", "&")))
    return (DECL + '<p:notesMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef>'
            '</p:bg><p:spTree>%s%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" '
            'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" '
            'accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:notesStyle>%s</p:notesStyle></p:notesMaster>'
            % (NSS, GRP, sps, lvl_styles([1200, 1200], bullet=False)))


# ---------------------------------------------------------------- package
def build():
    meta, slides = parse()
    n = len(slides)
    with_notes = [i for i, s in enumerate(slides, 1) if s["notes"]]
    parts = []  # (name, xml) in the order they are written

    ct = ['<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.presentationml.presentation.main+xml"/>'
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.presentationml.slideMaster+xml"/>']
    for i in range(1, n + 1):
        ct.append('<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.presentationml.slide+xml"/>' % i)
    ct.append('<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.'
              'openxmlformats-officedocument.presentationml.notesMaster+xml"/>')
    for i in with_notes:
        ct.append('<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="application/vnd.'
                  'openxmlformats-officedocument.presentationml.notesSlide+xml"/>' % i)
    ct.append('<Override PartName="/ppt/presProps.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.presentationml.presProps+xml"/><Override PartName="/ppt/viewProps.xml" '
              'ContentType="application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml"/>'
              '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.theme+xml"/><Override PartName="/ppt/theme/theme2.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/ppt/tableStyles.xml" '
              'ContentType="application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml"/>')
    for i in range(1, 4):
        ct.append('<Override PartName="/ppt/slideLayouts/slideLayout%d.xml" ContentType="application/vnd.'
                  'openxmlformats-officedocument.presentationml.slideLayout+xml"/>' % i)
    ct.append('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
              'core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.'
              'openxmlformats-officedocument.extended-properties+xml"/></Types>')
    parts.append(("[Content_Types].xml", DECL + "".join(ct)))
    parts.append(("_rels/.rels", rels([
        ("officeDocument", "ppt/presentation.xml"),
        ("../package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("extended-properties", "docProps/app.xml")]).replace(
            REL + "../package/2006/relationships/metadata/core-properties",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")))

    pres_rels = [("slideMaster", "slideMasters/slideMaster1.xml")]
    pres_rels += [("slide", "slides/slide%d.xml" % i) for i in range(1, n + 1)]
    pres_rels += [("notesMaster", "notesMasters/notesMaster1.xml"), ("presProps", "presProps.xml"),
                  ("viewProps", "viewProps.xml"), ("theme", "theme/theme1.xml"),
                  ("tableStyles", "tableStyles.xml")]
    sld_ids = "".join('<p:sldId id="%d" r:id="rId%d"/>' % (255 + i, i + 1) for i in range(1, n + 1))
    pres = (DECL + '<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" '
            'r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId%d"/>'
            '</p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="%d" cy="%d"/>'
            '<p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle>%s</p:defaultTextStyle></p:presentation>'
            % (NSS, n + 2, sld_ids, SLIDE_W, SLIDE_H, lvl_styles([1800, 1800, 1800], bullet=False)))
    parts.append(("ppt/presentation.xml", pres))
    parts.append(("ppt/_rels/presentation.xml.rels", rels(pres_rels)))

    layout_of = {"title": 1, "content": 2, "table": 3, "diagram": 3}
    for i, s in enumerate(slides, 1):
        parts.append(("ppt/slides/slide%d.xml" % i, slide_xml(i, s)))
        r = [("slideLayout", "../slideLayouts/slideLayout%d.xml" % layout_of[s["layout"]])]
        if s["notes"]:
            r.append(("notesSlide", "../notesSlides/notesSlide%d.xml" % i))
        parts.append(("ppt/slides/_rels/slide%d.xml.rels" % i, rels(r)))
    for i in with_notes:
        parts.append(("ppt/notesSlides/notesSlide%d.xml" % i, notes_xml(i, slides[i - 1])))
        parts.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % i,
                      rels([("notesMaster", "../notesMasters/notesMaster1.xml"),
                            ("slide", "../slides/slide%d.xml" % i)])))
    parts.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    parts.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                  rels([("slideLayout", "../slideLayouts/slideLayout%d.xml" % i) for i in range(1, 4)]
                       + [("theme", "../theme/theme1.xml")])))
    for i, kind in enumerate(["title", "obj", "titleOnly"], 1):
        parts.append(("ppt/slideLayouts/slideLayout%d.xml" % i, layout_xml(kind)))
        parts.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % i,
                      rels([("slideMaster", "../slideMasters/slideMaster1.xml")])))
    parts.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    parts.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels([("theme", "../theme/theme2.xml")])))
    parts.append(("ppt/theme/theme1.xml", theme_xml("Office Theme")))
    parts.append(("ppt/theme/theme2.xml", theme_xml("Office Theme")))
    parts.append(("ppt/presProps.xml", DECL + '<p:presentationPr %s><p:extLst/></p:presentationPr>'
                  .replace("<p:extLst/>", "") % NSS))
    parts.append(("ppt/viewProps.xml", DECL + '<p:viewPr %s><p:normalViewPr horzBarState="maximized">'
                  '<p:restoredLeft sz="15987" autoAdjust="0"/><p:restoredTop sz="94660"/></p:normalViewPr>'
                  '<p:slideViewPr><p:cSldViewPr snapToGrid="0"><p:cViewPr varScale="1"><p:scale><a:sx n="114" '
                  'd="100"/><a:sy n="114" d="100"/></p:scale><p:origin x="414" y="108"/></p:cViewPr>'
                  '<p:guideLst/></p:cSldViewPr></p:slideViewPr><p:notesTextViewPr><p:cViewPr><p:scale>'
                  '<a:sx n="1" d="1"/><a:sy n="1" d="1"/></p:scale><p:origin x="0" y="0"/></p:cViewPr>'
                  '</p:notesTextViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>' % NSS))
    parts.append(("ppt/tableStyles.xml", DECL + '<a:tblStyleLst xmlns:a="%s" def="%s"/>' % (NS_A, TBL_STYLE)))

    titles = "".join("<vt:lpstr>%s</vt:lpstr>" % escape(s["title"]) for s in slides)
    words = sum(len(t.split()) for s in slides for t in [s["title"]] + s["sub"] + [b for _, b in s["bullets"]]
                + [c for r in s["rows"] for c in r] + [c for b in s["boxes"] for c in b] + [s["caption"]])
    paras = sum(1 + len(s["sub"]) + len(s["bullets"]) + sum(len(r) for r in s["rows"])
                + 2 * len(s["boxes"]) + (1 if s["caption"] else 0) for s in slides)
    app = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><TotalTime>236'
           '</TotalTime><Words>%d</Words><Application>Microsoft Office PowerPoint</Application>'
           '<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>%d</Paragraphs><Slides>%d</Slides>'
           '<Notes>%d</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>'
           '<HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts used</vt:lpstr>'
           '</vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr>'
           '</vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr>'
           '</vt:variant><vt:variant><vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts>'
           '<vt:vector size="%d" baseType="lpstr"><vt:lpstr>Arial</vt:lpstr><vt:lpstr>Calibri</vt:lpstr>'
           '<vt:lpstr>Calibri Light</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr>%s</vt:vector></TitlesOfParts>'
           '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false'
           '</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
           % (words, paras, n, len(with_notes), n, n + 4, titles))
    core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<cp:revision>19</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(meta["title"]), escape(meta["creator"]), escape(meta["modified"]), meta["created"],
               meta["saved"]))
    parts.append(("docProps/core.xml", DECL + core))
    parts.append(("docProps/app.xml", DECL + app))

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w") as z:
        for name, xml in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, xml.encode("utf-8"))


if __name__ == "__main__":
    build()
