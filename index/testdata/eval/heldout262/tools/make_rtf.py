#!/usr/bin/python3
"""Re-make docs/nuclear-three-stage-programme.rtf from tools/nuclear-three-stage-programme.txt.

The output is the RTF that WordPad on Windows 10 (RichEdit, "Riched20 10.0.19041") writes for a
student's notes: CRLF line ends, one paragraph a line ending in \\par, paragraph settings written
with \\pard only where they change, character formatting as toggles, RichEdit's control words for
curly quotes and dashes (\\rquote, \\ldblquote, \\endash ...), Devanagari as \\uN? escapes in a
Nirmala UI run tagged \\lang1081, a table pasted from PowerPoint as \\trowd rows, an auto-detected
URL as a HYPERLINK field, and the NUL byte WordPad leaves after the closing brace.

Source lines are "KIND|text": T title, M meta line, P paragraph, W paragraph pasted from a web
page, H heading, B bullet, N numbered item, R red label paragraph, TR table row (cells split by
"|", first row the header), E empty paragraph. Inline: **bold**, ^^superscript^^, ==highlight==,
[[url]].
Run: /usr/bin/python3 tools/make_rtf.py [OUTDIR]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "nuclear-three-stage-programme"
SRC = os.path.join(HERE, NAME + ".txt")
OUTDIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs")

HEADER = (
    "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang16393{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}"
    "{\\f1\\fnil\\fcharset2 Symbol;}{\\f2\\fnil\\fcharset0 Segoe UI;}{\\f3\\fnil Nirmala UI;}"
    "{\\f4\\fnil\\fcharset0 Cambria;}}\r\n"
    "{\\colortbl ;\\red31\\green56\\blue100;\\red192\\green0\\blue0;\\red89\\green89\\blue89;"
    "\\red0\\green0\\blue255;\\red255\\green255\\blue0;}\r\n"
    "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"
)
NAMED = {"\u2018": "\\lquote ", "\u2019": "\\rquote ", "\u201c": "\\ldblquote ",
         "\u201d": "\\rdblquote ", "\u2013": "\\endash ", "\u2014": "\\emdash ",
         "\u2022": "\\bullet "}
BODY = "\\sa200\\sl276\\slmult1"
BULLET = "{\\*\\pn\\pnlvlblt\\pnf1\\pnindent0{\\pntxtb\\'b7}}\\fi-360\\li720" + BODY
NUMBER = "{\\*\\pn\\pnlvlbody\\pnf0\\pnindent0\\pnstart1\\pndec{\\pntxta.}}\\fi-360\\li720" + BODY


def is_deva(ch):
    return "\u0900" <= ch <= "\u097f"


def chars(text):
    """Escape plain text the way RichEdit does (cp1252 as \\'hh, the rest as \\uN?)."""
    out = []
    deva = False
    for i, ch in enumerate(text):
        d = is_deva(ch)
        # a space between two Devanagari words stays inside the Devanagari run
        if ch == " " and deva:
            nxt = text[i + 1] if i + 1 < len(text) else ""
            d = is_deva(nxt)
        if d and not deva:
            out.append("\\f3\\lang1081 ")
        elif deva and not d:
            out.append("\\f0\\lang9 ")
        deva = d
        if ch in NAMED:
            out.append(NAMED[ch])
        elif ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % ord(ch))
    if deva:
        out.append("\\f0\\lang9 ")
    return "".join(out)


def inline(text):
    out = []
    pos = 0
    pat = re.compile(r"\*\*(.+?)\*\*|\^\^(.+?)\^\^|==(.+?)==|\[\[(.+?)\]\]")
    for m in pat.finditer(text):
        out.append(chars(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append("\\b " + chars(m.group(1)) + "\\b0 ")
        elif m.group(2) is not None:
            out.append("\\super " + chars(m.group(2)) + "\\nosupersub ")
        elif m.group(3) is not None:
            out.append("\\highlight5 " + chars(m.group(3)) + "\\highlight0 ")
        else:
            url = m.group(4)
            out.append("{{\\field{\\*\\fldinst{HYPERLINK %s }}{\\fldrslt{%s\\ul0\\cf0}}}}\\f0\\fs22 "
                       % (url, url))
        pos = m.end()
    out.append(chars(text[pos:]))
    s = "".join(out)
    # a control word's delimiting space is not needed before a backslash or at the line end
    s = re.sub(r"(\\[a-z]+-?\d*) (?=\\)", r"\1", s)
    return s


def table_rows(rows):
    widths = [600, 2100, 1900, 2200, 2200]
    edges, x = [], 0
    for w in widths[:len(rows[0])]:
        x += w
        edges.append(x)
    brd = "\\clbrdrl\\brdrw10\\brdrs\\clbrdrt\\brdrw10\\brdrs\\clbrdrr\\brdrw10\\brdrs\\clbrdrb\\brdrw10\\brdrs "
    out = []
    for r, cells in enumerate(rows):
        out.append("\\trowd\\trgaph108\\trleft0\\trbrdrl\\brdrs\\brdrw10 \\trbrdrt\\brdrs\\brdrw10 "
                   "\\trbrdrr\\brdrs\\brdrw10 \\trbrdrb\\brdrs\\brdrw10 \\trpaddl108\\trpaddr108"
                   "\\trpaddfl3\\trpaddfr3\r\n")
        out.append("".join(brd + "\\cellx%d" % e for e in edges) + " \r\n")
        if r == 0:
            body = "\\b " + "\\cell ".join(inline(c) for c in cells) + "\\b0\\cell\\row"
        else:
            body = "\\cell ".join(inline(c) for c in cells) + "\\cell\\row"
        out.append("\\pard\\intbl\\widctlpar\\fs20 " + body + "\r\n")
    return "".join(out)


def build():
    lines = open(SRC, encoding="utf-8").read().split("\n")
    out = [HEADER]
    fmt = None          # the paragraph settings in force
    num = 0
    rows = []

    def para(pfmt):
        """\\pard and the settings when they change (with the delimiting space), else nothing."""
        nonlocal fmt
        if pfmt != fmt:
            fmt = pfmt
            return "\\pard" + pfmt + " "
        return ""

    for raw in lines:
        if not raw.strip():
            continue
        kind, _, text = raw.partition("|")
        if kind != "TR" and rows:
            out.append(table_rows(rows))
            rows = []
            fmt = None
        if kind != "N":
            num = 0
        if kind == "T":
            out.append("\\pard" + BODY + "\\qc\\cf1\\b\\f4\\fs32\\lang9 " + inline(text)
                       + "\\cf0\\b0\\f0\\fs22\\par\r\n")
            fmt = BODY + "\\qc"
        elif kind == "M":
            out.append(para(BODY + "\\qc") + "\\cf3\\i\\fs18 " + inline(text)
                       + "\\cf0\\i0\\fs22\\par\r\n")
        elif kind == "P":
            out.append(para(BODY) + inline(text) + "\\par\r\n")
        elif kind == "W":
            pf = "\\li360\\ri360" + BODY
            out.append(para(pf) + "\\cf3\\f2\\fs20 " + inline(text) + "\\cf0\\f0\\fs22\\par\r\n")
        elif kind == "H":
            pf = "\\keepn" + BODY
            out.append(para(pf) + "\\cf1\\b\\ul\\f4\\fs24 " + inline(text)
                       + "\\cf0\\b0\\ulnone\\f0\\fs22\\par\r\n")
        elif kind == "B":
            lead = "{\\pntext\\f1\\'b7\\tab}"
            if fmt != BULLET:
                s = "\\pard" + lead + BULLET + " "
                fmt = BULLET
            else:
                s = lead
            out.append(s + inline(text) + "\\par\r\n")
        elif kind == "N":
            num += 1
            lead = "{\\pntext\\f0 %d.\\tab}" % num
            if fmt != NUMBER:
                s = "\\pard" + lead + NUMBER + " "
                fmt = NUMBER
            else:
                s = lead
            out.append(s + inline(text) + "\\par\r\n")
        elif kind == "R":
            label, colon, rest = text.partition(":")
            out.append(para(BODY) + "\\cf2\\b " + chars(label + colon)
                       + "\\b0 " + inline(rest) + "\\cf0\\par\r\n")
        elif kind == "E":
            out.append(para(BODY) + "\\par\r\n")
        elif kind == "TR":
            rows.append(text.split("|"))
        else:
            raise SystemExit("unknown line kind %r" % kind)
    if rows:
        out.append(table_rows(rows))
    out.append("}\r\n\x00")
    data = "".join(out)
    # RichEdit writes no delimiting space between two control words
    data = re.sub(r"(\\[a-z]+-?\d*) (?=\\)", r"\1", data)
    return data.encode("ascii")


def main():
    data = build()
    os.makedirs(OUTDIR, exist_ok=True)
    with open(os.path.join(OUTDIR, NAME + ".rtf"), "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
