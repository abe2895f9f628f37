#!/usr/bin/python3
"""Make docs/three-stage-pfbr-word-notes.docx from tools/three-stage-pfbr-word-notes.txt.

The file imitates a student's Word (Microsoft 365, Windows) notes: Title and Subtitle
paragraphs, Heading 1 / Heading 2 sections, "List Bullet" lists, a "Light Grid Accent 1"
table, four floating side notes and one labelled callout shape. Each side note is a
DrawingML text box (wps:wsp with wps:txbx inside a wp:anchor, wrapSquare, positioned against
the right margin) wrapped in mc:AlternateContent with the VML twin (v:shape with v:textbox)
in mc:Fallback, as Word writes it, so the box text is stored twice in document.xml but shown
once. The callout is a "Speech Bubble: Rectangle with Corners Rounded" (prst
wedgeRoundRectCallout, VML shapetype 62) carrying its label in its own txbxContent. Other Word
marks: proofErr spellStart/spellEnd around words the speller flags, a _GoBack bookmark,
docProps from Word (no python-docx creator, no thumbnail).

python-docx builds the body; raw XML is spliced in for the anchors, the proofErr marks and the
bookmark (placeholder runs are replaced in word/document.xml). The package is then re-zipped
with fixed 1980-01-01 timestamps and the same member order, so the output is the same byte
for byte on every run.

Run from anywhere: /usr/bin/python3 tools/make_docx.py
"""
import io
import os
import re
import zipfile

import docx
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "three-stage-pfbr-word-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "three-stage-pfbr-word-notes.docx")

EMU_IN = 914400

# id -> (kind, name, docPr id, width in, height in, fill, line colour, anchorId, editId)
BOXES = {
    "1": ("box", "Text Box 2", 2, 2.05, 1.32, "FFF2CC", "BF9000", "0B6F2C1E", "5D3A9C40"),
    "2": ("box", "Text Box 5", 5, 2.05, 1.38, "FBE4D5", "C00000", "47A1D0F3", "1E90B7A2"),
    "3": ("shape", "Speech Bubble: Rectangle with Corners Rounded 7", 7, 2.3, 0.62, "DEEAF6",
          "2E75B6", "6C2F8E15", "33D41B08"),  # the callout: two centred label lines
    "4": ("box", "Text Box 9", 9, 2.05, 1.45, "E2EFDA", "548235", "21BC7A64", "7F05E2D9"),
}

A_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def box_paragraphs(lines, kind):
    out = []
    for i, line in enumerate(lines):
        bold = line.startswith("**") and line.endswith("**")
        text = line.strip("*") if bold else line
        rpr = ('<w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>%s'
               '<w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="en-IN"/></w:rPr>'
               % ("<w:b/><w:bCs/>" if bold else ""))
        if kind == "shape":
            ppr = ('<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>'
                   '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="en-IN"/></w:rPr></w:pPr>')
            rpr = ('<w:rPr><w:b/><w:bCs/><w:color w:val="1F3864" w:themeColor="accent1" '
                   'w:themeShade="80"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="en-IN"/></w:rPr>')
        else:
            ppr = ('<w:pPr><w:spacing w:after="%d" w:line="240" w:lineRule="auto"/>'
                   '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="en-IN"/></w:rPr></w:pPr>'
                   % (60 if i < len(lines) - 1 else 0))
        out.append('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % (ppr, rpr, esc(text)))
    return "<w:txbxContent>%s</w:txbxContent>" % "".join(out)


def anchor_xml(bid, lines, z):
    kind, name, pid, w_in, h_in, fill, line, aid, eid = BOXES[bid]
    cx, cy = int(w_in * EMU_IN), int(h_in * EMU_IN)
    content = box_paragraphs(lines, kind)
    wpt, hpt = round(w_in * 72, 2), round(h_in * 72, 2)
    if kind == "box":
        geom = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        cnv = '<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        sppr_extra = ('<a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:ln w="9525"><a:solidFill>'
                      '<a:srgbClr val="%s"/></a:solidFill><a:miter lim="800000"/><a:headEnd/>'
                      '<a:tailEnd/></a:ln>' % (fill, line))
        style = ""
        body = ('<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
                'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>')
        spr_attr = ' bwMode="auto"'
        dist = 'distT="45720" distB="45720" distL="114300" distR="114300"'
        posv = '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>' % 38100
        shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                     'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                     '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
        vtype = "#_x0000_t202"
        vextra = ' fillcolor="#%s" strokecolor="#%s"' % (fill.lower(), line.lower())
        vbox = '<v:textbox style="mso-fit-shape-to-text:t">'
        wrap = '<wp:wrapSquare wrapText="bothSides"/>'
        effect = '<wp:effectExtent l="0" t="0" r="28575" b="19050"/>'
    else:
        geom = ('<a:prstGeom prst="wedgeRoundRectCallout"><a:avLst><a:gd name="adj1" fmla="val -62170"/>'
                '<a:gd name="adj2" fmla="val -24390"/><a:gd name="adj3" fmla="val 16667"/></a:avLst>'
                '</a:prstGeom>')
        cnv = '<wps:cNvSpPr/>'
        sppr_extra = ('<a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:ln w="12700"><a:solidFill>'
                      '<a:srgbClr val="%s"/></a:solidFill></a:ln>' % (fill, line))
        style = ('<wps:style><a:lnRef idx="2"><a:schemeClr val="accent1"><a:shade val="15000"/>'
                 '</a:schemeClr></a:lnRef><a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef>'
                 '<a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor">'
                 '<a:schemeClr val="lt1"/></a:fontRef></wps:style>')
        body = ('<wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="overflow" horzOverflow="overflow" '
                'vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
                'numCol="1" spcCol="0" rtlCol="0" fromWordArt="0" anchor="ctr" anchorCtr="0" '
                'forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape"><a:avLst/></a:prstTxWarp>'
                '<a:noAutofit/></wps:bodyPr>')
        spr_attr = ""
        dist = 'distT="0" distB="0" distL="114300" distR="114300"'
        posv = '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>' % 60325
        shapetype = ('<v:shapetype id="_x0000_t62" coordsize="21600,21600" o:spt="62" '
                     'adj="1350,25920" path="m3600,qx,3600l0@8@12@24,0@9,,18000qy3600,21600l@6,21600'
                     '@15@27@7,21600,18000,21600qx21600,18000l21600@9@18@30,21600@8,21600,3600qy18000,'
                     '0l@7,0@21@33@6,xe"><v:stroke joinstyle="miter"/><v:formulas>'
                     '<v:f eqn="sum 10800 0 #0"/><v:f eqn="sum 10800 0 #1"/><v:f eqn="sum #0 0 #1"/>'
                     '<v:f eqn="sum @0 @1 0"/><v:f eqn="sum 21600 0 #0"/><v:f eqn="sum 21600 0 #1"/>'
                     '<v:f eqn="if @0 3600 12600"/><v:f eqn="if @0 9000 18000"/><v:f eqn="if @1 3600 12600"/>'
                     '<v:f eqn="if @1 9000 18000"/></v:formulas><v:path o:connecttype="custom" '
                     'o:connectlocs="10800,0;0,10800;10800,21600;21600,10800;@40,@41" '
                     'textboxrect="791,791,20809,20809"/><v:handles><v:h position="#0,#1"/></v:handles>'
                     '</v:shapetype>')
        vtype = "#_x0000_t62"
        vextra = (' adj="-2629,5532" fillcolor="#%s" strokecolor="#%s" strokeweight="1pt"'
                  % (fill.lower(), line.lower()))
        vbox = '<v:textbox>'
        wrap = '<wp:wrapSquare wrapText="bothSides"/>'
        effect = '<wp:effectExtent l="628650" t="0" r="19050" b="19050"/>'
    drawing = (
        '<w:drawing><wp:anchor %s simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" '
        'layoutInCell="1" allowOverlap="1" wp14:anchorId="%s" wp14:editId="%s">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align>'
        '</wp:positionH>%s<wp:extent cx="%d" cy="%d"/>%s%s<wp:docPr id="%d" name="%s"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks %s/></wp:cNvGraphicFramePr>'
        '<a:graphic %s><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp>%s<wps:spPr%s><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" '
        'cy="%d"/></a:xfrm>%s%s</wps:spPr>%s<wps:txbx>%s</wps:txbx>%s</wps:wsp></a:graphicData>'
        '</a:graphic><wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth>'
        '</wp14:sizeRelH><wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight>'
        '</wp14:sizeRelV></wp:anchor></w:drawing>'
        % (dist, 251659264 + 2048 * z, aid, eid, posv, cx, cy, effect, wrap, pid, esc(name), A_NS,
           A_NS, cnv, spr_attr, cx, cy, geom, sppr_extra, style, content, body))
    vml = (
        '<w:pict>%s<v:shape id="%s" o:spid="_x0000_s%d" type="%s" style="position:absolute;'
        'margin-left:0;margin-top:%spt;width:%spt;height:%spt;z-index:%d;visibility:visible;'
        'mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;mso-wrap-distance-left:9pt;'
        'mso-wrap-distance-top:%s;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:%s;'
        'mso-position-horizontal:right;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:absolute;mso-position-vertical-relative:text;'
        'mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:%s"%s>%s%s</v:textbox>'
        '<w10:wrap type="square" anchorx="margin"/></v:shape></w:pict>'
        % (shapetype, esc(name), 1024 + pid, vtype, "3" if kind == "box" else "4.75",
           wpt, hpt, 251659264 + 2048 * z, "3.6pt" if kind == "box" else "0",
           "3.6pt" if kind == "box" else "0", "top" if kind == "box" else "middle", vextra, vbox,
           content))
    return ('<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">%s'
            '</mc:Choice><mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>' % (drawing, vml))


def add_runs(par, text):
    """**bold** and ~flagged~ words as runs; flagged words get placeholder proofErr runs."""
    for part in re.split(r"(\*\*[^*]+\*\*|~[^~]+~)", text):
        if not part:
            continue
        if part.startswith("**"):
            par.add_run(part[2:-2]).bold = True
        elif part.startswith("~"):
            par.add_run("@@SPELLSTART@@")
            par.add_run(part[1:-1])
            par.add_run("@@SPELLEND@@")
        else:
            par.add_run(part)


def set_cell_shading(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = tcpr.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto",
                                         qn("w:fill"): fill})
    tcpr.append(shd)


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Ananya Iyer"
    cp.last_modified_by = "Ananya Iyer"
    cp.comments = ""
    cp.title = ""
    cp.revision = 27
    cp.created = datetime.datetime(2025, 7, 6, 9, 12, 0)
    cp.modified = datetime.datetime(2025, 9, 14, 17, 41, 0)

    pending, boxes = [], {}
    i = 0
    table = None
    while i < len(lines):
        line = lines[i]
        s = line.strip()
        if s.startswith("@box ") or s.startswith("@shape "):
            bid = s.split()[1]
            end = "@endbox" if s.startswith("@box") else "@endshape"
            j = i + 1
            body = []
            while lines[j].strip() != end:
                body.append(lines[j])
                j += 1
            boxes[bid] = body
            pending.append(bid)
            i = j + 1
            continue
        if s == "@table":
            table = []
            i += 1
            continue
        if table is not None:
            if s == "@endtable":
                rows = [r.split(" | ") for r in table]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = d.styles["Light Grid Accent 1"]
                for ri, row in enumerate(rows):
                    for ci, val in enumerate(row):
                        cell = t.cell(ri, ci)
                        cell.text = ""
                        run = cell.paragraphs[0].add_run(val)
                        run.font.size = Pt(9.5)
                        if ri == 0:
                            run.bold = True
                            set_cell_shading(cell, "D9E2F3")
                table = None
                d.add_paragraph()
            else:
                table.append(s)
            i += 1
            continue
        if s.startswith("@title "):
            d.add_paragraph(s[7:], style="Title")
        elif s.startswith("@subtitle "):
            p = d.add_paragraph(style="Subtitle")
            r = p.add_run(s[10:])
            r.font.size = Pt(10)
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        elif s.startswith("## "):
            d.add_heading(s[3:], level=2)
        elif s.startswith("# "):
            d.add_heading(s[2:], level=1)
        else:
            if line.startswith("  - "):
                p = d.add_paragraph(style="List Bullet 2")
                text = line[4:]
            elif s.startswith("- "):
                p = d.add_paragraph(style="List Bullet")
                text = s[2:]
            elif re.match(r"\d+\. ", s):
                p = d.add_paragraph(style="List Number")
                text = s.split(" ", 1)[1]
            else:
                p = d.add_paragraph()
                text = s
            for bid in pending:
                p.add_run("@@ANCHOR%s@@" % bid)
            pending = []
            if text:
                add_runs(p, text)
        i += 1
    last = d.paragraphs[-1]
    last.add_run("@@GOBACK@@")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), boxes


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<Template>Normal.dotm</Template><TotalTime>412</TotalTime><Pages>4</Pages><Words>{words}</Words>'
    '<Characters>{chars}</Characters><Application>Microsoft Office Word</Application>'
    '<DocSecurity>0</DocSecurity><Lines>{lines}</Lines><Paragraphs>{paras}</Paragraphs>'
    '<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant>'
    '<vt:lpstr>Title</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector>'
    '</HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr></vt:lpstr>'
    '</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate>'
    '<CharactersWithSpaces>{cws}</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
    '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')


def finish(data, boxes):
    zin = zipfile.ZipFile(io.BytesIO(data))
    names = [i.filename for i in zin.infolist() if i.filename != "docProps/thumbnail.jpeg"]
    blobs = {n: zin.read(n) for n in names}
    xml = blobs["word/document.xml"].decode("utf-8")
    for z, bid in enumerate(sorted(boxes)):
        xml = xml.replace("<w:r><w:t>@@ANCHOR%s@@</w:t></w:r>" % bid,
                          anchor_xml(bid, boxes[bid], z + 1))
    xml = xml.replace("<w:r><w:t>@@SPELLSTART@@</w:t></w:r>", '<w:proofErr w:type="spellStart"/>')
    xml = xml.replace("<w:r><w:t>@@SPELLEND@@</w:t></w:r>", '<w:proofErr w:type="spellEnd"/>')
    xml = xml.replace("<w:r><w:t>@@GOBACK@@</w:t></w:r>",
                      '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>')
    assert "@@" not in xml
    blobs["word/document.xml"] = xml.encode("utf-8")
    # Word's own statistics in app.xml (text boxes counted once, as Word counts them)
    shown = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", xml)
    words = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", shown))
    nw = len(words.split())
    blobs["docProps/app.xml"] = APP_XML.format(
        words=nw, chars=len(words.replace(" ", "")), lines=nw // 11,
        paras=len([x for x in re.findall(r"<w:p[ >].*?</w:p>", shown) if "<w:t" in x]), cws=len(words)).encode("utf-8")
    blobs["_rels/.rels"] = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", blobs["_rels/.rels"])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in names:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, blobs[name])
    return out.getvalue()


def main():
    data, boxes = build()
    final = finish(data, boxes)
    with open(OUT, "wb") as f:
        f.write(final)


if __name__ == "__main__":
    main()
