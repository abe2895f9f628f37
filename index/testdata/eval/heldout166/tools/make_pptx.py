#!/usr/bin/python3
"""Re-make docs/article-6-class-deck.pptx from tools/article-6-class-deck.txt.

Run from anywhere: /usr/bin/python3 tools/make_pptx.py
Standard library only. The output is byte-for-byte reproducible: every zip entry carries the
fixed 1980-01-01 timestamp PowerPoint itself writes, and the parts are written in a fixed order.

Source markup: "@key value" lines give document properties; "=== <layout>" starts a slide
(title, obj or titleOnly); "# " is the slide title; "sub: " a subtitle paragraph ("//" is a
line break inside it); "- " and "-- " are bullets at levels 0 and 1; "1. " an auto-numbered
paragraph; "table: w1,w2,..." then "| a | b |" rows up to "endtable"; "box: Label: | text" a
text box; "notes: " a paragraph of speaker notes. Inline: **bold**, _{2} subscript.
"""
import hashlib
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "article-6-class-deck.txt")
OUT = os.path.join(HERE, "..", "docs", "article-6-class-deck.pptx")

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = 'xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"' % (NS_A, NS_R, NS_P)
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
LANG = "en-IN"
SLIDE_W, SLIDE_H = 12192000, 6858000
# Words PowerPoint's spelling checker flags: it splits them into their own run with err="1".
ERR_WORDS = {"ITMOs", "ITMO", "NDAIAPA", "PACM", "ESCerts", "OMGE", "OIMP", "CCUS", "ICFRE",
             "NMAs", "CBDR-RC", "NCQG", "A6.4ERs", "A6.4ER", "Katowice", "Belém", "tCO"}


def uid(*parts):
    return int(hashlib.md5("|".join(str(p) for p in parts).encode()).hexdigest()[:8], 16) % 4000000000 + 1


def guid(*parts):
    h = hashlib.md5("|".join(str(p) for p in parts).encode()).hexdigest().upper()
    return "{%s-%s-%s-%s-%s}" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


# ---------------------------------------------------------------- runs and paragraphs

def segments(text):
    """Split inline markup into (text, bold, subscript) segments."""
    out = []
    bold = False
    for part in re.split(r"(\*\*|_\{[^}]*\})", text):
        if part == "**":
            bold = not bold
        elif part.startswith("_{"):
            out.append((part[2:-1], bold, True))
        elif part:
            out.append((part, bold, False))
    return out


def rpr(sz=None, bold=False, sub=False, err=False, tag="a:rPr"):
    attrs = ' lang="%s"' % LANG
    if sz:
        attrs += ' sz="%d"' % sz
    if bold:
        attrs += ' b="1"'
    if sub:
        attrs += ' baseline="-25000"'
    attrs += ' dirty="0"'
    if err:
        attrs += ' err="1"'
    return "<%s%s/>" % (tag, attrs)


def runs(text, sz=None, bold_all=False):
    xml = []
    for seg, bold, sub in segments(text):
        bold = bold or bold_all
        if sub:
            xml.append('<a:r>%s<a:t>%s</a:t></a:r>' % (rpr(sz, bold, True), escape(seg)))
            continue
        # the spelling checker cuts flagged words out into runs of their own
        pieces = re.split(r"(?<![\w.-])(%s)(?![\w-])" % "|".join(
            re.escape(w) for w in sorted(ERR_WORDS, key=len, reverse=True)), seg)
        for i, piece in enumerate(pieces):
            if not piece:
                continue
            xml.append('<a:r>%s<a:t>%s</a:t></a:r>' % (rpr(sz, bold, False, i % 2 == 1),
                                                         escape(piece)))
    return "".join(xml)


def para(text, ppr="", sz=None, last=False, bold_all=False):
    body = []
    for i, line in enumerate(text.split("//")):
        if i:
            body.append('<a:br>%s</a:br>' % rpr(sz))
        body.append(runs(line, sz, bold_all))
    end = rpr(sz, tag="a:endParaRPr") if last else ""
    return "<a:p>%s%s%s</a:p>" % (ppr, "".join(body), end)


# ---------------------------------------------------------------- shapes

def sp_placeholder(sid, name, ph, paras, xfrm=""):
    sppr = "<p:spPr>%s</p:spPr>" % xfrm if xfrm else "<p:spPr/>"
    autofit = ph == '<p:ph idx="1"/>'
    body = "<a:bodyPr><a:normAutofit/></a:bodyPr>" if autofit else "<a:bodyPr/>"
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            '</p:cNvSpPr><p:nvPr>%s</p:nvPr></p:nvSpPr>%s<p:txBody>%s<a:lstStyle/>%s</p:txBody></p:sp>'
            % (sid, name, ph, sppr, body, "".join(paras)))


def footer_shapes(start_id, footer, num):
    return (
        '<p:sp><p:nvSpPr><p:cNvPr id="%d" name="Footer Placeholder %d"/><p:cNvSpPr>'
        '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="ftr" sz="quarter" idx="11"/>'
        '</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r>%s<a:t>%s'
        '</a:t></a:r>%s</a:p></p:txBody></p:sp>'
        '<p:sp><p:nvSpPr><p:cNvPr id="%d" name="Slide Number Placeholder %d"/><p:cNvSpPr>'
        '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="12"/>'
        '</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="%s" '
        'type="slidenum">%s<a:t>%d</a:t></a:fld>%s</a:p></p:txBody></p:sp>'
        % (start_id, start_id - 1, rpr(), escape(footer), rpr(tag="a:endParaRPr"),
           start_id + 1, start_id, "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}",
           rpr(), num, rpr(tag="a:endParaRPr")))


def table_frame(sid, widths, rows, y, slide_no):
    ext = 'uri="{9D8B030D-6E8A-4147-A177-3AD203B41FA5}"'
    grid = "".join(
        '<a:gridCol w="%d"><a:extLst><a:ext %s><a16:colId xmlns:a16="http://schemas.microsoft.com/'
        'office/drawing/2014/main" val="%d"/></a:ext></a:extLst></a:gridCol>'
        % (w, ext, uid("col", slide_no, i)) for i, w in enumerate(widths))
    trs = []
    for r, cells in enumerate(rows):
        tcs = "".join(
            '<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr/></a:tc>'
            % para(c, sz=1400, last=True) for c in cells)
        trs.append('<a:tr h="370840">%s<a:extLst><a:ext uri="{0D108BD9-81ED-4DB2-BD59-A6C34878D82A}">'
                   '<a16:rowId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" '
                   'val="%d"/></a:ext></a:extLst></a:tr>' % (tcs, uid("row", slide_no, r)))
    cx = sum(widths)
    cy = 370840 * len(rows)
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="%d" name="Table %d"/>'
            '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr>'
            '<p:extLst><p:ext uri="{D42A27DB-BD31-4B8C-83A1-F6EECF244321}"><p14:modId '
            'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="%d"/></p:ext>'
            '</p:extLst></p:nvPr></p:nvGraphicFramePr><p:xfrm><a:off x="838200" y="%d"/>'
            '<a:ext cx="%d" cy="%d"/></p:xfrm><a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr '
            'firstRow="1" bandRow="1"><a:tableStyleId>{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}'
            '</a:tableStyleId></a:tblPr><a:tblGrid>%s</a:tblGrid>%s</a:tbl></a:graphicData>'
            '</a:graphic></p:graphicFrame>'
            % (sid, sid - 1, uid("mod", slide_no), y, cx, cy, grid, "".join(trs)))


def text_box(sid, label, text, y):
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="TextBox %d"/><p:cNvSpPr txBox="1"/><p:nvPr/>'
            '</p:nvSpPr><p:spPr><a:xfrm><a:off x="838200" y="%d"/><a:ext cx="10515600" cy="646331"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr '
            'val="FFF2CC"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="BF9000"/>'
            '</a:solidFill></a:ln></p:spPr><p:txBody><a:bodyPr wrap="square" rtlCol="0">'
            '<a:spAutoFit/></a:bodyPr><a:lstStyle/><a:p><a:r>%s<a:t>%s </a:t></a:r>%s%s</a:p>'
            '</p:txBody></p:sp>'
            % (sid, sid - 1, y, rpr(1600, True), escape(label), runs(text, 1600),
               rpr(1600, tag="a:endParaRPr")))


# ---------------------------------------------------------------- parsing the source

def parse():
    meta, slides = {}, []
    cur = None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        s = lines[i].rstrip()
        i += 1
        if not s:
            continue
        if s.startswith("@"):
            k, v = s[1:].split(" ", 1)
            meta[k] = v
        elif s.startswith("=== "):
            cur = {"layout": s[4:].strip(), "title": "", "subs": [], "body": [], "table": None,
                   "box": None, "notes": []}
            slides.append(cur)
        elif s.startswith("# "):
            cur["title"] = s[2:]
        elif s.startswith("sub: "):
            cur["subs"].append(s[5:])
        elif s.startswith("-- "):
            cur["body"].append(("l1", s[3:]))
        elif s.startswith("- "):
            cur["body"].append(("l0", s[2:]))
        elif s.startswith("1. "):
            cur["body"].append(("num", s[3:]))
        elif s.startswith("table: "):
            widths = [int(w) for w in s[7:].split(",")]
            rows = []
            while lines[i].strip() != "endtable":
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            i += 1
            cur["table"] = (widths, rows)
        elif s.startswith("box: "):
            label, text = s[5:].split(" | ", 1)
            cur["box"] = (label, text)
        elif s.startswith("notes: "):
            cur["notes"].append(s[7:])
        else:
            raise SystemExit("unparsed line: %r" % s)
    return meta, slides


# ---------------------------------------------------------------- parts

def slide_xml(n, sl, footer):
    shapes = []
    if sl["layout"] == "title":
        shapes.append(sp_placeholder(2, "Title 1", '<p:ph type="ctrTitle"/>', [para(sl["title"], last=True)]))
        subs = [para(t, last=(k == len(sl["subs"]) - 1)) for k, t in enumerate(sl["subs"])]
        shapes.append(sp_placeholder(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>', subs))
        nid = 4
    else:
        shapes.append(sp_placeholder(2, "Title 1", '<p:ph type="title"/>', [para(sl["title"], last=True)]))
        nid = 3
        if sl["body"]:
            ps = []
            for k, (kind, t) in enumerate(sl["body"]):
                last = k == len(sl["body"]) - 1
                if kind == "l1":
                    ps.append(para(t, '<a:pPr lvl="1"/>', last=last))
                elif kind == "num":
                    ps.append(para(t, '<a:pPr marL="514350" indent="-514350"><a:buFont typeface="+mj-lt"/>'
                                      '<a:buAutoNum type="arabicPeriod"/></a:pPr>', sz=2000, last=last))
                else:
                    ps.append(para(t, last=last))
            xfrm = ""
            if sl["box"]:
                xfrm = '<a:xfrm><a:off x="838200" y="1690688"/><a:ext cx="10515600" cy="3800000"/></a:xfrm>'
            shapes.append(sp_placeholder(3, "Content Placeholder 2", '<p:ph idx="1"/>', ps, xfrm))
            nid = 4
        if sl["table"]:
            widths, rows = sl["table"]
            shapes.append(table_frame(nid, widths, rows, 1600200, n))
            nid += 1
        if sl["box"]:
            y = 5650000 if sl["table"] is None else 1600200 + 370840 * len(sl["table"][1]) + 420000
            shapes.append(text_box(nid, sl["box"][0], sl["box"][1], y))
            nid += 1
        shapes.append(footer_shapes(nid, footer, n))
    return (HEAD + '<p:sld %s><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
            '<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>%s</p:spTree>'
            '<p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId '
            'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="%d"/></p:ext>'
            '</p:extLst></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
            % (NSDECL, "".join(shapes), uid("slide", n)))


def notes_xml(n, notes):
    ps = [para(t, last=(k == len(notes) - 1)) for k, t in enumerate(notes)]
    return (HEAD + '<p:notes %s><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
            '<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks '
            'noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr>'
            '</p:nvSpPr><p:spPr/></p:sp>'
            '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks '
            'noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>'
            '<p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>'
            '<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number Placeholder 3"/><p:cNvSpPr><a:spLocks '
            'noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="5"/></p:nvPr>'
            '</p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld '
            'id="{0C2B7A0E-5D2B-4C0B-9E73-7B1C3A5E8E11}" type="slidenum">%s<a:t>%d</a:t></a:fld>'
            '%s</a:p></p:txBody></p:sp></p:spTree><p:extLst><p:ext '
            'uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId xmlns:p14="http://schemas.'
            'microsoft.com/office/powerpoint/2010/main" val="%d"/></p:ext></p:extLst></p:cSld>'
            '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
            % (NSDECL, "".join(ps), rpr(), n, rpr(tag="a:endParaRPr"), uid("notes", n)))


def rels(items):
    return (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % it for it in items)
            + "</Relationships>")


THEME = (HEAD + '<a:theme xmlns:a="%s" name="%s"><a:themeElements><a:clrScheme name="Office">'
         '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" '
         'lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E2841"/></a:dk2><a:lt2><a:srgbClr '
         'val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/></a:accent1><a:accent2><a:srgbClr '
         'val="E97132"/></a:accent2><a:accent3><a:srgbClr val="196B24"/></a:accent3><a:accent4>'
         '<a:srgbClr val="0F9ED5"/></a:accent4><a:accent5><a:srgbClr val="A02B93"/></a:accent5>'
         '<a:accent6><a:srgbClr val="4EA72E"/></a:accent6><a:hlink><a:srgbClr val="467886"/></a:hlink>'
         '<a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme><a:fontScheme name="Office">'
         '<a:majorFont><a:latin typeface="Aptos Display" panose="02110004020202020204"/><a:ea '
         'typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Aptos" '
         'panose="02110004020202020204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>'
         '</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr '
         'val="phClr"/></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr '
         'val="phClr"><a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr>'
         '</a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod '
         'val="109000"/><a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" '
         'scaled="0"/></a:gradFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr '
         'val="phClr"><a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/></a:schemeClr>'
         '</a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="99000"/><a:satMod '
         'val="120000"/><a:shade val="78000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" '
         'scaled="0"/></a:gradFill></a:fillStyleLst><a:lnStyleLst><a:ln w="12700" cap="flat" '
         'cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash '
         'val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="19050" cap="flat" cmpd="sng" algn="ctr">'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter '
         'lim="800000"/></a:ln><a:ln w="25400" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>'
         '<a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/>'
         '</a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>'
         '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw '
         'blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr '
         'val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle>'
         '</a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/>'
         '</a:schemeClr></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr '
         'val="phClr"><a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/><a:lumMod '
         'val="102000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:shade '
         'val="63000"/><a:satMod val="120000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" '
         'scaled="0"/></a:gradFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
         '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')

LVL = ('<a:lvl%dpPr marL="%d" indent="-228600" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" '
       'latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef>'
       '<a:spcPts val="%d"/></a:spcBef><a:buFont typeface="Arial" panose="020B0604020202020204" '
       'pitchFamily="34" charset="0"/><a:buChar char="&#8226;"/><a:defRPr sz="%d" kern="1200">'
       '<a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea '
       'typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl%dpPr>')


def ph_sp(sid, name, ph, x, y, cx, cy, text=""):
    body = ('<a:p><a:r>%s<a:t>%s</a:t></a:r></a:p>' % (rpr(), text)) if text else '<a:p>%s</a:p>' % rpr(tag="a:endParaRPr")
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            '<p:nvPr>%s</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" '
            'cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody>'
            '<a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>' % (sid, name, ph, x, y, cx, cy, body))


TREE0 = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>'
         '<a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" '
         'cy="0"/></a:xfrm></p:grpSpPr>')


def master_xml():
    tree = (ph_sp(2, "Title Placeholder 1", '<p:ph type="title"/>', 838200, 365125, 10515600, 1325563,
                  "Click to edit Master title style")
            + ph_sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', 838200, 1825625, 10515600,
                    4351338, "Click to edit Master text styles")
            + ph_sp(4, "Date Placeholder 3", '<p:ph type="dt" sz="half" idx="2"/>', 838200, 6356350,
                    2743200, 365125)
            + ph_sp(5, "Footer Placeholder 4", '<p:ph type="ftr" sz="quarter" idx="3"/>', 4038600,
                    6356350, 4114800, 365125)
            + ph_sp(6, "Slide Number Placeholder 5", '<p:ph type="sldNum" sz="quarter" idx="4"/>',
                    8610600, 6356350, 2743200, 365125))
    body_style = "".join(LVL % (k, 228600 + 457200 * (k - 1), 1000 if k == 1 else 500,
                                2800 if k == 1 else 2400 if k == 2 else 2000, k) for k in (1, 2, 3))
    return (HEAD + '<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef>'
            '</p:bg><p:spTree>%s%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" '
            'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" '
            'accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId '
            'id="2147483649" r:id="rId1"/><p:sldLayoutId id="2147483650" r:id="rId2"/><p:sldLayoutId '
            'id="2147483651" r:id="rId3"/></p:sldLayoutIdLst><p:txStyles><p:titleStyle><a:lvl1pPr '
            'algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc>'
            '<a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/>'
            '<a:defRPr sz="4400" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>'
            '<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr>'
            '</a:lvl1pPr></p:titleStyle><p:bodyStyle>%s</p:bodyStyle><p:otherStyle><a:defPPr><a:defRPr '
            'lang="en-US"/></a:defPPr></p:otherStyle></p:txStyles></p:sldMaster>'
            % (NSDECL, TREE0, tree, body_style))


def layout_xml(kind):
    names = {"title": "Title Slide", "obj": "Title and Content", "titleOnly": "Title Only"}
    foot = (ph_sp(4, "Date Placeholder 3", '<p:ph type="dt" sz="half" idx="10"/>', 838200, 6356350,
                  2743200, 365125)
            + ph_sp(5, "Footer Placeholder 4", '<p:ph type="ftr" sz="quarter" idx="11"/>', 4038600,
                    6356350, 4114800, 365125)
            + ph_sp(6, "Slide Number Placeholder 5", '<p:ph type="sldNum" sz="quarter" idx="12"/>',
                    8610600, 6356350, 2743200, 365125))
    if kind == "title":
        tree = (ph_sp(2, "Title 1", '<p:ph type="ctrTitle"/>', 1524000, 1122363, 9144000, 2387600,
                      "Click to edit Master title style")
                + ph_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>', 1524000, 3602038, 9144000,
                        1655762, "Click to edit Master subtitle style"))
    elif kind == "obj":
        tree = (ph_sp(2, "Title 1", '<p:ph type="title"/>', 838200, 365125, 10515600, 1325563,
                      "Click to edit Master title style")
                + ph_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', 838200, 1825625, 10515600, 4351338,
                        "Click to edit Master text styles"))
    else:
        tree = ph_sp(2, "Title 1", '<p:ph type="title"/>', 838200, 365125, 10515600, 1325563,
                     "Click to edit Master title style")
    return (HEAD + '<p:sldLayout %s type="%s" preserve="1"><p:cSld name="%s"><p:spTree>%s%s%s</p:spTree>'
            '</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
            % (NSDECL, kind, names[kind], TREE0, tree, foot))


def notes_master_xml():
    tree = (ph_sp(2, "Header Placeholder 1", '<p:ph type="hdr" sz="quarter"/>', 0, 0, 2971800, 458788)
            + ph_sp(3, "Date Placeholder 2", '<p:ph type="dt" idx="1"/>', 3884613, 0, 2971800, 458788)
            + ph_sp(4, "Notes Placeholder 3", '<p:ph type="body" sz="quarter" idx="3"/>', 685800,
                    4400550, 5486400, 3600450, "Click to edit Master text styles")
            + ph_sp(5, "Slide Number Placeholder 4", '<p:ph type="sldNum" sz="quarter" idx="5"/>',
                    3884613, 8685213, 2971800, 458787))
    return (HEAD + '<p:notesMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/>'
            '</p:bgRef></p:bg><p:spTree>%s%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" '
            'tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" '
            'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:notesStyle>'
            '<a:lvl1pPr marL="0" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" '
            'hangingPunct="1"><a:defRPr sz="1200" kern="1200"><a:solidFill><a:schemeClr val="tx1"/>'
            '</a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
            '</a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>' % (NSDECL, TREE0, tree))


def build():
    meta, slides = parse()
    footer = meta["footer"]
    layout_of = {"title": 1, "obj": 2, "titleOnly": 3}
    parts = []
    n = len(slides)
    noted = [k for k, sl in enumerate(slides, 1) if sl["notes"]]

    ct = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.presentationml.presentation.main+xml"/>',
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.presentationml.slideMaster+xml"/>']
    ct += ['<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-'
           'officedocument.presentationml.slide+xml"/>' % k for k in range(1, n + 1)]
    ct += ['<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.'
           'openxmlformats-officedocument.presentationml.notesMaster+xml"/>']
    ct += ['<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="application/vnd.'
           'openxmlformats-officedocument.presentationml.notesSlide+xml"/>' % k
           for k in range(1, len(noted) + 1)]
    ct += ['<Override PartName="/ppt/presProps.xml" ContentType="application/vnd.openxmlformats-'
           'officedocument.presentationml.presProps+xml"/>',
           '<Override PartName="/ppt/viewProps.xml" ContentType="application/vnd.openxmlformats-'
           'officedocument.presentationml.viewProps+xml"/>',
           '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-'
           'officedocument.theme+xml"/>',
           '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-'
           'officedocument.theme+xml"/>',
           '<Override PartName="/ppt/tableStyles.xml" ContentType="application/vnd.openxmlformats-'
           'officedocument.presentationml.tableStyles+xml"/>']
    ct += ['<Override PartName="/ppt/slideLayouts/slideLayout%d.xml" ContentType="application/vnd.'
           'openxmlformats-officedocument.presentationml.slideLayout+xml"/>' % k for k in (1, 2, 3)]
    ct += ['<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
           'core-properties+xml"/>',
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
           'officedocument.extended-properties+xml"/>']
    parts.append(("[Content_Types].xml", HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/'
                  '2006/content-types">' + "".join(ct) + "</Types>"))
    parts.append(("_rels/.rels", rels([
        ("rId3", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"),
        ("rId1", REL + "officeDocument", "ppt/presentation.xml"),
        ("rId4", REL + "extended-properties", "docProps/app.xml")])))

    # presentation.xml: rId1 master, rId2.. slides, then notes master and the rest
    pres_rels = [("rId1", REL + "slideMaster", "slideMasters/slideMaster1.xml")]
    sld_ids = []
    for k in range(1, n + 1):
        pres_rels.append(("rId%d" % (k + 1), REL + "slide", "slides/slide%d.xml" % k))
        sld_ids.append('<p:sldId id="%d" r:id="rId%d"/>' % (255 + k, k + 1))
    base = n + 2
    pres_rels += [("rId%d" % base, REL + "notesMaster", "notesMasters/notesMaster1.xml"),
                  ("rId%d" % (base + 1), REL + "presProps", "presProps.xml"),
                  ("rId%d" % (base + 2), REL + "viewProps", "viewProps.xml"),
                  ("rId%d" % (base + 3), REL + "theme", "theme/theme1.xml"),
                  ("rId%d" % (base + 4), REL + "tableStyles", "tableStyles.xml")]
    deflvl = "".join(
        '<a:lvl%dpPr marL="%d" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" '
        'hangingPunct="1"><a:defRPr sz="1800" kern="1200"><a:solidFill><a:schemeClr val="tx1"/>'
        '</a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
        '</a:defRPr></a:lvl%dpPr>' % (k, 457200 * (k - 1), k) for k in (1, 2, 3))
    parts.append(("ppt/presentation.xml", HEAD + '<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst>'
                  '<p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst>'
                  '<p:notesMasterId r:id="rId%d"/></p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst>'
                  '<p:sldSz cx="%d" cy="%d"/><p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle>'
                  '<a:defPPr><a:defRPr lang="en-US"/></a:defPPr>%s</p:defaultTextStyle></p:presentation>'
                  % (NSDECL, base, "".join(sld_ids), SLIDE_W, SLIDE_H, deflvl)))
    parts.append(("ppt/_rels/presentation.xml.rels", rels(pres_rels)))

    note_no = {}
    for k, sl in enumerate(slides, 1):
        parts.append(("ppt/slides/slide%d.xml" % k, slide_xml(k, sl, footer)))
        r = [("rId1", REL + "slideLayout", "../slideLayouts/slideLayout%d.xml" % layout_of[sl["layout"]])]
        if sl["notes"]:
            note_no[k] = len(note_no) + 1
            r.append(("rId2", REL + "notesSlide", "../notesSlides/notesSlide%d.xml" % note_no[k]))
        parts.append(("ppt/slides/_rels/slide%d.xml.rels" % k, rels(r)))
    parts.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    parts.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels(
        [("rId%d" % k, REL + "slideLayout", "../slideLayouts/slideLayout%d.xml" % k) for k in (1, 2, 3)]
        + [("rId4", REL + "theme", "../theme/theme1.xml")])))
    for k, kind in ((1, "title"), (2, "obj"), (3, "titleOnly")):
        parts.append(("ppt/slideLayouts/slideLayout%d.xml" % k, layout_xml(kind)))
        parts.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % k,
                      rels([("rId1", REL + "slideMaster", "../slideMasters/slideMaster1.xml")])))
    for k, sl in enumerate(slides, 1):
        if sl["notes"]:
            parts.append(("ppt/notesSlides/notesSlide%d.xml" % note_no[k], notes_xml(k, sl["notes"])))
            parts.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % note_no[k], rels([
                ("rId2", REL + "slide", "../slides/slide%d.xml" % k),
                ("rId1", REL + "notesMaster", "../notesMasters/notesMaster1.xml")])))
    parts.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    parts.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels",
                  rels([("rId1", REL + "theme", "../theme/theme2.xml")])))
    parts.append(("ppt/theme/theme1.xml", THEME % (NS_A, "Office Theme")))
    parts.append(("ppt/theme/theme2.xml", THEME % (NS_A, "Office Theme")))
    parts.append(("ppt/presProps.xml", HEAD + '<p:presentationPr %s><p:extLst><p:ext '
                  'uri="{E76CE94A-603C-4142-B9EB-6D1370010A27}"><p14:discardImageEditData xmlns:p14="http://'
                  'schemas.microsoft.com/office/powerpoint/2010/main" val="0"/></p:ext><p:ext '
                  'uri="{D31A062A-798A-4329-ABDD-BBA856620510}"><p14:defaultImageDpi xmlns:p14="http://'
                  'schemas.microsoft.com/office/powerpoint/2010/main" val="220"/></p:ext></p:extLst>'
                  '</p:presentationPr>' % NSDECL))
    parts.append(("ppt/viewProps.xml", HEAD + '<p:viewPr %s lastView="sldThumbnailView"><p:normalViewPr>'
                  '<p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr><p:slideViewPr>'
                  '<p:cSldViewPr snapToGrid="0"><p:cViewPr varScale="1"><p:scale><a:sx n="104" d="100"/>'
                  '<a:sy n="104" d="100"/></p:scale><p:origin x="108" y="258"/></p:cViewPr><p:guideLst/>'
                  '</p:cSldViewPr></p:slideViewPr><p:notesTextViewPr><p:cViewPr><p:scale><a:sx n="1" '
                  'd="1"/><a:sy n="1" d="1"/></p:scale><p:origin x="0" y="0"/></p:cViewPr>'
                  '</p:notesTextViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>' % NSDECL))
    parts.append(("ppt/tableStyles.xml", HEAD + '<a:tblStyleLst xmlns:a="%s" '
                  'def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>' % NS_A))

    titles = [sl["title"].replace("**", "") for sl in slides]
    words = sum(len(re.sub(r"\*\*|_\{|\}", "", t).split()) for sl in slides
                for t in [sl["title"]] + sl["subs"] + [b for _, b in sl["body"]]
                + ([c for row in sl["table"][1] for c in row] if sl["table"] else [])
                + (list(sl["box"]) if sl["box"] else []))
    paras = sum(1 + len(sl["subs"]) + len(sl["body"]) + (1 if sl["box"] else 0)
                + (sum(len(r) for r in sl["table"][1]) if sl["table"] else 0) for sl in slides)
    titles_xml = "".join("<vt:lpstr>%s</vt:lpstr>" % escape(t) for t in
                         ["Arial", "Aptos", "Aptos Display", "Office Theme"] + titles)
    parts.append(("docProps/app.xml", HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/'
                  'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/'
                  'officeDocument/2006/docPropsVTypes"><TotalTime>%s</TotalTime><Words>%d</Words>'
                  '<Application>Microsoft Office PowerPoint</Application><PresentationFormat>Widescreen'
                  '</PresentationFormat><Paragraphs>%d</Paragraphs><Slides>%d</Slides><Notes>%d</Notes>'
                  '<HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>'
                  '<HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used'
                  '</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>'
                  'Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant>'
                  '<vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant><vt:i4>%d</vt:i4></vt:variant>'
                  '</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="%d" baseType="lpstr">%s'
                  '</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false'
                  '</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000'
                  '</AppVersion></Properties>'
                  % (meta["totaltime"], words, paras, n, len(noted), n, n + 4, titles_xml)))
    parts.append(("docProps/core.xml", HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.'
                  'org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                  'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
                  '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%s'
                  '</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
                  '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
                  % (escape(meta["title"]), escape(meta["creator"]), escape(meta["lastModifiedBy"]),
                     meta["revision"], meta["created"], meta["modified"])))

    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
