#!/usr/bin/python3
"""Check the heldout345 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Workflowy plain-text export (.txt): one unit per line, the indentation and the "- "
    bullet taken off (the "[COMPLETE]" mark and the quotes of notes stay, as they are text);
  - Ghost post saved from Chrome (.html): one unit per block element's visible text (script,
    style and svg skipped; the collapsed toggle cards count, as their text is in the page);
  - CamScanner PDF (.pdf): the invisible OCR layer, one unit per BT ... ET text object (one per
    printed line, one per table cell), strings of Tj decoded from WinAnsiEncoding, pages in
    the order of the page tree.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there:
      Workflowy: every line a two-space-indented "- " bullet or a quoted note line, at least
        five levels, "[COMPLETE]" items, notes (one of them over two lines), #tags and
        @mentions, an empty bullet, no tab, no byte-order mark and no final newline;
      Ghost: Chrome's "saved from url" comment and Content-Type meta, the Ghost generator meta,
        the Casper gh-head header, the article header with the feature image and its
        figcaption, kg-callout-card, kg-toggle-card and kg-bookmark-card blocks, the members
        sign-up box (footer-cta, data-portal), the site footer with "Powered by Ghost", the
        JSON-LD and the "..._files" links;
      PDF: the %PDF header, a cross-reference table whose offsets point at the objects, the
        CamScanner producer, one DCTDecode greyscale image per page (a JPEG from SOI to EOI),
        text render mode 3 in every text object, WinAnsiEncoding Helvetica, and on every page
        the "Page N of M" footer and the "Scanned with CamScanner" mark;
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_workflowy.py, tools/make_ghost.py and tools/make_scan_pdf.py re-make the
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
    "dairy-notes-workflowy-export": ("docs/dairy-notes-workflowy-export.txt", "make_workflowy.py"),
    "white-revolution-2-ghost-post": ("docs/white-revolution-2-ghost-post.html", "make_ghost.py"),
    "dairy-schemes-handout-camscanner": ("docs/dairy-schemes-handout-camscanner.pdf", "make_scan_pdf.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
SKIP = {"script", "style", "svg", "noscript"}


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


# ------------------------------------------------------------------ PDF reading

def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(?m)^(\d+) 0 obj\n", data):
        num = int(m.group(1))
        end = data.index(b"\nendobj\n", m.end())
        objs[num] = (m.start(), data[m.end():end])
    return objs


def pdf_stream(body):
    m = re.match(rb"<<(.*?)>>\nstream\n", body, re.S)
    dic = m.group(1)
    length = int(re.search(rb"/Length (\d+)", dic).group(1))
    raw = body[m.end():m.end() + length]
    if b"/FlateDecode" in dic:
        raw = zlib.decompress(raw)
    return dic, raw


def pdf_unescape(s):
    out = bytearray()
    i = 0
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
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_pages(data):
    objs = pdf_objects(data)
    root = int(re.search(rb"/Root (\d+) 0 R", data[data.rindex(b"trailer"):]).group(1))
    pages_ref = int(re.search(rb"/Pages (\d+) 0 R", objs[root][1]).group(1))
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids \[(.*?)\]", objs[pages_ref][1]).group(1))]
    return objs, kids


def pdf_units(data):
    objs, kids = pdf_pages(data)
    units = []
    for k in kids:
        cref = int(re.search(rb"/Contents (\d+) 0 R", objs[k][1]).group(1))
        _, content = pdf_stream(objs[cref][1])
        for bt in re.findall(rb"BT\n(.*?)\nET", content, re.S):
            parts = re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", bt, re.S)
            text = "".join(pdf_unescape(p).decode("cp1252") for p in parts)
            t = ws(text)
            if t:
                units.append(t)
    return units


# ------------------------------------------------------------------ units

def workflowy_units(text):
    out = []
    for line in text.split("\n"):
        t = line.strip(" ")
        if t == "-":
            continue
        if t.startswith("- "):
            t = t[2:]
        t = ws(t)
        if t:
            out.append(t)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(open(full, "rb").read())
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return workflowy_units(text)


# ------------------------------------------------------------------ format marks

def check_workflowy(problems):
    raw = open(os.path.join(ROOT, DOCS["dairy-notes-workflowy-export"][0]), "rb").read()
    text = raw.decode("utf-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("workflowy: has a byte-order mark")
    if text.endswith("\n"):
        problems.append("workflowy: ends with a newline (Workflowy's export does not)")
    if "\t" in text or "\r" in text:
        problems.append("workflowy: tab or CR in the export")
    lines = text.split("\n")
    if not lines[0].startswith("- "):
        problems.append("workflowy: does not open with the zoomed-in item")
    depth, in_note, multi_note, empty = 0, False, False, False
    for n, line in enumerate(lines, 1):
        ind = len(line) - len(line.lstrip(" "))
        body = line[ind:]
        if ind % 2:
            problems.append("workflowy: line %d indented by an odd number of spaces" % n)
        if in_note:
            multi_note = True
            if body.endswith('"'):
                in_note = False
            continue
        if body == "-":
            empty = True
        elif body.startswith("- "):
            depth = max(depth, ind // 2 + 1)
        elif body.startswith('"'):
            if not (len(body) > 1 and body.endswith('"')):
                in_note = True
        else:
            problems.append("workflowy: line %d is neither a bullet nor a note: %r" % (n, line[:60]))
    needs = [(depth >= 5, "five levels of nesting"),
             (text.count("- [COMPLETE] ") >= 4, "completed items"),
             (multi_note, "a note over two lines"),
             (len(re.findall(r'(?m)^ +"', text)) >= 5, "notes under items"),
             (len(set(re.findall(r"(?<!\w)#[a-z][a-z0-9]+", text))) >= 5, "#tags"),
             (len(set(re.findall(r"(?<![\w.])@[A-Za-z]+", text))) >= 3, "@mentions"),
             (empty, "an empty bullet")]
    for ok, what in needs:
        if not ok:
            problems.append("workflowy: no %s" % what)


def check_ghost(problems):
    page = open(os.path.join(ROOT, DOCS["white-revolution-2-ghost-post"][0]), encoding="utf-8").read()
    m = re.match(r"<!DOCTYPE html>\n<!-- saved from url=\((\d{4})\)(\S+) -->\n", page)
    if not m or int(m.group(1)) != len(m.group(2)):
        problems.append("ghost: no Chrome 'saved from url' comment with the URL's length")
    for mark in ('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
                 '<meta name="generator" content="Ghost 5.', 'id="gh-head" class="gh-head outer"',
                 'class="gh-head-logo', 'data-ghost-search=""', 'class="article-header gh-canvas"',
                 '<figure class="article-image">', "<figcaption>", 'class="gh-content gh-canvas"',
                 'class="kg-card kg-callout-card', 'class="kg-callout-emoji"',
                 'class="kg-card kg-toggle-card" data-kg-toggle-state="close"',
                 'class="kg-card kg-bookmark-card"', 'class="kg-bookmark-title"',
                 'class="footer-cta outer"', 'data-portal="signup"', 'class="footer-cta-input">Enter your email',
                 'class="site-footer outer"', "Powered by Ghost", 'type="application/ld+json"',
                 'id="gh-members-styles"', "sodo-search", "_files/", ".js.download", 'class="pswp"',
                 'class="read-more-wrap outer"'):
        if mark not in page:
            problems.append("ghost: no %r" % mark)


def check_pdf(units, problems):
    data = open(os.path.join(ROOT, DOCS["dairy-schemes-handout-camscanner"][0]), "rb").read()
    if not data.startswith(b"%PDF-1.") or not data.rstrip().endswith(b"%%EOF"):
        problems.append("pdf: no %PDF header or %%EOF")
    objs, kids = pdf_pages(data)
    # the cross-reference table
    sx = int(re.search(rb"startxref\n(\d+)\n%%EOF", data).group(1))
    if not data[sx:].startswith(b"xref\n"):
        problems.append("pdf: startxref does not point at the xref table")
    else:
        m = re.match(rb"xref\n0 (\d+)\n", data[sx:])
        rows = data[sx + m.end():].split(b"\n")[1:int(m.group(1))]
        for num, row in enumerate(rows, 1):
            off = int(row[:10])
            if not data[off:].startswith(b"%d 0 obj\n" % num):
                problems.append("pdf: xref offset of object %d is wrong" % num)
    if b"/Producer (intsig.com pdf producer)" not in data:
        problems.append("pdf: no CamScanner producer")
    if b"/BaseFont /Helvetica /Encoding /WinAnsiEncoding" not in data:
        problems.append("pdf: no WinAnsi Helvetica font for the OCR layer")
    for n, k in enumerate(kids, 1):
        page = objs[k][1]
        iref = int(re.search(rb"/Im0 (\d+) 0 R", page).group(1))
        dic, jpeg = pdf_stream(objs[iref][1])
        if b"/Filter /DCTDecode" not in dic or b"/DeviceGray" not in dic:
            problems.append("pdf: page %d image is not a greyscale DCTDecode image" % n)
        if not (jpeg.startswith(b"\xff\xd8\xff\xe0") and jpeg.endswith(b"\xff\xd9")):
            problems.append("pdf: page %d image is not a whole JPEG" % n)
        cref = int(re.search(rb"/Contents (\d+) 0 R", page).group(1))
        _, content = pdf_stream(objs[cref][1])
        bts = re.findall(rb"BT\n(.*?)\nET", content, re.S)
        if not bts or not all(b"3 Tr" in bt for bt in bts):
            problems.append("pdf: page %d has text objects not in render mode 3" % n)
        if b"/Im0 Do" not in content:
            problems.append("pdf: page %d does not paint its image" % n)
    total = len(kids)
    for n in range(1, total + 1):
        if "Page %d of %d" % (n, total) not in units:
            problems.append("pdf: no 'Page %d of %d' footer" % (n, total))
    if units.count("Scanned with CamScanner") != total:
        problems.append("pdf: the CamScanner mark is not on every page")
    if total < 3:
        problems.append("pdf: fewer than three pages")


# ------------------------------------------------------------------ remake

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
    check_workflowy(problems)
    check_ghost(problems)
    check_pdf(units["dairy-schemes-handout-camscanner"], problems)
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
                if not any(ws(a).lower() in u.lower() for u in units[name]):
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
