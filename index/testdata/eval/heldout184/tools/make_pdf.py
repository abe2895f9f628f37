#!/usr/bin/python3
"""Re-make docs/mauryan-economy-handout.pdf from tools/mauryan-economy-handout.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
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
SRC = os.path.join(HERE, "mauryan-economy-handout.txt")
OUT = os.path.join(HERE, "..", "docs", "mauryan-economy-handout.pdf")

MAROON = colors.HexColor("#7A1F1F")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, textColor=MAROON,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, textColor=MAROON,
                    spaceBefore=6, spaceAfter=3)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=19, leading=24,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=4)
meta = ParagraphStyle("meta", fontName="Times-Italic", fontSize=10.5, leading=13,
                      alignment=TA_CENTER, spaceAfter=10)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=10.5, leading=12.5)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=4)
boxp = ParagraphStyle("boxp", fontName="Times-Roman", fontSize=10, leading=12.5, spaceAfter=4)

header_text = ""
footer_text = ""


def every_page(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8.5)
    canv.setFillColor(MAROON)
    canv.drawString(2 * cm, A4[1] - 1.25 * cm, header_text)
    canv.setStrokeColor(MAROON)
    canv.setLineWidth(0.8)
    canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    canv.setFillColor(colors.black)
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(0.4)
    canv.line(2 * cm, 1.55 * cm, A4[0] - 2 * cm, 1.55 * cm)
    canv.setFont("Times-Italic", 8.5)
    canv.drawString(2 * cm, 1.1 * cm, footer_text)
    canv.setFont("Times-Roman", 9)
    canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def build():
    global header_text, footer_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    rows, box, mode = [], [], None

    def flush():
        if para:
            story.append(Paragraph(escape(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if mode == "table":
            if s == "@endtable":
                mode = None
                data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell)
                         for c in r.split("|")] for i, r in enumerate(rows)]
                t = Table(data, colWidths=[8.3 * cm, 8.3 * cm], repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]))
                story.extend([Spacer(1, 3), t, Spacer(1, 8)])
                rows = []
            elif s:
                rows.append(s)
            continue
        if mode == "box":
            if s == "@endbox":
                mode = None
                inner = [Paragraph(escape(box[0]), boxh)]
                inner += [Paragraph(escape(b), boxp) for b in box[1:]]
                t = Table([[inner]], colWidths=[16.6 * cm])
                t.setStyle(TableStyle([
                    ("BOX", (0, 0), (-1, -1), 1.2, MAROON),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBF3E4")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]))
                story.extend([Spacer(1, 2), t, Spacer(1, 8)])
                box = []
            elif s:
                box.append(s)
            continue
        if s.startswith("@header "):
            header_text = s[8:]
        elif s.startswith("@footer "):
            footer_text = s[8:]
        elif s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
        elif s == "@table":
            flush()
            mode = "table"
        elif s == "@box":
            flush()
            mode = "box"
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(escape(s[3:]), h2))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            title="Mauryan Economy: Land, Revenue, Crafts and Trade",
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=every_page, onLaterPages=every_page)


if __name__ == "__main__":
    build()
