#!/usr/bin/python3
"""Check the heldout344 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Capacities Markdown export (.md): one unit per line (front matter lines included, the "---"
    fences left out), a table row split into one unit per cell and the |---| row skipped;
    leading heading, quote, bullet, checkbox and number marks are dropped, and so are the "**",
    "[[" and "]]" marks around words;
  - Teams transcript (.docx): one unit per w:p of word/document.xml, w:t text joined;
  - Weebly page saved by Chrome (.html): one unit per block element's visible text (script,
    style, svg and noscript skipped; <br> splits a paragraph element into lines; the hidden
    flyout menu counts, as its text is in the page).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there:
    the .md's YAML front matter (type, tags, created), H1 title, [[double-bracket]] links,
    checkboxes, a table, four-space nested blocks and the daily-note "Backlinks" part;
    the .docx's "-Meeting Transcript" title line, date and duration lines, "started /
    stopped transcription" lines and "<speaker>   <m:ss>" lines with rising timestamps;
    the .html's "saved from url" comment, Chrome's charset meta, "_files" links, Weebly's
    wsite-menu-default nav, wsite-content-title and paragraph elements, the multicol sidebar,
    the footer and the weebly-footer-signup-container badge;
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_capacities.py, tools/make_teams_docx.py and tools/make_weebly.py re-make the
    documents byte for byte (each is run into a temporary file, the committed file is never
    touched).
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
MD = "rupee-internationalisation-capacities"
DOCX = "rupee-srva-tarapore-teams-transcript"
HTML = "rupee-uae-maldives-upi-weebly"
DOCS = {
    MD: ("docs/%s.md" % MD, "make_capacities.py"),
    DOCX: ("docs/%s.docx" % DOCX, "make_teams_docx.py"),
    HTML: ("docs/%s.html" % HTML, "make_weebly.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "hr"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


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
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


MARK = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+\.\s+)")


def md_units(text):
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if not s or s == "---":
            continue
        if s.startswith("|"):
            if re.fullmatch(r"\|(?:\s*:?-+:?\s*\|)+", s):
                continue
            cells = [c for c in s.strip("|").split("|")]
        else:
            cells = [MARK.sub("", line)]
        for c in cells:
            c = ws(c.replace("**", "").replace("[[", "").replace("]]", ""))
            if c:
                out.append(c)
    return out


def docx_units(full):
    with zipfile.ZipFile(full) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag == W + "tab":
                parts.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                parts.append("\n")
        t = ws("".join(parts))
        if t:
            out.append(t)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        return docx_units(full)
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return md_units(text)


def check_md(problems):
    text = open(os.path.join(ROOT, DOCS[MD][0]), encoding="utf-8").read()
    fm = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not fm:
        problems.append("md: no YAML front matter")
        return
    for key in ("type: Page", "tags:\n  - ", "created: 20"):
        if key not in fm.group(1):
            problems.append("md: front matter lacks %r" % key)
    body = text[fm.end():]
    needs = [(re.search(r"^# \S", body, re.M), "an H1 title"),
             (len(re.findall(r"\[\[[^\]]+\]\]", body)) >= 10, "[[double-bracket]] links"),
             ("- [x] " in body and "- [ ] " in body, "checkboxes"),
             (re.search(r"^\|---\|", body, re.M), "a table"),
             (re.search(r"^    - ", body, re.M), "four-space nested blocks"),
             (re.search(r"^## Backlinks\n\n### \[\[\d{4}-\d\d-\d\d\]\]", body, re.M),
              "a daily-note Backlinks part"),
             ("\r" not in text, "LF line ends")]
    for ok, what in needs:
        if not ok:
            problems.append("md: no %s" % what)


def check_docx(units, problems):
    full = os.path.join(ROOT, DOCS[DOCX][0])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                     "docProps/core.xml"):
            if part not in names:
                problems.append("docx: missing part %s" % part)
        for info in z.infolist():
            ET.fromstring(z.read(info.filename))
    u = units
    if not u[0].endswith("-Meeting Transcript") or not re.search(r"-\d{8}_\d{6}-", u[0]):
        problems.append("docx: first line is not a Teams recording name")
    if not re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d[ap]m", u[1]):
        problems.append("docx: no date line")
    if not re.fullmatch(r"(\d+h )?\d+m \d+s", u[2]):
        problems.append("docx: no duration line")
    if not u[3].endswith(" started transcription") or not u[-1].endswith(" stopped transcription"):
        problems.append("docx: no started / stopped transcription lines")
    stamps = []
    for x in u:
        m = re.fullmatch(r"(.+?) (?:(\d+):)?(\d+):(\d\d)", x)
        if m and len(m.group(1).split()) <= 4:
            stamps.append(int(m.group(2) or 0) * 3600 + int(m.group(3)) * 60 + int(m.group(4)))
    raw = zipfile.ZipFile(full).read("word/document.xml").decode("utf-8")
    if len(stamps) < 20 or stamps != sorted(stamps) or "   0:04<" not in raw:
        problems.append("docx: speaker lines with rising timestamps missing (%d)" % len(stamps))


def check_html(problems):
    page = open(os.path.join(ROOT, DOCS[HTML][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(", '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
                 "_files/", ".js.download", 'class="wsite-menu-default"', 'id="active"',
                 'class="wsite-content-title"', 'class="paragraph"', 'class="wsite-multicol-table"',
                 'class="footer-wrap"', 'id="weebly-footer-signup-container', "editmysite.com",
                 "&nbsp;", "<br>", 'class="wsite-menu-wrap"', 'id="navMobile"'):
        if mark not in page:
            problems.append("html: no %s" % mark)
    if page.count('<td class="wsite-multicol-col"') != 2:
        problems.append("html: the multicol sidebar is not two columns")


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_md(problems)
    check_docx(units[DOCX], problems)
    check_html(problems)
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
                if not any(ws(a).lower() in u.lower() for u in units[name]):
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
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
