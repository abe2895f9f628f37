#!/usr/bin/python3
"""Make docs/crz-amendment-gazette-2025.pdf from tools/crz-amendment-gazette-2025.txt.

The PDF imitates a notification of the Gazette of India, Extraordinary, Part II, Section 3,
Sub-section (ii) as the e-Gazette site serves it: page 1 carries the bilingual masthead
(registration numbers in Hindi and English, the CG-DL-E document id, "भारत का राजपत्र" and
"The Gazette of India", EXTRAORDINARY, the Part line, PUBLISHED BY AUTHORITY, and the
ruled "No. ...] NEW DELHI, ..." line with the Saka date); later pages carry the running head
"THE GAZETTE OF INDIA : EXTRAORDINARY" with the page number on the outer side and
"[PART II—SEC. 3(ii)]" on the inner side, ruled off. The text: ministry, NOTIFICATION, place
and date, the S.O. number run into the first recital, "And whereas" recitals, the enacting
formula, numbered paragraphs with clauses (a), (b) and sub-clauses (i), (ii) in hanging
indents, quoted new sub-paragraphs, a fully ruled five-column TABLE of zones, "Explanation.—"
paragraphs, the file number and the signing officer on the right, and the closing Note on the
principal notification in small type. The last page ends with the Government of India Press
"Uploaded by ..." line and the digital-signature stamp of the uploading officer.

Hindi lines are set in Lohit Devanagari (without shaping, as reportlab 3.6 draws them).

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUT]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import io
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "crz-amendment-gazette-2025.txt")
OUT = os.path.join(HERE, "..", "docs", "crz-amendment-gazette-2025.pdf")
LOHIT = "/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf"

pdfmetrics.registerFont(TTFont("Lohit", LOHIT))

PW, PH = A4
LM = RM = 2.1 * cm
TM = 2.0 * cm
BM = 2.0 * cm
TW = PW - LM - RM
MAST_H = 7.3 * cm          # height of the page-1 masthead above the text frame

base = ParagraphStyle("base", fontName="Times-Roman", fontSize=10.5, leading=13.2,
                      alignment=TA_JUSTIFY, spaceAfter=4)
rec = ParagraphStyle("rec", parent=base, firstLineIndent=24)
clause = ParagraphStyle("clause", parent=base, leftIndent=48, firstLineIndent=-24)
sub = ParagraphStyle("sub", parent=base, leftIndent=78, firstLineIndent=-30)
quote = ParagraphStyle("quote", parent=base, leftIndent=24, firstLineIndent=24)
expl = ParagraphStyle("expl", parent=base, leftIndent=24, firstLineIndent=24)
head_b = ParagraphStyle("headb", parent=base, fontName="Times-Bold", fontSize=11, leading=14,
                        alignment=TA_CENTER, spaceAfter=3)
head_r = ParagraphStyle("headr", parent=head_b, fontName="Times-Roman", fontSize=10.5,
                        spaceAfter=8)
right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT, spaceBefore=6, spaceAfter=2)
sign = ParagraphStyle("sign", parent=right, fontName="Times-Bold", spaceBefore=0, spaceAfter=10)
note = ParagraphStyle("note", parent=base, fontSize=9, leading=11.2, firstLineIndent=0)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9, leading=11)
cellh = ParagraphStyle("cellh", parent=cell, fontName="Times-Bold", alignment=TA_CENTER)


def conv(s):
    """Source text to reportlab markup: dashes and TeX-style quotes."""
    s = escape(s)
    s = s.replace("---", "\u2014")
    s = s.replace("``", "\u201c").replace("''", "\u201d")
    s = s.replace("`", "\u2018").replace("'", "\u2019")
    return s


def read_source():
    meta, body = {}, []
    in_body = False
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("%"):
            continue
        if not in_body and line.startswith("@"):
            key, _, val = line[1:].partition(" ")
            if key == "body":
                in_body = True
            else:
                meta[key] = val
            continue
        if in_body and line.strip():
            body.append(line)
    return meta, body


def story_from(body):
    story, table = [], None
    for line in body:
        if table is not None:
            if line == "@endtable":
                data = [[Paragraph(conv(c), cellh if i == 0 else cell) for c in r.split(" | ")]
                        for i, r in enumerate(table)]
                widths = [1.1 * cm, 1.7 * cm, 5.9 * cm, 4.7 * cm]
                widths.append(TW - sum(widths))
                t = Table(data, colWidths=widths, repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]))
                story.extend([t, Spacer(1, 6)])
                table = None
            else:
                table.append(line)
            continue
        if line == "@table":
            table = []
            continue
        code, text = line.split(" ", 1)
        t = conv(text)
        if code == "H":
            if text.startswith("New Delhi"):
                story.append(Paragraph(t, head_r))
            else:
                story.append(Paragraph(t, head_b))
        elif code in ("P", "N"):
            t = re.sub(r"^(S\.O\. \d+\(E\)\.)", r"<b>\1</b>", t)
            t = re.sub(r"^(\d+\. )([^.\u2014]+\.\u2014)", r"\1<i>\2</i>", t)
            story.append(Paragraph(t, rec))
        elif code == "C":
            story.append(Paragraph(t, clause))
        elif code == "S":
            story.append(Paragraph(t, sub))
        elif code == "Q":
            story.append(Paragraph(t, quote))
        elif code == "E":
            t = t.replace("Explanation.", "<i>Explanation</i>.", 1)
            story.append(Paragraph(t, expl))
        elif code == "R":
            story.append(Paragraph(t, right))
        elif code == "G":
            story.append(Paragraph(t, sign))
        elif code == "F":
            t = t.replace("Note.", "<b>Note</b>.", 1)
            story.append(KeepTogether([Spacer(1, 4), Paragraph(t, note)]))
    return story


class Gazette:
    def __init__(self, meta, total):
        self.m = meta
        self.total = total

    def hi(self, canv, size, x, y, text, align="l"):
        canv.setFont("Lohit", size)
        text = text.replace("---", "\u2014")
        if align == "c":
            canv.drawCentredString(x, y, text)
        elif align == "r":
            canv.drawRightString(x, y, text)
        else:
            canv.drawString(x, y, text)

    def first_page(self, canv, doc):
        m = self.m
        canv.saveState()
        top = PH - 1.3 * cm
        self.hi(canv, 8, LM, top, m["regd_hi"])
        canv.setFont("Times-Roman", 8.5)
        canv.drawRightString(PW - RM, top, m["regd"])
        # document ids either side of the emblem's place
        y = top - 0.75 * cm
        self.hi(canv, 7.5, LM + 1.2 * cm, y, m["id_hi"])
        canv.setFont("Helvetica", 7.5)
        canv.drawRightString(PW - RM - 1.2 * cm, y, m["id"])
        # a plain seal in place of the State Emblem image
        canv.setLineWidth(0.6)
        canv.circle(PW / 2, y + 3, 13, stroke=1, fill=0)
        canv.circle(PW / 2, y + 3, 9.5, stroke=1, fill=0)
        y -= 1.05 * cm
        self.hi(canv, 20, PW / 2, y, m["title_hi"], "c")
        y -= 0.95 * cm
        canv.setFont("Times-BoldItalic", 24)
        canv.drawCentredString(PW / 2, y, m["title"])
        y -= 0.75 * cm
        self.hi(canv, 11, PW / 2, y, m["extra_hi"], "c")
        y -= 0.48 * cm
        canv.setFont("Times-Bold", 11)
        canv.drawCentredString(PW / 2, y, m["extra"])
        y -= 0.55 * cm
        self.hi(canv, 9.5, PW / 2, y, m["part_hi"], "c")
        y -= 0.42 * cm
        canv.setFont("Times-Roman", 9.5)
        canv.drawCentredString(PW / 2, y, m["part"].replace("---", "\u2014"))
        y -= 0.5 * cm
        self.hi(canv, 9.5, PW / 2, y, m["auth_hi"], "c")
        y -= 0.42 * cm
        canv.setFont("Times-Bold", 9.5)
        canv.drawCentredString(PW / 2, y, m["auth"])
        y -= 0.3 * cm
        canv.setLineWidth(1.2)
        canv.line(LM, y, PW - RM, y)
        y -= 0.45 * cm
        no_hi, date_hi = m["no_hi"].split("|")
        self.hi(canv, 9.5, LM, y, no_hi)
        self.hi(canv, 9.5, PW - RM, y, date_hi, "r")
        y -= 0.45 * cm
        no, date = m["no"].split("|")
        canv.setFont("Times-Bold", 9.5)
        canv.drawString(LM, y, no)
        canv.drawRightString(PW - RM, y, date)
        y -= 0.22 * cm
        canv.setLineWidth(1.2)
        canv.line(LM, y, PW - RM, y)
        canv.setLineWidth(0.4)
        canv.line(LM, y - 2, PW - RM, y - 2)
        canv.restoreState()
        self.last_page_bits(canv, doc)

    def later_page(self, canv, doc):
        m = self.m
        n = doc.page
        canv.saveState()
        y = PH - 1.35 * cm
        part = m["runpart"].replace("---", "\u2014")
        if n % 2 == 0:
            canv.setFont("Times-Roman", 9)
            canv.drawString(LM, y, str(n))
            canv.drawRightString(PW - RM, y, part)
        else:
            canv.setFont("Times-Roman", 9)
            canv.drawString(LM, y, part)
            canv.drawRightString(PW - RM, y, str(n))
        canv.setFont("Times-Roman", 9)
        canv.drawCentredString(PW / 2, y, m["runhead"])
        canv.setLineWidth(0.5)
        canv.line(LM, y - 4, PW - RM, y - 4)
        canv.restoreState()
        self.last_page_bits(canv, doc)

    def last_page_bits(self, canv, doc):
        if doc.page != self.total:
            return
        m = self.m
        canv.saveState()
        p = Paragraph(escape(m["upload"]), ParagraphStyle(
            "up", fontName="Times-Roman", fontSize=8, leading=9.6, alignment=TA_JUSTIFY))
        w, h = p.wrap(TW - 5.2 * cm, 3 * cm)
        p.drawOn(canv, LM, 1.15 * cm)
        name, when = m["signer"].split("|")
        x0, y0 = PW - RM - 4.8 * cm, 0.95 * cm
        canv.setStrokeColor(colors.HexColor("#1F7A1F"))
        canv.setLineWidth(0.6)
        canv.rect(x0, y0, 4.8 * cm, 1.15 * cm, stroke=1, fill=0)
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica-Bold", 7.5)
        canv.drawString(x0 + 4, y0 + 0.8 * cm, name)
        canv.setFont("Helvetica", 6.5)
        canv.drawString(x0 + 4, y0 + 0.5 * cm, "Digitally signed by %s" % name)
        canv.drawString(x0 + 4, y0 + 0.22 * cm, "Date: %s" % when)
        canv.restoreState()


def build(out, meta, body, total):
    g = Gazette(meta, total)
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="Gazette of India, Extraordinary, No. 1981",
                          author="Government of India Press", subject="S.O. 2189(E)",
                          creator="e-Gazette", producer="e-Gazette PDF", invariant=1)
    first = Frame(LM, BM + 0.6 * cm, TW, PH - TM - BM - MAST_H - 0.6 * cm, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="first")
    later = Frame(LM, BM + 0.6 * cm, TW, PH - TM - BM - 0.6 * cm, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="later")
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[first], onPage=g.first_page, autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later], onPage=g.later_page),
    ])
    doc.build(story_from(body))
    return doc.page


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, body = read_source()
    total = build(io.BytesIO(), meta, body, 0)
    build(out, meta, body, total)


if __name__ == "__main__":
    main()
