#!/usr/bin/python3
"""Check the heldout226 evaluation set.

Reads the three documents the way a reader sees them:
  - Org-mode file (.org): each line of the file as Emacs shows it, with [[link][label]] shown as
    its label and the *bold* / /italic/ / =verbatim= markers dropped; a table row is cut into
    its cells and table rule lines are skipped;
  - journal article (.pdf): each line that `pdftotext` (reading order, no -layout) prints,
    whitespace collapsed (the two columns come out one after the other);
  - YouTube caption file (.vtt): the text of each cue with its lines joined by a space and the
    entities decoded (so the speaker mark reads ">> NAME:").
Then checks:
  - every line of q-*.jsonl parses and has exactly the keys q, accept, section; 25 per document;
  - accept holds one or two strings, each ASCII, 5 to 12 words, inside one unit of its own
    document, and occurring exactly once (ignoring case, whitespace collapsed) across the three
    documents' text;
  - section is a non-empty list of strings, at least one of which occurs in its document's text;
  - oos.jsonl holds exactly 12 lines, each with the key q only;
  - each document has 1,300 to 1,800 words of text (the units above; for the PDF, everything
    pdftotext prints);
  - the .org starts with an org-roam property drawer and has #+title, TODO-keyword headlines,
    drawers and tables; the .vtt is well formed (WEBVTT header, timing lines rising, at most
    two lines a cue, speaker marks escaped); the PDF has 3 pages;
  - tools/make_org.py, tools/make_pdf.py and tools/make_vtt.py, run on a copy of tools/,
    re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py      (add --dump to print each document's units)
"""
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "deep-ocean-mission-samudrayaan": "docs/deep-ocean-mission-samudrayaan.org",
    "polymetallic-nodules-isa-journal": "docs/polymetallic-nodules-isa-journal.pdf",
    "blue-economy-policy-lecture": "docs/blue-economy-policy-lecture.vtt",
}
MAKERS = {
    "tools/make_org.py": "docs/deep-ocean-mission-samudrayaan.org",
    "tools/make_pdf.py": "docs/polymetallic-nodules-isa-journal.pdf",
    "tools/make_vtt.py": "docs/blue-economy-policy-lecture.vtt",
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def org_shown(line):
    line = re.sub(r"\[\[[^]]*\]\[([^]]*)\]\]", r"\1", line)
    line = re.sub(r"\[\[([^]]*)\]\]", r"\1", line)
    line = re.sub(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])", r"\1", line)
    line = re.sub(r"(?<![\w/:])/([^/\s][^/]*?)/(?![\w/])", r"\1", line)
    line = re.sub(r"(?<!\w)[=~]([^=~\s][^=~]*?)[=~](?!\w)", r"\1", line)
    return line


def org_units(full, problems):
    text = open(full, encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0] != ":PROPERTIES:" or not lines[1].startswith(":ID:"):
        problems.append("org: does not open with an org-roam :PROPERTIES: drawer and :ID:")
    for need in ("#+title:", "#+BEGIN: clocktable", ":LOGBOOK:", "#+TBLFM:", "SCHEDULED: <",
                 "DEADLINE: <", "CLOSED: ["):
        if need not in text:
            problems.append("org: missing %r" % need)
    if not re.search(r"^\*+ (TODO|NEXT|WAIT|DONE|DROP) ", text, re.M):
        problems.append("org: no TODO-keyword headlines")
    units = []
    for line in lines:
        if not line.strip() or re.match(r"^\|-", line):
            continue
        if line.startswith("|"):
            units.extend(ws(org_shown(c)) for c in line.strip().strip("|").split("|")
                         if c.strip())
            continue
        units.append(ws(org_shown(line)))
    return units


def pdf_units(full, problems):
    out = subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True).stdout
    if not re.search(r"^Pages:\s+3$", info, re.M):
        problems.append("pdf: expected 3 pages")
    return [ws(l) for l in out.split("\n") if ws(l)], len(out.split())


TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)$")


def vtt_units(full, problems):
    text = open(full, encoding="utf-8").read()
    blocks = text.split("\n\n")
    if blocks[0] != "WEBVTT\nKind: captions\nLanguage: en-IN":
        problems.append("vtt: header must be WEBVTT / Kind: captions / Language: en-IN")
    units, last = [], -1
    for k, b in enumerate(blocks[1:], 1):
        lines = [l for l in b.split("\n") if l != ""]
        if not lines:
            continue
        m = TIMING.match(lines[0])
        if not m:
            problems.append("vtt: block %d has no timing line" % k)
            continue
        g = [int(x) for x in m.groups()]
        a = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
        z = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
        if not last <= a < z:
            problems.append("vtt: cue %d timings do not rise" % k)
        last = z
        body = lines[1:]
        if not 1 <= len(body) <= 2 or any(len(html.unescape(l)) > 42 for l in body):
            problems.append("vtt: cue %d is not one or two lines of <= 42 columns" % k)
        if any(">" in l or "<" in l for l in body):
            problems.append("vtt: cue %d has an unescaped < or >" % k)
        units.append(ws(html.unescape(" ".join(body))))
    return units


def main():
    problems = []
    units, joined, words = {}, {}, {}
    for name, path in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".org"):
            u = org_units(full, problems)
            words[name] = len(" ".join(u).split())
        elif path.endswith(".pdf"):
            u, words[name] = pdf_units(full, problems)
        else:
            u = vtt_units(full, problems)
            words[name] = len(" ".join(u).split())
        units[name] = u
        joined[name] = ws(" ".join(u)).lower()
    if "--dump" in sys.argv:
        for name, u in units.items():
            print("=====", name)
            for x in u:
                print("  " + x)
        return 0
    for name, n in words.items():
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words of text, expected 1,300 to 1,800" % (name, n))

    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines = [l for l in open(os.path.join(ROOT, fn), encoding="utf-8").read().split("\n")
                 if l.strip()]
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
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name occurs in %s: %r" % (where, name, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                key = ws(a).lower()
                if not any(key in x.lower() for x in units[name]):
                    problems.append("%s: not inside one line/cell/cue of %s: %r" % (where, name, a))
                total = sum(j.count(key) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))

    lines = [l for l in open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8").read().split("\n")
             if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))

    # the make scripts re-make the documents byte for byte
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.makedirs(os.path.join(tmp, "docs"))
        for script, doc in MAKERS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, script)],
                               capture_output=True, text=True)
            if r.returncode:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            a = hashlib.sha256(open(os.path.join(tmp, doc), "rb").read()).hexdigest()
            b = hashlib.sha256(open(os.path.join(ROOT, doc), "rb").read()).hexdigest()
            if a != b:
                problems.append("%s does not re-make %s byte for byte" % (script, doc))

    for p in problems:
        print(p)
    print("words: " + ", ".join("%s %d" % kv for kv in words.items()))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
