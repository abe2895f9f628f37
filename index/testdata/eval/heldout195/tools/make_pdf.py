#!/usr/bin/python3
"""Re-make docs/prs-15th-fc-report-summary.pdf from tools/prs-15th-fc-report-summary.txt.

A PRS-style "Report Summary": a dark band and title block on page 1, a grey
Highlights box, numbered sections whose paragraphs open with bold run-in
headings, two ruled tables with a source line, footnotes printed at the foot
of the page that calls them (space for them is taken out of that page's
frame), a running head from page 2, the address footer on page 1 and a
centred page number on every page, and a boxed disclaimer at the end.
Built with reportlab and invariant=1, so the bytes are the same every run.
"""
import os
import re
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "prs-15th-fc-report-summary.txt")
OUT = os.path.join(HERE, "..", "docs", "prs-15th-fc-report-summary.pdf")

PAGE_W, PAGE_H = A4
LM = RM = 2.0 * cm
TM = 1.7 * cm
BM = 1.9 * cm
TEXT_W = PAGE_W - LM - RM
BAND_H = 1.1 * cm
GREY = colors.HexColor("#5a5a5a")
LIGHT = colors.HexColor("#e7e7e7")
DARK = colors.HexColor("#3b3b3b")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.4,
                      alignment=TA_JUSTIFY, spaceAfter=5.5)
head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                      spaceBefore=7, spaceAfter=4, textColor=DARK)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=16, leading=19.5,
                       spaceAfter=3, textColor=colors.black)
meta = ParagraphStyle("meta", fontName="Helvetica-Oblique", fontSize=8.5, leading=11,
                      textColor=GREY, spaceAfter=9)
hl_head = ParagraphStyle("hlhead", fontName="Helvetica-Bold", fontSize=11, leading=14,
                         spaceAfter=3)
hl_item = ParagraphStyle("hlitem", fontName="Helvetica", fontSize=9, leading=11.6,
                         leftIndent=11, bulletIndent=0, spaceAfter=3.5, alignment=TA_LEFT)
caption = ParagraphStyle("caption", fontName="Helvetica-Bold", fontSize=8.8, leading=11,
                         spaceBefore=4, spaceAfter=3)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.3, leading=10)
cell_b = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
source = ParagraphStyle("source", fontName="Helvetica-Oblique", fontSize=7.6, leading=9.5,
                        spaceBefore=2, spaceAfter=8, textColor=GREY)
fn_style = ParagraphStyle("fn", fontName="Helvetica", fontSize=7.3, leading=9,
                          leftIndent=8, firstLineIndent=-8, spaceAfter=1.5)
disc = ParagraphStyle("disc", fontName="Helvetica", fontSize=7.2, leading=9,
                      alignment=TA_JUSTIFY, textColor=GREY)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(t):
    t = esc(t)
    t = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", t)
    t = t.replace("'", "\u2019")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"\[\^(\d+)\]", r"<super><font size=6.5>\1</font></super>", t)
    return t


def parse(path):
    pages = [{"flow": [], "fns": []}]
    band = None
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip() or line.startswith("#"):
            continue
        cmd, _, rest = line.partition(" ")
        cur = pages[-1]
        if cmd == "@band":
            band = [x.strip() for x in rest.split("|")]
        elif cmd == "@title":
            cur["flow"].append(("title", rest))
        elif cmd == "@meta":
            cur["flow"].append(("meta", rest))
        elif cmd == "@highlights":
            items = []
            while not lines[i].startswith("@end"):
                items.append(lines[i][2:])
                i += 1
            i += 1
            cur["flow"].append(("highlights", items))
        elif cmd == "@p":
            cur["flow"].append(("p", rest))
        elif cmd == "@h":
            num, _, text = rest.partition(" ")
            cur["flow"].append(("h", num, text))
        elif cmd == "@table":
            rows = []
            src = ""
            while not lines[i].startswith("@endtable") and not lines[i].startswith("@source"):
                rows.append([c.strip() for c in lines[i].split("|")])
                i += 1
            if lines[i].startswith("@source"):
                src = lines[i].partition(" ")[2]
                i += 1
            cur["flow"].append(("table", rest, rows, src))
        elif cmd == "@fn":
            num, _, text = rest.partition(" ")
            cur["fns"].append((num, text))
        elif cmd == "@page":
            pages.append({"flow": [], "fns": []})
        elif cmd == "@disclaimer":
            cur["flow"].append(("disclaimer", rest))
        else:
            raise SystemExit("unknown line: %r" % line)
    return band, pages


def make_table(cap, rows, src):
    data = []
    for r, row in enumerate(rows):
        st = cell_b if r == 0 or row[0] == "Total" else cell
        data.append([Paragraph(inline(c), st) for c in row])
    ncol = len(rows[0])
    if ncol == 4 and rows[0][-1] == "What it captures":
        widths = [3.9 * cm, 2.5 * cm, 2.5 * cm, TEXT_W - 8.9 * cm]
    else:
        widths = [4.6 * cm, 3.4 * cm, 3.4 * cm, 2.6 * cm]
    t = Table(data, colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, DARK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, DARK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, DARK),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#b0b0b0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return KeepTogether([Paragraph(inline(cap), caption), t, Paragraph(inline(src), source)])


def highlights_box(items):
    inner = [Paragraph("Highlights of the Report", hl_head)]
    for it in items:
        inner.append(Paragraph(inline(it), hl_item, bulletText="\u2022"))
    t = Table([[inner]], colWidths=[TEXT_W])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#9a9a9a")),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [t, Spacer(1, 9)]


def fn_paras(fns):
    return [Paragraph("<super><font size=6>%s</font></super> %s" % (n, inline(t)), fn_style)
            for n, t in fns]


def fn_height(fns):
    h = 0
    for p in fn_paras(fns):
        w, ph = p.wrap(TEXT_W, PAGE_H)
        h += ph + fn_style.spaceAfter
    return h + (8 if fns else 0)


FOOT_H = 1.0 * cm


def main():
    band, pages = parse(SRC)
    npages = len(pages)
    story = []
    templates = []

    def draw_page(canv, doc, idx):
        canv.saveState()
        pno = idx + 1
        if idx == 0:
            canv.setFillColor(DARK)
            canv.rect(0, PAGE_H - BAND_H, PAGE_W, BAND_H, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont("Helvetica-Bold", 10.5)
            canv.drawString(LM, PAGE_H - BAND_H + 0.42 * cm, band[0])
            canv.setFont("Helvetica", 13)
            canv.drawRightString(PAGE_W - RM, PAGE_H - BAND_H + 0.38 * cm, band[1])
        else:
            canv.setFillColor(GREY)
            canv.setFont("Helvetica-Oblique", 7.8)
            canv.drawString(LM, PAGE_H - 1.15 * cm, "PRS Legislative Research")
            canv.drawRightString(PAGE_W - RM, PAGE_H - 1.15 * cm,
                                 "Report Summary: 15th Finance Commission (2021-26)")
            canv.setStrokeColor(colors.HexColor("#9a9a9a"))
            canv.setLineWidth(0.4)
            canv.line(LM, PAGE_H - 1.3 * cm, PAGE_W - RM, PAGE_H - 1.3 * cm)
        # footnotes
        fns = pages[idx]["fns"]
        if fns:
            y = BM + FOOT_H + fn_height(fns) - 4
            canv.setStrokeColor(colors.black)
            canv.setLineWidth(0.5)
            canv.line(LM, y, LM + 4.5 * cm, y)
            y -= 4
            for p in fn_paras(fns):
                w, ph = p.wrap(TEXT_W, PAGE_H)
                p.drawOn(canv, LM, y - ph)
                y -= ph + fn_style.spaceAfter
        # footer
        canv.setFillColor(GREY)
        if idx == 0:
            canv.setFont("Helvetica", 6.8)
            canv.drawString(LM, BM - 0.05 * cm,
                            "PRS Legislative Research \u2022 Institute for Policy Research Studies")
            canv.drawString(LM, BM - 0.35 * cm,
                            "3rd Floor, Gandharva Mahavidyalaya \u2022 212, Deen Dayal Upadhyaya Marg \u2022 New Delhi \u2013 110002")
            canv.drawString(LM, BM - 0.65 * cm, "Tel: (011) 43434035-36, 23234801-02 \u2022 www.prsindia.org")
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor(colors.black)
        canv.drawRightString(PAGE_W - RM, BM - 0.35 * cm, "- %d -" % pno)
        canv.restoreState()

    for idx, page in enumerate(pages):
        top = PAGE_H - (BAND_H + 0.6 * cm if idx == 0 else 1.7 * cm)
        bottom = BM + FOOT_H + fn_height(page["fns"])
        frame = Frame(LM, bottom, TEXT_W, top - bottom, id="f%d" % idx,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(id="p%d" % idx, frames=[frame],
                                      onPage=(lambda c, d, k=idx: draw_page(c, d, k))))
        if idx > 0:
            story.append(NextPageTemplate("p%d" % idx))
            story.append(PageBreak())
        for item in page["flow"]:
            kind = item[0]
            if kind == "title":
                story.append(Paragraph(inline(item[1]), title))
            elif kind == "meta":
                story.append(Paragraph(inline(item[1]).replace(" | ", " &nbsp;&nbsp;|&nbsp;&nbsp; "), meta))
            elif kind == "highlights":
                story.extend(highlights_box(item[1]))
            elif kind == "p":
                story.append(Paragraph(inline(item[1]), body))
            elif kind == "h":
                story.append(Paragraph("%s.&nbsp;&nbsp;%s" % (item[1], inline(item[2])), head))
            elif kind == "table":
                story.append(make_table(item[1], item[2], item[3]))
            elif kind == "disclaimer":
                t = Table([[Paragraph(inline(item[1]), disc)]], colWidths=[TEXT_W])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, GREY),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
                story.append(Spacer(1, 10))
                story.append(t)

    doc = BaseDocTemplate(OUT, pagesize=A4, pageTemplates=templates,
                          leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                          title="Report Summary: Report of the 15th Finance Commission for 2021-26",
                          author="PRS Legislative Research", subject="15th Finance Commission",
                          creator="PRS Legislative Research", invariant=1)
    doc.build(story)
    if doc.page != npages:
        sys.exit("layout overflow: %d pages built, %d expected" % (doc.page, npages))


if __name__ == "__main__":
    main()
