#!/usr/bin/python3
"""Make docs/readwise-communal-award-yerawada.csv from tools/readwise-communal-award-yerawada.txt.

The file is what Readwise's "Export to CSV" gives: a header row (Highlight, Book Title, Book
Author, Amazon Book ID, Note, Color, Tags, Location Type, Location, Highlighted at, Document tags)
and one row per highlight, written by Python's csv module (minimal quoting, CRLF row ends, fields
with commas, quotes or line breaks in double quotes, multi-line highlights and notes kept with
LF inside the quotes). Heading highlights carry the ".h1" tag Readwise uses for headings.

Run: /usr/bin/python3 tools/make_readwise.py [output path]   (output is byte-for-byte stable)
"""
import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "readwise-communal-award-yerawada.txt")
OUT = os.path.join(HERE, "..", "docs", "readwise-communal-award-yerawada.csv")
HEADER = ["Highlight", "Book Title", "Book Author", "Amazon Book ID", "Note", "Color", "Tags",
          "Location Type", "Location", "Highlighted at", "Document tags"]


def parse():
    rows, book, cur = [], None, None

    def close():
        if cur is not None:
            text = "\n".join(cur["text"]).strip("\n")
            note = "\n".join(cur["note"]).strip("\n") if cur["note"] is not None else ""
            rows.append([text, book[0], book[1], book[2], note, cur["color"], cur["tags"],
                         book[3], cur["loc"], cur["at"] + "+00:00", book[4]])

    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#"):
                continue
            if line.startswith("@book "):
                close()
                cur = None
                book = [p.strip() for p in line[6:].split(" | ")]
            elif line.startswith("== "):
                close()
                loc, at, color, tags = [p.strip() for p in line[3:].split(" | ")]
                cur = {"loc": loc, "at": at, "color": color, "tags": tags, "text": [], "note": None}
            elif line == "-- note":
                cur["note"] = []
            elif cur is not None:
                (cur["note"] if cur["note"] is not None else cur["text"]).append(line)
    close()
    return rows


def build_bytes():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    for r in parse():
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(build_bytes())


if __name__ == "__main__":
    main()
