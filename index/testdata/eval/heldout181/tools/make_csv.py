#!/usr/bin/python3
"""Re-make docs/nghm-revision-sheet.csv from tools/nghm-revision-sheet.txt.

Run from anywhere: /usr/bin/python3 tools/make_csv.py
Standard library only. The file is what Google Sheets gives for File > Download > Comma-separated
values: UTF-8 without a byte-order mark, CRLF between rows, line breaks inside a cell kept as a
bare LF inside the quoted cell, a cell quoted only when it holds a comma, a quote or a line break,
no newline after the last row. A merged Topic cell exports its name in its first row only, the
spacer column D has an empty header, and the blank rows between topics come out as commas only.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "nghm-revision-sheet.txt")
OUT = os.path.join(HERE, "..", "docs", "nghm-revision-sheet.csv")


def parse():
    header, rows, topic, row = None, [], None, None

    def close():
        if row is not None:
            rows.append([row["topic"], row["sub"], "\n".join(row["k"]), "", "\n".join(row["t"]).strip(),
                         "\n".join(row["s"]).strip()])

    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith(";;") or not line.strip():
                continue
            if line.startswith("@columns "):
                header = [c.strip() for c in line[9:].split("|")]
            elif line == ",":
                close()
                row = None
                rows.append([""] * len(header))
            elif line.startswith("## "):
                close()
                row = None
                topic = line[3:].strip()
            elif line.startswith("> "):
                close()
                row = {"topic": topic, "sub": line[2:].strip(), "k": [], "t": [], "s": []}
                topic = ""
            else:
                key, _, text = line.partition(" ")
                row[key].append(text.strip())
    close()
    return header, rows


def main():
    header, rows = parse()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    data = buf.getvalue()
    if data.endswith("\r\n"):
        data = data[:-2]
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(data)


if __name__ == "__main__":
    main()
