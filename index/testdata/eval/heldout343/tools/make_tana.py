#!/usr/bin/python3
"""Re-make docs/onoe-kovind-committee-tana-outline.txt from its source text.

The source (tools/onoe-kovind-committee-tana-outline.txt) holds one Tana node a line, indented
two spaces a level, with two light marks: {d:YYYY-MM-DD} for a Tana date and {r:Name|nodeId}
for a reference to another node. This script writes what Tana puts on the clipboard with
"Copy as Tana Paste" and what Windows Notepad then saved: the %%tana%% header, every node as
an indented "- " line, references as [[Name^nodeId]], dates as [[date:...]], CRLF line ends,
UTF-8 without a BOM and no line end after the last node.
Usage: make_tana.py [output path]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "onoe-kovind-committee-tana-outline.txt")
OUT = os.path.join(HERE, "..", "docs", "onoe-kovind-committee-tana-outline.txt")


def node(text):
    text = re.sub(r"\{d:([0-9-]+)\}", r"[[date:\1]]", text)
    text = re.sub(r"\{r:([^|}]+)\|([A-Za-z0-9_-]+)\}", r"[[\1^\2]]", text)
    return text


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    lines = ["%%tana%%"]
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if not raw.strip():
                continue
            body = raw.lstrip(" ")
            depth = (len(raw) - len(body)) // 2
            lines.append("  " * depth + "- " + node(body))
    with open(out, "wb") as f:
        f.write("\r\n".join(lines).encode("utf-8"))


if __name__ == "__main__":
    main()
