#!/usr/bin/python3
"""Check the heldout326 evaluation set.

The three documents' text is extracted as a reader sees it:
  - dashboard .html: the visible text of each element (html.parser; script, style, noscript,
    head and title skipped; a new unit at every block element: div, p, li, td, th, h1-h6,
    option, caption, label, button and the like), entities decoded;
  - Keynote .pdf: the lines `pdftotext -layout` prints, cut where it leaves a gap of three or
    more spaces (so a table cell, a timeline node or a two-column slide's column is a unit of
    its own), whitespace collapsed;
  - WhatsApp .txt: each line as WhatsApp shows it, i.e. with the *bold*, _italic_ and ~strike~
    markers dropped (CRLF endings read as line ends).
Then it checks:
  - each document has 1,300 to 1,800 words of text (tokens holding a letter or digit) as
    extracted, and the PDF is 16:9 with Keynote's Creator;
  - every q-*.jsonl line parses and has exactly the keys q, accept, section; 25 lines a file
    (10 plain, 5 typo/Hinglish, 4 structural, 3 acronym/synonym, 3 keyword: not machine
    checked beyond the count and the 2-4 words of the last three lines);
  - every accept string is ASCII, 5 to 12 words long, inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three
    documents' extracted text;
  - some section name of every question occurs in its document's text;
  - oos.jsonl holds 12 lines with only the key q;
  - tools/make_html.py, tools/make_pdf.py and tools/make_whatsapp.py re-make the documents
    byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "smart-cities-mission-dashboard": ("docs/smart-cities-mission-dashboard.html", "make_html.py"),
    "lec11-spv-iccc-keynote": ("docs/lec11-spv-iccc-keynote.pdf", "make_pdf.py"),
    "amrut-notes-whatsapp-forward": ("docs/amrut-notes-whatsapp-forward.txt", "make_whatsapp.py"),
}
BLOCK = {"html", "body", "header", "footer", "nav", "main", "section", "article", "aside",
         "div", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "td", "th", "caption",
         "h1", "h2", "h3", "h4", "h5", "h6", "form", "label", "select", "option", "button",
         "marquee", "br", "canvas", "img"}
SKIP = {"script", "style", "noscript", "head", "title"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(html.parser.HTMLParser):
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
        elif tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full):
    p = Visible()
    p.feed(open(full, encoding="utf-8").read())
    p.close()
    p.flush()
    return p.units


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def wa_shown(line):
    line = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", line)
    line = re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"\1", line)
    line = re.sub(r"(?<![\w~])~([^~\n]+)~(?![\w~])", r"\1", line)
    return line


def txt_units(full):
    raw = open(full, encoding="utf-8", newline="").read()
    return [ws(wa_shown(l)) for l in raw.split("\r\n") if ws(l)]


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full)
    if path.endswith(".pdf"):
        return pdf_units(full)
    return txt_units(full)


def nwords(text):
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


def check_pdf_info(problems):
    full = os.path.join(ROOT, DOCS["lec11-spv-iccc-keynote"][0])
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    if "Creator:         Keynote" not in info:
        problems.append("pdf: Creator is not Keynote")
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    if not m or abs(float(m.group(1)) / float(m.group(2)) - 16 / 9.0) > 0.01:
        problems.append("pdf: pages are not 16:9")


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out],
                           check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte"
                                    % (path, script))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = nwords(" ".join(u))
        print("%s: %d words as extracted, %d units" % (k, n, len(u)))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (k, n))
    check_pdf_info(problems)
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
            q = obj.get("q")
            if not isinstance(q, str) or not q.strip():
                problems.append("%s: missing q" % where)
            elif i > 22 and not 2 <= len(q.split()) <= 4:
                problems.append("%s: keyword query should be 2-4 words: %r" % (where, q))
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
                if not any(ws(a).lower() in u.lower() for u in units[name]):
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
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for k, v in DOCS.items():
            print("=====", k)
            for u in units_of(v[0]):
                print(u)
        sys.exit(0)
    sys.exit(main())
