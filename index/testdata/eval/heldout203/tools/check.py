#!/usr/bin/python3
"""Check the heldout203 evaluation set.

Extracts each document's text as a reader gets it:
  - PDF (law-report print): `pdftotext -layout`, one unit per stretch of a line, a line being cut
    where pdftotext leaves a gap of three or more spaces (so the margin line numbers, the running
    head's parts and the "Referred to" column are units of their own);
  - Substack page (.html): the visible text of each element (p, li, h1-h6, figcaption, div,
    button, ...), scripts and styles skipped, entities decoded, inline tags (a, em, strong, span)
    kept inside their element;
  - Vim notes (.txt): one unit per line.
Whitespace inside a unit is collapsed to single spaces.

Then checks:
  - every line of q-*.jsonl parses, has exactly the keys q, accept, section; q is a non-empty
    string; accept is a list of one or two strings; section a non-empty list of strings;
  - each q-*.jsonl holds exactly 25 questions and oos.jsonl exactly 12 lines with only q;
  - every accept string is ASCII, 5 to 12 words long, lies (case and all) inside one unit of its
    own document, and occurs exactly once across the three documents' extracted text (ignoring
    case, whitespace collapsed);
  - at least one name in each question's section list occurs in its own document's text
    (ignoring case, whitespace collapsed);
  - each document has 1,300 to 1,800 words of extracted text (tokens of digits only, such as
    the PDF's margin line numbers and page numbers, not counted);
  - tools/make_pdf.py, tools/make_substack.py and tools/make_vim.py, run into a scratch
    directory, re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py   (standard library and pdftotext only)
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
    "cji-office-rti-judgment": ("docs/cji-office-rti-judgment.pdf", "tools/make_pdf.py"),
    "information-commissions-substack": ("docs/information-commissions-substack.html",
                                         "tools/make_substack.py"),
    "rti-exemptions-dpdp-vim": ("docs/rti-exemptions-dpdp-vim.txt", "tools/make_vim.py"),
}
INLINE = {"a", "em", "strong", "b", "i", "span", "sup", "sub", "code", "s", "u", "img",
          "source", "svg", "path", "g", "line", "polyline", "title_svg", "input", "meta", "link",
          "br_inline"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(html.parser.HTMLParser):
    """Visible text per element; any tag not in INLINE closes the current unit."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.stack_svg = [], [], 0, 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "svg":
            self.stack_svg += 1
        if tag not in INLINE and not self.stack_svg:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE and not self.stack_svg:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag == "svg":
            self.stack_svg -= 1
            return
        if tag not in INLINE and not self.stack_svg:
            self.flush()

    def handle_data(self, data):
        if not self.skip and not self.stack_svg:
            self.buf.append(data)

    def handle_comment(self, data):
        pass


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def html_units(full):
    p = Visible()
    with open(full, encoding="utf-8") as f:
        p.feed(f.read())
    p.flush()
    return p.units


def txt_units(full):
    with open(full, encoding="utf-8") as f:
        return [ws(l) for l in f.read().split("\n") if ws(l)]


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    if path.endswith(".html"):
        return html_units(full)
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


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}

    for name, u in units.items():
        n = sum(1 for t in " ".join(u).split() if not t.isdigit())
        print("%s: %d words of extracted text" % (name, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (name, n))

    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines, objs = read_jsonl(fn, problems)
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
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
            if (not isinstance(sec, list) or not sec
                    or not all(isinstance(s, str) and s.strip() for s in sec)):
                problems.append("%s: section must be a non-empty list of strings" % where)
                sec = []
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept item is not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: accept not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: accept has %d words: %r" % (where, nw, a))
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: accept not inside one line/element of %s: %r"
                                    % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: accept occurs %d times across the documents: %r"
                                    % (where, total, a))
            if sec and not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))

    lines, objs = read_jsonl("oos.jsonl", problems)
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    for i, obj in objs:
        if (not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str)
                or not obj["q"].strip()):
            problems.append("oos.jsonl:%d: must hold only a non-empty q" % i)

    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            fresh = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), fresh],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(fresh, "rb") as f1, open(os.path.join(ROOT, path), "rb") as f2:
                if f1.read() != f2.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, path))

    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
