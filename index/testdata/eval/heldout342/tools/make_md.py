#!/usr/bin/python3
"""Re-make docs/strategic-disinvestment-heptabase-card.md from
tools/strategic-disinvestment-heptabase-card.txt.

The output is one card of a Heptabase "Export all data into markdown files" backup, as it sits in
the backup's "Card Library" folder: the card's tags and properties as YAML front matter, the title
as "# ...", then one Markdown block per Heptabase block with a blank line between every block
(list items included), nested blocks indented by three spaces, toggle lists written with "+ ",
numbered headings escaped ("## 1\\. ..."), ProseMirror-style backslash escapes for * _ ~ [ ]
in text, hard line breaks as a trailing backslash, card mentions written as links to the other
card's file with the label ending in ".md" ("[DIPAM.md](./DIPAM.md)", spaces as %20), a PDF card
linked through "../Card%20Library/", an image in the card's "-assets" folder, quote-block
callouts with an emoji, and a pipe table.
The source marks: [[Card]] for a card mention, a trailing " //" for a hard break, two spaces of
indent per nesting level, "assets:" for a file in the card's assets folder.
Run: /usr/bin/python3 tools/make_md.py [output.md]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "strategic-disinvestment-heptabase-card.txt")
OUT = os.path.join(HERE, "..", "docs", "strategic-disinvestment-heptabase-card.md")

TOKEN = re.compile(r"(\*\*.+?\*\*|\[\[.+?\]\]|!\[[^\]]*\]\([^)]*\))")


def esc(s):
    return re.sub(r"([`*\\~\[\]_])", r"\\\1", s)


def link(name):
    if name.lower().endswith(".pdf"):
        return "[%s](../Card%%20Library/%s)" % (name, name.replace(" ", "%20"))
    return "[%s.md](./%s.md)" % (name, name.replace(" ", "%20"))


def inline(s, title):
    out = []
    for part in TOKEN.split(s):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            out.append("**" + esc(part[2:-2]) + "**")
        elif part.startswith("[["):
            out.append(link(part[2:-2]))
        elif part.startswith("!["):
            alt, url = re.match(r"!\[([^\]]*)\]\(([^)]*)\)", part).groups()
            if url.startswith("assets:"):
                url = "./%s-assets/%s" % (title.replace(" ", "%20"), url[7:])
            out.append("![%s](%s)" % (alt, url))
        else:
            out.append(esc(part))
    return "".join(out)


def build():
    text = open(SRC, encoding="utf-8").read()
    assert text.startswith("---\n")
    end = text.index("\n---\n", 4) + 5
    front, body = text[:end], text[end:]
    lines = body.split("\n")
    title = lines[0][2:]
    blocks = ["# " + title]
    i = 1
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        if line.startswith("|"):
            rows = [line]
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i])
                i += 1
            blocks.append("\n".join(r if set(r) <= set("|- ") else
                                    "| " + " | ".join(inline(c.strip(), title) for c in r.strip("|").split("|")) + " |"
                                    for r in rows))
            continue
        para = [line]
        while line.endswith(" //") and i < len(lines):
            line = lines[i]
            i += 1
            para.append(line)
        depth = (len(para[0]) - len(para[0].lstrip(" "))) // 2
        pad = "   " * depth
        first = para[0].strip()
        m = re.match(r"(#{1,6} |[-+] |\d+\. |> )?(.*)$", first)
        marker, rest = m.group(1) or "", m.group(2)
        num = re.match(r"(\d+)\. (.*)$", rest)
        if marker.startswith("#") and num:
            md = marker + num.group(1) + "\\. " + inline(num.group(2), title)
        else:
            md = marker + inline(rest, title)
        out = [pad + md]
        for extra in para[1:]:
            out.append(pad + inline(extra.strip(), title))
        joined = []
        for k, ln in enumerate(out):
            if k < len(out) - 1:
                ln = ln[:-3] + "\\"
            joined.append(ln)
        blocks.append("\n".join(joined))
    return front + "\n\n".join(blocks) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
