#!/usr/bin/python3
"""Check the heldout285 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly the keys q,
accept (one or two strings) and section (a non-empty list of strings), out-of-scope lines only
q. Every accept string must be ASCII, 5-12 words long, lie inside one unit of its own document
as a reader sees it, and occur exactly once across the three documents' text (ignoring case,
whitespace collapsed). The units are:
  - Readwise export (.md): one line as a Markdown viewer shows it: heading hashes, "- " list
    markers and the four-space indent dropped, [[links]] shown as their text, #tags without
    the hash, [label](url) links shown as the label, image embeds dropped;
  - LinkedIn page (.html): one element's visible text (paragraph, heading, list item, quote,
    link or button; inline strong / em / a / span inside a paragraph do not split it), with
    script, style, code and noscript skipped and entities decoded;
  - PowerPoint handout (.pdf): one line of `pdftotext -layout`, whitespace collapsed, cut where
    pdftotext leaves three or more spaces (so a table cell, a column of the two-column slide,
    the header and its date are units of their own).
It also checks that at least one of each question's section names occurs in its document's
text; that each document has 1,300 to 1,800 words of text (words = whitespace-separated tokens
holding a letter or digit: the Readwise file's shown lines, the LinkedIn article's title,
author card, body and comments, the handout as pdftotext extracts it); that there are 25
questions per document and 12 out-of-scope ones; and that tools/make_readwise.py,
tools/make_linkedin.py and tools/make_handout.py re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
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
    "lion-of-the-five-rivers": ("docs/lion-of-the-five-rivers.md", "tools/make_readwise.py"),
    "sarkar-i-khalsa-linkedin": ("docs/sarkar-i-khalsa-linkedin.html", "tools/make_linkedin.py"),
    "anglo-sikh-wars-handout": ("docs/anglo-sikh-wars-handout.pdf", "tools/make_handout.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "section", "article",
         "aside", "body", "html", "head", "br", "figure", "figcaption", "blockquote", "button",
         "form", "label"}
SKIP = {"script", "style", "code", "noscript", "template"}
VOID = {"meta", "link", "img", "br", "input", "hr", "source", "icon"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def nwords(units):
    return sum(1 for u in units for w in u.split() if re.search(r"[A-Za-z0-9]", w))


class Blocks(html.parser.HTMLParser):
    """Visible text per block element; also the units inside the article and the comments."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.article, self.buf = [], [], []
        self.skip = 0
        self.stack = []          # open elements: (tag, counts-for-article)

    def in_article(self):
        return any(flag for _, flag in self.stack)

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.in_article():
                self.article.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK or (tag == "a" and not self.stack_has("p", "li", "h1", "h2", "h3", "h4", "blockquote")):
            self.flush()
        if tag not in VOID:
            cls = dict(attrs).get("class") or ""
            flag = tag == "article" or (tag == "section" and re.search(r"\bcomments\b", cls) is not None) \
                or "publisher-author-card" in cls
            self.stack.append((tag, flag))

    def stack_has(self, *tags):
        return any(t in tags for t, _ in self.stack)

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK or (tag == "a" and not self.stack_has("p", "li", "h1", "h2", "h3", "h4", "blockquote")):
            self.flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full):
    p = Blocks()
    with open(full, encoding="utf-8") as f:
        p.feed(f.read())
    p.flush()
    return p.units, p.article


def md_units(full):
    units = []
    with open(full, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            s = line.strip()
            s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
            s = re.sub(r"^#+\s+", "", s)
            s = re.sub(r"^- ", "", s)
            s = re.sub(r"\[\[([^\]]+)\]\]", r"\1", s)
            s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
            s = re.sub(r"(?<![\w&])#(\w)", r"\1", s)
            s = ws(s)
            if s and s != "()":
                units.append(s)
    return units


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def load(name, problems):
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".md"):
        u = md_units(path)
        return u, u
    if path.endswith(".html"):
        return html_units(path)
    u = pdf_units(path)
    return u, u


def remake(problems):
    tmp = tempfile.mkdtemp()
    try:
        for name, (doc, tool) in DOCS.items():
            dest = os.path.join(tmp, os.path.basename(doc))
            subprocess.run([sys.executable, os.path.join(ROOT, tool), dest], check=True)
            with open(dest, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (tool, doc))
    finally:
        shutil.rmtree(tmp)


def main():
    problems = []
    units, counted = {}, {}
    for name in DOCS:
        units[name], counted[name] = load(name, problems)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for name in DOCS:
        n = nwords(counted[name])
        print("%s: %d words of text (%d units)" % (DOCS[name][0], n, len(units[name])))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[name][0], n))
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
                problems.append("%s: no section name occurs in %s: %r" % (where, name, sec))
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
    remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
