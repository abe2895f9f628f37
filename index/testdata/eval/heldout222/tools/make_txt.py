#!/usr/bin/python3
"""Re-make docs/imd-cyclone-warnings-and-names.txt from tools/imd-cyclone-warnings-and-names.txt.

The document is a student's Notepad file (Windows 11 Notepad, Word Wrap off, saved as UTF-8
without a BOM): every long point was broken by hand with Enter near column 74 and its later
lines indented with spaces under the first word of the text (a hanging indent), so that
"  * ", "  Stage 2  ", "  (e) ", "  Oct 2024     " and the like stand out on the left.

Source markup (see the header of the source file): a line holding "{}" is wrapped at 74
columns with its continuation lines indented to the column of "{}"; "@rule" is a row of 72
dashes and "@rule=" a row of 72 "="; lines starting with "#" are dropped; everything else is
copied. Output has CR LF line ends and no line break after the last line.

Run: /usr/bin/python3 tools/make_txt.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "imd-cyclone-warnings-and-names.txt"
SRC = os.path.join(HERE, NAME)
OUT = os.path.join(HERE, "..", "docs", NAME)
WIDTH = 74


def wrap(line):
    hang = line.index("{}")
    head, text = line[:hang], line[hang + 2:]
    out, cur = [], head
    for word in text.split(" "):
        if cur.strip() and cur != head and len(cur) + 1 + len(word) > WIDTH:
            out.append(cur)
            cur = " " * hang + word
        elif cur == head or cur == " " * hang:
            cur += word
        else:
            cur += " " + word
    out.append(cur)
    return out


def main():
    with open(SRC, encoding="utf-8") as f:
        src = f.read().split("\n")
    while src and src[-1] == "":
        src.pop()
    lines = []
    for line in src:
        if line.startswith("#"):
            continue
        if line == "@rule":
            lines.append("-" * 72)
        elif line == "@rule=":
            lines.append("=" * 72)
        elif "{}" in line:
            lines.extend(wrap(line))
        else:
            lines.append(line)
    with open(OUT, "wb") as f:
        f.write("\r\n".join(lines).encode("utf-8"))


if __name__ == "__main__":
    main()
