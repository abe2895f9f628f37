#!/usr/bin/python3
"""Re-make docs/antimicrobial-resistance-vault-note.md byte for byte from
tools/antimicrobial-resistance-vault-note.txt.

The note is an Obsidian vault page as Obsidian writes it to disk: UTF-8, LF line ends, YAML front
matter (tags, aliases, created/updated, source, status), callouts (> [!note], > [!tip],
> [!warning]), [[wiki links]] with |aliases, an embedded image (![[...]]), a block id (^mechanisms),
an inline tag (#imp), ==highlights==, a %% comment %%, a pipe table, nested list items indented with
tabs (the vault uses "Use tabs" for indentation), task items, and no newline after the last line.
The source keeps the same text with each leading indentation step written as four spaces; this
script turns them back into tabs and drops the final newline.  Standard library only.

Usage: make_md.py [OUTPUT]   (default: the set's docs/antimicrobial-resistance-vault-note.md)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "antimicrobial-resistance-vault-note.txt")
OUT = os.path.join(HERE, "..", "docs", "antimicrobial-resistance-vault-note.md")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    text = open(SRC, encoding="utf-8").read()
    text = re.sub(r"(?m)^((?:    )+)", lambda m: "\t" * (len(m.group(1)) // 4), text)
    text = text.rstrip("\n")
    with open(out, "wb") as fh:
        fh.write(text.encode("utf-8"))


if __name__ == "__main__":
    main()
