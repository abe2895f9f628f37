#!/usr/bin/python3
"""Make docs/ai-governance-india-journal.pdf from tools/ai-governance-india-journal.txt.

The article imitates a two-column journal paper as the publisher's PDF: a masthead (journal
name, volume and pages, a rule), an article-type label, title, authors with superscript
affiliations, the corresponding author, the received/revised/accepted line and the DOI; a
full-width shaded abstract box with keywords; then two justified columns in Times with
numbered section headings in a sans-serif bold ("1 Introduction") and numbered subsections in
bold italic ("2.1 ..."), the first paragraph after a heading not indented; a figure (a
timeline drawn with reportlab graphics) with a "Figure 1:" caption; a bulleted list of recent
developments; an unnumbered "References" list in small type with hanging numbers. Page 1 has
a licence footer; later pages have a running head (page number outside, authors or short
title) over a rule. Typographic quotes and en dashes in year ranges are put in as a
publisher's typesetting would.

Source markup: "@key value" header lines, "@abstract" and "@keywords", "# N Title" sections,
"## N.N Title" subsections, "@figure" where the figure goes, "@item" list lines, "@refs"
then one reference a line.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame,
                                KeepTogether, NextPageTemplate, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ai-governance-india-journal.txt")
OUT = os.path.join(HERE, "..", "docs", "ai-governance-india-journal.pdf")

PW, PH = A4
LM = RM = 50
TM = 58
BM = 56
GUT = 20
TW = PW - LM - RM
CW = (TW - GUT) / 2
BLUE = colors.HexColor("#1f3f6e")
GREY = colors.HexColor("#eef1f5")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.5, leading=11.6,
                      alignment=TA_JUSTIFY, firstLineIndent=10)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
item = ParagraphStyle("item", parent=body0, leftIndent=10, bulletIndent=0, spaceBefore=1.5,
                      alignment=TA_LEFT)
sec = ParagraphStyle("sec", fontName="Helvetica-Bold", fontSize=10, leading=12.5,
                     textColor=BLUE, spaceBefore=10, spaceAfter=4, keepWithNext=1)
sub = ParagraphStyle("sub", fontName="Times-BoldItalic", fontSize=9.8, leading=12,
                     spaceBefore=7, spaceAfter=2.5, keepWithNext=1)
refhead = ParagraphStyle("refhead", parent=sec, spaceBefore=12)
ref = ParagraphStyle("ref", fontName="Times-Roman", fontSize=8, leading=9.6, leftIndent=14,
                     firstLineIndent=-14, spaceAfter=1.8, alignment=TA_LEFT)
cap = ParagraphStyle("cap", fontName="Times-Roman", fontSize=8.3, leading=10,
                     alignment=TA_JUSTIFY, spaceBefore=3, spaceAfter=8)
mast_l = ParagraphStyle("mastl", fontName="Helvetica-Bold", fontSize=9, leading=11,
                        textColor=BLUE)
mast_r = ParagraphStyle("mastr", fontName="Helvetica", fontSize=8, leading=11,
                        alignment=2)
label = ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=7.5, leading=9,
                       textColor=colors.white)
title_st = ParagraphStyle("title", fontName="Times-Bold", fontSize=17, leading=20.5,
                          spaceBefore=6, spaceAfter=8)
auth_st = ParagraphStyle("auth", fontName="Times-Roman", fontSize=11, leading=13.5,
                         spaceAfter=4)
affil_st = ParagraphStyle("affil", fontName="Times-Italic", fontSize=8.3, leading=10)
meta_st = ParagraphStyle("meta", fontName="Helvetica", fontSize=7.3, leading=9.4,
                         textColor=colors.HexColor("#333333"))
abs_h = ParagraphStyle("absh", fontName="Helvetica-Bold", fontSize=9, leading=11,
                       textColor=BLUE, spaceAfter=3)
abs_st = ParagraphStyle("abs", fontName="Times-Roman", fontSize=9.2, leading=11.3,
                        alignment=TA_JUSTIFY)
kw_st = ParagraphStyle("kw", parent=abs_st, spaceBefore=4)
fig_st = ParagraphStyle("fig", fontName="Helvetica", fontSize=7, leading=8.4)


def typo(s):
    """Plain source text to reportlab markup with a publisher's typography."""
    s = escape(s).replace("&lt;super&gt;", "<super>").replace("&lt;/super&gt;", "</super>")
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    s = re.sub(r"(?<=\d)-(?=\d)", "\u2013", s)
    return s


def parse():
    meta, blocks, mode = {}, [], None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if not line.strip():
            continue
        if line == "@abstract":
            mode = "abstract"
            continue
        if line == "@refs":
            mode = "refs"
            continue
        if line == "@figure":
            blocks.append(("figure", ""))
            continue
        m = re.match(r"@(\w+) (.*)", line)
        if m and m.group(1) in ("item",):
            blocks.append(("item", m.group(2)))
            continue
        if m and mode is None or (m and m.group(1) == "keywords"):
            if m.group(1) == "affil":
                meta.setdefault("affil", []).append(m.group(2))
            else:
                meta[m.group(1)] = m.group(2)
            mode = None if m.group(1) != "keywords" else "body"
            continue
        if mode == "abstract":
            meta["abstract"] = line
            continue
        if mode == "refs":
            blocks.append(("ref", line))
            continue
        if line.startswith("## "):
            blocks.append(("sub", line[3:]))
        elif line.startswith("# "):
            blocks.append(("sec", line[2:]))
        else:
            blocks.append(("para", line))
    return meta, blocks


class Timeline(Flowable):
    """Figure 1: a vertical timeline, filled markers for binding instruments."""
    ROWS = [
        ("2018", "National Strategy for AI (NITI Aayog)", False),
        ("2021", "IT (Intermediary Guidelines) Rules", True),
        ("2023", "Digital Personal Data Protection Act", True),
        ("2024", "MeitY advisories on AI models (March)", False),
        ("2025", "Subcommittee report on guidelines (Jan)", False),
        ("2025", "India AI Governance Guidelines (Nov)", False),
    ]

    def __init__(self, width):
        super().__init__()
        self.width = width
        self.step = 15
        self.height = self.step * len(self.ROWS) + 16

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        d = Drawing(self.width, self.height)
        x0 = 46
        top = self.height - 10
        bottom = top - self.step * (len(self.ROWS) - 1)
        d.add(Line(x0, top + 4, x0, bottom - 4, strokeColor=BLUE, strokeWidth=1.2))
        for i, (yr, text, binding) in enumerate(self.ROWS):
            y = top - i * self.step
            d.add(String(x0 - 12, y - 2.5, yr, fontName="Helvetica-Bold", fontSize=7,
                         textAnchor="end", fillColor=BLUE))
            d.add(Circle(x0, y, 3.2, strokeColor=BLUE, strokeWidth=1,
                         fillColor=BLUE if binding else colors.white))
            d.add(String(x0 + 10, y - 2.5, text, fontName="Helvetica", fontSize=7,
                         fillColor=colors.black))
        d.drawOn(self.canv, 0, 0)


class Doc(BaseDocTemplate):
    def __init__(self, meta, head_h, **kw):
        super().__init__(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                         bottomMargin=BM, title=meta["title"],
                         author="Meera Krishnan; Arvind Deshpande",
                         subject=meta["journal"] + " " + meta["issue"],
                         creator="IJTP production system", **kw)
        self.meta = meta
        first_top = PH - TM - head_h
        colh1 = first_top - BM - 10
        self.addPageTemplates([
            PageTemplate("first", frames=[
                Frame(LM, first_top, TW, head_h, id="head", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0),
                Frame(LM, BM, CW, colh1, id="c1", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0),
                Frame(LM + CW + GUT, BM, CW, colh1, id="c2", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)], onPage=self.first_page),
            PageTemplate("later", frames=[
                Frame(LM, BM, CW, PH - TM - BM, id="l1", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0),
                Frame(LM + CW + GUT, BM, CW, PH - TM - BM, id="l2", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)],
                onPage=self.later_page)])

    def first_page(self, c, doc):
        c.saveState()
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.6)
        c.line(LM, BM - 12, PW - RM, BM - 12)
        c.setFont("Helvetica", 6.8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(LM, BM - 22, "\u00a9 2025 The Authors. Open access under CC BY 4.0.")
        c.drawRightString(PW - RM, BM - 22, self.meta["doi"])
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(PW / 2, BM - 36, self.meta["firstpage"])
        c.restoreState()

    def later_page(self, c, doc):
        n = int(self.meta["firstpage"]) + doc.page - 1
        c.saveState()
        c.setFont("Times-Italic", 8.5)
        y = PH - TM + 18
        if n % 2 == 0:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(LM, y, str(n))
            c.setFont("Times-Italic", 8.5)
            c.drawRightString(PW - RM, y, self.meta["runhead"])
        else:
            c.drawString(LM, y, "Principles before Prohibitions")
            c.setFont("Helvetica-Bold", 8.5)
            c.drawRightString(PW - RM, y, str(n))
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.5)
        c.line(LM, y - 5, PW - RM, y - 5)
        c.setFont("Helvetica", 6.8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawCentredString(PW / 2, BM - 22, "%s, %s" % (
            self.meta["journal"], typo(self.meta["issue"]).split(", pp.")[0]))
        c.restoreState()


def front_matter(meta):
    fl = []
    mast = Table([[Paragraph(escape(meta["journal"]), mast_l),
                   Paragraph(typo(meta["issue"]), mast_r)]], colWidths=[TW * 0.55, TW * 0.45])
    mast.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                              ("LINEBELOW", (0, 0), (-1, 0), 1.2, BLUE)]))
    fl.append(mast)
    fl.append(Spacer(1, 8))
    lab = Table([[Paragraph(meta["type"], label)]], colWidths=[88])
    lab.hAlign = "LEFT"
    lab.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE),
                             ("TOPPADDING", (0, 0), (-1, -1), 2),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                             ("LEFTPADDING", (0, 0), (-1, -1), 5)]))
    fl.append(lab)
    fl.append(Paragraph(typo(meta["title"]), title_st))
    fl.append(Paragraph(typo(meta["authors"]), auth_st))
    for a in meta["affil"]:
        fl.append(Paragraph(typo(a), affil_st))
    fl.append(Paragraph(typo(meta["corr"]), affil_st))
    fl.append(Spacer(1, 4))
    fl.append(Paragraph(typo(meta["dates"]) + "<br/>DOI: " + escape(meta["doi"]), meta_st))
    fl.append(Spacer(1, 8))
    box = Table([[[Paragraph("Abstract", abs_h), Paragraph(typo(meta["abstract"]), abs_st),
                   Paragraph("<b>Keywords:</b> " + typo(meta["keywords"]), kw_st)]]],
                colWidths=[TW])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREY),
                             ("BOX", (0, 0), (-1, -1), 0.6, BLUE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 7),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    fl.append(box)
    fl.append(Spacer(1, 10))
    h = 0
    for f in fl:
        w, fh = f.wrap(TW, PH)
        h += fh + f.getSpaceBefore() + f.getSpaceAfter()
    return fl, h + 2


def story_body(blocks):
    st, after_head = [], True
    for kind, text in blocks:
        if kind == "sec":
            num, _, rest = text.partition(" ")
            st.append(CondPageBreak(60))
            st.append(Paragraph("%s&nbsp;&nbsp;%s" % (num, typo(rest)), sec))
            after_head = True
        elif kind == "sub":
            num, _, rest = text.partition(" ")
            st.append(CondPageBreak(40))
            st.append(Paragraph("%s&nbsp;&nbsp;%s" % (num, typo(rest)), sub))
            after_head = True
        elif kind == "para":
            st.append(Paragraph(typo(text), body0 if after_head else body))
            after_head = False
        elif kind == "item":
            st.append(Paragraph(typo(text), item, bulletText="\u2022"))
            after_head = True
        elif kind == "figure":
            capt = Paragraph("<b>Figure 1:</b> " + typo(
                "Milestones in India's AI governance, 2018-2025. Filled markers are binding "
                "instruments, hollow markers non-binding documents. Source: compiled by the "
                "authors from official releases."), cap)
            st.append(KeepTogether([Spacer(1, 4), Timeline(CW), capt]))
        elif kind == "ref":
            if not any(getattr(x, "_is_refhead", False) for x in st):
                h = Paragraph("References", refhead)
                h._is_refhead = True
                st.append(h)
            num, _, rest = text.partition(" ")
            st.append(Paragraph(escape(num) + "&nbsp;" + typo(rest), ref))
    return st


def main():
    meta, blocks = parse()
    fm, head_h = front_matter(meta)
    doc = Doc(meta, head_h)
    from reportlab.platypus import FrameBreak
    story = fm + [FrameBreak(), NextPageTemplate("later")] + story_body(blocks)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    doc.build(story)


if __name__ == "__main__":
    main()
