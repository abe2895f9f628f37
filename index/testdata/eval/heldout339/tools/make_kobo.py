#!/usr/bin/python3
"""Re-make docs/unfinished-cities-kobo-highlights.md from tools/unfinished-cities-kobo-highlights.txt.

The output is what a community Kobo exporter writes from KoboReader.sqlite as Markdown: no front
matter, a "# Book title" line, a metadata block of bold labels with Markdown hard line breaks (two
trailing spaces), then one "## Chapter" heading per chapter of the book's table of contents, each
highlight a "> " blockquote followed by a "— Location N, D Mon YYYY" attribution line and, where the
reader typed one, a "**Note:** ..." line; horizontal rules ("---") between highlights; a bookmark
with no text comes out as an empty blockquote; the closing footer names the tool and the counts.
The text keeps the e-book's own characters: curly quotes, em dashes wrapped in soft hyphens,
no-break spaces and non-breaking hyphens (U+2011) where the publisher's EPUB had them.
Usage: make_kobo.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "unfinished-cities-kobo-highlights.txt")
OUT = os.path.join(HERE, "..", "docs", "unfinished-cities-kobo-highlights.md")
MARKS = {"{nbsp}": "\u00a0", "{shy}": "\u00ad", "{nbh}": "\u2011"}


def unmark(s):
    for k, v in MARKS.items():
        s = s.replace(k, v)
    return s


def build():
    meta, chapters = {}, []
    cur = None
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("@") and not line.startswith("@ "):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.startswith("== "):
            chapters.append((line[3:], []))
        elif line.startswith(">"):
            cur = {"text": unmark(line[1:].strip()), "loc": None, "notes": []}
            chapters[-1][1].append(cur)
        elif line.startswith("@ "):
            cur["loc"] = line[2:]
        elif line.startswith("Note: "):
            cur["notes"].append(unmark(line[6:]))
    n_hl = sum(1 for _, hs in chapters for h in hs if h["text"])
    n_bm = sum(1 for _, hs in chapters for h in hs if not h["text"])
    n_notes = sum(len(h["notes"]) for _, hs in chapters for h in hs)
    out = ["# " + meta["title"], ""]
    out.append("**Author:** %s  " % meta["author"])
    out.append("**Publisher:** %s  " % meta["publisher"])
    out.append("**Device:** %s  " % meta["device"])
    out.append("**Last read:** %s  " % meta["last_read"])
    out.append("**Highlights:** %d · **Notes:** %d · **Bookmarks:** %d" % (n_hl, n_notes, n_bm))
    out.append("")
    out.append("---")
    out.append("")
    for ci, (name, hs) in enumerate(chapters):
        out.append("## " + name)
        out.append("")
        for hi, h in enumerate(hs):
            out.append("> " + h["text"] if h["text"] else ">")
            out.append("")
            out.append("\u2014 Location " + h["loc"])
            out.append("")
            for n in h["notes"]:
                out.append("**Note:** " + n)
                out.append("")
            out.append("---")
            out.append("")
    out.append("*Exported with kobo-highlights-md v1.4.2 from KoboReader.sqlite on %s \u00b7 "
               "%d highlights \u00b7 %d notes*" % (meta["exported"], n_hl, n_notes))
    out.append("")
    return "\n".join(out).encode("utf-8")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "wb") as f:
        f.write(build())


if __name__ == "__main__":
    main()
