#!/usr/bin/python3
"""Re-make docs/it-act-offences-dpdp-gdoc.docx from tools/it-act-offences-dpdp-gdoc.txt.

The file is written the way Google Docs writes "File > Download > Microsoft Word (.docx)":
zip entries dated 1980-01-01 and no docProps or theme; all-zero rsids, w14:paraId counters and
<w:rtl w:val="0"/> in every run; "_heading=h.gjdgxs"-style bookmarks on Title, Subtitle and
headings; Arial styles (Title, Subtitle, Heading 1-3); a table of contents as a
"Table of Contents" w:sdt holding a TOC field (fldChar begin / instrText / separate, one
hyperlinked line per heading with a tab and its page number, fldChar end); one abstractNum per
list in numbering.xml (bullets "●○■", numbers "%1." / "%2." lowerLetter / "%3." lowerRoman),
nested items by w:ilvl; a fixed-layout table with "9360.0"-style widths and a shaded header
row; external hyperlinks (blue 1155cc, underlined) through document.xml.rels; footnotes in
footnotes.xml with Google's separator (-1) and continuation separator (0); comments (with a
reply anchored on the same range) in comments.xml; suggestions exported as tracked changes
(w:ins, and w:del holding w:delText); a horizontal line as a VML rect with o:hr="t".

Source markup is described at the top of the source file.
Run from anywhere: /usr/bin/python3 tools/make_docx.py (byte-for-byte reproducible).
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "it-act-offences-dpdp-gdoc.txt")
OUT = os.path.join(HERE, "..", "docs", "it-act-offences-dpdp-gdoc.docx")
DATE = (1980, 1, 1, 0, 0, 0)

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
      'mc:Ignorable="w14 wp14"')
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RSID = ('w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" '
        'w:rsidRPr="00000000"')
RRSID = 'w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
# Google's heading ids, in the order it hands them out.
HEADING_IDS = ["gjdgxs", "30j0zll", "1fob9te", "3znysh7", "2et92p0", "tyjcwt", "3dy6vkm",
               "1t3h5sf", "4d34og8", "2s8eyo1", "17dp8vu", "3rdcrjn", "26in1rg", "lnxbz9",
               "35nkun2", "1ksv4uv", "44sinio", "2jxsxqh", "z337ya", "3j2qqm3", "1y810tw",
               "4i7ojhp", "2xcytpi", "1ci93xb", "3whwml4", "2bn6wsx"]
TOKEN = re.compile(r"(\*\*.+?\*\*|\*[^*]+\*|\[\^\d+\]|\[[^\]]+\]\([^)]+\)|\{/?c\d+\}|"
                   r"\{\+.+?\+\}|\{-.+?-\})")


def run(text, rpr=""):
    return ('<w:r %s><w:rPr>%s<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
            % (RRSID, rpr, escape(text)))


class Doc:
    def __init__(self, suggester, sug_date):
        self.body = []
        self.para_id = 0
        self.bm = 0
        self.lists = []
        self.links = []
        self.headings = []     # (level, text, anchor)
        self.suggester, self.sug_date = suggester, sug_date
        self.change_id = 100
        self.comment_groups = {}   # first id -> [ids anchored on the same range]

    def pid(self):
        self.para_id += 1
        return "%08X" % self.para_id

    def link_id(self, url):
        if url not in self.links:
            self.links.append(url)
        return "rId%d" % (self.links.index(url) + 7)

    def runs(self, text):
        out = []
        for tok in TOKEN.split(text):
            if not tok:
                continue
            m = re.fullmatch(r"\{(/?)c(\d+)\}", tok)
            if m:
                ids = self.comment_groups.get(m.group(2), [m.group(2)])
                if m.group(1):
                    for cid in ids:
                        out.append('<w:commentRangeEnd w:id="%s"/><w:r %s><w:rPr><w:rtl w:val="0"/>'
                                   '</w:rPr><w:commentReference w:id="%s"/></w:r>' % (cid, RRSID, cid))
                else:
                    out += ['<w:commentRangeStart w:id="%s"/>' % cid for cid in ids]
                continue
            m = re.fullmatch(r"\[\^(\d+)\]", tok)
            if m:
                out.append('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                           '<w:footnoteReference w:customMarkFollows="0" w:id="%s"/></w:r>'
                           % (RRSID, m.group(1)))
                continue
            m = re.fullmatch(r"\[([^\]]+)\]\(([^)]+)\)", tok)
            if m:
                out.append('<w:hyperlink r:id="%s">%s</w:hyperlink>'
                           % (self.link_id(m.group(2)),
                              run(m.group(1), '<w:color w:val="1155cc"/><w:u w:val="single"/>')))
                continue
            if tok.startswith("{+"):
                self.change_id += 1
                out.append('<w:ins w:author=%s w:id="%d" w:date="%s">%s</w:ins>'
                           % (quoteattr(self.suggester), self.change_id, self.sug_date, run(tok[2:-2])))
                continue
            if tok.startswith("{-"):
                self.change_id += 1
                out.append('<w:del w:author=%s w:id="%d" w:date="%s"><w:r %s><w:rPr><w:rtl w:val="0"/>'
                           '</w:rPr><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                           % (quoteattr(self.suggester), self.change_id, self.sug_date, RRSID,
                              escape(tok[2:-2])))
                continue
            if tok.startswith("**"):
                out.append(run(tok[2:-2], '<w:b w:val="1"/>'))
            elif tok.startswith("*") and tok.endswith("*") and len(tok) > 2:
                out.append(run(tok[1:-1], '<w:i w:val="1"/>'))
            else:
                out.append(run(tok))
        return "".join(out)

    def para(self, text, style=None, num=None, level=0, spacing=None):
        ppr = []
        if style:
            ppr.append('<w:pStyle w:val="%s"/>' % style)
        if num is not None:
            ppr.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                       '<w:ind w:left="%d" w:hanging="360"/>' % (level, num, 720 * (level + 1)))
        if spacing:
            ppr.append(spacing)
        ppr.append('<w:rPr><w:u w:val="none"/></w:rPr>' if num is not None else '<w:rPr/>')
        bm = ""
        if style in ("Title", "Subtitle", "Heading1", "Heading2", "Heading3"):
            anchor = "_heading=h." + HEADING_IDS[self.bm]
            bm = ('<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="%s" w:id="%d"/>'
                  '<w:bookmarkEnd w:id="%d"/>' % (anchor, self.bm, self.bm))
            self.bm += 1
            if style.startswith("Heading"):
                self.headings.append((int(style[-1]), text, anchor))
        return ('<w:p %s w14:paraId="%s"><w:pPr>%s</w:pPr>%s%s</w:p>'
                % (RSID, self.pid(), "".join(ppr), bm, self.runs(text)))

    def hr(self):
        return ('<w:p %s w14:paraId="%s"><w:pPr><w:rPr/></w:pPr><w:r %s><w:pict>'
                '<v:rect style="width:0.0pt;height:1.5pt" o:hralign="center" o:hrstd="t" o:hr="t" '
                'fillcolor="#a0a0a0" stroked="f"/></w:pict></w:r></w:p>' % (RSID, self.pid(), RRSID))

    def new_list(self, kind):
        self.lists.append(kind)
        return len(self.lists)

    def table(self, rows):
        widths = [1250, 4630, 3480]
        borders = "".join('<w:%s w:color="000000" w:space="0" w:sz="8" w:val="single"/>' % s
                          for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        x = ['<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="9360.0" w:type="dxa"/>'
             '<w:jc w:val="left"/><w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
             '<w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>' % borders]
        x += ['<w:gridCol w:w="%d"/>' % w for w in widths]
        x.append("</w:tblGrid>")
        for i, row in enumerate(rows):
            cells = [c.strip() for c in row.split(" | ")]
            x.append('<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>')
            for w, c in zip(widths, cells):
                fill = "cfe2f3" if i == 0 else "auto"
                text = "**%s**" % c if i == 0 else c
                x.append('<w:tc><w:tcPr><w:shd w:fill="%s" w:val="clear"/><w:tcMar>'
                         '<w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/>'
                         '<w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/>'
                         '</w:tcMar><w:vAlign w:val="top"/></w:tcPr>' % fill)
                x.append(self.para(text, spacing='<w:widowControl w:val="0"/>'
                                   '<w:spacing w:line="240" w:lineRule="auto"/>'))
                x.append("</w:tc>")
            x.append("</w:tr>")
        x.append("</w:tbl>")
        return "".join(x)

    def toc(self, pages):
        out = ['<w:sdt><w:sdtPr><w:id w:val="-1356918723"/><w:docPartObj><w:docPartGallery '
               'w:val="Table of Contents"/><w:docPartUnique w:val="1"/></w:docPartObj></w:sdtPr>'
               '<w:sdtContent>']
        for i, (level, text, anchor) in enumerate(self.headings):
            plain = re.sub(r"\{[+-](.*?)[+-]\}|\{/?c\d+\}|\[\^\d+\]", lambda m: m.group(1) or "", text)
            ind = '<w:ind w:left="%d" w:firstLine="0"/>' % (360 * (level - 1)) if level > 1 else ""
            tab = '<w:tabs><w:tab w:val="right" w:leader="none" w:pos="9360"/></w:tabs>'
            sp = '<w:spacing w:after="%d" w:before="%d" w:line="240" w:lineRule="auto"/>' % (
                (80, 80) if level == 1 else (80, 60) if level == 2 else (80, 60))
            field = ""
            if i == 0:
                field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                         'xml:space="preserve">TOC \\h \\u \\z \\t "Heading 1,1,Heading 2,2,Heading 3,3,"'
                         '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            rpr = '<w:b w:val="1"/><w:rtl w:val="0"/>' if level == 1 else '<w:rtl w:val="0"/>'
            out.append('<w:p %s w14:paraId="%s"><w:pPr>%s%s%s<w:rPr/></w:pPr>%s<w:hyperlink '
                       'w:anchor="%s"><w:r %s><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t>'
                       '<w:tab/><w:t xml:space="preserve">%d</w:t></w:r></w:hyperlink></w:p>'
                       % (RSID, self.pid(), tab, sp, ind, field, anchor, RRSID, rpr,
                          escape(plain), pages[i]))
        out.append('<w:p %s w14:paraId="%s"><w:pPr><w:tabs><w:tab w:val="right" w:leader="none" '
                   'w:pos="9360"/></w:tabs><w:spacing w:after="80" w:before="200" w:line="240" '
                   'w:lineRule="auto"/><w:rPr/></w:pPr><w:r><w:fldChar w:fldCharType="end"/></w:r>'
                   '</w:p></w:sdtContent></w:sdt>' % (RSID, self.pid()))
        return "".join(out)


def numbering(lists):
    bullets = ["\u25cf", "\u25cb", "\u25a0"]
    fmts = [("decimal", "%{}."), ("lowerLetter", "%{}."), ("lowerRoman", "%{}.")]
    abstract, nums = [], []
    for i, kind in enumerate(lists):
        lv = []
        for l in range(9):
            ind = 720 * (l + 1)
            if kind == "bullet":
                fmt, txt, jc = "bullet", bullets[l % 3], "left"
            else:
                fmt, txt = fmts[l % 3][0], fmts[l % 3][1].format(l + 1)
                jc = "left" if fmt == "decimal" else "right"
            lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                      '<w:lvlText w:val="%s"/><w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="%d" '
                      'w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>'
                      % (l, fmt, txt, jc, ind))
        abstract.append('<w:abstractNum w:abstractNumId="%d">%s</w:abstractNum>' % (i + 1, "".join(lv)))
        nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (i + 1, i + 1))
    return HEAD + '<w:numbering %s>%s%s</w:numbering>' % (NS, "".join(abstract), "".join(nums))


def styles():
    def pstyle(sid, name, ppr, rpr):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>'
                '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr>%s</w:pPr>'
                '<w:rPr>%s</w:rPr></w:style>' % (sid, name, ppr, rpr))
    keep = '<w:keepNext w:val="1"/><w:keepLines w:val="1"/>'
    return "".join([
        HEAD, '<w:styles %s>' % NS,
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" '
        'w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        '<w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/>'
        '<w:qFormat w:val="1"/></w:style>',
        pstyle("Heading1", "heading 1", keep + '<w:spacing w:after="120" w:before="400"/>',
               '<w:sz w:val="40"/><w:szCs w:val="40"/>'),
        pstyle("Heading2", "heading 2", keep + '<w:spacing w:after="120" w:before="360"/>',
               '<w:b w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/>'),
        pstyle("Heading3", "heading 3", keep + '<w:spacing w:after="80" w:before="320"/>',
               '<w:color w:val="434343"/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
        pstyle("Heading4", "heading 4", keep + '<w:spacing w:after="80" w:before="280"/>',
               '<w:color w:val="666666"/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
        pstyle("Title", "Title", keep + '<w:spacing w:after="60" w:before="0"/>',
               '<w:sz w:val="52"/><w:szCs w:val="52"/>'),
        pstyle("Subtitle", "Subtitle", keep + '<w:spacing w:after="320" w:before="0"/>',
               '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
               '<w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/>'),
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden w:val="1"/><w:unhideWhenUsed w:val="1"/>'
        '<w:tblPr><w:tblInd w:w="0.0" w:type="dxa"/><w:tblCellMar><w:top w:w="0.0" w:type="dxa"/>'
        '<w:left w:w="108.0" w:type="dxa"/><w:bottom w:w="0.0" w:type="dxa"/>'
        '<w:right w:w="108.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="table" w:styleId="Table1"><w:basedOn w:val="TableNormal"/>'
        '<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/>'
        '<w:tblCellMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/>'
        '<w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tblCellMar>'
        '</w:tblPr></w:style>',
        '</w:styles>'])


def comments_xml(comments, doc):
    out = [HEAD, '<w:comments %s>' % NS]
    for cid, author, date, text in comments:
        out.append('<w:comment w:author=%s w:id="%s" w:date="%s" w:initials="">'
                   '<w:p %s w14:paraId="%s"><w:pPr><w:spacing w:after="0" w:before="0" '
                   'w:line="240" w:lineRule="auto"/><w:rPr/></w:pPr><w:r %s><w:rPr>'
                   '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
                   '<w:color w:val="000000"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:rtl w:val="0"/>'
                   '</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>'
                   % (quoteattr(author), cid, date, RSID, doc.pid(), RRSID, escape(text)))
    out.append("</w:comments>")
    return "".join(out)


def footnotes_xml(notes, doc):
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
           'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
           '</w:r></w:p></w:footnote>')
    out = [HEAD, '<w:footnotes %s>' % NS, sep]
    for n in sorted(notes, key=int):
        out.append('<w:footnote w:id="%s"><w:p %s w14:paraId="%s"><w:pPr><w:spacing w:after="0" '
                   'w:before="0" w:line="240" w:lineRule="auto"/><w:rPr><w:sz w:val="20"/>'
                   '<w:szCs w:val="20"/></w:rPr></w:pPr><w:r><w:rPr><w:vertAlign '
                   'w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r %s><w:rPr>'
                   '<w:sz w:val="20"/><w:szCs w:val="20"/><w:rtl w:val="0"/></w:rPr>'
                   '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                   % (n, RSID, doc.pid(), RRSID, escape(notes[n])))
    out.append("</w:footnotes>")
    return "".join(out)


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("%")]
    sug = next(l for l in lines if l.startswith("@suggester "))[11:].split("|")
    doc = Doc(sug[0].strip(), sug[1].strip())
    comments, notes = [], {}
    for l in lines:
        if l.startswith("@comment "):
            parts = [x.strip() for x in l[9:].split("|")]
            if len(parts) == 5 and parts[3].startswith("reply-to "):
                doc.comment_groups.setdefault(parts[3][9:], [parts[3][9:]]).append(parts[0])
                parts = parts[:3] + [parts[4]]
            comments.append(tuple(parts))
        elif l.startswith("@fn "):
            n, text = l[4:].split("|", 1)
            notes[n.strip()] = text.strip()
    items = []          # body parts in order; "@TOC" placeholder for the contents
    block_lists = {}    # kind -> numId within the current run of list items
    table, in_table = [], False
    for line in lines:
        m = re.match(r"( *)(- |\d+\. )(.*)", line)
        if not m:
            block_lists = {}
        s = line.strip()
        if line.startswith(("@comment ", "@fn ", "@suggester ")) or not s:
            continue
        if in_table:
            if s == "@endtable":
                in_table = False
                items.append(doc.table(table))
                table = []
            else:
                table.append(s)
        elif s == "@table":
            in_table = True
        elif s.startswith("@title "):
            items.append(doc.para(s[7:], "Title"))
        elif s.startswith("@subtitle "):
            items.append(doc.para(s[10:], "Subtitle"))
        elif s == "@toc":
            items.append("@TOC")
        elif s == "@hr":
            items.append(doc.hr())
        elif m:
            level = len(m.group(1)) // 2
            kind = "bullet" if m.group(2) == "- " else "number"
            if kind not in block_lists:
                block_lists[kind] = doc.new_list(kind)
            items.append(doc.para(m.group(3), num=block_lists[kind], level=level))
        elif re.match(r"#{1,3} ", s):
            hashes = s.split(" ", 1)[0]
            items.append(doc.para(s[len(hashes) + 1:], "Heading%d" % len(hashes)))
        else:
            items.append(doc.para(s))
    # Page numbers for the contents: where each heading falls at about 420 words a page.
    words, pages, hi = 0, [], 0
    for part in items:
        if part == "@TOC":
            words += 30 * len(doc.headings) // 4
            continue
        if 'w:pStyle w:val="Heading' in part and hi < len(doc.headings):
            pages.append(1 + words // 420)
            hi += 1
        words += len(re.sub(r"<[^>]+>", " ", part).split())
    toc = doc.toc(pages)
    body = "".join(toc if p == "@TOC" else p for p in items)
    document = (HEAD + '<w:document %s><w:body>%s<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/>'
                '</w:footnotePr><w:pgSz w:h="15840" w:w="12240" w:orient="portrait"/><w:pgMar '
                'w:bottom="1440" w:top="1440" w:left="1440" w:right="1440" w:header="720" '
                'w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr></w:body></w:document>'
                % (NS, body))
    ct = (HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default ContentType="application/xml" Extension="xml"/>'
          '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml" PartName="/word/footnotes.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml" PartName="/word/comments.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/>'
          '</Types>')
    rels = (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
            '</Relationships>' % REL)
    docrels = [HEAD, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
               '<Relationship Id="rId1" Type="%ssettings" Target="settings.xml"/>' % REL,
               '<Relationship Id="rId2" Type="%sfontTable" Target="fontTable.xml"/>' % REL,
               '<Relationship Id="rId3" Type="%snumbering" Target="numbering.xml"/>' % REL,
               '<Relationship Id="rId4" Type="%sstyles" Target="styles.xml"/>' % REL,
               '<Relationship Id="rId5" Type="%sfootnotes" Target="footnotes.xml"/>' % REL,
               '<Relationship Id="rId6" Type="%scomments" Target="comments.xml"/>' % REL]
    for i, url in enumerate(doc.links):
        docrels.append('<Relationship Id="rId%d" Type="%shyperlink" Target=%s TargetMode="External"/>'
                       % (i + 7, REL, quoteattr(url)))
    docrels.append("</Relationships>")
    settings = (HEAD + '<w:settings %s><w:displayBackgroundShape w:val="1"/>'
                '<w:defaultTabStop w:val="720"/><w:footnotePr><w:footnote w:id="-1"/>'
                '<w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:val="14" '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/>'
                '</w:compat></w:settings>' % NS)
    fonts = HEAD + '<w:fonts %s><w:font w:name="Arial"/></w:fonts>' % NS
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", document),
             ("word/styles.xml", styles()), ("word/footnotes.xml", footnotes_xml(notes, doc)),
             ("word/numbering.xml", numbering(doc.lists)),
             ("word/comments.xml", comments_xml(comments, doc)),
             ("word/settings.xml", settings), ("word/fontTable.xml", fonts),
             ("word/_rels/document.xml.rels", "".join(docrels))]
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
