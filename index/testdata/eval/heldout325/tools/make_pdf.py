#!/usr/bin/python3
"""Make docs/bmw-rules-2016-consolidated.pdf from tools/bmw-rules-2016-consolidated.txt.

The PDF imitates a consolidated reference copy of the Bio-Medical Waste Management Rules, 2016
of the kind State Pollution Control Boards and hospital-compliance sites put up: a grey
disclaimer box on page 1, the Gazette heading lines, the G.S.R. preamble, rules with run-in bold
headings ("Rule 4. Duties of the occupier.—"), sub-rules and hanging clauses, rows of asterisks
for omitted text, amendment footnotes ("Subs. by ...", "Ins. by ...") set at the foot of the
page on which their mark falls, ruled tables for the Schedules (the Yellow category cell spans
eight rows), the file number and signature block, and a boxed status note at the end.  A running
head (rule name left, "Consolidated text" right, hairline below) and "Page n of N" at the foot
appear on every page.

Footnote space is reserved per page, so the document is laid out again until the pages the
footnote marks fall on (and the page count) stop changing.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "bmw-rules-2016-consolidated.txt")
OUT = os.path.join(HERE, "..", "docs", "bmw-rules-2016-consolidated.pdf")

PW, PH = A4
LM = RM = 2.3 * cm
TM = 2.5 * cm
BM = 2.3 * cm
TW = PW - LM - RM

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=13.8,
                      alignment=TA_JUSTIFY, firstLineIndent=22, spaceAfter=4)
rule_st = ParagraphStyle("rule", parent=body, firstLineIndent=22, spaceBefore=5)
sub_st = ParagraphStyle("sub", parent=body, firstLineIndent=22, spaceAfter=3)
cl_st = ParagraphStyle("cl", parent=body, leftIndent=46, firstLineIndent=-22, spaceAfter=2)
expl_st = ParagraphStyle("expl", parent=body, leftIndent=46, firstLineIndent=0, spaceAfter=2,
                         fontName="Times-Italic")
top_st = ParagraphStyle("top", fontName="Times-Italic", fontSize=10, leading=12.5,
                        alignment=TA_CENTER, spaceAfter=6)
c_st = ParagraphStyle("c", fontName="Times-Bold", fontSize=11.5, leading=14, alignment=TA_CENTER,
                      spaceAfter=2)
title_st = ParagraphStyle("title", fontName="Times-Bold", fontSize=12.5, leading=15,
                          alignment=TA_CENTER, spaceBefore=8, spaceAfter=8)
sched_st = ParagraphStyle("sched", fontName="Times-Bold", fontSize=12, leading=15,
                          alignment=TA_CENTER, spaceBefore=10, spaceAfter=1)
c2_st = ParagraphStyle("c2", fontName="Times-Roman", fontSize=10, leading=12.5,
                       alignment=TA_CENTER, spaceAfter=3)
part_st = ParagraphStyle("part", fontName="Times-Bold", fontSize=10.5, leading=13,
                         alignment=TA_CENTER, spaceAfter=2)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9, leading=10.8)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=9, leading=10.8,
                       alignment=TA_CENTER)
tnote_st = ParagraphStyle("tnote", fontName="Times-Roman", fontSize=9, leading=11,
                          alignment=TA_JUSTIFY, spaceBefore=3, spaceAfter=4)
omit_st = ParagraphStyle("omit", fontName="Times-Roman", fontSize=11, leading=14,
                         alignment=TA_CENTER, spaceBefore=2, spaceAfter=4)
sign_st = ParagraphStyle("sign", fontName="Times-Roman", fontSize=11, leading=14,
                         alignment=TA_RIGHT)
signb_st = ParagraphStyle("signb", parent=sign_st, fontName="Times-Bold")
banner_st = ParagraphStyle("banner", fontName="Helvetica-Oblique", fontSize=8.3, leading=10.4,
                           alignment=TA_JUSTIFY)
annex_h = ParagraphStyle("annexh", fontName="Times-Bold", fontSize=10.5, leading=13,
                         alignment=TA_CENTER, spaceAfter=5)
annex_i = ParagraphStyle("annexi", fontName="Times-Roman", fontSize=10, leading=12.4,
                         alignment=TA_JUSTIFY, leftIndent=16, firstLineIndent=-16, spaceAfter=4)
annex_e = ParagraphStyle("annexe", fontName="Times-Italic", fontSize=9, leading=11,
                         alignment=TA_JUSTIFY, spaceBefore=2)
fn_st = ParagraphStyle("fn", fontName="Times-Roman", fontSize=8.5, leading=10.2,
                       alignment=TA_JUSTIFY, leftIndent=10, firstLineIndent=-10)


def mk(s):
    """Source text to reportlab markup."""
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
    s = s.replace("'", "\u2019")
    s = s.replace("---", "\u2014")
    s = re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", s)
    return s


class State:
    def __init__(self):
        self.page_fns = {}
        self.reserve = {}
        self.fn_text = {}
        self.total = 1
        self.head_left = ""
        self.head_right = ""


ST = State()


def _frags(frags):
    for f in frags or []:
        if isinstance(f, (list, tuple)):
            yield from _frags(f)
        elif hasattr(f, "words"):
            yield from _frags(f.words)
        elif hasattr(f, "text"):
            yield f


class FnPara(Paragraph):
    """Records, when drawn, the footnote marks in the part of it that falls on this page."""

    def draw(self):
        page = self.canv.getPageNumber()
        for f in _frags(self.frags):
            if getattr(f, "rise", 0) > 0 and f.text.strip().isdigit():
                lst = ST.page_fns.setdefault(page, [])
                if f.text.strip() not in lst:
                    lst.append(f.text.strip())
        Paragraph.draw(self)


def para(text, style):
    cls = FnPara if "<super>" in text else Paragraph
    return cls(text, style)


def fn_paras(nums):
    return [Paragraph("<super>%s</super> %s" % (n, mk(ST.fn_text[n])), fn_st) for n in nums]


def fn_height(nums):
    if not nums:
        return 0
    h = 0
    for p in fn_paras(nums):
        h += p.wrap(TW, PH)[1] + 1.5
    return h + 12


def on_page(canv, doc):
    page = doc.page
    reserve = ST.reserve.get(page, 0)
    doc.pageTemplate.frames = [Frame(LM, BM + reserve, TW, PH - TM - BM - reserve,
                                     leftPadding=0, rightPadding=0, topPadding=0,
                                     bottomPadding=0, id="body%d" % page)]


def on_page_end(canv, doc):
    page = doc.page
    canv.saveState()
    canv.setFont("Helvetica", 7.8)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawString(LM, PH - TM + 16, ST.head_left)
    canv.drawRightString(PW - RM, PH - TM + 16, ST.head_right)
    canv.setStrokeColor(colors.HexColor("#888888"))
    canv.setLineWidth(0.4)
    canv.line(LM, PH - TM + 12, PW - RM, PH - TM + 12)
    nums = ST.page_fns.get(page, [])
    if nums:
        y = BM + fn_height(nums) - 4
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.5)
        canv.line(LM, y, LM + 4.5 * cm, y)
        y -= 5
        for p in fn_paras(nums):
            w, h = p.wrap(TW, PH)
            p.drawOn(canv, LM, y - h)
            y -= h + 1.5
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawCentredString(PW / 2, 1.3 * cm, "Page %d of %d" % (page, ST.total))
    canv.restoreState()


def make_table(widths, rows):
    grid = [r.split(" | ") for r in rows]
    ncol = len(widths)
    data, spans = [], []
    for i, r in enumerate(grid):
        assert len(r) == ncol, r
        line = []
        for j, c in enumerate(r):
            if c == "^":
                line.append("")
                # extend the span that covers the cell above
                for sp in spans:
                    (c0, r0), (c1, r1) = sp
                    if c0 == j and r1 == i - 1:
                        sp[1] = (c1, i)
                        break
                else:
                    spans.append([(j, i - 1), (j, i)])
            else:
                st = cellh if i == 0 else cell
                line.append(Paragraph(mk(c), st))
        data.append(line)
    scale = TW / sum(widths)
    t = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for (c0, r0), (c1, r1) in spans:
        style.append(("SPAN", (c0, r0), (c1, r1)))
    t.setStyle(TableStyle(style))
    return t


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l.strip() and not l.startswith("%")]


def story_from(lines):
    story = []
    table = None
    annex = []
    group = None            # a schedule's heading lines, kept on the page of its table

    def add(*flowables):
        (group if group is not None else story).extend(flowables)

    for line in lines:
        if table is not None:
            if line == "@endtable":
                add(make_table(table[0], table[1]))
                table = None
                if group is not None:
                    story.append(KeepTogether(group))
                    group = None
            else:
                table[1].append(line)
            continue
        key, _, val = line.partition(" ")
        if key == "@head-left":
            ST.head_left = val
        elif key == "@head-right":
            ST.head_right = val
        elif key == "@banner":
            box = Table([[Paragraph(mk(val), banner_st)]], colWidths=[TW])
            box.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEEEEE")),
                ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]))
            add(box, Spacer(1, 10))
        elif key == "@top":
            add(Paragraph(mk(val), top_st))
        elif key == "@c":
            add(Paragraph(mk(val), c_st))
        elif key == "@p":
            add(para(mk(val), body))
        elif key == "@title":
            add(para(mk(val), title_st))
        elif key == "@rule":
            num, head, text = val.split("|", 2)
            add(para("<b>Rule %s. %s.\u2014</b>%s" % (num, mk(head), mk(text)), rule_st))
        elif key == "@sub":
            add(para(mk(val), sub_st))
        elif key == "@cl":
            add(para(mk(val), cl_st))
        elif key == "@expl":
            add(para(mk(val), expl_st))
        elif key == "@omit":
            add(Paragraph("*\u2003\u2003\u2003*\u2003\u2003\u2003*\u2003\u2003\u2003*"
                          "\u2003\u2003\u2003*", omit_st))
        elif key == "@sched":
            group = [Paragraph(mk(val), sched_st)]
        elif key == "@c2":
            add(Paragraph(mk(val), c2_st))
        elif key == "@part":
            add(Paragraph(mk(val), part_st))
        elif key == "@table":
            table = ([float(w) for w in val.split(",")], [])
        elif key == "@tnote":
            add(Paragraph(mk(val), tnote_st))
        elif key == "@sign":
            fno, name, desig = val.split("|")
            add(Spacer(1, 8), Paragraph(mk(fno), sign_st),
                Paragraph("<b>%s</b>, %s" % (mk(name), mk(desig)), sign_st), Spacer(1, 12))
        elif key == "@fn":
            n, text = val.split(" ", 1)
            ST.fn_text[n] = text
        elif key == "@annex":
            annex.append(Paragraph(mk(val), annex_h))
        elif key == "@ai":
            annex.append(Paragraph(mk(val), annex_i))
        elif key == "@aend":
            annex.append(Paragraph(mk(val), annex_e))
        else:
            raise ValueError("unknown line: %r" % line)
    if annex:
        box = Table([[a] for a in annex], colWidths=[TW])
        box.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        ]))
        story.append(KeepTogether([box]))
    return story


def layout(out):
    ST.page_fns = {}
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="Bio-Medical Waste Management Rules, 2016",
                          author="", subject="Consolidated text (extract)",
                          creator="Microsoft\u00ae Word 2016", producer="Microsoft\u00ae Word 2016",
                          invariant=1)
    frame = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="main", frames=[frame], onPage=on_page,
                                       onPageEnd=on_page_end)])
    doc.build(story_from(read_source()))
    return {p: list(v) for p, v in ST.page_fns.items()}, doc.page


def build():
    prev = None
    for _ in range(10):
        got, pages = layout(OUT)
        if (got, pages) == prev:
            break
        prev = (got, pages)
        ST.reserve = {p: fn_height(v) for p, v in got.items()}
        ST.total = pages
    layout(OUT)


if __name__ == "__main__":
    build()
