#!/usr/bin/python3
"""Make docs/cryosphere-glofs-lecture.pdf from tools/cryosphere-glofs-lecture.txt.

The PDF imitates lecture notes typeset with pdfLaTeX from an 11pt article
(\\documentclass[11pt,a4paper]{article} with \\usepackage{mathpazo}, geometry margins of 2.5 cm
and hyperref): Palatino (the URW P052 Type 1 fonts, embedded as pdfTeX embeds URW Palladio), a
\\maketitle block with a \\thanks footnote marked "*", \\tableofcontents right after it (section
entries in bold with no leaders, subsection entries indented with dotted leaders, as the article
class sets them, each entry a link), numbered sections and subsections, justified paragraphs
indented except after a heading, description, itemize and enumerate lists, a numbered equation,
a tabular with vertical rules and \\hline under a "Table 1:" caption, run-in \\paragraph
headings, footnotes at the foot of the page on which they are called (rule of 0.4 of the text
width), a plain page style (the page number centred at the foot of every page), an unnumbered
"References" list that is not in the contents, and PDF bookmarks as hyperref writes them.

The layout is made again until the page numbers in the contents and the pages the footnotes
fall on stop changing.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import struct
import tempfile
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cryosphere-glofs-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "cryosphere-glofs-lecture.pdf")
FONTDIR = "/usr/share/fonts/type1/urw-base35/"

PW, PH = A4
LM = RM = 2.5 * cm
TM = 2.5 * cm
BM = 2.7 * cm
TW = PW - LM - RM


# --- fonts: the URW base35 Palatino clone, converted from PFA-with-binary to PFB -----------

def _pfb_from_t1(src, dst):
    data = open(src, "rb").read()
    i = data.index(b"eexec") + len(b"eexec")
    while data[i:i + 1] in (b"\r", b"\n"):
        i += 1
    clear, rest = data[:i], data[i:]
    m = re.search(rb"0{64}\s*(?:0{64}\s*){7}cleartomark", rest)
    out = b""
    for typ, seg in ((1, clear), (2, rest[:m.start()]), (1, rest[m.start():])):
        out += b"\x80" + bytes([typ]) + struct.pack("<I", len(seg)) + seg
    with open(dst, "wb") as f:
        f.write(out + b"\x80\x03")


def register_fonts():
    tmp = tempfile.mkdtemp(prefix="heldout202-fonts-")
    names = {}
    for style, base in (("r", "P052-Roman"), ("b", "P052-Bold"), ("i", "P052-Italic"),
                        ("bi", "P052-BoldItalic")):
        pfb = os.path.join(tmp, base + ".pfb")
        _pfb_from_t1(FONTDIR + base + ".t1", pfb)
        face = pdfmetrics.EmbeddedType1Face(FONTDIR + base + ".afm", pfb)
        pdfmetrics.registerTypeFace(face)
        pdfmetrics.registerFont(pdfmetrics.Font(base, face.name, "WinAnsiEncoding"))
        names[style] = base
        os.remove(pfb)
    os.rmdir(tmp)
    addMapping("P052-Roman", 0, 0, "P052-Roman")
    addMapping("P052-Roman", 1, 0, "P052-Bold")
    addMapping("P052-Roman", 0, 1, "P052-Italic")
    addMapping("P052-Roman", 1, 1, "P052-BoldItalic")
    return names


register_fonts()
RM_F, BF_F, IT_F = "P052-Roman", "P052-Bold", "P052-Italic"

FS, LEAD = 10.95, 13.6
PARINDENT = 17
body = ParagraphStyle("body", fontName=RM_F, fontSize=FS, leading=LEAD, alignment=TA_JUSTIFY,
                      firstLineIndent=PARINDENT, bulletFontName=RM_F, bulletFontSize=FS)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
desc = ParagraphStyle("desc", parent=body0, leftIndent=PARINDENT + 6, firstLineIndent=-(PARINDENT + 6),
                      spaceBefore=2)
item = ParagraphStyle("item", parent=body0, leftIndent=27, bulletIndent=14, spaceBefore=2)
enum = ParagraphStyle("enum", parent=body0, leftIndent=27, bulletIndent=10, spaceBefore=2)
runin = ParagraphStyle("runin", parent=body0, spaceBefore=8)
sec = ParagraphStyle("sec", fontName=BF_F, fontSize=14.4, leading=17.3, spaceBefore=17,
                     spaceAfter=9, keepWithNext=1)
sub = ParagraphStyle("sub", fontName=BF_F, fontSize=12, leading=14.5, spaceBefore=13,
                     spaceAfter=6, keepWithNext=1)
title_st = ParagraphStyle("title", fontName=RM_F, fontSize=17.28, leading=21,
                          alignment=TA_CENTER)
author_st = ParagraphStyle("author", fontName=RM_F, fontSize=12, leading=14.5,
                           alignment=TA_CENTER)
cap_st = ParagraphStyle("cap", fontName=RM_F, fontSize=FS, leading=LEAD, alignment=TA_CENTER,
                        spaceBefore=6, spaceAfter=6)
cell = ParagraphStyle("cell", fontName=RM_F, fontSize=10, leading=12)
cellh = ParagraphStyle("cellh", fontName=BF_F, fontSize=10, leading=12)
fn_st = ParagraphStyle("fn", fontName=RM_F, fontSize=9, leading=11, alignment=TA_JUSTIFY,
                       leftIndent=0, firstLineIndent=12)
bib_st = ParagraphStyle("bib", parent=body0, leftIndent=22, bulletIndent=0, spaceBefore=3)
eqno = ParagraphStyle("eqno", parent=body0, alignment=TA_RIGHT)
eqst = ParagraphStyle("eq", parent=body0, alignment=TA_CENTER)


def tex(s):
    """LaTeX-like source text to reportlab paragraph markup."""
    s = s.replace(r"\cdot{}", "\u00b7").replace(r"\%", "%").replace(r"\S", "\u00a7")
    s = escape(s)
    s = s.replace("``", "\u201c").replace("''", "\u201d").replace("'", "\u2019")
    s = s.replace("---", "\u2014").replace("--", "\u2013")
    s = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"\*([^*]+)\*", r"<i>\1</i>", s)
    s = re.sub(r"\[\^(\d+)\]", r"<super>\1</super>", s)
    return s


def plain(s):
    return re.sub(r"<[^>]+>", "", tex(s)).replace("&amp;", "&")


class State:
    def __init__(self):
        self.page_fns = {}      # page -> footnote marks laid out on it in this pass
        self.reserve = {}       # page -> points kept free for footnotes (from the last pass)
        self.fn_text = {}
        self.heads = {}         # key -> page, this pass
        self.toc_pages = {}     # key -> page, from the last pass
        self.toc = []           # (level, number, title, key)


ST = State()


class HeadPara(Paragraph):
    """A numbered heading: records its page, sets a bookmark and an outline entry."""

    def __init__(self, text, style, key, level, outline):
        Paragraph.__init__(self, text, style)
        self._key, self._level, self._outline = key, level, outline

    def draw(self):
        c = self.canv
        ST.heads[self._key] = c.getPageNumber()
        c.bookmarkPage(self._key, fit="XYZ", top=None)
        c.addOutlineEntry(self._outline, self._key, level=self._level, closed=False)
        Paragraph.draw(self)


def _frags(frags):
    for f in frags or []:
        if isinstance(f, (list, tuple)):
            yield from _frags(f)
        elif hasattr(f, "words"):
            yield from _frags(f.words)
        elif hasattr(f, "text"):
            yield f


class FnPara(Paragraph):
    """Records, when drawn, the footnote marks in the part of it that lies on this page."""

    def draw(self):
        page = self.canv.getPageNumber()
        for f in _frags(self.frags):
            if getattr(f, "rise", 0) > 0 and f.text.strip().isdigit():
                ST.page_fns.setdefault(page, []).append(f.text.strip())
        Paragraph.draw(self)


def para(text, style):
    t = tex(text)
    return (FnPara if "<super>" in t else Paragraph)(t, style)


def fn_paras(marks):
    return [Paragraph("<super>%s</super>\u2002%s" % (m, tex(ST.fn_text[m])), fn_st)
            for m in marks]


def fn_height(marks):
    if not marks:
        return 0
    return sum(p.wrap(TW, PH)[1] + 1.5 for p in fn_paras(marks)) + 13


class TocBlock(Flowable):
    """\\tableofcontents as the article class sets it."""

    def wrap(self, aw, ah):
        h = 0
        for lvl, _, _, _ in ST.toc:
            h += (LEAD + 6.5) if lvl == 0 else LEAD
        self.height = h + 4
        return aw, self.height

    def draw(self):
        c = self.canv
        y = self.height
        for lvl, num, title, key in ST.toc:
            page = str(ST.toc_pages.get(key, "?"))
            if lvl == 0:
                y -= 6.5 + LEAD
                c.setFont(BF_F, FS)
                c.drawString(0, y + 3, num)
                c.drawString(17.5, y + 3, title)
                c.drawRightString(TW, y + 3, page)
                x1 = 17.5 + pdfmetrics.stringWidth(title, BF_F, FS)
            else:
                y -= LEAD
                c.setFont(RM_F, FS)
                c.drawString(16.5, y + 3, num)
                c.drawString(42.5, y + 3, title)
                x1 = 42.5 + pdfmetrics.stringWidth(title, RM_F, FS)
                # dotted leaders on a 4.5mu grid, as \@dottedtocline draws them
                step = 4.9
                x = (int((x1 + 5) / step) + 1) * step
                while x < TW - 20:
                    c.drawString(x, y + 3, ".")
                    x += step
                c.drawRightString(TW, y + 3, page)
            c.linkRect("", key, (0, y, TW, y + LEAD - 1), relative=1, thickness=0)


class Equation(Flowable):
    def __init__(self, formula, num):
        Flowable.__init__(self)
        self.formula, self.num = formula, num

    def wrap(self, aw, ah):
        self.height = LEAD + 14
        return aw, self.height

    def draw(self):
        c = self.canv
        m = re.match(r"(\w)_(\w) = (\w) \+ (\w)", self.formula)
        parts = [(IT_F, FS, 0, m.group(1)), (IT_F, 7.7, -2.2, m.group(2)),
                 (RM_F, FS, 0, " = "), (IT_F, FS, 0, m.group(3)), (RM_F, FS, 0, " + "),
                 (IT_F, FS, 0, m.group(4))]
        width = sum(pdfmetrics.stringWidth(t, f, s) for f, s, _, t in parts)
        x = (TW - width) / 2
        y = 9
        for f, s, rise, t in parts:
            c.setFont(f, s)
            c.drawString(x, y + rise, t)
            x += pdfmetrics.stringWidth(t, f, s)
        c.setFont(RM_F, FS)
        c.drawRightString(TW, y, "(%s)" % self.num)


def on_page(canv, doc):
    page = doc.page
    reserve = ST.reserve.get(page, 0)
    doc.pageTemplate.frames = [Frame(LM, BM + reserve, TW, PH - TM - BM - reserve,
                                     leftPadding=0, rightPadding=0, topPadding=0,
                                     bottomPadding=0, id="body%d" % page)]


def on_page_end(canv, doc):
    page = doc.page
    canv.saveState()
    marks = ST.page_fns.get(page, [])
    if marks:
        y = BM + fn_height(marks) - 4
        canv.setLineWidth(0.4)
        canv.line(LM, y, LM + 0.4 * TW, y)
        y -= 5
        for p in fn_paras(marks):
            w, h = p.wrap(TW, PH)
            p.drawOn(canv, LM, y - h)
            y -= h + 1.5
    canv.setFont(RM_F, FS)
    canv.drawCentredString(PW / 2, 1.55 * cm, str(page))
    canv.restoreState()


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    front, story, toc = {}, [], []
    buf, after_head, runin_title = [], True, None
    table, caption = None, ""
    nsec = [0]

    def flush():
        nonlocal after_head, runin_title
        if buf:
            text = " ".join(buf)
            if runin_title:
                story.append(para("**%s**\u2003%s" % (runin_title, text), runin))
                runin_title = None
            else:
                story.append(para(text, body0 if after_head else body))
            buf.clear()
            after_head = False

    for line in lines:
        s = line.strip()
        if table is not None:
            if s == "@endtable":
                data = [[Paragraph(tex(c), cellh if i == 0 else cell) for c in r.split(" | ")]
                        for i, r in enumerate(table)]
                widths = [3.0 * cm, 3.15 * cm, 3.2 * cm]
                widths.append(TW - sum(widths))
                t = Table(data, colWidths=widths, repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                    ("FONTNAME", (0, 0), (-1, -1), RM_F),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ]))
                story.append(KeepTogether([Paragraph(tex(caption), cap_st), t, Spacer(1, 10)]))
                table = None
                after_head = True
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
            elif key == "@toc":
                story.append(Paragraph("Contents", sec))
                story.append(TocBlock())
                story.append(Spacer(1, 6))
            elif key == "@desc":
                term, text = val.split("|", 1)
                story.append(para("**%s** %s" % (term, text), desc))
            elif key == "@eq":
                formula, num = val.split("|")
                story.append(Equation(formula, num))
                after_head = True
            elif key == "@para":
                runin_title = val
            elif key == "@references":
                story.append(Paragraph("References", sec))
            elif key == "@bib":
                lab, text = val.split(" ", 1)
                story.append(Paragraph(tex(text), bib_st, bulletText=lab))
            else:
                front[key] = val
        elif s.startswith("## ") or s.startswith("# "):
            flush()
            lvl = 1 if s.startswith("## ") else 0
            num, name = s[3 if lvl else 2:].split(" ", 1)
            key = "section.%s" % num
            story.append(HeadPara("%s\u2003%s" % (num, tex(name)), sub if lvl else sec, key,
                                  lvl, "%s %s" % (num, plain(name))))
            toc.append((lvl, num, plain(name), key))
            after_head = True
        elif s.startswith("- "):
            flush()
            story.append(para(s[2:], item))
            story[-1].bulletText = "\u2022"
        elif re.match(r"\d+\. ", s):
            flush()
            n, text = s.split(" ", 1)
            p = para(text, enum)
            p.bulletText = n
            story.append(p)
        elif re.match(r"\([a-z]\) ", s):
            flush()
            n, text = s.split(" ", 1)
            p = para(text, enum)
            p.bulletText = n
            story.append(p)
        elif not s:
            flush()
        else:
            buf.append(s)
    flush()
    ST.toc = toc
    ST.fn_text["*"] = front["@thanks"]
    head = [Spacer(1, 1.1 * cm),
            Paragraph(tex(front["@title"]), title_st),
            Spacer(1, 0.55 * cm),
            FnPara(tex(front["@author"]) + "<super>*</super>", author_st),
            Spacer(1, 0.35 * cm),
            Paragraph(tex(front["@date"]), author_st),
            Spacer(1, 0.5 * cm)]
    return head + story, front


def layout(out):
    ST.page_fns, ST.heads = {}, {}
    story, front = story_from(read_source())
    # the \thanks mark is not a digit: put it on page 1 by hand
    ST.page_fns[1] = ["*"]
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title=front["@pdftitle"], author="", subject="",
                          keywords="", creator="LaTeX with hyperref",
                          producer="pdfTeX-1.40.26", invariant=1, pageCompression=1,
                          initialFontName=RM_F, initialFontSize=FS)
    frame = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="main", frames=[frame], onPage=on_page,
                                       onPageEnd=on_page_end)])

    doc.build(story, canvasmaker=_canvas_with_outline)
    return ({p: list(v) for p, v in ST.page_fns.items()}, dict(ST.heads))


def _canvas_with_outline(*a, **k):
    from reportlab.pdfgen.canvas import Canvas
    c = Canvas(*a, **k)
    c.showOutline()
    return c


def build():
    prev = None
    for _ in range(10):
        got = layout(OUT)
        if got == prev:
            break
        prev = got
        ST.reserve = {p: fn_height(v) for p, v in got[0].items()}
        ST.toc_pages = got[1]
    layout(OUT)


if __name__ == "__main__":
    build()
