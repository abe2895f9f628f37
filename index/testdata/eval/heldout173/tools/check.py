#!/usr/bin/python3
"""Check the heldout173 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one line of its document as the app shows it, appear verbatim in the file where the file
holds its text plainly (the Anki export and the Notion page), and occur exactly once across the
three documents' shown text (case-insensitive):
- the Anki "Notes in Plain Text" export: rows read with the csv module (tab-separated, "#" header
  lines skipped, quoted fields with doubled quotes); each note field with its cloze deletions
  {{c1::answer::hint}} opened to the answer and its HTML split at <br>, <div>, <li>, <td> and the
  like; one such line must hold the string;
- the Notion HTML export: one element's visible text (style and script skipped);
- the YouTube WebVTT captions: ONE cue's text with the inline <timestamp><c> tags removed and its
  two rolling lines joined; uniqueness is counted on the transcript (each caption line once, not
  the repeated copies).
Run: /usr/bin/python3 tools/check.py
"""
import csv
import html.parser
import io
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "buddhism-councils-and-texts": "docs/buddhism-councils-and-texts.txt",
    "buddhist-sects-and-schools": "docs/buddhist-sects-and-schools.html",
    "buddhist-architecture-lecture": "docs/buddhist-architecture-lecture.vtt",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "figure",
         "figcaption", "blockquote", "hr"}
CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", re.S)


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

    def handle_startendtag(self, tag, attrs):
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
    p.close()
    p.flush()
    return p.units


def anki_units(raw):
    """Shown lines of every note field of an Anki 'Notes in Plain Text' export."""
    body = "\n".join(l for l in raw.split("\n") if not l.startswith("#"))
    cols = {}
    for l in raw.split("\n"):
        m = re.match(r"#(guid|notetype|deck|tags) column:(\d+)$", l)
        if m:
            cols[int(m.group(2)) - 1] = m.group(1)
    units = []
    for row in csv.reader(io.StringIO(body), delimiter="\t", quotechar='"'):
        for i, field in enumerate(row):
            if i not in cols:
                units.extend(html_units(CLOZE.sub(r"\1", field)))
    return units


def vtt_cues(raw):
    """(text of each cue as shown, transcript lines) of a YouTube WebVTT file."""
    cues, transcript = [], []
    for block in raw.split("\n\n"):
        lines = block.split("\n")
        if not lines or "-->" not in lines[0]:
            continue
        a, b = [x.split()[0] for x in lines[0].split("-->")]
        text = [re.sub(r"<[^>]*>", "", l).strip() for l in lines[1:]]
        shown = ws(" ".join(t for t in text if t))
        if shown:
            cues.append(shown)
        if a != b and not is_gap(a, b) and text and text[-1]:
            if not text[-1].startswith("["):
                transcript.append(text[-1])
    return cues, transcript


def is_gap(a, b):
    def ms(t):
        h, m, s = t.split(":")
        return (int(h) * 3600 + int(m) * 60) * 1000 + round(float(s) * 1000)
    return ms(b) - ms(a) <= 10


def load(path):
    """(units an accept string must lie in, text counted for uniqueness, raw file or None)."""
    raw = open(os.path.join(ROOT, path), encoding="utf-8").read()
    if path.endswith(".vtt"):
        cues, transcript = vtt_cues(raw)
        return cues, " ".join(transcript), None
    if path.endswith(".html"):
        units = html_units(raw)
        return units, " ".join(units), raw
    units = anki_units(raw)
    return units, " ".join(units), raw


def main():
    problems = []
    docs = {k: load(v) for k, v in DOCS.items()}
    joined = {k: ws(d[1]).lower() for k, d in docs.items()}
    for k, d in docs.items():
        words = len([w for w in d[1].split() if re.search(r"\w", w)])
        print("%s: %d words" % (DOCS[k], words))
    n_q = 0
    for name in DOCS:
        units, _, raw = docs[name]
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
                if not any(a in u for u in units):
                    problems.append("%s: not inside one line/element/cue of %s: %r" % (where, name, a))
                if raw is not None and a not in raw:
                    problems.append("%s: not verbatim in the file of %s: %r" % (where, name, a))
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
