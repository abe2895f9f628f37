#!/usr/bin/python3
"""Re-make docs/wlpa-schedules-and-amendments.json from tools/wlpa-schedules-and-amendments.txt.

The output is one Google Keep note as Google Takeout writes it (Takeout/Keep/<title>.json):
compact JSON on one line with no trailing newline, the keys in Takeout's order (color,
isTrashed, isPinned, isArchived, listContent, textContent, title, userEditedTimestampUsec,
createdTimestampUsec, textContentHtml, labels), timestamps in microseconds since the epoch,
the body kept twice (plain textContent with \\n line breaks and Keep's styled textContentHtml,
one <p dir="ltr"> per line) and the checklist as listContent items {text, isChecked}.
Standard library only; byte-for-byte reproducible.
Run from anywhere: /usr/bin/python3 tools/make_keep.py
"""
import datetime
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "wlpa-schedules-and-amendments.txt")
OUT = os.path.join(HERE, "..", "docs", "wlpa-schedules-and-amendments.json")

P_OPEN = '<p dir="ltr" style="line-height:1.38;margin-top:0.0pt;margin-bottom:0.0pt;">'
SPAN_OPEN = ('<span style="font-size:7.2pt;font-family:\'Google Sans\';color:#000000;'
             'background-color:transparent;font-weight:400;font-style:normal;'
             'font-variant:normal;text-decoration:none;vertical-align:baseline;'
             'white-space:pre;white-space:pre-wrap;">')


def usec(stamp):
    dt = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f").replace(
        tzinfo=datetime.timezone.utc)
    return int(dt.timestamp()) * 1000000 + dt.microsecond


def to_html(text):
    parts = []
    for line in text.split("\n"):
        if line:
            parts.append(P_OPEN + SPAN_OPEN + html.escape(line, quote=False) + "</span></p>")
        else:
            parts.append("<br>")
    return "".join(parts)


def build():
    with open(SRC, encoding="utf-8") as f:
        src = f.read()
    head, text = src.split("@text\n", 1)
    text = text.rstrip("\n")
    meta, labels, items, in_list = {}, [], [], False
    for line in head.split("\n"):
        if not line:
            continue
        if line == "@list":
            in_list = True
            continue
        if in_list:
            items.append({"text": line[4:], "isChecked": line.startswith("[x]")})
            continue
        key, _, value = line[1:].partition(" ")
        if key == "label":
            labels.append({"name": value})
        else:
            meta[key] = value
    note = {
        "color": meta["color"],
        "isTrashed": meta["trashed"] == "true",
        "isPinned": meta["pinned"] == "true",
        "isArchived": meta["archived"] == "true",
        "listContent": items,
        "textContent": text,
        "title": meta["title"],
        "userEditedTimestampUsec": usec(meta["edited"]),
        "createdTimestampUsec": usec(meta["created"]),
        "textContentHtml": to_html(text),
        "labels": labels,
    }
    data = json.dumps(note, ensure_ascii=False, separators=(",", ":"))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(data)


if __name__ == "__main__":
    build()
