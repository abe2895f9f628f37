#!/usr/bin/python3
"""Re-make docs/pvtg-schemes-org-notes.org from tools/pvtg-schemes-org-notes.txt.

The source is the notes as typed; this script does what Emacs 29 / Org 9.6 does on save
when the writer presses TAB / C-c C-c through the file with the default settings:
  - heading tags are right-aligned to end at column 77 (org-tags-column -77), at least one
    space after the heading text;
  - property drawer lines are aligned with org-property-format "%-10s %s";
  - tables are aligned: each column as wide as its widest cell, a column that is mostly
    numbers right-aligned (org-table-number-fraction 0.5), "|-" rows widened into
    "|---+---|" rules;
  - everything else is copied as it is (UTF-8, LF line ends, a final newline).
Deterministic.  Usage: make_org.py [OUTPUT]   (default: ../docs/<slug>.org)
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "pvtg-schemes-org-notes"
SRC = os.path.join(HERE, SLUG + ".txt")
OUT = os.path.join(HERE, "..", "docs", SLUG + ".org")
TAGS_COLUMN = 77
NUMBER = re.compile(r"^[<>]?[-+^.0-9]*[0-9][-+^.0-9eEdDx()%:]*$|^[-+]?0[xX][0-9a-fA-F.]+$|^[-+]?[0-9.,]+$")


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def align_heading(line):
    m = re.match(r"^(\*+ .*?)\s+(:[\w@#%:]+:)\s*$", line)
    if not m:
        return line
    head, tags = m.group(1), m.group(2)
    col = max(TAGS_COLUMN - width(tags), width(head) + 1)
    return head + " " * (col - width(head)) + tags


def align_property(line):
    m = re.match(r"^(\s*)(:[\w+-]+:)\s+(.*)$", line)
    if not m or m.group(2) in (":PROPERTIES:", ":END:", ":LOGBOOK:"):
        return line
    return "%s%-10s %s" % (m.group(1), m.group(2), m.group(3))


def align_table(rows):
    cells = [None if re.match(r"^\|-", r) else [c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    ncol = max(len(c) for c in cells if c)
    for c in cells:
        if c:
            c.extend([""] * (ncol - len(c)))
    widths, right = [], []
    for j in range(ncol):
        col = [c[j] for c in cells if c]
        widths.append(max(width(x) for x in col))
        filled = [x for x in col if x]
        nums = [x for x in filled if NUMBER.match(x)]
        right.append(bool(filled) and len(nums) > 0.5 * len(filled))
    out = []
    for c in cells:
        if c is None:
            out.append("|" + "+".join("-" * (w + 2) for w in widths) + "|")
            continue
        parts = []
        for j, x in enumerate(c):
            pad = " " * (widths[j] - width(x))
            parts.append(" " + (pad + x if right[j] else x + pad) + " ")
        out.append("|" + "|".join(parts) + "|")
    return out


def build(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out, table, in_drawer = [], [], False
    for line in lines:
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            out.extend(align_table(table))
            table = []
        if line.startswith("*") and re.match(r"^\*+ ", line):
            out.append(align_heading(line))
            continue
        if line.strip() in (":PROPERTIES:",):
            in_drawer = True
            out.append(line)
            continue
        if in_drawer:
            if line.strip() == ":END:":
                in_drawer = False
                out.append(line)
            else:
                out.append(align_property(line))
            continue
        out.append(line)
    if table:
        out.extend(align_table(table))
    return "\n".join(out) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    text = open(SRC, encoding="utf-8").read()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build(text))


if __name__ == "__main__":
    main()
