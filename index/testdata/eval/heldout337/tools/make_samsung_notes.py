#!/usr/bin/python3
"""Re-make docs/act-east-samsung-notes.txt from tools/act-east-samsung-notes.txt.

The file is a Samsung Notes note shared as a text file from a Galaxy phone: the note's title on
the first line, the note's date line as the export writes it, a blank line, the body exactly as
typed on the phone (short lines, emoji bullets, ALL-CAPS heading lines, '->' arrows, ':-' after
labels, abbreviations, trailing spaces left by the keyboard), the checklist exported as
U+2610 / U+2611 lines, then a blank line and the "Sent from my Galaxy" line the share sheet
appends.  UTF-8 without BOM, LF line ends, no newline after the last line.
Usage: make_samsung_notes.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "act-east-samsung-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "act-east-samsung-notes.txt")


def build():
    meta, body = {}, []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("@") and not body:
            k, v = line[1:].split(" ", 1)
            meta[k] = v
            continue
        if line.startswith("[x] "):
            line = "\u2611 " + line[4:]
        elif line.startswith("[ ] "):
            line = "\u2610 " + line[4:]
        body.append(line)
    while body and not body[-1].strip():
        body.pop()
    out = [meta["title"], meta["date"], ""] + body + ["", meta["footer"]]
    return "\n".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(build())


if __name__ == "__main__":
    main()
