#!/usr/bin/python3
"""Make docs/soils-of-india-worksheet.docx from tools/soils-of-india-worksheet.txt.

The file imitates a teacher's worksheet typed in Word: no heading styles at all (every heading is
a Normal paragraph set in bold 14 pt, the "PART" headings underlined as well), Times New Roman 12
body text, a running header with the academy's name over a rule and a footer with PAGE and
NUMPAGES fields, a one-cell shaded "Memory tip" box, a bordered comparison table whose header has
vertically merged cells and a "Nutrient status" cell spanning two columns, typed numbers with a
tab for the fill-in-the-blank lines and the practice questions, answers in italics, a manual page
break and empty paragraphs used for spacing.

Source mark-up (one paragraph a line): @header / @footer (tabs split left, centre, right;
{PAGE} and {NUMPAGES} become fields), @title, @centre, @fields, @note, @empty, "= " heading,
"- " bullet (List Bullet), @box, @table ... @endtable (cells split on " | "; "^" continues the
cell above, "<" joins the cell to its left; the first two rows are the header), @small, @blank,
@q, @a, @key, @pagebreak; **x** marks a bold run; anything else is a justified body paragraph.

Run: /usr/bin/python3 tools/make_docx.py [output.docx]
python-docx builds the document; the package is then re-zipped with every entry dated
1980-01-01 (as Word writes them) so that the output is the same byte for byte on every run.
"""
import datetime
import io
import os
import re
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "soils-of-india-worksheet.txt")
OUT = os.path.join(HERE, "..", "docs", "soils-of-india-worksheet.docx")
FONT = "Times New Roman"
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><TotalTime>312</TotalTime><Pages>4</Pages>'
       '<Words>%(words)d</Words><Characters>%(chars)d</Characters>'
       '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
       '<Lines>%(lines)d</Lines><Paragraphs>%(paras)d</Paragraphs><ScaleCrop>false</ScaleCrop>'
       '<Company>Prayas Academy</Company><LinksUpToDate>false</LinksUpToDate>'
       '<CharactersWithSpaces>%(chars_sp)d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
       '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')


def set_font(run, size=None, bold=None, italic=None, underline=None, colour=None):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:eastAsia"), FONT)
    fonts.set(qn("w:cs"), FONT)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic
    if underline is not None:
        run.font.underline = underline
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def add_runs(par, text, size=None, italic=None, bold=None):
    """Add text to a paragraph; **x** becomes a bold run."""
    for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
        if not part:
            continue
        r = par.add_run(part)
        set_font(r, size=size, italic=italic, bold=True if i % 2 else bold)
    return par


def spacing(par, before=0, after=6, line=None):
    pf = par.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def bottom_rule(par):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "808080")
    bdr.append(b)
    ppr.append(bdr)


def field(par, instr, cached, size):
    """A complex field as Word writes it: begin, instrText, separate, cached result, end."""
    def fld(kind):
        r = par.add_run()
        set_font(r, size=size)
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r._element.append(fc)
    fld("begin")
    r = par.add_run()
    set_font(r, size=size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r._element.append(it)
    fld("separate")
    r = par.add_run(cached)
    set_font(r, size=size)
    fld("end")


def header_footer(par, text, size, width):
    par.paragraph_format.tab_stops.add_tab_stop(Emu(width // 2), WD_TAB_ALIGNMENT.CENTER)
    par.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    for i, part in enumerate(re.split(r"(\{PAGE\}|\{NUMPAGES\})", text)):
        if part == "{PAGE}":
            field(par, "PAGE", "1", size)
        elif part == "{NUMPAGES}":
            field(par, "NUMPAGES", "4", size)
        elif part:
            r = par.add_run(part)
            set_font(r, size=size, colour="595959")


def build_table(doc, rows):
    ncols = len(rows[0])
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.3), Cm(3.4), Cm(3.4), Cm(2.9), Cm(2.9), Cm(2.8)]
    for col, w in zip(t._tbl.tblGrid.gridCol_lst, widths):
        col.w = w
    for r_i, cells in enumerate(rows):
        for c_i, text in enumerate(cells):
            cell = t.cell(r_i, c_i)
            cell.width = widths[c_i]
            if text in ("^", "<"):
                continue
            par = cell.paragraphs[0]
            spacing(par, 0, 0)
            add_runs(par, text, size=10, bold=True if r_i < 2 else None)
            if r_i < 2:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                shade(cell, "D9D9D9")
    # merge after the text is in, as a teacher would: select and "Merge Cells"
    for r_i, cells in enumerate(rows):
        for c_i, text in enumerate(cells):
            if text == "^":
                top = r_i
                while rows[top][c_i] == "^":
                    top -= 1
                t.cell(top, c_i).merge(t.cell(r_i, c_i))
            elif text == "<":
                left = c_i
                while rows[r_i][left] == "<":
                    left -= 1
                t.cell(r_i, left).merge(t.cell(r_i, c_i))
    for r_i in range(2):
        tr_pr = t.rows[r_i]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        tr_pr.append(th)
    return t


def build(out):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.6)
    sec.header_distance = sec.footer_distance = Cm(0.8)
    text_width = sec.page_width - sec.left_margin - sec.right_margin

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(6)

    cp = doc.core_properties
    cp.author = "Meenakshi Kulkarni"
    cp.last_modified_by = "Prayas Lab PC-03"
    cp.title = "Worksheet 9 - Soils of India"
    cp.subject = "GS Paper I Geography"
    cp.keywords = "soils; worksheet; UPSC foundation"
    cp.comments = ""
    cp.category = "Worksheets"
    cp.revision = 14
    cp.created = datetime.datetime(2025, 8, 11, 9, 12, 0)
    cp.modified = datetime.datetime(2025, 8, 19, 21, 47, 0)
    cp.last_printed = datetime.datetime(2025, 8, 20, 7, 5, 0)

    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")

    table_rows, in_table = [], False
    for line in lines:
        if in_table:
            if line == "@endtable":
                build_table(doc, table_rows)
                in_table, table_rows = False, []
            else:
                table_rows.append([c.strip() for c in line.split(" | ")])
            continue
        if line == "@table":
            in_table = True
        elif line.startswith("@header "):
            p = sec.header.paragraphs[0]
            header_footer(p, line[8:], 9, text_width)
            bottom_rule(p)
        elif line.startswith("@footer "):
            header_footer(sec.footer.paragraphs[0], line[8:], 9, text_width)
        elif line.startswith("@title "):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            spacing(p, 0, 2)
            add_runs(p, line[7:], size=16, bold=True)
        elif line.startswith("@centre "):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            spacing(p, 0, 0)
            add_runs(p, line[8:], size=11)
        elif line.startswith("@fields "):
            p = doc.add_paragraph()
            spacing(p, 12, 6)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
            p.paragraph_format.tab_stops.add_tab_stop(Cm(13.5))
            add_runs(p, line[8:], size=11)
        elif line.startswith("@note "):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_runs(p, line[6:], size=11, italic=True)
        elif line == "@empty":
            spacing(doc.add_paragraph(), 0, 0)
        elif line == "@pagebreak":
            doc.add_page_break()
        elif line.startswith("= "):
            p = doc.add_paragraph()
            spacing(p, 12, 4)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(line[2:])
            set_font(r, size=14, bold=True, underline=True if line.startswith("= PART") else None)
        elif line.startswith("- "):
            p = doc.add_paragraph(style="List Bullet")
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            spacing(p, 0, 2)
            add_runs(p, line[2:])
        elif line.startswith("@box "):
            t = doc.add_table(rows=1, cols=1)
            t.style = doc.styles["Table Grid"]
            cell = t.cell(0, 0)
            shade(cell, "FFF2CC")
            p = cell.paragraphs[0]
            spacing(p, 2, 2)
            label, rest = line[5:].split(": ", 1)
            add_runs(p, "**%s:** %s" % (label, rest), size=11, italic=True)
            spacing(doc.add_paragraph(), 0, 0)
        elif line.startswith("@small "):
            p = doc.add_paragraph()
            spacing(p, 2, 6)
            add_runs(p, line[7:], size=9, italic=True)
        elif line.startswith("@blank "):
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent, pf.first_line_indent = Cm(0.9), Cm(-0.9)
            pf.tab_stops.add_tab_stop(Cm(0.9))
            spacing(p, 0, 10, 1.5)
            add_runs(p, line[7:])
        elif line.startswith("@q "):
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent, pf.first_line_indent = Cm(0.9), Cm(-0.9)
            pf.tab_stops.add_tab_stop(Cm(0.9))
            pf.keep_with_next = True
            spacing(p, 6, 2)
            num, rest = line[3:].split("\t", 1)
            add_runs(p, "**%s**\t%s" % (num, rest))
        elif line.startswith("@a "):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.9)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            spacing(p, 0, 6)
            add_runs(p, line[3:], size=11, italic=True)
        elif line.startswith("@key "):
            p = doc.add_paragraph()
            spacing(p, 6, 0)
            add_runs(p, line[5:], size=11, italic=True)
        else:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_runs(p, line)

    # figures Word keeps in docProps/app.xml, counted from the body text
    texts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                texts.extend(p.text for p in cell.paragraphs)
    body = "\n".join(texts)
    app = APP % {"words": len(body.split()), "chars": len(re.sub(r"\s", "", body)),
                 "lines": 4 * 46, "paras": sum(1 for t in texts if t.strip()),
                 "chars_sp": len(body.replace("\n", ""))}

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            name = info.filename
            if name == "docProps/thumbnail.jpeg":
                continue  # the template's preview picture; Word saves none by default
            data = src.read(name)
            if name == "_rels/.rels":
                data = re.sub(rb'<Relationship Id="rId2" Type="[^"]+/thumbnail" Target="[^"]+"/>',
                              b"", data)
            elif name == "docProps/app.xml":
                data = app.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            dst.writestr(zi, data)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
