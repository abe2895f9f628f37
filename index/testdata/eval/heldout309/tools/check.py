#!/usr/bin/python3
"""Check the heldout309 evaluation set.

Extracts the three documents' text as a reader sees it, with the standard library only:
  - Word .docx (python-docx): every w:p of word/document.xml (body paragraphs, list items, the
    shaded box, table cells, the Notes) read with zipfile and ElementTree; the page header and
    footer parts are extracted too and count for uniqueness, but an answer may not lie there;
  - PIB .html: the visible text of each element (html.parser; script, style and the select
    pickers' option lists skipped), cut at block tags; the release text is the run of elements
    from the ministry name to the "(Release ID" line;
  - forwarded e-mail .txt: its lines (CRLF), stripped.
Then it checks: every line of q-*.jsonl and oos.jsonl parses; in-scope lines hold exactly q,
accept (one or two strings) and section (a non-empty list of strings); 25 questions per
document and 12 out-of-scope ones (q only); every accept string is ASCII, 5 to 12 words long,
lies inside one unit (paragraph / cell, element, line) of its own document, and occurs exactly
once across the three documents' extracted text (case-insensitive, whitespace collapsed); at
least one section name of every question is present in its document; each document holds
1,300 to 1,800 words of text (the .docx body, the release text of the page, the whole e-mail);
the documents have the parts of their format; and tools/make_docx.py, tools/make_pib.py and
tools/make_email.py re-make the documents byte for byte.
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DOCS = {
    "telecom-act-2023-lecture-handout": ("docs/telecom-act-2023-lecture-handout.docx", "make_docx.py"),
    "pib-spectrum-allocation-backgrounder": ("docs/pib-spectrum-allocation-backgrounder.html",
                                             "make_pib.py"),
    "fwd-5g-rollout-digest": ("docs/fwd-5g-rollout-digest.txt", "make_email.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "tbody", "thead", "header", "footer", "nav", "section", "body", "html",
         "head", "br", "form", "select"}
SKIP = {"script", "style", "select"}


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
        if tag in BLOCK:
            self.flush()
        if tag in SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def docx_paragraphs(data):
    out = []
    for p in ET.fromstring(data).iter(W + "p"):
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
            out.append(t)
    return out


def extract(name):
    """(units an answer may lie in, extra text for uniqueness, words counted for the length)."""
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            body = docx_paragraphs(z.read("word/document.xml"))
            extra = []
            for part in z.namelist():
                if re.match(r"word/(header|footer)\d+\.xml$", part):
                    extra += docx_paragraphs(z.read(part))
        return body, extra, len(" ".join(body).split())
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(path, encoding="utf-8").read())
        p.flush()
        start = p.units.index("Ministry of Communications")
        end = next(i for i, u in enumerate(p.units) if u.startswith("(Release ID"))
        release = p.units[start:end + 1]
        return p.units, [], len(" ".join(release).split())
    lines = [ws(l) for l in open(path, encoding="utf-8", newline="").read().split("\r\n")]
    lines = [l for l in lines if l]
    return lines, [], len(" ".join(lines).split())


def check_formats(problems):
    docx = os.path.join(ROOT, DOCS["telecom-act-2023-lecture-handout"][0])
    with zipfile.ZipFile(docx) as z:
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s is not dated 1980-01-01" % info.filename)
            if info.filename.endswith(".xml") or info.filename.endswith(".rels"):
                ET.fromstring(z.read(info.filename))
        doc = z.read("word/document.xml").decode("utf-8")
        styles = z.read("word/styles.xml").decode("utf-8")
        numbering = z.read("word/numbering.xml").decode("utf-8")
        header = " ".join(docx_paragraphs(z.read("word/header1.xml")))
    for style in ("Heading1", "Heading2"):
        m = re.search(r'<w:style [^>]*w:styleId="%s">.*?</w:style>' % style, styles, re.S)
        if not m or '<w:numId w:val="10"/>' not in m.group(0):
            problems.append("docx: %s is not linked to the multilevel heading list" % style)
    if 'w:multiLevelType w:val="multilevel"' not in numbering:
        problems.append("docx: no multilevel list in numbering.xml")
    if '<w:tblStyle w:val="MediumShading1-Accent1"/>' not in doc:
        problems.append("docx: no styled table")
    if "<w:shd " not in doc or "<w:pBdr>" not in doc:
        problems.append("docx: no shaded, bordered box paragraph")
    if "<w:vertAlign w:val=\"superscript\"/>" not in doc or ">Notes<" not in doc:
        problems.append("docx: no superscript note calls or Notes section")
    if "Handout 14" not in header:
        problems.append("docx: no page header text")
    page = open(os.path.join(ROOT, DOCS["pib-spectrum-allocation-backgrounder"][0]),
                encoding="utf-8", newline="").read()
    for needle in ('class="MinistryNameSubhead', "Posted On:", '<h2 style="text-align:center">',
                   "(Release ID:", "<strong>***</strong>", 'class="MsoTableGrid"', "listRelease",
                   "__VIEWSTATE", "saved from url="):
        if needle not in page:
            problems.append("html: missing %r" % needle)
    if page.count('PressReleasePage.aspx?PRID=21') < 8:
        problems.append("html: too few sidebar release links")
    mail = open(os.path.join(ROOT, DOCS["fwd-5g-rollout-digest"][0]), encoding="utf-8",
                newline="").read()
    if "\r\n" not in mail or re.search(r"(?<!\r)\n", mail):
        problems.append("email: lines must end in CRLF")
    if mail.count("---------- Forwarded message ---------\r\n") != 2:
        problems.append("email: expected two Gmail forwarded-message parts")
    if not re.search(r"^> ", mail, re.M) or not re.search(r"^>> ", mail, re.M):
        problems.append("email: expected quoted '>' and '>>' lines")
    if mail.count("\r\n-- \r\n") != 2 or not mail.startswith("Subject: \t"):
        problems.append("email: expected two signatures and the saved-file header block")
    if not re.search(r"^[1-6]\. [A-Z0-9' :]+\r$", mail, re.M):
        problems.append("email: expected numbered newsletter items")


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(HERE, script), out], check=True)
            with open(out, "rb") as f1, open(os.path.join(ROOT, path), "rb") as f2:
                if f1.read() != f2.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    check_formats(problems)
    check_remake(problems)
    units, joined = {}, {}
    for name in DOCS:
        shown, extra, words = extract(name)
        units[name] = shown
        joined[name] = ws(" ".join(shown + extra)).lower()
        print("%s: %d words" % (DOCS[name][0], words))
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[name][0], words))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        lowered = [u.lower() for u in units[name]]
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
                sec = []
            elif not any(ws(s).lower() in u for s in sec for u in lowered):
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
                if not any(ws(a).lower() in u for u in lowered):
                    problems.append("%s: not inside one paragraph/element/line of %s: %r"
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
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
