#!/usr/bin/python3
"""Check the set: every jsonl line parses and has the right keys; every accept string is ASCII,
5-12 words, lies within one line of its document's text (for the HTML page: within one element's
text, no tags inside it, as html.parser gives it; for Markdown: no emphasis markers inside it)
and occurs exactly once across the three documents. Standard library only."""
import glob, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)

def ws(s): return re.sub(r"\s+", " ", s).strip()

class Text(HTMLParser):
    """Collects each run of text between two tags (script and style left out)."""
    def __init__(self):
        super().__init__(convert_charrefs=True); self.units = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip: self.skip -= 1
    def handle_data(self, data):
        if self.skip: return
        for line in data.splitlines():   # a unit is also within one source line
            if ws(line): self.units.append(ws(line))

units, raw = {}, {}
for p in sorted(glob.glob(os.path.join(ROOT, "docs", "*"))):
    name = os.path.basename(p); src = open(p, encoding="utf-8").read(); raw[name] = src
    if name.endswith((".html", ".htm")):
        t = Text(); t.feed(src); t.close(); units[name] = t.units
    else:
        units[name] = [ws(l) for l in src.splitlines() if ws(l)]
whole = {k: "\n".join(v) for k, v in units.items()}

bad = 0
def problem(msg):
    global bad; bad += 1; print(msg)

counts = {}
for qf in sorted(glob.glob(os.path.join(ROOT, "*.jsonl"))):
    base = os.path.basename(qf); oos = base == "oos.jsonl"; n_lines = 0
    for n, line in enumerate(open(qf, encoding="utf-8"), 1):
        where = "%s:%d" % (base, n)
        if not line.strip():
            problem(where + ": empty line"); continue
        try:
            o = json.loads(line)
        except ValueError as e:
            problem(where + ": does not parse: %s" % e); continue
        n_lines += 1
        if not isinstance(o, dict) or not isinstance(o.get("q"), str) or not o["q"].strip():
            problem(where + ": no question"); continue
        if oos:
            if set(o) != {"q"}: problem(where + ": out-of-scope line must hold only q")
            continue
        if set(o) != {"q", "accept", "section"}: problem(where + ": keys %s" % sorted(o))
        acc, sec = o.get("accept"), o.get("section")
        if not isinstance(acc, list) or not 1 <= len(acc) <= 2 or not all(isinstance(a, str) for a in acc):
            problem(where + ": accept must be a list of one or two strings"); continue
        if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
            problem(where + ": section must be a non-empty list of strings")
        for a in acc:
            a2 = ws(a); prob = []
            total = sum(w.count(a2) for w in whole.values())
            inunit = sum(1 for v in units.values() for u in v if a2 in u)
            inraw = sum(s.count(a2) for s in raw.values())
            words = len(a2.split())
            if not a.isascii(): prob.append("non-ASCII")
            if a != a2: prob.append("stray whitespace")
            if re.search(r"[*_`<>]", a): prob.append("markup character inside")
            if total != 1: prob.append("occurs %d times in the text" % total)
            if inunit != 1: prob.append("inside %d lines/elements" % inunit)
            if inraw != 1: prob.append("occurs %d times in the raw files" % inraw)
            if not 5 <= words <= 12: prob.append("%d words" % words)
            if prob: problem("%s %r: %s" % (where, a, ", ".join(prob)))
    counts[base] = n_lines

for base, c in sorted(counts.items()):
    want = 12 if base == "oos.jsonl" else 25
    if c != want: problem("%s: %d questions, want %d" % (base, c, want))
docs = sorted(units)
for d in docs:
    print("%-28s %5d words" % (d, len(whole[d].split())))
print("questions:", ", ".join("%s %d" % kv for kv in sorted(counts.items())))
print("problems:", bad)
sys.exit(1 if bad else 0)
