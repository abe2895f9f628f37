#!/usr/bin/python3
"""Make docs/nam-summits-india-role-gdoc.pdf from tools/nam-summits-india-role-gdoc.txt.

The PDF is a Google Doc printed from the browser (Ctrl+P, "Save as PDF", A4, headers and footers
on): the browser's header line (print date and time left, the tab title "<doc name> - Google
Docs" centred) and footer (the document's URL left, "N/M" right) on every page, and the Doc's
page itself: a Title and a grey subtitle line, bold headings (numbered by hand) and bold
sub-headings, numbered lists whose numbers continue across sub-headings, bullets, a two-column
bordered table with a shaded bold header row, and one comment shown as a card in the right margin
beside the highlighted paragraph it is anchored on.

Source markup, one item a line: "@doc", "@printed", "@url" (browser header and footer), "# " title,
"~ " subtitle, "## " heading, "### " sub-heading, "P " paragraph, "1. " numbered item, "- " bullet,
"T a | b" table row (the first is the header), "@comment author|time|text" (anchors on the
next paragraph).

Run from anywhere: /usr/bin/python3 tools/make_pdf.py  (output is byte-for-byte stable)
"""
import io
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "nam-summits-india-role-gdoc.txt")
OUT = os.path.join(HERE, "..", "docs", "nam-summits-india-role-gdoc.pdf")
FONTDIR = "/usr/share/fonts/truetype/liberation"

pdfmetrics.registerFont(TTFont("Arial", os.path.join(FONTDIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Arial-Bold", os.path.join(FONTDIR, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Arial-Italic", os.path.join(FONTDIR, "LiberationSans-Italic.ttf")))
pdfmetrics.registerFontFamily("Arial", normal="Arial", bold="Arial-Bold", italic="Arial-Italic",
                              boldItalic="Arial-Bold")

PAGE_W, PAGE_H = A4
LEFT = 62
BODY_W = 366
TOP = 64
BOTTOM = 58
COMMENT_X = LEFT + BODY_W + 18
COMMENT_W = PAGE_W - COMMENT_X - 20

ST = {
    "title": ParagraphStyle("title", fontName="Arial", fontSize=19, leading=24, spaceAfter=2),
    "sub": ParagraphStyle("sub", fontName="Arial", fontSize=11.5, leading=15,
                          textColor=colors.HexColor("#666666"), spaceAfter=10),
    "p": ParagraphStyle("p", fontName="Arial", fontSize=10, leading=14.2, spaceAfter=7),
    "h2": ParagraphStyle("h2", fontName="Arial-Bold", fontSize=13.5, leading=17, spaceBefore=10,
                         spaceAfter=6),
    "h3": ParagraphStyle("h3", fontName="Arial-Bold", fontSize=11, leading=14, spaceBefore=6,
                         spaceAfter=3, textColor=colors.HexColor("#434343")),
    "li": ParagraphStyle("li", fontName="Arial", fontSize=10, leading=14.2, leftIndent=27,
                         bulletIndent=9, bulletFontName="Arial", spaceAfter=2),
    "cell": ParagraphStyle("cell", fontName="Arial", fontSize=9, leading=11.5),
    "cellh": ParagraphStyle("cellh", fontName="Arial-Bold", fontSize=9, leading=11.5),
}


class CommentedPara(Paragraph):
    """A highlighted paragraph with its comment card drawn in the right margin."""

    def __init__(self, text, style, author, when, body):
        Paragraph.__init__(self, text, style)
        self.c_author, self.c_when, self.c_body = author, when, body

    def draw(self):
        Paragraph.draw(self)
        c = self.canv
        lines = simpleSplit(self.c_body, "Arial", 8, COMMENT_W - 16)
        h = 34 + 10.5 * len(lines) + 8
        x = COMMENT_X - LEFT - self._frame_x_offset()
        top = self.height + 4
        c.saveState()
        c.setStrokeColor(colors.HexColor("#dadce0"))
        c.setFillColor(colors.white)
        c.setLineWidth(0.6)
        c.roundRect(x, top - h, COMMENT_W, h, 5, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#1a73e8"))
        c.circle(x + 14, top - 15, 7, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Arial-Bold", 8)
        c.drawCentredString(x + 14, top - 17.8, self.c_author[:1])
        c.setFillColor(colors.HexColor("#202124"))
        c.setFont("Arial-Bold", 8)
        c.drawString(x + 26, top - 13, self.c_author)
        c.setFillColor(colors.HexColor("#5f6368"))
        c.setFont("Arial", 7.5)
        c.drawString(x + 26, top - 22.5, self.c_when)
        c.setFillColor(colors.HexColor("#202124"))
        c.setFont("Arial", 8)
        y = top - 38
        for ln in lines:
            c.drawString(x + 8, y, ln)
            y -= 10.5
        c.restoreState()

    def _frame_x_offset(self):
        return 0


def inline(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s


def read_source():
    meta, items = {}, []
    pending = None
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("@comment "):
                pending = line[len("@comment "):].split("|", 2)
            elif line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
            elif line.startswith("### "):
                items.append(("h3", line[4:]))
            elif line.startswith("## "):
                items.append(("h2", line[3:]))
            elif line.startswith("# "):
                items.append(("title", line[2:]))
            elif line.startswith("~ "):
                items.append(("sub", line[2:]))
            elif line.startswith("P "):
                if pending:
                    items.append(("cp", line[2:], pending))
                    pending = None
                else:
                    items.append(("p", line[2:]))
            elif line.startswith("T "):
                items.append(("t", [c.strip() for c in line[2:].split("|")]))
            elif line.startswith("- "):
                items.append(("bul", line[2:]))
            elif re.match(r"\d+\. ", line):
                n, rest = line.split(" ", 1)
                items.append(("num", rest, n))
            else:
                raise ValueError("bad line: " + line)
    return meta, items


def story(items):
    out, rows = [], []

    def flush_table():
        if not rows:
            return
        data = [[Paragraph(inline(c), ST["cellh"] if i == 0 else ST["cell"]) for c in r]
                for i, r in enumerate(rows)]
        t = Table(data, colWidths=[138, BODY_W - 138], repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9ead3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        out.append(t)
        out.append(Spacer(1, 8))
        rows.clear()

    for it in items:
        kind = it[0]
        if kind != "t":
            flush_table()
        if kind == "t":
            rows.append(it[1])
        elif kind in ("title", "sub", "p", "h2", "h3"):
            out.append(Paragraph(inline(it[1]), ST[kind]))
        elif kind == "cp":
            author, when, body = it[2]
            text = '<font backColor="#fce8b2">%s</font>' % inline(it[1])
            out.append(CommentedPara(text, ST["p"], author, when, body))
        elif kind == "num":
            out.append(Paragraph(inline(it[1]), ST["li"], bulletText=it[2]))
        elif kind == "bul":
            out.append(Paragraph(inline(it[1]), ST["li"], bulletText="\u25cf"))
    flush_table()
    return out


def build(meta, items, total):
    buf = io.BytesIO()

    def on_page(c, doc):
        c.saveState()
        c.setFont("Arial", 8)
        c.setFillColor(colors.black)
        c.drawString(24, PAGE_H - 22, meta["printed"])
        c.drawCentredString(PAGE_W / 2, PAGE_H - 22, meta["doc"] + " - Google Docs")
        c.drawString(24, 16, meta["url"])
        c.drawRightString(PAGE_W - 24, 16, "%d/%d" % (doc.page, total))
        c.restoreState()

    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=LEFT, rightMargin=PAGE_W - LEFT - BODY_W,
        topMargin=TOP, bottomMargin=BOTTOM, invariant=1,
        title=meta["doc"] + " - Google Docs",
        creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/140.0.0.0 Safari/537.36",
        producer="Skia/PDF m140", author="", subject="")
    frame = Frame(LEFT, BOTTOM, BODY_W, PAGE_H - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story(items))
    return buf.getvalue(), doc.page


def main():
    meta, items = read_source()
    _, pages = build(meta, items, 0)
    data, pages2 = build(meta, items, pages)
    assert pages == pages2
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
