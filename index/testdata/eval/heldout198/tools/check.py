#!/usr/bin/python3
"""Checks held-out set 198.

Extracts each document's visible text with the standard library (pdftotext
for the PDF), then checks that every file parses, that every accept string
is ASCII, 5-12 words long, occurs exactly once (ignoring case, whitespace
collapsed) across the three documents and lies inside one unit (an element's
text on the HTML page, a line of `pdftotext -layout` output, a line or a table
cell of the Markdown note), that every jsonl line parses with the right keys,
and that there are 25 questions per document and 12 out-of-scope ones.
With --remake it also re-runs the make_*.py scripts and checks that the
files in docs/ come out byte for byte the same.

Run: /usr/bin/python3 tools/check.py [--remake]
"""
import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

DOCUMENTS = {
    "dipam-disinvestment-faqs": ("dipam-disinvestment-faqs.html", "html", "make_html.py"),
    "air-india-sale-explainer": ("air-india-sale-explainer.pdf", "pdf", "make_pdf.py"),
    "gs3-disinvestment-lic-nmp-notes": ("gs3-disinvestment-lic-nmp-notes.md", "md", "make_md.py"),
}

BLOCK = {"p", "li", "button", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "td", "th",
         "tr", "table", "header", "footer", "nav", "aside", "section", "article", "main", "br",
         "label", "form", "marquee", "body", "html", "head", "title", "option", "select", "dt", "dd"}
HIDDEN = {"script", "style", "title", "noscript", "template"}


def norm(s):
    return " ".join(s.split()).lower()


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.cur, self.hidden = [], [], 0

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.units.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.hidden:
            self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


def units_html(path):
    with open(path, encoding="utf-8") as f:
        data = f.read()
    assert data.startswith("<!DOCTYPE html>"), "not a saved HTML page"
    p = Visible()
    p.feed(data)
    p.close()
    assert sum(1 for u in p.units if u.startswith("Q") and "?" in u) >= 20, "FAQ accordion missing"
    return p.units


def pdftotext(path):
    with open(path, "rb") as f:
        assert f.read(5) == b"%PDF-", "not a PDF"
    return subprocess.run(["pdftotext", "-layout", path, "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def units_pdf(path):
    return [" ".join(l.split()) for l in pdftotext(path).split("\n") if l.strip()]


def column_segments(path):
    """Pieces of each -layout line that belong to one column (split on wide gaps)."""
    segs = []
    for line in pdftotext(path).split("\n"):
        segs += [norm(s) for s in re.split(r" {3,}", line) if s.strip()]
    return segs


def units_md(path):
    with open(path, encoding="utf-8") as f:
        data = f.read()
    units = []
    for line in data.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s.startswith("|"):
            units += [" ".join(c.split()) for c in s.strip("|").split("|") if c.strip()]
        else:
            units.append(" ".join(s.split()))
    return units


def main():
    errors = []
    if "--remake" in sys.argv:
        for name, (fn, kind, maker) in DOCUMENTS.items():
            path = os.path.join(DOCS, fn)
            before = hashlib.sha256(open(path, "rb").read()).hexdigest()
            for _ in range(2):
                subprocess.run(["/usr/bin/python3", os.path.join(HERE, maker)], check=True)
                after = hashlib.sha256(open(path, "rb").read()).hexdigest()
                if after != before:
                    errors.append("%s: %s does not re-make byte for byte" % (fn, maker))

    units = {}
    for name, (fn, kind, _) in DOCUMENTS.items():
        path = os.path.join(DOCS, fn)
        size = os.path.getsize(path)
        if size > 300 * 1024:
            errors.append("%s: larger than 300 KB" % fn)
        try:
            units[name] = {"html": units_html, "pdf": units_pdf, "md": units_md}[kind](path)
        except Exception as e:  # noqa: BLE001
            errors.append("%s: does not parse: %s" % (fn, e))
            units[name] = []
        words = sum(len(u.split()) for u in units[name])
        print("%-36s %6d bytes %5d words %4d units" % (fn, size, words, len(units[name])))

    full = {n: norm(" \n ".join(u)) for n, u in units.items()}
    colsegs = {n: column_segments(os.path.join(DOCS, fn))
               for n, (fn, kind, _) in DOCUMENTS.items() if kind == "pdf"}
    normunits = {n: [norm(u) for u in us] for n, us in units.items()}

    def count_all(a):
        a = norm(a)
        return sum(len(re.findall(re.escape(a), t)) for t in full.values())

    for name in DOCUMENTS:
        qfile = os.path.join(ROOT, "q-%s.jsonl" % name)
        n = 0
        with open(qfile, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                if not line.strip():
                    errors.append("%s:%d: blank line" % (qfile, ln))
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as e:
                    errors.append("%s:%d: bad JSON: %s" % (qfile, ln, e))
                    continue
                n += 1
                if set(obj) != {"q", "accept", "section"}:
                    errors.append("%s:%d: keys %s" % (qfile, ln, sorted(obj)))
                    continue
                if not isinstance(obj["q"], str) or not obj["q"].strip():
                    errors.append("%s:%d: empty q" % (qfile, ln))
                sec = obj["section"]
                if not (isinstance(sec, list) and sec and all(isinstance(s, str) and s for s in sec)):
                    errors.append("%s:%d: section must be a list of strings" % (qfile, ln))
                acc = obj["accept"]
                if not (isinstance(acc, list) and 1 <= len(acc) <= 2):
                    errors.append("%s:%d: accept must hold one or two strings" % (qfile, ln))
                    continue
                for a in acc:
                    where = "%s:%d: %r" % (os.path.basename(qfile), ln, a)
                    if not a.isascii():
                        errors.append(where + " is not ASCII")
                    nw = len(a.split())
                    if not 5 <= nw <= 12:
                        errors.append(where + " has %d words" % nw)
                    c = count_all(a)
                    if c != 1:
                        errors.append(where + " occurs %d times across the documents" % c)
                    if not any(norm(a) in u for u in normunits[name]):
                        errors.append(where + " is not inside one unit of " + DOCUMENTS[name][0])
                    elif name in colsegs and not any(norm(a) in u for u in colsegs[name]):
                        errors.append(where + " runs across two columns of the PDF")
        if n != 25:
            errors.append("%s: %d questions, want 25" % (qfile, n))

    oos = os.path.join(ROOT, "oos.jsonl")
    n = 0
    with open(oos, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                obj = json.loads(line)
            except ValueError as e:
                errors.append("oos.jsonl:%d: bad JSON: %s" % (ln, e))
                continue
            n += 1
            if set(obj) != {"q"} or not obj["q"].strip():
                errors.append("oos.jsonl:%d: want only a non-empty q" % ln)
    if n != 12:
        errors.append("oos.jsonl: %d questions, want 12" % n)

    for e in errors:
        print("FAIL", e)
    if errors:
        sys.exit(1)
    print("OK: 3 documents, 75 in-scope questions, 12 out-of-scope")


if __name__ == "__main__":
    main()
