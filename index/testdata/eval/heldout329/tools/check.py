#!/usr/bin/python3
"""Check the heldout329 evaluation set.

Extracts the three documents' text as a reader gets it:
  - docs/cyclone-names-bitesize-lesson.html: each block element's text (paragraph, list item,
    heading, table cell, caption, figcaption, dt/dd, button, legend, label ...), scripts and
    styles skipped, entities decoded, hidden tab panels and hidden quiz feedback included (they
    are in the saved page); the lesson's words are those inside <main> and the glossary <aside>;
  - docs/ncert-ch4-tropical-cyclones.pdf: `pdftotext -layout`, each line cut where pdftotext
    leaves three or more spaces (table columns, options, the turned "Reprint" line);
  - docs/cyclone-ews-ndma-notes.txt: each line of the file (CR LF endings).
Then checks:
  - each document has 1,300 to 1,800 words of text (tokens holding a letter or digit), and its
    format: the HTML parses and holds five tab panels, the quiz and the glossary; the PDF has
    its pages and document information; the .txt is UTF-8 without BOM, CR LF only, tab-indented,
    with no final line break;
  - q-<doc>.jsonl: 25 lines, each a JSON object with exactly q, accept, section; accept one or
    two strings, each ASCII, 5-12 words, inside one unit (line / element / cell) of its own
    document (whitespace collapsed) and occurring exactly once, ignoring case and whitespace,
    across the three documents' whole text; section a non-empty list of strings, at least one
    of which occurs in its own document; exactly three questions of 2-4 words (the keyword
    queries), all others longer;
  - oos.jsonl: 12 lines, each an object with only q;
  - tools/make_html.py, tools/make_pdf.py and tools/make_txt.py, run on a copy of tools/ in a
    temporary directory, re-make the three documents byte for byte.
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
    "cyclone-names-bitesize-lesson": ("docs/cyclone-names-bitesize-lesson.html", "make_html.py"),
    "ncert-ch4-tropical-cyclones": ("docs/ncert-ch4-tropical-cyclones.pdf", "make_pdf.py"),
    "cyclone-ews-ndma-notes": ("docs/cyclone-ews-ndma-notes.txt", "make_txt.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article",
         "section", "body", "html", "head", "dt", "dd", "dl", "br", "aside", "caption", "figure",
         "figcaption", "form", "label", "button", "fieldset", "legend", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def nwords(text):
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.depth_main = 0
        self.lesson_words = []
        self.stack = []
        self.panels = 0
        self.quiz = False
        self.glossary = False

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag in ("main", "aside") and (tag == "main" or "glossary-heading" in (a.get("aria-labelledby") or "")):
            self.depth_main += 1
            self.stack.append(tag)
        elif tag in ("main", "aside"):
            self.stack.append(None)
        if a.get("role") == "tabpanel":
            self.panels += 1
        if tag == "section" and a.get("id") == "quiz":
            self.quiz = True
        if a.get("id") == "glossary-heading":
            self.glossary = True

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag in ("main", "aside") and self.stack:
            if self.stack.pop():
                self.depth_main -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)
            if self.depth_main:
                self.lesson_words.append(data)


def html_doc(full, problems):
    with open(full, encoding="utf-8") as f:
        src = f.read()
    p = Blocks()
    p.feed(src)
    p.close()
    p.flush()
    if p.panels != 5:
        problems.append("%s: %d tab panels, expected 5" % (full, p.panels))
    if not p.quiz or not p.glossary:
        problems.append("%s: quiz or glossary missing" % full)
    if src.count('data-correct="true"') != 5:
        problems.append("%s: quiz answers missing from the markup" % full)
    return p.units, nwords(" ".join(p.lesson_words))


def pdf_doc(full, problems):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    if "Producer:        Acrobat Distiller" not in info or not re.search(r"Pages:\s+[45]\b", info):
        problems.append("%s: unexpected document information or page count" % full)
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, nwords(out)


def txt_doc(full, problems):
    with open(full, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("%s: has a BOM" % full)
    if raw.endswith(b"\n"):
        problems.append("%s: ends with a line break" % full)
    if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
        problems.append("%s: line endings are not all CR LF" % full)
    if b"\n\t" not in raw:
        problems.append("%s: no tab indentation" % full)
    text = raw.decode("utf-8")
    units = [ws(l) for l in text.split("\r\n") if ws(l)]
    return units, nwords(text)


def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for name, (path, script) in DOCS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)],
                               capture_output=True, text=True)
            if r.returncode:
                problems.append("tools/%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(os.path.join(tmp, path), "rb") as f:
                new = hashlib.sha256(f.read()).hexdigest()
            with open(os.path.join(ROOT, path), "rb") as f:
                old = hashlib.sha256(f.read()).hexdigest()
            if new != old:
                problems.append("tools/%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    units, words = {}, {}
    for name, (path, _) in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".html"):
            units[name], words[name] = html_doc(full, problems)
        elif path.endswith(".pdf"):
            units[name], words[name] = pdf_doc(full, problems)
        else:
            units[name], words[name] = txt_doc(full, problems)
        if not 1300 <= words[name] <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (path, words[name]))
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        short = 0
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
            q = obj["q"]
            if not isinstance(q, str) or not q.strip():
                problems.append("%s: missing q" % where)
                q = ""
            nq = len(q.split())
            if 2 <= nq <= 4:
                short += 1
            elif nq < 5:
                problems.append("%s: question of %d words" % (where, nq))
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                                for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
                sec = []
            if sec and not any(ws(s).lower() in joined[name] for s in sec):
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
        if short != 3:
            problems.append("%s: %d keyword queries of 2-4 words, expected 3" % (fn, short))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    remake(problems)
    for p in problems:
        print(p)
    for name, (path, _) in DOCS.items():
        print("%s: %d words, %d units" % (path, words[name], len(units[name])))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
