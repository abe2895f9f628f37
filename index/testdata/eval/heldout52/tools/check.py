#!/usr/bin/python3
"""Check the held-out set: every jsonl line parses and has the right keys; every accept string is
ASCII, 5-12 words, lies within one line of its document's text (the PDF's as `pdftotext -layout`
extracts it, whitespace collapsed), lies outside Markdown emphasis markers in the Markdown note,
occurs exactly once across the three documents, and lies in the document its file is named after.

    /usr/bin/python3 tools/check.py
"""
import glob
import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EMPH = re.compile(r"==.+?==|\*\*.+?\*\*|(?<![*\w])\*[^*\s][^*]*?\*(?!\*)|\[\[.+?\]\]")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


texts = {}
for p in sorted(glob.glob(os.path.join(ROOT, "docs", "*"))):
    if p.endswith(".pdf"):
        t = subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True,
                           check=True).stdout
    else:
        with open(p, encoding="utf-8") as f:
            t = f.read()
    texts[os.path.basename(p)] = [ws(l) for l in t.splitlines()]
whole = {k: "\n".join(v) for k, v in texts.items()}


def in_emphasis(doc, a):
    """True if an occurrence of a in a Markdown document overlaps an emphasis or link span."""
    if not doc.endswith(".md"):
        return False
    for line in texts[doc]:
        i = line.find(a)
        if i < 0:
            continue
        for m in EMPH.finditer(line):
            if m.start() < i + len(a) and i < m.end():
                return True
    return False


bad = 0
counts = {}
for qf in sorted(glob.glob(os.path.join(ROOT, "*.jsonl"))):
    name = os.path.basename(qf)
    oos = name == "oos.jsonl"
    counts[name] = 0
    with open(qf, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = "%s:%d" % (name, n)
            try:
                o = json.loads(line)
            except ValueError as e:
                bad += 1
                print("%s: does not parse: %s" % (where, e))
                continue
            counts[name] += 1
            want = {"q"} if oos else {"q", "accept", "section"}
            if set(o) != want or not isinstance(o["q"], str) or not o["q"].strip():
                bad += 1
                print("%s: keys %s, expected %s" % (where, sorted(o), sorted(want)))
                continue
            if oos:
                continue
            if not (isinstance(o["section"], list) and o["section"]
                    and all(isinstance(s, str) and s for s in o["section"])):
                bad += 1
                print("%s: section must be a non-empty list of strings" % where)
            if not (isinstance(o["accept"], list) and 1 <= len(o["accept"]) <= 2):
                bad += 1
                print("%s: accept must be a list of one or two strings" % where)
                continue
            for a in o["accept"]:
                a2 = ws(a)
                total = sum(w.count(a2) for w in whole.values())
                inline = sum(1 for v in texts.values() for l in v if a2 in l)
                words = len(a2.split())
                prob = []
                if not a.isascii():
                    prob.append("non-ASCII")
                if total != 1:
                    prob.append("occurs %d times" % total)
                if inline != 1:
                    prob.append("in %d lines" % inline)
                if not 5 <= words <= 12:
                    prob.append("%d words" % words)
                home = [d for d, w in whole.items() if a2 in w]
                stem = name[2:-len(".jsonl")]
                if home and not all(os.path.splitext(d)[0] == stem for d in home):
                    prob.append("found in %s, not in %s.*" % (", ".join(home), stem))
                if any(in_emphasis(d, a2) for d in home):
                    prob.append("inside Markdown emphasis")
                if prob:
                    bad += 1
                    print("%s %r: %s" % (where, a, ", ".join(prob)))
for name, c in sorted(counts.items()):
    print("%s: %d lines" % (name, c))
print("problems:", bad)
