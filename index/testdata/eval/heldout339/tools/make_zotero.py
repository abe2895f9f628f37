#!/usr/bin/python3
"""Re-make docs/urban-missions-decade-annotations.txt from tools/urban-missions-decade-annotations.txt.

The output is a ZotFile-style "Extracted Annotations" report as a Windows Zotero install saves a
note to a plain text file: UTF-8 with a byte-order mark, CRLF line endings, the extraction date in
the en-IN locale ("17/3/2025, 11:08:41 pm"), the citation block, then one block per annotation in
reading order: a "<Colour> highlight - Page N" label, the highlighted text in curly quotes as the
PDF's text layer gave it (ligatures, broken hyphenation, running heads and footnote numbers left
in), the reader's "Note:" comments under some, and an image annotation that ZotFile cannot extract.
Usage: make_zotero.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "urban-missions-decade-annotations.txt")
OUT = os.path.join(HERE, "..", "docs", "urban-missions-decade-annotations.txt")


def build():
    lines = open(SRC, encoding="utf-8").read().split("\n")
    out = []
    head = []
    extracted = None
    blocks = []
    cur = None
    for line in lines:
        if line.startswith("@extracted "):
            extracted = line[len("@extracted "):]
        elif line.startswith("@ref "):
            head.append(line[len("@ref "):])
        elif line.startswith("== "):
            kind, page = line[3:].split()
            cur = {"kind": kind, "page": page, "text": None, "notes": []}
            blocks.append(cur)
        elif line.startswith("Note: "):
            cur["notes"].append(line)
        elif line.strip():
            cur["text"] = line
    out.append("Extracted Annotations (%s)" % extracted)
    out.append("")
    out.extend(head)
    out.append("")
    for b in blocks:
        if b["kind"] == "image":
            out.append("Image annotation - Page %s" % b["page"])
            out.append("[image not extracted]")
        else:
            out.append("%s highlight - Page %s" % (b["kind"], b["page"]))
            out.append("\u201c%s\u201d" % b["text"])
        out.extend(b["notes"])
        out.append("")
    text = "\r\n".join(out)
    return "\ufeff".encode("utf-8") + text.encode("utf-8")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "wb") as f:
        f.write(build())


if __name__ == "__main__":
    main()
