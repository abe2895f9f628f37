#!/usr/bin/python3
"""Re-make docs/ucc-article-44-phone-notes.txt byte for byte from its source text.

The source, tools/ucc-article-44-phone-notes.txt, holds the notes as typed, with two marks:
a line ending in "~paste" was pasted from a website and keeps its straight quotes; "~sp" at the
end of a line is the trailing space the phone keyboard left there. Every other line gets what
iOS Smart Punctuation does while typing: straight double quotes become “ and ”, apostrophes
become ’. The notes app shares the note as UTF-8 text with LF line ends and no newline after
the last line.
Run: /usr/bin/python3 tools/make_txt.py [output.txt]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ucc-article-44-phone-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "ucc-article-44-phone-notes.txt")


def smart(line):
    out = []
    for i, ch in enumerate(line):
        prev = line[i - 1] if i else " "
        if ch == '"':
            out.append("\u201c" if prev in " ([-:" else "\u201d")
        elif ch == "'":
            out.append("\u2018" if prev in " ([" else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    done = []
    for ln in lines:
        if ln.endswith("~paste"):
            done.append(ln[:-len("~paste")])
            continue
        tail = ""
        if ln.endswith("~sp"):
            ln, tail = ln[:-3], " "
        done.append(smart(ln) + tail)
    with open(out, "wb") as f:
        f.write("\n".join(done).encode("utf-8"))


if __name__ == "__main__":
    main()
