#!/usr/bin/python3
"""Check the heldout343 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Tana Paste .txt: one unit per node line (CRLF or LF), the indentation and the "- " bullet
    taken off; the %%tana%% header line counts as a line of its own;
  - Squarespace .html and Pandoc .html: one unit per block element's visible text (script,
    style, svg and noscript skipped; the <title> counts).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the Tana header, "- " node lines two spaces a level, Field:: value lines, [[date:...]]
    dates, supertags, !! headings, [[Name^id]] references, checkboxes and CRLF line ends; the
    Squarespace page's saved-from comment, Squarespace head and context, header navigation,
    blog item title and date, sqs-block divs, share buttons, previous / next links, newsletter
    footer; the Pandoc page's generator meta, title block, TOC nav with section numbers,
    numbered headings, footnote references and footnotes section, lines wrapped at 72 columns);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_tana.py, tools/make_squarespace.py and tools/make_pandoc.py re-make the documents
    byte for byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "onoe-kovind-committee-tana-outline": ("docs/onoe-kovind-committee-tana-outline.txt", "make_tana.py"),
    "simultaneous-elections-1951-67-law-commission-blog": (
        "docs/simultaneous-elections-1951-67-law-commission-blog.html", "make_squarespace.py"),
    "constitution-129th-amendment-bill-pandoc-notes": (
        "docs/constitution-129th-amendment-bill-pandoc-notes.html", "make_pandoc.py"),
}
TANA, SQS, PANDOC = list(DOCS)
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote", "hr", "colgroup"}
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


def units_of(path):
    raw = open(os.path.join(ROOT, path), encoding="utf-8", newline="").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(raw)
        p.flush()
        return p.units
    out = []
    for line in re.split(r"\r?\n", raw):
        t = ws(re.sub(r"^\s*- ", "", line))
        if t:
            out.append(t)
    return out


def check_tana(problems):
    raw = open(os.path.join(ROOT, DOCS[TANA][0]), encoding="utf-8", newline="").read()
    lines = raw.split("\r\n")
    if lines[0] != "%%tana%%":
        problems.append("tana: first line is not %%tana%%")
    if "\n" in raw.replace("\r\n", ""):
        problems.append("tana: a bare LF line end (the file is CRLF)")
    for i, l in enumerate(lines[1:], 2):
        m = re.match(r"^((?:  )*)- \S", l)
        if not m:
            problems.append("tana: line %d is not an indented '- ' node: %r" % (i, l[:40]))
    body = "\n".join(lines)
    for mark, what in ((r"^\s*- [^\n]*?:: ", "Field:: value lines"),
                       (r"^\s*- [A-Za-z ]+::$", "a multi-value field"),
                       (r"\[\[date:\d{4}-\d\d-\d\d\]\]", "[[date:...]] dates"),
                       (r"#concept\b", "the #concept supertag"),
                       (r"#\[\[[^\]]+\]\]", "a multi-word supertag"),
                       (r"^\s*- !! ", "!! headings"),
                       (r"\[\[[^\]^]+\^[A-Za-z0-9]{10}\]\]", "[[Name^id]] references"),
                       (r"^\s*- \[ \] ", "open checkboxes"),
                       (r"^\s*- \[x\] ", "done checkboxes"),
                       (r"\^\^[^^]+\^\^", "^^highlights^^")):
        if not re.search(mark, body, re.M):
            problems.append("tana: no %s" % what)


def check_squarespace(units, problems):
    page = open(os.path.join(ROOT, DOCS[SQS][0]), encoding="utf-8").read()
    if not re.match(r"<!DOCTYPE html>\n<!-- saved from url=\(\d{4}\)https://", page):
        problems.append("squarespace: no Chrome 'saved from url' comment")
    for mark in ('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
                 "<!-- This is Squarespace. -->", "Static.SQUARESPACE_CONTEXT",
                 '"@type":"BlogPosting"', 'class="header-nav-item', 'class="header-menu-nav-item',
                 'class="blog-item-title"', 'class="entry-title', 'class="dt-published',
                 'class="sqs-block html-block sqs-block-html"', 'class="sqs-html-content"',
                 "sqs-block image-block", "sqs-block quote-block", "sqs-block horizontalrule-block",
                 'style="white-space:pre-wrap;"', "squarespace-social-buttons",
                 "item-pagination-link--prev", "item-pagination-link--next",
                 "sqs-block newsletter-block", 'id="footer-sections"', "_files/"):
        if mark not in page:
            problems.append("squarespace: no %s" % mark)
    for unit in ("Previous", "Next", "Subscribe", "Sign Up", "Skip to Content", "Facebook",
                 "January 25, 2025"):
        if not any(u == unit or u.startswith(unit) for u in units):
            problems.append("squarespace: no %r unit" % unit)


def check_pandoc(problems):
    page = open(os.path.join(ROOT, DOCS[PANDOC][0]), encoding="utf-8").read()
    for mark in ('<meta name="generator" content="pandoc" />', '<header id="title-block-header">',
                 '<nav id="TOC" role="doc-toc">', 'class="toc-section-number"',
                 'class="header-section-number"', '<h1 data-number="1"', '<h2 data-number="2.1"',
                 'class="footnote-ref"', 'class="footnotes footnotes-end-of-document"',
                 'class="footnote-back"', "<colgroup>", '<meta name="dcterms.date"'):
        if mark not in page:
            problems.append("pandoc: no %s" % mark)
    body = page.split("<body>", 1)[1]
    for line in body.split("\n"):
        w = sum(0 if (unicodedata.combining(c) or 0xFE00 <= ord(c) <= 0xFE0F) else 1 for c in line)
        if w > 72 and " " in line.split(">", 1)[-1]:
            problems.append("pandoc: body line longer than 72 columns: %r" % line[:50])


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_tana(problems)
    check_squarespace(units[SQS], problems)
    check_pandoc(problems)
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
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
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
