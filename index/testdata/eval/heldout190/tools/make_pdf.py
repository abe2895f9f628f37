#!/usr/bin/python3
"""Make docs/jainism-lecture-handout.pdf from tools/jainism-lecture-handout.txt.

The handout imitates a LaTeX article (Times, as with \\usepackage{mathptmx}): a \\maketitle
block and abstract on page 1, numbered sections and subsections, justified paragraphs indented
except after a heading, amsthm-style Remark boxes (mdframed), a booktabs table, footnotes set at
the foot of the page on which they are called (above the centred page number), and a fancyhdr
running head (section mark left, course line right, rule below) from page 2 on.

Footnote space is reserved per page: the document is laid out again until the pages the
footnotes fall on stop changing.

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
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "jainism-lecture-handout.txt")
OUT = os.path.join(HERE, "..", "docs", "jainism-lecture-handout.pdf")

PW, PH = A4
LM = RM = 3.0 * cm
TM = 2.9 * cm
BM = 2.6 * cm
TW = PW - LM - RM

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=13.6,
                      alignment=TA_JUSTIFY, firstLineIndent=15, spaceAfter=0)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
item = ParagraphStyle("item", parent=body0, leftIndent=22, bulletIndent=8, spaceBefore=2)
sec = ParagraphStyle("sec", fontName="Times-Bold", fontSize=14.4, leading=17, spaceBefore=16,
                     spaceAfter=7)
sub = ParagraphStyle("sub", fontName="Times-Bold", fontSize=12, leading=14.5, spaceBefore=11,
                     spaceAfter=5)
title_st = ParagraphStyle("title", fontName="Times-Roman", fontSize=17.3, leading=21,
                          alignment=TA_CENTER, spaceAfter=12)
author_st = ParagraphStyle("author", fontName="Times-Roman", fontSize=12, leading=14.5,
                           alignment=TA_CENTER, spaceAfter=6)
date_st = ParagraphStyle("date", parent=author_st, spaceAfter=14)
abs_head = ParagraphStyle("abshead", fontName="Times-Bold", fontSize=10, leading=12,
                          alignment=TA_CENTER, spaceAfter=4)
abs_st = ParagraphStyle("abs", fontName="Times-Roman", fontSize=10, leading=12.2,
                        alignment=TA_JUSTIFY, leftIndent=28, rightIndent=28, spaceAfter=6)
remark_st = ParagraphStyle("remark", parent=body0, fontSize=10.5, leading=13)
cap_st = ParagraphStyle("cap", fontName="Times-Roman", fontSize=10, leading=12,
                        alignment=TA_CENTER, spaceBefore=8, spaceAfter=4)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=10, leading=12)
fn_st = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9, leading=10.8,
                       alignment=TA_JUSTIFY, firstLineIndent=10)


def tex(s):
    """LaTeX-ish source text to reportlab markup."""
    s = s.replace(r"\&", "&").replace(r"\cdot{}", "\u00b7")
    s = escape(s)
    s = s.replace("``", "\u201c").replace("''", "\u201d").replace("'", "\u2019")
    s = s.replace("---", "\u2014").replace("--", "\u2013")
    s = re.sub(r"\*([^*]+)\*", r"<i>\1</i>", s)
    s = re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", s)
    return s


class State:
    def __init__(self):
        self.mark = ""
        self.page_fns = {}      # page -> [(n, text)] as laid out in this pass
        self.reserve = {}       # page -> points reserved for footnotes (from last pass)
        self.fn_text = {}


ST = State()


class HeadPara(Paragraph):
    """A section heading that sets the running-head mark when drawn."""

    def __init__(self, text, style, mark=None):
        Paragraph.__init__(self, text, style)
        self._mark = mark

    def draw(self):
        if self._mark:
            ST.mark = self._mark
        Paragraph.draw(self)


def _frag_texts(frags):
    for f in frags or []:
        if isinstance(f, (list, tuple)):
            yield from _frag_texts(f)
        elif hasattr(f, "words"):
            yield from _frag_texts(f.words)
        elif hasattr(f, "text"):
            yield f


class FnPara(Paragraph):
    """A paragraph that records, when drawn, the footnotes called in the part of it that is on
    this page (so a footnote goes to the page of its mark even when the paragraph breaks)."""

    def draw(self):
        page = self.canv.getPageNumber()
        for f in _frag_texts(self.frags):
            if getattr(f, "rise", 0) > 0 and f.text.strip().isdigit():
                ST.page_fns.setdefault(page, []).append(f.text.strip())
        Paragraph.draw(self)


def fn_paras(nums):
    return [Paragraph("<super>%s</super>\u2009%s" % (n, tex(ST.fn_text[n])), fn_st) for n in nums]


def fn_height(nums):
    h = 0
    for p in fn_paras(nums):
        h += p.wrap(TW, PH)[1] + 2
    return h + 14 if nums else 0


def on_page(canv, doc):
    page = doc.page
    reserve = ST.reserve.get(page, 0)
    doc.pageTemplate.frames = [Frame(LM, BM + reserve, TW, PH - TM - BM - reserve,
                                     leftPadding=0, rightPadding=0, topPadding=0,
                                     bottomPadding=0, id="body%d" % page)]


def on_page_end(canv, doc):
    page = doc.page
    canv.saveState()
    if page > 1:
        canv.setFont("Times-Italic", 9.5)
        canv.drawString(LM, PH - TM + 14, ST.mark.upper())
        canv.drawRightString(PW - RM, PH - TM + 14, ST.runhead)
        canv.setLineWidth(0.4)
        canv.line(LM, PH - TM + 10, PW - RM, PH - TM + 10)
    nums = ST.page_fns.get(page, [])
    if nums:
        y = BM + fn_height(nums) - 4
        canv.setLineWidth(0.4)
        canv.line(LM, y, LM + 5 * cm, y)
        y -= 6
        for p in fn_paras(nums):
            w, h = p.wrap(TW, PH)
            p.drawOn(canv, LM, y - h)
            y -= h + 2
    canv.setFont("Times-Roman", 10)
    canv.drawCentredString(PW / 2, 1.5 * cm, str(page))
    canv.restoreState()


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    front, story = {}, []
    para, after_head = [], True
    table, caption = None, ""

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
        if table is not None:
            if s == "@endtable":
                data = [[Paragraph(tex(c), cellh if i == 0 else cell) for c in r.split(" | ")]
                        for i, r in enumerate(table)]
                t = Table(data, colWidths=[4.4 * cm, TW - 4.4 * cm - 1.2 * cm])
                t.setStyle(TableStyle([
                    ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                    ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]))
                story.append(KeepTogether([Paragraph(tex(caption), cap_st), t, Spacer(1, 8)]))
                table = None
            elif s:
                table.append(s)
            continue
        if s.startswith("@fn "):
            flush()
            n, text = s[4:].split(" ", 1)
            ST.fn_text[n] = text
        elif s.startswith("@"):
            flush()
            key, _, val = s.partition(" ")
            if key == "@table":
                table, caption = [], val
            elif key == "@remark":
                label, text = val.split("|", 1)
                m = re.match(r"(Remark [\d.]+) \((.*)\)", label)
                p = Paragraph("<b>%s</b> (<i>%s</i>). %s" % (m.group(1), tex(m.group(2)), tex(text)),
                              remark_st)
                box = Table([[p]], colWidths=[TW])
                box.setStyle(TableStyle([
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F2F2")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]))
                story.extend([Spacer(1, 7), box, Spacer(1, 7)])
                after_head = True
            elif key == "@abstract":
                story.append(Paragraph("Abstract", abs_head))
                story.append(Paragraph(tex(val), abs_st))
            else:
                front[key] = val
        elif s.startswith("## "):
            flush()
            num, name = s[3:].split(" ", 1)
            story.append(HeadPara("%s\u2003%s" % (num, tex(name)), sub))
            after_head = True
        elif s.startswith("# "):
            flush()
            num, name = s[2:].split(" ", 1)
            story.append(HeadPara("%s\u2003%s" % (num, tex(name)), sec,
                                  mark="%s  %s" % (num, name.replace("--", "\u2013"))))
            after_head = True
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(tex(s[2:]), item, bulletText="\u2022"))
        elif re.match(r"\d+\. ", s) or s.startswith("5. to 7."):
            flush()
            m = re.match(r"(\d+\.(?: to \d+\.)?) (.*)", s)
            lab = m.group(1).replace(" to ", "\u2013")
            story.append(Paragraph(tex(m.group(2)), item, bulletText=lab))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()
    head = [Spacer(1, 0.6 * cm),
            Paragraph(tex(front["@title"]), title_st),
            Paragraph(tex(front["@author"]), author_st),
            Paragraph(tex(front["@date"]), date_st)]
    ST.runhead = tex(front["@runhead"]).replace("&amp;", "&")
    return head + story


def layout(out):
    ST.page_fns = {}
    ST.mark = ""
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="Jainism: The Tirthankaras, Mahavira and Jain Doctrine",
                          author="GS Paper I, Lecture 7", subject="", creator="LaTeX with hyperref",
                          producer="pdfTeX-1.40.25", invariant=1)
    frame = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="main", frames=[frame], onPage=on_page,
                                       onPageEnd=on_page_end)])
    doc.build(story_from(read_source()))
    return {p: list(v) for p, v in ST.page_fns.items()}


def build():
    prev = None
    for _ in range(8):
        got = layout(OUT)
        if got == prev:
            break
        prev = got
        ST.reserve = {p: fn_height(v) for p, v in got.items()}
    layout(OUT)


if __name__ == "__main__":
    build()
