#!/usr/bin/python3
"""Make docs/semiconductor-supply-chains.md from tools/semiconductor-supply-chains.txt.

The note imitates a Bear 2 note exported as Markdown: the title as the first "# " line, the
==highlight== marks, ~~strikethrough~~, **bold** and *italic*, [[wiki links]] joined by " · ",
an attachment image in the folder Bear writes beside the note (not kept in the set), pipe
tables, "- [ ]" / "- [x]" to-do items, a "> " quote, emoji in headings, and the note's tags on
the last line (nested tags with "/", a multi-word tag closed by a second "#"). Bear indents
nested list items with tabs and writes no newline after the last line.

Run from anywhere: /usr/bin/python3 tools/make_md.py [output-path]
The output is the same bytes every time.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "semiconductor-supply-chains.txt")
OUT = os.path.join(HERE, "..", "docs", "semiconductor-supply-chains.md")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    while lines and not lines[-1].strip():
        lines.pop()
    res = []
    for l in lines:
        m = re.match(r"^((?:    )*)(.*)$", l)
        res.append("\t" * (len(m.group(1)) // 4) + m.group(2))
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(res))


if __name__ == "__main__":
    main()
