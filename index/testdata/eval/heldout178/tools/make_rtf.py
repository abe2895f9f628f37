#!/usr/bin/python3
"""Re-make docs/pushyabhutis-and-harshas-wars.rtf from tools/pushyabhutis-and-harshas-wars.txt.

The output is written the way WordPad (RichEdit 10, "Riched20 10.0.19041") saves a document:
a {\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat header, a font table and a colour table, the
\\*\\generator group, one \\pard ... \\par paragraph a line, WordPad's \\pn bullets and numbered
lists with their \\pntext fallbacks, a table drawn with \\trowd ... \\cell ... \\row rows,
cp1252 characters as \\'hh and others as \\uN?, CRLF line ends and the NUL byte RichEdit leaves
after the closing brace.

Source markup (one paragraph a line): "@title", "@meta", "# " heading, "## " subheading,
"- " bullet, "1. " numbered item, "!! " red warning paragraph (bold up to the first colon),
"@table" ... "@endtable" rows of cells split by " | " (first row bold), **bold** inline,
a blank line = an empty paragraph.

Run from anywhere: /usr/bin/python3 tools/make_rtf.py  (standard library only; byte for byte)
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pushyabhutis-and-harshas-wars.txt")
OUT = os.path.join(HERE, "..", "docs", "pushyabhutis-and-harshas-wars.rtf")

HEADER = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033"
          "{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset0 Cambria;}"
          "{\\f2\\fnil\\fcharset2 Symbol;}}\r\n"
          "{\\colortbl ;\\red31\\green56\\blue100;\\red192\\green0\\blue0;}\r\n"
          "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n")
PARA = "\\pard\\sa200\\sl276\\slmult1"
BRDR = "\\brdrw10\\brdrs"
CELLS = (1900, 7100, 9700)


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


def inline(text):
    parts = re.split(r"\*\*(.+?)\*\*", text)
    out = []
    for i, p in enumerate(parts):
        if i % 2:
            out.append("\\b " + esc(p) + "\\b0 ")
        else:
            out.append(esc(p))
    return "".join(out)


def table_row(cells, bold):
    row = ("\\trowd\\trgaph108\\trleft-108\\trbrdrl\\brdrs\\brdrw10 \\trbrdrt\\brdrs\\brdrw10 "
           "\\trbrdrr\\brdrs\\brdrw10 \\trbrdrb\\brdrs\\brdrw10 \\trpaddl108\\trpaddr108"
           "\\trpaddfl3\\trpaddfr3\r\n")
    row += "".join("\\clbrdrl%s\\clbrdrt%s\\clbrdrr%s\\clbrdrb%s \\cellx%d" % (BRDR, BRDR, BRDR, BRDR, x)
                   for x in CELLS) + " \r\n"
    body = "\\cell ".join(esc(c.strip()) for c in cells)
    if bold:
        row += "\\pard\\intbl\\widctlpar\\b " + body + "\\cell\\b0\\row\r\n"
    else:
        row += "\\pard\\intbl\\widctlpar " + body + "\\cell\\row\r\n"
    return row


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out = [HEADER]
    first = True
    mode, n, rows = None, 0, None
    for line in lines:
        s = line.rstrip()
        lang = ""
        if first:
            lang = "\\lang9"
            first = False
        if rows is not None:
            if s == "@endtable":
                for i, r in enumerate(rows):
                    out.append(table_row(r.split(" | "), i == 0))
                rows = None
                mode = None
            elif s:
                rows.append(s)
            continue
        if s == "@table":
            rows = []
            continue
        if s.startswith("- "):
            if mode != "bullet":
                out.append("\\pard{\\pntext\\f2\\'b7\\tab}{\\*\\pn\\pnlvlblt\\pnf2\\pnindent0"
                           "{\\pntxtb\\'b7}}\\fi-360\\li720\\sa200\\sl276\\slmult1 "
                           + inline(s[2:]) + "\\par\r\n")
            else:
                out.append("{\\pntext\\f2\\'b7\\tab}" + inline(s[2:]) + "\\par\r\n")
            mode = "bullet"
            continue
        m = re.match(r"(\d+)\. (.*)", s)
        if m:
            k = int(m.group(1))
            if mode != "num":
                out.append("\\pard{\\pntext\\f0 %d.\\tab}{\\*\\pn\\pnlvlbody\\pnf0\\pnindent0"
                           "\\pnstart1\\pndec{\\pntxta.}}\\fi-360\\li720\\sa200\\sl276\\slmult1 " % k
                           + inline(m.group(2)) + "\\par\r\n")
            else:
                out.append("{\\pntext\\f0 %d.\\tab}" % k + inline(m.group(2)) + "\\par\r\n")
            mode = "num"
            continue
        mode = None
        if s.startswith("@title "):
            out.append("\\pard\\sa200\\sl276\\slmult1\\qc\\cf1\\b\\f1\\fs32" + lang + " "
                       + esc(s[7:]) + "\\cf0\\b0\\f0\\fs22\\par\r\n")
        elif s.startswith("@meta "):
            out.append(PARA + "\\i\\fs18 " + esc(s[6:]) + "\\i0\\fs22\\par\r\n")
        elif s.startswith("## "):
            out.append("\\pard\\keepn\\sb120\\sa120\\sl276\\slmult1\\b\\ul " + esc(s[3:])
                       + "\\ulnone\\b0\\par\r\n")
        elif s.startswith("# "):
            out.append("\\pard\\keepn\\sb240\\sa120\\sl276\\slmult1\\cf1\\b\\f1\\fs26 " + esc(s[2:])
                       + "\\cf0\\b0\\f0\\fs22\\par\r\n")
        elif s.startswith("!! "):
            head, _, rest = s[3:].partition(":")
            out.append(PARA + "\\cf2\\b " + esc(head + ":") + "\\b0 " + inline(rest.lstrip())
                       + "\\cf0\\par\r\n")
        elif not s:
            out.append(PARA + "\\par\r\n")
        else:
            out.append(PARA + " " + inline(s) + "\\par\r\n")
    out.append("}\r\n\x00")
    data = "".join(out)
    assert data.isascii()
    with open(OUT, "wb") as f:
        f.write(data.encode("ascii"))


if __name__ == "__main__":
    build()
