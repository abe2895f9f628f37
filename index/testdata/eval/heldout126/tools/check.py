#!/usr/bin/python3
"""Check the heldout126 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents (case-insensitive). The units are:
  - the Chrome .mhtml page: the text/html part, decoded from quoted-printable with the email
    package, then one element's visible text (scripts and styles skipped);
  - the LibreOffice .odt: content.xml read with zipfile and xml.etree, one paragraph or heading
    (text:p / text:h, so one list item or one table cell), text:s and text:tab expanded, a
    footnote body or comment paragraph counted as a unit of its own;
  - the Telegram .txt: one line.
It also checks that the two binary documents are re-made byte for byte by their tools/make_*.py.
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
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "womens-reservation-act": "docs/womens-reservation-act.mhtml",
    "posh-act-2013": "docs/posh-act-2013.odt",
    "domestic-violence-act": "docs/domestic-violence-act.txt",
}
MAKERS = {
    "docs/womens-reservation-act.mhtml": "tools/make_mhtml.py",
    "docs/posh-act-2013.odt": "tools/make_odt.py",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "figure", "figcaption", "blockquote", "button", "label"}
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


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
        if tag in ("style", "script", "noscript", "svg"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "noscript", "svg"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def mhtml_units(full):
    with open(full, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    if msg.get_content_type() != "multipart/related":
        raise ValueError("not multipart/related")
    html_parts = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    if len(html_parts) != 1:
        raise ValueError("expected one text/html part")
    page = html_parts[0].get_payload(decode=True).decode("utf-8")
    p = Blocks()
    p.feed(page)
    p.flush()
    return p.units


def odt_units(full):
    z = zipfile.ZipFile(full)
    names = z.namelist()
    if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
        raise ValueError("mimetype must be the first member, stored")
    for need in ("content.xml", "styles.xml", "META-INF/manifest.xml"):
        if need not in names:
            raise ValueError("missing " + need)
    root = ET.fromstring(z.read("content.xml"))
    units = []

    def walk(el):
        if el.tag in (T + "p", T + "h"):
            t = ws(shown(el))
            if t:
                units.append(t)
            return
        for ch in el:
            walk(ch)

    def shown(el):
        parts = [el.text or ""]
        for ch in el:
            if ch.tag == T + "s":
                parts.append(" " * int(ch.get(T + "c", "1")))
            elif ch.tag == T + "tab":
                parts.append("\t")
            elif ch.tag == T + "line-break":
                parts.append("\n")
            elif ch.tag == T + "note":
                parts.append(ch.find(T + "note-citation").text or "")
                walk(ch.find(T + "note-body"))
            elif ch.tag == O + "annotation":
                for p in ch.findall(T + "p"):
                    walk(p)
            else:
                parts.append(shown(ch))
            parts.append(ch.tail or "")
        return "".join(parts)

    walk(root.find(O + "body"))
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".mhtml"):
        return mhtml_units(full)
    if path.endswith(".odt"):
        return odt_units(full)
    return [ws(l) for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def remade_same(doc, maker):
    full = os.path.join(ROOT, doc)
    with open(full, "rb") as f:
        before = f.read()
    subprocess.run([sys.executable, os.path.join(ROOT, maker)], check=True)
    with open(full, "rb") as f:
        after = f.read()
    if after != before:
        with open(full, "wb") as f:
            f.write(before)
        return False
    return True


def main():
    problems = []
    for doc, maker in MAKERS.items():
        if not remade_same(doc, maker):
            problems.append("%s: %s does not re-make it byte for byte" % (doc, maker))
    units = {}
    for k, v in DOCS.items():
        try:
            units[k] = units_of(v)
        except (ValueError, KeyError, ET.ParseError, zipfile.BadZipFile) as e:
            problems.append("%s: cannot read (%s)" % (v, e))
            units[k] = []
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
