#!/usr/bin/python3
"""Check the heldout328 evaluation set.

Extracts each document's text as a reader sees it:
  - the saved lecture page (.html): the visible text of each block element (paragraphs, list
    items, table cells, headings, transcript paragraphs, buttons...), with head, script, style,
    noscript and svg content skipped; a transcript paragraph's cue spans join into one unit;
  - the Word notes (.docx): each w:p of word/document.xml, word/footnotes.xml,
    word/endnotes.xml and the footer, read with zipfile and ElementTree (w:t text, tabs as
    spaces; field instructions are not text);
  - the RBI circular (.pdf): each line of `pdftotext -layout`, cut where pdftotext leaves a gap
    of three or more spaces (so table cells on one line stay apart).
Then it checks: every line of q-*.jsonl and oos.jsonl parses; each q-*.jsonl holds 25 objects
with exactly the keys q, accept, section, and oos.jsonl 12 with only q; accept is one or two
ASCII strings of 5-12 words, each inside one unit of its own document (whitespace collapsed)
and occurring exactly once, ignoring case, across the three documents' text; section is a
non-empty list of strings of which at least one occurs in its document's text; every document
has 1,300-1,800 words of text; the documents have the parts their formats need (footnotes and
endnotes parts related from the document and called from the text, a TOC field, Heading 1 and
2 paragraphs; data-timestamp cue spans, Reading and Downloads sections; the circular's
reference, addressees, annex and signature); and tools/make_html.py, tools/make_docx.py and
tools/make_pdf.py, run on a copy of tools/ with an empty docs/ beside it, re-make the three
documents byte for byte.
Run: /usr/bin/python3 tools/check.py   (add --dump to print every unit)
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "kaksha-cirp-lecture": "docs/kaksha-cirp-lecture.html",
    "ibc-landmark-cases-notes": "docs/ibc-landmark-cases-notes.docx",
    "rbi-circular-ppirp-msme": "docs/rbi-circular-ppirp-msme.pdf",
}
MAKERS = {
    "make_html.py": "docs/kaksha-cirp-lecture.html",
    "make_docx.py": "docs/ibc-landmark-cases-notes.docx",
    "make_pdf.py": "docs/rbi-circular-ppirp-msme.pdf",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SKIP = {"head", "script", "style", "noscript", "svg", "template"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "thead", "tbody", "header", "footer", "nav", "main", "section", "aside", "body",
         "html", "br", "button", "form", "label", "select", "option", "a", "dl", "dt", "dd",
         "figure", "figcaption", "video"}
GENERIC = {"introduction", "definition", "what is", "overview"}


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

    def handle_startendtag(self, tag, attrs):
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


def html_units(full):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units


def docx_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        parts = ["word/document.xml", "word/footnotes.xml", "word/endnotes.xml"]
        parts += sorted(n for n in names if re.match(r"word/(header|footer)\d+\.xml$", n))
        for part in parts:
            if part not in names:
                problems.append("docx: missing part %s" % part)
                continue
            for p in ET.fromstring(z.read(part)).iter(W + "p"):
                bits = []
                for el in p.iter():
                    if el.tag == W + "t":
                        bits.append(el.text or "")
                    elif el.tag in (W + "tab", W + "br", W + "cr"):
                        bits.append(" ")
                t = ws("".join(bits))
                if t:
                    units.append(t)
    return units


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full)
    if path.endswith(".docx"):
        return docx_units(full, problems)
    return pdf_units(full)


def check_formats(problems):
    page = open(os.path.join(ROOT, DOCS["kaksha-cirp-lecture"]), encoding="utf-8").read()
    if len(re.findall(r'<span class="rc-Phrase[^"]*" data-cue-index="\d+" data-timestamp="[\d.]+"',
                      page)) < 40:
        problems.append("html: transcript cue spans with data-timestamp missing")
    for need in ('class="rc-Paragraph', "Reading: CIRP at a glance", "<h3>Downloads</h3>",
                 'aria-label="Breadcrumbs"', "<footer", "saved from url="):
        if need not in page:
            problems.append("html: %r missing" % need)
    with zipfile.ZipFile(os.path.join(ROOT, DOCS["ibc-landmark-cases-notes"])) as z:
        ct = z.read("[Content_Types].xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
        doc = z.read("word/document.xml").decode()
        for part, kind in (("footnotes", "footnotes"), ("endnotes", "endnotes")):
            if "/word/%s.xml" % part not in ct:
                problems.append("docx: %s.xml has no content type" % part)
            if "relationships/%s" % kind not in rels:
                problems.append("docx: %s.xml not related from the document" % part)
        if "<w:footnoteReference" not in doc or "<w:endnoteReference" not in doc:
            problems.append("docx: no footnote or endnote references in the text")
        if "TOC \\o" not in doc or "Table of Contents" not in doc:
            problems.append("docx: no table of contents field")
        for style in ("Heading1", "Heading2"):
            if 'w:val="%s"' % style not in doc:
                problems.append("docx: no %s paragraph" % style)
        for info in z.infolist():
            if info.filename.endswith((".xml", ".rels")):
                ET.fromstring(z.read(info.filename))
    text = subprocess.run(["pdftotext", "-layout", os.path.join(ROOT, DOCS["rbi-circular-ppirp-msme"]),
                           "-"], capture_output=True, text=True, check=True).stdout
    for need in (r"RBI/2024-25/\d+", r"All Scheduled Commercial Banks", r"Yours faithfully",
                 r"\n\s*Annex\n", r"\(i\)\s+\S", r"\n\s*2\.\s+\S", r"Chief General Manager"):
        if not re.search(need, text):
            problems.append("pdf: %r not found" % need)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"),
                        ignore=shutil.ignore_patterns("__pycache__"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script, out in MAKERS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)],
                               capture_output=True, text=True)
            if r.returncode:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            new = open(os.path.join(tmp, out), "rb").read()
            old = open(os.path.join(ROOT, out), "rb").read()
            if new != old:
                problems.append("tools/%s does not re-make %s byte for byte" % (script, out))


def main():
    problems = []
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
    if "--dump" in sys.argv:
        for k, us in units.items():
            print("=====", k)
            for u in us:
                print(u)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, j in joined.items():
        n = len(j.split())
        print("%s: %d words" % (DOCS[k], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k], n))
    check_formats(problems)
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
            elif not any(ws(s).lower() in joined[name] for s in sec
                         if ws(s).lower() not in GENERIC):
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
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
