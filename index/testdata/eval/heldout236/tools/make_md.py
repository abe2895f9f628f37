#!/usr/bin/python3
"""Make docs/sculpture-sites-museums-bear.md from tools/sculpture-sites-museums-bear.txt.

The file is a single note as Bear 2 writes it with File > Export Notes > Markdown: UTF-8, LF
line ends, no newline after the last line; the note's title as a plain first line (typed
without a heading mark; Bear takes the first line as the title whatever its format); the body
as typed in Bear (Bear 2 Markdown: **bold**, *italic*, ==highlight==, ~~strike~~, [[wiki
links]], "> " quotes, fenced code, GFM tables, "- [ ]" / "- [x]" to-dos) with nested list
items indented by one tab, as Bear writes them; the attachment as a Markdown link into the
folder Bear writes beside the note, named after the note and URL-encoded (the PDF itself is
not kept in the set); a tag line under four of the "##" headings (#sculpture/gandhara ...,
#current affairs/2025#), and the note's main tags on the last line, where they were typed
(nested tags with "/", multi-word tags closed with a second "#").

Source: "title:" and "tags:" lines, a "---" line, then the body with nested items indented
by two spaces.

Run: /usr/bin/python3 tools/make_md.py [OUT]   (byte-for-byte stable output)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sculpture-sites-museums-bear.txt")
OUT = os.path.join(HERE, "..", "docs", "sculpture-sites-museums-bear.md")


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        head, body = f.read().split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.split("\n"))
    lines = []
    for line in body.rstrip("\n").split("\n"):
        m = re.match(r"( +)(- |\d+\. )", line)
        if m:
            line = "\t" * (len(m.group(1)) // 2) + line.lstrip(" ")
        lines.append(line)
    text = "%s\n%s\n\n%s" % (meta["title"], "\n".join(lines), meta["tags"])
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
