#!/usr/bin/python3
"""Make docs/isc-article-263-qna.rtf from tools/isc-article-263-qna.txt.

The file is written the way WordPad (RichEdit, "Riched20 10.0.19041") saves a document it
has edited: the {\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang16393 header with a
one-line font table (Calibri, Symbol, Cambria, and Segoe UI brought in by a paste from the
browser) and a colour table, the {\\*\\generator ...}\\viewkind4\\uc1 line, one paragraph a
line ending in \\par and CRLF, \\pard paragraph settings written only when they change and
character formatting written as toggles where a run starts; bullets and numbers with
\\pntext fallbacks and a \\*\\pn destination; bordered \\trowd tables; a HYPERLINK field; a
\\highlight run; cp1252 characters as \\'xx and others as \\uN?; the NUL byte after the
closing brace.

Source markup (one paragraph a line): "#T " title, "#S " source line, "#Q " question
heading, "- " bullet, "1. " numbered item, "!! " red remark (text before the first colon
bold), "| a | b |" table rows (first row is the header), "@paste" ... "@end" a block pasted
from a web page, **bold**, //italic//, ==highlight==, [[url|text]]; an empty line is an
empty paragraph.

Run: /usr/bin/python3 tools/make_rtf.py [OUT]   (byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "isc-article-263-qna.txt")
OUT = os.path.join(HERE, "..", "docs", "isc-article-263-qna.rtf")

HEADER = (
    "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang16393{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}"
    "{\\f1\\fnil\\fcharset2 Symbol;}{\\f2\\fnil\\fcharset0 Cambria;}{\\f3\\fnil\\fcharset0 Segoe UI;}}\r\n"
    "{\\colortbl ;\\red31\\green56\\blue100;\\red192\\green0\\blue0;\\red5\\green99\\blue193;"
    "\\red89\\green89\\blue89;\\red255\\green255\\blue0;\\red33\\green37\\blue41;"
    "\\red222\\green234\\blue246;}\r\n"
    "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"
)
BASE = "\\sa200\\sl276\\slmult1"
BULLET_PN = "{\\*\\pn\\pnlvlblt\\pnf1\\pnindent0{\\pntxtb\\'b7}}"
NUM_PN = "{\\*\\pn\\pnlvlbody\\pnf0\\pnindent0\\pnstart1\\pndec{\\pntxta.}}"
CELLX = {3: [1500, 3400, 9360], 4: [1700, 4100, 6600, 9360]}


def esc(text):
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


class Writer:
    """Keeps RichEdit's running character state and writes only the changes."""

    def __init__(self):
        self.out = [HEADER]
        self.para = None
        self.ch = {"cf": 0, "hl": 0, "b": False, "i": False, "ul": False, "f": 0, "fs": 22}
        self.first = True

    def fmt(self, want):
        s = ""
        cur = self.ch
        if want["cf"] != cur["cf"]:
            s += "\\cf%d" % want["cf"]
        if want["hl"] != cur["hl"]:
            s += "\\highlight%d" % want["hl"]
        if want["b"] != cur["b"]:
            s += "\\b" if want["b"] else "\\b0"
        if want["i"] != cur["i"]:
            s += "\\i" if want["i"] else "\\i0"
        if want["ul"] != cur["ul"]:
            s += "\\ul" if want["ul"] else "\\ulnone"
        if want["f"] != cur["f"] or self.first:
            s += "\\f%d" % want["f"]
        if want["fs"] != cur["fs"] or self.first:
            s += "\\fs%d" % want["fs"]
        if self.first:
            s += "\\lang9"
            self.first = False
        self.ch = dict(want)
        return s

    def runs(self, text, base):
        """Split inline markup into (state, text) runs."""
        parts = re.split(r"(\*\*.+?\*\*|//.+?//|==.+?==|\[\[.+?\]\])", text)
        res = []
        for p in parts:
            if not p:
                continue
            st = dict(base)
            if p.startswith("**"):
                st["b"] = True
                res.append((st, p[2:-2]))
            elif p.startswith("//"):
                st["i"] = True
                res.append((st, p[2:-2]))
            elif p.startswith("=="):
                st["hl"] = 5
                res.append((st, p[2:-2]))
            elif p.startswith("[["):
                url, label = p[2:-2].split("|", 1)
                res.append(("LINK", (url, label)))
            else:
                res.append((st, p))
        return res

    def body(self, text, base):
        s = ""
        for st, t in self.runs(text, base):
            if st == "LINK":
                url, label = t
                s += ('{{\\field{\\*\\fldinst{HYPERLINK "%s" }}{\\fldrslt{\\ul\\cf3 %s}}}}'
                      % (url, esc(label)))
                # RichEdit leaves the field's run and then restates the base font
                self.ch.update({"cf": 0, "ul": False})
                s += "\\f%d\\fs%d " % (base["f"], base["fs"])
                continue
            f = self.fmt(st)
            s += (f + " " if f else "") + esc(t)
        return s

    def paragraph(self, pard, text, base, prefix="", pn=""):
        if pard != self.para:
            # RichEdit writes the \\pn destination before the indents on a list's first item
            line = "\\pard" + prefix + pn + pard.replace("\\num", "")
            self.para = pard
        else:
            line = prefix
        body = self.body(text, base) if text else self.fmt(base)
        if body and not body.startswith("\\") and line and not line.endswith("}"):
            line += " "
        self.out.append(line + body + "\\par\r\n")

    def table(self, rows):
        n = len(rows[0])
        xs = CELLX[n]
        for r, row in enumerate(rows):
            d = ("\\trowd\\trgaph108\\trleft-108\\trbrdrl\\brdrs\\brdrw10 \\trbrdrt\\brdrs\\brdrw10 "
                 "\\trbrdrr\\brdrs\\brdrw10 \\trbrdrb\\brdrs\\brdrw10 \\trpaddl108\\trpaddr108"
                 "\\trpaddfl3\\trpaddfr3\r\n")
            cells = ""
            for x in xs:
                shade = "\\clcbpat7" if r == 0 else ""
                cells += (shade + "\\clbrdrl\\brdrw10\\brdrs\\clbrdrt\\brdrw10\\brdrs"
                          "\\clbrdrr\\brdrw10\\brdrs\\clbrdrb\\brdrw10\\brdrs \\cellx%d" % x)
            self.out.append(d + cells + "\r\n")
            base = {"cf": 0, "hl": 0, "b": r == 0, "i": False, "ul": False, "f": 0, "fs": 20}
            line = "\\pard\\intbl\\widctlpar"
            self.para = "\\intbl"
            for c, text in enumerate(row):
                b = self.body(text, base)
                if c == 0 and not b.startswith("\\"):
                    b = " " + b
                elif c == 0:
                    pass
                line += b + "\\cell "
            line = line[:-1] + "\\row\r\n"
            self.out.append(line)

    def finish(self):
        return "".join(self.out) + "}\r\n\x00"


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    w = Writer()
    normal = {"cf": 0, "hl": 0, "b": False, "i": False, "ul": False, "f": 0, "fs": 22}
    i = 0
    num = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#T "):
            w.paragraph(BASE + "\\qc", line[3:], dict(normal, cf=1, b=True, f=2, fs=32))
        elif line.startswith("#S "):
            w.paragraph(BASE + "\\qc", line[3:], dict(normal, cf=4, i=True, fs=18))
        elif line.startswith("#Q "):
            w.paragraph("\\keepn" + BASE, line[3:], dict(normal, cf=1, b=True, f=2, fs=26))
        elif line.startswith("- "):
            w.paragraph("\\fi-360\\li720" + BASE, line[2:], normal,
                        prefix="{\\pntext\\f1\\'b7\\tab}", pn=BULLET_PN)
        elif re.match(r"\d+\. ", line):
            n, text = line.split(". ", 1)
            w.paragraph("\\fi-360\\li720" + BASE + "\\num", text, normal,
                        prefix="{\\pntext\\f0 %s.\\tab}" % n, pn=NUM_PN)
        elif line.startswith("!! "):
            label, rest = line[3:].split(":", 1)
            w.paragraph(BASE, "**%s:**%s" % (label, rest), dict(normal, cf=2))
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            w.table(rows)
            continue
        elif line == "@paste":
            i += 1
            while lines[i] != "@end":
                w.paragraph("\\sb100\\sa100", lines[i], dict(normal, cf=6, f=3, fs=21))
                i += 1
        else:
            w.paragraph(BASE, line, normal)
        i += 1
    data = w.finish().encode("ascii")
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    build()
