#!/usr/bin/python3
"""Check the heldout317 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings). Every accept string must be
ASCII, 5-12 words long, lie verbatim inside one unit of its own document as a reader sees it, and
occur exactly once across the three documents' text (case-insensitive, whitespace collapsed):
  - the saved FAQ page (.html): one element's visible text (a paragraph, list item, table cell,
    heading, accordion button, div), scripts and styles skipped, entities decoded;
  - the newsletter (.pdf): one line of `pdftotext -layout` output, cut where pdftotext leaves a
    gap of three or more spaces (so each column's line is a unit of its own);
  - the Vim notes (.txt): one line of the file.
At least one of each question's section names must occur in its own document's text. Each
document must hold 1,300 to 1,800 words as extracted. The page must keep the parts of a saved
scheme FAQ page (the "saved from url" comment, "Skip to main content", "Screen Reader Access",
font-size buttons, tabs, accordion buttons with aria-expanded and aria-controls pointing at
collapsed panels, the "What's New" marquee, the grievance helpline box, "Last Updated"); the PDF
a three-column newsletter's (two pages, masthead, issue number and date, byline, sidebar, pull
quotes, continued lines, InDesign document info, at least 30 text lines split into three
columns); the notes Vim's (LF line ends and a final newline, fold markers {{{1, {{{2, {{{ and
}}}, headings underlined with = and - to their length, indents of tabs, spaces and both, TODO
and NOTE markers, no line wider than 78 columns, the modeline as the last line). Every make script in
tools/ is run in a scratch copy of the set and must re-make its document byte for byte. There
must be 25 questions per document and 12 out-of-scope ones (key q only).
Run: /usr/bin/python3 tools/check.py        (--dump prints each document's units)
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
    "pmjay-faq-nha": "docs/pmjay-faq-nha.html",
    "health-ledger-issue-58": "docs/health-ledger-issue-58.pdf",
    "gs2-l14-ayushman-bharat": "docs/gs2-l14-ayushman-bharat.txt",
}
MAKERS = {
    "tools/make_html.py": "docs/pmjay-faq-nha.html",
    "tools/make_pdf.py": "docs/health-ledger-issue-58.pdf",
    "tools/make_vim.py": "docs/gs2-l14-ayushman-bharat.txt",
}
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
BLOCK = {"p", "li", "td", "th", "tr", "table", "thead", "tbody", "ul", "ol", "h1", "h2", "h3",
         "h4", "h5", "h6", "title", "div", "hr", "br", "body", "head", "html", "button", "header",
         "footer", "nav", "main", "aside", "article", "section", "marquee"}


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
    if not re.match(r"<!DOCTYPE html>\n<!-- saved from url=\(\d{4}\)https://", text):
        problems.append("html: no doctype and 'saved from url' comment at the top")
    for part in ("Skip to main content", "Screen Reader Access", 'aria-label="Decrease font size"',
                 'aria-label="Increase font size"', 'role="tablist"', 'role="tab"',
                 "What's New", "<marquee", 'class="helpline-box"', "14555", "Last Updated:",
                 'class="accordion-body"', "<table"):
        if part not in text:
            problems.append("html: %r missing" % part)
    buttons = re.findall(r'<button class="accordion-button( collapsed)?" type="button" '
                         r'data-bs-toggle="collapse" data-bs-target="#([\w-]+)" '
                         r'aria-expanded="(true|false)" aria-controls="([\w-]+)">', text)
    if len(buttons) < 25:
        problems.append("html: only %d accordion buttons" % len(buttons))
    for collapsed, target, expanded, controls in buttons:
        if target != controls:
            problems.append("html: button for %s controls %s" % (target, controls))
        m = re.search(r'<div id="%s" class="accordion-collapse collapse( show)?"' % re.escape(controls), text)
        if not m:
            problems.append("html: no panel %s" % controls)
        elif bool(m.group(1)) != (expanded == "true") or bool(collapsed) != (expanded == "false"):
            problems.append("html: panel %s state does not match aria-expanded" % controls)
    if sum(1 for b in buttons if b[2] == "false") < 20:
        problems.append("html: most answers should sit in collapsed panels")
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


def pdf_units(full, problems):
    raw = open(full, "rb").read()
    for part in (b"/Creator (Adobe InDesign", b"/Producer (Adobe PDF Library", b"/Count 2"):
        if part not in raw:
            problems.append("pdf: %r not in the file" % part)
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    for part in ("THE HEALTH LEDGER", "Issue No. 58", "June 2025", "COVER STORY", "By Kavita Raghunathan",
                 "PM-JAY AT A GLANCE", "INSIDE THIS ISSUE", "NEWS IN BRIEF", "Continued on page 2",
                 "Continued from page 1", "\u201cA card in the pocket", "EXAM CORNER", "Page 2"):
        if part not in out:
            problems.append("pdf: %r not in the extracted text" % part)
    units, three = [], 0
    for line in out.split("\n"):
        segs = [ws(s) for s in re.split(r" {3,}", line.strip()) if ws(s)]
        if len(segs) == 3:
            three += 1
        units.extend(segs)
    if three < 30:
        problems.append("pdf: only %d lines set in three columns" % three)
    return units


def width(line):
    col = 0
    for c in line:
        col = (col // 8 + 1) * 8 if c == "\t" else col + 1
    return col


def txt_units(full, problems):
    raw = open(full, "rb").read()
    if b"\r" in raw:
        problems.append("txt: has CR characters (Vim on Unix writes LF)")
    if not raw.endswith(b"\n") or raw.endswith(b"\n\n"):
        problems.append("txt: must end with exactly one newline")
    lines = raw.decode("utf-8").split("\n")[:-1]
    if not re.match(r"^vim: set .*\bfdm=marker\b.*\bnoet\b.*:$", lines[-1]):
        problems.append("txt: the last line is not a modeline")
    if sum(1 for l in lines if l.rstrip().endswith("{{{1")) < 7:
        problems.append("txt: fewer than seven {{{1 fold markers")
    if sum(1 for l in lines if l.rstrip().endswith("{{{2")) < 4:
        problems.append("txt: fewer than four {{{2 fold markers")
    if "{{{" not in lines or "}}}" not in lines:
        problems.append("txt: no explicit {{{ ... }}} block")
    for i, l in enumerate(lines[1:], 1):
        if re.fullmatch(r"=+|-+", l) and len(l) > 3:
            head = re.sub(r"\s*\{\{\{\d?$", "", lines[i - 1])
            if len(head) != len(l):
                problems.append("txt: underline of %r is %d long" % (head, len(l)))
    if sum(1 for l in lines if re.fullmatch(r"=+", l)) < 8 or sum(1 for l in lines if re.fullmatch(r"-+", l)) < 4:
        problems.append("txt: too few = / - underlines")
    if not any(l.startswith("\t") and not l.startswith("\t ") for l in lines):
        problems.append("txt: no tab-indented line")
    if not any(re.match(r"\t+ +\S", l) for l in lines):
        problems.append("txt: no line indented with a tab and spaces")
    if not any(re.match(r" {8,}\S", l) for l in lines):
        problems.append("txt: no line indented with eight or more spaces")
    for tag in ("TODO:", "NOTE:"):
        if not any(l.startswith(tag) for l in lines):
            problems.append("txt: no %s marker" % tag)
    for n, l in enumerate(lines, 1):
        if width(l) > 78:
            problems.append("txt: line %d is %d columns wide" % (n, width(l)))
    return [ws(l) for l in lines if ws(l)]


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full, problems)
    if path.endswith(".pdf"):
        return pdf_units(full, problems)
    return txt_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script, doc in MAKERS.items():
            subprocess.run([PYTHON, os.path.join(tmp, script)], check=True)
            with open(os.path.join(tmp, doc), "rb") as f:
                made = f.read()
            with open(os.path.join(ROOT, doc), "rb") as f:
                kept = f.read()
            if made != kept:
                problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
    if "--dump" in sys.argv:
        for k, u in units.items():
            print("=====", k)
            for x in u:
                print(x)
        return 0
    check_remake(problems)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d words as extracted" % (DOCS[k], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k], n))
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
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
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
