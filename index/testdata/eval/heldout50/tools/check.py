#!/usr/bin/python3
"""Check the set: every jsonl line parses; every accept string is ASCII, lies within one line of
its document's text (the PDF's as pdftotext -layout extracts it, whitespace collapsed) and occurs
exactly once across the three documents."""
import glob, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
def ws(s): return re.sub(r"\s+", " ", s).strip()
texts = {}
for p in sorted(glob.glob(os.path.join(ROOT, "docs", "*"))):
    if p.endswith(".pdf"):
        t = subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True).stdout
    else:
        t = open(p, encoding="utf-8").read()
    texts[os.path.basename(p)] = [ws(l) for l in t.splitlines()]
whole = {k: "\n".join(v) for k, v in texts.items()}
bad = 0
for qf in sorted(glob.glob(os.path.join(ROOT, "*.jsonl"))):
    for n, line in enumerate(open(qf, encoding="utf-8"), 1):
        o = json.loads(line)
        for a in o.get("accept", []):
            a2 = ws(a)
            total = sum(w.count(a2) for w in whole.values())
            inline = sum(1 for v in texts.values() for l in v if a2 in l)
            words = len(a2.split())
            prob = []
            if not a.isascii(): prob.append("non-ASCII")
            if total != 1: prob.append("occurs %d times" % total)
            if inline != 1: prob.append("in %d lines" % inline)
            if not 5 <= words <= 12: prob.append("%d words" % words)
            if prob:
                bad += 1
                print("%s:%d %r: %s" % (os.path.basename(qf), n, a, ", ".join(prob)))
print("problems:", bad)
