#!/usr/bin/python3
"""Make docs/surveillance-privacy-term-paper.docx from tools/surveillance-privacy-term-paper.txt.

The document imitates a term paper written in Word for Microsoft 365 on Windows and saved as
.docx: Word's part list and zip order ([Content_Types].xml, _rels/.rels, word/document.xml,
word/_rels/document.xml.rels, word/footnotes.xml, word/endnotes.xml, word/header1.xml,
word/footer1.xml, word/theme/theme1.xml, word/settings.xml, customXml/item1.xml,
customXml/itemProps1.xml, word/numbering.xml, word/styles.xml, word/webSettings.xml,
word/fontTable.xml, docProps/core.xml, customXml/_rels/item1.xml.rels, docProps/app.xml), every
member dated 1980-01-01 and every XML declaration followed by CRLF, as Word writes them.

In word/document.xml: Word 2010+ namespaces and mc:Ignorable, w14:paraId/w14:textId and rsid
attributes on paragraphs; Title, Subtitle and a byline; a bold "Abstract." lead-in; Heading 1
paragraphs numbered "1." to "9." by a multilevel list linked to the style (the numbers are not
in the text, and the Bibliography heading gets one too); proofErr marks around names the
spelling checker flags; endnote references (word/endnotes.xml holds Word's separator and
continuation separator and seven notes, numbered i, ii, iii... by Word's default endnote
format); CITATION fields inside citation content controls with their APA 6 results; a captioned
table (SEQ Table field inside a _Ref bookmark) and a REF cross-reference to it; Symbol-font
bullet lists through numbering.xml; a Bibliography content control (docPartGallery
"Bibliographies") whose BIBLIOGRAPHY field result is the formatted list, its sources stored in
customXml/item1.xml (b:Sources, APA Sixth Edition); a header and a "Page X of Y" footer with
PAGE and NUMPAGES fields; A4 section properties. Aptos is the theme font (Word 365's default).

Source markup is described in the "%" header of the source file.
Run from anywhere: /usr/bin/python3 tools/make_docx.py  (an output path may be given as the
only argument; the output is byte for byte the same on every run)
"""
import hashlib
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "surveillance-privacy-term-paper.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else \
    os.path.join(HERE, "..", "docs", "surveillance-privacy-term-paper.docx")

XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
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
        'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du wp14"')
RSIDS = ["00B21F4A", "003E7C19", "0041D2A8", "006A93E5", "00C4F1B7", "00E85D32"]
LCID = 16393  # en-IN


def h8(seed):
    v = int(hashlib.md5(seed.encode()).hexdigest()[:8], 16) & 0x7FFFFFFF
    return "%08X" % v


def sdt_id(seed):
    v = int(hashlib.md5(seed.encode()).hexdigest()[:8], 16)
    return v - (1 << 32) if v >= (1 << 31) else v


def wt(text):
    sp = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return "<w:t%s>%s</w:t>" % (sp, escape(text))


def run(text, rpr=""):
    if not text:
        return ""
    return "<w:r>%s%s</w:r>" % ("<w:rPr>%s</w:rPr>" % rpr if rpr else "", wt(text))


# ------------------------------------------------------------------ bibliography sources
def parse_source(line):
    tag, typ, author, year, title, city, pub, caseno, court = line.split("|")
    return {"tag": tag, "type": typ, "author": author, "year": year, "title": title, "city": city,
            "pub": pub, "caseno": caseno, "court": court}


def person(author):
    if ", " in author and len(author.split(", ")) == 2 and " " not in author.split(", ")[0]:
        last, first = author.split(", ")
        return last, first
    return None


def cite_text(s):
    if not s["author"]:
        who = s["title"]
    else:
        p = person(s["author"])
        who = p[0] if p else s["author"]
    return "(%s, %s)" % (who, s["year"])


def sort_key(s):
    p = person(s["author"]) if s["author"] else None
    return (p[0] if p else (s["author"] or s["title"])).replace("\u2019", "'").lower()


def bib_runs(s):
    """APA Sixth Edition as Word's BIBLIOGRAPHY field formats it: (plain, italic, plain)."""
    if s["type"] == "Case":
        return [("i", s["title"]), ("", ", %s (%s %s)." % (s["caseno"], s["court"], s["year"]))]
    p = person(s["author"])
    who = "%s, %s." % (p[0], p[1][0]) if p else s["author"] + "."
    return [("", "%s (%s). " % (who, s["year"])), ("i", s["title"] + "."),
            ("", " %s: %s." % (s["city"], s["pub"]))]


def sources_xml(sources, order):
    out = []
    for s in sources:
        guid = "{%s-%s-%s-%s-%s}" % tuple(hashlib.md5(s["tag"].encode()).hexdigest().upper()[i:j]
                                         for i, j in ((0, 8), (8, 12), (12, 16), (16, 20), (20, 32)))
        if not s["author"]:
            author = ""
        elif person(s["author"]):
            last, first = person(s["author"])
            author = ("<b:Author><b:Author><b:NameList><b:Person><b:Last>%s</b:Last><b:First>%s</b:First>"
                      "</b:Person></b:NameList></b:Author></b:Author>" % (escape(last), escape(first)))
        else:
            author = "<b:Author><b:Author><b:Corporate>%s</b:Corporate></b:Author></b:Author>" % escape(s["author"])
        extra = ""
        if s["city"]:
            extra += "<b:City>%s</b:City>" % escape(s["city"])
        if s["pub"]:
            extra += "<b:Publisher>%s</b:Publisher>" % escape(s["pub"])
        if s["caseno"]:
            extra += "<b:CaseNumber>%s</b:CaseNumber>" % escape(s["caseno"])
        if s["court"]:
            extra += "<b:Court>%s</b:Court>" % escape(s["court"])
        out.append("<b:Source><b:Tag>%s</b:Tag><b:SourceType>%s</b:SourceType><b:Guid>%s</b:Guid>%s"
                   "<b:Title>%s</b:Title><b:Year>%s</b:Year>%s<b:RefOrder>%d</b:RefOrder></b:Source>"
                   % (s["tag"], s["type"], guid, author, escape(s["title"]), s["year"], extra,
                      order.index(s["tag"]) + 1))
    return (XML + '<b:Sources SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6" '
            'xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" '
            'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography">%s</b:Sources>'
            % "".join(out))


# ------------------------------------------------------------------ inline markup
TOKEN = re.compile(r"\[\^(\d+)\]|\{cite:(\w+)\}|\{ref:Table 1\}|\{sp\}(.*?)\{/sp\}|\*\*(.*?)\*\*")


class Doc:
    def __init__(self, sources):
        self.sources = {s["tag"]: s for s in sources}
        self.cite_order = []
        self.np = 0

    def inline(self, text):
        out, pos = [], 0
        for m in TOKEN.finditer(text):
            out.append(run(text[pos:m.start()]))
            pos = m.end()
            if m.group(1):
                out.append('<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                           '<w:endnoteReference w:id="%s"/></w:r>' % m.group(1))
            elif m.group(2):
                tag = m.group(2)
                if tag not in self.cite_order:
                    self.cite_order.append(tag)
                s = self.sources[tag]
                out.append('<w:sdt><w:sdtPr><w:id w:val="%d"/><w:citation/></w:sdtPr><w:sdtContent>'
                           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                           ' CITATION %s \\l %d </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                           '<w:r><w:rPr><w:noProof/></w:rPr>%s</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
                           '</w:sdtContent></w:sdt>' % (sdt_id("cite" + tag + str(len(out))), tag, LCID,
                                                        wt(cite_text(s))))
            elif m.group(0).startswith("{ref:"):
                out.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                           ' REF _Ref215437581 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
                           '</w:r>%s<w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r><w:r><w:fldChar '
                           'w:fldCharType="end"/></w:r>' % run("Table "))
            elif m.group(3) is not None:
                out.append('<w:proofErr w:type="spellStart"/>%s<w:proofErr w:type="spellEnd"/>' % run(m.group(3)))
            else:
                out.append(run(m.group(4), "<w:b/><w:bCs/>"))
        out.append(run(text[pos:]))
        return "".join(out)

    def p(self, body, ppr="", rsid=0):
        self.np += 1
        pid = h8("p%d" % self.np)
        tid = h8("t%d" % self.np)
        r = RSIDS[rsid % len(RSIDS)]
        return ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"%s>%s%s</w:p>'
                % (pid, tid, r, RSIDS[0], ' w:rsidP="%s"' % r if ppr else "",
                   "<w:pPr>%s</w:pPr>" % ppr if ppr else "", body))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    meta, notes, sources = {}, {}, []
    body_lines = []
    for l in lines:
        if l.startswith("@source "):
            sources.append(parse_source(l[8:]))
        elif re.match(r"\[\^\d+\]: ", l):
            n, txt = re.match(r"\[\^(\d+)\]: (.*)", l).groups()
            notes[n] = txt
        elif re.match(r"@(title|subtitle|byline|header|abstract) ", l):
            k, v = l[1:].split(" ", 1)
            meta[k] = v
        else:
            body_lines.append(l)
    d = Doc(sources)
    body = []
    body.append(d.p(run(meta["title"]), '<w:pStyle w:val="Title"/>'))
    body.append(d.p(run(meta["subtitle"]), '<w:pStyle w:val="Subtitle"/>'))
    body.append(d.p(run(meta["byline"], "<w:i/><w:iCs/>"), '<w:jc w:val="center"/>'))
    body.append(d.p(run("Abstract.", "<w:b/><w:bCs/>") + run(" ") + d.inline(meta["abstract"]),
                    '<w:ind w:left="567" w:right="567"/><w:jc w:val="both"/>', 1))
    table, caption = [], None
    sec = 0
    for l in body_lines:
        if not l.strip():
            continue
        if l.startswith("# "):
            sec += 1
            body.append(d.p(run(l[2:]), '<w:pStyle w:val="Heading1"/>', sec))
        elif l.startswith("- "):
            body.append(d.p(d.inline(l[2:]), '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                            '<w:numId w:val="2"/></w:numPr>', sec))
        elif l.startswith("+ "):
            body.append(d.p(d.inline(l[2:]), '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                            '<w:numId w:val="3"/></w:numPr><w:spacing w:after="60"/>', sec))
        elif l.startswith("@caption "):
            caption = l[9:]
            body.append(d.p('<w:bookmarkStart w:id="0" w:name="_Ref215437581"/>' + run("Table ")
                            + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                            ' SEQ Table \\* ARABIC </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
                            '</w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r><w:r><w:fldChar '
                            'w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="0"/>' + run(": " + caption),
                            '<w:pStyle w:val="Caption"/><w:keepNext/>', sec))
        elif l.startswith("| "):
            table.append([c.strip() for c in l.strip().strip("|").split("|")])
            continue
        elif l == "@bibliography":
            body.append(bibliography(d))
        else:
            body.append(d.p(d.inline(l), '<w:jc w:val="both"/>', sec))
    # the table goes right after its caption
    tbl = table_xml(d, table)
    idx = next(i for i, b in enumerate(body) if "_Ref215437581" in b and "SEQ Table" in b)
    body.insert(idx + 1, tbl)

    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:headerReference w:type="default" r:id="rId9"/>'
            '<w:footerReference w:type="default" r:id="rId10"/><w:pgSz w:w="11906" w:h="16838" w:code="9"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
            'w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % (RSIDS[0], RSIDS[0]))
    document = (XML + '<w:document %s><w:body>%s%s</w:body></w:document>' % (W_NS, "".join(body), sect))

    endnotes = [('<w:endnote w:type="separator" w:id="-1"><w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" '
                 'w:rsidRDefault="%s"><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                 '<w:r><w:separator/></w:r></w:p></w:endnote>' % (h8("es1"), h8("es2"), RSIDS[0], RSIDS[0])),
                ('<w:endnote w:type="continuationSeparator" w:id="0"><w:p w14:paraId="%s" w14:textId="%s" '
                 'w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                 '</w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
                 % (h8("ec1"), h8("ec2"), RSIDS[0], RSIDS[0]))]
    for n in sorted(notes, key=int):
        endnotes.append('<w:endnote w:id="%s"><w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s">'
                        '<w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/>'
                        '</w:rPr><w:endnoteRef/></w:r>%s</w:p></w:endnote>'
                        % (n, h8("en" + n), h8("et" + n), RSIDS[int(n) % len(RSIDS)], RSIDS[0],
                           run(" ") + d.inline(notes[n])))
    endnotes_xml = XML + '<w:endnotes %s>%s</w:endnotes>' % (W_NS, "".join(endnotes))
    footnotes_xml = XML + '<w:footnotes %s>%s</w:footnotes>' % (W_NS, "".join(
        e.replace("w:endnote ", "w:footnote ").replace("</w:endnote>", "</w:footnote>")
        .replace(h8("es1"), h8("fs1")).replace(h8("ec1"), h8("fc1")) for e in endnotes[:2]))

    header_xml = (XML + '<w:hdr %s><w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s">'
                  '<w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>%s</w:p></w:hdr>'
                  % (W_NS, h8("hdr"), h8("hdrt"), RSIDS[2], RSIDS[2],
                     run(meta["header"], '<w:color w:val="7F7F7F"/><w:sz w:val="18"/><w:szCs w:val="18"/>')))
    fld = ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText xml:space="preserve"> %s  \\* '
           'MERGEFORMAT </w:instrText></w:r><w:r>%s<w:fldChar w:fldCharType="separate"/></w:r><w:r>%s<w:t>%s</w:t>'
           '</w:r><w:r>%s<w:fldChar w:fldCharType="end"/></w:r>')
    rb = "<w:rPr><w:b/><w:bCs/></w:rPr>"
    footer_xml = (XML + '<w:ftr %s><w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s">'
                  '<w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>%s%s%s%s</w:p></w:ftr>'
                  % (W_NS, h8("ftr"), h8("ftrt"), RSIDS[2], RSIDS[2], run("Page "),
                     fld % (rb, rb, "PAGE", rb, rb, "1", rb), run(" of "), fld % (rb, rb, "NUMPAGES", rb, rb, "5", rb)))

    # word count as Word's status bar reports it for the main text
    main_words = len(re.sub(r"<[^>]+>", " ", re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", document)
                            .replace("</w:p>", " ")).split())
    chars = len(re.sub(r"\s", "", re.sub(r"<[^>]+>", "", re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", document))))

    rels = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            '<Relationship Id="rId12" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>'
            '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings" Target="webSettings.xml"/>'
            '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
            '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '</Relationships>')
    root_rels = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '</Relationships>')
    ct = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
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
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
          '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    item_props = (XML + '<ds:datastoreItem ds:itemID="{6F1D4C2A-93B7-4E05-A8D1-52C7E0B94F13}" '
                  'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>'
                  '<ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>'
                  '</ds:schemaRefs></ds:datastoreItem>')
    item_rels = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" '
                 'Target="itemProps1.xml"/></Relationships>')
    core = (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Aditya Menon</dc:creator><cp:keywords></cp:keywords>'
            '<dc:description></dc:description><cp:lastModifiedBy>Aditya Menon</cp:lastModifiedBy><cp:revision>14</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-11-22T10:14:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-08T16:42:00Z</dcterms:modified></cp:coreProperties>')
    app = (XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
           '<TotalTime>412</TotalTime><Pages>5</Pages><Words>%d</Words><Characters>%d</Characters>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>%d</Lines>'
           '<Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>'
           '<CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc><HyperlinksChanged>false'
           '</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
           % (main_words, chars, chars // 62, d.np, chars + main_words))

    members = [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", root_rels),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", rels),
        ("word/footnotes.xml", footnotes_xml),
        ("word/endnotes.xml", endnotes_xml),
        ("word/header1.xml", header_xml),
        ("word/footer1.xml", footer_xml),
        ("word/theme/theme1.xml", THEME),
        ("word/settings.xml", settings()),
        ("customXml/item1.xml", sources_xml(sources, d.cite_order)),
        ("customXml/itemProps1.xml", item_props),
        ("word/numbering.xml", numbering()),
        ("word/styles.xml", STYLES),
        ("word/webSettings.xml", XML + '<w:webSettings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
         '<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>'),
        ("word/fontTable.xml", FONTS),
        ("docProps/core.xml", core),
        ("customXml/_rels/item1.xml.rels", item_rels),
        ("docProps/app.xml", app),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))


def bibliography(d):
    order = sorted(d.sources.values(), key=sort_key)
    paras = []
    for i, s in enumerate(order):
        runs = []
        if i == 0:
            runs.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
                        'BIBLIOGRAPHY </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        for style, text in bib_runs(s):
            runs.append(run(text, ("<w:i/><w:iCs/>" if style == "i" else "") + "<w:noProof/>"))
        paras.append(d.p("".join(runs), '<w:pStyle w:val="Bibliography"/><w:ind w:left="720" w:hanging="720"/>'
                                        '<w:rPr><w:noProof/></w:rPr>', 2))
    paras.append(d.p('<w:r><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>', "", 2))
    head = d.p(run("Bibliography"), '<w:pStyle w:val="Heading1"/>', 2)
    return ('<w:sdt><w:sdtPr><w:id w:val="%d"/><w:docPartObj><w:docPartGallery w:val="Bibliographies"/>'
            '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
            'w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:color w:val="auto"/>'
            '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:sdtEndPr><w:sdtContent>%s<w:sdt><w:sdtPr>'
            '<w:id w:val="%d"/><w:bibliography/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt></w:sdtContent></w:sdt>'
            % (sdt_id("bibouter"), head, sdt_id("bibinner"), "".join(paras)))


def table_xml(d, rows):
    ncol = len(rows[0])
    widths = [2160, 2160, 2160, 2546][:ncol]
    out = []
    for i, cells in enumerate(rows):
        tcs = []
        for w, c in zip(widths, cells):
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if i == 0 else ""
            tcs.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                       % (w, shade, d.p(run(c, "<w:b/><w:bCs/>" if i == 0 else '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
                                         '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', 3)))
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if i == 0 else ""
        out.append('<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="77777777">%s%s</w:tr>'
                   % (RSIDS[3], h8("tr%d" % i), trpr, "".join(tcs)))
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" '
            'w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            '<w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
            % ("".join('<w:gridCol w:w="%d"/>' % w for w in widths), "".join(out)))


def settings():
    return (XML + '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15">'
            '<w:zoom w:percent="110"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
            '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="useWord2013TrackBottomHyphenation" w:uri="http://schemas.microsoft.com/office/word" w:val="0"/>'
            '</w:compat><w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>'
            '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
            '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/>'
            '<m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
            '<w:themeFontLang w:val="en-IN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" '
            'w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" '
            'w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
            '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="1026"/><o:shapelayout v:ext="edit">'
            '<o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val="."/>'
            '<w:listSeparator w:val=","/><w14:docId w14:val="3A7F52C1"/><w15:chartTrackingRefBased/>'
            '<w15:docId w15:val="{B8E3F6A2-4C1D-4F7E-9A25-0D6C3E81F4B7}"/></w:settings>'
            % (RSIDS[0], "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS))))


def numbering():
    def lvl(i, fmt, text, ind, pstyle="", font=None):
        rpr = ('<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr>' % (font, font)) if font else ""
        return ('<w:lvl w:ilvl="%d"%s><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/>'
                '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
                % (i, ' w:tplc="04090001"' if font else "", fmt, '<w:pStyle w:val="%s"/>' % pstyle if pstyle else "",
                   text, ind, 432 if pstyle else 360, rpr))
    heads = "".join(lvl(i, "decimal", ".".join("%%%d" % (j + 1) for j in range(i + 1)) + ("." if i == 0 else ""),
                        432 + 144 * i, "Heading%d" % (i + 1) if i < 2 else "") for i in range(3))
    bullets = lvl(0, "bullet", "\uf0b7", 720, font="Symbol") + lvl(1, "bullet", "o", 1440, font="Courier New")
    return (XML + '<w:numbering xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" mc:Ignorable="w14 w15 w16cid">'
            '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1C5A7E20"/>'
            '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="4A8E2D16"/>%s</w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="3F2B6C91"/><w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:tmpl w:val="0409000F"/>%s</w:abstractNum>'
            '<w:abstractNum w:abstractNumId="2"><w:nsid w:val="6D04A3E5"/><w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:tmpl w:val="7E1C22B4"/>%s</w:abstractNum>'
            '<w:num w:numId="1" w16cid:durableId="1482733209"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2" w16cid:durableId="615206744"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="3" w16cid:durableId="2039145871"><w:abstractNumId w:val="2"/></w:num>'
            '</w:numbering>' % (heads, bullets, bullets))


def style(typ, sid, name, body, extra=""):
    return ('<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>%s</w:style>'
            % (typ, extra, sid, name, body))


STYLES = (XML + '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
          'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
          '<w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/>'
          '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="278" w:lineRule="auto"/>'
          '</w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
          'w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
          '<w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/>'
          '<w:lsdException w:name="heading 2" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/>'
          '<w:lsdException w:name="caption" w:semiHidden="1" w:uiPriority="35" w:unhideWhenUsed="1" w:qFormat="1"/>'
          '<w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/>'
          '<w:lsdException w:name="Subtitle" w:uiPriority="11" w:qFormat="1"/>'
          '<w:lsdException w:name="Table Grid" w:uiPriority="39"/>'
          '<w:lsdException w:name="Bibliography" w:semiHidden="1" w:uiPriority="37" w:unhideWhenUsed="1"/>'
          '</w:latentStyles>'
          + style("paragraph", "Normal", "Normal", "<w:qFormat/>", ' w:default="1"')
          + style("paragraph", "Heading1", "heading 1",
                  '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/>'
                  '<w:qFormat/><w:rsid w:val="%s"/><w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:numId w:val="1"/></w:numPr>'
                  '<w:spacing w:before="360" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts '
                  'w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
                  '<w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="40"/><w:szCs w:val="40"/>'
                  '</w:rPr>' % RSIDS[1])
          + style("paragraph", "Heading2", "heading 2",
                  '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:semiHidden/>'
                  '<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="1"/>'
                  '<w:numId w:val="1"/></w:numPr><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>'
                  '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
                  'w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/>'
                  '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>')
          + style("character", "DefaultParagraphFont", "Default Paragraph Font",
                  '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>', ' w:default="1"')
          + style("table", "TableNormal", "Normal Table",
                  '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
                  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" '
                  'w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>', ' w:default="1"')
          + style("numbering", "NoList", "No List", '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>',
                  ' w:default="1"')
          + style("character", "Heading1Char", "Heading 1 Char",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/><w:rPr>'
                  '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
                  'w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/>'
                  '<w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>', ' w:customStyle="1"')
          + style("paragraph", "Title", "Title",
                  '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/>'
                  '<w:qFormat/><w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>'
                  '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
                  'w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr>')
          + style("character", "TitleChar", "Title Char",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority w:val="10"/><w:rPr>'
                  '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
                  'w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/>'
                  '</w:rPr>', ' w:customStyle="1"')
          + style("paragraph", "Subtitle", "Subtitle",
                  '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="SubtitleChar"/><w:uiPriority w:val="11"/>'
                  '<w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia" '
                  'w:cstheme="majorBidi"/><w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/>'
                  '<w:spacing w:val="15"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>')
          + style("character", "SubtitleChar", "Subtitle Char",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Subtitle"/><w:uiPriority w:val="11"/><w:rPr>'
                  '<w:rFonts w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/><w:color w:val="595959" '
                  'w:themeColor="text1" w:themeTint="A6"/><w:spacing w:val="15"/><w:sz w:val="28"/><w:szCs w:val="28"/>'
                  '</w:rPr>', ' w:customStyle="1"')
          + style("paragraph", "ListParagraph", "List Paragraph",
                  '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/>'
                  '<w:contextualSpacing/></w:pPr>')
          + style("paragraph", "Caption", "caption",
                  '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/>'
                  '<w:qFormat/><w:pPr><w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:i/>'
                  '<w:iCs/><w:color w:val="0E2841" w:themeColor="text2"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>')
          + style("table", "TableGrid", "Table Grid",
                  '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" '
                  'w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" '
                  'w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" '
                  'w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" '
                  'w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>')
          + style("paragraph", "EndnoteText", "endnote text",
                  '<w:basedOn w:val="Normal"/><w:link w:val="EndnoteTextChar"/><w:uiPriority w:val="99"/><w:semiHidden/>'
                  '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>'
                  '<w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>')
          + style("character", "EndnoteTextChar", "Endnote Text Char",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="EndnoteText"/><w:uiPriority w:val="99"/>'
                  '<w:semiHidden/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>', ' w:customStyle="1"')
          + style("character", "EndnoteReference", "endnote reference",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
                  '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>')
          + style("paragraph", "Header", "header",
                  '<w:basedOn w:val="Normal"/><w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
                  '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
                  '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>')
          + style("character", "HeaderChar", "Header Char",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Header"/><w:uiPriority w:val="99"/>',
                  ' w:customStyle="1"')
          + style("paragraph", "Footer", "footer",
                  '<w:basedOn w:val="Normal"/><w:link w:val="FooterChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
                  '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
                  '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>')
          + style("character", "FooterChar", "Footer Char",
                  '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Footer"/><w:uiPriority w:val="99"/>',
                  ' w:customStyle="1"')
          + style("paragraph", "Bibliography", "Bibliography",
                  '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="37"/><w:unhideWhenUsed/>')
          + '</w:styles>')

FONTS = (XML + '<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
         '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/>'
         '<w:family w:val="roman"/><w:pitch w:val="variable"/><w:sig w:usb0="00000000" w:usb1="10000000" '
         'w:usb2="00000000" w:usb3="00000000" w:csb0="80000000" w:csb1="00000000"/></w:font>'
         '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
         '<w:family w:val="roman"/><w:pitch w:val="variable"/><w:sig w:usb0="E0002EFF" w:usb1="C000785B" '
         'w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>'
         '<w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/>'
         '<w:family w:val="modern"/><w:pitch w:val="fixed"/><w:sig w:usb0="E0002EFF" w:usb1="C0007843" '
         'w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>'
         '<w:font w:name="Aptos"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
         '<w:sig w:usb0="20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" '
         'w:csb1="00000000"/></w:font>'
         '<w:font w:name="Aptos Display"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
         '<w:sig w:usb0="20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" '
         'w:csb1="00000000"/></w:font></w:fonts>')


def _clr(name, val, sys_=False):
    if sys_:
        return '<a:%s><a:sysClr val="%s" lastClr="%s"/></a:%s>' % (name, val[0], val[1], name)
    return '<a:%s><a:srgbClr val="%s"/></a:%s>' % (name, val, name)


THEME = (XML + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
         '<a:themeElements><a:clrScheme name="Office">'
         + _clr("dk1", ("windowText", "000000"), True) + _clr("lt1", ("window", "FFFFFF"), True)
         + _clr("dk2", "0E2841") + _clr("lt2", "E8E8E8") + _clr("accent1", "156082") + _clr("accent2", "E97132")
         + _clr("accent3", "196B24") + _clr("accent4", "0F9ED5") + _clr("accent5", "A02B93") + _clr("accent6", "4EA72E")
         + _clr("hlink", "467886") + _clr("folHlink", "96607D")
         + '</a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Aptos Display" panose="02110004020202020204"/>'
         '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Aptos" '
         'panose="02110004020202020204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
         '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"><a:tint val="50000"/></a:schemeClr></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"><a:shade val="75000"/></a:schemeClr></a:solidFill></a:fillStyleLst>'
         '<a:lnStyleLst><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
         '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="19050" cap="flat" cmpd="sng" '
         'algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter '
         'lim="800000"/></a:ln><a:ln w="25400" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr '
         'val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst>'
         '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
         '<a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" '
         'rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst>'
         '</a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr>'
         '</a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:shade val="98000"/><a:satMod val="120000"/>'
         '</a:schemeClr></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/>'
         '<a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}"><thm15:themeFamily '
         'xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
         'id="{2E142A2C-CD16-42D6-873A-C26D2A0506FA}" vid="{1BDDFF52-6CD6-40A5-AB3C-68EB2F1E4D0A}"/></a:ext>'
         '</a:extLst></a:theme>')


if __name__ == "__main__":
    build()
