#!/usr/bin/python3
"""Check the heldout131 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document (for the PowerPoint deck, one paragraph of a slide's text, one
table cell or one paragraph of a slide's speaker notes, read from the .pptx with zipfile and
ElementTree in presentation order; for HTML, one element's visible text; for plain text, one
source line), and occur exactly once across the three documents (case-insensitive).
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import posixpath
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "railways-modernisation-lecture": "docs/railways-modernisation-lecture.pptx",
    "railways-explained": "docs/railways-explained.html",
    "railway-notes": "docs/railway-notes.txt",
}
NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
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


def rels_of(z, part):
    """Relationship id -> (type, target part) for one part of the package."""
    d, b = posixpath.split(part)
    name = posixpath.join(d, "_rels", b + ".rels")
    if name not in z.namelist():
        return {}
    out = {}
    for r in ET.fromstring(z.read(name)).findall("rel:Relationship", NS):
        out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[-1],
                            posixpath.normpath(posixpath.join(d, r.get("Target"))))
    return out


def paras(elem):
    """Text of each a:p under elem, as PowerPoint shows it (runs, fields, line breaks)."""
    out = []
    for p in elem.iter("{%s}p" % NS["a"]):
        bits = []
        for node in p:
            tag = node.tag.split("}")[1]
            if tag in ("r", "fld"):
                t = node.find("a:t", NS)
                bits.append((t.text or "") if t is not None else "")
            elif tag == "br":
                bits.append(" ")
        t = ws("".join(bits))
        if t:
            out.append(t)
    return out


def pptx_units(full):
    """Slide text (placeholders, text boxes, table cells) and speaker notes, slide by slide."""
    units = []
    with zipfile.ZipFile(full) as z:
        root = "ppt/presentation.xml"
        prels = rels_of(z, root)
        pres = ET.fromstring(z.read(root))
        for sid in pres.find("p:sldIdLst", NS):
            slide = prels[sid.get("{%s}id" % NS["r"])][1]
            tree = ET.fromstring(z.read(slide)).find("p:cSld/p:spTree", NS)
            units.extend(paras(tree))
            for typ, target in rels_of(z, slide).values():
                if typ != "notesSlide":
                    continue
                notes = ET.fromstring(z.read(target))
                for sp in notes.iter("{%s}sp" % NS["p"]):
                    ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
                    if ph is not None and ph.get("type") == "body":
                        units.extend(paras(sp))
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pptx"):
        return pptx_units(full)
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units
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
