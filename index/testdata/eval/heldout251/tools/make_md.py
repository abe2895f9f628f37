#!/usr/bin/python3
"""Make docs/partition-of-bengal-1905-craft.md from tools/partition-of-bengal-1905-craft.txt.

The output is a Craft document as Craft's Export > Markdown writes it: the title block as a
"# " heading, every block followed by a blank line (an empty block leaves one more), runs of list
items written without blank lines between them, "  " per nesting level, task blocks as "- [ ]" /
"- [x]", Craft's own tags for a callout (<callout> ... </callout>), a highlight
(<highlight color="yellow">) and an inlined sub-page (<page><pageTitle>...</pageTitle><content>
with its blocks indented four spaces), links to other Craft documents as
craftdocs://open?blockId=...&spaceId=... deep links, an exported image as a relative link into the
document's asset folder (which the set does not hold), tables as pipe tables, literal square
brackets escaped with a backslash, and the file ending in a newline after the last block.

Run from anywhere: /usr/bin/python3 tools/make_md.py  (output is byte-for-byte stable;
an optional argument writes the file elsewhere, as tools/check.py does)
"""
import os
import re
import sys
import urllib.parse
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "partition-of-bengal-1905-craft.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs", "partition-of-bengal-1905-craft.md")
SPACE = "5c1e7a2d-8f34-4b90-b1d6-93a0e4c27f58"
NS = uuid.UUID("b7e2c0d4-1a9f-4e63-8d25-6c3f0a9e1b47")
LIST = {"BUL": ("- ", 0), "BUL2": ("- ", 1), "NUM": (None, 0), "TODO": ("- [ ] ", 0),
        "DONE": ("- [x] ", 0)}


def block_link(title):
    bid = str(uuid.uuid5(NS, title)).upper()
    return "[%s](craftdocs://open?blockId=%s&spaceId=%s)" % (title, bid, SPACE)


def inline(s):
    out = []
    pos = 0
    pat = re.compile(r"\[\[([^\]]+)\]\]|\{(https?://[^|}]+)\|([^}]+)\}|==(.+?)==|\[([^\]]*)\]")
    for m in pat.finditer(s):
        out.append(s[pos:m.start()])
        if m.group(1):
            out.append(block_link(m.group(1)))
        elif m.group(2):
            out.append("[%s](%s)" % (m.group(3), m.group(2)))
        elif m.group(4):
            out.append('<highlight color="yellow">%s</highlight>' % m.group(4))
        else:
            out.append("\\[%s\\]" % m.group(5))
        pos = m.end()
    out.append(s[pos:])
    return "".join(out)


def render(blocks, title_folder):
    """blocks: list of (type, text). Returns list of output lines (without indentation)."""
    lines = []
    num = 0
    prev_list = False
    i = 0
    while i < len(blocks):
        kind, text = blocks[i]
        if kind in LIST:
            if not prev_list:
                num = 0
            if kind == "NUM":
                num += 1
                lines.append("%d. %s" % (num, inline(text)))
            else:
                mark, level = LIST[kind]
                lines.append("  " * level + mark + inline(text))
            nxt = blocks[i + 1][0] if i + 1 < len(blocks) else None
            same = nxt in LIST and ((nxt == "NUM") == (kind == "NUM") or
                                    (kind in ("BUL", "BUL2") and nxt in ("BUL", "BUL2")))
            if not same:
                lines.append("")
            prev_list = same
            i += 1
            continue
        prev_list = False
        if kind == "TITLE":
            lines += ["# " + inline(text), ""]
        elif kind in ("H2", "H3", "H4"):
            lines += ["#" * int(kind[1]) + " " + inline(text), ""]
        elif kind == "P":
            lines += [inline(text), ""]
        elif kind == "QUOTE":
            lines += ["> " + inline(text), ""]
        elif kind == "EMPTY":
            lines += [""]
        elif kind == "HR":
            lines += ["---", ""]
        elif kind == "IMG":
            path = urllib.parse.quote(title_folder) + "/" + urllib.parse.quote(text)
            lines += ["![%s](%s)" % (text, path), ""]
        elif kind == "TABLE":
            rows = []
            while i < len(blocks) and blocks[i][0] == "TABLE":
                rows.append([c.strip() for c in blocks[i][1].split("|")])
                i += 1
            lines.append("| " + " | ".join(inline(c) for c in rows[0]) + " |")
            lines.append("| " + " | ".join("---" for _ in rows[0]) + " |")
            for r in rows[1:]:
                lines.append("| " + " | ".join(inline(c) for c in r) + " |")
            lines.append("")
            continue
        elif kind == "CALLOUT":
            inner = render(text, title_folder)
            while inner and inner[-1] == "":
                inner.pop()
            lines += ["<callout>"] + inner + ["</callout>", ""]
        elif kind == "PAGE":
            ptitle, inner_blocks = text
            inner = render(inner_blocks, title_folder)
            while inner and inner[-1] == "":
                inner.pop()
            lines.append("<page><pageTitle>%s</pageTitle><content>" % inline(ptitle))
            lines += [("    " + l) if l else "" for l in inner]
            lines += ["</content></page>", ""]
        else:
            raise ValueError("unknown block type %r" % kind)
        i += 1
    return lines


def parse(path):
    top = []
    stack = [top]
    title = None
    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if not raw or raw.startswith("@"):
                continue
            if raw == "CALLOUT{":
                inner = []
                stack[-1].append(("CALLOUT", inner))
                stack.append(inner)
                continue
            if raw.startswith("PAGE{ "):
                inner = []
                stack[-1].append(("PAGE", (raw[6:], inner)))
                stack.append(inner)
                continue
            if raw in ("}CALLOUT", "}PAGE"):
                stack.pop()
                continue
            kind, _, text = raw.partition(":")
            text = text[1:] if text.startswith(" ") else text
            if kind == "TITLE":
                title = text
            stack[-1].append((kind, text))
    return title, top


def main():
    title, blocks = parse(SRC)
    lines = render(blocks, title)
    text = "\n".join(lines)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
