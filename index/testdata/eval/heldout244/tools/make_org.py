#!/usr/bin/python3
"""Make docs/centre-state-commissions-drill.org from tools/centre-state-commissions-drill.txt.

The source is the deck as typed, before Emacs (Org 9.6 with org-drill) touches it; this script
does what Emacs does to it on editing and saving:
  - heading tags are right-aligned to column 77 (org-tags-column -77, as org-align-tags
    leaves them), or set one space after the title when the title is too long;
  - property drawer lines get org-property-format "%-10s %s" (":ID:       value"), the way
    org-set-property and org-drill's item-data writer leave them;
  - dates get their weekday: <2025-11-27> -> <2025-11-27 Thu>, [2025-11-16 21:05] ->
    [2025-11-16 Sun 21:05];
  - tables are aligned as org-table-align leaves them (cells padded to the column width,
    numeric columns right-aligned, a "|-" line expanded to "|---+---|").
Lines end in LF and the file ends with one newline. Standard library only.

Run: /usr/bin/python3 tools/make_org.py [OUT]   (byte-for-byte stable)
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "centre-state-commissions-drill.txt")
OUT = os.path.join(HERE, "..", "docs", "centre-state-commissions-drill.org")
TAGS_COLUMN = 77


def weekday(m):
    d = datetime.date.fromisoformat(m.group(2))
    rest = m.group(3) or ""
    return "%s%s %s%s%s" % (m.group(1), m.group(2), d.strftime("%a"), rest, m.group(4))


def stamp(line):
    return re.sub(r"([<\[])(\d{4}-\d\d-\d\d)( \d\d:\d\d)?([>\]])", weekday, line)


def heading(line):
    m = re.match(r"^(\*+ .*?)\s+(:[\w@:]+:)$", line)
    if not m:
        return line
    title, tags = m.group(1), m.group(2)
    pad = TAGS_COLUMN - len(title) - len(tags)
    return title + " " * max(pad, 1) + tags


def is_number(cell):
    return re.fullmatch(r"[-+]?\d[\d.,]*", cell) is not None


def align_table(rows):
    cells = [None if r.startswith("|-") else [c.strip() for c in r.strip().strip("|").split("|")]
             for r in rows]
    n = max(len(c) for c in cells if c)
    widths = [0] * n
    numeric = [0] * n
    count = [0] * n
    for c in cells:
        if c is None:
            continue
        for j, v in enumerate(c):
            widths[j] = max(widths[j], len(v))
            if v:
                count[j] += 1
                numeric[j] += is_number(v)
    right = [count[j] and numeric[j] / count[j] >= 0.5 for j in range(n)]
    out = []
    for c in cells:
        if c is None:
            out.append("|" + "+".join("-" * (w + 2) for w in widths) + "|")
            continue
        c = c + [""] * (n - len(c))
        parts = [(v.rjust(widths[j]) if right[j] else v.ljust(widths[j])) for j, v in enumerate(c)]
        out.append("| " + " | ".join(parts) + " |")
    return out


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out = []
    in_drawer = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            block = []
            while i < len(lines) and lines[i].startswith("|"):
                block.append(lines[i])
                i += 1
            out.extend(align_table(block))
            continue
        if line == ":PROPERTIES:":
            in_drawer = True
        elif line == ":END:":
            in_drawer = False
        elif in_drawer:
            key, value = re.match(r"^(:[\w-]+:)\s*(.*)$", line).groups()
            line = "%-10s %s" % (key, value)
        elif line.startswith("*"):
            line = heading(line)
        out.append(stamp(line))
        i += 1
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build()
