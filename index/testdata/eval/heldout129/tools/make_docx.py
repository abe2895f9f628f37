#!/usr/bin/python3
"""Re-make docs/kushanas.docx from tools/kushanas.txt with the standard library only.

The package is laid out the way Microsoft Word (2016 and later) saves a .docx: the same part
names, namespaces, relationship ids and zip order, a styles part with Title, Subtitle,
Heading 1, Heading 2, List Paragraph, Table Grid and the footnote styles, a numbering part
(one bullet list definition, one decimal list definition restarted for every numbered list),
footnotes and endnotes parts with their separator notes, settings, a font table, core and app
properties. Word's habits are copied as well: rsid attributes on paragraphs and runs, runs
split where the text was edited at a different time, proofErr marks around words the speller
does not know, AutoCorrect's curly quotes and en dashes, a `_GoBack` bookmark.

Source markup (tools/kushanas.txt): @title, @subtitle, `# ` Heading 1, `## ` Heading 2,
`1. ` numbered items, `- ` bullets, `|a|b|` table rows (first row = header), `**bold**`
run-in labels, `[^1]` footnote reference, `@footnote 1: text`.
Run from anywhere: /usr/bin/python3 tools/make_docx.py
The output is byte-for-byte reproducible (fixed zip timestamps and order).
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "kushanas.txt")
OUT = os.path.join(HERE, "..", "docs", "kushanas.docx")

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
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
RSIDS = ["00A41C2E", "003B7F15", "00E92D4A", "0061C8B3"]
UNKNOWN = ["Yuezhi", "Kujula", "Rabatak", "Shaonanoshao", "Vasumitra", "Sarvastivada",
           "Lokakshema", "Kanishkapura", "Agisala"]


def autocorrect(text):
    """What Word's AutoFormat-as-you-type does to straight quotes and spaced hyphens."""
    text = text.replace(" - ", " \u2013 ")
    text = re.sub(r'(^|[\s(])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(\w)'", "\\1\u2019", text)
    return text


class Doc:
    def __init__(self):
        self.n_para = 0
        self.nums = []  # numIds of numbered lists (each restarts at 1)

    def para_id(self):
        self.n_para += 1
        return "%08X" % (0x1A2B0000 + self.n_para * 37)

    def rsid(self):
        return RSIDS[self.n_para % len(RSIDS)]

    def runs(self, text, bold=False):
        """Runs for one paragraph's text: **bold** spans, [^n] footnote references, proofErr
        marks, and a split of long plain runs where a later edit started a new rsid."""
        out = []
        text = autocorrect(text)
        for part in re.split(r"(\*\*.+?\*\*|\[\^\d+\])", text):
            if not part:
                continue
            if part.startswith("[^"):
                out.append('<w:r w:rsidR="%s"><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                           '<w:footnoteReference w:id="%s"/></w:r>' % (RSIDS[2], part[2:-1]))
            elif part.startswith("**"):
                out.append(self.plain(part[2:-2], True))
            else:
                out.append(self.plain(part, bold))
        return "".join(out)

    def plain(self, text, bold):
        rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
        pieces = re.split(r"\b(%s)\b" % "|".join(UNKNOWN), text)
        out = []
        for i, piece in enumerate(pieces):
            if not piece:
                continue
            if i % 2 == 1:
                out.append('<w:proofErr w:type="spellStart"/>')
                out.append(self.run(piece, rpr, RSIDS[1]))
                out.append('<w:proofErr w:type="spellEnd"/>')
            elif len(piece) > 140 and " " in piece[60:]:
                cut = piece.index(" ", len(piece) // 2) + 1
                out.append(self.run(piece[:cut], rpr, self.rsid()))
                out.append(self.run(piece[cut:], rpr, RSIDS[3]))
            else:
                out.append(self.run(piece, rpr, self.rsid()))
        return "".join(out)

    @staticmethod
    def run(text, rpr, rsid):
        sp = ' xml:space="preserve"' if text != text.strip() else ""
        return '<w:r w:rsidR="%s">%s<w:t%s>%s</w:t></w:r>' % (rsid, rpr, sp, escape(text))

    def p(self, text, style=None, num=None, bold=False):
        ppr = ""
        if style or num:
            ppr = "<w:pPr>"
            if style:
                ppr += '<w:pStyle w:val="%s"/>' % style
            if num:
                ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
            ppr += "</w:pPr>"
        return ('<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">'
                '%s%s</w:p>' % (self.para_id(), self.rsid(), RSIDS[0], ppr, self.runs(text, bold)))

    def table(self, rows):
        ncol = len(rows[0])
        widths = [1520, 1700, 1900, 2030, 1876][:ncol]
        x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
             '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
             'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
        x += ['<w:gridCol w:w="%d"/>' % w for w in widths]
        x.append("</w:tblGrid>")
        for i, row in enumerate(rows):
            x.append('<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="77777777">'
                     % (RSIDS[0], self.para_id()))
            if i == 0:
                x.append("<w:trPr><w:tblHeader/></w:trPr>")
            for w, cell in zip(widths, row):
                x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>'
                         % (w, '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if i == 0 else ""))
                x.append(self.p(cell, bold=(i == 0)))
                x.append("</w:tc>")
            x.append("</w:tr>")
        x.append("</w:tbl>")
        return "".join(x)


def document(lines):
    d = Doc()
    body, footnotes = [], {}
    table, list_num, in_numbered = [], None, False

    def flush_table():
        if table:
            body.append(d.table(table))
            table.clear()

    for line in lines:
        s = line.rstrip()
        if s.startswith("|"):
            table.append([c.strip() for c in s.strip("|").split("|")])
            continue
        flush_table()
        if re.match(r"\d+\. ", s):
            if not in_numbered:
                d.nums.append(len(d.nums) + 2)
                in_numbered = True
            body.append(d.p(s.split(". ", 1)[1], "ListParagraph", d.nums[-1]))
            continue
        in_numbered = False
        if s.startswith("@title "):
            body.append(d.p(s[7:], "Title"))
        elif s.startswith("@subtitle "):
            body.append(d.p(s[10:], "Subtitle"))
        elif s.startswith("@footnote "):
            n, text = s[10:].split(": ", 1)
            footnotes[n] = text
        elif s.startswith("## "):
            body.append(d.p(s[3:], "Heading2"))
        elif s.startswith("# "):
            body.append(d.p(s[2:], "Heading1"))
        elif s.startswith("- "):
            body.append(d.p(s[2:], "ListParagraph", 1))
        elif s:
            body.append(d.p(s))
    flush_table()
    last = body.pop()
    body.append(last.replace("</w:p>", '<w:bookmarkStart w:id="0" w:name="_GoBack"/>'
                             '<w:bookmarkEnd w:id="0"/></w:p>', 1))
    sect = ('<w:sectPr w:rsidR="%s"><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
            'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % RSIDS[0])
    xml = HDR + "<w:document %s><w:body>%s%s</w:body></w:document>" % (NS, "".join(body), sect)

    notes = [HDR + "<w:footnotes %s>" % NS,
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
             'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
             '</w:r></w:p></w:footnote>']
    for n, text in footnotes.items():
        notes.append('<w:footnote w:id="%s"><w:p w14:paraId="%s" w14:textId="77777777" '
                     'w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:pStyle w:val="FootnoteText"/>'
                     '</w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                     '<w:footnoteRef/></w:r>%s%s</w:p></w:footnote>'
                     % (n, d.para_id(), RSIDS[2], RSIDS[2], d.run(" ", "", RSIDS[2]),
                        d.runs(text)))
    notes.append("</w:footnotes>")
    return xml, "".join(notes), d.nums


def numbering(nums):
    bullet = ('<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
              '<w:nsid w:val="1C4F2A6B"/><w:multiLevelType w:val="hybridMultilevel"/>'
              '<w:tmpl w:val="0C8A1F2E"/><w:lvl w:ilvl="0" w:tplc="08090001"><w:start w:val="1"/>'
              '<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts '
              'w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
              '<w:lvl w:ilvl="1" w:tplc="08090003" w:tentative="1"><w:start w:val="1"/>'
              '<w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr><w:rPr><w:rFonts '
              'w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/>'
              '</w:rPr></w:lvl></w:abstractNum>')
    decimal = ('<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0">'
               '<w:nsid w:val="5E3D7A90"/><w:multiLevelType w:val="hybridMultilevel"/>'
               '<w:tmpl w:val="7B1E4C22"/><w:lvl w:ilvl="0" w:tplc="0809000F"><w:start w:val="1"/>'
               '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
               '<w:lvl w:ilvl="1" w:tplc="08090019" w:tentative="1"><w:start w:val="1"/>'
               '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    x = [HDR, "<w:numbering %s>" % NS, bullet, decimal, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for n in nums:
        x.append('<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
                 '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % n)
    x.append("</w:numbering>")
    return "".join(x)


def style(sid, name, kind="paragraph", extra="", default=False):
    return ('<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>%s</w:style>'
            % (kind, ' w:default="1"' if default else "", sid, name, extra))


STYLES = (HDR + '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
          'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
          '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-IN" w:eastAsia="en-US" '
          'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" '
          'w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          + style("Normal", "Normal", extra='<w:qFormat/>', default=True)
          + style("Heading1", "heading 1", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
                  '<w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr>'
                  '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/>'
                  '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
                  'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
                  '<w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/>'
                  '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>')
          + style("Heading2", "heading 2", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
                  '<w:link w:val="Heading2Char"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/>'
                  '<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="40" '
                  'w:after="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts '
                  'w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
                  'w:cstheme="majorBidi"/><w:color w:val="2F5496" w:themeColor="accent1" '
                  'w:themeShade="BF"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>')
          + style("DefaultParagraphFont", "Default Paragraph Font", "character",
                  '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>', True)
          + style("TableNormal", "Normal Table", "table",
                  '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
                  '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
                  '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
                  '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>', True)
          + style("NoList", "No List", "numbering",
                  '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>', True)
          + style("Heading1Char", "Heading 1 Char", "character",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/>'
                  '<w:uiPriority w:val="9"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
                  'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
                  '<w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/>'
                  '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>')
          + style("Heading2Char", "Heading 2 Char", "character",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading2"/>'
                  '<w:uiPriority w:val="9"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
                  'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
                  '<w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/>'
                  '<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>')
          + style("Title", "Title", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
                  '<w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr>'
                  '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>'
                  '</w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                  'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:spacing w:val="-10"/>'
                  '<w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr>')
          + style("TitleChar", "Title Char", "character",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/>'
                  '<w:uiPriority w:val="10"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
                  'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
                  '<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/>'
                  '</w:rPr>')
          + style("Subtitle", "Subtitle", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
                  '<w:link w:val="SubtitleChar"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr>'
                  '<w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:rPr><w:rFonts '
                  'w:eastAsiaTheme="minorEastAsia"/><w:color w:val="5A5A5A" w:themeColor="text1" '
                  'w:themeTint="A5"/><w:spacing w:val="15"/></w:rPr>')
          + style("SubtitleChar", "Subtitle Char", "character",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Subtitle"/>'
                  '<w:uiPriority w:val="11"/><w:rPr><w:rFonts w:eastAsiaTheme="minorEastAsia"/>'
                  '<w:color w:val="5A5A5A" w:themeColor="text1" w:themeTint="A5"/>'
                  '<w:spacing w:val="15"/></w:rPr>')
          + style("ListParagraph", "List Paragraph", extra='<w:basedOn w:val="Normal"/>'
                  '<w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/>'
                  '<w:contextualSpacing/></w:pPr>')
          + style("TableGrid", "Table Grid", "table", '<w:basedOn w:val="TableNormal"/>'
                  '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" '
                  'w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" '
                  'w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" '
                  'w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" '
                  'w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV '
                  'w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>')
          + style("FootnoteText", "footnote text", extra='<w:basedOn w:val="Normal"/>'
                  '<w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:semiHidden/>'
                  '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" '
                  'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>')
          + style("FootnoteTextChar", "Footnote Text Char", "character",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/>'
                  '<w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:sz w:val="20"/>'
                  '<w:szCs w:val="20"/></w:rPr>')
          + style("FootnoteReference", "footnote reference", "character",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>'
                  '<w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/>'
                  '</w:rPr>')
          + "</w:styles>")

ENDNOTES = (HDR + "<w:endnotes %s>" % NS
            + '<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:endnote>'
            '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
            'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
            '</w:r></w:p></w:endnote></w:endnotes>')

SETTINGS = (HDR + '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" '
            'mc:Ignorable="w14 w15"><w:zoom w:percent="110"/><w:proofState w:spelling="clean" '
            'w:grammar="clean"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl '
            'w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
            '</w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting '
            'w:name="overrideTableStyleFontSizeAndJustification" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
            'w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="1"/><w:compatSetting w:name="doNotFlipMirrorIndents" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat><w:rsids>'
            + "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS))
            + '</w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/></m:mathPr>'
            '<w:themeFontLang w:val="en-IN"/><w:shapeDefaults><o:shapedefaults v:ext="edit" '
            'spidmax="1026"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/>'
            '</o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val="."/><w:listSeparator '
            'w:val=","/></w:settings>')

FONTS = (HDR + '<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
         '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset '
         'w:val="02"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
         '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset '
         'w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
         '<w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset '
         'w:val="00"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
         '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset '
         'w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
         '<w:font w:name="Calibri Light"><w:panose1 w:val="020F0302020204030204"/><w:charset '
         'w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>')

CONTENT_TYPES = (HDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                 '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
                 '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                 '</Types>')

RELS = (HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')

DOC_RELS = (HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
            '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            '</Relationships>')

CORE = (HDR + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Ananya</dc:creator>'
        '<cp:keywords></cp:keywords><dc:description></dc:description>'
        '<cp:lastModifiedBy>Ananya</cp:lastModifiedBy><cp:revision>14</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-21T09:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-08-03T17:46:00Z</dcterms:modified>'
        '</cp:coreProperties>')


def app(words, chars):
    return (HDR + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Template>Normal.dotm</Template><TotalTime>212</TotalTime><Pages>4</Pages>'
            '<Words>%d</Words><Characters>%d</Characters><Application>Microsoft Office Word</Application>'
            '<DocSecurity>0</DocSecurity><Lines>%d</Lines><Paragraphs>%d</Paragraphs>'
            '<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>'
            '<CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
            % (words, chars, chars // 60, chars // 200, chars + words))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    doc_xml, notes_xml, nums = document(lines)
    text = re.sub(r"<[^>]+>", " ", doc_xml)
    words = len(text.split())
    chars = len("".join(text.split()))
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", doc_xml),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/footnotes.xml", notes_xml),
        ("word/endnotes.xml", ENDNOTES),
        ("word/settings.xml", SETTINGS),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", numbering(nums)),
        ("word/fontTable.xml", FONTS),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", app(words, chars)),
    ]
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
