#!/usr/bin/python3
"""Check the heldout179 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document as the reader sees it (for the PDF, one line of
`pdftotext -layout` output with whitespace collapsed; for the Telegram export result.json, one
line of one message's text as Telegram shows it, its entity parts joined, or the poll's question
or one answer; for Markdown, one source line and free of emphasis markers), and occur exactly once
across the three documents (case-insensitive). It also checks that result.json is the JSON
Telegram Desktop writes for one public channel (name, type, id, messages with id, type, date,
date_unixtime, text and text_entities that agree).
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "result": "docs/result.json",
    "msp-handout": "docs/msp-handout.pdf",
    "minimum-support-price": "docs/minimum-support-price.md",
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def telegram_text(t):
    if isinstance(t, str):
        return t
    return "".join(p if isinstance(p, str) else p["text"] for p in t)


def telegram_units(full, problems):
    with open(full, encoding="utf-8") as f:
        data = json.load(f)
    for key in ("name", "type", "id", "messages"):
        if key not in data:
            problems.append("result.json: no %r at top level" % key)
    if data.get("type") != "public_channel":
        problems.append("result.json: type is %r, not public_channel" % data.get("type"))
    units = []
    for m in data.get("messages", []):
        for key in ("id", "type", "date", "date_unixtime", "text", "text_entities"):
            if key not in m:
                problems.append("result.json: message %s lacks %r" % (m.get("id"), key))
        shown = telegram_text(m.get("text", ""))
        if shown != "".join(e["text"] for e in m.get("text_entities", [])):
            problems.append("result.json: message %s text and text_entities differ" % m.get("id"))
        units += [ws(l) for l in shown.split("\n") if ws(l)]
        poll = m.get("poll")
        if poll:
            units.append(ws(poll["question"]))
            units += [ws(a["text"]) for a in poll["answers"]]
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        return [ws(l) for l in out.split("\n") if ws(l)]
    if path.endswith(".json"):
        return telegram_units(full, problems)
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def main():
    problems = []
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
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
                if DOCS[name].endswith(".md") and re.search(r"==|\*\*|\[\[|\]\]|(?<!\w)_|_(?!\w)", a):
                    problems.append("%s: emphasis marker in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line of %s: %r" % (where, name, a))
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
