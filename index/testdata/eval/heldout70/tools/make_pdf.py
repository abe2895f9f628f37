#!/usr/bin/python3
"""Re-make docs/panchayati-raj.pdf from tools/panchayati-raj.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
                                KeepTogether)
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "panchayati-raj.txt")
OUT = os.path.join(HERE, "..", "docs", "panchayati-raj.pdf")

NAVY = colors.HexColor("#14325C")
MAROON = colors.HexColor("#8B1A1A")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2, spaceAfter=5,
                      alignment=TA_JUSTIFY)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=15, bulletIndent=3, spaceAfter=2,
                        bulletFontName="ZapfDingbats", bulletFontSize=6)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=17, textColor=MAROON,
                    spaceBefore=10, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=11, leading=14,
                    textColor=NAVY, spaceBefore=6, spaceAfter=3)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Times-Bold", spaceAfter=1)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=19, leading=24,
                       textColor=NAVY, spaceAfter=6)
meta = ParagraphStyle("meta", fontName="Times-Italic", fontSize=10, leading=13)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                       textColor=colors.white)
boxt = ParagraphStyle("boxt", fontName="Helvetica-Bold", fontSize=10, leading=13,
                      textColor=MAROON, spaceAfter=2)
boxl = ParagraphStyle("boxl", fontName="Times-Roman", fontSize=10, leading=13)

settings = {"banner": "", "header": "", "footer": ""}


def footer(canv, doc):
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(2 * cm, 1.1 * cm, settings["footer"])
    canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Page %d" % doc.page)


def first_page(canv, doc):
    canv.saveState()
    canv.setFillColor(NAVY)
    canv.rect(0, A4[1] - 1.6 * cm, A4[0], 1.6 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 11)
    canv.drawString(2 * cm, A4[1] - 1.0 * cm, settings["banner"])
    footer(canv, doc)
    canv.restoreState()


def later_pages(canv, doc):
    canv.saveState()
    canv.setFont("Times-Italic", 9)
    canv.drawString(2 * cm, A4[1] - 1.3 * cm, settings["header"])
    canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, "Sankalp IAS Academy")
    canv.setStrokeColor(MAROON)
    canv.setLineWidth(0.6)
    canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    footer(canv, doc)
    canv.restoreState()


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    rows, box, mode = [], [], None

    def flush():
        if para:
            text = " ".join(para)
            style = faq_q if text.startswith("Q") and text[1:2].isdigit() else body
            story.append(Paragraph(escape(text), style))
            para.clear()

    for line in lines:
        s = line.strip()
        if mode == "table":
            if s == "@endtable":
                data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell)
                         for c in r.split("|")] for i, r in enumerate(rows)]
                t = Table(data, colWidths=[3.3 * cm, 2.2 * cm, 11.4 * cm], repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                    ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF2F8")]),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]))
                story.extend([Spacer(1, 3), t, Spacer(1, 7)])
                rows, mode = [], None
            elif s:
                rows.append(s)
            continue
        if mode == "box":
            if s == "@endbox":
                t = Table([[box]], colWidths=[16.9 * cm])
                t.setStyle(TableStyle([
                    ("BOX", (0, 0), (-1, -1), 0.8, MAROON),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF6DC")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]))
                story.extend([Spacer(1, 4), t, Spacer(1, 8)])
                box, mode = [], None
            elif s:
                box.append(Paragraph(escape(s), boxl))
            continue
        if s.startswith("@banner "):
            settings["banner"] = s[8:]
        elif s.startswith("@header "):
            settings["header"] = s[8:]
        elif s.startswith("@footer "):
            settings["footer"] = s[8:]
        elif s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
            if not lines[lines.index(line) + 1].startswith("@meta"):
                story.append(Spacer(1, 4))
                story.append(HRFlowable(width="100%", thickness=1.2, color=MAROON, spaceAfter=4))
        elif s == "@table":
            flush()
            mode = "table"
        elif s.startswith("@box "):
            flush()
            mode = "box"
            box = [Paragraph(escape(s[5:]), boxt)]
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(escape(s[3:]), h2))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="n"))
        elif not s:
            flush()
        elif s.startswith("Q") and s[1:2].isdigit():
            flush()
            para.append(s)
            flush()
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.1 * cm, bottomMargin=1.9 * cm,
                            title="73rd Amendment and Panchayati Raj - Module P-14",
                            author="Sankalp IAS Academy", subject="", creator="", producer="",
                            invariant=1)
    doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)


if __name__ == "__main__":
    build()
