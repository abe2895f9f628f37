#!/usr/bin/python3
"""Re-make docs/cabinet-mission-timeline.org from tools/cabinet-mission-timeline.txt.

Run from anywhere: /usr/bin/python3 tools/make_org.py
Does what Emacs Org mode does when the note is saved after `C-c C-c` on each table and
`org-align-tags` on each heading: tables are padded to their widest cell with `|---+---|`
rule lines (org-table-align, numbers right-aligned), heading tags end at column 77
(org-tags-column -77), LF line ends and a final newline. Standard library only, byte for byte.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cabinet-mission-timeline.txt")
OUT = os.path.join(HERE, "..", "docs", "cabinet-mission-timeline.org")
TAGS_COLUMN = 77
NUMBER = re.compile(r"^[-+]?[0-9.,]+%?$")


def align_tags(line):
    m = re.match(r"^(\*+ .*?)\s+(:[\w@:]+:)\s*$", line)
    if not m:
        return line
    head, tags = m.groups()
    pad = TAGS_COLUMN - len(head) - len(tags)
    return head + " " * max(1, pad) + tags


def align_table(rows):
    cells = [None if re.match(r"^\|-", r) else [c.strip() for c in r.strip().strip("|").split("|")]
             for r in rows]
    ncol = max(len(c) for c in cells if c)
    for c in cells:
        if c:
            c.extend([""] * (ncol - len(c)))
    width = [max(len(c[i]) for c in cells if c) for i in range(ncol)]
    right = []
    for i in range(ncol):
        col = [c[i] for c in cells[1:] if c and c[i]]
        right.append(bool(col) and sum(1 for x in col if NUMBER.match(x)) > len(col) / 2)
    out = []
    for c in cells:
        if c is None:
            out.append("|" + "+".join("-" * (w + 2) for w in width) + "|")
        else:
            out.append("| " + " | ".join(x.rjust(w) if r else x.ljust(w)
                                         for x, w, r in zip(c, width, right)) + " |")
    return out


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out, table = [], []
    for line in lines + [""]:
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            out.extend(align_table(table))
            table = []
        out.append(align_tags(line))
    text = "\n".join(out).rstrip("\n") + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    build()
