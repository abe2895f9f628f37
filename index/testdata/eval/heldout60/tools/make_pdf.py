#!/usr/bin/python3
"""Re-make docs/uapa.pdf from tools/uapa.txt.

The PDF imitates a student's Word document printed to PDF: a title block at the top of the first
page, a running header and "Page N" footer on every page, Word-blue numbered headings, bullet and
numbered lists, a two-column comparison table and a shaded "Exam tip" box.
Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "uapa.txt")
OUT = os.path.join(HERE, "..", "docs", "uapa.pdf")

WORD_BLUE = colors.HexColor("#2E74B5")
DARK_BLUE = colors.HexColor("#1F4D78")
GREY = colors.HexColor("#595959")
MARGIN = 2.54 * cm

body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=13.5, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6, spaceAfter=3)
numbered = ParagraphStyle("numbered", parent=body, leftIndent=18, bulletIndent=2, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica", fontSize=14, leading=18, textColor=WORD_BLUE,
                    spaceBefore=12, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="Helvetica", fontSize=12, leading=15, textColor=DARK_BLUE,
                    spaceBefore=8, spaceAfter=3)
title = ParagraphStyle("title", fontName="Helvetica", fontSize=22, leading=27, spaceAfter=4)
meta = ParagraphStyle("meta", fontName="Helvetica-Oblique", fontSize=9.5, leading=12,
                      textColor=GREY, spaceAfter=1)
tip = ParagraphStyle("tip", parent=body, fontSize=10, leading=13, spaceAfter=0)
mainsq = ParagraphStyle("mainsq", parent=body, fontName="Helvetica-Oblique", spaceBefore=8)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                       textColor=colors.white)

header_text = ""


def every_page(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8.5)
    canv.setFillColor(GREY)
    canv.drawRightString(A4[0] - MARGIN, A4[1] - 1.5 * cm, header_text)
    canv.setFont("Helvetica", 9)
    canv.drawCentredString(A4[0] / 2, 1.4 * cm, "Page %d" % doc.page)
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
            if text.startswith("Exam tip:"):
                box = Table([[Paragraph("<b>Exam tip:</b>" + escape(text[9:]), tip)]],
                            colWidths=[A4[0] - 2 * MARGIN])
                box.setStyle(TableStyle([
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF2CC")),
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#BF9000")),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ]))
                story.extend([Spacer(1, 4), box, Spacer(1, 8)])
            elif text.startswith("Probable Mains Q:"):
                story.append(Paragraph("<b>Probable Mains Q:</b>" + escape(text[17:]), mainsq))
            else:
                story.append(Paragraph(escape(text), body))
            para.clear()

    for line in lines:
        s = line.strip()
        m = re.match(r"(\d+)\. (.*)", s)
        if s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
        elif s.startswith("@header "):
            header_text = s[8:]
            story.append(HRFlowable(width="100%", thickness=0.8, color=WORD_BLUE,
                                    spaceBefore=4, spaceAfter=6))
        elif s == "@table":
            flush()
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(table_rows)]
            half = (A4[0] - 2 * MARGIN) / 2
            t = Table(data, colWidths=[half, half], repeatRows=1)
            style = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8EAADB")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#4472C4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
            for r in range(2, len(data), 2):
                style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#D9E2F3")))
            t.setStyle(TableStyle(style))
            story.extend([Spacer(1, 4), t, Spacer(1, 8)])
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
        elif m:
            flush()
            story.append(Paragraph(escape(m.group(2)), numbered, bulletText=m.group(1) + "."))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title="UAPA notes", author="", subject="", creator="Microsoft Word",
                            producer="", invariant=1)
    doc.build(story, onFirstPage=every_page, onLaterPages=every_page)


if __name__ == "__main__":
    build()
