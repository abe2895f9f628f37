#!/usr/bin/python3
"""Check the heldout237 evaluation set.

The documents' text is extracted as a reader sees it:
  - the SingleFile-saved Substack page (.html): each element's visible text (html.parser; text in
    style, script and svg skipped; a unit ends at every block element, so inline a, strong, em
    and span stay inside their paragraph);
  - the Airtable CSV (.csv): each line of each cell as the csv module reads the file;
  - the WhatsApp export (.txt): each line of the file.
Every line of q-*.jsonl and oos.jsonl must parse. In-scope lines hold exactly q, accept (one or
two strings) and section (a non-empty list of strings); each q-*.jsonl holds 25 of them and
oos.jsonl holds 12 lines with only q. Every accept string must be ASCII, 5 to 12 words long, lie
verbatim inside one unit of its own document (whitespace collapsed) and occur exactly once
(ignoring case, whitespace collapsed) across the three documents' extracted text; at least one
section name of each question must occur in its document's text. Each document must hold
1,300 to 1,800 words of extracted text, keep the marks of the real format (SingleFile comment
and no scripts; Airtable's BOM, CRLF and 17 fields a record; Android's stamps with U+202F), and
be re-made byte for byte by its tools/make_*.py script.
Run: /usr/bin/python3 tools/check.py
"""
import csv
import html.parser
import io
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "target-6-invasive-species-substack": ("docs/target-6-invasive-species-substack.html",
                                           "tools/make_substack.py"),
    "IAS India tracker-Grid view": ("docs/IAS India tracker-Grid view.csv", "tools/make_csv.py"),
    "WhatsApp Chat with Env Sprint UPSC 2026": ("docs/WhatsApp Chat with Env Sprint UPSC 2026.txt",
                                                "tools/make_whatsapp.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "blockquote", "figure", "figcaption",
         "form", "button", "label", "textarea", "aside", "summary", "details"}
SKIP = {"style", "script", "svg"}
STAMP = re.compile(r"^\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}\u202f[AP]M - ")


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
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(raw, problems):
    text = raw.decode("utf-8")
    if not text.startswith("<!DOCTYPE html> <html lang=en><!--\n Page saved with SingleFile"):
        problems.append("html: does not open with the doctype and SingleFile's comment")
    if re.search(r"<script\b", text):
        problems.append("html: SingleFile removes scripts, but one is left")
    for mark in ("post-title", "available-content", "FootnoteToDOM", "footnote-anchor",
                 "Discussion about this post", "header-anchor-post", "data:image/png;base64,"):
        if mark not in text:
            problems.append("html: Substack/SingleFile mark %r missing" % mark)
    p = Blocks()
    p.feed(text)
    p.close()
    p.flush()
    return p.units


def csv_units(raw, problems):
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("csv: no UTF-8 byte-order mark")
    if not raw.endswith(b"\r\n") or b"\n" not in raw.replace(b"\r\n", b""):
        problems.append("csv: expected CRLF record ends and bare LFs inside multi-line cells")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    if any(len(r) != 17 for r in rows):
        problems.append("csv: every record must have 17 fields")
    if rows and rows[0][0] != "Species":
        problems.append("csv: header row must start with the primary field Species")
    units = []
    for r in rows:
        for cell in r:
            for line in cell.split("\n"):
                if ws(line):
                    units.append(ws(line))
    return units


def whatsapp_units(raw, problems):
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if text.startswith("\ufeff") or "\r" in text or not text.endswith("\n"):
        problems.append("whatsapp: expected UTF-8 without BOM, LF line ends, a final LF")
    if not STAMP.match(lines[0]) or "end-to-end encrypted" not in lines[0]:
        problems.append("whatsapp: first line must be the stamped end-to-end encryption notice")
    stamped = [l for l in lines if STAMP.match(l)]
    if len(stamped) < 60:
        problems.append("whatsapp: too few stamped message lines (%d)" % len(stamped))
    return [ws(l) for l in lines if ws(l)]


def remade(script, expected, problems):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out")
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out], check=True,
                       stdout=subprocess.DEVNULL)
        with open(out, "rb") as f:
            if f.read() != expected:
                problems.append("%s does not re-make its document byte for byte" % script)


def main():
    problems = []
    units, joined = {}, {}
    for name, (path, script) in DOCS.items():
        with open(os.path.join(ROOT, path), "rb") as f:
            raw = f.read()
        if path.endswith(".html"):
            u = html_units(raw, problems)
        elif path.endswith(".csv"):
            u = csv_units(raw, problems)
        else:
            u = whatsapp_units(raw, problems)
        units[name] = u
        joined[name] = ws(" ".join(u)).lower()
        words = sum(len(x.split()) for x in u)
        print("%s: %d units, %d words" % (path, len(u), words))
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, words))
        remade(script, raw, problems)
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
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
