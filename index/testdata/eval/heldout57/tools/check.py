#!/usr/bin/env python3
"""Check the heldout57 evaluation set.

Every line of the q-*.jsonl files and oos.jsonl must parse; every accept
string must be ASCII, 5-12 words, lie inside one line of its document (for
the HTML page: inside one text node of visible text), contain no Markdown
emphasis markers, and occur exactly once across the three documents.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = {
    "q-genome-india.jsonl": "genome-india.txt",
    "q-biofortification.jsonl": "biofortification.md",
    "q-genome-edited-crops.jsonl": "genome-edited-crops.html",
}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if self.skip:
            return
        t = norm(data)
        if t:
            self.nodes.append(t)


def units(name):
    """The lines (or text nodes) of a document, whitespace collapsed."""
    text = open(os.path.join(HERE, "docs", name), encoding="utf-8").read()
    if name.endswith(".html"):
        p = Visible()
        p.feed(text)
        return p.nodes
    return [norm(l) for l in text.splitlines() if l.strip()]


def main():
    problems = []
    doc_units = {d: units(d) for d in DOCS.values()}
    full = {d: " \n ".join(u).lower() for d, u in doc_units.items()}
    total = 0
    for qfile, doc in DOCS.items():
        path = os.path.join(HERE, qfile)
        n = 0
        for i, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.append(f"{qfile}:{i}: does not parse: {e}")
                continue
            n += 1
            if set(obj) != {"q", "accept", "section"}:
                problems.append(f"{qfile}:{i}: keys {sorted(obj)}")
            if not isinstance(obj.get("q"), str) or not obj["q"].strip():
                problems.append(f"{qfile}:{i}: empty q")
            sec = obj.get("section")
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
                problems.append(f"{qfile}:{i}: bad section {sec!r}")
            acc = obj.get("accept")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append(f"{qfile}:{i}: accept must be a list of one or two")
                continue
            for a in acc:
                if not a.isascii():
                    problems.append(f"{qfile}:{i}: not ASCII: {a!r}")
                w = len(a.split())
                if not 5 <= w <= 12:
                    problems.append(f"{qfile}:{i}: {w} words: {a!r}")
                if any(c in a for c in "*_`"):
                    problems.append(f"{qfile}:{i}: emphasis marker in {a!r}")
                na = norm(a)
                if not any(na in u for u in doc_units[doc]):
                    problems.append(f"{qfile}:{i}: not inside one line/element of {doc}: {a!r}")
                count = sum(full[d].count(na.lower()) for d in full)
                if count != 1:
                    problems.append(f"{qfile}:{i}: occurs {count} times across documents: {a!r}")
        if n != 25:
            problems.append(f"{qfile}: {n} questions, expected 25")
        total += n
    n = 0
    for i, line in enumerate(open(os.path.join(HERE, "oos.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            problems.append(f"oos.jsonl:{i}: does not parse: {e}")
            continue
        n += 1
        if set(obj) != {"q"} or not str(obj.get("q", "")).strip():
            problems.append(f"oos.jsonl:{i}: must hold only a non-empty q")
    if n != 12:
        problems.append(f"oos.jsonl: {n} questions, expected 12")
    for p in problems:
        print(p)
    print(f"in-scope: {total}, out-of-scope: {n}")
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
