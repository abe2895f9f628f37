#!/usr/bin/python3
r"""Check the heldout248 evaluation set.

Run: /usr/bin/python3 tools/check.py   (standard library only)

It extracts each document's text as a reader sees it, as a list of units:
  - LibreOffice Impress deck (.odp): content.xml read with zipfile and ElementTree; one unit per
    text:p of the presentation body (slide titles and subtitles, outline items, table cells,
    flowchart boxes and text boxes, comments, speaker notes), with text:s as spaces, text:tab
    as a tab and text:line-break ending a unit; plus the footer and date declarations. The
    hidden backup slide counts (Impress shows it, greyed, in the slide pane).
  - Medium export (.html): the visible text of each block element (p, h3, h4, li, figcaption,
    blockquote, pre with each <br> line a unit of its own, and the footer's lines); the <head>
    and the <header> and subtitle section that Medium's style hides (display:none) are skipped.
  - Logseq journal (.md): the journal's title as Logseq shows it above the page ("Jun 6th,
    2025", made from the file name), then one unit per line as Logseq shows it: tabs and the "- " bullet
    dropped, the heading marks "## " dropped, "**", "^^", "[[" and "]]" dropped,
    {{youtube-timestamp N}} shown as its mm:ss label, {{cloze X}} as X, ((uuid)) as the text of
    the block it names; block-property lines (key:: value), drawers (:LOGBOOK: ... :END:),
    CLOCK and SCHEDULED lines, #+BEGIN_/#+END_ lines and the {{video}} / {{query}} macros are
    not shown as text and give no unit.
Then it checks:
  - every line of q-*.jsonl parses and holds exactly q, accept and section; 25 questions per
    document, at least three of them keyword queries of 2-4 words; oos.jsonl holds 12 lines,
    each with only q;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words, inside one unit of its
    own document (case-insensitive, whitespace collapsed) and occurring exactly once across
    the three documents' text;
  - section is a non-empty list of strings of which at least one (other than the generic
    "Introduction", "Definition", "What is", "Overview") occurs in its own document's text;
  - each document holds 1,300 to 1,800 words of text (deck: every unit; Medium: the story's
    body section, title to the sources line; Logseq: every shown unit);
  - the deck is a zip with an uncompressed "mimetype" first and XML parts that parse;
  - every tools/make_*.py re-makes its document byte for byte (it is run into a temporary
    directory, so docs/ is never touched).
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
MEDIUM = "2025-10-14_Why-Your-Home-Loan-EMI-Ignores-the-RBI--for-a-While--8c1d4e2f9a37"
DOCS = {
    "repo-rate-policy-toolkit": ("docs/repo-rate-policy-toolkit.odp", "make_odp.py"),
    MEDIUM: ("docs/%s.html" % MEDIUM, "make_medium.py"),
    "2025_06_06": ("docs/2025_06_06.md", "make_logseq.py"),
}
GENERIC = {"introduction", "definition", "what is", "overview"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- LibreOffice Impress
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
P = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def odp_units(full, problems):
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("%s: mimetype is not the first, stored entry" % full)
        for info in infos:
            if info.filename.endswith((".xml", ".rdf")):
                try:
                    ET.fromstring(z.read(info.filename))
                except ET.ParseError as e:
                    problems.append("%s: %s does not parse (%s)" % (full, info.filename, e))
        root = ET.fromstring(z.read("content.xml"))
    units = []
    body = root.find(O + "body")
    for decl in body.iter():
        if decl.tag in (P + "footer-decl", P + "date-time-decl") and decl.text:
            units.append(ws(decl.text))

    def flatten(el, buf):
        if el.text:
            buf[-1] += el.text
        for child in el:
            if child.tag == T + "s":
                buf[-1] += " " * int(child.get(T + "c", "1"))
            elif child.tag == T + "tab":
                buf[-1] += "\t"
            elif child.tag == T + "line-break":
                buf.append("")
            else:
                flatten(child, buf)
            if child.tail:
                buf[-1] += child.tail

    for p in body.iter(T + "p"):
        buf = [""]
        flatten(p, buf)
        units.extend(ws(b) for b in buf if ws(b))
    return units, " ".join(units)


# ---------------------------------------------------------------- Medium export
BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "figcaption", "blockquote", "pre", "ul", "ol",
         "figure", "section", "div", "header", "footer", "article", "body", "br", "hr"}


class MediumText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.body_units, self.buf = [], [], []
        self.skip, self.hidden, self.in_body = 0, 0, 0
        self.stack = []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.in_body:
                self.body_units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("head", "style", "script", "title"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag in ("br", "hr", "img", "meta"):
            return
        hidden = tag == "header" or (tag == "section" and a.get("data-field") == "subtitle")
        body = tag == "section" and a.get("data-field") == "body"
        self.stack.append((tag, hidden, body))
        self.hidden += hidden
        self.in_body += body

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        if tag in ("head", "style", "script", "title"):
            self.skip -= 1
        while self.stack:
            t, hidden, body = self.stack.pop()
            self.hidden -= hidden
            self.in_body -= body
            if t == tag:
                break

    def handle_data(self, data):
        if not self.skip and not self.hidden:
            self.buf.append(data)


def medium_units(full, problems):
    p = MediumText()
    p.feed(open(full, encoding="utf-8").read())
    p.close()
    p.flush()
    return p.units, " ".join(p.body_units)


# ---------------------------------------------------------------- Logseq journal
PROP = re.compile(r"^[a-z][a-z0-9._-]*:: ")
HIDDEN = (":LOGBOOK:", ":END:", "CLOCK:", "SCHEDULED:", "DEADLINE:", "#+BEGIN_", "#+END_")


def logseq_units(full, problems):
    text = open(full, encoding="utf-8").read()
    blocks = {}
    cur = None
    for line in text.split("\n"):
        s = line.lstrip("\t")
        if s.startswith("- "):
            cur = s[2:]
        m = re.match(r"\s*id:: ([0-9a-f-]{36})$", s)
        if m and cur is not None:
            blocks[m.group(1)] = cur
    for line in text.split("\n"):
        rest = line.lstrip("\t")
        if rest and not (rest.startswith("- ") or re.match(r"  \S", rest)):
            problems.append("%s: not a tab-indented block or continuation line: %r" % (full, line))

    def show(s):
        s = re.sub(r"\(\(([0-9a-f-]{36})\)\)", lambda m: blocks.get(m.group(1), m.group(0)), s)
        s = re.sub(r"\{\{youtube-timestamp (\d+)\}\}",
                   lambda m: "%02d:%02d" % divmod(int(m.group(1)), 60), s)
        s = re.sub(r"\{\{cloze ([^}]*)\}\}", r"\1", s)
        s = re.sub(r"\{\{(video|query|embed)[^}]*\}\}", "", s)
        s = re.sub(r"^#{1,6} ", "", s)
        for mark in ("**", "^^", "[[", "]]"):
            s = s.replace(mark, "")
        return ws(s)

    # Logseq shows a journal's title, made from its file name, above the blocks.
    y, m, d = (int(x) for x in os.path.basename(full)[:-3].split("_"))
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
             "Dec"][m - 1]
    units = ["%s %d%s, %d" % (month, d, suffix, y)]
    for line in text.split("\n"):
        s = line.lstrip("\t")
        s = s[2:] if s.startswith("- ") else s.strip()
        if not s or PROP.match(s) or s.startswith(HIDDEN):
            continue
        u = show(s)
        if u:
            units.append(u)
    return units, " ".join(units)


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".odp"):
        return odp_units(full, problems)
    if path.endswith(".html"):
        return medium_units(full, problems)
    return logseq_units(full, problems)


# ---------------------------------------------------------------- checks
def main():
    problems = []
    units, counted = {}, {}
    for name, (path, _) in DOCS.items():
        units[name], counted[name] = units_of(path, problems)
        n = len(counted[name].split())
        print("%s: %d words" % (path, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, n))
    low = {k: [ws(u).lower() for u in v] for k, v in units.items()}
    joined = {k: " ".join(v) for k, v in low.items()}
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        short = 0
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
            elif 2 <= len(q.split()) <= 4:
                short += 1
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                needle = ws(a).lower()
                if not any(needle in u for u in low[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(needle) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            else:
                named = [ws(s).lower() for s in sec if ws(s).lower() not in GENERIC]
                if not any(s in joined[name] for s in named):
                    problems.append("%s: no section name found in %s: %r" % (where, name, sec))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
        if short < 3:
            problems.append("%s: only %d keyword queries of 2-4 words" % (fn, short))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        oos = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(oos, 1):
        try:
            obj = json.loads(line)
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte"
                                    % (path, script))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
