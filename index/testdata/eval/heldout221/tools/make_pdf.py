#!/usr/bin/python3
"""Make docs/fd-origin-42nd-86th-amendments.pdf from tools/fd-origin-42nd-86th-amendments.txt.

The PDF imitates a Word document saved with File > Save As > PDF ("Microsoft Word for
Microsoft 365"): A4 with 2.54 cm margins, Arial (Liberation Sans, which has Arial's metrics,
embedded as subsets named ArialMT), Word's Title and Subtitle styles, an automatic table of
contents ("Contents", dot leaders, right-aligned page numbers, three levels), headings numbered
by a multi-level list (1 / 1.1 / 1.1.1) in Word's blues with keep-with-next, justified body text
at 1.08 line spacing with 8 pt after, bullets and "a)" / "i." lists with hanging indents, a
shaded "Exam tip" box with a left border, a Grid Table 4 style table with a caption above it,
footnotes at the foot of the page on which they are called (under Word's short separator rule),
a header (institute left, module right, rule below) and a footer ("For private circulation"
left, "Page X of Y" right) on every page, and PDF bookmarks made from the headings.

The layout is run again until the footnote pages, the contents page numbers and the page count
stop changing.

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
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFNameBytes
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "fd-origin-42nd-86th-amendments.txt")
OUT = os.path.join(HERE, "..", "docs", "fd-origin-42nd-86th-amendments.pdf")

FONTS = "/usr/share/fonts/truetype/liberation/"
for name, fn, ps in (("Arial", "LiberationSans-Regular.ttf", b"ArialMT"),
                     ("Arial-Bold", "LiberationSans-Bold.ttf", b"Arial-BoldMT"),
                     ("Arial-Italic", "LiberationSans-Italic.ttf", b"Arial-ItalicMT"),
                     ("Arial-BoldItalic", "LiberationSans-BoldItalic.ttf", b"Arial-BoldItalicMT")):
    f = TTFont(name, FONTS + fn)
    f.face.name = TTFNameBytes(ps)
    pdfmetrics.registerFont(f)
pdfmetrics.registerFontFamily("Arial", normal="Arial", bold="Arial-Bold", italic="Arial-Italic",
                              boldItalic="Arial-BoldItalic")
rl_config.canvas_basefontname = "Arial"

PW, PH = A4
M = 2.54 * cm
TW = PW - 2 * M
BLUE = colors.HexColor("#2F5496")
DARK = colors.HexColor("#1F3864")
GREY = colors.HexColor("#595959")

body = ParagraphStyle("Normal", fontName="Arial", bulletFontName="Arial", fontSize=11, leading=13.7, alignment=TA_JUSTIFY,
                      spaceAfter=8)
title_st = ParagraphStyle("Title", fontName="Arial", fontSize=24, leading=28, spaceAfter=4,
                          textColor=colors.black)
subtitle_st = ParagraphStyle("Subtitle", fontName="Arial", fontSize=13, leading=16,
                             textColor=GREY, spaceAfter=6)
byline_st = ParagraphStyle("Byline", fontName="Arial-Italic", fontSize=9, leading=11,
                           textColor=GREY, spaceAfter=14)
toc_head = ParagraphStyle("TOCHeading", fontName="Arial", fontSize=16, leading=19,
                          textColor=BLUE, spaceBefore=6, spaceAfter=6)
h1 = ParagraphStyle("Heading1", fontName="Arial-Bold", bulletFontName="Arial-Bold", fontSize=14, leading=17, textColor=BLUE,
                    spaceBefore=14, spaceAfter=6, leftIndent=0.76 * cm, bulletIndent=0,
                    keepWithNext=1, alignment=TA_LEFT, bulletFontSize=14)
h2 = ParagraphStyle("Heading2", fontName="Arial-Bold", bulletFontName="Arial-Bold", fontSize=12, leading=15, textColor=BLUE,
                    spaceBefore=8, spaceAfter=4, leftIndent=1.02 * cm, bulletIndent=0,
                    keepWithNext=1, alignment=TA_LEFT, bulletFontSize=12)
h3 = ParagraphStyle("Heading3", fontName="Arial-BoldItalic", bulletFontName="Arial-BoldItalic", fontSize=11, leading=14,
                    textColor=DARK, spaceBefore=6, spaceAfter=3, leftIndent=1.27 * cm,
                    bulletIndent=0, keepWithNext=1, alignment=TA_LEFT, bulletFontSize=11)
HSTYLE = {1: h1, 2: h2, 3: h3}
bullet_st = ParagraphStyle("ListBullet", parent=body, leftIndent=1.27 * cm,
                           bulletIndent=0.63 * cm, spaceAfter=4)
letter_st = ParagraphStyle("ListLetter", parent=body, leftIndent=1.27 * cm,
                           bulletIndent=0.63 * cm, spaceAfter=4)
roman_st = ParagraphStyle("ListRoman", parent=body, leftIndent=1.27 * cm,
                          bulletIndent=0.5 * cm, spaceAfter=4)
note_st = ParagraphStyle("Note", parent=body, fontSize=10.5, leading=13, spaceAfter=0)
cap_st = ParagraphStyle("Caption", fontName="Arial-Italic", fontSize=9, leading=11,
                        textColor=colors.HexColor("#44546A"), spaceBefore=4, spaceAfter=4,
                        keepWithNext=1)
cell = ParagraphStyle("cell", fontName="Arial", fontSize=10, leading=12)
cellh = ParagraphStyle("cellh", fontName="Arial-Bold", fontSize=10, leading=12,
                       textColor=colors.white)
fn_st = ParagraphStyle("FootnoteText", fontName="Arial", fontSize=10, leading=11.5,
                       alignment=TA_LEFT)
toc1 = ParagraphStyle("TOC1", fontName="Arial-Bold", fontSize=11, leading=13.7)
toc2 = ParagraphStyle("TOC2", fontName="Arial", fontSize=11, leading=13.7)


def inline(s):
    s = escape(s)
    s = s.replace("'", "\u2019")
    s = re.sub(r'"([^"]+)"', "\u201c\\1\u201d", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"\*([^*]+)\*", r"<i>\1</i>", s)
    s = re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", s)
    return s


class State:
    def __init__(self):
        self.page_fns = {}     # page -> footnote numbers drawn there in this pass
        self.reserve = {}      # page -> points kept free for footnotes (from the last pass)
        self.fn_text = {}
        self.head_pages = {}   # heading key -> page in this pass
        self.toc_pages = {}    # heading key -> page from the last pass
        self.npages = 0        # page count from the last pass
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
    """Records, when drawn, the footnote marks that land on this page."""

    def draw(self):
        page = self.canv.getPageNumber()
        for f in _frags(self.frags):
            if getattr(f, "rise", 0) > 0 and f.text.strip().isdigit():
                ST.page_fns.setdefault(page, []).append(f.text.strip())
        Paragraph.draw(self)


class Heading(Paragraph):
    """A numbered heading: records its page and adds a PDF bookmark, as Word's export does."""

    def __init__(self, num, text, level):
        self.key = "h_" + num.replace(".", "_")
        self.num, self.text, self.level = num, text, level
        Paragraph.__init__(self, inline(text), HSTYLE[level], bulletText=num)

    def draw(self):
        ST.head_pages[self.key] = self.canv.getPageNumber()
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry("%s %s" % (self.num, self.text), self.key, self.level - 1,
                                  closed=self.level > 1)
        Paragraph.draw(self)


class TocLine(Flowable):
    """One contents line: number, title, dot leader, right-aligned page number."""

    def __init__(self, num, text, level, key):
        Flowable.__init__(self)
        self.num, self.text, self.level, self.key = num, text, level, key
        self.indent = {1: 0, 2: 0.39 * cm, 3: 0.78 * cm}[level]
        self.font = "Arial-Bold" if level == 1 else "Arial"

    def wrap(self, aw, ah):
        self.width = aw
        return aw, 13.7 if self.level > 1 else 16

    def draw(self):
        c = self.canv
        page = str(ST.toc_pages.get(self.key, 1))
        c.setFont(self.font, 11)
        x = self.indent
        c.drawString(x, 3, self.num)
        x += 0.85 * cm if self.level == 1 else 1.05 * cm
        c.drawString(x, 3, self.text)
        end = x + pdfmetrics.stringWidth(self.text, self.font, 11) + 4
        pw = pdfmetrics.stringWidth(page, self.font, 11)
        dot = pdfmetrics.stringWidth(".", "Arial", 11)
        c.setFont("Arial", 11)
        n = int((self.width - pw - 4 - end) / dot)
        if n > 0:
            c.drawRightString(self.width - pw - 4, 3, "." * n)
        c.setFont(self.font, 11)
        c.drawRightString(self.width, 3, page)


def fn_paras(nums):
    return [Paragraph("<super>%s</super> %s" % (n, inline(ST.fn_text[n])), fn_st) for n in nums]


def fn_height(nums):
    if not nums:
        return 0
    return sum(p.wrap(TW, PH)[1] + 2 for p in fn_paras(nums)) + 16


def on_page(canv, doc):
    page = doc.page
    reserve = ST.reserve.get(page, 0)
    doc.pageTemplate.frames = [Frame(M, M + reserve, TW, PH - 2 * M - reserve, leftPadding=0,
                                     rightPadding=0, topPadding=0, bottomPadding=0,
                                     id="body%d" % page)]


def on_page_end(canv, doc):
    page = doc.page
    canv.saveState()
    # header
    canv.setFont("Arial", 9)
    canv.setFillColor(GREY)
    canv.drawString(M, PH - 1.6 * cm, ST.front["@headleft"])
    canv.drawRightString(PW - M, PH - 1.6 * cm, ST.front["@headright"])
    canv.setStrokeColor(BLUE)
    canv.setLineWidth(0.5)
    canv.line(M, PH - 1.75 * cm, PW - M, PH - 1.75 * cm)
    # footnotes
    nums = ST.page_fns.get(page, [])
    if nums:
        y = M + fn_height(nums) - 6
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.5)
        canv.line(M, y, M + 5.08 * cm, y)
        y -= 6
        for p in fn_paras(nums):
            w, h = p.wrap(TW, PH)
            p.drawOn(canv, M, y - h)
            y -= h + 2
    # footer
    canv.setFillColor(GREY)
    canv.setFont("Arial", 9)
    canv.drawString(M, 1.25 * cm, ST.front["@footleft"])
    canv.drawRightString(PW - M, 1.25 * cm, "Page %d of %d" % (page, max(ST.npages, page)))
    canv.restoreState()


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    front, story, heads = ST.front, [], []
    para, table, caption = [], None, ""
    toc_at = None

    def flush():
        if para:
            story.append(FnPara(inline(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if table is not None:
            if s == "@endtable":
                data = []
                for i, r in enumerate(table):
                    data.append([Paragraph(inline(c), cellh if i == 0 else cell)
                                 for c in r.split(" | ")])
                t = Table(data, colWidths=[1.6 * cm, TW - 3.9 * cm, 2.3 * cm], repeatRows=1)
                style = [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#4472C4")),
                    ("GRID", (0, 1), (-1, -1), 0.5, colors.HexColor("#8EAADB")),
                    ("BOX", (0, 0), (-1, 0), 0.5, colors.HexColor("#4472C4")),
                    ("FONTNAME", (0, 0), (-1, -1), "Arial"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ]
                for r in range(1, len(data)):
                    if r % 2 == 1:
                        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#D9E2F3")))
                t.setStyle(TableStyle(style))
                story.append(Paragraph(inline(caption), cap_st))
                story.append(t)
                story.append(Spacer(1, 10))
                table = None
            elif s:
                table.append(s)
            continue
        if s.startswith("@fn "):
            flush()
            n, text = s[4:].split(" ", 1)
            ST.fn_text[n] = text
        elif s == "@toc":
            flush()
            toc_at = len(story)
        elif s.startswith("@"):
            flush()
            key, _, val = s.partition(" ")
            if key == "@table":
                table, caption = [], val
            elif key == "@note":
                label, text = val.split("|", 1)
                p = FnPara("<b>%s:</b> %s" % (inline(label), inline(text)), note_st)
                box = Table([[p]], colWidths=[TW])
                box.setStyle(TableStyle([
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#DEEAF6")),
                    ("FONTNAME", (0, 0), (-1, -1), "Arial"),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, BLUE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]))
                story.extend([Spacer(1, 2), box, Spacer(1, 10)])
            else:
                front[key] = val
        elif re.match(r"#{1,3} ", s):
            flush()
            hashes, num, name = s.split(" ", 2)
            h = Heading(num, name, len(hashes))
            story.append(h)
            heads.append(h)
        elif s.startswith("- "):
            flush()
            story.append(FnPara(inline(s[2:]), bullet_st, bulletText="\u2022"))
        elif re.match(r"[a-z]\) ", s):
            flush()
            story.append(FnPara(inline(s[3:]), letter_st, bulletText=s[:2]))
        elif re.match(r"(i|ii|iii|iv|v)\. ", s):
            flush()
            lab, text = s.split(" ", 1)
            story.append(FnPara(inline(text), roman_st, bulletText=lab))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()
    toc = [Paragraph("Contents", toc_head)]
    toc += [TocLine(h.num, h.text, h.level, h.key) for h in heads]
    toc.append(Spacer(1, 10))
    story[toc_at:toc_at] = toc
    head = [Paragraph(inline(front["@title"]), title_st),
            Paragraph(inline(front["@subtitle"]), subtitle_st),
            Paragraph(inline(front["@byline"]), byline_st)]
    return head + story


def layout(out):
    ST.page_fns, ST.head_pages, ST.front, ST.fn_text = {}, {}, {}, {}
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M,
                          bottomMargin=M, title="", author="", subject="",
                          creator="Microsoft\u00ae Word for Microsoft 365",
                          producer="Microsoft\u00ae Word for Microsoft 365", invariant=1,
                          lang="en-IN", initialFontName="Arial")
    frame = Frame(M, M, TW, PH - 2 * M, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="main", frames=[frame], onPage=on_page,
                                       onPageEnd=on_page_end)])
    story = story_from(read_source())
    doc.title = ST.front["@doctitle"]
    doc.author = ST.front["@author"]
    doc.build(story)
    return ({p: list(v) for p, v in ST.page_fns.items()}, dict(ST.head_pages), doc.page)


def build():
    prev = None
    for _ in range(10):
        got = layout(OUT)
        if got == prev:
            break
        prev = got
        fns, heads, npages = got
        ST.reserve = {p: fn_height(v) for p, v in fns.items()}
        ST.toc_pages, ST.npages = heads, npages
    layout(OUT)


if __name__ == "__main__":
    build()
