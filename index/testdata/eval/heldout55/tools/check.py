#!/usr/bin/python3
"""Check the set: every jsonl line parses and has the right keys; every accept string is ASCII,
5-12 words long, lies within one unit of its document's text (a line of the .md and the .txt; a
paragraph, table-cell paragraph or footnote of the .docx, read with zipfile and the XML) and
occurs exactly once across the three documents (case-insensitive, whitespace collapsed); no
accept string in the Markdown takes in emphasis or code markers.

    /usr/bin/python3 tools/check.py
"""
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_units(path):
    """One string per w:p of the body (table cells included) and of the footnotes."""
    units = []
    with zipfile.ZipFile(path) as z:
        for name in ("word/document.xml", "word/footnotes.xml"):
            if name not in z.namelist():
                continue
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                parts = []
                for el in p.iter():
                    if el.tag == W + "t":
                        parts.append(el.text or "")
                    elif el.tag in (W + "tab", W + "br"):
                        parts.append(" ")
                units.append("".join(parts))
    return units


units = {}
for p in sorted(glob.glob(os.path.join(ROOT, "docs", "*"))):
    if p.endswith(".docx"):
        u = docx_units(p)
    else:
        u = open(p, encoding="utf-8").read().splitlines()
    units[os.path.basename(p)] = [ws(x) for x in u]
whole = {k: "\n".join(v).lower() for k, v in units.items()}

bad = 0
counts = {}
for qf in sorted(glob.glob(os.path.join(ROOT, "*.jsonl"))):
    name = os.path.basename(qf)
    counts[name] = 0
    for n, line in enumerate(open(qf, encoding="utf-8"), 1):
        try:
            o = json.loads(line)
        except ValueError as e:
            bad += 1
            print("%s:%d: does not parse: %s" % (name, n, e))
            continue
        counts[name] += 1
        prob = []
        if not isinstance(o.get("q"), str) or not o["q"].strip():
            prob.append("no question")
        if name == "oos.jsonl":
            if set(o) != {"q"}:
                prob.append("keys %s" % sorted(o))
        else:
            if set(o) != {"q", "accept", "section"}:
                prob.append("keys %s" % sorted(o))
            if not (isinstance(o.get("accept"), list) and 1 <= len(o["accept"]) <= 2):
                prob.append("accept must be a list of one or two strings")
            if not (isinstance(o.get("section"), list) and o["section"]):
                prob.append("section must be a non-empty list")
        if prob:
            bad += 1
            print("%s:%d: %s" % (name, n, ", ".join(prob)))
        for a in o.get("accept", []):
            a2 = ws(a)
            total = sum(w.count(a2.lower()) for w in whole.values())
            inunit = sum(1 for v in units.values() for u in v if a2 in u)
            words = len(a2.split())
            prob = []
            if not a.isascii():
                prob.append("non-ASCII")
            if total != 1:
                prob.append("occurs %d times" % total)
            if inunit != 1:
                prob.append("in %d lines/paragraphs" % inunit)
            if not 5 <= words <= 12:
                prob.append("%d words" % words)
            if any(a2 in u for u in units.get("cbam.md", [])) and re.search(r"[*_`]", a2):
                prob.append("takes in Markdown markers")
            if prob:
                bad += 1
                print("%s:%d %r: %s" % (name, n, a, ", ".join(prob)))

for name, c in sorted(counts.items()):
    print("%s: %d lines" % (name, c))
for k, v in sorted(units.items()):
    print("%s: %d words" % (k, sum(len(x.split()) for x in v)))
print("problems:", bad)
sys.exit(1 if bad else 0)
