#!/usr/bin/python3
"""Re-make docs/vijayanagara-administration-logseq.md from its source text.

The source (tools/vijayanagara-administration-logseq.txt) is the page as Logseq shows it in the
editor, indented with two spaces per level and with named block ids (@name). This script writes
it the way a Logseq file graph stores the page on disk: page properties as bare "key:: value"
lines, a blank line, then every block a "- " bullet indented with tabs, continuation lines
(block properties, the rest of a multi-line block) indented under the bullet's text with two
spaces, and each @name turned into the UUID Logseq gave the block (a squuid: the first eight hex
digits are the creation time in seconds).
Run: /usr/bin/python3 tools/make_logseq.py [OUTPUT]
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "vijayanagara-administration-logseq.txt")
OUT = os.path.join(HERE, "..", "docs", "vijayanagara-administration-logseq.md")
CREATED = 1744594222  # 2025-04-14 07:00:22 IST, when the page was written


def squuid(name, order):
    h = hashlib.md5(("vijayanagara-admin/" + name).encode()).hexdigest()
    ts = "%08x" % (CREATED + 41 * order)
    return "%s-%s-4%s-%s%s-%s" % (ts, h[0:4], h[5:8], "89ab"[int(h[8], 16) % 4], h[9:12],
                                   h[12:24])


def build(text):
    head, body = text.split("\n\n", 1)
    names = []
    for m in re.finditer(r"id:: @(\w+)", body):
        names.append(m.group(1))
    ids = {n: squuid(n, i) for i, n in enumerate(names)}
    body = re.sub(r"@(\w+)", lambda m: ids[m.group(1)] if m.group(1) in ids else m.group(0),
                  body)
    out = [l for l in head.split("\n")]
    out.append("")
    for line in body.split("\n"):
        if not line.strip():
            continue
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
        text = f.read()
    data = build(text).encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
