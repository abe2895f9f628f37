#!/usr/bin/python3
"""Check the heldout330 evaluation set.

Extracts the three documents' text as a reader sees it:
  - LinkedIn newsletter article saved as "HTML only" (.html): one unit per block element's
    visible text (p, li, h1-h4, figcaption, div, section, button, a, span ...), with script,
    style, noscript, template and the hidden <code> islands skipped (their values sit inside
    HTML comments anyway); inline strong / em do not split a unit;
  - mock test (.pdf): the lines of `pdftotext -layout`, each cut where pdftotext leaves a gap of
    three or more spaces (so option (a) and option (b) set side by side are separate units, and
    so are table cells), whitespace collapsed;
  - pandoc Markdown (.md): rendered blocks: the front matter's title, subtitle, author and date;
    each paragraph (its wrapped lines joined), heading, list item, footnote and line-block line;
    each grid-table cell (its lines within the row joined); markup dropped: images, empty
    bookmark spans, [text]{.class} spans and links kept as their text (nested table-of-contents
    links too), **, *, ^sup^, [^n] marks and backslash escapes removed, "--" / "---" shown as
    en / em dashes, ::: fences not shown.
Then checks: every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q,
accept (one or two strings) and section (a non-empty list of strings); each file has 25
questions and oos.jsonl 12 (only q); every accept string is ASCII, 5-12 words long, lies inside
one unit of its own document and occurs exactly once (case-insensitive, whitespace collapsed)
across the three documents' text; some section name of each question occurs in its document;
each document has 1,300-1,800 words (the .html: its article, from the h1 title to the hashtags);
the documents keep the marks of their formats; and the three make scripts re-make the documents
byte for byte (run on a copy of tools/ in a temporary folder).
Run: /usr/bin/python3 tools/check.py
"""
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
    "presidents-rule-after-bommai-linkedin": ("docs/presidents-rule-after-bommai-linkedin.html",
                                              "make_linkedin.py"),
    "emergency-provisions-sectional-test-14": ("docs/emergency-provisions-sectional-test-14.pdf",
                                               "make_pdf.py"),
    "national-emergency-44th-amendment-notes": ("docs/national-emergency-44th-amendment-notes.md",
                                                "make_md.py"),
}
INLINE = {"a", "strong", "em", "b", "i", "u", "code", "sup", "sub", "br", "img", "icon", "time"}
SKIP = {"script", "style", "noscript", "template", "code"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- saved LinkedIn page (.html)

class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.start = self.end = None

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in SKIP:
            self.skip += 1
        if tag not in INLINE:
            self.flush()
        if tag == "h1" and "pulse-title" in (a.get("class") or ""):
            self.start = len(self.units)
        if a.get("data-test-id") == "series-card" and self.end is None:
            self.end = len(self.units)

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag not in INLINE:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_parse(path):
    p = Blocks()
    p.feed(open(path, encoding="utf-8").read())
    p.flush()
    return p


# ---------------------------------------------------------------- mock test (.pdf)

def pdf_units(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, out


# ---------------------------------------------------------------- pandoc Markdown (.md)

ESC = "\ue000"


def md_inline(s):
    s = re.sub(r"\\(.)", lambda m: ESC + "%04x" % ord(m.group(1)), s)
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)(\{[^}]*\})?", "", s)          # images
    s = re.sub(r"\[\]\{[^}]*\}", "", s)                               # empty bookmark spans
    s = re.sub(r"\[\^\d+\]", "", s)                                   # footnote marks
    s = re.sub(r"\[([^\[\]]*)\]\{[^}]*\}", r"\1", s)                  # [text]{.underline}
    while re.search(r"\[([^\[\]]*)\]\([^)]*\)", s):                   # links, nested ones too
        s = re.sub(r"\[([^\[\]]*)\]\([^)]*\)", r"\1", s)
    s = s.replace("**", "")
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\1", s)
    s = re.sub(r"\^([^^\s]+)\^", r"\1", s)
    s = s.replace("---", "\u2014").replace("--", "\u2013")
    s = re.sub(ESC + r"([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), s)
    return ws(s)


def md_units(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    units = []
    assert lines[0] == "---"
    end = lines.index("---", 1)
    for l in lines[1:end]:
        if l.startswith(("title:", "subtitle:", "date:", "- ")):
            v = l.split(":", 1)[1] if not l.startswith("- ") else l[2:]
            v = v.strip()
            if v.startswith('"') and v.endswith('"'):
                v = v[1:-1].replace('\\"', '"')
            units.append(md_inline(v))
    i = end + 1
    n = len(lines)
    while i < n:
        l = lines[i]
        if not l.strip() or l.startswith(":::"):
            i += 1
            continue
        if l.startswith("+-"):                                        # grid table
            cols = [m.start() for m in re.finditer(r"\+", l)]
            cells = None
            i += 1
            while i < n and lines[i].startswith(("|", "+")):
                row = lines[i]
                if row.startswith("+"):
                    if cells:
                        units.extend(md_inline(" ".join(c)) for c in cells if md_inline(" ".join(c)))
                    cells = None
                else:
                    if cells is None:
                        cells = [[] for _ in cols[:-1]]
                    for k in range(len(cols) - 1):
                        cells[k].append(row[cols[k] + 1:cols[k + 1]])
                i += 1
            continue
        if l.startswith("| "):                                        # line block
            units.append(md_inline(l[2:]))
            i += 1
            continue
        if l.startswith("#"):
            units.append(md_inline(re.sub(r"^#+\s+", "", l)))
            i += 1
            continue
        m = re.match(r"^(\s*)(?:-   |\d+\.  |\[\^\d+\]: )", l)
        if m:                                                          # list item or footnote
            ind = len(m.group(1))
            buf = [l[m.end():]]
            i += 1
            while i < n and lines[i].startswith(" " * (ind + 4)) and not re.match(
                    r"^\s*(?:-   |\d+\.  )", lines[i]):
                buf.append(lines[i].strip())
                i += 1
            units.append(md_inline(" ".join(buf).replace("\\ ", " ")))
            continue
        buf = []                                                       # paragraph
        while i < n and lines[i].strip() and not lines[i].startswith(":::"):
            buf.append(lines[i].rstrip("\\"))
            i += 1
        units.append(md_inline(" ".join(buf)))
    return [u for u in units if u]


def units_of(name):
    full = os.path.join(ROOT, DOCS[name][0])
    if full.endswith(".html"):
        return html_parse(full).units
    if full.endswith(".pdf"):
        return pdf_units(full)[0]
    return md_units(full)


def words(units):
    return sum(len(u.split()) for u in units)


# ---------------------------------------------------------------- format checks

def check_formats(problems):
    page = open(os.path.join(ROOT, DOCS["presidents-rule-after-bommai-linkedin"][0]),
                encoding="utf-8").read()
    if "saved from url" in page:
        problems.append("html: an 'HTML only' save has no saved-from comment")
    for what, needle in [("pageKey meta", 'name="pageKey"'), ("JSON-LD", "application/ld+json"),
                         ("guest nav", "Join now"),
                         ("cover image", 'class="cover-img__image'),
                         ("newsletter strip", 'data-test-id="series-lockup"'),
                         ("title", 'class="pulse-title'), ("author card", "main-author-card"),
                         ("followers", " followers</span>"), ("published", ">Published "),
                         ("h2 subheads", "<h2>"), ("bullets", "<ul><li>"),
                         ("reactions", "social-actions__reaction-count"),
                         ("comments count", " Comments\n"), ("comments", "comment__text"),
                         ("more articles", ">More articles by "), ("see all", "See all articles"),
                         ("footer", "li-footer"), ("sign-in modal", "Sign in to view more content"),
                         ("hidden code", '<code style="display: none"'), ("ssr placeholders", "<!---->")]:
        if needle not in page:
            problems.append("html: no %s" % what)
    units, text = pdf_units(os.path.join(ROOT, DOCS["emergency-provisions-sectional-test-14"][0]))
    for k in range(1, 21):
        if len(re.findall(r"(?m)^\s*Q\.%d\s+(?!Ans\.)" % k, text)) != 1:
            problems.append("pdf: Q.%d is not set once at the start of a line" % k)
        if len(re.findall(r"Q\.%d\s+Ans\. \([a-d]\)" % k, text)) != 1:
            problems.append("pdf: no answer-key line for Q.%d" % k)
    for what, needle in [("cover warning", "DO NOT OPEN THIS TEST BOOKLET"),
                         ("instructions", "INSTRUCTIONS"), ("statements", "Consider the following statements"),
                         ("answer key", "ANSWER KEY"), ("rough work", "SPACE FOR ROUGH WORK")]:
        if needle not in text:
            problems.append("pdf: no %s" % what)
    if len(re.findall(r"\(a\) .*\S {3,}\(b\) ", text)) < 10:
        problems.append("pdf: options are not set in two columns")
    md = open(os.path.join(ROOT, DOCS["national-emergency-44th-amendment-notes"][0]),
              encoding="utf-8").read()
    for what, pat in [("front matter", r"\A---\nauthor:\n- "), ("grid table", r"\n\+-+\+"),
                      ("grid header", r"\n\+=+\+"), ("underline span", r"\]\{\.underline\}"),
                      ("mark span", r"\]\{\.mark\}"), ("fenced div", r'\n::: \{custom-style="'),
                      ("footnote", r"\n\[\^1\]: "), ("escaped characters", r'\\\[|\\"|\\~'),
                      ("line block", r"\n\| "), ("superscript", r"\^th\^"),
                      ("bookmark", r"\{#_Hlk\d+ \.anchor\}"), ("toc link", r"\[\d \S.* \[\d\]\(#"),
                      ("image", r"!\[[^\]]*\]\(media/")]:
        if not re.search(pat, md, re.S):
            problems.append("md: no %s" % what)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for name, (path, script) in DOCS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)], check=True)
            made = open(os.path.join(tmp, path), "rb").read()
            kept = open(os.path.join(ROOT, path), "rb").read()
            if made != kept:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


# ---------------------------------------------------------------- main

def main():
    problems = []
    units = {k: units_of(k) for k in DOCS}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for name, (path, _) in DOCS.items():
        if path.endswith(".html"):
            p = html_parse(os.path.join(ROOT, path))
            n, whole = words(p.units[p.start:p.end]), words(p.units)
            print("%s: %d words of article, %d words on the whole page" % (path, n, whole))
        else:
            n = words(units[name])
            print("%s: %d words" % (path, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (path, n))
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
                problems.append("%s: no section name occurs in %s: %r" % (where, name, sec))
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
                    problems.append("%s: not inside one line/element/cell of %s: %r" % (where, name, a))
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
    check_formats(problems)
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
