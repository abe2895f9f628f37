#!/usr/bin/python3
"""Re-make docs/caste-census-secc-zoho-notes.docx from tools/caste-census-secc-zoho-notes.txt.

The output imitates a document exported from Zoho Writer with File > Export > MS Word (.docx):
Zoho's part set (no theme, no webSettings), its docProps naming the application, Lato as the
document font written out on every run, Title / Subtitle / Heading styles, bullet and decimal
numbering, Table Grid tables with a shaded repeating header row, footnotes, comments and a footer
with PAGE / NUMPAGES fields. Deterministic: fixed timestamps, fixed ids, no randomness.

Source marks: "= " title, "~ " subtitle, "# " heading 1, "## " heading 2, "- " bullet,
"1. " numbered item, "| a | b" table row (first row is the header), "**bold**", "[^n]" footnote
reference, "[^n]: text" footnote, "{cN}anchor{/cN}" comment range, "[cN]: author | initials | date |
text" comment; any other non-empty line is a body paragraph.
Usage: make_zoho_docx.py [output path]
"""
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "caste-census-secc-zoho-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "caste-census-secc-zoho-notes.docx")
STAMP = (2025, 7, 21, 14, 33, 8)
CREATED = "2025-06-02T05:47:31Z"
MODIFIED = "2025-07-21T09:03:08Z"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
FONT = "Lato"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr(size=22, bold=False, color="000000", style=None, extra=""):
    out = "<w:rPr>"
    if style:
        out += '<w:rStyle w:val="%s"/>' % style
    out += ('<w:rFonts w:ascii="{0}" w:hAnsi="{0}" w:eastAsia="{0}" w:cs="{0}"/>'.format(FONT))
    if bold:
        out += "<w:b/><w:bCs/>"
    out += '<w:color w:val="%s"/>' % color
    out += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    out += extra
    out += '<w:lang w:val="en-IN" w:eastAsia="en-IN" w:bidi="ar-SA"/>'
    out += "</w:rPr>"
    return out


def text_run(t, size=22, bold=False, color="000000"):
    sp = ' xml:space="preserve"' if (t[:1] == " " or t[-1:] == " " or "  " in t) else ""
    return "<w:r>%s<w:t%s>%s</w:t></w:r>" % (rpr(size, bold, color), sp, esc(t))


class Doc:
    def __init__(self):
        self.footnotes = {}
        self.comments = {}
        self.comment_ids = {}

    def inline(self, s, size=22, bold=False, color="000000"):
        """Turn a line with **bold**, [^n] and {cN}..{/cN} marks into runs."""
        out = []
        pos = 0
        for m in re.finditer(r"\*\*(.+?)\*\*|\[\^(\d+)\]|\{(c\d+)\}|\{/(c\d+)\}", s):
            if m.start() > pos:
                out.append(text_run(s[pos:m.start()], size, bold, color))
            if m.group(1) is not None:
                out.append(text_run(m.group(1), size, True, color))
            elif m.group(2) is not None:
                out.append('<w:r>%s<w:footnoteReference w:id="%s"/></w:r>'
                           % (rpr(size, bold, color, style="FootnoteReference",
                                  extra='<w:vertAlign w:val="superscript"/>'), m.group(2)))
            elif m.group(3) is not None:
                cid = self.comment_ids[m.group(3)]
                out.append('<w:commentRangeStart w:id="%d"/>' % cid)
            else:
                cid = self.comment_ids[m.group(4)]
                out.append('<w:commentRangeEnd w:id="%d"/><w:r>%s<w:commentReference w:id="%d"/></w:r>'
                           % (cid, rpr(16, style="CommentReference"), cid))
            pos = m.end()
        if pos < len(s):
            out.append(text_run(s[pos:], size, bold, color))
        return "".join(out)


def para(style, runs, extra_ppr="", mark_size=22):
    ppr = "<w:pPr>"
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    ppr += extra_ppr
    ppr += rpr(mark_size)
    ppr += "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (ppr, runs)


def table(doc, rows):
    ncol = len(rows[0])
    total = 9026
    widths = [total // ncol] * ncol
    widths[-1] = total - sum(widths[:-1])
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
           '<w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
           '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
           '<w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
           '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
           '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders>'
           '<w:tblLayout w:type="fixed"/>'
           '<w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
           '<w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    for w in widths:
        out.append('<w:gridCol w:w="%d"/>' % w)
    out.append("</w:tblGrid>")
    for i, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else "<w:trPr><w:cantSplit/></w:trPr>"
        out.append("<w:tr>" + trpr)
        for j, cell in enumerate(row):
            shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if i == 0 else ""
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (widths[j], shd))
            out.append(para("TableContents", doc.inline(cell, 20, bold=(i == 0)),
                            '<w:spacing w:before="0" w:after="0" w:line="264" w:lineRule="auto"/>', 20))
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def build_body(doc, lines):
    body = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("= "):
            body.append(para("Title", doc.inline(line[2:], 52, True, "1F3864"), mark_size=52))
        elif line.startswith("~ "):
            body.append(para("Subtitle", doc.inline(line[2:], 24, False, "595959"), mark_size=24))
        elif line.startswith("## "):
            body.append(para("Heading2", doc.inline(line[3:], 28, True, "2E74B5"), mark_size=28))
        elif line.startswith("# "):
            body.append(para("Heading1", doc.inline(line[2:], 32, True, "1F3864"), mark_size=32))
        elif line.startswith("- "):
            body.append(para("ListParagraph", doc.inline(line[2:]),
                             '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
                             '<w:spacing w:before="0" w:after="80"/>'))
        elif re.match(r"\d+\. ", line):
            body.append(para("ListParagraph", doc.inline(line.split(" ", 1)[1]),
                             '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
                             '<w:spacing w:before="0" w:after="80"/>'))
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i][2:].split(" | ")])
                i += 1
            body.append(table(doc, rows))
            body.append(para(None, ""))  # Zoho keeps an empty paragraph after a table
            continue
        else:
            body.append(para(None, doc.inline(line)))
        i += 1
    return "".join(body)


def footer_xml():
    fld = ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
           '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r><w:r>%s<w:t>%s</w:t></w:r><w:r>%s<w:fldChar w:fldCharType="end"/></w:r>')
    r = rpr(18, color="7F7F7F")
    runs = (text_run("Caste Census & SECC \u00b7 P. Menon \u00b7 Page ", 18, color="7F7F7F")
            + fld % (r, r, "PAGE", r, r, "1", r)
            + text_run(" of ", 18, color="7F7F7F")
            + fld % (r, r, "NUMPAGES", r, r, "5", r))
    return (DECL + '<w:ftr ' + NS + '>'
            + para("Footer", runs, '<w:jc w:val="right"/>', 18) + "</w:ftr>")


def footnotes_xml(doc):
    out = [DECL, '<w:footnotes ' + NS + '>',
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for n in sorted(doc.footnotes, key=int):
        runs = ('<w:r>%s<w:footnoteRef/></w:r>' % rpr(18, style="FootnoteReference", extra='<w:vertAlign w:val="superscript"/>')
                + text_run(" ", 18) + doc.inline(doc.footnotes[n], 18))
        out.append('<w:footnote w:id="%s">%s</w:footnote>' % (n, para("FootnoteText", runs, "", 18)))
    out.append("</w:footnotes>")
    return "".join(out)


def comments_xml(doc):
    out = [DECL, '<w:comments ' + NS + '>']
    for key, (cid, author, initials, date, text) in sorted(doc.comments.items(), key=lambda kv: kv[1][0]):
        runs = ('<w:r>%s<w:annotationRef/></w:r>' % rpr(16, style="CommentReference")) + text_run(text, 20)
        out.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">%s</w:comment>'
                   % (cid, esc(author), date, initials, para("CommentText", runs, "", 20)))
    out.append("</w:comments>")
    return "".join(out)


def styles_xml():
    def style(kind, sid, name, ppr="", rp="", based="Normal", nxt="Normal", extra=""):
        s = '<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/>' % (kind, sid, name)
        if based:
            s += '<w:basedOn w:val="%s"/>' % based
        if nxt:
            s += '<w:next w:val="%s"/>' % nxt
        s += extra
        if ppr:
            s += "<w:pPr>%s</w:pPr>" % ppr
        if rp:
            s += "<w:rPr>%s</w:rPr>" % rp
        return s + "</w:style>"
    font = '<w:rFonts w:ascii="{0}" w:hAnsi="{0}" w:eastAsia="{0}" w:cs="{0}"/>'.format(FONT)
    parts = [DECL, '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
             'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
             'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">',
             '<w:docDefaults><w:rPrDefault><w:rPr>' + font + '<w:sz w:val="22"/><w:szCs w:val="22"/>'
             '<w:lang w:val="en-IN" w:eastAsia="en-IN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
             '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
             '</w:docDefaults>',
             '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
             'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"/>',
             '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
             '<w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr><w:rPr>' + font +
             '<w:color w:val="000000"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>',
             style("paragraph", "Title", "Title", '<w:spacing w:before="0" w:after="60"/><w:contextualSpacing/>',
                   font + '<w:b/><w:color w:val="1F3864"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/>',
                   extra="<w:qFormat/>"),
             style("paragraph", "Subtitle", "Subtitle", '<w:spacing w:after="320"/>',
                   font + '<w:color w:val="595959"/><w:sz w:val="24"/><w:szCs w:val="24"/>', extra="<w:qFormat/>"),
             style("paragraph", "Heading1", "heading 1",
                   '<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
                   font + '<w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="32"/><w:szCs w:val="32"/>',
                   extra="<w:qFormat/>"),
             style("paragraph", "Heading2", "heading 2",
                   '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
                   font + '<w:b/><w:bCs/><w:color w:val="2E74B5"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
                   extra="<w:unhideWhenUsed/><w:qFormat/>"),
             style("paragraph", "ListParagraph", "List Paragraph", '<w:ind w:left="720"/><w:contextualSpacing/>',
                   extra="<w:qFormat/>"),
             style("paragraph", "TableContents", "Table Contents", '<w:spacing w:after="0"/>'),
             style("paragraph", "FootnoteText", "footnote text", '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                   '<w:sz w:val="18"/><w:szCs w:val="18"/>', extra="<w:semiHidden/><w:unhideWhenUsed/>"),
             style("character", "FootnoteReference", "footnote reference", "", '<w:vertAlign w:val="superscript"/>',
                   based=None, nxt=None, extra="<w:semiHidden/><w:unhideWhenUsed/>"),
             style("paragraph", "CommentText", "annotation text", '<w:spacing w:line="240" w:lineRule="auto"/>',
                   '<w:sz w:val="20"/><w:szCs w:val="20"/>', extra="<w:semiHidden/><w:unhideWhenUsed/>"),
             style("character", "CommentReference", "annotation reference", "", '<w:sz w:val="16"/><w:szCs w:val="16"/>',
                   based=None, nxt=None, extra="<w:semiHidden/><w:unhideWhenUsed/>"),
             style("paragraph", "Footer", "footer",
                   '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
                   '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', extra="<w:unhideWhenUsed/>"),
             '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
             '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
             '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
             '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
             '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
             '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
             '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>',
             '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
             '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
             '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
             '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
             "</w:styles>"]
    return "".join(parts)


def numbering_xml():
    bullets = ["\u25cf", "\u25cb", "\u25a0"]
    lv = []
    for i in range(9):
        lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/>'
                  '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>'
                  '<w:rPr><w:rFonts w:ascii="Noto Sans Symbols" w:hAnsi="Noto Sans Symbols" w:cs="Noto Sans Symbols"/>'
                  '<w:sz w:val="16"/></w:rPr></w:lvl>' % (i, bullets[i % 3], 720 * (i + 1)))
    lv2 = []
    fmts = ["decimal", "lowerLetter", "lowerRoman"]
    for i in range(9):
        lv2.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%%%d."/>'
                   '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>'
                   '<w:rPr><w:rFonts w:ascii="Lato" w:hAnsi="Lato" w:cs="Lato"/></w:rPr></w:lvl>'
                   % (i, fmts[i % 3], i + 1, 720 * (i + 1)))
    return (DECL + '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>' + "".join(lv) + "</w:abstractNum>"
            '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>' + "".join(lv2) + "</w:abstractNum>"
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


def settings_xml():
    return (DECL + '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
            '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat><m:mathPr><m:mathFont m:val="Cambria Math"/></m:mathPr>'
            '<w:themeFontLang w:val="en-IN"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            "</w:settings>")


def font_table_xml():
    return (DECL + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<w:font w:name="Lato"><w:altName w:val="Calibri"/><w:charset w:val="00"/><w:family w:val="swiss"/>'
            '<w:pitch w:val="variable"/></w:font>'
            '<w:font w:name="Noto Sans Symbols"><w:charset w:val="00"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
            '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
            '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
            '<w:font w:name="Cambria Math"><w:panose1 w:val="02040503050406030204"/><w:charset w:val="00"/>'
            '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>')


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    lines = open(SRC, encoding="utf-8").read().split("\n")
    doc = Doc()
    body_lines = []
    for line in lines:
        m = re.match(r"\[\^(\d+)\]: (.*)$", line)
        c = re.match(r"\[(c\d+)\]: (.*?) \| (.*?) \| (.*?) \| (.*)$", line)
        if m:
            doc.footnotes[m.group(1)] = m.group(2)
        elif c:
            cid = len(doc.comments)
            doc.comment_ids[c.group(1)] = cid
            doc.comments[c.group(1)] = (cid, c.group(2), c.group(3), c.group(4), c.group(5))
        else:
            body_lines.append(line)
    title = body_lines[0][2:]
    body = build_body(doc, body_lines)
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId8"/>'
            '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
    document = DECL + "<w:document " + NS + "><w:body>" + body + sect + "</w:body></w:document>"
    words = sum(len(l.split()) for l in body_lines if l.strip())
    parts = [
        ("[Content_Types].xml", DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
         '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
         '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
         '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
         '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
         '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
         '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         "</Types>"),
        ("_rels/.rels", DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         "</Relationships>"),
        ("docProps/app.xml", DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
         'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
         "<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Pages>5</Pages><Words>%d</Words>"
         "<Application>Zoho Writer</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
         "<Company>Zoho Corporation</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
         "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>" % words),
        ("docProps/core.xml", DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         "<dc:title>%s</dc:title><dc:creator>Priyanka Menon</dc:creator><cp:lastModifiedBy>Priyanka Menon</cp:lastModifiedBy>"
         '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
         % (esc(title), CREATED, MODIFIED)),
        ("word/_rels/document.xml.rels", DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
         '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
         '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
         '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
         '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
         "</Relationships>"),
        ("word/document.xml", document),
        ("word/styles.xml", styles_xml()),
        ("word/numbering.xml", numbering_xml()),
        ("word/settings.xml", settings_xml()),
        ("word/fontTable.xml", font_table_xml()),
        ("word/footnotes.xml", footnotes_xml(doc)),
        ("word/comments.xml", comments_xml(doc)),
        ("word/footer1.xml", footer_xml()),
    ]
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with zipfile.ZipFile(out_path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8"), compresslevel=6)


if __name__ == "__main__":
    main()
