#!/usr/bin/python3
"""Check the heldout171 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one paragraph, list item, table cell, heading or line of its document as the app shows it
(for the EPUB, one block element of the spine's XHTML chapter; for the Evernote export, one
<div>, <li> or <td> of the note's ENML content, or the note title; for plain text, one source
line), and occur exactly once across the three documents (case-insensitive).
It also checks the files' structure (EPUB: `mimetype` first and stored, container.xml pointing
to the OPF, a nav document, the chapter well-formed with h1/h2/h3, an aside, a table and
endnote links; ENEX: en-export root, ENML content in CDATA with en-note, en-todo, a table,
tags and a source-url), that tools/make_epub.py and tools/make_enex.py re-make the two files
byte for byte, and that there are 25 questions per document and 12 out-of-scope ones.
Standard library only. Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import importlib.util
import json
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "electing-the-president": "docs/electing-the-president.epub",
    "prez-election-2022": "docs/prez-election-2022.enex",
    "president-removal-notes": "docs/president-removal-notes.txt",
}
MAKERS = {
    "electing-the-president": "tools/make_epub.py",
    "prez-election-2022": "tools/make_enex.py",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "hr", "en-note", "blockquote"}
OPF_NS = "{http://www.idpf.org/2007/opf}"
CONTAINER_NS = "{urn:oasis:names:tc:opendocument:xmlns:container}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    """Visible text split at block elements: what a reader shows as separate paragraphs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.tags = [], [], 0, []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "script", "head"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def blocks(markup):
    p = Blocks()
    p.feed(markup)
    p.close()
    p.flush()
    return p


def epub_units(full, problems):
    z = zipfile.ZipFile(full)
    infos = z.infolist()
    if not infos or infos[0].filename != "mimetype":
        problems.append("epub: mimetype is not the first member")
    elif infos[0].compress_type != zipfile.ZIP_STORED:
        problems.append("epub: mimetype is compressed")
    elif z.read("mimetype") != b"application/epub+zip":
        problems.append("epub: bad mimetype")
    container = ET.fromstring(z.read("META-INF/container.xml"))
    rootfile = container.find(".//%srootfile" % CONTAINER_NS)
    opf_path = rootfile.get("full-path")
    opf = ET.fromstring(z.read(opf_path))
    base = os.path.dirname(opf_path)
    manifest = {i.get("id"): i for i in opf.iter(OPF_NS + "item")}
    if not any("nav" in (i.get("properties") or "").split() for i in manifest.values()):
        problems.append("epub: no nav document in the manifest")
    for i in manifest.values():
        name = os.path.normpath(os.path.join(base, i.get("href"))).replace(os.sep, "/")
        if name not in z.namelist():
            problems.append("epub: manifest item missing: %s" % name)
        elif name.endswith((".xhtml", ".opf", ".ncx", ".xml")):
            try:
                ET.fromstring(z.read(name))
            except ET.ParseError as e:
                problems.append("epub: %s not well-formed (%s)" % (name, e))
    units = []
    chapters = 0
    for ref in opf.iter(OPF_NS + "itemref"):
        if ref.get("linear") == "no":
            continue
        item = manifest[ref.get("idref")]
        name = os.path.normpath(os.path.join(base, item.get("href"))).replace(os.sep, "/")
        text = z.read(name).decode("utf-8")
        p = blocks(text)
        tags = {t for t, _ in p.tags}
        for need in ("h1", "h2", "h3", "aside", "table", "sup"):
            if need not in tags:
                problems.append("epub: %s has no <%s>" % (name, need))
        if not any(t == "a" and a.get("epub:type") == "noteref" for t, a in p.tags):
            problems.append("epub: %s has no endnote links" % name)
        units += p.units
        chapters += 1
    if chapters != 1:
        problems.append("epub: %d linear chapters in the spine, expected 1" % chapters)
    return units


def enex_units(full, problems):
    raw = open(full, encoding="utf-8").read()
    if "<![CDATA[" not in raw:
        problems.append("enex: content is not in CDATA")
    root = ET.fromstring(raw.encode("utf-8"))
    if root.tag != "en-export":
        problems.append("enex: root is %s, not en-export" % root.tag)
    units = []
    notes = root.findall("note")
    if len(notes) != 1:
        problems.append("enex: %d notes, expected 1" % len(notes))
    for note in notes:
        if not note.findall("tag"):
            problems.append("enex: note has no tags")
        if note.find("note-attributes/source-url") is None:
            problems.append("enex: note has no source-url attribute")
        content = note.find("content").text
        if "<!DOCTYPE en-note" not in content or "<en-note" not in content:
            problems.append("enex: content is not an ENML en-note document")
        try:
            ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", content).encode("utf-8"))
        except ET.ParseError as e:
            problems.append("enex: ENML not well-formed (%s)" % e)
        p = blocks(content)
        tags = {t for t, _ in p.tags}
        for need in ("en-note", "div", "span", "en-todo", "table", "td"):
            if need not in tags:
                problems.append("enex: ENML has no <%s>" % need)
        units.append(ws(note.find("title").text))
        units += p.units
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".epub"):
        return epub_units(full, problems)
    if path.endswith(".enex"):
        return enex_units(full, problems)
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def check_makers(problems):
    for name, maker in MAKERS.items():
        spec = importlib.util.spec_from_file_location("maker_" + name.replace("-", "_"),
                                                      os.path.join(ROOT, maker))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, os.path.basename(DOCS[name]))
            mod.build(out)
            with open(out, "rb") as f:
                fresh = f.read()
        with open(os.path.join(ROOT, DOCS[name]), "rb") as f:
            if f.read() != fresh:
                problems.append("%s does not re-make %s byte for byte" % (maker, DOCS[name]))


def main():
    problems = []
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
    check_makers(problems)
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
