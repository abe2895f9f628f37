#!/usr/bin/python3
"""Check the heldout159 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document (for the PDF, one line of `pdftotext -layout` output with
whitespace collapsed, never spanning two table cells; for HTML, one element's visible text, with
script and style skipped; for the Emacs Org file, one source line as Emacs shows it, or one cell
of an Org table, and free of Org markup: emphasis markers, links, `|`), and occur exactly once
across the three documents (case-insensitive). The Org file is also checked to be what
tools/make_org.py makes from its source (byte for byte).
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "cabinet-mission-plan": "docs/cabinet-mission-plan.pdf",
    "cabinet-mission-timeline": "docs/cabinet-mission-timeline.org",
    "why-the-cabinet-mission-plan-failed": "docs/why-the-cabinet-mission-plan-failed.html",
}
ORG_MARKUP = re.compile(r"(?<![\w])[*/=~+_]\w|\w[*/=~+_](?![\w])|\[\[|\]\]|\|")
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside"}


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


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        # one unit per layout line, cut where pdftotext leaves a gap of three or more spaces
        # (between table cells), so that no accept string can span two cells
        return [ws(c) for l in out.split("\n") for c in re.split(r"\s{3,}", l.strip()) if ws(c)]
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units
    if path.endswith(".org"):
        units = []
        for line in open(full, encoding="utf-8").read().split("\n"):
            s = line.strip()
            if s.startswith("|-"):
                continue
            if s.startswith("|"):
                units.extend(c.strip() for c in s.strip("|").split("|") if c.strip())
            elif s:
                units.append(line)
        return units
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def org_is_remade(problems):
    """tools/make_org.py must re-make the Org file byte for byte."""
    import importlib.util
    import tempfile
    spec = importlib.util.spec_from_file_location("make_org", os.path.join(ROOT, "tools", "make_org.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with tempfile.TemporaryDirectory() as tmp:
        mod.OUT = os.path.join(tmp, "out.org")
        mod.build()
        made = open(mod.OUT, "rb").read()
    if made != open(os.path.join(ROOT, DOCS["cabinet-mission-timeline"]), "rb").read():
        problems.append("docs/cabinet-mission-timeline.org differs from what tools/make_org.py makes")


def main():
    problems = []
    org_is_remade(problems)
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
                if DOCS[name].endswith(".org") and ORG_MARKUP.search(a):
                    problems.append("%s: Org markup in %r" % (where, a))
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
