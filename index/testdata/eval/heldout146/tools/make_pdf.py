#!/usr/bin/python3
"""Re-make docs/sedition-124a-and-bns-152.pdf from tools/sedition-124a-and-bns-152.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

Source markup: @title/@subtitle/@meta lines open the first page; @header, @headerright and
@footer set the institute's running header and footer (drawn on every page with "Page N");
"# " and "## " are headings; "- " lines are bullets; "1. " lines are numbered items;
@box <title> ... @endbox is a boxed note; @table ... @endtable is a two-column ruled table
whose first row is the header; blank lines end paragraphs.
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sedition-124a-and-bns-152.txt")
OUT = os.path.join(HERE, "..", "docs", "sedition-124a-and-bns-152.pdf")

MAROON = colors.HexColor("#7B1E1E")
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
numbered = ParagraphStyle("numbered", parent=body, leftIndent=18, bulletIndent=2, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=17, textColor=MAROON,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=11, leading=14,
                    textColor=MAROON, spaceBefore=7, spaceAfter=4)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=4)
subtitle = ParagraphStyle("subtitle", fontName="Helvetica-Oblique", fontSize=12, leading=15,
                          alignment=TA_CENTER, spaceAfter=4)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=9.5, leading=12,
                      alignment=TA_CENTER, spaceAfter=12)
boxtitle = ParagraphStyle("boxtitle", fontName="Helvetica-Bold", fontSize=10, leading=13,
                          textColor=MAROON, spaceAfter=2)
boxbody = ParagraphStyle("boxbody", fontName="Helvetica", fontSize=9.5, leading=12.5)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9.5, leading=12)

running = {"header": "", "headerright": "", "footer": ""}


def every_page(canv, doc):
    canv.saveState()
    top = A4[1] - 1.25 * cm
    canv.setFont("Helvetica-Bold", 10)
    canv.setFillColor(MAROON)
    canv.drawString(2 * cm, top, running["header"])
    canv.setFont("Helvetica", 8.5)
    canv.setFillColor(colors.black)
    canv.drawRightString(A4[0] - 2 * cm, top, running["headerright"])
    canv.setStrokeColor(MAROON)
    canv.setLineWidth(1)
    canv.line(2 * cm, top - 0.2 * cm, A4[0] - 2 * cm, top - 0.2 * cm)
    canv.setLineWidth(0.5)
    canv.line(2 * cm, 1.6 * cm, A4[0] - 2 * cm, 1.6 * cm)
    canv.setFont("Helvetica", 8)
    canv.drawString(2 * cm, 1.15 * cm, running["footer"])
    canv.drawRightString(A4[0] - 2 * cm, 1.15 * cm, "Page %d" % doc.page)
    canv.restoreState()


def box(title_text, lines):
    inner = [Paragraph(escape(title_text.upper()), boxtitle),
             Paragraph(escape(" ".join(lines)), boxbody)]
    t = Table([[inner]], colWidths=[16.4 * cm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, MAROON),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBEFE3")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 8)]


def table(rows):
    data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[8.2 * cm, 8.2 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2D7D5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 8)]


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    mode, block, box_title = None, [], ""

    def flush():
        if para:
            story.append(Paragraph(escape(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if mode == "box":
            if s == "@endbox":
                story.extend(box(box_title, block))
                mode, block = None, []
            elif s:
                block.append(s)
            continue
        if mode == "table":
            if s == "@endtable":
                story.extend(table(block))
                mode, block = None, []
            elif s:
                block.append(s)
            continue
        if s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
        elif s.startswith("@headerright "):
            running["headerright"] = s[13:]
        elif s.startswith("@header "):
            running["header"] = s[8:]
        elif s.startswith("@footer "):
            running["footer"] = s[8:]
        elif s.startswith("@box "):
            flush()
            mode, box_title = "box", s[5:]
        elif s == "@table":
            flush()
            mode = "table"
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(escape(s[3:]), h2))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
        elif len(s) > 2 and s[0].isdigit() and s[1:3] == ". ":
            flush()
            story.append(Paragraph(escape(s[3:]), numbered, bulletText=s[:2]))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.1 * cm, bottomMargin=2.1 * cm,
                            title="Sedition Law in India", author="Abhyas IAS Academy",
                            subject="GS Paper II Handout P-17", creator="", producer="",
                            invariant=1)
    doc.build(story, onFirstPage=every_page, onLaterPages=every_page)


if __name__ == "__main__":
    build()
