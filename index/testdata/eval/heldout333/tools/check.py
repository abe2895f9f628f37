#!/usr/bin/python3
"""Check the heldout333 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - WPS .docx: one unit per w:p of word/document.xml (body paragraphs, list items, table-cell
    paragraphs, the title page and the Contents entries), w:t text with w:tab as a tab;
  - OCR notebook .txt: one unit per line, a form feed (page end) counted as a line break;
  - GitBook .html: one unit per block element's visible text (script, style and svg skipped;
    the hidden tab panels count, as their text is in the page).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the .docx's WPS parts and properties, TOC field, two-column section, numbered headings and
    criteria list, table; the notebook's page headers with dates, underscore underlines, form
    feeds, misreads and struck-out words; the GitBook page's hints, tabs, table, Previous / Next
    links and "Last updated" line);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_docx.py, tools/make_ocr.py and tools/make_gitbook.py re-make the documents byte
    for byte (each is run into a temporary file, the committed file is never touched).
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
DOCS = {
    "ramsar-sites-india-wps": ("docs/ramsar-sites-india-wps.docx", "make_docx.py"),
    "wetlands-rules-2017-class-notebook": ("docs/wetlands-rules-2017-class-notebook.txt", "make_ocr.py"),
    "wetland-schemes-npca-amrit-dharohar": ("docs/wetland-schemes-npca-amrit-dharohar.html",
                                            "make_gitbook.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
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
    return [ws(l) for l in re.split(r"[\n\f]", text) if l.strip()]


def check_docx(problems):
    full = os.path.join(ROOT, DOCS["ramsar-sites-india-wps"][0])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                     "docProps/custom.xml", "word/document.xml", "word/styles.xml",
                     "word/numbering.xml", "word/settings.xml", "word/footer1.xml",
                     "customXml/item1.xml"):
            if part not in names:
                problems.append("docx: missing part %s" % part)
        for info in z.infolist():
            ET.fromstring(z.read(info.filename))  # every part is well-formed XML
        doc = z.read("word/document.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
        custom = z.read("docProps/custom.xml").decode("utf-8")
        numbering = z.read("word/numbering.xml").decode("utf-8")
        item1 = z.read("customXml/item1.xml").decode("utf-8")
    needs = [("WPS Office_" in app, "app.xml names WPS Office"),
             ("KSOProductBuildVer" in custom and 'name="ICV"' in custom, "custom.xml KSO/ICV properties"),
             ("wpsCustomData" in item1, "customXml wpsCustomData"),
             ('w:docPartGallery w:val="Table of Contents"' in doc and "TOC \\o" in doc, "TOC field"),
             ('w:num="2"' in doc, "a two-column section"),
             (all('w:pStyle w:val="%s"' % s in doc for s in ("2", "3", "4")), "heading 1-3 styles"),
             ("Criterion %1:" in numbering, "numbered criteria list"),
             ("<w:tbl>" in doc, "a table"),
             ("<w:titlePg/>" in doc, "a title page section")]
    for ok, what in needs:
        if not ok:
            problems.append("docx: no %s" % what)


def check_shapes(units, problems):
    txt = open(os.path.join(ROOT, DOCS["wetlands-rules-2017-class-notebook"][0]), encoding="utf-8").read()
    pages = re.findall(r"^\f?Page No\. \d+ Date: \d\d/\d\d/\d{4}$", txt, re.M)
    if len(pages) < 5 or txt.count("\f") != len(pages):
        problems.append("notebook: page headers (%d) and form feeds (%d) do not match"
                        % (len(pages), txt.count("\f")))
    for mark, what in (("\n____", "underscore underlines"), ("~~", "struck-out words"),
                       ("->", "arrows"), ("rn", "rn-for-m misreads")):
        if mark not in txt:
            problems.append("notebook: no %s" % what)
    page = open(os.path.join(ROOT, DOCS["wetland-schemes-npca-amrit-dharohar"][0]), encoding="utf-8").read()
    for mark in ("hint-info", "hint-warning", "hint-success", 'role="tablist"', 'role="tabpanel"',
                 'role="table"', 'data-testid="table-of-contents"', "Powered by GitBook"):
        if mark not in page:
            problems.append("gitbook: no %s" % mark)
    shown = units["wetland-schemes-npca-amrit-dharohar"]
    for unit in ("Previous", "Next", "Last updated", "On this page", "Was this helpful?"):
        if not any(u.startswith(unit) for u in shown):
            problems.append("gitbook: no %r line" % unit)


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
    check_docx(problems)
    check_shapes(units, problems)
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
                if not any(ws(a) in u for u in units[name]):
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
