#!/usr/bin/python3
"""Make docs/jain-sects-councils-patrons.enex from tools/jain-sects-councils-patrons.txt.

The file is written the way Evernote 10 exports notes: an en-export document (DOCTYPE
evernote-export4.dtd) holding two <note>s with title, created/updated stamps, tags and
note-attributes, each <content> a CDATA section with an ENML document (enml2.dtd) on one line:
headings as <div><b>...</b></div>, paragraphs as <div>, blank lines as <div><br/></div>, bullet
and numbered lists as <ul>/<ol> of <li><div>, nested lists inside the <li>, a table with a
<colgroup> and inline cell styles, <en-todo checked="..."/> checkboxes and highlighted spans.

Source markup: "@note" starts a note, "key: value" header lines up to "---"; then "# " heading,
"- " / "  - " bullets, "1. " numbered items, "[x] " / "[ ] " to-dos, "| a | b |" table rows
(first row is the header), **bold**, ==highlight==; a blank line is an empty paragraph.

Run from anywhere: /usr/bin/python3 tools/make_enex.py  (output is byte-for-byte stable)
"""
import os
import re
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "jain-sects-councils-patrons.txt")
OUT = os.path.join(HERE, "..", "docs", "jain-sects-councils-patrons.enex")
EXPORT_DATE = "20250803T164212Z"
HL = '<span style="--en-highlight:yellow;background-color: #ffef9e;">'
CELL = "padding: 8px; border: 1px solid rgb(204, 204, 204);"
WIDTHS = [170, 260, 260]


def inline(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"==(.+?)==", HL + r"\1</span>", s)
    return s


def enml(lines):
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("# "):
            out.append("<div><b>%s</b></div>" % inline(line[2:]))
            i += 1
        elif not line.strip():
            out.append("<div><br/></div>")
            i += 1
        elif line.startswith("[x] ") or line.startswith("[ ] "):
            out.append('<div><en-todo checked="%s"/>%s</div>'
                       % ("true" if line[1] == "x" else "false", inline(line[4:])))
            i += 1
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = ['<div><table style="border-collapse: collapse; min-width: 100%;"><colgroup>']
            t += ['<col style="width: %dpx;"></col>' % w for w in WIDTHS[:len(rows[0])]]
            t.append("</colgroup><tbody>")
            for r, row in enumerate(rows):
                t.append("<tr>")
                for c, text in enumerate(row):
                    body = "<b>%s</b>" % inline(text) if r == 0 else inline(text)
                    t.append('<td style="width: %dpx; %s"><div>%s</div></td>'
                             % (WIDTHS[c], CELL, body))
                t.append("</tr>")
            t.append("</tbody></table></div>")
            out.append("".join(t))
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            kind = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(lines) and (lines[i].startswith("  - ") or
                                      (kind == "ul" and lines[i].startswith("- ")) or
                                      (kind == "ol" and re.match(r"\d+\. ", lines[i]))):
                l = lines[i]
                if l.startswith("  - "):
                    items[-1][1].append(l[4:])
                else:
                    items.append([l[2:] if kind == "ul" else l.split(". ", 1)[1], []])
                i += 1
            parts = ["<%s>" % kind]
            for text, subs in items:
                parts.append("<li><div>%s</div>" % inline(text))
                if subs:
                    parts.append("<ul>" + "".join("<li><div>%s</div></li>" % inline(s)
                                                  for s in subs) + "</ul>")
                parts.append("</li>")
            parts.append("</%s>" % kind)
            out.append("".join(parts))
        else:
            out.append("<div>%s</div>" % inline(line))
            i += 1
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
            "<en-note>" + "".join(out) + "</en-note>")


def notes():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    for chunk in text.split("@note\n")[1:]:
        head, body = chunk.split("---\n", 1)
        meta = dict(l.split(": ", 1) for l in head.strip().split("\n"))
        yield meta, body.rstrip("\n").split("\n")


def build():
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
           '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
           '<en-export export-date="%s" application="Evernote" version="10.105.4">' % EXPORT_DATE]
    for meta, body in notes():
        out.append("  <note>")
        out.append("    <title>%s</title>" % escape(meta["title"]))
        out.append("    <created>%s</created>" % meta["created"])
        out.append("    <updated>%s</updated>" % meta["updated"])
        for tag in meta["tags"].split(", "):
            out.append("    <tag>%s</tag>" % escape(tag))
        out.append("    <note-attributes>")
        out.append("      <author>%s</author>" % escape(meta["author"]))
        out.append("    </note-attributes>")
        out.append("    <content>")
        out.append("      <![CDATA[%s      ]]>" % enml(body))
        out.append("    </content>")
        out.append("  </note>")
    out.append("</en-export>")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build()
