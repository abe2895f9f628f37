#!/usr/bin/python3
"""Check the heldout214 evaluation set.

Extracts the three documents' text as a reader sees it:
  - the ministry PDF: `pdftotext -layout`, each line cut where pdftotext leaves a gap of three
    or more spaces (so a hanging clause number, a table cell or a running-head part is a unit);
  - the Evernote HTML export: the visible text of each block element (div, p, li, td, h1-h3 ...),
    with <style>, <script> and the <icons> SVG block skipped and <meta> attributes not text;
  - the WhatsApp export: each line of the .txt.
Then checks:
  - every line of q-*.jsonl parses, has exactly the keys q, accept, section; 25 per document;
  - accept is a list of one or two strings, each ASCII, 5-12 words, inside one unit (line,
    element or cell) of its own document, and occurring exactly once (case-insensitive,
    whitespace collapsed) across the three documents' extracted text;
  - section is a non-empty list of strings and at least one of them occurs in its document;
  - oos.jsonl has exactly 12 lines, each with only q;
  - each document has 1,300 to 1,800 words of text (the chat counted without its
    "date, time - sender:" prefixes; the total with them is reported);
  - the Evernote file parses as HTML with one <en-note class="peso">, and the chat's message
    lines all carry the Android "dd/mm/yyyy, HH:MM - " stamp;
  - tools/make_pdf.py, tools/make_html.py and tools/make_whatsapp.py re-make the documents in
    docs/ byte for byte (each is run with --out into a temporary directory).
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "mnre-sight-mode1-guidelines": ("docs/mnre-sight-mode1-guidelines.pdf", "tools/make_pdf.py"),
    "green-hydrogen-basics-evernote": ("docs/green-hydrogen-basics-evernote.html",
                                       "tools/make_html.py"),
    "whatsapp-gs3-hydrogen-circle": ("docs/whatsapp-gs3-hydrogen-circle.txt",
                                     "tools/make_whatsapp.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "tbody", "colgroup", "br", "en-note", "body", "html", "head", "note-attributes"}
SKIP = {"style", "script", "icons", "svg"}
STAMP = re.compile(r"^\d\d/\d\d/\d{4}, \d\d:\d\d - ")
PY = "/usr/bin/python3"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.en_notes = [], [], 0, 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag == "en-note" and ("class", "peso") in attrs:
            self.en_notes += 1
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
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


def html_units(full, problems):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.close()
    p.flush()
    if p.en_notes != 1:
        problems.append("%s: expected one <en-note class=\"peso\">, found %d" % (full, p.en_notes))
    if p.skip != 0:
        problems.append("%s: unbalanced style/script/icons/svg tags" % full)
    return p.units


def chat_units(full, problems):
    lines = [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]
    if not STAMP.match(lines[0]):
        problems.append("%s: first line has no Android timestamp" % full)
    return [ws(l) for l in lines]


def words_of(name, units):
    if name.startswith("whatsapp"):
        bare = [re.sub(r"^\d\d/\d\d/\d{4}, \d\d:\d\d - ([^:]+: )?", "", u) for u in units]
        return sum(len(u.split()) for u in bare), sum(len(u.split()) for u in units)
    n = sum(len(u.split()) for u in units)
    return n, n


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name][0])
    if full.endswith(".pdf"):
        return pdf_units(full)
    if full.endswith(".html"):
        return html_units(full, problems)
    return chat_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            r = subprocess.run([PY, os.path.join(ROOT, script), "--out", out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    units = {k: units_of(k, problems) for k in DOCS}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for name in DOCS:
        text_words, all_words = words_of(name, units[name])
        print("%s: %d words of text (%d as extracted)" % (DOCS[name][0], text_words, all_words))
        if not 1300 <= text_words <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (name, text_words))
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
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
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
                    problems.append("%s: not inside one line/element/cell of %s: %r"
                                    % (where, name, a))
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--units":
        for k in DOCS:
            print("==", k)
            for u in units_of(k, []):
                print(u)
        sys.exit(0)
    sys.exit(main())
