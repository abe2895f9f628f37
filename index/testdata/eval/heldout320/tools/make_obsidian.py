#!/usr/bin/python3
"""Re-make "docs/Child Labour Act & NCPCR - section-wise.md", an Obsidian note, from its source.

Run from anywhere: /usr/bin/python3 tools/make_obsidian.py [OUTPUT]
Standard library only; the same bytes on every run.

The source is the note as typed, with nested list items indented by two spaces a level and
"^@name" for a block id that Obsidian generated. This script writes the file as Obsidian saves
it in the vault: the YAML front matter (Properties) as written, nested list items indented with
one tab a level, each "^@name" (and each link to "#^@name") replaced by the six-character id of
lower-case letters and digits Obsidian makes when one links to a block, and no newline after
the last line. Lines starting "%%" at the very top of the source are notes on it and are
dropped; "%%...%%" comments inside the note stay (Reading view hides them).
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Child Labour Act & NCPCR - section-wise"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".md")


def block_id(name):
    h = hashlib.sha256((NAME + "^" + name).encode()).digest()
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[b % 36] for b in h[:6])


def build(text):
    lines = text.split("\n")
    while lines and lines[0].startswith("%%"):
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    out = []
    for line in lines:
        m = re.match(r"^((?:  )+)([-*+] |\d+\. )(.*)$", line)
        if m:
            line = "\t" * (len(m.group(1)) // 2) + m.group(2) + m.group(3)
        line = re.sub(r"\^@([\w-]+)", lambda m: "^" + block_id(m.group(1)), line)
        out.append(line)
    return "\n".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    text = open(SRC, encoding="utf-8").read()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build(text))


if __name__ == "__main__":
    main()
