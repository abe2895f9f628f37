#!/usr/bin/python3
"""Make docs/constituent-assembly-at-work-handout.pdf from tools/constituent-assembly-at-work-handout.txt.

The PDF imitates a coaching teacher's handout typed in Microsoft Word the old way, all in
Courier New 11 pt as if on a typewriter, and saved as PDF: a centred letterhead block on page
1 (institute, paper line, handout number and title in bold), a "Faculty ... Date" line spread
across the measure and a typed rule of "=" signs; headings typed in bold capitals with their
numbers ("1. THE ASSEMBLY IN NUMBERS") and underlined; ragged-right paragraphs with a blank
line between them; "- " dash items and "(a)"/"(1)"/"(i)" items with hanging indents; a table
typed with "+---+", "|" and "-" characters (header row bold, one entry running onto a second
row); a "PRELIMS TRAPS" box typed with asterisks; "NB:" and "[Ans: (c)]" typed inline; a
running head typed in small Courier on every page after the first ("Samarth IAS -- Handout 14
..." at left, "GS-I / GS-II" at right) over a rule, and a footer on every page ("For private
circulation only" at left, "Page N of M" at right), with a bold "P.T.O." typed above it on every
page but the last; the closing "-- END OF HANDOUT 14 --" line.

Fonts: Liberation Mono (Courier New's metrics) embedded as subsets under Word's PostScript
names CourierNewPSMT and CourierNewPS-BoldMT; document info with Word as Creator and Producer.
Layout is character-based (every glyph 0.6 em wide), so lines are wrapped by character count.
Run: /usr/bin/python3 tools/make_pdf.py [OUT]  (byte-for-byte stable: reportlab invariant=1)
"""
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFNameBytes
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "constituent-assembly-at-work-handout.txt")
OUT = os.path.join(HERE, "..", "docs", "constituent-assembly-at-work-handout.pdf")
FONTDIR = "/usr/share/fonts/truetype/liberation"
for name, file in (("CourierNewPSMT", "LiberationMono-Regular.ttf"),
                   ("CourierNewPS-BoldMT", "LiberationMono-Bold.ttf")):
    f = TTFont(name, os.path.join(FONTDIR, file))
    f.face.name = TTFNameBytes(name.encode("ascii"))   # embed under Word's PostScript name
    pdfmetrics.registerFont(f)
R, B = "CourierNewPSMT", "CourierNewPS-BoldMT"

PW, PH = A4
SIZE = 11.0
CW = SIZE * 0.6                 # Courier New advance width
LM = 56.7                       # 2 cm margins left and right
COLS = 72                       # characters on a line
LEAD = 12.45                    # Word's single line spacing for Courier New 11 pt
TOP = PH - 70.9                 # first baseline (2.5 cm top margin)
BOTTOM = 82.0                   # no baseline below this
SMALL = 8.5


class Line:
    def __init__(self, text="", font=R, indent=0, align="left", underline=False, right=""):
        self.text, self.font, self.indent = text, font, indent
        self.align, self.underline, self.right = align, underline, right


def wrap(text, first, rest, width=COLS):
    """Wrap text: `first` is the prefix of the first line, later lines indented by `rest`."""
    words = text.split(" ")
    out, cur, limit = [], "", width - len(first)
    for w in words:
        cand = w if not cur else cur + " " + w
        if len(cand) <= limit:
            cur = cand
        else:
            out.append(cur)
            cur, limit = w, width - len(rest)
    out.append(cur)
    return [(first if i == 0 else rest) + l for i, l in enumerate(out)]


def typed_table(rows):
    cells = [None if r == "---" else r.split("|") for r in rows]
    ncol = max(len(c) for c in cells if c)
    width = [max(len(c[i]) for c in cells if c and i < len(c)) for i in range(ncol)]
    rule = "+" + "+".join("-" * (w + 2) for w in width) + "+"
    out = [Line(rule)]
    for n, c in enumerate(cells):
        if c is None:
            out.append(Line(rule))
            continue
        c = c + [""] * (ncol - len(c))
        text = "| " + " | ".join(v.ljust(width[i]) for i, v in enumerate(c)) + " |"
        out.append(Line(text, B if n == 0 else R))
    out.append(Line(rule))
    return out


def typed_box(paras):
    inner = COLS - 4
    out = [Line("*" * COLS)]
    for i, p in enumerate(paras):
        if i:
            out.append(Line("*" + " " * (COLS - 2) + "*"))
        for l in wrap(p, "", " " * (p.index(": ") + 2 if p.startswith("TRAP") else 0), inner):
            out.append(Line("* " + l.ljust(inner) + " *"))
    out.append(Line("*" * COLS))
    return out


ITEM = re.compile(r"^(\((?:[a-z]|[0-9]+|i{1,3}|iv|v)\) |- |Q[0-9]\. )")


def blocks_from_source():
    with open(SRC, encoding="utf-8") as f:
        src = [l for l in f.read().split("\n") if not l.startswith("%")]
    blocks = []               # (kind, [Line]) kind: "keep" (never split) / "flow" / "head"
    para = []
    i = 0

    def flush_para():
        if para:
            blocks.append(("flow", [Line(l) for l in wrap(" ".join(para), "", "")]))
            blocks.append(("gap", [Line()]))
            para.clear()

    while i < len(src):
        s = src[i]
        i += 1
        if not s.strip():
            flush_para()
            continue
        if s.startswith("@centerb ") or s.startswith("@center "):
            flush_para()
            bold = s.startswith("@centerb ")
            blocks.append(("keep", [Line(s.split(" ", 1)[1], B if bold else R, align="center")]))
        elif s.startswith("@spread "):
            left, right = s[8:].split("||")
            blocks.append(("keep", [Line(left, right=right)]))
        elif s == "@rule":
            blocks.append(("keep", [Line("=" * COLS)]))
        elif s.startswith("@endnote "):
            flush_para()
            blocks.append(("keep", [Line(s[9:], align="center")]))
        elif s.startswith("# "):
            flush_para()
            if blocks and blocks[-1][0] != "gap":
                blocks.append(("gap", [Line()]))
            blocks.append(("head", [Line(s[2:], B, underline=True)]))
        elif s in ("@table", "@box"):
            flush_para()
            body = []
            while src[i] != "@end":
                body.append(src[i])
                i += 1
            i += 1
            blocks.append(("keep", typed_table(body) if s == "@table" else typed_box(body)))
            blocks.append(("gap", [Line()]))
        elif ITEM.match(s):
            flush_para()
            m = ITEM.match(s)
            pre = m.group(1)
            indent = " " * len(pre)
            lines = wrap(s[len(pre):], pre, indent)
            blocks.append(("flow", [Line(l) for l in lines]))
            nxt = src[i] if i < len(src) else ""
            if not ITEM.match(nxt):
                blocks.append(("gap", [Line()]))
        else:
            # a paragraph line; a one-line paragraph directly followed by items or another
            # line stays on its own (typed with a hard return)
            para.append(s)
            nxt = src[i] if i < len(src) else ""
            if nxt.strip() and (ITEM.match(nxt) or not nxt.startswith("@")):
                blocks.append(("flow", [Line(l) for l in wrap(" ".join(para), "", "")]))
                para.clear()
    flush_para()
    while blocks and blocks[-1][0] == "gap":
        blocks.pop()
    return blocks


def paginate(blocks):
    pages, cur, y = [], [], TOP
    capacity = int((TOP - BOTTOM) / LEAD) + 1

    def room():
        return int(round((y - BOTTOM) / LEAD)) + 1

    for n, (kind, lines) in enumerate(blocks):
        if kind == "gap" and not cur:
            continue
        need = len(lines)
        if kind == "head":
            follow = 0
            for k2, l2 in blocks[n + 1:]:
                if k2 == "gap":
                    break
                follow += len(l2)
                if follow >= 2:
                    break
            need += min(follow, 2)
        if kind in ("keep", "head") and need > room() and need <= capacity:
            pages.append(cur)
            cur, y = [], TOP
            if kind == "gap":
                continue
        for ln in lines:
            if room() <= 0:
                pages.append(cur)
                cur, y = [], TOP
            if kind == "gap" and not cur:
                continue
            cur.append((y, ln))
            y -= LEAD
    if cur:
        pages.append(cur)
    return pages


def draw(out_path, pages):
    c = canvas.Canvas(out_path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("HANDOUT No. 14 - THE CONSTITUENT ASSEMBLY AT WORK")
    c.setAuthor("R K Menon")
    c.setCreator("Microsoft\u00ae Word 2016")
    c.setProducer("Microsoft\u00ae Word 2016")
    total = len(pages)
    for pno, lines in enumerate(pages, 1):
        if pno > 1:
            c.setFont(R, SMALL)
            c.drawString(LM, PH - 42.5,
                         "Samarth IAS -- Handout 14: The Constituent Assembly at Work")
            c.drawRightString(LM + COLS * CW, PH - 42.5, "GS-I / GS-II")
            c.setLineWidth(0.5)
            c.line(LM, PH - 46.0, LM + COLS * CW, PH - 46.0)
        for y, ln in lines:
            if not ln.text:
                continue
            c.setFont(ln.font, SIZE)
            if ln.align == "center":
                x = LM + (COLS * CW - len(ln.text) * CW) / 2.0
            else:
                x = LM + ln.indent * CW
            c.drawString(x, y, ln.text)
            if ln.right:
                c.drawRightString(LM + COLS * CW, y, ln.right)
            if ln.underline:
                c.setLineWidth(0.6)
                c.line(x, y - 1.8, x + len(ln.text) * CW, y - 1.8)
        if pno < total:
            c.setFont(B, SIZE)
            c.drawRightString(LM + COLS * CW, 58.0, "P.T.O.")
        c.setFont(R, SMALL)
        c.drawString(LM, 36.0, "For private circulation only")
        c.drawRightString(LM + COLS * CW, 36.0, "Page %d of %d" % (pno, total))
        c.showPage()
    c.save()


def build(out_path):
    draw(out_path, paginate(blocks_from_source()))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
