#!/usr/bin/python3
"""Check the heldout172 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as its app shows it (for the PowerPoint deck, one paragraph of
a slide, a table cell, a diagram box or the speaker notes, read from the .pptx with zipfile and
ElementTree; for the Discord HTML export, one line of one element's visible text; for the Org
file, one line, or one cell of a table row, and free of Org emphasis markers), and occur exactly
once across the three documents (case-insensitive).
It also checks that tools/make_pptx.py and tools/make_org.py re-make their documents byte for
byte.
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

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "indus-waters-treaty-deck": "docs/indus-waters-treaty-deck.pptx",
    "ir-channel-indus-waters": "docs/ir-channel-indus-waters.html",
    "indus-waters-revision": "docs/indus-waters-revision.org",
}
MAKERS = {"docs/indus-waters-treaty-deck.pptx": "tools/make_pptx.py",
          "docs/indus-waters-revision.org": "tools/make_org.py"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "pre"}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    """Visible text of an HTML page, one unit per line of each block element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0

    def flush(self):
        for line in "".join(self.buf).split("\n"):
            t = ws(line)
            if t:
                self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "svg"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "svg"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def pptx_units(full):
    """Paragraphs of every slide (placeholders, table cells, grouped shapes) and its notes."""
    z = zipfile.ZipFile(full)

    def rels(part):
        d, f = os.path.split(part)
        root = ET.fromstring(z.read(os.path.join(d, "_rels", f + ".rels")))
        return {r.get("Id"): (r.get("Type").rsplit("/", 1)[1],
                              os.path.normpath(os.path.join(d, r.get("Target"))))
                for r in root.iter(PR + "Relationship")}

    def paras(part):
        root = ET.fromstring(z.read(part))
        out = []
        for p in root.iter(A + "p"):
            t = ws("".join(x.text or "" for x in p.iter(A + "t")))
            if t:
                out.append(t)
        return out

    pres = "ppt/presentation.xml"
    prel = rels(pres)
    units = []
    for sid in ET.fromstring(z.read(pres)).iter(P + "sldId"):
        slide = prel[sid.get(R + "id")][1]
        units.extend(paras(slide))
        for typ, target in rels(slide).values():
            if typ == "notesSlide":
                units.extend(paras(target))
    return units


def org_units(full):
    units = []
    for line in open(full, encoding="utf-8").read().split("\n"):
        if not line.strip():
            continue
        if line.startswith("|"):
            if not line.startswith("|-"):
                units.extend(ws(c) for c in line.strip().strip("|").split("|") if c.strip())
        else:
            units.append(line)
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
    if path.endswith(".org"):
        return org_units(full)
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def remake_problems():
    problems = []
    for doc, maker in MAKERS.items():
        full = os.path.join(ROOT, doc)
        before = hashlib.sha256(open(full, "rb").read()).hexdigest()
        subprocess.run([sys.executable, os.path.join(ROOT, maker)], check=True)
        after = hashlib.sha256(open(full, "rb").read()).hexdigest()
        if before != after:
            problems.append("%s: %s does not re-make it byte for byte" % (doc, maker))
    return problems


def main():
    problems = remake_problems()
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
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if DOCS[name].endswith(".org") and re.search(
                        r"(?<!\w)[*/=~+_]\w|\w[*/=~+_](?!\w)|\[fn:", a):
                    problems.append("%s: Org markup in %r" % (where, a))
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
