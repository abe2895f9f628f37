#!/usr/bin/python3
"""Check the heldout315 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings). Every accept string must be
ASCII, 5-12 words long, lie verbatim inside one unit of its own document as a reader sees it, and
occur exactly once across the three documents' text (case-insensitive, whitespace collapsed):
  - Google Docs "Publish to web" page (.html): one element's visible text (a paragraph, list
    item, table cell, heading or banner div), scripts and the <style> block skipped, entities
    decoded;
  - Notion PDF: one line of `pdftotext -layout` output, cut where pdftotext leaves a gap of three
    or more spaces (so a table cell or a callout's text after its emoji is a unit);
  - Notepad notes (.txt, CRLF): one line of the file.
At least one of each question's section names must occur in its own document's text. Each
document must hold 1,300 to 1,800 words as extracted. The page must keep Google's parts (banner,
"Updated automatically every 5 minutes", the <style> block with c-classes and lst-kix lists,
h1-h3 with "h." ids, a table, footnotes), the PDF Notion's (property rows Tags / Created /
Status, callout and heading emoji, Skia/PDF producer), the notes Notepad's (UTF-8, CRLF only, no
final line break, Devanagari beside English). Every make script in tools/ is run in a scratch
copy of the set and must re-make its document byte for byte. There must be 25 questions per
document and 12 out-of-scope ones (key q only).
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
PDF_NAME = "Cool Roofs & Passive Cooling 21c8e4a0f6b38052b9d1e7c4a3f5d690"
DOCS = {
    "urban-heat-island-gdoc": "docs/urban-heat-island-gdoc.html",
    PDF_NAME: "docs/%s.pdf" % PDF_NAME,
    "heat-action-plans-class-notes": "docs/heat-action-plans-class-notes.txt",
}
MAKERS = {
    "tools/make_gdoc.py": "docs/urban-heat-island-gdoc.html",
    "tools/make_notion_pdf.py": "docs/%s.pdf" % PDF_NAME,
    "tools/make_txt.py": "docs/heat-action-plans-class-notes.txt",
}
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
BLOCK = {"p", "li", "td", "th", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
         "title", "div", "hr", "br", "body", "head", "html"}


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

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full, problems):
    text = open(full, encoding="utf-8").read()
    if "\n" in text:
        problems.append("gdoc: the served page is one line; found a line break")
    for part in ('<div id="publish-banner-text">Published using Google Docs</div>',
                 "<span>Updated automatically every 5 minutes</span>",
                 '<div id="contents"><style type="text/css">', "doc-content",
                 'class="c', "lst-kix_", "li-bullet-0", "<table", '<a id="t.0">',
                 'id="ftnt1"', 'id="ftnt_ref1"', "google.com/url?q=", "page-break-before:always"):
        if part not in text:
            problems.append("gdoc: %r missing" % part)
    for level in (1, 2, 3):
        if not re.search(r'<h%d class="c\d+" id="h\.[a-z0-9]{12}">' % level, text):
            problems.append("gdoc: no h%d with an h. id" % level)
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


def pdf_units(full, problems):
    raw = open(full, "rb").read()
    if b"/Producer (Skia/PDF" not in raw:
        problems.append("pdf: producer is not Skia/PDF")
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    for part in ("Tags", "Created", "Status", "March 22, 2025", "In progress",
                 "\U0001F3E0", "\U0001F4A1", "\u26A0", "\U0001F4CC", "\U0001F4F0", "\U0001F501",
                 "\u2705", "@April 3, 2023"):
        if part not in out:
            problems.append("pdf: %r not in the extracted text" % part)
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def txt_units(full, problems):
    raw = open(full, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("txt: has a byte-order mark")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", "") or "\r" in text.replace("\r\n", ""):
        problems.append("txt: a line does not end in CRLF")
    if text.endswith("\r\n"):
        problems.append("txt: ends with a line break")
    lines = text.split("\r\n")
    if sum(1 for l in lines if re.search("[\u0900-\u097F]", l)) < 20:
        problems.append("txt: fewer than 20 lines with Devanagari")
    heads = [l for l in lines if re.match(r"^\d\. .*[\u0900-\u097F].* / [A-Z]", l)]
    if len(heads) < 8:
        problems.append("txt: expected eight 'n. <Hindi> / <ENGLISH>' headings, found %d" % len(heads))
    return [ws(l) for l in lines if ws(l)]


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full, problems)
    if path.endswith(".pdf"):
        return pdf_units(full, problems)
    return txt_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script, doc in MAKERS.items():
            subprocess.run([PYTHON, os.path.join(tmp, script)], check=True)
            with open(os.path.join(tmp, doc), "rb") as f:
                made = f.read()
            with open(os.path.join(ROOT, doc), "rb") as f:
                kept = f.read()
            if made != kept:
                problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    check_remake(problems)
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d words as extracted" % (DOCS[k], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k], n))
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
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
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
