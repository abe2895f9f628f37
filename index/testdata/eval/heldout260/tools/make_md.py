#!/usr/bin/python3
"""Make docs/mcc-model-code-of-conduct.md from tools/mcc-model-code-of-conduct.txt.

The .md is the note as Bear 2 writes it with File > Export Notes > Markdown: UTF-8 (NFC), LF
line ends, no newline after the last line, nested list items indented with tab characters, and
an attachment written as a Markdown image whose path points into the folder Bear writes beside
the note, named after the note's title and URL-encoded (spaces, the em dash and the emoji as
%-escapes). The source text holds the note as typed, with the attachment as
{{image:FILE}}; everything else is copied as it is.

Run from anywhere: /usr/bin/python3 tools/make_md.py  (output is byte-for-byte stable)
"""
import os
import re
import unicodedata
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mcc-model-code-of-conduct.txt")
OUT = os.path.join(HERE, "..", "docs", "mcc-model-code-of-conduct.md")


def build():
    with open(SRC, encoding="utf-8") as f:
        text = unicodedata.normalize("NFC", f.read())
    lines = text.rstrip("\n").split("\n")
    title = lines[0][2:] if lines[0].startswith("# ") else lines[0]
    folder = urllib.parse.quote(title, safe="")

    def image(m):
        return "![](%s/%s)" % (folder, urllib.parse.quote(m.group(1), safe=""))

    out = []
    for line in lines:
        line = re.sub(r"\{\{image:([^}]+)\}\}", image, line)
        # Bear keeps list nesting as tabs; a typed four-space indent becomes one tab
        m = re.match(r"^((?:    )+)(?=[-*+] |\d+\. )", line)
        if m:
            line = "\t" * (len(m.group(1)) // 4) + line[len(m.group(1)):]
        out.append(line.rstrip(" "))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
