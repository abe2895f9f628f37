#!/usr/bin/python3
"""Make docs/bnss-2023-policing-typora.md from tools/bnss-2023-policing-typora.txt.

The note is Markdown as Typora writes it (UTF-8, no BOM, LF line ends, one final line break):
a [TOC] line first, an ATX title, a two-line quote whose first line ends in a two-space hard
break, ==highlights==, **bold** and *italic*, a resized pasted image kept as Typora's <img ...
style="zoom:50%;" /> tag, "##" sections numbered by hand with "###" subsections under section 4,
"-" bullets with nested bullets indented by four spaces, a numbered list, task-list items, a
fenced mermaid block and a footnote. Its three tables are raw HTML blocks (as pasted from a web
page and kept by Typora in source mode): <table>, <thead>, <tbody>, one tag a line, with <br> for
line breaks inside cells and "&" written as &amp;.

The source marks a table as "@table", "@th a|b", "@tr a|b" (" // " for a line break in a
cell) and "@end"; everything else is copied as it is.

Run from anywhere: /usr/bin/python3 tools/make_md.py (re-makes the file byte for byte).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bnss-2023-policing-typora"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".md")


def cell(text):
    text = text.replace("&", "&amp;")
    return "<br>".join(part.strip() for part in text.split(" // "))


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    in_table = False
    head_done = False
    for line in lines:
        if line == "@table":
            in_table, head_done = True, False
            out.append("<table>")
            continue
        if in_table:
            if line.startswith("@th "):
                out.append("<thead>")
                out.append("<tr>")
                for c in line[4:].split("|"):
                    out.append("<th>%s</th>" % cell(c))
                out.append("</tr>")
                out.append("</thead>")
                out.append("<tbody>")
            elif line.startswith("@tr "):
                out.append("<tr>")
                for c in line[4:].split("|"):
                    out.append("<td>%s</td>" % cell(c))
                out.append("</tr>")
            elif line == "@end":
                out.append("</tbody>")
                out.append("</table>")
                in_table = False
            continue
        out.append(line)
    text = "\n".join(out).rstrip("\n") + "\n"
    # Typora keeps the two-space hard break at the end of the first quote line.
    text = text.replace("(Lec 19, Police reforms)\n", "(Lec 19, Police reforms)  \n", 1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
