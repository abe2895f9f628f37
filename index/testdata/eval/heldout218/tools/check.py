#!/usr/bin/python3
"""Check the heldout218 evaluation set.

Extracts each document's text as a reader sees it:
  - the Chrome-printed Wikipedia PDF: `pdftotext -layout`, one unit per printed line, a line cut
    where pdftotext leaves a gap of three or more spaces (so the infobox, the body text beside
    it and the two reference columns are separate units), whitespace collapsed;
  - the Dropbox Paper Markdown export: one unit per rendered block line, with "#" heading marks,
    list and checklist markers, **bold** / *italic* marks and image lines dropped, [label](url)
    links shown as their label, and each table cell a unit of its own (the "| --- |" row
    skipped);
  - the Instagram captions text file: one unit per line.
Then checks:
  - each document has 1,300 to 1,800 words of text (tokens holding a letter or digit);
  - every line of q-*.jsonl and oos.jsonl parses; each q-*.jsonl holds 25 questions with
    exactly the keys q, accept, section; oos.jsonl holds 12 with only q;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words, verbatim inside one unit
    of its own document (whitespace collapsed) and occurring exactly once (case and whitespace
    ignored) across the three documents' extracted text;
  - section is a non-empty list of strings, at least one of which occurs in its document's
    extracted text (case and whitespace ignored);
  - tools/make_pdf.py, tools/make_md.py and tools/make_insta.py, run into a temporary
    directory, re-make docs/ byte for byte.
Run: /usr/bin/python3 tools/check.py   (add --dump to print the extracted units)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "basava-wikipedia-print": ("docs/basava-wikipedia-print.pdf", "tools/make_pdf.py"),
    "alvars-nayanars-dropbox-paper": ("docs/alvars-nayanars-dropbox-paper.md",
                                      "tools/make_md.py"),
    "acharyas-instagram-captions": ("docs/acharyas-instagram-captions.txt",
                                    "tools/make_insta.py"),
}
N_Q, N_OOS = 25, 12
MIN_WORDS, MAX_WORDS = 1300, 1800


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def md_inline(s):
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = s.replace("**", "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    return ws(s)


def md_units(full):
    units = []
    with open(full, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            t = line.strip()
            if not t:
                continue
            if t.startswith("|"):
                if re.fullmatch(r"\|(\s*-{3,}\s*\|)+", t):
                    continue
                for cell in t.strip("|").split("|"):
                    if md_inline(cell):
                        units.append(md_inline(cell))
                continue
            t = re.sub(r"^#{1,6}\s+", "", t)
            t = re.sub(r"^[-*]\s+\[[ xX]\]\s+", "", t)
            t = re.sub(r"^[-*]\s+", "", t)
            t = re.sub(r"^\d+\.\s+", "", t)
            if md_inline(t):
                units.append(md_inline(t))
    return units


def txt_units(full):
    with open(full, encoding="utf-8") as f:
        return [ws(l) for l in f.read().split("\n") if ws(l)]


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    if path.endswith(".md"):
        return md_units(full)
    return txt_units(full)


def n_words(units):
    return sum(1 for u in units for w in u.split() if re.search(r"[A-Za-z0-9]", w))


def read_jsonl(name, problems):
    objs = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            objs.append(("%s:%d" % (name, i), json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (name, i, e))
    return objs


def check_remake(problems):
    # the copies are made inside the set and removed at once, so nothing is written elsewhere
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    if "--dump" in sys.argv:
        for k, us in units.items():
            print("=====", k)
            for u in us:
                print(u)
        return 0
    joined = {k: " ".join(u).lower() for k, u in units.items()}
    for k, us in units.items():
        n = n_words(us)
        print("%s: %d words" % (DOCS[k][0], n))
        if not MIN_WORDS <= n <= MAX_WORDS:
            problems.append("%s: %d words, expected %d-%d" % (DOCS[k][0], n, MIN_WORDS,
                                                              MAX_WORDS))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        objs = read_jsonl(fn, problems)
        if len(objs) != N_Q:
            problems.append("%s: %d questions, expected %d" % (fn, len(objs), N_Q))
        for where, obj in objs:
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
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string: %r" % (where, a))
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                key = ws(a).lower()
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/element/cell of %s: %r"
                                    % (where, name, a))
                total = sum(j.count(key) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r"
                                    % (where, total, a))
            if (not isinstance(sec, list) or not sec
                    or not all(isinstance(s, str) and s.strip() for s in sec)):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
    oos = read_jsonl("oos.jsonl", problems)
    if len(oos) != N_OOS:
        problems.append("oos.jsonl: %d questions, expected %d" % (len(oos), N_OOS))
    for where, obj in oos:
        if (not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str)
                or not obj["q"].strip()):
            problems.append("%s: must hold only a non-empty q" % where)
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
