#!/usr/bin/python3
"""Re-make docs/gaganyaan-and-docking.json from tools/gaganyaan-and-docking.txt.

Run from anywhere: /usr/bin/python3 tools/make_keep.py
Standard library only; byte-for-byte reproducible. The output is one note as Google Takeout
writes it (Takeout/Keep/<note>.json): a single line of compact JSON, UTF-8 characters written
as they are (not \\u-escaped), no trailing newline, timestamps in microseconds since the epoch
(UTC), labels as a list of {"name": ...}, a web link as an annotation.

Source: `@key: value` header lines (title, labels, color, pinned, created, edited as IST
local time, link as `url | title`), a line `---`, then the note's text exactly as typed.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gaganyaan-and-docking.txt")
OUT = os.path.join(HERE, "..", "docs", "gaganyaan-and-docking.json")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))


def usec(stamp, millis):
    t = datetime.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=IST)
    return int(t.timestamp()) * 1000000 + millis * 1000


def build():
    with open(SRC, encoding="utf-8") as f:
        head, body = f.read().split("\n---\n", 1)
    meta = {}
    for line in head.split("\n"):
        k, v = line[1:].split(":", 1)
        meta[k.strip()] = v.strip()
    url, link_title = [x.strip() for x in meta["link"].split("|", 1)]
    note = {
        "color": meta["color"],
        "isTrashed": False,
        "isPinned": meta["pinned"] == "true",
        "isArchived": False,
        "annotations": [{"description": "", "source": "WEBLINK", "title": link_title, "url": url}],
        "textContent": body.rstrip("\n"),
        "title": meta["title"],
        "userEditedTimestampUsec": usec(meta["edited"], 412),
        "createdTimestampUsec": usec(meta["created"], 87),
        "labels": [{"name": n.strip()} for n in meta["labels"].split(",")],
    }
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(note, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    build()
