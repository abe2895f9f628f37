#!/usr/bin/python3
"""Re-make docs/sultanate-iqta-administration.adoc from tools/sultanate-iqta-administration.txt.

Run from anywhere: /usr/bin/python3 tools/make_adoc.py [output path]
Standard library only; the output is byte-for-byte reproducible.

The source starts with "# " comment lines (dropped), then header lines: "@title" (written as the
"= " document title), "@author" and "@revision" (the author and revision lines under it) and
"@attr NAME VALUE" (written as ":NAME: VALUE" attribute entries, or ":NAME:" when there is no
value). After "@body" comes the AsciiDoc body as typed. Inside each "|===" table the rows are
typed "| a | b | c"; the cells are padded so the pipes of every row line up, the last cell left
unpadded, as an AsciiDoc editor's table formatter writes them. LF line ends, final newline.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sultanate-iqta-administration.txt")
OUT = os.path.join(HERE, "..", "docs", "sultanate-iqta-administration.adoc")


def align_table(rows):
    cells = [[c.strip() for c in r.strip()[1:].split("|")] for r in rows]
    ncol = max(len(c) for c in cells)
    widths = [max(len(c[i]) for c in cells if i < len(c)) for i in range(ncol)]
    out = []
    for c in cells:
        parts = []
        for i, cell in enumerate(c):
            parts.append("| " + (cell if i == len(c) - 1 else cell.ljust(widths[i])))
        out.append(" ".join(parts).rstrip())
    return out


def build(out_path=OUT):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    head, body = [], []
    while i < len(lines) and lines[i] != "@body":
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        key, _, rest = line.partition(" ")
        if key == "@title":
            head.append("= " + rest)
        elif key in ("@author", "@revision"):
            head.append(rest)
        elif key == "@attr":
            name, _, value = rest.partition(" ")
            head.append(":%s:%s" % (name, " " + value if value else ""))
        else:
            raise ValueError("unknown header line: %r" % line)
    body = lines[i + 1:]
    while body and not body[-1].strip():
        body.pop()
    out, table = [], None
    for line in body:
        if line == "|===":
            if table is None:
                table = []
                out.append(line)
            else:
                out.extend(align_table(table))
                out.append(line)
                table = None
        elif table is not None:
            table.append(line)
        else:
            out.append(line.rstrip())
    text = "\n".join(head) + "\n\n" + "\n".join(out) + "\n"
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
