#!/usr/bin/python3
"""Re-make docs/dairy-notes-workflowy-export.txt from tools/dairy-notes-workflowy-export.txt.

The source is the outline with light marks, indented two spaces a level:
  "* text"  an item            -> "- text"
  "x text"  a completed item   -> "- [COMPLETE] text"
  "*"       an empty item      -> "-"
  "> text"  a line of the note of the item above it; the lines of one note are
            written one level deeper than the item, the first opening and the last
            closing a double quote, as Workflowy's "Export > Plain text" does.
The export is UTF-8, LF line ends, no byte-order mark and no newline after the last line.
Usage: make_workflowy.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "dairy-notes-workflowy-export.txt")
OUT = os.path.join(HERE, "..", "docs", "dairy-notes-workflowy-export.txt")


def convert(src_text):
    out = []
    note = []  # (indent, text) lines of the note being collected

    def flush():
        if not note:
            return
        for i, (ind, text) in enumerate(note):
            line = text
            if i == 0:
                line = '"' + line
            if i == len(note) - 1:
                line = line + '"'
            out.append(" " * ind + line)
        del note[:]

    for raw in src_text.split("\n"):
        if not raw.strip():
            continue
        ind = len(raw) - len(raw.lstrip(" "))
        if ind % 2:
            raise ValueError("odd indentation: %r" % raw)
        body = raw.strip(" ")
        if body.startswith("> "):
            # a note line sits one level deeper than its item (its own indentation in the source)
            note.append((ind, body[2:]))
            continue
        flush()
        if body == "*":
            out.append(" " * ind + "-")
        elif body.startswith("* "):
            out.append(" " * ind + "- " + body[2:])
        elif body.startswith("x "):
            out.append(" " * ind + "- [COMPLETE] " + body[2:])
        else:
            raise ValueError("unmarked line: %r" % raw)
    flush()
    return "\n".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        text = convert(f.read())
    with open(out, "wb") as f:
        f.write(text.encode("utf-8"))


if __name__ == "__main__":
    main()
