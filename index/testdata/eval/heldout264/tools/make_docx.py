#!/usr/bin/python3
"""Re-make docs/hotspots-india-mentor-review.docx from tools/hotspots-india-mentor-review.txt.

The file is written the way WPS Office (WPS Writer, international build 12.2) saves a .docx
after a mentor has reviewed a student's notes with Track Changes on and left comments:

  - zip entries in WPS's order (docProps first, [Content_Types].xml last), deflated, all
    stamped with the local time of the last save;
  - docProps/app.xml naming "WPS Office_12.2.0.<build>_F1E327BC-..." with Template Normal.dotm,
    docProps/custom.xml with WPS's KSOProductBuildVer and ICV properties;
  - numeric style ids ("1" Normal, "2" heading 1, ...), w:rFonts w:hint and w:lang in every run,
    w:bidi w:val="0" in every paragraph, leftChars/firstLineChars indents, A4 with WPS's
    3.18 cm side margins and a 312-twip line grid, a _GoBack bookmark;
  - settings.xml with trackRevisions, the commondata docVar and WPS's typoFeatureVersion block;
  - relationships listed in descending rId order;
  - tracked insertions and deletions (w:ins / w:del with w:delText, one inserted paragraph),
    comments with commentRangeStart/End and commentReference runs, a reply threaded through
    word/commentsExtended.xml (w15:paraIdParent) and one comment marked done.

Standard library only.  Run: /usr/bin/python3 tools/make_docx.py [--out DIR]
"""
import datetime
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "hotspots-india-mentor-review.txt")
NAME = "hotspots-india-mentor-review.docx"

BUILD = "12.2.0.21931"
APP = "WPS Office_%s_F1E327BC-269C-435d-A152-05C5408002CA" % BUILD
ZIP_TIME = (2025, 11, 15, 21, 16, 44)

NS_DOC = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
          'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
          'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
          'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
          'mc:Ignorable="w14 w15 wp14"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RPR = '<w:rFonts w:hint="default"/>'
LANG = '<w:lang w:val="en-US"/>'

# numeric style ids, as WPS writes them
S_NORMAL, S_H1, S_H2, S_ANNOT, S_FOOTER, S_TITLE, S_SUBTITLE, S_ANNOT_SUBJ = "1", "2", "3", "4", "5", "6", "7", "8"
S_DPF, S_NTABLE, S_GRID, S_ANNOT_REF, S_LISTP, S_CAPTION = "9", "10", "11", "12", "13", "14"


def iso_add(stamp, seconds):
    t = datetime.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ") + datetime.timedelta(seconds=seconds)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def t_el(text, tag="w:t"):
    sp = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return "<%s%s>%s</%s>" % (tag, sp, escape(text), tag)


class Doc:
    def __init__(self, src):
        self.meta, self.blocks, self.comments = {}, [], []
        for line in open(src, encoding="utf-8").read().split("\n"):
            if not line.strip():
                continue
            if line.startswith("@meta "):
                k, v = line[6:].split(":", 1)
                self.meta[k.strip()] = v.strip()
            elif line.startswith("@comment "):
                cid, author, ini, date, parent, text = [x.strip() for x in line[9:].split("|", 5)]
                self.comments.append({"id": cid, "author": author, "initials": ini, "date": date,
                                      "parent": None if parent == "-" else parent, "text": text})
            else:
                kind, text = line.split(":", 1)
                self.blocks.append((kind.strip(), text.strip()))
        self.rev_id = 7
        self.rev_n = 0
        self.children = {}
        for c in self.comments:
            if c["parent"]:
                self.children.setdefault(c["parent"], []).append(c["id"])

    def rev_attrs(self):
        a = 'w:id="%d" w:author="%s" w:date="%s"' % (
            self.rev_id, escape(self.meta["reviewer"]), iso_add(self.meta["revdate"], self.rev_n * 53))
        self.rev_id += 1
        self.rev_n += 1
        return a

    # ---- inline markup ---------------------------------------------------------------
    def runs(self, text, bold_all=False, extra_rpr=""):
        out = []
        pos = 0
        pat = re.compile(r"\*\*(.+?)\*\*|\{\+(.+?)\+\}|\{-(.+?)-\}|\[\[(\d+):(.+?)\]\]")
        for m in pat.finditer(text):
            if m.start() > pos:
                out.append(self.run(text[pos:m.start()], bold_all, extra_rpr))
            if m.group(1) is not None:
                out.append(self.run(m.group(1), True, extra_rpr))
            elif m.group(2) is not None:
                out.append("<w:ins %s>%s</w:ins>" % (self.rev_attrs(), self.run(m.group(2), bold_all, extra_rpr)))
            elif m.group(3) is not None:
                out.append("<w:del %s>%s</w:del>" % (self.rev_attrs(), self.run(m.group(3), bold_all, extra_rpr, deleted=True)))
            else:
                cid = m.group(4)
                ids = [cid] + self.children.get(cid, [])
                out.append("".join('<w:commentRangeStart w:id="%s"/>' % i for i in ids))
                out.append(self.run(m.group(5), bold_all, extra_rpr))
                for i in ids:
                    out.append('<w:commentRangeEnd w:id="%s"/><w:r><w:rPr><w:rStyle w:val="%s"/>%s%s</w:rPr>'
                               '<w:commentReference w:id="%s"/></w:r>' % (i, S_ANNOT_REF, RPR, LANG, i))
            pos = m.end()
        if pos < len(text):
            out.append(self.run(text[pos:], bold_all, extra_rpr))
        return "".join(out)

    def run(self, text, bold=False, extra_rpr="", deleted=False):
        b = "<w:b/><w:bCs/>" if bold else ""
        return "<w:r><w:rPr>%s%s%s%s</w:rPr>%s</w:r>" % (
            RPR, b, extra_rpr, LANG, t_el(text, "w:delText" if deleted else "w:t"))

    # ---- blocks ----------------------------------------------------------------------
    def para(self, style, body, numid=None, jc=None, ins_mark="", ind=None):
        ppr = []
        if style != S_NORMAL:
            ppr.append('<w:pStyle w:val="%s"/>' % style)
        if numid is not None:
            ppr.append('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % numid)
        ppr.append('<w:bidi w:val="0"/>')
        if ind:
            ppr.append(ind)
        if jc:
            ppr.append('<w:jc w:val="%s"/>' % jc)
        ppr.append("<w:rPr>%s%s%s</w:rPr>" % (ins_mark, RPR, LANG))
        return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % ("".join(ppr), body)

    def table(self, rows):
        widths = [1800, 3400, 3106]
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="%s"/><w:tblW w:w="8306" w:type="dxa"/>'
               '<w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>'
               '<w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
               '<w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
               '<w:bottom w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
               '<w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
               '<w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
               '<w:insideV w:val="single" w:color="auto" w:sz="4" w:space="0"/></w:tblBorders>'
               '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
               '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
               '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>%s</w:tblGrid>'
               % (S_GRID, "".join('<w:gridCol w:w="%d"/>' % w for w in widths))]
        for ri, row in enumerate(rows):
            cells = [c.strip() for c in row.split("|")]
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else ""
            out.append("<w:tr>%s" % trpr)
            for ci, cell in enumerate(cells):
                shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if ri == 0 else ""
                out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s<w:noWrap w:val="0"/>'
                           '<w:vAlign w:val="top"/></w:tcPr>' % (widths[ci], shd))
                out.append(self.para(S_NORMAL, self.runs(cell, bold_all=(ri == 0))))
                out.append("</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def document(self):
        body = []
        rows = []
        lists = {}
        next_num = [3]  # numId 1 = bullets, 2 = first decimal list
        for i, (kind, text) in enumerate(self.blocks):
            if kind != "TR" and rows:
                body.append(self.table(rows))
                rows = []
            if kind == "TITLE":
                body.append(self.para(S_TITLE, self.runs(text)))
            elif kind == "SUB":
                body.append(self.para(S_SUBTITLE, self.runs(text)))
            elif kind == "H1":
                body.append(self.para(S_H1, self.runs(text)))
            elif kind == "H2":
                body.append(self.para(S_H2, self.runs(text)))
            elif kind == "P":
                body.append(self.para(S_NORMAL, self.runs(text)))
            elif kind == "CAPTION":
                body.append(self.para(S_CAPTION, self.runs(text, extra_rpr="<w:i/><w:iCs/>"), jc="center"))
            elif kind == "INSP":
                mark = "<w:ins %s/>" % self.rev_attrs()
                inner = "<w:ins %s>%s</w:ins>" % (self.rev_attrs(), self.runs(text))
                body.append(self.para(S_NORMAL, inner, ins_mark=mark))
            elif kind == "UL":
                body.append(self.para(S_LISTP, self.runs(text), numid=1,
                                      ind='<w:ind w:left="420" w:leftChars="0" w:hanging="420" w:firstLineChars="0"/>'))
            elif kind.startswith("OL"):
                if kind not in lists:
                    lists[kind] = 2 if not lists else next_num[0]
                    if lists[kind] != 2:
                        next_num[0] += 1
                r = self.runs(text)
                body.append(self.para(S_LISTP, r, numid=lists[kind],
                                      ind='<w:ind w:left="425" w:leftChars="0" w:hanging="425" w:firstLineChars="0"/>'))
            elif kind == "TR":
                rows.append(text)
            else:
                raise ValueError(kind)
        if rows:
            body.append(self.table(rows))
        self.num_ids = sorted(set(lists.values()))
        # WPS keeps a _GoBack bookmark at the last edit point (the reviewer's last comment)
        for j, b in enumerate(body):
            if '<w:commentReference w:id="6"/>' in b:
                body[j] = b.replace("</w:p>", '<w:bookmarkStart w:id="0" w:name="_GoBack"/>'
                                               '<w:bookmarkEnd w:id="0"/></w:p>', 1)
                break
        sect = ('<w:sectPr><w:footerReference r:id="rId4" w:type="default"/>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" '
                'w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>'
                '<w:cols w:space="425" w:num="1"/><w:docGrid w:type="lines" w:linePitch="312" w:charSpace="0"/></w:sectPr>')
        return DECL + "<w:document %s><w:body>%s%s</w:body></w:document>" % (NS_DOC, "".join(body), sect)

    def comments_xml(self):
        out = []
        for n, c in enumerate(self.comments):
            c["paraId"] = "%08X" % (0x2B7E1A40 + n * 0x1D3)
            out.append('<w:comment w:id="%s" w:author="%s" w:date="%s" w:initials="%s">'
                       '<w:p w14:paraId="%s"><w:pPr><w:pStyle w:val="%s"/><w:bidi w:val="0"/>'
                       '<w:rPr>%s%s</w:rPr></w:pPr><w:r><w:rPr><w:rStyle w:val="%s"/>%s%s</w:rPr>'
                       '<w:annotationRef/></w:r>%s</w:p></w:comment>'
                       % (c["id"], escape(c["author"]), c["date"], c["initials"], c["paraId"], S_ANNOT,
                          RPR, LANG, S_ANNOT_REF, RPR, LANG, self.run(c["text"])))
        return DECL + "<w:comments %s>%s</w:comments>" % (NS_DOC, "".join(out))

    def comments_ext(self):
        by_id = {c["id"]: c for c in self.comments}
        out = []
        for c in self.comments:
            parent = ' w15:paraIdParent="%s"' % by_id[c["parent"]]["paraId"] if c["parent"] else ""
            done = "1" if c["id"] in ("4", "5") else "0"
            out.append('<w15:commentEx w15:paraId="%s"%s w15:done="%s"/>' % (c["paraId"], parent, done))
        return DECL + "<w15:commentsEx %s>%s</w15:commentsEx>" % (NS_DOC, "".join(out))

    def words(self):
        text = []
        for kind, t in self.blocks:
            t = re.sub(r"\{-(.+?)-\}", "", t)
            t = re.sub(r"\{\+(.+?)\+\}", r"\1", t)
            t = re.sub(r"\[\[\d+:(.+?)\]\]", r"\1", t).replace("**", "")
            text.extend(t.replace("|", " ").split())
        return text


def numbering(num_ids):
    ns = NS_DOC
    lvls_bullet = []
    lvls_dec = []
    bullets = ["\u25cf", "\u25cb", "\u25a0"]
    for l in range(9):
        ind = 420 * (l + 1)
        lvls_bullet.append('<w:lvl w:ilvl="%d" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                           '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="420"/>'
                           '</w:pPr><w:rPr><w:rFonts w:hint="default" w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:lvl>'
                           % (l, bullets[l % 3], ind))
        fmt = ["decimal", "lowerLetter", "lowerRoman"][l % 3]
        txt = ["%%%d." % (l + 1), "%%%d)" % (l + 1), "%%%d." % (l + 1)][l % 3]
        lvls_dec.append('<w:lvl w:ilvl="%d" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                        '<w:lvlText w:val="%s"/><w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="%d" w:hanging="425"/>'
                        '</w:pPr><w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl>'
                        % (l, fmt, txt, "right" if fmt == "lowerRoman" else "left", 425 * (l + 1)))
    out = ['<w:abstractNum w:abstractNumId="0"><w:nsid w:val="8B1E4F2A"/><w:multiLevelType w:val="multilevel"/>'
           '<w:tmpl w:val="8B1E4F2A"/>%s</w:abstractNum>' % "".join(lvls_bullet),
           '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="3C52A9E7"/><w:multiLevelType w:val="multilevel"/>'
           '<w:tmpl w:val="3C52A9E7"/>%s</w:abstractNum>' % "".join(lvls_dec),
           '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for n in num_ids:
        if n == 2:
            out.append('<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
        else:
            out.append('<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
                       '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % n)
    return DECL + "<w:numbering %s>%s</w:numbering>" % (ns, "".join(out))


def styles():
    def pstyle(sid, name, extra_ppr="", extra_rpr="", based=S_NORMAL, default=False, ui=None, q=True, link=""):
        d = ' w:default="1"' if default else ""
        b = '<w:basedOn w:val="%s"/>' % based if based else ""
        n = '<w:next w:val="%s"/>' % S_NORMAL if sid not in (S_NORMAL,) else ""
        u = '<w:uiPriority w:val="%s"/>' % ui if ui else ""
        qf = "<w:qFormat/>" if q else ""
        return ('<w:style w:type="paragraph"%s w:styleId="%s"><w:name w:val="%s"/>%s%s%s%s%s'
                '<w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>'
                % (d, sid, name, b, n, link, u, qf, extra_ppr, extra_rpr))
    s = [
        pstyle(S_NORMAL, "Normal", '<w:widowControl w:val="0"/><w:jc w:val="both"/>',
               '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
               'w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/>'
               '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>', based=None, default=True, ui="0"),
        pstyle(S_H1, "heading 1", '<w:keepNext/><w:keepLines/><w:spacing w:before="340" w:beforeLines="0" '
               'w:beforeAutospacing="0" w:after="330" w:afterLines="0" w:afterAutospacing="0" w:line="576" '
               'w:lineRule="auto"/><w:outlineLvl w:val="0"/>', '<w:b/><w:kern w:val="44"/><w:sz w:val="44"/>', ui="0"),
        pstyle(S_H2, "heading 2", '<w:keepNext/><w:keepLines/><w:spacing w:before="260" w:beforeLines="0" '
               'w:beforeAutospacing="0" w:after="260" w:afterLines="0" w:afterAutospacing="0" w:line="413" '
               'w:lineRule="auto"/><w:outlineLvl w:val="1"/>',
               '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="\u9ed1\u4f53"/><w:b/><w:sz w:val="32"/>', ui="0"),
        pstyle(S_ANNOT, "annotation text", '<w:jc w:val="left"/>', "", ui="0", q=False),
        pstyle(S_FOOTER, "footer", '<w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/>'
               '</w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/>', '<w:sz w:val="18"/>', ui="0", q=False),
        pstyle(S_TITLE, "Title", '<w:spacing w:before="240" w:beforeLines="0" w:beforeAutospacing="0" w:after="60" '
               'w:afterLines="0" w:afterAutospacing="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>',
               '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
               'w:cstheme="majorBidi"/><w:b/><w:sz w:val="32"/>', ui="0"),
        pstyle(S_SUBTITLE, "Subtitle", '<w:spacing w:before="240" w:beforeLines="0" w:beforeAutospacing="0" '
               'w:after="60" w:afterLines="0" w:afterAutospacing="0" w:line="312" w:lineRule="auto"/>'
               '<w:jc w:val="center"/><w:outlineLvl w:val="1"/>',
               '<w:b/><w:kern w:val="28"/><w:sz w:val="32"/>', ui="0"),
        pstyle(S_ANNOT_SUBJ, "annotation subject", "", "<w:b/><w:bCs/>", based=S_ANNOT, ui="0", q=False),
        ('<w:style w:type="character" w:default="1" w:styleId="%s"><w:name w:val="Default Paragraph Font"/>'
         '<w:semiHidden/><w:uiPriority w:val="0"/></w:style>' % S_DPF),
        ('<w:style w:type="table" w:default="1" w:styleId="%s"><w:name w:val="Normal Table"/><w:semiHidden/>'
         '<w:uiPriority w:val="0"/><w:tblPr><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
         '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
         '</w:tblCellMar></w:tblPr></w:style>' % S_NTABLE),
        ('<w:style w:type="table" w:styleId="%s"><w:name w:val="Table Grid"/><w:basedOn w:val="%s"/>'
         '<w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>'
         '<w:tblPr><w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
         '<w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:bottom w:val="single" w:color="auto" '
         'w:sz="4" w:space="0"/><w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
         '<w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideV w:val="single" '
         'w:color="auto" w:sz="4" w:space="0"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr></w:style>'
         % (S_GRID, S_NTABLE)),
        ('<w:style w:type="character" w:styleId="%s"><w:name w:val="annotation reference"/><w:basedOn w:val="%s"/>'
         '<w:uiPriority w:val="0"/><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>' % (S_ANNOT_REF, S_DPF)),
        pstyle(S_LISTP, "List Paragraph", '<w:ind w:firstLine="420" w:firstLineChars="200"/>', "", ui="99"),
        pstyle(S_CAPTION, "caption", "", '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
               'w:cstheme="majorBidi"/><w:sz w:val="20"/>', ui="0", q=True),
    ]
    ns = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"')
    latent = "".join('<w:lsdException w:qFormat="1" w:unhideWhenUsed="0" w:uiPriority="0" w:semiHidden="0" '
                     'w:name="%s"/>' % n for n in ["Normal", "heading 1", "heading 2", "heading 3", "Title",
                                                    "Subtitle", "Strong", "Emphasis", "caption"])
    return DECL + ('<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
                   'w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/>'
                   '</w:rPr></w:rPrDefault></w:docDefaults><w:latentStyles w:count="260" w:defQFormat="0" '
                   'w:defUnhideWhenUsed="1" w:defSemiHidden="1" w:defUIPriority="99" w:defLockedState="0">%s'
                   '</w:latentStyles>%s</w:styles>' % (ns, latent, "".join(s)))


def settings():
    commondata = "eyJoZGlkIjoiOWM0ZjFhMmI3ZDNlNmE1YjhjMGQyZTFmNGE3YjljM2QiLCJ1c2VySWQiOiIxNDg4MjkzNzA1In0="
    return DECL + (
        '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" '
        'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14">'
        '<w:zoom w:percent="110"/><w:bordersDoNotSurroundHeader w:val="1"/>'
        '<w:bordersDoNotSurroundFooter w:val="1"/><w:trackRevisions w:val="1"/>'
        '<w:documentProtection w:enforcement="0"/><w:defaultTabStop w:val="420"/>'
        '<w:drawingGridVerticalSpacing w:val="156"/><w:displayHorizontalDrawingGridEvery w:val="1"/>'
        '<w:displayVerticalDrawingGridEvery w:val="2"/><w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
        '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
        '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/>'
        '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '</w:compat><w:docVars><w:docVar w:name="commondata" w:val="%s"/></w:docVars>'
        '<w:rsids><w:rsidRoot w:val="00000000"/><w:rsid w:val="1A2B6C01"/><w:rsid w:val="4E7D2F90"/></w:rsids>'
        '<m:mathPr><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/>'
        '<m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
        '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" '
        'w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" '
        'w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
        'w:followedHyperlink="followedHyperlink"/><w:doNotIncludeSubdocsInStats/>'
        '<mc:AlternateContent><mc:Choice Requires="wpsCustomData"><wpsCustomData:typoFeatureVersion val="0"/>'
        '</mc:Choice></mc:AlternateContent></w:settings>' % commondata)


def font_table():
    fonts = [("Times New Roman", "00", "roman", "variable", "E0002EFF", "C000785B", "00000009", "00000000", "400001FF", "FFFF0000", "02020603050405020304"),
             ("\u5b8b\u4f53", "86", "auto", "variable", "00000003", "288F0000", "00000006", "00000000", "00040001", "00000000", "02010600030101010101"),
             ("Wingdings", "02", "auto", "variable", "00000000", "00000000", "00000000", "00000000", "80000000", "00000000", "05000000000000000000"),
             ("Arial", "00", "swiss", "variable", "E0002EFF", "C000785B", "00000009", "00000000", "400001FF", "FFFF0000", "020B0604020202020204"),
             ("\u9ed1\u4f53", "86", "auto", "variable", "800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000", "02010609060101010101"),
             ("Courier New", "00", "modern", "fixed", "E0002EFF", "C0007843", "00000009", "00000000", "400001FF", "FFFF0000", "02070309020205020404"),
             ("Symbol", "02", "roman", "variable", "00000000", "00000000", "00000000", "00000000", "80000000", "00000000", "05050102010706020507"),
             ("Calibri", "00", "swiss", "variable", "E4002EFF", "C000247B", "00000009", "00000000", "200001FF", "00000000", "020F0502020204030204"),
             ("\u5fae\u8f6f\u96c5\u9ed1", "86", "swiss", "variable", "80000287", "2ACF3C50", "00000016", "00000000", "0004001F", "00000000", "020B0503020204020204"),
             ("Calibri Light", "00", "swiss", "variable", "E4002EFF", "C000247B", "00000009", "00000000", "200001FF", "00000000", "020F0302020204030204")]
    out = []
    for name, cs, fam, pitch, u0, u1, u2, u3, c0, c1, panose in fonts:
        out.append('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/>'
                   '<w:pitch w:val="%s"/><w:sig w:usb0="%s" w:usb1="%s" w:usb2="%s" w:usb3="%s" w:csb0="%s" '
                   'w:csb1="%s"/></w:font>' % (name, panose, cs, fam, pitch, u0, u1, u2, u3, c0, c1))
    return DECL + ('<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                   'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                   'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">%s</w:fonts>'
                   % "".join(out))


def theme():
    major = [("Jpan", "\uff2d\uff33 \u30b4\u30b7\u30c3\u30af"), ("Hang", "\ub9d1\uc740 \uace0\ub515"),
             ("Hans", "\u5b8b\u4f53"), ("Hant", "\u65b0\u7d30\u660e\u9ad4"), ("Arab", "Times New Roman"),
             ("Hebr", "Times New Roman"), ("Thai", "Angsana New"), ("Deva", "Mangal"), ("Taml", "Latha"),
             ("Mlym", "Kartika"), ("Knda", "Tunga"), ("Geor", "Sylfaen")]
    minor = [(s, "Arial" if f == "Times New Roman" else f) for s, f in major]
    def fonts(lst):
        return "".join('<a:font script="%s" typeface="%s"/>' % x for x in lst)
    return DECL + (
        '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
        '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
        '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>'
        '<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4874CB"/></a:accent1>'
        '<a:accent2><a:srgbClr val="EE822F"/></a:accent2><a:accent3><a:srgbClr val="F2BA02"/></a:accent3>'
        '<a:accent4><a:srgbClr val="75BD42"/></a:accent4><a:accent5><a:srgbClr val="30C0B4"/></a:accent5>'
        '<a:accent6><a:srgbClr val="E54C5E"/></a:accent6><a:hlink><a:srgbClr val="0026E5"/></a:hlink>'
        '<a:folHlink><a:srgbClr val="7E1FAD"/></a:folHlink></a:clrScheme><a:fontScheme name="Office">'
        '<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/>%s</a:majorFont>'
        '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>%s</a:minorFont>'
        '</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/>'
        '</a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="50000"/></a:schemeClr></a:solidFill>'
        '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst>'
        '<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
        '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr">'
        '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/>'
        '</a:ln><a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
        '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst><a:effectStyleLst>'
        '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
        '<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill>'
        '<a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/>'
        '</a:schemeClr></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>'
        '</a:fmtScheme></a:themeElements><a:objectDefaults/></a:theme>' % (fonts(major), fonts(minor)))


def footer():
    r = "<w:rPr>%s%s</w:rPr>" % (RPR, LANG)
    return DECL + (
        '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="%s"/><w:bidi w:val="0"/><w:jc w:val="center"/>'
        '<w:rPr>%s%s</w:rPr></w:pPr><w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s'
        '<w:instrText xml:space="preserve"> PAGE  \\* MERGEFORMAT </w:instrText></w:r><w:r>%s'
        '<w:fldChar w:fldCharType="separate"/></w:r><w:r>%s<w:t>1</w:t></w:r><w:r>%s'
        '<w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>' % (NS_DOC, S_FOOTER, RPR, LANG, r, r, r, r, r))


def app_xml(words):
    chars = sum(len(w) for w in words)
    return DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
        '<Pages>5</Pages><Words>%d</Words><Characters>%d</Characters><Lines>0</Lines><Paragraphs>0</Paragraphs>'
        '<TotalTime>214</TotalTime><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>'
        '<CharactersWithSpaces>%d</CharactersWithSpaces><Application>%s</Application><DocSecurity>0</DocSecurity>'
        '</Properties>' % (len(words), chars, chars + len(words) - 1, APP))


def core_xml(meta):
    return DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dc:creator>%s</dc:creator>'
        '<cp:lastModifiedBy>%s</cp:lastModifiedBy><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
        '</cp:coreProperties>' % (meta["created"], escape(meta["creator"]), escape(meta["reviewer"]), meta["modified"]))


def custom_xml():
    return DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
        '<vt:lpwstr>1033-%s</vt:lpwstr></property>'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
        '<vt:lpwstr>4F2A9C0D8E7B4E51A3C6B1D9E0F27A58_12</vt:lpwstr></property></Properties>' % BUILD)


REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def rels_root():
    return DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId4" Type="%scustom-properties" Target="docProps/custom.xml"/>'
        '<Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
        'Target="docProps/core.xml"/><Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
        '</Relationships>' % (REL, REL, REL))


def rels_doc():
    parts = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
             ("rId3", "theme", "theme/theme1.xml"), ("rId4", "footer", "footer1.xml"),
             ("rId5", "numbering", "numbering.xml"), ("rId6", "comments", "comments.xml"),
             ("rId7", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml"),
             ("rId8", "fontTable", "fontTable.xml")]
    out = []
    for rid, typ, target in reversed(parts):
        t = typ if typ.startswith("http") else REL + typ
        out.append('<Relationship Id="%s" Type="%s" Target="%s"/>' % (rid, t, target))
    return DECL + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
                   '</Relationships>' % "".join(out))


def content_types():
    ov = [("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
          ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
          ("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"),
          ("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
          ("/word/commentsExtended.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"),
          ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
          ("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"),
          ("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
          ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
          ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
          ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
          ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")]
    return DECL + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>%s</Types>'
                   % "".join('<Override PartName="%s" ContentType="%s"/>' % x for x in ov))


def main():
    out_dir = os.path.join(HERE, "..", "docs")
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out_dir = sys.argv[2]
    d = Doc(SRC)
    document = d.document()
    comments = d.comments_xml()
    parts = [
        ("docProps/app.xml", app_xml(d.words())),
        ("docProps/core.xml", core_xml(d.meta)),
        ("docProps/custom.xml", custom_xml()),
        ("word/styles.xml", styles()),
        ("word/settings.xml", settings()),
        ("word/theme/theme1.xml", theme()),
        ("word/numbering.xml", numbering(d.num_ids)),
        ("word/comments.xml", comments),
        ("word/commentsExtended.xml", d.comments_ext()),
        ("word/footer1.xml", footer()),
        ("word/document.xml", document),
        ("word/fontTable.xml", font_table()),
        ("_rels/.rels", rels_root()),
        ("word/_rels/document.xml.rels", rels_doc()),
        ("[Content_Types].xml", content_types()),
    ]
    path = os.path.join(out_dir, NAME)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))
    print("wrote", path)


if __name__ == "__main__":
    main()
