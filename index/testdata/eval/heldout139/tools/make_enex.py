#!/usr/bin/python3
"""Re-make docs/cm-council-ag-and-news.enex from tools/cm-council-ag-and-news.txt.

The .enex is what Evernote 10 writes for File > Export note (ENEX): an en-export document with a
DOCTYPE, one <note> with <title>, <created>, <updated>, <tag>s and <note-attributes>, and the
note body as ENML inside a CDATA section of <content>. Standard library only; the output is
byte-for-byte reproducible (no clock is read; all dates come from the source text).
Run from anywhere: /usr/bin/python3 tools/make_enex.py

Source markup: @title/@created/@updated/@export/@tag/@author lines; "## " heading (<h2>);
"- " bullet and "  - " nested bullet (<ul>); "1. " numbered item (<ol>); "[ ] " / "[x] "
checkbox (<en-todo>); @table ... @endtable with "|" cells (first row bold); a blank line is an
empty <div><br /></div>; any other line is a <div>. Inline: **bold**, ==highlight==.
"""
import os
import re
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cm-council-ag-and-news.txt")
OUT = os.path.join(HERE, "..", "docs", "cm-council-ag-and-news.enex")

HL = '<span style="--en-highlight:yellow;background-color: #ffef9e;">'


def inline(text):
    t = escape(text)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"==(.+?)==", HL + r"\1</span>", t)
    return t


def table(rows):
    cells = [[c.strip() for c in r.split("|")] for r in rows]
    widths = [200, 130, 230][:len(cells[0])]
    out = ['<table style="border-collapse: collapse; min-width: 100%;"><colgroup>']
    out += ['<col style="width: %dpx;" />' % w for w in widths]
    out.append("</colgroup><tbody>")
    for i, row in enumerate(cells):
        out.append("<tr>")
        for w, c in zip(widths, row):
            body = "<b>%s</b>" % inline(c) if i == 0 else inline(c)
            out.append('<td style="width: %dpx; padding: 8px; border: 1px solid;"><div>%s</div></td>'
                       % (w, body))
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def enml(lines):
    out, i = [], 0
    while i < len(lines):
        s = lines[i]
        if s == "@table":
            j = lines.index("@endtable", i)
            out.append(table(lines[i + 1:j]))
            i = j + 1
            continue
        if s.startswith("- "):
            items = []
            while i < len(lines) and (lines[i].startswith("- ") or lines[i].startswith("  - ")):
                if lines[i].startswith("  - "):
                    items[-1][1].append(lines[i][4:])
                else:
                    items.append((lines[i][2:], []))
                i += 1
            out.append("<ul>")
            for text, subs in items:
                out.append("<li><div>%s</div>" % inline(text))
                if subs:
                    out.append("<ul>%s</ul>" % "".join("<li><div>%s</div></li>" % inline(x)
                                                      for x in subs))
                out.append("</li>")
            out.append("</ul>")
            continue
        if re.match(r"\d+\. ", s):
            out.append("<ol>")
            while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                out.append("<li><div>%s</div></li>" % inline(lines[i].split(". ", 1)[1]))
                i += 1
            out.append("</ol>")
            continue
        if s.startswith("## "):
            out.append("<h2>%s</h2>" % inline(s[3:]))
        elif s.startswith("[ ] ") or s.startswith("[x] "):
            out.append('<div><en-todo checked="%s" />%s</div>'
                       % ("true" if s[1] == "x" else "false", inline(s[4:])))
        elif not s.strip():
            out.append("<div><br /></div>")
        else:
            out.append("<div>%s</div>" % inline(s))
        i += 1
    return "".join(out)


def build():
    with open(SRC, encoding="utf-8") as f:
        raw = f.read().rstrip("\n").split("\n")
    meta, tags, body = {}, [], []
    for line in raw:
        m = re.match(r"@(title|created|updated|export|tag|author) (.*)$", line)
        if m and not body:
            if m.group(1) == "tag":
                tags.append(m.group(2))
            else:
                meta[m.group(1)] = m.group(2)
        else:
            body.append(line)
    note = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
            "<en-note>%s</en-note>" % enml(body))
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
           '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
           '<en-export export-date="%s" application="Evernote" version="10.138.3">' % meta["export"],
           "  <note>",
           "    <title>%s</title>" % escape(meta["title"]),
           "    <created>%s</created>" % meta["created"],
           "    <updated>%s</updated>" % meta["updated"]]
    out += ["    <tag>%s</tag>" % escape(t) for t in tags]
    out += ["    <note-attributes>",
            "      <author>%s</author>" % escape(meta["author"]),
            "    </note-attributes>",
            "    <content>",
            "      <![CDATA[%s      ]]>" % note,
            "    </content>",
            "  </note>",
            "</en-export>",
            ""]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
