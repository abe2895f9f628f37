#!/usr/bin/python3
"""Re-make docs/gupta-rise-and-administration.docx from tools/gupta-rise-and-administration.txt.

Run from anywhere: /usr/bin/python3 tools/make_docx.py [output path]
Standard library only. The zip is byte-for-byte reproducible: fixed member order, the fixed
1980-01-01 timestamps Word itself writes, and deflate for every part.

Source markup: "= " Title, "# " Heading 1, "## " Heading 2, "- " bulleted list item,
"1. " numbered list item (a new list restarts at 1 after any other paragraph), "@table" ...
"@endtable" rows of "cell | cell" (first row is the header row), "**Label:**" a bold run-in
label at the start of a paragraph or list item, "[^1]" a footnote reference and "[^1]: text"
the footnote itself. Any other non-blank line is a Normal paragraph.
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gupta-rise-and-administration.txt")
OUT = os.path.join(HERE, "..", "docs", "gupta-rise-and-administration.docx")

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'mc:Ignorable="w14 w15"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
RSIDS = ["00B21F6C", "004A7E19", "00D93C52", "006E0B8A", "00F1442D"]

CONTENT_TYPES = DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')

ROOT_RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

DOC_RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    '</Relationships>')


def style(sid, name, kind="paragraph", extra="", ppr="", rpr="", default=False):
    d = ' w:default="1"' if default else ""
    out = '<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>%s' % (kind, d, sid, name, extra)
    if ppr:
        out += "<w:pPr>%s</w:pPr>" % ppr
    if rpr:
        out += "<w:rPr>%s</w:rPr>" % rpr
    return out + "</w:style>"


STYLES = DECL + (
    '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" '
    'w:hAnsi="Calibri" w:cs="Mangal"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
    '<w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="hi-IN"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
    '</w:pPrDefault></w:docDefaults>'
    '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
    'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">'
    '<w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
    '<w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/>'
    '<w:lsdException w:name="heading 2" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/>'
    '<w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/>'
    '<w:lsdException w:name="List Paragraph" w:uiPriority="34" w:qFormat="1"/>'
    '</w:latentStyles>'
    + style("Normal", "Normal", extra="<w:qFormat/>", default=True)
    + style("Heading1", "heading 1",
            extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/>'
                  '<w:uiPriority w:val="9"/><w:qFormat/>',
            ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/>',
            rpr='<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="2F5496"/>'
                '<w:sz w:val="32"/><w:szCs w:val="32"/>')
    + style("Heading2", "heading 2",
            extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading2Char"/>'
                  '<w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>',
            ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="1"/>',
            rpr='<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="2F5496"/>'
                '<w:sz w:val="26"/><w:szCs w:val="26"/>')
    + style("DefaultParagraphFont", "Default Paragraph Font", kind="character",
            extra='<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>', default=True)
    + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
      '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
      '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
      '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    + style("NoList", "No List", kind="numbering",
            extra='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>', default=True)
    + style("Heading1Char", "Heading 1 Char", kind="character",
            extra='<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/>',
            rpr='<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="2F5496"/>'
                '<w:sz w:val="32"/><w:szCs w:val="32"/>')
    + style("Heading2Char", "Heading 2 Char", kind="character",
            extra='<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading2"/><w:uiPriority w:val="9"/>',
            rpr='<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="2F5496"/>'
                '<w:sz w:val="26"/><w:szCs w:val="26"/>')
    + style("Title", "Title",
            extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>',
            ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>',
            rpr='<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:spacing w:val="-10"/>'
                '<w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/>')
    + style("ListParagraph", "List Paragraph",
            extra='<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>',
            ppr='<w:ind w:left="720"/><w:contextualSpacing/>')
    + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
      '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
      '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
      '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
      '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
      '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
      '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
      '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
    + style("FootnoteText", "footnote text",
            extra='<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/>'
                  '<w:semiHidden/><w:unhideWhenUsed/>',
            ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>')
    + style("FootnoteTextChar", "Footnote Text Char", kind="character",
            extra='<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/>'
                  '<w:uiPriority w:val="99"/><w:semiHidden/>',
            rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>')
    + style("FootnoteReference", "footnote reference", kind="character",
            extra='<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
                  '<w:unhideWhenUsed/>',
            rpr='<w:vertAlign w:val="superscript"/>')
    + '</w:styles>')


def lvl(ilvl, fmt, text, left, font=None):
    rpr = ('<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr>' % (font, font)
           if font else "")
    return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>%s</w:lvl>'
            % (ilvl, fmt, text, left, rpr))


def numbering(n_numbered):
    out = DECL + '<w:numbering %s>' % W_NS
    out += ('<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1C2F5A3B"/>'
            '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="A4E2C8D6"/>'
            + lvl(0, "bullet", "\uf0b7", 720, "Symbol") + lvl(1, "bullet", "o", 1440, "Courier New")
            + '</w:abstractNum>')
    out += ('<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5E7B0F12"/>'
            '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0409000F"/>'
            + lvl(0, "decimal", "%1.", 720) + lvl(1, "lowerLetter", "%2.", 1440)
            + '</w:abstractNum>')
    out += '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    for i in range(n_numbered):
        out += '<w:num w:numId="%d"><w:abstractNumId w:val="1"/>' % (i + 2)
        if i:
            out += '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
        out += '</w:num>'
    return out + '</w:numbering>'


def t(text):
    sp = ' xml:space="preserve"' if text != text.strip() else ""
    return '<w:t%s>%s</w:t>' % (sp, escape(text))


def runs(text):
    """Bold run-in label, plain runs and footnote references."""
    out = ""
    m = re.match(r"\*\*(.+?)\*\*", text)
    if m:
        out += '<w:r><w:rPr><w:b/><w:bCs/></w:rPr>%s</w:r>' % t(m.group(1))
        text = text[m.end():]
    for part in re.split(r"(\[\^\d+\])", text):
        if not part:
            continue
        fm = re.match(r"\[\^(\d+)\]$", part)
        if fm:
            out += ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                    '<w:footnoteReference w:id="%s"/></w:r>' % fm.group(1))
        else:
            out += '<w:r>%s</w:r>' % t(part)
    return out


class Doc:
    def __init__(self):
        self.body, self.n = [], 0

    def para(self, text, pstyle=None, num=None):
        rs = RSIDS[self.n % len(RSIDS)]
        self.n += 1
        ppr = ""
        if pstyle:
            ppr += '<w:pStyle w:val="%s"/>' % pstyle
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
        self.body.append('<w:p w:rsidR="%s" w:rsidRDefault="%s">%s%s</w:p>' % (rs, rs, ppr, runs(text)))

    def table(self, rows):
        widths = [2830, 6186]
        out = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
               'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
               + "".join('<w:gridCol w:w="%d"/>' % w for w in widths) + '</w:tblGrid>')
        for i, row in enumerate(rows):
            cells = [c.strip() for c in row.split("|")]
            out += '<w:tr w:rsidR="00D93C52">'
            if i == 0:
                out = out[:-1] + '><w:trPr><w:tblHeader/></w:trPr>'
            for w, c in zip(widths, cells):
                rpr = '<w:rPr><w:b/><w:bCs/></w:rPr>' if i == 0 else ""
                out += ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr><w:p w:rsidR="00D93C52" '
                        'w:rsidRDefault="00D93C52"><w:r>%s%s</w:r></w:p></w:tc>'
                        % (w, '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if i == 0 else "",
                           rpr, t(c)))
            out += '</w:tr>'
        self.body.append(out + '</w:tbl>')


def build(out_path=OUT):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    doc, foot = Doc(), {}
    table, in_table = [], False
    n_numbered, prev_numbered = 0, False
    for line in lines:
        s = line.strip()
        numbered = bool(re.match(r"\d+\. ", s))
        if numbered and not prev_numbered:
            n_numbered += 1
        if s:
            prev_numbered = numbered
        if not s:
            continue
        fm = re.match(r"\[\^(\d+)\]: (.*)", s)
        if fm:
            foot[fm.group(1)] = fm.group(2)
        elif s == "@table":
            in_table, table = True, []
        elif s == "@endtable":
            in_table = False
            doc.table(table)
        elif in_table:
            table.append(s)
        elif s.startswith("= "):
            doc.para(s[2:], "Title")
        elif s.startswith("## "):
            doc.para(s[3:], "Heading2")
        elif s.startswith("# "):
            doc.para(s[2:], "Heading1")
        elif s.startswith("- "):
            doc.para(s[2:], "ListParagraph", 1)
        elif numbered:
            doc.para(s.split(" ", 1)[1], "ListParagraph", n_numbered + 1)
        else:
            doc.para(s)
    sect = ('<w:sectPr w:rsidR="00B21F6C"><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
            'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
    document = DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (W_NS, "".join(doc.body), sect)

    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    notes = "".join(
        '<w:footnote w:id="%s"><w:p w:rsidR="004A7E19" w:rsidRDefault="004A7E19"><w:pPr>'
        '<w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>'
        '</w:rPr><w:footnoteRef/></w:r><w:r>%s</w:r></w:p></w:footnote>' % (k, t(" " + v))
        for k, v in sorted(foot.items()))
    footnotes = DECL + '<w:footnotes %s>%s%s</w:footnotes>' % (W_NS, sep, notes)
    endnotes = DECL + '<w:endnotes %s>%s</w:endnotes>' % (
        W_NS, sep.replace("footnote", "endnote"))
    settings = DECL + (
        '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
        '<w:zoom w:percent="110"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
        '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
        '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '</w:compat><w:rsids><w:rsidRoot w:val="00B21F6C"/>'
        + "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS)) +
        '</w:rsids><w:themeFontLang w:val="en-IN" w:bidi="hi-IN"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')
    words = sum(len(l.split()) for l in lines)
    core = DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Ananya Mishra</dc:creator>'
        '<cp:keywords></cp:keywords><dc:description></dc:description>'
        '<cp:lastModifiedBy>Ananya Mishra</cp:lastModifiedBy><cp:revision>14</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-20T16:42:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-12T18:05:00Z</dcterms:modified>'
        '</cp:coreProperties>')
    app = DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>Normal.dotm</Template><TotalTime>212</TotalTime><Pages>5</Pages>'
        '<Words>%d</Words><Characters>%d</Characters><Application>Microsoft Office Word</Application>'
        '<DocSecurity>0</DocSecurity><Lines>78</Lines><Paragraphs>21</Paragraphs>'
        '<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>'
        '<CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
        '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
        % (words, sum(len(l.replace(" ", "")) for l in lines), sum(len(l) for l in lines)))

    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/footnotes.xml", footnotes),
        ("word/endnotes.xml", endnotes),
        ("word/numbering.xml", numbering(n_numbered)),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", settings),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
    ]
    with zipfile.ZipFile(out_path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
