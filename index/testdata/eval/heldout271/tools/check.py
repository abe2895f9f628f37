#!/usr/bin/python3
"""Check the heldout271 evaluation set.

Extracts each document's text the way a reader sees it, cut into units:
  - PDF (Wikipedia mobile page printed from Chrome): `pdftotext -layout`, one unit per printed
    line, a line cut where pdftotext leaves a gap of three or more spaces (so the infobox's
    label and value, the table's columns and a reference mark pushed off its line are apart);
  - Evernote .enex (web clip): the note title, then one unit per block element of the ENML
    (div, p, li, h1-h6, td, th ...; inline a, span and b stay inside their block);
  - Notion .csv: one unit per line of each field (a field keeps its typed line breaks).
Then checks:
  - every document re-made by its tools/make_*.py is byte-for-byte the committed one;
  - each document has 1,300 to 1,800 words as extracted; the .enex and its ENML parse as XML;
    the CSV's records have as many fields as its header;
  - every line of q-*.jsonl and oos.jsonl parses; q-*.jsonl lines have exactly the keys q,
    accept (one or two strings) and section (a non-empty list of strings); oos.jsonl lines
    only q; 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document
    (whitespace collapsed) and occurs exactly once (ignoring case) in the three documents'
    extracted text taken together;
  - at least one section name of each question occurs in its document's text.
Run: /usr/bin/python3 tools/check.py          (prints the problems, exits 1 if any)
     /usr/bin/python3 tools/check.py --dump N (prints the units of document N, for writing)
"""
import csv
import filecmp
import html.parser
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
CSV_NAME = "Mangrove sites reading log 8d2f6a1c4b7e4f0a9e35c1d7b6a2f948"
DOCS = {
    "gulf-of-mannar-mnp-wikipedia-mobile": ("docs/gulf-of-mannar-mnp-wikipedia-mobile.pdf",
                                            "make_pdf.py"),
    "mishti-scheme-webclip": ("docs/mishti-scheme-webclip.enex", "make_enex.py"),
    CSV_NAME: ("docs/%s.csv" % CSV_NAME, "make_csv.py"),
}
BLOCK = {"div", "p", "li", "ul", "ol", "td", "th", "tr", "table", "thead", "tbody", "br",
         "en-note", "h1", "h2", "h3", "h4", "h5", "h6", "hr"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf = [], []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        self.buf.append(data)


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def enex_units(full, problems):
    root = ET.parse(full).getroot()
    units = []
    for note in root.iter("note"):
        units.append(ws(note.findtext("title")))
        content = note.findtext("content")
        body = content[content.index("<en-note"):].strip()
        try:
            ET.fromstring(body)
        except ET.ParseError as e:
            problems.append("%s: ENML does not parse (%s)" % (full, e))
        p = Blocks()
        p.feed(body)
        p.close()
        p.flush()
        units.extend(p.units)
    return units


def csv_units(full, problems):
    with open(full, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    units = []
    for i, row in enumerate(rows):
        if len(row) != len(rows[0]):
            problems.append("%s: record %d has %d fields, header %d"
                            % (full, i, len(row), len(rows[0])))
        for field in row:
            for line in field.split("\n"):
                if ws(line):
                    units.append(ws(line))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    if path.endswith(".enex"):
        return enex_units(full, problems)
    return csv_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(TOOLS, script), out], check=True)
            if not filecmp.cmp(out, os.path.join(ROOT, path), shallow=False):
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def read_jsonl(fn, problems):
    objs = []
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            objs.append(("%s:%d" % (fn, i), json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return objs


def main():
    problems = []
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        for u in units_of(DOCS[sys.argv[2]][0], problems):
            print(u)
        return 0
    check_remake(problems)
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for name, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (name, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (name, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        objs = read_jsonl(fn, problems)
        if len(objs) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(objs)))
        for where, obj in objs:
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
                sec = []
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a) in x for x in units[name]):
                    problems.append("%s: not inside one unit of its document: %r" % (where, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r"
                                    % (where, total, a))
            if sec and not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
    oos = read_jsonl("oos.jsonl", problems)
    for where, obj in oos:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("%s: must hold only q" % where)
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
