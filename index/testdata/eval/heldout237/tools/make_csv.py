#!/usr/bin/python3
"""Make "docs/IAS India tracker-Grid view.csv" from the .txt of the same name.

The file is what Airtable writes with "Download CSV" from the view menu of the grid view "Grid
view" of the table "IAS India tracker": named "<table>-<view>.csv", UTF-8 with a byte-order
mark, CRLF between records and after the last one, the header row of field names in the view's
column order (primary field "Species" first), every record padded to all 17 fields, fields
quoted only when they hold a comma, a double quote or a line break (inner quotes doubled), and
line breaks typed inside a long-text cell kept as bare LFs. Fields come out as Airtable shows
them: multiple selects ("Tags") and linked records ("Related") joined by a bare comma, a
ticked checkbox ("Revised") as "checked" and an unticked one as an empty field (the source text
writes "unchecked" so the column stays readable), attachments as "file name (signed URL)", and
the last-modified time as "7/19/2025 10:42pm".

Run from anywhere: /usr/bin/python3 tools/make_csv.py  (the output is byte-for-byte stable;
an optional argument names another output path)
"""
import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "IAS India tracker-Grid view"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".csv")
if len(sys.argv) > 1:  # tools/check.py re-makes the file into a scratch path
    OUT = sys.argv[1]
WIDTH = 17


def rows():
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().rstrip("\n").split("\n"):
            if line.startswith("# "):
                continue
            cells = [c.strip().replace("\\n", "\n") for c in line.split(" | ")]
            if len(cells) != WIDTH:
                raise SystemExit("expected %d fields, got %d: %r" % (WIDTH, len(cells), line[:60]))
            # an unticked checkbox is written as an empty field
            cells = ["" if c == "unchecked" else c for c in cells]
            yield cells


def build():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows():
        w.writerow(r)
    return "\ufeff" + buf.getvalue()


def main():
    data = build().encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %s (%d bytes)" % (OUT, len(data)))


if __name__ == "__main__":
    main()
