#!/usr/bin/python3
"""Check the heldout183 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the Google Docs .docx, one paragraph,
list item or table cell of word/document.xml, read with zipfile and ElementTree; for the saved
old.reddit HTML, one element's visible text, scripts and styles skipped; for the WhatsApp
export, one line of the .txt), and occur exactly once across the three documents
(case-insensitive; the .docx's text includes its comments in word/comments.xml).
It also checks that the .docx holds the parts a Google Docs export has and that
tools/make_docx.py re-makes it byte for byte.
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

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "rte-article-21a-notes": "docs/rte-article-21a-notes.docx",
    "reddit-rte-quota-minority-schools": "docs/reddit-rte-quota-minority-schools.html",
    "whatsapp-chat-gs2-warriors": "docs/whatsapp-chat-gs2-warriors.txt",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX_PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
              "word/numbering.xml", "word/comments.xml", "word/_rels/document.xml.rels"]
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label"}


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


def docx_paragraphs(data):
    """Shown text of each w:p (body paragraphs, list items and table cells alike)."""
    out = []
    for p in ET.fromstring(data).iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag == W + "tab":
                parts.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                parts.append("\n")
        t = "".join(parts)
        if t.strip():
            out.append(t)
    return out


def units_of(path):
    """(units an accept string must lie inside, extra text counted for uniqueness)."""
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        with zipfile.ZipFile(full) as z:
            body = docx_paragraphs(z.read("word/document.xml"))
            comments = docx_paragraphs(z.read("word/comments.xml"))
        return body, comments
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units, []
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()], []


def check_docx(problems):
    full = os.path.join(ROOT, DOCS["rte-article-21a-notes"])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in DOCX_PARTS:
            if part not in names:
                problems.append("docx: missing part %s" % part)
        if names[0] != "[Content_Types].xml":
            problems.append("docx: [Content_Types].xml is not the first entry")
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not dated 1980-01-01" % info.filename)
            ET.fromstring(z.read(info.filename))  # every part is well-formed XML
        doc = z.read("word/document.xml").decode("utf-8")
        for style in ("Heading1", "Heading2"):
            if 'w:val="%s"' % style not in doc:
                problems.append("docx: no %s paragraph" % style)
        if "<w:tbl>" not in doc or "<w:numPr>" not in doc or "commentReference" not in doc:
            problems.append("docx: needs a table, numbered lists and comment anchors")
    before = hashlib.sha256(open(full, "rb").read()).hexdigest()
    with tempfile.TemporaryDirectory() as tmp:
        # re-make into a copy of the tree so the committed file is never touched
        src = os.path.join(ROOT, "tools", "make_docx.py")
        code = open(src, encoding="utf-8").read().replace(
            'OUT = os.path.join(HERE, "..", "docs", "rte-article-21a-notes.docx")',
            'OUT = %r' % os.path.join(tmp, "out.docx"))
        script = os.path.join(tmp, "make_docx.py")
        open(script, "w", encoding="utf-8").write(code.replace(
            'HERE = os.path.dirname(os.path.abspath(__file__))',
            'HERE = %r' % os.path.join(ROOT, "tools")))
        subprocess.run([sys.executable, script], check=True)
        after = hashlib.sha256(open(os.path.join(tmp, "out.docx"), "rb").read()).hexdigest()
    if before != after:
        problems.append("docx: tools/make_docx.py does not re-make it byte for byte")


def main():
    problems = []
    check_docx(problems)
    units, joined = {}, {}
    for k, v in DOCS.items():
        shown, extra = units_of(v)
        units[k] = shown
        joined[k] = ws(" ".join(shown + extra)).lower()
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
                if DOCS[name].endswith(".txt") and re.search(r"\*|(?<!\w)_|_(?!\w)", a):
                    problems.append("%s: WhatsApp marker in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one paragraph/element/line of %s: %r"
                                    % (where, name, a))
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
