#!/usr/bin/python3
"""Re-make docs/railways-modernisation-lecture.pptx from tools/railways-modernisation-lecture.txt.

Run from anywhere: /usr/bin/python3 tools/make_pptx.py
Standard library only. The package is laid out the way PowerPoint (Microsoft 365, 16.0) saves a
widescreen deck: [Content_Types].xml, package and part relationships, one slide master with three
layouts (Title Slide, Title and Content, Title Only), a notes master, notes slides for the slides
that have speaker notes, two themes, presProps/viewProps/tableStyles and docProps. Every zip entry
has the fixed timestamp 1980-01-01 00:00:00 (as Office writes it) and a fixed order, so the output
is byte-for-byte reproducible.

Source format: "@slide title|content|table|end" starts a slide, "# " its title, "- " a first-level
bullet, "  - " a second-level bullet, "| a | b | c |" a table row (first row is the header), other
lines on a title/end slide are subtitle paragraphs; "@notes" starts speaker notes (one paragraph a
line) for the current slide.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "railways-modernisation-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "railways-modernisation-lecture.pptx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = 'xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"' % (NS_A, NS_R, NS_P)
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.presentationml."
LANG = "en-IN"
SLIDE_W, SLIDE_H = 12192000, 6858000

GRP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
       '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
       '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def parse(path):
    slides, cur, mode = [], None, "slide"
    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            line = raw.rstrip()
            if line.startswith("@slide "):
                cur = {"kind": line[7:].strip(), "title": "", "paras": [], "rows": [], "notes": []}
                slides.append(cur)
                mode = "slide"
            elif line == "@notes":
                mode = "notes"
            elif not line.strip():
                continue
            elif mode == "notes":
                cur["notes"].append(line.strip())
            elif line.startswith("# "):
                cur["title"] = line[2:].strip()
            elif line.startswith("  - "):
                cur["paras"].append((1, line[4:].strip()))
            elif line.startswith("- "):
                cur["paras"].append((0, line[2:].strip()))
            elif line.startswith("|"):
                cur["rows"].append([c.strip() for c in line.strip().strip("|").split("|")])
            else:
                cur["paras"].append((0, line.strip()))
    return slides


def run(text, extra=""):
    return ('<a:r><a:rPr lang="%s"%s dirty="0"/><a:t>%s</a:t></a:r>'
            % (LANG, extra, escape(text)))


def para(text, lvl=0, extra=""):
    ppr = '<a:pPr lvl="%d"/>' % lvl if lvl else ""
    return "<a:p>%s%s</a:p>" % (ppr, run(text, extra))


def ph_sp(sid, name, ph, paras_xml, end_rpr=True):
    body = paras_xml
    if end_rpr:
        # PowerPoint closes the last paragraph of a placeholder with endParaRPr
        body = body[:-len("</a:p>")] + '<a:endParaRPr lang="%s" dirty="0"/></a:p>' % LANG
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            '</p:cNvSpPr><p:nvPr>%s</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>'
            '%s</p:txBody></p:sp>' % (sid, name, ph, body))


def slide_xml(s):
    kind = s["kind"]
    shapes = []
    if kind in ("title", "end"):
        shapes.append(ph_sp(2, "Title 1", '<p:ph type="ctrTitle"/>', para(s["title"])))
        sub = "".join(para(t) for _, t in s["paras"])
        shapes.append(ph_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>', sub))
    elif kind == "content":
        shapes.append(ph_sp(2, "Title 1", '<p:ph type="title"/>', para(s["title"])))
        body = "".join(para(t, lvl) for lvl, t in s["paras"])
        shapes.append(ph_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', body))
    elif kind == "table":
        shapes.append(ph_sp(2, "Title 1", '<p:ph type="title"/>', para(s["title"])))
        shapes.append(table_frame(s["rows"]))
    return ('%s<p:sld %s><p:cSld><p:spTree>%s%s</p:spTree></p:cSld><p:clrMapOvr>'
            '<a:masterClrMapping/></p:clrMapOvr></p:sld>' % (DECL, NSDECL, GRP, "".join(shapes)))


def table_frame(rows):
    widths = [2438400, 3352800, 4724400]
    row_h = 457200
    grid = "".join('<a:gridCol w="%d"/>' % w for w in widths)
    trs = []
    for r in rows:
        tcs = "".join('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>%s</a:p></a:txBody><a:tcPr/></a:tc>'
                      % run(c, ' sz="1600"') for c in r)
        trs.append('<a:tr h="%d">%s</a:tr>' % (row_h, tcs))
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Table 3"/>'
            '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
            '</p:nvGraphicFramePr><p:xfrm><a:off x="838200" y="1690688"/><a:ext cx="%d" cy="%d"/>'
            '</p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
            '<a:tbl><a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>'
            '{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}</a:tableStyleId></a:tblPr><a:tblGrid>%s</a:tblGrid>%s'
            '</a:tbl></a:graphicData></a:graphic></p:graphicFrame>'
            % (sum(widths), row_h * len(rows), grid, "".join(trs)))


def notes_xml(s, num):
    body = "".join(para(t) for t in s["notes"])
    img = ('<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr>'
           '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/>'
           '</p:nvPr></p:nvSpPr><p:spPr/></p:sp>')
    notes = ph_sp(3, "Notes Placeholder 2", '<p:ph type="body" idx="1"/>', body)
    num_sp = ('<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number Placeholder 3"/><p:cNvSpPr>'
              '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="5"/>'
              '</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p>'
              '<a:fld id="{3F1C9D2A-6B1E-4C55-9A7E-2D0B8E4F6A11}" type="slidenum"><a:rPr lang="%s"/>'
              '<a:t>%d</a:t></a:fld><a:endParaRPr lang="%s"/></a:p></p:txBody></p:sp>' % (LANG, num, LANG))
    return ('%s<p:notes %s><p:cSld><p:spTree>%s%s%s%s</p:spTree></p:cSld><p:clrMapOvr>'
            '<a:masterClrMapping/></p:clrMapOvr></p:notes>' % (DECL, NSDECL, GRP, img, notes, num_sp))


def rels(items):
    body = "".join('<Relationship Id="rId%d" Type="%s" Target="%s"/>' % (i, t, tg)
                   for i, (t, tg) in enumerate(items, 1))
    return ('%s<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '%s</Relationships>' % (DECL, body))


def xfrm(x, y, cx, cy):
    return '<a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>' % (x, y, cx, cy)


def placeholder(sid, name, ph, x, y, cx, cy, text, lock='<a:spLocks noGrp="1"/>'):
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr>%s</p:cNvSpPr><p:nvPr>%s</p:nvPr>'
            '</p:nvSpPr><p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody>'
            '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0">'
            '<a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/><a:t>%s</a:t></a:r>'
            '<a:endParaRPr lang="%s"/></a:p></p:txBody></p:sp>'
            % (sid, name, lock, ph, xfrm(x, y, cx, cy), escape(text), LANG))


def lvl_ppr(n, mar, size, bullet=True):
    bu = ('<a:buFont typeface="Arial" panose="020B0604020202020204" pitchFamily="34" charset="0"/>'
          '<a:buChar char="&#8226;"/>' if bullet else "<a:buNone/>")
    return ('<a:lvl%dpPr marL="%d" indent="-228600" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" '
            'latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef>'
            '<a:spcPts val="%d"/></a:spcBef>%s<a:defRPr sz="%d" kern="1200"><a:solidFill>'
            '<a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/>'
            '<a:cs typeface="+mn-cs"/></a:defRPr></a:lvl%dpPr>'
            % (n, mar, 1000 if n == 1 else 500, bu, size, n))


def master_xml():
    title = placeholder(2, "Title Placeholder 1", '<p:ph type="title"/>', 838200, 365125, 10515600,
                        1325563, "Click to edit Master title style")
    body = placeholder(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', 838200, 1825625,
                       10515600, 4351338, "Click to edit Master text styles")
    sld = ('<p:sp><p:nvSpPr><p:cNvPr id="6" name="Slide Number Placeholder 5"/><p:cNvSpPr>'
           '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="4"/></p:nvPr>'
           '</p:nvSpPr><p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody>'
           '<a:bodyPr/><a:lstStyle/><a:p><a:fld id="{8B2E4C71-0D3A-4F9B-B6C2-5E1A7D9F3C20}" '
           'type="slidenum"><a:rPr lang="%s"/><a:t>&lt;#&gt;</a:t></a:fld><a:endParaRPr lang="%s"/>'
           '</a:p></p:txBody></p:sp>' % (xfrm(8610600, 6356350, 2743200, 365125), LANG, LANG))
    title_style = ('<p:titleStyle><a:lvl1pPr algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" '
                   'latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc>'
                   '<a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/><a:defRPr sz="4400" kern="1200">'
                   '<a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mj-lt"/>'
                   '<a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr></p:titleStyle>')
    body_style = ("<p:bodyStyle>" + lvl_ppr(1, 228600, 2800) + lvl_ppr(2, 685800, 2400)
                  + lvl_ppr(3, 1143000, 2000) + "</p:bodyStyle>")
    other = ('<p:otherStyle><a:defPPr><a:defRPr lang="%s"/></a:defPPr><a:lvl1pPr marL="0" algn="l" '
             'defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1800" '
             'kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/>'
             '<a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:otherStyle>' % LANG)
    ids = "".join('<p:sldLayoutId id="%d" r:id="rId%d"/>' % (2147483649 + i, i + 1) for i in range(3))
    return ('%s<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef>'
            '</p:bg><p:spTree>%s%s%s%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" '
            'tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" '
            'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst>'
            '%s</p:sldLayoutIdLst><p:txStyles>%s%s%s</p:txStyles></p:sldMaster>'
            % (DECL, NSDECL, GRP, title, body, sld, ids, title_style, body_style, other))


def layout_xml(kind):
    if kind == "title":
        name, typ = "Title Slide", "title"
        shapes = (placeholder(2, "Title 1", '<p:ph type="ctrTitle"/>', 1524000, 1122363, 9144000,
                              2387600, "Click to edit Master title style")
                  + placeholder(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>', 1524000, 3602038,
                                9144000, 1655762, "Click to edit Master subtitle style"))
    elif kind == "obj":
        name, typ = "Title and Content", "obj"
        shapes = (placeholder(2, "Title 1", '<p:ph type="title"/>', 838200, 365125, 10515600, 1325563,
                              "Click to edit Master title style")
                  + placeholder(3, "Content Placeholder 2", '<p:ph idx="1"/>', 838200, 1825625,
                                10515600, 4351338, "Click to edit Master text styles"))
    else:
        name, typ = "Title Only", "titleOnly"
        shapes = placeholder(2, "Title 1", '<p:ph type="title"/>', 838200, 365125, 10515600, 1325563,
                             "Click to edit Master title style")
    pres = ' preserve="1"' if typ == "titleOnly" else ""
    return ('%s<p:sldLayout %s type="%s"%s><p:cSld name="%s"><p:spTree>%s%s</p:spTree></p:cSld>'
            '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
            % (DECL, NSDECL, typ, pres, name, GRP, shapes))


def notes_master_xml():
    img = ('<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Image Placeholder 3"/><p:cNvSpPr>'
           '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr>'
           '<p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr>%s<a:prstGeom prst="rect">'
           '<a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/>'
           '</a:solidFill></a:ln></p:spPr><p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" '
           'rIns="91440" bIns="45720" rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:endParaRPr '
           'lang="%s"/></a:p></p:txBody></p:sp>' % (xfrm(685800, 1143000, 5486400, 3086100), LANG))
    body = placeholder(5, "Notes Placeholder 4", '<p:ph type="body" sz="quarter" idx="3"/>', 685800,
                       4400550, 5486400, 3600450, "Click to edit Master text styles")
    num = placeholder(7, "Slide Number Placeholder 6", '<p:ph type="sldNum" sz="quarter" idx="5"/>',
                      3884613, 8685213, 2971800, 458787, "<#>")
    style = ('<p:notesStyle><a:lvl1pPr marL="0" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" '
             'latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1200" kern="1200"><a:solidFill>'
             '<a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/>'
             '<a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:notesStyle>')
    return ('%s<p:notesMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef>'
            '</p:bg><p:spTree>%s%s%s%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" '
            'tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" '
            'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>%s</p:notesMaster>'
            % (DECL, NSDECL, GRP, img, body, num, style))


def theme_xml(name):
    clr = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
           ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
           ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
           ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
           ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
           ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
           ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>')]
    scheme = "".join("<a:%s>%s</a:%s>" % (n, v, n) for n, v in clr)
    fonts = ('<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" '
             'panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
             '<a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/>'
             '<a:cs typeface=""/></a:minorFont></a:fontScheme>')
    solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    grad = ('<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod '
            'val="110000"/><a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs '
            'pos="100000"><a:schemeClr val="phClr"><a:lumMod val="103000"/><a:satMod val="109000"/>'
            '<a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/>'
            '</a:gradFill>')
    fills = "<a:fillStyleLst>%s%s%s</a:fillStyleLst>" % (solid, grad, grad)
    lines = "<a:lnStyleLst>%s</a:lnStyleLst>" % "".join(
        '<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/><a:miter lim="800000"/>'
        '</a:ln>' % (w, solid) for w in (6350, 12700, 19050))
    effects = ("<a:effectStyleLst>%s</a:effectStyleLst>"
               % ("<a:effectStyle><a:effectLst/></a:effectStyle>" * 3))
    bg = "<a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst>" % (solid, solid, grad)
    return ('%s<a:theme xmlns:a="%s" name="%s"><a:themeElements><a:clrScheme name="Office">%s'
            '</a:clrScheme>%s<a:fmtScheme name="Office">%s%s%s%s</a:fmtScheme></a:themeElements>'
            '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
            % (DECL, NS_A, name, scheme, fonts, fills, lines, effects, bg))


def build():
    slides = parse(SRC)
    n = len(slides)
    noted = [i for i, s in enumerate(slides) if s["notes"]]
    files = []

    over = ['<Override PartName="/ppt/presentation.xml" ContentType="%spresentation.main+xml"/>' % CT,
            '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="%sslideMaster+xml"/>' % CT]
    over += ['<Override PartName="/ppt/slides/slide%d.xml" ContentType="%sslide+xml"/>' % (i + 1, CT)
             for i in range(n)]
    over += ['<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="%snotesMaster+xml"/>' % CT]
    over += ['<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="%snotesSlide+xml"/>'
             % (k + 1, CT) for k in range(len(noted))]
    over += ['<Override PartName="/ppt/presProps.xml" ContentType="%spresProps+xml"/>' % CT,
             '<Override PartName="/ppt/viewProps.xml" ContentType="%sviewProps+xml"/>' % CT,
             '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
             '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
             '<Override PartName="/ppt/tableStyles.xml" ContentType="%stableStyles+xml"/>' % CT]
    over += ['<Override PartName="/ppt/slideLayouts/slideLayout%d.xml" ContentType="%sslideLayout+xml"/>'
             % (i, CT) for i in (1, 2, 3)]
    over += ['<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
             '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    files.append(("[Content_Types].xml",
                  '%s<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>%s</Types>' % (DECL, "".join(over))))
    files.append(("_rels/.rels", rels([
        (RT + "officeDocument", "ppt/presentation.xml"),
        ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"),
        (RT + "extended-properties", "docProps/app.xml")])))

    # presentation.xml and its relationships
    pr = [(RT + "slideMaster", "slideMasters/slideMaster1.xml")]
    pr += [(RT + "slide", "slides/slide%d.xml" % (i + 1)) for i in range(n)]
    pr += [(RT + "notesMaster", "notesMasters/notesMaster1.xml"), (RT + "presProps", "presProps.xml"),
           (RT + "viewProps", "viewProps.xml"), (RT + "theme", "theme/theme1.xml"),
           (RT + "tableStyles", "tableStyles.xml")]
    files.append(("ppt/_rels/presentation.xml.rels", rels(pr)))
    sld_ids = "".join('<p:sldId id="%d" r:id="rId%d"/>' % (256 + i, i + 2) for i in range(n))
    files.append(("ppt/presentation.xml",
                  '%s<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId '
                  'id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId '
                  'r:id="rId%d"/></p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="%d" cy="%d"/>'
                  '<p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle><a:defPPr><a:defRPr lang="%s"/>'
                  '</a:defPPr></p:defaultTextStyle></p:presentation>'
                  % (DECL, NSDECL, n + 2, sld_ids, SLIDE_W, SLIDE_H, LANG)))

    # slides, in order, each followed by its relationships
    layout_of = {"title": 1, "end": 1, "content": 2, "table": 3}
    for i, s in enumerate(slides):
        items = [(RT + "slideLayout", "../slideLayouts/slideLayout%d.xml" % layout_of[s["kind"]])]
        if s["notes"]:
            items.append((RT + "notesSlide", "../notesSlides/notesSlide%d.xml" % (noted.index(i) + 1)))
        files.append(("ppt/slides/_rels/slide%d.xml.rels" % (i + 1), rels(items)))
        files.append(("ppt/slides/slide%d.xml" % (i + 1), slide_xml(s)))

    for k, i in enumerate(noted):
        files.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % (k + 1), rels([
            (RT + "notesMaster", "../notesMasters/notesMaster1.xml"),
            (RT + "slide", "../slides/slide%d.xml" % (i + 1))])))
        files.append(("ppt/notesSlides/notesSlide%d.xml" % (k + 1), notes_xml(slides[i], i + 1)))

    files.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels(
        [(RT + "slideLayout", "../slideLayouts/slideLayout%d.xml" % i) for i in (1, 2, 3)]
        + [(RT + "theme", "../theme/theme1.xml")])))
    files.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    for i, kind in ((1, "title"), (2, "obj"), (3, "titleOnly")):
        files.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % i,
                      rels([(RT + "slideMaster", "../slideMasters/slideMaster1.xml")])))
        files.append(("ppt/slideLayouts/slideLayout%d.xml" % i, layout_xml(kind)))
    files.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels",
                  rels([(RT + "theme", "../theme/theme2.xml")])))
    files.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    files.append(("ppt/theme/theme1.xml", theme_xml("Office Theme")))
    files.append(("ppt/theme/theme2.xml", theme_xml("Office Theme")))
    files.append(("ppt/presProps.xml", '%s<p:presentationPr %s/>' % (DECL, NSDECL)))
    files.append(("ppt/viewProps.xml",
                  '%s<p:viewPr %s><p:normalViewPr horzBarState="maximized"><p:restoredLeft sz="15987" '
                  'autoAdjust="0"/><p:restoredTop sz="80412" autoAdjust="0"/></p:normalViewPr>'
                  '<p:slideViewPr><p:cSldViewPr snapToGrid="0"><p:cViewPr varScale="1"><p:scale>'
                  '<a:sx n="92" d="100"/><a:sy n="92" d="100"/></p:scale><p:origin x="600" y="78"/>'
                  '</p:cViewPr><p:guideLst/></p:cSldViewPr></p:slideViewPr><p:notesTextViewPr><p:cViewPr>'
                  '<p:scale><a:sx n="1" d="1"/><a:sy n="1" d="1"/></p:scale><p:origin x="0" y="0"/>'
                  '</p:cViewPr></p:notesTextViewPr><p:gridSpacing cx="72008" cy="72008"/></p:viewPr>'
                  % (DECL, NSDECL)))
    files.append(("ppt/tableStyles.xml",
                  '%s<a:tblStyleLst xmlns:a="%s" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>'
                  % (DECL, NS_A)))
    files.append(("docProps/core.xml",
                  '%s<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
                  'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/'
                  'dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/'
                  'XMLSchema-instance"><dc:title>Modernising Indian Railways</dc:title><dc:creator>Infra '
                  'Faculty</dc:creator><cp:lastModifiedBy>Infra Faculty</cp:lastModifiedBy><cp:revision>37'
                  '</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-08-28T04:12:09Z'
                  '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-09-12T17:41:55Z'
                  '</dcterms:modified></cp:coreProperties>' % DECL))
    words = sum(len(t.split()) for s in slides for t in [s["title"]] + [p for _, p in s["paras"]]
                + [c for r in s["rows"] for c in r])
    n_paras = sum(1 + len(s["paras"]) for s in slides)
    titles = "".join("<vt:lpstr>%s</vt:lpstr>" % escape(s["title"]) for s in slides)
    files.append(("docProps/app.xml",
                  '%s<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
                  'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                  '<TotalTime>214</TotalTime><Words>%d</Words><Application>Microsoft Office PowerPoint'
                  '</Application><PresentationFormat>Widescreen</PresentationFormat><Paragraphs>%d'
                  '</Paragraphs><Slides>%d</Slides><Notes>%d</Notes><HiddenSlides>0</HiddenSlides><MMClips>0'
                  '</MMClips><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="6" baseType="variant">'
                  '<vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4>'
                  '</vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1'
                  '</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant>'
                  '<vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector '
                  'size="%d" baseType="lpstr"><vt:lpstr>Arial</vt:lpstr><vt:lpstr>Calibri</vt:lpstr>'
                  '<vt:lpstr>Calibri Light</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr>%s</vt:vector>'
                  '</TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
                  '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
                  % (DECL, words, n_paras, n, len(noted), n, n + 4, titles)))

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
