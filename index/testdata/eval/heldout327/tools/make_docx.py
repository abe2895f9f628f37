#!/usr/bin/python3
"""Re-make docs/cag-model-answer-mts-test11.docx from tools/cag-model-answer-mts-test11.txt.

A student's mains model answer typed in Word: the body is written with python-docx on its
default template and saved the way Word on Windows leaves it (core properties with author,
revision and dates, an app.xml naming "Microsoft Office Word" with page, word and character
counts, no thumbnail), then re-zipped with fixed 1980-01-01 timestamps so that the output is
the same byte for byte on every run.

Page: A4, 2.54 cm margins, Calibri 11 pt, justified paragraphs. A header paragraph (test series
name, a tab, "Model Answer" at the right margin, a bottom border) and a footer paragraph (roll
number, a tab, "Page {PAGE} of {NUMPAGES}" as real Word fields with cached results).

Source markup, one paragraph a line:
  @author @lastmodifiedby @created @modified @revision @totaltime   document properties
  @header T / @footer T   header and footer text (a tab goes to the right margin)
  @q T          the question, bold, in a light grey shaded box with a border
  @marks T      appended to the question paragraph as a bold italic run
  @note T       small italic grey line (the student's note on the test)
  @blank        an empty paragraph
  @sub T        a bold, underlined run-in sub-part title inside the Body (not a heading style)
  -> lines      "→ text": an arrow-bulleted list item (List Paragraph with a Wingdings arrow
                bullet from numbering.xml, so the arrow is not in the paragraph's text)
  @table ... @endtable   a Table Grid table, " | " between cells, the first row bold and shaded
  @wc T         the closing word-count line, italic, right-aligned; {WORDS} is replaced by
                the number of words from "Introduction:" to the end of the conclusion
  **b**         a bold run ("Introduction:", "Body:", "Conclusion:" are bold run-in labels)
Usage: /usr/bin/python3 tools/make_docx.py [output.docx]
"""
import datetime
import io
import os
import re
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "cag-model-answer-mts-test11"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".docx")

ARROW_ABSTRACT = """<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="5C2A7E31"/>
<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0409000D"/>
<w:lvl w:ilvl="0" w:tplc="04090005"><w:start w:val="1"/><w:numFmt w:val="bullet"/>
<w:lvlText w:val="\u00d8"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>
<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1" w:tplc="04090003" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>
<w:lvlText w:val="o"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr>
<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr></w:lvl>
</w:abstractNum>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>\
<TotalTime>%(totaltime)s</TotalTime><Pages>%(pages)d</Pages><Words>%(words)d</Words>\
<Characters>%(chars)d</Characters><Application>Microsoft Office Word</Application>\
<DocSecurity>0</DocSecurity><Lines>%(lines)d</Lines><Paragraphs>%(paras)d</Paragraphs>\
<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>\
<CharactersWithSpaces>%(charsws)d</CharactersWithSpaces><SharedDoc>false</SharedDoc>\
<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"""


def add_runs(par, text, italic=False, size=None, color=None):
    for tok in re.split(r"(\*\*[^*]+\*\*)", text):
        if not tok:
            continue
        bold = tok.startswith("**") and tok.endswith("**")
        run = par.add_run(tok[2:-2] if bold else tok)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def add_field(par, instr, cached):
    """A complex field (begin / instrText / separate / cached result / end), as Word writes it."""
    for xml in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r %s><w:instrText xml:space="preserve"> ' + instr + ' </w:instrText></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r %s><w:rPr><w:noProof/></w:rPr><w:t>' + cached + '</w:t></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(parse_xml(xml % nsdecls("w")))


# pPr children that may follow each element we add, in the schema's order
AFTER_TABS = ("w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
              "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
              "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
              "w:pPrChange")
AFTER_SHD = ("w:tabs",) + AFTER_TABS
AFTER_PBDR = ("w:shd",) + AFTER_SHD
AFTER_NUMPR = ("w:suppressLineNumbers", "w:pBdr") + AFTER_PBDR


def put(par, xml, successors):
    par._p.get_or_add_pPr().insert_element_before(parse_xml(xml), *successors)


def right_tab(par, pos_twips):
    """Clear the Header/Footer style's letter-size stops and set one at the right margin."""
    put(par, '<w:tabs %s><w:tab w:val="clear" w:pos="4680"/><w:tab w:val="clear" w:pos="9360"/>'
             '<w:tab w:val="right" w:pos="%d"/></w:tabs>' % (nsdecls("w"), pos_twips), AFTER_TABS)


def border(par, side):
    put(par, '<w:pBdr %s><w:%s w:val="single" w:sz="6" w:space="1" w:color="808080"/></w:pBdr>'
             % (nsdecls("w"), side), AFTER_PBDR)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def words_between(lines):
    """Words Word would count from the Introduction label to the end of the conclusion."""
    text, on = [], False
    for line in lines:
        if line.startswith("**Introduction:**"):
            on = True
        if on:
            if line.startswith("@") and not line.startswith(("@sub ", "@table", "@endtable")):
                continue
            if line.startswith(("@table", "@endtable")):
                continue
            body = re.sub(r"^@sub |^→ |\*\*", "", line).replace(" | ", " ")
            text.append(body)
        if line.startswith("**Conclusion:**"):
            break
    return len(" ".join(text).split())


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    meta = {}
    for l in lines:
        m = re.match(r"@(author|lastmodifiedby|created|modified|revision|totaltime) (.*)", l)
        if m:
            meta[m.group(1)] = m.group(2)
    n_words = words_between(lines)

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Cm(2.54)
    sec.header_distance = sec.footer_distance = Cm(1.25)
    text_width = 9026  # twips between the margins on A4

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.08

    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    arrow_abs = max(abs_ids + [0]) + 1
    arrow_num = max(num_ids + [0]) + 1
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(ARROW_ABSTRACT % (nsdecls("w"), arrow_abs))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), arrow_num, arrow_abs)))

    body_pars = []
    q_par = None
    table_rows = None
    for line in lines:
        if re.match(r"@(author|lastmodifiedby|created|modified|revision|totaltime) ", line):
            continue
        if line.startswith("@header "):
            hp = sec.header.paragraphs[0]
            hp.style = doc.styles["Header"]
            left, right = line[8:].split("\t")
            add_runs(hp, left, size=9, color="595959")
            hp.add_run("\t")
            add_runs(hp, "**" + right + "**", size=9, color="595959")
            right_tab(hp, text_width)
            border(hp, "bottom")
            continue
        if line.startswith("@footer "):
            fp = sec.footer.paragraphs[0]
            fp.style = doc.styles["Footer"]
            left, right = line[8:].split("\t")
            add_runs(fp, left, size=8, color="7F7F7F")
            fp.add_run("\t")
            pre, rest = right.split("{PAGE}")
            mid, post = rest.split("{NUMPAGES}")
            fp.add_run(pre).font.size = Pt(8)
            add_field(fp, "PAGE   \\* MERGEFORMAT", "1")
            fp.add_run(mid).font.size = Pt(8)
            add_field(fp, "NUMPAGES   \\* MERGEFORMAT", "4")
            if post:
                fp.add_run(post)
            right_tab(fp, text_width)
            continue
        if table_rows is not None:
            if line == "@endtable":
                ncol = len(table_rows[0])
                t = doc.add_table(rows=len(table_rows), cols=ncol)
                t.style = doc.styles["Table Grid"]
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                widths = [Cm(3.6), Cm(5.8), Cm(6.4)]
                for r, row in enumerate(table_rows):
                    for c, val in enumerate(row):
                        cell = t.cell(r, c)
                        cell.width = widths[c]
                        p = cell.paragraphs[0]
                        p.paragraph_format.space_after = Pt(0)
                        run = p.add_run(val)
                        run.font.size = Pt(10)
                        if r == 0:
                            run.bold = True
                            shade_cell(cell, "D9E2F3")
                doc.add_paragraph()
                table_rows = None
            else:
                table_rows.append([c.strip() for c in line.split(" | ")])
            continue
        if line == "@table":
            table_rows = []
            continue
        if line.startswith("@q "):
            q_par = doc.add_paragraph()
            add_runs(q_par, "**" + line[3:] + "**")
            q_par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            put(q_par, '<w:pBdr %s><w:top w:val="single" w:sz="4" w:space="4" w:color="auto"/>'
                       '<w:left w:val="single" w:sz="4" w:space="4" w:color="auto"/>'
                       '<w:bottom w:val="single" w:sz="4" w:space="4" w:color="auto"/>'
                       '<w:right w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>'
                       % nsdecls("w"), AFTER_PBDR)
            put(q_par, '<w:shd %s w:val="clear" w:color="auto" w:fill="F2F2F2"/>' % nsdecls("w"),
                AFTER_SHD)
            continue
        if line.startswith("@marks "):
            q_par.add_run(" ")
            r = q_par.add_run(line[7:])
            r.bold = True
            r.italic = True
            continue
        if line.startswith("@note "):
            p = doc.add_paragraph()
            add_runs(p, line[6:], italic=True, size=9, color="7F7F7F")
            continue
        if line == "@blank":
            doc.add_paragraph()
            continue
        if line.startswith("@sub "):
            p = doc.add_paragraph()
            r = p.add_run(line[5:])
            r.bold = True
            r.underline = True
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.keep_with_next = True
            continue
        if line.startswith("→ "):
            p = doc.add_paragraph(style=doc.styles["List Paragraph"])
            p.paragraph_format.space_after = Pt(2)
            put(p, '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                   % (nsdecls("w"), arrow_num), AFTER_NUMPR)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_runs(p, line[2:])
            body_pars.append(p)
            continue
        if line.startswith("@wc "):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            add_runs(p, line[4:].replace("{WORDS}", "{:,}".format(n_words)), italic=True)
            continue
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        add_runs(p, line)

    pkg = doc.part.package
    for rid, rel in list(pkg.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del pkg.rels[rid]

    props = doc.core_properties
    props.author = meta["author"]
    props.last_modified_by = meta["lastmodifiedby"]
    props.created = datetime.datetime.strptime(meta["created"], "%Y-%m-%dT%H:%M:%SZ")
    props.modified = datetime.datetime.strptime(meta["modified"], "%Y-%m-%dT%H:%M:%SZ")
    props.revision = int(meta["revision"])
    props.comments = ""
    props.title = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""

    all_text = []
    for p in doc.paragraphs:
        all_text.append(p.text)
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                all_text.append(c.text)
    joined = " ".join(all_text)
    stats = {
        "totaltime": meta["totaltime"], "pages": 4, "words": len(joined.split()),
        "chars": len(re.sub(r"\s", "", joined)), "charsws": len(joined),
        "lines": 118, "paras": len([t for t in all_text if t.strip()]),
    }
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), (APP % stats).encode("utf-8")


def normalise(data, app):
    """Copy the zip with fixed timestamps, keeping python-docx's member order; Word's app.xml."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                blob = app
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, blob)
    return out.getvalue()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data, app = build()
    with open(out, "wb") as f:
        f.write(normalise(data, app))


if __name__ == "__main__":
    main()
