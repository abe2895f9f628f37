#!/usr/bin/python3
"""Re-make docs/inflation-targeting.pdf from tools/inflation-targeting.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "inflation-targeting.txt")
OUT = os.path.join(HERE, "..", "docs", "inflation-targeting.pdf")

MAROON = colors.HexColor("#7B1E1E")
BAND = colors.HexColor("#0B4F6C")
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=17, textColor=MAROON,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=11, leading=14,
                    textColor=MAROON, spaceBefore=6, spaceAfter=4)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Helvetica-Bold", spaceAfter=2)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=21, leading=26,
                       textColor=BAND, spaceAfter=6)
subtitle = ParagraphStyle("subtitle", fontName="Helvetica-Oblique", fontSize=11.5, leading=15,
                          textColor=colors.HexColor("#333333"), spaceAfter=8)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=9, leading=12,
                      textColor=colors.HexColor("#555555"))
box_title = ParagraphStyle("boxt", fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                           textColor=BAND, spaceAfter=3)
box_item = ParagraphStyle("boxi", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9, leading=11.5,
                       textColor=colors.white)

conf = {"brand": "", "header": "", "footer": ""}


def footer(canv, doc):
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(2 * cm, 1.2 * cm, conf["footer"])
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
    canv.setStrokeColor(colors.HexColor("#999999"))
    canv.setLineWidth(0.5)
    canv.line(2 * cm, 1.55 * cm, A4[0] - 2 * cm, 1.55 * cm)


def first_page(canv, doc):
    canv.saveState()
    canv.setFillColor(BAND)
    canv.rect(0, A4[1] - 1.6 * cm, A4[0], 1.6 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 13)
    canv.drawString(2 * cm, A4[1] - 1.0 * cm, conf["brand"])
    canv.setFont("Helvetica", 9)
    canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.0 * cm, "Class Notes")
    footer(canv, doc)
    canv.restoreState()


def later_pages(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica-Oblique", 8.5)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawString(2 * cm, A4[1] - 1.2 * cm, conf["header"])
    canv.setStrokeColor(BAND)
    canv.setLineWidth(0.8)
    canv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
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
            if text.startswith("Ans. "):
                story.append(Paragraph("<b>Ans.</b> " + escape(text[5:]), body))
            else:
                story.append(Paragraph(escape(text), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if mode == "table":
            if s == "@endtable":
                mode = None
                data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell)
                         for c in r.split("|")] for i, r in enumerate(rows)]
                t = Table(data, colWidths=[3.0 * cm, 6.5 * cm, 7.3 * cm], repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
                    ("BACKGROUND", (0, 0), (-1, 0), BAND),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1),
                     [colors.white, colors.HexColor("#EEF4F7")]),
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
                t = Table([[box]], colWidths=[16.8 * cm])
                t.setStyle(TableStyle([
                    ("BOX", (0, 0), (-1, -1), 0.8, BAND),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF8E1")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]))
                story.extend([Spacer(1, 2), t, Spacer(1, 8)])
                box = []
            elif s.startswith("- "):
                box.append(Paragraph(escape(s[2:]), box_item, bulletText="\u2022"))
            continue
        if s.startswith("@brand "):
            conf["brand"] = s[7:]
        elif s.startswith("@header "):
            conf["header"] = s[8:]
        elif s.startswith("@footer "):
            conf["footer"] = s[8:]
        elif s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
            if not any(l.startswith("@meta ") for l in lines[lines.index(line) + 1:]):
                story.append(Spacer(1, 4))
                story.append(HRFlowable(width="100%", thickness=1.2, color=BAND,
                                        spaceBefore=2, spaceAfter=8))
        elif s.startswith("@box "):
            flush()
            mode = "box"
            box = [Paragraph(escape(s[5:]), box_title)]
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
        elif not s:
            flush()
        elif s.startswith("Q") and s[1:2].isdigit():
            flush()
            story.append(Paragraph(escape(s), faq_q))
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.1 * cm, bottomMargin=2.1 * cm,
                            title="Inflation Targeting Framework in India", author="",
                            subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)


if __name__ == "__main__":
    build()
