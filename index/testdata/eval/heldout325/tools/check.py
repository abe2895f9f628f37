#!/usr/bin/python3
"""Check the heldout325 evaluation set.  Standard library plus pdftotext.

Text is extracted as a reader sees it, unit by unit:
  - PDF (docs/bmw-rules-2016-consolidated.pdf): each line of `pdftotext -layout`, cut where
    pdftotext leaves a gap of three or more spaces (so a table cell's line is its own unit);
  - HTML (docs/ewaste-epr-floor-price-wayback.html): the text of each block element (p, li,
    h1-h6, td, div, ...) outside head, script and style, a <br> ending a unit, entities
    decoded; the Wayback comments are not text;
  - Markdown (docs/hackmd-waste-rules-cpcb.md): each line of the note below the YAML block as
    HackMD renders it: table rows split into cells and cells split at <br>; heading marks, list
    and task markers, blockquote marks, [name=] [time=] [color=] tags, footnote marks,
    **, ==, ++, ^ and emoji codes removed; container lines (:::), [TOC], the {%hackmd %}
    embed and *[ABBR]: definitions (which HackMD does not show) skipped.

Checks:
  - each q-*.jsonl has exactly 25 lines, oos.jsonl exactly 12; every line parses; in-scope lines
    have exactly the keys q, accept, section; oos lines only q;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words, inside one unit of its own
    document (ignoring case, whitespace collapsed), and occurring exactly once across the three
    documents' extracted text (ignoring case, whitespace collapsed);
  - section is a non-empty list of strings, at least one of which occurs in its document's text;
  - each document has 1,300 to 1,800 words of text (the PDF as pdftotext extracts it, the
    article of the HTML page from its title to the PYQ block, the Markdown as rendered);
  - the HTML's tags balance, the Markdown has its YAML block, [TOC] and a ":::spoiler Answer";
  - each tools/make_*.py, run on a copy of tools/, re-makes its document byte for byte.

Run: /usr/bin/python3 tools/check.py        (add --dump NAME to print a document's units)
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

DOCS = {
    "ewaste-epr-floor-price-wayback": ("docs/ewaste-epr-floor-price-wayback.html", "make_html.py"),
    "bmw-rules-2016-consolidated": ("docs/bmw-rules-2016-consolidated.pdf", "make_pdf.py"),
    "hackmd-waste-rules-cpcb": ("docs/hackmd-waste-rules-cpcb.md", "make_md.py"),
}

problems = []


def bad(msg):
    problems.append(msg)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm(s):
    return ws(s).lower()


def words(units):
    return sum(len(u.split()) for u in units)


# ------------------------------------------------------------------ PDF
def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def pdf_words(full):
    out = subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    return len(out.split())


# ------------------------------------------------------------------ HTML
BLOCK = {"p", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr",
         "table", "tbody", "thead", "section", "header", "footer", "nav", "form", "body",
         "blockquote", "br"}
VOID = {"meta", "link", "img", "input", "br", "hr", "source", "col", "wbr"}
SKIP = {"script", "style", "head", "title", "noscript"}


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.stack = [], [], 0, []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK and not self.skip:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK and not self.skip:
            self.flush()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            bad("html: unbalanced </%s> (open: %s)" % (tag, self.stack[-3:]))
        else:
            self.stack.pop()
        if tag in SKIP:
            self.skip -= 1
        elif tag in BLOCK and not self.skip:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full):
    with open(full, encoding="utf-8") as f:
        src = f.read()
    p = Blocks()
    p.feed(src)
    p.close()
    p.flush()
    if p.stack:
        bad("html: unclosed tags at the end: %s" % p.stack)
    return p.units, src


def html_article_units(src):
    """The article itself: from the tags line to the end of the article content."""
    a = src.index('<div class="list-category">')
    b = src.index('<div class="prev-next">')
    p = Blocks()
    p.feed(src[a:b])
    p.flush()
    return p.units


# ------------------------------------------------------------------ Markdown
def md_clean(s):
    s = re.sub(r"\[(name|time|color)=[^\]]*\]", "", s)
    s = re.sub(r"\[\^[^\]]+\]", "", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s)
    s = re.sub(r"(?<!\w):[a-z_+\-0-9]+:", "", s)
    for mark in ("**", "==", "++", "`"):
        s = s.replace(mark, "")
    s = s.replace("^", "")
    return ws(s)


def md_units(full):
    with open(full, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "---" or "---" not in lines[1:]:
        bad("md: no YAML block")
        return []
    end = lines.index("---", 1)
    body = lines[end + 1:]
    if "[TOC]" not in body:
        bad("md: no [TOC]")
    if ":::spoiler Answer" not in body:
        bad("md: no ':::spoiler Answer' block")
    units = []
    for line in body:
        s = line.strip()
        if not s or s.startswith(":::") or s == "[TOC]" or s.startswith("{%"):
            continue
        if re.match(r"\*\[[^\]]+\]:", s):
            continue
        if s.startswith("|"):
            if re.fullmatch(r"\|[\s\-:|]+\|", s):
                continue
            for cell in s.strip("|").split("|"):
                for part in re.split(r"<br\s*/?>", cell):
                    c = md_clean(part)
                    if c:
                        units.append(c)
            continue
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^>\s*", "", s)
        s = re.sub(r"^\[\^[^\]]+\]:\s*", "", s)
        s = re.sub(r"^[-*+]\s+(\[[ xX]\]\s+)?", "", s)
        s = re.sub(r"^\d+\.\s+", "", s)
        s = md_clean(s)
        if s:
            units.append(s)
    return units


# ------------------------------------------------------------------ main
def extract():
    units, counts = {}, {}
    for name, (rel, _) in DOCS.items():
        full = os.path.join(ROOT, rel)
        if rel.endswith(".pdf"):
            units[name] = pdf_units(full)
            counts[name] = pdf_words(full)
        elif rel.endswith(".html"):
            units[name], src = html_units(full)
            counts[name] = words(html_article_units(src))
        else:
            units[name] = md_units(full)
            counts[name] = words(units[name])
    return units, counts


def check_rebuild():
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(HERE, os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for name, (rel, script) in DOCS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)], check=True)
            with open(os.path.join(tmp, rel), "rb") as f:
                new = f.read()
            with open(os.path.join(ROOT, rel), "rb") as f:
                old = f.read()
            if new != old:
                bad("%s: tools/%s does not re-make it byte for byte" % (rel, script))


def main():
    units, counts = extract()
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        for u in units[sys.argv[2]]:
            print(u)
        return 0
    joined = {k: norm(" \n ".join(v)) for k, v in units.items()}
    lowered = {k: [norm(u) for u in v] for k, v in units.items()}
    for name in DOCS:
        n = counts[name]
        print("%-32s %4d units, %5d words of text" % (name, len(units[name]), n))
        if not 1300 <= n <= 1800:
            bad("%s: %d words of text, want 1300-1800" % (name, n))

    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        if len(lines) != 25:
            bad("%s: %d questions, want 25" % (fn, len(lines)))
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                bad("%s: bad JSON (%s)" % (where, e))
                continue
            n_q += 1
            if set(obj) != {"q", "accept", "section"}:
                bad("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                bad("%s: empty q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                bad("%s: accept must be a list of one or two strings" % where)
                acc = []
            for a in acc:
                if not isinstance(a, str):
                    bad("%s: accept entry is not a string" % where)
                    continue
                if not a.isascii():
                    bad("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    bad("%s: %d words: %r" % (where, nw, a))
                na = norm(a)
                if not any(na in u for u in lowered[name]):
                    bad("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(na) for j in joined.values())
                if total != 1:
                    bad("%s: occurs %d times across the documents: %r" % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                               for s in sec):
                bad("%s: section must be a non-empty list of strings" % where)
            elif not any(norm(s) in joined[name] for s in sec):
                bad("%s: no section name found in %s: %r" % (where, name, sec))

    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            bad("oos.jsonl:%d: bad JSON (%s)" % (i, e))
            continue
        if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
            bad("oos.jsonl:%d: must hold only a non-empty q" % i)
    if len(lines) != 12:
        bad("oos.jsonl: %d questions, want 12" % len(lines))

    check_rebuild()
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
