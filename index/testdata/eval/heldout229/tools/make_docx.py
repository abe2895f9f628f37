#!/usr/bin/python3
"""Make docs/uk-mauritius-treaty-mentor-review.docx from tools/uk-mauritius-treaty-mentor-review.txt.

The file imitates a draft saved by Word for Microsoft 365 (16.0) after a mentor reviewed it with
Track Changes on and replied in the margin with modern (threaded) comments:
  - the parts Word writes, in Word's zip order, every entry dated 1980-01-01: [Content_Types].xml,
    _rels/.rels, word/document.xml and its rels, footnotes and endnotes (separator notes only),
    header1/footer1 (running head; "Page X of Y" built from PAGE and NUMPAGES field codes),
    comments.xml with commentsExtended.xml (reply threading through w15:paraIdParent, one
    comment marked done), commentsIds.xml (durable ids) and commentsExtensible.xml (true UTC
    dates, while comments.xml carries Word's local time with a "Z"), theme1.xml (the 2023
    Office theme, Aptos / Aptos Display), settings.xml (trackRevisions on, rsid table),
    numbering.xml, styles.xml, webSettings.xml, fontTable.xml, people.xml (the two authors'
    presence info), a customXml bibliography store, docProps core/app;
  - document.xml with the wide mc:Ignorable namespace list, w14:paraId/textId and rsid
    attributes on paragraphs, tracked insertions (w:ins) and deletions (w:del / w:delText) by the
    reviewer and one by the author, a paragraph moved with moveFrom/moveTo and their named range
    marks, a bold-added format change (w:rPrChange), comment ranges and reference runs (a reply
    anchored on its parent's range), proofErr spelling marks around names, _Hlk bookmarks, a
    hyperlink, a Table Grid table with a shaded header row, bullets and two decimal lists (the
    second restarted through a w:num override), a bordered and shaded question box, A4 section.

Run from anywhere: /usr/bin/python3 tools/make_docx.py (standard library only; fixed
timestamps and order, so the output is byte for byte the same on every run).
"""
import hashlib
import os
import re
import zipfile
from datetime import datetime, timedelta
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "uk-mauritius-treaty-mentor-review.txt")
OUT = os.path.join(HERE, "..", "docs", "uk-mauritius-treaty-mentor-review.docx")

XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
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

RSID_AUTHOR = "00D31F6B"
RSID_REVIEW = "00B41C2A"
RSID_REPLY = "006E2F94"
RSID_OLD = "0032A5E8"
REVIEWER = "Vikram Sethi"
AUTHOR = "Priya Nair"
IST = timedelta(hours=5, minutes=30)


def h8(salt):
    v = int(hashlib.md5(salt.encode("utf-8")).hexdigest()[:8], 16)
    return "%08X" % (0x10000000 + v % 0x6FFFFFFF)


class Doc:
    def __init__(self):
        self.rev = 10           # revision ids (w:ins, w:del, moves, rPrChange)
        self.bm = 0             # bookmark ids
        self.minute = 0         # reviewer's edits are a minute apart
        self.pcount = 0
        self.comments = {}      # cid -> dict
        self.order = []         # comment ids in document order of their anchors
        self.links = []         # (rId, url)

    def rid(self):
        self.rev += 1
        return self.rev

    def rdate(self, who=REVIEWER):
        if who == AUTHOR:
            return "2025-06-07T21:30:00Z"
        self.minute += 1
        return "2025-06-07T10:%02d:00Z" % (10 + self.minute)

    def para_attrs(self, rsid=RSID_AUTHOR):
        self.pcount += 1
        return ('w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"'
                % (h8("p%d" % self.pcount), h8("t%d" % self.pcount) if self.pcount % 3 else "77777777",
                   rsid, RSID_AUTHOR, RSID_AUTHOR))


def t(text):
    sp = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return "<w:t%s>%s</w:t>" % (sp, escape(text))


def run(text, rpr="", rsid=None, deleted=False):
    if not text:
        return ""
    r = '<w:r w:rsidR="%s">' % rsid if rsid else "<w:r>"
    body = ("<w:delText%s>%s</w:delText>" % (' xml:space="preserve"' if text != text.strip() else "",
                                              escape(text))) if deleted else t(text)
    return r + ("<w:rPr>%s</w:rPr>" % rpr if rpr else "") + body + "</w:r>"


TOKEN = re.compile(r"\{\+P:(.*?)\+\}|\{\+(.*?)\+\}|\{-(.*?)-\}|\{\*(.*?)\*\}|\[\[(c\d+):(.*?)\]\]"
                   r"|<<(.*?)\|(.*?)>>|~(\w+)~")


def inline(doc, text, rpr="", replies=None):
    out = []
    pos = 0
    for m in TOKEN.finditer(text):
        out.append(run(text[pos:m.start()], rpr))
        pos = m.end()
        if m.group(1) is not None:
            out.append('<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>'
                       % (doc.rid(), AUTHOR, doc.rdate(AUTHOR), run(m.group(1), rpr, RSID_REPLY)))
        elif m.group(2) is not None:
            inner = m.group(2)
            date = doc.rdate()
            if inner.startswith("{*"):
                body = bold_change(doc, inner[2:-2], rpr, RSID_REVIEW)
            else:
                body = run(inner, rpr, RSID_REVIEW)
            out.append('<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>'
                       % (doc.rid(), REVIEWER, date, body))
        elif m.group(3) is not None:
            out.append('<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>'
                       % (doc.rid(), REVIEWER, doc.rdate(), run(m.group(3), rpr, RSID_OLD, True)))
        elif m.group(4) is not None:
            out.append(bold_change(doc, m.group(4), rpr))
        elif m.group(5) is not None:
            cid = int(m.group(5)[1:])
            ids = [cid] + [r for r in (replies or {}).get(cid, [])]
            for i in ids:
                doc.order.append(i)
            out.append("".join('<w:commentRangeStart w:id="%d"/>' % i for i in ids))
            out.append(inline(doc, m.group(6), rpr))
            for i in ids:
                out.append('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                           '</w:rPr><w:commentReference w:id="%d"/></w:r>' % (i, i))
        elif m.group(7) is not None:
            rid = "rId%d" % (14 + len(doc.links))
            doc.links.append((rid, m.group(8)))
            out.append('<w:hyperlink r:id="%s" w:history="1">%s</w:hyperlink>'
                       % (rid, run(m.group(7), '<w:rStyle w:val="Hyperlink"/>' + rpr)))
        elif m.group(9) is not None:
            out.append('<w:proofErr w:type="spellStart"/>%s<w:proofErr w:type="spellEnd"/>'
                       % run(m.group(9), rpr))
    out.append(run(text[pos:], rpr))
    return "".join(out)


def bold_change(doc, text, rpr="", rsid=None):
    new = "<w:b/><w:bCs/>" + rpr
    chg = '<w:rPrChange w:id="%d" w:author="%s" w:date="%s">%s</w:rPrChange>' % (
        doc.rid(), REVIEWER, doc.rdate(), "<w:rPr>%s</w:rPr>" % rpr if rpr else "<w:rPr/>")
    r = '<w:r w:rsidR="%s">' % rsid if rsid else "<w:r>"
    return r + "<w:rPr>%s%s</w:rPr>" % (new, chg) + t(text) + "</w:r>"


def para(doc, body, ppr="", rsid=RSID_AUTHOR, mark_rpr=""):
    inner = ppr + ("<w:rPr>%s</w:rPr>" % mark_rpr if mark_rpr else "")
    return "<w:p %s>%s%s</w:p>" % (doc.para_attrs(rsid), "<w:pPr>%s</w:pPr>" % inner if inner else "", body)


def build_document(doc, lines, replies):
    body = []
    table = []
    num_list = 1  # which decimal w:num the next numbered list uses
    prev_num = False
    move = None
    hlk = 0

    def flush_table():
        if not table:
            return
        widths = [2405, 6611]
        x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
             '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
             'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
        x += ['<w:gridCol w:w="%d"/>' % w for w in widths]
        x.append("</w:tblGrid>")
        for i, cells in enumerate(table):
            x.append('<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="77777777">' % (RSID_AUTHOR, h8("tr%d" % i)))
            for j, c in enumerate(cells):
                shd = '<w:shd w:val="clear" w:color="auto" w:fill="DCEAF7"/>' if i == 0 else ""
                rpr = "<w:b/><w:bCs/>" if i == 0 or j == 0 else ""
                x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (widths[j], shd))
                x.append(para(doc, inline(doc, c, rpr, replies)))
                x.append("</w:tc>")
            x.append("</w:tr>")
        x.append("</w:tbl>")
        body.append("".join(x))
        table.clear()

    for line in lines:
        if not line.strip() or line.startswith(";;") or line.startswith("@comment") \
                or line.startswith("@reply") or line.startswith("@done"):
            continue
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if line.startswith("@movefrom") or line.startswith("@moveto"):
            kind, name = line.split()
            move = (kind[1:], name)
            continue
        is_num = bool(re.match(r"\d+\. ", line))
        if is_num and not prev_num:
            num_list += 1
        prev_num = is_num
        if line.startswith("@title "):
            body.append(para(doc, inline(doc, line[7:], "", replies), '<w:pStyle w:val="Title"/>'))
        elif line.startswith("@subtitle "):
            body.append(para(doc, inline(doc, line[10:], "", replies), '<w:pStyle w:val="Subtitle"/>'))
        elif line.startswith("## "):
            body.append(para(doc, inline(doc, line[3:], "", replies), '<w:pStyle w:val="Heading2"/>'))
        elif line.startswith("# "):
            hlk += 1
            bm = doc.bm
            doc.bm += 1
            b = ('<w:bookmarkStart w:id="%d" w:name="_Hlk1998%05d"/>' % (bm, 31407 + hlk * 977)
                 + inline(doc, line[2:], "", replies) + '<w:bookmarkEnd w:id="%d"/>' % bm)
            body.append(para(doc, b, '<w:pStyle w:val="Heading1"/>'))
        elif line.startswith("- "):
            ppr = '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            text = line[2:]
            if move:
                kind, name = move
                tag = "moveFrom" if kind == "movefrom" else "moveTo"
                rng_id, mv_id = doc.rid(), doc.rid()
                date = "2025-06-07T10:31:00Z"
                r = run(text, "", RSID_REVIEW if tag == "moveTo" else None)
                b = ('<w:%sRangeStart w:id="%d" w:author="%s" w:date="%s" w:name="move%s"/>'
                     '<w:%s w:id="%d" w:author="%s" w:date="%s">%s</w:%s><w:%sRangeEnd w:id="%d"/>'
                     % (tag, rng_id, REVIEWER, date, "199871522", tag, mv_id, REVIEWER, date, r, tag,
                        tag, rng_id))
                mark = '<w:%s w:id="%d" w:author="%s" w:date="%s"/>' % (tag, doc.rid(), REVIEWER, date)
                body.append(para(doc, b, ppr, RSID_REVIEW if tag == "moveTo" else RSID_AUTHOR, mark))
                move = None
            else:
                body.append(para(doc, inline(doc, text, "", replies), ppr))
        elif is_num:
            text = line.split(" ", 1)[1]
            ppr = ('<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/>'
                   '</w:numPr>' % num_list)
            body.append(para(doc, inline(doc, text, "", replies), ppr))
        elif line.startswith("> "):
            ppr = ('<w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="156082" w:themeColor="accent1"/>'
                   '<w:left w:val="single" w:sz="4" w:space="4" w:color="156082" w:themeColor="accent1"/>'
                   '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="156082" w:themeColor="accent1"/>'
                   '<w:right w:val="single" w:sz="4" w:space="4" w:color="156082" w:themeColor="accent1"/></w:pBdr>'
                   '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2" w:themeFill="background1" '
                   'w:themeFillShade="F2"/>')
            body.append(para(doc, inline(doc, line[2:], "<w:i/><w:iCs/>", replies), ppr))
        else:
            body.append(para(doc, inline(doc, line, "", replies)))
    flush_table()
    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:headerReference w:type="default" r:id="rId12"/>'
            '<w:footerReference w:type="default" r:id="rId13"/><w:pgSz w:w="11906" w:h="16838" w:code="9"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
            'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'
            % (RSID_AUTHOR, RSID_AUTHOR))
    return (XML + "<w:document %s><w:body>%s%s</w:body></w:document>" % (NS, "".join(body), sect))


def comment_parts(doc):
    c_xml, ex, ids, cex = [], [], [], []
    for cid in sorted(doc.comments):
        c = doc.comments[cid]
        pid = h8("cp%d" % cid)
        c["paraId"] = pid
        local = datetime.strptime(c["date"], "%Y-%m-%dT%H:%M:%S")
        initials = "".join(w[0] for w in c["author"].split())
        c_xml.append(
            '<w:comment w:id="%d" w:author="%s" w:date="%sZ" w:initials="%s"><w:p w14:paraId="%s" '
            'w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr><w:pStyle '
            'w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
            '<w:annotationRef/></w:r>%s</w:p></w:comment>'
            % (cid, c["author"], c["date"], initials, pid,
               RSID_REPLY if c["author"] == AUTHOR else RSID_REVIEW,
               RSID_REPLY if c["author"] == AUTHOR else RSID_REVIEW,
               RSID_REPLY if c["author"] == AUTHOR else RSID_REVIEW, run(c["text"])))
        parent = ' w15:paraIdParent="%s"' % h8("cp%d" % c["parent"]) if c["parent"] is not None else ""
        ex.append('<w15:commentEx w15:paraId="%s"%s w15:done="%d"/>' % (pid, parent, 1 if c["done"] else 0))
        durable = h8("durable%d" % cid)
        ids.append('<w16cid:commentId w16cid:paraId="%s" w16cid:durableId="%s"/>' % (pid, durable))
        utc = (local - IST).strftime("%Y-%m-%dT%H:%M:%SZ")
        cex.append('<w16cex:commentExtensible w16cex:durableId="%s" w16cex:dateUtc="%s"/>' % (durable, utc))
    comments = XML + "<w:comments %s>%s</w:comments>" % (NS, "".join(c_xml))
    extended = XML + "<w15:commentsEx %s>%s</w15:commentsEx>" % (NS, "".join(ex))
    cids = XML + "<w16cid:commentsIds %s>%s</w16cid:commentsIds>" % (NS, "".join(ids))
    cext = (XML + '<w16cex:commentsExtensible %s>%s</w16cex:commentsExtensible>' % (
        NS.replace('mc:Ignorable="', 'xmlns:cr="http://schemas.microsoft.com/office/comments/2020/reactions" '
                   'mc:Ignorable="cr '), "".join(cex)))
    return comments, extended, cids, cext


CONTENT_TYPES = (
    XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
    '<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>'
    '<Override PartName="/word/commentsIds.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml"/>'
    '<Override PartName="/word/commentsExtensible.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/people.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"/>'
    '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')

ROOT_RELS = (
    XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')


def doc_rels(links):
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    rels = [
        ("rId8", "comments", "comments.xml"),
        ("rId13", "footer", "footer1.xml"),
        ("rId3", "styles", "styles.xml"),
        ("rId7", "endnotes", "endnotes.xml"),
        ("rId12", "header", "header1.xml"),
        ("rId2", "numbering", "numbering.xml"),
        ("rId16", "fontTable", "fontTable.xml"),
        ("rId1", "customXml", "../customXml/item1.xml"),
        ("rId6", "footnotes", "footnotes.xml"),
        ("rId11", "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible", "commentsExtensible.xml"),
        ("rId5", "webSettings", "webSettings.xml"),
        ("rId15", "http://schemas.microsoft.com/office/2011/relationships/people", "people.xml"),
        ("rId10", "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds", "commentsIds.xml"),
        ("rId4", "settings", "settings.xml"),
        ("rId9", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml"),
        ("rId17", "theme", "theme/theme1.xml"),
    ]
    out = [XML, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for rid, typ, target in rels:
        typ = typ if typ.startswith("http") else base + typ
        out.append('<Relationship Id="%s" Type="%s" Target="%s"/>' % (rid, typ, target))
    for rid, url in links:
        out.append('<Relationship Id="%s" Type="%shyperlink" Target="%s" TargetMode="External"/>'
                   % (rid, base, escape(url)))
    out.append("</Relationships>")
    return "".join(out)


def notes(kind):
    tag = "footnote" if kind == "footnotes" else "endnote"
    return (XML + '<w:%s %s><w:%s w:type="separator" w:id="-1"><w:p w14:paraId="%s" w14:textId="77777777" '
            'w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s><w:%s '
            'w:type="continuationSeparator" w:id="0"><w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" '
            'w:rsidRDefault="%s" w:rsidP="%s"><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            '</w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:%s></w:%s>'
            % (kind, NS, tag, h8(kind + "sep"), RSID_AUTHOR, RSID_AUTHOR, RSID_AUTHOR, tag, tag,
               h8(kind + "cont"), RSID_AUTHOR, RSID_AUTHOR, RSID_AUTHOR, tag, kind))


def header_footer():
    hdr = (XML + '<w:hdr %s><w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">'
           '<w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:color w:val="7F7F7F"/>'
           '<w:sz w:val="18"/></w:rPr><w:t>Priya Nair · IR notes · DRAFT 3 – not for circulation</w:t></w:r>'
           '</w:p></w:hdr>' % (NS, h8("hdr"), RSID_AUTHOR, RSID_AUTHOR))

    def field(code, value):
        return ('<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:b/>'
                '<w:bCs/></w:rPr><w:instrText xml:space="preserve"> %s  \\* Arabic  \\* MERGEFORMAT </w:instrText>'
                '</w:r><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr>'
                '<w:b/><w:bCs/><w:noProof/></w:rPr><w:t>%s</w:t></w:r><w:r><w:rPr><w:b/><w:bCs/></w:rPr>'
                '<w:fldChar w:fldCharType="end"/></w:r>' % (code, value))
    ftr = (XML + '<w:ftr %s><w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">'
           '<w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t>'
           '</w:r>%s<w:r><w:t xml:space="preserve"> of </w:t></w:r>%s</w:p></w:ftr>'
           % (NS, h8("ftr"), RSID_AUTHOR, RSID_AUTHOR, field("PAGE", "1"), field("NUMPAGES", "4")))
    return hdr, ftr


THEME = (
    XML + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
    '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
    '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E2841"/></a:dk2>'
    '<a:lt2><a:srgbClr val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/></a:accent1>'
    '<a:accent2><a:srgbClr val="E97132"/></a:accent2><a:accent3><a:srgbClr val="196B24"/></a:accent3>'
    '<a:accent4><a:srgbClr val="0F9ED5"/></a:accent4><a:accent5><a:srgbClr val="A02B93"/></a:accent5>'
    '<a:accent6><a:srgbClr val="4EA72E"/></a:accent6><a:hlink><a:srgbClr val="467886"/></a:hlink>'
    '<a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme><a:fontScheme name="Office">'
    '<a:majorFont><a:latin typeface="Aptos Display" panose="02110004020202020204"/><a:ea typeface=""/>'
    '<a:cs typeface=""/><a:font script="Deva" typeface="Nirmala UI"/><a:font script="Arab" typeface="Times New Roman"/>'
    '</a:majorFont><a:minorFont><a:latin typeface="Aptos" panose="02110004020202020204"/><a:ea typeface=""/>'
    '<a:cs typeface=""/><a:font script="Deva" typeface="Nirmala UI"/><a:font script="Arab" typeface="Arial"/>'
    '</a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr '
    'val="phClr"/></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr">'
    '<a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="50000">'
    '<a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/></a:schemeClr>'
    '</a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="109000"/>'
    '<a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
    '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:satMod val="103000"/>'
    '<a:lumMod val="102000"/><a:tint val="94000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr">'
    '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/></a:schemeClr></a:gs><a:gs pos="100000">'
    '<a:schemeClr val="phClr"><a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/></a:schemeClr>'
    '</a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill></a:fillStyleLst><a:lnStyleLst>'
    '<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="19050" cap="flat" cmpd="sng" algn="ctr">'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    '<a:ln w="25400" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle>'
    '<a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst>'
    '<a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000">'
    '<a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst>'
    '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr">'
    '<a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill><a:gradFill rotWithShape="1">'
    '<a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="93000"/><a:satMod val="150000"/>'
    '<a:shade val="98000"/><a:lumMod val="102000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr '
    'val="phClr"><a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/><a:lumMod val="103000"/>'
    '</a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:shade val="63000"/><a:satMod '
    'val="120000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
    '</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults><a:lnDef><a:spPr/><a:bodyPr/>'
    '<a:lstStyle/><a:style><a:lnRef idx="2"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="0">'
    '<a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="1"><a:schemeClr val="accent1"/></a:effectRef>'
    '<a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef></a:style></a:lnDef></a:objectDefaults>'
    '<a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}"><thm15:themeFamily '
    'xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
    'id="{2E142A2C-CD16-42D6-873A-C26D2A0506FA}" vid="{1BDDFF52-6CD6-40A5-AB3C-68EB2F1E4D0A}"/></a:ext>'
    '</a:extLst></a:theme>')


def settings():
    rsids = sorted({RSID_AUTHOR, RSID_REVIEW, RSID_REPLY, RSID_OLD, "001A7C53", "00F0E2B9"})
    return (XML + '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
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
            '<w:zoom w:percent="110"/><w:trackRevisions/><w:defaultTabStop w:val="720"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/>'
            '<w:footnote w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/>'
            '</w:endnotePr><w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting '
            'w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="1"/><w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="1"/><w:compatSetting w:name="doNotFlipMirrorIndents" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
            'w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="useWord2013TrackBottomHyphenation" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="0"/></w:compat><w:rsids>'
            '<w:rsidRoot w:val="%s"/>%s</w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/>'
            '<m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
            '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
            '<m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang w:val="en-IN"/><w:clrSchemeMapping '
            'w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" '
            'w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
            'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/><w:shapeDefaults>'
            '<o:shapedefaults v:ext="edit" spidmax="1026"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" '
            'data="1"/></o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            '<w14:docId w14:val="5C1E9A37"/><w15:chartTrackingRefBased/><w15:docId '
            'w15:val="{8F3D2B61-4C7A-4E19-A0B5-72E6C1D94F08}"/></w:settings>'
            % (RSID_AUTHOR, "".join('<w:rsid w:val="%s"/>' % r for r in rsids)))


def styles():
    def pstyle(sid, name, extra, ppr="", rpr="", based="Normal", nxt="Normal", link=None, ui=None, q=True):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="%s"/>'
                '<w:next w:val="%s"/>%s%s%s%s<w:rsid w:val="%s"/>%s%s</w:style>'
                % (sid, name, based, nxt, '<w:link w:val="%s"/>' % link if link else "",
                   '<w:uiPriority w:val="%s"/>' % ui if ui else "", "<w:qFormat/>" if q else "",
                   extra, RSID_AUTHOR, "<w:pPr>%s</w:pPr>" % ppr if ppr else "",
                   "<w:rPr>%s</w:rPr>" % rpr if rpr else ""))

    def cstyle(sid, name, rpr, link=None, ui="99", based="DefaultParagraphFont"):
        return ('<w:style w:type="character" w:customStyle="%d" w:styleId="%s"><w:name w:val="%s"/>'
                '<w:basedOn w:val="%s"/>%s<w:uiPriority w:val="%s"/><w:rPr>%s</w:rPr></w:style>'
                % (1 if sid.endswith("Char") else 0, sid, name, based,
                   '<w:link w:val="%s"/>' % link if link else "", ui, rpr))

    latent = "".join('<w:lsdException w:name="%s" w:uiPriority="%s" w:qFormat="1"/>' % (n, p) for n, p in [
        ("Normal", 0), ("heading 1", 9), ("heading 2", 9), ("heading 3", 9), ("Title", 10),
        ("Subtitle", 11), ("Strong", 22), ("Emphasis", 20), ("List Paragraph", 34), ("Quote", 29)])
    return (XML + '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
            'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/>'
            '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="ar-SA"/>'
            '<w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
            '<w:spacing w:after="160" w:line="278" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
            'w:defQFormat="0" w:count="376">%s</w:latentStyles>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
            '%s%s%s%s'
            '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name '
            'w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
            '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
            '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
            '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" '
            'w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
            '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
            '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
            '%s%s%s%s%s'
            '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn '
            'w:val="TableNormal"/><w:uiPriority w:val="39"/><w:rsid w:val="%s"/><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" '
            'w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom '
            'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" '
            'w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV '
            'w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
            '%s%s%s%s%s%s%s%s%s</w:styles>'
            % (NS, latent,
               pstyle("Heading1", "heading 1", "<w:uiPriority w:val=\"9\"/>", '<w:keepNext/><w:keepLines/>'
                      '<w:spacing w:before="360" w:after="80"/><w:outlineLvl w:val="0"/>',
                      '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
                      'w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/>'
                      '<w:sz w:val="40"/><w:szCs w:val="40"/>', link="Heading1Char", q=True),
               pstyle("Heading2", "heading 2", "<w:uiPriority w:val=\"9\"/><w:unhideWhenUsed/>",
                      '<w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/>',
                      '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
                      'w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/>'
                      '<w:sz w:val="32"/><w:szCs w:val="32"/>', link="Heading2Char"),
               pstyle("Title", "Title", "<w:uiPriority w:val=\"10\"/>", '<w:spacing w:after="80" w:line="240" '
                      'w:lineRule="auto"/><w:contextualSpacing/>', '<w:rFonts w:asciiTheme="majorHAnsi" '
                      'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
                      '<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/>',
                      link="TitleChar"),
               pstyle("Subtitle", "Subtitle", "<w:uiPriority w:val=\"11\"/>", '<w:numPr><w:ilvl w:val="1"/>'
                      '</w:numPr>', '<w:rFonts w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/><w:color '
                      'w:val="595959" w:themeColor="text1" w:themeTint="A6"/><w:spacing w:val="15"/><w:sz w:val="28"/>'
                      '<w:szCs w:val="28"/>', link="SubtitleChar"),
               cstyle("Heading1Char", "Heading 1 Char", '<w:rFonts w:asciiTheme="majorHAnsi" '
                      'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color '
                      'w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="40"/><w:szCs w:val="40"/>',
                      link="Heading1", ui="9"),
               cstyle("Heading2Char", "Heading 2 Char", '<w:rFonts w:asciiTheme="majorHAnsi" '
                      'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color '
                      'w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/>',
                      link="Heading2", ui="9"),
               cstyle("TitleChar", "Title Char", '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                      'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/>'
                      '<w:sz w:val="56"/><w:szCs w:val="56"/>', link="Title", ui="10"),
               cstyle("SubtitleChar", "Subtitle Char", '<w:rFonts w:eastAsiaTheme="majorEastAsia" '
                      'w:cstheme="majorBidi"/><w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/>'
                      '<w:spacing w:val="15"/><w:sz w:val="28"/><w:szCs w:val="28"/>', link="Subtitle", ui="11"),
               pstyle("ListParagraph", "List Paragraph", "<w:uiPriority w:val=\"34\"/>",
                      '<w:ind w:left="720"/><w:contextualSpacing/>'),
               RSID_AUTHOR,
               cstyle("CommentReference", "annotation reference", '<w:sz w:val="16"/><w:szCs w:val="16"/>'),
               pstyle("CommentText", "annotation text", "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>",
                      '<w:spacing w:line="240" w:lineRule="auto"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>',
                      link="CommentTextChar", q=False),
               cstyle("CommentTextChar", "Comment Text Char", '<w:sz w:val="20"/><w:szCs w:val="20"/>',
                      link="CommentText"),
               pstyle("CommentSubject", "annotation subject", "<w:uiPriority w:val=\"99\"/><w:semiHidden/>"
                      "<w:unhideWhenUsed/>", "", '<w:b/><w:bCs/>', based="CommentText", nxt="CommentText",
                      link="CommentSubjectChar", q=False),
               cstyle("CommentSubjectChar", "Comment Subject Char", '<w:b/><w:bCs/><w:sz w:val="20"/>'
                      '<w:szCs w:val="20"/>', link="CommentSubject", based="CommentTextChar"),
               pstyle("Header", "header", "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>",
                      '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
                      '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', link="HeaderChar", q=False),
               pstyle("Footer", "footer", "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>",
                      '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
                      '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', link="FooterChar", q=False),
               cstyle("Hyperlink", "Hyperlink", '<w:color w:val="467886" w:themeColor="hyperlink"/><w:u w:val="single"/>'),
               '<w:style w:type="paragraph" w:styleId="Revision"><w:name w:val="Revision"/><w:hidden/>'
               '<w:uiPriority w:val="99"/><w:semiHidden/><w:rsid w:val="%s"/><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr></w:style>' % RSID_REVIEW))


def numbering():
    def lvl(i, fmt, text, ind, font=None):
        rpr = ('<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr>' % (font, font)
               if font else "")
        return ('<w:lvl w:ilvl="%d" w:tplc="%s"%s><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText '
                'w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>%s</w:lvl>'
                % (i, h8("tplc%s%d" % (fmt, i)), ' w:tentative="1"' if i else "", fmt, text, ind, rpr))
    bullets = "".join(lvl(i, "bullet", ch, 720 + 720 * i, f) for i, (ch, f) in enumerate(
        [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings")]))
    decimal = "".join(lvl(i, f, txt, 720 + 720 * i) for i, (f, txt) in enumerate(
        [("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3.")]))
    return (XML + '<w:numbering %s><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
            '<w:nsid w:val="1C6A2F4E"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="E8C4B2A6"/>%s'
            '</w:abstractNum><w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid '
            'w:val="5B7E03D1"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="3F2A9C84"/>%s'
            '</w:abstractNum><w:num w:numId="1" w16cid:durableId="1254087711"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2" w16cid:durableId="904518237"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="3" w16cid:durableId="1798252406"><w:abstractNumId w:val="1"/><w:lvlOverride '
            'w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>'
            % (NS, bullets, decimal))


FONTS = (XML + '<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
         'mc:Ignorable="w14 w15">'
         '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/>'
         '<w:family w:val="decorative"/><w:pitch w:val="variable"/><w:sig w:usb0="00000000" w:usb1="10000000" '
         'w:usb2="00000000" w:usb3="00000000" w:csb0="80000000" w:csb1="00000000"/></w:font>'
         '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
         '<w:family w:val="roman"/><w:pitch w:val="variable"/><w:sig w:usb0="E0002EFF" w:usb1="C000785B" '
         'w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>'
         '<w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/>'
         '<w:family w:val="modern"/><w:pitch w:val="fixed"/><w:sig w:usb0="E0002EFF" w:usb1="C0007843" '
         'w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>'
         '<w:font w:name="Wingdings"><w:panose1 w:val="05000000000000000000"/><w:charset w:val="02"/>'
         '<w:family w:val="auto"/><w:pitch w:val="variable"/><w:sig w:usb0="00000000" w:usb1="10000000" '
         'w:usb2="00000000" w:usb3="00000000" w:csb0="80000000" w:csb1="00000000"/></w:font>'
         '<w:font w:name="Aptos"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
         '<w:sig w:usb0="20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" '
         'w:csb1="00000000"/></w:font>'
         '<w:font w:name="Aptos Display"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
         '<w:sig w:usb0="20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" '
         'w:csb1="00000000"/></w:font></w:fonts>')

WEB = (XML + '<w:webSettings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
       'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
       '<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>')

PEOPLE = (XML + '<w15:people %s><w15:person w15:author="Vikram Sethi"><w15:presenceInfo w15:providerId="Windows Live" '
          'w15:userId="3a91c5e07b24df18"/></w15:person><w15:person w15:author="Priya Nair"><w15:presenceInfo '
          'w15:providerId="Windows Live" w15:userId="e06b2f9d41c873a5"/></w15:person></w15:people>' % NS)

CUSTOM_ITEM = ('<b:Sources SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6" '
               'xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" '
               'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"></b:Sources>\r\n')
CUSTOM_PROPS = (XML + '<ds:datastoreItem ds:itemID="{4B7F1C2E-9A05-4D63-B8E1-0C2F6A93D571}" '
                'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>'
                '<ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>'
                '</ds:schemaRefs></ds:datastoreItem>')
CUSTOM_RELS = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'customXmlProps" Target="itemProps1.xml"/></Relationships>')

CORE = (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Priya Nair</dc:creator><cp:keywords></cp:keywords>'
        '<dc:description></dc:description><cp:lastModifiedBy>Vikram Sethi</cp:lastModifiedBy>'
        '<cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-06-02T10:35:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-07T16:12:00Z</dcterms:modified></cp:coreProperties>')


def app(words, chars, chars_sp, paras, lines):
    return (XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
            '</Template><TotalTime>214</TotalTime><Pages>4</Pages><Words>%d</Words><Characters>%d</Characters>'
            '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>%d</Lines>'
            '<Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false'
            '</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
            % (words, chars, lines, paras, chars_sp))


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    doc = Doc()
    replies = {}
    for line in lines:
        if line.startswith("@comment ") or line.startswith("@reply "):
            head, author, date, text = [p.strip() for p in line.split("|", 3)]
            parts = head.split()
            cid = int(parts[1][1:])
            parent = int(parts[3][1:]) if parts[0] == "@reply" else None
            doc.comments[cid] = {"author": author, "date": date, "text": text, "parent": parent,
                                 "done": False}
            if parent is not None:
                replies.setdefault(parent, []).append(cid)
        elif line.startswith("@done "):
            doc.comments[int(line.split()[1][1:])]["done"] = True
    document = build_document(doc, lines, replies)
    comments, extended, cids, cext = comment_parts(doc)
    hdr, ftr = header_footer()

    shown = re.sub(r"<w:del .*?</w:del>|<w:moveFrom .*?</w:moveFrom>", "", document)
    paras = [re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<w:p [^>]*>.*?</w:p>", shown)]
    text = " ".join(p for p in paras if p.strip())
    import html
    text = html.unescape(text)
    words = len(text.split())
    chars = len(re.sub(r"\s", "", text))
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", doc_rels(doc.links)),
        ("word/footnotes.xml", notes("footnotes")),
        ("word/endnotes.xml", notes("endnotes")),
        ("word/header1.xml", hdr),
        ("word/footer1.xml", ftr),
        ("word/comments.xml", comments),
        ("word/commentsExtended.xml", extended),
        ("word/commentsIds.xml", cids),
        ("word/commentsExtensible.xml", cext),
        ("word/theme/theme1.xml", THEME),
        ("word/settings.xml", settings()),
        ("word/numbering.xml", numbering()),
        ("word/styles.xml", styles()),
        ("word/webSettings.xml", WEB),
        ("word/fontTable.xml", FONTS),
        ("word/people.xml", PEOPLE),
        ("customXml/item1.xml", CUSTOM_ITEM),
        ("customXml/itemProps1.xml", CUSTOM_PROPS),
        ("customXml/_rels/item1.xml.rels", CUSTOM_RELS),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", app(words, chars, len(text), len([p for p in paras if p.strip()]),
                                 len(text) // 80)),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main()
