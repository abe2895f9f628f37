#!/usr/bin/python3
"""Re-make docs/speaker-tenth-schedule-and-speakers.org from tools/speaker-tenth-schedule-and-speakers.txt.

The source is the note as typed; this script does what Emacs did to it while it was written:
M-q (fill-paragraph) at fill-column 80 on paragraphs, list items (with their hanging indent),
quote-block lines and footnote definitions; org-table-align on every table (numeric columns
right-aligned, separator rows rebuilt with +); and org-id-get-create, which replaces each
":ID: auto" in a :PROPERTIES: drawer with a UUID (here uuid5 of the heading, so it is stable).
Headings, keywords, drawers, planning lines (CLOSED:, SCHEDULED:) and table rows are left unfilled.

Run from anywhere: /usr/bin/python3 tools/make_org.py
Standard library only; the output is byte for byte the same on every run.
"""
import os
import re
import textwrap
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "speaker-tenth-schedule-and-speakers.txt")
OUT = os.path.join(HERE, "..", "docs", "speaker-tenth-schedule-and-speakers.org")
FILL = 80
NS = uuid.UUID("3f1b9c2e-7a4d-4e8b-9c1f-5d2a6b8e0f47")


def fill(text, first, rest):
    return textwrap.wrap(text, width=FILL, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def align(rows):
    cells = [None if re.match(r"^\|[-+]+\|?$", r) else [c.strip() for c in r.strip().strip("|").split("|")]
             for r in rows]
    ncol = max(len(c) for c in cells if c)
    width = [0] * ncol
    numeric = [0] * ncol
    count = [0] * ncol
    for c in cells:
        if c:
            for j, v in enumerate(c):
                width[j] = max(width[j], len(v))
                if v:
                    count[j] += 1
                    numeric[j] += bool(re.match(r"^[\d.,-]+$", v))
    right = [count[j] and numeric[j] * 2 > count[j] for j in range(ncol)]
    out = []
    for c in cells:
        if c is None:
            out.append("|" + "+".join("-" * (w + 2) for w in width) + "|")
        else:
            c = c + [""] * (ncol - len(c))
            out.append("| " + " | ".join(v.rjust(width[j]) if right[j] else v.ljust(width[j])
                                         for j, v in enumerate(c)) + " |")
    return out


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out, heading, in_drawer, i = [], "", False, 0
    while i < len(lines):
        s = lines[i]
        if s.startswith("*"):
            heading = re.sub(r"\s+:[\w:]+:$", "", s).lstrip("* ").strip()
            out.append(s)
        elif s == ":PROPERTIES:":
            in_drawer = True
            out.append(s)
        elif s == ":END:":
            in_drawer = False
            out.append(s)
        elif in_drawer:
            if s.startswith(":ID:") and s.endswith("auto"):
                s = ":ID:       " + str(uuid.uuid5(NS, heading))
            out.append(s)
        elif s.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i])
                i += 1
            out += align(rows)
            continue
        elif s.startswith("#+") or s.startswith("CLOSED:") or s.startswith("SCHEDULED:") or not s.strip():
            out.append(s)
        elif s.startswith("- "):
            out += fill(s[2:], "- ", "  ")
        elif re.match(r"\d+\. ", s):
            n = s.split(" ", 1)[0] + " "
            out += fill(s[len(n):], n, " " * len(n))
        elif s.startswith("[fn:"):
            out += fill(s, "", "")
        else:
            out += fill(s, "", "")
        i += 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
