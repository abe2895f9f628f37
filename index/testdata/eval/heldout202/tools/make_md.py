#!/usr/bin/python3
"""Make docs/black-carbon-himalaya-notion.md from tools/black-carbon-himalaya-notion.txt.

The file is one page of a Notion database ("UPSC Notes") as Notion's "Export > Markdown & CSV"
writes it: "# Title", then the page's database properties as "Name: value" lines with no blank
line between them (a select, multi-select tags, a status, an emoji rating, two relation
properties written as "Page title (relative path)" pairs pointing into other databases' folders,
dates in Notion's "Month D, YYYY h:mm AM" style, a checkbox as "No", a text property); then the
blocks, one blank line apart: callouts as <aside> blocks (a Notion-icon callout exported as an
<img> tag with the icon URL as its alt text and width="40px"; an emoji callout with the emoji
first), the callout's closing tag after a blank line; links to other pages URL-encoded (spaces
as %20, the en dash as %E2%80%93, "&" and "," kept) and ending in Notion's 32-hex page ids; a
"---" divider; "##"/"###" headings; bullets, numbered lists with the number of each item; pipe
tables with a "| --- |" separator; a display equation as a "$$" block; toggles as
<details>/<summary> blocks; date mentions as "@Month D, YYYY"; an inline database exported as a
link to its CSV inside the page's own folder; to-dos as "- [x]" / "- [ ]" with two spaces after
the box. UTF-8, LF line ends, no newline after the last line.

Run from anywhere: /usr/bin/python3 tools/make_md.py   (output is byte-for-byte stable)
"""
import hashlib
import os
import re
import unicodedata
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "black-carbon-himalaya-notion.txt")
OUT = os.path.join(HERE, "..", "docs", "black-carbon-himalaya-notion.md")

# where the other pages live, relative to this page's folder in the export
DATABASES = {
    "Lecture 12 – Cryosphere & GLOFs": "Lectures",
    "Environment PYQs 2013–2024": "PYQ Bank",
}


def nid(name):
    """Notion's 32-hex ids, made stable from the name."""
    return hashlib.md5(("heldout202/" + name).encode("utf-8")).hexdigest()


def enc(path):
    return urllib.parse.quote(path, safe="/&,()'!*")


def page_path(title):
    db = DATABASES.get(title)
    name = "%s %s.md" % (title, nid(title))
    if db:
        return "../%s %s/%s" % (db, nid("db:" + db), name)
    return name


def links(s, page_title):
    def one(m):
        t = m.group(1)
        if t.startswith("img:"):
            return enc("%s %s/%s" % (page_title, nid(page_title), t[4:]))
        if t.startswith("csv:"):
            db = t[4:]
            return "[%s](%s)" % (db, enc("%s %s/%s %s.csv" % (page_title, nid(page_title), db,
                                                               nid("db:" + db))))
        return "[%s](%s)" % (t, enc(page_path(t)))
    return re.sub(r"\[\[([^\]]+)\]\]", one, s)


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("%")]
    title = None
    props, blocks = [], []
    cur = []            # lines of the block being read
    toggle = None

    def flush():
        if cur:
            blocks.append("\n".join(cur))
            cur.clear()

    for line in lines:
        if line.startswith("@title "):
            title = line[7:]
        elif line.startswith("@prop "):
            props.append(line[6:])
        elif line.startswith("@relation "):
            name, pages = line[10:].split(": ", 1)
            props.append("%s: %s" % (name, ", ".join("%s (%s)" % (p, enc(page_path(p)))
                                                      for p in pages.split("; "))))
        elif line.startswith("@callout "):
            flush()
            icon, text = line[9:].split(" | ", 1)
            paras = [links(p.strip(), title) for p in text.split(" | ")]
            if icon.startswith("notion:"):
                url = "https://www.notion.so/icons/%s.svg" % icon[7:]
                head = '<img src="%s" alt="%s" width="40px" /> ' % (url, url)
            else:
                head = icon + " "
            blocks.append("<aside>\n" + head + "\n\n".join(paras) + "\n\n</aside>")
        elif line.startswith("@toggle "):
            flush()
            toggle = [line[8:]]
        elif line == "@endtoggle":
            summary, body = toggle[0], [links(l, title) for l in toggle[1:] if l.strip()]
            blocks.append("<details>\n<summary>%s</summary>\n\n%s\n\n</details>"
                          % (summary, "\n\n".join(body)))
            toggle = None
        elif toggle is not None:
            toggle.append(line)
        elif line == "":
            flush()
        else:
            cur.append(links(line, title))
    flush()
    # Notion writes list items and table rows of one list/table as one block
    out = "# %s\n\n%s\n\n%s" % (title, "\n".join(props), "\n\n".join(blocks))
    out = unicodedata.normalize("NFC", out)
    assert "\r" not in out and "[[" not in out
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    build()
