#!/usr/bin/python3
"""Make docs/compass-nov-2025-accords-feature.pdf from tools/compass-nov-2025-accords-feature.txt.

The PDF imitates three pages (22-24) of a coaching institute's monthly current-affairs
magazine: a dark masthead band on every page (magazine name, issue, section flag), a kicker,
a 34-point headline, an italic deck and a byline with the GS-paper tags across the top of the
first page; then the article in two justified columns (reportlab's BalancedColumns, so the
last page's columns end level): a lead paragraph with a raised initial, sans-serif crossheads
in the section colour, shaded sidebar boxes with a coloured rule ("AT A GLANCE", "PRELIMS
POINTERS", "MAINS MATRIX"), a grey photo placeholder with an italic caption, a pull quote
between rules that repeats a line of the text, a full-width "ACCORD TRACKER" table with a
coloured header row, a half-page advertisement for the institute (with a QR-code placeholder) filling the rest of
the last page, and a footer
with the page number on the outer edge and the website.

Source markup: "@kicker", "@headline", "@deck", "@byline", "@lead", "@p", "@h" crosshead,
"@box TITLE" ... "@endbox" ("- " bullets, "1. " numbers, other lines plain), "@photo caption",
"@quote", "@table TITLE" ... "@endtable" ("|" rows, the first the header), "@ad a | b | ..."
(the advertisement: headline, sub-headline, small lines, a bold last line).
Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.flowables import BalancedColumns, ImageAndFlowables, KeepTogether

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "compass-nov-2025-accords-feature.txt")
OUT = os.path.join(HERE, "..", "docs", "compass-nov-2025-accords-feature.pdf")

PW, PH = A4
LM = RM = 40
TOP = PH - 62          # frames start under the masthead band
BOTTOM = 46            # and stop above the footer
TW = PW - LM - RM
FIRST_PAGE = 22

TEAL = colors.HexColor("#0B5563")
TINT = colors.HexColor("#E6F0F1")
GREY = colors.HexColor("#5A5A5A")

kicker_st = ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=8.5, leading=11,
                           textColor=TEAL, spaceAfter=4)
headline_st = ParagraphStyle("headline", fontName="Times-Bold", fontSize=34, leading=37,
                             spaceAfter=6)
deck_st = ParagraphStyle("deck", fontName="Times-Italic", fontSize=12.5, leading=15.5,
                         textColor=colors.HexColor("#333333"), spaceAfter=7)
byline_st = ParagraphStyle("byline", fontName="Helvetica", fontSize=7.8, leading=10,
                           textColor=GREY, spaceAfter=10)
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.6,
                      alignment=TA_JUSTIFY, firstLineIndent=10)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
lead_st = ParagraphStyle("lead", parent=body0, fontSize=10.6, leading=13.2)
cross_st = ParagraphStyle("cross", fontName="Helvetica-Bold", fontSize=9.8, leading=12,
                          textColor=TEAL, spaceBefore=7, spaceAfter=2.5)
box_title = ParagraphStyle("boxt", fontName="Helvetica-Bold", fontSize=8.4, leading=10.5,
                           textColor=TEAL, spaceAfter=3)
box_item = ParagraphStyle("boxi", fontName="Helvetica", fontSize=7.9, leading=9.9,
                          leftIndent=10, bulletIndent=0, spaceAfter=2, alignment=TA_LEFT,
                          bulletFontName="Helvetica-Bold", bulletFontSize=7.9)
box_para = ParagraphStyle("boxp", parent=box_item, leftIndent=0)
caption_st = ParagraphStyle("cap", fontName="Helvetica-Oblique", fontSize=7.2, leading=8.8,
                            textColor=GREY, spaceBefore=2, spaceAfter=6)
quote_st = ParagraphStyle("quote", fontName="Times-BoldItalic", fontSize=13.5, leading=16.5,
                          textColor=TEAL, alignment=TA_CENTER)
cell_st = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.6, leading=9.2)
cellh_st = ParagraphStyle("cellh", parent=cell_st, fontName="Helvetica-Bold",
                          textColor=colors.white)
tabtitle_st = ParagraphStyle("tabt", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                             textColor=TEAL, spaceBefore=10, spaceAfter=4)
ad_big = ParagraphStyle("adbig", fontName="Helvetica-Bold", fontSize=15, leading=18,
                        textColor=colors.white, alignment=TA_CENTER)
ad_small = ParagraphStyle("adsmall", fontName="Helvetica", fontSize=8.6, leading=11,
                          textColor=colors.white, alignment=TA_CENTER)


def esc(s):
    return escape(s)


class DropCap(Flowable):
    """A two-line drop initial; ImageAndFlowables wraps the lead paragraph round it."""

    def __init__(self, letter, size=27):
        super().__init__()
        self.letter, self.size = letter, size

    def wrap(self, aw, ah):
        self.width = self.canv_w = pdfmetrics.stringWidth(self.letter, "Times-Bold", self.size) + 3
        self.height = 2 * lead_st.leading
        return self.width, self.height

    def _restrictSize(self, aw, ah):
        return self.wrap(aw, ah)

    def _unRestrictSize(self):
        pass

    def draw(self):
        self.canv.setFillColor(TEAL)
        self.canv.setFont("Times-Bold", self.size)
        self.canv.drawString(0, 1.5, self.letter)


class PhotoBox(Flowable):
    """A grey photo placeholder the way a layout proof leaves it."""

    def __init__(self, height):
        super().__init__()
        self.h = height

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#C9CED1"))
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#B3B9BD"))
        c.rect(0, 0, self.w, self.h * 0.38, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(0.6)
        for k in range(6):
            x = self.w * (0.12 + k * 0.14)
            c.line(x, self.h * 0.38, x + 6, self.h * 0.70)


def box(title, lines, width=None):
    items = [Paragraph(esc(title), box_title)]
    for ln in lines:
        if ln.startswith("- "):
            items.append(Paragraph(esc(ln[2:]), box_item, bulletText="\u2022"))
        elif ln[:1].isdigit() and ln[1:3] == ". ":
            items.append(Paragraph(esc(ln[3:]), box_item, bulletText=ln[:2]))
        else:
            items.append(Paragraph(esc(ln), box_para))
    t = Table([[items]], colWidths=[width] if width else None)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 2.2, TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 6)]


def quote(text):
    t = Table([[Paragraph(esc(text), quote_st)]])
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, TEAL), ("LINEBELOW", (0, -1), (-1, -1), 1.2, TEAL),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [Spacer(1, 5), t, Spacer(1, 7)]


def tracker(title, rows):
    data = [[Paragraph(esc(c), cellh_st) for c in rows[0]]]
    data += [[Paragraph(esc(c), cell_st) for c in r] for r in rows[1:]]
    t = Table(data, colWidths=[62, 92, 150, TW - 304], repeatRows=1)
    st = [("BACKGROUND", (0, 0), (-1, 0), TEAL),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#9FB7BC")),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
          ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    for i in range(2, len(data), 2):
        st.append(("BACKGROUND", (0, i), (-1, i), TINT))
    t.setStyle(TableStyle(st))
    return [KeepTogether([Paragraph(esc(title), tabtitle_st), t])]


class Advert(Flowable):
    """The institute's own half-page advertisement under the article."""

    def __init__(self, parts, height=440):
        super().__init__()
        self.parts, self.h = parts, height

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h

    def draw(self):
        c, w, h = self.canv, self.w, self.h
        c.setFillColor(colors.HexColor("#B4372B"))
        c.setStrokeColor(colors.HexColor("#7E2118"))
        c.setLineWidth(2)
        c.rect(0, 0, w, h, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#F6C343"))
        c.rect(0, h - 10, w, 10, stroke=0, fill=1)
        cx = (w - 120) / 2
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 32)
        c.drawCentredString(cx, h - 62, self.parts[0])
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(cx, h - 94, self.parts[1])
        y = h - 138
        c.setFont("Helvetica", 11)
        for line in self.parts[2:-1]:
            c.drawCentredString(cx, y, line)
            y -= 24
        c.setFillColor(colors.HexColor("#F6C343"))
        c.rect(24, 34, w - 170, 34, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#7E2118"))
        c.setFont("Helvetica-Bold", 12.5)
        c.drawCentredString(24 + (w - 170) / 2, 46, self.parts[-1])
        # QR-code placeholder
        qx, qy, q = w - 128, 120, 104
        c.setFillColor(colors.white)
        c.rect(qx, qy, q, q, stroke=0, fill=1)
        c.setFillColor(colors.black)
        cell = q / 21.0
        for i in range(21):
            for j in range(21):
                corner = (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7)
                if corner:
                    ring = max(abs(i - (3 if i < 7 else 17)), abs(j - (3 if j < 7 else 17)))
                    on = ring in (0, 1, 3)
                else:
                    on = (i * 7 + j * 11 + i * j) % 5 < 2
                if on:
                    c.rect(qx + j * cell, qy + (20 - i) * cell, cell, cell, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 8)
        c.drawCentredString(qx + q / 2, qy - 14, "Scan to register")


def advert(parts):
    return [Spacer(1, 14), Advert(parts)]


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = [ln for ln in f.read().split("\n") if ln.strip()]
    head, cols, after = [], [], []
    first_para = True
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        tag, _, rest = ln.partition(" ")
        if tag == "@kicker":
            head.append(Paragraph(esc(rest), kicker_st))
        elif tag == "@headline":
            head.append(Paragraph(esc(rest), headline_st))
        elif tag == "@deck":
            head.append(Paragraph(esc(rest), deck_st))
        elif tag == "@byline":
            head.append(Paragraph(esc(rest), byline_st))
        elif tag == "@lead":
            cols.append(ImageAndFlowables(DropCap(rest[0]), [Paragraph(esc(rest[1:]), lead_st)],
                                          imageLeftPadding=0, imageRightPadding=2,
                                          imageTopPadding=0, imageBottomPadding=0,
                                          imageSide="left"))
            first_para = False
        elif tag == "@p":
            cols.append(Paragraph(esc(rest), body0 if first_para else body))
            first_para = False
        elif tag == "@h":
            cols.append(Paragraph(esc(rest), cross_st))
            first_para = True
        elif tag == "@box":
            items = []
            while lines[i] != "@endbox":
                items.append(lines[i])
                i += 1
            i += 1
            cols.extend(box(rest, items))
        elif tag == "@photo":
            cols.append(Spacer(1, 3))
            cols.append(PhotoBox(96))
            cols.append(Paragraph(esc(rest), caption_st))
        elif tag == "@quote":
            cols.extend(quote(rest))
        elif tag == "@table":
            rows = []
            while lines[i] != "@endtable":
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            i += 1
            after.extend(tracker(rest, rows))
        elif tag == "@ad":
            after.extend(advert([p.strip() for p in rest.split("|")]))
        else:
            raise ValueError("unknown line: %r" % ln)
    return head, cols, after


def on_page(canv, doc):
    n = FIRST_PAGE + doc.page - 1
    canv.saveState()
    # masthead band
    canv.setFillColor(TEAL)
    canv.rect(0, PH - 34, PW, 34, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 13)
    canv.drawString(LM, PH - 22, "CIVILS COMPASS")
    canv.setFont("Helvetica", 8)
    canv.drawRightString(PW - RM, PH - 21, "Monthly Current Affairs  |  NOVEMBER 2025  |  Vol. 9, Issue 11")
    canv.setFillColor(TEAL)
    canv.setFont("Helvetica-Bold", 7.5)
    canv.drawRightString(PW - RM, PH - 47, "POLITY & GOVERNANCE")
    canv.setStrokeColor(TEAL)
    canv.setLineWidth(0.6)
    canv.line(LM, PH - 51, PW - RM, PH - 51)
    # footer
    canv.setLineWidth(0.4)
    canv.line(LM, 36, PW - RM, 36)
    canv.setFont("Helvetica-Bold", 11)
    canv.setFillColor(TEAL)
    if n % 2 == 0:
        canv.drawString(LM, 22, str(n))
        canv.setFont("Helvetica", 7.2)
        canv.setFillColor(GREY)
        canv.drawString(LM + 22, 23, "civilscompass.in")
        canv.drawRightString(PW - RM, 23, "Civils Compass  \u00b7  November 2025")
    else:
        canv.drawRightString(PW - RM, 22, str(n))
        canv.setFont("Helvetica", 7.2)
        canv.setFillColor(GREY)
        canv.drawString(LM, 23, "Civils Compass  \u00b7  November 2025")
        canv.drawRightString(PW - RM - 22, 23, "civilscompass.in")
    canv.restoreState()


def main():
    head, cols, after = parse()
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=PH - TOP, bottomMargin=BOTTOM,
                          title="Peace by Paragraph | Civils Compass November 2025",
                          author="Civils Compass", subject="Polity & Governance",
                          creator="Adobe InDesign 19.5 (Windows)")
    frame = Frame(LM, BOTTOM, TW, TOP - BOTTOM, id="page", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="mag", frames=[frame], onPage=on_page)])
    story = head + [BalancedColumns(cols, nCols=2, spaceBefore=0, spaceAfter=0,
                                    innerPadding=8, leftPadding=0, rightPadding=0,
                                    topPadding=0, bottomPadding=0)] + after
    doc.build(story)


if __name__ == "__main__":
    main()
