#!/usr/bin/python3
"""Make docs/evm-vvpat-litigation-explained.pdf from tools/evm-vvpat-litigation-explained.txt.

The PDF is a newspaper explainer as a reader prints it from the paper's e-paper site with the
browser's "Save as PDF" (headers and footers on): on every A4 sheet the browser's header line
(print date and time at the left, the tab title in the middle) and footer line (the article's
address at the left, "N/2" at the right); inside it the clipped article as the paper set it:
a dark red "EXPLAINED" section bar with the paper's name, city, date and page number, then on
page 11 a red kicker, a 23.5 pt Times Bold headline, an italic standfirst and a byline over a
rule, and the text in two justified Times columns with a hairline column rule between them;
a three-line drop cap with the first words in capitals; question subheads in bold red
Helvetica; a photo (drawn, no image data) with a caption and credit; a pull quote between rules;
a shaded "CASE FILE" box of dated rows; a "Continued on Page 12" jump line at the foot of page
11 and a "FROM PAGE 11" jump head over the headline repeated small on page 12. Curly quotes,
apostrophes and em dashes as the paper prints them; base-14 fonts, no hyphenation.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py  (invariant=1, byte-for-byte stable)
"""
import os
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable, ParagraphAndImage

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "evm-vvpat-litigation-explained.txt")
OUT = os.path.join(HERE, "..", "docs", "evm-vvpat-litigation-explained.pdf")

W, H = A4
X0, X1 = 42.0, W - 42.0
GUTTER = 15.0
COLW = (X1 - X0 - GUTTER) / 2
TOP = H - 40.0
BOTTOM = 44.0
RED = colors.HexColor("#9b1c1c")
GREY = colors.HexColor("#555555")
PRINTED = "14/02/2025, 22:41"
URL = ("https://epaper.deccanledger.in/delhi/2025-02-14/11/"
       "evms-on-trial-from-the-paravur-poll-of-1982-to-the-fight-over-burnt-memory")


def smart(s):
    """Typeset straight quotes, apostrophes and -- the way the paper prints them."""
    s = s.replace("--", "\u2014")
    s = re.sub(r'(^|[\s(\u2014])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\u2014])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    return s


def x(s):
    return smart(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parse():
    meta, items = {}, []
    box = None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@"):
                key, _, val = line[1:].partition(" ")
                if key in ("paper", "edition", "date", "pages", "section", "kicker",
                           "headline", "standfirst", "byline"):
                    meta[key] = val
                elif key == "box":
                    box = ("box", val, [])
                elif key == "row":
                    box[2].append(tuple(p.strip() for p in val.split("|", 1)))
                elif key == "endbox":
                    items.append(box)
                    box = None
                else:
                    items.append((key, val))
            else:
                items.append(("p", line))
    return meta, items


ST = {
    "kicker": ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=8.5, leading=11,
                             textColor=RED, spaceAfter=3),
    "headline": ParagraphStyle("headline", fontName="Times-Bold", fontSize=23.5, leading=27,
                               spaceAfter=6),
    "standfirst": ParagraphStyle("standfirst", fontName="Times-Italic", fontSize=11.5,
                                 leading=14.5, textColor=colors.HexColor("#222222"),
                                 spaceAfter=6),
    "byline": ParagraphStyle("byline", fontName="Helvetica-Bold", fontSize=7.5, leading=10,
                             textColor=GREY, spaceAfter=3),
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=9.6, leading=12.1,
                           alignment=TA_JUSTIFY, firstLineIndent=9),
    "body0": ParagraphStyle("body0", fontName="Times-Roman", fontSize=9.6, leading=12.1,
                            alignment=TA_JUSTIFY),
    "sub": ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=9.4, leading=11.6,
                          textColor=RED, spaceBefore=7, spaceAfter=2.5, keepWithNext=1),
    "caption": ParagraphStyle("caption", fontName="Helvetica", fontSize=7.2, leading=8.8,
                              textColor=colors.HexColor("#333333"), spaceAfter=7),
    "quote": ParagraphStyle("quote", fontName="Times-BoldItalic", fontSize=13, leading=15.5,
                            alignment=TA_LEFT, textColor=RED, spaceBefore=3),
    "quoteby": ParagraphStyle("quoteby", fontName="Helvetica", fontSize=7, leading=9,
                              textColor=GREY, spaceBefore=3, spaceAfter=3),
    "boxhead": ParagraphStyle("boxhead", fontName="Helvetica-Bold", fontSize=8.2, leading=10,
                              textColor=colors.white),
    "boxyear": ParagraphStyle("boxyear", fontName="Helvetica-Bold", fontSize=7.8, leading=9.4,
                              textColor=RED),
    "boxtext": ParagraphStyle("boxtext", fontName="Helvetica", fontSize=7.8, leading=9.4),
    "jump": ParagraphStyle("jump", fontName="Helvetica-BoldOblique", fontSize=7.8, leading=10,
                           alignment=TA_RIGHT, textColor=RED, spaceBefore=4),
    "jumpkick": ParagraphStyle("jumpkick", fontName="Helvetica-Bold", fontSize=8, leading=10,
                               textColor=RED),
    "jumphead": ParagraphStyle("jumphead", fontName="Times-Bold", fontSize=17, leading=20,
                               spaceAfter=4),
}


class DropCap(Flowable):
    """The opening capital, three body lines tall."""

    def __init__(self, letter):
        Flowable.__init__(self)
        self.letter = letter
        self.size = 36.5

    def wrap(self, aw, ah):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self.width = stringWidth(self.letter, "Times-Bold", self.size)
        self.height = 3 * ST["body"].leading - 2
        return self.width, self.height

    def draw(self):
        self.canv.setFont("Times-Bold", self.size)
        self.canv.setFillColor(RED)
        self.canv.drawString(0, 1.2, self.letter)


class Photo(Flowable):
    """A press photo as printed in the clip (drawn shapes; no image data)."""

    def __init__(self, height):
        Flowable.__init__(self)
        self.h = height

    def wrap(self, aw, ah):
        self.width, self.height = aw, self.h + 3
        return self.width, self.height

    def draw(self):
        c, w, h = self.canv, self.width, self.h
        c.saveState()
        c.setFillColor(colors.HexColor("#b9b4aa"))
        c.rect(0, 3, w, h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#8e887d"))
        c.rect(0, 3, w, h * 0.34, stroke=0, fill=1)
        for i in range(7):  # rows of machine cases on tables
            bx = 10 + i * (w - 20) / 7
            c.setFillColor(colors.HexColor("#e7e3da") if i % 2 else colors.HexColor("#d3cec3"))
            c.rect(bx, 3 + h * 0.30, (w - 20) / 7 - 8, h * 0.16, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#5f5a52"))
            c.circle(bx + 12, 3 + h * 0.66, 7.5, stroke=0, fill=1)
            c.rect(bx + 5, 3 + h * 0.46, 14, h * 0.16, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#444444"))
        c.setLineWidth(0.4)
        c.rect(0, 3, w, h, stroke=1, fill=0)
        c.restoreState()


def body_flowables(items, jump_page):
    out, after_head = [], True
    for it in items:
        kind = it[0]
        if kind == "drop":
            text = smart(it[1])
            first, rest = text.split(" ", 1)
            words = rest.split(" ")
            lead = " ".join(words[:2]).upper()  # "HE SUPREME COURT" after the cap
            tail = " ".join(words[2:])
            p = Paragraph("%s %s %s" % (x(first[1:].upper()), x(lead), x(tail)), ST["body0"])
            out.append(ParagraphAndImage(p, DropCap(first[0]), xpad=2.5, ypad=0, side="left"))
            after_head = False
        elif kind == "p":
            out.append(Paragraph(x(it[1]), ST["body0"] if after_head else ST["body"]))
            after_head = False
        elif kind == "h":
            out.append(Paragraph(x(it[1]), ST["sub"]))
            after_head = True
        elif kind == "photo":
            cap, credit = [s.strip() for s in it[1].split("|")]
            out.append(KeepTogether([
                Spacer(1, 4), Photo(128),
                Paragraph("%s <font name='Helvetica-Bold'>%s</font>" % (x(cap), x(credit)),
                          ST["caption"])]))
            after_head = True
        elif kind == "quote":
            q, who = [s.strip() for s in it[1].split("|")]
            out.append(KeepTogether([
                Spacer(1, 5), HRFlowable(width="100%", thickness=1.4, color=RED, spaceAfter=5),
                Paragraph("\u201c%s\u201d" % x(q), ST["quote"]),
                Paragraph(x(who).upper(), ST["quoteby"]),
                HRFlowable(width="100%", thickness=0.6, color=RED, spaceBefore=3,
                           spaceAfter=7)]))
            after_head = True
        elif kind == "box":
            title, rows = it[1], it[2]
            data = [[Paragraph(x(title), ST["boxhead"]), ""]]
            for yr, text in rows:
                data.append([Paragraph(x(yr), ST["boxyear"]), Paragraph(x(text), ST["boxtext"])])
            t = Table(data, colWidths=[30, COLW - 30 - 0.5])
            t.setStyle(TableStyle([
                ("SPAN", (0, 0), (1, 0)),
                ("BACKGROUND", (0, 0), (1, 0), RED),
                ("BACKGROUND", (0, 1), (1, -1), colors.HexColor("#f3ede1")),
                ("LINEBELOW", (0, 1), (1, -2), 0.3, colors.HexColor("#c9bfa8")),
                ("BOX", (0, 0), (-1, -1), 0.6, RED),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
            ]))
            out.extend([Spacer(1, 6), t, Spacer(1, 8)])
            after_head = True
        elif kind == "jump":
            out.append(Paragraph(x(it[1]) + " \u00bb", ST["jump"]))
            out.append(NextPageTemplate("cont"))
            out.append(PageBreak())
            out.append(Paragraph("FROM PAGE %s" % jump_page, ST["jumpkick"]))
            out.append(None)  # placeholder for the repeated headline
            out.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceAfter=2))
            out.append(FrameBreak())
            after_head = True
    return out


def main():
    meta, items = parse()
    p1, p2 = meta["pages"].split()
    head = [Paragraph(x(meta["kicker"]), ST["kicker"]),
            Paragraph(x(meta["headline"]), ST["headline"]),
            Paragraph(x(meta["standfirst"]), ST["standfirst"]),
            Paragraph(x(meta["byline"]), ST["byline"]),
            HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceAfter=0)]
    head_h = 0
    for fl in head:
        w, h = fl.wrap(X1 - X0, 400)
        head_h += h + fl.getSpaceBefore() + fl.getSpaceAfter()
    bar_bottom = TOP - 18
    head_top = bar_bottom - 6
    cols_top1 = head_top - head_h - 14
    jump_small = Paragraph(x(meta["headline"]), ST["jumphead"])
    jh = 10 + jump_small.wrap(X1 - X0, 200)[1] + 4 + 3
    cols_top2 = head_top - jh - 14
    tab_title = smart(meta["headline"]) + " | " + meta["paper"].title() + " e-Paper"

    def chrome(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.black)
        c.drawString(22, H - 18, PRINTED)
        c.drawCentredString(W / 2, H - 18, tab_title)
        c.drawString(22, 14, URL)
        c.drawRightString(W - 22, 14, "%d/2" % doc.page)
        # section bar
        page_no = p1 if doc.page == 1 else p2
        c.setFillColor(RED)
        c.rect(X0, bar_bottom, X1 - X0, 16, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(X0 + 6, bar_bottom + 4.6, meta["section"])
        c.setFont("Helvetica", 7.2)
        c.drawRightString(X1 - 6, bar_bottom + 5.2, "%s  |  %s  |  %s  |  %s" % (
            meta["paper"], "NEW DELHI", meta["date"].upper(), page_no))
        # column rule and foot rule
        top = cols_top1 if doc.page == 1 else cols_top2
        c.setStrokeColor(colors.HexColor("#9a9a9a"))
        c.setLineWidth(0.35)
        mid = X0 + COLW + GUTTER / 2
        c.line(mid, top - 2, mid, BOTTOM + 2)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.line(X0, BOTTOM - 6, X1, BOTTOM - 6)
        c.setFont("Helvetica", 6.8)
        c.setFillColor(GREY)
        c.drawString(X0, BOTTOM - 15, "%s  \u00b7  %s edition  \u00b7  Page %s" % (
            meta["paper"], meta["edition"], page_no))
        c.drawRightString(X1, BOTTOM - 15, "\u00a9 2025 %s. For personal use only." %
                          meta["paper"].title())
        c.restoreState()

    f_head = Frame(X0, cols_top1 + 8, X1 - X0, head_top - cols_top1 - 8, id="head",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f_jump = Frame(X0, cols_top2 + 8, X1 - X0, head_top - cols_top2 - 8, id="jump",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def cols(top, pid):
        return [Frame(X0, BOTTOM, COLW, top - BOTTOM, id="%s_c1" % pid, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0),
                Frame(X0 + COLW + GUTTER, BOTTOM, COLW, top - BOTTOM, id="%s_c2" % pid,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]

    doc = BaseDocTemplate(OUT, pagesize=A4, invariant=1, pageCompression=0,
                          title=tab_title, author=meta["paper"].title(),
                          subject="Explained: EVMs, VVPAT and the courts",
                          creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                  "(KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
                          producer="Skia/PDF m132")
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[f_head] + cols(cols_top1, "p1"), onPage=chrome),
        PageTemplate(id="cont", frames=[f_jump] + cols(cols_top2, "p2"), onPage=chrome),
    ])
    story = head + [FrameBreak()]
    body = body_flowables(items, p1)
    story += [jump_small if fl is None else fl for fl in body]
    doc.build(story)


if __name__ == "__main__":
    main()
