#!/usr/bin/python3
"""Re-make "docs/Western Disturbances - rev list (GS1 Geo).txt" from the source of the same name
in tools/.

Run from anywhere: /usr/bin/python3 tools/make_keep.py [OUTPUT]
(OUTPUT defaults to the file in docs/). Standard library only; same bytes on every run.

The note is a Google Keep list note (every line is a list item) written out as plain text the
way the Takeout export of the note reads: the note's title on the first line and a blank line;
then one line per item, "[x] " for a ticked item and "[ ] " for an unticked one, with Keep's
indented child items pushed four spaces in; a blank line; and the note's labels on a last
"Labels:" line, comma-separated. The file is named after the note's title, as Takeout names its
files; UTF-8 without a byte-order mark, LF line ends, emoji kept as typed.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Western Disturbances - rev list (GS1 Geo).txt"
SRC = os.path.join(HERE, NAME)
OUT = os.path.join(HERE, "..", "docs", NAME)


def build(out=OUT):
    title, labels, items = "", "", []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line or line.startswith("%"):
                continue
            if line.startswith("@title "):
                title = line[7:]
            elif line.startswith("@labels "):
                labels = line[8:]
            else:
                mark, text = line[0], line[2:]
                child = text.startswith("  ")
                box = "[x]" if mark == "x" else "[ ]"
                items.append(("    " if child else "") + box + " " + text.strip())
    data = title + "\n\n" + "\n".join(items) + "\n\nLabels: " + labels + "\n"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
