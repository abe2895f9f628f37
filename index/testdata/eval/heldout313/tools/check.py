#!/usr/bin/python3
"""Check the heldout313 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse. In-scope lines hold exactly the keys q,
accept (a list of one or two strings) and section (a non-empty list of strings); there are 25
per document and 12 out-of-scope lines holding only q. Every accept string must be ASCII, 5 to
12 words long, lie inside one unit of its own document's text as a reader gets it, and occur
exactly once (ignoring case, whitespace collapsed) across the three documents' text:
  - YouTube transcript .txt: one line of the file (timestamps, chapter titles and captions are
    lines of their own);
  - MEA brief .pdf: one line of `pdftotext` output (reading order, no -layout), which is one
    line of a paragraph or one line of a table cell;
  - Pocket reader .html: one element's visible text (p, li, h1/h2/h3, figcaption, cite, div...),
    with the head, scripts, styles, elements marked hidden or aria-hidden and visually-hidden
    labels skipped, as the page shows it; entities decoded.
At least one section name of each question must occur in its document's text. The documents'
word counts must be 1,300 to 1,800 (captions and header without the timestamps; the brief as
pdftotext gives it; the article's title, dek and body). The PDF must have 4 pages, each with its
"Page n of 4" footer. Finally each make script is run on a copy of tools/ and must write the
committed document byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
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
    "neighbourhood-first-maldives-live-transcript":
        ("docs/neighbourhood-first-maldives-live-transcript.txt", "make_transcript.py"),
    "india-maldives-bilateral-brief-mea":
        ("docs/india-maldives-bilateral-brief-mea.pdf", "make_pdf.py"),
    "india-maldives-reset-pocket":
        ("docs/india-maldives-reset-pocket.html", "make_pocket.py"),
}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "path"}
BLOCK = {"p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "div", "blockquote", "cite",
         "figure", "figcaption", "header", "footer", "nav", "main", "article", "aside", "section",
         "table", "tr", "td", "th", "body", "button", "br", "a"}
TIME = re.compile(r"^\d+:\d{2}(:\d{2})?$")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Shown(html.parser.HTMLParser):
    """Visible text of a saved page, one unit per block element (links count as blocks: the
    page shows its links as separate items, and no accept string spans one)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack = [], [], []
        self.article = []          # text inside the article (for the word count)
        self.in_head = False

    def hidden(self):
        return any(skip for _, skip in self.stack)

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        skip = (tag in ("head", "script", "style", "svg", "title") or "hidden" in a
                or a.get("aria-hidden") == "true"
                or "visually-hidden" in (a.get("class") or "").split())
        if tag in BLOCK:
            self.flush()
        if tag not in VOID:
            self.stack.append((tag, skip))
        if tag in ("article",):
            self.article.append("")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not self.hidden():
            self.buf.append(data)


def article_words(full):
    """Title, dek and body of the article as Pocket shows it (RIL_body and the h1)."""
    text = open(full, encoding="utf-8").read()
    title = re.search(r'<h1 class="title"[^>]*>(.*?)</h1>', text, re.S).group(1)
    body = re.search(r'<div id="RIL_body">(.*?)</div></div></div></div>', text, re.S).group(1)
    body = re.sub(r"<figcaption>.*?</figcaption>", " ", body, flags=re.S)
    p = Shown()
    p.feed(title + " " + body)
    p.flush()
    return len(" ".join(p.units).split())


def units_of(key, problems):
    path = DOCS[key][0]
    full = os.path.join(ROOT, path)
    if path.endswith(".txt"):
        with open(full, encoding="utf-8", newline="") as f:
            raw = f.read()
        if "\r\n" not in raw or re.search(r"[^\r]\n", raw):
            problems.append("%s: expected CRLF line ends throughout" % path)
        lines = [ws(l) for l in raw.split("\r\n") if ws(l)]
        n = len(" ".join(l for l in lines if not TIME.match(l)).split())
        return lines, n
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True,
                             check=True).stdout
        pages = out.split("\f")
        pages = [p for p in pages if p.strip()]
        if len(pages) != 4:
            problems.append("%s: %d pages, expected 4" % (path, len(pages)))
        for i, p in enumerate(pages, 1):
            if "Page %d of %d" % (i, len(pages)) not in p:
                problems.append("%s: page %d lacks its 'Page n of N' footer" % (path, i))
        lines = [ws(l) for l in out.split("\n") if ws(l)]
        return lines, len(out.split())
    p = Shown()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units, article_words(full)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for key, (path, script) in DOCS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("tools/%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            made = os.path.join(tmp, path)
            a = hashlib.sha256(open(made, "rb").read()).hexdigest()
            b = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            if a != b:
                problems.append("tools/%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    units, joined = {}, {}
    for key, (path, _) in DOCS.items():
        u, n = units_of(key, problems)
        units[key] = u
        joined[key] = ws(" ".join(u)).lower()
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, n))
        print("%-48s %5d words, %4d units" % (path, n, len(u)))
    n_q = 0
    for key in DOCS:
        fn = "q-%s.jsonl" % key
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        low_units = [u.lower() for u in units[key]]
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.append("%s: bad JSON (%s)" % (where, e))
                continue
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: empty q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                                for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
                sec = []
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                al = ws(a).lower()
                if not any(al in u for u in low_units):
                    problems.append("%s: not inside one line/element of its document: %r"
                                    % (where, a))
                total = sum(j.count(al) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r"
                                    % (where, total, a))
            if sec and not any(ws(s).lower() in joined[key] for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) \
                    or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only a non-empty q" % i)
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
