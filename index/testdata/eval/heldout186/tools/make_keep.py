#!/usr/bin/python3
"""Re-make docs/agro-climatic-zones.json and docs/agro-climatic-zones-regions.json from
tools/agro-climatic-zones.txt.

The files are a Google Keep Takeout export of two notes, each written to its own .json the
way Takeout writes a note (compact separators, raw UTF-8, timestamps in microseconds since
the epoch, labels as {"name": ...} objects, list items as {"text", "isChecked"}, a WEBLINK
annotation): the first note has textContent plus a checklist in listContent; the second is a
plain numbered list in textContent.
Standard library only; the output is byte-for-byte reproducible.
Run from anywhere: /usr/bin/python3 tools/make_keep.py
"""
import calendar
import json
import os
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "agro-climatic-zones.txt")
OUTS = [os.path.join(HERE, "..", "docs", "agro-climatic-zones.json"),
        os.path.join(HERE, "..", "docs", "agro-climatic-zones-regions.json")]


def usec(stamp):
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f")
    return calendar.timegm(dt.timetuple()) * 1000000 + dt.microsecond


def parse():
    notes, cur, mode = [], None, None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        if line == "@note":
            cur = {"text": [], "list": [], "annotations": []}
            notes.append(cur)
            mode = None
        elif line == "@text":
            mode = "text"
        elif line == "@list":
            mode = "list"
        elif line.startswith("@annotation "):
            url, title = line[12:].split("|", 1)
            cur["annotations"].append((url, title))
        elif line.startswith("@") and mode is None:
            key, _, val = line[1:].partition(" ")
            cur[key] = val
        elif mode == "text":
            cur["text"].append(line)
        elif mode == "list":
            cur["list"].append((line[1] == "x", line[4:]))
    return notes


def keep_json(n):
    obj = {
        "color": n["color"],
        "isTrashed": False,
        "isPinned": n["pinned"] == "true",
        "isArchived": False,
    }
    if n["annotations"]:
        obj["annotations"] = [{"description": "", "source": "WEBLINK", "title": t, "url": u}
                              for u, t in n["annotations"]]
    obj["textContent"] = "\n".join(n["text"]).rstrip("\n")
    if n["list"]:
        obj["listContent"] = [{"text": t, "isChecked": c} for c, t in n["list"]]
    obj["title"] = n["title"]
    obj["userEditedTimestampUsec"] = usec(n["edited"])
    obj["createdTimestampUsec"] = usec(n["created"])
    obj["labels"] = [{"name": x.strip()} for x in n["labels"].split(",")]
    return obj


def build():
    for out, n in zip(OUTS, parse()):
        data = json.dumps(keep_json(n), ensure_ascii=False, separators=(",", ":"))
        with open(out, "w", encoding="utf-8", newline="") as f:
            f.write(data)


if __name__ == "__main__":
    build()
