#!/usr/bin/python3
"""Make docs/lion-of-the-five-rivers.md from tools/lion-of-the-five-rivers.txt.

The file imitates what Readwise's "Export to Markdown" writes for one book read in Readwise
Reader (an EPUB the student uploaded): the default template with "# Title", the cover image,
"## Metadata" (Author as a [[link]], Full Title, Category as a #tag, Document Tags as [[links]]
each followed by a space, Summary), then "## Highlights" and a later batch under
"## New highlights added <date> at <time>". Each highlight is a "- " bullet ending in a
"([View Highlight](https://read.readwise.io/read/<id>))" link; its tags and note are child
bullets indented four spaces ("- Tags: [[a]] [[b]] " with Readwise's trailing space, then
"- Note: ..."). Highlights tagged .h3 come out as "### " headings with no link; an image
highlight is a bare "![](...)" bullet with its link; a highlight that spans two paragraphs has
its second paragraph on a line of its own with no bullet. Reader ids are 26-character ULIDs;
here they are made from a hash of the highlight text so the file is reproducible.

Run from anywhere: /usr/bin/python3 tools/make_readwise.py [output-path]
"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "lion-of-the-five-rivers.txt")
OUT = os.path.join(HERE, "..", "docs", "lion-of-the-five-rivers.md")
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


BATCH_MS = [1748000000000, 1764523560000]   # 23 May 2025; 30 Nov 2025, 11:06 PM IST


def ulid(text, n, batch):
    """A ULID-looking id: a 10-character time part (the batch's time, rising with n so a
    book's ids sort in reading order) and 16 random-looking characters."""
    t = BATCH_MS[batch] + n * 91573
    head = ""
    for _ in range(10):
        head = CROCKFORD[t % 32] + head
        t //= 32
    h = int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)
    tail = ""
    for _ in range(16):
        tail += CROCKFORD[h % 32]
        h //= 32
    return (head + tail).lower()


def link(text, n, batch):
    return "([View Highlight](https://read.readwise.io/read/%s))" % ulid(text, n, batch)


def build():
    front, out, n = {}, [], 0
    last = None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    body = []
    for raw in lines:
        if raw.startswith("%") or not raw.strip():
            continue
        if raw.startswith("@") and not raw.startswith("@batch") and not raw.startswith("@img"):
            k, _, v = raw[1:].partition(" ")
            front[k] = v
            continue
        body.append(raw)
    out.append("# %s" % front["title"])
    out.append("")
    out.append("![rw-book-cover](%s)" % front["cover"])
    out.append("")
    out.append("## Metadata")
    out.append("- Author: [[%s]]" % front["author"])
    out.append("- Full Title: %s" % front["full"])
    out.append("- Category: #%s" % front["category"])
    out.append("- Document Tags: %s" % "".join("[[%s]] " % t for t in front["doctags"].split()))
    out.append("- Summary: %s" % front["summary"])
    pending = None   # (tags, note) of the current highlight, written when it ends

    def close():
        nonlocal pending
        if pending is None:
            return
        tags, note = pending
        if tags:
            out.append("    - Tags: %s" % "".join("[[%s]] " % t for t in tags))
        if note:
            out.append("    - Note: %s" % note)
        pending = None

    batch = -1
    for raw in body:
        if raw.startswith("@batch "):
            close()
            out.append("")
            batch += 1
            out.append("## %s" % raw[7:])
        elif raw.startswith("### "):
            close()
            out.append(raw)
        elif raw.startswith("@img "):
            close()
            n += 1
            url = raw[5:]
            out.append("- ![](%s) %s" % (url, link(url, n, batch)))
            pending = ([], "")
        elif raw.startswith("- "):
            close()
            n += 1
            last = raw[2:]
            out.append("- %s %s" % (last, link(last, n, batch)))
            pending = ([], "")
        elif raw.startswith("+ "):
            # the second paragraph of the highlight above: Readwise keeps the newline, so the
            # paragraph sits on its own line and the link moves to its end
            prev = out.pop()
            text, _, lk = prev.rpartition(" ([View Highlight]")
            out.append(text)
            out.append("%s ([View Highlight]%s" % (raw[2:], lk))
        elif raw.startswith("  tags: "):
            pending = (raw[8:].split(), pending[1])
        elif raw.startswith("  note: "):
            pending = (pending[0], raw[8:])
        else:
            raise ValueError("bad line: %r" % raw)
    close()
    return "\n".join(out) + "\n"


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build().encode("utf-8")
    with open(dest, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
