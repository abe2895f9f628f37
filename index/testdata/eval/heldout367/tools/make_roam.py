#!/usr/bin/python3
"""Re-make docs/sedition-law-roam-notes.md byte for byte from its source text.

The file is a Roam Research page ("Sedition law in India") as Roam's "Export -> Markdown" writes
it: no title line (the title is the file name in Roam), every block a "- " bullet with four spaces
per level, heading blocks as "- ## ...", a block's soft line breaks written as bare lines at the
left margin, attributes as "Name:: value", page links [[...]], tags #tag and #[[tag]], daily-notes
links such as [[December 16th, 2024]], block references left as raw ((uid)) because the export does
not resolve them, {{[[TODO]]}} / {{[[DONE]]}} checkboxes, a {{[[table]]}} block whose rows are nested
children, **bold**, ^^highlight^^ and "> " quote blocks. No newline after the last line.

Usage: make_roam.py [output path]   (default: ../docs/sedition-law-roam-notes.md)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sedition-law-roam-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "sedition-law-roam-notes.md")
UIDS = {"gap": "Xk2pQ9vLm", "kn": "Hq3nR7tYw", "rj": "b7TfLw0qZ"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(d):
    if 11 <= d % 100 <= 13:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def daily(m):
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return "[[%s %s, %d]]" % (MONTHS[mo - 1], ordinal(d), y)


def inline(t):
    t = re.sub(r"@(\d{4})-(\d\d)-(\d\d)", daily, t)
    t = re.sub(r"\(\(=(\w+)\)\)", lambda m: "((%s))" % UIDS[m.group(1)], t)
    t = t.replace("[TODO]", "{{[[TODO]]}}").replace("[DONE]", "{{[[DONE]]}}").replace("[table]", "{{[[table]]}}")
    t = re.sub(r"^H2 ", "## ", t)
    t = re.sub(r"^H3 ", "### ", t)
    return t


def build():
    out = []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"^( *)\* (.*)$", line)
        if m:
            level = len(m.group(1)) // 2
            out.append("    " * level + "- " + inline(m.group(2)))
        else:
            out.append(inline(line))
    return "\n".join(out)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
