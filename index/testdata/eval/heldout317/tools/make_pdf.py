#!/usr/bin/python3
"""Make docs/health-ledger-issue-58.pdf from tools/health-ledger-issue-58.txt.

The PDF is issue 58 (June 2025) of a two-page, three-column newsletter as a small policy forum
would lay it out in InDesign and export it (document info says so): on page 1 a masthead (the
name in large bold sans over a thick rule, a tagline in italics, and a teal strip with the issue
number, volume, month and publisher), the cover story's head (kicker, headline, deck, byline)
spanning the first two columns, the story in those two columns below it, opening with a two-line
drop cap, a pull quote between rules and run-in subheads, ending in a "Continued on page 2" line,
and the third column taken up by a shaded sidebar box ("PM-JAY AT A GLANCE"), an "Inside this
issue" box and a dated "News in brief" column. Page 2 has a slim running head and three columns:
the rest of the cover story under a jump head and a "Continued from page 1" line, then three
shorter articles (kicker, headline, byline) and a note from the editor, with a second pull quote;
articles flow from one column to the next and end with a small square. Thin rules separate the
columns; every page has a running foot with the issue line and a page number.

Body type is Liberation Serif 9.5/12, justified; heads are Liberation Sans. Fonts are embedded.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether)
from reportlab.platypus.flowables import ImageAndFlowables

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "health-ledger-issue-58.txt")
OUT = os.path.join(HERE, "..", "docs", "health-ledger-issue-58.pdf")

FONTDIR = "/usr/share/fonts/truetype/liberation"
for name, fn in (("Serif", "LiberationSerif-Regular"), ("Serif-Italic", "LiberationSerif-Italic"),
                 ("Serif-Bold", "LiberationSerif-Bold"), ("Serif-BoldItalic", "LiberationSerif-BoldItalic"),
                 ("Sans", "LiberationSans-Regular"), ("Sans-Bold", "LiberationSans-Bold"),
                 ("Sans-Italic", "LiberationSans-Italic"), ("Narrow-Bold", "LiberationSansNarrow-Bold")):
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, fn + ".ttf")))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                              boldItalic="Serif-BoldItalic")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic",
                              boldItalic="Sans-Bold")

TEAL = colors.HexColor("#0B5563")
RED = colors.HexColor("#9B2226")
TINT = colors.HexColor("#E2EEF0")
GREY = colors.HexColor("#5A5A5A")

PW, PH = A4
LM = RM = 36
TOP = 36
BOT = 44
GUT = 16
CW = (PW - LM - RM - 2 * GUT) / 3
MAST_H = 112          # masthead block on page 1
RUNHEAD_H = 22        # slim running head on later pages

body = ParagraphStyle("body", fontName="Serif", fontSize=9.5, leading=12, alignment=TA_JUSTIFY,
                      firstLineIndent=9)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
kicker = ParagraphStyle("kicker", fontName="Sans-Bold", fontSize=7.5, leading=9, textColor=RED,
                        spaceBefore=10, spaceAfter=2, keepWithNext=1)
headline = ParagraphStyle("headline", fontName="Sans-Bold", fontSize=15, leading=17,
                          textColor=colors.black, spaceAfter=3, keepWithNext=1)
headline1 = ParagraphStyle("headline1", parent=headline, fontSize=21, leading=23, spaceAfter=5)
deck = ParagraphStyle("deck", fontName="Serif-Italic", fontSize=10.5, leading=12.8,
                      textColor=GREY, spaceAfter=5)
byline = ParagraphStyle("byline", fontName="Sans", fontSize=7.5, leading=9.5, textColor=TEAL,
                        spaceAfter=6, keepWithNext=1)
sub = ParagraphStyle("sub", fontName="Sans-Bold", fontSize=8.8, leading=11, textColor=TEAL,
                     spaceBefore=6, spaceAfter=1.5, keepWithNext=1)
pull = ParagraphStyle("pull", fontName="Serif-Italic", fontSize=12.5, leading=15,
                      textColor=RED, alignment=TA_CENTER)
cont = ParagraphStyle("cont", fontName="Sans-Italic", fontSize=7.5, leading=10,
                      textColor=TEAL, alignment=TA_RIGHT, spaceBefore=3)
contl = ParagraphStyle("contl", parent=cont, alignment=TA_LEFT, spaceBefore=0, spaceAfter=3)
jump = ParagraphStyle("jump", fontName="Sans-Bold", fontSize=11, leading=13, spaceAfter=1,
                      keepWithNext=1)
side_h = ParagraphStyle("sideh", fontName="Sans-Bold", fontSize=9, leading=11,
                        textColor=colors.white, alignment=TA_CENTER)
side_i = ParagraphStyle("sidei", fontName="Sans", fontSize=8, leading=10, leftIndent=8,
                        bulletIndent=0, spaceAfter=2.5)
side_p = ParagraphStyle("sidep", fontName="Sans", fontSize=8, leading=10, spaceAfter=3.5)
ins_h = ParagraphStyle("insh", fontName="Sans-Bold", fontSize=8.5, leading=10.5, textColor=TEAL)
ins_i = ParagraphStyle("insi", fontName="Sans", fontSize=8, leading=10)
ins_p = ParagraphStyle("insp", parent=ins_i, alignment=TA_RIGHT, fontName="Sans-Bold")
brief = ParagraphStyle("brief", parent=body0, fontSize=9, leading=11.3, alignment=TA_LEFT,
                       spaceAfter=4)
DROP = 2  # lines


def tx(s):
    s = escape(s)
    return s


class DropCap(Flowable):
    """A capital two body lines tall, for ImageAndFlowables to wrap the paragraph around."""

    def __init__(self, letter):
        Flowable.__init__(self)
        self.letter = letter
        self.size = 29
        self.width = pdfmetrics.stringWidth(letter, "Serif-Bold", self.size) + 3
        self.height = body.leading * DROP

    def wrap(self, aw, ah):
        return self.width, self.height

    def _restrictSize(self, aw, ah):
        return self.width, self.height

    def _unRestrictSize(self):
        pass

    def draw(self):
        self.canv.setFont("Serif-Bold", self.size)
        self.canv.setFillColor(TEAL)
        self.canv.drawString(0, 2.2, self.letter)


class Rule(Flowable):
    def __init__(self, width, thick, color, space=2):
        Flowable.__init__(self)
        self.w, self.t, self.c, self.space = width, thick, color, space

    def wrap(self, aw, ah):
        return self.w, self.t + 2 * self.space

    def draw(self):
        self.canv.setStrokeColor(self.c)
        self.canv.setLineWidth(self.t)
        self.canv.line(0, self.space, self.w, self.space)


class FillToBottom(Flowable):
    """Takes up the space left in the column except `keep` points, so that what follows sits at
    the foot of the column."""

    def __init__(self, keep):
        Flowable.__init__(self)
        self.keep = keep

    def wrap(self, aw, ah):
        return aw, max(0, ah - self.keep)

    def draw(self):
        pass


def read():
    meta, blocks = {}, []
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith(("@masthead ", "@tagline ", "@issue ", "@runfoot ")):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
            else:
                blocks.append(line)
    return meta, blocks


def pull_quote(text):
    t = Table([[Paragraph(tx(text), pull)]], colWidths=[CW])
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 1.4, RED),
        ("LINEBELOW", (0, -1), (-1, -1), 1.4, RED),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return [Spacer(1, 6), t, Spacer(1, 6)]


def sidebar(title, lines):
    rows = [[Paragraph(tx(title), side_h)]]
    for l in lines:
        if l.startswith("- "):
            label, _, rest = l[2:].partition(": ")
            rows.append([Paragraph("<b>%s:</b> %s" % (tx(label), tx(rest)), side_i,
                                   bulletText="\u25aa")])
        else:
            label, _, rest = l.partition(": ")
            rows.append([Paragraph("<b>%s:</b> %s" % (tx(label), tx(rest)), side_p)])
    t = Table(rows, colWidths=[CW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("BACKGROUND", (0, 1), (-1, -1), TINT),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, 0), 5), ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        ("TOPPADDING", (0, 1), (-1, 1), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
    ]))
    return [KeepTogether([t]), Spacer(1, 10)]


def inside(title, lines):
    rows = [[Paragraph(tx(title), ins_h), ""]]
    for l in lines:
        item, page = l.rsplit(" .. ", 1)
        rows.append([Paragraph(tx(item), ins_i), Paragraph(page, ins_p)])
    t = Table(rows, colWidths=[CW - 22, 22])
    t.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("LINEABOVE", (0, 0), (-1, 0), 2, TEAL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, TEAL),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.HexColor("#9FB8BD"), None, (1, 1)),
        ("LINEBELOW", (0, -1), (-1, -1), 1, TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return [t, Spacer(1, 4)]


def story_from(blocks):
    story = [NextPageTemplate("later")]
    first_head = True
    after_head = True
    i = 0
    while i < len(blocks):
        b = blocks[i]
        key, _, val = b.partition(" ")
        nxt = blocks[i + 1] if i + 1 < len(blocks) else ""
        end_mark = nxt == "@end"
        if key == "@break":
            story.append(FrameBreak())
        elif key == "@kicker":
            story.append(Paragraph(tx(val), kicker))
            after_head = True
        elif key == "@headline":
            story.append(Paragraph(tx(val), headline1 if first_head else headline))
            first_head = False
            after_head = True
        elif key == "@deck":
            story.append(Paragraph(tx(val), deck))
        elif key == "@byline":
            story.append(Paragraph(tx(val).upper() if False else tx(val), byline))
        elif key == "@jump":
            story.append(Paragraph(tx(val), jump))
        elif key == "@cont":
            if val.startswith("Continued from"):
                story.append(Paragraph(tx(val) + " \u00bb", contl))
            else:
                story.append(FillToBottom(14))
                story.append(Paragraph(tx(val) + " \u00bb", cont))
        elif key == "@dropcap":
            letter, rest = val[0], val[1:]
            p = Paragraph(tx(rest), body0)
            story.append(ImageAndFlowables(DropCap(letter), [p], imageLeftPadding=0,
                                           imageRightPadding=1, imageSide="left"))
            after_head = False
        elif key == "@pull":
            story.extend(pull_quote(val))
            after_head = True
        elif key == "@sub":
            story.append(Paragraph(tx(val), sub))
            after_head = True
        elif key == "@sidebar":
            lines = []
            i += 1
            while blocks[i] != "@endsidebar":
                lines.append(blocks[i])
                i += 1
            story.extend(sidebar(val, lines))
        elif key == "@inside":
            lines = []
            i += 1
            while blocks[i] != "@endinside":
                lines.append(blocks[i])
                i += 1
            story.extend(inside(val, lines))
        elif key == "@brief":
            date, text = val.split(" | ", 1)
            story.append(Paragraph("<font name=\"Sans-Bold\" color=\"#0B5563\">%s</font>\u2002%s"
                                   % (tx(date), tx(text)), brief))
        elif key == "@end":
            story.append(Spacer(1, 4))
        else:
            text = tx(b) + (" <font color=\"#0B5563\">\u25a0</font>" if end_mark else "")
            story.append(Paragraph(text, body0 if after_head else body))
            after_head = False
        i += 1
    return story


def head_height(blocks):
    """Height of the spanning cover-story head (everything before the first @break)."""
    h = 0
    w = 2 * CW + GUT
    first = True
    for b in blocks:
        if b == "@break":
            break
        key, _, val = b.partition(" ")
        st = {"@kicker": kicker, "@headline": headline1 if first else headline,
              "@deck": deck, "@byline": byline}[key]
        p = Paragraph(tx(val), st)
        h += p.wrap(w, PH)[1] + st.spaceBefore + st.spaceAfter
    return h + 2


def make_templates(meta, hh):
    top1 = PH - TOP - MAST_H
    col_x = [LM + k * (CW + GUT) for k in range(3)]
    body_h1 = top1 - hh - BOT
    f_head = Frame(LM, top1 - hh, 2 * CW + GUT, hh, 0, 0, 0, 0, id="p1head")
    f1 = [Frame(col_x[0], BOT, CW, body_h1, 0, 0, 0, 0, id="p1c1"),
          Frame(col_x[1], BOT, CW, body_h1, 0, 0, 0, 0, id="p1c2"),
          Frame(col_x[2], BOT, CW, top1 - BOT, 0, 0, 0, 0, id="p1c3")]
    top2 = PH - TOP - RUNHEAD_H
    f2 = [Frame(x, BOT, CW, top2 - BOT, 0, 0, 0, 0, id="c%d" % n) for n, x in enumerate(col_x)]

    def foot(canv, doc):
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(0.6)
        canv.line(LM, BOT - 12, PW - RM, BOT - 12)
        canv.setFont("Sans", 7)
        canv.setFillColor(GREY)
        canv.drawString(LM, BOT - 23, meta["runfoot"])
        canv.drawRightString(PW - RM, BOT - 23, "Page %d" % doc.page)

    def col_rules(canv, y_top, y_top12):
        canv.setStrokeColor(colors.HexColor("#B7C9CC"))
        canv.setLineWidth(0.4)
        x1 = col_x[1] - GUT / 2
        x2 = col_x[2] - GUT / 2
        canv.line(x1, BOT, x1, y_top12)
        canv.line(x2, BOT, x2, y_top)

    def first_page(canv, doc):
        canv.saveState()
        y = PH - TOP
        canv.setFillColor(TEAL)
        canv.setFont("Sans-Bold", 38)
        canv.drawString(LM - 1, y - 36, meta["masthead"])
        canv.setFont("Serif-Italic", 9.5)
        canv.setFillColor(GREY)
        canv.drawRightString(PW - RM, y - 14, "Since 2020")
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(3)
        canv.line(LM, y - 48, PW - RM, y - 48)
        canv.setLineWidth(0.7)
        canv.line(LM, y - 52, PW - RM, y - 52)
        canv.setFont("Serif-Italic", 10)
        canv.setFillColor(colors.black)
        canv.drawString(LM, y - 66, meta["tagline"])
        canv.setFillColor(TEAL)
        canv.rect(LM, y - 92, PW - LM - RM, 16, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Sans-Bold", 7.5)
        canv.drawCentredString(PW / 2, y - 86.5, meta["issue"])
        col_rules(canv, top1 - 2, top1 - hh - 2)
        foot(canv, doc)
        canv.restoreState()

    def later_page(canv, doc):
        canv.saveState()
        y = PH - TOP
        canv.setFont("Sans-Bold", 8)
        canv.setFillColor(TEAL)
        canv.drawString(LM, y - 9, meta["masthead"])
        canv.setFont("Sans", 8)
        canv.setFillColor(GREY)
        canv.drawRightString(PW - RM, y - 9, "Issue No. 58  |  June 2025")
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(1.2)
        canv.line(LM, y - 14, PW - RM, y - 14)
        col_rules(canv, top2 - 2, top2 - 2)
        foot(canv, doc)
        canv.restoreState()

    return [PageTemplate(id="first", frames=[f_head] + f1, onPage=first_page),
            PageTemplate(id="later", frames=f2, onPage=later_page)]


def build():
    meta, blocks = read()
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TOP,
                          bottomMargin=BOT, title="The Health Ledger - Issue 58 - June 2025",
                          author="Jan Swasthya Niti Forum", subject="PM-JAY at seven",
                          creator="Adobe InDesign 19.4 (Windows)",
                          producer="Adobe PDF Library 17.0", invariant=1)
    doc.addPageTemplates(make_templates(meta, head_height(blocks)))
    doc.build(story_from(blocks))


if __name__ == "__main__":
    build()
