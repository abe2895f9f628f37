#!/usr/bin/python3
"""Re-make docs/river-water-disputes-case-studies.docx from tools/river-water-disputes-case-studies.txt.

The output imitates a document saved by Microsoft Word 365 (Word 2016+ schema): Heading 1 and
Heading 2 styles numbered automatically through a multilevel list in word/numbering.xml (so the
numbers "1.", "3.2" are not in the text), a Title and a Subtitle paragraph, a Table of Contents
content control holding a TOC field with cached entries and PAGEREF fields, _Toc bookmarks on
the headings, bullet and numbered lists (List Paragraph + numPr, each numbered list restarting
through its own w:num with a startOverride), a Table Grid table with a shaded, repeating header
row, runs split by revision ids (rsid) and by proofErr marks around words Word does not know,
smart quotes and en dashes from AutoFormat, a header and a "Page X of Y" footer. Zip entries in
Word's order with the 1980-01-01 timestamps Word writes. Standard library only;
byte-for-byte reproducible.
Run: /usr/bin/python3 tools/make_docx.py
"""
import hashlib
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "river-water-disputes-case-studies.txt")
OUT = os.path.join(HERE, "..", "docs", "river-water-disputes-case-studies.docx")

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
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

RSIDS = ["00B41D2E", "00C7A905", "0031F6B2", "005E8C11", "00E2473A", "006A9D58"]
UNKNOWN = {"Biligundlu", "Mekedatu", "Kanakapura", "Talakaveri", "Kodagu", "Hemavathi", "Harangi",
           "kuruvai", "samba", "Pennycuick", "Sivaganga", "Ramanathapuram", "Dindigul", "Vansadhara",
           "Mahadayi", "Bachawat", "Kabini", "Mettur", "Karaikal", "Khajuraho", "Idukki", "Theni",
           "Vaigai", "Mullaperiyar", "Periyar", "Mahanadi"}


def h8(seed):
    return hashlib.sha256(seed.encode()).hexdigest()[:8].upper()


def para_attrs(seed, rsid):
    pid = h8("p" + seed)
    if pid[0] in "89ABCDEF":  # paraId must be < 0x80000000
        pid = "1" + pid[1:]
    tid = h8("t" + seed)
    return ('w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"'
            % (pid, tid, rsid, rsid, RSIDS[0]))


def autoformat(text):
    """Word's AutoFormat As You Type: smart quotes and ' - ' to an en dash."""
    text = text.replace(" - ", " \u2013 ")
    out = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        if ch == "'":
            out.append("\u2018" if prev in " (" else "\u2019")
        elif ch == '"':
            out.append("\u201c" if prev in " (" else "\u201d")
        else:
            out.append(ch)
    return "".join(out)


def t_el(s):
    sp = ' xml:space="preserve"' if (s[:1] == " " or s[-1:] == " ") else ""
    return "<w:t%s>%s</w:t>" % (sp, escape(s))


def runs(text, seed, rpr_base=""):
    """Split a paragraph's text into Word runs: formatting, proofErr marks and rsid splits."""
    pieces = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\*(.+?)\*", text):
        if m.start() > pos:
            pieces.append(("", text[pos:m.start()]))
        if m.group(1):
            pieces.append(("<w:b/><w:bCs/>", m.group(1)))
        else:
            pieces.append(("<w:i/><w:iCs/>", m.group(2)))
        pos = m.end()
    if pos < len(text):
        pieces.append(("", text[pos:]))
    xml = []
    n = 0
    for rpr, chunk in pieces:
        chunk = autoformat(chunk)
        # split around unknown words (proofErr) and once, mid-way, for a revision id
        parts = re.split(r"(\b(?:%s)\b)" % "|".join(sorted(UNKNOWN)), chunk)
        for j, part in enumerate(parts):
            if not part:
                continue
            is_unknown = j % 2 == 1
            sub = [part]
            words = part.split(" ")
            if not is_unknown and len(words) > 14:
                cut = len(words) // 2
                sub = [" ".join(words[:cut]) + " ", " ".join(words[cut:])]
            for k, s in enumerate(sub):
                n += 1
                rsid = RSIDS[1 + (int(h8(seed + str(n)), 16) % (len(RSIDS) - 1))] if k else ""
                attr = ' w:rsidR="%s"' % rsid if rsid else ""
                props = rpr_base + rpr
                rp = "<w:rPr>%s</w:rPr>" % props if props else ""
                if is_unknown:
                    xml.append('<w:proofErr w:type="spellStart"/>')
                xml.append("<w:r%s>%s%s</w:r>" % (attr, rp, t_el(s)))
                if is_unknown:
                    xml.append('<w:proofErr w:type="spellEnd"/>')
    return "".join(xml)


def build_document(lines):
    heads = []
    for ln in lines:
        m = re.match(r"(H[12]): (.*)", ln)
        if m:
            heads.append((m.group(1), m.group(2)))
    # heading numbers and cached page numbers (as Word last laid the document out)
    numbered, c1, c2 = [], 0, 0
    pages = [1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 7]
    for i, (lvl, text) in enumerate(heads):
        if lvl == "H1":
            c1 += 1
            c2 = 0
            num = "%d." % c1
        else:
            c2 += 1
            num = "%d.%d" % (c1, c2)
        numbered.append((lvl, text, num, "_Toc2073%05d" % (41200 + i * 7), pages[min(i, len(pages) - 1)]))
    body = []
    bm = 0
    hi = 0
    list_num = [2]  # numIds: 1 headings, 2 bullets, 3.. numbered lists
    cur = None
    table = None
    pcount = 0

    def P(inner, ppr="", seed=None):
        nonlocal pcount
        pcount += 1
        s = seed or str(pcount)
        rsid = RSIDS[int(h8("r" + s), 16) % len(RSIDS)]
        pp = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
        return "<w:p %s>%s%s</w:p>" % (para_attrs(s, rsid), pp, inner)

    for ln in lines + [""]:
        if table is not None:
            if ln.startswith("|"):
                table.append([c.strip() for c in ln.strip().strip("|").split("|")])
                continue
            widths = [1400, 1000, 2300, 1300, 3026]
            x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
                 'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
            x += ['<w:gridCol w:w="%d"/>' % wd for wd in widths]
            x.append("</w:tblGrid>")
            for r, row in enumerate(table):
                trpr = "<w:trPr><w:tblHeader/></w:trPr>" if r == 0 else ""
                x.append('<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="%s">%s'
                         % (RSIDS[2], "2" + h8("tr%d" % r)[1:], h8("trt%d" % r), trpr))
                for c, cell in enumerate(row):
                    shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if r == 0 else ""
                    x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (widths[c], shd))
                    x.append(P(runs(cell, "tc%d.%d" % (r, c), "<w:b/><w:bCs/>" if r == 0 else ""),
                               "<w:spacing w:after=\"0\"/>"))
                    x.append("</w:tc>")
                x.append("</w:tr>")
            x.append("</w:tbl>")
            body.append("".join(x))
            table = None
        m = re.match(r"(TITLE|SUBTITLE|H1|H2|P|UL2|UL|OL|TABLE|TOC):? ?(.*)", ln)
        if not m:
            cur = None
            continue
        tag, text = m.group(1), m.group(2)
        if tag in ("UL", "UL2", "OL"):
            if tag == "OL":
                if cur != "OL":
                    list_num[0] += 1
                num_id = list_num[0]
            else:
                num_id = 2
            cur = "OL" if tag == "OL" else "UL"
            ilvl = 1 if tag == "UL2" else 0
            ppr = ('<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/>'
                   '</w:numPr>' % (ilvl, num_id))
            body.append(P(runs(text, ln), ppr, ln))
            continue
        cur = None
        if tag == "TITLE":
            body.append(P(runs(text, "title"), '<w:pStyle w:val="Title"/>', "title"))
        elif tag == "SUBTITLE":
            body.append(P(runs(text, "subtitle"), '<w:pStyle w:val="Subtitle"/>', "subtitle"))
        elif tag == "TOC":
            x = ['<w:sdt><w:sdtPr><w:id w:val="-1796214357"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                 '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr>'
                 '</w:sdtEndPr><w:sdtContent>']
            x.append(P('<w:r><w:t>Contents</w:t></w:r>', '<w:pStyle w:val="TOCHeading"/>', "tochead"))
            for i, (lvl, head, num, bmk, page) in enumerate(numbered):
                style = "TOC1" if lvl == "H1" else "TOC2"
                pos = 440 if lvl == "H1" else 880
                ppr = ('<w:pStyle w:val="%s"/><w:tabs><w:tab w:val="left" w:pos="%d"/>'
                       '<w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>'
                       '<w:rPr><w:rFonts w:eastAsia="Aptos"/><w:noProof/><w:lang w:eastAsia="en-IN"/></w:rPr>'
                       % (style, pos))
                inner = []
                if i == 0:
                    inner.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                                 '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
                inner.append('<w:hyperlink w:anchor="%s" w:history="1">' % bmk)
                inner.append('<w:r w:rsidRPr="%s"><w:rPr><w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr><w:t>%s</w:t></w:r>'
                             % (RSIDS[3], num))
                inner.append('<w:r><w:rPr><w:rFonts w:eastAsia="Aptos"/><w:noProof/>'
                             '<w:lang w:eastAsia="en-IN"/></w:rPr><w:tab/></w:r>')
                inner.append('<w:r w:rsidRPr="%s"><w:rPr><w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr>%s</w:r>'
                             % (RSIDS[3], t_el(autoformat(head))))
                inner.append('<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>'
                             '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                             '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
                             '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr></w:r>'
                             '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
                             '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:t>%d</w:t></w:r>'
                             '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
                             % (bmk, page))
                inner.append("</w:hyperlink>")
                x.append(P("".join(inner), ppr, "toc%d" % i))
            x.append(P('<w:r><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>',
                       "", "tocend"))
            x.append("</w:sdtContent></w:sdt>")
            body.append("".join(x))
        elif tag in ("H1", "H2"):
            lvl, head, num, bmk, page = numbered[hi]
            hi += 1
            style = "Heading1" if tag == "H1" else "Heading2"
            inner = ('<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>'
                     % (bm, bmk, runs(text, "h" + text), bm))
            bm += 1
            ppr = '<w:pStyle w:val="%s"/>' % style
            if tag == "H1" and hi > 1 and text.startswith("Case study: Cauvery"):
                ppr += '<w:pageBreakBefore/>'
            body.append(P(inner, ppr, "h" + text))
        elif tag == "P":
            body.append(P(runs(text, ln), "", ln))
        elif tag == "TABLE":
            table = []
    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:headerReference w:type="default" r:id="rId8"/>'
            '<w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % (RSIDS[0], RSIDS[0]))
    return (DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (W_NS, "".join(body), sect),
            list_num[0])


def numbering(last_num):
    abstract_heads = (
        '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="4C2B7A1E"/>'
        '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0809001F"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading3"/>'
        '<w:lvlText w:val="%1.%2.%3"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    abstract_bullets = (
        '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1F7D3A52"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="08090001"/>'
        '<w:lvl w:ilvl="0" w:tplc="08090001"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1" w:tplc="08090003" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr></w:lvl>'
        '</w:abstractNum>')
    abstract_numbers = (
        '<w:abstractNum w:abstractNumId="2" w15:restartNumberingAfterBreak="0"><w:nsid w:val="6B0E4F93"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0809000F"/>'
        '<w:lvl w:ilvl="0" w:tplc="0809000F"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1" w:tplc="08090019" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    nums = ['<w:num w:numId="1" w16cid:durableId="1402337716"><w:abstractNumId w:val="0"/></w:num>',
            '<w:num w:numId="2" w16cid:durableId="583410905"><w:abstractNumId w:val="1"/></w:num>']
    for n in range(3, last_num + 1):
        over = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if n > 3 else "")
        nums.append('<w:num w:numId="%d" w16cid:durableId="%d"><w:abstractNumId w:val="2"/>%s</w:num>'
                    % (n, int(h8("num%d" % n), 16) % 2000000000, over))
    return (DECL + '<w:numbering %s xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid">%s%s%s%s</w:numbering>'
            % (W_NS.replace('mc:Ignorable="w14 w15 wp14"', 'mc:Ignorable="w14 w15 w16cid wp14"'),
               abstract_heads, abstract_bullets, abstract_numbers, "".join(nums)))


STYLES = DECL + (
    '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Aptos" w:eastAsia="Aptos" '
    'w:hAnsi="Aptos" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
    '<w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/>'
    '<w:keepLines/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="360" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Aptos Display" w:eastAsia="Aptos Display" w:hAnsi="Aptos Display" '
    'w:cs="Times New Roman"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="40"/>'
    '<w:szCs w:val="40"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:link w:val="Heading2Char"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
    '<w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Aptos Display" '
    'w:eastAsia="Aptos Display" w:hAnsi="Aptos Display" w:cs="Times New Roman"/><w:color w:val="0F4761" '
    'w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/><w:rPr>'
    '<w:rFonts w:ascii="Aptos Display" w:eastAsia="Aptos Display" w:hAnsi="Aptos Display" w:cs="Times New Roman"/>'
    '<w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="Heading2Char"><w:name w:val="Heading 2 Char"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading2"/><w:uiPriority w:val="9"/><w:rPr>'
    '<w:rFonts w:ascii="Aptos Display" w:eastAsia="Aptos Display" w:hAnsi="Aptos Display" w:cs="Times New Roman"/>'
    '<w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="80" w:line="240" '
    'w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:ascii="Aptos Display" '
    'w:eastAsia="Aptos Display" w:hAnsi="Aptos Display" w:cs="Times New Roman"/><w:spacing w:val="-10"/>'
    '<w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="TitleChar"><w:name w:val="Title Char"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority w:val="10"/><w:rPr>'
    '<w:rFonts w:ascii="Aptos Display" w:eastAsia="Aptos Display" w:hAnsi="Aptos Display" w:cs="Times New Roman"/>'
    '<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr>'
    '</w:pPr><w:rPr><w:rFonts w:eastAsia="Aptos Display" w:cs="Times New Roman"/><w:color w:val="595959" '
    'w:themeColor="text1" w:themeTint="A6"/><w:spacing w:val="15"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>'
    '<w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
    '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr>'
    '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" '
    'w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right '
    'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:numPr><w:numId '
    'w:val="0"/></w:numPr><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="9"/></w:pPr><w:rPr>'
    '<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing '
    'w:after="100"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing '
    'w:after="100"/><w:ind w:left="220"/></w:pPr></w:style>'
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn '
    'w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" '
    'w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
    '<w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" '
    'w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    '</w:pPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="HeaderChar"><w:name w:val="Header Char"/><w:basedOn '
    'w:val="DefaultParagraphFont"/><w:link w:val="Header"/><w:uiPriority w:val="99"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
    '<w:link w:val="FooterChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" '
    'w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    '</w:pPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="FooterChar"><w:name w:val="Footer Char"/><w:basedOn '
    'w:val="DefaultParagraphFont"/><w:link w:val="Footer"/><w:uiPriority w:val="99"/></w:style>'
    '</w:styles>')

HEADER = DECL + (
    '<w:hdr %s><w:p %s><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:i/><w:iCs/>'
    '<w:color w:val="7F7F7F"/><w:sz w:val="18"/></w:rPr><w:t>Rhea \u2013 GS-II Mains notes \u2013 Inter-state water disputes</w:t>'
    '</w:r></w:p></w:hdr>') % (W_NS, para_attrs("hdr", RSIDS[0]))

FOOTER = DECL + (
    '<w:ftr %s><w:p %s><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> PAGE  \\* Arabic  \\* MERGEFORMAT </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> of </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES  \\* Arabic  \\* MERGEFORMAT </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>7</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>') % (W_NS, para_attrs("ftr", RSIDS[0]))

SETTINGS = DECL + (
    '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15">'
    '<w:zoom w:percent="110"/><w:proofState w:grammar="clean"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="enableOpenTypeFeatures" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="doNotFlipMirrorIndents" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="differentiateMultirowTableHeaders" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat><w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>'
    '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/>'
    '<m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
    '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang w:val="en-IN"/>'
    '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" '
    'w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
    'w:followedHyperlink="followedHyperlink"/><w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="1026"/>'
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/><w14:docId w14:val="3E1A7C52"/>'
    '<w15:chartTrackingRefBased/><w15:docId w15:val="{6F2D9B1A-4C3E-4A7B-9E21-5B8C0D4F7A13}"/></w:settings>'
) % (RSIDS[0], "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS)))

WEBSETTINGS = DECL + (
    '<w:webSettings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
    '<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>')

FONTS = DECL + (
    '<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
    '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/><w:family w:val="roman"/>'
    '<w:pitch w:val="variable"/><w:sig w:usb0="00000000" w:usb1="10000000" w:usb2="00000000" w:usb3="00000000" '
    'w:csb0="80000000" w:csb1="00000000"/></w:font>'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/>'
    '<w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
    '<w:font w:name="Aptos"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Aptos Display"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '</w:fonts>')

CONTENT_TYPES = DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')

RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

DOC_RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings" Target="webSettings.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '</Relationships>')

CORE = DECL + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Rhea Kulkarni</dc:creator><cp:keywords></cp:keywords>'
    '<dc:description></dc:description><cp:lastModifiedBy>Rhea Kulkarni</cp:lastModifiedBy><cp:revision>23</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-02T15:41:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-09-14T17:08:00Z</dcterms:modified></cp:coreProperties>')


def app_xml(words, chars):
    return DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>Normal.dotm</Template><TotalTime>412</TotalTime><Pages>7</Pages><Words>%d</Words>'
        '<Characters>%d</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" '
        'baseType="variant"><vt:variant><vt:lpstr>Title</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>'
        '</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr></vt:lpstr></vt:vector>'
        '</TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
        '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
    ) % (words, chars, chars // 60, words // 14, chars + words)


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    document, last_num = build_document(lines)
    plain = re.sub(r"<[^>]+>", " ", document.split("<w:body>")[1])
    words = len(plain.split())
    chars = len("".join(plain.split()))
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/header1.xml", HEADER),
        ("word/footer1.xml", FOOTER),
        ("word/numbering.xml", numbering(last_num)),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/webSettings.xml", WEBSETTINGS),
        ("word/fontTable.xml", FONTS),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", app_xml(words, chars)),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"))


if __name__ == "__main__":
    build()
