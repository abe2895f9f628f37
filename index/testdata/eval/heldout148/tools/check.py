#!/usr/bin/python3
"""Check the heldout148 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as its app shows it (for the Google Keep Takeout note, one line
of the note's textContent, or its title, read with the json module; for HTML, one element's
visible text, scripts and styles left out; for the PDF, one line of `pdftotext -layout` output
with whitespace collapsed, never spanning two table cells), and occur exactly once across the
three documents' shown text (case-insensitive). Each q-*.jsonl must hold 25 questions and
oos.jsonl 12.
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
    "hotspots-keep-note": "docs/hotspots-keep-note.json",
    "biodiversity-hotspots-in-india": "docs/biodiversity-hotspots-in-india.html",
    "india-biodiversity-magazine": "docs/india-biodiversity-magazine.pdf",
}
PDF_SOURCE = "tools/india-biodiversity-magazine.txt"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside"}


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


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        return [ws(l) for l in out.split("\n") if ws(l)]
    if path.endswith(".json"):
        with open(full, encoding="utf-8") as f:
            note = json.load(f)
        for key in ("color", "isTrashed", "isPinned", "isArchived", "textContent", "title",
                    "userEditedTimestampUsec", "createdTimestampUsec", "labels"):
            if key not in note:
                raise SystemExit("%s: Keep note lacks %s" % (path, key))
        lines = [note["title"]] + note["textContent"].split("\n")
        return [l for l in lines if l.strip()]
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def pdf_table(units):
    """The PDF table's cells (from the source text) and the indexes of the extracted lines
    that belong to the table, so that no accept string may join two cells of one line."""
    with open(os.path.join(ROOT, PDF_SOURCE), encoding="utf-8") as f:
        src = f.read().split("\n")
    i, j = src.index("@table"), src.index("@endtable")
    rows = [r for r in src[i + 1:j] if r.strip()]
    cells = [ws(c) for r in rows for c in r.split("|")]
    header = ws(rows[0].replace("|", " "))
    after = " ".join(next(l for l in src[j + 1:] if l.strip()).split()[:4])
    start = units.index(header)
    end = next(k for k in range(start, len(units)) if units[k].startswith(after))
    return cells, set(range(start, end))


def main():
    problems = []
    units = {k: units_of(v) for k, v in DOCS.items()}
    pdf_name = next(k for k, v in DOCS.items() if v.endswith(".pdf"))
    cells, table_idx = pdf_table(units[pdf_name])
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
            if not isinstance(obj.get("q"), str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
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
                hits = [k for k, u in enumerate(units[name]) if a in u]
                if not hits:
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                elif (name == pdf_name and all(k in table_idx for k in hits)
                      and not any(a in c for c in cells)):
                    problems.append("%s: spans two table cells: %r" % (where, a))
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
