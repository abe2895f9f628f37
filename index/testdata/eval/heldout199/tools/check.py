#!/usr/bin/python3
"""Checks heldout199: documents parse, questions are well formed, accept strings
are ASCII, 5-12 words, inside one unit of text and unique across the three
documents (ignoring case, whitespace collapsed); counts are 25 per document and
12 out of scope.

Units of text: for the saved web page, the visible text of each block element
(paragraph, heading, list item, caption, table cell...) outside head, script,
style, svg and noscript; for the phone note, each line; for the PDF, each line
of `pdftotext -layout`. Run with /usr/bin/python3 (standard library + pdftotext).
Pass --dump to print every unit.
"""
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

DOCNAMES = {
    "permafrost-thaw-feature": "permafrost-thaw-feature.html",
    "arctic-geopolitics-nsr-notes": "arctic-geopolitics-nsr-notes.txt",
    "india-arctic-factsheet-moes": "india-arctic-factsheet-moes.pdf",
}

BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "figure",
         "blockquote", "td", "th", "tr", "table", "section", "aside", "header", "footer", "nav",
         "article", "main", "form", "button", "br", "hr", "body", "html", "dl", "dt", "dd"}
SKIP = {"head", "script", "style", "svg", "noscript", "template"}
VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "use"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.cur, self.skip = [], [], 0
        self.stack = []

    def flush(self):
        t = norm("".join(self.cur))
        if t:
            self.units.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag in self.stack:
            while self.stack:
                t = self.stack.pop()
                if t in SKIP:
                    self.skip -= 1
                if t == tag:
                    break
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


def html_units(path):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    p = Visible()
    p.feed(src)
    p.close()
    assert p.skip == 0, "unbalanced skip tags in %s" % path
    assert src.startswith("<!DOCTYPE html>") and "</html>" in src
    return p.units


def txt_units(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    assert "\r" not in text
    return [norm(l) for l in text.split("\n") if norm(l)]


def pdf_units(path):
    with open(path, "rb") as f:
        head = f.read(8)
    assert head.startswith(b"%PDF-"), "not a PDF"
    out = subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    pages = out.count("\f")
    assert pages == 2, "PDF should have 2 pages, has %d" % pages
    return [norm(l) for l in out.split("\n") if norm(l)]


def load_units():
    units = {}
    for name, fn in DOCNAMES.items():
        path = os.path.join(DOCS, fn)
        size = os.path.getsize(path)
        assert size <= 300 * 1024, "%s too big" % fn
        if fn.endswith(".html"):
            units[name] = html_units(path)
        elif fn.endswith(".txt"):
            units[name] = txt_units(path)
        else:
            units[name] = pdf_units(path)
    return units


def main():
    units = load_units()
    if "--dump" in sys.argv:
        for name, us in units.items():
            print("=====", name, len(" ".join(us).split()), "words")
            for u in us:
                print(u)
        return
    low_units = {n: [u.lower() for u in us] for n, us in units.items()}
    joined = {n: " ".join(us) for n, us in low_units.items()}
    errors = []
    for name in DOCNAMES:
        words = len(" ".join(units[name]).split())
        print("%-32s %5d words of visible text" % (name, words))
        qpath = os.path.join(ROOT, "q-%s.jsonl" % name)
        n = 0
        with open(qpath, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if not line.strip():
                    errors.append("%s:%d blank line" % (qpath, i))
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as e:
                    errors.append("%s:%d bad json: %s" % (qpath, i, e))
                    continue
                n += 1
                if set(obj) != {"q", "accept", "section"}:
                    errors.append("%s:%d keys %s" % (qpath, i, sorted(obj)))
                    continue
                if not isinstance(obj["q"], str) or not obj["q"].strip():
                    errors.append("%s:%d empty q" % (qpath, i))
                acc, sec = obj["accept"], obj["section"]
                if not (isinstance(acc, list) and 1 <= len(acc) <= 2 and all(isinstance(a, str) for a in acc)):
                    errors.append("%s:%d accept must be a list of one or two strings" % (qpath, i))
                    continue
                if not (isinstance(sec, list) and sec and all(isinstance(s, str) and s.strip() for s in sec)):
                    errors.append("%s:%d section must be a non-empty list of strings" % (qpath, i))
                for a in acc:
                    if not a.isascii():
                        errors.append("%s:%d accept not ASCII: %r" % (qpath, i, a))
                    nw = len(a.split())
                    if not 5 <= nw <= 12:
                        errors.append("%s:%d accept has %d words: %r" % (qpath, i, nw, a))
                    key = norm(a).lower()
                    in_own = sum(u.count(key) for u in low_units[name])
                    total_units = sum(u.count(key) for us in low_units.values() for u in us)
                    total_joined = sum(j.count(key) for j in joined.values())
                    if in_own != 1:
                        errors.append("%s:%d accept found %d times inside one unit of its document: %r" % (qpath, i, in_own, a))
                    if total_units != 1 or total_joined != 1:
                        errors.append("%s:%d accept occurs %d/%d times across the three documents: %r" % (qpath, i, total_units, total_joined, a))
        if n != 25:
            errors.append("%s has %d questions, want 25" % (qpath, n))
    opath = os.path.join(ROOT, "oos.jsonl")
    n = 0
    with open(opath, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                obj = json.loads(line)
            except ValueError as e:
                errors.append("%s:%d bad json: %s" % (opath, i, e))
                continue
            n += 1
            if set(obj) != {"q"} or not obj["q"].strip():
                errors.append("%s:%d out-of-scope lines hold only q" % (opath, i))
    if n != 12:
        errors.append("oos.jsonl has %d questions, want 12" % n)
    for e in errors:
        print("FAIL", e)
    if errors:
        sys.exit(1)
    print("OK: 3 documents, 75 in-scope and 12 out-of-scope questions")


if __name__ == "__main__":
    main()
