#!/usr/bin/python3
"""Re-make docs/millets-msp-procurement-pds-handout.docx from
tools/millets-msp-procurement-pds-handout.txt.

The file is shaped like a .docx that Word for Microsoft 365 (16.0, Windows, 2025) saves: zip
entries deflated and stamped 1980-01-01 00:00 as Word does, [Content_Types].xml first and the
properties parts last; every XML part opens with a standalone declaration and CRLF; the Office
2023 theme (Aptos / Aptos Display); styles with latent styles, Title, Subtitle, Heading 1-2,
List Paragraph, Caption, Footer and Table Grid; numbering.xml with a bullet list (Symbol,
Courier New and Wingdings levels) and a decimal list whose numbers live only in the numbering
definition; paragraphs carrying w14:paraId / w14:textId and rsid attributes, runs split where
the spelling checker flagged Indian words (w:proofErr spellStart / spellEnd); a table with a
repeated, shaded header row and a caption; an anchored text box ("Prelims Pointer") written
twice as Word writes it, as a wps:wsp shape inside mc:Choice and as a VML v:shape inside
mc:Fallback; a footer with the institute's name and a PAGE field; footnotes and endnotes
separators, settings with rsids, webSettings, fontTable, a bibliography customXml item, and
core / app properties with Word's counts. Standard library only; deterministic.

Run: /usr/bin/python3 tools/make_docx.py [output.docx]
"""
import hashlib
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "millets-msp-procurement-pds-handout.txt")
OUT = os.path.join(ROOT, "docs", "millets-msp-procurement-pds-handout.docx")
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

NS_DOC = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
          'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
          'xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" '
          'xmlns:cx2="http://schemas.microsoft.com/office/drawing/2015/10/21/chartex" '
          'xmlns:cx3="http://schemas.microsoft.com/office/drawing/2016/5/9/chartex" '
          'xmlns:cx4="http://schemas.microsoft.com/office/drawing/2016/5/10/chartex" '
          'xmlns:cx5="http://schemas.microsoft.com/office/drawing/2016/5/11/chartex" '
          'xmlns:cx6="http://schemas.microsoft.com/office/drawing/2016/5/12/chartex" '
          'xmlns:cx7="http://schemas.microsoft.com/office/drawing/2016/5/13/chartex" '
          'xmlns:cx8="http://schemas.microsoft.com/office/drawing/2016/5/14/chartex" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
          'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:oel="http://schemas.microsoft.com/office/2019/extlst" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
          'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
          'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
          'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
          'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
          'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
          'xmlns:w16sdtfl="http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock" '
          'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
          'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
          'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
          'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16sdtfl w16du wp14"')
NS_SHORT = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
            'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
            'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
            'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
            'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
            'xmlns:w16sdtfl="http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock" '
            'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
            'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16sdtfl w16du"')

# words Word's en-IN spelling checker flags in this handout
FLAGGED = {"jowar", "bajra", "ragi", "kodo", "kutki", "Maldandi", "Shree", "Anna", "haats", "anganwadis",
           "laddoos", "Dhaanya", "Virasat", "Mera", "Pani", "Meri", "Protsahan", "Yojana", "Durgavati", "Krishi",
           "Nilgiris", "Dharmapuri", "Poshan", "Saksham", "Anganwadi", "PMGKAY", "dehullers", "Dehullers",
           "kodo-kutki", "Rajinder", "Maah", "Sopan"}
RSIDS = ["00A41C2E", "00B27C51", "00C6E3D9", "00D41F2A", "00E8925B", "001F7A30", "002D64C8", "0034BB17",
         "004E0F92", "005A7D1C", "0062C4E8", "0071A9F3", "00863B45"]


def hexid(seed, top=0x7FFFFFFF):
    v = int(hashlib.md5(seed.encode()).hexdigest()[:8], 16) % top
    return "%08X" % v


class Doc:
    def __init__(self):
        self.n = 0

    def ppr_attrs(self):
        self.n += 1
        r = RSIDS[self.n % len(RSIDS)]
        rd = RSIDS[(self.n * 3) % len(RSIDS)]
        return ('w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"'
                % (hexid("p%d" % self.n), hexid("t%d" % self.n) if self.n % 4 else "77777777", r, rd, r))


def runs(text, rpr="", doc=None, split_seed=0):
    """Runs for text with **bold** marks; flagged words get their own run between proofErr marks."""
    out = []
    for part in re.split(r"(\*\*.+?\*\*)", text):
        if not part:
            continue
        bold = part.startswith("**")
        if bold:
            part = part[2:-2]
        props = rpr + ("<w:b/><w:bCs/>" if bold else "")
        pieces = re.split(r"(\b[A-Za-z][A-Za-z-]*\b)", part)
        buf = ""
        for pc in pieces:
            if pc in FLAGGED:
                if buf:
                    out.append(run(buf, props))
                    buf = ""
                out.append('<w:proofErr w:type="spellStart"/>')
                out.append(run(pc, props))
                out.append('<w:proofErr w:type="spellEnd"/>')
            else:
                buf += pc
        if buf:
            out.append(run(buf, props))
    return "".join(out)


def run(t, props):
    sp = ' xml:space="preserve"' if (t[:1].isspace() or t[-1:].isspace()) else ""
    rp = "<w:rPr>%s</w:rPr>" % props if props else ""
    return "<w:r>%s<w:t%s>%s</w:t></w:r>" % (rp, sp, escape(t))


def para(doc, text, style=None, numid=None, extra_ppr="", rpr="", jc=None):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if numid is not None:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % numid
    ppr += extra_ppr
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    if rpr:
        ppr += "<w:rPr>%s</w:rPr>" % rpr
    ppr = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
    return "<w:p %s>%s%s</w:p>" % (doc.ppr_attrs(), ppr, runs(text, rpr))


def table(doc, rows):
    widths = [2410, 1134, 1134, 1134, 1417, 1797]
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
           'w:noVBand="1"/></w:tblPr><w:tblGrid>']
    out += ['<w:gridCol w:w="%d"/>' % w for w in widths]
    out.append("</w:tblGrid>")
    for r, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if r == 0 else ""
        out.append('<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="77777777" w:rsidTr="%s">%s'
                   % (RSIDS[2], hexid("tr%d" % r), RSIDS[2], trpr))
        for c, cell in enumerate(row):
            shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if r == 0 else ""
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (widths[c], shd))
            rpr = "<w:b/><w:bCs/>" if r == 0 else ("<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>" if c else
                                                  "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
            if r == 0:
                rpr += '<w:sz w:val="20"/><w:szCs w:val="20"/>'
            out.append(para(doc, cell, extra_ppr='<w:spacing w:after="0"/>', rpr=rpr, jc="center" if c else None))
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def textbox(doc, title, items):
    def content():
        ps = ['<w:p %s><w:pPr><w:spacing w:after="60"/><w:rPr><w:b/><w:bCs/><w:color w:val="7F6000"/></w:rPr></w:pPr>%s</w:p>'
              % (doc.ppr_attrs(), runs(title, '<w:b/><w:bCs/><w:color w:val="7F6000"/>'))]
        for it in items:
            ps.append('<w:p %s><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>'
                      '</w:numPr><w:spacing w:after="40"/><w:ind w:left="284" w:hanging="284"/><w:rPr><w:sz w:val="20"/>'
                      '<w:szCs w:val="20"/></w:rPr></w:pPr>%s</w:p>'
                      % (doc.ppr_attrs(), runs(it, '<w:sz w:val="20"/><w:szCs w:val="20"/>')))
        return "<w:txbxContent>%s</w:txbxContent>" % "".join(ps)
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    choice = ('<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" '
              'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" '
              'wp14:anchorId="%s" wp14:editId="%s"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin">'
              '<wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>45720'
              '</wp:posOffset></wp:positionV><wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="22860" '
              'b="11430"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="217" name="Text Box 2"/><wp:cNvGraphicFramePr>'
              '<a:graphicFrameLocks %s/></wp:cNvGraphicFramePr><a:graphic %s><a:graphicData '
              'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1">'
              '<a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/>'
              '<a:ext cx="2360930" cy="1404620"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill>'
              '<a:srgbClr val="FFF2CC"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BF9000"/></a:solidFill>'
              '<a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr><wps:txbx>%s</wps:txbx><wps:bodyPr rot="0" '
              'vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
              '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic><wp14:sizeRelH relativeFrom="margin">'
              '<wp14:pctWidth>40000</wp14:pctWidth></wp14:sizeRelH><wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>'
              '20000</wp14:pctHeight></wp14:sizeRelV></wp:anchor></w:drawing></mc:Choice>'
              % (hexid("anchor"), hexid("edit"), a, a, content()))
    fallback = ('<mc:Fallback><w:pict><v:shapetype w14:anchorId="%s" id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
                'o:connecttype="rect"/></v:shapetype><v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
                'style="position:absolute;margin-left:134.7pt;margin-top:3.6pt;width:185.9pt;height:110.6pt;'
                'z-index:251659264;visibility:visible;mso-wrap-style:square;mso-width-percent:400;mso-height-percent:200;'
                'mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;'
                'mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:right;mso-position-horizontal-relative:margin;'
                'mso-position-vertical:absolute;mso-position-vertical-relative:text;mso-width-percent:400;'
                'mso-height-percent:200;mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top" '
                'fillcolor="#fff2cc" strokecolor="#bf9000"><v:textbox style="mso-fit-shape-to-text:t">%s</v:textbox>'
                '<w10:wrap type="square" anchorx="margin"/></v:shape></w:pict></mc:Fallback>' % (hexid("shapetype"), content()))
    return ('<w:p %s><w:pPr><w:rPr><w:lang w:val="en-IN"/></w:rPr></w:pPr><w:r><w:rPr><w:noProof/></w:rPr>'
            '<mc:AlternateContent>%s%s</mc:AlternateContent></w:r></w:p>' % (doc.ppr_attrs(), choice, fallback))


def read_source():
    """The lines before the first "@" line are comments; after it, "# " is a Heading 1."""
    meta, lines, started = {}, [], False
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("@"):
            started = True
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            continue
        if started:
            lines.append(line)
    return meta, lines


def document(meta, lines):
    doc = Doc()
    body = []
    i = 0
    texts = []
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("= "):
            body.append(para(doc, line[2:], "Title"))
            texts.append(line[2:])
        elif line.startswith("~ "):
            body.append(para(doc, line[2:], "Subtitle"))
            texts.append(line[2:])
        elif line.startswith("## "):
            body.append(para(doc, line[3:], "Heading2"))
            texts.append(line[3:])
        elif line.startswith("# "):
            body.append(para(doc, line[2:], "Heading1"))
            texts.append(line[2:])
        elif line.startswith("* "):
            body.append(para(doc, line[2:], "ListParagraph", 1, '<w:spacing w:after="60"/><w:contextualSpacing w:val="0"/>'))
            texts.append(line[2:])
        elif line.startswith("1. "):
            body.append(para(doc, line[3:], "ListParagraph", 2, '<w:spacing w:after="60"/><w:contextualSpacing w:val="0"/>'))
            texts.append(line[3:])
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip("|").split("|")])
                texts += rows[-1]
                i += 1
            body.append(table(doc, rows))
            continue
        elif line.startswith("^ "):
            body.append(para(doc, line[2:], "Caption"))
            texts.append(line[2:])
        elif line.startswith("[[box "):
            title = line[6:-2]
            items = []
            i += 1
            while lines[i] != "[[/box]]":
                items.append(lines[i][2:])
                i += 1
            body.append(textbox(doc, title, items))
            texts.append(title)
            texts += items
        else:
            body.append(para(doc, line, jc="both"))
            texts.append(line)
        i += 1
    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:footerReference w:type="default" r:id="rId8"/>'
            '<w:pgSz w:w="11906" w:h="16838" w:code="9"/><w:pgMar w:top="1247" w:right="1247" w:bottom="1247" '
            'w:left="1247" w:header="709" w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid '
            'w:linePitch="360"/></w:sectPr>' % (RSIDS[3], RSIDS[1]))
    xml = DECL + "<w:document %s><w:body>%s%s</w:body></w:document>" % (NS_DOC, "".join(body), sect)
    return xml, texts, doc


def styles():
    latent = ["Normal", "heading 1", "heading 2", "heading 3", "heading 4", "heading 5", "heading 6", "heading 7",
              "heading 8", "heading 9", "index 1", "toc 1", "toc 2", "toc 3", "Normal Indent", "footnote text",
              "annotation text", "header", "footer", "caption", "List Paragraph", "Title", "Subtitle", "Strong",
              "Emphasis", "Table Grid", "Placeholder Text", "No Spacing", "Light Shading", "Revision", "Quote",
              "Intense Quote", "Subtle Emphasis", "Intense Emphasis", "Subtle Reference", "Intense Reference",
              "Book Title", "Bibliography", "TOC Heading", "Plain Table 1", "Grid Table 1 Light", "Grid Table 4",
              "Grid Table 4 Accent 1", "List Table 3", "Mention", "Smart Hyperlink", "Hashtag", "Unresolved Mention",
              "Smart Link"]
    ls = []
    for name in latent:
        attrs = ' w:name="%s"' % name
        if name in ("Normal", "Title", "Subtitle", "Strong", "Emphasis", "List Paragraph", "Quote", "Intense Quote",
                    "No Spacing", "Book Title") or name.startswith("heading"):
            attrs += ' w:uiPriority="%d" w:qFormat="1"' % (9 if name.startswith("heading") else 1)
            if name.startswith("heading") and name != "heading 1":
                attrs += ' w:semiHidden="1" w:unhideWhenUsed="1"'
        elif name in ("caption", "footer", "header", "index 1", "toc 1", "toc 2", "toc 3", "Normal Indent",
                      "footnote text", "annotation text", "Placeholder Text", "Revision", "Bibliography",
                      "TOC Heading", "Mention", "Smart Hyperlink", "Hashtag", "Unresolved Mention", "Smart Link"):
            attrs += ' w:semiHidden="1" w:unhideWhenUsed="1"'
        elif name == "Table Grid":
            attrs += ' w:uiPriority="39"'
        else:
            attrs += ' w:uiPriority="%d"' % (40 + len(ls) % 30)
        ls.append("<w:lsdException%s/>" % attrs)
    s = [DECL, "<w:styles %s>" % NS_SHORT,
         '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
         'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
         '<w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/></w:rPr>'
         '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="278" w:lineRule="auto"/></w:pPr>'
         '</w:pPrDefault></w:docDefaults>',
         '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
         'w:defQFormat="0" w:count="376">%s</w:latentStyles>' % "".join(ls),
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
         '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
         '<w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:rsid w:val="%s"/>'
         '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>'
         '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
         'w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/>'
         '<w:szCs w:val="32"/></w:rPr></w:style>' % RSIDS[0],
         '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
         '<w:next w:val="Normal"/><w:link w:val="Heading2Char"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>'
         '<w:rsid w:val="%s"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="80"/>'
         '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
         'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" '
         'w:themeShade="BF"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>' % RSIDS[0],
         '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph '
         'Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
         '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority '
         'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top '
         'w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" '
         'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
         '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>'
         '<w:semiHidden/><w:unhideWhenUsed/></w:style>',
         '<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts '
         'w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
         '<w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'
         '</w:style>',
         '<w:style w:type="character" w:customStyle="1" w:styleId="Heading2Char"><w:name w:val="Heading 2 Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading2"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts '
         'w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
         '<w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>'
         '</w:style>',
         '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next '
         'w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="80" '
         'w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
         'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:spacing w:val="-10"/>'
         '<w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>',
         '<w:style w:type="character" w:customStyle="1" w:styleId="TitleChar"><w:name w:val="Title Char"/><w:basedOn '
         'w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority w:val="10"/><w:rPr><w:rFonts '
         'w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
         '<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>',
         '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next '
         'w:val="Normal"/><w:link w:val="SubtitleChar"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:numPr><w:ilvl '
         'w:val="1"/></w:numPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia" '
         'w:cstheme="majorBidi"/><w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/><w:spacing w:val="15"/>'
         '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>',
         '<w:style w:type="character" w:customStyle="1" w:styleId="SubtitleChar"><w:name w:val="Subtitle Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Subtitle"/><w:uiPriority w:val="11"/><w:rPr><w:rFonts '
         'w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/><w:color w:val="595959" w:themeColor="text1" '
         'w:themeTint="A6"/><w:spacing w:val="15"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>',
         '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
         'w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:rsid w:val="%s"/><w:pPr><w:ind w:left="720"/>'
         '<w:contextualSpacing/></w:pPr></w:style>' % RSIDS[5],
         '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next '
         'w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:rsid w:val="%s"/><w:pPr><w:spacing '
         'w:before="60" w:after="200" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color '
         'w:val="0E2841" w:themeColor="text2"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>' % RSIDS[7],
         '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
         '<w:uiPriority w:val="39"/><w:rsid w:val="%s"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
         '</w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left '
         'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" '
         'w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" '
         'w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '</w:tblBorders></w:tblPr></w:style>' % RSIDS[2],
         '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:link '
         'w:val="FooterChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rsid w:val="%s"/><w:pPr><w:tabs><w:tab '
         'w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" '
         'w:lineRule="auto"/></w:pPr></w:style>' % RSIDS[9],
         '<w:style w:type="character" w:customStyle="1" w:styleId="FooterChar"><w:name w:val="Footer Char"/><w:basedOn '
         'w:val="DefaultParagraphFont"/><w:link w:val="Footer"/><w:uiPriority w:val="99"/></w:style>',
         "</w:styles>"]
    return "".join(s)


def numbering():
    def bullet_lvls():
        out = []
        syms = [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings")]
        for l in range(9):
            ch, font = syms[l % 3]
            out.append('<w:lvl w:ilvl="%d" w:tplc="%s"%s><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText '
                       'w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr><w:rPr>'
                       '<w:rFonts w:ascii="%s" w:hAnsi="%s"%s w:hint="default"/></w:rPr></w:lvl>'
                       % (l, hexid("bt%d" % l), "" if l == 0 else ' w:tentative="1"', ch, 720 * (l + 1), font, font,
                          ' w:cs="Courier New"' if font == "Courier New" else ""))
        return "".join(out)

    def decimal_lvls():
        out = []
        fmts = ["decimal", "lowerLetter", "lowerRoman"]
        for l in range(9):
            f = fmts[l % 3]
            out.append('<w:lvl w:ilvl="%d" w:tplc="%s"%s><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText '
                       'w:val="%%%d."/><w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
                       % (l, hexid("dt%d" % l), "" if l == 0 else ' w:tentative="1"', f, l + 1,
                          "right" if f == "lowerRoman" else "left", 720 * (l + 1), 180 if f == "lowerRoman" else 360))
        return "".join(out)
    return (DECL + "<w:numbering %s>" % NS_DOC.replace("xmlns:w=", "xmlns:w=") +
            '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="%s"/>'
            '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="%s"/>%s</w:abstractNum>'
            % (hexid("nsid0"), hexid("tmpl0"), bullet_lvls()) +
            '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="%s"/>'
            '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="%s"/>%s</w:abstractNum>'
            % (hexid("nsid1"), hexid("tmpl1"), decimal_lvls()) +
            '<w:num w:numId="1" w16cid:durableId="%d"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2" w16cid:durableId="%d"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
            % (int(hexid("dur1"), 16), int(hexid("dur2"), 16)))


def footer(meta):
    return (DECL + "<w:ftr %s>" % NS_DOC +
            '<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:pStyle w:val="Footer"/>'
            '<w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr><w:rPr><w:sz w:val="16"/>'
            '<w:szCs w:val="16"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr><w:t>%s</w:t>'
            '</w:r><w:r><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr><w:tab/><w:t xml:space="preserve">Page </w:t>'
            '</w:r><w:r><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
            '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT '
            '</w:instrText></w:r><w:r><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr><w:fldChar '
            'w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'
            '<w:t>1</w:t></w:r><w:r><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/>'
            '</w:r></w:p></w:ftr>' % (hexid("ftr"), RSIDS[9], RSIDS[9], escape(meta["footer"])))


def notes(kind):
    tag = "footnote" if kind == "footnotes" else "endnote"
    return (DECL + "<w:%s %s>" % (kind, NS_DOC) +
            '<w:%s w:type="separator" w:id="-1"><w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">'
            '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>'
            '<w:%s w:type="continuationSeparator" w:id="0"><w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" '
            'w:rsidRDefault="%s"><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>'
            '<w:continuationSeparator/></w:r></w:p></w:%s></w:%s>'
            % (tag, hexid(kind + "1"), RSIDS[4], RSIDS[4], tag, tag, hexid(kind + "2"), RSIDS[4], RSIDS[4], tag, kind))


def settings():
    rsids = "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS))
    return (DECL + '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
            'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
            'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
            'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
            'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
            'xmlns:w16sdtfl="http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock" '
            'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
            'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" '
            'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16sdtfl w16du">'
            '<w:zoom w:percent="110"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/>'
            '<w:endnote w:id="0"/></w:endnotePr><w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting '
            'w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="1"/><w:compatSetting w:name="useWord2013TrackBottomHyphenation" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="0"/></w:compat><w:rsids><w:rsidRoot w:val="%s"/>%s'
            '</w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
            '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/>'
            '<m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
            '<w:themeFontLang w:val="en-IN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" '
            'w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" '
            'w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/><w:shapeDefaults>'
            '<o:shapedefaults v:ext="edit" spidmax="2050"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/>'
            '</o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            '<w14:docId w14:val="%s"/><w15:chartTrackingRefBased/><w15:docId w15:val="{5C2E8B1A-3F47-4D9E-A6B2-71D0C94E3F18}"/>'
            '</w:settings>' % (RSIDS[0], rsids, hexid("docid")))


def theme():
    clr = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'), ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
           ("dk2", '<a:srgbClr val="0E2841"/>'), ("lt2", '<a:srgbClr val="E8E8E8"/>'),
           ("accent1", '<a:srgbClr val="156082"/>'), ("accent2", '<a:srgbClr val="E97132"/>'),
           ("accent3", '<a:srgbClr val="196B24"/>'), ("accent4", '<a:srgbClr val="0F9ED5"/>'),
           ("accent5", '<a:srgbClr val="A02B93"/>'), ("accent6", '<a:srgbClr val="4EA72E"/>'),
           ("hlink", '<a:srgbClr val="467886"/>'), ("folHlink", '<a:srgbClr val="96607D"/>')]
    scheme = "".join("<a:%s>%s</a:%s>" % (n, v, n) for n, v in clr)
    fonts = ('<a:majorFont><a:latin typeface="Aptos Display" panose="02110004020202020204"/><a:ea typeface=""/>'
             '<a:cs typeface=""/><a:font script="Jpan" typeface="游ゴシック Light"/><a:font script="Hang" typeface="맑은 고딕"/>'
             '<a:font script="Hans" typeface="等线 Light"/><a:font script="Deva" typeface="Mangal"/><a:font script="Taml" '
             'typeface="Latha"/><a:font script="Arab" typeface="Times New Roman"/></a:majorFont><a:minorFont><a:latin '
             'typeface="Aptos" panose="020B0004020202020204"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" '
             'typeface="游明朝"/><a:font script="Hang" typeface="맑은 고딕"/><a:font script="Hans" typeface="等线"/><a:font '
             'script="Deva" typeface="Mangal"/><a:font script="Taml" typeface="Latha"/><a:font script="Arab" '
             'typeface="Arial"/></a:minorFont>')
    fill = ('<a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst>'
            '<a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/>'
            '</a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod '
            'val="103000"/><a:tint val="73000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod '
            'val="105000"/><a:satMod val="109000"/><a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst><a:lin '
            'ang="5400000" scaled="0"/></a:gradFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr '
            'val="phClr"><a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/></a:schemeClr></a:gs><a:gs '
            'pos="50000"><a:schemeClr val="phClr"><a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/>'
            '</a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="99000"/><a:satMod '
            'val="120000"/><a:shade val="78000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/>'
            '</a:gradFill></a:fillStyleLst><a:lnStyleLst><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>'
            '<a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln '
            'w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash '
            'val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="25400" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>'
            '<a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst>'
            '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
            '<a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" '
            'rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst>'
            '</a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
            '<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill>'
            '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="93000"/><a:satMod '
            'val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/></a:schemeClr></a:gs><a:gs pos="50000">'
            '<a:schemeClr val="phClr"><a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/><a:lumMod '
            'val="103000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:shade val="63000"/>'
            '<a:satMod val="120000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
            '</a:bgFillStyleLst>')
    return (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
            '<a:themeElements><a:clrScheme name="Office">%s</a:clrScheme><a:fontScheme name="Office">%s</a:fontScheme>'
            '<a:fmtScheme name="Office">%s</a:fmtScheme></a:themeElements><a:objectDefaults><a:lnDef><a:spPr/><a:bodyPr/>'
            '<a:lstStyle/><a:style><a:lnRef idx="2"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="0"><a:schemeClr '
            'val="accent1"/></a:fillRef><a:effectRef idx="1"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef '
            'idx="minor"><a:schemeClr val="tx1"/></a:fontRef></a:style></a:lnDef></a:objectDefaults><a:extraClrSchemeLst/>'
            '<a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}"><thm15:themeFamily '
            'xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
            'id="{2E142A2C-CD16-42D6-873A-C26D2A0506FA}" vid="{1BDDFF52-6CD6-40A5-AB3C-68EB2F1E4D0A}"/></a:ext></a:extLst>'
            '</a:theme>' % (scheme, fonts, fill))


def font_table():
    fonts = [("Aptos", "020B0004020202020204", "swiss", "variable", 'w:usb0="20000287" w:usb1="00000003" w:usb2="00000000" '
              'w:usb3="00000000" w:csb0="0000019F" w:csb1="00000000"'),
             ("Symbol", "05050102010706020507", "roman", "variable", 'w:usb0="00000000" w:usb1="10000000" w:usb2="00000000" '
              'w:usb3="00000000" w:csb0="80000000" w:csb1="00000000"'),
             ("Times New Roman", "02020603050405020304", "roman", "variable", 'w:usb0="E0002EFF" w:usb1="C000785B" '
              'w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"'),
             ("Courier New", "02070309020205020404", "modern", "fixed", 'w:usb0="E0002EFF" w:usb1="C0007843" '
              'w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"'),
             ("Wingdings", "05000000000000000000", "auto", "variable", 'w:usb0="00000000" w:usb1="10000000" '
              'w:usb2="00000000" w:usb3="00000000" w:csb0="80000000" w:csb1="00000000"'),
             ("Aptos Display", "020B0004020202020204", "swiss", "variable", 'w:usb0="20000287" w:usb1="00000003" '
              'w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" w:csb1="00000000"')]
    out = []
    for name, panose, fam, pitch, sig in fonts:
        cs = '<w:charset w:val="02"/>' if name in ("Symbol", "Wingdings") else '<w:charset w:val="00"/>'
        out.append('<w:font w:name="%s"><w:panose1 w:val="%s"/>%s<w:family w:val="%s"/><w:pitch w:val="%s"/><w:sig %s/>'
                   '</w:font>' % (name, panose, cs, fam, pitch, sig))
    return DECL + "<w:fonts %s>%s</w:fonts>" % (NS_SHORT, "".join(out))


def app_xml(meta, texts):
    words = sum(len(t.replace("**", "").split()) for t in texts)
    chars_sp = sum(len(t.replace("**", "")) for t in texts)
    chars = chars_sp - sum(t.replace("**", "").count(" ") for t in texts)
    return (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
            '</Template><TotalTime>%s</TotalTime><Pages>4</Pages><Words>%d</Words><Characters>%d</Characters>'
            '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>%d</Lines><Paragraphs>%d'
            '</Paragraphs><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant>'
            '<vt:lpstr>Title</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>'
            '<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr></vt:lpstr></vt:vector></TitlesOfParts>'
            '<Company></Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
            '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
            '</Properties>' % (meta["totaltime"], words, chars, chars_sp // 62, len(texts) // 3, chars_sp))


def core_xml(meta):
    return (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
            '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%s</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s'
            '</dcterms:modified></cp:coreProperties>'
            % (meta["creator"], meta["lastModifiedBy"], meta["revision"], meta["created"], meta["modified"]))


CONTENT_TYPES = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                 'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                 'ContentType="application/xml"/><Override PartName="/word/document.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override '
                 'PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'customXmlProperties+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.'
                 'openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override '
                 'PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.settings+xml"/><Override PartName="/word/webSettings.xml" ContentType="application/vnd.'
                 'openxmlformats-officedocument.wordprocessingml.webSettings+xml"/><Override PartName="/word/footnotes.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override '
                 'PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.endnotes+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.'
                 'openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/fontTable.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override '
                 'PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
                 'core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.'
                 'openxmlformats-officedocument.extended-properties+xml"/></Types>')
RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" '
        'Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
DOC_RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
            'Target="footer1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/styles" Target="styles.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" '
            'Target="../customXml/item1.xml"/><Relationship Id="rId6" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId5" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings" '
            'Target="webSettings.xml"/><Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/theme" Target="theme/theme1.xml"/><Relationship Id="rId4" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" '
            'Target="fontTable.xml"/></Relationships>')
ITEM1 = ('<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" '
         'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" '
         'SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6"></b:Sources>\r\n')
ITEM1_RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
              'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" '
              'Target="itemProps1.xml"/></Relationships>')
ITEM_PROPS = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n<ds:datastoreItem '
              'ds:itemID="{8B3E41C6-0F5D-4A2B-9C77-2E19D4A6B530}" '
              'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef '
              'ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs>'
              '</ds:datastoreItem>')
WEB = (DECL + "<w:webSettings %s><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>" % NS_SHORT)


def build(out):
    meta, lines = read_source()
    doc_xml, texts, _doc = document(meta, lines)
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", doc_xml),
             ("word/_rels/document.xml.rels", DOC_RELS), ("word/footnotes.xml", notes("footnotes")),
             ("word/endnotes.xml", notes("endnotes")), ("word/footer1.xml", footer(meta)),
             ("word/theme/theme1.xml", theme()), ("word/settings.xml", settings()), ("customXml/item1.xml", ITEM1),
             ("customXml/_rels/item1.xml.rels", ITEM1_RELS), ("customXml/itemProps1.xml", ITEM_PROPS),
             ("word/numbering.xml", numbering()), ("word/styles.xml", styles()), ("word/webSettings.xml", WEB),
             ("word/fontTable.xml", font_table()), ("docProps/core.xml", core_xml(meta)),
             ("docProps/app.xml", app_xml(meta, texts))]
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.create_version = 20
            zi.extract_version = 20
            z.writestr(zi, data.encode("utf-8"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    build(out)


if __name__ == "__main__":
    main()
