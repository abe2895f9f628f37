#!/usr/bin/python3
"""Re-make docs/ncert-ch4-tropical-cyclones.pdf from tools/ncert-ch4-tropical-cyclones.txt.

The PDF imitates a chapter file of an NCERT textbook as downloaded from the NCERT site: book
pages numbered from 47 on a 21 x 27.5 cm page, a chapter opener on the first page (a small
"UNIT II" label, a dark band holding "Chapter" and a large "4", the title in capitals, an
italic opening paragraph set off by a rule), one column of justified Times text, numbered
section headings "4.1" to "4.7" in bold sans-serif, an unnumbered bold-italic side heading,
bullet lists, shaded boxes headed "Activity" (green) and "Do you know?" (yellow), three
figures drawn in flat colours (a satellite-picture placeholder, a labelled vertical section,
a labelled sketch map of tracks) with "Fig. 4.n:" captions, a ruled table with a shaded
header row, a dated list of recent cyclones, and an "EXERCISES" set (multiple-choice items
with options (a)-(d) set in four columns, short-answer questions, Project Work).
Mirrored running feet: on left-hand (even) pages the page number and the book title at the
left, on right-hand (odd) pages the chapter title and the page number at the right; the
opening page has only its number.  "Reprint 2025-26" is printed turned through 90 degrees in
the outer margin of every page, as on NCERT's files.  Document information names a Distiller
producer, as NCERT's older chapter files do.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import math
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ncert-ch4-tropical-cyclones.txt")
OUT = os.path.join(HERE, "..", "docs", "ncert-ch4-tropical-cyclones.pdf")

PW, PH = 21.0 * cm, 27.5 * cm
LM = RM = 2.3 * cm
TM = 2.2 * cm
BM = 2.4 * cm
TW = PW - LM - RM

INK = colors.HexColor("#1f3b63")
GREEN = colors.HexColor("#e4f1dc")
GREEN_EDGE = colors.HexColor("#6a9a4f")
YELLOW = colors.HexColor("#fff2c2")
YELLOW_EDGE = colors.HexColor("#c9a227")
GREY = colors.HexColor("#8c8c8c")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.4,
                      alignment=TA_JUSTIFY, firstLineIndent=14, spaceAfter=3)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
bullet = ParagraphStyle("bullet", parent=body0, leftIndent=18, bulletIndent=6, spaceAfter=2)
sec = ParagraphStyle("sec", fontName="Helvetica-Bold", fontSize=12.5, leading=16, textColor=INK,
                     spaceBefore=12, spaceAfter=5)
side = ParagraphStyle("side", fontName="Times-BoldItalic", fontSize=11.5, leading=14.5,
                      spaceBefore=6, spaceAfter=3)
opener_st = ParagraphStyle("opener", fontName="Times-Italic", fontSize=11.5, leading=15.2,
                           alignment=TA_JUSTIFY, leftIndent=14)
box_head = ParagraphStyle("boxhead", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                          spaceAfter=3)
box_body = ParagraphStyle("boxbody", fontName="Times-Roman", fontSize=10.5, leading=13.4,
                          alignment=TA_JUSTIFY)
cap_st = ParagraphStyle("cap", fontName="Times-Roman", fontSize=9.5, leading=12,
                        alignment=TA_CENTER, spaceBefore=3, spaceAfter=8)
cell_st = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12.4)
cellh_st = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=10, leading=12.4)
news_st = ParagraphStyle("news", parent=body0, leftIndent=14, firstLineIndent=-14, spaceAfter=4)
ex_head = ParagraphStyle("exhead", fontName="Helvetica-Bold", fontSize=12, leading=15,
                         alignment=TA_CENTER, textColor=INK, spaceBefore=10, spaceAfter=6)
ex_st = ParagraphStyle("ex", fontName="Times-Bold", fontSize=11, leading=14, spaceBefore=6,
                       spaceAfter=3)
q_st = ParagraphStyle("q", parent=body0, leftIndent=30, firstLineIndent=-18, spaceAfter=1,
                      alignment=TA_LEFT)
opt_st = ParagraphStyle("opt", fontName="Times-Roman", fontSize=11, leading=14)


def inline(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"\*(.+?)\*", r"<i>\1</i>", s)
    return s


class ChapterBand(Flowable):
    """The chapter opener: unit label, dark band with 'Chapter' and the number, title."""

    def __init__(self, unit, number, title):
        Flowable.__init__(self)
        self.unit, self.number, self.title = unit, number, title

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 118

    def draw(self):
        c = self.canv
        c.setFillColor(INK)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(0, 108, self.unit)
        c.rect(0, 40, self.aw, 58, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 13)
        c.drawString(14, 72, "Chapter")
        c.setFont("Helvetica-Bold", 40)
        c.drawRightString(self.aw - 16, 52, self.number)
        c.setFillColor(INK)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(0, 10, self.title)


class Rule(Flowable):
    def __init__(self, width=0.8, space=6):
        Flowable.__init__(self)
        self.lw, self.space = width, space

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, self.space, self.aw, self.space)


class Figure(Flowable):
    """Line drawings and a photo placeholder in flat colours; labels are real text."""

    def __init__(self, kind, height):
        Flowable.__init__(self)
        self.kind, self.h = kind, height

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        getattr(self, "draw_" + self.kind)()

    def draw_satellite(self):
        c = self.canv
        w, h = 230, self.h - 6
        x0 = (self.aw - w) / 2
        c.setFillColor(colors.HexColor("#16222e"))
        c.rect(x0, 3, w, h, stroke=0, fill=1)
        cx, cy = x0 + w * 0.55, 3 + h * 0.52
        c.setStrokeColor(colors.HexColor("#e9eef2"))
        for k in range(5):
            c.setLineWidth(7 - k)
            p = c.beginPath()
            for t in range(0, 181):
                a = t / 180.0 * 2.6 * math.pi + k * 1.25
                r = 6 + t * 0.32
                x, y = cx + r * math.cos(a), cy + r * math.sin(a) * 0.85
                if t == 0:
                    p.moveTo(x, y)
                else:
                    p.lineTo(x, y)
            c.drawPath(p, stroke=1, fill=0)
        c.setFillColor(colors.HexColor("#16222e"))
        c.circle(cx, cy, 5, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#5b6b45"))
        c.rect(x0, 3 + h - 30, 70, 30, stroke=0, fill=1)

    def draw_section(self):
        c = self.canv
        w = 380
        x0 = (self.aw - w) / 2
        mid = x0 + w / 2
        base = 38
        c.setFillColor(colors.HexColor("#cfe3f3"))
        c.rect(x0, 14, w, base - 14, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#3c6e99"))
        c.setLineWidth(1)
        c.line(x0, base, x0 + w, base)
        c.setFillColor(colors.HexColor("#d9d9d9"))
        for side in (-1, 1):
            ex = mid + side * 32
            c.roundRect(ex - 22 if side > 0 else ex - 22, base, 44, 92, 14, stroke=0, fill=1)
            for k, (dx, hh) in enumerate(((80, 52), (125, 40), (165, 26))):
                c.roundRect(mid + side * dx - 16, base, 32, hh, 10, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#eeeeee"))
        c.rect(x0 + 20, base + 92, w - 40, 10, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#b03a2e"))
        c.setLineWidth(1.2)
        for side in (-1, 1):
            c.line(mid + side * 175, base + 8, mid + side * 60, base + 8)
            c.line(mid + side * 60, base + 104, mid + side * 170, base + 112)
        c.setStrokeColor(colors.HexColor("#3c6e99"))
        c.line(mid, base + 85, mid, base + 20)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawCentredString(mid, base + 118, "Outflow")
        c.drawCentredString(mid, base + 62, "Eye")
        c.drawCentredString(mid, base + 52, "(sinking air)")
        c.drawString(mid + 58, base + 98, "Eyewall")
        c.drawString(mid + 110, base + 60, "Spiral rainbands")
        c.drawString(x0 + 4, base - 14, "Warm ocean (above 27 deg C)")
        c.drawRightString(x0 + w - 4, base - 14, "Moist air spirals in")

    def draw_tracks(self):
        c = self.canv
        w, h = 300, self.h - 8
        x0 = (self.aw - w) / 2
        y0 = 4
        c.setStrokeColor(colors.HexColor("#7a7a7a"))
        c.setFillColor(colors.HexColor("#dfeaf5"))
        c.rect(x0, y0, w, h, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#f4ecd8"))
        pts = [(0.20, 1.0), (0.22, 0.78), (0.16, 0.72), (0.24, 0.62), (0.35, 0.36), (0.43, 0.12),
               (0.50, 0.30), (0.56, 0.55), (0.66, 0.70), (0.74, 0.76), (0.82, 0.80), (0.86, 1.0)]
        p = c.beginPath()
        for k, (a, b) in enumerate(pts):
            x, y = x0 + a * w, y0 + b * h
            if k == 0:
                p.moveTo(x, y)
            else:
                p.lineTo(x, y)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(x0 + 0.40 * w, y0 + 0.72 * h, "INDIA")
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(x0 + 0.03 * w, y0 + 0.30 * h, "ARABIAN SEA")
        c.drawString(x0 + 0.60 * w, y0 + 0.28 * h, "BAY OF BENGAL")
        tracks = [
            ("Biparjoy", [(0.10, 0.30), (0.12, 0.50), (0.09, 0.62), (0.17, 0.72)],
             (0.01, 0.80)),
            ("Michaung", [(0.72, 0.20), (0.60, 0.34), (0.53, 0.45), (0.55, 0.52)],
             (0.74, 0.16)),
            ("Remal", [(0.80, 0.45), (0.80, 0.62), (0.78, 0.78)], (0.84, 0.56)),
            ("Dana", [(0.75, 0.40), (0.70, 0.55), (0.66, 0.69)], (0.58, 0.62)),
            ("Fengal", [(0.62, 0.10), (0.52, 0.20), (0.47, 0.22)], (0.60, 0.05)),
        ]
        c.setStrokeColor(colors.HexColor("#b03a2e"))
        c.setLineWidth(1.3)
        c.setFont("Helvetica", 7)
        for name, tr, lab in tracks:
            p = c.beginPath()
            for k, (a, b) in enumerate(tr):
                x, y = x0 + a * w, y0 + b * h
                if k == 0:
                    p.moveTo(x, y)
                else:
                    p.lineTo(x, y)
            c.drawPath(p, stroke=1, fill=0)
            ex, ey = x0 + tr[-1][0] * w, y0 + tr[-1][1] * h
            c.setFillColor(colors.HexColor("#b03a2e"))
            c.circle(ex, ey, 2.2, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(x0 + lab[0] * w, y0 + lab[1] * h, name)


def page_deco(canv, doc):
    n = doc.page + doc.firstpage - 1
    canv.saveState()
    canv.setFont("Times-Roman", 9)
    canv.setFillColor(colors.black)
    y = BM - 26
    if doc.page == 1:
        canv.drawRightString(PW - RM, y, str(n))
    elif n % 2 == 0:
        canv.setFont("Times-Bold", 9)
        canv.drawString(LM, y, str(n))
        canv.setFont("Times-Roman", 8.5)
        canv.drawString(LM + 22, y, doc.book)
    else:
        canv.setFont("Times-Roman", 8.5)
        canv.drawRightString(PW - RM - 22, y, doc.chapter_title)
        canv.setFont("Times-Bold", 9)
        canv.drawRightString(PW - RM, y, str(n))
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(GREY)
    if n % 2 == 0:
        canv.translate(0.9 * cm, PH / 2)
    else:
        canv.translate(PW - 0.9 * cm, PH / 2)
    canv.rotate(90)
    canv.drawCentredString(0, 0, doc.reprint)
    canv.restoreState()


def shaded_box(kind, lines):
    bg, edge = (GREEN, GREEN_EDGE) if kind == "Activity" else (YELLOW, YELLOW_EDGE)
    cell = [Paragraph(escape(kind), box_head)]
    cell += [Paragraph(inline(l), box_body) for l in lines]
    t = Table([[cell]], colWidths=[TW - 24])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, edge),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    t.hAlign = "CENTER"
    return [Spacer(1, 4), t, Spacer(1, 8)]


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    meta = {}
    story = []
    i = 0
    para = []

    def flush():
        if para:
            story.append(Paragraph(inline(" ".join(para)), body if story_has_text[0] else body0))
            story_has_text[0] = True
            para.clear()

    story_has_text = [False]
    exercises = False
    while i < len(lines):
        line = lines[i]
        i += 1
        m = re.match(r"^@(book|unit|chapter|title|firstpage|reprint) (.*)$", line)
        if m:
            meta[m.group(1)] = m.group(2)
            continue
        if line.startswith("@opener "):
            story.append(ChapterBand(meta["unit"], meta["chapter"], meta["title"]))
            story.append(Spacer(1, 10))
            story.append(Paragraph(inline(line[8:]), opener_st))
            story.append(Rule())
            continue
        if not line.strip():
            flush()
            continue
        if line.startswith("# "):
            flush()
            num, title = line[2:].split(" ", 1)
            story.append(CondPageBreak(60))
            story.append(Paragraph('<font color="#1f3b63">%s</font>&nbsp;&nbsp;%s'
                                   % (num, escape(title.upper())), sec))
            story_has_text[0] = False
            continue
        if line.startswith("## "):
            flush()
            story.append(CondPageBreak(50))
            story.append(Paragraph(escape(line[3:]), side))
            story_has_text[0] = False
            continue
        if line.startswith("- "):
            flush()
            story.append(Paragraph(inline(line[2:]), bullet, bulletText="\u2022"))
            story_has_text[0] = False
            continue
        if line.startswith("@box "):
            flush()
            kind = line[5:]
            content = []
            while lines[i] != "@endbox":
                content.append(lines[i])
                i += 1
            i += 1
            story.append(KeepTogether(shaded_box(kind, content)))
            continue
        if line.startswith("@fig "):
            flush()
            n, kind, height, cap = [x.strip() for x in line[5:].split("|")]
            label, rest = cap.split(": ", 1)
            story.append(KeepTogether([Spacer(1, 4), Figure(kind, float(height)),
                                       Paragraph("<b>%s:</b> %s" % (escape(label), inline(rest)),
                                                 cap_st)]))
            continue
        if line.startswith("@table "):
            flush()
            cap = line[7:]
            rows = []
            while lines[i] != "@endtable":
                rows.append(lines[i].split(" | "))
                i += 1
            i += 1
            data = [[Paragraph(escape(c), cellh_st) for c in rows[0]]]
            data += [[Paragraph(escape(c), cell_st) for c in r] for r in rows[1:]]
            t = Table(data, colWidths=[TW * 0.46, TW * 0.27, TW * 0.27], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e2ef")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(KeepTogether([Paragraph("<b>%s</b>" % escape(cap),
                                                 ParagraphStyle("tcap", parent=cap_st, spaceBefore=6)),
                                       t, Spacer(1, 8)]))
            continue
        if line == "@news":
            flush()
            while lines[i] != "@endnews":
                date, text = lines[i].split(" | ", 1)
                story.append(Paragraph('<font name="Helvetica-Bold" color="#1f3b63">%s</font>'
                                       '&nbsp;&nbsp;%s' % (escape(date), inline(text)), news_st))
                i += 1
            i += 1
            continue
        if line == "@exercises":
            flush()
            exercises = True
            story.append(CondPageBreak(120))
            story.append(Rule(0.6, 4))
            story.append(Paragraph("EXERCISES", ex_head))
            continue
        if line.startswith("@ex "):
            story.append(Paragraph(escape(line[4:]), ex_st))
            continue
        if line.startswith("@mcq "):
            parts = [p.strip() for p in line[5:].split("||")]
            qn, qt = parts[0].split(" ", 1)
            opts = Table([[Paragraph(escape(o), opt_st) for o in parts[1:]]],
                         colWidths=[(TW - 30) / 4.0] * 4)
            opts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("TOPPADDING", (0, 0), (-1, -1), 0),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            opts.hAlign = "RIGHT"
            story.append(KeepTogether([Paragraph("%s&nbsp;&nbsp;%s" % (qn, escape(qt)), q_st), opts]))
            continue
        if line.startswith("@q "):
            qn, qt = line[3:].split(" ", 1)
            story.append(Paragraph("%s&nbsp;&nbsp;%s" % (qn, escape(qt)), q_st))
            continue
        if line.startswith("@project "):
            story.append(Paragraph("Project Work", ex_st))
            story.append(Paragraph(inline(line[9:]), body0))
            continue
        para.append(line.strip())
    flush()
    return meta, story


def main():
    meta, story = build()
    doc = BaseDocTemplate(OUT, pagesize=(PW, PH), leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="kegy104", author="NCERT",
                          subject="Chapter %s: Tropical Cyclones" % meta["chapter"],
                          creator="PScript5.dll Version 5.2.2",
                          producer="Acrobat Distiller 10.1.16 (Windows)")
    doc.firstpage = int(meta["firstpage"])
    doc.book = meta["book"]
    doc.chapter_title = meta["title"]
    doc.reprint = meta["reprint"]
    frame = Frame(LM, BM, TW, PH - TM - BM, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=page_deco)])
    doc.build(story)


if __name__ == "__main__":
    main()
