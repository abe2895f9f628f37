#!/usr/bin/python3
r"""Check the heldout320 evaluation set.

Run: /usr/bin/python3 tools/check.py          (standard library, plus pdftotext for the PDF)
     /usr/bin/python3 tools/check.py --units  (also print every unit of text)

It extracts each document's text as a reader sees it, as a list of units:
  - Firefox Reader View page saved as "Web Page, complete" (.html): the page as a browser shows
    the saved file: one unit per block element's visible text (p, li, h1-h6, figcaption, div,
    button, label, title and the like), scripts and styles skipped, entities decoded, inline
    elements (a, strong, em, span) kept inside their block. The reader toolbar's labels count
    as text, since the saved page opens without Firefox's chrome stylesheets.
  - PowerPoint Notes Pages PDF (.pdf): `pdftotext -layout`, one unit per line with whitespace
    collapsed, a line being cut where pdftotext leaves a gap of three or more spaces (so table
    cells and the two columns of a slide are separate units).
  - Obsidian note (.md): Reading view. The inline title (the file name), then one unit per shown
    line: YAML front matter (the Properties panel), %%comments%%, dataview code blocks (shown
    as query results) and ![[embeds]] (another note's or an image's content) give no unit;
    heading marks, "> " quote marks, list markers, ^block-ids, **, ==, ` and * dropped;
    [[target|alias]] -> alias, [[target]] -> target; a callout's first line shows its title;
    a table row gives one unit per cell; a footnote reference [^n] is dropped and the footnote
    itself shown as its text.
Then it checks:
  - every line of q-*.jsonl parses and holds exactly q, accept and section; 25 questions per
    document, at least three of them keyword queries of 2-4 words; oos.jsonl holds 12 lines,
    each with only q;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words, inside one unit of its
    own document (case-insensitive, whitespace collapsed) and occurring exactly once across
    the three documents' text;
  - section is a non-empty list of strings of which at least one (other than the generic
    "Introduction", "Definition", "What is", "Overview") occurs in its own document's text;
  - each document holds 1,300 to 1,800 words of text (every unit as extracted);
  - the formats hold what the README says they do (the Reader View containers and header, the
    PDF's page count, page numbers and producer, the note's Properties, callouts, dataview
    block, footnotes and embeds);
  - every tools/make_*.py re-makes its document byte for byte (it is run into a temporary
    directory, so docs/ is never touched).
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
NOTE = "Child Labour Act & NCPCR - section-wise"
DOCS = {
    "pune-porsche-case-juvenile-justice-act":
        ("docs/pune-porsche-case-juvenile-justice-act.html", "make_reader.py"),
    "GS2_SJ_Class09_POCSO_final": ("docs/GS2_SJ_Class09_POCSO_final.pdf", "make_pdf.py"),
    NOTE: ("docs/%s.md" % NOTE, "make_obsidian.py"),
}
GENERIC = {"introduction", "definition", "what is", "overview"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article",
         "section", "body", "html", "head", "br", "hr", "figure", "figcaption", "button",
         "label", "input", "select", "option", "blockquote", "details", "summary"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- HTML (Reader View page)
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
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full, problems):
    text = open(full, encoding="utf-8").read()
    for needle in ('<div class="moz-reader-content reader-show-element">',
                   '<div id="readability-page-1" class="page">', 'class="domain reader-domain"',
                   'class="reader-title"', 'class="credits reader-credits"',
                   'class="reader-estimated-time"', "<figcaption>", "<h2>", "<h3>", "<ul>",
                   'id="toolbar"'):
        if needle not in text:
            problems.append("%s: no %s" % (full, needle))
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


# ---------------------------------------------------------------- PDF (Notes Pages)
def pdf_units(full, problems):
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    if "Producer:        Microsoft\u00ae PowerPoint\u00ae 2016" not in info:
        problems.append("%s: producer is not PowerPoint 2016" % full)
    if not re.search(r"Pages:\s+14\n", info):
        problems.append("%s: expected 14 notes pages" % full)
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    pages = out.split("\f")
    nums = [re.findall(r"(\d+)\s*$", pg.rstrip())[-1] for pg in pages if pg.strip()]
    if nums != [str(n) for n in (1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15)]:
        problems.append("%s: page numbers %s (hidden slide 9 should be skipped)" % (full, nums))
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


# ---------------------------------------------------------------- Obsidian (Markdown)
def md_show(s):
    s = re.sub(r"!\[\[[^\]]*\]\]", "", s)
    s = re.sub(r"\[\[([^\]|]*)\|([^\]]*)\]\]", r"\2", s)
    s = re.sub(r"\[\[([^\]#]*)#\^?([^\]]*)\]\]", r"\1 > \2", s)
    s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\[\^\w+\]", "", s)
    s = re.sub(r"\s\^[\w-]+\s*$", "", s)
    for mark in ("**", "==", "~~", "`"):
        s = s.replace(mark, "")
    s = re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<!\w)_([^_\s][^_]*)_(?!\w)", r"\1", s)
    return ws(s)


def md_units(full, problems):
    raw = open(full, encoding="utf-8").read()
    if not raw.startswith("---\n"):
        problems.append("%s: no front matter" % full)
        return []
    end = raw.index("\n---\n", 4)
    front, text = raw[4:end], raw[end + 5:]
    for key in ("aliases:", "tags:"):
        if key not in front:
            problems.append("%s: front matter lacks %s" % (full, key))
    for needle, what in (("> [!tip]-", "a folded tip callout"), ("> > [!note]", "a nested note callout"),
                         ("```dataview", "a dataview block"), ("[^1]", "footnotes"),
                         ("![[", "embeds"), ("\n## \U0001f4dc", "emoji headings"), (" #prelims", "inline tags")):
        if needle not in raw:
            problems.append("%s: no %s" % (full, what))
    if raw.endswith("\n"):
        problems.append("%s: Obsidian writes no newline after the last line" % full)
    text = re.sub(r"%%.*?%%", "", text, flags=re.S)
    units = [os.path.basename(full)[:-3]]
    fence = None
    for line in text.split("\n"):
        st = line.strip()
        if fence is not None:
            if st.startswith("```"):
                fence = None
            elif fence not in ("dataview", "dataviewjs", "query", "tasks"):
                if st:
                    units.append(ws(line))
            continue
        if st.startswith("```"):
            fence = st[3:].strip()
            continue
        s = st
        while s.startswith(">"):
            s = s[1:].lstrip()
        m = re.match(r"^\[!(\w+)\][+-]? ?(.*)$", s)
        if m:
            s = m.group(2) or m.group(1).capitalize()
        if re.match(r"^(-{3,}|\*{3,})$", s):
            continue
        s = re.sub(r"^#{1,6} ", "", s)
        s = re.sub(r"^\[\^\w+\]: ", "", s)
        if s.startswith("|"):
            if re.match(r"^\|[\s:|-]+\|$", s):
                continue
            for cell in s.strip("|").split("|"):
                if md_show(cell):
                    units.append(md_show(cell))
            continue
        s = re.sub(r"^([-*+]|\d+[.)]) ", "", s)
        s = re.sub(r"^\[.\] ", "", s)
        u = md_show(s)
        if u:
            units.append(u)
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full, problems)
    if path.endswith(".pdf"):
        return pdf_units(full, problems)
    return md_units(full, problems)


# ---------------------------------------------------------------- checks
def main():
    problems = []
    units = {}
    for name, (path, _) in DOCS.items():
        units[name] = units_of(path, problems)
        n = len(" ".join(units[name]).split())
        print("%s: %d words" % (path, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, n))
        if "--units" in sys.argv:
            for u in units[name]:
                print("   | " + u)
    low = {k: [ws(u).lower() for u in v] for k, v in units.items()}
    joined = {k: " ".join(v) for k, v in low.items()}
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        short = 0
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
            q = obj.get("q")
            if not isinstance(q, str) or not q.strip():
                problems.append("%s: missing q" % where)
            elif 2 <= len(q.split()) <= 4:
                short += 1
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                needle = ws(a).lower()
                if not any(needle in u for u in low[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(needle) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            else:
                named = [ws(s).lower() for s in sec if ws(s).lower() not in GENERIC]
                if not any(s in joined[name] for s in named):
                    problems.append("%s: no section name found in %s: %r" % (where, name, sec))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
        if short < 3:
            problems.append("%s: only %d keyword queries of 2-4 words" % (fn, short))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        oos = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(oos, 1):
        try:
            obj = json.loads(line)
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte"
                                    % (path, script))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
