#!/usr/bin/python3
"""Check the heldout206 evaluation set.

Run: /usr/bin/python3 tools/check.py        (add --dump to print every document's units)

It extracts each document's text as a reader sees it:
  - PDF (magazine article): `pdftotext -layout`, each line cut into pieces where pdftotext
    leaves three or more spaces (the two columns, a table's cells), whitespace collapsed;
  - HTML (saved Medium story): the visible text of <body> with <script>, <style>, <svg> and
    <noscript> skipped, one unit per block element (p, li, h1-h6, figcaption, blockquote, div,
    button, each <br>-separated line of a <pre>), entities decoded;
  - TXT (Google Keep list note): one unit per line of the file.
and checks:
  - every line of q-*.jsonl and oos.jsonl parses as JSON; q-files hold exactly 25 objects with
    exactly the keys q, accept, section; oos.jsonl holds exactly 12 objects with only q;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words long, inside one unit of
    its own document, and occurring exactly once (ignoring case, whitespace collapsed) in the
    three documents' extracted text taken together;
  - section is a non-empty list of strings, at least one of which occurs in its document;
  - each document holds 1,300 to 1,800 words of text (the PDF's whole extracted text; the
    Medium story's <article>, title to sources line; the Keep note's lines without the
    [x] / [ ] boxes);
  - the .html parses, has the Medium markers (Member-only story, data-selectable-paragraph,
    pw-post-title), the Keep note has a title line, [x] and [ ] items and a Labels line;
  - tools/make_pdf.py, tools/make_medium.py and tools/make_keep.py re-make the three
    documents byte for byte (into a temporary folder under tools/, removed afterwards).
"""
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
KEEP = "Western Disturbances - rev list (GS1 Geo)"
DOCS = {
    "pathway-nov-2025-monsoon-review": ("docs/pathway-nov-2025-monsoon-review.pdf", "make_pdf.py"),
    "two-jets-that-switch-the-monsoon": ("docs/two-jets-that-switch-the-monsoon.html",
                                         "make_medium.py"),
    KEEP: ("docs/%s.txt" % KEEP, "make_keep.py"),
}
BLOCK = {"p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "figure",
         "blockquote", "div", "section", "article", "footer", "button", "pre", "br", "table",
         "tr", "td", "th", "header", "nav", "main"}
SKIP = {"script", "style", "svg", "noscript", "head", "title"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.article = 0
        self.article_units = []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.article:
                self.article_units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "article" and not self.skip:
            self.article += 1

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        if tag in SKIP:
            self.skip -= 1
        if tag == "article" and self.article:
            self.article -= 1

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
    return units, sum(len(u.split()) for u in units)


def html_units(full, problems):
    with open(full, encoding="utf-8") as f:
        text = f.read()
    for marker in ("Member-only story", "data-selectable-paragraph", "pw-post-title",
                   "<!-- saved from url=", "window.__APOLLO_STATE__"):
        if marker not in text:
            problems.append("%s: missing Medium marker %r" % (full, marker))
    p = Visible()
    p.feed(text)
    p.close()
    p.flush()
    if p.skip:
        problems.append("%s: unbalanced script/style/svg tags" % full)
    words = sum(len(u.split()) for u in p.article_units)
    return p.units, words, sum(len(u.split()) for u in p.units)


def keep_units(full, problems):
    with open(full, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if not lines[0].strip() or lines[1] != "":
        problems.append("%s: no title line followed by a blank line" % full)
    if not any(l.lstrip().startswith("[x] ") for l in lines) or \
            not any(l.lstrip().startswith("[ ] ") for l in lines):
        problems.append("%s: needs both [x] and [ ] items" % full)
    if not lines[-2].startswith("Labels: "):
        problems.append("%s: last line is not a Labels line" % full)
    units = [ws(l) for l in lines if l.strip()]
    words = sum(len(re.sub(r"^\[[x ]\] ", "", u).split()) for u in units)
    return units, words


def remake(problems):
    with tempfile.TemporaryDirectory(dir=TOOLS) as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run(["/usr/bin/python3", os.path.join(TOOLS, script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    units, words = {}, {}
    for name, (path, _) in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".pdf"):
            units[name], words[name] = pdf_units(full)
        elif path.endswith(".html"):
            units[name], words[name], visible = html_units(full, problems)
            print("%s: %d words in the article, %d visible on the page"
                  % (path, words[name], visible))
        else:
            units[name], words[name] = keep_units(full, problems)
        if not 1300 <= words[name] <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, words[name]))
        print("%s: %d words" % (path, words[name]))
    if "--dump" in sys.argv:
        for name in DOCS:
            print("=====", name)
            for u in units[name]:
                print(u)
        return 0
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
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                la = ws(a).lower()
                if not any(la in u.lower() for u in units[name]):
                    problems.append("%s: not inside one line/unit of %s: %r" % (where, name, a))
                total = sum(j.count(la) for j in joined.values())
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
    remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
