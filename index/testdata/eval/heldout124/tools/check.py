#!/usr/bin/python3
"""Check the heldout124 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list whose first name appears in its document). Every accept
string must be ASCII, 5-12 words long, lie inside one line of its document (for the PDF, one line
of `pdftotext -layout` output with whitespace collapsed; for the Evernote .enex, one paragraph
(<div>), list item or table cell of the note as Evernote shows it, extracted here with the
standard library; for Markdown, one source line and free of emphasis markers), and occur exactly
once across the three documents (case-insensitive). There must be 25 questions per document and
12 out-of-scope questions. The .enex must be a well-formed en-export holding one note with its
title, created date, tags and an ENML body with a table and an <en-todo>; the .pdf and .enex must
be re-made byte for byte by tools/make_pdf.py and tools/make_enex.py.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "citizenship-act-1955": "docs/citizenship-act-1955.enex",
    "constitution-part-ii": "docs/constitution-part-ii.pdf",
    "caa-nrc-section-6a": "docs/caa-nrc-section-6a.md",
}
MAKERS = {
    "docs/citizenship-act-1955.enex": "tools/make_enex.py",
    "docs/constitution-part-ii.pdf": "tools/make_pdf.py",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "en-note",
         "hr", "blockquote", "pre"}


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
    """The note's title and the text of each paragraph, list item and cell of its ENML body."""
    root = ET.parse(full).getroot()
    if root.tag != "en-export" or root.get("application") != "Evernote":
        problems.append("enex: root is not an Evernote en-export")
    notes = root.findall("note")
    if len(notes) != 1:
        problems.append("enex: expected one <note>, found %d" % len(notes))
    note = notes[0]
    for tag in ("title", "created", "updated", "tag", "content"):
        if note.find(tag) is None:
            problems.append("enex: <note> lacks <%s>" % tag)
    if not re.fullmatch(r"\d{8}T\d{6}Z", note.findtext("created", "")):
        problems.append("enex: <created> is not an Evernote timestamp")
    content = note.findtext("content", "")
    if not re.match(r'\s*<\?xml[^>]*\?>\s*<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">',
                    content):
        problems.append("enex: ENML lacks its XML declaration and en-note DOCTYPE")
    for needle in ("<en-note>", "</en-note>", "<en-todo", "<table", "<ul>", "<b>"):
        if needle not in content:
            problems.append("enex: ENML lacks %s" % needle)
    raw = open(full, encoding="utf-8").read()
    if "<![CDATA[" not in raw:
        problems.append("enex: content is not in a CDATA section")
    p = Blocks()
    p.feed(content[content.index("<en-note>"):])
    p.flush()
    return [ws(note.findtext("title", ""))] + p.units


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


def check_rebuild(problems):
    for doc, maker in MAKERS.items():
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, maker), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s is not re-made byte for byte by %s" % (doc, maker))


def main():
    problems = []
    check_rebuild(problems)
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
            if set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
            if not isinstance(obj.get("q"), str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif ws(sec[0]).lower() not in joined[name]:
                problems.append("%s: first section name not in %s: %r" % (where, name, sec[0]))
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
