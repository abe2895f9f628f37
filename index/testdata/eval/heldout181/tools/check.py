#!/usr/bin/python3
"""Check the heldout181 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents (case-insensitive). Units, extracted with the standard library only:
  - PowerPoint deck (.pptx): one paragraph (a:p) of a slide, of a table cell on a slide, or of a
    slide's speaker notes (ppt/slides/slideN.xml, ppt/notesSlides/notesSlideN.xml);
  - Outlook e-mail (.eml): one element's visible text in the text/html part (a paragraph, a list
    item, a table cell), the way Outlook renders the message;
  - Google Sheets export (.csv): one line of one cell (cells hold line breaks).
The script also checks that each file has the structure its app writes (the pptx parts and
relationships, the eml's multipart/mixed > multipart/alternative layout and attachment, the CSV's
header, CRLF rows, empty spacer column and blank rows) and that the generators in tools/ re-make
each document byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import csv
import email
import email.policy
import html.parser
import io
import json
import os
import posixpath
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "nghm-class-deck": "docs/nghm-class-deck.pptx",
    "nghm-policy-brief": "docs/nghm-policy-brief.eml",
    "nghm-revision-sheet": "docs/nghm-revision-sheet.csv",
}
MAKERS = {
    "docs/nghm-class-deck.pptx": "tools/make_pptx.py",
    "docs/nghm-policy-brief.eml": "tools/make_eml.py",
    "docs/nghm-revision-sheet.csv": "tools/make_csv.py",
}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside"}


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
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def pptx_units(full, problems):
    z = zipfile.ZipFile(full)
    names = z.namelist()
    if names[0] != "[Content_Types].xml":
        problems.append("pptx: [Content_Types].xml is not the first entry")
    for need in ("_rels/.rels", "ppt/presentation.xml", "ppt/_rels/presentation.xml.rels",
                 "ppt/slideMasters/slideMaster1.xml", "ppt/theme/theme1.xml", "docProps/core.xml",
                 "docProps/app.xml", "ppt/notesMasters/notesMaster1.xml"):
        if need not in names:
            problems.append("pptx: missing part %s" % need)
    ct = z.read("[Content_Types].xml").decode("utf-8")
    for n in names:
        ET.fromstring(z.read(n))
        if n.endswith(".rels"):
            base = posixpath.dirname(posixpath.dirname(n))
            for m in re.finditer(r'Target="([^"]+)"', z.read(n).decode("utf-8")):
                if posixpath.normpath(posixpath.join(base, m.group(1))) not in names:
                    problems.append("pptx: %s points to a missing part %s" % (n, m.group(1)))
        elif n != "[Content_Types].xml" and 'PartName="/%s"' % n not in ct:
            problems.append("pptx: no content type for %s" % n)

    def num(n):
        return int(re.search(r"(\d+)\.xml$", n).group(1))
    slides = sorted((n for n in names if re.match(r"ppt/slides/slide\d+\.xml$", n)), key=num)
    notes = sorted((n for n in names if re.match(r"ppt/notesSlides/notesSlide\d+\.xml$", n)), key=num)
    units = []
    for n in slides + notes:
        root = ET.fromstring(z.read(n))
        for p in root.iter(A + "p"):
            t = ws("".join(x.text or "" for x in p.iter(A + "t")))
            if t:
                units.append(t)
    return units


def eml_units(full, problems):
    raw = open(full, "rb").read()
    if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
        problems.append("eml: lines must end in CRLF")
    m = email.message_from_bytes(raw, policy=email.policy.default)
    types = [p.get_content_type() for p in m.walk()]
    if types[:4] != ["multipart/mixed", "multipart/alternative", "text/plain", "text/html"]:
        problems.append("eml: unexpected MIME layout %s" % types)
    if not any(p.get_content_disposition() == "attachment" for p in m.walk()):
        problems.append("eml: no attachment")
    for h in ("Thread-Topic", "Thread-Index", "X-MS-Has-Attach", "Content-Language"):
        if h not in m:
            problems.append("eml: missing Outlook header %s" % h)
    body = m.get_body(("html",)).get_content()
    if "MsoNormal" not in body or "MsoTableGrid" not in body:
        problems.append("eml: HTML body is not Outlook's MsoNormal markup")
    p = Blocks()
    p.feed(body)
    p.flush()
    return p.units


def csv_units(full, problems):
    raw = open(full, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf") or raw.endswith(b"\n"):
        problems.append("csv: a Google Sheets export has no BOM and no final newline")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    if rows[0][:3] != ["Topic", "Sub-topic", "Key points"] or rows[0][3] != "" or rows[0][-1] != "Source":
        problems.append("csv: unexpected header %s" % rows[0])
    if any(len(r) != len(rows[0]) for r in rows):
        problems.append("csv: rows of different lengths")
    if any(r[3] for r in rows):
        problems.append("csv: the spacer column is not empty")
    if not any(not any(r) for r in rows):
        problems.append("csv: no blank row between topics")
    units = []
    for r in rows:
        for cell in r:
            units.extend(ws(l) for l in cell.split("\n") if ws(l))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pptx"):
        return pptx_units(full, problems)
    if path.endswith(".eml"):
        return eml_units(full, problems)
    return csv_units(full, problems)


def remake(problems):
    for doc, maker in MAKERS.items():
        full = os.path.join(ROOT, doc)
        before = open(full, "rb").read()
        with tempfile.TemporaryDirectory() as tmp:
            keep = os.path.join(tmp, "keep")
            os.rename(full, keep)
            try:
                subprocess.run([sys.executable, os.path.join(ROOT, maker)], check=True)
                after = open(full, "rb").read()
            finally:
                os.replace(keep, full)
        if after != before:
            problems.append("%s: %s does not re-make it byte for byte" % (doc, maker))


def main():
    problems = []
    remake(problems)
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
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
            if not isinstance(obj.get("q"), str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    for p in problems:
        print(p)
    print("words: " + ", ".join("%s %d" % (k, len(" ".join(u).split())) for k, u in units.items()))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
