#!/usr/bin/python3
"""Make docs/india-maldives-bilateral-brief-mea.pdf from tools/india-maldives-bilateral-brief-mea.txt.

The brief imitates a Ministry of External Affairs country brief as the Ministry's divisions put
them out as PDF from Word: a letterhead on page 1 only (a drawn roundel standing in for the State
Emblem, "GOVERNMENT OF INDIA" / "MINISTRY OF EXTERNAL AFFAIRS" in bold capitals, the
division's name, the Ministry's address and website at the right, a thick-over-thin double
rule), the title in bold, underlined and centred, justified Times paragraphs each opening with a
run-in bold heading ("Political Relations:"), the dated "Recent Developments" items as bullets
with a bold date, a ruled table of agreements with a grey bold header row and cells that wrap,
"Useful Resources" lines, a centred "*****" and a date line at the end, and a "Page n of N"
footer centred on every page (N found by laying the document out twice).

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import math
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
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "india-maldives-bilateral-brief-mea.txt")
OUT = os.path.join(HERE, "..", "docs", "india-maldives-bilateral-brief-mea.pdf")

PW, PH = A4
LM = RM = 2.54 * cm
TM = 2.3 * cm
BM = 2.2 * cm
TW = PW - LM - RM
LETTERHEAD_H = 3.1 * cm

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=12, leading=14.6,
                      alignment=TA_JUSTIFY, spaceAfter=8)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=4, spaceAfter=4)
title_st = ParagraphStyle("title", fontName="Times-Bold", fontSize=14, leading=17,
                          alignment=TA_CENTER, spaceAfter=12)
cap_st = ParagraphStyle("cap", fontName="Times-Bold", fontSize=11.5, leading=14,
                        alignment=TA_LEFT, spaceBefore=4, spaceAfter=5)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10.5, leading=12.6)
cellh = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=10.5, leading=12.6)
res_st = ParagraphStyle("res", fontName="Times-Roman", fontSize=11, leading=13.5, spaceAfter=2)
stars_st = ParagraphStyle("stars", fontName="Times-Bold", fontSize=11.5, leading=14,
                          alignment=TA_CENTER, spaceBefore=10, spaceAfter=8)
date_st = ParagraphStyle("date", fontName="Times-Bold", fontSize=11.5, leading=14)


def mk(s):
    s = escape(s)
    s = re.sub(r"(^|[\s(])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    s = re.sub(r'"([^"]+)"', "\u201c\\1\u201d", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", s)
    return s


class Doc(BaseDocTemplate):
    total = 0


def draw_letterhead(canv):
    top = PH - 1.2 * cm
    # the roundel standing in for the State Emblem
    cx, cy = LM + 0.95 * cm, top - 1.05 * cm
    canv.setStrokeColor(colors.HexColor("#1F3A68"))
    canv.setFillColor(colors.HexColor("#1F3A68"))
    canv.setLineWidth(1.2)
    canv.circle(cx, cy, 0.85 * cm, stroke=1, fill=0)
    canv.circle(cx, cy, 0.62 * cm, stroke=1, fill=0)
    for i in range(24):
        a = 2 * math.pi * i / 24
        canv.line(cx + 0.18 * cm * math.cos(a), cy + 0.18 * cm * math.sin(a),
                  cx + 0.58 * cm * math.cos(a), cy + 0.58 * cm * math.sin(a))
    canv.circle(cx, cy, 0.16 * cm, stroke=0, fill=1)
    x = LM + 2.15 * cm
    canv.setFillColor(colors.HexColor("#1F3A68"))
    canv.setFont("Times-Bold", 13)
    canv.drawString(x, top - 0.55 * cm, "GOVERNMENT OF INDIA")
    canv.setFont("Times-Bold", 15)
    canv.drawString(x, top - 1.15 * cm, "MINISTRY OF EXTERNAL AFFAIRS")
    canv.setFont("Times-Italic", 10.5)
    canv.drawString(x, top - 1.65 * cm, "Indian Ocean Region (IOR) Division")
    canv.setFont("Times-Roman", 9)
    rx = PW - RM
    canv.drawRightString(rx, top - 0.5 * cm, "Jawaharlal Nehru Bhawan")
    canv.drawRightString(rx, top - 0.9 * cm, "23-D, Janpath, New Delhi - 110 011")
    canv.drawRightString(rx, top - 1.3 * cm, "www.mea.gov.in")
    y = top - 2.05 * cm
    canv.setStrokeColor(colors.HexColor("#1F3A68"))
    canv.setLineWidth(2.2)
    canv.line(LM, y, PW - RM, y)
    canv.setLineWidth(0.6)
    canv.line(LM, y - 3.2, PW - RM, y - 3.2)


def on_page(canv, doc):
    canv.saveState()
    if doc.page == 1:
        draw_letterhead(canv)
    canv.setFont("Times-Roman", 10)
    canv.setFillColor(colors.black)
    canv.drawCentredString(PW / 2, 1.25 * cm, "Page %d of %d" % (doc.page, Doc.total or 0))
    canv.restoreState()


def story():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("# ")]
    out, table, caption, in_res = [], None, "", False
    for line in lines:
        s = line.strip()
        if table is not None:
            if s == "@endtable":
                data = []
                for i, r in enumerate(table):
                    data.append([Paragraph(mk(c), cellh if i == 0 else cell)
                                 for c in r.split(" | ")])
                t = Table(data, colWidths=[1.3 * cm, TW - 1.3 * cm - 3.0 * cm, 3.0 * cm],
                          repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ]))
                out.append(KeepTogether([Paragraph(mk(caption) + ":", cap_st), t]))
                out.append(Spacer(1, 12))
                table = None
            elif s:
                table.append(s)
            continue
        if not s:
            continue
        if s.startswith("@title "):
            out.append(Paragraph("<u>%s</u>" % mk(s[7:]), title_st))
        elif s.startswith("@table "):
            table, caption = [], s[7:]
        elif s == "@resources":
            out.append(Paragraph("<b>Useful Resources:</b>", res_st))
            in_res = True
        elif s == "@stars":
            in_res = False
            out.append(Paragraph("*****", stars_st))
        elif s.startswith("@date "):
            out.append(Paragraph(mk(s[6:]), date_st))
        elif s.startswith("-- "):
            date, _, text = s[3:].partition(" : ")
            out.append(Paragraph("<b>%s:</b> %s" % (mk(date), mk(text)), bullet,
                                 bulletText="\u2022"))
        elif s.startswith("- "):
            out.append(Paragraph(mk(s[2:]), bullet, bulletText="\u2022"))
        elif in_res:
            out.append(Paragraph(mk(s), res_st))
        else:
            out.append(Paragraph(mk(s), body))
    return out


def layout():
    doc = Doc(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="India-Maldives Bilateral Relations", author="MEA",
              subject="Bilateral Brief", creator="Microsoft\u00ae Word 2016",
              producer="Microsoft\u00ae Word 2016", invariant=1)
    first = Frame(LM, BM, TW, PH - TM - BM - LETTERHEAD_H + 1.0 * cm, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="first")
    later = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="later")
    doc.addPageTemplates([PageTemplate(id="First", frames=[first], onPage=on_page,
                                       autoNextPageTemplate="Later"),
                          PageTemplate(id="Later", frames=[later], onPage=on_page)])
    doc.build(story())
    return doc.page


def build():
    Doc.total = 0
    n = layout()
    Doc.total = n
    layout()


if __name__ == "__main__":
    build()
