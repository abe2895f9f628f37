#!/usr/bin/python3
"""Make docs/market-instruments-zotero-note.md from tools/market-instruments-zotero-note.txt.

The file is what Zotero 7 writes for File > Export Note... with the "Markdown" format and
"Include Zotero links" ticked, i.e. the "Note Markdown" translator: the note's HTML is run
through Turndown (atx headings, "-" bullets followed by three spaces, "1.  " for numbered items
with two spaces, "**" for bold, "*" for italics, a single "~" for struck text, "  " before a
line break) after the translator has turned each citation into a "zotero://select" link and
put a "(pdf)" link to the annotation ("zotero://open-pdf/...?page=n&annotation=KEY") after the
citation of every highlight, and has replaced image annotations by an "[image]" placeholder.
Turndown escapes Markdown characters in text: "[" and "]" become "\\[" and "\\]", "_" and "*"
are escaped, and a text that starts with "1. " becomes "1\\. ". Blocks are separated by one blank
line, list items by a newline; the file has no final newline and no BOM.

The note itself is the one "Add Note from Annotations" makes for several PDFs: an h1 (renamed by
the student, with the <br> and the date Zotero puts in it), an h2 per parent item, and one
paragraph per annotation in Zotero's default templates (highlight: quoted text, citation,
comment; note: citation, comment; image: image, line break, citation, comment), followed by
what the student typed under each and the student's own sections at the end.

Run from anywhere: /usr/bin/python3 tools/make_zotero.py [output path]
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "market-instruments-zotero-note.txt")
OUT = os.path.join(HERE, "..", "docs", "market-instruments-zotero-note.md")

ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"


def zkey(seed):
    h = hashlib.sha256(seed.encode("utf-8")).digest()
    return "".join(ALPHABET[b % len(ALPHABET)] for b in h[:8])


ESCAPES = [
    (re.compile(r"\\"), r"\\\\"),
    (re.compile(r"\*"), r"\\*"),
    (re.compile(r"^-"), r"\\-"),
    (re.compile(r"^\+ "), r"\\+ "),
    (re.compile(r"^(=+)"), r"\\\1"),
    (re.compile(r"^(#{1,6}) "), r"\\\1 "),
    (re.compile(r"`"), r"\\`"),
    (re.compile(r"^~~~"), r"\\~~~"),
    (re.compile(r"\["), r"\\["),
    (re.compile(r"\]"), r"\\]"),
    (re.compile(r"^>"), r"\\>"),
    (re.compile(r"_"), r"\\_"),
    (re.compile(r"^(\d+)\. "), r"\1\\. "),
]


def esc(text):
    """Turndown's escape of one text node."""
    for rx, rep in ESCAPES:
        text = rx.sub(rep, text)
    return text


def inline(s):
    """Light inline markup of the source to Turndown's Markdown, text nodes escaped one by one."""
    out, pos = [], 0
    rx = re.compile(r"\*\*(.+?)\*\*|~~(.+?)~~|\[\[(.+?)\|(.+?)\]\]|(?<![\w*])\*(?!\*)(.+?)\*(?!\w)")
    for m in rx.finditer(s):
        if m.start() > pos:
            out.append(esc(s[pos:m.start()]))
        if m.group(1) is not None:
            out.append("**%s**" % esc(m.group(1)))
        elif m.group(2) is not None:
            out.append("~%s~" % esc(m.group(2)))
        elif m.group(3) is not None:
            out.append("[%s](%s)" % (esc(m.group(3)), m.group(4)))
        else:
            out.append("*%s*" % esc(m.group(5)))
        pos = m.end()
    if pos < len(s):
        out.append(esc(s[pos:]))
    return "".join(out)


def fields(s, n):
    parts = [p.strip() for p in s.split("|", n - 1)]
    while len(parts) < n:
        parts.append("")
    return parts


def build(out):
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip() and not l.startswith("%")]
    blocks = []          # list of (kind, text); kind "list" blocks are merged
    item = None

    def cite(label):
        return "([%s](zotero://select/library/items/%s))" % (esc("%s, p. %s" % (item["cite"], label)), item["key"])

    def pdf(index, ann):
        return "([pdf](zotero://open-pdf/library/items/%s?page=%s&annotation=%s))" % (item["att"], index, ann)

    for line in lines:
        if line.startswith("@title "):
            title, date = fields(line[7:], 2)
            blocks.append(("block", "# %s  \n%s" % (esc(title), esc("(%s)" % date))))
        elif line.startswith("@item "):
            title, citation = fields(line[6:], 2)
            item = {"title": title, "cite": citation, "key": zkey("item:" + title),
                    "att": zkey("attachment:" + title), "n": 0}
            blocks.append(("block", "## %s" % esc(title)))
        elif line.startswith("@hl "):
            label, index, quote, comment = fields(line[4:], 4)
            item["n"] += 1
            ann = zkey("annotation:%s:%d" % (item["title"], item["n"]))
            text = "%s %s %s" % (esc("\u201c%s\u201d" % quote), cite(label), pdf(index, ann))
            if comment:
                text += " " + inline(comment)
            blocks.append(("block", text))
        elif line.startswith("@note "):
            label, index, comment = fields(line[6:], 3)
            item["n"] += 1
            blocks.append(("block", "%s %s" % (cite(label), inline(comment))))
        elif line.startswith("@img "):
            label, index, comment = fields(line[5:], 3)
            item["n"] += 1
            ann = zkey("annotation:%s:%d" % (item["title"], item["n"]))
            text = "%s %s  \n%s" % (esc("[image]"), pdf(index, ann), cite(label))
            if comment:
                text += " " + inline(comment)
            blocks.append(("block", text))
        elif line.startswith("## "):
            blocks.append(("block", "## %s" % esc(line[3:])))
        elif line.startswith("-- "):
            kind, text = blocks[-1]
            blocks[-1] = (kind, text + "\n    -   " + inline(line[3:]))
        elif line.startswith("- "):
            entry = "-   " + inline(line[2:])
            if blocks and blocks[-1][0] == "ul":
                blocks[-1] = ("ul", blocks[-1][1] + "\n" + entry)
            else:
                blocks.append(("ul", entry))
        elif re.match(r"\d+\. ", line) and blocks and blocks[-1][0] in ("ol", "block") and \
                not re.match(r"1\. \S+ 2\. ", line):
            num, text = line.split(". ", 1)
            entry = "%s.  %s" % (num, inline(text))
            if blocks[-1][0] == "ol":
                blocks[-1] = ("ol", blocks[-1][1] + "\n" + entry)
            else:
                blocks.append(("ol", entry))
        else:
            blocks.append(("block", inline(line)))
    md = "\n\n".join(text for _, text in blocks)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
