#!/usr/bin/python3
"""Make docs/ashoka-dhamma-keep.json from tools/ashoka-dhamma-keep.txt.

The file is one Google Keep note as Google Takeout exports it (Takeout/Keep/<note>.json): a
single line of compact JSON, raw UTF-8 (emoji and bullets unescaped), no final newline, keys in
the order Takeout writes them - attachments (the voice recording Keep keeps with a transcribed
note: filePath and mimetype), color, isTrashed, isPinned, isArchived, textContent, title,
userEditedTimestampUsec, createdTimestampUsec (microseconds since the epoch), textContentHtml,
labels (a list of {"name": ...}).

textContent is the note as typed, lines joined by "\n". textContentHtml is the same note with
Keep's rich-text formatting: one <p dir="ltr"> per line holding styled Google Sans spans, a
bigger bold span for a "Heading 1" or "Heading 2" line, bold and underlined runs as their own
spans, <br> for an empty line; &, <, > escaped.

Source markup: "@key: value" header lines up to "---"; then "# " for a Heading 1 line,
"## " for a Heading 2 line, **bold** and __underline__ inside a line.
Run: /usr/bin/python3 tools/make_keep.py [OUT]   (OUT defaults to docs/ashoka-dhamma-keep.json)
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ashoka-dhamma-keep.txt")
OUT = os.path.join(HERE, "..", "docs", "ashoka-dhamma-keep.json")
P_OPEN = '<p dir="ltr" style="line-height:1.38;margin-top:0.0pt;margin-bottom:0.0pt;">'
SPAN = ("<span style=\"font-size:%s;font-family:'Google Sans',Roboto,Arial,sans-serif;"
        "color:#202124;background-color:transparent;font-weight:%d;font-style:normal;"
        "font-variant:normal;text-decoration:%s;vertical-align:baseline;white-space:pre;"
        "white-space:pre-wrap;\">%s</span>")
SIZES = {"h1": "17.0pt", "h2": "14.0pt", "p": "11.0pt"}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def usec(stamp):
    dt = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f %z")
    delta = dt - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
    return (delta.days * 86400 + delta.seconds) * 1000000 + delta.microseconds


def html_line(kind, text):
    if kind != "p":
        return P_OPEN + SPAN % (SIZES[kind], 700, "none", esc(text)) + "</p>"
    parts = []
    for piece in re.split(r"(\*\*.+?\*\*|__.+?__)", text):
        if not piece:
            continue
        if piece.startswith("**"):
            parts.append(SPAN % (SIZES["p"], 700, "none", esc(piece[2:-2])))
        elif piece.startswith("__"):
            parts.append(SPAN % (SIZES["p"], 400, "underline", esc(piece[2:-2])))
        else:
            parts.append(SPAN % (SIZES["p"], 400, "none", esc(piece)))
    return P_OPEN + "".join(parts) + "</p>"


def build(src):
    head, body = src.split("---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().split("\n"))
    meta = {k.lstrip("@"): v for k, v in meta.items()}
    plain, html = [], []
    for line in body.rstrip("\n").split("\n"):
        if line.startswith("# "):
            kind, text = "h1", line[2:]
        elif line.startswith("## "):
            kind, text = "h2", line[3:]
        else:
            kind, text = "p", line
        shown = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
        plain.append(shown)
        html.append("<br>" if not text else html_line(kind, text))
    path, mime = meta["attachment"].split(" ")
    note = {
        "attachments": [{"filePath": path, "mimetype": mime}],
        "color": meta["color"],
        "isTrashed": False,
        "isPinned": meta["isPinned"] == "true",
        "isArchived": meta["isArchived"] == "true",
        "textContent": "\n".join(plain),
        "title": meta["title"],
        "userEditedTimestampUsec": usec(meta["edited"]),
        "createdTimestampUsec": usec(meta["created"]),
        "textContentHtml": "".join(html),
        "labels": [{"name": n} for n in meta["labels"].split(", ")],
    }
    return json.dumps(note, ensure_ascii=False, separators=(",", ":"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        data = build(f.read())
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(data)


if __name__ == "__main__":
    main()
