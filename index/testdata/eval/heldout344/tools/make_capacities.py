#!/usr/bin/python3
"""Re-make docs/rupee-internationalisation-capacities.md from its source text.

The source (tools/rupee-internationalisation-capacities.txt) holds the object's properties as
"key: value" lines, then "@@body" and the object's blocks as Markdown. Capacities' Markdown
export writes the properties as YAML front matter (type, title, description, tags as a block
list, created, lastUpdated), then the blocks; nested blocks are indented with four spaces
(the source uses a tab). LF line ends, UTF-8 without BOM, one newline at the end.
Usage: make_capacities.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "rupee-internationalisation-capacities.txt")
OUT = os.path.join(ROOT, "docs", "rupee-internationalisation-capacities.md")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    text = open(SRC, encoding="utf-8").read()
    head, body = text.split("@@body\n", 1)
    props = {}
    order = []
    for line in head.splitlines():
        if not line.strip():
            continue
        k, _, v = line.partition(": ")
        props[k] = v
        order.append(k)
    fm = ["---"]
    for k in order:
        v = props[k]
        if k == "tags":
            fm.append("tags:")
            for t in v.split(" | "):
                fm.append("  - " + t)
        elif k == "description":
            fm.append('description: "%s"' % v.replace('"', '\\"'))
        else:
            fm.append("%s: %s" % (k, v))
    fm.append("---")
    lines = []
    for line in body.rstrip("\n").split("\n"):
        n = len(line) - len(line.lstrip("\t"))
        lines.append("    " * n + line[n:])
    doc = "\n".join(fm) + "\n\n" + "\n".join(lines) + "\n"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


if __name__ == "__main__":
    main()
