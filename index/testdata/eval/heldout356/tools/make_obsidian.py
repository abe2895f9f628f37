#!/usr/bin/python3
"""Re-make docs/ism-gujarat-cluster-obsidian.md from tools/ism-gujarat-cluster-obsidian.txt.

The note is written as Obsidian (1.x, default settings) saves it: UTF-8 without BOM, LF line
ends, YAML front matter in the Properties editor's shape (list properties as block sequences
with two-space "- " items, text properties unquoted unless they hold a wiki link), nested list
items indented with tabs ("Use tabs" on), and no newline after the last line.  In the source
text list properties are written "key = [a, b]" and nesting is written with four spaces.
Deterministic.  Usage: make_obsidian.py [output path]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "ism-gujarat-cluster-obsidian.txt")
OUT = os.path.join(ROOT, "docs", "ism-gujarat-cluster-obsidian.md")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    text = open(SRC, encoding="utf-8").read()
    head, body = text.split("\n===\n", 1)
    fm = ["---"]
    for line in head.split("\n"):
        key, val = line.split(" = ", 1)
        if val.startswith("[") and val.endswith("]"):
            fm.append("%s:" % key)
            fm.extend("  - %s" % v for v in val[1:-1].split(", "))
        else:
            fm.append("%s: %s" % (key, val))
    fm.append("---")
    lines = []
    for line in body.split("\n"):
        m = re.match(r"^((?:    )+)(?=[-0-9>])", line)
        if m:
            line = "\t" * (len(m.group(1)) // 4) + line[len(m.group(1)):]
        lines.append(line)
    note = "\n".join(fm) + "\n" + "\n".join(lines)
    note = note.rstrip("\n")
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write(note)


if __name__ == "__main__":
    main()
