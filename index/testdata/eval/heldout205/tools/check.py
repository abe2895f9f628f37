#!/usr/bin/python3
"""Check the heldout205 evaluation set.

Text is extracted from each document the way a reader sees it:
  - Blogger page (.html): the visible text, block element by block element (p, li, td, h1-h6,
    div, ...), skipping script, style and noscript; entities decoded, whitespace collapsed;
  - OCR booklet (.txt): one unit per line of the file (form feeds dropped);
  - Apple Notes PDF (.pdf): `pdftotext -layout` output, one unit per line, cut where pdftotext
    leaves a gap of three or more spaces (so a table row gives one unit per cell).
Then it checks:
  - q-*.jsonl: 25 lines each, every line JSON with exactly the keys q, accept, section; q a
    non-empty string; accept a list of one or two strings, each ASCII, 5-12 words, inside one
    unit of its own document (whitespace collapsed), and occurring exactly once (ignoring case,
    whitespace collapsed) across the three documents' extracted text; section a non-empty list
    of strings of which at least one occurs (ignoring case) in its own document's text;
  - oos.jsonl: 12 lines, each JSON with only the key q;
  - each document holds 1,300 to 1,800 words of extracted text;
  - tools/make_blogger.py, tools/make_ocr.py and tools/make_pdf.py, run into a temporary
    directory, re-make their documents in docs/ byte for byte.
Run: /usr/bin/python3 tools/check.py          (add --dump NAME to print a document's units)
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
    "chishti-silsila-ajmer-blogspot": ("docs/chishti-silsila-ajmer-blogspot.html", "tools/make_blogger.py"),
    "sufi-silsilas-booklet-ocr": ("docs/sufi-silsilas-booklet-ocr.txt", "tools/make_ocr.py"),
    "bhakti-sufi-connect-notes": ("docs/bhakti-sufi-connect-notes.pdf", "tools/make_pdf.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "blockquote", "hr", "cite", "time", "iframe"}
SKIP = {"script", "style", "noscript"}
N_Q, N_OOS = 25, 12
MIN_WORDS, MAX_WORDS = 1300, 1800


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
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full):
    p = Blocks()
    with open(full, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    p.flush()
    return p.units


def txt_units(full):
    with open(full, encoding="utf-8") as f:
        return [ws(l.replace("\f", "")) for l in f.read().split("\n") if ws(l.replace("\f", ""))]


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.replace("\f", "\n").split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full)
    if path.endswith(".pdf"):
        return pdf_units(full)
    return txt_units(full)


def read_jsonl(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    objs = []
    for i, line in enumerate(lines, 1):
        try:
            objs.append((i, json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return lines, objs


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        for u in units_of(DOCS[sys.argv[2]][0]):
            print(u)
        return 0
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, j in joined.items():
        n = len(j.split())
        print("%s: %d words extracted" % (DOCS[k][0], n))
        if not MIN_WORDS <= n <= MAX_WORDS:
            problems.append("%s: %d words, expected %d-%d" % (DOCS[k][0], n, MIN_WORDS, MAX_WORDS))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines, objs = read_jsonl(fn, problems)
        if len(lines) != N_Q:
            problems.append("%s: %d questions, expected %d" % (fn, len(lines), N_Q))
        for i, obj in objs:
            where = "%s:%d" % (fn, i)
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: q must be a non-empty string" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept item is not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: accept not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: accept has %d words: %r" % (where, nw, a))
                wa = ws(a)
                if not any(wa in u for u in units[name]):
                    problems.append("%s: accept not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(wa.lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: accept occurs %d times across documents: %r"
                                    % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                               for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
    lines, objs = read_jsonl("oos.jsonl", problems)
    if len(lines) != N_OOS:
        problems.append("oos.jsonl: %d questions, expected %d" % (len(lines), N_OOS))
    for i, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) \
                or not obj["q"].strip():
            problems.append("oos.jsonl:%d: must hold only a non-empty q" % i)
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
