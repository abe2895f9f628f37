#!/usr/bin/python3
"""Check the heldout125 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the EPUB, one paragraph, list item,
heading or table cell of a chapter in the spine; for the Google Keep note, the title or one line
of textContent; for the saved HTML page, one element's visible text), and occur exactly once
across the three documents (case-insensitive; the EPUB's text here includes nav.xhtml, the Keep
note's its link annotation, the page's its menus, sidebar and footer).
It also checks the EPUB's container (mimetype first and stored, container.xml, OPF, spine) and
the Keep note's Takeout fields.
Standard library only. Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "moon-and-sun-missions": "docs/moon-and-sun-missions.epub",
    "gaganyaan-and-docking": "docs/gaganyaan-and-docking.json",
    "isro-100th-launch-press-release": "docs/isro-100th-launch-press-release.html",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "figure", "figcaption", "blockquote", "form"}
OPF_NS = "{http://www.idpf.org/2007/opf}"
KEEP_FIELDS = {"color", "isTrashed", "isPinned", "isArchived", "textContent", "title",
               "userEditedTimestampUsec", "createdTimestampUsec", "labels"}


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


def blocks(text):
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


def epub_units(full, problems):
    """Units of the spine's linear chapters; all XHTML (with nav) for the uniqueness count."""
    z = zipfile.ZipFile(full)
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
        problems.append("epub: mimetype must be the first member, stored")
    if z.read("mimetype") != b"application/epub+zip":
        problems.append("epub: bad mimetype")
    cont = ET.fromstring(z.read("META-INF/container.xml"))
    opf_path = cont.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get("full-path")
    opf = ET.fromstring(z.read(opf_path))
    base = os.path.dirname(opf_path)
    if opf.get("version") != "3.0":
        problems.append("epub: OPF is not EPUB 3")
    items = {i.get("id"): i for i in opf.iter(OPF_NS + "item")}
    if not any("nav" in (i.get("properties") or "") for i in items.values()):
        problems.append("epub: no nav document")
    shown, everything = [], []
    for ref in opf.iter(OPF_NS + "itemref"):
        href = items[ref.get("idref")].get("href")
        text = z.read(base + "/" + href if base else href).decode("utf-8")
        ET.fromstring(text.encode("utf-8"))
        u = blocks(text)
        everything += u
        if ref.get("linear") != "no":
            shown += u
    for i in items.values():
        if i.get("media-type") == "application/xhtml+xml" and not any(
                r.get("idref") == i.get("id") for r in opf.iter(OPF_NS + "itemref")):
            everything += blocks(z.read(base + "/" + i.get("href")).decode("utf-8"))
    return shown, everything


def keep_units(full, problems):
    note = json.load(open(full, encoding="utf-8"))
    missing = KEEP_FIELDS - set(note)
    if missing:
        problems.append("keep: missing fields %s" % sorted(missing))
    shown = [ws(note.get("title", ""))]
    for line in note.get("textContent", "").split("\n"):
        if line.strip():
            shown.append(ws(line))
    for item in note.get("listContent", []):
        shown.append(ws(item["text"]))
    extra = [ws(a.get("title", "")) for a in note.get("annotations", [])]
    return shown, shown + extra


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".epub"):
        return epub_units(full, problems)
    if path.endswith(".json"):
        return keep_units(full, problems)
    u = blocks(open(full, encoding="utf-8").read())
    return u, u


def main():
    problems = []
    units, joined = {}, {}
    for k, v in DOCS.items():
        shown, everything = units_of(v, problems)
        units[k] = shown
        joined[k] = ws(" ".join(everything)).lower()
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
