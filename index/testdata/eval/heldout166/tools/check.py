#!/usr/bin/python3
"""Check the heldout166 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one shown unit of its document, and occur exactly once across the three documents
(case-insensitive). The shown units are extracted with the standard library only:
- the PowerPoint deck (.pptx): one unit per paragraph (<a:p>) of every slide, in the order of
  presentation.xml's slide list, and of its speaker notes, the runs of a paragraph joined and a
  line break (<a:br>) ending a unit; a table cell is its own paragraph, so never spans two cells;
- the Evernote export (.enex): each note's title, and one unit per block (div, li, td, h2, ...)
  of the ENML body held in the note's CDATA content, markup such as <b> and highlight <span>s
  removed; the base64 resources are not text;
- the plain-text notes (.txt): one unit per source line (the text is hard-wrapped).
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import posixpath
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "article-6-class-deck": "docs/article-6-class-deck.pptx",
    "carbon-markets-in-news": "docs/carbon-markets-in-news.enex",
    "indian-carbon-market": "docs/indian-carbon-market.txt",
}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "colgroup", "body", "en-note", "br", "hr", "dt", "dd",
         "dl", "blockquote", "pre"}


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

    def handle_startendtag(self, tag, attrs):
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


def rels_of(z, part):
    d, f = posixpath.split(part)
    path = posixpath.join(d, "_rels", f + ".rels")
    if path not in z.namelist():
        return {}
    out = {}
    for r in ET.fromstring(z.read(path)).iter(PR + "Relationship"):
        out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[-1],
                            posixpath.normpath(posixpath.join(d, r.get("Target"))))
    return out


def paragraphs(root):
    units = []
    for p in root.iter(A + "p"):
        buf = []
        for el in p:
            if el.tag in (A + "r", A + "fld"):
                t = el.find(A + "t")
                buf.append((t.text or "") if t is not None else "")
            elif el.tag == A + "br":
                buf.append("\n")
        for piece in "".join(buf).split("\n"):
            if ws(piece):
                units.append(ws(piece))
    return units


def pptx_units(full):
    z = zipfile.ZipFile(full)
    pres = "ppt/presentation.xml"
    prels = rels_of(z, pres)
    units = []
    for sid in ET.fromstring(z.read(pres)).iter(P + "sldId"):
        slide = prels[sid.get(R + "id")][1]
        units += paragraphs(ET.fromstring(z.read(slide)))
        for kind, target in rels_of(z, slide).values():
            if kind == "notesSlide":
                root = ET.fromstring(z.read(target))
                for sp in root.iter(P + "sp"):
                    ph = sp.find(".//" + P + "ph")
                    if ph is not None and ph.get("type") == "body":
                        units += paragraphs(sp)
    return units


def enex_units(full):
    units = []
    for note in ET.parse(full).getroot().iter("note"):
        units.append(ws(note.find("title").text))
        p = Blocks()
        p.feed(note.find("content").text)
        p.flush()
        units += p.units
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pptx"):
        return pptx_units(full)
    if path.endswith(".enex"):
        return enex_units(full)
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def main():
    problems = []
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
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
