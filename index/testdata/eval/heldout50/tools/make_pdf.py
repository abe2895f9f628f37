#!/usr/bin/python3
"""Print the removal-of-judges handout, written as plain text, into a PDF that looks as if a
word processor had printed it: a title page, numbered headings ("1.", "1.1"), footnotes at the
foot of the page they are cited on, a running header and page numbers.

    /usr/bin/python3 tools/make_pdf.py [SOURCE.txt [OUT.pdf]]

Defaults: tools/removal-of-judges.txt -> docs/removal-of-judges.pdf. Needs reportlab
(Debian: python3-reportlab). Output is reproducible (reportlab's invariant mode).

Source format, one construct a line:
    %title T / %subtitle S / %line L    the title page
    # 1. Heading                        a numbered section (Heading 1)
    ## 1.1 Heading                      a numbered subsection (Heading 2)
    - text                              a bullet; consecutive bullets form one list
    | a | b | c                         a table row (the first row is the header)
    [^n]: text                          the text of footnote n
    text [^n] text                      a footnote reference inside a paragraph
    anything else                       a paragraph; a blank line ends it
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = os.path.join(HERE, "removal-of-judges.txt")
DEFAULT_OUT = os.path.join(HERE, "..", "docs", "removal-of-judges.pdf")

HEADER = "Removal of Judges | GS II Polity | Handout J-4"
LEFT, RIGHT, TOP = 2.54 * cm, 2.54 * cm, 2.54 * cm
BOTTOM = 4.2 * cm          # room for footnotes above the page number

BODY = ParagraphStyle("Body", fontName="Times-Roman", fontSize=11.5, leading=15,
                      spaceAfter=7)
H1 = ParagraphStyle("H1", fontName="Helvetica-Bold", fontSize=14, leading=18,
                    textColor=colors.HexColor("#1f3864"), spaceBefore=12, spaceAfter=6,
                    keepWithNext=1)
H2 = ParagraphStyle("H2", fontName="Helvetica-Bold", fontSize=12, leading=15,
                    textColor=colors.HexColor("#2f5496"), spaceBefore=8, spaceAfter=4,
                    keepWithNext=1)
CELL = ParagraphStyle("Cell", fontName="Times-Roman", fontSize=10.5, leading=13)
CELLH = ParagraphStyle("CellH", parent=CELL, fontName="Times-Bold")
NOTE = ParagraphStyle("Note", fontName="Times-Roman", fontSize=9, leading=11)
T_TITLE = ParagraphStyle("TTitle", fontName="Helvetica-Bold", fontSize=24, leading=30,
                         alignment=TA_CENTER, textColor=colors.HexColor("#1f3864"))
T_SUB = ParagraphStyle("TSub", fontName="Times-Italic", fontSize=14, leading=18,
                       alignment=TA_CENTER, spaceBefore=14)
T_LINE = ParagraphStyle("TLine", fontName="Times-Roman", fontSize=12, leading=16,
                        alignment=TA_CENTER, spaceBefore=4)

FOOTREF = re.compile(r"\[\^(\d+)\]")
FOOTDEF = re.compile(r"^\[\^(\d+)\]:\s*(.*)$")

footnote_text = {}
pending = []               # footnote numbers cited on the page being laid out


class FootnotedParagraph(Paragraph):
    """A paragraph that remembers, when drawn, which footnotes it cites."""

    def __init__(self, text, style, notes):
        Paragraph.__init__(self, text, style)
        self.notes = notes

    def draw(self):
        Paragraph.draw(self)
        pending.extend(self.notes)


def inline(text):
    notes = FOOTREF.findall(text)
    html = FOOTREF.sub(lambda m: "\x00%s\x01" % m.group(1), text)
    html = escape(html).replace("\x00", "<super>").replace("\x01", "</super>")
    return html, notes


def para(text, style):
    html, notes = inline(text)
    if notes:
        return FootnotedParagraph(html, style, notes)
    return Paragraph(html, style)


def flowables(lines):
    out, title_page = [], []
    buf, bullets, rows = [], [], []

    def end_para():
        if buf:
            out.append(para(" ".join(buf), BODY))
            del buf[:]

    def end_list():
        if bullets:
            out.append(ListFlowable([ListItem(para(t, BODY), leftIndent=18) for t in bullets],
                                    bulletType="bullet", start="\u2022", leftIndent=18,
                                    bulletFontName="Times-Roman"))
            del bullets[:]

    def end_table():
        if rows:
            data = [[Paragraph(escape(c), CELLH if i == 0 else CELL) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[5.2 * cm, 4.0 * cm, 6.7 * cm])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            out.append(Spacer(1, 4))
            out.append(t)
            out.append(Spacer(1, 10))
            del rows[:]

    def end_all():
        end_para(); end_list(); end_table()

    for raw in lines:
        line = raw.strip()
        if not line:
            end_all()
            continue
        if line.startswith("%title "):
            title_page.append(Spacer(1, 6 * cm))
            title_page.append(Paragraph(escape(line[7:]), T_TITLE))
            continue
        if line.startswith("%subtitle "):
            title_page.append(Paragraph(escape(line[10:]), T_SUB))
            title_page.append(Spacer(1, 3 * cm))
            continue
        if line.startswith("%line "):
            title_page.append(Paragraph(escape(line[6:]), T_LINE))
            continue
        m = FOOTDEF.match(line)
        if m:
            end_all()
            footnote_text[m.group(1)] = m.group(2)
            continue
        if line.startswith("## "):
            end_all()
            out.append(Paragraph(escape(line[3:]), H2))
            continue
        if line.startswith("# "):
            end_all()
            out.append(Paragraph(escape(line[2:]), H1))
            continue
        if line.startswith("- "):
            end_para(); end_table()
            bullets.append(line[2:])
            continue
        if line.startswith("|"):
            end_para(); end_list()
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        end_list(); end_table()
        buf.append(line)
    end_all()
    return title_page + [NextPageTemplate("body"), PageBreak()] + out


def title_page(canvas, doc):
    del pending[:]


def body_page_end(canvas, doc):
    canvas.saveState()
    width = A4[0] - LEFT - RIGHT
    if pending:
        notes = [Paragraph("<super>%s</super> %s" % (n, escape(footnote_text[n])), NOTE)
                 for n in pending]
        heights = [p.wrap(width, BOTTOM)[1] for p in notes]
        y = BOTTOM - 0.5 * cm
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, y, LEFT + 5 * cm, y)
        y -= 0.15 * cm
        for p, h in zip(notes, heights):
            y -= h
            p.drawOn(canvas, LEFT, y)
            y -= 2
        del pending[:]
    canvas.setFont("Times-Italic", 9)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawRightString(A4[0] - RIGHT, A4[1] - 1.5 * cm, HEADER)
    canvas.setFont("Times-Roman", 10)
    canvas.setFillColor(colors.black)
    canvas.drawCentredString(A4[0] / 2, 1.5 * cm, str(doc.page))
    canvas.restoreState()


def main(argv):
    src = argv[1] if len(argv) > 1 else DEFAULT_SRC
    out = argv[2] if len(argv) > 2 else DEFAULT_OUT
    with open(src, encoding="utf-8") as f:
        lines = f.read().splitlines()
    story = flowables(lines)
    title = next((l[7:] for l in lines if l.startswith("%title ")), "Notes")
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                          topMargin=TOP, bottomMargin=BOTTOM, title=title,
                          author="Mains Answer Writing Programme", subject="Polity",
                          invariant=1)
    full = Frame(LEFT, TOP, A4[0] - LEFT - RIGHT, A4[1] - 2 * TOP, id="title")
    body = Frame(LEFT, BOTTOM, A4[0] - LEFT - RIGHT, A4[1] - TOP - BOTTOM, id="body")
    doc.addPageTemplates([PageTemplate("title", [full], onPage=title_page),
                          PageTemplate("body", [body], onPageEnd=body_page_end)])
    doc.build(story)
    print("wrote", os.path.normpath(out))


if __name__ == "__main__":
    main(sys.argv)
