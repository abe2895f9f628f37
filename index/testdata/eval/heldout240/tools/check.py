#!/usr/bin/python3
"""Check the heldout240 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q,
accept (one or two strings) and section (a non-empty list of strings); oos lines only q.
Every accept string must be ASCII, 5-12 words long, lie inside one unit of its own document
as a reader gets it, and occur exactly once across the three documents' text (ignoring case,
whitespace collapsed):
  - Keynote PDF: one line of `pdftotext -layout` output, cut where pdftotext leaves a gap of
    three or more spaces (table cells, chart labels and side-by-side boxes are separate units);
  - Joplin Markdown: one rendered line of the body (a paragraph, heading, list item, quote,
    definition, footnote or table cell, with the Markdown and Joplin markup taken out: ** * ==
    ++ ^ ~ links, images, HTML tags, footnote calls); the string itself may hold none of the
    markup characters * _ = + ^ ~ [ ] < > | ` (front matter other than the title, the mermaid
    source, the KaTeX block and the *[abbr]: lines are not shown as text, but the abbreviation
    lines still count for uniqueness);
  - saved Reddit page: one element's visible text (scripts and styles skipped) inside the
    post's or a comment's "-rtjson-content" body (the uniqueness count uses the whole page).
Some name in each question's section list must occur in its own document's text.
Each document must have 1,300-1,800 words (the PDF's extracted text; the Markdown note's title
and rendered body; the Reddit post title, self-text and comment bodies), must show the parts of
its format (checked in check_formats), and tools/make_pdf.py, tools/make_md.py and
tools/make_html.py must re-make docs/ byte for byte (each is run in a scratch copy of tools/,
so the committed files are never touched).
Run: /usr/bin/python3 tools/check.py        (add --dump to print every unit)
"""
import filecmp
import html
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
    "glof-keynote-lecture-14": "docs/glof-keynote-lecture-14.pdf",
    "south-lhonak-glof-case-study": "docs/south-lhonak-glof-case-study.md",
    "reddit-teesta-iii-rebuild": "docs/reddit-teesta-iii-rebuild.html",
}
MAKERS = {"make_pdf.py": "glof-keynote-lecture-14.pdf",
          "make_md.py": "south-lhonak-glof-case-study.md",
          "make_html.py": "reddit-teesta-iii-rebuild.html"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article",
         "section", "body", "html", "head", "br", "button", "label", "form", "details",
         "summary", "aside", "blockquote", "hr", "input"}
VOID = {"br", "img", "input", "meta", "link", "hr", "source"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'\u2019.,%&@()/+\-\u2013]*", s))


# ---------------------------------------------------------------- PDF
def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    raw = subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    return units, units, words(raw), out


# ---------------------------------------------------------------- Joplin Markdown
EMOJI = {":warning:": "\u26a0\ufe0f"}


def md_inline(s):
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)                  # images
    s = re.sub(r"\[\^(\d+)\]", r"[\1]", s)                       # footnote calls
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)              # links
    s = re.sub(r"<[^>]+>", "", s)                                # HTML tags
    s = s.replace("**", "").replace("==", "").replace("++", "")
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\1", s)
    s = re.sub(r"\^([^^\s]+)\^", r"\1", s)
    s = re.sub(r"(?<!~)~([^~\s]+)~(?!~)", r"\1", s)
    for k, v in EMOJI.items():
        s = s.replace(k, v)
    return ws(html.unescape(s))


def md_split(text):
    lines = text.split("\n")
    assert lines[0] == "---", "no front matter"
    end = lines.index("---", 1)
    return lines[1:end], lines[end + 1:]


def md_units(full):
    text = open(full, encoding="utf-8").read()
    fm, body = md_split(text)
    title = [l for l in fm if l.startswith("title: ")][0][7:].strip("'")
    units, extra, headings = [title], [], []
    fence = None
    for line in body:
        s = line.strip()
        if fence:
            if s.startswith(fence):
                fence = None
            elif fence == "```" and s and not s.startswith("timeline"):
                # the mermaid timeline shows its title and each "period : event" as text
                s = s[6:] if s.startswith("title ") else s
                units.extend(ws(p) for p in s.split(" : ") if ws(p))
            continue
        if s.startswith("```"):
            fence = "```"
            continue
        if s == "$$":
            fence = "$$"
            continue
        if not s or s == "[[toc]]" or re.fullmatch(r"[|:\- ]+", s):
            continue
        if s.startswith("*["):
            extra.append(ws(re.sub(r"^\*\[([^\]]+)\]:", r"\1", s)))
            continue
        if s.startswith("|"):
            units.extend(md_inline(c) for c in s.strip("|").split("|") if md_inline(c))
            continue
        s = re.sub(r"^#+\s+", "", s) if s.startswith("#") else s
        if line.startswith("#"):
            headings.append(md_inline(s))
        s = re.sub(r"^(?:[-*+]\s+(?:\[[ x]\]\s+)?|\d+\.\s+|>\s*|:\s+)", "", s)
        s = re.sub(r"^\[\^(\d+)\]:\s*", r"\1. ", s)
        t = md_inline(s)
        if t:
            units.append(t)
    n = sum(words(u) for u in units)
    # the [[toc]] marker renders the headings a second time
    return units, units + headings + extra, n, text


# ---------------------------------------------------------------- saved Reddit page
class Page(html.parser.HTMLParser):
    """Visible text of a saved page as units; remembers which lie inside an rtjson body."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.body_units, self.buf = [], [], []
        self.skip, self.stack, self.body_depth = 0, [], None

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.body_depth is not None:
                self.body_units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        self.stack.append(tag)
        if (dict(attrs).get("id") or "").endswith("-rtjson-content") and self.body_depth is None:
            self.body_depth = len(self.stack)

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        while self.stack:
            top = self.stack.pop()
            if self.body_depth is not None and len(self.stack) < self.body_depth:
                self.flush()
                self.body_depth = None
            if top == tag:
                break

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full):
    text = open(full, encoding="utf-8").read()
    p = Page()
    p.feed(text)
    p.flush()
    title = html.unescape(re.search(r'<h1 [^>]*slot="title">(.*?)</h1>', text).group(1))
    n = words(title) + sum(words(u) for u in p.body_units)
    return p.body_units, p.units, n, text


# ---------------------------------------------------------------- format checks
def check_formats(texts, problems):
    pdf = os.path.join(ROOT, DOCS["glof-keynote-lecture-14"])
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    src = open(os.path.join(ROOT, "tools", "glof-keynote-lecture-14.txt"), encoding="utf-8").read()
    nslides = len(re.findall(r"^=== ", src, re.M))
    if not re.search(r"Creator:\s+Keynote\n", info) or "Quartz PDFContext" not in info:
        problems.append("pdf: Creator must be Keynote and Producer macOS Quartz PDFContext")
    if not re.search(r"Page size:\s+1920 x 1080 pts", info):
        problems.append("pdf: pages must be 1920 x 1080 pt (Keynote wide)")
    if not re.search(r"Pages:\s+%d\n" % nslides, info):
        problems.append("pdf: expected one page per slide (%d)" % nslides)
    raw = open(pdf, "rb").read()
    if b"/FontFile2" not in raw or b"/URI" not in raw:
        problems.append("pdf: fonts must be embedded and links annotated")
    out = texts["glof-keynote-lecture-14"]
    for n in range(2, nslides + 1):
        if not re.search(r"^\s+%d\s*$" % n, out, re.M):
            problems.append("pdf: slide number %d not found" % n)
    md = texts["south-lhonak-glof-case-study"]
    fm, body = md_split(md)
    keys = [l.split(":")[0] for l in fm if not l.startswith("  - ")]
    want = ["title", "updated", "created", "source", "author", "latitude", "longitude",
            "altitude", "completed?", "due", "tags"]
    if keys != want:
        problems.append("md: front matter keys %r, expected %r" % (keys, want))
    for part in ("[[toc]]", "```mermaid", "$$", "==", "++", "^2^", ":warning:", "[^1]:",
                 "*[GLOF]:", "- [x] ", "- [ ] ", "\n:   ", "../_resources/", "<img src=",
                 "%20-%20", "|---|"):
        if part not in md:
            problems.append("md: missing %r" % part)
    if md.endswith("\n") or re.search(r":/[0-9a-f]{32}", md):
        problems.append("md: body must end without a newline and hold no internal :/ links")
    page = texts["reddit-teesta-iii-rebuild"]
    for part in ("<!-- saved from url=", "<shreddit-app", "<shreddit-post ", "<shreddit-comment ",
                 'depth="2"', "-post-rtjson-content", "-comment-rtjson-content", "<faceplate-timeago",
                 "<faceplate-number", "Comment deleted by user", ">Promoted<", ">OP<", ">MOD<",
                 ">Pinned<", "Top 1% Commenter", "Edited ", "Sort by:", "View more comments",
                 "application/ld+json", "r_UPSC_files/"):
        if part not in page:
            problems.append("reddit: missing %r" % part)


def check_makers(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for maker, out in MAKERS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", maker)], check=True)
            if not filecmp.cmp(os.path.join(tmp, "docs", out), os.path.join(ROOT, "docs", out),
                               shallow=False):
                problems.append("tools/%s does not re-make docs/%s byte for byte" % (maker, out))


def main():
    problems = []
    units, alltext, texts, shown = {}, {}, {}, {}
    for name, path in DOCS.items():
        full = os.path.join(ROOT, path)
        fn = {".pdf": pdf_units, ".html": html_units, ".md": md_units}[os.path.splitext(path)[1]]
        inside, every, n, text = fn(full)
        units[name], texts[name] = inside, text
        alltext[name] = ws(" ".join(every)).lower()
        print("%s: %d words" % (path, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (path, n))
        if "--dump" in sys.argv:
            for u in inside:
                print("   |", u)
    check_formats(texts, problems)
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
            elif not any(ws(s).lower() in alltext[name] or ws(s).lower() in
                         ws(texts[name]).lower() for s in sec):
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
                if name == "south-lhonak-glof-case-study" and re.search(r"[*_=+^~\[\]<>|`]", a):
                    problems.append("%s: Markdown markup in %r" % (where, a))
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in alltext.values())
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
    check_makers(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
