#!/usr/bin/python3
"""Check the heldout238 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings); oos lines only q. There must be
25 questions per document and 12 out-of-scope ones. Every accept string must be ASCII, 5-12
words long, lie inside one unit of its own document as a reader sees it, and occur exactly once
across the three documents' extracted text (case-insensitive, whitespace collapsed):
  - Org file (org-noter notes): one line as Emacs shows it, with property drawers, planning
    lines, #+ keywords other than TITLE/CAPTION, comments and block delimiters left out,
    headline stars, TODO keywords and tags dropped, *bold* /italic/ =verbatim= ~code~ markers
    dropped, [[target][label]] links shown as the label, and each table cell a unit of its own;
  - SubRip auto-captions (rolling): one cue's text, its two lines joined (the single-space line
    dropped); the text counted for uniqueness is the transcript a reader gets, every caption
    line once (a line repeated from the cue before is dropped);
  - PDF: one line of `pdftotext -layout` output, cut where pdftotext leaves three or more
    spaces (table cells, the box's closing asterisk, the footer's two halves).
Some name in each question's section list must occur in its document's extracted text. Each
document's extracted text must be 1,300 to 1,800 words. The make scripts must re-make the three
documents byte for byte (they are run into a temporary directory; docs/ is never touched).
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DOCS = {
    "cabinet-mission-plan-noter": ("docs/cabinet-mission-plan-noter.org", "make_org.py"),
    "constituent-assembly-composition-lecture": (
        "docs/constituent-assembly-composition-lecture.srt", "make_srt.py"),
    "constituent-assembly-at-work-handout": (
        "docs/constituent-assembly-at-work-handout.pdf", "make_pdf.py"),
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def org_inline(s):
    s = re.sub(r"\[\[([^\]]+)\]\[([^\]]+)\]\]", r"\2", s)
    s = re.sub(r"\[\[([^\]]+)\]\]", r"\1", s)
    for m in "*/=~+":
        q = re.escape(m)
        s = re.sub(r"(?<![\w%s])%s([^\s%s](?:[^%s\n]*[^\s%s])?)%s(?![\w%s])"
                   % (q, q, q, q, q, q, q), r"\1", s)
    return s


def org_units(path):
    units, drawer = [], False
    for line in open(path, encoding="utf-8").read().split("\n"):
        s = line.strip()
        if drawer:
            drawer = s != ":END:"
            continue
        if s in (":PROPERTIES:", ":LOGBOOK:"):
            drawer = True
            continue
        if not s or s.startswith("# ") or s == "#" or re.match(r"^(CLOSED|SCHEDULED|DEADLINE):", s):
            continue
        m = re.match(r"^#\+(\w+):\s*(.*)$", s)
        if m:
            if m.group(1).upper() in ("TITLE", "CAPTION"):
                units.append(ws(org_inline(m.group(2))))
            continue
        if re.match(r"^#\+(begin|end)_\w+", s, re.I):
            continue
        if s.startswith("|"):
            if not re.match(r"^\|[-+|]+$", s):
                units.extend(ws(org_inline(c)) for c in s.strip("|").split("|") if c.strip())
            continue
        m = re.match(r"^\*+\s+(?:(?:TODO|DONE)\s+)?(?:\[#[A-C]\]\s+)?(.*?)(?:\s+:[\w@#%:]+:)?$", s)
        if m:
            units.append(ws(org_inline(m.group(1))))
            continue
        s = re.sub(r"^(?:[-+]|\d+[.)])\s+(?:\[[ X-]\]\s+)?", "", s)
        units.append(ws(org_inline(s)))
    units = [u for u in units if u]
    return units, " ".join(units)


def srt_units(path):
    text = open(path, encoding="utf-8").read()
    units, transcript = [], []
    for block in text.split("\n\n"):
        rows = block.split("\n")
        if len(rows) < 3 or not rows[0].isdigit() or "-->" not in rows[1]:
            continue
        lines = [ws(r) for r in rows[2:] if r.strip()]
        if not lines:
            continue
        units.append(" ".join(lines))
        for l in lines:
            if not transcript or transcript[-1] != l:
                transcript.append(l)
    return units, " ".join(transcript)


def pdf_units(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, " ".join(units)


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".org"):
        return org_units(full)
    if path.endswith(".srt"):
        return srt_units(full)
    return pdf_units(full)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run(["/usr/bin/python3", os.path.join(HERE, script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte"
                                    % (doc, script))


def main():
    problems = []
    check_remake(problems)
    units, joined = {}, {}
    for name, (doc, _) in DOCS.items():
        units[name], text = units_of(doc)
        joined[name] = ws(text).lower()
        nw = len(text.split())
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (doc, nw))
        print("%s: %d words, %d units" % (doc, nw, len(units[name])))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        low_units = [u.lower() for u in units[name]]
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.append("%s: bad JSON (%s)" % (where, e))
                continue
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                              for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
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
                if not any(key in u for u in low_units):
                    problems.append("%s: not inside one line/cue/cell of %s: %r" % (where, name, a))
                total = sum(j.count(key) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) \
                    or not obj["q"].strip():
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
