#!/usr/bin/python3
"""Print the current-account-deficit article, written as plain text, into a PDF laid out like a
coaching institute's monthly current-affairs magazine: a kicker, headline, standfirst and byline
across the top of the first page, two columns on most pages, a one-column page for the data
table, a boxed "Key terms" sidebar, unnumbered section headings, bullet lists, a running header
and footer with the magazine's name and month, and a "Practice question" box at the end.

    /usr/bin/python3 tools/make_pdf.py [SOURCE.txt [OUT.pdf]]

Defaults: tools/current-account-deficit.txt -> docs/current-account-deficit.pdf. Needs reportlab
(Debian: python3-reportlab). Output is reproducible (reportlab's invariant mode), so re-making it
gives the same bytes.

Source format, one construct a line:
    %kicker K / %headline H / %standfirst S / %byline B    the top of the first page
    %page onecol | %page twocol         start a new page in one or two columns
    %box Title ... %endbox              a boxed sidebar; each line inside is a paragraph
    %practice Title                     the closing boxed question; the lines after it fill it
    %note text                          a small italic note (a table's source)
    ## Heading                          a section heading (not numbered)
    - text                              a bullet; consecutive bullets form one list
    | a | b | c | d                     a table row (the first row is the header)
    **bold**                            bold inside any paragraph
    anything else                       a paragraph; a blank line ends it
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = os.path.join(HERE, "current-account-deficit.txt")
DEFAULT_OUT = os.path.join(HERE, "..", "docs", "current-account-deficit.pdf")

MAGAZINE = "THE CIVILS COMPASS"
ISSUE = "Monthly Current Affairs | December 2025"
FOOTER = "The Civils Compass - December 2025"
W, H = A4
LEFT = RIGHT = 1.8 * cm
TOP, BOTTOM = 2.2 * cm, 2.0 * cm
GAP = 0.8 * cm
COLW = (W - LEFT - RIGHT - GAP) / 2
MASTHEAD = 6.4 * cm            # height of the headline block on the first page

ACCENT = colors.HexColor("#b03a2e")
NAVY = colors.HexColor("#1b2a49")
TINT = colors.HexColor("#fbeee6")

BODY = ParagraphStyle("Body", fontName="Times-Roman", fontSize=10, leading=13,
                      alignment=TA_JUSTIFY, spaceAfter=6)
BODY1 = ParagraphStyle("Body1", parent=BODY, fontSize=10.5, leading=14)
HEAD = ParagraphStyle("Head", fontName="Helvetica-Bold", fontSize=12, leading=15,
                      textColor=ACCENT, spaceBefore=8, spaceAfter=4, keepWithNext=1)
KICKER = ParagraphStyle("Kicker", fontName="Helvetica-Bold", fontSize=9, leading=11,
                        textColor=ACCENT, spaceAfter=6)
HEADLINE = ParagraphStyle("Headline", fontName="Helvetica-Bold", fontSize=22, leading=26,
                          textColor=NAVY, spaceAfter=8)
STAND = ParagraphStyle("Stand", fontName="Times-Italic", fontSize=12.5, leading=16,
                       textColor=colors.HexColor("#333333"), spaceAfter=6)
BYLINE = ParagraphStyle("Byline", fontName="Helvetica", fontSize=8.5, leading=10,
                        textColor=colors.HexColor("#666666"))
BOXHEAD = ParagraphStyle("BoxHead", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                         textColor=ACCENT, spaceAfter=4)
BOXTEXT = ParagraphStyle("BoxText", fontName="Helvetica", fontSize=8.5, leading=11,
                         alignment=TA_LEFT, spaceAfter=3)
CELL = ParagraphStyle("Cell", fontName="Helvetica", fontSize=9, leading=11)
CELLH = ParagraphStyle("CellH", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
NOTE = ParagraphStyle("Note", fontName="Times-Italic", fontSize=8.5, leading=10, spaceAfter=8)

BOLD = re.compile(r"\*\*(.+?)\*\*")


def markup(text):
    return BOLD.sub(r"<b>\1</b>", escape(text))


def boxed(title, lines, width):
    cell = [Paragraph(escape(title), BOXHEAD)] + [Paragraph(markup(l), BOXTEXT) for l in lines]
    t = Table([[cell]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 8)]


def flowables(lines):
    top, out = [], []
    state = {"cols": 2}
    buf, bullets, rows, box = [], [], [], None

    def body():
        return BODY if state["cols"] == 2 else BODY1

    def width():
        return COLW if state["cols"] == 2 else W - LEFT - RIGHT

    def end_para():
        if buf:
            out.append(Paragraph(markup(" ".join(buf)), body()))
            del buf[:]

    def end_list():
        if bullets:
            out.append(ListFlowable([ListItem(Paragraph(markup(t), body()), leftIndent=12)
                                     for t in bullets],
                                    bulletType="bullet", start="\u2022", leftIndent=12,
                                    bulletFontName="Times-Roman", bulletColor=ACCENT))
            del bullets[:]

    def end_table():
        if rows:
            data = [[Paragraph(escape(c), CELLH if i == 0 else CELL) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[3.0 * cm, 3.4 * cm, 2.2 * cm, width() - 8.6 * cm])
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TINT]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            out.append(Spacer(1, 4))
            out.append(t)
            out.append(Spacer(1, 4))
            del rows[:]

    def end_all():
        end_para(); end_list(); end_table()

    for raw in lines:
        line = raw.strip()
        if box is not None:
            if line == "%endbox" or (box[0] == "practice" and not line and box[2]):
                out.extend(boxed(box[1], box[2], width()))
                box = None
            elif line:
                box[2].append(line)
            continue
        if not line:
            end_all()
            continue
        if line.startswith("%kicker "):
            top.append(Paragraph(escape(line[8:]), KICKER))
        elif line.startswith("%headline "):
            top.append(Paragraph(escape(line[10:]), HEADLINE))
        elif line.startswith("%standfirst "):
            top.append(Paragraph(escape(line[12:]), STAND))
        elif line.startswith("%byline "):
            top.append(Paragraph(escape(line[8:]), BYLINE))
        elif line.startswith("%page "):
            end_all()
            state["cols"] = 1 if line.endswith("onecol") else 2
            out.append(NextPageTemplate(line[6:]))
            out.append(PageBreak())
        elif line.startswith("%box "):
            end_all()
            box = ["box", line[5:], []]
        elif line.startswith("%practice "):
            end_all()
            box = ["practice", line[10:], []]
        elif line.startswith("%note "):
            end_all()
            out.append(Paragraph(escape(line[6:]), NOTE))
        elif line.startswith("## "):
            end_all()
            out.append(Paragraph(escape(line[3:]), HEAD))
        elif line.startswith("- "):
            end_para(); end_table()
            bullets.append(line[2:])
        elif line.startswith("|"):
            end_para(); end_list()
            rows.append([c.strip() for c in line.strip("|").split("|")])
        else:
            end_list(); end_table()
            buf.append(line)
    if box is not None:
        out.extend(boxed(box[1], box[2], width()))
    end_all()
    return top, out


def decorate(canvas, doc):
    canvas.saveState()
    canvas.setFillColor(NAVY)
    canvas.rect(0, H - 1.3 * cm, W, 1.3 * cm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(LEFT, H - 0.85 * cm, MAGAZINE)
    canvas.setFont("Helvetica", 9)
    canvas.drawRightString(W - RIGHT, H - 0.85 * cm, ISSUE)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(LEFT, 1.45 * cm, W - RIGHT, 1.45 * cm)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 8)
    canvas.drawString(LEFT, 1.0 * cm, FOOTER)
    canvas.drawRightString(W - RIGHT, 1.0 * cm, "Page %d" % (30 + doc.page))
    canvas.restoreState()


def main(argv):
    src = argv[1] if len(argv) > 1 else DEFAULT_SRC
    out = argv[2] if len(argv) > 2 else DEFAULT_OUT
    with open(src, encoding="utf-8") as f:
        lines = f.read().splitlines()
    top, story = flowables(lines)
    title = next((l[10:] for l in lines if l.startswith("%headline ")), "Article")
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                          topMargin=TOP, bottomMargin=BOTTOM, title=title,
                          author="The Civils Compass", subject="Economy", invariant=1)
    bodyh = H - TOP - BOTTOM
    first = [Frame(LEFT, H - TOP - MASTHEAD, W - LEFT - RIGHT, MASTHEAD, id="masthead"),
             Frame(LEFT, BOTTOM, COLW, bodyh - MASTHEAD, id="c1"),
             Frame(LEFT + COLW + GAP, BOTTOM, COLW, bodyh - MASTHEAD, id="c2")]
    two = [Frame(LEFT, BOTTOM, COLW, bodyh, id="l"),
           Frame(LEFT + COLW + GAP, BOTTOM, COLW, bodyh, id="r")]
    one = [Frame(LEFT, BOTTOM, W - LEFT - RIGHT, bodyh, id="one")]
    doc.addPageTemplates([
        PageTemplate("first", first, onPage=decorate, autoNextPageTemplate="twocol"),
        PageTemplate("twocol", two, onPage=decorate),
        PageTemplate("onecol", one, onPage=decorate),
    ])
    from reportlab.platypus import FrameBreak
    doc.build(top + [FrameBreak()] + story)
    print("wrote", os.path.normpath(out))


if __name__ == "__main__":
    main(sys.argv)
