#!/usr/bin/python3
"""Make docs/5d0e2c4b-8a31-4f6e-b7c2-91e4a3d07f58.note from tools/5d0e2c4b-8a31-4f6e-b7c2-91e4a3d07f58.txt.

The note is one Tomboy note file as Tomboy (and Gnote, which keeps the format) saves it in its
notes folder, named by the note's GUID: an XML declaration, a <note version="0.3"> root in the
Tomboy namespace with the link and size prefixes declared, the <title>, the body as
<text xml:space="preserve"><note-content version="0.1"> whose first line repeats the title, then
last-change-date, last-metadata-change-date and create-date (seven-digit fractions and a +05:30
offset), cursor-position, selection-bound-position, width, height, x, y, the notebook as a
"system:notebook:" tag and open-on-startup. Two-space indentation, no newline after </note>.
Inside note-content the marks are Tomboy's: <bold>, <italic>, <strikethrough>, <highlight>,
<monospace>, <size:small> and <size:large>; links to other notes are <link:internal> (and
<link:broken> for a deleted note), URLs <link:url>; bullet lists are <list><list-item dir="ltr">
with each item's newline inside the item and a nested <list> inside its parent item, so the
text after a list follows </list> directly; ">" and "&" are written as entities.

Source: "@" lines give the metadata; the next line is the title; then the body.
  "== text"  a heading (bold and large)      "=== text"  a sub-heading (bold)
  "* text"   a list item, two more spaces of indent per level
  {b} {i} {s} {hl} {mono} {small}  open a mark, {/b} etc. close it (may span lines)
  [[Title]]  link to another note, [[!Title]] a broken link; http(s) URLs become links.
Run: /usr/bin/python3 tools/make_tomboy.py [output path]   (output is byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "5d0e2c4b-8a31-4f6e-b7c2-91e4a3d07f58"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".note")

MARKS = {"b": "bold", "i": "italic", "s": "strikethrough", "hl": "highlight",
         "mono": "monospace", "small": "size:small", "large": "size:large"}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(s):
    s = esc(s)
    s = re.sub(r"\{(/?)(\w+)\}", lambda m: "<%s%s>" % (m.group(1), MARKS[m.group(2)]), s)
    s = re.sub(r"\[\[!([^\]]+)\]\]", r"<link:broken>\1</link:broken>", s)
    s = re.sub(r"\[\[([^\]]+)\]\]", r"<link:internal>\1</link:internal>", s)
    s = re.sub(r"(https?://[^\s<|]+)", r"<link:url>\1</link:url>", s)
    return s


def render_list(items, i, depth):
    out = "<list>"
    while i < len(items) and items[i][0] == depth:
        out += '<list-item dir="ltr">' + inline(items[i][1]) + "\n"
        i += 1
        if i < len(items) and items[i][0] > depth:
            sub, i = render_list(items, i, depth + 1)
            out += sub
        out += "</list-item>"
    return out + "</list>", i


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, tags, lines = {}, [], []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().rstrip("\n").split("\n"):
            m = re.match(r"@([\w-]+) (.*)$", line)
            if m and not lines:
                if m.group(1) == "tag":
                    tags.append(m.group(2))
                else:
                    meta[m.group(1)] = m.group(2)
                continue
            lines.append(line)
    title, body = lines[0], lines[1:]
    parts = [esc(title) + "\n"]
    i = 0
    while i < len(body):
        line = body[i]
        m = re.match(r"( *)\* (.*)$", line)
        if m:
            items = []
            while i < len(body):
                m = re.match(r"( *)\* (.*)$", body[i])
                if not m:
                    break
                items.append((len(m.group(1)) // 2, m.group(2)))
                i += 1
            xml, _ = render_list(items, 0, 0)
            parts.append(xml)
            continue
        if line.startswith("=== "):
            text = "<bold>" + inline(line[4:]) + "</bold>"
        elif line.startswith("== "):
            text = "<bold><size:large>" + inline(line[3:]) + "</size:large></bold>"
        else:
            text = inline(line)
        last = i == len(body) - 1
        parts.append(text + ("" if last else "\n"))
        i += 1
    content = "".join(parts)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<note version="0.3" xmlns:link="http://beatniksoftware.com/tomboy/link" '
           'xmlns:size="http://beatniksoftware.com/tomboy/size" xmlns="http://beatniksoftware.com/tomboy">',
           "  <title>%s</title>" % esc(title),
           '  <text xml:space="preserve"><note-content version="0.1">%s</note-content></text>' % content,
           "  <last-change-date>%s</last-change-date>" % meta["last-change-date"],
           "  <last-metadata-change-date>%s</last-metadata-change-date>" % meta["last-metadata-change-date"],
           "  <create-date>%s</create-date>" % meta["create-date"],
           "  <cursor-position>%s</cursor-position>" % meta["cursor-position"],
           "  <selection-bound-position>-1</selection-bound-position>",
           "  <width>%s</width>" % meta["width"],
           "  <height>%s</height>" % meta["height"],
           "  <x>%s</x>" % meta["x"],
           "  <y>%s</y>" % meta["y"],
           "  <tags>"]
    out += ["    <tag>%s</tag>" % esc(t) for t in tags]
    out += ["  </tags>", "  <open-on-startup>False</open-on-startup>", "</note>"]
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
