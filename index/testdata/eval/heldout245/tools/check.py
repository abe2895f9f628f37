#!/usr/bin/python3
"""Check the heldout245 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q,
accept (one or two strings) and section (a non-empty list of strings). Every accept string must
be ASCII, 5-12 words long, lie inside one unit of its own document as a reader sees it, and
occur exactly once across the three documents' text (case-insensitive, whitespace collapsed):
  - Notion HTML export: one block element's visible text (paragraph, list item, toggle summary,
    heading, table cell, callout, quote, table-of-contents entry ...), <head> and <style> skipped;
  - CamScanner PDF: one line of `pdftotext -layout` output, cut where pdftotext leaves a gap of
    three or more spaces (so one table cell);
  - Telegram result.json: one line of one message's text (entities joined) or a poll's
    question or answer.
At least one section name of every question must occur in its document's text. Each document
must hold 1,300 to 1,800 words of text as extracted; there must be 25 questions per document
and 12 out-of-scope ones; the HTML must have Notion's article, properties, toggles and table of
contents, the JSON must be a full data export holding one channel; and the three tools/make_*.py
scripts must re-make the documents in docs/ byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NOTION = "Kakori Train Action 1925 and the Conspiracy Case 1f4c8a0b5d2f80c6a9e3f71b2d0c4a58"
SCAN = "CamScanner 03-24-2025 21.14"
DOCS = {
    NOTION: "docs/%s.html" % NOTION,
    SCAN: "docs/%s.pdf" % SCAN,
    "result": "docs/result.json",
}
MAKERS = {NOTION: "make_notion.py", SCAN: "make_scan.py", "result": "make_telegram.py"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "thead", "tbody", "header", "article", "figure", "blockquote", "summary",
         "details", "nav", "br", "hr", "body", "html", "title"}
SKIP = {"style", "script", "head"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.tags = []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def notion_units(full, problems):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    classes = " ".join(a.get("class", "") for _, a in p.tags)
    for need in ("page sans", "page-title", "properties", "page-body", "toggle",
                 "table_of_contents", "simple-table", "callout"):
        if need not in classes:
            problems.append("notion: no element of class %r" % need)
    if not any(t == "details" for t, _ in p.tags):
        problems.append("notion: no toggle (<details>)")
    return p.units


def pdf_units(full, problems):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    if out.count("\f") < 4:
        problems.append("pdf: expected four pages with a text layer")
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def text_of(t):
    if isinstance(t, str):
        return t
    return "".join(x if isinstance(x, str) else x["text"] for x in t)


def telegram_units(full, problems):
    with open(full, encoding="utf-8") as f:
        data = json.load(f)
    chats = data.get("chats", {}).get("list", [])
    if "about" not in data or len(chats) != 1 or chats[0].get("type") != "public_channel":
        problems.append("telegram: not a full data export holding one public channel")
        return []
    units = []
    for m in chats[0]["messages"]:
        if text_of(m["text"]) != "".join(e["text"] for e in m["text_entities"]):
            problems.append("telegram: text and text_entities differ in message %s" % m["id"])
        for line in text_of(m["text"]).split("\n"):
            if ws(line):
                units.append(ws(line))
        if "poll" in m:
            units.append(ws(m["poll"]["question"]))
            units.extend(ws(a["text"]) for a in m["poll"]["answers"])
    return units


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name])
    if full.endswith(".html"):
        return notion_units(full, problems)
    if full.endswith(".pdf"):
        return pdf_units(full, problems)
    return telegram_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, maker in MAKERS.items():
            out = os.path.join(tmp, "out" + os.path.splitext(DOCS[name])[1])
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", maker), out], check=True)
            a = hashlib.sha256(open(out, "rb").read()).hexdigest()
            b = hashlib.sha256(open(os.path.join(ROOT, DOCS[name]), "rb").read()).hexdigest()
            if a != b:
                problems.append("%s does not re-make %s byte for byte" % (maker, DOCS[name]))


def main():
    problems = []
    check_remake(problems)
    units = {k: units_of(k, problems) for k in DOCS}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d words as extracted" % (DOCS[k], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[k], n))
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
                sec = []
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
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
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
