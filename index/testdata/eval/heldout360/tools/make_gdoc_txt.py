#!/usr/bin/python3
"""Re-make docs/electoral-bonds-polity-class-notes.txt byte for byte.

The document is a Google Doc of class notes downloaded with File > Download > Plain text (.txt):
UTF-8 with a byte-order mark, CRLF line ends and no line end after the last line; one line per
paragraph, so a heading is just its text on a line of its own (the student left an empty
paragraph above each one); list items keep the list's glyphs, "●" at the first level and "o"
at the second, three spaces of indent per level; a horizontal line comes out as a row of
underscores; the footnote keeps its "[1]" marker in the text and its text after the body, and
the comment its "[a]" anchor with the comment text at the very end, as the export writes them.
The typing is Docs' own: curly quotes and apostrophes, "–" and "→" from the automatic
substitutions, "≈" typed from the Insert > Special characters menu.

Source: tools/electoral-bonds-polity-class-notes.txt ("# " marks a heading, "* " and "  * " the
two list levels, "---" a horizontal line)
Run: /usr/bin/python3 tools/make_gdoc_txt.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "electoral-bonds-polity-class-notes.txt")
OUT = os.path.join(ROOT, "docs", "electoral-bonds-polity-class-notes.txt")


def build():
    out = []
    for line in open(SRC, encoding="utf-8").read().rstrip("\n").split("\n"):
        if line.startswith("# "):
            out.append("")
            out.append(line[2:])
        elif line.startswith("  * "):
            out.append("   o " + line[4:])
        elif line.startswith("* "):
            out.append("● " + line[2:])
        elif line == "---":
            out.append("________________")
        else:
            out.append(line)
    return "\ufeff" + "\r\n".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(build().encode("utf-8"))


if __name__ == "__main__":
    main()
