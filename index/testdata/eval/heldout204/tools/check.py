#!/usr/bin/python3
"""Check the heldout204 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly the keys q,
accept (one or two strings) and section (a non-empty list of strings), out-of-scope lines only
q. Every accept string must be ASCII, 5-12 words long, lie inside one unit of its own document
as a reader sees it, and occur exactly once across the three documents' text (ignoring case,
whitespace collapsed). The units are:
  - PIB page (.html): one element's visible text (paragraph, list item, table cell, heading,
    div), scripts and styles skipped, entities decoded;
  - PowerPoint handout (.pdf): one line of `pdftotext -layout`, whitespace collapsed, cut where
    pdftotext leaves three or more spaces (so a table cell or the header's date is its own unit);
  - Bear note (.md): one line with its Markdown shown as Bear shows it (heading hashes, list
    and to-do markers, quote marks, ==, **, *, ~~ and [[ ]] removed, links shown as their text,
    the attachment line dropped), each cell of a table row on its own.
It also checks that at least one of each question's section names occurs in its document's
text; that each document has 1,300 to 1,800 words of text (the PIB page's release text, the
handout's extracted text, the note's shown text); that there are 25 questions per document and
12 out-of-scope ones; and that tools/make_html.py, tools/make_pdf.py and tools/make_md.py re-make
the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "pib-semicon-india-backgrounder": ("docs/pib-semicon-india-backgrounder.html", "tools/make_html.py"),
    "electronics-pli-class-deck": ("docs/electronics-pli-class-deck.pdf", "tools/make_pdf.py"),
    "semiconductor-supply-chains": ("docs/semiconductor-supply-chains.md", "tools/make_md.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "section", "body",
         "html", "head", "br", "form", "select", "option"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    """Visible text per block element; also the text inside the release div (#PdfDiv)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.release, self.buf = [], [], []
        self.skip, self.depth = 0, 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.depth:
                self.release.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif dict(attrs).get("id") == "PdfDiv":
                self.depth = 1

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag == "div" and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full):
    p = Blocks()
    with open(full, encoding="utf-8") as f:
        p.feed(f.read())
    p.flush()
    return p.units, p.release


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, units


def md_shown(text):
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[\[([^\]]+)\]\]", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = text.replace("==", "").replace("**", "").replace("~~", "")
    text = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", text)
    return ws(text)


def md_units(full):
    with open(full, encoding="utf-8") as f:
        lines = f.read().split("\n")
    units = []
    for line in lines:
        s = line.strip()
        if not s or re.fullmatch(r"-{3,}", s) or re.fullmatch(r"\|[-|: ]+\|", s):
            continue
        if s.startswith("|"):
            cells = [md_shown(c) for c in s.strip("|").split("|")]
            units.extend(c for c in cells if c)
            continue
        s = re.sub(r"^#{1,6} ", "", s)
        s = re.sub(r"^- \[[ x]\] ", "", s)
        s = re.sub(r"^(?:- |\d+\. |> )", "", s)
        t = md_shown(s)
        if t:
            units.append(t)
    return units, units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full)
    if path.endswith(".pdf"):
        return pdf_units(full)
    return md_units(full)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))


def read_jsonl(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    objs = []
    for i, line in enumerate(lines, 1):
        try:
            objs.append((i, json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return lines, objs


def main():
    problems = []
    check_remake(problems)
    units, joined, words = {}, {}, {}
    for name, (doc, _) in DOCS.items():
        u, body = units_of(doc)
        units[name] = u
        joined[name] = ws(" ".join(u)).lower()
        words[name] = sum(len(x.split()) for x in body)
        if not 1300 <= words[name] <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (doc, words[name]))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines, objs = read_jsonl(fn, problems)
        for i, obj in objs:
            where = "%s:%d" % (fn, i)
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a).lower() in x.lower() for x in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    lines, objs = read_jsonl("oos.jsonl", problems)
    for i, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("oos.jsonl:%d: must hold only q" % i)
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    for p in problems:
        print(p)
    print("words: %s" % ", ".join("%s %d" % kv for kv in words.items()))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
