#!/usr/bin/python3
"""Re-make docs/inflation-and-its-measurement.pdf from tools/inflation-and-its-measurement.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

Source markup: @title/@subtitle/@meta make the title block on page 1, @header is the running
header of later pages, @footer the footer of every page (with the page number); "# " and "## "
are headings; "- " bullets; "@table" ... "@endtable" the two-column Quick facts table (cells split
on " | ", first row the header); "@box <title>" ... "@endbox" the boxed Mains answer framework;
lines starting "Q<n>." are practice questions; "Prelims trap:" and "Exam tip:" get a bold label.
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
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "inflation-and-its-measurement.txt")
OUT = os.path.join(HERE, "..", "docs", "inflation-and-its-measurement.pdf")

MAROON = colors.HexColor("#7B1E2B")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, textColor=MAROON,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, textColor=MAROON,
                    spaceBefore=6, spaceAfter=3)
practice = ParagraphStyle("practice", parent=body, leftIndent=18, firstLineIndent=-18)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=21, leading=26,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=6)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=12.5, leading=16,
                          alignment=TA_CENTER, spaceAfter=8)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=9.5, leading=13, alignment=TA_CENTER)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12.5)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=10, leading=12.5)
boxt = ParagraphStyle("boxt", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=MAROON)
boxp = ParagraphStyle("boxp", fontName="Times-Roman", fontSize=10.5, leading=13.5)

header_text = ""
footer_text = ""


def footer(canv, doc):
    canv.setFont("Helvetica", 8)
    canv.setLineWidth(0.4)
    canv.line(2 * cm, 1.65 * cm, A4[0] - 2 * cm, 1.65 * cm)
    canv.drawString(2 * cm, 1.2 * cm, footer_text)
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)


def first_page(canv, doc):
    canv.saveState()
    footer(canv, doc)
    canv.restoreState()


def later_pages(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica-Oblique", 8.5)
    canv.drawString(2 * cm, A4[1] - 1.3 * cm, header_text)
    canv.setLineWidth(0.4)
    canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    footer(canv, doc)
    canv.restoreState()


def labelled(text):
    for label in ("Prelims trap:", "Exam tip:", "Answer:"):
        text = text.replace(escape(label), "<b>%s</b>" % escape(label))
    return text


def build():
    global header_text, footer_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    rows, box, mode = [], [], None

    def flush():
        if para:
            story.append(Paragraph(labelled(escape(" ".join(para))), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
        elif s.startswith("@header "):
            header_text = s[8:]
            story.append(Spacer(1, 6))
            story.append(HRFlowable(width="100%", thickness=1.2, color=MAROON, spaceAfter=4))
        elif s.startswith("@footer "):
            footer_text = s[8:]
        elif s == "@table":
            flush()
            mode = "table"
        elif s == "@endtable":
            mode = None
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split(" | ")]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[4.6 * cm, 11.8 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))
            rows = []
        elif s.startswith("@box "):
            flush()
            mode = "box"
            box = [[Paragraph(escape(s[5:]), boxt)]]
        elif s == "@endbox":
            mode = None
            t = Table(box, colWidths=[16.4 * cm])
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 1.2, MAROON),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBF4F4")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 6))
            story.append(t)
            story.append(Spacer(1, 8))
        elif mode == "table":
            if s:
                rows.append(s)
        elif mode == "box":
            if s:
                head, sep, rest = s.partition(": ")
                if sep and len(head) < 30:
                    text = "<b>%s:</b> %s" % (escape(head), escape(rest))
                else:
                    text = escape(s)
                box.append([Paragraph(text, boxp)])
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(escape(s[3:]), h2))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(labelled(escape(s[2:])), bullet, bulletText="\u2022"))
        elif s.startswith("Q") and s[1:2].isdigit():
            flush()
            num, _, rest = s.partition(" ")
            story.append(Paragraph("<b>%s</b> %s" % (escape(num), labelled(escape(rest))), practice))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.1 * cm, bottomMargin=2.2 * cm,
                            title="Inflation and its Measurement in India", author="",
                            subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)


if __name__ == "__main__":
    build()
