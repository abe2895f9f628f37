#!/usr/bin/python3
"""Re-make docs/upsc.economy.payments.cross-border.md byte for byte from its source text.

The source (tools/upsc.economy.payments.cross-border.txt) holds the note's front-matter fields on
"@@ key: value" lines and then the body as typed.  The script writes the note the way a Dendron
vault keeps it: YAML front matter in Dendron's order (id, title, desc, updated, created, then
tags), the body with its note references, wikilinks, hashtags, block anchor and callouts, and
the pipe tables padded to aligned columns as the "Markdown All in One: Format Document" command
in VS Code leaves them.  LF line endings, one trailing newline.  Standard library only.

Run: /usr/bin/python3 tools/make_dendron.py [OUTPUT]
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "upsc.economy.payments.cross-border.txt")
OUT = os.path.join(HERE, "..", "docs", "upsc.economy.payments.cross-border.md")
ORDER = ["id", "title", "desc", "updated", "created", "tags"]


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def format_table(rows):
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    n = max(len(r) for r in cells)
    w = [0] * n
    for r in cells:
        if all(set(c) <= set("-: ") for c in r):
            continue
        for i, c in enumerate(r):
            w[i] = max(w[i], width(c), 3)
    out = []
    for r in cells:
        if all(set(c) <= set("-: ") for c in r):
            out.append("| " + " | ".join("-" * w[i] for i in range(n)) + " |")
        else:
            out.append("| " + " | ".join(c + " " * (w[i] - width(c)) for i, c in enumerate(r)) + " |")
    return out


def build(src):
    meta, body = {}, []
    for line in src.split("\n"):
        if line.startswith("@@ "):
            k, v = line[3:].split(": ", 1)
            meta[k] = v
        else:
            body.append(line)
    out = ["---"]
    for k in ORDER:
        if k == "tags":
            out.append("tags:")
            for t in meta[k].strip("[]").split(","):
                out.append("  - " + t.strip())
        else:
            out.append("%s: %s" % (k, meta[k]))
    out.append("---")
    out.append("")
    i = 0
    while i < len(body):
        if body[i].startswith("|"):
            j = i
            while j < len(body) and body[j].startswith("|"):
                j += 1
            out.extend(format_table(body[i:j]))
            i = j
            continue
        out.append(body[i])
        i += 1
    text = "\n".join(out).rstrip("\n") + "\n"
    return text


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build(open(SRC, encoding="utf-8").read())
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
