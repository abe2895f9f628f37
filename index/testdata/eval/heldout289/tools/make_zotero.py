#!/usr/bin/python3
"""Make docs/zotero-electoral-college-vote-value.html from tools/zotero-electoral-college-vote-value.txt.

The output imitates Zotero 7's "Export Note…" with the "Note HTML" format for three selected
notes: '<!DOCTYPE html>' and the document's outerHTML on one line (no newline at the end), a
<head> holding only <meta charset="utf-8">, a div.zotero-notes holding one div.zotero-note per
note with <hr> between them. Each note is the note-editor's HTML with its
div[data-schema-version] container unwrapped: a newline after every block, a newline also at
the start of ol/ul/li/table/tbody/tr/th/td, list items with a single paragraph unwrapped, table
cells keeping their <p>. Annotation paragraphs follow Zotero's default template
"{{highlight}} {{citation}} {{comment}}": the highlighted text in curly quotes inside
span.highlight (span.underline for an underline annotation), the citation as
span.citation > span.citation-item; the translator has stripped data-annotation and
data-citation. An image annotation's <img> carries the embedded PNG as a data: URI (the export
replaces data-attachment-key by src). Yellow text highlights come out as
"background-color: rgb(255, 212, 0);" (Zotero turns the editor's #ffd40080 into rgb for word
processors); strikethrough stays "text-decoration: line-through".

Run: /usr/bin/python3 tools/make_zotero.py [output path]
The output is byte-for-byte reproducible.
"""
import base64
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "zotero-electoral-college-vote-value.txt")
OUT = os.path.join(HERE, "..", "docs", "zotero-electoral-college-vote-value.html")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"__(.+?)__", r"<em>\1</em>", s)
    s = re.sub(r"==(.+?)==", r'<span style="background-color: rgb(255, 212, 0);">\1</span>', s)
    s = re.sub(r"~~(.+?)~~", r'<span style="text-decoration: line-through">\1</span>', s)
    return s


def png(width, height):
    """A small grey 'table screenshot': header band, row rules and column rules."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 7:
                v = 205
            elif y % 6 == 0 or x in (0, 38, 62, 84, width - 1):
                v = 170
            elif (x // 3 + y // 6) % 5 == 0 and x % 38 > 4:
                v = 120
            else:
                v = 248
            row += bytes([v, v, v])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def citation(cite, page):
    return ('<span class="citation">(<span class="citation-item">%s, p. %s</span>)</span>'
            % (esc(cite), esc(page)))


def build(lines):
    notes = []
    blocks = None
    cite = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip() or line.startswith("#"):
            continue
        tag, _, rest = line.partition(" ")
        if tag == "@note":
            blocks = []
            notes.append(blocks)
        elif tag == "@cite":
            cite = rest
        elif tag in ("H1", "H2", "H3"):
            n = tag[1]
            inner = "<br>".join(esc(p) for p in rest.split("<br>"))
            blocks.append("<h%s>%s</h%s>\n" % (n, inner, n))
        elif tag == "P":
            blocks.append("<p>%s</p>\n" % inline(rest))
        elif tag in ("HL", "UL"):
            page, quote, comment = [x.strip() for x in rest.split("||")]
            cls = "highlight" if tag == "HL" else "underline"
            html = '<span class="%s">\u201c%s\u201d</span> %s' % (cls, inline(quote), citation(cite, page))
            if comment:
                html += " " + inline(comment)
            blocks.append("<p>%s</p>\n" % html)
        elif tag == "NT":
            page, comment = [x.strip() for x in rest.split("||")]
            blocks.append("<p>%s %s</p>\n" % (citation(cite, page), inline(comment)))
        elif tag == "IMG":
            page, w, h, comment = [x.strip() for x in rest.split("||")]
            data = base64.b64encode(png(108, 41)).decode("ascii")
            blocks.append('<p><img width="%s" height="%s" src="data:image/png;base64,%s"><br>%s %s</p>\n'
                          % (w, h, data, citation(cite, page), inline(comment)))
        elif tag in ("OL", "LI", "TR"):
            items = [rest]
            while i < len(lines) and lines[i].partition(" ")[0] == tag:
                items.append(lines[i].partition(" ")[2])
                i += 1
            if tag == "TR":
                out = "<table>\n<tbody>\n"
                for r, row in enumerate(items):
                    cell = "th" if r == 0 else "td"
                    out += "<tr>\n"
                    for c in row.split(" | "):
                        out += "<%s>\n<p>%s</p>\n</%s>\n" % (cell, inline(c.strip()), cell)
                    out += "</tr>\n"
                out += "</tbody>\n</table>\n"
            else:
                lt = "ol" if tag == "OL" else "ul"
                out = "<%s>\n" % lt
                for it in items:
                    out += "<li>\n%s\n</li>\n" % inline(it)
                out += "</%s>\n" % lt
            blocks.append(out)
        else:
            raise SystemExit("unknown line: %r" % line)
    body = "<hr>".join('<div class="zotero-note">%s</div>' % "".join(b) for b in notes)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
            '<div class="zotero-notes">%s</div></body></html>' % body)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    html = build(lines)
    with open(out, "wb") as f:
        f.write(html.encode("utf-8"))


if __name__ == "__main__":
    main()
