#!/usr/bin/python3
"""Check the heldout297 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly q, accept (one or
two strings) and section (a non-empty list of strings). Every accept string must be ASCII, 5-12
words long, lie inside one unit of its own document as a reader sees it, and occur exactly once
(case-insensitive, whitespace collapsed) across the three documents' text:
  - the saved Indian Express page (.html): one element's visible text (paragraph, list item,
    heading, ...), scripts and styles skipped, entities decoded;
  - the Gmail Takeout mailbox (.mbox): the From, Date and Subject a client shows over each
    message, and one line of a message's text/plain part, decoded from
    quoted-printable or base64, with the quoted earlier mail a mail client folds away left out
    (the "On ... wrote:" line, "> " lines, and everything under Outlook's row of underscores);
    and one line of the attached PDF as `pdftotext -layout` prints it;
  - the handout (.pdf): one line of `pdftotext -layout`, cut where the two columns (or any other
    gap of three or more spaces) separate, whitespace collapsed.
At least one name in each question's section list must occur in its document's text (quotes
and dashes compared in ASCII). There must be 25 questions per document and 12 out-of-scope
questions. It also checks the shape of each file (the mbox: From_ lines, 6-8 messages, each
multipart/alternative with text/plain and text/html, quoted-printable and base64 parts, quoted
replies, a PDF attachment; the page: the article body, h2 subheads, "Beyond the news" and "Post
Read Questions"; the PDF: more than one page, the "Prelims pointers" panel, "Page n of N"),
and that tools/make_html.py, tools/make_mbox.py and tools/make_pdf.py re-make the documents
byte for byte (each is run on a copy writing into a temporary directory).
Run: /usr/bin/python3 tools/check.py         (add --dump to print every unit)
"""
import email
import email.policy
import hashlib
import html.parser
import json
import mailbox
import os
import re
import subprocess
import sys
import tempfile

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
DOCS = {
    "upsc-key-quit-india-august-resolution": "docs/upsc-key-quit-india-august-resolution.html",
    "qim-underground-study-group": "docs/qim-underground-study-group.mbox",
    "qim-parallel-governments-handout": "docs/qim-parallel-governments-handout.pdf",
}
MAKERS = {
    "upsc-key-quit-india-august-resolution": "make_html.py",
    "qim-underground-study-group": "make_mbox.py",
    "qim-parallel-governments-handout": "make_pdf.py",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "audio", "time", "blockquote"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def asciify(s):
    s = (s.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"')
         .replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
         .replace("\u00b7", "-").replace("\u2026", "..."))
    return ws(s).lower()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.tags = [], [], 0, []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
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


def layout_units(pdf_bytes):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf_bytes)
        f.flush()
        out = subprocess.run(["pdftotext", "-layout", f.name, "-"], capture_output=True,
                             text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, out


def html_units(path, problems):
    raw = open(path, encoding="utf-8").read()
    p = Blocks()
    p.feed(raw)
    p.flush()
    if not raw.startswith("<!DOCTYPE html>\n<!-- saved from url=("):
        problems.append("html: not a Chrome 'Webpage, Complete' save")
    for need in ('id="pcl-full-content"', "<h1", "<h2", "Beyond the news", "Post Read Questions",
                 "Also Read", "ADVERTISEMENT", "Comments (", "First uploaded on"):
        if need not in raw:
            problems.append("html: missing %r" % need)
    return p.units


def visible_plain(text):
    """A message's text/plain as a mail client shows it with the quoted part folded."""
    out = []
    for line in text.split("\n"):
        if line.startswith("________________________________"):
            break
        if line.startswith(">") or re.match(r"On .* wrote:$", line):
            continue
        out.append(line)
    return out


def mbox_units(path, problems):
    raw = open(path, encoding="utf-8").read()
    box = mailbox.mbox(path, create=False)
    keys = list(box.keys())
    if not 6 <= len(keys) <= 8:
        problems.append("mbox: %d messages, expected 6 to 8" % len(keys))
    if len(re.findall(r"(?m)^From \d+@xxx ", raw)) != len(keys):
        problems.append("mbox: From_ lines do not match the messages")
    units, encodings, n_pdf, n_quoted = [], set(), 0, 0
    for k in keys:
        msg = email.message_from_bytes(box.get_bytes(k), policy=email.policy.default)
        for need in ("From", "To", "Date", "Subject", "Message-ID", "X-GM-THRID", "X-Gmail-Labels"):
            if need not in msg:
                problems.append("mbox: message %s lacks %s" % (k, need))
        # the header lines a mail client shows above each message
        for shown in ("From", "Date", "Subject"):
            if msg.get(shown):
                units.append(ws(str(msg[shown])))
        types = [p.get_content_type() for p in msg.walk()]
        if "multipart/alternative" not in types or "text/plain" not in types or "text/html" not in types:
            problems.append("mbox: message %s is not multipart/alternative with plain and html" % k)
        for part in msg.walk():
            ct = part.get_content_type()
            if part.get("Content-Transfer-Encoding"):
                encodings.add(part["Content-Transfer-Encoding"].lower())
            if ct == "text/plain":
                text = part.get_content()
                if re.search(r"(?m)^> ", text):
                    n_quoted += 1
                for line in visible_plain(text):
                    if ws(line):
                        units.append(ws(line))
            elif ct == "application/pdf":
                n_pdf += 1
                units.extend(layout_units(part.get_content())[0])
    if not {"quoted-printable", "base64"} <= encodings:
        problems.append("mbox: needs quoted-printable and base64 parts")
    if n_pdf != 1:
        problems.append("mbox: expected one PDF attachment, found %d" % n_pdf)
    if n_quoted < 2:
        problems.append("mbox: expected quoted replies with '>' lines")
    return units


def pdf_units(path, problems):
    units, out = layout_units(open(path, "rb").read())
    pages = out.count("\f")
    if pages < 2:
        problems.append("pdf: only %d page(s)" % pages)
    if "Prelims pointers" not in out or not re.search(r"Page 1 of \d", out):
        problems.append("pdf: missing the Prelims pointers panel or the page footer")
    return units


def units_of(name, problems):
    path = os.path.join(ROOT, DOCS[name])
    if path.endswith(".html"):
        return html_units(path, problems)
    if path.endswith(".mbox"):
        return mbox_units(path, problems)
    return pdf_units(path, problems)


def check_remake(name, problems):
    doc = os.path.join(ROOT, DOCS[name])
    before = hashlib.sha256(open(doc, "rb").read()).hexdigest()
    script = os.path.join(TOOLS, MAKERS[name])
    code = open(script, encoding="utf-8").read()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(doc))
        new, n1 = re.subn(r'(?m)^HERE = .*$', "HERE = %r" % TOOLS, code, count=1)
        new, n2 = re.subn(r'(?m)^OUT = .*$', "OUT = %r" % out, new, count=1)
        if n1 != 1 or n2 != 1:
            problems.append("%s: cannot redirect HERE/OUT" % MAKERS[name])
            return
        copy = os.path.join(tmp, MAKERS[name])
        open(copy, "w", encoding="utf-8").write(new)
        subprocess.run(["/usr/bin/python3", copy], check=True, cwd=tmp)
        after = hashlib.sha256(open(out, "rb").read()).hexdigest()
    if before != after:
        problems.append("%s does not re-make %s byte for byte" % (MAKERS[name], DOCS[name]))


def main():
    problems = []
    units = {k: units_of(k, problems) for k in DOCS}
    if "--dump" in sys.argv:
        for k, us in units.items():
            print("=====", k, len(" ".join(us).split()), "words")
            for u in us:
                print("  |", u)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    ascii_joined = {k: asciify(" ".join(u)) for k, u in units.items()}
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
                sec = []
            elif not any(asciify(s) in ascii_joined[name] for s in sec):
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
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
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
    for name in DOCS:
        check_remake(name, problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
