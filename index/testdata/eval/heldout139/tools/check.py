#!/usr/bin/python3
"""Check the heldout139 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document (for the PDF, one line of `pdftotext -layout` output with
whitespace collapsed; for the Evernote .enex, one paragraph (<div>), heading, list item or table
cell of the note as Evernote shows it, taken from the ENML in the CDATA of <content> with the
standard library; for Markdown, one source line and free of emphasis markers), and occur exactly
once across the three documents (case-insensitive). Each document must hold 25 questions and
oos.jsonl 12.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "governor-state-executive": "docs/governor-state-executive.md",
    "governor-mains-answers": "docs/governor-mains-answers.pdf",
    "cm-council-ag-and-news": "docs/cm-council-ag-and-news.enex",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "en-note",
         "colgroup", "col"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def enex_units(full, problems):
    """Shown text of an Evernote export: the note title, then every block of its ENML body."""
    root = ET.parse(full).getroot()
    if root.tag != "en-export":
        problems.append("%s: root is %s, not en-export" % (full, root.tag))
    units = []
    notes = root.findall("note")
    if len(notes) != 1:
        problems.append("%s: %d notes, expected 1" % (full, len(notes)))
    for note in notes:
        for tag in ("title", "content", "created", "updated"):
            if note.find(tag) is None:
                problems.append("%s: note lacks <%s>" % (full, tag))
        units.append(ws(note.findtext("title", "")))
        enml = note.findtext("content", "").strip()
        if not enml.startswith("<?xml") or "<!DOCTYPE en-note" not in enml:
            problems.append("%s: content is not an ENML document" % full)
        body = enml[enml.index("<en-note"):]
        if ET.fromstring(body).tag != "en-note":
            problems.append("%s: ENML root is not en-note" % full)
        p = Blocks()
        p.feed(body)
        p.flush()
        units += p.units
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        return [ws(l) for l in out.split("\n") if ws(l)]
    if path.endswith(".enex"):
        return enex_units(full, problems)
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def main():
    problems = []
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.append("%s: bad JSON (%s)" % (where, e))
                continue
            n_q += 1
            if not isinstance(obj.get("q"), str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if DOCS[name].endswith(".md") and re.search(r"==|\*\*|\[\[|\]\]|(?<!\w)_|_(?!\w)", a):
                    problems.append("%s: emphasis marker in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
