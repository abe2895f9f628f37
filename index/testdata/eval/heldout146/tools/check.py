#!/usr/bin/python3
"""Check the heldout146 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list); each q-*.jsonl holds 25 questions and oos.jsonl 12
questions holding only q. Every accept string must be ASCII, 5-12 words long, lie inside one line
of its document (for the PDF, one line of `pdftotext -layout` output with whitespace collapsed
and inside one table cell, i.e. not across a wide column gap; for the Notion Markdown, one
source line and free of emphasis markers; for the WhatsApp export, one line of the file), and
occur exactly once across the three documents (case-insensitive). The PDF must also be re-made
byte for byte by tools/make_pdf.py.
Run: /usr/bin/python3 tools/check.py
"""
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "sedition-124a-and-bns-152": "docs/sedition-124a-and-bns-152.pdf",
    "sedition-case-law-notion": "docs/sedition-case-law-notion.md",
    "sedition-study-group-chat": "docs/sedition-study-group-chat.txt",
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                          text=True, check=True).stdout


def units_of(path):
    """Return (lines, cells): the units an accept string must lie inside."""
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        raw = [l for l in pdf_text(full).split("\n") if ws(l)]
        lines = [ws(l) for l in raw]
        # a run of three or more spaces inside a layout line separates two table cells
        cells = [ws(c) for l in raw for c in re.split(r"(?<=\S) {3,}", l) if ws(c)]
        return lines, cells
    lines = [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]
    return lines, lines


def pdf_remakes():
    """Re-run make_pdf.py into a temporary file and compare it with docs/ byte for byte."""
    spec = importlib.util.spec_from_file_location(
        "make_pdf", os.path.join(ROOT, "tools", "make_pdf.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with tempfile.TemporaryDirectory() as tmp:
        mod.OUT = os.path.join(tmp, "out.pdf")
        mod.build()
        with open(mod.OUT, "rb") as f:
            new = f.read()
    with open(os.path.join(ROOT, DOCS["sedition-124a-and-bns-152"]), "rb") as f:
        return new == f.read()


def main():
    problems = []
    units = {k: units_of(v) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u[0])).lower() for k, u in units.items()}
    if not pdf_remakes():
        problems.append("tools/make_pdf.py does not re-make %s byte for byte"
                        % DOCS["sedition-124a-and-bns-152"])
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                               for s in sec):
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
                if DOCS[name].endswith(".md") and re.search(r"==|\*\*|\[\[|\]\]|(?<!\w)_|_(?!\w)", a):
                    problems.append("%s: emphasis marker in %r" % (where, a))
                lines_, cells = units[name]
                if not any(a in u for u in lines_):
                    problems.append("%s: not inside one line of %s: %r" % (where, name, a))
                elif not any(a in c for c in cells):
                    problems.append("%s: spans two table cells of %s: %r" % (where, name, a))
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
