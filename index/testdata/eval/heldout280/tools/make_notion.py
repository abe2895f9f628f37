#!/usr/bin/python3
"""Re-make docs/Indian Antarctic Act 2022 <id>.md from tools/Indian Antarctic Act 2022 <id>.txt.

The file is what Notion writes for one database page when it is exported with
"Export" > "Markdown & CSV" and the zip is unpacked: the page title as an "# " line, the
database properties as "Key: value" lines (a relation as "Title (relative%20path.md)", the AI
autofill property as plain text, dates and times in Notion's long US style), then the blocks:
callouts as <aside> blocks whose first line starts with the icon and which close after a blank
line, toggles as <details>/<summary> blocks (nested ones inside their parent), toggle headings
flattened to plain "##"/"###" headings with their children after them, links to other pages as
relative, percent-encoded paths ending in the page's 32-hex id, date mentions as "@Month D, YYYY",
a bookmark as a link whose text is its URL, and no newline at the end of the file.

Source markup: "@file title | id", "@title", "@prop Key: value", "::: callout ICON" ... ":::",
"::: toggle SUMMARY" ... ":::" (may nest), "[[Title|folder|id]]" for a page link and "[[URL]]"
for a bookmark.

Run: /usr/bin/python3 tools/make_notion.py [output-dir]
Standard library only; the output is the same byte for byte on every run.
"""
import os
import re
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "Indian Antarctic Act 2022 1f4c9e2a7b3d80e6a5c2d9f1b8e047a3.txt")
SAFE = "/()',&!*-._~"


def page_path(title, folder, pid):
    name = quote("%s %s.md" % (title, pid), safe=SAFE)
    if folder in ("", "."):
        return name
    return folder + "/" + name


def links(s, in_property=False):
    def rep(m):
        parts = m.group(1).split("|")
        if len(parts) == 1:
            url = parts[0]
            return "[%s](%s)" % (url, url)
        title, folder, pid = parts
        path = page_path(title, folder, pid)
        if in_property:
            return "%s (%s)" % (title, path)
        return "[%s](%s)" % (title, path)
    return re.sub(r"\[\[(.+?)\]\]", rep, s)


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    fname = title = None
    props, body = [], []
    stack = []
    for line in lines:
        if line.startswith("@file "):
            t, pid = [x.strip() for x in line[6:].split("|")]
            fname = "%s %s.md" % (t, pid)
            continue
        if line.startswith("@title "):
            title = line[7:]
            continue
        if line.startswith("@prop "):
            props.append(links(line[6:], in_property=True))
            continue
        if line.startswith("::: callout "):
            stack.append("callout")
            body.append("<aside>")
            body.append(line[len("::: callout "):] + " \0")
            continue
        if line.startswith("::: toggle "):
            stack.append("toggle")
            if body and body[-1] != "":
                body.append("")
            body.append("<details>")
            body.append("<summary>%s</summary>" % links(line[len("::: toggle "):]))
            body.append("")
            continue
        if line.strip() == ":::":
            kind = stack.pop()
            while body and body[-1] == "":
                body.pop()
            body.append("")
            body.append("</aside>" if kind == "callout" else "</details>")
            continue
        text = links(line)
        if body and body[-1].endswith(" \0"):
            body[-1] = body[-1][:-1] + text
            continue
        body.append(text)
    assert not stack
    while body and body[0] == "":
        body.pop(0)
    out = ["# " + title, ""] + props + [""] + body
    while out[-1] == "":
        out.pop()
    return fname, "\n".join(out)


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs")
    os.makedirs(out_dir, exist_ok=True)
    fname, text = build()
    with open(os.path.join(out_dir, fname), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
