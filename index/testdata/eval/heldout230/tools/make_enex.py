#!/usr/bin/python3
"""Make docs/collegium-three-judges-cases.enex from tools/collegium-three-judges-cases.txt.

The file is written the way Evernote 10 exports a notebook of three notes: an en-export
document (DOCTYPE evernote-export4.dtd) holding <note>s with title, created/updated stamps, tags
and note-attributes (author, source, source-url for the web clip, reminder-order and
reminder-time for the phone note), each <content> a CDATA section holding an ENML document
(enml2.dtd) on one line, and, for the note with a task list, Evernote 10 <task> elements after
the content, tied to an empty "--en-task-group" div in the ENML by their taskGroupNoteLevelID.

Two kinds of ENML body:
  * the web clip: one wrapper div whose style carries --en-clipped-content, the source URL and
    title, then the page's own HTML as the Web Clipper keeps it (h1, h2, p, ul/ol of bare li,
    links with href, reference marks as <sup><a>[n]</a></sup>; ids and classes stripped);
  * typed notes: Evernote 10's editor markup (h2/h3 headings, one div a line, <div><br/></div>
    for a blank line, ul/ol of <li><div>, nested ul inside the li, a table in a div with a
    colgroup and inline cell styles, yellow --en-highlight spans, <b>).

Source markup: "@note", then "key: value" header lines up to "---"; in the body "h1 " / "h2 " /
"h3 " headings, "p " paragraphs (clip only), "- " / "  - " bullets, "1. " numbered items,
"| a | b |" table rows (first row is the header), "@tasks" (the task-group div) and
"@task title|status|due" (a task); inline **bold**, ==highlight==, [[text|url]] links and ^n
reference marks; a blank line is an empty div.

Run from anywhere: /usr/bin/python3 tools/make_enex.py [OUT]  (output is byte-for-byte stable)
"""
import os
import re
import sys
import uuid
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "collegium-three-judges-cases.txt")
OUT = os.path.join(HERE, "..", "docs", "collegium-three-judges-cases.enex")
EXPORT_DATE = "20250901T025233Z"
NS = uuid.UUID("6f1c2a1e-7b1d-4c55-9a0e-2d3c4b5a6978")
HL = '<span style="--en-highlight:yellow;background-color: #ffef9e;">'
CELL = "padding: 8px; border: 1px solid rgb(204, 204, 204);"
HEAD_CELL = CELL + " background-color: rgb(241, 241, 241);"
WIDTHS = [190, 250, 260]
CREATOR = "229584113"


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(parts)))


def inline(s, clip_url=None):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"==(.+?)==", HL + r"\1</span>", s)
    s = re.sub(r"\[\[(.+?)\|(.+?)\]\]", r'<a href="\2">\1</a>', s)
    if clip_url:
        s = re.sub(r"\^(\d+)", lambda m: '<sup><a href="%s#cite_note-%s">[%s]</a></sup>'
                   % (clip_url, m.group(1), m.group(1)), s)
    return s


def clip_enml(lines, meta):
    kind, url, title = meta["clip"].split("|")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"(h[1-6]|p) (.*)", line)
        if m:
            tag = m.group(1)
            out.append("<%s>%s</%s>" % (tag, inline(m.group(2), url), tag))
            i += 1
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            kind_l = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(lines) and (lines[i].startswith("- ") if kind_l == "ul"
                                      else re.match(r"\d+\. ", lines[i])):
                items.append(lines[i].split(" ", 1)[1])
                i += 1
            out.append("<%s>%s</%s>" % (kind_l, "".join("<li>%s</li>" % inline(t, url)
                                                         for t in items), kind_l))
        elif not line.strip():
            i += 1
        else:
            out.append("<div>%s</div>" % inline(line, url))
            i += 1
    style = ("--en-clipped-content:%s; --en-clipped-source-url:%s; "
             "--en-clipped-source-title:%s;" % (kind, url, title))
    return '<div style="%s">%s</div>' % (escape(style, {'"': "&quot;"}), "".join(out))


def typed_enml(lines, meta):
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"(h[1-6]) (.*)", line)
        if m:
            out.append("<%s>%s</%s>" % (m.group(1), inline(m.group(2)), m.group(1)))
            i += 1
        elif line == "@tasks":
            out.append('<div style="--en-task-group:true; --en-id:%s;"></div>'
                       % uid(meta["title"], "taskgroup"))
            i += 1
        elif line.startswith("@task "):
            i += 1
        elif not line.strip():
            out.append("<div><br/></div>")
            i += 1
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = ['<div style="padding-left:0px;margin-left:0px;">'
                 '<table style="border-collapse: collapse; min-width: 100%;"><colgroup>']
            t += ['<col style="width: %dpx;"></col>' % w for w in WIDTHS[:len(rows[0])]]
            t.append("</colgroup><tbody>")
            for r, row in enumerate(rows):
                t.append("<tr>")
                for c, text in enumerate(row):
                    if r == 0:
                        t.append('<td style="width: %dpx; %s"><div><b>%s</b></div></td>'
                                 % (WIDTHS[c], HEAD_CELL, inline(text)))
                    else:
                        t.append('<td style="width: %dpx; %s"><div>%s</div></td>'
                                 % (WIDTHS[c], CELL, inline(text)))
                t.append("</tr>")
            t.append("</tbody></table></div>")
            out.append("".join(t))
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            kind = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(lines):
                l = lines[i]
                if l.startswith("  - "):
                    items[-1][1].append(l[4:])
                elif kind == "ul" and l.startswith("- "):
                    items.append([l[2:], []])
                elif kind == "ol" and re.match(r"\d+\. ", l):
                    items.append([l.split(". ", 1)[1], []])
                else:
                    break
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
    return "".join(out)


def enml(lines, meta):
    body = clip_enml(lines, meta) if "clip" in meta else typed_enml(lines, meta)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
            "<en-note>" + body + "</en-note>")


def tasks(lines, meta):
    out = []
    for n, line in enumerate(l for l in lines if l.startswith("@task ")):
        title, status, due = line[6:].split("|")
        created = meta["updated"]
        out.append("    <task>")
        out.append("      <title>%s</title>" % escape(title))
        out.append("      <created>%s</created>" % created)
        out.append("      <updated>%s</updated>" % created)
        out.append("      <taskStatus>%s</taskStatus>" % status)
        out.append("      <inNote>true</inNote>")
        out.append("      <taskFlag>false</taskFlag>")
        out.append("      <sortWeight>%s</sortWeight>" % "ABCDEFGH"[n])
        out.append("      <noteLevelID>%s</noteLevelID>" % uid(meta["title"], title))
        out.append("      <taskGroupNoteLevelID>%s</taskGroupNoteLevelID>"
                   % uid(meta["title"], "taskgroup"))
        out.append("      <dueDate>%s</dueDate>" % due)
        out.append("      <dueDateUIOption>date_only</dueDateUIOption>")
        out.append("      <timeZone>Asia/Kolkata</timeZone>")
        if status == "completed":
            out.append("      <statusUpdated>%s</statusUpdated>" % due)
        out.append("      <creator>%s</creator>" % CREATOR)
        out.append("      <lastEditor>%s</lastEditor>" % CREATOR)
        out.append("    </task>")
    return out


def notes():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    for chunk in text.split("@note\n")[1:]:
        head, body = chunk.split("---\n", 1)
        meta = {}
        for l in head.strip().split("\n"):
            k, v = l.split(": ", 1)
            meta[k] = v
        yield meta, body.rstrip("\n").split("\n")


def build(out_path):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
           '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
           '<en-export export-date="%s" application="Evernote" version="10.146.4">'
           % EXPORT_DATE]
    for meta, body in notes():
        out.append("  <note>")
        out.append("    <title>%s</title>" % escape(meta["title"]))
        out.append("    <created>%s</created>" % meta["created"])
        out.append("    <updated>%s</updated>" % meta["updated"])
        for tag in meta["tags"].split(", "):
            out.append("    <tag>%s</tag>" % escape(tag))
        out.append("    <note-attributes>")
        for key in ("author", "source", "source-url", "reminder-order", "reminder-time"):
            if key in meta:
                out.append("      <%s>%s</%s>" % (key, escape(meta[key]), key))
        out.append("    </note-attributes>")
        out.append("    <content>")
        out.append("      <![CDATA[%s      ]]>" % enml(body, meta))
        out.append("    </content>")
        out.extend(tasks(body, meta))
        out.append("  </note>")
    out.append("</en-export>")
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
