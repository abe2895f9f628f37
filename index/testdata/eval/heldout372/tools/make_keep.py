#!/usr/bin/python3
"""Re-make docs/ivc-dholavira-keep-note.txt from tools/ivc-dholavira-keep-note.txt.

The note is one Google Keep note sent from the Android app to a file ("Send" > other apps, saved
as .txt): the note's title on the first line, an empty line, then the body exactly as typed on a
phone keyboard (Gboard): UTF-8 without a byte-order mark, LF line ends, no newline after the last
line, '•' bullets, emoji (some with the U+FE0F variation selector), a trailing space left on one line.
Source marks: "@title ..." gives the title, "## " marks the lines the student used as section
heads (the mark is dropped; the line is written as typed), and "⎵" at a line's end stands for a
trailing space.
Usage: /usr/bin/python3 tools/make_keep.py [OUT.txt]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SLUG = "ivc-dholavira-keep-note"


def build(src):
    title = None
    body = []
    for ln in src.split("\n"):
        if ln.startswith("@title "):
            title = ln[7:]
            continue
        if ln.startswith("## "):
            ln = ln[3:]
        if ln.endswith("⎵"):
            ln = ln[:-1] + " "
        body.append(ln)
    while body and not body[-1]:
        body.pop()
    return (title + "\n\n" + "\n".join(body)).encode("utf-8")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs", SLUG + ".txt")
    src = open(os.path.join(HERE, SLUG + ".txt"), encoding="utf-8").read()
    with open(out, "wb") as f:
        f.write(build(src))


if __name__ == "__main__":
    main()
