#!/usr/bin/python3
"""Check the heldout137 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents' shown text (case-insensitive):
- the PDF: one line of `pdftotext -layout` output with whitespace collapsed;
- the Chrome .mhtml: the main frame's text/html part (the part whose Content-Location is the
  Snapshot-Content-Location), quoted-printable decoded with the email package, then one
  element's visible text (scripts and styles skipped);
- the Org file: one line as Org shows it (the #+TITLE value, a headline without its stars, TODO
  keyword and tags, a list item without its bullet, a quote-block line, a paragraph line) or one
  table cell; property drawers, planning lines (CLOSED/SCHEDULED), hlines and #+ keywords other
  than the title are not shown text; the accept string must also be free of Org markup
  characters (= * ~ [ ] and a / or _ touching a non-word character), so it cannot straddle
  =verbatim=, *bold*, /italic/ or a [[link][description]].
Also checks that the generated documents are the ones the tools/make_*.py scripts write.
Run: /usr/bin/python3 tools/check.py
"""
import email
import email.policy
import hashlib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "money-bill-art110": "docs/money-bill-art110.org",
    "money-bill-vs-financial-bill": "docs/money-bill-vs-financial-bill.mhtml",
    "money-bill-judicial-review": "docs/money-bill-judicial-review.pdf",
}
MAKERS = {
    "docs/money-bill-art110.org": "tools/make_org.py",
    "docs/money-bill-vs-financial-bill.mhtml": "tools/make_mhtml.py",
    "docs/money-bill-judicial-review.pdf": "tools/make_pdf.py",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "figure",
         "figcaption", "form", "label", "button", "time"}
ORG_TODO = ("TODO", "REVISE", "DONE")
ORG_MARKUP = re.compile(r"[=*~\[\]]|(?<!\w)[/_]|[/_](?!\w)")


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


def mhtml_main_html(full):
    with open(full, "rb") as f:
        msg = email.message_from_bytes(f.read(), policy=email.policy.default)
    if msg.get_content_type() != "multipart/related":
        raise ValueError("not multipart/related")
    where = msg["Snapshot-Content-Location"]
    for part in msg.iter_parts():
        if part.get_content_type() == "text/html" and part["Content-Location"] == where:
            return part.get_payload(decode=True).decode("utf-8")
    raise ValueError("no main frame part")


def org_units(full):
    units, in_drawer = [], False
    with open(full, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if in_drawer:
            if s == ":END:":
                in_drawer = False
            continue
        if s == ":PROPERTIES:":
            in_drawer = True
            continue
        if re.match(r"^(CLOSED|SCHEDULED|DEADLINE):", s):
            continue
        if s.startswith("#+"):
            m = re.match(r"^#\+TITLE:\s*(.*)$", s, re.I)
            if m:
                units.append(m.group(1))
            continue
        if s.startswith("|"):
            if s.startswith("|-"):
                continue
            units.extend(c.strip() for c in s.strip("|").split("|") if c.strip())
            continue
        m = re.match(r"^\*+\s+(.*)$", line)
        if m:
            head = re.sub(r"\s+:[\w@#%:]+:\s*$", "", m.group(1))
            for kw in ORG_TODO:
                if head.startswith(kw + " "):
                    head = head[len(kw) + 1:]
            units.append(head.strip())
            continue
        s = re.sub(r"^(-|\+|\d+[.)])\s+(\[[ Xx-]\]\s+)?", "", s)
        units.append(s)
    return units


def org_shown(text):
    text = re.sub(r"\[\[[^\]]*\]\[([^\]]*)\]\]", r"\1", text)
    text = re.sub(r"\[\[([^\]]*)\]\]", r"\1", text)
    return re.sub(r"(?<!\w)([=*/~])(\S(?:.*?\S)?)\1(?!\w)", r"\2", text)


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        return [ws(l) for l in out.split("\n") if ws(l)]
    if path.endswith(".mhtml"):
        p = Blocks()
        p.feed(mhtml_main_html(full))
        p.flush()
        return p.units
    if path.endswith(".org"):
        return org_units(full)
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def check_rebuild(problems):
    """Re-run each make_*.py into a scratch copy of the set and compare bytes."""
    tmp = tempfile.mkdtemp()
    try:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for doc, maker in MAKERS.items():
            subprocess.run([sys.executable, os.path.join(tmp, maker)], check=True)
            with open(os.path.join(tmp, doc), "rb") as f:
                a = hashlib.sha256(f.read()).hexdigest()
            with open(os.path.join(ROOT, doc), "rb") as f:
                b = hashlib.sha256(f.read()).hexdigest()
            if a != b:
                problems.append("%s is not what %s makes" % (doc, maker))
    finally:
        shutil.rmtree(tmp)


def main():
    problems = []
    check_rebuild(problems)
    units = {k: units_of(v) for k, v in DOCS.items()}
    shown = {k: [org_shown(u) for u in us] if DOCS[k].endswith(".org") else us
             for k, us in units.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in shown.items()}
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
                if DOCS[name].endswith(".org") and ORG_MARKUP.search(a):
                    problems.append("%s: Org markup character in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/cell/element of %s: %r"
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
