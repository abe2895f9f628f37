#!/usr/bin/python3
"""Re-make docs/pm-vishwakarma-keep-note.json from tools/pm-vishwakarma-keep-note.txt.

The output is one note as Google Takeout exports Google Keep (Takeout/Keep/<title>.json): a
single line of compact JSON, UTF-8 with the emoji, arrows, rupee signs and curly quotes left
unescaped, keys in Takeout's order (color, isTrashed, isPinned, isArchived, annotations,
textContent, title, userEditedTimestampUsec, createdTimestampUsec, textContentHtml, labels).
textContent is the plain note with "\\n" line breaks; textContentHtml is Keep's rich-text copy
(one <p dir="ltr"> per line with a Google Sans span, the lines formatted as headings in Keep
bold and larger, <br> for empty lines); the link in the note is echoed as a WEBLINK annotation;
timestamps are microseconds since the epoch.  The source holds "@" header lines, a "---" line
and the note's lines, "# " marking the lines formatted as headings.
Run: /usr/bin/python3 tools/make_keep.py [output path]
"""
import datetime
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pm-vishwakarma-keep-note.txt")
OUT = os.path.join(HERE, "..", "docs", "pm-vishwakarma-keep-note.json")

P = '<p dir="ltr" style="line-height:1.38;margin-top:0.0pt;margin-bottom:0.0pt;">'
SPAN = ('<span style="font-size:%s;font-family:\'Google Sans\';color:#000000;background-color:transparent;'
        'font-weight:%d;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;'
        'white-space:pre;white-space:pre-wrap;">')


def usec(stamp):
    dt = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f %z")
    epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
    d = dt - epoch
    return (d.days * 86400 + d.seconds) * 1000000 + d.microseconds


def build(src):
    raw = open(src, encoding="utf-8").read().rstrip("\n")
    head, body = raw.split("\n---\n", 1)
    meta, labels, links = {}, [], []
    for line in head.split("\n"):
        key, _, val = line[1:].partition(" ")
        if key == "label":
            labels.append(val)
        elif key == "link":
            links.append(val.split("|", 1))
        else:
            meta[key] = val
    plain, rich = [], []
    first = True
    for line in body.split("\n"):
        if line.startswith("# "):
            text = line[2:]
            size, weight = ("13.5pt", 700) if first else ("10.8pt", 700)
            first = False
        else:
            text, size, weight = line, "7.2pt", 400
        plain.append(text)
        if text:
            rich.append(P + SPAN % (size, weight) + html.escape(text, quote=False) + "</span></p>")
        else:
            rich.append("<br>")
    note = {
        "color": meta["color"],
        "isTrashed": False,
        "isPinned": meta["pinned"] == "true",
        "isArchived": False,
        "annotations": [{"description": "", "source": "WEBLINK", "title": t, "url": u} for u, t in links],
        "textContent": "\n".join(plain),
        "title": meta["title"],
        "userEditedTimestampUsec": usec(meta["edited"]),
        "createdTimestampUsec": usec(meta["created"]),
        "textContentHtml": "".join(rich),
        "labels": [{"name": n} for n in labels],
    }
    return json.dumps(note, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(dest, "wb") as f:
        f.write(build(SRC))


if __name__ == "__main__":
    main()
