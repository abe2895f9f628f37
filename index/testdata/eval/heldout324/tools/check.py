#!/usr/bin/python3
"""Check the heldout324 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings). Every accept string must be
ASCII, 5-12 words long, lie inside one unit of its own document as a reader sees it, and occur
exactly once across the three documents' text (case-insensitive, whitespace collapsed):
  - the Substack page saved from the Wayback Machine (.html): one element's visible text
    (paragraph, list item, heading, caption, footnote, comment, button ...), with scripts,
    styles and SVG skipped;
  - the op-ed pasted from the e-paper (.txt): one line of the file;
  - the Word notes (.docx): one paragraph or table-cell paragraph of word/document.xml, or of
    the header and footer parts, read with zipfile and ElementTree.
At least one section name of each question must occur in its document's text. Each q-*.jsonl
must hold 25 questions and oos.jsonl 12 (key q only). The three make scripts must re-make the
documents byte for byte (each is run on a copy of tools/ and its output compared).
It also prints the word count of each document's text.
Run: /usr/bin/python3 tools/check.py
"""
import filecmp
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "sewer-deaths-supreme-court-substack": "docs/sewer-deaths-supreme-court-substack.html",
    "namaste-scheme-oped-epaper": "docs/namaste-scheme-oped-epaper.txt",
    "manual-scavenging-act-ncsk-notes": "docs/manual-scavenging-act-ncsk-notes.docx",
}
MAKERS = {
    "tools/make_substack.py": "docs/sewer-deaths-supreme-court-substack.html",
    "tools/make_oped.py": "docs/namaste-scheme-oped-epaper.txt",
    "tools/make_docx.py": "docs/manual-scavenging-act-ncsk-notes.docx",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "br", "figure", "figcaption", "blockquote", "button", "form",
         "label", "textarea", "picture"}
SKIP = {"script", "style", "svg", "noscript"}


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

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def docx_paragraphs(data):
    """Text of each w:p as Word shows it (runs' w:t, w:tab inside runs, breaks)."""
    out = []
    for p in ET.fromstring(data).iter(W + "p"):
        parts = []
        for r in p.iter(W + "r"):
            for el in r:
                if el.tag == W + "t":
                    parts.append(el.text or "")
                elif el.tag == W + "tab":
                    parts.append("\t")
                elif el.tag in (W + "br", W + "cr"):
                    parts.append("\n")
        t = ws("".join(parts))
        if t:
            out.append(t)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        with zipfile.ZipFile(full) as z:
            names = z.namelist()
            out = []
            for part in ["word/header1.xml", "word/document.xml", "word/footer1.xml"]:
                if part in names:
                    out += docx_paragraphs(z.read(part))
            return out
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units
    return [ws(l) for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def check_makers(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script, doc in MAKERS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, script)],
                               capture_output=True, text=True)
            made = os.path.join(tmp, doc)
            if r.returncode != 0 or not os.path.exists(made):
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
            elif not filecmp.cmp(made, os.path.join(ROOT, doc), shallow=False):
                problems.append("%s does not re-make %s byte for byte" % (script, doc))


def check_docx_shape(problems):
    with zipfile.ZipFile(os.path.join(ROOT, DOCS["manual-scavenging-act-ncsk-notes"])) as z:
        doc = z.read("word/document.xml").decode("utf-8")
        for info in z.infolist():
            if info.filename.endswith((".xml", ".rels")):
                ET.fromstring(z.read(info.filename))  # every XML part is well-formed
    if 'w:val="Heading' in doc:
        problems.append("docx: headings must be List Number items, not heading styles")
    if doc.count('w:val="ListNumber"') != 10:
        problems.append("docx: expected 10 List Number headings")
    if "<w:tbl>" not in doc or doc.count("<w:tc>") != 14:
        problems.append("docx: expected one two-column table of 7 rows")


def main():
    problems = []
    check_makers(problems)
    check_docx_shape(problems)
    units = {k: units_of(v) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        print("%s: %d words of text as extracted" % (k, len(" ".join(u).split())))
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
                if not any(ws(a).lower() in u.lower() for u in units[name]):
                    problems.append("%s: not inside one element/line/paragraph of %s: %r"
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
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
