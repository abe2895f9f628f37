#!/usr/bin/python3
"""Make docs/buddha-image-lecture-deck.pptx from tools/buddha-image-lecture-deck.txt.

The deck is written the way Apple Keynote's File > Export To > PowerPoint writes a 1920 x 1080
"Basic White" presentation: slide size 24384000 x 13716000 EMU, Helvetica Neue throughout,
one slide master whose placeholders hold Keynote's sample text ("Title Text", "Body Level
One" ... "Body Level Nine", "Slide Number" with a slidenum field), every layout of the theme
exported whether used or not ("Title & Subtitle", "Title & Photo", "Title & Bullets",
"Bullets", "Title Only", "Section", "Statement", "Blank"), shapes named after their own
text (cut short with "…"), 50800 EMU text insets, "•" bullet characters with explicit
indents, a table as a graphicFrame with per-cell borders and fills, and speaker notes in
notes slides built on a notes master. docProps holds core.xml only (no app.xml).

Source markup: "@deck" header lines, then "@slide <layout>" blocks with "title:",
"subtitle:", "- " bullets ("  - " second level), "table:" followed by "| a | b |" rows
(first row is the header) and "notes:" followed by one paragraph per line.

Run: /usr/bin/python3 tools/make_pptx.py [OUT]   (byte-for-byte stable output)
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "buddha-image-lecture-deck.txt")
OUT = os.path.join(HERE, "..", "docs", "buddha-image-lecture-deck.pptx")
STAMP = (2025, 8, 16, 22, 52, 30)
CX, CY = 24384000, 13716000
FONT = "Helvetica Neue"
LAYOUTS = ["Title & Subtitle", "Title & Photo", "Title & Bullets", "Bullets", "Title Only",
           "Section", "Statement", "Blank"]

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
ROOT_NS = 'xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"' % (NS_A, NS_R, NS_P)


def parse():
    with open(SRC, encoding="utf-8") as f:
        chunks = f.read().split("\n@slide ")
    head = chunks[0].split("\n")[1:]
    meta = dict(l.split(": ", 1) for l in head if l.strip())
    slides = []
    for ch in chunks[1:]:
        lines = ch.rstrip("\n").split("\n")
        s = {"layout": lines[0], "title": "", "subtitle": "", "bullets": [], "table": [],
             "notes": []}
        mode = None
        for l in lines[1:]:
            if l.startswith("title: "):
                s["title"] = l[7:]
            elif l.startswith("subtitle: "):
                s["subtitle"] = l[10:]
            elif l == "table:":
                mode = "table"
            elif l == "notes:":
                mode = "notes"
            elif mode == "notes":
                s["notes"].append(l)
            elif mode == "table" and l.startswith("|"):
                s["table"].append([c.strip() for c in l.strip().strip("|").split("|")])
            elif l.startswith("  - "):
                s["bullets"].append((1, l[4:]))
            elif l.startswith("- "):
                s["bullets"].append((0, l[2:]))
        slides.append(s)
    return meta, slides


def shape_name(text):
    text = text.replace("\n", " ")
    return escape(text if len(text) <= 30 else text[:30].rstrip() + "\u2026", {'"': "&quot;"})


def rpr(sz, bold=False, color="000000"):
    return ('<a:rPr lang="en-US" sz="%d"%s><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
            '<a:latin typeface="%s"/><a:ea typeface="%s"/><a:cs typeface="%s"/>'
            '<a:sym typeface="%s"/></a:rPr>' % (sz, ' b="1"' if bold else "", color,
                                                FONT, FONT, FONT, FONT))


def run(text, sz, bold=False, color="000000"):
    text = text.replace("'", "\u2019")  # Keynote's smart quotes
    return "<a:r>%s<a:t>%s</a:t></a:r>" % (rpr(sz, bold, color), escape(text))


def sp(sid, name, ph, x, y, w, h, paras, anchor="t"):
    phx = ""
    if ph:
        phx = '<p:nvPr><p:ph type="%s"%s/></p:nvPr>' % ph if isinstance(ph, tuple) else \
            '<p:nvPr><p:ph type="%s"/></p:nvPr>' % ph
    else:
        phx = "<p:nvPr/>"
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr txBox="%d"/>%s</p:nvSpPr>'
            '<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            '<p:txBody><a:bodyPr lIns="50800" tIns="50800" rIns="50800" bIns="50800" anchor="%s">'
            '<a:normAutofit/></a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>'
            % (sid, name, 0 if ph else 1, phx, x, y, w, h, anchor, "".join(paras)))


def para(text, sz, bold=False, algn=None, bullet=None, color="000000"):
    ppr = ""
    if bullet is not None:
        mar = 609600 + 406400 * bullet
        ppr = ('<a:pPr marL="%d" indent="-406400"%s><a:buSzPct val="145000"/>'
               '<a:buChar char="\u2022"/></a:pPr>' % (mar, ' lvl="%d"' % bullet if bullet else ""))
    elif algn:
        ppr = '<a:pPr algn="%s"/>' % algn
    return "<a:p>%s%s</a:p>" % (ppr, run(text, sz, bold, color))


def slidenum_shape(sid):
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="Slide Number"/><p:cNvSpPr txBox="1"/>'
            '<p:nvPr><p:ph type="sldNum" sz="quarter" idx="2"/></p:nvPr></p:nvSpPr>'
            '<p:spPr><a:xfrm><a:off x="11924982" y="12954000"/><a:ext cx="534036" cy="469900"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{86CB4B4D-7CA3-9044-876B-883B54F8677D}"'
            ' type="slidenum"/></a:p></p:txBody></p:sp>' % sid)


def slidenum_shape_n(sid, n):
    return slidenum_shape(sid).replace(' type="slidenum"/>',
                                       ' type="slidenum">%s<a:t>%d</a:t></a:fld>' % (rpr(2400), n))


def table_frame(sid, rows):
    ncol = len(rows[0])
    widths = [4200000, 7600000, 9600000][:ncol]
    out = ['<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="%d" name="Table"/>'
           '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
           '</p:nvGraphicFramePr><p:xfrm><a:off x="1492250" y="3175000"/><a:ext cx="%d" cy="%d"/>'
           '</p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
           '<a:tbl><a:tblPr/><a:tblGrid>' % (sid, sum(widths), 1270000 * len(rows))]
    out += ['<a:gridCol w="%d"/>' % w for w in widths]
    out.append("</a:tblGrid>")
    line = ('<a:ln%s w="12700"><a:solidFill><a:srgbClr val="A6AAA9"/></a:solidFill>'
            '<a:miter lim="400000"/></a:ln%s>')
    for r, row in enumerate(rows):
        out.append('<a:tr h="1270000">')
        for c in row:
            fill = "D6D6D6" if r == 0 else "FFFFFF"
            out.append('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr marL="101600" '
                       'marR="101600" marT="101600" marB="101600" anchor="ctr">%s%s%s%s'
                       '<a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:tcPr></a:tc>'
                       % (para(c, 2600, bold=(r == 0)), line % ("L", "L"), line % ("R", "R"),
                          line % ("T", "T"), line % ("B", "B"), fill))
        out.append("</a:tr>")
    out.append("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")
    return "".join(out)


def sptree(shapes):
    return ('<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>'
            '</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>%s</p:spTree></p:cSld>'
            % "".join(shapes))


def slide_xml(n, s):
    sid = 119 + 3 * n
    shapes = []
    if s["layout"] == "Title & Subtitle":
        shapes.append(sp(sid, shape_name(s["title"]), "ctrTitle", 1270000, 3200400, 21844000,
                         4533900, [para(s["title"], 8000, True, "ctr")], "b"))
        shapes.append(sp(sid + 1, shape_name(s["subtitle"]), ("subTitle", ' sz="quarter" idx="1"'),
                         1270000, 7861300, 21844000, 1397000,
                         [para(s["subtitle"], 3200, False, "ctr", color="5E5E5E")]))
    else:
        shapes.append(sp(sid, shape_name(s["title"]), "title", 1270000, 762000, 21844000, 2032000,
                         [para(s["title"], 6400, True)], "ctr"))
        if s["bullets"]:
            first = s["bullets"][0][1]
            shapes.append(sp(sid + 1, shape_name(first), ("body", ' idx="1"'), 1270000, 3175000,
                             21844000, 9271000,
                             [para(t, 3600 if lvl == 0 else 3000, bullet=lvl) for lvl, t in s["bullets"]]))
        if s["table"]:
            shapes.append(table_frame(sid + 1, s["table"]))
    shapes.append(slidenum_shape_n(sid + 2, n))
    return (DECL + '<p:sld %s>%s<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
            % (ROOT_NS, sptree(shapes)))


def notes_xml(n, s):
    body = "".join(para(t, 2200) for t in s["notes"])
    shapes = [
        '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Shape %d"/><p:cNvSpPr><a:spLocks noGrp="1" '
        'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr>'
        '</p:nvSpPr><p:spPr><a:xfrm><a:off x="1143000" y="685800"/><a:ext cx="4572000" cy="3429000"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:sp>' % (200 + n),
        '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Shape %d"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
        '</p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="1"/></p:nvPr></p:nvSpPr>'
        '<p:spPr><a:xfrm><a:off x="914400" y="4343400"/><a:ext cx="5029200" cy="4114800"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>'
        '%s</p:txBody></p:sp>' % (300 + n, body)]
    return (DECL + '<p:notes %s>%s<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
            % (ROOT_NS, sptree(shapes)))


def lvl_styles(base, step, sizes):
    out = []
    for i in range(9):
        out.append('<a:lvl%dpPr marL="%d" marR="0" indent="-406400" algn="l" defTabSz="2438400" '
                   'rtl="0" latinLnBrk="0"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
                   '<a:spcBef><a:spcPts val="4200"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>'
                   '<a:buClrTx/><a:buSzPct val="145000"/><a:buFontTx/><a:buChar char="\u2022"/>'
                   '<a:tabLst/><a:defRPr sz="%d" b="0" i="0" u="none" strike="noStrike" cap="none" '
                   'spc="0" baseline="0"><a:ln><a:noFill/></a:ln><a:solidFill><a:srgbClr val="000000"/>'
                   '</a:solidFill><a:uFillTx/><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/>'
                   '<a:cs typeface="+mn-cs"/><a:sym typeface="%s"/></a:defRPr></a:lvl%dpPr>'
                   % (i + 1, base + step * i, sizes[min(i, len(sizes) - 1)], FONT, i + 1))
    return "".join(out)


def master_xml():
    body_paras = "".join(para("Body Level %s" % w, 3600, bullet=i) for i, w in enumerate(
        ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]))
    shapes = [
        sp(2, "Title Text", "title", 1270000, 762000, 21844000, 2032000,
           [para("Title Text", 6400, True)], "ctr"),
        sp(3, "Body Level One\u2026", ("body", ' idx="1"'), 1270000, 3175000, 21844000, 9271000,
           [body_paras]),
        slidenum_shape(4)]
    ids = "".join('<p:sldLayoutId id="%d" r:id="rId%d"/>' % (2147483649 + i, i + 1)
                  for i in range(len(LAYOUTS)))
    tx = ('<p:txStyles><p:titleStyle>%s</p:titleStyle><p:bodyStyle>%s</p:bodyStyle>'
          '<p:otherStyle>%s</p:otherStyle></p:txStyles>'
          % (lvl_styles(0, 0, [6400]), lvl_styles(609600, 406400, [3600, 3000]),
             lvl_styles(0, 0, [2400])))
    return (DECL + '<p:sldMaster %s>%s<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" '
            'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" '
            'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            '<p:sldLayoutIdLst>%s</p:sldLayoutIdLst>%s</p:sldMaster>'
            % (ROOT_NS, sptree(shapes).replace("<p:cSld>", '<p:cSld><p:bg><p:bgPr><a:solidFill>'
                                               '<a:srgbClr val="FFFFFF"/></a:solidFill>'
                                               '<a:effectLst/></p:bgPr></p:bg>'), ids, tx))


def layout_xml(name):
    shapes = []
    if name in ("Title & Subtitle", "Section", "Title & Photo"):
        shapes.append(sp(2, "Title Text", "ctrTitle" if name == "Title & Subtitle" else "title",
                         1270000, 3200400, 21844000, 4533900, [para("Title Text", 8000, True, "ctr")], "b"))
        if name != "Section":
            shapes.append(sp(3, "Body Level One\u2026", ("body", ' sz="quarter" idx="1"'),
                             1270000, 7861300, 21844000, 1397000,
                             [para("Body Level One", 3200, False, "ctr")]))
    elif name in ("Title & Bullets", "Title Only"):
        shapes.append(sp(2, "Title Text", "title", 1270000, 762000, 21844000, 2032000,
                         [para("Title Text", 6400, True)], "ctr"))
        if name == "Title & Bullets":
            shapes.append(sp(3, "Body Level One\u2026", ("body", ' idx="1"'), 1270000, 3175000,
                             21844000, 9271000, [para("Body Level One", 3600, bullet=0)]))
    elif name in ("Bullets", "Statement"):
        shapes.append(sp(2, "Body Level One\u2026", ("body", ' idx="1"'), 1270000, 1270000,
                         21844000, 11176000, [para("Body Level One", 3600, bullet=0)]))
    shapes.append(slidenum_shape(20))
    kind = {"Title & Subtitle": "title", "Section": "secHead", "Title Only": "titleOnly",
            "Blank": "blank", "Title & Bullets": "obj"}.get(name, "cust")
    return (DECL + '<p:sldLayout %s type="%s" preserve="1" userDrawn="1">%s'
            '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
            % (ROOT_NS, kind, sptree(shapes).replace("<p:cSld>", '<p:cSld name="%s">' % escape(name))))


def notes_master_xml():
    shapes = [
        '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Shape 1"/><p:cNvSpPr><a:spLocks noGrp="1" '
        'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr>'
        '</p:nvSpPr><p:spPr><a:xfrm><a:off x="1143000" y="685800"/><a:ext cx="4572000" '
        'cy="3429000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:sp>',
        sp(3, "Shape 2", ("body", ' sz="quarter" idx="1"'), 914400, 4343400, 5029200, 4114800, [])]
    return (DECL + '<p:notesMaster %s>%s<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" '
            'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" '
            'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            '<p:notesStyle>%s</p:notesStyle></p:notesMaster>'
            % (ROOT_NS, sptree(shapes), lvl_styles(0, 228600, [1200])))


def theme_xml(name):
    colors = [("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "5E5E5E"), ("lt2", "D5D5D5"),
              ("accent1", "0076BA"), ("accent2", "1DB100"), ("accent3", "F8BA00"),
              ("accent4", "ED220D"), ("accent5", "6C0D8F"), ("accent6", "FF9300"),
              ("hlink", "0000FF"), ("folHlink", "FF00FF")]
    clr = "".join('<a:%s><a:srgbClr val="%s"/></a:%s>' % (k, v, k) for k, v in colors)
    return (DECL + '<a:theme xmlns:a="%s" name="%s"><a:themeElements><a:clrScheme name="%s">%s'
            '</a:clrScheme><a:fontScheme name="%s"><a:majorFont><a:latin typeface="%s"/>'
            '<a:ea typeface="%s"/><a:cs typeface="%s"/></a:majorFont><a:minorFont>'
            '<a:latin typeface="%s"/><a:ea typeface="%s"/><a:cs typeface="%s"/></a:minorFont>'
            '</a:fontScheme><a:fmtScheme name="%s"><a:fillStyleLst><a:solidFill><a:schemeClr '
            'val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
            '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst>'
            '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
            '<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
            '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
            '</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>'
            '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
            '</a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:srgbClr '
            'val="FFFFFF"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
            '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>'
            '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
            % (NS_A, name, name, clr, name, FONT, FONT, FONT, FONT, FONT, FONT, name))


def rels(items):
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (i, RT if not t.startswith("http") else "", t, tg)
                      for i, t, tg in items) + "</Relationships>")


def build(out_path):
    meta, slides = parse()
    n = len(slides)
    parts = []
    ct = ['<Default Extension="xml" ContentType="application/xml"/>',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>',
          '<Override PartName="/ppt/presProps.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presProps+xml"/>',
          '<Override PartName="/ppt/viewProps.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml"/>',
          '<Override PartName="/ppt/tableStyles.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml"/>',
          '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
          '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>',
          '<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"/>']
    ct += ['<Override PartName="/ppt/slideLayouts/slideLayout%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>' % (i + 1) for i in range(len(LAYOUTS))]
    for i in range(1, n + 1):
        ct.append('<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' % i)
        ct.append('<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>' % i)
    ct.append('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>')
    parts.append(("[Content_Types].xml", DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' + "".join(ct) + "</Types>"))
    parts.append(("_rels/.rels", rels([("rId1", "officeDocument", "ppt/presentation.xml"),
                                       ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")])))
    parts.append(("docProps/core.xml", DECL +
                  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                  "<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>"
                  '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
                  '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
                  % (escape(meta["title"]), escape(meta["author"]), escape(meta["author"]),
                     meta["created"], meta["modified"])))
    sld_ids = "".join('<p:sldId id="%d" r:id="rId%d"/>' % (256 + i, i + 2) for i in range(n))
    parts.append(("ppt/presentation.xml", DECL +
                  '<p:presentation %s autoCompressPictures="0" strictFirstAndLastChars="0" saveSubsetFonts="1">'
                  '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
                  '<p:notesMasterIdLst><p:notesMasterId r:id="rId%d"/></p:notesMasterIdLst>'
                  "<p:sldIdLst>%s</p:sldIdLst>"
                  '<p:sldSz cx="%d" cy="%d"/><p:notesSz cx="6858000" cy="9144000"/>'
                  "<p:defaultTextStyle>%s</p:defaultTextStyle></p:presentation>"
                  % (ROOT_NS, n + 2, sld_ids, CX, CY, lvl_styles(0, 0, [2400]))))
    prels = [("rId1", "slideMaster", "slideMasters/slideMaster1.xml")]
    prels += [("rId%d" % (i + 2), "slide", "slides/slide%d.xml" % (i + 1)) for i in range(n)]
    prels += [("rId%d" % (n + 2), "notesMaster", "notesMasters/notesMaster1.xml"),
              ("rId%d" % (n + 3), "theme", "theme/theme1.xml"),
              ("rId%d" % (n + 4), "presProps", "presProps.xml"),
              ("rId%d" % (n + 5), "viewProps", "viewProps.xml"),
              ("rId%d" % (n + 6), "tableStyles", "tableStyles.xml")]
    parts.append(("ppt/_rels/presentation.xml.rels", rels(prels)))
    parts.append(("ppt/presProps.xml", DECL + '<p:presentationPr %s><p:showPr loop="0" showNarration="1">'
                  '<p:present/><p:sldAll/><p:penClr><a:prstClr val="red"/></p:penClr></p:showPr>'
                  "</p:presentationPr>" % ROOT_NS))
    parts.append(("ppt/viewProps.xml", DECL + '<p:viewPr %s><p:normalViewPr><p:restoredLeft sz="15620"/>'
                  '<p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/>'
                  "</p:viewPr>" % ROOT_NS))
    parts.append(("ppt/tableStyles.xml", DECL + '<a:tblStyleLst xmlns:a="%s" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>' % NS_A))
    parts.append(("ppt/theme/theme1.xml", theme_xml("Basic White")))
    parts.append(("ppt/theme/theme2.xml", theme_xml("Office Theme")))
    parts.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    parts.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                  rels([("rId%d" % (i + 1), "slideLayout", "../slideLayouts/slideLayout%d.xml" % (i + 1))
                        for i in range(len(LAYOUTS))] +
                       [("rId%d" % (len(LAYOUTS) + 1), "theme", "../theme/theme1.xml")])))
    for i, name in enumerate(LAYOUTS, 1):
        parts.append(("ppt/slideLayouts/slideLayout%d.xml" % i, layout_xml(name)))
        parts.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % i,
                      rels([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")])))
    parts.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    parts.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels",
                  rels([("rId1", "theme", "../theme/theme2.xml")])))
    for i, s in enumerate(slides, 1):
        parts.append(("ppt/slides/slide%d.xml" % i, slide_xml(i, s)))
        parts.append(("ppt/slides/_rels/slide%d.xml.rels" % i,
                      rels([("rId1", "slideLayout", "../slideLayouts/slideLayout%d.xml"
                             % (LAYOUTS.index(s["layout"]) + 1)),
                            ("rId2", "notesSlide", "../notesSlides/notesSlide%d.xml" % i)])))
        parts.append(("ppt/notesSlides/notesSlide%d.xml" % i, notes_xml(i, s)))
        parts.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % i,
                      rels([("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"),
                            ("rId2", "slide", "../slides/slide%d.xml" % i)])))
    with zipfile.ZipFile(out_path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"), compresslevel=6)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
