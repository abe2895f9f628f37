#!/usr/bin/python3
"""Check the heldout134 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document as shown (for the plain-text sheet, one source line; for the
Google Keep note, one line of its textContent, one checklist item of its listContent or its
title; for the PDF, one line of `pdftotext -layout` output with whitespace collapsed and never
across two table cells, i.e. inside one run of the line not broken by three or more spaces), and
occur exactly once across the three documents (case-insensitive). The Keep note must also be a
Takeout note: one line of compact JSON holding title, textContent, listContent, labels,
userEditedTimestampUsec, color and isPinned.
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "wlpa-revision-sheet": "docs/wlpa-revision-sheet.txt",
    "wlpa-schedules-and-amendments": "docs/wlpa-schedules-and-amendments.json",
    "wlpa-1972-and-2022-amendment": "docs/wlpa-1972-and-2022-amendment.pdf",
}
KEEP_KEYS = {"title", "textContent", "listContent", "labels", "userEditedTimestampUsec", "color",
             "isPinned"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def keep_units(full, problems):
    """The lines Keep shows for a Takeout note: title, textContent lines, checklist items."""
    with open(full, encoding="utf-8") as f:
        raw = f.read()
    if "\n" in raw:
        problems.append("%s: Takeout writes the note as one line of JSON" % full)
    note = json.loads(raw)
    missing = KEEP_KEYS - set(note)
    if missing:
        problems.append("%s: Keep note lacks %s" % (full, sorted(missing)))
    if "\n" not in note.get("textContent", ""):
        problems.append("%s: textContent has no line breaks" % full)
    items = note.get("listContent", [])
    if not items or not all(set(i) == {"text", "isChecked"} for i in items):
        problems.append("%s: listContent must hold {text, isChecked} items" % full)
    units = [note.get("title", "")]
    units += [l for l in note.get("textContent", "").split("\n")]
    units += [i.get("text", "") for i in items]
    return [u for u in units if u.strip()]


def units_of(path, problems):
    """Lines (or table cells) of a document as shown, and its whole text for counting."""
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        lines = [l for l in out.split("\n") if l.strip()]
        cells = [ws(c) for l in lines for c in re.split(r"\s{3,}", l.strip()) if c.strip()]
        return cells, [ws(l) for l in lines]
    if path.endswith(".json"):
        units = keep_units(full, problems)
        return units, units
    lines = [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]
    return lines, lines


def main():
    problems = []
    units, joined = {}, {}
    for k, v in DOCS.items():
        cells, lines = units_of(v, problems)
        units[k] = cells
        joined[k] = ws(" ".join(lines)).lower()
    for name, path in DOCS.items():
        words = len(joined[name].split())
        if not 1300 <= words <= 1700:
            problems.append("%s: %d words, expected 1,300-1,700" % (path, words))
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
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/cell/item of %s: %r" % (where, name, a))
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
