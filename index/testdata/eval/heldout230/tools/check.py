#!/usr/bin/python3
"""Check the heldout230 evaluation set.

The three documents' text is extracted as a reader sees it:
  - Evernote .enex: each note's title, each paragraph (<div>, <p>), heading, list item and
    table cell of its ENML, and the titles of the note's Evernote tasks;
  - PDF: each line of `pdftotext -layout`, cut where pdftotext leaves a gap of three or more
    spaces (so a hanging paragraph number or label is a unit of its own), whitespace collapsed;
  - SubRip .srt: each text line of each cue (cue numbers and timing lines dropped, the
    "[SPEAKER_nn]: " label kept as shown).
Then it checks:
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly the keys q, accept
    (a list of one or two strings) and section (a non-empty list of strings); out-of-scope lines
    only q; 25 questions per document and 12 out-of-scope;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (ignoring case, whitespace collapsed) across the three documents;
  - at least one section name of each question occurs in its document's text (ignoring case);
  - each document has 1,300 to 1,800 words of text; the .enex and each note's ENML parse as XML;
  - tools/make_enex.py, tools/make_pdf.py and tools/make_srt.py re-make the documents byte for
    byte (each is run into a temporary directory, the committed files are not touched).
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

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
DOCS = {
    "collegium-three-judges-cases": ("docs/collegium-three-judges-cases.enex", "make_enex.py"),
    "njac-judgment-2015-extract": ("docs/njac-judgment-2015-extract.pdf", "make_pdf.py"),
    "mop-and-recent-controversies-lecture": ("docs/mop-and-recent-controversies-lecture.srt",
                                             "make_srt.py"),
}
BLOCK = {"div", "p", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "colgroup", "col",
         "br", "hr", "en-note", "h1", "h2", "h3", "h4", "h5", "h6"}


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
        p.flush()
        units.extend(p.units)
        for task in note.iter("task"):
            units.append(ws(task.findtext("title")))
    return units


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def srt_units(full, problems):
    with open(full, encoding="utf-8") as f:
        text = f.read()
    units = []
    for n, block in enumerate(text.strip("\n").split("\n\n"), 1):
        lines = block.split("\n")
        if len(lines) < 3 or lines[0] != str(n) or not re.fullmatch(
                r"\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}", lines[1]):
            problems.append("%s: cue %d is not a SubRip cue" % (full, n))
            continue
        units.extend(ws(l) for l in lines[2:] if ws(l))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".enex"):
        return enex_units(full, problems)
    if path.endswith(".pdf"):
        return pdf_units(full)
    return srt_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(TOOLS, script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte"
                                    % (path, script))


def read_jsonl(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    objs = []
    for i, line in enumerate(lines, 1):
        try:
            objs.append(("%s:%d" % (fn, i), json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return lines, objs


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, v in DOCS.items():
        nw = len(" ".join(units[k]).split())
        print("%s: %d units, %d words" % (v[0], len(units[k]), nw))
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (v[0], nw))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines, objs = read_jsonl(fn, problems)
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
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name occurs in %s: %r" % (where, name, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    lines, objs = read_jsonl("oos.jsonl", problems)
    for where, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("%s: must hold only q" % where)
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
