#!/usr/bin/python3
"""Check the set: every jsonl line parses and has the right keys; every accept string is ASCII,
5-12 words, lies within one line of its document (for the HTML document: within the visible text
of one element - a paragraph, list item, heading or table cell), lies outside Markdown emphasis
markers, belongs to the document its question file names, and occurs exactly once across the
three documents."""
import glob, html.parser, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "div", "title"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(html.parser.HTMLParser):
    """Visible text of an HTML page, one entry per innermost block element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.stack, self.skip = [], [], 0

    def flush(self):
        if self.stack and self.stack[-1]:
            t = ws("".join(self.stack[-1]))
            if t:
                self.lines.append(t)
            self.stack[-1] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1
        elif tag in BLOCKS:
            self.flush()
            self.stack.append([])
        elif tag == "br" and self.stack:
            self.stack[-1].append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1
        elif tag in BLOCKS and self.stack:
            self.flush()
            self.stack.pop()

    def handle_data(self, data):
        if not self.skip and self.stack:
            self.stack[-1].append(data)


def lines_of(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".htm")):
        v = Visible()
        v.feed(text)
        v.close()
        return v.lines
    return [ws(l) for l in text.splitlines()]


def inside_emphasis(line, start):
    """True if position start of a Markdown line lies between emphasis markers."""
    before = re.sub(r"^\s*(?:[-+*]|\d+[.)])\s+", "", line[:start]) if re.match(r"^\s*(?:[-+*]|\d+[.)])\s", line) else line[:start]
    if before.count("**") % 2:
        return True
    rest = before.replace("**", "")
    return rest.count("*") % 2 == 1 or len(re.findall(r"(?:^|\W)_|_(?:\W|$)", rest)) % 2 == 1


docs = {}
for p in sorted(glob.glob(os.path.join(ROOT, "docs", "*"))):
    docs[os.path.splitext(os.path.basename(p))[0]] = (os.path.basename(p), lines_of(p))
whole = {k: "\n".join(v[1]) for k, v in docs.items()}

bad = 0
counts = {}


def problem(where, msg):
    global bad
    bad += 1
    print("%s: %s" % (where, msg))


for qf in sorted(glob.glob(os.path.join(ROOT, "*.jsonl"))):
    name = os.path.basename(qf)
    oos = name == "oos.jsonl"
    stem = name[2:-6] if name.startswith("q-") else None
    if not oos and stem not in docs:
        problem(name, "no document docs/%s.*" % stem)
    n = 0
    for n, line in enumerate(open(qf, encoding="utf-8"), 1):
        where = "%s:%d" % (name, n)
        try:
            o = json.loads(line)
        except ValueError as e:
            problem(where, "does not parse: %s" % e)
            continue
        if not isinstance(o.get("q"), str) or not o["q"].strip():
            problem(where, "no question")
        if oos:
            if set(o) != {"q"}:
                problem(where, "out-of-scope line must hold only q")
            continue
        if set(o) != {"q", "accept", "section"}:
            problem(where, "keys must be q, accept, section")
        acc, sec = o.get("accept"), o.get("section")
        if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
            problem(where, "accept must be a list of one or two strings")
            acc = []
        if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
            problem(where, "section must be a non-empty list of strings")
        for a in acc:
            a2 = ws(a)
            prob = []
            if not a.isascii():
                prob.append("non-ASCII")
            words = len(a2.split())
            if not 5 <= words <= 12:
                prob.append("%d words" % words)
            total = sum(w.count(a2) for w in whole.values())
            if total != 1:
                prob.append("occurs %d times across the documents" % total)
            hits = [(k, l) for k, v in docs.items() for l in v[1] if a2 in l]
            if len(hits) != 1:
                prob.append("in %d lines/elements" % len(hits))
            else:
                k, l = hits[0]
                if stem and k != stem:
                    prob.append("found in %s, not in %s" % (docs[k][0], stem))
                if docs[k][0].endswith(".md") and inside_emphasis(l, l.index(a2)):
                    prob.append("inside Markdown emphasis")
            if prob:
                problem(where, "%r: %s" % (a, ", ".join(prob)))
    counts[name] = n

for k, v in sorted(counts.items()):
    print("%-32s %d lines" % (k, v))
print("problems:", bad)
sys.exit(1 if bad else 0)
