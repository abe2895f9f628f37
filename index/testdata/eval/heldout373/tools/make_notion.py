#!/usr/bin/python3
"""Re-make the Notion export docs/sickle-cell-mission-nscaem-<id>.md from its source text.

The file is shaped like Notion's "Export > Markdown & CSV" of one page: the page title as
"# ", the page properties as "Key: value" lines right under it (Created, Tags, Status,
Last edited time, Sources), blocks separated by blank lines, bulleted items on consecutive
lines, toggles exported as bullet items whose children are indented four spaces with
whitespace-only separator lines ("    "), callouts as <aside> blocks with their emoji icon
and a blank line before </aside>, a simple table exported as a pipe table with a "| --- |"
row, a link to another page as a relative link to its URL-encoded "<title> <32-hex id>.md",
a bookmark as a bare link, date mentions as "@Month D, YYYY", and no newline at the end of
the file. Source marks: @title, @prop, H2/H3 headings, P paragraphs, "- " bullets,
T toggle / TC toggle child, A callout ("icon | text"), "|" table rows, U dated update
("date | text").
Usage: make_notion.py [output-path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
NAME = "sickle-cell-mission-nscaem-2b6f0e9c41d780a3b9e5c7d21f4a8e06"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(ROOT, "docs", NAME + ".md")


def make(out_path):
    lines = open(SRC, encoding="utf-8").read().split("\n")
    title, props, blocks = None, [], []
    for ln in lines:
        if not ln.strip():
            continue
        if ln.startswith("@title "):
            title = ln[7:]
        elif ln.startswith("@prop "):
            props.append(ln[6:])
        else:
            blocks.append(ln)
    chunks = ["# " + title, "\n".join(props)]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.startswith("- ") or b.startswith("U "):
            items = []
            while i < len(blocks) and (blocks[i].startswith("- ") or blocks[i].startswith("U ")):
                cur = blocks[i]
                if cur.startswith("U "):
                    date, text = cur[2:].split(" | ", 1)
                    items.append("- @%s: %s" % (date, text))
                else:
                    items.append(cur)
                i += 1
            chunks.append("\n".join(items))
            continue
        if b.startswith("T "):
            out = []
            while i < len(blocks) and blocks[i].startswith("T "):
                out.append("- " + blocks[i][2:])
                out.append("    ")
                i += 1
                while i < len(blocks) and blocks[i].startswith("TC "):
                    out.append("    " + blocks[i][3:])
                    out.append("    ")
                    i += 1
            chunks.append("\n".join(out))
            continue
        if b.startswith("|"):
            rows = []
            while i < len(blocks) and blocks[i].startswith("|"):
                rows.append(blocks[i])
                i += 1
            chunks.append("\n".join(rows))
            continue
        if b.startswith("H2 "):
            chunks.append("## " + b[3:])
        elif b.startswith("H3 "):
            chunks.append("### " + b[3:])
        elif b.startswith("P "):
            chunks.append(b[2:])
        elif b.startswith("A "):
            icon, text = b[2:].split(" | ", 1)
            chunks.append("<aside>\n%s %s\n\n</aside>" % (icon, text))
        else:
            raise ValueError("unknown mark: %r" % b)
        i += 1
    text = "\n\n".join(chunks)
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    make(sys.argv[1] if len(sys.argv) > 1 else OUT)
