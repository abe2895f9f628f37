#!/usr/bin/python3
"""Check the heldout161 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the Word .docx, one paragraph or one
table-cell paragraph of word/document.xml, or one comment paragraph of word/comments.xml, read
with zipfile and ElementTree; for the Telegram export result.json, one line of one message's
text as its text_entities spell it, or a poll's question or one of its answers; for the plain-
text notes, one source line), and occur exactly once across the three documents (case-
insensitive). The .docx and result.json must also be what tools/make_docx.py and
tools/make_result.py make, byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import importlib.util
import json
import os
import re
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "ramsar-convention": "docs/ramsar-convention.docx",
    "result": "docs/result.json",
    "wetlands-in-india": "docs/wetlands-in-india.txt",
}
MAKERS = {"docs/ramsar-convention.docx": "tools/make_docx.py",
          "docs/result.json": "tools/make_result.py"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_units(full):
    """Paragraphs as Word shows them: w:t text joined across runs, w:tab as a tab, w:br and
    w:cr as line breaks (a break ends a unit); table cells hold their own paragraphs."""
    units = []
    with zipfile.ZipFile(full) as z:
        parts = ["word/document.xml"] + [n for n in ("word/comments.xml",) if n in z.namelist()]
        for part in parts:
            root = ET.fromstring(z.read(part))
            for p in root.iter(W + "p"):
                buf = []
                for e in p.iter():
                    if e.tag == W + "t":
                        buf.append(e.text or "")
                    elif e.tag == W + "tab":
                        buf.append("\t")
                    elif e.tag in (W + "br", W + "cr"):
                        buf.append("\n")
                units += [ws(l) for l in "".join(buf).split("\n") if ws(l)]
    return units


def telegram_units(full):
    """Lines of each message's text (the text_entities pieces joined), and poll questions and
    answers; service messages show no text."""
    with open(full, encoding="utf-8") as f:
        data = json.load(f)
    units = []
    for m in data["messages"]:
        if m.get("type") != "message":
            continue
        text = "".join(e["text"] for e in m.get("text_entities", []))
        units += [l for l in text.split("\n") if l.strip()]
        if "poll" in m:
            units.append(m["poll"]["question"])
            units += [a["text"] for a in m["poll"]["answers"]]
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        return docx_units(full)
    if path.endswith(".json"):
        return telegram_units(full)
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def remake_problems():
    problems = []
    for doc, maker in MAKERS.items():
        spec = importlib.util.spec_from_file_location("maker", os.path.join(ROOT, maker))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        with tempfile.TemporaryDirectory() as tmp:
            mod.OUT = os.path.join(tmp, os.path.basename(doc))
            mod.build()
            with open(mod.OUT, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: not what %s makes" % (doc, maker))
    return problems


def main():
    problems = remake_problems()
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
                    problems.append("%s: not inside one paragraph/line of %s: %r"
                                    % (where, name, a))
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
