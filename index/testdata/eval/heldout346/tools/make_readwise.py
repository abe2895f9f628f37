#!/usr/bin/python3
"""Re-make docs/sufi-silsilas-readwise-highlights.md from tools/sufi-silsilas-readwise-highlights.txt.

The output is a Readwise export in the shape of its default Markdown template for a Reader
article: "# title", the cover image, "## Metadata" (Author, Full Title, Category, Document Tags,
URL, Summary), "## Highlights" and one "## New highlights added <date> at <time>" block per later
sync, each highlight a list item ending in a "View Highlight" link to read.readwise.io whose id is a
ULID built from the highlight's time, multi-paragraph highlights continued on lines indented by
two spaces, and tags and notes as indented sub-items ("Tags: [[x]] " with its trailing space).
Everything is deterministic: the ULIDs' random part is taken from a hash of the text.
Usage: make_readwise.py [output path]
"""
import datetime
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sufi-silsilas-readwise-highlights.txt")
OUT = os.path.join(HERE, "..", "docs", "sufi-silsilas-readwise-highlights.md")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
B32 = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford base32, as Reader writes it (lower case)


def ulid(when, seed):
    ms = int(when.timestamp() * 1000)
    rnd = int.from_bytes(hashlib.sha256(seed.encode("utf-8")).digest()[:10], "big")
    n = (ms << 80) | rnd
    out = []
    for _ in range(26):
        out.append(B32[n & 31])
        n >>= 5
    return "".join(reversed(out))


def parse(text):
    meta, batches, cur, hl = {}, [], None, None
    for raw in text.split("\n"):
        line = raw.rstrip("\n")
        if line.startswith("#") and " " in line and cur is None:
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        elif line.startswith("@batch "):
            cur = {"when": line.split(" ", 1)[1], "items": []}
            batches.append(cur)
        elif line.startswith("> "):
            hl = {"lines": [line[2:]], "tags": [], "note": None, "at": None}
            cur["items"].append(hl)
        elif line.startswith("|"):
            hl["lines"].append(line[1:].strip())
        elif line.startswith("+tags "):
            hl["tags"] = line.split(" ", 1)[1].split()
        elif line.startswith("+note "):
            hl["note"] = line.split(" ", 1)[1]
        elif line.startswith("+at "):
            hl["at"] = datetime.datetime.fromisoformat(line.split(" ", 1)[1]).replace(tzinfo=IST)
    return meta, batches


def render(meta, batches):
    out = ["# %s" % meta["title"], "", "![rw-book-cover](%s)" % meta["cover"], "", "## Metadata",
           "- Author: [[%s]]" % meta["author"], "- Full Title: %s" % meta["title"],
           "- Category: #%s" % meta["category"],
           "- Document Tags: " + "".join("[[%s]] " % t for t in meta["doctags"].split()),
           "- URL: %s" % meta["url"], "- Summary: %s" % meta["summary"], ""]
    for b in batches:
        if b["when"] == "first":
            out.append("## Highlights")
        else:
            w = datetime.datetime.fromisoformat(b["when"])
            hour = w.hour % 12 or 12
            out.append("## New highlights added %s %d, %d at %d:%02d %s"
                       % (w.strftime("%B"), w.day, w.year, hour, w.minute, "AM" if w.hour < 12 else "PM"))
        for h in b["items"]:
            link = " ([View Highlight](https://read.readwise.io/read/%s))" % ulid(h["at"], "\n".join(h["lines"]))
            lines = h["lines"]
            if len(lines) == 1:
                out.append("- " + lines[0] + link)
            else:
                out.append("- " + lines[0] + " ")
                for extra in lines[1:-1]:
                    out.append("  " + extra + " ")
                out.append("  " + lines[-1] + link)
            if h["tags"]:
                out.append("    - Tags: " + "".join("[[%s]] " % t for t in h["tags"]))
            if h["note"]:
                out.append("    - Note: " + h["note"])
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, batches = parse(open(SRC, encoding="utf-8").read())
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(render(meta, batches))


if __name__ == "__main__":
    main()
