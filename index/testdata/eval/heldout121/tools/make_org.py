#!/usr/bin/python3
"""Re-make docs/gupta-science-and-literature.org from tools/gupta-science-and-literature.txt.

Run from anywhere: /usr/bin/python3 tools/make_org.py [output path]
Standard library only; byte-for-byte reproducible.

The source is the note as typed; this script does what Emacs Org mode does to it on save
and on C-c C-c: every table is aligned (each column padded to its widest cell, one space
inside each bar, a "|-" rule line expanded to "|---+---|"), and headline tags are pushed
right so that they end at column 77 (org-tags-column -77). Everything else is copied as is.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gupta-science-and-literature.txt")
OUT = os.path.join(HERE, "..", "docs", "gupta-science-and-literature.org")
TAGS_COLUMN = 77


def align_table(rows):
    cells = [None if re.match(r"\|-", r) else [c.strip() for c in r.strip().strip("|").split("|")]
             for r in rows]
    ncol = max(len(c) for c in cells if c)
    widths = [0] * ncol
    for c in cells:
        if c:
            for i, v in enumerate(c):
                widths[i] = max(widths[i], len(v))
    out = []
    for c in cells:
        if c is None:
            out.append("|" + "+".join("-" * (w + 2) for w in widths) + "|")
        else:
            c = c + [""] * (ncol - len(c))
            out.append("|" + "|".join(" %s " % v.ljust(w) for v, w in zip(c, widths)) + "|")
    return out


def align_tags(line):
    m = re.match(r"^(\*+ .*?)\s+(:[\w@:]+:)\s*$", line)
    if not m:
        return line
    head, tags = m.groups()
    pad = max(1, TAGS_COLUMN - len(head) - len(tags))
    return head + " " * pad + tags


def build(out_path=OUT):
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
        out.append(align_tags(line) if line.startswith("*") else line)
    if table:
        out.extend(align_table(table))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
