#!/usr/bin/python3
"""Re-make docs/places-of-worship-act-class-notes.txt from tools/places-of-worship-act-class-notes.txt.

The notes were typed in Windows Notepad while watching a recorded class and saved as
"UTF-8 with BOM": the file starts with the byte order mark EF BB BF, every line ends CRLF
(including the last), and nothing is wrapped (Notepad's word wrap only changes the view).
The source in tools/ is the same text with LF line ends and no BOM.
Run from anywhere: /usr/bin/python3 tools/make_txt.py [output path]; standard library only, the
output is the same byte for byte on every run.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "places-of-worship-act-class-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "places-of-worship-act-class-notes.txt")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    data = "\ufeff" + "".join(l.rstrip(" ") + "\r\n" for l in lines)
    with open(out, "wb") as f:
        f.write(data.encode("utf-8"))


if __name__ == "__main__":
    main()
