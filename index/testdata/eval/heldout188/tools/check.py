#!/usr/bin/python3
"""Check the heldout188 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document as the app shows it (for the Kindle export, one source line; for
the Anki export, one line, list item or table cell of one field's rendered HTML, cloze markers
shown as their answers; for the saved WordPress page, one element's visible text), and occur
exactly once across the three documents (case-insensitive).
Run: /usr/bin/python3 tools/check.py
"""
import csv
import html.parser
import io
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "kindle-my-clippings": "docs/kindle-my-clippings.txt",
    "anki-bhakti-deccan": "docs/anki-bhakti-deccan.txt",
    "bhakti-saints-maharashtra-karnataka": "docs/bhakti-saints-maharashtra-karnataka.html",
}
ANKI = {"anki-bhakti-deccan"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside",
         "figure", "blockquote", "cite", "figcaption", "form", "fieldset", "label", "button",
         "time"}


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


def html_units(text):
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


def anki_rows(text):
    """Rows of an Anki 'Notes in Plain Text' export: '#key:value' header lines, then
    tab-separated records quoted the csv way. Returns (header, rows)."""
    header, body = {}, []
    for line in text.split("\n"):
        m = re.match(r"#([a-z ]+):(.*)$", line)
        if m and not body:
            header[m.group(1)] = m.group(2)
        else:
            body.append(line)
    rows = [r for r in csv.reader(io.StringIO("\n".join(body)), delimiter="\t", quotechar='"') if r]
    return header, rows


def unclozed(s):
    return re.sub(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", r"\1", s)


def units_of(name, path):
    full = os.path.join(ROOT, path)
    text = open(full, encoding="utf-8-sig").read()
    if path.endswith(".html"):
        return html_units(text)
    if name in ANKI:
        header, rows = anki_rows(text)
        first = 1 + max(int(header[k]) for k in ("guid column", "notetype column", "deck column"))
        last = int(header["tags column"]) - 1
        units = []
        for r in rows:
            for f in r[first - 1:last]:
                units.extend(html_units(unclozed(f)))
        return units
    return [ws(l) for l in text.splitlines() if l.strip()]


def structure_problems():
    """Format sanity: the Kindle export's record shape, the Anki export's header and columns."""
    problems = []
    raw = open(os.path.join(ROOT, DOCS["kindle-my-clippings"]), "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("kindle: no UTF-8 BOM at the start")
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("kindle: bare LF line ending")
    recs = raw.decode("utf-8-sig").split("==========\r\n")
    if recs[-1] != "":
        problems.append("kindle: does not end with a separator line")
    for i, rec in enumerate(recs[:-1], 1):
        lines = rec.split("\r\n")
        if len(lines) != 5 or lines[2] != "" or lines[4] != "":
            problems.append("kindle: record %d is not title/meta/blank/text" % i)
            continue
        if not re.match(r"- Your (Highlight|Note|Bookmark) on page \d+ \| Location \d+(-\d+)? \| "
                        r"Added on \w+day, \d{1,2} \w+ \d{4} \d\d:\d\d:\d\d$", lines[1]):
            problems.append("kindle: record %d has a bad meta line: %r" % (i, lines[1]))
    text = open(os.path.join(ROOT, DOCS["anki-bhakti-deccan"]), encoding="utf-8").read()
    header, rows = anki_rows(text)
    want = {"separator": "tab", "html": "true", "guid column": "1", "notetype column": "2",
            "deck column": "3", "tags column": "6"}
    if header != want:
        problems.append("anki: header is %r" % header)
    for i, r in enumerate(rows, 1):
        if len(r) != 6:
            problems.append("anki: row %d has %d columns" % (i, len(r)))
    return problems


def main():
    problems = structure_problems()
    units = {k: units_of(k, v) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
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
            if not isinstance(obj.get("q"), str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(a in u for u in units[name]):
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
