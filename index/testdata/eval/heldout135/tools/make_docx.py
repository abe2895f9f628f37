#!/usr/bin/python3
"""Re-make docs/cbdc-notes.docx from tools/cbdc-notes.txt.

Run from anywhere: /usr/bin/python3 tools/make_docx.py
Standard library only (zipfile, xml.sax.saxutils). The package holds the parts Word writes for a
plain document: [Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml,
word/numbering.xml, word/settings.xml, word/fontTable.xml, word/_rels/document.xml.rels,
docProps/core.xml and docProps/app.xml. Entries are written in a fixed order with Word's
1980-01-01 timestamps, so the output is the same byte for byte on every run.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cbdc-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "cbdc-notes.docx")

W_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
RSIDS = ["00A41C2F", "00B7E512", "00D23F9A", "01F04C77", "02A9B3D1"]
# words Word's spell checker does not know; wrapped in w:proofErr like Word does
UNKNOWN = {"e₹", "e₹-R", "e₹-W", "eNaira", "mBridge", "JAM-DEX", "e-CNY", "Sitharaman", "Bhubaneswar",
           "USDT", "USDC", "TerraUSD", "VPA"}
BOLD = re.compile(r"\*\*(.+?)\*\*")


def t(text):
    sp = ' xml:space="preserve"' if text != text.strip() else ""
    return "<w:t%s>%s</w:t>" % (sp, escape(text))


def runs(text, bold_all=False, seq=[0]):
    """Runs for one paragraph: **bold** spans, proofErr around unknown words, and a revision-id
    split in long paragraphs, the way Word's own files are broken into runs."""
    out = []
    pieces = []
    pos = 0
    for m in BOLD.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], bold_all))
        pieces.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], bold_all))
    for chunk, bold in pieces:
        seq[0] += 1
        rsid = RSIDS[seq[0] % len(RSIDS)]
        rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
        # split on unknown words
        tokens = re.split(r"(\s+)", chunk)
        buf = ""
        for tok in tokens:
            word = tok.strip(".,;:()\"'")
            if word in UNKNOWN:
                lead = tok[:tok.index(word)]
                trail = tok[tok.index(word) + len(word):]
                buf += lead
                if buf:
                    out.append('<w:r w:rsidRPr="%s">%s%s</w:r>' % (rsid, rpr, t(buf)))
                out.append('<w:proofErr w:type="spellStart"/>')
                out.append('<w:r w:rsidRPr="%s">%s%s</w:r>' % (rsid, rpr, t(word)))
                out.append('<w:proofErr w:type="spellEnd"/>')
                buf = trail
            else:
                buf += tok
        if buf:
            if len(buf) > 160 and not bold:
                cut = buf.index(" ", len(buf) // 2) + 1
                out.append('<w:r w:rsidRPr="%s">%s%s</w:r>' % (rsid, rpr, t(buf[:cut])))
                out.append('<w:r w:rsidR="%s">%s%s</w:r>' % (RSIDS[(seq[0] + 2) % len(RSIDS)], rpr, t(buf[cut:])))
            else:
                out.append('<w:r w:rsidRPr="%s">%s%s</w:r>' % (rsid, rpr, t(buf)))
    return "".join(out)


def para(text, style=None, num=None, n=[0], bold_all=False, jc=None):
    n[0] += 1
    pid = "%08X" % (0x1A2B0000 + n[0] * 7919)
    ppr = ""
    if style or num or jc:
        ppr = "<w:pPr>"
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        if jc:
            ppr += '<w:jc w:val="%s"/>' % jc
        ppr += "</w:pPr>"
    return ('<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">%s%s</w:p>'
            % (pid, RSIDS[n[0] % 5], RSIDS[0], ppr, runs(text, bold_all)))


def table(rows):
    grid = '<w:tblGrid><w:gridCol w:w="4508"/><w:gridCol w:w="4508"/></w:tblGrid>'
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr>' + grid]
    for i, (head, cells) in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if head else ""
        tcs = []
        for c in cells:
            shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if head else ""
            tcs.append('<w:tc><w:tcPr><w:tcW w:w="4508" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                       % (shd, para(c, bold_all=head)))
        out.append('<w:tr w:rsidR="%s" w:rsidTr="%s">%s%s</w:tr>' % (RSIDS[2], RSIDS[2], trpr, "".join(tcs)))
    out.append("</w:tbl>")
    return "".join(out)


def document():
    body = []
    rows = []
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip() and not l.startswith("#")]
    for line in lines + ["END|"]:
        tag, _, text = line.partition("|")
        if tag in ("TH", "TR"):
            rows.append((tag == "TH", [c.strip() for c in text.split(" || ")]))
            continue
        if rows:
            body.append(table(rows))
            rows = []
        if tag == "T":
            body.append(para(text, "Title"))
        elif tag == "S":
            body.append(para(text, "Subtitle"))
        elif tag == "H1":
            body.append(para(text, "Heading1"))
        elif tag == "H2":
            body.append(para(text, "Heading2"))
        elif tag == "P":
            body.append(para(text))
        elif tag == "N1":
            body.append(para(text, "ListParagraph", num=1))
        elif tag == "N2":
            body.append(para(text, "ListParagraph", num=3))
        elif tag == "B":
            body.append(para(text, "ListParagraph", num=2))
    sect = ('<w:sectPr w:rsidR="%s"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
            'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % RSIDS[0])
    return DECL + "<w:document %s><w:body>%s%s</w:body></w:document>" % (W_NS, "".join(body), sect)


def styles():
    def pstyle(sid, name, extra_ppr="", rpr="", based="Normal", nxt="Normal", ui=None, q=True):
        s = '<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>' % (sid, name)
        if based:
            s += '<w:basedOn w:val="%s"/>' % based
        if nxt:
            s += '<w:next w:val="%s"/>' % nxt
        if ui is not None:
            s += '<w:uiPriority w:val="%d"/>' % ui
        if q:
            s += "<w:qFormat/>"
        if extra_ppr:
            s += "<w:pPr>%s</w:pPr>" % extra_ppr
        if rpr:
            s += "<w:rPr>%s</w:rPr>" % rpr
        return s + "</w:style>"

    parts = [DECL, '<w:styles %s>' % W_NS,
             '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" '
             'w:hAnsi="Calibri" w:cs="Mangal"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
             '<w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="hi-IN"/></w:rPr></w:rPrDefault>'
             '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
             '</w:pPrDefault></w:docDefaults>',
             '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
             '<w:qFormat/></w:style>',
             pstyle("Heading1", "heading 1",
                    '<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="80"/><w:outlineLvl w:val="0"/>',
                    '<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="2F5496"/>'
                    '<w:sz w:val="32"/><w:szCs w:val="32"/>', ui=9),
             pstyle("Heading2", "heading 2",
                    '<w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/>',
                    '<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="2F5496"/>'
                    '<w:sz w:val="26"/><w:szCs w:val="26"/>', ui=9),
             pstyle("Title", "Title", '<w:spacing w:after="80" w:line="240" w:lineRule="auto"/>'
                    '<w:contextualSpacing/>',
                    '<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:spacing w:val="-10"/>'
                    '<w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/>', ui=10),
             pstyle("Subtitle", "Subtitle", "", '<w:color w:val="595959"/><w:spacing w:val="15"/>', ui=11),
             pstyle("ListParagraph", "List Paragraph", '<w:ind w:left="720"/><w:contextualSpacing/>',
                    nxt=None, ui=34),
             '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
             '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
             '<w:unhideWhenUsed/></w:style>',
             '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
             '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
             'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
             '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
             '</w:style>',
             '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
             '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
             '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
             '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
             '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '</w:tblBorders></w:tblPr></w:style>',
             "</w:styles>"]
    return "".join(parts)


def numbering():
    dec = ('<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="3C5A1B72"/>'
           '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0F8A2E46"/>'
           '<w:lvl w:ilvl="0" w:tplc="4009000F"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
           '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/>'
           "</w:pPr></w:lvl></w:abstractNum>")
    bul = ('<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="6E2B4D19"/>'
           '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="A1C2E0F4"/>'
           '<w:lvl w:ilvl="0" w:tplc="40090001"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
           '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/>'
           '</w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
           "</w:abstractNum>")
    nums = ('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
            '<w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    ns = W_NS.replace('mc:Ignorable="w14"', 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
                      'mc:Ignorable="w14 w15"')
    return DECL + "<w:numbering %s>%s%s%s</w:numbering>" % (ns, dec, bul, nums)


SETTINGS = (DECL + '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:zoom w:percent="110"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
            '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"'
            ' w:val="15"/></w:compat><w:rsids><w:rsidRoot w:val="00A41C2F"/>'
            + "".join('<w:rsid w:val="%s"/>' % r for r in RSIDS) +
            '</w:rsids><w:themeFontLang w:val="en-IN"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            "</w:settings>")

FONTS = (DECL + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/>'
         '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
         '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/>'
         '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
         '<w:font w:name="Mangal"><w:panose1 w:val="02040503050203030202"/><w:charset w:val="00"/>'
         '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
         '<w:font w:name="Calibri Light"><w:panose1 w:val="020F0302020204030204"/><w:charset w:val="00"/>'
         '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>')

CONTENT_TYPES = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.numbering+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.fontTable+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
                 'package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.extended-properties+xml"/></Types>')

RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')

DOC_RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'settings" Target="settings.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'fontTable" Target="fontTable.xml"/></Relationships>')

CORE = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Riya Sharma</dc:creator><cp:keywords>"
        "</cp:keywords><dc:description></dc:description><cp:lastModifiedBy>Riya Sharma</cp:lastModifiedBy>"
        '<cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-08-09T10:14:00Z'
        '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-08-16T17:52:00Z</dcterms:modified>'
        "</cp:coreProperties>")


def app(words, chars):
    return (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            "<Template>Normal.dotm</Template><TotalTime>214</TotalTime><Pages>5</Pages>"
            "<Words>%d</Words><Characters>%d</Characters><Application>Microsoft Office Word</Application>"
            "<DocSecurity>0</DocSecurity><Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop>"
            "<Company></Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>"
            "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
            "<AppVersion>16.0000</AppVersion></Properties>" % (words, chars, chars // 80, 120, chars + words))


def build():
    doc = document()
    shown = " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", doc))
    words = len(shown.split())
    chars = len(shown.replace(" ", ""))
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", doc),
             ("word/_rels/document.xml.rels", DOC_RELS), ("word/numbering.xml", numbering()),
             ("word/styles.xml", styles()), ("word/settings.xml", SETTINGS), ("word/fontTable.xml", FONTS),
             ("docProps/core.xml", CORE), ("docProps/app.xml", app(words, chars))]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))


if __name__ == "__main__":
    build()
