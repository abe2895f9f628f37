#!/usr/bin/python3
"""Re-make "docs/Geog revision sheet - Currents and tides.csv" from tools/currents-sheet.txt.

The sheet is a Google Sheets tab downloaded as CSV (File > Download > Comma-separated values):
UTF-8 without a BOM, CRLF line endings, fields quoted only when they hold a comma, a quote or a
line break, and every row padded to the sheet's four columns (a blank spacer row is ",,,").
In the source text each row is one line with its cells separated by " | "; an empty line is a
spacer row. Run from anywhere: /usr/bin/python3 tools/make_csv.py (byte-for-byte reproducible).
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "currents-sheet.txt")
OUT = os.path.join(HERE, "..", "docs", "Geog revision sheet - Currents and tides.csv")
NCOL = 4


def render():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for line in lines:
        cells = [c.strip() for c in line.split(" | ")] if line.strip() else []
        if len(cells) > NCOL:
            raise SystemExit("too many cells: %r" % line)
        w.writerow(cells + [""] * (NCOL - len(cells)))
    return buf.getvalue().encode("utf-8")


def build():
    with open(OUT, "wb") as f:
        f.write(render())


if __name__ == "__main__":
    build()
