#!/usr/bin/python3
"""Make docs/coral-reefs-mkdocs.md from tools/coral-reefs-mkdocs.txt.

The document is one page of a student's MkDocs Material notes site as it sits in the site's
docs/ folder: UTF-8 Markdown with LF line ends and a final newline; YAML front matter (title,
description, icon, status, tags); an h1 with an attr_list anchor; admonitions ("!!! abstract",
"!!! tip", "!!! warning", "!!! note") and collapsible "??? info" / "??? question" blocks with
4-space-indented bodies; content tabs (=== "Tab"); an annotated paragraph ({ .annotate } and its
numbered list); a grid of cards in md_in_html with :material-...: icons; pipe tables; ==mark==,
^^insert^^, ~~delete~~ and ~subscript~ markup; a mermaid timeline; footnotes; abbreviations; a
task list; an HTML comment and a snippets include line.

Source: the page itself after a header of "%%" lines; "{sp}" stands for a trailing space.
Run from anywhere: /usr/bin/python3 tools/make_md.py  (an output path may be given as
the only argument; output is byte-for-byte stable)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "coral-reefs-mkdocs.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else \
    os.path.join(HERE, "..", "docs", "coral-reefs-mkdocs.md")


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    body = [l.replace("{sp}", " ") for l in lines if not l.startswith("%%")]
    while body and body[-1] == "":
        body.pop()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(body) + "\n")


if __name__ == "__main__":
    main()
