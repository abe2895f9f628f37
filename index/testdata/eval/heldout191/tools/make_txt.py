#!/usr/bin/python3
"""Re-make docs/mahajanapadas-class-notes.txt from tools/mahajanapadas-class-notes.txt.

The source is kept with LF line endings; the document is what Windows Notepad
saves: UTF-8 without a BOM, CRLF line endings, tabs kept as typed, and no
newline after the last line.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mahajanapadas-class-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "mahajanapadas-class-notes.txt")


def main():
    with open(SRC, "r", encoding="utf-8", newline="") as f:
        text = f.read()
    text = text.replace("\r\n", "\n").rstrip("\n")
    lines = text.split("\n")
    # a few lines were typed with stray spaces at the end (Notepad keeps them)
    trailing = {
        "RK sir | batch B2 (evening) | *** revise before sunday test ***": "  ",
        "SOURCES": " ",
        "ECONOMY - 2ND URBANISATION": "\t",
    }
    out = [line + trailing.get(line, "") for line in lines]
    data = "\r\n".join(out).encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
