#!/usr/bin/python3
"""Re-make docs/chabahar-sittwe-ports.rtf from tools/chabahar-sittwe-ports.txt.

Run: /usr/bin/python3 tools/make_rtf.py [output path]   (standard library only)

The output is what TextEdit on macOS 15 writes when a student types notes in a rich-text
document (Format > Make Rich Text) on a Mac set to metric units and A4 paper:
  - the Cocoa RTF header "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2822" with "\\cocoatextscaling0
    \\cocoaplatform0" on the next line, a font table of PostScript names (Helvetica,
    Helvetica-Bold, Helvetica-Oblique, AppleColorEmoji), a colour table and its
    \\expandedcolortbl twin written as \\cssrgb / \\csgray;
  - a \\listtable with one \\list per list the student made (TextEdit starts a new list every
    time one is begun: disc bullets, "1." numbers, a bullet list with a numbered second level,
    and a "check" list whose marker is a tick) and the matching \\listoverridetable;
  - an \\info group with the author set in File > Show Properties, then
    \\paperw11900\\paperh16840 (A4), one-inch margins, the window size and \\viewkind0;
  - paragraphs ended by a backslash at the end of the line, a \\pard line only where the
    paragraph settings change (metric default tab stops \\tx566 ... \\tx6803 for body text,
    \\tx220\\tx720 with \\li720\\fi-720 for list items, \\li1440 for the second level), font
    changes starting a new line inside a paragraph while colour, highlight (\\cb) and
    strike-through changes stay inline, list items carrying their {\\listtext<tab>marker<tab>};
  - characters in Windows-1252 as \\'xx (curly quotes, en dashes, the bullet in prose), other
    characters as \\uc0\\uNNNN (arrows, the rupee sign, the tick), emoji as UTF-16 surrogate
    pairs in AppleColorEmoji; a hyperlink as a HYPERLINK field; a table made with Format >
    Table (\\itap1\\trowd \\taflags1 rows, \\clwWidth cell widths, \\cell and \\row, the first
    and last rows' own border words and \\lastrow);
  - no backslash after the last paragraph and no newline after the closing brace.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "chabahar-sittwe-ports.txt")
OUT = os.path.join(HERE, "..", "docs", "chabahar-sittwe-ports.rtf")

BODY_TABS = "\\tx566\\tx1133\\tx1700\\tx2267\\tx2834\\tx3401\\tx3968\\tx4535\\tx5102\\tx5669\\tx6236\\tx6803"
PARD = {
    "body": "\\pard" + BODY_TABS + "\\pardirnatural\\partightenfactor0",
    "list": "\\pard\\tx220\\tx720\\pardeftab720\\li720\\fi-720\\partightenfactor0",
    "list2": "\\pard\\tx940\\tx1440\\pardeftab720\\li1440\\fi-1440\\partightenfactor0",
    "cell": "\\pard\\intbl\\itap1\\pardeftab720\\partightenfactor0",
}
# fonts: f0 Helvetica, f1 Helvetica-Bold, f2 Helvetica-Oblique, f3 AppleColorEmoji
FONTTBL = ("{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;\\f1\\fswiss\\fcharset0 Helvetica-Bold;"
           "\\f2\\fswiss\\fcharset0 Helvetica-Oblique;\\f3\\fnil\\fcharset0 AppleColorEmoji;}")
COLORTBL = ("{\\colortbl;\\red255\\green255\\blue255;\\red109\\green109\\blue109;\\red251\\green0\\blue7;"
            "\\red255\\green251\\blue0;\\red191\\green191\\blue191;}\n"
            "{\\*\\expandedcolortbl;;\\cssrgb\\c50196\\c50196\\c50196;\\cssrgb\\c100000\\c0\\c0;"
            "\\cssrgb\\c100000\\c98431\\c0;\\csgray\\c79525;}")
GREY, RED, YELLOW, RULE = 2, 3, 4, 5

BULLET = "\\uc0\\u8226 "
LEVEL = {
    "disc": ("23", "{\\*\\levelmarker \\{disc\\}}{\\leveltext\\leveltemplateid%d\\'01\\uc0\\u8226 ;}{\\levelnumbers;}"),
    "decimal": ("0", "{\\*\\levelmarker \\{decimal\\}.}{\\leveltext\\leveltemplateid%d\\'02\\'0%d.;}{\\levelnumbers\\'01;}"),
    "check": ("23", "{\\*\\levelmarker \\{check\\}}{\\leveltext\\leveltemplateid%d\\'01\\uc0\\u10003 ;}{\\levelnumbers;}"),
}


def list_level(kind, tid, depth):
    nfc, marker = LEVEL[kind]
    marker = marker % ((tid, depth) if kind == "decimal" else (tid,))
    indent = 720 * (depth + 1)
    return ("{\\listlevel\\levelnfc%s\\levelnfcn%s\\leveljc0\\leveljcn0\\levelfollow0\\levelstartat1"
            "\\levelspace360\\levelindent0%s\\fi-360\\li%d\\lin%d }" % (nfc, nfc, marker, indent, indent))


def esc_text(s):
    """Escape text as Cocoa RTF does; emoji are left for the caller (they need a font)."""
    out, uni = [], False
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
            uni = False
        elif 32 <= o < 127 or ch == "\t":
            out.append(ch)
            uni = False
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
                uni = False
            except UnicodeEncodeError:
                units = [o] if o < 0x10000 else [0xD800 + ((o - 0x10000) >> 10), 0xDC00 + ((o - 0x10000) & 0x3FF)]
                for u in units:
                    out.append(("\\u%d " if uni else "\\uc0\\u%d ") % u)
                    uni = True
    return "".join(out)


def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or o in (0x2B50, 0x26A0, 0xFE0F)


INLINE = re.compile(r"(\*\*.+?\*\*|==.+?==|~~.+?~~|\{red\}.+?\{/red\}|\[[^\]]+\]\([^)]+\))")


def runs(text, base):
    """Split a line into (attrs, text, link) runs. attrs: dict f, b, i, fs, cf, cb, strike."""
    out = []
    for piece in INLINE.split(text):
        if not piece:
            continue
        a = dict(base)
        link = None
        if piece.startswith("**"):
            a.update(f=1, b=1)
            piece = piece[2:-2]
        elif piece.startswith("=="):
            a.update(cb=YELLOW)
            piece = piece[2:-2]
        elif piece.startswith("~~"):
            a.update(strike=1)
            piece = piece[2:-2]
        elif piece.startswith("{red}"):
            a.update(cf=RED)
            piece = piece[5:-6]
        elif piece.startswith("["):
            m = re.match(r"\[([^\]]+)\]\(([^)]+)\)", piece)
            piece, link = m.group(1), m.group(2)
        # emoji get their own font
        buf, emo = "", None
        for ch in piece:
            e = is_emoji(ch) or (ch == "\ufe0f")
            if emo is None:
                emo = e
            if e != emo:
                out.append((dict(a, f=3) if emo else a, buf, link))
                buf, emo = "", e
            buf += ch
        if buf:
            out.append((dict(a, f=3) if emo else a, buf, link))
    return out


FONT_KEYS = ("f", "b", "i", "fs")


class Writer:
    def __init__(self):
        self.out = []
        self.state = {"f": None, "b": 0, "i": 0, "fs": None, "cf": None, "cb": 1, "strike": 0}
        self.pard = None

    def set_pard(self, kind):
        if self.pard != kind:
            self.out.append(PARD[kind] + "\n")
            self.pard = kind
            self.state["cf"] = None      # the colour is written again after every \pard
            return True
        return False

    def font_codes(self, a):
        s = self.state
        codes = ""
        if a["f"] != s["f"]:
            codes += "\\f%d" % a["f"]
        if a["b"] != s["b"]:
            codes += "\\b" if a["b"] else "\\b0"
        if a["i"] != s["i"]:
            codes += "\\i" if a["i"] else "\\i0"
        if a["fs"] != s["fs"]:
            codes += "\\fs%d" % a["fs"]
        return codes

    def inline_codes(self, a):
        s = self.state
        codes = ""
        if a["cf"] != s["cf"]:
            codes += "\\cf%d " % a["cf"]
        if a["cb"] != s["cb"]:
            codes += "\\cb%d " % a["cb"]
        if a["strike"] != s["strike"]:
            codes += "\\strike \\strikec0 " if a["strike"] else "\\strike0\\striked0 "
        return codes

    def run(self, a, text, para_start):
        fc = self.font_codes(a)
        ic = self.inline_codes(a)
        if fc:
            self.out.append("\n" + fc + " " + ic)
        else:
            self.out.append(ic)
        self.state.update({k: a[k] for k in self.state})
        self.out.append(esc_text(text))

    def paragraph(self, kind, lines_runs, listtext=None, ls=None, depth=0, end="\\\n"):
        new = self.set_pard(kind)
        first = True
        prefix = ""
        if ls is not None:
            prefix = "\\ls%d\\ilvl%d" % (ls, depth)
        for a, text, link in lines_runs:
            if first:
                fc = self.font_codes(a)
                ic = self.inline_codes(a)
                if prefix:
                    # "\ls1\ilvl0\f0\b0\fs24 \cf0 {\listtext ...}" on the list line itself
                    self.out.append(prefix + (fc + " " if fc else "") + ic)
                    self.state.update({k: a[k] for k in self.state})
                    self.out.append("{\\listtext\t%s\t}" % listtext)
                else:
                    if fc:
                        self.out.append(("\n" if new or self.out[-1].endswith("\n") else "\n") + fc + " " + ic)
                    else:
                        self.out.append(ic)
                    self.state.update({k: a[k] for k in self.state})
                if link:
                    self.out.append('{\\field{\\*\\fldinst{HYPERLINK "%s"}}{\\fldrslt ' % link)
                self.out.append(esc_text(text))
                if link:
                    self.out.append("}}")
                first = False
                continue
            if link:
                self.out.append('{\\field{\\*\\fldinst{HYPERLINK "%s"}}{\\fldrslt ' % link)
                self.run(a, text, False)
                self.out.append("}}")
            else:
                self.run(a, text, False)
        if first:  # empty paragraph
            self.out.append(self.inline_codes(dict(self.state, cf=0)))
            self.state["cf"] = 0
        self.out.append(end)


BASE = {"f": 0, "b": 0, "i": 0, "fs": 24, "cf": 0, "cb": 1, "strike": 0}
STYLE = {
    "title": dict(BASE, f=1, b=1, fs=36),
    "meta": dict(BASE, f=2, i=1, fs=22, cf=GREY),
    "h": dict(BASE, f=1, b=1, fs=28),
    "p": dict(BASE),
}


def parse():
    items = []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().rstrip("\n").split("\n"):
            kind, _, rest = line[1:].partition(" ")
            items.append((kind, rest))
    return items


def build(items):
    # work out the lists: a run of consecutive list items is one TextEdit list
    lists = []          # (kind of level 0, has level 1)
    item_list = {}
    prev = None
    for n, (kind, _) in enumerate(items):
        if kind in ("ul", "ol", "check"):
            if prev is None or prev[0] != kind:
                lists.append([{"ul": "disc", "ol": "decimal", "check": "check"}[kind], None])
                prev = (kind, len(lists))
            item_list[n] = prev[1]
        elif kind == "ol2":
            lists[prev[1] - 1][1] = "decimal"
            item_list[n] = prev[1]
        else:
            prev = None
    listtable = ["{\\*\\listtable"]
    for i, (k0, k1) in enumerate(lists, 1):
        tid = (i - 1) * 100 + 1
        levels = list_level(k0, tid, 0)
        if k1:
            levels += list_level(k1, tid + 1, 1)
        listtable.append("{\\list\\listtemplateid%d\\listhybrid%s{\\listname ;}\\listid%d}" % (i, levels, i))
    listtable[-1] += "}"
    override = "{\\*\\listoverridetable" + "".join(
        "{\\listoverride\\listid%d\\listoverridecount0\\ls%d}" % (i, i) for i in range(1, len(lists) + 1)) + "}"

    w = Writer()
    counters = {}
    n_items = len(items)
    table = None
    for n, (kind, rest) in enumerate(items):
        last = n == n_items - 1
        end = "}" if last else "\\\n"
        if kind in ("title", "meta", "h", "p"):
            w.paragraph("body", runs(rest, STYLE[kind]), end=end)
        elif kind == "blank":
            w.paragraph("body", [], end=end)
        elif kind in ("ul", "ol", "check", "ol2"):
            ls = item_list[n]
            depth = 1 if kind == "ol2" else 0
            key = (ls, depth)
            if kind == "ol2" and items[n - 1][0] != "ol2":
                counters[key] = 0
            counters[key] = counters.get(key, 0) + 1
            if kind in ("ol", "ol2"):
                marker = "%d." % counters[key]
            elif kind == "check":
                marker = "\\uc0\\u10003 "
            else:
                marker = BULLET
            w.paragraph("list2" if depth else "list", runs(rest, STYLE["p"]), listtext=marker, ls=ls,
                        depth=depth, end=end)
        elif kind == "table":
            table = []
        elif kind == "row":
            table.append([c.strip() for c in rest.split("|")])
        elif kind == "endtable":
            write_table(w, table)
            table = None
    head = ("{\\rtf1\\ansi\\ansicpg1252\\cocoartf2822\n\\cocoatextscaling0\\cocoaplatform0" + FONTTBL + "\n"
            + COLORTBL + "\n" + "".join(listtable) + "\n" + override + "\n"
            + "{\\info\n{\\author Aditi Kulkarni}}\\paperw11900\\paperh16840\\margl1440\\margr1440"
            "\\vieww15320\\viewh16340\\viewkind0\n")
    return head + "".join(w.out)


def write_table(w, rows):
    ncol = len(rows[0])
    widths = [2020, 3420, 3420]
    xs = [round(8640 * (i + 1) / ncol) for i in range(ncol)]
    border = ("\\clbrdrt\\brdrs\\brdrw20\\brdrcf%d \\clbrdrl\\brdrs\\brdrw20\\brdrcf%d "
              "\\clbrdrb\\brdrs\\brdrw20\\brdrcf%d \\clbrdrr\\brdrs\\brdrw20\\brdrcf%d " % ((RULE,) * 4))
    w.out.append("\n")
    for r, row in enumerate(rows):
        if r == 0:
            trb = "\\trbrdrt\\brdrnil \\trbrdrl\\brdrnil \\trbrdrr\\brdrnil "
        elif r == len(rows) - 1:
            trb = "\\trbrdrl\\brdrnil \\trbrdrt\\brdrnil \\trbrdrr\\brdrnil "
        else:
            trb = "\\trbrdrl\\brdrnil \\trbrdrr\\brdrnil "
        w.out.append("\\itap1\\trowd \\taflags1 \\trgaph108\\trleft-108 " + trb + "\n")
        for c in range(ncol):
            w.out.append("\\clvertalt \\clshdrawnil \\clwWidth%d\\clftsWidth3 %s\\clpadt20 \\clpadl100 "
                         "\\clpadb20 \\clpadr100 \\gaph\\cellx%d\n" % (widths[c], border, xs[c]))
        for c, text in enumerate(row):
            w.out.append(PARD["cell"] + "\n")
            w.pard = "cell"
            w.state["cf"] = None
            bold = r == 0 or c == 0
            a = dict(BASE, f=1, b=1) if bold else dict(BASE)
            fc = w.font_codes(a)
            if fc:
                w.out.append("\n" + fc + " ")
            w.out.append("\\cf0 ")
            w.state.update({k: a[k] for k in w.state})
            w.out.append(esc_text(text))
            if c == ncol - 1:
                w.out.append("\\cell \\lastrow\\row\n" if r == len(rows) - 1 else "\\cell \\row\n\n")
            else:
                w.out.append("\\cell \n")
    w.pard = None


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build(parse())
    with open(out_path, "wb") as f:
        f.write(data.encode("ascii"))


if __name__ == "__main__":
    main()
