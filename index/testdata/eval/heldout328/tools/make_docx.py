#!/usr/bin/python3
"""Make docs/ibc-landmark-cases-notes.docx from tools/ibc-landmark-cases-notes.txt.

The notes imitate a student's Word document: python-docx's default template (Normal.dotm
styles, theme, customXml, stylesWithEffects), a Title and a Subtitle, a table of contents as
Word inserts it (a "Table of Contents" content control holding a TOC field with its cached
entries, each a hyperlink to a _Toc bookmark on its heading with a PAGEREF page number),
Heading 1 and Heading 2 sections, List Bullet and List Number paragraphs, real footnotes and
endnotes (word/footnotes.xml and word/endnotes.xml written here, with Word's separator and
continuation-separator notes, related from the document part and called by footnoteReference /
endnoteReference runs; Word's default numbering, arabic for footnotes and lower-roman for
endnotes), spelling-error marks (w:proofErr) Word left around a word, a footer with a PAGE
field, A4 pages, and core/app properties as Word writes them.

The package is re-zipped with every entry dated 1980-01-01 (as Word stores them), so the file
is byte-for-byte reproducible.
Run from anywhere: /usr/bin/python3 tools/make_docx.py
"""
import io
import os
import re
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ibc-landmark-cases-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "ibc-landmark-cases-notes.docx")

W_NS = nsdecls("w")
FN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
EN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"

STYLES = [
    '<w:style %s w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
    '<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/>'
    '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
    '<w:style %s w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar">'
    '<w:name w:val="Footnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="20"/>'
    '<w:szCs w:val="20"/></w:rPr></w:style>',
    '<w:style %s w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
    '<w:style %s w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/>'
    '<w:basedOn w:val="Normal"/><w:link w:val="EndnoteTextChar"/><w:uiPriority w:val="99"/>'
    '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
    '<w:style %s w:type="character" w:customStyle="1" w:styleId="EndnoteTextChar">'
    '<w:name w:val="Endnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:link w:val="EndnoteText"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="20"/>'
    '<w:szCs w:val="20"/></w:rPr></w:style>',
    '<w:style %s w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
    '<w:style %s w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
    '<w:pPr><w:spacing w:after="100"/></w:pPr></w:style>',
    '<w:style %s w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
    '<w:pPr><w:spacing w:after="100"/><w:ind w:left="220"/></w:pPr></w:style>',
    '<w:style %s w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>',
]

APP_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm\
</Template><TotalTime>417</TotalTime><Pages>%(pages)d</Pages><Words>%(words)d</Words><Characters>\
%(chars)d</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>\
<Lines>%(lines)d</Lines><Paragraphs>%(paras)d</Paragraphs><ScaleCrop>false</ScaleCrop>\
<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Title</vt:lpstr>\
</vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts>\
<vt:vector size="1" baseType="lpstr"><vt:lpstr></vt:lpstr></vt:vector></TitlesOfParts><Company>\
</Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%(charsws)d\
</CharactersWithSpaces><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>\
<AppVersion>16.0000</AppVersion></Properties>"""


def smart(text):
    """Word's AutoFormat As You Type: straight quotes become curly ones."""
    text = re.sub(r'"(?=\w)', "\u201c", text)
    text = text.replace('"', "\u201d")
    return text.replace("'", "\u2019")


def run_xml(text, bold=False, italic=False):
    text = smart(text)
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/><w:bCs/>" if bold else "",
                                       "<w:i/><w:iCs/>" if italic else "")
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def inline_runs(text):
    """Runs for one paragraph: **bold**, *italic*, [^n] footnote and [^^n] endnote calls,
    {ps} spelling marks."""
    out = []
    for tok in re.split(r"(\*\*.+?\*\*|\*[^*]+\*|\[\^\^?\d+\]|\{ps\}\S+)", text):
        if not tok:
            continue
        if tok.startswith("**"):
            out.append(run_xml(tok[2:-2], bold=True))
        elif tok.startswith("[^^"):
            out.append('<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                       '<w:endnoteReference w:id="%s"/></w:r>' % tok[3:-1])
        elif tok.startswith("[^"):
            out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                       '<w:footnoteReference w:id="%s"/></w:r>' % tok[2:-1])
        elif tok.startswith("{ps}"):
            word = tok[4:]
            m = re.match(r"(\w+)(.*)", word)
            out.append('<w:proofErr w:type="spellStart"/>%s<w:proofErr w:type="spellEnd"/>%s'
                       % (run_xml(m.group(1)), run_xml(m.group(2)) if m.group(2) else ""))
        elif tok.startswith("*"):
            out.append(run_xml(tok[1:-1], italic=True))
        else:
            out.append(run_xml(tok))
    return "".join(out)


def plain(text):
    text = re.sub(r"\[\^\^?\d+\]|\{ps\}", "", text)
    return re.sub(r"\*+", "", text)


def para_el(style, text, bookmark=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    body = inline_runs(text)
    if bookmark:
        bid, name = bookmark
        body = ('<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>'
                % (bid, name, body, bid))
    return parse_xml("<w:p %s>%s%s</w:p>" % (W_NS, ppr, body))


def note_xml(kind, notes):
    """footnotes.xml / endnotes.xml with Word's separator notes."""
    tag = kind  # "footnote" or "endnote"
    sty = "FootnoteText" if kind == "footnote" else "EndnoteText"
    ref = "FootnoteReference" if kind == "footnote" else "EndnoteReference"
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:%ss xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' % tag]
    parts.append('<w:%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
                 'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>'
                 % (tag, tag))
    parts.append('<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
                 'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
                 '</w:r></w:p></w:%s>' % (tag, tag))
    for n, text in notes:
        parts.append('<w:%s w:id="%s"><w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr><w:r><w:rPr>'
                     '<w:rStyle w:val="%s"/></w:rPr><w:%sRef/></w:r><w:r><w:t xml:space="preserve">'
                     ' </w:t></w:r>%s</w:p></w:%s>' % (tag, n, sty, ref, tag, inline_runs(text), tag))
    parts.append("</w:%ss>" % tag)
    return "".join(parts).encode("utf-8")


def toc_el(entries):
    """The TOC content control with cached entries: (level, text, bookmark, page)."""
    p = []
    p.append('<w:sdt %s><w:sdtPr><w:id w:val="-1718735441"/><w:docPartObj><w:docPartGallery '
             'w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr>'
             '<w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr></w:sdtEndPr><w:sdtContent>' % W_NS)
    p.append('<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>')
    nr = '<w:rPr><w:noProof/><w:webHidden/></w:rPr>'
    for i, (level, text, bm, page) in enumerate(entries):
        p.append('<w:p><w:pPr><w:pStyle w:val="TOC%d"/><w:tabs><w:tab w:val="right" w:leader="dot" '
                 'w:pos="9016"/></w:tabs><w:rPr><w:noProof/></w:rPr></w:pPr>' % level)
        if i == 0:
            p.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                     'xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        p.append('<w:hyperlink w:anchor="%s" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
                 '<w:noProof/></w:rPr><w:t>%s</w:t></w:r><w:r>%s<w:tab/></w:r>'
                 '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText '
                 'xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r><w:r>%s<w:fldChar '
                 'w:fldCharType="separate"/></w:r><w:r>%s<w:t>%d</w:t></w:r><w:r>%s<w:fldChar '
                 'w:fldCharType="end"/></w:r></w:hyperlink></w:p>'
                 % (bm, escape(text), nr, nr, nr, bm, nr, nr, page, nr))
    p.append('<w:p><w:r><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr><w:fldChar w:fldCharType="end"/>'
             '</w:r></w:p>')
    p.append("</w:sdtContent></w:sdt>")
    return parse_xml("".join(p))


def read_source():
    items, fns, ens = [], [], []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            if s.startswith("@fn "):
                n, t = s[4:].split(" ", 1)
                fns.append((n, t))
            elif s.startswith("@en "):
                n, t = s[4:].split(" ", 1)
                ens.append((n, t))
            elif s.startswith("@"):
                k, _, v = s[1:].partition(" ")
                items.append((k, v))
            elif s.startswith("== "):
                items.append(("h2", s[3:]))
            elif s.startswith("= "):
                items.append(("h1", s[2:]))
            elif s.startswith("- "):
                items.append(("bullet", s[2:]))
            elif re.match(r"\d+\. ", s):
                items.append(("number", s.split(" ", 1)[1]))
            else:
                items.append(("para", s))
    return items, fns, ens


def build():
    items, fns, ens = read_source()
    doc = Document()
    pkg = doc.part.package
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25.4)
    sec.top_margin = sec.bottom_margin = Mm(25.4)
    styles_el = doc.styles.element
    for s in STYLES:
        styles_el.append(parse_xml(s % W_NS))
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    # words before each heading, to guess the page numbers Word cached in the TOC
    words, bm_id, heads = 260, 0, []
    body_items = []
    for kind, text in items:
        if kind in ("h1", "h2"):
            bm_id += 1
            name = "_Toc2083%05d" % (11200 + bm_id * 37)
            page = 1 + words // 430
            heads.append((1 if kind == "h1" else 2, plain(text), name, page))
            body_items.append((kind, text, (bm_id, name)))
            words += 25
        else:
            body_items.append((kind, text, None))
            words += len(plain(text).split())

    body = doc.element.body
    style_of = {"h1": "Heading1", "h2": "Heading2", "bullet": "ListBullet", "number": "ListNumber",
                "para": None, "title": "Title", "subtitle": "Subtitle"}
    for kind, text, bm in body_items:
        if kind == "toc":
            body.sectPr.addprevious(toc_el(heads))
            continue
        body.sectPr.addprevious(para_el(style_of[kind], text, bm))

    # footnotes and endnotes parts
    fn_part = Part(PackURI("/word/footnotes.xml"), FN_CT, note_xml("footnote", fns), pkg)
    en_part = Part(PackURI("/word/endnotes.xml"), EN_CT, note_xml("endnote", ens), pkg)
    doc.part.relate_to(fn_part, RT.FOOTNOTES)
    doc.part.relate_to(en_part, RT.ENDNOTES)
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    compat.addprevious(parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                                 '</w:footnotePr>' % W_NS))
    compat.addprevious(parse_xml('<w:endnotePr %s><w:endnote w:id="-1"/><w:endnote w:id="0"/>'
                                 '</w:endnotePr>' % W_NS))

    # footer with a PAGE field
    fp = sec.footer.paragraphs[0]
    fp._p.append(parse_xml(
        '<w:r %s><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">'
        'IBC landmark cases – GS III notes</w:t></w:r>' % W_NS))
    fp._p.append(parse_xml('<w:r %s><w:tab/></w:r>' % W_NS))
    fp._p.append(parse_xml('<w:r %s><w:tab/></w:r>' % W_NS))
    for frag in ('<w:fldChar w:fldCharType="begin"/>',
                 '<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText>',
                 '<w:fldChar w:fldCharType="separate"/>', '<w:t>1</w:t>',
                 '<w:fldChar w:fldCharType="end"/>'):
        fp._p.append(parse_xml('<w:r %s>%s</w:r>' % (W_NS, frag)))
    fp.style = doc.styles["Footer"]

    # properties
    cp = doc.core_properties
    cp.author = "Ananya Rao"
    cp.last_modified_by = "Ananya Rao"
    cp.title = ""
    cp.comments = ""
    cp.revision = 38
    cp.created = datetime(2025, 2, 9, 17, 42, 0)
    cp.modified = datetime(2025, 9, 14, 16, 8, 0)
    all_text = [plain(t) for k, t in items if k not in ("toc",)] + [t for _, t in fns + ens]
    n_words = sum(len(t.split()) for t in all_text)
    n_chars = sum(len(t.replace(" ", "")) for t in all_text)
    n_charsws = sum(len(t) for t in all_text)
    for rel in list(pkg.rels.values()):
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = (APP_XML % {
                "pages": heads[-1][3] + 1, "words": n_words, "chars": n_chars,
                "lines": n_charsws // 80, "paras": len(all_text), "charsws": n_charsws,
            }).encode("utf-8")
        if rel.reltype == RT.THUMBNAIL:
            del pkg.rels[rel.rId]

    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with Word's fixed entry dates
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    data = build()
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
