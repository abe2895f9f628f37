#!/usr/bin/python3
"""Make docs/south-lhonak-glof-case-study.md from tools/south-lhonak-glof-case-study.txt.

The file is what Joplin's "MD - Markdown + Front Matter" export writes for one to-do note:
a YAML front matter block in Joplin's field order (title, updated, created, source, author,
latitude, longitude, altitude, completed?, due, tags as a "  - " list; dates in Joplin's
"YYYY-MM-DD HH:MM:SSZ" form; a value holding ": " single-quoted as js-yaml writes it), a
blank line, then the body as stored, with every internal ":/<32-hex id>" link rewritten the
way the exporter does it: resources (images, the PDF) to ../_resources/<file>, links to other
notes to the URL-encoded relative path of their exported .md. The body keeps Joplin's own
Markdown extensions: [[toc]], a mermaid block, $$ KaTeX $$, ==mark==, ++insert++, ^sup^,
:emoji:, footnotes, a definition list, *[abbr]: definitions, <img ... width> tags left by
resizing images, and "- [ ]" checkboxes. No newline is added after the body.

Run from anywhere: /usr/bin/python3 tools/make_md.py   (output is byte-for-byte stable)
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "south-lhonak-glof-case-study.txt")
OUT = os.path.join(HERE, "..", "docs", "south-lhonak-glof-case-study.md")
ORDER = ["title", "updated", "created", "source", "author", "latitude", "longitude",
         "altitude", "completed?", "due"]


def yaml_scalar(v):
    if ": " in v or v.startswith(("'", '"', "[", "{", "&", "*", "!", "|", ">", "%", "@")) \
            or v.endswith(":") or " #" in v:
        return "'" + v.replace("'", "''") + "'"
    return v


def main():
    text = open(SRC, encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    meta, links = {}, {}
    for line in head.split("\n"):
        if not line or line.startswith("%"):
            continue
        if line.startswith("@link "):
            _, nid, path = line.split(" ", 2)
            links[nid] = path
            continue
        k, v = line.split(": ", 1)
        meta[k] = v
    out = ["---"]
    for k in ORDER:
        if k in meta:
            out.append("%s: %s" % (k, yaml_scalar(meta[k])))
    out.append("tags:")
    out += ["  - %s" % t for t in meta["tags"].split(", ")]
    out.append("---")
    body = body.rstrip("\n")
    body = re.sub(r":/([0-9a-f]{32})", lambda m: links[m.group(1)], body)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n\n" + body)


if __name__ == "__main__":
    main()
