#!/usr/bin/python3
"""Make docs/chola-maritime-trade-module.pdf from tools/chola-maritime-trade-module.txt.

The module imitates a coaching institute's two-column exam-prep PDF as it circulates among
students: a navy header band on every page (institute name left, module right), a full-width
title block on page 1 (title, meta line, a "Why in News?" box with a saffron bar), then two
justified columns divided by a thin rule; section headings as white text on navy bars
("1. Introduction" ... "10. Practice MCQs"); bullets with bold lead-ins; dashed, tinted
"PRELIMS POINTERS" boxes with a saffron title strip and a ZapfDingbats diamond; a gridded
table with a navy header row; practice MCQs with numbered statements and options set two to a
row; an answer-key grid; a footer rule with the institute's Telegram/web line and "Page n of N";
a large pale diagonal watermark of the institute's name; and the vertical "Downloaded from
Telegram ..." stamp a re-sharing channel adds in the left margin.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [--out PATH]
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
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "chola-maritime-trade-module.txt")
OUT = os.path.join(HERE, "..", "docs", "chola-maritime-trade-module.pdf")

PW, PH = A4
LM = 17 * mm
RM = 14 * mm
BAND = 13 * mm
TM = BAND + 7 * mm
BM = 17 * mm
GAP = 8 * mm
CW = (PW - LM - RM - GAP) / 2
TITLE_H = 60 * mm

NAVY = colors.HexColor("#14305A")
SAFFRON = colors.HexColor("#E8892B")
CREAM = colors.HexColor("#FFF6E5")
BOXBG = colors.HexColor("#FFFBEF")
GRID = colors.HexColor("#8A97AB")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.8,
                      alignment=TA_JUSTIFY, spaceAfter=4)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=10, bulletIndent=1, spaceAfter=2.5,
                        bulletFontName="Times-Roman")
bar_st = ParagraphStyle("bar", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                        textColor=colors.white)
title_st = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=19, leading=23,
                          textColor=NAVY, spaceAfter=4)
meta_st = ParagraphStyle("meta", fontName="Helvetica-Oblique", fontSize=9, leading=11,
                         textColor=colors.HexColor("#5A5A5A"), spaceAfter=8)
why_st = ParagraphStyle("why", fontName="Times-Roman", fontSize=10.2, leading=13,
                        alignment=TA_JUSTIFY)
boxhead = ParagraphStyle("boxhead", fontName="Helvetica-Bold", fontSize=9, leading=11,
                         textColor=colors.white)
boxitem = ParagraphStyle("boxitem", fontName="Helvetica", fontSize=8.6, leading=11,
                         leftIndent=9, bulletIndent=0, alignment=TA_LEFT)
cap_st = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=8.6, leading=11,
                        textColor=NAVY, spaceBefore=4, spaceAfter=3)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.8, leading=9.6)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=7.8, leading=9.6,
                       textColor=colors.white)
mcq_st = ParagraphStyle("mcq", parent=body, fontName="Times-Bold", leftIndent=12,
                        firstLineIndent=-12, spaceBefore=5, spaceAfter=2, alignment=TA_LEFT)
st_st = ParagraphStyle("st", parent=body, leftIndent=24, firstLineIndent=-10, spaceAfter=1,
                       bulletFontName="Times-Roman",
                       alignment=TA_LEFT)
ask_st = ParagraphStyle("ask", parent=body, leftIndent=12, spaceAfter=2, alignment=TA_LEFT)
opt_st = ParagraphStyle("opt", parent=body, spaceAfter=0, alignment=TA_LEFT)


class Doc:
    front = {}
    pages = 0


def md(s):
    s = escape(s)
    s = re.sub(r"(\d)-(\d)", "\\1\u2013\\2", s)
    s = re.sub(r"(\d) (Sep|Aug|Jan|Mar|Jul) (\d{4})\u2013", "\\1 \\2 \\3\u2013", s)
    s = s.replace("'", "\u2019")
    s = re.sub(r'"([^"]+)"', "\u201c\\1\u201d", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<i>\1</i>", s)
    return s


def section_bar(text):
    num, name = text.split(" ", 1)
    t = Table([[Paragraph("%s\u2002%s" % (escape(num), md(name)), bar_st)]], colWidths=[CW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), NAVY),
        ("LINEBEFORE", (0, 0), (0, -1), 4, SAFFRON),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [CondPageBreak(30 * mm), Spacer(1, 5), t, Spacer(1, 5)]


def pointers_box(title, items):
    head = Paragraph('<font name="ZapfDingbats">u</font>\u2002%s' % escape(title.upper()), boxhead)
    rows = [[head]] + [[Paragraph(md(i), boxitem, bulletText="\u2022")] for i in items]
    t = Table(rows, colWidths=[CW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), SAFFRON),
        ("BACKGROUND", (0, 1), (-1, -1), BOXBG),
        ("BOX", (0, 0), (-1, -1), 0.9, SAFFRON, None, (3, 2)),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 7)]


def grid(rows, widths):
    data = [[Paragraph(md(c), cellh if i == 0 else cell) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF2F8")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def why_box(text):
    t = Table([[Paragraph(md(text), why_st)]], colWidths=[PW - LM - RM])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), CREAM),
        ("LINEBEFORE", (0, 0), (0, -1), 5, SAFFRON),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l.rstrip() for l in f.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    front = Doc.front
    story = []
    box = table = key = None
    caption = ""
    for line in lines:
        s = line.strip()
        if table is not None:
            if s == "@endtable":
                rows = [r.split(" | ") for r in table]
                story.extend([KeepTogether([Paragraph(md(caption), cap_st),
                                            grid(rows, [19 * mm, 17 * mm, 12 * mm,
                                                        CW - 48 * mm])]), Spacer(1, 7)])
                table = None
            elif s:
                table.append(s)
            continue
        if key is not None:
            if s == "@endkey":
                rows = [r.split(" | ") for r in key]
                story.extend([Spacer(1, 6), KeepTogether([Paragraph("Answer Key with Explanations",
                                                                    cap_st),
                                                          grid(rows, [7 * mm, 10 * mm,
                                                                      CW - 17 * mm])])])
                key = None
            elif s:
                key.append(s)
            continue
        if box is not None:
            if s == "@endbox":
                story.extend(pointers_box(box[0], box[1]))
                box = None
            elif s.startswith("- "):
                box[1].append(s[2:])
            continue
        if not s:
            continue
        if s.startswith("@box "):
            box = (s[5:], [])
        elif s.startswith("@table "):
            table, caption = [], s[7:]
        elif s == "@key":
            key = []
        elif s.startswith("@whynews "):
            story.extend([Paragraph(md(front["title"]), title_st),
                          Paragraph(md(front["meta"]), meta_st),
                          why_box(s[9:]), NextPageTemplate("later"), FrameBreak()])
        elif s.startswith("@mcq "):
            num, text = s[5:].split(" ", 1)
            story.append(Paragraph("Q%s\u2002%s" % (num.rstrip("."), md(text)), mcq_st))
        elif s.startswith("@st "):
            num, text = s[4:].split(" ", 1)
            story.append(Paragraph(md(text), st_st, bulletText=num))
        elif s.startswith("@ask "):
            story.append(Paragraph(md(s[5:]), ask_st))
        elif s.startswith("@opt "):
            a, b = s[5:].split(" | ")
            t = Table([[Paragraph(md(a), opt_st), Paragraph(md(b), opt_st)]],
                      colWidths=[(CW - 12) / 2, (CW - 12) / 2])
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            t.hAlign = "RIGHT"
            story.append(t)
        elif s.startswith("@"):
            k, _, v = s.partition(" ")
            front[k[1:]] = v
        elif s.startswith("# "):
            story.extend(section_bar(s[2:]))
        elif s.startswith("-b "):
            lead, rest = s[3:].split(": ", 1)
            story.append(Paragraph("<b>%s:</b> %s" % (md(lead), md(rest)), bullet,
                                   bulletText="\u25aa"))
        elif s.startswith("- "):
            story.append(Paragraph(md(s[2:]), bullet, bulletText="\u25aa"))
        else:
            story.append(Paragraph(md(s), body))
    return story


def decorate(canv, doc):
    f = Doc.front
    page = doc.page
    canv.saveState()
    # watermark under everything else on the page
    canv.setFillColor(colors.Color(0.91, 0.92, 0.95))
    canv.setFont("Helvetica-Bold", 64)
    canv.translate(PW / 2, PH / 2 - 20 * mm)
    canv.rotate(52)
    canv.drawCentredString(0, 0, f["watermark"])
    canv.restoreState()
    canv.saveState()
    canv.setFillColor(NAVY)
    canv.rect(0, PH - BAND, PW, BAND, stroke=0, fill=1)
    canv.setFillColor(SAFFRON)
    canv.rect(0, PH - BAND - 1.2 * mm, PW, 1.2 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 11.5)
    canv.drawString(LM, PH - BAND + 4.6 * mm, f["institute"])
    canv.setFont("Helvetica", 8.5)
    canv.drawRightString(PW - RM, PH - BAND + 4.8 * mm, f["module"])
    # column rule
    top = PH - TM - (TITLE_H if page == 1 else 0)
    canv.setStrokeColor(colors.HexColor("#C4CAD4"))
    canv.setLineWidth(0.4)
    canv.line(LM + CW + GAP / 2, BM, LM + CW + GAP / 2, top - 2 * mm)
    # footer
    canv.setStrokeColor(NAVY)
    canv.setLineWidth(0.6)
    canv.line(LM, BM - 5 * mm, PW - RM, BM - 5 * mm)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.setFont("Helvetica", 7.5)
    canv.drawString(LM, BM - 9 * mm, f["footer"])
    canv.setFont("Helvetica-Bold", 7.5)
    canv.drawRightString(PW - RM, BM - 9 * mm, "Page %d of %d" % (page, Doc.pages or 0))
    # the re-sharing channel's stamp in the left margin
    canv.setFillColor(colors.HexColor("#9A9A9A"))
    canv.setFont("Helvetica", 6.5)
    canv.translate(8 * mm, PH / 2)
    canv.rotate(90)
    canv.drawCentredString(0, 0, f["stamp"])
    canv.restoreState()
    Doc.pages = max(Doc.pages, page) if Doc.final is False else Doc.pages


Doc.final = False


def layout(out):
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="Chola Maritime Trade, Merchant Guilds and Links "
                          "with Southeast Asia", author="Navika IAS Academy",
                          subject="Medieval History Module MH-09", creator="Microsoft Word",
                          producer="Microsoft: Print To PDF", invariant=1)
    body_h = PH - TM - BM
    kw = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    first = [Frame(LM, PH - TM - TITLE_H, PW - LM - RM, TITLE_H, id="title", **kw),
             Frame(LM, BM, CW, body_h - TITLE_H, id="p1c1", **kw),
             Frame(LM + CW + GAP, BM, CW, body_h - TITLE_H, id="p1c2", **kw)]
    later = [Frame(LM, BM, CW, body_h, id="c1", **kw),
             Frame(LM + CW + GAP, BM, CW, body_h, id="c2", **kw)]
    doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=decorate),
                          PageTemplate(id="later", frames=later, onPage=decorate)])
    Doc.front = {}
    doc.build(story_from(read_source()))


def main():
    out = OUT
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out = sys.argv[2]
    Doc.pages, Doc.final = 0, False
    layout(out)          # first pass counts the pages
    Doc.final = True
    layout(out)          # second pass prints "Page n of N"


if __name__ == "__main__":
    main()
