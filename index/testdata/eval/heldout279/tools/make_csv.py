#!/usr/bin/python3
"""Re-make docs/mgnrega-wages-funds-todoist.csv from tools/mgnrega-wages-funds-todoist.txt.

The output is what Todoist writes for a project's "Export as a template" -> "Export as CSV
file" (relative dates unticked) in 2025: the fifteen-column header with IS_COLLAPSED,
DURATION and DEADLINE columns, a meta row, an empty row after the meta row and after every
top-level task with its sub-tasks and comments, section rows with IS_COLLAPSED "False",
task rows (priority 1 = p1 ... 4 = none, INDENT 1-2, author "Name (id)", Asia/Kolkata),
note rows for comments (author and an ISO timestamp in DATE), CRLF row ends, newlines
inside quoted descriptions, UTF-8 without a BOM. Standard library only; byte for byte
the same every run.
Run: /usr/bin/python3 tools/make_csv.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mgnrega-wages-funds-todoist.txt")
OUT = os.path.join(HERE, "..", "docs", "mgnrega-wages-funds-todoist.csv")

HEADER = ["TYPE", "CONTENT", "DESCRIPTION", "IS_COLLAPSED", "PRIORITY", "INDENT", "AUTHOR",
          "RESPONSIBLE", "DATE", "DATE_LANG", "TIMEZONE", "DURATION", "DURATION_UNIT",
          "DEADLINE", "DEADLINE_LANG"]
PEOPLE = {"R": "Ritika Sharma (41829305)", "A": "Arjun Menon (44710258)"}
TZ = "Asia/Kolkata"


def parse_opts(text):
    opts = {}
    key = None
    for part in text.split(" "):
        if "=" in part:
            key, val = part.split("=", 1)
            opts[key] = val
        elif key:  # values with spaces, e.g. date=every sun
            opts[key] += " " + part
    return opts


def parse():
    items = []  # dicts: kind, content, body lines, opts
    cur = None
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if raw.startswith("#"):
                continue
            if raw.startswith("@"):
                word, _, rest = raw[1:].partition(" ")
                cur = {"kind": word, "content": "", "body": [], "opts": {}}
                if word == "section":
                    cur["content"] = rest
                elif word == "meta":
                    cur["content"] = rest
                else:
                    cur["opts"] = parse_opts(rest)
                items.append(cur)
            elif raw.startswith("> ") and cur and cur["kind"] == "task" and not cur["content"]:
                cur["content"] = raw[2:]
            elif cur is not None:
                cur["body"].append(raw)
    for it in items:
        while it["body"] and not it["body"][-1].strip():
            it["body"].pop()
        while it["body"] and not it["body"][0].strip():
            it["body"].pop(0)
    return items


def rows(items):
    out = [HEADER]
    blank = [""] * len(HEADER)
    for n, it in enumerate(items):
        k = it["kind"]
        o = it["opts"]
        if k == "meta":
            out.append(["meta", it["content"]] + [""] * 13)
            out.append(blank)
        elif k == "section":
            out.append(["section", it["content"], "", "False"] + [""] * 11)
        elif k == "task":
            date = o.get("date", "")
            dur = o.get("dur", "")
            out.append(["task", it["content"], "\n".join(it["body"]), "",
                        o["p"], o["i"], PEOPLE[o["by"]], PEOPLE.get(o.get("to"), ""),
                        date, "en" if date else "", TZ,
                        dur, "minute" if dur else "",
                        o.get("deadline", ""), "en" if o.get("deadline") else ""])
        elif k == "note":
            out.append(["note", "\n".join(it["body"]), "", "", "", "", PEOPLE[o["by"]], "",
                        o["at"], "", "", "", "", "", ""])
        # an empty row closes each top-level task group
        if k in ("task", "note"):
            nxt = items[n + 1] if n + 1 < len(items) else None
            if nxt is None or nxt["kind"] == "section" or (
                    nxt["kind"] == "task" and nxt["opts"]["i"] == "1"):
                out.append(blank)
    return out


def main():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows(parse()):
        w.writerow(r)
    with open(OUT, "wb") as f:
        f.write(buf.getvalue().encode("utf-8"))


if __name__ == "__main__":
    main()
