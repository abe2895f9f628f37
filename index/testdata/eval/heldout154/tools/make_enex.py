#!/usr/bin/python3
"""Re-make docs/poona-pact-and-harijan-campaign.enex from tools/poona-pact-and-harijan-campaign.txt.

Run from anywhere: /usr/bin/python3 tools/make_enex.py [output-path]
Standard library only; the output is byte-for-byte reproducible. It is an Evernote 10 export
of two notes: export4 DOCTYPE, <en-export> with export-date, application and version; per
note title, created, updated, tags and note-attributes (author, source, source-url) written
before <content>, as Evernote 10 does; the ENML in a CDATA section on one line, with its own
XML declaration and DOCTYPE, a <div> per line, headings as bold text inside a div, empty lines
as <div><br/></div>, Evernote 10 lists (<ul>/<ol><li><div>), highlights as --en-highlight
spans, en-todo checkboxes and an Evernote 10 table (colgroup, styled cells with a div each).

Source markup: "@export key=value ...", then per note "@note", header lines "key: value",
"@content", the body lines, "@end". Body lines: "## text" bold heading, "- text" bullet,
"1) text" numbered item, "[x] text" / "[ ] text" checkbox, "| a | b |" table row,
"" empty line, anything else a plain line. Inline: **bold**, ==highlight==.
"""
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "poona-pact-and-harijan-campaign.txt")
OUT = os.path.join(HERE, "..", "docs", "poona-pact-and-harijan-campaign.enex")


def inline(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return re.sub(r"==(.+?)==",
                  r'<span style="--en-highlight:yellow;background-color: #ffef9e;">\1</span>', s)


def enml(lines):
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("- ") or re.match(r"\d+\) ", line):
            tag = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(lines) and (lines[i].startswith("- ") if tag == "ul"
                                      else re.match(r"\d+\) ", lines[i])):
                items.append("<li><div>%s</div></li>" % inline(re.sub(r"^(- |\d+\) )", "", lines[i])))
                i += 1
            out.append("<%s>%s</%s>" % (tag, "".join(items), tag))
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            widths = [190, 250, 250][:len(rows[0])]
            cols = "".join('<col style="width: %dpx;"></col>' % w for w in widths)
            body = "".join("<tr>%s</tr>" % "".join(
                '<td style="width: %dpx; padding: 8px; border: 1px solid;%s"><div>%s</div></td>'
                % (w, " background-color: rgb(241, 241, 241);" if r == 0 else "",
                   ("<b>%s</b>" % inline(c)) if (r == 0 and c) else (inline(c) if c else "<br/>"))
                for w, c in zip(widths, row)) for r, row in enumerate(rows))
            out.append('<table style="border-collapse: collapse; min-width: 100%%;"><colgroup>%s'
                       '</colgroup><tbody>%s</tbody></table>' % (cols, body))
            continue
        i += 1
        if line.startswith("## "):
            out.append("<div><b>%s</b></div>" % inline(line[3:]))
        elif line.startswith("[x] ") or line.startswith("[ ] "):
            out.append('<div><en-todo checked="%s"/>%s</div>'
                       % ("true" if line[1] == "x" else "false", inline(line[4:])))
        elif not line.strip():
            out.append("<div><br/></div>")
        else:
            out.append("<div>%s</div>" % inline(line))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
            '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">'
            "<en-note>%s</en-note>" % "".join(out))


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    export, notes, cur, body = {}, [], None, None
    for line in lines:
        if line.startswith("@export "):
            export = dict(kv.split("=", 1) for kv in line.split()[1:])
        elif line == "@note":
            cur = {"tags": []}
        elif line == "@content":
            body = []
        elif line == "@end":
            cur["body"] = body
            notes.append(cur)
            cur, body = None, None
        elif body is not None:
            body.append(line)
        elif cur is not None and line.strip():
            k, _, v = line.partition(": ")
            if k == "tag":
                cur["tags"].append(v)
            else:
                cur[k] = v
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
             '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n'
             '<en-export export-date="%s" application="Evernote" version="%s">\n'
             % (export["export-date"], export["version"])]
    for n in notes:
        parts.append("  <note>\n    <title>%s</title>\n    <created>%s</created>\n"
                     "    <updated>%s</updated>\n" % (escape(n["title"]), n["created"], n["updated"]))
        parts += ["    <tag>%s</tag>\n" % escape(t) for t in n["tags"]]
        parts.append("    <note-attributes>\n")
        for k in ("author", "source", "source-url"):
            if k in n:
                parts.append("      <%s>%s</%s>\n" % (k, escape(n[k]), k))
        parts.append("    </note-attributes>\n")
        parts.append("    <content>\n      <![CDATA[%s      ]]>\n    </content>\n  </note>\n"
                     % enml(n["body"]))
    parts.append("</en-export>\n")
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(parts))


if __name__ == "__main__":
    main()
