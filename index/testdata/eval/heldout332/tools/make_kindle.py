#!/usr/bin/python3
"""Make docs/every-rupee-counts-kindle-highlights.txt from tools/every-rupee-counts-kindle-highlights.txt.

The document is what a student gets by opening the Notebook pane of the Kindle for PC app,
selecting everything in it, copying and pasting into Notepad: the pane's header lines (the word
"Notebook", the book's title, the author, the highlight and note counts and Kindle's notice that
some highlights were hidden or truncated because of the publisher's export limit), then the
highlights and notes in book order under the chapter names the pane groups them by. Each
highlight's text is followed by its heading line as the pane shows it ("Highlight (yellow) |
Location 1,234"), each note's text by "Note | Location 1,234"; a blank line separates entries. A
passage the student copied separately from the reading pane carries the citation Kindle appends
to copied text ("Mathur, Rohan. <title> (Kindle Locations 1261-1262). <publisher>. Kindle
Edition."). Lines the student typed afterwards stay as typed. Notepad saves it as UTF-8 without
a byte-order mark with CR LF line ends; the book's curly quotes, dashes, the rupee sign and the
ellipsis of a truncated highlight are kept.

Run: /usr/bin/python3 tools/make_kindle.py [output path]   (default: the file in docs/)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "every-rupee-counts-kindle-highlights.txt")
OUT = os.path.join(HERE, "..", "docs", "every-rupee-counts-kindle-highlights.txt")
AUTHOR_CITE = "Mathur, Rohan"
PUBLISHER = "Ashoka Lane Press"


def build():
    header, body, title = [], [], None
    with open(SRC, encoding="utf-8") as f:
        src = f.read().split("\n")
    for line in src:
        if not line.strip() or line.startswith("# "):
            continue
        if line.startswith("= "):
            header.append(line[2:])
            if title is None and len(header) == 2:
                title = line[2:]
            continue
        if line.startswith("> "):
            body.append(("mine", line[2:]))
            continue
        if line.startswith("## "):
            body.append(("chapter", line[3:]))
            continue
        kind, rest = line.split(" ", 1)
        meta, text = rest.split(" | ", 1)
        if kind == "H":
            colour, loc = meta.split(" ", 1)
            body.append(("entry", text, "Highlight (%s) | Location %s" % (colour, loc)))
        elif kind == "N":
            body.append(("entry", text, "Note | Location %s" % meta))
        elif kind == "C":
            cite = "%s. %s (Kindle Locations %s). %s. Kindle Edition." % (
                AUTHOR_CITE, title, meta.replace(",", ""), PUBLISHER)
            body.append(("copied", text, cite))
        else:
            raise SystemExit("bad source line: %r" % line)
    out = list(header)
    prev = "header"
    for item in body:
        if item[0] == "mine":
            if prev != "mine":
                out.append("")
            out.append(item[1])
        elif item[0] == "chapter":
            out.append("")
            out.append(item[1])
        elif item[0] == "entry":
            out.append("")
            out.append(item[1])
            out.append(item[2])
        elif item[0] == "copied":
            out.append("")
            out.append(item[1])
            out.append("")
            out.append(item[2])
        prev = item[0]
    return "\r\n".join(out) + "\r\n"


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(dest, "wb") as f:
        f.write(build().encode("utf-8"))


if __name__ == "__main__":
    main()
