#!/usr/bin/python3
"""Check the heldout316 evaluation set.

Extracts the three documents' text as a reader sees it:
  - Confluence export (.html): each element's visible text (paragraph, list item, heading,
    table cell, panel title, expand title, breadcrumb, attachment line), scripts and styles
    skipped, entities decoded;
  - Gazette PDF (.pdf): `pdftotext -layout` lines with whitespace collapsed, a line being cut
    into separate units where pdftotext leaves a gap of three or more spaces (table cells);
  - Craft export (.md): one unit per line with the markup taken off (heading hashes, list and
    task markers, tab indents, **bold** and *italic* markers, <callout> and <highlight> tags,
    [label](url) shown as the label; "---" dividers dropped).
Then checks:
  - each q-*.jsonl has exactly 25 lines, each a JSON object with exactly the keys q, accept,
    section; q a non-empty string; accept a list of one or two strings, each ASCII, 5 to 12
    words, verbatim inside one unit of its own document, and occurring exactly once (ignoring case,
    whitespace collapsed) in the three documents' text joined; section a non-empty list of
    strings, at least one of which occurs (ignoring case) in its own document's text;
  - oos.jsonl has exactly 12 lines, each a JSON object with only the key q;
  - each document holds 1,300 to 1,800 words as extracted;
  - tools/make_html.py, tools/make_pdf.py and tools/make_md.py re-make docs/ byte for byte.
Standard library plus pdftotext. Run: /usr/bin/python3 tools/check.py
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
PY = "/usr/bin/python3"
DOCS = {
    "crz-notifications-confluence": ("docs/crz-notifications-confluence.html", "make_html.py"),
    "crz-amendment-gazette-2025": ("docs/crz-amendment-gazette-2025.pdf", "make_pdf.py"),
    "coastal-management-craft": ("docs/coastal-management-craft.md", "make_md.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "tbody", "colgroup", "br", "section", "ol", "body", "head", "html"}


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


def html_units(full):
    p = Blocks()
    with open(full, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    p.flush()
    return p.units


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def md_line(line):
    s = line.rstrip("\n")
    if re.fullmatch(r"\s*-{3,}\s*", s):
        return ""
    s = re.sub(r"</?callout>", "", s)
    s = re.sub(r'<highlight color="[a-z]+">|</highlight>', "", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"^#+ ", "", s)
    s = re.sub(r"^\t*- \[[ x]\] ", "", s)
    s = re.sub(r"^\t*- ", "", s)
    s = s.replace("**", "")
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\1", s)
    return ws(s)


def md_units(full):
    with open(full, encoding="utf-8") as f:
        return [u for u in (md_line(l) for l in f.read().split("\n")) if u]


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full)
    if path.endswith(".pdf"):
        return pdf_units(full)
    return md_units(full)


def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run([PY, os.path.join(HERE, script), out], capture_output=True,
                               text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[k][0], n))
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
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
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
                al = ws(a).lower()
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                total = sum(j.count(al) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r"
                                    % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
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
