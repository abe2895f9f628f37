#!/usr/bin/python3
"""Re-make docs/volcanoes.rtf from tools/volcanoes.txt.

Run from anywhere: /usr/bin/python3 tools/make_rtf.py [output-path]
Standard library only; the output is byte-for-byte reproducible.

Writes RTF the way WordPad (RichEdit 10) saves it: CRLF line ends, an ANSI code page 1252
header with a font table (Calibri, Symbol, Cambria) and a colour table, the \\*\\generator
group, \\viewkind4\\uc1, one paragraph a line ending in \\par, \\'hh escapes for non-ASCII
characters, bold headings (\\b ... \\b0 with \\fs sizes), bullets as \\pard\\li...\\fi-360
with a \\bullet and \\tab, numbered lists as WordPad \\pntext/\\pn groups, red "!!" remarks
(\\cf1), and a bordered \\trowd ... \\cell ... \\row table.

Source markup: "@title", "@sub", "# " heading, "## " sub-heading, "- " bullet, "  - " second
level bullet, "1. " numbered item, "!! " coloured remark, "Q: "/"A: " doubt pairs,
"@table" ... "@endtable" with " | " between cells, **bold** inline, anything else a paragraph.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "volcanoes.txt")
OUT = os.path.join(HERE, "..", "docs", "volcanoes.rtf")

HEAD = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}"
        "{\\f1\\fnil\\fcharset2 Symbol;}{\\f2\\fnil\\fcharset0 Cambria;}}\r\n"
        "{\\colortbl ;\\red192\\green0\\blue0;\\red31\\green56\\blue100;}\r\n"
        "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n")
PARA = "\\pard\\sa200\\sl276\\slmult1"
BORDERS = "\\clbrdrl\\brdrw10\\brdrs\\clbrdrt\\brdrw10\\brdrs\\clbrdrr\\brdrw10\\brdrs\\clbrdrb\\brdrw10\\brdrs"
CELLX = (2600, 6800, 9600)


def esc(text):
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % ord(ch))
    return "".join(out)


def inline(text):
    parts = re.split(r"\*\*(.+?)\*\*", text)
    out = []
    for i, p in enumerate(parts):
        if i % 2:
            out.append("\\b " + esc(p) + "\\b0 ")
        else:
            out.append(esc(p))
    return "".join(out)


def table(rows):
    out = []
    trow = ("\\trowd\\trgaph108\\trleft-108\\trbrdrl\\brdrs\\brdrw10 \\trbrdrt\\brdrs\\brdrw10 "
            "\\trbrdrr\\brdrs\\brdrw10 \\trbrdrb\\brdrs\\brdrw10 \\trpaddl108\\trpaddr108"
            "\\trpaddfl3\\trpaddfr3\r\n")
    cells = "".join("%s \\cellx%d" % (BORDERS, x) for x in CELLX)
    for i, r in enumerate(rows):
        cols = [c.strip() for c in r.split(" | ")]
        assert len(cols) == len(CELLX), r
        out.append(trow + cells + " \r\n")
        if i == 0:
            body = "".join("\\b %s\\b0\\cell " % esc(c) for c in cols)
            out.append("\\pard\\intbl\\widctlpar\\cbpat2" + body + "\\row \r\n")
        else:
            body = "".join("%s\\cell " % inline(c) for c in cols)
            out.append("\\pard\\intbl\\widctlpar " + body + "\\row \r\n")
    return out


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = [HEAD]
    rows, in_table, numbered = [], False, False
    for line in lines:
        s = line.rstrip()
        if in_table:
            if s == "@endtable":
                out.extend(table(rows))
                in_table, rows = False, []
            elif s:
                rows.append(s)
            continue
        if not s.strip():
            continue
        is_num = re.match(r"^(\d+)\. (.*)$", s)
        if numbered and not is_num:
            numbered = False
        if s == "@table":
            in_table = True
        elif s.startswith("@title "):
            out.append(PARA + "\\qc\\cf2\\b\\f2\\fs32\\lang9 " + esc(s[7:]) + "\\cf0\\b0\\f0\\fs22\\par\r\n")
        elif s.startswith("@sub "):
            out.append(PARA + "\\qc\\i " + esc(s[5:]) + "\\i0\\par\r\n")
        elif s.startswith("# "):
            out.append(PARA + "\\sb240\\cf2\\b\\fs26 " + esc(s[2:]) + "\\cf0\\b0\\fs22\\par\r\n")
        elif s.startswith("## "):
            out.append(PARA + "\\ul\\b " + esc(s[3:]) + "\\ulnone\\b0\\par\r\n")
        elif s.startswith("  - "):
            out.append("\\pard\\li1080\\fi-360\\sa60\\sl276\\slmult1 o\\tab " + inline(s[4:]) + "\\par\r\n")
        elif s.startswith("- "):
            out.append("\\pard\\li720\\fi-360\\sa60\\sl276\\slmult1 \\bullet\\tab " + inline(s[2:]) + "\\par\r\n")
        elif is_num:
            n, text = is_num.group(1), is_num.group(2)
            if not numbered:
                out.append("\\pard{\\pntext\\f0 %s.\\tab}{\\*\\pn\\pnlvlbody\\pnf0\\pnindent0\\pnstart1"
                           "\\pndec{\\pntxta.}}\r\n\\fi-360\\li720\\sa100\\sl276\\slmult1 %s\\par\r\n"
                           % (n, inline(text)))
                numbered = True
            else:
                out.append("{\\pntext\\f0 %s.\\tab}%s\\par\r\n" % (n, inline(text)))
        elif s.startswith("!! "):
            out.append(PARA + "\\cf1\\b " + inline(s[3:]) + "\\cf0\\b0\\par\r\n")
        elif s.startswith("Q: "):
            out.append("\\pard\\sa40\\sl276\\slmult1\\b " + esc(s) + "\\b0\\par\r\n")
        else:
            out.append(PARA + " " + inline(s) + "\\par\r\n")
    out.append("}\r\n")
    with open(out_path, "wb") as f:
        f.write("".join(out).encode("ascii"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
