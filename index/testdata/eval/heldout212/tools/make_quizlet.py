#!/usr/bin/python3
"""Make docs/quizlet-ocean-acidification.txt from tools/quizlet-ocean-acidification.txt.

The document is a Quizlet set exported as text (set page > "..." > Export, "Between term and
definition: Tab", "Between rows: New line"): one card a line, the term, a tab, the definition.
Quizlet writes no title and no header, keeps the fields exactly as typed (Unicode subscripts and
arrows, trailing spaces, curly or straight quotes), writes an image-only definition as an empty
field, and puts no newline after the last row.

Source markup: "T: " term, "D: " definition, "{sp}" for a trailing space left in a field,
lines starting with "%" are comments, blank lines separate cards.
Run from anywhere: /usr/bin/python3 tools/make_quizlet.py  (an output path may be given as
the only argument; output is byte-for-byte stable)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "quizlet-ocean-acidification.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else \
    os.path.join(HERE, "..", "docs", "quizlet-ocean-acidification.txt")


def field(s):
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
    return out


def main():
    with open(SRC, encoding="utf-8") as f:
        rows = cards(f.read())
    data = "\n".join("%s\t%s" % r for r in rows)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(data)


if __name__ == "__main__":
    main()
