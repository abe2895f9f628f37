#!/usr/bin/python3
"""Re-make docs/monsoon-imd-and-2025.docx from tools/monsoon-imd-and-2025.txt.

The output is laid out the way Microsoft Word (Microsoft 365, "Word 2016" file format) saves a
document: [Content_Types].xml, _rels/.rels, word/document.xml with rsid and w14:paraId attributes,
runs split by proofing marks and editing sessions, Title/Subtitle/Heading 1/Heading 2/List
Paragraph styles in word/styles.xml, numbered and bulleted lists through word/numbering.xml, a
Table Grid table, footnotes in word/footnotes.xml (with the separator notes -1 and 0), an empty
word/endnotes.xml, a text box written twice (mc:Choice wps shape and mc:Fallback VML), settings,
font table, web settings and docProps. Zip entries are in Word's order with Word's 1980-01-01
timestamps, so the file is the same byte for byte each run.
Markup of the source: "@title", "@subtitle", "# " Heading 1, "## " Heading 2, "- " bullet,
"1. " numbered item, "**bold**", "[^n]" footnote reference, "@fn n text" footnote,
"@table" ... "@endtable" (cells split by " | ", first row is the header),
"@textbox" ... "@endtextbox".
Run from anywhere: /usr/bin/python3 tools/make_docx.py
"""
import hashlib
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "monsoon-imd-and-2025.txt")
OUT = os.path.join(HERE, "..", "docs", "monsoon-imd-and-2025.docx")
DATE = (1980, 1, 1, 0, 0, 0)

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 w15 wp14"')
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
RSIDS = ["00B31F6A", "00D47C12", "0041A9E3", "006F2B88", "00E90C4D", "00275D1B"]
PROOF = ["Nino", "Blanford", "cloudbursts", "Puducherry"]


def pid(*parts):
    h = int(hashlib.md5("/".join(map(str, parts)).encode()).hexdigest()[:8], 16)
    return "%08X" % (h & 0x7FFFFFFF)


def t_el(text):
    sp = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return "<w:t%s>%s</w:t>" % (sp, escape(text))


def run(text, rpr="", rsid=None):
    attr = ' w:rsidR="%s"' % rsid if rsid else ""
    rp = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    return "<w:r%s>%s%s</w:r>" % (attr, rp, t_el(text))


def runs_of(text, n, base_rpr=""):
    """Turn one paragraph of marked-up text into Word runs."""
    out = []
    parts = re.split(r"(\*\*[^*]+\*\*|\[\^\d+\])", text)
    edited = n % 3 == 2
    for part in parts:
        if not part:
            continue
        if part.startswith("**"):
            out.append(run(part[2:-2], base_rpr + "<w:b/><w:bCs/>"))
            continue
        m = re.match(r"\[\^(\d+)\]$", part)
        if m:
            out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                       '<w:footnoteReference w:id="%s"/></w:r>' % m.group(1))
            continue
        pieces = re.split(r"\b(%s)\b" % "|".join(PROOF), part)
        for piece in pieces:
            if not piece:
                continue
            if piece in PROOF:
                out.append('<w:proofErr w:type="spellStart"/>' + run(piece, base_rpr) +
                           '<w:proofErr w:type="spellEnd"/>')
            elif edited and len(piece) > 60:
                # a later editing session rewrote the end of this stretch: Word keeps two runs
                cut = piece.rfind(" ", 0, len(piece) * 2 // 3)
                out.append(run(piece[:cut], base_rpr))
                out.append(run(piece[cut:], base_rpr, RSIDS[(n + 2) % len(RSIDS)]))
                edited = False
            else:
                out.append(run(piece, base_rpr))
    return "".join(out)


def para(n, body, ppr="", rsid=None):
    r = rsid or RSIDS[n % len(RSIDS)]
    pp = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
    return ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>'
            % (pid("p", n), pid("t", n), r, r, r, pp, body))


def textbox(lines, n):
    inner = []
    for i, line in enumerate(lines):
        rpr = "<w:b/><w:bCs/>" if i == 0 else ""
        inner.append('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="00E90C4D" w:rsidRDefault="00E90C4D">'
                     '<w:pPr><w:spacing w:after="60"/></w:pPr>%s</w:p>'
                     % (pid("tb", n, i), pid("tbt", n, i), runs_of(line, 0, rpr)))
    content = "<w:txbxContent>%s</w:txbxContent>" % "".join(inner)
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    choice = (
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" '
        'distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" '
        'layoutInCell="1" allowOverlap="1" wp14:anchorId="%s" wp14:editId="%s"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="22860" b="11430"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="217" name="Text Box 2"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks %s/></wp:cNvGraphicFramePr>'
        '<a:graphic %s><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/>'
        '<a:headEnd/><a:tailEnd/></a:ln></wps:spPr><wps:txbx>%s</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>40000</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>20000</wp14:pctHeight></wp14:sizeRelV>'
        '</wp:anchor></w:drawing></mc:Choice>' % (pid("anchor", n), pid("edit", n), a, a, content))
    fallback = (
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
        'o:connecttype="rect"/></v:shapetype><v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:3.6pt;width:185.9pt;height:110.6pt;z-index:251659264;'
        'visibility:visible;mso-wrap-style:square;mso-width-percent:400;mso-height-percent:200;'
        'mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;'
        'mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:right;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:absolute;mso-position-vertical-relative:text;mso-width-percent:400;'
        'mso-height-percent:200;mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top" '
        'fillcolor="#fff2cc"><v:textbox style="mso-fit-shape-to-text:t">%s</v:textbox>'
        '<w10:wrap type="square" anchorx="margin"/></v:shape></w:pict></mc:Fallback>' % content)
    return ('<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>%s%s</mc:AlternateContent></w:r>'
            % (choice, fallback))


def table(rows, n):
    widths = [850, 1300, 1500, 1300, 4066]
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    out += ['<w:gridCol w:w="%d"/>' % w for w in widths]
    out.append("</w:tblGrid>")
    for ri, row in enumerate(rows):
        cells = [c.strip() for c in row.split(" | ")]
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else ""
        out.append('<w:tr w:rsidR="00D47C12" w14:paraId="%s" w14:textId="%s">%s'
                   % (pid("tr", n, ri), pid("trt", n, ri), trpr))
        for ci, c in enumerate(cells):
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if ri == 0 else ""
            rpr = "<w:b/><w:bCs/>" if ri == 0 else ""
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (widths[ci], shade))
            out.append(para(1000 + ri * 10 + ci, runs_of(c, 1, rpr),
                            '<w:spacing w:after="0"/>' + ("<w:rPr><w:b/><w:bCs/></w:rPr>" if ri == 0 else ""),
                            "00D47C12"))
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    body, notes = [], {}
    n = 0
    tb_lines, tbl_rows, mode = [], [], None
    numbered_list = 0
    last_kind = None
    for line in lines:
        s = line.rstrip()
        if mode == "textbox":
            if s == "@endtextbox":
                body.append(para(n, textbox(tb_lines, n)))
                n += 1
                mode = None
            else:
                tb_lines.append(s)
            continue
        if mode == "table":
            if s == "@endtable":
                body.append(table(tbl_rows, n))
                n += 1
                mode = None
            else:
                tbl_rows.append(s)
            continue
        if not s:
            continue
        kind = "other"
        if s == "@textbox":
            mode, tb_lines = "textbox", []
        elif s == "@table":
            mode, tbl_rows = "table", []
        elif s.startswith("@fn "):
            k, text = s[4:].split(" ", 1)
            notes[int(k)] = text
        elif s.startswith("@title "):
            body.append(para(n, runs_of(s[7:], n), '<w:pStyle w:val="Title"/>'))
        elif s.startswith("@subtitle "):
            body.append(para(n, runs_of(s[10:], n), '<w:pStyle w:val="Subtitle"/>'))
        elif s.startswith("## "):
            body.append(para(n, runs_of(s[3:], n), '<w:pStyle w:val="Heading2"/>'))
        elif s.startswith("# "):
            body.append(para(n, runs_of(s[2:], n), '<w:pStyle w:val="Heading1"/>'))
        elif s.startswith("- "):
            body.append(para(n, runs_of(s[2:], n), '<w:pStyle w:val="ListParagraph"/>'
                             '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'))
        elif re.match(r"\d+\. ", s):
            kind = "num"
            if last_kind != "num":
                numbered_list += 1
            num_id = 1 if numbered_list == 1 else 3
            text = s.split(" ", 1)[1]
            extra = ""
            if s.startswith("3. Evaluate"):
                extra = '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
            body.append(para(n, runs_of(text, n) + extra, '<w:pStyle w:val="ListParagraph"/>'
                             '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num_id))
        else:
            body.append(para(n, runs_of(s, n)))
        last_kind = kind
        n += 1
    sect = ('<w:sectPr w:rsidR="00B31F6A" w:rsidSect="00B31F6A"><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
            'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
    document = HEAD + "<w:document %s><w:body>%s%s</w:body></w:document>" % (NS, "".join(body), sect)

    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p w14:paraId="%s" w14:textId="77777777" '
           'w:rsidR="00B31F6A" w:rsidRDefault="00B31F6A"><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p w14:paraId="%s" w14:textId="77777777" '
           'w:rsidR="00B31F6A" w:rsidRDefault="00B31F6A"><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           % (pid("fsep", 1), pid("fsep", 2)))
    fns = []
    for k in sorted(notes):
        fns.append('<w:footnote w:id="%d"><w:p w14:paraId="%s" w14:textId="%s" w:rsidR="0041A9E3" '
                   'w:rsidRDefault="0041A9E3"><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                   '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                   '%s</w:p></w:footnote>' % (k, pid("fn", k), pid("fnt", k), run(" " + notes[k])))
    footnotes = HEAD + "<w:footnotes %s>%s%s</w:footnotes>" % (NS, sep, "".join(fns))
    endnotes = HEAD + "<w:endnotes %s>%s</w:endnotes>" % (
        NS, sep.replace("w:footnote", "w:endnote").replace(pid("fsep", 1), pid("esep", 1))
        .replace(pid("fsep", 2), pid("esep", 2)))

    words = sum(len(re.sub(r"<[^>]+>", " ", x).split()) for x in body)
    files = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/footnotes.xml", footnotes),
        ("word/endnotes.xml", endnotes),
        ("word/settings.xml", SETTINGS),
        ("word/numbering.xml", NUMBERING),
        ("word/styles.xml", STYLES),
        ("word/webSettings.xml", WEBSETTINGS),
        ("word/fontTable.xml", FONTTABLE),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", APP % (words, words * 6, words * 7)),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


CONTENT_TYPES = HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')

RELS = HEAD + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

DOC_RELS = HEAD + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings" Target="webSettings.xml"/>'
    '</Relationships>')

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W_EXTRA = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' + W + ' '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
           'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"')

SETTINGS = HEAD + (
    '<w:settings xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" ' + W_EXTRA + '>'
    '<w:zoom w:percent="110"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
    '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="useWord2013TrackBottomHyphenation" w:uri="http://schemas.microsoft.com/office/word" w:val="0"/>'
    '</w:compat><w:rsids><w:rsidRoot w:val="00B31F6A"/>' +
    "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS)) +
    '</w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
    '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/>'
    '<m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
    '<w:themeFontLang w:val="en-IN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" '
    'w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" '
    'w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
    '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2049"/><o:shapelayout v:ext="edit">'
    '<o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val="."/>'
    '<w:listSeparator w:val=","/><w14:docId w14:val="3C7A1E52"/><w15:chartTrackingRefBased/>'
    '<w15:docId w15:val="{6B0F3D2A-5C41-4E8B-9A77-2F1D3C8E4B90}"/></w:settings>')


def lvl(i, fmt, text, font=None):
    rpr = ('<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr>' % (font, font)) if font else ""
    return ('<w:lvl w:ilvl="%d" w:tplc="%s"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>%s</w:lvl>'
            % (i, pid("tplc", fmt, i), fmt, text, 720 + 720 * i, rpr))


NUMBERING = HEAD + (
    '<w:numbering ' + W_EXTRA.replace('mc:Ignorable="w14 w15"', 'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
                                      'mc:Ignorable="w14 w15 w16cid"') + '>'
    '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1F8A2C47"/>'
    '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0409000F"/>' +
    lvl(0, "decimal", "%1.") + lvl(1, "lowerLetter", "%2.") + lvl(2, "lowerRoman", "%3.") +
    '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="5D2E7B19"/>'
    '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="40090001"/>' +
    lvl(0, "bullet", "\uf0b7", "Symbol") + lvl(1, "bullet", "o", "Courier New") + lvl(2, "bullet", "\uf0a7", "Wingdings") +
    '</w:abstractNum>'
    '<w:num w:numId="1" w16cid:durableId="1042417391"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2" w16cid:durableId="712630084"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3" w16cid:durableId="1980235566"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    '</w:numbering>')


def style(kind, sid, name, extra, default=False):
    d = ' w:default="1"' if default else ""
    return '<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>%s</w:style>' % (kind, d, sid, name, extra)


STYLES = HEAD + (
    '<w:styles ' + W_EXTRA + '>'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" '
    'w:cs="Mangal"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="20"/><w:lang w:val="en-IN" '
    'w:eastAsia="en-US" w:bidi="hi-IN"/><w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    '</w:docDefaults>' +
    style("paragraph", "Normal", "Normal", "<w:qFormat/>", True) +
    style("paragraph", "Heading1", "heading 1",
          '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/>'
          '<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="80"/><w:outlineLvl w:val="0"/>'
          '</w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="0F4761"/>'
          '<w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>') +
    style("paragraph", "Heading2", "heading 2",
          '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading2Char"/><w:uiPriority w:val="9"/>'
          '<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="80"/>'
          '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/>'
          '<w:color w:val="0F4761"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>') +
    style("character", "DefaultParagraphFont", "Default Paragraph Font",
          '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>', True) +
    style("table", "TableNormal", "Normal Table",
          '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
          '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
          '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>', True) +
    style("numbering", "NoList", "No List", '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>', True) +
    style("character", "Heading1Char", "Heading 1 Char",
          '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/>'
          '<w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="0F4761"/><w:sz w:val="40"/></w:rPr>') +
    style("character", "Heading2Char", "Heading 2 Char",
          '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading2"/><w:uiPriority w:val="9"/>'
          '<w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="0F4761"/><w:sz w:val="32"/></w:rPr>') +
    style("paragraph", "Title", "Title",
          '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/>'
          '<w:qFormat/><w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>'
          '<w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:spacing w:val="-10"/><w:kern w:val="28"/>'
          '<w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr>') +
    style("character", "TitleChar", "Title Char",
          '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority w:val="10"/>'
          '<w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/></w:rPr>') +
    style("paragraph", "Subtitle", "Subtitle",
          '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="SubtitleChar"/><w:uiPriority w:val="11"/>'
          '<w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:rPr><w:color w:val="595959"/>'
          '<w:spacing w:val="15"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>') +
    style("character", "SubtitleChar", "Subtitle Char",
          '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Subtitle"/><w:uiPriority w:val="11"/>'
          '<w:rPr><w:color w:val="595959"/><w:spacing w:val="15"/><w:sz w:val="28"/></w:rPr>') +
    style("paragraph", "ListParagraph", "List Paragraph",
          '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/>'
          '<w:contextualSpacing/></w:pPr>') +
    style("table", "TableGrid", "Table Grid",
          '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" '
          'w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>') +
    style("paragraph", "FootnoteText", "footnote text",
          '<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:semiHidden/>'
          '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
          '<w:rPr><w:sz w:val="20"/><w:szCs w:val="18"/></w:rPr>') +
    style("character", "FootnoteTextChar", "Footnote Text Char",
          '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/>'
          '<w:semiHidden/><w:rPr><w:sz w:val="20"/><w:szCs w:val="18"/></w:rPr>') +
    style("character", "FootnoteReference", "footnote reference",
          '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
          '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>') +
    '</w:styles>')

WEBSETTINGS = HEAD + ('<w:webSettings ' + W_EXTRA + '><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>')

FONTTABLE = HEAD + (
    '<w:fonts ' + W_EXTRA + '>'
    '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Mangal"><w:panose1 w:val="02040503050203030202"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/>'
    '<w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
    '<w:font w:name="Wingdings"><w:panose1 w:val="05000000000000000000"/><w:charset w:val="02"/>'
    '<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Calibri Light"><w:panose1 w:val="020F0302020204030204"/><w:charset w:val="00"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '</w:fonts>')

CORE = HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Ananya</dc:creator><cp:keywords></cp:keywords>'
    '<dc:description></dc:description><cp:lastModifiedBy>Ananya</cp:lastModifiedBy><cp:revision>14</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-02T16:48:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-04T18:31:00Z</dcterms:modified></cp:coreProperties>')

APP = HEAD + (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
    '<TotalTime>312</TotalTime><Pages>4</Pages><Words>%d</Words><Characters>%d</Characters>'
    '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>71</Lines>'
    '<Paragraphs>20</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>'
    '<CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
    '<AppVersion>16.0000</AppVersion></Properties>')


if __name__ == "__main__":
    build()
