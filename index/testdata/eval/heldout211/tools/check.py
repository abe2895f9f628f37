#!/usr/bin/python3
"""Check the heldout211 evaluation set.

1. The three make_*.py scripts re-make docs/ byte for byte (each document is hashed, its script
   run, the result compared; a changed file is put back and reported).
2. Each document is read as a reader sees it and cut into units:
   - the Google Docs PDF: `pdftotext -layout` lines, whitespace collapsed, each line cut where
     pdftotext leaves a gap of three or more spaces (table cells, TOC page numbers);
   - the Quora page: the visible text of each block element (p, div, li, blockquote, button ...),
     head, scripts, styles and svg skipped, entities decoded;
   - the Telegram export: the visible text of each block element, also cut at every <br>.
   Each document must hold 1,300 to 1,800 words of such text, and its format marks (the PDF's
   producer and outline, the page's "saved from url" comment and q-box markup, the export's
   page_wrap / history skeleton and signatures).
3. q-<doc>.jsonl: exactly 25 lines, each a JSON object with exactly the keys q, accept, section;
   accept is a list of one or two strings, each ASCII, 5 to 12 words, inside one unit of its own
   document (case and whitespace ignored) and occurring exactly once in the three documents' text
   taken together; section is a non-empty list of strings, at least one of which (other than the
   generic "Introduction", "Definition", "What is", "Overview") is found in the document's text.
4. oos.jsonl: exactly 12 lines, each a JSON object with only q.

Run: /usr/bin/python3 tools/check.py        (add --dump to print every unit)
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = {
    "anti-defection-law-gs2-notes": ("anti-defection-law-gs2-notes.pdf", "make_pdf.py"),
    "quora-speaker-defection-cases": ("quora-speaker-defection-cases.html", "make_quora.py"),
    "messages": ("messages.html", "make_telegram.py"),
}
GENERIC = {"Introduction", "Definition", "What is", "Overview"}
BLOCK = {"p", "div", "li", "ul", "ol", "blockquote", "br", "button", "h1", "h2", "h3", "h4", "h5", "h6",
         "table", "tr", "td", "th", "nav", "form", "section", "header", "footer", "pre", "sup"}
SKIP = {"head", "script", "style", "noscript", "title", "svg", "template"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return " ".join(s.split()).lower()


class Units(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
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

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
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
    p = Units()
    p.feed(text)
    p.close()
    p.flush()
    return text, p.units


def pdf_units(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True,
                         text=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if seg.strip():
                units.append(" ".join(seg.split()))
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    if "Google Docs Renderer" not in info:
        err("pdf: producer is not Google's renderer")
    m = re.search(r"Pages:\s+(\d+)", info)
    if not m or int(m.group(1)) < 3:
        err("pdf: expected at least 3 pages")
    with open(path, "rb") as f:
        raw = f.read()
    if b"/Outlines" not in raw:
        err("pdf: no document outline")
    return units


def units_of(name):
    fn = DOCS[name][0]
    path = os.path.join(ROOT, "docs", fn)
    if fn.endswith(".pdf"):
        return pdf_units(path)
    text, units = html_units(path)
    if name.startswith("quora"):
        for needed in ("<!-- saved from url=(", "q-box", "application/ld+json", "Related questions",
                       "Sponsored by", "Footnotes", "_files/"):
            if needed not in text:
                err("quora page: missing %r" % needed)
        for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
            json.loads(m.group(1))
    else:
        for needed in ('<div class="page_wrap">', '<div class="history">', '<div class="signature details">',
                       '<div class="message service" id="message-1">', "<title>Exported Data</title>"):
            if needed not in text:
                err("telegram export: missing %r" % needed)
    return units


def remake():
    for name, (fn, maker) in DOCS.items():
        path = os.path.join(ROOT, "docs", fn)
        with open(path, "rb") as f:
            before = f.read()
        subprocess.run(["/usr/bin/python3", os.path.join(HERE, maker)], check=True)
        with open(path, "rb") as f:
            after = f.read()
        if hashlib.sha256(before).digest() != hashlib.sha256(after).digest():
            err("%s does not re-make docs/%s byte for byte" % (maker, fn))
            with open(path, "wb") as f:
                f.write(before)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l.strip()]


def main():
    remake()
    units = {n: units_of(n) for n in DOCS}
    if "--dump" in sys.argv:
        for n, us in units.items():
            print("=====", n)
            for u in us:
                print(u)
    full = {n: norm(" ".join(u)) for n, u in units.items()}
    nunits = {n: [norm(u) for u in us] for n, us in units.items()}
    for n, us in units.items():
        words = len(" ".join(us).split())
        print("%-40s %5d words of text" % (DOCS[n][0], words))
        if not 1300 <= words <= 1800:
            err("%s: %d words, want 1,300 to 1,800" % (DOCS[n][0], words))
    total_q = 0
    for n in DOCS:
        fn = "q-%s.jsonl" % n
        lines = read_jsonl(os.path.join(ROOT, fn))
        if len(lines) != 25:
            err("%s: %d questions, want 25" % (fn, len(lines)))
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s: bad JSON (%s)" % (where, e))
                continue
            total_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                err("%s: keys must be exactly q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                err("%s: empty q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not (isinstance(acc, list) and 1 <= len(acc) <= 2 and all(isinstance(a, str) for a in acc)):
                err("%s: accept must be a list of one or two strings" % where)
                acc = []
            for a in acc:
                if not a.isascii():
                    err("%s: accept not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    err("%s: accept has %d words: %r" % (where, nw, a))
                na = norm(a)
                if not any(na in u for u in nunits[n]):
                    err("%s: accept not inside one line/element of its document: %r" % (where, a))
                total = sum(full[m].count(na) for m in DOCS)
                if total != 1:
                    err("%s: accept occurs %d times across the three documents: %r" % (where, total, a))
            if not (isinstance(sec, list) and sec and all(isinstance(s, str) and s.strip() for s in sec)):
                err("%s: section must be a non-empty list of strings" % where)
                continue
            named = [s for s in sec if s not in GENERIC]
            if not named or not any(any(norm(s) in u for u in nunits[n]) for s in named):
                err("%s: no section name found in the document: %r" % (where, sec))
    lines = read_jsonl(os.path.join(ROOT, "oos.jsonl"))
    if len(lines) != 12:
        err("oos.jsonl: %d questions, want 12" % len(lines))
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("oos.jsonl:%d: bad JSON (%s)" % (i, e))
            continue
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
            err("oos.jsonl:%d: must hold only a non-empty q" % i)
    for e in errors:
        print("FAIL", e)
    print("in-scope questions: %d, out-of-scope: %d, problems: %d" % (total_q, len(lines), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
