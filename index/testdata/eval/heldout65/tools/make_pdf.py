#!/usr/bin/python3
"""Re-make docs/indiaai-mission.pdf from tools/indiaai-mission.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

Source conventions: @org / @ministry / @date / @title / @lead lines make the PIB masthead;
@box <title> ... @endbox is the shaded 'Key highlights' box; "# " is a bold heading;
"1. " a numbered item; "- " a bullet; @stars, @sig and @release close the release.
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "indiaai-mission.txt")
OUT = os.path.join(HERE, "..", "docs", "indiaai-mission.pdf")

NAVY = colors.HexColor("#1B2A6B")
org = ParagraphStyle("org", fontName="Helvetica-Bold", fontSize=15, leading=19,
                     alignment=TA_CENTER, textColor=NAVY)
org2 = ParagraphStyle("org2", fontName="Helvetica", fontSize=11, leading=14, alignment=TA_CENTER,
                      textColor=NAVY, spaceAfter=4)
ministry = ParagraphStyle("ministry", fontName="Helvetica-Bold", fontSize=12, leading=15,
                          spaceBefore=8)
date = ParagraphStyle("date", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=10,
                      textColor=colors.HexColor("#555555"))
title = ParagraphStyle("title", fontName="Times-Bold", fontSize=15, leading=19,
                       alignment=TA_CENTER, spaceAfter=8)
lead = ParagraphStyle("lead", fontName="Times-Italic", fontSize=11.5, leading=15,
                      alignment=TA_CENTER, spaceAfter=2)
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=15, spaceAfter=7)
heading = ParagraphStyle("heading", fontName="Times-Bold", fontSize=12.5, leading=16,
                         spaceBefore=8, spaceAfter=4)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6, spaceAfter=3)
numbered = ParagraphStyle("numbered", parent=body, leftIndent=20, bulletIndent=2, spaceAfter=4)
boxtitle = ParagraphStyle("boxtitle", fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                          textColor=NAVY, spaceAfter=3)
boxitem = ParagraphStyle("boxitem", fontName="Times-Roman", fontSize=10.5, leading=13.5,
                         leftIndent=12, bulletIndent=2, spaceAfter=2)
centre = ParagraphStyle("centre", parent=body, alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=10, leading=13)


def every_page(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(2.2 * cm, 1.2 * cm, "pib.gov.in")
    canv.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "Page %d" % doc.page)
    canv.restoreState()


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    box, box_title, in_box = [], "", False

    def flush():
        if para:
            story.append(Paragraph(escape(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if in_box:
            if s == "@endbox":
                in_box = False
                cellflow = [Paragraph(escape(box_title), boxtitle)]
                cellflow += [Paragraph(escape(b), boxitem, bulletText="\u2022") for b in box]
                t = Table([[cellflow]], colWidths=[A4[0] - 4.4 * cm])
                t.setStyle(TableStyle([
                    ("BOX", (0, 0), (-1, -1), 0.8, NAVY),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF6DC")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]))
                story.append(Spacer(1, 6))
                story.append(t)
                story.append(Spacer(1, 10))
                box = []
            elif s.startswith("- "):
                box.append(s[2:])
            continue
        if s.startswith("@org "):
            story.append(Paragraph(escape(s[5:]), org if not story else org2))
            if len(story) == 2:
                story.append(HRFlowable(width="100%", thickness=1.2, color=NAVY, spaceAfter=2))
        elif s.startswith("@ministry "):
            story.append(Paragraph(escape(s[10:]), ministry))
        elif s.startswith("@date "):
            story.append(Paragraph(escape(s[6:]), date))
        elif s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@lead "):
            story.append(Paragraph(escape(s[6:]), lead))
        elif s.startswith("@box "):
            flush()
            in_box, box_title = True, s[5:]
        elif s == "@stars":
            flush()
            story.append(Paragraph("***", centre))
        elif s.startswith("@sig "):
            story.append(Paragraph(escape(s[5:]), small))
        elif s.startswith("@release "):
            story.append(Paragraph(escape(s[9:]), small))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), heading))
        elif re.match(r"\d+\. ", s):
            flush()
            num, text = s.split(" ", 1)
            story.append(Paragraph(escape(text), numbered, bulletText=num))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="IndiaAI Mission: Compute, Foundation Models and Skills",
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=every_page, onLaterPages=every_page)


if __name__ == "__main__":
    build()
