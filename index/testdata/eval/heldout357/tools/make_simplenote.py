#!/usr/bin/python3
"""Re-make docs/coral-bleaching-simplenote.txt from tools/coral-bleaching-simplenote.txt.

The source is the note as typed in Simplenote (first line = title, Markdown-ish marks) and a
last "@tags" line with the note's tags.  The output is the note's .txt as it comes out of the
notes.zip that Simplenote's "Export notes" writes: the content with every LF turned into CRLF
(export-notes), then the tags sorted case-insensitively and appended after "\\n\\nTags:\\n  "
with bare LFs and lines of at most 75 characters (to-zip's appendTags), no trailing newline,
UTF-8 without a BOM.  Usage: make_simplenote.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "coral-bleaching-simplenote.txt")
OUT = os.path.join(HERE, "..", "docs", "coral-bleaching-simplenote.txt")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    text = open(SRC, encoding="utf-8").read().rstrip("\n")
    body, tagline = text.rsplit("\n", 1)
    assert tagline.startswith("@tags ")
    tags = sorted((t.strip() for t in tagline[6:].split(",")), key=lambda t: t.lower())
    lines, last = [], ""
    for t in tags:
        if len(last) + len(t) > 75:
            lines.append(last)
            last = t
        else:
            last = "%s, %s" % (last, t)
    lines.append(last)
    lines = [l[2:] if l.startswith(", ") else l for l in lines]
    content = body.replace("\n", "\r\n") + "\n\nTags:\n  " + "\n  ".join(lines)
    with open(out, "wb") as f:
        f.write(content.encode("utf-8"))


if __name__ == "__main__":
    main()
