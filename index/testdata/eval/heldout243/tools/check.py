#!/usr/bin/python3
"""Check the heldout243 evaluation set.

Extracts each document's text the way a reader shows it and checks the set against it:
  - EPUB (calibre news download): the spine documents named in content.opf, in spine order;
    one unit per element's visible text (p, li, td/th, h1-h6, div, blockquote, br split units;
    scripts and styles skipped);
  - OneNote page printed to PDF: one unit per piece of a line of `pdftotext -layout` output,
    lines cut where pdftotext leaves three or more spaces (side-by-side containers, table cells);
  - Evernote .enex: each note's title, and one unit per div, p, list item, table cell, heading
    or <br/>-separated line of its ENML.
Rules checked: each document has 1,300-1,800 words as extracted; every line of q-*.jsonl and
oos.jsonl parses; each q-*.jsonl holds 25 objects with exactly the keys q, accept, section;
accept is a list of one or two ASCII strings of 5-12 words, each inside one unit of its own
document and occurring exactly once (ignoring case, whitespace collapsed) across the three
documents' extracted text; section is a non-empty list of strings, at least one of which occurs
in its document's text (ignoring case, whitespace collapsed); oos.jsonl holds 12 objects with
only q. It also checks that the EPUB's mimetype entry is first and stored, that every XHTML file
and the OPF and NCX parse, that the .enex and each note's ENML parse as XML, and that
tools/make_epub.py, tools/make_pdf.py and tools/make_enex.py re-make the documents byte for byte
(run on copies writing into a temporary directory; the committed files are not touched).
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html.parser
import json
import os
import posixpath
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "ecodigest-wetlands-of-india": ("docs/ecodigest-wetlands-of-india.epub", "make_epub.py"),
    "amrit-dharohar-onenote": ("docs/amrit-dharohar-onenote.pdf", "make_pdf.py"),
    "ramsar-convention-wetland-laws": ("docs/ramsar-convention-wetland-laws.enex", "make_enex.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "tbody", "thead", "colgroup", "blockquote", "br", "hr", "body", "html",
         "head", "en-note", "section", "header", "footer", "nav", "dl", "dt", "dd"}
OPF = "{http://www.idpf.org/2007/opf}"


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
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)

    def unknown_decl(self, data):
        pass


def html_units(text):
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


def epub_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("epub: mimetype is not the first, stored entry")
        if z.read("mimetype") != b"application/epub+zip":
            problems.append("epub: wrong mimetype")
        container = ET.fromstring(z.read("META-INF/container.xml"))
        opf_path = container.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile"
                                  ).get("full-path")
        opf = ET.fromstring(z.read(opf_path))
        ET.fromstring(z.read("toc.ncx"))
        manifest = {i.get("id"): i.get("href") for i in opf.iter(OPF + "item")}
        base = posixpath.dirname(opf_path)
        for ref in opf.iter(OPF + "itemref"):
            href = posixpath.join(base, manifest[ref.get("idref")])
            data = z.read(href)
            try:
                ET.fromstring(data)
            except ET.ParseError as e:
                problems.append("epub: %s does not parse (%s)" % (href, e))
            units.extend(html_units(data.decode("utf-8")))
    return units


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def enex_units(full, problems):
    root = ET.parse(full).getroot()
    units = []
    for note in root.iter("note"):
        units.append(ws(note.findtext("title")))
        content = note.findtext("content")
        body = content[content.index("<en-note"):].strip()
        try:
            ET.fromstring(body)
        except ET.ParseError as e:
            problems.append("enex: ENML of %r does not parse (%s)" % (note.findtext("title"), e))
        units.extend(html_units(body))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".epub"):
        return epub_units(full, problems)
    if path.endswith(".pdf"):
        return pdf_units(full)
    return enex_units(full, problems)


def remake(problems):
    """Run each make script on a copy that writes into a temporary directory; compare bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            src = open(os.path.join(ROOT, "tools", script), encoding="utf-8").read()
            fname = os.path.basename(path)
            old_out = 'OUT = os.path.join(HERE, "..", "docs", "%s")' % fname
            old_here = "HERE = os.path.dirname(os.path.abspath(__file__))"
            if old_out not in src or old_here not in src:
                problems.append("%s: cannot find its HERE/OUT lines" % script)
                continue
            out = os.path.join(tmp, fname)
            src = src.replace(old_out, "OUT = %r" % out).replace(
                old_here, "HERE = %r" % os.path.join(ROOT, "tools"))
            copy = os.path.join(tmp, script)
            with open(copy, "w", encoding="utf-8") as f:
                f.write(src)
            r = subprocess.run(["/usr/bin/python3", copy], capture_output=True, text=True)
            if r.returncode != 0 or not os.path.exists(out):
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            a = hashlib.sha256(open(out, "rb").read()).hexdigest()
            b = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            if a != b:
                problems.append("tools/%s does not re-make %s byte for byte" % (script, path))


def read_jsonl(fn, problems):
    objs = []
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            objs.append((i, json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return len(lines), objs


def main():
    problems = []
    units = {}
    for k, v in DOCS.items():
        try:
            units[k] = units_of(v[0], problems)
        except (ET.ParseError, zipfile.BadZipFile, KeyError, subprocess.CalledProcessError) as e:
            problems.append("%s: cannot be read (%s)" % (v[0], e))
            units[k] = []
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        count, objs = read_jsonl(fn, problems)
        if count != 25:
            problems.append("%s: %d questions, expected 25" % (fn, count))
        for i, obj in objs:
            where = "%s:%d" % (fn, i)
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
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
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
    count, objs = read_jsonl("oos.jsonl", problems)
    for i, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("oos.jsonl:%d: must hold only q" % i)
    if count != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % count)
    remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, count))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
