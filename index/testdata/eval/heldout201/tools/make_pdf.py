#!/usr/bin/python3
"""Make docs/shg-blp-class-notes.pdf from tools/shg-blp-class-notes.txt.

The PDF imitates a student's typed class notes (an A5 Word document in the Normal template:
Helvetica standing in for Calibri, blue bold headings, "•" bullets with Word's Courier "o" at the
second level, grid tables with a shaded header row, a shaded "Exam tip" box) printed to PDF with
the print dialog set to "2 pages per sheet": every A4 landscape sheet carries two A5 pages side
by side, each shrunk to 94 per cent and framed by a thin page border, left page first. Each A5
page has the document's running header (course line left, class line right, rule below) and
footer (typist's line left, "Page n of N" right). An odd last page leaves the right half of its
sheet blank. The document information carries the "Microsoft Word - ....docx" title that the
Windows print-to-PDF path writes.

Pages are laid out by hand with platypus Frames on a scaled canvas: the story is first
paginated on a scratch canvas to count the pages (for "of N"), then drawn.

Source: header lines "KEY: value" up to "====="; then "TITLE: ", "SUB: ", "# " heading,
"## " sub-heading, "- " bullet, "  - " second-level bullet, "1) " numbered line, "| a | b |"
table rows (first row is the header), "!Label: text" tip box, anything else a paragraph.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUTPUT]
(OUTPUT defaults to docs/shg-blp-class-notes.pdf; reportlab invariant=1, byte-for-byte stable.)
"""
import io
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "shg-blp-class-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "shg-blp-class-notes.pdf")

SW, SH = landscape(A4)          # the sheet
PW, PH = A5                     # one logical page
SCALE = 0.94
LM = RM = 40
TM = 52
BM = 46
TW = PW - LM - RM
BLUE = colors.HexColor("#2F5496")
GREY = colors.HexColor("#595959")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.4, spaceAfter=4)
title_st = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=14, leading=17,
                          textColor=colors.HexColor("#1F3864"), spaceAfter=5)
sub_st = ParagraphStyle("sub", fontName="Helvetica-Oblique", fontSize=8, leading=10,
                        textColor=GREY, spaceAfter=1)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                    textColor=BLUE, spaceBefore=9, spaceAfter=4, keepWithNext=1)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10, leading=12.5,
                    textColor=BLUE, spaceBefore=6, spaceAfter=3, keepWithNext=1)
bul1 = ParagraphStyle("bul1", parent=body, leftIndent=16, bulletIndent=5, spaceAfter=2)
bul2 = ParagraphStyle("bul2", parent=body, leftIndent=32, bulletIndent=21, spaceAfter=2,
                      bulletFontName="Courier", bulletFontSize=9)
num_st = ParagraphStyle("num", parent=body, leftIndent=16, firstLineIndent=-16, spaceAfter=2)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.3, leading=10)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=8.3, leading=10)
tip_st = ParagraphStyle("tip", parent=body, fontSize=9, leading=11.6, spaceAfter=0)


class Group(Flowable):
    """A heading drawn together with what follows it (Word's "keep with next"): the frames
    here never split a flowable, so the group moves to the next page as a whole."""

    def __init__(self, items):
        Flowable.__init__(self)
        self.items = items

    def _gaps(self):
        return [a.getSpaceAfter() + b.getSpaceBefore()
                for a, b in zip(self.items, self.items[1:])]

    def wrap(self, aW, aH):
        self._sizes = [it.wrap(aW, aH) for it in self.items]
        self.width = aW
        self.height = sum(h for _, h in self._sizes) + sum(self._gaps())
        return self.width, self.height

    def getSpaceBefore(self):
        return self.items[0].getSpaceBefore()

    def getSpaceAfter(self):
        return self.items[-1].getSpaceAfter()

    def draw(self):
        y = self.height
        gaps = [0] + self._gaps()
        for it, (_, h), g in zip(self.items, self._sizes, gaps):
            y -= g + h
            it.drawOn(self.canv, 0, y)


def inline(s):
    return escape(s)


def make_table(rows):
    ncol = len(rows[0])
    if ncol == 4:
        widths = [0.17, 0.33, 0.3, 0.2]
    elif ncol == 3 and rows[0][1].startswith("Number"):
        widths = [0.56, 0.2, 0.24]
    else:
        widths = [0.24, 0.38, 0.38]
    data = []
    for r, row in enumerate(rows):
        st = cellh if r == 0 else cell
        data.append([Paragraph(inline(c), st) for c in row])
    t = Table(data, colWidths=[w * TW for w in widths], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8EAADB")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def tip_box(label, text):
    p = Paragraph("<b>%s:</b> %s" % (inline(label), inline(text)), tip_st)
    t = Table([[p]], colWidths=[TW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF2CC")),
        ("LINEBEFORE", (0, 0), (0, -1), 2.2, colors.HexColor("#BF8F00")),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def read_source():
    with open(SRC, encoding="utf-8") as f:
        head, body_text = f.read().split("\n=====\n", 1)
    meta = dict(line.split(": ", 1) for line in head.split("\n"))
    return meta, body_text.rstrip("\n").split("\n")


def make_story(lines):
    story = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            story.append(Spacer(1, 2))
            story.append(make_table(rows))
            story.append(Spacer(1, 5))
            continue
        if line.startswith("TITLE: "):
            story.append(Paragraph(inline(line[7:]), title_st))
        elif line.startswith("SUB: "):
            story.append(Paragraph(inline(line[5:]), sub_st))
        elif line.startswith("## "):
            story.append(Paragraph(inline(line[3:]), h2))
        elif line.startswith("# "):
            story.append(Paragraph(inline(line[2:]), h1))
        elif line.startswith("  - "):
            story.append(Paragraph(inline(line[4:]), bul2, bulletText="o"))
        elif line.startswith("- "):
            story.append(Paragraph(inline(line[2:]), bul1, bulletText="\u2022"))
        elif re.match(r"\d\) ", line):
            story.append(Paragraph(inline(line), num_st))
        elif line.startswith("!"):
            label, text = line[1:].split(": ", 1)
            story.append(Spacer(1, 3))
            story.append(tip_box(label, text))
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(inline(line), body))
        i += 1
    return keep_with_next(story)


def keep_with_next(story):
    out = []
    i = 0
    while i < len(story):
        f = story[i]
        if isinstance(f, Paragraph) and f.style.name in ("h1", "h2"):
            j = i + 1
            while j < len(story) and isinstance(story[j], Spacer):
                j += 1
            out.append(Group(story[i:j + 1]))
            i = j + 1
        else:
            out.append(f)
            i += 1
    return out


def draw_page(canv, meta, story, n, total):
    """Draw logical page n (1-based) onto the current sheet; consume story."""
    half = SW / 2
    x0 = (n - 1) % 2 * half + (half - PW * SCALE) / 2
    y0 = (SH - PH * SCALE) / 2
    canv.saveState()
    canv.translate(x0, y0)
    canv.scale(SCALE, SCALE)
    # the page border the print dialog draws
    canv.setStrokeColor(colors.HexColor("#A6A6A6"))
    canv.setLineWidth(0.6)
    canv.rect(0, 0, PW, PH, stroke=1, fill=0)
    # running header
    canv.setFillColor(GREY)
    canv.setFont("Helvetica", 7.5)
    canv.drawString(LM, PH - 30, meta["HEADER-L"])
    canv.drawRightString(PW - RM, PH - 30, meta["HEADER-R"])
    canv.setStrokeColor(colors.HexColor("#7F7F7F"))
    canv.setLineWidth(0.5)
    canv.line(LM, PH - 34, PW - RM, PH - 34)
    # running footer
    canv.line(LM, 34, PW - RM, 34)
    canv.setFont("Helvetica", 7)
    canv.drawString(LM, 24, meta["FOOTER-L"])
    canv.drawRightString(PW - RM, 24, "Page %d of %d" % (n, total))
    canv.restoreState()
    canv.saveState()
    canv.translate(x0, y0)
    canv.scale(SCALE, SCALE)
    frame = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="p%d" % n)
    frame.addFromList(story, canv)
    canv.restoreState()


def render(canv, meta, lines, total):
    story = make_story(lines)
    n = 0
    while story:
        n += 1
        if n > 1 and n % 2 == 1:
            canv.showPage()
        draw_page(canv, meta, story, n, total)
    canv.showPage()
    return n


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, lines = read_source()
    scratch = pdfcanvas.Canvas(io.BytesIO(), pagesize=(SW, SH))
    total = render(scratch, meta, lines, 0)
    canv = pdfcanvas.Canvas(out_path, pagesize=(SW, SH), invariant=1, pageCompression=1)
    canv.setTitle(meta["DOCTITLE"])
    canv.setAuthor("Ananya R")
    canv.setCreator("PScript5.dll Version 5.2.2")
    canv.setProducer("Microsoft: Print To PDF")
    got = render(canv, meta, lines, total)
    assert got == total
    canv.save()


if __name__ == "__main__":
    main()
