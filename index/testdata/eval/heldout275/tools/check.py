#!/usr/bin/python3
"""Check the heldout275 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Workflowy .opml: every <outline>'s text and every line of its _note, after XML decoding,
    with the inline HTML (<b>, <i>, <u>, <mark>, <a>, <time>, <mention>) dropped and its
    entities decoded; a "heading" is a bullet that has children (shown with its #tags and
    without them);
  - Google Docs page (.html): the visible text of each block element (p, li, td, h1, h2,
    div ...), scripts and styles skipped; headings are the h1/h2 elements and the title
    paragraph; the document's own words are those inside the doc-content div;
  - Pages .docx: each w:p of word/document.xml (body paragraphs, list items, table cells)
    and of word/footnotes.xml, read with zipfile and ElementTree; headings are the
    paragraphs in the Title, Heading and Heading 2 styles; the footer counts for uniqueness.
Then checks:
  - each document holds 1,300 to 1,800 words of its own text, parses, and has the parts
    and quirks of its format (see check_opml, check_html, check_docx);
  - tools/make_opml.py, tools/make_gdoc.py and tools/make_pages.py re-make the three
    documents byte for byte (each is run with a temporary output path);
  - every line of q-*.jsonl is a JSON object with exactly the keys q, accept, section;
    25 questions per document, at least three of them short keyword queries (2-4 words);
  - accept is a list of one or two strings, each ASCII, 5 to 12 words long, inside one
    unit (line / element / paragraph / cell) of its own document (whitespace collapsed),
    and occurring exactly once, ignoring case, across the three documents' text;
  - section is a non-empty list of strings, one of which names a heading (or the title)
    of the question's own document (ignoring case and whitespace);
  - oos.jsonl holds 12 lines, each an object with only q.
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html
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
    "emergency-1975-77-workflowy": ("docs/emergency-1975-77-workflowy.opml", "tools/make_opml.py"),
    "forty-second-amendment-gdoc": ("docs/forty-second-amendment-gdoc.html", "tools/make_gdoc.py"),
    "forty-fourth-amendment-pages": ("docs/forty-fourth-amendment-pages.docx", "tools/make_pages.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tbody", "tr", "br", "hr", "body", "head", "html", "svg"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm(s):
    return ws(s).lower()


class Strip(html.parser.HTMLParser):
    """Text of a Workflowy rich-text string (inline HTML, entities decoded)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def strip_rich(s):
    p = Strip()
    p.feed(s)
    p.close()
    return "".join(p.parts)


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.headings, self.in_head, self.head_buf = [], None, []
        self.doc_depth, self.div_depth, self.doc_words = None, 0, []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.doc_depth is not None:
                self.doc_words.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "div":
            self.div_depth += 1
            if "doc-content" in (a.get("class") or "").split():
                self.doc_depth = self.div_depth
        if tag in ("h1", "h2") or (tag == "p" and "title" in (a.get("class") or "").split()):
            self.in_head, self.head_buf = tag, []

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag == self.in_head:
            self.headings.append(ws("".join(self.head_buf)))
            self.in_head = None
        if tag == "div":
            if self.doc_depth == self.div_depth:
                self.doc_depth = None
            self.div_depth -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)
            if self.in_head:
                self.head_buf.append(data)


def with_tags_dropped(t):
    return ws(re.sub(r"(^|\s)#[\w-]+", " ", t))


def opml_doc(full, problems):
    root = ET.parse(full).getroot()
    units, headings = [], []
    for o in root.iter("outline"):
        for key in ("text", "_note"):
            for line in strip_rich(o.get(key) or "").split("\n"):
                if ws(line):
                    units.append(ws(line))
        if len(o):
            t = ws(strip_rich(o.get("text") or ""))
            headings += [t, with_tags_dropped(t)]
    return {"units": units, "extra": [], "headings": headings, "own": units}


def html_doc(full, problems):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return {"units": p.units, "extra": [], "headings": p.headings, "own": p.doc_words}


def docx_paras(data, styles=None):
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
        t = ws("".join(parts))
        if not t:
            continue
        st = p.find(W + "pPr/" + W + "pStyle")
        out.append((st.get(W + "val") if st is not None else "", t))
    return out


def docx_doc(full, problems):
    with zipfile.ZipFile(full) as z:
        body = docx_paras(z.read("word/document.xml"))
        notes = docx_paras(z.read("word/footnotes.xml"))
        foot = docx_paras(z.read("word/footer1.xml"))
    units = [t for _, t in body] + [t for _, t in notes]
    heads = [t for s, t in body if s in ("Title", "Heading", "Heading2")]
    return {"units": units, "extra": [t for _, t in foot], "headings": heads, "own": units}


def check_opml(full, problems):
    text = open(full, encoding="utf-8").read()
    root = ET.fromstring(text)
    if not text.startswith('<?xml version="1.0"?>\n<opml version="2.0">'):
        problems.append("opml: not Workflowy's declaration and root")
    head = root.find("head")
    if head is None or [c.tag for c in head] != ["ownerEmail"]:
        problems.append("opml: head must hold only ownerEmail")
    bad = {k for o in root.iter("outline") for k in o.attrib} - {"text", "_note", "_complete"}
    if bad:
        problems.append("opml: unexpected outline attributes %s" % sorted(bad))
    if len(root.find("body")) != 1:
        problems.append("opml: a node export holds one top-level outline")
    n_done = sum(1 for o in root.iter("outline") if o.get("_complete") == "true")
    n_note = sum(1 for o in root.iter("outline") if o.get("_note") is not None)
    if n_done < 3 or n_note < 5:
        problems.append("opml: needs completed bullets and notes (%d, %d)" % (n_done, n_note))
    for needle in ("&lt;time startYear=", "&lt;mark class=", "&amp;lt;", "&#10;", "&lt;mention "):
        if needle not in text:
            problems.append("opml: missing Workflowy quirk %r" % needle)
    if text.endswith("\n"):
        problems.append("opml: Workflowy writes no newline after </opml>")


def check_html(full, problems):
    text = open(full, encoding="utf-8").read()
    m = re.match(r"<!DOCTYPE html>\n<!-- saved from url=\((\d{4})\)(\S+) -->\n<html>", text)
    if not m or int(m.group(1)) != len(m.group(2)):
        problems.append("html: no valid Chrome 'saved from url' comment")
    for needle in ("Published using Google Docs", "Updated automatically every 5 minutes",
                   'class="c20 doc-content"', "<tbody>", 'id="ftnt1"', "www.google.com/url?q=",
                   "lst-kix_", 'nonce=""', "_files/"):
        if needle not in text:
            problems.append("html: missing %r" % needle)


def check_docx(full, problems):
    need = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
            "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml",
            "word/footnotes.xml", "word/footer1.xml", "word/_rels/document.xml.rels"]
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        if names != need:
            problems.append("docx: entries %s" % names)
        for info in z.infolist():
            ET.fromstring(z.read(info.filename))
            if info.date_time != (2025, 7, 2, 22, 41, 18):
                problems.append("docx: %s not stamped with the export time" % info.filename)
        styles = z.read("word/styles.xml").decode("utf-8")
        for sid in ("Body", "Heading", "Heading2", "Title", "TableStyle2", "Bullet", "Numbered"):
            if 'w:styleId="%s"' % sid not in styles:
                problems.append("docx: style %s missing" % sid)
        doc = z.read("word/document.xml").decode("utf-8")
        if doc.count('<w:bidi w:val="0"/>') < doc.count("<w:p>") or "<w:tbl>" not in doc \
                or "w:footnoteReference" not in doc:
            problems.append("docx: Pages marks, table or footnote marks missing")
        if "w:numStyleLink" not in z.read("word/numbering.xml").decode("utf-8"):
            problems.append("docx: lists do not link to the numbering styles")


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out], check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, doc), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s does not re-make %s byte for byte" % (script, doc))


def read_lines(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    objs = []
    for i, line in enumerate(lines, 1):
        try:
            objs.append(("%s:%d" % (fn, i), json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return objs


def main():
    problems = []
    docs = {}
    for name, (path, _) in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".opml"):
            check_opml(full, problems)
            docs[name] = opml_doc(full, problems)
        elif path.endswith(".html"):
            check_html(full, problems)
            docs[name] = html_doc(full, problems)
        else:
            check_docx(full, problems)
            docs[name] = docx_doc(full, problems)
        n = sum(len(u.split()) for u in docs[name]["own"])
        print("%s: %d words" % (path, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, n))
    check_remake(problems)
    joined = {k: norm(" \n ".join(d["units"] + d["extra"])) for k, d in docs.items()}
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        objs = read_lines(fn, problems)
        heads = {norm(h) for h in docs[name]["headings"]}
        short = 0
        for where, obj in objs:
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            q, acc, sec = obj["q"], obj["accept"], obj["section"]
            if not isinstance(q, str) or not q.strip():
                problems.append("%s: empty q" % where)
            elif 2 <= len(q.split()) <= 4:
                short += 1
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                if not 5 <= len(a.split()) <= 12:
                    problems.append("%s: %d words: %r" % (where, len(a.split()), a))
                if not any(ws(a) in u for u in docs[name]["units"]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(norm(a)) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r" % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(norm(s) in heads for s in sec):
                problems.append("%s: no section name is a heading of %s: %r" % (where, name, sec))
        if len(objs) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(objs)))
        if short < 3:
            problems.append("%s: only %d short keyword queries" % (fn, short))
    oos = read_lines("oos.jsonl", problems)
    for where, obj in oos:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
            problems.append("%s: must hold only a non-empty q" % where)
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
