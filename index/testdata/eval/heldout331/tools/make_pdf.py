#!/usr/bin/python3
"""Make docs/pib-backgrounder-nuclear-energy-mission.pdf from
tools/pib-backgrounder-nuclear-energy-mission.txt.

The PDF imitates a PIB "Backgrounder" as the Research Unit exports it from Word: on page 1 a
navy header band with a drawn emblem, "Press Information Bureau / Government of India" and
the ministry ("Department of Atomic Energy") on the right, a tricolour rule under it, a
"Backgrounder" label with the date, a centred title and italic subtitle, and a shaded "Key
Takeaways" box; then an "Introduction", six icon-led key-figure tiles (drawn icons, big bold
numbers, small labels, three to a row) with an italic "Source:" line, sections with bold navy
headings, bulleted lists, a two-column timeline table with a shaded header row and a "Source:"
line, a "Conclusion", "References" as blue underlined URLs, and the closing "PIB Research Unit"
and Backgrounder ID lines. Body text in Liberation Sans (an Arial metric twin); the rupee sign
falls back to DejaVu Sans, as Word substitutes a font for a glyph its font lacks. Every page
has a thin footer rule, a small "PIB Backgrounder" mark and the page number.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pib-backgrounder-nuclear-energy-mission.txt")
OUT = os.path.join(HERE, "..", "docs", "pib-backgrounder-nuclear-energy-mission.pdf")

LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Arial", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Italic", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Arial-BoldItalic", LIB + "LiberationSans-BoldItalic.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold",
                               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
registerFontFamily("Arial", normal="Arial", bold="Arial-Bold", italic="Arial-Italic",
                   boldItalic="Arial-BoldItalic")

PW, PH = A4
LM = RM = 2.2 * cm
TW = PW - LM - RM
NAVY = colors.HexColor("#0B2E59")
BLUE = colors.HexColor("#1F4E9A")
SAFFRON = colors.HexColor("#FF9933")
GREEN = colors.HexColor("#138808")
TILE = colors.HexColor("#EAF1FB")
BOX = colors.HexColor("#F2F6FC")
GREY = colors.HexColor("#555555")

body = ParagraphStyle("body", fontName="Arial", fontSize=10.5, leading=15, alignment=TA_JUSTIFY,
                      spaceAfter=7)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6, spaceAfter=4)
head = ParagraphStyle("head", fontName="Arial-Bold", fontSize=13.5, leading=17, textColor=NAVY,
                      spaceBefore=10, spaceAfter=6)
title_st = ParagraphStyle("title", fontName="Arial-Bold", fontSize=20, leading=25,
                          alignment=TA_CENTER, textColor=NAVY, spaceBefore=6, spaceAfter=4)
subtitle_st = ParagraphStyle("subtitle", fontName="Arial-Italic", fontSize=12, leading=15,
                             alignment=TA_CENTER, textColor=GREY, spaceAfter=12)
kt_head = ParagraphStyle("kthead", fontName="Arial-Bold", fontSize=11.5, leading=14,
                         textColor=NAVY, spaceAfter=4)
kt_item = ParagraphStyle("ktitem", parent=body, fontSize=10, leading=13.5, leftIndent=14,
                         bulletIndent=2, spaceAfter=3, alignment=TA_LEFT)
src_st = ParagraphStyle("src", fontName="Arial-Italic", fontSize=8.5, leading=11, textColor=GREY,
                        spaceBefore=3, spaceAfter=8)
num_st = ParagraphStyle("num", fontName="Arial-Bold", fontSize=19, leading=23, alignment=TA_CENTER,
                        textColor=BLUE)
lab_st = ParagraphStyle("lab", fontName="Arial", fontSize=8.5, leading=10.5, alignment=TA_CENTER,
                        textColor=colors.HexColor("#333333"))
cell = ParagraphStyle("cell", fontName="Arial", fontSize=9.5, leading=12.5)
cellh = ParagraphStyle("cellh", fontName="Arial-Bold", fontSize=9.5, leading=12.5,
                       textColor=colors.white)
ref_st = ParagraphStyle("ref", fontName="Arial", fontSize=9.5, leading=13, leftIndent=14,
                        bulletIndent=2, spaceAfter=2)
sign_st = ParagraphStyle("sign", fontName="Arial-Bold", fontSize=10, leading=13, spaceBefore=2)


def mk(s):
    """Source text to reportlab markup: escape, **bold**, rupee sign in DejaVu Sans."""
    s = escape(s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", s)
    return s.replace("\u20b9", '<font name="DejaVuSans">\u20b9</font>')


class Icon(Flowable):
    """A small round icon drawn with lines (no text), as in PIB's figure tiles."""

    def __init__(self, kind, size=30):
        Flowable.__init__(self)
        self.kind, self.size = kind, size
        self.width, self.height = size, size + 4

    def wrap(self, aw, ah):
        self._aw = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        s = self.size
        cx, cy = self._aw / 2.0, s / 2.0 + 2
        c.saveState()
        c.setFillColor(BLUE)
        c.circle(cx, cy, s / 2.0, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setFillColor(colors.white)
        c.setLineWidth(1.2)
        k = self.kind
        if k == "atom":
            for ang in (0, 60, 120):
                c.saveState()
                c.translate(cx, cy)
                c.rotate(ang)
                c.ellipse(-10, -4, 10, 4, stroke=1, fill=0)
                c.restoreState()
            c.circle(cx, cy, 2, stroke=0, fill=1)
        elif k == "reactor":
            p = c.beginPath()
            p.moveTo(cx - 8, cy - 9)
            p.curveTo(cx - 4, cy - 2, cx - 4, cy + 3, cx - 6, cy + 9)
            p.lineTo(cx + 6, cy + 9)
            p.curveTo(cx + 4, cy + 3, cx + 4, cy - 2, cx + 8, cy - 9)
            p.close()
            c.drawPath(p, stroke=1, fill=0)
            c.line(cx - 11, cy - 9, cx + 11, cy - 9)
        elif k == "target":
            for r in (10, 6.5, 3):
                c.circle(cx, cy, r, stroke=1, fill=0)
            c.line(cx, cy, cx + 9, cy + 9)
        elif k == "rupee":
            c.circle(cx, cy, 10, stroke=1, fill=0)
            c.line(cx - 5, cy + 5, cx + 5, cy + 5)
            c.line(cx - 5, cy + 2, cx + 5, cy + 2)
            c.line(cx - 5, cy - 1, cx + 4, cy - 8)
            c.arc(cx - 5, cy - 1, cx + 3, cy + 5, -90, 180)
        elif k == "modules":
            for i, dx in enumerate((-9, -2, 5)):
                c.rect(cx + dx - 1, cy - 8 + i * 3, 6, 12 - i * 3, stroke=1, fill=0)
        elif k == "chart":
            for i, h in enumerate((5, 9, 13, 17)):
                c.rect(cx - 10 + i * 5.5, cy - 9, 4, h, stroke=0, fill=1)
        c.restoreState()


def tiles_table(rows):
    cells = []
    for icon, num, label in rows:
        cells.append([Icon(icon), Paragraph(mk(num), num_st), Paragraph(mk(label), lab_st)])
    data = [cells[i:i + 3] for i in range(0, len(cells), 3)]
    w = (TW - 2 * 8) / 3.0
    t = Table(data, colWidths=[w] * 3, hAlign="CENTER")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TILE),
        ("BOX", (0, 0), (-1, -1), 0, colors.white),
        ("INNERGRID", (0, 0), (-1, -1), 6, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def timeline_table(rows):
    data = []
    for i, r in enumerate(rows):
        st = cellh if i == 0 else cell
        data.append([Paragraph(mk(c), st) for c in r.split(" | ")])
    t = Table(data, colWidths=[2.2 * cm, TW - 2.2 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BOX]),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9FB3CF")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def takeaways_box(items):
    inner = [Paragraph("Key Takeaways", kt_head)]
    inner += [Paragraph(mk(x), kt_item, bulletText="\u2022") for x in items]
    t = Table([[inner]], colWidths=[TW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), BOX),
        ("LINEBEFORE", (0, 0), (0, -1), 3, SAFFRON),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#9FB3CF")),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 12),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12),
    ]))
    return t


META = {}


def first_page(canv, doc):
    canv.saveState()
    band_h = 2.3 * cm
    canv.setFillColor(NAVY)
    canv.rect(0, PH - band_h, PW, band_h, stroke=0, fill=1)
    # emblem: a white ring with spokes
    ex, ey = LM + 0.75 * cm, PH - band_h / 2.0
    canv.setStrokeColor(colors.white)
    canv.setFillColor(colors.white)
    canv.setLineWidth(1.4)
    canv.circle(ex, ey, 0.62 * cm, stroke=1, fill=0)
    canv.circle(ex, ey, 0.1 * cm, stroke=0, fill=1)
    canv.setLineWidth(0.5)
    for i in range(12):
        canv.saveState()
        canv.translate(ex, ey)
        canv.rotate(i * 30)
        canv.line(0, 0.12 * cm, 0, 0.55 * cm)
        canv.restoreState()
    canv.setFont("Arial-Bold", 15)
    canv.drawString(LM + 1.7 * cm, PH - band_h / 2.0 + 2, "Press Information Bureau")
    canv.setFont("Arial", 10)
    canv.drawString(LM + 1.7 * cm, PH - band_h / 2.0 - 11, "Government of India")
    canv.setFont("Arial-Bold", 11)
    canv.drawRightString(PW - RM, PH - band_h / 2.0 - 4, META["ministry"])
    # tricolour rule
    third = PW / 3.0
    for i, col in enumerate((SAFFRON, colors.white, GREEN)):
        canv.setFillColor(col)
        canv.rect(i * third, PH - band_h - 4, third, 4, stroke=0, fill=1)
    canv.setFillColor(GREY)
    canv.setFont("Arial-Bold", 9.5)
    canv.drawString(LM, PH - band_h - 20, META["kind"].upper())
    canv.setFont("Arial", 9.5)
    canv.drawRightString(PW - RM, PH - band_h - 20, META["date"])
    canv.restoreState()
    footer(canv, doc)


def footer(canv, doc):
    canv.saveState()
    canv.setStrokeColor(colors.HexColor("#9FB3CF"))
    canv.setLineWidth(0.5)
    canv.line(LM, 1.55 * cm, PW - RM, 1.55 * cm)
    canv.setFillColor(GREY)
    canv.setFont("Arial", 8)
    canv.drawString(LM, 1.1 * cm, "PIB Backgrounder")
    canv.drawRightString(PW - RM, 1.1 * cm, "Page %d" % doc.page)
    canv.restoreState()


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith("%")]


def story_from(lines):
    story, block, mode = [], [], None
    for line in lines:
        s = line.strip()
        if mode:
            if s == "@end":
                if mode == "takeaways":
                    story.append(takeaways_box([x[2:] for x in block]))
                    story.append(Spacer(1, 8))
                elif mode == "tiles":
                    story.append(tiles_table([tuple(x.split(" | ")) for x in block]))
                elif mode == "table":
                    story.append(timeline_table(block))
                elif mode == "refs":
                    for u in block:
                        story.append(Paragraph('<link href="%s"><u><font color="#1155CC">%s</font>'
                                               '</u></link>' % (escape(u), escape(u)), ref_st,
                                               bulletText="\u2022"))
                block, mode = [], None
            elif s:
                block.append(s)
            continue
        if not s:
            continue
        if s in ("@takeaways", "@tiles", "@table", "@refs"):
            mode = s[1:]
            continue
        if s.startswith("@ministry "):
            META["ministry"] = s[10:]
        elif s.startswith("@kind "):
            META["kind"] = s[6:]
        elif s.startswith("@date "):
            META["date"] = s[6:]
        elif s.startswith("@title "):
            story.append(Paragraph(mk(s[7:]), title_st))
        elif s.startswith("@subtitle "):
            story.append(Paragraph(mk(s[10:]), subtitle_st))
        elif s.startswith("@source "):
            story.append(Paragraph("<i>Source: %s</i>" % mk(s[8:]), src_st))
        elif s.startswith("@sign "):
            story.append(Paragraph(mk(s[6:]), sign_st))
        elif s.startswith("# "):
            story.append(Paragraph(mk(s[2:]), head))
        elif s.startswith("- "):
            story.append(Paragraph(mk(s[2:]), bullet, bulletText="\u2022"))
        else:
            story.append(Paragraph(mk(s), body))
    # keep each heading with what follows it
    out = []
    i = 0
    while i < len(story):
        f = story[i]
        if isinstance(f, Paragraph) and f.style is head and i + 1 < len(story):
            out.append(KeepTogether([f, story[i + 1]]))
            i += 2
            continue
        out.append(f)
        i += 1
    return out


def main():
    story = story_from(read_source())
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=2.0 * cm,
                          bottomMargin=2.0 * cm, title="Nuclear Energy Mission for Viksit Bharat", author="PIB",
                          subject="Backgrounder", creator="Microsoft\u00ae Word for Microsoft 365",
                          producer="Microsoft\u00ae Word for Microsoft 365")
    f1 = Frame(LM, 2.0 * cm, TW, PH - 2.3 * cm - 1.2 * cm - 2.0 * cm, leftPadding=0,
               rightPadding=0, topPadding=0, bottomPadding=0, id="first")
    f2 = Frame(LM, 2.0 * cm, TW, PH - 4.0 * cm, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0, id="rest")
    doc.addPageTemplates([PageTemplate(id="First", frames=[f1], onPage=first_page,
                                       autoNextPageTemplate="Later"),
                          PageTemplate(id="Later", frames=[f2], onPage=footer)])
    doc.build(story)


if __name__ == "__main__":
    main()
