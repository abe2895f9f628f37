#!/usr/bin/python3
"""Check the heldout287 evaluation set.

The three documents' text is extracted as a reader sees it:
  - Play Books notes .docx: one unit per paragraph of word/document.xml (the highlight, the
    reader's note, the date and the page number each sit in a paragraph of their own inside the
    highlight's table), read with zipfile and ElementTree;
  - YouTube transcript .txt: one unit per line (a caption segment, a time or a chapter title);
  - Miro board .pdf: one unit per piece of a line of `pdftotext -layout` output, a line being
    cut where pdftotext leaves a gap of three or more spaces (two widgets side by side), with
    whitespace collapsed.
Then it checks:
  - each document has 1,300 to 1,800 words of text as extracted;
  - every line of q-*.jsonl parses, has exactly the keys q, accept, section; there are 25 per
    document; accept is a list of one or two strings, each ASCII, 5 to 12 words long, inside one
    unit of its own document, and occurring exactly once (ignoring case, whitespace collapsed)
    across the three documents' extracted text; section is a non-empty list of strings of
    which at least one occurs in the question's document (ignoring case, whitespace
    collapsed);
  - oos.jsonl holds exactly 12 lines, each with only the key q;
  - the .docx holds the parts a Drive download of a Google Doc has and every part is
    well-formed XML or a PNG/JPEG; the PDF has five pages (one per Miro frame);
  - tools/make_docx.py, tools/make_transcript.py and tools/make_pdf.py, run on a copy of
    tools/ in a temporary directory, re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
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
    "khilafat-noncooperation-play-books-notes": "docs/khilafat-noncooperation-play-books-notes.docx",
    "ncm-course-1921-youtube-transcript": "docs/ncm-course-1921-youtube-transcript.txt",
    "chauri-chaura-withdrawal-miro-board": "docs/chauri-chaura-withdrawal-miro-board.pdf",
}
MAKERS = ["make_docx.py", "make_transcript.py", "make_pdf.py"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX_PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
              "word/numbering.xml", "word/settings.xml", "word/fontTable.xml",
              "word/theme/theme1.xml", "word/_rels/document.xml.rels"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_units(full):
    with zipfile.ZipFile(full) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag == W + "tab":
                parts.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                parts.append("\n")
        t = ws("".join(parts))
        if t:
            out.append(t)
    return out


def pdf_text(full, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [full, "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_units(full):
    units = []
    for line in pdf_text(full).split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        return docx_units(full)
    if path.endswith(".pdf"):
        return pdf_units(full)
    with open(full, encoding="utf-8") as f:
        return [ws(l) for l in f.read().split("\n") if l.strip()]


def check_files(problems):
    full = os.path.join(ROOT, DOCS["khilafat-noncooperation-play-books-notes"])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in DOCX_PARTS:
            if part not in names:
                problems.append("docx: missing part %s" % part)
        for name in names:
            data = z.read(name)
            if name.endswith(".png"):
                ok = data.startswith(b"\x89PNG\r\n\x1a\n")
            elif name.endswith(".jpg"):
                ok = data.startswith(b"\xff\xd8") and data.endswith(b"\xff\xd9")
            else:
                try:
                    ET.fromstring(data)
                    ok = True
                except ET.ParseError:
                    ok = False
            if not ok:
                problems.append("docx: part %s is not well formed" % name)
        doc = z.read("word/document.xml").decode("utf-8")
        if "This document is overwritten when you make changes in Play Books." not in doc:
            problems.append("docx: no Play Books warning box")
        if doc.count('w:fldCharType="begin"') != doc.count('w:fldCharType="end"'):
            problems.append("docx: HYPERLINK fields not balanced")
    pdf = os.path.join(ROOT, DOCS["chauri-chaura-withdrawal-miro-board"])
    pages = pdf_text(pdf).count("\f")
    if pages != 5:
        problems.append("pdf: %d pages, expected 5 (one per frame)" % pages)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for maker in MAKERS:
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", maker)], check=True)
        for path in DOCS.values():
            with open(os.path.join(ROOT, path), "rb") as a, open(os.path.join(tmp, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: not re-made byte for byte by tools/" % path)


def read_jsonl(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    objs = []
    for i, line in enumerate(lines, 1):
        try:
            objs.append((i, json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return lines, objs


def main():
    problems = []
    check_files(problems)
    units = {k: units_of(v) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d words" % (DOCS[k], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[k], n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines, objs = read_jsonl(fn, problems)
        for i, obj in objs:
            where = "%s:%d" % (fn, i)
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
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    lines, objs = read_jsonl("oos.jsonl", problems)
    for i, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("oos.jsonl:%d: must hold only q" % i)
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
