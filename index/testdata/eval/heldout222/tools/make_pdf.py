#!/usr/bin/python3
"""Re-make docs/ndma-ncrmp-magazine-nov-2025.pdf from tools/ndma-ncrmp-magazine-nov-2025.txt.

The PDF imitates three pages cut out of a coaching institute's monthly current-affairs
magazine (pages 46-48 of the November 2025 issue), laid out with reportlab frames:
  - a running head on every page (magazine name left, issue right, a coloured rule below) and a
    footer (page number in a coloured tab on the outer edge, the website, a thin rule);
  - page 1: a full-width title frame (an orange kicker band, the headline, an italic deck and a
    byline) over two justified columns with a thin column rule; a shaded "Why in News?" box at
    the head of the left column;
  - page 2: the right column stops short to leave room for a boxed sidebar ("FACT FILE"), drawn
    into its own frame at the foot of the column with an orange title bar and a tinted fill;
  - page 3: two columns again, ending with two shaded practice boxes and an end mark;
  - a placed photo slot with a caption, a ruled three-column table with a teal header row;
  - subheads in bold sans, bold run-in labels, square bullets, a pull quote between rules that
    repeats a line of the article, curly quotes and en dashes; the rupee sign set in DejaVu
    Serif because the body face (Liberation Serif) has no glyph for it.
Fonts are embedded as subsets. Page templates chain: first -> sidebar -> ad (-> plain).

Run: /usr/bin/python3 tools/make_pdf.py
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
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ndma-ncrmp-magazine-nov-2025"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".pdf")

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
for name, path in [("Serif", LIB + "LiberationSerif-Regular.ttf"),
                   ("Serif-Bold", LIB + "LiberationSerif-Bold.ttf"),
                   ("Serif-Italic", LIB + "LiberationSerif-Italic.ttf"),
                   ("Serif-BoldItalic", LIB + "LiberationSerif-BoldItalic.ttf"),
                   ("Sans", LIB + "LiberationSans-Regular.ttf"),
                   ("Sans-Bold", LIB + "LiberationSans-Bold.ttf"),
                   ("Sans-Italic", LIB + "LiberationSans-Italic.ttf"),
                   ("Narrow-Bold", LIB + "LiberationSansNarrow-Bold.ttf"),
                   ("Rupee", DJV + "DejaVuSerif.ttf")]:
    pdfmetrics.registerFont(TTFont(name, path))
addMapping("Serif", 0, 0, "Serif")
addMapping("Serif", 1, 0, "Serif-Bold")
addMapping("Serif", 0, 1, "Serif-Italic")
addMapping("Serif", 1, 1, "Serif-BoldItalic")
addMapping("Sans", 0, 0, "Sans")
addMapping("Sans", 1, 0, "Sans-Bold")
addMapping("Sans", 0, 1, "Sans-Italic")
addMapping("Sans", 1, 1, "Sans-Bold")

PW, PH = A4
LM = RM = 36
HEAD_Y = PH - 30
TOP = PH - 50
BOTTOM = 52
GUTTER = 18
COLW = (PW - LM - RM - GUTTER) / 2
TITLE_H = 178
SIDEBAR_H = 178

TEAL = colors.HexColor("#00616B")
ORANGE = colors.HexColor("#E0662F")
TINT = colors.HexColor("#FFF3E8")
PALE = colors.HexColor("#E6F2F3")
GREY = colors.HexColor("#555555")

body = ParagraphStyle("body", fontName="Serif", fontSize=9.8, leading=12.8, alignment=TA_JUSTIFY,
                      spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, alignment=TA_LEFT, leftIndent=10, bulletIndent=0, bulletFontName="Sans",
                        bulletFontSize=6.5, bulletColor=ORANGE, spaceAfter=3)
head = ParagraphStyle("head", fontName="Sans-Bold", fontSize=11.5, leading=14, textColor=TEAL,
                      spaceBefore=7, spaceAfter=3, keepWithNext=1)
kicker = ParagraphStyle("kicker", fontName="Narrow-Bold", fontSize=9, leading=11,
                        textColor=colors.white)
title = ParagraphStyle("title", fontName="Sans-Bold", fontSize=22, leading=26,
                       textColor=colors.HexColor("#1A1A1A"), spaceBefore=8, spaceAfter=6)
deck = ParagraphStyle("deck", fontName="Serif-Italic", fontSize=11, leading=14, textColor=GREY,
                      spaceAfter=5)
byline = ParagraphStyle("byline", fontName="Sans", fontSize=7.8, leading=10, textColor=GREY)
boxhead = ParagraphStyle("boxhead", fontName="Sans-Bold", fontSize=9, leading=11, textColor=TEAL,
                         spaceAfter=2)
boxtext = ParagraphStyle("boxtext", fontName="Serif", fontSize=9, leading=11.6, alignment=TA_LEFT)
pull = ParagraphStyle("pull", fontName="Sans-Italic", fontSize=12.5, leading=15.5, textColor=TEAL,
                      alignment=TA_CENTER)
side_t = ParagraphStyle("side_t", fontName="Narrow-Bold", fontSize=10, leading=12,
                        textColor=colors.white)
side_p = ParagraphStyle("side_p", fontName="Serif", fontSize=8.8, leading=11, spaceAfter=4)
caption = ParagraphStyle("caption", fontName="Sans-Italic", fontSize=7.8, leading=9.6, textColor=GREY,
                         spaceAfter=7)
tcap = ParagraphStyle("tcap", fontName="Sans-Bold", fontSize=8.4, leading=10.5, textColor=TEAL,
                      spaceBefore=2, spaceAfter=3)
cell = ParagraphStyle("cell", fontName="Serif", fontSize=8.8, leading=10.8)
cellh = ParagraphStyle("cellh", fontName="Sans-Bold", fontSize=8.4, leading=10.5, textColor=colors.white)
ad_big = ParagraphStyle("ad_big", fontName="Sans-Bold", fontSize=20, leading=24,
                        textColor=colors.white, spaceAfter=10)
ad_line = ParagraphStyle("ad_line", fontName="Sans", fontSize=10, leading=14, textColor=colors.white,
                         spaceAfter=4)
end_st = ParagraphStyle("end", fontName="Sans", fontSize=8, leading=10, textColor=ORANGE,
                        alignment=2)


def mark(s):
    """Source text to reportlab markup: escape, **bold**, the rupee sign in DejaVu Serif."""
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = s.replace("\u20b9", '<font name="Rupee">\u20b9</font>')
    return s


def shaded_box(flowables, bg, border):
    t = Table([[flowables]], colWidths=[COLW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LINEABOVE", (0, 0), (-1, 0), 1.6, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


class PhotoSlot(Flowable):
    """The placed photo, as it prints in a proof without the linked image: a tinted frame with
    a drawn cyclone mark."""

    def __init__(self, w, h):
        Flowable.__init__(self)
        self.w, self.h = w, h

    def wrap(self, aw, ah):
        return min(self.w, aw), self.h

    def draw(self):
        c = self.canv
        w = min(self.w, COLW)
        c.saveState()
        c.setFillColor(colors.HexColor("#D9E4E6"))
        c.setStrokeColor(colors.HexColor("#9FB5B9"))
        c.rect(0, 0, w, self.h, stroke=1, fill=1)
        c.setStrokeColor(colors.HexColor("#7A969B"))
        c.setLineWidth(2)
        cx, cy = w / 2, self.h / 2
        for r in (10, 20, 30):
            c.arc(cx - r, cy - r, cx + r, cy + r, startAng=30 + r * 3, extent=220)
        c.circle(cx, cy, 4, stroke=0, fill=1)
        c.restoreState()


class Magazine:
    def __init__(self):
        self.meta, self.side_title, self.side = {}, "", []
        self.title_block, self.story = [], []

    def read(self):
        with open(SRC, encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if not l.startswith("%%")]
        para, table = [], None

        def flush():
            if para:
                self.story.append(Paragraph(mark(" ".join(para)), body))
                para.clear()

        for line in lines:
            s = line.strip()
            if not s:
                flush()
            elif s.startswith("@"):
                flush()
                key, _, val = s.partition(" ")
                key = key[1:]
                if key == "why":
                    self.story.append(shaded_box([Paragraph("WHY IN NEWS?", boxhead),
                                                  Paragraph(mark(val), boxtext)], PALE, TEAL))
                    self.story.append(Spacer(1, 6))
                elif key == "pull":
                    t = Table([[Paragraph("\u201c" + mark(val) + "\u201d", pull)]], colWidths=[COLW])
                    t.setStyle(TableStyle([
                        ("LINEABOVE", (0, 0), (-1, 0), 1.2, ORANGE),
                        ("LINEBELOW", (0, -1), (-1, -1), 1.2, ORANGE),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                        ("LEFTPADDING", (0, 0), (-1, -1), 10),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ]))
                    self.story.extend([Spacer(1, 4), t, Spacer(1, 8)])
                elif key == "sidebar":
                    self.side_title = val
                elif key == "side":
                    label, text = val.split("|", 1)
                    self.side.append(Paragraph("<b>%s:</b> %s" % (mark(label), mark(text)), side_p))
                elif key == "box":
                    label, text = val.split("|", 1)
                    parts = [Paragraph(mark(label), boxhead)]
                    parts += [Paragraph(mark(x.strip()), boxtext) for x in text.split(" // ")]
                    self.story.append(KeepTogether([Spacer(1, 6), shaded_box(parts, TINT, ORANGE)]))
                elif key == "fig":
                    w, h, cap = val.split("|", 2)
                    self.story.extend([Spacer(1, 2), PhotoSlot(float(w), float(h)), Spacer(1, 3),
                                       Paragraph(mark(cap), caption)])
                elif key == "table":
                    table = [val]
                elif key == "row":
                    table.append([c.strip() for c in val.split(" | ")])
                elif key == "endtable":
                    data = [[Paragraph(mark(c), cellh if i == 0 else cell) for c in r]
                            for i, r in enumerate(table[1:])]
                    t = Table(data, colWidths=[48, 66, COLW - 114], repeatRows=1)
                    t.setStyle(TableStyle([
                        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.HexColor("#9FB5B9")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                        ("LEFTPADDING", (0, 0), (-1, -1), 4),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ]))
                    self.story.append(KeepTogether([Paragraph(mark(table[0]), tcap), t, Spacer(1, 8)]))
                    table = None
                elif key == "end":
                    self.story.append(Paragraph("\u25a0", end_st))
                else:
                    self.meta[key] = val
            elif s.startswith("## "):
                flush()
                self.story.append(Paragraph(mark(s[3:]), head))
            elif s.startswith("- "):
                flush()
                self.story.append(Paragraph(mark(s[2:]), bullet, bulletText="\u25a0"))
            else:
                para.append(s)
        flush()
        band = Table([[Paragraph(mark(self.meta["kicker"]), kicker)]])
        band.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), ORANGE),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        band.hAlign = "LEFT"
        self.title_block = [band, Paragraph(mark(self.meta["title"]), title),
                            Paragraph(mark(self.meta["deck"]), deck),
                            Paragraph(mark(self.meta["byline"]), byline)]

    # ------------------------------------------------------------ page furniture
    def furniture(self, canv, doc):
        page = doc.page
        number = int(self.meta["firstpage"]) + page - 1
        canv.saveState()
        canv.setFont("Sans-Bold", 7.5)
        canv.setFillColor(GREY)
        canv.drawString(LM, HEAD_Y, self.meta["mag"])
        canv.drawRightString(PW - RM, HEAD_Y, self.meta["issue"])
        canv.setStrokeColor(ORANGE)
        canv.setLineWidth(1.4)
        canv.line(LM, HEAD_Y - 6, PW - RM, HEAD_Y - 6)
        # column rule
        top = TOP - (TITLE_H if page == 1 else 0) - 4
        bottom = BOTTOM
        canv.setStrokeColor(colors.HexColor("#BBBBBB"))
        canv.setLineWidth(0.4)
        x = LM + COLW + GUTTER / 2
        canv.line(x, top, x, bottom)
        # footer
        canv.setLineWidth(0.5)
        canv.line(LM, 40, PW - RM, 40)
        canv.setFillColor(TEAL)
        even = number % 2 == 0
        tab_x = LM if even else PW - RM - 26
        canv.rect(tab_x, 18, 26, 16, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Sans-Bold", 9)
        canv.drawCentredString(tab_x + 13, 23, str(number))
        canv.setFillColor(GREY)
        canv.setFont("Sans", 7.5)
        canv.drawCentredString(PW / 2, 23, self.meta["site"])
        if page == 2:
            self.draw_sidebar(canv)
        if page == 3:
            self.draw_ad(canv)
        canv.restoreState()

    def draw_sidebar(self, canv):
        x = LM + COLW + GUTTER
        y = BOTTOM
        canv.setFillColor(TINT)
        canv.setStrokeColor(ORANGE)
        canv.setLineWidth(1)
        canv.rect(x, y, COLW, SIDEBAR_H, stroke=1, fill=1)
        canv.setFillColor(ORANGE)
        canv.rect(x, y + SIDEBAR_H - 20, COLW, 20, stroke=0, fill=1)
        t = Paragraph(mark(self.side_title), side_t)
        t.wrap(COLW - 16, 20)
        t.drawOn(canv, x + 8, y + SIDEBAR_H - 15)
        f = Frame(x + 8, y + 6, COLW - 16, SIDEBAR_H - 32, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="sidebar")
        f.addFromList(list(self.side), canv)


    def draw_ad(self, canv):
        """The house advertisement that fills the right column of the article's last page."""
        x, y, w, h = LM + COLW + GUTTER, BOTTOM + 40, COLW, TOP - BOTTOM - 60
        canv.setFillColor(TEAL)
        canv.rect(x, y, w, h, stroke=0, fill=1)
        canv.setFillColor(ORANGE)
        canv.rect(x, y + h - 46, w, 46, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Narrow-Bold", 11)
        canv.drawString(x + 14, y + h - 20, self.meta["adtop"])
        canv.setFont("Sans-Bold", 9)
        canv.drawString(x + 14, y + h - 36, self.meta["adsub"])
        f = Frame(x + 14, y + 110, w - 28, h - 180, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="ad")
        f.addFromList([Paragraph(mark(l), ad_big if i == 0 else ad_line)
                       for i, l in enumerate(self.meta["ad"].split(" // "))], canv)
        canv.setFillColor(colors.white)
        canv.rect(x + 14, y + 20, 70, 70, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        for i in range(7):
            for j in range(7):
                if (i * 3 + j * 5 + i * j) % 4 < 2 or i in (0, 6) and j in (0, 6):
                    canv.rect(x + 18 + i * 9, y + 24 + j * 9, 8, 8, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Sans", 8)
        canv.drawString(x + 94, y + 60, self.meta["adscan"])
        canv.drawString(x + 94, y + 48, self.meta["site"])



def build():
    mag = Magazine()
    mag.read()
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=PH - TOP,
                          bottomMargin=BOTTOM, title="Cyclone Risk Governance: NDMA's Guidelines and the NCRMP",
                          author="Sankalp IAS", subject="Current Affairs Monthly, November 2025",
                          creator="Adobe InDesign 19.4 (Windows)", producer="Adobe PDF Library 17.0",
                          invariant=1)
    colh = TOP - BOTTOM
    left = lambda h, i: Frame(LM, BOTTOM, COLW, h, leftPadding=0, rightPadding=0, topPadding=0,
                              bottomPadding=0, id="left%s" % i)
    right = lambda h, b, i: Frame(LM + COLW + GUTTER, b, COLW, h, leftPadding=0, rightPadding=0,
                                  topPadding=0, bottomPadding=0, id="right%s" % i)
    first = PageTemplate(id="first", frames=[
        Frame(LM, TOP - TITLE_H, PW - LM - RM, TITLE_H, leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=6, id="title"),
        left(colh - TITLE_H - 6, 1), right(colh - TITLE_H - 6, BOTTOM, 1)],
        onPage=mag.furniture, autoNextPageTemplate="sidebar")
    side_b = BOTTOM + SIDEBAR_H + 14
    sidebar = PageTemplate(id="sidebar", frames=[left(colh, 2), right(TOP - side_b, side_b, 2)],
                           onPage=mag.furniture, autoNextPageTemplate="ad")
    ad = PageTemplate(id="ad", frames=[left(colh, 3)], onPage=mag.furniture,
                      autoNextPageTemplate="plain")
    plain = PageTemplate(id="plain", frames=[left(colh, 3), right(colh, BOTTOM, 3)],
                         onPage=mag.furniture, autoNextPageTemplate="plain")
    doc.addPageTemplates([first, sidebar, ad, plain])
    doc.build(mag.title_block + [FrameBreak()] + mag.story)


if __name__ == "__main__":
    build()
