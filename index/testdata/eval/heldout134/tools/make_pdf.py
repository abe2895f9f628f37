#!/usr/bin/python3
"""Re-make docs/wlpa-1972-and-2022-amendment.pdf from tools/wlpa-1972-and-2022-amendment.txt.

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
SRC = os.path.join(HERE, "wlpa-1972-and-2022-amendment.txt")
OUT = os.path.join(HERE, "..", "docs", "wlpa-1972-and-2022-amendment.pdf")

GREEN = colors.HexColor("#1E5631")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, textColor=GREEN,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14.5, textColor=GREEN,
                    spaceBefore=6, spaceAfter=3)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Times-Bold", spaceAfter=2)
inst = ParagraphStyle("inst", fontName="Helvetica-Bold", fontSize=12, leading=15,
                      alignment=TA_CENTER, textColor=colors.white)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25,
                       alignment=TA_CENTER, textColor=GREEN, spaceBefore=10, spaceAfter=4)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=13, leading=17,
                          alignment=TA_CENTER, spaceAfter=4)
meta = ParagraphStyle("meta", fontName="Times-Roman", fontSize=10, leading=13, alignment=TA_CENTER)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=10, leading=12)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=11.5, leading=14.5,
                      textColor=GREEN, spaceAfter=3)
boxb = ParagraphStyle("boxb", parent=body, fontSize=10.5, leading=13.5, leftIndent=14,
                      bulletIndent=2, spaceAfter=2)

settings = {}


def every_page(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica-Bold", 9)
    canv.setFillColor(GREEN)
    canv.drawString(2.2 * cm, A4[1] - 1.3 * cm, settings["institute"])
    canv.setFont("Times-Italic", 9)
    canv.setFillColor(colors.black)
    canv.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.3 * cm, settings["header"])
    canv.setLineWidth(0.5)
    canv.line(2.2 * cm, A4[1] - 1.45 * cm, A4[0] - 2.2 * cm, A4[1] - 1.45 * cm)
    canv.setFont("Times-Roman", 9.5)
    canv.drawCentredString(A4[0] / 2, 1.2 * cm, "Page %d" % doc.page)
    canv.restoreState()


def build():
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
        if s.startswith("@institute "):
            settings["institute"] = s[11:]
        elif s.startswith("@header "):
            settings["header"] = s[8:]
        elif s.startswith("@title "):
            band = Table([[Paragraph(escape(settings["institute"]), inst)]], colWidths=[16.6 * cm])
            band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN),
                                      ("TOPPADDING", (0, 0), (-1, -1), 5),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            story.append(band)
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
            rule = Table([[""]], colWidths=[16.6 * cm], rowHeights=[4])
            rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, GREEN)]))
            story.append(rule)
            story.append(Spacer(1, 6))
        elif s == "@table":
            flush()
            mode = "table"
        elif s == "@endtable":
            mode = None
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 or j == 0 else cell)
                     for j, c in enumerate(r.split("|"))] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[2.1 * cm, 7.25 * cm, 7.25 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D8EAD3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 2))
            story.append(t)
            story.append(Spacer(1, 8))
            rows = []
        elif s.startswith("@box "):
            flush()
            mode = "box"
            box_title = s[5:]
        elif s == "@endbox":
            mode = None
            inner = [Paragraph(escape(box_title), boxh)]
            inner += [Paragraph(escape(b[2:]), boxb, bulletText="\u25a0") for b in box]
            t = Table([[inner]], colWidths=[16.6 * cm])
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 1.2, GREEN),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF8DC")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            story.append(Spacer(1, 6))
            story.append(t)
            story.append(Spacer(1, 6))
            box = []
        elif mode == "table":
            if s:
                rows.append(s)
        elif mode == "box":
            if s:
                box.append(s)
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

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.1 * cm, bottomMargin=2 * cm,
                            title="The Wild Life (Protection) Act, 1972", author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=every_page, onLaterPages=every_page)


if __name__ == "__main__":
    build()
