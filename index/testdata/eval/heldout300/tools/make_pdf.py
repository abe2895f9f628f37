#!/usr/bin/python3
"""Make docs/cert-in-wikipedia-download.pdf from tools/cert-in-wikipedia-download.txt.

The PDF imitates what Wikipedia's sidebar "Download as PDF" (Special:DownloadAsPdf, rendered by
headless Chromium) gives for an article: A4, the serif article title over a grey rule, the
"From Wikipedia, the free encyclopedia" tagline and an italic hatnote; the infobox as a
grey-bordered side table floated right at the top of page 1 with the lead flowing beside it
(logo area, shaded "Agency overview" band, bold labels); section headings numbered "1", "2" and
subsections "2.1", "2.2" (as with the "auto-number headings" preference), h2 in serif over a
rule, h3 in bold sans; blue superscript citation marks "[12]"; bullet lists; the References
list with "^" back-marks; then "Retrieved from" with the permanent link, the categories box,
the "last edited" and licence lines.  Every page has the footer the renderer adds: the
article URL left and "page/pages" right.  No header, no Wikipedia wordmark.
Document info as Chromium writes it (tab title, a HeadlessChrome user agent as Creator,
"Skia/PDF" Producer).  Liberation fonts are embedded in place of the web fonts.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, NextPageTemplate)
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cert-in-wikipedia-download.txt")
OUT = os.path.join(HERE, "..", "docs", "cert-in-wikipedia-download.pdf")
FONTS = "/usr/share/fonts/truetype/liberation/"
for name, file in [("Sans", "LiberationSans-Regular"), ("Sans-Bold", "LiberationSans-Bold"),
                   ("Sans-Italic", "LiberationSans-Italic"), ("Serif", "LiberationSerif-Regular")]:
    pdfmetrics.registerFont(TTFont(name, FONTS + file + ".ttf"))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic",
                              boldItalic="Sans-Bold")

PW, PH = A4
LM = RM = 48
TM = 40
BM = 46
TW = PW - LM - RM
BOXW = 190
GAP = 14
LINK = "#3366cc"
GREY = colors.HexColor("#a2a9b1")

body = ParagraphStyle("body", fontName="Sans", fontSize=10, leading=14.6, spaceAfter=6,
                      textColor=colors.HexColor("#202122"))
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=5, spaceAfter=2,
                        bulletFontName="Sans", bulletFontSize=10)
title_st = ParagraphStyle("title", fontName="Serif", fontSize=24, leading=29, spaceAfter=2,
                          textColor=colors.black)
tag_st = ParagraphStyle("tag", fontName="Sans", fontSize=8.6, leading=12, spaceBefore=4,
                        spaceAfter=6, textColor=colors.HexColor("#54595d"))
hat_st = ParagraphStyle("hat", fontName="Sans-Italic", fontSize=9.2, leading=13, leftIndent=16,
                        spaceAfter=6, textColor=colors.HexColor("#202122"))
h2_st = ParagraphStyle("h2", fontName="Serif", fontSize=16, leading=20, spaceBefore=10,
                       spaceAfter=0, keepWithNext=1)
h3_st = ParagraphStyle("h3", fontName="Sans-Bold", fontSize=10.6, leading=14, spaceBefore=6,
                       spaceAfter=3, keepWithNext=1)
ref_st = ParagraphStyle("ref", fontName="Sans", fontSize=8.4, leading=11.4, leftIndent=20,
                        bulletIndent=0, spaceAfter=1.5, bulletFontName="Sans",
                        bulletFontSize=8.4)
small = ParagraphStyle("small", fontName="Sans", fontSize=8.2, leading=11.4, spaceAfter=4,
                       textColor=colors.HexColor("#202122"))
box_title = ParagraphStyle("boxt", fontName="Sans-Bold", fontSize=10.4, leading=13,
                           alignment=1)
box_band = ParagraphStyle("boxb", fontName="Sans-Bold", fontSize=8.6, leading=11, alignment=1)
box_key = ParagraphStyle("boxk", fontName="Sans-Bold", fontSize=8.2, leading=10.5)
box_val = ParagraphStyle("boxv", fontName="Sans", fontSize=8.2, leading=10.5)


def inline(s):
    s = escape(s)
    s = re.sub(r"\[(\d+)\]", r'<super><font color="%s">[\1]</font></super>' % LINK, s)
    s = s.replace("\u2013", "\u2013")
    return s


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if not l.startswith("%")]


def parse(lines):
    meta, box, refs, blocks = {}, [], [], []
    for line in lines:
        if line.startswith("@box "):
            k, v = line[5:].split("|", 1)
            box.append((k.strip(), v.strip()))
        elif line.startswith("@ref "):
            n, t = line[5:].split("|", 1)
            refs.append((n.strip(), t.strip()))
        elif line.startswith("@"):
            k, _, v = line.partition(" ")
            meta[k[1:]] = v.strip()
        else:
            blocks.append(line)
    return meta, box, refs, blocks


def infobox(meta, box):
    rows = [[Paragraph(escape(meta["box-title"]), box_title), ""],
            ["", ""],
            [Paragraph(escape(meta["box-section"]), box_band), ""]]
    for k, v in box:
        style = box_val
        text = escape(v)
        if k == "Website":
            text = '<font color="%s">%s</font>' % (LINK, text)
        rows.append([Paragraph(escape(k), box_key), Paragraph(text, style)])
    t = Table(rows, colWidths=[74, BOXW - 74], rowHeights=[None, 64] + [None] * (len(rows) - 2))
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, GREY),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f8f9fa")),
        ("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 1), (1, 1)), ("SPAN", (0, 2), (1, 2)),
        ("BACKGROUND", (0, 2), (1, 2), colors.HexColor("#c6dbef")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return t


class Logo:
    """Draws the logo picture in the infobox's second row (graphics only, no text)."""

    @staticmethod
    def draw(canv, x, y, w, h):
        canv.saveState()
        cx, cy = x + w / 2, y + h / 2
        canv.setFillColor(colors.HexColor("#1f4e8c"))
        canv.circle(cx - 22, cy, 20, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#f28c28"))
        canv.rect(cx + 2, cy - 8, 40, 16, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.circle(cx - 22, cy, 8, stroke=0, fill=1)
        canv.restoreState()


class Pages:
    total = 1


def footer(canv, doc, meta):
    canv.saveState()
    canv.setFont("Sans", 7.6)
    canv.setFillColor(colors.HexColor("#202122"))
    canv.drawString(LM, 22, meta["url"])
    canv.drawRightString(PW - RM, 22, "%d/%d" % (doc.page, Pages.total))
    canv.restoreState()


def build_once(meta, box, refs, blocks):
    head = [Paragraph(escape(meta["title"]), title_st),
            HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=0, spaceAfter=0),
            Paragraph("From Wikipedia, the free encyclopedia", tag_st),
            Paragraph(escape(meta["hatnote"]), hat_st)]
    head_h = sum(f.wrap(TW, PH)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in head) + 4
    ibox = infobox(meta, box)
    bw, bh = ibox.wrap(BOXW, PH)
    top = PH - TM - head_h
    f_head = Frame(LM, top, TW, head_h, 0, 0, 0, 0, id="head")
    f_side = Frame(LM, top - bh - 6, TW - BOXW - GAP, bh + 6, 0, 0, 0, 0, id="side")
    f_rest = Frame(LM, BM, TW, top - bh - 6 - BM, 0, 0, 0, 0, id="rest")
    f_page = Frame(LM, BM, TW, PH - TM - BM, 0, 0, 0, 0, id="page")

    def first(canv, doc):
        ibox.drawOn(canv, PW - RM - BOXW, top - bh)
        row_y = top - bh + sum(ibox._rowHeights[2:])
        Logo.draw(canv, PW - RM - BOXW, row_y, BOXW, ibox._rowHeights[1])
        footer(canv, doc, meta)

    def later(canv, doc):
        footer(canv, doc, meta)

    story = head + [FrameBreak()]
    story.append(NextPageTemplate("later"))
    counters = [0, 0]
    para, section = [], ""

    def flush():
        if para:
            story.append(Paragraph(inline(" ".join(para)), body))
            para.clear()

    for line in blocks:
        s = line.strip()
        if s.startswith("== "):
            flush()
            counters[1] += 1
            story.append(Paragraph("%d.%d\u2002%s" % (counters[0], counters[1], escape(s[3:])), h3_st))
        elif s.startswith("= "):
            flush()
            counters[0] += 1
            counters[1] = 0
            section = s[2:]
            rule = HRFlowable(width="100%", thickness=0.5, color=GREY, spaceBefore=2, spaceAfter=5)
            rule.keepWithNext = 1
            story += [Paragraph("%d\u2002%s" % (counters[0], escape(s[2:])), h2_st), rule]
            if s[2:] == "References":
                for n, t in refs:
                    story.append(Paragraph('<font color="%s">^</font> %s' % (LINK, inline(t)), ref_st,
                                           bulletText="%s." % n))
        elif s.startswith("- "):
            flush()
            text = inline(s[2:])
            if section in ("See also", "External links"):
                text = '<font color="%s">%s</font>' % (LINK, text)
            story.append(Paragraph(text, bullet, bulletText="\u2022"))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()
    perm = "https://en.wikipedia.org/w/index.php?title=%s&amp;oldid=%s" % (
        meta["url"].rsplit("/", 1)[1], meta["oldid"])
    story.append(Spacer(1, 10))
    story.append(Paragraph('Retrieved from "<font color="%s">%s</font>"' % (LINK, perm), small))
    cats = Table([[Paragraph("<b>Categories</b>: " + " | ".join(
        '<font color="%s">%s</font>' % (LINK, escape(c.strip())) for c in meta["categories"].split("|")),
        small)]], colWidths=[TW])
    cats.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, GREY),
                              ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f8f9fa")),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story.append(cats)
    story.append(Spacer(1, 8))
    story.append(Paragraph("This page was last edited on %s (UTC)." % meta["edited"], small))
    story.append(Paragraph(
        "Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; "
        "additional terms may apply. By using this site, you agree to the Terms of Use and "
        "Privacy Policy. Wikipedia\u00ae is a registered trademark of the Wikimedia Foundation, "
        "Inc., a non-profit organization.", small))

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="%s - Wikipedia" % meta["title"], author="",
                          subject="", creator="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
                          "(KHTML, like Gecko) HeadlessChrome/128.0.6613.137 Safari/537.36",
                          producer="Skia/PDF m128", invariant=1)
    doc.addPageTemplates([PageTemplate(id="first", frames=[f_head, f_side, f_rest], onPage=first),
                          PageTemplate(id="later", frames=[f_page], onPage=later)])
    doc.build(story)
    return doc.page


def build():
    meta, box, refs, blocks = parse(read_source())
    Pages.total = 1
    for _ in range(3):
        n = build_once(meta, box, refs, blocks)
        if n == Pages.total:
            break
        Pages.total = n
    build_once(meta, box, refs, blocks)


if __name__ == "__main__":
    build()
