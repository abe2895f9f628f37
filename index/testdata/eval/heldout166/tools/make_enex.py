#!/usr/bin/python3
"""Re-make docs/carbon-markets-in-news.enex from tools/carbon-markets-in-news.txt.

Run from anywhere: /usr/bin/python3 tools/make_enex.py
Standard library only; the output is byte-for-byte reproducible. It is written the way
Evernote 10 exports notes: an en-export root with export-date, application and version; each
note with title, created, updated, tags and note-attributes before the content; the ENML body in
a CDATA section with its own XML declaration and DOCTYPE; lines as <div>s, empty lines as
<div><br/></div>, lists as <ul>/<ol> of <li><div>, checklists as <ul style="--en-todo:true;">,
highlights as <span style="--en-highlight:yellow;...">, tables with colgroup and inline cell
styles, links with rev="en_rl_none", and an attached PNG as <en-media> plus a base64 <resource>.

Source markup: "@key value" lines; "=== note" starts a note; "h2: " a heading; "- " and "-- "
bullets; "1. " numbered items; "[ ] " / "[x] " checklist items; "table:" ... "endtable" with
"| a | b |" rows (first row is the header); "img: name" an attachment; a blank line an empty
line; anything else a plain line. Inline: **bold**, ==highlight==, [text](url).
"""
import base64
import binascii
import hashlib
import os
import re
import struct
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "carbon-markets-in-news.txt")
OUT = os.path.join(HERE, "..", "docs", "carbon-markets-in-news.enex")
HL = '<span style="--en-highlight:yellow;background-color: #ffef9e;">'


def inline(text):
    t = escape(text)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"==(.+?)==", lambda m: HL + m.group(1) + "</span>", t)
    t = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2" rev="en_rl_none">\1</a>', t)
    return t


def png(width, height):
    """A small grey timeline strip: three blocks on a light bar (a screenshot stand-in)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            v = 0xF2
            if height // 3 <= y < 2 * height // 3:
                v = 0xC8
                if x in range(4, 30) or x in range(36, 62) or x in range(68, width - 4):
                    v = (0x4A, 0x6F, 0x94)[0 if x < 32 else 1 if x < 64 else 2]
            row.append(v)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", binascii.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def parse():
    meta, notes, cur = {}, [], None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    i = 0
    while i < len(lines):
        s = lines[i].rstrip()
        i += 1
        if s == "=== note":
            cur = {"meta": {}, "tags": [], "lines": []}
            notes.append(cur)
        elif s.startswith("@"):
            k, v = s[1:].split(" ", 1)
            if cur is None:
                meta[k] = v
            elif k == "tag":
                cur["tags"].append(v)
            else:
                cur["meta"][k] = v
        elif s == "table:":
            rows = []
            while lines[i].strip() != "endtable":
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            i += 1
            cur["lines"].append(("table", rows))
        elif cur is not None:
            cur["lines"].append(("line", s))
    return meta, notes


def body(note, media):
    out = []
    items = note["lines"]
    # drop the blank lines directly after the attribute lines
    while items and items[0] == ("line", ""):
        items.pop(0)
    k = 0
    while k < len(items):
        kind, s = items[k]
        if kind == "table":
            ncol = len(s[0])
            width = 200 if ncol == 3 else 160
            cols = "".join('<col style="width:%dpx;"/>' % width for _ in range(ncol))
            trs = []
            for r, row in enumerate(s):
                tds = "".join(
                    '<td style="width:%dpx;padding:8px;border:1px solid;%s"><div>%s</div></td>'
                    % (width, "background-color:#e8e8e8;" if r == 0 else "",
                       ("<b>%s</b>" % inline(c)) if r == 0 else inline(c)) for c in row)
                trs.append("<tr>%s</tr>" % tds)
            out.append('<div style="padding-left:0px;"><table style="border-collapse:collapse;'
                       'min-width:100%%;"><colgroup>%s</colgroup><tbody>%s</tbody></table></div>'
                       % (cols, "".join(trs)))
            k += 1
            continue
        if s.startswith("h2: "):
            out.append("<h2>%s</h2>" % inline(s[4:]))
            k += 1
        elif s.startswith("- "):
            lis = []
            while k < len(items) and items[k][0] == "line" and items[k][1].startswith(("- ", "-- ")):
                t = items[k][1]
                if t.startswith("-- "):
                    lis[-1] = lis[-1][:-5] + "<ul><li><div>%s</div></li></ul></li>" % inline(t[3:])
                else:
                    lis.append("<li><div>%s</div></li>" % inline(t[2:]))
                k += 1
            out.append("<ul>%s</ul>" % "".join(lis))
        elif re.match(r"\d+\. ", s):
            lis = []
            while k < len(items) and items[k][0] == "line" and re.match(r"\d+\. ", items[k][1]):
                lis.append("<li><div>%s</div></li>" % inline(items[k][1].split(" ", 1)[1]))
                k += 1
            out.append("<ol>%s</ol>" % "".join(lis))
        elif s.startswith(("[ ] ", "[x] ")):
            lis = []
            while k < len(items) and items[k][0] == "line" and items[k][1].startswith(("[ ] ", "[x] ")):
                t = items[k][1]
                lis.append('<li style="--en-checked:%s;"><div>%s</div></li>'
                           % ("true" if t.startswith("[x]") else "false", inline(t[4:])))
                k += 1
            out.append('<ul style="--en-todo:true;">%s</ul>' % "".join(lis))
        elif s.startswith("img: "):
            h, (w, ht) = media[s[5:]]
            out.append('<div><en-media style="--en-naturalWidth:%d; --en-naturalHeight:%d;" hash="%s" '
                       'type="image/png" /></div>' % (w, ht, h))
            k += 1
        elif not s:
            out.append("<div><br/></div>")
            k += 1
        else:
            out.append("<div>%s</div>" % inline(s))
            k += 1
    return "".join(out)


def build():
    meta, notes = parse()
    x = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
         '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
         '<en-export export-date="%s" application="Evernote" version="%s">'
         % (meta["export-date"], meta["version"])]
    for note in notes:
        m = note["meta"]
        media, resources = {}, []
        if "resource" in m:
            name, size = m["resource"].split()
            w, h = (int(v) for v in size.split("x"))
            data = png(w, h)
            digest = hashlib.md5(data).hexdigest()
            media[name] = (digest, (w, h))
            b64 = base64.b64encode(data).decode()
            resources.append((name, w, h, "\n".join(b64[j:j + 76] for j in range(0, len(b64), 76))))
        x.append("  <note>")
        x.append("    <title>%s</title>" % escape(m["title"]))
        x.append("    <created>%s</created>" % m["created"])
        x.append("    <updated>%s</updated>" % m["updated"])
        for t in note["tags"]:
            x.append("    <tag>%s</tag>" % escape(t))
        x.append("    <note-attributes>")
        x.append("      <author>%s</author>" % escape(m["author"]))
        x.append("      <source>%s</source>" % escape(m["source"]))
        x.append("    </note-attributes>")
        x.append("    <content>")
        x.append('      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>')
        x.append('<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">')
        x.append("<en-note>%s</en-note>      ]]>" % body(note, media))
        x.append("    </content>")
        for name, w, h, b64 in resources:
            x.append("    <resource>")
            x.append('      <data encoding="base64">')
            x.append(b64)
            x.append("      </data>")
            x.append("      <mime>image/png</mime>")
            x.append("      <width>%d</width>" % w)
            x.append("      <height>%d</height>" % h)
            x.append("      <resource-attributes>")
            x.append("        <file-name>%s</file-name>" % escape(name))
            x.append("      </resource-attributes>")
            x.append("    </resource>")
        x.append("  </note>")
    x.append("</en-export>")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(x) + "\n")


if __name__ == "__main__":
    build()
