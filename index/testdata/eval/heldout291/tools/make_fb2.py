#!/usr/bin/python3
"""Make docs/salt-satyagraha-1930-ebook.fb2 from tools/salt-satyagraha-1930-ebook.txt.

The file is a FictionBook 2 ebook as FictionBook Editor 2.6 saves it: UTF-8 with CRLF line ends,
one-space indentation per level, the FictionBook root with the fb2 and xlink namespaces; a
<description> with <title-info> (two genres, author, book-title, annotation, keywords, date,
coverpage, lang, src-lang, sequence), <document-info> (nickname, program-used, date, src-url, id,
version, history) and <publish-info>; the main <body> with a two-paragraph <title>, an
<epigraph>, an untitled opening <section>, then chapter <section>s whose titles are two
paragraphs ("Chapter N" and the name); inner headings as <subtitle> (and "* * *"), one chapter
with an <annotation> and nested <section>s instead; numbered points typed as paragraphs; a
<cite>, a <poem> with two stanzas, an <empty-line/>, an FB2.1 <table>; footnote links
<a l:href="#n_N" type="note">[N]</a> into a <body name="notes">; and a base64 PNG cover in a
<binary> broken into 76-character lines.

Source markup: "@meta" key: value lines up to "---"; "@title A | B"; "@epigraph" / "@cite" /
"@poem Title" blocks closed by "@end" ("-- " line = text-author, blank line = new stanza);
"@section" opens the untitled section; "# Chapter N | Name" a chapter; "## Name" a nested
section; "### Name" a subtitle; "***" a "* * *" subtitle; "<>" an empty line; "! " an annotation
paragraph; "@table" rows "| a | b |" (first row header) to "@end"; **strong**, _emphasis_,
[^N] note links; "@notes" then "[^N]: text".

Run: /usr/bin/python3 tools/make_fb2.py [OUT]   (output is byte-for-byte stable)
"""
import base64
import os
import re
import struct
import sys
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "salt-satyagraha-1930-ebook.txt")
OUT = os.path.join(HERE, "..", "docs", "salt-satyagraha-1930-ebook.fb2")
NL = "\r\n"

FONT = {
    "A": ["01110", "10001", "10001", "11111", "10001", "10001", "10001"],
    "B": ["11110", "10001", "10001", "11110", "10001", "10001", "11110"],
    "C": ["01110", "10001", "10000", "10000", "10000", "10001", "01110"],
    "D": ["11110", "10001", "10001", "10001", "10001", "10001", "11110"],
    "E": ["11111", "10000", "10000", "11110", "10000", "10000", "11111"],
    "I": ["01110", "00100", "00100", "00100", "00100", "00100", "01110"],
    "L": ["10000", "10000", "10000", "10000", "10000", "10000", "11111"],
    "N": ["10001", "11001", "10101", "10011", "10001", "10001", "10001"],
    "O": ["01110", "10001", "10001", "10001", "10001", "10001", "01110"],
    "P": ["11110", "10001", "10001", "11110", "10000", "10000", "10000"],
    "R": ["11110", "10001", "10001", "11110", "10100", "10010", "10001"],
    "S": ["01111", "10000", "10000", "01110", "00001", "00001", "11110"],
    "T": ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
    "V": ["10001", "10001", "10001", "10001", "10001", "01010", "00100"],
    "0": ["01110", "10011", "10101", "10101", "10101", "11001", "01110"],
    "1": ["00100", "01100", "00100", "00100", "00100", "00100", "01110"],
    "3": ["11110", "00001", "00001", "01110", "00001", "00001", "11110"],
    "4": ["00010", "00110", "01010", "10010", "11111", "00010", "00010"],
    "9": ["01110", "10001", "10001", "01111", "00001", "00010", "01100"],
    "-": ["00000", "00000", "00000", "11111", "00000", "00000", "00000"],
    " ": ["00000"] * 7,
}


def cover_png():
    w, h = 240, 360
    px = [[(0, 0, 0)] * w for _ in range(h)]
    for y in range(h):
        if y < 210:
            t = y / 210.0
            c = (int(246 - 10 * t), int(196 + 30 * t), int(128 + 40 * t))
        elif y < 252:
            c = (38, 86, 138) if (y // 6) % 2 else (46, 98, 150)
        else:
            c = (238, 234, 224)
        px[y] = [c] * w
    for y in range(150, 210):
        for x in range(130, 214):
            if (x - 172) ** 2 + (y - 196) ** 2 <= 30 ** 2:
                px[y][x] = (236, 118, 48)
    for i in range(11):
        x0, base = 22 + 18 * i, 306
        for y in range(base - 20, base):
            for x in range(x0, x0 + 5):
                px[y][x] = (44, 32, 30)
        for y in range(base - 27, base - 21):
            for x in range(x0, x0 + 5):
                px[y][x] = (44, 32, 30)
        if i == 0:
            for y in range(base - 30, base + 2):
                px[y][x0 + 7] = (92, 60, 36)

    def text(s, top, scale, colour):
        width = len(s) * 6 * scale - scale
        left = (w - width) // 2
        for k, ch in enumerate(s):
            for r, row in enumerate(FONT[ch]):
                for c, bit in enumerate(row):
                    if bit == "1":
                        for dy in range(scale):
                            for dx in range(scale):
                                px[top + r * scale + dy][left + (k * 6 + c) * scale + dx] = colour

    text("DANDI", 22, 5, (122, 28, 20))
    text("1930-34", 70, 3, (122, 28, 20))
    text("CIVIL DISOBEDIENCE", 318, 2, (60, 40, 34))
    text("PART I", 338, 2, (60, 40, 34))
    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in px)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def inline(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"<emphasis>\1</emphasis>", s)
    s = re.sub(r"\[\^(\d+)\]", r'<a l:href="#n_\1" type="note">[\1]</a>', s)
    return s


class Writer:
    def __init__(self):
        self.lines = []

    def put(self, depth, text):
        self.lines.append(" " * depth + text)

    def title(self, depth, parts):
        self.put(depth, "<title>")
        for p in parts:
            self.put(depth + 1, "<p>%s</p>" % inline(p))
        self.put(depth, "</title>")


def parse():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.split("\n")[1:]:
        k, v = line.split(": ", 1)
        meta[k] = v
    main, notes = body.split("@notes\n", 1)
    return meta, main.rstrip("\n").split("\n"), notes.strip("\n").split("\n")


def block(lines, i):
    """Lines of an @epigraph/@cite/@poem block up to @end; returns (lines, next index)."""
    out = []
    while lines[i] != "@end":
        out.append(lines[i])
        i += 1
    return out, i + 1


def emit_block(wr, depth, kind, lines, name=None):
    wr.put(depth, "<%s>" % kind)
    if kind == "poem":
        wr.title(depth + 1, [name])
        stanzas, cur = [], []
        for l in lines:
            if l.startswith("-- "):
                continue
            if not l:
                stanzas.append(cur)
                cur = []
            else:
                cur.append(l)
        stanzas.append(cur)
        for st in stanzas:
            wr.put(depth + 1, "<stanza>")
            for v in st:
                wr.put(depth + 2, "<v>%s</v>" % inline(v))
            wr.put(depth + 1, "</stanza>")
    else:
        for l in lines:
            if not l.startswith("-- "):
                wr.put(depth + 1, "<p>%s</p>" % inline(l))
    for l in lines:
        if l.startswith("-- "):
            wr.put(depth + 1, "<text-author>%s</text-author>" % inline(l[3:]))
    wr.put(depth, "</%s>" % kind)


def build(out_path):
    meta, lines, notes = parse()
    wr = Writer()
    wr.lines.append('<?xml version="1.0" encoding="UTF-8"?>')
    wr.lines.append('<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" '
                    'xmlns:l="http://www.w3.org/1999/xlink">')
    wr.put(1, "<description>")
    wr.put(2, "<title-info>")
    wr.put(3, "<genre>%s</genre>" % meta["genre"])
    wr.put(3, "<genre>%s</genre>" % meta["genre2"])
    wr.put(3, "<author>")
    for k in ("first-name", "middle-name", "last-name"):
        wr.put(4, "<%s>%s</%s>" % (k, meta[k], k))
    wr.put(3, "</author>")
    wr.put(3, "<book-title>%s</book-title>" % escape(meta["book-title"]))
    wr.put(3, "<annotation>")
    for p in meta["annotation"].split("|"):
        wr.put(4, "<p>%s</p>" % inline(p))
    wr.put(3, "</annotation>")
    wr.put(3, "<keywords>%s</keywords>" % escape(meta["keywords"]))
    value, shown = meta["date"].split("|")
    wr.put(3, '<date value="%s">%s</date>' % (value, shown))
    wr.put(3, "<coverpage>")
    wr.put(4, '<image l:href="#cover.png"/>')
    wr.put(3, "</coverpage>")
    wr.put(3, "<lang>%s</lang>" % meta["lang"])
    wr.put(3, "<src-lang>%s</src-lang>" % meta["src-lang"])
    name, number = meta["sequence"].split("|")
    wr.put(3, '<sequence name="%s" number="%s"/>' % (escape(name), number))
    wr.put(2, "</title-info>")
    wr.put(2, "<document-info>")
    wr.put(3, "<author>")
    wr.put(4, "<nickname>%s</nickname>" % meta["doc-nickname"])
    wr.put(3, "</author>")
    wr.put(3, "<program-used>%s</program-used>" % meta["program-used"])
    value, shown = meta["doc-date"].split("|")
    wr.put(3, '<date value="%s">%s</date>' % (value, shown))
    wr.put(3, "<src-url>%s</src-url>" % escape(meta["src-url"]))
    wr.put(3, "<id>%s</id>" % meta["doc-id"])
    wr.put(3, "<version>%s</version>" % meta["version"])
    wr.put(3, "<history>")
    for p in meta["history"].split("|"):
        wr.put(4, "<p>%s</p>" % inline(p))
    wr.put(3, "</history>")
    wr.put(2, "</document-info>")
    wr.put(2, "<publish-info>")
    for k in ("book-name", "publisher", "city", "year"):
        wr.put(3, "<%s>%s</%s>" % (k, escape(meta[k]), k))
    wr.put(2, "</publish-info>")
    wr.put(1, "</description>")

    wr.put(1, "<body>")
    i = 0
    open_sections = 0       # 1 = a chapter is open, 2 = a nested section inside it too
    depth = 2
    while i < len(lines):
        line = lines[i]
        if line.startswith("@title "):
            wr.title(2, line[7:].split(" | "))
            i += 1
        elif line in ("@epigraph", "@cite") or line.startswith("@poem "):
            kind = "epigraph" if line == "@epigraph" else "cite" if line == "@cite" else "poem"
            body, i = block(lines, i + 1)
            emit_block(wr, depth if open_sections else 2, kind, body,
                       line[6:] if kind == "poem" else None)
        elif line == "@section" or line.startswith("# "):
            while open_sections:
                open_sections -= 1
                wr.put(2 + open_sections, "</section>")
            wr.put(2, "<section>")
            open_sections = 1
            depth = 3
            if line.startswith("# "):
                wr.title(3, line[2:].split(" | "))
            i += 1
        elif line.startswith("## "):
            if open_sections == 2:
                wr.put(3, "</section>")
            wr.put(3, "<section>")
            open_sections = 2
            depth = 4
            wr.title(4, [line[3:]])
            i += 1
        elif line.startswith("! "):
            wr.put(depth, "<annotation>")
            wr.put(depth + 1, "<p>%s</p>" % inline(line[2:]))
            wr.put(depth, "</annotation>")
            i += 1
        elif line.startswith("### "):
            wr.put(depth, "<subtitle>%s</subtitle>" % inline(line[4:]))
            i += 1
        elif line == "***":
            wr.put(depth, "<subtitle>* * *</subtitle>")
            i += 1
        elif line == "<>":
            wr.put(depth, "<empty-line/>")
            i += 1
        elif line == "@table":
            rows, i = block(lines, i + 1)
            wr.put(depth, "<table>")
            for r, row in enumerate(rows):
                cells = [c.strip() for c in row.strip().strip("|").split("|")]
                wr.put(depth + 1, "<tr>")
                for c in cells:
                    tag = "th" if r == 0 else "td"
                    wr.put(depth + 2, '<%s align="left">%s</%s>' % (tag, inline(c), tag))
                wr.put(depth + 1, "</tr>")
            wr.put(depth, "</table>")
        elif not line.strip():
            i += 1
        else:
            wr.put(depth, "<p>%s</p>" % inline(line))
            i += 1
    while open_sections:
        open_sections -= 1
        wr.put(2 + open_sections, "</section>")
    wr.put(1, "</body>")

    wr.put(1, '<body name="notes">')
    wr.title(2, ["Notes"])
    for n in notes:
        m = re.match(r"\[\^(\d+)\]: (.*)", n)
        wr.put(2, '<section id="n_%s">' % m.group(1))
        wr.title(3, [m.group(1)])
        wr.put(3, "<p>%s</p>" % inline(m.group(2)))
        wr.put(2, "</section>")
    wr.put(1, "</body>")

    b64 = base64.b64encode(cover_png()).decode("ascii")
    wr.put(1, '<binary id="cover.png" content-type="image/png">'
           + NL.join(b64[k:k + 76] for k in range(0, len(b64), 76)) + "</binary>")
    wr.lines.append("</FictionBook>")
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        f.write(NL.join(wr.lines) + NL)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
