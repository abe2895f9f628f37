#!/usr/bin/python3
"""Re-make docs/electric-vehicles-logseq-notes.md from tools/electric-vehicles-logseq-notes.txt.

The page is a student's Logseq (0.10.x) page as Logseq writes it to pages/*.md in a file-based
graph: the page properties (title::, tags::, source::, alias::, status::, created::) in the
pre-block at the top, a blank line, then an outline where every block is a "- " bullet nested
by tab characters; block properties (collapsed:: true, id:: <uuid>), SCHEDULED: lines and
:LOGBOOK: drawers sit under their block, indented by the block's tabs plus two spaces, as do
the continuation lines of multi-line blocks (#+BEGIN_QUOTE ... #+END_QUOTE); headings are
"## " / "### " inside a bullet; TODO / LATER / NOW / DONE markers, [[page links]], #tags,
**bold**, ==highlights==, a {{query}}, an {{embed}}, an asset image link and a ((block ref));
the outline ends with the empty block Logseq leaves behind.  UTF-8, LF line ends, no BOM.
Source marks: two spaces of indentation per outline level, "+ " for a line that belongs to the
block above (property, drawer or continuation), "~" for an empty block.
Usage: make_logseq.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "electric-vehicles-logseq-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "electric-vehicles-logseq-notes.md")


def build():
    text = open(SRC, encoding="utf-8").read()
    head, body = text.split("\n\n", 1)
    out = head.split("\n") + [""]
    level = 0
    for ln in body.split("\n"):
        if not ln.strip():
            continue
        ind = len(ln) - len(ln.lstrip(" "))
        item = ln.strip()
        if item.startswith("+ "):
            out.append("\t" * level + "  " + item[2:])
            continue
        level = ind // 2
        if item == "~":
            out.append("\t" * level + "-")
        else:
            out.append("\t" * level + "- " + item)
    return "\n".join(out)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(build())


if __name__ == "__main__":
    main()
