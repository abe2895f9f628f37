#!/usr/bin/python3
"""Check the heldout298 evaluation set.

Run: /usr/bin/python3 tools/check.py [--units]
Standard library only, plus the pdftotext command for the PDF. It extracts each document's text
the way a reader sees it:
  - the Logseq journal (.md) as Logseq shows the page: the title made from the file name
    ("Sep 2nd, 2025"), the page properties, every block line with its TODO/DONE/LATER/NOW marker,
    "## " heading marks, ** and ^^ marks and [[ ]] brackets dropped; hidden properties (id,
    collapsed, card-*), LOGBOOK drawers, #+BEGIN/#+END lines and {{query}} / {{embed}} macros
    left out; a ((uuid)) shown as the text of the block it names and {{embed ((uuid))}} as
    that block's lines (so their text is there twice); {{cloze x}} shown as x;
    each cell of a Markdown table a unit of its own;
  - the PDF as `pdftotext -layout` prints it, every line cut into units where it leaves a gap of
    three or more spaces (so the comment balloons, the text box beside the text and table cells
    are units of their own);
  - the saved page (.html) as the browser shows it: the text of each block element (paragraph,
    list item, heading, table cell, summary, button...) with scripts, styles, noscript and the
    head left out; both tab panels count (one is hidden until its tab is clicked).
Then it checks: every line of the q-*.jsonl files parses and has exactly the keys q, accept and
section; 25 questions per document, at least three of them keyword queries of two to four
words; 12 out-of-scope lines holding only q; every accept string is ASCII, 5 to 12 words long,
lies inside one unit of its own document and occurs exactly once in the three documents' text
taken together (case ignored, whitespace collapsed); some section name of each question other
than the generic "Introduction", "Definition", "What is" and "Overview" occurs in its own
document; each document holds 1,300 to 1,800 words (the journal's shown text, the PDF's
extracted text, the saved page's note article from its h1 to its PYQ block); a few marks of
each format are there; and tools/make_logseq.py, tools/make_pdf.py and tools/make_html.py,
run into a temporary directory, re-make the three documents byte for byte.
With --units it also prints every unit it extracted.
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
HTML_NAME = "Digital Public Infrastructure (DPI) - India Stack and G20 _ UPSC Notes _ Nitipath"
DOCS = {
    "2025_09_02": ("docs/2025_09_02.md", "make_logseq.py"),
    "DPI_Research_Note_4_final": ("docs/DPI_Research_Note_4_final.pdf", "make_pdf.py"),
    HTML_NAME: ("docs/%s.html" % HTML_NAME, "make_html.py"),
}
GENERIC = {"introduction", "definition", "what is", "overview"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section", "body",
         "html", "dt", "dd", "dl", "br", "summary", "details", "aside", "form", "button",
         "label", "figure", "figcaption", "input"}
SKIP = {"script", "style", "noscript", "head", "title"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def nwords(s):
    return sum(1 for t in s.split() if re.search(r"[A-Za-z0-9]", t))


class Blocks(html.parser.HTMLParser):
    """Visible text of block elements; also the text inside <article> on its own."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.in_article, self.article = 0, []
        self.tags = set()

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.in_article:
                self.article.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "article":
            self.in_article += 1

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        if tag in SKIP:
            self.skip -= 1
        if tag == "article":
            self.in_article -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


HIDDEN_PROP = re.compile(r"^(id|collapsed|card-[a-z-]+|logseq\.[a-z.-]+):: ")
PROP = re.compile(r"^([A-Za-z][\w-]*):: (.*)$")


def logseq_units(full, problems):
    text = open(full, encoding="utf-8").read()
    lines = text.split("\n")
    if text.endswith("\n"):
        lines = lines[:-1]
    blocks, whole, cur = {}, {}, None
    started = False
    for line in lines:
        s = line.lstrip("\t")
        if s.startswith("- "):
            started, cur = True, [s[2:]]
        elif not started:
            if not PROP.match(line):
                problems.append("%s: page property line expected: %r" % (full, line))
        elif not re.match(r"  \S", s):
            problems.append("%s: not a tab-indented block or continuation line: %r"
                            % (full, line))
        else:
            cur.append(s.strip())
        m = re.match(r"\s*id:: ([0-9a-f-]{36})$", s)
        if m and cur is not None:
            blocks[m.group(1)] = cur[0]
            whole[m.group(1)] = cur

    def embedded(uuid):
        """An embedded block as Logseq shows it: its text lines, not its properties."""
        shown = [x for x in whole.get(uuid, []) if not (PROP.match(x) or x.startswith("#+"))]
        return " ".join(shown)

    def show(s):
        s = re.sub(r"\{\{embed \(\(([0-9a-f-]{36})\)\)\}\}", lambda m: embedded(m.group(1)), s)
        s = re.sub(r"\(\(([0-9a-f-]{36})\)\)", lambda m: blocks.get(m.group(1), m.group(0)), s)
        s = re.sub(r"\{\{cloze ([^}]*)\}\}", r"\1", s)
        s = re.sub(r"\{\{(query|embed)[^}]*\}\}", "", s)
        s = re.sub(r"^#{1,6} ", "", s)
        s = re.sub(r"^(TODO|DONE|LATER|NOW|DOING) ", "", s)
        for mark in ("**", "^^", "[[", "]]"):
            s = s.replace(mark, "")
        return ws(s)

    y, mo, d = (int(x) for x in os.path.basename(full)[:-3].split("_"))
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
             "Dec"][mo - 1]
    units = ["%s %d%s, %d" % (month, d, suffix, y)]
    drawer = False
    for line in lines:
        s = line.lstrip("\t")
        s = s[2:] if s.startswith("- ") else s.strip()
        if s == ":LOGBOOK:":
            drawer = True
        if drawer:
            drawer = s != ":END:"
            continue
        if not s or HIDDEN_PROP.match(s) or s.startswith("#+"):
            continue
        m = PROP.match(s)
        if m:
            s = "%s: %s" % (m.group(1), m.group(2))
        if s.startswith("|"):
            if re.match(r"^\|[\s|:-]+\|$", s):
                continue
            units.extend(show(c) for c in s.strip("|").split("|") if show(c))
            continue
        u = show(s)
        if u:
            units.append(u)
    return units, units


def pdf_units(full, problems):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True).stdout
    if "Microsoft" not in info:
        problems.append("%s: Info dictionary does not name Word as creator" % full)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    for p in range(2, pages + 1):
        if "Page %d of %d" % (p, pages) not in out:
            problems.append("%s: no 'Page %d of %d' footer" % (full, p, pages))
    for mark in ("Contents", "Commented [RS1]:", "Table 1:", "Prelims pointers"):
        if mark not in out:
            problems.append("%s: %r not found" % (full, mark))
    return units, [out]


def html_units(full, problems):
    text = open(full, encoding="utf-8").read()
    p = Blocks()
    p.feed(text)
    p.flush()
    if not text.startswith("<!DOCTYPE html>\n<!-- saved from url=("):
        problems.append("%s: not as Chrome saves a page" % full)
    for mark in ('ng-version="', "_ngcontent-ng-c", '<script id="ng-state"', 'role="tab"',
                 "<details", "Why in News?", "Previous Year Questions"):
        if mark not in text:
            problems.append("%s: %r not found" % (full, mark))
    return p.units, p.article


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".md"):
        return logseq_units(full, problems)
    if path.endswith(".pdf"):
        return pdf_units(full, problems)
    return html_units(full, problems)


def main():
    show_units = "--units" in sys.argv
    problems = []
    units, joined = {}, {}
    for name, (path, _) in DOCS.items():
        u, counted = units_of(path, problems)
        units[name] = u
        joined[name] = ws(" ".join(u)).lower()
        n = nwords(" ".join(counted))
        print("%s: %d words" % (path, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, n))
        if show_units:
            for x in u:
                print("   | " + x)
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
            except ValueError as ex:
                problems.append("%s: bad JSON (%s)" % (where, ex))
                continue
            n_q += 1
            if set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
            q = obj.get("q")
            if not isinstance(q, str) or not q.strip():
                problems.append("%s: missing q" % where)
            elif 2 <= len(q.split()) <= 4:
                short += 1
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
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
                la = ws(a).lower()
                if not any(la in x.lower() for x in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(la) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
            named = [s for s in sec if s.lower() not in GENERIC]
            if not named:
                problems.append("%s: no section name besides the generic ones" % where)
            elif not any(ws(s).lower() in joined[name] for s in named):
                problems.append("%s: no section name found in %s: %r" % (where, name, named))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
        if short < 3:
            problems.append("%s: only %d keyword queries of 2-4 words" % (fn, short))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as ex:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, ex))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte"
                                    % (path, script))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
