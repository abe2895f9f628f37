#!/usr/bin/python3
"""Check the heldout321 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings); oos.jsonl lines hold only q.
There must be 25 questions per document and 12 out-of-scope ones.

Every accept string must be ASCII, 5-12 words long, lie inside one unit of its own document as a
reader sees it, and occur exactly once across the three documents' text (case-insensitive,
whitespace collapsed):
  - PDF issue brief: one line of `pdftotext -layout` output, cut where pdftotext leaves a gap of
    three or more spaces (so inside one table cell);
  - HTML press release: one element's visible text (a paragraph, list item, table cell, caption
    or link; scripts and styles skipped, entities decoded);
  - plain-text outline: one line, without its tab indentation.
Some section name of each question must be present in its document: equal (ignoring case,
whitespace, curly quotes and a leading "1." / "2.1" number) to one unit of the document, or to
two consecutive units joined (a title that wraps onto a second line).

It also checks the documents' shape (the outline: CRLF lines, a date line first, tab-only
indentation two to four levels deep, no bullets; the page: a Bootstrap page with navbar,
dropdowns, breadcrumb, gallery, related links and footer; the PDF: four or more pages with the
"Executive Summary" box, numbered sections, sub-sections and "Endnotes") and that
tools/make_pdf.py, tools/make_html.py and tools/make_txt.py re-make the three documents byte
for byte.

Run: /usr/bin/python3 tools/check.py          (prints problems; exit 1 if any)
     /usr/bin/python3 tools/check.py --units  (prints each document's units, for writing)
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
    "isro-issar-2024-press-release": ("docs/isro-issar-2024-press-release.html", "make_html.py"),
    "space-policy-debris-issue-brief": ("docs/space-policy-debris-issue-brief.pdf", "make_pdf.py"),
    "space-debris-ssa-outline": ("docs/space-debris-ssa-outline.txt", "make_txt.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "br", "aside", "form", "button", "label", "caption", "a",
         "small", "figure", "figcaption"}
GENERIC = {"introduction", "definition", "what is", "overview"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return ws(s).lower()


def strip_num(s):
    return re.sub(r"^\d+(\.\d+)*\.?\s+", "", s)


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.tags = {}

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for k, v in attrs:
            if k == "class" and v:
                for c in v.split():
                    self.tags["." + c] = self.tags.get("." + c, 0) + 1
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


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, out


def html_units(full):
    p = Blocks()
    with open(full, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    p.flush()
    return p.units, p.tags


def txt_lines(full):
    with open(full, "rb") as f:
        data = f.read()
    return data, data.decode("utf-8").split("\r\n")


def check_shapes(problems):
    # outline
    data, lines = txt_lines(os.path.join(ROOT, DOCS["space-debris-ssa-outline"][0]))
    if not data.endswith(b"\r\n") or b"\n" in data.replace(b"\r\n", b""):
        problems.append("outline: every line must end in CRLF")
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("outline: unexpected byte-order mark")
    if not re.match(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} 20\d\d$", lines[0]):
        problems.append("outline: first line is not a date line: %r" % lines[0])
    depth_max = 0
    for i, line in enumerate(lines[:-1], 1):
        m = re.match(r"^(\t*)(.*)$", line)
        rest = m.group(2)
        depth_max = max(depth_max, len(m.group(1)))
        if rest[:1].isspace():
            problems.append("outline line %d: indentation other than tabs" % i)
        if re.match(r"^([-*\u2022\u25aa\u25cf>+]|\d+[.)])\s", rest):
            problems.append("outline line %d: looks like a bullet: %r" % (i, rest))
        if len(rest) > 120:
            problems.append("outline line %d: not a short line" % i)
    if not 2 <= depth_max <= 3:
        problems.append("outline: nesting must be two to four levels (deepest tab depth %d)" % depth_max)
    # page
    units, tags = html_units(os.path.join(ROOT, DOCS["isro-issar-2024-press-release"][0]))
    for need in (".navbar", ".dropdown-menu", ".breadcrumb", ".gallery", ".related-links",
                 "footer", "table", "caption"):
        if not tags.get(need):
            problems.append("page: no %s" % need)
    # pdf
    full = os.path.join(ROOT, DOCS["space-policy-debris-issue-brief"][0])
    units, raw = pdf_units(full)
    if raw.count("\f") < 4:
        problems.append("pdf: fewer than four pages")
    for need in ("Executive Summary", "1. Introduction", "2.1 ", "Endnotes", "About the Author",
                 "ISSUE BRIEF"):
        if need not in raw:
            problems.append("pdf: no %r" % need)


def check_remake(problems):
    for name, (path, script) in DOCS.items():
        full = os.path.join(ROOT, path)
        with open(full, "rb") as f:
            before = f.read()
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out], check=True)
            with open(out, "rb") as f:
                after = f.read()
        if before != after:
            problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def all_units():
    units = {}
    for name, (path, _) in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".pdf"):
            units[name] = pdf_units(full)[0]
        elif path.endswith(".html"):
            units[name] = html_units(full)[0]
        else:
            units[name] = [ws(l) for l in txt_lines(full)[1] if l.strip()]
    return units


def section_present(secs, units):
    cands = set()
    for i, u in enumerate(units):
        cands.add(norm(u))
        cands.add(norm(strip_num(u)))
        if i + 1 < len(units):
            cands.add(norm(u + " " + units[i + 1]))
    return any(norm(s) in cands or norm(strip_num(s)) in cands
               for s in secs if norm(s) not in GENERIC)


def main():
    units = all_units()
    if "--units" in sys.argv:
        for name, us in units.items():
            print("=====", name)
            for u in us:
                print(u)
        return 0
    problems = []
    check_shapes(problems)
    check_remake(problems)
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
            elif not section_present(sec, units[name]):
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
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
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
