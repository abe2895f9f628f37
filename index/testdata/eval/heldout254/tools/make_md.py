#!/usr/bin/python3
"""Re-make docs/Seismic Zoning of India.md from tools/Seismic Zoning of India.txt.

The note is kept as Obsidian keeps it on disk: UTF-8, LF line ends, no byte-order mark, and no
newline after the last line (the editor does not add one). The source text is the note itself,
so this script only fixes those three things.
Run: /usr/bin/python3 tools/make_md.py [OUT]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "Seismic Zoning of India.txt")
OUT = os.path.join(HERE, "..", "docs", "Seismic Zoning of India.md")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("\r\n", "\n").rstrip("\n")
    with open(out, "wb") as f:
        f.write(text.encode("utf-8"))


if __name__ == "__main__":
    main()
