#!/usr/bin/python3
"""Check the heldout253 evaluation set.

The three documents' text is extracted as a reader sees it:
  - Sway export .docx: one unit per paragraph of word/document.xml (body paragraphs, list
    items, captions and the comparison table's cells alike), read with zipfile and ElementTree;
  - Firefox-printed Wikipedia .pdf: the lines of `pdftotext -layout`, each cut where pdftotext
    leaves a gap of three or more spaces (so the infobox, the thumbnail caption and table cells
    beside the text are units of their own);
  - DiscordChatExporter .html: the visible text of the page (the <head> with its title, styles,
    scripts and icon sprite skipped, and the reply previews skipped too: they repeat the replied-to
    message, which CSS cuts to one clipped line), one unit per element and per line of a
    message's pre-wrap text.
Rules checked: each document has 1,300 to 1,800 words as extracted; every line of q-*.jsonl and
oos.jsonl parses; each q-*.jsonl holds 25 questions with exactly the keys q, accept, section;
accept is a list of one or two ASCII strings of 5 to 12 words, each inside one unit of its own
document and occurring exactly once (case-insensitive, whitespace collapsed) in the three
documents' text taken together; section is a non-empty list of strings of which at least one
occurs in the document's text (the added names "Introduction", "Definition", "What is" and
"Overview" aside); oos.jsonl holds 12 lines with only q; the .docx holds the parts a Sway export
has and parses; and tools/make_docx.py, tools/make_pdf.py and tools/make_html.py re-make the
three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "brihadisvara-thanjavur-sway": "docs/brihadisvara-thanjavur-sway.docx",
    "gangaikonda-cholapuram-wikipedia": "docs/gangaikonda-cholapuram-wikipedia.pdf",
    "airavatesvara-darasuram-discord": "docs/airavatesvara-darasuram-discord.html",
}
MAKERS = {
    "brihadisvara-thanjavur-sway": "tools/make_docx.py",
    "gangaikonda-cholapuram-wikipedia": "tools/make_pdf.py",
    "airavatesvara-darasuram-discord": "tools/make_html.py",
}
DOCX_PARTS = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
              "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
              "word/fontTable.xml", "word/_rels/document.xml.rels"]
ADDED = {"introduction", "definition", "what is", "overview"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "body", "html", "head"}
VOID = {"img", "meta", "link", "br", "hr", "input", "source", "use", "path"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_units(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in DOCX_PARTS:
            if part not in names:
                problems.append("docx: missing part %s" % part)
        for name in names:
            if name.endswith((".xml", ".rels")):
                try:
                    ET.fromstring(z.read(name))
                except ET.ParseError as e:
                    problems.append("docx: %s does not parse (%s)" % (name, e))
        if b"Microsoft Sway" not in z.read("docProps/app.xml"):
            problems.append("docx: docProps/app.xml does not name Microsoft Sway")
        root = ET.fromstring(z.read("word/document.xml"))
    units = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag == W + "tab":
                parts.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                parts.append("\n")
        t = ws("".join(parts))
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


class Visible(html.parser.HTMLParser):
    """Visible text of a DiscordChatExporter page, one unit per element and per line."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack = [], [], []
        self.skip = 0  # depth inside head / reply previews

    def flush(self):
        for line in "".join(self.buf).split("\n"):
            if ws(line):
                self.units.append(ws(line))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag == "br":
                self.buf.append("\n")
            return
        cls = dict(attrs).get("class") or ""
        hidden = tag == "head" or "chatlog__reply" in cls.split()
        self.stack.append((tag, hidden))
        if hidden:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            t, hidden = self.stack.pop()
            if hidden:
                self.skip -= 1
            if t == tag:
                break
        if tag in BLOCK:
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


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name])
    if full.endswith(".docx"):
        return docx_units(full, problems)
    if full.endswith(".pdf"):
        return pdf_units(full)
    return html_units(full)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, maker in MAKERS.items():
            out = os.path.join(tmp, os.path.basename(DOCS[name]))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, maker), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, DOCS[name]), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (maker, DOCS[name]))


def main():
    problems = []
    check_remake(problems)
    units = {k: units_of(k, problems) for k in DOCS}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, j in joined.items():
        n = len(j.split())
        print("%s: %d words as extracted" % (DOCS[k], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[k], n))
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
                         if ws(s).lower() not in ADDED):
                problems.append("%s: no section name found in %s: %r" % (where, DOCS[name], sec))
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
                    problems.append("%s: not inside one line/element of %s: %r"
                                    % (where, DOCS[name], a))
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
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
