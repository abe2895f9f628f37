#!/usr/bin/python3
"""Checks for held-out set 197 (Vedic age).

Extracts each document's visible text with the standard library (pdftotext for the PDF),
then checks that every question file parses, that every accept string is ASCII, 5-12 words,
lies inside one unit (PDF: one segment of one `pdftotext -layout` line, whitespace
collapsed; Markdown: one line, list item, admonition line or table cell as rendered;
WhatsApp text: one line without the * and _ markers) and occurs exactly once (ignoring case)
across the three documents; that there are 25 questions per document and 12 out-of-scope
ones; that the documents have their expected size; and that the make_*.py scripts re-make
docs/ byte for byte.

Run: /usr/bin/python3 tools/check.py            (all checks)
     /usr/bin/python3 tools/check.py --dump     (print the units of each document)
     /usr/bin/python3 tools/check.py --find "some words"
"""
import hashlib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

PDF = "his-c102-handout-early-vedic"
MD = "later-vedic-age"
TXT = "vedic-religion-whatsapp-forward"
FILES = {PDF: PDF + ".pdf", MD: MD + ".md", TXT: TXT + ".txt"}
MAKERS = ["make_pdf.py", "make_md.py", "make_txt.py"]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def pdf_units(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], check=True,
                         stdout=subprocess.PIPE).stdout.decode("utf-8")
    units = []
    for line in out.split("\n"):
        line = line.replace("\f", "")
        # columns (margin numbers, table cells, head/foot) are separated by 3+ spaces
        for seg in re.split(r" {3,}", line):
            if seg.strip():
                units.append(seg.strip())
    return units, out


def md_inline(s):
    s = re.sub(r"`([^`]*)`", r"\1", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<!\w)_([^_]+)_(?!\w)", r"\1", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
    return s


def md_units(path):
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    units = []
    if lines[0] != "---":
        err("md: no front matter")
    end = lines.index("---", 1)
    front = lines[1:end]
    if not any(l.startswith("title: ") for l in front) or not any(l.startswith("tags:") for l in front):
        err("md: front matter lacks title or tags")
    for l in front:
        if l.startswith("title: "):
            units.append(l[len("title: "):])
    for l in lines[end + 1:]:
        t = l.strip()
        if not t or t in ("---", "[TOC]") or re.match(r"^\*\[[^\]]+\]:", t):
            continue
        if re.match(r"^\|[-:| ]+\|$", t):
            continue
        m = re.match(r'^(!!!|\?\?\?\+?|===)\s*(\w+\s*)?"([^"]*)"$', t)
        if m:
            units.append(m.group(3))
            continue
        t = re.sub(r"^#+\s*", "", t)
        t = re.sub(r"^(-|\d+\.)\s+", "", t)
        if t.startswith("|"):
            for cell in t.strip("|").split("|"):
                if cell.strip():
                    units.append(md_inline(cell.strip()))
            continue
        units.append(md_inline(t))
    return units, "\n".join(units)


def txt_units(path):
    raw = open(path, "rb").read().decode("utf-8")
    units = []
    for l in raw.split("\r\n"):
        t = l.replace("*", "").replace("_", "").strip()
        if t:
            units.append(t)
    return units, "\n".join(units)


def load_docs():
    docs = {}
    docs[PDF] = pdf_units(os.path.join(DOCS, FILES[PDF]))
    docs[MD] = md_units(os.path.join(DOCS, FILES[MD]))
    docs[TXT] = txt_units(os.path.join(DOCS, FILES[TXT]))
    return docs


def count_all(docs, acc):
    """Occurrences in each document's whole text (whitespace collapsed) and in its units."""
    a = norm(acc)
    whole = sum(norm(" ".join(u)).count(a) for u, _ in docs.values())
    inunit = sum(norm(x).count(a) for u, _ in docs.values() for x in u)
    where = [k for k, (u, _) in docs.items() if any(a in norm(x) for x in u)]
    return whole, inunit, where


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def check_makers():
    before = {f: sha(os.path.join(DOCS, f)) for f in FILES.values()}
    for mk in MAKERS:
        subprocess.run(["/usr/bin/python3", os.path.join(HERE, mk)], check=True)
    after = {f: sha(os.path.join(DOCS, f)) for f in FILES.values()}
    for f in FILES.values():
        if before[f] != after[f]:
            err("%s: make script output differs from the committed file" % f)
    for mk in MAKERS:
        subprocess.run(["/usr/bin/python3", os.path.join(HERE, mk)], check=True)
    again = {f: sha(os.path.join(DOCS, f)) for f in FILES.values()}
    if again != after:
        err("make scripts are not deterministic")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for k, (u, _) in load_docs().items():
            print("=====", k)
            for x in u:
                print(re.sub(r"\s+", " ", x))
        return
    if len(sys.argv) > 2 and sys.argv[1] == "--find":
        print(count_all(load_docs(), sys.argv[2]))
        return

    check_makers()
    docs = load_docs()

    for k, f in FILES.items():
        p = os.path.join(DOCS, f)
        size = os.path.getsize(p)
        if size > 300 * 1024:
            err("%s: larger than 300 KB" % f)
        words = len(" ".join(docs[k][0]).split())
        if not 1300 <= words <= 1850:
            err("%s: %d words of visible text" % (f, words))
        print("%-40s %7d bytes %5d words" % (f, size, words))
    if not open(os.path.join(DOCS, FILES[PDF]), "rb").read().startswith(b"%PDF-"):
        err("pdf: not a PDF")

    seen_q = set()
    for k in FILES:
        path = os.path.join(ROOT, "q-%s.jsonl" % k)
        lines = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
        if len(lines) != 25:
            err("%s: %d questions, want 25" % (path, len(lines)))
        for n, l in enumerate(lines, 1):
            try:
                o = json.loads(l)
            except ValueError as e:
                err("%s:%d: bad JSON %s" % (path, n, e))
                continue
            if set(o) != {"q", "accept", "section"}:
                err("%s:%d: keys %s" % (path, n, sorted(o)))
                continue
            if not isinstance(o["q"], str) or not o["q"].strip():
                err("%s:%d: empty q" % (path, n))
            if o["q"].lower() in seen_q:
                err("%s:%d: duplicate question" % (path, n))
            seen_q.add(o["q"].lower())
            if not isinstance(o["section"], list) or not o["section"] or \
                    not all(isinstance(s, str) and s for s in o["section"]):
                err("%s:%d: bad section" % (path, n))
            acc = o["accept"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                err("%s:%d: accept must hold one or two strings" % (path, n))
                continue
            for a in acc:
                if not isinstance(a, str) or not a.isascii():
                    err("%s:%d: accept not ASCII: %r" % (path, n, a))
                    continue
                w = len(a.split())
                if not 5 <= w <= 12:
                    err("%s:%d: accept has %d words: %r" % (path, n, w, a))
                whole, inunit, where = count_all(docs, a)
                if whole != 1 or inunit != 1:
                    err("%s:%d: accept occurs %d times (%d inside one unit): %r"
                        % (path, n, whole, inunit, a))
                elif where != [k]:
                    err("%s:%d: accept found in %s, not %s: %r" % (path, n, where, k, a))

    path = os.path.join(ROOT, "oos.jsonl")
    lines = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
    if len(lines) != 12:
        err("oos.jsonl: %d lines, want 12" % len(lines))
    for n, l in enumerate(lines, 1):
        try:
            o = json.loads(l)
        except ValueError as e:
            err("oos.jsonl:%d: bad JSON %s" % (n, e))
            continue
        if set(o) != {"q"} or not o["q"].strip():
            err("oos.jsonl:%d: want only a non-empty q" % n)

    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: 75 in-scope questions, 12 out-of-scope, all accept strings unique and in one unit")


if __name__ == "__main__":
    main()
