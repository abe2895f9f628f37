#!/usr/bin/python3
"""Make "docs/Election Commission Tracker 2c8e5a1f9b3d47e6a0f4c7d2e9b1a865_all.csv" from
"tools/Election Commission Tracker 2c8e5a1f9b3d47e6a0f4c7d2e9b1a865_all.txt".

The file imitates what Notion writes for a database when a page is exported with "Export" >
"Markdown & CSV": the "_all.csv" (every row, whatever the view's filter) named after the database
with its 32-hex id, UTF-8 with a byte-order mark, one header row of property names with the title
property ("Name") first, rows in the view's order, fields quoted only when they hold a comma, a
double quote or a line break (quotes doubled), LF line ends, line breaks typed inside a text
property kept as bare LFs inside the quoted cell, empty properties as empty fields, dates in
Notion's "Month D, YYYY" form with ranges joined by " → ", multi-selects joined by ", ",
relations written as "Page name (https://www.notion.so/Page-name-<id>?pvs=21)" and joined by
", ", and "Last edited time" as "Month D, YYYY h:mm AM/PM".

Run from anywhere: /usr/bin/python3 tools/make_notion_csv.py [OUTPUT_DIR]   (byte-for-byte stable;
OUTPUT_DIR defaults to docs/)
"""
import csv
import hashlib
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "Election Commission Tracker 2c8e5a1f9b3d47e6a0f4c7d2e9b1a865_all.txt")
DOCS = os.path.join(HERE, "..", "docs")


def page_id(name):
    return hashlib.md5(("eci-tracker/" + name).encode("utf-8")).hexdigest()


def page_link(name):
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")
    return "%s (https://www.notion.so/%s-%s?pvs=21)" % (name, slug, page_id(name))


def read():
    meta, rows, cur, field = {}, [], None, None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("%"):
                continue
            if line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                meta[k] = v
                continue
            if line.startswith("== "):
                cur = {"Name": line[3:]}
                rows.append(cur)
                field = None
                continue
            if not line.strip():
                field = None
                continue
            m = re.match(r"([A-Z][A-Za-z ]+): (.*)$", line)
            if m and m.group(1) in meta["columns"].split("|"):
                field = m.group(1)
                cur[field] = m.group(2)
            elif field in ("Key points", "Prelims trap"):
                cur[field] += "\n" + line
            else:
                raise SystemExit("stray line: %r" % line)
    return meta, rows


def build(out_dir=DOCS):
    meta, rows = read()
    cols = meta["columns"].split("|")
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        vals = []
        for c in cols:
            v = r.get(c, "")
            if c == "Date":
                v = v.replace(" -> ", " \u2192 ")
            if c == "Related" and v:
                v = ", ".join(page_link(n) for n in v.split(" ;; "))
            vals.append(v)
        w.writerow(vals)
    name = "%s %s_all.csv" % (meta["database"], meta["id"])
    with open(os.path.join(out_dir, name), "wb") as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return name


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else DOCS)
