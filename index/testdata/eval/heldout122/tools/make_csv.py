#!/usr/bin/python3
"""Re-make docs/mpi-study-sheet.csv from tools/mpi-study-sheet.tsv.

The source holds the sheet's cells, one row a line, cells separated by tabs (an empty line is
the blank row between the two tables). The output is what Excel's "CSV UTF-8 (Comma
delimited)" export writes: a UTF-8 byte-order mark, CRLF row ends, a cell quoted only when it
holds a comma, a double quote or a line break (quotes inside doubled), and every row padded
with empty cells to the width of the sheet's used range (five columns), so the title row, the
section rows, the blank row and the four-column second table all end in trailing commas.
Standard library only; the output is byte-for-byte reproducible.
Run from anywhere: /usr/bin/python3 tools/make_csv.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mpi-study-sheet.tsv")
OUT = os.path.join(HERE, "..", "docs", "mpi-study-sheet.csv")


def build():
    with open(SRC, encoding="utf-8") as f:
        rows = [l.split("\t") if l else [] for l in f.read().rstrip("\n").split("\n")]
    width = max(len(r) for r in rows)
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for r in rows:
        w.writerow(r + [""] * (width - len(r)))
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


if __name__ == "__main__":
    with open(OUT, "wb") as f:
        f.write(build())
