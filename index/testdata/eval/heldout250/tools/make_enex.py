#!/usr/bin/python3
"""Make docs/coral-bleaching-indian-reefs.enex from tools/coral-bleaching-indian-reefs.txt.

The file is a whole Evernote 10 notebook exported as one .enex (File > Export notebook): an
en-export document (DOCTYPE evernote-export4.dtd) with three <note>s in the notebook's order,
an index note first whose numbered list links the other two notes through internal
evernote:///view/... note links (rev="en_rl_none", GUIDs that the export itself never lists).
Each note has title, created/updated stamps, tags and note-attributes (author, source), and its
<content> is a CDATA section holding an ENML document (enml2.dtd) written on one line, as
Evernote 10's editor stores it: <h2> headings, <div> paragraphs, <div><br/></div> blank lines,
<ul>/<ol> of <li><div> with a nested <ul> inside the <li>, a checklist as a ul marked
--en-todo with li marked --en-checked, a code block as a div marked --en-codeblock holding one
div per line, a table with a <colgroup> and inline cell styles, yellow --en-highlight spans,
<hr/> dividers and bold runs.

Source markup: "@note" starts a note, "key: value" header lines up to the first "---"; then
"## " heading, "- " / "  - " bullets, "1. " numbered items, "[x] " / "[ ] " checklist items,
a ``` fenced block, "| a | b |" table rows (first row the header), "---" divider, **bold**,
==highlight==, [label](url) links; a blank line is an empty paragraph.

Run from anywhere: /usr/bin/python3 tools/make_enex.py  (output is byte-for-byte stable)
"""
import os
import re
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "coral-bleaching-indian-reefs.txt")
OUT = os.path.join(HERE, "..", "docs", "coral-bleaching-indian-reefs.enex")
EXPORT_DATE = "20250607T171902Z"
HL = '<span style="--en-highlight:yellow;background-color: #ffef9e;">'
CELL = "padding: 8px; border: 1px solid rgb(204, 204, 204);"
WIDTHS = [170, 190, 280]
CODE = ('<div style="--en-codeblock:true;box-sizing: border-box; padding: 8px; font-family: '
        'Monaco, Menlo, Consolas, &quot;Courier New&quot;, monospace; font-size: 12px; '
        'color: rgb(51, 51, 51); border-radius: 4px; background-color: rgb(251, 250, 248); '
        'border: 1px solid rgba(0, 0, 0, 0.15);">')


def inline(s):
    s = escape(s, {'"': "&quot;"})
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"==(.+?)==", HL + r"\1</span>", s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2" rev="en_rl_none">\1</a>', s)
    return s


def enml(lines):
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            out.append("<h2>%s</h2>" % inline(line[3:]))
            i += 1
        elif line == "---":
            out.append("<hr/>")
            i += 1
        elif not line.strip():
            out.append("<div><br/></div>")
            i += 1
        elif line.startswith("```"):
            i += 1
            code = []
            while not lines[i].startswith("```"):
                code.append("<div>%s</div>" % (escape(lines[i]) or "<br/>"))
                i += 1
            i += 1
            out.append(CODE + "".join(code) + "</div>")
        elif line.startswith("[x] ") or line.startswith("[ ] "):
            items = []
            while i < len(lines) and (lines[i].startswith("[x] ") or lines[i].startswith("[ ] ")):
                items.append('<li style="--en-checked:%s;"><div>%s</div></li>'
                             % ("true" if lines[i][1] == "x" else "false", inline(lines[i][4:])))
                i += 1
            out.append('<ul style="--en-todo:true;">' + "".join(items) + "</ul>")
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = ['<div style="--en-table:true;"><table style="border-collapse: collapse; '
                 'min-width: 100%;"><colgroup>']
            t += ['<col style="width: %dpx;"></col>' % w for w in WIDTHS[:len(rows[0])]]
            t.append("</colgroup><tbody>")
            for r, row in enumerate(rows):
                t.append("<tr>")
                for c, text in enumerate(row):
                    if r == 0:
                        t.append('<td style="width: %dpx; %s background-color: rgb(242, 242, 242);">'
                                 '<div><b>%s</b></div></td>' % (WIDTHS[c], CELL, inline(text)))
                    else:
                        t.append('<td style="width: %dpx; %s"><div>%s</div></td>'
                                 % (WIDTHS[c], CELL, inline(text)))
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
           '<en-export export-date="%s" application="Evernote" version="10.142.2">' % EXPORT_DATE]
    for meta, body in notes():
        out.append("  <note>")
        out.append("    <title>%s</title>" % escape(meta["title"]))
        out.append("    <created>%s</created>" % meta["created"])
        out.append("    <updated>%s</updated>" % meta["updated"])
        for tag in meta["tags"].split(", "):
            out.append("    <tag>%s</tag>" % escape(tag))
        out.append("    <note-attributes>")
        out.append("      <author>%s</author>" % escape(meta["author"]))
        out.append("      <source>%s</source>" % escape(meta["source"]))
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
