#!/usr/bin/python3
"""Re-make docs/joplin-three-stage-programme-pfbr.md from its source text, byte for byte.

Shaped as Joplin desktop writes a note with File > Export all > "MD - Markdown + Front Matter":
a YAML block from js-yaml (FAILSAFE schema, so nothing is quoted) with the fields in Joplin's
order - title, updated, created, tags (sorted) - dates in UTC as "YYYY-MM-DD HH:MM:SSZ", the
closing "---", one empty line, then the note body exactly as typed in the Markdown editor
(LF line ends, no newline added at the end). Resource and note links point to the export's
"../_resources/" folder and to "../<notebook>/<note>.md" with spaces written as %20; the set
holds neither.

Usage: make_joplin.py [output]   (default: ../docs/joplin-three-stage-programme-pfbr.md)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "joplin-three-stage-programme-pfbr.txt")
OUT = os.path.join(HERE, "..", "docs", "joplin-three-stage-programme-pfbr.md")


def main(out_path):
    text = open(SRC, encoding="utf-8").read()
    head, _, body = text.partition("\n%%\n")
    meta = {}
    for line in head.split("\n"):
        if line.startswith("%"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
    tags = sorted(t.strip() for t in meta["tags"].split(","))
    fm = ["---",
          "title: %s" % meta["title"],
          "updated: %sZ" % meta["updated"],
          "created: %sZ" % meta["created"],
          "tags:"]
    fm += ["  - %s" % t for t in tags]
    fm.append("---")
    if body.endswith("\n"):
        body = body[:-1]
    data = "\n".join(fm) + "\n\n" + body
    with open(out_path, "wb") as f:
        f.write(data.encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else OUT)
