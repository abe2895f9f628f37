#!/usr/bin/python3
"""Re-make docs/northeast-passes.pdf from tools/northeast-passes.txt.

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
SRC = os.path.join(HERE, "northeast-passes.txt")
OUT = os.path.join(HERE, "..", "docs", "northeast-passes.pdf")

GREEN = colors.HexColor("#1E5631")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=16.5, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=GREEN,
                    spaceBefore=12, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=GREEN,
                    spaceBefore=8, spaceAfter=4)
tip = ParagraphStyle("tip", parent=body, fontName="Times-Italic", backColor=colors.HexColor("#FFF4CE"),
                     borderPadding=(4, 6, 4, 6), leftIndent=6, rightIndent=6, spaceBefore=6, spaceAfter=10)
question = ParagraphStyle("question", parent=body, leftIndent=22, firstLineIndent=-22)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=27,
                       alignment=TA_CENTER, textColor=GREEN, spaceAfter=4)
subtitle = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=14, leading=18,
                          alignment=TA_CENTER, spaceAfter=8)
meta = ParagraphStyle("meta", fontName="Times-Italic", fontSize=10.5, leading=13, alignment=TA_CENTER)
boxhead = ParagraphStyle("boxhead", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceAfter=4)
boxtext = ParagraphStyle("boxtext", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=4)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=11.5)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9.5, leading=11.5, textColor=colors.white)

header_text = ""
footer_text = ""


def decorate(canv, doc):
    canv.saveState()
    if doc.page > 1:
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(2 * cm, A4[1] - 1.3 * cm, header_text)
        canv.setStrokeColor(GREEN)
        canv.setLineWidth(0.6)
        canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    canv.setStrokeColor(colors.HexColor("#999999"))
    canv.setLineWidth(0.4)
    canv.line(2 * cm, 1.55 * cm, A4[0] - 2 * cm, 1.55 * cm)
    canv.setFillColor(colors.black)
    canv.setFont("Times-Italic", 8.5)
    canv.drawString(2 * cm, 1.1 * cm, footer_text)
    canv.setFont("Times-Roman", 9.5)
    canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def build():
    global header_text, footer_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    table_rows, in_table = [], False
    box_lines, box_head, in_box = [], "", False

    def flush():
        if para:
            text = " ".join(para)
            style = tip if text.startswith(("Exam tip:", "Prelims trap:")) else body
            if style is tip:
                head, rest = text.split(":", 1)
                story.append(Paragraph("<b>%s:</b>%s" % (escape(head), escape(rest)), style))
            else:
                story.append(Paragraph(escape(text), style))
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
        elif s.startswith("@footer "):
            footer_text = s[8:]
            story.append(Spacer(1, 0.5 * cm))
        elif s.startswith("@box "):
            flush()
            in_box, box_head, box_lines = True, s[5:], []
        elif s == "@endbox":
            in_box = False
            content = [Paragraph(escape(box_head), boxhead)] + [Paragraph(escape(t), boxtext) for t in box_lines]
            t = Table([[content]], colWidths=[16.4 * cm])
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 1.0, GREEN),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF5EC")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(Spacer(1, 6))
            story.append(t)
            story.append(Spacer(1, 8))
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
            t = Table(data, colWidths=[1.9 * cm, 3.0 * cm, 4.3 * cm, 1.6 * cm, 5.6 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
                ("BACKGROUND", (0, 0), (-1, 0), GREEN),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 4))
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
            num, rest = s.split(" ", 1)
            story.append(Paragraph("<b>%s</b> %s" % (escape(num), escape(rest)), question))
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.1 * cm, bottomMargin=2.1 * cm,
                            title="Passes of the Eastern Himalaya", author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


if __name__ == "__main__":
    build()
