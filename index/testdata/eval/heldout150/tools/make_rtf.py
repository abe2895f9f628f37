#!/usr/bin/python3
"""Re-make docs/article-312-and-the-ais.rtf from tools/article-312-and-the-ais.txt.

Run from anywhere: /usr/bin/python3 tools/make_rtf.py
Standard library only; the output is byte-for-byte reproducible. The file is written the way
WordPad (Riched20) saves a document: a {\\rtf1\\ansi\\ansicpg1252 header with a font table,
a colour table and the \\*\\generator group, \\pard paragraphs ended by \\par and CRLF, \\b and
\\i toggles, bullets as \\pard\\fi-360\\li720 paragraphs with a {\\pntext ...} group and a
{\\*\\pn ...} destination, numbered paragraphs with \\pndec, a bordered table (\\trowd ...
\\cellx, \\intbl, \\cell, \\row) and every non-ASCII character as \\uN? with \\uc1.

Source mark-up: "@title", "@meta", "# " heading, "- " bullet, "-- " second-level bullet,
"1. " numbered item, "! " red remark, "@table" ... "@endtable" (cells split on "|"),
anything else a body paragraph; **bold** and *italic* inline.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "article-312-and-the-ais.txt")
OUT = os.path.join(HERE, "..", "docs", "article-312-and-the-ais.rtf")

HEADER = (
    r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1033"
    r"{\fonttbl{\f0\fswiss\fprq2\fcharset0 Calibri;}{\f1\froman\fprq2\fcharset0 Cambria;}"
    r"{\f2\fnil\fcharset2 Symbol;}}" "\r\n"
    r"{\colortbl ;\red31\green56\blue100;\red192\green0\blue0;\red89\green89\blue89;"
    r"\red217\green226\blue243;}" "\r\n"
    r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1 " "\r\n"
)
BODY = r"\pard\sa120\sl264\slmult1\f0\fs22\lang9 "


def esc(text):
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            n = ord(ch)
            if n > 32767:
                n -= 65536
            out.append("\\u%d?" % n)
    return "".join(out)


def inline(text):
    """Escape text and turn **bold** / *italic* into \\b ... \\b0 / \\i ... \\i0."""
    parts = re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", text)
    out = []
    for p in parts:
        if p.startswith("**") and p.endswith("**") and len(p) > 4:
            out.append(r"\b " + esc(p[2:-2]) + r"\b0 ")
        elif p.startswith("*") and p.endswith("*") and len(p) > 2:
            out.append(r"\i " + esc(p[1:-1]) + r"\i0 ")
        else:
            out.append(esc(p))
    s = "".join(out)
    # a control word's delimiting space before punctuation is not wanted
    return s


def table(rows):
    widths = [2600, 5000, 7600, 9360]
    border = (r"\clbrdrl\brdrw10\brdrs\clbrdrt\brdrw10\brdrs\clbrdrr\brdrw10\brdrs"
              r"\clbrdrb\brdrw10\brdrs ")
    out = []
    for i, row in enumerate(rows):
        cells = [c.strip() for c in row.split("|")]
        trow = (r"\trowd\trgaph108\trleft5\trbrdrl\brdrs\brdrw10 \trbrdrt\brdrs\brdrw10 "
                r"\trbrdrr\brdrs\brdrw10 \trbrdrb\brdrs\brdrw10 \trpaddl108\trpaddr108"
                r"\trpaddfl3\trpaddfr3" "\r\n")
        for w in widths:
            trow += (r"\clcbpat4" if i == 0 else "") + border + r"\cellx%d" % w
        out.append(trow + " \r\n")
        line = r"\pard\intbl\widctlpar\sl240\slmult1\fs20 "
        for c in cells:
            if i == 0:
                line += r"\b " + esc(c) + r"\b0\cell "
            else:
                line += esc(c) + r"\cell "
        out.append(line + r"\row " + "\r\n")
    return "".join(out)


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = [HEADER]
    rows, in_table = [], False
    for line in lines:
        s = line.rstrip()
        if not s:
            continue
        if s == "@table":
            in_table, rows = True, []
            continue
        if s == "@endtable":
            in_table = False
            out.append(table(rows))
            continue
        if in_table:
            rows.append(s)
            continue
        if s.startswith("@title "):
            out.append(r"\pard\sa120\sl276\slmult1\qc\cf1\b\f1\fs32\lang9 " + esc(s[7:])
                       + r"\cf0\b0\f0\fs22\par" "\r\n")
        elif s.startswith("@meta "):
            out.append(r"\cf3\i\fs18 " + esc(s[6:]) + r"\cf0\i0\fs22\par" "\r\n")
        elif s.startswith("# "):
            out.append(r"\pard\keepn\sb240\sa80\sl264\slmult1\cf1\b\f1\fs26 " + esc(s[2:])
                       + r"\cf0\b0\f0\fs22\par" "\r\n")
        elif s.startswith("-- "):
            out.append(r"\pard\fi-360\li1080\sa60\sl264\slmult1{\pntext\f0 o\tab}"
                       r"{\*\pn\pnlvlblt\pnf0\pnindent0{\pntxtb o}}" + inline(s[3:]) + r"\par" "\r\n")
        elif s.startswith("- "):
            out.append(r"\pard\fi-360\li720\sa60\sl264\slmult1{\pntext\f0\bullet\tab}"
                       r"{\*\pn\pnlvlblt\pnf0\pnindent0{\pntxtb\bullet}}" + inline(s[2:]) + r"\par" "\r\n")
        elif re.match(r"\d+\. ", s):
            num, rest = s.split(" ", 1)
            out.append(r"\pard\fi-360\li720\sa80\sl264\slmult1{\pntext\f0 " + num + r"\tab}"
                       r"{\*\pn\pnlvlbody\pnf0\pnindent0\pnstart1\pndec{\pntxta.}}"
                       + inline(rest) + r"\par" "\r\n")
        elif s.startswith("! "):
            label, rest = s[2:].split(":", 1)
            out.append(BODY + r"\cf2\b " + esc(label) + r":\b0\cf0  " + inline(rest.strip())
                       + r"\par" "\r\n")
        else:
            out.append(BODY + inline(s) + r"\par" "\r\n")
    out.append("}\r\n")
    data = "".join(out).encode("ascii")
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    build()
