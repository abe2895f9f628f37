#!/usr/bin/python3
"""Re-make the Microsoft Teams transcript .docx in docs/ from its source text in tools/.

The file is shaped like the transcript Teams gives with "Download > Download as .docx": the
meeting title, the start date and time ("June 14, 2025, 7:02PM"), the length ("14m 6s"), an
empty paragraph, the "<name> started transcription" system line, then one paragraph per
utterance holding the speaker's name, three spaces, the m:ss offset and, after a line break
(w:br), what was said; "(Guest)" stays glued to an external speaker's name; the closing
"<name> stopped transcription" line. Styles: Calibri 11, grey offsets, the speaker name in a
character style, en-US runs, a letter-size page. Zip parts are written in a fixed order with a
fixed timestamp (the afternoon the transcript was downloaded) so the output is byte for byte
reproducible.

Source markup (tools/<doc>.txt): "#" comment lines; "title:", "date:", "duration:" header
lines; "@text" a system line; "Speaker | m:ss | text" an utterance.
Run: /usr/bin/python3 tools/make_teams_docx.py [output path]
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "GS4 Mentorship - Codes of Conduct-20250614_133212-Meeting Transcript"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs", NAME + ".docx")
STAMP = (2025, 6, 14, 14, 9, 36)

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'mc:Ignorable="w14"')
DECL = '<?xml version="1.0" encoding="utf-8" standalone="yes"?>'


def parse(path):
    head, body = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@"):
                body.append(("event", line[1:]))
                continue
            for key in ("title", "date", "duration"):
                if line.startswith(key + ": ") and key not in head:
                    head[key] = line[len(key) + 2:]
                    break
            else:
                speaker, ts, text = line.split(" | ", 2)
                body.append(("say", speaker, ts, text))
    return head, body


def run(text, style=None):
    rpr = '<w:rPr>%s<w:lang w:val="en-US"/></w:rPr>' % (
        '<w:rStyle w:val="%s"/>' % style if style else "")
    sp = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return '<w:r>%s<w:t%s>%s</w:t></w:r>' % (rpr, sp, escape(text))


def para(content, style=None, pid=0):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    return '<w:p w14:paraId="%08X" w14:textId="77777777">%s%s</w:p>' % (pid, ppr, content)


def document(head, body):
    ps = []
    pid = [0x1A2B0000]

    def add(content, style=None):
        pid[0] += 1
        ps.append(para(content, style, pid[0]))

    add(run(head["title"]), "TranscriptTitle")
    add(run(head["date"]), "TranscriptInfo")
    add(run(head["duration"]), "TranscriptInfo")
    add("")
    for item in body:
        if item[0] == "event":
            add(run(item[1]), "TranscriptEvent")
            continue
        _, speaker, ts, text = item
        add(run(speaker, "SpeakerName") + run("   ") + run(ts, "Timestamp")
            + '<w:r><w:rPr><w:lang w:val="en-US"/></w:rPr><w:br/><w:t>%s</w:t></w:r>' % escape(text),
            "Utterance")
    sect = ('<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" '
            'w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
            '<w:cols w:space="720"/></w:sectPr>')
    return DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (W_NS, "".join(ps), sect)


STYLES = DECL + (
    '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" '
    'w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" '
    'w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing '
    'w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TranscriptTitle"><w:name w:val="Transcript Title"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="TranscriptInfo"/><w:pPr><w:spacing w:after="0"/></w:pPr>'
    '<w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TranscriptInfo"><w:name w:val="Transcript Info"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="616161"/>'
    '<w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TranscriptEvent"><w:name w:val="Transcript Event"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:i/><w:iCs/><w:color w:val="616161"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Utterance"><w:name w:val="Utterance"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="120" w:after="120"/></w:pPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="SpeakerName"><w:name w:val="Speaker Name"/>'
    '<w:rPr><w:b/><w:bCs/></w:rPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="Timestamp"><w:name w:val="Timestamp"/>'
    '<w:rPr><w:color w:val="616161"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
    '</w:styles>') % W_NS

SETTINGS = DECL + (
    '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
    'w:val="15"/></w:compat></w:settings>')

FONTS = DECL + (
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>')

CONTENT_TYPES = DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')

RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="R1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml"/>'
    '<Relationship Id="R2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="/docProps/core.xml"/>'
    '<Relationship Id="R3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="/docProps/app.xml"/>'
    '</Relationships>')

DOC_RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
    '</Relationships>')


def core(title):
    return DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
        '<dc:creator>Microsoft Teams</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-14T14:09:36Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-14T14:09:36Z</dcterms:modified>'
        '</cp:coreProperties>') % escape(title)


APP = DECL + (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    '<Application>Microsoft Teams</Application><DocSecurity>0</DocSecurity></Properties>')


def main():
    head, body = parse(SRC)
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("docProps/core.xml", core(head["title"])),
        ("docProps/app.xml", APP),
        ("word/document.xml", document(head, body)),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", FONTS),
        ("word/_rels/document.xml.rels", DOC_RELS),
    ]
    os.makedirs(os.path.dirname(os.path.abspath(OUT)), exist_ok=True)
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"), compresslevel=6)


if __name__ == "__main__":
    main()
