#!/usr/bin/python3
"""Re-make docs/conflict-of-interest.pdf from tools/conflict-of-interest.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "conflict-of-interest.txt")
OUT = os.path.join(HERE, "..", "docs", "conflict-of-interest.pdf")

MAROON = colors.HexColor("#7B1F2B")
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=5, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, textColor=MAROON,
                    spaceBefore=11, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=11.5, leading=14.5,
                    textColor=colors.HexColor("#333333"), spaceBefore=7, spaceAfter=3)
mq = ParagraphStyle("mq", parent=body, fontName="Helvetica-Oblique", leftIndent=10)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=21, leading=26,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=4)
subtitle = ParagraphStyle("subtitle", fontName="Helvetica-Oblique", fontSize=12.5, leading=16,
                          alignment=TA_CENTER, spaceAfter=4)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=9, leading=12, alignment=TA_CENTER,
                      textColor=colors.HexColor("#555555"), spaceAfter=10)
qlabel = ParagraphStyle("qlabel", fontName="Helvetica-Bold", fontSize=9, leading=12,
                        textColor=MAROON, spaceAfter=4)
qtext = ParagraphStyle("qtext", fontName="Times-Italic", fontSize=12.5, leading=16.5, spaceAfter=4)
qby = ParagraphStyle("qby", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_RIGHT,
                     spaceAfter=4)
quse = ParagraphStyle("quse", fontName="Helvetica", fontSize=9, leading=12,
                      textColor=colors.HexColor("#444444"))
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                       textColor=colors.white)

state = {"header": "", "footer": ""}


def decorate(canv, doc):
    canv.saveState()
    if doc.page > 1:
        canv.setFont("Helvetica-Oblique", 8.5)
        canv.drawString(2 * cm, A4[1] - 1.3 * cm, state["header"])
        canv.setStrokeColor(MAROON)
        canv.setLineWidth(0.6)
        canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    canv.setStrokeColor(colors.grey)
    canv.setLineWidth(0.3)
    canv.line(2 * cm, 1.55 * cm, A4[0] - 2 * cm, 1.55 * cm)
    canv.setFont("Helvetica", 8)
    canv.drawString(2 * cm, 1.1 * cm, state["footer"])
    canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    rows, in_table = [], False
    quote = None

    def flush():
        if para:
            text = " ".join(para)
            style = mq if text.startswith("Q") and text[1:2].isdigit() else body
            story.append(Paragraph(escape(text), style))
            para.clear()

    for line in lines:
        s = line.strip()
        if s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
            rule = Table([[""]], colWidths=[17 * cm], rowHeights=[3])
            rule.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), MAROON)]))
            story.append(rule)
            story.append(Spacer(1, 6))
        elif s.startswith("@header "):
            state["header"] = s[8:]
        elif s.startswith("@footer "):
            state["footer"] = s[8:]
        elif s.startswith("@quote "):
            flush()
            quote = [Paragraph(escape(s[7:]), qlabel)]
        elif s.startswith("@by "):
            quote.append(Paragraph("\u2014 " + escape(s[4:]), qby))
        elif s.startswith("@use "):
            quote.append(Paragraph(escape(s[5:]), quse))
        elif s == "@endquote":
            box = Table([[quote]], colWidths=[14 * cm])
            box.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 1.2, MAROON),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBF3E4")),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]))
            story.append(Spacer(1, 6))
            story.append(KeepTogether([box]))
            story.append(Spacer(1, 8))
            quote = None
        elif quote is not None:
            if s:
                quote.append(Paragraph("\u201c" + escape(s) + "\u201d", qtext))
        elif s == "@table":
            flush()
            in_table = True
        elif s == "@endtable":
            in_table = False
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[4.2 * cm, 11.8 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), MAROON),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F4F4")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))
            rows = []
        elif in_table:
            if s:
                rows.append(s)
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

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2.1 * cm,
                            title="Conflict of Interest in Public Service", author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


if __name__ == "__main__":
    build()
