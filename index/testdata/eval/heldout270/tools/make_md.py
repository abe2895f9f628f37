#!/usr/bin/python3
"""Re-make docs/dpsp-part-iv-notes.md from tools/dpsp-part-iv-notes.txt.

The source is the Typora note as typed, with its pipe tables left unpadded. Typora re-flows
every table when it saves: each cell is padded with spaces to the width of the widest cell in
its column (East Asian wide characters and emoji count two columns), and the delimiter row is
drawn to the same width, keeping its alignment colons (":--" left, ":-:" centre). Everything
else is written as it is: YAML front matter, the [toc] line, emoji shortcodes, ==highlight==,
inline HTML (<u>, <mark>, an HTML comment), the fenced mermaid block, two-space hard breaks,
task list items and footnotes. The file is UTF-8 without a BOM, NFC, LF line ends, one final
line break, as Typora saves it.
Run from anywhere: /usr/bin/python3 tools/make_md.py (byte-for-byte reproducible).
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "dpsp-part-iv-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "dpsp-part-iv-notes.md")


def width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or ch in "\u200d\ufe0f":
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def cells(row):
    return [c.strip() for c in row.strip().strip("|").split("|")]


def reflow(rows):
    table = [cells(r) for r in rows]
    head, delim, body = table[0], table[1], table[2:]
    n = len(head)
    for r in [delim] + body:
        if len(r) != n:
            sys.exit("table row with %d cells, header has %d: %r" % (len(r), n, r))
    widths = [max([3] + [width(r[i]) for r in [head] + body]) for i in range(n)]

    def line(r):
        return "| " + " | ".join(c + " " * (w - width(c)) for c, w in zip(r, widths)) + " |"

    out = [line(head)]
    marks = []
    for d, w in zip(delim, widths):
        left, right = d.startswith(":"), d.endswith(":")
        dashes = w - left - right
        marks.append((":" if left else "") + "-" * dashes + (":" if right else ""))
    out.append("| " + " | ".join(marks) + " |")
    out += [line(r) for r in body]
    return out


def main():
    with open(SRC, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or b"\t" in raw:
        sys.exit("source must be UTF-8 without BOM, LF only, no tabs")
    text = raw.decode("utf-8")
    if unicodedata.normalize("NFC", text) != text:
        sys.exit("source is not NFC")
    lines = text.rstrip("\n").split("\n")
    out, block, fenced = [], [], False
    for line in lines:
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("|"):
            block.append(line)
            continue
        if block:
            out += reflow(block)
            block = []
        if line.rstrip(" ") != line and not line.endswith("  "):
            sys.exit("stray trailing space: %r" % line)
        out.append(line)
    if block:
        out += reflow(block)
    marks = re.findall(r"\[\^(\w+)\](?!:)", text)
    defs = re.findall(r"^\[\^(\w+)\]:", text, re.M)
    if sorted(set(marks)) != sorted(defs):
        sys.exit("footnote marks and definitions differ")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
