#!/usr/bin/python3
"""Re-make docs/2025_09_02.md, a Logseq journal page, from tools/2025_09_02.txt.

Run: /usr/bin/python3 tools/make_logseq.py [OUTPUT]
Standard library only. A file-based Logseq graph keeps each day's journal as
journals/yyyy_MM_dd.md and shows it under the title "Sep 2nd, 2025" (the title is not in the
file). This page starts with page properties (Logseq's "pre-block"): key:: value lines with no
bullet. The source is the page as the editor shows it (two spaces of indent per level, notes on
the source in lines starting "# "); this script writes it the way Logseq stores it on disk:
every block a "- " bullet indented with tabs, continuation lines (block properties, LOGBOOK
drawers, SCHEDULED/DEADLINE, table rows, the rest of a multi-line block) indented with the
block's tabs plus two spaces; each "@name" turned into the UUID Logseq gave the block (a squuid:
the first eight hex digits are the block's creation time in seconds); and the time tracking of
the TODO/DOING workflow written as Logseq writes it: "CLOCK: [2025-09-02 Tue 06:12:04]--[...]
=>  00:46:27" with two spaces after the arrow.
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "2025_09_02.txt")
OUT = os.path.join(HERE, "..", "docs", "2025_09_02.md")
OPENED = 6 * 3600 + 12 * 60 + 4      # 06:12:04 IST, when the first task was started
CREATED = 1756773720                 # 2025-09-02 06:12:00 IST as Unix seconds


def squuid(name, order):
    h = hashlib.md5(("journal-2025-09-02/" + name).encode()).hexdigest()
    ts = "%08x" % (CREATED + 1469 * order)
    return "%s-%s-4%s-%s%s-%s" % (ts, h[0:4], h[5:8], "89ab"[int(h[8], 16) % 4], h[9:12],
                                   h[12:24])


def hms(sec):
    return "%02d:%02d:%02d" % (sec // 3600, sec // 60 % 60, sec % 60)


def build(text):
    lines = [l for l in text.split("\n") if l.strip() and not l.startswith("# ")]
    names = re.findall(r"id:: @(\w+)", "\n".join(lines))
    ids = {n: squuid(n, i) for i, n in enumerate(names)}
    out = []
    seen_block = False
    for line in lines:
        line = re.sub(r"@@T\+(\d+)", lambda m: hms(OPENED + int(m.group(1))), line)
        line = re.sub(r"@@D\+(\d+)", lambda m: hms(int(m.group(1))), line)
        line = re.sub(r"@(\w+)", lambda m: ids.get(m.group(1), m.group(0)), line)
        indent = len(line) - len(line.lstrip(" "))
        stripped = line.lstrip(" ")
        if stripped.startswith("- "):
            seen_block = True
            out.append("\t" * (indent // 2) + stripped)
        elif not seen_block:
            out.append(stripped)            # page properties: no bullet, no indent
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
