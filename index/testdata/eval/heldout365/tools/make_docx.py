#!/usr/bin/python3
"""Re-make docs/ken-betwa-handout-sankalp-ias.docx from tools/ken-betwa-handout-sankalp-ias.txt.

The file is shaped as Word for Microsoft 365 (build 16.0, Windows) saves a reviewed handout: the
package parts Word writes ([Content_Types].xml first, docProps last), every entry deflated and
stamped 1980-01-01 00:00 as Word does, each XML part a declaration + CRLF + one long line; the body
with rsid attributes, w14:paraId / w14:textId, proofErr marks around words the speller does not
know, Heading 1 / Heading 2 / Title / Subtitle / List Paragraph styles, numbered and bulleted lists
from numbering.xml, a Table Grid table with a repeated, shaded header row, comment ranges with
replies (comments.xml, commentsExtended.xml, commentsIds.xml, commentsExtensible.xml, people.xml),
one tracked deletion and two tracked insertions, a header and a footer with PAGE / NUMPAGES fields.
Deterministic: fixed dates, ids derived from CRC-32 of fixed strings, no randomness.
Usage: make_docx.py [output path]  (default: docs/ken-betwa-handout-sankalp-ias.docx)
"""
import os
import re
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "ken-betwa-handout-sankalp-ias.txt")
OUT = os.path.join(ROOT, "docs", "ken-betwa-handout-sankalp-ias.docx")

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
NS_SHORT = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
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

RSIDS = ["00A41C2E", "00B7355F", "00D12F84", "003E6A91", "0061C4B7", "00F2093D", "0071BE02"]
RSID_ROOT = RSIDS[0]
UNKNOWN = {"Daudhan", "Gangau", "Ahirgawan", "Karnavati", "Vetravati", "Matatila", "Parichha",
           "Nauradehi", "Godavarman", "Thirumulpad", "Ranipur", "Kalisindh", "Niwari"}
AUTHORS = {"Meera Kulkarni": "MK", "Rohit Verma": "RV"}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hexid(seed, top=0x7FFFFFFF):
    return "%08X" % (zlib.crc32(seed.encode("utf-8")) & top)


def rsid_for(text):
    return RSIDS[zlib.crc32(text.encode("utf-8")) % len(RSIDS)]


def t(text):
    sp = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return "<w:t%s>%s</w:t>" % (sp, esc(text))


def run(text, rpr="", spell=True):
    """One or more runs for text; words the speller flags get proofErr marks around their run."""
    if not text:
        return ""
    if not spell:
        return "<w:r>%s%s</w:r>" % (rpr, t(text))
    out, pos = [], 0
    pat = re.compile(r"\b(%s)\b" % "|".join(sorted(UNKNOWN)))
    for m in pat.finditer(text):
        if m.start() > pos:
            out.append("<w:r>%s%s</w:r>" % (rpr, t(text[pos:m.start()])))
        out.append('<w:proofErr w:type="spellStart"/><w:r>%s%s</w:r><w:proofErr w:type="spellEnd"/>'
                   % (rpr, t(m.group(1))))
        pos = m.end()
    if pos < len(text):
        out.append("<w:r>%s%s</w:r>" % (rpr, t(text[pos:])))
    return "".join(out)


class Doc:
    def __init__(self):
        self.comments = {}      # name -> dict
        self.order = []         # comment names in id order
        self.rev_id = 100
        self.para_no = 0

    def comment_id(self, name):
        return self.order.index(name)

    def replies(self, name):
        return [c for c in self.order if self.comments[c]["parent"] == name]

    def inline(self, text, bold_all=False):
        """Inline marks: **bold**, [[cN:anchor]], {+ins+}, {-del-}."""
        out = []
        tok = re.compile(r"\*\*(.+?)\*\*|\[\[(c\d+):(.+?)\]\]|\{\+(.+?)\+\}|\{-(.+?)-\}")
        pos = 0
        base = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold_all else ""
        for m in tok.finditer(text):
            out.append(run(text[pos:m.start()], base))
            if m.group(1):
                out.append(run(m.group(1), "<w:rPr><w:b/><w:bCs/></w:rPr>"))
            elif m.group(2):
                name = m.group(2)
                ids = [name] + self.replies(name)
                out.append("".join('<w:commentRangeStart w:id="%d"/>' % self.comment_id(n) for n in ids))
                out.append(run(m.group(3), base))
                for n in ids:
                    out.append('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                               '</w:rPr><w:commentReference w:id="%d"/></w:r>'
                               % (self.comment_id(n), self.comment_id(n)))
            elif m.group(4):
                self.rev_id += 1
                out.append('<w:ins w:id="%d" w:author="Rohit Verma" w:date="2025-07-12T16:11:00Z">%s</w:ins>'
                           % (self.rev_id, "<w:r w:rsidR=\"0071BE02\">%s%s</w:r>" % (base, t(m.group(4)))))
            else:
                self.rev_id += 1
                out.append('<w:del w:id="%d" w:author="Rohit Verma" w:date="2025-07-12T16:10:00Z">'
                           '<w:r w:rsidDel="0071BE02">%s<w:delText>%s</w:delText></w:r></w:del>'
                           % (self.rev_id, base, esc(m.group(5))))
            pos = m.end()
        out.append(run(text[pos:], base))
        return "".join(out)

    def p(self, body, ppr="", seed=""):
        self.para_no += 1
        key = "%d|%s" % (self.para_no, seed)
        r = rsid_for(key)
        return ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>'
                % (hexid("para" + key), hexid("text" + key), r, r, r,
                   "<w:pPr>%s</w:pPr>" % ppr if ppr else "", body))


def parse_source():
    lines = open(SRC, encoding="utf-8").read().split("\n")
    blocks, comments = [], []
    for line in lines:
        if not line.strip() or line.startswith("%%"):
            continue
        if line.startswith("@"):
            name, author, initials, date, parent, text = [x.strip() for x in line[1:].split("|", 5)]
            comments.append(dict(name=name, author=author, initials=initials, date=date,
                                 parent=parent, text=text))
        elif line.startswith("%title "):
            blocks.append(("title", line[7:]))
        elif line.startswith("%subtitle "):
            blocks.append(("subtitle", line[10:]))
        elif line.startswith("%meta "):
            blocks.append(("meta", line[6:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif re.match(r"^\d+\. ", line):
            blocks.append(("num", line.split(". ", 1)[1]))
        elif line.startswith("- "):
            blocks.append(("bul", line[2:]))
        elif line.startswith("|"):
            blocks.append(("row", [c.strip() for c in line.strip().strip("|").split("|")]))
        else:
            blocks.append(("para", line))
    return blocks, comments


def build_document(doc, blocks):
    body = []
    num_id = 1  # numId 1 = bullets; numbered lists get 2, 3, ...
    prev = None
    i = 0
    while i < len(blocks):
        kind, val = blocks[i]
        if kind == "title":
            body.append(doc.p(doc.inline(val), '<w:pStyle w:val="Title"/>', val))
        elif kind == "subtitle":
            body.append(doc.p(doc.inline(val), '<w:pStyle w:val="Subtitle"/>', val))
        elif kind == "meta":
            body.append(doc.p(run(val, '<w:rPr><w:i/><w:iCs/><w:color w:val="595959" w:themeColor="text1" '
                                       'w:themeTint="A6"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>', False),
                              '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
                              '<w:rPr><w:i/><w:iCs/><w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/>'
                              '<w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>', val))
        elif kind in ("h1", "h2"):
            style = "Heading1" if kind == "h1" else "Heading2"
            body.append(doc.p(doc.inline(val), '<w:pStyle w:val="%s"/>' % style, val))
        elif kind == "num":
            if prev != "num":
                num_id += 1
            body.append(doc.p(doc.inline(val), '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                                               '<w:numId w:val="%d"/></w:numPr>' % num_id, val))
        elif kind == "bul":
            body.append(doc.p(doc.inline(val), '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                                               '<w:numId w:val="1"/></w:numPr>', val))
        elif kind == "row":
            rows = []
            while i < len(blocks) and blocks[i][0] == "row":
                rows.append(blocks[i][1])
                i += 1
            i -= 1
            body.append(table(doc, rows))
        else:
            body.append(doc.p(doc.inline(val), "", val))
        prev = kind
        i += 1
    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:headerReference w:type="default" r:id="rId9"/>'
            '<w:footerReference w:type="default" r:id="rId10"/><w:pgSz w:w="11906" w:h="16838" w:code="9"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
            'w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % (RSID_ROOT, RSID_ROOT))
    return DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, "".join(body), sect)


def table(doc, rows):
    widths = [2830, 6186]
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
           % "".join('<w:gridCol w:w="%d"/>' % w for w in widths)]
    for n, row in enumerate(rows):
        key = "row%d%s" % (n, row[0])
        r = rsid_for(key)
        out.append('<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="%s">' % (r, hexid("tr" + key), hexid("tt" + key)))
        if n == 0:
            out.append('<w:trPr><w:tblHeader/></w:trPr>')
        for c, cell in enumerate(row):
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3" w:themeFill="accent1" w:themeFillTint="33"/>' if n == 0 else ""
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (widths[c], shade))
            out.append(doc.p(doc.inline(cell, bold_all=(n == 0 or c == 0)),
                             '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', cell))
            out.append('</w:tc>')
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return "".join(out)


def build_comments(doc):
    out, ext, ids, cex = [], [], [], []
    for n, name in enumerate(doc.order):
        c = doc.comments[name]
        pid = hexid("cpara" + name)
        c["paraId"] = pid
        durable = hexid("durable" + name)
        hh, mm = int(c["date"][11:13]), int(c["date"][14:16])
        total = hh * 60 + mm - 330
        utc = c["date"][:11] + "%02d:%02d:00Z" % (total // 60, total % 60)
        body = ('<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">'
                '<w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                '</w:rPr><w:annotationRef/></w:r>%s</w:p>'
                % (pid, RSIDS[6], RSIDS[6], RSIDS[6], run(c["text"], spell=False)))
        out.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">%s</w:comment>'
                   % (n, c["author"], c["date"], c["initials"], body))
        parent = ' w15:paraIdParent="%s"' % doc.comments[c["parent"]]["paraId"] if c["parent"] else ""
        done = "1" if name in ("c2",) else "0"
        ext.append('<w15:commentEx w15:paraId="%s"%s w15:done="%s"/>' % (pid, parent, done))
        ids.append('<w16cid:commentId w16cid:paraId="%s" w16cid:durableId="%s"/>' % (pid, durable))
        cex.append('<w16cex:commentExtensible w16cex:durableId="%s" w16cex:dateUtc="%s"/>' % (durable, utc))
    comments = DECL + '<w:comments %s>%s</w:comments>' % (NS, "".join(out))
    extended = DECL + '<w15:commentsEx %s>%s</w15:commentsEx>' % (NS, "".join(ext))
    cids = DECL + '<w16cid:commentsIds %s>%s</w16cid:commentsIds>' % (NS, "".join(ids))
    cext = DECL + ('<w16cex:commentsExtensible %s xmlns:cr="http://schemas.microsoft.com/office/comments/2020/reactions">'
                   '%s</w16cex:commentsExtensible>' % (NS, "".join(cex)))
    return comments, extended, cids, cext


def header_footer():
    hdr = (DECL + '<w:hdr %s><w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">'
           '<w:pPr><w:pStyle w:val="Header"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:pPr>'
           '<w:r><w:rPr><w:b/><w:bCs/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/>'
           '<w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:t>SANKALP IAS ACADEMY</w:t></w:r>'
           '<w:r><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:t xml:space="preserve">, Mukherjee Nagar, Delhi</w:t></w:r>'
           '<w:r><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:tab/></w:r>'
           '<w:r><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:tab/><w:t>GS Foundation 2025–26 · Geography &amp; Environment</w:t></w:r>'
           '</w:p></w:hdr>' % (NS, hexid("hdr"), RSIDS[1], RSIDS[1]))
    s = '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'
    fld = lambda instr, val: ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                              '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/><w:sz w:val="16"/>'
                              '<w:szCs w:val="16"/></w:rPr><w:t>%s</w:t></w:r><w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
                              % (s, s, instr, s, val, s))
    ftr = (DECL + '<w:ftr %s><w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">'
           '<w:pPr><w:pStyle w:val="Footer"/><w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>'
           '<w:tabs><w:tab w:val="clear" w:pos="4513"/></w:tabs><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:pPr>'
           '<w:r>%s<w:t>Handout G-17 · Ken–Betwa Link Project · For enrolled students only</w:t></w:r>'
           '<w:r>%s<w:tab/><w:t xml:space="preserve">Page </w:t></w:r>%s<w:r>%s<w:t xml:space="preserve"> of </w:t></w:r>%s'
           '</w:p></w:ftr>' % (NS, hexid("ftr"), RSIDS[1], RSIDS[1], s, s,
                               fld("PAGE  \\* Arabic  \\* MERGEFORMAT", "1"), s,
                               fld("NUMPAGES  \\* Arabic  \\* MERGEFORMAT", "5")))
    return hdr, ftr


LATENT = ["Normal", "heading 1", "heading 2", "heading 3", "heading 4", "heading 5", "heading 6",
          "heading 7", "heading 8", "heading 9", "index 1", "index 2", "index 3", "index 4", "index 5",
          "index 6", "index 7", "index 8", "index 9", "toc 1", "toc 2", "toc 3", "toc 4", "toc 5",
          "toc 6", "toc 7", "toc 8", "toc 9", "Normal Indent", "footnote text", "annotation text",
          "header", "footer", "index heading", "caption", "table of figures", "envelope address",
          "envelope return", "footnote reference", "annotation reference", "line number", "page number",
          "endnote reference", "endnote text", "table of authorities", "macro", "toa heading", "List",
          "List Bullet", "List Number", "List 2", "List 3", "List 4", "List 5", "List Bullet 2",
          "List Bullet 3", "List Bullet 4", "List Bullet 5", "List Number 2", "List Number 3",
          "List Number 4", "List Number 5", "Title", "Closing", "Signature", "Default Paragraph Font",
          "Body Text", "Body Text Indent", "List Continue", "List Continue 2", "List Continue 3",
          "List Continue 4", "List Continue 5", "Message Header", "Subtitle", "Salutation", "Date",
          "Body Text First Indent", "Body Text First Indent 2", "Note Heading", "Body Text 2",
          "Body Text 3", "Body Text Indent 2", "Body Text Indent 3", "Block Text", "Hyperlink",
          "FollowedHyperlink", "Strong", "Emphasis", "Document Map", "Plain Text", "E-mail Signature",
          "HTML Top of Form", "HTML Bottom of Form", "Normal (Web)", "HTML Acronym", "HTML Address",
          "HTML Cite", "HTML Code", "HTML Definition", "HTML Keyboard", "HTML Preformatted",
          "HTML Sample", "HTML Typewriter", "HTML Variable", "Normal Table", "annotation subject",
          "No List", "Outline List 1", "Outline List 2", "Outline List 3", "Table Simple 1",
          "Balloon Text", "Table Grid", "Table Theme", "Placeholder Text", "No Spacing",
          "Light Shading", "Light List", "Light Grid", "Revision", "List Paragraph", "Quote",
          "Intense Quote", "Subtle Emphasis", "Intense Emphasis", "Subtle Reference",
          "Intense Reference", "Book Title", "Bibliography", "TOC Heading", "Plain Table 1",
          "Grid Table 1 Light", "List Table 1 Light", "Mention", "Smart Hyperlink", "Hashtag",
          "Unresolved Mention", "Smart Link"]
LATENT_SHOWN = {"Normal": (0, 1), "heading 1": (9, 1), "heading 2": (9, 0), "heading 3": (9, 0),
                "Title": (10, 1), "Subtitle": (11, 1), "Strong": (22, 1), "Emphasis": (20, 1),
                "Table Grid": (39, 0), "List Paragraph": (34, 1), "Quote": (29, 1),
                "Intense Quote": (30, 1), "No Spacing": (1, 1), "Book Title": (33, 1),
                "Default Paragraph Font": (1, 0), "Normal Table": (99, 0), "No List": (99, 0)}


def styles():
    lat = []
    for name in LATENT:
        if name in LATENT_SHOWN:
            pri, q = LATENT_SHOWN[name]
            lat.append('<w:lsdException w:name="%s" w:uiPriority="%d"%s/>'
                       % (name, pri, ' w:qFormat="1"' if q else ""))
        elif name.startswith(("heading", "toc", "Placeholder", "Revision", "Mention", "Smart", "Hashtag", "Unresolved")):
            lat.append('<w:lsdException w:name="%s" w:semiHidden="1" w:uiPriority="99" w:unhideWhenUsed="1"/>' % name)
        else:
            lat.append('<w:lsdException w:name="%s" w:semiHidden="1" w:unhideWhenUsed="1"/>' % name)
    heading = lambda n, size, before, after, color_shade: (
        '<w:style w:type="paragraph" w:styleId="Heading%d"><w:name w:val="heading %d"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="Heading%dChar"/><w:uiPriority w:val="9"/>%s<w:qFormat/>'
        '<w:rsid w:val="%s"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="%d" w:after="%d"/>'
        '<w:outlineLvl w:val="%d"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
        'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" '
        'w:themeShade="BF"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>'
        % (n, n, n, "" if n == 1 else "<w:unhideWhenUsed/>", RSIDS[0], before, after, n - 1, size, size))
    char = lambda sid, name, link, rpr, extra="": (
        '<w:style w:type="character" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="%s"/><w:uiPriority w:val="%s"/>%s<w:rPr>%s</w:rPr></w:style>'
        % (sid, name, link, "9" if "Heading" in sid else ("10" if sid == "TitleChar" else ("11" if sid == "SubtitleChar" else "99")), extra, rpr))
    xml = (DECL + '<w:styles %s>' % NS_SHORT +
           '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
           'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
           '<w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/>'
           '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="278" w:lineRule="auto"/>'
           '</w:pPr></w:pPrDefault></w:docDefaults>'
           '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
           'w:defQFormat="0" w:count="376">%s</w:latentStyles>' % "".join(lat) +
           '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
           '<w:rsid w:val="%s"/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>' % RSIDS[0] +
           heading(1, 36, 360, 80, "BF") + heading(2, 28, 160, 80, "BF") +
           '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
           '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
           '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
           '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
           '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
           '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>'
           '<w:semiHidden/><w:unhideWhenUsed/></w:style>' +
           char("Heading1Char", "Heading 1 Char", "Heading1", '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/>'
                '<w:sz w:val="36"/><w:szCs w:val="36"/>', '<w:rsid w:val="%s"/>' % RSIDS[0]) +
           char("Heading2Char", "Heading 2 Char", "Heading2", '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/>'
                '<w:sz w:val="28"/><w:szCs w:val="28"/>', '<w:rsid w:val="%s"/>' % RSIDS[0]) +
           '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
           '<w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/><w:rsid w:val="%s"/><w:pPr><w:spacing w:after="80" '
           'w:line="240" w:lineRule="auto"/><w:contextualSpacing/><w:jc w:val="left"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
           'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/>'
           '<w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>' % RSIDS[0] +
           char("TitleChar", "Title Char", "Title", '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="52"/>'
                '<w:szCs w:val="52"/>', '<w:rsid w:val="%s"/>' % RSIDS[0]) +
           '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
           '<w:link w:val="SubtitleChar"/><w:uiPriority w:val="11"/><w:qFormat/><w:rsid w:val="%s"/><w:pPr><w:numPr><w:ilvl w:val="1"/>'
           '</w:numPr><w:jc w:val="left"/></w:pPr><w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/>'
           '<w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/><w:spacing w:val="15"/><w:sz w:val="28"/>'
           '<w:szCs w:val="28"/></w:rPr></w:style>' % RSIDS[0] +
           char("SubtitleChar", "Subtitle Char", "Subtitle", '<w:rFonts w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/>'
                '<w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/><w:spacing w:val="15"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
                '<w:rsid w:val="%s"/>' % RSIDS[0]) +
           '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>'
           '<w:uiPriority w:val="34"/><w:qFormat/><w:rsid w:val="%s"/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' % RSIDS[0] +
           '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
           '<w:uiPriority w:val="39"/><w:rsid w:val="%s"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" '
           'w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
           'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV '
           'w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>' % RSIDS[0] +
           '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:link w:val="HeaderChar"/>'
           '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rsid w:val="%s"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
           '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>' % RSIDS[1] +
           char("HeaderChar", "Header Char", "Header", "", '<w:rsid w:val="%s"/>' % RSIDS[1]) +
           '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:link w:val="FooterChar"/>'
           '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rsid w:val="%s"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
           '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>' % RSIDS[1] +
           char("FooterChar", "Footer Char", "Footer", "", '<w:rsid w:val="%s"/>' % RSIDS[1]) +
           '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
           '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
           '<w:rsid w:val="%s"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>' % RSIDS[6] +
           '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/>'
           '<w:link w:val="CommentTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rsid w:val="%s"/><w:pPr>'
           '<w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>' % RSIDS[6] +
           char("CommentTextChar", "Comment Text Char", "CommentText", '<w:sz w:val="20"/><w:szCs w:val="20"/>',
                '<w:rsid w:val="%s"/>' % RSIDS[6]) +
           '<w:style w:type="paragraph" w:styleId="CommentSubject"><w:name w:val="annotation subject"/><w:basedOn w:val="CommentText"/>'
           '<w:next w:val="CommentText"/><w:link w:val="CommentSubjectChar"/><w:uiPriority w:val="99"/><w:semiHidden/>'
           '<w:unhideWhenUsed/><w:rsid w:val="%s"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>' % RSIDS[6] +
           char("CommentSubjectChar", "Comment Subject Char", "CommentSubject", '<w:b/><w:bCs/><w:sz w:val="20"/><w:szCs w:val="20"/>',
                '<w:rsid w:val="%s"/>' % RSIDS[6]).replace('w:val="DefaultParagraphFont"', 'w:val="CommentTextChar"') +
           '<w:style w:type="paragraph" w:styleId="Revision"><w:name w:val="Revision"/><w:hidden/><w:uiPriority w:val="99"/>'
           '<w:semiHidden/><w:rsid w:val="%s"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>' % RSIDS[6] +
           '</w:styles>')
    return xml


def numbering(n_lists):
    def lvls(bullet):
        out = []
        for i in range(9):
            left = 720 * (i + 1)
            if bullet:
                char, font = ("\uf0b7", "Symbol") if i % 3 == 0 else (("o", "Courier New") if i % 3 == 1 else ("\uf0a7", "Wingdings"))
                out.append('<w:lvl w:ilvl="%d" w:tplc="%s"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/>'
                           '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr><w:rPr><w:rFonts '
                           'w:ascii="%s" w:hAnsi="%s"%s w:hint="default"/></w:rPr></w:lvl>'
                           % (i, hexid("bt%d" % i)[:8], char, left, font, font,
                              ' w:cs="Courier New"' if font == "Courier New" else ""))
            else:
                fmt = ["decimal", "lowerLetter", "lowerRoman"][i % 3]
                jc = "right" if fmt == "lowerRoman" else "left"
                out.append('<w:lvl w:ilvl="%d" w:tplc="%s"%s><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                           '<w:lvlText w:val="%%%d."/><w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
                           % (i, hexid("nt%d" % i)[:8], ' w:tentative="1"' if i else "", fmt, i + 1, jc, left,
                              180 if jc == "right" else 360))
        return "".join(out)
    xml = (DECL + '<w:numbering %s>' % NS +
           '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1B2C6F41"/>'
           '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="4A26CE6A"/>%s</w:abstractNum>' % lvls(True) +
           '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="5D4E2A17"/>'
           '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0E7CB8D2"/>%s</w:abstractNum>' % lvls(False) +
           '<w:num w:numId="1" w16cid:durableId="%s"><w:abstractNumId w:val="0"/></w:num>' % int(hexid("num1"), 16))
    for n in range(2, n_lists + 1):
        xml += '<w:num w:numId="%d" w16cid:durableId="%d"><w:abstractNumId w:val="1"/>%s</w:num>' % (
            n, int(hexid("num%d" % n), 16),
            '' if n == 2 else '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
    return xml + '</w:numbering>'


def settings():
    return (DECL + '<w:settings %s xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main">' % NS_SHORT.replace(' mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16sdtfl w16du"', '') +
            '<w:zoom w:percent="110"/><w:trackRevisions/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="useWord2013TrackBottomHyphenation" w:uri="http://schemas.microsoft.com/office/word" w:val="0"/>'
            '</w:compat><w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>' % (RSID_ROOT, "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS))) +
            '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/>'
            '<m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
            '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang w:val="en-IN"/>'
            '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" '
            'w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
            'w:followedHyperlink="followedHyperlink"/><w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="1026"/>'
            '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/><w14:docId w14:val="3C5F1A2B"/>'
            '<w15:chartTrackingRefBased/><w15:docId w15:val="{6A1D3E52-8B47-4C09-9E1F-2B7C5D4A8F31}"/></w:settings>')


def theme():
    clr = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'), ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
           ("dk2", '<a:srgbClr val="0E2841"/>'), ("lt2", '<a:srgbClr val="E8E8E8"/>'), ("accent1", '<a:srgbClr val="156082"/>'),
           ("accent2", '<a:srgbClr val="E97132"/>'), ("accent3", '<a:srgbClr val="196B24"/>'), ("accent4", '<a:srgbClr val="0F9ED5"/>'),
           ("accent5", '<a:srgbClr val="A02B93"/>'), ("accent6", '<a:srgbClr val="4EA72E"/>'), ("hlink", '<a:srgbClr val="467886"/>'),
           ("folHlink", '<a:srgbClr val="96607D"/>')]
    fonts = lambda latin: ('<a:latin typeface="%s" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/>'
                           '<a:font script="Jpan" typeface="游明朝"/><a:font script="Hang" typeface="맑은 고딕"/>'
                           '<a:font script="Hans" typeface="等线"/><a:font script="Hant" typeface="新細明體"/>'
                           '<a:font script="Arab" typeface="Times New Roman"/><a:font script="Hebr" typeface="Times New Roman"/>'
                           '<a:font script="Thai" typeface="Cordia New"/><a:font script="Deva" typeface="Mangal"/>'
                           '<a:font script="Beng" typeface="Vrinda"/><a:font script="Guru" typeface="Raavi"/>'
                           '<a:font script="Gujr" typeface="Shruti"/><a:font script="Taml" typeface="Latha"/>'
                           '<a:font script="Telu" typeface="Gautami"/><a:font script="Knda" typeface="Tunga"/>'
                           '<a:font script="Mlym" typeface="Kartika"/>' % latin)
    sch = '<a:schemeClr val="phClr">%s</a:schemeClr>'
    fill = ('<a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst>'
            '<a:gs pos="0">%s</a:gs><a:gs pos="50000">%s</a:gs><a:gs pos="100000">%s</a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/>'
            '</a:gradFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0">%s</a:gs><a:gs pos="50000">%s</a:gs>'
            '<a:gs pos="100000">%s</a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill></a:fillStyleLst>'
            % (sch % '<a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/>',
               sch % '<a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/>',
               sch % '<a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/>',
               sch % '<a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/>',
               sch % '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/>',
               sch % '<a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/>'))
    ln = "".join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
                 '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' % w for w in (12700, 19050, 25400))
    eff = ('<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
           '<a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0">'
           '<a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst>')
    bg = ('<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr">'
          '<a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst>'
          '<a:gs pos="0">%s</a:gs><a:gs pos="50000">%s</a:gs><a:gs pos="100000">%s</a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/>'
          '</a:gradFill></a:bgFillStyleLst>'
          % (sch % '<a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/>',
             sch % '<a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/><a:lumMod val="103000"/>',
             sch % '<a:shade val="63000"/><a:satMod val="120000"/>'))
    return (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
            '<a:themeElements><a:clrScheme name="Office">%s</a:clrScheme><a:fontScheme name="Office"><a:majorFont>%s</a:majorFont>'
            '<a:minorFont>%s</a:minorFont></a:fontScheme><a:fmtScheme name="Office">%s<a:lnStyleLst>%s</a:lnStyleLst>%s%s</a:fmtScheme>'
            '</a:themeElements><a:objectDefaults><a:lnDef><a:spPr/><a:bodyPr/><a:lstStyle/><a:style><a:lnRef idx="2">'
            '<a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="0"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="1">'
            '<a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef></a:style></a:lnDef>'
            '</a:objectDefaults><a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}">'
            '<thm15:themeFamily xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
            'id="{2E142A2C-CD16-42D6-873A-C26D2A0506FA}" vid="{1BDDFF52-6CD6-40A5-AB3C-68EB2F1E4D0A}"/></a:ext></a:extLst></a:theme>'
            % ("".join("<a:%s>%s</a:%s>" % (n, v, n) for n, v in clr), fonts("Aptos Display"), fonts("Aptos"), fill, ln, eff, bg))


def font_table():
    f = lambda name, panose, charset, family, pitch, sig: (
        '<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/><w:pitch w:val="%s"/>'
        '<w:sig w:usb0="%s" w:usb1="%s" w:usb2="%s" w:usb3="%s" w:csb0="%s" w:csb1="%s"/></w:font>' % ((name, panose, charset, family, pitch) + sig))
    return (DECL + '<w:fonts %s>' % NS_SHORT +
            f("Symbol", "05050102010706020507", "02", "roman", "variable", ("00000000", "10000000", "00000000", "00000000", "80000000", "00000000")) +
            f("Times New Roman", "02020603050405020304", "00", "roman", "variable", ("E0002EFF", "C000785B", "00000009", "00000000", "000001FF", "00000000")) +
            f("Courier New", "02070309020205020404", "00", "modern", "fixed", ("E0002EFF", "C0007843", "00000009", "00000000", "000001FF", "00000000")) +
            f("Wingdings", "05000000000000000000", "02", "auto", "variable", ("00000000", "10000000", "00000000", "00000000", "80000000", "00000000")) +
            f("Aptos", "020B0004020202020204", "00", "swiss", "variable", ("20000287", "00000003", "00000000", "00000000", "0000019F", "00000000")) +
            f("Aptos Display", "020B0004020202020204", "00", "swiss", "variable", ("20000287", "00000003", "00000000", "00000000", "0000019F", "00000000")) +
            '</w:fonts>')


def people():
    return (DECL + '<w15:people %s>%s</w15:people>' % (NS, "".join(
        '<w15:person w15:author="%s"><w15:presenceInfo w15:providerId="None" w15:userId="%s"/></w15:person>' % (a, a)
        for a in sorted(AUTHORS))))


def content_types():
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    parts = [("/word/document.xml", wml + "document.main+xml"), ("/word/numbering.xml", wml + "numbering+xml"),
             ("/word/styles.xml", wml + "styles+xml"), ("/word/settings.xml", wml + "settings+xml"),
             ("/word/webSettings.xml", wml + "webSettings+xml"), ("/word/comments.xml", wml + "comments+xml"),
             ("/word/commentsExtended.xml", wml + "commentsExtended+xml"), ("/word/commentsIds.xml", wml + "commentsIds+xml"),
             ("/word/commentsExtensible.xml", wml + "commentsExtensible+xml"), ("/word/header1.xml", wml + "header+xml"),
             ("/word/footer1.xml", wml + "footer+xml"), ("/word/fontTable.xml", wml + "fontTable+xml"),
             ("/word/people.xml", wml + "people+xml"),
             ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
             ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
             ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' +
            "".join('<Override PartName="%s" ContentType="%s"/>' % p for p in parts) + '</Types>')


def rels():
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    pkg = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
           'Target="docProps/core.xml"/><Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
           '</Relationships>' % (R, R))
    items = [("rId8", "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible", "commentsExtensible.xml"),
             ("rId13", R + "theme", "theme/theme1.xml"), ("rId3", R + "settings", "settings.xml"),
             ("rId7", "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds", "commentsIds.xml"),
             ("rId12", "http://schemas.microsoft.com/office/2011/relationships/people", "people.xml"),
             ("rId2", R + "styles", "styles.xml"), ("rId1", R + "numbering", "numbering.xml"),
             ("rId6", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml"),
             ("rId11", R + "fontTable", "fontTable.xml"), ("rId5", R + "comments", "comments.xml"),
             ("rId10", R + "footer", "footer1.xml"), ("rId4", R + "webSettings", "webSettings.xml"),
             ("rId9", R + "header", "header1.xml")]
    doc = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
           "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % i for i in items) + '</Relationships>')
    return pkg, doc


def props(words, chars, chars_sp, paras, lines):
    app = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
           '<TotalTime>187</TotalTime><Pages>5</Pages><Words>%d</Words><Characters>%d</Characters>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>%d</Lines>'
           '<Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant">'
           '<vt:variant><vt:lpstr>Title</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector>'
           '</HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr></vt:lpstr></vt:vector></TitlesOfParts>'
           '<Company>Sankalp IAS Academy</Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
           '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
           % (words, chars, lines, paras, chars_sp))
    core = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Rohit Verma</dc:creator><cp:keywords></cp:keywords>'
            '<dc:description></dc:description><cp:lastModifiedBy>Meera Kulkarni</cp:lastModifiedBy><cp:revision>14</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-07-09T06:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-07-14T06:03:00Z</dcterms:modified></cp:coreProperties>')
    return app, core


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    blocks, comments = parse_source()
    doc = Doc()
    for c in comments:
        doc.comments[c["name"]] = c
        doc.order.append(c["name"])
    document = build_document(doc, blocks)
    n_lists = 1 + sum(1 for i, b in enumerate(blocks) if b[0] == "num" and (i == 0 or blocks[i - 1][0] != "num"))
    comments_xml, extended, cids, cext = build_comments(doc)
    hdr, ftr = header_footer()
    plain = re.sub(r"\[\[c\d+:|\]\]|\*\*|\{\+|\+\}|\{-.*?-\}", "", " ".join(
        b[1] if isinstance(b[1], str) else " ".join(b[1]) for b in blocks))
    words = len(plain.split())
    chars = len(re.sub(r"\s", "", plain))
    app, core = props(words, chars, len(plain), len(blocks) - 12, 118)
    pkg_rels, doc_rels = rels()
    web = (DECL + '<w:webSettings %s><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % NS_SHORT)
    parts = [("[Content_Types].xml", content_types()), ("_rels/.rels", pkg_rels), ("word/document.xml", document),
             ("word/_rels/document.xml.rels", doc_rels), ("word/header1.xml", hdr), ("word/footer1.xml", ftr),
             ("word/comments.xml", comments_xml), ("word/commentsExtended.xml", extended),
             ("word/commentsIds.xml", cids), ("word/commentsExtensible.xml", cext),
             ("word/theme/theme1.xml", theme()), ("word/settings.xml", settings()),
             ("word/numbering.xml", numbering(n_lists)), ("word/styles.xml", styles()),
             ("word/webSettings.xml", web), ("word/fontTable.xml", font_table()), ("word/people.xml", people()),
             ("docProps/core.xml", core), ("docProps/app.xml", app)]
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main()
