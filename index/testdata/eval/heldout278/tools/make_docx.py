#!/usr/bin/python3
"""Re-make docs/ahmedabad-mill-strike-question-bank.docx byte for byte.

The document is a coaching institute's question bank as Microsoft Word (Microsoft 365, Windows)
saves it: the zip members in Word's order, every one dated 1980-01-01 and deflated, each XML part
opening with the standalone declaration and a CRLF. word/document.xml carries Word's marks:
w14:paraId/w14:textId on every paragraph, rsid attributes drawn from the rsid table in
settings.xml, runs broken where they were typed at different times, proofErr spellStart/spellEnd
around names the speller does not know, lastRenderedPageBreak marks, a _GoBack bookmark, an
instructions text box written twice (DrawingML in mc:Choice, VML in mc:Fallback), statement lists
numbered through numbering.xml (a fresh w:num with a startOverride per question, so the numbers
are not in the text), a bulleted hint list, tables with a shaded bold header row, a yellow
highlight, a Gujarati run in a complex-script font, a footnote, and AutoFormat's curly quotes and
en dashes. The header holds the institute line and a VML "PowerPlusWaterMarkObject" watermark;
the footer has PAGE and NUMPAGES fields. The text comes from
tools/ahmedabad-mill-strike-question-bank.txt; only the standard library is used.
Run: /usr/bin/python3 tools/make_docx.py [output path]
"""
import hashlib
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ahmedabad-mill-strike-question-bank.txt")
OUT = os.path.join(HERE, "..", "docs", "ahmedabad-mill-strike-question-bank.docx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_W = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
        'xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" '
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
        'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du wp14"')
NS_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
RSIDS = ["00A31F2C", "004B7E19", "00D92A54", "0061C3F8", "00F05B77", "002E6D1A", "00C87B40"]
RSID_ROOT = "00A31F2C"
SPELL = {"Sarabhai", "Anasuya", "Anandshankar", "Majoor", "Mahajan", "Sangh", "Motaben",
         "Kochrab", "Gulzarilal", "Shankarlal", "Yagnik", "Nadiad", "Motihari", "Sabarmati",
         "Kheda", "Champaran", "babul", "Dhruv", "Ambalal", "Indulal", "Sevagram", "Kamgar",
         "Girni", "Mazdoor", "INTUC", "AITUC", "Rowlatt", "Lajpat"}
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


def h(s, n=8):
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:n].upper()


def smart(text):
    """Word's AutoFormat As You Type: curly quotes and apostrophes, " - " to an en dash."""
    text = text.replace(" - ", " \u2013 ")
    out = []
    for i, c in enumerate(text):
        prev = text[i - 1] if i else " "
        if c == '"':
            out.append("\u201c" if prev in " ([{\u2013\t" else "\u201d")
        elif c == "'":
            out.append("\u2018" if prev in " ([{\u2013\t" else "\u2019")
        else:
            out.append(c)
    return "".join(out)


def inline(text):
    """Split source markup into (kind, text, bold, highlight) pieces; kind is "t" or "fn"."""
    pieces = []
    pos = 0
    pat = re.compile(r"\*\*(.+?)\*\*|==(.+?)==|\[\^(.+?)\](?=$|\s)")
    for m in pat.finditer(text):
        if m.start() > pos:
            pieces.append(("t", text[pos:m.start()], False, False))
        if m.group(1) is not None:
            pieces.append(("t", m.group(1), True, False))
        elif m.group(2) is not None:
            pieces.append(("t", m.group(2), False, True))
        else:
            pieces.append(("fn", m.group(3), False, False))
        pos = m.end()
    if pos < len(text):
        pieces.append(("t", text[pos:], False, False))
    return pieces


def t_el(s):
    sp = ' xml:space="preserve"' if s[:1].isspace() or s[-1:].isspace() else ""
    return "<w:t%s>%s</w:t>" % (sp, escape(s))


def run_xml(text, bold=False, hl=False, rsid=None, extra_rpr="", gu=False, lrpb=False):
    rpr = ""
    if gu:
        rpr += '<w:rFonts w:cs="Shruti"/>'
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if hl:
        rpr += '<w:highlight w:val="yellow"/>'
    rpr += extra_rpr
    rpr += '<w:lang w:val="en-IN"%s/>' % (' w:bidi="gu-IN"' if gu else "")
    body = "<w:lastRenderedPageBreak/>" if lrpb else ""
    parts = text.split("\t")
    for i, p in enumerate(parts):
        if i:
            body += "<w:tab/>"
        if p:
            body += t_el(p)
    attr = ' w:rsidRPr="%s"' % rsid if rsid else ""
    return "<w:r%s><w:rPr>%s</w:rPr>%s</w:r>" % (attr, rpr, body)


def split_runs(text, key):
    """Cut plain text into the runs Word would have: spell-flagged names and Gujarati
    words on their own, the rest broken at one or two hash-chosen word boundaries."""
    tokens = re.split(r"(\s+)", text)
    segs = []  # (text, flag) flag: None, "spell", "gu"
    cur = ""
    for tok in tokens:
        word = re.sub(r"[^\w]", "", tok)
        if re.search(r"[\u0a80-\u0aff]", tok):
            if cur:
                segs.append((cur, None))
            segs.append((tok, "gu"))
            cur = ""
        elif word in SPELL and tok.strip() == word:
            if cur:
                segs.append((cur, None))
            segs.append((tok, "spell"))
            cur = ""
        elif word in SPELL and tok.startswith(word):
            if cur:
                segs.append((cur, None))
            segs.append((word, "spell"))
            cur = tok[len(word):]
        else:
            cur += tok
    if cur:
        segs.append((cur, None))
    out = []
    for n, (s, flag) in enumerate(segs):
        if flag or len(s) < 40:
            out.append((s, flag))
            continue
        d = int(h(key + str(n)), 16)
        cuts = sorted({m.end() for m in re.finditer(r" ", s) if 10 < m.end() < len(s) - 10})
        if not cuts:
            out.append((s, flag))
            continue
        k = cuts[d % len(cuts)]
        out.append((s[:k], None))
        out.append((s[k:], None))
    return out


class Doc:
    def __init__(self):
        self.n_para = 0
        self.footnotes = []
        self.nums = []  # numIds of statement lists (each restarts)
        self.body = []

    def para_attrs(self, key):
        self.n_para += 1
        pid = "%08X" % (int(h("p%d%s" % (self.n_para, key)), 16) & 0x7FFFFFFF)
        tid = "77777777" if self.n_para % 3 else h("t%d" % self.n_para)
        r = RSIDS[int(h(key), 16) % len(RSIDS)]
        return ' w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"' % (
            pid, tid, r, r if self.n_para % 4 else RSID_ROOT)

    def runs(self, text, key, lrpb=False, bold_all=False):
        xml = ""
        first = True
        for kind, s, bold, hl in inline(text):
            if kind == "fn":
                self.footnotes.append(smart(s))
                xml += ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>'
                        '<w:lang w:val="en-IN"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>'
                        % len(self.footnotes))
                continue
            s = smart(s)
            for i, (seg, flag) in enumerate(split_runs(s, key + s)):
                rs = RSIDS[int(h(key + seg), 16) % len(RSIDS)] if i % 2 else None
                r = run_xml(seg, bold or bold_all, hl, rs, gu=(flag == "gu"),
                            lrpb=lrpb and first)
                first = False
                if flag == "spell":
                    r = ('<w:proofErr w:type="spellStart"/>%s<w:proofErr w:type="spellEnd"/>'
                         % r)
                xml += r
        return xml

    def para(self, text, style=None, ppr_extra="", lrpb=False, bold_all=False, tail=""):
        key = "%s|%s" % (style, text)
        ppr = ""
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        ppr += ppr_extra
        ppr += '<w:rPr><w:lang w:val="en-IN"/></w:rPr>'
        return '<w:p%s><w:pPr>%s</w:pPr>%s%s</w:p>' % (
            self.para_attrs(key), ppr, self.runs(text, key, lrpb, bold_all), tail)

    def table(self, widths, rows):
        total = sum(widths)
        grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
        xml = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
               'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s'
               '</w:tblGrid>' % (total, grid))
        for ri, row in enumerate(rows):
            cells = row.split("|")
            cells += [""] * (len(widths) - len(cells))
            r = RSIDS[(ri + len(rows)) % len(RSIDS)]
            xml += '<w:tr w:rsidR="%s" w:rsidTr="%s">' % (r, r)
            if ri == 0:
                xml = xml[:-1] + '><w:trPr><w:tblHeader/></w:trPr>'
            for w, c in zip(widths, cells):
                shade = ('<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if ri == 0
                         else "")
                xml += '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (w, shade)
                if c:
                    xml += self.para(c, None, '<w:spacing w:after="0" w:line="240" '
                                     'w:lineRule="auto"/>', bold_all=(ri == 0))
                else:
                    xml += ('<w:p%s><w:pPr><w:spacing w:after="0" w:line="240" '
                            'w:lineRule="auto"/><w:rPr><w:lang w:val="en-IN"/></w:rPr></w:pPr>'
                            '</w:p>' % self.para_attrs("empty%d" % ri))
                xml += "</w:tc>"
            xml += "</w:tr>"
        return xml + "</w:tbl>"

    def textbox(self, lines):
        inner = "".join(self.para(l, "BoxText") for l in lines)
        fallback = "".join(self.para(l, "BoxText") for l in lines)
        drawing = (
            '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" '
            'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
            'allowOverlap="1" wp14:anchorId="1C4E2B7A" wp14:editId="5D03A9F1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center'
            '</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>'
            '76200</wp:posOffset></wp:positionV><wp:extent cx="6120130" cy="868680"/>'
            '<wp:effectExtent l="0" t="0" r="13970" b="26670"/><wp:wrapTopAndBottom/>'
            '<wp:docPr id="217" name="Text Box 2"/><wp:cNvGraphicFramePr>'
            '<a:graphicFrameLocks xmlns:a="%s"/></wp:cNvGraphicFramePr>'
            '<a:graphic xmlns:a="%s"><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
            '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="6120130" '
            'cy="868680"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill>'
            '<a:srgbClr val="FFF2CC"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr '
            'val="BF9000"/></a:solidFill><a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln>'
            '</wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr '
            'rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
            'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            '</a:graphicData></a:graphic><wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0'
            '</wp14:pctWidth></wp14:sizeRelH><wp14:sizeRelV relativeFrom="margin">'
            '<wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV></wp:anchor></w:drawing>'
            % (A_NS, A_NS, inner))
        pict = (
            '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path '
            'gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Text Box 2" '
            'o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;'
            'margin-top:6pt;width:481.9pt;height:68.4pt;z-index:251659264;visibility:visible;'
            'mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;'
            'mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;'
            'mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:center;'
            'mso-position-horizontal-relative:margin;mso-position-vertical:absolute;'
            'mso-position-vertical-relative:text;mso-width-percent:0;mso-height-percent:0;'
            'mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top" '
            'fillcolor="#fff2cc" strokecolor="#bf9000"><v:textbox><w:txbxContent>%s'
            '</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/>'
            '</v:shape></w:pict>' % fallback)
        return ('<w:p%s><w:pPr><w:rPr><w:lang w:val="en-IN"/></w:rPr></w:pPr><w:r><w:rPr>'
                '<w:noProof/><w:lang w:val="en-IN"/></w:rPr><mc:AlternateContent>'
                '<mc:Choice Requires="wps">%s</mc:Choice><mc:Fallback>%s</mc:Fallback>'
                '</mc:AlternateContent></w:r></w:p>' % (self.para_attrs("box"), drawing, pict))


def tabs_for(text):
    n = text.count("<TAB>")
    if n == 1:
        return '<w:tabs><w:tab w:val="left" w:pos="4820"/></w:tabs>'
    if n >= 2:
        return ('<w:tabs><w:tab w:val="left" w:pos="2410"/><w:tab w:val="left" w:pos="4820"/>'
                '<w:tab w:val="left" w:pos="7230"/></w:tabs>')
    return ""


def build_document():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l and not l.startswith("#")]
    d = Doc()
    box = []
    i = 0
    list_open = False
    count = 0
    pending_box = True
    lrpb_at = {44, 88, 131, 170}
    last_e = max(n for n, l in enumerate(lines) if l.startswith("=E "))
    while i < len(lines):
        line = lines[i]
        kind, _, text = line.partition(" ")
        if kind == "=Box":
            box.append(text)
            i += 1
            continue
        if box and pending_box:
            d.body.append(d.textbox(box))
            pending_box = False
        count += 1
        lrpb = count in lrpb_at
        if kind == "=S":
            if not list_open:
                d.nums.append(len(d.nums) + 3)
                list_open = True
            numpr = ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                     % d.nums[-1])
            d.body.append(d.para(text, "ListParagraph", numpr + '<w:spacing w:after="0"/>',
                                 lrpb))
            i += 1
            continue
        list_open = False
        if kind == "=Table":
            widths = [int(w) for w in text.split()]
            rows = []
            i += 1
            while lines[i] != "=EndTable":
                rows.append(lines[i])
                i += 1
            d.body.append(d.table(widths, rows))
            d.body.append(d.para("", "TableGap"))
            i += 1
            continue
        text = text.replace("<TAB>", "\t")
        if kind == "=Title":
            d.body.append(d.para(text, "Title", lrpb=lrpb))
        elif kind == "=Subtitle":
            d.body.append(d.para(text, "Subtitle", lrpb=lrpb))
        elif kind == "=Meta":
            d.body.append(d.para(text, "MetaLine", lrpb=lrpb))
        elif kind == "=H1":
            d.body.append(d.para(text, "Heading1", lrpb=lrpb))
        elif kind == "=H2":
            d.body.append(d.para(text, "Heading2", lrpb=lrpb))
        elif kind == "=P":
            d.body.append(d.para(text, None, lrpb=lrpb))
        elif kind == "=Q":
            m = re.match(r"(Q\d+\.)(.*)", text)
            src = "**%s**%s" % (m.group(1), m.group(2)) if m else text
            d.body.append(d.para(src, "QBQuestion", lrpb=lrpb))
        elif kind == "=O":
            d.body.append(d.para(text, "QBOption", tabs_for(lines[i]), lrpb))
        elif kind == "=E":
            tail = ""
            if i == last_e:
                tail = '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
            d.body.append(d.para(text, "QBExplanation", lrpb=lrpb, tail=tail))
        elif kind == "=Hint":
            d.body.append(d.para(text, "ListParagraph", '<w:numPr><w:ilvl w:val="0"/>'
                                 '<w:numId w:val="1"/></w:numPr>', lrpb))
        elif kind == "=Note":
            d.body.append(d.para(text, "MetaLine", lrpb=lrpb))
        else:
            raise SystemExit("unknown line: %r" % line)
        i += 1
    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:headerReference w:type="default" '
            'r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/><w:pgSz w:w="11906" '
            'w:h="16838" w:code="9"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
            'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>' % (RSID_ROOT, RSID_ROOT))
    xml = (DECL + '<w:document %s%s><w:body>%s%s</w:body></w:document>'
           % (NS_MC, NS_W, "".join(d.body), sect))
    return d, xml


def numbering_xml(nums):
    bullet = (
        '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
        '<w:nsid w:val="1A2F4C61"/><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:tmpl w:val="8E4C2D3A"/><w:lvl w:ilvl="0" w:tplc="40090001"><w:start w:val="1"/>'
        '<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr>'
        '<w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" '
        'w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl><w:lvl w:ilvl="1" '
        'w:tplc="40090003" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="o"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" '
        'w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" '
        'w:cs="Courier New" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>')
    decimal = (
        '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0">'
        '<w:nsid w:val="5B0E7D92"/><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:tmpl w:val="C2A81F06"/><w:lvl w:ilvl="0" w:tplc="4009000F"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr>'
        '<w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="1" '
        'w:tplc="40090019" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" '
        'w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    body = '<w:num w:numId="1" w16cid:durableId="1402938117"><w:abstractNumId w:val="0"/></w:num>'
    body += '<w:num w:numId="2" w16cid:durableId="611046237"><w:abstractNumId w:val="1"/></w:num>'
    for n in nums:
        body += ('<w:num w:numId="%d" w16cid:durableId="%d"><w:abstractNumId w:val="1"/>'
                 '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                 % (n, int(h("num%d" % n), 16) % 2000000000))
    return DECL + '<w:numbering %s%s>%s%s%s</w:numbering>' % (NS_MC, NS_W, bullet, decimal, body)


def styles_xml():
    def pstyle(sid, name, based, ppr, rpr, extra=""):
        b = '<w:basedOn w:val="%s"/>' % based if based else ""
        return ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/>'
                '%s<w:next w:val="Normal"/>%s<w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s</w:rPr>'
                '</w:style>' % (sid, name, b, extra, ppr, rpr))
    s = (DECL + '<w:styles %s%s>' % (NS_MC, NS_W) +
         '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
         'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
         '<w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="20"/><w:lang w:val="en-IN" '
         'w:eastAsia="en-US" w:bidi="hi-IN"/><w14:ligatures w14:val="standardContextual"/>'
         '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" '
         'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
         '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
         'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" '
         'w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" '
         'w:qFormat="1"/><w:lsdException w:name="heading 2" w:semiHidden="1" w:uiPriority="9" '
         'w:unhideWhenUsed="1" w:qFormat="1"/><w:lsdException w:name="Title" w:uiPriority="10" '
         'w:qFormat="1"/><w:lsdException w:name="Subtitle" w:uiPriority="11" w:qFormat="1"/>'
         '<w:lsdException w:name="Table Grid" w:uiPriority="39"/><w:lsdException '
         'w:name="List Paragraph" w:uiPriority="34" w:qFormat="1"/></w:latentStyles>'
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
         '<w:qFormat/></w:style>'
         '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
         '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/>'
         '<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
         '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="1F3864"/></w:pBdr>'
         '<w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>'
         '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:b/><w:color '
         'w:val="1F3864" w:themeColor="accent1" w:themeShade="80"/><w:sz w:val="30"/>'
         '<w:szCs w:val="30"/></w:rPr></w:style>'
         '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
         '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>'
         '<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" '
         'w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/>'
         '<w:sz w:val="24"/></w:rPr></w:style>'
         '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn '
         'w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr>'
         '<w:spacing w:after="60"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts '
         'w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:b/><w:spacing w:val="-10"/>'
         '<w:kern w:val="28"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>'
         '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn '
         'w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr>'
         '<w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="C00000"/><w:sz w:val="26"/>'
         '</w:rPr></w:style>'
         '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
         '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind '
         'w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
         '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn '
         'w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab '
         'w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing '
         'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
         '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn '
         'w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab '
         'w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing '
         'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr>'
         '</w:style>'
         '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
         '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
         '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz '
         'w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
         '<w:style w:type="character" w:styleId="FootnoteReference"><w:name '
         'w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority '
         'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign '
         'w:val="superscript"/></w:rPr></w:style>'
         '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name '
         'w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
         '<w:unhideWhenUsed/></w:style>'
         '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name '
         'w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
         '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
         '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" '
         'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
         '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn '
         'w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" '
         'w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" '
         'w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
         'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH '
         'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" '
         'w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>' +
         pstyle("QBQuestion", "QB Question", "Normal",
                '<w:keepNext/><w:spacing w:before="160" w:after="60"/><w:ind w:left="425" '
                'w:hanging="425"/><w:jc w:val="both"/>', "") +
         pstyle("QBOption", "QB Option", "Normal",
                '<w:spacing w:after="0"/><w:ind w:left="425"/>', "") +
         pstyle("QBExplanation", "QB Explanation", "Normal",
                '<w:spacing w:after="120"/><w:jc w:val="both"/>', "") +
         pstyle("MetaLine", "Meta line", "Normal", '<w:jc w:val="center"/>',
                '<w:i/><w:color w:val="7F7F7F"/><w:sz w:val="18"/>') +
         pstyle("BoxText", "Box text", "Normal", '<w:spacing w:after="40"/>',
                '<w:sz w:val="20"/>') +
         pstyle("TableGap", "Table gap", "Normal",
                '<w:spacing w:after="0" w:line="120" w:lineRule="exact"/>', "") +
         '</w:styles>')
    return s


def header_xml():
    water = (
        '<w:r><w:rPr><w:noProof/></w:rPr><w:pict w14:anchorId="3E7C91A0"><v:shapetype '
        'id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/>'
        '<v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>'
        '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/>'
        '<v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/>'
        '<v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>'
        '<v:f eqn="sum @6 0 @5"/></v:formulas><v:path textpathok="t" o:connecttype="custom" '
        'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
        '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" '
        'xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>'
        '</v:shapetype><v:shape id="PowerPlusWaterMarkObject1048574" o:spid="_x0000_s2049" '
        'type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;'
        'width:481.9pt;height:120.45pt;rotation:315;z-index:-251657216;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:center;mso-position-vertical-relative:margin" '
        'o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/>'
        '<v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" '
        'string="AAROHAN IAS"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape>'
        '</w:pict></w:r>')
    p = ('<w:p w14:paraId="2B6F0C11" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">'
         '<w:pPr><w:pStyle w:val="Header"/><w:rPr><w:lang w:val="en-IN"/></w:rPr></w:pPr>'
         '%s<w:r><w:rPr><w:b/><w:color w:val="1F3864"/><w:lang w:val="en-IN"/></w:rPr>'
         '<w:t>Aarohan Civil Services Academy</w:t></w:r><w:r><w:rPr><w:lang w:val="en-IN"/>'
         '</w:rPr><w:tab/><w:tab/><w:t>Modern History QB | Unit 9.3</w:t></w:r></w:p>'
         % (RSIDS[1], RSIDS[1], water))
    return DECL + '<w:hdr %s%s>%s</w:hdr>' % (NS_MC, NS_W, p)


def field(instr, shown):
    return ('<w:r><w:rPr><w:lang w:val="en-IN"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:rPr><w:lang w:val="en-IN"/></w:rPr><w:instrText xml:space="preserve"> %s '
            '</w:instrText></w:r><w:r><w:rPr><w:lang w:val="en-IN"/></w:rPr><w:fldChar '
            'w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/><w:lang w:val="en-IN"/>'
            '</w:rPr><w:t>%s</w:t></w:r><w:r><w:rPr><w:lang w:val="en-IN"/></w:rPr><w:fldChar '
            'w:fldCharType="end"/></w:r>' % (instr, shown))


def footer_xml():
    p = ('<w:p w14:paraId="6A1D2E40" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">'
         '<w:pPr><w:pStyle w:val="Footer"/><w:rPr><w:lang w:val="en-IN"/></w:rPr></w:pPr>'
         '<w:r><w:rPr><w:lang w:val="en-IN"/></w:rPr><w:t xml:space="preserve">For enrolled '
         'students only. \u00a9 2025 Aarohan Civil Services Academy</w:t></w:r><w:r><w:rPr>'
         '<w:lang w:val="en-IN"/></w:rPr><w:tab/><w:tab/><w:t xml:space="preserve">Page </w:t>'
         '</w:r>%s<w:r><w:rPr><w:lang w:val="en-IN"/></w:rPr><w:t xml:space="preserve"> of '
         '</w:t></w:r>%s</w:p>'
         % (RSIDS[1], RSIDS[1], field("PAGE   \\* MERGEFORMAT", "1"),
            field("NUMPAGES   \\* MERGEFORMAT", "6")))
    return DECL + '<w:ftr %s%s>%s</w:ftr>' % (NS_MC, NS_W, p)


def notes_xml(tag, texts, d):
    sep = ('<w:%s w:type="separator" w:id="-1"><w:p w14:paraId="0F3A5C21" w14:textId="77777777" '
           'w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>'
           '<w:%s w:type="continuationSeparator" w:id="0"><w:p w14:paraId="4C7E9A12" '
           'w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:spacing '
           'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
           '</w:r></w:p></w:%s>' % (tag, RSID_ROOT, RSID_ROOT, tag, tag, RSID_ROOT, RSID_ROOT,
                                   tag))
    body = ""
    for n, t in enumerate(texts, 1):
        ref = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        body += ('<w:%s w:id="%d"><w:p%s><w:pPr><w:pStyle w:val="FootnoteText"/><w:rPr><w:lang '
                 'w:val="en-IN"/></w:rPr></w:pPr>%s<w:r><w:rPr><w:lang w:val="en-IN"/></w:rPr>'
                 '<w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:%s>'
                 % (tag, n, d.para_attrs("fn%d" % n), ref, d.runs(t, "fn%d" % n), tag))
    root = "footnotes" if tag == "footnote" else "endnotes"
    return DECL + '<w:%s %s%s>%s%s</w:%s>' % (root, NS_MC, NS_W, sep, body, root)


def settings_xml():
    rsids = "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS))
    return (DECL + '<w:settings %s%s><w:zoom w:percent="110"/><w:proofState w:spelling="clean" '
            'w:grammar="clean"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl '
            'w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
            '</w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/>'
            '</w:endnotePr><w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting '
            'w:name="overrideTableStyleFontSizeAndJustification" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
            'w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="1"/><w:compatSetting w:name="doNotFlipMirrorIndents" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
            'w:name="differentiateMultirowTableHeaders" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
            'w:name="useWord2013TrackBottomHyphenation" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="0"/></w:compat><w:rsids>'
            '<w:rsidRoot w:val="%s"/>%s</w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/>'
            '<m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/>'
            '<m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/>'
            '<m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/>'
            '</m:mathPr><w:themeFontLang w:val="en-IN" w:bidi="hi-IN"/><w:clrSchemeMapping '
            'w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
            'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" '
            'w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
            '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2050"/><o:shapelayout '
            'v:ext="edit"><o:idmap v:ext="edit" data="2"/></o:shapelayout></w:shapeDefaults>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/><w14:docId '
            'w14:val="3F1A6C2E"/><w15:chartTrackingRefBased/><w15:docId '
            'w15:val="{8C2D41F7-5E3B-4A09-9D6E-1B7F0C4A2E85}"/></w:settings>'
            % (NS_MC, NS_W, RSID_ROOT, rsids))


WEB = (DECL + '<w:webSettings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/'
       '2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
       'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
       'mc:Ignorable="w14 w15"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>')


def font(name, panose, charset, family, pitch, sig):
    return ('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family '
            'w:val="%s"/><w:pitch w:val="%s"/><w:sig %s/></w:font>'
            % (name, panose, charset, family, pitch, sig))


FONTS = (DECL + '<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'mc:Ignorable="w14">' +
         font("Symbol", "05050102010706020507", "02", "decorative", "variable",
              'w:usb0="00000000" w:usb1="10000000" w:usb2="00000000" w:usb3="00000000" '
              'w:csb0="80000000" w:csb1="00000000"') +
         font("Calibri", "020F0502020204030204", "00", "swiss", "variable",
              'w:usb0="E4002EFF" w:usb1="C200247B" w:usb2="00000009" w:usb3="00000000" '
              'w:csb0="000001FF" w:csb1="00000000"') +
         font("Courier New", "02070309020205020404", "00", "modern", "fixed",
              'w:usb0="E0002EFF" w:usb1="C0007843" w:usb2="00000009" w:usb3="00000000" '
              'w:csb0="000001FF" w:csb1="00000000"') +
         font("Mangal", "00000400000000000000", "00", "roman", "variable",
              'w:usb0="00008003" w:usb1="00000000" w:usb2="00000000" w:usb3="00000000" '
              'w:csb0="00000001" w:csb1="00000000"') +
         font("Shruti", "020B0502040204020203", "00", "swiss", "variable",
              'w:usb0="00040003" w:usb1="00000000" w:usb2="00000000" w:usb3="00000000" '
              'w:csb0="00000001" w:csb1="00000000"') +
         font("Times New Roman", "02020603050405020304", "00", "roman", "variable",
              'w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" '
              'w:csb0="000001FF" w:csb1="00000000"') +
         font("Calibri Light", "020F0302020204030204", "00", "swiss", "variable",
              'w:usb0="E4002EFF" w:usb1="C200247B" w:usb2="00000009" w:usb3="00000000" '
              'w:csb0="000001FF" w:csb1="00000000"') +
         '</w:fonts>')


def theme_xml():
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    clr = ('<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr '
           'val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E2841"/></a:dk2>'
           '<a:lt2><a:srgbClr val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/>'
           '</a:accent1><a:accent2><a:srgbClr val="E97132"/></a:accent2><a:accent3><a:srgbClr '
           'val="196B24"/></a:accent3><a:accent4><a:srgbClr val="0F9ED5"/></a:accent4>'
           '<a:accent5><a:srgbClr val="A02B93"/></a:accent5><a:accent6><a:srgbClr '
           'val="4EA72E"/></a:accent6><a:hlink><a:srgbClr val="467886"/></a:hlink>'
           '<a:folHlink><a:srgbClr val="96607D"/></a:folHlink>')
    fonts = ('<a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
             '<a:ea typeface=""/><a:cs typeface=""/><a:font script="Gujr" typeface="Shruti"/>'
             '<a:font script="Deva" typeface="Mangal"/></a:majorFont><a:minorFont><a:latin '
             'typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs '
             'typeface=""/><a:font script="Gujr" typeface="Shruti"/><a:font script="Deva" '
             'typeface="Mangal"/></a:minorFont>')
    solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    fmt = ('<a:fillStyleLst>%s%s%s</a:fillStyleLst><a:lnStyleLst><a:ln w="12700" cap="flat" '
           'cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
           '<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/>'
           '<a:miter lim="800000"/></a:ln><a:ln w="25400" cap="flat" cmpd="sng" algn="ctr">%s'
           '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst>'
           '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle>'
           '<a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
           '</a:effectStyleLst><a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst>'
           % ((solid,) * 9))
    return (DECL + '<a:theme xmlns:a="%s" name="Office Theme"><a:themeElements><a:clrScheme '
            'name="Office">%s</a:clrScheme><a:fontScheme name="Office">%s</a:fontScheme>'
            '<a:fmtScheme name="Office">%s</a:fmtScheme></a:themeElements><a:objectDefaults/>'
            '<a:extraClrSchemeLst/></a:theme>' % (a, clr, fonts, fmt))


CONTENT_TYPES = (
    DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
    '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
    'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.webSettings+xml"/><Override PartName="/word/footnotes.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.endnotes+xml"/><Override PartName="/word/header1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/fontTable.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.theme+xml"/><Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override '
    'PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'extended-properties+xml"/></Types>')
RELS = (
    DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DOC_RELS = (
    DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + "".join('<Relationship Id="rId%d" Type="%s%s" Target="%s"/>' % (i, R, t, target)
              for i, t, target in [
                  (8, "footer", "footer1.xml"), (3, "settings", "settings.xml"),
                  (7, "header", "header1.xml"), (2, "styles", "styles.xml"),
                  (1, "numbering", "numbering.xml"), (6, "endnotes", "endnotes.xml"),
                  (5, "footnotes", "footnotes.xml"), (10, "theme", "theme/theme1.xml"),
                  (4, "webSettings", "webSettings.xml"), (9, "fontTable", "fontTable.xml")])
    + '</Relationships>')


def core_xml():
    return (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Modern History QB '
            '\u2013 Unit 9.3 Ahmedabad Mill Strike</dc:title><dc:subject>GS Foundation 2025-26'
            '</dc:subject><dc:creator>Faculty-MH</dc:creator><cp:keywords>Gandhi; 1918; '
            'Ahmedabad; QB</cp:keywords><dc:description></dc:description><cp:lastModifiedBy>'
            'Aarohan Content Team</cp:lastModifiedBy><cp:revision>14</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-18T05:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-11-24T10:41:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def app_xml(words, chars, paras):
    return (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
            '2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>312</TotalTime>'
            '<Pages>6</Pages><Words>%d</Words><Characters>%d</Characters><Application>Microsoft '
            'Office Word</Application><DocSecurity>0</DocSecurity><Lines>%d</Lines><Paragraphs>'
            '%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company>Aarohan Civil Services Academy'
            '</Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d'
            '</CharactersWithSpaces><SharedDoc>false</SharedDoc><HyperlinksChanged>false'
            '</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
            % (words, chars, chars // 62 + 1, paras, chars + words))


def build():
    d, document = build_document()
    plain = re.sub(r"<[^>]+>", " ", document.split("<w:body>")[1].split("<mc:Fallback>")[0])
    words = len(re.findall(r"\S+", plain))
    chars = len(re.sub(r"\s", "", plain))
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/footnotes.xml", notes_xml("footnote", d.footnotes, d)),
        ("word/endnotes.xml", notes_xml("endnote", [], d)),
        ("word/header1.xml", header_xml()),
        ("word/footer1.xml", footer_xml()),
        ("word/theme/theme1.xml", theme_xml()),
        ("word/settings.xml", settings_xml()),
        ("word/numbering.xml", numbering_xml(d.nums)),
        ("word/styles.xml", styles_xml()),
        ("word/webSettings.xml", WEB),
        ("word/fontTable.xml", FONTS),
        ("docProps/core.xml", core_xml()),
        ("docProps/app.xml", app_xml(words, chars, d.n_para)),
    ]
    return parts


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    with zipfile.ZipFile(dest, "w") as z:
        for name, xml in build():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, xml.encode("utf-8"), compresslevel=6)


if __name__ == "__main__":
    main()
