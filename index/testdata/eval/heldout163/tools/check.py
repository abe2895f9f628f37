#!/usr/bin/python3
"""Check the heldout163 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the SubRip captions, the text of ONE
cue, its lines joined by a space; for the saved HTML page, one element's visible text, a
<pre> block taken line by line; for the Logseq page, one source line, free of Logseq markup
such as ==, **, ^^, [[ ]], (( )), {{ }} and table-cell bars), and occur exactly once across the
three documents (case-insensitive). The captions file is also checked for SubRip structure
(BOM, CRLF, numbering from 1, well-formed and increasing times, at most two lines a cue), and
tools/make_srt.py must re-make it byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "permanent-settlement": "docs/permanent-settlement.srt",
    "ryotwari-system": "docs/ryotwari-system.md",
    "mahalwari-system": "docs/mahalwari-system.html",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "pre",
         "blockquote", "button"}
TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)$")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.pre = [], [], 0, 0

    def flush(self):
        text = "".join(self.buf)
        parts = text.split("\n") if self.pre else [text]
        for part in parts:
            t = ws(part)
            if t:
                self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag == "pre":
            self.pre -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def srt_cues(raw, problems):
    """Parse SubRip bytes as a player does; return the text of each cue."""
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("srt: no UTF-8 byte-order mark")
    text = raw.decode("utf-8-sig")
    if "\n" in text.replace("\r\n", ""):
        problems.append("srt: bare LF line ends")
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    cues, last = [], -1
    for n, block in enumerate(blocks, 1):
        lines = block.strip("\n").split("\n")
        if lines[0] != str(n):
            problems.append("srt: cue %d numbered %r" % (n, lines[0]))
        m = TIME.match(lines[1]) if len(lines) > 1 else None
        if not m:
            problems.append("srt: cue %d bad time line" % n)
            continue
        g = [int(x) for x in m.groups()]
        start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
        end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
        if not last <= start < end:
            problems.append("srt: cue %d times out of order" % n)
        last = end
        body = lines[2:]
        if not 1 <= len(body) <= 2:
            problems.append("srt: cue %d has %d text lines" % (n, len(body)))
        cues.append(ws(" ".join(body)))
    return cues


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".srt"):
        with open(full, "rb") as f:
            return srt_cues(f.read(), problems)
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def check_rebuild(problems):
    """tools/make_srt.py must re-make the captions byte for byte."""
    srt = os.path.join(ROOT, DOCS["permanent-settlement"])
    with open(srt, "rb") as f:
        before = f.read()
    script = os.path.join(ROOT, "tools", "make_srt.py")
    subprocess.run([sys.executable, script], check=True)
    with open(srt, "rb") as f:
        after = f.read()
    if before != after:
        problems.append("srt: tools/make_srt.py does not re-make the same bytes")


def main():
    problems = []
    check_rebuild(problems)
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
                        r"==|\*\*|\^\^|\[\[|\]\]|\(\(|\)\)|\{\{|\}\}|\||(?<!\w)_|_(?!\w)", a):
                    problems.append("%s: Logseq markup in %r" % (where, a))
                if DOCS[name].endswith(".srt") and "[SLIDE" in a:
                    problems.append("%s: slide label in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one cue/line/element of %s: %r" % (where, name, a))
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
