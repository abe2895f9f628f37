#!/usr/bin/python3
"""Re-make docs/2025-09-27.md, an Obsidian daily note, from tools/2025-09-27.txt.

Run: /usr/bin/python3 tools/make_obsidian.py [OUTPUT]
Standard library only. The source is the note as typed, with nested list items indented by
two spaces a level and "^@name" for a block id Obsidian generated. This script writes the
file as Obsidian saves it in the vault: YAML front matter as written, nested list items
indented with one tab a level, each "^@name" (and each link "#^@name") replaced by a
six-character id of lower-case letters and digits, as Obsidian makes when one links to a
block, and no newline after the last line. Lines starting "%%" at the very top of the source
are notes on it and are dropped.
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "2025-09-27.txt")
OUT = os.path.join(HERE, "..", "docs", "2025-09-27.md")


def block_id(name):
    h = hashlib.sha256(("2025-09-27^" + name).encode()).digest()
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[b % 36] for b in h[:6])


def build(text):
    lines = text.split("\n")
    while lines and lines[0].startswith("%%"):
        lines.pop(0)
    out = []
    in_yaml = False
    for n, line in enumerate(lines):
        if line == "---" and (n == 0 or in_yaml):
            in_yaml = not in_yaml
            out.append(line)
            continue
        if not in_yaml:
            m = re.match(r"^((?:  )+)([-*+] |\d+\. )", line)
            if m:
                line = "\t" * (len(m.group(1)) // 2) + line[len(m.group(1)):]
        line = re.sub(r"\^@(\w+)", lambda m: "^" + block_id(m.group(1)), line)
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        data = build(f.read()).encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
