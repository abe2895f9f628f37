#!/usr/bin/python3
"""Re-make docs/Census_and_Delimitation.txt (a Zim desktop wiki page) from
tools/Census_and_Delimitation.txt.

Zim keeps every page as a plain-text file named after the page (spaces as "_") holding a
three-line header (Content-Type: text/x-zim-wiki, Wiki-Format: zim 0.6, Creation-Date with
the local UTC offset), a blank line, the page title as a level-1 heading ("====== ... ======")
and the "Created <weekday> <day> <month> <year>" line its default template writes, then the
page in zim wiki markup. Lines of the source starting with "@creation-date", "@title" and
"@created" fill the header; everything after them is copied as it is, except that:
  - tables ("|a|b|" rows, the first one the header) are padded the way Zim's table plugin
    saves them: every cell padded to the column width, with a "|---|" rule after the header;
  - four leading spaces become one tab (Zim indents nested list items with tabs).
Run from anywhere: /usr/bin/python3 tools/make_zim.py [OUT] (byte-for-byte reproducible).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "Census_and_Delimitation.txt")
OUT = os.path.join(HERE, "..", "docs", "Census_and_Delimitation.txt")


def table(rows):
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    out = []
    for n, r in enumerate(cells):
        out.append("|" + "|".join(" %s " % c.ljust(w) for c, w in zip(r, widths)) + "|")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return out


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta = {}
    while lines and lines[0].startswith(("@creation-date ", "@title ", "@created ")):
        key, _, val = lines.pop(0).partition(" ")
        meta[key] = val
    body = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i])
                i += 1
            body.extend(table(rows))
            continue
        while line.startswith("    "):
            line = "\t" + line[4:]
        body.append(line)
        i += 1
    head = ["Content-Type: text/x-zim-wiki", "Wiki-Format: zim 0.6",
            "Creation-Date: " + meta["@creation-date"], "",
            "====== %s ======" % meta["@title"], "Created " + meta["@created"], ""]
    text = "\n".join(head + body)
    if not text.endswith("\n"):
        text += "\n"
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
