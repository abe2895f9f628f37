#!/usr/bin/python3
"""Make docs/ncert-ch6-mangroves.pdf from tools/ncert-ch6-mangroves.txt.

The chapter imitates an NCERT textbook chapter printed in two columns: a chapter opener across
the page (a "Chapter 6" label, the title in large coloured sans-serif, an italic opener
paragraph and a rule), then two justified Times columns with coloured numbered section
headings ("6.1" ... "6.7"), italic side headings, bullet lists with bold lead-ins, tinted
"Activity", "Do you know?" and news boxes, a photograph placeholder and a labelled line
drawing with "Figure 6.n:" captions, a ruled table with a shaded header row, and an
"EXERCISES" block (multiple choice with options on one line, short and long answers, project
work). The foot of every page carries the page number with the book title (even pages) or the
chapter title (odd pages), and the grey "Reprint 2025-26" line NCERT prints on each page.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [--out PATH]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String, Circle, PolyLine
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ncert-ch6-mangroves.txt")
OUT = os.path.join(HERE, "..", "docs", "ncert-ch6-mangroves.pdf")

PW, PH = A4
LM = RM = 17 * mm
TM = 18 * mm
BM = 22 * mm
GAP = 7 * mm
CW = (PW - LM - RM - GAP) / 2
OPENER_H = 78 * mm

TEAL = colors.HexColor("#0B5C6B")
GREEN_BG = colors.HexColor("#E6F2E1")
YELLOW_BG = colors.HexColor("#FFF4CC")
BLUE_BG = colors.HexColor("#E3EEF8")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.6,
                      alignment=TA_JUSTIFY, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=11, bulletIndent=1, spaceAfter=3)
sec = ParagraphStyle("sec", fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                     textColor=TEAL, spaceBefore=8, spaceAfter=5, keepWithNext=1)
side = ParagraphStyle("side", fontName="Helvetica-BoldOblique", fontSize=10, leading=13,
                      spaceBefore=3, spaceAfter=3, keepWithNext=1)
box_head = ParagraphStyle("boxhead", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                          textColor=TEAL)
box_txt = ParagraphStyle("boxtxt", fontName="Times-Roman", fontSize=9.8, leading=12.4,
                         alignment=TA_JUSTIFY)
cap = ParagraphStyle("cap", fontName="Helvetica-Oblique", fontSize=8.5, leading=10.5,
                     alignment=TA_CENTER, spaceBefore=3, spaceAfter=8)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.8, leading=12)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9, leading=11.5)
chap_lab = ParagraphStyle("chaplab", fontName="Helvetica-Bold", fontSize=12, leading=15,
                          textColor=TEAL, spaceAfter=4)
title_st = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=28,
                          textColor=TEAL, spaceAfter=12)
intro_st = ParagraphStyle("intro", fontName="Times-Italic", fontSize=11.5, leading=15,
                          alignment=TA_JUSTIFY, leftIndent=14, rightIndent=14)
ex_head = ParagraphStyle("exhead", fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                         textColor=TEAL, spaceBefore=10, spaceAfter=5)
ex_q = ParagraphStyle("exq", parent=body, fontName="Times-Bold", leftIndent=14,
                      firstLineIndent=-14, spaceAfter=3)
ex_sub = ParagraphStyle("exsub", parent=body, leftIndent=30, firstLineIndent=-16, spaceAfter=2,
                        alignment=TA_LEFT)
ex_opt = ParagraphStyle("exopt", parent=body, leftIndent=30, spaceAfter=4, alignment=TA_LEFT)


class State:
    book = ""
    chapter = ""
    title = ""
    first = 1


ST = State()


def md(s):
    s = escape(s)
    s = s.replace("'", "\u2019").replace(" - ", " \u2013 ")
    s = re.sub(r'"([^"]+)"', "\u201c\\1\u201d", s)
    return s


def photo():
    d = Drawing(CW, 44 * mm)
    d.add(Rect(0, 0, CW, 44 * mm, fillColor=colors.HexColor("#B9C9C4"), strokeColor=None))
    d.add(Rect(0, 0, CW, 14 * mm, fillColor=colors.HexColor("#8FA9B3"), strokeColor=None))
    for i in range(14):
        x = 4 * mm + i * (CW - 8 * mm) / 13
        r = (5 + (i * 7) % 4) * mm
        d.add(Circle(x, 20 * mm + (i % 3) * 3 * mm, r, fillColor=colors.HexColor("#4F7A52"),
                     strokeColor=None))
    for i in range(10):
        x = 8 * mm + i * (CW - 16 * mm) / 9
        d.add(Line(x, 14 * mm, x, 20 * mm, strokeColor=colors.HexColor("#3E4F3F"),
                   strokeWidth=1))
    return d


def roots():
    w, h = CW, 58 * mm
    d = Drawing(w, h)
    mud = 16 * mm
    d.add(Rect(0, 0, w, mud, fillColor=colors.HexColor("#C8B48A"), strokeColor=None))
    d.add(Line(0, 30 * mm, w, 30 * mm, strokeColor=colors.HexColor("#2E6FA3"),
               strokeDashArray=[3, 2], strokeWidth=0.8))
    d.add(Line(0, 21 * mm, w, 21 * mm, strokeColor=colors.HexColor("#2E6FA3"),
               strokeDashArray=[1, 2], strokeWidth=0.8))
    d.add(String(w - 2 * mm, 31 * mm, "High tide", fontName="Helvetica", fontSize=6.5,
                 textAnchor="end"))
    d.add(String(w - 2 * mm, 22 * mm, "Low tide", fontName="Helvetica", fontSize=6.5,
                 textAnchor="end"))
    d.add(String(2 * mm, 3 * mm, "Mud", fontName="Helvetica", fontSize=6.5))
    # Rhizophora with stilt roots
    cx = w * 0.26
    d.add(Line(cx, 30 * mm, cx, 46 * mm, strokeColor=colors.HexColor("#5A4632"), strokeWidth=3))
    d.add(Circle(cx, 49 * mm, 8 * mm, fillColor=colors.HexColor("#5C8C4E"), strokeColor=None))
    for dx in (-14, -9, -4, 4, 9, 14):
        d.add(PolyLine([cx, 33 * mm, cx + dx * mm * 0.55, 29 * mm, cx + dx * mm, mud],
                       strokeColor=colors.HexColor("#5A4632"), strokeWidth=1.2))
    d.add(String(cx, 9 * mm, "Stilt roots", fontName="Helvetica", fontSize=7,
                 textAnchor="middle"))
    # Avicennia with pneumatophores
    ax = w * 0.72
    d.add(Line(ax, mud, ax, 44 * mm, strokeColor=colors.HexColor("#5A4632"), strokeWidth=3))
    d.add(Circle(ax, 47 * mm, 9 * mm, fillColor=colors.HexColor("#6E9A5A"), strokeColor=None))
    d.add(Line(ax - 20 * mm, 12 * mm, ax + 20 * mm, 12 * mm,
               strokeColor=colors.HexColor("#5A4632"), strokeWidth=1))
    for i in range(-5, 6):
        if i == 0:
            continue
        x = ax + i * 3.4 * mm
        d.add(Line(x, 12 * mm, x, 19 * mm, strokeColor=colors.HexColor("#5A4632"),
                   strokeWidth=1))
    d.add(String(ax, 3 * mm, "Pneumatophores", fontName="Helvetica", fontSize=7,
                 textAnchor="middle"))
    return d


def boxed(title, paras, bg, icon):
    rows = [[Paragraph(icon + "\u2002" + escape(title), box_head)]]
    for p in paras:
        rows.append([p])
    t = Table(rows, colWidths=[CW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 8)]


def on_page(canv, doc):
    page = doc.page + ST.first - 1
    canv.saveState()
    canv.setFont("Helvetica-Bold", 9)
    y = 12 * mm
    if page % 2 == 0:
        canv.setFillColor(TEAL)
        canv.drawString(LM, y, str(page))
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica", 7.5)
        canv.drawString(LM + 9 * mm, y, ST.book.upper())
    else:
        canv.setFont("Helvetica", 7.5)
        canv.drawRightString(PW - RM - 9 * mm, y, ST.title.upper())
        canv.setFont("Helvetica-Bold", 9)
        canv.setFillColor(TEAL)
        canv.drawRightString(PW - RM, y, str(page))
    canv.setFillColor(colors.HexColor("#9A9A9A"))
    canv.setFont("Helvetica", 6.5)
    canv.drawCentredString(PW / 2, 6 * mm, "Reprint 2025-26")
    canv.restoreState()


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l.rstrip() for l in f.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    story, box, table, caption = [], None, None, ""
    front = {}
    opener_done = False

    def add(flows):
        if box is not None:
            box[2].extend(f for f in flows if isinstance(f, Paragraph))
        else:
            story.extend(flows)

    for line in lines:
        s = line.strip()
        if table is not None:
            if s == "@endtable":
                data = [[Paragraph(md(c), cellh if i == 0 else cell) for c in r.split(" | ")]
                        for i, r in enumerate(table)]
                t = Table(data, colWidths=[CW * 0.55, CW * 0.45])
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#6F8F95")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CFE3E6")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]))
                story.append(KeepTogether([Paragraph(md(caption), cap), t, Spacer(1, 8)]))
                table = None
            elif s:
                table.append(s)
            continue
        if not s:
            continue
        if s.startswith("@book "):
            ST.book = s[6:]
        elif s.startswith("@chapter "):
            front["chapter"] = s[9:]
        elif s.startswith("@title "):
            ST.title = s[7:]
        elif s.startswith("@firstpage "):
            ST.first = int(s[11:])
        elif s.startswith("@intro "):
            story.extend([Paragraph("Chapter " + front["chapter"], chap_lab),
                          Paragraph(md(ST.title), title_st),
                          Paragraph(md(s[7:]), intro_st), FrameBreak(),
                          NextPageTemplate("later")])
            opener_done = True
        elif s.startswith("@figure "):
            kind, text = s[8:].split("|", 1)
            d = photo() if kind == "photo" else roots()
            story.append(KeepTogether([Spacer(1, 3), d, Paragraph(md(text), cap)]))
        elif s.startswith("@table "):
            table, caption = [], s[7:]
        elif s == "@activity":
            box = ("Activity", GREEN_BG, [], "\u270e")
        elif s == "@dyk":
            box = ("Do you know?", YELLOW_BG, [], "?")
        elif s.startswith("@news "):
            box = (s[6:], BLUE_BG, [], "\u25cf")
        elif s == "@end":
            title, bg, paras, icon = box
            box = None
            story.extend(boxed(title, paras, bg, icon if icon != "\u270e" else "\u2022"))
        elif s == "@exercises":
            story.append(Paragraph("EXERCISES", ex_head))
        elif s.startswith("Q "):
            m = re.match(r"Q (\d+)\. (.*)", s)
            story.append(Paragraph("%s.\u2002%s" % (m.group(1), md(m.group(2))), ex_q))
        elif re.match(r"\([ivx]+\) ", s):
            m = re.match(r"(\([ivx]+\)) (.*)", s)
            story.append(Paragraph("%s\u2002%s" % (m.group(1), md(m.group(2))), ex_sub))
        elif s.startswith("@opts "):
            opts = re.split(r"\s{3,}", s[6:])
            story.append(Paragraph("\u2003".join(md(o) for o in opts), ex_opt))
        elif s == "Project Work":
            story.append(Paragraph("Project Work", ex_head))
        elif s.startswith("# "):
            story.append(Paragraph(md(s[2:]), sec))
        elif s.startswith("## "):
            story.append(Paragraph(md(s[3:]), side))
        elif s.startswith("-b "):
            lead, rest = s[3:].split(": ", 1)
            add([Paragraph("<b>%s:</b> %s" % (md(lead), md(rest)), bullet,
                           bulletText="\u2022")])
        elif s.startswith("- "):
            add([Paragraph(md(s[2:]), bullet, bulletText="\u2022")])
        else:
            st = box_txt if box is not None else body
            text = md(s)
            if box is not None and box[0] not in ("Activity", "Do you know?"):
                text = re.sub(r"^([^:]+):", r"<b>\1:</b>", text)
            p = Paragraph(text, st)
            if box is not None:
                box[2].append(p)
            else:
                story.append(p)
    return story


def build(out):
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="Chapter 6: Mangroves: Forests of the Tide",
                          author="NCERT", subject="Environment and Ecology",
                          creator="Adobe InDesign 18.5 (Windows)",
                          producer="Adobe PDF Library 17.0", invariant=1)
    body_h = PH - TM - BM
    top = PH - TM
    first = [Frame(LM, top - OPENER_H, PW - LM - RM, OPENER_H, id="opener",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
             Frame(LM, BM, CW, body_h - OPENER_H, id="f1c1",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
             Frame(LM + CW + GAP, BM, CW, body_h - OPENER_H, id="f1c2",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
    later = [Frame(LM, BM, CW, body_h, id="c1", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0),
             Frame(LM + CW + GAP, BM, CW, body_h, id="c2", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)]

    def first_page(canv, d):
        on_page(canv, d)
        canv.saveState()
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(1.2)
        y = top - OPENER_H + 4 * mm
        canv.line(LM, y, PW - RM, y)
        canv.restoreState()

    doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=first_page),
                          PageTemplate(id="later", frames=later, onPage=on_page)])
    doc.build(story_from(read_source()))


def main():
    out = OUT
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out = sys.argv[2]
    build(out)


if __name__ == "__main__":
    main()
