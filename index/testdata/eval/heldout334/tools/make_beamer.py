#!/usr/bin/python3
"""Re-make docs/upi-npci-payments-vision-beamer.pdf byte for byte from its source text.

The source (tools/upi-npci-payments-vision-beamer.txt) is the lecture deck as written for LaTeX
beamer (Madrid theme, 11pt).  This script is a small stand-in for pdflatex: it sets the frames
with the Computer Modern Sans metrics (TFM widths, kerns and ligatures of cmss10, cmss12, cmss8
and cmssbx10, vendored below with the glyph programs of the AMS Type 1 fonts), breaks lines
ragged-right as TeX does, and writes the PDF the way pdfTeX 1.40 does: Madrid's head bar,
footline and navigation symbols, TJ arrays with kerns, subset Type 1 fonts with ToUnicode
CMaps, named destinations, bookmarks and page labels, object streams and a cross-reference
stream.  Deterministic: fixed dates and /ID, no randomness.  Standard library only.

Run: /usr/bin/python3 tools/make_beamer.py [OUTPUT]
"""
import base64
import hashlib
import json
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "upi-npci-payments-vision-beamer.txt")
OUT = os.path.join(HERE, "..", "docs", "upi-npci-payments-vision-beamer.pdf")

PAGE_W, PAGE_H = 362.835, 272.126
CREATED = "D:20250918104512+05'30'"
BANNER = "This is pdfTeX, Version 3.141592653-2.6-1.40.26 (TeX Live 2024) kpathsea version 6.4.0"
PRODUCER = "pdfTeX-1.40.26"

FONTS = None  # filled by load_fonts()
RES = {"cmss10": "/F34", "cmss12": "/F36", "cmss8": "/F37", "cmssbx10": "/F39"}
TAGS = {"cmss10": "NJPLKA", "cmss12": "HTPHUW", "cmss8": "DJGXJR", "cmssbx10": "ZBBLVC"}


# ----------------------------------------------------------------------------- numbers
def num(x):
    """pdfTeX style real: at most three decimals, no trailing zeros."""
    s = "%.3f" % x
    s = s.rstrip("0").rstrip(".")
    if s == "-0":
        s = "0"
    return s


# ----------------------------------------------------------------------------- fonts
def load_fonts():
    global FONTS
    raw = zlib.decompress(base64.b64decode("".join(FONTDATA)))
    FONTS = json.loads(raw.decode("utf-8"))
    for f in FONTS.values():
        t = f["tfm"]
        t["chars"] = {int(k): v for k, v in t["chars"].items()}
        for ch in t["chars"].values():
            if "lig" in ch:
                ch["lig"] = {int(a): b for a, b in ch["lig"].items()}
            if "kern" in ch:
                ch["kern"] = {int(a): b for a, b in ch["kern"].items()}
        f["enc"] = {int(k): v for k, v in f["enc"].items()}
        f["used"] = set()


def pdfwidth(font, c):
    """The /Widths entry: TFM width in 1/1000 em rounded to one decimal."""
    w = FONTS[font]["tfm"]["chars"][c]["w"] * 1000
    return float("%.1f" % w)


SF = {c: 999 for c in range(65, 91)}
SF.update({ord("."): 3000, ord("?"): 3000, ord("!"): 3000, ord(":"): 2000, ord(";"): 1500,
           ord(","): 1250, ord(")"): 0, ord("'"): 0, ord("]"): 0})


def ligkern(font, codes):
    """TeX's ligature/kern program for one run of characters: codes and ('k', em) kerns."""
    chars = FONTS[font]["tfm"]["chars"]
    out, rest, cur = [], list(codes), None
    while rest:
        if cur is None:
            cur = rest.pop(0)
            continue
        nxt = rest[0]
        info = chars.get(cur, {})
        if nxt in info.get("lig", {}):
            rest.pop(0)
            cur = info["lig"][nxt][1]
            continue
        out.append(cur)
        if nxt in info.get("kern", {}):
            out.append(("k", info["kern"][nxt]))
        cur = rest.pop(0)
    if cur is not None:
        out.append(cur)
    return out


# ----------------------------------------------------------------------------- inline text
def inline_runs(text, font="cmss10"):
    """Split LaTeX-ish inline text into (font, text) runs; \\textbf switches to cmssbx10."""
    runs, i, buf, stack = [], 0, "", [font]
    while i < len(text):
        if text.startswith("\\textbf{", i):
            if buf:
                runs.append((stack[-1], buf))
                buf = ""
            stack.append("cmssbx10")
            i += 8
            continue
        ch = text[i]
        if ch == "}" and len(stack) > 1:
            if buf:
                runs.append((stack[-1], buf))
                buf = ""
            stack.pop()
            i += 1
            continue
        if ch == "\\" and i + 1 < len(text):
            nx = text[i + 1]
            if nx in "%&$#_":
                buf += nx
                i += 2
                continue
            if nx == " ":
                buf += "\x00"   # control space: a plain interword space
                i += 2
                continue
        if ch == "~":
            buf += "\x01"       # tie
            i += 1
            continue
        buf += ch
        i += 1
    if buf:
        runs.append((stack[-1], buf))
    return runs


class Word:
    def __init__(self):
        self.pieces = []   # (font, nodes)
        self.sf = 1000

    def width(self, size):
        w = 0.0
        for font, nodes in self.pieces:
            chars = FONTS[font]["tfm"]["chars"]
            for n in nodes:
                w += (n[1] if isinstance(n, tuple) else chars[n]["w"]) * size
        return w


def words_of(text, size, font="cmss10"):
    """Words and the glue after each: [(Word, glue_w, shrink, glue_font)]."""
    items, word, pending = [], Word(), []

    def close(word, pending):
        for f, s in pending:
            word.pieces.append((f, ligkern(f, [ord(c) for c in s])))
            for c in s:
                v = SF.get(ord(c), 1000)
                if v == 0:
                    continue
                word.sf = 1000 if (v > 1000 and word.sf < 1000) else v

    for f, s in inline_runs(text, font):
        parts = re.split(r"([ \x00\x01\n]+)", s)
        for p in parts:
            if not p:
                continue
            if p.strip(" \x00\x01\n") == "":
                close(word, pending)
                pending = []
                if word.pieces:
                    params = FONTS[f]["tfm"]["params"]
                    sp, shr = params[1], params[3]
                    if "\x00" in p:
                        word.sf = 1000
                    if word.sf >= 2000:
                        sp += params[6]
                    items.append([word, sp * size, shr * size * (1000 / max(word.sf, 1000)), f,
                                  "\x01" in p])
                word = Word()
            else:
                pending.append((f, p))
    close(word, pending)
    if word.pieces:
        items.append([word, 0.0, 0.0, font, False])
    return items


def break_lines(items, width, size):
    """Ragged-right line breaking (rightskip 0pt plus 1fil): fewest lines, shrink if needed."""
    n = len(items)
    ww = [it[0].width(size) for it in items]
    best = [None] * (n + 1)
    best[0] = (0, None, 0.0)
    for j in range(1, n + 1):
        for i in range(j - 1, -1, -1):
            if best[i] is None:
                continue
            nat = sum(ww[i:j]) + sum(items[k][1] for k in range(i, j - 1))
            shr = sum(items[k][2] for k in range(i, j - 1))
            if nat <= width:
                r, bad = 0.0, 0
            elif shr > 0 and nat - shr <= width:
                r = (nat - width) / shr
                bad = int(100 * r ** 3 + 0.5)
            else:
                if nat - shr > width and j - i > 1:
                    break
                continue
            if any(items[k][4] for k in [j - 1] if j < n):
                continue  # never break at a tie
            d = best[i][0] + (10 + bad) ** 2
            if best[j] is None or d < best[j][0]:
                best[j] = (d, i, r)
    lines, j = [], n
    while j > 0:
        d, i, r = best[j]
        lines.append((i, j, r))
        j = i
    lines.reverse()
    return [(items[i:j], r) for i, j, r in lines]


def esc(c):
    if c in (40, 41, 92) or c < 32 or c > 126:
        return "\\%03o" % c
    return chr(c)


class Num(int):
    pass


def tj_array(toks):
    out, buf = "[", ""
    for t in toks:
        if isinstance(t, Num):
            if buf:
                out += "(" + buf + ")"
                buf = ""
            out += str(int(t))
        else:
            buf += esc(t)
    if buf:
        out += "(" + buf + ")"
    return out + "]"


def set_line(items, r, size):
    """Segments of one line: [(font, tokens, x_offset)], glyphs and TJ numbers as pdfTeX."""
    segs, seg = [], None
    pos = tex = pdf = 0.0
    for k, (word, gw, gs, gf, tie) in enumerate(items):
        for font, nodes in word.pieces:
            if seg is None or seg[0] != font:
                seg = [font, [], pos]
                segs.append(seg)
                tex = pdf = 0.0
            chars = FONTS[font]["tfm"]["chars"]
            for nd in nodes:
                if isinstance(nd, tuple):
                    tex += nd[1] * size
                    pos += nd[1] * size
                    continue
                if seg[1]:
                    d = (tex - pdf) * 1000 / size
                    nv = -int(round(d))
                    if nv != 0:
                        seg[1].append(Num(nv))
                        pdf += -nv * size / 1000
                seg[1].append(nd)
                FONTS[font]["used"].add(nd)
                pdf += pdfwidth(font, nd) * size / 1000
                w = chars[nd]["w"] * size
                tex += w
                pos += w
        if k < len(items) - 1:
            g = gw - r * gs
            tex += g
            pos += g
    return segs, pos


class Text:
    """One BT ... ET run in pdfTeX's style: Td relative to the last segment start."""

    def __init__(self, cur_font=None):
        self.ops = []
        self.cur_font = cur_font
        self.origin = None

    def put(self, segs, x, y, size):
        for font, toks, sx in segs:
            ax, ay = x + sx, y
            tf = ""
            if (font, size) != self.cur_font:
                tf = "%s %s Tf " % (RES[font], num(size))
                self.cur_font = (font, size)
            if self.origin is None:
                td = "%s %s Td " % (num(ax), num(ay))
            else:
                td = "%s %s Td " % (num(ax - self.origin[0]), num(ay - self.origin[1]))
            self.origin = (round(ax, 3), round(ay, 3))
            self.ops.append(tf + td + tj_array(toks) + "TJ")


def width_of(text, size, font="cmss10"):
    items = words_of(text, size, font)
    segs, w = set_line(items, 0.0, size)
    return w


def typeset(text, size, width, font="cmss10"):
    """Break text into lines: [(segs, natural width)]."""
    items = words_of(text, size, font)
    out = []
    for line_items, r in break_lines(items, width, size):
        out.append(set_line(line_items, r, size))
    return out


# ----------------------------------------------------------------------------- theme pieces
NAV = '0 g 0 G\n0 g 0 G\n0 g 0 G\n1 g 1 G\nq\n0 0 362.835 272.126 re f\nQ\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0.2 0.2 0.7 rg 0.2 0.2 0.7 RG\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0.2 0.2 0.7 rg 0.2 0.2 0.7 RG\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n1 g 1 G\n0 g 0 G\n0 g 0 G\n0.68 0.68 0.88 rg 0.68 0.68 0.88 RG\n1 0 0 1 233.391 12.121 cm\nq \n0.68 0.68 0.88 RG \n0.68 0.68 0.88 rg \n0.3985 w \nq \nq 8.26909 0.79701 3.38733 2.39105 re S Q \nQ \n0.84 0.84 0.94 rg 0.84 0.84 0.94 RG\nq \nq 4.00005 0.49998 m 2.00002 2.00002 l 4.00005 3.50003 l f 16.0002 0.49998 m 18.00021 2.00002 l 16.0002 3.50003 l f Q \nQ \n0.68 0.68 0.88 rg 0.68 0.68 0.88 RG\nn \nQ \n1 0 0 1 21.337 0 cm\nq \n0.68 0.68 0.88 RG \n0.68 0.68 0.88 rg \n0.3985 w \nq \nq 6.97394 0.0 3.38733 2.39105 re 7.80008 2.40001 m 7.80008 3.20003 l 11.20012 3.20003 l 11.20012 0.8 l 10.4001 0.8 l 8.6001 3.20003 m 8.6001 4.00005 l 12.00015 4.00005 l 12.00015 1.60002 l 11.20012 1.60002 l S Q \nQ \n0.84 0.84 0.94 rg 0.84 0.84 0.94 RG\nq \nq 4.00005 0.49998 m 2.00002 2.00002 l 4.00005 3.50003 l 16.0002 0.49998 m 18.00021 2.00002 l 16.0002 3.50003 l f Q \nQ \n0.68 0.68 0.88 rg 0.68 0.68 0.88 RG\nn \nQ \n1 0 0 1 21.337 0 cm\nq \n0.68 0.68 0.88 RG \n0.68 0.68 0.88 rg \n0.3985 w \nq \nq 0.59776 w 9.00009 3.00003 m 12.00015 3.00003 l S Q \nQ \n0.84 0.84 0.94 rg 0.84 0.84 0.94 RG\nq \nq 4.00005 0.49998 m 2.00002 2.00002 l 4.00005 3.50003 l 16.0002 0.49998 m 18.00021 2.00002 l 16.0002 3.50003 l f 0.59776 w 8.00009 4.00005 m 11.00012 4.00005 l 9.00009 2.00002 m 12.00015 2.00002 l 8.00009 1.0 m 11.00012 1.0 l 9.00009 0.0 m 12.00015 0.0 l S Q \nQ \n0.68 0.68 0.88 rg 0.68 0.68 0.88 RG\nn \nQ \n1 0 0 1 21.336 0 cm\nq \n0.68 0.68 0.88 RG \n0.68 0.68 0.88 rg \n0.3985 w \nq \nq 0.59776 w 8.00009 4.00005 m 11.00012 4.00005 l 9.00009 3.00003 m 12.00015 3.00003 l 9.00009 2.00002 m 12.00015 2.00002 l S Q \nQ \n0.84 0.84 0.94 rg 0.84 0.84 0.94 RG\nq \nq 4.00005 0.49998 m 2.00002 2.00002 l 4.00005 3.50003 l 16.0002 0.49998 m 18.00021 2.00002 l 16.0002 3.50003 l f 0.59776 w 8.00009 1.0 m 11.00012 1.0 l 9.00009 0.0 m 12.00015 0.0 l S Q \nQ \n0.68 0.68 0.88 rg 0.68 0.68 0.88 RG\nn \nQ \n1 0 0 1 21.337 0 cm\nq \n0.68 0.68 0.88 RG \n0.68 0.68 0.88 rg \n0.3985 w \nq \nq 0.59776 w 8.00009 4.00005 m 11.00012 4.00005 l 9.00009 3.00003 m 12.00015 3.00003 l 9.00009 2.00002 m 12.00015 2.00002 l 8.00009 1.0 m 11.00012 1.0 l 9.00009 0.0 m 12.00015 0.0 l S Q \nQ \nn \nQ \n1 0 0 1 21.337 0 cm\nq \n0.68 0.68 0.88 RG \n0.68 0.68 0.88 rg \n0.3985 w \nq \nq 0.59776 w 10.4001 1.60002 m 12.00015 0.0 l S 0.3985 w 10.66016 2.49069 m 10.66016 3.15096 10.1249 3.68622 9.46463 3.68622 c 8.80435 3.68622 8.26909 3.15096 8.26909 2.49069 c 8.26909 1.83041 8.80435 1.29515 9.46463 1.29515 c 10.1249 1.29515 10.66016 1.83041 10.66016 2.49069 c h 9.46463 2.49069 m S 1 J 4.00005 0.0 m 5.08101 0.0 6.00006 0.9 6.00006 2.00002 c 6.00006 3.10002 5.10005 4.00005 4.00005 4.00005 c 2.90001 4.00005 2.00002 3.10002 2.00002 2.00002 c 3.20003 2.60002 m 2.00002 1.60002 l 0.8 2.60002 l 16.0002 0.0 m 14.90016 0.0 14.00017 0.9 14.00017 2.00002 c 14.00017 3.10002 14.90016 4.00005 16.0002 4.00005 c 17.1002 4.00005 18.00021 3.10002 18.00021 2.00002 c 19.20023 2.60002 m 18.00021 1.60002 l 16.8002 2.60002 l S Q \nQ \nn \nQ \n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n1 g 1 G\n0.2 0.2 0.7 rg 0.2 0.2 0.7 RG\n0.2 0.2 0.7 rg 0.2 0.2 0.7 RG\n'

TITLEBOX = '1 0 0 1 -329.166 199.133 cm\nq \n0 G \n0 g \n0.3985 w \n0.2 0.2 0.7 rg 0.2 0.2 0.7 RG\n-4.00005 -1.0 m \n-4.00005 1.2 -2.20001 3.00003 0.0 3.00003 c \n341.02087 3.00003 l \n343.2209 3.00003 345.02094 1.2 345.02094 -1.0 c \n345.02094 -3.48697 l \n-4.00005 -3.48697 l \nf \n0 g 0 G\nn \nQ \n1 0 0 1 0 -48.074 cm\nq \n0 G \n0 g \n0.3985 w \n0.2 0.2 0.7 RG \n0.2 0.2 0.7 rg \n-4.00005 1.0 m \n-4.00005 -1.2 -2.20001 -3.00003 0.0 -3.00003 c \n341.02087 -3.00003 l \n343.2209 -3.00003 345.02094 -1.2 345.02094 1.0 c \n345.02094 47.5763 l \n-4.00005 47.5763 l \nf \nn \nQ \n1 g 1 G\n1 g 1 G\n1 0 0 1 -10.909 -163.18 cm\n'

FRAMETITLE_PRE = ("q\n1 0 0 1 -340.075 232.437 cm\n0 0 362.835 27.569 re f\nQ\n"
                  "0.2 0.2 0.7 rg 0.2 0.2 0.7 RG\n1 g 1 G\n1 g 1 G\n1 0 0 1 -340.075 -12.121 cm\nBT\n")
FRAMETITLE_POST = "1 g 1 G\n0.2 0.2 0.7 rg 0.2 0.2 0.7 RG\n1 g 1 G\n0 g 0 G\n0 g 0 G\n"
BODY_END = ("0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\n0.09999 0.09999 0.34999 rg 0.09999 0.09999 0.34999 RG\n"
            "0.09999 0.09999 0.34999 rg 0.09999 0.09999 0.34999 RG\nET\n")
BLUE = "0.2 0.2 0.7 rg 0.2 0.2 0.7 RG\n"


def footline(n, total):
    a, _ = typeset_one(META["author_short"] + "~~(" + META["institute_short"] + ")", 5.9776, "cmss8")
    t, _ = typeset_one(META["title_short"], 5.9776, "cmss8")
    d, _ = typeset_one(META["date_short"], 5.9776, "cmss8")
    wa, wt, wd = width_of(META["author_short"] + "~~(" + META["institute_short"] + ")", 5.9776, "cmss8"), \
        width_of(META["title_short"], 5.9776, "cmss8"), width_of(META["date_short"], 5.9776, "cmss8")
    for c in "0123456789/":
        FONTS["cmss8"]["used"].add(ord(c))
    if n < 10:
        numtj = " [-6016(%d)-178(/)-177(%d)]TJ" % (n, total)
    else:
        numtj = " [-5485(%d)-177(/)-177(%d)]TJ" % (n, total)
    xa = num(120.943 / 2 - wa / 2 + 0.0)
    out = ("q\n0 0 120.943 8.634 re f\nQ\n"
           "0.09999 0.09999 0.34999 rg 0.09999 0.09999 0.34999 RG\n0 g 0 G\n1 g 1 G\nBT\n"
           "/F37 5.9776 Tf %s 2.657 Td %sTJ\n" % (xa, tj_array(a[0][1])) +
           "0 g 0 G\n0.09999 0.09999 0.34999 rg 0.09999 0.09999 0.34999 RG\n0 g 0 G\n"
           "0.15 0.15 0.525 rg 0.15 0.15 0.525 RG\n0.15 0.15 0.525 rg 0.15 0.15 0.525 RG\nET\n"
           "q\n1 0 0 1 120.943 0 cm\n0 0 120.943 8.634 re f\nQ\n"
           "0.15 0.15 0.525 rg 0.15 0.15 0.525 RG\n0 g 0 G\n1 g 1 G\nBT\n"
           "/F37 5.9776 Tf %s 2.657 Td %sTJ\n" % (num(120.943 + 120.943 / 2 - wt / 2), tj_array(t[0][1])) +
           "0 g 0 G\n0.15 0.15 0.525 rg 0.15 0.15 0.525 RG\n0 g 0 G\n"
           "0.2 0.2 0.7 rg 0.2 0.2 0.7 RG\n0.2 0.2 0.7 rg 0.2 0.2 0.7 RG\nET\n"
           "q\n1 0 0 1 241.886 0 cm\n0 0 120.943 8.634 re f\nQ\n"
           "0.2 0.2 0.7 rg 0.2 0.2 0.7 RG\n0 g 0 G\n1 g 1 G\nBT\n"
           "/F37 5.9776 Tf %s 2.657 Td %sTJ\n" % (num(279.988), tj_array(d[0][1])) +
           "1 g 1 G\n" + numtj + "\n1 g 1 G\n0 g 0 G\n0.2 0.2 0.7 rg 0.2 0.2 0.7 RG\n"
           "0 g 0 G\n0 g 0 G\n0 g 0 G\n0 g 0 G\nET\n")
    return out


def typeset_one(text, size, font="cmss10"):
    items = words_of(text, size, font)
    segs, w = set_line(items, 0.0, size)
    return segs, w


# ----------------------------------------------------------------------------- source
META = {}


def arg(s, i):
    """Read a {...} group starting at s[i] == '{'; returns (content, index after)."""
    assert s[i] == "{", s[i:i + 20]
    depth, j = 0, i
    while True:
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
        elif s[j] == "\\":
            j += 1
        j += 1


def parse(src):
    lines = [l for l in src.split("\n") if not l.lstrip().startswith("%")]
    s = "\n".join(lines)
    for key in ("title", "subtitle", "author", "institute", "date"):
        m = re.search(r"\\%s(\[([^\]]*)\])?\{" % key, s)
        if m:
            val, _ = arg(s, m.end() - 1)
            META[key] = val
            META[key + "_short"] = m.group(2) if m.group(2) else val
    body = s[s.index("\\begin{document}") + len("\\begin{document}"):s.index("\\end{document}")]
    frames, section = [], None
    pos = 0
    for m in re.finditer(r"\\section\{([^}]*)\}|\\begin\{frame\}(\{([^}]*)\})?(.*?)\\end\{frame\}", body, re.S):
        if m.group(1) is not None:
            section = m.group(1)
            frames.append(("section", section))
            continue
        frames.append(("frame", m.group(3), m.group(4), section))
    return frames


def blocks_of(content):
    """Top-level elements of a frame: itemize, enumerate, block kinds, table, titlepage, toc."""
    out = []
    for m in re.finditer(r"\\begin\{(itemize|enumerate)\}(.*?)\\end\{\1\}"
                         r"|\\begin\{(block|alertblock|exampleblock)\}\{([^}]*)\}(.*?)\\end\{\3\}"
                         r"|\\begin\{tabular\}\{([^}]*)\}(.*?)\\end\{tabular\}"
                         r"|\\(titlepage|tableofcontents)", content, re.S):
        if m.group(1):
            items = [re.sub(r"\s+", " ", x).strip() for x in re.split(r"\\item\s", m.group(2))[1:]]
            out.append((m.group(1), items))
        elif m.group(3):
            out.append((m.group(3), m.group(4), re.sub(r"\s+", " ", m.group(5)).strip()))
        elif m.group(6):
            rows = []
            for r in m.group(7).split("\\\\"):
                r = r.replace("\\hline", "").strip()
                if r:
                    rows.append([c.strip() for c in r.split("&")])
            out.append(("tabular", m.group(6), rows))
        else:
            out.append((m.group(8),))
    return out


# ----------------------------------------------------------------------------- layout
BODY = 10.9091
LINE = 13.549
ITEMSEP = 16.538
ITEM_X, BALL_X = 32.727, 22.133
ITEM_W = 319.2
TEXT_X, TEXT_W = 10.909, 341.017
DESC = set(b"gjpqy(),;Q")


def has_desc(segs):
    return any(isinstance(t, int) and not isinstance(t, Num) and t in DESC
               for f, toks, sx in segs for t in toks)


def layout_frame(els):
    """Place every line of the frame relative to y = 0 (first baseline), then centre."""
    placed = []   # dicts with kind and y (relative, downwards negative)
    y = 0.0
    prev = None
    last_desc = False
    for el in els:
        kind = el[0]
        if prev is not None:
            if prev in ("itemize", "enumerate") and kind in ("itemize", "enumerate"):
                y -= 19.527
            elif prev in ("itemize", "enumerate") and kind.endswith("block"):
                y -= 24.386 if last_desc else 22.265
            elif prev == "tabular":
                y -= 25.3
            elif prev.endswith("block"):
                y -= 24.0
            else:
                y -= 20.0
        if kind in ("itemize", "enumerate"):
            for k, it in enumerate(el[1]):
                if k:
                    y -= ITEMSEP
                lines = typeset(it, BODY, ITEM_W)
                placed.append({"kind": kind, "n": k + 1, "y": y, "lines": lines})
                y -= LINE * (len(lines) - 1)
                last_desc = has_desc(lines[-1][0])
        elif kind.endswith("block"):
            title = typeset(el[1], 11.9552, TEXT_W, "cmss12")
            lines = typeset(el[2], BODY, TEXT_W)
            placed.append({"kind": kind, "y": y, "title": title, "lines": lines})
            y -= 16.376 + LINE * (len(lines) - 1)
            last_desc = True
        elif kind == "tabular":
            spec = [c for c in el[1] if c in "lrc"]
            rows = [[typeset_one(c, BODY)[0] for c in r] for r in el[2]]
            widths = [max(width_of(r[i], BODY) for r in el[2]) for i in range(len(spec))]
            placed.append({"kind": kind, "y": y, "rows": rows, "spec": spec, "widths": widths,
                           "raw": el[2]})
            y -= 13.947 + LINE * (len(rows) - 2)
        prev = kind
    span = -y
    first = els[0][0]
    extra = 5.7 if prev.endswith("block") else 0.0
    if first == "tabular":
        extra -= 3.0
    top = 142.3 + 0.3965 * (span + extra)
    for p in placed:
        p["y"] = round(top + p["y"], 3)
    return placed


def ball(x, y, name, scale=None):
    s = "q\n1 0 0 1 %s %s cm\n" % (num(x), num(y))
    if scale:
        s += "%s 0.0 0.0 %s 0.0 0.0 cm \n" % (scale, scale)
    return s + "%s Do\nQ\n" % name


def block_paths(kind, ty, nlines):
    """Title bar, the shaded strip and the body box of a rounded Madrid block."""
    colors = {"block": ("0.15 0.15 0.525", "0.915 0.915 0.9525", "/Fm22"),
              "alertblock": ("0.75 0 0", "0.975 0.9 0.9", "/Fm16"),
              "exampleblock": ("0 0.375 0", "0.9 0.9375 0.9", "/Fm9")}[kind]
    top = ty + 8.303
    body_h = 25.73714 + LINE * (nlines - 2)
    body_o = ty - 16.376 - LINE * (nlines - 1) - 2.619
    strip = ty - 7.305
    s = ("q\n1 0 0 1 10.909 %s cm\nq \n0 G \n0 g \n0.3985 w \n%s rg %s RG\n"
         "-4.00005 -1.0 m \n-4.00005 1.2 -2.20001 3.00003 0.0 3.00003 c \n341.02087 3.00003 l \n"
         "343.2209 3.00003 345.02094 1.2 345.02094 -1.0 c \n345.02094 -12.61946 l \n"
         "-4.00005 -12.61946 l \nf \nn \nQ \nQ\n") % (num(top), colors[0], colors[0])
    s += ("q\n1 0 0 1 10.909 %s cm\nq \n0 G \n0 g \n0.3985 w \n-4.00005 -1.0 349.02098 8.00009 re \nW \nn \n"
          "q \n1 0 0 1 -4 0 cm\n%s Do\nQ \nn \nQ \nQ\n") % (num(strip), colors[2])
    s += ("q\n1 0 0 1 10.909 %s cm\nq \n0 G \n0 g \n0.3985 w \n%s RG \n%s rg \n"
          "-4.00005 1.0 m \n-4.00005 -1.2 -2.20001 -3.00003 0.0 -3.00003 c \n341.02087 -3.00003 l \n"
          "343.2209 -3.00003 345.02094 -1.2 345.02094 1.0 c \n345.02094 %s l \n-4.00005 %s l \nf \nn \nQ \nQ\n"
          ) % (num(body_o), colors[1], colors[1], num(body_h, ), num(body_h))
    return s, colors[2]


def frame_stream(fr, n, total, toc):
    title, content, section = fr
    els = blocks_of(content)
    xobj = set()
    out = NAV
    if els and els[0][0] == "titlepage":
        out += TITLEBOX + "BT\n"
        t = Text()
        y = 190.83
        for text, size, font, yy, color in (
                (META["title"], 14.3462, "cmss12", 190.83, None),
                (META["subtitle"], BODY, "cmss10", 173.769, None),
                (META["author"], BODY, "cmss10", 131.729, "0 g 0 G\n"),
                (META["institute"], 7.9701, "cmss8", 107.136, None),
                (META["date"], BODY, "cmss10", 81.074, None)):
            segs, w = typeset_one(text, size, font)
            before = len(t.ops)
            t.put(segs, (PAGE_W - w) / 2, yy, size)
            if color:
                t.ops.insert(before, color.strip())
            t.ops.append("1 g 1 G" if yy > 150 else "0 g 0 G")
        out += "\n".join(t.ops) + "\n" + BODY_END
        out += footline(n, total)
        return out, xobj, []
    out += FRAMETITLE_PRE
    segs, w = typeset_one(title, 14.3462, "cmss12")
    t = Text()
    t.put(segs, 8.504, 252.065, 14.3462)
    out += t.ops[0] + "\n" + FRAMETITLE_POST
    links = []
    if els and els[0][0] == "tableofcontents":
        out += BLUE + "ET\n"
        yb = 201.447
        for k, sec in enumerate(toc):
            out += ("q\n1 0 0 1 13.333 %s cm\nq \n0.2 0.2 0.7 RG \n0.2 0.2 0.7 rg \n0.3985 w \n"
                    "q \n1 0 0 1 -6.303 -6.303 cm\n/Fm7 Do\nQ \nQ \nQ\n") % num(yb + 3.394)
            xobj.add("/Fm7")
            nseg, nw = typeset_one(str(k + 1), 7.9701, "cmss8")
            tt = Text()
            tt.put(nseg, 13.333 - nw / 2, yb + 0.779, 7.9701)
            out += "0.92 0.92 0.97 rg 0.92 0.92 0.97 RG\nBT\n" + tt.ops[0] + "\n" + BLUE + "ET\n"
            sseg, sw = typeset_one(sec[0], BODY)
            tt = Text()
            tt.put(sseg, 24.242, yb, BODY)
            out += "BT\n" + tt.ops[0] + "\n0 g 0 G\n0 g 0 G\n0 g 0 G\n" + BLUE + "ET\n"
            links.append(([23.246, yb - 0.996, 24.242 + sw + 1, yb + 9.239], sec[1]))
            yb -= 29.6935
        out += "BT\n" + BODY_END
        out += footline(n, total)
        return out, xobj, links
    placed = layout_frame(els)
    out += BLUE + "ET\n"
    for p in placed:
        k = p["kind"]
        if k in ("itemize", "enumerate"):
            if k == "itemize":
                out += ball(BALL_X, p["y"] + 0.199, "/Fm8")
            else:
                out += ("q\n1 0 0 1 22.424 %s cm\nq \n0.2 0.2 0.7 RG \n0.2 0.2 0.7 rg \n0.3985 w \n"
                        "q \n1 0 0 1 -4.497 -4.497 cm\n1.75 0.0 0.0 1.75 0.0 0.0 cm \n/Fm8 Do\nQ \nQ \nQ\n"
                        ) % num(p["y"] + 3.151)
                nseg, nw = typeset_one(str(p["n"]), 5.9776, "cmss8")
                tt = Text()
                tt.put(nseg, 22.424 - nw / 2 - 0.084, p["y"] + 1.688, 5.9776)
                out += "1 g 1 G\nBT\n" + tt.ops[0] + "\n" + BLUE + "ET\n"
            xobj.add("/Fm8")
            t = Text()
            for i, (segs, w) in enumerate(p["lines"]):
                t.put(segs, ITEM_X, p["y"] - LINE * i, BODY)
            out += "0 g 0 G\n0 g 0 G\nBT\n" + " ".join(t.ops) + "\n0 g 0 G\n" + BLUE + "ET\n"
        elif k.endswith("block"):
            ty = p["y"]
            paths, fm = block_paths(k, ty, len(p["lines"]))
            xobj.add(fm)
            out += paths
            t = Text()
            t.put(p["title"][0][0], TEXT_X, ty, 11.9552)
            out += "1 g 1 G\nBT\n" + t.ops[0] + "\nET\n"
            t = Text()
            for i, (segs, w) in enumerate(p["lines"]):
                t.put(segs, TEXT_X, ty - 16.376 - LINE * i, BODY)
            out += "0 g 0 G\nBT\n" + " ".join(t.ops) + "\n" + BLUE + "ET\n"
        elif k == "tabular":
            sep, rule = 5.978, 0.398
            widths = p["widths"]
            total_w = sum(widths) + 2 * sep * len(widths) + rule * (len(widths) + 1)
            x0 = (PAGE_W - total_w) / 2
            xs, x = [], x0 + rule
            for w in widths:
                xs.append(x + sep)
                x += w + 2 * sep + rule
            y = p["y"]
            ys = [y] + [y - 13.947 - LINE * i for i in range(len(p["rows"]) - 1)]
            top = y + 10.36
            bot = ys[-1] - 4.34
            out += "0 g 0 G\n"
            # horizontal rules: top, under the header, bottom
            for yy in (top, y - 3.94, bot):
                out += "%s %s %s %s re f\n" % (num(x0), num(yy), num(total_w), num(rule))
            xx = x0
            for w in [0] + widths:
                xx = xx if w == 0 else xx + w + 2 * sep + rule
                out += "%s %s %s %s re f\n" % (num(xx), num(bot), num(rule), num(top - bot + rule))
            t = Text()
            for r, row in enumerate(p["rows"]):
                for c, cell in enumerate(row):
                    cw = width_of(p["raw"][r][c], BODY)
                    cx = xs[c] if p["spec"][c] == "l" else (
                        xs[c] + widths[c] - cw if p["spec"][c] == "r" else xs[c] + (widths[c] - cw) / 2)
                    tt = Text()
                    tt.put(cell, cx, ys[r], BODY)
                    t.ops.append("BT\n" + tt.ops[0] + "\nET")
            out += "\n".join(t.ops) + "\n"
    out += "BT\n" + BODY_END
    out += footline(n, total)
    return out, xobj, links


# ----------------------------------------------------------------------------- Type 1 subsets
def eexec(data, r):
    out = bytearray()
    for p in data:
        c = p ^ (r >> 8)
        out.append(c)
        r = ((c + r) * 52845 + 22719) & 0xFFFF
    return bytes(out)


def cs_subrs(plain):
    """Subroutine numbers a decrypted charstring calls (callsubr = 10)."""
    stack, out, i = [], set(), 4
    while i < len(plain):
        v = plain[i]
        if v >= 32:
            if v <= 246:
                stack.append(v - 139)
                i += 1
            elif v <= 250:
                stack.append((v - 247) * 256 + plain[i + 1] + 108)
                i += 2
            elif v <= 254:
                stack.append(-(v - 251) * 256 - plain[i + 1] - 108)
                i += 2
            else:
                stack.append(int.from_bytes(plain[i + 1:i + 5], "big", signed=True))
                i += 5
            continue
        if v == 10 and stack:
            out.add(stack[-1])
        if v == 12:
            i += 1
        stack = []
        i += 1
    return out


def subset_font(key):
    f = FONTS[key]
    used = sorted(f["used"])
    names = {c: f["enc"][c] for c in used}
    tag = TAGS[key]
    fname = key.upper()
    clear = "".join(l.lstrip() + "\n" for l in f["clear"].split("\n") if l.strip())
    clear = clear.replace("/FontName /%s def" % fname, "/FontName /%s+%s def" % (tag, fname))
    a = clear.index("/Encoding 256 array")
    b = clear.index("readonly def", a)
    enc = "/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n"
    enc += "".join("dup %d /%s put\n" % (c, names[c]) for c in used)
    clear = clear[:a] + enc + clear[b:]
    clear = clear.encode("latin-1")
    glyphs = [".notdef"] + [names[c] for c in used]
    css = {g: f["cs"][g].encode("latin-1") for g in glyphs}
    need = {0, 1, 2, 3}
    todo = [s for g in glyphs for s in cs_subrs(css[g])]
    subrs = [x.encode("latin-1") for x in f["subrs"]]
    while todo:
        s_ = todo.pop()
        if s_ in need or s_ >= len(subrs):
            continue
        need.add(s_)
        todo.extend(cs_subrs(subrs[s_]))
    last = max(need)
    ret = b"\x00\x00\x00\x00\x0b"
    priv = f["head"].encode("latin-1") + b"/Subrs %d array\n" % (last + 1)
    for i in range(last + 1):
        body = subrs[i] if i in need else ret
        priv += b"dup %d %d RD " % (i, len(body)) + eexec(body, 4330) + b" NP\n"
    priv += f["mid"].encode("latin-1")
    order = [g for g in f["order"] if g in css]
    priv += b"/CharStrings %d dict dup begin\n" % len(order)
    for g in order:
        priv += b"/%s %d RD " % (g.encode(), len(css[g])) + eexec(css[g], 4330) + b" ND\n"
    priv += b"end end\nreadonly put\nput\ndup/FontName get exch definefont pop\nmark currentfile closefile\n"
    return clear, eexec(priv, 55665), glyphs


def cmap_text():
    return ("%!PS-Adobe-3.0 Resource-CMap\n%%DocumentNeededResources: ProcSet (CIDInit)\n"
            "%%IncludeResource: ProcSet (CIDInit)\n%%BeginResource: CMap (NAME)\n%%Title: (NAME TeX NAME2 0)\n"
            "%%Version: 1.000\n%%EndComments\n/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo\n<< /Registry (TeX)\n/Ordering (NAME2)\n/Supplement 0\n>> def\n/CMapName /NAME def\n"
            "/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n7 beginbfrange\n"
            "<07> <08> <03A5>\n<23> <26> <0023>\n<28> <3B> <0028>\n<3F> <5B> <003F>\n<61> <7A> <0061>\n"
            "<7B> <7C> <2013>\n<A8> <A9> <03A5>\nendbfrange\n78 beginbfchar\n" + CMAPCHARS +
            "endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n%%EndResource\n%%EOF\n")

CMAPCHARS = '<00> <0393>\n<01> <2206>\n<02> <0398>\n<03> <039B>\n<04> <039E>\n<05> <03A0>\n<06> <03A3>\n<09> <03A8>\n<0A> <2126>\n<0B> <00660066>\n<0C> <00660069>\n<0D> <0066006C>\n<0E> <006600660069>\n<0F> <00660066006C>\n<10> <0131>\n<11> <0237>\n<12> <0060>\n<13> <00B4>\n<14> <02C7>\n<15> <02D8>\n<16> <00AF>\n<17> <02DA>\n<18> <00B8>\n<19> <00DF>\n<1A> <00E6>\n<1B> <0153>\n<1C> <00F8>\n<1D> <00C6>\n<1E> <0152>\n<1F> <00D8>\n<21> <0021>\n<22> <201D>\n<27> <2019>\n<3C> <00A1>\n<3D> <003D>\n<3E> <00BF>\n<5C> <201C>\n<5D> <005D>\n<5E> <02C6>\n<5F> <02D9>\n<60> <2018>\n<7D> <02DD>\n<7E> <02DC>\n<7F> <00A8>\n<A0> <0020>\n<A1> <0393>\n<A2> <2206>\n<A3> <0398>\n<A4> <039B>\n<A5> <039E>\n<A6> <03A0>\n<A7> <03A3>\n<AA> <03A8>\n<AB> <00AD>\n<AC> <00A0>\n<AD> <2126>\n<AE> <00660066>\n<AF> <00660069>\n<B0> <0066006C>\n<B1> <006600660069>\n<B2> <00660066006C>\n<B3> <0131>\n<B4> <0237>\n<B5> <0060>\n<B6> <00B4>\n<B7> <02C7>\n<B8> <02D8>\n<B9> <00AF>\n<BA> <02DA>\n<BB> <00B8>\n<BC> <00DF>\n<BD> <00E6>\n<BE> <0153>\n<BF> <00F8>\n<C0> <00C6>\n<C1> <0152>\n<C2> <00D8>\n<C4> <00A8>\n'


# ----------------------------------------------------------------------------- PDF objects
SHADE = {
    "/Fm7": ("12.606 12.606", "<<\n/Shading << /Sh << /ShadingType 3 /ColorSpace /DeviceRGB /Domain [0.0 6.3031] /Coords [3.87885 9.21223 0.0 6.3031 6.3031 6.3031] /Function << /FunctionType 3 /Domain [0.0 6.3031] /Functions [ << /FunctionType 2 /Domain [0.0 6.3031] /C0 [0.72 0.72 0.895] /C1 [0.4 0.4 0.775] /N 1 >>  << /FunctionType 2 /Domain [0.0 6.3031] /C0 [0.4 0.4 0.775] /C1 [0.226 0.226 0.541] /N 1 >>  << /FunctionType 2 /Domain [0.0 6.3031] /C0 [0.226 0.226 0.541] /C1 [0.18999 0.18999 0.415] /N 1 >>  << /FunctionType 2 /Domain [0.0 6.3031] /C0 [0.18999 0.18999 0.415] /C1 [1 1 1] /N 1 >>  ] /Bounds [ 2.13335 4.26672 5.81822] /Encode [0 1  0 1 0 1 0 1] >> /Extend [true false] >> >>\n/ProcSet [ /PDF ]\n>>"),
    "/Fm8": ("5.139 5.139", "<<\n/Shading << /Sh << /ShadingType 3 /ColorSpace /DeviceRGB /Domain [0.0 2.5697] /Coords [1.67305 3.6656 0.0 2.5697 2.5697 2.5697] /Function << /FunctionType 3 /Domain [0.0 2.5697] /Functions [ << /FunctionType 2 /Domain [0.0 2.5697] /C0 [0.88 0.88 0.955] /C1 [0.4 0.4 0.775] /N 1 >>  << /FunctionType 2 /Domain [0.0 2.5697] /C0 [0.4 0.4 0.775] /C1 [0.14 0.14 0.49] /N 1 >>  << /FunctionType 2 /Domain [0.0 2.5697] /C0 [0.14 0.14 0.49] /C1 [0.09999 0.09999 0.34999] /N 1 >>  << /FunctionType 2 /Domain [0.0 2.5697] /C0 [0.09999 0.09999 0.34999] /C1 [1 1 1] /N 1 >>  ] /Bounds [ 0.797 1.59401 2.1918] /Encode [0 1  0 1 0 1 0 1] >> /Extend [true false] >> >>\n/ProcSet [ /PDF ]\n>>"),
}
for _name, (_body, _head) in (("/Fm9", ("0.9 0.9375 0.9", "0 0.375 0")), ("/Fm16", ("0.975 0.9 0.9", "0.75 0 0")),
                              ("/Fm22", ("0.915 0.915 0.9525", "0.15 0.15 0.525"))):
    SHADE[_name] = ("5669.291 3.985", "<<\n/Shading << /Sh << /ShadingType 2 /ColorSpace /DeviceRGB /Domain [0.0 3.9851] /Coords [0 0.0 0 3.9851] /Function << /FunctionType 3 /Domain [0.0 3.9851] /Functions [ << /FunctionType 2 /Domain [0.0 3.9851] /C0 [%s] /C1 [%s] /N 1 >>  << /FunctionType 2 /Domain [0.0 3.9851] /C0 [%s] /C1 [%s] /N 1 >>  ] /Bounds [ 1.99255] /Encode [0 1  0 1] >> /Extend [false false] >> >>\n/ProcSet [ /PDF ]\n>>" % (_body, _body, _body, _head))

NAVRECTS = ["232.395 9.631 240.365 19.095", "238.373 9.631 248.335 19.095", "246.343 9.631 254.313 19.095",
            "253.732 9.631 260.706 19.095", "258.713 9.631 265.687 19.095", "263.694 9.631 270.668 19.095",
            "268.676 9.631 275.649 19.095", "275.068 9.631 282.042 19.095", "280.05 9.631 287.024 19.095",
            "285.031 9.631 292.005 19.095", "290.012 9.631 296.986 19.095", "296.405 9.631 303.379 19.095",
            "301.386 9.631 308.36 19.095", "306.368 9.631 313.342 19.095", "311.349 9.631 318.323 19.095",
            "317.742 9.631 328.701 19.095", "326.708 9.631 339.66 19.095", "339.078 9.631 348.045 19.095",
            "346.052 9.631 354.022 19.095", "352.03 9.631 360.996 19.095"]


def utf16(s):
    b = b"\xfe\xff" + s.encode("utf-16-be")
    return "(" + "".join("\\%03o" % c if (c < 33 or c > 126 or c in (40, 41, 92)) else chr(c) for c in b) + ")"


def pdfdocstring(tex):
    s = tex.replace("\\ ", " ").replace("\\&", "&").replace("--", "\u2013").replace("~", " ")
    return s


class PDF:
    def __init__(self):
        self.n = 0
        self.objs = {}       # num -> ('stream', dict, data) | ('obj', text)

    def new(self):
        self.n += 1
        return self.n

    def obj(self, n, text):
        self.objs[n] = ("obj", text)

    def stream(self, n, head, data):
        self.objs[n] = ("stream", head, data)

    def write(self, root, info, ident):
        out = bytearray(b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n")
        where = {}
        pending = []
        order = sorted(self.objs)
        total = self.n
        nextnum = [total]

        def flush():
            if not pending:
                return
            nextnum[0] += 1
            sn = nextnum[0]
            head, bodies, off = [], b"", 0
            for k, (num_, text) in enumerate(pending):
                head.append("%d %d" % (num_, off))
                b = text.encode("latin-1") + b"\n"
                bodies += b
                off += len(b)
                where[num_] = (2, sn, k)
            lines = [" ".join(head[i:i + 10]) for i in range(0, len(head), 10)]
            hdr = ("\n".join(lines) + "\n").encode()
            data = zlib.compress(hdr + bodies, 9)
            where[sn] = (1, len(out), 0)
            out.extend(b"%d 0 obj\n<<\n/Type /ObjStm\n/N %d\n/First %d\n/Length %-10d\n/Filter /FlateDecode\n>>\n"
                       b"stream\n" % (sn, len(pending), len(hdr), len(data)))
            out.extend(data + b"\nendstream\nendobj\n")
            pending.clear()

        for num_ in order:
            o = self.objs[num_]
            if o[0] == "stream":
                data = zlib.compress(o[2], 9)
                where[num_] = (1, len(out), 0)
                head = o[1]
                out.extend(("%d 0 obj\n<<\n%s/Length %-10d\n/Filter /FlateDecode\n>>\nstream\n"
                            % (num_, head, len(data))).encode("latin-1"))
                out.extend(data + b"\nendstream\nendobj\n")
            else:
                pending.append((num_, o[1]))
                if len(pending) == 100:
                    flush()
        flush()
        xn = nextnum[0] + 1
        where[xn] = (1, len(out), 0)
        size = xn + 1
        rows = bytearray(b"\x00\x00\x00\x00\xff")
        for i in range(1, size):
            t, a, b = where[i]
            rows += bytes([t]) + a.to_bytes(3, "big") + bytes([b])
        data = zlib.compress(bytes(rows), 9)
        out.extend(("%d 0 obj\n<<\n/Type /XRef\n/Index [0 %d]\n/Size %d\n/W [1 3 1]\n/Root %d 0 R\n/Info %d 0 R\n"
                    "/ID [<%s> <%s>]\n/Length %-10d\n/Filter /FlateDecode\n>>\nstream\n"
                    % (xn, size, size, root, info, ident, ident, len(data))).encode())
        out.extend(data + b"\nendstream\nendobj\n")
        out.extend(b"startxref\n%d\n%%%%EOF\n" % where[xn][1])
        return bytes(out)


def build(src):
    load_fonts()
    items = parse(src)
    frames, toc, sec_first = [], [], {}
    cur = None
    for it in items:
        if it[0] == "section":
            cur = it[1]
            continue
        frames.append(it[1:])
        if cur is not None and cur not in sec_first:
            sec_first[cur] = len(frames)
            toc.append((cur, "Navigation%d" % len(frames)))
    total = len(frames)
    sec_of = []
    cur = None
    for it in items:
        if it[0] == "section":
            cur = it[1]
        else:
            sec_of.append(cur)
    # section spans for the navigation targets
    spans = {}
    for i, s_ in enumerate(sec_of, 1):
        spans.setdefault(s_, [i, i])
        spans[s_][1] = i

    pdf = PDF()
    ext, pat, cs = pdf.new(), pdf.new(), pdf.new()
    pdf.obj(ext, "<<>>")
    pdf.obj(pat, "<<>>")
    pdf.obj(cs, "<<  /pgfprgb [/Pattern /DeviceRGB] >>")
    outl = []
    for k, (name, dest) in enumerate(toc, 1):
        act, item, title = pdf.new(), pdf.new(), pdf.new()
        pdf.obj(act, "<< /S /GoTo /D (Outline0.%d) >>" % k)
        pdf.obj(title, utf16(pdfdocstring(name)))
        outl.append((act, item, title, name, k))
    openact = pdf.new()
    fontobj, xobjs, pages, pagedicts, dests = {}, {}, [], [], []
    leafs = []
    for i in range(0, total, 6):
        leafs.append(pdf.new())
    for p, fr in enumerate(frames, 1):
        content, xo, links = frame_stream(fr, p, total, toc)
        # XObjects first used here
        for name in sorted(xo, key=lambda x: int(x[3:])):
            if name not in xobjs:
                xn, rn = pdf.new(), pdf.new()
                bbox, res = SHADE[name]
                pdf.stream(xn, "/Type /XObject\n/Subtype /Form\n/BBox [0 0 %s]\n/FormType 1\n/Matrix [1 0 0 1 0 0]\n"
                               "/Resources %d 0 R\n" % (bbox, rn), b"/Sh sh\n")
                pdf.obj(rn, res)
                xobjs[name] = xn
        prev_, next_ = max(p - 1, 1), min(p + 1, total)
        s0, s1 = spans[sec_of[p - 1]]
        before = max(s0 - 1, 1)
        after = min(s1 + 1, total)
        targets = [prev_, "GoToPage", next_, prev_, p, p, next_, before, s0, s1, after, before, s0, s1, after,
                   1, total, "GoBack", "Find", "GoForward"]
        annots = []
        for rect, t in zip(NAVRECTS, targets):
            an = pdf.new()
            if isinstance(t, int):
                pdf.obj(an, "<<\n/Type /Annot\n/Subtype /Link\n/Border[0 0 0]/H/N/C[.5 .5 .5]\n/Rect [%s]\n"
                            "/A << /S /GoTo /D (Navigation%d) >>\n>>" % (rect, t))
            else:
                pdf.obj(an, "<<\n/Type /Annot\n/Border[0 0 0]/H/N/C[1 0 0]\n/Rect [%s]\n"
                            "/Subtype/Link/A<</S/Named/N/%s>>\n>>" % (rect, t))
            annots.append(an)
        for rect, dest in links:
            an = pdf.new()
            pdf.obj(an, "<<\n/Type /Annot\n/Subtype /Link\n/Border[0 0 0]/H/N/C[.5 .5 .5]\n/Rect [%s]\n"
                        "/A << /S /GoTo /D (%s) >>\n>>" % (" ".join(num(v) for v in rect), dest))
            annots.append(an)
        an = pdf.new()
        w = width_of(META["title_short"], 5.9776, "cmss8")
        pdf.obj(an, "<<\n/Type /Annot\n/Subtype /Link\n/Border[0 0 0]/H/N/C[.5 .5 .5]\n/Rect [%s 1.66 %s 7.804]\n"
                    "/A << /S /GoTo /D (Navigation%d) >>\n>>" % (num(181.4145 - w / 2 - 1), num(181.4145 + w / 2 + 1),
                                                                 total if p == 1 else 1))
        annots.append(an)
        cn, pn, rn = pdf.new(), pdf.new(), pdf.new()
        pdf.stream(cn, "", content.encode("latin-1"))
        pages.append(pn)
        nd = pdf.new()
        pdf.obj(nd, "<<\n/D [%d 0 R /XYZ 9.909 273.126 null]\n>>" % pn)
        dests.append(("Navigation%d" % p, nd))
        nd = pdf.new()
        pdf.obj(nd, "<<\n/D [%d 0 R /XYZ 9.909 273.126 null]\n>>" % pn)
        dests.append(("page.%d" % p, nd))
        if p == 1:
            nd = pdf.new()
            pdf.obj(nd, "<<\n/D [%d 0 R /XYZ 10.909 272.126 null]\n>>" % pn)
            dests.append(("Doc-Start", nd))
        for act, item, title, name, k in outl:
            if sec_first[name] == p:
                nd = pdf.new()
                pdf.obj(nd, "<<\n/D [%d 0 R /XYZ 10.909 272.126 null]\n>>" % pn)
                dests.append(("Outline0.%d" % k, nd))
        # resources: fonts in order of first use on the page
        used = []
        for m in re.finditer(r"(/F3[4679]) [\d.]+ Tf", content):
            if m.group(1) not in used:
                used.append(m.group(1))
        for r in used:
            if r not in fontobj:
                fontobj[r] = pdf.new()
        res = "<<\n /ColorSpace %d 0 R /Pattern %d 0 R /ExtGState %d 0 R \n" % (cs, pat, ext)
        res += "/Font << %s >>\n" % " ".join("%s %d 0 R" % (r, fontobj[r]) for r in used)
        if xo:
            res += "/XObject << %s >>\n" % " ".join("%s %d 0 R" % (x, xobjs[x])
                                                    for x in sorted(xo, key=lambda x: int(x[3:])))
        res += "/ProcSet [ /PDF /Text ]\n>>"
        pdf.obj(rn, res)
        pdf.obj(pn, "<<\n/Type /Page\n/Contents %d 0 R\n/Resources %d 0 R\n/MediaBox [0 0 362.835 272.126]\n\n"
                    "/Trans << /S /R >>\n/Parent %d 0 R\n/Annots [ %s ]\n>>"
                    % (cn, rn, leafs[(p - 1) // 6], " ".join("%d 0 R" % a for a in annots)))
    pdf.obj(openact, "<< /S /GoTo /D [%d 0 R /Fit] >>" % pages[0])
    # fonts
    for key in ("cmss12", "cmss10", "cmss8", "cmssbx10"):
        r = RES[key]
        if r not in fontobj:
            continue
        f = FONTS[key]
        used = sorted(f["used"])
        first, last = used[0], used[-1]
        wn = pdf.new()
        ws_ = []
        for c in range(first, last + 1):
            ws_.append(num(pdfwidth(key, c)) if c in f["tfm"]["chars"] else "0")
        pdf.obj(wn, "[" + " ".join(ws_) + "]")
        clear, enc, glyphs = subset_font(key)
        ff = pdf.new()
        pdf.stream(ff, "/Length1 %d\n/Length2 %d\n/Length3 0\n" % (len(clear), len(enc)), clear + enc)
        fd = pdf.new()
        charset = "".join("/" + g for g in sorted(glyphs[1:]))
        pdf.obj(fd, "<<\n/Type /FontDescriptor\n/FontName /%s+%s\n%s/CharSet (%s)\n/FontFile %d 0 R\n>>"
                % (TAGS[key], key.upper(), f["fd"], charset, ff))
        tu = pdf.new()
        name = "TeX-%s-builtin-0" % key
        pdf.stream(tu, "", cmap_text().replace("NAME2", "%s-builtin" % key).replace("NAME", name).encode())
        pdf.obj(fontobj[r], "<<\n/Type /Font\n/Subtype /Type1\n/BaseFont /%s+%s\n/FontDescriptor %d 0 R\n"
                            "/FirstChar %d\n/LastChar %d\n/Widths %d 0 R\n/ToUnicode %d 0 R\n>>"
                % (TAGS[key], key.upper(), fd, first, last, wn, tu))
    # page tree
    root_pages = pdf.new()
    for i, leaf in enumerate(leafs):
        kids = pages[i * 6:(i + 1) * 6]
        pdf.obj(leaf, "<<\n/Type /Pages\n/Count %d\n/Parent %d 0 R\n/Kids [%s]\n>>"
                % (len(kids), root_pages, " ".join("%d 0 R" % k for k in kids)))
    pdf.obj(root_pages, "<<\n/Type /Pages\n/Count %d\n/Kids [%s]\n>>"
            % (total, " ".join("%d 0 R" % k for k in leafs)))
    # outlines
    oroot = pdf.new()
    for i, (act, item, title, name, k) in enumerate(outl):
        s_ = "<<\n/Title %d 0 R\n/A %d 0 R\n/Parent %d 0 R\n" % (title, act, oroot)
        if i > 0:
            s_ += "/Prev %d 0 R\n" % outl[i - 1][1]
        if i < len(outl) - 1:
            s_ += "/Next %d 0 R\n" % outl[i + 1][1]
        pdf.obj(item, s_ + ">>")
    pdf.obj(oroot, "<<\n/Type /Outlines\n/First %d 0 R\n/Last %d 0 R\n/Count %d\n>>"
            % (outl[0][1], outl[-1][1], len(outl)))
    # names tree, six names to a leaf
    dests.sort(key=lambda d: d[0].encode())
    nodes = []
    for i in range(0, len(dests), 6):
        chunk = dests[i:i + 6]
        n_ = pdf.new()
        pdf.obj(n_, "<<\n/Names [%s]\n/Limits [(%s) (%s)]\n>>"
                % (" ".join("(%s) %d 0 R" % d for d in chunk), chunk[0][0], chunk[-1][0]))
        nodes.append((n_, chunk[0][0], chunk[-1][0]))
    while len(nodes) > 1:
        up = []
        for i in range(0, len(nodes), 6):
            chunk = nodes[i:i + 6]
            n_ = pdf.new()
            pdf.obj(n_, "<<\n/Kids [%s]\n/Limits [(%s) (%s)]\n>>"
                    % (" ".join("%d 0 R" % c[0] for c in chunk), chunk[0][1], chunk[-1][2]))
            up.append((n_, chunk[0][1], chunk[-1][2]))
        nodes = up
    names = pdf.new()
    pdf.obj(names, "<<\n/Dests %d 0 R\n>>" % nodes[0][0])
    cat = pdf.new()
    labels = "".join("%d<</P%s>>" % (i, utf16(str(i + 1))) for i in range(total))
    pdf.obj(cat, "<<\n/Type /Catalog\n/Pages %d 0 R\n/Outlines %d 0 R\n/Names %d 0 R\n"
                 "/PageMode/UseOutlines/PageLabels<</Nums[%s]>>\n/OpenAction %d 0 R\n>>"
            % (root_pages, oroot, names, labels, openact))
    info = pdf.new()
    title = pdfdocstring(META["title"]) + " - " + pdfdocstring(META["subtitle"])
    pdf.obj(info, "<<\n/Producer (%s)\n/Author%s/Title%s/Subject()/Creator%s/Keywords()\n/CreationDate (%s)\n"
                  "/ModDate (%s)\n/Trapped /False\n/PTEX.Fullbanner (%s)\n>>"
            % (PRODUCER, utf16(pdfdocstring(META["author"])), utf16(title), utf16("LaTeX with Beamer class"),
               CREATED, CREATED, BANNER))
    ident = hashlib.md5(("lecture14-upi-npci.tex" + CREATED).encode()).hexdigest().upper()
    return pdf.write(cat, info, ident)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build(open(SRC, encoding="utf-8").read())
    with open(out, "wb") as f:
        f.write(data)



# The AMS Computer Modern Sans Type 1 fonts (SIL Open Font License 1.1) and their TFM metrics:
# cleartext headers, Private dictionaries, Subrs and the CharStrings of the glyphs this deck
# needs (decrypted, re-encrypted when written), zlib-compressed JSON in base64.
FONTDATA = (
    "eNrUvQl3E8fSMPxXJkpyQ3IN0kgaLVyygI3ZjcFgDIgESR7ZwrJkJHnDOGHfxL7vhAAh7EkIyI5Ick73H/uqepue0Vg2yb3vdx4W"
    "e7qnp7u6uqq6qpeqqUB2uFIxQ4GlU4FswU6XA0sDH3/Q3bN4eX8pY3eWitXF5pLQUqN9Q0+PGTJCociSUCicKn788ZZ8tWDLF5DR"
    "a5cr+VJxqV6mvWynq5DZka5C0Q2lorF2tGCYEcOMLTXjS0MhIxwKJVXJUnmp0ZEey/cbG5YYa0tFuwKv2ksjk+X8wGAV2pKPxqLs"
    "p4aZTMbbWAXG8mG7nM+mi8aGdHXQHoY2s+mC0VPK5u3qpLsOY9GywWp1ZGkwOD4+viQ9XFlSKg988WmbMZ6vDhqb7YpdHrP7Dey5"
    "0ZUetkUHl0AtxpbBfIW/6SnlquPpsm1ARiGftYsV+Ga02G+XDQDA6Fmz3tg4Yhd54fW8QJshUGSYS0ynPvE51pQvsq/T2WxpeCRd"
    "nMwXB4xcvmAbGzvXL6lOVNuMdLEfC6YLlRJWkB5L5wvpDJRg0KeNzuWbjDT0UnSxki3nR6qVJZV8AbsZxHoQ2yuL/e2l4WG7WAUM"
    "p4oIZUe+bGdhBCaDYqiHiqXx4pRM5fLF/hx2pn90JLi1mN87aq/pEGUgK1V0MgfsqmGFQqFEKGLYew17IjsYxBa2TI7Y7KWJ2dCT"
    "6amR0oiRg87Y0/mcDb9SxalKesw2quVRe3pKf+NOpYqmafTns1UjYw/koQdOA5Bv50QGUEM5P2HsDAE9mkYI/6qnXUBw/aViYVIr"
    "z8Zb9tjJXrGiNGFMLY6ZxuKwFTKSyaQRt5LGtKcGhQDZeZ7dnc4L0PQ61xRzJSPJ+wD4k/0wgmOCRhYJNvrUcDdjBLtKQN62scjh"
    "hlQqZIWy+NNcMFfwj/x4gdUzLz80w9U5WiiwEot4EZ8S6eF8YVKUARIfrQK/bCgB1xSbC2+zOadvsPvzo8PN79dU08A6y4sDBYVZ"
    "I5ivdOYn7P7ufDU7yClLvtmKzFnIF+3uUiWPMslYbIZCTW+BJbNDIHgqMIr8pQ0s5xnplcVsqR+ZM2zFjHS5nAYZAzCYkLaMKfgN"
    "zGJPMMo3gkuKpSp8ZkBvp41cqZwq4niHjOCq9PBwGrN5jmkEO+xCVcsJG8Etg7aeEzGC69PDmX4tK2oE+/JO0jKC3VoyZgR78gN6"
    "M3Ho7AjIA0CAykvAR4PaV0lIV7Q0cENw47A9oEML4OZyWhqAzemfAKi5gpaOYnm9gIUZegmAtb8Ec0rF1XRc5e7RcgHigTJKCicL"
    "gE5ngaI0/AHY2XRZ72kYwM6Ubf3DMEA+nM66iwH0ZRxgJwfgzwIlFgr6AEEfBuzyMMiyTKGi5UNX0noT0ImSngbwS5VCujKo5QH8"
    "y1dqQ40419MA+UbPNxEAvTI6MlJGenVyAXggvUJ6WMsD8PeOlqo2AMplhvMKOlEcHc6g3BnQcBBh4wH9LWt50JERuwwTll4B9CY9"
    "DNkVnJ2c7KRo0tNeFDo2AlNnsWDn9GxTZHuLQx/TFaylMqTlQh9HCqNar6M4QCUXR0WhZ4OTI4O21qtojPUgX9IgjUKvPJiNQp/2"
    "2eWSlgPdAY1E4zToR3VcKwHCN1gdLNt6GeSK0qiGQQv5Iq/TnwWAV2CWcjIA7AqQqAY1iJmg7caLBUAX8y6AEogBF2PDLAVVDec9"
    "2bGQpJB+mL+1fOiBvXc0rXFlLIyjaFdQYnoKR5w3Wi70Jq2BGYPOLNeS0JEVWhI60a4loQcdWhKg1zggDlB3akkAdpWWBEBXa0mA"
    "bo2WBLDWakmAap2WBKjWa0mAaoOWBKi6tCRAtVGTnQBVt5YEqDZpSYBqs5YEqHq0JEC1RUsCVFu1JEDVqyUBqm1aEqDq05IA1XZN"
    "ggNUO7QkE3vp7JBddXNdMuzIBc+biPrEw5FJ5LR8OTs6nCvYGt0mLSaqQXt1iYdkTDThqR+6o/FqErqT0ZLQnaw+AUF/+vU0Uqqe"
    "RkbT0wD9gJ4GmAf1NMDqmuAASH1+CQF0Q3oawNPnKtCugsP6bAjwFfU0wFfS0wDfiJ5G5tHTAF9ZT6MM0NMAX1VPA3yjehrgG9PT"
    "AN+4PjsDfBN6GuCb1NMA3z49jXNIsd8lE02cA+1hbyYK2dHiQLo8OlxIj+pA4jRYzRf69YHCqbA/b8OMldf7hzNi80xmoqCqjKSz"
    "eg0opLyqE0opj/JkonzyqE8mSievAmWiiNJVKBOFVLcrI96kRpkoq5oUKRNFlkuVMlFquZUpFFyVXNU7M5kowYoZb3dRkHl1r3jU"
    "o3yhPHMpVyjRXMoVyjS3/oViza2AoWTz0cBQwvmpYGazDobizqOEmSjzPFqYiYLPo4aZKP28epiJMtCtiJkoB5s0MRPFoZ8qZqJg"
    "TLv0xJBbGTNROHq1MRMFo66OmSgPN7oyos0KmYky0IeOUQa6qd5tUWRHy6D5VJk1CGynMpjxb9sTdjZVDLQFshVcphEGRWBpIDUK"
    "lmao+Sep0RlyIlVmKRs+XN6q8GM6uyRVJjXyPcswaX03PSweZ2PkHn/EOulb9hyhdfoLnV2LCdOKsLwYbZAb9A+WF7LoFZF5HSoT"
    "WXVSF5nXaENmPuZZqSptbIYS13mVUNdpUfY0ra/hZcn39Bh5Sr8nF8nPqYwsQM5Mk4tl8sOaVCZVVf1d0aK/9Lnor+pknd6lJ2SH"
    "GQRh+Q5K3RV9numgt8Uj73ooKvsbB9BvC4DrH9Hf6CP6gtWTg+9/iNKLH8DrDP2R/ECv0qOQdw1Sjw16hzZSDE7TRgwsoQ3eronY"
    "qsmqOUSyegHCg941vIWNHaugFl6Hqgmqb9AHqqofZVUfi1re0Bdd/+HffxXZxL/n+MHvFRrbW6HxjMBVBHB5gJ524c+iNYW/RxJ/"
    "5LqAPsbLdPfnxxZBNwHWj2AQPgPUcZBEl7MwLHV4sZjDRS8Cic7so4cGYfRv0DucKnaT778g19fxajYgPmkjRBs5UVMjLNqEt1to"
    "vV9U9Riq+oXcoqfJaxfddLTq8DM6m3PRTTOt3Jd9HVePfrRySw7mF6qr9TZa3yS73ytGNEPrEdr4yhnXDvqHQw2A5Rl6U1a6WNZp"
    "0NfweRkKSxx88aEY4ThtGE2DvLJVn59AE09Ypy8oZrnjZhZo85xCwEOJgDgWFFCekI0LXgIgyUEXdduCma/BuFwjp/A3jGd9nRQC"
    "ovC7zSLjj1UiZ2a3yLko29C55TtS+46c+o4Th63avsbLajjonA8HZ9wCkp5bCA7kGPJ3LkQcUsCccyEi7o+IDi8iOryIeCgrFIDo"
    "vVs1DxsHGQfXZOfIQXrSw82nm7l5pyA9ZOyn8NFfUnQPcEg2uPqVkJME72A8O72THNnNB4YX+FiUTNJ6TPKBSV85DOLUAwx8G0A5"
    "UiF/pnVZ0ENefk5urOG1bpUV00Y7bayTvLBWNdNYSetbRHVXoLpz5B49S35yyYPVrelits9DFto8ok+ciiJWOI8gfeQMKmW7kP6M"
    "QJ6o8RR5spASI86I35WoVl81VN5DOcGqPq1p3ac6eeLqlG9HHjbB7gVLa3BtK+XjDZ0ppMqjPnhDdUBJ0Tp9qZq0RJPvyK+8zX2k"
    "9m8Y7SIfzDSpbSN38uSXVGb6K6E6PPiOnhqm9xhl/Eov0aNiVrA4WWjArptnBlg7N3K+l7CSR3QmoSbf79UEbC1Rw/MXfSfYlOtB"
    "M1oqHvPi9Hs51OMupkqK3/1Kwzopqg151SvVv/XzSDpAG0r72t8c/ZlPRc4ZQbXkFPsHiN/RBMuGVrC8orP0r7mRfUPyEf3JeV4B"
    "dMJRYg2GUikhAULkQCoFcuKUkK3HyPffkZ/3kzcoJkw6wzth5ekPAmsNhzb0vt0QGbManHGlh14YIq/FlyZ5tAql9iI+GmZS1HtZ"
    "1+Fw9OjPgj6f0TvkMnkIqu09APQK+Yn8SC+R8+QHVHQF4Baf+2XDDjhr9akvFGtCc9c8JN23ACyvUY8c+JAiAYnk1tiKeLB1N0Pe"
    "AM5gZDKcbPdJGnbVJvv2uazdVZkY0AnyWxrMgqPkqkt2b2zV7cN0topiR6mthqaxPtQmNvk8qwTRC8nZMJvApAUIWCpmkcYXXP+E"
    "oeiX880gkkEjSOtxUaj+H1DDmV6bk8IH5EFN6gQMoUWohSPClHMUzIbrhNCSKq0pfkdlzYDLt5J4aWOVBGGb1O/Fb1unFJcq2D0P"
    "pQjdyjXngQQ/Or8+/KmynerkMn4kkSio6Q390dWbHH27iD51GzZgFZ6ZcxLkNaLaI1VKNFL1VgBv57qEarFs/RqpEsu6P1A11ZsU"
    "qE3zk5IA1ZSIGXVEqE5aCiHkhfO8lzx3AWoCNf8snm346Ddkkr9FbeQWDNXPIELeMgP0PhoGgj5+dSzvCaFgmhZonLW95FBRKGZF"
    "RTl1xGuXpMSNGgWitZZRFJiDkVRUtkHawGu/k5IRZGFmGXSIwRBuElWbF0KASY/SdaGF8a5wHHIIkF6D/zcFxn8lT+hZNC0pIuil"
    "hJP+QBsfKrI76iW7+0r3uiBnZGWgdwMrXxBIVsoQfbdKzPG2Ugyuy08/UvNChp7pFmZbx7puR6fRUNTTSpuqA2H9hXLtvAsjtpiO"
    "TXLN0dphrNRzEpdEGFxbyPMt5PYKTTPPRT9dJAdyN7mRJq9R6X7zNal/R49NQ7Hvx2DGOkEelyH73j5yfw+US2XWbFkjFhQypGaS"
    "K3Ew0TL7lwrEPNhCb03TU9y6EXr6YyqJPqwWT04XSGOUPAAKS5E/9pDLQZwSN5EbU+TcMHkEDR4hF0owXdYIIu8YPUiPc6UH+gzq"
    "HmnsIT8XXNPCllb4A6VjmXs2FBi6qOmkD/VFME1mqeH2Wm/sbdprwgkuiK116XRpVxWnRRWPXPNfdE5Ve+s89ko70sbhliZK0pn0"
    "yXE1y8sJ+F3GZWcn4muEpEkm6SnRhYwQEzMZt+XyLi2//ReTJw19FjMdGcLQIBV0Z877uElX7201lDe8q5qu7s5qywQRJTe8vW1I"
    "U5E+5dBMZb4Cy5Ic2qWpk4fJ690SSnIIaZU2ltOZLW6VH40CtTrarJZva92V3zvm7srvn4he/P6J6kA7bwBmfHqWt7k3vJM2lpFj"
    "fRrkNaCvo+SvNbQ+kcp8qsxHizNpzISvObVao19sBzOaHOvRvj5OXo/QF9D958idoNeIj6GrL/mj1KDr3zhdl8ukYNjTV2ph9zJ5"
    "S+ufgj74l7ayCxz+oI382CZZCJnmY1HND00Y7PtvEQOYEEJUh5WoBntRQG79W9JGN654S2WrFwqJxIdqxC8BAm/LEuS+sM2EuUGf"
    "yXIFqPyYpHZQJFTidVMnt7fq5Nm5OwnAvHZWJBc1r90HaWNMjMYxkKnHYFiPoHLe1cZzJ8hTqPjMPk7eO6C+t8JICqjuvqbvoqq3"
    "T70zJXnSpFbtaK1WzcCwoy16RsninFyYYhscp5WcOkZnPxAKzG+SUia9y1ApX8kqlpekiBIj/k7agrulXas2JIRhK8ggSmphcjKK"
    "VQ01jVZ6nqm6ytbdpPJS76UHxOPMvwQNYEcvKcX5iWOE4V+lRP+ygl4IcvG5ltS+nkqlRoCNLsh9k79AA/yDXCfvEEryO3mdXc5F"
    "qexc4zOwwLisi6RJLZLK7CY/LuUoAB3yBgDxhJyhR8lMKjMgvrkqe/u5a2XOIrUJUivnQaAUJ22YAg9gozu/Jj8IaHFSv0DrMTB1"
    "34I6r8/MmVbkcAf3D1z4mhEThu+K21WFqMsKaVcV2X81h7FKZoVl+WCUvB2kZxmFvAK1+ZU+O6sNitAqIZhCYouin9Q2kIMbd2C3"
    "yNkugZFb5AF5RV7SQ6y6Y/TaboFsaerwVCy+u0tVs4fcKQM0OnqyrRWXmW7XKu7MB5rVoWZ00Ohn5O4LeZEnl7t0RW8p3zcQSqeE"
    "KwSmmXuqNgXmD0LVh0C2HmQbckflVNOX3Trdh/UmeugluRFGb4BJ84y+ETT1FzAhzB300IC7j3hOqfXenVifFAucqP//IZ+1zbq7"
    "iA+O/kupYkIKJNNKiBGXOxF3m6QSO0S2ABi8Fp8Dkw4HlxsAxjWOVtZE/zxD+T6UfkMza66qcQ400XqD/M672kvqPeRqDgdo0edi"
    "Z8i0XEMep9c/5ioPDNVzaOQYGO2H6cFUZpubYRz2z0n2nyanJoeKqUx1vEwO78VWNqwgv+vrOop/EvQ++Y1LOmhnBkjiSZXcH3JR"
    "hN0KVS8l1SsZWhI7K4C0j2SuSxxcpUf07ZkQwFKSoANFnqJX++nxVCZDT3aRqwMOd4Qi5ge+uErARI6rNTkxSKdwZwI4/lfymDGF"
    "0KDWb1tDjlexvv+Q2jowOE8AZ6CYOC/XfcgtGMED5A/4GuX0X7jRmCfXg2504FGsedbTceffWVCv0+uevaqQXLBhRq9EzA/aCs1T"
    "Zx2VPgTr6gU9A2Vxre5JjN52bxeLVDSZCEoB30terKEPgQbay2vXk1pU4dCkj5dIXU5X90MZ+lAJB5whflxJT6xGUy9VXckVB9P6"
    "AkzAd9ywBeSfh+mswY8ZQC03ycw2Tu+59r5d7c6GKeWqaLRzExF7KvDtb/QS+YUeFN8epeezYuP5sw1fr2syuPkxqAWctgDEndBo"
    "DswnzZCCd55NwHfifayrSQSxM5jzrDmRO9ginznIa2cHSj6jXrvYtXiZkVtFQGs3yV2g93sC4fdgzp4W6HgnFdNpyBznBcZZ6ZsK"
    "rTNsaS4l6rrRVNd+VZfYkNrvretGE5pbnmf5EUA/6tJtuUyMedYeE4rUrzg8/6ksLOC9qEni3DzNztBbf7dZ+rolCEyfc+Xqix8h"
    "2UTcsxsh+EW8uwI6ykXySEhQXPD4kZwkL/YDx/HJOP4dOVsgl5i0X9ze8YnggHdKP7/apLXmcoXWOJkF1vm7OPlNPc8CHc2Jn6uo"
    "qJC/1CRGruBapA/Cik3IKitElUVeDbSvm+ShhqT7YPbeYXsPAkuQPlMml9m65/LulQ6ans2Npvw8lAN2cSsszcDfuy2pZmYFnV3n"
    "KDEgRBrLRPLyfw0d3zN0HCG3GTrOtUKH2HhazmvcJEnQZTrFWuBrrOVc/qt34hI2uJOGOUKqtG8cqwiQ91DfmgJQZngOs9zlUZua"
    "2ll/oAMs+CouzLoY4OE1mEu/4iktNJboQZy71GmipXJxG7DGp217Nal1kV+LqBzt6REW12+b6fkMnlFQSxdoRrzUj3IpJQigfMmn"
    "HztLavb+4l7XhI+3B1of3mNo0xfEv/Ssh4e0VYAHYhMSEQd67JcCTy8FTsTctEgichlPh5QOeYG+43lWlzrNdEe+/VJk3XS2Fshd"
    "Wt8viPYvMKTqH+D5ElSRADXvtL0+ffobWECHaSMjNDkTZt1LLvvEkm+YIixLvRCr8qjgvFLPMwClygdVaUZbjLSAM2rkMTkH6hxS"
    "wx1I/UpOkDMsdYCKfdmVpLZpYvjbVGaM3M6Tm1l8a61oD0ltJkeuD5B7MKzFDKmBbUeOwde1vchft8dApS58twuSqcxX9KXcWLFd"
    "2lEOSOcYve4iGyBGUCTFeTaxjPPt10xLE82SqwD4LZgeLkNz3+8nz6eBsNliMhjggmlYucYovDgA03tGLsqaEUAvR0FuG/lBaA05"
    "UC7+AkP+ZyE63pLfS5/zN5+nUqXdckonM7SxSSJQruOSWicv+k3nniQvubSDPOVGCYBxFhf7abNa0ErxAlWUm0peKTvfogD5STOb"
    "3kL6T0E3Z/YrY1cMwQZS21kYyiAjSxky1+oBbmRLaUIeggl6TQDzjJzuGJKjJrcXHRPK6Ss7Ed6K+K8CFPdR79uq6fCSA7Fjd+CV"
    "VPE0NafVXAW0UAdh5sLiMiUyZugDIV9NclFh8CHuk/BmbsPMdIQ2PnFmJtXqnhatdkGjd5GN086ShW+reEjSGbiTroYBmyfpH+Ss"
    "yGmUyCxMXY8YlZ+iJ0HiSJV/hngG7x3hgjC+bjs5xC1Au4hceXUUz2BoozLUCnf36Mz+uReW1SS1HUBXc9IyWhfnkkwpOb8Re7h4"
    "EuhrDle7l8rOSyr7QGTcEvoDVBmijap4vtNEVoXWLOQdfF+WuepSxVTVw62rniUvW3Enrl7wZU0Ynz+BIXLaSq/DlGenQGQJTca0"
    "N5LatlJuayqzl15biaduYLDb4UcqMzIAw37Jjb13vXPy6DlQ0m4rC/Incn6tPReP/r2vtCEo/iMppq/yvIfogu92rAJ+OAxoubhg"
    "tPw90YU3Ed9vWaK3xaqEkmf0jty1IE+IOM9OXpTJz2PA3c7yPS7vl9XEWJfrl3XyXGAExIE47QKTdWZ4MJfKrF9FTq5hO9VyNZae"
    "kWsZ3ASG7p/Eo3DkJ/IW1TuY8RvWF18sw4bzuER7aYA8YZNmndwDWH8X8J0GdbqGSg4BJSe5Y/kyMamlSK1EfhjDxdJR0CNO4XRM"
    "3qIuQOrw0W+gadRxCx3aewx//2IdfAFvxYqLmSVndrhEU6kVyp8IzVBbE/7Ij6LoH8768DpaH3GdzEl/oo4UZVzrPbnPxENYrhl6"
    "VsV+WYSbvNrBkFdye1/YK+zg0wioMbzBznZ6WFopTMsp02vkHV8+gxou0EvbXEvTxVXdy5u0hVJLKoRpSyjLjhUGckfZrf9yFGVB"
    "VvKARD1HZ/m5G4sfwYx1dyXIiZ3ANRlhCJHnMIYN0A3/ADYG3VZcCJE75abbaqpLOe0282UxrUsjC9gVoY1etQrtXTbO+OwD6Lsi"
    "N4g45E2eFkm9RI8zsnsOE/ALfXOMDUluvTyk9W8ljDeN7eoHqn3n0Y20LVVNXgC43PyKgkr9EpjgB9Aisb1r9PiXYv3wo46VX6l9"
    "kBFyb5z8CPUfBJu1hpo3KDs6C6ib5K3QdFPgIoGoAlVTTXVFv4X0LTBviTXZoeHVXbskxacyWYMc+YDUViDPgiV5DS/7iDMCpPEN"
    "dIOjPraTNJQiXZery7hCzz48TM4ia5DfmMGeYb/BmAHMP2d76Z7OledZ8sWd0nl6R+vtqnsnsIyA6Rk7/HSCzEpDA6B5Td+CovcG"
    "4LzMoMV9hcZH8szqThRRXcJWbuwU2RG5Ms7Rgt/1gFXWSFXZKTJcTm+kMps37tnj7h73JDDPQidMtuUeALsOVrmwjujsSkB1Tpy5"
    "0BT7fqElgSjbqK00iSVjdWT4MeTJ1ctLbEMYCescwH2VHCKXCbeh7O/QVgPKO06OIkevAlXziLRmQHwfkTIejKcr8J1QCqCOGjkP"
    "dtd5tLzYaikItg2iuevyUJ3ZLy/jWOQGZoKJN8MXb1sU03GXL/W/11aZa3vsrrOwpOrcu4BtqX8iatAan9np2pYS11cAk9d30EOf"
    "oyz4xFokrz+5ppQIEGRAzcyH0dTFXWU85w8kfcIrar7CPQ1JlZMwJCfJQbDR92Zz+9i2zpcbQe38SbTwC71Ez/GlEaj7PHnakW06"
    "bSR9HczDigX37mS7+yiZtiwq98DOKtXuhYM14KxJxVLn4c0Veh6migy5Cyb9L8C4aFxk6LksHlQUwriL1Lbu6wUlmPywXt57IPfJ"
    "O9CCLonVrDPkcEza/V+PTnz7ndqaiX2GvMsVIaYVDQmEnnUQ2mgXuoFn8zTRNGnpLgVa4au+SazmzOxTKHPZH5JgQV10aFeZIrdw"
    "Gb3k2pVmmU1wzCdDAUUSDkcJVzdr5gRkRhA+292FATzgWuFz7/k6rlAWsrc8LxyexlUz5dbqQp26b/fMrPI19up7FPG9Ata4BGro"
    "GWe1PExObdlR2IU3WnnGSq9Z0bz8W5lnTU+7Snqq+RTMeWHAIJfccJ6BZ2e4EmhtIw8y5BI7dgAy6gNFzHFJ7jvIT0Pk4QSwwdNR"
    "4Irj9BCueJNX5Ag9CoK+N5XpXKZ2rpbiBPbzJGA2890qeUdjih4q8UVdXAnE4xygvDzDCoHPcN1YaPP0UI68AHFzNpXpJy9HyIXt"
    "OBFsIVd3wTRRA00pQ08iR4rbzjbj5gMA0ZG8a3pUjlv+0WGEBR6Q4Bcw1AGqGFhs+sVjua4geV0coyDNR1CZ55oFmIIwaToUfsc5"
    "YCuMintyjDfja0nonqNbcnOjATNGHA2RFI47SHnxeYzpL8CVHwJFg7jHw2vq/K1YNO1oWn6u5Cfey5Sd+biFKetcYLuvzFpcc579"
    "F+9TH7mXwUMT7KCBPGEQZo+O3S2PH4W6+FUwmKOOM+r7AVToGaA5MGNgZpiF9m4qozi6xqOsD5Hal+Rw11dQ/jreJLhJb+FFaEj+"
    "ApU9A33m5TRfAwaVVFubZ0cjbjAl6TRyBL1CZuTiE1BvA9fIy+QeKo/f58iZQZhakA3ARN5VyaQy+0p785uxGWDK/bT+CTnh0XKZ"
    "D4V5ZlW+5D+X6j6j3Z2V927Dmo53nlwHIM9iF7w6HmAe9LuDANRBdmn+Cf1zhTwI+S28O4GaA1PxLsNnV50jceQccPNZUPr0rrSc"
    "Y+4iK7oNcu+eICBTquz3nNXDkHef7wOv7fiB62aZuB/V6TrFLDKjbjv0ntrZ4U/xjeTGSnHIAoxu6Oaf5CH8vZ7KTMlzqXvHhr5j"
    "y265abAfDjQpSswH1nufUTnrz0J4VUNu8JE/4MOrYkx/ohfoaeCME+K0zLvhdVLUd2W6u6bx8A0o6SdJrQPVd7ldddG1jx4i95ds"
    "F1sYu9Z9wbvdSWrLyMtvKNoDBzbKu3uLgVcOopBXe3o22MjP+Sl+eWjl5Cpm/F8jv5GX9BzkncJbNwl6ht+gsL8A4zGbXummmfHS"
    "QsRlTYnIGfq7c1mb3nBWy4RCWe9238xz3dCz1skTrR96b86v9bk0z5sRwvQZTNTX6FWY735imugdII43+JtJoBl6EGYxvAarzmsv"
    "Be2h4bq33ZByuefzigWfXdsHzHkUJMsJSJyB0bryLbmCY3ePXofWbtAfGRxPyJ9ffS4RHdu8uXujC4WjC1lePeAcDVvmZ/Z7Vlbl"
    "9KjuAogTz/GvegbFIaEOEJmPeDYujwhmUpcV5VZzvJ38sFOKS4aii6DEv0NlYeec+tJY6+PsM+k5NmxQGnY4HktkL4S5tUztM4xt"
    "KSwlh133Yo+SV3vB1jiI6y2fKTcJCgH1r+i7bnl9pwne8XmO3385N7yz4gw5WuoBBTGXwrF1tDEo5PGBgeFF5Nhu1xWEp2X6cB9u"
    "Jq+l9bzYjuUvN9NGt/xwMC9v+5Hjfa6bwI09coMStLtUZhut8+MN1pcuidrvdF1sbgPZ3iIv5QxL7gPtZGBamAWifQnTgstDTYnc"
    "7iTXcaX5svJs44fDiXkOmbUa892KjK8r05FdGeV2nJV0TQZp2kjql51xiVZkJLR7bEPO9YbGpHt/iV1ilTipf6aQLW1DrVuT85My"
    "bgMe8dkGbCJgeVYamOsiObmLnKrqBEzP/ofWu4AsQN/eqpuFIWuZBLtXDeV3hfHtUBaGfe+mfUIHmyK1Ibx4gmtYF8SdFbAWjpHH"
    "oAncZ1PNS3alEkQ8/cUlhPbNY+F0MiF+0jX1W9o5/xlhxaECkxEX6WGe+1UdXPldrDy77ovlfG813HCmdfjwBe+HPDQ2o44JyT0f"
    "vnvrEv3N18jRHeb76cVgeDj7DU+VbH3kLAhFnJuYqLuCDfRTGi9iZujVTvKAWXPdpLZyJBNOZfasIMcSpPYf1C2XkXMryBNch339"
    "b3pthB+ZpZdxwoWp9xkoMBlQTU6TK+zg6luu1WYBHa+ltVgDrXcc11Cm4ONT7Cj7DWa84fnd4+Q2SgNyASa3h2Cc8JM8qPQ9+pJc"
    "nMTJr4fUVpPaBvxkDamtn1wPVBTqnWJ6kULaNJ4ezaLPrhBgjjmtA0Sa8Myc1cFzGJ6Zkzp4jsAzd04HiSgk+vLwYMFDNz7E4IE5"
    "oYPnODwL53OQSmCRQSyTxKcKPqFH9wDzG4cJbDKXwydsMMcKYHO5Aj5F2VuWabFHlovtSW9wmI476T2YxlaZ/zdMYMPM8Rv2CZtm"
    "Ht8wgU0zV2+YwNa5jzdMIQTo3A2fEQbh1Q2TCIfjzg1zEJw0qwQBKbEnBIF7bsMUwrB8JSKS9Z09YesbZYkINi+9s2EaAeB+UDGF"
    "ILgXjCATAXG842IOxwv6xcUUAiPXsSGJEClfuJiRlJXKGqMInLNrARmmzFBFEE7p8xbTCCd6u8VnhqgSp6QoQidOjUAqxmHBdWFI"
    "IWSy51GEizEwPCNIuFEGtIWwoP4JjwgF19whwagET57BM6OTPBs/CxtH8xgesWlu60MCW7YF9BY2zPaD4TnBoOVkaiXZJ3JRAyg6"
    "pPCPrmUxB6Hgp58hEWa4c3zPYl5Ey8M0QpTGZmMI0HJ8QGBW4AMC0o4PCEUHPiAESBdxbLkTH7DBVfiAja3GB2xhDT5g1WvxAWte"
    "hw9Y83p8wJo34APW3IUPWPNG5EWsuRsfsOZN+IA1b8YHrLkHH7DmLfiANW/FB6y5Fx+w5m34gDX34QPWvB15G2vegQ+cpZQ3V8wK"
    "a7Qr8yJOMUlZSUY9yncr5licrbnXVsyIyapkPQgSUlsSQcrgA4KUZUIGYepnT2zk2BMjHvaEEAywJ2x3kD1he1xAYUNMkoSwhSH2"
    "hE0w6RPCNoaZ7MI2iuwJ2yixJ2xjhD0xgmBP2EaZPTHaZE/YRpU9YRuj7AnbGGNP2MY4k4rYxgR7wjYm2RO2sY89MTnBrwFgEhvi"
    "flBZkjGh5gGVZbKG0fcpSzHZKfw/4qyQw52bYGchPVAxonqUgZ3eKAO74O3yCvOoG0ti0fb0yGruCpqnO2z+drHJki6v+JDuqdrD"
    "vUY8AY994rtolNUzmC732FVjUXB5cEWwPdgRXBnsDK4Krg6uCa4NrguuD24IdgU3BruDm4Kbgz3BLcGtwd7gtmBfcHtwRzAdzASz"
    "3Ns097od7A/a3EW18BvLHUkHc8Ec/oOHPPN7zdxhBweCg8IzdzAf3BMcChaCw8Ei82cdLKGb7eCI4yNccwsunY8LF97BvcoDtcuL"
    "sdvVueaFPFgOVhyH2NzLNjrf5u6/g1XuvxvdegdHg2PB8eBEcDK4j3kC/5R54By006023XgkjO5yfixdtdH/vDe+Q3Bzx1Slyjya"
    "ulx8YqQAdAkq3o2URqbR6ydMqFrYga6OqWIJGbVSwRy/Et1OCYw30FxiQ77Yaaero2V7yowZZmy6qwNyR9KVynip3G9YiUiydTiL"
    "FYVRuzcNPyrGTqDUsBFCgjKiQLcxK2bE4gkkTCMOte8yWOUbq4N2eYX6IhRjtCrf4ouebBrJdUkoGokntXZ6BvO5qhHXcjpH9+1T"
    "IT56qv2rt0Gd0LSoDHJ6MQeAEDmdJSCYFaVCvx4NgnFFTxE4iX8dizoV8Be9vJJE0tWJntFMuWJg4BVvJJpEHPqUDBksao7RMwmT"
    "93DFWFPMlsojpTIQQz8L+LK8UDA242cVFVnDCQSTLfXbRrUEpGKMYjiZXKlsdKKHbXSrP5gHHi/bI4V01sa4LewzLZ5MqrjTqLBm"
    "GckFobhdLqYLLMXCtKSKUyD7IjHTSsSSc5fFAC3c4SzIp4nucinLPze0yCyGCMZiiNgsUDVAXJ6rZaNYqhpTqaJ/Gfg4WxqF3oUM"
    "ey8k3BXY5XJJfTQGsq1fkLeEE4HgXnarGGOFfQ2aI0sU7X9Sn4YtBhgGqwlN/40aU0UZtWZaBcPgcXDCFpcQzCVwJg/jrHMsy+Xw"
    "aLDMgem/N24SsJ2pYmvqwTFECgoJmRZkAs3Ijk0YweHqhDHMQ+0EMdIJZHKo9SqFuBsBfQQlnIDNk4tQGhVbpnktU/PCNuVC0AJI"
    "Gwch+BHgqaOJSPEV/i/YxYHqIJfMw+kJmZSEoEZhjqp0XHFU6WhiUsj9pe4CGgYe3UBj96f/KxVpFMhQ6pRGnIi5ib8aACWlWipD"
    "0aA9gaM5xVCA840Qnv3DAATLTGcqBgduTLyzR/oM/hk8buePkJ2NToZlfjY6oT1Pmlq+9jwZ0vJDTkURraKIVlFEqyiiVRTRKoro"
    "FZlaRaZWURieGYgiOYnJybDo32QOdDaDfcxAqYxmGBZYFQwgmTNQlfGf8tmh9hKIiAqS1xSUDGEF+APghCdTfM0qDePbML4N49sw"
    "vmUgASBIC6wTrFesm6zfrF0GDsMVQx7DJkMv6wx2QaOC4KQlOzyhniajKk89TUZUXkThzsGcgzcH/Q7yHdQ7iBdEhCQsCFVQMjAV"
    "zw4xmkQULkGVyjQKVQPzIz75GE1pKpgr5Ef6toNWwagUcrC4OUc14fmqUbXIjJDIaBKaQVAL+fzLO/XflVIGVyZlG3IOVxlYTiUU"
    "j3Lx1MTwjG7hneqSvVdSDI7mXo4CriI5BMuwUBkElXTIVRqyQ9NTnGCjgguc95hCiQA4ljON5B5R15QqJzKGRwv823R/vxQznEeQ"
    "0uVnglknBdlr2VicMU20qTjjoGhzccaGyExSBJico6QUCHFmkkmTc5SQgIhB3mFTdKQMKkw/iOJqOV2sgOY2bChyAuwyGYrIQDJn"
    "xMcF93aDCVMgQQfpMFhavViWB60bYNOTIyrmaQn7OKHoAvowqRKyB03wGy3BR5pi8EvYxTcsmhlXtfqFyBdkaLBmoHdTi83pKVNR"
    "g15OZybQf51oeWGo05D0HVpiAcEzTZgHZWOFp7BX8A/fMqrDSYp13Wb50AwQlJyaAAGQa+cLqGnAI34Bv3IFQLtTTtbMi2PN4hWv"
    "GauYmGNs8w72GKqZSBP4DQpjRhsDpEmogeeLRgwUrshj3tyIMRmB1l3ZkrklXpl+6WFxOZstjMWd0pLFZQ5ncT3lz+ITDotP+LD4"
    "hIfFJRNOuFlcMuOEh8UlV7qLK+70FFcCxCM4pGAQ8sIjJwSD9InumhM6g4Q0FkkVnYmnBY/3+fK4XvV78PjiZiaf1Jl8wsXkfUbr"
    "HhgtOiCB92HyPg+T983B5H3vyeRz8fgEslwzi7NsaERjcey+w+ITnMUn5mRxVryJwydQdMyBGY3FGXdPzMndSI7N3A3lJ5q5G3Qr"
    "VK/mY271hLVYCBgKC0vxNuRBCqNYVks4OMAoQN4TTMxMMLECKtcYvIQaUJ4YoOeB0sc/E6+0wWIK/EgfkyrzW3Ks617TLcgUGWYk"
    "YhhNfNiFPxHLys7FRHZQEBOzAMVyGLNDphdiAAqD6z2MZB6bU1rKXFyDscTM5PdeKZnHXuRG93vX2hpEjzaqjdvUvOtA7wWIA4Ja"
    "0Jj21DEPtv1rEGLCRQjC4B9gSxaSzkq49FW0x0fSgNDhEqNS92dTrqLSgjXeu5oFURlSaeTv0UiwUk2Xq4VSdshR550sbb1oSpSG"
    "N+6yPEMvKcGZmx48veQLmnh5N49L2ZgIi4C1eIOu3G+XA0t3qihTbXzjmG0P851h7x6ps/3p2ujU9zhd25ty91JtXKo9S7ldKXYq"
    "+SYl35+UW5NiV1JsSPK9SLkNKXcgxeaj3GbUtxzl3qK2hbicxYtqYzuFHSweThvbGlzF4n+0sb3AtSwyRBvb/NvAXOq3sd2+buYc"
    "vI1t7/Uw58JtbD+vl7l0bWMbeNuZp8s27/Zcmnk8bGP7aP3M0Vkb2zUbYE4P2tge2R52/byN7YgNs2vEbWz/a4Rd1mlju10Vduy0"
    "je1tjbGDWG1sJ2uSHUlR7qt2QUlcvcahnduDKKkJXych8dt0fvMzpgjy3GeUyGn1/QIKn1lw4flrO03ONoFeXAgQc1zPcbmLmOXO"
    "N0TggZYVHvA4X/mnFf6/cwpl/m33Pq3gd98X8JwOa/WhctTQ/d5tNjnoWPin8/hQyom8C+RPckX5UEIn+w8BxT9pKB7DqHTnmMO/"
    "+NqV//pforj11Yyy62axut+xMFzkVtM7K3kvV6xGVFTVlbwcPZ/kZ4cxNBs9Q79XgQByC6icHNjKrsGq+DXKs00ScHtJOogjr8nj"
    "1Sv4+y+K6/pdN75bAq+GT/on2uS66NHqW85IsbQrmJg4QdnkObS8YHwKHg77em9v9aE4gbte3JUPSR+Czrcg3avpPDr6wNkgN4xH"
    "zrKD6XJFnD2bwvO5oSVW1IzFEslpdgZN5CUi8MdieU7BeBj+RMPT4oiH/By+jiUi0+K4h8iN4h8rNi2OfkwFhkD9wd94vArM2lgS"
    "3sf5USgticeetGTMXTipJ6HqQn4Aq2Qt7Ay1meYucZYEE+Fd4ugIJiK7pts4YJGQZVlxDm5EB4wdPYHaw/F4PBGTxS22HMwREfXt"
    "s6Vyw5FEIpGMT4tjLDI35pSNuxuEzi5WLYqjLHoGHrJxpZN6WoIYxVZNjuqELzBJZwgRdTHWHfN/PipiIKL6QFhqIKyEIjHTl5rc"
    "EDKS05EVMt1p05uOeNJRL7aTngw87+POMJvx34pCzPD/DYg1HEd8Me9QegSFQ9KcFgeoZC6OHZcEZszV52YQTT+aBRMJ/jCaNeMt"
    "KvAD2aHxKNbCM5P/C86KYTdjrIGwgyeEPZyYFuhvAiVsvh8oUTHKDKX8vKaWdAOqWN5pzQEsGomChGaEGGbDKhgxKgVidJcPzYbl"
    "WJts5yskKnDGWi8b882N++VG/BDm0FXCjIDQik7z08XNmTE/QRb3E6oJv9aTPpkOpuKIzJA1zU8lNxc0/TLDfplOLxGgWBJ7GY76"
    "zIIaQqPQtJXAXmr4dOZWDZ0anH69DDu9TCBBRLGkBpGp8pxeJrGhGPJzxPRpJ+KRYAlGfWII+FlXTKPsZpV4Riii0x2eGQW6i4Wc"
    "uddMCnREoj79iVg++kfEj+Yicb+SDo7iCsBIsnmaM9mfmJzIRNKZufAbADzi8Es4Ltkv6h5wpjZFQ5pgBEyEkC6jpl+mHxFFIz4D"
    "EXUa0hq3/Nha023wDxJWNOb3tR+fRv0IK+rHPs7gxFE4xZHULT/2sfzYx/LruRXxy/QjDctPHll+pGH59dJK+ODDSvpk+nFkTBtf"
    "RcExP/aJadI4rj73Y4qwGjStoB9xxSz39Bhzzx4xz0QW98wucc98nPC8T7hnHzx77nrNm1Mck4h70kntczVtKlEYi/nIx5gzQrEI"
    "qq6s7wm9mzF/MJy0p9eJhCftO52zEWVSIaYROEpEhn4/uRsPvd9k7qOzeUCVXRMI/6fj568fWKiMx1kHTB+aiod9eDnusobiER/F"
    "MezgJepD6HEXqf6znilaQqsiwZp0KZpeuv07dOoYvnFtPomD2IgyhCT8sJT8f0CnTGHCZMJHGiVC/0390kOO/uTksGlCk3oOlA45"
    "xaIw87LZOKHJdkua3ImoL+yicQW6Skc96bg7HTYX0he3bELli8PiTCkxHHQ25onY/0l+d4RrIv5/sgPI5ZzNE4n/gRBx0JP8bxLg"
    "gghOtZ30mV+SIbe6zvgp6TBZOIG6I/JT0k+BSkb8SvopUEnLR9lJxpo1k2TYR+tNemz0+RcmTP+VKmQ+RE0y8X9spSSZbDLqptkO"
    "ZnoYd8/gyzapf8MDfhaLtzkTkPgqGm9TZrbzdhdWlR2uVPgqQ7Zgp9Fh18cfdPcsZldH8CLYYvhwqdG+oafHDBuhUGQJLh0XP/54"
    "S75asOULyBC3P5bqZdrLdhr3NTvSVSi6oVQ01o4WDDNimLGlZnxpKGSEQ6GkKlkqLzU60mP5fmPDEmNtqWhX4JW627K06ZoLWIas"
    "AmP5sF3OZ9NFY0O6OmgPQ5vZdMHoKWXzdnXSXYexaNlgtTqyNBgcHx9fAkhcUioPfPFpmzGerw6qazAG9tzoSg/booPOvRj2pqeU"
    "q46ny7YBGYV81i7iDZnRYr9dNgAAo2fNemPjiF3khdfzAm36BRmnPvE51pQvsq/T2WxpeCRdnMTzLOxC1sbO9UuqE9U2dhoJCqYL"
    "lRJWkB5L5wvpDJRg0KeNzuWbjDT0UnSxki3nR6qVJZV8AbsZxHoQ2yuL/e2lYby4AxhOFRHKjnzZzsIITAbFULNt/imZyuWL/Tns"
    "TP/oiHMXi5fhJ4NVJh4H4Je0ongWCE+KsBuF7IQVv2gC2dCTaXZagB9HcU6LqOshU/obdwqPLmt3EMSVRdaAPDGHGRv4We6d/DRb"
    "CP+qp114v027iYbl2XjLHjvZ7Crk1OJYGK9CmkYynjDAzjemPTV4bqhF5YF7dbospNW5ppgrGcmmC3lGcEzQyCLBRp8a7maMYFcJ"
    "yNs2FjnckEqFrFAWf5oL5gr+kR8vsHrm5YdmuDpHCwVWYhEv4lMiPZwvTIoyQOKjVeCXDSXgmmJz4W38euiiDXZ/fnS4+b3raqnM"
    "zFc68xN2f3e+mh3Ur9gZMDrQDB5G6y5V8iiTjMXsrojnLbBkdqiI96Us8RJPinlGemUxW+pH5gxbMSNdLqdBxgAMeIHKMqbgNz+/"
    "wk9MiZMr7AIkXqLjZ29CRpA5YOC3qtgtLCPI3DA4OWEjyJwxODkRI8hdMjhZUSPYl3eSlhHs1pIxI8icNDg5cegsd9Xg5CXgo0Ht"
    "qySkK1raBGiZ8wYtC8DN5bQ0AJvTPwFQcwUtHcXyegELM/QSAKt08KDlxlXuHi0XIGbOHrQsAJq5fNDwB2Azxw9aFoDN3D9oWQA5"
    "dwKh5QH0/OarygH4hUMILRP64LiF0PKhK2m9CehESU8D+NxRhJYH8C9fqQ014lxPA+QbPd9EAHTpQELLBeC5GwMtD8B3HZTSXkEn"
    "HJcSWj4bD3QsoeVBR8T5Ki0TeqOcTGjZSUO76qwRLHRMHcbSsk1Du1mt5UMfpfMJLRf6iC4otBwcoJKLo6LQM36qS8uLGeK2tpYH"
    "vfJgNgp9wmNfWg50BzQSjdOgH9VxrQQIX35hW8tCriiNahi0kC/yOv1ZAHgFbxypDACbnSHTsgBq240XC4DGk2VaTsLgV+C1rKTh"
    "3C/XpEJIUgj6sdDyoQfsSJqWFTaCutML7U3EeaPlQm/SGpgx6MxyLQkdWaEloRPtWhJ60KElAXqNA+IAdaeWBGBXaUkAdLWWBOjW"
    "aEkAa62WBKjWaUmAar2WBKg2aEmAqktLAlQbNdkJUHVrSYBqk5YEqDZrSYCqR0sCVFu0JEC1VUsCVL1aEqDapiUBqj4tCVBt1yQ4"
    "QLVDSzKxp1x0aC/ChstVgfYmoj7xcGQSOU057dDyLSaquesOLTsmmvDUD93ReDUJ3cloSehOVp+AoD/9ehopVU8jo+lpgH5ATwPM"
    "g3oaYHVNcACkPr+EALohPQ3g6XMVaFfBYX02BPiKehrgK+lpgG9ETyPz6GmAr6ynUQboaYCvqqcBvlE9DfCN6WmAb1yfnQG+CT0N"
    "8E3qaYBvn56OGMJxhp4JQHJHI3omClnN3Yj+CoFGpyN6Hs7nwvWInp3wm8lMFFSVkXRWrwGFlFd1QinlUZ5MlE8e9clE6eRVoEwU"
    "UboKZaKQ6nZlxJvUKBNlVZMiZaLIcqlSJkottzKFgquSq3pnJhMlWDHj7S4KMq/uFY96lC+UZy7lCiWaS7lCmebWv1CsuRUwlGw+"
    "GhhKOD8VzGzWwVDceZQwE2WeRwszUfB51DATpZ9XDzNRBroVMRPlYJMmZqI49FPFTBSMaZeeGHIrYyYKR682ZqJg1NUxE+XhRldG"
    "tFkhM1EG+tAxykA31bstCv2SvI0XN13eWPiJfTyczQ7QyaPw84cAVs7yls8TQlXEN3DFbfyGHvZzgT/jxLekPynf9xHl4e+8POdq"
    "qZOkl6Ey6ZqRyNiOV2hDZj50AjTSI8LjbljF/clB7l/S8yM53OQIcEUrb6s/ib71M2+Hh5Wb2nv0uOtcdFi+04JQz/xHBdzh3QxF"
    "nTO8dXJVBUCjv9JHMrA8fP8gSi9+RG4xv7NV8ozM0LMsxE+GPvoYGubekXk86M+gb4dVcNCa7koxJFwp0rf0fu8aXvlKa5P2sXSn"
    "Sx+oGh67nDEmXU5DLXqrfaWoZ+l6GVuqKWZReyt0nhGjEwN0HlLOI2dFeKKTCoXfq1DTp10Btq2ur9P7oo4vXzO2SEAHyLJc524z"
    "GAsOiKxNnOnFkCh/jJM/8qkMuSnOGFtrycMd5HInr/AL2vgXQ6mMENQooV9x5VH0X+LhFYsxe4HeRt/3Ws87WvUcmGSLi4aa6Ub6"
    "iJ8pqkc/upFcUf+PDGpF6/+m9c2y99tkDB9aD8sQu2y8l+thjGA4ZwR5QqWfuUY6Td9IB7O0sUYiY52MHP+RK3C8PvYrW2HgkYw+"
    "rXxj1+ldjY2qwpe97mZ+ZokT5FsURdeh11WYtyMugs26vIeeko71V4vip6Sv/LXyRP1q6UN0m8g55wpfFfdxIb1DtX2rydV+53z9"
    "P+AWkfT8fP2XUZeED3MNCeQPBchFFxIsfyQs9yJhmRcJ92WFIrSQ3rNVrXp2ms5+wBj6lArMe8xzbyQu3+md2ySvjQCfozd5Kcka"
    "WVckeT3MGk4RIopvhhyEfzv4qHwEpYK6D1klB9IoByxHDiBa3lXpoa91ObCavNhCbn7J6+qRVwxoYzVtdEr6Xy098NLGShmWlPmU"
    "R//X9BSGztAQtro1Kcyu8FCCNqHos6XCVdx5JGfUtGkp39yHFXM4wyjyLO/9EafEPRW/7b6q6Z67lNanNa37xCKgzhV5U0J/vwl2"
    "L1hag2tbqR2/0ZlvUuUxZxaJaYGhLzoRN1D0iibjKlqqcEO8qdQb4QPZQ2q7yaMyuoKfFuFM6dFhevg79HAOVPEbzF0n6dum6ADr"
    "5hH6sblRoiAk92B81Rx8Q83D1mI1KL+64ntbIpq4iPYd92JShkGoj7klg0tMWizCT4P+KVKPm9C/fh5xRh66fEC/73jPfOAOZh4h"
    "J2FqjyC6dzbBsqEVLE/pLH00N6KVlKE31bMMri6hk678vUBeV0HY/xAXkaQf9BuraB1I6SvyyyforFnkPseo4Ek6s5rcoVcdr+n0"
    "ncCzU+PsWtflt5juEZyNOZegFsznRn8qQA7u0nyDnyC3vyU/fwt0nJlEb8/kzBT5zSWAuuYhzBULwNcXHnTlvOjKzYWuWa05B2WX"
    "x8lf4ssQuZfFaWkvfdcnydFVpUTPF3oIRlWjxMMhcm+bDH4xTl67MLCxFQYO0tkcSg85Zc1+oKmfjqh94DwDjdWFlg6wDrIogqBg"
    "xWQoiKUsyg1gRkXQHUCv8o2g1EzRKT3AGqB1kFC2EzSUHtO0+AZ0IaBmGjHNwFwmQ1Want8RV2j1mApvGtU0tz6JcxlQd07lvXse"
    "ohGmlWvqIm+ckKNz67TQKRV9lGD0wzcukWQDD7+krwXEbz6jz2SQWIleERLPbxrjdaG+ouIb1Okvqv4qPSpCcOaWda3W2U1G8JBu"
    "56GqepPqs2l+MvKGq9ImJZ2sFDLII+d5kDwXkL6kt1ToShYIXQaxXBi12Yy2GqYIfWDa5A0M0y+g/10n5zGGlLr6adGfHYu5TOsi"
    "Dt44OUIOk5MlYV5lDLw9SutdkgQ3a6RXlHEmFPlVmdEAqNioDFkRf2+71ZdOZT7noWVCVrRJtm+ej+qKHmXpQgvrWyH2U4fgQM9W"
    "jvkVgp8C34EySK9Ab18ZGHjwA0VrB+acUekFOaWGZNYGYN8LArFKh6HvvgSiLzuzuvzMiW1UpsfWrebI2rB1lX4708WTPa2UoDoL"
    "sglyzBVvCPogbYkrjjQXckGlg3R2CYcvQ+5vJz+GNbs6Hf33J3IcO8jbXeQ8OYZhcbeTF6Dn16ag4Pdj5AY5Tp7tgfzbk+TmEKkN"
    "pjKdm9cJmlhBap+Tn7ox1PT+pQI9P26kD0Bmz2rBriGTvnQJMySdWoE0RkG/yOwi73LkympyO5VZRW6XyYVRDEn0LbkxQh4CTWBs"
    "iRP0EAzlA9Hx7zF3D3k15JoLtrRC4ks6G3TPhi5rEGXcZS3y2VPxXqpsD/wNLt2CdKwu+kTcfnVpZgnfsBcPXFNffE41ees8tsYS"
    "JJDDLc2LJTxEOj7uU5O8DBrzLuOyitPx9TzItb1sKejEdVdw05mM2+h4l1ZBOeRKjuGKm23LlKQBR8p83KRt984TlsdnHdKz+Pin"
    "ms7/bOqnMvvE+pOVNbbLgE/kwA5N/TpE3g7RexXKGCYqojaGLFNNI7edVcxHTeO1rXUvfv9s7g7woCm26MTvMn7wWleQIVzTuy16"
    "QBuL+NO3O/dvIscHXOGC3ozS+/tAlrKwxnRGRIoTmijMLYJsLXKkspE2iuTIWle0ol/L9Dn8AtbcTetcrFtoSx5x1UPrfQ4y5G3z"
    "J7j6Kyp/SB+SX+TMTS7QA1qwIQxMfLGP/E4bX6o4XCZ9Z8wZdKjvv0YhdfpcyEy1lvwtZArELpE0sw6mi5tyebkbhl4k/qVooeYM"
    "B5S9Liy5sNvswpjsdRmSjtYLqBaKxKumTm5v1cmz83QSIHrqLDDyKbp5QeErAFVEzJoojRemRmBQTsAscIDc2w2TC1surRMe08/6"
    "RPX1KX0XVV196p08ZY7WlR2ttasZ+pTZmDUlmcuaB5IZHtgc2Xlaxt0yLR4VB4VtybOO1OcrZsU6kcttRQgk9SNPnCHRmLJXhXVu"
    "kVqUnLSwqqGmkUrPM3kPQu8OKm2mvpP85UThdKJuOtFiHyg5Xaev0POKIM1nnfTCEhXE/uvpHSWM97NGcFidPIM59w49yiI+zZLX"
    "OeGDQvTta3JyIzmxcTyVWV3th+l3eyrzDXm0VEXnPAQwXCC3yM8wgJmc289HqvqljkGMfDROapU9UNnIvjw5sR/b3JojP5GfxRRx"
    "Tq7TkZt8LF3qTqYVQdyAUTjlQtmMDCDqx8xXFK5OK7xdUbS+3KvkXRPkMSOMzNlvyDsg+JeMSp6ChvhcX0CRK4yhnIxMGhIjUCS1"
    "deTohu2ogZAzXQItd8hj8grQ8I5Vd4Je2qW7MlFxwWPJ3fwLGxTxCXJlElTHTIV8D4L2DpDtbZdak22t1sysYrhSQbp0Y+SaSy0M"
    "yy5wYHfl+iZ6EM7EVkDYcwHgXfIalLVXAuMYf/TxFHlbxLiHQt+0NpEXe8ilbk2TtD/3WJ0xV3ejIAAD0hUN2CzvcIsE6juExjyL"
    "cnqCPIVJ4Jy73/PFEX6KvMIkx21lNfwln7U9uttO3OCLqSIYVXx/0bSWCpq4LYjkdpPk4n6/5ofBJ5axDxx8xvNEv+6fZ3jfhxcc"
    "uXFW8cWM8Onk5YiGZIFd5Jdt5MZuHM62zz+WFOoaQIte+YhHQ4PR+5mPHvkDt8b63GzFBUWRf1TZPVj+BqvtaofJva5F51V+c0CT"
    "f81lIFT8K4b0HSf397jIwJ4nBvoqt3QdBVtEYOpDmav7sQLJdExhBizcURUu+C05Tk8MoWaSoedXkktFLZxoyPzQFzEJ+uwj5UPI"
    "ZtGMD8HsLwn7HCNsHsL3FMxFJzEeH5J59/ZucmQYG/iC1NbQ8+QkfcMkyQUOPgB0G5jvd3qAHmPyHGqh56fJ7Q/cuJkvRvxvMGmi"
    "YXBci1qrKAmY5YhCkGNH39YWcR5gXFFBAqfIXXqcTRNoTT+J01sfuCKkhpcmQtK2+4qe2EJPTqYyS0e2rGYB8Az6cLFcwFI2QZHe"
    "p8+0cLS3ttCzSzGWZ6q6mjzh7S7bTUX0YcD6NXqQvOF2MFRwifzxtZjkVu/a/pWzCyrCB0ZXbyINbozBt2+h/Cs+98K3h+n5/g/5"
    "m8+6vl7fNEW1PDqB+yB/uSNbesIiS09qEtmXnXnqE09o5Le+ftLMJgde5+gR4LrngtQwpONTmLiuoc1Oz4jZ7Ag5s0d4SWtbteIz"
    "lwuvFW4XXpd9XXhdadJucvNgYgYs6L+JCZhr58SKNlU14Sbc7NyMniBXyE8CN7h5/wRwc13HDXMgd3EQURNq7/zXP0AN44v/P6Cl"
    "75S67TNO6F6yxUj94hEFUidwxMEjpTn85mij9LyzKiIWl2a41syWvK54w3KqyfSds/wM+dLWewhEXAcp+BuTaiDfhMeyUMYlV8Pt"
    "2U0cPVswWOWTIYxKvWersDrOLKZPwLL9UWj2RaCjl3roVDW/mHH6QpzoyJJabn+p7BKfzDFny0NPiDJ9VfIr96JkKKcZXLc1wv4R"
    "igocPRf4EJv68hTGDPeLFjfVdHyavhO+0jaqcyDXlKkmsm46i7q4ibhfRhYnf5JfaQ1k4y3U1MgPVJ6pyWHoV0DTO21RQddwBuZH"
    "AEa6FXGoYZ66pG9NAIIPufg+p6LDvhAnDCLMYjzv0kRNsZbKNRWh0qiJuMaiap9mMey/h+f7GJyY0Quqoz9wz4UY6Fzunk2Q2ipy"
    "as0QkAh5nCXnx7FwdOUKtdQ4QK7uIfeHU5nqEDkK024FZ+ccuVEmV78FHWbPd6D9gDG1gj7tkoHSXVsuNsxSx7iOg7Rl0EaM1MSk"
    "L1ZApqEKGVienR06Ry7A38u4cPodeb5PhGG/Ty/C3x9VuVffkp/H+IznqNDc9LC++YY8UY0+BJ3rDpE6WJ3Uh7/kb8I9kwU5e8H4"
    "N6Sqe1+64SQ1cbxhV+eez4W6vhLmjncCCDx4Jkwn1ww42ErvvS4UU6/cn08x9Rq3Ut2hJ76lj+XmBYtnv6u/MozsLUXLXJYc1Clk"
    "Jj0JdH9X9oT+RM6uHZRShfzuVVSdfnKfvi3Y4CrbWSjT+lbNXq+T63r86q0C7Tc11T7fCoOXaH3fHMGxmSy+L1q6oMTKfTr7H2ln"
    "porkKG3IgMuXtEb3tGh0A5PYwNC71Z6of6t48ExJM2hJbxiQeZT+Qc6JnGcT5PV+sdp/ih4nf/E1P1wmlocVl6sjGbzO+KoucpyL"
    "Lruf1EbIPXKQXHWJ5qF5VghKc6/uXZZw9wLoaqZK0DpfAraCUqZupY1d8qjFNpci4BDZBUlkH0n6oXIhsN5GGxV3hHGtA4XWHfCM"
    "ve+KhrOKAWLEGeDh1nw5CyTYgi+RGQEvD+HnDMzz14RSIie0kMaS5yfZfmJVyDkYzVT3/lE8jHBqC7mzDUc8SWq7e/eNwdCL42Qd"
    "cqi3zsmlZ0BpvMlHCcB6TM6vz83FpX/vK20Uiv9Ihv0NwdVDajvL9k5AyLkFI+TviS3mMbx1bHO36dc3r+V3XS5VgD7xUFDezCDo"
    "agdIXVtFlZpgxtmJL8mpEQhLnCCl58WxhXZSS+8ZTKcyOzeTQ72ktlktG4EmJ60dMSXaLCD6YbBufoGuZ8hh2jDWLgpi4zBjF8j1"
    "EeDoDFPBgYeEbWGBrnAERhGPyBxJZb7cvSzBK9tHat+Q2h5QSTIToGYfh27VcKsSytXhmzegds/gCUGYrX8kz/CIDYD2DBfgBIAZ"
    "cmaHSyy1jCb/hKuL2lrch36URN8463LLaX3EdUYis4i+ludylXVd/OwDed7XpSXH6atFPjb1c/qzfkyUH0DZI48JW+2rwYyXizQ5"
    "tkd9lYhtIKjhPL2wzeU1mWmRHVtWNykIpZYESB8I7VlZgjPkndQO6exHjuYs1ghvSARl6CwfQGuC921qamcqpc4Ugeo3TU6RU5Mc"
    "wqzgkBMwbiD7QGO8jOouuekywmy3hVeXvqo9tprdxGYjC1iqpo1etfDnXanL+izH6kvV1/gyHBDxiwJ5U5FECJN980J0eZ3U6cQi"
    "NFDyum+3fYOWlEdJ0rxAa8IDwP2Rm2WgRr8AHhOGGEw1x7/ih2dzn3S2L29amy5DyRNsbfqWix+cgAmtsSTW/gBToBerSa/opyF2"
    "wwx2SB6U+kxuRwMbfIObbHHkXtroIG/xyFP9Y3VMPSPwHusnr7rojUF1diUzQh/CqCDr/8g+rgOx/wYTOlgeJ5s7U55nSQ33q+bp"
    "DZqJsjvHsYzk8M/kJgpuhWJ36rw79Y7dKJ4bHyu2zWwU9vKvA/TE5+Slcp6fwSMcV5aQWogjgjTwPNBHqze4eyLCW7Q+1EQPp8o9"
    "KAvIa3aFZrYTcJiTRoOzZPq1stZmVqncWbGPrl7R23R2l1xmZ7tv51lwhQy5DpL5Ar+UA6bLMZTSKK0nkU0/B03ysNyA/g6y8TXY"
    "+vDJJXKI35+Bj66yxdRLUOVlJv5n8BDVetHaddRJxX0Qcb7HAqKFTHoAlZx5iims7V3ASvw/YXW5Ej+zw7USv45z6Qh5ups870J2"
    "/DS2SNK9S96DSvihWM606XW0N0Hi3QBJBx0iJ73Mvlye+EajeoLtsh/YD+yQyX3Llra/6gbOlLr6r2CPnFO+8Wvk6dps08EMFYCk"
    "NXdk3Fsyy5vCVRx3Cf6YWBtCHeuJg7dttL5XAk/fAhYvgrh6CoRxj9wG9eA5rodDv6/DxHAD0BMQhi2p9RSGQUcl9zcI1fww+QP+"
    "n8cVdCh/kB79dqm0vr8em9g3ncr07OiNyJNsoYizp3FaYnIFbSwXPOzZKlraNF+U59H76fdujbPTV/EXChX2/WfQ1M/QR8hJMlBD"
    "iJzq7R3pV6eH4p1eJbN5ebAyzzqPWIRzqS8fqcWcC9pizmXnmZ6kM2Kdax15spWcZsEj5LUz53hgTKa/IQ+GyU3AOXlVIA/JMXrs"
    "O3h+To7Qo8D8valMJ4zgtFqx20SubsXjz9+tEiLiPDlBz2VA/dfOlpGngNdjakXlzwJ5BqoeEEeO/DJMLnSRa6nMAB4wuYK3w+C7"
    "k3ihg1vvQOsH4PnNd6TuXhrk8Xnm3VkBMaVGEoylc57ju3Lnr96Fr+Xmn+dggjiXunEl3t5qpFLiLElG0hpfawAeqOfl9O/ME86h"
    "s3/z0quaVvgw4NB72AmO0uqxE+6qUb+pbIYZpc7JQ4Y3i+T8oLY1nHFOXElZNqSsm9dynbZHnNwE04vtxD0gv5JZoIwZ0IdukN+h"
    "9UtqwKNyK15sJtrLgekHcnjX5yqtL6IX6U+UbedDPbhHchDU/gN8gY28kkc/1GLjJSQFGI2LUP8FAOiukJk2ihigpEPkp+0oTrLk"
    "NBBkP8668G/3MDQ3OVLey64mfUhq+2n9E9CQ3PeDWm7N3UFLwM1vnp2TGdJQKsUdZ0V+sd/eg2n76bMqVxhubmnR0DPjbgX5jlqW"
    "vi9u0ZDrneKCGj8WMAsq5FNUB/eLNq3BQo4cn0SEfEOOwqC9bJpBeESsf75fCflX5LYEaHMz5LIYz4e0BobAWwQQRupP0iiulYJh"
    "9a4tW1HYHCOn1sOPg6hlyIX2i6K3v5KHkS38g6U7uviRaXsdqS0jz3YhBZID3WJWOR2mD6bEMQ88F/2APqVvlNS73kfPxfCaEZDU"
    "L+RXdrf3DK7+LqWn+aac/R9S6/jGXuOml/HSAkROTYmZGfq7Ip46TOC3BEYuCWPOkgdQZ5zjm/r9x86mq4+GEDmPYEr4iT6Gafco"
    "sw5O01P0JLT8WB3Qi3xBf5Gb4K5t4BCpbekYWQLIegYMQ06Sy4j1h/Qt+RnsvytiFfzwaktia9vYptVuPIwuZNXmoLPzsGwBK83y"
    "CIg6Byqvh33Zm+M0Yq8EvfQRqUtzS8YoUl8Iiou3kx928JcgJR7jCgo5jweUU5ntc06/Y62PLM70zLEUjAfg4s79QNkLES4KFBN+"
    "i8ratzP3ATmac538fDlOD+0nb1OZoNqosz6XAiEpo1RZnqg+NgvI1vqA5eK5oZ3VwqNJKyGk4BbrqxvVvf7pnaXF5Phu162nB1P0"
    "7BjwZGaNvNxmCUrdDEYfz5jcULHIibT23SlylxygByZAScp0qIvyarzlRVHVa3GLSZ1KDdOjtL4ZNJ0L2tHUM6BvtpOLVaDZi0Ay"
    "Z+c8kjoxj6eFVuPbo0j2Iq1PSqm+ktaHxHFbl7yWF0RClloFqsc8h3HXikkWywCuJz0Hc+V1HH7tg93KAiNSJu41dW5yfuLFLYWj"
    "PlsKTSSLB+KKX8A4kuPtOrXSY73ynDw5DN/jGLZziOQlZtCi5OgN8tat0e37yTE25UyT2hDumV/DM5HiJDJYnadQuYRpHKeDBzAC"
    "v6N6oQLU6UJn3zwK8jImek+45mpLKcg1/RgxEzl/0Rm5PfOr2hz/hXel23UxION7YlVt/QKGG/SlOOqtC3R1suCErP/DJoEeaxpM"
    "FqjyPabgGfrOdxXznmPX/tu5eYM3/0FHv74X+Xe3PDLwOfmhF6FZS2rr9+SWpTJ7OsjRpaRm8UUMUfvlDeTZSsh5sobWsvQcw8IZ"
    "eH+KvGK7yRn4eRF4BJeIX3CF7htUIvXbimYU1eW0PPSDW5s4aqBtHUEKgO9hYhCLXnX1QaMrKMvDbL9mcgOYyf/uIQf2YjmFu2mM"
    "TJkV4ckCzL1QgIUlCzC3QgEWxCXA3AkFWKiTAHcjFGCBOQJ9GB7TgodufIjBA3MXFGC+/QPCTVCAuVUPdA9imSQ+VfAJY1AFmIef"
    "AA+OxSOcokteHuYUfQ4HWKhT9DYMb1mmxR5ZLrYn/fYEeLQamcaQnRioJsA89QR4gJoAc9ET4EFoAsw3T4AHnwkwpzwBHnQmwL3x"
    "BHi0mQC64QnwIDMB4X8nwMPLBBzHOwEeWyaQZpUgICX2hCCUZDxVDB8TWI6BTSOs7+wJW98oS2A0mID0oxPg4V0C3GNdgMdwaQr7"
    "ijFcAo4fwwAP4BLgHgwDPHKLFhsWY7YElNfCAI/X4o4Yi9FVXGFjMbKKO3YshlUJSO+EAR5RJYB+CQPc/b0KLosxU5wIs+gK3wkz"
    "i+FRVKxZDIsiA85iNBQRdRbjnYjQsxjlRMWftRiV8CC0FqMTHokWY5mIcLQYwUTFpMXIJSowLUYskdFpMVCJClGLAUpccWoxEEnA"
    "8RgY4FFIVPhajD4S0L0EBnjwET2uLcYYCaSxWXRezsLcYpAOFusWna2zgLcYjINFvcU4GSz0LcbBYPFv0QE7C4KLMSRYJFyMFMHC"
    "4WJMCBYTF+NAsMC4GLKBRcfF+AosRC7GVGBxctFxOwuWi+EMWMRcdN3OwuZiOAEWOxdDCLAAuhg2gEXRRZ/9LJQu+uln8XTR3z0L"
    "qot+41lkXXTxzsLrom91FmM3yVlK+d0LcG/q3ti76Ew9oPvaC3Bf6gHHy16AO1IPKP96Ae5EPaA86wW4s3QWyBednLNovug8nIX0"
    "ZY7OWWBf5uKchfdl0QtZkF8WkJCF+mWxBlnAXxZFL8AFFDbEJAnGEWQhgFmAJhYImAX5Y+GAWTQ9FhSYuU1noYFZZDoWIJi5Tmdh"
    "gpnTdBYsmEV2YyGDWXgZFjiYubpn4YNZwDUWRJh5VWehhJk7dRZQmPlRZ2GFWSgyFlyYhR+TIYZFiLEA91gXELHFArqvuoAILRZg"
    "XuoCIqRYQHrqwlkhh2e4g52F9EDFiOr+oHd6/UHvgrfLK8z3YSyJRdvTI6u5006e7rD528UmS7r8F0O6p2oP9xrxGDz2ie+iUVbP"
    "YLrcY1eNRcHlwfZgR3BlcE1wfXBDsCu4Mdgd3BzsCW4N9ga3BbcH08FMMMt9gHJfqMH+oB3MBXM55nOUuSINDgQHhVfUYD44FCwE"
    "h4PFYAl9mwZHHMesmi9W6fE1uFf5+wyWg5VglXs7RSeowdHgWHA8OBGcZF5TP2XeygbtdKsD8NxreHc5P5au2uir1+sLO7i5Y6pS"
    "Zd7fXO7Q0Ksyuk8T70ZKI9NaRHHhormrY6pYQlapVDDHr0S3UwJ9MzeX2JAvdtrp6mjZnjJjhhmbxuDkgJhKZbxU7jesRCTZ2vX3"
    "isKo3ZuGHxVjJ9AKOh6HITWiVtKIWZYRi8eQNIy4aRk8DHpwY3XQLq9QX4QsRi3yLb7oyaaRYJaEopF4UmunZzCfqxpxLadzdN8+"
    "5Q69p9q/ehvUGQvJyiCnF3MACJHTWYJxXlEq9Ouesxld9hSBlqGsFXVVwF/08koSMVcnejC8t4FO6r1e+xNx6FMyZLAIA0YPi1Vf"
    "MdYUs6XySKkMxNDPnOMvLxSMzfhZRXkhd5zmZ0v9tlEtAakYo+h6P1cqG53ojRRdEA/mgcvK9kghnbXRxz37TPO9nyruNCqsWUZy"
    "QShul4vpAkvJ6PYgfSIx00rEknOXlYHvEXeFie5yKcs/NzQv9oZwXG8IP/ZQNUBcnqtlo1iqGlOpon8Z+DhbGoXehQx7LyTcFdjl"
    "ckl9NAbSpV+Qt4QTgeAeCavoj559DbobSxTtf1Kfhi0GGDr2D03/jRpTRenhf1o5DucxA8IWlxDMfWImD+OscyzL5fBosMyB6b83"
    "bhKwnalia+rBMUQKCgmZFmQCzciOTRjB4eqEMczDEgTRKzxkcqj1KoW4GwGNACWcgM2Ti1AaFVumeS1T88I25ULQAkgbByH4EeCp"
    "o4lI8RX+L9jFgeogl8zD6QmZlISgRmGOqnRccVTpaGJSyP2l7i4TBh5dZmL3p/8rFWkUyFDqlEaciLmJvxoANaFaKkPRoD2BoznF"
    "UIDzjRCe/cMABMtMZyoGB25MvLNH+gz+GTxu54+QnY1OhmV+NjqhPU+aWr72PBnS8kNORRGtoohWUUSrKKJVFNEqiugVmVpFplZR"
    "GJ4ZiCI5iclJGTpjMgdak8E+ZqBURjMMC6wKBpDMGajKWBn57FB7CUREBclrCkqGsAL8AXDCkym+ZpWG8W0Y34bxbRjfMpAAEKQF"
    "1gnWK9ZN1m/WLgOH4Yohj2GToZd1BrugUUFw0pIdnlBPk1GVp54mIyovonDnYM7Bm4N+B/kO6h3ECyJCEhaEKigZmIpnhxhNIgpZ"
    "cB/TKFQNzI/45GPkialgrpAf6dsOWgWjUsjB4uYc1YTnq0bVIjNCIqNJaAZBLeTzL+/Uf1dKGVyZlG3IOVxlYDmVUDzKxVMTwzO6"
    "hXeqS/ZeSTE4mns5CriK5BAsw0JlEFTSIVdpyA5NT3GCjQoucN5jCiUC4FjONJJ7RF1TqpzIGB4t8G/T/f1SzHAeQUqXnwlmnRRk"
    "r2VjccY00abijIOizcUZGyIzSRFgco6SUiDEmUkmTc5RQgIiBnmHTdGRMqgw/SCKq+V0sQKa27ChyAmwy2QoIgPJnBEfF9zbDSZM"
    "gQQdpMNgafViWR7gZ4BNT46omKcl7OOEogvow6RKyB40wW+0BB9pisEvYRffsMgvXNXqFyJfkKHBmoHeTS02p6dMRQ16OZ2ZQP91"
    "IguFoU5D0ndoiQUEzzRhHsCGFZ7CXsE/fMuoDicp1nWb5UMzQFByagIEQK6dL6CmAY/4BfzKFQDtTjlZMy+ONYtXvGasYmKOsc07"
    "2GOoZiJN4DcojBltDJAmoQaeLxoxULgij3lzI8ZkBFp3ZUvmlnhl+qWHxeVstjAWd0pLFpc5nMX1lD+LTzgsPuHD4hMeFpdMOOFm"
    "ccmMEx4Wl1zpLq6401NcCRCP4JCCQcgLj5wQDNInumtO6AwS0lgkVXQmnhY83ufL43rV78Hji5uZfFJn8gkXk/cZrXtgtOiABN6H"
    "yfs8TN43B5P3vSeTz8XjE8hyzSzOsqERjcWx+w6LT3AWn5iTxVnxJg6fQNExB2Y0FmfcPTEndyM5NnM3lJ9o5m7QrVC9mo+51RPW"
    "YiFgKCwsxduQBymM+FUt4eAAowB5TzAxM8HECqhcY/ASakB5YoCeB0of/0y80gaLKfAjfUyqzG/Jsa57TbcgU2SYkYghx/BhF/5E"
    "LCs7FxPZQUFMzAIUy2HMDpleiAEoDK73MJJ5HDNpKXNxDcYSM5Pfe6VkHnuRG93vXWtrED3aqDZuU/OuA70XIA4IakFj2lPHPNj2"
    "r0GICRchCIN/gC1ZSDor4dJX0R4fSQNCh0uMSt2fTbmKSgvWeO9qFkRlSKWRv0cjwUo1Xa4WStkhR513srT1oilRGt64y/IMvaQE"
    "Z2568PSSL2jixbw8LmVjIiyC++ElmXK/XQ4s3akicrTxrVtnl1HfPXRtHMp9QbUlKLb8+G4f3+iTe3xie0/s7PFNPbmfJ7fyxC6e"
    "3K/T9t2WsxAZbWx7rYP5+G9j+2mrmJPzNraBtpY5wm5jO2YbmO/hNrZF1s3cp7axPbEe5oWxjW2C9TIneG1s12s7cwLWxvadMsyl"
    "URvbZ+KONtrYrtIguzDbxvaQhtgFyja2Y1Rk167a2P7QXnbAuo3tBlXZQbE2tvczzk7gtLGdnn2BXVAAF5YR63N7UCM14Y8oJH6b"
    "zm/uvxMhnftMDzmtvl9A4TMLLjx/bafJ2SbQiwsBYo6D+LoTLfKbvOExf4UHPR5a/2mF4jC9xyuTOH7R6kN1v7jb9/zdQj5VF34X"
    "/qketMR18Lba5PDjPGmQq+IuMnf48XQKhrGmeW45RM6WyEXmEsjqWi7uYoX+tueWlgN3h14hf5BZ8ic7FtXAI1E5ci2hjrq07PUt"
    "180HMVhEnCEs6+7OQtJL33tgM7OW3l0pjmOuTuBZMXUDpkzPLVUnkC/RU/S+K2xMbgGNjKfJbV9HVOg+7zq5oxxRPerkh39zX42s"
    "tl0XH1v2QdGA8A0gh2whg3KDXa+7I84h3d1HauKGPH0n3cFOT5KauPU4QW5D6ZsLBk1E28joHohD1n/8HaCVFzxqwpWk5eu2ttWH"
    "4ljmBtoQPk/k9T31LUjxajqP1+hR2OeGWfDxwXS5Ig5gySDy4UQyHMcI9k5c+oRpJWOR+DQ/NyXD2ofiZowFT2fnHFQM+nAklGCf"
    "h5wKohHLTIR4BWE9FnyEh3aPxTGAMjsO5KSipp6KuUomtRTUKoLas8p3htpMc5c4S4GJ8C5xdAITESfefTJpJmIcpog7Pn1MBIc3"
    "k6wnIpp90oonwtPiuIZPdy2VC3mRcCg5LY5xyFwrbplJ3mDc3aCKTo8tiqMcegYeMnGlk3pagQj1Q13Tors+wDhh7ePxaDgZY4Cb"
    "/8sBEWMQ1cfAUmNgxU0zHmU0ZPrSkBs4Rmg6nkKmO2160xFPOupFdNKTgUdd3BlmM+pbEYcZ/j8BsY7jiC/mHSKPRMJAWZFpcXZI"
    "5satSDTCc2OuPjeDaPqRa8SKWIkoryDeogI/kB3yjkbjSVMAl/xfcFUsZlmgFUzz06FKSkbMaJjBEg75wRI23w+WqBhnJmqj/LSi"
    "nnbDquhOa9ABLhqOxoW4DrOxFdwYlQIxusuHcMPOgCehVitmTYvjW1PNZWO+uXG/3Igf0py24kkgLT41WH6ZMT9BFvcTqgm/1pM+"
    "mQ6m4mAex2IsL+RX0PTLDPtlOr2MRWPJRASlsIZRZwLUERpLxKMW+zzmM61q6NTg9Otl2OllIhoKxxLYuob3ZNhKWFhlxOllMpoM"
    "xRj7RkyfdiIeMZZg5CeGgJ/1xHQ0EY6FLDWlqhGK6HSHZyaB7mIhRXYRINpoiDUe9elPxPJRPSJ+NBeJ+5V0cBSPhuIRNhiRZPM0"
    "B90CSgvLuUwknekLvwHAIw6/MPaLYw8duGNWOB7HJqIOdiMw2JwIoqZfph8NRSM+4xB12tHatvy42lFtIuFYJGHhsERjfp/78WnU"
    "j7CifuzjDA7QaSTCCMvyYx/Lj30sv65bEb9MP9Kw/OSR5Ucall8vrYQPPqykT6YfR8a0AVYUHPNjn5jWy1g4AmQ1zamsiSnCjix2"
    "CvoQV8xyT5Ex9/wR88xlcc/8EvfMyQnP+4Rn/sGz1673vD3FMYm4J53Uv1dzp5KFsZgmIAHFMYZPZ4hiYcuKhxnqEnpHY/5wOGlP"
    "vxMJT9p3To+HomFQgKf5mXcpJhOg6FgIu5/gjYfeb0L30dw8oMquSZT/0yH0VxEsKwbTNWI7bjZTVTzsw8xxlzkUj/ioj1BjOMRM"
    "jbjGpVYymrBYpotY/1nHFC3Fo2bCRNaMu9TNJsr9W5TqmL1xbUqJwhcJZPJ4wg9Pyf+vuitxb+Jm+v/KdnvRtwF7ba8PenKW+wqF"
    "AKHFdpyjJHZwnIsQ7tsQ7vu+Cy1QCq0Dpu3zSP/YNzM6VrveOKHt+z3P25ZiabXa0Wg0Gkmj+f0/SGosFnNoVkuHKKR09N+1MoMi"
    "GS5SyVgsmSJepQ3d5xFqyFQ8CmKCTE4b5kginkm59HoilHz1dU2+l5EIZqQCGTFnZi0K6KlkKu3QME8bsxv8AxI9Lrryf3Hse+o3"
    "nfrfbEHGSWdSDrUg/V9QKR5/Mv+2JM5Q8DQFmZA5J2PsiUCxVBzfy3hjLpaOZdIJHHOZMKsqEw8rGWZVZdwQCyiTbDRXMrEQUzgT"
    "WL1Pv2UR2hveciiT/h/bQ8lkGlZ643T4mO3DUzN4s0Vb5fDLScYdmG1avFkJl/LwTxzz5Orbe7oVK8v3DQwQW/K9hSwGRfrwvTWt"
    "s+k6B16Pmu3Mic61FqxsbU1b0Wh8Dl5mLn744fqeSm9B5kNa3seYaxZZUC5k8dhyYbYCJVeWitaywV7LiVtOcq6TmhuNWqDCM7pk"
    "qTzXWpgd6umwVs6xlpWKhQF4pG+bzG24eJJJtVAF1ry+Qrknny1aK7OV7kIffDOf7bVaS/meQmXUX4c16/PuSqV/biQyPDw8B3g4"
    "p1Tu+vKTFmu4p9KtL6ZY2G5rVbavINrnXVShB62lzspwtlywIKO3J18o4pWVwWJHoWzB963WpSus1f2Foii8QhRoMW+sePXJ17Gm"
    "niK9nc3nS3392eIoOpjQDanVi1fMqYxUWsg9CApmewdKWEF2KNvTm81BCSI+ay2et9bKQiNlCwfy5Z7+ysCcgZ5ebGUE60FmLyp2"
    "LCj14U0aYHB7Ealc2FMu5KEDRiOin+nYfUwmOnuKHZ3YlI7Bfu9qlCgiHHV1Jp7OiztT5DyEjht0xY4cnsS9D8iGdozT4b3wDvGc"
    "N/RtjTHziT+FnsTGlQB5h48+oBzYMGOlcK3eIpzLoviv/rUVr5sZF8OwPHW2bLCXS1cDx2YnXbwaGLWcaDJmgRK1xgM1BC6MKUI8"
    "Z6+oUenSYmfJyjTcj7MiQ1JCZskx9Inl/4wVWVUC2S5Ys7yh0N4edaN5/L8z4yEhXgobCFTPdIOhkazFg729VGAWlQgpkO3r6R2V"
    "RUC8ByswVlaWYMQUGwtvFLclZ60sdPQM9jU+9920VJk9A4t7Rgoda3oq+W7zvpsFfQOfQc+wNaWBHlRH1my6uBF4CsMxv72Il5dc"
    "+RDdtgL9vKiYL3XgwIy5SStbLmdBvQANeJvJtcbgb+FMItyXpBsJ3UbEG23CESZqRSgegbjiRFeirAhFJfByYlaEYhN4OXErIiIU"
    "eFkJK9LW4yVdK7LGSCatCMUs8HJS0FgRucDLS8NL3cZbGUgPGGkHqKVYBkYWkNvZaaSB2E7zFSC1s9dIJ7C8WcDFDLME0KriHRi5"
    "KZ37g5ELFFPsAyMLiKYICAb/gGyKg2BkAdkUDcHIAspFTAQjD6gX11B1DtAv4yMYmdAGL0qCkQ9NyZqfgEaUzDSQL+ImGHlA/7xF"
    "Rlcjz800UL468E4cSFfxFIxcIF7c6jfygHxfbAXjETTCi7Bg5FN/YJwFIw8aIv2gjExojY65YGRn5CcD30tAw7QHlZHtWMbtZCMf"
    "2qhiMRi50EaMyGDkYAeVfCMqAS0TrlhGXpJa0FMyKE1AqwKcTUCb0HnLyIHmgDFijDRoR2XYKAGqV9ydNrJwVJQGDQ66OC56TPlz"
    "gfABvP6jM4Bs8gQzsoDqgp8vLhCN/mFGTtoSt8SNrAxWJSM+GFohqiQEwzoY+dACiv5gZMWsiBkDwngS954YudCarEEmzJmReUYS"
    "GjLfSEIjFhhJaMFCIwnUGyMgBVQvNpJA7DdGEghdYiSBuqVGEshaZiSBquVGEqhaYSSBqpVGEqhaZSSBqtWG7gSq1hhJoGqtkQSq"
    "1hlJoKrVSAJV640kUPWtkQSqNhhJoGqjkQSq2owkULXJ0OBA1WYjSWpPR6wwHsQ8vRB4EtevBEZkBkeajmFh5LukqkUkCyM7KT8R"
    "qB+aY4zVDDQnZyShOXlzAoL2dJhplFQzjQPNTAP1XWYaaO4200Crb4IDIs35JQrUbTfTQJ45V4FtFekzZ0Ogr2imgb6SmQb6+s00"
    "Dh4zDfSVzTTqADMN9FXMNNA3aKaBviEzDfQNm7Mz0DdipoG+UTMN9O0003HyV/fpRAfnQBF3w8xEJWtE3zAfIdEYg8PMw/lcRuIw"
    "s9NhM5mDimqgP5s3a0AlFTSdUEsFjCcH9VPAfHJQOwUNKAdVlGlCOaik1vgyUg1mlIO6qsGQclBl+UwpB7WW35hCxTXQWQnOTA5q"
    "sGIu2FxUZEHbK5UIGF+oz3zGFWo0n3GFOs1vf6Fa8xtgqNlCLDDUcGEmmNNog6G6CxhhDuq8gBXmoOILmGEOar+gHeagDvQbYg7q"
    "wQZLzEF1GGaKOagYsz47Meo3xhxUjkFrzEHFaJpjDurD1b6MRKNB5qAODJFj1IF+qfevKMwb6wW8RekLjSLc59ELm1zplF968/iF"
    "7KhAOKEQcvOao2C8bvODpm32UB88gOrJ9pyGt/mPDnX3yEMRVxFor0AFKkyhjP+KmXWV+cpDRON3FbS3Dosbg9w/NFj12YZoePOb"
    "hRp9Lpui6UdwzJN+ADgjAuBjFQ9vAb+r4l8uk5h52r+4xl4o92CF3ZHi9yTgLsaruzcHQ03KSK7XgEsv2X1+BuMiUwzkRwodhN/g"
    "9Y89yEuMT7pXw/Id8gUYTJtxH4GYHzcul6iZ0bUaWUDXJJFZ6yLKJVV3R1X3vi+CZIw/Xi7Cf3fOm9Nqwh36cEIWNOPxKcSWwmiu"
    "Z3y+5FEZZBz5+lzxldV96Gzuom3bRz4WsaYjsxEMQqA0oVfvLP4r15FcJQQgBRM8NcRed7fn2DWBOBN1F7EHrezcfFHNZl6fxetp"
    "Xv9WuR3neM3h9RZe2ygreQqi/Yrdgsqe++JHLmzWyqf8NTvnE6VG8Xmqm3lO/w6Tn19UHyyhJgNpa1VD23j9I6L3G687V0n575S9"
    "OSn9x6GquK83OyiQscLjqa9QHFilsFH+44/3a7R9UbO2/6ywIqj9V/RQuhoYSo4kDHnxi+LFBi+0pHKV98JoIoqWbMpHvhiax1Vw"
    "9U2y4BkVJV355v/xjUZ8P6B0ig+QMcWqKXYshdVs1IhNEw3B1Rc3b/kkf+nXhfzkTFqdwYINrT6v6TjiG96d4W1fF2x7Z7DtWpLU"
    "R4yGfTPNoG3zDdrauL9ZMH7PNI7fQRk4F9FCThKErozcKXtlqa9ZeTUrzBbZ37O929j+78RAndNCwv++z4u/g//Ia5/CfxolrMoP"
    "ldgfWXO8L0aQjWtfiWq+w6Fdj2HYfSXuG7GKekrKDqEMV/lteL/KfvYN+CXTCD3bH+h6Y+4w4d50r2/2frK/9OT4kQ4/vVdLwm+6"
    "42TeR8FrLF7XXteQR7/pmq77SxmNWtq8UTVWnxq3TlH/SwPtQbKMDy5rZkvUgBPHMBjtRKMBgQG+n/pgCFz93U804KDQFKkhVnVN"
    "iCensJBVt7Hnw9CS3K6MfH3fDn5yDOOcg2j8Bt21T0N7m0Hsl09jMgxOzaHH+lbUGz6Z1tPrL/BHSueHvrs9MR+KrivbKTF1ZweZ"
    "+1j1+YhfPSiwdWVFsQuGUfRrQ4+smE6lXSRFfvpvisDkEpkjjLFUC6u2sGMtyPRNDbSsbEbLK/4mPjWvb+kQ5J3692QbxoIXhO3p"
    "W4A4UvvMGOIH2Y9blVHG9iHUHK9/zSe/MONtK4wwr0W3FKQvlyhcOnz4uW4YyHLSZKcRhQKBNd/GZX1XVYd94utZhKU4wU/z2pfs"
    "OkaVV9Xxt9r2U598vcwHX9bZwMBV0whrQEmFcnCyoH9Kzax7VzYuPzVL6n6WkBpU7XADml61JhVsr+ogo2GrmzXsMDTsPuqNs75J"
    "KWsYlVrV8mP69+s5iEmuhmWezD6wBZcqfIOlNFukFUAvTBZ5XpuD80ftGxVSfQkCdNQQxc7D3uN3FJIjcaysIRIRe8+z3hZpA72m"
    "cWQ6Na5fp36qTbRFiox1usZ6e6cHRmmwa8001ulc/1zFXmhgiSaG6nw5pwroJrmy0UsvVy9vHvov6vHf3+M/8fqHiq3s7pSzl9Lf"
    "iPj4AXTOr76aXX5utawz881KD6pULoyoglcNls3aGUiODiYuOTLkqbsGSdLs4CcMG/4MU4L0FFZvh1XnYXRyjd3zt0SMTdIC5BK7"
    "AOZojt/3aSVXATtKiPBTvCaWeu5OdniQHdvtIfNEC/5RSLgBShRXGKJYVEjiPkhsUxyLerWgo7m729wVbe25z6Txp2ZkoxvWTSOR"
    "CwLW00STlbdm+3JPIvlLRI9R8vI++40953cF/qeG2Czwm6YcXgvK4VOttCbUlJpRWRthXCs8CG3W8LdZDQ+oZvdz6tUW3zI8xS98"
    "K1DFOhctxgHc2TBoW5vZRmBB8Luo4y76JDOlANrZJYWQwyff8362gpZTiF0/r2PX5gmJ+DT24aeqC3Ps8hb2ditMPLUce40ARbug"
    "yK1hdpcdZj/2Qf7NEXatxKo97bmVrcsloM06Vo2w658j/MaYuv77R5HfzHuir2Pud/JnCqNUzHkkOdfb29lrssiy7NVWdvFLdqM9"
    "t4pd2c7ODYCOyO1mlysE//4CKjoA/x6SyrrALyEY3gD7c5vPQl/fjH8v+OsePygH/0OCgqACfOjNEBLs1ttaehy+4PogsOASIJwd"
    "IneRkoIPQtEeHusp788pTeVvp1lw9KE0HG66xGjVO1OT7ImexRPq41kfeFTWWSW3hdwUzJLGXhKCe+f8K4+329S7H3tbb+pq9wdK"
    "dbwvpjzF5Y8ajOsNzbrsanBr0VgOvM40NEfjpci7xS47uHMWopez/ZsMo28f+xNIBtE+wi5o2LIEIjeKt97z5hJvd7KxdzY2p/zN"
    "nqkof7NNUy7Ref4DJJ+SJB8aWgTrY3bwW4PiQ+zPBby2hx1jZ9pzH2swWwUUM0evFV22twdmlO3s4HLzdX50HrTmADuKoOto8wgk"
    "JVcrqD6vobcVNBYUuycrfQtWrPx5je9l59hP7BR7aMDmnIGRfD/DbqwBfoKGFZEPoHRdLeZd/qiBgW1/t+snFciQsf+IiveMXv0q"
    "090xoN8FZhg+2oSghr5yOd3lt/RqGfePn8n1WMw3capaa2UFC46PhuHNfb5yuYYmb2rW5IkmTYYu8/YI12r5+VhvpB+Ar9/XdB+C"
    "F3RKbuQnqZK3CV3oSXDSUzkGwZunsZ2kxsP1oc/0hmonPKQcYRqREnoo3ymoMAxqs4pJ/JslSm/KZRe7IvXmFWM+6VBK6ENQoGJV"
    "5W7VG3w/+xeckkkfsuqH7NiHPoQXjFDTpEcmobKztO+lTJFaq1a4k1IxVnU7rxmr/bs+DFhHGaYgpy++4KdnCR6sYNUtu1txgj0z"
    "X46Yn9kd9haM66sUqqPGXv/wtR/2uj6LHeb1j3pZdQ4soNnTL+S2fQHRD+G18zBAf23PFfwLs/YKWna2wuwZZtUd3UPtue2jHYgS"
    "i99an2X3pUGPczOYrV+ATTvJTvrZpcFRmu7ivGavcW7y29AdiotQ/V3f+jKhUYVr/JEOJTPJH/NJYWy423jdWpRYvKE9l2cvvgIl"
    "1U7QdBf4UX6XNuzAcuBX1/NrAjC9EGn91NJ4cwgqemt9e+4rAf/n9pQ2F1j1K1SFN7/0WSUFRPgDJl7gN1gdarzyLT8G08RT6gwM"
    "wPEHLNQPIEC22lTfMLaNHe3H50OsmmcnNyMkJPuLvQTif0bF+TkBF71dwa6LlgzxEzD1vEWsSUTzZC/Yc4EXRR+/uuYHRXb34LY5"
    "X+PLXT58eBfbf8llk2D6LP1hJTs6iB//8gcg9LXuvUPsMbvDz/K9vs7LNRvMt0HWJ32yruCLTzbbK6jxH3Vn3tJ6KRU0rOWKT8GW"
    "szsjrF5AYCeNL+jwe1xBs6U8BPTFCrvrYz1kVg1v6sR2sYmMRvW8RkriGVqNDMYAe8gui16DZcTF77SxreDtC+nvZNAZZDS7XoKm"
    "m5zKNxPv53yylxh12scoc4moR//75pThuJu2fzu6EsmKfAuy+0DSdBmk5YGvYAHRsNhP4+zP7YinLU18dzV7vINd/kJY8P9RWws5"
    "f9Nwqe1Djc3LKs8AYUfYbdAT9/2NpbBjTUTjF7ENHFwjQ3UP5K8T8lecPxQ2AcLeGkjbHdPw810kT6sOaKjesfqqQfTqTE5Ey9mb"
    "ZewMIWC3258h8J0Hg2ogbV+FJ3IcEvLlIfYIxuZTdRqkRVhoUmPFV84V+rdg7YsW4HjX3SGRbvlt9psw7mCAv4RefbqTPejxdUBh"
    "GhzyXv8UVArAkHcE+Nbpl7nW/Ird25A+WJAt5WfZUQHq6aENw5LvMJ/oQMC0LvbnanZzs7lpMNsKZViCP7d8K4QCcAzl6zr7E2G7"
    "aRvsjDqZBnG4y6/xwzAm/5ATW5WfGGI35/gZQYHrpjkfeIQzy0kDF1a3Hr6oANmvypUdismv3m/2J6R/Vwdt7DY/jnDQHJcBDxOg"
    "vwxrUOOb5hKpqFKsX/MTG3h1uD0X72/9hlW/bM9Z/Mmnav1j7pfAMuQJCOjvHkTsOn4qgUZze+VLtVW0cC0sMc4rOwIm2z8kaHSB"
    "32SvN8lD+4Wt2+Z7x7tcGGmJxauAGxL1DrTHIbC1z+lYWYc2C2I6Z6/8/puGbYamvh8/0i6Kb50sBfm4bzaPab5f9iYDVxX2bdsp"
    "mMrjIRHTvIhqKX4apsMLkjcFUFRVUONH2S/j3my7g53pZadouv3g63nCiuqUxyNfijoVBO5l38GKEzSHPGZgBMUm/HjZKHJvDZG7"
    "pbV+zbP/+H29Aq+ptYqCA8etU0naaX2+91oTW/THfGP3+D72ht3DTUAYNq/4sVLocEyli22Cb0sR0vBZD47mwmq1flvFL3QKk1KN"
    "WRgVL3zOFUphRSP8md+zA5RHYVefHy6dwk82dQoirpkbep8FT4yNk72XAYDxmFxwArtkRDl1Yq0cUiZlKLNZWt3f4m/lIlUfK+uV"
    "QP2zYMAyeOEpr41L5fQYLPba17j8Qx0GXNIdYbS5awYN5vWs1kGHPN8HOcf4gb/zuuQzQ0P9pX9Pqr0ule7jk5sFwWDzLWHHvyqC"
    "SByTy3y3i93rZmdpnvtk/pcabbmbXepid0vtufGdu0rQk4jA2cGulQmmef12tncrqw6AbcxfrZZ0Jn16LMVf8iOCBpSR93h9Aatu"
    "E0XmCG6CCVyVZ/vwQeDhWRjGJ3DlwJ4NglF2EMYxit5Tfh6UxR1dkMDWR2kj4QisNaoYIRHMhxw7RajwMvQf5b6AP8/ZEYnqDhaO"
    "OKx3v81DN05I4q7A5HKP/S7J38de9iwRT77YNLBNaUHo6fpGPSfV2oFhUs9u+7pPGJ6F1NcgEUp1n0YnHjFb+rRodzOT6aa0aYJa"
    "dDprGrS4f+UII4G9lUPhSgXm0Lq5Nw+m79ZNw0M0n1f9Z2lB09vwIjnJHnE5QQKffmXVRTroIvstaO3o9vY0a+9F3H6ZAvIYdN8N"
    "qQ8dWJ7e8o6M58t+uA69cIDX35PJc4bl+EOTry6Djz4TUMRnmn6V174xWHzN92E8BuB/CN5AzusyqNr9KG/A1NP8BN8rdq5wB5QF"
    "WPxW+hemWHWUVceGdrbnKjthjMH7VdzTru5gN/fglpvBxe3NuHgPvnFt6vPZK6oJXdCK+2o6gRWSgFr23Cp/kMdJ6EEgt0W+mCLu"
    "Ka9ZMuO29MB0ESu8Xp4S+bq3WQtuNchBqJx7K0V23ujsvuZD6jW832RI4dpAjCA8KQEJ7vS2ipsNIui+jZsHcKG1jz0s833kYbiO"
    "VddXvt/gmR6fqU7f+G+Mq388Gov/SPuYy6h3VDn/ZcaYTcTw1e+0GPg2dC1QlXvPaJg94z9JT9uf1Qhib7tgyKOVReaRpfekYK4T"
    "iOw477EHtNo+LV3NYqyayxZh/l2+jB1bDDOqPkhwYdWjDuef+k5QESv7GL8IE8oZmI15Pf7Fogy5GyKS+c0Ku0mzW409wbNMSdsJ"
    "BqsqIK4K66jcvO8+l9tUBVbtYxd3sFftuR3sV7ABcH6cxKkdUriQeMJgIQom9GP4955Yc/GfUR7Q+GYTy306qTQTSy643RG2mzcp"
    "7Ryd/gFWqz4fgTSssmtSSus+a0OlbM/dwbcXpNbpv32oD9RNMyXJX+nto7jnibGH1wXL3M8X80OqI3zLZBeDIwt1CLVd5Oc3qv7z"
    "7askF677ssEGKDWVUP5IWcF67QTj0ltHfehZwGodpwR1FJSWNPXE15etzrAjq9mx9pxc4EBHn4COPQl/bqHByk77zvIy/tVQTRrW"
    "5iLMKGY0qX8Gm4S8vkFvAgV3bdyQbTBzk/CudozZu4UfhKnyqXS/e6BOiPWRY629c6nspLjcMf8O1uC7136HUawD5o4R5thQJkDv"
    "XXkafZc9Ap7dx/DX8L1r/Pg82cGzvv7mC1H7LlYts5M78ES6D8ofYbBkEsPSY48O3t90Fpx0kEtswpsGi2FbWDvIIUv6a1RhHFf3"
    "kNNY3XegGlvO64vR0wKP6OGvtfwgry/TKzncAcyxy7tBFqq4Sa2Zk4TV88n/8JtbeS3anhvgV/bwG/D+M6oFdWFNu4KD0X69sZ3l"
    "afZjwC5u0lBeW6ZaigeBwpkajS4Mj0/7tRf1ejSmtnnx4AHbWhNtra1dh9VIlzraXUO3AOTUTmzpFtnQCXaM/5xmr3kdWsrufcEu"
    "gWqdJdiF61l1ONwxvNPfTIG33qSJL5QPrN7srOph+kBu4bpgCHpWzI4ZbHb+kxE0+ZVeB6Z8Z2Zd7OUG9nAt8uU952NzhGv96fBL"
    "70mHyAKOPD7BzvHj7E+UOT1d69GDeuOM+FJX6xa2lxaXc1fyS+JwEWp9CgrzpDBM6b7FL8uyDUf85eYapcb/9Jsqi0MNxlqP2uzX"
    "E8gD0Oj3cMEojdlUih1flcujbfLItyfk2SaN+z8D00x+n9Lcd2qKQ7/TnlEONo7+jZa8OLdzv2GPNrGJLuQc9PqnymFK9Qvkt7MH"
    "O9jlPbha7ma/wUJoL9sHiTdsP6xhYerfAjo/zapir6KwnFVXs7t5mFdy49LuZ0938qP9/CYNffQWq8EK/BdaV/8CSu8S7rbiTjaG"
    "m4eR82sWHWo62c9d7OwWsL9za9jFrew8vgecO4inMirQPChoyN3D/tjhGzUCaGR60wyo95xtLnnONtr/BVj1PT5SRwY+FxljVxUX"
    "NS28/sl/eL2AHNzledCgPMCkWkPDAjdCH8MjfQNilSjzZcNeDgKmvItp6bcnfzL2lh/5bJ9OmNXlzgS7BaSOiK30Fq3B6u/zepc2"
    "fu+pLbj5YqkKHEft+BvYc0/ofLDKT7ET/CzkPdMcSS1UG/zSE+sTVt3QhsYou6wvRpzhT9Q4IbG4BVW8hM7/Y0Tuze9Ve1x0foa7"
    "L1eB86fhK6fY77CCuO+zXYnrVo+SWUhm+7Mwp3T1DW8lfQP6WJHHDqMgmczGW47TTCNi82yqCXMyqrj8KX8tt37AjkZ5OUVgK9B0"
    "ELYLuwXRY5B3ZA87vAd5D//+qbxXDu/BJzjT4jRyAV6RixI6QDwFFUKlPtqbHkfcUhZviH3sGDZfXU+J97xN4s+De+WzghbaLN91"
    "rbhfpdXNzKjf2runN0XlSFjCri/0jgeAofvBvHmM59g7pSpzfxjoZgdKYuNiL3ulDpNNVhD00LuezpxtHEGQ/1hvkB+Aly7IHn0F"
    "Ztk5dkeaaCBGPeuUxG3oWvbVbujmw+w4duBSdrg9p/Z5r8jmPmHPvpZ+qV9sWf2Fvvcxlz3dBM3M7VY+ToeW8es93HQoSQFFT8XV"
    "UjqtubGUn/wcT5P5JTAaf4Vpsspxormd4KeEY0Ehzqrzt2ZX+6VluDQTtVjVqnASli2nNVd+5D/q2eSA8mXdg0bh8T3GmZw6T6lF"
    "fO4wLmj3a+wt6PybeI+U4bb6YfYXWRHqlN1Ngcqqi1tUBRi0S9f1fIhzzRpZw11+iz3jJ9BxFl1AeXWNo3iS3tzevnpde254+Nvv"
    "hobbc8Udi5cUy+25xcrv5nNJ1uUGbTs4k82KfZ5nzedhtnLIPsXkmoADoNi0jaY++6YsvOwL89gB0H2v1YpC7nGl9BtyrKRi7Nc+"
    "aesUQPqrYFic40fQCWTrlKbDUHMHtsnxKTdEv9ekf+Ybzh1IEDvUz45UDP+9A+zXEj/TC4zNfcZrW3y+f7y2XMEguVJ6TBKHp/Gx"
    "65mKxNfLNYly65DtL7Xy+he97wNlB4ps33Z2tOLzUXzVrWecY2AQ5+bBMlYQJsFfiu7X6Np4YL7ZNn4Wyu0YQ05DQ+/R2uAwLka0"
    "4/VHXgNlH8BEdYo95FdBVOXykNw+0G/qJ9DguPVxQvomuuzkEDszyM6CpML/2Nl+dhbI5pfRS25K18SRaW7HT9mzdC9iVGn0DXID"
    "KerGdTfbvJ5WLngf8pr8rV0K29t5fbt6DgNeclB68yXp+q/iRg0WiOr3g4Y2jE4vnbhzfqSpeCrUJ15vbVUbXOzIKjp3ejTK/hiF"
    "1XxujL2E/0bR7WyFXyO5iuq87sM9RbAYDoEqH8qOj9NJLurzTryddwMd4RbJbjsPX/gFpOoJFXlJ5z9X2W9ge5kKd+c01nuWtO1E"
    "wHHUc9mbfC9w2Db5kWyk2pd8a8C4JZer7ZSPQ526rxhxDeqyS9zvlX5UfsXqakE9IjIMBZ9o6EWCAGzSxt8aLdVa2C4vN7QnLKnl"
    "kg1NvzqtqCogeMD/Nv7gS3aV3Fm+Y9Uvxje5sMb+DBbXdVXlClxHzGOn4NNf4SQzl18YgGkGm/8cDQv0PQMTBhYzYLZO0JXcY8Lk"
    "HAC+SMeHLKxq2L0yBjgY5kfZcViCVvl5XLchMUsDjksyhSbo0oiajpay6tcDy9tzpQVtYz/4nDrHW+xCMS9Ro2yK9WITWpRNMV5s"
    "AtiwKbaLTTAUtojpYhNogt2GoIQu/FiDP5Lwg2K32BR23ZYxW2yKd22v6cYyGfw1gL8QJMimcCu2AC4S2I8IzGJ3UgH8XCdCHWLQ"
    "V3hKmS79pFz8ngqiYgskEZVGoEQEEbEpbIotwENsipdiC4AQmwKl2AIYxKYIKbYABLFFaBRbIIHYGBPFFgAgtgyGYgvoD9uLgmIL"
    "3A87S5UgISX6hSSIgCe2gPaw5yF+ZJzaTr/w66tVCUTqsFVQE1tAb9gifJgt8DVsX2g5W+Br2F5QOVuAa9ginJwtUDUMQE3E0zA8"
    "UwWWhu0Fj7MF9IUPeBNhL/zom4h5YatQcbaAu7AxSJwt4pJreE4EtPAwOjFEudpGEtAVtmo5QlYoDE9EqpBAnohFIdE8EYFCQ3q6"
    "JCUC19MlORHgnogzIRE+EV1Cw3wiqoTG+kQ0CQX4iSASGvUTwSNsHcTNFiARthe+zRYIETYFbrMFMoRthmyzBTCECR+K+A92Fj+L"
    "UaQJTRTxEwhSFCNfE64o4iQQuChCGBDCKEIUEMwoRsMmrFEM70+AoxjEn1BHMVw/QY9iiH7CH8Vo+gRCioHvCYkUg90THClG0SZM"
    "UowzT8CkGEeb0EkxyDtBlGJgd8IpxWDuBFaKIdQJsRTDphNsKUYfJ+xSDOJNAKYYb5tQTDHENUGZZsSQ0kHQbBHU2jbDn9kiprVt"
    "Bj6zRUhr2wt5Zot41rYOdmaLWNa2DnNmi5jVBJ+KsaYJQxVjOBOQKsWbJjhVijRNoKqELEfQqgQWRwCrhANHMKsEc2YLBYUfIk2C"
    "GG8EvErgOQS/SgBsBMJKcGcExUrRqwmQlaDDCJaVIlgTOCvFriaIVoLeIqBWwv4guFYKOk6grYSIRdCtFNyaAFwpqjXBuFI4awJz"
    "JZgomNUlNJQtgojZEv7JFuHDbIn7ZJuBw2wJ+2RTyDBbwj3ZKmwSzgqduNEbWdyb7RqwEmZs3i0NsXm3wuN5AxSJLpnBsguy/UtE"
    "CEWRXlgQT2c7lPRFk4V0a6XQt8FKp+Bnm3wvkaB6urPl1kLFmhWZF1kQWRhZGlkeWRVZE2mNfBvJenEwI3kRjTLSESmI0I0U9pGi"
    "QUa6Iz2RvkiR4jdiUMlIvxcR0wiCKQNVRsqRAREQEuNEikiVkYoINYkRKCODkVEKVvkJBYnqLmSb7YeLUM1ryj1D2UoBQ6QGAxBH"
    "1i0cG6hQ0C1fFCqBSJ7tkM/6S/3jBqqyjIy7auFYsYSDYmCA8ORDSqzxSmBI3MYSK3uKiwvZymC5MOYkLSc5jgDNwJaBgeFSucNy"
    "0/FM83jL83sHCxuy8L8BawtIBUZ7hr6zEm7GSrpJK5lKoQxYKce1BBR0ZHWlu1Cer9+IuiQW6ik+aM1nUTLmRBPxVMb4jkCsTxk5"
    "iwd37tQxqFsrHUs2Qp3JpKoMcjZgTjqlchaXYB6cX+rtMAMWkwC2FkFooSwSblQgHmwQlWAoRLMVrQikbGFg8GCg9HQKGpWJWhTS"
    "3WolwO4Ba2kxXyr3l8ogDR0UkHxeb6+1Dl8b0LGfvUDl+VJHwaqUQFYQ8rwD4xlbizEKJIZ+7UZ88XKhvzebL2BccXrNiHfeXtxi"
    "TYvM/m6Y4hpXXeCTG7HDLRku3NJo4GNTgLRraHNrrL0YXgYB1kuD0LqowLP3V1Aol0v6pSHQIx1SvjVKOYG64xirYBRwehvMNEoU"
    "C/+kPoNbRBiGU4+O/40aDbB0HbBZRGqPuUJFUNi6XA/0szlkKVfQY9AyBaf/Xr8pwra0F2cET09hvakIaTQrPzRiRfoqI1afCAYf"
    "wWjckCmoNquU+q4fJn9UcZK2QC5SaQ0UVFrUMjYtbWM+Bs1AtLETIh8AnxY2CCk+wj+9hWJXpVuo5r7siEoqQdC9MEVVJq8Eq0w2"
    "kRryv2mGKYSOx1CF2Pzxf6UiQwKJpV5p5ImcnMSjLrAIKqUyFI0URrA3x4gFOOFI7dnRB0RQZjY3YAnihuSzQn+bJV6Dn5vET8jO"
    "J0ZjKj+fGDF+jzpGvvF7NGrkR72K4kZFcaOiuFFR3KgoblQUNytyjIoco6IY/CYSZXIUk6Mx2b7RTjCQLHqZSBkYzBEXqAoiSOV0"
    "VRRCQU9++4ISqIgBFK8xKBnFCvB/QCf8cuTbVGkMn8bwaQyfxvApkQSEoCxQI6hV1ExqN32XyCFeEfOIm8Reagw2wZCCyKirGjyi"
    "f40mdJ7+NRrXeXHNO49zHt889nvM91jvMV4KEYqwFFQpyTCoRHaUZBJZOAdtKsfqrViYHw/Jx4j/Y5HO3p7+tk1gVpCUQg4Wd6ao"
    "JjZdNboWlRGVGQ1KMwJ2oZh/RaP+XS1lCWtSfUPN4ToDy+mEHqNCPTUMeJJbeKabVNihJAZ7c4dggbCRPIElLgx0g0263VcasqPj"
    "Y0JgE3IUeM8xhRoBeKxmGjV6ZF1jupzM6BvsFe9mOzqUmhFjBCVdvSYH66gUeyMbi9OgSTQUpxGUaCxOwxAHk1IBjhhRSgtExWBS"
    "SUeMKKkBkYOiwY5sSBlMmA5QxZVytjgAllufpcUJuEs6FJmBYk7CJxT3JouUKYigx3ToLKNeLCtgVbpoevJUxTRfwjaOaLmANozq"
    "hGpBA/1WU/JRpoh+Rbt8hxA3hKnVIVW+FEOLPgOtG5vtjI85WhrMcuZgAvvXw3OJQZ2Wku/oHBcEnixhARxChcewVfAfPiWpw0mK"
    "ml6gfPgMCJSamoABkFvo6UVLA37iG/BXZy+w3SunahbFsWb5SNSMVYxM0bc9HveI1aTSJH8jcjVj9AHKJNQg8uVHLFSuOMaCuXFr"
    "NA5f92Wrwa34SvZlYIir2WxmQ9wrrYa4yhFD3EyFD/ERb4iPhAzxkcAQV4NwxD/E1WAcCQxxNSr9xfXoDBTXCiSgOJRikPoioCfk"
    "AGmTzXVGzAESNYZIe9GbeJqM8bbQMW5W/Q5jfHbjIB81B/mIb5C3Wc1bYDVpgCI+ZJC3BQZ52xSDvO0dB/lUY3wEh1zjEKds+Igx"
    "xLH53hAfEUN8ZMohTsUbRvgIqo4pOGMMcRrdI1OObhTHxtEN5UcaRzfYVmheTTe49S+sxUXCUFm4emxDHqQQaalSws6BgQLiPUJq"
    "ZoTUCphcQ/AQakB9YoGdB0afeE0+MjqLDPj+NtIq06/kqOnBpVuEDBlaJCLUE/7Yiv9HLut1Liby3VKYaAUo98NoHTI+kwWgXHC9"
    "wyJZ4EeplbJQ17BYomXyO++UTLNeFIvud661OYkBa9Tot7Fp94HeiRCPBL2hMR6oYxpuh9cg1YRPEOSCv4u2LJSclXDrq1gY7s8C"
    "Q/tKJKX+18Z8RdUK1nrnamYkZSil8b8nI5GBSrZc6S3lt3vmvJdl7BeNydLwxF9WZJglFTlTy0OglWJDEy+U9eBeNiZiElQNL22U"
    "Owple+4WjYTQ4js8NE8JfQeE6vxPH/apcz55xCdO98TBnjrTk8d58iRPHOKp8zt1dCdP7eYROkELnZ0tpBjrLXRY9g2Fnm6h07Fl"
    "FI64hY7DVlK01xY6/1pDYS5b6MCrlQLhtdAJ1waKU9ZCR1qbKJxTCx0q5SjGSQsdIomIAC10ZNRN9zxb6IBoO931a6HjoCLdEmqh"
    "w58d5NLdQkc9FXLuaqGDnWHym2mhY5yd9lYogFvJyOepI16xqgzMEpV/O97fwl0CKZ3aE4ed0O/PoPDJGReevrYTbKKB9OJMiLgd"
    "HkXBF1LnqArfOH2F+wK36v9phdIRScVL8LsVNXtRX4pdE+ovN5NXg9GEZ/CqGaq04XJTTDtVydiF/BT7k10QobedArsP3XGfHWL3"
    "6M6NvM7I9rKJIjtLLiWRb+Z9IvxN4n87xkTT3rvJz7C/WI0fICenH9HJdDe7/pF2Zmna9Ps+/AL5dSad2YoqTot0p5qcMVGDGB7s"
    "xh66PrAXaDqGLljssXaVjQPF59UFAfY7+3H5QsGjr3tX5Xw35JpSr7uKPfMxdSZsu8LuAEl3pSvQ3UF9OcKEvogmx+GBiBDcWaE3"
    "rsyYvO9EDVuVz5vgYsw/KuTfqdKMeSuDZ34UGvKz2YvSMWyFimShYCK8d0HhVrI9eDkb9XJnH0Exd2fLA9IRSuF0p9JOPOGOk0OU"
    "zEun3USMgOSdqIHynYqnYs649DdQryfSSbAJxqXvgcKUTsViscy4dEPwkLHjAugaKkq7aeGWYyQTji+Z9BfOmEmoWuJ80xe2RFsc"
    "Z6v0a8BEbKt0Y8BEXEOAx2OJpJsSDYv7IbuTAi874zqJuMbLjjsxN5Ucl64TIU02YMjdeCJFYOBUlwljniHuRqdAtKcvmoj2MkPj"
    "y6t0xkxrEp0M0DYuWxtCiwf0nU7EU0mHyjr/9U6R/ZAw+8HV/ZB0Mmkcj9KvpJGxfgo1oLrilQJUN3nnS8cD6USQ2ZlAhgZU1xlO"
    "I/ubCYgT+9+g2OBxPJTznqDHk7G0K0a84wl6IpqKZVIiN+lrcyOJTpjIxmEJAZ8bl+5AU1YQRrIn4wkYVulMalyy5t8fWSno2WiC"
    "BlHMY1Qyk3BjREssGkZLzHk3WhKyn4XKFd6DZtpPq6LN/KBHXALYBB8Yl75SY2o0JpRSTGwNEdyY6nBnTjQZcx1XtM7rcLNsMjQ3"
    "FZYbD2OaJ1zpZMLNuKSN3LDMZJg2S4Up1nTY1zMhmR6n0rFkIhpFhWX0olHQCcuMhWV6rUxF0/FEHCmKJRonQpOfoLBjcew8g53e"
    "7Gpw0yAzrJExr5EZJ5FJUJ0eQclEJg7Z48ITV3VxPA7WAWU6Id+JB7RYmqRP9oBwvcR0KhGPZmJKmLwOiptihy6MIHbJqDf9wsAX"
    "78UTIe2JuyEWSDxM5OKpsJIej9JR100mqUGZxqkO1EjUTcXVZCaT3uyF7wDhcW+4iNGHvZMI6e+EoQmceCxK83HCCcsMk6FEPKQj"
    "Et6HjI+7YaPaMG/chJNy6PVk2Oth4zQRJlmJsOHj9U4K/eNo8Llhw8cNGz5uWNPdeFhmmGy4YfrIDZMNN6yVbjqEH24mJDNsSCa9"
    "VnoinAwbP0mjlVEHhgmKVTJsVMQ8XewVDJOupOufI5P+CSQZmMxSgQkmFZiU04Hn6cAEhM7Qvufie3rMpFOBdMZ8X0+eHvnJsDZ5"
    "fZRMpUGVE0PTZkOT4XR46UC70+lAOnxS9/rU6/xkPOUk40hCmOpNRd9tRg8x3QKkqqYplv/TLgy3EZLRVDKRphY4IV2QioUM55Rv"
    "UZSKhxiQ3khJJUJkPeWT1n/WMt1puLpIUUt8BmeD6P4tUfUWwCmv+zOxVFQYIql0GJ8y/w+imk6kYF4dp4tFDSopHf137cygTE4h"
    "U3qwpg2Z8gj1ZCqZBm4Rr9KGjs9EY+kk1pZOhJKvvq7J9zISwYxUICPmzKxFAUWFVj4tRtLG/BbLOKkUEZ/83xz83jhPp/4XWwCG"
    "ajQO6z6cu9Pp/4JK8fiT+bclcYaCpynIhEw6mWiIGZ/xxhyY39F4DPVTJsyuysTDSobZVRk3xAbKJBsNlkwsxBrOBNbv029aOOGb"
    "WGpFlEn/j+2iZDLBtd44nRJm+/CkC15s0WY5/AKtEk27mRZvUoLX6J9Ui15+e0+3YmX5voGB3IjYJsv3FrIYPenD99a0zqZ7F3hl"
    "aTa8OtdasLK1dX6bE7Vg5MzBWM3FDz9c31PpLXiPIEten5hrllpQLmTxIt/CbAUKrywVrWWDvZYTt5zkXCc1Nxq1YPmS0SVL5bnW"
    "wuxQT4e1co61rFQsDMAjfTlkbsM9kUyqhSqw5vUVyj35bNFama10F/rgm/lsr9VayvcUKqP+OqxZn3dXKv1zI5Hh4eE5wMw5pXLX"
    "l5+0WMM9lW59j8TC1lursn0F3UTvagk9ay11Voaz5YIFGb09+UIRL5kMFjsKZQtIsFqXrrBW9xeKovAKUaDFvGPi1Sdfx5p6ivR2"
    "Np8v9fVni6PoEkKXmlYvXjGnMlJpIYceKJjtHShhBdmhbE9vNgcliP6stXjeWisL7ZSNHMiXe/orA3MGenqxoRGsB/m9qNixoNSH"
    "d1+Ax+1FpHJhT7mQhz4YjegOp7PyMS/d2VPs6MQGdQz2e3eaRCnhYKsz8VRdXHZKoksNOlzQLThyVBL3NSAbWjNOh+7Cq8NzutC3"
    "LMbMJ/4UegAbrvzymh19QDmeYcZK4RK9RTiFRfFf/Wsr3hMzbnRheep1r83eA7rANzY75agLfJmMlUpHrfFAJYHLXknluq79tMxK"
    "lxY7S1am4W6bFRmSojJLjqdPLP9nrMiqEsh5wZrlDYv29qgbzeP/nRkPD/FS2KCgemYwMBopWzzY20tlZqlCIWWyfT29o7IUSPtg"
    "BYbOyhIMoGJj4Y3iYuMsvHzW+NR3JVJl9gws7hkpdKzpqeS7zftqFvQPfAQdu9aUBnpQPVmz6d5F4CmMzfz2It49cuVD9LoK9PWi"
    "Yr7UgaM05iatbLmcBXUDNOBlJNcag7+FL4jwPpJeIHSbEC+kCT+WqBWhyAHihhLdaLIiFD/Ay4lZEYoi4OXErYiIJeBlJaxIW4+X"
    "dK3IGiOZtCIUXcDLSUFjRYwBLy8NL3Ubb2UgPWCkYUBEKOqAkQXkdnYaaSC203wFSO3sNdIJLG8WcDHDLAG0qsgERm5K5/5g5ALF"
    "FKXAyAKiKVaBwT8gmyIWGFlANsUtMLKAchG9wMgD6sU1Up0D9MtIBkYmtMGLZ2DkQ1Oy5iegESUzDeSLCAdGHtA/b5HR1chzMw2U"
    "rw68EwfSVeQDIxeIF/fvjTwg3xcFwXgEjfBiIRj51B8YEcHIg4bIuAhGJrRGOzgZ2Rn5ycD3EtAw7QNlZDuWcbfYyIc2qqgJRi60"
    "EWMnGDnYQSXfiEpAy0QcBSMvacl7y0YetCrA2QS0Cd2ujBxoDhgnxkiDdlSGjRKgfsWtZyMLR0Vp0OCgi+Oix5Q/FwgfwNs7OgPI"
    "Jh8uIwuoLvj54gLR6Nll5KSRA76B7WawKhmbwdAKUSUhGIDByIcWUJwGIyuGvehFazCexL0nRi60JmuQmYTGzDOS0JD5RhIascBI"
    "QgsWGkmg3hgBKaB6sZEEYr8xkkDoEiMJ1C01kkDWMiMJVC03kkDVCiMJVK00kkDVKiMJVK02dCdQtcZIAlVrjSRQtc5IAlWtRhKo"
    "Wm8kgapvjSRQtcFIAlUbjSRQ1WYkgapNhgYHqjYbSVJ7OraE8SDm6YXAk7h+JTAiMzjSdLQJI98lVS1iThjZSfmJQP3QHGOsZqA5"
    "OSMJzcmbExC0p8NMo6SaaRxoZhqo7zLTQHO3mQZafRMcEGnOL1GgbruZBvLMuQrsq0ifORsCfUUzDfSVzDTQ12+mcfCYaaCvbKZR"
    "B5hpoK9ipoG+QTMN9A2ZaaBv2Jydgb4RMw30jZppoG+nmY6Tu7lPJzo4B4oIGWYmKlkjTob5CInGaBlmHs7nMmaGmZ0Om8kcVFQD"
    "/dm8WQMqqaDphFoqYDw5qJ8C5pOD2iloQDmookwTykEltcaXkWowoxzUVQ2GlIMqy2dKOai1/MYUKq6BzkpwZnJQgxVzweaiIgva"
    "XqlEwPhCfeYzrlCj+Ywr1Gl++wvVmt8AQ80WYoGhhgszwZxGGwzVXcAIc1DnBawwBxVfwAxzUPsF7TAHdaDfEHNQDzZYYg6qwzBT"
    "zEHFmPXZiVG/MeagcgxaYw4qRtMcc1AfrvZlJBoNMgd1YIgcow70S71/RWFeOC/gJUhfaBPh/Y4u1eRsp9zKm4cQZEclLq/w/W4a"
    "4u31Dj+U1qfSndePiryQq5it5LK4i/1eJKTX9pyMPgi/IWfXNgwk2sXfSvdDlx3eLWLPY0zVfvKKlY6S7LkMc3cD8tAL9Ap72Z5j"
    "v+qoizIOoUI0Y08/lVVe6mZnh2Uc130ayBerfqjhn07LWI+XBUKq9AvVAfiushq7zF6wc0CFhzR9eoBoPYcxHJ8giJeKldjXEDpv"
    "frOoow8lUzUna/yKhNkUUVnvaDfqmo4RuFIBNeio9grGpmsP26sgRt9KiL5UF7u4h6m4zjXR8miSX+C1FRipeamONouoWjJxpxPR"
    "QfgjdpvvpditiDVbW8LrPaya9VAAZ0PT/1BhJrtUVEKFq0c9lGNHZ/sRLBSiBquWvZooRHJVY9Md0HUZHtQqziYRa3jEOp0fWOzg"
    "lgZYjAXNOH+Uv26lcK/PNbdfaHioqgqDHKeI4bX3FSQUO8hOSZCmAohAcRmvvydC4i7cpAPC1/6j4rx+wvd5uQqgEsXvTTd7OIhx"
    "JkHwJtgRdpY8r0+ROJ7GuKIYK9sv3xRt9Dj8OcAmMFj6nVXsisRgZUd1XH0JFgl5+3V472Ma+a3ux8QBYm5DW/eyS/w84bacg48f"
    "Q2IC8NQLp5FhxL8yhDgguB9o2O1DOvGOQntdE34UY/V/xGttWhKu7uY/t/Kz7bmv+Y8IscsuLRPk8/rnUKECvJ5kN31CpWLv1nrZ"
    "eV6fI3mT8Mmqy/ZSqPSeBtlaNA1HpHSWPZwAPcCrMma8wG383ePTx+qixMcKR43GwjUp/U/Ydeial7Ldv+xmF7oVaI0qw2srpf/9"
    "W5lxhYCkj4oo04hMjKE2ZRXnZNmfQKqvKbTRtyayub9rHoV0zWSLpO4FuwB68pms+oqsul5hVQElXdjIqm3s2EZCIGDVD9jxUXbc"
    "J2SLm7MUg+v7ph/2l8HIuxKhsYGREhEQGLlrej7uUmzcJOn/XWZchGovARsvEhufzoSN5RmykP0ZxkGDL98048sxMYHs488UW0bl"
    "EBIa7XkjVzS25S6t4p54AgcK5ig7L7UHsCSroz8fZMf2SChY2eJDoC6OMBmuWl048d34SLH97NASdmiXUFSfrwfNUJsTqh5TnkZi"
    "r4b44fXA6AmgZQKU3gSx/TSpx1MwW5+H1A3+QitGVJln4FOnETHn2jz2syUV4w0NtJyTYHKkEas63rrCyKqpqxu/wcPn7Gf2CMOu"
    "G72wZEYq0JNOPqGl04c953VDh/EbyguVkZW9YApTm2Bsge3b3a2bsF+jtp7RunF/iCS2hYnhk5mKIVSqtab+UF3lbWdnx9irGYrx"
    "0uYQVTV+c2rAPnNET8unv9lUg9Rlzezg1wIdcVAbDobxW4OB6E13ckqemuAtjR37do+gd4hVWwUwVGEtArP9NE5xqQ8AxcdgAByi"
    "AbGPjND98AeRWg73sn0bEFiCIFb2w4A4ym6CJZXjh3fwI5BB4L38d5hA9ykjzdfs5dOJ+KkmPeShqNFVv5t88hNvBoM/VWWSs4sS"
    "6ANtnNvD+tKUBEnZSYsFjOwPon0R/hzU5v2PIeLdM9M+fxou3p+bNgFQ/kp9jcBJJM3XhgQEF/HviKzoNqwkqoImHxdXTDeNEay1"
    "xgSdUs5/0XbLb/9gWENXPA+dodU9w7ugXu9vbbBvVjZvxZvCNKIgL7/F+etEIAP1noAfcdyhts4IO9BtBOLfz57n+LMh7sGPwfsS"
    "m8LdyV5tJ5DT9lx6pv3+MLTfJ7WFolZ0F79jk2o2YPfW0D1DnEHUJHNjG6ECPJUGQJVSN8BAyHlIjTKmugufuqemNicPxsYDb+nI"
    "36pP+7TnFGSqJvn6Xl5ULSNM3LGdOd80terdpqkmHTe5K5BR6wZVZsuOYy/75Kp+zj/tiTv+niAIq7dyLe+y23n2mNCccez9+A5c"
    "6g9RrvpbxxuW6aunWSwi4wYlbI53y/lKyLwOa2adeI268IlShFvn89o8kKmr2m5/vIbXW3l9uZrWV/MTvL4IWHBXL30u8iu8BtVk"
    "PThJfg9eVfqhvha/XuByR4Pfw+R6Cc+ANeDz+joJoBLDRJcEbPCN+DXTSM66gPV9W4KlNyz3NCMi/n0KYY7fVsxoUd3t8Mf8pJw2"
    "USV/+gkyYY7m0cQ/nNYRwBFoPOhDAE2xy6sXiRJL2N7lUtdkTRRQgUhPAnmlAUtm7QzE5T3FrUENwR4iN97q+J6R4FcUDPVlWmx4"
    "cOXn0ADYjdbAMmlyu3p9f5md5bUM1HoO1dK7ixuBIt4lTHQwpdmlUfzv8ihO1NvJGP9ZrayXgFzvFRQa95vhzb3sp+/YjTIZ74fZ"
    "ddwnO4o4HQSGpQhpxYZv1vB9JLJ5XmtVIrsepTQXU5WuYNX3W5e359ZLGCcXLJ+LiNcxHNinWPduMsyrU+21fTCVDAujDmgVF/VB"
    "no6zq/wJIt/KklFk/SZeB/34nWb8wZnKcH0KK/ya305RkpmGul9KnlwZINPqjkCtkvXcoi59rMfCW3iJ/6aGwqBvRyTpBSpgt7fK"
    "fcE149/6kZcNdrc2s5PfihX7oEKJ04x+zX+VjL4kP+z4Vqa5QG5tB59cKVFo2emVKJ8wmHNgxt4GS1iBGx+AZv6xm73dAsRf2wXr"
    "Qdwqq9IWG64aJ+DfqwjPI/FHXHj1nEQAnSCD+Ry8caKM28AL2bM17HQbvh3j9cgQjBMliQvZL1vZTTBO2Z8b2Ruw9q/A4OAHdgPX"
    "D7M7mI9obrfBei+052a77OgPGtx7Pnu6CTfZ9oAJfEzgv0FxxFU+DAPr6K723C4VJeEYOyC3wnHoVIf4yy7cmIMvTQzxffDggcAM"
    "+w9ozglei3g7uGIPK81vfRxYvq5v1lUvg1v7k/y6QkLV+v6MYZ1CYlIoH5Cit3J/fibLyUlVFsEgFbnQ/Box4xEZVc33VaRRbg4l"
    "tVu8hV5/1CCm385gXTMYcpbhm8zWmmgwQkM3WdnlQ4wPYbalPikuM+cXmm1yvfywGBXIo/QM7f2E2gLo4rW5OR/qtAJMhMEMcsdr"
    "fQ3LlA3NBOJhUCCMNe5rV7a7Q28YIfTQCRxm0IcPy3pFJzcRh+i8Z+x7bdHn5CmLYIi7UU72IPi407OXPduFiOKIljvZKh6Msd9L"
    "MA5QSL6VQTXgM/160jksxjsCLcLC7S1XKvFqFqOZSOPxkV64gZDAn2sBfMiNzThyj7+BETUFS94UA6JwitaGpygyUI792K9ZMqSP"
    "wKA9e4Al78kNV2FruONtbP8PbP/3xoroMHuIemqA39PIe1G5uMb9afbrMDtNiLhLNbtl3XGwFMXGuVuepcq3t7MD22E69gG7/QW1"
    "70S4JFdNbFF3Dx3cEXKoXGQjTlZR8/w46bBT48jztHGMdzFL3L1NPD8Z4Pkl9hpyX8lpNKe6CZTaWXh+geDX1Irs0lp2psxuLIMX"
    "Xuj9VF2/6NNzgfovwmLZ7NO2Zn36y9RSzo7w15+okW7JiSmhpk1osdRjCBCmpP8s0G4Egfla72fAf7uGtPSn5HSCp4VyOMhde1jf"
    "3t0txVyub8chMahZfohmhQsk5iW1BMB68JhC2pQu278H+gZ7ByZJX8AZflFy62cSzjNA+Q2sytVbh/DrM22tQL8MEiCp2Pe4KV8O"
    "2qNnQULPgSSc9jF+U/PBNLV6AVvUM79ep+TAKuiBhedj5xu5vVkLfy8oBph8P+F1SzSje9NI/84umF7Zk2H24zBCFqvjHV4TNo9b"
    "YT8PsnNdxjDyW7UHyZo9Q7tpsBwAcawo3u9sYsU9A25dkLlgxe1sWEZsnmYZkaC9old6Wv6RP/VA48TRBi0dnsOzl5JHON8Kw+YO"
    "6mMQhbvt7Wr6FLGtkll2aOd2QdZmGjwvZQE0ru6yCYG8qWIiIXYtTPOnlfEtD+rR3DkQdib0fdMdJzwT6tHgpfrI+ViEHfOJULaZ"
    "CD2hjYMyCL624GcbMccC25Hsj+DsvUjtKjkCwLCFndgkJa2dVTexI0tK7bkhtp+MsypG5iIpOLMWhvoBAnbEw4/D8uAWTyYmxL+Q"
    "+p1Nsj/YHX5M+B2waz+I1XZnt+BAN67JEMzuY5G9iB+YJwBAJRr6ReDbGyAvNxyyU/TLFKvculyZSON+TguZj/ROtp89FxtZZCU+"
    "1cfoqHRP+Jieay6Qk/yQn+nv6Z8h28F5vR18NZgjwMebWFCdM10xvZT8oHUOzrgIAMleb2J/0hxPhnIP7YlIV4VOgTW4Tm+CwIJ5"
    "01bo6n3ICTbRphfel6DCu+w11fELq0YElnrnPFZt8R0XF7K4FXcfJuMrPmbmm88+k7uIl1c8Xl6ZgoGTaeVmQXPcEaDpGK5UQOCO"
    "4YpDsuKIXDXsw6bs3NXenssg7e/jdrM83+vk19lpfkucncFYxYnr4Rh73ofLfWjASWG30EIGlch56YyAq6ULtMg6TUPhPHpC7AQb"
    "PbeF3eljFxaJA7dP5izi9QVqe2Euv/M1r32q9v+AjCPsBJ8gEPhHBPSNn7/g41nHNDz7mwJ4Q4mc4mhuetnzHbjJofgd+30TO9sr"
    "Wvs9qq/1m0WRrZj4ltc2y+b+Bk37HXj6O5o8nWAQ7lNrVS2yUw3hy6qvd+JBThH0bHmswo4RNudH8JlHYiYHsvBc+rFaR8na0eJ9"
    "CF+7M+RjbGE6dXrOx9jaD3KlBTz+WOVqxrqasQ98WxLA2A/gVUn/XRgTJ5iCpJdvruZ3QE7U0ifxuQPKVzE5zZ98xmuObAjuqRwE"
    "aT3JfgaBuQOCfxZPghEaneyOo9DU4yiCIPhPcPUOY1gCudIw2IvDYE3banZwuwFbDWzdw++zo5y2jkAe5TYWTHpH2S1+UYJOo+Fz"
    "dS2b+MLPRAqWOs3p4BtcTj7Wm0yPPAmVC7b7AW7qDVJ+tiHnLhifRTlR/QRSeonjhsYkarWPZ7O6cvjxbVw67XYHr0c1aDm7sZw/"
    "gBH+QXH4c4JOhYf81mK151pAV74r0HLluASEPdzGD34m9xBstdecAra+FQdg0FunwR56wdXm4lV2tktGYFzLjrelPNcuufBKxGHK"
    "U3Dinah4+Gm5A1jgD1j1G7nh9DU7tjbRsIbvbI6wW4OafBsYYv43OF/Wvw8EVEFtrSouBaGuUXWfI96v5MlzsA73+Bbjvp2tFG7K"
    "sJf8hBTen2iNsp/dGkHEZ3TaAuadJvlE8+yC2NGDeqVQ0IkSyHAPWrZFdgYsWXKa+Bpdmnbyuuyaz+TxcDerdomcLjqNuqMEQJwD"
    "BObIX6Y58KbAwM31rl+qxYKo09g+fahdTV43HAYfN7aOFmJZZXhJRrI3MHbvap9MZOS9LXrvVEz6ye1j7FBeKQq5vwnqGM8vVSTV"
    "BzQxoX8orJWBnb8Ca26hIgaJB3n76gvx+pfwUx5kFUCTf8PO5znuDR6lI/MzMBFU6agdtchhsPPA3huvVLrFioodwD1z5bTyvhpA"
    "Lr+He2ZJn65Lrwdbqy7cHwsgngPsyACstEyFQpGZp1HMb/y71rNDHEvAxP0JPlqU55fnIH1VSvOBXWgIsuoozCKN5qTaA04KhgRs"
    "zUehm3ivpMT+Np1DlfQd4pPvyzeeg06+JPeR54uHIyTneyriWEEej7z9XElIAlryBjr1CYyd68Ypal3ZggYvu5ox8r5gJKKZS6Hd"
    "GdiZrkmONJoW7IbPZ5C2BF4ogV4g9Jvjgn4Yx/8u0RQExhH6DDyQc9UJsKBOoE8te7MDcarF/gj7jddwDVTLaMV7aBBWjfvZRXiI"
    "Fu0z9Iai5ccp8sw8Jn2h0FPzDDurF6inQFLvoTFIHyf8ejonB/netKeA3G1nTzayU9swM8vrtPLSX82zi5vYix/ac/2Q6BAu2Lj3"
    "c+YHdrsfV86HNkJtyzGzl13dyI8XYUQd3MHRN+uNOG/gNTrUkeMKRkCUXGPVHodS6OyIElPHXQRi+YIrP9X90LJfuXImO8MmCuvF"
    "k/XsaMciPZ3sk6YYCMd19tu4VIJLlGsrq26XO7AWfPyMbOAbchu/2zCrdDdb7RyRxqYxq8zQ2DwYNN9XeFDn/Nfv2asPBSUfs+rW"
    "xeMlbytOu2en/tlaKHB6tEPaHXf5IRCmv9QmBbtQadP+ZI9Chv/LaaaNnmbs2weNOedn3zLvlgDfL3nUIbl41j8ro3+wOKZ0DcW/"
    "VRF5Ybdu81+SyDoNqjfeEo/d1i7h7JXy5MD9EakmCxRhfuoWLIQG/IoaI8tvzaAFoPyDhgU2whD/6bz6cjP3qpPDKsP/kF5WO2AQ"
    "i0OyAiwT+tnEEOmhfaQySP9Lf7HjQMJhtEkODspzpqPtuRF+syRCYeuTgxgMxgtcn9usmlosjRYYsrG9mWycBmX8sJkjSkWz8Cj8"
    "ua9mgzlyxpV+ZBO0HDjn9yNbK6gapb3rCu27fmAe7+OuH/8ppDlDMx1lN0JH2UtZ5RvpNKxO5WGu+lLSfH1QrlqwM+r6Psod337q"
    "SZov9on7KJqdvc33ZYJDLUQ9Zf79rZfpzMq+5ur1Nf89qF4ngjoV+uqQ/j3Jf9eatVO1dHe4bl3Iqut/6FranhvjPyXZRBZ5DgIB"
    "f38H81xvZXg7O7jLOAT5Y4bOhd5S+9107wNYXb5gb7XuvTi0Iah7/9+rM7qq+Hdnwn8w/cHCsvrdV7v7/x974d+eAQk05Z22A7Y3"
    "2w2wNA9Pe/e9avwMjgI5UI+DcXhihB3dhh6/q0Y/koZPTBp7RXauH/Rljk4rjtLFNnMxcxgXMyPbxyt4mkT5f23gT727YUgETJYP"
    "JFN+Z8fpsF+aXIWVrLqU7d0IhmB2PTu4iVW/RJNwBTu5jv2+Dn6+3Mhe7+J0e4jj/uEzMHUvwwIONNl/RkUDPkPvJD2v/EwpuX7j"
    "p9m1L5UBOY624wefNphspZmsloxN1Y+bCOrLoKCOyeUQzjXpz3CjSt1KqH/2ZYzXXSUsKX5nvt6oQhe2u9AMecOLpmewc+sx5aGn"
    "r1s+kI6vnfwypO6Lyz96yoUScblE/ZxVo1Zj25sKG7+k1orGsvy2XCmDuK3wFovtts92idPy8XVUithN9Gv+Xnx9mE55j+3Z054b"
    "HSt0zsIzmtEd7GBRbT7gAuWyHC2PacFyGiY49D97K/KjqS/EINpt7lkYr8HHXygnXPaLueNC/mSi0KIGh83+GZxU8PoGpbLMPWN5"
    "7HrlHY8r8uxXyaHJTbBcwX0GOl3o9p8uvMXkWl4X+1mFNay6YaCrB0bHL+PsQk+TKXbvzPU29PQJ6TyDh0U/s7vsdyLmBcPdiaLo"
    "vc68XoAl1O6nqLeCbtTn9uBFmgFaZ+IJ1g2fxbFjBhvx/xZ/J3N8MjOjjfgRwaPv+cQa2h5H8+7bMRiZn4nnX7BrkOC1VVK29kK7"
    "fmG32FM8FQJyZ67jtYkt3T8dd7TcX9yKn/xQNykuRaKTvfQcAAP78ddoYXKE3UCr+0GZHNj3+FhdnkaUoXDD5ibYl0+msfDEeTOe"
    "I/An/CrY88fpKOcGbUZU5ebEGznj3kKzU+joQgm91fa1tyvNZSxQT4RM0NvfZYKezmYcmEa/Z/zqfZZ0CXVglnqpldlNeR1OuRQ6"
    "cjYlXhzoY89G2bX2XJ4972Znsqis1rMLefIHxLPDVzCezsmOLXBcYjwvsweD0rlvpidk1zaAftiLj/Ls4nZ2Yge+851aieDAfF/Z"
    "/JvxCO3hAB64b2e/soP8IO34/AjT9Z94pvE9bt90sIPC46rwPau2gvJs5wdonj9Nl+T8N4KO0+x+bHzPOjwORHpG+YUKeknBKNi/"
    "E5pYxWGPfozqjjU7JS89+7uDUOKmt3CgpbeNW63+O68/q30hGvwXDN/BOk6VVWQGaqC29pxvZL6WsnKNdtPVSJuADj4BE25tKXl2"
    "1z6l7bAL5MJJSkw4wbKHWTzb7kGFuBV5DK0V4E7JLTCrib2Bzt1q930M14u3cXcWVl9HyEVGbNHdpZ153J/2+xojit67WH6TnzY9"
    "B7JNa8/yeRsnvalZXDs50Y2rwx3sQj8d9oqrjq+Ii6/i8kY8pS559xrx0KEOU/srPI5kf4EdfAbETFzsx79rq3h9oyi7nlXzvf1r"
    "0a+BP4CW32FXKeDCj2BhoLw/I75gMIYHIHr3dhPLDhsHHJfI0+uqp0nnwOx2QDThcxi9D7hc7vKb7B5UelbSCJpyoRTBT1h1SbLB"
    "AGp69HYLtIFfOQQOgSaBemUCnQoeUmz2HwLJvmlyCKRg3W6GaMTeBo0ofTpVZIS9nYYt9JzONIXI60u04lptNPURe75NeqoU6HCj"
    "Bn/+QvXF8CT/EPXDTRL6CdohPgQDEdXCLUidkSeih2njB5QCqYW97ED/IC2IB3ax68JrxjfoBWzku55yng+Xbt/5D/tDuS1hNIU9"
    "MvhGlSQIf6F/11nSSuc55lwm4a6y8z9sVsoSFgZbegtAe6nMjvWhPQoNOj4CrTtKiYPksAPqcAwsVUHKDnIPfSCZqDxjH7KL675U"
    "V0AOLo3KyYxV57GzS9AZEph3no6VjwR06zFi9/E9K8RO+W5+Z666VqJM2q9Bwh6Z8zJt7j/Ywo86eKrKr0M/PqRDUHRlr4F59j67"
    "vMw8xXU6lnwi3Kuk798ZWK2dCNyZR5jPGSjnqgozAGPgrb64ioCMStXAlClv5qD3iDhA3zmFf5faPgs6eF3SJ5nkNThE17QPslPb"
    "5UWNQTwBOz4o9FXSPEN10j6ff4y6gjFXnsDfqJ/2833wZy8umdR1u2ghrq+OSz+qAtjh69jhLR3Ucwe3do0ugV9/LJdVnqEzWBVq"
    "4zyJG/oTXKJQG6fBQvxNrlyvsJ8WrlKMX15Ysnq5j+eDM9kq2cuPNuwZz2yrZHLOzPzJ68LtJ5pa2r1OHLwXWkFKrkh/Brw08jpE"
    "NeUbjTXlSJqy+KE+6UYo3HVwCL4BwcjtmLkjmubTUDPJfCBCD4WeDqBvY6tiyCo+GZEMOU1e1erGxiN4eZdv5zaLy8VdbH+pPTeL"
    "17l0aZ0FbJY/gQ234c+dLaT7xEu7oJqSHmVHSfJPj2sxU77qrrpkk6WjpBskKOcb4hL5vY+Hp3GC3TU1A8ThB7rALueT8yUDjrJH"
    "o+TgSsd51T3s6PhGGFZffs/r0V3r2nNJdSkLCD0E0/ZBdpfWK7tYFRZ84xUcGLug8LxuUDGQ+szwY94HA2Avu5jD8sP6aHYIeQL8"
    "5L9JP3V1ReXyVjptvy/ubehjfLTBrsKSFM2FuzC7P/esS1D76DZ5Qg3HdazG6zG0YyH/Yhc7PcL+IK6ekrX9Tm4Sl+DPUx9XR5pz"
    "tblcbdBrhMd4W19t9nzIa4v13d1L0ncf7fg7w1rKtumDhT3AzF00rR5elthZIbd5gwp3J4jZXnaigs2RvrC7B01H7oNSE5E78ae8"
    "vkQ5E8ekEUYdeBDK4Mx9AFWn4cetopKQkXoSqrqDDlL8ju+Q2uUveP0DJbXD1Chh0Nb0wcPtwMXCI9Dsg6i1DW6PNuP2j4LbeEQW"
    "wu6zfHKpGsbLzWGs/JPpvgjYsLtFu6QnAljiwKxdFfLIODyX13eww0t8FyLe5viP22ASypU4Hmdd3YTt2uFdDNmh23QEuHMQd0GR"
    "0WvVlRmXHRiCuvfCH1gb7flh53ffYg0/4DDBNdtZ6ls0p07Ik7PDMHkc3aOrPcDOLMYuxIlkD93Iko6mYgMASrzFY25g6T0fM3dO"
    "s7jtp7n6vM9+dVUaxXeOb2HQKf+OGZ7fJ8mmQvPwt16cwpUXzVtvE04403d20qrqoeevBEbJSfwbt6q0GXoUNOkxz/EbN5HRshJq"
    "8Lq2CCb07QDc2ZMe7+xFr7oxUtiEfmjHqKe2NuzlEXR5E9b8ruxN3woKrIap93bPq6NCYFZemSz6+m8HbXTv5fUxHfoHF0y7lTe6"
    "GQWKCtdHeE2VrWHZ2pDpqieWObuAXzLy0zyci/gjEB8EMD5Ixgtuj75C0xEdQDgGwXhLLrwP2QUOyyC9a34pxSbQt/5sG6t+DmzD"
    "V2Ad/wU7iDFxju5ge6Nf+xaj4y12oZiXCLs2Rb20CVnXpmiXNoEQ2hTl0iasPltEt7QJWc5uQ6x1F36swR9J+EFRLG1CprJl9Eqb"
    "EIHsNd1YJoO/BvAXIkTYFHjSFgivdieiuCN4pd1JBfBznYjgjrAY8JQyXfpJufg9FU7SFmiLKo347wi0aFMASVsALNoUOdIWIIo2"
    "hYy0BXiiTbEibQGaaIsgkbZAS7QxOqQtQBJtGRbSFviIthcP0hbgiHaWKkFCSvQLSRChH22Bf2jPW2QLgEN7Nf3Cr69WJRDO0Fbh"
    "HW2BT2iLQMq2ACG0fUG2bQFCaHvhtW2BQGiLwNq2gB60ZUhtW4AO2jqYti0AB20vjLYt4AFtHUDbFtCAthc62xa4gLYKmm0LSEAb"
    "w2XbArnJpkDZtkAAtEUgUluAONkiOLYt4P1s1XKE9RODWaD50YmFwOujpYpA6ZPrS4HOJzzgBCif8EMUWHy0vyIQ+OQmlEDeky64"
    "AnFPnL8JoD2bolfbAmDP1uGsbQGkZ3uBrG2BomdTCGtboOfZZvBqW4Dn6TxbYOTZWfws4uzY82wBMWfPtwUSkb3AFlBy9kJboLzZ"
    "KBeI4mYvtgVekP2NLQDQ7CW2AD2zl9oC0MxeZgsQM3u5LfDG7BW2gAazV9oCDsxeZQucIXu1LZC47DW2QBqy19oCBsteZwvoK7vV"
    "FnBX9npbgEzZ39oCWMreYAt8JnujLWCO7DZbIBLZm2wBAmRvtgXwj22Eg7YF7I9tBoK2BeqPbYaAtgXoj+0Ff7YF4o+twz7bAu3H"
    "1gGfbYHqY6O0IRqPjSjkiHJj520J/W132BKLxyZVECXhsSWott1lS7xsu9uWGNm2UFD4IdIkiIVtb7clNrRN2geRqu0+W0JC20Vb"
    "4vvYJVvCK9v9tsT4sXfYEt3HLtsSntgesCUksV2xJSwTrBAlajCsgST8D6wFJO6PPWJLwB+wrSSULhgGEj7XFuGUbQmRa4tAyrbE"
    "xrXNEMq2hMa1KXiyLSFxbRVAFmeFTrxNEVncm+0asBImUsmWBqSSrfB43gDF5E5msOyCbP8SEUxepBcWxNPZDiV9uBqQbq0U+jZY"
    "TjwJv9vkiwk3jRV1Z8uthYo1KzIvsjSyIrIm8m1kUyQbKUR6Ir2RvkgRA+ZH+iPlyECkIkLjY8T8yOgnFM22u5BtdidEQMusKfcM"
    "ZSsFhHcIoqVE1i0cG6hQdGBfuFxE3cDwuvJZf6l/HCPowtxiQHisWjhWLKHMDgxgTliJNV4JxO5oLLGyp7i4kK0MlgtjTtJykuOr"
    "FkJuf3ZgYLhU7rDcdDzTHBxmfu9gYUMW/jdgbYFOi1lR5KyVSLnYNVYKat1qUaWrK92F8nxdEmrA3lJP8UFrPosdNieaiKcyRv2t"
    "3T2dFStl5Cwe3LlTY+W0VjqWbIQ6vcogZwPmQI+rrMUlmJ8QhYXQefSbhb7WYrZ/gyzrJFI+alsHc+UBC+GKgghO6RQQn4lahDhl"
    "tY7CRNU3YC0t5kvl/lIZeruDYJLm9fZa6/C1AQ1E48En5UsdBatSAlmwBhGEqbNUthZjOHrEoOjuAXEuF/p7s/kCoh3RawYKU3tx"
    "izVAnyWZikDxQrmY7aUUARu1F8dgnMeTjptOZqYui5BGIjozjMWRNeVSXrxuGVhGloQvsiSaEVQNFJen+rJVLFWssfZieBl4OV8a"
    "hNZFrcIOSPgrKJTLJf3SEAzjDim/ik4kQoSkriAkEb0NVhIlioV/Up/BLSIM4Z2i43+jxvaiwnka18gxAjkq5goVQPGzcz3Qz+aQ"
    "pFxBj0HLFJz+e/2mCNvSXmwuPdiHKEGIL0RFSGNZ+aERK9JXGbH6BDhVBGGBIFNQbVYp9Vk/zL2owiRtgVwaiwMFlRa1jE1L25iP"
    "QTMQbeyEyAfAp4UNQoqP8E9vodhV6Raqty87opJKEHQvTFGVySvBKpNNpG78b5rx0qHjMWY6Nn/8X6nIkEBiqVcaeSInH/GoCybk"
    "SqkMRSOFEezNMWIBTihSS3b0ARGUmc0NWIK4Ifms0N9midfg5ybxE7LzidGYys8nRozfo46Rb/wejRr5Ua+iuFFR3KgoblQUNyqK"
    "GxXFzYocoyLHqCgGv4lEmRzF5GhMtm+0E+wTi14mUgYGc8QFqoIIUjldFQWX1pPfvqAEKmIAxWsMSkaxAvwf0Am/HPk2VRrDpzF8"
    "GsOnMXxKJAEhKAvUCGoVNZPaTd8lcohXxDziJrGXGoNNMKQgMuqqBo/oX6MJnad/jcZ1XlzzzuOcxzeP/R7zPdZ7jJdChCIsBVVK"
    "MgwqkR0lmUQWzkGbybF6Kxbmx0PyEXpsLNLZ29PftgnMB5JSyMHizhTVxKarRteiMqIyo0FpRmDxKOZf0ah/V0tZwlpU31BzuM7A"
    "cjqhx6hQTw0DnuQWnukmFXYoicHe3CFYINDlPIElLgx0g8253VcasqPjY0JgE3IUeM8xhRoBeKxmGjV6ZF1jupzM6BvsFe9mOzqU"
    "mhFjBCVdvSYH66gUeyMbi9OgSTQUpxGUaCxOwxAHk1IBjhhRSgtExWBSSUeMKKkBkYOiwY5sSBlMmA5QxZVytjgAllufpcUJuEs6"
    "FJmBYk7CJxT3JouUKYigx3ToLKNeLCtgHrtoevJUxTRfwjaOaLmANozqhGpBA/1WU/JRpoh+Rbt8h6D/hKnVIVW+FEOLPgOtG5vt"
    "jI85WhrMcuZgAvvXA5eMQZ2Wku/oHBcEnixhgWBIhcewVfAfPiWpw0mKml6gfPgMCJSamoABkFvo6UVLA37iG/BXZy+w3SunahbF"
    "sWb5SNSMVYxM0bc9HveI1aTSJH8jctVi9AHKJNQg8uVHLFSuOMaCuXFrNA5f92Wrwa34SvZlYIir2WxmQ9wrrYa4yhFD3EyFD/ER"
    "b4iPhAzxkcAQV4NwxD/E1WAcCQxxNSr9xfXoDBTXCiSgOJRikPoioCfkAGmTzXVGzAESNYZIe9GbeJqM8bbQMW5W/Q5jfHbjIB81"
    "B/mIb5C3Wc1bYDVpgCI+ZJC3BQZ52xSDvO0dB/lUY3wEh1zjEKds+IgxxLH53hAfEUN8ZMohTsUbRvgIqo4pOGMMcRrdI1OObhTH"
    "xtEN5UcaRzfYVmheTTe49S+sxUXCUFm4emxDHqQQ8rVSws6BgQLiPUJqZoTUCphcQ/AQakB9YoGdB0afeE0+MjqLDPj+NtIq06/k"
    "qOnBpVuEDBlaJCLmLP7Yiv9HLut1Liby3VKYaAUo97toHTI+kwWgXHC9wyJZANmqlbJQ17BYomXyO++UTLNeFIvud661OYkBa9To"
    "t7Fp94HeiRCPBL2hMR6oYxpuh9cg1YRPEOSCv4u2LJSclXDrq1gY7s8CQ/tKJKX+18Z8RdUK1nrnamYkZSil8b8nI5GBSrZc6S3l"
    "t3vmvJdl7BeNydLwxF9WZJglFTlTy0OglWJDE2889uBeNSZiEt0Zr+2UOwple+4WDcnWos7IxPGYOBlTh2LyPEwehYlTMHUAps6+"
    "5LHXPIIXa6HDp4UEStRCp03fEF5JCx0vLSNghxY6T1pJAeJb6ABpDQWxbqETo1YKENtCR0QbKBJmC50JbaIIdS10KpOjeFYtdAoj"
    "ArK00JlLN90Db6ETlu10UbWFzlOKdFerhU5PdtAdhxY6K6mQB10LnYwMkzdPC52D7LS3QgHcDEZOTekJgNEPOmWc5U7pMqj/Fjfm"
    "kNKpIe/YCf3+DAqfnHHh6Ws7wSYaSC/OhIjbjUFsGu98qEBMMqhmfPqK94ZFx/k3Km7uuJh/x2uWzT41vT8i0P/nu1xdn3HDQmKE"
    "6UvSM3aTfNev+bw2VcNmfL2m2dc0hMID9HgWDlQFcW89uQN9x6VP1ZemR/XPoljfZzp871F2jKKUHmnP7aYrGdckXZd0PPIqhX07"
    "h363M6HrFsbvL6poVugbXVy+1BdVpHMOe6wCX0lYAXWl0ulgvyk37Kgzc9ZP6fTP6wIZLLmnK9yBfya1vwuLH6jrG5J/D4h7D/6e"
    "FHU3SFF3iMA++7sCCwqOndTQPpfRjVy6TO3RYY/pGsKBPe25FR8KoWmZcWtlrhTRH2bO73Pk/HiS1DnStVfTJZRcclCEY2dHhzAU"
    "hgn+4I5TTP1rgcgPSorPG1EacjiBVbI9GKkB57nOPnTIyndnywPSM2sMHYKjc9x01HXT6XHy0JJ5GSeZTDmU5xVMZRKJRDozLh0g"
    "1OtJx3ES8XHpDKFyHcx1xqVjxJi9HQwm/Budj2AhnErGM9G4cBQykugUZCST/sIZMwlV9/Z0YZX0hS3RFsfZKj0tMBHbKh0rMBHf"
    "Ot4iCIuDPecIauMmXeSXAZXHgRluSpV28eQ7LpqRCG2yq3NjLr4pyia93DQUjglOpvwfhLbO1l+Ufh5mBnqg+NIZM61JxGQ6OS5b"
    "G0JMRuemk9itVNb5r3eK7IeE2Q+u7odkwkmmorFx6enSyFk/hSRxJrOijj/tBNPxQDoR5HYmkIHOMP4Mp5H/zSTEif1vUGzwOB7K"
    "eU/S46lYLJYg6XU8SU/EQD2QHnCSviY3UuiEiWwiCp2fETxLNakgjGJPxJHx0ZggI/PfGFmpBOo7TIqeldoSiEnQV2PRMFpizrvR"
    "kpDdTCo3JtwZzbSfVs0S44MecQkchUJtx6hr5WBMKJ2Y2BoitzHV384cB6tNilyvv82yydDcVFhuPIxpnmyloYWpGJV0wzKTYcos"
    "FaZY02Ffz4RkepxKQ41J0ldmL3oFnbDMWFim18pUHP5JJcaFW6/qknQa2zQunHv1YHOJcoOb3uRqMNOgMqyNMa+NmQSM1JQ7Tu7U"
    "Mi+Jgxe/HI/qDo4mMwk3ijTGnZDPxAMqLE2yJ/kvPEExnQFhpIYGuiduCh16VILQJaPe3AvTT5IGVNyYTN00zMn0cTfE/oiHCVw8"
    "5TUolgGlQA33WJQG+pJR+lCmcZ6DEQP/ZNRMJpPe1IXvAOFxb7CIsYc0JkJ6OxE1NGMqlaZZLeGEZYZJUCIe0hEJQwd7H3fDxnQ8"
    "hL+JZNjrYaM0ESZYibDB44bIqhs2eNywweOGNd2Nh2UmwjLDtJEbJhtuWCvddAg/3ExIZtiITHqt9FicDBs/SaOVDrwvqgwbFTFP"
    "E3sFw6Qr6fpnyKR/+kgGprJUYHpJBabkdOB5OjD9oG+277n4nh4z6VQgnTHf11OnR34yrE1eH4ENmEo7xNC02dBkOB1eOtDudDqQ"
    "Dp/SvT71Ot8zRcM0byr6bvN5iN0WIFU1TbH8n3ZhuIWQpBUYKsaUE9IFqViIoKd8S6JUPMR6jGOSjL9UIkTWUz5p/Wct052WjKcz"
    "NIxTPnOzQXT/lqh6y9+U1/2ZFKjsOIlEOoxPmf9PUQ2jIB39d63MoEyGy5Q3WNNOGFGxkGGdNgwSLZLpRCj56uuafC8jEcxIBTJi"
    "zsxaNJWiShvzmxa4dPJ/c/AbzUr9L7YA7Lo42M0JEqD0f0GlePzJ/NuS+K6ClwmZdDLRRis+4w25eAINcMqMhRjSmXhYyTCzKuOG"
    "mECZZKO9komFGMOZwOJ9+g2L0M5wY0BPnFiR/h/bQclkGhZ6kNufLWf78NwQ3mzRNiP8cqCH4olEizcpwXvYbfEWvfb2Hm4dHx//"
    "P92b8K0="
)


if __name__ == "__main__":
    main()
