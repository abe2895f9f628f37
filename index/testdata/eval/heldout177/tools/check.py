#!/usr/bin/python3
"""Check the heldout177 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document (for the Bear Markdown note, one source line and free of
emphasis markers; for the saved HTML page, one element's visible text; for the e-mail, one line
of the decoded text/plain part AND one element's visible text in the decoded text/html part),
and occur exactly once across the three documents (case-insensitive; the e-mail is counted once,
by its text/plain part, and its text/html part must hold the string just as often).
The e-mail must also be exactly what tools/make_eml.py makes from its source text.
Standard library only. Run: /usr/bin/python3 tools/check.py
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
    "lokpal-and-lokayuktas": "docs/lokpal-and-lokayuktas.md",
    "daily-ca-brief-lokpal": "docs/daily-ca-brief-lokpal.eml",
    "lokpal-long-journey": "docs/lokpal-long-journey.html",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside",
         "figure", "figcaption", "blockquote", "button", "label"}


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
    with open(full, "rb") as f:
        msg = email.message_from_bytes(f.read(), policy=email.policy.default)
    plain = htm = None
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and plain is None:
            plain = part.get_content()
        elif part.get_content_type() == "text/html" and htm is None:
            htm = part.get_content()
    return msg, plain, htm


def units_of(path):
    """Return (units, extra): the units a string must lie in, and for the e-mail the HTML units."""
    full = os.path.join(ROOT, path)
    if path.endswith(".eml"):
        _, plain, htm = eml_parts(full)
        return [ws(l) for l in plain.split("\n") if ws(l)], html_units(htm)
    if path.endswith(".html"):
        with open(full, encoding="utf-8") as f:
            return html_units(f.read()), None
    with open(full, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l.strip()], None


def check_eml_rebuild(problems):
    spec = importlib.util.spec_from_file_location("make_eml", os.path.join(ROOT, "tools", "make_eml.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with open(os.path.join(ROOT, DOCS["daily-ca-brief-lokpal"]), "rb") as f:
        if f.read() != mod.render():
            problems.append("docs/daily-ca-brief-lokpal.eml differs from what tools/make_eml.py makes")
    msg, plain, htm = eml_parts(os.path.join(ROOT, DOCS["daily-ca-brief-lokpal"]))
    if msg.get_content_type() != "multipart/alternative":
        problems.append("e-mail is not multipart/alternative")
    for part in msg.iter_parts():
        if part["Content-Transfer-Encoding"] != "quoted-printable":
            problems.append("e-mail part %s is not quoted-printable" % part.get_content_type())
    if plain is None or htm is None:
        problems.append("e-mail lacks a text/plain or a text/html part")
    if "Today in 5 points" not in (plain or "") or "Unsubscribe" not in (plain or ""):
        problems.append("e-mail lacks the 'Today in 5 points' list or the unsubscribe footer")


def main():
    problems = []
    check_eml_rebuild(problems)
    units, extra = {}, {}
    for k, v in DOCS.items():
        units[k], extra[k] = units_of(v)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    eml_html = ws(" ".join(extra["daily-ca-brief-lokpal"])).lower()
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
                if DOCS[name].endswith(".md") and re.search(r"==|\*\*|~~|\[\[|\]\]|(?<!\w)_|_(?!\w)", a):
                    problems.append("%s: emphasis marker in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                if extra[name] is not None and not any(a in u for u in extra[name]):
                    problems.append("%s: not inside one element of the e-mail's HTML part: %r" % (where, a))
                key = ws(a).lower()
                total = sum(j.count(key) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
                if eml_html.count(key) != joined["daily-ca-brief-lokpal"].count(key):
                    problems.append("%s: the e-mail's HTML and plain parts disagree on %r" % (where, a))
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
