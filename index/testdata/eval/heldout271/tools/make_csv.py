#!/usr/bin/python3
"""Make "docs/Mangrove sites reading log 8d2f6a1c4b7e4f0a9e35c1d7b6a2f948.csv" from the .txt of
the same name in tools/.

The file is what Notion writes when a database is exported with "Export" > "Markdown & CSV"
(current view): the CSV is named after the database with its 32-hex id, UTF-8 with a byte-order
mark, LF line ends; the header row holds the properties in the view's order with the title
property first; every record is padded to all properties; fields are quoted only when they hold
a comma, a double quote or a line break, with inner quotes doubled; line breaks typed inside a
text property stay as bare LFs inside the quoted field. Notion writes what it stores, not what
it shows: selects and multi-selects as their labels (multi-select joined by ", "), dates as
"June 18, 2025", the checkbox as Yes / No, the status as its label, the URL as a bare URL, a
"Files & media" property as the file's path inside the export folder (percent-encoded), and
"Created time" as "June 18, 2025 9:02 PM". There are no page bodies in a database CSV.

Source markup: see the comment lines at the top of the .txt.
Run from anywhere: /usr/bin/python3 tools/make_csv.py [OUT]  (output is byte-for-byte stable)
"""
import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Mangrove sites reading log 8d2f6a1c4b7e4f0a9e35c1d7b6a2f948"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".csv")


def read():
    props, rows = [], []
    last = None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("%") or not line.strip():
                continue
            if line.startswith("@properties "):
                props = line[len("@properties "):].split(", ")
            elif line.startswith("## "):
                rows.append({"Name": line[3:]})
                last = "Name"
            elif line.startswith("  "):
                rows[-1][last] += "\n" + line[2:]
            else:
                key, value = line.split(": ", 1)
                if key not in props:
                    raise ValueError("unknown property %r" % key)
                rows[-1][key] = value
                last = key
    return props, rows


def build(out_path):
    props, rows = read()
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(props)
    for r in rows:
        w.writerow([r.get(p, "") for p in props])
    with open(out_path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
