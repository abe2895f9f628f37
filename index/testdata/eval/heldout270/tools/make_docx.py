#!/usr/bin/python3
"""Re-make docs/fundamental-duties-art-51a.docx from tools/fundamental-duties-art-51a.txt.

The file is written the way Google Docs writes "File > Download > Microsoft Word (.docx)" for a
document with an inserted table of contents in the "Dotted" style (page numbers after a dot
leader), a header, a page-number footer, footnotes and a checklist:
  - zip entries dated 1980-01-01, [Content_Types].xml first with Google's attribute order
    (ContentType before Extension / PartName), no docProps and no theme part;
  - all-zero rsids, w14:paraId counters, <w:rtl w:val="0"/> in every run, "_heading=h.xxxx"
    bookmarks on the Title and every heading, a letter-size section with header and footer
    references;
  - the table of contents is a w:sdt (docPartGallery "Table of Contents") holding a TOC field
    (begin/instr/separate in the first entry, end in the last) whose cached result is one
    paragraph per Heading 1 / Heading 2: a hyperlink to the heading's bookmark holding the
    heading text, a tab (right tab stop with a dot leader) and the page number as plain text;
  - lists, one abstractNum per list as Google makes them: bullets "●○■", numbers "%1.", the
    duties list lettered "(%1)", the checklist with "☐" / "☒" markers (ticked items struck
    through), so no list marker is in the text itself;
  - footnotes in word/footnotes.xml (separator -1 and continuation separator 0, then 1..n)
    called by superscript footnoteReference runs;
  - header1.xml with the running head, footer1.xml with a right-aligned PAGE field;
  - a fixed-layout three-column table with "9360.0"-style widths and a shaded bold header row.

Source markup: "@header", "@title", "@subtitle", "@toc", "@pagebreak", "# Heading 1 | page",
"## Heading 2 | page", "- " bullet, "1. " numbered item, "a) " lettered item, "[x] " / "[ ] "
checklist item (a run of like items is one list), "@table" ... "@endtable" with "|" between
cells, any other line a normal paragraph; inline "**b**" bold and "[fn:text]" a footnote.
Run from anywhere: /usr/bin/python3 tools/make_docx.py (byte-for-byte reproducible).
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "fundamental-duties-art-51a.txt")
OUT = os.path.join(HERE, "..", "docs", "fundamental-duties-art-51a.docx")
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
# Google's heading ids, in the order it hands them out ("_heading=h." + id).
HIDS = ["gjdgxs", "30j0zll", "1fob9te", "3znysh7", "2et92p0", "tyjcwt", "3dy6vkm", "1t3h5sf",
        "4d34og8", "2s8eyo1", "17dp8vu", "3rdcrjn", "26in1rg", "lnxbz9", "35nkun2", "1ksv4uv",
        "44sinio", "2jxsxqh", "z337ya", "3j2qqm3", "1y810tw", "4i7ojhp", "2xcytpi", "1ci93xb"]
TOC_INSTR = 'TOC \\h \\u \\z \\t "Heading 1,1,Heading 2,2,Heading 3,3,Heading 4,4,Heading 5,5,Heading 6,6,"'
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def run(text, bold=False, strike=False, extra=""):
    rpr = (('<w:b w:val="1"/>' if bold else "") + ('<w:strike w:val="1"/>' if strike else "")
           + extra + '<w:rtl w:val="0"/>')
    return ('<w:r %s><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
            % (RRSID, rpr, escape(text)))


class Doc:
    def __init__(self):
        self.body = []
        self.para_id = 0
        self.bm = 0
        self.lists = []       # list kinds, one abstractNum each
        self.headings = []    # (level, text, bookmark, page)
        self.footnotes = []   # footnote texts, ids from 1

    def pid(self):
        self.para_id += 1
        return "%08X" % self.para_id

    def runs(self, text, strike=False):
        out, bold = [], False
        for tok in re.split(r"(\*\*|\[fn:.*?\])", text):
            if not tok:
                continue
            if tok == "**":
                bold = not bold
            elif tok.startswith("[fn:"):
                self.footnotes.append(tok[4:-1])
                out.append('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/><w:rtl w:val="0"/>'
                           '</w:rPr><w:footnoteReference w:customMarkFollows="0" w:id="%d"/>'
                           '</w:r>' % (RRSID, len(self.footnotes)))
            else:
                out.append(run(tok, bold, strike))
        return "".join(out)

    def para(self, text, style=None, num=None, spacing=None, strike=False, page=None):
        ppr = []
        if style:
            ppr.append('<w:pStyle w:val="%s"/>' % style)
        if num is not None:
            ppr.append('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                       '<w:ind w:left="720" w:hanging="360"/>' % num)
        if spacing:
            ppr.append(spacing)
        ppr.append('<w:rPr><w:u w:val="none"/></w:rPr>' if num is not None else '<w:rPr/>')
        bm = ""
        if style in ("Title", "Heading1", "Heading2"):
            name = "_heading=h." + HIDS[self.bm]
            bm = ('<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="%s" w:id="%d"/>'
                  '<w:bookmarkEnd w:id="%d"/>' % (name, self.bm, self.bm))
            self.bm += 1
            if style != "Title":
                self.headings.append((1 if style == "Heading1" else 2, text, name, page))
        return ('<w:p %s w14:paraId="%s"><w:pPr>%s</w:pPr>%s%s</w:p>'
                % (RSID, self.pid(), "".join(ppr), bm, self.runs(text, strike)))

    def new_list(self, kind):
        self.lists.append(kind)
        return len(self.lists)

    def toc(self):
        """Google's "Dotted" table of contents: an sdt round a TOC field with page numbers."""
        x = ['<w:sdt><w:sdtPr><w:id w:val="1372649105"/><w:docPartObj><w:docPartGallery '
             'w:val="Table of Contents"/><w:docPartUnique w:val="1"/></w:docPartObj></w:sdtPr>'
             '<w:sdtContent>']
        n = len(self.headings)
        for i, (level, text, name, page) in enumerate(self.headings):
            ind = '<w:ind w:left="360" w:firstLine="0"/>' if level == 2 else ""
            before = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                      'xml:space="preserve">%s</w:instrText></w:r><w:r><w:fldChar '
                      'w:fldCharType="separate"/></w:r>' % escape(TOC_INSTR)) if i == 0 else ""
            after = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == n - 1 else ""
            x.append('<w:p %s w14:paraId="%s"><w:pPr><w:tabs><w:tab w:val="right" '
                     'w:leader="dot" w:pos="9360"/></w:tabs><w:spacing w:after="60" '
                     'w:before="%d" w:line="240" w:lineRule="auto"/>%s<w:rPr/></w:pPr>%s'
                     '<w:hyperlink w:anchor="%s"><w:r %s><w:rPr><w:rtl w:val="0"/></w:rPr>'
                     '<w:t xml:space="preserve">%s</w:t></w:r><w:r %s><w:rPr><w:rtl w:val="0"/>'
                     '</w:rPr><w:tab/><w:t xml:space="preserve">%s</w:t></w:r></w:hyperlink>%s</w:p>'
                     % (RSID, self.pid(), 120 if level == 1 else 0, ind, before, name, RRSID,
                        escape(text), RRSID, page, after))
        x.append('</w:sdtContent></w:sdt>')
        return "".join(x)

    def table(self, rows):
        widths = [2200, 3400, 3760]
        borders = "".join('<w:%s w:color="000000" w:space="0" w:sz="8" w:val="single"/>' % s
                          for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        x = ['<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="9360.0" w:type="dxa"/>'
             '<w:jc w:val="left"/><w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
             '<w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>' % borders]
        x += ['<w:gridCol w:w="%d"/>' % w for w in widths]
        x.append("</w:tblGrid>")
        for i, row in enumerate(rows):
            cells = [c.strip() for c in row.split("|")]
            assert len(cells) == len(widths), row
            x.append('<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>')
            for w, c in zip(widths, cells):
                fill = "d9ead3" if i == 0 else "auto"
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


def numbering(lists):
    bullets = ["\u25cf", "\u25cb", "\u25a0"]
    fmts = [("decimal", "%{}."), ("lowerLetter", "%{}."), ("lowerRoman", "%{}.")]
    abstract, nums = [], []
    for i, kind in enumerate(lists):
        lv = []
        for l in range(9):
            ind = 720 * (l + 1)
            jc = "left"
            if kind == "bullet":
                fmt, txt = "bullet", bullets[l % 3]
            elif kind in ("todo", "done"):
                fmt, txt = "bullet", "\u2612" if kind == "done" else "\u2610"
            elif kind == "letter" and l == 0:
                fmt, txt = "lowerLetter", "(%1)"
            else:
                fmt, txt = fmts[l % 3][0], fmts[l % 3][1].format(l + 1)
                jc = "left" if fmt == "decimal" else "right"
            lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                      '<w:lvlText w:val="%s"/><w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="%d" '
                      'w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>'
                      % (l, fmt, txt, jc, ind))
        abstract.append('<w:abstractNum w:abstractNumId="%d">%s</w:abstractNum>'
                        % (i + 1, "".join(lv)))
        nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (i + 1, i + 1))
    return HEAD + '<w:numbering %s>%s%s</w:numbering>' % (NS, "".join(abstract), "".join(nums))


def styles():
    def pstyle(sid, name, ppr, rpr):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>'
                '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr>%s</w:pPr>'
                '<w:rPr>%s</w:rPr></w:style>' % (sid, name, ppr, rpr))
    keep = '<w:keepNext w:val="1"/><w:keepLines w:val="1"/>'
    s = [HEAD, '<w:styles %s>' % NS,
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
         '</w:styles>']
    return "".join(s)


def footnotes_xml(doc):
    small = '<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/>'
    out = [HEAD, '<w:footnotes %s>' % NS,
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
           'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
           '</w:r></w:p></w:footnote>']
    for i, text in enumerate(doc.footnotes, 1):
        out.append('<w:footnote w:id="%d"><w:p %s w14:paraId="%s"><w:pPr>%s<w:rPr>'
                   '<w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:pPr><w:r %s><w:rPr>'
                   '<w:vertAlign w:val="superscript"/><w:rtl w:val="0"/></w:rPr>'
                   '<w:footnoteRef/></w:r>%s</w:p></w:footnote>'
                   % (i, RSID, doc.pid(), small, RRSID,
                      run(" " + text, extra='<w:sz w:val="20"/><w:szCs w:val="20"/>')))
    out.append("</w:footnotes>")
    return "".join(out)


def header_xml(doc, text):
    return (HEAD + '<w:hdr %s><w:p %s w14:paraId="%s"><w:pPr><w:jc w:val="right"/><w:rPr>'
            '<w:color w:val="999999"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:pPr>%s'
            '</w:p></w:hdr>' % (NS, RSID, doc.pid(),
                                run(text, extra='<w:color w:val="999999"/><w:sz w:val="18"/>'
                                    '<w:szCs w:val="18"/>')))


def footer_xml(doc):
    r = '<w:r %s><w:rPr><w:rtl w:val="0"/></w:rPr>%s</w:r>'
    return (HEAD + '<w:ftr %s><w:p %s w14:paraId="%s"><w:pPr><w:jc w:val="right"/><w:rPr/>'
            '</w:pPr>%s%s%s<w:r %s><w:rPr><w:rtl w:val="0"/></w:rPr><w:t>1</w:t></w:r>%s</w:p>'
            '</w:ftr>' % (NS, RSID, doc.pid(),
                          r % (RRSID, '<w:fldChar w:fldCharType="begin"/>'),
                          r % (RRSID, '<w:instrText xml:space="preserve">PAGE</w:instrText>'),
                          r % (RRSID, '<w:fldChar w:fldCharType="separate"/>'), RRSID,
                          r % (RRSID, '<w:fldChar w:fldCharType="end"/>')))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    doc = Doc()
    header_text = ""
    cur_kind, cur_num = None, None
    table, in_table = [], False
    for line in lines:
        s = line.rstrip()
        kind = None
        if s.startswith("- "):
            kind = "bullet"
        elif s.startswith("1. "):
            kind = "number"
        elif s.startswith("a) "):
            kind = "letter"
        elif s.startswith("[ ] "):
            kind = "todo"
        elif s.startswith("[x] "):
            kind = "done"
        if kind != cur_kind and not (kind in ("todo", "done") and cur_kind in ("todo", "done")):
            cur_kind = kind
            cur_num = doc.new_list(kind) if kind else None
        if kind in ("todo", "done"):
            # Google keeps one checklist; the ticked glyph needs its own w:num
            cur_kind = kind
            if doc.lists[cur_num - 1] != kind:
                cur_num = doc.new_list(kind)
        if s.startswith("@header "):
            header_text = s[8:]
        elif s.startswith("@title "):
            doc.body.append(doc.para(s[7:], "Title"))
        elif s.startswith("@subtitle "):
            doc.body.append(doc.para(s[10:], "Subtitle"))
        elif s == "@toc":
            doc.body.append("@@TOC@@")
        elif s == "@pagebreak":
            doc.body.append('<w:p %s w14:paraId="%s"><w:pPr><w:rPr/></w:pPr><w:r %s><w:br '
                            'w:type="page"/></w:r></w:p>' % (RSID, doc.pid(), RRSID))
        elif s == "@table":
            in_table = True
        elif s == "@endtable":
            in_table = False
            doc.body.append(doc.table(table))
            table = []
        elif in_table:
            table.append(s)
        elif s.startswith("## ") or s.startswith("# "):
            level = 2 if s.startswith("## ") else 1
            text, page = s[level + 1:].rsplit(" | ", 1)
            doc.body.append(doc.para(text, "Heading%d" % level, page=page))
        elif kind in ("bullet", "letter", "todo", "done"):
            cut = 4 if kind in ("todo", "done") else (3 if kind == "letter" else 2)
            doc.body.append(doc.para(s[cut:], num=cur_num, strike=kind == "done"))
        elif kind == "number":
            doc.body.append(doc.para(s[3:], num=cur_num))
        elif s:
            doc.body.append(doc.para(s))
    body = "".join(doc.body).replace("@@TOC@@", doc.toc())
    document = (HEAD + '<w:document %s><w:body>%s<w:sectPr><w:headerReference w:type="default" '
                'r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/><w:pgSz '
                'w:h="15840" w:w="12240" w:orient="portrait"/><w:pgMar w:bottom="1440" '
                'w:top="1440" w:left="1440" w:right="1440" w:header="720" w:footer="720"/>'
                '<w:pgNumType w:start="1"/></w:sectPr></w:body></w:document>' % (NS, body))
    ct = (HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default ContentType="application/xml" Extension="xml"/>'
          '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" PartName="/word/footer1.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" PartName="/word/header1.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml" PartName="/word/footnotes.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/>'
          '</Types>')
    rels = (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
            '</Relationships>' % R)
    docrels = (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="%ssettings" Target="settings.xml"/>'
               '<Relationship Id="rId2" Type="%sfontTable" Target="fontTable.xml"/>'
               '<Relationship Id="rId3" Type="%snumbering" Target="numbering.xml"/>'
               '<Relationship Id="rId4" Type="%sfootnotes" Target="footnotes.xml"/>'
               '<Relationship Id="rId5" Type="%sstyles" Target="styles.xml"/>'
               '<Relationship Id="rId7" Type="%sheader" Target="header1.xml"/>'
               '<Relationship Id="rId8" Type="%sfooter" Target="footer1.xml"/>'
               '</Relationships>' % ((R,) * 7))
    settings = (HEAD + '<w:settings %s><w:displayBackgroundShape w:val="1"/>'
                '<w:defaultTabStop w:val="720"/><w:footnotePr><w:footnote w:id="-1"/>'
                '<w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:val="14" '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/>'
                '</w:compat></w:settings>' % NS)
    fonts = HEAD + '<w:fonts %s><w:font w:name="Arial"/></w:fonts>' % NS
    foot = footnotes_xml(doc)
    hdr = header_xml(doc, header_text)
    ftr = footer_xml(doc)
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", document),
             ("word/styles.xml", styles()), ("word/numbering.xml", numbering(doc.lists)),
             ("word/footnotes.xml", foot), ("word/header1.xml", hdr), ("word/footer1.xml", ftr),
             ("word/settings.xml", settings), ("word/fontTable.xml", fonts),
             ("word/_rels/document.xml.rels", docrels)]
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
