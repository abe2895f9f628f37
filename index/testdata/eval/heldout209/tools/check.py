#!/usr/bin/python3
"""Check the heldout209 evaluation set.

Reads the three documents the way a reader sees them:
  - LinkedIn article (.html): the visible text of each element (scripts and styles skipped;
    a unit ends at every block-level tag, so a paragraph, heading, list item, caption, button or
    comment body is one unit);
  - Google Sheets export (.pdf): the lines `pdftotext -layout` prints, cut where two or more
    spaces separate the cells of a row; an accept string must also lie inside one cell of the
    sheet as tools/coss-2020-revision-sheet.txt defines it (the PDF is re-made from that file
    byte for byte, see below);
  - Logseq page (.md): one line of the file, without its tabs and "- " bullet.
Then checks:
  - every line of q-*.jsonl parses, has exactly the keys q, accept, section; 25 per document;
  - accept holds one or two strings, each ASCII, 5 to 12 words, inside one unit of its own
    document, and occurring exactly once (ignoring case, whitespace collapsed) across the three
    documents' text (Logseq's **, ^^, [[ ]] and {{ }} markup and the PDF's line wrapping do not
    hide a second occurrence: the sheet's whole cells are counted too);
  - section is a non-empty list of strings, at least one of which appears in its document;
  - oos.jsonl holds exactly 12 lines, each with the key q only;
  - each document has 1,300 to 1,800 words of text (the article body and its comments for the
    LinkedIn page; the sheet's cells for the PDF; the page's blocks for Logseq);
  - tools/make_linkedin.py, tools/make_sheets_pdf.py and tools/make_logseq.py, run on a copy
    of tools/, re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py   (add --dump to print each document's units)
"""
import hashlib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "state-gig-laws-linkedin": "docs/state-gig-laws-linkedin.html",
    "coss-2020-revision-sheet": "docs/coss-2020-revision-sheet.pdf",
    "gig-platform-economy-logseq": "docs/gig-platform-economy-logseq.md",
}
MAKERS = {
    "tools/make_linkedin.py": "docs/state-gig-laws-linkedin.html",
    "tools/make_sheets_pdf.py": "docs/coss-2020-revision-sheet.pdf",
    "tools/make_logseq.py": "docs/gig-platform-economy-logseq.md",
}
SHEET_SRC = os.path.join(ROOT, "tools", "coss-2020-revision-sheet.txt")
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote", "time", "img", "input"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.in_body, self.in_comment_body, self.main = False, 0, []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.in_body or self.in_comment_body:
                self.main.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "div" and "reader-article-content" in cls.split():
            self.in_body = True
        if tag == "span" and "comments-comment-item__main-content" in cls.split():
            self.in_comment_body = 1
        elif self.in_comment_body and tag == "span":
            self.in_comment_body += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag == "span" and self.in_comment_body:
            self.in_comment_body -= 1
            if not self.in_comment_body:
                self.flush()
        if tag in BLOCK:
            self.flush()
        if tag == "p" and self.in_body and self.units and self.units[-1].startswith("#"):
            self.in_body = False            # the hashtags paragraph ends the article body

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units, p.main


def sheet_cells():
    cells = []
    for line in open(SHEET_SRC, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("%"):
            continue
        if line.startswith("@"):
            key, _, val = line.partition(" ")
            if key == "@header":
                cells.extend(val.split("|"))
            elif key == "@group":
                cells.append(val)
            elif key in ("@workbook", "@sheet"):
                cells.append(val)
            continue
        cells.extend(c.strip() for c in line.split(" | "))
    return [ws(c.replace("\\n", " ")) for c in cells if c.strip()]


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {2,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, out


def md_units(full):
    units = []
    for line in open(full, encoding="utf-8").read().split("\n"):
        s = line.strip()
        if s.startswith("- "):
            s = s[2:]
        if s:
            units.append(s)
    return units


def strip_md(s):
    s = s.replace("**", "").replace("^^", "").replace("[[", "").replace("]]", "")
    s = re.sub(r"\{\{\w+ ?(.*?)\}\}", r"\1", s)
    s = re.sub(r"(?<!\w)\*([^*]+)\*(?!\w)", r"\1", s)
    return s


def load():
    """units: where an accept string must lie; texts: what uniqueness is counted over."""
    units, texts, words = {}, {}, {}
    for name, path in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".html"):
            u, main = html_units(full)
            units[name] = u
            texts[name] = [ws(" ".join(u)).lower()]
            words[name] = sum(len(t.split()) for t in main)
        elif path.endswith(".pdf"):
            u, raw = pdf_units(full)
            cells = sheet_cells()
            units[name] = u
            texts[name] = [ws(" ".join(u)).lower(), ws(" ".join(cells)).lower()]
            words[name] = sum(len(c.split()) for c in cells)
        else:
            u = md_units(full)
            units[name] = u
            texts[name] = [ws(strip_md(" ".join(u))).lower()]
            words[name] = sum(len(strip_md(x).split()) for x in u
                              if not re.match(r"^[\w.-]+:: ", x) and not x.startswith(":"))
    return units, texts, words


def check_makers(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script, doc in MAKERS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, script)], check=True)
            made = open(os.path.join(tmp, doc), "rb").read()
            have = open(os.path.join(ROOT, doc), "rb").read()
            if hashlib.sha256(made).digest() != hashlib.sha256(have).digest():
                problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    units, texts, words = load()
    if "--dump" in sys.argv:
        for name in DOCS:
            print("=====", name, words[name])
            for u in units[name]:
                print(u)
        return 0
    for name, n in words.items():
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (name, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        doc_text = " ".join(texts[name])
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
            elif not any(ws(s).lower() in doc_text for s in sec):
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
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                if name == "coss-2020-revision-sheet" and not any(ws(a) in c for c in sheet_cells()):
                    problems.append("%s: not inside one cell of the sheet: %r" % (where, a))
                key = ws(a).lower()
                total = sum(max(t.count(key) for t in ts) for ts in texts.values())
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
    check_makers(problems)
    for p in problems:
        print(p)
    print("words: %s" % ", ".join("%s %d" % kv for kv in words.items()))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
