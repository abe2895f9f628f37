#!/usr/bin/python3
"""Re-make docs/sixth-schedule-framework-review.docx from tools/sixth-schedule-framework-review.txt.

The file is written the way Word for Microsoft 365 saves a document that a second person has
reviewed with Track Changes on: [Content_Types].xml, _rels/.rels, word/document.xml with its
relationships, styles.xml, numbering.xml, settings.xml (w:trackRevisions on, an rsid list),
webSettings.xml, fontTable.xml, theme/theme1.xml, footnotes.xml and endnotes.xml holding only
Word's separator notes, header1.xml and footer1.xml (PAGE / NUMPAGES fields), comments.xml with
commentsExtended.xml (replies through w15:paraIdParent, one comment marked done),
commentsIds.xml, commentsExtensible.xml and people.xml, and docProps core.xml / app.xml.
document.xml carries Word's long namespace list, rsid and w14:paraId / w14:textId attributes,
a Table of Contents content control (TOC and PAGEREF fields, hyperlinks to _Toc bookmarks on
every heading), and the reviewer's tracked changes: w:ins / w:del runs (w:delText), a deleted
paragraph mark, a paragraph moved up (moveFrom / moveTo with named ranges), bold added as an
rPrChange, a style change as a pPrChange and inserted table rows (w:trPr/w:ins).

Source markup (one block a line): "@title", "@subtitle", "@toc", "@table w1 w2 ..." ...
"@endtable" (rows "| a | b |", "+A | ..." an inserted row), "# " Heading 1, "## " Heading 2,
"%A ## " a Heading 2 that A changed from Normal, "- " bullet, "1. " numbered item, "!A " a
paragraph A deleted, ">A1 " / "<A1 " the moveTo / moveFrom halves of move 1 by A, any other line
a Normal paragraph; inline "{+A:text}" inserted, "{-A:text}" deleted, "{!A:text}" made bold by
A, "{cN}" ... "{/cN}" the range of comment N; "@comment N X date [parent=M] [done] | text".
Run from anywhere: /usr/bin/python3 tools/make_docx.py (byte-for-byte reproducible: fixed
1980-01-01 zip dates and member order).
"""
import hashlib
import os
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sixth-schedule-framework-review.txt")
OUT = os.path.join(HERE, "..", "docs", "sixth-schedule-framework-review.docx")
ZDATE = (1980, 1, 1, 0, 0, 0)

AUTHORS = {"A": ("Arjun Menon", "AM"), "R": ("Ritika Sharma", "RS")}
RSID_R, RSID_A = "00B41D6E", "00E27F93"   # the author's and the reviewer's editing sessions
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
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


def t(text):
    return '<w:t xml:space="preserve">%s</w:t>' % escape(text) if text != text.strip() else \
        '<w:t>%s</w:t>' % escape(text)


class Doc:
    def __init__(self):
        self.n_para = 0
        self.n_rev = 0          # w:id of tracked changes, in document order
        self.minute = 0         # the reviewer's changes are stamped a minute apart
        self.n_bm = 0
        self.tocs = []          # (level, text, bookmark)
        self.body = []

    def pid(self, salt="p"):
        self.n_para += 1
        h = hashlib.sha1(("%s%d" % (salt, self.n_para)).encode()).hexdigest()
        return "%08X" % (int(h[:8], 16) & 0x7FFFFFFF)

    def rev(self, who):
        self.n_rev += 1
        self.minute += 1
        name = AUTHORS[who][0]
        hh, mm = divmod(8 * 60 + 58 + self.minute, 60)
        return 'w:id="%d" w:author=%s w:date="2025-10-14T%02d:%02d:00Z"' % (
            self.n_rev, quoteattr(name), hh, mm)

    def p_open(self, reviewer=False):
        pid = self.pid()
        tid = "77777777" if not reviewer else self.pid("t")
        r = RSID_A if reviewer else RSID_R
        return '<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">' % (
            pid, tid, r, RSID_R, r)

    def runs(self, text, rpr=""):
        """Inline markup to runs, tracked changes and comment anchors."""
        out = []
        pat = r"(\{[+\-!][AR]:[^}]*\}|\{/?c\d+\}|\*\*[^*]+\*\*)"
        for tok in re.split(pat, text):
            if not tok:
                continue
            m = re.fullmatch(r"\{([+\-!])([AR]):([^}]*)\}", tok)
            if m:
                kind, who, body = m.groups()
                if kind == "+":
                    out.append('<w:ins %s><w:r w:rsidR="%s">%s%s</w:r></w:ins>' % (
                        self.rev(who), RSID_A, self.rpr(rpr), t(body)))
                elif kind == "-":
                    out.append('<w:del %s><w:r w:rsidDel="%s" w:rsidR="%s">%s<w:delText%s>%s</w:delText></w:r></w:del>' % (
                        self.rev(who), RSID_A, RSID_R, self.rpr(rpr),
                        ' xml:space="preserve"' if body != body.strip() else "", escape(body)))
                else:
                    out.append('<w:r w:rsidR="%s" w:rsidRPr="%s"><w:rPr>%s<w:b/><w:bCs/><w:rPrChange %s><w:rPr>%s</w:rPr></w:rPrChange></w:rPr>%s</w:r>' % (
                        RSID_R, RSID_A, rpr, self.rev(who), rpr, t(body)))
                continue
            m = re.fullmatch(r"\{(/?)c(\d+)\}", tok)
            if m:
                ids = COMMENT_THREADS[int(m.group(2))]
                if m.group(1):
                    for cid in ids:
                        out.append('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>' % (cid, cid))
                else:
                    for cid in ids:
                        out.append('<w:commentRangeStart w:id="%d"/>' % cid)
                continue
            if tok.startswith("**"):
                out.append('<w:r>%s%s</w:r>' % (self.rpr(rpr + "<w:b/><w:bCs/>"), t(tok[2:-2])))
            else:
                out.append('<w:r>%s%s</w:r>' % (self.rpr(rpr), t(tok)))
        return "".join(out)

    @staticmethod
    def rpr(inner):
        return "<w:rPr>%s</w:rPr>" % inner if inner else ""

    def para(self, text, style=None, num=None, ppr_extra="", rpr="", reviewer=False):
        ppr = ""
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr += ppr_extra
        self.body.append("%s%s%s</w:p>" % (self.p_open(reviewer), "<w:pPr>%s</w:pPr>" % ppr if ppr else "",
                                          self.runs(text, rpr)))

    def heading(self, level, text, changed_by=None):
        self.n_bm += 1
        name = "_Toc2113%05d" % (40117 + self.n_bm * 37)
        plain = re.sub(r"\{[+!]\w:([^}]*)\}", r"\1", re.sub(r"\{-\w:[^}]*\}", "", text))
        self.tocs.append((level, plain, name))
        ppr = '<w:pStyle w:val="Heading%d"/>' % level
        if changed_by:
            ppr += '<w:pPrChange %s><w:pPr/></w:pPrChange>' % self.rev(changed_by)
        self.body.append('%s<w:pPr>%s</w:pPr><w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/></w:p>' % (
            self.p_open(bool(changed_by)), ppr, self.n_bm, name, self.runs(text), self.n_bm))

    def deleted_para(self, who, text, num):
        r = self.rev(who)
        self.body.append('%s<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                         '<w:rPr><w:del %s/></w:rPr></w:pPr><w:del %s><w:r w:rsidDel="%s">%s</w:r></w:del></w:p>' % (
                             self.p_open(), num, r, self.rev(who), RSID_A,
                             t(text).replace("<w:t", "<w:delText").replace("</w:t>", "</w:delText>")))

    def moved_para(self, direction, who, n, text):
        tag = "moveTo" if direction == ">" else "moveFrom"
        name = "move21134%04d" % (n * 7 + 211)
        rng = self.rev(who)
        mark = self.rev(who)
        body = self.rev(who)
        rid = rng.split('"')[1]
        run = t(text)
        self.body.append('%s<w:pPr><w:rPr><w:%s %s/></w:rPr></w:pPr><w:%sRangeStart %s w:name="%s"/>'
                         '<w:%s %s><w:r w:rsidR="%s">%s</w:r></w:%s><w:%sRangeEnd w:id="%s"/></w:p>' % (
                             self.p_open(True), tag, mark, tag, rng, name, tag, body, RSID_R, run, tag, tag, rid))

    def table(self, widths, rows):
        grid = "".join('<w:gridCol w:w="%s"/>' % w for w in widths)
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
               '</w:tblPr><w:tblGrid>%s</w:tblGrid>' % grid]
        for i, (who, cells) in enumerate(rows):
            header = i == 0
            trpr = ""
            if header:
                trpr += "<w:tblHeader/>"
            rev_attr = self.rev(who) if who else None
            if rev_attr:
                trpr += "<w:ins %s/>" % rev_attr
            out.append('<w:tr w:rsidR="%s" w:rsidTr="%s">%s' % (RSID_A if who else RSID_R, RSID_R,
                                                               "<w:trPr>%s</w:trPr>" % trpr if trpr else ""))
            for w, cell in zip(widths, cells):
                shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if header else ""
                rpr = "<w:b/><w:bCs/>" if header else ""
                if who:
                    ppr = '<w:pPr><w:rPr><w:ins %s/></w:rPr></w:pPr>' % self.rev(who)
                    runs = '<w:ins %s><w:r>%s%s</w:r></w:ins>' % (self.rev(who), self.rpr(rpr), t(cell))
                else:
                    ppr = '<w:pPr><w:spacing w:after="0"/></w:pPr>' if not header else \
                        '<w:pPr><w:spacing w:after="0"/><w:rPr><w:b/><w:bCs/></w:rPr></w:pPr>'
                    runs = self.runs(cell, rpr)
                out.append('<w:tc><w:tcPr><w:tcW w:w="%s" w:type="dxa"/>%s</w:tcPr>%s%s%s</w:p></w:tc>' % (
                    w, shade, self.p_open(bool(who)), ppr, runs))
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.body.append("".join(out))


COMMENTS = []        # (id_in_source, who, date, parent, done, text)
COMMENT_THREADS = {}  # source id of a thread's first comment -> [xml ids of it and its replies]


def parse_comments(lines):
    rest = []
    for line in lines:
        m = re.match(r"@comment (\d+) ([AR]) (\S+)((?: parent=\d+| done)*) \| (.*)$", line)
        if not m:
            rest.append(line)
            continue
        n, who, date, flags, text = m.groups()
        parent = re.search(r"parent=(\d+)", flags)
        COMMENTS.append((int(n), who, date, int(parent.group(1)) if parent else None,
                         "done" in flags, text))
    for idx, c in enumerate(COMMENTS):
        root = c[3] if c[3] else c[0]
        COMMENT_THREADS.setdefault(root, []).append(idx)
    return rest


def build_document(lines):
    d = Doc()
    toc_at = None
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        if line.startswith("@title "):
            d.para(line[7:], "Title")
        elif line.startswith("@subtitle "):
            d.para(line[10:], "Subtitle")
        elif line == "@toc":
            toc_at = len(d.body)
            d.body.append(None)
        elif line.startswith("@table "):
            widths = line.split()[1:]
            rows = []
            while lines[i] != "@endtable":
                row = lines[i]
                i += 1
                who = None
                m = re.match(r"\+([AR]) (\|.*)$", row)
                if m:
                    who, row = m.group(1), m.group(2)
                rows.append((who, [c.strip() for c in row.strip().strip("|").split("|")]))
            i += 1
            d.table(widths, rows)
            d.body.append('%s<w:pPr><w:spacing w:after="0"/></w:pPr></w:p>' % d.p_open())
        elif line.startswith("# "):
            d.heading(1, line[2:])
        elif line.startswith("## "):
            d.heading(2, line[3:])
        elif line.startswith("%A ## "):
            d.heading(2, line[6:], changed_by="A")
        elif line.startswith("- "):
            d.para(line[2:], "ListParagraph", 1)
        elif re.match(r"\d+\. ", line):
            d.para(line.split(" ", 1)[1], "ListParagraph", 2)
        elif re.match(r"![AR] - ", line):
            d.deleted_para(line[1], line[5:], 1)
        elif re.match(r"[<>][AR]\d ", line):
            d.moved_para(line[0], line[1], int(line[2]), line[4:])
        else:
            d.para(line)
    d.body[toc_at] = toc(d)
    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:headerReference w:type="default" r:id="rId11"/>'
            '<w:footerReference w:type="default" r:id="rId12"/><w:pgSz w:w="11906" w:h="16838" w:code="9"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % (RSID_R, RSID_R))
    return HEAD + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, "".join(d.body), sect)


def toc(d):
    out = ['<w:sdt><w:sdtPr><w:id w:val="-1817246311"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
           '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
           'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:b/><w:bCs/><w:noProof/>'
           '<w:color w:val="auto"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-IN"/>'
           '<w14:ligatures w14:val="standardContextual"/></w:rPr></w:sdtEndPr><w:sdtContent>',
           '%s<w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>' % d.p_open()]
    body_words = [len(re.sub(r"<[^>]+>", " ", b or "").split()) for b in d.body]
    pages = {}
    acc = 0
    for b, n in zip(d.body, body_words):
        acc += n
        for m in re.finditer(r'w:name="(_Toc\d+)"', b or ""):
            pages[m.group(1)] = 1 + acc // 430
    for j, (level, text, bm) in enumerate(d.tocs):
        tabs = '<w:tabs><w:tab w:val="left" w:pos="%d"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>' % (
            440 if level == 1 else 880)
        ppr = '<w:pPr><w:pStyle w:val="TOC%d"/>%s<w:rPr><w:rFonts w:eastAsiaTheme="minorEastAsia"/><w:noProof/>' \
              '<w:kern w:val="2"/><w:lang w:eastAsia="en-IN"/><w14:ligatures w14:val="standardContextual"/></w:rPr></w:pPr>' % (level, tabs)
        head = ""
        if j == 0:
            head = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        nr = '<w:rPr><w:noProof/><w:webHidden/></w:rPr>'
        link = ('<w:hyperlink w:anchor="%s" w:history="1"><w:r w:rsidRPr="%s"><w:rPr><w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr>%s</w:r>'
                '<w:r>%s<w:tab/></w:r><w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
                '<w:r>%s</w:r><w:r>%s<w:fldChar w:fldCharType="separate"/></w:r><w:r>%s<w:t>%d</w:t></w:r><w:r>%s<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>') % (
            bm, RSID_R, t(text), nr, nr, nr, bm, nr, nr, nr, pages[bm], nr)
        out.append("%s%s%s%s</w:p>" % (d.p_open(), ppr, head, link))
    out.append('%s<w:r><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p>' % d.p_open())
    out.append("</w:sdtContent></w:sdt>")
    return "".join(out)


def comments_parts():
    W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
         'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
         'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'mc:Ignorable="w14 w15 w16cex w16cid"')
    paras, durable = {}, {}
    body, ext, ids, cex = [], [], [], []
    by_src = {c[0]: idx for idx, c in enumerate(COMMENTS)}
    for idx, (n, who, date, parent, done, text) in enumerate(COMMENTS):
        h = hashlib.sha1(("comment%d" % n).encode()).hexdigest()
        paras[n] = "%08X" % (int(h[:8], 16) & 0x7FFFFFFF)
        durable[n] = "%08X" % (int(h[8:16], 16) & 0x7FFFFFFF)
        name, ini = AUTHORS[who]
        body.append('<w:comment w:id="%d" w:author=%s w:date="%s" w:initials="%s"><w:p w14:paraId="%s" w14:textId="77777777" '
                    'w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr>'
                    '<w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>' % (
                        idx, quoteattr(name), date, ini, paras[n], RSID_A if who == "A" else RSID_R, RSID_A,
                        "<w:r>%s</w:r>" % t(text)))
        ext.append('<w15:commentEx w15:paraId="%s"%s w15:done="%d"/>' % (
            paras[n], ' w15:paraIdParent="%s"' % paras[parent] if parent else "", 1 if done else 0))
        ids.append('<w16cid:commentId w16cid:paraId="%s" w16cid:durableId="%s"/>' % (paras[n], durable[n]))
        cex.append('<w16cex:commentExtensible w16cex:durableId="%s" w16cex:dateUtc="%s"/>' % (durable[n], date))
    people = "".join('<w15:person w15:author=%s><w15:presenceInfo w15:providerId="None" w15:userId=%s/></w15:person>' % (
        quoteattr(a[0]), quoteattr(a[0])) for a in AUTHORS.values())
    return {
        "word/comments.xml": HEAD + "<w:comments %s>%s</w:comments>" % (W, "".join(body)),
        "word/commentsExtended.xml": HEAD + "<w15:commentsEx %s>%s</w15:commentsEx>" % (W, "".join(ext)),
        "word/commentsIds.xml": HEAD + "<w16cid:commentsIds %s>%s</w16cid:commentsIds>" % (W, "".join(ids)),
        "word/commentsExtensible.xml": HEAD + "<w16cex:commentsExtensible %s>%s</w16cex:commentsExtensible>" % (W, "".join(cex)),
        "word/people.xml": HEAD + "<w15:people %s>%s</w15:people>" % (W, people),
    }


W_MAIN = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
          'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
          'mc:Ignorable="w14 w15 w16cid"')


def style(kind, sid, name, body, extra=""):
    return '<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>%s</w:style>' % (kind, extra, sid, name, body)


STYLES = HEAD + ('<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
                 'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
                 '<w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/></w:rPr>'
                 '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
                 '</w:pPrDefault></w:docDefaults><w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
                 'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
                 '<w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/><w:lsdException w:name="heading 2" w:semiHidden="1" '
                 'w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/><w:lsdException w:name="toc 1" w:semiHidden="1" w:uiPriority="39" '
                 'w:unhideWhenUsed="1"/><w:lsdException w:name="toc 2" w:semiHidden="1" w:uiPriority="39" w:unhideWhenUsed="1"/>'
                 '<w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/><w:lsdException w:name="Subtitle" w:uiPriority="11" '
                 'w:qFormat="1"/><w:lsdException w:name="Table Grid" w:uiPriority="39"/><w:lsdException w:name="List Paragraph" '
                 'w:uiPriority="34" w:qFormat="1"/><w:lsdException w:name="TOC Heading" w:semiHidden="1" w:uiPriority="39" '
                 'w:unhideWhenUsed="1" w:qFormat="1"/></w:latentStyles>' % W_MAIN
                 + style("paragraph", "Normal", "Normal", "<w:qFormat/>", ' w:default="1"')
                 + style("paragraph", "Heading1", "heading 1", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/>'
                         '<w:uiPriority w:val="9"/><w:qFormat/><w:rsid w:val="%s"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="80"/>'
                         '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                         'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/>'
                         '<w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>' % RSID_R)
                 + style("paragraph", "Heading2", "heading 2", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading2Char"/>'
                         '<w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:rsid w:val="%s"/><w:pPr><w:keepNext/><w:keepLines/>'
                         '<w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
                         'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="0F4761" '
                         'w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>' % RSID_R)
                 + style("paragraph", "Title", "Title", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="TitleChar"/>'
                         '<w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/>'
                         '<w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                         'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/>'
                         '<w:szCs w:val="56"/></w:rPr>')
                 + style("paragraph", "Subtitle", "Subtitle", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="SubtitleChar"/>'
                         '<w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:rPr>'
                         '<w:rFonts w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/><w:color w:val="595959" w:themeColor="text1" '
                         'w:themeTint="A6"/><w:spacing w:val="15"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>')
                 + style("character", "DefaultParagraphFont", "Default Paragraph Font", '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>', ' w:default="1"')
                 + style("table", "TableNormal", "Normal Table", '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
                         '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
                         '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>', ' w:default="1"')
                 + style("numbering", "NoList", "No List", '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>', ' w:default="1"')
                 + style("character", "Heading1Char", "Heading 1 Char", '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/>'
                         '<w:uiPriority w:val="9"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                         'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" '
                         'w:themeShade="BF"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>', ' w:customStyle="1"')
                 + style("character", "Heading2Char", "Heading 2 Char", '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading2"/>'
                         '<w:uiPriority w:val="9"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                         'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" '
                         'w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>', ' w:customStyle="1"')
                 + style("character", "TitleChar", "Title Char", '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/>'
                         '<w:uiPriority w:val="10"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                         'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/>'
                         '<w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr>', ' w:customStyle="1"')
                 + style("character", "SubtitleChar", "Subtitle Char", '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Subtitle"/>'
                         '<w:uiPriority w:val="11"/><w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/>'
                         '<w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/><w:spacing w:val="15"/><w:sz w:val="28"/>'
                         '<w:szCs w:val="28"/></w:rPr>', ' w:customStyle="1"')
                 + style("paragraph", "ListParagraph", "List Paragraph", '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>'
                         '<w:rsid w:val="%s"/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>' % RSID_R)
                 + style("table", "TableGrid", "Table Grid", '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:rsid w:val="%s"/>'
                         '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
                         '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                         '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                         '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                         '</w:tblBorders></w:tblPr>' % RSID_R)
                 + style("paragraph", "TOCHeading", "TOC Heading", '<w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>'
                         '<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="9"/></w:pPr>'
                         '<w:rPr><w:kern w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US"/>'
                         '<w14:ligatures w14:val="none"/></w:rPr>', ' w:customStyle="1"')
                 + style("paragraph", "TOC1", "toc 1", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/>'
                         '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/></w:pPr>')
                 + style("paragraph", "TOC2", "toc 2", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/>'
                         '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="220"/></w:pPr>')
                 + style("character", "Hyperlink", "Hyperlink", '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>'
                         '<w:unhideWhenUsed/><w:rPr><w:color w:val="467886" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr>')
                 + style("character", "CommentReference", "annotation reference", '<w:basedOn w:val="DefaultParagraphFont"/>'
                         '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>')
                 + style("paragraph", "CommentText", "annotation text", '<w:basedOn w:val="Normal"/><w:link w:val="CommentTextChar"/>'
                         '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
                         '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>')
                 + style("character", "CommentTextChar", "Comment Text Char", '<w:basedOn w:val="DefaultParagraphFont"/>'
                         '<w:link w:val="CommentText"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>',
                         ' w:customStyle="1"')
                 + style("paragraph", "Header", "header", '<w:basedOn w:val="Normal"/><w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/>'
                         '<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
                         '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>')
                 + style("paragraph", "Footer", "footer", '<w:basedOn w:val="Normal"/><w:link w:val="FooterChar"/><w:uiPriority w:val="99"/>'
                         '<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
                         '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>')
                 + style("character", "HeaderChar", "Header Char", '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Header"/>'
                         '<w:uiPriority w:val="99"/>', ' w:customStyle="1"')
                 + style("character", "FooterChar", "Footer Char", '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Footer"/>'
                         '<w:uiPriority w:val="99"/>', ' w:customStyle="1"')
                 + style("paragraph", "Revision", "Revision", '<w:hidden/><w:uiPriority w:val="99"/><w:semiHidden/>'
                         '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>')
                 + "</w:styles>")

NUMBERING = HEAD + ('<w:numbering %s>'
                    '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1A7C3F52"/>'
                    '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="5C4E1A86"/>'
                    '<w:lvl w:ilvl="0" w:tplc="40090001"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
                    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" '
                    'w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
                    '<w:lvl w:ilvl="1" w:tplc="40090003" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
                    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" '
                    'w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
                    '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="6E2B09D4"/>'
                    '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0A1E3C7E"/>'
                    '<w:lvl w:ilvl="0" w:tplc="4009000F"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
                    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
                    '<w:lvl w:ilvl="1" w:tplc="40090019" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
                    '<w:lvlText w:val="%%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>'
                    '</w:abstractNum><w:num w:numId="1" w16cid:durableId="1402662217"><w:abstractNumId w:val="0"/></w:num>'
                    '<w:num w:numId="2" w16cid:durableId="873216154"><w:abstractNumId w:val="1"/></w:num></w:numbering>' % W_MAIN)

SETTINGS = HEAD + ('<w:settings %s><w:zoom w:percent="110"/><w:trackRevisions/><w:defaultTabStop w:val="720"/>'
                   '<w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                   '</w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr><w:compat>'
                   '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
                   '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
                   '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
                   '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
                   '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
                   '<w:compatSetting w:name="useWord2013TrackBottomHyphenation" w:uri="http://schemas.microsoft.com/office/word" w:val="0"/>'
                   '</w:compat><w:rsids><w:rsidRoot w:val="%s"/><w:rsid w:val="%s"/><w:rsid w:val="%s"/><w:rsid w:val="0061A4C2"/>'
                   '</w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
                   '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/>'
                   '<m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
                   '<w:themeFontLang w:val="en-IN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" '
                   'w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" '
                   'w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
                   '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/><w14:docId w14:val="3B9F27C1"/>'
                   '<w15:chartTrackingRefBased/><w15:docId w15:val="{8D5F0C2A-6B1E-4F3D-9A27-4C1E5B7D9E02}"/></w:settings>') % (
    W_MAIN.replace('xmlns:mc=', 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:mc='),
    RSID_R, RSID_R, RSID_A)

WEBSETTINGS = HEAD + '<w:webSettings %s><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % W_MAIN

FONTS = HEAD + ('<w:fonts %s>'
                '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/><w:family w:val="decorative"/>'
                '<w:pitch w:val="variable"/><w:sig w:usb0="00000000" w:usb1="10000000" w:usb2="00000000" w:usb3="00000000" '
                'w:csb0="80000000" w:csb1="00000000"/></w:font>'
                '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
                '<w:family w:val="roman"/><w:pitch w:val="variable"/><w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" '
                'w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>'
                '<w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/><w:family w:val="modern"/>'
                '<w:pitch w:val="fixed"/><w:sig w:usb0="E0002EFF" w:usb1="C0007843" w:usb2="00000009" w:usb3="00000000" '
                'w:csb0="000001FF" w:csb1="00000000"/></w:font>'
                '<w:font w:name="Aptos"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
                '<w:sig w:usb0="20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" w:csb1="00000000"/></w:font>'
                '<w:font w:name="Aptos Display"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
                '<w:sig w:usb0="20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" w:csb1="00000000"/></w:font>'
                '</w:fonts>' % W_MAIN)

A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'


def srgb(tag, val):
    return "<a:%s><a:srgbClr val=\"%s\"/></a:%s>" % (tag, val, tag)


THEME = HEAD + ('<a:theme %s name="Office Theme"><a:themeElements><a:clrScheme name="Office">'
                '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
                + srgb("dk2", "0E2841") + srgb("lt2", "E8E8E8") + srgb("accent1", "156082") + srgb("accent2", "E97132")
                + srgb("accent3", "196B24") + srgb("accent4", "0F9ED5") + srgb("accent5", "A02B93") + srgb("accent6", "4EA72E")
                + srgb("hlink", "467886") + srgb("folHlink", "96607D") +
                '</a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Aptos Display" panose="02110004020202020204"/>'
                '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Aptos" panose="02110004020202020204"/>'
                '<a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>'
                '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="50000"/>'
                '</a:schemeClr></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:shade val="80000"/></a:schemeClr></a:solidFill>'
                '</a:fillStyleLst><a:lnStyleLst><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
                '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="19050" cap="flat" cmpd="sng" algn="ctr">'
                '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
                '<a:ln w="25400" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
                '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/>'
                '</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" '
                'dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr>'
                '</a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/>'
                '</a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr>'
                '</a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="93000"/><a:satMod val="150000"/>'
                '<a:shade val="98000"/><a:lumMod val="102000"/></a:schemeClr></a:solidFill></a:bgFillStyleLst></a:fmtScheme>'
                '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>') % A

NOTES = {}
for kind in ("footnote", "endnote"):
    NOTES[kind] = HEAD + ('<w:%ss %s><w:%s w:type="separator" w:id="-1"><w:p w:rsidR="%s" w:rsidRDefault="%s">'
                          '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>'
                          '<w:%s w:type="continuationSeparator" w:id="0"><w:p w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>'
                          '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
                          '</w:%s></w:%ss>') % (kind, W_MAIN, kind, RSID_R, RSID_R, kind, kind, RSID_R, RSID_R, kind, kind)

HEADER = HEAD + ('<w:hdr %s><w:p w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:pStyle w:val="Header"/><w:rPr><w:color w:val="7F7F7F"/>'
                 '<w:sz w:val="18"/></w:rPr></w:pPr><w:r><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="18"/></w:rPr>'
                 '<w:t>GS-II · Polity | Sixth Schedule</w:t></w:r><w:r><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="18"/></w:rPr>'
                 '<w:tab/><w:tab/><w:t>DRAFT v3 – for peer review</w:t></w:r></w:p></w:hdr>') % (W_MAIN, RSID_R, RSID_R)

FOOTER = HEAD + ('<w:ftr %s><w:p w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
                 '<w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 '<w:r><w:instrText xml:space="preserve"> PAGE  \\* Arabic  \\* MERGEFORMAT </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r>'
                 '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> of </w:t></w:r>'
                 '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES  \\* Arabic  \\* MERGEFORMAT </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>6</w:t></w:r>'
                 '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>') % (W_MAIN, RSID_R, RSID_R)

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DOC_RELS = [
    ("rId1", REL + "styles", "styles.xml"), ("rId2", REL + "numbering", "numbering.xml"),
    ("rId3", REL + "settings", "settings.xml"), ("rId4", REL + "webSettings", "webSettings.xml"),
    ("rId5", REL + "footnotes", "footnotes.xml"), ("rId6", REL + "endnotes", "endnotes.xml"),
    ("rId7", REL + "comments", "comments.xml"),
    ("rId8", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml"),
    ("rId9", "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds", "commentsIds.xml"),
    ("rId10", "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible", "commentsExtensible.xml"),
    ("rId11", REL + "header", "header1.xml"), ("rId12", REL + "footer", "footer1.xml"),
    ("rId13", REL + "fontTable", "fontTable.xml"),
    ("rId14", "http://schemas.microsoft.com/office/2011/relationships/people", "people.xml"),
    ("rId15", REL + "theme", "theme/theme1.xml"),
]
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
OVERRIDES = [
    ("/word/document.xml", WML + "document.main+xml"), ("/word/styles.xml", WML + "styles+xml"),
    ("/word/settings.xml", WML + "settings+xml"), ("/word/webSettings.xml", WML + "webSettings+xml"),
    ("/word/footnotes.xml", WML + "footnotes+xml"), ("/word/endnotes.xml", WML + "endnotes+xml"),
    ("/word/comments.xml", WML + "comments+xml"), ("/word/commentsExtended.xml", WML + "commentsExtended+xml"),
    ("/word/commentsIds.xml", WML + "commentsIds+xml"), ("/word/commentsExtensible.xml", WML + "commentsExtensible+xml"),
    ("/word/header1.xml", WML + "header+xml"), ("/word/footer1.xml", WML + "footer+xml"),
    ("/word/fontTable.xml", WML + "fontTable+xml"), ("/word/people.xml", WML + "people+xml"),
    ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
    ("/word/numbering.xml", WML + "numbering+xml"),
    ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
]


def content_types():
    return HEAD + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>%s</Types>') % "".join(
        '<Override PartName="%s" ContentType="%s"/>' % o for o in OVERRIDES)


def rels(items):
    return HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(
        '<Relationship Id="%s" Type="%s" Target="%s"/>' % it for it in items)


def core():
    return HEAD + ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                   'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                   'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                   '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Ritika Sharma</dc:creator><cp:keywords></cp:keywords>'
                   '<dc:description></dc:description><cp:lastModifiedBy>Arjun Menon</cp:lastModifiedBy><cp:revision>7</cp:revision>'
                   '<dcterms:created xsi:type="dcterms:W3CDTF">2025-09-18T15:02:00Z</dcterms:created>'
                   '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-14T18:52:00Z</dcterms:modified></cp:coreProperties>')


def app(words, chars):
    return HEAD + ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                   'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
                   '<TotalTime>214</TotalTime><Pages>6</Pages><Words>%d</Words><Characters>%d</Characters>'
                   '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>%d</Lines>'
                   '<Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant">'
                   '<vt:variant><vt:lpstr>Title</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector>'
                   '</HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr></vt:lpstr></vt:vector>'
                   '</TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
                   '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
                   '</Properties>') % (words, chars, chars // 70, chars // 420, chars + words)


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    lines = parse_comments(lines)
    document = build_document(lines)
    text = re.sub(r"<w:delText[^>]*>.*?</w:delText>", " ", document)
    text = re.sub(r"<[^>]+>", " ", text)
    words = len(text.split())
    chars = len("".join(text.split()))
    parts = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", rels([("rId3", REL + "extended-properties", "docProps/app.xml"),
                               ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                                "docProps/core.xml"),
                               ("rId1", REL + "officeDocument", "word/document.xml")])),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", rels(DOC_RELS)),
        ("word/footnotes.xml", NOTES["footnote"]),
        ("word/endnotes.xml", NOTES["endnote"]),
        ("word/header1.xml", HEADER),
        ("word/footer1.xml", FOOTER),
    ]
    parts += sorted(comments_parts().items(), key=lambda kv: ["word/comments.xml", "word/commentsExtended.xml",
                                                               "word/commentsIds.xml", "word/commentsExtensible.xml",
                                                               "word/people.xml"].index(kv[0]))
    parts += [
        ("word/theme/theme1.xml", THEME),
        ("word/settings.xml", SETTINGS),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", NUMBERING),
        ("word/webSettings.xml", WEBSETTINGS),
        ("word/fontTable.xml", FONTS),
        ("docProps/core.xml", core()),
        ("docProps/app.xml", app(words, chars)),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, ZDATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main()
