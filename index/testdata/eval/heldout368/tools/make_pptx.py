#!/usr/bin/python3
"""Re-make docs/ondc-lecture-slides.pptx byte for byte from tools/ondc-lecture-slides.txt.

The deck is shaped as PowerPoint for Microsoft 365 (16.0) saves a 16:9 lecture built on the
Office Theme: every XML part opens with a declaration and CRLF, zip entries are deflated and
stamped 1980-01-01 00:00 as Office does, [Content_Types].xml first. Standard library only,
deterministic (ids are hashes of fixed keys).
Usage: make_pptx.py [output path]
"""
import hashlib
import os
import struct
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ondc-lecture-slides.txt")
OUT = os.path.join(HERE, "..", "docs", "ondc-lecture-slides.pptx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = 'xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"' % (NS_A, NS_R, NS_P)
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
A16 = "http://schemas.microsoft.com/office/drawing/2014/main"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
SLIDENUM_FLD = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
DATE_FLD = "{D3F6C0A7-5C2B-4B8E-9E1E-2F5B3C8A9D11}"
FOOTER = "Abhyas IAS · GS-III"
# words PowerPoint's spell-checker underlines (saved as err="1" on their own runs)
FLAGGED = ["Nilekani", "Zainulbhai", "Asbe", "Koshy", "Magicpin", "Mystore", "GoFrugal",
           "eSamudaay", "Shiprocket", "Shadowfax", "LoadShare", "Beckn", "Juspay", "Namma",
           "Yatri", "Kiranas", "kiranas", "SellerApp", "Rapido", "Abhyas", "Kulkarni", "BAPs",
           "BPPs", "init", "on_search", "on_confirm", "OCEN", "Swiggy", "Zomato", "Pincode"]


def guid(key):
    h = hashlib.md5(key.encode("utf-8")).hexdigest().upper()
    return "{%s-%s-%s-%s-%s}" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def num(key, lo=1000000000, hi=4294967295):
    return lo + int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:12], 16) % (hi - lo)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(s):
    return esc(s).replace('"', "&quot;")


# ---------------------------------------------------------------- source
def parse(path):
    slides = []
    cur = None
    mode = None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if cur is None and raw.startswith("#"):
            continue
        if raw.startswith("=== "):
            n, layout = raw[4:].split(" | ")
            cur = {"n": int(n), "layout": layout, "title": None, "sub": [], "items": [],
                   "box": None, "table": [], "notes": []}
            slides.append(cur)
            mode = "body"
            continue
        if cur is None or not raw.strip():
            continue
        if raw == "notes:":
            mode = "notes"
            continue
        if mode == "notes":
            cur["notes"].append(raw)
        elif raw.startswith("title: "):
            cur["title"] = raw[7:]
        elif raw.startswith("sub: "):
            cur["sub"].append(raw[5:])
        elif raw.startswith("box: "):
            cur["box"] = {"head": raw[5:], "items": []}
        elif raw.startswith("box- "):
            cur["box"]["items"].append(raw[5:])
        elif raw.startswith("-- "):
            cur["items"].append((1, "bullet", raw[3:]))
        elif raw.startswith("- "):
            cur["items"].append((0, "bullet", raw[2:]))
        elif raw.startswith("# "):
            cur["items"].append((0, "num", raw[2:]))
        elif raw.startswith("|"):
            cur["table"].append([c.strip() for c in raw.strip().strip("|").split("|")])
        else:
            raise SystemExit("unparsed line: %r" % raw)
    return slides


# ---------------------------------------------------------------- runs
def split_runs(text):
    """Split text into (segment, bold, err) runs: **bold** marks and spell-flagged words."""
    out = []
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        bold = i % 2 == 1
        pos = 0
        while pos < len(part):
            best = None
            for w in FLAGGED:
                j = part.find(w, pos)
                while j >= 0:
                    before = part[j - 1] if j > 0 else " "
                    after = part[j + len(w)] if j + len(w) < len(part) else " "
                    if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
                        break
                    j = part.find(w, j + 1)
                if j >= 0 and (best is None or j < best[0]):
                    best = (j, w)
            if best is None:
                out.append((part[pos:], bold, False))
                break
            j, w = best
            if j > pos:
                out.append((part[pos:j], bold, False))
            out.append((w, bold, True))
            pos = j + len(w)
    return out


def rpr(lang="en-IN", bold=False, err=False, sz=None, tag="a:rPr"):
    a = ' lang="%s"' % lang
    if sz:
        a += ' sz="%d"' % sz
    if bold:
        a += ' b="1"'
    a += ' dirty="0"'
    if err:
        a += ' err="1"'
    return "<%s%s/>" % (tag, a)


def runs_xml(text, lang="en-IN", sz=None):
    return "".join('<a:r>%s<a:t>%s</a:t></a:r>' % (rpr(lang, b, e, sz), esc(seg))
                   for seg, b, e in split_runs(text))


def para(text, ppr="", lang="en-IN", sz=None, end=True):
    endp = rpr(lang, sz=sz, tag="a:endParaRPr") if end else ""
    return "<a:p>%s%s%s</a:p>" % (ppr, runs_xml(text, lang, sz), endp)


def creation(key):
    return ('<a:extLst><a:ext uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}"><a16:creationId '
            'xmlns:a16="%s" id="%s"/></a:ext></a:extLst>' % (A16, guid(key)))


def sp(spid, name, ph, body, key, sppr="<p:spPr/>", bodypr="<a:bodyPr/>", locks='<a:spLocks noGrp="1"/>'):
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s">%s</p:cNvPr><p:cNvSpPr>%s</p:cNvSpPr>'
            '<p:nvPr>%s</p:nvPr></p:nvSpPr>%s<p:txBody>%s<a:lstStyle/>%s</p:txBody></p:sp>'
            % (spid, name, creation(key), locks, ph, sppr, bodypr, body))


GRP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>'
       '<a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
       '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def footer_shapes(n, first_id, key):
    f = sp(first_id, "Footer Placeholder %d" % (first_id - 1), '<p:ph type="ftr" sz="quarter" idx="11"/>',
           '<a:p><a:r><a:rPr lang="en-IN" dirty="0"/><a:t>%s</a:t></a:r><a:endParaRPr lang="en-IN" dirty="0"/></a:p>'
           % esc(FOOTER), key + "ftr")
    s = sp(first_id + 1, "Slide Number Placeholder %d" % first_id, '<p:ph type="sldNum" sz="quarter" idx="12"/>',
           '<a:p><a:fld id="%s" type="slidenum"><a:rPr lang="en-IN"/><a:t>%d</a:t></a:fld>'
           '<a:endParaRPr lang="en-IN" dirty="0"/></a:p>' % (SLIDENUM_FLD, n), key + "num")
    return f + s


def body_paras(items, words):
    out = []
    for lvl, kind, text in items:
        ppr = ""
        if lvl:
            ppr = '<a:pPr lvl="1"/>'
        if kind == "num":
            ppr = '<a:pPr marL="514350" indent="-514350"><a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"/></a:pPr>'
        out.append(para(text, ppr))
    return "".join(out)


def autofit(words):
    if words > 95:
        return '<a:bodyPr><a:normAutofit fontScale="77500" lnSpcReduction="20000"/></a:bodyPr>'
    if words > 75:
        return '<a:bodyPr><a:normAutofit fontScale="85000" lnSpcReduction="10000"/></a:bodyPr>'
    if words > 60:
        return '<a:bodyPr><a:normAutofit fontScale="92500"/></a:bodyPr>'
    return '<a:bodyPr><a:normAutofit/></a:bodyPr>'


def table_xml(rows, key):
    widths = [2743200, 3886200, 3886200]
    grid = "".join('<a:gridCol w="%d"><a:extLst><a:ext uri="{9D8B030D-6E8A-4147-A177-3AD203B41FA5}">'
                   '<a16:colId xmlns:a16="%s" val="%d"/></a:ext></a:extLst></a:gridCol>'
                   % (w, A16, num(key + "col%d" % i, 100000000, 4000000000)) for i, w in enumerate(widths))
    trs = []
    for r, row in enumerate(rows):
        tcs = "".join('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr/></a:tc>'
                      % para(cell, sz=1600) for cell in row)
        trs.append('<a:tr h="%d">%s<a:extLst><a:ext uri="{0D108BD9-81ED-4DB2-BD59-A6C34878D82A}">'
                   '<a16:rowId xmlns:a16="%s" val="%d"/></a:ext></a:extLst></a:tr>'
                   % (370840 if r == 0 else 640080, tcs, A16, 10000 + r))
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Content Placeholder 3">%s</p:cNvPr>'
            '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr><p:ph idx="1"/>'
            '<p:extLst><p:ext uri="{D42A27DB-BD31-4B8C-83A1-F6EECF244321}"><p14:modId xmlns:p14="%s" val="%d"/>'
            '</p:ext></p:extLst></p:nvPr></p:nvGraphicFramePr><p:xfrm><a:off x="838200" y="1690688"/>'
            '<a:ext cx="10515600" cy="4212400"/></p:xfrm><a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1">'
            '<a:tableStyleId>{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}</a:tableStyleId></a:tblPr><a:tblGrid>%s'
            '</a:tblGrid>%s</a:tbl></a:graphicData></a:graphic></p:graphicFrame>'
            % (creation(key + "tbl"), P14, num(key + "mod"), grid, "".join(trs)))


def textbox_xml(box, key, spid):
    paras = ['<a:p><a:r><a:rPr lang="en-IN" sz="1600" b="1" dirty="0"/><a:t>%s</a:t></a:r></a:p>' % esc(box["head"])]
    for it in box["items"]:
        paras.append(para(it, '<a:pPr marL="285750" indent="-285750"><a:buFont typeface="Arial" panose="020B0604020202020204" '
                              'pitchFamily="34" charset="0"/><a:buChar char="&#8226;"/></a:pPr>', sz=1600))
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="TextBox %d">%s</p:cNvPr><p:cNvSpPr txBox="1"/><p:nvPr/>'
            '</p:nvSpPr><p:spPr><a:xfrm><a:off x="7620000" y="4572000"/><a:ext cx="4114800" cy="1200329"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="accent4"><a:lumMod val="20000"/>'
            '<a:lumOff val="80000"/></a:schemeClr></a:solidFill><a:ln><a:solidFill><a:schemeClr val="accent4"/></a:solidFill>'
            '</a:ln></p:spPr><p:txBody><a:bodyPr wrap="square" rtlCol="0"><a:spAutoFit/></a:bodyPr><a:lstStyle/>%s'
            '</p:txBody></p:sp>' % (spid, spid - 1, creation(key + "box"), "".join(paras)))


def slide_xml(s):
    key = "ondc-deck-slide-%d" % s["n"]
    shapes = []
    lay = s["layout"]
    if lay == "Title Slide":
        shapes.append(sp(2, "Title 1", '<p:ph type="ctrTitle"/>', para(s["title"]), key + "t",
                         bodypr='<a:bodyPr><a:normAutofit/></a:bodyPr>'))
        shapes.append(sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>', "".join(para(x) for x in s["sub"]),
                         key + "s"))
    elif lay == "Section Header":
        shapes.append(sp(2, "Title 1", '<p:ph type="title"/>', para(s["title"]), key + "t"))
        shapes.append(sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', "".join(para(x) for x in s["sub"]),
                         key + "s"))
        shapes.append(footer_shapes(s["n"], 4, key))
    else:
        shapes.append(sp(2, "Title 1", '<p:ph type="title"/>', para(s["title"]), key + "t"))
        if s["table"]:
            shapes.append(table_xml(s["table"], key))
            nxt = 5
        else:
            words = sum(len(t.split()) for _, _, t in s["items"])
            shapes.append(sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', body_paras(s["items"], words), key + "c",
                             bodypr=autofit(words)))
            nxt = 4
        if s["box"]:
            shapes.append(textbox_xml(s["box"], key, nxt))
            nxt += 1
        shapes.append(footer_shapes(s["n"], nxt, key))
    return (DECL + '<p:sld %s><p:cSld><p:spTree>%s%s</p:spTree><p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}">'
            '<p14:creationId xmlns:p14="%s" val="%d"/></p:ext></p:extLst></p:cSld><p:clrMapOvr><a:masterClrMapping/>'
            '</p:clrMapOvr></p:sld>' % (NSDECL, GRP, "".join(shapes), P14, num(key)))


def notes_xml(s):
    key = "ondc-deck-notes-%d" % s["n"]
    img = ('<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1">%s</p:cNvPr><p:cNvSpPr>'
           '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr>'
           '</p:nvSpPr><p:spPr/></p:sp>' % creation(key + "img"))
    body = sp(3, "Notes Placeholder 2", '<p:ph type="body" idx="1"/>', "".join(para(x) for x in s["notes"]), key + "b")
    numsp = sp(4, "Slide Number Placeholder 3", '<p:ph type="sldNum" sz="quarter" idx="5"/>',
               '<a:p><a:fld id="{7C1A3F8E-2D44-4E0B-A5E3-8B1D2C3F4A50}" type="slidenum"><a:rPr lang="en-IN"/><a:t>%d</a:t>'
               '</a:fld><a:endParaRPr lang="en-IN"/></a:p>' % s["n"], key + "n")
    return (DECL + '<p:notes %s><p:cSld><p:spTree>%s%s%s%s</p:spTree><p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}">'
            '<p14:creationId xmlns:p14="%s" val="%d"/></p:ext></p:extLst></p:cSld><p:clrMapOvr><a:masterClrMapping/>'
            '</p:clrMapOvr></p:notes>' % (NSDECL, GRP, img, body, numsp, P14, num(key)))


def rels(items):
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
            % "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % i for i in items))


# ---------------------------------------------------------------- theme
FONT_SCRIPTS = [("Jpan", "游ゴシック Light", "游ゴシック"), ("Hang", "맑은 고딕", "맑은 고딕"),
                ("Hans", "等线 Light", "等线"), ("Hant", "新細明體", "新細明體"), ("Arab", "Times New Roman", "Arial"),
                ("Hebr", "Times New Roman", "Arial"), ("Thai", "Angsana New", "Cordia New"),
                ("Ethi", "Nyala", "Nyala"), ("Beng", "Vrinda", "Vrinda"), ("Gujr", "Shruti", "Shruti"),
                ("Khmr", "MoolBoran", "DaunPenh"), ("Knda", "Tunga", "Tunga"), ("Guru", "Raavi", "Raavi"),
                ("Cans", "Euphemia", "Euphemia"), ("Cher", "Plantagenet Cherokee", "Plantagenet Cherokee"),
                ("Yiii", "Microsoft Yi Baiti", "Microsoft Yi Baiti"), ("Tibt", "Microsoft Himalaya", "Microsoft Himalaya"),
                ("Thaa", "MV Boli", "MV Boli"), ("Deva", "Mangal", "Mangal"), ("Telu", "Gautami", "Gautami"),
                ("Taml", "Latha", "Latha"), ("Syrc", "Estrangelo Edessa", "Estrangelo Edessa"),
                ("Orya", "Kalinga", "Kalinga"), ("Mlym", "Kartika", "Kartika"), ("Laoo", "DokChampa", "DokChampa"),
                ("Sinh", "Iskoola Pota", "Iskoola Pota"), ("Mong", "Mongolian Baiti", "Mongolian Baiti"),
                ("Viet", "Times New Roman", "Arial"), ("Uigh", "Microsoft Uighur", "Microsoft Uighur"),
                ("Geor", "Sylfaen", "Sylfaen"), ("Armn", "Arial", "Arial"), ("Bugi", "Leelawadee UI", "Leelawadee UI"),
                ("Bopo", "Microsoft JhengHei", "Microsoft JhengHei"), ("Java", "Javanese Text", "Javanese Text"),
                ("Lisu", "Segoe UI", "Segoe UI"), ("Mymr", "Myanmar Text", "Myanmar Text"),
                ("Nkoo", "Ebrima", "Ebrima"), ("Olck", "Nirmala UI", "Nirmala UI"), ("Osma", "Ebrima", "Ebrima"),
                ("Phag", "Phagspa", "Phagspa"), ("Syrn", "Estrangelo Edessa", "Estrangelo Edessa"),
                ("Syrj", "Estrangelo Edessa", "Estrangelo Edessa"), ("Syre", "Estrangelo Edessa", "Estrangelo Edessa"),
                ("Sora", "Nirmala UI", "Nirmala UI"), ("Tale", "Microsoft Tai Le", "Microsoft Tai Le"),
                ("Talu", "Microsoft New Tai Lue", "Microsoft New Tai Lue"), ("Tfng", "Ebrima", "Ebrima")]


def theme_xml(name):
    major = "".join('<a:font script="%s" typeface="%s"/>' % (s, a) for s, a, b in FONT_SCRIPTS)
    minor = "".join('<a:font script="%s" typeface="%s"/>' % (s, b) for s, a, b in FONT_SCRIPTS)
    grad = lambda mods: "".join('<a:gs pos="%d"><a:schemeClr val="phClr">%s</a:schemeClr></a:gs>' % m for m in mods)
    return (DECL + '<a:theme xmlns:a="%s" name="%s"><a:themeElements><a:clrScheme name="Office">'
            '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
            '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>'
            '<a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>'
            '<a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>'
            '<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>'
            '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
            '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
            '<a:ea typeface=""/><a:cs typeface=""/>%s</a:majorFont><a:minorFont><a:latin typeface="Calibri" '
            'panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/>%s</a:minorFont></a:fontScheme>'
            '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
            '<a:gradFill rotWithShape="1"><a:gsLst>%s</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
            '<a:gradFill rotWithShape="1"><a:gsLst>%s</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill></a:fillStyleLst>'
            '<a:lnStyleLst><a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
            '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>'
            '<a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="19050" '
            'cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/>'
            '<a:miter lim="800000"/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>'
            '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" '
            'dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/>'
            '</a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill>'
            '<a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/>'
            '<a:satMod val="170000"/></a:schemeClr></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst>%s</a:gsLst>'
            '<a:lin ang="5400000" scaled="0"/></a:gradFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
            '<a:objectDefaults/><a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}">'
            '<thm15:themeFamily xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
            'id="{62F939B6-93AF-4DB8-9C6B-D6C7DFDC589F}" vid="{4A3C46E8-61CC-4603-A589-7422A47A8E4A}"/></a:ext></a:extLst>'
            '</a:theme>' % (NS_A, name, major, minor,
                            grad([(0, '<a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/>'),
                                  (50000, '<a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/>'),
                                  (100000, '<a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/>')]),
                            grad([(0, '<a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/>'),
                                  (50000, '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/>'),
                                  (100000, '<a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/>')]),
                            grad([(0, '<a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/>'),
                                  (50000, '<a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/><a:lumMod val="103000"/>'),
                                  (100000, '<a:shade val="63000"/><a:satMod val="120000"/>')])))


# ---------------------------------------------------------------- master, layouts, notes master
def lvl_styles(first_sz, bullets):
    out = []
    sizes = [first_sz, first_sz - 400, first_sz - 800, first_sz - 1000, first_sz - 1000] + [first_sz - 1000] * 4
    for i in range(9):
        marl = 228600 + 457200 * i
        if bullets:
            out.append('<a:lvl%dpPr marL="%d" indent="-228600" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" '
                       'latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef>'
                       '<a:spcPts val="%d"/></a:spcBef><a:buFont typeface="Arial" panose="020B0604020202020204" '
                       'pitchFamily="34" charset="0"/><a:buChar char="&#8226;"/><a:defRPr sz="%d" kern="1200">'
                       '<a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/>'
                       '<a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl%dpPr>'
                       % (i + 1, marl, 1000 if i == 0 else 500, max(sizes[i], 1800), i + 1))
        else:
            out.append('<a:lvl%dpPr marL="%d" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" '
                       'hangingPunct="1"><a:defRPr sz="1800" kern="1200"><a:solidFill><a:schemeClr val="tx1"/>'
                       '</a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
                       '</a:defRPr></a:lvl%dpPr>' % (i + 1, 457200 * i, i + 1))
    return "".join(out)


EDIT_TEXT = ('<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text styles</a:t></a:r></a:p>'
             + "".join('<a:p><a:pPr lvl="%d"/><a:r><a:rPr lang="en-US"/><a:t>%s</a:t></a:r>%s</a:p>'
                       % (i, t, '<a:endParaRPr lang="en-US"/>' if i == 4 else "")
                       for i, t in enumerate(["Second level", "Third level", "Fourth level", "Fifth level"], 1)))


def xfrm(x, y, cx, cy):
    return '<a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>' % (x, y, cx, cy)


def ph_sp(spid, name, ph, key, geom=None, bodypr="<a:bodyPr/>", lst="<a:lstStyle/>", body=None):
    sppr = "<p:spPr/>" if geom is None else '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>' % xfrm(*geom)
    if body is None:
        body = '<a:p><a:endParaRPr lang="en-IN"/></a:p>'
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s">%s</p:cNvPr><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            '<p:nvPr>%s</p:nvPr></p:nvSpPr>%s<p:txBody>%s%s%s</p:txBody></p:sp>'
            % (spid, name, creation(key), ph, sppr, bodypr, lst, body))


def dt_ftr_num(first, key, idx=(10, 11, 12)):
    return (ph_sp(first, "Date Placeholder %d" % (first - 1), '<p:ph type="dt" sz="half" idx="%d"/>' % idx[0], key + "dt",
                  body='<a:p><a:fld id="%s" type="datetimeFigureOut"><a:rPr lang="en-IN" smtClean="0"/><a:t>21-08-2025</a:t>'
                       '</a:fld><a:endParaRPr lang="en-IN"/></a:p>' % DATE_FLD)
            + ph_sp(first + 1, "Footer Placeholder %d" % first, '<p:ph type="ftr" sz="quarter" idx="%d"/>' % idx[1], key + "ft",
                    body='<a:p><a:endParaRPr lang="en-IN"/></a:p>')
            + ph_sp(first + 2, "Slide Number Placeholder %d" % (first + 1), '<p:ph type="sldNum" sz="quarter" idx="%d"/>'
                    % idx[2], key + "sn", body='<a:p><a:fld id="%s" type="slidenum"><a:rPr lang="en-IN" smtClean="0"/>'
                                               '<a:t>‹#›</a:t></a:fld><a:endParaRPr lang="en-IN"/></a:p>' % SLIDENUM_FLD))


def title_prompt(text="Click to edit Master title style"):
    return '<a:p><a:r><a:rPr lang="en-US"/><a:t>%s</a:t></a:r><a:endParaRPr lang="en-US"/></a:p>' % text


LAYOUTS = [
    ("Title Slide", "title", [
        ("Title 1", '<p:ph type="ctrTitle"/>', (1524000, 1122363, 9144000, 2387600), '<a:bodyPr anchor="b"/>',
         '<a:lstStyle><a:lvl1pPr algn="ctr"><a:defRPr sz="6000"/></a:lvl1pPr></a:lstStyle>', title_prompt()),
        ("Subtitle 2", '<p:ph type="subTitle" idx="1"/>', (1524000, 3602038, 9144000, 1655762), "<a:bodyPr/>",
         '<a:lstStyle><a:lvl1pPr marL="0" indent="0" algn="ctr"><a:buNone/><a:defRPr sz="2400"/></a:lvl1pPr></a:lstStyle>',
         title_prompt("Click to edit Master subtitle style"))]),
    ("Title and Content", "obj", [
        ("Title 1", '<p:ph type="title"/>', None, "<a:bodyPr/>", "<a:lstStyle/>", title_prompt()),
        ("Content Placeholder 2", '<p:ph idx="1"/>', None, "<a:bodyPr/>", "<a:lstStyle/>", EDIT_TEXT)]),
    ("Section Header", "secHead", [
        ("Title 1", '<p:ph type="title"/>', (831850, 1709738, 10515600, 2852737), '<a:bodyPr anchor="b"/>',
         '<a:lstStyle><a:lvl1pPr><a:defRPr sz="6000"/></a:lvl1pPr></a:lstStyle>', title_prompt()),
        ("Text Placeholder 2", '<p:ph type="body" idx="1"/>', (831850, 4589463, 10515600, 1500187), "<a:bodyPr/>",
         '<a:lstStyle><a:lvl1pPr marL="0" indent="0"><a:buNone/><a:defRPr sz="2400"><a:solidFill><a:schemeClr val="tx1">'
         '<a:tint val="75000"/></a:schemeClr></a:solidFill></a:defRPr></a:lvl1pPr></a:lstStyle>',
         '<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text styles</a:t></a:r></a:p>')]),
    ("Two Content", "twoObj", [
        ("Title 1", '<p:ph type="title"/>', None, "<a:bodyPr/>", "<a:lstStyle/>", title_prompt()),
        ("Content Placeholder 2", '<p:ph sz="half" idx="1"/>', (838200, 1825625, 5181600, 4351338), "<a:bodyPr/>",
         "<a:lstStyle/>", EDIT_TEXT),
        ("Content Placeholder 3", '<p:ph sz="half" idx="2"/>', (6172200, 1825625, 5181600, 4351338), "<a:bodyPr/>",
         "<a:lstStyle/>", EDIT_TEXT)]),
    ("Comparison", "twoTxTwoObj", [
        ("Title 1", '<p:ph type="title"/>', (839788, 365125, 10515600, 1325563), "<a:bodyPr/>", "<a:lstStyle/>", title_prompt()),
        ("Text Placeholder 2", '<p:ph type="body" idx="1"/>', (839788, 1681163, 5157787, 823912), '<a:bodyPr anchor="b"/>',
         '<a:lstStyle><a:lvl1pPr marL="0" indent="0"><a:buNone/><a:defRPr sz="2400" b="1"/></a:lvl1pPr></a:lstStyle>',
         '<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text styles</a:t></a:r></a:p>'),
        ("Content Placeholder 3", '<p:ph sz="half" idx="2"/>', (839788, 2505075, 5157787, 3684588), "<a:bodyPr/>",
         "<a:lstStyle/>", EDIT_TEXT),
        ("Text Placeholder 4", '<p:ph type="body" sz="quarter" idx="3"/>', (6172200, 1681163, 5183188, 823912),
         '<a:bodyPr anchor="b"/>',
         '<a:lstStyle><a:lvl1pPr marL="0" indent="0"><a:buNone/><a:defRPr sz="2400" b="1"/></a:lvl1pPr></a:lstStyle>',
         '<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text styles</a:t></a:r></a:p>'),
        ("Content Placeholder 5", '<p:ph sz="quarter" idx="4"/>', (6172200, 2505075, 5183188, 3684588), "<a:bodyPr/>",
         "<a:lstStyle/>", EDIT_TEXT)]),
    ("Title Only", "titleOnly", [
        ("Title 1", '<p:ph type="title"/>', None, "<a:bodyPr/>", "<a:lstStyle/>", title_prompt())]),
    ("Blank", "blank", []),
    ("Content with Caption", "objTx", [
        ("Title 1", '<p:ph type="title"/>', (839788, 457200, 3932237, 1600200), '<a:bodyPr anchor="b"/>',
         '<a:lstStyle><a:lvl1pPr><a:defRPr sz="3200"/></a:lvl1pPr></a:lstStyle>', title_prompt()),
        ("Content Placeholder 2", '<p:ph idx="1"/>', (5183188, 987425, 6172200, 4873625), "<a:bodyPr/>",
         '<a:lstStyle><a:lvl1pPr><a:defRPr sz="3200"/></a:lvl1pPr></a:lstStyle>', EDIT_TEXT),
        ("Text Placeholder 3", '<p:ph type="body" sz="half" idx="2"/>', (839788, 2057400, 3932237, 3811588), "<a:bodyPr/>",
         '<a:lstStyle><a:lvl1pPr marL="0" indent="0"><a:buNone/><a:defRPr sz="1600"/></a:lvl1pPr></a:lstStyle>',
         '<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text styles</a:t></a:r></a:p>')]),
    ("Picture with Caption", "picTx", [
        ("Title 1", '<p:ph type="title"/>', (839788, 457200, 3932237, 1600200), '<a:bodyPr anchor="b"/>',
         '<a:lstStyle><a:lvl1pPr><a:defRPr sz="3200"/></a:lvl1pPr></a:lstStyle>', title_prompt()),
        ("Picture Placeholder 2", '<p:ph type="pic" idx="1"/>', (5183188, 987425, 6172200, 4873625), "<a:bodyPr/>",
         '<a:lstStyle><a:lvl1pPr marL="0" indent="0"><a:buNone/><a:defRPr sz="3200"/></a:lvl1pPr></a:lstStyle>',
         '<a:p><a:endParaRPr lang="en-US"/></a:p>'),
        ("Text Placeholder 3", '<p:ph type="body" sz="half" idx="2"/>', (839788, 2057400, 3932237, 3811588), "<a:bodyPr/>",
         '<a:lstStyle><a:lvl1pPr marL="0" indent="0"><a:buNone/><a:defRPr sz="1600"/></a:lvl1pPr></a:lstStyle>',
         '<a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text styles</a:t></a:r></a:p>')]),
    ("Title and Vertical Text", "vertTx", [
        ("Title 1", '<p:ph type="title"/>', None, "<a:bodyPr/>", "<a:lstStyle/>", title_prompt()),
        ("Vertical Text Placeholder 2", '<p:ph type="body" orient="vert" idx="1"/>', None, '<a:bodyPr vert="eaVert"/>',
         "<a:lstStyle/>", EDIT_TEXT)]),
    ("Vertical Title and Text", "vertTitleAndTx", [
        ("Vertical Title 1", '<p:ph type="title" orient="vert"/>', (8724900, 365125, 2628900, 5811838),
         '<a:bodyPr vert="eaVert"/>', "<a:lstStyle/>", title_prompt()),
        ("Vertical Text Placeholder 2", '<p:ph type="body" orient="vert" idx="1"/>', (838200, 365125, 7734300, 5811838),
         '<a:bodyPr vert="eaVert"/>', "<a:lstStyle/>", EDIT_TEXT)]),
]


def layout_xml(i, name, typ, phs):
    key = "ondc-layout-%d" % i
    shapes = []
    for j, (nm, ph, geom, bp, lst, body) in enumerate(phs):
        shapes.append(ph_sp(j + 2, nm, ph, key + nm, geom, bp, lst, body))
    shapes.append(dt_ftr_num(len(phs) + 2, key))
    return (DECL + '<p:sldLayout %s type="%s" preserve="1"><p:cSld name="%s"><p:spTree>%s%s</p:spTree><p:extLst>'
            '<p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId xmlns:p14="%s" val="%d"/></p:ext>'
            '</p:extLst></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
            % (NSDECL, typ, name, GRP, "".join(shapes), P14, num(key)))


def master_xml():
    key = "ondc-master"
    bar = ('<p:sp><p:nvSpPr><p:cNvPr id="7" name="Rectangle 6">%s</p:cNvPr><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
           '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill>'
           '<a:ln><a:noFill/></a:ln></p:spPr><p:style><a:lnRef idx="2"><a:schemeClr val="accent1"><a:shade val="50000"/>'
           '</a:schemeClr></a:lnRef><a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="0">'
           '<a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></p:style>'
           '<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:pPr algn="ctr"/><a:endParaRPr lang="en-IN"/>'
           '</a:p></p:txBody></p:sp>' % (creation(key + "bar"), xfrm(0, 0, 12192000, 228600)))
    shapes = (ph_sp(2, "Title Placeholder 1", '<p:ph type="title"/>', key + "t", (838200, 365125, 10515600, 1325563),
                    '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" anchor="ctr">'
                    '<a:normAutofit/></a:bodyPr>', "<a:lstStyle/>", title_prompt())
              + ph_sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', key + "b", (838200, 1825625, 10515600, 4351338),
                      '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0">'
                      '<a:normAutofit/></a:bodyPr>', "<a:lstStyle/>", EDIT_TEXT)
              + ph_sp(4, "Date Placeholder 3", '<p:ph type="dt" sz="half" idx="2"/>', key + "d", (838200, 6356350, 2743200, 365125),
                      '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" anchor="ctr"/>',
                      '<a:lstStyle><a:lvl1pPr algn="l"><a:defRPr sz="1200"><a:solidFill><a:schemeClr val="tx1"><a:tint val="75000"/>'
                      '</a:schemeClr></a:solidFill></a:defRPr></a:lvl1pPr></a:lstStyle>',
                      '<a:p><a:fld id="%s" type="datetimeFigureOut"><a:rPr lang="en-IN" smtClean="0"/><a:t>21-08-2025</a:t></a:fld>'
                      '<a:endParaRPr lang="en-IN"/></a:p>' % DATE_FLD)
              + ph_sp(5, "Footer Placeholder 4", '<p:ph type="ftr" sz="quarter" idx="3"/>', key + "f", (4038600, 6356350, 4114800, 365125),
                      '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" anchor="ctr"/>',
                      '<a:lstStyle><a:lvl1pPr algn="ctr"><a:defRPr sz="1200"><a:solidFill><a:schemeClr val="tx1"><a:tint val="75000"/>'
                      '</a:schemeClr></a:solidFill></a:defRPr></a:lvl1pPr></a:lstStyle>', '<a:p><a:endParaRPr lang="en-IN"/></a:p>')
              + ph_sp(6, "Slide Number Placeholder 5", '<p:ph type="sldNum" sz="quarter" idx="4"/>', key + "n",
                      (8610600, 6356350, 2743200, 365125),
                      '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" anchor="ctr"/>',
                      '<a:lstStyle><a:lvl1pPr algn="r"><a:defRPr sz="1200"><a:solidFill><a:schemeClr val="tx1"><a:tint val="75000"/>'
                      '</a:schemeClr></a:solidFill></a:defRPr></a:lvl1pPr></a:lstStyle>',
                      '<a:p><a:fld id="%s" type="slidenum"><a:rPr lang="en-IN" smtClean="0"/><a:t>‹#›</a:t></a:fld>'
                      '<a:endParaRPr lang="en-IN"/></a:p>' % SLIDENUM_FLD)
              + bar)
    ids = "".join('<p:sldLayoutId id="%d" r:id="rId%d"/>' % (2147483649 + i, i + 1) for i in range(len(LAYOUTS)))
    title_style = ('<p:titleStyle><a:lvl1pPr algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">'
                   '<a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/>'
                   '<a:defRPr sz="4400" kern="1200"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill>'
                   '<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr>'
                   '</p:titleStyle>')
    return (DECL + '<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>%s%s'
            '</p:spTree><p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId xmlns:p14="%s" val="%d"/>'
            '</p:ext></p:extLst></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
            'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            '<p:sldLayoutIdLst>%s</p:sldLayoutIdLst><p:txStyles>%s<p:bodyStyle>%s</p:bodyStyle><p:otherStyle>'
            '<a:defPPr><a:defRPr lang="en-US"/></a:defPPr>%s</p:otherStyle></p:txStyles></p:sldMaster>'
            % (NSDECL, GRP, shapes, P14, num(key), ids, title_style, lvl_styles(2800, True), lvl_styles(1800, False)))


def notes_master_xml():
    key = "ondc-notesmaster"
    lst = '<a:lstStyle><a:lvl1pPr algn="%s"><a:defRPr sz="1200"/></a:lvl1pPr></a:lstStyle>'
    shapes = (ph_sp(2, "Header Placeholder 1", '<p:ph type="hdr" sz="quarter"/>', key + "h", (0, 0, 2971800, 458788),
                    '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/>', lst % "l")
              + ph_sp(3, "Date Placeholder 2", '<p:ph type="dt" idx="1"/>', key + "d", (3884613, 0, 2971800, 458788),
                      '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/>', lst % "r",
                      '<a:p><a:fld id="{E2B5C1D0-6A3F-4C8B-9D7E-1F2A3B4C5D6E}" type="datetimeFigureOut"><a:rPr lang="en-IN"/>'
                      '<a:t>21-08-2025</a:t></a:fld><a:endParaRPr lang="en-IN"/></a:p>')
              + '<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Image Placeholder 3">%s</p:cNvPr><p:cNvSpPr><a:spLocks noGrp="1" '
                'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr>%s'
                '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/>'
                '</a:solidFill></a:ln></p:spPr><p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
                'rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:endParaRPr lang="en-IN"/></a:p></p:txBody></p:sp>'
                % (creation(key + "img"), xfrm(685800, 1143000, 5486400, 3086100))
              + ph_sp(5, "Notes Placeholder 4", '<p:ph type="body" sz="quarter" idx="3"/>', key + "b", (685800, 4400550, 5486400, 3600450),
                      '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/>', "<a:lstStyle/>", EDIT_TEXT)
              + ph_sp(6, "Footer Placeholder 5", '<p:ph type="ftr" sz="quarter" idx="4"/>', key + "f", (0, 8685213, 2971800, 458787),
                      '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" anchor="b"/>', lst % "l")
              + ph_sp(7, "Slide Number Placeholder 6", '<p:ph type="sldNum" sz="quarter" idx="5"/>', key + "n",
                      (3884613, 8685213, 2971800, 458787),
                      '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" anchor="b"/>', lst % "r",
                      '<a:p><a:fld id="{7C1A3F8E-2D44-4E0B-A5E3-8B1D2C3F4A50}" type="slidenum"><a:rPr lang="en-IN"/><a:t>‹#›</a:t>'
                      '</a:fld><a:endParaRPr lang="en-IN"/></a:p>'))
    notes_style = "".join('<a:lvl%dpPr marL="%d" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">'
                          '<a:defRPr sz="1200" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin '
                          'typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl%dpPr>'
                          % (i + 1, 457200 * i, i + 1) for i in range(9))
    return (DECL + '<p:notesMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>%s%s'
            '</p:spTree><p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId xmlns:p14="%s" val="%d"/>'
            '</p:ext></p:extLst></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
            'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            '<p:notesStyle>%s</p:notesStyle></p:notesMaster>' % (NSDECL, GRP, shapes, P14, num(key), notes_style))


# ---------------------------------------------------------------- thumbnail (baseline JPEG, block-flat)
def jpeg(width, height, color_at):
    zz = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14,
          21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60,
          61, 54, 47, 55, 62, 63]
    lum = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29,
           51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121,
           120, 101, 72, 92, 95, 98, 112, 100, 103, 99]
    chrom = [99] * 64
    base = [[17, 18, 24, 47], [18, 21, 26, 66], [24, 26, 56, 99], [47, 66, 99, 99]]
    for r in range(4):
        for c in range(4):
            chrom[r * 8 + c] = base[r][c]
    q = lambda t: [min(255, max(1, (v * 50 + 50) // 100)) for v in t]
    ql, qc = q(lum), q(chrom)
    dc_l = ([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], list(range(12)))
    dc_c = ([0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], list(range(12)))
    ac = ([1] + [0] * 15, [0])

    def codes(spec):
        bits, vals = spec
        out, code, k = {}, 0, 0
        for length in range(1, 17):
            for _ in range(bits[length - 1]):
                out[vals[k]] = (code, length)
                code += 1
                k += 1
            code <<= 1
        return out
    cdl, cdc, cac = codes(dc_l), codes(dc_c), codes(ac)
    seg = lambda m, body: struct.pack(">BBH", 0xFF, m, len(body) + 2) + body
    out = b"\xff\xd8" + seg(0xE0, b"JFIF\x00\x01\x01\x01\x00\x60\x00\x60\x00\x00")
    out += seg(0xDB, bytes([0]) + bytes(ql[i] for i in zz) + bytes([1]) + bytes(qc[i] for i in zz))
    out += seg(0xC0, struct.pack(">BHHB", 8, height, width, 3) + bytes([1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]))
    for cls_id, spec in ((0x00, dc_l), (0x10, ac), (0x01, dc_c), (0x11, ac)):
        out += seg(0xC4, bytes([cls_id]) + bytes(spec[0]) + bytes(spec[1]))
    out += seg(0xDA, bytes([3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]))
    bitbuf, nbits, data = 0, 0, bytearray()

    def put(code, length):
        nonlocal bitbuf, nbits
        bitbuf = (bitbuf << length) | code
        nbits += length
        while nbits >= 8:
            byte = (bitbuf >> (nbits - 8)) & 0xFF
            data.append(byte)
            if byte == 0xFF:
                data.append(0)
            nbits -= 8
        bitbuf &= (1 << nbits) - 1
    pred = [0, 0, 0]
    for by in range(height // 8):
        for bx in range(width // 8):
            r, g, b = color_at(bx * 8 + 4, by * 8 + 4)
            ycc = (0.299 * r + 0.587 * g + 0.114 * b,
                   128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
                   128 + 0.5 * r - 0.418688 * g - 0.081312 * b)
            for ci in range(3):
                qt = ql if ci == 0 else qc
                dc = int(round(8 * (ycc[ci] - 128) / qt[0]))
                diff = dc - pred[ci]
                pred[ci] = dc
                s = abs(diff).bit_length()
                table = cdl if ci == 0 else cdc
                put(*table[s])
                if s:
                    put(diff if diff > 0 else diff + (1 << s) - 1, s)
                put(*cac[0])
    if nbits:
        put((1 << (8 - nbits)) - 1, 8 - nbits)
    return out + bytes(data) + b"\xff\xd9"


def thumb_color(title):
    pattern = [ord(c) % 3 for c in title]

    def at(x, y):
        if y < 8:
            return (31, 78, 121)
        if 40 <= y < 72 and 24 <= x < 232:
            k = (x - 24) // 8
            return (31, 78, 121) if k < len(pattern) and pattern[k] else (160, 176, 196)
        if (88 <= y < 96 and 48 <= x < 208) or (104 <= y < 112 and 64 <= x < 192):
            return (150, 150, 150)
        return (255, 255, 255)
    return at


# ---------------------------------------------------------------- package
def words_of(s):
    texts = [s["title"] or ""] + s["sub"] + [t for _, _, t in s["items"]]
    if s["box"]:
        texts += [s["box"]["head"]] + s["box"]["items"]
    for row in s["table"]:
        texts += row
    return sum(len(t.replace("**", "").split()) for t in texts)


def build(out_path):
    slides = parse(SRC)
    n = len(slides)
    noted = [s for s in slides if s["notes"]]
    parts = []
    ct = ['<Default Extension="jpeg" ContentType="image/jpeg"/>',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>',
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>']
    ct += ['<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>'
           % s["n"] for s in slides]
    ct += ['<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"/>',
           '<Override PartName="/ppt/presProps.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presProps+xml"/>',
           '<Override PartName="/ppt/viewProps.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml"/>',
           '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
           '<Override PartName="/ppt/tableStyles.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml"/>']
    ct += ['<Override PartName="/ppt/slideLayouts/slideLayout%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
           % (i + 1) for i in range(len(LAYOUTS))]
    ct += ['<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>']
    ct += ['<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>'
           % (i + 1) for i in range(len(noted))]
    ct += ['<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    parts.append(("[Content_Types].xml", DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">%s</Types>'
                  % "".join(ct)))
    parts.append(("_rels/.rels", rels([
        ("rId3", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail", "docProps/thumbnail.jpeg"),
        ("rId1", RT + "officeDocument", "ppt/presentation.xml"),
        ("rId4", RT + "extended-properties", "docProps/app.xml")])))
    # presentation
    prel = [("rId1", RT + "slideMaster", "slideMasters/slideMaster1.xml")]
    prel += [("rId%d" % (i + 2), RT + "slide", "slides/slide%d.xml" % s["n"]) for i, s in enumerate(slides)]
    k = n + 2
    prel += [("rId%d" % k, RT + "notesMaster", "notesMasters/notesMaster1.xml"),
             ("rId%d" % (k + 1), RT + "presProps", "presProps.xml"),
             ("rId%d" % (k + 2), RT + "viewProps", "viewProps.xml"),
             ("rId%d" % (k + 3), RT + "theme", "theme/theme1.xml"),
             ("rId%d" % (k + 4), RT + "tableStyles", "tableStyles.xml")]
    deftext = "".join('<a:lvl%dpPr marL="%d" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">'
                      '<a:defRPr sz="1800" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin '
                      'typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl%dpPr>'
                      % (i + 1, 457200 * i, i + 1) for i in range(9))
    pres = (DECL + '<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/>'
            '</p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId%d"/></p:notesMasterIdLst><p:sldIdLst>%s'
            '</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle>'
            '<a:defPPr><a:defRPr lang="en-US"/></a:defPPr>%s</p:defaultTextStyle><p:extLst><p:ext '
            'uri="{EFAFB233-063F-42B5-8137-9DF3F51BA10A}"><p15:sldGuideLst xmlns:p15="http://schemas.microsoft.com/office/'
            'powerpoint/2012/main"/></p:ext></p:extLst></p:presentation>'
            % (NSDECL, k, "".join('<p:sldId id="%d" r:id="rId%d"/>' % (256 + i, i + 2) for i in range(n)), deftext))
    parts.append(("ppt/presentation.xml", pres))
    parts.append(("ppt/_rels/presentation.xml.rels", rels(prel)))
    note_no = {}
    for i, s in enumerate(noted):
        note_no[s["n"]] = i + 1
    layout_no = {name: i + 1 for i, (name, _, _) in enumerate(LAYOUTS)}
    for s in slides:
        parts.append(("ppt/slides/slide%d.xml" % s["n"], slide_xml(s)))
    for s in slides:
        items = [("rId1", RT + "slideLayout", "../slideLayouts/slideLayout%d.xml" % layout_no[s["layout"]])]
        if s["n"] in note_no:
            items.append(("rId2", RT + "notesSlide", "../notesSlides/notesSlide%d.xml" % note_no[s["n"]]))
        parts.append(("ppt/slides/_rels/slide%d.xml.rels" % s["n"], rels(items)))
    parts.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    for i, (name, typ, phs) in enumerate(LAYOUTS):
        parts.append(("ppt/slideLayouts/slideLayout%d.xml" % (i + 1), layout_xml(i + 1, name, typ, phs)))
    parts.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                  rels([("rId%d" % (i + 1), RT + "slideLayout", "../slideLayouts/slideLayout%d.xml" % (i + 1))
                        for i in range(len(LAYOUTS))] + [("rId%d" % (len(LAYOUTS) + 1), RT + "theme", "../theme/theme1.xml")])))
    for i in range(len(LAYOUTS)):
        parts.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % (i + 1),
                      rels([("rId1", RT + "slideMaster", "../slideMasters/slideMaster1.xml")])))
    parts.append(("ppt/theme/theme1.xml", theme_xml("Office Theme")))
    for s in noted:
        parts.append(("ppt/notesSlides/notesSlide%d.xml" % note_no[s["n"]], notes_xml(s)))
    for s in noted:
        parts.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % note_no[s["n"]],
                      rels([("rId2", RT + "slide", "../slides/slide%d.xml" % s["n"]),
                            ("rId1", RT + "notesMaster", "../notesMasters/notesMaster1.xml")])))
    parts.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    parts.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels([("rId1", RT + "theme", "../theme/theme2.xml")])))
    parts.append(("ppt/theme/theme2.xml", theme_xml("Office Theme")))
    parts.append(("docProps/thumbnail.jpeg", jpeg(256, 144, thumb_color(slides[0]["title"]))))
    parts.append(("ppt/presProps.xml", DECL + '<p:presentationPr %s><p:showPr showNarration="1"><p:present/><p:sldAll/><p:penClr>'
                  '<a:prstClr val="red"/></p:penClr><p:extLst><p:ext uri="{EC167BDD-8182-4AB7-AECC-EB403E3ABB37}"><p14:laserClr '
                  'xmlns:p14="%s"><a:srgbClr val="FF0000"/></p14:laserClr></p:ext><p:ext uri="{2FDB2607-1784-4EEB-B798-7EB5836EED8A}">'
                  '<p14:showMediaCtrls xmlns:p14="%s" val="1"/></p:ext></p:extLst></p:showPr><p:extLst><p:ext '
                  'uri="{E76CE94A-603C-4142-B9EB-6D1370010A27}"><p14:discardImageEditData xmlns:p14="%s" val="0"/></p:ext><p:ext '
                  'uri="{D31A062A-798A-4329-ABDD-BBA856620510}"><p14:defaultImageDpi xmlns:p14="%s" val="220"/></p:ext><p:ext '
                  'uri="{FD5EFAAD-0ECE-453E-9831-46B23BE46B34}"><p15:chartTrackingRefBased xmlns:p15="http://schemas.microsoft.com/'
                  'office/powerpoint/2012/main" val="1"/></p:ext></p:extLst></p:presentationPr>' % (NSDECL, P14, P14, P14, P14)))
    parts.append(("ppt/viewProps.xml", DECL + '<p:viewPr %s lastView="sldView"><p:normalViewPr><p:restoredLeft sz="15987" autoAdjust="0"/>'
                  '<p:restoredTop sz="80312" autoAdjust="0"/></p:normalViewPr><p:slideViewPr><p:cSldViewPr snapToGrid="0"><p:cViewPr '
                  'varScale="1"><p:scale><a:sx n="92" d="100"/><a:sy n="92" d="100"/></p:scale><p:origin x="1218" y="84"/></p:cViewPr>'
                  '<p:guideLst/></p:cSldViewPr></p:slideViewPr><p:notesTextViewPr><p:cViewPr><p:scale><a:sx n="1" d="1"/><a:sy n="1" '
                  'd="1"/></p:scale><p:origin x="0" y="0"/></p:cViewPr></p:notesTextViewPr><p:gridSpacing cx="72008" cy="72008"/>'
                  '</p:viewPr>' % NSDECL))
    parts.append(("ppt/tableStyles.xml", DECL + '<a:tblStyleLst xmlns:a="%s" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>' % NS_A))
    titles = [s["title"] for s in slides]
    words = sum(words_of(s) for s in slides)
    paras = sum(1 + len(s["sub"]) + len(s["items"]) + (1 + len(s["box"]["items"]) if s["box"] else 0)
                + sum(len(r) for r in s["table"]) for s in slides)
    app = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><TotalTime>486</TotalTime>'
           '<Words>%d</Words><Application>Microsoft Office PowerPoint</Application><PresentationFormat>Widescreen</PresentationFormat>'
           '<Paragraphs>%d</Paragraphs><Slides>%d</Slides><Notes>%d</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips>'
           '<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used'
           '</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant>'
           '<vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant>'
           '<vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="%d" baseType="lpstr">'
           '<vt:lpstr>Arial</vt:lpstr><vt:lpstr>Calibri</vt:lpstr><vt:lpstr>Calibri Light</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr>'
           '%s</vt:vector></TitlesOfParts><Company>Abhyas IAS Academy</Company><LinksUpToDate>false</LinksUpToDate>'
           '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
           % (words, paras, n, len(noted), n, n + 4, "".join("<vt:lpstr>%s</vt:lpstr>" % esc(t) for t in titles)))
    core = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>Smita Kulkarni</dc:creator><cp:lastModifiedBy>Smita Kulkarni</cp:lastModifiedBy>'
            '<cp:revision>47</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2023-06-14T05:12:37Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-08-20T17:48:09Z</dcterms:modified></cp:coreProperties>'
            % esc(titles[0]))
    parts.append(("docProps/core.xml", core))
    parts.append(("docProps/app.xml", app))
    with zipfile.ZipFile(out_path, "w") as z:
        for name, data in parts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data, compresslevel=6)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
