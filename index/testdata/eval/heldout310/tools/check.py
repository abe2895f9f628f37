#!/usr/bin/python3
"""Check the heldout310 evaluation set.

Extracts each document's text as a reader sees it:
  - GitHub README (.md): the text GitHub renders, one unit per source line outside tables
    and one per table cell; inside fenced code blocks each line as written; outside them
    HTML comments dropped, HTML tags dropped (their text kept), badge images and images
    dropped, [label](url) shown as the label, footnote marks dropped, *, _, ` and leading
    #, >, list and task-list markers removed, "[!NOTE]"-style alert markers shown as the
    alert title, HTML entities decoded;
  - journal PDF: `pdftotext -layout`, one unit per column segment of a line (a line is cut
    where pdftotext leaves three or more spaces, which separates the two columns);
  - Blogger page (.html): visible text outside script and style, one unit per element,
    with <br> ending a unit (the post body's lines).
Then checks: every line of q-*.jsonl and oos.jsonl parses; 25 questions per document with
keys q, accept, section and 12 out-of-scope questions with only q; each accept string is a
list of one or two ASCII strings of 5-12 words, each inside one unit of its own document and
occurring exactly once (case-insensitive, whitespace collapsed) across the three documents;
some section name of each question occurs in its document; each document has 1,300-1,800
words of text (for the Blogger page, the post title, body and comments); and each
tools/make_*.py re-makes its document byte for byte (the original bytes are put back if not).
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html
import html.parser
import json
import os
import re
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "indiaai-mission-tracker-readme": "docs/indiaai-mission-tracker-readme.md",
    "ai-governance-india-journal": "docs/ai-governance-india-journal.pdf",
    "ai-summits-india-blogspot": "docs/ai-summits-india-blogspot.html",
}
MAKERS = {
    "indiaai-mission-tracker-readme": "tools/make_md.py",
    "ai-governance-india-journal": "tools/make_pdf.py",
    "ai-summits-india-blogspot": "tools/make_blogger.py",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article",
         "section", "body", "html", "head", "dt", "dd", "dl", "br", "aside", "caption", "form",
         "label", "button", "cite", "abbr", "iframe"}
ALERTS = {"NOTE": "Note", "TIP": "Tip", "IMPORTANT": "Important", "WARNING": "Warning",
          "CAUTION": "Caution"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Markdown (GitHub view)
def md_inline(s):
    s = re.sub(r"\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)", "", s)       # linked badge images
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)                    # images
    s = re.sub(r"\[\^[^\]]+\]", "", s)                            # footnote marks
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)                # links
    s = re.sub(r"<[^>]+>", "", s)                                 # inline HTML tags
    s = re.sub(r"(\*\*|__)(.+?)\1", r"\2", s)                     # bold
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)     # italic *x*
    s = re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"\1", s)             # italic _x_
    s = s.replace("`", "")
    return html.unescape(s)


def md_units(full):
    with open(full, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    units, fence = [], False
    for line in text.split("\n"):
        if line.startswith("```"):
            fence = not fence
            continue
        if fence:
            if line.strip():
                units.append(ws(line))
            continue
        s = line.strip()
        if not s:
            continue
        if s.startswith("|"):
            if re.fullmatch(r"\|[\s:|-]+\|?", s):
                continue
            for cell in re.split(r"(?<!\\)\|", s.strip("|")):
                t = ws(md_inline(cell.replace("\\|", "|")))
                if t:
                    units.append(t)
            continue
        s = re.sub(r"^>\s?", "", s)
        m = re.match(r"\[!(\w+)\]$", s)
        if m:
            units.append(ALERTS.get(m.group(1), m.group(1).title()))
            continue
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^[-*+]\s+\[[ xX]\]\s+", "", s)
        s = re.sub(r"^([-*+]|\d+\.)\s+", "", s)
        s = re.sub(r"^\[\^[^\]]+\]:\s*", "", s)
        t = ws(md_inline(s))
        if t:
            units.append(t)
    return units


# ---------------------------------------------------------------- PDF
def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


# ---------------------------------------------------------------- HTML
class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.in_post, self.depth, self.post_units = False, 0, []
        self.mark = None

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        cls = a.get("class") or ""
        if tag == "div" and ("post-outer" in cls.split() or a.get("id") == "comments"):
            self.mark = (len(self.units), tag)

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full):
    with open(full, encoding="utf-8") as f:
        src = f.read()
    p = Blocks()
    p.feed(src)
    p.flush()
    return p.units


def blog_post_words(full):
    """Words of the post title, body and comments only."""
    with open(full, encoding="utf-8") as f:
        src = f.read()
    start = src.index("<h3 class='post-title entry-title'")
    end = src.index("<div class='post-footer'>")
    c0 = src.index("<div id='comment-holder'>")
    c1 = src.index("<p class='comment-footer'>")
    words = 0
    for chunk in (src[start:end], src[c0:c1]):
        p = Blocks()
        p.feed(chunk)
        p.flush()
        words += len(" ".join(p.units).split())
    return words


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".md"):
        return md_units(full)
    if path.endswith(".pdf"):
        return pdf_units(full)
    return html_units(full)


def remake(name, problems):
    doc = os.path.join(ROOT, DOCS[name])
    with open(doc, "rb") as f:
        before = f.read()
    r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, MAKERS[name])],
                       capture_output=True, text=True)
    if r.returncode != 0:
        problems.append("%s failed: %s" % (MAKERS[name], r.stderr.strip()[-300:]))
        return
    with open(doc, "rb") as f:
        after = f.read()
    if after != before:
        problems.append("%s does not re-make %s byte for byte (%s vs %s)" % (
            MAKERS[name], DOCS[name], hashlib.sha256(before).hexdigest()[:12],
            hashlib.sha256(after).hexdigest()[:12]))
        with open(doc, "wb") as f:
            f.write(before)


def main():
    problems = []
    for name in DOCS:
        remake(name, problems)
    units = {k: units_of(v) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k in DOCS:
        if k == "ai-summits-india-blogspot":
            n = blog_post_words(os.path.join(ROOT, DOCS[k]))
            print("%s: %d words of post and comments, %d visible on the page"
                  % (k, n, len(joined[k].split())))
        else:
            n = len(joined[k].split())
            print("%s: %d words" % (k, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (k, n))
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
                if not any(ws(a).lower() in u.lower() for u in units[name]):
                    problems.append("%s: not inside one line/unit of %s: %r" % (where, name, a))
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
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
