#!/usr/bin/python3
"""Re-make docs/enso-iod-revision-notes.org from tools/enso-iod-revision-notes.txt.

The source holds the notes as typed; this script does what Emacs 29 / Org 9.6 does on save
after C-c C-c and TAB in tables: heading tags are right-aligned to column 77
(org-tags-column -77), and every table is aligned (org-table-align) - columns padded to their
widest cell, columns that are mostly numbers (org-table-number-fraction 0.5) right-aligned,
"|-" rows expanded into |---+---| rules.  UTF-8, LF line ends, final newline.
Run: /usr/bin/python3 tools/make_org.py [output.org]
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "enso-iod-revision-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "enso-iod-revision-notes.org")
TAGS_COLUMN = 77
NUMBER = re.compile(r"^([<>]?[-+^.0-9]*[0-9][-+^.0-9eEdDx()%:]*|[<>]?[-+]?0[xX][0-9a-fA-F.]+|nan|[-+u]?inf)$")


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def align_heading(line):
    m = re.match(r"^(\*+ .*?)\s+(:[\w@#%:]+:)\s*$", line)
    if not m:
        return line
    head, tags = m.group(1), m.group(2)
    pad = max(1, TAGS_COLUMN - width(head) - width(tags))
    return head + " " * pad + tags


def align_table(rows):
    cells = [None if re.match(r"^\|-", r.strip()) else [c.strip() for c in r.strip().strip("|").split("|")]
             for r in rows]
    ncol = max(len(c) for c in cells if c)
    for c in cells:
        if c:
            c.extend([""] * (ncol - len(c)))
    widths = [max(width(c[i]) for c in cells if c) for i in range(ncol)]
    right = []
    for i in range(ncol):
        vals = [c[i] for c in cells if c and c[i]]
        num = sum(1 for v in vals if NUMBER.match(v))
        right.append(bool(vals) and num / len(vals) > 0.5)
    out = []
    for c in cells:
        if c is None:
            out.append("|" + "+".join("-" * (w + 2) for w in widths) + "|")
            continue
        parts = []
        for i, v in enumerate(c):
            pad = " " * (widths[i] - width(v))
            parts.append(" " + (pad + v if right[i] else v + pad) + " ")
        out.append("|" + "|".join(parts) + "|")
    return out


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    lines = open(SRC, encoding="utf-8").read().split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    out, table = [], []
    for line in lines + [""]:
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            out += align_table(table)
            table = []
        out.append(align_heading(line) if line.startswith("*") else line)
    while out and out[-1] == "":
        out.pop()
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
