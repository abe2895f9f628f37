#!/usr/bin/python3
"""Make docs/Sankalp_CA_Monthly_Aug2025_p52-54.pdf from tools/Sankalp_CA_Monthly_Aug2025_p52-54.txt.

Three pages cut from a monthly current-affairs magazine as the institute's InDesign export prints
them (A4, magazine pages 52-54): a running head on every page (magazine name and issue left,
section right, a maroon rule below) and a footer (rule, web address and issue, the magazine page
number on the outer side). Page 52 opens with the tail of the previous article (two short columns
ending in an end mark and an italic author note) under a "(Concluded)" label; a heavy rule divides
it from the new article's full-width head (kicker, title, deck, byline and a shaded "WHY IN NEWS"
box), under which the article runs in two justified columns. The first paragraph has a three-line
drop cap; headings are maroon sans without numbers; "KNOW THE TERMS" is a two-column table with
a maroon title band; a pull quote sits between rules; "RECENT DEVELOPMENTS (2023-25)" and
"PRELIMS POINTERS" are shaded boxes of bulleted rows; the Mains question and "TEST YOURSELF"
follow, and the answer line is printed upside down, as quiz answers are.

Fonts are Liberation Serif and Liberation Sans, embedded as subsets; the document info carries
the InDesign file name as its title, Creator "Adobe InDesign 19.5 (Windows)" and Producer
"Adobe PDF Library 17.0".

Run from anywhere: /usr/bin/python3 tools/make_magazine.py [output path]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, NextPageTemplate,
                                PageTemplate, Paragraph, ParagraphAndImage, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Sankalp_CA_Monthly_Aug2025_p52-54"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".pdf")
FONTDIR = "/usr/share/fonts/truetype/liberation"

for fam, base in (("Serif", "LiberationSerif"), ("Sans", "LiberationSans")):
    for suf, style in (("", "Regular"), ("-Bold", "Bold"), ("-Italic", "Italic"),
                       ("-BoldItalic", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(fam + suf, os.path.join(FONTDIR, "%s-%s.ttf" % (base, style))))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-Bold", italic=fam + "-Italic",
                                  boldItalic=fam + "-BoldItalic")

MAROON = colors.HexColor("#8A1C2B")
TEAL = colors.HexColor("#1E6470")
SHADE = colors.HexColor("#F6EEE4")
GREY = colors.HexColor("#555555")

PW, PH = A4
LM = RM = 42
TOP = PH - 60
BOT = 58
GAP = 18
COLW = (PW - LM - RM - GAP) / 2
FULLW = PW - LM - RM

body = ParagraphStyle("body", fontName="Serif", fontSize=9.6, leading=12.4, alignment=TA_JUSTIFY,
                      firstLineIndent=11)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
tail_st = ParagraphStyle("tail", parent=body, fontSize=9.2, leading=11.8)
tail0 = ParagraphStyle("tail0", parent=tail_st, firstLineIndent=0)
concl = ParagraphStyle("concl", fontName="Sans-Bold", fontSize=7.5, leading=10, textColor=GREY,
                       spaceAfter=3)
head_st = ParagraphStyle("head", fontName="Sans-Bold", fontSize=11.5, leading=14, textColor=MAROON,
                         spaceBefore=9, spaceAfter=3)
kicker_st = ParagraphStyle("kicker", fontName="Sans-Bold", fontSize=8.5, leading=11, textColor=TEAL,
                           spaceAfter=4)
title_st = ParagraphStyle("title", fontName="Serif-Bold", fontSize=25, leading=28.5, textColor=colors.black,
                          spaceAfter=6)
deck_st = ParagraphStyle("deck", fontName="Serif-Italic", fontSize=11.5, leading=14.5, textColor=GREY,
                         spaceAfter=5)
byline_st = ParagraphStyle("byline", fontName="Sans", fontSize=8, leading=10, textColor=GREY,
                           spaceAfter=8)
why_st = ParagraphStyle("why", fontName="Serif", fontSize=9.6, leading=12.4, alignment=TA_JUSTIFY)
cell_st = ParagraphStyle("cell", fontName="Serif", fontSize=8.6, leading=10.6)
cellb = ParagraphStyle("cellb", parent=cell_st, fontName="Serif-Bold")
band_st = ParagraphStyle("band", fontName="Sans-Bold", fontSize=8.5, leading=11, textColor=colors.white)
boxitem = ParagraphStyle("boxitem", fontName="Serif", fontSize=8.8, leading=11, leftIndent=9,
                         bulletIndent=0)
pull_st = ParagraphStyle("pull", fontName="Serif-BoldItalic", fontSize=13, leading=16.5,
                         textColor=MAROON, alignment=TA_CENTER)
q_st = ParagraphStyle("q", parent=body0, spaceAfter=4)


def mark(s):
    s = escape(s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"\*([^*]+)\*", r"<i>\1</i>", s)
    return s


class DropCap(Flowable):
    """A big initial letter three body lines deep."""

    def __init__(self, letter):
        Flowable.__init__(self)
        self.letter = letter
        self.width = 30
        self.height = 3 * body.leading

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFont("Serif-Bold", 40)
        c.setFillColor(MAROON)
        c.drawString(0, 4, self.letter)


class Rule(Flowable):
    def __init__(self, width, thick, color, space=4):
        Flowable.__init__(self)
        self.w, self.thick, self.color, self.space = width, thick, color, space

    def wrap(self, aw, ah):
        return self.w, self.thick + 2 * self.space

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thick)
        self.canv.line(0, self.space, self.w, self.space)


class UpsideDown(Flowable):
    """A line printed rotated through 180 degrees (quiz answers)."""

    def __init__(self, text):
        Flowable.__init__(self)
        self.text = text

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 16

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont("Sans-Italic", 8)
        c.setFillColor(GREY)
        c.translate(self.aw, 12)
        c.rotate(180)
        c.drawString(0, 0, self.text)
        c.restoreState()


def band_table(title, rows, widths):
    data = [[Paragraph(escape(title), band_st)] + [""] * (len(widths) - 1)] + rows
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), MAROON),
          ("BACKGROUND", (0, 1), (-1, -1), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
          ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
          ("LINEBELOW", (0, -1), (-1, -1), 1.2, MAROON)]
    if len(widths) > 1:
        st.append(("LINEBELOW", (0, 1), (-1, -2), 0.4, colors.HexColor("#D9C6B0")))
    t.setStyle(TableStyle(st))
    return t


def ad_box(lines):
    """The institute's own advertisement, filling the column beside the quiz."""
    small = ParagraphStyle("adsmall", fontName="Sans", fontSize=7, leading=9, textColor=GREY,
                           alignment=TA_CENTER)
    big = ParagraphStyle("adbig", fontName="Sans-Bold", fontSize=20, leading=24,
                         textColor=colors.white, alignment=TA_CENTER)
    mid = ParagraphStyle("admid", fontName="Sans", fontSize=11, leading=15,
                         textColor=colors.white, alignment=TA_CENTER)
    rows = [[Paragraph(escape(lines[0]), small)], [Paragraph(escape(lines[1]), big)]]
    rows += [[Paragraph(escape(t), mid)] for t in lines[2:]]
    t = Table(rows, colWidths=[COLW], rowHeights=[14, 90] + [34] * (len(lines) - 2))
    t.setStyle(TableStyle([("BACKGROUND", (0, 1), (-1, -1), TEAL),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("BOX", (0, 1), (-1, -1), 2, MAROON)]))
    return t


class Doc:
    def __init__(self):
        self.front = {}
        self.tail = {"left": [], "right": []}
        self.story = []
        self.ad = []


def parse():
    d = Doc()
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    para_first = True
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        i += 1
        if not s:
            continue
        if s.startswith("@tail-left ") or s.startswith("@tail-right "):
            key, val = s[1:].split(" ", 1)
            d.tail[key[5:]].append(val)
        elif s.startswith("@dropcap "):
            text = s[len("@dropcap "):]
            p = Paragraph(mark(text[1:]), body0)
            d.story.append(ParagraphAndImage(p, DropCap(text[0]), xpad=2, ypad=0, side="left"))
            para_first = False
        elif s.startswith("@terms "):
            rows = []
            while lines[i].strip() != "@endterms":
                a, b = lines[i].split(" | ")
                rows.append([Paragraph(mark(a), cellb), Paragraph(mark(b), cell_st)])
                i += 1
            i += 1
            d.story += [Spacer(1, 6), band_table(s[7:], rows, [COLW * 0.36, COLW * 0.64]),
                        Spacer(1, 6)]
            para_first = True
        elif s.startswith("@box "):
            rows = []
            while lines[i].strip() != "@endbox":
                t = lines[i].strip()
                if t.startswith("- "):
                    rows.append([Paragraph(mark(t[2:]), boxitem, bulletText="\u25aa")])
                i += 1
            i += 1
            d.story += [Spacer(1, 8), band_table(s[5:], rows, [COLW]), Spacer(1, 6)]
            para_first = True
        elif s.startswith("@mcq "):
            d.story.append(Paragraph(mark(s[5:]), head_st))
            while lines[i].strip() != "@endmcq":
                t = lines[i].strip()
                if t:
                    d.story.append(Paragraph(mark(t), q_st))
                i += 1
            i += 1
        elif s.startswith("@answers "):
            d.story += [Spacer(1, 4), UpsideDown(s[9:])]
        elif s.startswith("@pull "):
            d.story += [Spacer(1, 4), Rule(COLW, 1.2, MAROON), Paragraph(mark(s[6:]), pull_st),
                        Rule(COLW, 1.2, MAROON), Spacer(1, 4)]
            para_first = True
        elif s == "@end":
            pass
        elif s.startswith("@ad "):
            d.ad.append(s[4:])
        elif s.startswith("@"):
            key, val = s[1:].split(" ", 1)
            d.front[key] = val
        elif s.startswith("## "):
            d.story.append(Paragraph(mark(s[3:]), head_st))
            para_first = True
        else:
            d.story.append(Paragraph(mark(s), body0 if para_first else body))
            para_first = False
    return d


def header_footer(c, doc, front):
    page = doc.page
    num = int(front["firstpage"]) + page - 1
    c.saveState()
    c.setFont("Sans-Bold", 8)
    c.setFillColor(MAROON)
    c.drawString(LM, PH - 38, "%s | %s" % (front["mag"], front["issue"]))
    c.setFont("Sans", 8)
    c.setFillColor(GREY)
    c.drawRightString(PW - RM, PH - 38, front["section"])
    c.setStrokeColor(MAROON)
    c.setLineWidth(1.4)
    c.line(LM, PH - 44, PW - RM, PH - 44)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(LM, 42, PW - RM, 42)
    foot = "sankalpmonthly.in | %s" % front["issue"]
    if num % 2 == 0:
        c.setFont("Sans-Bold", 10)
        c.setFillColor(colors.black)
        c.drawString(LM, 28, str(num))
        c.setFont("Sans", 7.5)
        c.setFillColor(GREY)
        c.drawRightString(PW - RM, 29, foot)
    else:
        c.setFont("Sans", 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, 29, foot)
        c.setFont("Sans-Bold", 10)
        c.setFillColor(colors.black)
        c.drawRightString(PW - RM, 28, str(num))
    c.restoreState()


def build(out):
    d = parse()
    f = d.front

    tail_left = [Paragraph("(Concluded)", concl)]
    for k, t in enumerate(d.tail["left"]):
        tail_left.append(Paragraph(mark(t), tail0 if k == 0 else tail_st))
    tail_right = [Paragraph(mark(t), tail_st) for t in d.tail["right"]]

    def height(flows, w):
        return sum(x.wrap(w, PH)[1] + x.getSpaceBefore() + x.getSpaceAfter() for x in flows)

    tail_h = max(height(tail_left, COLW), height(tail_right, COLW)) + 6
    why = Table([[Paragraph("<b>WHY IN NEWS:</b> " + mark(f["whynews"]), why_st)]], colWidths=[FULLW])
    why.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE),
                             ("LINEBEFORE", (0, 0), (0, -1), 3, TEAL),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    head = [Rule(FULLW, 2.5, colors.black, space=3), Spacer(1, 8),
            Paragraph(mark(f["kicker"]), kicker_st), Paragraph(mark(f["title"]), title_st),
            Paragraph(mark(f["deck"]), deck_st), Paragraph(mark(f["byline"]), byline_st), why,
            Spacer(1, 4)]
    head_h = height(head, FULLW) + 4

    y_tail = TOP - tail_h
    y_head = y_tail - head_h
    first_frames = [
        Frame(LM, y_tail, COLW, tail_h, 0, 0, 0, 0, id="tailL"),
        Frame(LM + COLW + GAP, y_tail, COLW, tail_h, 0, 0, 0, 0, id="tailR"),
        Frame(LM, y_head, FULLW, head_h, 0, 0, 0, 0, id="head"),
        Frame(LM, BOT, COLW, y_head - BOT, 0, 0, 0, 0, id="c1L"),
        Frame(LM + COLW + GAP, BOT, COLW, y_head - BOT, 0, 0, 0, 0, id="c1R"),
    ]
    later_frames = [
        Frame(LM, BOT, COLW, TOP - BOT, 0, 0, 0, 0, id="cL"),
        Frame(LM + COLW + GAP, BOT, COLW, TOP - BOT, 0, 0, 0, 0, id="cR"),
    ]

    def on_page(c, doc):
        header_footer(c, doc, f)
        if doc.page == 1:
            c.saveState()
            c.setStrokeColor(colors.HexColor("#BBBBBB"))
            c.setLineWidth(0.4)
            x = LM + COLW + GAP / 2
            c.line(x, y_tail, x, TOP)
            c.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=PH - TOP,
                 bottomMargin=BOT, title=f["pdftitle"], author="Sankalp Design Desk", subject="",
                 creator="Adobe InDesign 19.5 (Windows)", producer="Adobe PDF Library 17.0",
                 invariant=1)
    doc.addPageTemplates([PageTemplate(id="first", frames=first_frames, onPage=on_page),
                          PageTemplate(id="later", frames=later_frames, onPage=on_page)])
    story = [NextPageTemplate("later")] + tail_left + [FrameBreak()] + tail_right + [FrameBreak()]
    story += head + [FrameBreak()] + d.story
    if d.ad:
        story += [FrameBreak(), ad_box(d.ad)]
    doc.build(story)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
