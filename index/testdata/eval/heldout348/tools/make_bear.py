#!/usr/bin/python3
"""Re-make docs/agniveer-bear-note.md from tools/agniveer-bear-note.txt.

The file is a Bear 2 note (macOS) exported with File > Export Notes > Markdown: the note's text
as Bear stores it, with the title as the first "# " line, the tags typed inline (nested
"#upsc/gs3/..." tags and a multi-word "#current affairs 2025#" tag closed by a second #),
Bear's own marks (==highlight==, ~underline~, **bold**, *italic*), "- [ ]" / "- [x]" checklist
items, lists nested with tab characters, a pipe table with a "| --- |" row, block quotes,
[[wiki links]] to other notes, a "---" rule, and an attachment Bear exported into a folder named
after the note, linked with a percent-encoded relative path and followed by Bear's HTML comment
holding the image's display width on the same line. Bear writes no newline after the last line.

Source: the same text with four spaces for each level of nesting (turned into tabs) and "->"
for the arrows Bear shows as "→" (the writer types them with Bear's arrow shortcut).
Deterministic. Run: /usr/bin/python3 tools/make_bear.py [output path]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "agniveer-bear-note.txt")
OUT = os.path.join(HERE, "..", "docs", "agniveer-bear-note.md")


def main(path):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out = []
    for line in lines:
        m = re.match(r"^((?:    )+)(.*)$", line)
        if m:
            line = "\t" * (len(m.group(1)) // 4) + m.group(2)
        line = line.replace("->", "\u2192")
        if line.startswith("![]("):
            line += '<!-- {"width":640} -->'
        out.append(line)
    with open(path, "wb") as f:
        f.write("\n".join(out).encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else OUT)
