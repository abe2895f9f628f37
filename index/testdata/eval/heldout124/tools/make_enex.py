#!/usr/bin/python3
"""Re-make docs/citizenship-act-1955.enex from tools/citizenship-act-1955.txt.

Run from anywhere: /usr/bin/python3 tools/make_enex.py [OUTPUT]
Standard library only; the output is byte-for-byte reproducible (no clock, no randomness).

The file is laid out the way Evernote 10 exports a single note: an en-export root with
export-date/application/version, one <note> with <title>, <created>, <updated>, <tag>s and
<note-attributes>, and the ENML body inside a CDATA section that carries its own XML
declaration and DOCTYPE. The ENML is written on one line, as Evernote 10 does.

Source markup: "@key value" header lines; "# " big bold heading; "## " bold heading; "- " bullet
(consecutive lines make one <ul>); "1. " numbered item (one <ol>); "| a | b |" table rows (first
row bold); "[x] " / "[ ] " to-do (<en-todo>); "==text==" yellow highlight; blank line ->
<div><br /></div>; a double space becomes " &nbsp;" (as Evernote writes a typed double space);
anything else is a plain <div>.
"""
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "citizenship-act-1955.txt")
OUT = os.path.join(HERE, "..", "docs", "citizenship-act-1955.enex")

HIGHLIGHT = '<span style="--en-highlight:yellow;background-color: #ffef9e;">%s</span>'
TD = '<td style="width: %dpx; padding: 8px; border: 1px solid;"><div>%s</div></td>'


def inline(s):
    s = escape(s).replace("  ", " &nbsp;")
    s = re.sub(r"==(.+?)==", lambda m: HIGHLIGHT % m.group(1), s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s


def table(rows):
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    n = len(cells[0])
    width = 600 // n
    out = ['<div style="--en-table:true;"><table style="border-collapse: collapse; min-width: 100%;">',
           "<colgroup>" + "".join('<col style="width: %dpx;" />' % width for _ in range(n)) + "</colgroup>",
           "<tbody>"]
    for i, row in enumerate(cells):
        out.append("<tr>" + "".join(TD % (width, ("<b>%s</b>" if i == 0 else "%s") % inline(c))
                                    for c in row) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def body(lines):
    out, i = [], 0
    while i < len(lines):
        s = lines[i].rstrip()
        if s.startswith("|"):
            j = i
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            out.append(table(lines[i:j]))
            i = j
            continue
        if s.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append("<li><div>%s</div></li>" % inline(lines[i][2:].rstrip()))
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if re.match(r"\d+\. ", s):
            items = []
            while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                items.append("<li><div>%s</div></li>" % inline(lines[i].split(". ", 1)[1].rstrip()))
                i += 1
            out.append("<ol>" + "".join(items) + "</ol>")
            continue
        if s.startswith("## "):
            out.append("<div><b>%s</b></div>" % inline(s[3:]))
        elif s.startswith("# "):
            out.append('<div><span style="font-size: 18px;"><b>%s</b></span></div>' % inline(s[2:]))
        elif s.startswith("[x] ") or s.startswith("[ ] "):
            out.append('<div><en-todo checked="%s" />%s</div>'
                       % ("true" if s[1] == "x" else "false", inline(s[4:])))
        elif not s:
            out.append("<div><br /></div>")
        else:
            out.append("<div>%s</div>" % inline(s))
        i += 1
    return "".join(out)


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta, tags, rest = {}, [], []
    for line in lines:
        if line.startswith("@") and not rest:
            key, _, val = line[1:].partition(" ")
            if key == "tag":
                tags.append(val)
            else:
                meta[key] = val
        else:
            rest.append(line)
    while rest and not rest[-1].strip():
        rest.pop()
    enml = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
            "<en-note>" + body(rest) + "</en-note>")
    doc = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
           '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
           '<en-export export-date="%s" application="Evernote" version="%s">'
           % (meta["export-date"], meta["version"]),
           "  <note>",
           "    <title>%s</title>" % escape(meta["title"]),
           "    <created>%s</created>" % meta["created"],
           "    <updated>%s</updated>" % meta["updated"]]
    doc += ["    <tag>%s</tag>" % escape(t) for t in tags]
    doc += ["    <note-attributes>",
            "      <author>%s</author>" % escape(meta["author"]),
            "      <source>%s</source>" % escape(meta["source"]),
            "    </note-attributes>",
            "    <content>",
            "      <![CDATA[" + enml + "      ]]>",
            "    </content>",
            "  </note>",
            "</en-export>",
            ""]
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(doc))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
