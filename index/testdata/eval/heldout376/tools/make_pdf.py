#!/usr/bin/python3
"""Re-make docs/ev-policy-niti-report-chapter.pdf from tools/ev-policy-niti-report-chapter.txt.

The page is a chapter of a NITI Aayog-style report as Adobe InDesign 19.5 exports it through the
Adobe PDF Library 17.0 ("High Quality Print", Acrobat 5 / PDF 1.4): A4 pages, two text columns,
a running head and folio from the master pages, a chapter opener band, a full-width table, two
numbered figures drawn as vector art, a shaded sidebar box, justified and hyphenated body text
with fi / fl ligatures, TrueType fonts embedded as Identity-H CID subsets with ToUnicode CMaps,
an XMP packet and an Info dictionary.  Fonts come from tools/pdf-fonts.json (broad subsets of
the SIL OFL Liberation fonts); each is cut down here to the glyphs the document uses.
Deterministic: fixed dates and ids, no randomness.  Usage: make_pdf.py [output path]
"""
import base64
import json
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ev-policy-niti-report-chapter.txt")
OUT = os.path.join(HERE, "..", "docs", "ev-policy-niti-report-chapter.pdf")

PW, PH = 595.276, 841.89
ML = 48.189
COLW = 242.362
GUT = 14.173
TOP = 779.0
BOT = 62.0

FONTS = {  # key: (resource name, font file, subset tag, flags, stemv, weight, family)
    "serif": ("C2_0", "LiberationSerif-Regular", "HKPNWA", 34, 80, 400, "Liberation Serif"),
    "serif_i": ("C2_1", "LiberationSerif-Italic", "QMZCRE", 98, 76, 400, "Liberation Serif"),
    "sans": ("C2_2", "LiberationSans-Regular", "TJVGOD", 32, 80, 400, "Liberation Sans"),
    "sans_b": ("C2_3", "LiberationSans-Bold", "BXLUFS", 32, 136, 700, "Liberation Sans"),
}
FD = json.load(open(os.path.join(HERE, "pdf-fonts.json"), encoding="utf-8"))

BLACK = "0 0 0 1 k"
BLUE = "1 0.62 0 0.18 k"
BLUE_S = "1 0.62 0 0.18 K"
WHITE = "0 0 0 0 k"
TINT = "0.14 0.05 0 0 k"
ROWTINT = "0.06 0.02 0 0 k"

# hyphenation points (InDesign's dictionary would give the same breaks for these words)
HYPH = """ac-cess ac-counts ad-van-tage ad-vanced ag-ree-ment al-lo-ca-tion an-nounced ap-proved as-pi-ra-tion
au-to-mo-bile au-to-mo-tive bat-tery bat-ter-ies bench-marks ben-e-fi-cia-ries bid-ders ca-pac-ity
car-bon cen-tral charg-ing char-gers clar-i-fi-ca-tion com-mer-cial com-mis-sion-ing com-po-nents
com-po-nent con-sul-ta-tion cor-ri-dors de-mand de-vel-op-ment de-vel-op-ments di-ver-si-fied do-mes-tic
eli-gi-bil-ity elec-tric emis-sions em-pha-sis en-ter-prise ex-emp-tion ex-emp-tions ex-plo-ra-tion
fi-nance fi-nances fis-cal gov-ern-ment guide-lines in-cen-tive in-cen-tives in-fra-struc-ture
in-stal-la-tion in-ter-op-er-able in-ter-op-er-abil-ity lo-cal-i-sa-tion man-u-fac-tur-ing
met-ro-pol-i-tan min-er-als nar-row-ing op-er-a-tors op-er-a-tional pen-al-ties pol-icy pro-gramme
pro-gres-sive progress re-duced re-gu-la-tory re-sources re-cy-cling rev-enue ser-vice sanc-tioned
sched-ule schemes sig-na-ture strate-gic sub-si-dies swap-pable swap-ping tech-nol-ogy trans-port
trans-por-ta-tion ve-hi-cle ve-hi-cles with-drawn re-fines ex-port
ex-ports mag-nets man-u-fac-tur-ers ex-tended im-ported""".split()
HYPH = {w.replace("-", ""): w for w in HYPH}


# ---------------------------------------------------------------- fonts
class Font:
    def __init__(self, key):
        self.key = key
        self.res, self.file, self.tag, self.flags, self.stemv, self.weight, self.family = FONTS[key]
        d = FD[self.file]
        self.d = d
        self.upm = d["upm"]
        self.cmap = d["cmap"]
        self.adv = {int(k): v for k, v in d["adv"].items()}
        self.used = {}  # gid -> unicode text

    def w(self, gid):
        return round(self.adv[gid] * 1000 / self.upm)

    def glyphs(self, text, liga=True):
        out = []
        i = 0
        while i < len(text):
            two = text[i:i + 2]
            if liga and two in ("fi", "fl"):
                g = self.cmap["\ufb01" if two == "fi" else "\ufb02"]
                out.append((g, two))
                i += 2
                continue
            ch = text[i]
            if ch == "\u00a0":
                ch = " "
            g = self.cmap[ch]
            out.append((g, ch))
            i += 1
        return out

    def width(self, text, size, liga=True):
        return sum(self.w(g) for g, _ in self.glyphs(text, liga)) * size / 1000.0


F = {k: Font(k) for k in FONTS}


# ---------------------------------------------------------------- source
def parse_source():
    meta, items = {}, []
    lines = open(SRC, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not ln.strip():
            i += 1
            continue
        if ln.startswith("%"):
            k, v = ln[1:].split(":", 1)
            meta[k.strip()] = v.strip()
        elif ln.startswith("## "):
            items.append(("h", ln[3:].strip()))
        elif ln.startswith("- "):
            items.append(("li", ln[2:].strip()))
        elif ln.startswith("@table"):
            head, title = ln.split("|", 1)
            opts = dict(o.split("=") for o in head.split()[2:])
            rows = []
            i += 1
            while lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            src = lines[i][len("@source:"):].strip()
            items.append(("table", {"no": head.split()[1], "title": title.strip(), "rows": rows,
                                    "source": src, **opts}))
        elif ln.startswith("@figure"):
            head, title = ln.split("|", 1)
            opts = dict(o.split("=") for o in head.split()[2:])
            fig = {"no": head.split()[1], "title": title.strip(), **opts}
            i += 1
            while not lines[i].startswith("@source"):
                k, v = lines[i].split(":", 1)
                fig[k] = v.strip()
                i += 1
            fig["source"] = lines[i][len("@source:"):].strip()
            items.append(("figure", fig))
        elif ln.startswith("@box"):
            head, title = ln.split("|", 1)
            opts = dict(o.split("=") for o in head.split()[2:])
            paras = []
            i += 1
            while not lines[i].startswith("@endbox"):
                if lines[i].strip():
                    paras.append(lines[i].strip())
                i += 1
            items.append(("box", {"no": head.split()[1], "title": title.strip(), "paras": paras, **opts}))
        else:
            items.append(("p", ln.strip()))
        i += 1
    return meta, items


# ---------------------------------------------------------------- line breaking
def words_of(text, font, boldfont=None):
    """Split a paragraph into (word, font) pairs; **x** spans use boldfont."""
    out = []
    for k, part in enumerate(re.split(r"\*\*", text)):
        f = boldfont if (k % 2 and boldfont) else font
        for w in part.split():
            out.append((w, f))
    return out


def line_width(ws, size):
    return sum(f.width(w, size) for w, f in ws) + sum(f.width(" ", size) for w, f in ws[:-1])


def break_lines(words, width, size, justify=True):
    """Greedy justified lines with dictionary hyphenation. Returns list of (words, is_last)."""
    lines = []
    cur = []
    space = F["serif"].width(" ", size)
    words = list(words)
    i = 0

    def natural(ws):
        return line_width(ws, size)

    while i < len(words):
        w = words[i]
        if not cur or natural(cur + [w]) <= width + 0.01:
            cur.append(w)
            i += 1
            continue
        # try to hyphenate w into the remaining room if the line would be loose
        room = width - natural(cur) - w[1].width(" ", size)
        slack = width - natural(cur)
        word, f = w
        core = word.rstrip(".,;:)")
        tail = word[len(core):]
        lead = ""
        m = re.match(r"^[(“‘]", core)
        if m:
            lead, core = core[:1], core[1:]
        done = False
        if slack > space * 2.2 and "-" in core.strip("-"):
            cuts = [m.end() for m in re.finditer("-", core)
                    if m.start() >= 3 and len(core) - m.end() >= 3 and not core[m.end()].isdigit()]
            for c in reversed(cuts):
                head = lead + core[:c]
                if f.width(head, size) <= room:
                    cur.append((head, f))
                    words[i] = (core[c:] + tail, f)
                    done = True
                    break
        elif slack > space * 2.2 and core.lower() in HYPH:
            hy = HYPH[core.lower()]
            parts = hy.split("-")
            # rebuild with original capitalisation
            pos = 0
            cuts = []
            for p in parts[:-1]:
                pos += len(p)
                cuts.append(pos)
            for c in reversed(cuts):
                if c < 2 or len(core) - c < 3:
                    continue
                head = lead + core[:c] + "-"
                if f.width(head, size) <= room:
                    cur.append((head, f))
                    words[i] = (core[c:] + tail, f)
                    done = True
                    break
        lines.append((cur, False))
        cur = []
    if cur:
        lines.append((cur, True))
    return lines


# ---------------------------------------------------------------- content writer
def num(x):
    s = "%.3f" % x
    s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


class Content:
    def __init__(self):
        self.ops = []
        self.cur_font = None
        self.cur_color = None

    def add(self, s):
        self.ops.append(s)

    def bt(self):
        self.add("BT")
        self.cur_font = None
        self.cur_color = None

    def et(self):
        self.add("ET")

    def color(self, c):
        if c != self.cur_color:
            self.add(c)
            self.cur_color = c

    def line(self, x, y, size, runs, extra_per_space=0.0, color=BLACK):
        """runs: list of (text, Font). Writes one text line positioned with Tm."""
        self.color(color)
        self.add("%s 0 0 %s %s %s Tm" % (num(size), num(size), num(x), num(y)))
        arr = []
        for text, f in runs:
            if f.key != self.cur_font:
                if arr:
                    self.add("[" + "".join(arr) + "]TJ")
                    arr = []
                self.add("/%s 1 Tf" % f.res)
                self.cur_font = f.key
            buf = ""
            for g, u in f.glyphs(text):
                f.used[g] = u
                buf += "%04X" % g
                if u == " " and extra_per_space:
                    arr.append("<" + buf + ">")
                    arr.append(num(-extra_per_space * 1000.0 / size))
                    buf = ""
            if buf:
                arr.append("<" + buf + ">")
        if arr:
            self.add("[" + "".join(arr) + "]TJ")

    def data(self):
        return ("\n".join(self.ops) + "\n").encode("latin-1")


def runs_of(words_line):
    """Merge consecutive words of the same font into runs separated by spaces."""
    runs = []
    for k, (w, f) in enumerate(words_line):
        t = w + (" " if k < len(words_line) - 1 else "")
        if runs and runs[-1][1] is f:
            runs[-1] = (runs[-1][0] + t, f)
        else:
            runs.append((t, f))
    return runs


def set_lines(c, lines, x, y, width, size, lead, justify=True, color=BLACK):
    for ws, last in lines:
        nat = line_width(ws, size)
        extra = 0.0
        if justify and not last and len(ws) > 1:
            extra = (width - nat) / (len(ws) - 1)
        c.line(x, y, size, runs_of(ws), extra, color)
        y -= lead
    return y


# ---------------------------------------------------------------- floats
def draw_table(c, t, x, ytop):
    widths = [88.0, 104.0, 82.0, 2 * COLW + GUT - 274.0]
    size, lead, pad = 7.6, 9.4, 4.0
    y = ytop
    c.bt()
    tl = break_lines(words_of(t["title"].replace("Table %s:" % t["no"], ""), F["sans"]), 2 * COLW + GUT, 9.0)
    c.line(x, y - 9.0, 9.0, [("Table %s: " % t["no"], F["sans_b"])] + runs_of(tl[0][0]), 0, BLUE)
    c.et()
    y -= 17.0
    rows_geom = []
    for r, row in enumerate(t["rows"]):
        font = F["sans_b"] if r == 0 else F["sans"]
        cells = []
        h = 0
        for k, cell in enumerate(row):
            ls = break_lines(words_of(cell, font), widths[k] - 2 * pad, size, False)
            cells.append(ls)
            h = max(h, len(ls))
        rh = h * lead + 2 * pad - 1.0
        rows_geom.append((y, rh, cells, font))
        y -= rh
    # backgrounds
    for r, (ry, rh, cells, font) in enumerate(rows_geom):
        if r == 0:
            c.add(BLUE)
            c.add("%s %s %s %s re f" % (num(x), num(ry - rh), num(2 * COLW + GUT), num(rh)))
        elif r % 2 == 0:
            c.add(ROWTINT)
            c.add("%s %s %s %s re f" % (num(x), num(ry - rh), num(2 * COLW + GUT), num(rh)))
    c.add("0.4 w")
    c.add(BLUE_S)
    for r, (ry, rh, cells, font) in enumerate(rows_geom):
        c.add("%s %s m %s %s l S" % (num(x), num(ry - rh), num(x + 2 * COLW + GUT), num(ry - rh)))
    c.add("1 w")
    c.add("%s %s m %s %s l S" % (num(x), num(ytop - 17.0), num(x + 2 * COLW + GUT), num(ytop - 17.0)))
    c.bt()
    for r, (ry, rh, cells, font) in enumerate(rows_geom):
        cx = x
        for k, ls in enumerate(cells):
            set_lines(c, ls, cx + pad, ry - pad - size * 0.82, widths[k] - 2 * pad, size, lead, False,
                      WHITE if r == 0 else BLACK)
            cx += widths[k]
    c.et()
    y -= 4.0
    c.bt()
    sl = break_lines(words_of("Source: " + t["source"], F["serif_i"]), 2 * COLW + GUT, 7.4, False)
    y = set_lines(c, sl, x, y - 7.4, 2 * COLW + GUT, 7.4, 9.0, False)
    c.et()
    return y - 4.0


def draw_figure(c, fig, x, ytop):
    size = 8.6
    y = ytop
    c.bt()
    cap = "Figure %s: %s" % (fig["no"], fig["title"])
    cl = break_lines(words_of("**Figure %s:** %s" % (fig["no"], fig["title"]), F["sans"], F["sans_b"]),
                     COLW, size, False)
    y = set_lines(c, cl, x, y - size, COLW, size, 10.6, False, BLUE)
    c.et()
    y -= 6.0
    chart_h = 118.0
    base = y - chart_h
    left = x + 22.0
    right = x + COLW - 4.0
    bars = [b.strip() for b in fig["bars"].split(";")]
    data = []
    for b in bars:
        lab, vals = b.split("=")
        data.append((lab.strip(), [float(v) for v in vals.split(",")]))
    stacked = len(data[0][1]) > 1
    vmax = 20.0 if stacked else 30000.0
    ticks = [0, 5, 10, 15, 20] if stacked else [0, 10000, 20000, 30000]
    # gridlines and axis
    c.add("q")
    c.add("0.3 w")
    c.add("0 0 0 0.25 K")
    for t in ticks:
        ty = base + chart_h * t / vmax
        c.add("%s %s m %s %s l S" % (num(left), num(ty), num(right), num(ty)))
    c.add("0.6 w")
    c.add("0 0 0 0.8 K")
    c.add("%s %s m %s %s l S" % (num(left), num(base), num(right), num(base)))
    shades = ["1 0.62 0 0.18 k", "0.55 0.12 0 0 k", "0.2 0.05 0 0 k"]
    n = len(data)
    slot = (right - left) / n
    bw = slot * 0.46
    tops = []
    for k, (lab, vals) in enumerate(data):
        bx = left + slot * k + (slot - bw) / 2
        acc = 0.0
        for s, v in enumerate(vals):
            c.add(shades[s])
            h = chart_h * v / vmax
            c.add("%s %s %s %s re f" % (num(bx), num(base + chart_h * acc / vmax), num(bw), num(h)))
            acc += v
        tops.append((bx, base + chart_h * acc / vmax, acc))
    c.add("Q")
    c.bt()
    ls = 6.8
    for t in ticks:
        lab = "{:,}".format(t)
        c.line(left - 3.0 - F["sans"].width(lab, ls), base + chart_h * t / vmax - 2.3, ls, [(lab, F["sans"])])
    for k, (lab, vals) in enumerate(data):
        cx = left + slot * k + slot / 2
        c.line(cx - F["sans"].width(lab, ls) / 2, base - 9.0, ls, [(lab, F["sans"])])
        bx, ty, tot = tops[k]
        vl = ("%.1f" % tot) if stacked else "{:,}".format(int(tot))
        c.line(cx - F["sans_b"].width(vl, ls) / 2, ty + 3.0, ls, [(vl, F["sans_b"])])
    c.et()
    y = base - 14.0
    if "legend" in fig:
        names = [s.strip() for s in fig["legend"].split(",")]
        lx = left
        for s, nm in enumerate(names):
            c.add(shades[s])
            c.add("%s %s 6 6 re f" % (num(lx), num(y - 6.0)))
            c.bt()
            c.line(lx + 9.0, y - 5.6, ls, [(nm, F["sans"])])
            c.et()
            lx += 9.0 + F["sans"].width(nm, ls) + 14.0
        y -= 12.0
    c.bt()
    sl = break_lines(words_of("Source: " + fig["source"], F["serif_i"]), COLW, 7.4, False)
    y = set_lines(c, sl, x, y - 7.4, COLW, 7.4, 9.0, False)
    c.et()
    return y - 8.0


def box_height(box):
    pad, size, lead = 9.0, 8.2, 10.6
    h = pad + 11.0 + 4.0
    for p in box["paras"]:
        h += len(break_lines(words_of(p, F["sans"]), COLW - 2 * pad, size)) * lead + 4.0
    return h + pad - 4.0


def draw_box(c, box, x, ytop):
    pad, size, lead = 9.0, 8.2, 10.6
    h = box_height(box)
    c.add(TINT)
    c.add("%s %s %s %s re f" % (num(x), num(ytop - h), num(COLW), num(h)))
    c.add("2 w")
    c.add(BLUE_S)
    c.add("%s %s m %s %s l S" % (num(x), num(ytop - 1.0), num(x + COLW), num(ytop - 1.0)))
    c.bt()
    y = ytop - pad - 9.0
    c.line(x + pad, y, 9.6, [(box["title"], F["sans_b"])], 0, BLUE)
    y -= 4.0 + lead
    for p in box["paras"]:
        ls = break_lines(words_of(p, F["sans"]), COLW - 2 * pad, size)
        y = set_lines(c, ls, x + pad, y, COLW - 2 * pad, size, lead, True)
        y -= 4.0
    c.et()
    return ytop - h


# ---------------------------------------------------------------- pages
def colx(k):
    return ML + k * (COLW + GUT)


def build():
    meta, items = parse_source()
    floats = [it for it in items if it[0] in ("table", "figure", "box")]
    flow = [it for it in items if it[0] in ("h", "p", "li")]
    first = int(meta["firstpage"])
    npages = 4
    pages = []
    # reserve float areas: page -> list of (col or 'both', ytop, ybottom)
    blocked = {p: [] for p in range(1, npages + 1)}
    placed = []
    for kind, fl in floats:
        pg = int(fl["page"])
        if kind == "table":
            ytop = TOP
            tmp = Content()
            ybot = draw_table(tmp, fl, ML, ytop)
            blocked[pg].append(("both", ytop, ybot - 10.0))
            placed.append((pg, kind, fl, ML, ytop))
        elif kind == "figure":
            col = int(fl["col"]) - 1
            ytop = TOP
            tmp = Content()
            ybot = draw_figure(tmp, fl, colx(col), ytop)
            blocked[pg].append((col, ytop, ybot - 6.0))
            placed.append((pg, kind, fl, colx(col), ytop))
        else:
            col = int(fl["col"]) - 1
            h = box_height(fl)
            ytop = BOT + h
            blocked[pg].append((col, ytop + 12.0, BOT))
            placed.append((pg, kind, fl, colx(col), ytop))
    # frames for text flow
    frames = []
    for pg in range(1, npages + 1):
        for col in (0, 1):
            top = 606.0 if pg == 1 else TOP
            bottom = BOT
            for (bc, yt, yb) in blocked[pg]:
                if bc == "both" or bc == col:
                    if yt >= top - 1 and yb < top:
                        top = yb
                    elif yb <= bottom + 1:
                        bottom = max(bottom, yt)
            frames.append((pg, col, top, bottom))
    # flow the text
    size, lead = 9.3, 12.2
    hsize, hlead = 10.6, 13.0
    content = {pg: Content() for pg in range(1, npages + 1)}
    fi = 0
    pg, col, top, bottom = frames[fi]
    y = top
    started = {}

    def next_frame():
        nonlocal fi, pg, col, top, bottom, y
        if (pg, col) in started:
            content[pg].et()
        fi += 1
        pg, col, top, bottom = frames[fi]
        y = top

    def ensure(pg_, col_):
        if (pg_, col_) not in started:
            started[(pg_, col_)] = True
            content[pg_].bt()

    for n, (kind, text) in enumerate(flow):
        if kind == "h":
            lines = break_lines(words_of(text, F["sans_b"]), COLW, hsize, False)
            need = 8.0 + len(lines) * hlead + 3 * lead
            if y - need < bottom:
                next_frame()
            if y < top - 1:
                y -= 8.0
            ensure(pg, col)
            y = set_lines(content[pg], lines, colx(col), y - hsize, COLW, hsize, hlead, False, BLUE) + hlead
            y -= hlead - hsize + 3.0
            continue
        if kind == "li":
            indent = 9.0
            ws = words_of(text, F["serif"], F["sans_b"])
            lines = break_lines(ws, COLW - indent, size)
        else:
            indent = 0.0
            lines = break_lines(words_of(text, F["serif"]), COLW, size)
        k = 0
        while k < len(lines):
            if y - size < bottom - 0.5:
                next_frame()
            elif len(lines) - k == 2 and y < top - 1 and y - lead - size < bottom - 0.5:
                next_frame()  # no widow: carry the last two lines over together
            ensure(pg, col)
            c = content[pg]
            ws, last = lines[k]
            if kind == "li" and k == 0:
                c.line(colx(col), y - size, size, [("•", F["serif"])], 0, BLUE)
            set_lines(c, [(ws, last)], colx(col) + indent, y - size, COLW - indent, size, lead, True)
            y -= lead
            k += 1
        y -= 3.0 if kind == "li" else 4.6
    if (pg, col) in started:
        content[pg].et()
    used_pages = max([pg] + [q for (q, _k, _f, _x, _y) in placed])
    # assemble pages: master items first, then floats, then text
    out_pages = []
    for p in range(1, used_pages + 1):
        c = Content()
        folio = first + p - 1
        c.add("/GS0 gs")
        if p == 1:
            c.add("0.95 0.55 0 0.2 k")
            c.add("0 %s %s %s re f" % (num(640.0), num(PW), num(PH - 640.0)))
            c.add("0.55 0.12 0 0 k")
            c.add("0 %s %s 5 re f" % (num(635.0), num(PW)))
            c.bt()
            c.line(ML, 770.0, 11.0, [("CHAPTER %s" % meta["chapter"], F["sans_b"])], 0, "0.3 0.05 0 0 k")
            c.line(ML, 722.0, 24.0, [(meta["title"].rsplit(" for ", 1)[0], F["sans_b"])], 0, WHITE)
            c.line(ML, 694.0, 24.0, [("for " + meta["title"].rsplit(" for ", 1)[1], F["sans_b"])], 0, WHITE)
            c.line(ML, 662.0, 9.0, [(meta["report"] + " | NITI Aayog", F["sans"])], 0, "0.3 0.05 0 0 k")
            c.et()
        else:
            even = folio % 2 == 0
            rh = meta["report"] if even else "Chapter %s: %s" % (meta["chapter"], meta["title"])
            f = F["sans"]
            wdt = f.width(rh, 7.8)
            rx = ML if even else PW - ML - wdt
            c.bt()
            c.line(rx, 808.0, 7.8, [(rh, f)], 0, "0 0 0 0.65 k")
            c.et()
            c.add("0.5 w")
            c.add("0 0 0 0.35 K")
            c.add("%s 801 m %s 801 l S" % (num(ML), num(PW - ML)))
        fl = str(folio)
        even = folio % 2 == 0
        fw = F["sans_b"].width(fl, 8.5)
        fx = ML if even else PW - ML - fw
        c.bt()
        c.line(fx, 36.0, 8.5, [(fl, F["sans_b"])], 0, BLUE)
        c.et()
        c.add("0.5 w")
        c.add("0 0 0 0.35 K")
        c.add("%s 50 m %s 50 l S" % (num(ML), num(PW - ML)))
        c.add(BLACK)
        for (pg_, kind, fl_, x, ytop) in placed:
            if pg_ != p:
                continue
            if kind == "table":
                draw_table(c, fl_, x, ytop)
            elif kind == "figure":
                draw_figure(c, fl_, x, ytop)
            else:
                draw_box(c, fl_, x, ytop)
        c.ops.extend(content[p].ops)
        out_pages.append(c.data())
    return meta, out_pages


# ---------------------------------------------------------------- font programs
def subset_ttf(font):
    ttf = zlib.decompress(base64.b64decode(font.d["ttf_zlib"]))
    n = struct.unpack(">H", ttf[4:6])[0]
    tabs = {}
    for i in range(n):
        tag, cs, off, ln = struct.unpack(">4sIII", ttf[12 + 16 * i:28 + 16 * i])
        tabs[tag.decode("latin-1")] = ttf[off:off + ln]
    ng = struct.unpack(">H", tabs["maxp"][4:6])[0]
    loca = struct.unpack(">%dI" % (ng + 1), tabs["loca"][:4 * (ng + 1)])
    keep = set(font.used) | {0}
    stack = list(keep)
    glyf = tabs["glyf"]
    while stack:
        g = stack.pop()
        gd = glyf[loca[g]:loca[g + 1]]
        if len(gd) >= 10 and struct.unpack(">h", gd[:2])[0] < 0:
            p = 10
            while True:
                fl, gi = struct.unpack(">HH", gd[p:p + 4])
                if gi not in keep:
                    keep.add(gi)
                    stack.append(gi)
                p += 4 + (4 if fl & 1 else 2)
                if fl & 8:
                    p += 2
                elif fl & 0x40:
                    p += 4
                elif fl & 0x80:
                    p += 8
                if not fl & 0x20:
                    break
    ng2 = b""
    nl = []
    for g in range(ng):
        nl.append(len(ng2))
        if g in keep:
            ng2 += glyf[loca[g]:loca[g + 1]]
    nl.append(len(ng2))
    tabs["glyf"] = ng2
    tabs["loca"] = struct.pack(">%dI" % (ng + 1), *nl)
    tags = sorted(tabs)
    es = 1
    while es * 2 <= len(tags):
        es *= 2
    import math
    hdr = struct.pack(">IHHHH", 0x00010000, len(tags), es * 16, int(math.log2(es)), len(tags) * 16 - es * 16)
    body = b""
    dirs = b""
    off = 12 + 16 * len(tags)
    head_off = 0
    for tg in tags:
        data = tabs[tg]
        if tg == "head":
            data = data[:8] + b"\0\0\0\0" + data[12:]
            head_off = off + len(body)
        pad = data + b"\0" * ((-len(data)) % 4)
        cs = sum(struct.unpack(">%dI" % (len(pad) // 4), pad)) & 0xFFFFFFFF
        dirs += struct.pack(">4sIII", tg.encode("latin-1"), cs, off + len(body), len(data))
        body += pad
    out = hdr + dirs + body
    s = sum(struct.unpack(">%dI" % (len(out) // 4), out)) & 0xFFFFFFFF
    adj = (0xB1B0AFBA - s) & 0xFFFFFFFF
    return out[:head_off + 8] + struct.pack(">I", adj) + out[head_off + 12:]


def tounicode(font):
    entries = sorted(font.used.items())
    parts = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", "<< /Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0", ">> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
             "<0000> <FFFF>", "endcodespacerange"]
    for i in range(0, len(entries), 100):
        chunk = entries[i:i + 100]
        parts.append("%d beginbfchar" % len(chunk))
        for g, u in chunk:
            parts.append("<%04X> <%s>" % (g, "".join("%04X" % ord(ch) for ch in u)))
        parts.append("endbfchar")
    parts += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(parts) + "\n").encode("ascii")


def cidset(font):
    mx = max(font.used) if font.used else 0
    bits = bytearray((mx // 8) + 1)
    for g in list(font.used) + [0]:
        bits[g // 8] |= 0x80 >> (g % 8)
    return bytes(bits)


def warray(font):
    gs = sorted(font.used)
    out = []
    i = 0
    while i < len(gs):
        j = i
        while j + 1 < len(gs) and gs[j + 1] == gs[j] + 1:
            j += 1
        out.append("%d[%s]" % (gs[i], " ".join(str(font.w(g)) for g in gs[i:j + 1])))
        i = j + 1
    return "".join(out)


# ---------------------------------------------------------------- xmp
def xmp(meta):
    cd = "2025-09-18T14:35:12+05:30"
    md = "2025-09-18T14:36:47+05:30"
    pad = ("                                                                                                    \n" * 20)
    return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 9.1-c002 79.a6a6396, 2024/03/12-07:48:23        ">\n'
            '   <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            '      <rdf:Description rdf:about=""\n'
            '            xmlns:xmp="http://ns.adobe.com/xap/1.0/"\n'
            '            xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"\n'
            '            xmlns:stRef="http://ns.adobe.com/xap/1.0/sType/ResourceRef#"\n'
            '            xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#"\n'
            '            xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '            xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
            '         <xmp:CreateDate>%s</xmp:CreateDate>\n'
            '         <xmp:MetadataDate>%s</xmp:MetadataDate>\n'
            '         <xmp:ModifyDate>%s</xmp:ModifyDate>\n'
            '         <xmp:CreatorTool>Adobe InDesign 19.5 (Windows)</xmp:CreatorTool>\n'
            '         <xmpMM:InstanceID>uuid:6b1f4e2a-93c7-4d0b-8e55-2f7a1c9d3b40</xmpMM:InstanceID>\n'
            '         <xmpMM:OriginalDocumentID>xmp.did:8e3c2a71-4f5d-2b49-9a0e-6d1c7b3f5e28</xmpMM:OriginalDocumentID>\n'
            '         <xmpMM:DocumentID>xmp.id:0c4d9b62-17ae-6f48-b3d1-5a8e2c7f9041</xmpMM:DocumentID>\n'
            '         <xmpMM:RenditionClass>proof:pdf</xmpMM:RenditionClass>\n'
            '         <xmpMM:DerivedFrom rdf:parseType="Resource">\n'
            '            <stRef:instanceID>xmp.iid:f2a85d17-3c6e-9448-a07b-91e4d6c2b835</stRef:instanceID>\n'
            '            <stRef:documentID>xmp.did:3e91b7c4-58d2-a049-8f16-c27d0e5a9b63</stRef:documentID>\n'
            '            <stRef:originalDocumentID>xmp.did:8e3c2a71-4f5d-2b49-9a0e-6d1c7b3f5e28</stRef:originalDocumentID>\n'
            '            <stRef:renditionClass>default</stRef:renditionClass>\n'
            '         </xmpMM:DerivedFrom>\n'
            '         <xmpMM:History>\n'
            '            <rdf:Seq>\n'
            '               <rdf:li rdf:parseType="Resource">\n'
            '                  <stEvt:action>converted</stEvt:action>\n'
            '                  <stEvt:parameters>from application/x-indesign to application/pdf</stEvt:parameters>\n'
            '                  <stEvt:softwareAgent>Adobe InDesign 19.5 (Windows)</stEvt:softwareAgent>\n'
            '                  <stEvt:changed>/</stEvt:changed>\n'
            '                  <stEvt:when>%s</stEvt:when>\n'
            '               </rdf:li>\n'
            '            </rdf:Seq>\n'
            '         </xmpMM:History>\n'
            '         <dc:format>application/pdf</dc:format>\n'
            '         <pdf:Producer>Adobe PDF Library 17.0</pdf:Producer>\n'
            '         <pdf:Trapped>False</pdf:Trapped>\n'
            '      </rdf:Description>\n'
            '   </rdf:RDF>\n'
            '</x:xmpmeta>\n' % (cd, md, md, cd)
            + pad + '<?xpacket end="w"?>').encode("utf-8")


# ---------------------------------------------------------------- writer
def write_pdf(meta, pages, path):
    objs = {}
    order = []

    def put(n, body):
        objs[n] = body
        order.append(n)

    npg = len(pages)
    # numbering: 1 catalog, 2 metadata, 3 pages, 4.. page/content pairs, then fonts, gs, info
    nxt = 4
    page_ids = []
    for _ in pages:
        page_ids.append((nxt, nxt + 1))
        nxt += 2
    font_ids = {}
    for k in FONTS:
        font_ids[k] = {"t0": nxt, "cid": nxt + 1, "fd": nxt + 2, "ff": nxt + 3, "tu": nxt + 4, "cs": nxt + 5}
        nxt += 6
    gs_id = nxt
    info_id = nxt + 1
    size = nxt + 2

    def stream(dic, data, compress=True):
        if compress:
            data = zlib.compress(data, 6)
            dic = dic + "/Filter/FlateDecode"
        return ("<<%s/Length %d>>stream\r\n" % (dic, len(data))).encode("latin-1") + data + b"\r\nendstream"

    put(1, b"<</Lang(en-GB)/Metadata 2 0 R/Pages 3 0 R/Type/Catalog/ViewerPreferences<</Direction/L2R>>>>")
    put(2, stream("/Subtype/XML/Type/Metadata", xmp(meta), False))
    kids = " ".join("%d 0 R" % a for a, b in page_ids)
    put(3, ("<</Count %d/Kids[%s]/Type/Pages>>" % (npg, kids)).encode())
    fontres = "".join("/%s %d 0 R" % (FONTS[k][0], font_ids[k]["t0"]) for k in FONTS)
    box = "[0.0 0.0 %s %s]" % (num(PW), num(PH))
    for (pid, cid), data in zip(page_ids, pages):
        put(pid, ("<</ArtBox%s/BleedBox%s/Contents %d 0 R/CropBox%s/MediaBox%s/Parent 3 0 R"
                  "/Resources<</ExtGState<</GS0 %d 0 R>>/Font<<%s>>/ProcSet[/PDF/Text]>>"
                  "/Rotate 0/TrimBox%s/Type/Page>>" % (box, box, cid, box, box, gs_id, fontres, box)).encode())
        put(cid, stream("", data))
    for k, f in F.items():
        ids = font_ids[k]
        name = "%s+%s" % (f.tag, f.file.replace("-Regular", ""))
        d = f.d
        sc = lambda v: round(v * 1000 / f.upm)
        put(ids["t0"], ("<</BaseFont/%s/DescendantFonts[%d 0 R]/Encoding/Identity-H/Subtype/Type0"
                        "/ToUnicode %d 0 R/Type/Font>>" % (name, ids["cid"], ids["tu"])).encode())
        put(ids["cid"], ("<</BaseFont/%s/CIDSystemInfo<</Ordering(Identity)/Registry(Adobe)/Supplement 0>>"
                         "/CIDToGIDMap/Identity/DW 1000/FontDescriptor %d 0 R/Subtype/CIDFontType2/Type/Font"
                         "/W[%s]>>" % (name, ids["fd"], warray(f))).encode())
        bb = " ".join(str(sc(v)) for v in d["bbox"])
        put(ids["fd"], ("<</Ascent %d/CIDSet %d 0 R/CapHeight %d/Descent %d/Flags %d/FontBBox[%s]"
                        "/FontFamily(%s)/FontFile2 %d 0 R/FontName/%s/FontStretch/Normal/FontWeight %d"
                        "/ItalicAngle %s/StemV %d/Type/FontDescriptor>>"
                        % (sc(d["ascent"]), ids["cs"], sc(d["cap"]), sc(d["descent"]), f.flags, bb, f.family,
                           ids["ff"], name, f.weight, num(d["italic"]), f.stemv)).encode())
        prog = subset_ttf(f)
        put(ids["ff"], stream("/Length1 %d" % len(prog), prog))
        put(ids["tu"], stream("", tounicode(f)))
        put(ids["cs"], stream("", cidset(f)))
    put(gs_id, b"<</AIS false/BM/Normal/CA 1.0/OP false/OPM 1/SA true/SMask/None/Type/ExtGState/ca 1.0/op false>>")
    put(info_id, b"<</CreationDate(D:20250918143512+05'30')/Creator(Adobe InDesign 19.5 \\(Windows\\))"
                 b"/ModDate(D:20250918143647+05'30')/Producer(Adobe PDF Library 17.0)/Trapped/False>>")
    out = bytearray(b"%PDF-1.4\r%\xe2\xe3\xcf\xd3\r\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\r" % n + objs[n] + b"\rendobj\r"
    xref = len(out)
    out += b"xref\r\n0 %d\r\n" % size
    out += b"0000000000 65535 f\r\n"
    for n in range(1, size):
        out += b"%010d 00000 n\r\n" % offsets[n]
    out += (b"trailer\r\n<</Size %d/Root 1 0 R/Info %d 0 R/ID[<3F8A1C2E5D7B49A6B0C4E19D2A7F6B35>"
            b"<A91D4C7E2B3F48D0956E1A8C7D2B4F60>]>>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n" % (size, info_id, xref))
    with open(path, "wb") as fh:
        fh.write(bytes(out))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, pages = build()
    write_pdf(meta, pages, path)


if __name__ == "__main__":
    main()
