#!/usr/bin/python3
"""Check the heldout136 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document as a reader shows it (for the EPUB, one paragraph, list item,
table cell or heading of a spine XHTML file, read with the standard library; for HTML, one
element's visible text; for plain text, one source line), and occur exactly once across the
three documents (case-insensitive).
The EPUB must also be well formed: `mimetype` the first member and stored, META-INF/container.xml
pointing at an OPF whose spine lists XHTML files that exist, an NCX and a nav document, an h1
in every chapter file and a re-make by tools/make_epub.py that is byte-for-byte the same.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import importlib.util
import json
import os
import posixpath
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "cripps-to-quit-india": "docs/cripps-to-quit-india.epub",
    "quit-india-movement": "docs/quit-india-movement.txt",
    "quit-india-cripps-mcqs": "docs/quit-india-cripps-mcqs.html",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside",
         "blockquote", "caption", "figure", "figcaption", "form", "button", "label"}
NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container", "o": "http://www.idpf.org/2007/opf"}


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


def html_units(text):
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


def epub_spine(full, problems):
    """Return the spine's XHTML texts in reading order, checking the container as we go."""
    z = zipfile.ZipFile(full)
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
        problems.append("epub: mimetype is not the first, stored member")
    if z.read("mimetype") != b"application/epub+zip":
        problems.append("epub: bad mimetype content")
    cont = ET.fromstring(z.read("META-INF/container.xml"))
    opf_path = cont.find(".//c:rootfile", NS).get("full-path")
    opf = ET.fromstring(z.read(opf_path))
    base = posixpath.dirname(opf_path)
    items = {i.get("id"): i for i in opf.find("o:manifest", NS)}
    names = set(z.namelist())
    for i in items.values():
        if posixpath.join(base, i.get("href")) not in names:
            problems.append("epub: manifest item missing: %s" % i.get("href"))
    if not any(i.get("media-type") == "application/x-dtbncx+xml" for i in items.values()):
        problems.append("epub: no NCX")
    if not any("nav" in (i.get("properties") or "") for i in items.values()):
        problems.append("epub: no nav document")
    spine = opf.find("o:spine", NS)
    texts = []
    for ref in spine:
        if ref.get("linear") == "no":
            continue
        href = posixpath.join(base, items[ref.get("idref")].get("href"))
        raw = z.read(href)
        ET.fromstring(raw)  # must be well-formed XML
        t = raw.decode("utf-8")
        if "<h1" not in t:
            problems.append("epub: no h1 in %s" % href)
        texts.append(t)
    if len(texts) != 2:
        problems.append("epub: %d linear spine chapters, expected 2" % len(texts))
    return texts


def epub_remake(full, problems):
    spec = importlib.util.spec_from_file_location("make_epub", os.path.join(ROOT, "tools", "make_epub.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with tempfile.TemporaryDirectory() as d:
        mod.OUT = os.path.join(d, "x.epub")
        import contextlib
        import io
        with contextlib.redirect_stdout(io.StringIO()):
            mod.main()
        if open(mod.OUT, "rb").read() != open(full, "rb").read():
            problems.append("epub: tools/make_epub.py does not re-make it byte for byte")


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".epub"):
        epub_remake(full, problems)
        units = []
        for t in epub_spine(full, problems):
            units.extend(html_units(t))
        return units
    if path.endswith(".html"):
        return html_units(open(full, encoding="utf-8").read())
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def main():
    problems = []
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
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
