#!/usr/bin/python3
"""Make docs/njac-judgment-2015-extract.pdf from tools/njac-judgment-2015-extract.txt.

The extract is laid out as a Word document saved as PDF in the manner of the Supreme Court's
own judgment prints: A4, Times New Roman (Liberation Serif, which has its metrics, embedded as
subsets under the Times New Roman PostScript names), 2.54 cm margins; the cause title on page 1
("REPORTABLE" flush right, the court and jurisdiction centred in bold, the parties with
"…Petitioner(s)" / "…Respondent(s)" flush right, "VERSUS"), a date/citation line and the coram,
a shaded compiler's box, then "JUDGMENT (EXTRACT)"; lettered headings in bold capitals kept
with the next paragraph; justified paragraphs numbered with a hanging number; a block quote of
Article 124A(1) indented on both sides; a centred "* * *"; hanging-labelled items "(i)"-"(v)"
and "(a)"-"(f)"; footnotes set at the foot of the page on which they are called, under Word's
short separator rule; a running header from page 2 (short title left, case number and date
right, thin rule below) and a "Page n of N" footer on every page.

Footnote space is reserved per page and the document laid out again until the pages the
footnotes fall on (and the page count) stop changing.

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
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFNameBytes
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "njac-judgment-2015-extract.txt")
OUT = os.path.join(HERE, "..", "docs", "njac-judgment-2015-extract.pdf")
FONTDIR = "/usr/share/fonts/truetype/liberation"

for name, file in (("TimesNewRomanPSMT", "LiberationSerif-Regular.ttf"),
                   ("TimesNewRomanPS-BoldMT", "LiberationSerif-Bold.ttf"),
                   ("TimesNewRomanPS-ItalicMT", "LiberationSerif-Italic.ttf"),
                   ("TimesNewRomanPS-BoldItalicMT", "LiberationSerif-BoldItalic.ttf")):
    f = TTFont(name, os.path.join(FONTDIR, file))
    f.face.name = TTFNameBytes(name.encode("ascii"))   # embed under Word's PostScript name
    pdfmetrics.registerFont(f)
R, B, I, BI = ("TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT", "TimesNewRomanPS-ItalicMT",
               "TimesNewRomanPS-BoldItalicMT")
addMapping(R, 0, 0, R)
addMapping(R, 1, 0, B)
addMapping(R, 0, 1, I)
addMapping(R, 1, 1, BI)
rl_config.canvas_basefontname = R

PW, PH = A4
LM = RM = 2.54 * cm
TM = 2.54 * cm
BM = 2.54 * cm
TW = PW - LM - RM

body = ParagraphStyle("body", fontName=R, fontSize=12, leading=17.2, alignment=TA_JUSTIFY,
                      leftIndent=36, bulletIndent=0, bulletFontName=R, bulletFontSize=12,
                      spaceAfter=8)
quote = ParagraphStyle("quote", fontName=R, fontSize=11, leading=13.4, alignment=TA_JUSTIFY,
                       leftIndent=72, rightIndent=36, spaceAfter=2)
item = ParagraphStyle("item", parent=body, leftIndent=72, bulletIndent=36, spaceAfter=4)
head = ParagraphStyle("head", fontName=B, fontSize=12, leading=15, spaceBefore=8, spaceAfter=6,
                      keepWithNext=1)
right = ParagraphStyle("right", fontName=B, fontSize=12, leading=15, alignment=TA_RIGHT,
                       spaceAfter=10)
centre = ParagraphStyle("centre", fontName=B, fontSize=12, leading=16, alignment=TA_CENTER)
centre2 = ParagraphStyle("centre2", parent=centre, spaceBefore=10, spaceAfter=10)
line_st = ParagraphStyle("line", fontName=R, fontSize=11, leading=14, alignment=TA_CENTER)
party_l = ParagraphStyle("partyl", fontName=B, fontSize=12, leading=15, alignment=TA_LEFT)
party_r = ParagraphStyle("partyr", fontName=R, fontSize=12, leading=15, alignment=TA_RIGHT)
box_st = ParagraphStyle("box", fontName=I, fontSize=10.5, leading=13, alignment=TA_JUSTIFY)
stars = ParagraphStyle("stars", fontName=R, fontSize=12, leading=16, alignment=TA_CENTER,
                       spaceAfter=8)
fn_st = ParagraphStyle("fn", fontName=R, fontSize=10, leading=11.5, alignment=TA_JUSTIFY)


def markup(s):
    """Source text to reportlab markup, with Word's AutoFormat curly quotes."""
    s = re.sub(r'"(?=[\w(])', "\u201c", s).replace('"', "\u201d").replace("'", "\u2019")
    s = escape(s)
    s = re.sub(r"\*([^*]+)\*", r"<i>\1</i>", s)
    s = re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", s)
    return s


class State:
    def __init__(self):
        self.page_fns = {}
        self.reserve = {}
        self.fn_text = {}
        self.total = 1
        self.meta = {}


ST = State()


def _frag_texts(frags):
    for f in frags or []:
        if isinstance(f, (list, tuple)):
            yield from _frag_texts(f)
        elif hasattr(f, "words"):
            yield from _frag_texts(f.words)
        elif hasattr(f, "text"):
            yield f


class FnPara(Paragraph):
    """Records, when drawn, the footnotes called in the part of it on this page."""

    def draw(self):
        page = self.canv.getPageNumber()
        for f in _frag_texts(self.frags):
            if getattr(f, "rise", 0) > 0 and f.text.strip().isdigit():
                ST.page_fns.setdefault(page, []).append(f.text.strip())
        Paragraph.draw(self)


def fn_paras(nums):
    return [Paragraph("<super>%s</super> %s" % (n, markup(ST.fn_text[n])), fn_st) for n in nums]


def fn_height(nums):
    if not nums:
        return 0
    return sum(p.wrap(TW, PH)[1] + 3 for p in fn_paras(nums)) + 16


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
        canv.setFont(I, 9.5)
        canv.setFillColor(colors.HexColor("#404040"))
        canv.drawString(LM, PH - 1.6 * cm, ST.meta["@headleft"])
        canv.drawRightString(PW - RM, PH - 1.6 * cm, ST.meta["@headright"])
        canv.setStrokeColor(colors.HexColor("#808080"))
        canv.setLineWidth(0.5)
        canv.line(LM, PH - 1.6 * cm - 4, PW - RM, PH - 1.6 * cm - 4)
        canv.setFillColor(colors.black)
    nums = ST.page_fns.get(page, [])
    if nums:
        y = BM + fn_height(nums) - 6
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.5)
        canv.line(LM, y, LM + 144, y)
        y -= 5
        for p in fn_paras(nums):
            w, h = p.wrap(TW, PH)
            p.drawOn(canv, LM, y - h)
            y -= h + 3
    canv.setFont(R, 10)
    canv.drawCentredString(PW / 2, 1.4 * cm, "Page %d of %d" % (page, ST.total))
    canv.restoreState()


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    story = []
    quote_open = False
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if s.startswith("> "):
            if not quote_open:
                story.append(Spacer(1, 2))
                quote_open = True
            story.append(Paragraph(markup(s[2:]), quote))
            continue
        if quote_open:
            story.append(Spacer(1, 8))
            quote_open = False
        key, _, val = s.partition(" ")
        if key == "@fn":
            n, text = val.split(" ", 1)
            ST.fn_text[n] = text
        elif key in ("@title", "@author", "@headleft", "@headright"):
            ST.meta[key] = val
        elif key == "@right":
            story.append(Paragraph(markup(val), right))
        elif key == "@centre":
            story.append(Paragraph(markup(val), centre))
            story.append(Spacer(1, 4))
        elif key == "@centre2":
            story.append(Paragraph("<u>%s</u>" % markup(val), centre2))
        elif key == "@line":
            story.append(Paragraph(markup(val), line_st))
            story.append(Spacer(1, 3))
        elif key == "@party":
            left, role = val.split("|")
            t = Table([[Paragraph(markup(left), party_l), Paragraph(markup(role), party_r)]],
                      colWidths=[TW * 0.68, TW * 0.32])
            t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), R),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
            story.extend([Spacer(1, 6), t, Spacer(1, 6)])
        elif key == "@box":
            box = Table([[Paragraph(markup(val), box_st)]], colWidths=[TW])
            box.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), R),
                ("BOX", (0, 0), (-1, -1), 0.75, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EDEDED")),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            story.extend([Spacer(1, 10), box, Spacer(1, 4)])
        elif key == "@stars":
            story.append(Paragraph("*\u2003\u2003*\u2003\u2003*", stars))
        elif key == "@item":
            lab, text = val.split("|", 1)
            cls = FnPara if "[^" in text else Paragraph
            story.append(cls(markup(text), item, bulletText=lab))
        elif s.startswith("# "):
            story.append(Paragraph(markup(s[2:]), head))
        elif re.match(r"\d+\. ", s):
            num, text = s.split(" ", 1)
            cls = FnPara if "[^" in text else Paragraph
            story.append(cls(markup(text), body, bulletText=num))
        else:
            raise ValueError("unknown line: %r" % s)
    return story


def layout(out):
    ST.page_fns = {}
    ST.fn_text = {}
    story = story_from(read_source())
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title=ST.meta["@title"], author=ST.meta["@author"],
                          subject="", creator="Microsoft\u00ae Word for Microsoft 365",
                          producer="Microsoft\u00ae Word for Microsoft 365", invariant=1,
                          lang="en-IN", initialFontName=R)
    frame = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="main", frames=[frame], onPage=on_page,
                                       onPageEnd=on_page_end)])
    doc.build(story)
    return {p: list(v) for p, v in ST.page_fns.items()}, doc.page


def build(out):
    prev = None
    for _ in range(10):
        got = layout(out)
        if got == prev:
            break
        prev = got
        ST.reserve = {p: fn_height(v) for p, v in got[0].items()}
        ST.total = got[1]
    layout(out)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
