#!/usr/bin/python3
"""Check the heldout323 evaluation set.

Run: /usr/bin/python3 tools/check.py   (standard library, plus pdftotext for the PDF)

It extracts the three documents' text as a reader sees it:
  - .html (a WordPress page saved with Firefox, "HTML only"): the visible text of <body>, with
    script, style, textarea, noscript, svg and iframe content skipped and character references
    decoded; one unit per block element (p, li, td, th, h1-h6, blockquote, figcaption, cite, div,
    nav, ...), so a unit never runs across two paragraphs, list items or table cells;
  - .pdf (the committee report): `pdftotext -layout`, one unit per line, cut where pdftotext
    leaves three or more spaces (table columns, hanging paragraph numbers, header left/right);
  - .md (the Typora note): the text as Typora shows it, one unit per source line with the
    Markdown marks (#, >, list and task markers, **, *, ==, footnote marks) removed; raw HTML
    lines are read with the HTML parser, so a table cell is a unit and <br> splits it; the
    mermaid block gives its node and edge labels; [TOC] and the <img> tag show no text.
It then checks:
  - every line of q-*.jsonl and oos.jsonl parses; 25 questions per document, 12 out of scope;
  - in-scope lines have exactly the keys q, accept, section; oos lines only q;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words long, inside one unit of
    its own document, and occurring exactly once (ignoring case, whitespace collapsed) across the
    three documents' extracted text;
  - section is a non-empty list of strings, and at least one of them occurs in its document's
    extracted text;
  - each document has 1,300 to 1,800 words of extracted text;
  - the make scripts, run on a copy of tools/ with an empty docs/ (in a temporary folder made
    inside the set and removed afterwards), re-make each document byte for byte.
"""
import html
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = {
    "dgp-empanelment-verdict-lawledger": ("docs/dgp-empanelment-verdict-lawledger.html", "make_html.py"),
    "rs-home-affairs-committee-police-reforms": ("docs/rs-home-affairs-committee-police-reforms.pdf", "make_pdf.py"),
    "bnss-2023-policing-typora": ("docs/bnss-2023-policing-typora.md", "make_md.py"),
}
BLOCK = {"p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "thead", "br", "h1",
         "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "cite", "nav", "header",
         "footer", "main", "aside", "article", "section", "form", "label", "time", "button", "body"}
SKIP = {"script", "style", "textarea", "noscript", "svg", "iframe", "title", "head"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def nwords(text):
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


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
        elif tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(text):
    p = Blocks()
    p.feed(text)
    p.close()
    p.flush()
    return p.units


def pdf_units(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def md_strip(line):
    s = line.strip()
    heading = re.match(r"^#{1,6}\s+", s)
    s = re.sub(r"^#{1,6}\s+", "", s)
    s = re.sub(r"^(>\s*)+", "", s)
    s = re.sub(r"^[-*+]\s+\[[ xX]\]\s+", "", s)
    s = re.sub(r"^[-*+]\s+", "", s)
    if not heading:
        s = re.sub(r"^\d+\.\s+", "", s)
    s = re.sub(r"^\[\^\w+\]:\s*", "", s)
    s = re.sub(r"\[\^\w+\]", "", s)
    s = s.replace("==", "").replace("**", "")
    s = re.sub(r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])", r"\1", s)
    s = re.sub(r"\s{2,}$", "", s)
    return s


def md_units(path):
    units, headings = [], []
    in_code = False
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            for lab in re.findall(r"\[([^\]]+)\]|\(([^)]+)\)|\{([^}]+)\}|\|([^|]+)\|", line):
                t = ws(next(x for x in lab if x))
                if t:
                    units.append(t)
            continue
        if not line.strip() or line.strip() == "[TOC]":
            continue
        if line.lstrip().startswith("<"):
            units.extend(html_units(line))
            continue
        if re.match(r"^#{1,6}\s", line):
            headings.append(md_strip(line))
        t = ws(md_strip(line))
        if t:
            units.append(t)
    return units


def units_of(path):
    if path.endswith(".pdf"):
        return pdf_units(path)
    if path.endswith(".md"):
        return md_units(path)
    with open(path, encoding="utf-8") as f:
        return html_units(f.read())


def read_jsonl(path, problems):
    objs = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f.read().split("\n"), 1):
            if not line.strip():
                continue
            try:
                objs.append((i, json.loads(line)))
            except ValueError as e:
                problems.append("%s:%d: bad JSON (%s)" % (os.path.basename(path), i, e))
    return objs


def check_remake(problems):
    tmp = tempfile.mkdtemp(prefix=".remake-", dir=ROOT)
    try:
        shutil.copytree(HERE, os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for name, (doc, script) in DOCS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)], check=True)
            with open(os.path.join(ROOT, doc), "rb") as f:
                old = f.read()
            with open(os.path.join(tmp, doc), "rb") as f:
                new = f.read()
            if old != new:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (doc, script))
    finally:
        shutil.rmtree(tmp)


def main():
    problems = []
    units = {k: units_of(os.path.join(ROOT, v[0])) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = nwords(" ".join(u))
        print("%s: %d words, %d units" % (DOCS[k][0], n, len(u)))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[k][0], n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        objs = read_jsonl(os.path.join(ROOT, fn), problems)
        for i, obj in objs:
            where = "%s:%d" % (fn, i)
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
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
        if len(objs) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(objs)))
    oos = read_jsonl(os.path.join(ROOT, "oos.jsonl"), problems)
    for i, obj in oos:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
            problems.append("oos.jsonl:%d: must hold only q" % i)
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for k, v in DOCS.items():
            print("=====", v[0])
            for u in units_of(os.path.join(ROOT, v[0])):
                print(u)
        sys.exit(0)
    sys.exit(main())
