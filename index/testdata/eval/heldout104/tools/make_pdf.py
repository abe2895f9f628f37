#!/usr/bin/python3
"""Re-make docs/mountbatten-plan.pdf from tools/mountbatten-plan.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mountbatten-plan.txt")
OUT = os.path.join(HERE, "..", "docs", "mountbatten-plan.pdf")

MAROON = colors.HexColor("#7B1E1E")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6,
                      alignment=TA_JUSTIFY)
note = ParagraphStyle("note", parent=body, fontName="Times-Italic")
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3,
                        alignment=0)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, textColor=MAROON,
                    spaceBefore=11, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=11.5, leading=14,
                    textColor=MAROON, spaceBefore=7, spaceAfter=3)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Times-Bold", spaceAfter=2)
banner = ParagraphStyle("banner", fontName="Helvetica-Bold", fontSize=9, leading=11,
                        textColor=colors.white, alignment=TA_CENTER)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=21, leading=26,
                       alignment=TA_CENTER, textColor=MAROON, spaceBefore=14, spaceAfter=6)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=13, leading=17,
                          alignment=TA_CENTER, spaceAfter=6)
meta = ParagraphStyle("meta", fontName="Times-Roman", fontSize=10, leading=13,
                      alignment=TA_CENTER, spaceAfter=4)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=10, leading=12)

header_text = ""


def every_page(canv, doc):
    canv.saveState()
    if doc.page > 1:
        canv.setFont("Times-Italic", 9)
        canv.drawString(2 * cm, A4[1] - 1.3 * cm, header_text)
        canv.setLineWidth(0.4)
        canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    canv.setFont("Times-Roman", 9)
    canv.drawCentredString(A4[0] / 2, 1.2 * cm, "- %d -" % doc.page)
    canv.restoreState()


def build():
    global header_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    table_rows, in_table = [], False

    def flush():
        if para:
            text = " ".join(para)
            if text.startswith("Q") and text[1:2].isdigit():
                style = faq_q
            elif text.startswith("Note:"):
                style = note
            else:
                style = body
            story.append(Paragraph(escape(text), style))
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@banner "):
            t = Table([[Paragraph(escape(s[8:]), banner)]], colWidths=[16.6 * cm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), MAROON),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            story.append(t)
        elif s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
            story.append(HRFlowable(width="100%", thickness=1.2, color=MAROON, spaceBefore=4,
                                    spaceAfter=6))
        elif s.startswith("@header "):
            header_text = s[8:]
        elif s == "@table":
            flush()
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(table_rows)]
            t = Table(data, colWidths=[3.6 * cm, 3.0 * cm, 10.0 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
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
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
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
                            topMargin=2.0 * cm, bottomMargin=2.0 * cm,
                            title="The Mountbatten Plan (3 June 1947)", author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=every_page, onLaterPages=every_page)


if __name__ == "__main__":
    build()
