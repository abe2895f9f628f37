#!/usr/bin/python3
"""Re-make docs/gi-act-ipr-notes.docx from tools/gi-act-ipr-notes.txt.

The body is built with python-docx and the package is then written out the way Google Docs
writes "File > Download > Microsoft Word (.docx)": only [Content_Types].xml (ContentType before
Extension), _rels/.rels, word/document.xml, word/header1.xml, word/styles.xml,
word/numbering.xml, word/settings.xml, word/fontTable.xml and word/_rels/document.xml.rels (no
docProps, theme, webSettings or customXml parts), every zip entry dated 1980-01-01; Arial
styles with Google's sizes (Title 26 pt, Subtitle 15 pt grey, Heading 1 20 pt, Heading 2 16 pt,
not bold), "_heading=h.xxxx" bookmarks on headings, <w:rtl w:val="0"/> in every run, one
abstractNum per list in numbering.xml (bullets "●○■", numbers "%1." / "%2." lowerLetter),
hyperlinks as Google colours them (1155cc, underlined), a fixed-layout table with a shaded
header row, letter-size pages with one-inch margins and a header part.

Source markup: "@header T", "@title T", "@subtitle T", "# " Heading 1, "## " Heading 2 (the
numbers are typed in the heading text), "- " bullet, "  - " second-level bullet, "1. " numbered
item (a run of them is one list), "@table" ... "@endtable" with " | " between cells,
"@note T" an italic grey paragraph, any other line a normal paragraph; "**b**" bold and
"[label](url)" a hyperlink.
Run: /usr/bin/python3 tools/make_docx.py [OUT]   (byte-for-byte reproducible)
"""
import copy
import hashlib
import io
import os
import re
import sys
import zipfile

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Twips

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gi-act-ipr-notes.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs", "gi-act-ipr-notes.docx")
DATE = (1980, 1, 1, 0, 0, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

BULLETS = ["\u25cf", "\u25cb", "\u25a0"]


def bookmark_name(n):
    return "_heading=h." + hashlib.sha1(b"gi%d" % n).hexdigest()[:6 + n % 3]


def add_runs(par, text, italic=False, grey=False):
    """Add runs for **bold** and [label](url) markup."""
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)]+)\)", text):
        if m.start() > pos:
            _run(par, text[pos:m.start()], False, italic, grey)
        if m.group(1):
            _run(par, m.group(1), True, italic, grey)
        else:
            rid = par.part.relate_to(m.group(3), RT.HYPERLINK, is_external=True)
            h = parse_xml('<w:hyperlink %s r:id="%s"><w:r><w:rPr><w:color w:val="1155cc"/><w:u w:val="single"/>'
                          '<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:hyperlink>'
                          % (nsdecls("w", "r"), rid, _esc(m.group(2))))
            par._p.append(h)
        pos = m.end()
    if pos < len(text):
        _run(par, text[pos:], False, italic, grey)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run(par, text, bold, italic, grey):
    r = par.add_run(text)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if grey:
        r._r.get_or_add_rPr().append(parse_xml('<w:color %s w:val="666666"/>' % nsdecls("w")))
    return r


def set_numpr(par, num_id, ilvl):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                         % (nsdecls("w"), ilvl, num_id)))
    pPr.append(parse_xml('<w:spacing %s w:after="0" w:afterAutospacing="0" w:before="0" w:beforeAutospacing="0"/>'
                         % nsdecls("w")))
    pPr.append(parse_xml('<w:ind %s w:hanging="360" w:left="%d"/>' % (nsdecls("w"), 720 * (ilvl + 1))))


def abstract_num(aid, kind):
    lvls = []
    for l in range(9):
        ind = 720 * (l + 1)
        if kind == "bullet":
            fmt, text = "bullet", BULLETS[l % 3]
            rpr = '<w:rPr><w:u w:val="none"/></w:rPr>'
        else:
            fmt = ["decimal", "lowerLetter", "lowerRoman"][l % 3]
            text = "%%%d." % (l + 1)
            rpr = ""
        lvls.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                    '<w:lvlJc w:val="%s"/><w:pPr><w:ind w:hanging="360" w:left="%d"/></w:pPr>%s</w:lvl>'
                    % (l, fmt, text, "left" if kind == "bullet" or l % 3 != 2 else "right", ind, rpr))
    return '<w:abstractNum w:abstractNumId="%d">%s</w:abstractNum>' % (aid, "".join(lvls))


STYLES = (HEAD + '<w:styles xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
          '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
          '<w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="120" '
          'w:before="400" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
          '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="120" '
          'w:before="360" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>'
          '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="80" '
          'w:before="320" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="434343"/><w:sz w:val="28"/>'
          '<w:szCs w:val="28"/></w:rPr></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority '
          'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
          '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
          '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
          '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60" '
          'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
          '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="320" '
          'w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
          '<w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs>'
          '<w:spacing w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
          '</w:styles>' % W_NS)

SETTINGS = (HEAD + '<w:settings xmlns:w="%s"><w:displayBackgroundShape w:val="1"/><w:embedSystemFonts/>'
            '<w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>' % W_NS)

FONTS = (HEAD + '<w:fonts xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>'
         '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>' % W_NS)


def build(lines):
    d = docx.Document()
    body = d.element.body
    for el in list(body):
        if el.tag != qn("w:sectPr"):
            body.remove(el)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Twips(12240), Twips(15840)
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Twips(1440)
    sec.header_distance = sec.footer_distance = Twips(720)
    nums = []          # (numId, abstractId, kind)
    cur = {"kind": None, "num": None}
    nbm = [0]

    def list_num(kind):
        if cur["kind"] != kind:
            nid = len(nums) + 1
            nums.append((nid, nid - 1, kind))
            cur["kind"], cur["num"] = kind, nid
        return cur["num"]

    def end_list():
        cur["kind"] = cur["num"] = None

    def heading(text, level):
        p = d.add_paragraph(style="Heading %d" % level)
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml('<w:spacing %s w:after="120" w:before="%d" w:lineRule="auto"/>'
                             % (nsdecls("w"), 400 if level == 1 else 360)))
        bid = nbm[0]
        nbm[0] += 1
        p._p.append(parse_xml('<w:bookmarkStart %s w:colFirst="0" w:colLast="0" w:name="%s" w:id="%d"/>'
                              % (nsdecls("w"), bookmark_name(bid), bid)))
        _run(p, text, False, False, False)
        p._p.append(parse_xml('<w:bookmarkEnd %s w:id="%d"/>' % (nsdecls("w"), bid)))

    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        if line.startswith("@header "):
            hp = sec.header.paragraphs[0]
            hp.style = d.styles["Header"]
            _run(hp, line[8:], False, False, True)
            continue
        if line.startswith("@title "):
            end_list()
            p = d.add_paragraph(style="Title")
            _run(p, line[7:], False, False, False)
        elif line.startswith("@subtitle "):
            p = d.add_paragraph(style="Subtitle")
            _run(p, line[10:], False, False, False)
        elif line.startswith("# "):
            end_list()
            d.add_paragraph()
            heading(line[2:], 1)
        elif line.startswith("## "):
            end_list()
            heading(line[3:], 2)
        elif line.startswith("- ") or line.startswith("  - "):
            lvl = 1 if line.startswith("  ") else 0
            p = d.add_paragraph()
            set_numpr(p, list_num("bullet"), lvl)
            add_runs(p, line.strip()[2:])
        elif re.match(r"\d+\. ", line):
            p = d.add_paragraph()
            set_numpr(p, list_num("number"), 0)
            add_runs(p, re.sub(r"^\d+\. ", "", line))
        elif line == "@table":
            end_list()
            rows = []
            while lines[i] != "@endtable":
                rows.append(lines[i].split(" | "))
                i += 1
            i += 1
            widths = [1800, 2520, 2520, 2520]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            tblPr = t._tbl.tblPr
            for el in list(tblPr):
                tblPr.remove(el)
            tblPr.append(parse_xml(
                '<w:tblW %s w:w="9360.0" w:type="dxa"/>' % nsdecls("w")))
            tblPr.append(parse_xml(
                '<w:tblBorders %s><w:top w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:left w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:bottom w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:right w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:insideH w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:insideV w:color="000000" w:space="0" w:sz="8" w:val="single"/></w:tblBorders>' % nsdecls("w")))
            tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
            tblPr.append(parse_xml('<w:tblLook %s w:val="0600"/>' % nsdecls("w")))
            grid = t._tbl.tblGrid
            for gc, wd in zip(grid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), "%d.0" % wd)
            for r, cells in enumerate(rows):
                for c, text in enumerate(cells):
                    cell = t.cell(r, c)
                    tcPr = cell._tc.get_or_add_tcPr()
                    for el in list(tcPr):
                        tcPr.remove(el)
                    tcPr.append(parse_xml('<w:tcW %s w:w="%d.0" w:type="dxa"/>' % (nsdecls("w"), widths[c])))
                    if r == 0:
                        tcPr.append(parse_xml('<w:shd %s w:fill="efefef" w:val="clear"/>' % nsdecls("w")))
                    tcPr.append(parse_xml('<w:tcMar %s><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" '
                                          'w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" '
                                          'w:type="dxa"/></w:tcMar>' % nsdecls("w")))
                    tcPr.append(parse_xml('<w:vAlign %s w:val="top"/>' % nsdecls("w")))
                    p = cell.paragraphs[0]
                    p._p.get_or_add_pPr().append(parse_xml(
                        '<w:spacing %s w:line="240" w:lineRule="auto"/>' % nsdecls("w")))
                    _run(p, text, r == 0, False, False)
            d.add_paragraph()
        elif line.startswith("@note "):
            end_list()
            p = d.add_paragraph()
            add_runs(p, line[6:], italic=True, grey=True)
        else:
            end_list()
            p = d.add_paragraph()
            add_runs(p, line)
    # Google puts <w:rtl w:val="0"/> in every run
    for r in d.element.body.iter(qn("w:r")):
        rPr = r.get_or_add_rPr()
        if rPr.find(qn("w:rtl")) is None:
            rPr.append(parse_xml('<w:rtl %s w:val="0"/>' % nsdecls("w")))
    for r in sec.header._element.iter(qn("w:r")):
        r.get_or_add_rPr().append(parse_xml('<w:rtl %s w:val="0"/>' % nsdecls("w")))
    numbering = (HEAD + '<w:numbering xmlns:w="%s">%s%s</w:numbering>'
                 % (W_NS, "".join(abstract_num(a, k) for _, a, k in nums),
                    "".join('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (n, a)
                            for n, a, _ in nums)))
    return d, numbering


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    d, numbering = build(lines)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(buf)
    parts = {n: src.read(n) for n in src.namelist()}
    # keep only the relationships Google writes: styles, settings, fontTable, numbering, header, hyperlinks
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    keep = []
    for m in re.finditer(r"<Relationship [^>]*/>", rels):
        r = m.group(0)
        t = re.search(r'Type="([^"]+)"', r).group(1).rsplit("/", 1)[1]
        if t in ("styles", "settings", "fontTable", "numbering", "header", "hyperlink"):
            keep.append(r)
    header_rel = [r for r in keep if "/header" in r][0]
    header_name = re.search(r'Target="([^"]+)"', header_rel).group(1)
    rels_xml = (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
                '</Relationships>' % "".join(keep))
    doc_xml = parts["word/document.xml"].decode("utf-8").replace(
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n", HEAD)
    header_xml = parts["word/" + header_name].decode("utf-8").replace(
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n", HEAD)
    ct = (HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default ContentType="application/xml" Extension="xml"/>'
          '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" '
          'PartName="/word/numbering.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" '
          'PartName="/word/styles.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" '
          'PartName="/word/settings.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" '
          'PartName="/word/fontTable.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" '
          'PartName="/word/%s"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" '
          'PartName="/word/document.xml"/></Types>' % header_name)
    root_rels = (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'officeDocument" Target="word/document.xml"/></Relationships>')
    out = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels), ("word/document.xml", doc_xml),
           ("word/" + header_name, header_xml), ("word/styles.xml", STYLES), ("word/numbering.xml", numbering),
           ("word/settings.xml", SETTINGS), ("word/fontTable.xml", FONTS),
           ("word/_rels/document.xml.rels", rels_xml)]
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


if __name__ == "__main__":
    main()
