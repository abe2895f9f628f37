#!/usr/bin/python3
"""Re-make docs/cyclone-naming.enex from tools/cyclone-naming.txt.

The output imitates an Evernote 10 (desktop, Windows) export of one note: the XML prolog with
standalone="no", the evernote-export4 DOCTYPE, <en-export> with export-date/application/version,
two-space indented <note> metadata (title, created, updated, tags, note-attributes), the ENML body
in a CDATA section on one line (its own XML prolog and enml2 DOCTYPE, then <en-note>, with the
trailing spaces Evernote leaves before "]]>"), <div> paragraphs, <div><br/></div> blank lines,
<h1>/<h2> headings, lists with <li><div>, Evernote 10 task lists (--en-todo / --en-checked),
tables with <colgroup> widths and styled cells, the yellow highlight span (--en-highlight),
links with rev="en_rl_none", and an image as <en-media> with its <resource> (base64 PNG, MD5 hash).
Run from anywhere: /usr/bin/python3 tools/make_enex.py   (byte-for-byte reproducible)
"""
import base64
import hashlib
import os
import re
import struct
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cyclone-naming.txt")
OUT = os.path.join(HERE, "..", "docs", "cyclone-naming.enex")

HL = '<span style="--en-highlight:yellow;background-color: #ffef9e;">'


def png(width, height):
    """A small white 'screenshot' with a grey grid, like a pasted table."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            line = y % 8 == 0 or x % 24 == 0 or y == height - 1 or x == width - 1
            row += bytes([190, 190, 190]) if line else bytes([255, 255, 255])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def inline(text):
    out = escape(text)
    out = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2" rev="en_rl_none">\1</a>', out)
    out = re.sub(r"==(.+?)==", HL + r"\1</span>", out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    return out


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    meta = {"tag": []}
    body = []
    lst = None          # "ul", "ol" or "todo"
    table = None
    resources = []

    def close_list():
        nonlocal lst
        if lst:
            body.append("</ol>" if lst == "ol" else "</ul>")
            lst = None

    def open_list(kind):
        nonlocal lst
        if lst != kind:
            close_list()
            body.append({"ul": "<ul>", "ol": "<ol>", "todo": '<ul style="--en-todo:true;">'}[kind])
            lst = kind

    for s in lines:
        m = re.match(r"@(title|created|updated|tag|author|source) (.*)", s)
        if m:
            if m.group(1) == "tag":
                meta["tag"].append(m.group(2))
            else:
                meta[m.group(1)] = m.group(2)
            continue
        if s == "@table":
            close_list()
            table = []
            continue
        if s == "@endtable":
            rows = [r.split("\t") for r in table]
            ncol = len(rows[0])
            widths = [140] * ncol if ncol == 2 else [110, 110, 120, 90, 260][:ncol]
            if ncol == 2:
                widths = [110, 560]
            h = ['<div><table style="border-collapse: collapse; min-width: 100%;"><colgroup>']
            h += ['<col style="width: %dpx;" />' % w for w in widths]
            h.append("</colgroup><tbody>")
            for r, row in enumerate(rows):
                h.append("<tr>")
                for c, cell in enumerate(row):
                    style = "width: %dpx; padding: 8px; border: 1px solid;" % widths[c]
                    if r == 0:
                        style += " background-color: rgb(232, 232, 232);"
                        cell_html = "<b>%s</b>" % inline(cell)
                    else:
                        cell_html = inline(cell)
                    h.append('<td style="%s"><div>%s</div></td>' % (style, cell_html))
                h.append("</tr>")
            h.append("</tbody></table></div>")
            body.append("".join(h))
            table = None
            continue
        if table is not None:
            table.append(s)
            continue
        if s.startswith("@image "):
            close_list()
            name = s.split(" ", 1)[1]
            data = png(192, 120)
            digest = hashlib.md5(data).hexdigest()
            body.append('<div><en-media style="--en-naturalWidth:192; --en-naturalHeight:120;" '
                        'hash="%s" type="image/png" /></div>' % digest)
            resources.append((name, data, 192, 120))
            continue
        if s.startswith("# "):
            close_list()
            body.append("<h1>%s</h1>" % inline(s[2:]))
        elif s.startswith("## "):
            close_list()
            body.append("<h2>%s</h2>" % inline(s[3:]))
        elif s.startswith("- "):
            open_list("ul")
            body.append("<li><div>%s</div></li>" % inline(s[2:]))
        elif re.match(r"\d+\. ", s):
            open_list("ol")
            body.append("<li><div>%s</div></li>" % inline(s.split(" ", 1)[1]))
        elif s.startswith("[x] ") or s.startswith("[ ] "):
            open_list("todo")
            body.append('<li style="--en-checked:%s;"><div>%s</div></li>'
                        % ("true" if s[1] == "x" else "false", inline(s[4:])))
        elif not s:
            close_list()
            body.append("<div><br /></div>")
        else:
            close_list()
            body.append("<div>%s</div>" % inline(s))
    close_list()

    enml = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">'
            "<en-note>" + "".join(body) + "</en-note>")
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
           '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
           '<en-export export-date="20251201T172455Z" application="Evernote" version="10.161.4">',
           "  <note>",
           "    <title>%s</title>" % escape(meta["title"]),
           "    <created>%s</created>" % meta["created"],
           "    <updated>%s</updated>" % meta["updated"]]
    out += ["    <tag>%s</tag>" % escape(t) for t in meta["tag"]]
    out += ["    <note-attributes>",
            "      <author>%s</author>" % escape(meta["author"]),
            "      <source>%s</source>" % meta["source"],
            "    </note-attributes>",
            "    <content>",
            "      <![CDATA[%s      ]]>" % enml,
            "    </content>"]
    for name, data, w, h in resources:
        out += ["    <resource>",
                '      <data encoding="base64">%s</data>' % base64.b64encode(data).decode("ascii"),
                "      <mime>image/png</mime>",
                "      <width>%d</width>" % w,
                "      <height>%d</height>" % h,
                "      <resource-attributes>",
                "        <file-name>%s</file-name>" % escape(name),
                "      </resource-attributes>",
                "    </resource>"]
    out += ["  </note>", "</en-export>", ""]
    with open(OUT, "wb") as f:
        f.write("\n".join(out).encode("utf-8"))


if __name__ == "__main__":
    build()
