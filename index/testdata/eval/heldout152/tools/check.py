#!/usr/bin/python3
"""Check the heldout152 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document as the reader sees it (for the Telegram export, one line of one
message's shown text, i.e. its plain strings and entity texts joined, or the poll question or one
poll answer; for the PDF, one line of `pdftotext -layout` output with whitespace collapsed; for
Markdown, one source line, free of emphasis markers and not spanning two table cells), and occur
exactly once across the three documents (case-insensitive).
It also checks that docs/result.json is shaped like a Telegram Desktop export (name, type, id,
messages; every message with id, type, date, date_unixtime, text and text_entities, the text
entities matching the text).
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
    "rti-commissions-and-appeals": "docs/rti-commissions-and-appeals.pdf",
    "rti-exemptions-and-case-law": "docs/rti-exemptions-and-case-law.md",
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def shown(text):
    if isinstance(text, str):
        return text
    return "".join(p if isinstance(p, str) else p["text"] for p in text)


def telegram_problems(data):
    problems = []
    for k in ("name", "type", "id", "messages"):
        if k not in data:
            problems.append("result.json: missing %s" % k)
    for m in data.get("messages", []):
        for k in ("id", "type", "date", "date_unixtime", "text", "text_entities"):
            if k not in m:
                problems.append("result.json: message %s lacks %s" % (m.get("id"), k))
        if "text" in m and "text_entities" in m:
            if shown(m["text"]) != "".join(e["text"] for e in m["text_entities"]):
                problems.append("result.json: message %s text and text_entities differ" % m.get("id"))
    return problems


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        return [ws(l) for l in out.split("\n") if ws(l)]
    if path.endswith(".json"):
        with open(full, encoding="utf-8") as f:
            data = json.load(f)
        units = []
        for m in data["messages"]:
            units += [ws(l) for l in shown(m.get("text", "")).split("\n") if ws(l)]
            if "poll" in m:
                units.append(ws(m["poll"]["question"]))
                units += [ws(a["text"]) for a in m["poll"]["answers"]]
        return units
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def main():
    problems = []
    with open(os.path.join(ROOT, DOCS["result"]), encoding="utf-8") as f:
        problems += telegram_problems(json.load(f))
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
                if DOCS[name].endswith(".md"):
                    if re.search(r"==|\*\*|\[\[|\]\]|(?<!\w)_|_(?!\w)", a):
                        problems.append("%s: emphasis marker in %r" % (where, a))
                    if "|" in a:
                        problems.append("%s: spans table cells: %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/message line of %s: %r" % (where, name, a))
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
