#!/usr/bin/python3
"""Re-make docs/rti-commissions-and-appeals.pdf from tools/rti-commissions-and-appeals.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

Source markup: @title, @subtitle, @header_left, @header_right, @footer_left; "# " headings;
"- " bullets; @table ... @endtable (rows split on "|", the first row is the header);
@columns ... @endcolumns (that part starts a new page set in two columns; whatever
follows flows on in one column); @box <title> ...
@endbox (a ruled, shaded box, one paragraph per line); "Q<n>." lines are bold questions; blank
lines end paragraphs.
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
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "rti-commissions-and-appeals.txt")
OUT = os.path.join(HERE, "..", "docs", "rti-commissions-and-appeals.pdf")

MAROON = colors.HexColor("#7A1F2B")
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=5)
colbody = ParagraphStyle("colbody", parent=body, fontSize=10, leading=12.5, spaceAfter=3)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3)
colbullet = ParagraphStyle("colbullet", parent=colbody, leftIndent=11, bulletIndent=1, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=16, textColor=MAROON,
                    spaceBefore=9, spaceAfter=4)
colh1 = ParagraphStyle("colh1", parent=h1, fontSize=11.5, leading=14, spaceBefore=6)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Times-Bold", spaceAfter=2)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=17, leading=21,
                       alignment=TA_CENTER, textColor=MAROON, spaceAfter=4)
subtitle = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=11, leading=14,
                          alignment=TA_CENTER, spaceAfter=8)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=11.5)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=9.5, leading=11.5)
boxh = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=MAROON,
                      spaceAfter=3)
boxp = ParagraphStyle("boxp", fontName="Times-Roman", fontSize=10, leading=12.5, spaceAfter=2)

meta = {}
LM, RM, TM, BM = 2 * cm, 2 * cm, 2.3 * cm, 2 * cm
W, H = A4


def decorate(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica-Bold", 9)
    canv.setFillColor(MAROON)
    canv.drawString(LM, H - 1.3 * cm, meta["header_left"])
    canv.setFont("Helvetica", 8.5)
    canv.setFillColor(colors.black)
    canv.drawRightString(W - RM, H - 1.3 * cm, meta["header_right"])
    canv.setStrokeColor(MAROON)
    canv.setLineWidth(0.8)
    canv.line(LM, H - 1.5 * cm, W - RM, H - 1.5 * cm)
    canv.setLineWidth(0.4)
    canv.line(LM, 1.55 * cm, W - RM, 1.55 * cm)
    canv.setFont("Helvetica", 8)
    canv.drawString(LM, 1.1 * cm, meta["footer_left"])
    canv.drawRightString(W - RM, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    story, para = [], []
    table_rows, box_lines = [], []
    mode = None  # None, "table", "box"
    in_cols = False
    box_title = ""

    def st(normal, col):
        return col if in_cols else normal

    def flush():
        if para:
            text = " ".join(para)
            isq = text.startswith("Q") and text[1:2].isdigit()
            story.append(Paragraph(escape(text), faq_q if isq else st(body, colbody)))
            para.clear()

    for line in lines:
        s = line.strip()
        if mode == "table":
            if s == "@endtable":
                mode = None
                data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
                        for i, r in enumerate(table_rows)]
                t = Table(data, colWidths=[1.7 * cm, 4.3 * cm, 11.0 * cm], repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]))
                story.append(Spacer(1, 3))
                story.append(t)
                story.append(Spacer(1, 6))
                table_rows = []
            elif s:
                table_rows.append(s)
            continue
        if mode == "box":
            if s == "@endbox":
                mode = None
                inner = [Paragraph(escape(box_title), boxh)]
                inner += [Paragraph(escape(b), boxp) for b in box_lines]
                t = Table([[inner]], colWidths=[W - LM - RM - 0.2 * cm])
                t.setStyle(TableStyle([
                    ("BOX", (0, 0), (-1, -1), 1.2, MAROON),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBF3E4")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]))
                story.append(Spacer(1, 6))
                story.append(t)
                story.append(Spacer(1, 6))
                box_lines = []
            elif s:
                box_lines.append(s)
            continue
        if s.startswith("@title "):
            story.append(Paragraph(escape(s[7:]), title))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(escape(s[10:]), subtitle))
        elif s.startswith("@header_left "):
            meta["header_left"] = s[13:]
        elif s.startswith("@header_right "):
            meta["header_right"] = s[14:]
        elif s.startswith("@footer_left "):
            meta["footer_left"] = s[13:]
        elif s == "@table":
            flush()
            mode = "table"
        elif s.startswith("@box "):
            flush()
            mode, box_title = "box", s[5:]
        elif s == "@columns":
            flush()
            story.append(NextPageTemplate("double"))
            story.append(PageBreak())
            story.append(NextPageTemplate("single"))
            in_cols = True
        elif s == "@endcolumns":
            flush()
            in_cols = False
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), st(h1, colh1)))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(escape(s[2:]), st(bullet, colbullet), bulletText="\u2022"))
        elif not s:
            flush()
        elif s.startswith("Q") and s[1:2].isdigit():
            flush()
            para.append(s)
            flush()
        else:
            para.append(s)
    flush()

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="RTI Act 2005: Commissions, Appeals and Penalties",
                          author="Sankalp IAS Academy", subject="", creator="", producer="",
                          invariant=1)
    fw, fh = W - LM - RM, H - TM - BM
    gap = 0.6 * cm
    single = Frame(LM, BM, fw, fh, id="single", leftPadding=0, rightPadding=0)
    left = Frame(LM, BM, (fw - gap) / 2, fh, id="left", leftPadding=0, rightPadding=0)
    right = Frame(LM + (fw + gap) / 2, BM, (fw - gap) / 2, fh, id="right", leftPadding=0,
                  rightPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="single", frames=[single], onPage=decorate),
        PageTemplate(id="double", frames=[left, right], onPage=decorate),
    ])
    doc.build(story)


if __name__ == "__main__":
    build()
