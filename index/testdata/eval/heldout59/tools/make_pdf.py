#!/usr/bin/python3
"""Re-make docs/gupta-age.pdf from tools/gupta-age.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

Source mark-up: @institute/@title/@subtitle/@meta/@header lines for the first-page block and
the running header; "# " and "## " headings; "- " bullets; @table ... @endtable (cells split
on "|", first row is the header); @box ... @endbox (a shaded, ruled box); lines starting
"Q<digit>." are bold FAQ questions; blank lines end paragraphs.
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
SRC = os.path.join(HERE, "gupta-age.txt")
OUT = os.path.join(HERE, "..", "docs", "gupta-age.pdf")

MAROON = colors.HexColor("#7B1E1E")
SAND = colors.HexColor("#F6EEDC")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=15, bulletIndent=3, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, textColor=MAROON,
                    spaceBefore=11, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14.5,
                    textColor=MAROON, spaceBefore=7, spaceAfter=3)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Times-Bold", spaceAfter=2)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=27,
                       alignment=TA_CENTER, textColor=MAROON, spaceBefore=4, spaceAfter=6)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=13.5, leading=17,
                          alignment=TA_CENTER, spaceAfter=6)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=9, leading=12, alignment=TA_CENTER,
                      textColor=colors.HexColor("#444444"), spaceAfter=10)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=10, leading=12)
boxp = ParagraphStyle("boxp", parent=body, spaceAfter=3)
boxb = ParagraphStyle("boxb", parent=bullet, spaceAfter=3)

header_text = ""
institute = ""


def first_page(canv, doc):
    canv.saveState()
    canv.setFillColor(MAROON)
    canv.rect(0, A4[1] - 1.5 * cm, A4[0], 1.5 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 11)
    canv.drawString(2.2 * cm, A4[1] - 0.95 * cm, institute)
    canv.setFillColor(colors.black)
    canv.setFont("Helvetica", 8.5)
    canv.drawRightString(A4[0] - 2.2 * cm, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def later_pages(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica-Oblique", 8.5)
    canv.drawString(2.2 * cm, A4[1] - 1.3 * cm, header_text)
    canv.setStrokeColor(MAROON)
    canv.setLineWidth(0.6)
    canv.line(2.2 * cm, A4[1] - 1.45 * cm, A4[0] - 2.2 * cm, A4[1] - 1.45 * cm)
    canv.setFont("Helvetica", 8.5)
    canv.drawString(2.2 * cm, 1.1 * cm, institute.split("|")[0].strip())
    canv.drawRightString(A4[0] - 2.2 * cm, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def build():
    global header_text, institute
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    table_rows, in_table = [], False
    box, in_box = [], False

    def target():
        return box if in_box else story

    def flush():
        if para:
            text = " ".join(para)
            is_q = text.startswith("Q") and text[1:2].isdigit()
            style = faq_q if is_q else (boxp if in_box else body)
            target().append(Paragraph(escape(text), style))
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@institute "):
            institute = s[11:]
        elif s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
        elif s.startswith("@header "):
            header_text = s[8:]
            rule = Table([[""]], colWidths=[16.6 * cm], rowHeights=[2])
            rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, MAROON)]))
            story.append(rule)
            story.append(Spacer(1, 4))
        elif s == "@table":
            flush()
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(table_rows)]
            t = Table(data, colWidths=[3.3 * cm, 3.1 * cm, 10.2 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (-1, 0), SAND),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 8))
            table_rows = []
        elif in_table:
            if s:
                table_rows.append(s)
        elif s == "@box":
            flush()
            in_box = True
        elif s == "@endbox":
            flush()
            in_box = False
            t = Table([[box[:]]], colWidths=[16.6 * cm])
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 0.8, MAROON),
                ("BACKGROUND", (0, 0), (-1, -1), SAND),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
            box.clear()
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(escape(s[3:]), h2))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            flush()
            target().append(Paragraph(escape(s[2:]), boxb if in_box else bullet,
                                      bulletText="\u2022"))
        elif not s:
            flush()
        elif s.startswith("Q") and s[1:2].isdigit():
            flush()
            para.append(s)
            flush()
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.0 * cm, bottomMargin=1.9 * cm,
                            title="The Gupta Age - Class handout AH-11", author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)


if __name__ == "__main__":
    build()
