#!/usr/bin/python3
"""Re-make docs/project-cheetah-logseq.md from tools/project-cheetah-logseq.txt.

The file is a Logseq page as Logseq keeps it on disk (pages/Project Cheetah.md) and as a member
exports it: page properties ("tags::", "type::", "source::", "status::", "created::") on the first
lines, a blank line, then every block as an outline bullet "- " nested with tab characters; heading
blocks written "- ## …"; block properties on continuation lines indented with the block's tabs plus
two spaces ("id::" for blocks that are referenced elsewhere, "collapsed:: true", "SCHEDULED:");
block references "((uuid))", [[page links]] and journal-date links "[[Nov 13th, 2025]]",
TODO / DONE / LATER markers, **bold** and *italic*.  In the source text, nesting is two spaces per
level with "* " bullets; {{id:key}}, ((key)), {{collapsed}} and {{sched:…}} stand for the
properties and references, and the uuids are made from the keys (sequential-uuid style: a fixed
timestamp, then hex from an MD5 of the key), so the output is deterministic.

Usage: make_logseq_md.py [output path]   (default: docs/project-cheetah-logseq.md)
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "project-cheetah-logseq.txt")
OUT = os.path.join(ROOT, "docs", "project-cheetah-logseq.md")
STAMP = 0x68CB8A41   # 2025-09-18, when the page was made


def uuid(key):
    h = hashlib.md5(key.encode()).hexdigest()
    return "%08x-%s-4%s-%s-%s" % (STAMP, h[0:4], h[5:8], "a" + h[9:12], h[12:24])


def convert(src):
    out = []
    lines = src.split("\n")
    k = 0
    while lines[k].strip():
        out.append(lines[k])
        k += 1
    out.append("")
    for ln in lines[k + 1:]:
        if not ln.strip():
            continue
        m = re.match(r"( *)\* (.*)$", ln)
        depth = len(m.group(1)) // 2
        text = m.group(2)
        props = []
        for kind, val in re.findall(r" ?\{\{(id|sched|collapsed)(?::([^}]*))?\}\}", text):
            if kind == "id":
                props.append("id:: " + uuid(val))
            elif kind == "sched":
                props.append("SCHEDULED: " + val)
            else:
                props.append("collapsed:: true")
        text = re.sub(r" ?\{\{(id|sched|collapsed)(?::[^}]*)?\}\}", "", text)
        text = re.sub(r"\(\(([a-z-]+)\)\)", lambda mm: "((%s))" % uuid(mm.group(1)), text)
        tabs = "\t" * depth
        out.append(tabs + "- " + text)
        for p in props:
            out.append(tabs + "  " + p)
    return "\n".join(out) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = convert(open(SRC, encoding="utf-8").read())
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
