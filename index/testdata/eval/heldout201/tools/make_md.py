#!/usr/bin/python3
"""Make docs/shgs-and-day-nrlm.md from tools/shgs-and-day-nrlm.txt.

The note is written as Obsidian (1.8, Properties editor) saves a Markdown file: a YAML front
matter block first, with list properties (aliases, tags, cssclasses) as block lists indented two
spaces, scalars left as typed and the Banners plugin's quoted embed; then the body exactly as
typed in the editor (LF line ends, one newline at the end of the file).

Source: "key: value" lines up to a line "=====" (list values separated by " | ", tags by
", "), then the Markdown body verbatim.

Run from anywhere: /usr/bin/python3 tools/make_md.py [OUTPUT]
(OUTPUT defaults to docs/shgs-and-day-nrlm.md; the output is byte-for-byte stable.)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "shgs-and-day-nrlm.txt")
OUT = os.path.join(HERE, "..", "docs", "shgs-and-day-nrlm.md")
LISTS = {"aliases": " | ", "cssclasses": " | ", "tags": ", "}


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    head, body = text.split("\n=====\n", 1)
    fm = ["---"]
    for line in head.split("\n"):
        key, value = line.split(": ", 1)
        if key in LISTS:
            fm.append(key + ":")
            fm.extend("  - " + v for v in value.split(LISTS[key]))
        else:
            fm.append("%s: %s" % (key, value))
    fm.append("---")
    doc = "\n".join(fm) + "\n" + body.rstrip("\n") + "\n"
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


if __name__ == "__main__":
    main()
