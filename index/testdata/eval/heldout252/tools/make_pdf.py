#!/usr/bin/python3
"""Make docs/prs-union-budget-2025-26.pdf from tools/prs-union-budget-2025-26.txt.

The brief imitates a PRS Legislative Research budget analysis: on page 1 a masthead (a "PRS"
logo block, "LEGISLATIVE RESEARCH", the document type and date on the right, a rule), the
title, an italic "updated" line and a full-width opening paragraph; below it and on every later
page the text runs in two justified columns. Page 1 has two shaded highlights boxes (one per
column, a dark header row and one bullet a row). Section headings are bold blue with a hairline
under them; sub-headings are bold run-ins at the start of a paragraph; tables are ruled, with a
shaded header row, numbers set right, a bold caption above and an italic sources line below; a
bar chart (reportlab graphics) stands for the figure. Endnote marks are superscripts and the
endnotes are printed under "Sources" at the end, followed by a boxed DISCLAIMER. From page 2 a
running head ("PRS Legislative Research" left, the title right, rule below); on every page a
footer rule with the date left and the page number right, and PRS's address on page 1.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUT]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "prs-union-budget-2025-26.txt")
OUT = os.path.join(HERE, "..", "docs", "prs-union-budget-2025-26.pdf")

PW, PH = A4
LM = RM = 1.8 * cm
TM = 2.1 * cm
BM = 2.0 * cm
GUT = 0.8 * cm
TW = PW - LM - RM
CW = (TW - GUT) / 2
HEAD1 = 3.0 * cm         # from the page top to the first frame on page 1 (masthead)
TOP1 = 4.7 * cm          # height of page 1's full-width title and opening
ADDR = 1.1 * cm          # extra room kept for the address on page 1

BLUE = colors.HexColor("#1F4E79")
SHADE = colors.HexColor("#E8EEF5")
GREY = colors.HexColor("#595959")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11.6,
                      alignment=TA_JUSTIFY, spaceAfter=5)
intro_st = ParagraphStyle("intro", parent=body, fontSize=9.6, leading=12.6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=11, leading=13.5, textColor=BLUE,
                    spaceBefore=8, spaceAfter=4)
title_st = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=19, leading=23,
                          textColor=BLUE, spaceBefore=2, spaceAfter=3)
upd_st = ParagraphStyle("upd", fontName="Helvetica-Oblique", fontSize=8.5, leading=11,
                        textColor=GREY, spaceAfter=7)
box_head = ParagraphStyle("boxhead", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                          textColor=colors.white)
box_item = ParagraphStyle("boxitem", fontName="Helvetica", fontSize=8.6, leading=10.8,
                          alignment=TA_LEFT, leftIndent=8, bulletIndent=0)
cap_st = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=8.4, leading=10.4,
                        spaceBefore=4, spaceAfter=3)
src_st = ParagraphStyle("src", fontName="Helvetica-Oblique", fontSize=7.4, leading=9,
                        textColor=GREY, spaceBefore=2, spaceAfter=7)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=9.6)
cell_r = ParagraphStyle("cellr", parent=cell, alignment=TA_RIGHT)
cell_h = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=8, leading=9.6)
cell_hr = ParagraphStyle("cellhr", parent=cell_h, alignment=TA_RIGHT)
note_st = ParagraphStyle("note", fontName="Helvetica", fontSize=7.6, leading=9.4,
                         leftIndent=10, firstLineIndent=-10, spaceAfter=2)
disc_st = ParagraphStyle("disc", fontName="Helvetica", fontSize=7, leading=8.6,
                         alignment=TA_JUSTIFY, textColor=GREY)


def inline(s):
    s = escape(s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(])\u201d", "\\1\u201c", s)
    s = s.replace("'", "\u2019")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", s)
    return s


class Doc:
    front = {}


def masthead(canv):
    canv.saveState()
    top = PH - 1.2 * cm
    canv.setFillColor(BLUE)
    canv.rect(LM, top - 1.15 * cm, 1.9 * cm, 1.15 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 20)
    canv.drawCentredString(LM + 0.95 * cm, top - 0.85 * cm, "PRS")
    canv.setFillColor(BLUE)
    canv.setFont("Helvetica-Bold", 9)
    canv.drawString(LM + 2.2 * cm, top - 0.45 * cm, "LEGISLATIVE")
    canv.drawString(LM + 2.2 * cm, top - 0.9 * cm, "RESEARCH")
    canv.setFillColor(GREY)
    canv.setFont("Helvetica-Bold", 9)
    canv.drawRightString(PW - RM, top - 0.45 * cm, "Budget Analysis")
    canv.setFont("Helvetica", 8.5)
    canv.drawRightString(PW - RM, top - 0.9 * cm, Doc.front["@date"])
    canv.setStrokeColor(BLUE)
    canv.setLineWidth(1.2)
    canv.line(LM, top - 1.4 * cm, PW - RM, top - 1.4 * cm)
    canv.restoreState()


def footer(canv, doc):
    canv.saveState()
    canv.setStrokeColor(GREY)
    canv.setLineWidth(0.4)
    canv.line(LM, BM - 0.45 * cm, PW - RM, BM - 0.45 * cm)
    canv.setFillColor(GREY)
    canv.setFont("Helvetica", 7.5)
    canv.drawString(LM, BM - 0.8 * cm, Doc.front["@date"])
    canv.drawRightString(PW - RM, BM - 0.8 * cm, "- %d -" % doc.page)
    canv.restoreState()


def first_page(canv, doc):
    masthead(canv)
    footer(canv, doc)
    canv.saveState()
    canv.setFillColor(GREY)
    canv.setFont("Helvetica", 6.8)
    y = BM + ADDR - 0.35 * cm
    canv.setStrokeColor(GREY)
    canv.setLineWidth(0.3)
    canv.line(LM, y + 0.3 * cm, LM + 6 * cm, y + 0.3 * cm)
    for line in ["PRS Legislative Research \u25aa Institute for Policy Research Studies",
                 "3rd Floor, Gandharva Mahavidyalaya \u25aa 212, Deen Dayal Upadhyaya Marg \u25aa New Delhi \u2013 110002",
                 "Tel: (011) 4343 4035-36, 2323 4801-02 \u25aa www.prsindia.org"]:
        canv.drawString(LM, y, line)
        y -= 8.2
    canv.restoreState()


def later_page(canv, doc):
    canv.saveState()
    canv.setFillColor(GREY)
    canv.setFont("Helvetica-Oblique", 8)
    canv.drawString(LM, PH - TM + 0.55 * cm, "PRS Legislative Research")
    canv.drawRightString(PW - RM, PH - TM + 0.55 * cm, Doc.front["@runhead"])
    canv.setStrokeColor(BLUE)
    canv.setLineWidth(0.6)
    canv.line(LM, PH - TM + 0.4 * cm, PW - RM, PH - TM + 0.4 * cm)
    canv.restoreState()
    footer(canv, doc)


class Heading(Paragraph):
    def draw(self):
        Paragraph.draw(self)
        self.canv.saveState()
        self.canv.setStrokeColor(BLUE)
        self.canv.setLineWidth(0.4)
        self.canv.line(0, -2, self.width, -2)
        self.canv.restoreState()


def make_table(caption, widths, rows):
    data = []
    for i, r in enumerate(rows):
        cells = r.split(" | ")
        out = []
        for j, c in enumerate(cells):
            st = (cell_h if j == 0 else cell_hr) if i == 0 else (cell if j == 0 else cell_r)
            out.append(Paragraph(inline(c), st))
        data.append(out)
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, BLUE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, BLUE),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#BFBFBF")),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return [Paragraph(inline(caption), cap_st), t]


def make_box(title, items):
    data = [[Paragraph(inline(title), box_head)]]
    data += [[Paragraph(inline(i), box_item, bulletText="\u25aa")] for i in items]
    t = Table(data, colWidths=[CW], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("BACKGROUND", (0, 1), (-1, -1), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.6, BLUE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
    ]))
    return [t, Spacer(1, 8)]


def make_figure(caption, spec):
    pairs = [p.split("=") for p in re.findall(r"[^=]+?=[\d.]+", spec)]
    labels = [a.strip().replace(" ", "\n") for a, _ in pairs]
    values = [float(b) for _, b in pairs]
    d = Drawing(CW, 150)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 26, 34, CW - 34, 104
    bc.data = [values]
    bc.bars[0].fillColor = BLUE
    bc.bars[0].strokeColor = None
    bc.barWidth = 6
    bc.groupSpacing = 8
    bc.valueAxis.valueMin = 0
    bc.valueAxis.valueMax = 12
    bc.valueAxis.valueStep = 3
    bc.valueAxis.labels.fontName = "Helvetica"
    bc.valueAxis.labels.fontSize = 6.5
    bc.valueAxis.visibleGrid = 1
    bc.valueAxis.gridStrokeColor = colors.HexColor("#D9D9D9")
    bc.valueAxis.gridStrokeWidth = 0.3
    bc.categoryAxis.categoryNames = labels
    bc.categoryAxis.labels.fontName = "Helvetica"
    bc.categoryAxis.labels.fontSize = 6.5
    bc.categoryAxis.labels.dy = -3
    bc.barLabelFormat = "%.2f"
    bc.barLabels.fontName = "Helvetica"
    bc.barLabels.fontSize = 6.5
    bc.barLabels.nudge = 5
    d.add(bc)
    return [Paragraph(inline(caption), cap_st), d]


def story_from(lines):
    story = [NextPageTemplate("later")]
    notes = []
    box, table, i = None, None, 0
    for line in lines:
        s = line.rstrip()
        if box is not None:
            if s == "@endbox":
                story.extend(make_box(box[0], box[1]))
                box = None
            elif s.startswith("- "):
                box[1].append(s[2:])
            continue
        if table is not None:
            if s == "@endtable":
                block = make_table(table[0], table[1], table[2])
                story.append(KeepTogether(block))
                table = None
            elif s:
                table[2].append(s)
            continue
        if not s:
            continue
        key, _, val = s.partition(" ")
        if key in ("@date", "@updated", "@title", "@runhead"):
            Doc.front[key] = val
        elif key == "@intro":
            story.append(Paragraph(inline(Doc.front["@title"]), title_st))
            story.append(Paragraph(inline(Doc.front["@updated"]), upd_st))
            story.append(Paragraph(inline(val), intro_st))
            story.append(FrameBreak())
        elif key == "@box":
            box = (val, [])
        elif key == "@table":
            cap, widths = val.split("|")
            table = (cap, [float(w) for w in widths.split()], [])
        elif key == "@src":
            story.append(Paragraph(inline(val), src_st))
        elif key == "@figure":
            cap, spec = val.split("|")
            story.extend(make_figure(cap, spec))
        elif key == "@colbreak":
            story.append(FrameBreak())
        elif key == "@note":
            n, text = val.split(" ", 1)
            story.append(Paragraph("%s.&nbsp;&nbsp;%s" % (n, inline(text)), note_st))
        elif key == "@disclaimer":
            p = Paragraph(inline(val), disc_st)
            t = Table([[p]], colWidths=[CW])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, GREY),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            story.extend([Spacer(1, 10), t])
        elif s.startswith("# "):
            story.append(Heading(inline(s[2:]), h1))
        elif s.startswith("## "):
            head, text = s[3:].split(": ", 1)
            story.append(Paragraph("<b>%s:</b> %s" % (inline(head), inline(text)), body))
        elif s.startswith("- "):
            story.append(Paragraph(inline(s[2:]), bullet, bulletText="\u2022"))
        elif s.startswith("%"):
            continue
        else:
            story.append(Paragraph(inline(s), body))
    return story


def build(out):
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    for l in lines:
        k, _, v = l.partition(" ")
        if k in ("@date", "@updated", "@title", "@runhead"):
            Doc.front[k] = v
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title=Doc.front["@title"], author="PRS Legislative Research",
                          subject="Union Budget 2025-26", creator="Microsoft\u00ae Word for Microsoft 365",
                          producer="Microsoft\u00ae Word for Microsoft 365", invariant=1)
    col_h1 = PH - HEAD1 - TOP1 - 0.2 * cm - BM - ADDR
    fp = [Frame(LM, PH - HEAD1 - TOP1, TW, TOP1, id="top", leftPadding=0,
                rightPadding=0, topPadding=0, bottomPadding=0),
          Frame(LM, BM + ADDR, CW, col_h1, id="c1a", leftPadding=0, rightPadding=0,
                topPadding=0, bottomPadding=0),
          Frame(LM + CW + GUT, BM + ADDR, CW, col_h1, id="c1b", leftPadding=0, rightPadding=0,
                topPadding=0, bottomPadding=0)]
    lp = [Frame(LM, BM, CW, PH - TM - BM, id="ca", leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0),
          Frame(LM + CW + GUT, BM, CW, PH - TM - BM, id="cb", leftPadding=0, rightPadding=0,
                topPadding=0, bottomPadding=0)]
    doc.addPageTemplates([PageTemplate(id="first", frames=fp, onPage=first_page),
                          PageTemplate(id="later", frames=lp, onPage=later_page)])
    doc.build(story_from(lines))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
