#!/usr/bin/python3
"""Re-make docs/ramsar-convention.docx from tools/ramsar-convention.txt.

Run from anywhere: /usr/bin/python3 tools/make_docx.py
Standard library only. The output is byte-for-byte reproducible: fixed zip entry order and
timestamps (1980-01-01, as Word writes them), fixed rsids and paraIds.

Source markup: "@title", "@subtitle", "# " (Heading 1), "- " (bulleted list item), "1. "
(numbered list item; every run of numbered lines is a list that restarts at 1), "@table" ...
"@endtable" (cells split on " | ", first row is the header), "@empty" (an empty paragraph),
"**bold**", "[[c0]]...[[/c0]]" (the range a comment is anchored to) and
"@comment ID|author|initials|date|text". Like Word's AutoFormat As You Type, straight quotes
become curly quotes and " - " becomes an en dash.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ramsar-convention.txt")
OUT = os.path.join(HERE, "..", "docs", "ramsar-convention.docx")

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

# Editing sessions (rsids): the first draft, a later revision, the August update.
RSIDS = ["00B41D2E", "003F7A90", "0062C4E1", "00D95B37"]
# Words Word's speller flags (they get proofErr marks around them).
FLAGGED = ["Keoladeo", "Chilika", "Loktak", "Khecheopalri", "Sakkarakottai", "Therthangal",
           "Udhwa", "Khichan", "Menar", "Sirpur", "Sundarban", "Cagliari", "Mumba", "Musonda"]
FLAG_RE = re.compile(r"\b(%s)\b" % "|".join(FLAGGED))

para_no = [0]


def smart(text):
    text = text.replace(" - ", " \u2013 ")
    text = re.sub(r'"(?=\w)', "\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    return text


def t_elem(text):
    sp = ' xml:space="preserve"' if text != text.strip() else ""
    return "<w:t%s>%s</w:t>" % (sp, escape(text))


def run(text, bold=False, rsid=None):
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    attr = ' w:rsidR="%s"' % rsid if rsid else ""
    return "<w:r%s>%s%s</w:r>" % (attr, rpr, t_elem(text))


def runs(text, bold=False, rsid=None):
    """Runs for one stretch of same-format text, with proofErr marks around flagged words."""
    out, pos = [], 0
    for m in FLAG_RE.finditer(text):
        if m.start() > pos:
            out.append(run(text[pos:m.start()], bold, rsid))
        out.append('<w:proofErr w:type="spellStart"/>')
        out.append(run(m.group(1), bold, rsid))
        out.append('<w:proofErr w:type="spellEnd"/>')
        pos = m.end()
    if pos < len(text):
        out.append(run(text[pos:], bold, rsid))
    return out


def inline(text):
    """Paragraph content: bold spans, comment ranges, and a split run where a later editing
    session changed the paragraph (every fifth paragraph)."""
    text = smart(text)
    out = []
    n = para_no[0]
    for part in re.split(r"(\*\*.+?\*\*|\[\[c\d+\]\]|\[\[/c\d+\]\])", text):
        if not part:
            continue
        m = re.match(r"\[\[(/?)c(\d+)\]\]", part)
        if m:
            if m.group(1):
                out.append('<w:commentRangeEnd w:id="%s"/>' % m.group(2))
                out.append('<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                           '<w:commentReference w:id="%s"/></w:r>' % m.group(2))
            else:
                out.append('<w:commentRangeStart w:id="%s"/>' % m.group(2))
            continue
        if part.startswith("**"):
            out.extend(runs(part[2:-2], bold=True))
            continue
        if n % 5 == 3 and len(part) > 60:
            cut = part.rfind(" ", 0, len(part) // 2) + 1
            out.extend(runs(part[:cut]))
            out.extend(runs(part[cut:], rsid=RSIDS[3]))
        else:
            out.extend(runs(part))
    return "".join(out)


def para(content_xml, style=None, num=None, extra_ppr=""):
    para_no[0] += 1
    n = para_no[0]
    rsid = RSIDS[n % 3]
    ppr = ""
    if style or num or extra_ppr:
        ppr = "<w:pPr>"
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr += extra_ppr + "</w:pPr>"
    return ('<w:p w14:paraId="%08X" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s" '
            'w:rsidP="%s">%s%s</w:p>' % (0x1A2B0000 + n * 7, rsid, rsid, RSIDS[0], ppr,
                                         content_xml))


def table(rows):
    widths = [704, 2835, 5487]
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    out += ['<w:gridCol w:w="%d"/>' % w for w in widths]
    out.append("</w:tblGrid>")
    for i, row in enumerate(rows):
        cells = [c.strip() for c in row.split(" | ")]
        out.append('<w:tr w:rsidR="%s" w:rsidTr="%s">' % (RSIDS[1], RSIDS[1]))
        if i == 0:
            out.append("<w:trPr><w:tblHeader/></w:trPr>")
        for w, c in zip(widths, cells):
            shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if i == 0 else ""
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (w, shd))
            content = "".join(runs(smart(c), bold=(i == 0)))
            out.append(para(content))
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def build_document(lines):
    body, comments = [], []
    next_num = [2]
    in_numbered = False
    table_rows, in_table = [], False
    for line in lines:
        s = line.rstrip()
        if in_table:
            if s == "@endtable":
                body.append(table(table_rows))
                in_table = False
            elif s:
                table_rows.append(s)
            continue
        numbered = re.match(r"\d+\. ", s)
        if not numbered:
            in_numbered = False
        if s == "@table":
            in_table, table_rows = True, []
        elif s.startswith("@title "):
            body.append(para(inline(s[7:]), "Title"))
        elif s.startswith("@subtitle "):
            body.append(para(inline(s[10:]), "Subtitle"))
        elif s.startswith("@comment "):
            cid, author, initials, date, text = s[9:].split("|", 4)
            comments.append((cid, author, initials, date, text))
        elif s == "@empty":
            body.append(para(""))
        elif s.startswith("# "):
            body.append(para(inline(s[2:]), "Heading1"))
        elif s.startswith("- "):
            body.append(para(inline(s[2:]), "ListParagraph", 1))
        elif numbered:
            if not in_numbered:
                next_num[0] += 1
                in_numbered = True
            body.append(para(inline(s[numbered.end():]), "ListParagraph", next_num[0]))
        elif s:
            body.append(para(inline(s)))
    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
            'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>'
            '</w:sectPr>' % (RSIDS[0], RSIDS[0]))
    doc = (DECL + '<w:document %s><w:body>%s%s</w:body></w:document>'
           % (W_NS, "".join(body), sect))
    return doc, comments, next_num[0]


def build_comments(comments):
    out = [DECL, '<w:comments %s>' % W_NS]
    for cid, author, initials, date, text in comments:
        para_no[0] += 1
        out.append('<w:comment w:id="%s" w:author="%s" w:date="%s" w:initials="%s">'
                   % (cid, escape(author), date, initials))
        out.append('<w:p w14:paraId="%08X" w14:textId="77777777" w:rsidR="%s" '
                   'w:rsidRDefault="%s"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                   '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/>'
                   '</w:r>%s</w:p></w:comment>'
                   % (0x1A2B0000 + para_no[0] * 7, RSIDS[3], RSIDS[3], run(smart(text))))
    out.append("</w:comments>")
    return "".join(out)


def build_numbering(last_num):
    bullet = ('<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
              '<w:nsid w:val="1C3F62A8"/><w:multiLevelType w:val="hybridMultilevel"/>'
              '<w:tmpl w:val="0B2C9F4E"/><w:lvl w:ilvl="0" w:tplc="40090001">'
              '<w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
              '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
              '</w:lvl></w:abstractNum>')
    decimal = ('<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0">'
               '<w:nsid w:val="5E7A0D13"/><w:multiLevelType w:val="hybridMultilevel"/>'
               '<w:tmpl w:val="6A4E8C20"/><w:lvl w:ilvl="0" w:tplc="4009000F">'
               '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
               '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
               '</w:lvl></w:abstractNum>')
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for n in range(3, last_num + 1):
        nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride '
                    'w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % n)
    return DECL + '<w:numbering %s>%s%s%s</w:numbering>' % (W_NS, bullet, decimal, "".join(nums))


def style(sid, name, typ="paragraph", extra="", default=False):
    d = ' w:default="1"' if default else ""
    return ('<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>%s</w:style>'
            % (typ, d, sid, name, extra))


STYLES = DECL + ('<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>'
                 '<w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" '
                 'w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="22"/>'
                 '<w:szCs w:val="22"/><w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="ar-SA"/>'
                 '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" '
                 'w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                 % W_NS) + "".join([
    style("Normal", "Normal", extra="<w:qFormat/>", default=True),
    style("Heading1", "heading 1", extra=(
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/>'
        '<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
        '<w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>'
        '<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="2F5496"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>')),
    style("Title", "Title", extra=(
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="TitleChar"/>'
        '<w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri '
        'Light" w:hAnsi="Calibri Light"/><w:spacing w:val="-10"/><w:kern w:val="28"/>'
        '<w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr>')),
    style("Subtitle", "Subtitle", extra=(
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="SubtitleChar"/>'
        '<w:uiPriority w:val="11"/><w:qFormat/><w:rPr><w:color w:val="5A5A5A"/>'
        '<w:spacing w:val="15"/></w:rPr>')),
    style("ListParagraph", "List Paragraph", extra=(
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr>'
        '<w:ind w:left="720"/><w:contextualSpacing/></w:pPr>')),
    style("CommentText", "annotation text", extra=(
        '<w:basedOn w:val="Normal"/><w:link w:val="CommentTextChar"/><w:uiPriority w:val="99"/>'
        '<w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>')),
    style("DefaultParagraphFont", "Default Paragraph Font", "character",
          '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>', default=True),
    style("Heading1Char", "Heading 1 Char", "character", (
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/>'
        '<w:uiPriority w:val="9"/><w:rPr><w:rFonts w:ascii="Calibri Light" '
        'w:hAnsi="Calibri Light"/><w:color w:val="2F5496"/><w:sz w:val="32"/>'
        '<w:szCs w:val="32"/></w:rPr>')),
    style("TitleChar", "Title Char", "character", (
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/>'
        '<w:uiPriority w:val="10"/><w:rPr><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr>')),
    style("SubtitleChar", "Subtitle Char", "character", (
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Subtitle"/>'
        '<w:uiPriority w:val="11"/><w:rPr><w:color w:val="5A5A5A"/></w:rPr>')),
    style("CommentReference", "annotation reference", "character", (
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>')),
    style("CommentTextChar", "Comment Text Char", "character", (
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="CommentText"/>'
        '<w:uiPriority w:val="99"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>')),
    style("TableNormal", "Normal Table", "table", (
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd '
        'w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" '
        'w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        '</w:tblCellMar></w:tblPr>'), default=True),
    style("TableGrid", "Table Grid", "table", (
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing '
        'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" '
        'w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" '
        'w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV '
        'w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>')),
    style("NoList", "No List", "numbering",
          '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>', default=True),
]) + "</w:styles>"

SETTINGS = DECL + ('<w:settings xmlns:o="urn:schemas-microsoft-com:office:office" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                   'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
                   'xmlns:v="urn:schemas-microsoft-com:vml" '
                   'xmlns:w10="urn:schemas-microsoft-com:office:word" '
                   'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                   'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
                   'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
                   'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" '
                   'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                   'mc:Ignorable="w14 w15"><w:zoom w:percent="110"/>'
                   '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                   '<w:compat><w:compatSetting w:name="compatibilityMode" '
                   'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
                   '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
                   'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
                   '<w:compatSetting w:name="enableOpenTypeFeatures" '
                   'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
                   '<w:compatSetting w:name="doNotFlipMirrorIndents" '
                   'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>'
                   '<w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>'
                   '<m:mathPr><m:mathFont m:val="Cambria Math"/></m:mathPr>'
                   '<w:themeFontLang w:val="en-IN"/><w:shapeDefaults><o:shapedefaults '
                   'v:ext="edit" spidmax="1026"/></w:shapeDefaults><w:decimalSymbol w:val="."/>'
                   '<w:listSeparator w:val=","/><w15:chartTrackingRefBased/>'
                   '<w15:docId w15:val="{6F1C2B4A-3E77-4D8B-9A51-2C0E7B19D4F3}"/></w:settings>'
                   % (RSIDS[0], "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS))))

FONTS = DECL + ('<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                '2006/main"><w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/>'
                '<w:charset w:val="02"/><w:family w:val="decorative"/><w:pitch w:val="variable"/>'
                '</w:font><w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/>'
                '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
                '</w:font><w:font w:name="Times New Roman"><w:panose1 '
                'w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/>'
                '<w:pitch w:val="variable"/></w:font><w:font w:name="Calibri Light"><w:panose1 '
                'w:val="020F0302020204030204"/><w:charset w:val="00"/><w:family w:val="swiss"/>'
                '<w:pitch w:val="variable"/></w:font></w:fonts>')

CONTENT_TYPES = DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.comments+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.extended-properties+xml"/></Types>')

ROOT_RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')

DOC_RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/comments" Target="comments.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/fontTable" Target="fontTable.xml"/></Relationships>')

CORE = DECL + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title>'
    '<dc:subject></dc:subject><dc:creator>Rohan Mehta</dc:creator><cp:keywords></cp:keywords>'
    '<dc:description></dc:description><cp:lastModifiedBy>Rohan Mehta</cp:lastModifiedBy>'
    '<cp:revision>17</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">'
    '2024-06-09T10:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">'
    '2025-08-13T04:05:00Z</dcterms:modified></cp:coreProperties>')


def app_xml(words, chars):
    return DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>412</TotalTime>'
        '<Pages>4</Pages><Words>%d</Words><Characters>%d</Characters>'
        '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop>'
        '<Company></Company><LinksUpToDate>false</LinksUpToDate>'
        '<CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
        '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
        '</Properties>' % (words, chars, chars // 70 + 1, para_no[0], chars + words))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    doc, comments, last_num = build_document(lines)
    comments_xml = build_comments(comments)
    text = re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", "\n", doc.split("<w:body>")[1]))
    words = len(text.split())
    chars = len(re.sub(r"\s", "", text))
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/document.xml", doc),
        ("word/comments.xml", comments_xml),
        ("word/numbering.xml", build_numbering(last_num)),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", FONTS),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", app_xml(words, chars)),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
