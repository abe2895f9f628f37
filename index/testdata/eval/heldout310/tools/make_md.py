#!/usr/bin/python3
"""Make docs/indiaai-mission-tracker-readme.md from tools/indiaai-mission-tracker-readme.txt.

The source is the README as committed except for its table of contents: the line
"<!-- toc -->" is replaced by a numbered list of links to every "## " heading outside
fenced code blocks, with anchors in GitHub's slug form (lower case, punctuation other than
"-" and "_" dropped, spaces turned into hyphens), as a `make toc` target would write it.
The output is UTF-8 with LF line endings and one final newline.

Run from anywhere: /usr/bin/python3 tools/make_md.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "indiaai-mission-tracker-readme.txt")
OUT = os.path.join(HERE, "..", "docs", "indiaai-mission-tracker-readme.md")


def slug(heading, seen):
    s = heading.strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)
    s = s.replace(" ", "-")
    n = seen.get(s, 0)
    seen[s] = n + 1
    return s if n == 0 else "%s-%d" % (s, n)


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    heads, fence = [], False
    for line in lines:
        if line.startswith("```"):
            fence = not fence
            continue
        if not fence and line.startswith("## "):
            heads.append(line[3:].strip())
    seen = {}
    toc = ["%d. [%s](#%s)" % (i, h, slug(h, seen)) for i, h in enumerate(heads, 1)]
    out = []
    for line in lines:
        if line.strip() == "<!-- toc -->":
            out.extend(toc)
        else:
            out.append(line)
    text = "\n".join(out).rstrip("\n") + "\n"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
