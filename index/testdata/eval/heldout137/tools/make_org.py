#!/usr/bin/python3
"""Re-make docs/money-bill-art110.org from tools/money-bill-art110.txt.

The source is the note as typed; this does what Emacs Org-mode does on save with the
default settings: headline tags are right-aligned to end at column 77 (org-tags-column -77,
as `org-align-tags` does) and every table is aligned (`org-table-align`: columns padded to
their widest cell, `|-` expanded to a full hline of `-` and `+`). Line endings are LF and the
file ends with one newline, as Emacs writes it. Standard library only; byte-for-byte
reproducible.
Run from anywhere: /usr/bin/python3 tools/make_org.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "money-bill-art110.txt")
OUT = os.path.join(HERE, "..", "docs", "money-bill-art110.org")
TAGS_COLUMN = 77

HEADLINE_TAGS = re.compile(r"^(\*+ .*?)[ \t]+(:[\w@#%:]+:)[ \t]*$")


def align_tags(line):
    m = HEADLINE_TAGS.match(line)
    if not m:
        return line
    head, tags = m.group(1).rstrip(), m.group(2)
    pad = max(1, TAGS_COLUMN - len(head) - len(tags))
    return head + " " * pad + tags


def align_table(rows):
    cells = []
    for r in rows:
        s = r.strip()
        if s.startswith("|-"):
            cells.append(None)
        else:
            cells.append([c.strip() for c in s.strip("|").split("|")])
    ncol = max(len(c) for c in cells if c is not None)
    widths = [0] * ncol
    for c in cells:
        if c is None:
            continue
        c += [""] * (ncol - len(c))
        for i, v in enumerate(c):
            widths[i] = max(widths[i], len(v))
    out = []
    for c in cells:
        if c is None:
            out.append("|" + "+".join("-" * (w + 2) for w in widths) + "|")
        else:
            out.append("| " + " | ".join(v.ljust(w) for v, w in zip(c, widths)) + " |")
    return out


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out, table = [], []
    for line in lines:
        if line.lstrip().startswith("|"):
            table.append(line)
            continue
        if table:
            out.extend(align_table(table))
            table = []
        out.append(align_tags(line))
    if table:
        out.extend(align_table(table))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build()
