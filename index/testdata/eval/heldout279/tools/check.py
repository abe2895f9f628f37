#!/usr/bin/python3
"""Check the heldout279 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly q, accept (one
or two strings) and section (a non-empty list of strings); oos lines hold only q. There must
be 25 questions per document and 12 out-of-scope ones. Every accept string must be ASCII,
5-12 words long, lie inside one unit of its own document as a reader sees it, and occur
exactly once across the three documents' text (case-insensitive, whitespace collapsed):
  - Todoist CSV: one line of one cell (task title, description or comment, or section
    name), read with the csv module, Markdown shown as Todoist shows it (**bold**, *italic*
    and [label](url) reduced to their text, the "* " of an uncompletable task dropped),
    and also inside that line as the raw cell holds it (no Markdown marker inside);
  - saved HTML page: one element's visible text (scripts and styles skipped; block
    elements and <br> end a unit);
  - PDF handout: one line of `pdftotext -layout` output, cut where pdftotext leaves three
    or more spaces (side-by-side slides and table cells come apart there).
At least one section name of every question must occur in its document's text. Each
document must hold 1,300 to 1,800 words of text (tokens with a letter or digit). The CSV
must have Todoist's template header and rows of equal length, the HTML must carry Chrome's
"saved from url" mark, the PDF must have 4 A4 pages. tools/make_csv.py, tools/make_html.py
and tools/make_pdf.py must re-make their documents byte for byte (run in a temporary copy
of tools/, so the committed files are not touched).
Run: /usr/bin/python3 tools/check.py
"""
import csv
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
    "mgnrega-wages-funds-todoist": "docs/mgnrega-wages-funds-todoist.csv",
    "mgnrega-faq-ministry": "docs/mgnrega-faq-ministry.html",
    "mgnrega-social-audit-slides": "docs/mgnrega-social-audit-slides.pdf",
}
MAKERS = {
    "make_csv.py": ["mgnrega-wages-funds-todoist.txt"],
    "make_html.py": ["mgnrega-faq-ministry.txt"],
    "make_pdf.py": ["mgnrega-social-audit-slides.txt"],
}
RAW = {}  # raw (Markdown not rendered) CSV lines, by file
TODOIST_HEADER = ["TYPE", "CONTENT", "DESCRIPTION", "IS_COLLAPSED", "PRIORITY", "INDENT",
                  "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG", "TIMEZONE", "DURATION",
                  "DURATION_UNIT", "DEADLINE", "DEADLINE_LANG"]
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article",
         "section", "body", "html", "head", "dt", "dd", "dl", "br", "form", "button", "label",
         "marquee", "iframe"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def words(text):
    return len([w for w in text.split() if re.search(r"\w", w)])


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
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def md_shown(line):
    line = re.sub(r"\[([^\]]+)\]\((https?://[^)]+)\)", r"\1", line)
    line = re.sub(r"\*\*([^*]+)\*\*", r"\1", line)
    line = re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"\1", line)
    return line


def csv_units(full, problems):
    with open(full, encoding="utf-8", newline="") as f:
        raw = f.read()
    rows = list(csv.reader(raw.splitlines(keepends=True)))
    if rows[0] != TODOIST_HEADER:
        problems.append("csv: header is not Todoist's template header")
    if any(len(r) != len(TODOIST_HEADER) for r in rows):
        problems.append("csv: rows of unequal length")
    if "\r\n" not in raw or raw.startswith("\ufeff"):
        problems.append("csv: expected CRLF rows and no BOM")
    units, raw_units = [], []
    for r in rows[1:]:
        if r[0] not in ("task", "note", "section"):
            continue
        for col in (1, 2):
            cell = r[col]
            if col == 1 and r[0] == "task" and cell.startswith("* "):
                cell = cell[2:]
            for line in cell.split("\n"):
                t = ws(md_shown(line))
                if t:
                    units.append(t)
                    raw_units.append(ws(line))
    RAW[full] = raw_units
    return units


def html_units(full, problems):
    text = open(full, encoding="utf-8").read()
    if not re.match(r"<!DOCTYPE[^>]*>\n<!-- saved from url=\(\d{4}\)https?://", text):
        problems.append("html: no Chrome 'saved from url' mark after the doctype")
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


def pdf_units(full, problems):
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True).stdout
    if not re.search(r"^Pages:\s+4$", info, re.M) or "A4" not in info:
        problems.append("pdf: expected 4 A4 pages")
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".csv"):
        return csv_units(full, problems)
    if path.endswith(".html"):
        return html_units(full, problems)
    return pdf_units(full, problems)


def check_makers(problems):
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script, sources in MAKERS.items():
            for fn in [script] + sources:
                shutil.copy(os.path.join(ROOT, "tools", fn), os.path.join(tmp, "tools", fn))
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)],
                               capture_output=True, text=True)
            if r.returncode:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
        for path in DOCS.values():
            made = os.path.join(tmp, path)
            if not os.path.exists(made):
                problems.append("%s was not re-made" % path)
                continue
            if open(made, "rb").read() != open(os.path.join(ROOT, path), "rb").read():
                problems.append("%s is not re-made byte for byte" % path)


def main():
    problems = []
    check_makers(problems)
    units, joined = {}, {}
    for k, v in DOCS.items():
        units[k] = units_of(v, problems)
        joined[k] = ws(" ".join(units[k])).lower()
        n = words(" ".join(units[k]))
        print("%s: %d words" % (v, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (v, n))
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
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in its document: %r" % (where, sec))
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
                raw = RAW.get(os.path.join(ROOT, DOCS[name]))
                if raw is not None and not any(ws(a) in u for u in raw):
                    problems.append("%s: not inside one raw CSV line (Markdown in the way): %r"
                                    % (where, a))
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
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
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
