#!/usr/bin/python3
"""Check the heldout332 evaluation set.

Extracts the three documents' text as a reader gets it:
  - the Kindle for PC notebook paste (.txt): its lines (CR LF stripped);
  - the e-paper page (.pdf): the lines `pdftotext` writes in its default reading order (each
    line one column's line of one story, a headline or a box's line), whitespace collapsed;
  - the saved Wix blog post (.html): the visible text of each element (paragraph, heading, list
    item, quote, caption, div, button...), scripts and styles skipped, read with html.parser.
Then checks:
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly the keys q,
    accept (one or two strings) and section (a non-empty list of strings); oos lines only q;
    25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII and 5 to 12 words long, lies inside one line / element of its
    own document as extracted, and occurs exactly once (ignoring case, whitespace collapsed)
    across the three documents' extracted text;
  - at least one section name of each question is present in its document (ASCII-folded,
    ignoring case and whitespace);
  - each document's word count is in range (1,300 to 1,800: the Kindle paste without the
    app's "Highlight (...) | Location" / "Note | Location" lines, the PDF's extracted text,
    the HTML's visible text), and the formats hold: CR LF and no byte-order mark for the paste,
    one page for the PDF, Wix's post-title hook and rich-content viewer for the HTML;
  - tools/make_kindle.py, tools/make_epaper.py and tools/make_wix.py re-make the documents
    byte for byte (each is run into a temporary file and compared).
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DOCS = {
    "every-rupee-counts-kindle-highlights": ("docs/every-rupee-counts-kindle-highlights.txt",
                                             "make_kindle.py"),
    "meridian-post-business-page-2025-09-02": ("docs/meridian-post-business-page-2025-09-02.pdf",
                                               "make_epaper.py"),
    "fi-index-explained-wix-blog": ("docs/fi-index-explained-wix-blog.html", "make_wix.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article",
         "section", "body", "html", "head", "dt", "dd", "dl", "br", "hr", "summary", "details",
         "aside", "form", "button", "label", "blockquote", "figure", "figcaption", "input"}
FOLD = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
        "\u2014": "-", "\u2192": "->", "\u00a0": " ", "\u2026": "...", "\u20b9": "Rs "}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    return ws("".join(FOLD.get(ch, ch) for ch in s)).lower()


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

    def handle_startendtag(self, tag, attrs):
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


def kindle_units(full, problems):
    data = open(full, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("kindle paste: has a byte-order mark")
    text = data.decode("utf-8")
    if "\n" in text.replace("\r\n", "") or not text.endswith("\r\n"):
        problems.append("kindle paste: not CR LF throughout")
    lines = [ws(l) for l in text.split("\r\n") if ws(l)]
    words = sum(len(l.split()) for l in lines
                if not re.match(r"^(Highlight \(\w+\)|Note) \| Location [\d,]+$", l))
    return lines, words


def pdf_units(full, problems):
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    if not re.search(r"^Pages:\s+1$", info, re.M):
        problems.append("e-paper: expected one page")
    out = subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    lines = [ws(l) for l in out.split("\n") if ws(l)]
    return lines, sum(len(l.split()) for l in lines)


def html_units(full, problems):
    raw = open(full, encoding="utf-8").read()
    for needle in ('data-hook="post-title"', 'data-id="rich-content-viewer"',
                   'data-hook="recent-posts"', 'id="WIX_ADS"', 'data-hook="rcv-block-first"',
                   'content="Wix.com Website Builder"'):
        if needle not in raw:
            problems.append("wix page: %s missing" % needle)
    p = Blocks()
    p.feed(raw)
    p.flush()
    return p.units, sum(len(u.split()) for u in p.units)


def remake(path, script, problems):
    full = os.path.join(ROOT, path)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(path))
        r = subprocess.run(["/usr/bin/python3", os.path.join(HERE, script), out],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
            return
        if open(out, "rb").read() != open(full, "rb").read():
            problems.append("%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    units, joined = {}, {}
    for name, (path, script) in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".txt"):
            u, words = kindle_units(full, problems)
        elif path.endswith(".pdf"):
            u, words = pdf_units(full, problems)
        else:
            u, words = html_units(full, problems)
        units[name] = u
        joined[name] = ws(" ".join(u)).lower()
        print("%s: %d units, %d words" % (path, len(u), words))
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, words))
        remake(path, script, problems)
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        folded_doc = fold(" ".join(units[name]))
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as err:
                problems.append("%s: bad JSON (%s)" % (where, err))
                continue
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(fold(s) and fold(s) in folded_doc for s in sec):
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
                    problems.append("%s: not inside one line/element of %s: %r"
                                    % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r"
                                    % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as err:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, err))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
