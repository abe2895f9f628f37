#!/usr/bin/python3
"""Make docs/solicitor-general-cornell-notes.docx from tools/solicitor-general-cornell-notes.txt.

Cornell notes typed in Word, made with python-docx: A4 pages with narrow margins; each page
opens with a header line ("Topic: ... | Date: ... | Source: ...", bold labels, tabs between the
parts) and then holds one Table Grid table of two columns, a narrow "Cues / Questions" column
(4.2 cm) beside a wide "Notes" column (13.8 cm) under a grey-shaded header row; every content
row has the cue questions on the left and the notes on the right (bold underlined sub-heads,
List Bullet / List Number paragraphs, highlighted, underlined and superscript runs); the last
row is a "Summary" row merged across both columns. A page break paragraph separates pages, and
an empty paragraph follows each table as Word leaves one.

Source markup: "=== PAGE" starts a page, the next line is its header line; "@row" starts a row
("? " lines are cues, "--" switches to notes); "@summary" starts the summary row. In notes:
"## " sub-head, "- " bullet, "1. " numbered item, **bold**, ==highlight==, __underline__,
^^marked^^ (bold dark red, the student's colour for a date to learn).

The zip is rewritten with fixed 1980-01-01 timestamps and the parts' own order, and the core
properties are set, so /usr/bin/python3 tools/make_docx.py gives the same bytes every time.
"""
import datetime
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.text import WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "solicitor-general-cornell-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "solicitor-general-cornell-notes.docx")
CUE_W, NOTE_W = Cm(4.2), Cm(13.8)
STAMP = datetime.datetime(2025, 8, 16, 18, 42, 0)


def add_runs(par, text, size=None):
    for tok in re.split(r"(\*\*.+?\*\*|==.+?==|__.+?__|\^\^.+?\^\^)", text):
        if not tok:
            continue
        if tok.startswith("**"):
            run = par.add_run(tok[2:-2])
            run.bold = True
        elif tok.startswith("=="):
            run = par.add_run(tok[2:-2])
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif tok.startswith("__"):
            run = par.add_run(tok[2:-2])
            run.underline = True
        elif tok.startswith("^^"):
            run = par.add_run(tok[2:-2])
            run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            run.bold = True
        else:
            run = par.add_run(tok)
        if size:
            run.font.size = size
    return par


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def tight(par, after=2):
    par.paragraph_format.space_after = Pt(after)
    par.paragraph_format.space_before = Pt(0)


def fill_cell(cell, lines, cue=False):
    first = True
    for line in lines:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if cue:
            add_runs(par, line[2:])
            for r in par.runs:
                r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            tight(par, 6)
        elif line.startswith("## "):
            run = par.add_run(line[3:])
            run.bold = True
            run.underline = True
            tight(par, 2)
        elif line.startswith("- "):
            par.style = "List Bullet"
            add_runs(par, line[2:])
            tight(par, 1)
        elif re.match(r"\d+\. ", line):
            par.style = "List Number"
            add_runs(par, line.split(". ", 1)[1])
            tight(par, 1)
        else:
            add_runs(par, line)
            tight(par, 2)


def widths(row):
    for cell, w in zip(row.cells, (CUE_W, NOTE_W)):
        cell.width = w


def parse(text):
    pages = []
    for chunk in text.split("=== PAGE\n")[1:]:
        lines = chunk.rstrip("\n").split("\n")
        page = {"head": lines[0], "rows": [], "summary": []}
        cur = None
        for line in lines[1:]:
            if line == "@row":
                cur = {"cues": [], "notes": [], "side": "cues"}
                page["rows"].append(cur)
            elif line == "@summary":
                cur = None
            elif cur is None:
                page["summary"].append(line)
            elif line == "--":
                cur["side"] = "notes"
            else:
                cur[cur["side"]].append(line)
        pages.append(page)
    return pages


def header_line(doc, head):
    par = doc.add_paragraph()
    parts = [p.strip() for p in head.split("|")]
    for i, part in enumerate(parts):
        label, _, value = part.partition(": ")
        if i:
            par.add_run("\t")
        r = par.add_run(label + ": ")
        r.bold = True
        par.add_run(value)
    par.paragraph_format.space_after = Pt(6)
    for r in par.runs:
        r.font.size = Pt(10)


def build():
    with open(SRC, encoding="utf-8") as f:
        pages = parse(f.read())
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = "Ananya Rao"
    cp.last_modified_by = "Ananya Rao"
    cp.title = "Cornell notes - Solicitor General"
    cp.subject = "GS-II Polity"
    cp.keywords = "UPSC; polity; law officers; cornell"
    cp.comments = ""
    cp.category = ""
    cp.revision = 14
    cp.created = datetime.datetime(2025, 8, 11, 20, 5, 0)
    cp.modified = STAMP
    cp.last_printed = datetime.datetime(2025, 8, 16, 18, 40, 0)
    for n, page in enumerate(pages):
        if n:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        header_line(doc, page["head"])
        table = doc.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        table.autofit = False
        hdr = table.rows[0]
        for cell, label in zip(hdr.cells, ("Cues / Questions", "Notes")):
            cell.paragraphs[0].add_run(label).bold = True
            shade(cell, "D9D9D9")
        widths(hdr)
        for row in page["rows"]:
            r = table.add_row()
            widths(r)
            fill_cell(r.cells[0], row["cues"], cue=True)
            fill_cell(r.cells[1], row["notes"])
        last = table.add_row()
        widths(last)
        merged = last.cells[0].merge(last.cells[1])
        p = merged.paragraphs[0]
        p.add_run("Summary").bold = True
        for line in page["summary"]:
            add_runs(merged.add_paragraph(), line)
        doc.add_paragraph()
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            out = zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0))
            out.compress_type = zipfile.ZIP_DEFLATED
            out.external_attr = 0o644 << 16
            z.writestr(out, src.read(info.filename))


if __name__ == "__main__":
    build()
