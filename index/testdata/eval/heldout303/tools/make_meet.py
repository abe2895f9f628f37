#!/usr/bin/python3
"""Re-make the Google Meet transcript .docx in docs/ from its source text in tools/.

Google Meet saves a meeting's transcript as a Google Docs document in the organiser's Drive
("<meeting title> (<yyyy-mm-dd hh:mm> GMT+5:30) - Transcript"); a student who downloads it with
File > Download > Microsoft Word gets a file named after the document, with the ":" of the time
and of the offset turned into "_". The file is written the way Google Docs writes such an
export: a zip of [Content_Types].xml (ContentType before Extension), _rels/.rels,
word/document.xml, word/styles.xml, word/numbering.xml (empty: no lists), word/settings.xml,
word/fontTable.xml and word/_rels/document.xml.rels, no docProps and no theme, every entry dated
1980-01-01; all-zero rsids, w14:paraId counters, <w:rtl w:val="0"/> in every run, "_xxxx"
bookmarks on the Title and the headings, a letter-size sectPr.

The transcript document holds the meeting title (Title style), "Attendees" (Heading 1) and one
paragraph listing the attendees, "Transcript" (Heading 1), Google's grey italic note on
computer-generated transcripts, then for every timestamp a grey "hh:mm:ss" paragraph followed by
one paragraph per speaker turn ("Name: text", the name in bold) and an empty paragraph, and at
the end "Meeting ended after hh:mm:ss" with a waving hand.

Source markup: "@title", "@attendees", "@ts hh:mm:ss", "Name: text" speaker lines, "@ended".
Run from anywhere: /usr/bin/python3 tools/make_meet.py [OUT] (byte-for-byte reproducible).
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "GS2 Polity doubt session (2025-11-16 19_02 GMT+5_30) - Transcript"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".docx")
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
RSID = ('w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" '
        'w:rsidRDefault="00000000" w:rsidRPr="00000000"')
RRSID = 'w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"'
BOOKMARKS = ["_gjdgxs", "_30j0zll", "_1fob9te", "_3znysh7", "_2et92p0", "_tyjcwt"]
NOTE = ("This editable transcript was computer generated and might contain errors. "
        "People can also change the text after it was created.")
GREY = '<w:color w:val="5f6368"/>'


class Doc:
    def __init__(self):
        self.body = []
        self.para_id = 0
        self.bm = 0

    def pid(self):
        self.para_id += 1
        return "%08X" % self.para_id

    @staticmethod
    def run(text, rpr=""):
        return ('<w:r %s><w:rPr>%s<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                % (RRSID, rpr, escape(text)))

    def para(self, runs, style=None, spacing=None):
        ppr = []
        if style:
            ppr.append('<w:pStyle w:val="%s"/>' % style)
        if spacing:
            ppr.append(spacing)
        ppr.append('<w:rPr/>')
        bm = ""
        if style in ("Title", "Heading1"):
            bm = ('<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="%s" w:id="%d"/>'
                  '<w:bookmarkEnd w:id="%d"/>' % (BOOKMARKS[self.bm], self.bm, self.bm))
            self.bm += 1
        self.body.append('<w:p %s w14:paraId="%s"><w:pPr>%s</w:pPr>%s%s</w:p>'
                         % (RSID, self.pid(), "".join(ppr), bm, "".join(runs)))


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
        '<w:lang w:val="en"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
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
               '<w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/>'),
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden w:val="1"/><w:unhideWhenUsed w:val="1"/>'
        '<w:tblPr><w:tblInd w:w="0.0" w:type="dxa"/><w:tblCellMar><w:top w:w="0.0" w:type="dxa"/>'
        '<w:left w:w="108.0" w:type="dxa"/><w:bottom w:w="0.0" w:type="dxa"/>'
        '<w:right w:w="108.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '</w:styles>'])


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip() for l in f.read().split("\n")]
    doc = Doc()
    first_block = True
    for s in lines:
        if not s:
            continue
        if s.startswith("@title "):
            doc.para([doc.run(s[7:])], "Title")
        elif s.startswith("@attendees "):
            doc.para([doc.run("Attendees")], "Heading1")
            doc.para([doc.run(s[11:])])
            doc.para([doc.run("Transcript")], "Heading1")
            doc.para([doc.run(NOTE, '<w:i w:val="1"/>' + GREY + '<w:sz w:val="18"/><w:szCs w:val="18"/>')],
                     spacing='<w:spacing w:after="200" w:before="0" w:line="240" w:lineRule="auto"/>')
        elif s.startswith("@ts "):
            if not first_block:
                doc.para([])
            first_block = False
            doc.para([doc.run(s[4:], GREY)],
                     spacing='<w:spacing w:after="0" w:before="240" w:line="240" w:lineRule="auto"/>')
        elif s.startswith("@ended "):
            doc.para([])
            doc.para([doc.run("Meeting ended after %s \U0001F44B" % s[7:])])
        else:
            name, sep, text = s.partition(": ")
            if not sep:
                raise SystemExit("not a speaker line: %r" % s)
            doc.para([doc.run(name + ":", '<w:b w:val="1"/>'), doc.run(" " + text)])
    document = (HEAD + '<w:document %s><w:body>%s<w:sectPr><w:pgSz w:h="15840" w:w="12240" '
                'w:orient="portrait"/><w:pgMar w:bottom="1440" w:top="1440" w:left="1440" '
                'w:right="1440" w:header="720" w:footer="720"/><w:pgNumType w:start="1"/>'
                '</w:sectPr></w:body></w:document>' % (NS, "".join(doc.body)))
    ct = (HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default ContentType="application/xml" Extension="xml"/>'
          '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/>'
          '</Types>')
    rels = (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    docrels = (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="%ssettings" Target="settings.xml"/>'
               '<Relationship Id="rId2" Type="%sfontTable" Target="fontTable.xml"/>'
               '<Relationship Id="rId3" Type="%snumbering" Target="numbering.xml"/>'
               '<Relationship Id="rId4" Type="%sstyles" Target="styles.xml"/>'
               '</Relationships>' % (R, R, R, R))
    settings = (HEAD + '<w:settings %s><w:displayBackgroundShape w:val="1"/>'
                '<w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:val="14" '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/>'
                '</w:compat></w:settings>' % NS)
    fonts = HEAD + '<w:fonts %s><w:font w:name="Arial"/></w:fonts>' % NS
    numbering = HEAD + '<w:numbering %s/>' % NS
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", document),
             ("word/styles.xml", styles()), ("word/numbering.xml", numbering),
             ("word/settings.xml", settings), ("word/fontTable.xml", fonts),
             ("word/_rels/document.xml.rels", docrels)]
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
