#!/usr/bin/python3
"""Render a coaching-institute handout, written as plain text, into a PDF.

    /usr/bin/python3 tools/make_pdf.py [SOURCE.txt [OUT.pdf]]

Defaults: tools/asiatic-lion-project-lion.txt -> docs/asiatic-lion-project-lion.pdf.
Needs reportlab (Debian: python3-reportlab). Output is reproducible (invariant mode).

Source format, one construct a line:
    # Title            the handout title
    @ text             a line under the title (subtitle / compiled-by)
    ## Heading         a numbered section heading (written with its number)
    - text             a bullet; consecutive bullets form one list
    1. text            a numbered item; consecutive items form one list
    TABLE ... ENDTABLE pipe-separated rows, the first row the header
    Q1. question       a FAQ question
    A: text            its answer
    TIP: text          a boxed tip
    anything else      a paragraph
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

rl_config.invariant = 1

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = os.path.join(HERE, "asiatic-lion-project-lion.txt")
DEFAULT_OUT = os.path.join(HERE, "..", "docs", "asiatic-lion-project-lion.pdf")

HEADER_LEFT = "ARJUNA IAS ACADEMY"
HEADER_RIGHT = "GS-III Environment | Handout E-17"
FOOTER = "arjunaias.in  |  For enrolled students only. Not for sale."

ss = getSampleStyleSheet()
BODY = ParagraphStyle("Body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10,
                      leading=13.5, spaceAfter=4)
TITLE = ParagraphStyle("T", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=20,
                       textColor=colors.HexColor("#7a2e00"), spaceAfter=4)
SUB = ParagraphStyle("S", parent=BODY, fontName="Helvetica-Oblique", fontSize=9,
                     alignment=1, textColor=colors.HexColor("#555555"), spaceAfter=0)
H2 = ParagraphStyle("H2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=13,
                    textColor=colors.white, backColor=colors.HexColor("#7a2e00"),
                    borderPadding=(3, 4, 3, 4), spaceBefore=12, spaceAfter=8,
                    keepWithNext=1)
Q = ParagraphStyle("Q", parent=BODY, fontName="Helvetica-Bold", spaceBefore=6,
                   keepWithNext=1)
TIP = ParagraphStyle("Tip", parent=BODY, fontName="Helvetica-Oblique", fontSize=9.5,
                     leftIndent=12, rightIndent=12, borderColor=colors.HexColor("#c07a2c"),
                     borderWidth=0.8, borderPadding=5, backColor=colors.HexColor("#fff4e5"),
                     spaceBefore=4, spaceAfter=8)
CELL = ParagraphStyle("Cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELLH = ParagraphStyle("CellH", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)

NUM = re.compile(r"^(\d+)\.\s+(.*)$")
FAQ = re.compile(r"^(Q\d+\.)\s+(.*)$")


def inline(text):
    return escape(text)


def make_table(rows):
    data = []
    for i, row in enumerate(rows):
        cells = [c.strip() for c in row.split("|")]
        st = CELLH if i == 0 else CELL
        data.append([Paragraph(inline(c), st) for c in cells])
    ncol = len(data[0])
    width = 17.0 * cm
    if ncol == 3:
        widths = [width * 0.22, width * 0.39, width * 0.39]
    else:
        widths = [width / ncol] * ncol
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7a2e00")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#faf0e6")]),
    ]))
    return t


def build(src):
    story = []
    lines = open(src, encoding="utf-8").read().splitlines()
    i = 0
    bullets, numbers = [], []

    def flush():
        nonlocal bullets, numbers
        if bullets:
            story.append(ListFlowable([ListItem(Paragraph(inline(b), BODY), leftIndent=14)
                                       for b in bullets], bulletType="bullet", start="\u2022",
                                      leftIndent=14))
            bullets = []
        if numbers:
            story.append(ListFlowable([ListItem(Paragraph(inline(t), BODY), leftIndent=16)
                                       for t in numbers], bulletType="1", bulletFormat="%s.",
                                      leftIndent=16,
                                      start=1))
            numbers = []

    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        if not line.strip():
            flush()
            continue
        if line.startswith("- "):
            if numbers:
                flush()
            bullets.append(line[2:])
            continue
        m = NUM.match(line)
        if m and not FAQ.match(line):
            if bullets:
                flush()
            numbers.append(m.group(2))
            continue
        flush()
        if line.startswith("# "):
            story.append(Paragraph(inline(line[2:]), TITLE))
        elif line.startswith("@ "):
            story.append(Paragraph(inline(line[2:]), SUB))
        elif line.startswith("## "):
            story.append(Paragraph(inline(line[3:]), H2))
        elif line == "TABLE":
            rows = []
            while lines[i] != "ENDTABLE":
                rows.append(lines[i])
                i += 1
            i += 1
            story.append(Spacer(1, 4))
            story.append(make_table(rows))
            story.append(Spacer(1, 8))
        elif FAQ.match(line):
            story.append(Paragraph(inline(line), Q))
        elif line.startswith("A: "):
            story.append(Paragraph(inline(line[3:]), BODY))
        elif line.startswith("TIP: "):
            story.append(Paragraph("<b>Tip:</b> " + inline(line[5:]), TIP))
        else:
            story.append(Paragraph(inline(line), BODY))
    flush()
    return story


class Doc(SimpleDocTemplate):
    pass


def on_page(canvas, doc, total=[None]):
    canvas.saveState()
    w, h = A4
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.setFillColor(colors.HexColor("#7a2e00"))
    canvas.drawString(2 * cm, h - 1.3 * cm, HEADER_LEFT)
    canvas.setFont("Helvetica", 8.5)
    canvas.drawRightString(w - 2 * cm, h - 1.3 * cm, HEADER_RIGHT)
    canvas.setStrokeColor(colors.HexColor("#7a2e00"))
    canvas.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
    canvas.line(2 * cm, 1.5 * cm, w - 2 * cm, 1.5 * cm)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, 1.05 * cm, FOOTER)
    canvas.drawRightString(w - 2 * cm, 1.05 * cm, "Page %d" % doc.page)
    canvas.restoreState()


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SRC
    out = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    doc = Doc(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.1 * cm,
              bottomMargin=2.1 * cm, title="Asiatic Lion and Project Lion",
              author="Arjuna IAS Academy")
    doc.build(build(src), onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    main()
