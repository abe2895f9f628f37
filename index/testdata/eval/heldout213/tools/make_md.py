#!/usr/bin/python3
"""Make docs/chola-navy-overseas-campaigns.md from tools/chola-navy-overseas-campaigns.txt.

The note is a Markdown file as Typora saves it, so the source is the note itself: this script
checks that it is what Typora writes (UTF-8 without a byte-order mark, NFC, LF line ends, a
final newline, no tabs, trailing spaces only as the two-space hard line break, footnote
references each with one definition, raw HTML tables balanced) and writes it out unchanged.

Run from anywhere: /usr/bin/python3 tools/make_md.py [--out PATH]
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "chola-navy-overseas-campaigns.txt")
OUT = os.path.join(HERE, "..", "docs", "chola-navy-overseas-campaigns.md")


def check(raw):
    problems = []
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("byte-order mark")
    if b"\r" in raw:
        problems.append("CR in line ends")
    text = raw.decode("utf-8")
    if unicodedata.normalize("NFC", text) != text:
        problems.append("not NFC")
    if not text.endswith("\n") or text.endswith("\n\n"):
        problems.append("must end with exactly one newline")
    if "\t" in text:
        problems.append("tab characters")
    for i, line in enumerate(text.split("\n"), 1):
        if line != line.rstrip() and not line.endswith("  ") or line.endswith("   "):
            problems.append("line %d: stray trailing spaces" % i)
    refs = set(re.findall(r"\[\^(\w+)\](?!:)", text))
    defs = re.findall(r"^\[\^(\w+)\]:", text, re.M)
    if refs != set(defs) or len(defs) != len(set(defs)):
        problems.append("footnote references and definitions do not match")
    for t in ("table", "thead", "tbody", "tr", "details", "summary"):
        if len(re.findall(r"<%s\b" % t, text)) != len(re.findall(r"</%s>" % t, text)):
            problems.append("unbalanced <%s>" % t)
    if len(re.findall(r"<t[dh][\s>]", text)) != len(re.findall(r"</t[dh]>", text)):
        problems.append("unbalanced cells")
    return problems


def main():
    out = OUT
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out = sys.argv[2]
    with open(SRC, "rb") as f:
        raw = f.read()
    problems = check(raw)
    if problems:
        sys.exit("tools/chola-navy-overseas-campaigns.txt: " + "; ".join(problems))
    with open(out, "wb") as f:
        f.write(raw)


if __name__ == "__main__":
    main()
