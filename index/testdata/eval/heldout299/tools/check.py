#!/usr/bin/python3
"""Check the heldout299 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings). Every accept string must be
ASCII, 5-12 words long, lie inside one unit of its own document as a reader sees it, and occur
exactly once across the three documents' text (case-insensitive, whitespace collapsed):
  - Zoom chat (meeting_saved_chat.txt): one line of the file, its leading tab dropped;
  - Zotero RIS export (.ris): one tag's value (title, abstract, publisher ...) or, inside an N1
    note, one HTML block (heading, paragraph, list item or table cell) with tags stripped and
    entities decoded;
  - Notion PDF: one line of `pdftotext -layout` output, cut where pdftotext leaves a gap of
    three or more spaces (so a database cell or a callout's text after its emoji is a unit).
At least one of each question's section names must occur in its document's text. Each document
must hold 1,300 to 1,800 words as extracted; the Zoom file must keep Zoom's line shapes, the RIS
file Zotero's (CRLF, TY first, ER closing each record), the PDF must have Notion's parts. Every
make script in tools/ is run in a scratch copy of the set and must re-make its document byte for
byte. There must be 25 questions per document and 12 out-of-scope ones (key q only).
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
PDF_NAME = "ISM Units Tracker 25c1e0b4a7d280f3a9c6e1d2b4f7a8c3"
DOCS = {
    "meeting_saved_chat": "docs/meeting_saved_chat.txt",
    "Exported Items": "docs/Exported Items.ris",
    PDF_NAME: "docs/%s.pdf" % PDF_NAME,
}
MAKERS = {
    "tools/make_zoom.py": "docs/meeting_saved_chat.txt",
    "tools/make_ris.py": "docs/Exported Items.ris",
    "tools/make_notion_pdf.py": "docs/%s.pdf" % PDF_NAME,
}
BLOCK = {"div", "p", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "thead", "br",
         "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
ZOOM_HEAD = re.compile(r"^\d\d:\d\d:\d\d From  .+?  to  (Everyone|.+\(Direct Message\)):$")
RIS_TAG = re.compile(r"^([A-Z][A-Z0-9])  - (.*)$")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf = [], []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        self.buf.append(data)


def zoom_units(full, problems):
    text = open(full, encoding="utf-8", newline="").read()
    lines = text.split("\n")
    if lines[-1] != "":
        problems.append("zoom: file must end with a newline")
    for n, line in enumerate(lines[:-1], 1):
        if not (ZOOM_HEAD.match(line) or line.startswith("\t")):
            problems.append("zoom: line %d is neither a message header nor a tabbed line" % n)
    if not ZOOM_HEAD.match(lines[0]):
        problems.append("zoom: first line is not a message header")
    for kind in ("\tReplying to \"", "\tReacted to \"", "(Direct Message):"):
        if kind not in text:
            problems.append("zoom: no %r anywhere" % kind.strip())
    return [ws(l) for l in lines if ws(l)]


def ris_units(full, problems):
    raw = open(full, "rb").read().decode("utf-8")
    if "\n" in raw.replace("\r\n", ""):
        problems.append("ris: every line must end in CRLF")
    records = [r for r in raw.split("ER  - \r\n\r\n") if r.strip()]
    if not raw.endswith("ER  - \r\n\r\n"):
        problems.append("ris: file must end with 'ER  - ' and an empty line")
    units, types = [], set()
    for rec in records:
        lines = rec.split("\r\n")
        if not lines[0].startswith("TY  - "):
            problems.append("ris: a record does not start with TY")
        fields, cur = [], None
        for line in lines:
            m = RIS_TAG.match(line)
            if m:
                cur = [m.group(1), m.group(2)]
                fields.append(cur)
            elif cur is not None and line:
                cur[1] += "\n" + line
        for tag, value in fields:
            if tag == "TY":
                types.add(value)
                continue
            if tag == "N1":
                p = Blocks()
                p.feed(value)
                p.flush()
                units.extend(p.units)
            elif ws(value):
                units.append(ws(value))
    for t in ("JOUR", "RPRT", "ELEC", "NEWS", "BOOK"):
        if t not in types:
            problems.append("ris: no %s item" % t)
    return units


def pdf_text(full):
    return subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_units(full, problems):
    out = pdf_text(full)
    for part in ("Subject", "Last edited", "COUNT 10", "SUM 159,723", "\U0001F4A1",
                 "\u26A0", "\U0001F4CC"):
        if part not in out:
            problems.append("pdf: %r not in the extracted text" % part)
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
    if path.endswith(".ris"):
        return ris_units(full, problems)
    return zoom_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script, doc in MAKERS.items():
            subprocess.run([sys.executable, os.path.join(tmp, script)], check=True)
            with open(os.path.join(tmp, doc), "rb") as f:
                made = f.read()
            with open(os.path.join(ROOT, doc), "rb") as f:
                kept = f.read()
            if made != kept:
                problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    check_remake(problems)
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
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
