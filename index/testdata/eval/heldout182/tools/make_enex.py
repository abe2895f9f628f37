#!/usr/bin/python3
"""Re-make docs/islands-evernote.enex from tools/islands-evernote.txt.

Run from anywhere: /usr/bin/python3 tools/make_enex.py
Standard library only; the output is byte-for-byte the same on every run. It is written the way
Evernote 10 exports notes: an <en-export> of <note>s, each with title, created, updated, tags,
note-attributes and the ENML body in a CDATA <content> (div paragraphs, h2/h3 headings, ul/ol
lists with div items, a table with colgroup, en-todo checkboxes, highlight spans).
"""
import os
import re
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "islands-evernote.txt")
OUT = os.path.join(HERE, "..", "docs", "islands-evernote.enex")
EXPORTED = "20250805T164210Z"
HIGHLIGHT = '<span style="--en-highlight:yellow;background-color: #ffef9e;">'
TD = "padding: 8px; border: 1px solid rgb(204, 204, 204); width: %dpx;"
WIDTHS = [150, 260, 260]


def inline(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"==(.+?)==", HIGHLIGHT + r"\1</span>", s)
    s = re.sub(r"__(.+?)__", r"<u>\1</u>", s)
    return s


def enml(lines):
    out, i = [], 0
    while i < len(lines):
        s = lines[i]
        if s.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append("<li><div>%s</div></li>" % inline(lines[i][2:]))
                i += 1
            out.append("<ul>%s</ul>" % "".join(items))
            continue
        if re.match(r"\d+\. ", s):
            items = []
            while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                items.append("<li><div>%s</div></li>" % inline(lines[i].split(". ", 1)[1]))
                i += 1
            out.append("<ol>%s</ol>" % "".join(items))
            continue
        if s.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                cells = [c.strip() for c in lines[i].strip("| ").split(" | ")]
                tds = []
                for j, c in enumerate(cells):
                    txt = inline(c)
                    if not rows:
                        txt = "<b>%s</b>" % txt
                    tds.append('<td style="%s"><div>%s</div></td>' % (TD % WIDTHS[j], txt))
                rows.append("<tr>%s</tr>" % "".join(tds))
                i += 1
            cols = "".join('<col style="width: %dpx;"></col>' % w for w in WIDTHS)
            out.append('<div style="--en-table:true;"><table style="border-collapse: collapse; '
                       'min-width: 100%%; width: %dpx;"><colgroup>%s</colgroup><tbody>%s</tbody>'
                       '</table></div>' % (sum(WIDTHS), cols, "".join(rows)))
            continue
        if s.startswith("### "):
            out.append("<h3>%s</h3>" % inline(s[4:]))
        elif s.startswith("## "):
            out.append("<h2>%s</h2>" % inline(s[3:]))
        elif s.startswith("[ ] ") or s.startswith("[x] "):
            out.append('<div><en-todo checked="%s"/>%s</div>'
                       % ("true" if s[1] == "x" else "false", inline(s[4:])))
        elif not s.strip():
            out.append("<div><br/></div>")
        else:
            out.append("<div>%s</div>" % inline(s))
        i += 1
    return "".join(out)


def parse():
    notes = []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("# ") or line == "#":
                continue
            if line.startswith("@note "):
                notes.append({"title": line[6:], "tags": [], "body": []})
            elif line.startswith("@tag "):
                notes[-1]["tags"].append(line[5:])
            elif line.startswith("@") and " " in line:
                key, val = line[1:].split(" ", 1)
                notes[-1][key] = val
            else:
                notes[-1]["body"].append(line)
    for n in notes:
        while n["body"] and not n["body"][-1].strip():
            n["body"].pop()
    return notes


def build():
    notes = parse()
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
           '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n'
           '<en-export export-date="%s" application="Evernote" version="10.76.2">\n' % EXPORTED]
    for n in notes:
        out.append("  <note>\n")
        out.append("    <title>%s</title>\n" % escape(n["title"]))
        out.append("    <created>%s</created>\n" % n["created"])
        out.append("    <updated>%s</updated>\n" % n["updated"])
        for t in n["tags"]:
            out.append("    <tag>%s</tag>\n" % escape(t))
        out.append("    <note-attributes>\n      <author>%s</author>\n      <source>%s</source>\n"
                   "    </note-attributes>\n" % (escape(n["author"]), n["source"]))
        out.append("    <content>\n      <![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\" "
                   "standalone=\"no\"?>\n<!DOCTYPE en-note SYSTEM "
                   "\"http://xml.evernote.com/pub/enml2.dtd\"><en-note>%s</en-note>      ]]>\n"
                   "    </content>\n" % enml(n["body"]))
        out.append("  </note>\n")
    out.append("</en-export>\n")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))


if __name__ == "__main__":
    build()
