#!/usr/bin/python3
"""Check the heldout216 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - the Varsity chapter page and the Thread Reader page (.html): the visible text of each block
    element (p, li, td, th, headings, div, ...), with <br> ending a line, scripts and styles
    skipped and entities decoded;
  - the nbconvert Markdown (.md): each line of the file as written (code, outputs and notes
    alike), except that the raw HTML of a DataFrame output is read like the pages above, one
    unit per table cell, its <style> skipped.
Then checks:
  - each document has 1,300 to 1,800 words of extracted text;
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly the keys q, accept
    and section; 25 questions per document and 12 out-of-scope ones holding only q;
  - every accept string (one or two per question) is ASCII, 5 to 12 words long, lies inside one
    unit (line, element or cell) of its own document, holds no Markdown marker (* or `) in the
    .md, and occurs exactly once (case-insensitive, whitespace collapsed) across the three
    documents' extracted text;
  - section is a non-empty list of strings, at least one of which occurs in its document;
  - the pages' own counts agree with their contents (the Varsity "N comments" with the comment
    list, the Thread Reader "N tweets" with the posts), every ```python fence in the .md is
    closed, and each make script re-makes its document byte for byte.
Run: /usr/bin/python3 tools/check.py [--dump NAME]
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
    "varsity-inflation-targeting-framework": ("docs/varsity-inflation-targeting-framework.html",
                                              "tools/make_varsity.py"),
    "mpc-decoded-threadreader": ("docs/mpc-decoded-threadreader.html", "tools/make_thread.py"),
    "cpi-vs-target-notebook": ("docs/cpi-vs-target-notebook.md", "tools/make_nbconvert.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "br", "figure", "figcaption", "aside", "form", "label", "button",
         "sup", "dl", "dt", "dd", "blockquote", "pre"}


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


def html_units(text):
    p = Blocks()
    p.feed(text)
    p.close()
    p.flush()
    return p.units


def md_units(text):
    units, block = [], None
    for line in text.split("\n"):
        if block is None and line.strip() == "<div>":
            block = [line]
            continue
        if block is not None:
            block.append(line)
            if line.strip() == "</div>":
                units.extend(html_units("\n".join(block)))
                block = None
            continue
        if ws(line):
            units.append(ws(line))
    return units


def units_of(name):
    path = os.path.join(ROOT, DOCS[name][0])
    text = open(path, encoding="utf-8").read()
    if path.endswith(".md"):
        return md_units(text)
    return html_units(text)


def check_shapes(problems):
    v = open(os.path.join(ROOT, DOCS["varsity-inflation-targeting-framework"][0]), encoding="utf-8").read()
    n = len(re.findall(r'<li id="comment-\d+"', v))
    m = re.search(r'<h2 class="comments-title">\s*(\d+) comments', v)
    if not m or int(m.group(1)) != n:
        problems.append("varsity: comments title does not match the %d comments" % n)
    if "<!-- saved from url=(" not in v or '<h1 class="entry-title">' not in v:
        problems.append("varsity: not a saved chapter page")
    t = open(os.path.join(ROOT, DOCS["mpc-decoded-threadreader"][0]), encoding="utf-8").read()
    n = len(re.findall(r'<div class="content-tweet', t))
    m = re.search(r'<span class="thread-count">(\d+) tweets</span>', t)
    if not m or int(m.group(1)) != n:
        problems.append("thread: tweet count does not match the %d posts" % n)
    md = open(os.path.join(ROOT, DOCS["cpi-vs-target-notebook"][0]), encoding="utf-8").read()
    fences = re.findall(r"^```(\w*)$", md, re.M)
    if len(fences) % 2 or any(f != "python" for f in fences[0::2]) or any(fences[1::2]):
        problems.append("notebook: unbalanced ```python fences")
    if not re.search(r"^!\[png\]\(cpi-vs-target-notebook_files/cpi-vs-target-notebook_\d+_\d+\.png\)$", md, re.M):
        problems.append("notebook: no nbconvert image link")


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            if open(out, "rb").read() != open(os.path.join(ROOT, doc), "rb").read():
                problems.append("%s does not re-make %s byte for byte" % (script, doc))


def read_jsonl(fn, problems):
    objs = []
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            objs.append(("%s:%d" % (fn, i), json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return len(lines), objs


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        for u in units_of(sys.argv[2]):
            print(u)
        return 0
    problems = []
    units = {k: units_of(k) for k in DOCS}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        nw = sum(len(x.split()) for x in u)
        print("%s: %d words" % (DOCS[k][0], nw))
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (k, nw))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        n, objs = read_jsonl(fn, problems)
        if n != 25:
            problems.append("%s: %d questions, expected 25" % (fn, n))
        for where, obj in objs:
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
                if name == "cpi-vs-target-notebook" and re.search(r"[*`]", a):
                    problems.append("%s: Markdown marker in %r" % (where, a))
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/element/cell of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
    n, objs = read_jsonl("oos.jsonl", problems)
    for where, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
            problems.append("%s: must hold only q" % where)
    if n != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % n)
    check_shapes(problems)
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, n))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
