#!/usr/bin/python3
"""Make docs/sup-ban-plastics-treaty-phone-notes.txt from tools/sup-ban-plastics-treaty-phone-notes.txt.

The document is a note typed on an Android phone and shared as a plain-text file: UTF-8
without a byte-order mark, LF line ends, no line break after the last line, and the
trailing spaces the keyboard left on some lines. The student typed her title and headings
with a "fancy fonts" keyboard, so their letters and digits are Unicode Mathematical Sans-Serif
Bold characters (U+1D5D4 onwards; digits from U+1D7EC), each heading led by an emoji.

Source markup: "!T <emoji> | <text>" is the title line and "# <emoji> | <text>" a heading;
the script writes "<emoji> <text in sans-serif bold>". Every other line is copied as it is.

Run: /usr/bin/python3 tools/make_txt.py  (output is byte-for-byte stable)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sup-ban-plastics-treaty-phone-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "sup-ban-plastics-treaty-phone-notes.txt")


def fancy(text):
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D5D4 + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D5EE + ord(ch) - ord("a")))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7EC + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def build():
    with open(SRC, encoding="utf-8", newline="") as f:
        lines = f.read().rstrip("\n").split("\n")
    out = []
    for line in lines:
        if line.startswith(("!T ", "# ")):
            emoji, text = line.split(" ", 1)[1].split(" | ", 1)
            out.append("%s %s" % (emoji, fancy(text)))
        else:
            out.append(line)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
