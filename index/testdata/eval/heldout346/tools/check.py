#!/usr/bin/python3
"""Check the heldout346 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Readwise export .md and Google Docs .md: one unit per line (a list item, a highlight's
    continuation line, a Tags / Note sub-item, a heading, a paragraph line) and one per table
    cell, read twice: raw, and cleaned as a Markdown reader renders it (list and heading marks,
    **bold** / *italic* marks, backslash escapes, {#anchor} ids, link and image syntax removed,
    link text kept, image and link-reference definitions dropped);
  - Wikibooks print version .html: one unit per block element's visible text (script, style,
    svg and noscript skipped), page chrome included.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted (cleaned units for the .md files);
  - each format's marks are there: the Readwise export's "# title", cover image, "## Metadata"
    block (Author, Full Title, Category, Document Tags, URL), "## Highlights" and "## New
    highlights added ..." blocks, "View Highlight" links to read.readwise.io with 26-character
    ids, indented "Tags: [[...]]" and "Note:" sub-items, a multi-line highlight; the Wikibooks
    page's "saved from url" comment, Vector 2022 chrome, "From Wikibooks, open books for an open
    world", print-version notice, mw-heading divs with "[edit | edit source]" links (section=N
    and section=T-N), a wikitable, cite references and references lists, a navbox, "Retrieved
    from", the category box and footer; the Google Docs export's TOC entries "[text<TAB>page](#..)",
    "{#slug}" heading anchors, a stale "#heading=h." link, "# **...**" headings, bold pseudo-
    headings, "* " bullets and "1. " lists with two trailing spaces, a ":----" table, backslash
    escapes ("\\-", "\\+", "\\=", "1\\."), and the "![][image1]" image with its base64 definition;
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document
    (raw and cleaned), and occurs exactly once (case-insensitive, whitespace collapsed) across the
    three documents' extracted (cleaned) text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_readwise.py, tools/make_wikibooks.py and tools/make_gdocs_md.py re-make the
    documents byte for byte (each is run into a temporary file; the committed file is untouched).
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

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "sufi-silsilas-readwise-highlights": ("docs/sufi-silsilas-readwise-highlights.md", "make_readwise.py"),
    "sufism-in-india-wikibooks-print": ("docs/sufism-in-india-wikibooks-print.html", "make_wikibooks.py"),
    "sufi-bhakti-urs-unesco-gdocs": ("docs/sufi-bhakti-urs-unesco-gdocs.md", "make_gdocs_md.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
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


def clean_md(line):
    """A Markdown line as a reader renders it."""
    s = line.strip()
    if re.match(r"^\[[^\]]+\]: <?data:", s) or re.match(r"^!\[[^\]]*\]\([^)]*\)$", s):
        return ""
    s = re.sub(r"^#{1,6}\s+", "", s)
    s = re.sub(r"^[-*]\s+", "", s)
    s = re.sub(r"^\d+\.\s+", "", s)
    s = re.sub(r"\s*\{#[^}]*\}\s*$", "", s)
    s = re.sub(r"!\[[^\]]*\]\[[^\]]*\]", "", s)
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"\[\[([^\]]+)\]\]", r"\1", s)
    s = re.sub(r"\[((?:\\.|[^\]\\])+)\]\((?:[^()]|\([^)]*\))*\)", r"\1", s)
    s = s.replace("**", "")
    s = re.sub(r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])", r"\1", s)
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!=<>~|&])", r"\1", s)
    return ws(s)


def md_units(text):
    raw, cleaned = [], []
    for line in text.split("\n"):
        if not line.strip() or re.match(r"^\|\s*:?-{3,}", line.strip()):
            continue
        if line.strip().startswith("|"):
            cells = [c for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            for c in cells:
                if c.strip():
                    raw.append(ws(c))
                    t = clean_md(c)
                    if t:
                        cleaned.append(t)
            continue
        raw.append(ws(line))
        t = clean_md(line)
        if t:
            cleaned.append(t)
    return raw, cleaned


def units_of(path):
    text = open(os.path.join(ROOT, path), encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units, p.units
    return md_units(text)


def check_marks(problems):
    rw = open(os.path.join(ROOT, DOCS["sufi-silsilas-readwise-highlights"][0]), encoding="utf-8").read()
    for mark, what in (("\n![rw-book-cover](", "cover image"), ("\n## Metadata\n", "Metadata block"),
                       ("\n- Author: [[", "Author"), ("\n- Full Title: ", "Full Title"),
                       ("\n- Category: #articles", "Category"), ("\n- Document Tags: [[", "Document Tags"),
                       ("\n- URL: https://", "URL"), ("\n## Highlights\n", "Highlights block"),
                       ("\n## New highlights added ", "New highlights block"),
                       ("\n    - Tags: [[", "Tags sub-items"), ("\n    - Note: ", "Note sub-items")):
        if mark not in rw:
            problems.append("readwise: no %s" % what)
    if not rw.startswith("# "):
        problems.append("readwise: no # title line")
    links = re.findall(r"\(\[View Highlight\]\(https://read\.readwise\.io/read/([0-9a-z]+)\)\)", rw)
    if len(links) < 20 or any(len(l) != 26 for l in links):
        problems.append("readwise: View Highlight links missing or malformed")
    if not re.search(r"\n- [^\n]+ \n  \S", rw):
        problems.append("readwise: no multi-line highlight")
    wb = open(os.path.join(ROOT, DOCS["sufism-in-india-wikibooks-print"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(", "skin-vector-2022", 'class="mw-heading mw-heading1"',
                 'class="mw-heading mw-heading2"', 'class="mw-editsection"', "&amp;section=T-",
                 "&amp;section=1\"", 'class="wikitable"', 'class="reference"', 'class="references"',
                 'class="navbox"', 'id="catlinks"', 'id="footer-info-lastmod"', "printfooter",
                 "This is the <a", "From Wikibooks, open books for an open world"):
        if mark not in wb:
            problems.append("wikibooks: no %s" % mark)
    shown = units_of(DOCS["sufism-in-india-wikibooks-print"][0])[0]
    for unit in ("[edit | edit source]", "Retrieved from", "Jump to content"):
        if not any(u.startswith(unit) for u in shown):
            problems.append("wikibooks: no %r line" % unit)
    gd = open(os.path.join(ROOT, DOCS["sufi-bhakti-urs-unesco-gdocs"][0]), encoding="utf-8").read()
    for pat, what in ((r"\n\[[^\n\]]+\t\d+\]\(#[^)\s]+\)\n", "TOC entries with tab and page"),
                      (r"\n# \*\*[^\n]+\*\* \{#[^}]+\}\n", "bold heading with {#anchor}"),
                      (r"\n## [^\n]+ \{#[^}]+\}\n", "level-2 heading with {#anchor}"),
                      (r"\]\(#heading=h\.[0-9a-z]+\)", "stale #heading=h. link"),
                      (r"\n\*\*[^\n*]+\*\*\n", "bold pseudo-heading"),
                      (r"\n\* [^\n]+  \n\* ", "bullets with trailing double space"),
                      (r"\n1\. [^\n]+  \n2\. ", "numbered list"),
                      (r"\n\| :---- \|", "table alignment row"),
                      (r" \\- ", "escaped hyphen"), (r"\\\+", "escaped plus"), (r"\\=", "escaped equals"),
                      (r"\n# \*\*\d\\\. ", "escaped number in heading"),
                      (r"\n!\[\]\[image1\]\n", "image reference"),
                      (r"\n\[image1\]: <data:image/png;base64,[A-Za-z0-9+/=]+>\n", "image definition")):
        if not re.search(pat, gd):
            problems.append("gdocs: no %s" % what)


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
    joined = {k: ws(" ".join(u[1])).lower() for k, u in units.items()}
    joined_raw = {k: ws(" ".join(u[0])).lower() for k, u in units.items()}
    for k, (raw, cleaned) in units.items():
        n = sum(len(x.split()) for x in cleaned)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_marks(problems)
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
            elif not any(ws(s).lower() in joined[name] or ws(s).lower() in joined_raw[name] for s in sec):
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
                if not any(ws(a) in u for u in units[name][0]):
                    problems.append("%s: not inside one raw unit of %s: %r" % (where, name, a))
                if not any(ws(a) in u for u in units[name][1]):
                    problems.append("%s: not inside one cleaned unit of %s: %r" % (where, name, a))
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
