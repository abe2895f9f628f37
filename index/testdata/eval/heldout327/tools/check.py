#!/usr/bin/python3
"""Check the heldout327 evaluation set.

Extracts the three documents' text as a reader sees it, with the standard library and
pdftotext:
  - Word .docx: one unit per paragraph (w:p) of word/document.xml, table cells included, and of
    the header and footer parts; text of w:t runs, tabs inside runs as tabs, field codes
    (w:instrText) left out and their cached results kept; list bullets from numbering.xml are
    not text;
  - PDF: one unit per line of `pdftotext -layout` output, cut where the line has a gap of three
    or more spaces (table cells, the number column of headings, the footer's page number);
  - saved Wikipedia HTML: one unit per block element's visible text (scripts, styles and
    elements hidden with display:none skipped; comments are not text).
Then checks:
  - every q-*.jsonl line parses, has exactly the keys q, accept, section; each file holds 25;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words long, lying inside one
    unit of its own document (whitespace collapsed) and occurring exactly once, ignoring case
    and whitespace, across the three documents' extracted text;
  - section is a non-empty list of strings and at least one of them occurs in its document;
  - oos.jsonl holds 12 lines with only q;
  - each document has 1,300 to 1,800 words (the .docx body, the PDF as extracted with its
    running heads and footers, the HTML article inside mw-parser-output up to the References
    heading: lead, infobox, sections, table, See also);
  - tools/make_docx.py, tools/make_pdf.py and tools/make_html.py re-make the documents byte
    for byte (each is run into a temporary file and compared).
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
    "cag-model-answer-mts-test11": ("docs/cag-model-answer-mts-test11.docx", "tools/make_docx.py"),
    "cag-report-ch3-natural-resources": ("docs/cag-report-ch3-natural-resources.pdf", "tools/make_pdf.py"),
    "public-accounts-committee-india-wikipedia": ("docs/public-accounts-committee-india-wikipedia.html",
                                                  "tools/make_html.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "caption", "body",
         "html", "head", "dt", "dd", "dl", "br", "form", "label", "button", "cite", "section"}
VOID = {"br", "img", "input", "link", "meta", "hr", "source", "wbr", "col", "area", "base"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- .docx
def docx_units(full):
    out = []
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        parts = ["word/header1.xml"] if "word/header1.xml" in names else []
        parts += ["word/document.xml"]
        parts += ["word/footer1.xml"] if "word/footer1.xml" in names else []
        for part in parts:
            root = ET.fromstring(z.read(part))
            for p in root.iter(W + "p"):
                bits = []
                for r in p.iter(W + "r"):
                    for el in r:
                        if el.tag == W + "t":
                            bits.append(el.text or "")
                        elif el.tag == W + "tab":
                            bits.append("\t")
                        elif el.tag in (W + "br", W + "cr"):
                            bits.append("\n")
                t = ws("".join(bits))
                if t:
                    out.append((part, t))
    return out


def docx_body_words(full):
    return sum(len(t.split()) for part, t in docx_units(full) if part == "word/document.xml")


# ---------------------------------------------------------------- .pdf
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


# ---------------------------------------------------------------- .html
class Blocks(html.parser.HTMLParser):
    """Visible text per block element; tracks whether we are inside the article body."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf = [], []
        self.skip = 0          # inside script/style
        self.hidden = []       # stack of [tag, depth] for display:none elements
        self.article = 0       # depth inside div.mw-parser-output (0 = outside)
        self.article_words = 0
        self.counting = True   # article prose is counted up to the References heading
        self.headings = []
        self.in_heading = None

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.article and self.counting:
                self.article_words += len(t.split())
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.hidden:
            if tag == self.hidden[-1][0] and tag not in VOID:
                self.hidden[-1][1] += 1
            return
        if "display:none" in (a.get("style") or "").replace(" ", ""):
            if tag not in VOID:
                self.flush()
                self.hidden.append([tag, 1])
            return
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "div":
            if self.article:
                self.article += 1
            elif "mw-parser-output" in (a.get("class") or "").split():
                self.article = 1
        if tag in ("h1", "h2", "h3"):
            self.in_heading = []

    def handle_endtag(self, tag):
        if self.hidden:
            if tag == self.hidden[-1][0]:
                self.hidden[-1][1] -= 1
                if self.hidden[-1][1] == 0:
                    self.hidden.pop()
            return
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in ("h1", "h2", "h3") and self.in_heading is not None:
            self.headings.append(ws("".join(self.in_heading)))
            if self.article and self.headings[-1] == "References":
                self.counting = False
            self.in_heading = None
        if tag in BLOCK:
            self.flush()
        if tag == "div" and self.article:
            self.article -= 1

    def handle_data(self, data):
        if not self.skip and not self.hidden:
            self.buf.append(data)
            if self.in_heading is not None:
                self.in_heading.append(data)


def html_parse(full):
    p = Blocks()
    with open(full, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    p.flush()
    return p


# ---------------------------------------------------------------- checks
def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        return [t for _, t in docx_units(full)]
    if path.endswith(".pdf"):
        return pdf_units(full)
    return html_parse(full).units


def words_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        return docx_body_words(full)
    if path.endswith(".pdf"):
        return len(pdf_text(full).split())
    return html_parse(full).article_words


def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            r = subprocess.run([sys.executable, os.path.join(ROOT, script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    remake(problems)
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, (doc, _) in DOCS.items():
        n = words_of(doc)
        print("%s: %d words" % (doc, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (doc, n))
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in its document: %r" % (where, sec))
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
                    problems.append("%s: not inside one paragraph/line/element of %s: %r" % (where, name, a))
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
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for k, (doc, _) in DOCS.items():
            print("=====", doc)
            for u in units_of(doc):
                print(u)
        sys.exit(0)
    sys.exit(main())
