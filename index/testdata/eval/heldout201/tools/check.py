#!/usr/bin/python3
"""Check the heldout201 evaluation set.

Run: /usr/bin/python3 tools/check.py          (prints problems and exits 1 if there are any)
     /usr/bin/python3 tools/check.py --units  (prints each document's units, for writing)

Extracts each document's text as a reader sees it:
  - Obsidian note (.md): the rendered lines - front matter properties shown as "key: value",
    callout markers, list and task markers, heading hashes, **bold**, ==highlight== and
    *italic* markers dropped, [[link|alias]] shown as the alias and [[link]] as its name,
    footnote marks and block ids (^id) dropped, %% comments %% and the mermaid / dataview
    code blocks hidden; every table cell is a unit of its own;
  - saved RBI press release (.html): the visible text of each block element (p, li, td, th,
    div, headings; <br> breaks a unit), outside head, script and style;
  - two-up class notes (.pdf): `pdftotext -layout` lines, cut where a gap of three or more
    spaces separates the two pages of a sheet or two table cells.
Then checks: every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly the keys
q, accept, section; 25 questions per document and 12 out-of-scope ones holding only q; accept
is a list of one or two strings, each ASCII, 5 to 12 words, inside one unit of its own document,
and occurring exactly once (case and whitespace ignored) across the three documents' text;
section is a non-empty list of strings of which at least one occurs in the document; each
document has 1,300 to 1,800 words of text; and each tools/make_*.py re-makes its document byte
for byte (written to a scratch directory and compared).
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
    "shgs-and-day-nrlm": ("docs/shgs-and-day-nrlm.md", "tools/make_md.py"),
    "rbi-microfinance-press-release": ("docs/rbi-microfinance-press-release.html",
                                       "tools/make_html.py"),
    "shg-blp-class-notes": ("docs/shg-blp-class-notes.pdf", "tools/make_pdf.py"),
}
BLOCK = {"p", "li", "td", "th", "tr", "table", "tbody", "ul", "ol", "div", "br", "form",
         "body", "h1", "h2", "h3", "h4", "h5", "h6"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Markdown (Obsidian)
def md_inline(s):
    s = re.sub(r"%%.*?%%", "", s)
    s = re.sub(r"!?\[\[([^\]|]+)\|([^\]]+)\]\]", r"\2", s)
    s = re.sub(r"!?\[\[([^\]]+)\]\]", r"\1", s)
    s = re.sub(r"\[\^\d+\]", "", s)
    s = re.sub(r"\s\^[a-z0-9-]+$", "", s)
    s = s.replace("**", "").replace("==", "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    return s


def md_units(full, body_only=False):
    lines = open(full, encoding="utf-8").read().split("\n")
    units = []
    i = 0
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        if not body_only:
            key = None
            for l in lines[1:end]:
                if l.startswith("  - "):
                    units.append("%s: %s" % (key, l[4:]))
                else:
                    key = l.split(":", 1)[0]
                    units.append(l)
        i = end + 1
    in_code = False
    for l in lines[i:]:
        if l.startswith("```"):
            in_code = not in_code
            continue
        if in_code or re.fullmatch(r"\s*%%.*%%\s*", l) or re.fullmatch(r"\^[a-z0-9-]+", l):
            continue
        s = re.sub(r"^(> ?)+", "", l)
        s = re.sub(r"^\[!\w+\][+-]?\s*", "", s)
        s = re.sub(r"^#+\s+", "", s)
        s = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+(?:\[[ x]\]\s+)?", "", s)
        s = re.sub(r"^\[\^\d+\]:\s*", "", s)
        if s.startswith("|"):
            if re.fullmatch(r"\|[-|: ]+\|", s.strip()):
                continue
            for c in s.strip().strip("|").split("|"):
                if ws(md_inline(c)):
                    units.append(ws(md_inline(c)))
            continue
        s = ws(md_inline(s))
        if s and s != "?":
            units.append(s)
    return units


# ---------------------------------------------------------------- HTML
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
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_parse(full):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p


# ---------------------------------------------------------------- PDF
def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".md"):
        return md_units(full)
    if path.endswith(".html"):
        return html_parse(full).units
    return pdf_units(full)


def word_count(name, path, units):
    full = os.path.join(ROOT, path)
    if path.endswith(".md"):
        text = " ".join(md_units(full, body_only=True))
    elif path.endswith(".html"):
        p = html_parse(full)
        start = next(i for i, u in enumerate(p.units) if u.startswith("Reserve Bank revises"))
        end = next(i for i, u in enumerate(p.units) if u == "Top")
        text = " ".join(p.units[start:end])
    else:
        text = " ".join(u for u in units if not u.startswith(("GS-3 Economy", "Class 11 –",
                                                                  "Typed by", "Page ")))
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


def main():
    if "--units" in sys.argv:
        for name, (path, _) in DOCS.items():
            print("=====", name)
            for u in units_of(path):
                print(u)
        return 0
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for name, (path, _) in DOCS.items():
        n = word_count(name, path, units[name])
        print("%s: %d words of text" % (path, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (path, n))
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
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/unit of %s: %r" % (where, name, a))
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
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as f1, open(os.path.join(ROOT, path), "rb") as f2:
                if f1.read() != f2.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, path))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
