#!/usr/bin/python3
"""Re-make docs/cyclone-ews-ndma-notes.txt from tools/cyclone-ews-ndma-notes.txt.

The document is a plain-text file typed in Notepad++ on Windows and saved with its defaults:
UTF-8 without a byte-order mark, Windows (CR LF) line endings, indentation typed with the Tab
key, and no line break after the last line (Notepad++ does not add one).

The source in tools/ is kept with LF endings and four spaces per indentation level, so that it
reads the same in any editor; this script turns every leading group of four spaces into one
tab (a line indented with two spaces keeps them, as typed), ends lines with CR LF and drops the
final line break.
Run from anywhere: /usr/bin/python3 tools/make_txt.py (byte-for-byte reproducible).
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cyclone-ews-ndma-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "cyclone-ews-ndma-notes.txt")


def tabify(line):
    m = re.match(r"^((?:    )*)(.*)$", line)
    return "\t" * (len(m.group(1)) // 4) + m.group(2)


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out = "\r\n".join(tabify(l) for l in lines)
    with open(OUT, "wb") as f:
        f.write(out.encode("utf-8"))


if __name__ == "__main__":
    main()
