#!/usr/bin/python3
"""Check the heldout236 evaluation set.

The three documents' text is extracted as a reader would see it, with the standard library:
  - EPUB (pandoc): the spine documents in reading order (title page, nav, chapters) read
    from content.opf, each block element's visible text (<head>, hidden elements, scripts
    and styles skipped) one unit;
  - PPTX (Keynote export): the slides in sldIdLst order, each <a:p> of a slide (table cells
    included, one paragraph each) one unit, then that slide's speaker-notes paragraphs;
  - Bear Markdown: one unit per line as Bear shows it (heading marks, list and to-do marks,
    **, *, ==, ~~, [[ ]] and link targets dropped; table rows split into cells; code fences
    and table rules skipped).
Checks: each q-*.jsonl has exactly 25 lines and oos.jsonl 12; every line parses; in-scope
lines have exactly the keys q, accept, section; accept is one or two strings, each ASCII,
5-12 words, inside one unit of its own document, and occurring exactly once (case-insensitive,
whitespace collapsed) in the three documents' text together; section is a non-empty list of
strings at least one of which appears in its document's text; oos lines hold only q; each
document has 1,300-1,800 words; the EPUB has a stored mimetype first and well-formed XML
parts, the PPTX well-formed parts; and tools/make_epub.py, tools/make_pptx.py and
tools/make_md.py re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
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
    "post-mauryan-sculpture-study-guide": ("docs/post-mauryan-sculpture-study-guide.epub", "make_epub.py"),
    "buddha-image-lecture-deck": ("docs/buddha-image-lecture-deck.pptx", "make_pptx.py"),
    "sculpture-sites-museums-bear": ("docs/sculpture-sites-museums-bear.md", "make_md.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "thead", "tbody", "section", "nav", "body", "hr", "br", "aside", "blockquote",
         "dt", "dd", "dl", "header", "footer", "figure", "figcaption", "caption"}
VOID = {"meta", "link", "br", "hr", "img", "col", "input"}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
OPF = "{http://www.idpf.org/2007/opf}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
PNS = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    """Visible text of each block element; <head>, hidden elements, script and style skipped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack = [], [], []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        skip = tag in ("head", "script", "style") or "hidden" in dict(attrs)
        self.stack.append((tag, skip))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not any(skip for _, skip in self.stack):
            self.buf.append(data)


def epub_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED \
                or z.read("mimetype") != b"application/epub+zip":
            problems.append("epub: mimetype must be the first, stored entry")
        for info in infos:
            if info.filename.endswith((".xml", ".opf", ".ncx", ".xhtml")):
                try:
                    ET.fromstring(z.read(info.filename))
                except ET.ParseError as e:
                    problems.append("epub: %s is not well-formed (%s)" % (info.filename, e))
        cont = ET.fromstring(z.read("META-INF/container.xml"))
        opf_path = [e.get("full-path") for e in cont.iter() if e.get("full-path")][0]
        opf = ET.fromstring(z.read(opf_path))
        base = posixpath.dirname(opf_path)
        hrefs = {i.get("id"): i.get("href") for i in opf.iter(OPF + "item")}
        for ref in opf.iter(OPF + "itemref"):
            p = Blocks()
            p.feed(z.read(posixpath.join(base, hrefs[ref.get("idref")])).decode("utf-8"))
            p.flush()
            units.extend(p.units)
    return units


def para_text(p):
    return ws("".join(t.text or "" for t in p.iter(A + "t")))


def pptx_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                try:
                    ET.fromstring(z.read(name))
                except ET.ParseError as e:
                    problems.append("pptx: %s is not well-formed (%s)" % (name, e))
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        prels = {r.get("Id"): r.get("Target") for r in
                 ET.fromstring(z.read("ppt/_rels/presentation.xml.rels")).iter(RELS + "Relationship")}
        for sid in pres.iter(PNS + "sldId"):
            slide = posixpath.join("ppt", prels[sid.get(RID)])
            for p in ET.fromstring(z.read(slide)).iter(A + "p"):
                if para_text(p):
                    units.append(para_text(p))
            srels = posixpath.join(posixpath.dirname(slide), "_rels",
                                   posixpath.basename(slide) + ".rels")
            for r in ET.fromstring(z.read(srels)).iter(RELS + "Relationship"):
                if r.get("Type").endswith("/notesSlide"):
                    notes = posixpath.normpath(posixpath.join(posixpath.dirname(slide), r.get("Target")))
                    for sp in ET.fromstring(z.read(notes)).iter(PNS + "sp"):
                        ph = sp.find(".//" + PNS + "ph")
                        if ph is not None and ph.get("type") == "body":
                            for p in sp.iter(A + "p"):
                                if para_text(p):
                                    units.append(para_text(p))
    return units


def md_shown(line):
    line = re.sub(r"^#{1,6} ", "", line)
    line = re.sub(r"^\t*- \[[ x]\] ", "", line)
    line = re.sub(r"^\t*[-*] ", "", line)
    line = re.sub(r"^> ", "", line)
    line = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"\[\[([^\]]+)\]\]", r"\1", line)
    for mark in ("**", "==", "~~"):
        line = line.replace(mark, "")
    line = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\1", line)
    return line


def md_units(full, problems):
    with open(full, encoding="utf-8") as f:
        text = f.read()
    if text.endswith("\n") or not text.split("\n", 1)[0].strip():
        problems.append("md: a Bear export starts with the title line and has no final newline")
    units, fence = [], False
    for line in text.split("\n"):
        if line.startswith("```"):
            fence = not fence
            continue
        if fence:
            if ws(line):
                units.append(ws(line))
            continue
        if re.match(r"^\|[-| :]+\|$", line) or line.strip() == "---":
            continue
        if line.startswith("|"):
            units.extend(ws(md_shown(c)) for c in line.strip().strip("|").split("|") if ws(c))
        elif ws(md_shown(line)):
            units.append(ws(md_shown(line)))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".epub"):
        return epub_units(full, problems)
    if path.endswith(".pptx"):
        return pptx_units(full, problems)
    return md_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_remake(problems)
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
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
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
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
