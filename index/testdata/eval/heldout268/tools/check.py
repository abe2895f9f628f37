#!/usr/bin/python3
"""Check the heldout268 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly q, accept (one or two
strings) and section (a non-empty list of strings), out-of-scope lines only q. Every accept string
must be ASCII, 5-12 words long, lie inside one unit of its own document as a reader sees it, and
occur exactly once across the three documents' shown text (case-insensitive, whitespace collapsed).
At least one section name of each question must occur in its document's shown text. The units:
  - Substack e-mail (.eml): the text/html part (quoted-printable decoded by the email package),
    one block element's visible text (p, li, h1-h3, td, div, figcaption, ...), with style, title
    and display:none elements (the preheader and its filler) skipped;
  - Orgzly notebook (.org): one line, with heading stars, TODO keyword, priority cookie and tags
    dropped, :PROPERTIES: drawers and planning lines left out, list markers and checkboxes dropped,
    *bold* / /italic/ / =verbatim= markers and [[link][label]] syntax removed, table rows split
    into cells;
  - Telegram export (messages.html): one block's visible text, <br> ending a line (inline a, span,
    strong, em, code, s, u do not split; script, style and title skipped).
It also checks that there are 25 questions per document and 12 out-of-scope ones, that the .eml
parses as a MIME message with a text/plain and a text/html part, that each document has 1,300 to
1,800 words of shown text, and that tools/make_eml.py, tools/make_org.py and tools/make_telegram.py
re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import email
import email.policy
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "launch-window-38-space-policy-2023": ("docs/launch-window-38-space-policy-2023.eml", "make_eml.py"),
    "space-institutions-inspace-nsil": ("docs/space-institutions-inspace-nsil.org", "make_org.py"),
    "messages": ("docs/messages.html", "make_telegram.py"),
}
VOID = {"br", "img", "meta", "input", "link", "hr", "col", "area", "base", "source", "wbr"}
BLOCK = {"p", "li", "ul", "ol", "td", "th", "tr", "tbody", "table", "h1", "h2", "h3", "h4", "h5",
         "h6", "div", "blockquote", "figure", "figcaption", "br", "body", "head", "html", "form",
         "pre", "title"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    """Visible text of each block; style/script/title and display:none subtrees are skipped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack, self.skip = [], [], [], 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        style = (dict((k or "", v or "") for k, v in attrs).get("style") or "").replace(" ", "")
        hidden = tag in ("style", "script", "title") or "display:none" in style
        if tag in BLOCK or hidden:
            self.flush()
        if tag not in VOID:
            self.stack.append(hidden)
            self.skip += hidden

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK or tag in ("style", "script", "title"):
            self.flush()
        if tag not in VOID and self.stack:
            self.skip -= self.stack.pop()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def blocks(markup):
    p = Blocks()
    p.feed(markup)
    p.close()
    p.flush()
    return p.units


def eml_units(full, problems):
    with open(full, "rb") as f:
        msg = email.message_from_bytes(f.read(), policy=email.policy.default)
    parts = {p.get_content_type(): p for p in msg.walk() if not p.is_multipart()}
    if set(parts) != {"text/plain", "text/html"} or msg.get_content_type() != "multipart/alternative":
        problems.append("%s: not a multipart/alternative message with plain and html parts" % full)
        return []
    return blocks(parts["text/html"].get_content())


ORG_HEAD = re.compile(r"^\*+ (?:(?:TODO|NEXT|DONE) )?(?:\[#[A-Z]\] )?(.*?)(?: :[\w@:]+:)?$")


def org_inline(s):
    s = re.sub(r"\[\[[^\]]+\]\[([^\]]+)\]\]", r"\1", s)
    s = re.sub(r"\[\[([^\]]+)\]\]", r"\1", s)
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<![\w/:])/([^/\n]+)/(?![\w/])", r"\1", s)
    s = re.sub(r"(?<![\w=])=([^=\n]+)=(?![\w=])", r"\1", s)
    return s


def org_units(full, problems):
    units, drawer = [], False
    with open(full, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            s = line.strip()
            if s == ":PROPERTIES:" or s == ":LOGBOOK:":
                drawer = True
                continue
            if drawer:
                drawer = s != ":END:"
                continue
            if re.match(r"^(CLOSED|SCHEDULED|DEADLINE): ", s) or not s:
                continue
            m = ORG_HEAD.match(line) if re.match(r"^\*+ ", line) else None
            if m:
                units.append(ws(org_inline(m.group(1))))
            elif s.startswith("|"):
                units.extend(ws(org_inline(c)) for c in s.strip("|").split("|") if c.strip())
            else:
                s = re.sub(r"^(?:[-+] |\d+[.)] )(?:\[[ Xx-]\] )?", "", s)
                s = re.sub(r"^#\+\w+: ", "", s)
                units.append(ws(org_inline(s)))
    return [u for u in units if u]


def html_units(full, problems):
    with open(full, encoding="utf-8") as f:
        return blocks(f.read())


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".eml"):
        return eml_units(full, problems)
    if path.endswith(".org"):
        return org_units(full, problems)
    return html_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("tools/%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as f:
                new = hashlib.sha256(f.read()).hexdigest()
            with open(os.path.join(ROOT, path), "rb") as f:
                old = hashlib.sha256(f.read()).hexdigest()
            if new != old:
                problems.append("tools/%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    check_remake(problems)
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d units, %d words shown" % (DOCS[k][0], len(u), n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words of shown text, expected 1,300-1,800" % (DOCS[k][0], n))
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
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
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
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
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
