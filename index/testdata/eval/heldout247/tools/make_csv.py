#!/usr/bin/python3
"""Make "docs/Defection Tracker 7e3b9c21d4a54f0e8b6c2a1f5d9e0c47.csv" from
"tools/Defection Tracker 7e3b9c21d4a54f0e8b6c2a1f5d9e0c47.txt".

The file imitates the CSV Notion writes for a database's current view when it is exported with
"Export" > "Markdown & CSV" (the view file, not its "_all" twin), named after the database with
its 32-hex id: UTF-8 with a byte-order mark, LF line ends, a header row of the view's property
names with the title property ("Episode") first; rows in the view's order; fields quoted only
when they hold a comma, a double quote or a line break (quotes doubled); line breaks typed inside
a text property kept as bare LFs inside the quoted cell; empty properties as empty fields; the
number property "Year" as digits; the date property in Notion's "Month D, YYYY" form (a range
joined by " → "); the sub-item relations
"Parent item" and "Sub-item" written as "Page name (https://www.notion.so/Page-name-<32 hex>?pvs=21)"
and joined by ", "; the checkbox "Revised" as Yes / No; multi-selects joined by ", "; the person
property "Created by" as the member's name; "Last edited time" as "Month D, YYYY h:mm AM/PM".

Run: /usr/bin/python3 tools/make_csv.py [OUT]   (byte-for-byte stable output)
"""
import csv
import hashlib
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "Defection Tracker 7e3b9c21d4a54f0e8b6c2a1f5d9e0c47"
SRC = os.path.join(HERE, STEM + ".txt")
OUT = os.path.join(HERE, "..", "docs", STEM + ".csv")


def page_link(name):
    pid = hashlib.md5(("defection-tracker/" + name).encode("utf-8")).hexdigest()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")
    return "%s (https://www.notion.so/%s-%s?pvs=21)" % (name, slug, pid)


def read():
    meta, rows, cur, field = {}, [], None, None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().rstrip("\n").split("\n"):
            if line.startswith("%"):
                continue
            if line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                meta[k] = v
                continue
            if line.startswith("## "):
                cur = {"Episode": line[3:]}
                rows.append(cur)
                field = None
                continue
            if not line.strip():
                field = None
                continue
            if line.startswith("  ") and field:
                cur[field] += "\n" + line[2:]
                continue
            key, sep, val = line.partition(":")
            if not sep or key not in meta["columns"].split("|"):
                raise SystemExit("stray line: %r" % line)
            field = key
            cur[key] = val[1:] if val.startswith(" ") else val
    return meta, rows


def build(out):
    meta, rows = read()
    cols = meta["columns"].split("|")
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        vals = []
        for c in cols:
            v = r.get(c, "").strip()
            if c in ("Parent item", "Sub-item") and v:
                v = ", ".join(page_link(x) for x in v.split("|"))
            vals.append(v)
        w.writerow(vals)
    with open(out, "wb") as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
