#!/usr/bin/python3
"""Make docs/GS2 Weekly Quiz 14 - Judicial Activism vs Overreach.csv from its source text.

The file is what Google Forms gives for Responses > "Download responses (.csv)" on a quiz (the
.csv inside the zip it downloads, named after the form's title): UTF-8 without a byte-order
mark, every field double-quoted (inner quotes doubled), rows ended by CRLF while the line
breaks typed inside a question title or a paragraph answer stay bare LFs inside the quoted
field; a header row of Timestamp, Email Address, Score and then the questions' titles in form
order; one row per response in submission order, the first being the teacher's own submission
marked ANSWER KEY; timestamps as "2025/08/29 9:14:05 PM GMT+5:30"; the quiz score as "15 / 20";
checkbox answers joined by ";" with no space; unanswered questions as empty fields.

Source markup: see the comment at the top of the source text.
Run from anywhere: /usr/bin/python3 tools/make_csv.py [OUT]  (output is byte-for-byte stable)
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "GS2 Weekly Quiz 14 - Judicial Activism vs Overreach"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".csv")


def parse():
    cols, headers, rows = [], {}, []
    mode, key, last = None, None, None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("#"):
            continue
        if line.startswith("@col "):
            mode, key = "col", line[5:].strip()
            cols.append(key)
            headers[key] = []
        elif line == "@row":
            mode = "row"
            rows.append({})
        elif not line.strip():
            if mode == "col":
                mode = None
        elif mode == "col":
            headers[key].append(line)
        elif mode == "row" and line.startswith("  "):
            rows[-1][last] += "\n" + line[2:]
        elif mode == "row":
            last, value = line.split(": ", 1)
            if last not in headers:
                raise SystemExit("unknown column %r" % last)
            rows[-1][last] = value
        else:
            raise SystemExit("cannot parse: %r" % line)
    return cols, {k: "\n".join(v) for k, v in headers.items()}, rows


def build(out_path):
    cols, headers, rows = parse()
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow([headers[c] for c in cols])
        for r in rows:
            w.writerow([r.get(c, "") for c in cols])


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
