#!/usr/bin/python3
"""Re-make docs/atal-bhujal-arsenic-fluoride-lecture.pdf from its LaTeX source, byte for byte.

The file imitates what pdflatex (pdfTeX 1.40.25, TeX Live 2023) writes for an 11pt a4paper
`article` with amsthm and booktabs and \\pdfgentounicode=1: PDF 1.5 with the page contents as
Flate streams, every dictionary packed into an object stream and a cross-reference stream at the
end; Computer Modern Type 1 fonts (CMR10, CMBX12, CMBX10, CMTI10, CMR17, CMR12, CMR9, CMR8,
CMR6, CMSY10) in their OT1 / built-in encodings with /Widths and a ToUnicode CMap each (the font
programs themselves are referenced, not embedded: no Type 1 files are available here); text set
line by line with TJ arrays whose numbers are TeX's kerns and stretched inter-word glue (no space
characters), paragraphs broken with a Knuth-Plass style optimum-fit pass and hyphenated at line
ends (``ground-'' / ``water''), f-ligatures, curly quotes and dashes from TeX's ligature table,
numbered sections and subsections, amsthm `definition' blocks, bulleted and numbered lists,
footnotes under a 0.4 textwidth rule at the page foot, a booktabs table (rules drawn as filled
rectangles of 0.08em / 0.05em) with its caption above it, and the page number centred at the
foot.  Deterministic: fixed dates and document ID.

Usage: make_pdf.py [output path]
"""
import hashlib
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SLUG = "atal-bhujal-arsenic-fluoride-lecture"
SRC = os.path.join(HERE, SLUG + ".txt")
OUT = os.path.join(ROOT, "docs", SLUG + ".pdf")

BP = 72.0 / 72.27          # TeX point -> PDF big point
PAPER_W, PAPER_H = 595.276, 841.89
TEXTWIDTH = 360.0           # pt, size11.clo
LEFT = (597.50787 - TEXTWIDTH) / 2.0  # pt from the left paper edge
TOP_BODY = 72.27 + 18.85 + 12.0 + 25.0  # 1in + topmargin + headheight + headsep (pt)
TOPSKIP = 11.0
TEXTHEIGHT = 43 * 13.6 + 11.0
FOOTSKIP = 30.0
PARINDENT = 17.0
BASELINE = 13.6

# ------------------------------------------------------------------ font metrics (OT1, 1/1000 em)
# Computer Modern widths and kern/ligature programs as in the TFM files (cmr10, cmbx10, cmti10).
def _widths(spec):
    out = {}
    for part in spec.split():
        code, w = part.split(":")
        out[int(code)] = int(w)
    return out


CMR_W = _widths("""
0:625 1:833 2:778 3:694 4:667 5:750 6:722 7:778 8:722 9:778 10:722 11:583 12:556 13:556 14:833 15:833
16:278 17:306 18:500 19:500 20:500 21:500 22:500 23:750 24:444 25:500 26:722 27:778 28:500 29:903
30:1014 31:778 32:278 33:278 34:500 35:833 36:500 37:833 38:778 39:278 40:389 41:389 42:500 43:778
44:278 45:333 46:278 47:500 48:500 49:500 50:500 51:500 52:500 53:500 54:500 55:500 56:500 57:500
58:278 59:278 60:278 61:778 62:472 63:472 64:778 65:750 66:708 67:722 68:764 69:681 70:653 71:785
72:750 73:361 74:514 75:778 76:625 77:917 78:750 79:778 80:681 81:778 82:736 83:556 84:722 85:750
86:750 87:1028 88:750 89:750 90:611 91:278 92:500 93:278 94:500 95:278 96:278 97:500 98:556 99:444
100:556 101:444 102:306 103:500 104:556 105:278 106:306 107:528 108:278 109:833 110:556 111:500
112:556 113:528 114:392 115:394 116:389 117:556 118:528 119:722 120:528 121:528 122:444 123:500
124:1000 125:500 126:500 127:500""")
CMBX_W = _widths("""
0:692 1:958 2:894 3:806 4:767 5:900 6:831 7:894 8:831 9:894 10:831 11:671 12:639 13:639 14:958 15:958
16:319 17:351 18:575 19:575 20:575 21:575 22:575 23:869 24:511 25:597 26:831 27:894 28:575 29:1042
30:1169 31:894 32:319 33:350 34:603 35:958 36:575 37:958 38:894 39:319 40:447 41:447 42:575 43:894
44:319 45:383 46:319 47:575 48:575 49:575 50:575 51:575 52:575 53:575 54:575 55:575 56:575 57:575
58:319 59:319 60:350 61:894 62:543 63:543 64:894 65:869 66:818 67:831 68:882 69:756 70:724 71:904
72:900 73:436 74:594 75:901 76:692 77:1092 78:900 79:864 80:786 81:864 82:862 83:639 84:800 85:885
86:869 87:1189 88:869 89:869 90:703 91:319 92:603 93:319 94:575 95:319 96:319 97:559 98:639 99:511
100:639 101:527 102:351 103:575 104:639 105:319 106:351 107:607 108:319 109:958 110:639 111:575
112:639 113:607 114:474 115:454 116:447 117:639 118:607 119:831 120:607 121:607 122:511 123:575
124:1150 125:575 126:575 127:575""")
CMTI_W = _widths("""
0:627 1:818 2:767 3:692 4:664 5:743 6:716 7:767 8:716 9:767 10:716 11:613 12:562 13:588 14:882 15:894
16:307 17:332 18:511 19:511 20:511 21:511 22:511 23:831 24:460 25:537 26:716 27:716 28:511 29:883
30:985 31:767 32:256 33:307 34:514 35:818 36:769 37:818 38:767 39:307 40:409 41:409 42:511 43:767
44:307 45:358 46:307 47:511 48:511 49:511 50:511 51:511 52:511 53:511 54:511 55:511 56:511 57:511
58:307 59:307 60:307 61:767 62:511 63:511 64:767 65:743 66:704 67:716 68:755 69:678 70:653 71:774
72:743 73:386 74:525 75:769 76:627 77:897 78:743 79:767 80:678 81:767 82:729 83:562 84:716 85:743
86:743 87:999 88:743 89:743 90:613 91:307 92:514 93:307 94:511 95:307 96:307 97:511 98:460 99:460
100:511 101:460 102:307 103:460 104:511 105:307 106:307 107:460 108:256 109:818 110:562 111:511
112:511 113:460 114:422 115:409 116:332 117:537 118:460 119:664 120:464 121:486 122:409 123:511
124:1022 125:511 126:511 127:511""")
CMSY_W = {0: 778, 2: 778, 4: 500, 15: 500, 20: 778, 21: 778}

KERN_R = """
65:116:-28 65:67:-28 65:79:-28 65:71:-28 65:85:-28 65:81:-28 65:84:-83 65:89:-83 65:86:-111 65:87:-111
68:88:-28 68:87:-28 68:65:-28 68:86:-28 68:89:-28
70:111:-83 70:101:-83 70:117:-83 70:114:-83 70:97:-83 70:65:-111 70:79:-28 70:67:-28 70:71:-28 70:81:-28
73:73:28 75:79:-28 75:67:-28 75:71:-28 75:81:-28 76:84:-83 76:89:-83 76:86:-111 76:87:-111
79:88:-28 79:87:-28 79:65:-28 79:86:-28 79:89:-28
80:65:-83 80:111:-28 80:101:-28 80:97:-28 80:46:-83 80:44:-83
82:116:-28 82:67:-28 82:79:-28 82:71:-28 82:85:-28 82:81:-28 82:84:-83 82:89:-83 82:86:-111 82:87:-111
84:121:-28 84:101:-83 84:111:-83 84:114:-83 84:97:-83 84:65:-83 84:117:-83
86:111:-83 86:101:-83 86:117:-83 86:114:-83 86:97:-83 86:65:-111 86:79:-28 86:67:-28 86:71:-28 86:81:-28
87:111:-83 87:101:-83 87:117:-83 87:114:-83 87:97:-83 87:65:-111 87:79:-28 87:67:-28 87:71:-28 87:81:-28
88:79:-28 88:67:-28 88:71:-28 88:81:-28 89:101:-83 89:111:-83 89:114:-83 89:97:-83 89:65:-83 89:117:-83
97:118:-28 97:106:56 97:121:-28 97:119:-28
98:101:28 98:111:28 98:120:-28 98:100:28 98:99:28 98:113:28 98:118:-28 98:106:56 98:121:-28 98:119:-28
99:104:-28 99:107:-28 102:39:78 102:63:78 102:33:78 102:41:78 102:93:78 11:39:78 11:63:78 11:33:78
11:41:78 11:93:78 103:106:28
104:116:-28 104:117:-28 104:98:-28 104:121:-28 104:118:-28 104:119:-28
107:97:-56 107:101:-28 107:111:-28 107:99:-28
109:116:-28 109:117:-28 109:98:-28 109:121:-28 109:118:-28 109:119:-28
110:116:-28 110:117:-28 110:98:-28 110:121:-28 110:118:-28 110:119:-28
111:101:28 111:111:28 111:120:-28 111:100:28 111:99:28 111:113:28 111:118:-28 111:106:56 111:121:-28 111:119:-28
112:101:28 112:111:28 112:120:-28 112:100:28 112:99:28 112:113:28 112:118:-28 112:106:56 112:121:-28 112:119:-28
116:121:-28 116:119:-28 117:119:-28 118:97:-56 118:101:-28 118:111:-28 118:99:-28
119:101:-28 119:97:-28 119:111:-28 119:99:-28 121:111:-28 121:101:-28 121:97:-28 121:46:-83 121:44:-83
39:63:111 39:33:111"""


def _kerns(spec, scale_from=28, scale_to=None):
    out = {}
    for part in spec.split():
        a, b, k = (int(x) for x in part.split(":"))
        if scale_to:
            k = int(round(k * scale_to / float(scale_from)))
        out.setdefault((a, b), k)
    return out


KERN_RM = _kerns(KERN_R)
KERN_BX = _kerns(KERN_R, 28, 32)
KERN_TI = {}
LIGS = {(102, 105): 12, (102, 102): 11, (102, 108): 13, (11, 105): 14, (11, 108): 15}


class Font:
    def __init__(self, name, widths, kerns, space, scale=1.0, ligs=LIGS):
        self.name = name
        self.widths = {k: int(round(v * scale)) for k, v in widths.items()}
        self.kerns = {k: int(round(v * scale)) for k, v in kerns.items()}
        self.space = tuple(x * scale for x in space)  # width, stretch, shrink, extra
        self.ligs = ligs


FONTS = {
    "CMR10": Font("CMR10", CMR_W, KERN_RM, (333.33, 166.67, 111.11, 111.11)),
    "CMBX12": Font("CMBX12", CMBX_W, KERN_BX, (375.0, 187.5, 125.0, 125.0), 0.976),
    "CMBX10": Font("CMBX10", CMBX_W, KERN_BX, (383.33, 191.67, 127.78, 127.78)),
    "CMTI10": Font("CMTI10", CMTI_W, KERN_TI, (357.64, 153.28, 102.19, 102.19)),
    "CMR17": Font("CMR17", CMR_W, KERN_RM, (249.75, 149.85, 99.90, 99.90), 0.944),
    "CMR12": Font("CMR12", CMR_W, KERN_RM, (326.39, 163.19, 108.80, 108.80), 0.979),
    "CMR9": Font("CMR9", CMR_W, KERN_RM, (342.59, 171.30, 114.20, 114.20), 1.028),
    "CMR8": Font("CMR8", CMR_W, KERN_RM, (354.17, 177.08, 118.06, 118.06), 1.063),
    "CMR6": Font("CMR6", CMR_W, KERN_RM, (391.98, 195.99, 130.66, 130.66), 1.176),
    "CMSY10": Font("CMSY10", CMSY_W, {}, (0, 0, 0, 0), 1.0, {}),
}
# font switches used in the text: key -> (font, size in pt)
STY = {"rm": ("CMR10", 10.95), "bf": ("CMBX10", 10.95), "it": ("CMTI10", 10.95),
       "sec": ("CMBX12", 14.4), "subsec": ("CMBX12", 12.0), "title": ("CMR17", 17.28),
       "large": ("CMR12", 12.0), "fn": ("CMR9", 9.0), "fnbf": ("CMR9", 9.0), "fnit": ("CMTI10", 9.0),
       "sup": ("CMR8", 8.0), "fnsup": ("CMR6", 6.0), "sy": ("CMSY10", 10.95)}
RES = {"CMR10": "/F8", "CMBX12": "/F14", "CMBX10": "/F17", "CMTI10": "/F20", "CMR17": "/F23",
       "CMR12": "/F26", "CMR9": "/F29", "CMR8": "/F32", "CMR6": "/F35", "CMSY10": "/F38"}

# TeX hyphenation (US English patterns, \lefthyphenmin=2, \righthyphenmin=3) for the long words of
# the source, written out once so the script needs no pattern file.
HYPH = """
ab-hiyan ac-cept-able ac-ti-vated ac-tiv-ity adop-tion af-fected al-ka-line al-lu-vial al-ter-nate
alu-mina an-niver-sary an-thro-pogenic ap-atite ar-senic ar-seni-co-sis ar-ti-fi-cial as-sem-bly
as-sess-ment au-thor-ity avail-able av-er-age back-ing bha-gi-dari blad-der build-ing cal-cium
ca-pac-ity cap-ture car-ried cen-tral cen-trally clas-sic cli-mate coat-ings com-mu-nity com-po-nent
com-po-nents con-cepts con-di-tions con-fined con-sider con-tam-i-nants con-trol con-ver-gence
cor-rect coun-try cov-er-age cov-ered crip-pling dan-ger-ous de-cem-ber de-cline def-i-ni-tion
de-flu-o-ri-da-tion de-part-ment de-part-ments de-pends de-vel-oped de-vel-op-ment de-vel-op-ments
di-rectly dis-burse-ment dis-clo-sure dis-cuss dis-ease dis-played dis-solve dis-trict dis-tricts
drink-ing ef-fi-cient ex-pen-di-ture ex-pressed ex-ten-sion ex-ten-sive ex-tract-able ex-trac-tion
fer-tiliser fi-nanc-ing find-ings flu-o-ride flu-o-rite flu-o-ro-sis fol-lowed for-ma-tion frac-tures
fund-ing geo-genic ge-o-log-i-cal geo-phys-i-cal gov-ern-ment gran-ite ground-wa-ter gu-jarat
habi-ta-tions har-vest-ing hi-malayan hun-dreds im-per-me-able im-prove-ment in-cen-tive in-cen-tives
in-di-ca-tor in-di-ca-tors in-dus-try in-sti-tu-tional in-tro-duc-tion ir-ri-ga-tion ja-grukta
jhark-hand kar-nataka last-ing lec-ture lo-ca-tions ma-ha-rash-tra man-age-ment man-ag-ing ma-nipur
map-ping mat-ters mea-sures mil-lions min-er-als min-is-ter min-istry mis-sion mit-i-ga-tion
mon-i-tor-ing mon-soon mot-tled nal-gonda na-tional neg-a-tive nei-ther ni-trate nod-ules nor-mally
on-go-ing op-er-a-tional os-mo-sis oxy-gen pan-chayat pan-chay-ats pa-ram-e-ter par-tic-i-pat-ing
par-tic-i-pa-tion penin-sula per-cent-age per-form per-mis-si-ble pi-ezome-ters pock-ets pos-i-tive
prac-tice pre-lims prepa-ra-tion pre-pared pre-ven-tion pri-or-ity prob-lem pro-duc-tive pro-gram
pro-gramme pro-poses pro-tects pump-ing pu-rifi-ca-tion qual-ity quan-ti-ties ques-tions rain-fall
rain-wa-ter ra-jasthan re-called re-charge re-charged ref-er-ence reg-u-la-tor re-ju-ve-na-tion
re-lax-ation re-lease re-leased re-ported re-ports re-source re-sources re-sults re-verse re-vi-sion
salin-ity sam-ples san-chay sat-u-rated seal-ing se-cu-rity sed-i-ments septem-ber skele-tal
spec-i-fi-ca-tion spon-sored sprin-kler stan-dards state-ments stop-gap strat-egy strength-en-ing
struc-tures sur-face sur-veys tech-nique te-lan-gana them-selves un-con-fined un-der-lies ura-nium
vaj-payee ver-i-fied vil-lage vil-lagers weath-ered wide-spread ex-ploited con-tam-i-nant
"""
HYPHEN = {w.replace("-", ""): [len(p) for p in w.split("-")][:-1] for w in HYPH.split()}


def hyph_points(word):
    """Character offsets where `word' may be hyphenated."""
    core = word.lower()
    parts = HYPHEN.get(core)
    if not parts:
        return []
    pts, acc = [], 0
    for n in parts:
        acc += n
        if acc >= 2 and len(core) - acc >= 3:
            pts.append(acc)
    return pts


# ------------------------------------------------------------------ text to glyphs
def encode(text):
    """Unicode text -> OT1 codes (quotes, dashes)."""
    m = {"“": 92, "”": 34, "’": 39, "'": 39, "‘": 96, "`": 96, "–": 123, "—": 124}
    return [m.get(ch, ord(ch)) for ch in text]


def shape(codes, font):
    """Apply f-ligatures, return [(code, kern_after)] and total width in 1/1000 em."""
    out = []
    for c in codes:
        if out and (out[-1], c) in font.ligs:
            out[-1] = font.ligs[(out[-1], c)]
            continue
        out.append(c)
    res, width = [], 0
    for i, c in enumerate(out):
        k = font.kerns.get((c, out[i + 1]), 0) if i + 1 < len(out) else 0
        res.append((c, k))
        width += font.widths.get(c, 500) + k
    return res, width


_SW = {}


def seg_width(sty, text):
    if (sty, text) in _SW:
        return _SW[(sty, text)]
    fname, size = STY[sty]
    _SW[(sty, text)] = shape(encode(text), FONTS[fname])[1] * size / 1000.0
    return _SW[(sty, text)]


# ------------------------------------------------------------------ inline LaTeX
def find_group(s, i):
    """s[i] == '{' -> index of the matching '}'."""
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced braces: %r" % s[i:i + 60])


class Doc:
    def __init__(self):
        self.footnotes = []   # [(number, text)]
        self.section = 0
        self.subsection = 0
        self.defn = 0
        self.labels = {"tab:limits": "1"}


def inline(s, sty, doc, fn_sty="sup"):
    """Return a list of tokens: ('c', ch, sty, raise) | ('sp', nonbreaking) | ('br',)."""
    toks = []
    i = 0
    bold = {"rm": "bf", "fn": "fnbf"}
    ital = {"rm": "it", "fn": "fnit", "it": "rm", "fnit": "fn"}
    while i < len(s):
        ch = s[i]
        if s.startswith("\\textbf{", i):
            j = find_group(s, i + 7)
            toks += inline(s[i + 8:j], bold.get(sty, sty), doc, fn_sty)
            i = j + 1
        elif s.startswith("\\emph{", i):
            j = find_group(s, i + 5)
            toks += inline(s[i + 6:j], ital.get(sty, sty), doc, fn_sty)
            i = j + 1
        elif s.startswith("\\footnote{", i):
            j = find_group(s, i + 9)
            n = len(doc.footnotes) + 1
            doc.footnotes.append((n, s[i + 10:j]))
            for d in str(n):
                toks.append(("c", d, fn_sty, 4.52))
            toks.append(("fnref", n))
            i = j + 1
        elif s.startswith("\\ref{", i):
            j = find_group(s, i + 4)
            for d in doc.labels[s[i + 5:j]]:
                toks.append(("c", d, sty, 0))
            i = j + 1
        elif s.startswith("\\\\", i):
            toks.append(("br",))
            i += 2
        elif ch == "\\" and i + 1 < len(s) and s[i + 1] in "%&$#_":
            toks.append(("c", s[i + 1], sty, 0))
            i += 2
        elif ch == "~":
            toks.append(("sp", True))
            i += 1
        elif ch.isspace():
            if not toks or toks[-1][0] != "sp":
                toks.append(("sp", False))
            i += 1
        elif s.startswith("``", i):
            toks.append(("c", "“", sty, 0))
            i += 2
        elif s.startswith("''", i):
            toks.append(("c", "”", sty, 0))
            i += 2
        elif s.startswith("---", i):
            toks.append(("c", "—", sty, 0))
            i += 3
        elif s.startswith("--", i):
            toks.append(("c", "–", sty, 0))
            i += 2
        else:
            toks.append(("c", ch, sty, 0))
            i += 1
    return toks


class Word:
    """A run of characters between spaces: segments [(sty, text, raise)], footnote refs."""
    def __init__(self):
        self.segs = []
        self.fnrefs = []
        self.nobreak_after = False
        self.forced_break = False

    def add(self, ch, sty, rz):
        if self.segs and self.segs[-1][0] == sty and self.segs[-1][2] == rz:
            self.segs[-1] = (sty, self.segs[-1][1] + ch, rz)
        else:
            self.segs.append((sty, ch, rz))

    def text(self):
        return "".join(s[1] for s in self.segs)

    def main_sty(self):
        return self.segs[0][0]


def words_of(toks):
    words = []
    cur = None
    for t in toks:
        if t[0] == "c":
            if cur is None:
                cur = Word()
                words.append(cur)
            cur.add(t[1], t[2], t[3])
        elif t[0] == "fnref":
            if cur is not None:
                cur.fnrefs.append(t[1])
        elif t[0] == "sp":
            if cur is not None and t[1]:
                cur.nobreak_after = True
            cur = None
        elif t[0] == "br":
            if cur is not None:
                cur.forced_break = True
            cur = None
    return words


def space_after(word):
    """Inter-word glue (w, stretch, shrink) in pt after `word', with TeX's space factor."""
    sty = word.segs[-1][0] if word.segs[-1][2] == 0 else word.segs[0][0]
    fname, size = STY[sty]
    w, st, sh, ex = FONTS[fname].space
    txt = word.text()
    core = txt.rstrip(")”’'")
    last = core[-1:] if core else ""
    prev = core[-2:-1] if len(core) > 1 else ""
    sf = 1000
    if last in ".?!":
        sf = 999 if prev.isupper() else 3000
    elif last == ":":
        sf = 2000
    elif last == ";":
        sf = 1500
    elif last == ",":
        sf = 1250
    elif last.isupper():
        sf = 999
    if word.fnrefs:
        sf = 1000
    if sf >= 2000:
        w += ex
    return (w * size / 1000.0, st * sf / 1000.0 * size / 1000.0, sh * 1000.0 / sf * size / 1000.0)


# ------------------------------------------------------------------ line breaking
def word_pieces(word):
    """Possible break offsets inside a word: (offset, needs_hyphen, penalty)."""
    txt = word.text()
    out = []
    if len(word.segs) == 1:
        for m in re.finditer(r"[-–]", txt):
            k = m.end()
            if 0 < m.start() and k < len(txt) and txt[k].isalpha():
                out.append((k, False, 50))
        # dictionary hyphenation on alphabetic stretches not adjoining a hyphen
        for m in re.finditer(r"[A-Za-z]+", txt):
            a, b = m.span()
            if (a > 0 and txt[a - 1] in "-–") or (b < len(txt) and txt[b] in "-–"):
                continue
            for p in hyph_points(m.group()):
                out.append((a + p, True, 50))
    out.sort()
    return out


def piece_width(word, a, b, hyphen):
    """Width (pt) of characters [a, b) of a word, plus a hyphen if asked."""
    w = 0.0
    pos = 0
    for sty, text, rz in word.segs:
        lo, hi = max(a, pos), min(b, pos + len(text))
        if lo < hi:
            w += seg_width(sty, text[lo - pos:hi - pos])
        pos += len(text)
    if hyphen:
        w += seg_width(word.segs[-1][0], "-")
    return w


def break_lines(words, hsize, first_indent=0.0, hyphenate=True, tolerance=200, last_natural=True):
    """Optimum-fit line breaking. Returns [(start, end, ratio, hyphenated)] where start/end are
    (word index, char offset) pairs."""
    n = len(words)
    # breakpoints: (wi, off, hyphen, penalty); off=None means after the word (at its glue)
    bps = [(-1, None, False, 0)]
    for wi, w in enumerate(words):
        for off, hy, pen in word_pieces(w):
            if hy and not hyphenate:
                continue
            bps.append((wi, off, hy, pen))
        if wi < n - 1 and not w.nobreak_after:
            bps.append((wi, None, False, -10000 if w.forced_break else 0))
    bps.append((n - 1, None, False, -10000))
    glues = [space_after(w) for w in words]

    def line_metrics(b0, b1):
        """natural width, stretch, shrink of the line between breakpoints b0 and b1."""
        wi0, off0 = b0[0], b0[1]
        if off0 is None:
            start_w, start_off = wi0 + 1, 0
        else:
            start_w, start_off = wi0, off0
        wi1, off1, hy1 = b1[0], b1[1], b1[2]
        nat = st = sh = 0.0
        for wi in range(start_w, wi1 + 1):
            word = words[wi]
            L = len(word.text())
            a = start_off if wi == start_w else 0
            b = off1 if (wi == wi1 and off1 is not None) else L
            nat += piece_width(word, a, b, hy1 and wi == wi1 and off1 is not None)
            if wi < wi1 or (wi == wi1 and off1 is None and False):
                g = glues[wi]
                nat += g[0]
                st += g[1]
                sh += g[2]
        return nat, st, sh

    best = {0: (0.0, None, 0.0, False)}  # active breakpoints: index -> (demerits, prev, ratio, hyphenated)
    nodes = dict(best)
    for j in range(1, len(bps)):
        bj = bps[j]
        cands = []
        for i in sorted(best.keys(), reverse=True):
            if i >= j:
                continue
            bi = bps[i]
            nat, st, sh = line_metrics(bi, bj)
            width = hsize - (first_indent if i == 0 else 0.0)
            if nat - sh > width + 0.01:
                # this line is already overfull; lines starting earlier are longer still
                break
            last = (j == len(bps) - 1)
            if last and last_natural:
                if nat - sh > width + 0.01:
                    continue
                r = 0.0 if nat <= width else (nat - width) / sh * -1 if sh else -2
                bad = 0 if nat <= width else int(100 * abs(r) ** 3)
            else:
                if nat < width:
                    r = (width - nat) / st if st > 0 else 1e6
                    bad = min(10000, int(100 * r ** 3)) if st > 0 else 10000
                else:
                    r = -(nat - width) / sh if sh > 0 else (-1e6 if nat > width + 0.01 else 0.0)
                    if r < -1.0:
                        continue
                    bad = int(100 * abs(r) ** 3)
            if bad > tolerance:
                continue
            pen = bj[3]
            dem = (10 + bad) ** 2
            if pen > 0:
                dem += pen ** 2
            elif pen > -10000:
                dem -= pen ** 2
            if bj[2] and best[i][3]:
                dem += 10000
            cands.append((best[i][0] + dem, i, r, bj[2]))
        if cands:
            if bj[3] <= -10000:
                best = {}
            best[j] = min(cands)
            nodes[j] = best[j]
        elif bj[3] <= -10000 and j != len(bps) - 1:
            return None
    if len(bps) - 1 not in nodes:
        return None
    lines = []
    j = len(bps) - 1
    while j:
        dem, i, r, hy = nodes[j]
        lines.append((bps[i], bps[j], r, hy))
        j = i
    lines.reverse()
    return lines


def set_paragraph(words, hsize, first_indent=0.0, last_natural=True):
    for hy, tol in ((False, 100), (True, 200), (True, 1000), (True, 10000)):
        res = break_lines(words, hsize, first_indent, hy, tol, last_natural)
        if res:
            return res
    raise SystemExit("cannot break paragraph: %r" % " ".join(w.text() for w in words[:8]))


# ------------------------------------------------------------------ building output lines
class Line:
    """A typeset line: runs [(x_pt, sty, raise, [(code, kern)], glue_after_pt_list)] """
    def __init__(self, height=7.5, depth=2.5, bskip=BASELINE):
        self.items = []     # (x, sty, raise, text)  with text already a shaped glyph list
        self.rules = []     # (x, dy, w, h) relative to baseline
        self.height, self.depth, self.bskip = height, depth, bskip
        self.fnrefs = []
        self.width = 0.0


def emit_words(line, x0, pieces, ratio, hsize):
    """pieces: list of (word, a, b, hyphen, glue_after or None). Appends positioned runs."""
    x = x0
    for k, (word, a, b, hy, glue) in enumerate(pieces):
        pos = 0
        for si, (sty, text, rz) in enumerate(word.segs):
            lo, hi = max(a, pos), min(b, pos + len(text))
            if lo < hi:
                t = text[lo - pos:hi - pos]
                if hy and hi == b and si == len(word.segs) - 1:
                    t += "-"
                line.items.append((x, sty, rz, t))
                x += seg_width(sty, t)
            pos += len(text)
        if word.fnrefs and b == len(word.text()):
            line.fnrefs += word.fnrefs
        if glue is not None:
            w, st, sh = glue
            x += w + (ratio * st if ratio > 0 else ratio * sh)
    line.width = x - x0
    return x


def lines_from_breaks(words, breaks, hsize, x_first, x_rest, bskip=BASELINE, first_extra=None):
    glues = [space_after(w) for w in words]
    out = []
    for li, (b0, b1, r, hy) in enumerate(breaks):
        if b0[1] is None:
            sw, so = b0[0] + 1, 0
        else:
            sw, so = b0[0], b0[1]
        pieces = []
        for wi in range(sw, b1[0] + 1):
            word = words[wi]
            a = so if wi == sw else 0
            b = b1[1] if (wi == b1[0] and b1[1] is not None) else len(word.text())
            hyp = b1[2] and wi == b1[0] and b1[1] is not None
            glue = glues[wi] if wi < b1[0] else None
            pieces.append((word, a, b, hyp, glue))
        line = Line(bskip=bskip)
        x0 = x_first if li == 0 else x_rest
        if li == 0 and first_extra:
            first_extra(line)
        emit_words(line, x0, pieces, r if li < len(breaks) - 1 else min(r, 0.0), hsize)
        out.append(line)
    return out


# ------------------------------------------------------------------ vertical material
class VBlock:
    def __init__(self, lines, before=0.0, keep_with_next=False, unbreakable=False, kind="text"):
        self.lines, self.before = lines, before
        self.keep_with_next, self.unbreakable, self.kind = keep_with_next, unbreakable, kind


def paragraph(text, doc, indent=True, sty="rm", hsize=TEXTWIDTH, xoff=0.0, label=None, bskip=BASELINE):
    words = words_of(inline(text, sty, doc))
    ind = PARINDENT if indent else 0.0
    breaks = set_paragraph(words, hsize, ind)
    return lines_from_breaks(words, breaks, hsize, xoff + ind, xoff, bskip, label)


def centered_lines(text, sty, doc, bskip):
    words = words_of(inline(text, sty, doc))
    groups, cur = [], []
    for w in words:
        cur.append(w)
        if w.forced_break:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    out = []
    for g in groups:
        glues = [space_after(w) for w in g]
        nat = sum(piece_width(w, 0, len(w.text()), False) for w in g) + sum(x[0] for x in glues[:-1])
        line = Line(bskip=bskip)
        x0 = (TEXTWIDTH - nat) / 2.0
        pieces = [(w, 0, len(w.text()), False, glues[i] if i < len(g) - 1 else None) for i, w in enumerate(g)]
        emit_words(line, x0, pieces, 0.0, TEXTWIDTH)
        out.append(line)
    return out


def heading(num, title, sty, bskip, doc):
    words = words_of(inline(title, sty, doc))
    line = Line(height=10, depth=3, bskip=bskip)
    fname, size = STY[sty]
    line.items.append((0.0, sty, 0, num))
    x = seg_width(sty, num) + size  # \quad
    glues = [space_after(w) for w in words]
    pieces = [(w, 0, len(w.text()), False, glues[i] if i < len(words) - 1 else None) for i, w in enumerate(words)]
    emit_words(line, x, pieces, 0.0, TEXTWIDTH)
    return [line]


def parse_body(src, doc):
    """Turn the LaTeX body into vertical blocks."""
    pre, body = src.split("\\begin{document}", 1)
    body = body.split("\\end{document}", 1)[0]
    meta = {}
    for key in ("title", "author", "date"):
        i = pre.index("\\%s{" % key)
        j = find_group(pre, i + len(key) + 1)
        meta[key] = pre[i + len(key) + 2:j]
    blocks = []
    # title block (\maketitle): \vskip 2em, \LARGE title, 1.5em, \large author, 1em, \large date, 1.5em
    tl = centered_lines(meta["title"], "title", doc, 22.0)
    tl[0].height = TOPSKIP + 2 * 10.95 + 12.0   # \null, \vskip 2em, then the \LARGE strut
    blocks.append(VBlock(tl, before=2 * 10.95 + 22.0 - BASELINE, unbreakable=True))
    al = centered_lines(meta["author"], "large", doc, 14.0)
    blocks.append(VBlock(al, before=1.5 * 10.95, unbreakable=True))
    dl = centered_lines(meta["date"], "large", doc, 14.0)
    blocks.append(VBlock(dl, before=1.0 * 10.95, unbreakable=True))
    after_heading = True
    pending_before = 1.5 * 10.95
    chunks = re.split(r"\n\s*\n", body.strip())
    for chunk in chunks:
        chunk = chunk.strip()
        if chunk == "\\maketitle":
            continue
        lines = chunk.split("\n")
        i = 0
        para = []

        def flush_para():
            nonlocal after_heading, pending_before
            if para:
                text = " ".join(para)
                ls = paragraph(text, doc, indent=not after_heading)
                blocks.append(VBlock(ls, before=pending_before))
                pending_before = 0.0
                after_heading = False
                para.clear()

        while i < len(lines):
            ln = lines[i].strip()
            if ln.startswith("\\section{"):
                flush_para()
                doc.section += 1
                doc.subsection = 0
                doc.defn = 0
                title = ln[len("\\section{"):-1]
                hl = heading(str(doc.section), title, "sec", 18.0, doc)
                blocks.append(VBlock(hl, before=16.5, keep_with_next=True, kind="heading"))
                after_heading = True
                pending_before = 10.84 - (BASELINE - 18.0) * 0
            elif ln.startswith("\\subsection{"):
                flush_para()
                doc.subsection += 1
                title = ln[len("\\subsection{"):-1]
                hl = heading("%d.%d" % (doc.section, doc.subsection), title, "subsec", 14.0, doc)
                blocks.append(VBlock(hl, before=15.3, keep_with_next=True, kind="heading"))
                after_heading = True
                pending_before = 7.07
            elif ln.startswith("\\begin{definition}"):
                flush_para()
                m = re.match(r"\\begin\{definition\}\[(.*)\]", ln)
                note = m.group(1)
                j = i + 1
                body_lines = []
                while not lines[j].strip().startswith("\\end{definition}"):
                    body_lines.append(lines[j].strip())
                    j += 1
                i = j
                doc.defn += 1
                label_words = words_of(inline("Definition %d.%d" % (doc.section, doc.defn), "bf", doc))
                note_words = words_of(inline("(%s)" % note, "rm", doc))
                body_words = words_of(inline(" ".join(body_lines), "rm", doc))
                # the head: bold label, normal note, bold period, then 5pt (plus 1 minus 1)
                label_words[-1].nobreak_after = True
                note_words[-1].add(".", "bf", 0)
                words = label_words + note_words + body_words
                breaks = set_paragraph(words, TEXTWIDTH, 0.0)
                ls = lines_from_breaks(words, breaks, TEXTWIDTH, 0.0, 0.0)
                blocks.append(VBlock(ls, before=max(pending_before, 9.0)))
                pending_before = 9.0
                after_heading = False
            elif ln.startswith("\\begin{itemize}") or ln.startswith("\\begin{enumerate}"):
                flush_para()
                kind = "itemize" if "itemize" in ln else "enumerate"
                items = []
                j = i + 1
                while not lines[j].strip().startswith("\\end{%s}" % kind):
                    t = lines[j].strip()
                    if t.startswith("\\item"):
                        items.append(t[5:].strip())
                    elif items:
                        items[-1] += " " + t
                    j += 1
                i = j
                leftmargin = 2.5 * 10.95
                labelsep = 0.5 * 10.95
                first = True
                for k, it in enumerate(items, 1):
                    def label(line, k=k):
                        if kind == "itemize":
                            w = seg_width("sy", "\x0f")
                            line.items.append((leftmargin - labelsep - w, "sy", 0, "\x0f"))
                        else:
                            lab = "%d." % k
                            w = seg_width("rm", lab)
                            line.items.append((leftmargin - labelsep - w, "rm", 0, lab))
                    ls = paragraph(it, doc, indent=False, hsize=TEXTWIDTH - leftmargin, xoff=leftmargin,
                                   label=label)
                    before = max(pending_before, 9.0) if first else 4.5 + 4.5
                    blocks.append(VBlock(ls, before=before))
                    first = False
                pending_before = 9.0
                after_heading = True   # text straight after a list is not indented
            elif ln.startswith("\\begin{table}"):
                flush_para()
                j = i + 1
                tab = []
                while not lines[j].strip().startswith("\\end{table}"):
                    tab.append(lines[j].strip())
                    j += 1
                i = j
                blocks.append(table_block(tab, doc))
                pending_before = 0.0
            else:
                para.append(ln)
            i += 1
        flush_para()
        after_heading = False
    return blocks


def table_block(src, doc):
    caption = ""
    rows = []
    rules = []
    for ln in src:
        if ln.startswith("\\caption{"):
            caption = ln[len("\\caption{"):-1]
        elif ln in ("\\toprule", "\\midrule", "\\bottomrule"):
            rules.append((len(rows), ln))
        elif "&" in ln:
            cells = [c.strip() for c in ln.rstrip("\\").strip().rstrip("\\").split("&")]
            rows.append(cells)
    lines = []
    cap = "Table 1: " + caption
    cl = centered_lines(cap, "rm", doc, BASELINE)
    lines += cl
    # column widths
    ncol = len(rows[0])
    cw = [0.0] * ncol
    cell_words = []
    for r in rows:
        ws_ = []
        for c, cell in enumerate(r):
            words = words_of(inline(cell, "rm", doc))
            glues = [space_after(w) for w in words]
            nat = sum(piece_width(w, 0, len(w.text()), False) for w in words) + sum(g[0] for g in glues[:-1])
            cw[c] = max(cw[c], nat)
            ws_.append((words, glues))
        cell_words.append(ws_)
    tabcolsep = 6.0
    total = sum(cw) + 2 * tabcolsep * ncol
    x0 = (TEXTWIDTH - total) / 2.0
    em = 10.95
    heavy, light = 0.08 * em, 0.05 * em
    above, below = 0.4 * 4.715, 0.65 * 4.715
    strut_h, strut_d = 0.7 * BASELINE, 0.3 * BASELINE
    # vertical positions are expressed as the distance from the previous baseline
    rule_at = {k: v for k, v in rules}
    for ri, r in enumerate(cell_words):
        line = Line(height=strut_h, depth=strut_d, bskip=strut_h + strut_d)
        x = x0
        for c, (words, glues) in enumerate(r):
            pieces = [(w, 0, len(w.text()), False, glues[i] if i < len(words) - 1 else None)
                      for i, w in enumerate(words)]
            emit_words(line, x + tabcolsep, pieces, 0.0, TEXTWIDTH)
            x += cw[c] + 2 * tabcolsep
        # a rule above this row?
        if ri in rule_at:
            kind = rule_at[ri]
            th = heavy if kind == "\\toprule" else light
            extra = (th + below) if kind == "\\toprule" else (above + th + below)
            line.bskip += extra
            line.rules.append((x0, strut_h + below, total, th))
        if ri == len(rows) - 1 and len(rows) in rule_at:
            line.rules.append((x0, -(strut_d + above + heavy), total, heavy))
        lines.append(line)
    lines[len(cl)].bskip += 0.0
    blk = VBlock(lines, before=12.0, unbreakable=True, kind="table")
    blk.after = 12.0 + strut_d + above + heavy
    return blk


# ------------------------------------------------------------------ pages
_FN = {}


def footnote_lines(doc, numbers):
    out = []
    for n in numbers:
        if n in _FN:
            out.append(_FN[n])
            continue
        text = dict(doc.footnotes)[n]
        words = words_of(inline(text, "fn", doc, "fnsup"))
        hsize = TEXTWIDTH
        ind = 1.8 * 9.0

        def mark(line, n=n):
            w = seg_width("fnsup", str(n))
            line.items.append((ind - w, "fnsup", 3.72, str(n)))
        breaks = set_paragraph(words, hsize, ind)
        ls = lines_from_breaks(words, breaks, hsize, ind, 0.0, 11.0, mark)
        _FN[n] = ls
        out.append(ls)
    return out


def paginate(blocks, doc):
    pages = []
    bottom = TOP_BODY + TEXTHEIGHT
    page = {"lines": [], "fn": [], "floats": []}
    y = None          # baseline of the last line (pt from top), None at page top
    deferred = []

    def fn_height(fns):
        if not fns:
            return 0.0
        total = 10.0 + 7.7 - 2.0
        for ls in footnote_lines(doc, fns):
            total += 11.0 * len(ls)
        return total - 11.0 + 3.0

    def new_page():
        nonlocal page, y
        pages.append(page)
        page = {"lines": [], "fn": [], "floats": []}
        y = None
        while deferred:
            blk = deferred.pop(0)
            place_block(blk, force=True)

    def place_block(blk, force=False):
        nonlocal y
        ys = []
        yy = y
        for k, line in enumerate(blk.lines):
            if yy is None:
                yy = TOP_BODY + max(TOPSKIP, line.height)
            else:
                yy += line.bskip + (blk.before if k == 0 else 0.0)
            ys.append(yy)
        for line, yline in zip(blk.lines, ys):
            page["lines"].append((yline, line))
            for n in line.fnrefs:
                page["fn"].append(n)
        y = ys[-1] + getattr(blk, "after", 0.0)

    i = 0
    while i < len(blocks):
        blk = blocks[i]
        if blk.kind == "table":
            # try to place here; otherwise it floats to the top of the next page
            need = sum(l.bskip for l in blk.lines) + blk.before + getattr(blk, "after", 0.0)
            if y is not None and y + need > bottom - fn_height(page["fn"]):
                deferred.append(blk)
                i += 1
                continue
            place_block(blk)
            i += 1
            continue
        # place lines one by one with keep rules
        k = 0
        while k < len(blk.lines):
            line = blk.lines[k]
            if y is None:
                ny = TOP_BODY + max(TOPSKIP, line.height)
            else:
                ny = y + line.bskip + (blk.before if k == 0 else 0.0)
            fns = page["fn"] + line.fnrefs
            limit = bottom - fn_height(fns)
            # keep a heading with the first two lines of what follows
            need_extra = 0.0
            if blk.keep_with_next and i + 1 < len(blocks):
                nxt = blocks[i + 1]
                need_extra = nxt.before + sum(l.bskip for l in nxt.lines[:2])
            # no single first line of a paragraph at the foot (club line)
            if k == 0 and len(blk.lines) > 1 and not blk.keep_with_next:
                need_extra = max(need_extra, blk.lines[1].bskip)
            # no single last line at the top of the next page (widow line)
            if k == len(blk.lines) - 2 and len(blk.lines) > 2:
                need_extra = max(need_extra, blk.lines[-1].bskip)
            if y is not None and ny + need_extra > limit:
                new_page()
                continue
            page["lines"].append((ny, line))
            page["fn"] += line.fnrefs
            y = ny
            k += 1
        i += 1
    while deferred:
        new_page()
    pages.append(page)
    return pages


# ------------------------------------------------------------------ PDF content
def fmt(v):
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def pdf_string(codes):
    out = []
    for c in codes:
        ch = chr(c)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= c < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % c)
    return "(" + "".join(out) + ")"


def tj_runs(items):
    """Group a line's positioned pieces into chunks of one font and one raise."""
    chunks = []
    for x, sty, rz, text in items:
        if chunks and chunks[-1]["sty"] == sty and chunks[-1]["rz"] == rz:
            chunks[-1]["parts"].append((x, text))
        else:
            chunks.append({"sty": sty, "rz": rz, "parts": [(x, text)]})
    return chunks


def page_stream(page, number, doc):
    ops = []
    fontcur = [None]
    pos = [0.0, 0.0]   # current text line matrix origin (bp)
    rules = []
    ops.append("BT")

    def setfont(sty):
        fname, size = STY[sty]
        key = (fname, size)
        if fontcur[0] != key:
            ops.append("%s %s Tf" % (RES[fname], fmt(size * BP)))
            fontcur[0] = key

    def text_line(y_top, line):
        ybase = PAPER_H - y_top * BP
        for ch in tj_runs(line.items):
            setfont(ch["sty"])
            fname, size = STY[ch["sty"]]
            font = FONTS[fname]
            x_start = (LEFT + ch["parts"][0][0]) * BP
            y = ybase + ch["rz"] * BP
            arr = []
            cur_x = ch["parts"][0][0]
            for x, text in ch["parts"]:
                gap = x - cur_x
                if arr and abs(gap) > 0.001:
                    arr.append(str(int(round(-gap / size * 1000))))
                glyphs, w = shape(encode(text), font)
                s = []
                for code, k in glyphs:
                    s.append(code)
                    if k:
                        arr.append(pdf_string(s))
                        arr.append(str(-k))
                        s = []
                if s:
                    arr.append(pdf_string(s))
                cur_x = x + w * size / 1000.0
            ops.append("%s %s Td [%s]TJ" % (fmt(x_start - pos[0]), fmt(y - pos[1]), "".join(arr)))
            pos[0], pos[1] = x_start, y
        for rx, dy, rw, rh in line.rules:
            rules.append(((LEFT + rx) * BP, ybase + dy * BP, rw * BP, rh * BP))

    for y_top, line in page["lines"]:
        text_line(y_top, line)
    # footnotes
    fn_y = None
    if page["fn"]:
        groups = footnote_lines(doc, page["fn"])
        nlines = sum(len(g) for g in groups)
        last_base = TOP_BODY + TEXTHEIGHT - 2.0
        fy = last_base - 11.0 * (nlines - 1)
        fn_y = fy
        for g in groups:
            for line in g:
                text_line(fy, line)
                fy += 11.0
        rules.append((LEFT * BP, PAPER_H - (fn_y - 7.7 - 2.6) * BP, 0.4 * TEXTWIDTH * BP, 0.4 * BP))
    # page number
    num = Line()
    w = seg_width("rm", str(number))
    num.items.append(((TEXTWIDTH - w) / 2.0, "rm", 0, str(number)))
    text_line(TOP_BODY + TEXTHEIGHT + FOOTSKIP, num)
    ops.append("ET")
    for rx, ry, rw, rh in rules:
        ops.append("%s %s %s %s re f" % (fmt(rx), fmt(ry), fmt(rw), fmt(rh)))
    return ("\n".join(ops) + "\n").encode("latin-1")


# ------------------------------------------------------------------ PDF objects
TOUNI = {34: "201D", 39: "2019", 92: "201C", 96: "2018", 123: "2013", 124: "2014", 11: "00660066",
         12: "00660069", 13: "0066006C", 14: "006600660069", 15: "00660066006C", 16: "0131", 25: "00DF",
         26: "00E6", 27: "0153", 28: "00F8", 29: "00C6", 30: "0152", 31: "00D8"}
SY_UNI = {0: "2212", 2: "00D7", 4: "00B7", 15: "2022", 20: "2264", 21: "2265"}


def tounicode(fname):
    name = "TeX-%s-0" % fname.lower()
    if fname == "CMSY10":
        pairs = sorted(SY_UNI.items())
    else:
        pairs = []
        for c in range(11, 128):
            if c in TOUNI:
                pairs.append((c, TOUNI[c]))
            elif 33 <= c <= 126:
                pairs.append((c, "%04X" % c))
    body = []
    for k in range(0, len(pairs), 100):
        chunk = pairs[k:k + 100]
        body.append("%d beginbfchar" % len(chunk))
        body += ["<%02X> <%s>" % (c, u) for c, u in chunk]
        body.append("endbfchar")
    return ("%%!PS-Adobe-3.0 Resource-CMap\n%%%%DocumentNeededResources: ProcSet (CIDInit)\n"
            "%%%%IncludeResource: ProcSet (CIDInit)\n%%%%BeginResource: CMap (%s)\n"
            "%%%%Title: (%s TeX %s 0)\n%%%%Version: 1.000\n%%%%EndComments\n"
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n"
            "<< /Registry (TeX)\n/Ordering (%s)\n/Supplement 0\n>> def\n/CMapName /%s def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n%s\nendcmap\n"
            "CMapName currentdict /CMap defineresource pop\nend\nend\n%%%%EndResource\n%%%%EOF\n"
            % (name, name, fname.lower(), fname.lower(), name, "\n".join(body))).encode("latin-1")


DESCR = {"CMR10": ("-40 -250 1009 750", 0, 34, 694, 683, 431, 69),
         "CMBX12": ("-53 -251 1139 750", 0, 262176, 694, 686, 444, 109),
         "CMBX10": ("-56 -250 1164 750", 0, 262176, 694, 686, 444, 114),
         "CMTI10": ("-35 -250 1124 750", -14, 98, 694, 683, 431, 68),
         "CMR17": ("-33 -250 945 749", 0, 34, 694, 683, 430, 53),
         "CMR12": ("-34 -251 988 750", 0, 34, 694, 683, 431, 65),
         "CMR9": ("-39 -250 1036 750", 0, 34, 694, 683, 431, 74),
         "CMR8": ("-36 -250 1070 750", 0, 34, 694, 683, 431, 76),
         "CMR6": ("-20 -250 1193 750", 0, 34, 694, 683, 431, 83),
         "CMSY10": ("-29 -960 1116 775", -14, 4, 750, 683, 431, 40)}


OT1_NAMES = ("Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega ff fi fl ffi ffl dotlessi dotlessj grave "
             "acute caron breve macron ring cedilla germandbls ae oe oslash AE OE Oslash suppress exclam "
             "quotedblright numbersign dollar percent ampersand quoteright parenleft parenright asterisk plus comma "
             "hyphen period slash zero one two three four five six seven eight nine colon semicolon exclamdown "
             "equal questiondown question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft "
             "quotedblleft bracketright circumflex dotaccent quoteleft a b c d e f g h i j k l m n o p q r s t u v "
             "w x y z endash emdash hungarumlaut tilde dieresis").split()
SY_NAMES = {0: "minus", 1: "periodcentered", 2: "multiply", 3: "asteriskmath", 4: "divide", 15: "bullet",
            20: "lessequal", 21: "greaterequal"}


def encoding_dict(fname):
    if fname == "CMSY10":
        diffs = "".join("%d/%s" % (c, n) for c, n in sorted(SY_NAMES.items()))
    else:
        diffs = "0" + "".join("/" + n for n in OT1_NAMES)
    return ("<<\n/Type /Encoding\n/Differences [%s]\n>>" % diffs).encode()


def build_pdf(pages_streams, used):
    objs = {}      # num -> bytes (dictionary objects go into the object stream)
    streams = {}   # num -> (dict_without_length, data)
    num = [0]

    def new():
        num[0] += 1
        return num[0]
    page_nums = []
    content_nums = []
    for data in pages_streams:
        c = new()
        content_nums.append(c)
        streams[c] = ("/Filter /FlateDecode", zlib.compress(data, 9))
        p = new()
        page_nums.append(p)
    font_nums = {}
    for fname in sorted(used, key=lambda f: int(RES[f][2:])):
        f = new()
        font_nums[fname] = f
    pages_num = new()
    res_num = new()
    for i, (c, p) in enumerate(zip(content_nums, page_nums)):
        objs[p] = ("<<\n/Type /Page\n/Contents %d 0 R\n/Resources %d 0 R\n/MediaBox [0 0 %s %s]\n/Parent %d 0 R\n>>"
                   % (c, res_num, fmt(PAPER_W), fmt(PAPER_H), pages_num)).encode()
    fonts_res = " ".join("%s %d 0 R" % (RES[f], font_nums[f]) for f in sorted(font_nums, key=lambda f: int(RES[f][2:])))
    objs[res_num] = ("<<\n/Font << %s >>\n/ProcSet [ /PDF /Text ]\n>>" % fonts_res).encode()
    for fname in sorted(font_nums, key=lambda f: int(RES[f][2:])):
        font = FONTS[fname]
        codes = sorted(used[fname])
        first, last = codes[0], codes[-1]
        widths = " ".join(str(font.widths.get(c, 0)) for c in range(first, last + 1))
        tu = new()
        streams[tu] = ("/Filter /FlateDecode", zlib.compress(tounicode(fname), 9))
        fd = new()
        bbox, ital, flags, asc, cap, xh, stemv = DESCR[fname]
        objs[fd] = ("<<\n/Type /FontDescriptor\n/FontName /%s\n/Flags %d\n/FontBBox [%s]\n/Ascent %d\n"
                    "/CapHeight %d\n/Descent -194\n/ItalicAngle %d\n/StemV %d\n/XHeight %d\n>>"
                    % (fname, flags, bbox, asc, cap, ital, stemv, xh)).encode()
        wn = new()
        objs[wn] = ("[%s]" % widths).encode()
        en = new()
        objs[en] = encoding_dict(fname)
        objs[font_nums[fname]] = ("<<\n/Type /Font\n/Subtype /Type1\n/BaseFont /%s\n/FontDescriptor %d 0 R\n"
                                  "/FirstChar %d\n/LastChar %d\n/Widths %d 0 R\n/Encoding %d 0 R\n/ToUnicode %d 0 R\n>>"
                                  % (fname, fd, first, last, wn, en, tu)).encode()
    kids = " ".join("%d 0 R" % p for p in page_nums)
    objs[pages_num] = ("<<\n/Type /Pages\n/Count %d\n/Kids [%s]\n>>" % (len(page_nums), kids)).encode()
    cat = new()
    objs[cat] = ("<<\n/Type /Catalog\n/Pages %d 0 R\n>>" % pages_num).encode()
    info = new()
    objs[info] = (b"<<\n/Producer (pdfTeX-1.40.25)\n/Creator (TeX)\n/CreationDate (D:20250421183207+05'30')\n"
                  b"/ModDate (D:20250421183207+05'30')\n/Trapped /False\n/PTEX.Fullbanner (This is pdfTeX, "
                  b"Version 3.141592653-2.6-1.40.25 \\(TeX Live 2023/Debian\\) kpathsea version 6.3.5)\n>>")
    # write
    out = bytearray(b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n")
    offsets = {}
    for n in sorted(streams):
        d, data = streams[n]
        offsets[n] = len(out)
        out += b"%d 0 obj\n<<\n/Length %d       \n%s\n>>\nstream\n" % (n, len(data), d.encode())
        out += data + b"\nendstream\nendobj\n"
    objstm = new()
    members = sorted(objs)
    head, bodyb = [], bytearray()
    for n in members:
        head.append("%d %d" % (n, len(bodyb)))
        bodyb += objs[n] + b"\n"
    headb = (" ".join(head) + "\n").encode()
    raw = headb + bytes(bodyb)
    comp = zlib.compress(raw, 9)
    offsets[objstm] = len(out)
    out += (b"%d 0 obj\n<<\n/Type /ObjStm\n/N %d\n/First %d\n/Length %d       \n/Filter /FlateDecode\n>>\nstream\n"
            % (objstm, len(members), len(headb), len(comp)))
    out += comp + b"\nendstream\nendobj\n"
    xref = new()
    size = xref + 1
    rows = bytearray()
    for n in range(size):
        if n == 0:
            rows += bytes([0, 0, 0, 0, 255])
        elif n in offsets:
            o = offsets[n]
            rows += bytes([1, (o >> 16) & 255, (o >> 8) & 255, o & 255, 0])
        elif n == xref:
            o = len(out)
            rows += bytes([1, (o >> 16) & 255, (o >> 8) & 255, o & 255, 0])
        else:
            idx = members.index(n)
            rows += bytes([2, (objstm >> 16) & 255, (objstm >> 8) & 255, objstm & 255, idx])
    xoff = len(out)
    comp = zlib.compress(bytes(rows), 9)
    docid = hashlib.md5(b"lecture9-groundwater.tex 2025-04-21").hexdigest().upper()
    out += (b"%d 0 obj\n<<\n/Type /XRef\n/Index [0 %d]\n/Size %d\n/W [1 3 1]\n/Root %d 0 R\n/Info %d 0 R\n"
            b"/ID [<%s> <%s>]\n/Length %d       \n/Filter /FlateDecode\n>>\nstream\n"
            % (xref, size, size, cat, info, docid.encode(), docid.encode(), len(comp)))
    out += comp + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xoff
    return bytes(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    doc = Doc()
    src = open(SRC, encoding="utf-8").read()
    blocks = parse_body(src, doc)
    pages = paginate(blocks, doc)
    streams = [page_stream(p, i + 1, doc) for i, p in enumerate(pages)]
    used = {}
    for s in streams:
        font = None
        for m in re.finditer(rb"(/F\d+) [\d.]+ Tf|\[((?:\((?:\\.|[^\\)])*\)|-?\d+)*)\]TJ", s):
            if m.group(1):
                font = [f for f, r in RES.items() if r == m.group(1).decode()][0]
            else:
                for sm in re.finditer(rb"\(((?:\\.|[^\\)])*)\)", m.group(2)):
                    raw = re.sub(rb"\\([0-7]{3})", lambda q: bytes([int(q.group(1), 8)]), sm.group(1))
                    raw = re.sub(rb"\\(.)", rb"\1", raw)
                    used.setdefault(font, set()).update(raw)
    with open(out, "wb") as f:
        f.write(build_pdf(streams, used))


if __name__ == "__main__":
    main()
