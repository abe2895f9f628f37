#!/usr/bin/python3
"""Re-make docs/mains-practice-fiscal-federalism.txt from
tools/mains-practice-fiscal-federalism.txt.

The student typed the file in Windows Notepad: UTF-8 without a BOM, CRLF line
endings, ending with one CRLF. The source is kept with LF endings; this script
only converts them. Deterministic: same input, same bytes.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mains-practice-fiscal-federalism.txt")
OUT = os.path.join(HERE, "..", "docs", "mains-practice-fiscal-federalism.txt")


def main():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    lines = text.rstrip("\n").split("\n")
    data = ("\r\n".join(l.rstrip() for l in lines) + "\r\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
