#!/usr/bin/python3
"""Re-make docs/rupee-srva-tarapore-teams-transcript.docx from its source text.

The source (tools/rupee-srva-tarapore-teams-transcript.txt) has "@title", "@date" and "@event"
lines, "= Speaker" lines that open a speaker's turn, "@gap N" for N seconds of silence, and the
turn's lines (one paragraph each). A Microsoft Teams transcript downloaded as .docx is one plain
paragraph per line: the recording's name ("<meeting>-<yyyymmdd_hhmmss>-Meeting Transcript"), the
start date and time, the duration ("15m 4s"), "<organiser> started transcription", then for each
turn a line "<speaker>   <m:ss>" (three spaces) followed by what was said, and at the end
"<organiser> stopped transcription". Timestamps are worked out here from the words spoken
(2.2 words a second, one second between turns), so the file is the same on every run.
Zip entries are deflated and stamped 14 October 2025 18:19:06.
Usage: make_teams_docx.py [output path]
"""
import math
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "rupee-srva-tarapore-teams-transcript.txt")
OUT = os.path.join(ROOT, "docs", "rupee-srva-tarapore-teams-transcript.docx")
STAMP = (2025, 10, 14, 18, 19, 6)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECL = '<?xml version="1.0" encoding="utf-8" standalone="yes"?>'


def stamp(sec):
    h, rest = divmod(sec, 3600)
    m, s = divmod(rest, 60)
    if h:
        return "%d:%02d:%02d" % (h, m, s)
    return "%d:%02d" % (m, s)


def duration(sec):
    h, rest = divmod(sec, 3600)
    m, s = divmod(rest, 60)
    if h:
        return "%dh %dm %ds" % (h, m, s)
    return "%dm %ds" % (m, s)


def lines_of_transcript():
    title = date = None
    out = []  # list of strings, one per paragraph; None marks the duration slot
    t = 4
    turn = None

    def close():
        nonlocal t, turn
        if turn is not None:
            words = sum(len(x.split()) for x in turn[1])
            out.append("%s   %s" % (turn[0], stamp(turn[2])))
            out.extend(turn[1])
            t = turn[2] + math.ceil(words / 2.2) + 1
            turn = None

    for raw in open(SRC, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("@title "):
            title = line[7:]
        elif line.startswith("@date "):
            date = line[6:]
        elif line.startswith("@event "):
            close()
            out.append(line[7:])
        elif line.startswith("@gap "):
            close()
            t += int(line[5:])
        elif line.startswith("= "):
            close()
            turn = (line[2:], [], t)
        else:
            turn[1].append(line)
    close()
    total = t + 5
    return [title, date, duration(total)] + out


def para(text):
    return ('<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(text))


def document(paras):
    body = "".join(para(p) for p in paras)
    return (DECL + '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
            '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" '
            'w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>' % (W_NS, R_NS, body))


CONTENT_TYPES = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                 '</Types>')

RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')

DOC_RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
            '</Relationships>')

STYLES = (DECL + '<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr>'
          '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>'
          '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>'
          '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
          '</w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
          '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '</w:styles>' % W_NS)

SETTINGS = (DECL + '<w:settings xmlns:w="%s"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat></w:settings>' % W_NS)

FONTS = (DECL + '<w:fonts xmlns:w="%s"><w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/>'
         '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
         '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
         '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>' % W_NS)

CORE = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-10-14T12:49:06Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-14T12:49:06Z</dcterms:modified>'
        '</cp:coreProperties>')

APP = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
       '<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>'
       '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
       '<AppVersion>16.0000</AppVersion></Properties>')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    paras = lines_of_transcript()
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
             ("word/document.xml", document(paras)), ("word/styles.xml", STYLES),
             ("word/settings.xml", SETTINGS), ("word/fontTable.xml", FONTS),
             ("word/_rels/document.xml.rels", DOC_RELS), ("docProps/core.xml", CORE),
             ("docProps/app.xml", APP)]
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main()
