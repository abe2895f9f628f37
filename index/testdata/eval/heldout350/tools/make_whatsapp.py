#!/usr/bin/python3
"""Re-make docs/whatsapp-gs-mains-grind-migrant-workers.txt from its source text.

The file is a WhatsApp group chat as Android's "Export chat" ("Without media") writes it: UTF-8
without a BOM, "\n" line ends, every message and system line starting "dd/mm/yy, hh:mm - " (a
24-hour clock), "Name: " before a message (the exporting phone's own name for its own messages,
the bare number for an unsaved contact), the lines of a long message after the first without any
prefix, "<Media omitted>" for photos and documents, "This message was deleted" / "You deleted
this message", "<This message was edited>" at the end of an edited message, a poll as "POLL:"
with "OPTION: ... (n votes)" lines, and the end-to-end encryption notice and group events as
system lines.  Standard library only; deterministic.

Usage: make_whatsapp.py [OUT]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SLUG = "whatsapp-gs-mains-grind-migrant-workers"
SRC = os.path.join(HERE, SLUG + ".txt")
OUT = os.path.join(ROOT, "docs", SLUG + ".txt")


def build(out_path):
    day = None
    out = []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line or line.startswith("#") or line.startswith("@"):
            continue
        if line.startswith("== "):
            day = line[3:]
        elif line == "|":
            out.append("")
        elif line.startswith("| "):
            out.append(line[2:])
        else:
            hhmm, rest = line.split(" ", 1)
            if rest.startswith("* "):
                out.append("%s, %s - %s" % (day, hhmm, rest[2:]))
            else:
                out.append("%s, %s - %s" % (day, hhmm, rest))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
