#!/usr/bin/python3
"""Check the heldout266 evaluation set.

Extracts the three documents' text the way a reader sees it, with the standard library only:
  - LibreOffice Calc .ods: the sheet names (the tabs) and every paragraph of every cell
    (including the comment) in content.xml, text:s read as spaces; hidden rows and columns
    are read too, as a reader who opens the groups would;
  - Apple Notes .html: the <title> and the text of every block element of the body (div, li,
    td, h1-h3, ...), entities decoded, no-break spaces counted as spaces, the data: picture
    skipped;
  - YouTube auto-captions .vtt: every caption line once (inline timestamps and <c> tags
    stripped, the rolling repeats and the one-space lines dropped, header and timing lines
    skipped).
Then checks that:
  - every line of q-*.jsonl and oos.jsonl is JSON; in-scope lines have exactly q, accept, section;
    oos.jsonl lines only q; 25 questions per document and 12 out-of-scope;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words long, inside one
    line / paragraph / cell of its own document, and occurring exactly once (ignoring case,
    whitespace collapsed) across the three documents' text;
  - section is a non-empty list of strings and at least one of them occurs in its document;
  - each document has 1,300 to 1,800 words as extracted;
  - the .ods is a zip with "mimetype" first and stored and every XML part parses;
  - tools/make_ods.py, tools/make_html.py and tools/make_vtt.py re-make the documents byte for
    byte (into a temporary directory, so the committed files are never touched).
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "gst-council-tracker": ("docs/gst-council-tracker.ods", "tools/make_ods.py"),
    "101st-amendment-gst-notes": ("docs/101st-amendment-gst-notes.html", "tools/make_html.py"),
    "compensation-cess-gst-2-live": ("docs/compensation-cess-gst-2-live.en.vtt",
                                     "tools/make_vtt.py"),
}
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
BLOCK = {"html", "head", "body", "title", "div", "p", "li", "ul", "ol", "td", "th", "tr",
         "table", "tbody", "object", "br", "h1", "h2", "h3", "h4", "h5", "h6"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- .ods


def para_text(e):
    out = [e.text or ""]
    for ch in e:
        if ch.tag == "{%s}s" % TEXT:
            out.append(" " * int(ch.get("{%s}c" % TEXT, "1")))
        elif ch.tag in ("{%s}line-break" % TEXT, "{%s}tab" % TEXT):
            out.append("\n")
        else:
            out.append(para_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def ods_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("%s: mimetype is not the first, stored entry" % full)
        for info in infos:
            if info.filename.endswith((".xml", ".rdf")):
                try:
                    ET.fromstring(z.read(info.filename))
                except ET.ParseError as e:
                    problems.append("%s: %s does not parse (%s)" % (full, info.filename, e))
        root = ET.fromstring(z.read("content.xml"))
    for tab in root.iter("{%s}table" % TABLE):
        units.append(ws(tab.get("{%s}name" % TABLE)))
        for p in tab.iter("{%s}p" % TEXT):
            for line in para_text(p).split("\n"):
                if ws(line):
                    units.append(ws(line))
    return units


# ---------------------------------------------------------------- .html


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf = [], []
        self.in_head = False
        self.in_title = False

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag == "head":
            self.in_head = True
        if tag == "title":
            self.in_title = True
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        if tag == "title":
            self.in_title = False
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.in_head or self.in_title:
            self.buf.append(data)


def html_units(full, problems):
    with open(full, encoding="utf-8") as f:
        text = f.read()
    p = Blocks()
    p.feed(text)
    p.close()
    p.flush()
    return p.units


# ---------------------------------------------------------------- .vtt


def vtt_units(full, problems):
    with open(full, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("WEBVTT\n"):
        problems.append("%s: does not start with WEBVTT" % full)
    units, last = [], None
    for block in text.split("\n\n")[1:]:
        lines = block.split("\n")
        if not lines or "-->" not in lines[0]:
            if block.strip():
                problems.append("%s: block without a timing line: %r" % (full, block[:40]))
            continue
        for line in lines[1:]:
            t = ws(re.sub(r"<[^>]*>", "", line))
            if t and t != last:
                units.append(t)
                last = t
    return units


# ---------------------------------------------------------------- checks


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".ods"):
        return ods_units(full, problems)
    if path.endswith(".html"):
        return html_units(full, problems)
    return vtt_units(full, problems)


def remake(problems):
    tmp = tempfile.mkdtemp(prefix="heldout266-check-")
    try:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run([sys.executable, os.path.join(ROOT, script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))
    finally:
        shutil.rmtree(tmp)


def read_lines(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    objs = []
    for i, line in enumerate(lines, 1):
        try:
            objs.append((i, json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return lines, objs


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, j in joined.items():
        n = len(j.split())
        print("%s: %d words, %d units" % (DOCS[k][0], n, len(units[k])))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[k][0], n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines, objs = read_lines(fn, problems)
        for i, obj in objs:
            where = "%s:%d" % (fn, i)
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
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                la = ws(a).lower()
                if not any(la in u.lower() for u in units[name]):
                    problems.append("%s: not inside one line/cell of %s: %r" % (where, name, a))
                total = sum(j.count(la) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r"
                                    % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    lines, objs = read_lines("oos.jsonl", problems)
    for i, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("oos.jsonl:%d: must hold only q" % i)
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
