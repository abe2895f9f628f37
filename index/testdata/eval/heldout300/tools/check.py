#!/usr/bin/python3
"""Check the heldout300 evaluation set.

Text is extracted from the documents as a reader sees it:
  - Otter.ai export (.txt): one unit per non-empty line;
  - Google Docs export (.docx): one unit per paragraph (w:p) of word/document.xml - body
    paragraphs, list items, table cells and the contents lines alike - with suggested
    insertions (w:ins) shown and suggested deletions (w:delText) left out, plus one unit per
    footnote (word/footnotes.xml) and per comment (word/comments.xml); read with zipfile and
    ElementTree;
  - Wikipedia "Download as PDF" (.pdf): `pdftotext -layout`, one unit per line, a line being
    cut where pdftotext leaves a gap of three or more spaces (the infobox beside the lead).
Whitespace is collapsed in every unit.

Checks:
  - each document has 1,300 to 1,800 words of extracted text and the marks of its format;
  - q-*.jsonl: 25 lines each with exactly the keys q, accept, section; accept one or two
    strings, each ASCII, 5 to 12 words, inside one unit of its own document and occurring
    exactly once (ignoring case, whitespace collapsed) across the three documents' extracted
    text (and never in a suggested deletion); section a non-empty list of strings of which at
    least one occurs in the document's text; at least three questions of 2 to 4 words;
  - oos.jsonl: 12 lines with the key q only;
  - tools/make_otter.py, tools/make_docx.py and tools/make_pdf.py, run on a copy of tools/,
    re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py        (prints the problems; exit status 1 if any)
     /usr/bin/python3 tools/check.py --units NAME   (prints the units of one document)
"""
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "gs3-cyber-doubt-session-otter": ("docs/gs3-cyber-doubt-session-otter.txt", "make_otter.py"),
    "it-act-offences-dpdp-gdoc": ("docs/it-act-offences-dpdp-gdoc.docx", "make_docx.py"),
    "cert-in-wikipedia-download": ("docs/cert-in-wikipedia-download.pdf", "make_pdf.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def otter_units(full, problems):
    text = open(full, encoding="utf-8").read()
    lines = text.split("\n")
    if not re.match(r"\w{3}, \w{3} \d{1,2}, \d{4} \d{1,2}:\d{2}[AP]M \u2022 \d+:\d{2}$", lines[1]):
        problems.append("otter: second line is not Otter's date-and-length line")
    for mark in ("Keywords:", "Summary", "Action Items", "Outline"):
        if mark not in lines:
            problems.append("otter: no %r line" % mark)
    if lines[-2] != "Transcribed by https://otter.ai" or lines[-1] != "":
        problems.append("otter: does not end with Otter's closing line")
    heads = [i for i, l in enumerate(lines) if re.fullmatch(r"[A-Z][\w .]*?  \d+:\d{2}", l)]
    if len(heads) < 20 or not any(lines[i].startswith("Unknown Speaker  ") for i in heads):
        problems.append("otter: too few 'Name  m:ss' speaker blocks or no Unknown Speaker")
    for i in heads:
        if not lines[i + 1].strip() or lines[i + 2] != "":
            problems.append("otter: block at line %d is not name/paragraph/blank" % (i + 1))
    return [ws(l) for l in lines if ws(l)], []


def docx_paras(data):
    out = []
    for p in ET.fromstring(data).iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag == W + "tab":
                parts.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                parts.append("\n")
        if ws("".join(parts)):
            out.append(ws("".join(parts)))
    return out


def docx_units(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                     "word/numbering.xml", "word/footnotes.xml", "word/comments.xml",
                     "word/_rels/document.xml.rels"):
            if part not in names:
                problems.append("docx: missing part %s" % part)
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not dated 1980-01-01" % info.filename)
            ET.fromstring(z.read(info.filename))
        doc = z.read("word/document.xml")
        foot = z.read("word/footnotes.xml")
        comm = z.read("word/comments.xml")
    s = doc.decode("utf-8")
    for what, pat in [("Title", 'w:val="Title"'), ("Subtitle", 'w:val="Subtitle"'),
                      ("Heading 1", 'w:val="Heading1"'), ("Heading 2", 'w:val="Heading2"'),
                      ("Heading 3", 'w:val="Heading3"'), ("contents field", "TOC \\h \\u \\z"),
                      ("contents block", 'w:docPartGallery w:val="Table of Contents"'),
                      ("nested list item", '<w:ilvl w:val="1"/>'), ("table", "<w:tbl>"),
                      ("comment anchor", "commentReference"), ("footnote mark", "footnoteReference"),
                      ("suggested insertion", "<w:ins "), ("suggested deletion", "<w:delText"),
                      ("hyperlink", "<w:hyperlink r:id="), ("horizontal rule", 'o:hr="t"')]:
        if pat not in s:
            problems.append("docx: no %s" % what)
    deleted = " ".join(el.text or "" for el in ET.fromstring(doc).iter(W + "delText"))
    root = ET.fromstring(foot)
    notes = []
    for fn in root.iter(W + "footnote"):
        if fn.get(W + "type") is None:
            notes += docx_paras(ET.tostring(fn))
    return docx_paras(doc) + notes + docx_paras(comm), [ws(deleted)]


def pdf_units(full, problems):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = out.split("\f")
    pages = [p for p in pages if p.strip()]
    for n, page in enumerate(pages, 1):
        if not re.search(r"https://en\.wikipedia\.org/wiki/\S+\s+%d/%d\s*$" % (n, len(pages)), page):
            problems.append("pdf: page %d lacks the URL and %d/%d footer" % (n, n, len(pages)))
    for mark in ("From Wikipedia, the free encyclopedia", "Agency overview", "References",
                 "Retrieved from", "This page was last edited on"):
        if mark not in out:
            problems.append("pdf: no %r" % mark)
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, []


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".txt"):
        return otter_units(full, problems)
    if path.endswith(".docx"):
        return docx_units(full, problems)
    return pdf_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory(dir=ROOT, prefix=".remake-") as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for name, (path, maker) in DOCS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", maker)],
                               capture_output=True, text=True)
            made = os.path.join(tmp, path)
            if r.returncode != 0 or not os.path.exists(made):
                problems.append("%s: tools/%s failed: %s" % (name, maker, r.stderr.strip()[-300:]))
            elif not filecmp.cmp(made, os.path.join(ROOT, path), shallow=False):
                problems.append("%s: tools/%s does not re-make %s byte for byte" % (name, maker, path))


def read_jsonl(fn, problems):
    out = []
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        for i, line in enumerate(f.read().split("\n"), 1):
            if not line.strip():
                continue
            try:
                out.append((i, json.loads(line)))
            except ValueError as e:
                problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return out


def main():
    problems = []
    units, extra = {}, {}
    for name, (path, _) in DOCS.items():
        units[name], extra[name] = units_of(path, problems)
    if len(sys.argv) == 3 and sys.argv[1] == "--units":
        for u in units[sys.argv[2]]:
            print(u)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    deleted = {k: " ".join(v).lower() for k, v in extra.items()}
    for name in DOCS:
        n = len(joined[name].split())
        print("%s: %d words" % (name, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (name, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        rows = read_jsonl(fn, problems)
        short = 0
        for i, obj in rows:
            where = "%s:%d" % (fn, i)
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: q must be a non-empty string" % where)
            elif 2 <= len(obj["q"].split()) <= 4:
                short += 1
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                               for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name occurs in %s: %r" % (where, name, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept entry is not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                key = ws(a).lower()
                total = sum(j.count(key) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r" % (where, total, a))
                if any(key in d for d in deleted.values()):
                    problems.append("%s: lies in a suggested deletion: %r" % (where, a))
        if len(rows) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(rows)))
        if short < 3:
            problems.append("%s: only %d short (2-4 word) queries, expected at least 3" % (fn, short))
    oos = read_jsonl("oos.jsonl", problems)
    for i, obj in oos:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) \
                or not obj["q"].strip():
            problems.append("oos.jsonl:%d: must hold only a non-empty q" % i)
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
