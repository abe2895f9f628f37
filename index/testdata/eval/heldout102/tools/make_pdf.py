#!/usr/bin/python3
"""Re-make docs/code-on-social-security.pdf from tools/code-on-social-security.txt.

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
SRC = os.path.join(HERE, "code-on-social-security.txt")
OUT = os.path.join(HERE, "..", "docs", "code-on-social-security.pdf")

MAROON = colors.HexColor("#7B1E1E")
SHADE = colors.HexColor("#F3E9D2")
body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=2)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=MAROON,
                    spaceBefore=8, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=10.5, leading=13,
                    textColor=MAROON, spaceBefore=5, spaceAfter=3)
band = ParagraphStyle("band", fontName="Helvetica-Bold", fontSize=8.5, leading=11,
                      textColor=colors.white, alignment=TA_CENTER)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24,
                       alignment=TA_CENTER, textColor=MAROON, spaceBefore=8, spaceAfter=4)
subtitle = ParagraphStyle("subtitle", fontName="Helvetica-Oblique", fontSize=10.5, leading=13,
                          alignment=TA_CENTER, spaceAfter=3)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=8.5, leading=11, alignment=TA_CENTER,
                      textColor=colors.HexColor("#444444"), spaceAfter=8)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=MAROON,
                      spaceAfter=3)
boxp = ParagraphStyle("boxp", parent=body, fontSize=9, leading=12, spaceAfter=2)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5,
                       textColor=colors.white)

footer_text = ""


def every_page(canv, doc):
    canv.saveState()
    canv.setLineWidth(0.5)
    canv.setStrokeColor(MAROON)
    canv.line(1.8 * cm, 1.55 * cm, A4[0] - 1.8 * cm, 1.55 * cm)
    canv.setFont("Helvetica", 7.5)
    canv.drawString(1.8 * cm, 1.1 * cm, footer_text)
    canv.drawRightString(A4[0] - 1.8 * cm, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def build():
    global footer_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    rows, box, mode, box_title = [], [], None, ""

    def flush():
        if para:
            story.append(Paragraph(escape(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if mode == "table":
            if s == "@endtable":
                data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell)
                         for c in r.split("|")] for i, r in enumerate(rows)]
                t = Table(data, colWidths=[3.4 * cm, 6.2 * cm, 7.4 * cm], repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                    ("BACKGROUND", (0, 0), (-1, 0), MAROON),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]))
                story.extend([Spacer(1, 3), t, Spacer(1, 6)])
                rows, mode = [], None
            elif s:
                rows.append(s)
            continue
        if mode == "box":
            if s == "@endbox":
                inner = [Paragraph(escape(box_title), boxh)]
                inner += [Paragraph(escape(b), boxp) for b in box]
                t = Table([[inner]], colWidths=[17.0 * cm])
                t.setStyle(TableStyle([
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("BOX", (0, 0), (-1, -1), 0.8, MAROON),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]))
                story.extend([Spacer(1, 4), t, Spacer(1, 6)])
                box, mode = [], None
            elif s:
                box.append(s)
            continue
        if s.startswith("@band "):
            t = Table([[Paragraph(escape(s[6:]), band)]], colWidths=[17.0 * cm])
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
        elif s.startswith("@footer "):
            footer_text = s[8:]
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
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u25aa"))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.0 * cm, rightMargin=2.0 * cm,
                            topMargin=1.6 * cm, bottomMargin=2.0 * cm,
                            title="Code on Social Security, 2020 - Revision Sheet 14",
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=every_page, onLaterPages=every_page)


if __name__ == "__main__":
    build()
