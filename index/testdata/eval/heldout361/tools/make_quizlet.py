#!/usr/bin/python3
"""Re-make docs/rbi-mpc-inflation-quizlet-flashcards.txt from tools/rbi-mpc-inflation-quizlet-flashcards.txt.

The document is a Quizlet study set exported with the default separators (a Tab between term and
definition, a new line between rows), copied from the export box in Chrome on Windows and pasted
into Notepad: so every line break, including those inside multi-line definitions, is CRLF, the
file is UTF-8 without a byte-order mark, and it ends without a final line break (the export box
has none).  Usage: make_quizlet.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "rbi-mpc-inflation-quizlet-flashcards.txt")
OUT = os.path.join(HERE, "..", "docs", "rbi-mpc-inflation-quizlet-flashcards.txt")


def cards(text):
    out, term, lines = [], None, []
    for line in text.split("\n"):
        if line.startswith("#"):
            continue
        if line.startswith(">> "):
            if term is not None:
                out.append((term, lines))
            term, lines = line[3:], []
        elif term is not None and line.strip():
            lines.append(line)
    if term is not None:
        out.append((term, lines))
    return out


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    text = open(SRC, encoding="utf-8").read()
    rows = ["%s\t%s" % (term, "\n".join(defn)) for term, defn in cards(text)]
    data = "\n".join(rows).replace("\n", "\r\n").encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
