#!/usr/bin/python3
"""Check the heldout156 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document as the reader shows it (for the e-mail, one element of the
decoded text/html part AND one line of the decoded text/plain part, both read with the standard
library's email package; for the PDF, one line of `pdftotext -layout` output with whitespace
collapsed; for the saved Wikipedia page, one element's visible text), and occur exactly once
across the three documents (case-insensitive; the e-mail counted once in its HTML part and once
in its plain-text part).
Run: /usr/bin/python3 tools/check.py
"""
import email
import email.policy
import html.parser
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "ozone-depletion-newsletter": "docs/ozone-depletion-newsletter.eml",
    "montreal-protocol": "docs/montreal-protocol.html",
    "india-ozone-press-release": "docs/india-ozone-press-release.pdf",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "form", "label", "button", "input", "noscript"}


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


def eml_parts(full):
    """Decoded text/plain and text/html parts of a multipart/alternative message."""
    with open(full, "rb") as f:
        msg = email.message_from_bytes(f.read(), policy=email.policy.default)
    parts = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts[part.get_content_subtype()] = part.get_content()
    return parts


def units_of(path):
    """(units the reader shows, extra units that must also hold the string, or None)."""
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        return [ws(l) for l in out.split("\n") if ws(l)], None
    if path.endswith(".html"):
        with open(full, encoding="utf-8") as f:
            return html_units(f.read()), None
    if path.endswith(".eml"):
        parts = eml_parts(full)
        plain = [ws(l) for l in parts["plain"].split("\n") if ws(l)]
        return html_units(parts["html"]), plain
    with open(full, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l.strip()], None


def main():
    problems = []
    units, extra = {}, {}
    for k, v in DOCS.items():
        units[k], extra[k] = units_of(v)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    joined_extra = {k: ws(" ".join(u)).lower() for k, u in extra.items() if u is not None}
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
            if set(obj) - {"q", "accept", "section"}:
                problems.append("%s: unexpected keys %s" % (where, sorted(set(obj) - {"q", "accept", "section"})))
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
                if extra[name] is not None and not any(a in u for u in extra[name]):
                    problems.append("%s: not inside one line of the plain-text part of %s: %r"
                                    % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
                for k, j in joined_extra.items():
                    n = j.count(ws(a).lower())
                    if n != (1 if k == name else 0):
                        problems.append("%s: occurs %d times in the plain-text part of %s: %r"
                                        % (where, n, k, a))
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
