#!/usr/bin/python3
"""Check the heldout143 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the Word file, one paragraph or table
cell of word/document.xml, or one footnote or comment paragraph, read with zipfile and
xml.etree; for HTML, one element's visible text; for Markdown, one source line and free of
emphasis markers), and occur exactly once across the three documents (case-insensitive).
It also checks that tools/make_docx.py re-makes the .docx byte for byte and that the .docx has
the parts Word writes (styles, numbering, footnotes, comments).
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

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "revolt-1857-causes-and-centres": "docs/revolt-1857-causes-and-centres.docx",
    "why-1857-failed-civilsqna": "docs/why-1857-failed-civilsqna.html",
    "1857-timeline-and-aftermath": "docs/1857-timeline-and-aftermath.md",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside",
         "blockquote", "pre", "form", "button", "select", "option", "label", "hr", "figure",
         "figcaption"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX_PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml",
              "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml",
              "word/footnotes.xml", "word/comments.xml"]


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


def docx_units(full):
    """Paragraph and cell texts as Word shows them: document body, footnotes, comments."""
    units = []
    with zipfile.ZipFile(full) as z:
        for part in ("word/document.xml", "word/footnotes.xml", "word/comments.xml"):
            root = ET.fromstring(z.read(part))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t":
                        buf.append(el.text or "")
                    elif el.tag == W + "tab":
                        buf.append("\t")
                    elif el.tag in (W + "br", W + "cr"):
                        buf.append("\n")
                t = ws("".join(buf))
                if t:
                    units.append(t)
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        return docx_units(full)
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def check_docx(problems):
    path = os.path.join(ROOT, DOCS["revolt-1857-causes-and-centres"])
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for part in DOCX_PARTS:
            if part not in names:
                problems.append("docx: missing part %s" % part)
        if names[0] != "[Content_Types].xml":
            problems.append("docx: [Content_Types].xml is not the first part")
        doc = ET.fromstring(z.read("word/document.xml"))
        styles = {s.get(W + "val") for s in doc.iter(W + "pStyle")}
        for s in ("Heading1", "Heading2", "ListParagraph"):
            if s not in styles:
                problems.append("docx: no paragraph in style %s" % s)
        if doc.find(".//" + W + "tbl") is None:
            problems.append("docx: no table")
        if doc.find(".//" + W + "footnoteReference") is None:
            problems.append("docx: no footnote reference")
        if doc.find(".//" + W + "commentReference") is None:
            problems.append("docx: no comment reference")
    with open(path, "rb") as f:
        before = f.read()
    backup = tempfile.NamedTemporaryFile(delete=False)
    backup.write(before)
    backup.close()
    try:
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", "make_docx.py")], check=True)
        with open(path, "rb") as f:
            after = f.read()
        if after != before:
            problems.append("docx: tools/make_docx.py does not re-make it byte for byte")
            with open(path, "wb") as f:
                f.write(before)
    finally:
        os.unlink(backup.name)


def main():
    problems = []
    check_docx(problems)
    units = {k: units_of(v) for k, v in DOCS.items()}
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
                if DOCS[name].endswith(".md") and re.search(r"==|\*|\[\[|\]\]|(?<!\w)_|_(?!\w)|`", a):
                    problems.append("%s: emphasis marker in %r" % (where, a))
                if not any(a in u for u in units[name]):
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
