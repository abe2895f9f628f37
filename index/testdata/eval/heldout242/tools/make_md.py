#!/usr/bin/python3
"""Re-make docs/apmc-mandi-system.md from tools/apmc-mandi-system.txt.

The note is written the way Typora (1.9, GitHub-flavoured mode) saves it: UTF-8 without a
BOM, LF line ends, one final line break; the YAML front matter Typora adds when "copy images
to ./assets" and a root URL are set for the file (typora-copy-images-to, typora-root-url);
and every pipe table re-flowed as Typora re-flows it on save - each cell padded with spaces
to its column's width (wide characters such as emoji count two), the delimiter row drawn
with dashes to the same width and the colons of its alignment kept at the ends. Everything
else (the [toc] line, GitHub alert callouts, ==highlight==, the resized <img> tag, the page
break div, task lists, the footnote) is copied from the source as written.
Standard library only. Run from anywhere: /usr/bin/python3 tools/make_md.py
The output is byte-for-byte reproducible.
"""
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "apmc-mandi-system.txt")
OUT = os.path.join(HERE, "..", "docs", "apmc-mandi-system.md")

FRONT = "---\ntypora-copy-images-to: ./assets\ntypora-root-url: ./\n---\n\n"


def width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or ch in "\ufe0f\u200d":
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def cells(line):
    parts = re.split(r"(?<!\\)\|", line.strip())
    return [p.strip() for p in parts[1:-1]]


def align_of(spec):
    left, right = spec.startswith(":"), spec.endswith(":")
    return "center" if left and right else "left" if left else "right" if right else None


def table(lines):
    rows = [cells(l) for l in lines]
    head, spec, body = rows[0], rows[1], rows[2:]
    aligns = [align_of(s) for s in spec]
    n = len(head)
    widths = [max(3, max(width(r[i]) for r in [head] + body)) for i in range(n)]

    def fmt(r):
        return "| " + " | ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(r)) + " |"

    def delim(i):
        a, w = aligns[i], widths[i]
        if a == "center":
            return ":" + "-" * (w - 2) + ":"
        if a == "left":
            return ":" + "-" * (w - 1)
        if a == "right":
            return "-" * (w - 1) + ":"
        return "-" * w
    out = [fmt(head), "| " + " | ".join(delim(i) for i in range(n)) + " |"]
    out += [fmt(r) for r in body]
    return out


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith("|"):
            j = i
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            out.extend(table(lines[i:j]))
            i = j
            continue
        out.append(lines[i])
        i += 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(FRONT + "\n".join(out) + "\n")


if __name__ == "__main__":
    main()
