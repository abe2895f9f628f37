#!/usr/bin/python3
"""Check the heldout174 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document (for the PDF, one line of `pdftotext -layout` output with
whitespace collapsed; for HTML, one element's visible text; for the Telegram export, one line of
one message's text as the app shows it, i.e. its strings and entity texts joined), and occur
exactly once across the three documents (case-insensitive). There must be 25 questions per
document and 12 out-of-scope questions. The PDF and the JSON export must be re-made byte for
byte by tools/make_pdf.py and tools/make_json.py.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "inflation-and-its-measurement": "docs/inflation-and-its-measurement.pdf",
    "cpi-vs-wpi-which-does-rbi-target": "docs/cpi-vs-wpi-which-does-rbi-target.html",
    "result": "docs/result.json",
}
MAKERS = {"docs/inflation-and-its-measurement.pdf": "tools/make_pdf.py",
          "docs/result.json": "tools/make_json.py"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "select", "option"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def telegram_lines(full):
    """Each line of each message's text as Telegram shows it."""
    with open(full, encoding="utf-8") as f:
        chat = json.load(f)
    units = []
    for m in chat["messages"]:
        t = m.get("text", "")
        if isinstance(t, list):
            t = "".join(p if isinstance(p, str) else p.get("text", "") for p in t)
        units.extend(ws(l) for l in t.split("\n") if ws(l))
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        return [ws(l) for l in out.split("\n") if ws(l)]
    if path.endswith(".html"):
        p = Blocks()
        with open(full, encoding="utf-8") as f:
            p.feed(f.read())
        p.flush()
        return p.units
    if path.endswith(".json"):
        return telegram_lines(full)
    with open(full, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l.strip()]


def remakes(problems):
    for doc, script in MAKERS.items():
        spec = importlib.util.spec_from_file_location("maker", os.path.join(ROOT, script))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        with tempfile.TemporaryDirectory() as tmp:
            mod.OUT = os.path.join(tmp, os.path.basename(doc))
            mod.build()
            with open(mod.OUT, "rb") as f:
                fresh = f.read()
        with open(os.path.join(ROOT, doc), "rb") as f:
            if f.read() != fresh:
                problems.append("%s is not re-made byte for byte by %s" % (doc, script))


def main():
    problems = []
    remakes(problems)
    with open(os.path.join(ROOT, DOCS["result"]), encoding="utf-8") as f:
        chat = json.load(f)
    if chat.get("type") != "private_supergroup":
        problems.append("result.json: type is %r" % chat.get("type"))
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
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
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
