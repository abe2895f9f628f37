#!/usr/bin/python3
"""Check the heldout322 evaluation set.

Extracts the three documents' text as a reader sees it, with the standard library only:
  - Word worksheet (.docx): one unit per w:p of word/document.xml (body paragraphs and table-cell
    paragraphs alike), text from w:t, w:tab and w:br inside runs (tab stops in w:pPr are not
    text); the header and footer parts count for uniqueness but hold no answers;
  - saved topic page (.html): one unit per block element's visible text, script, style and
    noscript skipped (the JSON-LD and the ad script hold no visible text);
  - flash cards (.txt): one unit per line (CRLF line endings).
Then checks:
  - every line of q-*.jsonl and oos.jsonl parses; each q-*.jsonl holds exactly 25 objects with
    exactly the keys q, accept, section; oos.jsonl holds exactly 12 objects with only q;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words long, inside one unit of its
    own document (whitespace collapsed) and occurring exactly once, ignoring case, across the three
    documents' extracted text;
  - section is a non-empty list of strings and at least one of them is a heading of its document
    as written (ignoring case): the worksheet's title or one of its bold 14-pt headings, the page's
    h1/h2/h3, the deck's title line or a "### GROUP ###" line (with or without the #s);
  - each document is 1,300 to 1,800 words as extracted;
  - the shape of each format: the .docx uses no heading or title styles, its headings are bold
    14-pt Normal paragraphs, its table has a gridSpan and a vMerge header cell, its answers are
    italic; the .html has a table of contents box, h2 and h3 headings, FAQPage microdata and a
    newsletter form; the .txt has CRLF endings, "### ... ###" group lines and Q1., Q2., ... in order;
  - tools/make_docx.py, tools/make_html.py and tools/make_txt.py re-make docs/ byte for byte.
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
    "soils-of-india-worksheet": ("docs/soils-of-india-worksheet.docx", "tools/make_docx.py"),
    "soil-erosion-conservation-upsc-notes": ("docs/soil-erosion-conservation-upsc-notes.html",
                                             "tools/make_html.py"),
    "soil-health-card-flashcards": ("docs/soil-health-card-flashcards.txt", "tools/make_txt.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "caption"}
SKIP = {"script", "style", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- .docx
def para_text(p):
    parts = []
    for r in p.iter(W + "r"):
        for el in r:
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag == W + "tab":
                parts.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                parts.append("\n")
    return "".join(parts)


def docx_read(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        root = ET.fromstring(z.read("word/document.xml"))
        extra = []
        for n in names:
            if re.match(r"word/(header|footer)\d*\.xml$", n):
                extra += [ws(para_text(p)) for p in ET.fromstring(z.read(n)).iter(W + "p")]
    units, headings = [], []
    for p in root.iter(W + "p"):
        t = ws(para_text(p))
        if not t:
            continue
        units.append(t)
        style = p.find("%spPr/%spStyle" % (W, W))
        if style is not None and re.match(r"(Heading|Title|Subtitle)", style.get(W + "val")):
            problems.append("docx: paragraph uses style %s: %r" % (style.get(W + "val"), t[:40]))
        runs = [r for r in p.iter(W + "r") if (r.find(W + "t") is not None)]
        sizes = {r.find("%srPr/%ssz" % (W, W)).get(W + "val") if r.find("%srPr/%ssz" % (W, W)) is not None
                 else None for r in runs}
        bold = all(r.find("%srPr/%sb" % (W, W)) is not None for r in runs)
        if runs and bold and sizes <= {"28", "32"}:
            headings.append(t)
    doc = ET.tostring(root, encoding="unicode")
    if "gridSpan" not in doc or "vMerge" not in doc:
        problems.append("docx: the comparison table needs merged header cells (gridSpan and vMerge)")
    if not any(e.tag == W + "i" for e in root.iter()):
        problems.append("docx: no italic runs (answers are in italics)")
    if len(headings) < 10:
        problems.append("docx: expected bold 14-pt headings, found %d" % len(headings))
    return units, extra, headings


# ---------------------------------------------------------------- .html
class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.headings, self.in_h, self.hbuf = [], None, []
        self.attrs_seen = []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        self.attrs_seen.append((tag, dict(attrs)))
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag in ("h1", "h2", "h3"):
            self.in_h, self.hbuf = tag, []

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag == self.in_h:
            self.headings.append((tag, ws("".join(self.hbuf))))
            self.in_h = None

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)
            if self.in_h:
                self.hbuf.append(data)


def html_read(full, problems):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    kinds = {k for k, _ in p.headings}
    if not {"h1", "h2", "h3"} <= kinds:
        problems.append("html: needs h1, h2 and h3 headings")
    types = {a.get("itemtype") for _, a in p.attrs_seen}
    if not {"https://schema.org/FAQPage", "https://schema.org/Question",
            "https://schema.org/Answer"} <= types:
        problems.append("html: FAQ accordion lacks schema.org FAQPage microdata")
    ids = {a.get("id") for _, a in p.attrs_seen}
    if "toc_container" not in ids or not any(t == "form" for t, _ in p.attrs_seen):
        problems.append("html: needs the table of contents box and the newsletter form")
    headings = [h for k, h in p.headings if k in ("h1", "h2", "h3")]
    headings = [re.sub(r"^Q\d+\. ", "", h) for h in headings]
    return p.units, [], headings


# ---------------------------------------------------------------- .txt
def txt_read(full, problems):
    raw = open(full, "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("txt: line endings must all be CRLF")
    lines = raw.decode("utf-8").split("\r\n")
    units = [ws(l) for l in lines if l.strip()]
    headings = [ws(lines[1])]
    nums = []
    for l in lines:
        m = re.match(r"### (.+) ###$", l)
        if m:
            headings += [m.group(1), l]
        m = re.match(r"Q(\d+)\. ", l)
        if m:
            nums.append(int(m.group(1)))
            if not lines[lines.index(l) + 1][:1] in (" ", "\t"):
                problems.append("txt: answer of %r is not on an indented line" % l[:30])
    if nums != list(range(1, len(nums) + 1)):
        problems.append("txt: cards are not numbered Q1., Q2., ... in order")
    if len(headings) < 8:
        problems.append("txt: expected '### GROUP ###' lines")
    return units, [], headings


def remake(problems):
    for name, (doc, script) in DOCS.items():
        ext = os.path.splitext(doc)[1]
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "out" + ext)
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out], check=True)
            if open(out, "rb").read() != open(os.path.join(ROOT, doc), "rb").read():
                problems.append("%s does not re-make %s byte for byte" % (script, doc))


def jsonl(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    out = []
    for i, line in enumerate(lines, 1):
        try:
            out.append(("%s:%d" % (fn, i), json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return out


def main():
    problems = []
    readers = {".docx": docx_read, ".html": html_read, ".txt": txt_read}
    units, joined, headings = {}, {}, {}
    for name, (doc, _) in DOCS.items():
        full = os.path.join(ROOT, doc)
        u, extra, h = readers[os.path.splitext(doc)[1]](full, problems)
        units[name], headings[name] = u, {ws(x).lower() for x in h}
        joined[name] = ws(" ".join(u + extra)).lower()
        n = len(" ".join(u).split())
        print("%-45s %5d words, %3d units, %2d headings" % (doc, n, len(u), len(h)))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (doc, n))
    remake(problems)
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        objs = jsonl(fn, problems)
        if len(objs) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(objs)))
        for where, obj in objs:
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                                for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in headings[name] for s in sec):
                problems.append("%s: no section name is a heading of %s: %r" % (where, name, sec))
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
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r"
                                    % (where, total, a))
    oos = jsonl("oos.jsonl", problems)
    for where, obj in oos:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("%s: must hold only q" % where)
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
