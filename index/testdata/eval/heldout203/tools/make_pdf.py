#!/usr/bin/python3
"""Make docs/cji-office-rti-judgment.pdf from tools/cji-office-rti-judgment.txt.

The PDF imitates a law-report print of a Supreme Court judgment, as a student saves it from a
reporter's site: a royal-octavo page in Times, a running head (the page number on the outer side; the
citation on even pages, the short cause title on odd ones; a rule below), a headnote (cause title, case
numbers, date, bench, catchword paragraphs, "Held:" with numbered holdings, a Case Law Reference
list, the appellate-jurisdiction and counsel lines), then the judgment's numbered paragraphs under
lettered headings, and a reporter's note at the end. Every fifth line of a page carries a line
number in the left margin, counted afresh on each page. A small italic footer line sits at the
foot of every page.

The layout is done here line by line with the canvas (so the margin numbers match the lines):
words are measured with the standard Type 1 metrics, lines are justified by spreading the word
gaps (never more than a few points; a line that would need more is left ragged), and a heading is
never left as the last line of a page.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cji-office-rti-judgment.txt")
OUT = os.path.join(HERE, "..", "docs", "cji-office-rti-judgment.pdf")
if len(sys.argv) > 1:  # check.py writes a fresh copy elsewhere to compare
    OUT = sys.argv[1]

MM = 72 / 25.4
PW, PH = 170 * MM, 245 * MM
LM, RM = 64.0, 44.0
TW = PW - LM - RM
TOP = PH - 64.0
BOTTOM = 58.0
CITE = "(2020) 5 SCC 481"
SHORT = "CPIO, SUPREME COURT OF INDIA v. SUBHASH CHANDRA AGARWAL"
FOOT = ("Abridged extract for GS-2 case-study reading \u2013 not the authoritative text of the "
        "judgment")

FONTS = {(False, False): "Times-Roman", (True, False): "Times-Bold",
         (False, True): "Times-Italic", (True, True): "Times-BoldItalic"}

# kind: (size, leading, first indent, left indent, align, space before, space after, base bold,
#        base italic)
STYLE = {
    "title": (11.5, 14.5, 0, 0, "C", 0, 0, True, False),
    "center": (9.5, 12, 0, 0, "C", 3, 0, False, False),
    "centerb": (9.5, 12, 0, 0, "C", 3, 0, True, False),
    "catch": (9.5, 11.8, 14, 0, "J", 4, 0, False, False),
    "held": (9.5, 11.8, 0, 0, "L", 5, 0, True, False),
    "item": (9.5, 11.8, 0, 20, "J", 1, 0, False, False),
    "nitem": (10.2, 12.8, 0, 24, "J", 3, 0, False, False),
    "label": (10, 13, 0, 0, "C", 8, 2, True, False),
    "case": (9.5, 11.8, 0, 14, "L", 0, 0, False, False),
    "small": (9.5, 11.8, 14, 0, "J", 2, 0, False, False),
    "by": (10.2, 12.8, 14, 0, "J", 6, 0, False, False),
    "note": (9.5, 11.8, 0, 0, "J", 5, 0, False, True),
    "h": (10.5, 13, 0, 0, "L", 8, 1, True, False),
    "p": (10.5, 13, 16, 0, "J", 2, 0, False, False),
}


def typeset(s):
    """Source punctuation to the characters a printed report uses."""
    s = s.replace("---", "\u2014").replace("--", "\u2013")
    out, open_q = [], True
    for ch in s:
        if ch == '"':
            out.append("\u201c" if open_q else "\u201d")
            open_q = not open_q
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


def runs(text, bold=False, italic=False):
    """Split **bold** / *italic* markup into (text, bold, italic) runs."""
    out = []
    for tok in re.split(r"(\*\*|\*)", typeset(text)):
        if tok == "**":
            bold = not bold
        elif tok == "*":
            italic = not italic
        elif tok:
            out.append((tok, bold, italic))
    return out


def words(rs):
    """Runs to words; a word is a list of (text, font) pieces."""
    ws, cur = [], []
    for text, b, i in rs:
        font = FONTS[(b, i)]
        parts = text.split(" ")
        for k, part in enumerate(parts):
            if k > 0:
                if cur:
                    ws.append(cur)
                cur = []
            if part:
                cur.append((part, font))
    if cur:
        ws.append(cur)
    return ws


def wwidth(word, size):
    return sum(stringWidth(t, f, size) for t, f in word)


class Layout:
    def __init__(self, c):
        self.c = c
        self.page = 0
        self.y = None
        self.lines = 0
        self.new_page()

    def new_page(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = TOP
        self.lines = 0
        c = self.c
        c.setFont("Times-Roman", 8.5)
        if self.page == 1:
            c.drawString(LM, PH - 40, "SUPREME COURT OF INDIA")
            c.drawRightString(PW - RM, PH - 40, CITE)
        elif self.page % 2 == 0:
            c.drawString(LM, PH - 40, str(self.page))
            c.drawCentredString(LM + TW / 2, PH - 40, "SUPREME COURT OF INDIA")
            c.drawRightString(PW - RM, PH - 40, CITE)
        else:
            c.drawString(LM, PH - 40, SHORT)
            c.drawRightString(PW - RM, PH - 40, str(self.page))
        c.setLineWidth(0.5)
        c.line(LM, PH - 45, PW - RM, PH - 45)
        c.setFont("Times-Italic", 7.5)
        c.drawCentredString(LM + TW / 2, 32, FOOT)

    def room(self, leading, n=1):
        return self.y - leading * n >= BOTTOM

    def next_line(self, leading):
        if not self.room(leading):
            self.new_page()
        self.y -= leading
        self.lines += 1
        if self.lines % 5 == 0:
            self.c.setFont("Times-Roman", 7.5)
            self.c.drawRightString(LM - 22, self.y, str(self.lines))
        return self.y

    def space(self, pts):
        if self.y != TOP:
            self.y -= pts

    def draw_words(self, ws, x, y, size, gap_extra=0.0):
        c = self.c
        for k, word in enumerate(ws):
            for t, f in word:
                c.setFont(f, size)
                c.drawString(x, y, t)
                x += stringWidth(t, f, size)
            if k < len(ws) - 1:
                x += stringWidth(" ", word[-1][1], size) + gap_extra

    def para(self, kind, text, lead_text=None, keep=0):
        size, leading, first, left, align, before, after, b, i = STYLE[kind]
        self.space(before)
        ws = words(runs(text, b, i))
        lead = words(runs(lead_text, True, False)) if lead_text else []
        sp = stringWidth(" ", "Times-Roman", size)
        inline = wwidth(lead[0], size) + sp if (lead and kind == "p") else 0.0
        lines, cur, curw = [], [], 0.0
        width = TW - left - first - inline
        for w in ws:
            ww = wwidth(w, size)
            if cur and curw + sp + ww > width:
                lines.append((cur, width))
                cur, curw, width = [], 0.0, TW - left
            curw = curw + (sp if cur else 0) + ww
            cur.append(w)
        if cur:
            lines.append((cur, width))
        if keep and not self.room(leading, 1 + keep):
            self.new_page()
        for n, (ln, width) in enumerate(lines):
            y = self.next_line(leading)
            x = LM + left + (first if n == 0 else 0)
            if n == 0 and lead:
                if kind == "p":
                    self.draw_words(lead, x, y, size)
                    x += inline
                else:
                    self.draw_words(lead, LM + left - (24 if kind == "nitem" else 20) + 6, y, size)
            natural = sum(wwidth(w, size) for w in ln) + sp * (len(ln) - 1)
            extra = 0.0
            if align == "J" and n < len(lines) - 1 and len(ln) > 1:
                extra = (width - natural) / (len(ln) - 1)
                if extra > 3.2 or extra < 0:
                    extra = 0.0
            if align == "C":
                x = LM + (TW - natural) / 2
            self.draw_words(ln, x, y, size, extra)
        self.y -= after

    def case_line(self, text, right):
        size, leading, first, left, align, before, after, b, i = STYLE["case"]
        y = self.next_line(leading)
        self.draw_words(words(runs(text)), LM + left, y, size)
        self.c.setFont("Times-Roman", size)
        self.c.drawRightString(PW - RM, y, right)

    def rule(self):
        self.space(6)
        self.y -= 4
        self.c.setLineWidth(0.4)
        self.c.line(LM + TW / 2 - 40, self.y, LM + TW / 2 + 40, self.y)


def main():
    blocks = []
    with open(SRC, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.startswith("@"):
                continue
            kind, _, rest = line[1:].partition(" ")
            blocks.append((kind, rest))
    c = canvas.Canvas(OUT, pagesize=(PW, PH), invariant=1)
    c.setTitle("CPIO, Supreme Court of India v. Subhash Chandra Agarwal (2020) 5 SCC 481 - extract")
    c.setAuthor("GS-2 case-study reader")
    c.setSubject("Right to Information Act, 2005 - office of the CJI")
    c.setCreator("law report print")
    lay = Layout(c)
    in_note = False
    for kind, rest in blocks:
        if kind == "top":
            continue
        if kind == "title":
            lay.para("title", rest)
        elif kind in ("center", "centerb", "catch", "small", "by", "note", "label"):
            lay.para(kind, rest, keep=1 if kind == "label" else 0)
        elif kind == "held":
            lay.para("held", rest, keep=1)
        elif kind == "item":
            num, text = rest.split("|", 1)
            lay.para("nitem" if in_note else "item", text, lead_text=num)
        elif kind == "case":
            text, right = rest.split("|", 1)
            lay.case_line(text, right)
        elif kind == "h":
            if rest.startswith("Reporter"):
                in_note = True
            lay.para("h", rest, keep=2)
        elif kind == "p":
            num, text = rest.split("|", 1)
            lay.para("p", text, lead_text=num)
        elif kind == "rule":
            lay.rule()
        else:
            raise SystemExit("unknown block @%s" % kind)
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
