#!/usr/bin/python3
"""Check the heldout117 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document (for the PDF, one line of `pdftotext -layout` output with
whitespace collapsed, and inside one cell of that line, cells being split at runs of three or
more spaces; for HTML, one element's visible text; for Markdown, one source line, free of
emphasis markers and not inside a `==`, `**` or `[[ ]]` span), and occur exactly once across the
three documents (case-insensitive). Each document has 25 questions; oos.jsonl has 12.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "soils-of-india": "docs/soils-of-india.md",
    "soil-erosion-and-conservation": "docs/soil-erosion-and-conservation.html",
    "soil-health-policy": "docs/soil-health-policy.pdf",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button"}
MD_SPAN = re.compile(r"==.+?==|\*\*.+?\*\*|\[\[.+?\]\]")


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


def pdf_lines(full):
    return subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                          text=True, check=True).stdout.split("\n")


def units_of(path):
    """The text units an accept string must fit inside, and the document's whole text."""
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        raw = pdf_lines(full)
        lines = [ws(l) for l in raw if ws(l)]
        cells = [ws(c) for l in raw for c in re.split(r" {3,}", l) if ws(c)]
        return lines, cells
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units, p.units
    lines = [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]
    return lines, lines


def inside_md_span(line, a):
    """True if every occurrence of a in line overlaps a ==, ** or [[ ]] span."""
    spans = [m.span() for m in MD_SPAN.finditer(line)]
    start = line.find(a)
    while start != -1:
        end = start + len(a)
        if not any(s < end and start < e for s, e in spans):
            return False
        start = line.find(a, start + 1)
    return True


def main():
    problems = []
    units, cells = {}, {}
    for k, v in DOCS.items():
        units[k], cells[k] = units_of(v)
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                                for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                doc = DOCS[name]
                if doc.endswith(".md"):
                    if re.search(r"==|\*\*|\[\[|\]\]|(?<!\w)_|_(?!\w)", a):
                        problems.append("%s: emphasis marker in %r" % (where, a))
                    holding = [u for u in units[name] if a in u]
                    if holding and all(inside_md_span(u, a) for u in holding):
                        problems.append("%s: inside an emphasis span: %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                elif doc.endswith(".pdf") and not any(a in c for c in cells[name]):
                    problems.append("%s: spans two cells/columns of %s: %r" % (where, name, a))
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
