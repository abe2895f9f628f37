#!/usr/bin/python3
"""Make "docs/GS3 critical minerals tracker - Auctions.csv" from the .txt of the same name.

The file is what Google Sheets writes with File > Download > Comma-separated values (.csv) for
the tab "Auctions" of the spreadsheet "GS3 critical minerals tracker": UTF-8 without a byte-order
mark, CRLF between rows and no line break after the last row; every row padded to the sheet's
used width (ten columns, A to J, the last one a "doubts" column that is mostly empty), so empty
rows are nine commas; a cell is quoted only when it holds a comma, a double quote or a line
break, quotes inside it are doubled, and a line break typed inside a cell stays a bare LF. What
Sheets shows is what it writes: the title and "Last updated" lines in column A of rows 1-2
(merged across in the sheet), the band rows "A. BASICS ..." to "F. PRACTICE + TRAPS" in column
A only, checkbox cells as TRUE/FALSE, formula results instead of formulas (the totals row, with a
#REF! left by a broken formula), dates as dd/mm/yyyy or as typed text ("Oct 2023").

Run from anywhere: /usr/bin/python3 tools/make_csv.py  (the output is byte-for-byte stable)
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "GS3 critical minerals tracker - Auctions"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".csv")
WIDTH = 10


def rows():
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().rstrip("\n").split("\n"):
            if line.startswith("# "):
                continue
            cells = [c.strip().replace("\\n", "\n") for c in line.split(" | ")] if line else []
            if len(cells) > WIDTH:
                raise SystemExit("too many cells: %r" % line)
            yield cells + [""] * (WIDTH - len(cells))


def build():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows():
        w.writerow(r)
    data = buf.getvalue()
    if data.endswith("\r\n"):
        data = data[:-2]
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(data)


if __name__ == "__main__":
    build()
