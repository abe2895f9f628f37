#!/usr/bin/python3
"""Checks the heldout193 set.

Extracts each document's visible text with the standard library (html.parser
for the saved page, plain line handling for the Typora note) and pdftotext for
the PDF, then checks that:
  * every document parses (HTML tags balance, the PDF has a text layer on
    every page, the Markdown front matter closes);
  * every q-*.jsonl line parses with keys q, accept, section and oos.jsonl
    lines with the key q only; 25 questions per document, 12 out of scope;
  * every accept string is ASCII, 5-12 words, lies inside one unit of its own
    document (a block element of the page; one line of `pdftotext -layout`,
    whitespace collapsed, and one column or cell of that line; one line or
    table cell of the note with its markup stripped) and occurs exactly once,
    ignoring case and collapsing whitespace, across the three documents;
  * at least one section label of every question is a heading of the
    document (or one of the generic opening labels).
Usage: /usr/bin/python3 tools/check.py [--dump NAME]
"""
import html.parser
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

HTML_DOC = "imd-heatwave-explainer"
PDF_DOC = "heat-action-plans-ndma-revision"
MD_DOC = "heatwave-health-economy-notes"
GENERIC = {"introduction", "definition", "what is", "overview"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


# ---------------------------------------------------------------- HTML
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table",
         "blockquote", "figcaption", "figure", "section", "article", "header", "footer",
         "nav", "ul", "ol", "aside", "form", "main", "body", "caption", "thead", "tbody",
         "button", "label", "iframe", "noscript"}
SKIP = {"script", "style", "noscript", "head", "template"}
VOID = {"meta", "link", "img", "br", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "param", "track"}


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units = []
        self.buf = []
        self.skip = 0
        self.stack = []
        self.headings = []
        self.cur_heading = None

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if t:
            self.units.append(t)
            if self.cur_heading is not None:
                self.headings.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)
        if tag in SKIP:
            self.skip += 1
            return
        if tag in BLOCK or tag == "br":
            self.flush()
        if tag in ("h1", "h2", "h3", "h4", "caption"):
            self.cur_heading = tag
        cls = dict(attrs).get("class") or ""
        if "kt-title" in cls:
            self.cur_heading = "div"

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK or tag == "br":
            self.flush()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            err("html: unbalanced </%s> (open: %s)" % (tag, self.stack[-3:]))
        else:
            self.stack.pop()
        if tag in SKIP:
            self.skip -= 1
            return
        if tag in BLOCK:
            self.flush()
            self.cur_heading = None

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_text(path):
    p = Visible()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    p.flush()
    if p.stack:
        err("html: unclosed tags %s" % p.stack)
    return p.units, p.units, " ".join(p.units), p.headings


# ---------------------------------------------------------------- PDF
def pdf_text(path):
    layout = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    raw = subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    pages = layout.split("\f")
    pages = [pg for pg in pages if pg.strip()]
    if len(pages) < 2:
        err("pdf: expected several pages with text, got %d" % len(pages))
    units = []   # strict units: one column / cell of one layout line
    lines = []   # looser units: whole layout lines, whitespace collapsed
    for line in layout.split("\n"):
        line = line.replace("\f", "")
        if not line.strip():
            continue
        lines.append(re.sub(r"\s+", " ", line).strip())
        for seg in re.split(r"\s{3,}", line.strip()):
            if seg.strip():
                units.append(re.sub(r"\s+", " ", seg).strip())
    headings = []
    for u in units:
        m = re.match(r"^\d+\.\s+([A-Z0-9&:(),\u2013\- ]+)$", u)
        if m and len(u) > 6:
            headings.append(m.group(1))
    return units, lines, re.sub(r"\s+", " ", raw), headings


# ---------------------------------------------------------------- Markdown
def md_strip(s):
    s = re.sub(r"<[^>]+>", "", s)
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"\[\^[^\]]+\]:?", "", s)
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"(?<![\w*])\*(?!\s)([^*]+?)\*(?!\w)", r"\1", s)
    s = s.replace("`", "")
    return s


def md_text(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        err("md: front matter missing or unclosed")
    body = text.split("\n---\n", 1)[1]
    units = []
    headings = []
    in_math = False
    for line in body.split("\n"):
        if line.strip() == "$$":
            in_math = not in_math
            continue
        if in_math or not line.strip():
            continue
        l = line.strip()
        if re.match(r"^\|?\s*:?-{3,}", l):
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", l)
        if m:
            h = md_strip(m.group(2)).strip()
            headings.append(h)
            units.append(h)
            continue
        l = re.sub(r"^(>\s*)+", "", l)
        l = re.sub(r"^([-*+]\s+(\[[ x]\]\s+)?|\d+\.\s+)", "", l)
        if l.startswith("|"):
            for c in l.strip("|").split("|"):
                c = md_strip(c).strip()
                if c:
                    units.append(re.sub(r"\s+", " ", c))
            continue
        l = md_strip(l).strip()
        if l:
            units.append(re.sub(r"\s+", " ", l))
    if in_math:
        err("md: unclosed $$ block")
    return units, units, " ".join(units), headings


# ---------------------------------------------------------------- main
def load_docs():
    docs = {}
    docs[HTML_DOC] = html_text(os.path.join(DOCS, HTML_DOC + ".html"))
    docs[PDF_DOC] = pdf_text(os.path.join(DOCS, PDF_DOC + ".pdf"))
    docs[MD_DOC] = md_text(os.path.join(DOCS, MD_DOC + ".md"))
    return docs


def strip_num(h):
    return re.sub(r"^\d+(\.\d+)*\.?\s+", "", h).strip()


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        for u in docs[sys.argv[2]][0]:
            print(u)
        return 0
    for name in os.listdir(DOCS):
        size = os.path.getsize(os.path.join(DOCS, name))
        if size > 300 * 1024:
            err("%s is %d bytes (> 300 KB)" % (name, size))
    # texts for counting: strict units and whole lines joined with newlines,
    # and each document's running text (the PDF's in reading order)
    joined_full = "\n".join(norm(docs[name][2]) for name in docs)
    joined_strict = "\n".join(norm(u) for name in docs for u in docs[name][0])
    joined_loose = "\n".join(norm(u) for name in docs for u in docs[name][1])
    seen_accept = {}
    for name in (HTML_DOC, PDF_DOC, MD_DOC):
        units, loose, _, headings = docs[name]
        heads = {norm(h) for h in headings} | {norm(strip_num(h)) for h in headings}
        # headings as shown: any unit, without a leading number or symbol
        heads |= {norm(strip_num(re.sub(r"^[^\w(]+", "", u))) for u in units}
        path = os.path.join(ROOT, "q-%s.jsonl" % name)
        n = 0
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                if not line.strip():
                    err("%s:%d empty line" % (name, ln))
                    continue
                try:
                    o = json.loads(line)
                except ValueError as e:
                    err("%s:%d bad json: %s" % (name, ln, e))
                    continue
                n += 1
                if set(o) != {"q", "accept", "section"}:
                    err("%s:%d keys %s" % (name, ln, sorted(o)))
                    continue
                if not isinstance(o["q"], str) or not o["q"].strip():
                    err("%s:%d empty q" % (name, ln))
                acc = o["accept"]
                if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                    err("%s:%d accept must be a list of 1-2 strings" % (name, ln))
                    continue
                for a in acc:
                    if not isinstance(a, str):
                        err("%s:%d accept not a string" % (name, ln))
                        continue
                    if not a.isascii():
                        err("%s:%d accept not ASCII: %r" % (name, ln, a))
                    nw = len(a.split())
                    if not 5 <= nw <= 12:
                        err("%s:%d accept has %d words: %r" % (name, ln, nw, a))
                    na = norm(a)
                    if na in seen_accept:
                        err("%s:%d accept reused (also %s): %r" % (name, ln, seen_accept[na], a))
                    seen_accept[na] = "%s:%d" % (name, ln)
                    if not any(na in norm(u) for u in units):
                        err("%s:%d accept not inside one unit of its document: %r" % (name, ln, a))
                    c1 = joined_strict.count(na)
                    c2 = joined_loose.count(na)
                    c3 = joined_full.count(na)
                    if c1 != 1 or c2 != 1 or c3 != 1:
                        err("%s:%d accept occurs %d/%d/%d times: %r" % (name, ln, c1, c2, c3, a))
                sec = o["section"]
                if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
                    err("%s:%d section must be a non-empty list of strings" % (name, ln))
                    continue
                ok = False
                for s in sec:
                    ns = norm(s)
                    if ns in GENERIC or ns in heads or norm(strip_num(s)) in heads:
                        ok = True
                if not ok:
                    err("%s:%d no section label matches a heading: %s" % (name, ln, sec))
        if n != 25:
            err("%s: %d questions, want 25" % (name, n))
    n = 0
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except ValueError as e:
                err("oos:%d bad json: %s" % (ln, e))
                continue
            n += 1
            if set(o) != {"q"} or not o["q"].strip():
                err("oos:%d must hold only a non-empty q" % ln)
    if n != 12:
        err("oos: %d questions, want 12" % n)
    for name in docs:
        words = sum(len(u.split()) for u in docs[name][0])
        print("%-36s %5d units %6d words" % (name, len(docs[name][0]), words))
    if errors:
        for e in errors:
            print("FAIL", e)
        return 1
    print("OK: 75 in-scope questions, 12 out-of-scope, all accept strings unique")
    return 0


if __name__ == "__main__":
    sys.exit(main())
