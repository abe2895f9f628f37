#!/usr/bin/python3
"""Re-make docs/revolt-1857-causes-and-centres.docx from tools/revolt-1857-causes-and-centres.txt.

Run from anywhere: /usr/bin/python3 tools/make_docx.py
Standard library only. The output is byte-for-byte reproducible: the parts are written in the
order Word writes them, with Word's fixed 1980-01-01 zip timestamps.

Source markup (one paragraph a line):
  @title / @subtitle   Title and Subtitle styles
  # / ##               Heading 1 / Heading 2
  - item               bullet list (ListParagraph, numId 1)
  1. item              numbered list; each run of numbered lines is a new list (restarts at 1)
  @table ... @endtable rows of cells split on |, first row is the header row
  **text**             bold run
  ~word~               word Word's speller flagged (proofErr spellStart/spellEnd)
  {fn:text}            footnote reference here, footnote text in word/footnotes.xml
  [[anchor]]{c:text}   comment on the anchor text, comment in word/comments.xml
Word's AutoFormat is imitated: straight quotes become curly, " - " becomes an en dash.
"""
import hashlib
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "revolt-1857-causes-and-centres.txt")
OUT = os.path.join(HERE, "..", "docs", "revolt-1857-causes-and-centres.docx")

AUTHOR = "Riya Sharma"
CREATED = "2025-07-19T16:42:00Z"
MODIFIED = "2025-08-03T21:27:00Z"
RSIDS = ["00A41F2C", "005E7B19", "00C9D3A8", "0071B6E4"]
DATE_TIME = (1980, 1, 1, 0, 0, 0)

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_ALL = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="%s" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"' % NS_W)


def autoformat(s):
    s = s.replace(" - ", " \u2013 ")
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else " "
        if ch == '"':
            out.append("\u201c" if prev in " ([{\u2013" else "\u201d")
        elif ch == "'":
            out.append("\u2018" if prev in " ([{\u2013" else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


class Doc:
    def __init__(self):
        self.body, self.footnotes, self.comments = [], [], []
        self.numbered_lists = 0
        self.npara = 0

    def ids(self):
        self.npara += 1
        h = hashlib.md5(("para%d" % self.npara).encode()).hexdigest().upper()
        para_id = "%08X" % (int(h[:8], 16) & 0x7FFFFFFF)
        rsid = RSIDS[(self.npara * 7) % len(RSIDS)]
        return ('w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"'
                % (para_id, h[8:16], rsid, RSIDS[0]))

    def runs(self, text, split_ok=False):
        """Inline markup -> run XML."""
        xml = []
        pos = 0
        pat = re.compile(r"\*\*(.+?)\*\*|~([^~]+)~|\{fn:([^}]*)\}|\[\[(.+?)\]\]\{c:([^}]*)\}")
        for m in pat.finditer(text):
            if m.start() > pos:
                xml.append(self.plain(text[pos:m.start()], split_ok))
            if m.group(1) is not None:
                xml.append(run(m.group(1), "<w:b/><w:bCs/>"))
            elif m.group(2) is not None:
                xml.append('<w:proofErr w:type="spellStart"/>%s<w:proofErr w:type="spellEnd"/>'
                           % run(m.group(2)))
            elif m.group(3) is not None:
                self.footnotes.append(m.group(3))
                xml.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                           '<w:footnoteReference w:id="%d"/></w:r>' % len(self.footnotes))
            else:
                cid = len(self.comments)
                self.comments.append(m.group(5))
                xml.append('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                           '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                           '<w:commentReference w:id="%d"/></w:r>'
                           % (cid, run(m.group(4)), cid, cid))
            pos = m.end()
        if pos < len(text):
            xml.append(self.plain(text[pos:], split_ok))
        return "".join(xml)

    def plain(self, s, split_ok):
        # Word splits a run where a later editing session (another rsid) typed into it.
        if split_ok and len(s) > 90:
            k = s.find(". ", 40)
            if k > 0:
                return run(s[:k + 2]) + run(s[k + 2:], rsid=RSIDS[3])
        return run(s)

    def para(self, text, style=None, num=None, bold_all=False):
        ppr = ""
        if style or num:
            ppr = "<w:pPr>"
            if style:
                ppr += '<w:pStyle w:val="%s"/>' % style
            if num:
                ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
            ppr += "</w:pPr>"
        attrs = self.ids()
        split_ok = self.npara % 3 == 1 and style is None
        body = run(text, "<w:b/><w:bCs/>") if bold_all else self.runs(text, split_ok)
        return "<w:p %s>%s%s</w:p>" % (attrs, ppr, body)

    def table(self, rows):
        widths = [2300, 3500, 3226]
        x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
             '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
             'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
        x += ['<w:gridCol w:w="%d"/>' % w for w in widths]
        x.append("</w:tblGrid>")
        for i, r in enumerate(rows):
            cells = [c.strip() for c in r.split("|")]
            x.append('<w:tr w:rsidR="%s" w:rsidTr="%s">' % (RSIDS[1], RSIDS[1]))
            if i == 0:
                x.append("<w:trPr><w:tblHeader/></w:trPr>")
            for w, c in zip(widths, cells):
                shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if i == 0 else ""
                x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (w, shd))
                x.append(self.para(c, bold_all=(i == 0)))
                x.append("</w:tc>")
            x.append("</w:tr>")
        x.append("</w:tbl>")
        return "".join(x)


def run(text, rpr="", rsid=None):
    t = escape(text)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    attr = ' w:rsidR="%s"' % rsid if rsid else ""
    rpr_xml = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    return "<w:r%s>%s<w:t%s>%s</w:t></w:r>" % (attr, rpr_xml, space, t)


def build_document(lines):
    d = Doc()
    in_table, rows, prev_numbered = False, [], False
    for raw in lines:
        s = raw.strip()
        if not s:
            continue
        if s == "@table":
            in_table, rows = True, []
            continue
        if s == "@endtable":
            in_table = False
            d.body.append(d.table([autoformat(r) for r in rows]))
            d.body.append(d.para(""))  # Word keeps an empty paragraph after a table
            continue
        if in_table:
            rows.append(s)
            continue
        numbered = bool(re.match(r"\d+\. ", s))
        if numbered and not prev_numbered:
            d.numbered_lists += 1
        prev_numbered = numbered
        s = autoformat(s)
        if s.startswith("@title "):
            d.body.append(d.para(s[7:], "Title"))
        elif s.startswith("@subtitle "):
            d.body.append(d.para(s[10:], "Subtitle"))
        elif s.startswith("## "):
            d.body.append(d.para(s[3:], "Heading2"))
        elif s.startswith("# "):
            d.body.append(d.para(s[2:], "Heading1"))
        elif s.startswith("- "):
            d.body.append(d.para(s[2:], "ListParagraph", num=1))
        elif numbered:
            d.body.append(d.para(s.split(" ", 1)[1], "ListParagraph", num=1 + d.numbered_lists))
        else:
            d.body.append(d.para(s))
    sect = ('<w:sectPr w:rsidR="%s"><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
            'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % RSIDS[0])
    doc = DECL + "<w:document %s><w:body>%s%s</w:body></w:document>" % (NS_ALL, "".join(d.body), sect)
    return d, doc


def notes_xml(kind, texts):
    tag = "footnote" if kind == "footnotes" else "endnote"
    sep = ('<w:{t} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{t}>'
           '<w:{t} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
           '</w:{t}>').format(t=tag)
    items = []
    for i, t in enumerate(texts, 1):
        items.append('<w:footnote w:id="%d"><w:p w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>'
                     '<w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle '
                     'w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>'
                     % (i, RSIDS[2], RSIDS[2], run(" " + autoformat(t))))
    return DECL + "<w:%s %s>%s%s</w:%s>" % (kind, NS_ALL, sep, "".join(items), kind)


def comments_xml(texts):
    items = []
    for i, t in enumerate(texts):
        items.append('<w:comment w:id="%d" w:author="%s" w:date="2025-08-03T21:14:00Z" '
                     'w:initials="RS"><w:p w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:pStyle '
                     'w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                     '</w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
                     % (i, AUTHOR, RSIDS[3], RSIDS[3], run(autoformat(t))))
    return DECL + "<w:comments %s>%s</w:comments>" % (NS_ALL, "".join(items))


def numbering_xml(n_numbered):
    bullet = ('<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
              '<w:nsid w:val="1B4E6F0A"/><w:multiLevelType w:val="hybridMultilevel"/>'
              '<w:tmpl w:val="0409000F"/><w:lvl w:ilvl="0" w:tplc="04090001"><w:start w:val="1"/>'
              '<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts '
              'w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>')
    decimal = ('<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0">'
               '<w:nsid w:val="5C2A91D3"/><w:multiLevelType w:val="hybridMultilevel"/>'
               '<w:tmpl w:val="0409000F"/><w:lvl w:ilvl="0" w:tplc="0409000F"><w:start w:val="1"/>'
               '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for k in range(n_numbered):
        nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
                    '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (2 + k))
    ns = NS_ALL.replace('mc:Ignorable="w14 wp14"',
                        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
                        'mc:Ignorable="w14 w15 wp14"')
    return DECL + "<w:numbering %s>%s%s%s</w:numbering>" % (ns, bullet, decimal, "".join(nums))


STYLES = DECL + (
    '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'mc:Ignorable="w14">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
    'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
    '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-IN" w:eastAsia="en-US" '
    'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" '
    'w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '<w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/>'
    '<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing '
    'w:before="240" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts '
    'w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
    'w:cstheme="majorBidi"/><w:color w:val="2F5496" w:themeColor="accent1" '
    'w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading2Char"/>'
    '<w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>'
    '<w:keepLines/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="1"/></w:pPr>'
    '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
    'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="2F5496" '
    'w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name '
    'w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
    '<w:unhideWhenUsed/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
    'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    '</w:style>'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name '
    'w:val="Heading 1 Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/>'
    '<w:uiPriority w:val="9"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
    'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color '
    'w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs '
    'w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="Heading2Char"><w:name '
    'w:val="Heading 2 Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading2"/>'
    '<w:uiPriority w:val="9"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
    'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color '
    'w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="26"/><w:szCs '
    'w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn '
    'w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority '
    'w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    '<w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
    'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
    '<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="TitleChar"><w:name w:val="Title '
    'Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority '
    'w:val="10"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
    'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern '
    'w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn '
    'w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="SubtitleChar"/><w:uiPriority '
    'w:val="11"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:rPr>'
    '<w:rFonts w:eastAsiaTheme="minorEastAsia"/><w:color w:val="5A5A5A" w:themeColor="text1" '
    'w:themeTint="A5"/><w:spacing w:val="15"/></w:rPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="SubtitleChar"><w:name '
    'w:val="Subtitle Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Subtitle"/>'
    '<w:uiPriority w:val="11"/><w:rPr><w:rFonts w:eastAsiaTheme="minorEastAsia"/><w:color '
    'w:val="5A5A5A" w:themeColor="text1" w:themeTint="A5"/><w:spacing w:val="15"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind '
    'w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn '
    'w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" '
    'w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '</w:tblBorders></w:tblPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
    '<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar"><w:name '
    'w:val="Footnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link '
    'w:val="FootnoteText"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:sz w:val="20"/>'
    '<w:szCs w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote '
    'reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation '
    'reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
    '<w:basedOn w:val="Normal"/><w:link w:val="CommentTextChar"/><w:uiPriority w:val="99"/>'
    '<w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz '
    'w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="CommentTextChar"><w:name '
    'w:val="Comment Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link '
    'w:val="CommentText"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="20"/><w:szCs '
    'w:val="20"/></w:rPr></w:style>'
    '</w:styles>' % NS_W)

SETTINGS = DECL + (
    '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14">'
    '<w:zoom w:percent="110"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting '
    'w:name="overrideTableStyleFontSizeAndJustification" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
    'w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="doNotFlipMirrorIndents" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>'
    '<w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>'
    '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub '
    'm:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin '
    'm:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim '
    'm:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
    '<w:themeFontLang w:val="en-IN"/><w:shapeDefaults><o:shapedefaults v:ext="edit" '
    'spidmax="1026"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/>'
    '</o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val="."/><w:listSeparator '
    'w:val=","/></w:settings>'
    % (NS_W, RSIDS[0], "".join('<w:rsid w:val="%s"/>' % r for r in RSIDS)))

WEBSETTINGS = DECL + (
    '<w:webSettings xmlns:w="%s"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % NS_W)

FONTTABLE = DECL + (
    '<w:fonts xmlns:w="%s">'
    '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset '
    'w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Calibri Light"><w:panose1 w:val="020F0302020204030204"/><w:charset '
    'w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '</w:fonts>' % NS_W)

CONTENT_TYPES = DECL + (
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
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')

RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

DOC_RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
    '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings" Target="webSettings.xml"/>'
    '</Relationships>')


def core_xml(title):
    return DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>%s</dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator>'
        '<cp:keywords></cp:keywords><dc:description></dc:description>'
        '<cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>14</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
        '</cp:coreProperties>' % (escape(title), AUTHOR, AUTHOR, CREATED, MODIFIED))


def app_xml(words, chars, paras):
    return DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>Normal.dotm</Template><TotalTime>187</TotalTime><Pages>5</Pages>'
        '<Words>%d</Words><Characters>%d</Characters><Application>Microsoft Office Word</Application>'
        '<DocSecurity>0</DocSecurity><Lines>%d</Lines><Paragraphs>%d</Paragraphs>'
        '<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>'
        '<CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
        '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
        '</Properties>' % (words, chars - words, chars // 80 + 1, paras, chars))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    d, document = build_document(lines)
    text = " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", document))
    words = len(text.split())
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/footnotes.xml", notes_xml("footnotes", d.footnotes)),
        ("word/endnotes.xml", notes_xml("endnotes", [])),
        ("word/comments.xml", comments_xml(d.comments)),
        ("word/numbering.xml", numbering_xml(d.numbered_lists)),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/webSettings.xml", WEBSETTINGS),
        ("word/fontTable.xml", FONTTABLE),
        ("docProps/core.xml", core_xml("Revolt of 1857")),
        ("docProps/app.xml", app_xml(words, len(text), d.npara)),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
