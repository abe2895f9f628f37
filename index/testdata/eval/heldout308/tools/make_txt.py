#!/usr/bin/python3
"""Make docs/landslides-gs3-samsung-notes.txt from tools/landslides-gs3-samsung-notes.txt.

The document is a note typed in Samsung Notes on an Android phone and shared with
Share > Text file: the note's title on the first line, the body below it exactly as typed
(bullets "•", "➤" and "-", ALL-CAPS heading lines with emoji, lines never wrapped, blank lines
only where the writer left them), UTF-8 without a byte-order mark, LF line ends and no newline
after the last line.

Source markup: lines starting with "%%" are comments and are dropped; "<SP>" at the end of a
line is a trailing space the keyboard left there.

Run from anywhere: /usr/bin/python3 tools/make_txt.py [OUT]
Without OUT it writes docs/landslides-gs3-samsung-notes.txt; the output is byte-for-byte
reproducible.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "landslides-gs3-samsung-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "landslides-gs3-samsung-notes.txt")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    body = []
    for line in lines:
        if line.startswith("%%"):
            continue
        if line.endswith("<SP>"):
            line = line[:-4] + " "
        body.append(line)
    while body and body[-1] == "":
        body.pop()
    with open(out, "wb") as f:
        f.write("\n".join(body).encode("utf-8"))


if __name__ == "__main__":
    main()
