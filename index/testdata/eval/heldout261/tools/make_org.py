#!/usr/bin/python3
"""Make docs/2025-08-mauryan-admin-journal.org from tools/2025-08-mauryan-admin-journal.txt.

The file is an org-journal monthly file as Emacs (Org 9.6, org-journal 2.2) saves it: the
source text is the journal as typed, and this script does what Org does on save / on C-c C-c:
  - heading tags right-aligned so that they end in column 77 (org-tags-column -77), or one
    space after the heading when it is too long;
  - property drawer lines written in org-property-format "%-10s %s";
  - tables aligned (org-table-align): cells padded, numeric columns right-aligned, the
    "|-" rule line expanded to "|---+---|".
Output: UTF-8, LF line ends, one final newline.
Run: /usr/bin/python3 tools/make_org.py [OUT]   (OUT defaults to docs/2025-08-mauryan-admin-journal.org)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "2025-08-mauryan-admin-journal.txt")
OUT = os.path.join(HERE, "..", "docs", "2025-08-mauryan-admin-journal.org")
TAGS_COLUMN = 77
NUMERIC = re.compile(r"^[-+]?[0-9][0-9,.]*$")


def heading(line):
    m = re.match(r"^(\*+ .*?)\s{2,}(:[\w@:]+:)$", line)
    if not m:
        return line
    head, tags = m.groups()
    pad = TAGS_COLUMN - len(head) - len(tags)
    return head + " " * max(pad, 1) + tags


def table(rows):
    cells = [None if re.match(r"^\|-", r) else [c.strip() for c in r.strip().strip("|").split("|")]
             for r in rows]
    ncol = max(len(c) for c in cells if c)
    widths, numeric = [], []
    for j in range(ncol):
        col = [c[j] for c in cells if c and j < len(c)]
        widths.append(max(len(x) for x in col))
        body = [x for x in col[1:] if x]
        numeric.append(bool(body) and sum(bool(NUMERIC.match(x)) for x in body) * 2 > len(body))
    out = []
    for c in cells:
        if c is None:
            out.append("|" + "+".join("-" * (w + 2) for w in widths) + "|")
            continue
        c = c + [""] * (ncol - len(c))
        parts = []
        for j, x in enumerate(c):
            parts.append(" " + (x.rjust(widths[j]) if numeric[j] and NUMERIC.match(x)
                                else x.ljust(widths[j])) + " ")
        out.append("|" + "|".join(parts) + "|")
    return out


def build(src):
    lines = src.rstrip("\n").split("\n")
    out, i, drawer = [], 0, False
    while i < len(lines):
        line = lines[i]
        if line == ":PROPERTIES:":
            drawer = True
            out.append(line)
        elif line == ":END:":
            drawer = False
            out.append(line)
        elif drawer:
            m = re.match(r"^(:[\w-]+:)\s+(.*)$", line)
            out.append("%-10s %s" % m.groups())
        elif line.startswith("*"):
            out.append(heading(line))
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i])
                i += 1
            out.extend(table(rows))
            continue
        else:
            out.append(line)
        i += 1
    return "\n".join(out) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        text = build(f.read())
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
