#!/usr/bin/python3
"""Re-make docs/emergency-1975-77-workflowy.opml from tools/emergency-1975-77-workflowy.txt.

The output is what Workflowy writes for a bullet's "..." menu > Export > OPML: an XML
declaration without encoding, <opml version="2.0">, a <head> holding only a whitespace-padded
<ownerEmail>, and one <outline> per bullet, indented two spaces a level, leaves self-closed
with " />". Attributes come in Workflowy's order (_complete before text, _note after it);
the bullet's rich text is inline HTML escaped once more for XML, so a typed "<" ends up as
"&amp;lt;"; newlines inside text and notes are "&#10;". No newline after </opml>.
Standard library only.  Run: /usr/bin/python3 tools/make_opml.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "emergency-1975-77-workflowy.txt")
OUT = os.path.join(HERE, "..", "docs", "emergency-1975-77-workflowy.opml")


def attr(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("\n", "&#10;"))


def parse(lines):
    owner, root = None, {"children": [], "depth": -1}
    stack = [root]
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@owner "):
            owner = line[len("@owner "):].strip()
            continue
        indent = len(line) - len(line.lstrip(" "))
        body = line.lstrip(" ")
        if body.startswith(">"):
            node = stack[-1]
            note = body[2:] if body.startswith("> ") else ""
            node.setdefault("note", []).append(note)
            continue
        if not body.startswith("-"):
            raise SystemExit("bad line: %r" % line)
        depth = indent // 2
        text = body[2:] if body.startswith("- ") else ""
        done = False
        if text.startswith("[x] "):
            done, text = True, text[4:]
        node = {"text": text.replace("\\n", "\n"), "done": done, "children": [], "depth": depth}
        while stack[-1]["depth"] >= depth:
            stack.pop()
        stack[-1]["children"].append(node)
        stack.append(node)
    return owner, root["children"]


def emit(node, level, out):
    pad = "  " * level
    parts = []
    if node["done"]:
        parts.append('_complete="true"')
    parts.append('text="%s"' % attr(node["text"]))
    if "note" in node:
        parts.append('_note="%s"' % attr("\n".join(node["note"])))
    head = "%s<outline %s" % (pad, " ".join(parts))
    if node["children"]:
        out.append(head + ">")
        for child in node["children"]:
            emit(child, level + 1, out)
        out.append("%s</outline>" % pad)
    else:
        out.append(head + " />")


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        owner, nodes = parse(f.readlines())
    out = ['<?xml version="1.0"?>', '<opml version="2.0">', "  <head>", "    <ownerEmail>",
           "      %s" % owner, "    </ownerEmail>", "  </head>", "  <body>"]
    for node in nodes:
        emit(node, 2, out)
    out += ["  </body>", "</opml>"]
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
