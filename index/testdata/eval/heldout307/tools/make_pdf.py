#!/usr/bin/python3
"""Make docs/linguistic-reorganisation-textbook-ch4.pdf from
tools/linguistic-reorganisation-textbook-ch4.txt.

The PDF imitates one chapter of a printed civil-services textbook, as a student would get it by
printing the chapter's pages to PDF: a chapter-opener band on the first page (no running head
there) with a "Learning Outcomes" box; from the second page on, running heads that alternate
between verso and recto (the book's title on the left of even pages, the chapter's number and
title on the right of odd pages, a rule under each); a footer on every page with the folio at the
outer edge and the unit's name at the inner edge; numbered headings at two levels (4.1, 4.2.1);
justified Liberation Serif text; boxed "Did you know?" sidebars with an orange bar; a captioned
table with a dark header row; footnote marks as superscript figures with the notes set at the foot
of the page on which they are called, over a short rule; an unnumbered Summary, a Key Terms strip
and Exercises at the end. Page numbers run on from the book (the chapter opens on page 97).

Footnote space is reserved per page: the chapter is laid out again until the pages that the
footnotes fall on stop changing.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [output.pdf]
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "linguistic-reorganisation-textbook-ch4.txt")
OUT = os.path.join(HERE, "..", "docs", "linguistic-reorganisation-textbook-ch4.pdf")

FONTDIR = "/usr/share/fonts/truetype/liberation"
for name, fn in [("Serif", "LiberationSerif-Regular.ttf"), ("Serif-Bold", "LiberationSerif-Bold.ttf"),
                 ("Serif-Italic", "LiberationSerif-Italic.ttf"),
                 ("Serif-BoldItalic", "LiberationSerif-BoldItalic.ttf"),
                 ("Sans", "LiberationSans-Regular.ttf"), ("Sans-Bold", "LiberationSans-Bold.ttf"),
                 ("Sans-Italic", "LiberationSans-Italic.ttf"),
                 ("Sans-BoldItalic", "LiberationSans-BoldItalic.ttf")]:
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, fn)))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                              boldItalic="Serif-BoldItalic")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic",
                              boldItalic="Sans-BoldItalic")

PW, PH = A4
LM = RM = 2.3 * cm
TM = 2.6 * cm
BM = 2.4 * cm
TW = PW - LM - RM
BAND = 6.2 * cm           # height of the chapter-opener band on the first page

NAVY = colors.HexColor("#1F4E79")
ORANGE = colors.HexColor("#D9822B")
GREY = colors.HexColor("#595959")

body = ParagraphStyle("body", fontName="Serif", fontSize=10.5, leading=14.2, alignment=TA_JUSTIFY,
                      firstLineIndent=14, spaceAfter=0)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
item = ParagraphStyle("item", parent=body0, leftIndent=20, bulletIndent=6, spaceBefore=2,
                      bulletFontName="Serif")
h1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=13, leading=16, textColor=NAVY,
                    spaceBefore=14, spaceAfter=6, keepWithNext=1)
h2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=10.8, leading=13.5, textColor=colors.black,
                    spaceBefore=9, spaceAfter=3, keepWithNext=1)
box_title = ParagraphStyle("boxt", fontName="Sans-Bold", fontSize=10, leading=13, textColor=ORANGE,
                           spaceAfter=3)
box_body = ParagraphStyle("boxb", fontName="Sans", fontSize=9.3, leading=12.6, alignment=TA_LEFT)
out_title = ParagraphStyle("outt", fontName="Sans-Bold", fontSize=10.5, leading=13.5,
                           textColor=NAVY, spaceAfter=3)
out_lead = ParagraphStyle("outl", fontName="Sans-Italic", fontSize=9.5, leading=12.5, spaceAfter=2)
out_item = ParagraphStyle("outi", fontName="Sans", fontSize=9.5, leading=12.5, leftIndent=14,
                          bulletIndent=2, spaceBefore=1)
cap = ParagraphStyle("cap", fontName="Sans-Bold", fontSize=9.5, leading=12, textColor=NAVY,
                     spaceBefore=8, spaceAfter=4)
cell = ParagraphStyle("cell", fontName="Serif", fontSize=9.5, leading=12)
cellh = ParagraphStyle("cellh", fontName="Sans-Bold", fontSize=9.5, leading=12, textColor=colors.white)
fn_st = ParagraphStyle("fn", fontName="Serif", fontSize=8.5, leading=10.4, alignment=TA_LEFT,
                       leftIndent=10, firstLineIndent=-10)
key_st = ParagraphStyle("key", fontName="Sans", fontSize=9.5, leading=13)


def smart(s):
    s = re.sub(r'(^|[\s(])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d").replace("'", "\u2019")
    return s


def tex(s):
    s = escape(smart(s))
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


def folio(page):
    return page + int(ST.front["@firstpage"]) - 1


def _frag_texts(frags):
    for f in frags or []:
        if isinstance(f, (list, tuple)):
            yield from _frag_texts(f)
        elif hasattr(f, "words"):
            yield from _frag_texts(f.words)
        elif hasattr(f, "text"):
            yield f


class FnPara(Paragraph):
    """Records, when drawn, the footnote marks in the part of it on this page."""

    def draw(self):
        page = self.canv.getPageNumber()
        for f in _frag_texts(self.frags):
            if getattr(f, "rise", 0) > 0 and f.text.strip().isdigit():
                ST.page_fns.setdefault(page, []).append(f.text.strip())
        Paragraph.draw(self)


def fn_paras(nums):
    return [Paragraph("<super>%s</super>\u2002%s" % (n, tex(ST.fn_text[n])), fn_st) for n in nums]


def fn_height(nums):
    if not nums:
        return 0
    return sum(p.wrap(TW, PH)[1] + 2 for p in fn_paras(nums)) + 16


def set_frame(doc, top):
    page = doc.page
    reserve = ST.reserve.get(page, 0)
    doc.pageTemplate.frames = [Frame(LM, BM + reserve, TW, top - BM - reserve, leftPadding=0,
                                     rightPadding=0, topPadding=0, bottomPadding=0,
                                     id="body%d" % page)]


def on_first(canv, doc):
    set_frame(doc, PH - BAND - 0.9 * cm)
    canv.saveState()
    canv.setFillColor(NAVY)
    canv.rect(0, PH - BAND, PW, BAND, stroke=0, fill=1)
    canv.setFillColor(ORANGE)
    canv.rect(0, PH - BAND - 0.18 * cm, PW, 0.18 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Sans", 10)
    canv.drawString(LM, PH - 1.6 * cm, ST.front["@unit"].upper())
    canv.setFont("Sans-Bold", 15)
    canv.drawString(LM, PH - 3.0 * cm, "CHAPTER")
    canv.setFont("Sans-Bold", 44)
    canv.drawRightString(PW - RM, PH - 3.4 * cm, ST.front["@chapter"])
    canv.setFont("Serif-Bold", 22)
    canv.drawString(LM, PH - 4.6 * cm, ST.front["@chtitle"])
    canv.restoreState()


def on_main(canv, doc):
    set_frame(doc, PH - TM)


def on_page_end(canv, doc):
    page = doc.page
    num = folio(page)
    recto = num % 2 == 1
    canv.saveState()
    if page > 1:
        canv.setFont("Sans-Italic", 8.5)
        canv.setFillColor(GREY)
        y = PH - TM + 16
        if recto:
            canv.drawRightString(PW - RM, y, "Chapter %s  |  %s" % (ST.front["@chapter"],
                                                                     ST.front["@chtitle"]))
        else:
            canv.drawString(LM, y, ST.front["@book"])
        canv.setStrokeColor(GREY)
        canv.setLineWidth(0.5)
        canv.line(LM, y - 5, PW - RM, y - 5)
    nums = ST.page_fns.get(page, [])
    if nums:
        y = BM + fn_height(nums) - 6
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.4)
        canv.line(LM, y, LM + 4.5 * cm, y)
        y -= 5
        for p in fn_paras(nums):
            w, h = p.wrap(TW, PH)
            p.drawOn(canv, LM, y - h)
            y -= h + 2
    canv.setStrokeColor(ORANGE)
    canv.setLineWidth(0.8)
    canv.line(LM, 1.75 * cm, PW - RM, 1.75 * cm)
    canv.setFillColor(colors.black)
    canv.setFont("Sans-Bold", 10)
    unit = ST.front["@unit"]
    canv.setFont("Sans", 8)
    canv.setFillColor(GREY)
    if recto:
        canv.drawString(LM, 1.2 * cm, unit)
        canv.setFont("Sans-Bold", 10)
        canv.setFillColor(colors.black)
        canv.drawRightString(PW - RM, 1.2 * cm, str(num))
    else:
        canv.drawRightString(PW - RM, 1.2 * cm, unit)
        canv.setFont("Sans-Bold", 10)
        canv.setFillColor(colors.black)
        canv.drawString(LM, 1.2 * cm, str(num))
    canv.restoreState()


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith("%")]


def boxed(flow, bg, bar, pad=7):
    t = Table([[f] for f in flow], colWidths=[TW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.5, bar),
        ("LINEBEFORE", (0, 0), (0, -1), 3.5, bar),
        ("LEFTPADDING", (0, 0), (-1, -1), pad + 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, 0), pad),
        ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
    ]))
    return t


def para(text, style):
    cls = FnPara if "[^" in text else Paragraph
    return cls(tex(text), style)


def story_from(lines):
    story = [NextPageTemplate("main")]
    buf, after_head = [], True
    block, block_kind, block_arg = None, None, None

    def flush():
        nonlocal after_head
        if buf:
            story.append(para(" ".join(buf), body0 if after_head else body))
            buf.clear()
            after_head = False

    for line in lines:
        s = line.strip()
        if block is not None:
            end = "@end" + block_kind
            if s == end:
                if block_kind == "outcomes":
                    flow = [Paragraph("Learning Outcomes", out_title),
                            Paragraph(tex(block_arg), out_lead)]
                    flow += [Paragraph(tex(x[2:]), out_item, bulletText="\u25aa") for x in block]
                    story.extend([boxed(flow, colors.HexColor("#E9F0F7"), NAVY), Spacer(1, 10)])
                elif block_kind == "box":
                    text = " ".join(block)
                    flow = [Paragraph(tex(block_arg), box_title), Paragraph(tex(text), box_body)]
                    story.extend([Spacer(1, 6),
                                  KeepTogether(boxed(flow, colors.HexColor("#FFF4E0"), ORANGE)),
                                  Spacer(1, 6)])
                    after_head = True
                elif block_kind == "table":
                    rows = [r.split(" | ") for r in block]
                    data = [[Paragraph(tex(c), cellh if i == 0 else cell) for c in r]
                            for i, r in enumerate(rows)]
                    t = Table(data, colWidths=[3.6 * cm, TW - 3.6 * cm], repeatRows=1)
                    t.setStyle(TableStyle([
                        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                        ("ROWBACKGROUNDS", (0, 1), (-1, -1),
                         [colors.white, colors.HexColor("#F2F5F9")]),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB3C8")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]))
                    story.append(KeepTogether([Paragraph(tex(block_arg), cap), t, Spacer(1, 8)]))
                    after_head = True
                block = None
            elif s:
                block.append(s)
            continue
        if s.startswith("@fn "):
            flush()
            n, text = s[4:].split(" ", 1)
            ST.fn_text[n] = text
        elif s.startswith("@outcomes ") or s.startswith("@box ") or s.startswith("@table "):
            flush()
            key, _, val = s.partition(" ")
            block, block_kind, block_arg = [], key[1:], val
        elif s.startswith("@keyterms "):
            flush()
            story.append(Paragraph("Key Terms", h1))
            t = Table([[Paragraph(tex(s[10:]), key_st)]], colWidths=[TW])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E9F0F7")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                   ("TOPPADDING", (0, 0), (-1, -1), 5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story.append(t)
        elif s.startswith("@"):
            key, _, val = s.partition(" ")
            ST.front[key] = val
        elif s.startswith("## "):
            flush()
            num, name = s[3:].split(" ", 1)
            story.append(Paragraph("%s\u2002%s" % (num, tex(name)), h2))
            after_head = True
        elif s.startswith("# "):
            flush()
            num, name = s[2:].split(" ", 1)
            if num == "-":
                story.append(Paragraph(tex(name), h1))
            else:
                story.append(Paragraph("%s\u2002%s" % (num, tex(name)), h1))
            after_head = True
        elif s.startswith("- "):
            flush()
            cls = FnPara if "[^" in s else Paragraph
            story.append(cls(tex(s[2:]), item, bulletText="\u2022"))
            after_head = True
        elif re.match(r"\d+\. ", s):
            flush()
            m = re.match(r"(\d+\.) (.*)", s)
            story.append(Paragraph(tex(m.group(2)), item, bulletText=m.group(1)))
            after_head = True
        elif not s:
            flush()
        else:
            buf.append(s)
    flush()
    return story


def layout(out):
    ST.page_fns = {}
    ST.fn_text = {}
    ST.front = {}
    story = story_from(read_source())
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="Chapter 4: " + ST.front["@chtitle"],
                          author="", subject=ST.front["@book"], creator="Microsoft Print to PDF",
                          producer="Microsoft: Print To PDF", invariant=1)
    first = Frame(LM, BM, TW, PH - BAND - 0.9 * cm - BM, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="first")
    main = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0, id="main")
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[first], onPage=on_first, onPageEnd=on_page_end),
        PageTemplate(id="main", frames=[main], onPage=on_main, onPageEnd=on_page_end)])
    doc.build(story)
    return {p: list(v) for p, v in ST.page_fns.items()}


def build(out):
    prev = None
    for _ in range(8):
        got = layout(out)
        if got == prev:
            break
        prev = got
        ST.reserve = {p: fn_height(v) for p, v in got.items()}
    layout(out)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
