#!/usr/bin/python3
"""Re-make docs/magadha-dynasties-joplin.md from tools/magadha-dynasties-joplin.txt.

The document is what Joplin's "Export > MD - Markdown + Front Matter" writes
for one note: a YAML front matter block (title, updated, created, location,
author, tags as a list) and the note body as typed in Joplin's Markdown editor,
resource links left as ":/<32-hex id>" and LF line endings.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "magadha-dynasties-joplin.txt")
OUT = os.path.join(HERE, "..", "docs", "magadha-dynasties-joplin.md")

ORDER = ["title", "updated", "created", "latitude", "longitude", "altitude", "author"]


def main():
    with open(SRC, "r", encoding="utf-8") as f:
        text = f.read()
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.split("\n"):
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    fm = ["---"]
    for k in ORDER:
        v = meta[k]
        if k in ("updated", "created"):
            v = v + "Z"
        fm.append("%s: %s" % (k, v))
    fm.append("tags:")
    for t in meta["tags"].split(","):
        fm.append("  - " + t.strip())
    fm.append("---")
    out = "\n".join(fm) + "\n\n" + body.rstrip("\n") + "\n"
    with open(OUT, "wb") as f:
        f.write(out.encode("utf-8"))


if __name__ == "__main__":
    main()
