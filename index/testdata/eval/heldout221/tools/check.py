#!/usr/bin/python3
"""Check the heldout221 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly q, accept (one or
two strings) and section (a non-empty list of strings); oos lines hold only q. There must be 25
questions per document and 12 out-of-scope ones. Every accept string must be ASCII, 5-12 words
long, lie inside one unit of its own document as a reader sees it, and occur exactly once
(ignoring case, whitespace collapsed) across the three documents' text:
  - Word PDF: one line of `pdftotext -layout` output, cut where pdftotext leaves a gap of three
    or more spaces (so one table cell, or a list item's text without its number);
  - Obsidian note (.md): one line as Obsidian's reading view shows it: front matter and fenced
    code blocks dropped, "> " callout quoting, "[!type]" markers, heading hashes, list and
    checkbox markers removed, table rows split into cells, **bold** / *italic* / ==highlight==
    markers, %% comments %%, embeds, [^n] references and trailing ^block-ids dropped, and
    [[target|alias]] links shown as their alias;
  - Quora page (.html): one element's visible text (p, li, div and the like), scripts and
    styles skipped.
Some name in each question's section list must occur in its own document's text. Each document
must hold 1,300 to 1,800 words of text: the PDF's words (tokens holding a letter or digit) less
the running header and footer lines, the note's shown lines, and the Quora question title plus
the three answers' content. Finally tools/make_pdf.py, tools/make_md.py and tools/make_quora.py
are run on a copy of tools/ and must re-make the three documents byte for byte.
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
    "fd-origin-42nd-86th-amendments": "docs/fd-origin-42nd-86th-amendments.pdf",
    "fd-case-law-tracker": "docs/fd-case-law-tracker.md",
    "quora-verma-committee-fundamental-duties": "docs/quora-verma-committee-fundamental-duties.html",
}
MAKERS = {"make_pdf.py": "docs/fd-origin-42nd-86th-amendments.pdf",
          "make_md.py": "docs/fd-case-law-tracker.md",
          "make_quora.py": "docs/quora-verma-committee-fundamental-duties.html"}
PDF_RUNNING = ("Sankalp IAS Academy, Mukherjee Nagar", "For private circulation only")
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "br", "blockquote", "button", "a", "form", "input", "svg"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def nwords(text):
    return sum(1 for t in text.split() if re.search(r"[A-Za-z0-9]", t))


# ---------------------------------------------------------------- PDF
def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units, body_words = [], 0
    for line in out.split("\n"):
        if not line.strip().startswith(PDF_RUNNING):
            body_words += nwords(line)
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, body_words


# ---------------------------------------------------------------- Obsidian
def md_inline(s):
    s = re.sub(r"%%.*?%%", "", s)
    s = re.sub(r"!\[\[[^\]]*\]\]", "", s)
    s = re.sub(r"\[\[([^\]|]*)\|([^\]]*)\]\]", r"\2", s)
    s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"\[\^\d+\](?!:)", "", s)
    s = re.sub(r"\s\^[A-Za-z0-9-]+$", "", s)
    s = s.replace("**", "").replace("==", "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    return s


def md_units(full):
    text = open(full, encoding="utf-8").read()
    lines = text.split("\n")
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        lines = lines[end + 1:]
    units, fence = [], False
    for line in lines:
        if line.startswith("```"):
            fence = not fence
            continue
        if fence or line.strip() in ("---", ">"):
            continue
        s = line
        while s.startswith(">"):
            s = s[1:].lstrip(" ")
        s = re.sub(r"^\[![a-z]+\][+-]?\s*", "", s)
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^(- \[[ x]\] |- |\d+\. )", "", s)
        s = re.sub(r"^\[\^\d+\]:\s*", "", s)
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            units.extend(ws(md_inline(c)) for c in cells if ws(md_inline(c)))
            continue
        s = ws(md_inline(s))
        if s:
            units.append(s)
    return units, sum(nwords(u) for u in units)


# ---------------------------------------------------------------- Quora HTML
class Blocks(html.parser.HTMLParser):
    """Visible text per block element; also the words inside the answers' content divs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.depth, self.content_at, self.content_words = 0, [], 0
        self.title_words = 0
        self.in_title = False

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "div":
            self.depth += 1
            if "puppeteer_test_answer_content" in cls:
                self.content_at.append(self.depth)
            if "puppeteer_test_question_title" in cls:
                self.in_title = self.depth

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag == "div":
            if self.content_at and self.content_at[-1] == self.depth:
                self.content_at.pop()
            if self.in_title == self.depth:
                self.in_title = False
            self.depth -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)
            if self.content_at:
                self.content_words += nwords(data)
            if self.in_title:
                self.title_words += nwords(data)


def html_units(full):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.close()
    p.flush()
    return p.units, p.content_words + p.title_words


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    if path.endswith(".md"):
        return md_units(full)
    return html_units(full)


# ---------------------------------------------------------------- re-make
def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script, doc in MAKERS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)], check=True)
            made = open(os.path.join(tmp, doc), "rb").read()
            kept = open(os.path.join(ROOT, doc), "rb").read()
            if made != kept:
                problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    units, joined = {}, {}
    for name, path in DOCS.items():
        u, words = units_of(path)
        units[name] = u
        joined[name] = ws(" ".join(u)).lower()
        print("%s: %d words of text" % (path, words))
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words of text, expected 1,300 to 1,800" % (path, words))
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
                if not any(a in u for u in units[name]):
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str):
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
