#!/usr/bin/python3
"""Make docs/coastal-management-craft.md from tools/coastal-management-craft.txt.

The output is one Craft document as Craft's Share > Export > Markdown writes it: the title block
as a "#" heading, every block followed by a blank line except runs of list items, sub-pages as
Markdown links into the export's folder named after the document (percent-encoded "Title.md"
paths), page blocks styled as cards as craftdocs:// deep links (upper-case block id, space id),
toggles as list items whose children are nested list items indented with a tab, Craft's
<callout> and <highlight color="..."> tags, "---" dividers, "##" / "####" headings and the
task list as "- [x]" / "- [ ]".

Standard library only. Run from anywhere: /usr/bin/python3 tools/make_md.py [OUT]
The output is the same bytes on every run.
"""
import os
import re
import sys
import urllib.parse
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "coastal-management-craft.txt")
OUT = os.path.join(HERE, "..", "docs", "coastal-management-craft.md")


def read_source():
    meta, body, in_body = {}, [], False
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("%"):
            continue
        if not in_body and line.startswith("@"):
            key, _, val = line[1:].partition(" ")
            if key == "body":
                in_body = True
            else:
                meta[key] = val
            continue
        if in_body and line.strip():
            body.append(line)
    return meta, body


def is_item(line):
    return bool(re.match(r"(\t*- |\d+\. )", line))


def render(meta, body):
    title = body[0][2:]

    def sub(m):
        path = "%s/%s.md" % (title, m.group(1))
        return "[%s](%s)" % (m.group(1), urllib.parse.quote(path, safe="/"))

    def card(m):
        bid = str(uuid.uuid5(uuid.NAMESPACE_URL, "craft:" + m.group(1))).upper()
        return "[%s](craftdocs://open?blockId=%s&spaceId=%s)" % (m.group(1), bid, meta["space"])

    lines = []
    for line in body:
        line = re.sub(r"\[\[sub:([^\]]+)\]\]", sub, line)
        line = re.sub(r"\[\[card:([^\]]+)\]\]", card, line)
        m = re.match(r"(>+) (.*)$", line)
        if m:
            line = "\t" * len(m.group(1)) + "- " + m.group(2)
        lines.append(line)
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and is_item(line) and is_item(nxt):
            out.append("\n")
        else:
            out.append("\n\n")
    return "".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, body = read_source()
    with open(out, "wb") as f:
        f.write(render(meta, body).encode("utf-8"))


if __name__ == "__main__":
    main()
