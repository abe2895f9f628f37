#!/usr/bin/python3
"""Re-make docs/bhoodan-movement.org from tools/bhoodan-movement.txt.

Run from anywhere: /usr/bin/python3 tools/make_org.py [OUT]
Does what Emacs Org-mode does when the note is saved after editing: paragraphs and list
items are filled at fill-column 70 (M-q, continuation lines indented under the item's text),
heading tags are right-aligned to column 77 (org-tags-column -77), tables are aligned
(C-c C-c, `|-` becomes a full `|---+---|` rule) and property drawers use
org-property-format "%-10s %s". Links are never broken across lines. Output is byte for byte
the same on every run (standard library only).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "bhoodan-movement.txt")
OUT = os.path.join(HERE, "..", "docs", "bhoodan-movement.org")
FILL = 70
TAGS_COL = 77

HEAD = re.compile(r"^(\*+ .*?)(?:\s+(:[\w@#%:]+:))?$")
ITEM = re.compile(r"^(\s*)(- \[[ X-]\] |- |\d+\. )")
LINK = re.compile(r"\[\[[^\]]*\](?:\[[^\]]*\])?\]")


def fill(text, first, rest):
    """Greedy fill like fill-paragraph: break at spaces, never inside a link."""
    protected = LINK.sub(lambda m: m.group(0).replace(" ", "\x00"), text)
    words = protected.split(" ")
    lines, cur = [], first
    for w in words:
        start = cur == first and not lines or cur == rest and lines
        cand = cur + w if start else cur + " " + w
        if len(cand) > FILL and not start:
            lines.append(cur)
            cur = rest + w
        else:
            cur = cand
    lines.append(cur)
    return [l.replace("\x00", " ") for l in lines]


def heading(line):
    m = HEAD.match(line)
    text, tags = m.group(1).rstrip(), m.group(2)
    if not tags:
        return text
    pad = max(1, TAGS_COL - len(text) - len(tags))
    return text + " " * pad + tags


def table(rows):
    cells = [None if re.match(r"^\|-", r) else [c.strip() for c in r.strip().strip("|").split("|")]
             for r in rows]
    ncol = max(len(c) for c in cells if c)
    widths = [max(len(c[i]) for c in cells if c and i < len(c)) for i in range(ncol)]
    out = []
    for c in cells:
        if c is None:
            out.append("|" + "+".join("-" * (w + 2) for w in widths) + "|")
        else:
            c = c + [""] * (ncol - len(c))
            out.append("| " + " | ".join(c[i].ljust(widths[i]) for i in range(ncol)) + " |")
    return out


def build(out_path=OUT):
    with open(SRC, encoding="utf-8") as f:
        src = f.read().split("\n")
    if src and src[-1] == "":
        src.pop()
    out, i, in_drawer, in_block = [], 0, False, False
    while i < len(src):
        line = src[i]
        if line.startswith("|"):
            rows = []
            while i < len(src) and src[i].startswith("|"):
                rows.append(src[i])
                i += 1
            out.extend(table(rows))
            continue
        i += 1
        if in_block:
            out.append(line)
            if line.upper().startswith("#+END_"):
                in_block = False
            continue
        if line.upper().startswith("#+BEGIN_"):
            in_block = True
            out.append(line)
        elif line == ":PROPERTIES:":
            in_drawer = True
            out.append(line)
        elif in_drawer:
            if line == ":END:":
                in_drawer = False
                out.append(line)
            else:
                m = re.match(r"^(:[\w-]+:)\s*(.*)$", line)
                out.append("%-10s %s" % (m.group(1), m.group(2)))
        elif re.match(r"^\*+ ", line):
            out.append(heading(line))
        elif not line.strip() or line.startswith("#+") or re.match(r"^(CLOSED|SCHEDULED|DEADLINE):", line):
            out.append(line)
        else:
            m = ITEM.match(line)
            if m:
                bullet = m.group(1) + m.group(2)
                out.extend(fill(line[len(bullet):], bullet, " " * len(bullet)))
            else:
                out.extend(fill(line, "", ""))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
