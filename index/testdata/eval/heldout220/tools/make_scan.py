#!/usr/bin/python3
"""Make docs/gs2-test-14-evaluated-copy-scan.pdf from tools/gs2-test-14-evaluated-copy-scan.txt.

Run from anywhere: /usr/bin/python3 tools/make_scan.py [OUTPUT]
(OUTPUT defaults to the file in docs/). Uses reportlab (invariant=1) and the Pillow that reportlab
depends on, with the URW fonts of the system (Nimbus Sans for print, Z003 for the two hands);
the same bytes on every run.

The PDF imitates an evaluated answer booklet of a coaching institute, scanned on the office
copier in colour and made searchable by the copier's OCR:
  - one A4 page per booklet page, each a colour JPEG (DCTDecode) of the whole page scanned at
    150 dpi and saved at 120 dpi: off-white paper with light noise, a grey band where the page
    edge met the scanner glass, each page turned by a fraction of a degree, a staple on the cover;
  - the cover: the institute's printed form (name, centres, programme, "ANSWER BOOKLET" in a box,
    test line, fields filled in by hand in blue, instructions, the evaluator's marks table filled
    in red, a box of the evaluator's remarks in a red hand, code and date, a red "CHECKED" stamp);
  - answer pages: the printed header strip and page number, a ruled writing area with a double
    margin line and "Do not write in this margin" printed up the margin; the printed question in a
    box (bold label, question, word limit and marks); the candidate's answer in a blue hand
    (every word set on its own slant and baseline), underlined headings, hanging labels, a
    hand-drawn flowchart of boxes and arrows, a "contd." note, the blank rest of a page struck
    off with a diagonal; the evaluator's red ticks, margin notes, a circled score and a closing
    remark;
  - a printed synopsis page (title lines, bold headings, bulleted points);
  - over each image the OCR text layer: every word drawn as invisible text (text render mode 3)
    in Helvetica, stretched (Tz) to the word's width, each line at one height. The text printed
    up the margin is not in the layer (the OCR skipped it), the flowchart's boxes are read one
    after another on one line with "->" for the arrows, hanging bullets drawn as dots are read as
    "*", and the misreadings written {shown|ocr} in the source are in the layer only.
"""
import io
import math
import os
import random
import re
import sys

from PIL import Image, ImageChops, ImageDraw, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
rl_config.useA85 = 0
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gs2-test-14-evaluated-copy-scan.txt")
OUT = os.path.join(HERE, "..", "docs", "gs2-test-14-evaluated-copy-scan.pdf")

DPI, SAVE_DPI = 150, 120
PW, PH = 1240, 1754
ANGLES = [0.28, -0.35, 0.22, -0.18, 0.31]
FONTDIR = "/usr/share/fonts/opentype/urw-base35"
FACES = {"r": "NimbusSans-Regular.otf", "b": "NimbusSans-Bold.otf", "i": "NimbusSans-Italic.otf",
         "h": "Z003-MediumItalic.otf"}
PRINT = (28, 28, 30)
BLUE = (22, 48, 150)
RED = (200, 30, 36)
RULE = (168, 190, 222)
MARGIN = (222, 120, 120)
LS = 47                       # ruled line spacing, px
RULE_TOP, RULE_BOTTOM = 300, 1640
MX = 182                      # margin line (writing starts right of it)
TEXT_X, TEXT_R = 200, 1175
HAND = 35                     # handwriting size, px
_fonts = {}


def font(face, size):
    key = (face, size)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(os.path.join(FONTDIR, FACES[face]), size)
    return _fonts[key]


def split_ocr(text):
    """'a {b|c} d' -> list of (shown, ocr) words."""
    out = []
    for raw in text.split():
        m = re.fullmatch(r"(.*)\{([^|}]*)\|([^}]*)\}(.*)", raw)
        if m:
            out.append((m.group(1) + m.group(2) + m.group(4), m.group(1) + m.group(3) + m.group(4)))
        else:
            out.append((raw, raw))
    return out


class Page:
    def __init__(self, kind, num):
        self.kind, self.num = kind, num
        self.img = Image.new("RGB", (PW, PH), (255, 255, 255))
        self.draw = ImageDraw.Draw(self.img)
        self.words = []        # (x, base, ocr, size, width)
        self.line = 0          # next ruled line to write on
        self.rnd = random.Random(7100 + num)

    # -- printed text -------------------------------------------------------------------
    def printed(self, x, base, text, face="r", size=24, fill=PRINT, ocr=True):
        f = font(face, size)
        sp = f.getlength(" ")
        cx = x
        for shown, o in split_ocr(text):
            self.draw.text((cx, base), shown, font=f, fill=fill, anchor="ls")
            w = f.getlength(shown)
            if ocr:
                self.words.append((cx, base, o, size, w))
            cx += w + sp
        return cx - sp - x

    def printed_wrap(self, x, base, text, width, face="r", size=24, lead=31, fill=PRINT):
        f = font(face, size)
        lines, cur = [], []
        for wd in text.split():
            trial = " ".join(s for s, _ in split_ocr(" ".join(cur + [wd])))
            if cur and f.getlength(trial) > width:
                lines.append(" ".join(cur))
                cur = []
            cur.append(wd)
        if cur:
            lines.append(" ".join(cur))
        for i, ln in enumerate(lines):
            self.printed(x, base + i * lead, ln, face, size, fill)
        return len(lines)

    # -- handwriting --------------------------------------------------------------------
    def hand_word(self, x, base, shown, color, size, slant):
        f = font("h", size)
        w = f.getlength(shown)
        asc, desc = f.getmetrics()
        pad = 12
        mask = Image.new("L", (int(w) + 2 * pad, asc + desc + 2 * pad), 0)
        ImageDraw.Draw(mask).text((pad, pad + asc), shown, font=f, fill=255, anchor="ls")
        mask = mask.rotate(slant, resample=Image.BICUBIC)
        dens = self.rnd.randrange(205, 246)
        mask = mask.point(lambda v, d=dens: v * d // 255)
        ink = Image.new("RGB", mask.size, color)
        self.img.paste(ink, (int(round(x)) - pad, int(round(base)) - asc - pad), mask)
        return w

    def hand(self, x, base, text, color=BLUE, size=HAND, ocr=True, drift=2.2):
        """Write one line by hand starting at x on baseline `base`; returns the end x."""
        cx = x
        for shown, o in split_ocr(text):
            s = size + self.rnd.choice((-1, 0, 0, 1))
            dy = self.rnd.uniform(-drift, drift)
            slant = self.rnd.uniform(-1.6, 1.6)
            w = self.hand_word(cx, base + dy, shown, color, s, slant)
            if ocr:
                self.words.append((cx, base, o, size, w))
            cx += w + font("h", size).getlength(" ") * self.rnd.uniform(1.0, 1.55)
        return cx

    def hand_lines(self, text, x0, x1, size=HAND):
        """Wrap handwriting to the width x1 - x0; returns the lines as source strings."""
        f = font("h", size)
        sp = f.getlength(" ") * 1.3
        lines, cur, w = [], [], 0
        for raw in text.split():
            shown = split_ocr(raw)[0][0]
            ww = f.getlength(shown)
            if cur and w + sp + ww > x1 - x0:
                lines.append(" ".join(cur))
                cur, w = [], 0
            w += (sp if cur else 0) + ww
            cur.append(raw)
        if cur:
            lines.append(" ".join(cur))
        return lines

    def base_of(self, line):
        return RULE_TOP + line * LS - 8


def squiggle(draw, x0, x1, y, rnd, color, width=3):
    pts, x = [], x0
    while x < x1:
        pts.append((x, y + rnd.uniform(-1.8, 1.8)))
        x += rnd.uniform(18, 30)
    pts.append((x1, y + rnd.uniform(-1.5, 1.5)))
    draw.line(pts, fill=color, width=width, joint="curve")


def tick(draw, x, y, color=RED):
    draw.line([(x, y - 6), (x + 9, y + 6), (x + 30, y - 24)], fill=color, width=4, joint="curve")


class Booklet:
    def __init__(self):
        self.pages = []

    def new_page(self, kind):
        p = Page(kind, len(self.pages) + 1)
        self.pages.append(p)
        if kind == "answer":
            self.rule(p)
        return p

    def rule(self, p):
        d = p.draw
        p.printed(60, 70, "SANKALP IAS | MAWP 2025 | Test 14 | GS Paper II", "r", 19, (90, 90, 95))
        w = font("r", 19).getlength("Answer Booklet")
        p.printed(PW - 60 - w, 70, "Answer Booklet", "r", 19, (90, 90, 95))
        d.line([(60, 84), (PW - 60, 84)], fill=(120, 120, 125), width=2)
        for i in range(int((RULE_BOTTOM - RULE_TOP) / LS) + 1):
            y = RULE_TOP + i * LS
            d.line([(60, y), (PW - 60, y)], fill=RULE, width=1)
        d.line([(MX - 6, RULE_TOP - LS), (MX - 6, RULE_BOTTOM)], fill=MARGIN, width=2)
        d.line([(MX, RULE_TOP - LS), (MX, RULE_BOTTOM)], fill=MARGIN, width=2)
        # printed up the margin; the OCR did not read it
        f = font("i", 18)
        label = "Do not write in this margin"
        tw = int(f.getlength(label)) + 8
        tmp = Image.new("L", (tw, 30), 0)
        ImageDraw.Draw(tmp).text((4, 22), label, font=f, fill=255, anchor="ls")
        tmp = tmp.rotate(90, expand=True)
        p.img.paste(Image.new("RGB", tmp.size, (140, 140, 145)), (30, 900 - tw // 2), tmp)
        s = str(p.num)
        p.printed((PW - font("r", 21).getlength(s)) / 2, 1700, s, "r", 21, (90, 90, 95))

    # -- cover ------------------------------------------------------------------------------
    def cover(self, items):
        p = self.new_page("cover")
        d = p.draw
        y = 150
        fields, marks, remarks = [], [], []
        for key, val in items:
            if key == "INST":
                w = font("b", 52).getlength(val)
                p.printed((PW - w) / 2, y, val, "b", 52)
                y += 42
            elif key == "ADDR":
                w = font("r", 22).getlength(val)
                p.printed((PW - w) / 2, y, val, "r", 22)
                y += 22
                d.line([(90, y), (PW - 90, y)], fill=PRINT, width=4)
                y += 62
            elif key == "PROG":
                w = font("b", 30).getlength(val)
                p.printed((PW - w) / 2, y, val, "b", 30)
                y += 70
            elif key == "BOOK":
                w = font("b", 40).getlength(val)
                d.rectangle([((PW - w) / 2 - 30, y - 52), ((PW + w) / 2 + 30, y + 18)], outline=PRINT, width=3)
                p.printed((PW - w) / 2, y, val, "b", 40)
                y += 76
            elif key == "TEST":
                w = font("r", 26).getlength(val)
                p.printed((PW - w) / 2, y, val, "r", 26)
                y += 76
            elif key == "FIELD":
                label, value = val.split("|")
                p.printed(110, y, label + ":", "b", 25)
                lx = 110 + font("b", 25).getlength(label + ":") + 16
                d.line([(lx, y + 8), (PW - 110, y + 8)], fill=(110, 110, 115), width=1)
                p.hand(lx + 20, y - 2, value, BLUE, 36)
                y += 62
            elif key == "TIME":
                a, b = val.split("|")
                p.printed(110, y + 8, a, "b", 24)
                p.printed(PW - 110 - font("b", 24).getlength(b), y + 8, b, "b", 24)
                y += 70
            elif key == "INSTR-HEAD":
                p.printed(110, y, val, "b", 25)
                y += 38
            elif key == "INSTR":
                n, text = val.split("|")
                p.printed(120, y, n, "r", 22)
                k = p.printed_wrap(160, y, text, PW - 270, "r", 22, 29)
                y += 29 * k + 6
            elif key == "EVAL-HEAD":
                y += 40
                w = font("b", 25).getlength(val)
                d.rectangle([(100, y - 36), (PW - 100, y + 14)], fill=(232, 232, 234))
                p.printed((PW - w) / 2, y, val, "b", 25)
                y += 16
            elif key == "MARKS":
                marks.append(val.split("|"))
            elif key == "REMARKS-HEAD":
                y = self.marks_table(p, marks, y)
                y += 60
                p.printed(110, y, val, "b", 24)
                y += 20
                box_top = y
            elif key == "REMARK":
                remarks.append(val)
            elif key == "SIGN":
                box_h = 30 + 50 * len(remarks)
                d.rectangle([(100, box_top), (PW - 100, box_top + box_h)], outline=PRINT, width=2)
                yy = box_top + 48
                for r in remarks:
                    p.hand(130, yy, r, RED, 32, drift=3.0)
                    yy += 50
                y = box_top + box_h + 60
                a, b, c, e = val.split("|")
                p.printed(110, y, a, "b", 23)
                p.hand(110 + font("b", 23).getlength(a) + 18, y - 2, b, RED, 34)
                cx = PW / 2 + 120
                p.printed(cx, y, c, "b", 23)
                p.hand(cx + font("b", 23).getlength(c) + 18, y - 2, e, RED, 34)
            elif key == "STAMP":
                self.stamp(p, val)
            else:
                raise SystemExit("cover: unknown %s" % key)

    def marks_table(self, p, rows, y):
        d = p.draw
        xs = [220, 470, 720, 1020]
        rh = 54
        top = y + 8
        for i, row in enumerate(rows):
            yy = top + i * rh
            for j in range(3):
                d.rectangle([(xs[j], yy), (xs[j + 1], yy + rh)], outline=PRINT, width=2)
            for j, cell in enumerate(row):
                cx = xs[j] + 24
                if i > 0 and j == 2:
                    p.hand(cx + 60, yy + 40, cell, RED, 40)
                    if row[0] == "Total":
                        w = font("h", 40).getlength(cell)
                        d.ellipse([(cx + 40, yy + 4), (cx + 90 + w, yy + 52)], outline=RED, width=3)
                else:
                    p.printed(cx, yy + 36, cell, "b" if i == 0 or j == 0 else "r", 23)
        return top + len(rows) * rh

    def stamp(self, p, text):
        f = font("b", 44)
        w = int(f.getlength(text))
        tmp = Image.new("L", (w + 60, 100), 0)
        td = ImageDraw.Draw(tmp)
        td.rectangle([(4, 4), (w + 55, 95)], outline=200, width=5)
        td.text((30, 70), text, font=f, fill=200, anchor="ls")
        tmp = tmp.rotate(9, expand=True, resample=Image.BICUBIC)
        x, y = 860, 1500
        p.img.paste(Image.new("RGB", tmp.size, RED), (x, y), tmp)
        p.words.append((x + 40, y + 80, text, 44, w))

    # -- answer pages -------------------------------------------------------------------------
    def qbox(self, p, val):
        label, q, limit, marks = val.split("|")
        d = p.draw
        f = font("b", 25)
        lw = f.getlength(label) + 14
        top = 112
        lines_needed = p.printed_wrap(60 + lw + 12, top + 36, q, PW - 150 - lw - 60, "b", 25, 33)
        yb = top + 36 + lines_needed * 33
        p.printed(72, top + 36, label, "b", 25)
        p.printed(60 + lw + 12, yb, limit, "i", 22)
        p.printed(PW - 90 - font("b", 26).getlength(marks), yb, marks, "b", 26)
        bottom = yb + 18
        d.rectangle([(60, top), (PW - 60, bottom)], outline=PRINT, width=2)
        # the ruled writing area starts under the box
        first = int(math.ceil((bottom + 20 - RULE_TOP) / float(LS))) + 1
        d.rectangle([(58, 96), (PW - 58, bottom + 1)], outline=None)
        p.line = max(first, 1)

    def write_lines(self, p, lines, x, remark):
        for i, ln in enumerate(lines):
            base = p.base_of(p.line)
            p.hand(x, base, ln)
            if remark and i < len(remark):
                p.hand(62, base, remark[i], RED, 25, drift=3.0)
            p.line += 1
        # a margin note longer than the item runs on beside the next line
        for j in range(len(lines), len(remark or [])):
            p.hand(62, p.base_of(p.line + j - len(lines)), remark[j], RED, 25, drift=3.0)
        return p.base_of(p.line - 1)

    def answer(self, p, items):
        remark = None
        last = None
        for key, val in items:
            if key == "QBOX":
                self.qbox(p, val)
            elif key == "CONTD":
                p.line = 0
                p.hand(TEXT_X, p.base_of(p.line), val)
                p.line += 1
            elif key == "RM":
                remark = val.split(" // ")
            elif key == "H":
                base = p.base_of(p.line)
                if remark:
                    p.hand(62, base, remark[0], RED, 25, drift=3.0)
                    remark = remark[1:] or None
                end = p.hand(TEXT_X, base, val)
                squiggle(p.draw, TEXT_X - 4, end - 10, base + 9, p.rnd, BLUE, 3)
                p.line += 1
                last = (end, base)
            elif key == "W":
                lines = p.hand_lines(val, TEXT_X, TEXT_R)
                self.write_lines(p, lines, TEXT_X, remark)
                remark = None
                last = (TEXT_X + 500, p.base_of(p.line - 1))
            elif key == "B":
                label, text = val.split("|", 1)
                base = p.base_of(p.line)
                if label == "*":
                    p.draw.ellipse([(TEXT_X + 8, base - 14), (TEXT_X + 17, base - 5)], fill=BLUE)
                    p.words.append((TEXT_X + 6, base, "*", HAND, 12))
                else:
                    p.hand(TEXT_X, base, label, ocr=True)
                lines = p.hand_lines(text, TEXT_X + 52, TEXT_R)
                self.write_lines(p, lines, TEXT_X + 52, remark)
                remark = None
                last = (TEXT_X + 700, p.base_of(p.line - 1))
            elif key == "FLOW":
                self.flow(p, val.split("|"), remark)
                remark = None
            elif key == "TICK":
                x = min(last[0] + 30, TEXT_R - 10) if last else TEXT_R - 40
                tick(p.draw, TEXT_R - 20 if x > TEXT_R - 60 else x, last[1] - 6)
            elif key == "MARKSEND":
                score, rem = val.split("|")
                p.line += 1
                base = p.base_of(p.line)
                f = font("h", 44)
                w = f.getlength(score)
                p.hand(TEXT_R - w - 40, base, score, RED, 44)
                p.draw.ellipse([(TEXT_R - w - 62, base - 46), (TEXT_R - 12, base + 16)], outline=RED, width=3)
                p.line += 1
                base = p.base_of(p.line)
                for ln in p.hand_lines(rem, TEXT_X + 120, TEXT_R - 20, 31):
                    p.hand(TEXT_X + 120, base, ln, RED, 31, drift=3.0)
                    p.line += 1
                    base = p.base_of(p.line)
            elif key == "STRIKE":
                # the blank rest of the page struck off with a diagonal, as the instructions ask
                y0 = p.base_of(p.line) + 10
                p.draw.line([(TEXT_X + 40, RULE_BOTTOM - 20), (TEXT_R - 60, y0)], fill=BLUE, width=3)
                p.draw.line([(TEXT_X + 40, y0 + 4), (TEXT_R - 60, y0)], fill=BLUE, width=2)
            else:
                raise SystemExit("answer: unknown %s" % key)

    def flow(self, p, boxes, remark):
        d = p.draw
        size = 29
        f = font("h", size)
        top_line = p.line
        base = p.base_of(p.line) + LS // 2 + 4
        gap = 62
        widths = [f.getlength(b) + 34 for b in boxes]
        total = sum(widths) + gap * (len(boxes) - 1)
        x = TEXT_X + max(0, (TEXT_R - TEXT_X - total) / 2)
        words = []
        for i, (b, w) in enumerate(zip(boxes, widths)):
            rnd = p.rnd
            pts = [(x + rnd.uniform(-2, 2), base - 40 + rnd.uniform(-2, 2)),
                   (x + w + rnd.uniform(-2, 2), base - 40 + rnd.uniform(-2, 2)),
                   (x + w + rnd.uniform(-2, 2), base + 18 + rnd.uniform(-2, 2)),
                   (x + rnd.uniform(-2, 2), base + 18 + rnd.uniform(-2, 2))]
            d.line(pts + [pts[0]], fill=BLUE, width=3, joint="curve")
            cx = x + 17
            for shown, o in split_ocr(b):
                ww = p.hand_word(cx, base, shown, BLUE, size, rnd.uniform(-1.2, 1.2))
                words.append((cx, base, o, size, ww))
                cx += ww + f.getlength(" ") * 1.2
            if i < len(boxes) - 1:
                ax = x + w + 8
                d.line([(ax, base - 11), (ax + gap - 16, base - 11)], fill=BLUE, width=3)
                d.line([(ax + gap - 28, base - 21), (ax + gap - 16, base - 11), (ax + gap - 28, base - 1)],
                       fill=BLUE, width=3)
                words.append((ax + 6, base, "->", size, gap - 28))
            x += w + gap
        p.words.extend(words)
        if remark:
            p.hand(62, base, remark[0], RED, 25, drift=3.0)
        p.line = top_line + 2

    # -- printed synopsis ------------------------------------------------------------------------
    def printed_page(self, p, items):
        y = 130
        for key, val in items:
            if key == "PT":
                w = font("b", 30).getlength(val)
                p.printed((PW - w) / 2, y, val, "b", 30)
                y += 44
            elif key == "PS":
                k = p.printed_wrap(140, y, val, PW - 280, "i", 21, 27)
                y += 27 * k + 6
                p.draw.line([(110, y), (PW - 110, y)], fill=PRINT, width=2)
                y += 44
            elif key == "PH":
                y += 12
                p.printed(110, y, val, "b", 25)
                y += 38
            elif key == "PB":
                p.printed(128, y, "\u2022", "r", 22)
                k = p.printed_wrap(156, y, val, PW - 156 - 110, "r", 22, 28)
                y += 28 * k + 5
            elif key == "PP":
                y += 22
                k = p.printed_wrap(110, y, val, PW - 220, "b", 22, 29)
                y += 29 * k
            else:
                raise SystemExit("printed: unknown %s" % key)
        if y > 1690:
            raise SystemExit("synopsis page overflows (%d)" % y)
        s = str(p.num)
        p.printed((PW - font("r", 21).getlength(s)) / 2, 1700, s, "r", 21, (90, 90, 95))


def layout(src_lines):
    book = Booklet()
    pages = []
    for raw in src_lines:
        if not raw.strip() or raw.startswith("%"):
            continue
        if raw.startswith("@page "):
            pages.append((raw[6:].strip(), []))
            continue
        key, _, val = raw.partition(" ")
        pages[-1][1].append((key, val))
    for kind, items in pages:
        if kind == "cover":
            book.cover(items)
        elif kind == "answer":
            p = book.new_page("answer")
            book.answer(p, items)
        elif kind == "printed":
            p = book.new_page("printed")
            book.printed_page(p, items)
    return book


def scan(p, idx):
    rnd = random.Random(9300 + idx)
    img = p.img
    # paper tone and the scanner's light falling off towards one edge
    tone = Image.new("RGB", (PW, PH), (251, 249, 242))
    img = ImageChops.multiply(img, tone)
    shade = Image.new("L", (PW, PH), 255)
    sd = ImageDraw.Draw(shade)
    for k in range(26):
        sd.line([(PW - 1 - k, 0), (PW - 1 - k, PH)], fill=int(255 - 70 * (1 - k / 26.0) ** 2))
    img = ImageChops.multiply(img, Image.merge("RGB", (shade, shade, shade)))
    noise = Image.frombytes("L", (PW, PH), rnd.randbytes(PW * PH)).point(lambda v: v * 9 // 256)
    img = ImageChops.subtract(img, Image.merge("RGB", (noise, noise, noise)))
    d = ImageDraw.Draw(img)
    for _ in range(18):
        x, y = rnd.randrange(40, PW - 40), rnd.randrange(40, PH - 40)
        r = rnd.choice((1, 1, 2))
        g = rnd.randrange(90, 170)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(g, g, g))
    if p.kind == "cover":
        d.line([(58, 46), (118, 40)], fill=(120, 120, 125), width=5)
        d.line([(58, 49), (118, 43)], fill=(200, 200, 205), width=1)
    img = img.rotate(ANGLES[idx], resample=Image.BICUBIC, fillcolor=(214, 214, 212))
    return img


def rot(x, y, angle):
    cx, cy = PW / 2.0, PH / 2.0
    a = math.radians(angle)
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(a) + dy * math.sin(a), cy - dx * math.sin(a) + dy * math.cos(a)


def build(out=OUT):
    with open(SRC, encoding="utf-8") as f:
        src = f.read().split("\n")
    book = layout(src)
    k = 72.0 / DPI
    c = canvas.Canvas(out, pagesize=(PW * k, PH * k), invariant=1, pageCompression=1)
    c.setTitle("SCAN_MAWP25_0417_T14")
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("Canon iR-ADV C3530")
    c.setProducer("Adobe PSL 1.3e for Canon")
    for idx, p in enumerate(book.pages):
        img = scan(p, idx)
        img = img.resize((PW * SAVE_DPI // DPI, PH * SAVE_DPI // DPI), Image.LANCZOS)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=38, optimize=False, progressive=False, subsampling=2)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, PW * k, PH * k)
        t = c.beginText()
        t.setTextRenderMode(3)
        lines = {}
        for (x, base, o, size, w) in p.words:
            lines.setdefault(round(base), []).append((x, o, size, w))
        for base in sorted(lines):
            ws = sorted(lines[base])
            mid = (min(x for x, _, _, _ in ws) + max(x + w for x, _, _, w in ws)) / 2.0
            _, ry = rot(mid, base, ANGLES[idx])
            for x, o, size, w in ws:
                rx, _ = rot(x, base, ANGLES[idx])
                fs = size * k * 0.8
                nat = stringWidth(o, "Helvetica", fs)
                t.setFont("Helvetica", round(fs, 2))
                t.setHorizScale(round(100.0 * w * k / nat, 1) if nat else 100)
                t.setTextOrigin(round(rx * k, 2), round((PH - ry) * k, 2))
                t.textOut(o)
        c.drawText(t)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
