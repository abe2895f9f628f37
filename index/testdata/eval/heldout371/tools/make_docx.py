#!/usr/bin/python3
"""Re-make docs/iwt-notes-gs3-infrastructure.docx byte for byte.

A student's notes as Word for Microsoft 365 (16.0, Windows, en-IN) saves them: the zip is written
the way Office writes it (entries deflated with the "super fast" flag, version 2.0 FAT, every
entry stamped 1980-01-01 00:00, [Content_Types].xml first), each XML part on one line after a
declaration and CRLF. The parts are the ones Word 365 writes for a document with a comment:
document, styles (with latent styles and the 2023 Aptos defaults), numbering (a bullet list and a
"1. / a." multilevel list with en-IN template codes), settings (rsids, compat mode 15, docIds),
webSettings, fontTable, the 2023 Office theme, comments with commentsExtended, commentsIds,
commentsExtensible and people, the bibliography customXml item, core and app properties.

The body: a Title and a byline paragraph, Heading 1 / Heading 2 styles, bullet items, a numbered
list with lettered sub-items, a two-column Table Grid table of waterways, bold keywords, one
comment anchored on "Harit Nauka guidelines", a "Current Affairs" heading with dated paragraphs
and a closing practice question. Word's habits are kept: runs split where editing sessions
differ (w:rsidR), spelling marks (w:proofErr) around Indian place names, AutoCorrect's "-->"
stored as a Wingdings arrow (w:sym F0E0, no text), ordinals typed as 1st / 2nd with a
superscript suffix run, w14:paraId / w14:textId on every paragraph.

Source text: tools/iwt-notes-gs3-infrastructure.txt ("# " / "## " headings, "- " bullets,
"1. " / "   a. " numbered items, "| " table rows, **bold**, {{anchor|comment}}, %title, %sub).
Usage: make_docx.py [OUT.docx]   (default: docs/iwt-notes-gs3-infrastructure.docx)
"""
import hashlib
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "iwt-notes-gs3-infrastructure.txt")
OUT = os.path.join(ROOT, "docs", "iwt-notes-gs3-infrastructure.docx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
        'xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" '
        'xmlns:cx2="http://schemas.microsoft.com/office/drawing/2015/10/21/chartex" '
        'xmlns:cx3="http://schemas.microsoft.com/office/drawing/2016/5/9/chartex" '
        'xmlns:cx4="http://schemas.microsoft.com/office/drawing/2016/5/10/chartex" '
        'xmlns:cx5="http://schemas.microsoft.com/office/drawing/2016/5/11/chartex" '
        'xmlns:cx6="http://schemas.microsoft.com/office/drawing/2016/5/12/chartex" '
        'xmlns:cx7="http://schemas.microsoft.com/office/drawing/2016/5/13/chartex" '
        'xmlns:cx8="http://schemas.microsoft.com/office/drawing/2016/5/14/chartex" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
        'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:oel="http://schemas.microsoft.com/office/2019/extlst" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
        'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
        'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
        'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
        'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
        'xmlns:w16sdtfl="http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock" '
        'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16sdtfl w16du wp14"')
W_NS_SHORT = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
              'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
              'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
              'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
              'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
              'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
              'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
              'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
              'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
              'xmlns:w16sdtfl="http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock" '
              'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
              'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16sdtfl w16du"')

# editing sessions of the file, oldest first (settings.xml lists them sorted)
RSIDS = ["00A71C2E", "00B4F06D", "00C2E9A1", "0112D7F3", "01A9B5C8", "0240E6D1", "02C71F94", "0354AE2B",
         "03D80C67", "046B2F19", "04E5D3A0", "05A1C8E2", "0613F74B", "06B9E25D", "0785A0C3"]
SPELL = {"Sahibganj", "Kalughat", "Daudkandi", "Jalvahak", "Nauka", "Dhubri", "Sadiya", "Kottapuram",
         "Champakara", "Udyogmandal", "Daikhowa", "Zakiganj", "Sirajganj", "Ashuganj", "Dhulian", "Kolaghat",
         "Sonamura", "Jogighopa", "Lakhipur", "Bhanga", "Thoothukudi", "Ghazipur", "Bhagirathi", "Vikramshila",
         "Neamati", "Majuli", "Bettiah", "Mangalpur", "Rupnarayan", "Dibrugarh", "Maia", "Gumti", "Barak",
         "Kakinada", "Brahmani", "Antara", "MoPSW", "IWAI", "MMT", "JMVP", "ICSL", "IWDC", "MAKV", "PIWTT"}
AUTHOR, INITIALS = "Ritika Sharma", "RS"


def h8(*parts):
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:8].upper()


def para_ids(n):
    p = int(h8("para", n), 16) & 0x7FFFFFFF
    t = int(h8("text", n), 16) & 0x7FFFFFFF
    return "%08X" % p, "%08X" % t


def rsid_for(n, k=0):
    return RSIDS[int(h8("rsid", n, k), 16) % len(RSIDS)]


def x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------- source
def read_source():
    meta, items = {}, []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line.strip():
            continue
        m = re.match(r"%(\w+) (.*)$", line)
        if m:
            items.append((m.group(1), m.group(2).strip()))
            continue
        if line.startswith("## "):
            items.append(("h2", line[3:].strip()))
        elif line.startswith("# "):
            items.append(("h1", line[2:].strip()))
        elif line.startswith("- "):
            items.append(("bullet", line[2:].strip()))
        elif re.match(r"\d+\. ", line):
            items.append(("num0", line.split(". ", 1)[1].strip()))
        elif re.match(r"\s+[a-z]\. ", line):
            items.append(("num1", line.strip().split(". ", 1)[1].strip()))
        elif line.startswith("| "):
            cells = [c.strip() for c in line[2:].split("|")]
            if items and items[-1][0] == "table":
                items[-1][1].append(cells)
            else:
                items.append(("table", [cells]))
        else:
            items.append(("p", line.strip()))
    return items


# ----------------------------------------------------------------------------- runs
def segments(text):
    """[(kind, text, bold)] for **bold**, {{anchor|comment}} and plain text."""
    out = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\{\{(.+?)\|(.+?)\}\}", text):
        if m.start() > pos:
            out.append(("t", text[pos:m.start()], False))
        if m.group(1) is not None:
            out.append(("t", m.group(1), True))
        else:
            out.append(("comment", m.group(2), m.group(3)))
        pos = m.end()
    if pos < len(text):
        out.append(("t", text[pos:], False))
    return out


def t_el(s):
    if s != s.strip() or "  " in s:
        return '<w:t xml:space="preserve">%s</w:t>' % x(s)
    return "<w:t>%s</w:t>" % x(s)


def rpr(bold=False, sup=False, style=None, fonts=None):
    inner = ""
    if style:
        inner += '<w:rStyle w:val="%s"/>' % style
    if fonts:
        inner += '<w:rFonts w:ascii="%s" w:hAnsi="%s"/>' % (fonts, fonts)
    if bold:
        inner += "<w:b/><w:bCs/>"
    if sup:
        inner += '<w:vertAlign w:val="superscript"/>'
    return "<w:rPr>%s</w:rPr>" % inner if inner else ""


def text_runs(s, bold, pn, seg):
    """Word runs for a stretch of text: split by editing session, ordinals, arrows and spelling marks."""
    out = []
    # pieces: arrow symbols, ordinal suffixes, words to spell-mark, plain
    tokens = re.split(r"(\u2192|(?<=\d)(?:st|nd|rd|th)\b|\b(?:%s)\b)" % "|".join(sorted(SPELL, key=len, reverse=True)), s)
    k = 0
    for tok in tokens:
        if not tok:
            continue
        k += 1
        rs = rsid_for(pn, seg * 100 + k)
        if tok == "\u2192":
            out.append('<w:r w:rsidR="%s"><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>%s</w:rPr>'
                       '<w:sym w:font="Wingdings" w:char="F0E0"/></w:r>' % (rs, "<w:b/><w:bCs/>" if bold else ""))
        elif tok in ("st", "nd", "rd", "th") and out:
            out.append('<w:r w:rsidR="%s">%s%s</w:r>' % (rs, rpr(bold, True), t_el(tok)))
        elif tok in SPELL:
            out.append('<w:proofErr w:type="spellStart"/><w:r w:rsidR="%s">%s%s</w:r><w:proofErr w:type="spellEnd"/>'
                       % (rs, rpr(bold), t_el(tok)))
        else:
            # a long plain stretch is sometimes split where a later session typed into it
            parts = [tok]
            if len(tok) > 60 and int(h8("split", pn, k), 16) % 3 == 0:
                cut = tok.find(" ", len(tok) // 2)
                if cut > 0:
                    parts = [tok[:cut], tok[cut:]]
            for j, part in enumerate(parts):
                out.append('<w:r w:rsidR="%s">%s%s</w:r>' % (rsid_for(pn, seg * 100 + k + 50 * j) if j else rs,
                                                              rpr(bold), t_el(part)))
    return out


def paragraph(pn, text, ppr="", comments=None):
    pid, tid = para_ids(pn)
    rs = rsid_for(pn)
    runs = []
    for si, seg in enumerate(segments(text)):
        if seg[0] == "t":
            runs += text_runs(seg[1], seg[2], pn, si)
        else:
            cid = len(comments)
            comments.append((cid, seg[2], pn))
            runs.append('<w:commentRangeStart w:id="%d"/>' % cid)
            runs += text_runs(seg[1], True, pn, si)
            runs.append('<w:commentRangeEnd w:id="%d"/><w:r w:rsidR="%s">%s<w:commentReference w:id="%d"/></w:r>'
                        % (cid, rsid_for(pn, 999), rpr(style="CommentReference"), cid))
    return ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>'
            % (pid, tid, rs, rs, rsid_for(pn, -1), ppr, "".join(runs)))


def table(pn0, rows, comments):
    widths = (1555, 7461)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" '
           'w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/></w:tblGrid>' % widths]
    pn = pn0
    for r, cells in enumerate(rows):
        pid, tid = para_ids("tr%d" % pn)
        out.append('<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="%s">' % (rsid_for(pn, "tr"), pid, tid))
        for c, cell in enumerate(cells):
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if r == 0 else ""
            text = "**%s**" % cell if (r == 0 or c == 0) else cell
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                       % (widths[c], shade, paragraph(pn, text, "", comments)))
            pn += 1
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out), pn


def build_document(items):
    body, comments = [], []
    pn = 1
    nid, prev = 1, None
    for kind, val in items:
        if kind in ("num0", "num1") and prev not in ("num0", "num1"):
            nid += 1
        prev = kind
        if kind == "title":
            body.append(paragraph(pn, val, '<w:pPr><w:pStyle w:val="Title"/></w:pPr>', comments))
        elif kind == "sub":
            body.append(paragraph(pn, val, '<w:pPr><w:pStyle w:val="Subtitle"/></w:pPr>', comments))
        elif kind == "h1":
            body.append(paragraph(pn, val, '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', comments))
        elif kind == "h2":
            body.append(paragraph(pn, val, '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>', comments))
        elif kind == "bullet":
            body.append(paragraph(pn, val, '<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                                           '<w:numId w:val="1"/></w:numPr></w:pPr>', comments))
        elif kind in ("num0", "num1"):
            lvl = kind[-1]
            body.append(paragraph(pn, val, '<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="%s"/>'
                                           '<w:numId w:val="%d"/></w:numPr></w:pPr>' % (lvl, nid), comments))
        elif kind == "table":
            t, pn = table(pn, val, comments)
            body.append(t)
            body.append(paragraph(pn, "", "", comments))
        else:
            body.append(paragraph(pn, val, "", comments))
        pn += 1
    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" '
            'w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % (RSIDS[0], RSIDS[0]))
    doc = DECL + "<w:document %s><w:body>%s%s</w:body></w:document>" % (W_NS, "".join(body), sect)
    return doc, comments, nid - 1


# ----------------------------------------------------------------------------- other parts
def comments_parts(comments):
    cs, ex, ids, ext = [], [], [], []
    for cid, text, pn in comments:
        pid, tid = para_ids("c%d" % cid)
        durable = "%08X" % (int(h8("durable", cid), 16) & 0x7FFFFFFF)
        cs.append('<w:comment w:id="%d" w:author="%s" w:date="2025-03-02T21:14:00Z" w:initials="%s">'
                  '<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr>'
                  '<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                  '<w:annotationRef/></w:r><w:r>%s</w:r></w:p></w:comment>'
                  % (cid, AUTHOR, INITIALS, pid, tid, RSIDS[9], RSIDS[9], RSIDS[9], t_el(text)))
        ex.append('<w15:commentEx w15:paraId="%s" w15:done="0"/>' % pid)
        ids.append('<w16cid:commentId w16cid:paraId="%s" w16cid:durableId="%s"/>' % (pid, durable))
        ext.append('<w16cex:commentExtensible w16cex:durableId="%s" w16cex:dateUtc="2025-03-02T15:44:00Z"/>' % durable)
    c = DECL + "<w:comments %s>%s</w:comments>" % (W_NS, "".join(cs))
    e = DECL + "<w15:commentsEx %s>%s</w15:commentsEx>" % (W_NS, "".join(ex))
    i = DECL + "<w16cid:commentsIds %s>%s</w16cid:commentsIds>" % (W_NS, "".join(ids))
    x_ = DECL + ('<w16cex:commentsExtensible %s xmlns:cr="http://schemas.microsoft.com/office/comments/2020/reactions">%s'
                 '</w16cex:commentsExtensible>' % (W_NS, "".join(ext)))
    return c, e, i, x_


LATENT = (["Normal", "heading 1"] + ["heading %d" % i for i in range(2, 10)] +
          ["index %d" % i for i in range(1, 10)] + ["toc %d" % i for i in range(1, 10)] +
          ["Normal Indent", "footnote text", "annotation text", "header", "footer", "index heading", "caption",
           "table of figures", "envelope address", "envelope return", "footnote reference", "annotation reference",
           "line number", "page number", "endnote reference", "endnote text", "table of authorities", "macro",
           "toa heading", "List", "List Bullet", "List Number", "List 2", "List 3", "List 4", "List 5",
           "List Bullet 2", "List Bullet 3", "List Bullet 4", "List Bullet 5", "List Number 2", "List Number 3",
           "List Number 4", "List Number 5", "Title", "Closing", "Signature", "Default Paragraph Font", "Body Text",
           "Body Text Indent", "List Continue", "Message Header", "Subtitle", "Salutation", "Date",
           "Body Text First Indent", "Note Heading", "Block Text", "Hyperlink", "FollowedHyperlink", "Strong",
           "Emphasis", "Document Map", "Plain Text", "E-mail Signature", "Normal (Web)", "HTML Acronym",
           "HTML Address", "HTML Cite", "HTML Code", "HTML Keyboard", "HTML Preformatted", "HTML Sample",
           "HTML Typewriter", "HTML Variable", "Normal Table", "annotation subject", "No List", "Outline List 1",
           "Balloon Text", "Table Grid", "Placeholder Text", "No Spacing", "Light Shading", "Light List",
           "Light Grid", "Medium Shading 1", "Revision", "List Paragraph", "Quote", "Intense Quote",
           "Subtle Emphasis", "Intense Emphasis", "Subtle Reference", "Intense Reference", "Book Title",
           "Bibliography", "TOC Heading", "Plain Table 1", "Plain Table 2", "Grid Table 1 Light",
           "Grid Table 4", "List Table 1 Light", "List Table 4", "Mention", "Smart Hyperlink", "Hashtag",
           "Unresolved Mention", "Smart Link"])
QFORMAT = {"Normal", "heading 1", "heading 2", "heading 3", "heading 4", "heading 5", "heading 6", "heading 7",
           "heading 8", "heading 9", "caption", "Title", "Subtitle", "Strong", "Emphasis", "No Spacing",
           "List Paragraph", "Quote", "Intense Quote", "Subtle Emphasis", "Intense Emphasis", "Subtle Reference",
           "Intense Reference", "Book Title", "TOC Heading"}
PRIORITY = {"Normal": 0, "heading 1": 9, "Title": 10, "Subtitle": 11, "Default Paragraph Font": 1,
            "Table Grid": 39, "List Paragraph": 34, "Strong": 22, "Emphasis": 20, "No Spacing": 1,
            "Quote": 29, "Intense Quote": 30, "Book Title": 33, "Bibliography": 37, "TOC Heading": 39,
            "caption": 35}


def styles_xml():
    lat = []
    for name in LATENT:
        pr = PRIORITY.get(name, 9 if name.startswith("heading") else 99)
        attrs = ' w:name="%s" w:uiPriority="%d"' % (name, pr)
        if pr == 99 or name.startswith("index") or name in ("footnote text", "annotation text", "header", "footer"):
            attrs = ' w:name="%s" w:semiHidden="1" w:uiPriority="99" w:unhideWhenUsed="1"' % name
        if name.startswith("heading ") and name != "heading 1":
            attrs = ' w:name="%s" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1"' % name
        if name in QFORMAT:
            attrs += ' w:qFormat="1"'
        lat.append("<w:lsdException%s/>" % attrs)
    h = lambda sid, name, lvl, sz, before, after, char: (
        '<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="%s"/><w:uiPriority w:val="9"/>%s<w:qFormat/><w:pPr><w:keepNext/>'
        '<w:keepLines/><w:spacing w:before="%d" w:after="%d"/><w:outlineLvl w:val="%d"/></w:pPr><w:rPr><w:rFonts '
        'w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
        '<w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>'
        '</w:rPr></w:style>' % (sid, name, char, "" if lvl == 0 else '<w:unhideWhenUsed/>', before, after, lvl, sz, sz))
    hc = lambda sid, name, link, sz: (
        '<w:style w:type="character" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/><w:basedOn '
        'w:val="DefaultParagraphFont"/><w:link w:val="%s"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts '
        'w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
        '<w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>'
        '</w:rPr></w:style>' % (sid, name, link, sz, sz))
    s = [DECL, "<w:styles %s>" % W_NS_SHORT,
         '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
         'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
         '<w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/>'
         '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="278" w:lineRule="auto"/>'
         '</w:pPr></w:pPrDefault></w:docDefaults>',
         '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
         'w:defQFormat="0" w:count="376">%s</w:latentStyles>' % "".join(lat),
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
         '</w:style>',
         h("Heading1", "heading 1", 0, 40, 360, 80, "Heading1Char"),
         h("Heading2", "heading 2", 1, 32, 160, 80, "Heading2Char"),
         '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default '
         'Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
         '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority '
         'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top '
         'w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" '
         'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
         '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority '
         'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
         hc("Heading1Char", "Heading 1 Char", "Heading1", 40),
         hc("Heading2Char", "Heading 2 Char", "Heading2", 32),
         '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next '
         'w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing '
         'w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts '
         'w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
         '<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>',
         '<w:style w:type="character" w:customStyle="1" w:styleId="TitleChar"><w:name w:val="Title Char"/><w:basedOn '
         'w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority w:val="10"/><w:rPr><w:rFonts '
         'w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
         '<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>',
         '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
         '<w:next w:val="Normal"/><w:link w:val="SubtitleChar"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr>'
         '<w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia" '
         'w:cstheme="majorBidi"/><w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/><w:spacing '
         'w:val="15"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>',
         '<w:style w:type="character" w:customStyle="1" w:styleId="SubtitleChar"><w:name w:val="Subtitle Char"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Subtitle"/><w:uiPriority w:val="11"/><w:rPr>'
         '<w:rFonts w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/><w:color w:val="595959" '
         'w:themeColor="text1" w:themeTint="A6"/><w:spacing w:val="15"/><w:sz w:val="28"/><w:szCs w:val="28"/>'
         '</w:rPr></w:style>',
         '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
         'w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/>'
         '</w:pPr></w:style>',
         '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
         '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr>'
         '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" '
         'w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right '
         'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" '
         'w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
         '</w:style>',
         '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn '
         'w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz '
         'w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>',
         '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn '
         'w:val="Normal"/><w:link w:val="CommentTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>'
         '<w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'
         '</w:style>',
         '<w:style w:type="character" w:customStyle="1" w:styleId="CommentTextChar"><w:name w:val="Comment Text '
         'Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="CommentText"/><w:uiPriority w:val="99"/>'
         '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
         '<w:style w:type="paragraph" w:styleId="CommentSubject"><w:name w:val="annotation subject"/><w:basedOn '
         'w:val="CommentText"/><w:next w:val="CommentText"/><w:link w:val="CommentSubjectChar"/><w:uiPriority '
         'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
         '<w:style w:type="character" w:customStyle="1" w:styleId="CommentSubjectChar"><w:name w:val="Comment '
         'Subject Char"/><w:basedOn w:val="CommentTextChar"/><w:link w:val="CommentSubject"/><w:uiPriority '
         'w:val="99"/><w:semiHidden/><w:rPr><w:b/><w:bCs/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
         "</w:styles>"]
    return "".join(s)


def lvl_xml(i, fmt, text, left, font=None, tplc="", tentative=False):
    rp = ('<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr>' % (font, font)) if font else ""
    return ('<w:lvl w:ilvl="%d" w:tplc="%s"%s><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
            % (i, tplc, ' w:tentative="1"' if tentative else "", fmt, text,
               "right" if fmt == "lowerRoman" else "left", left, 180 if fmt == "lowerRoman" else 360, rp))


def numbering_xml(nlists):
    bullets = []
    sym = [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings")]
    for i in range(9):
        ch, font = sym[i % 3]
        bullets.append(lvl_xml(i, "bullet", ch, 720 + 720 * i, font,
                               "4009000%d" % (1 if i % 3 == 0 else 3 if i % 3 == 1 else 5), i > 0))
    nums = []
    fmts = [("decimal", "%{}."), ("lowerLetter", "%{}."), ("lowerRoman", "%{}.")]
    for i in range(9):
        f, t = fmts[i % 3]
        nums.append(lvl_xml(i, f, t.format(i + 1), 720 + 720 * i, None,
                            "4009%04X" % (0xF if f == "decimal" else 0x19 if f == "lowerLetter" else 0x1B), i > 1))
    body = ('<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1C4F2A63"/>'
            '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="40090001"/>%s</w:abstractNum>'
            % "".join(bullets))
    for k in range(1, nlists + 1):
        body += ('<w:abstractNum w:abstractNumId="%d" w15:restartNumberingAfterBreak="0"><w:nsid w:val="%s"/>'
                 '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="4009000F"/>%s</w:abstractNum>'
                 % (k, h8("nsid", k), "".join(nums)))
    for k in range(0, nlists + 1):
        body += ('<w:num w:numId="%d" w16cid:durableId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                 % (k + 1, int(h8("numdur", k), 16) & 0x7FFFFFFF, k))
    return DECL + "<w:numbering %s>%s</w:numbering>" % (W_NS, body)


def settings_xml():
    rs = "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS))
    return (DECL + '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
            'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
            'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
            'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
            'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
            'xmlns:w16sdtfl="http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock" '
            'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
            'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" '
            'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16sdtfl w16du">'
            '<w:zoom w:percent="110"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="15"/><w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="enableOpenTypeFeatures" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="doNotFlipMirrorIndents" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
            'w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="useWord2013TrackBottomHyphenation" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="0"/></w:compat><w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids><m:mathPr><m:mathFont '
            'm:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/>'
            '<m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent '
            'm:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang '
            'w:val="en-IN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" '
            'w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" '
            'w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
            '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="1026"/><o:shapelayout v:ext="edit"><o:idmap '
            'v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val="."/><w:listSeparator '
            'w:val=","/><w14:docId w14:val="2F6B1A4D"/><w15:chartTrackingRefBased/><w15:docId '
            'w15:val="{8C1E3B57-2A94-4D0F-B6E8-3F7A9C215D40}"/></w:settings>' % (RSIDS[0], rs))


THEME = (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>'
         '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr '
         'val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E2841"/></a:dk2><a:lt2><a:srgbClr '
         'val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/></a:accent1><a:accent2><a:srgbClr val="E97132"/>'
         '</a:accent2><a:accent3><a:srgbClr val="196B24"/></a:accent3><a:accent4><a:srgbClr val="0F9ED5"/></a:accent4>'
         '<a:accent5><a:srgbClr val="A02B93"/></a:accent5><a:accent6><a:srgbClr val="4EA72E"/></a:accent6><a:hlink>'
         '<a:srgbClr val="467886"/></a:hlink><a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme>'
         '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Aptos Display" panose="02110004020202020204"/>'
         '<a:ea typeface=""/><a:cs typeface=""/><a:font script="Deva" typeface="Mangal"/><a:font script="Beng" '
         'typeface="Vrinda"/><a:font script="Arab" typeface="Times New Roman"/></a:majorFont><a:minorFont><a:latin '
         'typeface="Aptos" panose="02110004020202020204"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Deva" '
         'typeface="Mangal"/><a:font script="Beng" typeface="Vrinda"/><a:font script="Arab" typeface="Arial"/>'
         '</a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr '
         'val="phClr"/></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr">'
         '<a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="50000">'
         '<a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/></a:schemeClr>'
         '</a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="109000"/><a:tint '
         'val="81000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill><a:gradFill '
         'rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:satMod val="103000"/><a:lumMod '
         'val="102000"/><a:tint val="94000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:satMod '
         'val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/></a:schemeClr></a:gs><a:gs pos="100000">'
         '<a:schemeClr val="phClr"><a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/></a:schemeClr>'
         '</a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill></a:fillStyleLst><a:lnStyleLst><a:ln w="12700" '
         'cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash '
         'val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>'
         '<a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln '
         'w="25400" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash '
         'val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/>'
         '</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw '
         'blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha '
         'val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint '
         'val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs '
         'pos="0"><a:schemeClr val="phClr"><a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/><a:lumMod '
         'val="102000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:tint val="98000"/><a:satMod '
         'val="130000"/><a:shade val="90000"/><a:lumMod val="103000"/></a:schemeClr></a:gs><a:gs pos="100000">'
         '<a:schemeClr val="phClr"><a:shade val="63000"/><a:satMod val="120000"/></a:schemeClr></a:gs></a:gsLst><a:lin '
         'ang="5400000" scaled="0"/></a:gradFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults>'
         '<a:lnDef><a:spPr/><a:bodyPr/><a:lstStyle/><a:style><a:lnRef idx="2"><a:schemeClr val="accent1"/></a:lnRef>'
         '<a:fillRef idx="0"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="1"><a:schemeClr val="accent1"/>'
         '</a:effectRef><a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef></a:style></a:lnDef>'
         '</a:objectDefaults><a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}">'
         '<thm15:themeFamily xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
         'id="{2E142A2C-CD16-42D6-873A-C26D2A0506FA}" vid="{1BDDFF52-6CD6-40A5-AB3C-68EB2F1E4D0A}"/></a:ext></a:extLst>'
         '</a:theme>')

FONTS = (DECL + '<w:fonts %s>' % W_NS_SHORT +
         '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/><w:family '
         'w:val="roman"/><w:pitch w:val="variable"/><w:sig w:usb0="00000000" w:usb1="10000000" w:usb2="00000000" '
         'w:usb3="00000000" w:csb0="80000000" w:csb1="00000000"/></w:font>'
         '<w:font w:name="Aptos"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/><w:sig '
         'w:usb0="20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" w:csb1="00000000"/>'
         '</w:font>'
         '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family '
         'w:val="roman"/><w:pitch w:val="variable"/><w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" '
         'w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>'
         '<w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/><w:family '
         'w:val="modern"/><w:pitch w:val="fixed"/><w:sig w:usb0="E0002EFF" w:usb1="C0007843" w:usb2="00000009" '
         'w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>'
         '<w:font w:name="Wingdings"><w:panose1 w:val="05000000000000000000"/><w:charset w:val="02"/><w:family '
         'w:val="auto"/><w:pitch w:val="variable"/><w:sig w:usb0="00000000" w:usb1="10000000" w:usb2="00000000" '
         'w:usb3="00000000" w:csb0="80000000" w:csb1="00000000"/></w:font>'
         '<w:font w:name="Aptos Display"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
         '<w:sig w:usb0="20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" '
         'w:csb1="00000000"/></w:font></w:fonts>')

WEBSETTINGS = (DECL + '<w:webSettings %s><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % W_NS_SHORT)
PEOPLE = (DECL + '<w15:people %s><w15:person w15:author="%s"><w15:presenceInfo w15:providerId="Windows Live" '
          'w15:userId="6f1c0d2b93a4e857"/></w15:person></w15:people>' % (W_NS, AUTHOR))
ITEM1 = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/'
         'officeDocument/2006/bibliography" xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" '
         'SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6"></b:Sources>\r\n')
ITEMPROPS1 = (DECL.replace('standalone="yes"', 'standalone="no"') +
              '<ds:datastoreItem ds:itemID="{4B2E7A90-1C63-4F58-9D0E-6A81C3F5B274}" '
              'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef '
              'ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs>'
              '</ds:datastoreItem>')
ITEM1_RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
              'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" '
              'Target="itemProps1.xml"/></Relationships>')
ROOT_RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats'
             '.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship '
             'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
             'Target="word/document.xml"/></Relationships>')
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DOC_RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(
    '<Relationship Id="%s" Type="%s" Target="%s"/>' % (i, t, g) for i, t, g in [
        ("rId8", "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds", "commentsIds.xml"),
        ("rId13", R + "theme", "theme/theme1.xml"),
        ("rId3", R + "styles", "styles.xml"),
        ("rId7", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml"),
        ("rId12", "http://schemas.microsoft.com/office/2011/relationships/people", "people.xml"),
        ("rId2", R + "numbering", "numbering.xml"),
        ("rId1", R + "customXml", "../customXml/item1.xml"),
        ("rId6", R + "comments", "comments.xml"),
        ("rId11", R + "fontTable", "fontTable.xml"),
        ("rId5", R + "webSettings", "webSettings.xml"),
        ("rId4", R + "settings", "settings.xml"),
        ("rId9", "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
         "commentsExtensible.xml")]) + "</Relationships>")
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CONTENT_TYPES = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>' + "".join(
                     '<Override PartName="%s" ContentType="%s"/>' % (p, c) for p, c in [
                         ("/word/document.xml", CT + "document.main+xml"),
                         ("/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"),
                         ("/word/numbering.xml", CT + "numbering+xml"),
                         ("/word/styles.xml", CT + "styles+xml"),
                         ("/word/settings.xml", CT + "settings+xml"),
                         ("/word/webSettings.xml", CT + "webSettings+xml"),
                         ("/word/comments.xml", CT + "comments+xml"),
                         ("/word/commentsExtended.xml", CT + "commentsExtended+xml"),
                         ("/word/commentsIds.xml", CT + "commentsIds+xml"),
                         ("/word/commentsExtensible.xml", CT + "commentsExtensible+xml"),
                         ("/word/fontTable.xml", CT + "fontTable+xml"),
                         ("/word/people.xml", CT + "people+xml"),
                         ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
                         ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                         ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")])
                 + "</Types>")


def core_xml():
    return (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
            '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>23</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-18T10:32:00Z</dcterms:created><dcterms:modified '
            'xsi:type="dcterms:W3CDTF">2025-05-03T08:57:00Z</dcterms:modified></cp:coreProperties>' % (AUTHOR, AUTHOR))


def app_xml(words, chars, chars_sp, paras, lines):
    return (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
            '</Template><TotalTime>412</TotalTime><Pages>5</Pages><Words>%d</Words><Characters>%d</Characters>'
            '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>%d</Lines>'
            '<Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false'
            '</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
            % (words, chars, lines, paras, chars_sp))


# ----------------------------------------------------------------------------- zip (as Office writes it)
def office_zip(entries):
    out = bytearray()
    central = bytearray()
    for name, data in entries:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(raw) + co.flush()
        crc = zlib.crc32(raw) & 0xFFFFFFFF
        fn = name.encode("ascii")
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 6, 8, 0, 0x0021, crc, len(comp), len(raw), len(fn), 0)
        out += fn + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 6, 8, 0, 0x0021, crc, len(comp), len(raw),
                               len(fn), 0, 0, 0, 0, 0, off)
        central += fn
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_off, 0)
    return bytes(out)


def main():
    items = read_source()
    doc, comments, nlists = build_document(items)
    c, e, i, xt = comments_parts(comments)
    plain = re.sub(r"<[^>]+>", " ", doc)
    texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", doc)
    words = len(" ".join(texts).split())
    chars = len("".join(t.replace(" ", "") for t in texts))
    chars_sp = len("".join(texts)) + doc.count("<w:p ")
    paras = sum(1 for it in items if it[0] != "table") + sum(len(it[1]) * 2 for it in items if it[0] == "table")
    entries = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS), ("word/document.xml", doc),
               ("word/_rels/document.xml.rels", DOC_RELS), ("word/comments.xml", c),
               ("word/commentsExtended.xml", e), ("word/commentsIds.xml", i), ("word/commentsExtensible.xml", xt),
               ("word/theme/theme1.xml", THEME), ("word/settings.xml", settings_xml()),
               ("customXml/item1.xml", ITEM1), ("customXml/itemProps1.xml", ITEMPROPS1),
               ("word/numbering.xml", numbering_xml(nlists)), ("word/styles.xml", styles_xml()),
               ("word/webSettings.xml", WEBSETTINGS), ("word/fontTable.xml", FONTS), ("word/people.xml", PEOPLE),
               ("docProps/core.xml", core_xml()), ("docProps/app.xml", app_xml(words, chars, chars_sp, paras, words // 11)),
               ("customXml/_rels/item1.xml.rels", ITEM1_RELS)]
    del plain
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(office_zip(entries))


if __name__ == "__main__":
    main()
