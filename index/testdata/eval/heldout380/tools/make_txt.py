#!/usr/bin/python3
"""Re-make docs/new-criminal-laws-samsung-notes.txt byte for byte from its source text.

The file is shaped as Samsung Notes (Android) writes a note shared with "Share > Text file": UTF-8
without a byte-order mark, LF line endings, the note's title on the first line and a blank line,
then the body exactly as it was typed on the phone (emoji bullets, some with the U+FE0F variation
selector, lines broken where the writer pressed Enter, trailing spaces left before some of those
breaks, no newline after the last line).

Source: tools/new-criminal-laws-samsung-notes.txt ("@title" line, then the body; "{sp}" marks a
trailing space).
Usage: /usr/bin/python3 tools/make_txt.py [output.txt]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "new-criminal-laws-samsung-notes.txt")
OUT = os.path.join(ROOT, "docs", "new-criminal-laws-samsung-notes.txt")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    lines = open(SRC, encoding="utf-8").read().rstrip("\n").split("\n")
    assert lines[0].startswith("@title ")
    body = [l.replace("{sp}", " ") for l in lines[1:]]
    text = lines[0][7:] + "\n\n" + "\n".join(body)
    with open(out, "wb") as f:
        f.write(text.encode("utf-8"))


if __name__ == "__main__":
    main()
