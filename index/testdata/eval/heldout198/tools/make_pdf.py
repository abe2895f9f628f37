#!/usr/bin/python3
"""Re-make docs/air-india-sale-explainer.pdf from tools/air-india-sale-explainer.txt.

A newspaper "Explained" page laid out in three columns on A4: masthead with
ears and an edition bar, a headline across the columns, a standfirst, a
byline and dateline, then three justified columns with sans-serif question
subheads, a pull-quote between rules, a shaded box of figures with a
timeline, and a grey "What next" box.  The story runs on to a second page
with a running head.  Deterministic (invariant=1, fixed metadata).
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "air-india-sale-explainer.txt")
OUT = os.path.join(HERE, "..", "docs", "air-india-sale-explainer.pdf")

PAGE_W, PAGE_H = A4
LM = RM = 30
TOP = 26
BOTTOM = 34
GUTTER = 13
NCOL = 3
COL_W = (PAGE_W - LM - RM - GUTTER * (NCOL - 1)) / NCOL
INK = colors.HexColor("#111111")
RED = colors.HexColor("#a3151c")
NAVY = colors.HexColor("#1d3557")


def typo(s):
    """Newspaper typography: curly apostrophes and quotes, escaped markup."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = []
    for i, ch in enumerate(s):
        if ch == "'":
            prev = s[i - 1] if i else " "
            out.append("\u2018" if prev in " (" else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def parse(text):
    meta, body = {}, []
    box = nxt = None
    for raw in text.split("\n"):
        if not raw.strip() or raw.startswith("#"):
            continue
        key, _, val = raw[1:].partition(" ")
        if key in ("masthead", "motto", "ear_left", "ear_right", "bar", "kicker", "kicker2",
                   "headline", "standfirst", "byline", "place"):
            meta[key] = val
        elif key in ("p", "h"):
            body.append((key, val))
        elif key == "quote":
            body.append(("quote", [val, None]))
        elif key == "quoteby":
            body[-1][1][1] = val
        elif key == "box":
            box = {"title": val, "rows": [], "note": ""}
        elif key == "row":
            a, _, b = val.partition("|")
            box["rows"].append(("row", a, b))
        elif key == "sub":
            box["rows"].append(("sub", val, ""))
        elif key == "boxnote":
            box["note"] = val
        elif key == "endbox":
            body.append(("box", box))
            box = None
        elif key == "next":
            nxt = {"title": val, "items": []}
        elif key == "li":
            nxt["items"].append(val)
        elif key == "endnext":
            body.append(("next", nxt))
            nxt = None
        else:
            raise ValueError(raw)
    return meta, body


ST = {
    "headline": ParagraphStyle("headline", fontName="Times-Bold", fontSize=25, leading=28,
                               textColor=INK, alignment=TA_LEFT),
    "standfirst": ParagraphStyle("standfirst", fontName="Times-Italic", fontSize=11.5, leading=14,
                                 textColor=colors.HexColor("#333333")),
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=9, leading=11,
                           alignment=TA_JUSTIFY, firstLineIndent=9, textColor=INK),
    "body0": ParagraphStyle("body0", fontName="Times-Roman", fontSize=9, leading=11,
                            alignment=TA_JUSTIFY, firstLineIndent=0, textColor=INK),
    "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9.2, leading=11,
                        textColor=RED, spaceBefore=7, spaceAfter=2),
    "quote": ParagraphStyle("quote", fontName="Times-BoldItalic", fontSize=13.5, leading=16,
                            textColor=NAVY, alignment=TA_LEFT),
    "quoteby": ParagraphStyle("quoteby", fontName="Helvetica", fontSize=7, leading=9,
                              textColor=colors.HexColor("#444444")),
    "boxtitle": ParagraphStyle("boxtitle", fontName="Helvetica-Bold", fontSize=8.6, leading=10,
                               textColor=colors.white),
    "boxsub": ParagraphStyle("boxsub", fontName="Helvetica-Bold", fontSize=7.6, leading=9,
                             textColor=NAVY),
    "fig": ParagraphStyle("fig", fontName="Helvetica-Bold", fontSize=8, leading=9.4, textColor=RED),
    "figlabel": ParagraphStyle("figlabel", fontName="Helvetica", fontSize=7.3, leading=8.8, textColor=INK),
    "boxnote": ParagraphStyle("boxnote", fontName="Helvetica-Oblique", fontSize=6.2, leading=7.5,
                              textColor=colors.HexColor("#555555")),
    "nexttitle": ParagraphStyle("nexttitle", fontName="Helvetica-Bold", fontSize=10, leading=12, textColor=INK),
    "nextitem": ParagraphStyle("nextitem", fontName="Helvetica", fontSize=7.8, leading=9.6,
                               leftIndent=8, bulletIndent=0, bulletFontName="Helvetica-Bold",
                               textColor=INK, spaceAfter=3),
}


def header_block(meta):
    """Flowables of the full-width header (headline, standfirst, byline)."""
    return [
        Paragraph(typo(meta["headline"]), ST["headline"]),
        Spacer(1, 6),
        Paragraph(typo(meta["standfirst"]), ST["standfirst"]),
        Spacer(1, 6),
    ]


MAST_H = 118
AD_H = 330  # masthead, ears, edition bar and kicker strip


def draw_masthead(c, meta):
    y = PAGE_H - TOP
    c.setFillColor(INK)
    c.setFont("Helvetica-Bold", 7)
    c.drawString(LM, y - 8, meta["ear_left"])
    c.drawRightString(PAGE_W - RM, y - 8, meta["ear_right"])
    c.setFont("Times-Bold", 44)
    c.drawCentredString(PAGE_W / 2, y - 46, meta["masthead"])
    c.setFont("Times-Italic", 8)
    c.drawCentredString(PAGE_W / 2, y - 58, meta["motto"])
    c.setLineWidth(0.6)
    c.line(LM, y - 64, PAGE_W - RM, y - 64)
    c.setFont("Helvetica", 6.8)
    c.drawCentredString(PAGE_W / 2, y - 72, meta["bar"])
    c.setLineWidth(2.2)
    c.line(LM, y - 77, PAGE_W - RM, y - 77)
    # kicker strip
    c.setFillColor(INK)
    c.rect(LM, y - 96, 74, 13, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(LM + 6, y - 92.5, meta["kicker"])
    c.setFillColor(RED)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(LM + 82, y - 92.5, meta["kicker2"])
    c.setFillColor(INK)


def build():
    with open(SRC, encoding="utf-8") as f:
        meta, body = parse(f.read())

    full_w = PAGE_W - LM - RM
    # height of the full-width header frame
    hb = header_block(meta)
    head_h = 0
    for fl in hb:
        _, h = fl.wrap(full_w, PAGE_H)
        head_h += h
    byline_h = 16
    top_y = PAGE_H - TOP - MAST_H
    head_frame = Frame(LM, top_y - head_h, full_w, head_h, leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0, id="head")
    col_top1 = top_y - head_h - byline_h - 4
    frames1 = [head_frame] + [
        Frame(LM + i * (COL_W + GUTTER), BOTTOM, COL_W, col_top1 - BOTTOM, leftPadding=0,
              rightPadding=0, topPadding=0, bottomPadding=0, id="p1c%d" % i) for i in range(NCOL)]
    col_top2 = PAGE_H - TOP - 26
    col_bot2 = BOTTOM + AD_H + 16
    frames2 = [
        Frame(LM + i * (COL_W + GUTTER), col_bot2, COL_W, col_top2 - col_bot2, leftPadding=0,
              rightPadding=0, topPadding=0, bottomPadding=0, id="p2c%d" % i) for i in range(NCOL)]

    def col_rules(c, top, bottom=BOTTOM):
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.4)
        for i in range(1, NCOL):
            x = LM + i * (COL_W + GUTTER) - GUTTER / 2
            c.line(x, bottom, x, top)
        c.setStrokeColor(INK)

    def house_ad(c):
        """The paper's own subscription advertisement at the foot of page 2."""
        x0, y0, w, h = LM, BOTTOM, PAGE_W - LM - RM, AD_H
        c.setFont("Helvetica", 5.5)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawRightString(x0 + w, y0 + h + 3, "ADVERTISEMENT")
        c.setFillColor(colors.HexColor("#1d3557"))
        c.rect(x0, y0, w, h, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Times-BoldItalic", 26)
        c.drawString(x0 + 20, y0 + h - 44, "Make sense of the news.")
        c.setFont("Helvetica", 11)
        c.drawString(x0 + 20, y0 + h - 66, "Explained, every Monday. Editorials, puzzles and the full e-paper, every day.")
        c.setFont("Helvetica-Bold", 15)
        c.drawString(x0 + 20, y0 + h - 100, "Digital subscription: Rs 999 a year")
        c.setFont("Helvetica", 9)
        c.drawString(x0 + 20, y0 + h - 118, "Students get 40% off with a valid college ID. Visit capitalchronicle.in/subscribe")
        # a QR-code-like block
        c.setFillColor(colors.white)
        c.rect(x0 + w - 96, y0 + 22, 74, 74, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#1d3557"))
        for i in range(9):
            for j in range(9):
                if (i * 7 + j * 3 + i * j) % 5 in (0, 2) or (i < 3 and j < 3) or (i < 3 and j > 5) or (i > 5 and j < 3):
                    c.rect(x0 + w - 92 + i * 7.4, y0 + 26 + j * 7.4, 7.4, 7.4, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 7)
        c.drawCentredString(x0 + w - 59, y0 + 10, "SCAN TO SUBSCRIBE")
        c.setFillColor(INK)

    def footer(c, page_no):
        c.setFont("Helvetica", 6.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.setLineWidth(0.4)
        c.line(LM, BOTTOM - 8, PAGE_W - RM, BOTTOM - 8)
        c.drawString(LM, BOTTOM - 17, "THE CAPITAL CHRONICLE  |  NEW DELHI  |  MONDAY, JANUARY 27, 2025")
        c.drawRightString(PAGE_W - RM, BOTTOM - 17, "EXPLAINED  %d" % page_no)
        c.setFillColor(INK)

    def on_page1(c, doc):
        c.saveState()
        draw_masthead(c, meta)
        # byline and dateline under the standfirst
        y = top_y - head_h - 9
        c.setFont("Helvetica-Bold", 7.6)
        c.drawString(LM, y, "BY " + meta["byline"])
        w = c.stringWidth("BY " + meta["byline"], "Helvetica-Bold", 7.6)
        c.setFont("Helvetica", 7.6)
        c.drawString(LM + w + 8, y, meta["place"])
        c.setLineWidth(0.8)
        c.line(LM, y - 5, PAGE_W - RM, y - 5)
        col_rules(c, col_top1)
        footer(c, 1)
        c.restoreState()

    def on_page2(c, doc):
        c.saveState()
        y = PAGE_H - TOP
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(LM, y - 8, "EXPLAINED")
        c.setFont("Times-Italic", 8.5)
        c.drawString(LM + 50, y - 8, "Air India sale, three years on  (continued from page 1)")
        c.setFont("Times-Bold", 11)
        c.drawRightString(PAGE_W - RM, y - 8, "The Capital Chronicle")
        c.setLineWidth(1.4)
        c.line(LM, y - 14, PAGE_W - RM, y - 14)
        col_rules(c, col_top2, col_bot2)
        house_ad(c)
        footer(c, 2)
        c.restoreState()

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TOP,
                          bottomMargin=BOTTOM, invariant=1,
                          title="Three years after the Maharaja went home: how Air India was sold",
                          author="Meera Krishnan", subject="Explained | Economy | Privatisation",
                          creator="The Capital Chronicle e-paper", keywords="Air India, disinvestment, DIPAM")
    doc.addPageTemplates([
        PageTemplate(id="first", frames=frames1, onPage=on_page1, autoNextPageTemplate="rest"),
        PageTemplate(id="rest", frames=frames2, onPage=on_page2),
    ])

    story = list(hb)
    story.append(FrameBreak())
    after_head = True
    for kind, val in body:
        if kind == "p":
            story.append(Paragraph(typo(val), ST["body0"] if after_head else ST["body"]))
            after_head = False
        elif kind == "h":
            story.append(Paragraph(typo(val), ST["h"]))
            after_head = True
        elif kind == "quote":
            q, by = val
            t = Table([[Paragraph("\u201c" + typo(q) + "\u201d", ST["quote"])],
                       [Paragraph("\u2014 " + typo(by).upper(), ST["quoteby"])]],
                      colWidths=[COL_W])
            t.setStyle(TableStyle([
                ("LINEABOVE", (0, 0), (-1, 0), 1.6, RED),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, RED),
                ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]))
            story += [Spacer(1, 8), t, Spacer(1, 6)]
        elif kind == "box":
            rows = [[Paragraph(typo(val["title"]), ST["boxtitle"]), ""]]
            style = [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#fbf1d9")),
                ("BOX", (0, 0), (-1, -1), 0.6, NAVY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                ("TOPPADDING", (0, 0), (-1, 0), 4), ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
            ]
            for kind2, a, b in val["rows"]:
                r = len(rows)
                if kind2 == "sub":
                    rows.append([Paragraph(typo(a), ST["boxsub"]), ""])
                    style += [("SPAN", (0, r), (-1, r)), ("LINEABOVE", (0, r), (-1, r), 0.5, NAVY),
                              ("TOPPADDING", (0, r), (-1, r), 5)]
                else:
                    rows.append([Paragraph(typo(a), ST["fig"]), Paragraph(typo(b), ST["figlabel"])])
                    if r > 1 and val["rows"][r - 2][0] == "row":
                        style.append(("LINEABOVE", (0, r), (-1, r), 0.25, colors.HexColor("#d8c79a")))
            rows.append([Paragraph(typo(val["note"]), ST["boxnote"]), ""])
            style += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                      ("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 4)]
            t = Table(rows, colWidths=[54, COL_W - 54])
            t.setStyle(TableStyle(style))
            story += [Spacer(1, 8), t, Spacer(1, 6)]
        elif kind == "next":
            inner = [Paragraph(typo(val["title"]), ST["nexttitle"]), Spacer(1, 3)]
            for it in val["items"]:
                inner.append(Paragraph(typo(it), ST["nextitem"], bulletText="\u2022"))
            t = Table([[inner]], colWidths=[COL_W])
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e9e9e9")),
                ("LINEABOVE", (0, 0), (-1, 0), 2.2, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            # the box sits on its own in the third column of page 2, as a sidebar
            story += [FrameBreak(), KeepTogether([t])]
    doc.build(story)


if __name__ == "__main__":
    build()
