#!/usr/bin/python3
"""Make docs/montreal-protocol-ozone-treaty.pdf from tools/montreal-protocol-ozone-treaty.txt.

The PDF imitates an Apple Notes note sent from an iPhone with Share > Print > Save to Files
(iOS 26): A4 pages with the note alone on them, the grey "date at time" line that Notes shows
above a note printed centred at the top of the first page, no running head, footer or page
numbers; the note's first line in the bold Title style, Heading and Subheading lines in bold,
Body text in a sans-serif face (Liberation Sans, embedded as a subset, standing in for San
Francisco); dashed ("–"), bulleted ("•") and numbered lists with Notes' hanging indents; Math
Notes lines whose results Notes filled in after the typed "=" in the accent colour; a table with
thin grey rules round every cell whose header row the writer bolded by hand; a block quote with
a grey bar on its left; a monostyled line on a light grey band; two rich link previews (a grey
rounded card with a globe tile, the page title in bold and the domain in grey); text in the
purple text colour; an @mention and the hashtags in the accent colour; checklist rows drawn as
circles (a filled disc with a white tick when done, an empty grey ring when open). Document info
as iOS writes it (Producer "iOS Version ... Quartz PDFContext").

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
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "montreal-protocol-ozone-treaty.txt")
OUT = os.path.join(HERE, "..", "docs", "montreal-protocol-ozone-treaty.pdf")
FONTS = "/usr/share/fonts/truetype/liberation"

for name, fn in (("Sans", "LiberationSans-Regular.ttf"), ("Sans-Bold", "LiberationSans-Bold.ttf"),
                 ("Sans-Italic", "LiberationSans-Italic.ttf"),
                 ("Sans-BoldItalic", "LiberationSans-BoldItalic.ttf"),
                 ("Mono", "LiberationMono-Regular.ttf")):
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONTS, fn)))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic",
                              boldItalic="Sans-BoldItalic")
rl_config.canvas_basefontname = "Sans"   # no stray Helvetica resource: Quartz embeds all

PW, PH = A4
LM = RM = 40
TM = 44
BM = 40
TW = PW - LM - RM
INK = colors.HexColor("#1C1C1E")
GREY = colors.HexColor("#8E8E93")
RULE = colors.HexColor("#C6C6C8")
ACCENT = colors.HexColor("#E0A100")
PURPLE = "#AF52DE"
CARD = colors.HexColor("#F2F2F7")

date_st = ParagraphStyle("date", fontName="Sans", fontSize=9.5, leading=12, textColor=GREY,
                         alignment=1, spaceAfter=10)
title_st = ParagraphStyle("title", fontName="Sans-Bold", fontSize=22, leading=27,
                          textColor=INK, spaceAfter=6)
head_st = ParagraphStyle("head", fontName="Sans-Bold", fontSize=16.5, leading=20,
                         textColor=INK, spaceBefore=4, spaceAfter=3)
sub_st = ParagraphStyle("sub", fontName="Sans-Bold", fontSize=13.5, leading=17,
                        textColor=INK, spaceBefore=4, spaceAfter=1)
body_st = ParagraphStyle("body", fontName="Sans", fontSize=11.5, leading=15, textColor=INK,
                         bulletFontName="Sans")
item_st = ParagraphStyle("item", parent=body_st, leftIndent=24, bulletIndent=9,
                         bulletFontName="Sans", spaceBefore=1.5)
num_st = ParagraphStyle("num", parent=item_st, leftIndent=24, bulletIndent=6)
cell_st = ParagraphStyle("cell", parent=body_st, fontSize=10.5, leading=13)
quote_st = ParagraphStyle("quote", parent=body_st, textColor=colors.HexColor("#3A3A3C"))
mono_st = ParagraphStyle("mono", fontName="Mono", fontSize=10, leading=13.5, textColor=INK)
tag_st = ParagraphStyle("tag", parent=body_st, textColor=ACCENT)
card_title = ParagraphStyle("cardt", parent=body_st, fontName="Sans-Bold", fontSize=11,
                            leading=13.5)
card_dom = ParagraphStyle("cardd", parent=body_st, fontSize=10, leading=12, textColor=GREY)


def inline(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<i>\1</i>", s)
    s = re.sub(r"\{p\}(.+?)\{/\}", r'<font color="%s">\1</font>' % PURPLE, s)
    s = re.sub(r"(?<!\w)@([A-Z][a-z]+)", r'<font color="#E0A100"><b>@\1</b></font>', s)
    return s


class CheckRow(Flowable):
    """One checklist row: Notes' round checkbox and the item's text beside it."""

    def __init__(self, text, done):
        Flowable.__init__(self)
        self.done = done
        self.para = Paragraph(inline(text), body_st)

    def wrap(self, aw, ah):
        self.pw, self.ph = self.para.wrap(aw - 28, ah)
        self.width, self.height = aw, self.ph + 6
        return self.width, self.height

    def draw(self):
        c = self.canv
        cy = self.height - 3 - 7.5
        if self.done:
            c.setFillColor(ACCENT)
            c.circle(10, cy, 8, stroke=0, fill=1)
            c.setStrokeColor(colors.white)
            c.setLineWidth(1.6)
            c.lines([(6.2, cy + 0.2, 9, cy - 2.8), (9, cy - 2.8, 14, cy + 3)])
        else:
            c.setStrokeColor(RULE)
            c.setLineWidth(1.2)
            c.circle(10, cy, 8, stroke=1, fill=0)
        self.para.drawOn(c, 28, 3)


class LinkCard(Flowable):
    """A rich link preview as Notes draws it: grey rounded card, globe tile, title, domain."""

    def __init__(self, title, domain):
        Flowable.__init__(self)
        self.t = Paragraph(inline(title), card_title)
        self.d = Paragraph(escape(domain), card_dom)

    def wrap(self, aw, ah):
        self.width = min(aw, 380)
        tw = self.width - 62
        self.th = self.t.wrap(tw, ah)[1]
        self.dh = self.d.wrap(tw, ah)[1]
        self.height = max(50, self.th + self.dh + 16) + 8
        return self.width, self.height

    def draw(self):
        c = self.canv
        h = self.height - 8
        c.setFillColor(CARD)
        c.setStrokeColor(colors.HexColor("#E5E5EA"))
        c.setLineWidth(0.6)
        c.roundRect(0, 4, self.width, h, 9, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#D1D1D6"))
        c.roundRect(8, 4 + (h - 38) / 2, 38, 38, 6, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.1)
        cx, cy = 27, 4 + h / 2
        c.circle(cx, cy, 11, stroke=1, fill=0)
        c.ellipse(cx - 5, cy - 11, cx + 5, cy + 11, stroke=1, fill=0)
        c.line(cx - 11, cy, cx + 11, cy)
        y = 4 + h - 8 - self.th
        self.t.drawOn(c, 54, y)
        self.d.drawOn(c, 54, y - self.dh - 1)


class QuoteBar(Flowable):
    def __init__(self, text):
        Flowable.__init__(self)
        self.para = Paragraph(inline(text), quote_st)

    def wrap(self, aw, ah):
        self.pw, self.ph = self.para.wrap(aw - 14, ah)
        self.width, self.height = aw, self.ph + 6
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFillColor(RULE)
        c.rect(1, 2, 2.5, self.height - 4, stroke=0, fill=1)
        self.para.drawOn(c, 14, 3)


class MonoBand(Flowable):
    def __init__(self, text):
        Flowable.__init__(self)
        self.para = Paragraph(escape(text), mono_st)

    def wrap(self, aw, ah):
        self.pw, self.ph = self.para.wrap(aw - 12, ah)
        self.width, self.height = aw, self.ph + 10
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#F2F2F7"))
        c.roundRect(0, 1, self.width, self.height - 2, 4, stroke=0, fill=1)
        self.para.drawOn(c, 6, 5)


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    story, table = [], []

    def flush_table():
        if not table:
            return
        rows = []
        for i, r in enumerate(table):
            cells = [c.strip() for c in r.strip().strip("|").split("|")]
            rows.append([Paragraph(("<b>%s</b>" if i == 0 else "%s") % inline(c), cell_st)
                         for c in cells])
        t = Table(rows, colWidths=[2.9 * 28.35, 1.7 * 28.35, TW - 4.6 * 28.35])
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.6, RULE),
            ("FONTNAME", (0, 0), (-1, -1), "Sans"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        story.extend([Spacer(1, 4), t, Spacer(1, 6)])
        table.clear()

    for line in lines:
        s = line.rstrip()
        if s.startswith("|"):
            table.append(s)
            continue
        flush_table()
        if s.startswith("@date "):
            story.append(Paragraph(escape(s[6:]), date_st))
        elif s.startswith("# "):
            story.append(Paragraph(inline(s[2:]), title_st))
        elif s.startswith("## "):
            story.append(Paragraph(inline(s[3:]), head_st))
        elif s.startswith("### "):
            story.append(Paragraph(inline(s[4:]), sub_st))
        elif s.startswith("- "):
            story.append(Paragraph(inline(s[2:]), item_st, bulletText="\u2013"))
        elif s.startswith("* "):
            story.append(Paragraph(inline(s[2:]), item_st, bulletText="\u2022"))
        elif re.match(r"\d+\. ", s):
            n, rest = s.split(" ", 1)
            story.append(Paragraph(inline(rest), num_st, bulletText=n))
        elif s.startswith("> "):
            story.append(QuoteBar(s[2:]))
        elif s.startswith("=") and "==" in s:
            lhs, res = s[1:].split("==", 1)
            story.append(Paragraph('%s= <font color="#E0A100">%s</font>'
                                   % (inline(lhs), escape(res.strip())), body_st))
        elif s.startswith("[x] ") or s.startswith("[ ] "):
            story.append(CheckRow(s[4:], s.startswith("[x]")))
        elif s.startswith("@card "):
            title, dom = s[6:].split(" | ")
            story.extend([Spacer(1, 3), LinkCard(title, dom), Spacer(1, 3)])
        elif s.startswith("@mono "):
            story.extend([Spacer(1, 3), MonoBand(s[6:]), Spacer(1, 3)])
        elif s.startswith("#") and not s.startswith("# "):
            story.append(Paragraph(escape(s), tag_st))
        elif not s:
            story.append(Spacer(1, 15))
        else:
            story.append(Paragraph(inline(s), body_st))
    flush_table()
    return story


def build(out):
    lines = read_source()
    title = next(l[2:] for l in lines if l.startswith("# "))
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                            bottomMargin=BM, title=title, author="", subject="",
                            creator="Notes",
                            producer="iOS Version 26.1 (Build 23B85) Quartz PDFContext",
                            invariant=1)
    doc.build(story_from(lines))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
