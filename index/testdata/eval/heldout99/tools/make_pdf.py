#!/usr/bin/python3
"""Re-make docs/aiib-ndb.pdf from tools/aiib-ndb.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

Source conventions: @title/@subtitle/@meta/@footer lines; "# " and "## " headings;
"- " bullets; @table ... @endtable (pipe-separated rows, first row is the header);
"@box Title" ... @endbox for the shaded exam-tip box; "Q1." lines in bold.
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "aiib-ndb.txt")
OUT = os.path.join(HERE, "..", "docs", "aiib-ndb.pdf")

TEAL = colors.HexColor("#0B5563")
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.2, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=16, textColor=TEAL,
                    spaceBefore=10, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=10.5, leading=13.5,
                    textColor=TEAL, spaceBefore=6, spaceAfter=3)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Helvetica-Bold", spaceAfter=1.5)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=19, leading=23,
                       alignment=TA_LEFT, textColor=TEAL, spaceAfter=4)
subtitle = ParagraphStyle("subtitle", fontName="Helvetica-Oblique", fontSize=11, leading=14,
                          spaceAfter=3)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=8.5, leading=11,
                      textColor=colors.HexColor("#444444"), spaceAfter=4)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9, leading=11,
                       textColor=colors.white)
boxt = ParagraphStyle("boxt", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=3)
boxb = ParagraphStyle("boxb", parent=body, fontSize=9.5, leading=12.5, leftIndent=12,
                      bulletIndent=2, spaceAfter=2)

footer_text = ""


def on_page(canv, doc):
    canv.saveState()
    canv.setStrokeColor(TEAL)
    canv.setLineWidth(0.5)
    canv.line(2 * cm, 1.55 * cm, A4[0] - 2 * cm, 1.55 * cm)
    canv.setFont("Helvetica", 8)
    canv.drawString(2 * cm, 1.1 * cm, footer_text)
    canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def build():
    global footer_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    rows, box, mode, box_title = [], [], None, ""

    def flush():
        if para:
            text = " ".join(para)
            story.append(Paragraph(escape(text), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if mode == "table":
            if s == "@endtable":
                mode = None
                data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell)
                         for c in r.split("|")] for i, r in enumerate(rows)]
                t = Table(data, colWidths=[3.3 * cm, 6.3 * cm, 7.4 * cm], repeatRows=1)
                style = [
                    ("BOX", (0, 0), (-1, -1), 0.8, TEAL),
                    ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7A9CA3")),
                    ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
                for i in range(2, len(rows), 2):
                    style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EAF2F3")))
                t.setStyle(TableStyle(style))
                story.extend([Spacer(1, 3), t, Spacer(1, 8)])
                rows = []
            elif s:
                rows.append(s)
            continue
        if mode == "box":
            if s == "@endbox":
                mode = None
                inner = [Paragraph(escape(box_title), boxt)]
                inner += [Paragraph(escape(b[2:]), boxb, bulletText="\u2022") for b in box]
                t = Table([[inner]], colWidths=[17 * cm])
                t.setStyle(TableStyle([
                    ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#B8860B")),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF6D5")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]))
                story.extend([Spacer(1, 2), t, Spacer(1, 6)])
                box = []
            elif s:
                box.append(s)
            continue
        if s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
            story.append(HRFlowable(width="100%", thickness=1.6, color=TEAL, spaceBefore=2,
                                    spaceAfter=6))
        elif s.startswith("@footer "):
            footer_text = s[8:]
        elif s == "@table":
            flush()
            mode = "table"
        elif s.startswith("@box "):
            flush()
            mode, box_title = "box", s[5:]
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
                            topMargin=1.8 * cm, bottomMargin=2.2 * cm,
                            title="AIIB and NDB: the new multilateral lenders", author="",
                            subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    build()
