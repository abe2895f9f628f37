#!/usr/bin/python3
"""Re-make docs/pallava-vs-chalukya-remnote.md from tools/pallava-vs-chalukya-remnote.txt.

The source is the RemNote document as an outline, two spaces of indent a level, one Rem a line
(blank lines are ignored, except that a line holding only spaces is an empty Rem). The export
writes what RemNote's "Export > Markdown" gives for one document with all its descendants: every
Rem as a "- " bullet, children indented four spaces a level under their parent, the document Rem
itself as the top bullet (with its #[[tag]] references), header Rems as "- # ..." inside the
list, flashcard delimiters kept as typed (::, ;;, >>, >>>, <>, and {{cloze}}), Rem references as
[[...]], checklist Rems as "- [ ]" / "- [x]", an image as a link into remnote-user-data, and an
empty Rem as a bare "- ". LF line ends, UTF-8, a final newline.

Run: /usr/bin/python3 tools/make_remnote.py [OUTPUT]   (default: the file in docs/)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pallava-vs-chalukya-remnote.txt")
OUT = os.path.join(HERE, "..", "docs", "pallava-vs-chalukya-remnote.md")


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    out = []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line == "":
            continue
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        assert indent % 2 == 0, "odd indent: %r" % line
        level = indent // 2
        text = stripped.rstrip()
        out.append("    " * level + "- " + text)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
