#!/usr/bin/python3
"""Re-make docs/planning-commission-and-plans.pptx from tools/planning-commission-and-plans.txt.

Run from anywhere: /usr/bin/python3 tools/make_pptx.py
Standard library only. The package is written the way PowerPoint writes one (PresentationML:
[Content_Types].xml, _rels, docProps, ppt/presentation.xml, a slide master with four layouts,
two themes, a notes master, slides and notesSlides) with fixed zip timestamps and a fixed member
order, so the output is byte-for-byte reproducible.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "planning-commission-and-plans.txt")
OUT = os.path.join(HERE, "..", "docs", "planning-commission-and-plans.pptx")
STAMP = (2025, 7, 14, 18, 42, 6)

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = 'xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"' % (NS_A, NS_R, NS_P)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.presentationml."
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"


def x(s):
    return escape(s, {'"': "&quot;"})


# ---------------------------------------------------------------- source parsing

def parse():
    slides, cur, mode = [], None, "body"
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            line = raw.rstrip()
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("@slide "):
                cur = {"layout": line[7:].strip(), "title": "", "sub": [], "caption": "",
                       "items": [], "rows": [], "notes": []}
                slides.append(cur)
                mode = "body"
            elif line == "@notes":
                mode = "notes"
            elif mode == "notes":
                cur["notes"].append(line.strip())
            elif line.startswith("@title "):
                cur["title"] = line[7:].strip()
            elif line.startswith("@sub "):
                cur["sub"].append(line[5:].strip())
            elif line.startswith("@caption "):
                cur["caption"] = line[9:].strip()
            elif line.startswith("| "):
                cur["rows"].append([c.strip() for c in line.strip().strip("|").split("|")])
            elif line.startswith("-- "):
                cur["items"].append((1, "bul", line[3:].strip()))
            elif line.startswith("- "):
                cur["items"].append((0, "bul", line[2:].strip()))
            elif line[:1].isdigit() and ". " in line[:4]:
                cur["items"].append((0, "num", line.split(". ", 1)[1].strip()))
            else:
                raise SystemExit("cannot parse: %r" % line)
    return slides


# ---------------------------------------------------------------- shape helpers

def run(text, sz=None, b=False):
    attrs = ' lang="en-IN"'
    if sz:
        attrs += ' sz="%d"' % sz
    if b:
        attrs += ' b="1"'
    return '<a:r><a:rPr%s dirty="0"/><a:t>%s</a:t></a:r>' % (attrs, x(text))


def para(text, ppr="", sz=None, b=False):
    return "<a:p>%s%s</a:p>" % (ppr, run(text, sz, b))


def sp(sid, name, ph, paras, xfrm=None, body_pr="<a:bodyPr/>"):
    spr = "<p:spPr/>" if xfrm is None else (
        '<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm></p:spPr>' % xfrm)
    if paras is None:
        tx = ""
    else:
        tx = "<p:txBody>%s<a:lstStyle/>%s</p:txBody>" % (
            body_pr, "".join(paras) or '<a:p><a:endParaRPr lang="en-IN" dirty="0"/></a:p>')
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            '</p:cNvSpPr><p:nvPr>%s</p:nvPr></p:nvSpPr>%s%s</p:sp>' % (sid, name, ph, spr, tx))


GRP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
       '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
       '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def sld(tag, inner, extra_attrs="", tail=""):
    return (DECL + '<p:%s %s%s><p:cSld%s><p:spTree>%s%s</p:spTree></p:cSld>%s</p:%s>'
            % (tag, NSDECL, extra_attrs, "", GRP, inner, tail, tag))


# ---------------------------------------------------------------- slides

def table_frame(rows):
    widths = [1600000, 1250000, 5300000, 2400000]
    grid = "".join('<a:gridCol w="%d"/>' % w for w in widths)
    trs = []
    for i, r in enumerate(rows):
        tcs = "".join(
            '<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr marL="68580" '
            'marR="68580" marT="22860" marB="22860"/></a:tc>' % para(c, sz=1100, b=(i == 0))
            for c in r)
        trs.append('<a:tr h="281940">%s</a:tr>' % tcs)
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Table 3"/>'
            '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr>'
            '</p:nvPr></p:nvGraphicFramePr><p:xfrm><a:off x="838200" y="1325563"/>'
            '<a:ext cx="10550000" cy="%d"/></p:xfrm><a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr '
            'firstRow="1" bandRow="1"><a:tableStyleId>%s</a:tableStyleId></a:tblPr><a:tblGrid>%s'
            '</a:tblGrid>%s</a:tbl></a:graphicData></a:graphic></p:graphicFrame>'
            % (281940 * len(rows), TABLE_STYLE, grid, "".join(trs)))


def slide_xml(s):
    title = para(s["title"]) if s["title"] else None
    if s["layout"] == "title":
        inner = (sp(2, "Title 1", '<p:ph type="ctrTitle"/>', [title]) +
                 sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>',
                    [para(t) for t in s["sub"]]))
    elif s["layout"] == "content":
        ps = []
        for lvl, kind, text in s["items"]:
            if kind == "num":
                ppr = ('<a:pPr marL="514350" indent="-514350"><a:buFont typeface="+mj-lt"/>'
                       '<a:buAutoNum type="arabicPeriod"/></a:pPr>')
            elif lvl:
                ppr = '<a:pPr lvl="1"/>'
            else:
                ppr = ""
            ps.append(para(text, ppr))
        inner = (sp(2, "Title 1", '<p:ph type="title"/>', [title]) +
                 sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', ps,
                    body_pr='<a:bodyPr><a:normAutofit fontScale="85000" lnSpcReduction="10000"/>'
                            '</a:bodyPr>'))
    elif s["layout"] == "table":
        inner = sp(2, "Title 1", '<p:ph type="title"/>', [title]) + table_frame(s["rows"])
    elif s["layout"] == "picture":
        inner = (sp(2, "Picture Placeholder 1", '<p:ph type="pic" idx="1"/>', None) +
                 sp(3, "Text Placeholder 2", '<p:ph type="body" sz="half" idx="2"/>',
                    [para(s["caption"])]))
    else:
        raise SystemExit("unknown layout %r" % s["layout"])
    return sld("sld", inner, tail='<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>')


def notes_xml(s, n):
    inner = (sp(2, "Slide Image Placeholder 1",
                '<p:ph type="sldImg"/>', None).replace("<a:spLocks noGrp=\"1\"/>",
                                                       '<a:spLocks noGrp="1" noRot="1" '
                                                       'noChangeAspect="1"/>') +
             sp(3, "Notes Placeholder 2", '<p:ph type="body" idx="1"/>',
                [para(t) for t in s["notes"]]) +
             sp(4, "Slide Number Placeholder 3", '<p:ph type="sldNum" sz="quarter" idx="5"/>',
                ['<a:p><a:fld id="{B2D39A36-6A6E-4C2A-9E2B-6A1D0B5F7C%02d}" type="slidenum">'
                 '<a:rPr lang="en-IN"/><a:t>%d</a:t></a:fld><a:endParaRPr lang="en-IN"/></a:p>'
                 % (n, n)]))
    return sld("notes", inner, tail='<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>')


# ---------------------------------------------------------------- master, layouts, themes

LAYOUTS = [
    ("title", "Title Slide",
     sp(2, "Title 1", '<p:ph type="ctrTitle"/>',
        ['<a:p><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master title style</a:t></a:r></a:p>'],
        (1524000, 1122363, 9144000, 2387600)) +
     sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>',
        ['<a:p><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master subtitle style</a:t></a:r></a:p>'],
        (1524000, 3602038, 9144000, 1655762))),
    ("obj", "Title and Content",
     sp(2, "Title 1", '<p:ph type="title"/>',
        ['<a:p><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master title style</a:t></a:r></a:p>']) +
     sp(3, "Content Placeholder 2", '<p:ph idx="1"/>',
        ['<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text styles'
         '</a:t></a:r></a:p>',
         '<a:p><a:pPr lvl="1"/><a:r><a:rPr lang="en-US"/><a:t>Second level</a:t></a:r></a:p>'])),
    ("titleOnly", "Title Only",
     sp(2, "Title 1", '<p:ph type="title"/>',
        ['<a:p><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master title style</a:t></a:r></a:p>'])),
    ("picTx", "Picture with Caption",
     sp(2, "Title 1", '<p:ph type="title"/>',
        ['<a:p><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master title style</a:t></a:r></a:p>'],
        (839788, 457200, 3932237, 1600200)) +
     sp(3, "Picture Placeholder 2", '<p:ph type="pic" idx="1"/>',
        ['<a:p><a:endParaRPr lang="en-US"/></a:p>'], (5183188, 987425, 6172200, 4873625)) +
     sp(4, "Text Placeholder 3", '<p:ph type="body" sz="half" idx="2"/>',
        ['<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text styles'
         '</a:t></a:r></a:p>'], (839788, 2057400, 3932237, 3811588))),
]
LAYOUT_OF = {"title": 1, "content": 2, "table": 3, "picture": 4}


def layout_xml(kind, name, inner):
    return (DECL + '<p:sldLayout %s type="%s" preserve="1"><p:cSld name="%s"><p:spTree>%s%s'
            '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
            % (NSDECL, kind, name, GRP, inner))


def lvl(n, marl, char):
    return ('<a:lvl%dpPr marL="%d" indent="-228600" algn="l" defTabSz="914400" rtl="0" '
            'eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/>'
            '</a:lnSpc><a:spcBef><a:spcPts val="%d"/></a:spcBef><a:buFont typeface="Arial" '
            'panose="020B0604020202020204" pitchFamily="34" charset="0"/><a:buChar char="%s"/>'
            '<a:defRPr sz="%d" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>'
            '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
            '</a:defRPr></a:lvl%dpPr>' % (n, marl, 1000 if n == 1 else 500, char,
                                          2800 - 400 * (n - 1) if n < 3 else 2000, n))


def master_xml():
    inner = (sp(2, "Title Placeholder 1", '<p:ph type="title"/>',
                ['<a:p><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master title style</a:t>'
                 '</a:r></a:p>'], (838200, 365125, 10515600, 1325563)) +
             sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>',
                ['<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text '
                 'styles</a:t></a:r></a:p>'], (838200, 1825625, 10515600, 4351338)) +
             sp(4, "Slide Number Placeholder 3", '<p:ph type="sldNum" sz="quarter" idx="4"/>',
                ['<a:p><a:fld id="{8D7E3F21-4C0A-4B51-9C2E-3F0A5D6B7E10}" type="slidenum">'
                 '<a:rPr lang="en-US"/><a:t>&lt;#&gt;</a:t></a:fld><a:endParaRPr lang="en-US"/>'
                 '</a:p>'], (8610600, 6356350, 2743200, 365125)))
    ids = "".join('<p:sldLayoutId id="%d" r:id="rId%d"/>' % (2147483649 + i, i + 1)
                  for i in range(len(LAYOUTS)))
    title_style = ('<p:titleStyle><a:lvl1pPr algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" '
                   'latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc>'
                   '<a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/><a:defRPr sz="4000" '
                   'kern="1200"><a:solidFill><a:schemeClr val="tx2"/></a:solidFill><a:latin '
                   'typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/>'
                   '</a:defRPr></a:lvl1pPr></p:titleStyle>')
    body_style = ("<p:bodyStyle>" + lvl(1, 228600, "\u2022") + lvl(2, 685800, "\u2013") +
                  lvl(3, 1143000, "\u2022") + "</p:bodyStyle>")
    other = ('<p:otherStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr><a:lvl1pPr marL="0" '
             'algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">'
             '<a:defRPr sz="1800" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>'
             '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
             '</a:defRPr></a:lvl1pPr></p:otherStyle>')
    return (DECL + '<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/>'
            '</p:bgRef></p:bg><p:spTree>%s%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" '
            'bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
            'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
            'folHlink="folHlink"/><p:sldLayoutIdLst>%s</p:sldLayoutIdLst><p:txStyles>%s%s%s'
            '</p:txStyles></p:sldMaster>' % (NSDECL, GRP, inner, ids, title_style, body_style,
                                             other))


def notes_master_xml():
    inner = (sp(2, "Slide Image Placeholder 1", '<p:ph type="sldImg" idx="2"/>', None,
                (685800, 1143000, 5486400, 3086100)) +
             sp(3, "Notes Placeholder 2", '<p:ph type="body" sz="quarter" idx="3"/>',
                ['<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text '
                 'styles</a:t></a:r></a:p>'], (685800, 4400550, 5486400, 3600450)) +
             sp(4, "Slide Number Placeholder 3", '<p:ph type="sldNum" sz="quarter" idx="5"/>',
                ['<a:p><a:fld id="{3C1E5A7B-2D4F-4E6A-8B9C-0D1E2F3A4B5C}" type="slidenum">'
                 '<a:rPr lang="en-US"/><a:t>&lt;#&gt;</a:t></a:fld><a:endParaRPr lang="en-US"/>'
                 '</a:p>'], (3884613, 8685213, 2971800, 458787)))
    return (DECL + '<p:notesMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/>'
            '</p:bgRef></p:bg><p:spTree>%s%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" '
            'bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
            'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
            'folHlink="folHlink"/><p:notesStyle><a:lvl1pPr marL="0" algn="l" defTabSz="914400" '
            'rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1200" kern="1200">'
            '<a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/>'
            '<a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr>'
            '</p:notesStyle></p:notesMaster>' % (NSDECL, GRP, inner))


def theme_xml(name):
    clr = ('<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/>'
           '</a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr '
           'val="0E2841"/></a:dk2><a:lt2><a:srgbClr val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr '
           'val="156082"/></a:accent1><a:accent2><a:srgbClr val="E97132"/></a:accent2><a:accent3>'
           '<a:srgbClr val="196B24"/></a:accent3><a:accent4><a:srgbClr val="0F9ED5"/></a:accent4>'
           '<a:accent5><a:srgbClr val="A02B93"/></a:accent5><a:accent6><a:srgbClr val="4EA72E"/>'
           '</a:accent6><a:hlink><a:srgbClr val="467886"/></a:hlink><a:folHlink><a:srgbClr '
           'val="96607D"/></a:folHlink></a:clrScheme>')
    font = ('<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Aptos Display" '
            'panose="02110004020202020204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
            '<a:minorFont><a:latin typeface="Aptos" panose="02110004020202020204"/><a:ea '
            'typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>')
    solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    fmt = ('<a:fmtScheme name="Office"><a:fillStyleLst>%s%s%s</a:fillStyleLst><a:lnStyleLst>'
           '<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/>'
           '<a:miter lim="800000"/></a:ln><a:ln w="19050" cap="flat" cmpd="sng" algn="ctr">%s'
           '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="25400" cap="flat" '
           'cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
           '</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>'
           '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
           '</a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst>'
           '</a:fmtScheme>' % ((solid,) * 9))
    return (DECL + '<a:theme xmlns:a="%s" name="%s"><a:themeElements>%s%s%s</a:themeElements>'
            '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>' % (NS_A, name, clr, font, fmt))


# ---------------------------------------------------------------- package parts

def rels(items):
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships">' + "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % i
                                       for i in items) + "</Relationships>")


def build():
    slides = parse()
    n = len(slides)
    parts = []

    over = ['<Override PartName="/ppt/presentation.xml" ContentType="%spresentation.main+xml"/>'
            % CT]
    over += ['<Override PartName="/ppt/slides/slide%d.xml" ContentType="%sslide+xml"/>' % (i, CT)
             for i in range(1, n + 1)]
    over += ['<Override PartName="/ppt/slideMasters/slideMaster1.xml" '
             'ContentType="%sslideMaster+xml"/>' % CT]
    over += ['<Override PartName="/ppt/slideLayouts/slideLayout%d.xml" '
             'ContentType="%sslideLayout+xml"/>' % (i, CT) for i in range(1, len(LAYOUTS) + 1)]
    over += ['<Override PartName="/ppt/notesMasters/notesMaster1.xml" '
             'ContentType="%snotesMaster+xml"/>' % CT]
    over += ['<Override PartName="/ppt/notesSlides/notesSlide%d.xml" '
             'ContentType="%snotesSlide+xml"/>' % (i, CT) for i in range(1, n + 1)]
    over += ['<Override PartName="/ppt/theme/theme%d.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.theme+xml"/>' % i for i in (1, 2)]
    over += ['<Override PartName="/ppt/presProps.xml" ContentType="%spresProps+xml"/>' % CT,
             '<Override PartName="/ppt/viewProps.xml" ContentType="%sviewProps+xml"/>' % CT,
             '<Override PartName="/ppt/tableStyles.xml" ContentType="%stableStyles+xml"/>' % CT,
             '<Override PartName="/docProps/core.xml" ContentType="application/'
             'vnd.openxmlformats-package.core-properties+xml"/>',
             '<Override PartName="/docProps/app.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    parts.append(("[Content_Types].xml", DECL + '<Types xmlns="http://schemas.openxmlformats.org/'
                  'package/2006/content-types"><Default Extension="rels" ContentType="application/'
                  'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                  'ContentType="application/xml"/>' + "".join(over) + "</Types>"))
    parts.append(("_rels/.rels", rels([
        ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                 "extended-properties", "docProps/app.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                 "core-properties", "docProps/core.xml"),
        ("rId1", REL + "officeDocument", "ppt/presentation.xml")])))

    titles = [s["title"] or s["caption"][:40] for s in slides]
    words = sum(len(" ".join([s["title"], s["caption"]] + s["sub"] + [t for _, _, t in s["items"]]
                             + [c for r in s["rows"] for c in r]).split()) for s in slides)
    paras = sum(len(s["items"]) + len(s["sub"]) + len(s["rows"]) * 4 + 2 for s in slides)
    parts.append(("docProps/app.xml", DECL +
                  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                  'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
                  '2006/docPropsVTypes"><TotalTime>214</TotalTime><Words>%d</Words><Application>'
                  'Microsoft Office PowerPoint</Application><PresentationFormat>Widescreen'
                  '</PresentationFormat><Paragraphs>%d</Paragraphs><Slides>%d</Slides><Notes>%d'
                  '</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false'
                  '</ScaleCrop><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant>'
                  '<vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>'
                  '<vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant><vt:i4>%d'
                  '</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector '
                  'size="%d" baseType="lpstr"><vt:lpstr>Office Theme</vt:lpstr>%s</vt:vector>'
                  '</TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate>'
                  '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
                  '<AppVersion>16.0000</AppVersion></Properties>'
                  % (words, paras, n, n, n, n + 1, "".join("<vt:lpstr>%s</vt:lpstr>" % x(t)
                                                          for t in titles))))
    parts.append(("docProps/core.xml", DECL +
                  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                  'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                  'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/'
                  'dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>'
                  'Economic Planning in India</dc:title><dc:creator>Faculty - Economy</dc:creator>'
                  '<cp:lastModifiedBy>Faculty - Economy</cp:lastModifiedBy><cp:revision>23'
                  '</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-07-09T05:11:40Z'
                  '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">'
                  '2025-07-14T13:12:06Z</dcterms:modified></cp:coreProperties>'))

    # presentation
    sld_ids = "".join('<p:sldId id="%d" r:id="rId%d"/>' % (256 + i, i + 2) for i in range(n))
    parts.append(("ppt/presentation.xml", DECL +
                  '<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId '
                  'id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst>'
                  '<p:notesMasterId r:id="rId%d"/></p:notesMasterIdLst><p:sldIdLst>%s'
                  '</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" '
                  'cy="9144000"/><p:defaultTextStyle><a:defPPr><a:defRPr lang="en-US"/>'
                  '</a:defPPr></p:defaultTextStyle></p:presentation>' % (NSDECL, n + 2, sld_ids)))
    prels = [("rId1", REL + "slideMaster", "slideMasters/slideMaster1.xml")]
    prels += [("rId%d" % (i + 2), REL + "slide", "slides/slide%d.xml" % (i + 1))
              for i in range(n)]
    prels += [("rId%d" % (n + 2), REL + "notesMaster", "notesMasters/notesMaster1.xml"),
              ("rId%d" % (n + 3), REL + "presProps", "presProps.xml"),
              ("rId%d" % (n + 4), REL + "viewProps", "viewProps.xml"),
              ("rId%d" % (n + 5), REL + "theme", "theme/theme1.xml"),
              ("rId%d" % (n + 6), REL + "tableStyles", "tableStyles.xml")]
    parts.append(("ppt/_rels/presentation.xml.rels", rels(prels)))

    for i, s in enumerate(slides, 1):
        parts.append(("ppt/slides/slide%d.xml" % i, slide_xml(s)))
        parts.append(("ppt/slides/_rels/slide%d.xml.rels" % i, rels([
            ("rId2", REL + "notesSlide", "../notesSlides/notesSlide%d.xml" % i),
            ("rId1", REL + "slideLayout",
             "../slideLayouts/slideLayout%d.xml" % LAYOUT_OF[s["layout"]])])))
    for i, s in enumerate(slides, 1):
        parts.append(("ppt/notesSlides/notesSlide%d.xml" % i, notes_xml(s, i)))
        parts.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % i, rels([
            ("rId2", REL + "slide", "../slides/slide%d.xml" % i),
            ("rId1", REL + "notesMaster", "../notesMasters/notesMaster1.xml")])))

    parts.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    parts.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels(
        [("rId%d" % i, REL + "slideLayout", "../slideLayouts/slideLayout%d.xml" % i)
         for i in range(1, len(LAYOUTS) + 1)] +
        [("rId%d" % (len(LAYOUTS) + 1), REL + "theme", "../theme/theme1.xml")])))
    for i, (kind, name, inner) in enumerate(LAYOUTS, 1):
        parts.append(("ppt/slideLayouts/slideLayout%d.xml" % i, layout_xml(kind, name, inner)))
        parts.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % i, rels(
            [("rId1", REL + "slideMaster", "../slideMasters/slideMaster1.xml")])))
    parts.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    parts.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels(
        [("rId1", REL + "theme", "../theme/theme2.xml")])))
    parts.append(("ppt/theme/theme1.xml", theme_xml("Office Theme")))
    parts.append(("ppt/theme/theme2.xml", theme_xml("Office Theme")))
    parts.append(("ppt/presProps.xml", DECL + '<p:presentationPr %s><p:extLst/>'
                  '</p:presentationPr>' % NSDECL))
    parts.append(("ppt/viewProps.xml", DECL + '<p:viewPr %s><p:normalViewPr horzBarState='
                  '"maximized"><p:restoredLeft sz="15987" autoAdjust="0"/><p:restoredTop '
                  'sz="86380" autoAdjust="0"/></p:normalViewPr><p:gridSpacing cx="76200" '
                  'cy="76200"/></p:viewPr>' % NSDECL))
    parts.append(("ppt/tableStyles.xml", DECL + '<a:tblStyleLst xmlns:a="%s" def="%s"/>'
                  % (NS_A, TABLE_STYLE)))

    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
