#!/usr/bin/python3
"""Re-make docs/ramsar-sites-india-wps.docx from tools/ramsar-sites-india-wps.txt.

The body is built with python-docx (paragraphs, runs, the table, section breaks) and then
re-dressed as raw XML the way WPS Writer (international build 12.2, Windows) saves a .docx:
  - WPS's numeric style ids ("1" Normal, "2"-"4" heading 1-3, "7" Table Grid, "8" Title,
    "10"/"11" toc 1/2, "14" List Paragraph ...), w:rFonts w:hint="default" and an
    en-IN / zh-CN w:lang in every run and paragraph mark, SimSun (宋体) as the East Asian font;
  - a title page in its own section (titlePg, no footer), a Contents page holding a TOC field
    (\\o "1-2" \\h \\u) inside a "Table of Contents" w:sdt with hyperlinked entries, literal
    heading numbers, tab leaders and PAGEREF fields to _Toc bookmarks on the headings;
  - headings numbered through numbering.xml (multilevel list linked to the heading styles, so
    the numbers are not in the heading text); the criteria list numbered "Criterion %1:" by its
    own list definition; Symbol-font bullets;
  - one section in two columns (w:cols w:num="2" w:space="425") between continuous breaks;
  - a Table Grid table with a shaded, repeated header row;
  - a footer with a PAGE field, pages numbered from 1 after the title page;
  - docProps/app.xml naming "WPS Office_12.2.0.21931_F1E327BC-...", docProps/core.xml with a
    "WPS_" lastModifiedBy, docProps/custom.xml with KSOProductBuildVer and ICV,
    customXml/item1.xml with WPS's wpsCustomData customSectProps (one per section),
    settings.xml with the commondata and KSO_WPS_MARK_KEY docVars, a "WPS" theme;
  - XML declarations followed by CRLF; zip entries deflated, all stamped with the save time
    2025-09-28 21:14:06, docProps first and [Content_Types].xml last.
Straight apostrophes are turned into curly ones, as WPS AutoCorrect does while typing.

Source markup: "@title", "@subtitle", "@center" (title page lines), "@endsection title|page|
cols2" (an empty paragraph carrying the sectPr that ends the section), "@toc", "# "/"## "/"### "
headings, "- " bullets, "1. " criteria items, "@table" ... "@endtable" with " | " between
cells, anything else a Normal paragraph ("Exam tip:" / "Memory line:" labels in bold).
Run from anywhere: /usr/bin/python3 tools/make_docx.py (byte-for-byte reproducible);
an optional argument writes the file elsewhere, as tools/check.py does.
"""
import base64
import os
import re
import sys
import zipfile

from docx import Document
from docx.oxml.ns import qn
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ramsar-sites-india-wps.txt")
OUT = (sys.argv[1] if len(sys.argv) > 1
       else os.path.join(HERE, "..", "docs", "ramsar-sites-india-wps.docx"))
STAMP = (2025, 9, 28, 21, 14, 6)
BUILD = "12.2.0.21931"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

NSDECL = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
          'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
          'mc:Ignorable="w14 w15 wp14"')

# python-docx template style -> WPS numeric style id (and list numId where the style is a list)
STYLE_MAP = {"Title": ("8", None), "Subtitle": ("9", None), "Heading1": ("2", None),
             "Heading2": ("3", None), "Heading3": ("4", None), "ListNumber": ("14", "2"),
             "ListBullet": ("14", "3")}
RPR = '<w:rPr><w:rFonts w:hint="default"/><w:lang w:val="en-IN" w:eastAsia="zh-CN"/></w:rPr>'


def x(fragment):
    """Parse a w: fragment into an element."""
    return etree.fromstring('<root xmlns:w="%s" xmlns:r="%s">%s</root>' % (W_NS, R_NS, fragment))[0]


def curl(text):
    return re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)


def sect_pr(kind):
    foot = '<w:footerReference w:type="default" r:id="rId7"/>'
    common = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" '
              'w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>')
    grid = '<w:docGrid w:type="lines" w:linePitch="312" w:charSpace="0"/>'
    if kind == "title":
        return ('<w:sectPr>%s<w:cols w:space="425" w:num="1"/><w:titlePg/>%s</w:sectPr>'
                % (common, grid))
    if kind == "page":
        return ('<w:sectPr>%s<w:type w:val="nextPage"/>%s<w:pgNumType w:start="1"/>'
                '<w:cols w:space="425" w:num="1"/>%s</w:sectPr>' % (foot, common, grid))
    if kind == "cols2":
        return ('<w:sectPr>%s<w:type w:val="continuous"/>%s<w:cols w:space="425" w:num="2"/>'
                '%s</w:sectPr>' % (foot, common, grid))
    return ('<w:sectPr>%s<w:type w:val="continuous"/>%s<w:cols w:space="425" w:num="1"/>%s'
            '</w:sectPr>' % (foot, common, grid))


def parse_source():
    with open(SRC, encoding="utf-8") as f:
        return f.read().rstrip("\n").split("\n")


def heading_numbers(lines):
    """Number the headings as the linked multilevel list shows them (1, 1.1, 1.1.1)."""
    counters, out = [0, 0, 0], []
    for line in lines:
        m = re.match(r"(#{1,3}) (.*)", line)
        if m:
            lvl = len(m.group(1)) - 1
            counters[lvl] += 1
            for i in range(lvl + 1, 3):
                counters[i] = 0
            out.append((lvl, ".".join(str(c) for c in counters[:lvl + 1]), m.group(2)))
    return out


# page on which each heading falls (as WPS laid the pages out; numbering restarts at 1)
PAGES = {"1": 2, "1.1": 2, "1.2": 2, "1.3": 3, "1.4": 3, "2": 3, "2.1": 4, "2.2": 4, "3": 5,
         "3.1": 5, "3.2": 5, "4": 5, "5": 6, "5.1": 6, "5.2": 6, "5.3": 6, "5.4": 7, "5.5": 7,
         "5.6": 7, "5.7": 7, "6": 8}


def toc_xml(heads):
    parts = ['<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
             '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr><w:rPr>'
             '<w:rFonts w:hint="default"/><w:lang w:val="en-IN" w:eastAsia="zh-CN"/></w:rPr>'
             '</w:sdtEndPr><w:sdtContent>',
             '<w:p><w:pPr><w:spacing w:before="0" w:beforeLines="0" w:after="0" w:afterLines="0" '
             'w:line="240" w:lineRule="auto"/><w:jc w:val="center"/><w:rPr><w:rFonts w:hint="default"/>'
             '<w:b/><w:sz w:val="32"/><w:lang w:val="en-IN" w:eastAsia="zh-CN"/></w:rPr></w:pPr>'
             '<w:r><w:rPr><w:rFonts w:hint="default"/><w:b/><w:sz w:val="32"/>'
             '<w:lang w:val="en-IN" w:eastAsia="zh-CN"/></w:rPr><w:t>Contents</w:t></w:r></w:p>']
    entries = [(lvl, num, text, i) for i, (lvl, num, text) in enumerate(heads) if lvl < 2]
    for k, (lvl, num, text, i) in enumerate(entries):
        bm = "_Toc%d" % (18529 + 731 * i)
        first = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText xml:space="preserve">'
                 'TOC \\o "1-2" \\h \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
                 '</w:r>' % RPR) if k == 0 else ""
        last = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if k == len(entries) - 1 else ""
        rpr_b = ('<w:rPr><w:rFonts w:hint="default"/>%s<w:lang w:val="en-IN" w:eastAsia="zh-CN"/>'
                 '</w:rPr>' % ("<w:b/>" if lvl == 0 else ""))
        parts.append(
            '<w:p><w:pPr><w:pStyle w:val="%s"/><w:tabs><w:tab w:val="right" w:leader="dot" '
            'w:pos="8306"/></w:tabs></w:pPr>%s<w:hyperlink w:anchor="%s" w:history="1">'
            '<w:r>%s<w:t>%s</w:t></w:r><w:r>%s<w:tab/></w:r><w:r>%s<w:t>%s</w:t></w:r>'
            '<w:r>%s<w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r>%s<w:t>%d</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>%s</w:p>'
            % ("10" if lvl == 0 else "11", first, bm, rpr_b, num, rpr_b, rpr_b,
               escape(curl(text)), rpr_b, bm, rpr_b, PAGES[num], last))
    parts.append("</w:sdtContent></w:sdt>")
    return "".join(parts)


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_body():
    lines = parse_source()
    heads = heading_numbers(lines)
    doc = Document()
    doc.element.body.remove(doc.element.body.find(qn("w:sectPr")))
    body = doc.element.body
    pending = []  # raw fragments appended in order with python-docx paragraphs
    head_i = 0
    i = 0

    def para(text, style=None, center=False, bold_label=False):
        p = doc.add_paragraph(style=style)
        text = curl(text)
        m = re.match(r"(Exam tip:|Memory line:)( .*)", text) if bold_label else None
        if m:
            p.add_run(m.group(1)).bold = True
            p.add_run(m.group(2))
        else:
            p.add_run(text)
        if center:
            p.alignment = 1
        return p

    # title page: WPS users push the title down with empty paragraphs
    for _ in range(6):
        doc.add_paragraph()
    while i < len(lines):
        s = lines[i]
        if s.startswith("@title "):
            para(s[7:], "Title")
        elif s.startswith("@subtitle "):
            para(s[10:], "Subtitle")
        elif s.startswith("@center "):
            para(s[8:], center=True)
        elif s.startswith("@endsection "):
            p = doc.add_paragraph()
            p._p.get_or_add_pPr().append(x(sect_pr(s.split()[1])))
        elif s == "@toc":
            body.append(x(toc_xml(heads)))
            p = doc.add_paragraph()
            r = p.add_run()
            r._r.append(x('<w:br w:type="page"/>'))
        elif s.startswith("#"):
            lvl, num, text = heads[head_i]
            p = para(text, "Heading %d" % (lvl + 1))
            if lvl < 2:
                bm = "_Toc%d" % (18529 + 731 * head_i)
                p._p.insert(1, x('<w:bookmarkStart w:id="%d" w:name="%s"/>' % (head_i, bm)))
                p._p.append(x('<w:bookmarkEnd w:id="%d"/>' % head_i))
            head_i += 1
        elif s.startswith("- "):
            para(s[2:], "List Bullet")
        elif re.match(r"1\. ", s):
            para(s[3:], "List Number")
        elif s == "@table":
            rows = []
            i += 1
            while lines[i] != "@endtable":
                rows.append([curl(c.strip()) for c in lines[i].split(" | ")])
                i += 1
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, cells in enumerate(rows):
                for c, text in enumerate(cells):
                    cell = table.cell(r, c)
                    run = cell.paragraphs[0].add_run(text)
                    if r == 0:
                        run.bold = True
            hdr = table.rows[0]._tr
            hdr.insert(0, x('<w:trPr><w:tblHeader/></w:trPr>'))
            for tc in hdr.iter(qn("w:tc")):
                tc.find(qn("w:tcPr")).append(x('<w:shd w:val="clear" w:color="auto" w:fill="DEEAF6"/>'))
        else:
            para(s, bold_label=True)
        i += 1
    return body


def wpsify(body):
    """Turn python-docx's body into what WPS writes."""
    for p in body.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = etree.SubElement(p, qn("w:pPr"))
            p.insert(0, ppr)
        ps = ppr.find(qn("w:pStyle"))
        if ps is not None and ps.get(qn("w:val")) in STYLE_MAP:
            sid, num = STYLE_MAP[ps.get(qn("w:val"))]
            ps.set(qn("w:val"), sid)
            if num:
                ppr.insert(1, x('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%s"/></w:numPr>' % num))
        if ppr.find(qn("w:rPr")) is None and ppr.find(qn("w:sectPr")) is None:
            ppr.append(x(RPR))
        elif ppr.find(qn("w:sectPr")) is not None and ppr.find(qn("w:rPr")) is None:
            ppr.insert(list(ppr).index(ppr.find(qn("w:sectPr"))), x(RPR))
        for r in p.findall(qn("w:r")):
            rpr = r.find(qn("w:rPr"))
            if rpr is None:
                rpr = x('<w:rPr/>')
                r.insert(0, rpr)
            if rpr.find(qn("w:rFonts")) is None:
                rpr.insert(0, x('<w:rFonts w:hint="default"/>'))
            if rpr.find(qn("w:lang")) is None:
                rpr.append(x('<w:lang w:val="en-IN" w:eastAsia="zh-CN"/>'))
    for ts in body.iter(qn("w:tblStyle")):
        ts.set(qn("w:val"), "7")
    return body


def document_xml():
    body = wpsify(build_body())
    root = etree.fromstring('<w:document %s><w:body/></w:document>' % NSDECL)
    new_body = root[0]
    for child in list(body):
        new_body.append(child)
    new_body.append(x(sect_pr("last")))
    return DECL + etree.tostring(root, encoding="unicode")


def styles_xml():
    def para_style(sid, name, based, extra_ppr, extra_rpr, next_="1", ui=None):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>%s<w:next w:val="%s"/>'
                '%s<w:qFormat/><w:uiPriority w:val="%d"/><w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>'
                % (sid, name, '<w:basedOn w:val="%s"/>' % based if based else "", next_,
                   "", ui or 0, extra_ppr, extra_rpr))
    latent = "".join('<w:lsdException w:name="%s" w:uiPriority="%d" w:qFormat="1"/>' % (n, u)
                     for n, u in (("Normal", 0), ("heading 1", 9), ("heading 2", 9), ("heading 3", 9),
                                  ("Title", 10), ("Subtitle", 11), ("List Paragraph", 34)))
    return (DECL + '<w:styles xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
            'w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/>'
            '<w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="24"/><w:lang w:val="en-IN" '
            'w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
            '<w:latentStyles w:count="260" w:defQFormat="0" w:defUnhideWhenUsed="1" '
            'w:defSemiHidden="1" w:defUIPriority="99" w:defLockedState="0">' + latent + '</w:latentStyles>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/>'
            '<w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:spacing w:after="80" '
            'w:line="276" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts '
            'w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
            'w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="24"/>'
            '<w:lang w:val="en-IN" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:style>'
            + para_style("2", "heading 1", "1", '<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="0"/>'
                         '<w:numId w:val="1"/></w:numPr><w:spacing w:before="340" w:after="330" '
                         'w:line="576" w:lineRule="auto"/><w:outlineLvl w:val="0"/>',
                         '<w:b/><w:kern w:val="44"/><w:sz w:val="36"/>', ui=9)
            + para_style("3", "heading 2", "1", '<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="1"/>'
                         '<w:numId w:val="1"/></w:numPr><w:spacing w:before="260" w:after="260" '
                         'w:line="413" w:lineRule="auto"/><w:outlineLvl w:val="1"/>',
                         '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="黑体"/><w:b/>'
                         '<w:sz w:val="28"/>', ui=9)
            + para_style("4", "heading 3", "1", '<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="2"/>'
                         '<w:numId w:val="1"/></w:numPr><w:spacing w:before="260" w:after="260" '
                         'w:line="413" w:lineRule="auto"/><w:outlineLvl w:val="2"/>',
                         '<w:b/><w:sz w:val="24"/>', ui=9)
            + '<w:style w:type="character" w:default="1" w:styleId="5"><w:name w:val="Default Paragraph Font"/>'
            '<w:semiHidden/><w:uiPriority w:val="0"/></w:style>'
            '<w:style w:type="table" w:default="1" w:styleId="6"><w:name w:val="Normal Table"/><w:semiHidden/>'
            '<w:uiPriority w:val="0"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
            '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" '
            'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
            '<w:style w:type="table" w:styleId="7"><w:name w:val="Table Grid"/><w:basedOn w:val="6"/>'
            '<w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>'
            '<w:tblPr><w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
            '<w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:bottom w:val="single" '
            'w:color="auto" w:sz="4" w:space="0"/><w:right w:val="single" w:color="auto" w:sz="4" '
            'w:space="0"/><w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideV '
            'w:val="single" w:color="auto" w:sz="4" w:space="0"/></w:tblBorders></w:tblPr></w:style>'
            + para_style("8", "Title", "1", '<w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/>'
                         '<w:outlineLvl w:val="0"/>', '<w:rFonts w:asciiTheme="majorHAnsi" '
                         'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi"/><w:b/><w:sz w:val="52"/>',
                         ui=10)
            + para_style("9", "Subtitle", "1", '<w:spacing w:before="240" w:after="60" w:line="312" '
                         'w:lineRule="auto"/><w:jc w:val="center"/><w:outlineLvl w:val="1"/>',
                         '<w:b/><w:color w:val="44546A"/><w:kern w:val="28"/><w:sz w:val="28"/>', ui=11)
            + para_style("10", "toc 1", "1", '<w:spacing w:before="120" w:after="0"/>', '<w:b/>', ui=39)
            + para_style("11", "toc 2", "1", '<w:spacing w:after="0"/><w:ind w:left="420" '
                         'w:leftChars="200"/>', '', ui=39)
            + para_style("14", "List Paragraph", "1", '<w:ind w:firstLine="420" w:firstLineChars="200"/>',
                         '', ui=34)
            + '<w:style w:type="character" w:styleId="15"><w:name w:val="Hyperlink"/><w:basedOn w:val="5"/>'
            '<w:uiPriority w:val="0"/><w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="16"><w:name w:val="footer"/><w:basedOn w:val="1"/>'
            '<w:uiPriority w:val="0"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab '
            'w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr>'
            '<w:rPr><w:sz w:val="18"/></w:rPr></w:style></w:styles>')


def numbering_xml():
    def lvl(i, fmt, text, left, hanging, pstyle=None, font=None, suff=None):
        return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s%s<w:lvlText w:val="%s"/>'
                '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
                % (i, fmt, '<w:pStyle w:val="%s"/>' % pstyle if pstyle else "",
                   '<w:suff w:val="%s"/>' % suff if suff else "", text, left, hanging,
                   '<w:rPr><w:rFonts w:hint="default" w:ascii="%s" w:hAnsi="%s"/></w:rPr>' % (font, font)
                   if font else '<w:rPr><w:rFonts w:hint="default"/></w:rPr>'))
    heads = "".join(lvl(i, "decimal", "%" + ".%".join(str(k + 1) for k in range(i + 1)) if i else "%1",
                        432 + 144 * i, 432 + 144 * i, pstyle=str(2 + i), suff="space") for i in range(3))
    return (DECL + '<w:numbering xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
            '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="6E1C2B4A"/><w:multiLevelType '
            'w:val="multilevel"/><w:tmpl w:val="6E1C2B4A"/>' + heads + '</w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="1F7A9C30"/><w:multiLevelType '
            'w:val="singleLevel"/><w:tmpl w:val="1F7A9C30"/>'
            + lvl(0, "decimal", "Criterion %1:", 1260, 1260, suff="space") + '</w:abstractNum>'
            '<w:abstractNum w:abstractNumId="2"><w:nsid w:val="0B5D3E81"/><w:multiLevelType '
            'w:val="singleLevel"/><w:tmpl w:val="0B5D3E81"/>'
            + lvl(0, "bullet", "\uf0b7", 420, 420, font="Symbol") + '</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>')


def settings_xml():
    commondata = base64.b64encode(b'{"hdid":"4b8e2f6a1c9d37e05a6b8c1d2e3f4a5b"}').decode()
    return (DECL + '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14">'
            '<w:zoom w:percent="120"/><w:bordersDoNotSurroundHeader w:val="0"/>'
            '<w:bordersDoNotSurroundFooter w:val="0"/><w:documentProtection w:enforcement="0"/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
            '<w:displayHorizontalDrawingGridEvery w:val="1"/><w:displayVerticalDrawingGridEvery w:val="2"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/>'
            '<w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>'
            '<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="14"/><w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
            'w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="1"/></w:compat><w:docVars><w:docVar w:name="commondata" w:val="%s"/>'
            '<w:docVar w:name="KSO_WPS_MARK_KEY" w:val="7c2e91d4-3a5f-4b8e-9d61-0f2a6c8e4b17"/></w:docVars>'
            '<w:rsids><w:rsidRoot w:val="00000000"/><w:rsid w:val="0B2A3F51"/><w:rsid w:val="2E6C1D94"/>'
            '<w:rsid w:val="5A7F09C3"/></w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin '
            'm:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin '
            'm:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
            '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang '
            'w:val="en-IN" w:eastAsia="zh-CN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" '
            'w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" '
            'w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
            'w:followedHyperlink="followedHyperlink"/><w:doNotIncludeSubdocsInStats/>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>' % commondata)


def font_table_xml():
    fonts = (("Times New Roman", "02020603050405020304", "00", "roman"),
             ("宋体", "02010600030101010101", "86", "auto"),
             ("Wingdings", "05000000000000000000", "02", "auto"),
             ("Arial", "020B0604020202020204", "01", "swiss"),
             ("黑体", "02010609060101010101", "86", "modern"),
             ("Symbol", "05050102010706020507", "02", "roman"),
             ("Calibri", "020F0502020204030204", "00", "swiss"),
             ("Calibri Light", "020F0302020204030204", "00", "swiss"))
    return (DECL + '<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
            + "".join('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/>'
                      '<w:family w:val="%s"/><w:pitch w:val="variable"/></w:font>' % f for f in fonts)
            + '</w:fonts>')


def footer_xml():
    return (DECL + '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="16"/><w:jc w:val="center"/><w:rPr>'
            '<w:rFonts w:hint="default"/><w:lang w:val="en-IN" w:eastAsia="zh-CN"/></w:rPr></w:pPr>'
            '<w:r>%s<w:t xml:space="preserve">Ramsar Sites of India \u00b7 Aditi\u2019s notes \u00b7 page </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE  '
            '\\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r>%s<w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>'
            % (NSDECL, RPR, RPR))


def theme_xml():
    colors = (("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
              ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
              ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
              ("accent1", '<a:srgbClr val="4874CB"/>'), ("accent2", '<a:srgbClr val="EE822F"/>'),
              ("accent3", '<a:srgbClr val="F2BA02"/>'), ("accent4", '<a:srgbClr val="75BD42"/>'),
              ("accent5", '<a:srgbClr val="30C0B4"/>'), ("accent6", '<a:srgbClr val="E54C5E"/>'),
              ("hlink", '<a:srgbClr val="0026E5"/>'), ("folHlink", '<a:srgbClr val="7E1FAD"/>'))
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = ('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
            '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>')
    return (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="WPS">'
            '<a:themeElements><a:clrScheme name="WPS">'
            + "".join("<a:%s>%s</a:%s>" % (n, c, n) for n, c in colors)
            + '</a:clrScheme><a:fontScheme name="WPS"><a:majorFont><a:latin typeface="Calibri Light"/>'
            '<a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="宋体"/></a:majorFont>'
            '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>'
            '<a:font script="Hans" typeface="宋体"/></a:minorFont></a:fontScheme><a:fmtScheme name="WPS">'
            '<a:fillStyleLst>' + fill * 3 + '</a:fillStyleLst><a:lnStyleLst>'
            + "".join(line % w for w in (6350, 12700, 19050)) + '</a:lnStyleLst><a:effectStyleLst>'
            + '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3 + '</a:effectStyleLst>'
            '<a:bgFillStyleLst>' + fill * 3 + '</a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
            '<a:objectDefaults/></a:theme>')


def package(document):
    text = re.sub(r"<[^>]+>", " ", document.split("<w:body>", 1)[1])
    words = len(text.split())
    chars = len(re.sub(r"\s", "", text))
    paras = document.count("<w:p>") + document.count("<w:p ")
    ct = ("application/vnd.openxmlformats-officedocument.wordprocessingml.",
          "application/vnd.openxmlformats-package.", "application/vnd.openxmlformats-officedocument.")
    content_types = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="%srelationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="%sdocument.main+xml"/>'
                     '<Override PartName="/word/footer1.xml" ContentType="%sfooter+xml"/>'
                     '<Override PartName="/word/theme/theme1.xml" ContentType="%stheme+xml"/>'
                     '<Override PartName="/word/styles.xml" ContentType="%sstyles+xml"/>'
                     '<Override PartName="/word/settings.xml" ContentType="%ssettings+xml"/>'
                     '<Override PartName="/word/numbering.xml" ContentType="%snumbering+xml"/>'
                     '<Override PartName="/word/fontTable.xml" ContentType="%sfontTable+xml"/>'
                     '<Override PartName="/customXml/itemProps1.xml" ContentType="%scustomXmlProperties+xml"/>'
                     '<Override PartName="/docProps/core.xml" ContentType="%score-properties+xml"/>'
                     '<Override PartName="/docProps/app.xml" ContentType="%sextended-properties+xml"/>'
                     '<Override PartName="/docProps/custom.xml" ContentType="%scustom-properties+xml"/>'
                     '</Types>' % (ct[1], ct[0], ct[0], ct[2], ct[0], ct[0], ct[0], ct[0], ct[2],
                                   ct[1], ct[2], ct[2]))
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    root_rels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId4" Type="%scustom-properties" Target="docProps/custom.xml"/>'
                 '<Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                 'metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
                 '</Relationships>' % (rel, rel, rel))
    doc_rels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join('<Relationship Id="rId%d" Type="%s%s" Target="%s"/>' % (i, rel, t, target)
                          for i, t, target in ((8, "customXml", "../customXml/item1.xml"),
                                               (7, "footer", "footer1.xml"),
                                               (6, "fontTable", "fontTable.xml"),
                                               (5, "numbering", "numbering.xml"),
                                               (4, "theme", "theme/theme1.xml"),
                                               (3, "settings", "settings.xml"),
                                               (2, "styles", "styles.xml")))
                + '</Relationships>')
    core = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/'
            'terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/'
            'XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">2025-06-05T04:11:00Z'
            '</dcterms:created><dc:creator>Aditi Rao</dc:creator><cp:lastModifiedBy>WPS_1692871455'
            '</cp:lastModifiedBy><dcterms:modified xsi:type="dcterms:W3CDTF">2025-09-28T15:44:06Z'
            '</dcterms:modified><dc:title>RAMSAR SITES OF INDIA</dc:title><cp:revision>37</cp:revision>'
            '</cp:coreProperties>')
    app = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal.dotm</Template><Pages>8</Pages><Words>%d</Words><Characters>%d</Characters>'
           '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><TotalTime>412</TotalTime><ScaleCrop>false'
           '</ScaleCrop><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
           '<Application>WPS Office_%s_F1E327BC-269C-435d-A152-05C5408002CA</Application>'
           '<DocSecurity>0</DocSecurity></Properties>'
           % (words, chars, chars // 60 + 1, paras, chars + words, BUILD))
    custom = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
              '<vt:lpwstr>1033-%s</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
              '<vt:lpwstr>6D0C3E8A14B24F7FA1E95B2C7D40F863_12</vt:lpwstr></property></Properties>' % BUILD)
    n_sect = document.count("<w:sectPr>")
    item1 = (DECL + '<s:customData xmlns="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
             'xmlns:s="http://www.wps.cn/officeDocument/2013/wpsCustomData"><customSectProps>'
             + "<customSectPr/>" * n_sect + '</customSectProps></s:customData>')
    item_props = (DECL + '<ds:datastoreItem ds:itemID="{B1977F7D-205B-4081-913C-38D41E755F92}" '
                  'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
                  '<ds:schemaRefs><ds:schemaRef ds:uri="http://www.wps.cn/officeDocument/2013/wpsCustomData"/>'
                  '</ds:schemaRefs></ds:datastoreItem>')
    item_rels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="%scustomXmlProps" Target="itemProps1.xml"/>'
                 '</Relationships>' % rel)
    return [
        ("docProps/app.xml", app),
        ("docProps/core.xml", core),
        ("docProps/custom.xml", custom),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/footer1.xml", footer_xml()),
        ("word/theme/theme1.xml", theme_xml()),
        ("word/styles.xml", styles_xml()),
        ("word/settings.xml", settings_xml()),
        ("word/numbering.xml", numbering_xml()),
        ("word/fontTable.xml", font_table_xml()),
        ("customXml/item1.xml", item1),
        ("customXml/itemProps1.xml", item_props),
        ("customXml/_rels/item1.xml.rels", item_rels),
        ("_rels/.rels", root_rels),
        ("[Content_Types].xml", content_types),
    ]


def main():
    members = package(document_xml())
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main()
