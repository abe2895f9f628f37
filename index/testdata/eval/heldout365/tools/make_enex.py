#!/usr/bin/python3
"""Re-make docs/ken-betwa-evernote-notes.enex from tools/ken-betwa-evernote-notes.txt.

The file is one note as Evernote 10 (Windows) exports it with "Export as ENEX": the en-export
declaration and DOCTYPE, an indented <note> with title, created / updated stamps, tags and
note-attributes, the ENML body in a CDATA section (its own XML declaration and en-note DOCTYPE,
all on one line, padded with spaces before "]]>" as Evernote does), and the attached map image as a
base64 <resource> whose MD5 is the en-media hash. The ENML uses what Evernote 10 writes: <div> per
line, <div><br /></div> for empty lines, h2 / h3 headings, <ul><li><div>…</div></li></ul> lists,
checklists as <ul style="--en-todo:true;"> with --en-checked on each item, tables inside a padded
<div> with <colgroup> widths and bordered cells, highlights as --en-highlight spans, coloured spans.
Deterministic: the image is drawn from fixed shapes and compressed at a fixed level.
Usage: make_enex.py [output path]  (default: docs/ken-betwa-evernote-notes.enex)
"""
import base64
import hashlib
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "ken-betwa-evernote-notes.txt")
OUT = os.path.join(ROOT, "docs", "ken-betwa-evernote-notes.enex")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"__(.+?)__", r"<u>\1</u>", s)
    s = re.sub(r"\^\^(.+?)\^\^", r'<span style="color:rgb(228, 58, 25);">\1</span>', s)
    return s


def png(w, h):
    """A small sketch map: paper background, the Ken and the Betwa as blue strokes, the canal dashed, a red dot at Daudhan."""
    bg, blue, red, grey = (250, 248, 240), (52, 120, 196), (210, 40, 40), (150, 150, 150)
    px = [[bg] * w for _ in range(h)]

    def dot(x, y, c, r=2):
        for yy in range(max(0, y - r), min(h, y + r + 1)):
            for xx in range(max(0, x - r), min(w, x + r + 1)):
                px[yy][xx] = c

    for y in range(h):  # Ken: from the south-east up to the north
        dot(int(470 - 0.35 * y + 18 * ((y // 40) % 2)), h - 1 - y, blue)
    for y in range(h):  # Betwa: further west
        dot(int(140 + 0.45 * y), h - 1 - y, blue)
    for x in range(205, 440):  # link canal, dashed
        if (x // 8) % 2 == 0:
            dot(x, int(250 - 0.25 * (x - 205)), grey, 1)
    dot(440, 192, red, 6)
    for x in range(0, w):
        dot(x, 8, blue, 1)  # the Yamuna along the top
    raw = b"".join(b"\x00" + bytes(v for c in row for v in c) for row in px)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"sRGB", b"\x00") + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def parse():
    meta, lines = {}, []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("%%"):
            continue
        if line.startswith("%"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        else:
            lines.append(line)
    return meta, lines


def enml(lines, media):
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            out.append("<h2>%s</h2>" % inline(line[3:]))
        elif line.startswith("### "):
            out.append("<h3>%s</h3>" % inline(line[4:]))
        elif line == ".":
            out.append("<div><br /></div>")
        elif line == "---":
            out.append("<hr />")
        elif line.startswith("~ "):
            out.append('<div><span style="color:rgb(134, 134, 134);font-size:12px;">%s</span></div>' % inline(line[2:]))
        elif line.startswith("!! "):
            out.append('<div><span style="--en-highlight:yellow;background-color: #ffef9e;">%s</span></div>' % inline(line[3:]))
        elif line.startswith("[img "):
            name, size = line[5:-1].split()
            w, h = size.split("x")
            out.append('<div><en-media hash="%s" type="image/png" width="%s" height="%s" style="--en-naturalWidth:%s; '
                       '--en-naturalHeight:%s;" /></div>' % (media, w, h, w, h))
        elif line.startswith("- "):
            items = []
            while i < len(lines) and (lines[i].startswith("- ") or lines[i].startswith("  - ")):
                if lines[i].startswith("  - "):
                    items[-1][1].append(lines[i][4:])
                else:
                    items.append((lines[i][2:], []))
                i += 1
            i -= 1
            html = []
            for text, sub in items:
                inner = "".join("<li><div>%s</div></li>" % inline(s) for s in sub)
                html.append("<li><div>%s</div>%s</li>" % (inline(text), "<ul>%s</ul>" % inner if sub else ""))
            out.append("<ul>%s</ul>" % "".join(html))
        elif line.startswith("[ ] ") or line.startswith("[x] "):
            items = []
            while i < len(lines) and (lines[i].startswith("[ ] ") or lines[i].startswith("[x] ")):
                items.append('<li style="--en-checked:%s;"><div>%s</div></li>'
                             % ("true" if lines[i][1] == "x" else "false", inline(lines[i][4:])))
                i += 1
            i -= 1
            out.append('<ul style="--en-todo:true;">%s</ul>' % "".join(items))
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            i -= 1
            widths = [118, 262, 262]
            cols = "".join('<col style="width:%dpx;" />' % w for w in widths)
            body = []
            for n, row in enumerate(rows):
                cells = []
                for c, cell in enumerate(row):
                    txt = inline(cell) if cell else "<br />"
                    if n == 0 or c == 0:
                        txt = "<b>%s</b>" % txt if cell else txt
                    bg = "background-color:rgb(239, 239, 239);" if n == 0 else ""
                    cells.append('<td style="border:1px solid rgb(204, 204, 204);width:%dpx;padding:8px;%s"><div>%s</div></td>'
                                 % (widths[c], bg, txt))
                body.append("<tr>%s</tr>" % "".join(cells))
            out.append('<div style="padding-left:0px;padding-right:0px;width:100%%;"><table style="border-collapse:collapse;'
                       'width:642px;table-layout:fixed;margin-left:0px;"><colgroup>%s</colgroup><tbody>%s</tbody></table></div>'
                       % (cols, "".join(body)))
        else:
            out.append("<div>%s</div>" % inline(line))
        i += 1
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE en-note SYSTEM '
            '"http://xml.evernote.com/pub/enml2.dtd"><en-note>%s</en-note>' % "".join(out))


def build():
    meta, lines = parse()
    img_line = [l for l in lines if l.startswith("[img ")][0]
    name, size = img_line[5:-1].split()
    w, h = [int(x) for x in size.split("x")]
    data = png(w, h)
    md5 = hashlib.md5(data).hexdigest()
    content = enml(lines, md5)
    b64 = base64.b64encode(data).decode("ascii")
    tags = "".join("    <tag>%s</tag>\n" % esc(t.strip()) for t in meta["tags"].split(","))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n'
            '<en-export export-date="%s" application="Evernote" version="%s">\n'
            '  <note>\n'
            '    <title>%s</title>\n'
            '    <created>%s</created>\n'
            '    <updated>%s</updated>\n'
            '%s'
            '    <note-attributes>\n'
            '      <author>%s</author>\n'
            '      <source>%s</source>\n'
            '    </note-attributes>\n'
            '    <content>\n'
            '      <![CDATA[%s      ]]>\n'
            '    </content>\n'
            '    <resource>\n'
            '      <data encoding="base64">%s</data>\n'
            '      <mime>image/png</mime>\n'
            '      <width>%d</width>\n'
            '      <height>%d</height>\n'
            '      <resource-attributes>\n'
            '        <file-name>%s</file-name>\n'
            '      </resource-attributes>\n'
            '    </resource>\n'
            '  </note>\n'
            '</en-export>\n'
            % (meta["exported"], meta["version"], esc(meta["title"]), meta["created"], meta["updated"], tags,
               esc(meta["author"]), meta["source"], content, b64, w, h, name))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
