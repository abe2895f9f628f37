#!/usr/bin/python3
"""Make docs/ucc-article-44-onenote.docx from tools/ucc-article-44-onenote.txt.

The file imitates a OneNote 2016 page exported with File > Export > Page > Word Document:
the page title in Calibri Light 20 pt, the page's date and time on one grey line under it,
OneNote's Heading 1 / Heading 2 styles, outline paragraphs with no spacing, bullet and number
lists through numbering.xml, tags written out as text ("[To Do]", "[Important]"), a
"Pasted from <URL>" line under clipped text, grey-bordered tables and empty paragraphs
between outlines.

Source mark-up: @title, @datetime (date TAB time), "# " Heading 1, "## " Heading 2, "- " and
"  - " bullets, "1. " numbered items, @pasted URL, @table ... @endtable (cells split on " | ",
first row the header), "[Tag] " tagged paragraphs, blank line = empty paragraph.

Run from anywhere: /usr/bin/python3 tools/make_docx.py
Standard library only; fixed zip timestamps and member order, so the output is byte for byte
the same on every run.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ucc-article-44-onenote.txt")
OUT = os.path.join(HERE, "..", "docs", "ucc-article-44-onenote.docx")

W = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
     'xmlns:o="urn:schemas-microsoft-com:office:office" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
     'xmlns:v="urn:schemas-microsoft-com:vml" '
     'xmlns:w10="urn:schemas-microsoft-com:office:word" '
     'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
     'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
     'mc:Ignorable="w14"')
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

RPR = ('<w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" '
       'w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-IN"/></w:rPr>')
RPR_B = ('<w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" '
         'w:cs="Calibri"/><w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/>'
         '<w:lang w:val="en-IN"/></w:rPr>')
RPR_GREY = ('<w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" '
            'w:cs="Calibri"/><w:color w:val="767676"/><w:sz w:val="20"/><w:szCs w:val="20"/>'
            '<w:lang w:val="en-IN"/></w:rPr>')
RPR_SMALL = ('<w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" '
             'w:cs="Calibri"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="en-IN"/></w:rPr>')
RPR_LINK = ('<w:rPr><w:rStyle w:val="Hyperlink"/><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" '
            'w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="18"/><w:szCs w:val="18"/>'
            '<w:lang w:val="en-IN"/></w:rPr>')
PPR0 = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'


def run(text, rpr=RPR):
    parts = text.split("\t")
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append("<w:r>%s<w:tab/></w:r>" % rpr)
        if p:
            out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(p)))
    return "".join(out)


def para(body, ppr=""):
    return "<w:p><w:pPr>%s%s</w:pPr>%s</w:p>" % (ppr, PPR0 if "w:spacing" not in ppr else "", body)


def empty():
    return "<w:p><w:pPr>%s</w:pPr></w:p>" % PPR0


def tagged(text):
    m = re.match(r"\[([^\]]+)\] (.*)", text)
    return run("[%s] " % m.group(1), RPR_B) + run(m.group(2))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    body, rels = [], []
    table, in_table = [], False
    title = ""
    for line in lines:
        s = line.rstrip()
        if s.startswith("@title "):
            title = s[7:]
            body.append(para(run(title, '<w:rPr><w:rFonts w:ascii="Calibri Light" '
                                        'w:hAnsi="Calibri Light" w:cs="Calibri Light"/>'
                                        '<w:sz w:val="40"/><w:szCs w:val="40"/>'
                                        '<w:lang w:val="en-IN"/></w:rPr>'),
                             '<w:pStyle w:val="Title"/>'))
        elif s.startswith("@datetime "):
            body.append(para(run(s[10:], RPR_GREY)))
            body.append(empty())
        elif s.startswith("@pasted "):
            url = s[8:]
            rid = "rId%d" % (10 + len(rels))
            rels.append((rid, url))
            body.append(para(run("Pasted from <", RPR_SMALL)
                             + '<w:hyperlink r:id="%s" w:history="1">%s</w:hyperlink>' % (rid, run(url, RPR_LINK))
                             + run(">", RPR_SMALL)))
        elif s == "@table":
            in_table = True
        elif s == "@endtable":
            in_table = False
            n = len(table[0])
            width = 9360 // n
            rows = []
            for i, cells in enumerate(table):
                tcs = []
                for c in cells:
                    r = run(c, RPR_B if i == 0 else RPR)
                    tcs.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                               % (width, para(r)))
                rows.append("<w:tr>%s</w:tr>" % "".join(tcs))
            border = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="A3A3A3"/>' % b
                             for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
            grid = "".join('<w:gridCol w:w="%d"/>' % width for _ in range(n))
            body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>%s'
                        '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>'
                        '<w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
                        '</w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
                        % (border, grid, "".join(rows)))
            table = []
        elif in_table:
            table.append([c.strip() for c in s.split(" | ")])
        elif s.startswith("## "):
            body.append(para(run(s[3:]), '<w:pStyle w:val="Heading2"/>'))
        elif s.startswith("# "):
            body.append(para(run(s[2:]), '<w:pStyle w:val="Heading1"/>'))
        elif s.startswith("  - "):
            body.append(para(run(s[4:]), '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="1"/>'
                             '<w:numId w:val="1"/></w:numPr>'))
        elif s.startswith("- "):
            body.append(para(run(s[2:]), '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                             '<w:numId w:val="1"/></w:numPr>'))
        elif re.match(r"\d+\. ", s):
            body.append(para(run(s.split(". ", 1)[1]), '<w:pStyle w:val="ListParagraph"/><w:numPr>'
                             '<w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'))
        elif s.startswith("["):
            body.append(para(tagged(s)))
        elif not s:
            body.append(empty())
        else:
            body.append(para(run(s)))

    document = (XML + "<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/>"
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" '
                'w:footer="720" w:gutter="0"/><w:cols w:space="720"/></w:sectPr></w:body></w:document>'
                % (W, "".join(body)))

    styles = (XML + '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" '
              'w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
              '<w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
              '</w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '<w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
              '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr>'
              '<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light" w:cs="Calibri Light"/>'
              '<w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
              '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
              '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:color w:val="1E4E79"/><w:sz w:val="32"/>'
              '<w:szCs w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
              '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
              '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:color w:val="2E75B5"/><w:sz w:val="27"/>'
              '<w:szCs w:val="27"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
              '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
              '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
              '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
              '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
              '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
              '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
              '</w:styles>')

    def lvl(i, fmt, text, font=None):
        rpr = ('<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr>' % (font, font)
               if font else "")
        return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>%s</w:lvl>'
                % (i, fmt, text, 720 + 360 * i, rpr))

    numbering = (XML + '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
                 + lvl(0, "bullet", "\u2022", "Calibri") + lvl(1, "bullet", "o", "Courier New")
                 + '</w:abstractNum><w:abstractNum w:abstractNumId="1">'
                 '<w:multiLevelType w:val="hybridMultilevel"/>' + lvl(0, "decimal", "%1.")
                 + lvl(1, "lowerLetter", "%2.") + '</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')

    settings = (XML + '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>')

    font_table = (XML + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/>'
                  '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
                  '<w:font w:name="Calibri Light"><w:panose1 w:val="020F0302020204030204"/>'
                  '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
                  '<w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/>'
                  '<w:charset w:val="00"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
                  '</w:fonts>')

    doc_rels = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/numbering" Target="numbering.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/settings" Target="settings.xml"/>'
                '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/fontTable" Target="fontTable.xml"/>'
                + "".join('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/'
                          '2006/relationships/hyperlink" Target=%s TargetMode="External"/>'
                          % (rid, quoteattr(url)) for rid, url in rels)
                + '</Relationships>')

    root_rels = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                 'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/officeDocument" Target="word/document.xml"/></Relationships>')

    content_types = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                     'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.wordprocessingml.styles+xml"/>'
                     '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.wordprocessingml.numbering+xml"/>'
                     '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.wordprocessingml.settings+xml"/>'
                     '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.wordprocessingml.fontTable+xml"/>'
                     '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
                     'package.core-properties+xml"/>'
                     '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.extended-properties+xml"/></Types>')

    core = (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/'
            'dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/'
            'XMLSchema-instance"><dc:title>%s</dc:title><dc:creator></dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-02T14:18:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-02T14:18:00Z</dcterms:modified>'
            '</cp:coreProperties>' % escape(title))

    app = (XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
           'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Application>Microsoft OneNote</Application><DocSecurity>0</DocSecurity>'
           '<AppVersion>16.0000</AppVersion></Properties>')

    members = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", root_rels),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
        ("word/document.xml", document),
        ("word/styles.xml", styles),
        ("word/numbering.xml", numbering),
        ("word/settings.xml", settings),
        ("word/fontTable.xml", font_table),
        ("word/_rels/document.xml.rels", doc_rels),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
