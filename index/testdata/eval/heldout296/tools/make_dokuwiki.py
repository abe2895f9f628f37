#!/usr/bin/python3
"""Make docs/revolt_1857_causes.txt from tools/revolt_1857_causes.txt.

The document is the raw DokuWiki source of the study-group wiki page
modern_history:1857:causes, as "Show pagesource" / ?do=export_raw gives it: UTF-8 text with
LF line ends. The source file here is the same markup as typed; this script does what the
wiki's table editor does when a table is saved (pads every cell of a table so that the ^ and |
separators line up, counting characters, with one space after each separator), turns tabs into
two spaces, strips trailing blanks from every line and ends the file with one newline.
Separators inside [[links]] and ((footnotes)) are not cell boundaries.

Run from anywhere: /usr/bin/python3 tools/make_dokuwiki.py  (output is byte-for-byte stable)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "revolt_1857_causes.txt")
OUT = os.path.join(HERE, "..", "docs", "revolt_1857_causes.txt")


def split_row(line):
    """[(separator, cell text)] for one table row, plus the closing separator."""
    cells, buf, sep, depth, i = [], [], line[0], 0, 1
    while i < len(line):
        two = line[i:i + 2]
        if two in ("[[", "(("):
            depth += 1
            buf.append(two)
            i += 2
            continue
        if two in ("]]", "))") and depth:
            depth -= 1
            buf.append(two)
            i += 2
            continue
        ch = line[i]
        if ch in "^|" and not depth:
            cells.append((sep, "".join(buf).strip()))
            buf, sep = [], ch
        else:
            buf.append(ch)
        i += 1
    return cells, sep


def align(rows):
    parsed = [split_row(r) for r in rows]
    ncol = max(len(c) for c, _ in parsed)
    width = [0] * ncol
    for cells, _ in parsed:
        for k, (_, text) in enumerate(cells):
            width[k] = max(width[k], len(text))
    out = []
    for cells, last in parsed:
        parts = []
        for k, (sep, text) in enumerate(cells):
            parts.append("%s %s " % (sep, text.ljust(width[k])))
        out.append("".join(parts) + last)
    return out


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().replace("\r\n", "\n").split("\n")
    out, block = [], []
    for line in lines:
        line = line.replace("\t", "  ").rstrip()
        if line[:1] in ("^", "|"):
            block.append(line)
            continue
        if block:
            out.extend(align(block))
            block = []
        out.append(line)
    if block:
        out.extend(align(block))
    text = "\n".join(out).rstrip("\n") + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
