#!/usr/bin/python3
"""Make docs/GS2 Polity - Judicial Review.enex from tools/GS2 Polity - Judicial Review.txt.

The file is what Evernote 10 (Windows) writes for "Export notebook..." > ENEX on a notebook of
three notes: an en-export document (DOCTYPE evernote-export4.dtd) whose <note>s carry title,
created/updated stamps, tags and note-attributes (author, source), each <content> a CDATA
section holding one ENML document (enml2.dtd) on a single line, closed by the spaces Evernote
leaves before "]]>". Inside the ENML, Evernote 10's editor markup: <div> paragraphs, a <div>
holding only <br/> for a blank line, <h2> headings, <ul>/<ol> lists whose <li>s wrap a <div>
(nested <ul> inside the <li>), a table inside a --en-table div with a <colgroup>, inline cell
styles, a shaded bold header row and merged cells (rowspan / colspan), a --en-codeblock div with
one <div> per line (runs of spaces kept as no-break space + space), a --en-todo checklist,
yellow --en-highlight spans, red text spans, <s> strike-through and an <a> link with
rev="en_rl_none".

Source markup: "@note" starts a note, "key: value" header lines up to "---"; then "## "
heading, "- " / "  - " bullets, "1. " numbered items, "[x] " / "[ ] " checklist items,
"| a | b |" table rows (first row is the header; a cell "^^" merges into the cell above, "<<"
into the cell to the left), "```" opens and closes a code block; inline **bold**,
==highlight==, !!red!!, ~~struck~~, [label](url). A blank line is an empty paragraph.

Run from anywhere: /usr/bin/python3 tools/make_enex.py [OUT]  (output is byte-for-byte stable)
"""
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "GS2 Polity - Judicial Review"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".enex")
EXPORT_DATE = "20250920T103412Z"
VERSION = "10.158.4"
HL = '<span style="--en-highlight:yellow;background-color: #ffef9e;">'
RED = '<span style="color:rgb(230, 0, 0);">'
CELL = "padding: 8px; border: 1px solid rgb(204, 204, 204);"
HEAD = " background-color: rgb(239, 239, 239);"
TABLE_WIDTHS = [[150, 380, 110], [110, 270, 270]]  # the two tables, in order
CODE = ('<div style="--en-codeblock:true;box-sizing: border-box; padding: 8px; font-family: '
        'Monaco, Menlo, Consolas, &quot;Courier New&quot;, monospace; font-size: 12px; color: '
        'rgb(51, 51, 51); border-radius: 4px; background-color: rgb(251, 250, 248); border: 1px '
        'solid rgba(0, 0, 0, 0.15);">')


def inline(s):
    s = escape(s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2" rev="en_rl_none">\1</a>', s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"==(.+?)==", HL + r"\1</span>", s)
    s = re.sub(r"!!(.+?)!!", RED + r"\1</span>", s)
    s = re.sub(r"~~(.+?)~~", r"<s>\1</s>", s)
    return s


def code_line(s):
    s = escape(s)
    return re.sub(r" {2,}", lambda m: "\u00a0 " * (len(m.group(0)) // 2)
                  + (" " if len(m.group(0)) % 2 else ""), s)


def table(rows, widths):
    n = len(rows[0])
    # work out spans: "^^" extends the nearest real cell above, "<<" the one to the left
    span = {}
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text == "^^":
                rr = r - 1
                while rows[rr][c] == "^^":
                    rr -= 1
                span.setdefault((rr, c), [1, 1])[0] += 1
            elif text == "<<":
                cc = c - 1
                while rows[r][cc] == "<<":
                    cc -= 1
                span.setdefault((r, cc), [1, 1])[1] += 1
    t = ['<div style="--en-table:true;"><table style="border-collapse: collapse; min-width: 100%;">'
         '<colgroup>']
    t += ['<col style="width: %dpx;"></col>' % w for w in widths]
    t.append("</colgroup><tbody>")
    for r, row in enumerate(rows):
        t.append("<tr>")
        for c, text in enumerate(row):
            if text in ("^^", "<<"):
                continue
            rs, cs = span.get((r, c), [1, 1])
            attrs = ""
            if cs > 1:
                attrs += ' colspan="%d"' % cs
            if rs > 1:
                attrs += ' rowspan="%d"' % rs
            w = sum(widths[c:c + cs])
            shade = HEAD if r == 0 or cs == n else ""
            body = "<b>%s</b>" % inline(text) if shade else inline(text)
            t.append('<td%s style="width: %dpx; %s%s"><div>%s</div></td>' % (attrs, w, CELL, shade, body))
        t.append("</tr>")
    t.append("</tbody></table></div>")
    return "".join(t)


def enml(lines, widths):
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            out.append("<h2>%s</h2>" % inline(line[3:]))
            i += 1
        elif line == "```":
            i += 1
            body = []
            while lines[i] != "```":
                body.append("<div>%s</div>" % code_line(lines[i]))
                i += 1
            out.append(CODE + "".join(body) + "</div>")
            i += 1
        elif not line.strip():
            out.append("<div><br/></div>")
            i += 1
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
                rows.append([c.strip() for c in lines[i].strip().strip("|").split(" | ")])
                i += 1
            out.append(table(rows, widths.pop(0)))
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


def build(out_path):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
           '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
           '<en-export export-date="%s" application="Evernote" version="%s">' % (EXPORT_DATE, VERSION)]
    widths = [list(w) for w in TABLE_WIDTHS]
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
        out.append("      <![CDATA[%s      ]]>" % enml(body, widths))
        out.append("    </content>")
        out.append("  </note>")
    out.append("</en-export>")
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
