#!/usr/bin/python3
"""Check the heldout367 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - LiveLaw .html: one unit per block element's visible text (script, style, svg and noscript
    skipped; the hidden paywall modal counts, as its text is in the page);
  - Law Commission .pdf: the objects are read with a small parser (FlateDecode streams inflated
    with zlib), each page's content stream is interpreted (Tf, Tm, Td, TJ, Tj; WinAnsiEncoding and
    the /Widths of each font), text pieces are grouped into lines by baseline (a superscript
    footnote marker joins its line) and a space is put where the gap between two pieces is wider
    than a fifth of the font size; one unit per line, page by page;
  - Roam .md: one unit per line, with the indentation and the "- " bullet taken off.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there (the
    page's saved-from comment, breadcrumb, h1, byline and date, block quotes, "Case Title:" and
    "Citation:" lines, tags, Similar News and footer; the PDF's header, Roman-numbered front page,
    chapter page numbers, paragraph numbers like 8.12, footnote area with its rule, bold
    recommendation font, marked content, Info and xref; the Roam page's nested bullets, headings,
    [[links]], #tags, ((block refs)), TODO and DONE boxes, **bold**, the table block and the
    References:: attribute);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_livelaw.py, tools/make_pdf.py and tools/make_roam.py re-make the documents byte for
    byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py          (add --units to print every unit)
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
    "livelaw-rajasthan-hc-section-152-bns": ("docs/livelaw-rajasthan-hc-section-152-bns.html", "make_livelaw.py"),
    "law-commission-report-279-sedition": ("docs/law-commission-report-279-sedition.pdf", "make_pdf.py"),
    "sedition-law-roam-notes": ("docs/sedition-law-roam-notes.md", "make_roam.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ HTML

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


# ------------------------------------------------------------------ PDF

def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)\s*endobj", data, re.S):
        body = m.group(2)
        stream = None
        sm = re.search(rb"stream\r?\n(.*)\r?\nendstream", body, re.S)
        if sm:
            stream = sm.group(1)
            head = body[:sm.start()]
            if b"/FlateDecode" in head:
                stream = zlib.decompress(stream)
            body = head
        objs[int(m.group(1))] = (body, stream)
    return objs


TOKEN = re.compile(rb"\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|\[|\]|/[^\s/\[\]()<>]+|<<|>>|[-+]?\d*\.?\d+|[A-Za-z'\"*]+", re.S)


def unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out.append({0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_units(path):
    data = open(path, "rb").read()
    objs = pdf_objects(data)
    root = int(re.search(rb"/Root (\d+) 0 R", data).group(1))
    pages_ref = int(re.search(rb"/Pages (\d+) 0 R", objs[root][0]).group(1))
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\s*\[(.*?)\]", objs[pages_ref][0], re.S).group(1))]
    units = []
    for pid in kids:
        body = objs[pid][0]
        fonts = {}
        fm = re.search(rb"/Font\s*<<(.*?)>>", body, re.S)
        for name, ref in re.findall(rb"/(\w+) (\d+) 0 R", fm.group(1)):
            fb = objs[int(ref)][0]
            first = int(re.search(rb"/FirstChar (\d+)", fb).group(1))
            widths = [int(x) for x in re.search(rb"/Widths\s*\[(.*?)\]", fb, re.S).group(1).split()]
            fonts[name.decode()] = (first, widths)
        cref = int(re.search(rb"/Contents (\d+) 0 R", body).group(1))
        content = objs[cref][1]
        pieces = []  # (y, x, x_end, text, size)
        stack = []
        font, size, tm_x, tm_y = None, 12.0, 0.0, 0.0
        for tok in TOKEN.findall(content):
            if tok.startswith(b"(") or tok.startswith(b"<") and not tok.startswith(b"<<"):
                stack.append(tok)
            elif tok in (b"[", b"]"):
                stack.append(tok)
            elif re.match(rb"^[-+]?\d*\.?\d+$", tok) or tok.startswith(b"/"):
                stack.append(tok)
            else:
                op = tok
                if op == b"Tf":
                    font, size = stack[-2][1:].decode(), float(stack[-1])
                elif op == b"Tm":
                    tm_x, tm_y = float(stack[-2]), float(stack[-1])
                elif op == b"Td":
                    tm_x += float(stack[-2])
                    tm_y += float(stack[-1])
                elif op in (b"TJ", b"Tj"):
                    items = stack[stack.index(b"[") + 1:] if op == b"TJ" else [stack[-1]]
                    first, widths = fonts[font]
                    x, text = tm_x, ""
                    for it in items:
                        if it == b"]":
                            continue
                        if it.startswith(b"("):
                            raw = unescape(it[1:-1])
                            text += raw.decode("cp1252")
                            for b in raw:
                                x += widths[b - first] * size / 1000.0 if first <= b < first + len(widths) else 0
                        else:
                            adj = float(it)
                            if adj < -200 and text and not text.endswith(" "):
                                text += " "
                            x -= adj * size / 1000.0
                    pieces.append((tm_y, tm_x, x, text, size))
                    tm_x = x
                stack = []
        lines = []
        for y, x, xe, t, s in sorted(pieces, key=lambda p: (-p[0], p[1])):
            for ln in lines:
                if abs(ln[0] - y) <= 5.0 or (s < 9 and 0 < y - ln[0] <= 6.0):
                    ln[1].append((x, xe, t, s))
                    break
            else:
                lines.append([y, [(x, xe, t, s)]])
        for y, parts in sorted(lines, key=lambda l: -l[0]):
            parts.sort()
            out, end = "", None
            for x, xe, t, s in parts:
                if end is not None and x - end > 0.2 * s and not out.endswith(" "):
                    out += " "
                out += t
                end = xe
            t = ws(out)
            if t:
                units.append(t)
    return units


# ------------------------------------------------------------------ Markdown

def md_units(path):
    out = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        t = re.sub(r"^\s*- ", "", line)
        t = ws(t)
        if t:
            out.append(t)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    if path.endswith(".md"):
        return md_units(full)
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units


# ------------------------------------------------------------------ format marks

def check_marks(units, problems):
    page = open(os.path.join(ROOT, DOCS["livelaw-rajasthan-hc-section-152-bns"][0]), encoding="utf-8").read()
    for mark, what in (("<!-- saved from url=(", "Chrome's saved-from comment"),
                       ('class="breadcrumb"', "breadcrumb"), ('<h1 class="heading_title">', "headline"),
                       ('class="author-name"', "byline"), ('class="date-publish"', "date"),
                       ("<blockquote>", "block quotes"), ('class="tags-list"', "tags"),
                       ("Similar News", "related news"), ('class="main-footer"', "footer"),
                       ('application/ld+json', "JSON-LD"), ("_files/", "the saved files folder")):
        if mark not in page:
            problems.append("html: no %s" % what)
    shown = units["livelaw-rajasthan-hc-section-152-bns"]
    for start in ("Case Title:", "Citation:", "Next Story", "Listen to this Article"):
        if not any(u.startswith(start) for u in shown):
            problems.append("html: no %r line" % start)
    pdf = open(os.path.join(ROOT, DOCS["law-commission-report-279-sedition"][0]), "rb").read()
    streams = b"".join(st for _, st in pdf_objects(pdf).values() if st)
    for mark, what in ((b"/FlateDecode", "compressed content"), (b"/WinAnsiEncoding", "WinAnsi fonts"),
                       (b"TimesNewRomanPS-BoldMT", "bold font"), (b"/MarkInfo", "MarkInfo"),
                       (b"xref", "xref table"), (b"/Producer", "Info"), (b"/Metadata", "XMP")):
        if mark not in pdf:
            problems.append("pdf: no %s" % what)
    for mark, what in ((b"/Artifact", "artifacts (header, page number)"), (b"/MCID", "marked content"),
                       (b"] TJ", "TJ arrays"), (b"/F2 12 Tf", "bold recommendation text"),
                       (b"/Note <</MCID", "footnotes as marked content")):
        if mark not in streams:
            problems.append("pdf: no %s" % what)
    if not re.search(rb"72 [\d.]+ m\n216 [\d.]+ l\nS", streams):
        problems.append("pdf: no footnote separator rule")
    pu = units["law-commission-report-279-sedition"]
    if not any(u.startswith("Law Commission of India Report No. 279") for u in pu):
        problems.append("pdf: no running header")
    if "v" not in pu or not any(re.fullmatch(r"8\d", u) for u in pu):
        problems.append("pdf: no Roman front-matter page number or chapter page numbers")
    if not any(re.match(r"8\.1\d ", u) for u in pu):
        problems.append("pdf: no paragraph numbers like 8.12")
    if not any(re.match(r"23\d ", u) for u in pu):
        problems.append("pdf: no footnotes")
    md = open(os.path.join(ROOT, DOCS["sedition-law-roam-notes"][0]), encoding="utf-8").read()
    for mark, what in (("\n    - ", "nested bullets"), ("\n        - ", "third-level bullets"),
                       ("- ## ", "heading blocks"), ("[[", "page links"), (" #", "tags"),
                       ("((", "block refs"), ("{{[[TODO]]}}", "TODO"), ("{{[[DONE]]}}", "DONE"),
                       ("**", "bold"), ("{{[[table]]}}", "table"), ("References::", "References attribute")):
        if mark not in md:
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
    if "--units" in sys.argv:
        for k, u in units.items():
            print("=====", k)
            for x in u:
                print(x)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_marks(units, problems)
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
