#!/usr/bin/python3
"""Re-make docs/kindle-clippings-esz-hotspots.txt from tools/kindle-clippings-esz-hotspots.txt.

The output is a Kindle's "My Clippings.txt" as a Kindle Paperwhite set to English (United
States) writes it: UTF-8, CRLF line endings, and a byte-order mark in front of every book
title line (so the file opens with one and each record repeats it); every record is the title
line "Title (Author)", a meta line, a blank line, the clipping's text on one line (empty for a
bookmark) and "==========".  Meta lines use the US date form, "Added on Sunday, January 5,
2025 10:14:09 PM"; a book with real page numbers says "on page N | Location M-N", a book
without them only "on Location M-N".  Clippings are in the order they were made, a re-made
highlight keeps the shorter first version, and a clipping over the publisher's limit is
written as "<You have reached the clipping limit for this item>".

Standard library only.  Run: /usr/bin/python3 tools/make_kindle.py [--out DIR]
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "kindle-clippings-esz-hotspots.txt")
NAME = "kindle-clippings-esz-hotspots.txt"
KIND = {"H": "Highlight", "N": "Note", "B": "Bookmark"}


def added(stamp):
    t = datetime.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S")
    hour = t.hour % 12 or 12
    return "%s, %s %d, %d %d:%s %s" % (t.strftime("%A"), t.strftime("%B"), t.day, t.year, hour,
                                      t.strftime("%M:%S"), "AM" if t.hour < 12 else "PM")


def records(path):
    lines = [l for l in open(path, encoding="utf-8").read().split("\n") if not l.startswith("%")]
    book, out, i = None, [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("== "):
            book = line[3:]
        elif line[:2] in ("H ", "N ", "B "):
            attrs = dict(kv.split("=", 1) for kv in line[2:].split())
            text = ""
            if line[0] != "B":
                i += 1
                text = lines[i]
            out.append((book, line[0], attrs, text))
        elif line.strip():
            raise ValueError("stray line: %r" % line)
        i += 1
    return out


def render(recs):
    out = []
    for book, kind, a, text in recs:
        where = "on page %s | Location %s" % (a["p"], a["loc"]) if "p" in a else "on Location %s" % a["loc"]
        out.append("\ufeff" + book)
        out.append("- Your %s %s | Added on %s" % (KIND[kind], where, added(a["at"])))
        out.append("")
        out.append(text)
        out.append("==========")
    return "\r\n".join(out) + "\r\n"


def main():
    out_dir = os.path.join(HERE, "..", "docs")
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out_dir = sys.argv[2]
    path = os.path.join(out_dir, NAME)
    with open(path, "wb") as f:
        f.write(render(records(SRC)).encode("utf-8"))
    print("wrote", path)


if __name__ == "__main__":
    main()
