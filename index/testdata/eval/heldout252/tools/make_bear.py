#!/usr/bin/python3
"""Make docs/frbm-act-bear-note.txt from tools/frbm-act-bear-note.txt.

The document is a Bear 2 note exported with File > Export Notes > TXT: the note's own text
(Bear's Markdown: "# " title line, the tag line, "## " headings, "- " bullets nested with tabs,
"1. " lists, "- [x]" / "- [ ]" to-dos, a pipe table, "> " quotes, ==highlight==, ~~strike~~,
**bold**, *italic*, [[wiki links]], a fenced block, an image link with Bear's width comment),
UTF-8, LF line ends, and no newline after the last line.

Source markup: lines starting with "%%" are comments; two spaces at the start of a list line
stand for one tab.
Run from anywhere: /usr/bin/python3 tools/make_bear.py [OUT]   (output is byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "frbm-act-bear-note.txt")
OUT = os.path.join(HERE, "..", "docs", "frbm-act-bear-note.txt")
LIST = re.compile(r"^((?:  )+)(- |\d+\. )")


def build(out):
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%%")]
    fixed = []
    for line in lines:
        m = LIST.match(line)
        if m:
            line = "\t" * (len(m.group(1)) // 2) + line[len(m.group(1)):]
        fixed.append(line.rstrip(" "))
    text = "\n".join(fixed).rstrip("\n")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "wb") as f:
        f.write(text.encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
