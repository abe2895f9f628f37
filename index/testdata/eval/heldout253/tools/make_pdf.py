#!/usr/bin/python3
"""Make docs/gangaikonda-cholapuram-wikipedia.pdf from tools/gangaikonda-cholapuram-wikipedia.txt.

The PDF is the English Wikipedia article "Gangaikonda Cholapuram" printed from Firefox on Linux
(Ctrl+P, destination "Save to PDF", A4, default margins, headers and footers on, "Print
backgrounds" off): Firefox's own header line on every page (the tab title left, the page's
address right) and footer line ("N of M" left, the print date and time right), and between
them the page as Wikipedia's print stylesheet lays it out with Firefox's Linux fonts (DejaVu
Sans for the text, DejaVu Serif for the title and the section headings): the "WIKIPEDIA / The
Free Encyclopedia" wordmark drawn as vector outlines (Firefox prints the SVG logo as paths, so
it carries no text), the title over a grey rule, "From Wikipedia, the free encyclopedia", an
italic hatnote, the infobox floated right with a grey border and no fills (backgrounds are not
printed) and the lead wrapping beside it, a floated thumbnail with its caption, serif h2
headings over a rule and bold sans h3 headings, superscript [n] marks, links printed black,
external links followed by their address in brackets, a bordered wikitable with a caption,
"See also" bullets, numbered references with "^" and "a b c" backlinks, the "Retrieved from"
line, the categories box, the last-edited line and the licence paragraph.

Source markup, one item a line: "@key value" metadata, "~ " hatnote, "IT " infobox title,
"IS " infobox subheader, "IMG " infobox picture caption, "IH " infobox header row,
"I label | value" infobox row, "P " paragraph ({n} = reference mark, **b** = bold),
"== " h2, "=== " h3, "FIG " thumbnail caption, "TC " table caption, "TR a | b | ..." table row
(first = header), "* " bullet, "R text [| url]" reference, "X text | url" external link,
"CAT a | b" categories.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUT]  (byte-for-byte stable: invariant=1)
"""
import io
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.graphics.utils import text2Path
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import ImageAndFlowables

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gangaikonda-cholapuram-wikipedia.txt")
OUT = os.path.join(HERE, "..", "docs", "gangaikonda-cholapuram-wikipedia.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

for name, fn in (("Sans", "DejaVuSans"), ("Sans-Bold", "DejaVuSans-Bold"),
                 ("Sans-Italic", "DejaVuSans-Oblique"), ("Sans-BoldItalic", "DejaVuSans-BoldOblique"),
                 ("Serif", "DejaVuSerif"), ("Serif-Bold", "DejaVuSerif-Bold")):
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, fn + ".ttf")))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic",
                              boldItalic="Sans-BoldItalic")

PAGE_W, PAGE_H = A4
MARGIN = 36          # Firefox's default 0.5 in
TOP = 44
BOTTOM = 42
BODY_W = PAGE_W - 2 * MARGIN
INK = colors.HexColor("#202122")
GREY = colors.HexColor("#54595d")
RULE = colors.HexColor("#a2a9b1")
BOX_W = 190
THUMB_W = 150

ST = {
    "title": ParagraphStyle("title", fontName="Serif", fontSize=20, leading=25, textColor=INK),
    "tagline": ParagraphStyle("tagline", fontName="Sans", fontSize=7.8, leading=10,
                              textColor=GREY, spaceBefore=4, spaceAfter=5),
    "hat": ParagraphStyle("hat", fontName="Sans-Italic", fontSize=8.6, leading=12,
                          leftIndent=16, spaceAfter=6, textColor=INK),
    "p": ParagraphStyle("p", fontName="Sans", fontSize=9, leading=13.2, spaceAfter=6,
                        textColor=INK),
    "h2": ParagraphStyle("h2", fontName="Serif", fontSize=14.5, leading=18, spaceBefore=9,
                         spaceAfter=7, textColor=INK, keepWithNext=1),
    "h3": ParagraphStyle("h3", fontName="Sans-Bold", fontSize=9.6, leading=13, spaceBefore=4,
                         spaceAfter=2, textColor=INK, keepWithNext=1),
    "li": ParagraphStyle("li", fontName="Sans", fontSize=9, leading=13, leftIndent=16,
                         bulletIndent=5, bulletFontName="Sans", bulletFontSize=7,
                         spaceAfter=1, textColor=INK),
    "ref": ParagraphStyle("ref", fontName="Sans", fontSize=7.8, leading=10.4, leftIndent=20,
                          bulletIndent=0, bulletFontName="Sans", bulletFontSize=7.8,
                          spaceAfter=1.5, textColor=INK),
    "small": ParagraphStyle("small", fontName="Sans", fontSize=7.6, leading=10, spaceAfter=4,
                            textColor=INK),
    "ibtitle": ParagraphStyle("ibtitle", fontName="Sans-Bold", fontSize=10.5, leading=13,
                              alignment=TA_CENTER, textColor=INK),
    "ibsub": ParagraphStyle("ibsub", fontName="Sans", fontSize=8, leading=10,
                            alignment=TA_CENTER, textColor=INK),
    "ibcap": ParagraphStyle("ibcap", fontName="Sans", fontSize=7.4, leading=9.4,
                            alignment=TA_CENTER, textColor=INK),
    "iblab": ParagraphStyle("iblab", fontName="Sans-Bold", fontSize=7.6, leading=9.8,
                            textColor=INK),
    "ibval": ParagraphStyle("ibval", fontName="Sans", fontSize=7.6, leading=9.8,
                            textColor=INK),
    "ibhead": ParagraphStyle("ibhead", fontName="Sans-Bold", fontSize=7.8, leading=10,
                             alignment=TA_CENTER, textColor=INK),
    "cap": ParagraphStyle("cap", fontName="Sans", fontSize=7.4, leading=9.6, textColor=INK),
    "tcap": ParagraphStyle("tcap", fontName="Sans-Bold", fontSize=8.6, leading=11,
                           alignment=TA_CENTER, textColor=INK, spaceBefore=4, spaceAfter=3),
    "th": ParagraphStyle("th", fontName="Sans-Bold", fontSize=8.2, leading=10.4,
                         alignment=TA_CENTER, textColor=INK),
    "td": ParagraphStyle("td", fontName="Sans", fontSize=8.2, leading=10.4, textColor=INK),
}


def inline(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return re.sub(r"\{(\d+)\}", r'<super rise="3.2" size="6.3">[\1]</super>', text)


class Wordmark(Flowable):
    """The print logo: letter-spaced WIKIPEDIA over "The Free Encyclopedia", as outlines."""

    def wrap(self, aw, ah):
        return aw, 34

    def outline(self, text, x, y, size):
        path = text2Path(text, x=x, y=y, fontName="Serif", fontSize=size)
        p = self.canv.beginPath()
        pts, i = path.points, 0
        for op in path.operators:
            if op == 0:
                p.moveTo(pts[i], pts[i + 1])
                i += 2
            elif op == 1:
                p.lineTo(pts[i], pts[i + 1])
                i += 2
            elif op == 2:
                p.curveTo(*pts[i:i + 6])
                i += 6
            else:
                p.close()
        self.canv.drawPath(p, stroke=0, fill=1)

    def draw(self):
        self.canv.saveState()
        self.canv.setFillColor(colors.black)
        x = 0
        for ch in "WIKIPEDIA":
            self.outline(ch, x, 13, 15.5)
            x += pdfmetrics.stringWidth(ch, "Serif", 15.5) + 2.6
        self.outline("The Free Encyclopedia", 4, 2, 7.2)
        self.canv.restoreState()


class Rule(Flowable):
    def __init__(self, width=None, space=3):
        super().__init__()
        self.width, self.space = width, space

    def wrap(self, aw, ah):
        self._w = self.width or aw
        return self._w, self.space

    def draw(self):
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, self.space - 1, self._w, self.space - 1)


class H2(Paragraph):
    """A section heading with the grey rule under it, as wide as the column it falls in."""

    def draw(self):
        super().draw()
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, -2.5, self.width, -2.5)
        self.canv.restoreState()


class Placeholder(Flowable):
    """A picture that did not load into print: a pale box with a thin border."""

    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        self.canv.setStrokeColor(colors.HexColor("#c8ccd1"))
        self.canv.setFillColor(colors.HexColor("#eaecf0"))
        self.canv.setLineWidth(0.5)
        self.canv.rect(0, 0, self.w, self.h, stroke=1, fill=1)


class Floated(Flowable):
    """Wraps a table so that ImageAndFlowables can float it like a picture."""

    def __init__(self, inner):
        super().__init__()
        self.inner = inner

    def wrap(self, aw, ah):
        self.width, self.height = self.inner.wrap(aw, ah)
        return self.width, self.height

    def _restrictSize(self, aw, ah):
        return self.wrap(aw, ah)

    def _unRestrictSize(self):
        pass

    def draw(self):
        self.inner.drawOn(self.canv, 0, 0)


def infobox(items):
    rows, style = [], [("BOX", (0, 0), (-1, -1), 0.8, RULE),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 4),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                       ("TOPPADDING", (0, 0), (-1, -1), 2),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for tag, rest in items:
        r = len(rows)
        if tag == "IT":
            rows.append([Paragraph(inline(rest), ST["ibtitle"]), ""])
            style += [("SPAN", (0, r), (1, r)), ("TOPPADDING", (0, r), (1, r), 5)]
        elif tag == "IS":
            rows.append([Paragraph(inline(rest), ST["ibsub"]), ""])
            style.append(("SPAN", (0, r), (1, r)))
        elif tag == "IMG":
            rows.append([Placeholder(BOX_W - 14, 104), ""])
            rows.append([Paragraph(inline(rest), ST["ibcap"]), ""])
            style += [("SPAN", (0, r), (1, r)), ("SPAN", (0, r + 1), (1, r + 1)),
                      ("ALIGN", (0, r), (1, r), "CENTER"), ("TOPPADDING", (0, r), (1, r), 4)]
        elif tag == "IH":
            rows.append([Paragraph(inline(rest), ST["ibhead"]), ""])
            style += [("SPAN", (0, r), (1, r)), ("LINEABOVE", (0, r), (1, r), 0.5, RULE),
                      ("TOPPADDING", (0, r), (1, r), 4)]
        else:
            label, value = [s.strip() for s in rest.split("|", 1)]
            rows.append([Paragraph(inline(label), ST["iblab"]),
                         Paragraph(inline(value), ST["ibval"])])
    t = Table(rows, colWidths=[74, BOX_W - 74])
    t.setStyle(TableStyle(style))
    return Floated(t)


def figure(caption):
    t = Table([[Placeholder(THUMB_W - 8, 112)], [Paragraph(inline(caption), ST["cap"])]],
              colWidths=[THUMB_W])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#c8ccd1")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return Floated(t)


def read_source():
    meta, items = {}, []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip():
                continue
            if line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
                continue
            tag, _, rest = line.partition(" ")
            items.append((tag, rest))
    return meta, items


def backlinks(items):
    uses = {}
    for tag, rest in items:
        if tag == "P":
            for n in re.findall(r"\{(\d+)\}", rest):
                uses[int(n)] = uses.get(int(n), 0) + 1
    return uses


def story(meta, items):
    uses = backlinks(items)
    out = [Wordmark(), Spacer(1, 4), Paragraph(inline(meta["title"]), ST["title"]),
           Rule(space=4), Paragraph("From Wikipedia, the free encyclopedia", ST["tagline"])]
    box, flow, table_rows, table_cap = [], [], [], None
    refno = 0
    fig = None

    def flush_table():
        nonlocal table_rows, table_cap
        if not table_rows:
            return
        n = len(table_rows[0])
        data = [[Paragraph(inline(c), ST["th"] if i == 0 else ST["td"]) for c in row]
                for i, row in enumerate(table_rows)]
        widths = [120, 118, 82, 76, 50][:n]
        t = Table(data, colWidths=widths, hAlign="LEFT")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 4),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        cap = Paragraph(inline(table_cap), ST["tcap"])
        cap.hAlign = "LEFT"
        flow.append(KeepTogether([Table([[cap]], colWidths=[sum(widths)], hAlign="LEFT",
                                        style=[("LEFTPADDING", (0, 0), (-1, -1), 0),
                                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]), t]))
        flow.append(Spacer(1, 8))
        table_rows, table_cap = [], None

    for tag, rest in items:
        if tag not in ("TR",):
            flush_table()
        if tag == "~":
            out.append(Paragraph(inline(rest), ST["hat"]))
        elif tag in ("IT", "IS", "IMG", "IH", "I"):
            box.append((tag, rest))
        elif tag == "P":
            flow.append(Paragraph(inline(rest), ST["p"]))
        elif tag == "==":
            flow.append(H2(inline(rest), ST["h2"]))
        elif tag == "===":
            flow.append(Paragraph(inline(rest), ST["h3"]))
        elif tag == "FIG":
            fig = (len(flow), figure(rest))
        elif tag == "TC":
            table_cap = rest
        elif tag == "TR":
            table_rows.append([c.strip() for c in rest.split("|")])
        elif tag == "*":
            flow.append(Paragraph(inline(rest), ST["li"], bulletText="\u2022"))
        elif tag == "R":
            refno += 1
            text, _, url = rest.partition(" | ")
            n = uses.get(refno, 1)
            back = "^" if n == 1 else "^ " + " ".join("<i><b>%s</b></i>" % "abcdefg"[k]
                                                      for k in range(n))
            body = inline(text)
            if url:
                body += " (%s)" % url
            flow.append(Paragraph("%s %s" % (back, body), ST["ref"], bulletText="%d." % refno))
        elif tag == "X":
            text, url = [s.strip() for s in rest.split("|")]
            flow.append(Paragraph("%s (%s)" % (inline(text), url), ST["li"], bulletText="\u2022"))
        elif tag == "CAT":
            flow.append(Spacer(1, 8))
            flow.append(Paragraph('Retrieved from "https://en.wikipedia.org/w/index.php?title=%s'
                                  '&amp;oldid=%s"' % (meta["url"].rsplit("/", 1)[1], meta["oldid"]),
                                  ST["small"]))
            cats = Table([[Paragraph("Categories: " + " | ".join(inline(c.strip())
                                                                for c in rest.split("|")),
                                     ST["small"])]], colWidths=[BODY_W])
            cats.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                      ("TOPPADDING", (0, 0), (-1, -1), 4),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            flow.append(cats)
            flow.append(Spacer(1, 8))
            flow.append(Paragraph("This page was last edited on %s (UTC)." % meta["edited"],
                                  ST["small"]))
            flow.append(Paragraph(
                "Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; "
                "additional terms may apply. By using this site, you agree to the Terms of Use "
                "and Privacy Policy. Wikipedia\u00ae is a registered trademark of the Wikimedia "
                "Foundation, Inc., a non-profit organization.", ST["small"]))
        else:
            raise ValueError("bad item: %r" % ((tag, rest),))
    flush_table()
    # The infobox floats right of the lead, Etymology and the start of History.
    n_float = 7
    at, thumb = fig
    body = flow[n_float:at - 1]
    # The thumbnail floats right of the heading "Brihadisvara Temple" and its first
    # subsection (a heading never ends a page: Wikipedia's print style keeps it with its text).
    body.append(ImageAndFlowables(thumb, flow[at - 1:at + 4], imageLeftPadding=10,
                                  imageRightPadding=0, imageBottomPadding=4, imageSide="right"))
    return (out + [ImageAndFlowables(infobox(box), flow[:n_float], imageLeftPadding=12,
                                     imageRightPadding=0, imageBottomPadding=6,
                                     imageSide="right")]
            + body + flow[at + 4:])


def build(meta, items, total):
    buf = io.BytesIO()
    tab = meta["title"] + " - Wikipedia"

    def on_page(c, doc):
        c.saveState()
        c.setFont("Sans", 7.4)
        c.setFillColor(colors.black)
        c.drawString(18, PAGE_H - 20, tab)
        c.drawRightString(PAGE_W - 18, PAGE_H - 20, meta["url"])
        c.drawString(18, 16, "%d of %d" % (doc.page, total))
        c.drawRightString(PAGE_W - 18, 16, meta["printed"])
        c.restoreState()

    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
        bottomMargin=BOTTOM, invariant=1, title=tab, author="", subject="", initialFontName="Sans",
        creator="Mozilla Firefox 142.0.1", producer="cairo 1.18.0 (https://cairographics.org)")
    frame = Frame(MARGIN, BOTTOM, BODY_W, PAGE_H - TOP - BOTTOM, id="body",
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
