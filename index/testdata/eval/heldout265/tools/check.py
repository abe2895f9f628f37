#!/usr/bin/python3
"""Check the heldout265 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Evernote .enex (ElementTree + html.parser): each note's title, then its ENML, one unit per
    block element (div, li, td, h1-h6, ...) or br, so a code-block line, a list item or a table
    cell is one unit; the ENML is also checked to parse as XML;
  - PowerPoint .pptx (zipfile + ElementTree): for each slide in the order of presentation.xml,
    every paragraph (a:p) of the slide (titles, placeholders, footers, table cells) with the
    slide-number fields left out, then the text of every SmartArt node in the diagram's data
    part (ppt/diagrams/dataN.xml, read through the slide's relationships; the cached
    drawingN.xml is not read a second time), then the paragraphs of its notes slide;
  - Google Forms .csv (csv): every line of every cell, header row included.
Then checks:
  - each document's text is 1,300 to 1,800 words;
  - every line of q-*.jsonl parses, has exactly the keys q, accept, section; 25 per document;
  - every accept string is ASCII, 5-12 words, lies inside one unit (element / paragraph /
    cell line) of its own document, and occurs exactly once (case-insensitive, whitespace
    collapsed) across the three documents' extracted text;
  - some section name of every question occurs in its own document's text;
  - oos.jsonl has 12 lines holding only q;
  - format basics: the .enex's en-export root, three notes and DOCTYPEs; the .pptx's parts,
    [Content_Types].xml first, 1980-01-01 stamps, well-formed XML, two SmartArt diagrams with
    all five parts each, speaker notes; the .csv's lack of a BOM, CRLF row ends, every field
    quoted, equal row widths, the Timestamp / Email Address / Score header and the ANSWER KEY
    row;
  - tools/make_enex.py, tools/make_pptx.py and tools/make_csv.py re-make the three documents
    byte for byte (into a temporary directory; the committed files are not touched).
Run: /usr/bin/python3 tools/check.py
"""
import csv
import html.parser
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "GS2 Polity - Judicial Review": ("docs/GS2 Polity - Judicial Review.enex", "make_enex.py"),
    "Lec18_PIL_final_v2": ("docs/Lec18_PIL_final_v2.pptx", "make_pptx.py"),
    "GS2 Weekly Quiz 14 - Judicial Activism vs Overreach":
        ("docs/GS2 Weekly Quiz 14 - Judicial Activism vs Overreach.csv", "make_csv.py"),
}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
BLOCK = {"div", "p", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "colgroup", "br", "hr",
         "en-note", "h1", "h2", "h3", "h4", "h5", "h6"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- enex
class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf = [], []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        self.buf.append(data)

    def unknown_decl(self, data):
        pass


def enex_units(full, problems):
    raw = open(full, encoding="utf-8").read()
    if '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">' not in raw:
        problems.append("enex: no evernote-export4 DOCTYPE")
    root = ET.fromstring(raw.encode("utf-8"))
    if root.tag != "en-export" or root.get("application") != "Evernote":
        problems.append("enex: root is not an Evernote en-export")
    notes = list(root.iter("note"))
    if len(notes) != 3:
        problems.append("enex: %d notes, expected 3" % len(notes))
    units = []
    for note in notes:
        units.append(ws(note.findtext("title")))
        content = note.findtext("content")
        if "enml2.dtd" not in content:
            problems.append("enex: a note's ENML lacks the enml2 DOCTYPE")
        body = content[content.index("<en-note"):].strip()
        try:
            ET.fromstring(body)
        except ET.ParseError as e:
            problems.append("enex: ENML does not parse (%s)" % e)
        p = Blocks()
        p.feed(body)
        p.close()
        p.flush()
        units.extend(p.units)
    return units


# ---------------------------------------------------------------- pptx
def para_text(p):
    parts = []
    for el in p:
        if el.tag == A + "r":
            parts.append("".join(t.text or "" for t in el.iter(A + "t")))
        elif el.tag == A + "br":
            parts.append("\n")
        elif el.tag == A + "fld" and el.get("type") != "slidenum":
            parts.append("".join(t.text or "" for t in el.iter(A + "t")))
    return "".join(parts)


def rels_of(z, part):
    folder, name = part.rsplit("/", 1)
    rp = "%s/_rels/%s.rels" % (folder, name)
    out = {}
    for r in ET.fromstring(z.read(rp)).iter(PR + "Relationship"):
        target = r.get("Target")
        if not target.startswith("http"):
            target = os.path.normpath(os.path.join(folder, target)).replace(os.sep, "/")
        out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[1], target)
    return out


def pptx_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml",
                     "ppt/_rels/presentation.xml.rels", "ppt/slideMasters/slideMaster1.xml",
                     "ppt/notesMasters/notesMaster1.xml", "ppt/theme/theme1.xml",
                     "docProps/core.xml", "docProps/app.xml", "docProps/thumbnail.jpeg"):
            if part not in names:
                problems.append("pptx: missing part %s" % part)
        if names[0] != "[Content_Types].xml":
            problems.append("pptx: [Content_Types].xml is not the first entry")
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("pptx: %s not dated 1980-01-01" % info.filename)
            if info.filename.endswith((".xml", ".rels")):
                ET.fromstring(z.read(info.filename))
        for k in (1, 2):
            for kind in ("data", "layout", "quickStyle", "colors", "drawing"):
                if "ppt/diagrams/%s%d.xml" % (kind, k) not in names:
                    problems.append("pptx: missing SmartArt part %s%d.xml" % (kind, k))
        prels = rels_of(z, "ppt/presentation.xml")
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        slides = [prels[s.get(R + "id")][1] for s in pres.iter(P + "sldId")]
        n_notes = 0
        for sl in slides:
            srels = rels_of(z, sl)
            tree = ET.fromstring(z.read(sl))
            for p in tree.iter(A + "p"):
                units.extend(ws(l) for l in para_text(p).split("\n") if ws(l))
            for ids in tree.iter(DGM + "relIds"):
                data = srels[ids.get(R + "dm")][1]
                for pt in ET.fromstring(z.read(data)).iter(DGM + "pt"):
                    if pt.get("type", "node") != "node":
                        continue
                    for p in pt.iter(A + "p"):
                        units.extend(ws(l) for l in para_text(p).split("\n") if ws(l))
            notes = [t for typ, t in srels.values() if typ == "notesSlide"]
            for note in notes:
                n_notes += 1
                for p in ET.fromstring(z.read(note)).iter(A + "p"):
                    units.extend(ws(l) for l in para_text(p).split("\n") if ws(l))
        if n_notes < 10:
            problems.append("pptx: only %d slides with speaker notes" % n_notes)
    return units


# ---------------------------------------------------------------- csv
def csv_units(full, problems):
    raw = open(full, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("csv: Google Forms writes no byte-order mark")
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if len({len(r) for r in rows}) != 1:
        problems.append("csv: rows of unequal width")
    if rows[0][:3] != ["Timestamp", "Email Address", "Score"]:
        problems.append("csv: header does not start Timestamp, Email Address, Score")
    if not any("ANSWER KEY" in r for r in rows[1:]):
        problems.append("csv: no ANSWER KEY row")
    rebuilt = io.StringIO()
    w = csv.writer(rebuilt, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    if rebuilt.getvalue() != text:
        problems.append("csv: not every field quoted with CRLF row ends")
    units = []
    for r in rows:
        for cell in r:
            for line in cell.split("\n"):
                if ws(line):
                    units.append(ws(line))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".enex"):
        return enex_units(full, problems)
    if path.endswith(".pptx"):
        return pptx_units(full, problems)
    return csv_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out], check=True)
            if open(out, "rb").read() != open(os.path.join(ROOT, path), "rb").read():
                problems.append("%s does not re-make %s byte for byte" % (script, path))


def read_jsonl(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    out = []
    for i, line in enumerate(lines, 1):
        try:
            out.append(("%s:%d" % (fn, i), json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return out


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        objs = read_jsonl(fn, problems)
        for where, obj in objs:
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
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
                problems.append("%s: no section name found in the document: %r" % (where, sec))
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
                    problems.append("%s: not inside one element/paragraph/cell line of its document: %r"
                                    % (where, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(objs) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(objs)))
    oos = read_jsonl("oos.jsonl", problems)
    for where, obj in oos:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("%s: must hold only q" % where)
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
