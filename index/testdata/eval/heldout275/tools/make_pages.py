#!/usr/bin/python3
"""Re-make docs/forty-fourth-amendment-pages.docx from tools/forty-fourth-amendment-pages.txt.

The output is what Apple Pages writes for File > Export To > Word... (.docx): a zip whose
entries all carry the export time, holding [Content_Types].xml, _rels/.rels,
docProps/core.xml, word/document.xml, word/styles.xml, word/numbering.xml,
word/settings.xml, word/fontTable.xml, word/footnotes.xml, word/footer1.xml and
word/_rels/document.xml.rels. Pages' marks: its own paragraph style names ("Title",
"Subtitle", "Heading", "Heading 2", "Body", "Caption", "Table Style 1", "Table Style 2",
"Header & Footer", "Footnote Text") in Helvetica Neue with Arial Unicode MS for the other
scripts; a w:bidi off switch in every paragraph and a w:rtl off switch in every run; lists
through the numbering styles "Bullet" and "Numbered" (each list its own w:abstractNum that
points back with w:numStyleLink, numbered lists restarting with a startOverride); borders
written with w:shadow="0" w:frame="0"; table cells with explicit margins; footnotes in
footnotes.xml behind w:footnoteReference marks; a footer with a PAGE field.
Standard library only.  Run: /usr/bin/python3 tools/make_pages.py [output path]
"""
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "forty-fourth-amendment-pages.txt")
OUT = os.path.join(HERE, "..", "docs", "forty-fourth-amendment-pages.docx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 wp14"')
FONT = '<w:rFonts w:ascii="Helvetica Neue" w:cs="Arial Unicode MS" w:hAnsi="Helvetica Neue" w:eastAsia="Arial Unicode MS"/>'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def border(side, color="A5A5A5", sz=8):
    return ('<w:%s w:val="single" w:color="%s" w:sz="%d" w:space="0" w:shadow="0" w:frame="0"/>'
            % (side, color, sz))


TOKEN = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|\[\^(\d+)\]")


def runs(text, extra=""):
    out, pos = [], 0

    def run(t, props=""):
        if t:
            out.append('<w:r><w:rPr>%s%s<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                       % (props, extra, esc(t)))

    for m in TOKEN.finditer(text):
        run(text[pos:m.start()])
        if m.group(1) is not None:
            run(m.group(1), '<w:b w:val="1"/><w:bCs w:val="1"/>')
        elif m.group(2) is not None:
            run(m.group(2), '<w:i w:val="1"/><w:iCs w:val="1"/>')
        else:
            out.append('<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:rtl w:val="0"/></w:rPr>'
                       '<w:footnoteReference w:id="%s"/></w:r>' % m.group(3))
        pos = m.end()
    run(text[pos:])
    return "".join(out)


def para(style, text, num=None, extra="", jc=None):
    ppr = '<w:pStyle w:val="%s"/>' % style
    if num:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    ppr += '<w:bidi w:val="0"/>'
    return '<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (ppr, runs(text, extra))


def parse(path):
    meta, blocks = {}, []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
                continue
            if line == "END":
                blocks.append(("END", ""))
                continue
            kind, _, rest = line.partition(":")
            blocks.append((kind, rest[1:] if rest.startswith(" ") else rest))
    return meta, blocks


def table(rows):
    ncol = len(rows[0])
    widths = [2200] + [(9026 - 2200) // (ncol - 1)] * (ncol - 1)
    out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="left"/>'
           '<w:tblInd w:w="108" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="auto"/>'
           '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>' % sum(widths)]
    out.append("".join('<w:gridCol w:w="%d"/>' % w for w in widths))
    out.append("</w:tblGrid>")
    for i, row in enumerate(rows):
        out.append('<w:tr><w:trPr><w:trHeight w:val="300" w:hRule="atLeast"/>%s</w:trPr>'
                   % ('<w:tblHeader/>' if i == 0 else ""))
        for j, cell in enumerate(row):
            fill = "BDC0BF" if i == 0 else ("F2F2F2" if i % 2 == 0 else "FFFFFF")
            tcpr = ('<w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:tcBorders>%s%s%s%s</w:tcBorders>'
                    '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>'
                    '<w:tcMar><w:top w:w="80" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>'
                    '<w:bottom w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tcMar>'
                    '<w:vAlign w:val="top"/></w:tcPr>'
                    % (widths[j], border("top"), border("left"), border("bottom"), border("right"), fill))
            style = "TableStyle1" if i == 0 else "TableStyle2"
            text = cell if (i == 0 or j > 0) else "**%s**" % cell
            out.append("<w:tc>%s%s</w:tc>" % (tcpr, para(style, text)))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def document(meta, blocks):
    body, lists, rows = [], [], None
    prev = None
    for kind, text in blocks:
        if kind in ("BUL", "NUM"):
            if prev != kind:
                lists.append(kind)
            num = len(lists) + 2  # numIds 1 and 2 belong to the numbering styles
            body.append(para("Body", text, num=num))
        elif kind == "T":
            body.append(para("Title", text))
        elif kind == "ST":
            body.append(para("Subtitle", text))
        elif kind == "META":
            body.append(para("Body", text, extra='<w:color w:val="7F7F7F"/><w:sz w:val="18"/><w:szCs w:val="18"/>'))
        elif kind == "B":
            body.append(para("Body", text))
        elif kind == "E":
            body.append('<w:p><w:pPr><w:pStyle w:val="Body"/><w:bidi w:val="0"/></w:pPr></w:p>')
        elif kind == "H":
            body.append(para("Heading", text))
        elif kind == "H2":
            body.append(para("Heading2", text))
        elif kind == "CAP":
            body.append(para("Caption", text, jc="center"))
        elif kind == "TBL":
            cells = [c.strip() for c in text.split("|")]
            if rows is None:
                rows = []
            rows.append(cells)
        elif kind == "END":
            body.append(table(rows))
            rows = None
        elif kind == "FN":
            pass
        else:
            raise SystemExit("unknown block %r" % kind)
        prev = kind
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId5"/>'
            '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="864"/>'
            '<w:bidi w:val="0"/></w:sectPr>')
    xml = DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, "".join(body), sect)
    return xml, lists


def styles():
    def pstyle(sid, name, ppr, rpr, based="", nxt="Body", default=False):
        return ('<w:style w:type="paragraph"%s w:styleId="%s"><w:name w:val="%s"/>%s<w:next w:val="%s"/>'
                '<w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>'
                % (' w:default="1"' if default else ' w:customStyle="1"', sid, esc(name),
                   '<w:basedOn w:val="%s"/>' % based if based else "", nxt, ppr, rpr))
    base_r = FONT + '<w:color w:val="000000"/><w:spacing w:val="0"/><w:kern w:val="0"/><w:position w:val="0"/>'
    body_r = base_r + '<w:sz w:val="22"/><w:szCs w:val="22"/><w:u w:val="none" w:color="auto"/><w:vertAlign w:val="baseline"/><w:lang w:val="en-US"/>'
    sp = '<w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:pageBreakBefore w:val="0"/><w:framePr w:wrap="auto" w:vAnchor="margin" w:hAnchor="text" w:yAlign="inline"/><w:widowControl w:val="1"/><w:shd w:val="clear" w:color="auto" w:fill="auto"/><w:suppressAutoHyphens w:val="0"/><w:bidi w:val="0"/>'
    out = [DECL, '<w:styles %s>' % NS,
           '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
           'w:eastAsia="Arial Unicode MS" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
           '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
           '<w:pPrDefault><w:pPr></w:pPr></w:pPrDefault></w:docDefaults>',
           '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
           '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Arial Unicode MS" '
           'w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US"/></w:rPr></w:style>',
           '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
           '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
           '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Table Normal"/>'
           '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
           '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
           '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
           '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
           '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
           pstyle("HeaderFooter", "Header & Footer",
                  sp + '<w:tabs><w:tab w:val="right" w:pos="9020"/></w:tabs><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="9"/>',
                  base_r + '<w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="en-US"/>'),
           pstyle("Body", "Body",
                  sp + '<w:spacing w:before="0" w:after="140" w:line="276" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="9"/>',
                  body_r),
           pstyle("Title", "Title",
                  sp + '<w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="9"/>',
                  '<w:rFonts w:ascii="Helvetica Neue Medium" w:cs="Arial Unicode MS" w:hAnsi="Helvetica Neue Medium" w:eastAsia="Arial Unicode MS"/><w:color w:val="000000"/><w:sz w:val="56"/><w:szCs w:val="56"/><w:lang w:val="en-US"/>',
                  based="Body"),
           pstyle("Subtitle", "Subtitle",
                  sp + '<w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="9"/>',
                  FONT + '<w:color w:val="5E5E5E"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US"/>',
                  based="Body"),
           pstyle("Heading", "Heading",
                  sp.replace('<w:keepNext w:val="0"/>', '<w:keepNext w:val="1"/>') + '<w:spacing w:before="360" w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/>',
                  '<w:rFonts w:ascii="Helvetica Neue Medium" w:cs="Arial Unicode MS" w:hAnsi="Helvetica Neue Medium" w:eastAsia="Arial Unicode MS"/><w:color w:val="000000"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US"/>',
                  based="Body"),
           pstyle("Heading2", "Heading 2",
                  sp.replace('<w:keepNext w:val="0"/>', '<w:keepNext w:val="1"/>') + '<w:spacing w:before="200" w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/>',
                  '<w:rFonts w:ascii="Helvetica Neue Medium" w:cs="Arial Unicode MS" w:hAnsi="Helvetica Neue Medium" w:eastAsia="Arial Unicode MS"/><w:color w:val="000000"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="en-US"/>',
                  based="Body"),
           pstyle("Caption", "Caption",
                  sp + '<w:spacing w:before="80" w:after="200" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="9"/>',
                  FONT + '<w:i w:val="1"/><w:iCs w:val="1"/><w:color w:val="5E5E5E"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="en-US"/>',
                  based="Body"),
           pstyle("TableStyle1", "Table Style 1",
                  sp + '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="9"/>',
                  FONT + '<w:b w:val="1"/><w:bCs w:val="1"/><w:color w:val="000000"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-US"/>',
                  nxt="TableStyle1"),
           pstyle("TableStyle2", "Table Style 2",
                  sp + '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="9"/>',
                  FONT + '<w:color w:val="000000"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-US"/>',
                  nxt="TableStyle2"),
           pstyle("FootnoteText", "Footnote Text",
                  sp + '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="9"/>',
                  FONT + '<w:color w:val="000000"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="en-US"/>',
                  based="Body", nxt="FootnoteText"),
           '<w:style w:type="numbering" w:customStyle="1" w:styleId="Bullet"><w:name w:val="Bullet"/>'
           '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
           '<w:style w:type="numbering" w:customStyle="1" w:styleId="Numbered"><w:name w:val="Numbered"/>'
           '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>',
           '</w:styles>']
    return "".join(out)


def numbering(lists):
    def levels(kind):
        out = []
        for lvl in range(9):
            left = 240 + 360 * lvl
            if kind == "BUL":
                fmt, text = "bullet", "•"
                rpr = ('<w:rPr><w:rFonts w:hAnsi="Helvetica Neue" w:eastAsia="Helvetica Neue"/><w:b w:val="0"/>'
                       '<w:bCs w:val="0"/><w:i w:val="0"/><w:iCs w:val="0"/><w:caps w:val="0"/><w:smallCaps w:val="0"/>'
                       '<w:strike w:val="0"/><w:dstrike w:val="0"/><w:outline w:val="0"/><w:emboss w:val="0"/>'
                       '<w:imprint w:val="0"/><w:spacing w:val="0"/><w:w w:val="100"/><w:kern w:val="0"/>'
                       '<w:position w:val="4"/><w:highlight w:val="none"/><w:vertAlign w:val="baseline"/></w:rPr>')
            else:
                fmt, text = "decimal", "%%%d." % (lvl + 1)
                rpr = ('<w:rPr><w:b w:val="0"/><w:bCs w:val="0"/><w:i w:val="0"/><w:iCs w:val="0"/>'
                       '<w:spacing w:val="0"/><w:w w:val="100"/><w:kern w:val="0"/><w:position w:val="0"/>'
                       '<w:highlight w:val="none"/><w:vertAlign w:val="baseline"/></w:rPr>')
            out.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="tab"/>'
                       '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="240"/>'
                       '</w:pPr>%s</w:lvl>' % (lvl, fmt, text, left, rpr))
        return "".join(out)

    out = [DECL, '<w:numbering %s>' % NS]
    out.append('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
               '<w:styleLink w:val="Bullet"/>%s</w:abstractNum>' % levels("BUL"))
    out.append('<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
               '<w:styleLink w:val="Numbered"/>%s</w:abstractNum>' % levels("NUM"))
    for i, kind in enumerate(lists):
        out.append('<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>'
                   '<w:numStyleLink w:val="%s"/></w:abstractNum>' % (i + 2, "Bullet" if kind == "BUL" else "Numbered"))
    out.append('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    out.append('<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
    for i, kind in enumerate(lists):
        if kind == "NUM":
            out.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0">'
                       '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (i + 3, i + 2))
        else:
            out.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (i + 3, i + 2))
    out.append("</w:numbering>")
    return "".join(out)


def footnotes(blocks):
    notes = [t for k, t in blocks if k == "FN"]
    out = [DECL, '<w:footnotes %s>' % NS,
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:bidi w:val="0"/></w:pPr>'
           '<w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:bidi w:val="0"/></w:pPr>'
           '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in enumerate(notes, 1):
        out.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/><w:bidi w:val="0"/></w:pPr>'
                   '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:rtl w:val="0"/></w:rPr><w:footnoteRef/></w:r>'
                   '<w:r><w:rPr><w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:footnote>'
                   % (i, runs(t)))
    out.append("</w:footnotes>")
    return "".join(out)


def footer(meta):
    return (DECL + '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="HeaderFooter"/><w:tabs><w:tab w:val="clear" w:pos="9020"/>'
            '<w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:bidi w:val="0"/></w:pPr>'
            '<w:r><w:rPr><w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
            '<w:r><w:tab/></w:r><w:r><w:tab/></w:r>'
            '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:rtl w:val="0"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'
            '</w:p></w:ftr>' % (NS, esc(meta["footer"])))


def parts(meta, blocks):
    doc, lists = document(meta, blocks)
    ct = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
          '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>') % (esc(meta["creator"]), esc(meta["creator"]), meta["created"], meta["modified"])
    settings = (DECL + '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
                '<w:defaultTabStop w:val="720"/><w:autoHyphenation w:val="0"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat>'
                '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:dispDef/><m:wrapIndent m:val="1440"/></m:mathPr>'
                '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:shapeDefaults></w:shapeDefaults>'
                '<w:doNotAutoCompressPictures/></w:settings>')
    fonts = (DECL + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="default"/></w:font>'
             '<w:font w:name="Helvetica Neue"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="default"/></w:font>'
             '<w:font w:name="Helvetica Neue Medium"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="default"/></w:font>'
             '<w:font w:name="Arial Unicode MS"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="default"/></w:font>'
             '</w:fonts>')
    docrels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
               '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
               '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
               '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
               '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
               '</Relationships>')
    return [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
            ("word/document.xml", doc), ("word/styles.xml", styles()), ("word/numbering.xml", numbering(lists)),
            ("word/settings.xml", settings), ("word/fontTable.xml", fonts), ("word/footnotes.xml", footnotes(blocks)),
            ("word/footer1.xml", footer(meta)), ("word/_rels/document.xml.rels", docrels)]


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks = parse(SRC)
    stamp = tuple(int(x) for x in re.split(r"[- :]", meta["exported"]))
    with zipfile.ZipFile(out_path, "w") as z:
        for name, data in parts(meta, blocks):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            z.writestr(info, data.encode("utf-8"), compresslevel=6)


if __name__ == "__main__":
    main()
