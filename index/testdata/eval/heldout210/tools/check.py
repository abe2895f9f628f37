#!/usr/bin/python3
"""Check the heldout210 evaluation set.

Run: /usr/bin/python3 tools/check.py        (add --dump to print every document's units)

It extracts each document's text as a reader sees it:
  - HTML (a Scribd document page saved from the browser): the visible text of <body> with
    <script>, <style>, <svg> and <noscript> skipped, entities decoded, one unit per block
    element and one per <span> (so each positioned span of a page's text layer - one printed
    line, a bold run-in label, a table cell's line, an option - is a unit of its own);
  - TXT (Notepad notes, UTF-8 with BOM, CRLF): one unit per line, the BOM and CR removed;
  - PDF (scanned spreads with an OCR layer): `pdftotext -layout`, each line cut into pieces
    where pdftotext leaves three or more spaces (the two book pages of a spread, a running
    head and its folio), whitespace collapsed.
and checks:
  - every line of q-*.jsonl and oos.jsonl parses as JSON; q-files hold exactly 25 objects with
    exactly the keys q, accept, section; oos.jsonl holds exactly 12 objects with only q;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words long, inside one unit of
    its own document, and occurring exactly once (ignoring case, whitespace collapsed) in the
    three documents' extracted text taken together;
  - section is a non-empty list of strings, at least one of which occurs in its document;
  - each document holds 1,300 to 1,800 words (the HTML's text-layer spans, the note's lines,
    the PDF's whole extracted text);
  - the HTML has the viewer's parts (saved-from comment, outer_page containers with an image
    layer and a text layer of absolutely positioned spans, the toolbar, Download, Related
    documents); the note starts with a BOM, uses CR LF only and has no final line break; the
    PDF has on every page a JPEG (DCTDecode) image and invisible text (3 Tr);
  - tools/make_scribd.py, tools/make_notes.py and tools/make_scan.py re-make the three
    documents byte for byte (into a temporary folder under tools/, removed afterwards).
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import zlib

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
DOCS = {
    "harappan-town-planning-scribd": ("docs/harappan-town-planning-scribd.html", "make_scribd.py"),
    "ivc-trade-lothal-hinglish": ("docs/ivc-trade-lothal-hinglish.txt", "make_notes.py"),
    "recent-excavations-chapter-scan": ("docs/recent-excavations-chapter-scan.pdf", "make_scan.py"),
}
BLOCK = {"p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "main",
         "article", "footer", "header", "nav", "button", "table", "tr", "td", "th", "dl", "dt",
         "dd", "form", "label", "br", "span", "a", "input"}
SKIP = {"script", "style", "svg", "noscript", "head", "title"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.layer_units = []
        self.in_layer = False
        self.abs_spans = 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.in_layer:
                self.layer_units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        a = dict(attrs)
        if tag == "span" and "a" in (a.get("class") or "").split():
            self.in_layer = True
            if re.search(r"left:\s*[\d.]+px;\s*top:\s*[\d.]+px", a.get("style") or ""):
                self.abs_spans += 1

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        if tag == "span":
            self.in_layer = False
        if tag in SKIP:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full, problems):
    with open(full, encoding="utf-8") as f:
        text = f.read()
    for marker in ("<!-- saved from url=", 'class="outer_page', 'class="image_layer"',
                   'class="text_layer"', 'class="absimg"', "Related documents", "Download now",
                   'class="toolbar_top"', "docManager.addPage"):
        if marker not in text:
            problems.append("%s: missing viewer marker %r" % (full, marker))
    p = Visible()
    p.feed(text)
    p.close()
    p.flush()
    if p.skip:
        problems.append("%s: unbalanced script/style/svg tags" % full)
    if p.abs_spans < 100:
        problems.append("%s: only %d absolutely positioned text-layer spans" % (full, p.abs_spans))
    words = sum(len(u.split()) for u in p.layer_units)
    return p.units, words


def notes_units(full, problems):
    with open(full, "rb") as f:
        data = f.read()
    if not data.startswith(b"\xef\xbb\xbf"):
        problems.append("%s: no UTF-8 byte-order mark" % full)
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        problems.append("%s: line ends are not all CR LF" % full)
    if data.endswith(b"\n"):
        problems.append("%s: ends with a line break" % full)
    text = data.decode("utf-8-sig")
    lines = text.split("\r\n")
    if any(not l.strip() for l in lines):
        problems.append("%s: has blank lines" % full)
    units = [ws(l) for l in lines if l.strip()]
    return units, sum(len(u.split()) for u in units)


def pdf_units(full, problems):
    with open(full, "rb") as f:
        raw = f.read()
    streams = []
    for m in re.finditer(rb"<<((?:(?!>>\s*stream).)*?)>>\s*stream\r?\n", raw, re.S):
        n = re.search(rb"/Length (\d+)", m.group(1))
        data = raw[m.end():m.end() + int(n.group(1))] if n else b""
        if b"/FlateDecode" in m.group(1):
            try:
                data = zlib.decompress(data)
            except zlib.error:
                data = b""
        streams.append(data)
    pages = len(re.findall(rb"/Type /Page\b", raw))
    with_text = sum(1 for s in streams if b" 3 Tr" in s and b" Do" in s)
    if with_text != pages or raw.count(b"/DCTDecode") < pages:
        problems.append("%s: %d pages but %d with an image and invisible (3 Tr) text, %d JPEGs"
                        % (full, pages, with_text, raw.count(b"/DCTDecode")))
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, sum(len(u.split()) for u in units)


def remake(problems):
    with tempfile.TemporaryDirectory(dir=TOOLS) as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run(["/usr/bin/python3", os.path.join(TOOLS, script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    units, words = {}, {}
    for name, (path, _) in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".html"):
            units[name], words[name] = html_units(full, problems)
        elif path.endswith(".txt"):
            units[name], words[name] = notes_units(full, problems)
        else:
            units[name], words[name] = pdf_units(full, problems)
        if not 1300 <= words[name] <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, words[name]))
        print("%s: %d words" % (path, words[name]))
    if "--dump" in sys.argv:
        for name in DOCS:
            print("=====", name)
            for u in units[name]:
                print(u)
        return 0
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
                la = ws(a).lower()
                if not any(la in u.lower() for u in units[name]):
                    problems.append("%s: not inside one line/unit of %s: %r" % (where, name, a))
                total = sum(j.count(la) for j in joined.values())
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
    remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
