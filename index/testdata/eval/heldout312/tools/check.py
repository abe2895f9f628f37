#!/usr/bin/python3
"""Check the heldout312 evaluation set.

Extracts the three documents' text as a reader sees it:
  - MkDocs Material page (.md): the rendered lines of the Markdown source; front matter, HTML
    comments and tags, abbreviation definitions and the snippet line are not shown; headings,
    admonition / collapsible titles and tab labels are shown without their markers; list,
    definition-list, blockquote and footnote markers, **bold**, *italic*, ==mark==, links,
    :icon: codes, { attribute lists } and [^n] footnote marks are dropped; each table cell is
    a unit of its own;
  - Cornell notes (.docx): one unit per w:p of word/document.xml (header lines, cue cells,
    notes paragraphs and summary paragraphs), read with zipfile and ElementTree;
  - saved "Explained" page (.html): one unit per block element's visible text, with script,
    style, noscript and iframe content skipped.
Then checks: every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q,
accept (one or two strings) and section (a non-empty list of strings); each file has 25
questions and oos.jsonl 12 (only q); every accept string is ASCII, 5-12 words long, lies
inside one unit of its own document and occurs exactly once (case-insensitive, whitespace
collapsed) across the three documents' text; some section name of each question occurs in
its document; each document has 1,300-1,800 words (the .html's article: headline to tags);
the documents keep the parts of their format; and the make scripts re-make the documents
byte for byte (run on a copy of tools/ in a temporary folder).
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
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "attorney-general-article-76": ("docs/attorney-general-article-76.md", "make_md.py"),
    "solicitor-general-cornell-notes": ("docs/solicitor-general-cornell-notes.docx", "make_docx.py"),
    "advocate-general-explained": ("docs/advocate-general-explained.html", "make_html.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "figure", "figcaption", "aside", "form",
         "button", "label", "span", "a", "strong"}
SKIP = {"script", "style", "noscript", "iframe"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Markdown (MkDocs Material)

def md_inline(s):
    s = re.sub(r"\[\^\d+\]", "", s)                       # footnote marks
    s = re.sub(r"\{[^}]*\}", "", s)                         # attribute lists
    s = re.sub(r":(material|octicons|fontawesome)-[a-z0-9-]+:", "", s)
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", s)        # links and images
    s = re.sub(r"<[^>]+>", "", s)                          # inline html
    s = s.replace("**", "").replace("__", "").replace("==", "").replace("`", "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    return ws(s)


def md_units(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0] == "---":
        end = lines.index("---", 1)
        lines = lines[end + 1:]
    text = re.sub(r"<!--.*?-->", "", "\n".join(lines), flags=re.S)
    units = []
    for raw in text.split("\n"):
        s = raw.strip()
        if not s or s == "---" or s.startswith("*[") or s.startswith("--8<--"):
            continue
        if re.fullmatch(r"</?div[^>]*>", s) or re.fullmatch(r"\{[^}]*\}", s):
            continue
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            units.extend(md_inline(c) for c in cells if md_inline(c))
            continue
        m = re.match(r'^(?:!!!|\?\?\?\+?)\s+\w+(?:\s+"(.*)")?\s*$', s)
        if m:
            if m.group(1):
                units.append(md_inline(m.group(1)))
            continue
        m = re.match(r'^===\s+"(.*)"$', s)
        if m:
            units.append(md_inline(m.group(1)))
            continue
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^\[\^\d+\]:\s*", "", s)
        s = re.sub(r"^:\s+", "", s)
        s = re.sub(r"^>\s*", "", s)
        s = re.sub(r"^(?:[-*+]|\d+\.)\s+", "", s)
        s = md_inline(s)
        if s:
            units.append(s)
    return units


# ---------------------------------------------------------------- Word (.docx)

def docx_units(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    units = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag in (W + "tab", W + "br", W + "cr"):
                parts.append(" ")
        t = ws("".join(parts))
        if t:
            units.append(t)
    return units


# ---------------------------------------------------------------- saved web page (.html)

class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.marks = []  # (tag, id/class, index of next unit) for article bounds

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        a = dict(attrs)
        self.marks.append((tag, a.get("class", "") or "", len(self.units)))

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag == "article":
            self.marks.append(("/article", "", len(self.units)))

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_parse(path):
    p = Blocks()
    p.feed(open(path, encoding="utf-8").read())
    p.flush()
    return p


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".md"):
        return md_units(full)
    if path.endswith(".docx"):
        return docx_units(full)
    return html_parse(full).units


def words(units):
    return sum(len(u.split()) for u in units)


# ---------------------------------------------------------------- format checks

def check_formats(problems):
    md = open(os.path.join(ROOT, DOCS["attorney-general-article-76"][0]), encoding="utf-8").read()
    for what, pat in [("front matter", r"\A---\ntitle: "), ("admonition", r'\n!!! \w+ "'),
                      ("collapsible", r'\n\s*\?\?\? question "'), ("content tab", r'\n\s*=== "'),
                      ("abbreviation", r"\n\*\[AG\]: "), ("footnote", r"\n\[\^1\]: "),
                      ("annotate", r"\{ \.annotate \}"), ("table", r"\n\|:?-")]:
        if not re.search(pat, md):
            problems.append("md: no %s" % what)
    with zipfile.ZipFile(os.path.join(ROOT, DOCS["solicitor-general-cornell-notes"][0])) as z:
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not dated 1980-01-01" % info.filename)
            if info.filename.endswith(".xml") or info.filename.endswith(".rels"):
                ET.fromstring(z.read(info.filename))
        root = ET.fromstring(z.read("word/document.xml"))
    tables = list(root.iter(W + "tbl"))
    if len(tables) < 3:
        problems.append("docx: expected one Cornell table per page, found %d" % len(tables))
    for i, tbl in enumerate(tables, 1):
        rows = tbl.findall(W + "tr")
        head = ws(" ".join(t.text or "" for t in rows[0].iter(W + "t")))
        last = rows[-1].findall(W + "tc")
        first_last = ws(" ".join(t.text or "" for t in rows[-1].iter(W + "t")))
        if head != "Cues / Questions Notes":
            problems.append("docx: table %d header is %r" % (i, head))
        if len(last) != 1 or last[0].find(W + "tcPr/" + W + "gridSpan") is None \
                or not first_last.startswith("Summary"):
            problems.append("docx: table %d has no merged Summary row" % i)
    page = open(os.path.join(ROOT, DOCS["advocate-general-explained"][0]), encoding="utf-8").read()
    for what, needle in [("saved-from comment", "<!-- saved from url="), ("gist box", ">THE GIST<"),
                         ("also read", ">Also Read<"), ("subscribe overlay", 'id="paywall-overlay"'),
                         ("tags", 'class="storytags"'), ("related stories", ">Related Stories<"),
                         ("section label", 'class="section-label"'), ("byline", ">Written by<")]:
        if needle not in page:
            problems.append("html: no %s" % what)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for name, (path, script) in DOCS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)], check=True)
            made = open(os.path.join(tmp, path), "rb").read()
            kept = open(os.path.join(ROOT, path), "rb").read()
            if made != kept:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


# ---------------------------------------------------------------- main

def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    # word counts
    for name, (path, _) in DOCS.items():
        if path.endswith(".html"):
            p = html_parse(os.path.join(ROOT, path))
            start = next(i for t, c, i in p.marks if t == "article")
            end = next(i for t, c, i in p.marks if t == "/article")
            n, whole = words(p.units[start:end]), words(p.units)
            print("%s: %d words of article, %d words on the whole page" % (path, n, whole))
        else:
            n = words(units[name])
            print("%s: %d words" % (path, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (path, n))
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
                if not any(ws(a).lower() in u.lower() for u in units[name]):
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
    check_formats(problems)
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
