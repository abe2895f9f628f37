#!/usr/bin/python3
"""Re-make docs/indus-waters-revision.org from tools/indus-waters-revision.txt.

Run from anywhere: /usr/bin/python3 tools/make_org.py
Standard library only. The source is the note as the student typed it; this does what Emacs
Org mode does on save with the default settings: headline tags are right-aligned to column 77
(org-tags-column -77, one space when the headline is too long) and every table is aligned as
by TAB / C-c C-c (cells padded to the widest one, columns that are mostly numbers
right-aligned, "|-" rows expanded into full |---+---| rules). The output is the same byte for
byte every time.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "indus-waters-revision.txt")
OUT = os.path.join(HERE, "..", "docs", "indus-waters-revision.org")
TAGS_COLUMN = 77
HEADLINE = re.compile(r"^(\*+ .*?)\s+(:[\w@#%:]+:)\s*$")
NUMBER = re.compile(r"^[<>]?[-+^.0-9]*[0-9][-+^.0-9eEdDx()%:]*$")


def align_tags(line):
    m = HEADLINE.match(line)
    if not m:
        return line
    head, tags = m.group(1), m.group(2)
    pad = max(1, TAGS_COLUMN - len(head) - len(tags))
    return head + " " * pad + tags


def align_table(rows):
    cells = [None if re.match(r"^\|-", r.strip()) else [c.strip() for c in r.strip().strip("|").split("|")]
             for r in rows]
    ncol = max(len(c) for c in cells if c)
    for c in cells:
        if c:
            c.extend([""] * (ncol - len(c)))
    width = [max(len(c[i]) for c in cells if c) for i in range(ncol)]
    right = []
    for i in range(ncol):
        vals = [c[i] for c in cells if c and c[i]]
        nums = sum(1 for v in vals if NUMBER.match(v))
        right.append(nums >= 0.5 * len(vals))
    out = []
    for c in cells:
        if c is None:
            out.append("|" + "+".join("-" * (w + 2) for w in width) + "|")
        else:
            out.append("|" + "|".join(" " + (v.rjust(w) if r else v.ljust(w)) + " "
                                      for v, w, r in zip(c, width, right)) + "|")
    return out


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, table = [], []
    for line in lines:
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            out.extend(align_table(table))
            table = []
        out.append(align_tags(line))
    if table:
        out.extend(align_table(table))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
