#!/usr/bin/python3
"""Re-make docs/taj-mahal-pietra-dura-clip.md from tools/taj-mahal-pietra-dura-clip.txt.

The file is one note as Joplin's "RAW - Joplin Export Directory" writes it: the note title
on the first line, a blank line, the Markdown body exactly as stored (here a page clipped
with the Joplin Web Clipper's "Clip complete page (Markdown)": Turndown's escapes, "1.  "
ordered items, resized images kept as <img width height src=":/id"/> tags, the rest as
![alt](:/id) resource links), a blank line, then Joplin's metadata block of "key: value"
lines (empty values keep the space after the colon) with no newline after "type_: 1".

Source layout: "@title" line, "@meta" then the metadata lines, "@body" then the body.
Run: /usr/bin/python3 tools/make_md.py [output path]  (byte-for-byte reproducible)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "taj-mahal-pietra-dura-clip.txt")
OUT = os.path.join(HERE, "..", "docs", "taj-mahal-pietra-dura-clip.md")


def main(out):
    text = open(SRC, encoding="utf-8").read()
    head, body = text.split("\n@body\n", 1)
    lines = head.split("\n")
    assert lines[0].startswith("@title ") and lines[1] == "@meta"
    title = lines[0][len("@title "):]
    meta = []
    for line in lines[2:]:
        if not line.strip():
            continue
        key, _, value = line.partition(":")
        meta.append("%s: %s" % (key, value.strip()))
    note = title + "\n\n" + body.rstrip("\n") + "\n\n" + "\n".join(meta)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(note)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else OUT)
