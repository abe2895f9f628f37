#!/usr/bin/python3
"""Re-make docs/notes.json (a Simplenote export) from tools/notes.txt.

Simplenote's "Export notes" gives a zip whose source/notes.json is written by the app with
JSON.stringify(data, null, 2): an object {"activeNotes": [...], "trashedNotes": [...]}, two-space
indentation, non-ASCII kept as UTF-8 (no \\u escapes), no newline at the end. Each note has id
(32 hex digits), content (the whole note, its first line being the title), creationDate and
lastModified (ISO 8601 with milliseconds, UTC "Z"), then "pinned": true and "markdown": true only
when set, and "tags" only when the note has tags.

Source markup: "@note id=... created=... modified=... [pinned] [markdown] [crlf] [trashed]
tags=a,b" starts a note, "@endnote" ends it; the lines between are its content, joined with
"\\n" (or "\\r\\n" for a note flagged crlf, as a note typed in the Windows app keeps them).
Run from anywhere: /usr/bin/python3 tools/make_simplenote.py [OUT] (byte-for-byte reproducible).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "notes.txt")
OUT = os.path.join(HERE, "..", "docs", "notes.json")


def parse(text):
    notes, cur = [], None
    for line in text.split("\n"):
        if line.startswith("@note "):
            meta = {}
            for tok in line.split()[1:]:
                k, _, v = tok.partition("=")
                meta[k] = v if _ else True
            cur = (meta, [])
        elif line == "@endnote":
            notes.append(cur)
            cur = None
        elif cur is not None:
            cur[1].append(line)
    return notes


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        notes = parse(f.read())
    data = {"activeNotes": [], "trashedNotes": []}
    for meta, lines in notes:
        while lines and not lines[-1].strip():
            lines.pop()
        note = {
            "id": meta["id"],
            "content": ("\r\n" if meta.get("crlf") else "\n").join(lines),
            "creationDate": meta["created"],
            "lastModified": meta["modified"],
        }
        if meta.get("pinned"):
            note["pinned"] = True
        if meta.get("markdown"):
            note["markdown"] = True
        if meta.get("tags"):
            note["tags"] = meta["tags"].split(",")
        data["trashedNotes" if meta.get("trashed") else "activeNotes"].append(note)
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(data, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
