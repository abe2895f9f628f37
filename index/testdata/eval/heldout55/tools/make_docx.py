#!/usr/bin/python3
"""Turn the NDC class notes, written as plain text, into the Word document a coaching teacher
would share: a title and subtitle, Heading 1 / Heading 2 headings, numbered and bulleted lists,
a ruled table, shaded "Exam Tip" boxes, real footnotes and a FAQ.

    /usr/bin/python3 tools/make_docx.py [SOURCE.txt [OUT.docx]]

Defaults: tools/ndc-net-zero.txt -> docs/ndc-net-zero.docx. Needs python-docx (Debian:
python3-docx). The output is reproducible: fixed core properties and fixed zip timestamps.

Source format, one construct a line:
    %title T / %subtitle S / %meta M   title (Title style), subtitle (Subtitle style), an
                                       italic line of class details
    # Heading                          Heading 1
    ## Heading                         Heading 2
    1. text                            a numbered item; each run of items restarts at 1
    - text                             a bullet (List Bullet)
    Table N: caption                   a table caption (bold), followed by
    | a | b | c                        table rows (the first row is the header)
    !tip text                          a shaded, bordered "Exam Tip" box
    Q: text / A: text                  a FAQ question (bold, numbered Q1., Q2. ...) / its answer
    [^n]: text                         the text of footnote n
    text [^n] text                     a footnote reference inside a paragraph
    anything else                      a paragraph; blank lines are ignored
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
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = os.path.join(HERE, "ndc-net-zero.txt")
DEFAULT_OUT = os.path.join(HERE, "..", "docs", "ndc-net-zero.docx")
STAMP = datetime.datetime(2025, 11, 20, 9, 30, 0)
ZIP_TIME = (2025, 11, 20, 9, 30, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class Footnotes:
    """A footnotes part added by hand (python-docx has no footnote API)."""

    def __init__(self, doc, texts):
        self.texts = texts
        self.doc = doc

    def reference(self, paragraph, n):
        run = paragraph.add_run()
        rpr = run._r.get_or_add_rPr()
        rpr.append(parse_xml('<w:vertAlign %s w:val="superscript"/>' % nsdecls("w")))
        run._r.append(parse_xml('<w:footnoteReference %s w:id="%d"/>' % (nsdecls("w"), n)))

    def attach(self):
        def esc(s):
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
            'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
            '</w:r></w:p></w:footnote>']
        for n in sorted(self.texts):
            notes.append(
                '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr>'
                '<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (n, esc(self.texts[n])))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:footnotes xmlns:w="%s">%s</w:footnotes>' % (W_NS, "".join(notes)))
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"),
                    self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        settings = self.doc.settings.element
        settings.append(parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                                  '</w:footnotePr>' % nsdecls("w")))


def add_text(paragraph, text, notes, bold=False, italic=False):
    """Add text to a paragraph, turning [^n] into footnote references."""
    for piece in re.split(r"(\[\^\d+\])", text):
        m = re.fullmatch(r"\[\^(\d+)\]", piece)
        if m:
            notes.reference(paragraph, int(m.group(1)))
        elif piece:
            run = paragraph.add_run(piece)
            run.bold = bold or None
            run.italic = italic or None


def restart_numbering(doc, paragraph):
    """Give a List Number paragraph a fresh w:num so that its list starts again at 1."""
    numbering = doc.part.numbering_part.element
    style = doc.styles["List Number"]
    num_id = style.element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%s"/><w:lvlOverride w:ilvl="0">'
        '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (nsdecls("w"), new_id, abstract)))
    return new_id


def set_num(paragraph, num_id):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(1, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), num_id)))


def shade(paragraph, fill="FFF2CC", border="BF9000"):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="8" w:space="4" w:color="%s"/>'
        '<w:left w:val="single" w:sz="8" w:space="4" w:color="%s"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="%s"/>'
        '<w:right w:val="single" w:sz="8" w:space="4" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), border, border, border, border)))
    ppr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                         % (nsdecls("w"), fill)))


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def build(src):
    lines = open(src, encoding="utf-8").read().splitlines()
    texts = {}
    for l in lines:
        m = re.match(r"\[\^(\d+)\]:\s*(.*)", l)
        if m:
            texts[int(m.group(1))] = m.group(2)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    notes = Footnotes(doc, texts)
    table_rows, in_numbered, faq_n = [], False, 0

    def flush_table():
        if not table_rows:
            return
        table = doc.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        table.style = doc.styles["Table Grid"]
        for i, row in enumerate(table_rows):
            for j, cell_text in enumerate(row):
                cell = table.cell(i, j)
                cell.text = ""
                run = cell.paragraphs[0].add_run(cell_text)
                if i == 0:
                    run.bold = True
                    shade_cell(cell, "D9E2F3")
        table_rows.clear()
        doc.add_paragraph()

    for line in lines:
        line = line.rstrip()
        if line.startswith("|"):
            table_rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush_table()
        if not line or re.match(r"\[\^\d+\]:", line):
            continue
        numbered = re.match(r"\d+\.\s+(.*)", line)
        if numbered:
            p = doc.add_paragraph(style="List Number")
            if not in_numbered:
                current = restart_numbering(doc, p)
            set_num(p, current)
            add_text(p, numbered.group(1), notes)
            in_numbered = True
            continue
        in_numbered = False
        if line.startswith("%title "):
            doc.add_paragraph(line[7:], style="Title")
        elif line.startswith("%subtitle "):
            doc.add_paragraph(line[10:], style="Subtitle")
        elif line.startswith("%meta "):
            p = doc.add_paragraph()
            add_text(p, line[6:], notes, italic=True)
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("- "):
            p = doc.add_paragraph(style="List Bullet")
            add_text(p, line[2:], notes)
        elif line.startswith("!tip "):
            body = line[5:]
            head, _, rest = body.partition(": ")
            p = doc.add_paragraph()
            shade(p)
            r = p.add_run(head + ": ")
            r.bold = True
            r.font.color.rgb = RGBColor(0x7F, 0x60, 0x00)
            add_text(p, rest, notes)
        elif line.startswith("Q: "):
            faq_n += 1
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            add_text(p, "Q%d. %s" % (faq_n, line[3:]), notes, bold=True)
        elif line.startswith("A: "):
            p = doc.add_paragraph()
            add_text(p, "Ans. " + line[3:], notes)
        elif re.match(r"Table \d+:", line):
            p = doc.add_paragraph()
            add_text(p, line, notes, bold=True)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        else:
            p = doc.add_paragraph()
            add_text(p, line, notes)
    flush_table()
    notes.attach()

    cp = doc.core_properties
    cp.title = "India's NDCs and Net Zero 2070"
    cp.subject = "GS Paper III - Environment and Climate Change"
    cp.author = "Meenakshi Rao"
    cp.last_modified_by = "Meenakshi Rao"
    cp.keywords = "NDC, Panchamrit, net zero, LT-LEDS, UPSC"
    cp.comments = "Class notes 7, Environment module"
    cp.category = "Class notes"
    cp.created = STAMP
    cp.modified = STAMP
    cp.last_printed = STAMP
    cp.revision = 7
    return doc


def save_reproducible(doc, out):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SRC
    out = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    save_reproducible(build(src), out)
    print("wrote", os.path.normpath(out))


if __name__ == "__main__":
    main()
