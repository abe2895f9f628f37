#!/usr/bin/python3
"""Check the heldout308 evaluation set.

Extracts the three documents' text as a reader sees it:
  - the Samsung Notes .txt: one unit per line of the file;
  - the saved live blog .html: one unit per element's visible text (p, li, h1-h6, div,
    figcaption, blockquote, ...), scripts, styles and JSON-LD skipped, entities decoded;
  - the PowerPoint handout .pdf: `pdftotext -layout` lines, whitespace collapsed and cut where
    three or more spaces fall (so the page header's left part and its date are two units).
Then checks:
  - every document has 1,300 to 1,800 words (the whole note; the PDF's extracted text; the live
    blog's article: h1, synopsis, Key Highlights and the live updates, without ad labels, share
    rows and the page around it);
  - tools/make_txt.py, tools/make_html.py and tools/make_pdf.py each re-make their document
    byte for byte (written to a temporary file, compared with the committed one);
  - each q-*.jsonl has exactly 25 lines, each a JSON object with exactly the keys q, accept,
    section; accept is a list of one or two strings, each ASCII, 5 to 12 words, inside one unit
    of its own document, and occurring exactly once (ignoring case, whitespace collapsed) in the
    three documents' extracted text taken together; section is a non-empty list of strings of
    which at least one occurs in its own document's text;
  - oos.jsonl has exactly 12 lines, each a JSON object with only the key q;
  - format sanity: the note's first line is its title and it has no final newline; the HTML
    parses, its JSON-LD parses and is a LiveBlogPosting, and its unpinned updates run newest
    first; the PDF has the handout header on every page and three slides a page.
Run: /usr/bin/python3 tools/check.py
"""
import filecmp
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "landslides-gs3-samsung-notes": ("docs/landslides-gs3-samsung-notes.txt", "tools/make_txt.py"),
    "wayanad-landslide-live-day3": ("docs/wayanad-landslide-live-day3.html", "tools/make_html.py"),
    "landslide-risk-mgmt-handout": ("docs/landslide-risk-mgmt-handout.pdf", "tools/make_pdf.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "figure", "figcaption", "blockquote",
         "aside", "form", "button", "label", "time"}
PY = "/usr/bin/python3"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def nwords(s):
    return len([w for w in s.split() if re.search(r"[0-9A-Za-z]", w)])


class Blocks(html.parser.HTMLParser):
    """Visible text units; also collects the article's text and the JSON-LD blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.stack = []          # (tag, in_article, chrome)
        self.article_words = 0
        self.abuf = []
        self.jsonld, self.in_ld, self.ldbuf = [], False, []
        self.times = []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def _ctx(self):
        return self.stack[-1][1:] if self.stack else (False, False)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        in_art, chrome = self._ctx()
        cls = a.get("class") or ""
        if tag == "article":
            in_art = True
        if re.search(r"\b(ad-container|lb-share|share-bar|live-tag|article-meta|liveblog-controls|"
                     r"tags|first-published|lb-time|lead-image|load-more|embed-x)\b", cls):
            chrome = True
        if tag == "script":
            self.skip += 1
            if a.get("type") == "application/ld+json":
                self.in_ld, self.ldbuf = True, []
        elif tag == "style":
            self.skip += 1
        if tag == "div" and "lb-entry" in cls.split() and "pinned" not in cls.split():
            self.times.append(a.get("data-ts", ""))
        if tag in BLOCK:
            self.flush()
        if tag not in ("br", "img", "input", "meta", "link"):
            self.stack.append((tag, in_art, chrome))

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
            if tag == "script" and self.in_ld:
                self.jsonld.append("".join(self.ldbuf))
                self.in_ld = False
        if tag in BLOCK:
            self.flush()
        while self.stack:
            t = self.stack.pop()[0]
            if t == tag:
                break

    def handle_data(self, data):
        if self.in_ld:
            self.ldbuf.append(data)
        if self.skip:
            return
        self.buf.append(data)
        in_art, chrome = self._ctx()
        if in_art and not chrome:
            self.abuf.append(data)


def pdf_text(full):
    return subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_units(text):
    units = []
    for line in text.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def extract(name, problems):
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".txt"):
        raw = open(path, "rb").read()
        text = raw.decode("utf-8")
        if raw.endswith(b"\n"):
            problems.append("%s: the note should end without a final newline" % name)
        if not text.split("\n", 1)[0].startswith("Landslides"):
            problems.append("%s: the first line should be the note's title" % name)
        units = [ws(l) for l in text.split("\n") if ws(l)]
        return units, nwords(text)
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(path, encoding="utf-8").read())
        p.close()
        p.flush()
        lb = [json.loads(j) for j in p.jsonld]
        if not any(j.get("@type") == "LiveBlogPosting" for j in lb):
            problems.append("%s: no LiveBlogPosting JSON-LD" % name)
        if p.times != sorted(p.times, reverse=True) or len(p.times) < 10:
            problems.append("%s: live updates are not newest first" % name)
        return p.units, nwords(" ".join(p.abuf))
    text = pdf_text(path)
    pages = text.split("\f")
    pages = [pg for pg in pages if pg.strip()]
    for i, pg in enumerate(pages, 1):
        if "GS-III Disaster Management | L9: Landslide Risk Management" not in pg:
            problems.append("%s: page %d has no handout header" % (name, i))
        if i < len(pages) and len(re.findall(r"L9 \| Landslide Risk Management\s+\d+", pg)) + (i == 1) != 3:
            problems.append("%s: page %d does not hold three slides" % (name, i))
    return pdf_units(text), nwords(text)


def remake(name, problems):
    doc, script = DOCS[name]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(doc))
        r = subprocess.run([PY, os.path.join(ROOT, script), out], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append("%s: %s failed: %s" % (name, script, r.stderr.strip()[-300:]))
            return
        if not filecmp.cmp(out, os.path.join(ROOT, doc), shallow=False):
            problems.append("%s: %s does not re-make %s byte for byte" % (name, script, doc))


def read_lines(fn):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l.strip()]


def main():
    problems = []
    units, joined, counts = {}, {}, {}
    for name in DOCS:
        remake(name, problems)
        u, n = extract(name, problems)
        units[name], counts[name] = u, n
        joined[name] = ws(" ".join(u)).lower()
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (name, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines = read_lines(fn)
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
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
                if not any(ws(a) in uu for uu in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r" % (where, total, a))
    oos = read_lines("oos.jsonl")
    for i, line in enumerate(oos, 1):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    for p in problems:
        print(p)
    print("words: " + ", ".join("%s %d" % kv for kv in counts.items()))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
