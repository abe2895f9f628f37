#!/usr/bin/python3
"""Re-make docs/gangetic-river-dolphin.pdf from tools/gangetic-river-dolphin.txt.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).

Source markup: @header/@footer/@title/@subtitle/@meta set the page furniture and the banner;
"# " is a section heading; "- " a bullet; "1. " a numbered point; "Q1." an FAQ question;
@table <col widths in cm> ... @endtable (cells split on "|", first row is the header);
@box <colour> <title> ... @endbox a coloured box; @colbreak ends the first page's left column;
@pagebreak starts a new page. Blank lines separate paragraphs.
"""
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gangetic-river-dolphin.txt")
OUT = os.path.join(HERE, "..", "docs", "gangetic-river-dolphin.pdf")

TEAL = colors.HexColor("#00695C")
BOXES = {
    "green": (colors.HexColor("#E8F5E9"), colors.HexColor("#2E7D32")),
    "blue": (colors.HexColor("#E3F2FD"), colors.HexColor("#1565C0")),
    "yellow": (colors.HexColor("#FFF8E1"), colors.HexColor("#F9A825")),
}
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=2.5)
number = ParagraphStyle("number", parent=body, leftIndent=16, bulletIndent=2, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=TEAL,
                    spaceBefore=10, spaceAfter=5)
faq_q = ParagraphStyle("faqq", parent=body, fontName="Helvetica-Bold", spaceAfter=2)
banner_t = ParagraphStyle("bt", fontName="Helvetica-Bold", fontSize=22, leading=27,
                          alignment=TA_CENTER, textColor=colors.white)
banner_s = ParagraphStyle("bs", fontName="Helvetica", fontSize=11, leading=14,
                          alignment=TA_CENTER, textColor=colors.white)
banner_m = ParagraphStyle("bm", fontName="Helvetica-Oblique", fontSize=10, leading=13,
                          alignment=TA_CENTER, textColor=colors.HexColor("#E0F2F1"))
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
cellh = ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9, leading=11,
                       textColor=colors.white)
box_t = ParagraphStyle("boxt", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceAfter=3)
box_b = ParagraphStyle("boxb", fontName="Helvetica", fontSize=9.5, leading=12.5)

furniture = {"header": "", "footer": ""}
W, H = A4
LM, RM, TM, BM = 1.8 * cm, 1.8 * cm, 2.0 * cm, 2.0 * cm


class NumberedCanvas(rl_canvas.Canvas):
    """Draws "Page n of N" once the page count is known."""

    def __init__(self, *args, **kwargs):
        rl_canvas.Canvas.__init__(self, *args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.draw_footer(total)
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)

    def draw_footer(self, total):
        self.saveState()
        self.setStrokeColor(TEAL)
        self.setLineWidth(0.8)
        self.line(LM, 1.5 * cm, W - RM, 1.5 * cm)
        self.setFont("Helvetica", 8)
        self.setFillColor(colors.HexColor("#444444"))
        self.drawString(LM, 1.05 * cm, furniture["footer"])
        self.drawRightString(W - RM, 1.05 * cm, "Page %d of %d" % (self._pageNumber, total))
        self.restoreState()


def later_pages(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica-Oblique", 8)
    canv.setFillColor(TEAL)
    canv.drawRightString(W - RM, H - 1.25 * cm, furniture["header"])
    canv.setStrokeColor(TEAL)
    canv.setLineWidth(0.5)
    canv.line(LM, H - 1.4 * cm, W - RM, H - 1.4 * cm)
    canv.restoreState()


def box(colour, title, lines):
    bg, edge = BOXES[colour]
    content = [Paragraph(escape(title), box_t)]
    content += [Paragraph(escape(l), box_b) for l in lines]
    t = Table([[content]])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 1.2, edge),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 8)]


def table(widths, rows):
    data = [[Paragraph(escape(c.strip()), cellh if i == 0 else cell) for c in r.split("|")]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#80CBC4")),
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#E0F2F1")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [Spacer(1, 3), t, Spacer(1, 8)]


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    banner, story, para = [], [], []
    mode, block, block_args = None, [], None

    def flush():
        if para:
            story.append(Paragraph(escape(" ".join(para)), body))
            para.clear()

    for line in lines:
        s = line.strip()
        if mode == "table":
            if s == "@endtable":
                story.extend(table(block_args, block))
                mode, block = None, []
            elif s:
                block.append(s)
            continue
        if mode == "box":
            if s == "@endbox":
                story.extend(box(block_args[0], block_args[1], block))
                mode, block = None, []
            elif s:
                block.append(s)
            continue
        if s.startswith("@header "):
            furniture["header"] = s[8:]
        elif s.startswith("@footer "):
            furniture["footer"] = s[8:]
        elif s.startswith("@title "):
            banner.append(Paragraph(escape(s[7:]), banner_t))
        elif s.startswith("@subtitle "):
            banner.append(Paragraph(escape(s[10:]), banner_s))
        elif s.startswith("@meta "):
            banner.append(Paragraph(escape(s[6:]), banner_m))
        elif s.startswith("@table "):
            flush()
            mode, block_args = "table", [float(x) for x in s[7:].split()]
        elif s.startswith("@box "):
            flush()
            colour, title = s[5:].split(" ", 1)
            mode, block_args = "box", (colour, title)
        elif s == "@colbreak":
            flush()
            story.append(FrameBreak())
        elif s == "@pagebreak":
            flush()
            story.append(PageBreak())
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(escape(s[2:]), bullet, bulletText="\u2022"))
        elif s[:1].isdigit() and s[1:3] == ". ":
            flush()
            story.append(Paragraph(escape(s[3:]), number, bulletText=s[:2]))
        elif s.startswith("Q") and s[1:2].isdigit():
            flush()
            story.append(Paragraph(escape(s), faq_q))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()

    bt = Table([[banner]], colWidths=[W - LM - RM])
    bt.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TEAL),
        ("TOPPADDING", (0, 0), (-1, -1), 12),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
    ]))

    gap = 0.8 * cm
    col_w = (W - LM - RM - gap) / 2
    banner_h = 3.6 * cm
    top = Frame(LM, H - TM - banner_h, W - LM - RM, banner_h, id="banner",
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    col_h = H - TM - banner_h - BM - 0.3 * cm
    left = Frame(LM, BM, col_w, col_h, id="left", leftPadding=0, rightPadding=0)
    right = Frame(LM + col_w + gap, BM, col_w, col_h, id="right", leftPadding=0, rightPadding=0)
    single = Frame(LM, BM, W - LM - RM, H - TM - BM, id="single", leftPadding=0, rightPadding=0)

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="The Gangetic River Dolphin - Factsheet 07",
                          author="", subject="", creator="", producer="", invariant=1)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[top, left, right]),
        PageTemplate(id="later", frames=[single], onPage=later_pages),
    ])
    doc.build([NextPageTemplate("later"), bt, FrameBreak()] + story,
              canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    build()
