#!/usr/bin/python3
"""Build the Notion page on the GST Appellate Tribunal as Notion's "Export > Markdown & CSV"
writes it: the file named after the page title and its 32-hex block id, an `# ` title, the
page's database properties as "Name: value" lines, `<aside>` callouts, URL-encoded relative
links that end in Notion ids, and a linked database view rendered as a Markdown table whose
Name cells link to the row pages inside the source database's export folder.

    /usr/bin/python3 tools/make_notion.py [SOURCE.txt [OUT.md]]

Defaults: tools/gstat-notion-page.txt -> docs/GST Appellate Tribunal (GSTAT) <id>.md.
Standard library only; the same bytes on every run (row-page ids are hashes of row titles).

Source format: the page's Markdown as exported, except for one block
    %db Col|Col|...                the linked view's visible columns, in order
    %row v|v|...                   one database row (the first value is the row's Name)
    %enddb
which is written out as Notion writes a database view in a Markdown export.
"""
import hashlib
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = os.path.join(HERE, "gstat-notion-page.txt")
PAGE_ID = "8f3b2c1d4e5a4f6b9c7d0e1f2a3b4c5d"
DEFAULT_OUT = os.path.join(HERE, "..", "docs", "GST Appellate Tribunal (GSTAT) %s.md" % PAGE_ID)
DB_FOLDER = "GST cases & disputes tracker d3a9f1c6e8b24a7d95c0f2e4b6a8c1d3"


def notion_id(s):
    return hashlib.md5(s.encode("utf-8")).hexdigest()


def enc(path):
    """Notion's link encoding: spaces and % encoded, & , ( ) ' kept."""
    return urllib.parse.quote(path, safe="/&,()'-_.~!")


def file_title(name):
    """Characters Notion drops from exported file names."""
    for ch in ".:/?\"<>|*":
        name = name.replace(ch, "")
    return " ".join(name.split())


def render_db(cols, rows):
    out = ["| " + " | ".join(cols) + " |", "| " + " | ".join("---" for _ in cols) + " |"]
    for r in rows:
        name = r[0]
        target = "%s/%s %s.md" % (DB_FOLDER, file_title(name), notion_id(name))
        cells = ["[%s](%s)" % (name, enc(target))] + r[1:]
        out.append("| " + " | ".join(cells) + " |")
    return out


def build(src):
    out, cols, rows = [], None, []
    for line in open(src, encoding="utf-8").read().split("\n"):
        if line.startswith("%db "):
            cols, rows = line[4:].split("|"), []
        elif line.startswith("%row "):
            rows.append(line[5:].split("|"))
        elif line == "%enddb":
            out.extend(render_db(cols, rows))
            cols = None
        else:
            out.append(line)
    text = "\n".join(out)
    return text.rstrip("\n").encode("utf-8")


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SRC
    out = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    with open(out, "wb") as f:
        f.write(build(src))


if __name__ == "__main__":
    main()
