#!/usr/bin/python3
"""Check the heldout122 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one shown unit of its document and occur exactly once across the three documents
(case-insensitive). The shown units are, with the standard library only:
- the e-mail (.eml): each line of the decoded text/plain part (quoted-printable undone), and the
  string must also lie inside one element's visible text in the decoded text/html part;
- the spreadsheet (.csv, Excel "CSV UTF-8"): each non-empty cell as the csv module reads it;
- the Bear note (.md): each source line, with the accept string free of the markup `::`, `*`,
  `==`, `[[`, `]]`, `_` and /italic/ slashes.
The uniqueness count runs over the e-mail's text/plain part, the sheet's cells and the note.
It also checks the shape of the two generated files (one multipart/alternative message with a
quoted-printable UTF-8 text/plain and text/html part; a BOM, CRLF rows padded to one width, a
blank row before the second table) and that tools/make_eml.py and tools/make_csv.py re-make
them byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import csv
import email
import email.policy
import html.parser
import importlib.util
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "poverty-lines": "docs/poverty-lines.eml",
    "mpi-study-sheet": "docs/mpi-study-sheet.csv",
    "consumption-and-inequality": "docs/consumption-and-inequality.md",
}
MAKERS = {"docs/poverty-lines.eml": "tools/make_eml.py", "docs/mpi-study-sheet.csv": "tools/make_csv.py"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside",
         "blockquote"}
MD_MARKUP = r"::|\*|==|\[\[|\]\]|(?<!\w)_|_(?!\w)|(?<![\w/])/(?=\w)|(?<=\w)/(?![\w/])"


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


def read_eml(full, problems):
    with open(full, "rb") as f:
        raw = f.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Date", "Subject", "Message-ID", "In-Reply-To", "References"):
        if not msg[h]:
            problems.append("eml: missing header %s" % h)
    if msg.get_content_type() != "multipart/alternative":
        problems.append("eml: not multipart/alternative")
    plain = html_text = None
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype in ("text/plain", "text/html"):
            if part["Content-Transfer-Encoding"] != "quoted-printable":
                problems.append("eml: %s is not quoted-printable" % ctype)
            if ctype == "text/plain":
                plain = part.get_content().replace("\r\n", "\n")
            else:
                html_text = part.get_content().replace("\r\n", "\n")
    if plain is None or html_text is None:
        problems.append("eml: needs a text/plain and a text/html part")
        return [], [], ""
    if not any(l.startswith(">") for l in plain.split("\n")) or "\n-- \n" not in plain:
        problems.append("eml: text/plain needs a quoted '>' reply and a '-- ' signature")
    lines = [l for l in plain.split("\n") if l.strip()]
    p = Blocks()
    p.feed(html_text)
    p.flush()
    return lines, p.units, plain


def read_csv(full, problems):
    with open(full, "rb") as f:
        raw = f.read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("csv: no UTF-8 byte-order mark")
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("csv: a row does not end in CRLF")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    if len({len(r) for r in rows}) != 1:
        problems.append("csv: rows are not padded to one width")
    if not any(r and not any(c.strip() for c in r) for r in rows):
        problems.append("csv: no blank row before the second table")
    cells = [c.strip() for r in rows for c in r if c.strip()]
    return cells


def main():
    problems = []
    units, joined, html_units = {}, {}, {}
    for k, path in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".eml"):
            lines, html_units[k], plain = read_eml(full, problems)
            units[k] = lines
            joined[k] = ws(plain).lower()
        elif path.endswith(".csv"):
            units[k] = read_csv(full, problems)
            joined[k] = ws(" ".join(units[k])).lower()
        else:
            with open(full, encoding="utf-8") as f:
                units[k] = [l for l in f.read().split("\n") if l.strip()]
            joined[k] = ws(" ".join(units[k])).lower()
    for path, maker in MAKERS.items():
        spec = importlib.util.spec_from_file_location("maker", os.path.join(ROOT, maker))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        with open(os.path.join(ROOT, path), "rb") as f:
            if mod.build() != f.read():
                problems.append("%s: %s does not re-make it byte for byte" % (path, maker))
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
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if DOCS[name].endswith(".md") and re.search(MD_MARKUP, a):
                    problems.append("%s: markup in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/cell of %s: %r" % (where, name, a))
                if name in html_units and not any(ws(a) in u for u in html_units[name]):
                    problems.append("%s: not inside one element of the text/html part: %r"
                                    % (where, a))
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
