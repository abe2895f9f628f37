#!/usr/bin/python3
"""Re-make docs/akbar-mansabdari.pdf from tools/akbar-mansabdari.txt.

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
SRC = os.path.join(HERE, "akbar-mansabdari.txt")
OUT = os.path.join(HERE, "..", "docs", "akbar-mansabdari.pdf")

MAROON = colors.HexColor("#7B1E1E")
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=2)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=17, textColor=MAROON,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=11, leading=14,
                    textColor=colors.black, spaceBefore=6, spaceAfter=3)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Helvetica-Bold", spaceAfter=1)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=19, leading=24,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=4)
subtitle = ParagraphStyle("subtitle", fontName="Helvetica-Oblique", fontSize=11, leading=14,
                          alignment=TA_CENTER, spaceAfter=4)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=9, leading=12, alignment=TA_CENTER,
                      textColor=colors.HexColor("#444444"))
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9, leading=11,
                       textColor=colors.white)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=MAROON)
boxb = ParagraphStyle("boxb", parent=body, spaceAfter=0)

header_text = ""


def every_page(canv, doc):
    canv.saveState()
    if doc.page == 1:
        canv.setFillColor(MAROON)
        canv.rect(0, A4[1] - 1.6 * cm, A4[0], 1.6 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 13)
        canv.drawString(2 * cm, A4[1] - 1.05 * cm, "PRAGATI IAS ACADEMY")
        canv.setFont("Helvetica", 9)
        canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.05 * cm, "For private circulation only")
    else:
        canv.setFont("Helvetica-Oblique", 8)
        canv.drawString(2 * cm, A4[1] - 1.2 * cm, header_text)
        canv.setLineWidth(0.5)
        canv.setStrokeColor(MAROON)
        canv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.black)
    canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def build():
    global header_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    table_rows, in_table = [], False
    box_title, box_lines, in_box = "", [], False

    def flush():
        if para:
            text = " ".join(para)
            story.append(Paragraph(escape(text), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@title "):
            story.append(Spacer(1, 0.6 * cm))
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
        elif s.startswith("@header "):
            header_text = s[8:]
        elif s.startswith("@box "):
            flush()
            in_box, box_title, box_lines = True, s[5:], []
        elif s == "@endbox":
            in_box = False
            t = Table([[Paragraph(escape(box_title), boxh)],
                       [Paragraph(escape(" ".join(box_lines)), boxb)]],
                      colWidths=[16.4 * cm])
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 1, MAROON),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBF1E6")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 6))
        elif in_box:
            if s:
                box_lines.append(s)
        elif s == "@table":
            flush()
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(table_rows)]
            t = Table(data, colWidths=[4.2 * cm, 3.4 * cm, 8.8 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), MAROON),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F4F4")]),
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
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(escape(s[3:]), h2))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2013"))
        elif not s:
            flush()
        elif s.startswith("Q") and s[1:2].isdigit():
            flush()
            story.append(Paragraph(escape(s), faq_q))
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.2 * cm, bottomMargin=1.9 * cm,
                            title="Akbar's Administration and the Mansabdari System",
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=every_page, onLaterPages=every_page)


if __name__ == "__main__":
    build()
