#!/usr/bin/python3
"""Re-make docs/hotspots-keep-note.json from tools/hotspots-keep-note.txt.

The output is one note as Google Keep's Takeout writes it: a single-line JSON object with
color, isTrashed, isPinned, isArchived, textContent, title, userEditedTimestampUsec,
createdTimestampUsec and labels, UTF-8 without ASCII escaping and without a final newline.
Run from anywhere: /usr/bin/python3 tools/make_keep.py  (byte-for-byte reproducible)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "hotspots-keep-note.txt")
OUT = os.path.join(HERE, "..", "docs", "hotspots-keep-note.json")


def build():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    if text.endswith("\n"):
        text = text[:-1]
    note = {
        "color": "TEAL",
        "isTrashed": False,
        "isPinned": True,
        "isArchived": False,
        "textContent": text,
        "title": "Biodiversity hotspots + India \U0001F33F (GS3 Env)",
        "userEditedTimestampUsec": 1754214562481000,
        "createdTimestampUsec": 1731253447123000,
        "labels": [{"name": "UPSC"}, {"name": "GS3 - Environment"}, {"name": "Revision"}],
    }
    data = json.dumps(note, ensure_ascii=False, separators=(",", ":"))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(data)


if __name__ == "__main__":
    build()
