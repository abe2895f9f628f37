#!/usr/bin/python3
"""Re-make docs/wto-institutions-and-disputes.pdf from tools/wto-institutions-and-disputes.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUTPUT.pdf]
Without an argument it writes docs/wto-institutions-and-disputes.pdf. The output is
byte-for-byte reproducible (reportlab invariant=1).

Source mark-up: @institute/@handout/@footer set the running header and footer; @title,
@subtitle and @meta make the title block on page 1; "# " and "## " are the numbered headings;
"- " lines are bullets; @table W1,W2,W3 ... @endtable is a ruled table (cells split on "|",
column widths in cm, first row the header); @box TITLE ... @endbox is the boxed list;
"Q1." starts a practice question; any other lines are joined into paragraphs.
"""
import os
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "wto-institutions-and-disputes.txt")
OUT = os.path.join(HERE, "..", "docs", "wto-institutions-and-disputes.pdf")

MAROON = colors.HexColor("#7B1E1E")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=5, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, textColor=MAROON,
                    spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, textColor=MAROON,
                    spaceBefore=6, spaceAfter=3)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25,
                       alignment=TA_CENTER, textColor=MAROON, spaceBefore=4, spaceAfter=6)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=12.5, leading=16,
                          alignment=TA_CENTER, spaceAfter=2)
meta = ParagraphStyle("meta", fontName="Times-Roman", fontSize=11, leading=14,
                      alignment=TA_CENTER, spaceAfter=12)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=11.5)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=9.5, leading=11.5)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=11, leading=14,
                      textColor=MAROON, spaceAfter=4)
boxb = ParagraphStyle("boxb", fontName="Times-Roman", fontSize=10.5, leading=13.5,
                      leftIndent=14, bulletIndent=3, spaceAfter=2)

running = {"institute": "", "handout": "", "footer": ""}


def every_page(canv, doc):
    canv.saveState()
    top = A4[1] - 1.3 * cm
    canv.setFont("Helvetica-Bold", 9)
    canv.setFillColor(MAROON)
    canv.drawString(2 * cm, top, running["institute"])
    canv.setFillColor(colors.black)
    canv.setFont("Times-Italic", 9)
    canv.drawRightString(A4[0] - 2 * cm, top, running["handout"])
    canv.setLineWidth(0.6)
    canv.line(2 * cm, top - 0.18 * cm, A4[0] - 2 * cm, top - 0.18 * cm)
    canv.setLineWidth(0.3)
    canv.line(2 * cm, 1.55 * cm, A4[0] - 2 * cm, 1.55 * cm)
    canv.setFont("Times-Italic", 8.5)
    canv.drawString(2 * cm, 1.1 * cm, running["footer"])
    canv.setFont("Times-Roman", 9.5)
    canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def p(text, style, **kw):
    return Paragraph(escape(text), style, **kw)


def build(out):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    mode, rows, widths, box_title, box_items = None, [], [], "", []

    def flush():
        if para:
            text = " ".join(para)
            if text[:1] == "Q" and text[1:2].isdigit() and ". " in text[:5]:
                num, rest = text.split(" ", 1)
                story.append(Paragraph("<b>%s</b> %s" % (escape(num), escape(rest)), body))
            else:
                story.append(p(text, body))
            para.clear()

    for line in lines:
        s = line.strip()
        if mode == "table":
            if s == "@endtable":
                data = [[p(c.strip(), cellh if i == 0 else cell) for c in r.split("|")]
                        for i, r in enumerate(rows)]
                t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]))
                story.extend([Spacer(1, 3), t, Spacer(1, 8)])
                mode, rows = None, []
            elif s:
                rows.append(s)
            continue
        if mode == "box":
            if s == "@endbox":
                inner = [p(box_title, boxh)] + [p(x, boxb, bulletText="\u25aa") for x in box_items]
                t = Table([[inner]], colWidths=[16.4 * cm])
                t.setStyle(TableStyle([
                    ("BOX", (0, 0), (-1, -1), 1.2, MAROON),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBF3E4")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]))
                story.extend([Spacer(1, 4), t, Spacer(1, 10)])
                mode, box_items = None, []
            elif s.startswith("- "):
                box_items.append(s[2:])
            continue
        if s.startswith("@institute "):
            running["institute"] = s[11:]
        elif s.startswith("@handout "):
            running["handout"] = s[9:]
        elif s.startswith("@footer "):
            running["footer"] = s[8:]
        elif s.startswith("@title "):
            story.append(p(s[7:], title))
        elif s.startswith("@subtitle "):
            story.append(p(s[10:], subtitle))
        elif s.startswith("@meta "):
            story.append(p(s[6:], meta))
        elif s.startswith("@table"):
            flush()
            mode, widths = "table", [float(w) for w in s.split()[1].split(",")]
        elif s.startswith("@box "):
            flush()
            mode, box_title = "box", s[5:]
        elif s.startswith("## "):
            flush()
            story.append(p(s[3:], h2))
        elif s.startswith("# "):
            flush()
            story.append(p(s[2:], h1))
        elif s.startswith("- "):
            flush()
            story.append(p(s[2:], bullet, bulletText="\u2022"))
        elif not s:
            flush()
        elif s[:1] == "Q" and s[1:2].isdigit():
            flush()
            para.append(s)
        else:
            para.append(s)
    flush()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.1 * cm, bottomMargin=2.1 * cm,
                            title="WTO: Institutions, Dispute Settlement and India",
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=every_page, onLaterPages=every_page)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
