#!/usr/bin/python3
"""Make docs/gig-platform-economy-logseq.md from tools/gig-platform-economy-logseq.txt.

The page is written the way Logseq (file-based graph, Markdown) stores a page on disk: page
properties as bare "key:: value" lines at the top (title with "/" namespaces, alias, tags,
type, source with a Markdown link, status, created as a journal-page link), a blank line, then
every block as a "- " bullet indented with tabs, headings as "- ## " / "- ### " blocks, and a
block's continuation lines indented to the bullet's text with two spaces: block properties
(collapsed:: true, id:: UUID, the card-* spaced-repetition properties Logseq adds to #card
blocks), a :LOGBOOK: drawer with a CLOCK line under a NOW task, a SCHEDULED line under a TODO.
Block references are written "((uuid))"; the page also holds [[links]], **bold**, ^^highlight^^,
*italic*, an {{embed [[...]]}}, a {{cloze ...}} and a {{video ...}} macro, DONE / NOW / TODO /
LATER markers and "->" arrows.

Run from anywhere: /usr/bin/python3 tools/make_logseq.py  (output is byte-for-byte stable)
"""
import hashlib
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gig-platform-economy-logseq.txt")
OUT = os.path.join(HERE, "..", "docs", "gig-platform-economy-logseq.md")


def block_uuid(name):
    """A Logseq-looking UUID (time-ordered prefix, version 4 nibble) made from a name."""
    h = hashlib.sha1(("gig-economy-page/" + name).encode()).hexdigest()
    return "%s-%s-4%s-%s%s-%s" % ("66a1" + h[:4], h[4:8], h[9:12], "89ab"[int(h[12], 16) % 4],
                                 h[13:16], h[16:28])


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    out = []
    i = 0
    # page properties, up to the first blank line
    while lines[i].strip():
        out.append(lines[i])
        i += 1
    out.append("")
    level = 0
    for line in lines[i + 1:]:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        s = line.strip()
        if s.startswith("| "):
            out.append("\t" * level + "  " + s[2:])
            continue
        level = indent // 2
        m = re.search(r" \{id:(\w+)\}$", s)
        ident = None
        if m:
            ident = block_uuid(m.group(1))
            s = s[:m.start()]
        s = re.sub(r"\(\((\w+)\)\)", lambda mm: "((%s))" % block_uuid(mm.group(1)), s)
        out.append("\t" * level + s)
        if ident:
            out.append("\t" * level + "  id:: " + ident)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build()
