#!/usr/bin/python3
"""Check the heldout130 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the e-mail, one element's visible text
of the decoded text/html part AND one line of the decoded text/plain part, both got with the
standard library's email package; for HTML, one element's visible text; for Markdown, one
source line and free of emphasis and link markers), and occur exactly once across the three
documents (case-insensitive; the e-mail counted by its HTML part's visible text, and also once
in its plain part). The e-mail must be re-made byte for byte by tools/make_eml.py, and must be
multipart/alternative with a quoted-printable text/plain part and a text/html part.
Run: /usr/bin/python3 tools/check.py
"""
import email
import email.policy
import html.parser
import importlib.util
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "social-justice-brief-63": "docs/social-justice-brief-63.eml",
    "rpwd-act-factsheet": "docs/rpwd-act-factsheet.html",
    "transgender-act-notes": "docs/transgender-act-notes.md",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "button", "form", "center", "span"}


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


def mail_parts(full, problems):
    with open(full, "rb") as f:
        msg = email.message_from_bytes(f.read(), policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date"):
        if not msg[h]:
            problems.append("%s: no %s header" % (full, h))
    if msg.get_content_type() != "multipart/alternative":
        problems.append("%s: not multipart/alternative" % full)
    plain = rich = None
    for part in msg.iter_parts():
        if part["Content-Transfer-Encoding"] != "quoted-printable":
            problems.append("%s: %s part not quoted-printable" % (full, part.get_content_type()))
        if part.get_content_type() == "text/plain":
            plain = part.get_content()
        elif part.get_content_type() == "text/html":
            rich = part.get_content()
    if plain is None or rich is None:
        problems.append("%s: needs a text/plain and a text/html part" % full)
    if "unsubscribe" not in (plain or "").lower() or "unsubscribe" not in (rich or "").lower():
        problems.append("%s: no unsubscribe footer" % full)
    return plain or "", rich or ""


def check_remake(problems):
    path = os.path.join(ROOT, "tools", "make_eml.py")
    spec = importlib.util.spec_from_file_location("make_eml", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with open(os.path.join(ROOT, DOCS["social-justice-brief-63"]), "rb") as f:
        if f.read() != mod.render():
            problems.append("tools/make_eml.py does not re-make the .eml byte for byte")


def main():
    problems = []
    units, plain_lines = {}, {}
    for k, v in DOCS.items():
        full = os.path.join(ROOT, v)
        if v.endswith(".eml"):
            plain, rich = mail_parts(full, problems)
            units[k] = html_units(rich)
            plain_lines[k] = [ws(l) for l in plain.split("\n") if l.strip()]
        elif v.endswith(".html"):
            units[k] = html_units(open(full, encoding="utf-8").read())
        else:
            units[k] = [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    plain_joined = {k: ws(" ".join(u)).lower() for k, u in plain_lines.items()}
    check_remake(problems)
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
                if DOCS[name].endswith(".md") and re.search(
                        r"==|\*|\[|\]|(?<!\w)_|_(?!\w)|`", a):
                    problems.append("%s: emphasis or link marker in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                if name in plain_lines:
                    if not any(a in u for u in plain_lines[name]):
                        problems.append("%s: not inside one line of the text/plain part: %r"
                                        % (where, a))
                    if plain_joined[name].count(ws(a).lower()) != 1:
                        problems.append("%s: not exactly once in the text/plain part: %r"
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
