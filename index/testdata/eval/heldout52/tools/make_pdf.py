#!/usr/bin/python3
"""Typeset the parliamentary-privileges handout, kept as plain text, into a PDF that looks like
a coaching institute's printed handout: a title page, bold numbered headings ("1.", "1.1"),
justified body text, bullet lists, a ruled table, footnotes at the foot of the page that cites
them, a running header and page numbers.

    /usr/bin/python3 tools/make_pdf.py [SOURCE.txt [OUT.pdf]]

Defaults: tools/parliamentary-privileges.txt -> docs/parliamentary-privileges.pdf. Needs
reportlab (Debian: python3-reportlab). The output is the same byte for byte on every run
(reportlab's invariant mode).

Source format, one construct a line:
    %title T / %subtitle S / %line L    the title page
    # 1. Heading                        a numbered section
    ## 1.1 Heading                      a numbered subsection
    - text                              a bullet; consecutive bullets form one list
    | a | b | c                         a table row (the first row is the header)
    **whole line**                      a bold paragraph of its own (FAQ questions)
    [^n]: text                          the text of footnote n
    text [^n] text                      a footnote reference
    **x** inside text                   bold
    anything else                       a paragraph; a blank line ends it
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = os.path.join(HERE, "parliamentary-privileges.txt")
DEFAULT_OUT = os.path.join(HERE, "..", "docs", "parliamentary-privileges.pdf")

HEADER_LEFT = "Parliamentary Privileges"
HEADER_RIGHT = "GS-II Polity | Handout P-7"
LEFT, RIGHT, TOP = 2.3 * cm, 2.3 * cm, 2.4 * cm
BOTTOM = 3.8 * cm
MAROON = colors.HexColor("#7a1f1f")

BODY = ParagraphStyle("Body", fontName="Times-Roman", fontSize=11, leading=14.5,
                      spaceAfter=6, alignment=TA_JUSTIFY)
BULLET = ParagraphStyle("Bullet", parent=BODY, spaceAfter=3)
QSTYLE = ParagraphStyle("Q", parent=BODY, fontName="Times-Bold", spaceBefore=4, spaceAfter=2,
                        keepWithNext=1)
H1 = ParagraphStyle("H1", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=MAROON,
                    spaceBefore=12, spaceAfter=6, keepWithNext=1)
H2 = ParagraphStyle("H2", fontName="Helvetica-Bold", fontSize=12, leading=15,
                    spaceBefore=8, spaceAfter=4, keepWithNext=1)
CELL = ParagraphStyle("Cell", fontName="Times-Roman", fontSize=10.5, leading=13)
CELLH = ParagraphStyle("CellH", parent=CELL, fontName="Helvetica-Bold", fontSize=10,
                       textColor=colors.white)
NOTE = ParagraphStyle("Note", fontName="Times-Roman", fontSize=8.5, leading=10.5)
T_TITLE = ParagraphStyle("TTitle", fontName="Helvetica-Bold", fontSize=28, leading=34,
                         alignment=TA_CENTER, textColor=MAROON)
T_SUB = ParagraphStyle("TSub", fontName="Times-Italic", fontSize=13, leading=17,
                       alignment=TA_CENTER, spaceBefore=16)
T_LINE = ParagraphStyle("TLine", fontName="Helvetica", fontSize=11, leading=15,
                        alignment=TA_CENTER, spaceBefore=5)

FOOTREF = re.compile(r"\[\^(\d+)\]")
FOOTDEF = re.compile(r"^\[\^(\d+)\]:\s*(.*)$")
BOLD = re.compile(r"\*\*(.+?)\*\*")

footnote_text = {}
pending = []               # footnotes cited on the page being laid out


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
    html = BOLD.sub(lambda m: "\x02%s\x03" % m.group(1), html)
    html = escape(html)
    for a, b in (("\x00", "<super>"), ("\x01", "</super>"), ("\x02", "<b>"), ("\x03", "</b>")):
        html = html.replace(a, b)
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
            out.append(ListFlowable([ListItem(para(t, BULLET), leftIndent=16) for t in bullets],
                                    bulletType="bullet", start="\u2022", leftIndent=16,
                                    bulletFontName="Times-Roman", bulletFontSize=10))
            out.append(Spacer(1, 4))
            del bullets[:]

    def end_table():
        if rows:
            data = [[Paragraph(escape(c), CELLH if i == 0 else CELL) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[3.6 * cm, 5.6 * cm, 5.6 * cm])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), MAROON),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
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
            title_page.append(Spacer(1, 5.5 * cm))
            title_page.append(Paragraph(escape(line[7:]), T_TITLE))
            continue
        if line.startswith("%subtitle "):
            title_page.append(Paragraph(escape(line[10:]), T_SUB))
            title_page.append(Spacer(1, 3.5 * cm))
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
        if line.startswith("**") and line.endswith("**") and line.count("**") == 2:
            end_all()
            out.append(Paragraph(escape(line[2:-2]), QSTYLE))
            continue
        end_list(); end_table()
        buf.append(line)
    end_all()
    return title_page + [NextPageTemplate("body"), PageBreak()] + out


def title_page(canvas, doc):
    del pending[:]
    canvas.saveState()
    canvas.setStrokeColor(MAROON)
    canvas.setLineWidth(2)
    canvas.line(LEFT, A4[1] - 4.5 * cm, A4[0] - RIGHT, A4[1] - 4.5 * cm)
    canvas.line(LEFT, 4.5 * cm, A4[0] - RIGHT, 4.5 * cm)
    canvas.restoreState()


def body_page_end(canvas, doc):
    canvas.saveState()
    width = A4[0] - LEFT - RIGHT
    if pending:
        notes = [Paragraph("<super>%s</super> %s" % (n, escape(footnote_text[n])), NOTE)
                 for n in pending]
        heights = [p.wrap(width, BOTTOM)[1] for p in notes]
        y = BOTTOM - 0.45 * cm
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, y, LEFT + 4.5 * cm, y)
        y -= 0.15 * cm
        for p, h in zip(notes, heights):
            y -= h
            p.drawOn(canvas, LEFT, y)
            y -= 2
        del pending[:]
    top = A4[1] - 1.4 * cm
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.setFillColor(MAROON)
    canvas.drawString(LEFT, top, HEADER_LEFT)
    canvas.setFont("Helvetica", 8.5)
    canvas.drawRightString(A4[0] - RIGHT, top, HEADER_RIGHT)
    canvas.setStrokeColor(MAROON)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, top - 0.2 * cm, A4[0] - RIGHT, top - 0.2 * cm)
    canvas.setFont("Helvetica", 9)
    canvas.setFillColor(colors.black)
    canvas.drawCentredString(A4[0] / 2, 1.3 * cm, "Page %d" % doc.page)
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
                          author="Polity Faculty, Civil Services Foundation Batch 2026",
                          subject="GS Paper II - Parliament", invariant=1)
    full = Frame(LEFT, TOP, A4[0] - LEFT - RIGHT, A4[1] - 2 * TOP, id="title")
    body = Frame(LEFT, BOTTOM, A4[0] - LEFT - RIGHT, A4[1] - TOP - BOTTOM, id="body")
    doc.addPageTemplates([PageTemplate("title", [full], onPage=title_page),
                          PageTemplate("body", [body], onPageEnd=body_page_end)])
    doc.build(story)
    print("wrote", os.path.normpath(out))


if __name__ == "__main__":
    main(sys.argv)
