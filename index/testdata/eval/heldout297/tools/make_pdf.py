#!/usr/bin/python3
"""Make docs/qim-parallel-governments-handout.pdf from tools/qim-parallel-governments-handout.txt.

The handout imitates a two-column LaTeX article (\\documentclass[twocolumn]{article} with
mathptmx Times, fancyhdr and lastpage) as pdflatex prints it: a full-width title block on page 1
(title, subtitle, course line, date, rule), then two justified columns with paragraphs indented
except after a heading, numbered sections ("1  From upsurge to self-rule") in bold, enumerate and
itemize lists, a tcolorbox-style framed "Prelims pointers" panel with a dark title bar, footnotes
with superscript marks set at the foot of the column in which they are called under a short rule
(space is reserved per column and the document laid out again until stable), a running head
from page 2 (course line left, short title right, both italic, rule below) and "Page n of N"
centred in the foot of every page.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "qim-parallel-governments-handout.txt")
OUT = os.path.join(HERE, "..", "docs", "qim-parallel-governments-handout.pdf")

PW, PH = A4
LM = RM = 2.1 * cm
TM = 2.3 * cm
BM = 2.2 * cm
GAP = 0.7 * cm
TW = PW - LM - RM
CW = (TW - GAP) / 2
TITLE_H = 3.7 * cm

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.4, leading=12.7,
                      alignment=TA_JUSTIFY, firstLineIndent=11)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
item = ParagraphStyle("item", parent=body0, leftIndent=13, bulletIndent=3, spaceBefore=1.5)
sec = ParagraphStyle("sec", fontName="Times-Bold", fontSize=12, leading=14.5, spaceBefore=10, keepWithNext=1,
                     spaceAfter=3.5)
title_st = ParagraphStyle("title", fontName="Times-Bold", fontSize=17, leading=21,
                          alignment=TA_CENTER, spaceAfter=3)
subtitle_st = ParagraphStyle("subtitle", fontName="Times-Italic", fontSize=12.5, leading=15,
                             alignment=TA_CENTER, spaceAfter=7)
author_st = ParagraphStyle("author", fontName="Times-Roman", fontSize=10.5, leading=13,
                           alignment=TA_CENTER, spaceAfter=1)
box_title = ParagraphStyle("boxtitle", fontName="Times-Bold", fontSize=10, leading=12,
                           textColor=colors.white)
box_item = ParagraphStyle("boxitem", fontName="Times-Roman", fontSize=9.8, leading=11.8,
                          leftIndent=10, bulletIndent=0, spaceBefore=1.2)
fn_st = ParagraphStyle("fn", fontName="Times-Roman", fontSize=8.4, leading=9.9,
                       alignment=TA_JUSTIFY, firstLineIndent=8)


def tex(s):
    """LaTeX-ish source text to reportlab markup."""
    s = s.replace(r"\cdot{}", "\u00b7")
    s = escape(s)
    s = re.sub(r"\\textbf\{([^}]*)\}", r"<b>\1</b>", s)
    s = re.sub(r"\\textit\{([^}]*)\}", r"<i>\1</i>", s)
    s = s.replace("``", "\u201c").replace("''", "\u201d").replace("'", "\u2019")
    s = s.replace("---", "\u2014").replace("--", "\u2013")
    s = re.sub(r"\*([^*]+)\*", r"<i>\1</i>", s)
    s = re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", s)
    return s


def plain(s):
    return re.sub(r"<[^>]+>", "", tex(s)).replace("&amp;", "&")


class State:
    def __init__(self):
        self.fns = {}          # (page, col) -> [n] as laid out in this pass
        self.reserve = {}      # (page, col) -> points reserved (from the last pass)
        self.fn_text = {}
        self.front = {}
        self.total = 1


ST = State()


class FnPara(Paragraph):
    """Records, when drawn, the footnote marks in the part of it drawn in this column."""

    def draw(self):
        doc = self.canv._doctemplate
        key = (self.canv.getPageNumber(), doc.frame.id[-1])
        for f in _frags(self.frags):
            if getattr(f, "rise", 0) > 0 and f.text.strip().isdigit():
                ST.fns.setdefault(key, []).append(f.text.strip())
        Paragraph.draw(self)


def _frags(frags):
    for f in frags or []:
        if isinstance(f, (list, tuple)):
            yield from _frags(f)
        elif hasattr(f, "words"):
            yield from _frags(f.words)
        elif hasattr(f, "text"):
            yield f


def fn_paras(nums):
    return [Paragraph("<super>%s</super>\u2009%s" % (n, tex(ST.fn_text[n])), fn_st) for n in nums]


def fn_height(nums):
    if not nums:
        return 0
    return sum(p.wrap(CW, PH)[1] + 1.5 for p in fn_paras(nums)) + 11


def col_frames(page, top):
    out = []
    for i, x in enumerate((LM, LM + CW + GAP)):
        r = ST.reserve.get((page, str(i + 1)), 0)
        out.append(Frame(x, BM + r, CW, top - BM - r, leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0, id="p%dc%d" % (page, i + 1)))
    return out


def on_first(canv, doc):
    tf = Frame(LM, PH - TM - TITLE_H, TW, TITLE_H, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0, id="p1t0")
    doc.pageTemplate.frames = [tf] + col_frames(1, PH - TM - TITLE_H - 0.35 * cm)


def on_later(canv, doc):
    doc.pageTemplate.frames = col_frames(doc.page, PH - TM)


def on_page_end(canv, doc):
    page = doc.page
    canv.saveState()
    if page > 1:
        canv.setFont("Times-Italic", 8.8)
        canv.drawString(LM, PH - TM + 13, plain(ST.front["runleft"]))
        canv.drawRightString(PW - RM, PH - TM + 13, plain(ST.front["runright"]))
        canv.setLineWidth(0.4)
        canv.line(LM, PH - TM + 9, PW - RM, PH - TM + 9)
    else:
        canv.setLineWidth(0.6)
        y = PH - TM - TITLE_H - 0.12 * cm
        canv.line(LM, y, PW - RM, y)
    for i, x in enumerate((LM, LM + CW + GAP)):
        nums = ST.fns.get((page, str(i + 1)), [])
        if not nums:
            continue
        y = BM + fn_height(nums) - 3
        canv.setLineWidth(0.4)
        canv.line(x, y, x + 2.2 * cm, y)
        y -= 5
        for p in fn_paras(nums):
            w, h = p.wrap(CW, PH)
            p.drawOn(canv, x, y - h)
            y -= h + 1.5
    canv.setFont("Times-Roman", 9)
    canv.drawCentredString(PW / 2, 1.25 * cm, "Page %d of %d" % (page, ST.total))
    canv.restoreState()


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    story = []
    para, after_head = [], True
    box = None

    def flush():
        nonlocal after_head
        if para:
            text = " ".join(para)
            cls = FnPara if "[^" in text else Paragraph
            story.append(cls(tex(text), body0 if after_head else body))
            para.clear()
            after_head = False

    for line in lines:
        s = line.strip()
        if box is not None:
            if s == "@endbox":
                rows = [[Paragraph(tex(box[0]), box_title)],
                        [[Paragraph(tex(t), box_item, bulletText="\u2022") for t in box[1]]]]
                t = Table(rows, colWidths=[CW])
                t.setStyle(TableStyle([
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#3A3A3A")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3A3A3A")),
                    ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#F0F0F0")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, 0), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                    ("TOPPADDING", (0, 1), (-1, 1), 4),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
                ]))
                story.append(KeepTogether([Spacer(1, 6), t, Spacer(1, 6)]))
                box = None
                after_head = True
            elif s.startswith("- "):
                box[1].append(s[2:])
            continue
        if s.startswith("@front "):
            k, v = s[7:].split(" ", 1)
            ST.front[k] = v
        elif s.startswith("@fn "):
            flush()
            n, text = s[4:].split(" ", 1)
            ST.fn_text[n] = text
        elif s.startswith("@box "):
            flush()
            box = (s[5:], [])
        elif s.startswith("# "):
            flush()
            num, name = s[2:].split(" ", 1)
            story.append(Paragraph("%s\u2003%s" % (num, tex(name)), sec))
            after_head = True
        elif s.startswith("- "):
            flush()
            cls = FnPara if "[^" in s else Paragraph
            story.append(cls(tex(s[2:]), item, bulletText="\u2022"))
        elif re.match(r"\d+\. ", s):
            flush()
            n, rest = s.split(" ", 1)
            cls = FnPara if "[^" in rest else Paragraph
            story.append(cls(tex(rest), item, bulletText=n))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()
    head = [Paragraph(tex(ST.front["title"]), title_st),
            Paragraph(tex(ST.front["subtitle"]), subtitle_st),
            Paragraph(tex(ST.front["author"]), author_st),
            Paragraph(tex(ST.front["date"]), author_st),
            NextPageTemplate("later"), FrameBreak()]
    return head + story


def layout(out):
    ST.fns = {}
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM,
                          title="Quit India Movement (1942) - II: Parallel Governments, Repression and Legacy",
                          author="GS Paper I, Modern Indian History, Handout 14", subject="",
                          creator="LaTeX with hyperref", producer="pdfTeX-1.40.25", invariant=1)
    dummy = Frame(LM, BM, TW, PH - TM - BM, id="p0c1")
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[dummy], onPage=on_first, onPageEnd=on_page_end),
        PageTemplate(id="later", frames=[dummy], onPage=on_later, onPageEnd=on_page_end)])
    doc.build(story_from(read_source()))
    return {k: list(v) for k, v in ST.fns.items()}, doc.page


def build():
    prev = None
    for _ in range(10):
        got, pages = layout(OUT)
        ST.total = pages
        if got == prev:
            break
        prev = got
        ST.reserve = {k: fn_height(v) for k, v in got.items()}
    layout(OUT)


if __name__ == "__main__":
    build()
