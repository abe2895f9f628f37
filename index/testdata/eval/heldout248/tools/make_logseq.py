#!/usr/bin/python3
"""Re-make docs/2025_06_06.md, a Logseq journal page, from tools/2025_06_06.txt.

Run: /usr/bin/python3 tools/make_logseq.py [OUTPUT]
Standard library only. A file-based Logseq graph keeps each day's journal as
journals/yyyy_MM_dd.md; Logseq shows it under the title "Jun 6th, 2025". A journal file has no
page properties and no title line: it starts straight with the first block. The source is the
page as the editor shows it (two spaces of indent per level, comment lines starting with "#");
this script writes it the way Logseq stores it on disk: every block a "- " bullet indented with
tabs, continuation lines (block properties, drawers, the rest of a multi-line block) indented
with the block's tabs plus two spaces, and each "@name" turned into the UUID Logseq gave the
block (a squuid: the first eight hex digits are the creation time in seconds).
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "2025_06_06.txt")
OUT = os.path.join(HERE, "..", "docs", "2025_06_06.md")
CREATED = 1749185134  # 2025-06-06 10:15:34 IST, while the live stream was on


def squuid(name, order):
    h = hashlib.md5(("journal-2025-06-06/" + name).encode()).hexdigest()
    ts = "%08x" % (CREATED + 613 * order)
    return "%s-%s-4%s-%s%s-%s" % (ts, h[0:4], h[5:8], "89ab"[int(h[8], 16) % 4], h[9:12],
                                   h[12:24])


def build(text):
    lines = [l for l in text.split("\n") if l.strip() and not l.startswith("#")]
    names = re.findall(r"id:: @(\w+)", "\n".join(lines))
    ids = {n: squuid(n, i) for i, n in enumerate(names)}
    out = []
    for line in lines:
        line = re.sub(r"@(\w+)", lambda m: ids.get(m.group(1), m.group(0)), line)
        indent = len(line) - len(line.lstrip(" "))
        stripped = line.lstrip(" ")
        if stripped.startswith("- "):
            out.append("\t" * (indent // 2) + stripped)
        else:
            out.append("\t" * (indent // 2 - 1) + "  " + stripped)
    return "\n".join(out) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        data = build(f.read()).encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
