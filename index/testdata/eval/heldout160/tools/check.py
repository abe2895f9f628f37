#!/usr/bin/python3
"""Check the heldout160 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list naming at least one heading of its document, or one of
the generic names). Every accept string must be ASCII, 5-12 words long, lie inside one unit of
its document as the app shows it, and occur exactly once across the three documents
(case-insensitive, whitespace collapsed). Units, all extracted with the standard library:
- Excel workbook (.xlsx): one cell's shown text (shared strings resolved, rich-text runs joined);
- newsletter e-mail (.eml): one line of the decoded text/plain part, and also one element's
  visible text in the decoded text/html part (where it must occur exactly once as well);
- WebVTT captions (.vtt): one cue's text (its lines joined, voice tags stripped; NOTE blocks,
  which hold the chapter markers, are not shown text).
Each tools/make_*.py must also re-make its document byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import email
import email.policy
import hashlib
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "mpc-revision-tracker": "docs/mpc-revision-tracker.xlsx",
    "policy-desk-newsletter": "docs/policy-desk-newsletter.eml",
    "mpc-lecture": "docs/mpc-lecture.vtt",
}
MAKERS = {
    "mpc-revision-tracker": "tools/make_xlsx.py",
    "policy-desk-newsletter": "tools/make_eml.py",
    "mpc-lecture": "tools/make_vtt.py",
}
GENERIC = {"Introduction", "Definition", "What is", "Overview", "Frequently Asked Questions"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "center"}
M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


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


def xlsx(path):
    """Cells' shown text, and the headings: sheet names and bold sub-heading rows."""
    z = zipfile.ZipFile(path)
    sst = ["".join(t.text or "" for t in si.iter(M + "t"))
           for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(M + "si")]
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    units, heads = [], set()
    for sh in wb.find(M + "sheets"):
        heads.add(sh.get("name"))
        rid = sh.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        ws_xml = ET.fromstring(z.read("xl/" + target[rid]))
        for c in ws_xml.iter(M + "c"):
            v = c.find(M + "v")
            if v is None:
                continue
            if c.get("t") == "s":
                text = sst[int(v.text)]
                if c.get("s") == "5":  # the red bold sub-heading style
                    heads.add(text)
            else:
                text = v.text
            units.append(ws(text))
    return units, heads


def eml(path):
    with open(path, "rb") as f:
        msg = email.message_from_bytes(f.read(), policy=email.policy.default)
    plain = msg.get_body(("plain",)).get_content()
    page = msg.get_body(("html",)).get_content()
    units = [l.strip() for l in plain.split("\n") if l.strip()]
    heads = {l[3:].strip() for l in units if l.startswith("** ")}
    p = Blocks()
    p.feed(page)
    p.flush()
    return units, heads, p.units


def vtt(path):
    with open(path, encoding="utf-8") as f:
        blocks = f.read().replace("\r\n", "\n").split("\n\n")
    units, heads = [], set()
    for b in blocks:
        lines = [l for l in b.split("\n") if l.strip()]
        if not lines or lines[0].startswith("WEBVTT"):
            continue
        if lines[0] == "NOTE" or lines[0].startswith("NOTE "):
            m = re.match(r"NOTE (Chapter \d+: (.+))$", lines[0])
            if m:
                heads.update([m.group(1), m.group(2)])
            continue
        i = next(k for k, l in enumerate(lines) if "-->" in l)
        text = " ".join(lines[i + 1:])
        units.append(ws(html.unescape(re.sub(r"<[^>]+>", "", text))))
    return units, heads


def main():
    problems = []
    units, heads, html_units = {}, {}, []
    for name, path in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".xlsx"):
            units[name], heads[name] = xlsx(full)
        elif path.endswith(".eml"):
            units[name], heads[name], html_units = eml(full)
        else:
            units[name], heads[name] = vtt(full)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    html_joined = ws(" ".join(html_units)).lower()
    for name, maker in MAKERS.items():
        full = os.path.join(ROOT, DOCS[name])
        before = hashlib.sha256(open(full, "rb").read()).hexdigest()
        subprocess.run([sys.executable, os.path.join(ROOT, maker)], check=True)
        after = hashlib.sha256(open(full, "rb").read()).hexdigest()
        if before != after:
            problems.append("%s does not re-make %s byte for byte" % (maker, DOCS[name]))
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
            elif not any(s in heads[name] or s in GENERIC for s in sec):
                problems.append("%s: no section name is a heading of %s: %r" % (where, name, sec))
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
                if DOCS[name].endswith(".eml"):
                    if not any(ws(a) in u for u in html_units):
                        problems.append("%s: not inside one HTML element: %r" % (where, a))
                    if html_joined.count(ws(a).lower()) != 1:
                        problems.append("%s: not exactly once in the HTML part: %r" % (where, a))
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
