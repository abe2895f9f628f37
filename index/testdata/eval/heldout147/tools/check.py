#!/usr/bin/python3
"""Check the heldout147 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the EPUB, one element's visible text in
the spine's XHTML chapters; for the Excel workbook, one line of one cell's shown text; for the
captions, one cue's text), and occur exactly once across the three documents (case-insensitive).
The text is pulled out with the standard library only (zipfile, xml, html.parser).
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import posixpath
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "basel-accords-ebook": "docs/basel-accords-ebook.epub",
    "capital-adequacy-tracker": "docs/capital-adequacy-tracker.xlsx",
    "basel-norms-lecture": "docs/basel-norms-lecture.srt",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption"}
X = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
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
        if tag in ("style", "script", "head"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        if tag in ("style", "script", "head"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def epub_units(full):
    z = zipfile.ZipFile(full)
    names = z.namelist()
    problems = []
    if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED \
            or z.read("mimetype") != b"application/epub+zip":
        problems.append("epub: mimetype must come first, stored, application/epub+zip")
    cont = ET.fromstring(z.read("META-INF/container.xml"))
    opf_path = cont.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get("full-path")
    opf = ET.fromstring(z.read(opf_path))
    base = posixpath.dirname(opf_path)
    items = {i.get("id"): i for i in opf.find(OPF + "manifest")}
    if not any("nav" in (i.get("properties") or "").split() for i in items.values()):
        problems.append("epub: no nav document in the manifest")
    units = []
    for ref in opf.find(OPF + "spine"):
        href = posixpath.join(base, items[ref.get("idref")].get("href"))
        p = Blocks()
        p.feed(z.read(href).decode("utf-8"))
        p.flush()
        units.extend(p.units)
    return units, problems


def shown_number(v, fmt):
    if fmt in (9, 10):
        return ("%.0f%%" if fmt == 9 else "%.2f%%") % (float(v) * 100)
    f = float(v)
    return str(int(f)) if f == int(f) else v


def xlsx_units(full):
    z = zipfile.ZipFile(full)
    sst = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(X + "si"):
            sst.append("".join(t.text or "" for t in si.iter(X + "t")))
    xfs = ET.fromstring(z.read("xl/styles.xml")).find(X + "cellXfs")
    numfmt = [int(xf.get("numFmtId", "0")) for xf in xfs]
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    units, problems = [], []
    for sh in wb.find(X + "sheets"):
        units.append(sh.get("name"))
        tree = ET.fromstring(z.read("xl/" + rels[sh.get(R + "id")]))
        if tree.find(X + "mergeCells") is None:
            problems.append("xlsx: sheet %s has no merged title cell" % sh.get("name"))
        for c in tree.iter(X + "c"):
            v = c.find(X + "v")
            if v is None:
                continue
            if c.get("t") == "s":
                text = sst[int(v.text)]
            else:
                text = shown_number(v.text, numfmt[int(c.get("s", "0"))])
            units.extend(ws(l) for l in text.split("\n") if ws(l))
    return units, problems


def srt_units(full):
    text = open(full, encoding="utf-8").read()
    units, problems = [], []
    for n, block in enumerate(re.split(r"\n\s*\n", text.strip()), 1):
        lines = block.split("\n")
        if lines[0] != str(n) or not re.fullmatch(
                r"\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}", lines[1]):
            problems.append("srt: bad cue %d" % n)
            continue
        units.append(ws(" ".join(lines[2:])))
    return units, problems


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".epub"):
        return epub_units(full)
    if path.endswith(".xlsx"):
        return xlsx_units(full)
    if path.endswith(".srt"):
        return srt_units(full)
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()], []


def main():
    problems = []
    units = {}
    for k, v in DOCS.items():
        units[k], probs = units_of(v)
        problems.extend(probs)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    if "--dump" in sys.argv:
        for k, u in units.items():
            print("=== %s (%d words)" % (k, len(" ".join(u).split())))
            for x in u:
                print(x)
        return 0
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
