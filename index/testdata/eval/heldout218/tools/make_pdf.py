#!/usr/bin/python3
"""Make docs/basava-wikipedia-print.pdf from tools/basava-wikipedia-print.txt.

The PDF is the English Wikipedia article "Basava" printed from Chrome (Ctrl+P, "Save as PDF",
A4, "Headers and footers" ticked, background graphics on): on every page Chrome's own header
line (print date and time left, the tab title "Basava - Wikipedia" centred) and footer (the
page's URL left, "N/M" right); inside it the page as Wikipedia's print stylesheet lays it out:
the wordmark on page 1, the serif title over a rule, "From Wikipedia, the free encyclopedia",
an italic hatnote, the infobox floated right with body text wrapping round it, serif h2
headings with a rule under them, bold sans h3 headings, superscript [n] reference marks,
a bulleted "See also", the references in two balanced columns in a smaller size, external
links with their URLs printed after them, the "Retrieved from" line, the categories box and
the licence footer.

Source markup, one item a line: "@key value" metadata, "~ " hatnote, "IT " infobox title,
"IMG " image caption, "IH " infobox header row, "I label | value" infobox row, "P " paragraph
({n} = reference mark), "== " h2, "=== " h3, "* " bullet, "R " reference, "CAT " categories.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUT]  (output is byte-for-byte stable)
"""
import io
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from reportlab.platypus.flowables import BalancedColumns, ImageAndFlowables

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "basava-wikipedia-print.txt")
OUT = os.path.join(HERE, "..", "docs", "basava-wikipedia-print.pdf")
FONTDIR = "/usr/share/fonts/truetype/liberation"

for name, fn in (("Sans", "LiberationSans-Regular"), ("Sans-Bold", "LiberationSans-Bold"),
                 ("Sans-Italic", "LiberationSans-Italic"),
                 ("Sans-BoldItalic", "LiberationSans-BoldItalic"),
                 ("Serif", "LiberationSerif-Regular"), ("Serif-Bold", "LiberationSerif-Bold")):
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, fn + ".ttf")))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic",
                              boldItalic="Sans-BoldItalic")

PAGE_W, PAGE_H = A4
LEFT = RIGHT = 42
TOP = 52
BOTTOM = 46
BODY_W = PAGE_W - LEFT - RIGHT
RULE = colors.HexColor("#a2a9b1")
INK = colors.HexColor("#202122")
BOX_W = 196
FLOAT_N = 8

ST = {
    "title": ParagraphStyle("title", fontName="Serif", fontSize=24, leading=29, textColor=INK),
    "tagline": ParagraphStyle("tagline", fontName="Sans", fontSize=8.5, leading=11,
                              textColor=colors.HexColor("#54595d"), spaceBefore=5,
                              spaceAfter=6),
    "hat": ParagraphStyle("hat", fontName="Sans-Italic", fontSize=9.5, leading=13,
                          leftIndent=18, spaceAfter=7, textColor=INK),
    "p": ParagraphStyle("p", fontName="Sans", fontSize=10, leading=14, spaceAfter=6.5,
                        textColor=INK),
    "h2": ParagraphStyle("h2", fontName="Serif", fontSize=15.5, leading=19, spaceBefore=11,
                         spaceAfter=6, textColor=INK, keepWithNext=1),
    "h2free": ParagraphStyle("h2free", fontName="Serif", fontSize=15.5, leading=19,
                             spaceBefore=11, spaceAfter=6, textColor=INK),
    "h3": ParagraphStyle("h3", fontName="Sans-Bold", fontSize=10.5, leading=14, spaceBefore=5,
                         spaceAfter=3, textColor=INK, keepWithNext=1),
    "li": ParagraphStyle("li", fontName="Sans", fontSize=10, leading=14, leftIndent=17,
                         bulletIndent=6, bulletFontName="Sans", bulletFontSize=8, spaceAfter=1,
                         textColor=INK),
    "ref": ParagraphStyle("ref", fontName="Sans", fontSize=8.3, leading=11, leftIndent=16,
                          bulletIndent=0, bulletFontName="Sans", bulletFontSize=8.3,
                          spaceAfter=2.5, textColor=INK),
    "small": ParagraphStyle("small", fontName="Sans", fontSize=8.3, leading=11,
                            textColor=INK, spaceAfter=4),
    "ibt": ParagraphStyle("ibt", fontName="Sans-Bold", fontSize=11.5, leading=14,
                          alignment=TA_CENTER, textColor=INK),
    "ibh": ParagraphStyle("ibh", fontName="Sans-Bold", fontSize=8.6, leading=11,
                          alignment=TA_CENTER, textColor=INK),
    "ibcap": ParagraphStyle("ibcap", fontName="Sans", fontSize=7.8, leading=10,
                            alignment=TA_CENTER, textColor=INK),
    "ibl": ParagraphStyle("ibl", fontName="Sans-Bold", fontSize=8.3, leading=10.6,
                          textColor=INK),
    "ibv": ParagraphStyle("ibv", fontName="Sans", fontSize=8.3, leading=10.6, textColor=INK),
}


class Heading2(Paragraph):
    """A serif h2 with the grey rule Wikipedia draws under it, as wide as the text column."""

    def wrap(self, aW, aH):
        w, h = Paragraph.wrap(self, aW, aH)
        self._rule_w = aW
        return w, h + 3

    def draw(self):
        self.canv.saveState()
        self.canv.translate(0, 3)
        Paragraph.draw(self)
        self.canv.restoreState()
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(0, 0.5, self._rule_w, 0.5)
        c.restoreState()


class TitleBlock(Flowable):
    """Page 1 top: the Wikipedia wordmark, then the article title over a full-width rule."""

    def __init__(self, title):
        Flowable.__init__(self)
        self.title = title

    def wrap(self, aW, aH):
        self.width = aW
        return aW, 76

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(INK)
        c.setFont("Serif", 13.5)
        x = 0
        for ch in "WIKIPEDIA":
            c.drawString(x, 62, ch)
            x += pdfmetrics.stringWidth(ch, "Serif", 13.5) + 1.6
        c.setFont("Serif", 7.2)
        c.drawString(1, 52.5, "The Free Encyclopedia")
        c.setFont("Serif", 24)
        c.drawString(0, 14, self.title)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(0, 7, self.width, 7)
        c.restoreState()


class ImagePlaceholder(Flowable):
    """The infobox picture as the printer renders a greyed photo: a toned box."""

    def __init__(self, w, h):
        Flowable.__init__(self)
        self.w, self.h = w, h

    def wrap(self, aW, aH):
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(colors.HexColor("#c8b89a"))
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#a38f6d"))
        c.ellipse(self.w * 0.36, self.h * 0.58, self.w * 0.64, self.h * 0.82, stroke=0, fill=1)
        c.rect(self.w * 0.25, 0, self.w * 0.5, self.h * 0.56, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#e9dfc9"))
        c.circle(self.w * 0.5, self.h * 0.36, 5, stroke=0, fill=1)
        c.restoreState()


class Infobox(Flowable):
    """The infobox table, floated right by ImageAndFlowables."""

    def __init__(self, table):
        Flowable.__init__(self)
        self.table = table

    def wrap(self, aW, aH):
        self.width, self.height = self.table.wrap(BOX_W, aH)
        return self.width, self.height

    def _restrictSize(self, aW, aH):
        return self.width, self.height

    def _unRestrictSize(self):
        pass

    def draw(self):
        self.table.drawOn(self.canv, 0, 0)


def inline(s):
    s = s.replace("&", "&amp;")
    s = re.sub(r"&amp;(?=\w+;)", "&", s)
    return re.sub(r"\{(\d+)\}", r'<super><font size="6.5">[\1]</font></super>', s)


def read_source():
    meta, items = {}, []
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
                continue
            tag, _, rest = line.partition(" ")
            items.append((tag, rest))
    return meta, items


def infobox(items):
    rows, style = [], [
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f8f9fa")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    for tag, rest in items:
        r = len(rows)
        if tag == "IT":
            rows.append([Paragraph(rest, ST["ibt"]), ""])
            style += [("SPAN", (0, r), (1, r)), ("TOPPADDING", (0, r), (-1, r), 5)]
        elif tag == "IMG":
            rows.append([ImagePlaceholder(128, 150), ""])
            rows.append([Paragraph(rest, ST["ibcap"]), ""])
            style += [("SPAN", (0, r), (1, r)), ("ALIGN", (0, r), (1, r), "CENTER"),
                      ("SPAN", (0, r + 1), (1, r + 1)), ("TOPPADDING", (0, r), (-1, r), 4)]
        elif tag == "IH":
            rows.append([Paragraph(rest, ST["ibh"]), ""])
            style += [("SPAN", (0, r), (1, r)),
                      ("BACKGROUND", (0, r), (1, r), colors.HexColor("#eaecf0"))]
        elif tag == "I":
            label, value = [x.strip() for x in rest.split("|", 1)]
            rows.append([Paragraph(label, ST["ibl"]), Paragraph(value, ST["ibv"])])
    t = Table(rows, colWidths=[62, BOX_W - 62])
    t.setStyle(TableStyle(style))
    return Infobox(t)


def story(meta, items):
    out = [TitleBlock(meta["title"]),
           Paragraph("From Wikipedia, the free encyclopedia", ST["tagline"])]
    box_items = [it for it in items if it[0] in ("IT", "IMG", "IH", "I")]
    body = [it for it in items if it[0] not in ("IT", "IMG", "IH", "I")]
    flow, refs, n_ref = [], [], 0
    for tag, rest in body:
        if tag == "~":
            out.append(Paragraph(rest, ST["hat"]))
        elif tag == "P":
            flow.append(Paragraph(inline(rest), ST["p"]))
        elif tag == "==":
            if refs:
                flow.append(BalancedColumns(refs, nCols=2, innerPadding=14, leftPadding=0,
                                            rightPadding=0, topPadding=0, bottomPadding=0,
                                            spaceAfter=6, name="refs"))
                refs = []
            # Chrome keeps a heading with what follows it; the two-column reference list is
            # one block that may break across pages, so "References" is left free.
            flow.append(Heading2(rest, ST["h2"] if rest != "References" else ST["h2free"]))
        elif tag == "===":
            flow.append(Paragraph(rest, ST["h3"]))
        elif tag == "*":
            flow.append(Paragraph(inline(rest), ST["li"], bulletText="\u2022"))
        elif tag == "R":
            n_ref += 1
            refs.append(Paragraph(inline(rest), ST["ref"], bulletText="%d." % n_ref))
        elif tag == "CAT":
            flow.append(Spacer(1, 6))
            flow.append(Paragraph('Retrieved from "https://en.wikipedia.org/w/index.php?title=%s'
                                  '&amp;oldid=%s"' % (meta["title"], meta["oldid"]), ST["small"]))
            cat = Table([[Paragraph("<b>Categories</b>: " + rest, ST["small"])]],
                        colWidths=[BODY_W])
            cat.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE),
                                     ("BACKGROUND", (0, 0), (-1, -1),
                                      colors.HexColor("#f8f9fa")),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                     ("TOPPADDING", (0, 0), (-1, -1), 4),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            flow.append(cat)
            flow.append(Spacer(1, 10))
            flow.append(Paragraph("This page was last edited on %s (UTC)." % meta["edited"],
                                  ST["small"]))
            flow.append(Paragraph(
                "Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; "
                "additional terms may apply. By using this site, you agree to the Terms of Use "
                "and Privacy Policy. Wikipedia\u00ae is a registered trademark of the Wikimedia "
                "Foundation, Inc., a non-profit organization.", ST["small"]))
        else:
            raise ValueError("bad item: %r" % ((tag, rest),))
    # The infobox floats right of the lead and the first sections; what does not fit beside it
    # runs on at full width.
    out.append(ImageAndFlowables(infobox(box_items), flow[:FLOAT_N], imageLeftPadding=12,
                                 imageRightPadding=0, imageBottomPadding=6, imageSide="right"))
    return out + flow[FLOAT_N:]


def build(meta, items, total):
    buf = io.BytesIO()
    title = meta["title"] + " - Wikipedia"

    def on_page(c, doc):
        c.saveState()
        c.setFont("Sans", 8)
        c.setFillColor(colors.black)
        c.drawString(22, PAGE_H - 21, meta["printed"])
        c.drawCentredString(PAGE_W / 2, PAGE_H - 21, title)
        c.drawString(22, 15, meta["url"])
        c.drawRightString(PAGE_W - 22, 15, "%d/%d" % (doc.page, total))
        c.restoreState()

    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
        bottomMargin=BOTTOM, invariant=1, title=title,
        creator="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/140.0.0.0 Safari/537.36",
        producer="Skia/PDF m140", author="", subject="")
    frame = Frame(LEFT, BOTTOM, BODY_W, PAGE_H - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story(meta, items))
    return buf.getvalue(), doc.page


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, items = read_source()
    _, pages = build(meta, items, 0)
    data, pages2 = build(meta, items, pages)
    assert pages == pages2
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
