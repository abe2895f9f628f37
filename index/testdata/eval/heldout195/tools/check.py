#!/usr/bin/python3
"""Checks for held-out set 195.

Extracts each document's visible text (the Roam Markdown export rendered the
way Roam shows its blocks, the PDF through `pdftotext -layout`, the Notepad
file line by line), then checks that every question file parses with the
right keys, that there are 25 questions per document and 12 out-of-scope
ones, and that every accept string is ASCII, 5 to 12 words long, lies inside
one unit (block, line) of its own document, and occurs exactly once
(ignoring case, whitespace collapsed) across the three documents. It also
re-runs each make_*.py and checks that the file in docs/ comes out the same.
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
PY = "/usr/bin/python3"

DOCUMENTS = {
    "finance-commission-art-280": ("finance-commission-art-280.md", "roam", "make_roam.py"),
    "prs-15th-fc-report-summary": ("prs-15th-fc-report-summary.pdf", "pdf", "make_pdf.py"),
    "mains-practice-fiscal-federalism": ("mains-practice-fiscal-federalism.txt", "txt", "make_txt.py"),
}

errors = []


def err(msg):
    errors.append(msg)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def roam_units(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if raw.endswith("\n"):
        err("roam export should not end with a newline")
    units = []
    for n, line in enumerate(raw.split("\n"), 1):
        body = line.lstrip(" ")
        indent = len(line) - len(body)
        if indent % 4 or not body.startswith("- "):
            err("roam line %d is not a '- ' bullet indented by fours" % n)
            continue
        t = body[2:]
        t = re.sub(r"^#{1,3} ", "", t)
        t = t.replace("{{[[TODO]]}}", "").replace("{{[[DONE]]}}", "").replace("{{[[table]]}}", "")
        t = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", t)
        t = re.sub(r"#\[\[([^\]]+)\]\]", r"#\1", t)
        t = re.sub(r"\[\[([^\]]+)\]\]", r"\1", t)
        t = re.sub(r"\*\*(.+?)\*\*", r"\1", t)
        t = re.sub(r"\^\^(.+?)\^\^", r"\1", t)
        t = re.sub(r"__(.+?)__", r"\1", t)
        t = re.sub(r"^([^:]+?):: ", r"\1: ", t)
        t = collapse(t)
        if t:
            units.append(t)
    return units


def pdf_units(path):
    with open(path, "rb") as f:
        head = f.read(8)
    if not head.startswith(b"%PDF-"):
        err("not a PDF: %s" % path)
    out = subprocess.run(["pdftotext", "-layout", path, "-"], stdout=subprocess.PIPE,
                         check=True).stdout.decode("utf-8")
    return [collapse(l) for l in out.split("\n") if collapse(l)]


def txt_units(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    if "\r\n" not in text or re.search(r"(?<!\r)\n", text):
        err("txt should use CRLF line endings only")
    return [collapse(l) for l in text.split("\r\n") if collapse(l)]


EXTRACT = {"roam": roam_units, "pdf": pdf_units, "txt": txt_units}


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    # re-make each document and compare bytes
    for name, (fname, kind, maker) in DOCUMENTS.items():
        path = os.path.join(DOCS, fname)
        before = sha(path)
        subprocess.run([PY, os.path.join(HERE, maker)], check=True)
        if sha(path) != before:
            err("%s changed when re-made by %s" % (fname, maker))
        if os.path.getsize(path) > 300 * 1024:
            err("%s is over 300 KB" % fname)

    units = {}
    for name, (fname, kind, _) in DOCUMENTS.items():
        units[name] = EXTRACT[kind](os.path.join(DOCS, fname))
        words = sum(len(u.split()) for u in units[name])
        print("%-36s %5d units %5d words" % (name, len(units[name]), words))

    lowered_units = {n: [u.lower() for u in us] for n, us in units.items()}
    joined = {n: " ".join(us).lower() for n, us in units.items()}

    for name in DOCUMENTS:
        qpath = os.path.join(ROOT, "q-%s.jsonl" % name)
        with open(qpath, encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        if len(lines) != 25:
            err("%s has %d questions, want 25" % (qpath, len(lines)))
        for i, line in enumerate(lines, 1):
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s:%d does not parse: %s" % (qpath, i, e))
                continue
            if set(obj) != {"q", "accept", "section"}:
                err("%s:%d keys %s" % (qpath, i, sorted(obj)))
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                err("%s:%d empty q" % (qpath, i))
            acc = obj["accept"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                err("%s:%d accept must be a list of one or two strings" % (qpath, i))
                continue
            sec = obj["section"]
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
                err("%s:%d section must be a non-empty list of strings" % (qpath, i))
            for a in acc:
                if not isinstance(a, str):
                    err("%s:%d accept not a string" % (qpath, i))
                    continue
                if not all(ord(c) < 128 for c in a):
                    err("%s:%d accept not ASCII: %r" % (qpath, i, a))
                n = len(a.split())
                if not 5 <= n <= 12:
                    err("%s:%d accept has %d words: %r" % (qpath, i, n, a))
                al = collapse(a).lower()
                if not any(al in u for u in lowered_units[name]):
                    err("%s:%d accept not inside one unit of its document: %r" % (qpath, i, a))
                total = sum(joined[d].count(al) for d in DOCUMENTS)
                if total != 1:
                    err("%s:%d accept occurs %d times across the documents: %r" % (qpath, i, total, a))

    opath = os.path.join(ROOT, "oos.jsonl")
    with open(opath, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    if len(lines) != 12:
        err("oos.jsonl has %d lines, want 12" % len(lines))
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("oos.jsonl:%d does not parse: %s" % (i, e))
            continue
        if set(obj) != {"q"} or not obj["q"].strip():
            err("oos.jsonl:%d must hold only a non-empty q" % i)

    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("OK: 3 documents, 75 in-scope questions, 12 out-of-scope")


if __name__ == "__main__":
    main()
