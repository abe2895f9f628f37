#!/usr/bin/python3
"""Re-make docs/coral-bleaching.rtf from tools/coral-bleaching.txt, the way WordPad
(RichEdit 'Riched20 10.0.19041') writes a document.

Run from anywhere: /usr/bin/python3 tools/make_rtf.py
Standard library only; the output is byte-for-byte reproducible (no dates are written).

Source markup: '@title' (centred, bold, coloured), '@meta' (centred, italic), '# ' bold
heading (a heading containing 'trap' is red), '- ' WordPad bullet (pn list, Symbol font),
'* ' a pasted line starting with a bullet character (written as \\bullet), '@table' ...
'@endtable' with cells split on ' | ' (first row bold), anything else one paragraph.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "coral-bleaching.txt")
OUT = os.path.join(HERE, "..", "docs", "coral-bleaching.rtf")

HEADER = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033"
          "{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset2 Symbol;}}\r\n"
          "{\\colortbl ;\\red192\\green0\\blue0;\\red31\\green56\\blue100;}\r\n"
          "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n")
PARD = "\\pard\\sa200\\sl276\\slmult1"
KEYWORDS = {"\u2018": "lquote", "\u2019": "rquote", "\u201c": "ldblquote",
            "\u201d": "rdblquote", "\u2013": "endash", "\u2014": "emdash", "\u2022": "bullet"}
BORDERS = ("\\clbrdrl\\brdrw10\\brdrs\\clbrdrt\\brdrw10\\brdrs"
           "\\clbrdrr\\brdrw10\\brdrs\\clbrdrb\\brdrw10\\brdrs ")
WIDTHS = [1000, 2000, 5200, 9200]


def esc(text):
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch in KEYWORDS:
            out.append("\\%s " % KEYWORDS[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % ord(ch))
    return "".join(out)


def table(rows):
    trowd = ("\\trowd\\trgaph108\\trleft-108\\trbrdrl\\brdrs\\brdrw10 \\trbrdrt\\brdrs\\brdrw10 "
             "\\trbrdrr\\brdrs\\brdrw10 \\trbrdrb\\brdrs\\brdrw10 "
             "\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddfr3\r\n"
             + "".join(BORDERS + "\\cellx%d" % w for w in WIDTHS) + "\r\n")
    out = []
    for i, r in enumerate(rows):
        cells = [esc(c.strip()) for c in r.split(" | ")]
        if i == 0:
            body = "\\b " + "\\cell ".join(cells) + "\\b0\\cell\\row\r\n"
        else:
            body = "\\cell ".join(cells) + "\\cell\\row\r\n"
        out.append(trowd + "\\pard\\intbl\\widctlpar " + body)
    return "".join(out)


def render():
    """Return the RTF file's bytes."""
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = [HEADER]
    state = "start"          # start | centre | body | bullets | table | aftertable
    rows = []

    def para_prefix():
        nonlocal state
        if state in ("centre", "bullets", "aftertable"):
            state = "body"
            return PARD + " "
        state = "body"
        return ""

    for line in lines:
        s = line.rstrip()
        if state == "table":
            if s == "@endtable":
                out.append(table(rows))
                rows = []
                state = "aftertable"
            elif s:
                rows.append(s)
            continue
        if not s:
            continue
        if s.startswith("@title "):
            out.append(PARD + "\\qc\\cf2\\b\\f0\\fs32\\lang9 " + esc(s[7:]) + "\\cf0\\b0\\fs22\\par\r\n")
            state = "centre"
        elif s.startswith("@meta "):
            out.append("\\i\\fs20 " + esc(s[6:]) + "\\i0\\fs22\\par\r\n")
        elif s == "@table":
            state = "table"
        elif s.startswith("# "):
            pre = para_prefix()
            red = "trap" in s.lower()
            out.append(pre + ("\\cf1" if red else "") + "\\b\\fs26 " + esc(s[2:])
                       + ("\\cf0" if red else "") + "\\b0\\fs22\\par\r\n")
        elif s.startswith("- "):
            if state != "bullets":
                out.append("\\pard{\\pntext\\f1\\'B7\\tab}{\\*\\pn\\pnlvlblt\\pnf1\\pnindent0{\\pntxtb\\'B7}}"
                           "\\fi-360\\li720\\sa200\\sl276\\slmult1 " + esc(s[2:]) + "\\par\r\n")
                state = "bullets"
            else:
                out.append("{\\pntext\\f1\\'B7\\tab}" + esc(s[2:]) + "\\par\r\n")
        elif s.startswith("* "):
            out.append(para_prefix() + "\\bullet  " + esc(s[2:]) + "\\par\r\n")
        else:
            out.append(para_prefix() + esc(s) + "\\par\r\n")
    out.append("}\r\n\x00")
    return "".join(out).encode("ascii")


def build():
    with open(OUT, "wb") as f:
        f.write(render())


if __name__ == "__main__":
    build()
