#!/usr/bin/python3
"""Re-make docs/fd-enforcement-and-cases.json from tools/fd-enforcement-and-cases.txt.

Run from anywhere: /usr/bin/python3 tools/make_keep.py
Standard library only. Writes one note the way Google Takeout exports Google Keep: a single
line of compact JSON (no trailing newline, UTF-8 not escaped) with the keys in Takeout's order
(color, isTrashed, isPinned, isArchived, annotations, textContent, title,
userEditedTimestampUsec, createdTimestampUsec, textContentHtml, labels). textContent is the
plain text with "\n" line breaks; textContentHtml is Keep's rich-text export, one
<p dir="ltr"> per line with an inline-styled <span>, <br> for blank lines, and the lines the
student formatted as headings in bold. A URL in the text gives a WEBLINK annotation.
The output is byte-for-byte reproducible.
"""
import datetime
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "fd-enforcement-and-cases.txt")
OUT = os.path.join(HERE, "..", "docs", "fd-enforcement-and-cases.json")

P_STYLE = "line-height:1.38;margin-top:0.0pt;margin-bottom:0.0pt;"
SPAN = ("font-size:%s;font-family:'Google Sans';color:#000000;background-color:transparent;"
        "font-weight:%d;font-style:normal;font-variant:normal;text-decoration:none;"
        "vertical-align:baseline;white-space:pre;white-space:pre-wrap;")
# Lines the student set as Keep headings: ALL-CAPS words, optionally followed by a bracket.
HEADING = re.compile(r"^[A-Z][A-Z0-9 ./>-]+(\s*\(.*\))?$")


def usec(stamp):
    dt = datetime.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(
        tzinfo=datetime.timezone.utc)
    return int(dt.timestamp()) * 1000000 + dt.microsecond


def is_heading(line):
    return bool(HEADING.match(line)) and not line.startswith(("Q.", "A."))


def to_html(lines):
    out = []
    for line in lines:
        if not line:
            out.append("<br>")
            continue
        bold = is_heading(line)
        span = SPAN % ("10.8pt" if bold else "7.2pt", 700 if bold else 400)
        out.append('<p dir="ltr" style="%s"><span style="%s">%s</span></p>'
                   % (P_STYLE, span, html.escape(line, quote=False)))
    return "".join(out)


def build():
    with open(SRC, encoding="utf-8") as f:
        raw = f.read().split("\n")
    meta, labels, links, i = {}, [], [], 0
    while raw[i] != "@text":
        key, _, val = raw[i][1:].partition(" ")
        if key == "label":
            labels.append(val)
        elif key == "link":
            links.append(val.split("|"))
        else:
            meta[key] = val
        i += 1
    lines = raw[i + 1:]
    while lines and lines[-1] == "":
        lines.pop()
    note = {
        "color": meta["color"],
        "isTrashed": False,
        "isPinned": meta.get("pinned") == "true",
        "isArchived": False,
        "annotations": [{"description": desc, "source": "WEBLINK", "title": title, "url": url}
                        for url, title, desc in links],
        "textContent": "\n".join(lines),
        "title": meta["title"],
        "userEditedTimestampUsec": usec(meta["edited"]),
        "createdTimestampUsec": usec(meta["created"]),
        "textContentHtml": to_html(lines),
        "labels": [{"name": n} for n in labels],
    }
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(note, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    build()
