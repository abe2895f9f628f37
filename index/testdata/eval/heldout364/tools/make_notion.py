#!/usr/bin/python3
"""Re-make docs/gaganyaan-notion-notes.md byte for byte from tools/gaganyaan-notion-notes.txt.

The page is a Notion database page exported with "Export > Markdown & CSV" (2025): the title as
a level-1 heading, the page properties as "Name: value" lines, callouts as <aside> blocks with the
icon on its own line, toggles flattened into a list item whose children are indented by four
spaces with whitespace-only separator lines, a simple table as a pipe table (a line break in a
cell as <br>), links to other pages as relative .md paths with the page id appended and the name
percent-encoded (%20 for spaces, %E2%80%93 for the en dash), a sub-page and an image inside the
folder named after the page, date mentions as "@Month D, YYYY", to-do items as "- [x]" / "- [ ]",
and no newline at the end of the file. Source marks: "!! icon" ... "!!end" for a callout,
">> title" with two-space-indented children for a toggle, [[Page]] and [[/Sub page]] for links,
{img name} for an image. Standard library only.
Usage: make_notion.py [output.md]
"""
import hashlib
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gaganyaan-notion-notes.txt")
DEFAULT_OUT = os.path.join(HERE, "..", "docs", "gaganyaan-notion-notes.md")


def enc(name):
    return urllib.parse.quote(name, safe="()-_.!~*'")


def page_id(name):
    h = hashlib.md5(("notion-page:" + name).encode("utf-8")).hexdigest()
    return h[:12] + "80" + h[14:]


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    lines = open(SRC, encoding="utf-8").read().split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    pid = lines[0].split()[1]
    title = lines[1][2:]
    folder = "%s %s" % (title, pid)

    def links(text):
        def sub(m):
            name = m.group(1)
            if name.startswith("/"):
                name = name[1:]
                return "[%s](%s/%s)" % (name, enc(folder), enc("%s %s.md" % (name, page_id(name))))
            return "[%s](%s)" % (name, enc("%s %s.md" % (name, page_id(name))))
        text = re.sub(r"\[\[([^\]]+)\]\]", sub, text)
        text = re.sub(r"\{img ([^}]+)\}", lambda m: "![%s](%s/%s)" % (m.group(1), enc(folder), enc(m.group(1))),
                      text)
        return text

    out = []
    i = 1
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("!! "):
            icon = ln[3:]
            body = []
            i += 1
            while lines[i] != "!!end":
                body.append(lines[i])
                i += 1
            i += 1
            out.append("<aside>")
            out.append(icon)
            out.append("")
            prev_list = False
            for b in body:
                is_list = b.startswith("- ")
                if out[-1] != "" and not (is_list and prev_list):
                    out.append("")
                out.append(links(b))
                prev_list = is_list
            out.append("")
            out.append("</aside>")
            continue
        if ln.startswith(">> "):
            out.append("- " + links(ln[3:]))
            i += 1
            while i < len(lines) and lines[i].startswith("  "):
                out.append("    ")
                out.append("    " + links(lines[i][2:]))
                i += 1
            out.append("    ")
            continue
        out.append(links(ln))
        i += 1
    text = "\n".join(out)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
