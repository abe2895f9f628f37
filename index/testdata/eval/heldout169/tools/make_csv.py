#!/usr/bin/python3
"""Re-make docs/pds-nfsa-tracker.csv from tools/pds-nfsa-tracker.txt.

Run from anywhere: /usr/bin/python3 tools/make_csv.py
The output is what Excel writes for "CSV UTF-8 (Comma delimited)": a UTF-8 byte-order mark,
CRLF between rows, every row padded with empty fields to the sheet's seven used columns,
fields quoted only when they hold a comma, a quote or a line break, and line breaks inside a
cell (Alt+Enter) kept as a bare LF inside the quotes.

Source format: one sheet row a line; cells separated by "|" (surrounding spaces dropped);
"\\n" inside a cell is a line break within the cell; an empty line is an empty row.
Standard library only; byte for byte reproducible.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pds-nfsa-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "pds-nfsa-tracker.csv")
NCOLS = 7


def rows():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        cells = [c.strip().replace("\\n", "\n") for c in line.split("|")] if line.strip() else []
        if len(cells) > NCOLS:
            raise SystemExit("too many cells: %r" % line)
        yield cells + [""] * (NCOLS - len(cells))


def build():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows():
        w.writerow(r)
    with open(OUT, "wb") as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


if __name__ == "__main__":
    build()
