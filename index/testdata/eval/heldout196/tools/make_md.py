#!/usr/bin/python3
"""Re-make docs/hackmd-ipoi-quad-maritime.md from tools/hackmd-ipoi-quad-maritime.txt.

HackMD's "Download -> Markdown" writes the note as it is typed, with the note's
YAML metadata block on top.  The source keeps the metadata as "key: value" lines
above a ===== rule; this script turns them into the front matter and copies the
body unchanged (LF line endings, one trailing newline).  Deterministic.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "hackmd-ipoi-quad-maritime.txt")
OUT = os.path.join(HERE, "..", "docs", "hackmd-ipoi-quad-maritime.md")


def main():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    head, _, body = text.partition("=====\n")
    meta = [l for l in head.split("\n") if l.strip()]
    out = "---\n" + "\n".join(meta) + "\n---\n\n" + body.rstrip("\n") + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    main()
