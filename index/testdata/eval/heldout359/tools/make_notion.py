#!/usr/bin/python3
"""Re-make docs/bhitarkanika-pichavaram-blue-carbon-notion.md from
tools/bhitarkanika-pichavaram-blue-carbon-notion.txt.

The source is the page as written in Notion, with three light marks that the script expands the
way Notion's "Export: Markdown & CSV" writes them: "::callout <emoji> <text>" becomes an
<aside> block; "::toggle <title>" with two-space-indented child lines up to "::end" becomes a
flattened toggle (a "- " item with four-space-indented children separated by lines of four
spaces); "[[Page]]" and "[[csv:Database]]" become links to the sub-page .md or the database
.csv inside the export folder, with %20 for spaces, percent-encoded non-ASCII characters and
Notion's 32-hex ids (derived from the name with MD5, so the output is deterministic).
Usage: make_notion.py [output path]
"""
import hashlib
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "bhitarkanika-pichavaram-blue-carbon-notion.txt")
OUT = os.path.join(HERE, "..", "docs", "bhitarkanika-pichavaram-blue-carbon-notion.md")
PAGE_ID = "1c9e4b2a7f0d80a1b3e2c5d6f7a8b9c0"


def enc(s):
    return urllib.parse.quote(s, safe=",&()'")


def link(title, m):
    name = m.group(1)
    ext = ".md"
    if name.startswith("csv:"):
        name, ext = name[4:], ".csv"
    hexid = hashlib.md5(name.encode("utf-8")).hexdigest()
    folder = enc("%s %s" % (title, PAGE_ID))
    return "[%s](%s/%s%s)" % (name, folder, enc("%s %s" % (name, hexid)), ext)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    lines = open(SRC, encoding="utf-8").read().rstrip("\n").split("\n")
    title = lines[0][2:]
    out, i = [], 0
    while i < len(lines):
        line = re.sub(r"\[\[([^\]]+)\]\]", lambda m: link(title, m), lines[i])
        if line.startswith("::callout "):
            emoji, text = line[len("::callout "):].split(" ", 1)
            out += ["<aside>", "%s %s" % (emoji, text), "", "</aside>"]
        elif line.startswith("::toggle "):
            out.append("- " + line[len("::toggle "):])
            i += 1
            while lines[i] != "::end":
                out += ["    ", "    " + lines[i][2:]]
                i += 1
            if i + 1 < len(lines) and lines[i + 1].startswith("::toggle "):
                pass
            elif i + 1 < len(lines) and lines[i + 1] == "":
                pass
        else:
            out.append(line)
        i += 1
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
