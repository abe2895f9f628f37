#!/usr/bin/python3
"""Make "docs/Satavahanas - rulers board.canvas" from "tools/Satavahanas - rulers board.txt".

The board is written the way Obsidian saves a canvas: a JSON object with "nodes" and "edges",
tab-indented at the top level, one node or edge per line with no spaces after ":" or ",",
non-ASCII characters written as they are (not \\u escapes), "\\n" inside card text, and no
newline at the end of the file. Node keys come in Obsidian's order: id, type, then the text,
file (+ subpath) or url, then x, y, width, height and color (a group keeps its label after its
geometry). Edges carry id, fromNode, fromSide, toNode, toSide, then toEnd, color and label where
set. Ids are 16 hex digits (the first 16 of the sha1 of the card's name in the source).

Run from anywhere: /usr/bin/python3 tools/make_canvas.py [output path]
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Satavahanas - rulers board"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".canvas")


def nid(name):
    return hashlib.sha1(("heldout282/" + name).encode("utf-8")).hexdigest()[:16]


def js(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def parse(path):
    nodes, edges = [], []
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        head, _, rest = line.partition(" |")
        rest = rest.strip()
        parts = head.split()
        kind = parts[0]
        if kind == "@edge":
            _, name, frm, fside, to, tside, color, toend = parts
            e = {"id": nid(name), "fromNode": nid(frm), "fromSide": fside, "toNode": nid(to),
                 "toSide": tside}
            if toend != "-":
                e["toEnd"] = toend
            if color != "-":
                e["color"] = color
            if rest.strip():
                e["label"] = rest.strip()
            edges.append(e)
            continue
        name = parts[1]
        x, y, w, h = (int(v) for v in parts[2:6])
        color = parts[6]
        n = {"id": nid(name)}
        if kind == "@group":
            n.update({"type": "group", "x": x, "y": y, "width": w, "height": h})
            if color != "-":
                n["color"] = color
            n["label"] = rest.strip()
        elif kind == "@text":
            body = []
            while lines[i] != "@end":
                body.append(lines[i])
                i += 1
            i += 1
            n.update({"type": "text", "text": "\n".join(body), "x": x, "y": y, "width": w,
                      "height": h})
            if color != "-":
                n["color"] = color
        elif kind == "@file":
            fpath, _, sub = rest.partition(" |")
            n.update({"type": "file", "file": fpath.strip()})
            if sub.strip():
                n["subpath"] = sub.strip()
            n.update({"x": x, "y": y, "width": w, "height": h})
            if color != "-":
                n["color"] = color
        elif kind == "@link":
            n.update({"type": "link", "url": rest.strip(), "x": x, "y": y, "width": w,
                      "height": h})
            if color != "-":
                n["color"] = color
        else:
            raise SystemExit("unknown line: %r" % line)
        nodes.append(n)
    return nodes, edges


def render(nodes, edges):
    out = ["{", '\t"nodes":[']
    out.append(",\n".join("\t\t" + js(n) for n in nodes))
    out.append("\t],")
    out.append('\t"edges":[')
    out.append(",\n".join("\t\t" + js(e) for e in edges))
    out.append("\t]")
    out.append("}")
    return "\n".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    nodes, edges = parse(SRC)
    ids = {n["id"] for n in nodes}
    for e in edges:
        assert e["fromNode"] in ids and e["toNode"] in ids, e
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(render(nodes, edges))


if __name__ == "__main__":
    main()
