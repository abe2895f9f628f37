#!/usr/bin/python3
"""Make docs/part-ix-73rd-amendment-roam.md from tools/part-ix-73rd-amendment-roam.txt.

The output imitates one page exported from Roam Research ("..." menu > Export > Markdown): no
title line (the page name is the file name), every block a "- " bullet, children indented four
spaces a level, attributes written "name:: value", heading blocks as "- ### ...", LF endings and
no newline after the last block. Blocks that hold several lines (the code block) go out as Roam
writes them: the first line after the bullet, the rest at the left margin, unindented.

The source is the same outline with two spaces a level; lines that do not start with "- " are
continuation lines of the block above and are copied as they are.

Run from anywhere: /usr/bin/python3 tools/make_roam.py  (standard library only)
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "part-ix-73rd-amendment-roam.txt")
OUT = os.path.join(HERE, "..", "docs", "part-ix-73rd-amendment-roam.md")


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out = []
    for line in lines:
        m = re.match(r"( *)- (.*)$", line)
        if m:
            depth = len(m.group(1)) // 2
            out.append("    " * depth + "- " + m.group(2))
        else:
            out.append(line)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
