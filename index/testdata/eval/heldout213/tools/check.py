#!/usr/bin/python3
"""Check the heldout213 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings); oos lines only q. Every accept
string must be ASCII, 5-12 words long, lie inside one unit of its own document as a reader sees
it, and occur exactly once across the three documents' text (case-insensitive, whitespace
collapsed). The units are:
  - History Stack Exchange page saved with SingleFile (.html): one element's visible text (a
    paragraph, list item, heading, blockquote paragraph, comment text, user line, sidebar or
    footer link), scripts and styles skipped;
  - Typora note (.md): one line as Typora shows it (heading, list item, quote line, paragraph,
    footnote definition, timeline line of the mermaid block) with the Markdown markers, footnote
    marks, escapes and inline tags dropped; inside the raw HTML blocks, one table cell,
    summary or paragraph;
  - two-column exam-prep PDF: one line of `pdftotext -layout` output with whitespace collapsed,
    cut where pdftotext leaves a gap of three or more spaces (so one column's line, one cell's
    line, one MCQ option).
At least one of a question's section names must occur in its document's text. There must be
25 questions per document and 12 out-of-scope ones. Each document must hold 1,300 to 1,800
words of text as extracted (whitespace-separated tokens that contain a letter or digit).
It also checks the formats (the page's SingleFile comment, question, answers, accepted answer,
comments and no scripts; the note's [TOC], HTML tables, footnotes, mermaid block and details
block, UTF-8 without BOM and LF line ends; the PDF's pages, Prelims Pointers boxes and
Practice MCQs) and that tools/make_html.py, tools/make_md.py and tools/make_pdf.py re-make the
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

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "history-se-rajendra-srivijaya-raid": ("docs/history-se-rajendra-srivijaya-raid.html",
                                           "tools/make_html.py"),
    "chola-navy-overseas-campaigns": ("docs/chola-navy-overseas-campaigns.md", "tools/make_md.py"),
    "chola-maritime-trade-module": ("docs/chola-maritime-trade-module.pdf", "tools/make_pdf.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "figcaption", "figure", "form", "label", "button", "blockquote", "select", "option",
         "pre", "textarea", "input"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.tags = []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
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
    src = open(full, encoding="utf-8").read()
    p = Blocks()
    p.feed(src)
    p.flush()
    classes = " ".join(a.get("class", "") or "" for _, a in p.tags)
    if not src.startswith("<!DOCTYPE html> <html") or "<!--\n Page saved with SingleFile \n url: " not in src:
        problems.append("%s: no SingleFile header comment" % full)
    if any(t == "script" for t, _ in p.tags):
        problems.append("%s: SingleFile removes scripts, but a script is left" % full)
    for needle, what in (("question-hyperlink", "question title link"),
                         ("js-accepted-answer", "accepted answer"),
                         ("comments-list", "comment lists"),
                         ("post-taglist", "tag list"),
                         ("answers-subheader", "answers header"),
                         ("s-prose", "post bodies")):
        if needle not in classes:
            problems.append("%s: no %s" % (full, what))
    if sum(1 for t, a in p.tags if t == "div" and "js-answer" in (a.get("class") or "").split()) != 3:
        problems.append("%s: expected three answers" % full)
    return p.units


def md_inline(s):
    s = re.sub(r"\[\^\w+\]", "", s)
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = s.replace("**", "").replace("==", "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!~|<>])", r"\1", s)
    return s


def md_units(full, problems):
    raw = open(full, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw:
        problems.append("%s: Typora writes UTF-8 without BOM and LF line ends" % full)
    text = raw.decode("utf-8")
    for needle, what in (("[TOC]", "[TOC] line"), ("<table>", "raw HTML table"),
                         ("```mermaid", "mermaid block"), ("<details>", "details block"),
                         ('style="zoom:', "Typora image zoom"), ("> [!", "alert quote")):
        if needle not in text:
            problems.append("%s: no %s" % (full, what))
    if text.count("<table>") < 2 or len(re.findall(r"^\[\^\w+\]:", text, re.M)) < 3:
        problems.append("%s: expected two or more HTML tables and three or more footnotes" % full)
    units, htmlbuf, fence = [], [], False

    def flush_html():
        if htmlbuf:
            p = Blocks()
            p.feed("\n".join(htmlbuf))
            p.flush()
            units.extend(p.units)
            htmlbuf.clear()

    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("```"):
            flush_html()
            fence = not fence
            continue
        if fence:
            if ws(s):
                units.append(ws(s))
            continue
        if s.startswith("<") and not s.startswith("<img"):
            htmlbuf.append(line)
            continue
        flush_html()
        if not s or s.lower() == "[toc]" or s.startswith("<img"):
            continue
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^(>\s*)+", "", s)
        if re.fullmatch(r"\[!\w+\]", s):
            continue
        s = re.sub(r"^\[\^\w+\]:\s*", "", s)
        s = re.sub(r"^([-*+]|\d+\.)\s+", "", s)
        s = ws(md_inline(s))
        if s:
            units.append(s)
    flush_html()
    return units


def pdf_units(full, problems):
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", info)
    if not m or int(m.group(1)) < 3:
        problems.append("%s: expected a PDF of three or more pages" % full)
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    if out.count("PRELIMS POINTERS") < 2 or "Practice MCQs" not in out or "Page 1 of" not in out:
        problems.append("%s: expected Prelims Pointers boxes, Practice MCQs and page numbers" % full)
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full, problems)
    if path.endswith(".html"):
        return html_units(full, problems)
    return md_units(full, problems)


def words(units):
    return sum(1 for u in units for w in u.split() if re.search(r"[A-Za-z0-9]", w))


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), "--out", out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = words(u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[k][0], n))
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
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/element/cell of %s: %r"
                                    % (where, name, a))
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
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
