#!/usr/bin/python3
"""Check the heldout281 evaluation set.

It extracts the three documents' text as a reader sees it:
  - Quizlet export (.txt): the term and the definition of each card (one CRLF-ended row,
    split at its one tab);
  - Moodle quiz review saved from Chrome (.html): the visible text of the page, one unit per
    block element (paragraph, div, list item, table cell, heading, legend...), with the
    head, scripts and styles left out, and so are elements that Moodle hides from sighted
    readers (class accesshide, sr-only or d-none, the hidden attribute, closed dropdown-menu
    lists), and so are the options of a select that are not selected (a select shows only
    its chosen option); the value of a text input is shown as its own unit (the student's
    short answer);
  - Word document (.docx): each paragraph (w:p) of word/header1.xml, word/document.xml (body,
    table cells and content controls, so the citations' and the bibliography's field results
    are included, field codes are not), word/endnotes.xml and word/footer1.xml, cut where an
    endnote reference stands, since Word prints its number there.
Then it checks:
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines hold exactly q, accept and
    section, out-of-scope lines only q; 25 questions per document and 12 out-of-scope ones;
    the first 22 questions of each file have at least five words and the last three (the
    keyword queries) two to four;
  - each accept list holds one or two strings, each ASCII, 5 to 12 words, lying inside one
    unit of its own document (whitespace collapsed) and occurring exactly once (ignoring case,
    whitespace collapsed) in the three documents' text joined together;
  - section is a non-empty list of strings, and some name in it other than the generic
    "Introduction", "Definition", "What is" and "Overview" occurs in its document's text;
  - each document holds 1,300 to 1,800 words as extracted;
  - the formats: the Quizlet rows end in CRLF with exactly one tab and no line break after the
    last; the page starts with Chrome's DOCTYPE and "saved from url=(NNNN)" comment (NNNN the
    address's length), is Moodle's review page with its summary table, section headings,
    description items and the question types used; the .docx holds Word's parts in Word's
    order dated 1980-01-01, every part parses as XML, endnotes with their separators, CITATION
    fields, a Bibliography content control with its BIBLIOGRAPHY field and the sources in
    customXml;
  - tools/make_quizlet.py, tools/make_moodle.py and tools/make_docx.py re-make the three
    documents byte for byte (each run into a temporary file).
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
    "quizlet-dpdp-act-rules": ("docs/quizlet-dpdp-act-rules.txt", "make_quizlet.py"),
    "moodle-quiz-puttaswamy-review": ("docs/moodle-quiz-puttaswamy-review.html", "make_moodle.py"),
    "surveillance-privacy-term-paper": ("docs/surveillance-privacy-term-paper.docx", "make_docx.py"),
}
GENERIC = {"introduction", "definition", "what is", "overview"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ Quizlet export
def quizlet_units(full, problems):
    with open(full, "rb") as f:
        raw = f.read()
    data = raw.decode("utf-8")
    if data.endswith("\n") or data.endswith("\r"):
        problems.append("quizlet: Quizlet writes no line break after the last row")
    if re.search(r"(?<!\r)\n", data) or re.search(r"\r(?!\n)", data):
        problems.append("quizlet: rows must end in CRLF (saved from Windows Notepad)")
    units = []
    for i, line in enumerate(data.split("\r\n"), 1):
        if line.count("\t") != 1:
            problems.append("quizlet: row %d does not hold exactly one tab" % i)
            continue
        term, definition = line.split("\t")
        if not term.strip():
            problems.append("quizlet: row %d has an empty term" % i)
        units += [ws(x) for x in (term, definition) if ws(x)]
    return units


# ------------------------------------------------------------------ Moodle page
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "thead", "h1", "h2", "h3", "h4",
         "h5", "h6", "section", "aside", "nav", "header", "footer", "form", "fieldset", "legend", "body",
         "html", "dd", "dt", "dl", "br", "button", "main", "article"}
HIDE_CLASS = {"accesshide", "sr-only", "visually-hidden", "d-none", "dropdown-menu"}


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack, self.hidden = [], [], [], 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        classes = set((d.get("class") or "").split())
        hide = (tag in ("script", "style", "head", "title", "template", "noscript")
                or bool(HIDE_CLASS & classes) or "hidden" in d
                or (tag == "option" and "selected" not in d))
        if tag in BLOCK:
            self.flush()
        if tag == "input" and d.get("type") == "text" and not self.hidden:
            self.flush()
            self.units.append(ws(d.get("value") or ""))
        if tag in VOID:
            return
        self.stack.append((tag, hide))
        if hide:
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if any(t == tag for t, _ in self.stack):
            while self.stack:
                t, h = self.stack.pop()
                if h:
                    self.hidden -= 1
                if t == tag:
                    break
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.hidden:
            self.buf.append(data)


def moodle_units(full, problems):
    with open(full, encoding="utf-8", newline="") as f:
        data = f.read()
    m = re.match(r"<!DOCTYPE html>\n<!-- saved from url=\((\d{4})\)(\S+) -->\n<html ", data)
    if not m or int(m.group(1)) != len(m.group(2)):
        problems.append("moodle: no Chrome DOCTYPE and saved-from-url comment with the right length")
    for needle, what in ((' id="page-mod-quiz-review"', "the review page's body id"),
                         ("quizreviewsummary", "the attempt summary table"),
                         ('class="mod_quiz-section-heading"', "quiz section headings"),
                         ("que description informationitem", "a description item"),
                         ("que multichoice", "multichoice questions"), ("que truefalse", "true/false"),
                         ("que match", "a matching question"), ("que gapselect", "a select-missing-words question"),
                         ("que shortanswer", "a short-answer question"), ("que essay", "an essay question"),
                         ('class="rightanswer"', "right-answer lines"), ("mod_quiz_navblock", "the quiz navigation"),
                         ("yui3-css-stamp", "YUI's css stamp in the head"), ("_files/", "the saved-files folder")):
        if needle not in data:
            problems.append("moodle: missing %s" % what)
    p = Visible()
    p.feed(data)
    p.flush()
    return [u for u in p.units if u]


# ------------------------------------------------------------------ Word document
DOCX_ORDER = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
              "word/footnotes.xml", "word/endnotes.xml", "word/header1.xml", "word/footer1.xml",
              "word/theme/theme1.xml", "word/settings.xml", "customXml/item1.xml", "customXml/itemProps1.xml",
              "word/numbering.xml", "word/styles.xml", "word/webSettings.xml", "word/fontTable.xml",
              "docProps/core.xml", "customXml/_rels/item1.xml.rels", "docProps/app.xml"]


def docx_paras(data):
    out = []
    for p in ET.fromstring(data).iter(W + "p"):
        parts = [[]]
        for el in p.iter():
            if el.tag == W + "t":
                parts[-1].append(el.text or "")
            elif el.tag == W + "tab":
                parts[-1].append("\t")
            elif el.tag in (W + "br", W + "cr"):
                parts[-1].append("\n")
            elif el.tag == W + "endnoteReference":
                parts.append([])
        out += [ws("".join(x)) for x in parts if ws("".join(x))]
    return out


def docx_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        if names != DOCX_ORDER:
            problems.append("docx: parts are not Word's parts in Word's order: %r" % names)
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not dated 1980-01-01" % info.filename)
            raw = z.read(info.filename)
            if not raw.startswith(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'):
                problems.append("docx: %s lacks Word's XML declaration and CRLF" % info.filename)
            try:
                ET.fromstring(raw)
            except ET.ParseError as e:
                problems.append("docx: %s does not parse (%s)" % (info.filename, e))
        doc = z.read("word/document.xml").decode("utf-8")
        notes = z.read("word/endnotes.xml").decode("utf-8")
        sources = z.read("customXml/item1.xml").decode("utf-8")
        n_refs = len(re.findall(r"<w:endnoteReference ", doc))
        n_notes = len(re.findall(r'<w:endnote w:id="[1-9]\d*">', notes))
        if not n_refs or n_refs != n_notes or 'w:type="separator"' not in notes \
                or 'w:type="continuationSeparator"' not in notes:
            problems.append("docx: endnote references (%d) and endnotes (%d) with separators" % (n_refs, n_notes))
        cites = set(re.findall(r" CITATION (\w+) \\l 16393 ", doc))
        tags = set(re.findall(r"<b:Tag>(\w+)</b:Tag>", sources))
        if not cites or cites != tags:
            problems.append("docx: CITATION fields %r do not match the customXml sources %r" % (cites, tags))
        if '<w:docPartGallery w:val="Bibliographies"/>' not in doc or " BIBLIOGRAPHY " not in doc \
                or "<w:bibliography/>" not in doc:
            problems.append("docx: no Bibliography content control with a BIBLIOGRAPHY field")
        if 'w:pStyle w:val="Heading1"' not in doc or "<w:tbl>" not in doc or " SEQ Table " not in doc:
            problems.append("docx: needs Heading 1 paragraphs and a captioned table")
        for part in ("word/header1.xml", "word/document.xml", "word/endnotes.xml", "word/footer1.xml"):
            units += docx_paras(z.read(part))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".txt"):
        return quizlet_units(full, problems)
    if path.endswith(".html"):
        return moodle_units(full, problems)
    return docx_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as f1, open(os.path.join(ROOT, path), "rb") as f2:
                if f1.read() != f2.read():
                    problems.append("tools/%s does not re-make %s byte for byte" % (script, path))


def read_lines(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    objs = []
    for i, line in enumerate(lines, 1):
        try:
            objs.append(("%s:%d" % (fn, i), json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return lines, objs


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (k, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines, objs = read_lines(fn, problems)
        for idx, (where, obj) in enumerate(objs):
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            q = obj["q"]
            if not isinstance(q, str) or not q.strip():
                problems.append("%s: missing q" % where)
                continue
            nw = len(q.split())
            if idx < 22 and nw < 5:
                problems.append("%s: questions 1-22 need five words or more: %r" % (where, q))
            if idx >= 22 and not 2 <= nw <= 4:
                problems.append("%s: keyword queries (the last three) need 2-4 words: %r" % (where, q))
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                if not 5 <= len(a.split()) <= 12:
                    problems.append("%s: %d words: %r" % (where, len(a.split()), a))
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r" % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec if s.lower() not in GENERIC):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
        if len(objs) != 25 or len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    lines, objs = read_lines("oos.jsonl", problems)
    for where, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
            problems.append("%s: must hold only q" % where)
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
