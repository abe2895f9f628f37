#!/usr/bin/python3
"""Re-make docs/telecom-act-2023-lecture-handout.docx from tools/telecom-act-2023-lecture-handout.txt.

The handout is written with python-docx on its default template (so the package keeps that
template's quirks: stylesWithEffects.xml, customXml, a thumbnail and "Microsoft Macintosh Word"
in app.xml) and then re-zipped with fixed 1980-01-01 timestamps so that the output is the same
byte for byte on every run.

Source markup, one paragraph a line:
  @header / @footer   page header and footer text (a tab moves to the right tab stop; the
                      footer ends in a PAGE field)
  @author @created @modified   core properties
  @title / @subtitle  Title and Subtitle paragraphs
  # text / ## text    Heading 1 / Heading 2, numbered "1" / "1.1" by one multilevel list that
                      is linked to the two heading styles (the numbers are not in the text)
  - text              List Bullet
  1. text             List Number
  !box text           a shaded, bordered paragraph that stands in for a text box; its first
                      sentence is bold
  @caption text       Caption paragraph above the table; the following "| a | b | c" lines
                      are the table, the first of them its header row
  @notes text         an unnumbered Heading 1 that opens the emulated footnotes
  [^n] text           a note: a superscript number, a space and the note text (9 pt)
  **bold**, [^n]      bold runs and superscript note calls inside a paragraph
Usage: /usr/bin/python3 tools/make_docx.py [output.docx]
"""
import copy
import datetime
import io
import os
import re
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "telecom-act-2023-lecture-handout"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".docx")

HEADING_ABSTRACT = """<w:abstractNum %s w:abstractNumId="20"><w:nsid w:val="3A6F1C52"/>
<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="8D2E4C1A"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>
<w:lvlText w:val="%%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>
<w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading3"/>
<w:lvlText w:val="%%1.%%2.%%3"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>
</w:abstractNum>""" % nsdecls("w")


def add_runs(par, text, size=None):
    """Add runs for text with **bold** and [^n] superscript note calls."""
    for tok in re.split(r"(\*\*[^*]+\*\*|\[\^\d+\])", text):
        if not tok:
            continue
        if tok.startswith("**"):
            run = par.add_run(tok[2:-2])
            run.bold = True
        elif tok.startswith("[^"):
            run = par.add_run(tok[2:-1])
            run.font.superscript = True
        else:
            run = par.add_run(tok)
        if size:
            run.font.size = Pt(size)


def set_numbering(doc):
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(HEADING_ABSTRACT.replace("\n", ""))
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)
    numbering.append(parse_xml('<w:num %s w:numId="10"><w:abstractNumId w:val="20"/></w:num>'
                               % nsdecls("w")))
    for style_name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        ppr = doc.styles[style_name].element.get_or_add_pPr()
        numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="10"/></w:numPr>'
                          % (nsdecls("w"), ilvl))
        keep = ppr.find(qn("w:keepLines"))  # numPr follows keepNext/keepLines in CT_PPr
        keep.addnext(numpr)


def shade_box(par):
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="6" w:space="4" w:color="2E74B5"/>'
        '<w:left w:val="single" w:sz="6" w:space="4" w:color="2E74B5"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="2E74B5"/>'
        '<w:right w:val="single" w:sz="6" w:space="4" w:color="2E74B5"/></w:pBdr>' % nsdecls("w")))
    ppr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="DEEAF6"/>' % nsdecls("w")))
    ppr.append(parse_xml('<w:ind %s w:left="284" w:right="284"/>' % nsdecls("w")))


def page_field(par):
    par._p.append(parse_xml(
        '<w:fldSimple %s w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:rPr><w:noProof/></w:rPr>'
        '<w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w")))


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(4)
    set_numbering(doc)
    props = doc.core_properties
    table_rows, caption = [], None
    lines = open(SRC, encoding="utf-8").read().split("\n")

    def flush_table():
        nonlocal table_rows
        if not table_rows:
            return
        table = doc.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        table.style = doc.styles["Medium Shading 1 Accent 1"]
        for r, cells in enumerate(table_rows):
            for c, text in enumerate(cells):
                cell = table.cell(r, c)
                cell.text = ""
                add_runs(cell.paragraphs[0], text, size=10)
        table_rows = []
        doc.add_paragraph()

    for line in lines:
        if not line.strip():
            continue
        if line.startswith("| "):
            table_rows.append([c.strip() for c in line[2:].split(" | ")])
            continue
        flush_table()
        if line.startswith("@header "):
            hp = sec.header.paragraphs[0]
            hp.text = line[8:]
            for run in hp.runs:
                run.font.size = Pt(9)
                run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        elif line.startswith("@footer "):
            fp = sec.footer.paragraphs[0]
            fp.text = line[8:]
            for run in fp.runs:
                run.font.size = Pt(8)
            page_field(fp)
        elif line.startswith("@author "):
            props.author = props.last_modified_by = line[8:]
        elif line.startswith("@created "):
            props.created = datetime.datetime.strptime(line[9:], "%Y-%m-%dT%H:%M:%SZ")
        elif line.startswith("@modified "):
            props.modified = datetime.datetime.strptime(line[10:], "%Y-%m-%dT%H:%M:%SZ")
        elif line.startswith("@title "):
            props.title = line[7:]
            doc.add_paragraph(line[7:], style="Title")
        elif line.startswith("@subtitle "):
            doc.add_paragraph(line[10:], style="Subtitle")
        elif line.startswith("@caption "):
            caption = doc.add_paragraph(line[9:], style="Caption")
            caption.paragraph_format.keep_with_next = True
        elif line.startswith("@notes "):
            par = doc.add_paragraph(line[7:], style="Heading 1")
            par._p.get_or_add_pPr().insert(1, parse_xml(
                '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>' % nsdecls("w")))
        elif line.startswith("[^"):
            m = re.match(r"\[\^(\d+)\] (.*)", line)
            par = doc.add_paragraph()
            run = par.add_run(m.group(1))
            run.font.superscript = True
            run.font.size = Pt(9)
            add_runs(par, " " + m.group(2), size=9)
            par.paragraph_format.space_after = Pt(2)
        elif line.startswith("## "):
            doc.add_paragraph(line[3:], style="Heading 2")
        elif line.startswith("# "):
            doc.add_paragraph(line[2:], style="Heading 1")
        elif line.startswith("- "):
            add_runs(doc.add_paragraph(style="List Bullet"), line[2:])
        elif line.startswith("1. "):
            add_runs(doc.add_paragraph(style="List Number"), line[3:])
        elif line.startswith("!box "):
            text = line[5:]
            head, rest = text.split(". ", 1)
            par = doc.add_paragraph()
            add_runs(par, "**%s.** %s" % (head, rest))
            shade_box(par)
            par.paragraph_format.space_before = Pt(6)
            par.paragraph_format.space_after = Pt(8)
        else:
            par = doc.add_paragraph()
            add_runs(par, line)
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    flush_table()
    props.revision = 7
    props.comments = ""
    props.keywords = "GS3; telecom; spectrum; Telecommunications Act 2023"
    props.subject = "GS Paper III - Infrastructure"
    props.category = ""
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def normalise(data):
    """Copy the zip with fixed timestamps and attributes, keeping python-docx's member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(normalise(build()))


if __name__ == "__main__":
    main()
