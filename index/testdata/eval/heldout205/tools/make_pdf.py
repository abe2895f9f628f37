#!/usr/bin/python3
"""Make docs/bhakti-sufi-connect-notes.pdf from tools/bhakti-sufi-connect-notes.txt.

The PDF imitates what macOS Notes writes with File > Export as PDF: the note alone on A4
pages, with no header, footer or page numbers; the note's first line in the bold Title style,
Heading and Subheading lines in bold, Body text in a sans-serif face (Helvetica here, standing in
for San Francisco); bulleted ("•"), dashed ("–") and numbered lists with Notes' hanging indents;
checklist rows drawn as circles (an empty grey ring when open, a filled yellow disc with a white
tick when done); a table with thin grey rules around every cell and no header styling of its own;
a block quote with a grey bar on its left; a monostyled line on a light grey band; a sketch
(a drawing of free-hand strokes in a rounded box, with no text layer); hashtags in the accent
colour; document info as Notes sets it (Creator "Notes", Producer Quartz PDFContext).

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUT]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (Flowable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "bhakti-sufi-connect-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "bhakti-sufi-connect-notes.pdf")

PW, PH = A4
LM = RM = 46
TM = 48
BM = 44
TW = PW - LM - RM
ACCENT = colors.HexColor("#D6A500")
INK = colors.HexColor("#1D1D1F")
GREY = colors.HexColor("#C7C7CC")

title_st = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=23, leading=28,
                          textColor=INK, spaceAfter=8)
head_st = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=17, leading=21,
                         textColor=INK, spaceBefore=10, spaceAfter=3)
sub_st = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=13.5, leading=17,
                        textColor=INK, spaceBefore=6, spaceAfter=1)
body_st = ParagraphStyle("body", fontName="Helvetica", fontSize=11.5, leading=15,
                         textColor=INK)
item_st = ParagraphStyle("item", parent=body_st, leftIndent=22, bulletIndent=8, spaceBefore=1.5)
item2_st = ParagraphStyle("item2", parent=item_st, leftIndent=44, bulletIndent=30)
cell_st = ParagraphStyle("cell", parent=body_st, fontSize=10.5, leading=13)
quote_st = ParagraphStyle("quote", parent=body_st, textColor=colors.HexColor("#3A3A3C"))
mono_st = ParagraphStyle("mono", fontName="Courier", fontSize=10.5, leading=14, textColor=INK)
tag_st = ParagraphStyle("tag", parent=body_st, textColor=ACCENT)


def inline(s):
    s = escape(s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)",
               r'<a href="\2" color="#D6A500"><u>\1</u></a>', s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"__(.+?)__", r"<u>\1</u>", s)
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<i>\1</i>", s)
    return s


class CheckRow(Flowable):
    """One checklist row: Notes' round checkbox and the item's text beside it."""

    def __init__(self, text, done):
        Flowable.__init__(self)
        self.done = done
        self.para = Paragraph(inline(text), body_st)

    def wrap(self, aw, ah):
        self.pw, self.ph = self.para.wrap(aw - 26, ah)
        self.width, self.height = aw, self.ph + 5
        return self.width, self.height

    def draw(self):
        c = self.canv
        cy = self.height - 2.5 - 8
        if self.done:
            c.setFillColor(ACCENT)
            c.setStrokeColor(ACCENT)
            c.circle(9, cy, 7.2, stroke=0, fill=1)
            c.setStrokeColor(colors.white)
            c.setLineWidth(1.6)
            c.setLineCap(1)
            c.setLineJoin(1)
            p = c.beginPath()
            p.moveTo(5.6, cy + 0.2)
            p.lineTo(8.2, cy - 2.6)
            p.lineTo(12.6, cy + 2.8)
            c.drawPath(p, stroke=1, fill=0)
        else:
            c.setStrokeColor(GREY)
            c.setLineWidth(1.1)
            c.circle(9, cy, 7, stroke=1, fill=0)
        self.para.drawOn(c, 26, 2.5)


class Sketch(Flowable):
    """A Notes drawing: free-hand pen strokes (a rough map) in a rounded box, no text layer."""

    def __init__(self, width, height):
        Flowable.__init__(self)
        self.width, self.height = width, height

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor("#E5E5EA"))
        c.setLineWidth(0.8)
        c.roundRect(0, 0, self.width, self.height, 8, stroke=1, fill=0)
        c.setLineCap(1)
        c.setLineJoin(1)
        # outline of north and central India, drawn by hand
        c.setStrokeColor(colors.HexColor("#2C2C2E"))
        c.setLineWidth(1.8)
        p = c.beginPath()
        pts = [(70, 150), (95, 178), (128, 196), (160, 188), (176, 204), (205, 196), (228, 170),
               (262, 160), (300, 150), (330, 128), (318, 104), (284, 96), (250, 70), (226, 40),
               (204, 22), (186, 40), (160, 62), (124, 74), (96, 96), (78, 122), (70, 150)]
        p.moveTo(*pts[0])
        for a, b in zip(pts[1::2], pts[2::2]):
            p.curveTo(a[0], a[1], a[0], a[1], b[0], b[1])
        c.drawPath(p, stroke=1, fill=0)
        # rivers
        c.setStrokeColor(colors.HexColor("#0A84FF"))
        c.setLineWidth(1.3)
        p = c.beginPath()
        p.moveTo(150, 176)
        p.curveTo(176, 150, 214, 146, 246, 128)
        p.curveTo(266, 118, 290, 116, 312, 110)
        c.drawPath(p, stroke=1, fill=0)
        # shrine dots (red) and bhakti centres (green)
        for x, y, col in [(120, 150, "#FF3B30"), (150, 160, "#FF3B30"), (96, 170, "#FF3B30"),
                          (84, 132, "#FF3B30"), (176, 84, "#FF3B30"), (228, 134, "#34C759"),
                          (150, 186, "#34C759"), (210, 150, "#34C759")]:
            c.setFillColor(colors.HexColor(col))
            c.circle(x, y, 3.6, stroke=0, fill=1)
        # a scribbled arrow and underline
        c.setStrokeColor(colors.HexColor("#FF9500"))
        c.setLineWidth(1.5)
        p = c.beginPath()
        p.moveTo(360, 170)
        p.curveTo(330, 168, 300, 164, 156, 162)
        c.drawPath(p, stroke=1, fill=0)
        c.line(156, 162, 166, 168)
        c.line(156, 162, 166, 156)


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    story, table, num = [], [], 0
    title = ""

    def flush_table():
        if not table:
            return
        data = [[Paragraph(inline(c.strip()), cell_st) for c in row.strip().strip("|").split("|")]
                for row in table]
        data[0] = [Paragraph("<b>%s</b>" % p.text, cell_st) for p in data[0]]
        if len(data[0]) == 4:
            widths = [96, 112, 66, TW - 96 - 112 - 66]
        else:
            widths = [120, (TW - 120) / 2, (TW - 120) / 2]
        t = Table(data, colWidths=widths)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#D1D1D6")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        story.extend([Spacer(1, 4), t, Spacer(1, 6)])
        table.clear()

    for line in lines:
        if line.startswith("|"):
            table.append(line)
            continue
        flush_table()
        s = line.rstrip()
        if not re.match(r"\s*\d+\. ", s):
            num = 0
        if s.startswith("@title "):
            title = s[7:]
            story.append(Paragraph(inline(title), title_st))
        elif s.startswith("# "):
            story.append(Paragraph(inline(s[2:]), head_st))
        elif s.startswith("## "):
            story.append(Paragraph(inline(s[3:]), sub_st))
        elif s.startswith("-- "):
            story.append(Paragraph(inline(s[3:]), item_st, bulletText="\u2013"))
        elif s.startswith("- "):
            story.append(Paragraph(inline(s[2:]), item_st, bulletText="\u2022"))
        elif re.match(r"\d+\. ", s):
            num += 1
            story.append(Paragraph(inline(s.split(" ", 1)[1]), item_st, bulletText="%d." % num))
        elif s.startswith("[ ] ") or s.startswith("[x] "):
            story.append(CheckRow(s[4:], s[1] == "x"))
        elif s.startswith("> "):
            q = Table([[Paragraph(inline(s[2:]), quote_st)]], colWidths=[TW])
            q.setStyle(TableStyle([
                ("LINEBEFORE", (0, 0), (0, 0), 3, colors.HexColor("#C7C7CC")),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.extend([Spacer(1, 4), q, Spacer(1, 4)])
        elif s.startswith("` "):
            m = Table([[Paragraph(escape(s[2:]), mono_st)]], colWidths=[TW])
            m.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F2F7")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            story.extend([Spacer(1, 4), m, Spacer(1, 4)])
        elif s == "@drawing":
            story.extend([Spacer(1, 4), Sketch(TW * 0.72, 220), Spacer(1, 4)])
        elif s.startswith("@tags "):
            story.append(Paragraph(escape(s[6:]), tag_st))
        elif not s:
            story.append(Spacer(1, 8))
        else:
            story.append(Paragraph(inline(s), body_st))
    flush_table()
    return title, story


def build(out_path):
    title, story = story_from(read_source())
    doc = SimpleDocTemplate(out_path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                            bottomMargin=BM, title=title, author="", subject="",
                            creator="Notes",
                            producer="macOS Version 15.3.1 (Build 24D70) Quartz PDFContext",
                            invariant=1)
    doc.build(story)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
