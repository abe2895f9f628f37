#!/usr/bin/python3
"""Make docs/rbi-circular-ppirp-msme.pdf from tools/rbi-circular-ppirp-msme.txt.

The circular imitates a Reserve Bank of India circular as printed to PDF: on page 1 the
letterhead (the bank's name in Hindi left of a round emblem and in English right of it, the
website below, a rule), the RBI/2024-25/NN reference with the department's reference and the
date on the line below it (date flush right), the addressees, "Madam / Dear Sir,", a bold
centred subject, and at the foot of page 1 the department's address in Hindi and English with
telephone and e-mail, the "Hindi is easy" line and the caution against fraudulent e-mails;
numbered paragraphs with hanging numbers, sub-paragraphs (i), (ii) with hanging numerals, bold
underlined side headings, an indented note, "Yours faithfully," with the signing officer's
name in brackets and designation, "Encl.: Annex"; the Annex on a new page with a gridded table
(shaded bold header row); page numbers from page 2.

Fonts: Liberation Sans (Arial's metrics) for the text, Lohit Devanagari for the Hindi lines and
DejaVu Sans for the rupee sign, all embedded as subsets from /usr/share/fonts/truetype.
Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "rbi-circular-ppirp-msme.txt")
OUT = os.path.join(HERE, "..", "docs", "rbi-circular-ppirp-msme.pdf")
FONTS = "/usr/share/fonts/truetype"

pdfmetrics.registerFont(TTFont("LibSans", FONTS + "/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-Bold", FONTS + "/liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-Italic", FONTS + "/liberation/LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-BoldItalic",
                               FONTS + "/liberation/LiberationSans-BoldItalic.ttf"))
pdfmetrics.registerFontFamily("LibSans", normal="LibSans", bold="LibSans-Bold",
                              italic="LibSans-Italic", boldItalic="LibSans-BoldItalic")
pdfmetrics.registerFont(TTFont("Lohit", FONTS + "/lohit-devanagari/Lohit-Devanagari.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu", FONTS + "/dejavu/DejaVuSans.ttf"))

PW, PH = A4
LM = RM = 2.5 * cm
TW = PW - LM - RM
TOP1 = 5.2 * cm      # letterhead height on page 1
BOT1 = 3.6 * cm      # page-1 footer block
TOP = 2.3 * cm
BOT = 2.2 * cm

body = ParagraphStyle("body", fontName="LibSans", fontSize=11, leading=15.2, alignment=TA_JUSTIFY,
                      spaceAfter=7)
para = ParagraphStyle("para", parent=body, leftIndent=0.8 * cm, bulletIndent=0,
                      bulletFontName="LibSans", bulletFontSize=11)
sub = ParagraphStyle("sub", parent=body, leftIndent=1.9 * cm, bulletIndent=0.8 * cm,
                     bulletFontName="LibSans", bulletFontSize=11, spaceAfter=5)
note = ParagraphStyle("note", parent=body, leftIndent=0.8 * cm, rightIndent=0.4 * cm,
                      fontName="LibSans-Italic", fontSize=10.5, leading=14)
head = ParagraphStyle("head", parent=body, fontName="LibSans-Bold", spaceBefore=4, spaceAfter=5,
                      alignment=TA_LEFT)
plain = ParagraphStyle("plain", parent=body, alignment=TA_LEFT, spaceAfter=0)
subject = ParagraphStyle("subject", parent=body, fontName="LibSans-Bold", alignment=TA_CENTER,
                         spaceBefore=6, spaceAfter=12, leftIndent=0.6 * cm, rightIndent=0.6 * cm)
annex_h = ParagraphStyle("annexh", parent=body, fontName="LibSans-Bold", fontSize=12,
                         alignment=TA_CENTER, spaceAfter=4)
caption = ParagraphStyle("caption", parent=body, fontName="LibSans-Bold", alignment=TA_CENTER,
                         spaceAfter=10)
cell = ParagraphStyle("cell", fontName="LibSans", fontSize=9.5, leading=12, alignment=TA_LEFT)
cellh = ParagraphStyle("cellh", parent=cell, fontName="LibSans-Bold")
small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12, alignment=TA_LEFT)


def mk(s):
    """Source text to reportlab markup: escape, **bold**, curly quotes, the rupee sign."""
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(^|[\s(])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    s = s.replace("\u20b9", '<font name="DejaVu">\u20b9</font>')
    return s


def emblem(c, x, y, r):
    """A plain stand-in for the bank's round emblem (drawn, no text)."""
    c.saveState()
    c.setStrokeColor(colors.HexColor("#1F3864"))
    c.setLineWidth(1.2)
    c.circle(x, y, r)
    c.setLineWidth(0.5)
    c.circle(x, y, r - 3)
    c.setFillColor(colors.HexColor("#1F3864"))
    # palm tree
    c.line(x, y - r * 0.55, x, y + r * 0.35)
    for dx, dy in ((-0.35, 0.2), (0.35, 0.2), (-0.25, 0.45), (0.25, 0.45)):
        c.line(x, y + r * 0.35, x + r * dx, y + r * dy)
    # tiger, as a low body with legs
    c.ellipse(x - r * 0.45, y - r * 0.5, x + r * 0.25, y - r * 0.3, fill=1, stroke=0)
    c.restoreState()


def first_page(c, doc):
    c.saveState()
    top = PH - 1.3 * cm
    emblem(c, PW / 2, top - 0.9 * cm, 0.85 * cm)
    c.setFillColor(colors.HexColor("#1F3864"))
    c.setFont("Lohit", 15)
    c.drawRightString(PW / 2 - 1.3 * cm, top - 1.05 * cm, "भारतीय रिज़र्व बैंक")
    c.setFont("LibSans-Bold", 13)
    c.drawString(PW / 2 + 1.3 * cm, top - 1.05 * cm, "RESERVE BANK OF INDIA")
    c.setFont("LibSans", 9)
    c.drawCentredString(PW / 2, top - 2.25 * cm, "www.rbi.org.in")
    c.setStrokeColor(colors.HexColor("#1F3864"))
    c.setLineWidth(0.8)
    c.line(LM, top - 2.5 * cm, PW - RM, top - 2.5 * cm)
    # foot of page 1
    c.setFillColor(colors.black)
    c.setLineWidth(0.5)
    y = BOT1 - 0.5 * cm
    c.line(LM, y + 0.3 * cm, PW - RM, y + 0.3 * cm)
    c.setFont("Lohit", 7.5)
    c.drawCentredString(PW / 2, y, "विनियमन विभाग, केंद्रीय कार्यालय, 12वीं मंज़िल, केंद्रीय कार्यालय भवन, "
                        "शहीद भगत सिंह मार्ग, फोर्ट, मुंबई - 400001")
    c.setFont("LibSans", 7.5)
    c.drawCentredString(PW / 2, y - 0.38 * cm, "Department of Regulation, Central Office, 12th Floor, "
                        "Central Office Building, Shahid Bhagat Singh Marg, Fort, Mumbai - 400001")
    c.drawCentredString(PW / 2, y - 0.74 * cm, "Tel No: 022-2260 1000   Fax No: 022-2270 5691   "
                        "Email: cgmdor@rbi.org.in")
    c.setFont("Lohit", 8)
    c.drawCentredString(PW / 2, y - 1.16 * cm, "हिंदी आसान है, इसका प्रयोग बढ़ाइए")
    c.setFont("LibSans-Italic", 6.8)
    c.drawCentredString(PW / 2, y - 1.56 * cm, "Caution: RBI never sends mails, SMSs or makes calls "
                        "asking for personal information like bank account details, passwords, etc. "
                        "It never keeps or offers funds to anyone.")
    c.drawCentredString(PW / 2, y - 1.86 * cm, "Please do not respond in any manner to such offers.")
    c.restoreState()


def later_page(c, doc):
    c.saveState()
    c.setFont("LibSans", 9)
    c.drawCentredString(PW / 2, 1.2 * cm, str(doc.page))
    c.restoreState()


def read_source():
    meta, to, lines = {}, [], []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            if s.startswith("@to "):
                to.append(s[4:])
            elif s.startswith(("@ref ", "@dept ", "@date ", "@salute ", "@subject ")):
                k, _, v = s[1:].partition(" ")
                meta[k] = v
            else:
                lines.append(s)
    return meta, to, lines


def story_from(meta, to, lines):
    st = [NextPageTemplate("later")]
    st.append(Paragraph(mk(meta["ref"]), plain))
    reftab = Table([[Paragraph(mk(meta["dept"]), plain),
                     Paragraph(mk(meta["date"]), ParagraphStyle("r", parent=plain, alignment=2))]],
                   colWidths=[TW * 0.7, TW * 0.3])
    reftab.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    st.extend([reftab, Spacer(1, 14)])
    for t in to:
        st.append(Paragraph(mk(t), plain))
    st.append(Spacer(1, 12))
    st.append(Paragraph(mk(meta["salute"]), plain))
    st.append(Paragraph(mk(meta["subject"]), subject))
    table, cap = None, ""
    for s in lines + ["@end"]:
        if s.startswith("| "):
            table.append([c.strip() for c in s[2:].split(" | ")])
            continue
        if table is not None and table:
            data = [[Paragraph(mk(c), cellh if i == 0 else cell) for c in r]
                    for i, r in enumerate(table)]
            t = Table(data, colWidths=[3.4 * cm, (TW - 3.4 * cm) / 2, (TW - 3.4 * cm) / 2],
                      repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            st.extend([Paragraph(mk(cap), caption), t, Spacer(1, 8)])
            table = None
        if s.startswith("@h "):
            st.append(Paragraph("<u>%s</u>" % mk(s[3:]), head))
        elif re.match(r"\d+\. ", s):
            n, text = s.split(" ", 1)
            st.append(Paragraph(mk(text), para, bulletText=n))
        elif re.match(r"\([ivx]+\) ", s):
            n, text = s.split(" ", 1)
            st.append(Paragraph(mk(text), sub, bulletText=n))
        elif s.startswith("@note "):
            st.append(Paragraph(mk(s[6:]), note))
        elif s.startswith("@sign "):
            a, b, c = s[6:].split("|")
            st.append(KeepTogether([Spacer(1, 10), Paragraph(mk(a), plain), Spacer(1, 26),
                                    Paragraph(mk(b), plain), Paragraph(mk(c), plain)]))
        elif s.startswith("@encl "):
            st.extend([Spacer(1, 12), Paragraph(mk(s[6:]), plain)])
        elif s.startswith("@annex "):
            st.extend([PageBreak(), Paragraph(mk(s[7:]), annex_h)])
        elif s.startswith("@caption "):
            cap, table = s[9:], []
        elif s.startswith("@after "):
            st.append(Paragraph(mk(s[7:]), small))
        elif s == "@end":
            pass
        else:
            st.append(Paragraph(mk(s), body))
    return st


def build():
    meta, to, lines = read_source()
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TOP,
                          bottomMargin=BOT, title=meta["subject"].split(" – ")[0],
                          author="Reserve Bank of India", subject=meta["ref"],
                          creator="Microsoft® Word 2016", producer="Microsoft® Word 2016")
    f1 = Frame(LM, BOT1 + 0.3 * cm, TW, PH - TOP1 - BOT1 - 0.3 * cm, id="f1", leftPadding=0,
               rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(LM, BOT, TW, PH - TOP - BOT, id="f2", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page),
                          PageTemplate("later", [f2], onPage=later_page)])
    doc.build(story_from(meta, to, lines))


if __name__ == "__main__":
    build()
