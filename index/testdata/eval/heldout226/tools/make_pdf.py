#!/usr/bin/python3
"""Make docs/polymetallic-nodules-isa-journal.pdf from tools/polymetallic-nodules-isa-journal.txt.

The PDF imitates an article as a journal's production system typesets it: a full-width first
page head (journal name and issue over a rule, the article type, title, authors with
superscript affiliation letters, affiliations, the corresponding-author line, the history
dates, a shaded abstract box with keywords, the DOI), then two justified Times columns with
sans-serif numbered headings ("1. Introduction", "2.1. Formation and composition"), a
column-wide booktabs table, numbered footnotes set full width at the foot of the page on which
they are called, and a reference list. Pages after the first carry alternating running heads
(page number and authors on even pages, short title and page number on odd pages); the first
page has the copyright line in its footer. Page numbers start at the issue's first page (113).

Footnote space is reserved per page: the article is laid out again until the pages the
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
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "polymetallic-nodules-isa-journal.txt")
OUT = os.path.join(HERE, "..", "docs", "polymetallic-nodules-isa-journal.pdf")

PW, PH = A4
LM = RM = 54
TM = 62
BM = 58
GUT = 16
TW = PW - LM - RM
CW = (TW - GUT) / 2.0
FIRST_PAGE = 113
BLUE = colors.HexColor("#1F4E79")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.5, leading=11.6,
                      alignment=TA_JUSTIFY, firstLineIndent=10)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
sec = ParagraphStyle("sec", fontName="Helvetica-Bold", fontSize=10, leading=12.5, keepWithNext=1,
                     spaceBefore=10, spaceAfter=4, textColor=BLUE)
sub = ParagraphStyle("sub", fontName="Helvetica-BoldOblique", fontSize=9, leading=11.5, keepWithNext=1,
                     spaceBefore=7, spaceAfter=3)
jname = ParagraphStyle("jname", fontName="Helvetica-Bold", fontSize=9, leading=11,
                       textColor=BLUE)
jissue = ParagraphStyle("jissue", fontName="Helvetica", fontSize=8, leading=11,
                        alignment=2)
atype = ParagraphStyle("atype", fontName="Helvetica-Bold", fontSize=7.5, leading=10,
                       textColor=BLUE, spaceBefore=10, spaceAfter=6)
title_st = ParagraphStyle("title", fontName="Times-Bold", fontSize=16, leading=19.5,
                          spaceAfter=8)
auth_st = ParagraphStyle("auth", fontName="Times-Roman", fontSize=11, leading=14,
                         spaceAfter=4)
affil_st = ParagraphStyle("affil", fontName="Times-Italic", fontSize=8, leading=10)
dates_st = ParagraphStyle("dates", fontName="Helvetica", fontSize=7.5, leading=10,
                          spaceBefore=5, spaceAfter=8, textColor=colors.HexColor("#444444"))
abs_head = ParagraphStyle("abshead", fontName="Helvetica-Bold", fontSize=8, leading=10,
                          textColor=BLUE, spaceAfter=2)
abs_st = ParagraphStyle("abs", fontName="Times-Roman", fontSize=9, leading=11,
                        alignment=TA_JUSTIFY)
kw_st = ParagraphStyle("kw", fontName="Times-Roman", fontSize=8.5, leading=10.5,
                       spaceBefore=4)
doi_st = ParagraphStyle("doi", fontName="Helvetica", fontSize=7.5, leading=10,
                        spaceBefore=6)
cap_st = ParagraphStyle("cap", fontName="Helvetica", fontSize=7.5, leading=9.5,
                        spaceBefore=6, spaceAfter=3)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=8, leading=9.6,
                      alignment=TA_LEFT)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=8, leading=9.6)
fn_st = ParagraphStyle("fn", fontName="Times-Roman", fontSize=7.5, leading=9,
                       alignment=TA_JUSTIFY)
ref_st = ParagraphStyle("ref", fontName="Times-Roman", fontSize=8, leading=9.8,
                        leftIndent=12, firstLineIndent=-12, spaceAfter=1.5)


def tex(s):
    """Source text to reportlab markup: curly quotes, dashes, italics, marks."""
    s = escape(s)
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = s.replace("'", "\u2019")
    s = s.replace("---", "\u2014").replace("--", "\u2013")
    s = re.sub(r"\*([^*]+)\*", r"<i>\1</i>", s)
    s = re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", s)
    return s


class State:
    def __init__(self):
        self.page_fns = {}
        self.reserve = {}
        self.fn_text = {}
        self.front = {}


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
    """Records, when drawn, the footnote marks in the part of it on this page."""

    def draw(self):
        page = self.canv.getPageNumber()
        for f in _frags(self.frags):
            if getattr(f, "rise", 0) > 0 and f.text.strip().isdigit():
                ST.page_fns.setdefault(page, []).append(f.text.strip())
        Paragraph.draw(self)


def fn_paras(nums):
    return [Paragraph("<super>%s</super> %s" % (n, tex(ST.fn_text[n])), fn_st) for n in nums]


def fn_height(nums):
    if not nums:
        return 0
    return sum(p.wrap(TW, PH)[1] + 1.5 for p in fn_paras(nums)) + 12


def col_frames(page, top):
    r = ST.reserve.get(page, 0)
    h = top - BM - r
    return [Frame(LM, BM + r, CW, h, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="L%d" % page),
            Frame(LM + CW + GUT, BM + r, CW, h, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="R%d" % page)]


def first_on_page(canv, doc):
    top = PH - TM - ST.head_h
    doc.pageTemplate.frames = [Frame(LM, top, TW, ST.head_h, leftPadding=0, rightPadding=0,
                                     topPadding=0, bottomPadding=0, id="head")] + \
        col_frames(doc.page, top - 8)


def later_on_page(canv, doc):
    doc.pageTemplate.frames = col_frames(doc.page, PH - TM)


def on_page_end(canv, doc):
    page = doc.page
    folio = FIRST_PAGE + page - 1
    canv.saveState()
    if page > 1:
        canv.setFont("Helvetica", 7.5)
        y = PH - TM + 16
        if folio % 2 == 0:
            canv.drawString(LM, y, str(folio))
            canv.drawString(LM + 24, y, ST.front["@runleft"])
        else:
            canv.drawRightString(PW - RM - 24, y, ST.front["@runright"].replace("'", "\u2019"))
            canv.drawRightString(PW - RM, y, str(folio))
        canv.setLineWidth(0.4)
        canv.setStrokeColor(BLUE)
        canv.line(LM, y - 5, PW - RM, y - 5)
    nums = ST.page_fns.get(page, [])
    if nums:
        y = BM + fn_height(nums) - 4
        canv.setLineWidth(0.4)
        canv.setStrokeColor(colors.black)
        canv.line(LM, y, LM + 60, y)
        y -= 5
        for p in fn_paras(nums):
            w, h = p.wrap(TW, PH)
            p.drawOn(canv, LM, y - h)
            y -= h + 1.5
    if page == 1:
        canv.setFont("Helvetica", 7)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(LM, 34, ST.front["@copyright"].replace("(c)", "\u00a9"))
        canv.drawRightString(PW - RM, 34, "CONTACT " + ST.front["@corresp"].split("Email: ")[1])
    canv.restoreState()


def head_block():
    f = ST.front
    issue = f["@issue"].replace("--", "\u2013")
    top = Table([[Paragraph(escape(f["@journal"]), jname), Paragraph(issue, jissue)]],
                colWidths=[TW * 0.6, TW * 0.4])
    top.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                             ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    authors = re.sub(r"\^([a-z*]+)", r"<super>\1</super>", escape(f["@authors"]))
    affils = [Paragraph(re.sub(r"^\^([a-z])", r"<super>\1</super>", escape(a)), affil_st)
              for a in f["@affil"]]
    abs_parts = [Paragraph("ABSTRACT", abs_head), Paragraph(tex(f["@abstract"]), abs_st),
                 Paragraph("<b>KEYWORDS</b>\u2002" + tex(f["@keywords"]), kw_st)]
    box = Table([[abs_parts]], colWidths=[TW])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF3F8")),
                             ("LINEABOVE", (0, 0), (-1, 0), 0.8, BLUE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return [top, Paragraph(f["@type"], atype), Paragraph(tex(f["@title"]), title_st),
            Paragraph(authors, auth_st)] + affils + [
        Paragraph(escape(f["@corresp"]), affil_st),
        Paragraph(escape(f["@dates"]), dates_st), box,
        Paragraph("DOI: " + escape(f["@doi"]), doi_st)]


def read_source():
    with open(SRC, encoding="utf-8") as fh:
        return [l for l in fh.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    ST.front = {"@affil": []}
    story, para, after_head = [], [], True
    table, caption, refs = None, "", []

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
                t = Table(data, colWidths=[58, 56, 40, CW - 154])
                t.setStyle(TableStyle([
                    ("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.9, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
                cap = Paragraph(tex(caption).replace("Table 1.", "<b>Table 1.</b>", 1), cap_st)
                story.append(KeepTogether([cap, t, Spacer(1, 6)]))
                table = None
                after_head = True
            elif s:
                table.append(s)
            continue
        if s.startswith("@fn "):
            flush()
            n, text = s[4:].split(" ", 1)
            ST.fn_text[n] = text
        elif s.startswith("@ref "):
            flush()
            refs.append(s[5:])
        elif s.startswith("@"):
            flush()
            key, _, val = s.partition(" ")
            if key == "@table":
                table, caption = [], val
            elif key == "@affil":
                ST.front["@affil"].append(val)
            elif key == "@refs":
                story.append(Paragraph(escape(val), sec))
            else:
                ST.front[key] = val
        elif s.startswith("## "):
            flush()
            num, name = s[3:].split(" ", 1)
            story.append(Paragraph("%s.\u2002%s" % (num, tex(name)), sub))
            after_head = True
        elif s.startswith("# "):
            flush()
            num, name = s[2:].split(" ", 1)
            story.append(Paragraph("%s.\u2002%s" % (num, tex(name)), sec))
            after_head = True
        elif not s:
            flush()
        else:
            para.append(s)
    flush()
    for r in refs:
        story.append(Paragraph(tex(r), ref_st))
    return story


def layout(out):
    ST.page_fns = {}
    story = story_from(read_source())
    head = head_block()
    ST.head_h = sum(f.wrap(TW, PH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                    for f in head) + 2
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title=ST.front["@title"].replace("'", "\u2019"),
                          author="Ananya Krishnan; Rahul D. Menon",
                          subject=ST.front["@journal"] + ", " +
                          ST.front["@issue"].replace("--", "\u2013"),
                          creator="Arbortext Advanced Print Publisher 11.1",
                          producer="Acrobat Distiller 23.0 (Windows)", invariant=1)
    dummy = Frame(LM, BM, TW, PH - TM - BM, id="dummy")
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[dummy], onPage=first_on_page, onPageEnd=on_page_end),
        PageTemplate(id="later", frames=[dummy], onPage=later_on_page, onPageEnd=on_page_end)])
    doc.build(head + [NextPageTemplate("later"), FrameBreak()] + story)
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
