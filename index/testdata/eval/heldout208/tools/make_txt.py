#!/usr/bin/python3
"""Make docs/crz-2019-coastal-zones-notes.txt from tools/crz-2019-coastal-zones-notes.txt.

The output imitates what Word for Microsoft 365 writes with File > Save As > Plain Text (*.txt),
encoding "Unicode (UTF-8)", "Insert line breaks" off and "Allow character substitution" off:

  - a UTF-8 byte-order mark, CRLF at the end of every paragraph, one paragraph a line;
  - the heading numbers of the multilevel list typed out ("1.", "2.1") with a tab after them;
  - list numbers and bullets written as characters with a tab after them: "1." for the decimal
    list, the Symbol bullet as "•", the Courier New second-level bullet as "o", and the
    Wingdings arrow and square bullets as "Ø" and "§" (Word writes the font's code point);
  - a table written one row a line with its cells separated by tabs;
  - the table of contents field result: number, tab, heading, tab, page number;
  - footnote references as "[n]" and the footnotes themselves after the text, under a rule.

Run from anywhere: /usr/bin/python3 tools/make_txt.py [--out PATH]
The output is byte-for-byte reproducible.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "crz-2019-coastal-zones-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "crz-2019-coastal-zones-notes.txt")

BULLETS = {"* ": "\u2022", "** ": "o", "> ": "\u00d8", "$ ": "\u00a7"}


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l and not l.startswith("%")]


def fnref(s):
    return re.sub(r"\[\^(\d+)\]", r"[\1]", s)


def build():
    lines = read_source()
    # First pass: number the headings and note their pages for the TOC.
    page, h1, h2, toc = 1, 0, 0, []
    for l in lines:
        if l.startswith("@page "):
            page = int(l.split()[1])
        elif l.startswith("## "):
            h2 += 1
            toc.append(("%d.%d" % (h1, h2), l[3:], page))
        elif l.startswith("# "):
            h1 += 1
            h2 = 0
            toc.append(("%d." % h1, l[2:], page))
    out, notes, n_item, h1, h2 = [], [], 0, 0, 0
    for l in lines:
        if not re.match(r"1\) ", l):
            n_item = 0
        if l.startswith("@page "):
            continue
        if l.startswith("@fn "):
            n, text = l[4:].split(" ", 1)
            notes.append("[%s] %s" % (n, text))
        elif l.startswith("@title ") or l.startswith("@para "):
            out.append(l.split(" ", 1)[1])
        elif l == "@empty":
            out.append("")
        elif l == "@toc":
            out.append("Contents")
            for num, text, pg in toc:
                out.append("%s\t%s\t%d" % (num, text, pg))
        elif l.startswith("## "):
            h2 += 1
            out.append("%d.%d\t%s" % (h1, h2, l[3:]))
        elif l.startswith("# "):
            h1 += 1
            h2 = 0
            out.append("%d.\t%s" % (h1, l[2:]))
        elif l.startswith("| "):
            cells = [c.strip() for c in l.strip().strip("|").split(" | ")]
            out.append("\t".join(fnref(c) for c in cells))
        elif re.match(r"1\) ", l):
            n_item += 1
            out.append("%d.\t%s" % (n_item, fnref(l[3:])))
        else:
            for key in ("** ", "* ", "> ", "$ "):
                if l.startswith(key):
                    out.append("%s\t%s" % (BULLETS[key], fnref(l[len(key):])))
                    break
            else:
                out.append(fnref(l))
    out.append("")
    out.append("________________")
    out.extend(notes)
    return "\ufeff" + "\r\n".join(out) + "\r\n"


def main():
    out = OUT
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out = sys.argv[2]
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(build())


if __name__ == "__main__":
    main()
