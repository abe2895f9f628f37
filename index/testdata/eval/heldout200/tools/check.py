#!/usr/bin/python3
"""Check the heldout200 set: the documents parse, the makers re-make them byte for byte, every
question line parses with the right keys, the counts are right, and every accept string is ASCII,
5-12 words, lies inside one line/unit of its own document's visible text and occurs exactly once
(ignoring case, whitespace collapsed) across the three documents' text.

Visible text: the .md's lines without the ** / || markers; the AMP page's text per block element
(html.parser, skipping head, script, style, noscript, template); the PDF's lines from
`pdftotext -layout`, whitespace collapsed.

Run: /usr/bin/python3 tools/check.py
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
DOCS = {
    "nam-origins-telegram-notes": ("nam-origins-telegram-notes.md", "make_md.py"),
    "explained-non-alignment-multi-alignment-amp": ("explained-non-alignment-multi-alignment-amp.html",
                                                    "make_amp.py"),
    "nam-summits-india-role-gdoc": ("nam-summits-india-role-gdoc.pdf", "make_pdf.py"),
}
INTRO = {"Introduction", "Definition", "What is", "Overview"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return " ".join(s.split()).lower()


def md_units(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    units = []
    for line in text.split("\n"):
        line = line.replace("**", "").replace("||", "")
        if line.strip():
            units.append(" ".join(line.split()))
    return units


BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
         "section", "article", "header", "footer", "nav", "td", "th", "tr", "table", "br", "button",
         "amp-sidebar", "amp-accordion", "amp-ad", "blockquote"}
SKIP = {"head", "script", "style", "noscript", "template", "title"}


class Units(HTMLParser):
    def __init__(self):
        HTMLParser.__init__(self, convert_charrefs=True)
        self.units, self.cur, self.skip = [], [], 0

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.units.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def html_units(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not re.search(r"<html amp[ =>]", text):
        err("html: no <html amp>")
    for needed in ("amp-img", "amp-ad", "amp-sidebar", "amp-accordion", "amp-social-share",
                   "application/ld+json"):
        if needed not in text:
            err("html: missing " + needed)
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
        json.loads(m.group(1))
    p = Units()
    p.feed(text)
    p.close()
    p.flush()
    return p.units


def pdf_units(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True,
                         text=True).stdout
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    if "Pages:" not in info:
        err("pdf: pdfinfo has no page count")
    return [" ".join(l.split()) for l in out.split("\n") if l.strip()]


def units_of(name):
    fn = DOCS[name][0]
    path = os.path.join(ROOT, "docs", fn)
    if os.path.getsize(path) > 300 * 1024:
        err(fn + ": larger than 300 KB")
    if fn.endswith(".md"):
        return md_units(path)
    if fn.endswith(".html"):
        return html_units(path)
    return pdf_units(path)


def remake():
    for name, (fn, maker) in DOCS.items():
        path = os.path.join(ROOT, "docs", fn)
        with open(path, "rb") as f:
            before = hashlib.sha256(f.read()).hexdigest()
        subprocess.run(["/usr/bin/python3", os.path.join(HERE, maker)], check=True)
        with open(path, "rb") as f:
            after = hashlib.sha256(f.read()).hexdigest()
        if before != after:
            err(maker + ": output differs from the committed " + fn)


def main():
    remake()
    units = {n: units_of(n) for n in DOCS}
    full = {n: norm(" ".join(u)) for n, u in units.items()}
    nunits = {n: [norm(x) for x in u] for n, u in units.items()}
    for n, u in units.items():
        print("%-48s %5d words of visible text" % (DOCS[n][0], len(" ".join(u).split())))
    for n in DOCS:
        qpath = os.path.join(ROOT, "q-%s.jsonl" % n)
        with open(qpath, encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        if len(lines) != 25:
            err("%s: %d questions, want 25" % (qpath, len(lines)))
        for i, line in enumerate(lines, 1):
            where = "q-%s.jsonl:%d" % (n, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s: bad JSON (%s)" % (where, e))
                continue
            if set(obj) != {"q", "accept", "section"}:
                err("%s: keys %s" % (where, sorted(obj)))
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                err(where + ": empty q")
            acc, sec = obj["accept"], obj["section"]
            if not (isinstance(acc, list) and 1 <= len(acc) <= 2 and all(isinstance(a, str) for a in acc)):
                err(where + ": accept must be a list of 1-2 strings")
                continue
            if not (isinstance(sec, list) and sec and all(isinstance(s, str) and s for s in sec)):
                err(where + ": section must be a non-empty list of strings")
                continue
            for a in acc:
                if not a.isascii():
                    err("%s: accept not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    err("%s: accept has %d words: %r" % (where, nw, a))
                na = norm(a)
                total = sum(full[m].count(na) for m in DOCS)
                if total != 1:
                    err("%s: accept occurs %d times across the documents: %r" % (where, total, a))
                if not any(na in u for u in nunits[n]):
                    err("%s: accept not inside one line/unit of its document: %r" % (where, a))
            found = False
            for s in sec:
                if s in INTRO:
                    continue
                if any(norm(s) in u for u in nunits[n]):
                    found = True
            if not found:
                err("%s: no section name found in the document: %r" % (where, sec))
    opath = os.path.join(ROOT, "oos.jsonl")
    with open(opath, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    if len(lines) != 12:
        err("oos.jsonl: %d lines, want 12" % len(lines))
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("oos.jsonl:%d: bad JSON (%s)" % (i, e))
            continue
        if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
            err("oos.jsonl:%d: want only a non-empty q" % i)
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK: 3 documents, 75 in-scope questions, 12 out-of-scope")


if __name__ == "__main__":
    main()
