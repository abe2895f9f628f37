#!/usr/bin/python3
"""Check the heldout180 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the reader shows it (for the EPUB, one paragraph, list item,
table cell, caption or heading of the spine's XHTML, extracted with the standard library; for
the Discord HTML export, one element's visible text; for plain text, one source line), and occur
exactly once across the three documents (case-insensitive).

It also checks the EPUB's structure (mimetype first and stored, container.xml pointing at the
OPF, every manifest item present, a nav document, well-formed XHTML) and that
tools/make_epub.py and tools/make_discord.py re-make the two documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import importlib.util
import json
import os
import posixpath
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

sys.dont_write_bytecode = True
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "forest-fires-in-india": "docs/forest-fires-in-india.epub",
    "fire-season-study-group": "docs/fire-season-study-group.html",
    "forest-fire-notes": "docs/forest-fire-notes.txt",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "figure",
         "figcaption", "caption", "blockquote", "pre"}
NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container", "opf": "http://www.idpf.org/2007/opf"}


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
    p.close()
    p.flush()
    return p.units


def epub_units(full, problems):
    """The text of the EPUB's spine documents, in spine order, as the reader shows it."""
    units = []
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if not infos or infos[0].filename != "mimetype":
            problems.append("epub: mimetype is not the first member")
        elif infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("epub: mimetype is compressed")
        elif z.read("mimetype") != b"application/epub+zip":
            problems.append("epub: bad mimetype content")
        names = set(z.namelist())
        container = ET.fromstring(z.read("META-INF/container.xml"))
        rootfile = container.find("c:rootfiles/c:rootfile", NS)
        opf_path = rootfile.get("full-path")
        opf = ET.fromstring(z.read(opf_path))
        base = posixpath.dirname(opf_path)
        manifest = {}
        has_nav = False
        for item in opf.find("opf:manifest", NS):
            href = posixpath.normpath(posixpath.join(base, item.get("href")))
            manifest[item.get("id")] = (href, item.get("media-type"))
            if href not in names:
                problems.append("epub: manifest item missing from zip: %s" % href)
            if "nav" in (item.get("properties") or "").split():
                has_nav = True
        if not has_nav:
            problems.append("epub: no nav document in the manifest")
        for href, mt in manifest.values():
            if mt == "application/xhtml+xml" and href in names:
                try:
                    ET.fromstring(z.read(href))
                except ET.ParseError as e:
                    problems.append("epub: %s is not well-formed (%s)" % (href, e))
        for ref in opf.find("opf:spine", NS):
            href, mt = manifest[ref.get("idref")]
            units.extend(html_units(z.read(href).decode("utf-8")))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".epub"):
        return epub_units(full, problems)
    if path.endswith(".html"):
        return html_units(open(full, encoding="utf-8").read())
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def load_tool(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, "tools", name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check_remake(problems):
    epub = load_tool("make_epub")
    with open(os.path.join(ROOT, DOCS["forest-fires-in-india"]), "rb") as f:
        if f.read() != epub.build_bytes():
            problems.append("tools/make_epub.py does not re-make the EPUB byte for byte")
    discord = load_tool("make_discord")
    with open(os.path.join(ROOT, DOCS["fire-season-study-group"]), encoding="utf-8", newline="") as f:
        if f.read() != discord.render():
            problems.append("tools/make_discord.py does not re-make the HTML export")


def main():
    problems = []
    check_remake(problems)
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
