#!/usr/bin/python3
"""Make docs/fd-case-law-tracker.md from tools/fd-case-law-tracker.txt.

The note is written as Obsidian (1.8, with the Dataview and Tasks plugins) keeps it on disk:
YAML front matter as the Properties view writes it (lists in block style with two-space
"  - " items, date-time properties as YYYY-MM-DDTHH:MM), then the Markdown body as typed: an
H1 title, a line of #tags, inline Dataview fields ("key:: value" lines, and "[key:: value]" /
"(key:: value)" inside lines), callouts ("> [!abstract]", foldable "> [!quote]-" and
"> [!example]-", "> [!info]+", a callout nested in a callout), ^block-ids and [[#^block]] links,
[[wikilinks]] with an embedded block ("![[Note#^id]]"), %% comments %%, ==highlights==, a pipe
table, a dataview query block, Tasks-plugin checkboxes with due and done dates, and a footnote.
Obsidian does not add a final newline, so the file ends without one.

Source: "@front" followed by "key: value" lines (a value in [a, b] is a list), then "@body"
and the note body verbatim.
Run from anywhere: /usr/bin/python3 tools/make_md.py  (output is byte-for-byte stable)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "fd-case-law-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "fd-case-law-tracker.md")


def main():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    front, body = text.split("@body\n", 1)
    out = ["---"]
    for line in front.split("\n"):
        if not line.strip() or line.startswith("@"):
            continue
        key, val = line.split(": ", 1)
        if val.startswith("[") and val.endswith("]"):
            out.append("%s:" % key)
            out.extend("  - %s" % v.strip() for v in val[1:-1].split(","))
        else:
            out.append("%s: %s" % (key, val))
    out.append("---")
    note = "\n".join(out) + "\n" + body.rstrip("\n")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(note)


if __name__ == "__main__":
    main()
