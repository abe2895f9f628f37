#!/usr/bin/python3
"""Check the heldout208 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings); oos lines only q. Every accept
string must be ASCII, 5-12 words long, lie inside one unit of its own document as a reader
sees it, and occur exactly once across the three documents' text (case-insensitive, whitespace
collapsed). The units are:
  - Word plain-text export (.txt): one paragraph line (CRLF-separated, BOM dropped), cut at
    tabs, so a list item without its typed number or bullet, one table cell, one TOC field;
  - NCERT two-column PDF: one line of `pdftotext -layout` output with whitespace collapsed,
    cut where pdftotext leaves a gap of three or more spaces (so one column's line);
  - WordPress page (.html): one element's visible text (paragraph, list item, table cell,
    heading, FAQ title or answer), scripts and styles skipped.
At least one of a question's section names must occur in its document's text. There must be
25 questions per document and 12 out-of-scope ones.
It also checks the formats (the .txt has a UTF-8 BOM and CRLF line ends; the PDF has two or
more pages; the HTML holds the LuckyWP table of contents, the FAQ block with FAQPage JSON-LD
that parses, the AddToAny buttons and Jetpack related posts) and that tools/make_txt.py,
tools/make_pdf.py and tools/make_html.py re-make the three documents byte for byte.
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
    "crz-2019-coastal-zones-notes": ("docs/crz-2019-coastal-zones-notes.txt", "tools/make_txt.py"),
    "ncert-ch6-mangroves": ("docs/ncert-ch6-mangroves.pdf", "tools/make_pdf.py"),
    "mishti-scheme-mangrove-alliance": ("docs/mishti-scheme-mangrove-alliance.html",
                                        "tools/make_html.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "figcaption", "figure", "form", "label", "button", "b", "small", "time"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.scripts = []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
            self.scripts.append([dict(attrs).get("type", ""), ""])
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.skip:
            self.scripts[-1][1] += data
        else:
            self.buf.append(data)


def txt_units(full, problems):
    raw = open(full, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("%s: no UTF-8 byte-order mark" % full)
    if raw.count(b"\n") != raw.count(b"\r\n"):
        problems.append("%s: not CRLF line ends throughout" % full)
    text = raw.decode("utf-8-sig")
    units = []
    for line in text.split("\r\n"):
        for field in line.split("\t"):
            if ws(field):
                units.append(ws(field))
    return units


def pdf_units(full, problems):
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", info)
    if not m or int(m.group(1)) < 2:
        problems.append("%s: expected a PDF of two or more pages" % full)
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def html_units(full, problems):
    src = open(full, encoding="utf-8").read()
    p = Blocks()
    p.feed(src)
    p.flush()
    for needle, what in (('class="lwptoc ', "LuckyWP table of contents"),
                         ("wp-block-ub-content-toggle", "Ultimate Blocks FAQ"),
                         ("addtoany_share_save_container", "AddToAny share buttons"),
                         ('id="jp-relatedposts"', "Jetpack related posts"),
                         ("<!-- saved from url=", "browser 'saved from url' comment")):
        if needle not in src:
            problems.append("%s: no %s" % (full, what))
    faq = [s for t, s in p.scripts if t == "application/ld+json" and '"FAQPage"' in s]
    try:
        if len(faq) != 1 or not json.loads(faq[0])["mainEntity"]:
            problems.append("%s: expected one FAQPage JSON-LD block" % full)
    except ValueError as e:
        problems.append("%s: FAQ JSON-LD does not parse (%s)" % (full, e))
    return p.units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full, problems)
    if path.endswith(".html"):
        return html_units(full, problems)
    return txt_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), "--out", out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
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
                    problems.append("%s: not inside one line/element/cell of %s: %r"
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
