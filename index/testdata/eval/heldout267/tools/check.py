#!/usr/bin/python3
"""Check the heldout267 evaluation set.

Extracts the three documents' text as a reader sees it:
  - the scanned textbook pages (PDF): the lines of `pdftotext -layout`, each cut where three or
    more spaces part two blocks (the two columns, the table's cells, the running head's two
    sides), whitespace collapsed - that is, the OCR layer, misreadings and line-end hyphens
    included;
  - the Xmind workbook: every shown string of content.json - sheet titles, topic titles (one
    unit a line where a title is broken with Shift+Enter), note lines as plain text, labels,
    boundary titles, relationship titles and the floating topic;
  - the Notion HTML export: the visible text of each block element (paragraph, heading, list
    item, table cell, toggle summary, caption, quote, one unit a line of the code block), with
    the <style> blocks left out; the KaTeX equation is read as a browser's text would be.
Then checks: 25 questions a document with exactly the keys q, accept, section; accept a list of
one or two ASCII strings of 5 to 12 words, each inside one unit of its own document and
occurring exactly once (case-insensitive, whitespace collapsed) in the three documents' text
put together; section a non-empty list of strings, one of which is written in the document;
oos.jsonl 12 lines with only q; 1,300 to 1,800 words of text per document; the shape of each
file (the PDF's two 1-bit page images and its text layer, the Xmind zip entries, sheets,
structures, floating topic and relationships, the Notion page's export markers); and that
tools/make_scan.py, tools/make_xmind.py and tools/make_notion.py re-make the three documents
byte for byte (each is run with a scratch output path and the bytes are compared).
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
NOTION = "Harappan Economy - Trade, Crafts, Seals, Script 1e2f6a9c3b7d80f4a5c1e8b2d9f6a037"
DOCS = {
    "SKM_C30825031410420": "docs/SKM_C30825031410420.pdf",
    "ivc-town-planning-org-chart": "docs/ivc-town-planning-org-chart.xmind",
    NOTION: "docs/%s.html" % NOTION,
}
MAKERS = {"make_scan.py": DOCS["SKM_C30825031410420"],
          "make_xmind.py": DOCS["ivc-town-planning-org-chart"],
          "make_notion.py": DOCS[NOTION]}
BLOCK = {"p", "li", "ul", "ol", "td", "th", "tr", "table", "thead", "tbody", "h1", "h2", "h3",
         "h4", "summary", "details", "figcaption", "figure", "blockquote", "pre", "div", "nav",
         "header", "article", "br", "hr", "title"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def xmind_units(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for need in ("content.json", "metadata.json", "manifest.json", "content.xml",
                     "Thumbnails/thumbnail.png"):
            if need not in names:
                problems.append("%s: no %s in the zip" % (full, need))
        sheets = json.loads(z.read("content.json"))
    units = []

    def add(text):
        for line in text.split("\n"):
            if ws(line):
                units.append(ws(line))

    def topic(t):
        add(t["title"])
        if "notes" in t:
            add(t["notes"]["plain"]["content"])
        for lab in t.get("labels", []):
            add(lab)
        for b in t.get("boundaries", []):
            add(b.get("title", ""))
        for kind in ("attached", "detached"):
            for c in t.get("children", {}).get(kind, []):
                topic(c)

    structures = []
    floating = rels = 0
    for sh in sheets:
        add(sh["title"])
        structures.append(sh["rootTopic"].get("structureClass"))
        floating += len(sh["rootTopic"].get("children", {}).get("detached", []))
        topic(sh["rootTopic"])
        for r in sh.get("relationships", []):
            rels += 1
            add(r.get("title", ""))
    if structures != ["org.xmind.ui.org-chart.down", "org.xmind.ui.brace.right"]:
        problems.append("%s: unexpected structures %r" % (full, structures))
    if floating < 1 or rels < 1:
        problems.append("%s: needs a floating topic and relationships" % full)
    return units


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.pre = [], [], 0, 0

    def flush(self):
        text = "".join(self.buf)
        parts = text.split("\n") if self.pre else [text]
        for p in parts:
            if ws(p):
                self.units.append(ws(p))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        if tag in ("style", "script"):
            self.skip -= 1
        if tag == "pre":
            self.pre -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def notion_units(full, problems):
    with open(full, encoding="utf-8") as f:
        page = f.read()
    for marker in ('<article id="', 'class="page serif"', 'class="page-header-icon undefined"',
                   'class="collection-content"', 'class="column-list"', 'class="equation"',
                   'class="table_of_contents', 'class="code code-wrap"', 'class="toggle"',
                   'class="to-do-list"'):
        if marker not in page:
            problems.append("%s: no %s" % (full, marker))
    p = Blocks()
    p.feed(page)
    p.flush()
    return p.units


def check_pdf_shape(full, problems):
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True).stdout
    if not re.search(r"^Pages:\s+2$", info, re.M):
        problems.append("%s: expected 2 pages" % full)
    imgs = subprocess.run(["pdfimages", "-list", full], capture_output=True, text=True).stdout
    rows = [l.split() for l in imgs.split("\n")[2:] if l.strip()]
    if len(rows) != 2 or any(r[3:8] != ["2480", "3508", "gray", "1", "1"] for r in rows):
        problems.append("%s: expected two 2480x3508 1-bit gray images" % full)


def units_of(key, problems):
    full = os.path.join(ROOT, DOCS[key])
    if full.endswith(".pdf"):
        check_pdf_shape(full, problems)
        return pdf_units(full)
    if full.endswith(".xmind"):
        return xmind_units(full, problems)
    return notion_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for script, rel in MAKERS.items():
            out = os.path.join(tmp, os.path.basename(rel))
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, rel), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, rel))


def main():
    problems = []
    units = {k: units_of(k, problems) for k in DOCS}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words in %d units" % (DOCS[k], n, len(u)))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[k], n))
    n_q = 0
    for key in DOCS:
        fn = "q-%s.jsonl" % key
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
            elif not any(ws(s).lower() in joined[key] for s in sec):
                problems.append("%s: no section name is written in the document: %r" % (where, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a).lower() in u.lower() for u in units[key]):
                    problems.append("%s: not inside one unit of its document: %r" % (where, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r" % (where, total, a))
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
