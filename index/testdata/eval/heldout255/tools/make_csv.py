#!/usr/bin/python3
"""Re-make docs/RTI_Case_Tracker_Sneha.csv from tools/RTI_Case_Tracker_Sneha.txt.

Run: /usr/bin/python3 tools/make_csv.py [output path]
Standard library only; byte for byte the same output on every run.

What Excel for Windows writes with File > Save As > "CSV (Comma delimited) (*.csv)" for the
active sheet of a workbook:
  - the ANSI code page (Windows-1252), no byte-order mark: en dashes become byte 0x96 and
    characters the code page lacks (the rupee sign) become "?";
  - CRLF after every row, the last one included;
  - every row padded with commas to the used range's nine columns, so blank rows are eight
    commas and merged cells (the title, the notes, the band headers over the column headers,
    the section rows) keep their text in the first cell with empty cells after it;
  - a field is quoted only when it holds a comma, a double quote or a line break; quotes inside
    are doubled; a line break typed with Alt+Enter stays a bare LF inside the quotes;
  - values as displayed (dates in the column's dd-mm-yyyy format, the "Reply due" formula
    =C+30 as its result).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "RTI_Case_Tracker_Sneha.txt")
OUT = os.path.join(HERE, "..", "docs", "RTI_Case_Tracker_Sneha.csv")
WIDTH = 9


def field(v):
    if any(ch in v for ch in ',"\n\r'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build(out):
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    while lines and lines[-1] == "":
        lines.pop()
    rows = []
    for line in lines:
        cells = [c.replace("\\n", "\n") for c in line.split("\t")] if line else []
        if len(cells) > WIDTH:
            raise SystemExit("too many cells: %r" % line)
        cells += [""] * (WIDTH - len(cells))
        rows.append(",".join(field(c) for c in cells) + "\r\n")
    with open(out, "wb") as f:
        f.write("".join(rows).encode("cp1252", errors="replace"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
