#!/usr/bin/python3
"""Make docs/emergency-provisions-sectional-test-14.pdf from tools/emergency-provisions-sectional-test-14.txt.

The PDF imitates a coaching institute's Prelims mock test booklet as it is mailed to students:
  - a cover page: institute name, test series, test number, paper and topic, a framed
    "DO NOT OPEN THIS TEST BOOKLET UNTIL YOU ARE ASKED TO DO SO" line, a details grid (booklet
    series, test code, date, time allowed, maximum marks), Roll Number boxes and a candidate-name
    line, numbered INSTRUCTIONS, and an address / "private circulation" line at the foot;
  - question pages with a running head (institute left, test code right, rule below) and a
    "Page n of N" foot; shaded section bars ("SECTION A: ..."); each item a hanging "Q.n" label
    with the stem, numbered statements indented, the "Which of the statements ..." line, and
    options (a)-(d) set in two columns ((a) beside (b), (c) beside (d)), or stacked one under
    another when they are long;
  - a "SPACE FOR ROUGH WORK" page;
  - the ANSWER KEY: a grid of the twenty answers, then "Q.n  Ans. (x)" with a short explanation.

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
from reportlab.lib.units import cm, mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, KeepTogether,
                                CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "emergency-provisions-sectional-test-14.txt")
OUT = os.path.join(HERE, "..", "docs", "emergency-provisions-sectional-test-14.pdf")

PW, PH = A4
LM = RM = 2.0 * cm
TM = 2.4 * cm
BM = 2.0 * cm
TW = PW - LM - RM

st = {}
st["inst"] = ParagraphStyle("inst", fontName="Helvetica-Bold", fontSize=22, leading=26,
                            alignment=TA_CENTER, spaceAfter=4)
st["series"] = ParagraphStyle("series", fontName="Helvetica", fontSize=13, leading=16,
                              alignment=TA_CENTER, spaceAfter=10)
st["test"] = ParagraphStyle("test", fontName="Helvetica-Bold", fontSize=17, leading=21,
                            alignment=TA_CENTER, spaceAfter=4)
st["paper"] = ParagraphStyle("paper", fontName="Helvetica-Bold", fontSize=12, leading=15,
                             alignment=TA_CENTER, spaceAfter=3)
st["topic"] = ParagraphStyle("topic", fontName="Helvetica-Oblique", fontSize=11, leading=14,
                             alignment=TA_CENTER, spaceAfter=12)
st["warn"] = ParagraphStyle("warn", fontName="Helvetica-Bold", fontSize=11, leading=14,
                            alignment=TA_CENTER)
st["cell"] = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
st["cellb"] = ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9.5, leading=12)
st["ihead"] = ParagraphStyle("ihead", fontName="Helvetica-Bold", fontSize=12, leading=15,
                             alignment=TA_CENTER, spaceBefore=10, spaceAfter=6)
st["instr"] = ParagraphStyle("instr", fontName="Times-Roman", fontSize=10.5, leading=13.5,
                             alignment=TA_JUSTIFY, leftIndent=18, bulletIndent=2, spaceAfter=3)
st["sec"] = ParagraphStyle("sec", fontName="Helvetica-Bold", fontSize=10, leading=13,
                           textColor=colors.white)
st["stem"] = ParagraphStyle("stem", fontName="Times-Roman", fontSize=10.5, leading=13.2,
                            alignment=TA_LEFT)
st["stmt"] = ParagraphStyle("stmt", parent=st["stem"], leftIndent=16, firstLineIndent=-12,
                            spaceBefore=1)
st["opt"] = ParagraphStyle("opt", parent=st["stem"], leftIndent=17, firstLineIndent=-17)
st["qlab"] = ParagraphStyle("qlab", fontName="Times-Bold", fontSize=10.5, leading=13.2)
st["rough"] = ParagraphStyle("rough", fontName="Helvetica-Bold", fontSize=12, leading=15,
                             alignment=TA_CENTER, textColor=colors.HexColor("#777777"))
st["khead"] = ParagraphStyle("khead", fontName="Helvetica-Bold", fontSize=14, leading=18,
                             alignment=TA_CENTER, spaceAfter=8)
st["exp"] = ParagraphStyle("exp", fontName="Times-Roman", fontSize=10, leading=12.6,
                           alignment=TA_JUSTIFY, leftIndent=78, firstLineIndent=-78,
                           spaceAfter=5)


def tx(s):
    s = escape(s)
    s = re.sub(r'"([^"]+)"', "\u201c\\1\u201d", s)
    s = s.replace("'", "\u2019")
    s = re.sub(r"(\d)-(\d)", "\\1\u2013\\2", s)
    return s


def parse(path):
    meta, instr, items, keys, exps = {}, [], [], {}, {}
    cur = None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        elif line.startswith("! "):
            instr.append(line[2:])
        elif line.startswith("== "):
            items.append(("sec", line[3:]))
        elif line.startswith("Q "):
            cur = {"stem": line[2:], "stmts": [], "ask": None, "opts": None, "stack": False}
            items.append(("q", cur))
        elif line.startswith("  "):
            cur["stmts"].append(line.strip())
        elif line.startswith("(a)"):
            cur["stack"] = line.startswith("(a)||")
            line = line.replace("(a)||", "(a)", 1)
            cur["opts"] = [o.strip() for o in line.split(" | ")]
        elif line.startswith("KEY "):
            _, n, a = line.split()
            keys[int(n)] = a
        elif line.startswith("EXP "):
            _, n, t = line.split(" ", 2)
            exps[int(n)] = t
        else:
            cur["ask"] = line
    return meta, instr, items, keys, exps


def opt_par(o):
    m = re.match(r"(\([a-d]\))\s+(.*)", o)
    return Paragraph("%s&nbsp;&nbsp;%s" % (m.group(1), tx(m.group(2))), st["opt"])


def question(n, q):
    inner = [Paragraph(tx(q["stem"]), st["stem"])]
    for s_ in q["stmts"]:
        m = re.match(r"(\d+\.|Statement-I+:)\s+(.*)", s_)
        if m.group(1).startswith("Statement"):
            inner.append(Paragraph("<b>%s</b> %s" % (m.group(1), tx(m.group(2))),
                                   ParagraphStyle("s2", parent=st["stmt"], leftIndent=8,
                                                  firstLineIndent=0, spaceBefore=2)))
        else:
            inner.append(Paragraph("%s&nbsp;&nbsp;%s" % (m.group(1), tx(m.group(2))), st["stmt"]))
    if q["ask"]:
        inner.append(Spacer(1, 2))
        inner.append(Paragraph(tx(q["ask"]), st["stem"]))
    inner.append(Spacer(1, 3))
    ow = TW - 1.3 * cm
    if q["stack"]:
        rows = [[opt_par(o)] for o in q["opts"]]
        ot = Table(rows, colWidths=[ow])
    else:
        o = q["opts"]
        rows = [[opt_par(o[0]), opt_par(o[1])], [opt_par(o[2]), opt_par(o[3])]]
        ot = Table(rows, colWidths=[ow / 2.0, ow / 2.0])
    ot.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    inner.append(ot)
    t = Table([[Paragraph("Q.%d" % n, st["qlab"]), inner]], colWidths=[1.3 * cm, TW - 1.3 * cm])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([t, Spacer(1, 9)])


def section_bar(text):
    t = Table([[Paragraph(tx(text), st["sec"])]], colWidths=[TW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#3b3b3b")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [CondPageBreak(4 * cm), t, Spacer(1, 8)]


class NumberedCanvas(rl_canvas.Canvas):
    """Holds the pages back so that the foot can say "Page n of N"."""

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
            self.draw_furniture(total)
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)

    def draw_furniture(self, total):
        n = self._pageNumber
        self.saveState()
        if n > 1:
            self.setFont("Helvetica-Bold", 8.5)
            self.drawString(LM, PH - 1.45 * cm, "PRAGATI IAS ACADEMY")
            self.setFont("Helvetica", 8.5)
            self.drawRightString(PW - RM, PH - 1.45 * cm, "PTS 2026 | ST-14 | Series A")
            self.setLineWidth(0.6)
            self.line(LM, PH - 1.62 * cm, PW - RM, PH - 1.62 * cm)
            self.setFont("Helvetica", 8.5)
            self.drawCentredString(PW / 2.0, 1.15 * cm, "Page %d of %d" % (n, total))
        else:
            self.setLineWidth(1.6)
            self.rect(1.2 * cm, 1.2 * cm, PW - 2.4 * cm, PH - 2.4 * cm)
            self.setLineWidth(0.5)
            self.rect(1.35 * cm, 1.35 * cm, PW - 2.7 * cm, PH - 2.7 * cm)
        self.restoreState()


def build():
    meta, instr, items, keys, exps = parse(SRC)
    story = []
    # ---- cover
    story += [Spacer(1, 0.6 * cm), Paragraph(tx(meta["institute"]), st["inst"]),
              Paragraph(tx(meta["series"]), st["series"]),
              Paragraph(tx(meta["test"]), st["test"]),
              Paragraph(tx(meta["paper"]).replace("  -  ", " \u2013 "), st["paper"]),
              Paragraph(tx(meta["topic"]), st["topic"])]
    warn = Table([[Paragraph("DO NOT OPEN THIS TEST BOOKLET UNTIL YOU ARE ASKED TO DO SO",
                             st["warn"])]], colWidths=[TW - 2 * cm])
    warn.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                              ("TOPPADDING", (0, 0), (-1, -1), 6),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    story += [warn, Spacer(1, 12)]
    c, b = st["cell"], st["cellb"]
    grid = Table([[Paragraph("Test Booklet Series", b), Paragraph(meta["booklet"], c),
                   Paragraph("Test Code", b), Paragraph(meta["code"], c)],
                  [Paragraph("Date", b), Paragraph(meta["date"], c),
                   Paragraph("Time Allowed", b), Paragraph(meta["time"], c)],
                  [Paragraph("Maximum Marks", b), Paragraph(meta["marks"], c),
                   Paragraph("Items", b), Paragraph("20", c)]],
                 colWidths=[3.6 * cm, 4.4 * cm, 3.2 * cm, 3.8 * cm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6e6e6")),
                              ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#e6e6e6")),
                              ("TOPPADDING", (0, 0), (-1, -1), 4),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [grid, Spacer(1, 12)]
    roll = Table([[Paragraph("Roll No.", b)] + [""] * 8 +
                  [Paragraph("Name of Candidate:", b), ""]],
                 colWidths=[1.6 * cm] + [0.62 * cm] * 8 + [3.2 * cm, 5.1 * cm],
                 rowHeights=[0.75 * cm])
    roll.setStyle(TableStyle([("BOX", (i, 0), (i, 0), 0.8, colors.black) for i in range(1, 9)] +
                             [("LINEBELOW", (10, 0), (10, 0), 0.6, colors.black),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [roll, Paragraph("INSTRUCTIONS", st["ihead"])]
    for i, t in enumerate(instr, 1):
        story.append(Paragraph(tx(t), st["instr"], bulletText="%d." % i))
    story += [Spacer(1, 1.2 * cm),
              Paragraph(tx(meta["address"]).replace("  |  ", " \u00b7 "),
                        ParagraphStyle("addr", fontName="Helvetica", fontSize=8.5, leading=11,
                                       alignment=TA_CENTER, textColor=colors.HexColor("#444444"))),
              NextPageTemplate("body"), PageBreak()]
    # ---- questions
    n = 0
    for kind, val in items:
        if kind == "sec":
            story += section_bar(val)
        else:
            n += 1
            story.append(question(n, val))
    story += [PageBreak(), Spacer(1, 9 * cm), Paragraph("SPACE FOR ROUGH WORK", st["rough"]),
              PageBreak()]
    # ---- answer key
    story.append(Paragraph("ANSWER KEY AND EXPLANATIONS", st["khead"]))
    rows = []
    for start in (1, 11):
        rows.append([Paragraph("Q.No.", b)] + [Paragraph(str(i), c) for i in range(start, start + 10)])
        rows.append([Paragraph("Ans.", b)] + [Paragraph("(%s)" % keys[i], c)
                                               for i in range(start, start + 10)])
    kt = Table(rows, colWidths=[1.5 * cm] + [(TW - 1.5 * cm) / 10.0] * 10)
    kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                            ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#e6e6e6")),
                            ("TOPPADDING", (0, 0), (-1, -1), 2),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story += [kt, Spacer(1, 12)]
    for i in range(1, n + 1):
        story.append(Paragraph("<b>Q.%d&nbsp;&nbsp;Ans. (%s)</b>&nbsp;&nbsp;&nbsp;&nbsp;%s"
                               % (i, keys[i], tx(exps[i])), st["exp"]))
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="PTS 2026 Sectional Test 14 - Emergency Provisions",
                          author="Pragati IAS Academy", subject="Prelims Test Series 2026",
                          creator="PTS 2026 Test Series Cell")
    cover = Frame(LM, BM, TW, PH - TM - BM + 0.6 * cm, id="cover")
    body = Frame(LM, BM, TW, PH - TM - BM, id="body")
    doc.addPageTemplates([PageTemplate(id="cover", frames=[cover]),
                          PageTemplate(id="body", frames=[body])])
    doc.build(story, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    build()
