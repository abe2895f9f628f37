#!/usr/bin/python3
"""Check the heldout207 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q,
accept (one or two strings) and section (a non-empty list of strings); oos lines only q.
Every accept string must be ASCII, 5-12 words long, lie inside one unit of its own document
as a reader gets it, and occur exactly once across the three documents' text (ignoring case,
whitespace collapsed):
  - OneNote PDF: one line of `pdftotext -layout` output, cut where pdftotext leaves a gap of
    three or more spaces (side-by-side containers and table cells are separate units);
  - saved Reddit page: one element's visible text (scripts and styles skipped) inside the
    post's or a comment's RichTextJSON-root body (the uniqueness count uses the whole page);
  - Docusaurus Markdown: one source line of the body (not front matter or import lines), and
    the string may not contain Markdown or MDX markup characters (* _ < > { } [ ] |).
Some name in each question's section list must occur in its document's text.
The documents' word counts must be 1,300-1,800 (the PDF's extracted text; the Reddit post
title, self-text and comment bodies; the Markdown body with markup, front matter, imports and
JSX lines left out). Each document must show the parts of its format (checked below), and
tools/make_pdf.py, tools/make_reddit.py and tools/make_md.py must re-make docs/ byte for byte
(each is run in a scratch copy of tools/, so the committed files are never touched).
Run: /usr/bin/python3 tools/check.py        (add --dump to print every unit)
"""
import filecmp
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
    "niti-aayog-onenote": "docs/niti-aayog-onenote.pdf",
    "reddit-inter-state-council": "docs/reddit-inter-state-council.html",
    "niti-state-indices": "docs/niti-state-indices.md",
}
MAKERS = {"make_pdf.py": "niti-aayog-onenote.pdf",
          "make_reddit.py": "reddit-inter-state-council.html",
          "make_md.py": "niti-state-indices.md"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article",
         "section", "body", "html", "head", "br", "button", "label", "form", "details",
         "summary", "aside"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.,%&@()/+-]*", s))


class Page(html.parser.HTMLParser):
    """Visible text of a saved page as units; remembers which lie inside a RichText body."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.body_units, self.buf = [], [], []
        self.skip, self.stack, self.rt_depth = 0, [], None

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.rt_depth is not None:
                self.body_units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag in ("br", "img", "input", "meta", "link"):
            return
        self.stack.append(tag)
        if "RichTextJSON-root" in (dict(attrs).get("class") or "") and self.rt_depth is None:
            self.rt_depth = len(self.stack)

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag in ("br", "img", "input", "meta", "link"):
            return
        while self.stack:
            top = self.stack.pop()
            if self.rt_depth is not None and len(self.stack) < self.rt_depth:
                self.rt_depth = None
            if top == tag:
                break

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    raw = subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    return units, units, words(raw), out


def html_units(full):
    text = open(full, encoding="utf-8").read()
    p = Page()
    p.feed(text)
    p.flush()
    title = re.search(r'<h1 class="_eYtD2XCVieq6emjKBH3m">(.*?)</h1>', text).group(1)
    n = words(title) + sum(words(u) for u in p.body_units)
    return p.body_units, p.units, n, text


def md_body_lines(text):
    lines = text.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    return [l for l in lines[end + 1:] if not l.startswith("import ")], lines[1:end]


def md_units(full):
    text = open(full, encoding="utf-8").read()
    body, _ = md_body_lines(text)
    units = [ws(l) for l in body if l.strip()]
    n = 0
    for l in body:
        s = l.strip()
        if not s or re.fullmatch(r"</?[A-Za-z][^>]*/?>", s) or s.startswith("{/*") or \
                re.fullmatch(r"[|:\- ]+", s) or s == ":::":
            continue
        s = re.sub(r"<[^>]+>", " ", s)
        s = re.sub(r"\{#[\w-]+\}", " ", s)
        s = re.sub(r"^:::\w+", " ", s)
        s = re.sub(r"\]\([^)]*\)", " ", s)
        n += words(s)
    return units, units, n, text


def check_formats(texts, problems):
    pdf = texts["niti-aayog-onenote"]
    info = subprocess.run(["pdfinfo", os.path.join(ROOT, DOCS["niti-aayog-onenote"])],
                          capture_output=True, text=True, check=True).stdout
    if "OneNote" not in info or not re.search(r"Pages:\s+3\b", info):
        problems.append("pdf: expected 3 pages with a OneNote creator")
    for part in ("Saturday, 31 May 2025", "Pasted from <https://", "Screen clipping taken:",
                 "Tags Summary"):
        if part not in pdf:
            problems.append("pdf: missing %r" % part)
    page = texts["reddit-inter-state-council"]
    for part in ("<!-- saved from url=", "RichTextJSON-root", ">level 1<", ">level 2<",
                 ">level 3<", "Stickied comment", ">MOD<", ">OP<", "Comment removed by moderator",
                 "Sort By: Best", "window.___r = ", 'alt="Helpful"'):
        if part not in page:
            problems.append("reddit: missing %r" % part)
    md = texts["niti-state-indices"]
    body, fm = md_body_lines(md)
    for key in ("id:", "title:", "sidebar_position:", "tags:", "last_update:"):
        if not any(l.startswith(key) for l in fm):
            problems.append("md: front matter lacks %s" % key)
    for part in ("import Tabs from '@theme/Tabs';", ":::tip", ":::caution", ":::info",
                 "<Tabs groupId=", "<TabItem value=", "<details>", "<PyqCard", "{/*",
                 "<DocCardList />", "[^1]:"):
        if part not in md:
            problems.append("md: missing %r" % part)


def check_makers(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for maker, out in MAKERS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", maker)], check=True)
            if not filecmp.cmp(os.path.join(tmp, "docs", out), os.path.join(ROOT, "docs", out),
                               shallow=False):
                problems.append("tools/%s does not re-make docs/%s byte for byte" % (maker, out))


def main():
    problems = []
    units, alltext, texts = {}, {}, {}
    for name, path in DOCS.items():
        full = os.path.join(ROOT, path)
        fn = {".pdf": pdf_units, ".html": html_units, ".md": md_units}[os.path.splitext(path)[1]]
        inside, every, n, text = fn(full)
        units[name], texts[name] = inside, text
        alltext[name] = ws(" ".join(every)).lower()
        print("%s: %d words" % (path, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (path, n))
        if "--dump" in sys.argv:
            for u in inside:
                print("   |", u)
    check_formats(texts, problems)
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
                sec = []
            elif not any(ws(s).lower() in alltext[name] or ws(s).lower() in
                         ws(texts[name]).lower() for s in sec):
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
                if name == "niti-state-indices" and re.search(r"[*_<>{}\[\]|]", a):
                    problems.append("%s: Markdown markup in %r" % (where, a))
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in alltext.values())
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
    check_makers(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
