#!/usr/bin/python3
"""Re-make docs/amr-india-policy-review-ch3.pdf byte for byte from tools/amr-india-policy-review-ch3.txt.

The chapter is typeset the way pdfTeX 1.40 (LaTeX report class, 10pt, a4paper, twoside, fancyhdr,
booktabs) writes it: Computer Modern Type 1 fonts (AMS/BlueSky cmr10, cmr8, cmr7, cmr6, cmbx12,
cmbx10, cmti10, cmti9, cmti8, OFL-licensed) are embedded as subsetted simple fonts with their
built-in encodings, /Widths arrays and ToUnicode CMaps; paragraphs are broken into lines with
TFM metrics, ligatures, kerns and Knuth-Plass line breaking with the plain TeX hyphenation
patterns; text is drawn with TJ arrays whose numbers carry interword glue and kerns; pages,
resources, font dictionaries and descriptors live in a compressed object stream and the file
ends with a cross-reference stream.  The font programs, TFM files, CMaps and hyphenation
patterns it needs are carried in DATA at the end of this file.  Standard library only;
deterministic (fixed dates and ID).

Usage: make_pdf.py [OUTPUT]   (default: the set's docs/amr-india-policy-review-ch3.pdf)
"""
import base64
import hashlib
import json
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "amr-india-policy-review-ch3.txt")
OUT = os.path.join(HERE, "..", "docs", "amr-india-policy-review-ch3.pdf")

INF = float("inf")


def bp(pt):
    return pt * 72.0 / 72.27


def rnd(x, n=3):
    """round half away from zero, as pdfTeX prints positions"""
    m = 10 ** n
    v = int(abs(x) * m + 0.5 + 1e-9) / m
    return -v if x < 0 else v


def num(x, n=3):
    s = ("%." + str(n) + "f") % rnd(x, n)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


# ----------------------------------------------------------------------------- data

def load_data():
    raw = zlib.decompress(base64.b85decode("".join(DATA.split())))
    n = int.from_bytes(raw[:4], "big")
    meta = json.loads(raw[4:4 + n].decode())
    buf = raw[4 + n:]

    def get(ref):
        o, l = ref
        return buf[o:o + l]
    return meta, get


# ----------------------------------------------------------------------------- TFM

class TFM:
    def __init__(self, data):
        hw = [int.from_bytes(data[i:i + 2], "big") for i in range(0, 24, 2)]
        lf, lh, bc, ec, nw, nh, nd, ni, nl, nk, ne, np_ = hw
        words = [data[i:i + 4] for i in range(24, lf * 4, 4)]

        def fix(w):
            return int.from_bytes(w, "big", signed=True) / float(1 << 20)
        self.fixraw = lambda w: int.from_bytes(w, "big", signed=True)
        p = 0
        header = words[p:p + lh]; p += lh
        self.design = fix(header[1])
        ci = words[p:p + ec - bc + 1]; p += ec - bc + 1
        wd = words[p:p + nw]; p += nw
        ht = words[p:p + nh]; p += nh
        dp = words[p:p + nd]; p += nd
        it = words[p:p + ni]; p += ni
        lk = words[p:p + nl]; p += nl
        kn = words[p:p + nk]; p += nk
        p += ne
        par = words[p:p + np_]
        self.params = [fix(w) for w in par]
        self.width, self.wraw, self.height, self.depth, self.italic, self.lkstart = {}, {}, {}, {}, {}, {}
        for i, w in enumerate(ci):
            c = bc + i
            wi = w[0]
            if wi == 0:
                continue
            self.width[c] = fix(wd[wi])
            self.wraw[c] = self.fixraw(wd[wi])
            self.height[c] = fix(ht[w[1] >> 4])
            self.depth[c] = fix(dp[w[1] & 15])
            self.italic[c] = fix(it[w[2] >> 2])
            if w[2] & 3 == 1:
                self.lkstart[c] = w[3]
        self.lk = [tuple(x) for x in lk]
        self.kerns = [fix(x) for x in kn]
        self.bc, self.ec = bc, ec

    def program(self, c):
        """yield (next, op, remainder) lig/kern instructions for char c"""
        if c not in self.lkstart:
            return
        i = self.lkstart[c]
        s, n, op, r = self.lk[i]
        if s > 128:
            i = 256 * op + r
        while True:
            s, n, op, r = self.lk[i]
            if s <= 128:
                yield n, op, r
            if s >= 128:
                return
            i += s + 1


# ----------------------------------------------------------------------------- fonts

class Font:
    def __init__(self, name, size, pdfname, meta, get):
        self.name, self.size, self.pdfname = name, size, pdfname
        d = meta[name]
        self.tfm = TFM(get(d["tfm"]))
        self.d, self.get = d, get
        t = self.tfm
        self.space = t.params[1] * size
        self.stretch = t.params[2] * size
        self.shrink = t.params[3] * size
        self.xheight = t.params[4] * size
        self.quad = t.params[5] * size
        self.extra = t.params[6] * size
        self.sizebp = rnd(bp(size), 4)
        self.used = set()
        self.glyphnames = None

    def w(self, c):
        return self.tfm.width[c] * self.size

    def pdfw(self, c):
        # width in 1/1000 em as written in the /Widths array (one decimal)
        return int(self.tfm.wraw[c] * 10000 / float(1 << 20) + 0.5) / 10.0

    def shape(self, text):
        """characters -> list of ('g', code) / ('k', width_pt) with TFM ligatures and kerns;
        also returns for each output glyph the index of the first source char"""
        codes = [ord(ch) for ch in text]
        out, src = [], []
        i = 0
        cur = None
        cur_src = 0
        while i < len(codes) or cur is not None:
            if cur is None:
                cur = codes[i]; cur_src = i; i += 1
            nxt = codes[i] if i < len(codes) else None
            done = False
            if nxt is not None:
                for n, op, r in self.tfm.program(cur):
                    if n != nxt:
                        continue
                    if op >= 128:
                        out.append(("g", cur)); src.append(cur_src)
                        out.append(("k", self.tfm.kerns[256 * (op - 128) + r] * self.size)); src.append(i)
                        cur = None
                        done = True
                    elif op == 0:
                        cur = r; i += 1
                        done = True
                    else:
                        raise ValueError("ligature op %d not handled" % op)
                    break
            if done:
                continue
            out.append(("g", cur)); src.append(cur_src)
            cur = None
        return out, src


# ----------------------------------------------------------------------------- hyphenation

class Hyphenator:
    def __init__(self, patterns, exceptions):
        self.pats = {}
        for p in patterns.split():
            letters = re.sub(r"\d", "", p)
            vals = [0] * (len(letters) + 1)
            j = 0
            for ch in p:
                if ch.isdigit():
                    vals[j] = int(ch)
                else:
                    j += 1
            self.pats[letters] = vals
        self.exc = {}
        for e in exceptions.split():
            w = e.replace("-", "")
            pos, k = [], 0
            for ch in e:
                if ch == "-":
                    pos.append(k)
                else:
                    k += 1
            self.exc[w] = pos

    def positions(self, word, left=2, right=3):
        w = word.lower()
        if len(w) < left + right:
            return []
        if w in self.exc:
            return self.exc[w]
        ww = "." + w + "."
        v = [0] * (len(ww) + 1)
        for i in range(len(ww)):
            for j in range(i + 1, len(ww) + 1):
                p = self.pats.get(ww[i:j])
                if p:
                    for k, x in enumerate(p):
                        if x > v[i + k]:
                            v[i + k] = x
        res = []
        for k in range(left, len(w) - right + 1):
            if v[k + 1] % 2:
                res.append(k)
        return res


# ----------------------------------------------------------------------------- source

SF = {}
for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    SF[ch] = 999
SF.update({".": 3000, "?": 3000, "!": 3000, ":": 2000, ";": 1500, ",": 1250, ")": 0, "'": 0, "]": 0})


def parse_inline(s):
    """text with \\emph{} \\textbf{} \\footnote{} ~ -> list of (style, text) and ('fn', [...]) and ('tie',)"""
    out = []
    i = 0
    buf = []
    style = "rm"

    def flush():
        if buf:
            out.append((style, "".join(buf)))
            del buf[:]
    while i < len(s):
        if s.startswith("\\emph{", i) or s.startswith("\\textbf{", i) or s.startswith("\\footnote{", i):
            cmd = s[i + 1:s.index("{", i)]
            j = s.index("{", i) + 1
            depth = 1
            k = j
            while depth:
                if s[k] == "{":
                    depth += 1
                elif s[k] == "}":
                    depth -= 1
                k += 1
            inner = s[j:k - 1]
            flush()
            if cmd == "emph":
                out.append(("it", inner))
            elif cmd == "textbf":
                out.append(("bf", inner))
            else:
                out.append(("fn", parse_inline(inner)))
            i = k
            continue
        if s.startswith("\\%", i):
            buf.append("%"); i += 2; continue
        buf.append(s[i])
        i += 1
    flush()
    return out


def parse_source(text):
    meta = {}
    blocks = []
    lines = text.split("\n")
    i = 0
    para = []
    cont = False  # next paragraph continues after a list (no indent)

    def endpara():
        nonlocal cont
        if para:
            blocks.append(("par", " ".join(para), cont))
            del para[:]
            cont = False
    while i < len(lines):
        l = lines[i]
        if l.startswith("%%"):
            i += 1
            continue
        if l.startswith("%"):
            k, _, v = l[1:].partition(" ")
            meta[k] = v
            i += 1
            continue
        if not l.strip():
            endpara()
            cont = False
            i += 1
            continue
        m = re.match(r"\\(chapter|section)\{(.*)\}$", l)
        if m:
            endpara()
            blocks.append((m.group(1), m.group(2)))
            i += 1
            continue
        m = re.match(r"\\begin\{(enumerate|description)\}$", l)
        if m:
            inpar = bool(para)
            endpara()
            kind = m.group(1)
            items = []
            i += 1
            while not lines[i].startswith("\\end{%s}" % kind):
                l2 = lines[i]
                if l2.startswith("\\item"):
                    mm = re.match(r"\\item(\[(.*?)\])? ?(.*)$", l2)
                    items.append([mm.group(2), mm.group(3)])
                else:
                    items[-1][1] += " " + l2
                i += 1
            blocks.append((kind, items, inpar))
            i += 1
            cont = True
            continue
        if l.startswith("\\begin{table}"):
            endpara()
            cap, rows, note, spec = None, [], None, None
            i += 1
            while not lines[i].startswith("\\end{table}"):
                l2 = lines[i]
                if l2.startswith("\\caption{"):
                    cap = l2[len("\\caption{"):-1]
                elif l2.startswith("\\note{"):
                    note = l2[len("\\note{"):-1]
                elif l2.startswith("\\begin{tabular}"):
                    spec = re.match(r"\\begin\{tabular\}\{(\w+)\}", l2).group(1)
                elif l2 in ("\\toprule", "\\midrule", "\\bottomrule"):
                    rows.append(l2[1:])
                elif l2.startswith("\\end{tabular}"):
                    pass
                else:
                    cells = [c.strip() for c in l2.rstrip().rstrip("\\").split("&")]
                    rows.append(cells)
                i += 1
            blocks.append(("table", cap, spec, rows, note))
            i += 1
            continue
        para.append(l.strip())
        i += 1
    endpara()
    return meta, blocks


# ----------------------------------------------------------------------------- horizontal material

class Item:
    __slots__ = ("kind", "width", "stretch", "shrink", "penalty", "flagged", "nodes", "font", "sf",
                 "prebreak", "fn")

    def __init__(self, kind, width=0.0, stretch=0.0, shrink=0.0, penalty=0, flagged=False, nodes=None,
                 font=None):
        self.kind, self.width, self.stretch, self.shrink = kind, width, stretch, shrink
        self.penalty, self.flagged, self.nodes, self.font = penalty, flagged, nodes or [], font
        self.prebreak = None
        self.fn = None


class Typesetter:
    def __init__(self, fonts, hyph):
        self.F = fonts
        self.hyph = hyph
        self.footnotes = []

    def glue(self, font, sf):
        w, st, sh = font.space, font.stretch, font.shrink
        if sf >= 2000:
            w += font.extra
        if sf != 1000:
            st = st * sf / 1000.0
            sh = sh * 1000.0 / sf
        return Item("glue", w, st, sh, font=font)

    def word_items(self, word, font, hyphenate=True):
        """one word (no spaces) -> boxes and penalties"""
        glyphs, src = font.shape(word)
        # char index -> glyph index boundaries
        nodes = []
        x = 0.0
        bounds = {}
        for (kind, v), s in zip(glyphs, src):
            if kind == "g":
                bounds.setdefault(s, len(nodes))
                nodes.append(("g", font, v, x))
                font.used.add(v)
                x += font.w(v)
            else:
                nodes.append(("k", v))
                x += v
        breaks = []  # char positions where a break is allowed after char k-1
        for k, ch in enumerate(word):
            if ch == "-" and 0 < k < len(word) - 1 and word[k + 1] != "-" and word[k - 1] != "-":
                breaks.append((k + 1, False))
        if hyphenate:
            m = re.match(r"^([^A-Za-z]*)([A-Za-z]+)(.*)$", word)
            if m and (not m.group(3) or not m.group(3)[0].isalpha()):
                pre = len(m.group(1))
                core = m.group(2)
                if "-" not in m.group(1):
                    for p in self.hyph.positions(core):
                        breaks.append((pre + p, True))
        breaks.sort()
        items = []
        start = 0
        for pos, flagged in breaks:
            if pos not in bounds:
                continue  # inside a ligature
            gi = bounds[pos]
            seg = nodes[start:gi]
            kern_at = 0.0
            if seg and seg[-1][0] == "k":
                kern_at = seg[-1][1]
            items.append(self.box(seg))
            if flagged:
                hy = font.w(45)
                pen = Item("penalty", hy - kern_at, penalty=50, flagged=True, font=font)
                pen.prebreak = ("g", font, 45, -kern_at)
            else:
                pen = Item("penalty", -kern_at, penalty=50, flagged=True, font=font)
            items.append(pen)
            start = gi
        items.append(self.box(nodes[start:]))
        return items

    def box(self, nodes):
        # renormalise x positions inside the box
        out = []
        x = 0.0
        for n in nodes:
            if n[0] == "g":
                out.append(("g", n[1], n[2], x))
                x += n[1].w(n[2])
            elif n[0] == "k":
                out.append(n)
                x += n[1]
            else:
                out.append(n)
                x += n[-1]
        return Item("box", x, nodes=out)

    def hlist(self, inline, rm, it, bf, fnmark=None, hyphenate=True):
        """inline list -> KP items"""
        items = []
        sf = 1000
        for pidx, part in enumerate(inline):
            kind = part[0]
            if kind == "fn":
                self.footnotes.append(part[1])
                n = len(self.footnotes)
                markfont = fnmark
                code = ord(str(n))
                markfont.used.add(code)
                w = markfont.w(code) + 0.5  # \scriptspace
                b = Item("box", w, nodes=[("mark", markfont, code, 0.0, 3.615)])
                b.fn = n
                items.append(b)
                continue
            font = {"rm": rm, "it": it, "bf": bf}[kind]
            text = part[1]
            toks = re.split(r"( +|~)", text)
            for t in toks:
                if t == "":
                    continue
                if t.strip() == "" or t == "~":
                    g = self.glue(font, sf)
                    if t == "~":
                        items.append(Item("penalty", 0, penalty=10000))
                    items.append(g)
                    continue
                wi = self.word_items(t, font, hyphenate)
                # kerning / italic correction between consecutive boxes of different fonts is ignored
                items.extend(wi)
                for ch in t:
                    v = SF.get(ch, 1000)
                    if v == 0:
                        continue
                    if v > 1000 and sf < 1000:
                        sf = 1000
                    else:
                        sf = v
            if kind == "it":
                # italic correction unless followed by . or ,
                nxt = None
                idx = pidx
                if idx + 1 < len(inline) and inline[idx + 1][0] in ("rm", "bf") and inline[idx + 1][1]:
                    nxt = inline[idx + 1][1][0]
                if nxt not in (".", ","):
                    lastch = ord(text[-1])
                    ic = it.tfm.italic.get(lastch, 0) * it.size
                    if ic:
                        items.append(Item("box", ic, nodes=[("k", ic)]))
        # merge adjacent boxes (no break between them)
        merged = []
        for itm in items:
            if itm.kind == "box" and merged and merged[-1].kind == "box" and merged[-1].fn is None and itm.fn is None:
                a = merged[-1]
                off = a.width
                for n in itm.nodes:
                    if n[0] == "g":
                        a.nodes.append(("g", n[1], n[2], n[3] + off))
                    elif n[0] == "mark":
                        a.nodes.append(("mark", n[1], n[2], n[3] + off, n[4]))
                    else:
                        a.nodes.append(n)
                a.width += itm.width
            else:
                merged.append(itm)
        return merged


def badness(r):
    if r == INF:
        return 10000
    b = 100.0 * abs(r) ** 3
    return min(10000.0, b)


def knuth_plass(items, widths, tolerance):
    """items end with parfillskip glue and a forced penalty; widths(line)->width"""
    n = len(items)
    sw = [0.0] * (n + 1); sst = [0.0] * (n + 1); ssh = [0.0] * (n + 1)
    for i, it in enumerate(items):
        sw[i + 1] = sw[i] + (it.width if it.kind != "penalty" else 0)
        sst[i + 1] = sst[i] + (it.stretch if it.kind == "glue" else 0)
        ssh[i + 1] = ssh[i] + (it.shrink if it.kind == "glue" else 0)

    def after(b):
        # first index after break b that is not discardable
        j = b if b == 0 else b + 1
        if b == 0:
            return 0
        while j < n and items[j].kind != "box":
            if items[j].kind == "penalty" and items[j].penalty <= -10000:
                break
            j += 1
        return j
    active = [{"pos": 0, "line": 0, "fit": 1, "dem": 0.0, "prev": None, "flag": False}]
    for b in range(n):
        it = items[b]
        if it.kind == "glue":
            if b == 0 or items[b - 1].kind != "box":
                continue
            pen = 0
        elif it.kind == "penalty":
            if it.penalty >= 10000:
                continue
            pen = it.penalty
        else:
            continue
        best = {}
        newactive = []
        for a in active:
            s = after(a["pos"])
            L = sw[b] - sw[s] + (it.width if it.kind == "penalty" else 0)
            lw = widths(a["line"])
            if L < lw:
                st = sst[b] - sst[s]
                r = (lw - L) / st if st > 0 else INF
            elif L > lw:
                sh = ssh[b] - ssh[s]
                r = (lw - L) / sh if sh > 0 else -INF
            else:
                r = 0.0
            keep = True
            if r < -1 or (it.kind == "penalty" and pen <= -10000):
                keep = False
            if keep:
                newactive.append(a)
            if r < -1:
                continue
            bad = badness(r)
            if bad > tolerance:
                continue
            if pen >= 0:
                d = (10 + bad) ** 2 + pen ** 2
            elif pen > -10000:
                d = (10 + bad) ** 2 - pen ** 2
            else:
                d = (10 + bad) ** 2
            flag = it.kind == "penalty" and it.flagged
            if flag and a["flag"]:
                d += 10000
            if r < -0.5:
                fit = 0
            elif r <= 0.5:
                fit = 1
            elif r <= 1:
                fit = 2
            else:
                fit = 3
            if abs(fit - a["fit"]) > 1:
                d += 10000
            total = a["dem"] + d
            if fit not in best or total < best[fit]["dem"]:
                best[fit] = {"pos": b, "line": a["line"] + 1, "fit": fit, "dem": total, "prev": a, "flag": flag}
        active = newactive + [best[k] for k in sorted(best)]
        if not active:
            return None
    # the last item is the forced break: pick best among nodes ending there
    ends = [a for a in active if a["pos"] == n - 1]
    if not ends:
        return None
    # final hyphen demerits
    for a in ends:
        if a["prev"] and a["prev"]["flag"]:
            a["dem"] += 5000
    a = min(ends, key=lambda x: x["dem"])
    brk = []
    while a and a["pos"] != 0:
        brk.append(a["pos"])
        a = a["prev"]
    return list(reversed(brk))


def greedy(items, widths):
    """first-fit line breaking (ragged right)"""
    breaks = []
    line = 0
    last = None
    n = len(items)
    cum = [0.0]
    for it in items:
        cum.append(cum[-1] + (it.width if it.kind != "penalty" else 0))
    s = 0
    for b, it in enumerate(items):
        legal = (it.kind == "glue" and b > 0 and items[b - 1].kind == "box") or \
                (it.kind == "penalty" and it.penalty < 10000)
        if not legal:
            continue
        L = cum[b] - cum[s] + (it.width if it.kind == "penalty" else 0)
        if L > widths(line) and last is not None:
            breaks.append(last)
            line += 1
            s = last + 1
            while s < n and items[s].kind != "box":
                s += 1
            last = None
            L = cum[b] - cum[s] + (it.width if it.kind == "penalty" else 0)
        if it.kind == "penalty" and it.penalty <= -10000:
            breaks.append(b)
            break
        if it.kind == "glue" or (it.kind == "penalty" and not it.flagged):
            last = b
    return breaks


class Line:
    def __init__(self, glyphs, x0, height, depth, marks):
        self.glyphs = glyphs  # list of (font, code, x, dy)
        self.x0 = x0
        self.height = height
        self.depth = depth
        self.marks = marks  # footnote numbers
        self.rules = []


def set_lines(items, breaks, widths, indent_of, ragged=False):
    lines = []
    start = 0
    for ln, b in enumerate(breaks):
        # skip discardables at line start
        s = start
        if ln > 0:
            while s < b and items[s].kind != "box":
                s += 1
        seg = items[s:b]
        brk = items[b]
        lw = widths(ln)
        nat = sum(i.width for i in seg if i.kind != "penalty")
        if brk.kind == "penalty":
            nat += brk.width
        st = sum(i.stretch for i in seg if i.kind == "glue")
        sh = sum(i.shrink for i in seg if i.kind == "glue")
        r = 0.0
        if ragged:
            r = 0.0
        elif nat < lw and st > 0:
            r = (lw - nat) / st
            if any(i.stretch >= 1e6 for i in seg):
                r = (lw - nat) / st
        elif nat > lw and sh > 0:
            r = max(-1.0, (lw - nat) / sh)
        x = 0.0
        glyphs = []
        marks = []
        h, d = 0.0, 0.0
        for i in seg:
            if i.kind == "glue":
                x += i.width + (r * i.stretch if r > 0 else r * i.shrink)
            elif i.kind == "box":
                for nd in i.nodes:
                    if nd[0] == "g":
                        f = nd[1]
                        glyphs.append((f, nd[2], x + nd[3], 0.0))
                        h = max(h, f.tfm.height[nd[2]] * f.size)
                        d = max(d, f.tfm.depth[nd[2]] * f.size)
                    elif nd[0] == "mark":
                        f = nd[1]
                        glyphs.append((f, nd[2], x + nd[3], nd[4]))
                        h = max(h, f.tfm.height[nd[2]] * f.size + 3.629)
                if i.fn:
                    marks.append(i.fn)
                x += i.width
        if brk.kind == "penalty" and brk.prebreak:
            g = brk.prebreak
            glyphs.append((g[1], g[2], x + g[3], 0.0))
            g[1].used.add(g[2])
        lines.append(Line(glyphs, indent_of(ln), h, d, marks))
        start = b + 1
    return lines


# ----------------------------------------------------------------------------- document layout

TEXTWIDTH = 345.0
TEXTHEIGHT = 598.0
BASELINE = 12.0


class VItem:
    def __init__(self, kind, **kw):
        self.kind = kind
        self.__dict__.update(kw)


def build(meta, blocks, F, hyph):
    ts = Typesetter(F, hyph)
    rm, it, bf = F["cmr10"], F["cmti10"], F["cmbx10"]
    vlist = []

    def paragraph(inline, width=TEXTWIDTH, indent=15.0, first_extra=None, x0=0.0, rest_x0=None,
                  font=(None, None, None), leading_nodes=None, fnmark=None, baselineskip=BASELINE,
                  ragged=False):
        r_, i_, b_ = font
        items = ts.hlist(inline, r_ or rm, i_ or it, b_ or bf, fnmark=fnmark or F["cmr7"])
        lead = []
        if indent:
            lead.append(Item("box", indent, nodes=[]))
        if leading_nodes:
            lead.append(leading_nodes)
        items = lead + items
        if ragged:
            for g in items:
                if g.kind == "glue":
                    g.stretch = 0.0
                    g.shrink = 0.0
        items.append(Item("penalty", 0, penalty=10000))
        items.append(Item("glue", 0, stretch=1e7))
        items.append(Item("penalty", 0, penalty=-10000))
        first_w = width if first_extra is None else first_extra

        def widths(ln):
            return first_w if ln == 0 else width
        brk = None
        if not ragged:
            brk = knuth_plass(items, widths, 100)
            if brk is None:
                # second pass: with hyphenation (items already carry hyphenation penalties)
                brk = knuth_plass(items, widths, 200)
            if brk is None:
                brk = knuth_plass(items, widths, 10000)
        else:
            brk = greedy(items, widths)
        assert brk is not None
        rx = x0 if rest_x0 is None else rest_x0
        return set_lines(items, brk, widths, lambda ln: x0 if ln == 0 else rx, ragged=ragged)

    def addlines(lines, before, baselineskip=BASELINE, club=True):
        """before: (natural, stretch, shrink) vertical glue before the first line"""
        vlist.append(VItem("glue", w=before[0], st=before[1], sh=before[2]))
        for k, ln in enumerate(lines):
            if k > 0:
                pen = 0
                if k == 1 and len(lines) > 2:
                    pen += 150
                if k == len(lines) - 1 and len(lines) > 2:
                    pen += 150
                if len(lines) == 2:
                    pen = 300
                vlist.append(VItem("penalty", p=pen))
                vlist.append(VItem("skip", bs=baselineskip))
            vlist.append(VItem("line", line=ln, bs=baselineskip))

    ex = rm.xheight
    first_after_heading = False
    for blk in blocks:
        kind = blk[0]
        if kind == "chapter":
            big = F["cmbx12h"]
            huge = F["cmbx12H"]
            vlist.append(VItem("chapterstart"))
            ln = paragraph([("rm", "Chapter %s" % meta["chapternumber"])], indent=0, font=(big, big, big),
                           ragged=True)
            for l in ln:
                vlist.append(VItem("glue", w=50.0, st=1.0, sh=0.0, top=True))
                vlist.append(VItem("line", line=l, bs=25.0))
            ln = paragraph([("rm", blk[1])], indent=0, font=(huge, huge, huge), ragged=True)
            vlist.append(VItem("penalty", p=10000))
            vlist.append(VItem("glue", w=20.0, st=1.0, sh=0.0))
            for k, l in enumerate(ln):
                if k:
                    vlist.append(VItem("penalty", p=10000))
                vlist.append(VItem("skip", bs=30.0))
                vlist.append(VItem("line", line=l, bs=30.0))
            vlist.append(VItem("penalty", p=10000))
            vlist.append(VItem("glue", w=40.0, st=0.0, sh=0.0))
            first_after_heading = True
            continue
        if kind == "section":
            sec = F["cmbx12s"]
            num_ = meta.setdefault("_sec", 0) + 1
            meta["_sec"] = num_
            label = "%s.%d" % (meta["chapternumber"], num_)
            lead = Item("box", 0, nodes=[])
            lab = ts.word_items(label, sec, hyphenate=False)
            lead = lab[0]
            lead.width += sec.quad
            ln = paragraph([("rm", blk[1])], indent=0, font=(sec, sec, sec), leading_nodes=lead,
                           baselineskip=18.0, ragged=True)
            vlist.append(VItem("penalty", p=-300))
            vlist.append(VItem("addvspace", w=3.5 * ex, st=1.0 * ex, sh=0.2 * ex))
            vlist.append(VItem("glue", w=0.0, st=1.0, sh=0.0))
            for k, l in enumerate(ln):
                if k:
                    vlist.append(VItem("penalty", p=10000))
                vlist.append(VItem("skip", bs=18.0))
                vlist.append(VItem("line", line=l, bs=18.0, heading=blk[1]))
            vlist.append(VItem("penalty", p=10000))
            vlist.append(VItem("glue", w=2.3 * ex, st=0.2 * ex, sh=0.0))
            first_after_heading = True
            continue
        if kind == "par":
            text, cont = blk[1], blk[2]
            indent = 0.0 if (first_after_heading or cont) else 15.0
            lines = paragraph(parse_inline(text), indent=indent)
            if cont:
                # after a list: the list's closing \topsep already stands
                addlines(lines, (0.0, 1.0, 0.0))
            else:
                addlines(lines, (0.0, 1.0, 0.0))
            first_after_heading = False
            continue
        if kind in ("enumerate", "description"):
            items, inpar = blk[1], blk[2]
            top = (8.0, 2.0, 4.0) if inpar else (10.0, 3.0, 5.0)
            vlist.append(VItem("addvspace", w=top[0], st=top[1], sh=top[2]))
            for n_, (label, text) in enumerate(items, 1):
                if n_ > 1:
                    vlist.append(VItem("penalty", p=-51))
                    vlist.append(VItem("addvspace", w=4.0, st=2.0, sh=1.0))
                if kind == "enumerate":
                    lab = "%d." % n_
                    lb = ts.word_items(lab, rm, hyphenate=False)[0]
                    # label right-aligned at 20pt, text at 25pt
                    lines = paragraph(parse_inline(text), width=TEXTWIDTH - 25.0, indent=0, x0=25.0)
                    off = 20.0 - lb.width - 25.0
                    gl = [("g", n[1], n[2], n[3] + off) for n in lb.nodes if n[0] == "g"]
                    for n in gl:
                        rm.used.add(n[2])
                    lines[0].glyphs = [(n[1], n[2], n[3], 0.0) for n in gl] + lines[0].glyphs
                else:
                    lab_inline = [("bf", label)]
                    lbitems = ts.hlist(lab_inline, bf, bf, bf)
                    # natural-width label box: words separated by natural bold spaces
                    nodes = []
                    x = 0.0
                    for itm in lbitems:
                        if itm.kind == "box":
                            for nd in itm.nodes:
                                if nd[0] == "g":
                                    nodes.append(("g", nd[1], nd[2], x + nd[3]))
                            x += itm.width
                        elif itm.kind == "glue":
                            x += itm.width
                    lead = Item("box", x + 5.0, nodes=nodes)
                    lines = paragraph(parse_inline(text), width=TEXTWIDTH - 25.0, indent=0, x0=0.0,
                                      rest_x0=25.0, first_extra=TEXTWIDTH, leading_nodes=lead)
                addlines(lines, (4.0, 2.0, 1.0) if n_ > 1 else (0.0, 0.0, 0.0))
            vlist.append(VItem("addvspace", w=top[0], st=top[1], sh=top[2]))
            first_after_heading = False
            continue
        if kind == "table":
            cap, spec, rows, note = blk[1], blk[2], blk[3], blk[4]
            vlist.append(VItem("float", block=make_table(ts, F, meta, cap, spec, rows, note)))
            continue
    return vlist, ts.footnotes


def make_table(ts, F, meta, cap, spec, rows, note):
    """returns dict with height, depth and draw list relative to the float's top-left"""
    rm, it = F["cmr10"], F["cmti10"]
    small = F["cmr8"]
    out = {"lines": [], "rules": []}
    # caption paragraph
    label = "Table %s.1: " % meta["chapternumber"]
    y = 10.0  # \abovecaptionskip
    full = ts.hlist([("rm", label)] + parse_inline(cap), rm, it, F["cmbx10"])
    full.append(Item("penalty", 0, penalty=10000))
    full.append(Item("glue", 0, stretch=1e7))
    full.append(Item("penalty", 0, penalty=-10000))
    brk = knuth_plass(full, lambda ln: TEXTWIDTH, 200) or knuth_plass(full, lambda ln: TEXTWIDTH, 10000)
    caplines = set_lines(full, brk, lambda ln: TEXTWIDTH, lambda ln: 0.0)
    for k, l in enumerate(caplines):
        y += l.height if k == 0 else BASELINE
        out["lines"].append((l, 0.0, y))
    prevdepth = caplines[-1].depth
    # tabular
    ncol = len(spec)
    body = [r for r in rows if isinstance(r, list)]
    cells = []
    for r in body:
        row = []
        for c in r:
            parts = parse_inline(c.replace("--", "--"))
            hl = ts.hlist(parts, rm, it, F["cmbx10"], hyphenate=False)
            nodes, x = [], 0.0
            for itm in hl:
                if itm.kind == "box":
                    for nd in itm.nodes:
                        if nd[0] == "g":
                            nodes.append((nd[1], nd[2], x + nd[3]))
                    x += itm.width
                elif itm.kind == "glue":
                    x += itm.width
            row.append((nodes, x))
        cells.append(row)
    colw = [max(cells[r][c][1] for r in range(len(cells))) for c in range(ncol)]
    tabw = sum(colw) + 12.0 * ncol
    x0 = (TEXTWIDTH - tabw) / 2.0
    # vertical: caption bottom -> top rule. \belowcaptionskip 0, tabular strut
    y += prevdepth
    ri = 0
    lastkind = None
    heavy, light = 0.8, 0.5
    ab, bl = 0.4 * rm.xheight, 0.65 * rm.xheight
    for r in rows:
        if r == "toprule":
            y += heavy / 2.0
            out["rules"].append((x0, y, tabw, heavy))
            y += heavy / 2.0 + bl
            lastkind = "rule"
        elif r in ("midrule", "bottomrule"):
            w_ = light if r == "midrule" else heavy
            y += 3.6 + ab + w_ / 2.0
            out["rules"].append((x0, y, tabw, w_))
            y += w_ / 2.0 + (bl if r == "midrule" else 0.0)
            lastkind = "rule"
        else:
            if lastkind == "row":
                y += 3.6
            y += 8.4
            row = cells[ri]
            ri += 1
            glyphs = []
            cx = x0
            for c in range(ncol):
                nodes, w_ = row[c]
                if spec[c] == "l":
                    sx = cx + 6.0
                elif spec[c] == "r":
                    sx = cx + 6.0 + colw[c] - w_
                else:
                    sx = cx + 6.0 + (colw[c] - w_) / 2.0
                for f, code, gx in nodes:
                    glyphs.append((f, code, sx + gx, 0.0))
                cx += colw[c] + 12.0
            out["lines"].append((Line(glyphs, 0.0, 8.4, 3.6, []), 0.0, y))
            lastkind = "row"
    # note in \footnotesize, centred lines
    if note:
        y += 3.0  # \smallskip
        nitems = ts.hlist(parse_inline(note), small, F["cmti8"], small)
        for g in nitems:
            if g.kind == "glue":
                g.stretch = 0.0
                g.shrink = 0.0
        nitems.append(Item("penalty", 0, penalty=10000))
        nitems.append(Item("glue", 0, stretch=1e7))
        nitems.append(Item("penalty", 0, penalty=-10000))
        brk = greedy(nitems, lambda ln: TEXTWIDTH)
        nl = set_lines(nitems, brk, lambda ln: TEXTWIDTH, lambda ln: 0.0, ragged=True)
        for k, l in enumerate(nl):
            wdt = max((g[2] + g[0].w(g[1]) for g in l.glyphs), default=0.0)
            l.x0 = (TEXTWIDTH - wdt) / 2.0
            y += (9.5 if k else 9.5 - 1.0)
            out["lines"].append((l, l.x0, y))
        y += nl[-1].depth
    out["height"] = y
    return out


def footnote_lines(ts, F, fn_inline, number):
    r8, i8 = F["cmr8"], F["cmti8"]
    mark = F["cmr6"]
    code = ord(str(number))
    mark.used.add(code)
    w = mark.w(code) + 0.5
    em18 = 1.8 * r8.quad
    lead = Item("box", em18, nodes=[("mark", mark, code, em18 - w, 2.813)])
    items = ts.hlist(fn_inline, r8, i8, F["cmbx10"])
    items = [lead] + items
    items.append(Item("penalty", 0, penalty=10000))
    items.append(Item("glue", 0, stretch=1e7))
    items.append(Item("penalty", 0, penalty=-10000))
    brk = knuth_plass(items, lambda ln: TEXTWIDTH, 100) or knuth_plass(items, lambda ln: TEXTWIDTH, 200) \
        or knuth_plass(items, lambda ln: TEXTWIDTH, 10000)
    return set_lines(items, brk, lambda ln: TEXTWIDTH, lambda ln: 0.0)


# ----------------------------------------------------------------------------- pages

def fn_height(fns, fnlines):
    if not fns:
        return 0.0
    nl = sum(len(fnlines[k]) for k in fns)
    return 9.0 + 6.65 + 9.5 * (nl - 1) + 2.0


def paginate(vlist, fnlines):
    """TeX-like page builder: pages of entries (kind, natural_pos, obj, stretch, shrink)"""
    pages = []
    i = 0
    n = len(vlist)
    pending = None
    while i < n or pending:
        entries, fns = [], []
        y = None          # position of the last baseline (or float bottom) from the top of the text area
        prevdepth = 0.0
        acc = [0.0, 0.0, 0.0]
        stretch = shrink = 0.0
        best = None
        prev = None
        if pending:
            entries.append(("float", 0.0, pending, 0.0, 0.0))
            y = pending["height"]
            prevdepth = 0.0
            acc = [20.0, 2.0, 4.0]  # \textfloatsep
            pending = None
            prev = "float"

        def consider(j, p):
            nonlocal best
            goal = TEXTHEIGHT - fn_height(fns, fnlines)
            st = stretch + (4.0 if fns else 0.0)
            if y > goal + shrink + (2.0 if fns else 0.0):
                return
            if y >= goal:
                b = 0
            else:
                b = badness((goal - y) / st) if st > 0 else 10000
                if b >= 10000:
                    b = 100000
            cost = b + p if p > -10000 else b + p
            if best is None or cost <= best[0]:
                best = (cost, j, len(entries), list(fns))
        j = i
        overfull = False
        while j < n:
            v = vlist[j]
            k = v.kind
            if k in ("glue", "addvspace"):
                if y is None:
                    if getattr(v, "top", False):
                        y = 0.0
                        prevdepth = 0.0
                        acc = [10.0 + v.w, v.st, v.sh]
                        prev = "glue"
                    j += 1
                    continue
                if prev in ("line", "float"):
                    consider(j, 0)
                if k == "addvspace" and prev == "glue":
                    if v.w > acc[0]:
                        acc = [v.w, v.st, v.sh]
                else:
                    acc = [acc[0] + v.w, acc[1] + v.st, acc[2] + v.sh]
                prev = "glue"
            elif k == "penalty":
                if y is not None and v.p < 10000:
                    consider(j, v.p)
                prev = "penalty"
            elif k == "float":
                blk = v.block
                goal = TEXTHEIGHT - fn_height(fns, fnlines)
                if y is not None and y + prevdepth + acc[0] + 12.0 + blk["height"] + 12.0 + BASELINE <= goal:
                    top = y + prevdepth + acc[0] + 12.0
                    entries.append(("float", top, blk, acc[1] + 2.0, acc[2] + 2.0))
                    stretch += acc[1] + 2.0
                    shrink += acc[2] + 2.0
                    y = top + blk["height"]
                    prevdepth = 0.0
                    acc = [12.0, 2.0, 2.0]
                    prev = "float"
                else:
                    pending = blk
            elif k == "line":
                ln = v.line
                if y is None:
                    pos = max(10.0, ln.height)
                    entries.append(("line", pos, v, 0.0, 0.0))
                else:
                    il = v.bs - prevdepth - ln.height
                    if il < 0:
                        il = 1.0
                    pos = y + prevdepth + acc[0] + il + ln.height
                    entries.append(("line", pos, v, acc[1], acc[2]))
                    stretch += acc[1]
                    shrink += acc[2]
                y = pos
                prevdepth = ln.depth
                acc = [0.0, 0.0, 0.0]
                fns.extend(ln.marks)
                prev = "line"
                if y > TEXTHEIGHT - fn_height(fns, fnlines) + shrink + (2.0 if fns else 0.0):
                    overfull = True
                    break
            j += 1
        if not overfull:
            pages.append({"entries": entries, "fns": fns, "stretched": False})
            i = n
            continue
        cost, bj, ne, bfns = best
        kept = entries[:ne]
        for e in entries[ne:]:
            if e[0] == "float":
                pending = e[2]
        pages.append({"entries": kept, "fns": bfns, "stretched": True})
        i = bj + 1
    return pages


def finalize_positions(page, fnlines):
    """flushbottom: stretch or shrink the glue so that the page fills the text height"""
    entries = page["entries"]
    fns = page["fns"]
    nl = sum(len(fnlines[k]) for k in fns)
    if not entries:
        return [], []
    last = entries[-1]
    if last[0] == "line":
        natural, lastdepth = last[1], last[2].line.depth
    else:
        natural, lastdepth = last[1] + last[2]["height"], 0.0
    total_st = sum(e[3] for e in entries) + (4.0 if fns else 0.0)
    total_sh = sum(e[4] for e in entries) + (2.0 if fns else 0.0)
    ratio_st = ratio_sh = 0.0
    if page["stretched"]:
        target = TEXTHEIGHT
        if fns:
            target = TEXTHEIGHT - (9.0 + 6.65 + 9.5 * (nl - 1)) - lastdepth
        diff = target - natural
        if diff >= 0:
            ratio_st = diff / total_st if total_st > 0 else 0.0
        else:
            ratio_sh = diff / total_sh if total_sh > 0 else 0.0
    out = []
    acc = 0.0
    for e in entries:
        acc += ratio_st * e[3] + ratio_sh * e[4]
        out.append((e[0], e[1] + acc, e[2]))
    fpos = []
    if fns:
        y = TEXTHEIGHT - 9.5 * (nl - 1)
        first = y
        for k in fns:
            for l in fnlines[k]:
                fpos.append((l, y))
                y += 9.5
        fpos = [("rule", first - 9.455 * 72.27 / 72.0)] + fpos
    return out, fpos


# ----------------------------------------------------------------------------- content streams

def esc(code):
    if code in (40, 41, 92):
        return "\\%03o" % code
    if 32 <= code < 127:
        return chr(code)
    return "\\%03o" % code


class Stream:
    def __init__(self):
        self.parts = []
        self.inbt = False
        self.font = None
        self.origin = None  # last Td origin (absolute, rounded)

    def bt(self):
        if not self.inbt:
            self.parts.append("BT\n")
            self.inbt = True
            self.font = None
            self.origin = None
            self.first = True

    def et(self):
        if self.inbt:
            self.parts.append("\nET\n")
            self.inbt = False

    def rule(self, x, y, w, h):
        """x,y: bottom-left in bp; w,h in bp"""
        self.et()
        self.parts.append("q\n1 0 0 1 %s %s cm\n[]0 d 0 J %s w 0 0 m %s 0 l S\nQ\n" % (
            num(x), num(y + h / 2.0), num(h), num(w)))

    def run(self, font, x, y, glyphs):
        """glyphs: list of (code, x_bp) absolute; draws one TJ"""
        self.bt()
        s = []
        if self.font is not font:
            s.append("/%s %s Tf" % (font.pdfname, num(font.sizebp, 4)))
            self.font = font
        ax, ay = rnd(x), rnd(y)
        if self.origin is None:
            s.append(" %s %s Td" % (num(ax), num(ay)))
        else:
            s.append(" %s %s Td" % (num(ax - self.origin[0]), num(ay - self.origin[1])))
        self.origin = (ax, ay)
        arr = []
        cur = []
        pdfpos = 0.0
        for code, gx in glyphs:
            t = (gx - x) / font.sizebp * 1000.0
            d = t - pdfpos
            k = int(d + 0.5) if d >= 0 else -int(-d + 0.5)
            if k != 0:
                if cur:
                    arr.append("(" + "".join(cur) + ")")
                    cur = []
                arr.append(str(-k))
                pdfpos += k
            cur.append(esc(code))
            pdfpos += font.pdfw(code)
        if cur:
            arr.append("(" + "".join(cur) + ")")
        body = "".join(s).lstrip(" ") if self.first else "".join(s)
        self.parts.append(body + " [" + "".join(arr) + "]TJ")
        self.first = False

    def line(self, glyphs, x0, ybase):
        """glyphs: (font, code, x_pt, dy_bp) relative; split into runs by font and dy"""
        runs = []
        for f, c, gx, dy in glyphs:
            if runs and runs[-1][0] is f and runs[-1][1] == dy:
                runs[-1][2].append((c, x0 + bp(gx)))
            else:
                runs.append([f, dy, [(c, x0 + bp(gx))]])
        for f, dy, gl in runs:
            self.run(f, gl[0][1], ybase + dy, gl)

    def data(self):
        self.et()
        return "".join(self.parts).encode("latin-1")


# ----------------------------------------------------------------------------- Type 1 subsetting

def encrypt(data, r):
    out = bytearray()
    for p in data:
        c = p ^ (r >> 8)
        out.append(c)
        r = ((c + r) * 52845 + 22719) & 0xFFFF
    return bytes(out)


def cs_subrs(cs):
    """decrypted charstring (with 4 lenIV bytes) -> set of called subr numbers"""
    res = set()
    stack = []
    i = 4
    while i < len(cs):
        v = cs[i]
        if v >= 32:
            if v <= 246:
                stack.append(v - 139); i += 1
            elif v <= 250:
                stack.append((v - 247) * 256 + cs[i + 1] + 108); i += 2
            elif v <= 254:
                stack.append(-(v - 251) * 256 - cs[i + 1] - 108); i += 2
            else:
                stack.append(int.from_bytes(cs[i + 1:i + 5], "big", signed=True)); i += 5
            continue
        if v == 12:
            op = 1200 + cs[i + 1]; i += 2
            if op == 1216:  # callothersubr: othersubr#, n args
                stack = []
            else:
                stack = []
            continue
        i += 1
        if v == 10:  # callsubr
            if stack:
                res.add(stack.pop())
            continue
        stack = []
    return res


def subset_font(font, tag):
    d, get = font.d, font.get
    cs = [(n, get(b)) for n, b in d["cs"]]
    names = dict(cs)
    enc = font.glyphnames
    need = {".notdef"} | {enc[c] for c in font.used}
    subrs = [get(b) for b in d["subrs"]]
    used_subrs = {0, 1, 2, 3}
    todo = [names[n] for n in need]
    while todo:
        c = todo.pop()
        for s in cs_subrs(c):
            if s not in used_subrs and 0 <= s < len(subrs):
                used_subrs.add(s)
                todo.append(subrs[s])
    nsub = max(used_subrs) + 1
    p = bytearray(get(d["head"]))
    p += b"/Subrs %d array\n" % nsub
    ret = encrypt(b"\x00\x00\x00\x00\x0b", 4330)
    for k in range(nsub):
        c = encrypt(subrs[k], 4330) if k in used_subrs else ret
        p += b"dup %d %d RD " % (k, len(c)) + c + b" NP\n"
    p += get(d["mid"])
    keep = [(n, c) for n, c in cs if n in need]
    p += b"2 index /CharStrings %d dict dup begin\n" % len(keep)
    for n, c in keep:
        e = encrypt(c, 4330)
        p += b"/" + n.encode() + b" %d RD " % len(e) + e + b" ND\n"
    p += get(d["tail"])
    private = encrypt(bytes(p), 55665)
    encl = "".join("dup %d /%s put\n" % (c, n) for n, c in sorted((enc[c], c) for c in font.used))
    clear = get(d["clear"]).decode("latin-1").replace("@TAG@", tag).replace("@ENC@", encl).encode("latin-1")
    charset = "".join("/" + n for n in sorted(need - {".notdef"}))
    return clear, private, charset


def make_tag(name, used, seed):
    h = hashlib.md5((seed + name + ",".join(str(c) for c in sorted(used))).encode()).digest()
    return "".join(chr(ord("A") + b % 26) for b in h[:6])


# ----------------------------------------------------------------------------- PDF writer

class PDF:
    def __init__(self):
        self.out = bytearray(b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n")
        self.offsets = {}
        self.objstm = []  # (num, bytes)
        self.n = 0
        self.stm_num = None

    def alloc(self):
        self.n += 1
        return self.n

    def stream(self, num_, data, extra=""):
        comp = zlib.compress(data, 9)
        self.offsets[num_] = ("f", len(self.out))
        self.out += ("%d 0 obj\n<<\n%s/Length %-10d\n/Filter /FlateDecode\n>>\nstream\n" % (
            num_, extra, len(comp))).encode("latin-1")
        self.out += comp + b"\nendstream\nendobj\n"

    def plain(self, num_, body):
        self.offsets[num_] = ("f", len(self.out))
        self.out += ("%d 0 obj\n%s\nendobj\n" % (num_, body)).encode("latin-1")

    def compressed(self, num_, body):
        if self.stm_num is None:
            self.stm_num = self.alloc()
        self.offsets[num_] = ("s", len(self.objstm))
        self.objstm.append((num_, body.encode("latin-1")))

    def finish(self, root, info, idstr):
        # object stream
        hdr = []
        off = 0
        blob = bytearray()
        for k, (n_, b) in enumerate(self.objstm):
            hdr.append("%d %d" % (n_, off))
            blob += b + b"\n"
            off = len(blob)
        lines = [" ".join(hdr[i:i + 10]) for i in range(0, len(hdr), 10)]
        head = ("\n".join(lines) + "\n").encode()
        data = head + bytes(blob)
        self.stream(self.stm_num, data, "/Type /ObjStm\n/N %d\n/First %d\n" % (len(self.objstm), len(head)))
        xref_num = self.alloc()
        size = xref_num + 1
        pos = len(self.out)
        self.offsets[xref_num] = ("f", pos)
        rows = bytearray()
        for k in range(size):
            if k == 0:
                rows += bytes([0, 0, 0, 0, 255])
                continue
            kind, v = self.offsets[k]
            if kind == "f":
                rows += bytes([1]) + v.to_bytes(3, "big") + bytes([0])
            else:
                rows += bytes([2]) + self.stm_num.to_bytes(3, "big") + bytes([v])
        comp = zlib.compress(bytes(rows), 9)
        self.out += ("%d 0 obj\n<<\n/Type /XRef\n/Index [0 %d]\n/Size %d\n/W [1 3 1]\n/Root %d 0 R\n/Info %d 0 R\n"
                     "/ID [<%s> <%s>]\n/Length %-10d\n/Filter /FlateDecode\n>>\nstream\n" % (
                         xref_num, size, size, root, info, idstr, idstr, len(comp))).encode()
        self.out += comp + b"\nendstream\nendobj\n"
        self.out += b"startxref\n%d\n%%%%EOF\n" % pos
        return bytes(self.out)


# ----------------------------------------------------------------------------- main

PDFNAMES = {"cmbx12h": "F34", "cmbx12H": "F34", "cmbx12s": "F34", "cmr10": "F24", "cmr7": "F23",
            "cmr6": "F39", "cmr8": "F38", "cmti8": "F44", "cmti9": "F47", "cmti10": "F45", "cmbx10": "F48"}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta_d, get = load_data()
    hyph = Hyphenator(meta_d["_hyph"]["patterns"], meta_d["_hyph"]["exceptions"])
    F = {}
    spec = {"cmr10": ("cmr10", 10.0), "cmr8": ("cmr8", 8.0), "cmr7": ("cmr7", 7.0), "cmr6": ("cmr6", 6.0),
            "cmti10": ("cmti10", 10.0), "cmti9": ("cmti9", 9.0), "cmti8": ("cmti8", 8.0),
            "cmbx10": ("cmbx10", 10.0), "cmbx12s": ("cmbx12", 14.4), "cmbx12h": ("cmbx12", 20.74),
            "cmbx12H": ("cmbx12", 24.88)}
    for k, (name, size) in spec.items():
        F[k] = Font(name, size, PDFNAMES[k], meta_d, get)
    # glyph names of the fonts' built-in (OT1) encodings
    for k, f in F.items():
        f.glyphnames = GLYPHS_OT1 if f.name.startswith(("cmr", "cmbx")) else GLYPHS_OT1I
    src = open(SRC, encoding="utf-8").read()
    meta, blocks = parse_source(src)
    vlist, footnotes = build(meta, blocks, F, hyph)
    ts = Typesetter(F, hyph)
    fnlines = {}
    for k, fn in enumerate(footnotes, 1):
        fnlines[k] = footnote_lines(ts, F, fn, k)
    pages = paginate(vlist, fnlines)
    first = int(meta["firstpage"])
    header = meta["header"]
    hdr_font = F["cmti9"]
    hdr_items = ts.hlist([("rm", header)], hdr_font, hdr_font, hdr_font, hyphenate=False)
    hx = 0.0
    hglyphs = []
    for itm in hdr_items:
        if itm.kind == "box":
            for nd in itm.nodes:
                if nd[0] == "g":
                    hglyphs.append((nd[1], nd[2], hx + nd[3], 0.0))
            hx += itm.width
        elif itm.kind == "glue":
            hx += itm.width
    top_y = 716.092  # top of the text area, bp
    streams = []
    for pno, page in enumerate(pages):
        number = first + pno
        left = 99.895 if number % 2 else 150.705
        st = Stream()
        if pno > 0:
            st.bt()
            st.line(hglyphs, left + bp((TEXTWIDTH - hx) / 2.0), 744.286)
            st.et()
            st.rule(left, 740.799 - 0.199, bp(TEXTWIDTH), 0.398)
        placed, fpos = finalize_positions(page, fnlines)
        for kind, y, obj in placed:
            if kind == "line":
                ln = obj.line
                st.line(ln.glyphs, left + bp(ln.x0), top_y - bp(y))
            else:
                blk = obj
                for (ln, _lx, ly) in blk["lines"]:
                    st.line(ln.glyphs, left + bp(ln.x0 if ln.x0 else 0.0), top_y - bp(y + ly))
                for (rx, ry, rw, rh) in blk["rules"]:
                    st.rule(left + bp(rx), top_y - bp(y + ry) - bp(rh) / 2.0, bp(rw), bp(rh))
        if fpos:
            ry = fpos[0][1]
            st.rule(left, top_y - bp(ry) - 0.199, bp(0.4 * TEXTWIDTH), 0.398)
            for ln, y in fpos[1:]:
                st.line(ln.glyphs, left, top_y - bp(y))
        pn = str(number)
        pf = F["cmr10"]
        w = 0.0
        g = []
        for ch in pn:
            g.append((pf, ord(ch), w, 0.0))
            pf.used.add(ord(ch))
            w += pf.w(ord(ch))
        st.line(g, left + bp((TEXTWIDTH - w) / 2.0), 90.438)
        streams.append(st)
    # ---------------------------------------------------------------- objects
    pdf = PDF()
    fontobj = {}  # pdfname -> (num, Font list)
    order = []
    page_nums = []
    pages_num = None
    for st in streams:
        res = pdf.alloc(); pg = pdf.alloc(); ct = pdf.alloc()
        data = st.data()
        names = []
        for m in re.finditer(rb"/(F\d+) [\d.]+ Tf", data):
            nm = m.group(1).decode()
            if nm not in names:
                names.append(nm)
        for nm in names:
            if nm not in fontobj:
                fontobj[nm] = pdf.alloc()
                order.append(nm)
        pdf.stream(ct, data)
        if pages_num is None:
            pdf.compressed(pg, "")  # placeholder to allocate the object stream first
            pdf.objstm.pop()
            pages_num = pdf.alloc()
        pdf.compressed(pg, "<<\n/Type /Page\n/Contents %d 0 R\n/Resources %d 0 R\n/MediaBox [0 0 595.276 841.89]\n"
                           "/Parent %d 0 R\n>>" % (ct, res, pages_num))
        pdf.compressed(res, "<<\n/Font << %s >>\n/ProcSet [ /PDF /Text ]\n>>" % " ".join(
            "/%s %d 0 R" % (nm, fontobj[nm]) for nm in names))
        page_nums.append(pg)
    # fonts grouped by PDF name (the three cmbx12 sizes share one font)
    byname = {}
    for k, f in F.items():
        byname.setdefault(f.pdfname, []).append(f)
    merged = {}
    for nm, fl in byname.items():
        base = fl[0]
        for f in fl[1:]:
            base.used |= f.used
        merged[nm] = base
    widths = {}
    for nm in reversed(order):
        f = merged[nm]
        lo, hi = min(f.used), max(f.used)
        arr = []
        for c in range(lo, hi + 1):
            v = f.pdfw(c) if c in f.tfm.width else 0
            arr.append(("%.1f" % v).rstrip("0").rstrip(".") if v else "0")
        widths[nm] = pdf.alloc()
        pdf.compressed(widths[nm], "[" + " ".join(arr) + "]")
    seed = meta["created"]
    alpha = sorted(order, key=lambda nm: merged[nm].name.upper())
    desc = {}
    tags = {}
    for nm in alpha:
        f = merged[nm]
        tag = make_tag(f.name, f.used, seed)
        tags[nm] = tag
        clear, private, charset = subset_font(f, tag)
        ff = pdf.alloc()
        pdf.stream(ff, clear + private, "/Length1 %d\n/Length2 %d\n/Length3 0\n" % (len(clear), len(private)))
        dn = pdf.alloc()
        desc[nm] = dn
        pdf.compressed(dn, "<<\n/Type /FontDescriptor\n/FontName /%s+%s\n%s/CharSet (%s)\n/FontFile %d 0 R\n>>" % (
            tag, f.name.upper(), f.d["desc"], charset, ff))
    tu = {}
    for nm in alpha:
        f = merged[nm]
        tu[nm] = pdf.alloc()
        pdf.stream(tu[nm], f.get(f.d["cmap"]))
    for nm in alpha:
        f = merged[nm]
        pdf.compressed(fontobj[nm], "<<\n/Type /Font\n/Subtype /Type1\n/BaseFont /%s+%s\n/FontDescriptor %d 0 R\n"
                                    "/FirstChar %d\n/LastChar %d\n/Widths %d 0 R\n/ToUnicode %d 0 R\n>>" % (
                                        tags[nm], f.name.upper(), desc[nm], min(f.used), max(f.used),
                                        widths[nm], tu[nm]))
    pdf.compressed(pages_num, "<<\n/Type /Pages\n/Count %d\n/Kids [%s]\n>>" % (
        len(page_nums), " ".join("%d 0 R" % p for p in page_nums)))
    cat = pdf.alloc()
    pdf.compressed(cat, "<<\n/Type /Catalog\n/Pages %d 0 R\n>>" % pages_num)
    info = pdf.alloc()
    date = meta["created"]
    pdf.plain(info, "<<\n/Producer (pdfTeX-1.40.26)\n/Creator (TeX)\n/CreationDate (%s)\n/ModDate (%s)\n"
                    "/Trapped /False\n/PTEX.Fullbanner (This is pdfTeX, Version 3.141592653-2.6-1.40.26 "
                    "(TeX Live 2024) kpathsea version 6.4.0)\n>>" % (date, date))
    idstr = hashlib.md5((date + "amr-india-policy-review-ch3.pdf").encode()).hexdigest().upper()
    data = pdf.finish(cat, info, idstr)
    with open(out, "wb") as fh:
        fh.write(data)


# OT1 built-in encodings of the CM text fonts (code -> glyph name)
GLYPHS_OT1 = {11: "ff", 12: "fi", 13: "fl", 14: "ffi", 15: "ffl", 33: "exclam", 34: "quotedblright",
              35: "numbersign", 36: "dollar", 37: "percent", 38: "ampersand", 39: "quoteright",
              40: "parenleft", 41: "parenright", 42: "asterisk", 43: "plus", 44: "comma", 45: "hyphen",
              46: "period", 47: "slash", 48: "zero", 49: "one", 50: "two", 51: "three", 52: "four",
              53: "five", 54: "six", 55: "seven", 56: "eight", 57: "nine", 58: "colon", 59: "semicolon",
              61: "equal", 63: "question", 91: "bracketleft", 92: "quotedblleft", 93: "bracketright",
              96: "quoteleft", 123: "endash", 124: "emdash"}
for _c in range(65, 91):
    GLYPHS_OT1[_c] = chr(_c)
for _c in range(97, 123):
    GLYPHS_OT1[_c] = chr(_c)
GLYPHS_OT1I = dict(GLYPHS_OT1)
GLYPHS_OT1I[36] = "sterling"


DATA = """
c-pMJ+m`D(a;~}W`ZYAxb*;HYf}qI0E8Dxu+b*B&@@aeY(1DV;k|H^IP^NN^e$9TK{=WbzQJFc*)uVlpfDiz2M&OS?0Qukk+yC=_{O_Osuk)=v|MY*Z{`XJC
+rDUrvZ;Fof7<px_s!4yayt~O#qWM~DE2>B<<Ir@XVR{kT~(fbR-ox_tM*)0KX2=whjZ7o<$l$6MPJmz?DzW7{8H?P+3#0fu`hpCXkQLD1%BQ)r=RQc=l5;B
FBCrh+;l%*rlPuH__-^8-i;wRY=7QW#ZSLl{nT!Uq3A-rzis#DWc6)(NDf6O{}>H&D~EgWTfExuaZe<xOMk%|Ea22w0;TWecfn1DvIzc7Uhnw0k6Lp{(5q}O
e`qdvV|0*vO-i}1wX)r9lM}A5w|IS`+;&ArOyN6dh3hXC>W4;tSH^P3K?SeA?YEbtE%2?{`)#}RJN(W!6@H>7?Te&RM%MDZ#-Q?iNjB<NuWr~kjy#&ges{j6
Zw^IrX-a(8m`i2wjMgVA?ojU4*J{?Gp`62L#PPBdsn~YI+5Fz=i(;q33u{+#QprW-54f&S+lqR7ad_@zuKKO`?#I$AQ++~-MNfhe=T<1&qY;j(?1jpnw#xHV
n4@t@@O`7)PNm=CChC=wHSoNx4|ITh|00i%&PCT4&2l{#18(Vd=92%pseN%XpWZk(SJk0BBo%H`DS3Hu7hK<#wfs85ar+XFBFZ{`F_IcrcJzALGYfthoqku_
WPda7f;;%ah}MG@pI61n7kJE>s%VXVRUuW${Lw0-omCmvxYSV*>b}cX5gxzt4PH&Ui{=N@=R(%%KxXZw@B^h@%04o8phqrhaDnGKJ|F$S=i^}0tS%Yw<`Cl?
R7!L7tPzdMmbuzk#!bhZ*Kbv)p?{k`8Psvja3(O)*==#~+X~+@z$=x!Em;n&=2(pvL+T1Ty4zB8x2<Vpw`Cf#fVzSfb%nq1x%f&5^#e=0v##ni=SO)>@*THl
l6B21)3F;9x&6MR$$e2By?K>+^lYys$#U<{%C|4gF;3AB=BQWHi2kOCVJpf|n4><|#{(Y?r8yOJO%@i<5VDZRd>ooO+2SQFZp$DH%?Ps@x^m}7Rd=kTEv^$6
ly@)=Bcg@KL~dgV)X=e2|BmW4xjln_)f_q$_{LveOXCMORW;e}zOB>-jRbDJ+V0ey+nr|PK^{v<0rlT@#}Ca<yvA4MJKuJMI<30x&W*|<5gS@<_kPRQc#X2%
7tN?pq^YKWmYTkdwM@2JD+Li+KKyR@q-#{rUK8;s&+^<S<7Kstm7!QTNe`;rw^h77kj0@?4G*r|<7w`6Mr+JfUHzdP`LHTT)x7d`M>7veKdK&wk(A>eI>i*?
7u%v^5^iHv;do5csuQh0Z4-T`HCd@rry^<e`Ki$Nr>Nv-0y$EW_|&Z2_C&9oTvMx-{xnjtlea!P-Bjjzi=$G`eCN)pvF6Fv(;T%%gHrlR36qjiHBrjokxslq
f#{dj_9fz1WusHMt@=oOzf)~0bxypc)#A6c(Y4=Fm8u|*N_E~=Nx4-)m9@4~%#|-I?bGruq-{>$`1JM-%B^3CvB(?bSGPfptZqz$i|Tx_I$YFlxm%_gq+T7H
T(nkud}9$J7Z$5l5@4X^($<U3go|3NWbuW$BW5IuxQnWLX|3H_mD-rq^(w#K@|~-hb)t33QNNSYXamDS+qGPho&*Q#QAY>$xE2JnK^tE|Vlo!L?}u*|8r6BV
T2h}pQ?!mw3|t*iWmlJl<yN{Q`IMJ}e9B8{UR_vRV+mXP-Ji`Hj5PAiOI4~5>sqU5TQ>=1Hv>Om|Jyq5x1{R#jd`_^$g6j4APwe@G<(oE5(1T|y>xLM51o--
DR|tP%L=bYCWlhA>Lt10AGrnV)V10Z6)Vi9wzdKdTjKDQS?d@ZxdRilEeEwDZk1=->^<okOCCn571Jl<-qTaARod^P_V9QcE33|Ffv=b&;z`<;wl*xHRz|!O
AWZoD3D2qBU9t@y4D>5oO?kEOXrXID!dKj#bw-!$&n)sz%b)S+k^|*>Arn=nW5_!P4pkmSPvOb2G*?yVSQ=^u)#+SGK0-j^T1>2qMb%WNvqA1+#;}Vo_EDof
MS0qy*Y;`g)ZcxV(-l@V#<q(!Cz5Ti+14j4oL+NTdG_a0X?$<%()H!e+&$~AXLH~7FM?M3hUwThnvK10&k&en>U8FDA2Irx95C;g@fzG#yOc1-c5i{Iv4Cne
6dsZ<_Ge;>Q)6EJ%{<mAU{;xe6l%+=VDjk;n8m<XXJ5c9hBJi^39L-C=0beQ?lQpC#L@*Iwu7yq!LjT??Vib{AoD31;F+;-Gs&9^Ju6yku13k)CHM+uNctDt
0fsXGAqbrLe1tGskt1ZA`f@w#4)Kdo&~Q7RghjTaJB<)3@m_7A2Pi5;n=gGo22MLhmhn~JUyZ@}E3@KS7^Av|e!6NE)xlE{S0>Rl>_=Buo`_($qHEKMZ@q4n
=9Qs*P2ga!y@vfQp=;!-7B{fbmK}O~Bknz9_5QBqrG5I_YNrkBBoe|zA-57f(EjZYs-OG>ns|=fPP;f>nUF#=rCdcjO<;ZbzKVCzZncYdO73=Kw-fi>u9BSq
T(T=vPO*JSaD~}K&^9dT<ghijFt@}#;cA;x)<vbCQDtOJG<_tAN=~g_z#Ad;<mtrIOvq7}?6ko2=QZXciK1w+FS$7W)~KpSed*4tT^Xy+rGT5;iRY<#8l;_d
P`qPeMY~dUC><bWr^V{U>*VVLrL8GQaQV~`5;EBVGL@5qx!_To(q<6IM_Fj6-O&lLX2~u<^quxob&i2^A;5x`sJxyC<x-8HRQ2M8Dyw$2I!D<yszP&MSQ<u1
VuXf#*IbevBw*l<B|&|}Jp8T^&`~Z;M})YUkqUE}2Myh*or74bm4q^t-UuKvTCM(seOJ5AfOov}0>`_)QFp{Ukq5Dnoqa*0cjGZRG6hEA9l4Gn9JL!mQ4>bV
#8AXP<@Rih@{nG=d|E3RK@}gZAB9@wMq&~>|Ed&%5IbgaB%rnzTGVc`-$vp}dy~)iLTVaC;YR`ESjh1#k^^q;#nCIiL5Q^!>R^Q51FlNPRWCwP|L>Xg??%*8
mv^(wTQ$r?<cqxCgf02vOeb>eNeTDRZ?=}bR;$+EUb4(yJBgRe>e=s`OKTww74E2AF5YV*B>UnJTs1-%U4yePs&D)hT8#FATJK3sot08s1f&7CUF|{U7wFm^
MCr9k<%$i7Y4SrIQApz0`$8;FzhCJlDtxBgvlzUJ)TT#IoIOB9eSxGaN82`OiUR?GIu&p(v|%Y>q3uy$1E|gGNeB#6X4*QTs@K^gjZm6r8E9U~iQoC%Pz>6M
Xiuxe?)PPkyr`d&d-tU_nM7c})92+8bgPicFBw^-*G!W@aKX{ENVH_3vdhXvUx18oQsd=*BM<Ri$qO0;<<qJKrNE2*F0CMmWx*rgh?<rIvqE2LYP>}Hb5u5|
$N_w_muM5<g(s{mt0G}MK*Mq_>iUYQq`fc_EZa9;jCS9sgX4X}uS5)G-)Ob$8%=I~)F5Ped8DpfL-fTao-Oo!($Mz}8W6b*aN}Chn-->^427<eebcEIo30TP
**7e<eRGX)3QBtQeDLle`*-zd^nJDOnAj>=?fDiw@{>5YHL9jTvezPJ8VQnUwxeH?<BzIT#|U(#R;rSg>cD+xHIXNbhi8>Axmnrtv_DeaCH$(Q0u?q+188O+
YggVoR1AAfj{T_kQm|j%m>BJKwI2^!PsvEpqhdyn-p}vHia?bhIXL~$roJCz2^x|Kg}3)(a$%;8s_ZB<%7?8MF_?#Xj1t<n8mLi=03Jo!L~^vgGnl*=d(t{j
_M;eIwAYvK>d)v9Z&%tuC0rgH`5cTlC5P=%6pi;mQb{bAF*``c^|&vd6x#H)Ee`y&oDax4%1hYv04U)1ZFSIYd(dJyL<g<kgVxuf*dCQl!B!(L5&uV{D)vQ4
OGBO}k=Di`V&o2meT3L_C`@vbCusE@qNds*(Q*+ly@>h9)yT{BEV%<J60%DqRH3#-tWui`3QQ284u#XgIv^<eqlHGfQOi%w%tO(Z)G8L9Ke*yMWp!r?>n<X9
HJdk@2{PBjIK)Lyu~APY;@*?DFltGDZ2E|0Rst;-?BnNEjsR0dOK)-_RfPTM;3RS@9m4h@KGBuuSY-=fsxM2Y6eS$zP>P4EI@%H>Afm3sJ&@AT(uj^Ll^H23
2I&C1iw?$g4#xA48dQp~f*KT|P0*kAZ+)Saa40*qt&BRd=unv*(4Xle@obfg=yQl!I{K9M2tFMAORUCt*xdo-fO{}kU6kPUOgiwAQc3(gR5bBI57f*|@!UhB
-jsyFTxtp>@eQ3L?sI5hq=%+rd>Tyy^{sdf!_goJ%d0J_aR<3=((+wLmOTYFBT2*xM0iuNtqN2Y-S*@)9VI+%)iT5vIWTlDUwzr3W0hMGf%Zx%B~&YRY_)zB
x-o5;3cVHCzv8H2vG&^Nps|le;nu?#vn0knKliZ6ME>wCc$!V47pOc4muMP{mHK@YV!}(P-PrO=+rYtkTV=#zA%~l4cuRVbZxWJLMZ}6OO!h3chX@A@Qy73&
vp~}dRB|eBzs0mic^CA-g-4Z8Ag1CbdtAg@0_8q<l@VWXV@l~HEs?d*p$hIv+zUq+TZ=W}Lf%;{u|TFhu8L&q2Fi@Da<0x2Ts6gT1%V6k5Ag_~g?YVsHLlo4
;dZL1=D#W$jt7dpu#cLqwNR*Idx48$AD1MOd?OOOvF1nkRRsSg&uKR<_K2L~KBf40!9IC0PfWGYrdJVYE|=i7mZZ_fM_fl1pw>eBQrA!et65i&tq@FYUO~i2
ghaFgb>CKP6suh&#X(cG(Cnx0O@AYjDsBotMN<8s_QO-I2lja-@$aN;_?9Ya=EwZ*X!L<%4t~@!D^yK6U~&Ca&li>bL>v?0!cTDoxoreN8)8wQ^A$xqRN;#^
Rh|($YI+o_s5n{xVZD&6ypAl4!W~gT6h{v`QH!1Eswn3e%%0>p_5jG@B*0mmI4&tpp4OdgTAjc=D()nSgb-tWYQCAP&rcCelHjF9S%@nZkv6R2Y}sg6*FK><
N@3-qJjMJvDY^QKl~C5IaTKyIYa#fe>=IJitd$^iCW6L_gB8gyqvC$?Bct$wR<d}3>qyj-qhH_5RdE%{HF-fz1MwB&+m_y_iY-yaPLo5cy4aJTAh}Z)sKCmm
b7kWmRdi9s@KnrNi6lGbS!Ej<BgXiPN@5XD^qa4k4v8XZnIbjVF`^kM`m>R)0>lLht^(mgA5~S8@M%N+IYv_EO-mVQYLsfQx{cPZQPIhTrpl%FF3jhPIK&oD
*+s%AnnVR_<RXEyxP+=+*s$4;Ppl2}ov{U(Axh$EX6c2xUP4{9Wy3ZuhF*&c8<O^IF+#bu#8;wP`-pjP@vNZYG72pg?xK;CFnM7u)BrLGAZMiH0!^rDFIjkN
ZUKp<S(_>lPkWhpgGFhx78)pCp_TidkKh(^nNBrb9Q2%p={boQRbQ%`6m^Y5603MpGjVIzXl~SO3Bns5b*>T(=fdJ7d#fa&LS>HfStK=_{jO+Y@&ITTjs-5b
yk)Aua~fpR0**rjOEzg#8<UC)+vVh{z_?}FwA$5*R-;B&w2YN&5y(U<h7wtzXwL<iu$u`7(UEP(lx@AdZ3t>gv?`a0)pj9Cqbbm$l2gI~2~Nb(GDbu$1k#J|
W9gV3-<^J_&7JnaqGOBF2-#NC(Jlfg(c(gKfL65xX3p-;{FV?0UEHHk`LK@;sECJnEg)w5M5mE$EX4H0+tb$_qF)izpb8}4Esn|7nTk&|xLp@fRz&*+sU;N@
UAcdu#FB;Dnc794*c4WhhOC(a+73sHhXr)ym9pK191~<yr4l<NJDbxT$TPOdCn23x+_4lp&Tmyb`*0Uo-FlW28>@BBVErLMLcd8Pd{3UQTLq#%VTgLot#6aB
9D4YE+%tN;-?MOC&*r3neG{{Cdj`4pMTkIf*Y_&z+vNAbzp_yoOX<(#ceWipV(rAJZE+9eP=d1YPmF<}Ff6LKvmLFp-gd&iOjH5izc6+^@{JNQk$cVa(E^r7
LlzN`qIak@L~2XeNzZIlCo+bp`G7l;gascBb)QHn0gNgGw!z@aQR!LTXyF>tcS2wkHd@YOhnHy0n1ELdh4FR?bxJ&(n}g7dsdPEM6*ASrp}fJ)aG-VO+F}w^
HqodUY68{{H*~?}Q_ZP8F&#)qA=ohL-kuOFVeq#LE?kAa8W}yozhdO9x)@pUBPXzOORugQ(IghvZQRnP>sC2k{g&D7ukb!0tV+qQaC@V%WpG-m&cE6gBpNF(
x<YY`=CuSPCRc{(YSY_anXCTF{CQ={z1ptu3SV`vnjRdu%AIzkSIzsVcxyFLZ=i)6)6;Zg$L;F4bz0-c?ap;_6PD^xxgEFk>k%cGQMB<W#3r%w$1O=aul-tI
50-}*Daka<$E~DiiKs`hq2wqD@~GmD0-^~ndck7>*Ezz_{1IcE_$a1!WS=BX%;Q+pF_ikC(vMn+B-G3}77}lhqhJuK!yZ@L!qE%zsEqhX^+Xe-Qb5w&QK<i@
OcB@OqaAZ5c;a2=X`?VaT3Ap^Mk)6i1raqO9$2*vUSTPFOEAinRHQu0(^*YD+VS?WoD_yf&KBb%I;|r@o*aoz@?x>9qqblP^P(k`)}zEaavE^-CX*d2>-Wlb
mSbGq=t(W1qeRA|1pK2`kp4Jb#~b9vs&B(t)e4L!p<kZX0G=8lSG%3O-o~U|9Xl*`j@nQ}?O;Rl1l^7%R~@yLdHPD?;Ze!h$&MUixTBhFa*+_E8h}EihC-u8
Om+k;wMohaJ0ID2B8@>LkagM~#mEIXC5Or_ML_b5PXhR-tp~823^$yDPW8mO<vSsvYq322Ag=T3nv=vDTqcqtY=NJ)O6+#46G{%4ubji`R21(@DJ-Rmo`7k6
@U)smrD_Ec2?Fb>FyUJfDhk)4RjM|9RWjj_MG~7h?WsWXtt11nVDl47t>hF5@Saq%s)A^DI#r{WE1Y*avp=5Bh6qk)`c(M(n@T{-dorEn38p40GY%xK%(dZp
NQmqw2InLojb>NzHKbZKQUZl~(n(}LiT~+O3`1#qx$t;JU5QdBX`-Df?W%IHP!c*9i;7MXaZeTe`=m8^Qd*79i8-ih(Rv}f6FS6``bq`Y+Nsr$Na*nt*EB5w
l8MmpQ&Tj;BmuGE)a+<OQ&4N**r{=h15#3Qa%c+(92!py`rcEcOf;XVuI6(?{Tq4!J><!?%3C|J@a%#5pefLA<>uwJXQlJ_sD6!rg4TZA%vVE%J!*byxqZVI
cT_$qv>P=|PrbTGo0EEkDRvswY<C(lFo{ni-EBr=A~6sWO_LKC;N)IaF|GTPzX=SVZdfFsCD%}#O{;g_qTt0HR%hYQQNNwg^Lbls9T65=OHdA;<{Nfo-z;>(
J)tEqzgY#9`@2QHn5!C}x2>Z%fj~0H?&Qp=buX_ILzR1QB<rwGk!J=DXIQ!A+<Q`v95J1@<ozzbd5(6g=v+v~cXE{sfnQ$<tZ3Z`-z(q3Gk|AtaB-Y7GLFXB
{2K{1o6f~0Y30WHQn)a|<=p8EdX}sG5>Y|L6?O!VM7gt2;ps@uI?o6TqXm?0R8T~Ws^x5bs!3^e8I`$qh_is?xx_5$TqashXEAFEDYXX9T1S#t&!+i5qu4J<
rJQW-oJ+QMeg}#wSoYev@x<KDB}dQ@W3Bu1i~b_5&NFi8>KxNr)=mjsV|oGC#^;CzGzZ2^o^oL|oEtF@xfRFKPCgZB*lf?urEqdtcIU>6A1S&~`x=fR&Sw8c
L`P3IruZSG?lFbAe)o)RgP~}2Zbni`@+Zryaq+V{E;-W+T~VlGx+YAhuEFL*Ro6l|BU6Z9G3*1TKicl-cDUXd_1HOV17~c)3Ooj4>@kl#vn<Zht5UyiJN>)~
J({a5Z?X25QX)thYcDRh!s#W3I-10yXnB@MNu`}A^IKV!9IDBM{g;U`e#r*|5RTxulBlkjot=)C7?cfoB>~tkzlEpGQ$8F8mK>q3Bri3DI~BcCe?l0k0(xCZ
pWD`cD;jIFZ^2Wpoab5Krr&$bI#j?7?pbZylh0oGt>hGmhVIK&0ar>E)K^*=B5_8alqjoIP-hVx*|D0-{V>M%8!TD|ZB=R3Y07g{odrcY6{RwggZN;1FxgU`
D2D?3meMp?Wqhz$Y)i_6dP{Bb2Vt7>fK7==u-VcyS|rnNG{t1A&95{&wi1&TWkfm(k4t*HIB*<W7TVkusD#ehw6?^srZ_2Ak<LuP%7{}x1^PX|1&Z~1Q1g$X
9!(KY9*=OOQW&ly0>D-}FrM5Biol{asPcsBy*!1n76`Lxa#9%%m5d_F%G}yqm6TvES7IqAf<*W7gaK5kJwkb(M(u^=DN=8i?yQ`=fK2Ir(XSU(m2R)>d<G5v
fhnr>s*b75?o4uZp(>dMsjNV#!h=T$CEqattC(6<*4bi_J*}vyR)sYWz;P=?Tvj!Sn(rji3R5=JsB)U=ruZo@W`<T`@1|&BfdS}%MVRusP@WLF_QmodX@u^-
aIm0w%DQNiR%NkpE91*ZZl?bPOGtcj5@F$oDog^q_!+jv2)$*k=~Vkeg)|W(cb5(oj(&AvD%p9h(rFUl66L{G1WF6ow*(t=NAh8T)TNb8ADInXSx4e$L38;{
6RS2!jyUy)zI?%{__~IF2yY<xC7MujdkfIF!b6xrQ;}enB$C#?Tn^n;$VeHZRa$#CN`z8ir8I6_Hn9*!8A%i_#fs(BoMhTALAN(BrLw^es%$!bCz2RNAZyJk
B7t}!+w#<^Z^^bjcL+gc%O@?$R=J(UU@=s>?=180ek?S3P}3ZO=U5|Dh`H8<Y1nP`b%%6RDhH;daypvJ$jMWUI#2JTODQ`97I_K1+m-12ed*1XOhj0C*|8sa
c}#~6%h9+LKq`9<p0)ik(mgCs<Y*5CbAXag?oo~i)*VTWA)F{@rdhA8t|i3u@3EjMeNPqoNi^4fsukAT&Z)o!Ue&AX`o@gzOLniak6SgNPg<q`S031fVQzho
ISiq~h{KlpM(|F#d^3PRSa2Qb<9?)Q8+S{Kj)C#Rs0)(UXgdxIaG6MC73|VVFp|;=WUzHH))b+yN@jh`nKy_22(?O!&WfPAZos5*MT!d_+GOLHx#Y0<LWEaq
A<|{q(O@kDD_o?3Tt=p!AI5_P;Df`vY9FzTv|NKy0nb+Q)vPPz7aikwRq?@7zg~^S`zuC0`oK)?`J!Qtd2#tS%#2HlerLen#Rz@*-qgd&|FT{EvfU@&<q8)?
zZ9!q?Cdr9MZ6pV8UH5Yt6TlT>74&%JV=;$QBS{MFY>}ndf9T;|AN`%i;(3@EX)?Yh@HF?ntw0IXG(2apBFgl3#MBy&MakLOx${L$JNW3&m}Fqh=KSQZMUnJ
gl>K*D<RPr3@2YqN_r_xSbmwTN(ibLu-=PR#MIs|FJz~VeW^GEe$k|P5p;Wjv#EBm_{<A9^`+@4m}9yZ@RE`OlU@>SX)hQ_zHr+3BKZ9x;8S6Cv|m-pRsf^g
?$ww2t;z`SA8v9bE6Ke$$x0O}SUbq5@PvdcG?2JcjVsJQ<$~?B?J!3<O)fb0tb!C=iFHf1y9zMImAbaV1Wn{<AFryt_)NuJk+@PhF_qvnee#s^f!ZCAzALAl
zOoans))C8SR_?(93;tUtNUi|3Hn77v*I9v*^kAy1pEr^C8sK4;1NdPN&)7pP*lt9*t+GZAxhh6f>faf2?(I#AipX+rpRbSzLN-RpvuIx$`w~?bWND!!JorD
NpDo+R;ZcBm3HBd_Mg-;07`XIC#oFOvX!JwCDLv$xmVM&670Ol#oG4WXuY}O<CXBBW?EHpW1vEoAXk(@xSE#Q(f8wu!=W3l_TQ@H&VcG8Xr%xrcBDEU`CdRq
nVrx&A#Ga?IG#~J+nbVU9$^5qGmlX((TOPn5vnqoCBoC-VXd?^k7V@=rK-No$ujz`-yDQjta?EW%yR@g;89gzQZ({vwTsYxRKKjMm#z9pi?-sYaCfD3QQ4VV
6$?{fwy)0}Cux--AKc1ZrZb*C;`mJInSuI(Dp!?QOI0=BB|pnIU5KItE#pc(Z(5-0Vk*l@?bR&3An9l-OSpHHw&$wZVI@~J$jC|693h`rVQO$=0S!ZA$LGqJ
j2bkn6>0`XRq_*4xM>SAV;|<wO@%kwR>`-s@oww}PBkeXDwGd$Sds*q_RQH>_;n+O_BI^YRgIbSN&-~dRKcr$s`u@}T%|QYw`1*IwRXr_Vb-q3wiR@nsvYfR
1;A0NSevVU!CNaO<kU*;wwAb7vCCCx$8oLtcCKG(RM8hz1Kh2`g1JJBkb@;bHF_M*?W+;3gnp|t<qED<=s%P~z@r+GL47q|$a1{Y-z)%7Q(E=Wh;k^YMl}z6
CtU6>MwN}~mE7bGHh!-nvo3F29CgJ_gDuyNU@8>RmA|Q}k&28j+9)pDSX1<}4K{)LA#rKNH8XUo@@tZvMbR=_siI<Om#t~8^o=H)JX8?oVcm7vQt?YrE?$Dc
rao&)-kAlC{dkwx0T|>7bBosRDIK1B!OESS27aR%Qi<&1cH0Cc<wY#_veSz3tBc1VSS#3O^JRz9KDl6%ctJUN!LI6p0jK%_^MVUj2FlkLUi-qOi1iVt!Zn^|
*9H54OL2+Bvm!Kr`b+q%#=!m(E?X%_`pV7{<f>P3N568&2^K-!3(Hn~qNlUP2^Edq;>GMdwFnU#FGUp64w|i(gyUG&C$cs~mdAxd6e??Ni;l|dtVG(5FKF8@
<sk{K+ER)GyNe_qQN(vDKDXUkz!UY_1rfter7fa9SqxHxQBMpB(A^?O{cbd|E-{0tS<X%%-&YnI?3<pt3D*jyU1A&U7iy^_+SV^Yeo|OHVI7&E#MIA5-7EZa
X%NV98QayRi4W0=Q}9Nv;3%%|>GI}9zuB8qw?;iF*Y<9_lZC7^U_*j>!MCKf<y$v`L4<DKD5WFEZp&{gL}lEF?ln`*qWU6^B(8Tsoul;D^NMS?+Eno*j_xcd
dG_L3Dk84KQ~*L>TGY)KF&_=P_7d#SxJ=p^O{CVeR`Pn&ktm53)N&Q|(h8Z94;{zazrd$1D2Oh?^a>B^JPpoRnf<%hkAcuoI@Neo>qm6H7qN`Xm`K*Vh%abg
i0fz@?^YUzorv{TB7e=jz7>;u(C?F7zpJ?xpa{*0nnk`PZAH9Y#H`U8)!Q17Rb!w{Ol_ZVLlkqv!hZ8PIzBFfTqv~{fvd)~nP-y`p9=pgjkW{Ntq>7Mg+@e5
C!Z8o%&O~Xry?-)R#tl$uY~3^b>E+h#yoKXXzJhEZXVWqtK7aZ!L&yAQ)84=n+}Hy6-pCnL38*8>a7oG<`of_M`HNep+^*HRJ{)vx7LUFRj3DE1|$%npi_&T
8~G_jRu>XUl;EH+2Pg7Q!D2>Hnya;4;jS@SQPvoOK+<xExU81ca2Lt_4b&Dl{;t{-lw^<&>6mh{5U_wJ1C*x`C|V_>Zm+qy!0*9+zmg^3v4)Rm>0GTMuWE$a
YWE;(cM`m)Ij2#Nv#iLUBNpX<@^rQ-ed?3-E{02dNn1|MH6e}WXdRvC;*;iKjWwr6PP<=y-kP&>a)pqcCXT+-npI9(EG@rxP(Wif0&I=ujGwf;jF0^G!Kkgq
%tk?GT_gcS-`eCc^Y+^IncBn;eceD|x|rCiI$5pZS1#y0P<b@u##M<r`b9N<iC3suJ0f4Sw(A!ZTy^wP(Hy3<$`nJ!5rY&>3$Csq(4-2FUT!#)s2jJd=+9=)
=T1CMMK{c8p~u=ZA$5bGF3+Ra_u^K9TRq9J^R4}~I2vY&^1Iylts0@UCXbqrwco&i>!u}#*6#8uu0!Qj1G!+ubtAk}o94Q<`_d|t1H@VgOvR04ikPc$YF=@p
R@K8ixNf_G)f+Jz)l=P=z*5AU>fVazHOH0AmN<Z_PI^g`B9vn4a<w;!t`6xP{D4btO5D;ly_jY_UAeBc{nuubP!Cvz$ct&+z|<SUbQm-rG&TdEMcb9_{={h-
4V<ge@FC&Tk-ehE7PZE(y&h3})^;IA8H^fMSC7u-1T%KTzN_}2G12K_H>%6WFgLDhYxJsS+%7mRL$6_Rpps_0YPJWrYPd<OW;YxG$)%?oyO<&mo8o5Ywr;0%
J1yd7CuXo}BFQ~XEHP39L#z$Jv9YVy4K|()5VCQ0$GX`|&RI2PLf!=9O?krc&EBD|YW6;CrwvyFR+@L5yfyoQsX!u>k&WMvTHeCx2QeycF6qMqj}2&kHY)4T
NQ6_gnd=5$jY`BJ8edoqH4u$q8U4KKGp*3(X!}`nEIGGqV%{rIs)_wIa6=Uki3v97ErZt(L1yAE!lsJW)Nf3itO&|G3B0acb7FpT9YbH3COK+22$Z9K!)Uw_
gYm1T)UR^S+-pk5+aOKJZSRH|*r2af#x`Y|vbGCDjR!OUHF)NP*AfbRyWr6HUsS}4zIcK7f@N`orW(s^5h^<;X(Z{(IYf%AtY?s>_vWdzid(1+qM8Wh)?7wa
TY$hRq2#z?y;gi~Rr8oP;)-`c6Kf?z@0w^CBGsvt-4$pM&FCJ4D?%+<#gy&Fow*mQn^w3!6xvWMqo$s1F5Jp$fb{m;=FWwygN+HtP0Xi~_5>pAqKg)HW7dy^
0DxjiwCZApA5AccglDNw?CN(D^y9v{T)4B|0P!pj`rGUrn@ig@8oO8oUPOSi(S7yS2zw2G&4iB|zSoA_5Xp!HTgHYhhm@s#MfaG7yD@{s20nfxk>)s|=0Zr!
rKx+En|Zc8gyadDz}N8n2<eCN=qX7oqN%TffK8)0)}R)~Rgxyr6fsG+aZRTxHkw6hPOB_iNgHz6!X*WxM@h^(sWmOb+M>$EW8$=7{7qyPjUEyV5b$fFmgq>$
X>ZC~jJQEnjY*1nJ?Xf?${NS;0-pnd#*TFxZ)SvA(nV<`W>XhXkAh-pO-KJFja{!n*={4)F(Eq}L9+lPVqmyCI@Rt*H=Te8Nt+|l&1iKHS64T5l!Bpt)AhEb
I_#`@J>*;l??wW0^c{U0F_(IF&<1NhZBwig*YCBbB@Ldw^H}vY*w`s<(r@dd64ug(`kBRDgPyQK%dKCGLl2x%#;`1VMx^BXfj0K`MoDA#>&;M9s7RZ^^t%l#
0@lZqNQtC_6*n?5P(e~)?hIkt58gUWyOLEJtN+F%*GAx0?x-m<VguHU+`W^B0Mm@ra;)ukgnanO=+z>@Ue)D_Rb^p5vlaCl-0MoV*OCpl@z<nL7O#QTy>fis
yoN>b8mX99&_R>Ds_i$etVmta8t!k+3a#Dl#jD$7dsz8)dr}9qnn+tCm5N2Pq@R_3BErd~gf?8mY_}4r<VrYFZtb`-328@sXQsccUDaQ?7O{W;-zHn$0pg_s
HKW~fo2<2a=+t1ql7!%yjKjHe%WW&=App}#`fm@~dC@IN@}f$G2^uZvJ8sc)i!NM`t74G+6Fg3W+C-vnTNJ_qZSevbFy4j>SFM>-lcrY6!p^W-ljB=3_qSDB
Osz|7`L?D{6;V6KfRBm<U$VPJ)&#Vt;tr(5Za{(PN^SYXbFtr^$PsjFkNP|5@2sNECR~aqpuK6$yc@SC%1oHrv$mr4Y<PhH$^~aSv-TWU{A_mSYW{dUa$|Q;
{_6I#8z7IG5cD+SbBh6hTyAulCpwqbTRZD)*-Z6GY2#TIdnnZ2w5lzkN;T!#qSj6X+Oj?*_PgPOh)6VzyfvYYEj7gC%Dw)$bpqW{%SCM0va!kmp0<@$tSasD
P>bqGPC`7E;w}0!+zXbDZFC_gMRHOp-l@&CZFs~$0(XH{z2)q!ZLrSwcq*W&Zj{q-Xxnm{BE&0sKtIKdB5_{*<SeYk;=DEWqdvuMp=H*aE@0Kh;&`p*B%OuD
d5gulxt+QCR5j_@zuPX>-}c6VK1SyykEUVX&2vc9wJVOOo50)5O;O2%ht<?K_N)aT*u+uXm0WE0cBpO~enOJ6XXd%CVX1cp&G21?D`<`<tR1&t_!h+8_KC(N
;e`ZIm3pvCm#r;OZg#bUBrUlJ!Y#Kv+ffo-J4%FU(P_40<y3JSlaYBaB9{7Aa6@6{+elWU8F{ycs#{(^qucBiG`j3{^<Av;`?wVsjK7a8^Y6T}gRAPIdFh0p
OS#;7Sc%a{vg)>2r{am5b@7&;+}Q89<z<u$q?$)^><JQmm~3lkl9uGQcD5P}*d#0YJ+2zY??MYxzIF=b)35A4aZMDaHyy7=kPmVbp?9sGPHYOps^Feh-A<@f
j&NRQK)>@lq?c|Nu0D4=NvfT2P8ahW9+$~iooP6_aJ8e;qSRP)rqt;6<Hd<|5WDFPf|VV{Cgzg#0MC~AVRi&uBj}2Vlm+58fS}W$2oYQrNVc!43%7O#p6K(!
lfmcWS7$f7lm|>znH(V5V>?}OU_L3qQB$=m;v-QQ4^x_BBoxI%f7nM7WvO{RqT{-aDi42EorAhmQ4KM?xYiW`@Q9`zrHim2>x|WQ+#4WSXBqUAl^{H_D!5z4
D`Aww_HGTv1YT*_Tky){9qM3tX_hJFIPm+*@8oJ9g>m%7)rZz#Dc(=MWqvI!na6rxU%j4HNsa4qq@FbTq};HX(GZ@Pe2&AD?gZcJPBtu<4D{wInn#Gb6B2#L
t0f&*lRK{ecV{XD2jq%|nrBC7+BW&QGxFXuA?;GEHdQebk9!~~T)Z<2*Df5Bb@1zb@Kh{zLUKVN9dFLne0x%FU_kRufa^~krY>3-<%N9giNY@CoC%G-_QcNK
-@q-*J&|!ktgtPPht7*a3UIhboxYQY)tfOa(HV3m<8*e8hT#N4a)&s1AjJ^Iq6}cHGXns!)!t!`z|jyhx9d1&8_ZKn+%Nh=h10!YiHXYui<GWnZO7bD6L=_3
<|^lKm8^4I8|$>6bexVTp+uk#1-}TP3gHCJY&uxK@*7exo|y4=cJaECj8gHNp0*cCpxpRP{UfwekV=aXknMOhO6i*sf}CdO;5v;`Oa50bye}fg&3bFZ@f6u;
>(uWT@Ke`t3At;6iJyGQFSzPcM5@X>`xFhig;4)=O>^O6ZE=_-Qs?kmL1%_Ho!#~1fj#y!UJBsTgu4iMH{7dcW3YJanm4busYp#0QN3Nh!UmQhw9T+<6HW3i
$T}T%kX^(oHx(1EmQ&Idjr|t3>N+%eon1QWI^(_6LN2FTNv9pGi+YvS^C*!#vSCZ(T9JPCFtQa=2vsn>lxY5HpJ})~*L*te_jKWYP1j5KgVGWy7CD%0ac34R
0&|6ugex=h*ix`j;m$a8)R*>{C=-DDIU;ch6)&kQs=Ap+(-H)jF7Tv5-A*wB>i%wIg^vyuQD+B--H1X&znR3^0$5b+v)x#~cw8F`KlW-e7iAQK_Po1do3AoB
F6<_@CT>RQqTO&AYrFKK-!w-}z5$}T8)9U46I$%I@ha{k9wh0v`xk}x9Aor$^I9bR++sw5Cj`**%$)rmR<6fjvftVPnzCq#1xfW=d!47}87H|TA7eE`%<C%Y
{chFUlP?}$)41memlcBHLD4+O!tY-6bIi}Pux4+pPjaHMrhZ=)_J#HyiI9RRyua4o2-wj;&#8clB10{n9+{%Ido*(WtK4{x=}6BNnxx10S!poH)O<Qr#GmAx
9JQuGTyN!Pbu{-%zTzJ}T7Ht7LAGdgiOnITW6QPnCkt@Bg?Drh!Q&%IWlkZp?c^*DT89x4*VWX65eBHeiT1rcE2E-OSjfAIVpq<4iTWj!H+|-g8cnD2;<J8e
yXntt2+DvD?5&vojIE&S&!sy4T+;E9AXZqLRR?}+jmTxlF^%@h^{oCX1%9+0@Avw&<Sh)3*PEyAL9s7sr?)$EeTgZy0^H^4t<bQ$^rpw}jYDW*Hc%vq_4c%w
yttFY@I@H9sh}aG86jNx^}gzPoS}bF*V`u0n{iU`)b2>aMsH6M^%z|A73SttLUY$$REDIv%Hh#WPKebiwgBJTfoHGL^pbFTd&r^J7&HjfeRC8F?;E>++&7gw
s2J1u>BB~|!S!Ocnxq&2ip@wk?NMK8R8ifV-Ge5E5B3k{YpymR(%znmO8Q0vB)Pv-Wm~$63$JnnAo|uO6xRCUo{H9p_OYZ$6=?b;xs8Ug<(f+$%p*Whs=TDD
8!nyPGNz(yKj?+T;aWX56Oui8_-x;Ad$lp<Qd6&mp=iwDX+sYzBQ%hd<%wNI-y1XqrCBMxzUVn)?0E&Tr`q%+=&cWyq)Pg#0taOl!*p@=(XhSP6dthS;z$Sk
H<UT73IqurX-4DGqflrF#;>@%sMFi^xt;?B4zQ^wR)yFwGB{>T*xN%gz3FfIaI`>7M=D#^Lqn>exwx%`m{Ina9oH^9vX{)$V_tY5zQbhRf;aO@2GCB;mHR8r
l9<^m$p}X8$3zlUKgK6q4vYJ-WI81yk+G)ch^bN!+m|DuxYuNOWuCt>h~#@?;oX$}#<QaR4Wzb;c*6^0O!eb#WoIocNd+3asih6BgnVfDEiO6mP-!DCuAoa4
9e6*3=eXI-l&E^)x8bJ2-W0{V@QLwx-U<@W8p0!8cw{80i*LKVxukMfgba34qD1|T2nIxBJB)nDMVSE=kgEQwUvEH{co3IK1|<{IUkyBYC8j#?yd5UZL$N(1
)Uwd}9tzCzG$FVHIq=+$Hf^z@Xed->aY_ht27xEAJ8-`mn?L)gQuB)VqTO#OE?6k@8l#Xg-rig*(@Yo#pw3{T&54jYL(&ZSwv@yXIrGvTh}7oEBaB!HKr79&
n|SspV>wv#mCQNP9T5F_rm?4TC?P3)#Caq3M%#|`fyBN+41M6blH6DfRuf+Xcy_#$so(5C@+gxvLBO6~FpmM^I324LEWw9!MMQ)8hpWNZAj((UxE@0_&*2`K
N~I69q=bQ(Wx=p79(dR<vE?<GK!O{ME3OvP-P}0WdQ%6N{zx-~nRvo&6d_#pjO>219Q9>+F{9~$&0?_4!cGFena7}tn<*nfW_yRSpw^N&hSK$xRIm`EtqY0z
#(uXX>CIqI$+X`NXpke2nf^3mBNTLsdbb4cs&7mxTNP$ht&gk*_WI9Yum21jHJQhf(ylUaW~_SGvGP;FjYOQGv4^~rpgGV}%~2%m;uXOfXm}fI;2?(d5-jXd
X)(?rJOHHcxJW6NsJJ6BSNK;P_fcmoT>OBAyb_HA(XYHeFmPXqOWFh46kN|b>dbr=4@HCd5+nw*s3#2&QocZB@AX3>KQ5iw@wCMXqb2ez{odG1XBRC^jmw&q
1WBZDrl2mS5AxvF3I5H9Y*z9y#=#>chkbH^`UBdk0js?M6XAh(CX&Go5Yf;No}L{9BqQ<Nfs@~1#HL=PopKqq8;h;5BG6cQMKS{gl$4-0zT(D~k>q?-(Jaz2
EKco9%6r77NzuKsP~~2&Qm-oJwX_O~4M$v}7;al-CN@0W+Cpsb#zlr?(2%@?ct)*{QN1gN=gvoLY2<QlGvLPuTxT?aZ#4w6nBch6=Od2<twwv=li%9u#%M<l
NjO2~q(KvMbehtmsg6b)(NSpFLGExyrQhFHBR84G0~(9bjA7()zh;bB>xw9gL-2YMs4qs3dCZs`gcimFPmk(1xpAsHnpNBwG&^Hq?<cwOsETm8i1%4FiAJ+B
jK?xwjiuSbjOa&3d$(rfvV>e-ULSeXMUL5@js6#P-HVcG<zWG(cJX+*%C8X6Je~@z>@;KqTaFk<^YcU^ZT+KJHI3n*bqoUkSlRp9c-B{8SJS5JE@S}C9<>kX
k9&Dz6<LWa9U?T-MpunwCe9@Hx*F}>?9m<o#TDuqqYK>>6bB=Zv}w>Tal0C|kkwAEt&bS=D5dz=$P3g^)lFj^YFU?B4`c1<UVCC?ta$>Mz+l}|+aeh2kp%vR
qmE6Qjv;I0@Z!c8X)_vIyHqgxmd*&0_=rTQ->OpE8lWFrlW9kEzWR={%aN0iG2s9NS6Ott*)?{|W&S_F*xB|XGOv!}G1qweL5s;AQX1_{5gOAL^8{9yD%uHa
jObv{sf_4B<Ra*g=n~9T$Cw;1&s$qN19c-}Hwi#*%6Zh(qIJDc7_N%zu``lvtO?g+j63$6jq)NeGm~dM#@_TpBe!8jVb}_Hzz%A(x0gpQwv583D#=V#M!UX}
j35r&%3S3zn0aV2Mqo{Qvx4RYi<L2;$}zl>yc+E-L_gXYkOGlP9e5FE9C(`!_hNWRDOhc=aZ%|M$;>0l_7T&R@om&Pfwx3gA&4tb?`m(OUAKF|ZajT(<ssIq
y^VI=nu+Mu{-1>0h*$vJHQafYr|!OT5XG)`rKwk1dR6c$fp>+f^xKM8HnbyM3l#2Jr<&_m-T}I-v`y6FwX9u%;j6uALqHvcHN1N28Xm3*)SjTDN=3(O@ha1-
4WLTkQkuA@^qw;9ag}QkTsu*?+O?Hy$q~3p;})h|6F~8V(s<~jn5eyZsx~hR>!Xt@gGpJ8dKVq9rlsQSvEeK8HM!ao%Ga1zK(E}?gQStXmYk|6EvIYOk|lP<
7)hCmFJHNqrK|)$8goZJ6aSEdedm=UYj;Ivy*6qX=UVRCyyzF_Kd6}tqN)M1<i{&70LnGXE_q6SwbQDrolYg!23VV1#lWwU2PF9H1ead7`_*fB4DXfa|K#%W
m|``8uUrg%<v-uZ?ajq7`IY@%>4mgkc^^<C^BSHOc`Xhap4WnZuOe3r@0DBVN=o{I$M9Y;3wq_<^H=fsSFVG<PH65m+!cB?b@8is{mQ)p%U(;%yL?x@l9$zM
#T~F$7`4LU1<`AxOqxq1$B@XYZ&$Av<-gJka@a6lomk~7r~j{JU-s&0QSz!*-ICRt5W$-kM6r5Hwx>qFFOHwBehJdNIq`?LNU=O#CoJ*C*~c53m|Vv5Ejq8>
&T5jJN*|oX8Q-)|zwtjc-gpuB%}f{H>>micm1ev5=Ja9G?DRtgwf2zOTPt})!nl0N18-s#iq*V$(>i=Z_xJXetZp0yx*KY>8(j6KvA9M1)s1tan^_IqxFC45
v#{G<ND){2$xW>I2Kv1*CO56G<LbsGuNxOfZU{Qb&FRaiR2G_Px2m$!?HlK~Hx6lTmmRN^+`z53ORLT9hKa3mWAfk7R^50vY~^qDn=)#YjF<9n37qR@b!klP
ElS<v;&4oQWBZZoD7<Z;3b5Z=tTTj^RCdQL!5i=OD~0;~##!PG&F;<dnA5E{D;2y(J%kqMmS~CHFvz-bi$GE2X8ihw(Mi3!*}=grdR@J5qt&~|BKlomYn8n3
R`GkWdgpS@J2Kll-S%Ek^t)ZKcvnZggJs^4KmEIy{rhDVy(^yUtM3i}r|F$nijw!}Jyx>!+fV=ZuU0?pFT1yBZU1^p=xf{Q*S|+`7Dww}ts>|1|FAUM*62QR
Q6%~%4s`z4)xZDyPv7chI26a9ex)RC<2RdMt@8g+f`9+%cqeA*uU2uonaJft&b$+OJ*Tb$Ia{Z(O3D44$&@^cy|Q-kdZy3mtw<M5^x_S}!zn7u6qQZ|d>_Sr
4!f%3y7-hJ_tY#23F`48yo&a3j?L5$v74d~4gZ%SMCEamsFK;#BuyC})}G>$HQkg?aobDFRg3yC#rix`rhZweMUC=|Rz_1S#wj)T?&ipisvAYoB6j(0PIII6
Trdi!vVXD2WWCO<#_9BJHTF|POe^y^(0N{SJ4LvS1|prtf&bA~)Kg62Hji$@%%nNYF=<4Xg_yqD_UAbwQ}LT=klrO0Omy$5Ry;MSsf&r8Zv28S*=3?{a=O4x
Z5(*IVv5O~rc>mn1|B6?hKOjL<$U7i>35yJh~k);md>>;-zK`|l;}w|(RrS0it$#)JO_(=-zQPZWR^corE+daw6T6q)^q<>&74{86f@7Ro|luCk*TK1W{NCO
b%uy|ov6~A`}E=J&iqlV{$c`5k-wg(v12*sQ^)+tL``BkavsD#ov7ZE)=#zlvx&M{uNM>Re@xVD&2)>V?)%L|&12FgQ`+AKs?&I~)~7E0^NAWW$nj>P{?Cc(
Lsw39_=|~}=1}ME`pb!$#Vr20X1@zmjUas<O=<sXqQ(g;Zyut*o~Q}4BX-j?|C@=riEUa=J^8m2H48PHO8dJ&^=o=3j;9>{exiy%i>EsL!$ej8ELPz^PSiAF
!nvu%|1?oIiC^^D?<Z<*b(s6?p93`&Z>A@w(*9+lYI(sjC+fdW)J?o>@xM*fJf+3!sdskWcK=cgcixk1)~WJJl4oAJh}X1x@Pz5}2Xj(9ODA!Q@0TANW1HHv
orz)P%r%;*&e2!VGzR;Ls{V#L_3OlqHl9Tk&FpAek()GUmCWOHoTyopE@u8|qUI?Z#LR{!W|l?9XtOEba-zD8=D|EUewm1301QkZzRbiVVGo$TpH_C3=9>p2
zD&f8O;0~jr-h!c6PhsZY!h$H!@fN)hIXPlY7nJU6TVMWHJHwwI$>g!c^cayo6=4@M7}W|Jx{r5%<|l+%jX?%G@_P5lt0>VorqDu4b$9sov3kUi+}3yw~6XK
)R|e`CTixH-gC>|12tOv>`_=zALiZ0M-gmnUQfkk8N+Uu=o>JMWUW2_vGc$GrrMq)!2PfKzyGGGhd=p~=56)wKl^m`bL`hlt7Ns&%uw{Nd;1R>X-?Wd-L`*j
d%!BqQicDl2(dp$7X3d5iF^BB*F3JaR`?%=;_`dgl79co^r2?L|6)*o;(e_Ezl2HDhuRk-s(2{_8ED0J0j=)GT?hPPZu~R{{#}XGKI7m2VSvC#@SuDSz!dL+
L<4<Kme?|xLuu%{DU>fmG0fe~-^Gm8BSgx0F2FGn9wB4B_YjEf9@1XF3^~6H!IZ>QrckC_Tsnn3EIOHM=F?>;UGrTwhnT645be{7oI)&RH^*&^Y0oX%*ese$
-(<-mBp$G+XO?Uhy_9X1p?v)masl5>A@JuTv{|%0U0WOOA=qae&mmhS_mK7HRO>Wa$B$mp#z3FBIkbr$BbLVWyqj~0Ng2=I#n$upkd5v9onyP2M<sPGf3z=k
=~F1rAMHyM`s@*+C+>Ag0Gs#nk^qvYkcTThLdjFy<|*#!yY%V1G+FjUnnjOUkZ#s|7tJBtAnzf+UZ%9Zo^#38%YMn0vnS2$yE&JPo_~b$c#$%XmgAQvPjTr}
oP9UtvROxqIk8#W#+c6`<JtF+_0s)2Hr9J6GVqbjA={?!A$n;umk<Lz(y1pl4qh;?s!dqo=^TPr`Ki_$13mYYiAgwa4zX$8Q~KDD_Z+gBWn0uw!?vs@G1Opt
W<uz2yacA1W*Gp$sg%258-EaN*P2)97lLgpu9^H{!B*ggnfxr+ifYp)O`inYD2i$Q9W+dWs>;Z1(Pqzrt)L9k)Xm6t7HlPDn82IFp9EVW8fvrop<pXm&-U)}
F9ll~y!l$NRn@~z8+{gR*_li-Predt1sdqwJDC3<*lP2M13UXduvMgi+I9Y=U<;Ry7tv3GElV<5)aowSit&M1KMS_V;A;NHeG+VudDmYGwg{@pSAs1P>E;W;
R<M;V;f_6L!PbN+kg9(cY!PMrmx8T{5-iZ@gJ26LU!t|UU<(vY7Wi})Y(Zkw$@`CjtrivRH=1$kL$Hmst>+7w=PuYrKC#7=q#p%a<qwzoTCkOTj@+5~kAiLF
H=x8X1zW}CK_j&kY$Fxp7jrcTwgS3AuysqpHcI1!X833+*b3JL!PYGWTZ!`4ud_z!Hxo6DmSX8|C+fzOShGsz&nIdgcF%k%*s{()3$~GX<!8Y*(xzh=$t?w2
LGUL*{I4deA&l6iOTkw21&9~VYLCB}sLmv<XTdhoR%MefTMD+4QZ0vP!8Xb=gsOPGUJABCi6(00(NeIDG(h=6i}Ozt)tO#x?)BeKRG*n(8!rXhNRY@cbcaE(
RpBfNH;cyqI#Hdi-Z)+gw&J32tvvf$t`!7goBp9(t9UlcnUj8!YbBHXSguthy&XTvwG!yp$ztK`CTeb)mznnjxmE(*W~m-KOw=e}>I;gA>TL6zb2v`a#3uf%
%sNd}pD(A(d7@@EL9=Wr*9!8RR%x!oFB3Harp*2JG82QQ_erpgW2?eEH7*lTxS#DJS_-z>98FZrlBHl9iv{^lf^F;!=xPlw1>4xgsmbwfDcEYOi}D3`?I)@?
_&sZ5ra=R*d=zYjjlnSUEV@p_9PLvyGyfpi#>v|Hb{2QvCaN<4n6H<DZJea0FP+)P`$Wy)#`D@=2)1Hk>}g*Jwu;H8m_I_WbqKZ*y1V?pP_SL+e^9Vp`!!tV
qhJfPN<Rv=>{Cm@Rv+7L6L6wJbXz_L*ij#Wd=_lc4<vWNR-rt-!_a7*#>q0|AD~;Ig+Qfg$2^;0uR>|Q_-<okolc<)B<I~6+APb<ZPm|l0rJn^<w^MN3FyXt
&4PXgx@%4F0CbZH=ysnEaDs~5>TyT8fZW*lYw{zIyUwyt7<ZkSM3v<qATCn#1Iku2=JAU|kvqUmO(0D^;@g}Nb<t;dE8dWqOz;DAtCjD5cxs~!?+4g6_Rm0Z
0d3<=YO+)I6|z-#QryOUePSaf`ojYoQ;=vneSKczQq$J^FHo&ZjEkioPivg1GG<o#z_iX}h<Wc^Kw7uS{g;T=Wu~B6e+0BHL+JX1XI;KtZX=I#8WZMbZS4J+
CJNiu`qL>*Y&u=P`FKc^Aa>mO^W%)hqw=}$2lpeIjltC<|8zo=+g>%J>j#b%q%*Xde1Ngu^nrIs`~a%n^vpA-eFm}KF<r9tM+_@S?0*1ZgSIM~5lcX@lVWNH
ngPIyXT^)nJ>XYu*YN_j1^AjqcF;J_y?|a*Q_)59&K|&P>TIK%b-)3;rX~eOvw#$!Yr0wIivyK_TsP~W8~01#x-nhSy+;FX-I!{~MNj838*8Rk!xFU$8JR#8
FG1_Zwt{<y1k9S5nrhzW|8}BnmcteRt2)jvw)22jvlK*e2ZaHyW&!BTtRSG(d~LgV8ZW_W9@*hx{&WZ<0J~X$-2hc3RAvj!bwH|lW=h*+c>)8TvV*A20;k67
#8}V_t3TjWq1Zok{GuMR(-;3WN>wxh;g=va4x8OPiMA6hUk>;#5KRdm&H9LaAm(-~H#0HgEgHW(TTG225M!Iy^UOL1q6=bKzCfoj`hNN+S%A}65>dPm8p=S-
VX#j}E-}KvhZ7edEZsBDp(+q#sy-jnUjogUqH|utbs(l`z8LN%5VLf>U~z3An#DkL-zto#B|#UZ>jfg!E)}FnzW}7#wEU9Wh4FD|vS9gRpqbDy1H@~fWhVFL
OE4-d8l?*{@+}aZt?_xb+yc?2NIbKh_dv{8q<Q`kh=N1iS2z?H>i$?5nyjbumG$~RhoSC|g`w#a3U$#l3e_C2!xfh=F{qHwX9&tPT42yDvaQHKp;(feAZHc>
tEQi9K2w6Agb2S)vAzkvQ~&sF%3MQ)Sx~7@zfENyh2N%555G-W5inzBr}y)3AK&v#Hh1;Ag!;#~CT-2XH+R){78K^;cN*Uh6*TUf`LH81Re3lf$u^*d`M1BL
<ZOfbb)skSdOjY=vLv~;D@!+z-}$3Hwr7W9h|Es6r}_l*8~dHF*PF+0o2k?9$=<|%XZN!5Xnn`mxv8}0-~N6eAqbv5e&_eP<>8Pk4!`N!`L`VaS)KD~p9{ZD
@fp6g@tS|<@jd^<<l5=CsVPDlQ+&?9kr%>&NbaNP@jJPXwKkdfUT$h?s*q<IKgvou91dfbn;A_Qqui`Grf)ac3(UXM`#j7y*?k_W`?JSy_vq)$Kl(X)9Earj
`q8dDeza=>`r-HHK8{-U>&F>|xVBpalE;aihW>HLB3AJ@`C3ONMa=>CIBQx*K3fD9XEy8jQA-6L)l}dyjtZoU+~RDJn_F)dfjC_R62Azfi^jR2+X?|&$H`Rd
B)Kmf1(@-hDd0^Cnleb2Elpj17arFs93`E4XX74cu<MP@^{G9Z$(Sn$b?$Klv$k`pfEVw=C$gveAbZ+&CwMc7o$0gGxyce!6sr%O4p-Izxd<%&=x`<TnQg>N
xl??}cJb`VW>8qptRe2AWEH51E%3(y%9J>T-?-F2$(`9|?d*Is`Y3m18%I56nd_6>DJVyW&dB;%?o^~r%y~<E$emgtfv={Y<jzdOS@fe5l`M-A|HA_nF;<(p
*%xxB;>h-HocJVmW|?PunL+YW>J)=EA!XyArOr(C%)dBE$;8E@ucS`VQ}>nBsfcW0Ie3>kwHui7|AW*ia<-IkCaF^!hN;14d!b3{)GV^|<@uE0E_G&s%idMX
v(%|t#!I#LEOln$h;9L;CaE*aC)2CV2dPt)Hw(Mj`sglo=7FW$MT%MK%*6t-h2rooS>|gKBAow1>SU{PkAb^OouWS<20o<DT&q4?oDlsw5KWZ78`GH7nMaX{
c(bw9p9W$aj%xiv>dd3CtvyMdd1U+5y`bL&q9ND2u>adYw7C?|5~4|+8c#}pmO8bA*pBcdb>`t<^FCyM8HlNUK1=<-3&h+l&Ad$N%-z}ye&<7xzYfIMxXOBY
Qld?rX3it@w}BSUA!ljj?*efXFIBjIABbigb!SN?bqWKRG1=V8e+<NM{NtBWr{=3o%z4HAJ`gu1uV+ikzdXs!#BbK3nbev4n3T>fk4Gda*-6Ti)S3Hiz0fp&
5IPkLPfOCTh0fgP1~fKb3!RE)sGh#Qf10l2<RPSOCz>%szdRSw3bozVErrfJn4CoM(%Mg`$M%_IY3!G$sV%hoQG6hpeaC%bodPj4^f({R8C%LXkuk(sMl1u-
h4YZ5)R}J*>>uXBUnUytG4|O)>J<L5!;q!aseUr#F*EG2cC#qxDB^|GDHvuG<8A>Sh>7X8?so2hnA(xvyqk4DO=xYYv*`mdH?{3%c?u#dN8M*;GX|RBsQYQ@
H4x2w{I2wU{b@pcu=)A(w?MR`QaAI6Z~`I>X#E~Pnf9&McGcjE6A&RoK;suDAc`?1#~)?d7tf++l)L{r(bH1?Q1sm7CJcFRR%)~C3Hn)ol0Bd8`q;9QyX@&*
Fh!Zfy6o|rRX?RkOdg1*z(ZhCAYDj*W>GhZYThHs-UH03WXiyHB_E_apSn9tR>0q(r~(KNeu~+c)H{8%F?IGFvsrwTtry>9K;E#{ALk$%SOlXdEUI}N(B^tQ
<I&AC9`!CPl@EAy;|*~C0XUkjgB|V?j;0bp(#7drK$vMbxr%2cP5_vxc!tSJ`4b#XBLnyDehX$!9ZUz)>?0hNL>KwT{fkd<RPovRM{qQaohg1kAA_X9#Q&}k
UBJ;a4r=u;;b<BMQ|L|l6&y{SY4>Ku*ApBSx27Sv`wEVxF3jLB?yRIPSS8GQ_8E?*&gR)CIGQ@M&6`h@A8<6)>dC%>ql(zXUs&~|&NjY}a8zQKZ80;in&4=f
tPK&}Pdfq}O%u}$MKeUd!%>MV$$9~^XE>S)wfip)LD<;L04RTgqbauK3lMpSqp3GA{TYs?THu?-g_jwQronXgGaOCDEY?4;<WU?)IiC!9Qg0`)U%}B-+#*{X
ZTvbAH^zfz4f3A^Vo)p32*%)O8ZJ59EoJ^J5aTc=>jfN5(_l<BAD8?l5WQLX&FJm7ftUu%$n^q_rosZI#B>Wdnr_Ut;r{tw1Y!{RXNdckf#~hPbH-%93&hMy
pE1i{1!A5oZ<rYzO|x)#HXkJXO(5Fkf|*PFZJ;GCTNM6xf#~z)t&zVE#B9B^1u{6A=HW<eo>u=Dh<0t|uB`s2Kn&eEr~G{&nmzh`<NxPC+}Q3iYm5z!Zr1BC
i{b?w-Dn@T-6mhaQSO*TKZK*3^@jcPM`s|4HuLZwz|qaxtaHCS15sR>eSo8)nbFD2uMLiFqHsAeUfw?0MB$9+>GH`&v)nIEONu~Df>GcSj&7oGOJ&Brr$Dp|
NU>j@foRVP8q1}9j--!Z(UmRW=q7gS<O3WPE!ixtl2n1{^Mzf@CD3dGjOV3Y2V!mpw)5B+i`%#;+|qLkI4XE-r$0|{RO=))*0a2CvI(cz_de<aaTDg%dI3i_
E=TA1WRtT=>=Mkpb6f+>%-!!Y(rX}^lFrR`f^UJC#!DIL7Kp~+<C$+57~Ocghcqw82NvA~w)q)~3g?;z+5J&SbTcE-IR39gqMJW>2qLx~tgfF<LDI?8?HP$?
Pe@d9o7n*v%2XhpuaxMwbC2JEfjLc>@>9Uz;${k%vDg#{HXUvXJRqh5e3MKW*xlNIL=|{|PX!*}Q=-oUd@Aq&pJ}iUn!icci*Iam`k)8ZQ2LL0P#>=YvV36A
>=}E;S!A>Q1NPLmVB{ZTPp&?GRE3I`d{%`zZw6`i+l&ECausB~VDuCA)H;Lz-*ukHIdzJT`U_R4HXE8aE6hG&Pp%MbeuO=zI|N@~Pp1`cYV6M@IBw(fAF4vd
62e`vFR>>##-j)Ke!`xLV^he#G%R=1J-+o9x=`%>mO8^3d<sgMRryB?9PN;3mOg_|ml>n^3_dYW|LU%^=$kLDN(-tc$!7~3mt{d6_iTaV^7T4jV5K|wbh()Y
-%UYg@ab|F?9==+_;h&^j#V~K;8RH0z{5Nuckt=*%uw%q_x27xCA7v%8<ZJ*ChK*!yq|ann8F8kVdpFG$)$B{G(TRCP6TPvufeBw3xjI2Ch6CKXpaXx>q3*Y
-Sm0}pJ4p>Blt`rQzt&_LX&9P6qn#r`;v9<yvhGI5Di}6OaJpg496Bv;4@MGuNPWE1E0tj@kd>#<bDHNbN~M?5Cc|=mlvWFZS&bj@R`IxarvYR)&7Ak)T~PS
+dzxW_~^+3Cvj$Hbbr#}?*q|?O?9&XpNZRq!_lR^xMrFilg*&Vz$cfvmuk=72VxNJXNdC8f#{?4VxRw)Ks1YDH?t}OpGs&@=t&ovXg5rL2tE^^Fin31J`*u+
^kwdA@W~DD9~s~%&Tl?|Ptk(HCtHBeWU>sKS^ho{L!U)U0~}4OV1Tm(p8`B4cFvRa7>KsJKI=l0ASpc?;0Q8=Bh_>PK9e*L&o?Y}p~+@CwOOLi={9$qF3~5~
w$l&F&}3uR|KqtU!{Xg!!OC)Jf|F#yU@KlKLp9uXnf1O^1fnxN?i2cy_-wHKNg0}CY0$d*1^P^~EY3cl&m?F~pU`KLuZ{OT=|Yp-G*xl7M4u9!O?UHTf|KN?
3%ehU82a?#s>5gWiIAUtg+3LLWPhv)j+?JI3pe~1qR;dXn&9N7X#9Xafj<A49u$R8G^0-i;Pv_Rd*dI!SvzwY8{;?x%w948PVPo$i-7lwKo&m&hIf-GgV=WL
Ik35#mAG(ADj-QAMt`?nP{8!#b4<SY#_lBC1BriRVAo$i=s~%>m3@GsahgqgO*}!-q5NbH?!}x83#94O$^0e{_xU!Hq4*aT;c1+QeqEY`ix>=HvL~BxEgX~R
{gXBn(^F$_+4Jdqgi;R1oM+Ew;b{^(>+#JeyYMtgZFm2nVR$Nr5<ScyKUjt<)-;$i{{-z-Wqq2AVS|Oy7pL?Q_mACzA3mFhr#=bS+5MOH;bQKlV_bh_Ag)N;
2G{YI7UGgf%v^eoelih9M`jQ#|6n7YrU8J={P$rco~CBVGH>JyGx1czlzeF?u9!{s)y+rA4(l(@?4jEs)2v{gO~q4H*e#4BXIpW>o$$s+`q5ZCovu5tKPXBi
Tm^HjIQ?KQF63-h5wrGdwij0sraGL<ei)3Wn{XTJe$@2ne60@yrr8IR@l?{CU+g9iyKu2cw|*F9JR6NGk_~k8@%%nQj|br2d|@`8X4ApCTiT7MSsKjhmO4{W
Gi2L)g@fgIny*a&pU+_@({b%eZjtX~JD!`SB=*n7<GDA6IB(sP^>{eVx@)NZe6kcb<l*LxdbS@=o~)=R1M;=Ky>QoqPZs3s3>BNp{gVm#WQs5!z)UveL7#TV
%6~l@rrQZex>TS_kTV;Dc^m%QnP_92KfUO)iS3p`JkR;RpQz#1^n9rK4-+-0R+FcTj~k)=WT9*Or-^DebK?0D>hCA2H!wPLh<~1_8xsTk@?bv_dt=W?W{B{w
6V(pu++5#(o2Z#z;+u~*AJs|gh5hrVn~xi9m+L?9qL1QD`?LA#=HtejE$ow3ImD-fkKIHK*M??&;eMh{cekEyK5qPGy-Zt7)GUZMPcQmxyj|J9D-uuBU4$qs
l6-mdQS8A^h-MUBPE?N_(DREvVpjIV%9CzY)Nl{@>8wB6Y{E&*EPPxhYLGtWiBwP2V8u4GuI7GAB3hiew-a>}*8ft)Dryh~HcLZuVTNFSe!nX-QEjunum5S(
GJAdHegZX4R3DB7pDsUcvW<zP$<wPo8^PkG8Ts3Ets}Df&U5KDQJpEi=YDvfsP-aU9DPE(in1bSPPRDvSIb%4jMN{2dHr4En*9I8yg%DxK9k{j_J>ff-HNyC
k7fpXH$4Yp#UF7mJ+Qp~m`35$I+$;!kv*Z2&w)D(CcxHzPiD|Fo<nS=$sF?b_*^!JHus}{LdK@nQz#f$&3T&A%H89#Wyo&uPj;y(ENoH2=3$7eP<S_G{>}`>
qxri@)SE+w%%eH9Nf#vq8_~H%c`#m_L*a0A4*5ISCuG{hsb+C_MP)OGlJzn!+;yKr*)kNZv-^8MX}AtOw=WL*-+T^bix!E|-%YFu#o03Cqh-k65t+*io6=k}
y9RnMFC6WpbLb(N5X$pK`@+S6d&o?3<~+?_DT?M`xKlJ|lRAHYs70YXymb~rHq`f&W<B``Wy@T$Xqii9#}IQD+5iUq=EM3!OFR9jf!E|+Z^CuN^<D1ysDtO~
s<AjbEqL666{okWH=88;f!JgB;6L7kg=lhh{3P};wl*hct`x)=kxgHCzXg7rlM8sUoM!8V<D5RXn~q8R=^0ZlG%?fWee9FiLjwDD{gv3G*dXbCCH5$Cy0GwB
BOi0A%q>jfp2Qx-X7)Nn_NCaP-QP-eUx__Lnl9<<_g)ko&Pl#{??sW}1&i#%doNha*o~}DVo%I!bPu`lA@(R{^R;CNF%wIC7JG<b06&U7_VhveS?m!#x61?b
{Fua^n1<Ls_t88=G0s1|fIEpjF>fYp7RCy**rSL|K*!G(BHVEE%WK4Uu}4J&-EsEuqO4-V{f6|zP1zV86D_Pq?vjmS?CzLLzYu$fWRcJ6+q>AK2vaCNru9SY
QCt>G8<r2ga5*nunlb!IpeEt2)qGO(rxVrX%N+h}qK3CcXO;Q?n5bzm)btCnM^wAFa<}gKZJ_!nq|Fy%4+9e(3G)lFN7T)eefeKZRAXp&nD&>`9YcHI&CQ7U
cM~;Cg}L|sYN9^Bo$=Qb)imArn*B|nZtO&Gv%EbkqT#VS2>!c?8qQ#6;o|Qnst<1>Elrt4-Gn!;{6g#z)gbp>aQdg|rldXCbx-^IiJFAToG!#3ZdKaFLbrVH
Mbp@xSWV{6`PYeR3N$xgnf<qkYFE@A&xU@uNE_#NaWi*6xJeraEB_xo_(FUhfB63XvFeif$17Lci5Q+2n|a}GqQ+qi-10iD<i_>pqu3*=kF$kUPBBqa<19}K
eNn@+yql*hwN7Grx=?_er<<vE9q#@}Z8=dLV=&L7UnXL(D4kUUFZ0z_Qx46-MKw{gpqO7;m56GWb)Oacz!<lbyqbwRJqWfGdt#nbSZ=k`_1f5M*zX4T^ZnZO
R~Kwu*m(T&4O@}pk7AFg;pLoc^K{GBg@e!J>6)$PtAT(yhqviE@A_#$-6rbv9&@t1Y3q{kKH7X1xVUTU5>sA%7JG<6_4xl)?8(>vm15844;nplM(Nj|#2$lK
|JkcA?7;>E3@#GN=Bu^@^5_vTdBWcVeinNOMVnc)A!G{Td&pkXnKKD5w5+ob%<M2H09QgTn}I8#+|BSe=B2ImB4xPcaS!G3;yW{jvG;E*WU%cS@UqP^6Q1?_
DlgnVUMF|Jn}5*rXKs4>;RE1ZZ_;)22LUgycO}_JJ->+I#eM&z=g-$>33gX?OnUn~ii70zLC>E@_VR_xo^4OS!3<Lpe}4akn?IXB0C<t~;Bj9AUSe%$xj*)_
)br<Y8g2=H@p6A2+fC%V`tw=O&pXPS#X;T&J%1i9?|%t+iL~MSfu29-k=VuK+fRCat`tXKy#<3+=H_AB@=){V&S2j>5(_ndo&@psvzlKqY4Qc$C4#DdQuAx`
_1PB>9Og-Er@u3PoYnk!VkcbpS1})I{yZG(#L<WAd5Xxw?h=1c^K*c>WTCT~Upx1ciSI+rp9?v=ukfy7f>H9vJ9-FYR>*w+@}bGkeV%7Oz`GH*vXd{a=_$f0
{jgzLsQDF_FO7?TJyD(Qm~LsEBC0*Fc*l=_I#KNw_kF+nvx%CA>r+d-i!F%_g<o2zh-xM(@zZrZ-rqChD*yCKOujK0+GS7A#E37fm&5WG6V>c0?#B{;IZ^E{
T{7EV{cfV>Y4#ECO00=&-=AmtUr*E|JPjBx)%<yGx8$DiF2rD5_Vm7?fSjo&qUC!rydGlunSA+RjHpSzeDUfZCu+FbJKJRa(?rd~o5V{sKT>#{e8RhH0dcd9
UfQh0ob<BeKfP~g&&K47|8z3F8xto_4|INdI3~77Z$BQIF5>O};t%nz;=#*L-!DGS+$X$?UFT=KyVmf1#=C0}<bsPFCTh4;_KbJ6u9Ee_u<AHb?YZ<jOgl}~
&Hu~Zd%#Cgt&PLGEW3NM5EOO27MxiW6_AobNI(P=x`6c1OGtr)^g<Fsl1)fINjAM#NP!R_0-;xF3aBWk6hT1*MZ|J1_w0JO`aNf6wuIun-q-i{{lEVQI+K}G
p7ZqcoY|T42rFOL4tvNru(#Z7-cRzEcHR+o4(J%~Lg5g%`{G@PLE_J(9d_<#TlYBJAMZMV$8ov$t3J>z;e8GZ3L#Rdlk<I#`JvR=+4fhYFsW2br(<@P;ZmvV
5V!l{T?ZFoXF1Dmh}O-52HzL&It+H|@WJ5<sZ`ul$;I|DKif3Z)i#Gjj8rOo<6!x{R*ZLH{V6QShIH6j#=%v1vBL5!!zSK!a23{d4~Tc6X0Xejk9P;T{iX4)
!yi88cN-*rEO*aieimW5+!yb<bbQP|MBLp%dd$zhiMMQQ$Zm$%+_3earJ0zN#(X!(64SCfH|fPc@z&YFx=T0QIa_z>hCAk6q({0C3Of(BX*p=HlkJ`G7J(V2
u)pdcGZbNC(R*WB2Up>hpN<c4*>^6&8?7)U#>dM?$)1qOWQnp~vd3i_nNl_z&N7*L!q1CiWpy$cn&CTJ7wH=lDf{DpijkA1J)rpJ69;874vrphJPpTFa6AXc
Gg6uD-^WjP*F1JwCSwOD9dZYmtdpBera3JgdD7p-00;gel}y$J{yqckdcdKXDU<O4>qQ3lD(f$o$xqAw#`<udL;c_3FC0A>?9=imlqQ*s9h#q@42YCJ1GG5E
werWIjFs2@X9vSm4tUDP0i2#PnH~JKJ1u{Pjq}_=`NY3TG(LY&?xKaiPac%_dO_kv=Y#TDT?IbK`#y0{K20Z;_Ym63xgPJyWX}SO#{?Mi0nZ8b%3d$Q0kHc%
chGKNcPNvaMBZ5bwh1(L*Eq<>J$72|fgI#-GTtJ_)6?BMY21{aP(GBk>$FoQ>vmfHteo-5K|b^`IG~@$V{UQ}d!S1NebjI$_42o%ZbCN)<+IN?D4**FW!>DA
JcFrmuz$LzLswBgZQ>#P>m2r;tn=4-GUZH9nezAxGL_pmGS#RtGS%cJnYu@WOr86>49Pmdp^zb{L(m?Dosc2uV>ffQ%<eb`TG>gafig|YMwtf6yFkA#P}c?e
c7gh?P~X+<x~wa-=?Z1`P}dEvyFvTM0q)~a_c+|MfAY3@GUer+GS%0)Fs4ix&rVwnV|mK#K3^!)bQ>zuOm38EHs{DRw{OE(;j%8<yTBO2zu*4_ePuw04EoEV
k34rMFz{=cqDLqk;j+$V^>_PPCiC-?$pF55c(E){FVj!d%Vqum$xqfr7AUiqy{hjd8v#d8IQr;2=@-CXe_1!Ed+b4V`o*&OvR7p<Lb*cU6OR6}I5<{8`7k(!
%e?fRWxjeP{8h?A^h&)q{B_r>*tMm6fL^8VCzPq6OeKqgBODGdINbGW*<@%l5{|LZe=7Wq75a+pt?g8L)^9e{%@W2?$~>X{9QYdvM-&`Oq`oVlJR1HkgTKoK
SO{PtSqxnJz+Z1T!r*{*vH-mu>m#&}l<=4=;v$;~2g7Fuj5`MoPrX_{3yuIi(vR1p-)XMf@4tSXBk)>&{Dt3t?-Bm{?@;zzOUv)SF<F2dn9SHeri-0gHn4Vr
9xxq&>z8{@ncm;sCuE5)o74I`4saN%1J~y0pmT6=9sp6Q=H-`X_(Pm06>DDhWNYA%;Gs4RMuz)(u|>uxuSjS&DI{3;R#YHN{193Vb#xu-;K26r9%6175<XNn
%4>zck8aWc-CMAri_pA0G9)xs2nJyo^QEr0cOUj+gYf3O!w{W&5UeA;y@GX<ydszR3MpZ|0(H|vy#0M6V>^K8J#1NIWa!X=1EZs(2Y3ZV3<wEdI=oLmA-$$<
ns0<}I7{Hl2-dyr733>YHbC>TZpJeI2(f&6h+kwhET45y0Q0kNa0JT$9n6v{vuwN5$4}Hv4)qNd8&4D)^wUYa(K!xqw1AU(Ge9g~J9PH)hDCI!S8y!Lo$BWg
6aVBf69+`bME28p1^cjuUV#xI(BEqX%xqpu0>#9jIxpQA_o+HBAW$MN!aLkQG%{j9gnu9-aUcT&Tpk_lGZI$m5M)GX7=EMt!&#!u@YsQ(WS0krL<h%7H-7%X
K7Nb{pQzA*GlTtM!8m@D)C7t&*0QC(kvf)y%yo#f&Nocw8{@r92!v+DhWZMXj;t6ch>r^m3Dx-l5x(*Me!lQW6BpsNf@L+2@{NzPt>}2Cadg!A_<Kj{miR99
57t<rL$R-)cn`u4_lLmC0d&t%=fM86TrB|g@(BqJjI}lw<U8=q8SZ1>d`%?SQY8d%arbQxsEh9iWr~--goRDt@xgu}x*;O6z$G)nD<t{%mTaSst|P3sLqKVL
b-k@RJ|7}=Z#X&r$C@s5d60t77v5U_V;#R2p)pZ`fkJg}q5i&VuOR=xSg8T%Y*ZxZ|D+JGg5Z0b&JrWl-jjTN{G)>It?lpvw^-yKF~&c}*Jp}<r1vsWS;X?0
%*X=$gMFujMEEnW0%5U(!##CiS>DURb3}kf3RMu;-!tUsVDAtgW?@b)gLPiv;a;&C5HkDuO&8|~rs(4vBj~Vhp!A4R2js=;{6fMtZ;pO@<eMF!c}InZgFOlI
hM~;&g7NzL#`t=(AW|mS%am~c72pS9sd%4yOdAy!0on^Vb?DEKV53QOU_9{*Brw}Xb4JAlhk)Z?BtyXi8ceY^V1(S)V3L3E81TMP;l6Q>gTXV$zdcGbFw`p|
B07ZSrgn24BDV7gjPmvLf>Q+hY}5(F1*;F;AXwcD9z0k#*wvM-V_<pWvOvcmOa=`N_b@ki7%Z%7#H#6$KI3NT<~ciBZartQkGIXYzCqK2VR6KM?b2BriKU*b
A&caNQU-rI*nlrHcJ@(^*%HIOeLX?~eQfndKxjH!?SKcpcQSEv1@wkE=!6+hH$652hKtaR2UQ6V4G9Oa`7poj9vG;b#(G6qEXm@|L8-uzh3HtucQz-0zUamT
f-W)Fy$oChh%z+L%iEXvU)IZJPSDKLMF>L*iZKuxgCThZ3U`9X)x@#X8G{{R={@A(O_{G1bPiUeF;l`ryv5Es8z-xi{HjiJvzj<SHvD13>c9YWaheA=(ZqR&
L;+b2;N3NG9eewRhlg0YtN;`Dku=bZB11sKEFh9OP@(fu-*Dk3*!RDOX2T_h6q{}w;{QB2jWq4Vi$DiSvzU{MXt`iUnkC>Ubhfs{3I#lDaCiuB{~I|;7|qlC
v7#`EfwC~aD6|k9jLv&SjBa31WQ;CIoFoS_uLgwzzP11*_Y>;ny_|U*39Wld8G^b9U-P{HB<|ng6{q=A8qD}Uuotjr)V<2cYS<Cz8@v=|G{H#*dBvD-C8=9D
{}4bnJQ7)C%O2(~I`*@5^B`#E>KWPbe*qYat}!-Rn=(#_vx88vG~71=A~j#lK;IZ9yf}ew=I}-5<`V>i3uRtQB6K2BE5s__(Ahe%6I{*_FEs<b2gN#>i@gWM
*j&dt+LYT|$2!=QJ6Pa2+rV+Qf#Ylg$Jqvsvke?)8#s<Oa2##mIKj1mpmZC{ZeyK9+G70zy<pO0eFa1!qLv5@5FiNXm`j#MN>Llc2O~qk{v$w_;-H-a>&{Mq
BV0L3eFczCtk#LuI<Z<ORx98GSb*#W`~`vp3I&pdK?Pg{E(vTC_$V+|AcUcB5&OVc7c;3bmaEu7mNLs#th1%e*~~O6%d8BuvfavbE6Xhm7xji|tE7~Y(t_~_
r4E7yGR{G~%Hrt2NF6J8en2@yMsWlE0{ug0&w*K9&`M1lYwY+CAWr`Vh#7|Y-a)*-#}^Lt4G$4#P=S`e)B)*)kj*@RGzVMmSu4wp#S#V2)6t#<{nW%+$bfZ_
q#I0hVFJ-&h+@@CMt8(Ai1?OwXsd~Hh>sK1a*(9y)@pXg3?5i&o-!l@ks!rcnn?vgun-r@ynK8lA0pZTQ)hE8$r@uN-L@&#3>58R(0#21BN=pGYr)W%y_hZB
Q8XH}kvoX?V!m}0jYjlsjB_HbjuH{!5PA4$d?LfWf+HZ%3es5=2be1OM#cuF%z~B)o_LN<aFU>ER$gmtfwGq3nsF(cXsmwV-wXrP#aOfeu#dIeNVwmJx$X}!
*GQO4SW7)%B5@F7BOl3$iwdU`h5)MK`a8zQIa<VT)6B+RAV#&WTb%%&&aB1`16)9_g=ke+HwkUy7&Y)es}yvMO*o8VU!fR=0QHfk86X=9ef`<H4(yV(hd+LS
z-db}Ggz@T11r@CU>Sgzhse_3$})ky%uz`^9q2oKnZIA84cnReL4UDW8bQb0B{QXaOPzJG&YF&;qV<}2331>(CTyOQ{u2|nwv|lSTp*gT?cD=SIL2ziF%K}|
n2siFHnW(HCTuphn2siFHoK0kE#}v;wZ%Q$;}*<zFS&zz+<<5Xvn5I$V{Fa9!Nw3Y)(Pa{Haz=5Hf#&`Keyrj_Ze}ltr5rA8u4u1ALFk31KcIN@3-RF9j$ow
L#%lApR(eI7;y}<tNUzND1`y6Hq5BD+Hj0$!!ZxDVWIWCCLF^Y!$bICW5djRV;*L{O!e+JUuYh4zxhHm!~&u}G+*-tgW$qYVxGXoY`stfH|*(AWC%zD%mK7G
M(`jpg2#XeX$912Vwk7UK}ZJinb=9Hu?R;9utR5q!}#~BDuLX4mQe$R*h5&Zu?JV|VgWmAY*v~Y)=^X%VI?L#CK8qh@&A4yCN6&d^EImYD9pT26<seZU4&KY
pL{Iw$ICWx!TTpc{vmc9<3)>*;{M&UmOq7pb#%+)gZPdh{tbs82tYD_Td|Al?4`mp0<%Viu;)s_zR{sxz{H>sK^Hr8itEtQyo%KQSt$RBPBDda{%=%bU__)>
cw}IR_i{_1Z7s1rlZlhsLPdv`;=N5f36Y0LzawSBV?_3dHWzn&ylZ#(uV)u_i?h2vE?(qF7s4q!m$lM}H7#;uukCW<yVvBV5%uy5A1H|N1BJD!r9;)F8y%`l
gKHnu<AH$K7&mOIO!oJV)1lh<%Y(*(8tB(me*bU}t2qzg+|MY;x1WjN^!4(VPwuTXcDB}%xH>u6_O0AFyk6dTLqRs4Rv0gQ@W5((PN+618ah;)tNsa9FPVEb
+*dVG>V@yf$>ch@X=1G$-%-4?UMw~8(3&R)<i@Y=$T8`v_@Q1wJmD|dSueJjUMEj#k&_p0$c+)eI+yiwQ!s#7uOMSu6y)0eKWw#MY-Rd`(S!<e2FN{Q94R+C
Zj&2J;Go+?2u3BaZjIQA&a9Kuna~~AL2o<7O{q6NCpWtPLvDJkMUMZWAn#p&P_a=XF(Rs2evTkH`DTsW82*#oq-~Hl{j4B+Z#=Xblg<iq>K98rK|jciFV@SA
doIiO19>N|J+KPj?oegy4G;^iix9t2ko`9vT6O*#E5NfyL=<-@$gLgs72|yhqkNyGxc!El1g{Zl8g6ueV^d>00%IxDjPrMxR@_^3Rbns=1o7;ul^eM`w#q}j
>g7~@-CA{7K?XD^NbQY>*DLQ>>m`*m)?F8@1m6(5ue<!vYS!CQ4f=MgUT)I0$bY%4Fecu5U~%b>5(}7ZgChK*Fn-Z+U(qL<q|UW+l4dQgzGi7@TYN@pO+9~+
M}fsX0mBUgzW%5ndG!k8kZlU%`#=7>CZ?xaB;Y_A!2eRh`HI3A_{+m;#uBB%<lJb*e@L?&pHvv1yQip8VSMbQWOKlHBL_xfashLyS1_|9o|2V6w1rTS3WKMB
v)Oh-@F?p*0Bzu=hTHfdq52z(!?CRfBQ?4))Z69fp?JV$ORonO1Cw^cIIlMdYSMD!fyGAi(Cro=toZin`(Sq{w(*Kk{OJb|EdEV`O_!{Z7aWz7K46osYvda~
1MmBp!uZnB2Ug<)3ghz!Y~~Qa?D!q#@$W5azhh$+uYYYRXL>#Hg9q1<UjMMd0m{ywCdSjIZl`T0p!Nrq3T=U3rxhI=T8pS>i=6SRS4TORi(MKXSUj}017~eo
+ZLOLgK01KN=E{0idaYY8aW1&->|1+(H;d^ZzJk^P`9FODKeh<R&G-41XnEqCyVK8WH5b;qho1*I*2aesTUbQ9mp7tyhUCk&SW8PC(;n0B1-kQpYQsVE5c2<
IT<CV$0gw~gkuX=Riz@Sl}@h=RG%tJoy*gD^+G)!#|5ghHKY^P=4jr?hSQ-OIIU&3n}ky)oHk~`X&=EDYg*Lf)AP2N$Lz<TohwS2%iq<h7bd$*;L>m;4l6?y
hT3x6gc@UOL%5LG=rDfP;gBQTXYZf9E_E#?uUu~4jL}V;N1xB}k<eQgu{M|sj)(~6gV#o^<JPTRyH09<JYwf!Zdq(-7#~&@x|yrR<;D5=C_5)RI~$`M9G}kP
<tZa4PC|)^I1^`}l)UsjuH^FPL?Z!+9$!X=^5peXWp&)a{q8UFR5okmEKaOEs;1SdscP}2ab?p|E*i%trKX~+%&e>|j52Y#fyWyP&YXB3m6qZhoQn$53~8L+
Z3NZulh-cX&TXo0YLtfhhnn_ej1g{%N^=dk7*)qs#&D51b!A#2nn_<)8Zs(Y=VSrdQZR~*8TQ@SMU(NO{XL-}fdH@MD!5x?FD+54TGUjdB1nC0&+eUEF0Q~8
DJU^LHUWpD$jay@Ze2y~T7L7gjnla)c#&^fItp%^o)?NyKZ<5i8BbN}VX8p&1r<GKqW}tv0vu!t(16XSy-WexL<Ptd6kwbl@8rojHSy~RLdBZD$w2I8Ae!0j
R(9GgTxBp2#&!Y33YB|i$!6Y;ZXkEGptiRzwV&el;^r6-W|n$oW^@7$K{z!#yeS!FB;aJ6h^Sg^Co$-NeV#!>4g)uK6(oQ~tof647}r|qFe=paiDYG5mLTVR
gC;X86USr3SgcgvzOwawZav<dR2zwwWTuATI26#BP{XZRQ@Nf$Hly908$i3vrt-gzsa6^bfJP(G_@^OuAn!Nz(o|)kL6eTNveR?W^718EkI{=%KK-S?5NWcs
MSEQ%qHg-szQ~|4p8K!GW7^q4JU$u9x#_F%ymVCjr={bJr+LS&LXn%iYUg0opW6MUvLZ`W|0Cfr&W&%;ik|z&t6Pq7Yw@PErV!+lnH+(m5soU2t4>397QU7k
G$#B1MkPA1R8Wc1dsSjIo*CsAgjQ^uUa|zEK2+tY`#+RZx4vlqkgLKQGaBPiQf62(4nTNS{>u8*C_|4EupZfw^;Bin$17yLeT_l$A@S92G0s=EhE|7hVWF`B
{Fb}(l-aAYSC?W`jC1p{tB~Cm>Y%+Tc54NHTniT1)p$kwy@q%`{k>Rz7{ow5VIA@8Ryn!2Raj|blaIpaO`g?~NL6_auH|cE@G6cjRc$2$lw^deLMn^r=pfa3
(yq+T$t}eORFYhz=i+ciLWUj<rH7St${*H7s^VjCG#_1qD>z`NHyxm)BUG!TvT}|LQoTXjm06h?i8vkUi;_#YN}OAkTY|nIhm~Z?!)onl5AwZMz;%iMRaCgc
z=1m8fG;_zC0)Y{`r-(L$ITlzED6~KlKon`U+tVXe}BUJ$dFZ-Wx%MZrlyH+UQr#+rFv)1<+0Pjfu#Ftv{2om+NJ(S(b;eDF9=^=xIeiFdGA<SG_MrZ1Nb%S
uhRD{s+f+_voo`kFba!~4dDYDR@HI2+q3ub_}2Kdv~xb%sSZ>vP*X+HI7jS&@R+uF)hp3EJ{wo>Pe67zI@8A*)34xKgpcoj|6-wJGE7#}A+kRY$Bz(f{SGm8
AVkUU!|J6$VVwNF!Ze{lVX`yL*X9@H<l=mh=Ses%B{c=j89Of2gW1KTh8YJ?Ox22t<rs|^<x1^%YJX<vXWZE%*GOj`m*d?l4xm$h`_dqs`5f<W$v2?vEalyq
|8i6&C*U-kiS)(E#auDYF%$x~8;k?Aw=~AdcVC4+L`%lPoId61DDHmHA{FhXYWpZDAb3lR@$FA2$Qi(#Z&sLIB=*{jVG{xtVl)%a+Q0lAwCmv3k9J)^TRy1U
bS)dTfW7r)rgfZ|)=Xwvsq9wIPOi)ZLvsXk%QKF|nn3lghL~_3C#9uiWuO^-7mi)*i4rQPoV>7zsL`S0AAOELK)d2DkK!h|&*;fxul$jloRC9b<-!GFp?D@5
bZO#k?kjw3ds{0yJ^5JN9>$XsM{=$pySu(*n>O@f#!=jYzTCQD6L%cHl*!}qLkC5KA-lz|YwPD%1Z|&$YC<;8YV$)ArcFu-!N@K0)*&8$v2pXE1Cm&oMX#}#
rciX-_>4WxtrMTM99582G)0SZan8yrM7xtGmXoQN^hcO@yhA+5W28GOlY+SP+*FXa<Jc+mNi>^wN~8+xitrmH)c#$nM91l4SKcaSVL@(zB#k3BBM}ca6v@@%
^Lk=GgDBBt@|ephP~z0|^i&>a;LMs>^h56>)EQG>gy{%BI*L9{pFjy>keX^p&j-Eu=A&ceNwlAIDh0>*r9|Z^Fu%1x<!ob#cHh#^rsrj#yo}t8LX0X)D$00V
l3uv75Ye6=C<*_8vZlyTfJ;%Cz9NoG0oY+Nh$@CCE68wVMM7}`7pG550I8NyE+-1n$G=g=mt^8pjN<gGpj>ZQU9}pKp5v92AFqr_PEUb=3xKq8ME8?&6&<cz
RhCr7RhE>(z{LrK%dEGUShc+yc*B)jVW9^c`CzMp+#xHqWP`;Mg4f%iBCYCjToVmpbxb@@Th+AH;>^HtwW^>f9>>%|TwhbpTgBV}46w`Ao{ZS$Z4>-g;?n%$
LX?xE%+Ah==kbJ)w-?Pvsi_dbrHg@o>4ghKEx{=vSM15;qp+r`R*-5kS^I-^V!*<KpgRZ6UZ43qiyj&OrZ7GMz9FxSsgmd$;&FOXMiQdm{pO)eOJEWfU1>Qs
6z3L8OxXfZqQKWYBU<bA%MiMgvs!#H?c%ae(Sq-XRC-}F8GD2+8Gx3LNqYmoj_{iX$896f_MvB^_hNJie_praCfaa1?>xQ${&^`qtM$QC8e+dk`s4TpK8El~
{6XO%R71LaR@8t|EB+w1rZ*~{jz{2$01S`SPe7~sO$!3AAmVflaAM1fkHCvO2ZH+BrwZa_dP=(%=R|UoCOBhoZh`7rd<-9GM0YFHOEVH3x#cQhwjRt}1${CX
&Q~o#y>Jq4H;IwGt1w+JS2<>sv`MVr2ZJ^mH0RD~@BE@94um^?2>*zP%JCxY#!;pFKqr3sKAg){Z7SWyH^w$D<5n}f$U<vQ9cnv@(e>>^hw%9IIm2d5LUaZV
Q0nziAAy=6zErE4iH9;=l@^q;C}|Z+Sv?*{nTc(OahpMPvdKTRmzs`#3{1S_eE2o)l@XIi@B#HP>$sNM`gQ!i`7lkl?ERn&9QU?&qa1mhm^n3U5ek~;pAnvg
R%b<IreOG!l7*AdI)g@EfUCG2s!MHS`|z~KnBYa+V*F;+vSVmdT1!2C2W<|m4dx=2$1ma?z8z2G9O-ub`p-Ndf-g-x|5BZVT(c+%G6W>?GDxE4oPyMlA=*Le
rI~tnZiUG6=NV`FGnOA<SM8S5L3Y|EvV58CV(O~;M_3xZsxr<4G3Li{$)KI9Vcm56u0O0r?MMT}PZ=tbVYE|PrL!J5`4U;6C0&O6NM+nSyf|*@GDK#nYg1cO
Hef^^`}leppP!MJ!es&L(=t$W^4#cg7<uCb1@r6B>fB5yMoD;e98dSEWAW;8t^nuc8elH1Y&-M?Mh9@ig2Gr->6hb!=b#o~#xguP!V5+C_=PRN$OBJ1xbhgv
&C1Ox0X?p2Sj(?n*$}|RFH2d#yPWPzI&**{K|g;_p5(34-C)psL%z_iRg--3_~!i(IJc+P`=eFfcp)FSc2zxBxxQ!%e|*s%H;z6<pQl<H#<v<Yw3eVz-*QB8
^E>hkPo8x8o+>ziH5U8Lj-CgBV;B0Fb|MZso?3xocjJq=8lB(p<2T@OcHx#usM-(D#&Z##hv%$Zih?FDNQ*S99P=Deb#mj$bHbCLt~V4$H{%^`5u0b~5KULn
ZaA|ny#|G=0_YNDgDSVO=tNm5D#$;N%Ye_`Dt+8ADvt_4j`aBe%Hx-TsS9^;yYS9pe!m*OoBJ-<yJ1cFl^yTfX!%CqjlFS!cES4ejkpTEcdGpp?(E4~BY8Z{
XWryx$gX~s_DtK}12Adda600^y*ku=0FPsH7PikvC5dg}4J*+mgJx>5%XHiu_569<KRBYidHJ6_-mKs0+m2%D;)*A1MRu=xX~|=6D4Sz;2jRDo`<t_da4sX?
zs%#K8%}<;+XkP_fX{jIiFUb~CcLy@Dz_5P%n99yb`-9w;#(prqPV!AWFLOqp(S5&5c+f@J;-vt4f@nm^+!(J3_Le>@j|p@VWby+6K3wO`+)cX<a>Bq`<kQR
2p=D=jl&CY;0YAlhWFvU2p__`>)KG$zIVztVYCak`d2MPrOOQy@dD)L-`AP5v-S1T?*n&?-N50~^PO*6XM%SO8nJkbK@)RVp~WHijS24HR&1Uoow-O5zb^CB
nKpA#9>_O48x>@i<P;XzOp5090XFqln7WXQTI(X<?)Nr<yq)nT_0(Ed4R^n@iRjI$6==U5cr=#eXfb)>)+d`9QB!T*X55aBdY_|xI4YYo_ATCjP5c_Jxw^KI
-{}RTv>ZHI(GH3w$76kXJS8qRHWrN^88r~(w-D?!wUjHvMb*6B4ufVZbumwX8%)W9bBbvZe_}JaD~z2?6SZk&nFVnWF5ryRw0K0l@7`3#&h}n4GYc_q^)vHH
!&of2oyC%y*=-9u9bhr%26080BRH!$;SG&E&dn~)&Oy7#-;@Na4$}TgScs;=<Q+5}hl(r2Uc#IsV-E0RcKHrFZD*%l3|xDru&nhGV8*H@<M;x7D=0|4u~<u#
^t_TrsYLE=HqEx*3EX?z*hx#W)U7!MyE*c>>ei;gp8SNlu3-Om*ORrkYEGZTpQ5V+FVUyDyPd!XuT`DP(J$riu2t_cXuvZM=OUog*h590{pQ+tJia>QGpZ;>
c9ZA@E$yzFpIOk#lSVZxp>DSi7{`yAHKdnWekMQr-GIT(&eWR>rjF!oj=26ncu=NdT#&%&F;2}&LaXUZx*=4K(c5(PMzWvZ16>Y~SsUNuK!(>GYUwK|Cmv^%
LjZ_#>v)o+uEGU+E*+;cH$TT+>9=|IzSl5<q3C4lLY?Vi$zg6X8JJMbzrLLQQDGX<*_J{pd7V^b7~x27GKDA8=<~#pj^OO*Q~%Ow1p<xlhz$Hu^*%lwwSN@a
KBdS7zX74GB4+Z^xhOhx+SFIfF0s`#Owgt4F!T!><-c507@vb>*9kbTHz<BNueA>Qsj8inz+@gy2Sj?%H!-5mN*t|Kf1|opvV1V#pd!`kaFvTburKGRA}Nw2
wJOpdH_fP|JZeydkSOKd<5uCB@z4o)oVVif6yUHIj$Ni<+Pk}Kq+Ms_1t?)ZK?&`c5}s$5TZFlnovyRfW?>d4cLXI2Q1!!Qn|M&ME2{5{tq8j&1-!<&s7Stq
a90)SiyNj_QVtL{D@cR=UYLkCp3s&>ZS{tEum~4c@WeyC#gKQ3V=FkAJz%V_nCj19svpE|z1c|!&X(p1@xW}-$d+&$RNv(4{rCy$eV_`R>66JJ+*@?+CeSHR
s5!02xqss8j<xjFf1^*!H_SZL8$|Io9Za357yIR55OpTgIKcHRzSy|&m_^W{)A&}>F<@{a9OsNbYd7bVoa5H21QK3ln3B$nY3}UO*K&H3otB9-3^9#hG)MxW
32J&kMH1A18c=HoIJQa-f)yap&aC057VjdQKC?!&<O@Nt5vt)Vydo89azI5Z{yZGhVp}*;5J>)IHc2A8rXX_|uX0N+aE&5~g60uB)_<6VIv;Gl6-jIsNo-VI
$dyRU&=2Fn?$g~17OVsXzF<S*6#=y{)vyc;YTJy(Z1r-KbQaJP-Wn*s0te}>9XMyYCzp!H;-yE?fztJj{N|9_5H89eLSFYzCST)z#%Dh+`3z+j!mPLv8K<bX
mE#kl0&4{YX1eRkw0J(d^<pPyfj)sCGEAgsv+4(&u*_n<)fVpsTBR_$YRNd_t}HA(xc>|B`G#Nv#~4M+*;S}u66`dMo%}_`DiC3B&B~9&$q2_KC9O_D^aFZ8
Nj~{MK)pt)2_l`8WIU}?<|h{=zzRIb2S<yu;Y$yi4Taz5-m#etBL#pn@d`uG4vT3j1=CEfwJ@-b`8`si4Oi)3j;Gz}D2#@P&ephIy%Cq+<XS~O2%1KoVaPhL
%Ow^aeB(digRxq2Z*9N!wg|9UVS42Y1zBwBqfM^Qzz{yuH*DN*hB_3_?<LY~#|9a~f{MK?sA$FJlkkjqlNeNp&xm{B-A%l4vpQQvQvcOSnU|24T#Qi(&Mh>Q
Ad+RWS7xj3e$qiiLVTfPBz$Bs4B_-4JGBWC`c+{oA>&%BmH^UW7-yx#A{uh{xUz#Al;||>ZB~$ZCMRujX;yX&&^a6iUZ<+SwOJLgz|F|c!ZGM>&7UQ>)`s9J
bzWL_mLU}x``x{zEK1DID!`~57u4{^z3L{s`xnvj1h|)2_qhyE05+fIvSF5G3)Znhl;baWekgx;gxVU&Mm5S!uQv)Wj2!z#Vd_tAXur|Wujtp>*XVO!lX9Mv
l2<;u%v~ifjiN<7t)?%y4&=;%hZq5zZnS9M%3l;@205)IZ>UIDBKzV;{)gUQ(-$~;NA*9mrpq0iYzC>)k~QL#drd{0anHH@d`xB3nX{6%A0n)pO6|;A+W9Od
D-kIpx-V{Uw@42cTFB!!5^2w#Z=k5d%lA#eXm;S@B|Hu-i^<M}b>hHct$)n&^e8A_y{m#>SJ%3QJA~`KN~R*aZ82J+IrtTM3X|8+1Af3?NM3_!^ewIhZ^~a+
gbo-q75&Nwev8r1HRRd-5EGW@Vey`|8e+oKnO;GQF`AFVH%6R9W~N5k9|X*&vY$>%)p!jqt<OcpIqPsOM&FRm>GWlOOvF&yo3r~dL3?ZM`S<X7^gUI5NnhpY
hY#iQD*~50F)n}7(IP&viFGb^@LBn4qE;O;Xex0#-sF$oS&9SkIE3HA-rIc9wx#c;uE*$n)um=WAD0MmZgN%%N*%Q<HXNh5c=i7HZ&AWUW$ekhtutyY>*xda
?*etZjL&H4Q!UC#6+VaXQS|Yl_s(<VbzD!~@)x4)RGbP?QW?&x;mHCqZb`veSt*HV*)(O)x+UA3z~B_F&OLeTcF^N|C@M+cpZM`gbl9M2N?D)M?1$>YiUV)}
8Z~F6D;JDM<azEzQx9dF%-W2yidW+dj1q84EKldFSK^cst^jA}6qF#GotxWw5ViQ9TzU<bR(2PEAf0%?7XLW@l4~t8FF5>!CvCIq<fiA^<hX&fUNd!W=qfj9
OhdGHi7JLh!TP_PxKy+fh}WxeBQDNFb?I1-BN0f&AIHDQd5cn+DoCX_lZvp&+GRQYV)Gnmw;&a7)r+`%BlA<B3FXxWRFcz#YXHyJa792lb+N>o%uz*IXVhIS
Y(j|B(ii)_-jAD4H4S7MZ|wd*o)hiWv?oDSPI_=ejlcP}il|U-EiS@a5jm@F#XBYcq_Oy?dCWig3jo<^9`jF2MgJ6G<DWz-Y8VxDVvJ&%r!d|&UecDgHLd%|
<~NTI7(j0ZIt-hm=BW&7m<Y8}gnA&WE(~~&S7)SVrXo7w?g}NHZp=}pmO~tqgVr6v4I-+-Jp50_g)tTe%wwm;R#a<5n5TgC<-Ully8ElLASN%P45KQXlb2U6
sY&&(r55ymjZpmh7@%K$WP9-zETAvUxbHFa1GCJS2eZ=zEBdCb;!q!E)ds+1f>SeAGxYo3U81Cej0wstLuNkCL+g*?MiKoN8Gt(s{jnW|D4@SY<jFH4&?C4G
mo7#1qm`7u>#n3OM!hmC7iO5;KMAl}g!dUXq?P(1GXJhgnVX!ORK}*NoB~4`B14RMN;33r{ypU)pVnGuRcxB3Fm^LOttBsz1<Lvj8#hS5Z&Bg*<TFBC$ygR{
Sse+&@fHKXspbH%K8guDDKj%gkEn{ip`=<eQ<<5YR)`G<ylK^T39R4~iGtDRVIeJ$ohC8T{DdFQ+C;E5s&{csN=*nN6KRW*y3sUce00!)S1_{v;w`)!({7pE
+t}${8}C{v*ztnwl})%B;i6mv_#E;g@lz5fx>}i&o|}#{5KfF*xmbMeA~|gZqwlO`R&2lbDM^3;HbylIugF``BJs7v%2#ssio*E4@k?#nd&dkLME&a{#6lMH
3AIpeYd-ZN>Dww}qIs-OO-Kjr8v^kw9Z&WsQ;NZO@=#raVW+4py{$gP!xBmgOMnFooR`4O5)ovz>LXmJuM9)PkKR<$S$}@2GFAyxN2-Qr6mQ|lOmj$MB=&ft
Kz11f!Vz#JntEspN^mwVK$WQwao?Sx(hDxSfGF30LEONDI;!qIdzUIx^f(KzMl17h9cT1XRgqd{xN0@!WBSucFyXjK{*`FRdV89?Rc@NQRgSkR$O|-AyH(v+
^=m)%E!9>veL?lxDhVIb&zNC<MEEsxy7o4E(crfDB(B~D#w`ZJl&po0-T>jZegMl`O<s`3I|EIRT0mHy#U6vA9iM9r-c4S+F{*p7{0siDI$SkfJvBU4&jqCK
%;U*?HB8-GmbM|EEpsa8!AfAv{PBEH?aD^+Ng^&yYh93ynl|k%0lnCJ#K(#EQy({IW@n7fm>7iK^benf7onlI!cTB8+6Q>o)|%bOE`_*hUsd-T>A#ShyJXWo
9>3dunGDId{Qhyk{yjjgm(gBJK33CS>{Yps3)wq_->Mr_+1Z8VO}o+i5EVtX&-oOX-{tQ=5G_xh>~ou{IOzEXUOYc87TM*}N-bHU20xo!Qi--4ez$NfMmzE5
u(iIZaY^npyaZvt%*nwE(TYIdfSDLA#7oykw4wMqoD23PVzbdW#r}jrbD0EdiR-2IgIp0lk+o?lT9T0(gcDF$b#yb=SX;H8|7gUP;T-Kg5Ms#3`I80>ed=~^
f;jTr2GX^dFHXW45VU2cg98p8@K&N9MgY~*c{_38%>x~<KLuppepfqQO<pZgwx~z1F4)U|V9*%<Zp#H4s1Dw|xN#<X%jv~FRLj#Rf9OqA9CSX3cW!Lh0O4m{
XX>TKu{cw|5(Uj$7`0d+t})^r6t*qn2;PQpTh8%yJ5gQBJFSN>+JxIzwJby>D{&@{wTNMg{f7q4mn2V{Px^e>uo0tQis|z{yd6zm!G6E3&&758?U}b|caEZg
y=Zs-BcS@ZfAl44j&$2e6g7PD>YOx2b!z5nw5*pSPQqvo_Ff;^hJyCs5AbI5B9t68ztU*@`b*1ejY(G(<VE91EkWw9_w3p6&{rAT{8~M^(StpE@>Knx_mTdS
_YO(3?N4RoGc{2`U}OD3?lefolf0=NgnwMa<EHEl6%DAcbWQVCjIQEWBO&n5TD~eAtxk*#@y5uGA|EX_;5AjXXiLbp3<$EmJ$?EdkK5wf!q=e98#m`wv$s<7
aBddTr>E&*F~71bv63sUDOkf-C2sKHqVb|suO-N<)hibk5d+4I8P4NH^}Y=&P{OL%0K5!+3}IzpnQu!pn!IxPV(g7Z-kw3aaYXa?{pWeSDSrR#X5`sC6~B#9
I9`lXve9zGiWbbYqZd7`ePzu4gFN2#PTP)LbWC-HbjB|H%u#dtNXwrMppDYI%+f3D>>cFupKGmbRa)NB+Rxb9#BLic5A~&2f{Sh5(VD3K`zMD_awke=PUC63
`p-c!ZV({N!r?e;JtEW9_zG?b+>GL@0&1sX<cb$fUJ23EFSeFq)~@yTp9ucsZS4)s8H2`Pd`G(>ye@<bj0z3oL+is@xaNks4N`M&P{y;+JQtdOtNGNRF%2;P
4%BR1YkBonC%pIFfgy5+@(7Ebtz)<A1r=iyY|XTJM_ORWFY1%;D$n(7pAI$`vobwKgd$@-UT08_F(`G|3~C*NvQB_vEEJ&l;VA5T5YZ>eSY=jDT0Vqc*zn2m
;zD#{e|t`y7^IB0tOF9*Rfy%;*CYl$UYMxKG4b7=nyg|yI5iv{pU9ql^`zaD#>fYA6kB*edYRtR+Is1#Kl?6Vp_M0+_L)Al|IDB{Pi|>xo%;V}mHP`InGXFY
${T;xy<{Q##e4qZkV)usgXTvKFu{iJ%qY+OpTd@h5hJ00o}quP1NzL5>KiN{qTIc#Fis``TJqGZcc?u~oqeesCK0Or`)kCGBlbW2z<$xEVRXKBF<w*`x(kKx
!0*ANfw$m8Yj>cgUAybR{qDfqqZ${Z#>IFl_C<Ipo*A_WMJ-$uJO|qZ6c+>s&{g|^q|Kicq%Ptw8Z>v8*-+ovLj8dpGvNXY_S-yQ%cq`JMh;UKsq^C6XMS!I
hV;EnJ98IU7~-`kI*NrM6<QLZUblbmy8RfPeb1RHd1^n})t&RkzO|v-SiF&qYc27{TKg|p81SB!j{TFk8Q0q2W;~*fQu#V4FBvom%}Y+a4&efNu`hj^r`>P8
0)Yt(@-g1Fy?z~FNCLIAry4Jh4T*|C3GvHA=Yt&IzDCqM>GJXAPq~ZjgFG!leBS;t;K!4%w4{@o@)o=Q5@!FpKRfN#cbIkusBgDl`<%TXf^)J^Mpkqp4nrYz
tLnMxhSClEhQM`;IT+jnFC7=Z*c?0<Is2~wp^?N>Tc3U@4v$2$mwCUzx#FcqV!lEdWm$$K^V6DV#HTfRI6J$h2Iasg)ir2`*Uqduke_<jhi7<vFlc>ZDGJ!&
Q|MKQt{61aOU9Mqqi9p(wksUzg!3G80#SBy5nw1jUiwLVx|9ZyQ$ixjNKZ;m&p^J-OYkaScsJj1(|NqCGNdUA0gfBOnp4ljOL*59pJCQOTx!L@=SHpkE0|@s
H7Ljc_8rGd>@o67DzMdXRo0LoU7vImrT$7q*Qx1a-zIM6K572sB!2`dXQ<tSeEqm__<EI%pSTJvp%=7{YSPORN`4JxL``3{hLU5{gXWF(;9S#p9{_<$Rp)Vr
6Hoi9-@p!}9|wRA;~mZG-nZbr)?QyH;Eav&3S&=lMO(C{YWoM`bn~XgTLd$mjAXYF!Wxb#!Afzuxh+mNZCNFe?72j8W_r3Fy-W+0v@_YDOf3_hsx)rF)#AcX
m{>0`aMLr*FogxDHv<<WtP5*IkSDMqwJZ=ph(nb5@i}Q_OiYF%gZb6FYLlM@d-m?a59FG*dS6S~CJ}oNi$w|8M_Hb#EM$Ykh^yL-;!vBj>SJ**!l^hjEde>u
B4uwtKD{)Ht!kUL;93EB;fc^^4A|^UGb_Z0HCEh7xx^1#nOU5G@={BJ3Sy88O;h%R6=WKFMaW=<_&|1~vy&$Sxl{mIEkfLfOEXHBBk~0Or!p@-ceTKdocz3U
^b^^v{F$~X4SK0G*UF?)Yn+3P*$UE361D5!d1vq1M%1!-Tg7gXS3}s4hlL-TJ3c`3WEdofl0GZqQI}bmfaBPYY6)qnXwn<XH-1tkv-N*I!W9)owbJtxndM2}
cm_9)-L7D#`PTQ4t3-$&<Ls>6lhJLeRraS{l=G%e$y^~mO1Uiju*cfAWSc#u5I_k}JJyO`e45~QqH<Hpa0SBk>ssGCgFb&%S*S0I!>OQ=$*V%8M<_Cj<2}q^
)>|C!76xg(7>|`nzpTaPM6R>36X83@AzzA|{8C}mfwncC*q>dAA8ISH0=aCYs1CN$l2y49Ry{Z=D>E$-y+X5;R6**M>BX4_P>#knTw|jgmn|$@`3JVLhdqH@
hDhJLa%EaVd_ZafikcBJW&%d+BfXev)M6;C$CaotrZSR?j!FpP7q&0m$DP32j;uXmvr5D;r}wXymxJf}369^4FKdfR1f4Bgjbk}_R;8yd$_7>b&oyn}LJ=&j
=!U!Y%4GJkW*Ukw0NlxCRTY`63|A#n&5A`737_zYL$EL3NFl@w#&m@-ofK;8)pyfXQPScJ|GG-7{WVVUYn)K~TbxkKc1vOV?^-tJW!rJGgY8~z+3#80BtqO}
#y{9s*xp*$@XjlId55icy#qrceA$)8x(|AP=K&6E+t-k&aBtuKBPV%<YF>VMRET#J+tBrGUtb?zA9HQQP#xRQV>%4id*t|0<AePp`#|II!QO#UKECEw4{qea
Hhr`<VdLm}&+why-#aMW(V_p6DF47n|KR=(eXJX>Kd4&A@>O&w(+OQHyR<v9t@rNP6nvnBhi;%5GqwwOxP*+fAEl#{?Oxo%ndN#DI*S|UvQ4lx!-nYwPJ_yb
$naPJ!#<jUlf!*{g{_Qxcfbs4rbmT_1`1o_>Krt~hl|?)G1|p_x*tTKrHQl)61#U4v0{7iMud8K`-Xc3FZI<7b8r~08wRUtwj1<4b*^HMC4T0nuF%xMjh&p`
U50ChIXT0%(_mKM0M}5!DxE#V0yijd9s}1dVgX!hh7ERvYgc!n0IoH|Tv?^-NCwEkk->0hFx-b&MghFc7`VEbG4fvK6)xe<G6z972L_lWMrPMeVmZUW!CAca
VAq4h>(T7mMI6C_T@Mzo1vt{kLSKd_OL@$$MIr_dW(T_;X}ur9?nhbgN3#3THto%A#&j%W?HmOf9Gw|292pJ3Nmq95B(`PvISMp5cno6K0u4?hg*E~WPNNvE
j-nXc8Iv7d#d3Fc?I!jW+6c5cj1t<2G8oNhaTI8CbYb*6igb+;+KV)e6xxgy+c>dnkq%*8Cr44*41XslQH-P5wX1l|=yn!iy0bRUB1~u2##!W%2gAojQUS&j
7qN{CYvVFnq?h5~GDf6}!5r)$wr4oFjuOjRdsngjC<ez>#8Z%^yMu@)<EOi$Rd3v#ta{__Y}Fh0K~}wScd_b?`(UfyxVu{Q#@*ejH}0aYxHEj*CEA7dqpbSm
KDwhmxsU0nPaX~(^~uBWetq(Ax?i6>oUQugG03V<9xhgW@)&H@Cl6PvK6$uV^~qz1Ri8ZEt@`BQVbv#(kyd^37-iKbkI`0r@)%>)r;!d;eH!U#)u)k8R(%>d
$Rabr@&!w0zKQu!i`TQ=Em&}L(zIpq$873ilO8(+M{b@r*xlqY8YgKt`+*|?{&Zmz`3Rk>%e~vr%STG7k6!AS`e;?$9JNgUKTdsg`|*P^*$YC-A2IFG6H*GG
r=>F6zuiuE*Vvzy$=LCNbo^23qi3YlN9_J-X!krzzcWKjwbYZry(jh23sUN%7vOmQ0jZCkkNRs;A3blA`iPD5%t84?twiIq2jwnL!r$%(<-N=)pIGXnE<!pZ
dEdtm%BS%*X_B5iDCeGkPbT{tz_1r!$Ok+l)GK?v2nWFK`^-VRfsg&0)JOJG>LdGmQXkpdq(15@r9OJWK|a)8N_}MSCim!iPwFG6o6yxk`RvmU%ICU5Sy!9X
N4f{5KHB-MOzC(^rfg}GsrV@}RaJ~kRi~1vwl&Grxo^slx|a;;kqqsgEknjzGP|(TGP|4GWE$@>nWp+%S(m3z$-2y3EbC%ulXW=(1EL~X*Rj22U6W#DUH7~v
>-y__nf;(vnZ4UjGJDTwWZnAils)EoTJ~7JPSzdty8F<@vhI;0HuB>=WU8*iI;K79pDeQj+^lJjnq->Yw`|fLX)I}veuKU;fFYzk${i|`L%&Wtuic;aXjr&R
7Wkn|7IRG|ADR0o?a}{s+M}`0{Qhg9$ZPr6dB6YO&F%N!(|i2>Tk(wFe*@VtImmu~PfUBnWcKN7)=tm^rXz6ukhDi`56pVx_J3>ABe(yb<UDe-NqOY<Uu8UU
{QqpmBe(k!9yt#-Cp>a>_`f^hk=q~VJ92xJ?&wjvqmJp094+aN2I~e7cF_%nFj`D^H0Xipj$9s)?#Q`Ax+B-Y_oq8@(^(r?(jB=D)(vrbl<w$Jx}!(wjvl2u
dX(<yQM#i?>5d+yJ9?Dv=ux_(N9m3pr8|0*?&wjvqetnE9;G{al<w$Jx}!(wjvl2u`d>_Uv_Wosu~lwzYnFe0Rzb#nrZ7JBg_xHhsrjK*xK&QRXqKC}R{2lY
6vni_D@@a*Oe-szA6i8gP-o&sJvlmuI?^F@K2H}DSL#5fam14hB2Jb>2PLHY=Uet-^mmpyAUjyf9I!F8K7<PZN%MgX;Vs<yhP5qHd)#N~f<;~^Elt?1Gr1@=
k1PM`0@3itBKFSb0;0l$_@KJ5O<WT$D#_26z{QR#B5phx@^MiOci_<IUVP6PV`odr0#2#vCe>SNn{oZ4U|j#EsAg_seN!`UQxg~-9>@nZgs<mX*H~)s51V)G
Xh(T@!oH$K$@ytq{NQ0!!%tZ|cQ@Cvc1<ha7`x7w3&qL$RCDHr!jgQp!)rrC`ARMVC$C7?qv^D#vN2A1e-43l#^3Eh3}y*kI;${tg=70S3gb-Ui&|o@YE{$6
Riv}}n|<5ahj*p8JPpMrr>$h4Jl4cCa!u7Wjr?}6b)K9bUYrmRi~_by$qmKmRr=%{_I*Pq^$=Bn`jU#CRWD4$6Sx4&Hw+%^v)se%s*0Uz+3Aq*KCSpg0DG0T
RXrh*eO_@^O~N{Y5cUEXmTUelTF66jjGc1W>6G|o@5cg&XqAVULtr2IyOzk+x2|sah%3VH;B|2*EGZ)jCn3B#Cu&U+%1FeqI1SOx(mSQ=j91O<G48u%%OdiL
ag0`<m4-93ka?^5r&R#__P1?ptNHaQ4KXOwXY~?(d1G8XSH7`m8-H-tp21un`t)3?`V0B;rmDRl(Tk@we-e&yzZH&Aem}vs`Y_Y<mexB}DeVIvP__ss0=+V7
?@2rT?}_-&Qo#g#hY9%l`JETJ&A2kXBm>1KrzPN32nW|D<zyl1VkY!gy9Y_u{;a~}41Z1krF0kJG0AT)K(UQJ>&9c$muml7S%?1@3_9@FsEg^Fj_PvvS|Vfh
?dxqP7(-UCjRl6Jc=0&0G`=zg(I@U_^gT>At$L7FO~I4m=lY@0ZJx#R{};T-U%<itLQ8F#2b>eN^!qDYKjsR-4Xuwuk;$oXcqPIKxhvP`QF;PS0H*|0+kH&r
+CNlh8Y#UUe}n9?$3!6~)9d7>3AJ*#RuF}$uXbZ_O&Av(x?(wxGjd{aI%>Q7x)LtZD%b`Z+4<R(ET4gswnY54b(68#-uUcpx$z<Z`=MDujy5ZPFy7LZYKZsK
rDB_7AXFi@f&DHyxw1>jZBU>vCJ=iqNm5m;#cTLA(JZ$?v}z9-sw87o6}7A^f|a?b&XY!EZc#SdBcv>;IDuP<GZNDikQ?2uq@I6Ro1|J5fg}0IT9(@&S~ZUj
RnoDlRne?$Eh}?Ty+Iq58Od2GI0GdVCzWwkIJeYLhAxxsO5*vjT08nOxuz9x^%S6rTs;Qd0EVWpTz}um$%&uk#<1_?CZ`s0=kG%bGOblXeucjgCMWHw%nw59
Mx%^u_7xZkTM-)!K?XR8+#UD;kG~!FIqjB@cBunY^VPIV@~DB>5n<nwxjPr3?Tfc0AJ8MZTiwsF;BdkrWXLkWq>q|wYMc1h(DG<5V-cRk<K7>-k;hWd0(Glu
x0<MnKfQ^6MEFzRJ*%qFg1tV4vrCa(K%q7)pLSY<e?s`=ks}uhkX<Xit0k()x}n$`;feFdI_ss+Hkc%*L$Gz`u-r%>;PPvh<Bt@ivPEGG{77MnXi=CPOrC6a
;(W6-^kUY7MbjrN8HkZD9$GZ)Llj#XRpW!vQ1`(U@wCh5ZWp)<$G;&89`Dh&t*%9%dwmSC16qrZ81^;^Sr2^vrBmwTflsNT9ExzhkoBP6I7nNjG2WpowM0GX
>TvFUn0E99>JE(r3U-)2v|k}Pn2~_}H3fO<V+FYZn2&B%n8t!eW{wyi0M29)UeGl22s(UnUHiwR6KdMt)P6M^wSp19ENltFOm&gvGns|#6wgj?i@U<?W*^H0
sP|T_Si$4ORZ&SR(UOT?<2|RNRaLYT(at9-ME*ve#k=rYv}eVa?%dd6({wzZQtr_-4!zV%>9;f_6wg48Ur+i6cL{&ArF|1x6Z7$m?=U)tKRK9l4cXmIChgkD
lPSmWR&;&;nkMc*$(tcOp5?p5V<@tlKS;Z4z>W#u3_#Ns&xoCa(U6d9M}WbVttC~cpg24G$YEsl1;%IVEH*6KuTb@i(b2kb{V4@mNprP@rMQ&GhOF#_GDKe>
T7U93CIb;B+ejDk{Qh02yevB#=b^mxf+Q{u&zZeC8PVscE`*N5v@60i@;f??^mt7g{kY8#WFm}_!!jS-j3cT^M1$tuaQGq?qoj<KG#;np%+f?eboAK`bONRW
0M=I8h4z@e03{@3WkD>KmYY({RpNd73yTnWj_8`nI83@qBb^58WT`ZTkzPNlAb!RIEzvqE%aZf40i){D$_gIWB;+R<5bbqBNqU`B78}a)aSf_Stc>Nr31lU%
hPmBQSwUV?=2T^@3Bf29$FItbM@i}m+D}Qf-zXD`QUOyGn;5r>$1!E8#p#Ijny93`CMc8A6H;*uO3ex1#F3Y8D_2nmWtuuYr3jo6YQl#4%qp{`fu6nuE;D+U
-1r5c`{gc}2}!h;>{gZ6GuIf!5+LkWkv-~iTp!6r;;49@?orb{s`x18-RfBaggq)KipNoFxHY)moB)A|o4I4={%<xbZdPb<5FRpO6w1iRVD=>}Wy&s}Ctdk>
qYuo3rA%0`xRe2yrMbE0ul>kB?a72w0A`bdY$6l1<(dvNi#VgatF6#jT%$Dwf`h{NnrV(UuN3&6BRYyWoSvALh$#K-b!A#2leK8+mDo_4SBlJ=h&J29YR}YN
G+hd-y&2?;7XMR!D&Qnq^!3pC84!Fuffw|T4?#;kGJE4$2#?QwWzXwqm;0wN2Qk`%uT<>2joQxSUc;xrk4Mr|T7NvIa>YN8{s{gKA3*pt{<!2_RQL1w;s%U1
;?pZ@9Z=~Emi++XDcCV_I$H7KnD_wmcjDgzPAq0Q1uo@T5EXwxL4r-)wN07Xq1+O0&xn2)1*n_wA$+t6-7Qx8WhD0FmZ^krK=_o8{*AeeE9`Qo<#g3%AGYa2
Jg`jFFQe3)0^uMV^pcptwQH-8*!9v)1&Jk#wUrg^t(E2I{UgWT#n%z(^6ELZ)k@c44o>{sEh*((T}#C~{DC<*kz056!v<LKe!FLwE016D7(q4E9=J!JRwlA<
?81?eSFIysm4T{^=+$!)L2*})z;VFfF;Wz<gNb9k{1S-U82*dg^kk!a{m%+={qG9mORj1!?3?-`PrHxu^W=biwaX5o%?+>!-4MBEITsqT(wp!1^CY6;$g|(x
_>sq#$AA8EJ-X0*>?3>;U35J15~mwFbp-F%5Z5T?Rlse_%cHVU`@83It1)W)e047#j}G>Vk3&I$k(qC&qnNDKS+LTKFTz#QekAKf*$_97%}XGg_RkbXndy0L
EiPQaCE%>Aq<BQn-1SxlsL3Xk8^}gKoQo7?BW&e4CD*)2JYqQsw_k~(NfkuHc7rNu<1ef4zzVph%I;00QhQgarUfdiw17`Ubz5$HzFBVE`IVq5haedE>W1Q~
@tC$OeQOfiR=xY@Usv!YDY<DJOMsA^hJ02nNSw(6-MJNkr6?&c6KAo{()F=C-KCDjiIor(<{I(}QEA0H`@h2IFm75<6oaak<}AQI2>WHt3|WL?g1iGgF?tJ6
*cN#T<!0sMYzP+Wt6TWC;Ie2gc6rib-toKx+kvP1om=E_o*>s>sD_(^=g0Z_qYlD0z6b;uZV1B0w-n^3?-bvWFSYn`!P(94q4oRrZ##ieE#8%}W*J(TneLDE
C}_>fwOsYOl6Uyy3->y5l&3xEGc=H=YsnMiZgG3?fwG<3(bg>++woPH6no#G3T`A`ydZKevLjmhnbs2rw5@7JkvlU#!tbElhdw>W?ZfNCYL=loKfDmnMtC+}
6ulIMEm#)2$ZVI)<E(&L?bs!`sTaup>F*TA=`42w`^dB&fpEfcV0L&8nq|l;%BVzvDu23E*`ms+C^=nTh)VK4!w~b5WvX73Q&JV}7eSryFqDKB?B;gkou&L9
H732*63yOI9XTX$=7@s)wod_b;=i<qn?Bly&!d}t4-MdYx_I>Gv0s^gLoljZVaR;n2hqo8gnHoV5Wo|~M3&y;vD=sL@c4v(dt4P-S(%mXatQp?!0)udRT1m(
CUoNT)=#+eCp|~=c<RErQ-YD*h)G&QCQ*&9(xb}c1IzJbG<@j1A)M2Q_b&1Hv%|+uZ|I2N)?0EC(k$Znor2u{9;8V2XlVvTUQ@Xhcvfy`3)*4GZN<fCePmSx
7aOei<;Naga)To;kf%ux62Ox(s{XteM>RbM(!cRkd#gWDa-ZPsJJ;?9Y@ZveU4Vn@qS{bo8{UKWBYX_EH*G@=n>W<%#^^)5ZhUSUs+*hr298F<7WZ@F?pc<c
wag&KE-;1Avz;q6_sw2Ht1HdsM&T^K!dok*E}8?5DwBl+;#BtO7o-c{nto=6%~V!}^K%RGY$jXt;sl#!DNKXN6|Hpz@-I7^RfL_%o-Wf`mn{G4ZnK;)D_*8$
ZDp+fPFTq@KD)Fi$nI-wpIWTNKO8-Mb|0!N*|8p<K!?3A(!m@>Z;czzFWj6~!mU|b*}`%$ZCsdx>Nf3b1d}4loQX?#>=_fiY8C3&FMR-h8wIJe;|p;CMin@}
mbcqV2b<Srn@yVq#}^BZ@2y(7@o%Pa+O)EaqLnOQ$ym*jEkxYCqD%^1v3LlZp0dS_KS$-7Q^8cT(+104M0+zV>GxXIi?YLN@j3(p=fKRon{-!_2GwEOTbU=$
+d;E%h`8JpHgcS1@u9-Qx5F0jN5$nX7J#l)O~gq>iJ+>q-B_w6kI{=tiX{iS$CM(F^PTjR_bY|5{1!_$5TLGS+k*P>cdONYY%jkkaNfp#D#HEn^-UgsG5iAU
UXF--&4~~2N9fwC7wL1H9rdIiYDtQEV@|;?j_|76JBLr<$4(wjRZu6V*R%^V3pTPG0c4Tt){!@c@k7Ure%UNsQz2VGn4DqK{ky{W>qdpChiRy`5<>{X_KHnT
K(pPIOSg>Q`x;D?3+OQFLKm>jd0(e4WD!S(kxt}U(v2_1MRBk=%19GZGz_4RkL-!jU^?vpY2isd8F&09_Z=o^TqAuGWv|XoDQEk97Su@7|1Q%3#t-uo@1K5p
I4>Sok#Xc@(w9u)$xQkR8A!(hl`sB_6R9+Akl3JBoyVt^@0f#5j=(yWjb=9PGtnI_TQb4N$?Q^husvu&4Bx=e&u^ChbVFf$6;@6?NSQWJ6-N867!EN$qJ2~%
11r_HRJY562JtN_U}m6dP<&8tuCI#dr6FHbk)gP5ay5MpwWxwgwDRs%m6eDJ8zO!(2OOsH0s`l(2<Tw(d4}a%IP>7XpoIgNvW>B5;fI#pWQ5HvcZ#b0yP$>3
RsC`KCZ43Jzg7KE8t7t1eQ@IPKHLBm$&pZhRz+NK&BQADH$dI28J{xEAn8`^ICMi{dV$Q<ZZ+h6%(0~-?O}->LM$7}FJ`Bq!q%1I+A*4}V{6Avs++lqEZ+i-
{(smz59lb4rBUy)%x()Kg7IAE8FDh1oUzFno18NUgoIE;3FRD0IY*Rp0+Dk@1Y@u<*%*Tjm}oA+Jxj~>>z>(N31j<R-*Dc2|F6TDku=NpbXQeZSNHVP2g_&M
qIq^R*qT=dGX4b47I7Y)bo7q!BjCm(^T{9-;TI8PG!pEi`;9>^-8o@vFRGe_<Rir(7vO<pAhr-L!HwL_$55tSg>@pJWJpRAjiOdO$Q^^3QBfz+<B9Z$-^eof
=4i`J8GKK$28FTTrkGChpZ%2vEn?X>P1+&rb>zGjuh;$6a<;!zOnoairt|*9q~sdYsb08-Z_7${W_hMJia1G!&udB2UoJ);P`?->ob7dEk9>YdgXdE*ZHh{~
BIGH}ld%csOwAi(I>~<yk(*boG%rtkCCYClYu?IGzoCMYQZKoHQKou*VLHiwUR9cRU#^#vc4%ngCPTgUOIz8D=@@P#*9~wZ4bG#3P_6WLen&E#Qp{4uf?YS6
<qR+`ZVZz%^eYsFnM(aCw0D_V*3Q-Sm^E*<uoM<$tt&-E5hWQkHmkJHvJ+gayq1b1zM6VhxbwIMH!>O2X_L>QhSW;x%j3Ct1b6z_frwmXWkv3&2Tf9%!%lPA
DU_WiD8{r$sYX_Krayz(284RMtw-cK*~#J4|IbZohz|2u%i%dBi%ay5WrS(F)!?p-hVRRbGL^U2loRG~J*r2RT%ILZf$e6K+x?)v<j%?N)~B5(X-*~q`cUz<
Ql737Qtt|7O5^1;JGiMSE3OR282=BqUfO2xYI|NRHQk$zb>prvzF%iPAS*n|j{1|K^_*^i&H)y5toOi8UgzFrN(NV8^1B9?yGd?pN7!8;N=3Se2oA^85-!#|
+Ba2Blf~x!I9{*e*b3l@msBGM7L!e)JZ?J4e_l~I3q9(qM#`)+4)T%K9>PKyXTh`f6!((DGqhAXTfsOBJ$c{M@CaAh(joN5McPb=hpaGEVBjpI{naLy*K2Z|
P8w7Dh)eK^3{7N?J26v~cIXOV_hY3~$_0KEYE+(s=_LQTSm_PPiV7dY0*5-l!ZBr)Q{S&t9)^B=s?pEEcld-R<T<&@(-5c4Z5%D)0NnBF69KDm+X2K!BypsD
pSFTAz)(i|&q_=|Mk1Zn&%&Sac%l|J$FE&^CO&NQJ!vo0YPA1S2m0Y9XBvuAc{<|CqwG^H9tK3cSX=_65hF&K8b@Y7RlAg`aq}Xjk&iWaLlGUE9&03@c>Yc$
Zh;Zt@#uFR|1ZXUNpCz`D1(Za(gc*<A+!GvfSwlMH;#x2km@D)K)5gC34A)=(E`viaL8M8o(84X>3o|lW1a&Zif|Ba^8?n<m<bCX5PuO!OADgvF$G!NS&(7{
Xx>VTMIyMxc|-@&3GCn)-pX@rh$Emm0ozi<qTJ$5!XC)8Oq+&`vd&>tc4;{Nfxnz}{|MYbk4USp8G-G}ABt99gq~s&?a`N?Xd6U(>m}a=y7=fO_;u}hC|?y9
fQr|E8(Y$v3`@7JLfcjy4lV}tP1dy%F&0uh1TO$4hTzGoo$VL{IB2IkZiQ$)1CRKfC5<YmNOb8uY0eN-P!N%n7ljfc$`n|{TR=LAL^H&)t!YYhQ#Q!{C2BaS
k-DAK;E_^4ep1@PeQ+Foe)Qx`0gr%O(m!S;iu8>LOkwmW7Rbz10+|5TTYb^$8Qi=>lhW84-)nt(br50Lwq+aKP?cqQ09HAo8?I@g<*QMmZ@v``V8_lL*<B!w
fM^c{VG)JX0=*b&F2GGBb95fymm<V7{z4*(j*U(z+KNujIPYD<)?ltb`bmVF)4%VKXVB0l8uT;Q@aASU-cMt?-ui+3&w|#KxN@c1RQyqHKJE@^1C&C17}^jL
;RlYWHbb`>yxIvX6@5*WSNc9+3R7}}Z8M#ezZEu&bVgR$N^Lt9hDsSSha)>0B}5j>%!Tfd>zGPDG6kK?X}Q!54PTVA2<<Dr&WV_r0*}R}hZVM_;oaawQtCMo
@=!<K>oBl`FpD%R#gjy->AyOtn(0V8+@dvZE8usY;l}uVLqL$j>YgpvUC&Eb`NGpDBdGbX+sHZHzX&xB|8Az!qI$JHuH0sOp0m9O0pX#+zKG1Pb>qlNDaM%L
toQ)rD}rb(Pe4r-pKVIxFDIXyD;Jrglvo2fkiHV(s9Ma$yTyklF`7nHe5{eNkoDrCvEnZ#N>}*Qt%do=lnAD)X+MdTDYbpwX_kB!{X^w82a6qO#e?NMfTRzj
D-4y^bHOPxLb`N66e|@MWIU^>;&V;JfMxY$F-R%$0HlW{d7uRE%&8ELAUwp6{vcgyN3*g$l(HjH=>cQe;y+M!mQwUlYJVwID648&PQYmYboM+rHi3Z_MoaM=
9$g#9Mf*nkq_eIYonQh|6x9u@QakAl9(TrzxLv0%MdT`~Ch{ZkORNsFz?jZX{>{JM<Fxe#U56#vgBJq7(11XHL|Txc9BG4RaiP&63`vo^A#=0RFgbr>jj3TW
@8nZ3W;3297rIR;GecVgY5p4=5MD@%I5Liea0@351s7#m#E{!I%DDKOZHnAd<d{Qow3%|RT@V>i3W*4!ATc?e_Eo%s!$XM|m*6YYKEd0~V@0@9YP;WA7?DdY
GKIi<_3?&<kx#)Z!L`sJ&$K#u;@jVA^v!9{Ny{nO{;gtwoqnh1*qF?Gz9P-fm6lh9r>$p+G`$1;f~YjdkW7xu!P~juI4aFJl)DXb6lu0Mt=5E@rUx@kDLNIa
PBTjL0AvMatwq?4+~vs3|LdT2>NioFRBafvK7!<OHUJn${rAnGN-?7i`nT9q$Y`qZOg|c2*V<`)WLF%IJD=T2M<0ZTXlr}dKIZ~_X#WaEZV9kKki4~-IES-g
WCiE$WEver#u&*8E!e7J)K0a2=1w*2)Zk7eir=a0sD05|_gK4AM>^FbEA*GQJYbEokD*9|R}^WABv<~=x8IfL<d=vgE(NPi+wbs-zhx+kb-DHK{+QjJF&R2(
7twqF(wf#{kq&n<)bx`4thVmv?8b&t*y65Vks1dUs_}t4YN>yb8fdhB;G#yFRjQGi;(h$XZhLzQ14pcxAg;}JFA(JI0+8pK;T(fD<{xAWiH8qc3=(a0(?Z9G
j<H33R<550)~MfOhqJ<0uwzTkW)!osVC8l|iQh)w77yucv@><fJw056Rj@NjG#j>$?>fj~g)nDH<!%v9pE!ei8rN7WX#~J_clKf{c-z_TPH7~ahIU~|z`OWz
*19ut67bu)Qf<`<F3)P$$}?1rt#G4<_ze-i-u@A3CJcr7OV=|(!z7+MqsX*ORJ?Il_6`PvuC}2jmtmi}8b%^m2cs<)BFn`Ky{!Q)fED=;)yQW9M8F19Wo*p-
X!v;SmRjmlDnCj*cvpjONNspK|B!Wb(q_Mb0UEM1OT-i7N@y4%b|)J0nn+qb?TlX+aGOfpBw0-MhEO38g2O}oP@s$5&`y9p>Af3w7IFLY2fq>$-~d#*|9<=F
EhX(&8oWzCj5oBMSn5`9T9`G5+GR_k>B<NV&427b?{*CK6qQ$^$vWIEkt^4YV>x-Hzw69~)qc){JA`<;BD)ofoE8FF1S=Sc!oE6q59~s4G+|3_CCb~lqi7#{
@VVQmWDYVu7gGe_R-o7k6~O&7bWV=l_?%eC6~CYVoU{>0i>~cS3z6_x)rqyb)!v_S#pqCZS4UW2SP-)8+Aq|dF(MXauic5(?u1iNg3KZc_ypYg+q{j8Wd+fs
O~g7Q!wO&e&Gs%FeM^ITu+5`Q*}RNKlbr76o*mnTbVvw^4*!GAqr-d8YAuq+zqifnAKB@Nt6$pbX?jvfmKCd`KU3pQ#cHW%u^NtP@V+Y=sR#Yp?ksN;<ygql
i08#7#3i7uj@7|=fF6By_Ob|@)|WXIpw#5@>^%`EBs4e}Jdk^eccze<k&r89cvmbD*2993Maz(5rbPx-ROgXnKN4YK!Rl;R<m?!*2AmKq&$7u`kLGwSw}3@x
)RP(bEdjU0jrLs;;ozFB)){DO>3rw{$Sm$B{zJH*Bf`d*g0w7@kz15p2<Qj+z*&S<!4A|MobA>GQoWe%BE$JY{3Z+$XMMb=v(RbS&Vyoh`mt+*@oBoUf793}
si)xRF%2K)udh7VR_FtZX1K3G;aYrGSHF{{)RVW?^w?m#X*r|VgbUhMm#*8mCvJl7+0{MAh2v>UCyT`WFP0=7tG6{yA=0oXMzjrWwyUM1)GxAa<K3lNzIa`s
wP5S8ZjHFQ*rh<I%q}hv%}7`BDeZ2j5`t)V%cytnMy7kqOEGDt@x7)V3Q*Y`I58xqT9j0V(ZG^gG+A0ycYpSvXF9DzI;}&gW4?{B*3rpE*~G1E)u!`MR)-4-
Op<Tw>_a+^6+FQ?+B*itMrNl#5h`@cvJ)Jg*V~A558Is(u6}mvt|)ovjDF;ZGW^Rv6mP)!{I_Sg)BCr^<SPNdP*a@iWuj}&2P3m#iIO?`hO#?pLwK||%UkT?
x;`KXk@f^}lKmg5x=u(3U*5a8zupeYggOO1(49HRMM1&pbT^ddlJ1)Bic(#(9l#T<cMJ8A%Y0^9AlP9la+9gt%K8DpGH{Q!G%?{7tsABA+fgLtukQQI`mI@Q
F>FMoUE|_KNqbS>?P624-i`K*uU8)-YM}=#n(SeV+|NzVnh2;XEE?-=Pdmze9qC}I21)-H`^l9(Cxy?F=Fa>l`bo{dt0euyS430iHD2);oni4PAE$r2ApV^W
gE@LS^cjXdsU<zEu@#S7w#O>+mO$QWPgIO2(ekG*_zeN`&mZEJwAcEOnfxqRR^VKT9Jhq-fxQSeK~3p4R8YB<J<{F}+Z=OOqrznov)Hc5MPW1TmLdBUi|h6y
un2(6E?2WC;KNc`b}RyNBmH=#p@Ve0=I#q9s~7gP?D!)w7c5|!-`qLqgrQ@8856WjtX=t6MViha4`#!pJU(~x-i;>#UHYs)QHw-3YT#gDH7rV7vlsbfyc8rI
sb60vtj4s?Q>9OMJMF5zob`bP6_e#)rI8%0w0zPDHy6&q&dqrxh>ZTLirUZWXVlb4oWz3%1bI53RiDoGv;s6_^7mLJV(s~_uLxi79z4^?pqF|Z-9K{#DJ-O<
K@40d#j5*}C@91)0M;R!Jg+PvFFU<htXxyHM3@Lm=DW<GR{Bgw+Wx+k{zG9z*{fkhr8Gbe^9JS1+kJP@<GeIbc|6SC6!P#uVd4J%p@72KX4Yurkz~v0Eu^*0
umvK_+h`jViZ-v!4f)&$?ef3m1>=x~!=fHSN3gx@eE@}|gva<87qMC>i&(J`5s|rp&O4G)Vq(ya<-5WPm<etF>a+;EZNDI|<)DDb8Hpi)Y~mJX!)8>Hv-O@p
{bJ0ZNIMh}5EmL}SZy<`Zb-f44#Hk`xRa&6by0&4m1^){7Nm7yL0T6^m$1=>_gvoX!%$?WyQL)sI%0OqeW&pG=9&xQVfx`L-B_DdD~0iJBfXy6@KXj#gWJG6
rIDuKcciZ0oXNw5ej(fTiufBH>BjVO(SVc~1s~$R!d<937n6V@w1aiHizyPu&kQ4D4z*XmY^C0V@Yj6a;fj=v%9!|($<D$|W1_!lCEZ4u6q_kyVr5u@GuvG6
7Zx1i&t6-J;Ybsl$M6!dbY7QV1sTeuSWcOL+O$0HW}*(rt4eE>1tq1-;}8>+W`%H9@`#J`jAak=Qz0(iw5>5)A8)L>z7_t4fibopt5@|MrmD-&itA|P%3Y+d
l-q0%OL72r1U{ibVS%U{iR9Yj0=DQA#d7_ZMdS&l?aL=ajcZ_jU?f(^Vp*#^>)U9ocx3Q~*{BBrt}{;N!lOfy7*k>sWXeU!Yig%Vi;He15`nz-U@I4ut(3GE
5<`;g5PpX|<6=Fd*z!>ZL?^|hpy#-Pdrm6281HD`40-V=F*?a0m<%P_VS>Tiu{U2-SzJ+4j>;=53r;HX=_fy7G08`+N3gteuTHi2p&{G}i}qohD(_$)A1^d{
1UK|9=ab5|u^@<xO)~^ga-%*EHLi2`zTBv__4RrNBEt87ik^^`T+h~=qur|I!@}hCog1dbmN=82t9wvYrnry!vitCk^o?U!&dlW0s2G%AQdm+@jIMRzver=t
5r`ll(920#H2O*Aw3>pY4W@lG`{ZppiW}V`7y1eK#W)y|oY~BgFIC>Ggc}-ZFtxD!BO4RT>jjM4O%hyI#|5cVqOo%nhoyQj$Z1e`V6YErO@cXsa2gkwCUYC|
N+S#lMvY8fa;eF@{-AH{ht#l)l?eAHFSx~R){Yqi$k8Ji#JI@ZBq&BjE@{q!>pE{6amlt-2Zirp_fIC^2%E(+;7BJrluK<i5-+vp;}RkxAs(gsfQLYS(E5-e
T&XtpX-*||crrp_TWupQ&_65;{L%U(+L!TDZ6=<@*=YR;a$7{2vu6t?ghY`!j$wrtYNSFO!x!ml3$=D8gv2i8(-*rmFLueF{<2H{^nV9JV&I<=BnG|;kQn&i
%8wZMm+=t;8|V=Y^oRy}L<2pdfgbVC(j)rye1#q{#z2qgsA{1ytD{F;j?bR1vj3Oq5sw)yLNpL0{$?OZyknpvy#Je@EzY)V()_GS#g5j7L#9UzU?c{^5o7qd
l$Jw(>J0RVw|X+_0lhv`AxE@h<<_G|u<wW$>E}=B&!+}51*1nuDiu4-9@A?<^xB(s^awL{J^LR!WO@Xxr+OSMrwx@G{fW-1-(vT9=YV?hoArngj3m+OfV#b4
kcE*R@!kP-*VhlIr?)j+e_#H;YT^AFnL07KnOuhY!*}G*x%M6C!H5&@95CzAlF=h1MK-3N26}{9Pxbg_XVoKhJ=MdTomD6hj2>Y&fScXSNRQags2vJDLhPv?
+>9Rddn20-P>*a%+r{-%2ojvVdLsR7l6g<=?YDYz@0inT<^wp9m1)+~{BP}hHdXYqQ8|=s{oS^zxYA0MwsV0>n`W!hwNF&(KB`fn)<G(?!CPhao-;jMRc5p1
sm#*W(8E^M<gJyeCiARRO)f51z4pc|)oY&&QoVMnx2kE2F{-8$x~Q7^H&ZpOX{$1C+D~OZ=53X^*Dosb!>_B%305^j9aPQQC##w_=2gvu1yzfIcU3JMK3Bco
^MvYk`upovl?qAX;$oGyL(h67i5itzkH<1a!t74As!6j!swPtkR80;yQ#E<?*g%qKR!5Sc-&NHJ29m@em70F1(T-a$QzSknDwPAZRxdp@4xxb}@gJs0yf`=M
*B9^E%Cc7DZ-4!@af@Gn_1FFSOYob&{(@S|dQg$avTB$;HhOxN{Xf|Tm~GJC|9~Pf;CCq!1OBH{BnJF1p-2p<N0AutPf;X#{(no681M>3qW1s;MWR>l-v6^H
5(EC6A~B$WBGEvRc$p&6^CgNz-`4#H^fgc<`uxKbiT*EBBnJI1MWX+!6p2Bt2lZ>9NHkC+8YmJC6p03kL<2>lfg;gBk!YYuG*BcOC=v}6i3W;914W{NBGEvR
XrM?mP$U{C5)BlI{~$%8N-c?1@_S?#E@<$?iyEoTH+2+=Klq4#OGZV!Tcv(-TO+0Zq+E6_`rXTTAsL7Vk);AzMg}P9Bj(}(q(5FJ;AMCK?vLjh*bA1r^YRNl
f77iD=rvvl1t(aSh$16$lc59^x@Or6wr;L=;;b5n<HFZxPTrGW=#jr!>QG=KtX^klE3PhDS1gq0=a(CK4r^f0&@m`5C@d6$QBa(JoREC$5^gRYbJ{y!Sn0Ob
UbM?xyIClLgv7W6BVl4h93Cv<p%-E^ghK~Mbrjpp95c&6m^h;&yR_pB_pP+cwXJvG%G{!2<9*BE+LbR*Tx?_%#Gu%~gh0Wk*T<x}I5ltH9%0jll0vb_y<~-8
2mXG6{zi^OLTo&wqI{<`cfkn))(3f_DWo+Q6_)Q20q9kh#3ub9^Li@0aX}+>r^mHB8p%x(dHlMzO2@M3H`d)cux*Es0EuCVp~x#Bzymyx{RX!}p>V^7LUG&D
l9_@fEb+CpLDp4MV=Vv?HF@8V2EL!xQg=g3&gz!>!9>B*^g58TKlO`fdfIGy<!EC#`%T%JTL{pkN;lCDwu$(x4oAFPhWtK*vj6)GD`Sf(mBaQh_FI^|Wwur>
!&N&1k}5<qauq+3aS{)!&(qdygK`h#8?xRT91wWLtk3d8VSY*;cOy<>ll~o}grwb%>Prbfdlfj)M+Oc&*?3l{fQrBZ7i1X_Y6m{ZCf_|z$Sh5+77xwX^`X#?
v|GsXWB>bPvp~Bg-fxLW(*9~e(%rg(Oz+dxYjl0HaMMrZ1H#t^hXP`GQG=t9Wy(@;qwQ`+-k8N+WBHFM`!BbJsrngH^>^2H-xu;BD?C34`2+-dvP}Fzk<QsZ
i1al!_r>Bm9p5)JnYLJOf1#;bKj5EM^H3P=w89##+B-SUl4Xo*`)^kIzbd1D$#7nDd)aV)78JO|<BeZXUsx4X<brGh{hipG5dKk41-^*1d{x}P5%umrGO#W%
Wv$IR<hXfm$|o|#L@+=){+mSk&y-PLid2M($=<)e`I3+hRpDixC^X#B2i78RPV-C(Mxnmo3ZXJ(;!CXN|J1fgj9~-)Q+&}JuuhF<XUl0w>F*k>(|6*lY#3$2
*2PM!uKk3IbdCy>Gk!%yMrJd-L?2@s(;d=jbBWJZOBZP=e=pMDFN!pOm+mpV#2O=B;)@p_D|iXCM~%PVW57#n(nzrw@i<zWk_UNW{yK(|@X_wW!#F%yo0bdt
VxALt3*=+%RlI?VjE#(gSd{FS>?yEU>O;KI08+t`g@5{KwAR}RoJ7Z5hLZ5n&LzV*GFj`n4je_NJV+7n$J!wziwg@13j`{sM4vPv6Qa|iQ_yu>$>D{6^r;!?
hOhH-T^GuwD&qWtN@GU0+Ha#8zkg4Sk3UyS_V?8K9+gT~^&@z0m83h;RE<6LJ@}fiFW2RbMhgRN){A!8ZUsVGdF)OR9*#Umnlr3~CBsUX`48;_-4G1lu{6yC
ZCSC~cNZOjw(7dXE<WJB4;2<ARf**eX)c1lMd*AHmZi=wu|_-QAMo7~jN-#1!eKqK(^WCJM6;yx58xq!YM;Xk_MnA37bh&CA&F%IPlST->yUxq(C!nr>7^<{
c-+i6qaRo!7(Z)Le}BW<988bDg-d*?!TA*$$>&RrKDt7q--J8xSU2(J5Mkg)1BjVO%&!jqTKM|Z_qZ{2yX|Dm!xp_ApO_*8C^Ed_{b(rWPvaEiY&T^jX$5E$
jLsc>6gg%)C)fgdwHU|>+v2_*9ba?EZ!e%-up@CxmQ0{<{rP<^z&A7$0+45tU#gG{vGK9-j6l)H2$wkcLT&D9a4#ci?Qd)F+vha+Ij#A!N{xOwHs?c!k6XI{
&?K0-e{B&ub@JHvJI|v0s)8-wN1!U&ce|NhDq9t9%+w_3Jo-4=_*%|h={xr3jHPa4p65Cd{6YeNjt`*=$5<^wOQ+g7czdJ3c+vvDyAbQp*WVmD2FK9>`zs@a
F$1R)l?eTchoo4c)}6Ukt8Hu<VdBoGSS|b=zC2Kng^n)$Z0%QouEDuOkvEW8Z8F}>+g=Pk2OH2ATefTw4knMZ5n;jN>7&OYv-$n_<K%D8I%T<|`Bu}NrUDwg
>gp*G&KKpMJ&EdEK>Z%fdheeHwyT}(ZA7PZ>#e51R>`}flct-KNCQFOj0Oj?EGg5;JM+kDAl(s=Hd~1uo=;jMg-{V28W|Xe$lJK-eEc!si3o7+6a3b-^C&tx
ibb}`J`iBYgz#m(vhj>Fnhmt<Kp*fC=|~V78;EWUy-(f+l0@&aaw6$XR9(>e^>xIFWVm<wG;WEue^ZQAfX(Qw+APC%WIk?fsQp#ibxrJvk;gUIj<F}+?a8J1
$3P6A4au3QB5d%D@r*^J(+LiDI?1KQCdE*>r}|{N3H~$)@C`uZy`Eee?#e}GhA{Sok6VDV2q6*P5y2>xh#YzMHs_rX48efheB8Z6a7zkK3qrWlCmiWCnez<t
4F)$lz^&aR;17P}JV_6Rp9n}~_=)5V@i`3ZkrEzb>X2%4(u6uzmpy9fKCSnIJsRnK?84(?Ca3BpkYie0qf3E2C&3Zcd5NS(M`}!dF;&1dT6)PFobu>+k!yrd
Ftbq7c<a=UiZqYXd9Z^4AB{#KA)zLtNV#zZn~OE;_AIPt6#0;r77=00#3j99jwhU<#q84HU3h{KLSY<ulmX|65kkQnXdQ%NxJDYHpJRkj$j)Lt1p5SgqgwRK
KqG`=eQH3Wkin8srXXWV)zjv5!l-W{cX7##9u^Ejfg5>WS@Z?6+4;%lAv9F*1X3_c90eo`dkWYSaMn5Mq&&$fei3|H=z0x#9fNCd9>G^|G3^k_zH%yi3!sCr
-#T*|N}m-m3i=`#0VBL8BiEkeoL3m%Bgblbe-_0Yr*7sgs+JC4Yp{#H1p`jl36m!G3||h&QkMs(;ZPB(jni3!cPC+`Rt^ou%ArADmI?wlXRqOHWEV>1G<2^s
x04etyO_0daIjL_2~x@pDm%$;`>k3U@m#G(Rcd&y!4Ds3q)+ig-bx$l>^Ifh4+R8$EQhI+wa<R2EUMXs&L2B_0`4Jf-sU`cLm({%^z9+e-4>iE<P~RBiJ5_w
bA-|_&*ba^^yB`I28+=5ld)?o5eXvxoFBD$utQQ$LojiWiM>pQP2ih!hVSr1t#4keE`35h>`$~q;hX&B!z?dMi&3kl2`iva(z0V{S7cH-WTP^tTpPj8ZvAqx
`_oUcxq!v{Kl~`d<w=)Gqg?cC)20j5NnYuBjA#U+=|5|TXqDquB9vz37Ku>onr#z_Dz~3a+6ZXJN$0+F9Q0b`K<Aq)?ZW1TBF8WqFH#R25auh^Lr+vITEYXV
mfBJ+9lXqdR|9!Et<`9y>AGx)a~7D1F$Bf++NGSO4)4+q(piDeV8LF|mYhwl6HD1~ik+&!sIXJ=6jPaJ=E|zF*A9l{3h|oG>?5foU)xAWGPHGiqjJOAAJx)3
RBl^ust;Fb@Q?R2ccer7KJOAp2ZZ0ce5)RKA|w<!`OkJ80mu$!M^4PI2cGa?n3?qqJdpqqk%`G@+o9v}m4IrXa6wD}%CwGM3DXd)g{f<oAV<rkPV*UfVtke3
X|ySHLp~IuZL8wFg|G!MOYC*67j7!xH*n*7_;nF;{hpE*!V;L{yJRJLN$FA>TJgwxvcln!MpE6^+{agWxE6PQ({WUB@ZiQ%fJ$I<K$bn#hs%1fMUENHB|=GN
R<U?=+5XM~X-_(lx5yfiB;#fu;YI>(_WTF@rifd0yi3f4A+Th&^I~L%-y>)Ed0<iOvK@Jr1nh+x^x)`)tHMqwb<bag@>WJHW38JG%j_+X)9N*D^Nrn-`4(3?
&K>?%!A-n>Pb00A9`lLG5D5i{q-j@xZ-iwOniCxs7n*^rw5y3VSD}qeOFW&Ph~i_vmT?od+BM7Oe&S+>$eU!i59tF_kuM`o?1mjF;$|J-*_*%LcJO8C$Wp1%
NKFrD@Im}De|gj1U2qmX=(xYDKpOQL)lGzjIaZmjDAOe_<k)I7!>RKuXp0DSjWU0w)zhyr4Gd0O9G+HzyyI7AdC|Cr47kTTq}dh1Ms)J4jpu~RXXlR=d$(I0
#tbAPFdCVS8q4GNhjIm;d#SR~@PP~a2|b1$yGF<VLr2b)zg)%bG+wnYQfhi%gMVf^#QS&>L7K0eA~;hcvoA$kqN6Gx0p+jHSu3n{ceNGA9a;83!0qt6^q;ke
BS@p0R9Dt8HhB6BWM#d=0(v3R>T!2$CR~MW2Xc4NYPT7~TfnLmyPXU@u@w#>I0~DKH>14D^6dS9_Cd*-bO%(pENTp_M&xh9=S&uUGg&!n8aN~~#-2E9WKYx|
w0`@)9BWm4_-LmYOXj1XAUatOF$`gszNSN1MetWM>Mhu1KvG<EWW7<=ICTO2I*tBQ{5@YcKl!<9y*Y-Nz6-JE>n1cmcdj?tFq&bdY071SPu$bsAr%^2Lj%%9
IDv=nj-9`-i^d$=OId7aagBT|kmeI6juV%c`=<#Tic%|R_yijlMx)H4on`0Qi_>w_7l|<2)z!lbji0ir4}6T4>0BW=gEl5Eo1rHL83)-N`s=deqmi(FLY7+U
tRKq<rH97R$+R1U1_pT`;!%5z^K)Fkq!$~g4Co0tKYt|~m@2?HXFVT6PqA{)i?d}nx5O@sy5#tX$mm408#m|hM(t73k&C2Z7>ye2W`Vsj1@6MW)Y;@YD@}Qr
FR(!_Ngm|%n+z*-;~_B7w}{%#K`DvHZ;;CzNiaCi8hy3gn7f9>;qNrki6;!UKnGaurAWWkEHAGWOL6E#UA8n-i`zV5;E9`k&XZ;-=wary<8TSxYI~K4f*D!D
xDx@o(unw70`9DRw14zuarF3+L`Od}BRBYk;qj#+-k`%)+UJM*jS)vo7)}})6{|nYCKvi1bm;v_qkp|hqwlXD#AiT)mk>fDz5pLIdl<KD>)4$PJh6(5ApOY#
ku1TZNgupIz+<o$zlEELN#XGxLJ;^txHk$Q{m6ThI|FJ>CVhre7*k;Op}WE(z)dDF@I<6f0!s>*Dbq#dS{&6smeVjQ3*~zBC$bQ<crxyeJL9P$o=!f%y~wAu
ncaSVS81kHVvs`%?YD4#_0Fki%dGTaEaoA|cFO8yXz|=pHbacw^)So8OZD(wm7In533aZ0Dj29GodzEc<b!p?2wR@%tyM&rqI;};oVK>FSfRzaIxB5o&$S(e
j#}(xxMx=_9tg#=GU;TYLc12P=W4OGt`(_ut<dYV#tJyg6}V7Wf$nr>`h$K5U;D%Ff7h6`pL`&PS6sAl6-Hh!#;-9;OjE+GR<b3o)^=y%77o-s(EgZOSNncm
Hk}wZBivB?)>_;T3JtY4dJ!G74jfo+v=HgiJ&k?<p384fgwF*ww<NrL-)3?`tPo>bu-T?G|8t_{x+F0Agr#ni_DArxX7mYXu$XR#<~z;+Zz^JreDWDirB;fk
AA2M`0Niw90U7a<sbFv2Z_IN3-qD--&@Wq%QPkuXigaf5F&T($ghPNeiMzf)84eq*Ugl36Hn@>n25X}NFQzThNsssnmXA13E4N7wk$z;6&?I)UWPh%b6J@Y|
KTl3~Cb_fRq$V8^cOAK@#qPSlTF&8@im7kx|6r_!^|GFwv>%5hR*E=5hi__0!e1^%Us%5wMO^!&p2m)eRn*@vksk6DkbF%jP}<i+*1en^mZ+HWE!eLsl$AoJ
_#oNM?o*mrpuGk@R$^^B3r7bD4ocnRGL#I^SjE0mZSvH(Q9W1vi(EYi?I0GBD%CqJU1f778ACy<D5IUq>2OqzyYRhc&7CgT!0cq(O=x3OW*!tH84+jW=(<WA
abem+;SSt5m~jn7rNValp`_J8CKN};qUh{Api>9AfvtYexaGtn<Q+D&xJAfyTdg#3qxJ!_ZlkIFVsdKK%-S$A#S%P%+p~3F+HPfCroT*oW74+`Gg30-49}hF
t;<|i%1+G<b`l{l#5Xt?5loJ7_|*S%QyZkCA(W28OUVW<HXy+lypcWQQvBgyS!r5`N>v8S8o9h#ur6}tUXxRvU0-f@WM}N##gp(XyKX1N7fZRia!9!=R4R=h
C9CN}Rwj8P)JQatb50Z4Lx#hjw_iG8aCs+QB%AKONuytSU4yOkU3mYT0G7L%jH>69{dM-RxV_R?*+K?0i`X1t^u_XNbGV7Ph>yvQZ4WyN8CQdmDN<_nT#QeQ
FOAXTAR#I~6X6U!CzC0TzoZ;Fy;4^u$HS2?m4BG&Ww)%H7xU^XN6M@-4>D5g3jPq_ib$Y|Okr?^hL%b<HZcZA9hqVTy>W?l8{`MagrnM$zuMLV_1YS#lcv_*
;}X3h!joA-`-Bamv|U#SJDw;bh+N>;?0YN1jTxil(~1ZaCq}APboT@n+l#eBb#-B`D<dP7$>EC`J=Wpdd_t4j#^f?jqo4NoaJYy)ai?$Dltha=^(USp2`BBl
(U9L5d?-P{$uiTE`eHispN~(<P>K#%d;PKah&2A5bP{S?X#b_|Ltb*RxR*rlF(k43G{&M(lQ9fSO#?M~Jg&D|Hv1<vn`$#G1#9RN4K69t=*^#Kq=W<>zrOb&
ZUwj-`jdSH$*>vrrlQ<V*?oQh^sEH8I3dQHuoM9(aO#|O7Jz1h;}(ZQj9;3;_bKUm8}Lkoy>Z)zxVeCv<F;Lhw+Lj+ph45Dk>g&ggA)PGS+R1V2wu^ialUk(
J3N|SAGq3g1ue?2I$bO-DBL9MgS=JgGmuf(U&vI7srW8`EBn?l_!|94-ujyK5Xh}R6m93a5#qV&$@o^2?=;93zvP+}EXCW}OxO?Gm!nD>aD?#)Cc^TaE77*q
$AXIheVg-ji5LgT>jh5;_Ye0&!PBfAZ2(P&fMY(lk?+;eblY+Ur|?U%E0~o*<<c~bXWIv2bWju#R}h8bBPt*p(0%+qkPaeg+}Em&DX?xL2i8nsr!>;Xr!;t+
)Q|6zWq%U3qSMDu-WKq?aI{x?TNLRT!8qs&V{48Q<QUKtmNU2spAVFoIIs8W)lq~Q`Ae&;&}NJBK&)~?w_USBitSMDy6iQu7>$`W`U9aWkaso(;tv>^BGv=Y
dI)qC$!y(v@J|)uAu=j90VO17mBpu^lQS=Qea04PZajJ}!mY{QcFILYFy3L=HN3G+jX$H|(I<>dF;MG5)^iowR6L?M8-K`foW+nBj&ef47uF#<s#}A1J7Jlk
GdTbx9hka)FlBR<Pj_VUUx?hPAIdsgrftU}R4JWtDUx!cQDQ_fLw+2FZBXfocG$;FiU>vtA8{4hI@je|H$;3_#Ui+Ke4R%zH+huh;l_YOJ}qY+WrgBVw$$?|
<i3swZ9ZxzOeHN!@pw^s?Oz>Sk&d*-Z?wUk8QoHY)ws1GE+}P{&z38%?;&00Q%dtHE-LYWe48_@+7_ngG;*~^)WuTLZ9}Y4=3ztQfv~{PKtxv5x^l!uispin
WzIw4ekfEVA&<h3Of_H4{+!27!=sG^ti7d5i5c31kP)0>gXpmIjEnP#3furF5fULG+h7;Pzp7M?y^Xbh;lOHNl~;0F36^Be);Fx;vqFuvm-D_YW%5}j3+ct%
%Ds++7do*`Dj^D|Vi4n0jFP;$5Qb5WKt)HO;E(J7%GfYdDf9qjge7^SxPX*Z@#_%jS38R%BkSN7f347BrOXpFC`?&}@Y>p^T<rRopmdqqkr<PL@FWJPm{c3j
#dt^gWy+Zc<6_fIa2M0)D)p9H@wf+G%<VjWDWb>_S!(2^2-7pURdw`~NK-~-DM_is&aebK@I~Mg9K-+>t;k@G8rKZYKT&QNq~xYnDHfz4;S3SEI>Z<REigUo
Q;g_<Qf`*^7-R%y*(1D+6mVoB@#kC}R<8I!SwO*Z6-UVH`4Ps^Y_|-CV+F@3VR@y}g(JQ5AWeo;B&8zUhe0Yv6E7|@G$s&2XwBU`SA;92c9-iWs{l8SHkK<d
qg<{F_w_ps%P14TC(+%A%*m^hDt>xfqwgqP;kTVQ6;-SVRW9_bssF6~-Tw1HX?uC5r>h9w{yxD0h_*b1Ba84B&OcesIheB<@)cA0@OR}YGvtQW1(tb6dG3dt
;4E8&{m2gtQ&E2u>ryw0J&QIDU~)i=)phceK9}3=$cC|M5l=M+I{NYEuvsyu&HBIb@ktN^v1o%oxCym^S|8anC*Uq$?!a$Tmp)2cJG}NW=kLRC&&V|%vIHqX
n~4iJE3H3y$GtO|ONW$Cji8G6*b-#a9<_ej9yRRI;15X@zem?r`{EtlGwmK7`LG_SVywJ*0_#kmiZzTE;moJA%@gU$VqICi@}9Bs*hAG1wex9dzq~`sov*_m
8t(nQ{3N%oIHf50qeJvgGJ1j@2Yyg;E7NfNvnv{DWraq17iaTu05&b!h?Z9@NS_L*+jz@Q#WgwW3xvWf#-PXu$hMD1RryCDmJTMzR}BztbTh*ygpRaFy{zqK
(jl|oQ^zlbtFUWFb~TD#Ubu26pvVVsPducv($3QP!Gcx7D%h1Gnho8}e=xv)u`qW*#U2q3?Y@M^#~EyL4;|@^42E}ivAv<vR5}Ok%Cd)d_2n#eXW|0piM2O$
723+<+@^VlTn?~77jutrD-kzq|Af3LOo5qBmX^pYdJ$i=^I%yG8~Zk|$y$rDY?Ccu0)tNsU%n8nSUlg~7SIq_anjf5lXptd=6*CfJbs%xnlgENz!^GIzc01p
-2?nQz*V766lQ0XiQf|u>;%&FL!u)(k-Yv>C;X;>yBM((Aq-v~8tjFfKbdXwDWI{v_Tly-Zgt{|AA}Ux4ON~dw%AKeX3s163mSY<Ka983eJ*F-U7=f5wIG`@
wcaL;JCWB#((-vH+)B6xd$wm}qEDy=Byv@{@iKPek<M&r?G4^x;oKE8q?`dO%3X_*Yl+WhIE83PaAC_Xw0Xy#gkr{<*ydbhiIP2lk@Aes#1sh_u@h7R<O_||
0lV?pagZZ^Hy^7Q_Uz40?MQQxw8EMW_-z_}?Zv7bF*+>KlQugnDAW(x3?Alb31}fK&R)9-t=biS9I9pTL=tXuD|ZvsT62gdVuYjN#yjv&zu8uZQ}1YSKep4f
C7X8fY^Uk%gIl-#`A*ZJy=Js!;ECVa{PhoQ3N=i&jGIDD4+_b$5_Qz)YTT(rE%hi-Z@fx7&sB{y;<)A+9?PfsS2-UA^yC6#O;o#=Iu)QDWz`WGfI>ooLuf5s
(|j_7)Xc<OG1skV1&xtsg)Ur**5)irT>_~6aK@Uj$g(VQKmq>F)(i{p9ksC97A^LiV-0iANZe>9epkS)aFe}PMJVw(II{#zEu9Ko0Xc&u1Vo@UaqcCI_?#an
?|H$E!uc+6KU;)!*ql{>QZouOs{lQO4_rj>fEBI|$ZNg5JJpaG8QJ)I+!BV0vxhEfE3_TDYrhDUW!p{}pWq*)2Ff&J?32`GyiSj0_%MHS>Au!NZ<s&Zc_m{|
JkTkfRJPjMgjYo0*tFkmt7%3jk1z@H0tT+Cw`Xp=?%6kcP77Zo%$zF{x4&AHbhF;pIVH?x&yHv-gk5UsFm;h^+j$S^XTI2}$Vymi?_@1n7CRRSWd&?=H|a*E
(B5}arck8(-}ddv<4#q09fm?#{F~+nTSfe<!PnbU`<7Gu8Y{pa`OKk}$dzi@Bdp%!Q$A7g)qA7|%D^l;KwOCPc-;J6dEwbed0-wV5An=c9m0%BdsmnOE+rnv
waNyhl(3ip2teTB=H^3#oz6tdNp^pzrQeHDHkvjiD)>8`S0~wfx^ss)tS0YrN#4nx;Eg=o!~B$@WF}W9R?3%A#$58sDa?4<E1i{#S_RHgww355H5uDp=lEZ(
?LW4cv*NdgaPY;)MsvP!g<7(H%$25UeS*=Nhr+C-_VbYIm$Pz40vZIf7u(IDwoOgDlc^dc`M<=p|HYzS@UIA`uCKq+&;QG1QRk}Z_+=Qoq;|L2mJY^_Xidj0
K_EhFg&olXH|oqh>btnnBiw@a_%JeqUj?(0t@j}NEus5iCxUGe$11m>{Nk-S`v4t-t#&y!sK_E}9xOnxAau6va%8`9k*jHY0gGM8>?)bY(7jBSAB$bwNpD_h
>i}I$@UGd{>jf;$JN%ur5~jm6m*p$aaYMiSA|`m5SiAf$i?vk7M+}$p_>#Rx3us(){j)xFDAW!g&|l~S7MDU}O;OH+`W0nzYDp`*RQiNptF`RQ+3cQIJ(>m^
JmI>KHyCGwv8ArUwr%<Oh>ZBlO1jJ{X4KMfoU9<R9MIbN^K5D8JaFQz=OQ+{a`~!oeczxN21V|XrkgC0I)W?~1=1kodiCRbf`4FuHyu;03%oZ7c{%ANV#S)0
g~B|TX|r}1wa=e)q}`v{=l?AN*!gM%utS<F2Wf-z)Nn|HYv^%P8mK(l4W{z~ZyyvE?&lvAjMiqaj9o>A*UoDAJQ3EUI^?;cP1c(NPxzs|{$G2+cw}L}=mX&c
Sbfs{3<^yNkM=SyEHzgamJ(n?c2*ABzWiWV9<`Of?f&9R#;+=I$U`eD7saoRMMF|2Cc^<#R#<&czzAXnN7|wYU$#k3S@<$6Fi;7yuE5@0xRa&+;R=mdDl~XF
i>P|Ch^i-}L|AFVdoAz$0i#6xpe4CF()jwi!@}n~k6bYX?&H?1vJl3?^~`!M!cQ5;3@!rKNFz<L>M&iO>7Nc0dWLM<C*o^#y2CVa!9a-^3m@VkLJoWdyRV}N
?EoF_Y6@KO-wh*WDK$@qT442_f^YCe$M;60D|1r$A?QBS(C28PEUaQ9jlHsf(LovdwuXT<LplbB`vrQjhoZpIUZ2lFL{Jh#Cssg)GAq?8vuBxr5@LcZu#-iE
DZPHFQs^N_4r7>z-sCYC;}h$j!It2o6Jm@sgcAK>W8L+=@l8H!Z+T*=vYIf;go*Gltw+gsSs7u17Dz9Y+f;^UxG~^Z0F9-+P*)Pk5fz<phQ)-&(}`+MK~#}a
b(IMnYZ-1_N>d7EOCGigN$R*#W-eqyN&rgrOR#3((Xg<fun^Rp_;Vd`5*L&T5p=4aUj>;;$@2KE1O&2BR+uQ2Ya&e4h7zUZYRG{kI!_nLa|VtG$W&mgY*~lH
)g0E4DtbNIU%6hltW%)GIZRmiG+xJtM+C-01cIp3UnV4=%IeBZR}|3=Fg=`+AMM${tRREvkW!h9&?sLzO{aa*({nu<Gn5;6kMm0kkD;wgON~uYTG!aL&t#=(
y{JwXFKK)y6hOgRgj<sKTts*r+sO@~!w32KqE#!bRt*W0*I~YqAJa2&=R_JeYnGUv;wan)yi#^6K9K=&kcwbKQc8LT`r;CIvop8Bg^^~E>$>oedeKumR+n?E
E@fakg`40M(wB01;~^k+U4aR=@IVeS$-o=3SmCC|(1rHB)P>|{Ty9}TYx$!tR2~-ZO8qSO1p9~hA)+CE9BGa-xX{?p*q6GHPF~VwbsH6GeD?YWJ?Jnbg{G}R
cqpmm{9XOr{9Tdrf;D5u0dj<Z7{53aQIuFN=DTM)3J&h>4&uUHs}Bm_!k+I_OX^Kgq0GRP=&g}DDolweS|f!iA<0aM3T@o8+zRUQ5pJR-hicWFzb}M9Fmg|%
MlLnhX5!hLmDZ1#xhy6vsmE?^SVf6v8^L9!#2$^bM`23rF)=05*|M#p0V{D^^WwIGmAL)C2rDt*Pq7jMUd2ib_;1BZ4EW1fi2)5*i3Y4h16HB|E75?J_-C;a
egBXu(LvQh)ufIpv2(<-V%5@rnJV#w(GCQen4nTAGzCUTP^sQDT&w@H`Pr6D81;Z1qT!IK5(5=-gnalKe$u+VU5_g9CjEc!(WA*sm8vx@i;)@Lt4Eb!|3|n;
KYvPp(&IfNRYI>)v7^ajdM%M&d#jEr(S%*k{>KiPDnaY19#6|@qf(iTXJiNUTkJlJ2=O;V8{avg?#IX)uOCpif8QVrBUR$v1M03V52&ZNF<gI7{=aJBz2h=X
VzRkhhWf*|<<GhH?dU<v?)vrtvmPxNRYI@G!t~QXm1xpaJ>J|vl`yB*k%21FWFR-&+(?z!p;9$9P$h((>cQsppx+y5K2SZf>A;t%67;i4O?z^0zuA*}rzySG
bf7|&XkwsB$oko+912w;=L40t!w)KLX@N@j#(9-)OKX+x^9mK(n@*2RmD$L-Dzh41Wmel=)nw8+T0o5IwUM(_uhq0ty>{g_Rnz9}R88Z*RW<!CNM-(3rpo-2
tt#`(1uFB0)L7cSrD`^(r>a@uc~!Hk4^_>6@=!HziB!#heXeTpov*6p$Dyj0PT8tf)4Wuzf)iD(qCQZF5)WTfX+P?$(ta0dAW9sk^;o1bySPZzq}dQvlY!qV
M2XYi8Hf^2s@Jxe*AXS?cU3j-t5o#+>Zl>qNWV1@CG6?pR7aH<NiEgYO{EIlt5Q$8)IgQ^Pg5lppZ`@~pps?X==JBn{_<1MufKYX`t=uw<G=n)buR0{%tN6{
P<v$hqW@2}17;ia_dlRY^#5I|MF0P(REhroOQ;h4>ro~8|1(sHfrI|PrAqXFl`7HGNR=4W=YKX;qW_;$CHgl|B^sy_FH<FYy+oDh*Si0Jeg>*U-+!1YG3X_#
#K1nUP$l~GZrx|lD^v-37pnLMtV9D=q5&(>fR$*#N;F_48n6-#ScwL#L<3f$0V~mfm1w|9G+-qfuo4Yei3Y4h16HB|E75?J_zz+ws@2ka)oOj;GWC@!8a(5&
MjCL_fR!lw!;k2<@Rc&P{;g{D^ZOcU3)U#tUCMs{I-W;9#zTp%Ky1m!WGI=(G9nEp{jrUJZSZj1AI~?y7%X&`64|>cEp!XLhfESY!8yt+1|`I##6vMEa$#Tz
S65qc`YETA!u2mt-4`Wy1K=SAxBRYrHy~^VG33n%djqJU%%R9iu(r2bBd#g1s}RZyi^`1LhbikPjGuu*!a_nI2n8hg#|vq9uHfe4=QcYQ3l=W6Hlj_oZMBdN
88J!8hT>d?CE`9J?t39IM>u?RY$vh()bTS7yooP$<fL}Ap*rREh1T@G_ST|xp?x{MZ=s2EQIm1{^TQ}QGCCS!QM`XbfZ*9<C}}Q^FI~JtsLn1f6-!-;Ed&o(
AMER6xNls1d?KWxY}af@!52KkyzS6L(uON>;a+7;?9i_>ucy~LS2WV6S2TKbS0iOg@A3F;ZMBZP&ob-ZKD1@0kOE1e(cvgC*f#(ikwd0Su~3|uT_EmQTs%!!
1B(KdSs~lf`AL%i5i`<xK1;2y()G|<=<aCAN%lg(SiypAv~9vRsrF%ecCWHiyeV5!HQUU(S=qR|8=y(GZmj$c$4MQ|d$|ZXJ;Dd<+vnvCz^2>`XX~Zr=_VK9
tQ{Vn$Vd}E;m7=Q-GgVFz7Y~&50rVK@bGm$V2i*f+AYfuh5CRu_{*u>4dR($6pysyQGF3fEoA~h2!z%V2*zrk>mFgQ>by_{TS7`*k#C5j4_G71V$W<Lr#N+!
cx=j!jsj^+K3qte{2L|XpxqYdvrHrjf3Y0>+x5!%`PDYpZ*Qi4A|DuT%`gC~)8_%p=Fy(;(^~)M6#Q3Pz|{M9s@`jt58$Rk>}L=pLO6tnh9X~|a1Z&F1aQgr
u0u@hc(J)oyAKVmm8M+LSF$(L99~uMI9b7(s!LSC)gk4-qu`^{cD56y!C>EU3z1vtg2JJ|wr_X;_o_SppODi#FBjqXPg=|i_m?f^=h;3~;*YVm;!B|zHV0Fq
U*!un)JZ}>gi|3EcJo(-{To65T;H<hgDoIy=n6w;A^Uy(qgGM@HX)tou~)tSn*{hz6j5JxRB*Db-hWbkgSw)<Q0j$(!`!@BIuXx!w~PQ3;thV_gJ`48@YBDM
VrqKVt{lLx39+aD$gmB`4G?~64!Efr&&yWpCo!}{Qw?sa@5ootF-owtaj_IP*N*2RJR;d^G#L<?5Rs0|Hk1Cm0UL2Z!sb$oY_;?yE#+yM2464JJe9uVQ<`Ac
zZnwxUwPrFpe5A%)%ebSIrD*3j@3L)*QOOhfmk4CK#$fQ!eco+SDTv4uGurx#0c%zIGKw{g-D1*X+B9_f;$9zhj^hrq?jX?fBI><*3%vwL<c#2dbD;X8OxEm
TCa8NS|LMCjL;4y$y~4(gh3ecO!iF`G9e}<Iu(6~i#crhN1vLJe)wx%uIp;KR7I9os3c}&t9`eq@%s<d_$bz>CEEvTeYY)2qVyUKUQw-)-lIRm_1*Z(p(ky!
rlKVQ)}G?(BCjkVZfoQ|5suhCA%oJ9Z$x+mWS}CQ1>;Mgz@Gh~BZ3JV7w5R3-Ai})9r8tFqi#s_<O<ibXixN}L~)}{@_Hd?Y1mv5X6KOC@F;hbU_?t)Gqgn0
gd2C^DS|`Jdn~Haq8*D8XVd7zBA&O2B`6Q>(N7N4+>K}85W?doZbidk34)2!C-*j@C72#(&`|8mDYf*3hGWai)NnzAt2b(-v<n*jj*S|<gMJzxmk=ET35q^^
ASf`v56z!3&Y}yT?l64QyiLey!@7*+fO-$^&&K@Mz8QE^xbeA6jo9r|6_}2WuRZK@1W*n&^_l{i8WHw$3(n6wG?b3FUdcYGG`5I|i%&#mxl(^VwTZqL@#e8^
?9Bnft7V#z56DNxg!U(23^8{xIF?~$^6TBLFKQ%2YaYT5hL-qvgu_BWlVSRnl~w4(!E=wd9Y@7mimLBKplaHEJD5@yS%n+37s}aYMzS|(eC70rdigyk3*F{i
1uYR69Ebw_`V#)5F~~KGm}7p)bA(@eUUU$)qa$lB4;M!CnMN9kFg0~l@dVVNH@9G!wH-`D-5*TBTHzU--(Q@CHanbObQjQdxV%5=7BZ{dj5qVvU&Cb@?R~yw
+fHF$=ERjEj3??3y=Zthr#F9sw0h91+#ZdbJ1&TN%0bI6o)#f5wz{wa#l=@w<Yv|P0`)tw(t(xFUYDHflKr34;C$l3lSbEj;og9~5nzw+a9`Z`TLckN(TsBz
67M6plOWQI+!x6`97uX^5R#+gV?~GwjfMyl$f2%Oy!ae@fj)}I_edb_?I!qy`Ui^;6cL{3fo^^L1L+LJ9|2iCg7hI=H{|6V9!>|1;3)rOArlATUiiM@wa44E
3!3l{qrcK%4=I|*ZF_ME!7(B6fYLIPb4AGZiS~*`q-za_yB_CKW0RvH8|AtudkTRN9_}50NV{HK8t%wNW(DQY*d+k$!lPH9G}4J9ZEtb@F~QLRfIQuOsBT@7
LsEkf?mC4dT|ec#f_y^21+B~UNfY8AA|fRo;dZw;PtuVKSzZ{Pz-&4tHMG#wpN5zdk^04T`_<B~w93Ei*GRqbIv!utrsgvr=*axyMJ>LhOND#~!2uk-L~=<-
FL^mKH<r&_+eIzC<OPleLILC($q=$ml`Pv$)sM?GkJEVQwQQEvTIA<X`;lQ{l6vb3ZXup<*t4+S#3Tz+<Kv9UUJ9kY=6L*<w3w3`d=ig0rl&TI9Lk7MW6WX0
ykH$0Vy;G-uAjljra~-Lz3dVE7;428)xP&jKQ71%f*@RRu8EKs9dESA8d?gS^y$szJ}Qa#*c;;K_^$vLkT8LS0Vx>Cm=M`GOu%7)v(L$Ihacyc!MH4^Z;;1P
cnBvDd=8gV52E~A7gH($?S#|LIm1xe?1+)@F@j0Zas3Qr*LRe+wTTH~PVdVCk7Lw7yiFC-?S=;X>znf>A+T1MFsTDr0<zE*z-g!{LbZ`B0bF}wsa77=rzuHN
*(=MJ<#!=XC;87qN&>h@d0bzrZC^)(ILB^!OD&DSDz#o)O(m+*Nb1KLX%(KruhNEj`AzWjMS($s<+yT+7QgY7t0?^bRA~t+DcQ0QzGN>xa$k{m1j6^~-(8%$
EhtIIFV3tIbG*xz2)X-?Z#oO;*<l8T7`<@hm`RBEk+qzkAMHjqNE&AX98j58sV}pv=iipovFn*y-?Us^_FN;Gu{^UL_*?$lBhx#Gq|t;0BL#bCAG`P{s*X-C
fI?K^lxr>6uU)@P?2H@Dz^w$_`O&>cB78OD5_zozT`4$q3a+86-D^lwftdB4HAq}q?vo`H6lPY6Q0km%AB}eHzYVm9>^tQ&P=uK_A9M;r?&0=f{($_#eZ#>M
c_f*r5IYq;;ek|7?Wmr<{Duxecpy(Fpk`X>Q(Z2^Inr1lEYzPyML*Uq;w*Idly(T!m(KvfR?$~)SziKk*ms%h-VVmoUFO}hl=tF~$ojI?4uIrx@v6>jpwy8k
zv@VlwoZ9eYSNo!YN`6RY&FN|DBtKu%|mHFU+!NSQo(xtVK`ZdG7?X0p{^#yFDgU`rBRu02(t8=>opP3e3+H6I0N}bheU<|@{;io2N)hAlLmZI(Q)x8zifNO
WjP@a>AFS)i_jU?%aP5>MIK85jfJtBoQ|SB5wX>fj0#=yYy|&h!Slo(H~Zk%SvEfO0Jjvew#QS#3lm|U%Nl$1lFlW8);{8%tZ#Utk>2=G^CP~_N9>LKrt$>Z
e(`ik4WL}u8Ios*Rs{t)fCrt=GcLr24W;7oMSD94qzCCn-X&Hd3Bg=9{FYD+XJU^ZLuF;vo8dbI6(OfSJ%U!3Evf7eXbjA?w3>>{aC>r=Cv5-^uNH3{xpqs~
4<#;nYfzB|EQZ+##)es0tw2s|*LW;2_E6?tT<Acx@0Nmx==eY*`AU!Z1eO@C2$3Z1a&U^Uh(hzDd?JGL&?>DZvEw#sqp}l^r6r;G*c&n)!bR)rHEWWSE$T|l
#*wx_x*>m9uv^#zJ5$6W9pIT;9`3DqSxB;QPHCjphc);D{+T~tes~X@Ll4{TZzmA0%eamre6nT1R!5W=l;@oogeEwCID-al#0<BbhLM2Z#*MCGjR<F#ZShP)
Zkh9nEUCLA6CUwl5p#=RC;IG4*?HmerKQ6~_;}!QJ1=C`Z#<tA^wX3=FO=<lXe~@fLwhXmFMQbV;I|@td-d?4te0!JjfS0eWlBYV)JQFvCh-{_h6N6{oPr!J
7R>ty&^nkEWmka8;u3OT11fN5kO((78*%W3wKoO)Ar^6Kyi&v=M01y+W_W^nkheq_UbL*r5^Z0)+u<ufH(}S2>}p#1u9Nsrz`oQY8`*6N-v&nz9E0leEvTrX
Jaa#l^SeNXtq^-n9nwem?S$i$Y3z`6bnqaj8mBjTb>#Z(f3vMs@nHik=U7>ykl@fT(>QkZ8*DBXhkgBtu-eJqS{cV^xE>WBU2m*4&Obn(q0zhIJAB<l<LB}9
CJSczPsn<{Zf5fH^m?-fqa9u_&6}i*`|>mu9%%6BjT(HJMwM19g9cXJ`g~g<D$3Yd1Siop+dE{YK;9Vr$!KxW=HLV&tvs<>gtWk-RWT^5Xiwn<_7-&F?1duC
UFWvm6HS>ne<1Wm%XRMHpDApBq%6^F3mIyhc^!Q5hU^2Kt7Ryl^pSonACTqGQdPJ>h<}hLBEhxaa4vHfdCg*@7Ik@YDuPkb#%#UvsoE6JW+*92s%4Ki$2mVo
gxJWa=p?iUzsBMH+8WZHiwuck=?(3tgS|4DRg#&D%!@vZGG^=8Bc}moWfmw)Yu5}*YhxiW$(M#d<ct*0<G0Brj$|1e=~?}4xjA<X>%2c`q&q(`ECL;GwO7H%
TC7cG{(FevK>fEgP5Xb?dk^?3imreBUM{<L0)(blL~)ni6i5Uq(yMe3kQyMNmn0;FG}3!H>AjOq8YDmnA(X_>#RdurD4?LIAU>ivdzq-encaJD62RwqcwT@1
|NDF2@cHbLyXDNxIcLtCnce+<abK+Y>PHc-jJ-m7WTKxlZZeLDZwYsm^b*X-R`R|MduvM|{-}V5^7qfooFR@MH$x_g=uB?vmIGrrNY&C<fK}&4O%^9jnnXCG
dG(LjJV8Hbzl^c2U!i9>B1s;MKrAHCA1xZsy?ts-$tXG=ZznUzNU~fcEAb3696Jek7Ve0j$IppL;fd~o2ZRTN`=bCdh=|ikD|$maGWQ~m6>$WfaT#|MFbCLd
Ts|3uBE2I5GZ@Njypbm2!$<v?P7Leb`hovMA47Tk4t@g<z;i|X4xOM5A&Y54NBsVx(oiYSpoy3Hi*UvH)Le98UWx@wq!T>fp-bLIbKV;6KGPUv-`Ag(P4U%!
84>p(jU{i<+0hc5Mbi-nGI-l0vVb;Z9IxmwUW--yKXy4-iWNLA&~D%@T^;%gM8&uPltSO&@taV-B8&7z6}&C>;(qVKH#Q@_u^IaQys-*}auq&ptil9Z1ztZ|
_dEaed#N)Hm7TFWbH*Q-Ggh<T@3P&eY*(kGVEtuh+`zxehIH(!eZc>mvF&wZ<zL^qt&h-~$H9iW59IN9$X}2}UZHh2#*&H5J8(dwhe*;-8od=>s;f$bivpV`
5>Y|AWB?9x!;F(e86{Xo!C$7(L>$B=Y^GSnKVU%mv$fy^>*qS4WjkhqAJy?IWZE?xD&i<S`%`Q#T!s_26<g4S*(p<E*Puw>6b2_FI}G;HKIWkFPfRKsMn&u(
(-j9@j3<(@*he@67$qFNfOgrJ+tY+A6;h035$_v9%58(sQLUe#?dm7p)s;c=HKBl)TV^4*tS9T*{X&hHxAJZP)4GQ|2bR(pM5xJ9WQUeK<na#eGYfjZnVhCh
Pc1G>AU)ZIKSdeAjpW^rOklc_#F@($cjQOQ7LU>5hdhaSb~*ZsP30&mJ1xyMc2V5=Ck@`D=<2#qq%={sHGY}hKRnb3MJ(?|uyVG^O+2kMv53Fk*u;^>JXMxJ
US=2GltDVcxVymw?rx+$VR`Dv#;RS>w`P;5lbDyQ2bkC3>bn~0Md?T8rWX`9ec1#JJk^9XB75mXR^k!`sm@cW;C}u-cyARO-q8-4x9T0i6Xr$Q96|@8Q;H!M
?X$~r5L`ESuN22$UGNX#mtW3dmC3J$nc^7rsW+sdI=lr>;68fyOjJI|%PR6X@;PhE`cNaShU^Jr8d)c#-<4{lWd|{UL{Fc<AVeC-Ar7DUZ{SwLw74hZhS*Hf
xp=>LKk!A4TfkKrCS_Dz(uE29F3Jdjmn#pwOzR~IA<08o;9_u$+*D<X#X(I}r|0At>_g0LdypB7q+N-@QYKTtU7<ozz;syw&#`bfiT(MG471F3maK56f1v>B
TSK6`_~^2!@Jfw7=(YxL*Z0@?<@$p&Eqq3kK<uS;gjGG1#&%{U$x--ylkyI;-Fr-VnM#`Rx!l$sP+cHOIob#sd>bS#Dj?2NUT2O=kBURMSg+<H_=c0sY$Ica
lNXry8&O8dGMe&rCO%t1&5Leo8!5TbKWMF;!5{o~AQIDXj%yb93=Nh3sAMD<mO9^*@CZhNF`brN%I88pWCf#GWmUBy?pa%Wu}O<Vw9=M_@2Q_ege3#YhQwW>
bU<4G)en_kDGU6K-8a+Z!7_pEY$o4b=?<3^3qFKZj$*?IZDXSAQlZvc?p0EkL2Q>nlih?i4KI?<bTp&ye;)^kcn2Q%Et{x6j|U7PP9g~){rl7Tp&|1yqyT63
nx49!Vv7K4@EILm&0`&Y=?d-MzmN`JkpV(OZ~nj5lR7jDtaz++Qim;zCXN&5dRmh4>@fgNSH|NeD`$(bM(wg!jm=Ay*8Zl!he|bi%ilE8ewtnOJ#!0p0o)z^
leYv?p#thtPzh1zjQbAI&j+yfq8Jb99)cHy`_Q~C=$*w*bcVfxPI7GNe2@fZ>xim+_yfS>5q86Ue^&4b`}QWTB9I9qM$FuVoT@jTnF46RnzbuMaE=O!^`leW
nGw3Ma2wBMfZp+~NEeHX@+yR5kiRi=5i;g_TA3)q0e`RiHviTMxQZT-URTNM0{QJPwL7>m`@SD#e2gUTZZ&4#Qrl*6Dp)3p=*ibXrAL7?s@O{V@)QKqVNJaa
%6C8N@h+gRc7L`{jD<8emcROh`=O8(c3ajlq+;*W0q0R@VNgwY93zVGy)vtGSvpnBOBp)SoyVYs-H~zmj3{Cs<N|ttdjaVs61C-K(%O_<kC2mVi*k8By^L<|
#{4=2f*`;fZCJo9I59c(ZQA!<7&x@I2ut!-mv2VZYxV@<);rJx=iJ~Ddz9=`wiOnmX>%s`65aq}Q4oNKq3|?_-^n=g{9Q$|P`eX+8O3H~bWA*oipnlc%|@Tj
y%$(R=UU>oj0WPux+8QtzVx_VEa_N)Y~z+D`9z^587mIa+3bfOocmFzgX3P6ThM8%q{-1vjJqN*-N5N$<Yssz$Bs^i)%Z&qqMaCb#7f?ocySec8lJH~1;5I=
cp2l4$PJ-sofB$EWJ`xVgjI?e<(^GmV;SLnIZ-w3?l*Er=sU`0T*dd0xg!#_kOzq}cSISZ<iM}NKCd(~-IS%WnC8+ra;WyRMDBvFF~)R~k=dDxycKE$Sd(|t
*<(p(1(5%<CNYM5uO%;&R%3`pm`Xa7<4K~V{Vxx^9HWis)*TO~sW#>?kGmOBLRtN@<@)RAOILKc#}20)QIdt;rdKyMnV!MO#k|Fe@m8L}v{A}AlI!dwLO^Ix
C`}e@8=N`fB7uoE;uw@D%20^CL?&)Ps1aaL*2WyBh)uFK_A4T@_;ZjHkZOl;Zo^Mpf@^$;Op*{6ADe3E%oPlP?4+^!kMg9?b#Yl4)n6*rm+4(TV?+MRFe3<?
l{__Xe1!C9j#Ady@O($u!FVG=8E?ddhE*JyDY+Uc9tuxEq0#`EWdIAT0sTXp5tGeib$3$Cxm}T(L3@9EKwJPy^i5yJ(DK6Rw80ONkqtBcE8;7R($7Jhf8sWT
T^s(vMf=8h?~)-HlVXw)Uc^Ww7B$2%8YrJEc0492I@!p>(l`!F(-?`wFua00aO`CA8AWr%OkPhn5gy33kSWS0G+JIds8r)Xc$zaEsKGZh#NU?@!H(p}K)iqp
iVJ6y2dVifdz7}luB1z*9NotBOm8-8mV?~3_Y|Qy{QHpVpXG$`7Lv!2g~X3@-nMa5zi?%RMXujiR+s$|#>JJ!7mbwB4%aKs03y8e8OUH_RCGcT!XvQ_hi4Es
F5Xvu;tbx--Wv>3m8I%#rlsnGCSr>Bm;)6m+2d`)BFilBOmH_c+mtoYXsf##{WL}(aq7M3GDV@iOm&l=W;POoOl9TxC_SlzVS19|yF-M)P(MbsynrNfWG&vq
`LUi9i!ygdRVdmV+86|6PqAjd7qQ)3CUb`@vrG}0&7X$Mplo}Df!yZE+y8oSlh>DSGr9T7;CA0IxQz)*tPt@$V-}=$GlzppvoGkM*CjBTl?0USM-%dfUA(s(
oD=cD%ZKpGG<MG88<sTOW#EHh;D?+O8GS?rpM`gG8+bp`&3Pc912?fU(nkznE0j^SYW>_=HPmYG2>o1Lt(J^ntPywwU(2|uA3bj*kXS6gB7xf}j1Q$6>{_ZR
m0Wch>=lU&WifAm6Ny+Oi}cq~flIVl!~gL-6S#zlRz&_JKd)_+s7RAfou`E{Zh*jIg&pCR27hr~BY9P5q#^jY?z`9O={UTCv<V&|I%GPR2t`>r1tMeyWVpwp
vb1B62<T$H&3MsKyE1Ha*d#|ZW5?`OFde=A(D90J1CAZc*@xnml<n9HDEc><IAR08SnCI?)(PvNI#Dzmc}&-<x5rlDouy^RL^$#8r+99xi3@9l40bz+E%6;=
Z+}Xge$e388GiWdzT7(Pg#`AF=1nbCeOXFQR4m%F_PFiGY^cU<74it8dO!qWF)Z+0z8aZDFVmGAJ41sMqREV7t^+Dv7rz{qAo4cp8|*A>hUJNCYmw(JYWpk`
k#d!}-(IyeWUu`6|JFSXmZW|<zaU>Pa6yh)&P75=W=^4atw+>sfy^08UK}8jPFT|ycNg%`y|`_XnCdALM}!5_h#BPRYrlC1a`xQfL(`*imi71*5vt-(lvknZ
+Bzr(v>Wz>7Y3SO`kQHhJ=+{`RfDhU$LkEOC#$uq_b<<Qhq_yL(njWy=*UWcSvUi=IaLQ3k;L#sZohV_KO>U3t2G<h@SYCbAk@PZEuS|t#0}6ISe?FkKeF8)
_%2i<JQKf^yjR!*$9(s%MyWfgiyMg~jws5&E(T|z)oK5!MjC}(bUE>mCw^{?+mbg0(!Ec2(oQ6uv9>qvA>iJ}8IeRxSkg|JNFu}s*-f0_wi3`Hu*%<7jyBZ5
2T+L2B8zoN_@z5}mDGYdh$FfPdqcss(({kKH;9YA*WmH&HPS9@lJ+utjr6;d`w#x*Yov#)i{}Y%4qDh<B(0wIuGhcw$|t_m?3GW`qeWs<rjEF%#(m4w(raaE
cwd9B-=LW){l7JyqRaC-;Bkz$N%Q%|&!~&9sR)Zi)x}kjX@EjQLPEd`xu<yU5^|E$GsPUYlGTC@tlYWD9&O28l}slSL^XQa7!hn!HkNNe&f5aFF%;oNd+lO_
(K_F`TVWv@hs~E@flbZ29KI<+e!%(BWoSX(0vH6y3D!YCByx=2o)3EwWGALZM$!3&HcB_r<!qgp1$Q3^x6`Js7Tw_0-h$Z)GEG;4#jpwD@=;c_>l4)*)wN=N
?(rLjZ2UdylFSswPDz7BAG*2Wdfkr;EBgvPVEJ?}XM}&yHtnNPO*Gw3VVz`g`Xke-Yqg2^GEq_W$tLf_P0`|3-&dX!K1{cnBNC@)m8IvKyd0-QJ@!<IHsa-D
YN?LKMfPI(2&q9=yuEmnU~BKRQQTPMR3hxnFD@3%$WStucDE1Y?iSmma5K}3c~{sj5sW)IS1V`)9^bE><Ii{_8Vn)cmAW&rE^REIJqlV)>#&#BA-N5CvynIA
l)j5x)2;`NF%VbbTpd<_d3@jHNO?@2z=}L4^Et6LZw2EZI)!P(U&(QF${R-MVUa#8SqKT+Y43uF1>rc!?k_DRH_(!`?ITm4NMpN;jf+sYx>32`YCo&zVuB0o
zIY8KdDFP(g}gjMeVYiAJJ<!bD=<Aws%`=+Z(Pyxir;hqHM5nm^^ZsYsAqj&^WDdt;k`$mMvuOFUFv&Xzxg^HDUVWz{&`--0AVmJVpJ$QzU{+aOtyf9%baXb
IDbb=hL~#6%q{*i|Nf!!tnhJ~HTCc9&+OmYzfabqnNO&vvBN*n*@wcSmG&#p_kXi4{?@*Jgk?B;O#{{lx+Tf%5u`O%kv;<HOEe09M0?Ej#l7ixg}Hy=_O#<C
lKDC^9Pof6B9y?#6_sdDc~#mG#<EoHS+)U{uYu{X6|Dd=fD9KJlNPdgznTr(1NX`*V@XR88KP4fI80l)uEwptNtR;X^B0<=P|sTB>4i=kdgDh)uu^PT`OLbk
l^G+(NIAMaHTAns1N!#Ep^SNR^r+W`aj>f1v&fWNbZJ^qrW@I|(j46ue#0A_ThX$UmUQ%anY0^7bRy}%XrW#fK7r$VO7|i%{#k1#{myD;G|d>Cs)J2C>>YL>
oAoQhJOK@x`qghDR$u+{8{x*uvGWbqJ0&^G3yWW1PVWAD>9EgUd4uncd~-Vz`TK|XFjD1Ru7wJx*@5*1tA%;6bffKb+DRX1$*WIy%ztaR|M1D-zE1LxGqN{|
WYUPMbo*5rt}I3|(g;r<6c!d9PXAk9uvF#=wzM0wN`wKpjoW8Fs5<a#FPMSW*{$j$yb5bixL!t~31P8b#sw&IWdSM{A|kRfQEnc0)cOo#`o#VBUpp<r0oP*Z
EM!x$Hf~-bnvgs_8IGf(!pdKS3sC16I|W5}M+7uqZ7QewW8TlcL%6d`eg8Vm?<+KTCd-^gvdn2DBaGO<hrez;pl=A;s=d#XUD}>k?LHDdK34yQAzz=eVe1BA
GJKKMBqsPN<Ch^O;LFk^Q%*WsYcYG#IN`OBgGWXDg_aCwHn<A@^F?Bzg|}dJ^%k^m+p&;?fZl_;{Jkg9C@p^7l%?YPhH>%$by3E=z$(81-_Ye9El;XYUaK9=
Y;{$BP7z{U(%Hgx3z-83DTCewWzee%gRSgMcJE-nkO21aP%uYcz&TuKOlTa$p`3EaP^O}7nSig@ur`71e8EV?G_P@m>wqHjG$e+m*&;lO+~X2m5<`>ObJduH
xKtCp<s)O&^$YQrx`J~xj5&-IGgeL!<e77baSrWZn(rD`qq-}_REDQGfjfeL@UUPX)Q3cHgr~F2@Tjmjh(>u8kg3#MCUv;YDm{hm+)YI3)=cJ3g@pZvBJ*8H
fpja>n?!Rxa6A{B6duiF?K8@f2kN_~Cwwwfc!0ce)5s>U&!~mi;AA=*??vu1K2(3|sVR^U9iN3T!sQ$`BjsGYt3f+a32{c2h`olarW<=?kG*yGf8lD6)kha9
3X+#EK4V>QwJD+5Xi|{Dwgv?yhs6hg4}zTm0rp$a@}=Ax-*JA4;cST^Ej=cwNsGQ?jhV)FPVA?fEU?k8m5RKRkQJ8ifN&SmlZy+C2xrMssO1n}U*zbpVf`p&
f#o*4cRZ`dArqBDs_Efej*=I-$-%>$@n57M$Vg6!iA4p)yNh=3Mz>$(b~)2v5sdu&{oI?RM<ZBOJ~QPmGV4w)(?N<7LVuNIE`#mhU}R3HU}4-^`9>1H(MTKd
bzRY!qY>Fn`pKv4Zktde+lOq?1&s?f#(q*B7VAudDfom0DE-8bBRZVM`U#_k$k}V`Cv8j~GQ~vM;$d3<+TOIEoP~st^sNX_CK4Cq<7FR26}e>dTT=jqfD5=M
p`@6!WXMB>ZkdjPlZ%I)xZ>!hlfrE{elxAu#BEe%4m5`KqOE+B2CgKwI1`7me8633Fyp<+c&>tv!(3SbZbd_-IZr+$k2qhpI1_+elORiwy6{<e8MlG=CCF_h
=}N=$bB48%RQ3*d6wM8!s~YJlj?$HC8?N$O4H0NJTbMnqT)_T})X01JvOoX)lQ_v&{_miO82(QwB8ERn5i$I~D@DZcXQqf4-a--4LJ`qI5z#^s(LxdN_fbU5
GEhXkrs~j?BBK8C+-z0dzfTd-dh(n}OP@Ua?Q<0>RbRUGq}xk$>q56)bn9j~*7X0*b)DKUN(r|0HEfJ}K{HaNV)O{|=4<%hTBQ={|7N^O)xJ)lhv-Q+^F=CE
KPqb=lY3F2h-g)(?$UwDJ44UkqW|AgC?wQ%>dyT4DizzzZ_;DV3PnU~14V>6JD&aTZAOZSR@14R9x7E^`hVLx^^2?=u|hrjWkVagSE%23f&Q<nQ1|X*&;?ha
Ueba7-@8IR@VN^0g8qi%0=@Rd3bi0qt5mO08J*~{t`+LRJt~+?uJ@~Sqp}Bz6=p-8XLJy>zO0?>e{;EgavM9fvrtd(RHvR~W}%+IblZmMw60St^O4+Qdi+gx
o#w1c)v-?9mHpk<Lj7hZg(hNBr;+MO9Y-p(5{w3dk5SL0=Vo=Z;JS9R;9lxTk98c$iDpdq7UnMuuxQt4t2!e^1lv3&t2k;ro<Z|h_ETw@mvv27X_r5*P&5n=
QXzUCF{9GoW<xfs%w}CvnK4cfm601HMMf=YJD>hf|7LUz?dUb_0*|TMB_C9^JAX}OPLG+}wN;tZW9IajIXiY~iHc>C?K?}V_FWFD+V}a9dONK+y|)uR#(F?!
`gdn~J^R;+{>=~Gt<rXLRO(hzsxtG)QR+dDwdtRy&__I)uWCzww|&>Pkvf9jr#jP3rMeZZQb&zawPNzBZyBf~92==4CeY1ks7giKrOu0Pp^o^!OdUa}Z65Wx
C+nKp<j+6Z=1c9xHf9fI2ZL#tk7}6Rn2%DMbyog<I(5XPr8Fac3V8%O{y&sHf;H`b2Z4laToZ+a{Odm;kr@8}EQy5N;>T$u-WbYgBrLmIS`HocKbl5D_Va&6
B*8BD8>l20uzw4Y#QzK;2{ssXA2w`Q_hGb~45x}5K7wu|={9QQQ;8%jpCpnPHnbU$gr&u(Cz&K@0Yjf)lAu@8f#mgnlS)DcTWn#HXkn6QVUlQJl4xO)Xkn6Q
VUlQJl4xO)Xkn6QVUlQJl4xO)Xkn6QVUlQJl4xO)Xkn6QVUlQJl6W>Ii7K_!r%J6KQl|d+7Y(-gUL&b+YlZ(IsO+!L(fjbVGPS--mHHumj=@9rP)_)i{ly7u
Z3g5(S{TX+0dH_Y4gIyNe8$Zc+`v29KN7`6?MjDYRPLC&McBOEX_NT&IlE7U8{gGF5TyVEJ458L*nL^WX!pTGi3Nb}LJVmaxy(SdaA0fcT4C+ht!u@#rCSdO
2TDs17?>Nv#%`Ija24_o2oHx4<e%&pE2RE>19ufa*iyexSnaT7owzZ7V~tP*nQ8Iy262<%!TaI|@ZeLS^3+=LyhvV}yJ@|FG2)Jv)bT?Mb*kJ_vQAjH#deLj
rp$J~u)nON(ok;Xm9ldus!>9GL<B^m1fRqp!K=>*(p8*Mw&;X#sIY9mSiZg7O0Wla&wv2*BqKzzzPEW3`&{}(BfUVk&oI(R-clbO=J_fuY0E#*{_;V3nUDmL
;jv-J)6ah=RqxtT_W~iOJnfKJx$)o>!4?*UEVn~z_q+`|WgPdu8%bNSuXZADt-ZvPN7`xh595pe1K2C67ujEhrk(sVS9w>r7@$oRy#qhe;&n}KmSI(Tvzsro
zjm`-5!-#ic6sv6(l7GO!+0}tfwti%Emr-SRx9j<yny&n<Qwd|6YLPU$9kmtBBC|CS6Zy+6iw8srCj!5ZlgNz1!<8kL`!<}R1}BXBp#rOD2HNKWb5bc1deD!
q0=6rY<KQHv3}L5z5?ONYnzGr-_i7`e12^BCXrlz775Z<1_{#O#~at&%-;H$I{)w`At8W5*>}@X$RU0U_)_C_Bt6y>v%lMT&s2G%@$TQsyC}pS4i7fL;QNMn
fhU3>*s;qK5#v|d#gE3yZR~%P8L)$)p|qX)xxY|znmwBhN5gFIcWjZ(p|`=E>VqQ#|0aw6$NKn>-QiK!ChqXNnLpL(?aO<v2^mltR_KoG{5@S*e{hL+%ko7-
9@D1DV@!&y`YWfghS8zZHlTF}W`Wy(AC*1p%_eP8RVl$k{cEZzcz6bSxPt?N9f_WafpYM`@4rAc^Z(LK6|LUKKbQmVt;TlQYW*Ze*3esndrEp;Bx68GLe*=s
Z3Wvk&Z|YL(6C4^bflpT7wHxeD#L6<L`7yHvtwkmE=l<mb)R&_981}1sfNk~JWPZA+3q>%f-boY_J6^EGkT8NQf6=9>ecv0y@ENQuhU2wnA71HKBW)}#odmK
t-+f=ibrsG4xd&4yTw8W@D|7z{t8axV$x)eh7`Y4cfl1xJVU(Ea8kzj82;JW7~b0f9K>w}jIF_&Urt7FWDf7?2-`%5LP!zt7=A2C<$^tB#0>95uS{VVM5jfk
pqsdqF-iQzSu^q){#qy3b(t(x(eF9wG-GhU&*Qdg$p)J#Am*3wvMT)NrFLo@sPC=&IOK>^{&KWD+-oy9p>;*B#X?R+@-Y#9ns||Ph(X7-*8EZ}dC7ma1@uQS
@t{?rA3C=5sNZ2fL{hYqVwaV;)S<k}lp1mG_Pou4(<bj_BJ}@gB-RC@rP?a~xE8;fau~OUuMxcKTDRc<vO2aj$tD4rStsa*WZ2fiAq4yL-}{j!0#yyIbzgc_
E`)^$HhGNe?qhHiX0nAe&H3;HwIr3Q^)_W{_)&v%4{D^)A2s@<gBtx3{XAWKQdATqpiHksZ^0Xa0)4&F^0%jN8v|$xjL)BW6uG4B$glx4>W#UiyGZ(dyXbS_
^2g_}C_+KlLC<~Yfa@9OPXQf-gK_2QGEsxu@6U08{vpBOk33R*(u5R<jgL!UL=7W!DQ)yR;-kZTCY_ujJSo$R^dMu5v;#HzKh1p%0pyJ`1p%1QYOkx-Nbll3
x=l+qtXRDo?Z_i)+-B7;==_;aKZf(D-uCiDVeD)3=->nM(q<ISL_<e&D{Sl?;T<&e8^)z@9o{diDMiKZpIhAr^aXrg6L}rk@F5dM`8Y5DgH;Et_o4Ie=j{F(
zkv1}=Tb5cz#%|YGywFKKR;&OJdFLd-t?W<ENBGSxi8I!HrCpN^WY;wXh=|4C^Bo%?$_B}fsd%J>q~2@g=0xmwu|5c+g2||5Wabhog*@vLR#rAkgiv!l{=yt
tEPu}P_=vg<A4ZXA1uo>euQ=dzyDZ|RXVGJGoq4an3HG&^!^<U&LROih=xeFOhj7a*4B6m;3)|3vZHu7ZjCvVoGd4P$vzOwa6`e-h4D0L-y*YtOh-Uwe@x!O
Jqbbu&XEilBqkY>MPpZKEDKL!h2cmY;MvpgTcjsO$T263;g<&cFg1igSe84&tx4-DG6e{&16j753@5D#hkShGq}L}IVi-&p6l5dZ8*4wpvjI;>MvV2-=J>Rs
u+i5w_-ARLF3mS0oYpBfYgfJqg>G?lBq4ojIo!LJONq&dg#wiCwrhvr2jStKG*Rm~h|9q*aZwq-uzw026FmiYCtpXoa#1@`4ta?q9lz&1lfolty?3~|QVTg`
1tx|f+-C_#dN1L;gLekek$!uYYp#$85fN!g2-7>9>7AhrR3ijA6!@hHnR!VCBE$t84k<w1SB#N`x-;oaL(BGhwe&M>#XssbQa`+1htHVer<Xv^@c67Y1qvO6
ZQ$r7lCxTJmiKB5cV~He$Qv9Ah22nKWO`sup}=J`pRmy24q3YJZNVc)O+|r0VeF$cc}9_P{|0_ZJa2bm(PJ};Xd^^+veecbPq{;d)M;=Xo?;|TVFf6{>2TBg
6C(ozi<XT{4>L5<6#XI{brI@uN=R{o5T76~)X?saVH|Y?s%Ye%>X#xgB&gUlL!pPL6gnf*YYd(IA>B!K_!He-z(K@UAbvms2a2x(@xi_V_Km=v_i3o`CC7DJ
!70Tx8*R_`NC)hL-~ybFuSKc%KZ(l$R0`)jQ%9hLrSK-qr4Hxo>1Ah!TwNXfoQyEXU(upjl5&{Fn2yvY{V=D&DSEB0C=9j=6K4?(L%DRLgMSvk7wTdUq@acz
EfJM$V6lSP#(Mp)CIm`(_fUp7RB{PdIUOLc7(Pxr!HUFf7}rBrwWP12ZSJbUm+<o%=^eaPXTyiO1kU&LLji$f!INe|L->8A-+snCO>_OD<8T+@Hr+3h7X`u%
ob{TxxXLqEC@IfAEW$zCY};sb;BZ}ZHlRC)CQKG#?BdC5tP!yzuACq1-R@|oRvKxjNDWi_0riJipkw-8wX_&Nuhy%|)g`!<24AH!V!Q?4(9uz-*9vhJ^dKt1
1!hF8*n_GP(n{zoxYE98jbLMMZzB%*=^flbz@x5y`;!PqxBozf6rx*&XV1Y^bb0c7L=;HtQS;vvm+ki`5Q_F@(YogP?XikO2P;2<SU|U7nw<!CAuG48L5`ap
!`6o(pK#akkT4V!3Jhv|XDsY8e2QP97z|rdgLS3`JB-yDsV}zF-J{dYfxI+Pn;#x6^FDwNP3`YB%;T)JxPm9VmZ%l0ja0yNBaP5{G6eb_6Vjf7q$L%~RvSns
5o&3hj$G6dXktLBxBIx0S~4$FOYxYKou~FNo#){fH9tz}x;+7fjAS4WPQr(ks3fbl8gfw#B>M>AEaMGED?OI`E(EjyRwP+vpuot`$WTB&;I~sGhqP|syNkw`
$cXqvl$=_A=q9x%3>qU&hF+wDumNVLZa#_XQV!&Z<&K3L1iLNnR^qU$BXC;*559LBcNB5^kzbQngtf3Dz<MicW^Snq<Mp8a$4m`ar@`Oh=jb4U|IoqNsB^pD
ML7qL?|+|Vi{+tt+tK<Ek8Lzx-B`GzR46FRI3%7~d$y-QI+3w7u@a{PNyB~ue(}dExVwnE54=R$()4W>tR0Tbu$r9F&4TUkhQuSUGPp*^KHQ<M_Ox&xM)wo@
!{}Z@W76f5%_d!K6iNpjZljUxrMn8JLm46)`9L58VtgXe_UN#rutYjsZy~@P<RcQ}FJvU4gxKql4hYZS2_ikbJ#6Qr`2_h}!g4hIIK&J2keU(~hf>lZndMG+
P%3Wy-sR?+kri@HBXzl^!PlkMx?=?=D&PuwFys(X3#99m@dHJ8r*Ph-b#!L3%xxOOn9}~V5Wgtk{$F3iNCd2Yqh{%DnpsYNpmR;ymP;#s?YGEW;pUN5GelV9
ZoOa&J!$ra4hv(rGPf!xSc*oE-ac9Azp(DA2%lCTK2q4cO0`rW*tyJLD{7`YG)z!~?bS`CLo=}uY++-(OFAlw&CZ5WRPK<wRdC$0bG10Ne(3{&8g=k>oFsk-
IE8o!L>Mrdydo0u?gZRUI0(nmN-xs-@QZc*;fo)|yYMwu3+EwsL9{PQw2PbrThLVd{v!mlW+MO{6^z4xgy=Xx>RP9@d14SUT-DEbl^to&1;1gl$krCgfyl7L
mGaHk_(k!Q>shwMwRycVAkj=eIl>sA*{Erpb%5SqqhCg2QsdO(_t%?D56twI#9r4p7x~?y$vna6X}e9+C)#n%<f$o*#v1(QK@Hx|MxS*!M+dh~p1)j;vQw%H
X-0`(pef5nfxIwl&UA52v0IT)T9{KILPlVjO+2csI2lO?oA0C6(j<P7kGK0yWH}i6z<RV*8|jw>@eKGgCR;Q+PR1LjUHkRl$Wd$sjbdYVsihJ6QM$m)uoyZn
ZHKVnKzBqU8h+yfJs@mbDB2zx!bTx?C46aFkb0d(uQR5lt3ngLeY450GpvVgNhpdYRguxC4!^+RZ2moB!3|PGjc$yD_rQoqEr0p`Gu!1Wn1aV;S+CJZ__gGr
!-!OJ#LEy1_v;VH4f)QvnA$-joyOfX`bn*=wGa7*d)gkfC}}B=M}2Yot_VMj{Fs>2Fwnbj_m@zE?u@ubh6!fm9rA$==W1#9eULqNnK*UbWMW1S4<Ofd_?Q;2
;IUZ-QLPeZZ+?@JHyAvlj!h4+3)SBQnu7FVBWVwfzAK#~Ox6$6<wBIRFkv#c@W}MMiF6zdAcILCvOy$k@BlJ^kw#6!THGGD5i^1!JQ*hyg!>|Y@*2@Cu>>>|
hGs5&4{h4FwH~m5;K#I2Yfhl^mw!q;0_ZYebDLtC#YXxk(1?O^Au>-if<!!E8Zj;{>$xYjF^b2FaDUtZZxOKzorZQG^J!z}|K3F>-P7WM{MT?{bHx%=v?gmg
5FJfi%siKDvO=3yPTyh)CM*gUS@Ad7ICz8>^&(9sY0E8eE=?g^$bb!F$t2op3mzZTp62f+t{E>L<Z-dqhM(YP^QthPp($f}b`X@!Orxb7<n6H^*YGPZ*Yu8D
Q$5EUOIsqB_DPe{deE8VZT(nX!|kTGP_L4a$BB%?f_W3<fed9UgDf0X2G~JLTGW-tMcR7)Zv5&=#tKdfSpBN7h#kkhcsvyHC#4c|T0!H)7Rh$sS!J@hR7)$Q
pNx0vuJCM@Mn)(|uB@Q$V1%2P%XTwN5D~{D2VB7BX}Aa9M++{nZS8jC>TT<1!-nPlsdGL>>#Cj3(u@?rgNzH+b^p}(*k1cD9qvQ8npRnd_G~@r6a^?564Q-7
^GGAB_m<IbsCv(_Ce6`z(LGd}BqM_1UZy5(H0|V{_DYk2^pjYV9`YnpORn)aQ~NBp?=#+Q@KkC{`99K%o&F7)k;ceBixgXSmTlRC$JJVVjVIO5bhpe5!|pa_
c*Bhyh|W-7)ZkF61l(F_#xw<3l-<`4nxPBJKR3$FC{db0@1gA=t(B@wQ$Wbs1wTPE5OVovxzdm>ic_{W)#VDCnbgn}nbn8+8ZKcEj0Vs;T~n$wOksCm_xCpW
+7cQ0Lq?{RtAxiJ>Ll<D{@Ot+H!l$aVI{1~N973_MKqZ{x-Q37*tlu?N^!#HOR-A8&)+%qz~mmS8$$|pjmgrRI_!^EaVbd&@wb(Q3E7G@riBR^=wAjEmXT=`
_zvl^Qi&YM3or0P;o62a<P#3x`2W~PwrC&R;_!M>%0-4o2h&u*cR4r<vZN6TMFNxbooPTSmigEk2RHpCS&{?)4ur(`HG=buXr`pE<v<uX&4av7rUUBEv)I~I
Y3Ra6FM8d?bs+;i6aKGTDxETTMdhPfQ&BY<eFRHZeerWT5-9EE{ImUm@da#FqT+{Ia1IZ53_<Q;uHo*0b|@;-v0{2e8i@gSn|4>54B~ZiJ9qF7G+}azLiW+&
5s-tVdd8HHPt$`K-&jAHDIqp7CW$d6v|>yNCbNuE$n97mznG>t^6r<$dCsFmgITD0m>bY~yMRCVyP#&F$=Ft*MuTJY!*za1;W7}G<A1%C$DZEGGOZNQ@Ew=r
6A_-mCQ`AvqV$Cpav~xMqETk#u82$;c@=ZY#XJl%I{P-$ZVcP)P<;QYV$EE>kj^ObLQzpjL^wF3hT&RcI&st7XP;U>uv{5ZK4ZDWI{cjuZz2NjOSTKdiM&Gk
k&PnRh`W;>*g?P!xI6BFH;QJYfqbZ&3A0PqpF}G@4gMZJMRYcGqw*tk=)x!Yr`amw8SA1|sN(J9InWP5f8UYIrlIYd7g>*O9MKcxLEzNB#^=&`Ea3R#Q#w43
$D_Zy`9Q>~*KU$gLc?qPf29wa;g_U)Iy?kMy(P|o5oCx!L>|{QQ3Y9yd#HWN)tJt36`gd`;LI|O^acGxN=Vb;H_p}IJ~VYk|3pCvPzg1OsDN-;W4;CSpcr>J
Cni9er{GPKt?&R8v}RGjHbBm>71n&jxD|?Y<fRjUXTWI$w-Y`)_yH=ff4}?_K&Rl+j+!y(;M6Efn1^6KoeuV$hSq$vK6f>srK>ktiLf&&C^DE%JEw%|!eQOc
mGro8S(;c>v}=!W1hTiJTbWdSP3BqfVdj0gyzCQr7yZ=p2ALx?aF6MAtU@Pc>O_rt{k4f+&5g0GLMB#d%O8MJpBzV2yqPBM(`90X<C{_KrZ2<kOyTF`Z&JmK
fGD;)79JSxje?iix=<y|g1`?0?l4A$pt`_IL{&!h(PNj6nDMw=OJ(8_QKROIi^7MI(WVrbW2un7?*SPmYVbE2yhxg@>z@<)38bRqWvA~6_uy-*Y|;fqxj=Xp
n~6l_ig>;@3*s2nZD_c^AF^J~ZO>k|e<1D7y~bM-wFuM8tx~;E?ULO=zwAIiIVXqZxS$m8qHT1(YV9(Hv=)W}5sL$GUlg7RQLc<^E_8=T=4;&`P+`4IOh8FV
2`Tyc=+w$Dz0c5@xy1($AByn(oNtIa-(ZGHeXbl^+SjUa1xt5E(`nG}{dia6M`!j4SRH>8_oiKkZ@8r;uPXMC$29T^v&REdJUeSbU%M7&!qlo__ei(2Gz;nt
@govQD^m)&Pyef|H^W$=?|4|FA1CQ`&lX+AHi<6p|3!4^q$R!jzD?Q)WO4|8>69pq{0|3POD%cvA!&tI3V6;9I&bN0$PM!7OwvDFZi;@sUZsmoiB7yk#{{Ji
jY%hyO^9!D-KR9E`)y-ZPyxGrQLq<BY#KIk#8&d-zEi}!DcAKSCg)YtV-Gpc>ED=L<SAmlp?Ul7ZMg*3gz$7g>5vEs*#>*(Fr2M$V|5=TNPp_$G9zPeC>ab<
Gg+riDa-;eQc+E6e75qan^H>hE$|X$#sYst#xyM8$Xk*v_e0a{zYCKz*i>B^C2e4nr!-R)NjLaPqT<La4Rkk+%J{yi47tezOqP+G{90p^bBrRe|L=&4-5C{_
!-!s^;$qVgo+R0Dcyfac7waJ(&w`lfI3omkiLwB|^dQZWy6f;*?7}6cL`RlIp@OJrC<0WVRHTbs5f!V*Xp{Nm#tdtc*%|WwWH<`NK8W-sOF25_SjSyggp6;@
Q3sje{WqHosIVJUD>Cl!csn`Ik(DHy^Y;l2-4u$phXsez0Og=`!58H&sE#zgG9!=ZB{Ixn<EjBZC3itzSPJ&Zh)%WrIXs<2aU&HO;~I05pPH{cJZQ4=a7LE#
s-f4WH|h-k$fnjy^lDu~N^HVsRJlq!Id=2SFeBN3ok?MnoA~?pN;~tR0P=lNpbtkDk$oIlhtG01n)c1^Oimw@1Ig;@+o-N|Ma*3uM>cRA@i2}UO4E9n9txD3
+9$WPREbb`<fe7!v4?5Uooo(=m1&0bzD7E(e_j`#3^5F(F92MGhA7@wj*IcQ=V!I}1sYPj@eREj?r;I@xr#s95eGSfl*MP@QqG1CAZBg^krgzk_cc-$JkJ*B
qUzQ9S@kl|=};1-tJn78AGO#1!q;obP{v(gxVE?aVgT-~JnA>T7*HlT>eAVJ0S2Ddye1NVVG<c*!BBn?mG?(`DtVC>4>gqjk^J1Ui9kh`d~T0aWgb+f#$JVL
X=ItqS%ojKh5d23R(EI8InqN|DAN_#l)4uR#YNfsM92!v+?j;R67ql!YadmvA0@8U(o}!wYN8P>FmnA^_#BQN+;s?T0PBAU$NB7d$PsC7?j_8QfON>EgRA<4
ZqNw#t-|s(Wrs!h7OP5rj4^>(a;!$u8*E+cID4~Dn#>jlCo-h!i2<Co_FNpS6C3`aJ;-NdWn`uALdO@^`yQZH5gy*aeMJ1qpl`@4!hEoDTeB6J#jMcnJyM%_
ke=@d<hdCltbzqj8<6b^E5EIP-hvHBymE}$i4<xcR8Gq-S00DeviZd%Y^F>01wTf{6dvq@0^J;@5242G0r<6Q@pJ_4g1ZQDr^DFGBjMp;;V3lJ+Y`1Un>{=8
h3tJPHR6{<8~ctxrcI@8p%qEDABNz50=6u{D9*HW)vVF1aLJ6C0iV-P(ivJzR%xBHRu@g9MfdDGls&%hb$>YSD%3+w*8VcIM2n}za#h+nfv{hcBrR2P!#6sc
xl6q_vUkD&KlgzMHE=9vA1XO<IyM(jB^+`uTWt)BQX*?Qb}TYD0&V`IJB*FMQI{JF`63htUS3&)Yz{6=VZ=}t!}~CHgzgV4@T&rTwfbR(nC1yVOi7_Z-pFz0
3>Ve|`h??`Pl#qkts^TV_Gg!)tkS(XRe*kj1kx^InW60c`0itGxZzzGY4EgXe2LM5Xx0-X_Icv1rGMweLm4((e(})sw2Q1PRr}siV+)3qxkn9OYVfIt8tIKM
HTUsM-4VwVGMlwf|M>+Gj@y^}B%-49yy%Qb6dD{F0^Z0a)vZ7%NX^O?^V~~q1Z!C1;^L0h<gH6sN>w8)8aGu0+r%{oH=~_y?wepE0_)rj*&fI#XwD8;fabqH
9nTi<n>XIQEW)j~i?%1D6?wB@C|jvs4Z#t}I?iVwWFd%;NJ~ng*>~Gm-7xt0uy`0g{#y7NrmYlL!n9$Gg<ys5(+l29#7&#tW{)pl+<0Q2c>X;To$^7$8-~U%
$NGOqw)4WLbw8{*N?HkhVfhp<I~302AGJ+;;VGkvJIE_ROvRrxpKvx^8$W1#w`;Q&tFG0Z7b>!y#*3uzS%gUUjPH0UPq5j;5nA_N$JNpi8spfT$ZzR2I{CfZ
HMX1Ai|b1^R~p{CB~!=@+MQ0z-RXj{)V3z@>W@t;`f{n~n|Md5T<RQNdeso87gMJtR%MMP%g-{_(&Eq4;*;8t>9ni_CCcuVzA-tt64UT8T&BaFf98@ClM+5w
(lGhy=t)+bt7%n42A5sfIE3Oqls8<G^Fjke2nh-a3qxck>B~vhPq)j{8Yk~QZeo`Lqg`IorYEPR<YXdjPAs^%00@I{<mXC5x3vjXcQ6z7fl1DB6I`$1q5CJY
Fb{AA-w5Ot6%yrZTqrWw%BX_JBl@XlddYBqGdDPBc;%70Fm+$46ISbIU^RQ=k-G4mb+vTn)EBJY^4N+zZoZW^3(%{uWRA-U=FqLQWUQ$Yjb8E04z2#8_C28@
$9e3tI`of!gOEpknyaI+M?bAMPlh?0Hc$9F8~-=;W)^kX0Bjh6qz-Hsg171L%R}xHOM#3S){DF#k}h`!VM_sz`1(GZj*&?6wvN02*z8Mrh|4NRIR~mU={R!|
${jMcp<Nqc39LXPfeye%j!l+lki}JMHtfD$uBb^)G=RLSqm5dm&38Vuoz0(L`RzLHD`H{rZSpcrE0(&h-HK|P^|ttD(%W8{Q(&4@sjE0rm%bm+`={rV7e&%%
^3qv!kg(3Ntuf^z-!!eGDJ_s(q{X@o{Nj<^rsK;?856D0>kZPAW&}SC$1e)|;COuPQA87lXR*XrtXi@uda(uEG4s8*0Gc)LG=5pceLt%?EnKO7bEP3)*(<F!
`4{cUMQpU5h@Ew1ad;>;6TEx_cLE*h%4i0ZUzSlR9$&J1g)jy-PxE4AA6TO$BcI}R|JE>lq}edNPnstuPNR#}@DWYe=ypdMuag&9f*65-KMD!;4Ga!N+tN40
(oD#X3<T;y&=YrbE(u13!DT_wfDZT{*bX*moCQtym%{AyZTC>nuJDMR#`P7gaeXBccBP|&EUtRfyO0T}9(PK{T}3$JSmv6E*6i6F`%WU7l{7C2j-dB%L$-i5
5IZ$;JBsj*hh)PdkW%w(X@>0TbWD)QF7+2I+dF?ygBP%*r#DM_dh>Xp)`k!7zoLKtP_#w+1y4$}J-*!WiE!!AiA!P~J-0+V!_MATm<Jyk#U3<dlD(RY<M_NZ
*OWyr)s9~^cdRfWB)?w7ceP|%qapmX{XVq+O~`{wQ1u0h;NR5ZiH#{`Ys0{oN1ZY_TdDX~sl6^PEjs=^WdxH~eXC6C2y0C5Xe!GJ$|SJAGJ+N61P98mTL=3w
aP&k5j=qPhSEhk71;#xYG~XmcUXXZO9u$>T4@J&<Jf70fnM-hs49;b%9`TV0yA0hYS6^qWseX=Ru8YfviaVv$bgb!dsJCg2L9VWM<HIby%J4SnQSg>)8sdj~
k`#_;@jmXPQqfi>j)VE8iY_&^c$qS0A6Mj@=A!~)yrcb5R8XQ51S1Fw4Ga%O<H_3`QQ<73NEr_P2PX0@lgO<mPDDFdWUf&n9@Nl@i*t`=%N$A6!{T?Lhd7ga
NYc3kXLf)sip0ic8Z?sGn26v{Fz7JCUAd%`g!t=<T85Y&$c33E-u5O2q-}};4Qk2CW(Euk4x}l_umN0uY)+@hf7t>%6BG8frY*S0V+*o?BQKDCoR3#v;7C9$
6v&UDwy+B$O-md_rpJc6l}NBbjs$KlF>xY9Ktx<T`U!I!){vL!EW9!KkzW%0&=gRLO^?JCG18~9n5l+<lEXr-mGWg9unuG=b<oA8M#rCT;^Nip&X9lU;t@5>
aY93bsFkUU$8h9%T-?mX@0ygf&7|u2Pq_Gb9?xm$!v*_z+0*%_%c`x@rZT{PAMlMukrBnoun(0vW!nk1PA;28t3x(tgfHRUOLPKm98^QifkqnkzKt|WBMp)U
DvXS=D9aDr1o8*(OD0g`#r}|Uhz2b54GlC6T7{1>5V<BWKE}3u242oqH+ncPB%J|S81x0~?cgLP`4l6mPSTZW8&2_C46y<p>6NpOB+Vm9KKq9xpZ#9}^1sH-
^7VfP^WXfu0qDQ!!T)AZ|4pm*?}Gh5*2WgN{}#Ca7P$Wwxc?To|7U~yw|oNcf3^Yde^7J0|Cb*0T&&9eFXR3Hz;NjM8Sv{F=KYH@u06xASB^FP|GBzOZ93O6
+<$tHVS57a-=Pujzq<kNpJCj;La*y(!24%-`L8m$P4NCZGI<8P|9*7q^%T7SUO|5k-hZzqc>k=N?iK3U-3)E)QK5c=aUQ%-q3+$+pbLig-=6;8r$RmO`3m)d
0fyruy|!zGS`e#c?El%FWzGck;GQyX0N499x>4B!yH}VE(HZdmJN^aUe`f>Uf9J>W{yR6p`|o7H`|oF=ezUUy@4xd%hWXzd@1LHV)yabE`icejQYU(>Qxm-Z
fltNz@8+Q5Qd3miuIVbiXLl9<Xs$}z?_-sAB2j7Mzf++>zA9w@qY70lRiU3xsLY01sLcE?sm!8=tIYBxm01;1wHbL+)#gaGs%<B8Roihfs<!dpsM@`7Ox146
1XVls_xop6?QVsu%;_=n8UIk3)8FP7-KY`YRJHGBr)uBtLsk2E*{b#%)~MRsc2>1_by9VBXTGXqNr9@9>vmP=4c4m8Rh;TMu0+B7_v)|WC;p+*cH7>F`5#uI
YD0gwp>1f6`M+J&_FcP1%zt{H>dY%D)vYL%I_gbTD|&q+=KuCa%>RjYDwT7+O6C8#N_{-O1@r&^GUorITQPs?f6bP4-KwqipMN}>|L31x{r~*K)$PyU>2cW(
T!n)9Pi>~@)RA2$`vCI~`uAUA{#*P7=D)@NT+Dxq|23HZ7R@mKE&e0S|B?R>WByw_iTOXAVg6fmx3nBS?0-7uzs0}8{I_Vq{BObhZ;JVE*$ngljV74?BmQm7
{}IhG|1F0-f%!j-7Bb>V%zw*a-7SZ;VE(sY{<mQMw_yIaVE(sY{<mQMw_yIaVE(sY{<mQMw_yIaVE(sY{<mQMw_yIaVE(sY{<mQMw_yJNU&Q>cQA<5es--mi
oLc`{x%x6zX{1-^uJLTmV`p38E}F;geZKLmKzDkpCj~ry$;4(-YUHyY(-U~ZPa4S_w=vKTls|cLP?M9`zRd6ipBV#p<Td)iKRj`AFYff%Nm?fUii&-%Mn+GQ
;&BI!{$`DG(zjeWIiTPvCjnciu}ijEKXI2j0uRv~KdBtY_p;Ua9)6&f_R=c=Ptf3Q<r*AA|BzlRSFTx@tqwY(#?LWCLo3`-t?yo~Kzd%&V5=I9^!&MhaouU<
x>nZ=6*Xwil2*9mFB(ZxqtS1#dEy)}%*&?do?chw)M<L^v@~BWbvv(?0_k?|ya9G}oCYu6r(DJ0=g49z02mD2SPkxKxZSr(eI5@|<Lmp?(j5GXT58y@F2$k-
pTn>G^%Z~zY48=gGhXo>?xvQ^sOdv!>yOuI@I~D7=_did)cmZ}nV#7|&nSWg4gQ>3|F6&ffV(xGWwpJmk+hea9fGekQn#;6hw7+Vuxq(|s)%{k_f6W?^rVdC
VLGWm_EG1llyz?Ll%u$Ph2f|TwL;u3W+V%BB=xd)4VEKT<!bU0E5mq}85fVK(cpu|W<Gfh<``D3=>nq*OR>ziUSkf@Ns+Oi3VZq`iipPZwEx^Gm-`P^(T*%t
7)|iRne(&@DQ9S#+^I(jHL}5_6DF(GG&`a1ezZ~46_coL8YzdJO+41vOPif_!2_F|rSf`Kso|bRnp)lbP_;&~yl3nPtevbU$X`pBYvjHVW9YYkeTk`h-o<i&
IlvTng$5W?<T0F(!;<L))d2glNB>+s4Q9MXddsLz7UiCLg2hI|3Aq<{Y*NP4Pmq=6YVW&hJeXZjsm^2Hc%P>`Y4%r7y#T(~NN?V1EKRIeOXal5A2*HQ#)Bm$
x1~O2Ix4%*R^#=}PT|qUI}9zM&68flynYGh+o_w%fBFgK4vo~sq(alxO%9U9HEO1i!3Q2wpYeoP{}(6d9gnHca6*RsZ+gO1Fdc--ar;IWID>mVc9h*es#FaZ
HTd+w=7$c_Ll+H)>Ymb)rj<1vl&)iyTCci9V{m8X$dB4z?q$9w<P?U6$=|Akg&{wmATRJh;1lhV?u}wXAdLR%Yv83JlL9y^!<Vq<w9|Mi_Ps=V_UVB|1p725
()h83{Jq3+_MJj`xaq^o8toijkz@5ZZBGyFGSA8L1P=&^^o&MXsWI7*hW0uZZWPvUci1Q{IJ5an;j15NABvK%k+$cvtljZRsO)H6WD=lz5JOr=y<_0nsoJ#H
TCm=<$y&7DyQxa3+Pk;PK%WytT2Ec%yc30lhJ->O@=NlI7gDkMChjhNyy3*#!b)3u)7rxI$Aui&6`!7F5I6-MoD<)J2N#8^`Zc7ZNV?235%=8Fl2iOZL#<+Q
>kIWc87Mj`Itt=YqHkh=;6>EKNq2Et#llm<;SySv0}lI^3eMmf;NfYIk5yVSfvHyhm6Lt)cy<m-PL4~4477J+zP+#>{2jd3psl^RCmDT8^sk#Y$$d<Tmvoz<
dxl9pbl8lq(UK1QKeSkTBRW%vhv@LwaOCM5;0A8Udaql7P+Xc_DOPPbG*;LIZwFi1A)CDm8Hg!qPkOB<ZNz@s3Dnw`dGf$$_6{bqA7N&%0^{y5Gy5LJ?B%lA
r}6lK7H?>Bb7#}d)$HcOCd>`_>*?}P`Gc50<(nC)&*!ueKWcA$u<u);1ag9sLQrU!gC}f2urtmj(+Bm?8ev*Go5w`A!GF^0^I~C>NIrU&>dGJ0vg%5&YRQx!
E<Bt;)}YwvHl!a<%l~NK9ia%agLA#n&LD@KuokT=ax51rit;PP+STVtD}i(*z1I=5zd>D%4SK3=!(>jDMU0arkXAA%5^YUzlv!9_Ag`<;+P~Xi&!j%ZU{{pS
*h?NQVBlT)asQc39=-Ndo5cV7Hkl5S{N`^)s}3!Yf&R2);3i`Jcj#y1v+C!56Y~;PjgHvS7JT!0=`|r6@<Ize(FX4TTiPSRH_E<vr}0B9s=vowz%)0~pZzO8
SPbKW=FnCjm<<g0uN~>TfwcYqyVcL^QYP!0{oX~60a%OM#qBdjf#A^XJ7F^duh<<~-Yg3I{DQ&j?&1gLY0+(d!4bMz$&7=@$OMQ)`!|--fnnp;bs_{oSfn4S
ZBTJhP7z_*4DTr_GHMqxt0UudUmDqV?whC6aMDdWrMun+$GmV|Iewm+M5fnKomJzTXASf^7c^2KR_SmopH>1TVzE8=2*h8Z*Lj;yE`nmQ#FkO+jO4H2Xf8S#
BIpp2=9A_|2ZP|9A>L>N$>YePe|k2S_p}9D(XI%R1?;cT>%7hT*n^#DTf!)JM)G4x3>Ov@76bvvGubnX`c_PObTYb$3pu>#ug;p0SMe={UT0AgdY$vqC*~Pc
16I;3okf~`9qdO?S6Op47MazM9Xh;2n;Z6JVCfvRJj`n&IH6VL?gc_-b>ayTzF6`#>6d_xYpoc$PJiDey<r%Fce1Vatw%?!YW*txQ6}xg(OS|far@bzR8*I;
FHfvlm%c*?SQI)-gt3SF;=#UXskVj@?DS7Pj#cm-f(u(~H}64KhZiN<(pogU&>9D6Kk=zq3U4EryJqRw07JiFMp{TS=<{^@iKaup(kyos&7>b_a6X;;#y!yJ
bLmuNlJuPJMjNRbzpsl+h>n3ow96yOOYnq1{{TO<ddbX9LuvOxF#42T4suCzO4<Tw#88<Cr_Z+wz7Q^bdK&i>Ars0yYtRRFr+kmH54I0S9@~W)JbrIO<CUK`
_@bSuUKv6v#KguWA~XF+JV%H7jjNw3JSobI^dX~YmE=YodDPiFi|Rj78mjXt+Ibqzq3gBT`NGkZnRX(qvVLd!JY<%(QJ0!reQ<XPDkv_hq$aA{dS$FIa^M^~
48Z)9S;f=PuIM%sXLBy@o9zPwkjr*I2iS%N|F{sh5-!4rxn~cc-5%Gh9sv3hu2e_eKvsOngrR{nidez&;+2Qc;hM5Nhd)GL;<jAst}>_tR6~2Pj79b#>#S?T
jUTl7%0RjiCe$s7u&+_Av^h`+d46c&(0Ol6n2ctBFyYp^8_4YSak{-TP7nR&E%esv$q)!=q(4>{iBOYTTUlhV;}`f7^K4TmG}7iQG$)Y;9+P_-oJX8>_JuRg
+TiDr<5izKaEo!~9LJWp71p4%w1^0ZK}mj50m4qO+2Fnt5eqV82bm2$5Rgt~q*cvG^a0U+J3R|fd}36R2r;425MlJBCZ*x2w75bXrK6LTEx47{bu<HOEk2~G
3h)c{6(JbHGCUCOOrGCErUJ2Kyg5sWC22)8$kUS!UctyWF*IJtfP)p883<e8A-Q-qJTw$_iT1Y~+E_0sK!@88;Zpn(!eapK%FCi!DRPPPk3yu!Q4Z5BAu2l#
icpbLma7m1{$W1;h;$gt<>2SJsC0;=4K8v>+$rpI@ZBa?E6M}qkmotl;XBSJ!9OwxkgJoMy$JT%feE1q_gKymy7`B?1cE)X&vV-)#6m)3GUI^wj&r7WhI#;F
rm-*d%MdaOlXg=j1y+URo4Q+PbMhjMi4JGglAbE+*Rynfj2(3N9G_CmVxK*u%Q?s6_q54SY$w=)y|+l-)6zp;_AI0oGrF8}JU!$CcEvQr7o~`eE|5#L(sh?E
fT(9Kc5z2R!J(lLq$KcZzkY>9@uSTro96GOuqz`f%22r!={a*e=^mYmozmb_c#`gB8<Su#ETdqHE5^9bqFy6S&H{}zM?as@<it{!kfVbO1bZ=>oDP2sW;8iL
5RP2aeN$O5O)=5rR8uLwH1PbXtejzq%>&)=C%Sv#IDiBRBq*Ht4-orD5Dy$A;J`?{^C#N-gGr5UBP`7E{uKGw!Y@#d;1hU1z7{3lzL1y)r~)e8vR0#v4bTHd
Ay^0&flH9r;MrbwMr7KXv|yGoRML#01GU6J+*X5g^cr0bBsvQ0`)vO}G;Tp}mJYenv3M7s4)qbIvrt1Sqsoy7XBjqt42d#w;~X{Z<e!I>4BcNIok@4YXWb`R
!ECW{BJM#0ZjHh_aTyC5$r^9hS@EH+{<FLSk#Eoh@Sst(A78V-wyL@eVgAPX8u$TWZLdqDhd|5+&9M~cAMwl+N)O~56QR~7olXmj^7bW_1N!RlTN6Z>w*IZD
QxI86Y&dTp+9X%xu9YSlDsqHYB#%1GN&Kts<LpmQ!dK|?@eG!Zv>iKZv}j%8uurJYFRc*a)H_Kb5oqu3L-8emu1C$<B7%1~>C!6*tqBVY4-Q9u;bDH%(ek6)
xF<rUaEQlh7_d~df<C<jM_3ZQq8ODW<mW>rs@__%TCmyVuvE0XHxKIs{MM&GeJj#xK)wA}q)&;#I;DzrutkkRVN{7bv5sP)yGJK!19@qbwlFMa8+EbpaK?!9
bHfZeFT|BRQ8S!#t48qPmzZ(BHDyf)*zRk#+p8EynQ}8m9G*%iz+=GgagCNLh;Bp8vQme&W4<H(1$$T=YPA*N7qz>Clfw1@!hP>xE?<lbOY#vyX>REof)+S0
4zdO`9u{XgCLsT)@Q6@AUf}B?l4`9xc;^Ty5E&g8kM<vaH?fj21q~f77Dl(31pP=m!3k!^*qlV=kwtk_U3J!JPJ-tW|GDDuE5mU|fmR0(`|%sxUTn1CZWj0P
54tQZU_QGlE)C_?yjy-2P$ujN&E0`E2D>|e9on3`ZNIQTuV9~e&gMO8<Zfit8ze?7qN*R0FuHOYsu};8(*@ch@$Q%SB@uV;`zbLOsBmZ6eQd^~|HIyUz(-ZA
{o}i=XEO=Lz81uD0Ffe~ks?I_1reo4?=3)pgpd%@dp6l@vb)cgWJ`MQ1QG%XC7}h7j&wl;#a^#huU_x$I`R6OIa?AG@4epl{{H{p`@VegIh);6X6AY3nWxN|
dA{C%C8rb%AZ&-K5G8DZ%TSE){fF8P^IySB{e^z;azDP)9a5G_?S)jxfjSQg)_1Y?FBCSG8KDsoe|aR3{#i*T6m8O3wKi%=1BsbyliRN5<(Uj9C;J8z(T0qb
&z-^zB6m$Bj{_NiCLMunzOXIpEuqy5_8Rw^+mQ8a*|EkJ)X9s@lox~S5sC!s#v*7y7d|yN^Edaenk>NLO+hO{k@xO!#f5G4yWuGMi{Bn1=ZP@s#X$nBD4uq0
1*$jsj9j~7HoT08FP1E1;yL`r$GDpSSTeG0F+;%_KUvWj*A{ko1KJ(l6b(zz$RP={`GK<!Tod40`>w{)E{)kj8}k)@QxW9_6VhfT2BG)>|K+a&ii35AkW!Ru
Y|4i{s3Ed8fDee+v__bGU^bTV_+k9qO>7mmntaXz&Lycl=`&yq=^+sQ&oAM7d0J{Cw3)YGpskUuQVfPG-wNNr^}q4Qpklr$73HpnS=8O1w&^K1%8grrdnUuN
pS>GZ<D})T_c~R418uGIe51)Hi2O~V8ty-DLkLo(Yqf48lK=ImxTkO?{MhU+Mx+7?ty#t{7S8SQgCkq!2*e*KI^Fu8M|5$`y&Yqyd)yfZ{5-ykkM5SGX5SsO
VZnHt0>1y^#P)Jjn!C3KP9dxyufkf|e>0{{6_zw5RPkHt%Uh^d<e#V2qw12D+*UxJ>jRe3&Q&GE#GvU@HjaZSXpI+*6e{>i$gUK;n@v84$g6IP*5Yu8N@pHb
I%8O{QX{iZatv1}t5X<s^G3*2IYDgx%&8MKs_}rLovKDm-u9v=NE36a>|h^9M5GW=)8JjArqK?EJOT7Zn_iFhV_$|{bDZ?!20IIS#hF2t>8!7A)ma~R>MX}O
kIwqi9<0D}QqPfC4|dHl-xkU+mA$(H7kS|+^6!dYTqcZLGW}`Z8_VMrSW<H4IJ|>CAAX&T;5%5Di6!!mPrP>0I732z*#qQw%*~I#5#Z|)XGwP}@*Y7>E66kv
2V=gx6xyJ{A8lPpwSp3*0C|Y?b$6EIqOY>ctA*bCWRBU6=M*Jijbk{BT2(rFeI_@3|7*pQsbMpaA!Hy~DUg+ze!&JF&%hkM7kde%>H2s+8PY%(kJ3pG;`>HF
Kx1KK<$@Dv>6<B6;8O%gj97B&Ep+Csk8%!DT_J(5#+Q=^kug@UtpHT5H&nY+<c^;>)~lXZ7mn@>!AatHP(g`yQan+P7f}a5#I6Y=PgBua%y&$nSG=*N;}eDb
6EECP{uaC+yKfR|TxgjL&rpw5nle9lIa)G#Si&1_pJIn2Qxu^0Xm!5rthzoj`?GB_$4j_|8ulo{ZyZXdQ_=^^aU;WrvH8C&w8?P;4gX$F^M9J*!`Qqqy*dJ_
ClnH2)F$76)!ffgS1-NqY_Q`2Pj9aiE4<LP!htk!`;Z=galEML_{*(NQW+CLJ;_r{#=aB16pzz_rCq$17oA?q<8oZ#wO{_VwM$D?w55yWxZDf(VlAy0S3taJ
OWg{fr|&LmG(T)t)Q274WCoNEc?AMq=5<}p;vq6Ztm*-cJK1x9C;60^*Lt2&tUdzQv4{xwmG|@7O-)oRga$;SO^LzkU_c{aMBU<($p3KiMfi*cF?W?7ZQ6&L
_rKHhHA{f{TS>sdUcVB;2}dW|7SNv1k!MMNvRWWZ@KfYjoWs+$Z-ws-`%k+2^ruICyS%`5viKbRa4e%DL|H2mB_<ley*2L4+Wwvo@#h*RQ971gS?mvz>qXv{
<6N&lRKO0;^KQ|l{W;m0nwj134cszCB>vp)?9SfK?v%*!4ln$+ob32x&pW<zKkwwqR{Lw7K_#cmz*fc#xs#UZA}xJAv@G*{h(A|}v}|?JA{S|qJKG{YN&0%)
((3sTf3`Sj>F;cd+|`x}`)4eK*og<amKY3?;b!)Z@&($a8_p&T6Pt7&d;WQk(9QQWX^Ge*Jl55w-tvxQuUP0afJVaWjUjnR?*)5G+J!^@73=x6tHT!v<KA6@
<vi~3^_xF<)XZaD)C`r8+4j*2oQ{`r<;6Q;Gs|AjS|X<2KB;l1g3s_|;ue#6uXD=D2hMinK`B&apu)@)Jq<oP<m4oWFaQ4_F>AfPeV@atNF|r0rXjK##i?Q-
5KtGB^*Af+Q!#;;$7G%FG=7dR#KJ=5^Fd=uDfFnz$+xoX5Y<}WiK<fdYCIWANko0+O#43WBv}Li!b3G;s&)~Fh<&W^<S_p|n(Y@{qSE}+)y^8*WsVZ&ni}z=
4CSVpQ&uU(w>jZ1oq1dYfZ3=)5gILQ1QhOMUk@?wE34{FkD(Xe=N;^nQG8M)I9whF@%lIe3N<<bVA`B8H{Wp9nB0sUK&4<QFj*1aVkZpdrn8U6bw)2@#<mvE
$CsTie}3BL?jyz|CKqIrJPMSc48K)-c?cfRF2e<m5ej9lPS57~<NgDrp13`!rC#=oj`ulRik@L6)PS`@uwN0eZfcFF(rAEMKvm9u6|4E$GbjQ)_*V-$^@aUo
XSY_#i=jwYtVMMiCmO{-FSqycgRinh>ge0zT=DQOb3r2T=L)=mJcau(D3>@QkO2(5Y&Gshp2RUcj>kNH3a=ErJMJPU6f<E$?W(J2{YlkD8Vti};|IIXp_UV8
8P?5dIKQ#^b+mn|X&g*OFe!8B%2(0y36rAcbz1)#(NY|4=_1nAOdA>TVFjKf#{x!|u(yD_4fueJ;X6ji|BEBj8$X2iDM$}F-p9rWej3J46kdUGWDwuU6EYtU
kt&;|xcfG#<EdsRfMvxtnf(K{+^VWrfk&O*g$DqZqT6uFANM5va3Wt0TlLKrR7<$h7ry}XmqzS!POw069G?i<WL-K^ubHl+PI4rKK)^8?npn0f$i2rjcraW;
&<tNST|@`J{;*&VphIviX7BT8`)kG#Fq6&Akb#3<M^RhXwZ8^v;j*A50;u&$5%gw~S`n@c$zTBH>05Gzn!1v$d@VF6OQ(5w{=M%W>h5ar&k9`cg?*?)Vi@~|
Fb77F(bVA`6s^E$^MNz)7W$5KyGds99ryi)>rNHc%ft0f6t!=<yl8#gqYvx7T4|Nu@_g70^+9M$AoWfrAb1@XUkF0GqfTbhp#E=ppB4(`Ns!9sC{h_7&eG7R
5I{2^?PA7Gq|H&C*JYuk3v=uJ-RkhP;{o3`TJUG~p$hU;J-6CArvXl&U9~5_<*&ncK^3GYGDQG;4O0nO6#|~>bZS(f(<xKY@)g{y)+tt&8h-G^L45?6vUOQm
6xz4AAstI2&|Z_z$FW74@@Q0$ShWe3p(UGMeUcv!WN@hp4`i4(SycB$fI3njQ>gJvD`v3e28$WBwsLPR{z6TO!lO@O?mK}t60mH{4L>*V$4*C!sAbSmG2m}z
-jN@5d#5-?Drm$PP1H2Fw_?tAgF)ZCBk#E8MTR(eA1U&F9OFF}fnAPyKAgV~ISt5NPVNtp+pl?DmE$MD_JWPbJznRIpO6@OxW}F2F{<p|u>Vc*@9Ue(zoTz_
z39l0E@tq#6Seq}BZ7VSzipETdy&Vmgh=sf9?$*&d*gdu-b6JGMO9@^f5!2q%(2}5Geg0#US_BuZ5~vRE9{lR60Q5a!fFo<0Ztmea#m%1S46AVWUy?R%R82E
B*-4Yed#P{k`q=^<Ho`9_pn5SiwP7<s&*FiIm5w`a+Wxgs+MJh&4Zjumkd-g9GogoquH-W*-xA8M3G&jH`E(ZsiBOa8MnD{{jRgN2Ws88exegJz0(Q$X^4ye
uovo-h`iJ>ha;2h%ek+e%@+M7{Dj7h{?gg(7dxA6f5TbGhw_%*9O+5^`p1i?beDkBDdpJ-rqn7bM_{r!;c(`2ctXegU!8Yyq`^6z;OxVlGW&eC$mB)5iOb2?
>l>L&W;2<r>mrk%YurvvXIsW~aSS!i#uUR2XjCGdHbbqYJ^Cn_$We2)h<o2z)ay>97mXX&XSqi<hIi7n&so$r3>fD)N0yUfE-gi?4c4F-ZL}^1P-qtyK%C;<
=P^d2AMj46Zp4?x(HRE;5SWAXhOBIZktz$kkuryl{ZY=6Uhh=1U)|~{cA1cMTosEN=o;50ojk<fvfzD{{TGEb-vZ@ERAeaD7Xd1B5-nmJzRhH6nbw{3HNcbN
f31^$-#Uq|fEuVyMcPcD97JRWspZHDyr28PS=3Y~lA^|qt<=fC=Q{aU;^Cj6L&}kue{4-ewtd~jhGVBblge?7$A6ja3kO6}3#lJmPmfcM`x#u09&!+MO{4ja
9C?bUOD*`ZvnOybs*xXNa5*;_T#g2mXp@b><<!cHaT7<KXd+7@_mGv;BJ}En%VBSAPDmY-PDtT|438#8#R&$N)6MG#`3WyFx(i%RFZ-W;_nCaQ**7UZWH0tV
bWW31bt&QpRs_Sx87+T<;p23pMZMvLN4u&!LvP*hF2Oaif5i6yn-_gYu>qF-!0(lp=0c@VkqpWF8+xixDi96UKY8U08OYBj_hb$eRy4-e@bz2Db_%eW8ZZN@
&EBHV1$3ox<#-{;>!8W!6%8?`0eK1y!uQ3U=V|fRp{=ESC-RQR&nX6b4SF^?oL{)QaW|XC#Y6M=yC*A~sKsrkjhVy}gSUE-No;kQGw=MLyxQdZj&O%eJ{Hx!
d7n^D5B&a9EC~3qAzzZG_;xm3zbG^!26<-_>fD*UY8v;}9j3S41H^Zd083%+rT`SWYMC+^&?E>rlv?1)Ja6$;H%sl$IafpC!)!t475gAXT!J<l(oiS89}<*3
izky`CSC*y<gqUY<7asM{ALDjlh0g>IG`#Z8Eu-jB$mORQ1be>3P%7xj1_z%6lwA_9&Eq|d=Hy^?Dy?bEcU`vv$-}`=JCIFC7LYoI%4u!v|~Z`dWNvnXBg=%
kViisj0f=a;S;d8vc8HsWvA{UMz7?!RddI)m2ZH3F9=jeAFAGg>UOr->KQaZb8va6=S@x}Be!$w09zja6~q1sRg~MHMu2+t<wg6^+HLcT8351l;eE;d0_pMX
(|81rhwl2ZNGOhl3>t~kv6_IQm&^{H!XScl_^|_m_tv`%JM=rtwxa6h=G;2Ues3_4NA!Vi#{~cI>t#W>3g0WcVxOt_^%|dlWwjkX<63RUmg#u0c*~cq7wmS`
TE%BESS#&s*9-1kw`VLrkVsY%PUw8O^(Ga&2s~Rc49@Nm_Q2VX`H$hX<-&4!Z5Z!O?nza&MjX&mi-P+ezDD`m7QQvH5N$3jGvw%zHba{RY7|}+SIt)!mC(@>
-?)tW;Y&3u0#RJ<$}$Gj+;{F+Du$~{S8a(zM@>E(1J&yx8bP9IadR+A)=Y?oX=vf$m+(>^Pr7!DR<T)i>a_+mr*;Mm0z@4|27|N0tlSR82yCW;Yzy)}N#?O-
lJ%H_>B72zdE{Z9+`YK9RXBbM@?9av9@k>Lt}CqB;@b0Vimr?v$QXUx;O6lT4@_RI&I6z-u7_IVg{2?vJH<DYMUNLqh1VY_#7^9W<a+&e-j4qKAXqpnay7zV
b(MN&v)ibqIwq=u`HFXaj+=aJ_OpuJ>l#*eSt7f0Tf=VG?Q^JLouIc1_BRyQeNNJEFSy^OG}*uR$lQajHO!N6s=~hP76r54O^KMTd=#Uk&EQ5>6T!vzc3Bx*
@22EIueu6Lc4<BhXCC0JDTOhhL1}SRd3LTcewG#U5i2mu1Jx!j6l-v1Wxpww6)*P(jVZYhk+FCkhadiq%g?cz&pI76F^B&FCi3APs2tJ5oWjbE)QjbC&P6K~
VANRL>xmc}p)27Gh~{=w|4S?CTHWi~oRam^Y~NERpYzzR=v-I*$A#&meJA;b@|badRG2#c1BLwbLZ?K2zp$k*?*|JOZCZw6zIfKS2GDSry*zjtI&Jd#$cIwe
MLgN4I`dzr{XaL5=Fi@=5WU43dghjfGTp|kn_JaCz&^}W*W(_~en&>~WR%}i<S~KV_i=yx0*_z(=sOnk5DS^6AP-XW{E+~A;6PCWDrwqTwhz!w*qKlsh{}Rs
E-ax8A`<c--)X(i(vde6zo&o_y*@u5HMbnhE(dh>$Quknt@oq_Q}`rmikBZk$~@{u(Rg+2UAqEzr?Ob~>AyJbx!;$hFaHwE-w+vx&Y67nb&k?CLWlkj@p>o2
dFd3`?Nk$-r&jl2+(!X%ph=8It7k4$h5(vA<0yViz<u6sJI-I-`{E+OJO5Kf;J!JVXE4LtcPJ5P>%SY01%4mw$!~2&7fe3XI{%R_`^McC`<Gs;Tn%cnhxlHk
92<i_RbbAGjOjG}C;yNcJmfZm6TL2(d@fYsd%op$y0`=gMXR>N)bVv&%9@4td36hTTHPdAy(n^;$NO32dzm)jW!$D%Yo3w=ZRq3|P{Ln<?V(w7kv>tM;hx{P
?wsCWn=1lh(Wbn>?9~ip<{2Q52(Y>|tTY}q2X0rtlZ4);E~ffQGR#CTJquBMZ`gD>Wf#iG&wwQNl!nwfrNLlk$_kJk$_tDJ)EaycN&(g5X8`vTU{_3IU@fAp
3#bdu9-D{UXfks|iDnxsNvZTbYRmB1HrabLnj<w{y*`S%$Y0&_=4GK>T*EmzIAS9|3r<%ExQ@Lwq%J}~1~#))uIs;;fz7P*>KxHmsBk=SNio(7Px82ASLr#4
7n$1GHFLa1FPuMtAE&80B;YS^xs>G9>qgX{d0I|2T!PkXt|nJg!OJWYn+)~?GJB-`ZU(erKJC=*Vsv|m$x5ist>VRx<*dh}o!b2wr*<!?V`ykPorp<`h>;@?
;%e@YGf=vZJ@gqX=s8x9&V#lg7PLw%sM=Z1X(}rncXPSndDO>8MPM`9+z7f=j*FhwI?7~@rL?tKc_zy-XKTlKS{uSDiSXE>rL2-Du@cAK&RVSdbV@fYNFQS5
h#YU_j&unS-(y8A(7I7m#7Uo(tegbBbK2fn&M|q}A`zesGR3l9By+hwILBR-XuRHIrL5AqkxE4L+7+y*AhD<_cS(3ihYx3t_skENi_niam-~_A{_3n7CB@@D
fc-ezP^qIn7k-$_%g;8y?_|ld9yq%NI`>PYa1ScZMrQ}goeju`Ty1VT%2b0kGZT#*!VSb;T(gr75e@DuR>U-|8ww}b(|_y5a%!B#h-fm?IPwVT&&9{CgC)+_
Kc9P`Sq^#}jw<$XloeR&REr_b*@4)sY&V+BpRkm}-N?gSKo=iq2rJ<PD{HF<I9G&&+3M72?}^2{BJbprxciMU3VX2?Mt3XB`Nms>{IExC{-KZ?_OSUeU1q9I
$F@G`n2=ZedqO^=qc<11go|1dJoy#2>PxFv8Ijdgkq?b%YeZ!bzcDm6Kv>we>Nx)n96ed{rYB6Y_yW~3Y=fwMg3LaGhNPApg8{6lED7TH4jB#oC(_VA`}_KB
-vjzUPPTMNoIo;ZC@PPtQ2Tu}?q5#h{<MAxZ;(d;jqm`;T=K<MR`5lc{UWw1wt012l)Dv?I8~SIyn%g9l8K+<ZNL2T3sH%8{%--5@%tyBGJdxMmGS$37gWaY
-vE{Iy8|k72UO+`sLUNunLD5||1PM^(BEWqmxjAQWd=&_llVx+NTy4?8K}(9lKx}<AgIjT*KY$V^FVu@2>#NueXitT`v0N!HzhsV&r2R{x6*Uz^nXv+|3Jz8
?|h2xeP@H@K6><_M_+n$^BX0Rjk;UX{k()8{*vy>m*{_`q`UtHNpE@%$t99|-ieev>gOjO-RDh{JW0#$$IAa`E(4Xhx7+#ZNA5m9SkmiiUkOj2>GeaCq$e$l
o_|2@I3tlekfi%}?UJ4WNYYINmEjcK?xXe5Yu&T9-g@NS{(CpSM<v}x(c`t@lAgW$IzeU57eCtb{8CD<)b9~W-=ppOB#*bx8>FCZd$4_T525`Pkr!P135joe
i{y#+{k<M&m%jWIJ;%=X6z>gsy61_xlE>Qb_q(?}i<YsuZx8YMwI2Q3uRYzP{ba8m?H@jMKP|hP<A&t!^Ox!WSX%c0Nw+3Fqw)Ukl!xei?@7o{F{%6ckjIeU
bCbHg^Qi=ldX3&UO46+?K+>&l54|T*BBj@R(fjZ98$GSNU++oXN73i#eO`V^ljMFcN@QURCHJuM{1PP(`6WH(?UyI<q1WYpWs>fGvmPGcH<OlGB<bFyp+}fY
IB3t`^+gW}H}jZ;YmJb|2aS=)b#F=J2cML9E$t`q+Mtkly?MzAF7v_w30k{af^vpP(BI#cc(2Qlc%L68@$r6G;<M?9#HZXK@p(5)(*40XlI|0qkaQ3KOwxVJ
DM|NF8YFi=6zv3=nZ8(Z_ZuT5cl+;<_$mq{zSHcIdmf)6xktF-1eRIYCb{>pPI4~^k=(b$*+yy85()SI9*O*8qZ34C(+LUcut~hHE|>V+GsX!Zlek#ovyImO
=RZ4vWOjA;0LlDJpLGMtNGPo$n9S{fWFn4AB)M}Wl6+cA31!gdI*H`Z%O#Q@hf1W~j1nrY66t-TB+@7PNTkD#N~9waB+@bT_sr)d(mBT@(lrw$()Ft((%3?Y
G;V-In);+fnr@ItwX{yd!xCxva*4F6mqc1SK_YEH5@}<#M7oVWPun7GE09QO8>R2+B+?J*eP7XX{!}NCeltcQ{qcxIien|xjyy@XUVoQ#8#GqZ?U@=$w{bQ}
x0&>qbC0Cks-Gp@!lNYJGS^7DQ5w3HPL*`qF+|esy9XpPN}BAk?<BH-UcUmxkx0hVqc=SUDkaKg^nWKP&Tp@6P)e24{y8{~a)a_N4-gIms0nug;xK@m8A>n7
M0!kCdMRho|8cJSHg>s>KBHtnHw)?Y1@vHGIShnm5&a)Zj}7z)r$-b$Lg*1mk04jMGn{2h0_m}e9`ooCOpj=K#L$D)IhU5bNCeW6)AHpaP|ivhSdJSgXPpu$
H_@X%y)NA{_80QyOTYYdQznsCG)p8G7XR}1qd)!f_hr+6`6YMGFTc>fU^2wUPq#>4@g63tOn&M2+k@TAef{=eH|+fXP_P?D+W!u)8?kdeU^n8gKMr;?YUqDk
up5!$UxVEY8{r1K8TvmP>_(LHe*|{JZuk#?-ArE-5EK>ikKk^GJU9Fqzv2H&FmFcw55T+`I+S7F412EE@Zm#yJ^%a&dW`J#{HS5QM*5AoE#}RL-(ubjd+rv@
o99RU2J(j1;=bvhLfdqalsniqcd%{lVB6fmwz-3Ca|hez4z|r5Y@0jSHg~XX?qJ*8!M3@BZF2|P<_@;a9c-IB*fw{tZSG*(+`+c_SFvr#%5o_g^PW^$F5P=l
YVTVwb&M~U!c7@2JuR~j-6ykeIVJlS?p$-tmG1vXDV|X#bxdR608-f%Jma?Kok{zJGO1m_2c`B8ev~$2PKFhgG91CaoT+pHQnX0FX_4X&>ZSI`>r%%{w8AEt
{c64IYWY99dfVciIq5HzN%1B7M5%pPi`1S&4@ZkDBj%$rJfYb|@Vqi9nMa?8GWxhohVQTLq~+R=A{~I|-*WDTn>O~a>s<3+e{%}^dhXjmo6=e;wezgN88STN
c2_#j;>Vh$_<A#KspHlY``jnUhH`1j4JqDT?ku!XhASF>_fo98V6lVf`H45Ajw$8RgY?>!#@k*hqmOi6tC!+Gl}jDHXdhhr__yauKXG*it<TO=W;#YtHdj){
(f*i9yL&4A^1FAqd)eNPo;oMPsuP{3MwQ=kN)*rW??{1O>MP3SZ%)%E-aL0p0rpEbq<fCY@PNa=IgLlW*QJCB*F6`Q#P2(P`)l~*`<{Z%U6<m+=bY{QK!)?)
yxo;+wDO9}?!pSB<caHSfZ3ldl@`*61|0eACHmB*6P=gvsHgr!9^lDJvYMolM1c(YvKQ{j<E3~lj>2jeID}0F>3lMPHZu{aLc<2l0;EdP*9cIZw>7T`oyOxi
Tb;oICFt;)s<r%(ATlsRNVP#0p9gw_DIZz4R)296P)<%pqyQ1h(DYaoGKx!HpF;mo(wa;q#Gru6RR{Smx8kQwu3AeID?<1U>qCQt@RGPHzM+0gz3Yl{#+p}N
pNEoDbUMgH8e_VdFTwZW?$}!>%h>79uMQ6k6@n{L%lINFw%TkiFo_b#0%I;RWM`Ly3FW3i0#6pmV?Ya;$w;fth=mN4Y=L4Ienojg*+xEieaL!YQ*nGXt$*ug
SN#<Ur5pL64Z$0P$ikS~t}UyIEe>~Hi7ANO%-3(NYj9o3IllekTZd3yu3k?oH)_o3d@Q+-bSK_Ibk@pUd~;P}ov<a+7R|>)Tv}?XtIetnZ@e%U&{Ea0%>wMN
$KJ&|QPqjo{VjkjP@yZ{h-?YAP?j2Bqs!E)T~Foan@o_4ijr*!d@Q6Tt5eZP!gK0W$}kN|&CAH*v%p};HlyF7W`x@vzM^D~x-RNz`;B)zx;o{i%pP=8=9oeM
e{JupxFIjfff6A%m9lc2yy#|zviK&l?an#S49E!8P#A|IGh$;Q97PqU7V?$VCEJ8uD=Pf?m9R1-b}fotmA)>VJd8+^d@Fv%T4*Um=KL+2_X8?`I!#F;QffjI
VT1GOnu_u*LfeAUIXvkJ!2^>fpqReg>+<+ih!s+-P{^N@Pw4RBl3z<+keP(k5lIUI0cjxul8e#ito%wSMdfjnA>rXMfx^<=v5ou((25_~jGsj(@Ffl>$tRQV
xulolrz#^*M(VmZ76OWa7*k?Cs>muSfhy<YVUbb6!os5o+xhcw^jLWds@hx7Zfkd~=?}Lb^Kg%iH^#t=*WC=Xzj$0`Z=j4kM45+|$|sU$PM4XP07+>6wzYft
CMc^as7J-ybB}@niNh`hbUJkuN}3ZpEr{*Wt;rX_429-ebQQnJ>9Y;ABT-H|#PdWYFaCln{W|Xyz6Ve(v}vls(TX$(03AxU##Zy?wZ+?oE5rxFd4k~OfH2Y<
#SP)6$m5lrEPRzXxYWhU#VLzX`ljUh>;4G~KZV`6UoC#hL;lU*kbmP{5Bc+t%N+e3!xV;Wy$Otrzyv-~&NBL{V^LZlr;~$CR~1l%!gGR+VSvaB5ZgbPOhC7`
aT583OIxN~rd*Cx8<H2$HfBJSKBee3ZQK*vz<&aJ@RK#T4?2l2b2#e1#&vJ92H#NRo+^01pam5lIGDeajl?}r6^k~dCr8ndC<<#S6y;^vkY4UjUU8)s4*!XB
@@DjnPSN=Ima(OxV=IyJ=o|X|M<ybH|6vg^$s6$^>tXyjOVM}+syCvQX*!R9l++it2yYW#2<4~3YpNx0ppby{HR0qTL^9<Kcr+NS6{vLIzPx5e^Uhz>EDq2k
6LOaD<Z)OzF6Jo|H`qBq;{>W#i)hci!uGE$Pg|a{oOXBeVmd%I5CuuMk*;OCVz%)g)1K>9i~G|7dXdAK^4H1NT*?ehT>M<53Qvy;3q$MIM?fkds$#Meb5V(@
yclY_j?-faJNX-M_>wIjZ9h?sAJu2OC6%RR|5b0?@C;O(?9z0a<FcO?{Sk?M5n}s<kg<$o#{6=O^hQ*4$!fKjk;znB(+0={+n^%u_cYt%uzpbDI26;*Gc0XX
<WI;aQN}4}X2d4WMCqYP^Zya!cE>dGA5qQL$0_n}I~n&mmoO%NiZYyPwl&kJMahI9h%P}}&6Zlo>%y@`$KrSK*Wk!SY8-Y^j`7BPbR3`k4~?5js+tU0g(&x6
!SO!>GXF~h2XpusL(0Jt?61HB?ejTP4(*L>RGL^8!fRlGE_Eh)sbdzWO%pfprDkibd=BXKEG>`4<fA9O6?<F&39s05e66%7h5ZLbs}G*~aI5Qrm*c1ty2RxX
JE2RK$?RkCV+y=VUQi6BLTMa>DVZ+6il5=|bMpLBb}ojc@9!zceeo{NkY&uK4YR6ql6W;_u<dtb7<ro`qyNeERr16*h!J9n8C1!1`FQdSN1l@>#jtawkk8|u
a?+RV;<OnWHK<Wqwlbg3hAe~0gzzxd$D@Dux;K6t|ID(rh^=;~Y5CY;^R-b%tU0N;GQT#4<<s?g3;Waywp7Rv`!OQ{#m=3(Y!0C15K;6}JIXQn<dx@CWLKhQ
Jd%4)USxwZK^zg|<h$`JT>amUZ{H2*z}7Xd3h`cXbX=ySB4uiNG9)_tcCYzJlW=kE$rt&d@Z5-qr%?bI&dp{DB3ekbP&q#+PYX;7QU#*4AmuVuG)gx{ST_QC
dG?&;LSRGER-U%F4UX0}?LpoF6^f9B{*fVoBGU_PLiN_hT~v5VGK$@K3Gh?2OXrl+kcl4O(uhJz4;sT9KOn<zZkE~aIv}&#>t&8t9g7&ki3uzyC(WA5r$T0i
G8y?VdMRK$pr>Kwk)#r&%1J1rcE)c2=|vtEMmH}!%zykD9)J}B<Uy{6x(IP?5hnm`ft}{P<w)n%apC77T)HYV6I4iPOS7@w(A#opZy>v$Vzv5Ut#G*=ulkU0
&Y!<bAoq+S{8ZlC9!~}+_QqX%ogeZvd6GORjBlEKl>g!*?1y~?Z}KX!C{}3C6bNSz;J{D##$x|D0=a)Ad3>5{e>{G`VfKxp^k!U>+NV;rR^p7h;HnJQP?{z6
GW+E%GW%ZpI>p!L>v1<ILS^xE>_=~k4-p_XS6Qw@fx};2u_Od74tZ@QOhPMa!y5Uzk_wh`#FEHILwr(t9MV`In=%ZJHdTE7CfYgAwgOh77iN=KQoz6XR3mLI
9I5@JqJ?_8^`TVj9o)UARoEU@zK#!pz?Ah-$oTy+Jn9QTn_+jHegc{eOLT&0g!UUx6bmQT9(tAU)tmGn4+xM9vDS^qkimfX5NNepofb_T8~rS-MNfV<1drx%
{o6R{TLF$o?GJ24-W^X3Q`qvhx9tK{SfmOU)`hKEORJ43O|5Z@Mi|v7xgIs(JU7@rxD(uBzYKRL=?XA_A>D@Ny{GyBE+D`?kJ-I&I`&8T`P7d$B6Fru%`1U;
jTuh*AkvMzzJbhzUI=Ddrxh<kRj=)ul@BP}WXg8sN+|A92|l}@_K1Cv0*<AfirbIE&-x!t0;JB&R0~v*Y0atV&}hr^v=4yvoY~<;(uqGxN)mnebdx5V>NxCm
<0Go&aX0*WJ)R4HbJMrLZt=|%x7`1zsKFz+Pls`~RHM#J9qXdPLIG^)CRG+9+&K<EeSx!?@~u=5jJl#&UIpq*jTVt!&v5PZLA}Xnq47#isyUSpgN!g;Itn8r
xaU6R(yUs83Q&Ave4+qpMr}?y!rZGId3q8TovKkn8cMOKav7waG0TW>?=QG{^g&&wCY^>^sTNfpUkzE+dW*Zsy{P2QrusL&S!!=!lPPwFkP)xIHhF#t)3dQm
&w~6U)^nzOU{O?#%9_F_KxTqA4NV~h9LbR<#WIaq!ZfB{KAixkNfLv^BwM<TF91`%F~?QmWhw&sltuR!C=$mln!0o~O6d|$7UO%dFYYdEO{xy=5>J*wVNRCG
Rl<kZ;frS+kpj+^;ZQt7(dN@>ufRFQgQcewd!46CX`gh0r+gu^f9P1EFz11Zd1p-VP}XbG5>dzQzfa_-(#!-cQd+6zphL}Qb*GZT-n1Ax!X1y&QGH5g?@o^?
_H;#a27Z_*_=)hs(iudK7C+-pCc;p(0f>Nm@NdDFEoZ2g-txtEJQQwFYkaUHT@mbGdQE`$uHe0mmr&D{L*)&CTDFBu72xGbWSjqB6t#5G!UfQ^W}t48v0m!v
LB;n=heDw@(zxG%ENYXQ8Z;4^V_e@!>7g2wp;PK09;M`hi86j)c3UGNJ{_T)Dp-{|7Ldy2-sI5BdLR4<+g&YYY~EvZr-c!-l(%Z!-<(NMDZ^X=r%Ij-@%m&v
iZZJ8kdGkSVAZ?(<|gCP1?gd`3O{i&>&9joPAHezdtH>Bdt0&p!^<u8#Rxz1(Pt+CE2!}sduS|A28<@lrwB3G{(Ja$cjCLZ3&m-T$-Fuv!#N`LT9ln)N`@2^
y0-Tld`fCot#IZFo{8__TiU`#2|%72K61cJv^;EO#L5L|(n#eb=8v$MkX#yXQ`xiB7H`|k%tUQWRXnPWtB-1CmbVp8$PqjqRAvH7S{3lxYYcxNz>;7>>ns7*
4S?vNqRP)j;a5&M_~E(~U!tAj=Msr}*$<S^P31ED)+L#J&~X`FgTGhAr#Ve*5nn4WIjS8aKwR2@1vAjbpk?990WE?>o3(GFU72}JP=E@Rg^~P1?Tk2K^4=LA
@c04zz+ds*0+eK49^Z(5XgvBETty#D*+==+y<eZ_g}{=~Ccde)alcTatWR-qOQUC5qxCv7v;INB8$<aRbxE=C?q^^AiEr8)H&IAPB{NyRR*{(9Y-~{PD`~T|
X|pI@;*NL@FHo2Ys1i1!>Il7tDslCu%y^_pT|=JMsnLY$mgG<yTALHkayT=vn`9lr71($bUj;oiY+0#%D5xXTX`DdrUqSAEg&_1Id1&aQOsYXO!SRrQGR?^r
YMTpkb1cYev6_!D43$!rYB4XPGPPWV){=o-W+Iy;LeWJTHogS%a<VH>6Yj@l>zEZpwP*4Qg)DV$8c#(8QZrFpdU$3$!yU|I3ALOQ{*854trXw$q14`o8s@`S
SzqBxmt=T~{jkEAqo)Q1=_#!?4Jt{m(3VoU==SmZ1%g>^&`>WoQ<tGd%VU<S0syUm09$AwQX4Z3BEF$ktx=-!<V{Ye(W$7~NHuG-S>6+)*^CYxKWwd|<GM6(
o&a-0`$VrsE5^)>S_^0$yiuzA6IJ^L$O6<*Qdc3ACg(@;3)C}%g$cV}|B%NI;U3g`94x%M;_7gI8LWz5>(23p?{*SoA3%vIrh${9N(yIW_#BnGVOwRmXSQNy
%E>z6-BuinALH|(9Eu{4HN_f3qaIimNP5NupiN6x`cwbXI|6^GsQ9$<t=40xen<OW>PMBs)=b+vv?OCyx{zdvtL7VuYqtyg*VfJ8N5gZoCq9LqCwE7YVbnN=
0U1J792L_CaUcA&us`fa!trmw3jdH5?#A|IjV+VfD`{iDxIl#~N|tS(qfn<f0|pD2#el(NMpy7tpO<Z8sE1kUMH^9JXkkVXOM6;i$~U8aWQ<O`{&nO>ro{H5
0ufcLEaG>7b&I6|)#JN&;s=l7`_MsrSL^xOUC5fp+y@pIsrd{l3smS5W4N{R)~;R!C<-(Mng*1)J##bt6$Xn{v*x0T{qzYv5?yd5RRrltE&~4KWVXm;>Y8we
W%#pWGP~a%8E(fNia+l?`WC#6u1?)Ki6`Cq_w6shy8Ml{WR$Ja>-MZhWZa9f17SHDd11ado~g#cUIJ`M+Y(cQ)aHPO$Wr9}<j0D*g4A-TL~mVr>m9y*$NE`9
A9DX>HBbF6eL4-Ci^-#ks;G)sTG9){UU-(Dx?<O90WKf=_|I*wcK+aO=Ps(0HkLb^+bBChMdBeU8lT`}icP)4XRMfmqBkvBFrBHlAaimZ+G{d4Ll(+c6>s8$
;zHL6^IOAC@?XQv8*OLNx43sco&>v54d6j6``jbsLDGi|5SCYwyRa939CkO?)B4GyQxvbjWg2j9-;5ux-H&q1cb&UP!;!)z{=!6ml1iT7yTp?P)bxwCxzOZu
17B0@^YM5E4A;@ys)&1e_3Q<UP=-cJ2Om<KGP0>x;7z%Aw~z<Tt8eiNax4Zq(2MDVoc&&RSv00JGlV|-J2Zssj2}C8b&2b|%jxycaI%7)?Ti5JySl`du13$N
tgWII_}aTG!lPFN!8EkKc<oO9?4FC2o}f*enT(QF2X3UsA}+m{I(j>b^H1+b*G_RQTh1SbuhGS&?Gt!1WF%SZFKjAPQzxvVqFSJw58=0c`}TY90czb5GE0D0
7Oo17K;G3RA97d6Ab0qD%#px60328Ed>7~NmEp%Qr|=)|pBYHK6`d}g4kwL1Er;6l>&$4+Wgm6Sq*sF*CTEMr4TQZPYp6-jVkRAORG`u$wSJue>JeD8a;-(^
5`KWgvGN=;hKq?v@#mE(%w@<0BXb$NSP5d*x@Mz0VO66iVO4`zzT<gXes(St3wbO~T>u)3wi@|6<eaWtXG{P@y~lL55_xYRGDQWs&XG0lG^UO@zBQEHm+c)2
>ozlNrRvy6e$zI2gYf*grx=RVqjGN?oTk9{)V%#6yn`;yJk9b$pOz<xevJi6`1%@%r<M@3nMsH|-qFm}ntW72YSm;~uV*?Fzb~h1i;l-11bF|o)`?as%Du?D
3UZ%(0~pN$b^dJnY;*xPaQG$p7uh2=2~WT9B<bdsi>Dnce4}W8JYO$`k7SMkj<E{8NuN#KV}s6;N=;G*q$$y~mpT9QvkDghBCAL+i6SWi8TGfmnCI~VEXC{h
Iz>ng>7Y@eg=8$bf9fa(=y`;Jc%H1n&t1pe(7De)Z+!>QkJ|<f7hqFHFngK6oSPgl>P_x!MyD7ePQCa7&*A+(^?)xceoORmIi7{*;2<0&;3voYg?g^!%<pi{
``w4Fjb=UVfIrD^yt|xb0-G61W<1{?EuQ_#$`=@3L{~;R8*$PxMwHagXd|9zkUH*ek~yR}MWHtstyIJ2q<}`$uxXKK7U2V@5C&#?&n*R=$F<x?@^j{dFagqa
iK<W*d#WkPDK=oSm(gG<Mu%}2=kkGbQy`PQCDW**QS2+RQDXp&k)Oai&azc(J-%O#B~>A>2oR=C)<hs(hAxej#ynse&zKCwr~*&ojMZv}KiIL(HF0W&QvN8Y
(ijeXdS)UbJvz2>zhS67LS9M@n7P11e=m{#YcBdFO)_kzYVLjc8EYaXC_XcRdYRgEU8cJUtPitFoCKNlSqvAHF)0~znv6IU_ew%Im4~tN(>T{dkhlDA<r`iV
AVL$XiA1^t?)PX}@-Nep;~d*!Qp?d|DrKWPW3-r-u1(|4BE27fLdUi>mxTlDRbHxm0$B0{7EYNw!P3)?d^R|6hG&4-ci=UO><WWzH=w*6su(PpS!uLNG3)bN
>?26yPKhNZ<X&!cf7@@b#MR)VN~UUBnM2jIMV<#mx;z~!(^zzngjmR?+K8ftYLy`yk$=G4lr?|`kA4e3Ccx23JnROR{j(u-0%vmn;_w~uLvP%N{~Rv2)-@q(
MESZLHlb?B_C&ZRUE2B!=U@a!z05JzZdX{gSS+Uim02nEIq8OUN<Hxr)3b}I@HOr%+N(X8@dKRX|H&~PeALOe8>DX#Ek|nP$FZ9GcZ<iG-!ER&p0^VevEUa(
WD=u0C1SG&sAPw;;Ik}l6pcVS#PGAgVs(m1K01r5I9wxtos|CDr8|b+rgS}+Jwo`VUE$V;V4o?&@7po$f^6$~$|IXIn9bzf8Rp&>v(stZ8Ro<ff1~@`eyn0V
N>6bQriMC^N7`hT<-cb~3#VG2rlN6UbQ--wY1W!~ciz=ep25@!E3-@Ere{CC=!vaWl#1zK&S6w!d#L!*Ue3bJGv7D~`Cew9K`o=X)@<1WsDQl%wyKRPT3ugO
-UTs%Ju5!QlTCf8(GA?Q-_9{I(o)>oD_33wbS!F7IU7ic;y_}(jyl$Iu`kV@G#Ah+2&_`I&_Q7UGobC|4OK#QOkOmvnF-^B$%j^-=D&o`uatl0k$tO&>5lDe
ie!WWPs2mFijs40zLkwEdYc}KkU2Ap$>*zL?p-lm9BZ=(P!Z@sZwPYs^Kg%NDy_OKK3|uc!Nz=Cd}2Z}B7Y^V+`IVFe-r7?wrt5NMvb^HhXw4#{Xn*G*(}D@
px`ySWL^|7xA@$}iWx5^95uT06mRzUadl4SyvB5~#Z<s_aT>o)pJGm__jH9<r~Dt2;dksmD6Eaywi|$KuJr>-=Lq1z4Slp!<Ax6t<$k5n&9OhoC($&%Brj(#
gNo2q9L!PUL?b<BtToJG)}+Ux;GzBm5kF?Gf9puR_0vP1*8lXP%yI5l3Y7Yl@jQ7*9>tRJ$071X$4PFE{V1m`XYb7sdF=Q6!G}6>xuiL3QkH9xN~wzz(y}#-
-6BlF6fu9Z(c>_CuoCK>Jg9PewYll~6n?frTMY#WjC8mbBK(-Wmeb2mbbQYl;vv0&nmNcaXXhZhw?j%Vklr1qZYxZ35Awtgk3YTLBTP-sem?O}l%31wc<jyd
_8W@A(?^VTdSuMi7rCvih&pnHeXQ5ql7%wJ=+3LT-_e8hbcSodS^0xnOAJeAo~BLLsu1bcF_j}T>_wcq(1~kxe-}=h4*^SI3R+DnB9C^|a7lC5CNKLpI9>LS
IIXbfayYo-OD-!>ugwQUy&vX6xqOcS>{U#))bT>K6h4*N4}KtXJY=7#*yYpFzhj!hZ_azTy8x~ExYq@I4{HDNv&$a=x^`&>=^?<db>y-6erO7j4W0QCc>HRo
OMAZBxj63X$1-ff=N0%_ISoo5{|ojOZcY|skoJERgZ$fi<lOICQEw`9d)!gdhw=*tHcb^ECUM}J6(}%ZQ7lVv>_)E?xkBcDDUGU<;s?s5ju)%M1#T0{W%l-)
GW@q}1s;6~`{EgZC!^n4p4JGBmNGL^EzpKi4LrAO?NJ`17Cgrwm@~4}yb82xZ90mav}og6KtT{uprvMkOtdOq*&6vCTtaZV3J<!1z0ip-J~;d~pwEwuA+#@s
tsr_b;whxvqJDcKpt&n&FA*TYm@dLn^~+I2qy#f$2W1E}3){A|?dA``vP}Z0AVsJ0^ic@2lB}C<y4Em`!BUz1<fk%xmD$V97K7P<%!Vyc0_gNNFhl@#<}>r=
p^(r;k+fU-(V%ihk^=YHcJ3p%jNTo8p4`uqqCeW9=r*zOj$e1^ncwZuGq{k$68X-92@?fK(xfHLLCU3>Nf3)(J`sG1zq$EGi(uAfC$s1vLz9By=Y#}r02HFB
*&;x-vC>$Lj1^hCp$x&1z?}<=UEF!weoPEiN7qX6{pV!%Ui4`HRlJ(Pf-)sqK8Fi9`-(n>iq5@6N)Imq7L?CF8iukp<?4b=v@eM}m}t=y#i5*}oG4g_{Kobl
%D?o|HX24(WYth77z}!Y_-X~zRMTtO;>87I4M$@h4YhOXtV}jVsyA3{C?~gii!Bc|%{!gQ-h)4YWw-}^K!CdRmQ7nwczud-a4m|>+F;EvprC^IEzpAAd*_o6
_%CZGzf7HYU3z8|(j{@f4TbSU8k{qA*rQ2mztAMJ`%>SJ$$&+VEQT6}c>O~~(sTi+CzLu9X<24hElPH-oHQ7X#b`60OydE_axYlyu*qX+=d0t;Ofs3H%8@;w
WHTZr+IL1HG8puFTQzFKy=%*`0#Jjz0y5KS1glNcs#(C*z@-JIrP6RW!Sx0vm)1r_MocjLB>QM*B6Gk4`6r@r9dP<>dCrilRLDt%L_SfT02>S%KpTx2CiVu#
=u`(z+Lu#P5alujS7i43+gpMmo;>5CCD`Dx1naw4f+zlwB^XNVTrg4e_8S6d!Q6(=1Srqil2wkrwfFnK;*AaJc$iZKLljWca`(;2U-I}tpc3<N4esV9eGMbM
%w+``;-3ASqWNrNPLq*3o;d&|$e^_<X=BEFxE$s|UI_6}AL^ujqSzMZEQ8Vl79A?oRi;A(f@Eb(W;!A}J7Tzn_A+jByWYm<yBsPFBUPLtyCxE-apP?TdGL(Z
J4uc4FgL{p`TTw`q#44|@s1A85UbB91VjZypW`0GIN+yv4{bjUkU5&{XB7=6D+~9UkWFv0f(_}xmO^WvAQmrTNod?jyn{WJi{JMD^io%++RPW}8r1ClKuSiM
T8T(D_5Y*nN>0b#i<l4;WtW_xBZmo~Rb^1~ZcMbRBJvZfW$mrCIOWHFn$^Pe7gLZnekYjJhD4;#G)`wL3Yfj1eVNqp60IzW)0OF}&g#)EjQm$>!O@+yFh=eH
Q0XI3ZO6}?KH893z!tR{vn&M&*V=(A@5tcvv7jzuOX)0NbMyB=R|l#<W}j|<P=QC{8C<T7tE_HnxtfJ?^frKEWKB0R4h;8z=Y?q8G85#%zjF4mL+TMB%4Q>P
*41etj8d*q#ziACfQ;iN;3d>I&a_eA7|f+5R8q5Y=qPm$8WHaNU5_LM+*Xpbor8uk;1HNnEm7!u8eEV7lFH4TJV&$MGfSLlP}yk7BFOm+ac<b?4ksEsv$$KG
1)JF{aX#&Jn^LdkLyQ?kRLrQeWi#8D!lQpkZ{YA;ypj8us5pJ5A%m)TNR5tLr$y<yG!2a@-P6XmGmXEl&@t|oY2$g2nUh}9Rj+w^Xt>N?L<d0Io7>Ci0I;&2
DRB>g+YN4~elxm<`F_XiU3(^*4uE_$Bp`^73}Y~F8%ZfQ7`Jn@U)YPGie36VJ}0Nkq`~j@OPAiqn{MrwHn63eBhioKBhHXvP(vnyj8$Y<Ml4F6tJA!!LrMRV
E3s4K{<+_t%=qP+J&5Hugh7!2mfXGOI+VNDy4AK5Wfg(J>|X0}-R|&(1{VkKlG*K!o{F42y#=z6RZYXGjz?%XC9bfXM_%W2T5T$o7tzS&((o-SAJu)<`~e<H
O?5AMM}EiOxeT>B9a2!5nT30OS-1z;#poQ~#OV#DJQnVyf?AyKRYjn+#4G3-GJ$#){pFoYL5Q(g>R8OS#(2wcy<@TBjJ%k=5i}uVmZ`{D1Y77v8wQk9MD_QX
oKB-<Z(GGBn(y51_L*+4x5l31TW9jAv_~lpuvLc#obOYTepRtu?g(-(sc_X7$JPU6B27jn8#H27$K)jb?}NE1x4ZU^NPK4yvYOVg*<G>ol*DfFtvC5#^)W@x
;-=_EK!0c<=Q&)(*54RtXNfP^gCRXgmw~pJd}4P67gGP2$cPUaO!^7Ww@$jk)0(!y?y}~6$omjBE0&U3)Ob!G^E-PQc2_M}DS%d&!L~BEUZUCkeO)_O9KCi*
;Y}Idd{%~MI-YZLN}PDoK&nooLjzP?3R`#*i<C^%_Zreu88`&>Q_+A9f%aJHDp-R??wov?$9G|G{50+_{B6d*8T=XuiVg}!-kOek6yfX3t_ZN(+E|C>$Xp4A
f>Ko1yuD#Npgp$P!2+xdBi%!%qLgs|Neey8W4bvTiub+i+_rN;hHGhLbItCnSfqwkR8SIf5-Rwb%JS{PKL4hvJh_i3NFU0m0mokdn8y#j|80SgrOHw9nM_bq
(aS@IvSkGG!uK2%puOg=)qBylGy5C&ut0N<wqTXJV%DKuIpo~eWS{qkIW&tTbBXm~H7kGJiLM^}qvBGKU5UJBRw@p<Bv0<*P=ad%)_EB|y<LXy#|etfaMrlD
1iiZj&VU)UuH7+}??ayKM<xl+?S1~M-)GJg<;5KWY`5((*C6lga>Xt@>U*ONP;*6CkkFfqhV`!ZWa0SOueP;Z^K46af(D+4?R^#El2+H0&RBW=+s5L83&_%x
)4q)v=`w9z0t(4UihvmBa@MM<(nev|s)|+oKnN!frw5^E(v5qa#cDAEWp07EBgLCbnVz~z9gS2$;#P%Jh&3t;e!Fga`L5_D{s(BmYt7qSJ=;$CwUv(4?d^)_
kzC3mb@av{w0h}kNCcD&8z3wPm0EJkpa|uqm2BeUHY5cItDE9(@_&V^Z<Sm{SZbfbiR))f&as*Tk*ds4)L`;Sstc?2r`>!PVbHd{h3DHQU*Tz82VhrAZZ7gZ
gYy;3$rL(P-xy2B>OAe$90B%j#@=OZsOr$}Jv#s$w~kb~RyAI^RRXc?hz#F6A;YnMSOm#{j*qCu*QJSz-x5psGRP~U!JMgJ3x1etpRDriGV0q~x9JVVTTtni
U8gQktzlRmEx_~@q<hk8lpLf<qrt(7+I4&RFB<T`Ea8^zYhhsnX90@V6;KJSvQ=9uQE7V%z6*|`_vV%_=3j%rzzrcT{=ZLUrjhbrkDpZR_St6g$*@N%s$wij
d~{gMMj^aZmCu*fmejep5J+!tqPPEmFHx#Zg)|~+3)wY?A26TvPj~N!1GXx?>QwVd8fjJ;qT&Qd(8OjYpurvYbIJ1q#!d$m2T2yK9yR6|w@@Y9*|lq%qIdIG
;rf}f50LkET2T+jXhm&Qb_yRJ5fLFI+hQvD%Bu1zPp3FXTU?D4zk8#zb2grq;jcdUk95vvFxMKa=m1{9HD#QRhFJ*GAybot=+I23@zKP#@FspYlyA)`LFL=?
PdIl_c+^Gm!q~|x0EKBQN@>t;uGMFutTJl8@(`SxR5Q(rD)P(9YU<I!V>?>+vn4rZrCx_tre_3#s>_z9>bQpG{Cx0V8MGSBemx-}Fy8&n0*hiPDn+&s?vE3E
e}{(CWoE=s|54oXupLTk@~Ti#WBzG3Eg7H&O$JI2=i(>DuH5)5?dOyu$5Hq2zz<Q)-2H^i;X{W<e>_p)66m~rV8|^)b^CW6JrAfA7A6W1mL4iDY|Z1eY8`WE
m6pU(>H-y+%_XQA59j{Dv;Wn>aC27aQhpLFS`o4Wsm?DbS<Yb07q1UmhSK*1ZT4r2$6_KALQw4L<e6;2nQODBo;IiWLdm{*K-CbcbPM-Or2Td@xVU3Kb_;iY
&6xwBFRDZNm3yvS{f`dy(XeDja_oPe9_k2qv>|f>-n$^PKZ)xVU(Gx}ywm3QJvIG(9^Z!*xDRzfyh%1GRRpZ9zeGKvYAoAw2sNG9yP0a)eYGoQ3g92rH+TjL
ox5=PVz<AMFD{v^ckk-8zkF79l{}<SZBS_fbVz)+mY$WtCc1Be8}(dVh*RsC=x*pT(Y=~s$7Q<~*Cz1`A=@TEwz=9=h_>N=oH@Q~6`LEA;_i3=9_aL$7K8t~
&>)m@ba`(0zsx}z-lT6t-p3*pmWGq>9=^RxH7oT4ivUJ8T06ZQ|E}~>FUS6{eS~K~s|;*G$GX6TjVPsVQ{$3fyD%-#R9#zx0?2cm(qET3Rfm#Ul;e6A@GWD4
h~(aAbVq?(Jwf3XXOQ#E?O0?sWU+TeT5NK=Iq%y?`zp(*&UN~M_zLwdCgK*_(mh!5A)qX%h0-JxsMG|r4aZE471!tQ5DresS<k-;>lP(MA!U0&$@>4IP*UYw
=V9Mf`(WQ4)MSjuixj(4_oTu+6dd+KUp@+EWhERy2eM!%<zh*4UNj%MF@Cx5#?f^bdHnQtd{3(YAB`<uWkt;<pN-k;EU*hzmYuuK*FaNhP5=tdRE1GZugs3G
<cq3vcL}YlcD&9L?^S~q2(&^NcP6RU?aP0LKk#+$wfnwQT1$2ESn76t;Cc(l<~LuEH{k)d#24W-jHjbHfDGfF@3IT@de`k}i?*&l$bWahqXAL?bgDQMw`BE8
v)SUxszT2;G*=gG_3g47eizj`6YP((O@3Kat>>r;V)ziC+E;}pkUd;R9B9*$QS8Rh5NfTKr|sS<z=^G&R-HqZvaEa>@9$q<@6SIINCv2H+4XLzulY*c^{&|@
KtyU-QUKaCY17NF01ZDHdWdg_hRv0mQSrQ8>XJVggSn~jL`IjLd;0Ou`(*ZK>~|{~Q|d$c$neNW0g}z>+3BcqlQEd8%8g5jiFonzl=~?SN4I=ba|vY?W*7V+
8a6y1GXs_)ztf?|c>H23{<&Iko4LX6_PkBovy*c5<USeRk6%=zZ`4K8eo}52HJ@6QxAO!zRQ-1Sd&pdp^~Wk-M0&y|Hgy$b3961jTQ=^|6tU&>jd`07pn|o{
VaKRr3OidiUqqYF?ZD4KJNi9d!0O;W@vBhOg5Xul04+*r*(rckUzxKT?Zhu~+2yuoaf=C+g-}Qj)2cj9`D#XG)pa_;ow*xW2ys6>M%$lOtWJfs?(MYVs6H?&
H<X_X>ldfSqNwAGEmTqVpGO{v?DPk-3Q^662X{0Bsw;_HO$kj|oVFGzSLrg9%TU6U=oe<N&7KhupN}?MtW{8es-v@$Y0wb8UI^G3*~;&Qt=o$>qte;?l+}Q~
KY)9bcJ3v}NI+pD76s6dE+#DZpa7LQyDSYTXJ^4l%T|<su;y?Z+p1p$g-IT%it}xunxdv!v4)I(dBq|?OOm!{2~_Xs&3aUym0JUas4O8Tj!y|t&k+{11RbVv
%V*zL{TY2@=bihFe?5rWxSb}S^w8BaX8s2U5N%~E)K})YQ9Dmk9j81kJxz7)H&hJoIV}ZyKN;SOcPfq@-Fp?R&ZXGmuu4JeXD4SQFlRf}7F&%{3gat+0ln-$
Bt}RxYb|W1$&i(cEai1oO@K<FSXG{iwkGC40ieYAG-W~pBBRJiZqD2#FH`-OY8BT6(q@}cep$_)?Q99VMOhq<3S$alsiywZA^dQqU~?}!$V^6Yi<SiWvlIgf
<`^pq$xAWCu#N00$j~9PrL3yfJ<h+NmL6NEoY|Ml?31uXQDB1{=Np)g!ScjZP&%Vcm!a(bli7LuPXlE?-FM6FKjT|&|6c*{7a8=A0sd~i?gIGhdh-7<fWNLy
`&R+}ensQ|R{(z_x&Zu*_`eVEH_Go0z~6rxfWKi~a35WuZNu&W|J?!p`)>&RH|)9J0RL_30{rLQ3H-NjeRiuP>%R>A_a`^--xIe0|D6$m|DI^qh`@i&|ACVG
uYQW|y}ChiA3gfeqwiH0@ZZS$T)=-zy8!=%bprogO_V(9H(Wfr0{=bX0sbq0<nHqWB)zT<mh^N1|2;v=qURrw+s{knb|>)P6Abw8kuJc0^xAKL|8j5tT?GCc
Nsq~Xk|%l(mUN%&1pa&Cynh$qzdg4B{yXCV{^Q$QUBG{5#Pd(Mfd8I2&Vc`X{qCjDIf4Jq+y?k>kEEO31^j1cz<+%u-I}r(jkf{*8!@Td)lVg8WEbGS+I{q%
^xp#ijik?wWWaywUjhH6OCIu5JAwa3GT^_eUjhH={||fb9T-KmHgM0f&hi8ZVp;p0p@V>ms5HSwkuJUWo&-qm$tKzCX3N=Zwx#z@Ab|jZ&<RC)7X(2N6$|#O
UeCspSHE*+3qe7z_ulvWzW06e$82EB%$(;ub!N`<qnlf6?(3J%@ji(hANCK9zY)MGrtaVr_0u@T*B!Xl=GVB^4jb3HaVrPQdUFtbnxh2*J((iTXNZ#XsYG0x
hd8dy_#RxF?Ri|ATVHZ*yFSRZoj-_co2KL1HeBS|{@ld1d#NkeZg~jT&VGVxm)XFzE6V2D)m`9x*R1D!^Mkndu@kxW3A?%Wo7!^iciiMUJY(ZJtk}VII6ln<
{@WSN@ju>b2L3z3`8<f-;J-mG@Ly~_*QPG_?%+TATkgnH68KL>$0{=q;#zILc_;KQsEOkoh;ExXE<@nB4;yLDJeK3W_v2)(+H*4BHJq%&Do*ym+nnsV6`brP
`u?zgaI*3A{fSMSZ0=}Iw%Ui2MLo{RV!z{LsyUo2`Dsq3+0DsPCUdg%5KdM+gOioft^6xaR&jxotu5nZRZ31)KY^3c^N}5z#>w6t!pYvJ=XvuyC;O&=lYQ5Z
ll?>|{}*a-Pnft?J;S(GPb;}r&roHW_$JqC%EMf%`DeLSK^m@AN-M4v8yg)*t4#%5tG`FOpnp$=aq^YpTA+Xb3iNNI->>9Uz^^~=p2f*(E^^$vU;g^bo}yoW
ncVx=UmfVzU+G*(&_8NBtuzhNcO>W^)m{4UdqMvO-JSV2=zlHpZ_xi0;@_a=z`sHN67O%o|6JbRpg+L<y*TiHIqq-JpV0mWwZQ&bV1IuK`|JN7fc*{V`+L~m
OD(X!7T8}4?5_p(*8=-%f&I0>{#syvEwH~9*k23muLbtk0{d%${k6dUT3~-Iu)h}AUkmK71@`yf3j4#)^~N&NNgzweN)ks@B6;DvZuoBkUW`}bNSx>fU1h3}
PKZZF)&?<YMd09R2$EF{7M5o%$yf*3wJ0@jE7aWL9VHo6r~r2RRnHgtEGOO6u2vM;$Ye>&1Y3E<*M||LXBgPCpPI;+xv=tCUK<^|NUw(E2sK-UH*Hg3o$y61
?qPEuyEv|RmEa!`5Fm!<gs&5-*RNmi{v>Y5%<;39K$6;ML@A(4Q`?1n*2)#P5$mE$0)!Q7R{4pmiW5qNVw9U{HoHMug~*EN$)wt>C2T2HB14AFRz$L9zVTqt
q(rbM__I*18yQv-QxqtySnao349knC6gF1Xc#vU53})sRu*zQyDvT);YSveKkYTx(wjVjX3oI6si7jI{A+yN@25X8{iy)djNPLK|n1E*N7V64sE5-8YydWV2
sgsj6?o(9zjeCX4c&h$lj)?YF;Z`}Dp#1o*ef0>AItFM&ltSmigA+^7usTo%<i};i3K1wNR+9(=$>Y2x5izKMDqn9B(vTTB((eWaYxMCYi^^nV;1$;+{MX)d
wePtu$J*<1XV`Ul<3jq^>FlcffIZTmFG>O%qR6{d_zy=en60@LWek8*it=J1I5{yK#Xw|kLcUO1R#+|Wo}Rx<=!}BNLt1|bCkmb<C`xcU-csS%nO6v=wKWHX
JXEGHQi0wW5RU?y{dW88;&H+&Xxi#E6Cf#49j*(9Fw&NPlPwsC7F8K^hK?(SHTm+($;>cKsGFXX3menT>ljETHZxiX4~khXF4z{nMfeKU<AEi(y^9N$pcqB|
&L>SX8sevcYQ8ouG7Ms(LZjBOCeGouL<f}HGm253YcHW8k^bVWgE95OS#<DV@dl_pT!A~AEM7p?MVAl<yeCU6bII|YD;_yIN1Tv5cTssBW$>qYis584kBlkN
C=TY-EIc6WKt)^Zd5~Y5bqJY3va~p4)ajxiW_0une*{sQ+%ge4%*B>Mco#RYhp`#9$i=$TD>9B{T`AZGg}dtWPP4uqM^IG=Xbb@f$PXfN5(|XFwYgiwi=-`D
Exe9M>*N437@~UoPL6H(#EHldGX|1_R9+U*U8K2aOXxP?GqeNuF2j#{CGf3RjXV;#tx3)WC*+MU-d?CDt%8q{+5x0QfhH&|Pa6tGg>nCwj0p%jqhU*e$>R{!
{cflDmO&Ty79_7$&G>^;T(Ff+_${;@_b$hOqZ59P$C3Y@+<nMu{GPH5|1B-cQ4Y4^yuF_>S#L5{#6hGcJ_<#+6t@Ir=cd`fq*y>kcoAWL`<-_D#>&jp%2H3r
f0om~t(cYs{D-w9Ls5h|zTn%+I?N-eK>H1qVRzG!HfWjf8Y1md{K;z&)r%(vMKNy8=UmEt`)jsbdJC$Ey<@zRp&ohJHeaB>oj5g&w1cRgcQMgrWM=qZG*N?M
47tT8PEC9(ayDq=mrj_<uyy_@EEfuGxdo`GxosYb*(DrD=XO+|hoT)>yVLi0iD124!ta0iUczTCE{6&~@Xr<W!02?=_e_RHE(#`3K-AMrK;^h=dQC<tIErh_
wj=mMZ#ERo_YYqUYZj~Lg^>>MTRFAm6Q~KsjsZ<b{Ir#SBCRi|w4N`+N{_V0k!yV1(C86K!Jv*<I%WEwNb4LraiC%!l<mnrkZ}M`;!jyq?tjxp)=(QM{3+Fz
mJ8X(vJZXt&zcBsjZga`%*pU14-i-`$C-_tlxBOX71?NPD_tcdqIp{NG<dCP0&hr?di*D(OFjP0$eIT}M$%bnb2lXz<}CGfK2;=hUZ*>)!>t+BmcBgX{90*m
gWr0@?rr9N)ddK9XqyawuuTGlIY;4#lz6!!w+I!BMG_orisCAMiO2mJw5CWb4rlK@slc6Z4WDLDrH6-{1e=;BNIG>&5|BP*KTih#$>+-zaWvA15rrsAz*7}3
lb3ihK%t665n^}=1BN}RAe~4xpOR$IBMlv@I)kQBX%0&|;6C^Ok6*s$=RWu${I!z2>^ke0-Tg{#Hdgp1*2})Acj1x4X@D9^t)Ncs{HR8b&*B^2HG4@?fM<)5
YjMYS^4B4_kTqfjYl>$uroe37q7>1E{<0pd5zj3>Iauh0`aK{1JS-*y_({zWcl#76kt<10)e118H5scAyfS6-LUF~$_-Y{^9W$Ri17&fAvE^~FHLS`|fB?f;
3^ihgJKJQ9xgy3-T1r)UE?QMIatCA=XOvpY!Kd@{%4O4+#|0rsj5ZgEl^fS?ra4X-s!(}WmOf2qc1oEHzq?1~{H0XZ=vO8?bU=;|SIeF44$2$(YI)<7#_7t;
EU68fG(CwZMVp)ilgADY9M4upPby!&6OyuHik2gIrUwy;QXIN@@=@XD=eRp#gxOKHJ_oi3>{M@MOZ_%lcN8*4*a!dhEJJo^*?M|=VwPY>HVcEYVjt&=%DLzr
tBC4~Kg_Lz^3z+lR3kWmo=FjjVle4ATJUk|$TP}o%XiEY`t%?j$;09+n<q&}?1~>1eaI+cR{AAusuR(kvM-9ZLEgqqdukChqz;G^2@E2_7|(*ChZ`$>Sv$rf
)ai|)TOpn9H|ca=mg99)22dk+-k{r2=W^w((=}Lz3c;Z*StA5RgoKGGI!BdnfJM(w518T)^VYnv0F8k8>jF0l8*<hbh!RUC5=E<$qrhM>rm?mC2e*}fxDVDZ
DVmF>!<(~60x1`IKervrMO0t<QN<o853N#H($UuM-X_+BRxT0(kY7STB&2<D0KfbtW1DV|OMM*{s{P}|)#V1euooTA7BA1(JXz>M?jsMA$3+x_!ZX*voO!dK
N3R2E^<6(aK){vP@fysF=y3G*B@NUG{Xm{jE{Wb^6|MFAb_m58@zLVyutkeJf(fRs=1$k(@(Qj`pK}iIC8=(nQ-d5oNYqMXHkfrbh%KIZ5#ert&Qv;k<Mmht
c3Uc2(P}o>8DNfde6AN62ZPCTtI6|-$N)`nj4zrDrEk@bmm036o7`(E3z{7SpKFji70#(jRIfk1<^qHrUU)c`R#!T0iqxCVu7;h%^9P{*fXHJLn|P8$=0IeO
RPkujQtZ^`k2ch80jeNfzs44XmwGH<mb1v0Va=tZEOy$JpS;AUCz*^61O>STw61U%(&Ftv?mNljr_b=|mK+<c+=^pRqCooe;`ia_c#8{mlBu?<Xl0QYqmP0R
(wFc1A)lCTG$kX5jEjsHkvc6UlYzp<@TBLPe1bMk%fOF$C_}(~zT&6TU$_Zj3F*n1LOLo;vv~Rl<4#mh$5ICzy-nua%IFh5a(n|vD{(HPWl#qkfm8yqC{E*2
K0}?M5@L`p#*hr7ND)tR6>*ZkEMW8j3r*=u`9udbxm;w)HfMR6V5cP?&*IBg#u$GfQyDd2_T;%sL8~<yjRs)wHKP$ywHB=vK|bz)+vB$4y2Pp#!s3wSfeaO0
K}$%x)$VB^{Gn6si^m_K`^=K#5IkP#Xme*ElLDChgfiXrei5CE+nBH)<jyY}XDjWQQWF=+_fU_QtWAQZeZRcHCnrc?qPR?rL&!pDtj(`mSZ(NTs8LG@meX?Q
!?duN>P%8rA>4%s0uj-0(mir1_>Y`RUPXOjdM0U$9}?a{H|mez)^Ok-wfGfum72)GCY5saocyaI`sfngR&^BWKYlxVErN~pVZ%h!e;BbvPlGjsXOA52ZG_aG
9$Mmrt#@(4zG`f*G-sJorB$Kk6d{?qYjpxldt=gy(OS^5-W#!?OI2qJrKmoAdle9$CO=-iG9_^k0<|JmMe`o5S(C-Okv+kd;`fzE0A>#uOu_-|YQ_nB#?{N5
)}JgqsTIQ{Fo2~Q7~lqz&Ux8>>h*5Agmkr9j^oSZ&Yl<L7cMLJUO&HiZ7$$vZ+v?k;m6>|VW;{Eq<cRy<#lmhSyZL)em!niE0!j%R|#5;mR8vYlfkS3TbwDL
7Se&syNnm2^*Q<C+4t~B++NtcFZ4wbk^V&XTCb@<UVA#2^kO~DvRu3bc4C>e1;r%@s?qw0yacEYUmsD&kR!YCYguAu0!optspwP?F=pO;TJQU#1?dqMn2^1O
8CMe3O09<s_N8m;f4t%*gSoZfL-`Lhc!!qB@w*r0&VDE4cqJo)CAoTl<_c>S*{9F|k>+eq&l(M@7S9Nt%Yy0ja^1VI%apc-rY38H(lo*hG$uhDvvcfc3=gIJ
fsw&ZFR5RW58u@sy@@Wt)d>e*5Xb{PIt~{73IetWwYzHeiY2PG30_I*QVn2HTM|(M`1ywf31Nm3>b^hy<QrkvCI+90NP2nE9GEk08Vd6$RXwu`YMF8CWE<W1
xd_r-sf(BNKPD?NS6Gj%#Th%G65r<mbFDp{m3JG=m8^$|<j|Bz1o1|bSwv|ipO`bjT8dIFd61T4EvE*S7oQQwI+_KhM9{QVy)u3xEXXmXMp<B4W(@1+t#U!e
4m33EIr$Y}Up%S~k3|m1Q)R>o(I_TC8xDcp`KXa=M*EM21^veK8$AvZ62l{tb&#lC&4^=qYrI3SpuDUMJ7hSrtOpPjp#oH$2o8O&c2oTAh8IN=G3@^9GN)K3
5yK=f+NW}S{k$Acbe>h_X(}|etSiT-SM$U)19c8YMj%UpXw9t1@vQgp66?|eNU*W-Lo(89_3;uXjP<RfdaAbS>@?{}WleBvHt((6kKkz98&M+ikLv6<0alKm
ykZuDg=liA@pIUs&s$GJe@Sdcq%hquIzoJ9_t*~w`~b~eAHw~_Pp6+6BrHUW;uo#*jKJ450%x}}7l@Q;;Tbu;d{K@S_?Ge<uE8A(s##ymI)h_5%+VPaQln5?
!`2Ep8`2Mm+x=_a6ndf_Lq>Onm&rp3q%T?mvogrzSSjE~sP=WnJ;kk|7)X0zBAUB2U>^8XkdKuM)@(Q?{^JmyiaQ9~)`yH0(UMi<(Xd4j9k6i1n_fTFg`FOa
?#1-<K07bN%0^I{t@d0O`b5W?1{*bT(2FeKwFxx9QhUunR@cgKI|GG%S-61}aaL_c6yybGL{%XuL$<UmD?CrSCqylK6^4)(f(eh3XyvRb61E_FwS7G;!c^Ds
MC$*CLS~*6HQk3p#^gj;wQ&A~S!`LjE<I%n=(ecKmm-*k<^%);x=;LTmslln?w8}%hvfL{<8tSKU2=Q`6Xge+E}cRj!1)Qgh6)`!_3kX931t!c762LeMqqa|
8wQ=5@+mXjwwPxSu$>WA>MYROjHa;%z^Btk%DAlfJhTqZUpfA+u&*v)qKJk~81u#o8VlMtwN{RsxAmk*gI@O!vIR3*ADkZtM`z{5qj@l(@6f*P%;_JlGpv74
h67#R=LmH<Po0wEukb--+@$E?^F~4N@+o6Sum$+@&8lkHZZU760YXYFqXSek#W|Y;E(o8Z56_(Z0^a>;Eq;cMX&u77$WsD&ggizB(py|sLfYZ`g$ro+(cBX7
sm1-22?HmRC%RJ`N5Lq%9Ae7R2D)2Rvlc(Ob~hB&)E_vB;2e5UE21RoGQF^1Z&`WC6OyMoA5~_w8B8vDBD0hoOmk%i($}_PPL5U5*GNp$A*D{u)5IV}N(|ak
3AYp1sfyP$OAPXn#cWH1*x~cWFIwh3GEHl|MdefY1Lf_?v8kb1<>%wHl7-6KrDoI7W+kAP`&#5Kj;T%$yDH`J2RF&_HM+HO%9Qg~B+o_R5R|oGk8r;Jof1~S
X{5-aPlUJy%R_0I6sgV06H#$SNp3cznXep8x51%${+&amM^FQtpMBspfjs{bSvp^ot_GDCm(Z%-YAo?LL-nT@Z+?VePp#i{5e2Gd&0S8F=JBSXo?828qgm=;
ALqh{;U}?=a{kao+91{xHi=~c8jF^-<9XkUBB*3hezzALR(%^eff0@JY1ynbf1*h*1f|BMvwq{5W@}~%q}jK<Q@#_hT9HLw;Zd?Ce2NiNERjet)4cK?R11k7
R@<x%?3<oLWYJh9Oh*Qrp#o+%0&mRMTWIR7MoB0!k`B_pX@n9_!Poh6a@~EQ;%wt`X|P|Gx%$A@d@P}`)GM``QBt>d_r)Ciu>yC)ZE)-FMfC2ZhW;6}v@N@S
4PA#blg<zj$k}FBe%?l`Ihl)&;*(8~@+da(j*WJ-j`b~9yk9tZf%wex{kjQ0WG4AU8N;Fh)&6v3Ny~<FxSGdrC=NHQ9w0vbQV$~cXie|Nkmd-nfsI3yw-HcU
;k6g}h3CiR&O|^~kkurd#EYcgk3^1p3b)X=4QIcF>Ycg!kqsne(zp;}lgLEUao$J-{hvFCyNl>l1%C0yPjLR`r*#(*e7kE9^-F%bSfpk2DXRpH@@8je8gsn_
u}81nLu|(tcm|$^{cxy=AA1$ICY}F4RPULTZYlk!`1`5RL?NPSLFDBTy<qwqgJ(U*nnfw@6qcL*(Kzl-j2JC9tXWbo-Yj<IA%%toogNG{>?VfNG5>ApTMQ&Z
9{tVU7)$Ik#aUZyut>$D(uM+SUCwT~Fgz~(4&z2NV1F0c*zDRlHA`JeG(^1?5&1HLms~8d8arA~=lU@PZkMxs6r<7x>x03lGpJY{z(kpYOxDyqD8Uo?Y<B;p
X^kRQ0tTf^Qqd;5q$1I`Ht@d_tTR?oOb2Mo_llrjbCMXg;`fv{6=yAMDDk=|no!V#dxs*;V=f%PfxO8gHG=UDMH>OpZ-hp@hG3wJBIX`S2RfAW#p79Lu#gmg
FedPKAI748b{J|K&1yUlF^PM$%?lCR?uCfCY6bk6w^m4$n8LrW6{vY^kRW2Z+a@xAQ47o_8!KttCbHtl)QT~5>itLniD0aXXTKw@@iW3<^ilqyV_=OgT$+Wz
K}SW?O~*!SiESO&Dss<Rv%r?0jW(Jf!{Ts=R-G-0o_u$9c4xg5CI35dWQ$yN&L&)e+GtdsnR6&|k%Li`%JgY8O9iBk8cyXC(u>>|PBV&UUObLFis)Dce*H__
3a)=~vv?nZ?{*ICa&JpK<@VTagjnO7&L62ES?#B2-otM2nT_eHd$pln>LvFqbDeIJyAAbS40Hm~^JI(S2-fiSYO9@w=={IBdu+P*?#Yu)oA0V3(vF9Cn_F+b
lat|UZjH~nx{tfd$w|nX;i1g2D-C#ygb({y_uly0UG{EIwR=0a9e0WzXNcc-{-m_8PfLFXK>_Pj>(Hbz<QDN|ySnB@hb_4)I7#Zxo)Ygdp$(M`X<$TJW<pOk
)$+;y8ue%d;f&O$Hzj4=%Y^E@&A;8~uy<X}zuhL}LWiX_BSC!c+`#J5GoQISet*T#VNNBTXWI_M+U)0xcCCetL!wWdm%5jG(P0uWY+f@4Uk8bR=AGtrMLx2l
LIafR&3dNv&Cp@d!zPcIf?yR|l#{dv4x9Ix#j?oEC?R>4ez-Vx?}D?!XXw+5#UFW<y~-nL=S1fVN}8kh;VVnd9Xw`bo!w0+7i=k3cA~?)_#zEE(Meuj*otO7
_lJA+F(Jd4CX^Zwt>OX2$Hk?jfZkv<8uXykOC7w)FJwD^1)u*PqWms;7%kp-+!MFsF;8lEYdm5o$<@n@i9#~-(*~57&5pvc{YWf`T6UC;UVNC8%T>B$HOqy8
l~hPAEH@=Ny!fzFjgNZu|B{3bv!!39j@0#pK}M1b10h`(`b2V&dJk~!Hau_1Ul)=q7QQK=!)PqLgqL|PaY_MA#R6I^`1M^xfV_y{g}bH?=YQ_wO=Pb8#&t^a
Bpnpt^b8WBfPC9@il5*-!s|<oreGRJ9=S&@LmqBQ=VQmt)h;)JF2NWhCR<V*R0LnLF^=})tk&NZXSKdr&a4rprKS|4e4xfE;jA8WmhmRVsitrE)M%3?m(}H#
bgKiLZJkXF9M-Yv@Ll!jZmG1SJzMmi3E$Ir+3O_k?&jQ)MiSMl&Wp<2W1BO!rGky2Vk~-l(mkMI{=b26G<J8>OeCvw2s;fK(X`+}T4Rbq1LVG@89bTkEaWx$
MpHPIayz$_Y3(3b_uc^wEB}|JT=7Rze%NW_aY)lm3AiUgK}_b`z@T32UQCsQNMg{iGdJXoU7h2VmNre#(Gug;AqVl(BDzqDdtb-*!O{1x?WCdL>XnH^6v=cV
k}C3+;K`v~nd|9FmqYuAmLFz(T8W=gP@{ba)2v#&_U38QS|Eq+rD^|`<2ZlMsL60)^`3nEmg4l`@ZlmY(Vm_?6%tkR7xtB?dClZOrhhJD7s5J}x#aSJ9KTs6
$;Qc9lz94wU*lN_KLhuAK&=W@TPy9L4^3G_Rbf&3l=A{^vkgzQigryJ!-eTJ1~tUYTriK8I4e<jp6(_s=|*QO2h_%WjrIdNR*HLEqVhiZ<wyH2A-H&BI_V>#
7nYC&GPDzD-(9nAHiDURW=#{3+LUP4(h>HuE8{gQ;+G*%1)|O3<_%l62>a2J$)aa=5<Q%-Ywr4R<mYnd1v=&P@MlVVU-?(>qmSYGz*D4yK#KnA1hxJ{{8#O5
p4)FN(ltRRaTbpiiVt$81c*pwOr{w^+?1r{C<wa#peqnQT=$O*F;gYMfem_n0z^$%6}SdLSYq}z5#^_CP0aywv1L0d1oXCF?W|((c{WGcQE?LIcxu(NiuGu7
N@Wae3PJuT2GHWDR~IaYIm@P~=X<Wtz3aT_rG-6sQto_~ZYOT%-4bL)<AMRqo6P$kn3gq<YEB1oA8AWKM4fM}&e8$)_2-MU^$}<o^y%NHpYZC?ntw1rSg|>m
0m4kKCpcKoXuUxf4Kv9?57k3sNwEtylxns)ptLf-G|dV-##~Ebh4urOnlXM@L^)`eUmXOmi?$3dhOznl(yZ`}Xd8U+{zo4R-;@s@CZa&2ULOW@hej9Ji#>zT
91=K!mfjvf*h35sw$^5Ln82307Ud)OazpZ)A_~^bGbV#EMITE`JXN-YK}kzB7eFN*$)nU%2DHvjV%(G>MT83u_7)k%(+HKoT9LA{j1k1lW-!zE<tT+cxJy|f
eu8yWFG0C_K#9!@DNW+@2;yD0U8JK?g?jcbaIn2zIM^OnW>!cQ%I;ODI7J+aG{u=9%$&?pr#n(YyqLQCW^k}A%;TS^bJX4G@%wl^zTcg2u;!S^r~k;~KTm$;
SCjUgp6-EQ`lRYFL{w>6N0XOtoSk?E;r&l1Tda+LN`x*1MF462{_B4i@WTkV#t*E;Z9GF?!G`VvXgN1KPb#;Ztj^h-1{o#?6BA8^8E{Fu_;rE3gt7CObyqOh
6gO~68o60;7}pz6AfQ-voF);-o~BrSvNMY}6sHy)H9;1e87fysCL;IUg=gjOO<-MYE*$L@EFEU1um_ovQ^Vj)(=QARrp;%UzAbi}_m1Q8pVK|#YCPyXrrdn4
JgZ)Ug4vP7Gp<*?DSi|?@Ql07=+D#d%$(DWTMft$P=Y!(MGYjqX$2qbOy-Sw#>%s_YR+sneXZCI-t~@a#hsik7jnsYMG{*a8&@Vu7q%d?)|?0?t$8*|2G-4=
p~rMh<LOb7cw?cl!bJnSU2e(PelALU;JX~fO#_R%Q+oBtq%j4-`X(Y_zueNZW&o~sTKMuNJ#UIcntXPJARVQ9{6oX-tjIad*+Ge4#&7Xvv(;iwg##xV9BXMh
>e8Du7f|j6cJQOp3EfEpYX)6we6YEE84aw=fI<L8M}!#+K%OD5@I&w%-e}TGG%!a|{(7?uZIuTe5!_9Ie#f0c%|(zc>_cgZwrId|Qq7ZvB$6LKWQH!t00~Al
yY`!GO<}?7qq_jXe%p#2+dZ)>lL5iBLFO_M<>ePzEPyBD75o<r0%mZbtrEjx))+u-OhPoy{87qU^V_SxZ#64Q;)NLu0_LUQEowF~8=UVbkDT9~R**`ST`Ci;
IvbPH5U-v{Mm*Dt!j|e;qw6R$Z@aH_qfN*)W@;s@bXXuO3`0mB-wp5LQ(U!2@fHREYp(GUwfC}jB9`5CB0{~6Lej<E$d+u20Nk3~q+&`-WDvY&1h6-Z5cgNJ
38(J2*+iy@Y_<xT@ovMfyDy2q-{|Avel;o@|E9FrEf$o)x-!QKO`R2CF6P&C@&>PCBuwei`ZU%I+HB2->Tl{V;yyI`_E0ocP%BD^N9@ECZ75H0KBp*Q%&!7C
heLR?3zn9}ZmQ`}3exLAub0qYOGx|0FO$JEO?bwgU|wSPbj;gijWf2%@cPCX%2SHGY_wLC;^`1}N+=}~NYXE(c)iNV?wQ7?(*s^%->Pz5@bE&uYNRI#F(*A5
h}h#oZ_$@ZXS6btJxG}8x(T9cc0?yMF7`Yc;XYzaJX-AvD~A;%>X+{PX!h0`(S2ApO!oYwn=>grpw#S$u7i0n6h*%5Io6lT7>2^Bbhc4Sef85^H>*`BJXsqE
Nrk~1XGtI+U(${A7P}pudP+Eg>UR|sLB@g&A$5!>@>ibh99y8w@;u?<T;(}~#*W)$=%^gmo|EIrjlGoSY_`$?P?kD1#sFQ^d>p$06vI-aJYgqFRx@I0G7aE8
n!51XQ2lD^AO_SAzbs${Zi}DBJ;bl39vLA_NAnl5l@Nxe_R6`cLz@^1s<z-NSPIiOrkY{<`T7!?upL4JwIZ4sKtQz$Rt}u)@8`V-EO(tE-hI_2s0(tu=>xg5
^><2LmYOZWNI?dJMh%nS7#z;J#IM?PN<>==zukBO*6!WAbq{-3Ynvf&DJ)1aETisbO@+=T6s*hHF78~o`Ava5OdcVfNjLF@hN0gIpP`TUY&v!u6H;`Cbm$z-
W0G;H!yidTE2SEfsR#Y<oIP-hCfcn-=jHfZot&n=(aLwxKKsUOI9KU7h>BqQvbr~gZlu>UWVA@`J3jh`XP|c#;hRa9Hn0aG*XN!9A8VO%2Y&Gzb2ftdqSdR#
uH*$Y#!Kuv?R^;jx2puYxz|YCxz42EANE>v4y12S-?0HfDobu-VMUUD71Fw%CoZnYs};A;D_SbdM1G4jNf5j;emHd^;iUC%9z-9}#PJDZks*2{XoCLu0c+O+
f_mJm3_t9i+k;ee?9`D<bO-6wj`@xGMWWa^>TeTDg4Z!t2}jx!fjljCJUQnG%}8pCt15vpzh<XI2KYf>z^cTR>_TR+MU@6-QyFzpP!yLDB}A`|UnVZv8v8yq
40Q2)-Wl+T!gG{rzwxh2i-IoXh-l|pEYI5vRcCf?u0?R%-d`soJ*#rOY>+z?5$7F|<4;e@Y5w<5*{S;ya@VE{y!&ySxC~W+K&4b>tAfmJC^fwfGPY&yvu}Wm
y24FWRgjZYUA-T{CWk*QFefb}ZDQs_g1<pav*u=Ny6(A>tTc1Iy%_R$)nPe01gDp59wAIc3qn>dcMs@&syXffIWJt5?WW`DMSYK{QLfBQ$cqp{LnA`Oz!GhS
P*z-0D*9wLg(<CV+zc<5(s_Q1uF3J<6LM#l##YM8Fl(X^5gZjLh8D1g)k=%XL?1H$zg|+RW-c8%jw!kdsqBz#&C5ZhuK9@!jPVl}ZHw6=yoauzEdCfib1L|>
Tx6wj@9o9abA;|wyer?NK$i_QAJ%W$f*>n9Wu=HBw82K5cb;4ZdHL$?xmtZpj{kApJy(D3Iqor6xhON;nht4pTg7%f77l23hoG4>C-AVml93w5ZuQ$CY(%BS
1yxY8Dd#Y<+~G{(r$mllh(HyaRx6@nT4rtlI?OaWO!V%+;u&@*%PT29aSp7u9eZ~%f?>Mengpv;RG}yeB6AW7go3K<t>T7|iY3BZXyKf>Ghp`g==jh?FUu>3
4PNq;C*-t<`YYpoph<VfT7~VXu+~uk`5Uti|HdbVJr@-m@*AJ%&Rwp0b?W>PdE-;mKu&LRJ%E-1(b-8k!g?B+vkrizAiKew4fg8%bJhw-%c|U0TKeCh@gvdf
Wh>`E^4kk5Cs9jBvqBe52lc*XWsBLvfgzF6%OG}T{1kS{z;!znrP09@UM;AtM39@VUgc4)VWf`#(_y6A$_{L<h05}p%qj#``H}NP6s=vY_dG=ZzVo6-Jov;B
nr)nv@BRN$I>XSM1;GKJ-m|=X(O;B@H#4}MKGCe;lM8a^v$#_E#ar(@Cy<B8qofn*E<XGA8@F7KqIJWas58hQ*~*m*O5YdJ=E5I0pM>f|d)IHJv2DYOH$}8E
iYVrfgn-#|0~UD_kX-4x#&t4}YK=N4f0sO@Ob*cKmLf*+iWXB+lQU=<euL%N6TNj&rME6>PVrjF5LFiMy|}r^<`7ZFR{SCzYSFT)7#bGc2~>CSt7%7v(FAJQ
@_<zke_%mY;9r%~i3p{=s;H#62-dHwwB;Z;V1894q8Y0QL@t1kY4hhSVoM}rGE_wnSE{d}^$SWh*-hr#8PKZcgJ&7g-<;2S>^d_k)gY+R%GFW+5Wg;Py$k8(
OL~x=VwWS+P73?cj(V#VkYN?+po@n1sYb&%BP2At`E)m|*Kb+R&OvvRnfqdu7F(3+mE&Hesx~|MNR^1{D{<@6{ZO)J`yM*4$8FE+sgu#uYQ<{@!x{WbvV)JQ
Umk<EC{u0q`2LR&SWzV^ii6cjDWNFA<@3r*ir0x-=ax*PK5xm2P(MiAzVhET;A~W2wXgFAjR8!J&s>$^1E-|(y7IOh7af-4vrdI_xdyGG=dQL!l?ug0EIC?I
H%uTt3!a@SqM@hbt2D5a(ZXiHn$VYtObA9(Y_U6Grv=r~3af$zMC}6oL~%;P;%fqaW;1TTT||{h<&i}YTpnhb?|{{|6*jaD@^jCBBvhe|3F#}nFtA&`o@I95
7s}RBr~U@b=sr~3zB|TXU_JQeSyK>74A;fLQqtE219RWYzS4X(+Wd9%4h!EMz}?c>>L7NJntF_Q2pq9!8daghnAFX`@$Al>9z(x$QpyyZ6Pyn!-3+q)_;mI}
aPlgH8itcCye4SzxVI3@)a|1IqM_t$&FA1KNy|Wm|I|YEki^xRD40j?Pg;x?z|-d=cL-ZiZ9z>P<Sf`2Tm4tFb@%yutE|iJ^KZRZ?i}p&Q63D+iWMS)Xtslr
Qd8_|pus*I&4tx-h>^4wCZrrH7tyYwQyabnNAX`A#8lD~g`!n};?TUB)vzvbtFDN8m%)4St!<(wX1?M*vs11dtl^~G`QBcdyyIa?V~Qq_U3ZF1j*JR|n9!(%
a0J89xjYeV&)K{ACrB?(OaDvfG@tk;EkR45<44iEXck>vSiTJ^rXEhFHQ;5m<xIg2SocmX?u-t?y(EK{`V)DaAH)Z&VXUfg`lH1nT5GGcRlsK4m$wwBZ=%`1
q!h6zI$5*EJqi1rtG&^J)+bL;)8CEHD)Y|NRM)WQyYrK6S_nx_i1cJTF3Vq7GKZET{)^*7Aad8D{N)I`PGxW~&p6Yl6Dq#AclS;N)j4bYnZ<{xrou|{6dyBk
^>P{_f?~3fSoYfm=<|0)ZWVT;>P@*7kh`=tcn5+X_v6QlyfIX#Q$gVKQ~l@>{o*QVK~|KOoqNWsQ7KXq{2Qwn&#b~l6P5%JgJRU0KzM^}<C7N8pFNY7$0>U%
{%x!1bUmS3C_o#`8`pzBdHRj1Qy9W8C_8yA^*bi^kgzn)82`js;`FV42L;>;eTKP`&%GEh>haFVoNdm?zWGR5Tv1k5RtjHz!s7?={rUS`Pi*NV7<@uBgf5PY
k77?-$K}TrKzx2o!72np7xs>1XX|>L&Fp~ejdfJObQ%kjb2YFoA;VB)fRNQOv12B{^ZkuR{}tf3eC`<P)f3ZQPl%hW8IWCCwP^$URaR_%IOK)r#;-;2_1jok
?pn|xIi?thT`*_meD)l4tR>10;f^pz2wTuWlXIgN09NFSZB(<I0dnUgY*XfBpiGyGZ0gT&(<*kh%>ZCEuCM<*O#buJcYOVq_IG^!{|EqV&>!=^2Hge!HR%7h
^shmG9sV__h5gmS{%T==wXnZh*kAu?_E*1wzhi$zx!GUOaviuf+{+&JSC@0kEnMQi&Hno4(S~ZSTLZ^+ZkWnFN&i0HaFi1zu9btnr>B3Pa{mqE9=UuA9=g1e
dzfxL==L<-TJ;^y-8Zlu=X;i;+eFScaR~jJ$oVde<GR!L+9){gfy+_c-}=5NZNAgSaXsn2d$avFV}G?j+mY*bsgJ}9>-Iw(*O~5%vA<e3Uf^0ccHn%!JH&Nf
+JS5J7{~E$_LndH%-6F0&MoWi|CZQa1L-!ZFW0$KAI^6aJKy}rI-gxg$1Cgm6dm8+8g_FX8>aPsLSlH;Jkhn`HAxnVhO^xL4YgdChCLl0ZIHd*i@wL+?<{>c
yjSO=Q#ql*r|*LeS#%#YT}A2hYftoPxYkQ-IM-2Z_@tYX?z>gv4X*v!%k*y$J$6qo`^%Tgu+7<SBii&;j_^I}_jsGWFO862zQwf}IEsF6xQqR@wt;?!vA_Ht
??%7>VBZnreEW7A;X9E2j(*RluXaT1z5}`Yf@X3Z*#7!zxX1fyA8*^YjB7_fhrVk$-@fx6d8Y4Ny3ah$x7I|rRc_^2V&VAVBk4AZ<LgQ|Mb{=yk)6l2<~P%=
j%z*i2G{!2m0asDHgGWg5C=yD4o;rtd}M1lp8+v+i{pGMFVO7@*XFSoxi)$u-OOB@16R1VFZAcy`n|@rEwylMuifC<J@ggVZuC!FJIzS0-QEnY-H#=lZ~MWV
Z?9_3_u20`-#0IC?b|Nq+IRnmyT9u=?*8s8x%=nFaQ83V&UN_g0{1}YuG|CWAub-+k*7FCyCKbZU`IKh{%zbmu)$oLw<@?c>NZ@PonJNMfwl4Sz<!~>_42@m
59eg&!EPQ{(49=MRgZ97vYF$wn>jA6jN>jp%W+q!W`C{bxF0{~IHKTW_cd{{2kSUl=gyq$g%>&5C_UYboNT<BlT9*lvgIo|Sy&M#i)h2iqQf{@;x@Wn=446!
oXl{5li9!EWLdSGEN3q#%M0RUg=08b@hVQX;TsndY~LDAcA6gN>~&6d^**}Me}B51lihlSll}ccu2pM+YxPh+uGJ$ATq|)5*Q$$|Yc+Nu*J^@-Yc(T^Yqk0j
u2ls6jE<uf9Yd>Hy8ZBliwoBA3MUUNYvF?ZD_pQ`2Yw}aLBIaY=5aqYs2kgU{bj>9zy9)y<JVu)%6|Qo&IQvWW>c+7I!oVS`pR^e{`+2Buz`2yf(`s%%LN<w
e}xM+usIiO;J?HL>;FHO3pVf%xL||&{x9c(4g3=>*uWMpSPK{IE?ltZy<D*8JNEDYl8X%{alu}^D;Mm=yKuo?xRVR^!tc3Y13P-Y)WQX8;exer!CJUrEnKh`
E?5f}tc45K!Ub#Lg0*nLTDV{>T(A}{SPK`dg$vfg1#97gwQ#{&xM2SsTrgBE!|zwh8ii_^GxVz5dGj;5^nOI;-QULpJN`hr2xJZMCn^#tlAd1?z|RSI1rEeP
ILXb$vKLDa{~lOexk%`<m~>Q$sw`v`a#_2ae8}0i?&K~6`Dv<X5rt`@R4ZWwnZWCkG|?y;=2b7>D|}IhJ7tPl@hC-zWt|jbAbO1dj712d^x63$DzWC}Zgpd^
s={)^1b^y$#Fdqa`9e+gx*GRcB(Dg5ZNO+yC+iJJ3&~cEUC6_aV8Hi_8&vC-3QGf528iL=;nhMZa@bkZcj;#Z3>A^hxM79J3fU?~0a>hwV$B8O!JySLZde>!
rsO$(PMEN2Mc^`Vb#Yv&uzthZTKDlc1ZG4Fe*UZc#MLFSB|>%0+Kui{@-J;ae5f95R<jvdz^1h)3z6hu(vGwh!)*(;3){*ztrZIsN>>V@C|RTS;KGtuj(&L}
g1K>fw@51k+m!8qEf?wwD-j&e=$|C&<9XK?t=9BRlm%Idc@aV+N>0!u!t>-wJ~@$fx&T!{N~(~?)^}yz6&2Rqmn^K5k(aK>oSo_XU%4V{99YSEkmIxu<xcg7
^2R8-wRLt@eyqr6B$4by6eA2$WM9oZLZ{bWo59vsm{BRpj|aa5v<m5AO=(Jou(r5#ow#*=*$km03L)(^E2PDn#H4U+H|p%$!MZN%L{15$=dLT;iy$4XMP+di
phAIcajtg<wJWLy3glrl|Mloz5Y>$zp@>dEQDQvngMLaeqUk<9@hxLY>_pIn#Z6p+APmu|w?d&kCm$8V+E7cPuqHfomAIfjtX}vYZN;w^{sc$yWgeRpW67s{
;$&k=+*F94qfH16h4{GeNPo6GFbG9tLxDXjpDOn4oy^@Ixlecx9XOs-1e*`6#eGcH=Bz9#$D~S^7|&jlHNLctiP1UZl-zmjBRM`zMTl1_MliffB-O7Zn6P7&
YoT7=Iw;zb^)_o+#*82aA-y&PqF#yc4?+-#*0UA*DBYY1@8L7N$zo#NIx`cQs@fF!xA>yJ=j_HE5LBU^`tm3+u8i{+BeUa+h4QlE4dOeU%(H|+i15h)WC%p}
;)g3@ydpfQ7)2WSgz@^A*h!!XiJQ6-L3msy5(|DSz<IkOHVZ$XIy|@t^PW*RwsC3Cz-!)-U%Bd0AZO?)dE=PISCkTaCRXYikP;1gl}=?)gHd7F>{r&4t(6^&
W={maMVjRy<Vo;Ma2CpuCYa}!l10HN;t!^Fd)PMN8?+6-l=}gk!HqoD{CiUNAyN2qWfguJr8>$Xb6rX84FrW~qoE`LQVhXyXpKuj3sGK{#Q`S8Lh`zo3pUbg
PhMTP=`|?}l}bJ}rwym%KX?2{-uNifiHQHOP82CN;5m*RxFdoRbQo2I!HPtqA9V#Do!BUW<K_#45oxFMC&MB7S)ODlazC-}$leT&@`C!C2rOtjDv!Toyplnl
?u>$j8EAC!g2}LIiF$T8X-nrUM#bhVo6gxu#mFWZowH>@e>!L1Gi@ryt>Fm1$m2}KIC7IuUX-*rVKF56X`{nJAv`=Jb~OSmT4jpJ`n^5Q-xGdRxPcCxb7Vl>
p$gn3)!{{iP5s?GG;?hhw`<!?=fVD`8XAK7qq$RI>HOq{VdN1YnF@Qo(cq{DOL^Am+zPNd)>a+7w+pKYsD4o(525*QME8csF4Tp^cs2Ya)o=x$IKiN$_NNVx
o4n#rWcDMK*&79ahhz8(k253}rk)qoKh_`AkxORG_!C)OL8p(E?1AFlIs4KZ-~_(;AF`EV>}#t^uYmOOqPm;^tgT>Qe9aeOxeQM!k~NNHeKB}B&T4#;0m5v^
0TmH>!9pBbs8-K{*P6!i$Y4;rnsYIRiVF~CAYHtimf_BwzRt&sWX`K}r(1DbIZj|Nk2r5B)7#)_kGQ+T<2FCbT!1j&9Wwmk4p&c(Mw8q*3;QZ@kRqoPm53#g
C|)4*6gTi-9uHAu7qRz(*?WQli@1!pu?6=Q$V|#mF$h?)Hi1FFcJbuZKlwaJ5f_TW#IQn?E#P^I{$wyuhA84A*n8#dJwZW4QpRiIB_L2jdSVuXfZ45?3=+1B
$FJV=b07QwzNI9uxz74EcfXU*8xQ&>?Ua4CQ-(iaDIT?h!PE}w<<1{A$?<#m1LY@*yi8OmW~pgt@2{xC1NqV~jvqLL;3n!FDbCQN`N-&U9}T86MdG!Y2VWJs
qUZZW41gtM06&hc@QV-=GN?u$R0Mb7V@K=aG|>=Yi%1JcFksr`MWTOo%odt@9kU%j2K!bgnKwp5wx%X#I|AJ9JmxpDl{Q+ogwBu>4^h*mFBr#|CQ+IF8X&tc
y~J8dRgHT=xnR<QlsK9hCOWdjypj$3sUj2_OOiYbRr}JZokG*ucMi&&Khu<Ud8O>YAvr#_N$z~=ki7B9T6v>?<8-AXo#tY8*WA!FDJ3ZhMh_btLDQ}NXx8SS
^$?#MQ?v}hGhN7|<Vmsbo_YI)FF(UQaR(9E_2twowg&E0?LknEwwU)7F+$jf|Me7~lxQ#@HN<5lrwi%GYPH$vjI?&Xq+FV`YrS}851#X>u(5E_WRbKTK$K$z
A7>$XL3w)hiE%=&ZsZB_nE2w(S%=t>df*2{A2NaHm9x=Bi+FY~p7V*YBV(+eNPGs8$3}Zr5Ixp-+?S>Ahp3MmNw@qDWR1h<++LOAS~})O>GsoRx$}l|x$^sW
%f3f>P#W!s5rV=)Lqrst5nrH(r7w+Nu_zeEtr)o&4TlBQtLuc??CKn`AU-ETP@@n-!Ya_&3=$Bmp}y?K9;lm<vk=XN5i>{_StoSqy@LV4wiaHjdK)T3YSa}7
j%?ezO{|RCI8#`ImL)9@1q=2)g@v08skS*Zbs{X$C#^zp5Lm3u5*pCSO!4&GJtGC8Ag#z#gbF!1)juN$#*Opqho(Z8uY2K90^auyj{96hCxiC*?F65uVf~aF
>elDdbT~g-9WJg4U$RJ8i6Sa)w|)wv{^d@8;Bp17PhW73xs7i+D92ARDp;D)q;bH4qk-=sd><hE!aMjY9ET@BZk9y-O*K)!lL`)vSwj_v2>p7I*Pu5U8cJS9
&jK2rH8y`PRE*j+As2zoW_GyOSC%w87QTE??(E<kr$pyfC!%*k(CIlx8KEFWmn@<blQB&Tr2%_~Bhm{H={KBwMdHa@5KE2SXaob}!x$jhqH_oth)VP;{2F|T
hnC`(k!M*Qp6A@|g@hqzUpe-7T9seE#AhT~X&nGLg}DVHvLaiI0|=bpai7z?BQ4*KiomAJi4pWP6sWa8di3S@;%A%j!s0!=uwe2m-<$Emw6w&4*r@0j#tYMC
Y61I<;YlAiFDw$`GBg>24Oz`;X23l@;b+hvy0KweOFY9yItt9*ma5&TG7q6{IdX^0d62o}u5$bhj#T1GMOHC$zu^oUma900^IYxs(;zD;T_r>#U5q{nMw0bB
S*uWmGe=s?2#k4((Ik(pxHhu2+387HLOx2%GpD-`_#V{{7etJyhmRaTn4t{qF=|S1IB0cxJv~W{HJRb3AHr>E8Ce%o93U(VS++)u%naQi6eF9(%MSb4`LHh@
f0XX3M2=N>yfUNBoiR>|ZTu-u&!;jvMPB7=Y$bR8+&DvNr)4uTxxA7JY1JueXgcxBt9&y3j|9e~j-GzSVR76Bcx`9q-}nGE`Ll9oCt7MOamFdvBixO27y6^2
Gv4Y1)1O&PMxa5k*g~GborSN_mGe74g8g4_!mpxh)T<tA3RliqUUO1JH_u{SdKF}Csl!SvL$I|zaHNQazDBmM7!3=DPK#RUZO8O5Ju;%fgl>(GQ>Ff)@j+#(
)x_wuW<y52kc<ra<OG;8a?-Nl8qhFwSPUd&7;Hif+LFDklJ)&w%Bz=Yllmh_a^;UklPXs*p~Gey4GNtVCB||?2{of^R&*xN1T9HnK&wshCI~U>QkgrlrP4&f
I|Eb{7iIXSOB`2f<yc)QcfNE<e)WCjo-6Ow)#d}9`t8B9=m)^Ep(madNbl#!<l*9~?B(^s`@3-KtzwC)MkQ#HH5w7=%-U2Pq#CR$>ZaB#?Kwe+(_|Kjr?27H
v9GXWUtoWcT4>MLNt^LN`VL$`y1V+BIA|zNO-;*!RBP`3O^gy&8M84QO5<uGwlYfC0X(Qs%#4>PVFtY}5yD5#S~49$09xz_vVgyBnSB)kBT}Ih&!W<AT$B9W
2Qqw~O1!UYfIrgE9aSmEA77F?UppnoYw!=s*hCb``Xc2C)r$3d6J8gen@k=jj|p?o)N<Wf*q&yorD;`eVqS<aKY4bLICB4l&jhO7!WZ}<5xqZsV{jIHTXXDV
bP+C0KG{Pc%C21pihf1@bwd62+MQxq+}Z@Ue5e<)B!fkrrlx75zh7905T(g26fb=G@pr<WZ9(J2s01>CyyA{iJD9ptON*_RZEz`!Q^0eSsWw`+q(X6&El~(S
DUorLAb>o=zg!t@U4&qzqJGPT(`SF82?8EpjbEatUJ_|hGwRnGy&C3{H;0j7<Uv|9&YZR~SWgo}&6;>R3mSW(U9h6u%yc^x=4?cjtPUzbwFzLNp6qBitRS6J
qLBt-vl8-Hx0B+`?NEX5<84L<&1#|YoveH@O`Dx0!N`(ypw<VfX%(VF$<#mJ?m9werHbZ|AIh9h(#YFz*<}b{U6kW#&Qr?Gs&yzE!6)d%_R3-?$hKNgI@nVz
8tPvS#$+8#iI}IQ_OyUb{IYz|SPV$dI5h?}b!CkFWz-oo)NQ4tsWSyTGMRF7!EWEz@E(G<vnH<)(elV10n=grtK-6!AQ*=hZ8x5RohHXdlmn$PjQph=7bd>G
=gnIJegb#IkKkV7^*NXO2-DD_D8Eq8FdlFX!`Yb*A?KQ`@u705f7mCN<+wFXB`@LK_=Qv&%<51<oHY~{r07?mWQfdC6$_Q6g*(JUb4n)*L(nsGU+xMtcz4l}
NhlTuuI-H53ixl-jdaFc#T~10Ytmkrg=U4$od7-?$PMM<W#tz|RAK#c=Vhp<-?ja11Xt1EL=pJ~leR&#ASrU*>qDCX!01`hKwd=8^5cs#t8<DnCCQcjW*|1%
Qqx=-oKrLMVc)F}_n(p)7oogR$PLMkUWcF<+0EHjnA(5g=(*1_+E*Ci=s+TJ<BNnk<k*;&0|)TR5AY)VAbt~a8CXTCr<2*@Z;AG`Xx_w`H1R|!8QKk?*{rEt
#H@B!;*>dH&&{f!!ASZ#L)>aSXt=+-q$^34rWmac%kj@A<<8-I<oF%@vl4ebS#TX~hV$cg4-kl)$e!&aqVa1(_b!1R^ZN`(o#46ab3bGVum}Hv+luI5&^oP+
>i3fMp^VJj`eUWR6j)4maOUdqE5eb@%chHH_~_AZ_)7>dUO8g^&Lbj?UA?a72xe3roF5OTX6C7A?l$<jSNaHdYI6NG84j$J&h_wRxwFSPIc~&<loJUe9p+3$
5P=q^#jk^HR`Uj$Iv1+4!iCl0;S0s_M<NdiAES>Czw<TCM4rgR!_fx7?WY`jL7>j(Z{!j3oH%J?SKL}Sg?4XSzm=X_r^(8<BI|dHsJa9{u;~b773?^60m0sq
1#|#LW5;<fLC~C8)5m$|-&-kOpf6WhD4phfgvQdB$pueDZ63^}uWe;$ute!=q-|3NW%$6ElLLbxj#W)MS7a}sp5<ZOUd%xC3!6puT$Gk-PxJCQX;$K?6j9?e
dE)^5q4IV)*z|6*a?ZzDNmeRv*N;s%n$>mg{mo&KQ>uEYG7q~h<?Bc5<oNSCd4n@Ux$(1i-@k#NerL#d5sjL@G&qXd)gXS>iY05%7+96Nc#rVz_VZ<~a!G~s
MjAt+XD*4Mb(S^)trJmgX<kVl;0~Yh8_F;2N4MbWq+PEIq+ee$e~$aIU`a{2h)UudF{$A5S<^I60ezyemc?{Ty>#Ok>dKzNZIla#Elmp0LxQVeSCU<46-+LG
$?NRJ#=7;KX8$_DUP@TE9*e8Pk%cv7&7rY7E5W1{B2r^nf{AiVx8zp9o)36zRpgN8_|!;a_yi-wu`41vvx{XSze~?osoAWJ?LNcRjdiK3YrQ))n2n4MLn*w~
DB}&qdP_9J$|dU)qp7m3YI<FXXXESqdN1+oy~Y%2ptsyNJ@(#|W7#F8+E1&VfFL~4b9EGdt)P|I{aEq6h%Qbz_(D2-U-;d-G||2?>@aC1kjvgHsd++0C5rPj
eDukog&TuFIX2iN;MY?M%%%2C5C`|~Mg5=;nM-ae8Inw$3Z@L|y0YLLUeDu63M{kqh!cB0_YAquqc43M9ljBCMqa3vp^xQ_6B-A*i1uc%Fai<lo2pKPF|YCq
PfjeRCPP+}5E8_=Mnkbr7u-|8tr3=8IQ%(O?MmN@EHr0EYC(f&s7ZnuWGH!R{EG;l?Q?{|zmApSo*!Ti&V2aQZmNYp?s=)Jh=O%tj2gvm>SWOZ!rRa0QsW*b
Mkd0>-q-IT!gmx@`19~$93kTF&;Lk7fxLGwv0Y77dL-6b@zwj23C&6-2a~7AJqJ?<_nX#}4z9i8PPw@|&^HE16Z#1~lP5RI8av`>Wonw)PDh*V%C+cVBj7C}
E*nE=!bv*+W;YD`^_Akhg#C)vh8T5V&>B-%6WMHJ5pqzfB`p^kupjSkd6h#`a@WnO2#9<&G<FDr=M_h=mUnD)oqtCKzHe>NP!UBMqG-iLv$+%+tzt8gO~^wg
TWTH@;$gfgo0o1mHN`QJM2m6hs6bd(ief!YRmtN`Rs8RS>NHBU6MLR__!Fh!Uv>>2Tk&P(EyWo}e2|D#x(K}rSc7?5H^%2mJ?SkbI*0r5YTlHVYNLTGI}YjC
Xi{{sbTm<s0};HaIF4=J(L6>Kvm)>{5hWOcj0s@W8dQHYn!tZ{G|5)2LnuHc=0XHV6*ti~y%~X(ISo2(ae_vnLNO*4>r9`5P&Rn56duDk&kO_W{w3oWfaRnW
?kns>Upvm625U^=vMfY1L@P4eAk9{Z+gJ*~QOjD-gFP$HR7Eoin=MncrbrF%J25Zx6?@S$r}WI71SB{1>lj{(+9bz&rY&8OimHs+MlbeD8`d*97FN9ZT=+x;
U7kNJQNPM?&+9+^a|ZaX+hKp^Hp1!7@097AEcO!!3Non>EjmYn5QD-E(MBL`6&f_#Y@lHx&UN+KYkYdOQA=$jg(nS)w{Ze*udzCg(Ud9U-n)puoBfg}nrePO
y%toTYB#|V#SK)cx6tWzJM9=@RVd08SvP12&{f3a2E`bX%d3}bw4;$LB>Yo*us16M&pG>gd=kFq{6T52u{h2kC}LwtHD<;O3CQ1&V1%)Xz9_`3L7<WDT+ok&
@@h5|ogs-@zr@*6FV|{DB8c|Jrd(8(nrj05up-k~W5~Q+n??((0@;~Zn~@WKavo-7+ljBGlR@9fopW4ZA?r2-Ic$2;^y!IrsFGIiVP^l1AlHdC26w3vyUXHG
<RLpF$d%~rMoE?QNyx~G>ScW7khjK7L9hlb%vNoO29tdUtvrfj^MVESEbW`(xP9|334cd7uN7SKs?iCL%$&2G&nxkC+?%f~zIf=k4eX{26Uqat&d!j<fqE*j
B?>>Z!W`gMBvrOCRmd^gsG$LhjgHmnL968rMw&Ehpvi~S^Y7tP|1YbQ#ae96hD~%7xG!$c;|^p4Z%vT;?xD~yU8E5bRmN!7zD#ZY!6ZD)%e|7=q93rA6gC}M
u5=@ck%FXbCf=kI0!(q{xD8(Mz35fBOU`eVj#_K_`v~l=+vVw+G&O7g{<xQWHBayH6+PHXEIVkjD`(1(`u+cNl5j<WsjShs$(9F~UEHfQ)=xbtRV}sOOpXA*
ehZ0$3_#H5u7UIF&(pji{JY<H57)yGjC-X;36VgYO=tNL&f~nk6r~1ISE{^67$*-krSeIOV^<BQs?bc%w~0(rk4LEy=6mcVg9#+vC4p^TIjc-5!eUc&23iZW
cFQuE0YB<2;Z2H*O<yqXRkB28uw_`&!P&uy8TU$PYWThP$U!BkIVN~p@c}CPGw<PcsFFC|a$Zp8o!gUIoeCKys}*H}+x7SM&SbRSqdBj7XHw(Rm!T3Yz-=HF
VV$v3i~Iqpbt)Q$iM(ktPnJ20_+&TT%BPtu?WhVBX_*VE{+GqL>5s(tpfi=n@lDrwYpltT%cR&0B#ED8w-l;fk1u>CcYgk%yzv$1D5b4U)8M8d%6>ym<IW=5
pM#a>u^f(n`}Ny2OnrW36nRo4Q%EOLL}mz{^w5=*ovd=XmhV4dV5^f#Je1ua6Mn+Hcx~8O(pDg+ey>SVOrrV1dOm51MmvU1sOql;6vnQq^Q4pCEB>GMt^_!$
DqRzMI{xtFxlNBX<Gg#_(B}h3aTKu}tx?$-A?&M!5VDhWHabZs-RV8ueR@wiy(FDZXN4?~gg}Tv&|m@q6$G9epn|C7^Ns8HPRE<E-Z}SnH-Q0b7@ewD^{iBG
r7GR`o_{(2|NZCu=YFRS6+X+N?9#_llVSCW*@iTt^gH9niOjA1G)~qQhi_~ZL_aUW39Y>N;ai;&obWCd;l&8ggsXK$`A~<Y-wVcEV<swsmA(}x7<@xNURcdm
>YO@8jfhAUAbosEaSnnMR9vS!PpXq;wUP|~tUiQq2b_ZM#|S4dpPZh{-N~Xylesc(*1e$LFCQcdSn~XewFJ&t4OSgYd|fF~Wub1ib4PD4(;bj4V^NvetT%$$
oLZWQVgS8ivco<poK2akB%No^pm*WDM_%V{W4M;9P2MX8+yJV#21w$Y6z?^+nY>ri`BCf^JMEM3<oI{CB_@&~>7)c7Yjf1eL?e%#DtMVWzvC-E%fn6jvP?r6
C^zP8N=2~65b9u&-`Zr~4%R^BAp-Wuz|p?E-HRJx;(fIeE}o~Njo9<;_zMT6vskoA{>;kFur%puR1%f>bodM2eP?Ws!#BSs3O`AH-@ObLQZgz63pXqiCl4jK
HxgI)B?*#~DA_P4{v^Lk18tf%ZMzosDO$InCGgOU2c|JIpX&aS4AIs|GCU2r!dpLSZDBMUieW9cCQ3Y^sx&#tEanNR`d<<6UO7@aLP0bJETKDyyA?fo+aR~K
#PM(gR9M$}v{p#+7VJcQaOS;ppD<r;oAVTlGU=W?C53Vk+(8PE*tXVOQV`N0b=$7E@SPOmw7IM<%0$(M>Ja?7$M7s=OxKw;pj{v~T#w8aquC5*lSxs}&vlp8
#}iV;;QDS7;(0QvMcf>*LCNnh@pX@#02+IQjH(6p<9oK(P%^3@YC?V!n2F@{o!z&Mg~%k;s~$q26q<J`tZF~gje2Z72u{WCLc5JU<Ja+(@p4pZkz1g^rsLP~
oi@r}6A>?q#9)~agVEcf@WHEvVV-j86MD&~fo~rD>yPwOHZBbR@rT0j!`!Gio14r{m^uZ)ss-D>U{SMUo1-57JN)Z^7_m$p`=wYXMM_ix+|8fN|D3`9hKS*B
YyO|8fEiT4dLbqr4Ih>ayw&Auvqh0srQR81q&Y?}HY(jL`qy*xQb46M2+~O-M6pCVkJ-jln_EmM4^Wv#p;ZDmJf;xO3;V^!X19O8MSz^-?wYI7FFnfBq|)1K
ge0PfDUVbOUQ#Jpw6+3xcWhK_Bd!^wj^H3AQB<z<?*^lCjeZtBBH8nHk0WRW52Zb-g=)3U7?o>;Ui`)=b^HR}i1fjFfmTX+(P~~|wUD_<OXX7N6nZsqwPR`G
EJ`a?XKFfTfoiV+rFoK_30EL|;^i{a+p7dD{Z&kD#Cl$)3)yv6CD=(y_KzhCw+@;ck6XY^RaT|rDQ~ZM>qqDX(OZ`bDl3gJR`Iv?F}(=stog8OjKC9_MHi%`
QPs#(4|rGDDQ+LLh>^)+Bq75hcbnb9nzbhsQRpid!AN*h_+KUX8N5h*>YW457OGSMmJ3ti;TWs1#u(*r<zb0z+*FtrQ);=#WM_P4pN{hRsSRqK7Ah*lM!nf&
FaY;3_XqJKc%9hjGTSJtRAp^#2k)H-1t6*neu)mp#k4UirfAJL2XbC?ARlrQ2XgDGwgSF^+a~5pIion?xfK;M6R3sVL9I*gBKN)!<E*sXqE7k-y)@AWIfXm>
qN{(Na;uRkvnZXExU<S$>8J!(mCZr<rB)L}{0*lO+co^!2htSFx0nPd^+PL-7h;pnBPcE_w$e!7I-ZEsRoWOUVDdN{jf7814j+HP9;ED2ym_j$4$67^#NRWQ
3&%$)T2Xn8s0>J=Qk2QTXr!BkB)KD#P6u2G=M{4zyjN_p8|fNXu-D>d_<2B7sE)CIy&Yr6<5|CW#xd<U^Aufbo&(6PaTNi+l{+uCtN1K{j49mIiV~17Fq>zY
L8-h95Ddk?hqh4+#xL~pg>YdO@)1yN^Hg<0?TLmDW2MFiqxVimJB9FY+vsm3l~oSPtx>I^FUOr8Um$QwE$8NojT-WBvyg&($YOH^p$m&%K7{WkS#(<bSnpVv
w%U}V3Q$$iBIxP(5N!twz#F(wY!^tSe5J_9w-ad#A(^`|bp|(!<oQSAqr@X;Cv&#`xY6bPakz7Ix#Sors2#}e1e?QNOP9oGW}F#cNQ*{N`)Iyj7~PQL`}W?8
_tV_y0=vT&Kvv=7i=%k5mv2PFq6pj54I;dPT-w8OiI4W7`Gn<m)wnT)ZyZgLL|5a4N0*U=QlWzigRz9>WBSy?@m$gOcTfTx%J`uNqoG26aYPODHRv(MsdT>i
W!xBq#|!@yhxbmVZIRPkDP=<VuJA;O#bK)^u2iG+$O)v`sxe4Gwj-xLi70In$&vrg-OWyYW#OC5FxuBw-w0Ky9a{zvTwAZ;;@uK|WCS;a)zJ}*GJE6DhzR$e
65(Z|4@A{~{G}u=P__^SjSnTjN7MnN*RaT7RFU%F{;}VP%|=ZsN`v1WAVZ_g{`f9@KZ_^KKQNzp9;M_;3t*yi3?%D|UmRdjPxYSWKZC2SzOf+$9(Tv~E(F`#
3g)tCWzHQ%Nsu*veR^ta)9HF)h<M<vpr|)Rcz{#|ABQJPHfm5RiQ1*r@+PLKIk<~`asAHO4EHPUcJgx{JLR=`pE3BJGoSg`N~KrF=!qL@)UaayAM%$YSef2^
j79qzK5FWR{`W_ModPvgAS3$Van|8=LoAeaEqYnX6^nm5+mT6nneF~1qL|`{2mPlApXn3fDY#g&i`GcDurDTd&1JX=+_VR{+3bS{e*f*&wK1pk_+Az@xc0cV
!^Fx~Ne8~^d`BOG9UaBV?ET#DP-={2>a5Vx``DRCKku1Xr}=~Dg#P;T@wMLQ;_>70{&$Vq+IPS`;2!9rM-=LjUkRo95;-au*Ph$Ap<x4a7b@Ux(WQWli@U5p
cP{r=arr`%TD}<cg=NcrxIdnD=RO_66C;*9L=;7bj08mu5<{-KY^oI@c^L^Xs-U!U6)_hObKS|^#ol*#$w>lCx@x;SD7%y@NnenY1xbmCw9qL-c__CM8hlpT
i5OJ)wlewovP^c>tNIZJ--=G0s(BSAmf&QGCT+n}2?#b8_w}==uld_hKeQcrVP`jj5$_Y_EUF+?fhJZsUE+1P<){dM`I?A8nrm=9ZpzqOu|VlAt0$$4zuMs=
QMKvozzJ}Kob`?nI2&Kazrqs`^t!V$ShOUG6Bn-rU5UOlb|h#wW__0)30j!Ba%1dBP-Q(y3c;6p$xVjf+~Uv*=4q6eRFEH)h4@NDmhj2<;s%K*4;>L<_oztH
RN|I1TXTz~Y(cGx5{(60*@<hoHzbu&UMa!NqTi+M;zOi{oJPM}>@H=bTXSWs+*8uXG&MF*Ua7>t&X6cqB|bwc=2E0~7%kA?aWv9Ba%!2}!oqAewR`J6<_!Aa
Xy`-uIDDPh5k!^91%t_5E1A0!xH}YVxv<Y<u{pfZ_wD|gCQ_<-wP~b=HtEcUn2Cgm_s07d&7?Rk3QsuqW6cymHPx;b*oW7OdkrT_Py(e_tuU5>Nk{Um3YK+k
JjnE+=1xxl8oFwRkP{-tF&Rh=s90LGD3OS-sOn--jjhh^2c9~s3ebr;jdMJ(v$40&<${Apb~WszOzJM3T@S?-g>obnnm`*{>U!9AS?4-tE!vQ|JOLIhkg1EK
zWF(Bp@Q?#kho;}HOYF@nD&zX_IlLjY8rsRPTvsiAdLE0MJXs&$>*nC7WX2{q;WBS`r@c)^l>tX1l%IApqDU<uS3x7%iqKzEh^S#!=E_2*i4>HcgTbeBWGh(
H@KSIy(B$5>XEg2H`Kf;wpF!^^z}f%-x2KnNvFbWv??WK6=+W`39Lu(C|b9)xDfRHshw*PWT1lLqI4+9C|fMhb_xgeoQ>cg4jdq<s1>CX)hSG+q?Ub#BM?(#
rUl9sB)PcW5>X94b5s<*m#AhDu9rA!+J@V<L0e0^ZwG=Nk2HmsF1~opkB}}Qw49lN*8g+liC89<{Vzf!lKH=WQxtv@H%Y#k{pxgvlW@P~6Fqm`n+fkT_}Aoz
WH=HF0-Q^dvcCB=i}u!k+CB(-P7XJaK@4=K&1O+n*?(-B3t7uoq^^sCj0V0jt|Kn$TuV-g-r{bQXfySO6a*@zu$bZ@kp3Ksmdg$b;ZMfsnQJM)uM`lylxIlt
35)mTj8sOkxPvEm-HE4&Ln-YgB=%!5z8T+vr$%tna<ncvPYUG&n}TV7w?ZRf>Cgs=z1Cv&1!3=SZ=m&xaB6}2Ll=u|R)@uL5#gxEi%k*EwD7~x22y^#RDsfx
lrkvo$lkv83OMEkhaD;ud3Wojpje4a3wb)JVpiicR7L5e=J5PcF*>Q!^x~z;suGp~=3hx!k;P*Ju9j%h7yQ5hOchJp_{_%GG*~@ZT`x?7uRjo?gU$B>zWF0s
^S7Go${?%Ul!vrJxT|aP^|C|HR%b9vP*RpO6*S$MlwR^jxpOOWHxNrldR)Q_sQ(^26Ng_q$&c$a!PxEO_pR{tl5`EqCRIg=k9^I(3k|Zv2`x(*?)EG$j?B}%
YH7V3LdDglVI_nrUQ(geke&BO?m9+>5^S=5*jtIZiJ|HgJ{gmnUzEfy8{G6EgQxf6Nd#tJ_<bPL1&LJ|F4POHO+)XHiPov|Y>ABQ0uE1(p2_+u7}rGt#sY%f
KBi|-A}fTC#qY%Th<OSdN3`ivn@ym~X6`}p^l>Ky-yeT^DWNZOAM=+Xe20&A*z!xvMuQR(r>rm9f*`*l6pB?M5u2TgPVx6&7lk*5Zxy(th+s+r5+YnubGcUX
fTSnqAxJ=nYgu%#>3I8js0>~_^*r@&PCW-kItKe<r=GPkO(961l0Ji$!$Ys;yuvh~y|x#Jz`v$n)qJf*)OaL7hyKCqBK*atl=SBpk|WvfGDapP;07sNI;S3j
GM5zPLdq&m$%#o~IPPcB9{+*P3sBiu-Fi*q&wf0A9`S?wPvstF@Dqdh^!~`<hSQ_ZN5^uG*zyDcOGiGX=Zc<|=%l2oF936%JXfuNl7eDYA%ab5^{=t$K<itL
N5R`+tGuRBByy9~sc0i`qK`{oBp%=8>^=ysD@G`D)G+Gb(RCKukMF<?dKs>!477R66nQdiU7eLoBFijvtcFD`HlKeODm$w>Dm%e<P;B=(n|TK(fG^?)kwv+%
h6>wxnxL@LLhvH>#}qQ-m*C$@G?}s)f8we1s`QS_PVnVtv+MTD`k1|_qqT7d)TValks|DyL-?lctcUK1C<)*)sv+y1=eFh`*dhz{vMA&ksOkiFU-h2qJy0{!
Nuhf)s#RLepfTo^qMUKzWN?u$li7qa3Uia8yfM3n;L*DhxLb1BNaKjjW^+T^=ZBg*5Omb#rLw5VAX9COc~n3sub8uOmrV+uTGoDvGX5Epq7QY3YW<+utX!S4
2J$jfvI(TjL;2OJW@vTPHV{<?l>S1dG+niZUA-sm5QBe#{_8IdA4McMN+aI!xG)@#!!O`E$<VOXQWJ!_hOPnR5t?($NzB%3V9Tm<O%d&ARn(LPAg{HgssO=L
Yp3V3<zAi@%4V^<A-L})0s^5Pg|vP>bSqrupc$kYOV?~jhRp2DoGn?fV(I23B=D5eO&Txl$nt_WxUGu-o&a*|o25`!7@%BIUmeCbZ)d$q;e;Ed^pdYzo$)*!
LWxW2hIFr*#A9e`Zf~!P?(=*~Pw_a2e}z?|@Mi3g_`M`S2|G6P;>(msA%wtai|lu2g^z!iBl>RXB_IEO#w8#Bf5Ig-^M|>lW?q3yYUcl0E~%N<&LuVTXD+Fq
xukyPlKPoT>Sr#gpPEbRZ`cw37u%zQas
"""

if __name__ == "__main__":
    main()
