#!/usr/bin/python3
"""Check the heldout215 evaluation set.

Extracts each document's text as a reader sees it:
  - GitHub wiki page (.html): one unit per element's visible text (a paragraph, list item,
    table cell, heading ...), leaving out the head, scripts, styles, SVG, templates, and elements
    that are hidden (the hidden attribute, or the classes sr-only, render-plaintext-hidden and
    wiki-more-pages); the article's words are those inside div#wiki-body;
  - Roam Markdown export (.md): one unit per line of a block as Roam shows it (bullet and
    indentation dropped, [[links]] and #[[tags]] without brackets, [label]([[page]]) as its
    label, **bold** / ^^highlight^^ / __italic__ markers, "### " heading marks, "> " quote marks,
    {{[[TODO]]}} / {{[[DONE]]}} boxes and code fences dropped, "name:: value" as "name: value");
  - PDF: one unit per piece of a line of `pdftotext -layout` output, cut where the line has a
    gap of three or more spaces (so a margin note, a table cell and the body text beside them
    are units of their own).
Then checks:
  - each document has 1,300 to 1,800 words (the wiki page: its article);
  - each q-*.jsonl has exactly 25 lines, each a JSON object with exactly q, accept, section;
    accept is a list of one or two strings, each ASCII, 5 to 12 words, inside one unit of its
    own document (whitespace collapsed), and occurring exactly once across the three documents'
    text (ignoring case, whitespace collapsed); section is a non-empty list of strings of which
    at least one is found in the document's text; the last three questions are 2-4 words long
    (the keyword queries);
  - oos.jsonl has exactly 12 lines, each a JSON object with only q;
  - each make_*.py re-makes its document in docs/ byte for byte.
Run: /usr/bin/python3 tools/check.py          (add --dump to print every unit)
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
PY = "/usr/bin/python3"

DOCUMENTS = {
    "evolution-of-panchayati-raj-github-wiki": ("evolution-of-panchayati-raj-github-wiki.html",
                                                "html", "make_wiki.py"),
    "part-ix-73rd-amendment-roam": ("part-ix-73rd-amendment-roam.md", "roam", "make_roam.py"),
    "panchayat-finances-pesa-class-notes": ("panchayat-finances-pesa-class-notes.pdf", "pdf",
                                            "make_pdf.py"),
}
MIN_WORDS, MAX_WORDS = 1300, 1800

errors = []


def err(msg):
    errors.append(msg)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- HTML (GitHub wiki page)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
SKIP_TAGS = {"head", "script", "style", "svg", "template", "title"}
HIDDEN_CLASSES = {"sr-only", "render-plaintext-hidden", "wiki-more-pages"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "thead", "tbody", "header", "footer", "nav", "main", "section", "blockquote",
         "details", "summary", "pre", "button", "br", "tool-tip", "body", "html",
         "markdown-accessiblity-table"}


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []         # (tag, hidden, in_article)
        self.units = []         # (text, in_article)
        self.buf = []

    def _hidden(self):
        return bool(self.stack) and self.stack[-1][1]

    def _article(self):
        return bool(self.stack) and self.stack[-1][2]

    def flush(self):
        t = collapse("".join(self.buf))
        if t:
            self.units.append((t, self._article()))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        hidden = (self._hidden() or tag in SKIP_TAGS or "hidden" in a
                  or bool(classes & HIDDEN_CLASSES))
        article = self._article() or a.get("id") == "wiki-body"
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        self.stack.append((tag, hidden, article))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag in BLOCK:
            self.flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not self._hidden():
            self.buf.append(data)


def html_units(path):
    p = Visible()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.flush()
    units = [t for t, _ in p.units]
    article_words = sum(len(t.split()) for t, art in p.units if art)
    return units, article_words


# ---------------------------------------------------------------- Roam Markdown export
def roam_shown(t):
    t = re.sub(r"^#{1,3} ", "", t)
    t = re.sub(r"^> ", "", t)
    t = re.sub(r"\{\{\[\[(TODO|DONE)\]\]\}\} ?", "", t)
    t = t.replace("```plain text", "").replace("```", "")
    t = re.sub(r"\[([^\]]+)\]\(\[\[([^\]]+)\]\]\)", r"\1", t)
    t = re.sub(r"#\[\[([^\]]+)\]\]", r"#\1", t)
    t = re.sub(r"\[\[([^\]]+)\]\]", r"\1", t)
    t = re.sub(r"\*\*(.+?)\*\*", r"\1", t)
    t = re.sub(r"\^\^(.+?)\^\^", r"\1", t)
    t = re.sub(r"__(.+?)__", r"\1", t)
    t = re.sub(r"^([\w-]+):: ", r"\1: ", t)
    return t


def roam_units(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if raw.endswith("\n"):
        err("roam export should not end with a newline")
    units = []
    for n, line in enumerate(raw.split("\n"), 1):
        m = re.match(r"((?:    )*)- (.*)$", line)
        text = m.group(2) if m else line
        if not m and re.match(r"\s+- ", line):
            err("roam line %d is not indented by fours" % n)
        shown = collapse(roam_shown(text))
        if shown:
            units.append(shown)
    return units


# ---------------------------------------------------------------- PDF
def pdf_units(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if collapse(seg):
                units.append(collapse(seg))
    return units


def extract(name):
    fname, kind, _ = DOCUMENTS[name]
    path = os.path.join(DOCS, fname)
    if kind == "html":
        units, words = html_units(path)
    elif kind == "roam":
        units = roam_units(path)
        words = sum(len(u.split()) for u in units)
    else:
        units = pdf_units(path)
        words = sum(len(u.split()) for u in units)
    return units, words


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    dump = "--dump" in sys.argv
    for name, (fname, kind, maker) in DOCUMENTS.items():
        path = os.path.join(DOCS, fname)
        before = sha(path)
        subprocess.run([PY, os.path.join(HERE, maker)], check=True)
        if sha(path) != before:
            err("%s changed when re-made by %s" % (fname, maker))

    units, joined, shown = {}, {}, {}
    for name in DOCUMENTS:
        units[name], words = extract(name)
        total = sum(len(u.split()) for u in units[name])
        print("%-42s %4d units %5d words (%d all shown)" % (name, len(units[name]), words, total))
        if not MIN_WORDS <= words <= MAX_WORDS:
            err("%s has %d words, want %d-%d" % (name, words, MIN_WORDS, MAX_WORDS))
        joined[name] = collapse(" ".join(units[name])).lower()
        if dump:
            print("\n".join("   | " + u for u in units[name]))

    for name in DOCUMENTS:
        qpath = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, qpath), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        if len(lines) != 25:
            err("%s has %d questions, want 25" % (qpath, len(lines)))
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (qpath, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s does not parse: %s" % (where, e))
                continue
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                err("%s keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                err("%s empty q" % where)
            elif i > 22 and not 2 <= len(obj["q"].split()) <= 4:
                err("%s keyword query should be 2-4 words: %r" % (where, obj["q"]))
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                err("%s accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                               for s in sec):
                err("%s section must be a non-empty list of strings" % where)
            elif not any(collapse(s).lower() in joined[name] for s in sec):
                err("%s no section name found in its document: %r" % (where, sec))
            for a in acc:
                if not isinstance(a, str):
                    err("%s accept is not a string" % where)
                    continue
                if not a.isascii():
                    err("%s accept not ASCII: %r" % (where, a))
                n = len(a.split())
                if not 5 <= n <= 12:
                    err("%s accept has %d words: %r" % (where, n, a))
                ca = collapse(a)
                if not any(ca in u for u in units[name]):
                    err("%s accept not inside one line/element of its document: %r" % (where, a))
                total = sum(j.count(ca.lower()) for j in joined.values())
                if total != 1:
                    err("%s accept occurs %d times across the documents: %r" % (where, total, a))

    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    if len(lines) != 12:
        err("oos.jsonl has %d lines, want 12" % len(lines))
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("oos.jsonl:%d does not parse: %s" % (i, e))
            continue
        if not isinstance(obj, dict) or set(obj) != {"q"} or not str(obj["q"]).strip():
            err("oos.jsonl:%d must hold only a non-empty q" % i)

    for e in errors:
        print("FAIL:", e)
    if errors:
        print("%d problems" % len(errors))
        return 1
    print("OK: 3 documents re-made byte for byte, 75 in-scope questions, 12 out-of-scope")
    return 0


if __name__ == "__main__":
    sys.exit(main())
