#!/usr/bin/python3
"""Check the heldout129 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the reader sees it (for the Word .docx, one paragraph, table
cell, list item or footnote as Word shows it, extracted with the standard library; for the PDF,
one line of `pdftotext -layout` output with whitespace collapsed, never spanning two table
cells; for plain text, one source line), and occur exactly once across the three documents
(case-insensitive). It also checks that each document has 25 questions, that there are 12
out-of-scope questions, and that the .docx and the PDF are re-made byte for byte by
tools/make_docx.py and tools/make_pdf.py.
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "kushanas": "docs/kushanas.docx",
    "central-asian-contacts": "docs/central-asian-contacts.pdf",
    "satavahanas-and-sangam": "docs/satavahanas-and-sangam.txt",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def para_text(p, labels):
    """The text Word shows for one w:p: runs' text, tabs, breaks, footnote numbers, and the
    list label (bullet or running number) that numbering.xml puts in front of it."""
    out = []
    num = p.find("%spPr/%snumPr/%snumId" % (W, W, W))
    if num is not None:
        nid = num.get(W + "val")
        labels[nid] = labels.get(nid, 0) + 1
        out.append("\u2022 " if nid == "1" else "%d. " % labels[nid])
    for el in p.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab":
            out.append("\t")
        elif el.tag in (W + "br", W + "cr"):
            out.append("\n")
        elif el.tag == W + "noBreakHyphen":
            out.append("-")
        elif el.tag == W + "footnoteReference":
            out.append(el.get(W + "id"))
        elif el.tag == W + "footnoteRef":
            out.append(p.get("_fn", ""))
    return "".join(out)


def docx_units(full):
    z = zipfile.ZipFile(full)
    units, labels = [], {}
    body = ET.fromstring(z.read("word/document.xml"))
    for p in body.iter(W + "p"):  # paragraphs, list items and table cells' paragraphs
        t = ws(para_text(p, labels))
        if t:
            units.append(t)
    notes = ET.fromstring(z.read("word/footnotes.xml"))
    for fn in notes.findall(W + "footnote"):
        if int(fn.get(W + "id")) < 1:
            continue  # separator and continuation separator
        for p in fn.iter(W + "p"):
            p.set("_fn", fn.get(W + "id"))
            t = ws(para_text(p, labels))
            if t:
                units.append(t)
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        return [ws(l) for l in out.split("\n") if ws(l)]
    if path.endswith(".docx"):
        return docx_units(full)
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def remade(script, target):
    """Run a tools/make_*.py script on a copy and compare its output with the committed file."""
    full = os.path.join(ROOT, target)
    before = hashlib.sha256(open(full, "rb").read()).hexdigest()
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "tools"))
        os.makedirs(os.path.join(tmp, "docs"))
        for name in os.listdir(os.path.join(ROOT, "tools")):
            src = os.path.join(ROOT, "tools", name)
            if os.path.isfile(src):
                with open(src, "rb") as a, open(os.path.join(tmp, "tools", name), "wb") as b:
                    b.write(a.read())
        subprocess.run([sys.executable, os.path.join(tmp, "tools", script)], check=True)
        after = hashlib.sha256(open(os.path.join(tmp, target), "rb").read()).hexdigest()
    return before == after


def main():
    problems = []
    for script, target in (("make_docx.py", DOCS["kushanas"]),
                           ("make_pdf.py", DOCS["central-asian-contacts"])):
        if not remade(script, target):
            problems.append("tools/%s does not re-make %s byte for byte" % (script, target))
    units = {k: units_of(v) for k, v in DOCS.items()}
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
