#!/usr/bin/python3
"""Make docs/quizlet-dpdp-act-rules.txt from tools/quizlet-dpdp-act-rules.txt.

The document is a Quizlet set exported as text (set page > "..." > Export, "Between term and
definition: Tab", "Between rows: New line", then "Copy text"), pasted into Windows Notepad and
saved there as UTF-8: one card a line, the term, a tab, the definition, every row ending in
CRLF as Notepad writes it, and no line break after the last row. Quizlet writes no title and
no header, keeps the fields exactly as typed (arrows, en dashes, the rupee sign, curly or
straight quotes, stray trailing spaces) and writes an image-only definition as an empty field.

Source markup: "T: " term, "D: " definition ("D:" alone for an empty one), "{sp}" for a
trailing space left in a field, lines starting with "%" are comments, blank lines separate
cards.
Run from anywhere: /usr/bin/python3 tools/make_quizlet.py  (an output path may be given as the
only argument; the output is byte for byte the same on every run)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "quizlet-dpdp-act-rules.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else \
    os.path.join(HERE, "..", "docs", "quizlet-dpdp-act-rules.txt")


def field(s):
    if "\t" in s or "\r" in s:
        raise ValueError("a field may not hold a tab or CR: %r" % s)
    return s.replace("{sp}", " ")


def cards(text):
    out, term = [], None
    for line in text.split("\n"):
        if line.startswith("%") or not line.strip():
            continue
        if line.startswith("T: "):
            if term is not None:
                raise ValueError("term without definition: %r" % term)
            term = field(line[3:])
        elif line.startswith("D:"):
            if term is None:
                raise ValueError("definition without term: %r" % line)
            out.append((term, field(line[3:]) if line.startswith("D: ") else ""))
            term = None
        else:
            raise ValueError("unknown source line: %r" % line)
    if term is not None:
        raise ValueError("term without definition at the end: %r" % term)
    return out


def main():
    with open(SRC, encoding="utf-8") as f:
        rows = cards(f.read())
    data = "\r\n".join("%s\t%s" % r for r in rows)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(data)


if __name__ == "__main__":
    main()
