#!/usr/bin/python3
"""Make docs/heat-action-plans-class-notes.txt from tools/heat-action-plans-class-notes.txt.

The class notes were typed in Windows Notepad and saved with "Save as" -> Encoding "UTF-8":
every line ends in CRLF, there is no byte-order mark, and - as Notepad leaves it when the last
line is typed without pressing Enter - no line break after the last line. Tabs used for indents
and the trailing spaces of the typed lines are kept as they are. The source in tools/ is the same
text with LF line ends (and a final newline), so it reads the same on any system.

Run from anywhere: /usr/bin/python3 tools/make_txt.py  (standard library only)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "heat-action-plans-class-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "heat-action-plans-class-notes.txt")


def main():
    with open(SRC, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    data = "\r\n".join(lines).encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
