#!/usr/bin/python3
"""Make docs/space-institutions-inspace-nsil.org from tools/space-institutions-inspace-nsil.txt.

The file is a notebook as Orgzly (Android) writes it back after editing on a phone, with Orgzly's
default formatting settings and "created-at" property turned on: the notebook preface first (its
lines trimmed, then one empty line); every note's heading as "stars [STATE] [#P] title :tags:"
with a single space before the tags (tags column 0, no alignment); planning times on the next
line in the order CLOSED, DEADLINE, SCHEDULED joined by single spaces; a :PROPERTIES: drawer whose
lines are printf'ed with "%-10s %s" (so ":CREATED:" is followed by two spaces); an empty line
between the header and the content; the content as typed (no hard wrapping, no indentation);
and, with "separate notes with new line: multi-line notes only", an empty line after a note that
has content or planning/properties, and none after a bare heading. Timestamps are Org's:
active <2025-08-23 Sat> for SCHEDULED, inactive [2025-02-08 Sat 21:47] for CREATED and CLOSED.

Run from anywhere: /usr/bin/python3 tools/make_org.py [OUTPUT]  (output is byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "space-institutions-inspace-nsil.txt")
OUT = os.path.join(HERE, "..", "docs", "space-institutions-inspace-nsil.org")
HEAD = re.compile(r"^(\*+) (?:(TODO|NEXT|DONE) )?(?:\[#([A-Z])\] )?(.*?)(?: (:[\w@:]+:))?$")


def parse():
    preface, notes = [], []
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    for line in lines:
        if line.startswith("# ") or line == "#":
            continue
        m = HEAD.match(line) if line.startswith("*") and " " in line else None
        if m and re.match(r"^\*+ ", line):
            stars, state, prio, title, tags = m.groups()
            notes.append({"level": len(stars), "state": state, "prio": prio, "title": title,
                          "tags": tags.strip(":").split(":") if tags else [], "meta": {},
                          "content": []})
        elif notes and line.startswith("@ ") and not notes[-1]["meta"] and not notes[-1]["content"]:
            for kv in line[2:].split("; "):
                k, v = kv.split("=", 1)
                notes[-1]["meta"][k] = v
        elif notes:
            notes[-1]["content"].append(line)
        else:
            preface.append(line)
    return preface, notes


def head(n):
    s = "*" * n["level"] + " "
    if n["state"]:
        s += n["state"] + " "
    if n["prio"]:
        s += "[#%s] " % n["prio"]
    s += n["title"]
    if n["tags"]:
        s += " " + "".join(":" + t for t in n["tags"]) + ":"
    meta = n["meta"]
    under = False
    planning = []
    if "closed" in meta:
        planning.append("CLOSED: [%s]" % meta["closed"])
    if "deadline" in meta:
        planning.append("DEADLINE: <%s>" % meta["deadline"])
    if "scheduled" in meta:
        planning.append("SCHEDULED: <%s>" % meta["scheduled"])
    if planning:
        s += "\n" + " ".join(planning)
        under = True
    if "created" in meta:
        s += "\n:PROPERTIES:"
        s += "\n" + "%-10s %s" % (":CREATED:", "[%s]" % meta["created"])
        s += "\n:END:"
        under = True
    s += "\n"
    content = "\n".join(n["content"]).strip("\n")
    if content:
        s += "\n" + content + "\n" + "\n"
    elif under:
        s += "\n"
    return s


def build():
    preface, notes = parse()
    text = "\n".join(l.rstrip() for l in preface).strip() + "\n\n"
    for n in notes:
        text += head(n)
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    build()
