#!/usr/bin/python3
"""Re-make docs/humayun-tomb-charbagh-deck.pptx from tools/humayun-tomb-charbagh-deck.txt.

The deck is written the way WPS Office (WPS Presentation, international build) saves a
.pptx: docProps/app.xml naming "WPS Presentation" with AppVersion 14.0000 and SimSun among
the fonts used, docProps/custom.xml with WPS's ICV and KSOProductBuildVer properties, a
"WPS_<digits>" cloud account as last modifier, lang="en-US" altLang="zh-CN" on every run,
a COMMONDATA tag on the presentation, and WPS "smart graphics" saved as plain grouped shapes
(chevrons, rounded rectangles, an ellipse, right arrows) whose parts carry KSO_WM_* tags in
ppt/tags/. Speaker notes live in notesSlides. Words the spelling checker does not know get
runs of their own marked err="1".

Source markup: "@slide <kind>" starts a slide (title, content, smart-process, smart-matrix,
smart-arrows); "# " the title; for the title slide the next lines are subtitle paragraphs;
"- " and "  - " bullets; "a | b | c" rows of a smart graphic; "@caption " a caption text box;
"@notes" then one notes paragraph per line.
Run: /usr/bin/python3 tools/make_pptx.py [output path]  (byte-for-byte reproducible)
"""
import base64
import hashlib
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "humayun-tomb-charbagh-deck.txt")
OUT = os.path.join(HERE, "..", "docs", "humayun-tomb-charbagh-deck.pptx")
STAMP = (2025, 8, 18, 22, 14, 36)

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NSA = "http://schemas.openxmlformats.org/drawingml/2006/main"
NSR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSP = "http://schemas.openxmlformats.org/presentationml/2006/main"
PNS = 'xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"' % (NSA, NSR, NSP)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RPR = 'lang="en-US" altLang="zh-CN"'

FLAGGED = {
    "Timurid", "pishtaq", "Babur", "Babur’s", "charbagh", "Khiyaban", "Nahr", "Chaman",
    "chhatris", "jali", "Nizamuddin", "Auliya", "Ghiyas", "Sayyid", "Bagh-e-Babur", "Panah",
    "Sasaram", "Sikandra", "Itimad-ud-Daulah", "Maqbara", "Dilras", "Yadavindra", "Farrukhsiyar",
    "Jahandar", "Hodson", "Serai", "Gumbad", "Afsarwala", "AKTC", "AMASR", "baolis", "Moidams",
    "Charaideo", "Dargah", "Lahauri", "Shikoh", "Qila", "Gur-e-Amir", "Baburnama", "basti",
    "Halima’s", "Niyazi", "Mirak", "Ata-ullah", "Pinjore", "Udyan",
}


def parse(path):
    slides, cur, mode = [], None, None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if line.startswith("@slide "):
            cur = {"kind": line[7:].strip(), "title": "", "body": [], "notes": [], "caption": ""}
            slides.append(cur)
            mode = "body"
        elif line == "@notes":
            mode = "notes"
        elif not line.strip():
            continue
        elif mode == "notes":
            cur["notes"].append(line)
        elif line.startswith("# "):
            cur["title"] = line[2:]
        elif line.startswith("@caption "):
            cur["caption"] = line[9:]
        else:
            cur["body"].append(line)
    return slides


def runs(text, size=None, bold=False, italic=False, color=None):
    """Runs of one paragraph; flagged words are cut into runs of their own with err="1"."""
    attrs = RPR
    if size:
        attrs += ' sz="%d"' % size
    if bold:
        attrs += ' b="1"'
    if italic:
        attrs += ' i="1"'
    fill = '<a:solidFill><a:schemeClr val="%s"/></a:solidFill>' % color if color else ""
    out, buf = [], ""
    for tok in re.split(r"(\s+)", text):
        word = tok.strip("(),.;:")
        if tok and word in FLAGGED:
            i = tok.index(word)
            buf += tok[:i]
            if buf:
                out.append((buf, False))
            out.append((word, True))
            buf = tok[i + len(word):]
        else:
            buf += tok
    if buf:
        out.append((buf, False))
    xml = []
    for t, err in out:
        a = attrs + ' dirty="0"' + (' err="1"' if err else "")
        if fill:
            xml.append('<a:r><a:rPr %s>%s</a:rPr><a:t>%s</a:t></a:r>' % (a, fill, escape(t)))
        else:
            xml.append('<a:r><a:rPr %s/><a:t>%s</a:t></a:r>' % (a, escape(t)))
    return "".join(xml)


def para(text, ppr="", end=True, **kw):
    endp = '<a:endParaRPr %s dirty="0"/>' % RPR if end else ""
    return "<a:p>%s%s%s</a:p>" % (ppr, runs(text, **kw), endp)


def sp_placeholder(sid, name, ph, paras, xfrm="", body="<a:bodyPr/>"):
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            '</p:cNvSpPr><p:nvPr>%s</p:nvPr></p:nvSpPr>%s<p:txBody>%s'
            '<a:lstStyle/>%s</p:txBody></p:sp>'
            % (sid, name, ph, "<p:spPr>%s</p:spPr>" % xfrm if xfrm else "<p:spPr/>", body,
               "".join(paras)))


def xfrm(x, y, cx, cy, tag="a:xfrm"):
    return '<%s><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></%s>' % (tag, x, y, cx, cy, tag)


def sldnum(sid, n):
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="Slide Number Placeholder %d"/><p:cNvSpPr>'
            '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="12"/>'
            '</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p>'
            '<a:fld id="{7D2E1C5A-93B4-4F0E-A6C1-2B58E0D4F917}" type="slidenum"><a:rPr %s/>'
            '<a:t>%d</a:t></a:fld><a:endParaRPr %s/></a:p></p:txBody></p:sp>'
            % (sid, sid - 1, RPR, n, RPR))


class Tags:
    """ppt/tags/tagN.xml parts; each slide keeps its own relationship ids."""

    def __init__(self):
        self.parts = []

    def add(self, pairs):
        body = "".join('<p:tag name="%s" val="%s"/>' % (k, escape(v, {'"': "&quot;"}))
                       for k, v in pairs)
        self.parts.append(DECL + '<p:tagLst %s>%s</p:tagLst>' % (PNS, body))
        return len(self.parts)


def wm_tags(diagram, unit_type, index, level):
    return [("KSO_WM_UNIT_TYPE", unit_type), ("KSO_WM_UNIT_INDEX", str(index)),
            ("KSO_WM_UNIT_ID", "diagram%s_%d*%s*%d" % (diagram, level, unit_type, index)),
            ("KSO_WM_TEMPLATE_CATEGORY", "diagram"), ("KSO_WM_TEMPLATE_INDEX", diagram),
            ("KSO_WM_UNIT_LAYERLEVEL", str(level)), ("KSO_WM_TAG_VERSION", "1.0"),
            ("KSO_WM_BEAUTIFY_FLAG", "#wm#")]


def shape(sid, name, geom, box, paras, fill, tagrid, line=None, anchor="ctr"):
    ln = ('<a:ln w="12700"><a:solidFill><a:schemeClr val="%s"/></a:solidFill></a:ln>' % line
          if line else "<a:ln><a:noFill/></a:ln>")
    fillx = ('<a:solidFill><a:schemeClr val="%s"/></a:solidFill>' % fill if fill
             else "<a:noFill/>")
    txb = ""
    if paras is not None:
        txb = ('<p:txBody><a:bodyPr vert="horz" wrap="square" lIns="91440" tIns="45720" '
               'rIns="91440" bIns="45720" rtlCol="0" anchor="%s"><a:normAutofit/></a:bodyPr>'
               '<a:lstStyle/>%s</p:txBody>' % (anchor, "".join(paras)))
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr/><p:nvPr><p:custDataLst>'
            '<p:tags r:id="rId%d"/></p:custDataLst></p:nvPr></p:nvSpPr><p:spPr>%s'
            '<a:prstGeom prst="%s"><a:avLst/></a:prstGeom>%s%s</p:spPr>%s</p:sp>'
            % (sid, name, tagrid, xfrm(*box), geom, fillx, ln, txb))


def caption_box(sid, text, y):
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="TextBox %d"/><p:cNvSpPr txBox="1"/>'
            '<p:nvPr/></p:nvSpPr><p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="square" rtlCol="0"><a:spAutoFit/>'
            '</a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>'
            % (sid, sid - 1, xfrm(838200, y, 10515600, 400110),
               para(text, ppr='<a:pPr algn="ctr"/>', size=1400, italic=True, color="tx2")))


def smart_group(slide, tags, rels):
    """A WPS smart graphic saved as a group of shapes; returns the group XML."""
    kind, rows = slide["kind"], [[c.strip() for c in r.split("|")] for r in slide["body"]]
    diagram = {"smart-process": "20231204", "smart-matrix": "20230917",
               "smart-arrows": "20240108"}[kind]
    children, sid = [], 10

    def tag(unit, index, level):
        rels.append(("tags", "../tags/tag%d.xml" % tags.add(wm_tags(diagram, unit, index, level))))
        return len(rels) + 1  # rId1 is the slide layout

    gx, gy, gw, gh = 838200, 1690688, 10515600, 3840000
    if kind == "smart-process":
        w, gap = 1981200, 152400
        for i, (num, head, desc) in enumerate(rows):
            x = gx + i * (w + gap)
            children.append(shape(sid, "Chevron %d" % (sid - 1), "chevron", (x, gy, w, 762000),
                                  [para("%02d" % int(num), ppr='<a:pPr algn="ctr"/>', size=2000,
                                        bold=True, color="bg1")],
                                  "accent%d" % (i % 6 + 1), tag("i", i + 1, 1)))
            sid += 1
            children.append(shape(sid, "Rounded Rectangle %d" % (sid - 1), "roundRect",
                                  (x, gy + 990600, w, 1828800),
                                  [para(head, ppr='<a:pPr algn="ctr"/>', size=1800, bold=True,
                                        color="tx1"),
                                   para(desc, ppr='<a:pPr algn="ctr"/>', size=1400,
                                        color="tx1")],
                                  "bg1", tag("h_f", i + 1, 2), line="accent%d" % (i % 6 + 1),
                                  anchor="t"))
            sid += 1
    elif kind == "smart-matrix":
        w, h = 5105400, 1752600
        cells = [(gx, gy), (gx + w + 304800, gy), (gx, gy + h + 228600),
                 (gx + w + 304800, gy + h + 228600)]
        for i, (head, desc) in enumerate(rows[:4]):
            x, y = cells[i]
            children.append(shape(sid, "Rounded Rectangle %d" % (sid - 1), "roundRect",
                                  (x, y, w, h),
                                  [para(head, ppr='<a:pPr algn="ctr"/>', size=1800, bold=True,
                                        color="bg1"),
                                   para(desc, ppr='<a:pPr algn="ctr"/>', size=1400,
                                        color="bg1")],
                                  "accent%d" % (i + 1), tag("h_f", i + 1, 1)))
            sid += 1
        head, desc = rows[4]
        children.append(shape(sid, "Oval %d" % (sid - 1), "ellipse",
                              (gx + w - 1066800, gy + h - 762000, 2438400, 1752600),
                              [para(head, ppr='<a:pPr algn="ctr"/>', size=1600, bold=True,
                                    color="tx1"),
                               para(desc, ppr='<a:pPr algn="ctr"/>', size=1200, color="tx1")],
                              "bg1", tag("i", 5, 2), line="accent6"))
        sid += 1
    else:
        w, aw = 1828800, 342900
        step = (gw - w) // (len(rows) - 1)
        for i, (head, desc) in enumerate(rows):
            x = gx + i * step
            children.append(shape(sid, "Rounded Rectangle %d" % (sid - 1), "roundRect",
                                  (x, gy + 304800, w, 2895600),
                                  [para(head, ppr='<a:pPr algn="ctr"/>', size=1400, bold=True,
                                        color="bg1"),
                                   para(desc, ppr='<a:pPr algn="ctr"/>', size=1200,
                                        color="bg1")],
                                  "accent%d" % (i + 1), tag("h_f", i + 1, 1), anchor="t"))
            sid += 1
            if i < len(rows) - 1:
                ax = x + w + (step - w - aw) // 2
                children.append(shape(sid, "Right Arrow %d" % (sid - 1), "rightArrow",
                                      (ax, gy + 1562100, aw, 381000), None, "tx2",
                                      tag("s", i + 1, 1)))
                sid += 1
    gtag = tag("diagram", 1, 0)
    return ('<p:grpSp><p:nvGrpSpPr><p:cNvPr id="4" name="Group 3"/><p:cNvGrpSpPr/><p:nvPr>'
            '<p:custDataLst><p:tags r:id="rId%d"/></p:custDataLst></p:nvPr></p:nvGrpSpPr>'
            '<p:grpSpPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/><a:chOff x="%d" '
            'y="%d"/><a:chExt cx="%d" cy="%d"/></a:xfrm></p:grpSpPr>%s</p:grpSp>'
            % (gtag, gx, gy, gw, gh, gx, gy, gw, gh, "".join(children)))


def slide_xml(n, slide, tags):
    """Returns (slide xml, list of (kind, target) relationships after the layout)."""
    rels = []
    shapes = []
    kind = slide["kind"]
    if kind == "title":
        shapes.append(sp_placeholder(2, "Title 1", '<p:ph type="ctrTitle"/>',
                                     [para(slide["title"])]))
        shapes.append(sp_placeholder(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>',
                                     [para(t) for t in slide["body"]],
                                     body="<a:bodyPr><a:normAutofit/></a:bodyPr>"))
        layout = 1
    elif kind == "content":
        shapes.append(sp_placeholder(2, "Title 1", '<p:ph type="title"/>', [para(slide["title"])]))
        ps = []
        for line in slide["body"]:
            if line.startswith("  - "):
                ps.append(para(line[4:], ppr='<a:pPr lvl="1"/>'))
            else:
                ps.append(para(line[2:]))
        nwords = sum(len(l.split()) for l in slide["body"])
        fit = ('<a:normAutofit fontScale="85000" lnSpcReduction="10000"/>' if nwords > 95
               else "<a:normAutofit/>")
        shapes.append(sp_placeholder(3, "Content Placeholder 2", '<p:ph idx="1"/>', ps,
                                     xfrm=xfrm(838200, 1825625, 10515600, 4351338),
                                     body="<a:bodyPr>%s</a:bodyPr>" % fit))
        shapes.append(sldnum(4, n))
        layout = 2
    else:
        shapes.append(sp_placeholder(2, "Title 1", '<p:ph type="title"/>', [para(slide["title"])]))
        shapes.append(smart_group(slide, tags, rels))
        if slide["caption"]:
            shapes.append(caption_box(30, slide["caption"], 5669280))
        shapes.append(sldnum(31, n))
        layout = 3
    xml = (DECL + '<p:sld %s><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/>'
           '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
           '<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
           '</p:grpSpPr>%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>'
           '</p:sld>' % (PNS, "".join(shapes)))
    return xml, layout, rels


def notes_xml(n, slide):
    body = "".join(para(t) for t in slide["notes"])
    return (DECL + '<p:notes %s><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/>'
            '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
            '</p:grpSpPr><p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/>'
            '<p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr>'
            '<p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp><p:sp><p:nvSpPr>'
            '<p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            '</p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>'
            '<p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp><p:sp><p:nvSpPr>'
            '<p:cNvPr id="4" name="Slide Number Placeholder 3"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            '</p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="5"/></p:nvPr></p:nvSpPr>'
            '<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld '
            'id="{A51C3E07-6F2D-4B89-9E14-C0D7B3F6A281}" type="slidenum"><a:rPr %s/><a:t>%d</a:t>'
            '</a:fld><a:endParaRPr %s/></a:p></p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr>'
            '<a:masterClrMapping/></p:clrMapOvr></p:notes>' % (PNS, body, RPR, n, RPR))


def rels_xml(items):
    body = "".join('<Relationship Id="rId%d" Type="%s%s" Target="%s"/>' % (i, REL, k, t)
                   for i, (k, t) in enumerate(items, 1))
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships">%s</Relationships>' % body)


def theme_xml(name):
    clr = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
           ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
           ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
           ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
           ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
           ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
           ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>')]
    clrx = "".join("<a:%s>%s</a:%s>" % (k, v, k) for k, v in clr)
    font = ('<a:%s><a:latin typeface="%s"/><a:ea typeface="宋体"/><a:cs typeface=""/></a:%s>')
    fill = ('<a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
            '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr">'
            '<a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr>'
            '</a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:tint val="94000"/>'
            '</a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
            '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr">'
            '<a:tint val="94000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr '
            'val="phClr"><a:shade val="78000"/></a:schemeClr></a:gs></a:gsLst><a:lin '
            'ang="5400000" scaled="0"/></a:gradFill></a:fillStyleLst>')
    lines = "".join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr '
                    'val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/>'
                    '</a:ln>' % w for w in (6350, 12700, 19050))
    eff = "<a:effectStyleLst>%s</a:effectStyleLst>" % (
        "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3)
    bg = ('<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill>'
          '<a:schemeClr val="phClr"><a:tint val="95000"/></a:schemeClr></a:solidFill><a:solidFill>'
          '<a:schemeClr val="phClr"><a:shade val="90000"/></a:schemeClr></a:solidFill>'
          '</a:bgFillStyleLst>')
    return (DECL + '<a:theme xmlns:a="%s" name="%s"><a:themeElements><a:clrScheme name="Office">'
            '%s</a:clrScheme><a:fontScheme name="Office">%s%s</a:fontScheme><a:fmtScheme '
            'name="Office">%s<a:lnStyleLst>%s</a:lnStyleLst>%s%s</a:fmtScheme></a:themeElements>'
            '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
            % (NSA, name, clrx, font % ("majorFont", "Calibri Light", "majorFont"),
               font % ("minorFont", "Calibri", "minorFont"), fill, lines, eff, bg))


def lvl_styles(sizes, bullet=True):
    out = []
    for i, sz in enumerate(sizes, 1):
        mar = 228600 + (i - 1) * 457200
        bu = ('<a:buFont typeface="Arial" panose="020B0604020202020204" pitchFamily="34" '
              'charset="0"/><a:buChar char="%s"/>' % ("•" if i % 2 else "–")) if bullet else \
            "<a:buNone/>"
        ind = ' marL="%d" indent="-228600"' % mar if bullet else ' marL="%d"' % ((i - 1) * 457200)
        out.append('<a:lvl%dpPr%s algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" '
                   'hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef>'
                   '<a:spcPts val="%d"/></a:spcBef>%s<a:defRPr sz="%d" kern="1200"><a:solidFill>'
                   '<a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea '
                   'typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl%dpPr>'
                   % (i, ind, 1000 if i == 1 else 500, bu, sz, i))
    return "".join(out)


def master_xml():
    ph = [("Title Placeholder 1", '<p:ph type="title"/>', (838200, 365125, 10515600, 1325563),
           '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" '
           'anchor="ctr"><a:normAutofit/></a:bodyPr>', "Click to edit Master title style"),
          ("Text Placeholder 2", '<p:ph type="body" idx="1"/>', (838200, 1825625, 10515600,
                                                                 4351338),
           '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
           'rtlCol="0"><a:normAutofit/></a:bodyPr>', "Click to edit Master text styles"),
          ("Date Placeholder 3", '<p:ph type="dt" sz="half" idx="2"/>', (838200, 6356350,
                                                                         2743200, 365125),
           '<a:bodyPr/>', ""),
          ("Footer Placeholder 4", '<p:ph type="ftr" sz="quarter" idx="3"/>',
           (4038600, 6356350, 4114800, 365125), '<a:bodyPr/>', ""),
          ("Slide Number Placeholder 5", '<p:ph type="sldNum" sz="quarter" idx="4"/>',
           (8610600, 6356350, 2743200, 365125), '<a:bodyPr/>', "")]
    sps = []
    for i, (name, p, box, body, text) in enumerate(ph, 2):
        t = ('<a:p><a:r><a:rPr %s/><a:t>%s</a:t></a:r><a:endParaRPr %s/></a:p>' % (RPR, text, RPR)
             if text else '<a:p><a:endParaRPr %s/></a:p>' % RPR)
        sps.append('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks '
                   'noGrp="1"/></p:cNvSpPr><p:nvPr>%s</p:nvPr></p:nvSpPr><p:spPr>%s<a:prstGeom '
                   'prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody>%s<a:lstStyle/>%s'
                   '</p:txBody></p:sp>' % (i, name, p, xfrm(*box), body, t))
    lids = "".join('<p:sldLayoutId id="%d" r:id="rId%d"/>' % (2147483649 + i, i + 1)
                   for i in range(3))
    return (DECL + '<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/>'
            '</p:bgRef></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
            '<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" '
            'cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>%s'
            '</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" '
            'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" '
            'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            '<p:sldLayoutIdLst>%s</p:sldLayoutIdLst><p:txStyles><p:titleStyle><a:lvl1pPr '
            'algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">'
            '<a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef>'
            '<a:buNone/><a:defRPr sz="4400" kern="1200"><a:solidFill><a:schemeClr val="tx1"/>'
            '</a:solidFill><a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs '
            'typeface="+mj-cs"/></a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle>%s'
            '</p:bodyStyle><p:otherStyle>%s</p:otherStyle></p:txStyles></p:sldMaster>'
            % (PNS, "".join(sps), lids, lvl_styles([2800, 2400, 2000, 1800, 1800]),
               lvl_styles([1800] * 5, bullet=False)))


def layout_xml(name, typ, phs):
    sps = []
    for i, (pname, p) in enumerate(phs, 2):
        sps.append('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks '
                   'noGrp="1"/></p:cNvSpPr><p:nvPr>%s</p:nvPr></p:nvSpPr><p:spPr/><p:txBody>'
                   '<a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr %s/></a:p></p:txBody></p:sp>'
                   % (i, pname, p, RPR))
    return (DECL + '<p:sldLayout %s type="%s" preserve="1"><p:cSld name="%s"><p:spTree>'
            '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
            '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>%s</p:spTree></p:cSld><p:clrMapOvr>'
            '<a:masterClrMapping/></p:clrMapOvr></p:sldLayout>' % (PNS, typ, name, "".join(sps)))


LAYOUTS = [
    ("Title Slide", "title", [("Title 1", '<p:ph type="ctrTitle"/>'),
                              ("Subtitle 2", '<p:ph type="subTitle" idx="1"/>'),
                              ("Date Placeholder 3", '<p:ph type="dt" sz="half" idx="10"/>'),
                              ("Footer Placeholder 4", '<p:ph type="ftr" sz="quarter" idx="11"/>'),
                              ("Slide Number Placeholder 5",
                               '<p:ph type="sldNum" sz="quarter" idx="12"/>')]),
    ("Title and Content", "obj", [("Title 1", '<p:ph type="title"/>'),
                                  ("Content Placeholder 2", '<p:ph idx="1"/>'),
                                  ("Date Placeholder 3", '<p:ph type="dt" sz="half" idx="10"/>'),
                                  ("Footer Placeholder 4",
                                   '<p:ph type="ftr" sz="quarter" idx="11"/>'),
                                  ("Slide Number Placeholder 5",
                                   '<p:ph type="sldNum" sz="quarter" idx="12"/>')]),
    ("Title Only", "titleOnly", [("Title 1", '<p:ph type="title"/>'),
                                 ("Date Placeholder 2", '<p:ph type="dt" sz="half" idx="10"/>'),
                                 ("Footer Placeholder 3",
                                  '<p:ph type="ftr" sz="quarter" idx="11"/>'),
                                 ("Slide Number Placeholder 4",
                                  '<p:ph type="sldNum" sz="quarter" idx="12"/>')]),
]


def notes_master_xml():
    return (DECL + '<p:notesMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/>'
            '</p:bgRef></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
            '<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" '
            'cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr><p:sp>'
            '<p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks '
            'noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" '
            'idx="2"/></p:nvPr></p:nvSpPr><p:spPr>%s<a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/>'
            '</a:solidFill></a:ln></p:spPr></p:sp><p:sp><p:nvSpPr><p:cNvPr id="3" '
            'name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>'
            '<p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr><p:spPr>%s<a:prstGeom '
            'prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr vert="horz" '
            'lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/><a:lstStyle/><a:p>'
            '<a:pPr lvl="0"/><a:r><a:rPr %s/><a:t>Click to edit Master text styles</a:t></a:r>'
            '</a:p></p:txBody></p:sp><p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number '
            'Placeholder 3"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph '
            'type="sldNum" sz="quarter" idx="5"/></p:nvPr></p:nvSpPr><p:spPr>%s<a:prstGeom '
            'prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr vert="horz" '
            'lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" anchor="b"/>'
            '<a:lstStyle/><a:p><a:pPr algn="r"/><a:fld id="{A51C3E07-6F2D-4B89-9E14-C0D7B3F6A281}" '
            'type="slidenum"><a:rPr %s/><a:t>&lt;#&gt;</a:t></a:fld><a:endParaRPr %s/></a:p>'
            '</p:txBody></p:sp></p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" '
            'bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
            'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
            'folHlink="folHlink"/><p:notesStyle>%s</p:notesStyle></p:notesMaster>'
            % (PNS, xfrm(685800, 1143000, 5486400, 3086100), xfrm(685800, 4400550, 5486400,
                                                                 3600450), RPR,
               xfrm(3884613, 8685213, 2971800, 458787), RPR, RPR,
               lvl_styles([1200] * 5, bullet=False)))


def main(out):
    slides = parse(SRC)
    tags = Tags()
    parts = []  # (name, data)
    commondata = base64.b64encode(('{"hdid":"%s"}' % hashlib.md5(
        b"humayun-tomb-charbagh-deck").hexdigest()).encode()).decode()
    tags.add([("COMMONDATA", commondata)])

    slide_parts, slide_rels, notes_parts = [], [], []
    for n, s in enumerate(slides, 1):
        xml, layout, extra = slide_xml(n, s, tags)
        slide_parts.append(xml)
        slide_rels.append([("slideLayout", "../slideLayouts/slideLayout%d.xml" % layout)]
                          + extra + [("notesSlide", "../notesSlides/notesSlide%d.xml" % n)])
        notes_parts.append(notes_xml(n, s))

    ns = len(slides)
    words = sum(len(t.replace("|", " ").split()) for s in slides
                for t in [s["title"]] + s["body"] + s["notes"] + [s["caption"]])
    nparas = sum(1 + len(s["body"]) + len(s["notes"]) + (1 if s["caption"] else 0)
                 for s in slides)
    titles = [s["title"] for s in slides]
    fonts = ["Arial", "宋体", "Wingdings", "Calibri", "Calibri Light"]

    ct = ['<Default Extension="xml" ContentType="application/xml"/>',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/>',
          '<Default Extension="jpeg" ContentType="image/jpeg"/>',
          '<Default Extension="png" ContentType="image/png"/>']
    ov = [("/ppt/presentation.xml", "presentationml.presentation.main+xml"),
          ("/ppt/slideMasters/slideMaster1.xml", "presentationml.slideMaster+xml")]
    ov += [("/ppt/slideLayouts/slideLayout%d.xml" % i, "presentationml.slideLayout+xml")
           for i in range(1, 4)]
    ov += [("/ppt/slides/slide%d.xml" % i, "presentationml.slide+xml") for i in range(1, ns + 1)]
    ov += [("/ppt/notesMasters/notesMaster1.xml", "presentationml.notesMaster+xml")]
    ov += [("/ppt/notesSlides/notesSlide%d.xml" % i, "presentationml.notesSlide+xml")
           for i in range(1, ns + 1)]
    ov += [("/ppt/tags/tag%d.xml" % i, "presentationml.tags+xml")
           for i in range(1, len(tags.parts) + 1)]
    ov += [("/ppt/theme/theme1.xml", "theme+xml"), ("/ppt/theme/theme2.xml", "theme+xml"),
           ("/ppt/presProps.xml", "presentationml.presProps+xml"),
           ("/ppt/viewProps.xml", "presentationml.viewProps+xml"),
           ("/ppt/tableStyles.xml", "presentationml.tableStyles+xml")]
    ct += ['<Override PartName="%s" ContentType="application/vnd.openxmlformats-officedocument.'
           '%s"/>' % (p, t) for p, t in ov]
    ct += ['<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
           'package.core-properties+xml"/>',
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
           'officedocument.extended-properties+xml"/>',
           '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.'
           'openxmlformats-officedocument.custom-properties+xml"/>']
    parts.append(("[Content_Types].xml", DECL + '<Types xmlns="http://schemas.openxmlformats.org/'
                  'package/2006/content-types">%s</Types>' % "".join(ct)))
    parts.append(("_rels/.rels", DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/'
                  'package/2006/relationships"><Relationship Id="rId4" Type="http://schemas.'
                  'openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
                  'Target="docProps/custom.xml"/><Relationship Id="rId3" Type="http://schemas.'
                  'openxmlformats.org/officeDocument/2006/relationships/extended-properties" '
                  'Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.'
                  'openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                  'Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.'
                  'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                  'Target="ppt/presentation.xml"/></Relationships>'))
    heading = ('<vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used</vt:lpstr>'
               '</vt:variant><vt:variant><vt:i4>%d</vt:i4></vt:variant><vt:variant><vt:lpstr>'
               'Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant>'
               '<vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant><vt:i4>%d</vt:i4>'
               '</vt:variant></vt:vector>' % (len(fonts), ns))
    tparts = fonts + ["Office Theme"] + titles
    parts.append(("docProps/app.xml", DECL + '<Properties xmlns="http://schemas.openxmlformats.'
                  'org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.'
                  'openxmlformats.org/officeDocument/2006/docPropsVTypes"><TotalTime>0</TotalTime>'
                  '<Words>%d</Words><Application>WPS Presentation</Application><PresentationFormat>'
                  'Widescreen</PresentationFormat><Paragraphs>%d</Paragraphs><Slides>%d</Slides>'
                  '<Notes>%d</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>'
                  'false</ScaleCrop><HeadingPairs>%s</HeadingPairs><TitlesOfParts><vt:vector '
                  'size="%d" baseType="lpstr">%s</vt:vector></TitlesOfParts><LinksUpToDate>false'
                  '</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false'
                  '</HyperlinksChanged><AppVersion>14.0000</AppVersion></Properties>'
                  % (words, nparas, ns, ns, heading, len(tparts),
                     "".join("<vt:lpstr>%s</vt:lpstr>" % escape(t) for t in tparts))))
    parts.append(("docProps/core.xml", DECL + '<cp:coreProperties xmlns:cp="http://schemas.'
                  'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://'
                  'purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/'
                  'XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>Rohit Sharma</dc:creator>'
                  '<cp:lastModifiedBy>WPS_1693217845</cp:lastModifiedBy><cp:revision>27'
                  '</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-07-02T09:41:00Z'
                  '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">'
                  '2025-08-18T16:44:36Z</dcterms:modified></cp:coreProperties>'
                  % escape(slides[0]["title"])))
    parts.append(("docProps/custom.xml", DECL + '<Properties xmlns="http://schemas.'
                  'openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://'
                  'schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property '
                  'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ICV"><vt:lpwstr>'
                  '8E3C1F0A6D2B4B7FA95C3D10E4B27F66_13</vt:lpwstr></property><property '
                  'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" '
                  'name="KSOProductBuildVer"><vt:lpwstr>1033-12.2.0.21931</vt:lpwstr></property>'
                  '</Properties>'))
    # presentation relationships: master, slides, notes master, tags, props, theme
    prels = [("slideMaster", "slideMasters/slideMaster1.xml")]
    prels += [("slide", "slides/slide%d.xml" % i) for i in range(1, ns + 1)]
    prels += [("notesMaster", "notesMasters/notesMaster1.xml"), ("tags", "tags/tag1.xml"),
              ("presProps", "presProps.xml"), ("viewProps", "viewProps.xml"),
              ("theme", "theme/theme1.xml"), ("tableStyles", "tableStyles.xml")]
    sids = "".join('<p:sldId id="%d" r:id="rId%d"/>' % (255 + i, i + 1) for i in range(1, ns + 1))
    dts = lvl_styles([1800] * 9, bullet=False).replace(' marL="0"', ' marL="0"')
    parts.append(("ppt/presentation.xml", DECL + '<p:presentation %s saveSubsetFonts="1">'
                  '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/>'
                  '</p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId%d"/>'
                  '</p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="12192000" '
                  'cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/><p:custDataLst><p:tags '
                  'r:id="rId%d"/></p:custDataLst><p:defaultTextStyle><a:defPPr><a:defRPr '
                  'lang="en-US"/></a:defPPr>%s</p:defaultTextStyle></p:presentation>'
                  % (PNS, ns + 2, sids, ns + 3, dts)))
    parts.append(("ppt/_rels/presentation.xml.rels", rels_xml(prels)))
    parts.append(("ppt/presProps.xml", DECL + '<p:presentationPr %s><p:extLst><p:ext '
                  'uri="{E76CE94A-603C-4142-B9EB-6D1370010A27}"><p14:discardImageEditData '
                  'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="0"/>'
                  '</p:ext><p:ext uri="{D31A062A-798A-4329-ABDD-BBA856620510}"><p14:defaultImageDpi '
                  'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="220"/>'
                  '</p:ext></p:extLst></p:presentationPr>' % PNS))
    parts.append(("ppt/viewProps.xml", DECL + '<p:viewPr %s lastView="sldView"><p:normalViewPr '
                  'horzBarState="maximized"><p:restoredLeft sz="15987" autoAdjust="0"/>'
                  '<p:restoredTop sz="87440" autoAdjust="0"/></p:normalViewPr><p:slideViewPr>'
                  '<p:cSldViewPr snapToGrid="0"><p:cViewPr varScale="1"><p:scale><a:sx n="74" '
                  'd="100"/><a:sy n="74" d="100"/></p:scale><p:origin x="576" y="72"/></p:cViewPr>'
                  '<p:guideLst/></p:cSldViewPr></p:slideViewPr><p:notesTextViewPr><p:cViewPr>'
                  '<p:scale><a:sx n="1" d="1"/><a:sy n="1" d="1"/></p:scale><p:origin x="0" y="0"/>'
                  '</p:cViewPr></p:notesTextViewPr><p:gridSpacing cx="76200" cy="76200"/>'
                  '</p:viewPr>' % PNS))
    parts.append(("ppt/tableStyles.xml", DECL + '<a:tblStyleLst xmlns:a="%s" '
                  'def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>' % NSA))
    parts.append(("ppt/theme/theme1.xml", theme_xml("Office Theme")))
    parts.append(("ppt/theme/theme2.xml", theme_xml("Office Theme")))
    parts.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    parts.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels_xml(
        [("slideLayout", "../slideLayouts/slideLayout%d.xml" % i) for i in range(1, 4)]
        + [("theme", "../theme/theme1.xml")])))
    for i, (name, typ, phs) in enumerate(LAYOUTS, 1):
        parts.append(("ppt/slideLayouts/slideLayout%d.xml" % i, layout_xml(name, typ, phs)))
        parts.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % i,
                      rels_xml([("slideMaster", "../slideMasters/slideMaster1.xml")])))
    parts.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    parts.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels",
                  rels_xml([("theme", "../theme/theme2.xml")])))
    for i in range(ns):
        parts.append(("ppt/slides/slide%d.xml" % (i + 1), slide_parts[i]))
        parts.append(("ppt/slides/_rels/slide%d.xml.rels" % (i + 1), rels_xml(slide_rels[i])))
    for i in range(ns):
        parts.append(("ppt/notesSlides/notesSlide%d.xml" % (i + 1), notes_parts[i]))
        parts.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % (i + 1), rels_xml(
            [("notesMaster", "../notesMasters/notesMaster1.xml"),
             ("slide", "../slides/slide%d.xml" % (i + 1))])))
    for i, t in enumerate(tags.parts, 1):
        parts.append(("ppt/tags/tag%d.xml" % i, t))

    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else OUT)
