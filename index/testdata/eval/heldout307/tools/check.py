#!/usr/bin/python3
"""Check the heldout307 evaluation set.

Extracts each document's text as a reader sees it:
  - the Quora page (.html): the visible text of each block element (p, li, div, blockquote, ...),
    script, style and noscript skipped, entities decoded;
  - the textbook chapter (.pdf): each line of `pdftotext -layout` output, cut where pdftotext
    leaves a gap of three or more spaces (table columns), whitespace collapsed;
  - the Notion export (.md): each line with its Markdown taken off (heading hashes, bullets,
    to-do boxes, numbered-list marks, quote marks, ** and * emphasis, <aside> tags, link
    targets: [label](target) shows as label), and each cell of a pipe table on its own.
Then checks that:
  - each document holds 1,300 to 1,800 words of such text;
  - every line of q-*.jsonl parses, has exactly the keys q, accept and section, and each file
    holds 25 questions; accept is a list of one or two strings, each ASCII, 5 to 12 words long,
    inside one unit (line, element or cell) of its own document (whitespace collapsed), and
    occurring exactly once, ignoring case, across the three documents' text; section is a
    non-empty list of strings of which at least one occurs in the document's text;
  - oos.jsonl holds 12 lines with only q;
  - tools/make_quora.py, tools/make_pdf.py and tools/make_notion.py re-make the three
    documents byte for byte (each is run with a temporary output path).
Run: /usr/bin/python3 tools/check.py        (standard library, plus pdftotext for the PDF)
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
NOTION = "New States & Boundary Disputes after 1956 9c41e7a2d58b4f36b0e2a7c5d19f8e34"
DOCS = {
    "quora-integration-of-princely-states": "docs/quora-integration-of-princely-states.html",
    "linguistic-reorganisation-textbook-ch4": "docs/linguistic-reorganisation-textbook-ch4.pdf",
    NOTION: "docs/%s.md" % NOTION,
}
MAKERS = {
    "quora-integration-of-princely-states": ("tools/make_quora.py", "out.html"),
    "linguistic-reorganisation-textbook-ch4": ("tools/make_pdf.py", "out.pdf"),
    NOTION: ("tools/make_notion.py", "out.md"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "blockquote", "form", "button", "label",
         "aside", "figure", "figcaption"}
SKIP = {"script", "style", "noscript", "template"}
MIN_WORDS, MAX_WORDS = 1300, 1800


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


def md_shown(line):
    s = line.strip()
    s = re.sub(r"</?aside>", "", s)
    s = re.sub(r"^#{1,6} ", "", s)
    s = re.sub(r"^[-*] \[[ xX]\] ", "", s)
    s = re.sub(r"^[-*+] ", "", s)
    s = re.sub(r"^\d+\. ", "", s)
    s = re.sub(r"^> ?", "", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = s.replace("**", "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    s = s.replace("`", "")
    return ws(s)


def md_units(full):
    units = []
    with open(full, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            s = line.strip()
            if s.startswith("|") and s.endswith("|"):
                cells = [c.strip() for c in s[1:-1].split("|")]
                if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                    continue
                units.extend(md_shown(c) for c in cells if md_shown(c))
            elif s and s != "---":
                t = md_shown(s)
                if t:
                    units.append(t)
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    if path.endswith(".html"):
        return html_units(full)
    return md_units(full)


def check_makers(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (script, out) in MAKERS.items():
            target = os.path.join(tmp, out)
            r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), target],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(target, "rb") as f:
                made = f.read()
            with open(os.path.join(ROOT, DOCS[name]), "rb") as f:
                have = f.read()
            if made != have:
                problems.append("%s does not re-make %s byte for byte" % (script, DOCS[name]))


def main():
    problems = []
    units = {k: units_of(v) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(1 for w in " ".join(u).split() if re.search(r"\w", w))
        print("%s: %d words" % (DOCS[k], n))
        if not MIN_WORDS <= n <= MAX_WORDS:
            problems.append("%s: %d words, expected %d to %d" % (DOCS[k], n, MIN_WORDS, MAX_WORDS))
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
                problems.append("%s: no section name found in the document: %r" % (where, sec))
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
                                    % (where, DOCS[name], a))
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
    check_makers(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--units":
        for k, v in DOCS.items():
            if len(sys.argv) > 2 and sys.argv[2] not in k:
                continue
            print("=====", v)
            for u in units_of(v):
                print(u)
        sys.exit(0)
    sys.exit(main())
