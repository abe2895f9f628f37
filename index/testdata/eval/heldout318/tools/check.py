#!/usr/bin/python3
"""Check the heldout318 evaluation set.

Extracts each document's text as a reader sees it:
  - the saved Elementor page (.html): the visible text of each element (paragraph, list item,
    table cell, heading, div ...), with script, style, title, svg and noscript skipped;
  - the Google Docs export (.docx): one string per paragraph (w:p) of word/document.xml (body,
    list items and table cells alike) and of the header part, read with zipfile and ElementTree;
  - the printed Excel sheet (.pdf): the lines of `pdftotext -layout`, each cut where pdftotext
    leaves a gap of three or more spaces (so a unit is one cell's line).
Then checks that:
  - each document has 1,300 to 1,800 words of text as extracted;
  - each q-*.jsonl has exactly 25 lines, each a JSON object with exactly the keys q, accept and
    section; accept is a list of one or two strings, each ASCII, 5 to 12 words long, lying inside
    one unit of its own document (whitespace collapsed) and occurring exactly once (ignoring
    case, whitespace collapsed) across the three documents' extracted text; section is a
    non-empty list of strings of which at least one occurs in the document's text;
  - lines 23-25 of each question file (the short keyword queries) are 2 to 4 words long;
  - oos.jsonl has exactly 12 lines, each a JSON object with only the key q;
  - the documents keep the parts of their format (Elementor h2 and div heading titles, a table,
    the share bar and the previous/next links; the .docx's header part, hyperlinks, numbering,
    table, headings and italic paragraph; the PDF's header row and "Page n of N" footer on every
    page);
  - tools/make_html.py, tools/make_docx.py and tools/make_pdf.py re-make the three documents
    byte for byte (each is run into a temporary directory and compared).
Run: /usr/bin/python3 tools/check.py
"""
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
DOCS = {
    "daily-ca-18-july-2025-gi-tags": ("docs/daily-ca-18-july-2025-gi-tags.html", "tools/make_html.py"),
    "gi-act-ipr-notes": ("docs/gi-act-ipr-notes.docx", "tools/make_docx.py"),
    "gi-tags-state-wise-sheet": ("docs/gi-tags-state-wise-sheet.pdf", "tools/make_pdf.py"),
}
PY = "/usr/bin/python3"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table", "tr",
         "tbody", "thead", "header", "footer", "nav", "main", "article", "section", "body", "html",
         "head", "br", "form", "label", "button", "figure", "figcaption", "small", "time", "textarea"}
SKIP = {"script", "style", "title", "svg", "noscript"}


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
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full):
    p = Blocks()
    with open(full, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    p.flush()
    return p.units


def docx_units(full):
    out = []
    with zipfile.ZipFile(full) as z:
        for part in ("word/header1.xml", "word/document.xml"):
            root = ET.fromstring(z.read(part))
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


def pdf_text(full):
    return subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_units(full):
    units = []
    for line in pdf_text(full).split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full)
    if path.endswith(".docx"):
        return docx_units(full)
    return pdf_units(full)


def check_formats(problems):
    page = open(os.path.join(ROOT, DOCS["daily-ca-18-july-2025-gi-tags"][0]), encoding="utf-8").read()
    for needle in ('<h2 class="elementor-heading-title', '<div class="elementor-heading-title',
                   "<table", "elementor-share-btn", "elementor-post-navigation__prev",
                   "elementor-post-navigation__next", "Why in News?", "Significance",
                   'data-elementor-type="wp-post"', "<!-- saved from url="):
        if needle not in page:
            problems.append("html: missing %r" % needle)
    with zipfile.ZipFile(os.path.join(ROOT, DOCS["gi-act-ipr-notes"][0])) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/header1.xml",
                     "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels"):
            if part not in names:
                problems.append("docx: missing part %s" % part)
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not dated 1980-01-01" % info.filename)
            ET.fromstring(z.read(info.filename))
        doc = z.read("word/document.xml").decode("utf-8")
        for needle in ('w:val="Heading1"', 'w:val="Heading2"', "<w:tbl>", "<w:numPr>", "<w:hyperlink",
                       "<w:i/>", "headerReference"):
            if needle not in doc:
                problems.append("docx: document.xml lacks %s" % needle)
    text = pdf_text(os.path.join(ROOT, DOCS["gi-tags-state-wise-sheet"][0]))
    pages = [p for p in text.split("\f") if p.strip()]
    for n, p in enumerate(pages, 1):
        if not re.search(r"State\s+Product\s+Category.*Notes", p, re.S):
            problems.append("pdf: page %d has no header row" % n)
        if "Page %d of %d" % (n, len(pages)) not in p:
            problems.append("pdf: page %d has no 'Page %d of %d' footer" % (n, n, len(pages)))
    if len(pages) < 2:
        problems.append("pdf: the table should run over several pages")


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            r = subprocess.run([PY, os.path.join(ROOT, script), out], capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))


def read_jsonl(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    objs = []
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
            obj = None
        if not isinstance(obj, dict):
            problems.append("%s:%d: not a JSON object" % (fn, i))
            obj = {}
        objs.append(obj)
    return objs


def main():
    problems = []
    units, joined = {}, {}
    for name, (doc, _) in DOCS.items():
        units[name] = units_of(doc)
        joined[name] = ws(" ".join(units[name])).lower()
        nw = len(joined[name].split())
        print("%s: %d words as extracted" % (doc, nw))
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (doc, nw))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        objs = read_jsonl(fn, problems)
        for i, obj in enumerate(objs, 1):
            where = "%s:%d" % (fn, i)
            n_q += 1
            if set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
            q = obj.get("q")
            if not isinstance(q, str) or not q.strip():
                problems.append("%s: missing q" % where)
            elif i >= 23 and not 2 <= len(q.split()) <= 4:
                problems.append("%s: keyword query should be 2-4 words: %r" % (where, q))
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
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
                    problems.append("%s: not inside one line/element/cell of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r" % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
        if len(objs) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(objs)))
    oos = read_jsonl("oos.jsonl", problems)
    for i, obj in enumerate(oos, 1):
        if set(obj) != {"q"} or not isinstance(obj.get("q"), str) or not obj["q"].strip():
            problems.append("oos.jsonl:%d: must hold only a non-empty q" % i)
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    check_formats(problems)
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
