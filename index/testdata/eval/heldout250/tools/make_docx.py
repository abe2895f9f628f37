#!/usr/bin/python3
"""Make docs/coral-reef-conservation-onenote.docx from tools/coral-reef-conservation-onenote.txt.

The file imitates a OneNote for Microsoft 365 page exported with File > Export > Page > Word
Document (*.docx): the page title in Calibri Light 20 pt, the page's creation date and time on
one grey line under it, OneNote's Heading 1 / Heading 2 styles, outline paragraphs with no
spacing, bullet (with a second "o" level) and number lists through numbering.xml, note tags
written out as bold text at the start of a paragraph ("[Important]", "[Question]",
"[Remember for later]", "[To Do]"), one grey-bordered fixed-layout table, an ink-to-math
equation exported as Office Math (m:oMathPara with m:sSup / m:sSub / m:sSubSup, Cambria Math
runs), and a screen clipping exported as an inline picture (word/media/image1.png) whose
alternative text is OneNote's "Machine generated alternative text:" OCR dump, followed by the
small "Screen clipping taken: dd-mm-yyyy hh:mm" line OneNote puts under every clipping.

Source mark-up: @title, @datetime (date TAB time), "# " Heading 1, "## " Heading 2, "- " and
"  - " bullets, "1. " numbered items, @table ... @endtable (cells split on " | ", first row the
header), "[Tag] " tagged paragraphs, @equation (linear form, shown for reference; the OMML is
built from it), @clip caption (picture + caption), plain lines as outline paragraphs.

Run from anywhere: /usr/bin/python3 tools/make_docx.py
Standard library only; fixed zip timestamps and member order, so the output is byte for byte
the same on every run.
"""
import os
import re
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "coral-reef-conservation-onenote.txt")
OUT = os.path.join(HERE, "..", "docs", "coral-reef-conservation-onenote.docx")

W = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
     'xmlns:o="urn:schemas-microsoft-com:office:office" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
     'xmlns:v="urn:schemas-microsoft-com:vml" '
     'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
     'xmlns:w10="urn:schemas-microsoft-com:office:word" '
     'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
     'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
     'mc:Ignorable="w14"')
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

FONT = '<w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
RPR = '<w:rPr>%s<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-IN"/></w:rPr>' % FONT
RPR_B = ('<w:rPr>%s<w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-IN"/>'
         '</w:rPr>' % FONT)
RPR_GREY = ('<w:rPr>%s<w:color w:val="767676"/><w:sz w:val="20"/><w:szCs w:val="20"/>'
            '<w:lang w:val="en-IN"/></w:rPr>' % FONT)
RPR_CLIP = ('<w:rPr>%s<w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>'
            '<w:lang w:val="en-IN"/></w:rPr>' % FONT)
RPR_MATH = ('<w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/><w:sz w:val="22"/>'
            '<w:szCs w:val="22"/><w:lang w:val="en-IN"/></w:rPr>')
PPR0 = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'

CLIP_W, CLIP_H = 640, 300
CLIP_OCR = ("Machine generated alternative text:\n"
            "NOAA Coral Reef Watch Daily 5km Bleaching Alert Area (7-day max)\n"
            "15 Apr 2024\n"
            "No Stress Watch Warning Alert Level 1 Alert Level 2 Alert Level 3 Alert Level 4 "
            "Alert Level 5\n"
            "60E 90E 120E 150E 180 150W 120W 90W 60W 30W 0 30E")


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
    return "<w:p><w:pPr>%s%s</w:pPr>%s</w:p>" % (ppr, PPR0, body)


def empty():
    return "<w:p><w:pPr>%s</w:pPr></w:p>" % PPR0


def tagged(text):
    m = re.match(r"\[([^\]]+)\] (.*)", text)
    return run("[%s] " % m.group(1), RPR_B) + run(m.group(2))


def mrun(text):
    return ('<m:r><m:rPr><m:sty m:val="p"/></m:rPr>%s<m:t>%s</m:t></m:r>'
            % (RPR_MATH, escape(text)))


def omml(linear):
    """Office Math for a linear chemical equation: X^(..), X_n, X_n^(..), ->, +."""
    out = []
    for tok in linear.split(" "):
        if tok == "->":
            out.append(mrun("\u2192"))
            continue
        if tok == "+":
            out.append(mrun("+"))
            continue
        coef = re.match(r"\d*", tok).group(0)
        if coef:
            out.append(mrun(coef))
        for m in re.finditer(r"([A-Za-z]+)(?:_(\d+))?(?:\^\(([^)]*)\))?", tok[len(coef):]):
            base, sub, sup = m.group(1), m.group(2), m.group(3)
            if sup == "-":
                sup = "\u2212"
            if sub and sup:
                out.append("<m:sSubSup><m:sSubSupPr><m:ctrlPr>%s</m:ctrlPr></m:sSubSupPr>"
                           "<m:e>%s</m:e><m:sub>%s</m:sub><m:sup>%s</m:sup></m:sSubSup>"
                           % (RPR_MATH, mrun(base), mrun(sub), mrun(sup)))
            elif sub:
                out.append("<m:sSub><m:sSubPr><m:ctrlPr>%s</m:ctrlPr></m:sSubPr>"
                           "<m:e>%s</m:e><m:sub>%s</m:sub></m:sSub>" % (RPR_MATH, mrun(base), mrun(sub)))
            elif sup:
                out.append("<m:sSup><m:sSupPr><m:ctrlPr>%s</m:ctrlPr></m:sSupPr>"
                           "<m:e>%s</m:e><m:sup>%s</m:sup></m:sSup>" % (RPR_MATH, mrun(base), mrun(sup)))
            else:
                out.append(mrun(base))
    return ('<w:p><w:pPr>%s<w:ind w:left="360"/></w:pPr><m:oMathPara><m:oMathParaPr><m:jc m:val="left"/>'
            '</m:oMathParaPr><m:oMath>%s</m:oMath></m:oMathPara></w:p>' % (PPR0, "".join(out)))


def clip_png():
    """A small stand-in for the clipped Coral Reef Watch map: sea, land and alert patches."""
    sea, land = (11, 37, 69), (196, 196, 196)
    patches = [(40, 60, 130, 120, (255, 240, 0)), (150, 150, 240, 200, (250, 170, 10)),
               (300, 90, 360, 140, (200, 0, 0)), (420, 160, 520, 210, (120, 0, 0)),
               (560, 70, 610, 110, (250, 170, 10))]
    rows = []
    for y in range(CLIP_H):
        row = bytearray()
        for x in range(CLIP_W):
            c = sea
            if y < 40 or (200 <= x < 260 and 40 <= y < 120) or (460 <= x < 500 and 230 <= y < 290):
                c = land
            for x0, y0, x1, y1, col in patches:
                if x0 <= x < x1 and y0 <= y < y1:
                    c = col
            if y >= 282:
                c = (255, 255, 255)
            row += bytes(c)
        rows.append(b"\x00" + bytes(row))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", CLIP_W, CLIP_H, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def picture(rid, pid):
    cx, cy = CLIP_W * 9525, CLIP_H * 9525
    descr = escape(CLIP_OCR, {'"': "&quot;", "\n": "&#xA;"})
    return ('<w:p><w:pPr>%s</w:pPr><w:r><w:rPr><w:noProof/><w:lang w:val="en-IN"/></w:rPr><w:drawing>'
            '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="Picture %d" descr="%s"/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/'
            'drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:nvPicPr><pic:cNvPr id="0" name="Picture %d" descr="%s"/><pic:cNvPicPr>'
            '<a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="%s"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch>'
            '</pic:blipFill><pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></pic:spPr></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
            % (PPR0, cx, cy, pid, pid, descr, pid, descr, rid, cx, cy))


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
        elif s.startswith("@equation "):
            body.append(omml(s[10:]))
        elif s.startswith("@clip "):
            rid = "rId%d" % (10 + len(rels))
            rels.append((rid, "media/image1.png"))
            body.append(picture(rid, 1))
            body.append(para(run(s[6:], RPR_CLIP)))
        elif s == "@table":
            in_table = True
        elif s == "@endtable":
            in_table = False
            widths = [2600, 1500, 1300, 3960]
            rows = []
            for i, cells in enumerate(table):
                tcs = []
                for c, text in zip(widths, cells):
                    r = run(text, RPR_B if i == 0 else RPR)
                    shade = '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>' if i == 0 else ""
                    tcs.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                               % (c, shade, para(r)))
                rows.append("<w:tr>%s</w:tr>" % "".join(tcs))
            border = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="A3A3A3"/>' % b
                             for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
            grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
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
            body.append(empty())
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
            continue
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
              '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>'
              '<w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
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

    settings = (XML + '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/>'
                '<m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/>'
                '<m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
                '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>')

    font_table = (XML + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/>'
                  '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
                  '<w:font w:name="Calibri Light"><w:panose1 w:val="020F0302020204030204"/>'
                  '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
                  '<w:font w:name="Cambria Math"><w:panose1 w:val="02040503050406030204"/>'
                  '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
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
                          '2006/relationships/image" Target=%s/>' % (rid, quoteattr(t)) for rid, t in rels)
                + '</Relationships>')

    root_rels = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                 'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/officeDocument" Target="word/document.xml"/></Relationships>')

    content_types = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="png" ContentType="image/png"/>'
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
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-14T16:05:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-14T16:05:00Z</dcterms:modified>'
            '</cp:coreProperties>' % escape(title))

    app = (XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
           'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Application>Microsoft OneNote</Application><DocSecurity>0</DocSecurity>'
           '<AppVersion>16.0000</AppVersion></Properties>')

    members = [
        ("[Content_Types].xml", content_types.encode("utf-8")),
        ("_rels/.rels", root_rels.encode("utf-8")),
        ("docProps/core.xml", core.encode("utf-8")),
        ("docProps/app.xml", app.encode("utf-8")),
        ("word/document.xml", document.encode("utf-8")),
        ("word/styles.xml", styles.encode("utf-8")),
        ("word/numbering.xml", numbering.encode("utf-8")),
        ("word/settings.xml", settings.encode("utf-8")),
        ("word/fontTable.xml", font_table.encode("utf-8")),
        ("word/media/image1.png", clip_png()),
        ("word/_rels/document.xml.rels", doc_rels.encode("utf-8")),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, data)


if __name__ == "__main__":
    build()
