#!/usr/bin/python3
"""Check the heldout202 evaluation set.

The documents' text is extracted as a reader sees it:
  - the saved Wikipedia page (docs/icimod-wikipedia.html): the visible text of each element
    (paragraph, list item, table cell, heading, caption...), scripts and styles skipped, with
    html.parser;
  - the Notion export (docs/black-carbon-himalaya-notion.md): each line as Markdown renders it
    (HTML tags, link targets, images, emphasis and list/heading markers dropped), each pipe-table
    cell on its own;
  - the LaTeX lecture notes (docs/cryosphere-glofs-lecture.pdf): each line of
    `pdftotext -layout`, cut where pdftotext leaves a gap of three or more spaces (table cells,
    equation numbers, contents page numbers), whitespace collapsed.

It checks that:
  - every line of q-*.jsonl and oos.jsonl is JSON; q-*.jsonl lines have exactly the keys q,
    accept, section; oos.jsonl lines only q; 25 questions per document and 12 out-of-scope;
  - every accept list holds one or two strings, each ASCII, 5-12 words long, inside one
    line/element/cell of its own document, and found exactly once (case-insensitive, whitespace
    collapsed) across the three documents' extracted text;
  - every question's section list is non-empty and at least one of its names is a heading of its
    document (heading text, numbering and emoji or punctuation aside) or the document's title;
    a section list that names the title for the opening text also carries "Introduction",
    "Definition", "What is" and "Overview";
  - each document has 1,300-1,800 words of text (the Wikipedia article's own text: infobox,
    lead, sections and tables, without the page around it, the reference list and navboxes);
  - tools/make_html.py, tools/make_md.py and tools/make_pdf.py, run on a copy of tools/, re-make
    the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html
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
    "icimod-wikipedia": "docs/icimod-wikipedia.html",
    "black-carbon-himalaya-notion": "docs/black-carbon-himalaya-notion.md",
    "cryosphere-glofs-lecture": "docs/cryosphere-glofs-lecture.pdf",
}
MAKERS = {"make_html.py": "icimod-wikipedia.html", "make_md.py": "black-carbon-himalaya-notion.md",
          "make_pdf.py": "cryosphere-glofs-lecture.pdf"}
OPENING = {"Introduction", "Definition", "What is", "Overview"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "form", "label", "button", "cite", "figure", "figcaption", "input", "picture", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm(s):
    """Heading text for comparison: no numbering, emoji or punctuation, lower case."""
    s = s.lower().replace("&", " and ")
    s = re.sub(r"^\s*\d+(\.\d+)*\.?\s+", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()


def words(units):
    return sum(1 for u in units for w in u.split() if re.search(r"[A-Za-z0-9]", w))


# --- HTML ---------------------------------------------------------------------------------

class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.stack = []
        self.headings = []
        self.cur_tags = []
        self.title = None

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.cur_tags:
                self.headings.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag in ("h1", "h2", "h3", "caption") or (tag == "th" and "infobox-above" in (a.get("class") or "")):
            self.cur_tags.append(tag)

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if self.cur_tags and tag == self.cur_tags[-1]:
            self.cur_tags.pop()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_doc(full):
    text = open(full, encoding="utf-8").read()
    p = Blocks()
    p.feed(text)
    p.flush()
    title = html.unescape(re.search(r'<span class="mw-page-title-main">(.*?)</span>', text).group(1))
    # the article's own text: from the infobox to the reference list
    start = p.units.index(title, p.units.index("From Wikipedia, the free encyclopedia"))
    end = p.units.index("References", start)
    article = [u for u in p.units[start:end] if u != "[edit]"]
    return p.units, p.headings + [title], title, words(article)


# --- Markdown (Notion export) -------------------------------------------------------------

def md_doc(full):
    units, headings = [], []
    text = open(full, encoding="utf-8").read()
    title = None
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or line in ("---", "$$", "<aside>", "</aside>", "<details>", "</details>"):
            continue
        if re.fullmatch(r"\|( *-+ *\|)+", line):
            continue
        m = re.match(r"<summary>(.*)</summary>$", line)
        if m:
            headings.append(ws(m.group(1)))
        line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)           # images show no text
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)        # links show their label
        line = re.sub(r"<[^>]+>", " ", line)                         # tags (img, summary)
        h = re.match(r"(#+) (.*)", line)
        if h:
            line = h.group(2)
            headings.append(ws(line.replace("**", "")))
            if h.group(1) == "#" and title is None:
                title = ws(line)
        line = re.sub(r"^(- \[[ x]\]\s+|- |\d+\. |> )", "", line)
        line = line.replace("**", "").replace("`", "")
        line = html.unescape(line)
        cells = [c for c in line.strip("|").split("|")] if line.startswith("|") else [line]
        for c in cells:
            if ws(c):
                units.append(ws(c))
    return units, headings, title, words(units)


# --- PDF ----------------------------------------------------------------------------------

def pdf_doc(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    title = re.search(r"^Title:\s+(.*)$", info, re.M).group(1).strip()
    units, headings, starts = [], [], []
    for line in out.split("\n"):
        s = line.strip()
        if not s:
            continue
        segs = [ws(x) for x in re.split(r" {3,}", s) if ws(x)]
        units.extend(segs)
        m = re.match(r"^(\d+(?:\.\d+)?)\s+([A-Z].{2,60})$", ws(s))
        if m and not re.search(r"\. \. \.|\s\d+$", ws(s)) and not re.search(r"\.$", ws(s)):
            headings.append(ws(s))
        starts.append(ws(s))
    for extra in ("Contents", "References"):
        if extra in starts:
            headings.append(extra)
    # run-in \paragraph headings and the table caption start their lines
    for s in starts:
        m = re.match(r"^([A-Z][A-Za-z ]+, [A-Z][a-z]+ \d{4})\. ", s)
        if m:
            headings.append(m.group(1))
        m = re.match(r"^(Table \d+: .*)$", s)
        if m:
            headings.append(m.group(1))
    return units, headings, title, words(units)


def doc_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_doc(full)
    if path.endswith(".md"):
        return md_doc(full)
    return pdf_doc(full)


def remake(problems):
    tmp = tempfile.mkdtemp(prefix="heldout202-check-")
    try:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script, doc in MAKERS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)],
                               capture_output=True, text=True)
            if r.returncode:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            new = open(os.path.join(tmp, "docs", doc), "rb").read()
            old = open(os.path.join(ROOT, "docs", doc), "rb").read()
            if hashlib.sha256(new).digest() != hashlib.sha256(old).digest():
                problems.append("tools/%s does not re-make docs/%s byte for byte" % (script, doc))
    finally:
        shutil.rmtree(tmp)


def main():
    problems = []
    docs = {k: doc_of(v) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(d[0])).lower() for k, d in docs.items()}
    n_q = 0
    for name, (units, headings, title, nwords) in docs.items():
        if not 1300 <= nwords <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (name, nwords))
        heads = {norm(h) for h in headings} | {norm(title)}
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
            elif not any(norm(s) in heads for s in sec if s not in OPENING):
                problems.append("%s: no section name is a heading of %s: %r" % (where, name, sec))
            elif any(norm(s) == norm(title) for s in sec) and not OPENING <= set(sec):
                problems.append("%s: the opening's section list lacks %s" % (where, sorted(OPENING)))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a).lower() in u.lower() for u in units):
                    problems.append("%s: not inside one line/element/cell of %s: %r" % (where, name, a))
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
    for name, d in docs.items():
        print("%s: %d words of text, %d units, %d headings" % (name, d[3], len(d[0]), len(d[1])))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        # print each document's units and headings (for writing questions)
        for k, v in DOCS.items():
            units, headings, title, nw = doc_of(v)
            print("=== %s | title: %s | words: %d" % (k, title, nw))
            print("--- headings:", headings)
            for u in units:
                print(u)
        sys.exit(0)
    sys.exit(main())
