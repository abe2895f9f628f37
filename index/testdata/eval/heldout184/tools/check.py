#!/usr/bin/python3
"""Check the heldout184 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document (for the PDF, one line of `pdftotext -layout` output with
whitespace collapsed; for the WebVTT captions, the shown text of ONE cue, voice and italic tags
removed and the cue's lines joined; for Markdown, one source line and free of emphasis markers),
and occur exactly once across the three documents (case-insensitive).
Also checks that tools/make_pdf.py and tools/make_vtt.py re-make their documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "arthashastra-and-the-state": "docs/arthashastra-and-the-state.md",
    "mauryan-economy-handout": "docs/mauryan-economy-handout.pdf",
    "mauryan-economy-lecture": "docs/mauryan-economy-lecture.vtt",
}
MAKERS = {
    "docs/mauryan-economy-handout.pdf": "tools/make_pdf.py",
    "docs/mauryan-economy-lecture.vtt": "tools/make_vtt.py",
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def vtt_cues(text):
    """Shown text of each cue of a WebVTT file (header, NOTE and STYLE blocks skipped)."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip("\n"))
    if not blocks or not blocks[0].startswith("WEBVTT"):
        raise ValueError("not a WebVTT file")
    cues = []
    for b in blocks[1:]:
        lines = b.split("\n")
        if lines[0].startswith("NOTE") or lines[0] == "STYLE" or lines[0] == "REGION":
            continue
        i = 0 if "-->" in lines[0] else 1
        if i >= len(lines) or "-->" not in lines[i]:
            raise ValueError("cue without timing: %r" % b[:60])
        shown = " ".join(re.sub(r"<[^>]*>", "", l) for l in lines[i + 1:])
        cues.append(ws(html.unescape(shown)))
    return cues


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        return [ws(l) for l in out.split("\n") if ws(l)]
    if path.endswith(".vtt"):
        return [c for c in vtt_cues(open(full, encoding="utf-8").read()) if c]
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def digest(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    problems = []
    for doc, maker in MAKERS.items():
        before = digest(doc)
        subprocess.run([sys.executable, os.path.join(ROOT, maker)], check=True)
        if digest(doc) != before:
            problems.append("%s: re-made %s differs from the committed file" % (maker, doc))
    units = {k: units_of(v) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
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
            if not isinstance(obj.get("q"), str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
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
                if DOCS[name].endswith(".md") and re.search(
                        r"==|\*|\[\[|\]\]|\{>>|<<\}|\[\^|(?<!\w)_|_(?!\w)", a):
                    problems.append("%s: emphasis marker in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/cue of %s: %r" % (where, name, a))
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str):
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
