#!/usr/bin/python3
"""Re-make docs/rashtrakutas-and-the-struggle.docx from tools/rashtrakutas-and-the-struggle.txt.

The file is written the way a Google Docs "Download > Microsoft Word (.docx)" export looks:
the w:rsid* attributes all "00000000", sequential w14:paraId values, <w:rtl w:val="0"/> in
run properties, "_xxxxx" bookmarks on headings, Arial 11 pt defaults, Title/Subtitle/Heading
styles, table properties with ".0" widths, per-cell borders and margins, a numbering part with
nine levels per list, footnotes with separator/continuationSeparator entries, a theme part,
and no docProps.

Source markup, one paragraph a line: "@title", "@subtitle", "# " (Heading 1), "## "
(Heading 2), "1. " (numbered list), "* " (bulleted list), "@empty" (an empty paragraph),
"@table" ... "@endtable" (rows with " | " between cells, the first row the header),
"@footnote N text"; inside text, **bold** and [^N] footnote references.

Standard library only. Run from anywhere: /usr/bin/python3 tools/make_docx.py
The output is byte-for-byte reproducible (fixed zip timestamps and member order).
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "rashtrakutas-and-the-struggle.txt")
OUT = os.path.join(HERE, "..", "docs", "rashtrakutas-and-the-struggle.docx")

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
      'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" '
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
      'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 w15 w16se wp14"')
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RSID_P = 'w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" w:rsidRPr="00000000"'
RSID_R = 'w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"'
# Bookmark names Google Docs gives to headings, in the order it hands them out.
BOOKMARKS = ["_gjdgxs", "_30j0zll", "_1fob9te", "_3znysh7", "_2et92p0", "_tyjcwt", "_3dy6vkm",
             "_1t3h5sf", "_4d34og8", "_2s8eyo1", "_17dp8vu", "_3rdcrjn", "_26in1rg", "_lnxbz9",
             "_35nkun2", "_1ksv4uv", "_44sinio", "_2jxsxqh", "_z337ya", "_3j2qqm3"]
TABLE_COLS = [1560, 2200, 2669, 2600]  # sums to the 9029 twips between A4 margins

para_no = 0
bm_no = 0


def para_id():
    global para_no
    para_no += 1
    return "%08X" % para_no


def runs(text):
    out = []
    for part in re.split(r"(\*\*.+?\*\*|\[\^\d+\])", text):
        if not part:
            continue
        m = re.fullmatch(r"\[\^(\d+)\]", part)
        if m:
            out.append('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                       '<w:footnoteReference w:customMarkFollows="0" w:id="%s"/></w:r>'
                       % (RSID_R, m.group(1)))
        elif part.startswith("**"):
            out.append('<w:r %s><w:rPr><w:b w:val="1"/><w:rtl w:val="0"/></w:rPr>'
                       '<w:t xml:space="preserve">%s</w:t></w:r>' % (RSID_R, escape(part[2:-2])))
        else:
            out.append('<w:r %s><w:rPr><w:rtl w:val="0"/></w:rPr>'
                       '<w:t xml:space="preserve">%s</w:t></w:r>' % (RSID_R, escape(part)))
    return "".join(out)


def paragraph(text, ppr="", heading=False):
    global bm_no
    body = runs(text) if text else ""
    if heading:
        name = BOOKMARKS[bm_no]
        body = ('<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="%s" w:id="%d"/>%s'
                '<w:bookmarkEnd w:id="%d"/>' % (name, bm_no, body, bm_no))
        bm_no += 1
    return '<w:p %s w14:paraId="%s"><w:pPr>%s<w:rPr/></w:pPr>%s</w:p>' % (
        RSID_P, para_id(), ppr, body)


def list_item(text, num_id):
    ppr = ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
           '<w:ind w:left="720" w:hanging="360"/>' % num_id)
    return paragraph(text, ppr)


def table(rows):
    border = ''.join('<w:%s w:color="000000" w:space="0" w:sz="8" w:val="single"/>' % side
                     for side in ("top", "left", "bottom", "right"))
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="%d.0" w:type="dxa"/>'
           '<w:jc w:val="left"/><w:tblInd w:w="0.0" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>' % sum(TABLE_COLS)]
    out += ['<w:gridCol w:w="%d"/>' % w for w in TABLE_COLS]
    out.append('</w:tblGrid>')
    for i, row in enumerate(rows):
        cells = [c.strip() for c in row.split(" | ")]
        assert len(cells) == len(TABLE_COLS), row
        out.append('<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="%d"/></w:trPr>'
                   % (1 if i == 0 else 0))
        for w, c in zip(TABLE_COLS, cells):
            shade = "d9ead3" if i == 0 else "auto"
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d.0" w:type="dxa"/><w:tcBorders>%s</w:tcBorders>'
                       '<w:shd w:fill="%s" w:val="clear"/><w:tcMar><w:top w:w="100.0" w:type="dxa"/>'
                       '<w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/>'
                       '<w:right w:w="100.0" w:type="dxa"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>'
                       % (w, border, shade))
            text = "**%s**" % c if i == 0 else c
            out.append(paragraph(text, '<w:widowControl w:val="0"/>'
                                 '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'))
            out.append('</w:tc>')
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return "".join(out)


def build_document(lines):
    body, footnotes, rows, in_table = [], {}, [], False
    for line in lines:
        s = line.rstrip()
        if not s:
            continue
        if s == "@table":
            in_table, rows = True, []
        elif s == "@endtable":
            in_table = False
            body.append(table(rows))
            body.append(paragraph(""))
        elif in_table:
            rows.append(s)
        elif s.startswith("@title "):
            body.append(paragraph(s[7:], '<w:pStyle w:val="Title"/>', heading=True))
        elif s.startswith("@subtitle "):
            body.append(paragraph(s[10:], '<w:pStyle w:val="Subtitle"/>'))
        elif s == "@empty":
            body.append(paragraph(""))
        elif s.startswith("@footnote "):
            n, text = s[10:].split(" ", 1)
            footnotes[n] = text
        elif s.startswith("## "):
            body.append(paragraph(s[3:], '<w:pStyle w:val="Heading2"/>', heading=True))
        elif s.startswith("# "):
            body.append(paragraph(s[2:], '<w:pStyle w:val="Heading1"/>', heading=True))
        elif re.match(r"\d+\. ", s):
            body.append(list_item(s.split(" ", 1)[1], 1))
        elif s.startswith("* "):
            body.append(list_item(s[2:], 2))
        else:
            body.append(paragraph(s))
    sect = ('<w:sectPr><w:pgSz w:h="16834" w:w="11909" w:orient="portrait"/>'
            '<w:pgMar w:bottom="1440" w:top="1440" w:left="1440" w:right="1440" w:header="720"'
            ' w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr>')
    doc = (HEAD + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, "".join(body), sect))
    return doc, footnotes


def build_footnotes(footnotes):
    sep_ppr = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    out = [HEAD, '<w:footnotes %s>' % NS,
           '<w:footnote w:type="separator" w:id="-1"><w:p>%s<w:r><w:separator/></w:r></w:p>'
           '</w:footnote>' % sep_ppr,
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p>%s<w:r>'
           '<w:continuationSeparator/></w:r></w:p></w:footnote>' % sep_ppr]
    for n in sorted(footnotes, key=int):
        out.append('<w:footnote w:id="%s"><w:p %s w14:paraId="%s"><w:pPr><w:spacing w:after="0"'
                   ' w:line="240" w:lineRule="auto"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/>'
                   '</w:rPr></w:pPr><w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                   '<w:footnoteRef/></w:r><w:r %s><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/>'
                   '<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p>'
                   '</w:footnote>' % (n, RSID_P, para_id(), RSID_R, RSID_R, escape(footnotes[n])))
    out.append('</w:footnotes>')
    return "".join(out)


def heading_style(sid, name, before, after, size, extra_rpr="", keep=True):
    keep_xml = '<w:keepNext w:val="1"/><w:keepLines w:val="1"/>' if keep else ""
    return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:pPr>%s<w:spacing w:after="%d" w:before="%d" w:lineRule="auto"/>'
            '</w:pPr><w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>'
            % (sid, name, keep_xml, after, before, extra_rpr, size, size))


def build_styles():
    return (HEAD + '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" '
            'w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
            '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing '
            'w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/>'
            '<w:qFormat w:val="1"/></w:style>' % NS
            + heading_style("Heading1", "heading 1", 400, 120, 40)
            + heading_style("Heading2", "heading 2", 360, 120, 32)
            + heading_style("Heading3", "heading 3", 320, 80, 28, '<w:color w:val="434343"/>')
            + heading_style("Heading4", "heading 4", 280, 80, 24, '<w:color w:val="666666"/>')
            + heading_style("Heading5", "heading 5", 240, 80, 22, '<w:color w:val="666666"/>')
            + heading_style("Heading6", "heading 6", 240, 80, 22,
                            '<w:i w:val="1"/><w:color w:val="666666"/>')
            + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
            '<w:uiPriority w:val="99"/><w:semiHidden w:val="1"/><w:unhideWhenUsed w:val="1"/><w:tblPr>'
            '<w:tblInd w:w="0.0" w:type="dxa"/><w:tblCellMar><w:top w:w="0.0" w:type="dxa"/><w:left '
            'w:w="108.0" w:type="dxa"/><w:bottom w:w="0.0" w:type="dxa"/><w:right w:w="108.0" '
            'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
            + heading_style("Title", "Title", 0, 60, 52)
            + heading_style("Subtitle", "Subtitle", 0, 320, 30,
                            '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
                            '<w:color w:val="666666"/>')
            + '<w:style w:type="table" w:styleId="Table1"><w:basedOn w:val="TableNormal"/><w:pPr/>'
            '<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/>'
            '<w:tblCellMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/>'
            '<w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tblCellMar>'
            '</w:tblPr></w:style></w:styles>')


def build_numbering():
    def levels(kind):
        out = []
        for i in range(9):
            if kind == "decimal":
                fmt, text = ("decimal", "%%%d." % (i + 1)) if i % 3 == 0 else \
                            (("lowerLetter", "%%%d." % (i + 1)) if i % 3 == 1 else ("lowerRoman", "%%%d." % (i + 1)))
                jc = "right" if fmt == "lowerRoman" else "left"
            else:
                fmt, text, jc = "bullet", ["\u25cf", "\u25cb", "\u25a0"][i % 3], "left"
            out.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText '
                       'w:val="%s"/><w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="%d" w:hanging="360"/>'
                       '</w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>'
                       % (i, fmt, text, jc, 720 * (i + 1)))
        return "".join(out)
    return (HEAD + '<w:numbering %s><w:abstractNum w:abstractNumId="1">%s</w:abstractNum>'
            '<w:abstractNum w:abstractNumId="2">%s</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>'
            % (NS, levels("decimal"), levels("bullet")))


SETTINGS = (HEAD + '<w:settings %s><w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/>'
            '<w:compat><w:compatSetting w:val="14" w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>' % NS)

FONT_TABLE = (HEAD + '<w:fonts %s><w:font w:name="Arial"/><w:font w:name="Calibri"/>'
              '<w:font w:name="Times New Roman"/><w:font w:name="Cambria"/><w:font w:name="Georgia"/>'
              '</w:fonts>' % NS)


def theme():
    colors = [("dk1", '<a:srgbClr val="000000"/>'), ("lt1", '<a:srgbClr val="FFFFFF"/>'),
              ("dk2", '<a:srgbClr val="000000"/>'), ("lt2", '<a:srgbClr val="FFFFFF"/>'),
              ("accent1", '<a:srgbClr val="000000"/>'), ("accent2", '<a:srgbClr val="FFFFFF"/>'),
              ("accent3", '<a:srgbClr val="000000"/>'), ("accent4", '<a:srgbClr val="FFFFFF"/>'),
              ("accent5", '<a:srgbClr val="000000"/>'), ("accent6", '<a:srgbClr val="FFFFFF"/>'),
              ("hlink", '<a:srgbClr val="000000"/>'), ("folHlink", '<a:srgbClr val="000000"/>')]
    clr = "".join("<a:%s>%s</a:%s>" % (n, c, n) for n, c in colors)
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = ('<a:ln w="9525" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
            '</a:solidFill><a:prstDash val="solid"/></a:ln>')
    return (HEAD + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="Office">'
            '<a:themeElements><a:clrScheme name="Office">%s</a:clrScheme><a:fontScheme name="Office">'
            '<a:majorFont><a:latin typeface="Arial"/><a:ea typeface="Arial"/><a:cs typeface="Arial"/>'
            '</a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface="Arial"/>'
            '<a:cs typeface="Arial"/></a:minorFont></a:fontScheme><a:fmtScheme name="Office">'
            '<a:fillStyleLst>%s%s%s</a:fillStyleLst><a:lnStyleLst>%s%s%s</a:lnStyleLst>'
            '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle>'
            '<a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
            '</a:effectStyleLst><a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst></a:fmtScheme>'
            '</a:themeElements></a:theme>' % (clr, fill, fill, fill, line, line, line, fill, fill, fill))


CONTENT_TYPES = (HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default ContentType="application/xml" Extension="xml"/>'
                 '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
                 '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml" PartName="/word/footnotes.xml"/>'
                 '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/>'
                 '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/>'
                 '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/>'
                 '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/>'
                 '<Override ContentType="application/vnd.openxmlformats-officedocument.theme+xml" PartName="/word/theme/theme1.xml"/>'
                 '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/>'
                 '</Types>')

ROOT_RELS = (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '</Relationships>')

DOC_RELS = (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            '</Relationships>')


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    document, footnotes = build_document(lines)
    members = [
        ("word/theme/theme1.xml", theme()),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/numbering.xml", build_numbering()),
        ("word/styles.xml", build_styles()),
        ("word/footnotes.xml", build_footnotes(footnotes)),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("_rels/.rels", ROOT_RELS),
        ("[Content_Types].xml", CONTENT_TYPES),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, text in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    build()
