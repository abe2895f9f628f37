#!/usr/bin/python3
"""Check the set: every jsonl line parses and has the right keys; every accept string is ASCII,
5-12 words long, lies within one line of its document's text and occurs exactly once across the
three documents (case-insensitive, whitespace collapsed).

What a "line" is depends on the document:
  .pdf   a line of what `pdftotext -layout` extracts;
  .md    a line of the Markdown source; the accept string must not contain emphasis markers,
         and it is counted in the text with `**`/`*` markers removed;
  .html  the text of one block element (p, li, td, h2, ...), read with html.parser, with the
         text of its inline children (a, strong, span, ...) included; script and style skipped.

    /usr/bin/python3 tools/check.py          # prints each problem, then "problems: N"
    /usr/bin/python3 tools/check.py --dump   # prints every document's lines, for choosing strings
"""
import glob
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "figcaption",
         "summary", "dt", "dd", "title", "blockquote", "div", "ul", "ol", "table", "tr",
         "thead", "tbody", "header", "footer", "nav", "main", "article", "aside", "section",
         "figure", "body", "html", "head"}
SKIP = {"script", "style"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(HTMLParser):
    def __init__(self):
        HTMLParser.__init__(self, convert_charrefs=True)
        self.stack = [[]]
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.stack.append([])

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        elif tag in BLOCK and len(self.stack) > 1:
            text = ws("".join(self.stack.pop()))
            if text:
                self.out.append(text)

    def handle_data(self, data):
        if not self.skip:
            self.stack[-1].append(data)

    def close(self):
        HTMLParser.close(self)
        while self.stack:
            text = ws("".join(self.stack.pop()))
            if text:
                self.out.append(text)


def lines_of(path):
    """Return (lines, text to count in) for a document."""
    if path.endswith(".pdf"):
        raw = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                             text=True, check=True).stdout
        lines = [ws(l) for l in raw.splitlines()]
        return lines, "\n".join(lines)
    text = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.close()
        return p.out, "\n".join(p.out)
    lines = [ws(l) for l in text.splitlines()]
    plain = "\n".join(l.replace("*", "") for l in lines)
    return lines, plain


def main():
    docs = {}
    for p in sorted(glob.glob(os.path.join(ROOT, "docs", "*"))):
        docs[os.path.basename(p)] = lines_of(p)
    if "--dump" in sys.argv:
        for name, (lines, _) in docs.items():
            for n, l in enumerate(lines, 1):
                if l:
                    print("%s:%d: %s" % (name, n, l))
        return
    bad = 0
    counts = {}
    for qf in sorted(glob.glob(os.path.join(ROOT, "*.jsonl"))):
        oos = os.path.basename(qf).startswith("oos")
        n = 0
        for n, line in enumerate(open(qf, encoding="utf-8"), 1):
            try:
                o = json.loads(line)
            except ValueError as e:
                bad += 1
                print("%s:%d: does not parse: %s" % (os.path.basename(qf), n, e))
                continue
            want = {"q"} if oos else {"q", "accept", "section"}
            if set(o) != want or not isinstance(o["q"], str) or not o["q"].strip():
                bad += 1
                print("%s:%d: keys %s, want %s" % (os.path.basename(qf), n, sorted(o),
                                                   sorted(want)))
                continue
            if oos:
                continue
            if (not isinstance(o["accept"], list) or not 1 <= len(o["accept"]) <= 2
                    or not isinstance(o["section"], list) or not o["section"]):
                bad += 1
                print("%s:%d: accept must be 1-2 strings, section a non-empty list"
                      % (os.path.basename(qf), n))
                continue
            for a in o["accept"]:
                a2 = ws(a)
                low = a2.lower()
                total = sum(text.lower().count(low) for _, text in docs.values())
                inline = sum(1 for lines, _ in docs.values() for l in lines if low in l.lower())
                words = len(a2.split())
                prob = []
                if not a.isascii():
                    prob.append("non-ASCII")
                if "*" in a or "`" in a:
                    prob.append("Markdown marker")
                if total != 1:
                    prob.append("occurs %d times" % total)
                if inline != 1:
                    prob.append("in %d lines" % inline)
                if not 5 <= words <= 12:
                    prob.append("%d words" % words)
                if prob:
                    bad += 1
                    print("%s:%d %r: %s" % (os.path.basename(qf), n, a, ", ".join(prob)))
        counts[os.path.basename(qf)] = n
    for name, c in sorted(counts.items()):
        print("%s: %d lines" % (name, c))
    print("problems:", bad)


if __name__ == "__main__":
    main()
