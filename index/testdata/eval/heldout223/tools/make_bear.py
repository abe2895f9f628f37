#!/usr/bin/python3
"""Make docs/ashoka-dhamma-officials-edicts.md from tools/ashoka-dhamma-officials-edicts.txt.

The note is written the way Bear 2 exports a note with File > Export Notes > Markdown: UTF-8,
LF line ends, no newline after the last line, the note's title as the first "# " line, nested
list items indented with one tab per level (the source uses two spaces per level), and Bear's
own marks left as they are: ==highlight==, ~underline~, ~~strike~~, #tags and #multi word
tags#, [[wiki links]] (one to a heading, "Note/Heading"), footnote marks [^n] with their text
at the foot, "- [ ]" / "- [x]" to-dos and a file attachment link into the folder Bear writes
beside the note (the attachment itself is not part of the set).

Run: /usr/bin/python3 tools/make_bear.py [OUT]   (output is byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ashoka-dhamma-officials-edicts.txt")
OUT = os.path.join(HERE, "..", "docs", "ashoka-dhamma-officials-edicts.md")


def build(out):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    res, in_code = [], False
    for line in lines:
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code:
            m = re.match(r"^((?:  )+)(- |\d+\. )", line)
            if m:
                line = "\t" * (len(m.group(1)) // 2) + line[len(m.group(1)):]
        res.append(line)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(res))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
