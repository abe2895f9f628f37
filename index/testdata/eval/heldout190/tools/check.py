#!/usr/bin/python3
"""Check the heldout190 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents' shown text (case-insensitive):
  - PDF: one line of `pdftotext -layout` output with whitespace collapsed, and inside one table
    cell (a line is cut where pdftotext leaves a gap of three or more spaces);
  - Evernote .enex: one paragraph (<div>), list item or table cell of a note's ENML, or a title;
  - Slack export .json: one line of one message's text as Slack shows it (<url|label> shown as
    the label, <@U...> as @name, *bold* / _italic_ markers dropped, &amp; &lt; &gt; decoded).
It also checks that the .enex and its ENML parse as XML, that the Slack export is a JSON list of
messages, and that there are 25 questions per document and 12 out-of-scope ones.
Run: /usr/bin/python3 tools/check.py
"""
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "jainism-lecture-handout": "docs/jainism-lecture-handout.pdf",
    "jain-sects-councils-patrons": "docs/jain-sects-councils-patrons.enex",
    "gs1-art-culture-slack": "docs/gs1-art-culture-slack.json",
}
BLOCK = {"div", "p", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "colgroup", "br",
         "en-note", "h1", "h2", "h3", "h4", "h5", "h6"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf = [], []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        self.buf.append(data)

    def unknown_decl(self, data):
        pass


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def enex_units(full, problems):
    root = ET.parse(full).getroot()
    units = []
    for note in root.iter("note"):
        units.append(ws(note.findtext("title")))
        content = note.findtext("content")
        body = content[content.index("<en-note"):].strip()
        try:
            ET.fromstring(body)
        except ET.ParseError as e:
            problems.append("%s: ENML does not parse (%s)" % (full, e))
        p = Blocks()
        p.feed(body)
        p.flush()
        units.extend(p.units)
    return units


def slack_shown(text, names):
    text = re.sub(r"<(https?://[^>|]+)\|([^>]+)>", r"\2", text)
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    text = re.sub(r"<@(U\w+)>", lambda m: "@" + names.get(m.group(1), m.group(1)), text)
    text = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"\1", text)
    return html.unescape(text)


def slack_units(full, problems):
    with open(full, encoding="utf-8") as f:
        msgs = json.load(f)
    if not isinstance(msgs, list) or not all(m.get("type") == "message" and "ts" in m for m in msgs):
        problems.append("%s: not a list of Slack messages" % full)
    names = {m["user"]: m["user_profile"]["display_name"] for m in msgs if "user_profile" in m}
    units = []
    for m in msgs:
        for line in slack_shown(m.get("text", ""), names).split("\n"):
            if ws(line):
                units.append(ws(line))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    if path.endswith(".enex"):
        return enex_units(full, problems)
    if path.endswith(".json"):
        return slack_units(full, problems)
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def main():
    problems = []
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
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
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/unit of %s: %r" % (where, name, a))
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
