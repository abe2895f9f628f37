#!/usr/bin/python3
"""Re-make docs/india-arctic-factsheet-moes.pdf from tools/india-arctic-factsheet-moes.txt.

A two-page ministry factsheet made with reportlab (invariant=1, so the file is
the same byte for byte on every run): a coloured title banner with the
ministry's name on page 1, bold section headings with a rule, bullet and
numbered lists, a milestones table, a "Did you know?" box, and a footer with
the date of release, the address, the web address and the page number.

Source markup: "@key value" metadata, ":intro"/":note" paragraphs, "# " section
headings, "- " bullets (a "Label:" before the first colon is set in bold),
"1. " numbered items, "[table caption]" ... "[/table]" with "|" cells,
"[box title]" ... "[/box]" with one item a line; other lines are paragraphs.
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "india-arctic-factsheet-moes.txt")
OUT = os.path.join(HERE, "..", "docs", "india-arctic-factsheet-moes.pdf")

FONTDIR = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Arial", FONTDIR + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", FONTDIR + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Italic", FONTDIR + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Arial-BoldItalic", FONTDIR + "LiberationSans-BoldItalic.ttf"))
pdfmetrics.registerFontFamily("Arial", normal="Arial", bold="Arial-Bold", italic="Arial-Italic", boldItalic="Arial-BoldItalic")

TEAL = colors.HexColor("#0B4F6C")
ICE = colors.HexColor("#DCEEF5")
SAFFRON = colors.HexColor("#F28C28")
BOXBG = colors.HexColor("#FFF6DD")
BOXLINE = colors.HexColor("#E0A526")
GREY = colors.HexColor("#555555")

W, H = A4
LM = RM = 17 * mm
BANNER_H = 34 * mm
FOOT_H = 14 * mm

body = ParagraphStyle("body", fontName="Arial", fontSize=8.9, leading=11.5, alignment=TA_JUSTIFY, spaceAfter=4)
intro = ParagraphStyle("intro", parent=body, fontSize=9.6, leading=12.8, textColor=colors.HexColor("#1A1A1A"), spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="Arial-Bold", fontSize=11.2, leading=13.5, textColor=TEAL, spaceBefore=6, spaceAfter=2)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=11, bulletIndent=2, spaceAfter=2.5)
num = ParagraphStyle("num", parent=body, leftIndent=15, bulletIndent=3, spaceAfter=1.5, alignment=TA_LEFT)
cell = ParagraphStyle("cell", fontName="Arial", fontSize=8.6, leading=10.4)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Arial-Bold", textColor=colors.white)
caption = ParagraphStyle("caption", fontName="Arial-Bold", fontSize=9.5, leading=12, textColor=TEAL, spaceBefore=6, spaceAfter=3)
boxtitle = ParagraphStyle("boxtitle", fontName="Arial-Bold", fontSize=10.5, leading=13, textColor=colors.HexColor("#8A5A00"))
boxitem = ParagraphStyle("boxitem", parent=body, fontSize=8.9, leading=11.6, leftIndent=10, bulletIndent=0, spaceAfter=1.5, alignment=TA_LEFT)
qstyle = ParagraphStyle("q", parent=body, textColor=TEAL, spaceAfter=1, spaceBefore=2)
astyle = ParagraphStyle("a", parent=body, leftIndent=11, spaceAfter=3)
note = ParagraphStyle("note", parent=body, fontName="Arial-Italic", fontSize=7.8, leading=10, textColor=GREY, spaceBefore=6)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parse(path):
    meta, items = {}, []
    block = None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if block is not None:
            if line in ("[/table]", "[/box]"):
                items.append(block)
                block = None
            elif line.strip():
                block[2].append(line)
            continue
        if not line.strip():
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.startswith(":intro "):
            items.append(("intro", line[7:]))
        elif line.startswith(":note "):
            items.append(("note", line[6:]))
        elif line.startswith("Q: "):
            items.append(("q", line[3:]))
        elif line.startswith("A: "):
            items.append(("a", line[3:]))
        elif line.startswith("# "):
            items.append(("h1", line[2:]))
        elif line.startswith("- "):
            items.append(("bullet", line[2:]))
        elif line[:1].isdigit() and line[1:3] == ". ":
            items.append(("num", line))
        elif line.startswith("[table "):
            block = ("table", line[7:-1], [])
        elif line.startswith("[box "):
            block = ("box", line[5:-1], [])
        else:
            items.append(("p", line))
    return meta, items


def labelled(text):
    head, sep, rest = text.partition(": ")
    if sep and len(head) < 60:
        return "<b>%s:</b> %s" % (esc(head), esc(rest))
    return esc(text)


def story_from(items):
    st = []
    for it in items:
        kind = it[0]
        if kind == "intro":
            st.append(Paragraph(esc(it[1]), intro))
        elif kind == "h1":
            st.append(Paragraph(esc(it[1]), h1))
            st.append(Table([[""]], colWidths=[W - LM - RM], rowHeights=[1.2],
                            style=TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.8, SAFFRON),
                                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])))
            st.append(Spacer(1, 3))
        elif kind == "bullet":
            st.append(Paragraph(labelled(it[1]), bullet, bulletText="\u25aa"))
        elif kind == "num":
            n, _, rest = it[1].partition(". ")
            st.append(Paragraph(esc(rest), num, bulletText=n + "."))
        elif kind == "p":
            st.append(Paragraph(esc(it[1]), body))
        elif kind == "q":
            st.append(Paragraph("<b>Q. %s</b>" % esc(it[1]), qstyle))
        elif kind == "a":
            st.append(Paragraph(esc(it[1]), astyle))
        elif kind == "note":
            st.append(Paragraph(esc(it[1]), note))
        elif kind == "table":
            _, cap, rows = it
            data = []
            for i, r in enumerate(rows):
                cells = [c.strip() for c in r.split("|")]
                sty = cellb if i == 0 else cell
                data.append([Paragraph(esc(c), sty) for c in cells])
            t = Table(data, colWidths=[18 * mm, W - LM - RM - 18 * mm], repeatRows=1)
            ts = [("BACKGROUND", (0, 0), (-1, 0), TEAL),
                  ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB7C3")),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                  ("LEFTPADDING", (0, 0), (-1, -1), 5)]
            for i in range(1, len(data)):
                if i % 2 == 0:
                    ts.append(("BACKGROUND", (0, i), (-1, i), ICE))
            t.setStyle(TableStyle(ts))
            st.append(KeepTogether([Paragraph(esc(cap), caption), t, Spacer(1, 5)]))
        elif kind == "box":
            _, title, lines = it
            inner = [Paragraph(esc(title), boxtitle), Spacer(1, 2)]
            for ln in lines:
                inner.append(Paragraph(esc(ln), boxitem, bulletText="\u2022"))
            bx = Table([[inner]], colWidths=[W - LM - RM])
            bx.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BOXBG),
                                    ("BOX", (0, 0), (-1, -1), 1.1, BOXLINE),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                    ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            st.append(Spacer(1, 4))
            st.append(bx)
            st.append(Spacer(1, 2))
    return st


def make(meta, items):
    def footer(c, doc):
        c.saveState()
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.8)
        c.line(LM, FOOT_H, W - RM, FOOT_H)
        c.setFont("Arial-Bold", 7.6)
        c.setFillColor(TEAL)
        c.drawString(LM, FOOT_H - 10, meta["release"])
        c.setFont("Arial-Bold", 7.6)
        c.drawRightString(W - RM, FOOT_H - 10, meta["web"])
        c.setFont("Arial", 7.2)
        c.setFillColor(GREY)
        c.drawString(LM, FOOT_H - 20, meta["address"])
        c.drawRightString(W - RM, FOOT_H - 20, "Page %d of 2" % doc.page)
        c.restoreState()

    def first(c, doc):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, H - BANNER_H, W, BANNER_H, stroke=0, fill=1)
        c.setFillColor(SAFFRON)
        c.rect(0, H - BANNER_H - 2.2 * mm, W, 2.2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Arial-Bold", 9)
        c.drawString(LM, H - 10 * mm, meta["ministry"])
        c.setFont("Arial-Bold", 24)
        c.drawString(LM, H - 21 * mm, meta["title"])
        c.setFont("Arial", 12)
        c.drawString(LM, H - 28 * mm, meta["subtitle"])
        c.setFont("Arial-Bold", 8.5)
        c.setFillColor(ICE)
        c.drawRightString(W - RM, H - 28 * mm, meta["series"])
        # a simple globe-and-ice mark in the banner's right corner
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.2)
        cx, cy, r = W - RM - 11 * mm, H - 14 * mm, 7.5 * mm
        c.circle(cx, cy, r, stroke=1, fill=0)
        c.ellipse(cx - r * 0.45, cy - r, cx + r * 0.45, cy + r, stroke=1, fill=0)
        c.line(cx - r, cy, cx + r, cy)
        c.setFillColor(ICE)
        c.wedge(cx - r, cy - r, cx + r, cy + r, 40, 100, stroke=0, fill=1)
        c.restoreState()
        footer(c, doc)

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=14 * mm, bottomMargin=FOOT_H + 4 * mm,
                          title=meta["pdftitle"], author=meta["pdfauthor"], subject=meta["pdfsubject"],
                          creator="Ministry of Earth Sciences", producer="ReportLab PDF Library - www.reportlab.com",
                          invariant=1)
    f1 = Frame(LM, FOOT_H + 4 * mm, W - LM - RM, H - BANNER_H - 6 * mm - FOOT_H - 4 * mm, id="f1",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(LM, FOOT_H + 4 * mm, W - LM - RM, H - 14 * mm - FOOT_H - 4 * mm, id="f2",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=first, autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=[f2], onPage=footer)])
    doc.build(story_from(items))


def main():
    meta, items = parse(SRC)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    make(meta, items)


if __name__ == "__main__":
    main()
