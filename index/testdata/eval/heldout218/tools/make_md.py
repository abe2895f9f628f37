#!/usr/bin/python3
"""Make docs/alvars-nayanars-dropbox-paper.md from tools/alvars-nayanars-dropbox-paper.txt.

The .md is a Dropbox Paper doc exported with "Export > Markdown (.md)": the doc title as a
"# " line, Paper's headings as "## ", #hashtags and @mentions left as plain text, bold with
**…**, italic with *…*, "- " bullets with nested items indented four spaces, "1." lists,
"- [ ]" / "- [x]" checklist items, a pipe table with an empty top-left cell, a bare YouTube
link where the doc had an embed, and every pasted image written as
![](https://paper-attachments.dropboxusercontent.com/s_<doc id>_<upload ms>_<file name>),
spaces in the file name as "+". The source keeps images as "@img <ms>|<file name>"; the doc id is the same for
every attachment of one doc.

Run from anywhere: /usr/bin/python3 tools/make_md.py [OUT]  (output is byte-for-byte stable)
"""
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "alvars-nayanars-dropbox-paper.txt")
OUT = os.path.join(HERE, "..", "docs", "alvars-nayanars-dropbox-paper.md")
ATTACH = "https://paper-attachments.dropboxusercontent.com/s_%s_%s_%s"
DOC_ID = "8B2D51F0A3C94E6D7F1B0C2E5A9D3F4B6C8E0A1D2F3B4C5D6E7F8091A2B3C4D5"


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out = []
    for line in lines:
        if line.startswith("@img "):
            ms, name = line[5:].split("|")
            url = ATTACH % (DOC_ID, ms, urllib.parse.quote_plus(name, safe="."))
            out.append("![](%s)" % url)
        else:
            out.append(line)
    # Paper ends the export with one blank line after the last block.
    data = "\n".join(out) + "\n\n"
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
