#!/usr/bin/python3
"""Make docs/space-policy-debris-issue-brief.pdf from tools/space-policy-debris-issue-brief.txt.

The brief imitates a think-tank issue brief exported to PDF: a cover block on page 1 (a dark
band with the series name, number and date, the organisation and programme; then the title,
the author and an italic lede), a shaded "Executive Summary" box with a coloured rule at its
left edge, numbered sections "1." to "6." with sub-sections "2.1" etc. in the house blue,
justified Helvetica body text with superscript endnote numbers, a table with a blue header
row, a bulleted dated list, an "Endnotes" list, an attribution line, an "About the Author"
box and a copyright notice; from page 2 a running head (short title left, series and number
right, rule below) and on every page a footer with the organisation and the page number.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUT]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, NextPageTemplate)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "space-policy-debris-issue-brief.txt")
OUT = os.path.join(HERE, "..", "docs", "space-policy-debris-issue-brief.pdf")

PW, PH = A4
LM = RM = 2.3 * cm
TM = 2.5 * cm
BM = 2.4 * cm
TW = PW - LM - RM
BAND = 3.4 * cm

BLUE = colors.HexColor("#12355B")
MID = colors.HexColor("#2E6DA4")
PALE = colors.HexColor("#E9F0F8")
GREY = colors.HexColor("#555555")

title_st = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24.5,
                          textColor=BLUE, spaceBefore=4, spaceAfter=10, alignment=TA_LEFT)
author_st = ParagraphStyle("author", fontName="Helvetica-Bold", fontSize=11, leading=14,
                           textColor=MID, spaceAfter=10)
lede_st = ParagraphStyle("lede", fontName="Helvetica-Oblique", fontSize=11, leading=15.2,
                         textColor=GREY, alignment=TA_JUSTIFY, spaceAfter=14)
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=7)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=4)
sec_st = ParagraphStyle("sec", fontName="Helvetica-Bold", fontSize=13.5, leading=17,
                        textColor=BLUE, spaceBefore=12, spaceAfter=7, keepWithNext=1)
sub_st = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=10.8, leading=14,
                        textColor=MID, spaceBefore=7, spaceAfter=5, keepWithNext=1)
box_head = ParagraphStyle("boxhead", fontName="Helvetica-Bold", fontSize=12, leading=15,
                          textColor=BLUE, spaceAfter=6)
box_body = ParagraphStyle("boxbody", parent=body, fontSize=9.6, leading=13.4, spaceAfter=5)
box_bullet = ParagraphStyle("boxbullet", parent=box_body, leftIndent=14, bulletIndent=3,
                            spaceAfter=3)
cap_st = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                        textColor=BLUE, spaceBefore=4, spaceAfter=5)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.8, leading=11.2)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=8.8, leading=11.2,
                       textColor=colors.white)
note_st = ParagraphStyle("note", fontName="Helvetica", fontSize=8.4, leading=11,
                         leftIndent=16, firstLineIndent=-16, spaceAfter=3)
attr_st = ParagraphStyle("attr", fontName="Helvetica-Oblique", fontSize=8.6, leading=11.5,
                         textColor=GREY, spaceBefore=10, spaceAfter=10)
bio_head = ParagraphStyle("biohead", fontName="Helvetica-Bold", fontSize=10, leading=13,
                          textColor=BLUE, spaceAfter=4)
bio_st = ParagraphStyle("bio", parent=body, fontSize=9.2, leading=12.8, spaceAfter=0)
copy_st = ParagraphStyle("copy", fontName="Helvetica", fontSize=7.6, leading=10,
                         textColor=GREY, spaceBefore=12)


def mark(s):
    """Source text to reportlab markup."""
    s = escape(s)
    s = s.replace(" -- ", " \u2013 ").replace("--", "\u2013")
    s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
    s = s.replace("'", "\u2019").replace("(c)", "\u00a9")
    s = re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", s)
    return s


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("%")]
    meta, items = {}, []
    i, para = 0, []

    def flush():
        if para:
            items.append(("p", " ".join(para)))
            para.clear()

    while i < len(lines):
        s = lines[i].strip()
        i += 1
        if not s:
            flush()
            continue
        if s.startswith("@"):
            flush()
            key, _, val = s.partition(" ")
            if key in ("@summary", "@table", "@endnotes"):
                end = {"@summary": "@endsummary", "@table": "@endtable",
                       "@endnotes": "@endendnotes"}[key]
                rows = []
                while lines[i].strip() != end:
                    rows.append(lines[i].strip())
                    i += 1
                i += 1
                items.append((key[1:], val, [r for r in rows if r]))
            else:
                meta[key[1:]] = val
                if key in ("@attribution", "@bio", "@copyright"):
                    items.append((key[1:], val))
            continue
        if s.startswith("## "):
            flush()
            items.append(("sub", s[3:]))
        elif s.startswith("# "):
            flush()
            items.append(("sec", s[2:]))
        elif s.startswith("* "):
            flush()
            items.append(("bullet", s[2:]))
        else:
            para.append(s)
    flush()
    return meta, items


def build(meta, items):
    story = [Paragraph(mark(meta["title"]), title_st),
             Paragraph("By " + mark(meta["author"]), author_st),
             Paragraph(mark(meta["lede"]), lede_st)]
    for it in items:
        kind = it[0]
        if kind == "summary":
            inner = [Paragraph("Executive Summary", box_head)]
            for r in it[2]:
                if r.startswith("* "):
                    inner.append(Paragraph(mark(r[2:]), box_bullet, bulletText="\u2022"))
                else:
                    inner.append(Paragraph(mark(r), box_body))
            box = Table([["", inner]], colWidths=[0.18 * cm, TW - 0.18 * cm])
            box.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (0, 0), MID),
                ("BACKGROUND", (1, 0), (1, 0), PALE),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 12),
                ("RIGHTPADDING", (1, 0), (1, 0), 12),
                ("TOPPADDING", (1, 0), (1, 0), 9),
                ("BOTTOMPADDING", (1, 0), (1, 0), 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.extend([box, Spacer(1, 10)])
        elif kind == "sec":
            story.append(Paragraph(mark(it[1]), sec_st))
        elif kind == "sub":
            story.append(Paragraph(mark(it[1]), sub_st))
        elif kind == "p":
            story.append(Paragraph(mark(it[1]), body))
        elif kind == "bullet":
            story.append(Paragraph(mark(it[1]), bullet, bulletText="\u2022"))
        elif kind == "table":
            rows = [r.split(" | ") for r in it[2]]
            data = [[Paragraph(mark(c), cellh if i == 0 else cell) for c in r]
                    for i, r in enumerate(rows)]
            widths = [2.2 * cm, (TW - 2.2 * cm) * 0.52, (TW - 2.2 * cm) * 0.48]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), BLUE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#B7C7DA")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]))
            story.append(KeepTogether([Paragraph(mark(it[1]), cap_st), t, Spacer(1, 10)]))
        elif kind == "endnotes":
            story.append(Paragraph("Endnotes", sec_st))
            for r in it[2]:
                n, text = r.split(". ", 1)
                story.append(Paragraph("%s.\u00a0\u00a0%s" % (n, mark(text)), note_st))
        elif kind == "attribution":
            story.append(Paragraph(mark(it[1]), attr_st))
        elif kind == "bio":
            inner = [Paragraph("About the Author", bio_head), Paragraph(mark(it[1]), bio_st)]
            box = Table([[inner]], colWidths=[TW])
            box.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F1F1F1")),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#BBBBBB")),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]))
            story.append(KeepTogether([box]))
        elif kind == "copyright":
            story.append(Paragraph(mark(it[1]), copy_st))
    return story


def first_page(canv, doc, meta):
    canv.saveState()
    canv.setFillColor(BLUE)
    canv.rect(0, PH - BAND, PW, BAND, stroke=0, fill=1)
    canv.setFillColor(MID)
    canv.rect(0, PH - BAND - 0.16 * cm, PW, 0.16 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 22)
    canv.drawString(LM, PH - 1.55 * cm, meta["series"])
    canv.setFont("Helvetica", 11)
    canv.drawRightString(PW - RM, PH - 1.5 * cm, "%s  |  %s" % (meta["number"], meta["date"]))
    canv.setFont("Helvetica-Bold", 8.5)
    canv.drawString(LM, PH - 2.55 * cm, meta["org"])
    canv.setFont("Helvetica", 8.5)
    canv.drawRightString(PW - RM, PH - 2.55 * cm, meta["programme"])
    footer(canv, doc, meta)
    canv.restoreState()


def later_page(canv, doc, meta):
    canv.saveState()
    short = meta["title"].split(":")[0]
    canv.setFont("Helvetica-Oblique", 8)
    canv.setFillColor(GREY)
    canv.drawString(LM, PH - 1.55 * cm, short)
    canv.drawRightString(PW - RM, PH - 1.55 * cm, "Issue Brief %s  |  %s" % (meta["number"],
                                                                          meta["date"]))
    canv.setStrokeColor(MID)
    canv.setLineWidth(0.6)
    canv.line(LM, PH - 1.72 * cm, PW - RM, PH - 1.72 * cm)
    footer(canv, doc, meta)
    canv.restoreState()


def footer(canv, doc, meta):
    canv.setStrokeColor(colors.HexColor("#B7C7DA"))
    canv.setLineWidth(0.5)
    canv.line(LM, 1.75 * cm, PW - RM, 1.75 * cm)
    canv.setFillColor(GREY)
    canv.setFont("Helvetica", 7.8)
    canv.drawString(LM, 1.3 * cm, "Antariksh Policy Forum  |  Space Governance Programme")
    canv.setFont("Helvetica-Bold", 9)
    canv.setFillColor(BLUE)
    canv.drawRightString(PW - RM, 1.3 * cm, str(doc.page))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, items = parse()
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title=meta["title"], author=meta["author"],
                          subject="Issue Brief %s, %s" % (meta["number"], meta["date"]),
                          creator="Antariksh Policy Forum", keywords="space debris, IN-SPACe, "
                          "Indian Space Policy 2023, DFSM, SSA")
    f1 = Frame(LM, BM, TW, PH - BAND - 0.9 * cm - BM, id="first", leftPadding=0,
               rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(LM, BM, TW, PH - TM - BM, id="later", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="First", frames=[f1], onPage=lambda c, d: first_page(c, d, meta)),
        PageTemplate(id="Later", frames=[f2], onPage=lambda c, d: later_page(c, d, meta)),
    ])
    story = [NextPageTemplate("Later")] + build(meta, items)
    doc.build(story)


if __name__ == "__main__":
    main()
