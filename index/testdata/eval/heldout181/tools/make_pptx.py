#!/usr/bin/python3
"""Re-make docs/nghm-class-deck.pptx from tools/nghm-class-deck.txt.

Run from anywhere: /usr/bin/python3 tools/make_pptx.py
Standard library only. The package is laid out the way PowerPoint (Microsoft 365, 16.0) writes a
widescreen deck: [Content_Types].xml, _rels/.rels, docProps/core.xml and app.xml, and under ppt/
the presentation part, a slide master with two layouts ("Title Slide", "Title and Content"), a
notes master, the Office theme (twice: slide master and notes master), presProps, viewProps,
tableStyles, the slides and their notes slides, each with its _rels. Zip entries are written in a
fixed order with the 1980-01-01 timestamp Office uses, so the output is byte-for-byte stable.
"""
import os
import re
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "nghm-class-deck.txt")
OUT = os.path.join(HERE, "..", "docs", "nghm-class-deck.pptx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.presentationml."
FLD_ID = "{B3F1C0D2-6A4E-4C1B-9E37-2F8D5A6C7E10}"
DATE_ID = "{0D7E43A1-5B2C-4F8E-A9D6-3C1E8B7F2A45}"
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"


def parse():
    meta, slides, cur, part = {}, [], None, None
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            line = raw.rstrip()
            if line.startswith(";;"):
                continue
            if line.startswith("@") and cur is None:
                k, _, v = line[1:].partition(" ")
                meta[k] = v
            elif line.startswith("=== "):
                cur = {"kind": line[4:].strip(), "title": None, "body": [], "rows": [], "notes": []}
                slides.append(cur)
                part = "title"
            elif line.startswith("--- "):
                part = line[4:].strip()
            elif not line.strip():
                continue
            elif part == "title":
                cur["title"] = line.strip()
            elif part == "body":
                cur["body"].append(line)
            elif part == "rows":
                cur["rows"].append([c.strip() for c in line.split(" | ")])
            elif part == "notes":
                cur["notes"].append(line.strip())
    return meta, slides


def runs(text, sz=None):
    out = []
    size = ' sz="%d"' % sz if sz else ""
    for i, seg in enumerate(re.split(r"\*\*", text)):
        if not seg:
            continue
        bold = ' b="1"' if i % 2 else ""
        out.append('<a:r><a:rPr lang="en-IN"%s%s dirty="0"/><a:t>%s</a:t></a:r>' % (size, bold, escape(seg)))
    return "".join(out)


def end_rpr(sz=None):
    size = ' sz="%d"' % sz if sz else ""
    return '<a:endParaRPr lang="en-IN"%s dirty="0"/>' % size


def grp():
    return ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
            '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def ph_sp(sid, name, ph, body, xfrm="", locks='<a:spLocks noGrp="1"/>'):
    sppr = "<p:spPr>%s</p:spPr>" % xfrm if xfrm else "<p:spPr/>"
    tx = "<p:txBody>%s</p:txBody>" % body if body is not None else ""
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr>%s</p:cNvSpPr>'
            '<p:nvPr>%s</p:nvPr></p:nvSpPr>%s%s</p:sp>' % (sid, name, locks, ph, sppr, tx))


def xfrm(x, y, cx, cy):
    return ('<a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>' % (x, y, cx, cy))


def ext_creation(val):
    return ('<p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}">'
            '<p14:creationId xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" '
            'val="%d"/></p:ext></p:extLst>' % val)


def body_paras(lines):
    paras = []
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        if line.startswith("-- "):
            ppr, text = '<a:pPr lvl="1"/>', line[3:]
        elif line.startswith("- "):
            ppr, text = "", line[2:]
        elif line.startswith("# "):
            ppr = ('<a:pPr marL="514350" indent="-514350"><a:buFont typeface="+mj-lt"/>'
                   '<a:buAutoNum type="arabicPeriod"/></a:pPr>')
            text = line[2:]
        else:
            ppr, text = "", line
        paras.append("<a:p>%s%s%s</a:p>" % (ppr, runs(text), end_rpr() if last else ""))
    return "".join(paras)


def autofit(lines):
    n = sum(len(l) for l in lines)
    if n > 800:
        return '<a:bodyPr><a:normAutofit fontScale="62500" lnSpcReduction="20000"/></a:bodyPr>'
    if n > 600:
        return '<a:bodyPr><a:normAutofit fontScale="70000" lnSpcReduction="20000"/></a:bodyPr>'
    if n > 420:
        return '<a:bodyPr><a:normAutofit fontScale="85000" lnSpcReduction="10000"/></a:bodyPr>'
    return '<a:bodyPr><a:normAutofit/></a:bodyPr>'


def slide_xml(s, n):
    title_body = '<a:bodyPr/><a:lstStyle/><a:p>%s%s</a:p>' % (runs(s["title"]), end_rpr())
    shapes = []
    if s["kind"] == "title":
        shapes.append(ph_sp(2, "Title 1", '<p:ph type="ctrTitle"/>', title_body))
        sub = ('<a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>' + body_paras(s["body"]))
        shapes.append(ph_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>', sub))
    elif s["kind"] == "table":
        shapes.append(ph_sp(2, "Title 1", '<p:ph type="title"/>', title_body))
        widths = [1752600, 4381500, 4381500]
        grid = "".join('<a:gridCol w="%d"><a:extLst><a:ext uri="{9D8B030D-6E8A-4147-A177-3AD203B41FA5}">'
                       '<a16:colId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" '
                       'val="%d"/></a:ext></a:extLst></a:gridCol>' % (w, 1000 + 1000 * i)
                       for i, w in enumerate(widths))
        trs = []
        for r, row in enumerate(s["rows"]):
            tcs = "".join('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>%s%s</a:p></a:txBody><a:tcPr/></a:tc>'
                          % (runs(c, 1400), end_rpr(1400)) for c in row)
            trs.append('<a:tr h="370840">%s<a:extLst><a:ext uri="{0D108BD9-81ED-4DB2-BD59-A6C34878D82A}">'
                       '<a16:rowId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" '
                       'val="%d"/></a:ext></a:extLst></a:tr>' % (tcs, 10000 + 100 * r))
        shapes.append(
            '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Table 3"/><p:cNvGraphicFramePr>'
            '<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr><p:ph idx="1"/></p:nvPr>'
            '</p:nvGraphicFramePr><p:xfrm><a:off x="838200" y="1690688"/><a:ext cx="10515600" cy="4662000"/>'
            '</p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
            '<a:tbl><a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>%s</a:tableStyleId></a:tblPr>'
            '<a:tblGrid>%s</a:tblGrid>%s</a:tbl></a:graphicData></a:graphic></p:graphicFrame>'
            % (TABLE_STYLE, grid, "".join(trs)))
    else:
        shapes.append(ph_sp(2, "Title 1", '<p:ph type="title"/>', title_body))
        body = autofit(s["body"]) + "<a:lstStyle/>" + body_paras(s["body"])
        shapes.append(ph_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', body))
    return (DECL + '<p:sld %s><p:cSld><p:spTree>%s%s</p:spTree>%s</p:cSld>'
            '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
            % (NS, grp(), "".join(shapes), ext_creation(zlib.crc32(s["title"].encode()) % 4000000000)))


def notes_xml(s, n):
    paras = "".join("<a:p>%s%s</a:p>" % (runs(t), end_rpr() if i == len(s["notes"]) - 1 else "")
                    for i, t in enumerate(s["notes"]))
    img = ph_sp(2, "Slide Image Placeholder 1", '<p:ph type="sldImg"/>', None,
                locks='<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/>')
    body = ph_sp(3, "Notes Placeholder 2", '<p:ph type="body" idx="1"/>',
                 '<a:bodyPr/><a:lstStyle/>' + paras)
    num = ph_sp(4, "Slide Number Placeholder 3", '<p:ph type="sldNum" sz="quarter" idx="5"/>',
                '<a:bodyPr/><a:lstStyle/><a:p><a:fld id="%s" type="slidenum"><a:rPr lang="en-IN"/>'
                '<a:t>%d</a:t></a:fld><a:endParaRPr lang="en-IN"/></a:p>' % (FLD_ID, n))
    return (DECL + '<p:notes %s><p:cSld><p:spTree>%s%s%s%s</p:spTree></p:cSld>'
            '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>' % (NS, grp(), img, body, num))


def rels(items):
    body = "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % it for it in items)
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + body + "</Relationships>")


def lvl(n, marl, sz, bullet=True):
    bu = ('<a:buFont typeface="Arial" panose="020B0604020202020204" pitchFamily="34" charset="0"/>'
          '<a:buChar char="&#8226;"/>' if bullet else '<a:buNone/>')
    return ('<a:lvl%dpPr marL="%d" indent="-228600" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" '
            'latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef>'
            '<a:spcPts val="%d"/></a:spcBef>%s<a:defRPr sz="%d" kern="1200"><a:solidFill>'
            '<a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/>'
            '<a:cs typeface="+mn-cs"/></a:defRPr></a:lvl%dpPr>' % (n, marl, 1000 if n == 1 else 500, bu, sz, n))


def plain_lvl(n, sz=1800):
    return ('<a:lvl%dpPr marL="%d" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" '
            'hangingPunct="1"><a:defRPr sz="%d" kern="1200"><a:solidFill><a:schemeClr val="tx1"/>'
            '</a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
            '</a:defRPr></a:lvl%dpPr>' % (n, 457200 * (n - 1), sz, n))


CLRMAP = ('bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
          'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
          'folHlink="folHlink"')


def footer_phs(start):
    dt = ph_sp(start, "Date Placeholder %d" % (start - 1), '<p:ph type="dt" sz="half" idx="10"/>',
               '<a:bodyPr/><a:lstStyle/><a:p><a:fld id="%s" type="datetimeFigureOut"><a:rPr lang="en-IN"/>'
               '<a:t>14-11-2025</a:t></a:fld><a:endParaRPr lang="en-IN"/></a:p>' % DATE_ID)
    ft = ph_sp(start + 1, "Footer Placeholder %d" % start, '<p:ph type="ftr" sz="quarter" idx="11"/>',
               '<a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-IN"/></a:p>')
    sn = ph_sp(start + 2, "Slide Number Placeholder %d" % (start + 1), '<p:ph type="sldNum" sz="quarter" idx="12"/>',
               '<a:bodyPr/><a:lstStyle/><a:p><a:fld id="%s" type="slidenum"><a:rPr lang="en-IN"/>'
               '<a:t>&#8249;#&#8250;</a:t></a:fld><a:endParaRPr lang="en-IN"/></a:p>' % FLD_ID)
    return dt + ft + sn


def master_xml():
    title = ph_sp(2, "Title Placeholder 1", '<p:ph type="title"/>',
                  '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" '
                  'anchor="ctr"><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/>'
                  '<a:t>Click to edit Master title style</a:t></a:r><a:endParaRPr lang="en-IN"/></a:p>',
                  xfrm(838200, 365125, 10515600, 1325563))
    levels = ["Click to edit Master text styles", "Second level", "Third level"]
    bparas = "".join('<a:p>%s<a:r><a:rPr lang="en-US"/><a:t>%s</a:t></a:r></a:p>'
                     % ('<a:pPr lvl="%d"/>' % i if i else '<a:pPr lvl="0"/>', t) for i, t in enumerate(levels))
    body = ph_sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>',
                 '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0">'
                 '<a:normAutofit/></a:bodyPr><a:lstStyle/>' + bparas,
                 xfrm(838200, 1825625, 10515600, 4351338))
    dt = ph_sp(4, "Date Placeholder 3", '<p:ph type="dt" sz="half" idx="2"/>',
               '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" '
               'anchor="ctr"/><a:lstStyle><a:lvl1pPr algn="l"><a:defRPr sz="1200"><a:solidFill>'
               '<a:schemeClr val="tx1"><a:tint val="75000"/></a:schemeClr></a:solidFill></a:defRPr>'
               '</a:lvl1pPr></a:lstStyle><a:p><a:fld id="%s" type="datetimeFigureOut"><a:rPr lang="en-IN"/>'
               '<a:t>14-11-2025</a:t></a:fld><a:endParaRPr lang="en-IN"/></a:p>' % DATE_ID,
               xfrm(838200, 6356350, 2743200, 365125))
    ft = ph_sp(5, "Footer Placeholder 4", '<p:ph type="ftr" sz="quarter" idx="3"/>',
               '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" '
               'anchor="ctr"/><a:lstStyle><a:lvl1pPr algn="ctr"><a:defRPr sz="1200"><a:solidFill>'
               '<a:schemeClr val="tx1"><a:tint val="75000"/></a:schemeClr></a:solidFill></a:defRPr>'
               '</a:lvl1pPr></a:lstStyle><a:p><a:endParaRPr lang="en-IN"/></a:p>',
               xfrm(4038600, 6356350, 4114800, 365125))
    sn = ph_sp(6, "Slide Number Placeholder 5", '<p:ph type="sldNum" sz="quarter" idx="4"/>',
               '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" '
               'anchor="ctr"/><a:lstStyle><a:lvl1pPr algn="r"><a:defRPr sz="1200"><a:solidFill>'
               '<a:schemeClr val="tx1"><a:tint val="75000"/></a:schemeClr></a:solidFill></a:defRPr>'
               '</a:lvl1pPr></a:lstStyle><a:p><a:fld id="%s" type="slidenum"><a:rPr lang="en-IN"/>'
               '<a:t>&#8249;#&#8250;</a:t></a:fld><a:endParaRPr lang="en-IN"/></a:p>' % FLD_ID,
               xfrm(8610600, 6356350, 2743200, 365125))
    tx = ('<p:txStyles><p:titleStyle><a:lvl1pPr algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" '
          'latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef>'
          '<a:spcPct val="0"/></a:spcBef><a:buNone/><a:defRPr sz="4400" kern="1200"><a:solidFill>'
          '<a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/>'
          '<a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle>'
          + lvl(1, 228600, 2800) + lvl(2, 685800, 2400) + lvl(3, 1143000, 2000)
          + '</p:bodyStyle><p:otherStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr>'
          + plain_lvl(1) + plain_lvl(2) + '</p:otherStyle></p:txStyles>')
    return (DECL + '<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/>'
            '</p:bgRef></p:bg><p:spTree>%s%s%s%s%s%s</p:spTree>%s</p:cSld><p:clrMap %s/>'
            '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/>'
            '<p:sldLayoutId id="2147483650" r:id="rId2"/></p:sldLayoutIdLst>%s</p:sldMaster>'
            % (NS, grp(), title, body, dt, ft, sn, ext_creation(2209450162), CLRMAP, tx))


def layout_title_xml():
    t = ph_sp(2, "Title 1", '<p:ph type="ctrTitle"/>',
              '<a:bodyPr anchor="b"/><a:lstStyle><a:lvl1pPr algn="ctr"><a:defRPr sz="6000"/></a:lvl1pPr>'
              '</a:lstStyle><a:p><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master title style</a:t></a:r>'
              '<a:endParaRPr lang="en-IN"/></a:p>', xfrm(1524000, 1122363, 9144000, 2387600).split("<a:prstGeom")[0])
    s = ph_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>',
              '<a:bodyPr/><a:lstStyle><a:lvl1pPr marL="0" indent="0" algn="ctr"><a:buNone/>'
              '<a:defRPr sz="2400"/></a:lvl1pPr></a:lstStyle><a:p><a:r><a:rPr lang="en-US"/>'
              '<a:t>Click to edit Master subtitle style</a:t></a:r><a:endParaRPr lang="en-IN"/></a:p>',
              xfrm(1524000, 3602038, 9144000, 1655762).split("<a:prstGeom")[0])
    return (DECL + '<p:sldLayout %s type="title" preserve="1"><p:cSld name="Title Slide"><p:spTree>%s%s%s%s'
            '</p:spTree>%s</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
            % (NS, grp(), t, s, footer_phs(4), ext_creation(1836527519)))


def layout_obj_xml():
    t = ph_sp(2, "Title 1", '<p:ph type="title"/>',
              '<a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master title style'
              '</a:t></a:r><a:endParaRPr lang="en-IN"/></a:p>')
    levels = ["Click to edit Master text styles", "Second level", "Third level"]
    bparas = "".join('<a:p><a:pPr lvl="%d"/><a:r><a:rPr lang="en-US"/><a:t>%s</a:t></a:r></a:p>' % (i, t_)
                     for i, t_ in enumerate(levels))
    c = ph_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', '<a:bodyPr/><a:lstStyle/>' + bparas)
    return (DECL + '<p:sldLayout %s type="obj" preserve="1"><p:cSld name="Title and Content"><p:spTree>%s%s%s%s'
            '</p:spTree>%s</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
            % (NS, grp(), t, c, footer_phs(4), ext_creation(3190472261)))


def notes_master_xml():
    def q(sid, name, ph, x, y, cx, cy, algn, anchor, text):
        return ph_sp(sid, name, ph,
                     '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"%s/>'
                     '<a:lstStyle><a:lvl1pPr algn="%s"><a:defRPr sz="1200"/></a:lvl1pPr></a:lstStyle>'
                     '<a:p>%s</a:p>' % (anchor, algn, text), xfrm(x, y, cx, cy))
    hdr = q(2, "Header Placeholder 1", '<p:ph type="hdr" sz="quarter"/>', 0, 0, 2971800, 458788, "l", "",
            '<a:endParaRPr lang="en-IN"/>')
    dt = q(3, "Date Placeholder 2", '<p:ph type="dt" idx="1"/>', 3884613, 0, 2971800, 458788, "r", "",
           '<a:fld id="%s" type="datetimeFigureOut"><a:rPr lang="en-IN"/><a:t>14-11-2025</a:t></a:fld>'
           '<a:endParaRPr lang="en-IN"/>' % DATE_ID)
    img = ('<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Image Placeholder 3"/><p:cNvSpPr>'
           '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr>'
           '<p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="1143000"/>'
           '<a:ext cx="5486400" cy="3086100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
           '<a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr>'
           '<p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" '
           'anchor="ctr"/><a:lstStyle/><a:p><a:endParaRPr lang="en-IN"/></a:p></p:txBody></p:sp>')
    body = ph_sp(5, "Notes Placeholder 4", '<p:ph type="body" sz="quarter" idx="3"/>',
                 '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/>'
                 '<a:lstStyle/><a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text '
                 'styles</a:t></a:r></a:p>', xfrm(685800, 4400550, 5486400, 3600450))
    ft = q(6, "Footer Placeholder 5", '<p:ph type="ftr" sz="quarter" idx="4"/>', 0, 8685213, 2971800, 458787,
           "l", ' anchor="b"', '<a:endParaRPr lang="en-IN"/>')
    sn = q(7, "Slide Number Placeholder 6", '<p:ph type="sldNum" sz="quarter" idx="5"/>', 3884613, 8685213,
           2971800, 458787, "r", ' anchor="b"',
           '<a:fld id="%s" type="slidenum"><a:rPr lang="en-IN"/><a:t>&#8249;#&#8250;</a:t></a:fld>'
           '<a:endParaRPr lang="en-IN"/>' % FLD_ID)
    style = "".join(plain_lvl(n, 1200) for n in (1, 2, 3))
    return (DECL + '<p:notesMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef>'
            '</p:bg><p:spTree>%s%s%s%s%s%s%s</p:spTree>%s</p:cSld><p:clrMap %s/><p:notesStyle>%s'
            '</p:notesStyle></p:notesMaster>'
            % (NS, grp(), hdr, dt, img, body, ft, sn, ext_creation(1290385716), CLRMAP, style))


def theme_xml(name):
    colors = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
              ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
              ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
              ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
              ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
              ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
              ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>')]
    clr = "".join("<a:%s>%s</a:%s>" % (k, v, k) for k, v in colors)
    font = ('<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
            '<a:ea typeface=""/><a:cs typeface=""/><a:font script="Deva" typeface="Mangal"/></a:majorFont>'
            '<a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/>'
            '<a:cs typeface=""/><a:font script="Deva" typeface="Mangal"/></a:minorFont></a:fontScheme>')
    grad = ('<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="%d"/>'
            '<a:satMod val="103000"/><a:tint val="%d"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr '
            'val="phClr"><a:lumMod val="102000"/><a:satMod val="110000"/><a:tint val="%d"/></a:schemeClr></a:gs>'
            '<a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="99000"/><a:satMod val="120000"/>'
            '<a:shade val="%d"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>')
    fills = ('<a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
             + grad % (110000, 67000, 73000, 78000) + grad % (102000, 94000, 96000, 78000) + '</a:fillStyleLst>')
    lns = "".join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
                  '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' % w
                  for w in (6350, 12700, 19050))
    eff = ('<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
           '</a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" '
           'dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/>'
           '</a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst>')
    bg = ('<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill>'
          '<a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill>'
          + grad % (102000, 93000, 98000, 63000) + '</a:bgFillStyleLst>')
    return (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="%s">'
            '<a:themeElements><a:clrScheme name="Office">%s</a:clrScheme>%s<a:fmtScheme name="Office">%s'
            '<a:lnStyleLst>%s</a:lnStyleLst>%s%s</a:fmtScheme></a:themeElements><a:objectDefaults/>'
            '<a:extraClrSchemeLst/></a:theme>' % (name, clr, font, fills, lns, eff, bg))


def presentation_xml(n_slides):
    ids = "".join('<p:sldId id="%d" r:id="rId%d"/>' % (256 + i, 2 + i) for i in range(n_slides))
    dts = ('<p:defaultTextStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr>'
           + "".join(plain_lvl(n) for n in range(1, 4)) + '</p:defaultTextStyle>')
    return (DECL + '<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" '
            'r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId%d"/>'
            '</p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/>'
            '<p:notesSz cx="6858000" cy="9144000"/>%s</p:presentation>' % (NS, 2 + n_slides, ids, dts))


def main():
    meta, slides = parse()
    n = len(slides)
    noted = [i for i, s in enumerate(slides, 1) if s["notes"]]
    parts = []

    ov = ['<Override PartName="/ppt/presentation.xml" ContentType="%spresentation.main+xml"/>' % CT]
    ov += ['<Override PartName="/ppt/slides/slide%d.xml" ContentType="%sslide+xml"/>' % (i, CT)
           for i in range(1, n + 1)]
    ov += ['<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="%snotesSlide+xml"/>' % (i, CT)
           for i in noted]
    ov += ['<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="%sslideMaster+xml"/>' % CT,
           '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="%sslideLayout+xml"/>' % CT,
           '<Override PartName="/ppt/slideLayouts/slideLayout2.xml" ContentType="%sslideLayout+xml"/>' % CT,
           '<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="%snotesMaster+xml"/>' % CT,
           '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
           '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
           '<Override PartName="/ppt/presProps.xml" ContentType="%spresProps+xml"/>' % CT,
           '<Override PartName="/ppt/viewProps.xml" ContentType="%sviewProps+xml"/>' % CT,
           '<Override PartName="/ppt/tableStyles.xml" ContentType="%stableStyles+xml"/>' % CT,
           '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    parts.append(("[Content_Types].xml", DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ov) + "</Types>"))
    parts.append(("_rels/.rels", rels([
        ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("rId1", REL + "officeDocument", "ppt/presentation.xml")])))
    parts.append(("ppt/presentation.xml", presentation_xml(n)))
    prels = [("rId1", REL + "slideMaster", "slideMasters/slideMaster1.xml")]
    prels += [("rId%d" % (1 + i), REL + "slide", "slides/slide%d.xml" % i) for i in range(1, n + 1)]
    k = n + 2
    prels += [("rId%d" % k, REL + "notesMaster", "notesMasters/notesMaster1.xml"),
              ("rId%d" % (k + 1), REL + "presProps", "presProps.xml"),
              ("rId%d" % (k + 2), REL + "viewProps", "viewProps.xml"),
              ("rId%d" % (k + 3), REL + "theme", "theme/theme1.xml"),
              ("rId%d" % (k + 4), REL + "tableStyles", "tableStyles.xml")]
    parts.append(("ppt/_rels/presentation.xml.rels", rels(prels)))
    for i, s in enumerate(slides, 1):
        parts.append(("ppt/slides/slide%d.xml" % i, slide_xml(s, i)))
    for i, s in enumerate(slides, 1):
        r = [("rId1", REL + "slideLayout", "../slideLayouts/slideLayout%d.xml" % (1 if s["kind"] == "title" else 2))]
        if s["notes"]:
            r.append(("rId2", REL + "notesSlide", "../notesSlides/notesSlide%d.xml" % i))
        parts.append(("ppt/slides/_rels/slide%d.xml.rels" % i, rels(r)))
    parts.append(("ppt/slideLayouts/slideLayout1.xml", layout_title_xml()))
    parts.append(("ppt/slideLayouts/slideLayout2.xml", layout_obj_xml()))
    for j in (1, 2):
        parts.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % j,
                      rels([("rId1", REL + "slideMaster", "../slideMasters/slideMaster1.xml")])))
    parts.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    parts.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels([
        ("rId1", REL + "slideLayout", "../slideLayouts/slideLayout1.xml"),
        ("rId2", REL + "slideLayout", "../slideLayouts/slideLayout2.xml"),
        ("rId3", REL + "theme", "../theme/theme1.xml")])))
    for i in noted:
        parts.append(("ppt/notesSlides/notesSlide%d.xml" % i, notes_xml(slides[i - 1], i)))
        parts.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % i, rels([
            ("rId2", REL + "slide", "../slides/slide%d.xml" % i),
            ("rId1", REL + "notesMaster", "../notesMasters/notesMaster1.xml")])))
    parts.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    parts.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels",
                  rels([("rId1", REL + "theme", "../theme/theme2.xml")])))
    parts.append(("ppt/theme/theme1.xml", theme_xml("Office Theme")))
    parts.append(("ppt/theme/theme2.xml", theme_xml("Office Theme")))
    parts.append(("ppt/presProps.xml", DECL + '<p:presentationPr %s><p:extLst><p:ext '
                  'uri="{E76CE94A-603C-4142-B9EB-6D1370010A27}"><p14:discardImageEditData '
                  'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="0"/></p:ext>'
                  '<p:ext uri="{D31A062A-798A-4329-ABDD-BBA856620510}"><p14:defaultImageDpi '
                  'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="220"/></p:ext>'
                  '</p:extLst></p:presentationPr>' % NS))
    parts.append(("ppt/viewProps.xml", DECL + '<p:viewPr %s><p:normalViewPr horzBarState="maximized">'
                  '<p:restoredLeft sz="15987" autoAdjust="0"/><p:restoredTop sz="80102" autoAdjust="0"/>'
                  '</p:normalViewPr><p:slideViewPr><p:cSldViewPr snapToGrid="0"><p:cViewPr varScale="1">'
                  '<p:scale><a:sx n="92" d="100"/><a:sy n="92" d="100"/></p:scale><p:origin x="414" y="78"/>'
                  '</p:cViewPr><p:guideLst/></p:cSldViewPr></p:slideViewPr><p:notesTextViewPr><p:cViewPr>'
                  '<p:scale><a:sx n="1" d="1"/><a:sy n="1" d="1"/></p:scale><p:origin x="0" y="0"/></p:cViewPr>'
                  '</p:notesTextViewPr><p:gridSpacing cx="72008" cy="72008"/></p:viewPr>' % NS))
    parts.append(("ppt/tableStyles.xml", DECL + '<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/'
                  'drawingml/2006/main" def="%s"/>' % TABLE_STYLE))
    parts.append(("docProps/core.xml", DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
                  'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                  'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s'
                  '</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%s</cp:revision>'
                  '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified '
                  'xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
                  % (escape(slides[0]["title"]), meta["creator"], meta["lastmodifiedby"], meta["revision"],
                     meta["created"], meta["modified"])))
    words = sum(len(re.sub(r"\*\*", "", t).split()) for s in slides
                for t in [s["title"]] + s["body"] + [c for r in s["rows"] for c in r])
    paras = sum(1 + len(s["body"]) + sum(len(r) for r in s["rows"]) for s in slides)
    titles = "".join("<vt:lpstr>%s</vt:lpstr>" % escape(s["title"]) for s in slides)
    parts.append(("docProps/app.xml", DECL + '<Properties xmlns="http://schemas.openxmlformats.org/'
                  'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/'
                  'officeDocument/2006/docPropsVTypes"><TotalTime>412</TotalTime><Words>%d</Words>'
                  '<Application>Microsoft Office PowerPoint</Application><PresentationFormat>Widescreen'
                  '</PresentationFormat><Paragraphs>%d</Paragraphs><Slides>%d</Slides><Notes>%d</Notes>'
                  '<HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><HeadingPairs>'
                  '<vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant>'
                  '<vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant>'
                  '<vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr>'
                  '</vt:variant><vt:variant><vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs>'
                  '<TitlesOfParts><vt:vector size="%d" baseType="lpstr"><vt:lpstr>Arial</vt:lpstr>'
                  '<vt:lpstr>Calibri</vt:lpstr><vt:lpstr>Calibri Light</vt:lpstr><vt:lpstr>Office Theme'
                  '</vt:lpstr>%s</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate>'
                  '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
                  '<AppVersion>16.0000</AppVersion></Properties>'
                  % (words, paras, n, len(noted), n, n + 4, titles)))

    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))


if __name__ == "__main__":
    main()
