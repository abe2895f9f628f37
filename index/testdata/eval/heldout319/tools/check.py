#!/usr/bin/python3
"""Check the heldout319 evaluation set.

Extracts each document's text as a reader would see it:
  - Perplexity page (.html): the visible text, scripts, styles, svg, the head and form-control
    values left out, cut into units at block elements (div, p, li, h1-h6, td, th, button...);
    inline elements (a, span, strong) stay inside their unit, so a citation bubble's number is
    glued to the sentence it follows, as on screen;
  - Canva deck (.pdf): `pdftotext -layout`, one unit per line, a line cut where pdftotext leaves a
    gap of three or more spaces (text boxes side by side);
  - Zotero note (.md): one unit per line as the Markdown renders: heading and list markers
    dropped, [label](url) shown as the label, ** * ~ markers dropped, backslash escapes undone.
Then checks: every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly the keys q,
accept (a list of one or two strings) and section (a non-empty list of strings); 25 questions per
document, at least three of them short keyword queries (2 to 4 words); 12 out-of-scope lines with
only q; every accept string is ASCII, 5 to 12 words long, inside one unit of its own document, and
occurs exactly once (ignoring case, whitespace collapsed) in the three documents' text; some
section name of every question occurs in its document; each document has 1,300 to 1,800 words as
extracted; the PDF is 16:9 with Canva's Creator and Producer; and tools/make_perplexity.py,
tools/make_canva.py and tools/make_zotero.py re-make the documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "green-credit-programme-perplexity": ("docs/green-credit-programme-perplexity.html", "make_perplexity.py"),
    "mission-life-canva-deck": ("docs/mission-life-canva-deck.pdf", "make_canva.py"),
    "market-instruments-zotero-note": ("docs/market-instruments-zotero-note.md", "make_zotero.py"),
}
SKIP = {"script", "style", "svg", "noscript", "template", "head", "textarea"}
BLOCK = {"html", "body", "main", "nav", "header", "footer", "section", "article", "aside", "div",
         "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr",
         "td", "th", "button", "br", "hr", "form", "img", "next-route-announcer"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK and not self.skip:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK and not self.skip:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        elif tag in BLOCK and not self.skip:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full):
    p = Visible()
    with open(full, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    p.flush()
    return p.units


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def md_line(s):
    s = re.sub(r"^#{1,6} ", "", s)
    s = re.sub(r"^\s*(?:-|\d+\.)\s+", "", s)
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"(?<!\\)\[((?:\\.|[^\[\]\\])*)\]\([^)\s]*\)", r"\1", s)
    s = s.replace("**", "")
    s = re.sub(r"(?<![\\\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)", r"\1", s)
    s = re.sub(r"(?<![\\~])~(?=\S)([^~]+?)(?<=\S)~", r"\1", s)
    s = re.sub(r"\\(.)", r"\1", s)
    return ws(s)


def md_units(full):
    with open(full, encoding="utf-8") as f:
        return [u for u in (md_line(l) for l in f.read().split("\n")) if u]


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full)
    if path.endswith(".pdf"):
        return pdf_units(full)
    return md_units(full)


def check_pdf(problems):
    full = os.path.join(ROOT, DOCS["mission-life-canva-deck"][0])
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    fields = dict(l.split(":", 1) for l in info.split("\n") if ":" in l)
    if fields.get("Creator", "").strip() != "Canva" or fields.get("Producer", "").strip() != "Canva":
        problems.append("pdf: Creator/Producer is not Canva")
    if fields.get("Page size", "").split("pts")[0].strip() != "1440 x 810":
        problems.append("pdf: pages are not 1440 x 810 pt (16:9)")


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d words as extracted" % (k, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (k, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        short = 0
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
            elif 2 <= len(obj["q"].split()) <= 4:
                short += 1
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
                sec = []
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name occurs in %s: %r" % (where, name, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a).lower() in u.lower() for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
        if short < 3:
            problems.append("%s: %d short keyword queries, expected at least 3" % (fn, short))
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
    check_pdf(problems)
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
