#!/usr/bin/python3
"""Make docs/Exported Items.ris from tools/Exported Items.txt.

The output is what Zotero 7's RIS export writes for a selection of items with "Export Notes"
ticked: one record per item, tags in the translator's export order ("TY  - " first, then TI, AU,
T2, AB, CY, DA, PY, DO, DP, VL, IS, SP, J2, LA, PB, SN, ST, UR, Y2, L2, N1, KW), every line ending
in CRLF, "ER  - " and an empty line after each record. A child note is one N1 value holding the
note-editor's HTML: a <div data-schema-version="9"> wrapper, one block per line (h1/h2, p, ul
with each <li> and its text on lines of their own, a table with <th>/<td> cells), <strong>,
<em>, highlight spans with an 8-digit hex colour, and the note's own newlines turned into CRLF.

Run from anywhere: /usr/bin/python3 tools/make_ris.py  (byte for byte the same every time).
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "Exported Items.txt")
OUT = os.path.join(HERE, "..", "docs", "Exported Items.ris")
CRLF = "\r\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", s)
    s = re.sub(r"==(.+?)==", r'<span style="background-color: #ffd40080">\1</span>', s)
    s = re.sub(r"\[([^\]]+)\]\((https?://[^)]+)\)",
               r'<a href="\2" rel="noopener noreferrer nofollow">\1</a>', s)
    return s


def note_html(lines):
    blocks, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("# "):
            blocks.append("<h1>%s</h1>" % inline(line[2:]))
        elif line.startswith("## "):
            blocks.append("<h2>%s</h2>" % inline(line[3:]))
        elif line.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append("<li>\n%s\n</li>" % inline(lines[i][2:]))
                i += 1
            blocks.append("<ul>\n%s\n</ul>" % "\n".join(items))
            continue
        elif line.startswith("|"):
            rows = []
            first = True
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                tag = "th" if first else "td"
                rows.append("<tr>\n%s\n</tr>" % "\n".join(
                    "<%s>\n%s\n</%s>" % (tag, inline(c), tag) for c in cells))
                first = False
                i += 1
            blocks.append("<table>\n<tbody>\n%s\n</tbody>\n</table>" % "\n".join(rows))
            continue
        elif line.strip():
            blocks.append("<p>%s</p>" % inline(line))
        i += 1
    html = '<div data-schema-version="9">' + "\n".join(blocks) + "\n</div>"
    return html.replace("\n", CRLF)


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%%")]
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line == "N1  - <<":
            j = lines.index(">>", i)
            out.append("N1  - " + note_html(lines[i + 1:j]) + CRLF)
            i = j + 1
            continue
        if line.startswith("ER  -"):
            out.append("ER  - " + CRLF + CRLF)
        elif line.strip():
            out.append(line.rstrip() + CRLF)
        i += 1
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
