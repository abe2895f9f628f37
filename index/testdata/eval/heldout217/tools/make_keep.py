#!/usr/bin/python3
"""Re-make "docs/KBLP vs Panna TR - env issues (GS3).json" from the .txt of the same name here.

Run from anywhere: /usr/bin/python3 tools/make_keep.py [OUTPUT]
Standard library only; the same bytes on every run.

The file is one Google Keep note as Google Takeout exports it (Takeout/Keep/<title>.json): a
single line of compact JSON, raw UTF-8 (emoji and arrows unescaped), no final newline, keys in
Takeout's order - attachments (a phone photo: filePath and mimetype), color, isTrashed,
isPinned, isArchived, annotations (the WEBLINK preview Keep makes for a link), listContent,
title, userEditedTimestampUsec, createdTimestampUsec (microseconds since the epoch), labels
(objects with a name) and sharees (owner and collaborator, with isOwner, type and email).
The note is a checklist, so it has no textContent: every line the student typed is a list
item with textHtml, text and isChecked, in the order Keep stores them (Keep itself would show
the ticked items folded away under "N ticked items"). Heading items were made bold with
Keep's formatting, so their textHtml wraps the text in <b>.
"""
import datetime
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "KBLP vs Panna TR - env issues (GS3)"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".json")


def usec(stamp):
    dt = datetime.datetime.fromisoformat(stamp)
    delta = dt - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
    return (delta.days * 86400 + delta.seconds) * 1000000 + delta.microseconds


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta = {}
    sharees, annotations, items = [], [], []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line or line.startswith("%"):
                continue
            if line.startswith("@sharee "):
                own, typ, mail = line[8:].split("|")
                sharees.append({"isOwner": own == "true", "type": typ, "email": mail})
            elif line.startswith("@annotation "):
                src, title, desc, url = line[12:].split("|")
                annotations.append({"description": desc, "source": src, "title": title, "url": url})
            elif line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
            elif line[:4] in ("[x] ", "[ ] "):
                text = line[4:]
                bold = text.startswith("# ")
                if bold:
                    text = text[2:]
                th = html.escape(text, quote=False)
                if bold:
                    th = "<b>" + th + "</b>"
                items.append({"textHtml": th, "text": text, "isChecked": line[1] == "x"})
            else:
                raise SystemExit("bad line: %r" % line)
    path, mime = meta["attachment"].split("|")
    note = {
        "attachments": [{"filePath": path, "mimetype": mime}],
        "color": meta["color"],
        "isTrashed": False,
        "isPinned": meta["isPinned"] == "true",
        "isArchived": False,
        "annotations": annotations,
        "listContent": items,
        "title": meta["title"],
        "userEditedTimestampUsec": usec(meta["edited"]),
        "createdTimestampUsec": usec(meta["created"]),
        "labels": [{"name": n} for n in meta["labels"].split("|")],
        "sharees": sharees,
    }
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(note, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    main()
