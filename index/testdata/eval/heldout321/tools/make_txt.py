#!/usr/bin/python3
"""Make docs/space-debris-ssa-outline.txt from tools/space-debris-ssa-outline.txt.

The document is a plain-text outline as a student keeps it in Windows Notepad: no bullets,
hierarchy by tab indentation only (the source marks each level with four spaces), CRLF line
endings and a final CRLF, UTF-8 without a byte-order mark.

Run from anywhere: /usr/bin/python3 tools/make_txt.py [OUT]
The output is byte-for-byte reproducible.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "space-debris-ssa-outline.txt")
OUT = os.path.join(HERE, "..", "docs", "space-debris-ssa-outline.txt")


def convert(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        m = re.match(r"( {4})*", line)
        depth = len(m.group(0)) // 4
        rest = line[depth * 4:]
        if rest.startswith(" "):
            raise SystemExit("indent not a multiple of four spaces: %r" % line)
        if rest[:1] in ("-", "*", "\u2022"):
            raise SystemExit("bullet in outline: %r" % line)
        out.append("\t" * depth + rest)
    return "\r\n".join(out) + "\r\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    data = convert(text).encode("utf-8")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
