#!/usr/bin/python3
"""Make docs/worksheet-14-bhakti-maharashtra.pdf from tools/worksheet-14-bhakti-maharashtra.txt.

The worksheet imitates a coaching institute's two-page A4 worksheet typed in Word and saved as
PDF: a dark header band (institute name, programme line, a round "SIA" badge, the worksheet
number and title), a Name / Roll No. / Date line with blanks and a time-and-marks line, an
instructions paragraph, parts under shaded heading bars, a bordered reference table with a
tinted bold header row, questions set as number / text / marks rows, blanks drawn with
underscores, a borderless List I / List II table with UPSC-style codes, two shaded boxes
(legacy, current connect), ruled answer lines, and the answer key in small print under a
dashed fold line at the foot of page 2. Every page has a footer rule with the worksheet name,
the copyright line and "Page n of 2". Helvetica (base-14) stands in for Arial.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [output path]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "worksheet-14-bhakti-maharashtra.txt")
OUT = os.path.join(HERE, "..", "docs", "worksheet-14-bhakti-maharashtra.pdf")

PW, PH = A4
LM = RM = 1.5 * cm
TM = 1.3 * cm
BM = 1.6 * cm
TW = PW - LM - RM

NAVY = colors.HexColor("#1F3864")
BAR = colors.HexColor("#D9E2F3")
HEAD = colors.HexColor("#B4C6E7")
BOXFILL = colors.HexColor("#FFF8E1")
GREY = colors.HexColor("#595959")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=8.8, leading=11.2,
                      alignment=TA_JUSTIFY, spaceAfter=3)
small = ParagraphStyle("small", parent=body, fontSize=8.2, leading=10.2, spaceAfter=1)
instr = ParagraphStyle("instr", parent=body, fontName="Helvetica-Oblique", fontSize=8.3,
                       leading=10.4, spaceAfter=2)
bar_st = ParagraphStyle("bar", fontName="Helvetica-Bold", fontSize=9.6, leading=12,
                        textColor=NAVY)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.6, leading=9.2)
cellh = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold")
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
cellsub = ParagraphStyle("cellsub", parent=cell, fontName="Helvetica-Oblique", fontSize=7.2,
                         leading=8.8, textColor=GREY)
qnum = ParagraphStyle("qnum", parent=body, fontName="Helvetica-Bold", spaceAfter=0)
qtext = ParagraphStyle("qtext", parent=body, alignment=0, spaceAfter=0)
qmark = ParagraphStyle("qmark", parent=body, alignment=TA_RIGHT, spaceAfter=0)
bullet = ParagraphStyle("bullet", parent=body, fontSize=8.4, leading=10.5, leftIndent=10,
                        bulletIndent=1, spaceAfter=1, alignment=0)
boxt = ParagraphStyle("boxt", parent=body, fontName="Helvetica-Bold", fontSize=8.8,
                      textColor=NAVY, spaceAfter=2)
key_st = ParagraphStyle("key", fontName="Helvetica", fontSize=7.3, leading=9, spaceAfter=0.5)
keyh = ParagraphStyle("keyh", parent=key_st, fontName="Helvetica-Bold", fontSize=7.8,
                      spaceAfter=2)
fields = ParagraphStyle("fields", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=2)
meta = ParagraphStyle("meta", fontName="Helvetica-Bold", fontSize=8.4, leading=11,
                      textColor=GREY, spaceAfter=3)


def md(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"\*(.+?)\*", r"<i>\1</i>", s)
    return s


class Lines(Flowable):
    """Ruled answer lines."""

    def __init__(self, n, gap=17):
        Flowable.__init__(self)
        self.n, self.gap = n, gap

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.n * self.gap + 4

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor("#A6A6A6"))
        c.setLineWidth(0.5)
        for k in range(self.n):
            y = self.n * self.gap - (k + 1) * self.gap + 4
            c.line(0, y, self.width, y)


class FoldLine(Flowable):
    def wrap(self, aw, ah):
        self.width = aw
        return aw, 12

    def draw(self):
        c = self.canv
        c.setDash(3, 2)
        c.setLineWidth(0.6)
        c.setStrokeColor(GREY)
        c.line(0, 6, self.width, 6)
        c.setDash()
        c.setFillColor(colors.white)
        c.rect(self.width / 2 - 40, 1, 80, 10, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont("Helvetica-Oblique", 7)
        c.drawCentredString(self.width / 2, 3.5, "fold here")


def header_band(front):
    left = [Paragraph('<font color="white"><b>%s</b></font>' % escape(front["institute"]),
                      ParagraphStyle("i1", fontName="Helvetica-Bold", fontSize=13, leading=16)),
            Paragraph('<font color="#D9E2F3">%s</font>' % escape(front["tagline"]),
                      ParagraphStyle("i2", fontName="Helvetica", fontSize=7.8, leading=10))]
    right = [Paragraph('<font color="white"><b>%s</b></font>' % escape(front["sheet"]),
                       ParagraphStyle("i3", fontName="Helvetica-Bold", fontSize=11, leading=14,
                                      alignment=TA_RIGHT))]
    band = Table([[Badge(), left, right]], colWidths=[1.5 * cm, TW - 1.5 * cm - 3.6 * cm, 3.6 * cm])
    band.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (0, 0), 6),
    ]))
    title = Paragraph(escape(front["title"]),
                      ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13.5, leading=17,
                                     alignment=TA_CENTER, textColor=NAVY, spaceBefore=6,
                                     spaceAfter=5))
    return [band, title, Paragraph(escape(front["fields"]).replace("   ", "&nbsp;" * 6), fields),
            Paragraph(escape(front["meta"]).replace("   ", "&nbsp;" * 3), meta),
            Paragraph(md(front["instr"]), instr), Spacer(1, 2)]


class Badge(Flowable):
    def wrap(self, aw, ah):
        return 30, 30

    def draw(self):
        c = self.canv
        c.setFillColor(colors.white)
        c.circle(15, 15, 14, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(15, 12, "SIA")


def part_bar(text):
    t = Table([[Paragraph(md(text), bar_st)]], colWidths=[TW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), BAR),
        ("LINEBEFORE", (0, 0), (0, 0), 3, NAVY),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]))
    sp = Spacer(1, 4)
    t.keepWithNext = sp.keepWithNext = 1  # Word's "Keep with next" on the heading style
    return [Spacer(1, 5), t, sp]


def ref_table(rows):
    data = []
    for i, r in enumerate(rows):
        cells = r.split(" | ")
        if i == 0:
            data.append([Paragraph(md(c), cellh) for c in cells])
        else:
            row = []
            for j, c in enumerate(cells):
                if j == 0:
                    name, _, who = c.partition("; ")
                    row.append([Paragraph(md(name), cellb), Paragraph(md(who), cellsub)])
                else:
                    row.append(Paragraph(md(c), cell))
            data.append(row)
    widths = [3.0 * cm, 3.0 * cm, 3.4 * cm, 4.4 * cm, TW - 13.8 * cm]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8EAADB")),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [t]


def match_table(rows):
    data = []
    for i, r in enumerate(rows):
        a, b = r.split(" | ")
        st = cellh if i == 0 else qtext
        data.append([Paragraph(md(a), st), Paragraph(md(b), st)])
    t = Table(data, colWidths=[6 * cm, 6 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, NAVY),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 14),
    ]))
    return [t, Spacer(1, 3)]


def box(title, items):
    inner = [Paragraph(md(title), boxt)]
    for it in items:
        inner.append(Paragraph(md(it), bullet, bulletText="\u2022"))
    t = Table([[inner]], colWidths=[TW])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.7, colors.HexColor("#BF9000")),
        ("BACKGROUND", (0, 0), (-1, -1), BOXFILL),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return [t, Spacer(1, 4)]


def question(line):
    num, text, marks = line[2:].split(" | ")
    t = Table([[Paragraph(num + ".", qnum), Paragraph(md(text), qtext),
                Paragraph(marks, qmark)]],
              colWidths=[0.9 * cm, TW - 0.9 * cm - 1.0 * cm, 1.0 * cm])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return [t]


def story_from(lines):
    front, story = {}, []
    i = 0
    lines = [l for l in lines if not l.startswith("%")]
    while i < len(lines):
        s = lines[i].strip()
        i += 1
        if not s:
            continue
        if s in ("@table", "@match") or s.startswith("@box"):
            end = {"@table": "@endtable", "@match": "@endmatch"}.get(s, "@endbox")
            block = []
            while lines[i].strip() != end:
                block.append(lines[i].strip())
                i += 1
            i += 1
            if s == "@table":
                story.extend(ref_table(block))
            elif s == "@match":
                story.extend(match_table(block))
            else:
                story.extend(box(s[5:], [b[2:] for b in block]))
        elif s.startswith("@key"):
            key = [FoldLine(), Paragraph(md(s[5:]), keyh)]
            while i < len(lines):
                if lines[i].strip():
                    key.append(Paragraph(md(lines[i].strip()).replace("   ", "&nbsp;" * 5),
                                         key_st))
                i += 1
            story.append(KeepTogether(key))
        elif s.startswith("@lines "):
            story.append(Lines(int(s[7:])))
        elif s.startswith("@"):
            k, v = s[1:].split(" ", 1)
            front[k] = v
        elif s.startswith("## "):
            if not story:
                story.extend(header_band(front))
            story.extend(part_bar(s[3:]))
        elif s.startswith("Q "):
            story.extend(question(s))
        elif s.startswith("Codes:"):
            story.append(Paragraph(md(s).replace("   ", "&nbsp;" * 4), body))
        else:
            story.append(Paragraph(md(s), body))
    return front, story


def on_page(canv, doc, front):
    canv.saveState()
    y = BM - 0.55 * cm
    canv.setStrokeColor(NAVY)
    canv.setLineWidth(0.6)
    canv.line(LM, y + 10, PW - RM, y + 10)
    canv.setFont("Helvetica", 7.2)
    canv.setFillColor(GREY)
    left, mid = front["footer"].split("|")
    canv.drawString(LM, y, left)
    canv.drawCentredString(PW / 2, y, mid)
    canv.drawRightString(PW - RM, y, "Page %d of 2" % doc.page)
    canv.restoreState()


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        front, story = story_from(f.read().split("\n"))
    doc = BaseDocTemplate(out_path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="Worksheet 14 - Bhakti in Maharashtra",
                          author="Sahyadri IAS Academy", subject="GS Paper I - Art and Culture",
                          creator="Microsoft\u00ae Word for Microsoft 365",
                          producer="Microsoft\u00ae Word for Microsoft 365", invariant=1)
    frame = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="main", frames=[frame],
                                       onPage=lambda c, d: on_page(c, d, front))])
    doc.build(story)
    return doc.page


if __name__ == "__main__":
    pages = build(sys.argv[1] if len(sys.argv) > 1 else OUT)
    if pages != 2:
        sys.exit("worksheet runs to %d pages, not 2" % pages)
