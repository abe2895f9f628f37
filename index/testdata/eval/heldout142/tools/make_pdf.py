#!/usr/bin/python3
"""Re-make docs/amr-policy-brief.pdf from tools/amr-policy-brief.txt.

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
from reportlab.platypus import (HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "amr-policy-brief.txt")
OUT = os.path.join(HERE, "..", "docs", "amr-policy-brief.pdf")

TEAL = colors.HexColor("#0B5563")
BOX = colors.HexColor("#E6F2F3")
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3)
numbered = ParagraphStyle("numbered", parent=body, leftIndent=18, bulletIndent=2, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=17, textColor=TEAL,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=TEAL,
                    spaceBefore=6, spaceAfter=3)
series = ParagraphStyle("series", fontName="Helvetica-Bold", fontSize=9, leading=12,
                        textColor=TEAL, spaceAfter=6)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=21, leading=26,
                       textColor=colors.black, spaceAfter=6)
subtitle = ParagraphStyle("subtitle", fontName="Helvetica-Oblique", fontSize=12, leading=16,
                          textColor=colors.HexColor("#333333"), spaceAfter=4)
meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=9, leading=12,
                      textColor=colors.HexColor("#555555"), spaceAfter=8)
boxhead = ParagraphStyle("boxhead", fontName="Helvetica-Bold", fontSize=11, leading=14,
                         textColor=TEAL, spaceAfter=4)
boxbullet = ParagraphStyle("boxbullet", parent=bullet, fontSize=9.5, leading=12.5)
caption = ParagraphStyle("caption", fontName="Helvetica-Bold", fontSize=9, leading=12,
                         spaceBefore=4, spaceAfter=3)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5,
                       textColor=colors.white)
note = ParagraphStyle("note", fontName="Helvetica", fontSize=8, leading=10.5, leftIndent=12,
                      bulletIndent=0, spaceAfter=2)

header_text = ""
footer_text = ""


def markup(s):
    """Escape text and turn [^n] footnote markers into superscripts."""
    return re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", escape(s))


def page_frame(canv, doc):
    canv.saveState()
    if doc.page > 1:
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(2 * cm, A4[1] - 1.3 * cm, header_text)
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(0.5)
        canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(2 * cm, 1.2 * cm, footer_text)
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
    canv.restoreState()


def build():
    global header_text, footer_text
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story = []
    mode, rows, box = None, [], []
    cap = None
    for line in lines:
        s = line.strip()
        if s.startswith("@series "):
            story.append(Paragraph(escape(s[8:]), series))
        elif s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@meta "):
            story.append(Paragraph(escape(s[6:]), meta))
            story.append(HRFlowable(width="100%", thickness=1.2, color=TEAL, spaceAfter=10))
        elif s.startswith("@header "):
            header_text = s[8:]
        elif s.startswith("@footer "):
            footer_text = s[8:]
        elif s == "@keybox":
            mode, box = "box", [Paragraph("Key messages", boxhead)]
        elif s == "@endkeybox":
            t = Table([[box]], colWidths=[A4[0] - 4.4 * cm])
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), BOX),
                ("LINEBEFORE", (0, 0), (0, -1), 3, TEAL),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
            mode = None
        elif s.startswith("@caption "):
            cap = s[9:]
        elif s == "@table":
            mode, rows = "table", []
        elif s == "@endtable":
            data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[1.7 * cm, 5.6 * cm, 4.4 * cm, 4.9 * cm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA9AD")),
                ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]))
            story.append(Paragraph(escape(cap), caption))
            story.append(t)
            story.append(Spacer(1, 8))
            mode = None
        elif s == "@notes":
            mode = "notes"
            story.append(Spacer(1, 6))
            story.append(HRFlowable(width="35%", thickness=0.6, color=colors.grey, hAlign="LEFT",
                                    spaceAfter=4))
            story.append(Paragraph("Notes", caption))
        elif s == "@endnotes":
            mode = None
        elif mode == "box":
            if s.startswith("- "):
                box.append(Paragraph(markup(s[2:]), boxbullet, bulletText="\u2022"))
        elif mode == "table":
            if s:
                rows.append(s)
        elif mode == "notes":
            if s:
                n, _, rest = s.partition(" ")
                story.append(Paragraph(escape(rest), note, bulletText=n))
        elif s.startswith("## "):
            story.append(Paragraph(escape(s[3:]), h2))
        elif s.startswith("# "):
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            story.append(Paragraph(markup(s[2:]), bullet, bulletText="\u2022"))
        elif re.match(r"\d+\. ", s):
            n, _, rest = s.partition(" ")
            story.append(Paragraph(markup(rest), numbered, bulletText=n))
        elif s:
            story.append(Paragraph(markup(s), body))

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.1 * cm, bottomMargin=2 * cm,
                            title="Containing Antimicrobial Resistance in India",
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=page_frame, onLaterPages=page_frame)


if __name__ == "__main__":
    build()
