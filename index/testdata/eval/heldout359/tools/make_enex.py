#!/usr/bin/python3
"""Re-make docs/mangroves-mishti-evernote.enex from tools/mangroves-mishti-evernote.txt.

The source holds a small header (title, created, updated, tags, author, export date) and the
note body in light marks: "## " / "### " headings, "- " bullets, "[x] " / "[ ] " checklist
items, "| " table rows (first row is the header), "> " a paragraph pasted from a web page,
"%% " a small grey line, "---" a rule, a blank line for an empty line; inline **bold**,
==highlight==, !!red!! and [text](url).  The output is an Evernote 10 export (.enex): the
note's ENML sits inside CDATA on one line, as the desktop app writes it.
Deterministic: no clock, no randomness.
Usage: make_enex.py [output path]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mangroves-mishti-evernote.txt")
OUT = os.path.join(HERE, "..", "docs", "mangroves-mishti-evernote.enex")

PASTED = ('<div style="box-sizing: border-box; padding: 0px; margin: 0px 0px 1.2em; '
          'color: rgb(34, 34, 34); font-family: Georgia, &quot;Times New Roman&quot;, serif; '
          'font-size: 17px; line-height: 1.6; background-color: rgb(255, 255, 255);">'
          '<span style="font-family: Georgia, &quot;Times New Roman&quot;, serif; '
          'font-size: 17px; color: rgb(34, 34, 34);">%s</span></div>')
SMALL = ('<div style="text-align: left;"><span style="color: rgb(118, 118, 118); '
         'font-size: 12px;">%s</span></div>')
HIGHLIGHT = '<span style="--en-highlight:yellow;background-color: #ffef9e;">%s</span>'
RED = '<span style="color:rgb(227, 0, 0);"><b>%s</b></span>'
COLS = [180, 110, 80, 260]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(s):
    s = esc(s)
    s = s.replace("  ", "&nbsp; ")
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2" rev="en_rl_none">\1</a>', s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"==(.+?)==", lambda m: HIGHLIGHT % m.group(1), s)
    s = re.sub(r"!!(.+?)!!", lambda m: RED % m.group(1), s)
    return s


def table(rows):
    out = ['<table style="border-collapse: collapse; min-width: 100%;"><colgroup>']
    out += ['<col style="width: %dpx;"/>' % w for w in COLS]
    out.append("</colgroup><tbody>")
    for i, row in enumerate(rows):
        cells = [c.strip() for c in row[1:].split(" | ")]
        while len(cells) < len(COLS):
            cells.append("")
        out.append("<tr>")
        for w, c in zip(COLS, cells):
            style = "width: %dpx; padding: 8px; border: 1px solid;" % w
            if i == 0:
                style += " background-color: rgb(232, 232, 232);"
            body = inline(c) if c else "<br/>"
            if i == 0 and c:
                body = "<b>%s</b>" % body
            out.append('<td style="%s"><div>%s</div></td>' % (style, body))
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def enml(lines):
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append("<li><div>%s</div></li>" % inline(lines[i][2:]))
                i += 1
            out.append("<ul>%s</ul>" % "".join(items))
            continue
        if line.startswith("[x] ") or line.startswith("[ ] "):
            items = []
            while i < len(lines) and (lines[i].startswith("[x] ") or lines[i].startswith("[ ] ")):
                done = "true" if lines[i].startswith("[x]") else "false"
                items.append('<li style="--en-checked:%s;"><div>%s</div></li>'
                             % (done, inline(lines[i][4:])))
                i += 1
            out.append('<ul style="--en-todo:true;">%s</ul>' % "".join(items))
            continue
        if line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append(lines[i])
                i += 1
            out.append(table(rows))
            continue
        if line.startswith("### "):
            out.append("<h3>%s</h3>" % inline(line[4:]))
        elif line.startswith("## "):
            out.append("<h2>%s</h2>" % inline(line[3:]))
        elif line.startswith("> "):
            out.append(PASTED % inline(line[2:]))
        elif line.startswith("%% "):
            out.append(SMALL % inline(line[3:]))
        elif line == "---":
            out.append("<hr/>")
        elif not line.strip():
            out.append("<div><br/></div>")
        else:
            out.append("<div>%s</div>" % inline(line))
        i += 1
    return "".join(out)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    text = open(SRC, encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.split("\n"))
    lines = body.rstrip("\n").split("\n")
    note = enml(lines)
    x = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
         '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
         '<en-export export-date="%s" application="Evernote" version="10.146.6">' % meta["export-date"],
         "  <note>",
         "    <title>%s</title>" % esc(meta["title"]),
         "    <created>%s</created>" % meta["created"],
         "    <updated>%s</updated>" % meta["updated"]]
    for t in meta["tags"].split("; "):
        x.append("    <tag>%s</tag>" % esc(t))
    x += ["    <note-attributes>",
          "      <author>%s</author>" % esc(meta["author"]),
          "    </note-attributes>",
          "    <content>",
          '      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
          '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">',
          "<en-note>%s</en-note>      ]]>" % note,
          "    </content>",
          "  </note>",
          "</en-export>"]
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(x) + "\n")


if __name__ == "__main__":
    main()
