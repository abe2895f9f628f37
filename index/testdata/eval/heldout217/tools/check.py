#!/usr/bin/python3
"""Check the heldout217 evaluation set.

Run: /usr/bin/python3 tools/check.py        (add --units to print every extracted unit)

Extracts the three documents' text as a reader sees it:
  - Scribd page saved with SingleFile (.html): the spans of every div.textLayer (the uploaded
    PDF's text layer), one unit per span, entities decoded; the page's own chrome is skipped;
  - Google Keep Takeout note (.json): the title, each listContent item's text, and the title and
    description of each link annotation, one unit each;
  - PowerPoint notes pages printed to PDF (.pdf): `pdftotext -layout`, one unit per line, a line
    cut where pdftotext leaves a gap of three or more spaces (two columns, table cells, header and
    date).
Then checks: every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly the keys
q, accept and section, 25 per document, and oos.jsonl has 12 lines with only q; every accept
string (one or two per question) is ASCII, 5 to 12 words, lies inside one unit of its own
document (whitespace collapsed) and occurs exactly once across the three documents' text
(ignoring case, whitespace collapsed); at least one section name of each question occurs in its
document's text; each document has 1,300 to 1,800 words of text; the files have the shape of
their formats; and the three make scripts re-make the documents byte for byte.
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
KEEP = "KBLP vs Panna TR - env issues (GS3)"
DOCS = {
    "ken-betwa-cover-story-scribd": ("docs/ken-betwa-cover-story-scribd.html", "make_scribd.py"),
    KEEP: ("docs/%s.json" % KEEP, "make_keep.py"),
    "ilr-lecture-14-npp-to-ken-betwa": ("docs/ilr-lecture-14-npp-to-ken-betwa.pdf", "make_pdf.py"),
}
KEEP_KEYS = ["attachments", "color", "isTrashed", "isPinned", "isArchived", "annotations",
             "listContent", "title", "userEditedTimestampUsec", "createdTimestampUsec", "labels",
             "sharees"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class TextLayer(html.parser.HTMLParser):
    """Collect the spans inside div.textLayer elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div depth inside a text layer (0 = outside)
        self.in_span = False
        self.buf = []
        self.units = []
        self.pages = 0
        self.brs = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif "textLayer" in (a.get("class") or "").split():
                self.depth = 1
            if "page" in (a.get("class") or "").split():
                self.pages += 1
        elif tag == "span" and self.depth:
            self.in_span = True
            self.buf = []
        elif tag == "br" and self.depth:
            self.brs += 1

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "span" and self.in_span:
            self.in_span = False
            t = ws("".join(self.buf))
            if t:
                self.units.append(t)

    def handle_data(self, data):
        if self.in_span:
            self.buf.append(data)


def scribd_units(path, problems):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("<!DOCTYPE html> <html lang=en dir=ltr><!--\n Page saved with SingleFile"):
        problems.append("%s: no SingleFile header" % path)
    if "content-security-policy" not in text or "<script" in text:
        problems.append("%s: SingleFile pages carry a CSP meta and no scripts" % path)
    p = TextLayer()
    p.feed(text)
    if p.pages < 2 or p.brs < 100:
        problems.append("%s: expected a paged text layer (pages %d, line breaks %d)"
                        % (path, p.pages, p.brs))
    return p.units


def keep_units(path, problems):
    with open(path, "rb") as f:
        raw = f.read()
    if b"\n" in raw:
        problems.append("%s: Takeout writes the note on one line with no final newline" % path)
    note = json.loads(raw.decode("utf-8"))
    if list(note) != KEEP_KEYS:
        problems.append("%s: keys not in Takeout order: %s" % (path, list(note)))
    if "textContent" in note:
        problems.append("%s: a list note has no textContent" % path)
    units = [ws(note["title"])]
    for it in note["listContent"]:
        if list(it) != ["textHtml", "text", "isChecked"]:
            problems.append("%s: list item keys %s" % (path, list(it)))
        units.append(ws(it["text"]))
    for an in note.get("annotations", []):
        units.append(ws(an["title"]))
        units.append(ws(an["description"]))
    return [u for u in units if u]


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_units(path, problems):
    out = pdf_text(path)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    if "PowerPoint" not in info or "540 x 720 pts" not in info:
        problems.append("%s: not a PowerPoint notes-pages PDF (7.5 x 10 in)" % path)
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def units_of(name, problems):
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".html"):
        return scribd_units(path, problems)
    if path.endswith(".json"):
        return keep_units(path, problems)
    return pdf_units(path, problems)


def word_count(name, units):
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".pdf"):
        return len(pdf_text(path).split())
    return sum(len(u.split()) for u in units)


def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run(["/usr/bin/python3", os.path.join(HERE, script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: %s does not re-make it byte for byte" % (doc, script))


def main():
    problems = []
    units = {k: units_of(k, problems) for k in DOCS}
    if "--units" in sys.argv:
        for k, us in units.items():
            print("=====", k)
            for u in us:
                print(u)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k in DOCS:
        n = word_count(k, units[k])
        print("%s: %d words" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.append("%s: bad JSON (%s)" % (where, e))
                continue
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: empty q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
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
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
