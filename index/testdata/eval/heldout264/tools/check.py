#!/usr/bin/python3
"""Check the heldout264 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly q, accept (one or
two strings) and section (a non-empty list of strings); oos lines hold only q.  There must be
25 questions per document and 12 out-of-scope ones.  Every accept string must be ASCII, 5-12
words long, lie inside one unit of its own document as a reader sees it, and occur exactly once
(ignoring case, whitespace collapsed) across the three documents' text:
  - WPS .docx: one paragraph, list item or table cell of word/document.xml, or one comment
    paragraph of word/comments.xml, read with zipfile and ElementTree; the string must be found
    both with the tracked changes accepted and with them rejected (so it never touches an
    insertion or a deletion);
  - saved old.reddit page (.html): one element's visible text (scripts and styles skipped);
  - Kindle My Clippings.txt: one line of the file (byte-order marks dropped).
At least one of a question's section names must appear in its document's text.  Each
document's text must be 1,300-1,800 words (the .docx's body with changes accepted plus its
comments; the Reddit post and comment bodies; the Kindle highlights and notes).  The script
also checks the shapes of the three exports and that tools/make_docx.py, tools/make_html.py and
tools/make_kindle.py re-make the documents byte for byte.
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
    "hotspots-india-mentor-review": "docs/hotspots-india-mentor-review.docx",
    "reddit-western-ghats-esa-drafts": "docs/reddit-western-ghats-esa-drafts.html",
    "kindle-clippings-esz-hotspots": "docs/kindle-clippings-esz-hotspots.txt",
}
MAKERS = {
    "tools/make_docx.py": "hotspots-india-mentor-review.docx",
    "tools/make_html.py": "reddit-western-ghats-esa-drafts.html",
    "tools/make_kindle.py": "kindle-clippings-esz-hotspots.txt",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "blockquote", "dt", "dd", "dl", "br", "form", "body",
         "html", "head"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---- .docx ------------------------------------------------------------------------------
def docx_paragraphs(data, accepted):
    """Shown text of each w:p, with tracked changes accepted (or rejected)."""
    out = []
    root = ET.fromstring(data)
    parent = {c: p for p in root.iter() for c in p}

    def inside(el, tag):
        while el in parent:
            el = parent[el]
            if el.tag == W + tag:
                return True
        return False
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and not (not accepted and inside(el, "ins")):
                parts.append(el.text or "")
            elif el.tag == W + "delText" and not accepted:
                parts.append(el.text or "")
            elif el.tag == W + "tab":
                parts.append("\t")
        t = ws("".join(parts))
        if t:
            out.append(t)
    return out


def docx_text(full):
    with zipfile.ZipFile(full) as z:
        doc, com = z.read("word/document.xml"), z.read("word/comments.xml")
    acc = docx_paragraphs(doc, True) + docx_paragraphs(com, True)
    rej = docx_paragraphs(doc, False) + docx_paragraphs(com, False)
    return acc, rej


def check_docx(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        if names[0] != "docProps/app.xml" or names[-1] != "[Content_Types].xml":
            problems.append("docx: zip order is not WPS's (docProps first, [Content_Types].xml last)")
        for part in ("word/document.xml", "word/comments.xml", "word/commentsExtended.xml",
                     "word/numbering.xml", "word/styles.xml", "word/settings.xml", "docProps/custom.xml"):
            if part not in names:
                problems.append("docx: missing %s" % part)
        for n in names:
            ET.fromstring(z.read(n))
        app = z.read("docProps/app.xml").decode("utf-8")
        if "<Application>WPS Office_" not in app:
            problems.append("docx: app.xml does not name WPS Office")
        if "KSOProductBuildVer" not in z.read("docProps/custom.xml").decode("utf-8"):
            problems.append("docx: custom.xml lacks KSOProductBuildVer")
        doc = z.read("word/document.xml").decode("utf-8")
        for mark in ("<w:ins ", "<w:del ", "<w:delText", "<w:commentRangeStart", "<w:commentReference",
                     '<w:pStyle w:val="2"/>', "<w:tbl>", "<w:numPr>", "_GoBack"):
            if mark not in doc:
                problems.append("docx: document.xml lacks %s" % mark)
        if "<w:trackRevisions" not in z.read("word/settings.xml").decode("utf-8"):
            problems.append("docx: settings.xml lacks trackRevisions")


# ---- .html ------------------------------------------------------------------------------
class Blocks(html.parser.HTMLParser):
    """Visible text split at block elements; also collects post and comment bodies."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.stack = []          # (tag, is_thing, is_body)
        self.body_words = 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def in_body(self):
        thing = any(s[1] for s in self.stack)
        return thing and any(s[2] for s in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = " " + (a.get("class") or "") + " "
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "div":
            self.stack.append((tag, " thing " in cls and a.get("data-type") in ("link", "comment"),
                               " usertext-body " in cls))
        elif tag not in ("br", "input", "meta", "link", "img", "hr"):
            self.stack.append((tag, False, False))

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)
            if self.in_body():
                self.body_words += len(data.split())


def check_html(text, problems):
    if not text.startswith("<!doctype html><html"):
        problems.append("html: does not start with old.reddit's doctype")
    if "saved from url" in text or "_files/" in text:
        problems.append("html: looks like a 'complete' save, not HTML only")
    for mark in ("r.setup(", "//www.redditstatic.com/", " : UPSC</title>", "morechildren(",
                 "usertext-body", "Rendered by PID"):
        if mark not in text:
            problems.append("html: lacks %s" % mark)


# ---- Kindle -----------------------------------------------------------------------------
META = re.compile(r"^- Your (Highlight|Note|Bookmark) on (page \d+ \| )?Location \d+(-\d+)? \| "
                  r"Added on [A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4} \d{1,2}:\d\d:\d\d [AP]M$")


def check_kindle(raw, problems):
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("kindle: no byte-order mark")
    if re.search(rb"(?<!\r)\n", raw):
        problems.append("kindle: bare LF line ending")
    text = raw.decode("utf-8")
    recs = text.split("==========\r\n")
    if recs[-1] != "":
        problems.append("kindle: file does not end with a separator line")
    for r in recs[:-1]:
        lines = r.split("\r\n")
        if len(lines) != 5 or lines[4] != "" or lines[2] != "":
            problems.append("kindle: bad record %r" % r[:60])
            continue
        if not lines[0].startswith("\ufeff"):
            problems.append("kindle: title line without its byte-order mark: %r" % lines[0][:40])
        if not META.match(lines[1]):
            problems.append("kindle: bad meta line %r" % lines[1])


def kindle_content_words(raw):
    words = 0
    for r in raw.decode("utf-8").split("==========\r\n")[:-1]:
        lines = r.split("\r\n")
        if len(lines) > 3 and not lines[3].startswith("<You have reached"):
            words += len(lines[3].split())
    return words


# ---- main -------------------------------------------------------------------------------
def main():
    problems = []
    units, joined, words = {}, {}, {}
    for name, rel in DOCS.items():
        full = os.path.join(ROOT, rel)
        if rel.endswith(".docx"):
            check_docx(full, problems)
            acc, rej = docx_text(full)
            units[name] = (acc, rej)
            with zipfile.ZipFile(full) as z:
                deleted = [el.text or "" for el in ET.fromstring(z.read("word/document.xml")).iter(W + "delText")]
            joined[name] = ws(" ".join(acc + deleted)).lower()
            with zipfile.ZipFile(full) as z:
                words[name] = sum(len(u.split()) for u in docx_paragraphs(z.read("word/document.xml"), True)
                                  + docx_paragraphs(z.read("word/comments.xml"), True))
        elif rel.endswith(".html"):
            text = open(full, encoding="utf-8").read()
            check_html(text, problems)
            b = Blocks()
            b.feed(text)
            b.flush()
            units[name] = (b.units, b.units)
            joined[name] = ws(" ".join(b.units)).lower()
            words[name] = b.body_words
        else:
            raw = open(full, "rb").read()
            check_kindle(raw, problems)
            lines = [ws(l.replace("\ufeff", "")) for l in raw.decode("utf-8").split("\r\n")]
            lines = [l for l in lines if l]
            units[name] = (lines, lines)
            joined[name] = ws(" ".join(lines)).lower()
            words[name] = kindle_content_words(raw)
    for name, n in words.items():
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (name, n))

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
                shown, other = units[name]
                if not any(ws(a) in u for u in shown):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                elif not any(ws(a) in u for u in other):
                    problems.append("%s: touches a tracked change: %r" % (where, a))
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

    with tempfile.TemporaryDirectory() as tmp:
        for script, out in MAKERS.items():
            subprocess.run([sys.executable, os.path.join(ROOT, script), "--out", tmp], check=True,
                           stdout=subprocess.DEVNULL)
            a = open(os.path.join(tmp, out), "rb").read()
            b = open(os.path.join(ROOT, "docs", out), "rb").read()
            if a != b:
                problems.append("%s does not re-make docs/%s byte for byte" % (script, out))

    for p in problems:
        print(p)
    print("words of text: " + ", ".join("%s %d" % kv for kv in words.items()))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
