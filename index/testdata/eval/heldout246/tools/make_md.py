#!/usr/bin/python3
"""Re-make docs/pm-surya-ghar-muft-bijli-yojana.md from tools/pm-surya-ghar-muft-bijli-yojana.txt.

The note is kept as an Obsidian vault file whose front matter was typed by hand in the
source editor (the older style, before the Properties editor rewrote such blocks): flow
sequences in square brackets for aliases, tags and cssclasses, some values quoted and some
not, a quoted wiki link as a property value and an emoji in another; then the body exactly as
typed (LF line ends, one newline at the end of the file).

Source: "key: value" lines up to a line "=====", written out unchanged between "---" lines,
then the Markdown body verbatim.

Run from anywhere: /usr/bin/python3 tools/make_md.py [OUTPUT]
(OUTPUT defaults to docs/pm-surya-ghar-muft-bijli-yojana.md; the output is byte-for-byte stable.)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pm-surya-ghar-muft-bijli-yojana.txt")
OUT = os.path.join(HERE, "..", "docs", "pm-surya-ghar-muft-bijli-yojana.md")


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    head, body = text.split("\n=====\n", 1)
    lines = head.split("\n")
    for line in lines:
        if ": " not in line:
            raise SystemExit("bad front matter line: %r" % line)
    doc = "---\n" + "\n".join(lines) + "\n---\n" + body.rstrip("\n") + "\n"
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


if __name__ == "__main__":
    main()
