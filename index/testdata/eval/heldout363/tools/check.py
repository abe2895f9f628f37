#!/usr/bin/python3
"""Check the heldout363 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Wikipedia PDF: the pages in /Pages order; every text-showing operator of the content stream
    decoded through its font's ToUnicode CMap and placed with its text matrix; runs on the same
    baseline (within 2.5 pt) are one printed line, and small raised runs (superscript reference
    marks, under 8 pt) join the line 1 to 5 pt below them whose text ends where they begin;
    and a line is cut into separate units wherever the gap between two runs is wider than 6 pt
    (the infobox beside the lead, its label and value cells, table cells, the footer's URL and
    page number), while a gap of 1 to 6 pt reads as a space; one unit per piece of printed line;
  - Down To Earth .html: one unit per block element's visible text (script, style, svg and
    noscript skipped);
  - Logseq .md: one unit per line of the file (a block, a property line or a continuation line).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there:
    the PDF's Skia producer and HeadlessChrome creator, A4 pages, Type0 / CIDFontType2 fonts with
    Identity-H, ToUnicode and embedded FontFile2, URI link annotations, the title, "From
    Wikipedia, the free encyclopedia", the infobox, the References list with "^" back-links, the
    last-edited and licence lines, and a footer with the URL and "n/N" on every page; the page's
    "saved from url" comment, Open Graph and JSON-LD metadata, header menu, breadcrumb, h1, byline
    with the publish date, lead image caption, h2 subheads, pull quote, "Read more" links, tags,
    comments box and footer; the Logseq page's properties ("tags::", "type::") on its first lines,
    every other line an outline bullet "- " nested by tabs (or a block property line under one),
    heading blocks, [[links]], TODO / DONE markers, and block references that all resolve to an
    "id::" in the page;
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_wikipedia_pdf.py, tools/make_dte_html.py and tools/make_logseq_md.py re-make the
    documents byte for byte (each is run into a temporary file, the committed file is never
    touched).
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
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "project-cheetah-wikipedia": ("docs/project-cheetah-wikipedia.pdf", "make_wikipedia_pdf.py"),
    "dte-project-cheetah-at-three": ("docs/dte-project-cheetah-at-three.html", "make_dte_html.py"),
    "project-cheetah-logseq": ("docs/project-cheetah-logseq.md", "make_logseq_md.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- HTML
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


# ---------------------------------------------------------------- PDF
class PDF:
    def __init__(self, data):
        self.data = data
        self.objs = {}
        for m in re.finditer(rb"(\d+) 0 obj\n", data):
            n = int(m.group(1))
            end = data.index(b"\nendobj", m.end())
            self.objs[n] = data[m.end():end]

    def body(self, n):
        return self.objs[n]

    def dict_of(self, n):
        b = self.objs[n]
        return b.split(b"stream\n", 1)[0] if b"stream\n" in b else b

    def stream(self, n):
        b = self.objs[n]
        head, rest = b.split(b"stream\n", 1)
        ln = int(re.search(rb"/Length (\d+)", head).group(1))
        raw = rest[:ln]
        return zlib.decompress(raw) if b"/FlateDecode" in head else raw

    def ref(self, n, key):
        m = re.search(rb"/" + key.encode() + rb" (\d+) 0 R", self.dict_of(n))
        return int(m.group(1)) if m else None

    def pages(self):
        root = int(re.search(rb"/Root (\d+) 0 R", self.data[self.data.rindex(b"trailer"):]).group(1))
        pages = self.ref(root, "Pages")
        kids = re.search(rb"/Kids \[([^\]]*)\]", self.dict_of(pages)).group(1)
        return [int(x) for x in re.findall(rb"(\d+) 0 R", kids)]

    def font(self, n):
        cmap = {}
        tu = self.stream(self.ref(n, "ToUnicode")).decode("latin-1")
        for block in re.findall(r"beginbfchar(.*?)endbfchar", tu, re.S):
            for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                cmap[int(a, 16)] = "".join(chr(int(b[i:i + 4], 16)) for i in range(0, len(b), 4))
        for block in re.findall(r"beginbfrange(.*?)endbfrange", tu, re.S):
            for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                for k in range(int(a, 16), int(b, 16) + 1):
                    cmap[k] = chr(int(c, 16) + k - int(a, 16))
        desc = int(re.search(rb"/DescendantFonts \[(\d+) 0 R\]", self.dict_of(n)).group(1))
        widths = {}
        w = re.search(rb"/W \[(.*)\]\n/DW", self.dict_of(desc), re.S).group(1).decode()
        for first, ws_ in re.findall(r"(\d+) \[([^\]]*)\]", w):
            for k, v in enumerate(ws_.split()):
                widths[int(first) + k] = float(v)
        return cmap, widths

    def runs(self, page):
        res = self.dict_of(page)
        fonts = {}
        fdict = re.search(rb"/Font <<(.*?)>>", res, re.S).group(1)
        for name, n in re.findall(rb"/(\w+) (\d+) 0 R", fdict):
            fonts[name.decode()] = self.font(int(n))
        data = self.stream(self.ref(page, "Contents")).decode("latin-1")
        out = []
        font, size, x, y = None, 0.0, 0.0, 0.0
        toks = re.findall(r"<[0-9A-Fa-f]*>|\[[^\]]*\]|/[^\s/\[<(]+|[-+]?\d*\.?\d+|[A-Za-z*'\"]+", data)
        stack = []
        for t in toks:
            if re.match(r"^[A-Za-z*'\"]+$", t):
                op = t
                if op == "Tf":
                    font, size = stack[-2][1:], float(stack[-1])
                elif op == "Tm":
                    x, y = float(stack[-2]), float(stack[-1])
                elif op == "Td":
                    x, y = x + float(stack[-2]), y + float(stack[-1])
                elif op in ("Tj", "TJ"):
                    cmap, widths = fonts[font]
                    strings = re.findall(r"<([0-9A-Fa-f]*)>", stack[-1])
                    text, adv = "", 0.0
                    for h in strings:
                        for i in range(0, len(h), 4):
                            g = int(h[i:i + 4], 16)
                            text += cmap.get(g, "")
                            adv += widths.get(g, 0.0) * size / 1000.0
                    out.append((x, y, x + adv, text, size))
                    x += adv
                stack = []
            else:
                stack.append(t)
        return out


def pdf_units(full, with_lines=False):
    pdf = PDF(open(full, "rb").read())
    units, lines_all = [], []
    for page in pdf.pages():
        runs = sorted(pdf.runs(page), key=lambda r: (-r[1], r[0]))
        lines = []
        for r in runs:
            if r[4] < 8.0:
                continue
            if lines and abs(lines[-1][0] - r[1]) <= 2.5:
                lines[-1][1].append(r)
            else:
                lines.append([r[1], [r]])
        # small raised runs (superscript reference marks) join the line 1 to 5 pt below them,
        # preferring the one with a run ending where the mark begins
        for r in runs:
            if r[4] >= 8.0:
                continue
            cands = [l for l in lines if 1.0 <= r[1] - l[0] <= 5.0]
            near = [l for l in cands if any(abs(q[2] - r[0]) < 3.0 for q in l[1])]
            if near or cands:
                (near or cands)[0][1].append(r)
            else:
                lines.append([r[1], [r]])
        merged = sorted(lines, key=lambda l: -l[0])
        for _, rs in merged:
            rs.sort(key=lambda r: r[0])
            chunk, end = "", None
            pieces = []
            for x0, _y, x1, t, _size in rs:
                if end is not None and x0 - end > 6.0:
                    pieces.append(chunk)
                    chunk = ""
                elif end is not None and x0 - end > 1.0 and chunk[-1:] != " " and t[:1] != " ":
                    chunk += " "   # a narrow gap between runs reads as a space
                chunk += t
                end = x1
            pieces.append(chunk)
            lines_all.append([ws(p) for p in pieces if ws(p)])
            units.extend(ws(p) for p in pieces if ws(p))
    return (units, lines_all, pdf) if with_lines else units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return [ws(l) for l in text.split("\n") if l.strip()]


# ---------------------------------------------------------------- format marks
def check_pdf(problems):
    full = os.path.join(ROOT, DOCS["project-cheetah-wikipedia"][0])
    units, lines, pdf = pdf_units(full, with_lines=True)
    raw = pdf.data
    needs = [(raw.startswith(b"%PDF-1.4"), "PDF header"),
             (b"/Producer (Skia/PDF" in raw and b"HeadlessChrome" in raw, "Skia producer and HeadlessChrome creator"),
             (b"/MediaBox [0 0 595.92 842.88]" in raw, "A4 pages"),
             (b"/Subtype /Type0" in raw and b"/Encoding /Identity-H" in raw and b"/CIDFontType2" in raw,
              "Type0 / CIDFontType2 Identity-H fonts"),
             (b"/ToUnicode" in raw and b"/FontFile2" in raw, "ToUnicode maps and embedded fonts"),
             (b"/Subtype /Link" in raw and b"/S /URI" in raw, "URI link annotations"),
             (units[:2] == ["Project Cheetah", "From Wikipedia, the free encyclopedia"], "title and tagline"),
             (any("Project Cheetah" in l for l in lines[2:]), "infobox title"),
             (any(l[k:k + 2] == ["Launched", "17 September 2022"] for l in lines for k in range(len(l))),
              "infobox label and value cells"),
             (any(l[k:k + 4] == ["Pawan", "Namibia", "27 August 2024", "Drowned in a flooded nullah"]
                  for l in lines for k in range(len(l))), "the table of deaths"),
             ("References" in units and any(u.startswith("1. ^") for u in units), "numbered references"),
             (any(u.startswith("This page was last edited on") for u in units), "last-edited line"),
             (any(u.startswith("Text is available under the Creative Commons") for u in units), "licence line"),
             (any(u.startswith("Categories:") for u in units), "categories box")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    npages = len(pdf.pages())
    foot = [l for l in lines if l and l[0] == "https://en.wikipedia.org/wiki/Project_Cheetah"]
    if len(foot) != npages or [l[-1] for l in foot] != ["%d/%d" % (k, npages) for k in range(1, npages + 1)]:
        problems.append("pdf: footer URL and n/N page numbers not on every page")


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["dte-project-cheetah-at-three"][0]), encoding="utf-8").read()
    for mark, what in (("<!-- saved from url=(", "saved-from-url comment"), ('property="og:title"', "Open Graph"),
                       ('"@type": "NewsArticle"', "JSON-LD NewsArticle"), ('class="arr--menu"', "section menu"),
                       ('class="arr--breadcrumb"', "breadcrumb"), ('<h1 class="arr--headline"', "headline"),
                       ('class="arr--author-name"', "byline"), ("Published on:", "publish date"),
                       ("<figcaption", "lead image caption"), ('class="arr--blockquote"', "pull quote"),
                       ("Read more:", "Read more links"), ('class="arr--story-tags"', "topic tags"),
                       ('class="comments-box"', "comments box"), ("<footer", "footer"), ("_files/", "_files links")):
        if mark not in page:
            problems.append("html: no %s" % what)
    if len(re.findall(r"<h2>", page)) < 5:
        problems.append("html: fewer than five h2 subheads")


def check_md(problems):
    text = open(os.path.join(ROOT, DOCS["project-cheetah-logseq"][0]), encoding="utf-8").read()
    lines = text.split("\n")
    if not (lines[0].startswith("tags:: ") and lines[1].startswith("type:: ")):
        problems.append("md: page properties tags:: / type:: not on the first lines")
    k = 0
    while lines[k].strip():
        if not re.match(r"^[a-z-]+:: ", lines[k]):
            problems.append("md: bad page property line %r" % lines[k])
        k += 1
    for ln in lines[k + 1:]:
        if not ln:
            continue
        if not re.match(r"^\t*- \S", ln) and not re.match(r"^\t*  (id:: |collapsed:: |SCHEDULED: )", ln):
            problems.append("md: line is not an outline bullet: %r" % ln[:60])
    ids = set(re.findall(r"id:: ([0-9a-f-]{36})", text))
    refs = re.findall(r"\(\(([0-9a-f-]{36})\)\)", text)
    if not refs or any(r not in ids for r in refs):
        problems.append("md: block references missing or unresolved")
    for mark, what in (("\n- ## ", "heading blocks"), ("\n\t\t- ", "nesting by tabs"), ("[[", "page links"),
                       ("- TODO ", "TODO marker"), ("- DONE ", "DONE marker")):
        if mark not in text:
            problems.append("md: no %s" % what)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_pdf(problems)
    check_html(units["dte-project-cheetah-at-three"], problems)
    check_md(problems)
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
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
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
