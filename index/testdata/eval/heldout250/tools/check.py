#!/usr/bin/python3
"""Check the heldout250 evaluation set.

Extracts each document's text the way a reader shows it and checks the rules in README.md:
  - EPUB (pandoc): the spine's XHTML pages in order (title page, nav, chapters); one unit per
    block element (p, li, dt, dd, td, th, caption, h1-h6, div, aside ...), MathML skipped;
  - Evernote .enex: each note's title and the blocks of its ENML (div, li, td, h2 ...);
  - OneNote .docx: one unit per paragraph of word/document.xml (w:t text, tabs as spaces),
    table cells included, Office Math text (m:t) kept inside its paragraph.
Every line of the q-*.jsonl files must parse and hold exactly q, accept (one or two strings) and
section (non-empty list of strings), 10 + 5 + 4 + 3 + 3 = 25 questions per document; every
accept string must be ASCII, 5 to 12 words long, lie inside one unit of its own document
(whitespace collapsed) and occur exactly once, ignoring case, across the three documents'
extracted text; at least one section name of each question must be a heading or title of its
document. oos.jsonl must hold 12 lines with only q. Each document must hold 1,300 to 1,800
words, parse as its format, and be re-made byte for byte by its tools/make_*.py script.

Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "ocean-acidification-ebook": ("docs/ocean-acidification-ebook.epub", "tools/make_epub.py"),
    "coral-bleaching-indian-reefs": ("docs/coral-bleaching-indian-reefs.enex", "tools/make_enex.py"),
    "coral-reef-conservation-onenote": ("docs/coral-reef-conservation-onenote.docx", "tools/make_docx.py"),
}
BLOCK = {"p", "li", "ul", "ol", "dl", "dt", "dd", "td", "th", "tr", "table", "tbody", "thead",
         "caption", "colgroup", "div", "section", "aside", "nav", "blockquote", "hr", "br", "body",
         "h1", "h2", "h3", "h4", "h5", "h6", "en-note", "label"}
HEAD = {"h1", "h2", "h3", "h4", "h5", "h6"}
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MNS = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    """Text units of (X)HTML / ENML: one per block element; headings kept apart."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.heads, self.buf = [], [], []
        self.skip = 0
        self.in_head = False

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.in_head:
                self.heads.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("math", "head", "style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
            self.in_head = tag in HEAD

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("math", "head", "style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
            self.in_head = False

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def epub_units(full, problems):
    z = zipfile.ZipFile(full)
    names = z.namelist()
    if names[0] != "mimetype" or z.read("mimetype") != b"application/epub+zip" \
            or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
        problems.append("%s: mimetype must come first, stored" % full)
    cont = ET.fromstring(z.read("META-INF/container.xml"))
    opf_path = cont.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get("full-path")
    opf = ET.fromstring(z.read(opf_path))
    ns = "{http://www.idpf.org/2007/opf}"
    base = os.path.dirname(opf_path)
    items = {i.get("id"): i.get("href") for i in opf.iter(ns + "item")}
    units, heads = [], []
    for ref in opf.iter(ns + "itemref"):
        data = z.read(base + "/" + items[ref.get("idref")])
        ET.fromstring(data)
        p = Blocks()
        p.feed(data.decode("utf-8"))
        p.flush()
        units += p.units
        heads += p.heads
    title = opf.find(".//{http://purl.org/dc/elements/1.1/}title").text
    return units, heads + [ws(title)]


def enex_units(full, problems):
    root = ET.parse(full).getroot()
    units, heads = [], []
    for note in root.iter("note"):
        units.append(ws(note.findtext("title")))
        heads.append(ws(note.findtext("title")))
        content = note.findtext("content")
        body = content[content.index("<en-note"):].strip()
        try:
            ET.fromstring(body)
        except ET.ParseError as e:
            problems.append("%s: ENML does not parse (%s)" % (full, e))
        p = Blocks()
        p.feed(body)
        p.flush()
        units += p.units
        heads += p.heads
    return units, heads


def docx_units(full, problems):
    z = zipfile.ZipFile(full)
    for name in z.namelist():
        if name.endswith(".xml") or name.endswith(".rels"):
            ET.fromstring(z.read(name))
    doc = ET.fromstring(z.read("word/document.xml"))
    units, heads = [], []
    for p in doc.iter(WNS + "p"):
        text = []
        for el in p.iter():
            if el.tag in (WNS + "t", MNS + "t"):
                text.append(el.text or "")
            elif el.tag == WNS + "tab":
                text.append(" ")
        t = ws("".join(text))
        if not t:
            continue
        units.append(t)
        style = p.find("%spPr/%spStyle" % (WNS, WNS))
        if style is not None and style.get(WNS + "val") in ("Title", "Heading1", "Heading2"):
            heads.append(t)
    return units, heads


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".epub"):
        return epub_units(full, problems)
    if path.endswith(".enex"):
        return enex_units(full, problems)
    return docx_units(full, problems)


def remakes(problems):
    for name, (doc, script) in DOCS.items():
        full = os.path.join(ROOT, doc)
        with open(full, "rb") as f:
            before = hashlib.sha256(f.read()).hexdigest()
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script)], check=True)
        with open(full, "rb") as f:
            after = hashlib.sha256(f.read()).hexdigest()
        if before != after:
            problems.append("%s: %s does not re-make it byte for byte" % (doc, script))


def main():
    problems = []
    remakes(problems)
    units, heads = {}, {}
    for k, (path, _) in DOCS.items():
        units[k], heads[k] = units_of(path, problems)
        nw = sum(len(u.split()) for u in units[k])
        print("%s: %d units, %d words, %d headings" % (path, len(units[k]), nw, len(heads[k])))
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, nw))
    joined = ws(" ".join(" ".join(u) for u in units.values())).lower()
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        low_heads = {ws(h).lower() for h in heads[name]}
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
            elif not any(ws(s).lower() in low_heads for s in sec):
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
                total = joined.count(ws(a).lower())
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
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
