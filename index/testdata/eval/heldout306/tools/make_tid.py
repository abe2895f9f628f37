#!/usr/bin/python3
"""Re-make the TiddlyWiki tiddler file in docs/ from its source text in tools/.

TiddlyWiki's "export tiddler > TID text file" writes the template $:/core/templates/tid-tiddler:
every field but text (and bag) as "name: value", in the sorted order of the $fields widget,
then one empty line, then the text field exactly as stored (WikiText, LF line ends, no newline
added at the end). The file is named after the tiddler's title with the ":" the browser cannot
keep in a file name turned into "_".

Source (tools/<doc>.txt): the fields one a line in any order, a "----" line, then the text.
Run: /usr/bin/python3 tools/make_tid.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "GS4_ Emotional Intelligence (EI)"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs", NAME + ".tid")


def main():
    with open(SRC, encoding="utf-8") as f:
        src = f.read()
    head, text = src.split("\n----\n", 1)
    fields = {}
    for line in head.split("\n"):
        if line.strip():
            k, v = line.split(": ", 1)
            fields[k] = v
    if text.endswith("\n"):
        text = text[:-1]
    out = "".join("%s: %s\n" % (k, fields[k]) for k in sorted(fields)) + "\n" + text
    os.makedirs(os.path.dirname(os.path.abspath(OUT)), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    main()
