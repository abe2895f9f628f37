#!/usr/bin/python3
"""Check the heldout311 evaluation set.

Extracts each document's text as a reader gets it:
  - OCR booklet .txt: one unit per line of the file (the form feeds between pages are
    whitespace); the page count must be three (a form feed after every page);
  - mobile Wikipedia .html: one unit per element's visible text (paragraph, list item, table
    cell, heading, caption, div...), skipping script, style and noscript and anything inside an
    element styled display:none (the hidden short description);
  - Google Docs .pdf: one unit per piece of a `pdftotext -layout` line, cut where pdftotext
    leaves a gap of three or more spaces (so a table cell's line is a unit of its own).
Then checks: every line of the q-*.jsonl files and oos.jsonl parses; in-scope lines have
exactly the keys q, accept, section; 25 questions per document and 12 out-of-scope ones
(key q only); every accept string is ASCII, 5-12 words long, lies inside one unit of its
own document, and occurs exactly once (ignoring case, whitespace collapsed) in the three
documents' extracted text taken together; for every question at least one of its section
names occurs in its document's extracted text (ignoring case); each document has 1,300-1,800
words of text (for the HTML, the visible text of the whole page); the documents carry the
marks of their formats; and the three make scripts re-make the documents byte for byte
(run in a temporary copy of tools/, so the set itself is not touched).
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "groundwater-depletion-booklet-ocr": "docs/groundwater-depletion-booklet-ocr.txt",
    "central-ground-water-board-mobile": "docs/central-ground-water-board-mobile.html",
    "atal-bhujal-yojana-gdoc": "docs/atal-bhujal-yojana-gdoc.pdf",
}
MAKERS = {
    "tools/make_ocr.py": "docs/groundwater-depletion-booklet-ocr.txt",
    "tools/make_html.py": "docs/central-ground-water-board-mobile.html",
    "tools/make_pdf.py": "docs/atal-bhujal-yojana-gdoc.pdf",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "form", "label", "button", "cite"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(html.parser.HTMLParser):
    """Visible text of a page, one string per block element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf = [], []
        self.hidden = 0      # depth inside script/style/noscript/display:none

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        style = (dict(attrs).get("style") or "").replace(" ", "").lower()
        if self.hidden:
            self.hidden += 1
        elif tag in ("script", "style", "noscript") or "display:none" in style:
            self.hidden = 1

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        if self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.buf.append(data)


def txt_units(full, problems):
    with open(full, encoding="utf-8") as f:
        data = f.read()
    if data.count("\f") != 3 or not data.endswith("\n\f"):
        problems.append("%s: expected three pages, each ended by a form feed" % full)
    return [ws(l) for l in data.split("\n") if ws(l)]


def html_units(full, problems):
    with open(full, encoding="utf-8") as f:
        data = f.read()
    for mark in ('class="client-nojs', 'mf-section-1 collapsible-block', 'mfTempOpenSection(',
                 'class="hatnote', 'class="infobox', 'Template-Fact', 'class="references"',
                 'class="tagline"'):
        if mark not in data:
            problems.append("%s: missing mobile-page mark %r" % (full, mark))
    p = Visible()
    p.feed(data)
    p.close()
    p.flush()
    return p.units


def pdf_units(full, problems):
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    if "Google Docs Renderer" not in info or "letter" not in info:
        problems.append("%s: not a Letter-size Google Docs export" % full)
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full, problems)
    if path.endswith(".html"):
        return html_units(full, problems)
    return txt_units(full, problems)


def check_remake(problems):
    tmp = tempfile.mkdtemp(prefix="heldout311-")
    try:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script, doc in MAKERS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, script)],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(os.path.join(tmp, doc), "rb") as f:
                new = f.read()
            with open(os.path.join(ROOT, doc), "rb") as f:
                old = f.read()
            if new != old:
                problems.append("%s does not re-make %s byte for byte" % (script, doc))
    finally:
        shutil.rmtree(tmp)


def main():
    problems = []
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (DOCS[k], n))
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
                sec = []
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
    sys.exit(main())
