#!/usr/bin/python3
"""Re-make docs/pragati-ias-semiconductor-mission-handout.docx from
tools/pragati-ias-semiconductor-mission-handout.txt.

The file is a handout as Microsoft Word for Microsoft 365 (16.0, Windows) saves it: the zip
parts in Word's order, every entry deflated and stamped 1980-01-01 00:00, every XML part opening
with the standalone declaration and CRLF; rsid and w14:paraId/textId attributes on paragraphs,
spelling-error marks (w:proofErr) around Indian place and company names, Heading 1 / Title /
Subtitle / List Paragraph / Table Grid / Header / Footer styles, decimal and bullet lists in
numbering.xml (every list restarts through its own w:num), a two-column table with a shaded,
repeating header row, a header with the institute's name and a footer with PAGE and NUMPAGES
fields, and a "Prelims pointer" text box drawn as mc:AlternateContent (a wps:wsp shape with
w:txbxContent, and the same content again in the VML fallback, as Word writes it).
Deterministic.  Usage: make_docx.py [output path]
"""
import hashlib
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "pragati-ias-semiconductor-mission-handout.txt")
OUT = os.path.join(ROOT, "docs", "pragati-ias-semiconductor-mission-handout.docx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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

RSIDS = ["00B51E2A", "00C7340F", "003F6D12", "00E94A1B", "0071C5D8", "00A2F4E3", "004D8B61", "00F0372C"]
# words Word's speller flags (en-IN dictionary) -> proofErr spellStart/spellEnd around them
SPELL = ["Sanand", "Dholera", "Jagiroad", "Morigaon", "Kaynes", "Yashobhoomi", "Renesas", "Atmanirbhar",
         "SiCSem", "ChipIN", "Viksit", "Techade", "Vaishnaw", "Bharat", "Jewar", "SoCs"]


def x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hexid(*parts, top=0x7FFFFFFF):
    h = int(hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:8], 16)
    return "%08X" % (h & top)


class Doc:
    def __init__(self):
        self.n = 0          # paragraph counter
        self.nums = []      # (numId, abstractId)
        self.docpr = 0

    # ---- runs -----------------------------------------------------------------------
    def t(self, text, rpr=""):
        sp = ' xml:space="preserve"' if (text != text.strip() or "  " in text) else ""
        r = "<w:r>" if not rpr else "<w:r><w:rPr>%s</w:rPr>" % rpr
        return '%s<w:t%s>%s</w:t></w:r>' % (r, sp, x(text))

    def runs(self, text, base=""):
        out = []
        for i, seg in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
            if not seg:
                continue
            rpr = ("<w:b/><w:bCs/>" if i % 2 else "") + base
            pieces = re.split(r"(\b(?:%s)\b)" % "|".join(SPELL), seg)
            for j, pc in enumerate(pieces):
                if not pc:
                    continue
                if j % 2:
                    out.append('<w:proofErr w:type="spellStart"/>' + self.t(pc, rpr)
                               + '<w:proofErr w:type="spellEnd"/>')
                else:
                    out.append(self.t(pc, rpr))
        return "".join(out)

    # ---- paragraphs -----------------------------------------------------------------
    def p(self, inner, ppr="", rsid_skip=0):
        self.n += 1
        k = self.n
        rr = RSIDS[(k * 3 + rsid_skip) % len(RSIDS)]
        rd = RSIDS[(k // 7) % len(RSIDS)]
        text_id = "77777777" if k % 5 else hexid("t", k)
        attrs = 'w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"' % (
            hexid("p", k), text_id, rr, rd)
        if k % 4 == 0:
            attrs += ' w:rsidP="%s"' % RSIDS[(k + 2) % len(RSIDS)]
        ppr_xml = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
        return "<w:p %s>%s%s</w:p>" % (attrs, ppr_xml, inner)

    def num(self, abstract):
        num_id = len(self.nums) + 1
        self.nums.append((num_id, abstract))
        return num_id

    def list_items(self, items, kind):
        abstract = 0 if kind == "bul" else 1
        nid = self.num(abstract)
        out = []
        for it in items:
            ppr = ('<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/>'
                   '</w:numPr>' % nid)
            if kind == "num":
                ppr += '<w:spacing w:after="60"/>'
            out.append(self.p(self.runs(it), ppr))
        return out

    def table(self, rows):
        w1, w2 = 4253, 4763
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
               'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/>'
               '</w:tblGrid>' % (w1, w2)]
        for i, (a, b) in enumerate(rows):
            self.n += 1
            tr = '<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="77777777" w:rsidTr="%s">' % (
                RSIDS[i % 3], hexid("tr", i), RSIDS[1])
            if i == 0:
                tr += '<w:trPr><w:tblHeader/></w:trPr>'
            cells = []
            for c, (txt, w) in enumerate(((a, w1), (b, w2))):
                tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
                rpr = ""
                ppr = '<w:spacing w:before="40" w:after="40"/>'
                if i == 0:
                    tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3" w:themeFill="accent1" ' \
                            'w:themeFillTint="33"/>'
                    rpr = "<w:b/><w:bCs/>"
                    ppr += '<w:jc w:val="center"/><w:rPr><w:b/><w:bCs/></w:rPr>'
                cells.append('<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (tcpr, self.p(self.runs(txt, rpr), ppr)))
            out.append(tr + "".join(cells) + "</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def textbox(self, title, items):
        inner = [self.p(self.t(title, "<w:b/><w:bCs/><w:color w:val=\"BF8F00\"/><w:sz w:val=\"24\"/>"
                               "<w:szCs w:val=\"24\"/>"),
                        '<w:spacing w:after="60"/><w:rPr><w:b/><w:bCs/><w:color w:val="BF8F00"/>'
                        '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>')]
        nid = self.num(2)
        for it in items:
            inner.append(self.p(self.runs(it, '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
                                '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                                '<w:numId w:val="%d"/></w:numPr><w:spacing w:after="40"/><w:ind w:left="284" '
                                'w:hanging="284"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>' % nid))
        content = "<w:txbxContent>%s</w:txbxContent>" % "".join(inner)
        # Word writes the shape's paragraphs twice: once for wps, once in the VML fallback
        fallback_inner = []
        for para in inner:
            fallback_inner.append(re.sub(r' w14:paraId="[0-9A-F]+" w14:textId="[0-9A-F]+"', "", para))
        fallback = "<w:txbxContent>%s</w:txbxContent>" % "".join(fallback_inner)
        self.docpr += 1
        cx, cy = 5731510, 1390650
        return (
            '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" '
            'wp14:anchorId="2C5F1D0A" wp14:editId="6B0E4F21"><wp:simplePos x="0" y="0"/><wp:positionH '
            'relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV '
            'relativeFrom="paragraph"><wp:posOffset>320040</wp:posOffset></wp:positionV><wp:extent cx="%d" '
            'cy="%d"/><wp:effectExtent l="0" t="0" r="21590" b="15240"/><wp:wrapTopAndBottom/><wp:docPr '
            'id="217" name="Text Box 2"/><wp:cNvGraphicFramePr><a:graphicFrameLocks '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/></wp:cNvGraphicFramePr>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr '
            'txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto"><a:xfrm>'
            '<a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom><a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill><a:ln w="12700"><a:solidFill>'
            '<a:srgbClr val="BF8F00"/></a:solidFill><a:prstDash val="dash"/><a:miter lim="800000"/>'
            '<a:headEnd/><a:tailEnd/></a:ln></wps:spPr><wps:txbx>%s</wps:txbx><wps:bodyPr rot="0" '
            'vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" '
            'anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
            '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
            '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype w14:anchorId="2C5F1D0A" '
            'id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;'
            'margin-left:0;margin-top:25.2pt;width:451.3pt;height:109.5pt;z-index:251659264;'
            'visibility:visible;mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;'
            'mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;'
            'mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:center;'
            'mso-position-horizontal-relative:margin;mso-position-vertical:absolute;'
            'mso-position-vertical-relative:text;mso-width-percent:0;mso-height-percent:0;'
            'mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top" fillcolor="#fff2cc" '
            'strokecolor="#bf8f00" strokeweight="1pt"><v:stroke dashstyle="dash"/><v:textbox '
            'style="mso-fit-shape-to-text:t">%s</v:textbox><w10:wrap type="topAndBottom" '
            'anchorx="margin"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
            % (cx, cy, cx, cy, content, fallback))


def parse(src):
    meta, blocks = {}, []
    cur = None
    tb = None
    for line in src.split("\n"):
        if not line.strip():
            cur = None
            continue
        if line.startswith("@textbox "):
            tb = (line[9:], [])
            cur = None
            continue
        if line == "@endtextbox":
            blocks.append(("textbox", tb[0], tb[1]))
            tb = None
            continue
        if tb is not None:
            tb[1].append(line[2:])
            continue
        m = re.match(r"@(\w+) (.*)", line)
        if m:
            meta[m.group(1)] = m.group(2)
            continue
        if line.startswith("# "):
            blocks.append(("h1", line[2:]))
            cur = None
        elif line.startswith("|| "):
            row = [c.strip() for c in line[3:].split(" | ")]
            if cur and cur[0] == "table":
                cur[1].append(row)
            else:
                cur = ("table", [row])
                blocks.append(cur)
        elif line.startswith("1) ") or line.startswith("- "):
            kind = "num" if line.startswith("1) ") else "bul"
            item = line[3:] if kind == "num" else line[2:]
            if cur and cur[0] == kind:
                cur[1].append(item)
            else:
                cur = (kind, [item])
                blocks.append(cur)
        else:
            blocks.append(("p", line))
            cur = None
    return meta, blocks


def document_xml(meta, blocks, d):
    body = []
    body.append(d.p(d.t(meta["title"]), '<w:pStyle w:val="Title"/><w:jc w:val="center"/>'))
    body.append(d.p(d.t(meta["subtitle"]), '<w:pStyle w:val="Subtitle"/><w:jc w:val="center"/>'))
    body.append(d.p(d.t(meta["meta"], "<w:i/><w:iCs/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"),
                    '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="auto"/></w:pBdr>'
                    '<w:jc w:val="center"/><w:rPr><w:i/><w:iCs/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'))
    pending_tb = None
    for i, b in enumerate(blocks):
        if b[0] == "textbox":
            pending_tb = b
    for i, b in enumerate(blocks):
        kind = b[0]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if kind == "h1":
            body.append(d.p(d.runs(b[1]), '<w:pStyle w:val="Heading1"/>'))
        elif kind == "p":
            body.append(d.p(d.runs(b[1]), '<w:jc w:val="both"/>'))
        elif kind in ("num", "bul"):
            items = d.list_items(b[1], kind)
            if nxt and nxt[0] == "textbox":
                # the text box is anchored at the start of the list's last paragraph
                last = items[-1]
                m = re.match(r"(<w:p [^>]*>)(<w:pPr>.*?</w:pPr>)?", last)
                head = m.group(0)
                items[-1] = head + d.textbox(nxt[1], nxt[2]) + last[len(head):]
            body.extend(items)
        elif kind == "table":
            body.append(d.table(b[1]))
            body.append(d.p("", ""))
        elif kind == "textbox":
            pass
    sect = ('<w:sectPr w:rsidR="00B51E2A" w:rsidSect="00C7340F"><w:headerReference w:type="default" '
            'r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/><w:pgSz w:w="11906" w:h="16838" '
            'w:code="9"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
            'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
    return DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, "".join(body), sect)


def header_xml(meta, d):
    left, right = meta["header"].split("\t")
    inner = d.runs(left, '<w:color w:val="C00000"/><w:sz w:val="20"/><w:szCs w:val="20"/>') + \
        '<w:r><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:tab/></w:r>' + \
        d.t(right, '<w:sz w:val="18"/><w:szCs w:val="18"/>')
    para = d.p(inner, '<w:pStyle w:val="Header"/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" '
                      'w:color="C00000"/></w:pBdr><w:tabs><w:tab w:val="clear" w:pos="4513"/></w:tabs>'
                      '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>')
    return DECL + '<w:hdr %s>%s</w:hdr>' % (NS, para)


def footer_xml(meta, d):
    left, right = meta["footer"].split("\t")
    rpr = '<w:sz w:val="16"/><w:szCs w:val="16"/>'

    def field(instr, cached):
        return ('<w:r><w:rPr>%s</w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr>%s</w:rPr>'
                '<w:instrText xml:space="preserve"> %s  \\* Arabic  \\* MERGEFORMAT </w:instrText></w:r><w:r>'
                '<w:rPr>%s</w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/>%s</w:rPr>'
                '<w:t>%s</w:t></w:r><w:r><w:rPr>%s</w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
                % (rpr, rpr, instr, rpr, rpr, cached, rpr))

    a, rest = right.split("{PAGE}")
    b, c = rest.split("{NUMPAGES}")
    inner = (d.t(left, rpr) + '<w:r><w:rPr>%s</w:rPr><w:tab/></w:r>' % rpr + d.t(a, rpr)
             + field("PAGE", "1") + d.t(b, rpr) + field("NUMPAGES", "5") + (d.t(c, rpr) if c else ""))
    para = d.p(inner, '<w:pStyle w:val="Footer"/><w:pBdr><w:top w:val="single" w:sz="4" w:space="1" '
                      'w:color="auto"/></w:pBdr><w:tabs><w:tab w:val="clear" w:pos="4513"/></w:tabs>'
                      '<w:rPr>%s</w:rPr>' % rpr)
    return DECL + '<w:ftr %s>%s</w:ftr>' % (NS, para)


LATENT = (["Normal"] + ["heading %d" % i for i in range(1, 10)] + ["index %d" % i for i in range(1, 10)]
          + ["toc %d" % i for i in range(1, 10)]
          + ["Normal Indent", "footnote text", "annotation text", "header", "footer", "index heading", "caption",
             "table of figures", "envelope address", "envelope return", "footnote reference",
             "annotation reference", "line number", "page number", "endnote reference", "endnote text",
             "table of authorities", "macro", "toa heading", "List", "List Bullet", "List Number", "List 2",
             "List 3", "List 4", "List 5", "List Bullet 2", "List Bullet 3", "List Bullet 4", "List Bullet 5",
             "List Number 2", "List Number 3", "List Number 4", "List Number 5", "Title", "Closing",
             "Signature", "Default Paragraph Font", "Body Text", "Body Text Indent", "List Continue",
             "List Continue 2", "List Continue 3", "List Continue 4", "List Continue 5", "Message Header",
             "Subtitle", "Salutation", "Date", "Body Text First Indent", "Body Text First Indent 2",
             "Note Heading", "Body Text 2", "Body Text 3", "Body Text Indent 2", "Body Text Indent 3",
             "Block Text", "Hyperlink", "FollowedHyperlink", "Strong", "Emphasis", "Document Map",
             "Plain Text", "E-mail Signature", "HTML Top of Form", "HTML Bottom of Form", "Normal (Web)",
             "HTML Acronym", "HTML Address", "HTML Cite", "HTML Code", "HTML Definition", "HTML Keyboard",
             "HTML Preformatted", "HTML Sample", "HTML Typewriter", "HTML Variable", "Normal Table",
             "annotation subject", "No List", "Outline List 1", "Outline List 2", "Outline List 3",
             "Table Simple 1", "Table Simple 2", "Table Simple 3", "Table Classic 1", "Table Classic 2",
             "Table Grid", "Table Theme", "Placeholder Text", "No Spacing", "Light Shading",
             "Light List", "Light Grid", "Medium Shading 1", "Medium Shading 2", "Medium List 1",
             "Medium List 2", "Medium Grid 1", "Medium Grid 2", "Medium Grid 3", "Dark List",
             "Colorful Shading", "Colorful List", "Colorful Grid", "Revision", "List Paragraph", "Quote",
             "Intense Quote", "Subtle Emphasis", "Intense Emphasis", "Subtle Reference",
             "Intense Reference", "Book Title", "Bibliography", "TOC Heading", "Plain Table 1",
             "Plain Table 2", "Plain Table 3", "Plain Table 4", "Plain Table 5", "Grid Table 1 Light",
             "Grid Table 2", "Grid Table 3", "Grid Table 4", "Grid Table 5 Dark", "Grid Table 6 Colorful",
             "Grid Table 7 Colorful", "List Table 1 Light", "List Table 2", "List Table 3", "List Table 4",
             "List Table 5 Dark", "List Table 6 Colorful", "List Table 7 Colorful", "Mention",
             "Smart Hyperlink", "Hashtag", "Unresolved Mention", "Smart Link"])
QFORMAT = {"Normal", "heading 1", "heading 2", "heading 3", "heading 4", "heading 5", "heading 6",
           "heading 7", "heading 8", "heading 9", "caption", "Title", "Subtitle", "Strong", "Emphasis",
           "No Spacing", "List Paragraph", "Quote", "Intense Quote", "Subtle Emphasis", "Intense Emphasis",
           "Subtle Reference", "Intense Reference", "Book Title", "TOC Heading"}


def styles_xml():
    lat = []
    for i, name in enumerate(LATENT):
        a = ['w:name="%s"' % name]
        if name not in ("Normal",) and not name.startswith("heading") and name not in QFORMAT:
            a.append('w:semiHidden="1" w:unhideWhenUsed="1"')
        if name == "Normal":
            a.append('w:uiPriority="0" w:qFormat="1"')
        elif name.startswith("heading"):
            a.append('w:semiHidden="%d" w:uiPriority="9" w:unhideWhenUsed="%d" w:qFormat="1"'
                     % (((name != "heading 1"),) * 2))
        elif name.startswith("toc"):
            a.append('w:uiPriority="39"')
        elif name in QFORMAT:
            a.append('w:uiPriority="%d" w:qFormat="1"' % (10 if name == "Title" else 11 if name == "Subtitle"
                                                          else 34 if name == "List Paragraph" else 20))
        elif name == "Table Grid":
            a = ['w:name="Table Grid"', 'w:uiPriority="39"']
        lat.append("<w:lsdException %s/>" % " ".join(a))
    s = (
        DECL + '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
        'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern '
        'w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-IN" w:eastAsia="en-US" '
        'w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault><w:pPrDefault>'
        '<w:pPr><w:spacing w:after="160" w:line="278" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        '</w:docDefaults><w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
        'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">%s</w:latentStyles>'
        % (NS_SHORT, "".join(lat)))
    s += (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:rsid w:val="00B51E2A"/><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>'
        '</w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn '
        'w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/>'
        '<w:qFormat/><w:rsid w:val="00C7340F"/><w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom '
        'w:val="single" w:sz="4" w:space="1" w:color="C00000"/></w:pBdr><w:spacing w:before="280" '
        'w:after="100"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
        'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:bCs/>'
        '<w:color w:val="C00000"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn '
        'w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading2Char"/><w:uiPriority w:val="9"/>'
        '<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" '
        'w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
        'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/>'
        '<w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="24"/>'
        '<w:szCs w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name '
        'w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>'
        '</w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
        'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        '</w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority '
        'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 '
        'Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority '
        'w:val="9"/><w:rsid w:val="00C7340F"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
        'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:bCs/>'
        '<w:color w:val="C00000"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="Heading2Char"><w:name w:val="Heading 2 '
        'Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading2"/><w:uiPriority '
        'w:val="9"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
        'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:color w:val="0F4761" '
        'w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/>'
        '<w:rsid w:val="00C7340F"/><w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/>'
        '<w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
        'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/>'
        '<w:color w:val="C00000"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="44"/>'
        '<w:szCs w:val="44"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="TitleChar"><w:name w:val="Title Char"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority w:val="10"/>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi"'
        ' w:cstheme="majorBidi"/><w:b/><w:color w:val="C00000"/><w:spacing w:val="-10"/><w:kern w:val="28"/>'
        '<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn '
        'w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="SubtitleChar"/><w:uiPriority w:val="11"/>'
        '<w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:spacing w:after="160"/></w:pPr><w:rPr>'
        '<w:rFonts w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/><w:color w:val="595959" '
        'w:themeColor="text1" w:themeTint="A6"/><w:spacing w:val="15"/><w:sz w:val="26"/><w:szCs '
        'w:val="26"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="SubtitleChar"><w:name w:val="Subtitle '
        'Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Subtitle"/><w:uiPriority '
        'w:val="11"/><w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/><w:color '
        'w:val="595959" w:themeColor="text1" w:themeTint="A6"/><w:spacing w:val="15"/><w:sz w:val="26"/>'
        '<w:szCs w:val="26"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
        'w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:rsid w:val="003F6D12"/><w:pPr><w:ind '
        'w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn '
        'w:val="TableNormal"/><w:uiPriority w:val="39"/><w:rsid w:val="00E94A1B"/><w:pPr><w:spacing '
        'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" '
        'w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" '
        'w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
        '<w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rsid w:val="0071C5D8"/>'
        '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="HeaderChar"><w:name w:val="Header Char"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Header"/><w:uiPriority w:val="99"/>'
        '<w:rsid w:val="0071C5D8"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
        '<w:link w:val="FooterChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rsid w:val="0071C5D8"/>'
        '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="FooterChar"><w:name w:val="Footer Char"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Footer"/><w:uiPriority w:val="99"/>'
        '<w:rsid w:val="0071C5D8"/></w:style>'
        '</w:styles>')
    return s


def numbering_xml(d):
    def bullet_lvls(font_sym):
        out = []
        chars = ["\uf0b7", "o", "\uf0a7"]
        fonts = ["Symbol", "Courier New", "Wingdings"]
        for i in range(9):
            c, f = chars[i % 3], fonts[i % 3]
            out.append('<w:lvl w:ilvl="%d" w:tplc="%s"%s><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                       '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" '
                       'w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s"%s w:hint="default"/>'
                       '</w:rPr></w:lvl>'
                       % (i, hexid("b", font_sym, i), ' w:tentative="1"' if i else "", c, 720 * (i + 1), f, f,
                          ' w:cs="Courier New"' if f == "Courier New" else ""))
        return "".join(out)

    def decimal_lvls():
        out = []
        fmts = ["decimal", "lowerLetter", "lowerRoman"]
        for i in range(9):
            fmt = fmts[i % 3]
            jc = "right" if fmt == "lowerRoman" else "left"
            hang = 180 if fmt == "lowerRoman" else 360
            out.append('<w:lvl w:ilvl="%d" w:tplc="%s"%s><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                       '<w:lvlText w:val="%%%d."/><w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="%d" '
                       'w:hanging="%d"/></w:pPr></w:lvl>'
                       % (i, hexid("d", i), ' w:tentative="1"' if i else "", fmt, i + 1, jc, 720 * (i + 1), hang))
        return "".join(out)

    abstracts = [
        '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1B2E6F43"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="9C7A2E1C"/>%s</w:abstractNum>'
        % bullet_lvls("a"),
        '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="3F9A0D27"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="5E4C8B10"/>%s</w:abstractNum>'
        % decimal_lvls(),
        '<w:abstractNum w:abstractNumId="2" w15:restartNumberingAfterBreak="0"><w:nsid w:val="6A0C51D8"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="D12B7F90"/>%s</w:abstractNum>'
        % bullet_lvls("c"),
    ]
    nums = []
    for num_id, ab in d.nums:
        ov = ""
        if ab == 1:
            ov = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
        nums.append('<w:num w:numId="%d" w16cid:durableId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>'
                    % (num_id, int(hexid("n", num_id), 16) % 2000000000 + 100000000, ab, ov))
    return DECL + ('<w:numbering xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
                   '%s>%s%s</w:numbering>' % (NS_SHORT, "".join(abstracts), "".join(nums)))


def settings_xml():
    rs = "".join('<w:rsid w:val="%s"/>' % r for r in sorted(set(RSIDS + ["001A2B3C", "00D4E5F6"])))
    return DECL + (
        '<w:settings %s xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main"><w:zoom w:percent="110"/>'
        '<w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/><w:hdrShapeDefaults><o:shapedefaults '
        'v:ext="edit" spidmax="2049"/></w:hdrShapeDefaults><w:footnotePr><w:footnote w:id="-1"/>'
        '<w:footnote w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/>'
        '</w:endnotePr><w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting '
        'w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" '
        'w:val="1"/><w:compatSetting w:name="enableOpenTypeFeatures" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
        'w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="differentiateMultirowTableHeaders" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
        'w:name="useWord2013TrackBottomHyphenation" w:uri="http://schemas.microsoft.com/office/word" '
        'w:val="0"/></w:compat><w:rsids><w:rsidRoot w:val="00B51E2A"/>%s</w:rsids><m:mathPr><m:mathFont '
        'm:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/>'
        '<m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent '
        'm:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang '
        'w:val="en-IN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" '
        'w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" '
        'w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/><w:shapeDefaults>'
        '<o:shapedefaults v:ext="edit" spidmax="2049"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" '
        'data="1"/></o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val="."/><w:listSeparator '
        'w:val=","/><w14:docId w14:val="4E7B2C19"/><w15:chartTrackingRefBased/><w15:docId '
        'w15:val="{8D3F6A21-5C0E-4B7A-9E12-3F4C6B8A1D02}"/></w:settings>' % (NS_SHORT, rs))


def theme_xml():
    def clr(name, inner):
        return "<a:%s>%s</a:%s>" % (name, inner, name)
    scheme = (clr("dk1", '<a:sysClr val="windowText" lastClr="000000"/>')
              + clr("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>')
              + clr("dk2", '<a:srgbClr val="0E2841"/>') + clr("lt2", '<a:srgbClr val="E8E8E8"/>')
              + clr("accent1", '<a:srgbClr val="156082"/>') + clr("accent2", '<a:srgbClr val="E97132"/>')
              + clr("accent3", '<a:srgbClr val="196B24"/>') + clr("accent4", '<a:srgbClr val="0F9ED5"/>')
              + clr("accent5", '<a:srgbClr val="A02B93"/>') + clr("accent6", '<a:srgbClr val="4EA72E"/>')
              + clr("hlink", '<a:srgbClr val="467886"/>') + clr("folHlink", '<a:srgbClr val="96607D"/>'))
    fonts = ('<a:majorFont><a:latin typeface="Aptos Display" panose="02110004020202020204"/><a:ea typeface=""/>'
             '<a:cs typeface=""/><a:font script="Jpan" typeface="游ゴシック Light"/><a:font script="Hang" '
             'typeface="맑은 고딕"/><a:font script="Hans" typeface="等线 Light"/><a:font script="Deva" '
             'typeface="Mangal"/><a:font script="Beng" typeface="Vrinda"/><a:font script="Gujr" '
             'typeface="Shruti"/><a:font script="Guru" typeface="Raavi"/><a:font script="Taml" '
             'typeface="Latha"/></a:majorFont><a:minorFont><a:latin typeface="Aptos" '
             'panose="02110004020202020204"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" '
             'typeface="游明朝"/><a:font script="Hang" typeface="맑은 고딕"/><a:font script="Hans" '
             'typeface="等线"/><a:font script="Deva" typeface="Mangal"/><a:font script="Beng" '
             'typeface="Vrinda"/><a:font script="Gujr" typeface="Shruti"/><a:font script="Guru" '
             'typeface="Raavi"/><a:font script="Taml" typeface="Latha"/></a:minorFont>')
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    grad = ('<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/>'
            '<a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr '
            'val="phClr"><a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/></a:schemeClr>'
            '</a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod '
            'val="109000"/><a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" '
            'scaled="0"/></a:gradFill>')
    lines = "".join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
                    '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' % w
                    for w in (12700, 19050, 25400))
    fmt = ('<a:fmtScheme name="Office"><a:fillStyleLst>%s%s%s</a:fillStyleLst><a:lnStyleLst>%s</a:lnStyleLst>'
           '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
           '</a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" '
           'dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/>'
           '</a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>'
           '%s<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr>'
           '</a:solidFill>%s</a:bgFillStyleLst></a:fmtScheme>' % (fill, grad, grad, lines, fill, grad))
    return DECL + (
        '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
        '<a:themeElements><a:clrScheme name="Office">%s</a:clrScheme><a:fontScheme name="Office">%s'
        '</a:fontScheme>%s</a:themeElements><a:objectDefaults><a:lnDef><a:spPr/><a:bodyPr/><a:lstStyle/>'
        '<a:style><a:lnRef idx="2"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="0"><a:schemeClr '
        'val="accent1"/></a:fillRef><a:effectRef idx="1"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef '
        'idx="minor"><a:schemeClr val="tx1"/></a:fontRef></a:style></a:lnDef></a:objectDefaults>'
        '<a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}"><thm15:themeFamily '
        'xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
        'id="{2E142A2C-CD16-42D6-873A-C26D2A0506FA}" vid="{1BDDFF52-6CD6-40A5-AB3C-68EB2F1E4D0A}"/></a:ext>'
        '</a:extLst></a:theme>' % (scheme, fonts, fmt))


def font_table_xml():
    fonts = [("Symbol", "05050102010706020507", "02", "roman", "variable", "00000000", "10000000", "00000000",
              "00000000", "80000000", "00000000"),
             ("Times New Roman", "02020603050405020304", "00", "roman", "variable", "E0002EFF", "C000785B",
              "00000009", "00000000", "000001FF", "00000000"),
             ("Courier New", "02070309020205020404", "00", "modern", "fixed", "E0002EFF", "C0007843",
              "00000009", "00000000", "000001FF", "00000000"),
             ("Wingdings", "05000000000000000000", "02", "auto", "variable", "00000000", "10000000",
              "00000000", "00000000", "80000000", "00000000"),
             ("Aptos", "020B0004020202020204", "00", "swiss", "variable", "20000287", "00000003", "00000000",
              "00000000", "0000019F", "00000000"),
             ("Aptos Display", "020B0004020202020204", "00", "swiss", "variable", "20000287", "00000003",
              "00000000", "00000000", "0000019F", "00000000"),
             ("Nirmala UI", "020B0502040204020203", "00", "swiss", "variable", "80FF8023", "0200004A",
              "00000200", "00000000", "00000001", "00000000")]
    out = []
    for n, pan, cs, fam, pitch, u0, u1, u2, u3, c0, c1 in fonts:
        out.append('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/>'
                   '<w:pitch w:val="%s"/><w:sig w:usb0="%s" w:usb1="%s" w:usb2="%s" w:usb3="%s" w:csb0="%s" '
                   'w:csb1="%s"/></w:font>' % (n, pan, cs, fam, pitch, u0, u1, u2, u3, c0, c1))
    return DECL + '<w:fonts %s>%s</w:fonts>' % (NS_SHORT, "".join(out))


def notes_xml(kind):
    tag = "footnote" if kind == "footnotes" else "endnote"
    root = "w:footnotes" if kind == "footnotes" else "w:endnotes"
    return DECL + ('<%s %s><w:%s w:type="separator" w:id="-1"><w:p w14:paraId="%s" w14:textId="77777777" '
                   'w:rsidR="00B51E2A" w:rsidRDefault="00B51E2A"><w:pPr><w:spacing w:after="0" w:line="240" '
                   'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s><w:%s '
                   'w:type="continuationSeparator" w:id="0"><w:p w14:paraId="%s" w14:textId="77777777" '
                   'w:rsidR="00B51E2A" w:rsidRDefault="00B51E2A"><w:pPr><w:spacing w:after="0" w:line="240" '
                   'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:%s></%s>'
                   % (root, NS, tag, hexid(kind, 1), tag, tag, hexid(kind, 2), tag, root))


def web_settings_xml():
    return DECL + '<w:webSettings %s><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % NS_SHORT


def content_types():
    over = [("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
            ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
            ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
            ("/word/webSettings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"),
            ("/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
            ("/word/endnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"),
            ("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"),
            ("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
            ("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"),
            ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    return DECL + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default '
                   'Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>%s</Types>'
                   % "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in over))


def rels():
    return DECL + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" '
                   'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                   'Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')


def doc_rels():
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    items = [("rId8", "footer", "footer1.xml"), ("rId3", "settings", "settings.xml"),
             ("rId7", "header", "header1.xml"), ("rId2", "styles", "styles.xml"),
             ("rId1", "numbering", "numbering.xml"), ("rId6", "endnotes", "endnotes.xml"),
             ("rId5", "footnotes", "footnotes.xml"), ("rId10", "theme", "theme/theme1.xml"),
             ("rId4", "webSettings", "webSettings.xml"), ("rId9", "fontTable", "fontTable.xml")]
    return DECL + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
                   '</Relationships>' % "".join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (i, base, t, g)
                                                for i, t, g in items))


def core_xml():
    return DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Neha Bhardwaj</dc:creator><cp:keywords>'
        '</cp:keywords><dc:description></dc:description><cp:lastModifiedBy>Pragati IAS Academy</cp:lastModifiedBy>'
        '<cp:revision>23</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-04T09:12:00Z'
        '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-09-10T11:47:00Z</dcterms:modified>'
        '</cp:coreProperties>')


def app_xml(words, chars, chars_sp, paras):
    return DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
        '</Template><TotalTime>486</TotalTime><Pages>5</Pages><Words>%d</Words><Characters>%d</Characters>'
        '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>%d</Lines>'
        '<Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false'
        '</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
        '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
        % (words, chars, chars_sp // 88 + 1, paras, chars_sp))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    src = open(SRC, encoding="utf-8").read()
    meta, blocks = parse(src)
    d = Doc()
    document = document_xml(meta, blocks, d)
    header = header_xml(meta, d)
    footer = footer_xml(meta, d)
    # Word's statistics: the body text without the header, footer and text box
    body = re.sub(r"<mc:AlternateContent>.*?</mc:AlternateContent>", "", document)
    texts = re.findall(r"<w:p [^>]*>(.*?)</w:p>", body)
    plain = [re.sub(r"<[^>]+>", "", t) for t in texts]
    plain = [p for p in plain if p.strip()]
    words = sum(len(p.split()) for p in plain)
    chars = sum(len(p.replace(" ", "")) for p in plain)
    chars_sp = sum(len(p) for p in plain)
    parts = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", rels()),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", doc_rels()),
        ("word/footnotes.xml", notes_xml("footnotes")),
        ("word/endnotes.xml", notes_xml("endnotes")),
        ("word/header1.xml", header),
        ("word/footer1.xml", footer),
        ("word/theme/theme1.xml", theme_xml()),
        ("word/settings.xml", settings_xml()),
        ("word/numbering.xml", numbering_xml(d)),
        ("word/styles.xml", styles_xml()),
        ("word/webSettings.xml", web_settings_xml()),
        ("word/fontTable.xml", font_table_xml()),
        ("docProps/core.xml", core_xml()),
        ("docProps/app.xml", app_xml(words, chars, chars_sp, len(plain) // 4)),
    ]
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main()
