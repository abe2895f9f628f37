#!/usr/bin/python3
"""Check the heldout132 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the reader sees it (for the WebVTT captions, one cue's text,
its lines joined, read with the standard library; for the PDF, one line of `pdftotext -layout`
output with whitespace collapsed; for Markdown, one source line, free of emphasis markers and
of table-cell bars), and occur exactly once across the three documents (case-insensitive).
For the captions, the section list must hold the start time of the cue that holds the accept
string (as `00:04:11.541`, `00:04:11` and `4:11`).
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "nuclear-disarmament-lecture": "docs/nuclear-disarmament-lecture.vtt",
    "india-and-the-nuclear-order": "docs/india-and-the-nuclear-order.pdf",
    "nuclear-treaties-and-india": "docs/nuclear-treaties-and-india.md",
}
TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)( .*)?$")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def vtt_cues(text, problems):
    """Return (start, cue text) pairs as a player shows them: cue lines joined, tags dropped."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip("\n"))
    if not blocks or not blocks[0].startswith("WEBVTT"):
        problems.append("vtt: first block must start with WEBVTT")
    cues, last = [], -1
    for b in blocks[1:]:
        lines = b.split("\n")
        idx = next((i for i, l in enumerate(lines) if "-->" in l), None)
        if idx is None:
            continue  # NOTE, STYLE or REGION block
        m = TIMING.match(lines[idx])
        if not m:
            problems.append("vtt: bad timing line %r" % lines[idx])
            continue
        g = [int(x) for x in m.groups()[:8]]
        start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
        end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
        if end <= start or start < last:
            problems.append("vtt: timings out of order at %s" % lines[idx])
        last = start
        shown = ws(re.sub(r"<[^>]*>", "", " ".join(lines[idx + 1:])))
        shown = shown.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        cues.append((lines[idx].split(" ")[0], shown))
    return cues


def stamp_forms(stamp):
    h, m, rest = stamp.split(":")
    s = rest.split(".")[0]
    short = "%d:%s" % (int(h) * 60 + int(m), s) if int(h) == 0 else "%d:%s:%s" % (int(h), m, s)
    return {stamp, "%s:%s:%s" % (h, m, s), short}


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        return [ws(l) for l in out.split("\n") if ws(l)], None
    if path.endswith(".vtt"):
        cues = vtt_cues(open(full, encoding="utf-8").read(), problems)
        return [c[1] for c in cues], cues
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()], None


def main():
    problems = []
    units, cues = {}, {}
    for k, v in DOCS.items():
        units[k], cues[k] = units_of(v, problems)
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
                sec = []
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
                        r"==|\*\*|\[\[|\]\]|\||(?<!\w)_|_(?!\w)", a):
                    problems.append("%s: emphasis marker or cell bar in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/cue of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
                if cues[name] is not None:
                    starts = [c[0] for c in cues[name] if a in c[1]]
                    if starts and not any(stamp_forms(s) <= set(sec) for s in starts):
                        problems.append("%s: section must give the cue start %s in all three forms"
                                        % (where, starts[0]))
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
