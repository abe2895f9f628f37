#!/usr/bin/python3
"""Check the heldout220 evaluation set.

Run: /usr/bin/python3 tools/check.py        (add --dump to print every document's units)

It extracts each document's text as a reader sees it:
  - HTML (a LiveLaw story saved from the browser): the visible text of <body>, with <script>,
    <style>, <noscript>, <svg>, <audio>, <template> and anything hidden (a hidden attribute or
    display:none) skipped, entities decoded, one unit per block element (p, li, h1-h6, div,
    figure/figcaption, aside, section, nav, header, footer, button, table cells ...), inline
    elements (a, strong, em, span) staying inside their block;
  - CSV (a Notion database export): the cells as the csv module reads them after the BOM, each
    line of a cell (the text properties hold typed line breaks) a unit of its own;
  - PDF (a scanned booklet with an OCR layer): `pdftotext -layout`, each line cut into pieces
    where pdftotext leaves three or more spaces (a margin note, the flowchart's gaps, a score),
    whitespace collapsed.
and checks:
  - every line of q-*.jsonl and oos.jsonl parses as JSON; each q-file holds exactly 25 objects
    with exactly the keys q, accept, section; oos.jsonl holds exactly 12 objects with only q;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words long, inside one unit of
    its own document, and occurring exactly once (ignoring case, whitespace collapsed) in the
    three documents' extracted text taken together;
  - section is a non-empty list of strings, at least one of which occurs (ignoring case) in the
    extracted text of its document;
  - each document holds 1,300 to 1,800 words (the HTML's whole visible text, every CSV cell,
    the PDF's whole text as pdftotext extracts it);
  - the HTML has the saved page's parts (the "saved from url" comment, parsable JSON-LD, the
    headline, the Premium teaser and lock message, Related Stories, the footer); the CSV starts
    with a BOM, has LF line ends only, a header row starting with "Name" and the same number of
    fields in every row, and is named "<database> <32 hex>_all.csv"; every PDF page has a JPEG
    (DCTDecode) image and invisible text (3 Tr);
  - tools/make_livelaw.py, tools/make_notion_csv.py and tools/make_scan.py re-make the three
    documents byte for byte (into a temporary folder under tools/, removed afterwards).
"""
import csv
import html.parser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
CSV_NAME = "Election Commission Tracker 2c8e5a1f9b3d47e6a0f4c7d2e9b1a865_all.csv"
DOCS = {
    "electoral-bonds-verdict-livelaw": ("docs/electoral-bonds-verdict-livelaw.html", "make_livelaw.py"),
    CSV_NAME[:-4]: ("docs/" + CSV_NAME, "make_notion_csv.py"),
    "gs2-test-14-evaluated-copy-scan": ("docs/gs2-test-14-evaluated-copy-scan.pdf", "make_scan.py"),
}
BLOCK = {"p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "main",
         "article", "aside", "footer", "header", "nav", "figure", "figcaption", "button", "table",
         "tr", "td", "th", "dl", "dt", "dd", "form", "label", "br", "blockquote", "iframe"}
SKIP = {"script", "style", "svg", "noscript", "head", "title", "template", "audio"}
VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack = [], [], []
        self.comments = []

    def hidden(self):
        return any(self.stack)

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        hide = tag in SKIP or "hidden" in a or \
            re.search(r"display\s*:\s*none", a.get("style") or "") is not None
        self.stack.append(hide)

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self.hidden():
            self.buf.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def html_units(path, problems):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    v = Visible()
    v.feed(text)
    v.close()
    v.flush()
    if not text.startswith("<!DOCTYPE html>\n<!-- saved from url=("):
        problems.append("html: no saved-from comment after the doctype")
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
        try:
            json.loads(block)
        except ValueError as e:
            problems.append("html: JSON-LD does not parse (%s)" % e)
    for part in ('<h1 class="details-title">', 'class="premium-teaser"', "Subscribe to LiveLaw Premium",
                 "Related Stories", "Live Law Media Pvt Ltd", "Next Story", "Advertisement"):
        if part not in text:
            problems.append("html: missing %r" % part)
    return v.units


def csv_units(path, problems):
    with open(path, "rb") as f:
        raw = f.read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("csv: no byte-order mark")
    if b"\r" in raw:
        problems.append("csv: CR found (Notion writes LF)")
    if not re.fullmatch(r".+ [0-9a-f]{32}_all\.csv", os.path.basename(path)):
        problems.append("csv: not named like a Notion _all.csv export")
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
    if not rows or rows[0][0] != "Name":
        problems.append("csv: header must start with Name")
    if len({len(r) for r in rows}) != 1:
        problems.append("csv: rows have different numbers of fields")
    units = []
    for r in rows:
        for cell in r:
            for line in cell.split("\n"):
                if ws(line):
                    units.append(ws(line))
    return units


def pdf_units(path, problems):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    with open(path, "rb") as f:
        raw = f.read()
    n_pages = len(re.findall(rb"/Type /Page\b", raw))
    n_jpeg = len(re.findall(rb"/Filter \[? ?/DCTDecode", raw))
    n_tr = 0
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
        try:
            data = zlib.decompress(m.group(1))
        except zlib.error:
            continue
        if b" 3 Tr" in data or b"\n3 Tr" in data:
            n_tr += 1
    if n_pages == 0 or n_jpeg < n_pages or n_tr < n_pages:
        problems.append("pdf: %d pages, %d JPEG images, %d pages with invisible text"
                        % (n_pages, n_jpeg, n_tr))
    return units


def doc_words(name, path, units):
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True,
                             check=True).stdout
        return len(out.split())
    return sum(len(u.split()) for u in units)


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full, problems)
    if path.endswith(".csv"):
        return csv_units(full, problems)
    return pdf_units(full, problems)


def remake(problems):
    tmp = tempfile.mkdtemp(dir=TOOLS, prefix="remake-")
    try:
        for name, (path, script) in DOCS.items():
            target = os.path.join(tmp, os.path.basename(path))
            arg = tmp if script == "make_notion_csv.py" else target
            subprocess.run(["/usr/bin/python3", os.path.join(TOOLS, script), arg], check=True)
            with open(target, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, path))
    finally:
        shutil.rmtree(tmp)


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    if "--dump" in sys.argv:
        for k, us in units.items():
            print("=====", k)
            for u in us:
                print(u)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, (path, _) in DOCS.items():
        n = doc_words(k, os.path.join(ROOT, path), units[k])
        print("%s: %d words" % (path, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, n))
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
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
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
                    problems.append("%s: not inside one unit of its document: %r" % (where, a))
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
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
