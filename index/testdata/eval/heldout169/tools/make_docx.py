#!/usr/bin/python3
"""Re-make docs/nfsa-2013-notes.docx from tools/nfsa-2013-notes.txt.

Run from anywhere: /usr/bin/python3 tools/make_docx.py
Writes the package the way Word 2016+ saves a .docx: [Content_Types].xml, _rels/.rels,
word/document.xml with its relationships, footnotes.xml and endnotes.xml (with the separator
and continuation-separator notes Word always writes), styles.xml (Title, Subtitle, Heading 1,
Heading 2, List Paragraph, Caption, Table Grid, footnote styles), numbering.xml (a bullet list
and a decimal list), settings.xml (track revisions on, rsids), webSettings.xml, fontTable.xml,
docProps/core.xml and docProps/app.xml. Zip entries are written in a fixed order with Word's
fixed 1980-01-01 timestamps, so the file is byte for byte reproducible. Standard library only.

Source format: "@title", "@subtitle", "@caption" lines; "# " Heading 1; "## " Heading 2;
"- " bullet item; "1. " numbered item (a run of them is one list; a new run restarts at 1);
"@table" ... "@endtable" with cells split by "|" (first row is the header); "**bold**";
"[^n]" a footnote reference and "[^n]: text" its text; "{+text+}" a tracked insertion and
"{-text-}" a tracked deletion.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "nfsa-2013-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "nfsa-2013-notes.docx")

AUTHOR = "Ananya Rao"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
W_NS_SHORT = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
              'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
              'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
              'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
              'mc:Ignorable="w14 w15"')
RSIDS = ["00B41C7E", "003F2A61", "0067D1A9", "00E5C3B2", "0091A4F0"]

state = {"para": 0x1A2B3C00, "rev": 100}


def para_ids(i):
    state["para"] += 0x13
    return ('w14:paraId="%08X" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s"'
            % (state["para"] & 0x7FFFFFFF, RSIDS[i % len(RSIDS)], RSIDS[0]))


def t(text):
    sp = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return "<w:t%s>%s</w:t>" % (sp, escape(text))


def runs(text, rpr=""):
    """Inline markup -> runs: **bold**, [^n] footnote refs, {+ins+}, {-del-}."""
    out = []
    pos = 0
    pat = re.compile(r"\*\*(.+?)\*\*|\[\^(\d+)\]|\{\+(.+?)\+\}|\{-(.+?)-\}")
    for m in pat.finditer(text):
        if m.start() > pos:
            out.append("<w:r>%s%s</w:r>" % (rpr, t(text[pos:m.start()])))
        if m.group(1) is not None:
            out.append("<w:r><w:rPr><w:b/><w:bCs/></w:rPr>%s</w:r>" % t(m.group(1)))
        elif m.group(2) is not None:
            out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                       '<w:footnoteReference w:id="%s"/></w:r>' % m.group(2))
        elif m.group(3) is not None:
            state["rev"] += 1
            out.append('<w:ins w:id="%d" w:author="%s" w:date="2023-11-30T09:12:00Z">'
                       '<w:r w:rsidR="0091A4F0">%s%s</w:r></w:ins>'
                       % (state["rev"], AUTHOR, rpr, t(m.group(3))))
        else:
            state["rev"] += 1
            d = m.group(4)
            sp = ' xml:space="preserve"' if d != d.strip() else ""
            out.append('<w:del w:id="%d" w:author="%s" w:date="2023-11-30T09:11:00Z">'
                       '<w:r w:rsidDel="0091A4F0">%s<w:delText%s>%s</w:delText></w:r></w:del>'
                       % (state["rev"], AUTHOR, rpr, sp, escape(d)))
        pos = m.end()
    if pos < len(text):
        out.append("<w:r>%s%s</w:r>" % (rpr, t(text[pos:])))
    return "".join(out)


def para(text, style=None, num=None, i=0, rpr="", keep_next=False):
    ppr = ""
    inner = ""
    if style:
        inner += '<w:pStyle w:val="%s"/>' % style
    if keep_next:
        inner += "<w:keepNext/>"
    if num is not None:
        inner += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
    if inner:
        ppr = "<w:pPr>%s</w:pPr>" % inner
    return "<w:p %s>%s%s</w:p>" % (para_ids(i), ppr, runs(text, rpr))


def table(rows):
    widths = [2600, 4200, 2226]
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
         '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
         'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    x += ['<w:gridCol w:w="%d"/>' % w for w in widths]
    x.append("</w:tblGrid>")
    for ri, r in enumerate(rows):
        cells = [c.strip() for c in r.split("|")]
        x.append('<w:tr w:rsidR="003F2A61" w:rsidTr="003F2A61">')
        if ri == 0:
            x.append("<w:trPr><w:tblHeader/></w:trPr>")
        for ci, c in enumerate(cells):
            rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if ri == 0 else ""
            x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                     % (widths[ci], '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
                        if ri == 0 else "", para(c, None, None, ri + ci, rpr)))
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


def build_body(lines):
    body, notes = [], {}
    tbl = None
    numbered_run, num_ids = False, iter([2, 3, 4, 5])
    cur_num = None
    for i, line in enumerate(lines):
        s = line.rstrip()
        m = re.match(r"\[\^(\d+)\]: (.*)$", s)
        if m:
            notes[int(m.group(1))] = m.group(2)
            continue
        if s == "@table":
            tbl = []
            continue
        if s == "@endtable":
            body.append(table(tbl))
            tbl = None
            continue
        if tbl is not None:
            if s:
                tbl.append(s)
            continue
        is_num = re.match(r"\d+\. ", s)
        if is_num and not numbered_run:
            cur_num = next(num_ids)
        numbered_run = bool(is_num)
        if not s:
            continue
        if s.startswith("@title "):
            body.append(para(s[7:], "Title", i=i))
        elif s.startswith("@subtitle "):
            body.append(para(s[10:], "Subtitle", i=i))
        elif s.startswith("@caption "):
            body.append(para(s[9:], "Caption", i=i, keep_next=True))
        elif s.startswith("## "):
            body.append(para(s[3:], "Heading2", i=i))
        elif s.startswith("# "):
            body.append(para(s[2:], "Heading1", i=i))
        elif s.startswith("- "):
            body.append(para(s[2:], "ListParagraph", 1, i=i))
        elif is_num:
            body.append(para(s[is_num.end():], "ListParagraph", cur_num, i=i))
        else:
            body.append(para(s, i=i))
    sect = ('<w:sectPr w:rsidR="00B41C7E" w:rsidSect="00B41C7E"><w:footnotePr>'
            '<w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
            'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>'
            '</w:sectPr>')
    doc = (DECL + "<w:document %s><w:body>%s%s</w:body></w:document>"
           % (W_NS, "".join(body), sect))
    return doc, notes


def notes_xml(kind, notes):
    tag = "footnote" if kind == "footnotes" else "endnote"
    x = [DECL, "<w:%s %s>" % (kind, W_NS)]
    x.append('<w:%s w:type="separator" w:id="-1"><w:p %s><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>'
             % (tag, para_ids(0), tag))
    x.append('<w:%s w:type="continuationSeparator" w:id="0"><w:p %s><w:pPr><w:spacing '
             'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
             '</w:r></w:p></w:%s>' % (tag, para_ids(1), tag))
    for n in sorted(notes):
        x.append('<w:%s w:id="%d"><w:p %s><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                 '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                 '%s</w:p></w:%s>' % (tag, n, para_ids(n), runs(" " + notes[n]), tag))
    x.append("</w:%s>" % kind)
    return "".join(x)


CONTENT_TYPES = (DECL +
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

RELS = (DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

DOC_RELS = (DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings" Target="webSettings.xml"/>'
    '</Relationships>')


def pstyle(sid, name, based, nxt, ppr, rpr, prio, extra=""):
    return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>%s%s'
            '<w:uiPriority w:val="%d"/>%s<w:qFormat/><w:rsid w:val="00B41C7E"/>%s%s</w:style>'
            % (sid, name, '<w:basedOn w:val="%s"/>' % based if based else "",
               '<w:next w:val="%s"/>' % nxt if nxt else "", prio, extra,
               "<w:pPr>%s</w:pPr>" % ppr if ppr else "", "<w:rPr>%s</w:rPr>" % rpr if rpr else ""))


STYLES = (DECL + "<w:styles %s>" % W_NS_SHORT +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
    'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
    '<w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault>'
    '<w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
    'w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
    '<w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/>'
    '<w:lsdException w:name="heading 2" w:uiPriority="9" w:semiHidden="1" w:unhideWhenUsed="1" w:qFormat="1"/>'
    '<w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/>'
    '<w:lsdException w:name="Subtitle" w:uiPriority="11" w:qFormat="1"/>'
    '<w:lsdException w:name="Table Grid" w:uiPriority="39"/>'
    '<w:lsdException w:name="List Paragraph" w:uiPriority="34" w:qFormat="1"/></w:latentStyles>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    + pstyle("Heading1", "heading 1", "Normal", "Normal",
             '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/>',
             '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
             'w:cstheme="majorBidi"/><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/>'
             '<w:sz w:val="32"/><w:szCs w:val="32"/>', 9, '<w:link w:val="Heading1Char"/>')
    + pstyle("Heading2", "heading 2", "Normal", "Normal",
             '<w:keepNext/><w:keepLines/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="1"/>',
             '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
             'w:cstheme="majorBidi"/><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/>'
             '<w:sz w:val="26"/><w:szCs w:val="26"/>', 9,
             '<w:link w:val="Heading2Char"/><w:unhideWhenUsed/>')
    + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
      '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
      '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
      '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
      '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
      '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>'
      '<w:semiHidden/><w:unhideWhenUsed/></w:style>'
    + pstyle("Title", "Title", "Normal", "Normal", '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
             '<w:contextualSpacing/>', '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
             'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/>'
             '<w:sz w:val="56"/><w:szCs w:val="56"/>', 10, '<w:link w:val="TitleChar"/>')
    + pstyle("Subtitle", "Subtitle", "Normal", "Normal", '<w:numPr><w:ilvl w:val="1"/></w:numPr>',
             '<w:rFonts w:eastAsiaTheme="minorEastAsia"/><w:color w:val="5A5A5A" w:themeColor="text1" '
             'w:themeTint="A5"/><w:spacing w:val="15"/>', 11, '<w:link w:val="SubtitleChar"/>')
    + pstyle("ListParagraph", "List Paragraph", "Normal", None, '<w:ind w:left="720"/><w:contextualSpacing/>',
             "", 34)
    + pstyle("Caption", "caption", "Normal", "Normal", '<w:spacing w:after="200" w:line="240" w:lineRule="auto"/>',
             '<w:i/><w:iCs/><w:color w:val="44546A" w:themeColor="text2"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
             35, "<w:unhideWhenUsed/>")
    + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
      '<w:uiPriority w:val="39"/><w:rsid w:val="003F2A61"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
      '</w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
      '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
      '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
      '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
    + pstyle("FootnoteText", "footnote text", "Normal", None, '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
             '<w:sz w:val="20"/><w:szCs w:val="20"/>', 99, '<w:link w:val="FootnoteTextChar"/><w:semiHidden/><w:unhideWhenUsed/>')
      .replace("<w:qFormat/>", "")
    + '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
      '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
      '<w:rsid w:val="00B41C7E"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    + "".join('<w:style w:type="character" w:customStyle="1" w:styleId="%sChar"><w:name w:val="%s Char"/>'
              '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="%s"/><w:uiPriority w:val="%d"/>'
              '<w:rsid w:val="00B41C7E"/></w:style>' % (s, n, s, p)
              for s, n, p in [("Heading1", "Heading 1", 9), ("Heading2", "Heading 2", 9),
                              ("Title", "Title", 10), ("Subtitle", "Subtitle", 11),
                              ("FootnoteText", "Footnote Text", 99)])
    + "</w:styles>")


def lvl(fmt, text, ind, font=None):
    rpr = ('<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr>' % (font, font)
           if font else "")
    return ('<w:lvl w:ilvl="0" w:tplc="%s"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/>'
            '</w:pPr>%s</w:lvl>' % ("40090001" if fmt == "bullet" else "4009000F", fmt, text, ind, rpr))


NUMBERING = (DECL + "<w:numbering %s>" % W_NS_SHORT +
    '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="0C1F5A3E"/>'
    '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="2A6E8C4A"/>'
    + lvl("bullet", "\uf0b7", 720, "Symbol") + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="5B3D7E21"/>'
    '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="9E4C1D02"/>'
    + lvl("decimal", "%1.", 720) + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
    '</w:lvlOverride></w:num>'
    "</w:numbering>")

SETTINGS = (DECL + "<w:settings %s>" % W_NS_SHORT.replace(
    'xmlns:r=', 'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r=') +
    '<w:zoom w:percent="110"/><w:trackRevisions/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
    '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '</w:compat><w:rsids><w:rsidRoot w:val="00B41C7E"/>'
    + "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS)) +
    '</w:rsids><m:mathPr xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
    '<m:mathFont m:val="Cambria Math"/></m:mathPr><w:themeFontLang w:val="en-IN"/>'
    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
    '<w15:docId w15:val="{6E2B1F0A-3C44-4D8B-9A2E-5F1C7B9D0E21}"/></w:settings>')

WEB_SETTINGS = (DECL + "<w:webSettings %s><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>"
                % W_NS_SHORT)

FONT_TABLE = (DECL + "<w:fonts %s>" % W_NS_SHORT +
    '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Calibri Light"><w:panose1 w:val="020F0302020204030204"/><w:charset w:val="00"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>')

CORE = (DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Ananya Rao</dc:creator><cp:keywords></cp:keywords>'
    '<dc:description></dc:description><cp:lastModifiedBy>Ananya Rao</cp:lastModifiedBy><cp:revision>14</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2023-07-18T16:40:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-08-22T18:05:00Z</dcterms:modified></cp:coreProperties>')


def app_xml(words, chars):
    return (DECL +
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>Normal.dotm</Template><TotalTime>312</TotalTime><Pages>4</Pages><Words>%d</Words>'
        '<Characters>%d</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company>'
        '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
        '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
        '</Properties>' % (words, chars, chars // 70, 68, chars + words))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    doc, notes = build_body(lines)
    foot = notes_xml("footnotes", notes)
    end = notes_xml("endnotes", {})
    plain = re.sub(r"<[^>]+>", " ", re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", doc))
    words = len(plain.split())
    chars = len("".join(plain.split()))
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/footnotes.xml", foot),
        ("word/endnotes.xml", end),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", NUMBERING),
        ("word/settings.xml", SETTINGS),
        ("word/webSettings.xml", WEB_SETTINGS),
        ("word/fontTable.xml", FONT_TABLE),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", app_xml(words, chars)),
    ]
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
