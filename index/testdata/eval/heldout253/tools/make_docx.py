#!/usr/bin/python3
"""Re-make docs/brihadisvara-thanjavur-sway.docx from tools/brihadisvara-thanjavur-sway.txt.

The file is a Microsoft Sway exported with "... > Export > Word": the Sway's title card becomes
a Title and a Subtitle paragraph over the cover picture, every Heading card a Heading 1 or
Heading 2, text cards Normal paragraphs (Sway's "Emphasize" as bold runs), bulleted and
numbered cards real Word lists through numbering.xml (each numbered card restarts at 1),
picture cards inline PNG drawings carrying the card's alt text in wp:docPr/@descr with the
caption under them in the Caption style and an empty paragraph after, the Comparison group a
borderless two-column table, the Quote card two Quote paragraphs (text, then "— attribution"
right-aligned), the embedded video a hyperlink paragraph, and at the end Sway's
"View the original Sway" line with the Sway's address. Segoe UI throughout, Letter page,
docProps naming Microsoft Sway, zip entries dated 1980-01-01 in a fixed order.

Source markup, one item a line: "@key value" metadata; "! file | alt | caption" picture;
"# " Heading 1; "## " Heading 2; "- " bullet; "1. " numbered item; "> text || attribution"
quote; "| a | b |" comparison row (first row = the two card titles); "@link text | url";
any other line a text paragraph; "**b**" bold.
Run from anywhere: /usr/bin/python3 tools/make_docx.py [OUT]  (byte-for-byte reproducible)
"""
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "brihadisvara-thanjavur-sway.txt")
OUT = os.path.join(HERE, "..", "docs", "brihadisvara-thanjavur-sway.docx")
DATE = (1980, 1, 1, 0, 0, 0)
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:r="%s" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:w="%s" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'mc:Ignorable="w14"' % (R, W))
# Colours of the little stand-in pictures (the Sway's photos are not kept).
PICTURES = {
    "cover.png": ((142, 96, 58), (222, 196, 150)),
    "vimana-top.png": ((120, 84, 52), (238, 214, 172)),
    "stamp-2010.png": ((168, 36, 44), (244, 226, 200)),
}
EMU_W = 5943600  # 6.5 in, the text width of a Letter page with 1 in margins


def png(name, w=192, h=108):
    """A small deterministic PNG: a vertical gradient between two colours."""
    (r1, g1, b1), (r2, g2, b2) = PICTURES[name]
    rows = []
    for y in range(h):
        t = y / (h - 1)
        px = bytes((round(r1 + (r2 - r1) * t), round(g1 + (g2 - g1) * t),
                    round(b1 + (b2 - b1) * t)))
        rows.append(b"\x00" + px * w)
    raw = b"".join(rows)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def runs(text, rpr=""):
    out = []
    for tok in re.split(r"(\*\*.+?\*\*)", text):
        if not tok:
            continue
        bold = tok.startswith("**") and tok.endswith("**")
        t = tok[2:-2] if bold else tok
        props = ("<w:b/><w:bCs/>" if bold else "") + rpr
        out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
                   % ("<w:rPr>%s</w:rPr>" % props if props else "", escape(t)))
    return "".join(out)


class Doc:
    def __init__(self):
        self.body = []
        self.lists = []      # "bullet" or "decimal", one per w:num
        self.images = []     # file names, in order
        self.links = []      # external URLs, in order
        self.pid = 0x1A2B0000

    def para(self, inner, style=None, ppr=""):
        self.pid += 1
        p = ""
        if style:
            p += '<w:pStyle w:val="%s"/>' % style
        p += ppr
        return ('<w:p w14:paraId="%08X" w14:textId="77777777">%s%s</w:p>'
                % (self.pid, "<w:pPr>%s</w:pPr>" % p if p else "", inner))

    def add(self, x):
        self.body.append(x)

    def new_list(self, kind):
        self.lists.append(kind)
        return len(self.lists)

    def picture(self, name, alt, caption):
        self.images.append(name)
        n = len(self.images)
        rid = "rIdImg%d" % n
        cy = EMU_W * 108 // 192
        drawing = (
            '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:docPr id="%d" name="Picture %d" descr=%s/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="%s" descr=%s/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
            % (EMU_W, cy, n, n, quoteattr(alt), n, name, quoteattr(alt), rid, EMU_W, cy))
        self.add(self.para(drawing, ppr='<w:jc w:val="center"/>'))
        self.add(self.para(runs(caption), "Caption"))
        self.add(self.para(""))

    def table(self, rows):
        x = ['<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/>'
             '<w:tblCellMar><w:left w:w="115" w:type="dxa"/><w:right w:w="115" w:type="dxa"/>'
             '</w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" '
             'w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>'
             '<w:tblGrid><w:gridCol w:w="4680"/><w:gridCol w:w="4680"/></w:tblGrid>']
        for i, row in enumerate(rows):
            x.append("<w:tr>")
            for cell in row:
                text = "**%s**" % cell if i == 0 else cell
                x.append('<w:tc><w:tcPr><w:tcW w:w="2500" w:type="pct"/></w:tcPr>%s</w:tc>'
                         % self.para(runs(text), ppr='<w:spacing w:after="60"/>'))
            x.append("</w:tr>")
        x.append("</w:tbl>")
        self.add("".join(x))
        self.add(self.para(""))

    def link(self, text, url):
        self.links.append(url)
        rid = "rIdLink%d" % len(self.links)
        self.add(self.para('<w:hyperlink r:id="%s" w:history="1"><w:r><w:rPr>'
                           '<w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">%s'
                           '</w:t></w:r></w:hyperlink>' % (rid, escape(text))))


def read_source():
    meta, items = {}, []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip():
                continue
            m = re.match(r"@(title|subtitle|author|created|modified|url) (.*)$", line)
            if m:
                meta[m.group(1)] = m.group(2)
            else:
                items.append(line)
    return meta, items


def document(meta, items):
    d = Doc()
    d.add(d.para(runs(meta["title"]), "Title"))
    d.add(d.para(runs(meta["subtitle"]), "Subtitle"))
    i = 0
    while i < len(items):
        line = items[i]
        if line.startswith("! "):
            name, alt, cap = [s.strip() for s in line[2:].split("|")]
            d.picture(name, alt, cap)
        elif line.startswith("## "):
            d.add(d.para(runs(line[3:]), "Heading2"))
        elif line.startswith("# "):
            d.add(d.para(runs(line[2:]), "Heading1"))
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            kind = "bullet" if line.startswith("- ") else "decimal"
            num = d.new_list(kind)
            while i < len(items) and (
                    (kind == "bullet" and items[i].startswith("- "))
                    or (kind == "decimal" and re.match(r"\d+\. ", items[i]))):
                text = re.sub(r"^(- |\d+\. )", "", items[i])
                d.add(d.para(runs(text), "ListParagraph",
                             '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num))
                i += 1
            d.add(d.para(""))
            continue
        elif line.startswith("> "):
            text, who = [s.strip() for s in line[2:].split("||")]
            d.add(d.para(runs(text), "Quote"))
            d.add(d.para(runs("\u2014 " + who), "Quote", '<w:jc w:val="right"/>'))
            d.add(d.para(""))
        elif line.startswith("| "):
            rows = []
            while i < len(items) and items[i].startswith("| "):
                rows.append([c.strip() for c in items[i].strip().strip("|").split("|")])
                i += 1
            d.table(rows)
            continue
        elif line.startswith("@link "):
            text, url = [s.strip() for s in line[6:].split("|")]
            d.link(text, url)
        else:
            d.add(d.para(runs(line)))
        i += 1
    d.add(d.para(""))
    d.links.append(meta["url"])
    d.add(d.para(runs("View the original Sway: ", '<w:color w:val="767676"/><w:sz w:val="18"/>')
                 + '<w:hyperlink r:id="rIdLink%d" w:history="1"><w:r><w:rPr><w:rStyle '
                   'w:val="Hyperlink"/><w:sz w:val="18"/></w:rPr><w:t>%s</w:t></w:r></w:hyperlink>'
                 % (len(d.links), escape(meta["url"]))))
    sect = ('<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" '
            'w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
            '<w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>')
    xml = (HEAD + '<w:document %s><w:body>%s%s</w:body></w:document>'
           % (NS, "".join(d.body), sect))
    return xml, d


STYLES = HEAD + (
    '<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr>'
    '<w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Segoe UI" w:cs="Segoe UI"/>'
    '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>'
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" '
    'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/>'
    '<w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:ascii="Segoe UI Light" w:hAnsi="Segoe UI Light"/>'
    '<w:color w:val="1F3A4D"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="5A5A5A"/><w:spacing w:val="15"/>'
    '<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" '
    'w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Segoe UI Semibold" '
    'w:hAnsi="Segoe UI Semibold"/><w:color w:val="8C4A1E"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" '
    'w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Segoe UI Semibold" '
    'w:hAnsi="Segoe UI Semibold"/><w:color w:val="1F3A4D"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/>'
    '<w:contextualSpacing/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="200" w:line="240" w:lineRule="auto"/>'
    '<w:jc w:val="center"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="595959"/><w:sz w:val="18"/>'
    '<w:szCs w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="200"/><w:ind w:left="864" '
    'w:right="864"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="8C4A1E"/><w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr>'
    '<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" '
    'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '</w:styles>' % W)


def numbering(lists):
    abstract = []
    for aid, (fmt, text, font) in enumerate((("bullet", "\u2022", "Segoe UI"),
                                             ("decimal", "%1.", None))):
        lv = []
        for l in range(9):
            lt = text if fmt == "bullet" else "%%%d." % (l + 1)
            rpr = '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s"/></w:rPr>' % (font, font) if font else ""
            lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                      '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" '
                      'w:hanging="360"/></w:pPr>%s</w:lvl>' % (l, fmt, lt, 720 * (l + 1), rpr))
        abstract.append('<w:abstractNum w:abstractNumId="%d"><w:multiLevelType '
                        'w:val="hybridMultilevel"/>%s</w:abstractNum>' % (aid, "".join(lv)))
    nums = []
    for n, kind in enumerate(lists, 1):
        aid = 0 if kind == "bullet" else 1
        over = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                if kind == "decimal" else "")
        nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (n, aid, over))
    return HEAD + '<w:numbering xmlns:w="%s">%s%s</w:numbering>' % (W, "".join(abstract), "".join(nums))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, items = read_source()
    doc_xml, d = document(meta, items)
    ct = [HEAD, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="png" ContentType="image/png"/>',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
          '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
          '</Types>']
    rels = (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    core = (HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(meta["title"]), escape(meta["author"]), escape(meta["author"]),
               meta["created"], meta["modified"]))
    app = (HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Application>Microsoft Sway</Application><DocSecurity>0</DocSecurity>'
           '<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>'
           '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
           '<AppVersion>16.0000</AppVersion></Properties>')
    settings = (HEAD + '<w:settings xmlns:w="%s"><w:zoom w:percent="100"/>'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="en-US"/></w:settings>' % W)
    fonts = (HEAD + '<w:fonts xmlns:w="%s">'
             '<w:font w:name="Segoe UI"><w:panose1 w:val="020B0502040204020203"/><w:charset w:val="00"/>'
             '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
             '<w:font w:name="Segoe UI Light"><w:panose1 w:val="020B0502040204020203"/><w:charset w:val="00"/>'
             '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
             '<w:font w:name="Segoe UI Semibold"><w:panose1 w:val="020B0702040204020203"/><w:charset w:val="00"/>'
             '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
             '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
             '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>' % W)
    drels = [HEAD, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
             '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>']
    for n, name in enumerate(d.images, 1):
        drels.append('<Relationship Id="rIdImg%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image%d.png"/>' % (n, n))
    for n, url in enumerate(d.links, 1):
        drels.append('<Relationship Id="rIdLink%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target=%s TargetMode="External"/>' % (n, quoteattr(url)))
    drels.append("</Relationships>")
    parts = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels),
             ("docProps/core.xml", core), ("docProps/app.xml", app),
             ("word/document.xml", doc_xml), ("word/styles.xml", STYLES),
             ("word/numbering.xml", numbering(d.lists)), ("word/settings.xml", settings),
             ("word/fontTable.xml", fonts), ("word/_rels/document.xml.rels", "".join(drels))]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            zi = zipfile.ZipInfo(name, DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
        for n, name in enumerate(d.images, 1):
            zi = zipfile.ZipInfo("word/media/image%d.png" % n, DATE)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, png(name))


if __name__ == "__main__":
    main()
