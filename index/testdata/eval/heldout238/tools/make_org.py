#!/usr/bin/python3
"""Make docs/cabinet-mission-plan-noter.org from tools/cabinet-mission-plan-noter.txt.

The .org file imitates an org-noter notes file as Emacs (Org 9.6, org-noter 1.5) saves it:
keyword lines, then top-level headings that each carry a :NOTER_DOCUMENT: property (one for a
coaching module PDF, one for the Cabinet Delegation's statement of 16 May 1946) and
sub-headings with :NOTER_PAGE: properties, either a bare page or org-noter's precise
"(page vpos . hpos)" location, some of them still titled with org-noter's default
"Notes for page N"; #+begin_quote blocks of text copied from the PDF; tags right-aligned to
column 77 as `org-align-tags' leaves them (org-tags-column -77); tables aligned as
`org-table-align' leaves them (cells padded, numeric columns right-aligned, "|-" rules
expanded to "|---+---|").

The source is the same text with tags written after two spaces and tables unaligned; this
script does the aligning. Standard library only, LF line ends, UTF-8.
Run: /usr/bin/python3 tools/make_org.py [OUT]  (output is byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cabinet-mission-plan-noter.txt")
OUT = os.path.join(HERE, "..", "docs", "cabinet-mission-plan-noter.org")
TAGS_COLUMN = 77
NUM = re.compile(r"^[<>]?[-+]?[0-9.,]+%?$")


def align_heading(line):
    m = re.match(r"^(\*+ .*?)\s{2,}(:[\w@#%:]+:)\s*$", line)
    if not m:
        return line
    head, tags = m.group(1), m.group(2)
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
        vals = [c[i] for c in cells if c and c[i]]
        nums = sum(1 for v in vals if NUM.match(v))
        right.append(nums > len(vals) / 2)
    out = []
    for c in cells:
        if c is None:
            out.append("|" + "+".join("-" * (w + 2) for w in width) + "|")
        else:
            out.append("| " + " | ".join(v.rjust(width[i]) if right[i] else v.ljust(width[i])
                                        for i, v in enumerate(c)) + " |")
    return out


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out, table = [], []
    for line in lines + [""]:
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            out.extend(align_table(table))
            table = []
        out.append(align_heading(line))
    out.pop()
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
