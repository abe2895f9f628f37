#!/usr/bin/python3
"""Re-make docs/adc-tracker-notion.md from tools/adc-tracker-notion.txt.

The page is written the way Notion's "Export > Markdown & CSV" writes a page that holds an
inline database: the page title as "# ", the page's properties as plain "Key: value" lines,
callouts as <aside> blocks that end with an empty line before </aside>, toggles as "- " items
whose children are indented four spaces between indented blank lines, date mentions as
"@Month D, YYYY", a bookmark as a bare link, a pasted screenshot as an image link, to-dos as
"- [x]  " / "- [ ]  " (two spaces), and the inline database as a pipe table whose Name cells
link to the row pages inside the export folder.

Links are what Notion writes: a sibling page is "Title <32-hex id>.md", a database row is
"<page title> <id>/<database title> <id>/<row title> <id>.md", every path percent-encoded
(%20 for spaces, %E2%80%93 for an en dash, & and parentheses kept as Notion keeps them).
The ids are fixed (derived from the titles) so the file is byte-for-byte reproducible.

Source markup: "[[page:Title]]" a link to a sibling page, "[[row:Title]]" a link to a row of
the page's database; everything else is copied as it stands.
Run from anywhere: /usr/bin/python3 tools/make_notion.py
"""
import hashlib
import os
import re
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "adc-tracker-notion.txt")
OUT = os.path.join(HERE, "..", "docs", "adc-tracker-notion.md")

PAGE_TITLE = "ADC tracker – Sixth Schedule councils (NE)"
DB_TITLE = "Councils database"


def nid(title):
    return hashlib.md5(("notion:" + title).encode("utf-8")).hexdigest()


def enc(path):
    return quote(path, safe="/()&,'!")


def link(kind, title):
    if kind == "page":
        target = "%s %s.md" % (title, nid(title))
    else:
        target = "%s %s/%s %s/%s %s.md" % (PAGE_TITLE, nid(PAGE_TITLE), DB_TITLE, nid(DB_TITLE),
                                          title, nid(DB_TITLE + "/" + title))
    return "[%s](%s)" % (title, enc(target))


def main():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"\[\[(page|row):([^\]]+)\]\]", lambda m: link(m.group(1), m.group(2)), text)
    img = "Screenshot_2025-09-27_at_10.14.22_PM.png"
    text = text.replace("](%s)" % img, "](%s)" % enc("%s %s/%s" % (PAGE_TITLE, nid(PAGE_TITLE), img)))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
