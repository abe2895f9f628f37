#!/usr/bin/python3
"""Make docs/rs-home-affairs-committee-police-reforms.pdf from tools/rs-home-affairs-committee-police-reforms.txt.

The PDF imitates a report of a Department-related Parliamentary Standing Committee of the Rajya
Sabha as the Secretariat publishes it: a cover page (code, PARLIAMENT OF INDIA / RAJYA SABHA, the
committee, the report's number in words, the subject, "Presented ..."/"Laid ..." lines, a wheel
emblem, the Secretariat and the month with its Saka date); a CONTENTS page with dotted leaders
and a footnote for the minutes; the COMPOSITION OF THE COMMITTEE (Chairman, RAJYA SABHA and LOK
SABHA members numbered 1 to 31, vacancies, SECRETARIAT); the INTRODUCTION with numbered paras
and a signature block; then REPORT with CHAPTER I to V (roman numerals, centred bold titles),
paragraphs numbered 1.1, 1.2 ... with hanging numbers, run-in lettered sub-headings, boxed bold
"Observation/Recommendation" paragraphs and one ruled table. A running header (the report's
short name left, the page number right, a rule below) is printed from the composition page on,
with roman numbers for the front matter and arabic numbers for the report.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py (byte-for-byte reproducible, invariant=1).
"""
import math
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, KeepTogether, Flowable)

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "rs-home-affairs-committee-police-reforms"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".pdf")

PW, PH = A4
LM = RM = 2.6 * cm
TM = 2.7 * cm
BM = 2.4 * cm
TW = PW - LM - RM

F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
body = ParagraphStyle("body", fontName=F, fontSize=12, leading=16, alignment=TA_JUSTIFY)
para = ParagraphStyle("para", parent=body, leftIndent=0, firstLineIndent=0, spaceAfter=8)
center = ParagraphStyle("center", fontName=F, fontSize=12, leading=16, alignment=TA_CENTER)
cbold = ParagraphStyle("cbold", parent=center, fontName=FB)
chap = ParagraphStyle("chap", fontName=FB, fontSize=13, leading=17, alignment=TA_CENTER,
                      spaceBefore=14, spaceAfter=2, keepWithNext=1)
chapt = ParagraphStyle("chapt", fontName=FB, fontSize=13, leading=17, alignment=TA_CENTER,
                       spaceAfter=12, keepWithNext=1)
sub = ParagraphStyle("sub", fontName=FB, fontSize=12, leading=16, spaceBefore=4, spaceAfter=6,
                     keepWithNext=1)
boxhead = ParagraphStyle("boxhead", fontName=FB, fontSize=11, leading=14, alignment=TA_LEFT,
                         textColor=colors.HexColor("#1f3864"))
boxtext = ParagraphStyle("boxtext", fontName=FB, fontSize=12, leading=16, alignment=TA_JUSTIFY)
cell = ParagraphStyle("cell", fontName=F, fontSize=10.5, leading=13)
cellh = ParagraphStyle("cellh", fontName=FB, fontSize=10.5, leading=13)
cap = ParagraphStyle("cap", fontName=FB, fontSize=11, leading=14, alignment=TA_CENTER,
                     spaceBefore=2, spaceAfter=6)
small = ParagraphStyle("small", fontName=F, fontSize=10, leading=13)
member = ParagraphStyle("member", fontName=F, fontSize=12, leading=15.5)


def mark(s):
    s = escape(s)
    s = s.replace("'", "\u2019").replace('"', "\u201d")
    s = re.sub(r"(^|[\s(])\u2019", "\\1\u2018", s)
    s = re.sub(r"(^|[\s(])\u201d", "\\1\u201c", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(\d)-(\d)", "\\1\u2013\\2", s)
    return s


def load():
    d = {"contents": [], "members": [], "intro": [], "sign": [], "blocks": []}
    with open(SRC, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, _, val = line.partition(" ")
            key = key[1:]
            if key == "contents":
                d["contents"].append(val.split("|"))
            elif key in ("member", "house", "staff"):
                d["members"].append((key, val))
            elif key == "intro":
                d["intro"].append(val)
            elif key == "sign":
                d["sign"].append(val.split("|"))
            elif key in ("chapter", "para", "sub", "box", "table", "row"):
                d["blocks"].append((key, val))
            else:
                d[key] = val
    return d


class Emblem(Flowable):
    """A plain wheel of 24 spokes standing in for the emblem on the cover."""

    def __init__(self, r=1.35 * cm):
        super().__init__()
        self.r = r
        self.width, self.height = TW, 2 * r + 6

    def draw(self):
        c = self.canv
        cx, cy = TW / 2, self.r + 3
        c.setStrokeColor(colors.HexColor("#1f3864"))
        c.setLineWidth(1.6)
        c.circle(cx, cy, self.r)
        c.setLineWidth(0.6)
        c.circle(cx, cy, self.r * 0.16)
        for k in range(24):
            a = 2 * math.pi * k / 24
            c.line(cx + self.r * 0.16 * math.cos(a), cy + self.r * 0.16 * math.sin(a),
                   cx + self.r * math.cos(a), cy + self.r * math.sin(a))


def box(num, text):
    inner = [Paragraph("Observation/Recommendation", boxhead), Spacer(1, 3),
             Paragraph("<b>%s</b>&nbsp;&nbsp;&nbsp;%s" % (num, mark(text)), boxtext)]
    t = Table([[inner]], colWidths=[TW])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f2f2")),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return [Spacer(1, 2), t, Spacer(1, 10)]


def numbered(num, text):
    t = Table([[Paragraph(num, body), Paragraph(mark(text), body)]], colWidths=[1.2 * cm, TW - 1.2 * cm])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]


class Doc(BaseDocTemplate):
    def __init__(self, path, d):
        super().__init__(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                         bottomMargin=BM, title=d["short"],
                         author="Rajya Sabha Secretariat",
                         subject=d["subject"], creator="Rajya Sabha Secretariat",
                         keywords="Police Reforms, Prakash Singh, Model Police Act, BNSS")
        self.d = d
        fr = Frame(LM, BM, TW, PH - TM - BM, id="f", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [fr], onPage=self.plain),
            PageTemplate("front", [fr], onPage=self.front),
            PageTemplate("report", [fr], onPage=self.report),
        ])
        self.front_start = None
        self.report_start = None
        self.chap_pages = {}
        self.last_page = 0

    def afterFlowable(self, fl):
        if getattr(fl, "_chap", None) and self.report_start is not None:
            self.chap_pages.setdefault(fl._chap, self.page - self.report_start + 1)
        if self.report_start is not None:
            self.last_page = self.page - self.report_start + 1

    def plain(self, c, doc):
        pass

    def header(self, c, label):
        c.saveState()
        c.setFont(FI, 9.5)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(LM, PH - 1.7 * cm, self.d["short"])
        c.drawRightString(PW - RM, PH - 1.7 * cm, label)
        c.setLineWidth(0.5)
        c.line(LM, PH - 1.85 * cm, PW - RM, PH - 1.85 * cm)
        c.restoreState()

    def front(self, c, doc):
        if self.front_start is None:
            self.front_start = doc.page
        n = doc.page - self.front_start
        self.header(c, "(%s)" % ROMAN[n])

    def report(self, c, doc):
        if self.report_start is None:
            self.report_start = doc.page
        self.header(c, "Page %d" % (doc.page - self.report_start + 1))


def build():
    d = load()
    pages = None
    for _ in range(3):
        doc = Doc(OUT, d)
        doc.build(story(d, pages))
        found = dict(doc.chap_pages, REPORT="1 - %d" % doc.last_page)
        if found == pages:
            break
        pages = found


def story(d, pages):
    st = []
    a = st.append
    # ---- cover
    a(Paragraph(d["code"], ParagraphStyle("code", fontName=FB, fontSize=10, leading=12)))
    a(Spacer(1, 1.2 * cm))
    a(Paragraph("PARLIAMENT OF INDIA", ParagraphStyle("p1", parent=cbold, fontSize=16, leading=20)))
    a(Paragraph("RAJYA SABHA", ParagraphStyle("p2", parent=cbold, fontSize=16, leading=22, spaceAfter=22)))
    a(Paragraph("DEPARTMENT-RELATED PARLIAMENTARY STANDING COMMITTEE<br/>ON HOME AFFAIRS",
                ParagraphStyle("p3", parent=cbold, fontSize=13, leading=18, spaceAfter=26)))
    a(Paragraph(d["report_no"], ParagraphStyle("p4", parent=cbold, fontSize=14, leading=18, spaceAfter=20)))
    a(Paragraph(mark(d["subject"]), ParagraphStyle("p5", parent=cbold, fontSize=13.5, leading=19,
                                                    leftIndent=20, rightIndent=20, spaceAfter=24)))
    a(Paragraph(d["presented"], ParagraphStyle("p6", parent=center, fontName=FI, fontSize=11.5)))
    a(Paragraph(d["laid"], ParagraphStyle("p7", parent=center, fontName=FI, fontSize=11.5, spaceAfter=34)))
    a(Emblem())
    a(Spacer(1, 2.2 * cm))
    a(Paragraph("Rajya Sabha Secretariat, New Delhi", ParagraphStyle("p8", parent=cbold, fontSize=12.5)))
    a(Paragraph(d["month"], ParagraphStyle("p9", parent=center, fontSize=12, spaceAfter=6)))
    a(Paragraph("Website: https://sansad.in/rs", ParagraphStyle("p10", parent=center, fontSize=10)))
    # the contents page has no running header: it uses the cover's template again
    a(NextPageTemplate("cover"))
    a(PageBreak())
    a(Paragraph("CONTENTS", ParagraphStyle("ct", parent=cbold, fontSize=13, spaceAfter=14)))
    rows = [["", "", Paragraph("<b>PAGES</b>", ParagraphStyle("r", parent=small, alignment=TA_RIGHT))]]
    for num, title, page in d["contents"]:
        indent = 0 if num else 14
        font = FB if num else F
        style = ParagraphStyle("c%d" % len(rows), fontName=font, fontSize=11.5, leading=15,
                               leftIndent=indent)
        shown = title.replace(" - ", " \u2013 ")
        room = TW - 3.2 * cm - indent - 12
        dots = " "
        while stringWidth(shown + dots + ". ", font, 11.5) < room:
            dots += ". "
        if len(dots) < 8:
            dots = ""
        if pages:
            key = title.split(" - ")[0].replace("CHAPTER ", "")
            page = pages.get(key, pages["REPORT"] if title == "REPORT" else page)
        rows.append([Paragraph(num, style), Paragraph(escape(shown) +
                                                      '<font color="#666666">%s</font>' % dots.rstrip(), style),
                     Paragraph(str(page), ParagraphStyle("pg", parent=style, alignment=TA_RIGHT))])
    t = Table(rows, colWidths=[1.0 * cm, TW - 3.2 * cm, 2.2 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    a(t)
    a(Spacer(1, 1.2 * cm))
    a(Paragraph(escape(d["contents_note"]), small))
    a(NextPageTemplate("front"))
    a(PageBreak())
    # ---- composition
    a(Paragraph("COMPOSITION OF THE COMMITTEE", ParagraphStyle("cc", parent=cbold, fontSize=13)))
    a(Paragraph(d["constituted"], ParagraphStyle("cw", parent=center, fontName=FI, fontSize=11, spaceAfter=8)))
    mrows = []
    for kind, val in d["members"]:
        if kind == "house":
            mrows.append(["", Paragraph("<b><u>%s</u></b>" % val, ParagraphStyle("h", parent=member, alignment=TA_CENTER,
                                                                             spaceBefore=4)), ""])
        elif kind == "member":
            num, name, role = val.split("|")
            mrows.append([Paragraph(num, member), Paragraph(escape(name), member),
                          Paragraph(("\u2014 " + role) if role else "", member)])
        else:
            mrows.append(["", Paragraph(escape(val), member), ""])
    mt = Table(mrows, colWidths=[1.3 * cm, 9.5 * cm, TW - 10.8 * cm])
    mt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]))
    a(mt)
    a(PageBreak())
    # ---- introduction
    a(Paragraph(d["intro_title"], ParagraphStyle("it", parent=cbold, fontSize=13, spaceAfter=12)))
    for i, p in enumerate(d["intro"]):
        st_i = ParagraphStyle("in%d" % i, parent=para, firstLineIndent=36)
        a(Paragraph(mark(p), st_i))
    a(Spacer(1, 0.6 * cm))
    srows = [[Paragraph("<b>%s</b>" % escape(l), body) if l else "",
              Paragraph(("<b>%s</b>" if i == 0 else "%s") % escape(r), ParagraphStyle("sr", parent=body, alignment=TA_CENTER))]
             for i, (l, r) in enumerate(d["sign"])]
    s = Table(srows, colWidths=[TW / 2, TW / 2])
    s.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    a(s)
    a(NextPageTemplate("report"))
    a(PageBreak())
    # ---- report
    a(Paragraph("REPORT", ParagraphStyle("rep", parent=cbold, fontSize=14, spaceAfter=6)))
    table = None
    blocks = d["blocks"] + [("end", "")]
    for kind, val in blocks:
        if table is not None and kind != "row":
            cap_text, rws = table
            data = [[Paragraph(mark(x), cellh if j == 0 else cell) for x in r] for j, r in enumerate(rws)]
            tb = Table(data, colWidths=[2.0 * cm, 5.6 * cm, TW - 7.6 * cm], repeatRows=1)
            tb.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            a(KeepTogether([Paragraph(mark(cap_text), cap), tb, Spacer(1, 10)]))
            table = None
        if kind == "chapter":
            num, title = val.split("|")
            ch = Paragraph("CHAPTER \u2013 %s" % num, chap)
            ch._chap = num
            a(ch)
            a(Paragraph(escape(title), chapt))
        elif kind == "sub":
            a(Paragraph(escape(val), sub))
        elif kind == "para":
            num, text = val.split("|", 1)
            a(numbered(num, text))
        elif kind == "box":
            num, text = val.split("|", 1)
            a(KeepTogether(box(num, text)))
        elif kind == "table":
            table = (val, [])
        elif kind == "row":
            table[1].append(val.split("|"))
    return st


if __name__ == "__main__":
    build()
